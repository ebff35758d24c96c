"""``stancedb report``: stance matrices and stance changes over time."""

from __future__ import annotations

from typing import Annotated

import typer
from sqlmodel import Session

from stancedb.cli.common import (
    FormatOption,
    echo_rows,
    parse_date_option,
    reading_engine,
    user_errors,
)
from stancedb.db import queries
from stancedb.reports.changes import ranked, stance_changes
from stancedb.reports.render import Format

report_app = typer.Typer(help="Stance reports.", no_args_is_help=True)

Since = Annotated[str | None, typer.Option(help="From this date (YYYY-MM-DD).")]
Until = Annotated[str | None, typer.Option(help="Up to this date (YYYY-MM-DD).")]


@report_app.command()
def matrix(
    since: Since = None,
    until: Until = None,
    min_count: Annotated[int, typer.Option(help="Pairs with at least this many stances.")] = 1,
    fmt: FormatOption = Format.table,
) -> None:
    """Mean stance of each holder toward each target, with the number of statements.

    Example: stancedb report matrix --min-count 3 --format csv
    """
    with user_errors(), Session(reading_engine()) as session:
        rows = queries.stance_matrix(
            session=session, since=parse_date_option(since, "--since"),
            until=parse_date_option(until, "--until"), min_count=min_count,
        )
    echo_rows(rows, fmt, ["holder", "target", "mean", "n", "positive", "neutral", "negative"])


@report_app.command()
def changes(
    period: Annotated[str, typer.Option(help="day, week, month or quarter.")] = "month",
    since: Since = None,
    until: Until = None,
    holder: Annotated[str | None, typer.Option(help="Only this holder.")] = None,
    target: Annotated[str | None, typer.Option(help="Only this target.")] = None,
    min_count: Annotated[int, typer.Option(help="Observations both periods need.")] = 1,
    threshold: Annotated[float, typer.Option(help="Smallest change flagged.")] = 0.0,
    fmt: FormatOption = Format.table,
) -> None:
    """Mean stance per holder → target pair and period, with the change from the last period.

    Periods without statements are gaps, not zeros. Flagged changes (both periods
    with at least --min-count statements, a change above --threshold) come first.

    Example: stancedb report changes --period month --min-count 3 --threshold 0.3
    """
    with user_errors(), Session(reading_engine()) as session:
        if period not in queries.PERIODS:
            from stancedb.cli.common import fail

            raise fail(f"--period must be one of {', '.join(queries.PERIODS)}, not {period!r}")
        rows = queries.stance_by_period(
            session=session, period=period,  # type: ignore[arg-type]
            since=parse_date_option(since, "--since"), until=parse_date_option(until, "--until"),
            holder=holder, target=target,
        )
    rows = ranked(stance_changes(rows, min_count=min_count, threshold=threshold))
    echo_rows(rows, fmt, ["holder", "target", "period", "mean", "n", "previous_period",
                          "previous_mean", "change", "flagged"])
