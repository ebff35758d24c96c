"""Paragraphs and sentences with character offsets, without NLTK data.

A paragraph is a non-blank line. A sentence ends at ``.``, ``!``, ``?`` or ``…``
(with any closing quotation marks or brackets after it) when the next word
starts with a capital letter, a digit or an opening mark, and the word before a
period is not an abbreviation ("Mr.", "Sen.", "Jan.", "U.S.", an initial).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from stancedb.records import Segment, new_segment
from stancedb.resources import seed_path

# A paragraph: a line from its first to its last non-blank character.
_PARAGRAPH = re.compile(r"[^\s](?:[^\n]*[^\s])?")
# A candidate end of sentence (group 1): terminal punctuation and closing marks,
# then a space and something that can start a sentence. (Consuming the next
# character instead of a lookahead makes the scan twice as fast.)
_BOUNDARY = re.compile(r"([.!?…][.!?…]*[\"'”’)\]]*)[ \t\u00a0]+([\"'“‘(\[]*[A-Z0-9])")
# The same for a text with no "!", "?" or "…" (nine BBC articles in ten): a
# pattern that starts with a literal is scanned with a fast string search,
# where a leading character class is tested at every character (17 -> 5 us).
_PERIOD_BOUNDARY = re.compile(r"(\.[.!?…]*[\"'”’)\]]*)[ \t\u00a0]+([\"'“‘(\[]*[A-Z0-9])")
_INITIALISM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]|[A-Z]")


@dataclass(frozen=True, slots=True)
class Segmentation:
    """Paragraphs and sentences of one text, in text order."""

    paragraphs: tuple[Segment, ...]
    sentences: tuple[Segment, ...]


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Words whose period does not end a sentence (from ``seeds/abbreviations.tsv``)."""
    lines = seed_path("abbreviations.tsv").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def is_abbreviation(word: str) -> bool:
    """True for "Mr", "Sen", "U.S", "J" (the word without its final period)."""
    return word in abbreviations() or _is_initialism(word)


def _is_initialism(word: str) -> bool:
    # An initialism is one letter or ends in ".X": most words fail that cheap
    # test, and the regex (about 0.3 us a call, once per period) is not run.
    return (len(word) == 1 or word[-2:-1] == ".") and _INITIALISM.fullmatch(word) is not None


# Words that only open a clause: after an initialism of several letters they
# start a sentence ("attacks in the U.S. He says …", "in Washington, D.C. It is
# …"); a capitalised noun there does not ("U.S. officials", "U.S. Ambassador").
# Not "And": title-case headlines write "The U.S. And Iran".
_CLAUSE_OPENERS = frozenset(["The", "He", "She", "It", "They", "We", "This", "These", "There", "But"])


def _ends_clause(text: str, token: str, following: int) -> bool:
    """Whether the period of ``token`` (an abbreviation) ends the sentence after
    all: the token is an initialism such as "U.S" and a clause opens after it."""
    if "." not in token:
        return False
    word = text[following : following + 6].split(maxsplit=1)
    return bool(word) and word[0] in _CLAUSE_OPENERS


def segment(text: str) -> Segmentation:
    """Split ``text`` into paragraphs (non-blank lines) and sentences, with offsets.

    Two regex passes over the whole text and a merge: no per-character Python loop.
    """
    # (``new_segment``: a record per paragraph and sentence, a few dozen an article,
    # made without the frozen dataclass's ``object.__setattr__`` per field.)
    paragraphs = [new_segment(*m.span()) for m in _PARAGRAPH.finditer(text)]
    sentences: list[Segment] = []
    abbrevs = abbreviations()
    plain = "!" not in text and "?" not in text and "…" not in text
    # (group 1 start, group 1 end, group 2 start) of each candidate end
    ends = [(m.start(1), m.end(1), m.start(2)) for m in (_PERIOD_BOUNDARY if plain else _BOUNDARY).finditer(text)]
    i, n = 0, len(ends)
    for par in paragraphs:
        begin = par_start = par.start
        par_end = par.end
        while i < n:
            b_start, b_end, following = ends[i]
            if b_end > par_end:
                break
            i += 1
            if b_start < par_start:
                continue
            if text[b_start] == ".":
                cut = max(text.rfind(" ", begin, b_start), begin - 1)
                token = text[cut + 1 : b_start]
                if "\u00a0" in token:  # (rare: no list to build for the others)
                    token = token.rsplit("\u00a0", 1)[-1]
                token = token.lstrip("\"'“‘(-")
                if (token in abbrevs or _is_initialism(token)) and not _ends_clause(text, token, following):
                    continue
            sentences.append(new_segment(begin, b_end))
            begin = following
        if begin < par_end:
            sentences.append(new_segment(begin, par_end))
    return Segmentation(tuple(paragraphs), tuple(sentences))
