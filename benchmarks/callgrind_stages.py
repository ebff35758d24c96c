"""Instructions of each pipeline stage, counted by callgrind (deterministic on a loaded machine).

Warms the pipeline up (``warm_up`` and 20 other articles), turns the garbage collector
off (a collection lands wherever allocation puts it), then runs each stage over the
first N articles of a corpus in turn, calling ``os.getppid()`` between stages: run
under callgrind with ``--dump-before=os_getppid``, each call closes one dump, so the
dumps after the first hold segmentation, quotes, actors and stances. Run it as

    PYTHONHASHSEED=0 setarch -R valgrind --tool=callgrind --compress-strings=no \\
        --dump-before=os_getppid --callgrind-out-file=cg.%p \\
        python benchmarks/callgrind_stages.py [N] [CORPUS.jsonl]
    grep -H summary cg.*.[2-5]

(``PYTHONHASHSEED`` and ``setarch -R``: without them two runs of the same code
differ by up to 0.5 %; with them by about 0.05 %, though a change of code moves
the stages it does not touch by up to 0.4 %, through memory layout.
``--compress-strings=no`` lets ``callgrind_annotate`` name the functions of every
dump.) Defaults: 300 articles of ../shared/data/corpus/bbc_2004_2005/articles.jsonl,
about a minute under callgrind. Without callgrind it just runs.
"""

from __future__ import annotations

import gc
import json
import os
import sys
from pathlib import Path

from stancedb.actors import resolve_actors
from stancedb.pipeline import analyze, warm_up
from stancedb.quotes import extract_quotes
from stancedb.records import Article
from stancedb.stance import get_scorer
from stancedb.statements import find_stances
from stancedb.text import segment

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared/data/corpus/bbc_2004_2005/articles.jsonl"
WARM_UP_ARTICLES = 20


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    path = Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT
    if not path.exists():
        sys.exit(f"corpus not found: {path} (pass a JSONL path)")
    with path.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh]
    measured, warming = texts[:n], texts[n : n + WARM_UP_ARTICLES]
    scorer = get_scorer()
    for text in warming:
        analyze(Article(text=text))
    warm_up()
    gc.disable()
    os.getppid()  # end of dump 1: start-up and warm-up
    segs = [segment(t) for t in measured]
    os.getppid()  # dump 2: segmentation
    quotes = [extract_quotes(t, s) for t, s in zip(measured, segs, strict=True)]
    os.getppid()  # dump 3: quotes
    found = [resolve_actors(t, q, s, None) for t, q, s in zip(measured, quotes, segs, strict=True)]
    os.getppid()  # dump 4: actors
    for t, q, r, s in zip(measured, quotes, found, segs, strict=True):
        find_stances(t, q, r, s, scorer)
    os.getppid()  # dump 5: stances


if __name__ == "__main__":
    main()
