"""``stancedb eval stance``: the reference scorer's numbers on a hand-computed fixture."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from stancedb.cli.eval_stance import stance
from stancedb.evaluation.gold import GoldFileMissing
from stancedb.evaluation.stance import evaluate, score_labels
from stancedb.records import StanceScore


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_score_labels_by_hand() -> None:
    # gold / predicted per id; by class:
    #  1: tp a, fp f, fn b -> P 1/2, R 1/2, F1 .5
    #  0: tp c g, fp b, fn d -> F1 2/3
    # -1: tp e, fp d, fn f -> F1 .5
    gold = {"a": 1, "b": 1, "c": 0, "d": 0, "e": -1, "f": -1, "g": 0}
    pred = {"a": 1, "b": 0, "c": 0, "d": -1, "e": -1, "f": 1, "g": 0}
    s = score_labels(gold, pred)
    assert (s.n, s.covered) == (7, 7)
    assert s.macro_f1 == 55.6  # (.5 + .6667 + .5) / 3
    assert s.accuracy == 57.1  # 4 / 7
    assert s.f1_pn == 50.0
    assert s.per_class == {-1: 50.0, 0: 66.7, 1: 50.0}


def test_missing_prediction_counts_as_wrong() -> None:
    s = score_labels({"a": 1, "b": 0}, {"a": 1})
    assert (s.covered, s.accuracy) == (1, 50.0)
    # class 1: F1 1; class 0: no prediction, F1 0; class -1: F1 0.
    assert s.macro_f1 == 33.3


class MarkerScorer:
    """Labels by a marker word in the text; records the holder it was given."""

    name = "marker"
    version = "0"

    def __init__(self) -> None:
        self.holders: list[tuple[int | None, int | None]] = []

    def score(self, text: str, target_start: int, target_end: int,
              holder_start: int | None = None, holder_end: int | None = None) -> StanceScore:
        self.holders.append((holder_start, holder_end))
        for word, label, value in (("[pos]", "positive", 0.5), ("[neg]", "negative", -0.5)):
            if word in text:
                return StanceScore(value, label)
        return StanceScore(0.0, "neutral")


def test_evaluate_uses_holders_and_writes_predictions(tmp_path: Path) -> None:
    gold = _write(tmp_path / "gold.jsonl", [
        {"id": "1", "text": "Kim [pos] Lee", "target_start": 10, "target_end": 13, "label": 1,
         "holder": "Kim", "holder_start": 0, "holder_end": 3},
        {"id": "2", "text": "Kim [neg] Lee", "target_start": 0, "target_end": 3, "label": 0},
    ])
    scorer = MarkerScorer()
    out = tmp_path / "pred.jsonl"
    s = evaluate(gold, scorer, out)
    assert scorer.holders == [(0, 3), (None, None)]
    assert [json.loads(line) for line in out.read_text().splitlines()] == [
        {"id": "1", "label": 1, "score": 0.5},
        {"id": "2", "label": -1, "score": -0.5},
    ]
    assert s.accuracy == 50.0


def test_missing_gold_file(tmp_path: Path) -> None:
    with pytest.raises(GoldFileMissing):
        evaluate(tmp_path / "nope.jsonl", MarkerScorer())


# Five sentences for the TextBlob baseline (sentence polarity, ±0.1 neutral band):
# 1 positive right, 2 negative right, 3 neutral right, 4 gold 0 predicted positive,
# 5 gold 1 predicted negative. Class 1: tp 1, fp 1, fn 1 -> F1 .5; class 0: tp 1,
# fp 0, fn 1 -> F1 2/3; class -1: tp 1, fp 1, fn 0 -> F1 2/3.
CLI_GOLD = [
    {"id": "s1", "text": "Smith backed the great and wonderful plan.", "target_start": 0,
     "target_end": 5, "label": 1},
    {"id": "s2", "text": "Jones called the plan terrible.", "target_start": 0,
     "target_end": 5, "label": -1},
    {"id": "s3", "text": "Brown arrived in Paris on Monday.", "target_start": 0,
     "target_end": 5, "label": 0},
    {"id": "s4", "text": "Lee said the talks were excellent.", "target_start": 0,
     "target_end": 3, "label": 0},
    {"id": "s5", "text": "Kim lost the awful vote.", "target_start": 0,
     "target_end": 3, "label": 1},
]


def _app() -> typer.Typer:
    app = typer.Typer()
    app.command()(stance)
    return app


def test_cli_prints_the_key_numbers_last(tmp_path: Path) -> None:
    gold = _write(tmp_path / "gold.jsonl", CLI_GOLD)
    pred = tmp_path / "pred.jsonl"
    result = CliRunner().invoke(
        _app(), [str(gold), "--scorer", "textblob", "--predictions", str(pred)]
    )
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-6:] == [
        "macro-F1    61.1",
        "accuracy    60.0",
        "F1 pos/neg  58.3",
        "F1 negative 66.7",
        "F1 neutral  66.7",
        "F1 positive 50.0",
    ]
    labels = [json.loads(line)["label"] for line in pred.read_text().splitlines()]
    assert labels == [1, -1, 0, 1, -1]


def test_cli_missing_gold_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(_app(), [str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 1
    assert result.output == f"Error: gold file not found: {tmp_path / 'nope.jsonl'}\n"


def test_cli_unknown_scorer(tmp_path: Path) -> None:
    gold = _write(tmp_path / "gold.jsonl", CLI_GOLD)
    result = CliRunner().invoke(_app(), [str(gold), "--scorer", "nope"])
    assert result.exit_code == 1
    assert result.output == "Error: Unknown scorer 'nope': choose one of targeted, textblob.\n"
