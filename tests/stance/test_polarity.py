"""Tokens with offsets, and the fast TextBlob polarity against TextBlob itself."""

from __future__ import annotations

import pytest
from textblob import TextBlob

from stancedb.stance.polarity import polarity
from stancedb.stance.tokens import tokenize


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Trump didn't sign it.", ["trump", "did", "n't", "sign", "it", "."]),
        ("Xi’s “great” deal won’t work", ["xi's", "“", "great", "”", "deal", "wo", "n't", "work"]),
        ("The U.S. and E.U. agree—mostly.", ["the", "u.s", ".", "and", "e.u", ".", "agree", "—",
                                             "mostly", "."]),
        ("", []),
    ],
)
def test_tokens(text: str, words: list[str]) -> None:
    tokens = tokenize(text)
    assert list(tokens.words) == words
    # Offsets point back at the same characters (lower-cased, ’ read as ').
    for w, s, e in zip(tokens.words, tokens.starts, tokens.ends, strict=True):
        assert text[s:e].lower().replace("’", "'") == w


@pytest.mark.parametrize(
    ("text", "span", "tokens"),
    [
        ("Senator Jane Holloway spoke.", (8, 21), (1, 3)),
        ("Senator Jane Holloway spoke.", (10, 12), (1, 2)),  # inside a word: that word
        ("Senator Jane Holloway spoke.", (100, 120), (5, 5)),  # past the end: the end
    ],
)
def test_span_to_tokens(text: str, span: tuple[int, int], tokens: tuple[int, int]) -> None:
    assert tokenize(text).span(*span) == tokens


@pytest.mark.parametrize(
    "text",
    [
        "The senator called the plan a terrible, dangerous mistake.",
        "It was a very good year for the governor's party.",
        "The minister is not happy with the deal.",
        "Officials said the talks were not bad at all!",
        "Beijing denies allegations from the U.S. about unfair trade.",
        "The really awful weather did not stop the huge crowds.",
        "Nobody expected such a remarkable and surprising result.",
        "The company reported its quarterly results on Tuesday.",
    ],
)
def test_polarity_agrees_with_textblob(text: str) -> None:
    assert polarity(tokenize(text)) == pytest.approx(TextBlob(text).sentiment.polarity, abs=1e-9)
