"""Build seeds/stance_model.tsv: the weights of the target-aware stance scorer.

Two linear (multinomial logistic regression) heads over the features of
stancedb.stance.features:
* ``target``: sentiment toward a marked target, learned from NewsMTSC
  train (../shared/data/stance/newsmtsc-rw/train.jsonl, MIT; Hamborg & Donnay 2021);
* ``directed``: a holder's stance toward a target, learned from the directed
  sentiment train set (../shared/data/stance/dse-directed/train.jsonl; Park et al. 2021).

The regularisation strength is chosen by 5-fold cross-validation on train
(macro-F1), then per-class offsets that move the neutral band are tuned on the
same cross-validated predictions. Only weights of features seen at least
``min_count`` times in train are kept, rounded, so the file stays small. The
shipped scorer is pure Python: numpy and scikit-learn are needed here only.

Usage: python3 scripts/build_stance_model.py [--dev] (--dev also prints dev scores)
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from itertools import product
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from stancedb.stance.features import features

ROOT = Path(__file__).resolve().parent.parent

DATA = ROOT.parent / "shared/data/stance"
OUT = ROOT / "seeds/stance_model.tsv"
CLASSES = (-1, 0, 1)
OFFSET_GRID_STEP = 0.1
OFFSET_GRID = np.arange(-1.0, 1.01, OFFSET_GRID_STEP)

# min_count: features seen fewer times in train are dropped; prune: weights whose
# largest absolute value is below it are not stored (checked on train CV to cost
# nothing, they keep the file small). The directed set is three times larger.
HEADS = {
    "target": {"train": DATA / "newsmtsc-rw/train.jsonl", "holder": False,
               "min_count": 2, "prune": 0.02, "C": (0.05, 0.1, 0.2, 0.5),
               "dev": [DATA / "newsmtsc-rw/dev.jsonl", DATA / "newsmtsc-mt/dev.jsonl"]},
    "directed": {"train": DATA / "dse-directed/train.jsonl", "holder": True,
                 "min_count": 5, "prune": 0.05, "C": (0.2, 0.5, 1.0),
                 "dev": [DATA / "dse-directed/dev.jsonl"]},
}


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def featurize(rows: list[dict], holder: bool) -> list[dict[str, float]]:
    out = []
    for r in rows:
        if holder:
            out.append(features(r["text"], r["target_start"], r["target_end"],
                                r["holder_start"], r["holder_end"]))
        else:
            out.append(features(r["text"], r["target_start"], r["target_end"]))
    return out


def macro_f1(gold: np.ndarray, pred: np.ndarray) -> float:
    total = 0.0
    for c in CLASSES:
        tp = np.sum((gold == c) & (pred == c))
        fp = np.sum((gold != c) & (pred == c))
        fn = np.sum((gold == c) & (pred != c))
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        total += 2 * p * r / (p + r) if p + r else 0.0
    return total / 3


def cv_scores(X, y: np.ndarray, c: float) -> np.ndarray:
    """Cross-validated decision scores (n × 3) for regularisation ``c``."""
    out = np.zeros((len(y), 3))
    for train, test in StratifiedKFold(5, shuffle=True, random_state=0).split(X, y):
        model = LogisticRegression(C=c, max_iter=2000)
        model.fit(X[train], y[train])
        out[test] = model.decision_function(X[test])
    return out


def best_offsets(scores: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """Offsets for the negative and positive classes that maximise macro-F1."""
    best = (np.zeros(3), -1.0)
    for neg, pos in product(OFFSET_GRID, OFFSET_GRID):
        off = np.array([neg, 0.0, pos])
        f = macro_f1(y, np.array(CLASSES)[np.argmax(scores + off, axis=1)])
        if f > best[1]:
            best = (off, f)
    return best


def build_head(name: str, spec: dict, check_dev: bool) -> dict:
    rows = load(spec["train"])
    feats = featurize(rows, spec["holder"])
    counts = Counter(k for f in feats for k in f)
    kept = [{k: v for k, v in f.items() if counts[k] >= spec["min_count"]} for f in feats]
    vec = DictVectorizer()
    X = vec.fit_transform(kept)
    y = np.array([r["label"] for r in rows])
    results = []
    for c in spec["C"]:
        scores = cv_scores(X, y, c)
        offsets, f = best_offsets(scores, y)
        print(f"{name}: C={c} cv macro-F1 {100 * f:.1f} offsets {offsets.round(2)}", flush=True)
        results.append((f, c, offsets))
    f, c, offsets = max(results, key=lambda r: r[0])
    model = LogisticRegression(C=c, max_iter=2000).fit(X, y)
    assert list(model.classes_) == list(CLASSES)
    names = vec.get_feature_names_out()
    weights = {}
    for j, feat in enumerate(names):
        w = [round(float(model.coef_[k, j]), 3) for k in range(3)]
        if max(map(abs, w)) >= spec["prune"]:
            weights[str(feat)] = w
    bias = [round(float(model.intercept_[k] + offsets[k]), 4) for k in range(3)]
    if check_dev:
        for path in spec["dev"]:
            dev = load(path)
            s = model.decision_function(vec.transform(featurize(dev, spec["holder"]))) + offsets
            pred = np.array(CLASSES)[np.argmax(s, axis=1)]
            gold = np.array([r["label"] for r in dev])
            print(f"{name}: dev {path.parent.name} macro-F1 {100 * macro_f1(gold, pred):.1f}")
    return {"train": str(spec["train"].relative_to(ROOT.parent)), "n_train": len(rows),
            "C": c, "cv_macro_f1": round(100 * f, 1), "bias": bias, "weights": weights}


INTERCEPT = "(intercept)"


def write_model(heads: dict[str, dict]) -> None:
    """One row per head and feature: the weights of the classes -1, 0, +1."""
    lines = [
        "# Weights of the target-aware stance scorer (stancedb.stance.targeted), built by",
        "# scripts/build_stance_model.py: multinomial logistic regression over",
        "# stancedb.stance.features, classes -1 / 0 / +1 (columns negative, neutral, positive).",
        "# 'target' is learned from NewsMTSC newsmtsc-rw train (MIT; Hamborg & Donnay 2021),",
        "# 'directed' from the directed sentiment train set (Park et al. 2021). No training",
        "# text is stored: only feature names (words, rules) and their weights.",
    ]
    for name, head in heads.items():
        lines.append(f"# {name}: {head['train']}, {head['n_train']} rows, C={head['C']}, "
                     f"5-fold CV macro-F1 {head['cv_macro_f1']}")
    lines.append("head\tfeature\tnegative\tneutral\tpositive")
    for name, head in heads.items():
        lines.append("\t".join([name, INTERCEPT, *map(str, head["bias"])]))
        for feature in sorted(head["weights"]):
            lines.append("\t".join([name, feature, *map(str, head["weights"][feature])]))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    check_dev = "--dev" in sys.argv
    for spec in HEADS.values():
        if not spec["train"].exists():
            sys.exit(f"training data not found: {spec['train']}")
    heads = {name: build_head(name, spec, check_dev) for name, spec in HEADS.items()}
    write_model(heads)
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
