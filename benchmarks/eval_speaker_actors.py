"""How well actor resolution names the speaker of a gold quote (PolNeAR), given the gold mention.

For every gold quote whose speaker mention holds a name (a capitalised word; not a
pronoun, not a description opening with "the"/"a"), the quote is handed to
``resolve_actors`` with the gold speaker offsets and no antecedent; the resolved
actor counts as right when the last word of its name is a word of the mention
("Clinton's campaign manager Robby Mook" → "Robby Mook" is right; "Hillary
Clinton" is not, though "Clinton's" is there). Pronoun speakers are resolved too and
reported as the share that get any person (right or wrong: no gold antecedents).
Definite descriptions headed by a role ("the senator", "the former secretary of
state") are a proxy too: the resolved actor counts as right when its last name is a
word of some named gold speaker mention of the same article, and as wrong when it
is another actor. Reads ../shared/data/quotes/polnear/dev.jsonl by default. Run:

    python benchmarks/eval_speaker_actors.py [GOLD.jsonl]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from stancedb.actors import resolve_actors
from stancedb.actors.words import actor_words
from stancedb.records import Quote
from stancedb.text import segment

DEFAULT = Path(__file__).resolve().parents[2] / "shared/data/quotes/polnear/dev.jsonl"
PRONOUNS = {"he", "she", "they", "we", "i", "it", "you"}
DETERMINERS = {"the", "a", "an", "one", "this", "that", "these", "those", "some", "another"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT)
    args = parser.parse_args(argv)
    if not args.gold.exists():
        print(f"{args.gold}: no such gold file", file=sys.stderr)
        return 1
    named = named_right = pronouns = pronouns_resolved = 0
    described = described_right = described_other = described_group = 0
    with args.gold.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            text = record["text"]
            gold = [q for q in record["quotes"] if q.get("speaker_start") is not None]
            quotes = [
                Quote(
                    q["start"],
                    q["end"],
                    text[q["start"] : q["end"]],
                    "direct",
                    speaker=q["speaker"],
                    speaker_start=q["speaker_start"],
                    speaker_end=q["speaker_end"],
                )
                for q in gold
            ]
            resolution = resolve_actors(text, quotes, segment(text))
            actors = resolution.speaker_actors
            names = _named_words(q["speaker"] for q in gold)
            for q, actor in zip(gold, actors, strict=True):
                mention = q["speaker"]
                if _is_role_description(mention):
                    described += 1
                    found = resolution.actor(actor) if actor is not None else None
                    if found is not None and found.kind != "person":
                        described_group += 1  # "the Republican nominee" → Republican Party
                    elif actor is not None and actor.split()[-1] in names:
                        described_right += 1
                    elif actor is not None:
                        described_other += 1
                    continue
                if mention.casefold() in PRONOUNS:
                    pronouns += 1
                    pronouns_resolved += actor is not None
                    continue
                if not _is_named(mention):
                    continue
                words = _words(mention)
                named += 1
                bare = {w.removesuffix("’s").removesuffix("'s") for w in words}
                named_right += actor is not None and actor.split()[-1] in bare
    print(
        f"named speakers: {named_right}/{named} = {100 * named_right / max(named, 1):.1f} % "
        f"resolved to an actor whose last name is a word of the mention"
    )
    print(
        f"pronoun speakers: {pronouns_resolved}/{pronouns} = "
        f"{100 * pronouns_resolved / max(pronouns, 1):.1f} % resolved to a person"
    )
    print(
        f"role descriptions: {described_right}/{described} = "
        f"{100 * described_right / max(described, 1):.1f} % resolved to a person named by a "
        f"gold speaker mention of the article; {described_other} to another person, "
        f"{described_group} to a group or country"
    )
    return 0


def _words(mention: str) -> list[str]:
    return [w.strip(".,’'\"“”") for w in mention.split()]


def _is_named(mention: str) -> bool:
    words = _words(mention)
    return any(w[:1].isupper() for w in words) and words[0].casefold() not in (
        PRONOUNS | DETERMINERS
    )


def _named_words(mentions: Iterable[str]) -> set[str]:
    """The words of an article's named gold speaker mentions ("Clinton's" → "Clinton")."""
    return {
        w.removesuffix("’s").removesuffix("'s") for m in mentions if _is_named(m) for w in _words(m)
    }


def _is_role_description(mention: str) -> bool:
    """ "the senator", "the former secretary of state": "the" and a role noun before any
    "of" phrase; not "the White House spokesman, Josh Earnest", which names its speaker."""
    if "," in mention.rstrip(", "):
        return False
    head = re.split(r" of | for | \(", mention)[0].split()
    return (
        len(head) >= 2
        and head[0].casefold() == "the"
        and head[-1].strip(".’'").casefold() in actor_words().role_heads
    )


if __name__ == "__main__":
    raise SystemExit(main())
