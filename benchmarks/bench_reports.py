"""Benchmark the report queries on a synthetic SQLite database with 1,000,000 stances.

Builds (or reuses) a database shaped like a large news archive: a few hundred actors whose
popularity follows a Zipf law, 100,000 dated articles over two years, quotes and stances
attributed to them; then times ``report changes --period month``, ``report matrix`` and
``quotes --speaker X --since D`` through the library functions the commands call, and
through the CLI (which adds Python's start-up time). Prints the figures; times nothing in tests.

    python benchmarks/bench_reports.py                 # 1,000,000 stances in a temp folder
    python benchmarks/bench_reports.py --db /tmp/big.sqlite3 --keep   # reuse it next time
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlmodel import Session

from stancedb.db import migrate, queries
from stancedb.db.engine import make_engine
from stancedb.reports.changes import ranked, stance_changes

START = dt.date(2024, 1, 1)
DAYS = 731
ACTORS = 300
ARTICLES = 100_000
LABELS = ("negative", "neutral", "positive")


def build(path: Path, stances: int, seed: int = 7) -> None:
    """A new database at ``path`` with ``stances`` stance rows (about half as many quotes)."""
    url = f"sqlite:///{path}"
    migrate.upgrade(url)
    rng = random.Random(seed)
    # Zipf weights: a few actors are quoted all the time, most rarely.
    weights = [1 / (rank + 1) for rank in range(ACTORS)]
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous=OFF")
    with conn:
        conn.executemany(
            "INSERT INTO actors (id, name, kind) VALUES (?, ?, ?)",
            [(i + 1, f"Actor {i + 1:03d}", "person" if i % 3 else "country")
             for i in range(ACTORS)],
        )
        conn.executemany(
            "INSERT INTO actor_aliases (actor_id, alias, origin) VALUES (?, ?, 'gazetteer')",
            [(i + 1, f"A{i + 1:03d}") for i in range(ACTORS)],
        )
        dates = [START + dt.timedelta(days=rng.randrange(DAYS)) for _ in range(ARTICLES)]
        conn.executemany(
            "INSERT INTO articles (id, title, url, published_at, content_hash, text) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(i + 1, f"Article {i + 1}", f"https://news.example/{i + 1}", d.isoformat(),
              f"{i + 1:064x}", "x" * 400) for i, d in enumerate(dates)],
        )
        quote_rows, stance_rows = [], []
        quote_id = 0
        while len(stance_rows) < stances:
            quote_id += 1
            # Round robin over articles keeps (article, start, end) unique, as the schema wants.
            article = quote_id % ARTICLES
            speaker = rng.choices(range(1, ACTORS + 1), weights)[0]
            start = (quote_id // ARTICLES) * 30
            quote_rows.append((quote_id, article + 1, start, start + 25, "quoted words", "direct",
                               f"Actor {speaker:03d}", speaker, "said", 0.9))
            for target in rng.choices(range(1, ACTORS + 1), weights, k=2):
                score = max(-1.0, min(1.0, rng.gauss(0.1 * ((speaker + target) % 5 - 2), 0.4)))
                label = LABELS[0 if score < -0.1 else 2 if score > 0.1 else 1]
                stance_rows.append((article + 1, quote_id, "quote", speaker, target, score, label,
                                    "bench", "1", start, start + 25, dates[article].isoformat()))
        conn.executemany(
            'INSERT INTO quotes (id, article_id, start, "end", text, kind, speaker, '
            "speaker_actor_id, cue, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            quote_rows,
        )
        conn.executemany(
            "INSERT INTO stances (article_id, quote_id, statement, holder_actor_id, "
            "target_actor_id, score, label, scorer, scorer_version, evidence_start, "
            "evidence_end, published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            stance_rows[:stances],
        )
    conn.execute("ANALYZE")
    conn.close()


def best_of(fn: Callable[[], object], repeat: int = 3) -> tuple[float, float, object]:
    """The fastest of ``repeat`` runs: wall-clock and CPU seconds (SQLite runs in this
    process, so the CPU time is the work itself when other processes share the cores),
    and the result."""
    best, result = (float("inf"), float("inf")), None
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        result = fn()
        best = min(best, (time.perf_counter() - wall, time.process_time() - cpu))
    return best[0], best[1], result


def cli_seconds(url: str, *args: str) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "stancedb", "--db", url, *args], check=True,
                   stdout=subprocess.DEVNULL)
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="database file (built when missing)")
    parser.add_argument("--stances", type=int, default=1_000_000)
    parser.add_argument("--keep", action="store_true", help="keep the database file")
    args = parser.parse_args()
    folder = tempfile.TemporaryDirectory()
    path = args.db or Path(folder.name) / "bench.sqlite3"
    if not path.exists():
        t0 = time.perf_counter()
        build(path, args.stances)
        print(f"built {path} with {args.stances:,} stances in {time.perf_counter() - t0:.1f} s")
    url = f"sqlite:///{path}"
    engine = make_engine(url, read_only=True)
    since = START + dt.timedelta(days=DAYS - 90)
    with Session(engine) as session:
        n = session.execute(queries.text("SELECT count(*) FROM stances")).scalar()
        print(f"{n:,} stances")

        def changes() -> list:
            rows = queries.stance_by_period(session=session, period="month")
            return ranked(stance_changes(rows, min_count=3, threshold=0.3))

        figures = {
            "report changes --period month": best_of(changes),
            "report matrix": best_of(lambda: queries.stance_matrix(session=session)),
            "report speakers --period month (not a target)": best_of(
                lambda: queries.speaker_counts(session=session, period="month"), repeat=1),
        }
        for rank, name in ((1, "top"), (30, "30th"), (200, "200th")):
            speaker = f"Actor {rank:03d}"
            figures[f"quotes --speaker '{speaker}' ({name} speaker) --since {since}"] = best_of(
                lambda s=speaker: queries.list_quotes(session=session, speaker=s, since=since))
    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    for label, (wall, cpu, rows) in figures.items():
        print(f"library  {label}: {wall * 1000:8.1f} ms wall, {cpu * 1000:8.1f} ms CPU  "
              f"({len(rows):,} rows)")  # type: ignore[arg-type]
    for cli_args in (["report", "changes", "--period", "month", "--min-count", "3",
                      "--threshold", "0.3", "--flagged", "--format", "csv"],
                     ["report", "matrix", "--format", "csv"],
                     ["quotes", "--speaker", "Actor 030", "--since", since.isoformat(),
                      "--format", "csv"]):
        print(f"cli      stancedb {' '.join(cli_args)}: {cli_seconds(url, *cli_args):.2f} s")
    print(f"cli      python -m stancedb --version (start-up alone): "
          f"{statistics.median(cli_seconds(url, '--version') for _ in range(3)):.2f} s")
    engine.dispose()
    if args.keep and args.db is None:
        kept = Path(tempfile.gettempdir()) / "stancedb-bench.sqlite3"
        path.replace(kept)
        print(f"kept {kept}")


if __name__ == "__main__":
    main()
