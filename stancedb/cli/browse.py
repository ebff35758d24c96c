"""``stancedb quotes``, ``stancedb actors`` and ``stancedb sql``: looking at what is stored."""

from __future__ import annotations

from typing import Annotated

import typer

from stancedb.cli.common import (
    FormatOption,
    database,
    echo_rows,
    fail,
    parse_date_range,
)
from stancedb.reports.render import Format

QUOTE_COLUMNS = ["id", "date", "speaker", "kind", "text", "article"]
# Machine formats carry the article id and the quote's offsets too, for tracing back.
QUOTE_COLUMNS_ALL = [*QUOTE_COLUMNS[:5], "article_id", "article", "start", "end"]


def quotes(
    speaker: Annotated[str | None, typer.Option(help="Speaker actor name or alias.")] = None,
    target: Annotated[str | None, typer.Option(help="Only quotes with a stance toward this actor.")] = None,
    since: Annotated[str | None, typer.Option(
        metavar="YYYY-MM-DD", help="Published on or after this date.")] = None,
    until: Annotated[str | None, typer.Option(
        metavar="YYYY-MM-DD", help="Published on or before this date.")] = None,
    search: Annotated[str | None, typer.Option(help="Words the quote contains.")] = None,
    terms: Annotated[bool, typer.Option("--terms", help="Include scare quotes and titles.")] = False,
    limit: Annotated[int, typer.Option(min=0, help="At most this many (0: all).")] = 0,
    fmt: FormatOption = Format.table,
) -> None:
    """List stored quotes with their speakers, newest first.

    Example: stancedb quotes --speaker Putin --since 2025-01-01 --format csv
    """
    from stancedb.db import queries

    with database() as session:
        rows = queries.list_quotes(
            session=session, speaker=speaker, target=target,
            **parse_date_range(since, until),
            search=search, include_terms=terms, limit=limit or None,
        )
    echo_rows(rows, fmt, QUOTE_COLUMNS if fmt is Format.table else QUOTE_COLUMNS_ALL)


def sql(
    statement: Annotated[str, typer.Argument(metavar="STATEMENT", help="One SQL statement.")],
    fmt: FormatOption = Format.table,
) -> None:
    """Run one read-only SQL statement; a statement that writes is refused.

    Example: stancedb sql "SELECT kind, count(*) FROM quotes GROUP BY kind"
    """
    from sqlalchemy.exc import DBAPIError

    from stancedb.db import queries
    from stancedb.db.engine import error_message

    if not statement.strip():  # printed an empty line, as if it had found nothing
        raise fail("no SQL statement given")
    with database(empty_ok=True) as session:  # ingest_errors tell why a run stored nothing
        try:
            columns, rows = queries.run_sql(session=session, statement=statement)
        except DBAPIError as exc:
            message = error_message(exc)
            if "readonly" in message or "read-only" in message or "read only" in message:
                raise fail("refused: `stancedb sql` is read-only and this statement writes") from None
            raise fail(f"SQL error: {message}") from None
    echo_rows([dict(zip(columns, r, strict=True)) for r in rows], fmt, columns)
