"""Alembic environment for stancedb.

The URL comes from the Alembic config (set by ``stancedb db ...`` and by
``stancedb.db.migrate``), else ``$STANCEDB_DATABASE_URL``, else the SQLite default.
"""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import stancedb.db.models  # noqa: F401  registers every table on SQLModel.metadata
from stancedb.db.engine import make_engine, resolve_url

config = context.config
target_metadata = SQLModel.metadata


def _url() -> str:
    return resolve_url(config.get_main_option("sqlalchemy.url") or None)


def run_migrations_offline() -> None:
    context.configure(
        url=_url(),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(_url())
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # To drop a column, batch mode copies the table and drops the old one, which
            # the rows pointing at it forbid while foreign keys are on (a downgrade failed
            # on any database holding an article). The pragma only takes effect outside
            # a transaction, so it goes to the driver before SQLAlchemy begins one.
            _sqlite_foreign_keys(connection, on=False)
        try:
            _run(connection)
        finally:
            if sqlite:
                _sqlite_foreign_keys(connection, on=True)
    engine.dispose()


def _sqlite_foreign_keys(connection, *, on: bool) -> None:  # type: ignore[no-untyped-def]
    connection.connection.driver_connection.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    # render_as_batch: SQLite cannot ALTER most things, so Alembic recreates tables.
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            # Two ingest processes may bring one new database to head at once: the
            # second waits here, then finds the schema current. (SQLite gets the same
            # from BEGIN IMMEDIATE in stancedb.db.engine.)
            connection.exec_driver_sql("SELECT pg_advisory_xact_lock(740221)")
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
