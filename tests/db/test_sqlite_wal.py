"""Processes that open one new SQLite file at the same moment all get a WAL connection."""

from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from stancedb.db import engine as engine_module
from stancedb.db.engine import make_engine


class _LockedCursor:
    """A cursor whose first ``fails`` statements find the file locked."""

    def __init__(self, fails: int, message: str = "database is locked") -> None:
        self.fails, self.message, self.executed = fails, message, 0

    def execute(self, sql: str) -> None:
        self.executed += 1
        if self.executed <= self.fails:
            raise sqlite3.OperationalError(self.message)


def test_wal_switch_retries_while_locked() -> None:
    cursor = _LockedCursor(fails=3)
    engine_module._enable_wal(cursor)  # type: ignore[arg-type]
    assert cursor.executed == 4


def test_wal_switch_raises_other_errors() -> None:
    with pytest.raises(sqlite3.OperationalError, match="disk I/O"):
        engine_module._enable_wal(_LockedCursor(fails=1, message="disk I/O error"))  # type: ignore[arg-type]


def _open_and_write(url: str, barrier: multiprocessing.synchronize.Barrier, errors) -> None:  # type: ignore[no-untyped-def]
    barrier.wait()
    try:
        engine = make_engine(url)
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE IF NOT EXISTS t (x INTEGER)"))
            conn.execute(text("INSERT INTO t VALUES (1)"))
        engine.dispose()
    except Exception as error:  # noqa: BLE001 - reported to the parent, which asserts
        errors.put(str(error))


def test_many_processes_open_one_new_file(tmp_path: Path) -> None:
    # Without the retry, 2 of 7 runs of this test failed here ("database is locked"):
    # a race, so the two tests above are the ones that fail every time.
    context = multiprocessing.get_context("fork")
    errors = context.Queue()
    for round_ in range(40):
        url = f"sqlite:///{tmp_path / f'{round_}.sqlite3'}"
        barrier = context.Barrier(6)
        procs = [context.Process(target=_open_and_write, args=(url, barrier, errors))
                 for _ in range(6)]
        for p in procs:
            p.start()
        for p in procs:
            p.join(timeout=120)
        assert [p.exitcode for p in procs] == [0] * 6
    found = []
    while not errors.empty():
        found.append(errors.get())
    assert found == []
