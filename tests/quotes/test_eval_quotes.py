"""Quote scoring: numbers worked out by hand on a small fixture, and the command's output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from stancedb.cli.eval_quotes import quotes as eval_quotes_command
from stancedb.evaluation.quotes import format_scores, load_gold, predict, score

TEXT_A = "“We will win,” Smith said. The “Gang” met. “Taxes fall,” she said."
TEXT_B = "Jones said the plan was “a disaster for farmers” and left. “Nobody knows.”"


def _at(text: str, part: str, start: int = 0) -> tuple[int, int]:
    i = text.index(part, start)
    return i, i + len(part)


def _quote(
    text: str, part: str, speaker: str | None, kind: str = "direct", after: int | None = None
) -> dict:
    s, e = _at(text, part)
    q = {"start": s, "end": e, "text": part, "kind": kind, "speaker": speaker,
         "speaker_start": None, "speaker_end": None}
    if speaker is not None:
        q["speaker_start"], q["speaker_end"] = _at(text, speaker, e if after is None else after)
    return q


GOLD = {
    "a": {"id": "a", "text": TEXT_A, "quotes": [
        _quote(TEXT_A, "We will win,", "Smith"),
        _quote(TEXT_A, "Taxes fall,", "she"),
    ], "ignored_quoted_spans": [dict(zip(("start", "end"), _at(TEXT_A, "Gang"), strict=True))]},
    "b": {"id": "b", "text": TEXT_B, "quotes": [
        _quote(TEXT_B, "a disaster for farmers", "Jones", "mixed", after=0),
        _quote(TEXT_B, "Nobody knows.", None),
    ], "ignored_quoted_spans": []},
}


def _pred(text: str, start: int, end: int, speaker: str | None, at: int | None = None) -> dict:
    if speaker is None:
        return {"start": start, "end": end, "speaker": None, "speaker_start": None, "speaker_end": None}
    s, e = _at(text, speaker, at or 0)
    return {"start": start, "end": end, "speaker": speaker, "speaker_start": s, "speaker_end": e}


PREDS = {
    "a": {"id": "a", "quotes": [
        _pred(TEXT_A, *_at(TEXT_A, "We will win,"), "Smith"),  # exact, speaker right
        _pred(TEXT_A, *_at(TEXT_A, "Gang"), None),  # on an ignored span: false positive (strict)
        # the opening mark included: still exact after normalisation; wrong speaker
        _pred(TEXT_A, _at(TEXT_A, "Taxes fall,")[0] - 1, _at(TEXT_A, "Taxes fall,")[1], "Smith"),
    ]},
    "b": {"id": "b", "quotes": [
        _pred(TEXT_B, *_at(TEXT_B, "disaster for farmers"), "Jones"),  # overlap only, speaker right
        _pred(TEXT_B, *_at(TEXT_B, "Nobody knows."), None),  # null speaker as in gold
    ]},
}


def test_scores_worked_out_by_hand() -> None:
    s = score(GOLD, PREDS)
    # 4 gold quotes, 5 predictions
    assert (s.exact.tp, s.exact.pred, s.exact.gold) == (3, 5, 4)
    assert (s.exact.precision, s.exact.recall, s.exact.f1) == (60.0, 75.0, 66.7)
    assert (s.overlap.precision, s.overlap.recall, s.overlap.f1) == (80.0, 100.0, 88.9)
    # matched quotes with a gold speaker: Smith right, she wrong, Jones right
    assert (s.speaker_correct, s.speaker_total, s.speaker_accuracy) == (2, 3, 66.7)
    # end to end: Smith, Jones, and the null speaker right
    assert (s.end_to_end.precision, s.end_to_end.recall, s.end_to_end.f1) == (60.0, 75.0, 66.7)


def test_scores_by_kind_worked_out_by_hand() -> None:
    s = score(GOLD, PREDS, kinds={"direct"})
    # the mixed quote leaves the gold; its prediction still counts (strict)
    assert (s.exact.precision, s.exact.recall, s.exact.f1) == (60.0, 100.0, 75.0)
    assert (s.overlap.precision, s.overlap.recall, s.overlap.f1) == (60.0, 100.0, 75.0)
    assert s.speaker_accuracy == 50.0
    assert (s.end_to_end.precision, s.end_to_end.recall, s.end_to_end.f1) == (40.0, 66.7, 50.0)


def test_speaker_without_offsets_compares_names() -> None:
    gold = {"x": {"id": "x", "text": TEXT_A, "quotes": [GOLD["a"]["quotes"][0]]}}
    pred = {"x": {"id": "x", "quotes": [dict(PREDS["a"]["quotes"][0], speaker="Mr. Smith",
                                             speaker_start=None, speaker_end=None)]}}
    assert score(gold, pred).speaker_accuracy == 100.0


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in GOLD.values()), encoding="utf-8")
    return path


def _app() -> typer.Typer:
    app = typer.Typer()
    app.command()(eval_quotes_command)
    return app


def test_command_prints_the_scores_and_writes_predictions(gold_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "pred.jsonl"
    result = CliRunner().invoke(_app(), [str(gold_file), "--predictions", str(out)])
    assert result.exit_code == 0, result.output
    gold = load_gold(gold_file)
    expected = format_scores(score(gold, predict(gold)))
    assert result.output.splitlines()[-6:] == expected
    written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in written] == ["a", "b"]
    assert all(q["kind"] != "term" for r in written for q in r["quotes"])


def test_command_missing_gold_is_a_one_line_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.jsonl"
    result = CliRunner().invoke(_app(), [str(missing)])
    assert result.exit_code == 1
    assert result.output == f"Error: gold file not found: {missing}\n"
