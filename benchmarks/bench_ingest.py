"""Benchmark: `stancedb ingest` of a JSONL corpus into a fresh SQLite file, 1 and 2 workers.

Each run is the real command in its own process; prints the articles/s that the
command reports (from its first article to its last commit: the start-up, that is
Python's imports, loading the lexicons and preparing the schema, is a constant and
is printed apart), the wall and CPU time of the whole command, and the peak memory
(max RSS) of the largest process (the ingest or one of its workers).
The CPU time tells what the wall time would be on idle cores when the machine is shared.

Usage: python benchmarks/bench_ingest.py [CORPUS.jsonl ...] [--workers 1,2] [--repeat N]
(default ../shared/data/corpus/bbc_2004_2005/articles.jsonl, 2,225 BBC articles)
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared/data/corpus"
DEFAULT = SHARED / "bbc_2004_2005/articles.jsonl"
_RATE = re.compile(
    r"([\d,]+) input\(s\) in ([\d.]+) s \(([\d.]+) s start-up\): ([\d,]+) articles/s")


@dataclass(frozen=True)
class Run:
    workers: int
    inputs: int
    seconds: float
    startup: float
    rate: float
    wall: float
    cpu: float
    peak_mb: float
    summary: str


def run_ingest(url: str, paths: list[str], workers: int, *extra: str) -> Run:
    """Run `stancedb ingest` in a child process; its figures and its peak memory."""
    command = [sys.executable, "-m", "stancedb", "--db", url, "ingest", *paths,
               "--workers", str(workers), *extra]
    started = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err)
        # wait4: the child's rusage, whose max RSS covers its own reaped workers too.
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        err.seek(0)
        output = err.read().decode("utf-8", "replace")
    lines = [line for line in output.splitlines() if line.startswith(("Ingested", "Error: database"))]
    match = _RATE.search(output)
    if match is None:
        sys.exit(f"ingest failed (status {status}):\n{output[-2000:]}")
    inputs, seconds, startup, rate = (float(g.replace(",", "")) for g in match.groups())
    cpu = usage.ru_utime + usage.ru_stime
    return Run(workers, int(inputs), seconds, startup, rate, wall, cpu, usage.ru_maxrss / 1024,
               lines[0] if lines else "")


def _spin(n: int) -> float:
    started = time.perf_counter()
    total = 0
    for i in range(n):
        total += i
    return time.perf_counter() - started


def parallelism(n: int = 10_000_000) -> float:
    """How many times the work of one process two processes get done right now (2.0 on
    two idle cores): the ceiling of any speed-up of 2 workers on a shared machine."""
    one = _spin(n)
    with multiprocessing.get_context("fork").Pool(2) as pool:
        two = max(pool.map(_spin, [n, n]))
    return 2 * one / two


def report(run: Run) -> None:
    print(f"workers {run.workers}: {run.inputs:,} inputs in {run.seconds:.2f} s, of which "
          f"{run.startup:.2f} s start-up (imports, lexicons, schema): {run.rate:,.0f} articles/s; "
          f"whole command {run.wall:.2f} s wall, {run.cpu:.2f} s CPU (all processes); "
          f"peak memory per process {run.peak_mb:.0f} MB")
    print(f"  {run.summary}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="*", default=[str(DEFAULT)])
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    parser.add_argument("--repeat", type=int, default=1,
                        help="rounds of runs, the worker counts alternating, so that a burst "
                             "of other work on the machine does not fall on one count only")
    args = parser.parse_args()
    for path in args.corpus:
        if not Path(path).exists():
            sys.exit(f"corpus not found: {path} (pass a JSONL path)")
    print(f"corpus: {', '.join(args.corpus)}")
    speedups = []
    for _ in range(args.repeat):
        runs = []
        for workers in (int(w) for w in args.workers.split(",")):
            load = os.getloadavg()[0]
            with tempfile.TemporaryDirectory() as folder:
                url = f"sqlite:///{Path(folder) / 'bench.sqlite3'}"
                runs.append(run_ingest(url, args.corpus, workers))
            print(f"load average (1 min) before the run: {load:.2f}")
            report(runs[-1])
        if len(runs) > 1:
            speedups.append(runs[-1].rate / runs[0].rate)
            print(f"speed-up of {runs[-1].workers} workers over {runs[0].workers}: "
                  f"{speedups[-1]:.2f}x (two busy-loop processes get "
                  f"{parallelism():.2f}x the work of one on this machine right now)")
    if len(speedups) > 1:
        print(f"speed-ups of {args.repeat} rounds: "
              f"{', '.join(f'{s:.2f}x' for s in speedups)}; median "
              f"{statistics.median(speedups):.2f}x")


if __name__ == "__main__":
    main()
