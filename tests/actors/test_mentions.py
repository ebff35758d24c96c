"""Mention finding details (stancedb.actors.mentions) not seen through whole articles."""

from __future__ import annotations

import pytest

from stancedb.actors.mentions import _keeps_dot


@pytest.mark.parametrize(
    ("word", "keeps"),
    [
        ("U.S.", True),  # an abbreviation
        ("e.g.", True),
        ("U.K.", True),
        ("A.B.C.", True),
        ("W.", True),  # an initial ("George W.")
        ("Sen.", True),  # a title
        ("Blair.", False),  # a full stop
        ("Inc.", False),
        ("US.", False),
        ("A.Bc.", False),
        ("Co.S.", False),
    ],
)
def test_keeps_dot(word: str, keeps: bool) -> None:
    # Abbreviations are told by their dot two characters before the last before the regex
    # is run: words that fail that test must fail the regex too.
    assert _keeps_dot(word) is keeps
