"""Throughput of the stance scorers: (text, target) pairs scored per second on one core.

Scores every example of the NewsMTSC dev sets (and dse-directed dev, with its
holders) several times over and prints pairs per second for each scorer. The
first pass is a warm-up (lexicons and model are read once per process); the
token cache is cleared before each timed pass so every pass re-tokenises, as
scoring new articles would. The fastest pass is reported (other processes on
the machine only slow passes down). Target: >= 10,000 pairs/s for the default
scorer.

Usage: python3 benchmarks/bench_stance.py [DATA_DIR] [--scorer NAME] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from stancedb.stance import available_scorers, get_scorer
from stancedb.stance.features import context
from stancedb.stance.tokens import tokenize

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared/data/stance"
SETS = ("newsmtsc-rw/dev.jsonl", "newsmtsc-mt/dev.jsonl", "dse-directed/dev.jsonl")


def load(data: Path) -> list[tuple[str, int, int, int | None, int | None]]:
    pairs = []
    for name in SETS:
        path = data / name
        if not path.is_file():
            sys.exit(f"stance data not found: {path} (give the folder that holds {SETS[0]})")
        with path.open(encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                pairs.append((r["text"], r["target_start"], r["target_end"],
                              r.get("holder_start"), r.get("holder_end")))
    return pairs


def bench(name: str, pairs: list, repeat: int) -> float:
    scorer = get_scorer(name)
    for p in pairs[:200]:
        scorer.score(*p)
    best = float("inf")
    for _ in range(repeat):
        tokenize.cache_clear()
        context.cache_clear()
        start = time.perf_counter()
        for p in pairs:
            scorer.score(*p)
        best = min(best, time.perf_counter() - start)
    return len(pairs) / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--scorer", choices=available_scorers(), action="append")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    pairs = load(args.data)
    print(f"{len(pairs)} (text, target) pairs from {', '.join(SETS)}; one core, best of {args.repeat} passes")
    for name in args.scorer or available_scorers():
        rate = bench(name, pairs, args.repeat)
        print(f"{name:10s} {rate:10,.0f} pairs/s")


if __name__ == "__main__":
    main()
