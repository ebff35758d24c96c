"""``stancedb report``: stance matrices, changes over time, timelines, speakers, actors."""

from __future__ import annotations

import datetime as dt
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from stancedb.cli.common import (
    FormatOption,
    database,
    echo_rows,
    fail,
    parse_date_range,
    user_errors,
)
from stancedb.reports.actor import actor_sections
from stancedb.reports.changes import ranked, stance_changes
from stancedb.reports.charts import write_chart
from stancedb.reports.document import DOCUMENT_SUFFIXES, ChangesReport
from stancedb.reports.render import Format, columns_that_fit, render_sections
from stancedb.reports.tables import matrix_pivot, speakers_by_period

report_app = typer.Typer(help="Stance reports.", no_args_is_help=True)


class PeriodChoice(str, Enum):
    day = "day"
    week = "week"
    month = "month"
    quarter = "quarter"


Since = Annotated[str | None, typer.Option(metavar="YYYY-MM-DD", help="From this date.")]
Until = Annotated[str | None, typer.Option(metavar="YYYY-MM-DD", help="Up to this date.")]
PeriodOption = Annotated[PeriodChoice, typer.Option(
    help="Calendar period (weeks start on Monday).", case_sensitive=False)]
MinCount = Annotated[int, typer.Option(help="Observations both periods need for a flag.")]
Threshold = Annotated[float, typer.Option(help="A change must be larger than this to be flagged.")]

TABLE_ROWS = 200
MATRIX_COLUMNS = ["holder", "target", "mean", "n", "positive", "neutral", "negative"]
CHANGE_COLUMNS = ["holder", "target", "period", "mean", "n", "previous_period", "previous_mean",
                  "previous_n", "change", "flagged"]
TIMELINE_COLUMNS = ["period", "mean", "n", "previous_period", "change", "flagged"]


def _shown(rows: list[dict], fmt: Format, limit: int | None) -> list[dict]:
    """The rows to print: ``limit`` of them (0: all). Without a limit a terminal table
    stops at TABLE_ROWS, saying so on stderr: drawing hundreds of thousands of rows
    takes minutes and nobody reads them; the machine formats get everything."""
    if limit is None and fmt is Format.table and len(rows) > TABLE_ROWS:
        typer.echo(f"First {TABLE_ROWS} of {len(rows):,} rows; --limit 0 or --format csv "
                   "shows all.", err=True)
        return rows[:TABLE_ROWS]
    return rows[:limit] if limit else rows


@report_app.command()
def matrix(
    since: Since = None,
    until: Until = None,
    min_count: Annotated[int, typer.Option(help="Pairs with at least this many stances.")] = 1,
    limit: Annotated[int | None, typer.Option(
        min=0, help=f"At most this many pairs (0: all; default: all, or {TABLE_ROWS} in a table).",
        show_default=False)] = None,
    pivot: Annotated[bool, typer.Option(
        "--pivot", help="Holders as rows, targets as columns, mean stance in the cells.")] = False,
    fmt: FormatOption = Format.table,
) -> None:
    """Mean stance of each holder toward each target, with the number of statements.

    Example: stancedb report matrix --min-count 3 --format csv
    """
    from stancedb.db import queries

    with database() as session:
        rows = queries.stance_matrix(session=session, min_count=min_count,
                                     **parse_date_range(since, until))
    rows = _shown(rows, fmt, limit)
    if pivot:
        rows, columns = matrix_pivot(rows)
        if fmt is Format.table:
            # Rich squeezed 200 target columns to nothing: "┃┃┃┃" and no name readable.
            shown = columns_that_fit(rows, columns, keep=1, last=False)
            if len(shown) < len(columns):
                typer.echo(f"The first {len(shown) - 1} of {len(columns) - 1} targets fit the "
                           f"table; --min-count, --limit or --format csv shows them all.",
                           err=True)
            columns = shown
        echo_rows(rows, fmt, columns)
    else:
        echo_rows(rows, fmt, MATRIX_COLUMNS)


@report_app.command()
def changes(
    period: PeriodOption = PeriodChoice.month,
    since: Since = None,
    until: Until = None,
    holder: Annotated[str | None, typer.Option(help="Only this holder (name or alias).")] = None,
    target: Annotated[str | None, typer.Option(help="Only this target (name or alias).")] = None,
    min_count: MinCount = 1,
    threshold: Threshold = 0.0,
    flagged: Annotated[bool, typer.Option("--flagged", help="Only the flagged changes.")] = False,
    limit: Annotated[int | None, typer.Option(
        min=0, help=f"At most this many rows (0: all; default: all, or {TABLE_ROWS} in a table).",
        show_default=False)] = None,
    output: Annotated[Path | None, typer.Option(
        help="Write a self-contained report to FILE.md, FILE.html (with charts) or FILE.json.",
        dir_okay=False)] = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Mean stance per holder → target pair and period, with the change from the last period.

    Periods without statements are gaps, not zeros. Flagged changes (both periods
    with at least --min-count statements, a change above --threshold) come first,
    the largest first.

    Example: stancedb report changes --period month --min-count 3 --threshold 0.3 --output changes.html
    """
    from stancedb.db import queries

    if output is not None and output.suffix.lower() not in DOCUMENT_SUFFIXES:
        raise fail(f"cannot write a report to {output.name}: give a .md, .html or .json file")
    with database() as session:
        rows = queries.stance_by_period(session=session, period=period.value, holder=holder,
                                        target=target, **parse_date_range(since, until))
    rows = ranked(stance_changes(rows, min_count=min_count, threshold=threshold))
    if output is not None:
        parameters = {"period": period.value, "since": since, "until": until, "holder": holder,
                      "target": target, "min-count": min_count, "threshold": threshold}
        report = ChangesReport(rows, period=period.value, parameters=parameters,
                               generated_at=dt.datetime.now(dt.UTC))
        with user_errors():
            report.write(output)
        typer.echo(f"Wrote {output}: {report.summary()}")
        return
    if flagged:
        rows = [r for r in rows if r["flagged"]]
    echo_rows(_shown(rows, fmt, limit), fmt, CHANGE_COLUMNS)


@report_app.command()
def timeline(
    holder: Annotated[str, typer.Argument(metavar="HOLDER", help="Who holds the stance (name or alias).")],
    target: Annotated[str, typer.Argument(metavar="TARGET", help="Whom it is about (name or alias).")],
    period: PeriodOption = PeriodChoice.month,
    since: Since = None,
    until: Until = None,
    min_count: MinCount = 1,
    threshold: Threshold = 0.0,
    plot: Annotated[Path | None, typer.Option(
        # Not "stancedb[plot]": help is Rich markup, where [plot] is a tag and vanishes.
        help="Draw the series to FILE.svg, or FILE.png (needs matplotlib).",
        dir_okay=False)] = None,
    fmt: FormatOption = Format.table,
) -> None:
    """One holder's mean stance toward one target, period by period, with the changes.

    Example: stancedb report timeline Putin NATO --period quarter --plot putin-nato.svg
    """
    from stancedb.db import queries

    with database() as session:
        holder_name = queries.resolve_actor(session=session, name=holder).name
        target_name = queries.resolve_actor(session=session, name=target).name
        rows = queries.stance_by_period(session=session, period=period.value, holder=holder,
                                        target=target, **parse_date_range(since, until))
    rows = stance_changes(rows, min_count=min_count, threshold=threshold)
    if plot is not None:
        if not rows:
            raise fail(f"nothing to plot: no dated stances of {holder_name} toward {target_name}")
        with user_errors():
            write_chart(rows, period=period.value, path=plot,
                        title=f"{holder_name} → {target_name}: mean stance by {period.value}")
        typer.echo(f"Wrote {plot}", err=True)
    echo_rows(rows, fmt, TIMELINE_COLUMNS)


@report_app.command()
def speakers(
    period: PeriodOption = PeriodChoice.month,
    since: Since = None,
    until: Until = None,
    limit: Annotated[int, typer.Option(
        min=0, help="The most quoted, this many (0: all).")] = 20,
    fmt: FormatOption = Format.table,
) -> None:
    """The most quoted speakers, with their number of quotes in each period.

    Example: stancedb report speakers --period quarter --limit 10
    """
    from stancedb.db import queries

    with database() as session:
        rows = queries.speaker_counts(session=session, period=period.value,
                                      **parse_date_range(since, until))
    table, columns = speakers_by_period(rows, period=period.value, limit=limit or None)
    if fmt is Format.table:
        shown = columns_that_fit(table, columns, keep=2)
        if len(shown) < len(columns):
            typer.echo(f"The last {len(shown) - 2} of {len(columns) - 2} {period.value}s fit the "
                       f"table; --since, a longer --period or --format csv shows them all.", err=True)
        columns = shown
    echo_rows(table, fmt, columns)


@report_app.command()
def actor(
    name: Annotated[str, typer.Argument(metavar="NAME", help="Actor name or alias.")],
    examples: Annotated[int, typer.Option(
        min=0, help="Example statements per other actor, the strongest first.")] = 2,
    since: Since = None,
    until: Until = None,
    fmt: FormatOption = Format.table,
) -> None:
    """What an actor said about others and what others said about it, with example quotes.

    Examples link back to their articles: article id, title, URL and character offsets.

    Example: stancedb report actor Putin --examples 3 --format markdown
    """
    from stancedb.db import queries

    with database() as session:
        found = queries.resolve_actor(session=session, name=name)
        dates = parse_date_range(since, until)
        parts = {
            direction: queries.actor_pairs(session=session, actor_id=found.id,
                                           direction=direction, **dates)  # type: ignore[arg-type]
            for direction in ("said", "received")
        }
        shown = {
            direction: queries.actor_examples(
                session=session, actor_id=found.id, direction=direction,  # type: ignore[arg-type]
                per_actor=examples, **dates) if examples > 0 else []
            for direction in ("said", "received")
        }
    sections = actor_sections(found.name, said=parts["said"], received=parts["received"],
                              said_examples=shown["said"], received_examples=shown["received"])
    sys.stdout.write(render_sections(sections, fmt, {"actor": found.name, "kind": found.kind}))
