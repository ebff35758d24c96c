"""``stancedb ingest`` and ``stancedb extract``."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from stancedb.cli.common import engine, parse_date_option, user_errors
from stancedb.extract import extract_record
from stancedb.ingest import analyse_items
from stancedb.ingest import ingest as run_ingest
from stancedb.io.readers import InputItem, ReadOptions, iter_inputs

Paths = Annotated[list[str], typer.Argument(help="Files and folders (.txt, .md, .json, .jsonl).")]
SourceOption = Annotated[
    str | None, typer.Option("--source", help="Outlet of inputs that do not name one.")
]
DateOption = Annotated[
    str | None, typer.Option("--date", help="Publication date (YYYY-MM-DD) of inputs without one.")
]


def ingest(
    paths: Paths,
    source: SourceOption = None,
    date: DateOption = None,
    batch_size: Annotated[int, typer.Option(help="Articles per transaction.")] = 200,
) -> None:
    """Analyse articles and store their quotes, speakers and stances.

    Folders are read recursively. Articles already stored (same text) are skipped,
    so running the same ingest again adds nothing. Inputs that cannot be read are
    reported one line each and stored as ingest errors; the exit status is then 1.

    Example: stancedb ingest seeds/ --source Reuters --date 2025-01-21
    """
    options = ReadOptions(source=source, date=parse_date_option(date, "--date"))
    err = Console(stderr=True)
    progress = Progress(
        TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("articles"),
        TimeElapsedColumn(), console=err, transient=True, disable=not err.is_terminal,
    )

    def on_item(item: InputItem, error: str | None) -> None:
        progress.advance(task)
        if error:
            # soft_wrap: one input, one line, however narrow the terminal.
            progress.console.print(f"Error: {error}", highlight=False, markup=False, soft_wrap=True)

    with progress, user_errors():
        task = progress.add_task("ingest", total=None)
        summary = run_ingest(paths, engine=engine(), options=options, batch_size=batch_size,
                             on_item=on_item)
    c = summary.counts
    typer.echo(
        f"Ingested {c.new} new article(s), skipped {c.duplicate} duplicate(s), "
        f"{summary.failed} failed; stored {c.quotes} quote(s) and {c.stances} stance(s).",
        err=True,
    )
    if summary.failed:
        raise typer.Exit(code=1)


def extract(paths: Paths) -> None:
    """Run the pipeline without a database and print JSON lines, one per article.

    Each line is {"id", "quotes": [...], "stances": [...]}; the id is a JSONL
    record's own id, or the file's path.

    Example: stancedb extract seeds/000_b70482fa468ef9dd.txt
    """
    failed = 0
    for item, analysis, error in analyse_items(iter_inputs(paths)):
        if analysis is None:
            failed += 1
            typer.echo(f"Error: {error}", err=True)
            continue
        record = extract_record(analysis, id=analysis.article.id or item.input)
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    if failed:
        raise typer.Exit(code=1)

