"""Check that ``stancedb eval quotes`` agrees with the reference scorer, figure by figure.

Runs the project's quote extraction on a gold file, scores it with the project's
scorer, writes the predictions, scores them with ``score_quotes.py --strict``
(the reference, outside the repository) and prints both. Exit status 1 on any
difference.

    python scripts/check_quote_scorer.py ../shared/data/quotes/polnear/dev.jsonl \
        --reference ../shared/tools/score_quotes.py
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from stancedb.evaluation.gold import GoldFileMissing
from stancedb.evaluation.quotes import evaluate


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--reference", type=Path, default=Path("../shared/tools/score_quotes.py"))
    ap.add_argument("--kinds", default=None)
    args = ap.parse_args()
    if not args.reference.is_file():
        print(f"Error: reference scorer not found: {args.reference}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        kinds = set(args.kinds.split(",")) if args.kinds else None
        try:
            ours = evaluate(args.gold, pred, kinds)
        except GoldFileMissing as exc:
            print(f"Error: {exc}", file=sys.stderr)
            return 1
        cmd = [sys.executable, str(args.reference), str(args.gold), str(pred), "--strict"]
        if args.kinds:
            cmd += ["--kinds", args.kinds]
        ref = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
    pairs = {
        "exact F1": (ours.exact.f1, ref["exact"]["F1"]),
        "overlap F1": (ours.overlap.f1, ref["overlap"]["F1"]),
        "speaker accuracy": (ours.speaker_accuracy, ref["speaker_acc_on_matched"]["acc"]),
        "end-to-end F1": (ours.end_to_end.f1, ref["end2end_overlap+speaker"]["F1"]),
        "end-to-end tp": (ours.end_to_end.tp, ref["end2end_overlap+speaker"]["tp"]),
    }
    ok = True
    for name, (a, b) in pairs.items():
        same = a == b
        ok &= same
        print(f"{name:<18} stancedb {a!s:>7}   reference {b!s:>7}   {'same' if same else 'DIFFERENT'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
