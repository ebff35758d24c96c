"""Acceptance test of the seed article (seeds/EXPECTED.md), end to end through `extract`."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from stancedb.cli import app
from tests.conftest import SEED

# (start, end, speaker actor) of the five quotes in ../shared/seeds/EXPECTED.md
EXPECTED_QUOTES = [
    (542, 564, "Xi Jinping"),
    (571, 593, "Xi Jinping"),
    (965, 998, "Vladimir Putin"),
    (1071, 1220, "Vladimir Putin"),
    (1845, 1924, "Yury Ushakov"),
]
NO_LIMITS = (2844, 2853)


def _extract() -> dict:
    result = CliRunner().invoke(app, ["extract", str(SEED)])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_seed_quotes_and_speakers() -> None:
    record = _extract()
    found = {(q["start"], q["end"]): q for q in record["quotes"]}
    for start, end, actor in EXPECTED_QUOTES:
        assert (start, end) in found, f"quote {start}-{end} not found"
        assert found[(start, end)]["actor"] == actor
        assert found[(start, end)]["kind"] in ("direct", "partial")


def test_seed_no_limits_is_a_term_without_speaker() -> None:
    record = _extract()
    [term] = [q for q in record["quotes"] if (q["start"], q["end"]) == NO_LIMITS]
    assert term["kind"] == "term"
    assert term["speaker"] is None and term["actor"] is None
    assert not [s for s in record["stances"] if s["quote"] == record["quotes"].index(term)]


def test_seed_ushakov_is_neutral_toward_the_united_states() -> None:
    record = _extract()
    pairs = {(s["holder"], s["target"]): s["label"] for s in record["stances"]}
    assert pairs.get(("Yury Ushakov", "United States")) == "neutral"


def test_seed_offsets_point_at_the_quote_text() -> None:
    record = _extract()
    text = SEED.read_text(encoding="utf-8")
    for q in record["quotes"]:
        assert text[q["start"]:q["end"]] == q["text"]
        if q["speaker"] is not None:
            assert text[q["speaker_start"]:q["speaker_end"]] == q["speaker"]


# EXPECTED.md: the stances a careful reader takes from the seed article (sign only).
EXPECTED_STANCES = [
    ("Yury Ushakov", "United States", "neutral"),
    ("Vladimir Putin", "China", "positive"),
    ("Xi Jinping", "Russia", "positive"),
    ("Donald Trump", "Russia", "negative"),
    ("Donald Trump", "Xi Jinping", "positive"),
    ("Donald Trump", "Vladimir Putin", "positive"),
    ("China", "United States", "negative"),
]


def test_seed_stances_end_to_end() -> None:
    record = _extract()
    for holder, target, label in EXPECTED_STANCES:
        found = [s for s in record["stances"] if (s["holder"], s["target"]) == (holder, target)]
        assert found, f"no stance {holder} -> {target}"
        # The strongest statement of the pair carries the expected sign.
        assert max(found, key=lambda s: abs(s["score"]))["label"] == label, (holder, target)
    indirect = {(s["holder"], s["target"]) for s in record["stances"]
                if s["statement"] == "indirect"}
    assert {("Donald Trump", "Russia"), ("China", "United States")} <= indirect
