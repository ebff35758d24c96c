"""How well actor resolution names the speaker of a gold quote (PolNeAR), given the gold mention.

For every gold quote whose speaker mention holds a name (a capitalised word; not a
pronoun, not a description opening with "the"/"a"), the quote is handed to
``resolve_actors`` with the gold speaker offsets and no antecedent; the resolved
actor counts as right when the last word of its name is a word of the mention
("Clinton's campaign manager Robby Mook" → "Robby Mook" is right; "Hillary
Clinton" is not, though "Clinton's" is there). Pronoun speakers are resolved too and
reported as the share that get any person (right or wrong: no gold antecedents). Reads ../shared/data/quotes/polnear/dev.jsonl by default. Run:

    python benchmarks/eval_speaker_actors.py [GOLD.jsonl]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from stancedb.actors import resolve_actors
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
            actors = resolve_actors(text, quotes, segment(text)).speaker_actors
            for q, actor in zip(gold, actors, strict=True):
                mention = q["speaker"]
                if mention.casefold() in PRONOUNS:
                    pronouns += 1
                    pronouns_resolved += actor is not None
                    continue
                words = [w.strip(".,’'\"“”") for w in mention.split()]
                if not any(w[:1].isupper() for w in words) or words[0].casefold() in (
                    PRONOUNS | DETERMINERS
                ):
                    continue
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
