"""Score quote extraction against gold JSONL with the definitions of the reference scorer.

Same metrics as ``shared/tools/score_quotes.py`` in strict mode (every prediction
counts; predictions on titles and scare quotes are false positives):

- exact: predicted (start, end) equals a gold (start, end), after stripping
  whitespace and quotation marks from the predicted span;
- overlap: greedy one-to-one matching of predictions to gold quotes by characters
  of overlap (largest first), a pair needing at least one character in common;
- speaker accuracy: over overlap-matched pairs whose gold speaker is not null,
  right when the predicted speaker span overlaps the gold one (or, without
  offsets, when the normalised names are equal or one contains the other);
- end to end: matched and speaker right (a null gold speaker is right only when
  the prediction has none), precision and recall over all quotes.

``kinds`` keeps only gold quotes of those kinds; quotes of other kinds are then
treated like ignored spans (strict mode still counts predictions on them).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stancedb.evaluation.gold import read_gold
from stancedb.extract import quote_record
from stancedb.records import Quote

_QUOTE_CHARS = "\"'\u201c\u201d\u2018\u2019`\u00ab\u00bb "


@dataclass(frozen=True, slots=True)
class PRF:
    """Precision, recall and F1 (in percent, rounded like the reference scorer)."""

    tp: int
    pred: int
    gold: int

    @property
    def precision(self) -> float:
        return round(100 * self.tp / self.pred, 1) if self.pred else 0.0

    @property
    def recall(self) -> float:
        return round(100 * self.tp / self.gold, 1) if self.gold else 0.0

    @property
    def f1(self) -> float:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        return round(100 * 2 * p * r / (p + r), 1) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class QuoteScores:
    """The four figures of the reference scorer."""

    docs: int
    exact: PRF
    overlap: PRF
    speaker_correct: int
    speaker_total: int
    end_to_end: PRF
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def speaker_accuracy(self) -> float | None:
        if not self.speaker_total:
            return None
        return round(100 * self.speaker_correct / self.speaker_total, 1)


def _norm_span(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in _QUOTE_CHARS):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in _QUOTE_CHARS):
        e -= 1
    return s, e


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _norm_name(name: str | None) -> str:
    return " ".join(re.findall(r"\w+", (name or "").lower()))


def speaker_right(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    """Whether the predicted speaker of a matched quote is the gold one."""
    if gold.get("speaker") is None:
        return pred.get("speaker") in (None, "")
    if pred.get("speaker") in (None, ""):
        return False
    if pred.get("speaker_start") is not None and gold.get("speaker_start") is not None:
        return (
            _overlap(
                (gold["speaker_start"], gold["speaker_end"]),
                (pred["speaker_start"], pred["speaker_end"]),
            )
            > 0
        )
    a, b = _norm_name(gold["speaker"]), _norm_name(pred["speaker"])
    return bool(a) and bool(b) and (a == b or a in b or b in a)


def score(
    gold_docs: Mapping[str, Mapping[str, Any]],
    pred_docs: Mapping[str, Mapping[str, Any]],
    kinds: set[str] | None = None,
) -> QuoteScores:
    """Strict-mode scores of ``pred_docs`` against ``gold_docs`` (both keyed by id)."""
    n_gold = n_pred = tp_exact = tp_overlap = 0
    spk_total = spk_ok = e2e = 0
    errors: list[dict[str, Any]] = []
    for doc_id, gd in gold_docs.items():
        text = gd["text"]
        gold = [q for q in gd["quotes"] if kinds is None or q.get("kind") in kinds]
        preds = []
        for q in pred_docs.get(doc_id, {}).get("quotes", []):
            s, e = _norm_span(text, q["start"], q["end"])
            if e > s:
                preds.append(dict(q, start=s, end=e))
        n_gold += len(gold)
        n_pred += len(preds)
        gold_set = {(q["start"], q["end"]) for q in gold}
        tp_exact += len({(p["start"], p["end"]) for p in preds} & gold_set)
        pairs = sorted(
            (
                (_overlap((g["start"], g["end"]), (p["start"], p["end"])), gi, pi)
                for gi, g in enumerate(gold)
                for pi, p in enumerate(preds)
            ),
            reverse=True,
        )
        used_g: set[int] = set()
        used_p: set[int] = set()
        for o, gi, pi in pairs:
            if o <= 0 or gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            tp_overlap += 1
            ok = speaker_right(gold[gi], preds[pi])
            if gold[gi].get("speaker") is not None:
                spk_total += 1
                spk_ok += ok
            e2e += ok
            if not ok:
                errors.append({"id": doc_id, "type": "speaker", "gold": gold[gi], "pred": preds[pi]})
        errors.extend(
            {"id": doc_id, "type": "missed", "gold": g}
            for gi, g in enumerate(gold)
            if gi not in used_g
        )
        errors.extend(
            {"id": doc_id, "type": "spurious", "pred": p}
            for pi, p in enumerate(preds)
            if pi not in used_p
        )
    return QuoteScores(
        docs=len(gold_docs),
        exact=PRF(tp_exact, n_pred, n_gold),
        overlap=PRF(tp_overlap, n_pred, n_gold),
        speaker_correct=spk_ok,
        speaker_total=spk_total,
        end_to_end=PRF(e2e, n_pred, n_gold),
        errors=errors,
    )


def load_gold(path: Path) -> dict[str, dict[str, Any]]:
    """Gold records keyed by id; GoldFileMissing when ``path`` does not exist,
    GoldFileInvalid when a line is not a gold record."""
    return {d["id"]: d for d in read_gold(path, ("id", "text", "quotes"))}


def prediction_record(doc_id: str, quotes: Iterable[Quote]) -> dict[str, Any]:
    """One prediction line in the scorer's format (terms are not quotes of anyone: left out)."""
    return {
        "id": doc_id,
        "quotes": [
            # Actor resolution is not part of quote scoring.
            quote_record(q, None)
            for q in quotes
            if q.kind != "term"
        ],
    }


def predict(
    gold_docs: Mapping[str, Mapping[str, Any]],
    extract: Callable[[str], list[Quote]] | None = None,
) -> dict[str, dict[str, Any]]:
    """Run quote extraction on every gold record's ``text``."""
    if extract is None:
        from stancedb.quotes import extract_quotes

        extract = extract_quotes
    return {doc_id: prediction_record(doc_id, extract(d["text"])) for doc_id, d in gold_docs.items()}


def parse_kinds(kinds: str | None) -> set[str] | None:
    """``"direct,mixed"`` -> {"direct", "mixed"}; the project's "partial" is gold's "mixed"."""
    if not kinds:
        return None
    names = {k.strip() for k in kinds.split(",") if k.strip()}
    return {"mixed" if k == "partial" else k for k in names} or None


def evaluate(
    gold_path: Path, predictions_path: Path | None = None, kinds: set[str] | None = None
) -> QuoteScores:
    """Extract quotes from every gold record, optionally write the predictions, score them."""
    gold = load_gold(gold_path)
    preds = predict(gold)
    if predictions_path is not None:
        with predictions_path.open("w", encoding="utf-8") as f:
            for record in preds.values():
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return score(gold, preds, kinds)


def format_scores(scores: QuoteScores) -> list[str]:
    """The summary lines; the last six are the key figures."""
    acc = scores.speaker_accuracy
    return [
        (f"documents: {scores.docs}  gold quotes: {scores.overlap.gold}  "
        f"predicted: {scores.overlap.pred}"),
        "metric        P      R      F1",
        _row("exact", scores.exact),
        _row("overlap", scores.overlap),
        (f"speaker accuracy: {acc if acc is not None else 'n/a'} % "
        f"({scores.speaker_correct}/{scores.speaker_total} matched quotes)"),
        _row("end-to-end", scores.end_to_end),
    ]


def _row(name: str, prf: PRF) -> str:
    return f"{name:<12}{prf.precision:>6.1f} {prf.recall:>6.1f} {prf.f1:>6.1f}"
