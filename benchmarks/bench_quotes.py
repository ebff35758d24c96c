"""Throughput and peak memory of quote extraction (segmentation + extract_quotes).

Reads articles.jsonl (default: the BBC 2004-2005 corpus in ../shared), runs
``segment`` and ``extract_quotes`` on every text on one core, and prints
articles/s, microseconds per article and the peak traced memory. A benchmark,
not a test: it prints figures and asserts nothing.

    python benchmarks/bench_quotes.py [../shared/data/corpus/bbc_2004_2005/articles.jsonl] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import timeit
import tracemalloc
from pathlib import Path

from stancedb.quotes import extract_quotes
from stancedb.text import segment

DEFAULT = Path(__file__).resolve().parents[2] / "shared/data/corpus/bbc_2004_2005/articles.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(description="Benchmark quote extraction.")
    ap.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--repeat", type=int, default=3, help="timed passes; the best is reported")
    args = ap.parse_args()
    if not args.path.is_file():
        print(f"Error: corpus not found: {args.path} (pass the path of an articles.jsonl)", file=sys.stderr)
        return 1
    texts = [json.loads(line)["text"] for line in args.path.open(encoding="utf-8") if line.strip()]
    extract_quotes(texts[0])  # load the lexicons and compile the patterns outside the timing
    best = best_cpu = float("inf")
    quotes = 0
    for _ in range(args.repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        quotes = sum(len(extract_quotes(t, segment(t))) for t in texts)
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, time.process_time() - start_cpu)
    tracemalloc.start()
    for t in texts:
        extract_quotes(t, segment(t))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    chars = sum(map(len, texts)) / len(texts)
    print(f"corpus: {args.path} ({len(texts)} articles, {chars:.0f} characters on average)")
    print(f"quotes found: {quotes}")
    print(f"throughput: {len(texts) / best:,.0f} articles/s ({1e6 * best / len(texts):.0f} us per article)")
    # CPU time is what one core spends; it differs from wall time when the machine is busy.
    print(f"CPU time: {len(texts) / best_cpu:,.0f} articles/s ({1e6 * best_cpu / len(texts):.0f} us per article)")
    print(f"peak traced memory during extraction: {peak / 1e6:.1f} MB")
    # A yardstick for comparing runs on busy or different machines.
    ref = min(timeit.repeat("sum(range(1000))", number=2000, repeat=5)) / 2000
    print(f"machine yardstick: sum(range(1000)) takes {1e6 * ref:.1f} us (about 7 us on an idle modern core)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
