"""What every command shares: the database option, output formats, user errors.

The command line imports the database layer (SQLAlchemy, SQLModel, Alembic: about a
second) only inside the commands that use a database, so that ``--help``, ``extract``
and ``eval`` start fast.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from stancedb.db.engine import error_message, make_engine, resolve_url
from stancedb.errors import StancedbError
from stancedb.reports.render import Format, render

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlmodel import Session

FormatOption = Annotated[
    Format, typer.Option("--format", "-f", help="Output format.", case_sensitive=False)
]


class State:
    """Options given before the command (``stancedb --db URL ...``)."""

    db_url: str | None = None


state = State()


def fail(message: str) -> typer.Exit:
    """Print a one-line error to stderr; raise the returned Exit."""
    typer.echo(f"Error: {message}", err=True)
    return typer.Exit(code=1)


@contextlib.contextmanager
def user_errors() -> Iterator[None]:
    """Turn library exceptions into one-line errors and exit status 1."""
    try:
        yield
    except StancedbError as exc:
        raise fail(str(exc)) from None
    except Exception as exc:
        from sqlalchemy.exc import DBAPIError  # (imported lazily, see the module docstring)

        # Any error the database reports (a refused connection, a missing privilege, a
        # table of another program in the way, rows a migration's new index refuses).
        if isinstance(exc, DBAPIError):
            raise fail(f"database error: {error_message(exc)}") from None
        if isinstance(exc, OSError) and exc.filename is not None:
            # --output and --plot: a missing folder, no permission, a full disk.
            raise fail(f"{exc.filename}: {exc.strerror}") from None
        raise


@contextlib.contextmanager
def database(*, write: bool = False, empty_ok: bool = False) -> Iterator[Session]:
    """A session on the user's database, with user errors turned into one-line errors.

    Read-only on an existing stancedb database that holds articles (or a one-line
    error), unless ``write``; ``empty_ok`` lets a reader in before the first article.
    """
    from sqlmodel import Session

    from stancedb.db.queries import has_articles

    with user_errors(), Session(engine() if write else reading_engine()) as session:
        # Empty tables, or "no actor called 'Putin'", hid that nothing was stored yet.
        if not (write or empty_ok or has_articles(session=session)):
            raise fail("the database holds no article yet; run `stancedb ingest PATH` first")
        yield session


def engine(*, read_only: bool = False) -> Engine:
    """An engine on the database the user chose (``--db``, the environment, the default)."""
    return make_engine(state.db_url, read_only=read_only)


def db_url() -> str:
    return resolve_url(state.db_url)


def parse_date_option(value: str | None, name: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise fail(f"{name} {value!r} is not a date (YYYY-MM-DD)") from None


def parse_date_range(since: str | None, until: str | None) -> dict[str, dt.date | None]:
    """``--since`` and ``--until`` as dates, as the queries take them; a range that holds
    no day is an error, not an empty report."""
    dates = {"since": parse_date_option(since, "--since"),
             "until": parse_date_option(until, "--until")}
    if dates["since"] and dates["until"] and dates["since"] > dates["until"]:
        raise fail(f"--since {since} is after --until {until}")
    return dates


def echo_rows(rows: list[dict], fmt: Format, columns: list[str] | None = None) -> None:
    sys.stdout.write(render(rows, fmt, columns))


def existing_engine(*, read_only: bool = False) -> Engine:
    """An engine on the user's database, or a one-line error if it is a SQLite file
    that does not exist: connecting would create an empty one."""
    with user_errors():
        eng = engine(read_only=read_only)  # a URL that cannot be used is a one-line error
    file = eng.url.database if eng.url.get_backend_name() == "sqlite" else None
    if file not in (None, "", ":memory:") and not Path(file).exists():
        raise fail(f"no database at {file}; run `stancedb ingest PATH` first")
    return eng


def reading_engine() -> Engine:
    """A read-only engine on an existing stancedb database, or a one-line error."""
    from stancedb.db.migrate import current_revision

    eng = existing_engine(read_only=True)
    with user_errors():
        if current_revision(eng) is None:
            raise fail("the database has no stancedb schema; run `stancedb ingest PATH` "
                       "or `stancedb db upgrade` first")
    return eng
