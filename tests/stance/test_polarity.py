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
        # Negations and modifiers open over plain words (skipped words must still close them).
        "It is not a good plan, and not very a bad one either!",
        "Very , happy voters were never ' so glad .",
        "He was extremely of the opinion that it was not the best ! result",
        "A really big, bad, not good idea !",
    ],
)
def test_polarity_agrees_with_textblob(text: str) -> None:
    assert polarity(tokenize(text)) == pytest.approx(TextBlob(text).sentiment.polarity, abs=1e-9)


def test_lexicon_read_from_xml_equals_textblobs() -> None:
    # The lexicon is read from TextBlob's XML without importing textblob (NLTK, SciPy);
    # it must hold exactly TextBlob's numbers, the derived "-ly" adverbs included.
    from textblob.en import sentiment

    from stancedb.stance.polarity import lexicon

    sentiment.load()
    expected = {
        word: (float(by_pos[None][0]), float(by_pos[None][2]), "RB" in by_pos)
        for word, by_pos in dict.items(sentiment)
    }
    assert lexicon() == expected


def test_scoring_does_not_import_textblob() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from stancedb.stance import get_scorer;"
        "get_scorer().score('Critics slammed Smith badly.', 16, 21);"
        "print('textblob' in sys.modules, 'scipy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
