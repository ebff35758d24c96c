"""Score a stance scorer against gold JSONL with the definitions of the reference scorer.

Same numbers as ``shared/tools/score_stance.py``: per-class F1 over the labels
-1, 0, 1 (an example without prediction is wrong), macro-F1 over the three
classes (F1m), accuracy, and macro-F1 over negative and positive only (F1pn),
in percent rounded to one decimal. Rows with ``holder_start``/``holder_end``
(dse-directed) are scored as holder → target.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stancedb.evaluation.gold import read_gold
from stancedb.stance import Scorer

CLASSES = (-1, 0, 1)
LABEL_VALUES = {"negative": -1, "neutral": 0, "positive": 1}


@dataclass(frozen=True, slots=True)
class StanceScores:
    """The reference scorer's figures, in percent."""

    n: int
    covered: int
    macro_f1: float
    accuracy: float
    f1_pn: float
    per_class: dict[int, float]


def _f1(tp: int, fp: int, fn: int) -> float:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def score_labels(gold: Mapping[str, int], predicted: Mapping[str, int]) -> StanceScores:
    """Compare predicted labels (-1/0/1 by id) with gold ones, as score_stance.py does."""
    pairs = [(g, predicted.get(i)) for i, g in gold.items()]
    if not pairs:
        raise ValueError("the gold file has no examples")
    per = {}
    for c in CLASSES:
        tp = sum(1 for g, p in pairs if g == c and p == c)
        fp = sum(1 for g, p in pairs if g != c and p == c)
        fn = sum(1 for g, p in pairs if g == c and p != c)
        per[c] = _f1(tp, fp, fn)
    accuracy = sum(1 for g, p in pairs if g == p) / len(pairs)
    return StanceScores(
        n=len(pairs),
        covered=sum(1 for _, p in pairs if p is not None),
        macro_f1=round(100 * sum(per.values()) / 3, 1),
        accuracy=round(100 * accuracy, 1),
        f1_pn=round(100 * (per[-1] + per[1]) / 2, 1),
        per_class={c: round(100 * v, 1) for c, v in per.items()},
    )


GOLD_FIELDS = ("id", "text", "target_start", "target_end", "label")


def predict(rows: Iterable[Mapping[str, Any]], scorer: Scorer) -> list[dict[str, Any]]:
    """``{"id", "label", "score"}`` for each gold row, holder → target where a holder is given."""
    out = []
    for row in rows:
        holder_start = row.get("holder_start")
        holder_end = row.get("holder_end")
        result = scorer.score(row["text"], row["target_start"], row["target_end"],
                              holder_start, holder_end)
        out.append({"id": row["id"], "label": LABEL_VALUES[result.label], "score": result.score})
    return out


def evaluate(gold_path: Path, scorer: Scorer, predictions_path: Path | None = None) -> StanceScores:
    """Score every gold example with ``scorer``; write the predictions if a path is given."""
    rows = list(read_gold(gold_path, GOLD_FIELDS))
    predictions = predict(rows, scorer)
    if predictions_path is not None:
        with predictions_path.open("w", encoding="utf-8") as f:
            for p in predictions:
                f.write(json.dumps(p) + "\n")
    return score_labels({r["id"]: r["label"] for r in rows},
                        {p["id"]: p["label"] for p in predictions})


def format_scores(scores: StanceScores) -> list[str]:
    """Lines to print; the last six are the key numbers (macro-F1 first)."""
    return [
        f"examples    {scores.n} ({scores.covered} predicted)",
        f"macro-F1    {scores.macro_f1:.1f}",
        f"accuracy    {scores.accuracy:.1f}",
        f"F1 pos/neg  {scores.f1_pn:.1f}",
        f"F1 negative {scores.per_class[-1]:.1f}",
        f"F1 neutral  {scores.per_class[0]:.1f}",
        f"F1 positive {scores.per_class[1]:.1f}",
    ]
