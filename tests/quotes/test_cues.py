"""Cues: the scan a piece at a time finds what one scan of the whole text finds."""

from __future__ import annotations

import re

import pytest

from stancedb.quotes.cues import SPACE_CHARS, CueIndex, cues_in, is_noun_use
from stancedb.quotes.spans import find_quoted_spans
from stancedb.text import segment


@pytest.mark.parametrize(
    "text",
    [
        "Said the minister: “We will go on.” He went on. According to aides, “it is over,” they said.",
        "“We are ready,”said Jones, who told reporters:\n\n“Nothing has changed.” The report said so.",
        "He said''it is done,'' and added, \"We argued\"; she replied. \"According to the Times, it is.\"",
        "Critics said it. (According to the ministry, nothing changed.) Mr. Brown, speaking to the BBC, added: “No.”",
        "She asked“Why?”told them nothing, then said:\t“Go on.”",
    ],
)
def test_pieces_hold_the_cues_of_a_whole_scan(text: str) -> None:
    seg = segment(text)
    starts, spans = [s.start for s in seg.sentences], find_quoted_spans(text, seg.paragraphs)
    index = CueIndex(text, starts, spans)
    whole = [c for c in cues_in(text, 0, len(text)) if not is_noun_use(text, c)]
    assert index.between(0, len(text)) == whole
    for lo in range(0, len(text), 7):
        for hi in range(lo + 1, len(text) + 1, 11):
            inside = [c for c in whole if lo <= c.start and c.end <= hi]
            assert index.between(lo, hi) == inside
            # A fresh index: first() scans only what it needs.
            assert CueIndex(text, starts, spans).first(lo, hi) == (inside[0] if inside else None)


def test_space_chars_are_those_of_backslash_s() -> None:
    spelt = re.compile(f"[{SPACE_CHARS}]")
    category = re.compile(r"\s")
    assert all(
        (spelt.match(ch) is None) == (category.match(ch) is None) for ch in map(chr, range(0x110000))
    )


@pytest.mark.parametrize(
    ("text", "cue", "noun"),
    [
        ("His calls went unanswered.", "calls", True),
        ("Trump's comments drew fire.", "comments", True),
        ("In another tweet, Trump called it a hoax.", "tweet", True),
        ("He posted a Twitter comment on it.", "comment", True),
        ("She followed that by saying no.", "saying", False),
        ("He made a point of saying no.", "saying", False),
        ("The senator comments rarely.", "comments", False),
        ("A\u00a0senator\u00a0comment came later.", "comment", True),
        # an -s form after a plural quantifier, or after a count and a modifier, is a plural noun
        ("She denied sending any emails that were classified.", "emails", True),
        ("These calls came late at night.", "calls", True),
        ("The agency withheld 37 Pentagon reports in full.", "reports", True),
        ("In 2014 Johnson reports a profit.", "reports", False),
        ("Now Johnson reports a profit.", "reports", False),
        # an attitude verb's base form after "the" or a possessive and a name is a noun
        ("Fans were still mourning after the Nice attack.", "attack", True),
        ("Citing last week's Orlando attack, she urged calm.", "attack", True),
        ("It is the Armenian term for a butcher.", "term", True),
        # … not a speech verb's, which may have a plural subject or be a past form
        ("The MDA say the figures are up.", "say", False),
        ("The decree signed by the Pope read as follows.", "read", False),
        # "voice over" written as two words is a noun, and no preposition
        ("Then a voice over says the senator is afraid.", "says", False),
        ("There is a dispute over reports of fraud.", "reports", True),
    ],
)
def test_noun_use(text: str, cue: str, noun: bool) -> None:
    found = {c.text: c for c in cues_in(text, 0, len(text))}
    assert is_noun_use(text, found[cue]) is noun
