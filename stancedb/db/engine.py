"""Database URLs and engines: SQLite (the embedded default) and PostgreSQL.

SQLite runs with WAL, foreign keys and a busy timeout so that several ingest
processes can share one file; writers take the lock up front (BEGIN IMMEDIATE)
so that two of them never deadlock upgrading a read lock.
"""

from __future__ import annotations

import os
import sqlite3
import time
from typing import TYPE_CHECKING

from stancedb.errors import UnusableDatabaseUrl

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.exc import DBAPIError

# SQLAlchemy is imported by the functions that build engines, not here: the command line
# reads ENV_VAR and resolves URLs without paying for its import (about 0.4 s).

DEFAULT_URL = "sqlite:///stancedb.sqlite3"
ENV_VAR = "STANCEDB_DATABASE_URL"
SQLITE_BUSY_TIMEOUT_MS = 60_000
URL_HINT = "give sqlite:///FILE or postgresql://USER@HOST[:PORT]/DATABASE"


def resolve_url(url: str | None = None) -> str:
    """The URL given, else ``$STANCEDB_DATABASE_URL``, else the SQLite file here."""
    url = url or os.environ.get(ENV_VAR) or DEFAULT_URL
    # A bare "postgresql://" would ask SQLAlchemy for psycopg2, which is not a dependency.
    if url.startswith(("postgresql://", "postgres://")):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def make_engine(url: str | None = None, *, read_only: bool = False) -> Engine:
    """An engine for ``url``; ``read_only`` refuses every write at the database level."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    url = resolve_url(url)
    try:
        shown = make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        raise UnusableDatabaseUrl(f"not a database URL: {url!r}; {URL_HINT}") from None
    try:
        if make_url(url).get_backend_name() == "sqlite":
            return _sqlite_engine(url, read_only=read_only)
        engine = create_engine(url, pool_pre_ping=True)
    except (NoSuchModuleError, ModuleNotFoundError) as error:
        raise UnusableDatabaseUrl(f"cannot open {shown!r} ({error}); {URL_HINT}") from None
    except ArgumentError:
        # What the dialect refuses, "sqlite://news.sqlite3" (two slashes) for one.
        raise UnusableDatabaseUrl(f"not a database URL: {shown!r}; {URL_HINT}") from None
    if read_only:
        event.listen(engine, "begin", lambda conn: conn.exec_driver_sql(
            "SET TRANSACTION READ ONLY"))
    return engine


def _sqlite_engine(url: str, *, read_only: bool) -> Engine:
    from sqlalchemy import create_engine, event

    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        # Let SQLAlchemy's "begin" event emit BEGIN itself (pysqlite's own is deferred).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if not read_only:
            _enable_wal(cursor)
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        if read_only:
            cursor.execute("PRAGMA query_only=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine


def _enable_wal(cursor: sqlite3.Cursor) -> None:
    """Switch the file to WAL, retrying while another process holds the lock.

    Two processes opening one new file at once both ask for WAL, and SQLite answers
    "database is locked" at once, without waiting on the busy timeout, when waiting
    could deadlock (each holds a shared lock and wants an exclusive one). WAL stays
    set in the file, so one retry after the other's switch finds it done.
    """
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def error_message(exc: DBAPIError) -> str:
    """What the database said, on one line, its DETAIL and HINT kept.

    Drivers write several lines: PostgreSQL the message, ``DETAIL:`` (which row),
    ``HINT:`` and an echo of the statement (``LINE 2: ...`` and a caret under it, which
    mean nothing once on one line); psycopg adds "Is the server running ...?" to a
    refused connection.
    """
    lines = [" ".join(line.split()) for line in str(exc.orig or exc).splitlines()]
    return "; ".join(line for line in lines if line and line != "^" and not line.startswith("LINE "))
