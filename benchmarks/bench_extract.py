"""Benchmark: the whole pipeline (what `stancedb extract` runs) over a JSONL corpus.

Prints articles/s on one core (from wall time and from the process's CPU time:
the machine is shared, and CPU time is what other jobs disturb least), the
load average while it ran, the yardstick `sum(range(1000))` (the speed of the
core: the figures scale with it from one machine to another), the start-up cost
(imports and loading every data file, which happen once per process and are not
in the throughput), and the peak memory (max RSS) of the process.
Usage: python benchmarks/bench_extract.py [CORPUS.jsonl]
(default ../shared/data/corpus/bbc_2004_2005/articles.jsonl, 2,225 BBC articles)
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
import timeit
from pathlib import Path

STARTED_CPU = time.process_time()

from stancedb.actors.gazetteer import Gazetteer  # (import cost counts as start-up)
from stancedb.extract import extract_record
from stancedb.io.readers import ReadOptions, iter_inputs
from stancedb.pipeline import analyze, warm_up
from stancedb.stance import get_scorer

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared/data/corpus/bbc_2004_2005/articles.jsonl"


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not path.exists():
        sys.exit(f"corpus not found: {path} (pass a JSONL path)")
    # Start-up: every data file is read once per process. The first article alone may
    # not need them all (no stance to score): load them explicitly, out of the timing,
    # then warm up (and freeze the garbage collector's view of the data) as extract does.
    Gazetteer.default()
    get_scorer().score("Critics slammed Smith, but not badly!", 22, 27, 0, 7)
    analyze(next(i.article for i in iter_inputs([str(path)]) if i.article))
    warm_up()
    startup_cpu = time.process_time() - STARTED_CPU
    n = quotes = stances = 0
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    started_cpu = time.process_time()
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
    cpu = time.process_time() - started_cpu
    yardstick = min(timeit.repeat("sum(range(1000))", number=10_000, repeat=5)) / 10_000 * 1e6
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {path}")
    print(f"articles: {n}, quotes: {quotes}, stances: {stances}")
    print(f"time: {elapsed:.2f} s, throughput: {n / elapsed:,.0f} articles/s (one core)")
    print(f"cpu: {cpu:.2f} s, {n / cpu:,.0f} articles/s of CPU time, {cpu / n * 1e6:,.0f} us/article")
    print(f"load average (1 min) before / after: {load_before:.2f} / {os.getloadavg()[0]:.2f}"
          f" on {os.cpu_count()} cores")
    print(f"yardstick sum(range(1000)): {yardstick:.1f} us")
    print(f"start-up (imports, data files, first article): {startup_cpu:.2f} s CPU")
    print(f"peak memory (max RSS): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
