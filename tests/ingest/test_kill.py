"""SIGKILL in the middle of an ingest, then the same ingest again: the same database as one
clean run, on SQLite and PostgreSQL, and no worker process left behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import text

from stancedb.db.engine import make_engine
from stancedb.ingest import ingest
from tests.ingest.helpers import snapshot, write_jsonl

ARTICLES = 240
BATCH = 10
# Runs the real CLI, each batch held open a little (inside its transaction) so
# that the kill lands in the middle of the run.
SLOW_INGEST = """
import sys, time
from stancedb.db import repository
real = repository.add_to_ingest_run
def slow(**kwargs):
    real(**kwargs)
    time.sleep(0.1)
repository.add_to_ingest_run = slow
from stancedb.cli import app
app(sys.argv[1:])
"""


def _committed(url: str) -> int:
    # Read-only: a plain BEGIN, which on SQLite does not wait for the writer's lock.
    engine = make_engine(url, read_only=True)
    try:
        with engine.connect() as conn:
            return (
                conn.execute(
                    text("SELECT coalesce(sum(articles_new), 0) FROM ingest_runs")
                ).scalar()
                or 0
            )
    except Exception:  # noqa: BLE001  the schema may not exist yet
        return 0
    finally:
        engine.dispose()


def _children(pid: int) -> list[int]:
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            # "pid (name) state ppid ...": the name may hold spaces, so split after it.
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            children.append(int(stat.parent.name))
    return children


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "State:\tZ" not in status


def _ingest(url: str, source: Path) -> None:
    engine = make_engine(url)
    try:
        ingest([str(source)], engine=engine, batch_size=BATCH)
    finally:
        engine.dispose()


def test_kill_then_rerun_equals_one_clean_run(any_db_url: str, db_url: str, tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "a.jsonl", ARTICLES)
    command = [
        sys.executable,
        "-c",
        SLOW_INGEST,
        "--db",
        any_db_url,
        "ingest",
        str(source),
        "--batch-size",
        str(BATCH),
        "--workers",
        "2",
    ]
    log = tmp_path / "ingest.log"
    with log.open("wb") as err:
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err)
    deadline = time.monotonic() + 120
    while _committed(any_db_url) < 3 * BATCH:
        assert proc.poll() is None, f"ingest ended before it could be killed: {log.read_text()}"
        assert time.monotonic() < deadline
        time.sleep(0.02)
    workers = _children(proc.pid)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    killed_at = _committed(any_db_url)
    assert 3 * BATCH <= killed_at < ARTICLES
    # Whole batches only: a batch is one transaction.
    assert killed_at % BATCH == 0

    _ingest(any_db_url, source)
    _ingest(db_url, source)  # one clean run, for comparison
    assert snapshot(any_db_url) == snapshot(db_url)
    assert len(snapshot(any_db_url)["articles"]) == ARTICLES

    # The analysis workers notice their parent is gone and exit.
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert workers and not any(_alive(pid) for pid in workers)
