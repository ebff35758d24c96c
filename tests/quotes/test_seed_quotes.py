"""Regression: the seed article's five quotes keep their speakers (seeds/EXPECTED.md)."""

from __future__ import annotations

import pytest

from stancedb.quotes import extract_quotes
from tests.conftest import SEED

# (start, end, speaker mention, antecedent that contains the full name or None)
EXPECTED = [
    (542, 564, "Xi", "Xi Jinping"),
    (571, 593, "Xi", "Xi Jinping"),
    (965, 998, "He", "Vladimir Putin"),
    (1071, 1220, "Putin", "Vladimir Putin"),
    (1845, 1924, "Ushakov", "Yury Ushakov"),
]


@pytest.fixture(scope="module")
def quotes() -> dict[tuple[int, int], object]:
    text = SEED.read_text(encoding="utf-8")
    return {(q.start, q.end): q for q in extract_quotes(text)}


@pytest.mark.parametrize(("start", "end", "speaker", "antecedent"), EXPECTED)
def test_seed_quote_speaker(quotes, start: int, end: int, speaker: str, antecedent: str) -> None:
    q = quotes[(start, end)]
    assert q.kind in ("direct", "partial")
    assert q.speaker == speaker
    assert q.antecedent is not None and antecedent in q.antecedent


def test_seed_kinds(quotes) -> None:
    kinds = [quotes[(s, e)].kind for s, e, _, _ in EXPECTED]
    assert kinds == ["partial", "partial", "partial", "direct", "direct"]


def test_seed_no_limits_is_a_term(quotes) -> None:
    q = quotes[(2844, 2853)]
    assert q.text == "no limits"
    assert q.kind == "term"
    assert q.speaker is None and q.speaker_start is None and q.antecedent is None


def test_seed_has_nothing_else(quotes) -> None:
    assert sorted(quotes) == sorted([(s, e) for s, e, _, _ in EXPECTED] + [(2844, 2853)])
