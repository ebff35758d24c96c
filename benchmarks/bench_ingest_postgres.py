"""Benchmark: `stancedb ingest` of the whole corpus (24k articles) into a fresh PostgreSQL database.

Creates a new database on the server, runs the real command with `--workers 2`,
prints the articles/s that the command reports, the wall time and the peak memory
(max RSS) of the largest process, then a second run of the same command (which
must add nothing), and drops the database (unless --keep).

Usage: python benchmarks/bench_ingest_postgres.py [PATH ...] [--url URL] [--workers 2] [--keep]
(default ../shared/data/corpus, server postgresql+psycopg://postgres@127.0.0.1:5432/test)
"""

from __future__ import annotations

import argparse
import sys
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_ingest import SHARED, report, run_ingest

SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(SHARED)])
    parser.add_argument("--url", default=SERVER, help="a database on the server (for CREATE DATABASE)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--keep", action="store_true", help="keep the benchmark database")
    args = parser.parse_args()
    for path in args.paths:
        if not Path(path).exists():
            sys.exit(f"corpus not found: {path}")
    name = f"stancedb_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(args.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(args.url).set(database=name).render_as_string(hide_password=False)
    try:
        print(f"corpus: {', '.join(args.paths)}; database: {make_url(url)!r}")
        report(run_ingest(url, args.paths, args.workers))
        print("again (everything stored already):")
        report(run_ingest(url, args.paths, args.workers))
    finally:
        if not args.keep:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    main()
