"""Benchmark: the whole pipeline (what `stancedb extract` runs) over a JSONL corpus.

Prints articles/s on one core and the peak memory (max RSS) of the process.
Usage: python benchmarks/bench_extract.py [CORPUS.jsonl]
(default ../shared/data/corpus/bbc_2004_2005/articles.jsonl, 2,225 BBC articles)
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from stancedb.extract import extract_record
from stancedb.io.readers import ReadOptions, iter_inputs
from stancedb.pipeline import analyze

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared/data/corpus/bbc_2004_2005/articles.jsonl"


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not path.exists():
        sys.exit(f"corpus not found: {path} (pass a JSONL path)")
    analyze(next(i.article for i in iter_inputs([str(path)]) if i.article))  # load lexicons once
    n = quotes = stances = 0
    started = time.perf_counter()
    for item in iter_inputs([str(path)], ReadOptions()):
        if item.article is None:
            continue
        analysis = analyze(item.article)
        # Serialise as extract does, so the figure is the command's work minus the terminal.
        json.dumps(extract_record(analysis, id=item.article.id), ensure_ascii=False)
        n += 1
        quotes += len(analysis.quotes)
        stances += len(analysis.stances)
    elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {path}")
    print(f"articles: {n}, quotes: {quotes}, stances: {stances}")
    print(f"time: {elapsed:.2f} s, throughput: {n / elapsed:,.0f} articles/s (one core)")
    print(f"peak memory (max RSS): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
