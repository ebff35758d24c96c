"""Check that stancedb.stance.polarity gives TextBlob's polarity, and how much faster.

Runs both on every distinct sentence of the given stance JSONL files and prints
the share with the same sign, the share within 0.05, the time per sentence of
each, and the first few sentences where they disagree.

Usage: python3 scripts/check_polarity.py ../shared/data/stance/newsmtsc-rw/dev.jsonl [...]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from textblob import TextBlob

from stancedb.stance.polarity import polarity
from stancedb.stance.tokens import tokenize


def sign(x: float) -> int:
    return (x > 0) - (x < 0)


def main(paths: list[Path]) -> None:
    texts: set[str] = set()
    for path in paths:
        if not path.is_file():
            sys.exit(f"stance data not found: {path}")
        with path.open(encoding="utf-8") as f:
            texts.update(json.loads(line)["text"] for line in f)
    ordered = sorted(texts)
    start = time.perf_counter()
    theirs = [TextBlob(t).sentiment.polarity for t in ordered]
    middle = time.perf_counter()
    ours = [polarity(tokenize(t)) for t in ordered]
    end = time.perf_counter()
    n = len(ordered)
    same_sign = sum(sign(a) == sign(b) for a, b in zip(theirs, ours, strict=True))
    close = sum(abs(a - b) < 0.05 for a, b in zip(theirs, ours, strict=True))
    print(f"{n} sentences: same sign {100 * same_sign / n:.1f} %, within 0.05 {100 * close / n:.1f} %")
    print(f"TextBlob {1e6 * (middle - start) / n:.0f} us/sentence, "
          f"stancedb {1e6 * (end - middle) / n:.0f} us/sentence")
    shown = 0
    for text, a, b in zip(ordered, theirs, ours, strict=True):
        if sign(a) != sign(b) and shown < 5:
            print(f"  TextBlob {a:+.3f} stancedb {b:+.3f}: {text[:120]}")
            shown += 1


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main([Path(p) for p in sys.argv[1:]])
