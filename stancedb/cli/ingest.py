"""``stancedb ingest`` and ``stancedb extract``."""

from __future__ import annotations

import codecs
import json
import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress, ProgressColumn, Task, TextColumn, TimeElapsedColumn
from rich.text import Text

from stancedb.cli.common import engine, fail, parse_date_option, user_errors
from stancedb.extract import analyse_items, extract_record
from stancedb.io.decode import DEFAULT_MAX_CHARS
from stancedb.io.paths import INPUT_FORMATS, STDIN
from stancedb.io.readers import Columns, InputItem, ReadOptions, iter_inputs

Paths = Annotated[list[str], typer.Argument(
    metavar="PATH",
    help="Files, folders, globs ('news/**/*.jsonl') or - for standard input: "
         ".txt .md .json .jsonl .jsonl.gz .csv .html .rss .atom .xml.")]
SourceOption = Annotated[
    str | None, typer.Option("--source", help="Outlet of inputs that do not name one.")
]
DateOption = Annotated[
    str | None, typer.Option("--date", metavar="YYYY-MM-DD",
                             help="Publication date of inputs without one.")
]
EncodingOption = Annotated[str | None, typer.Option(
    "--encoding", help="Encoding of the inputs (default: a byte-order mark, UTF-8, else cp1252).")]
InputFormatOption = Annotated[str | None, typer.Option(
    "--input-format", help=f"Read every input as one of: {', '.join(INPUT_FORMATS)} "
                           "(default: by suffix; standard input is sniffed).")]
MaxCharsOption = Annotated[int, typer.Option(
    "--max-chars", min=0, help="Longer articles are cut here, with a warning (0: no limit).")]


def _column(name: str, what: str):  # type: ignore[no-untyped-def]
    return Annotated[str, typer.Option(name, help=f"CSV column (or JSON field) with the {what}.")]


class _RateColumn(ProgressColumn):
    """Articles per second, over the last seconds."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.0f} articles/s" if speed else "- articles/s")


def ingest(
    paths: Paths,
    source: SourceOption = None,
    date: DateOption = None,
    workers: Annotated[int, typer.Option(
        "--workers", "-w", min=1, help="Processes that analyse articles.")] = 1,
    force: Annotated[bool, typer.Option(
        "--force", help="Analyse stored articles again, replacing their quotes and stances.")
    ] = False,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per transaction.")] = 200,
    encoding: EncodingOption = None,
    input_format: InputFormatOption = None,
    max_chars: MaxCharsOption = DEFAULT_MAX_CHARS,
    text_column: _column("--text-column", "article text") = "text",
    title_column: _column("--title-column", "title") = "title",
    date_column: _column("--date-column", "publication date") = "date",
    url_column: _column("--url-column", "URL") = "url",
) -> None:
    """Analyse articles and store their quotes, speakers and stances.

    Folders are read recursively (names starting with "." or "_" are skipped).
    Articles already stored (same text, or same URL) are skipped without being
    analysed, so running the same ingest again, or after it was killed, adds only
    what is missing. Inputs that cannot be read are reported one line each and
    stored as ingest errors; the exit status is then 1.

    Example: stancedb ingest news/ feeds/*.rss --workers 2 --source Reuters
    """
    from stancedb.ingest import ingest as run_ingest

    if input_format is not None and input_format not in INPUT_FORMATS:
        raise fail(f"--input-format {input_format!r} is not one of: {', '.join(INPUT_FORMATS)}")
    _check_encoding(encoding)
    stdin_hint(paths)
    options = ReadOptions(
        source=source, date=parse_date_option(date, "--date"), encoding=encoding,
        max_chars=max_chars, input_format=input_format,
        columns=Columns(text=text_column, title=title_column, date=date_column, url=url_column),
    )
    err = Console(stderr=True)
    progress = Progress(
        TextColumn("ingest"), TextColumn("{task.completed:,} articles"), _RateColumn(),
        # Not drawn into a pipe or a log file, where stopping it left an empty line.
        TimeElapsedColumn(), console=err, transient=True, disable=not err.is_terminal,
    )
    task = progress.add_task("ingest", total=None)

    def on_item(item: InputItem, error: str | None) -> None:
        # Started at the first article, after the worker processes were forked:
        # a fork must not copy the progress bar's thread mid-draw.
        if not progress.live.is_started:
            progress.start()
        progress.advance(task)
        for line in ([f"Error: {error}"] if error else []) + [f"Warning: {w}" for w in item.warnings]:
            # soft_wrap: one input, one line, however narrow the terminal.
            progress.console.print(line, highlight=False, markup=False, soft_wrap=True)

    summary = None
    try:
        with user_errors():
            summary = run_ingest(paths, engine=engine(), options=options, batch_size=batch_size,
                                 workers=workers, force=force, on_item=on_item)
    except KeyboardInterrupt:
        pass  # said below, once the bar is gone
    finally:
        if progress.live.is_started:  # stopping a bar never drawn prints an empty line
            progress.stop()
    if summary is None:
        # Ended silently with status 130; what was committed stays, and a run of the
        # same command skips it (README, Faults).
        typer.echo("Interrupted: the articles stored so far stay; run the same command "
                   "again to add the rest.", err=True)
        raise typer.Exit(code=130)
    if summary.failed == summary.inputs:
        raise fail(f"nothing ingested: {_none_read(summary.inputs)}")
    c = summary.counts
    again = f"analysed {c.replaced} stored article(s) again, " if force else ""

    typer.echo(
        f"Ingested {c.new} new article(s), {again}skipped {c.duplicate} duplicate(s), "
        f"{summary.failed} failed; stored {c.quotes} quote(s) and {c.stances} stance(s).",
        err=True,
    )
    typer.echo(f"{summary.inputs:,} input(s) in {summary.seconds:.1f} s "
               f"({summary.startup_seconds:.1f} s start-up): {summary.rate:,.0f} articles/s.",
               err=True)
    if summary.failed:
        raise typer.Exit(code=1)


def stdin_hint(paths: list[str]) -> None:
    """Say that ``-`` waits for typed text: in a terminal it seemed to hang."""
    if STDIN in paths and sys.stdin.isatty():
        typer.echo("Reading articles from standard input; end with Ctrl-D.", err=True)


def _check_encoding(encoding: str | None) -> None:
    """An encoding Python does not know is one error, not one per input file."""
    if encoding is None:
        return
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise fail(f"--encoding {encoding!r} is not an encoding Python knows "
                   "(utf-8, cp1252, latin-1, ...)") from None


def _none_read(inputs: int) -> str:
    """Why a run read no article: every input failed, or the paths held none."""
    if inputs:
        return f"all {inputs:,} input(s) failed"
    # Folders and patterns without an input are errors of their own; this is standard
    # input or a JSON lines file holding blank lines only, say.
    return "the inputs hold no article"


def extract(paths: Paths) -> None:
    """Run the pipeline without a database and print JSON lines, one per article.

    Each line is {"id", "quotes": [...], "stances": [...]}; the id is a JSONL
    record's own id, or the file's path.

    Example: stancedb extract seeds/000_b70482fa468ef9dd.txt
    """
    stdin_hint(paths)
    failed = extracted = 0
    for item, analysis, error in analyse_items(iter_inputs(paths)):
        for warning in item.warnings:
            typer.echo(f"Warning: {warning}", err=True)
        if analysis is None:
            failed += 1
            typer.echo(f"Error: {error}", err=True)
            continue
        record = extract_record(analysis, id=analysis.article.id or item.input)
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        extracted += 1
    if not extracted:
        raise fail(f"nothing extracted: {_none_read(failed)}")
    if failed:
        raise typer.Exit(code=1)
