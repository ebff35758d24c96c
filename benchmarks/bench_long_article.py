"""Benchmark: long articles with thousands of quotes or names (a transcript, a live blog).

Time per article must grow about linearly with its length; anything that compares each
quote or mention with every earlier one shows here first. Prints the CPU seconds of
`analyze` for articles of 500 to 4,000 paragraphs of each shape below (up to about
280,000 characters; ingest caps articles at 200,000). Before the fixes of 2026-11-27,
2,000 attributed paragraphs took 27 s; before those of 2026-11-28, 4,000 quotes no rule
attributes took 4.99 s, 4,000 floating quotes 1.76 s and 4,000 sentences of names and
attitude verbs 2.03 s (now 0.14, 0.13 and 0.51 s).
Usage: python benchmarks/bench_long_article.py
"""

from __future__ import annotations

import time

from stancedb.pipeline import analyze
from stancedb.records import Article

SHAPES = {
    # two attributed quotes
    "attributed": "\u201cWe will not accept this,\u201d he said. "
    "\u201cThe plan is bad for Britain and for Europe,\u201d Smith added.\n",
    # a quote no rule attributes, after a sentence about someone
    "unattributed": 'Smithers walked in at {i}. "We will win this game today, all of us."\n',
    # a quote alone in its paragraph (a floating quote looks back for a speaker)
    "floating": '"We are done here, number {i}."\n\n',
    # names and attitude verbs, no quote (the stance stage)
    "names": "Tony Blair criticised Gordon Brown and praised Jacques Chirac in Paris on day {i}.\n",
}


def main() -> None:
    analyze(Article(text="Warm-up\n" + SHAPES["attributed"]))  # data files load outside the timing
    for shape, paragraph in SHAPES.items():
        for paragraphs in (500, 1000, 2000, 4000):
            text = "Transcript\n" + "".join(paragraph.format(i=i) for i in range(paragraphs))
            started = time.process_time()
            analysis = analyze(Article(text=text))
            seconds = time.process_time() - started
            print(f"{shape:<13}{paragraphs:>5} paragraphs, {len(text):>7,} characters, "
                  f"{len(analysis.quotes):>5} quotes, {len(analysis.stances):>5} stances: "
                  f"{seconds:6.2f} s CPU")


if __name__ == "__main__":
    main()
