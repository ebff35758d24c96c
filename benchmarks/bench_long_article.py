"""Benchmark: one long article with thousands of quotes (a transcript, a live blog).

Time per article must grow about linearly with its length; anything that compares each
quote with every earlier one shows here first (before the fixes of 2026-11-27, 2,000
paragraphs of two quotes took 27 s). Prints the CPU seconds of `analyze` for articles of
250 to 2,000 such paragraphs (up to 190,000 characters; ingest caps articles at 200,000).
Usage: python benchmarks/bench_long_article.py
"""

from __future__ import annotations

import time

from stancedb.pipeline import analyze
from stancedb.records import Article

PARAGRAPH = (
    "\u201cWe will not accept this,\u201d he said. "
    "\u201cThe plan is bad for Britain and for Europe,\u201d Smith added.\n"
)
# A quote no rule attributes, after a sentence about someone.
UNATTRIBUTED = 'Smithers walked in at {i}. "We will win this game today, all of us."\n'


def main() -> None:
    analyze(Article(text="Warm-up\n" + PARAGRAPH))  # data files load outside the timing
    for paragraphs in (250, 500, 1000, 2000):
        text = "Transcript\n" + PARAGRAPH * paragraphs
        started = time.process_time()
        analysis = analyze(Article(text=text))
        seconds = time.process_time() - started
        print(f"{paragraphs:>5} paragraphs, {len(text):>7,} characters, "
              f"{len(analysis.quotes):>5} quotes: {seconds:6.2f} s CPU")
    for quotes in (500, 1000, 2000, 4000):
        text = "Notes\n" + "".join(UNATTRIBUTED.format(i=i) for i in range(quotes))
        started = time.process_time()
        analysis = analyze(Article(text=text))
        seconds = time.process_time() - started
        print(f"{len(text):>7,} characters, {len(analysis.quotes):>5} quotes without a "
              f"speaker: {seconds:6.2f} s CPU")


if __name__ == "__main__":
    main()
