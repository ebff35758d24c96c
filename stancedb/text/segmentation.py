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

from stancedb.records import Segment
from stancedb.resources import seed_path

_PARAGRAPH = re.compile(r"[^\n]+")
# A candidate end of sentence: terminal punctuation, closing marks, then a space
# and something that can start a sentence.
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=[ \t\u00a0]+[\"'“‘(\[]*[A-Z0-9])")
# The word just before a period ("Mr", "U.S", "J"), read backwards from the period.
_WORD_BEFORE = re.compile(r"[\w.’'-]*$")
_INITIALISM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]|[A-Z]")


@dataclass(frozen=True, slots=True)
class Segmentation:
    """Paragraphs and sentences of one text, in text order."""

    paragraphs: tuple[Segment, ...]
    sentences: tuple[Segment, ...]


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Words whose period does not end a sentence (from ``seeds/abbreviations.txt``)."""
    lines = seed_path("abbreviations.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def is_abbreviation(word: str) -> bool:
    """True for "Mr", "Sen", "U.S", "J" (the word without its final period)."""
    return word in abbreviations() or _INITIALISM.fullmatch(word) is not None


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(text: str, start: int, end: int) -> list[Segment]:
    """Sentences of ``text[start:end]`` (one paragraph), whitespace trimmed."""
    out: list[Segment] = []
    begin = start
    for m in _BOUNDARY.finditer(text, start, end):
        if text[m.start()] == ".":
            word = _WORD_BEFORE.search(text, max(start, m.start() - 30), m.start())
            token = word.group().lstrip("'’-") if word else ""
            if token and is_abbreviation(token):
                continue
        s, e = _strip_span(text, begin, m.end())
        if e > s:
            out.append(Segment(s, e))
        begin = m.end()
    s, e = _strip_span(text, begin, end)
    if e > s:
        out.append(Segment(s, e))
    return out


def segment(text: str) -> Segmentation:
    """Split ``text`` into paragraphs (non-blank lines) and sentences, with offsets."""
    paragraphs: list[Segment] = []
    sentences: list[Segment] = []
    for m in _PARAGRAPH.finditer(text):
        s, e = _strip_span(text, m.start(), m.end())
        if e <= s:
            continue
        paragraphs.append(Segment(s, e))
        sentences.extend(split_sentences(text, s, e))
    return Segmentation(tuple(paragraphs), tuple(sentences))
