"""Benchmark: CPU time per article of each pipeline stage (what `stancedb extract` runs).

Runs segmentation, quotes, actors and stances one after the other on every article of a
JSONL corpus and prints the CPU microseconds per article each took, and the yardstick
`sum(range(1000))` (about 7 us on an idle core of this machine), so that figures taken on
a loaded machine can be read. Data files are loaded, and the first 50 articles run, before
the clock starts.
Usage: python benchmarks/bench_stages.py [CORPUS.jsonl]
(default ../shared/data/corpus/bbc_2004_2005/articles.jsonl, 2,225 BBC articles)
"""

from __future__ import annotations

import sys
import time
import timeit
from pathlib import Path

from stancedb.actors import resolve_actors
from stancedb.io.readers import iter_inputs
from stancedb.pipeline import analyze, warm_up
from stancedb.quotes import extract_quotes
from stancedb.stance import get_scorer
from stancedb.statements import find_stances
from stancedb.text import segment

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared/data/corpus/bbc_2004_2005/articles.jsonl"


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not path.exists():
        sys.exit(f"corpus not found: {path} (pass a JSONL path)")
    articles = [item.article for item in iter_inputs([str(path)]) if item.article]
    scorer = get_scorer()
    for article in articles[:50]:
        analyze(article)
    warm_up()  # as extract does: the lexicons frozen out of the garbage collector's way
    spent = dict.fromkeys(("segmentation", "quotes", "actors", "stances"), 0.0)
    clock = time.process_time
    for article in articles:
        text = article.text
        t0 = clock()
        segmentation = segment(text)
        t1 = clock()
        quotes = extract_quotes(text, segmentation)
        t2 = clock()
        resolution = resolve_actors(text, quotes, segmentation, None)
        t3 = clock()
        find_stances(text, quotes, resolution, segmentation, scorer)
        t4 = clock()
        spent["segmentation"] += t1 - t0
        spent["quotes"] += t2 - t1
        spent["actors"] += t3 - t2
        spent["stances"] += t4 - t3
    n = len(articles)
    yardstick = min(timeit.repeat("sum(range(1000))", number=10_000, repeat=5)) / 10_000 * 1e6
    print(f"corpus: {path}, articles: {n}")
    for stage, seconds in spent.items():
        print(f"{stage:<13} {seconds / n * 1e6:7,.0f} us CPU/article")
    print(f"{'total':<13} {sum(spent.values()) / n * 1e6:7,.0f} us CPU/article")
    print(f"yardstick sum(range(1000)): {yardstick:.1f} us")


if __name__ == "__main__":
    main()
