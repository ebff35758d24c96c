"""Throughput of the actor and statement stages: resolve_actors + find_stances, articles/s.

Segmentation and quote extraction run before the clock starts; the stages are
timed with a constant scorer (their own cost) and, with ``--scorer NAME``, with a
real one too. The first pass starts with empty caches ("cold"); the second shows
the steady state of a long ingest, where the gazetteer's chunk cache is warm.
CPU time of this process is measured, so other jobs on the machine count less. Reads a corpus JSONL (default: the BBC 2004-2005 set under
../shared). Run:

    python benchmarks/bench_actors.py [PATH] [--limit N] [--scorer NAME]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from stancedb.actors import Gazetteer, resolve_actors
from stancedb.quotes import extract_quotes
from stancedb.records import StanceScore
from stancedb.stance import Scorer, get_scorer
from stancedb.statements import find_stances
from stancedb.text import segment

DEFAULT = Path(__file__).resolve().parents[2] / "shared/data/corpus/bbc_2004_2005/articles.jsonl"


class ConstantScorer:
    """Costs nothing, so the timing is that of the stages themselves."""

    name = "constant"
    version = "0"

    def score(
        self,
        text: str,
        target_start: int,
        target_end: int,
        holder_start: int | None = None,
        holder_end: int | None = None,
    ) -> StanceScore:
        return StanceScore(0.0, "neutral", ())


def run(prepared: list, scorer: Scorer) -> tuple[float, int, int, int]:
    mentions = stances = 0
    # CPU time of this process: other jobs on the machine do not count against the stages.
    start = time.process_time()
    for text, seg, quotes in prepared:
        resolution = resolve_actors(text, quotes, seg)
        found = find_stances(text, quotes, resolution, seg, scorer)
        mentions += len(resolution.mentions)
        stances += len(found)
    return time.process_time() - start, len(prepared), mentions, stances


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=2000)
    parser.add_argument("--scorer", default=None, help="also time with this scorer")
    args = parser.parse_args(argv)
    if not args.path.exists():
        print(f"{args.path}: no such corpus file", file=sys.stderr)
        return 1
    texts = []
    with args.path.open(encoding="utf-8") as fh:
        for line in fh:
            texts.append(json.loads(line)["text"])
            if len(texts) >= args.limit:
                break
    t0 = time.perf_counter()
    Gazetteer.default()
    print(f"gazetteer load: {1000 * (time.perf_counter() - t0):.0f} ms")
    prepared = []
    for text in texts:
        seg = segment(text)
        prepared.append((text, seg, extract_quotes(text, seg)))
    chars = sum(len(t) for t, _, _ in prepared) / len(prepared)
    passes: list[tuple[str, Scorer]] = [("cold", ConstantScorer()), ("warm", ConstantScorer())]
    if args.scorer is not None:
        passes.append(("warm", get_scorer(args.scorer)))
    for label, scorer in passes:
        elapsed, n, mentions, stances = run(prepared, scorer)
        print(
            f"{scorer.name} scorer, {label}: {n} articles (mean {chars:.0f} chars) in "
            f"{elapsed:.2f} s CPU: {n / elapsed:,.0f} articles/s, "
            f"{1000 * elapsed / n:.3f} ms/article; "
            f"{mentions / n:.1f} mentions, {stances / n:.1f} stances per article"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
