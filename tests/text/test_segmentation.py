"""Paragraphs and sentences with offsets: abbreviations, quotes and initials do not end sentences."""

from __future__ import annotations

import pytest

from stancedb.text import segment


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in segment(text).sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks ended. Both sides left.", ["The talks ended.", "Both sides left."]),
        (
            "Sen. Ted Cruz spoke in the U.S. Capitol on Jan. 5. He was brief.",
            ["Sen. Ted Cruz spoke in the U.S. Capitol on Jan. 5.", "He was brief."],
        ),
        ("Mr. Trump and Mrs. Clinton met Dr. Lee.", ["Mr. Trump and Mrs. Clinton met Dr. Lee."]),
        ("George W. Bush spoke. Then he left.", ["George W. Bush spoke.", "Then he left."]),
        (
            "“Is it over?” he asked. “Yes.” She nodded.",
            ["“Is it over?” he asked.", "“Yes.”", "She nodded."],
        ),
        ("Rep. Smith (R-Texas) agreed. Gov. Brown did not.", ["Rep. Smith (R-Texas) agreed.", "Gov. Brown did not."]),
        ("Prices rose 3.5 percent. Stocks fell.", ["Prices rose 3.5 percent.", "Stocks fell."]),
        ("He left at 5 p.m. on Friday.", ["He left at 5 p.m. on Friday."]),
        ("What now? Nobody knows! Wait.", ["What now?", "Nobody knows!", "Wait."]),
        ("The vote was held in Washington, D.C. on Monday.", ["The vote was held in Washington, D.C. on Monday."]),
        ("no capital after this. so one sentence.", ["no capital after this. so one sentence."]),
        # an initialism ends the sentence when a clause-opening word follows, not before a noun
        (
            "The plan would cut steel imports into the U.S. The figures surprised U.S. officials.",
            ["The plan would cut steel imports into the U.S.", "The figures surprised U.S. officials."],
        ),
        (
            "The march ended in Washington, D.C. It was peaceful, said U.N. Secretary-General Guterres.",
            ["The march ended in Washington, D.C.", "It was peaceful, said U.N. Secretary-General Guterres."],
        ),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Headline\nFirst paragraph.\n\n  Second one.  \n", ["Headline", "First paragraph.", "Second one."]),
        ("\n\n\n", []),
        ("One line only", ["One line only"]),
    ],
)
def test_paragraphs(text: str, expected: list[str]) -> None:
    assert [text[p.start : p.end] for p in segment(text).paragraphs] == expected


def test_sentences_stay_inside_their_paragraph() -> None:
    text = "Title without a period\nThe body starts here. It ends here."
    seg = segment(text)
    assert sentences(text) == ["Title without a period", "The body starts here.", "It ends here."]
    for s in seg.sentences:
        assert any(p.start <= s.start and s.end <= p.end for p in seg.paragraphs)
