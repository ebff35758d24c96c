"""The ``stancedb`` command: thin Typer commands over the library."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from stancedb import __version__
from stancedb.cli import browse, eval_quotes, eval_stance, ingest, report
from stancedb.cli.actors import actors_app
from stancedb.cli.common import state
from stancedb.cli.db import db_app
from stancedb.cli.rescore import rescore
from stancedb.db.engine import ENV_VAR

app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    help="Who said what about whom in the news: quotes, speakers and stances in SQL.",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"stancedb {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    db: Annotated[
        str | None,
        typer.Option("--db", envvar=ENV_VAR, metavar="URL", help="Database URL (default sqlite:///stancedb.sqlite3).",
                     show_envvar=True),
    ] = None,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version.")] = False,
) -> None:
    """stancedb: who said what about whom in the news.

    Example: stancedb ingest seeds/ && stancedb report matrix
    """
    state.db_url = db


app.command()(ingest.ingest)
app.command()(ingest.extract)
app.command()(browse.quotes)
app.add_typer(actors_app, name="actors")
app.command()(rescore)
app.command()(browse.sql)
app.add_typer(report.report_app, name="report")
app.add_typer(db_app, name="db")

eval_app = typer.Typer(help="Score the pipeline against gold data.", no_args_is_help=True)
eval_app.command("quotes")(eval_quotes.quotes)
eval_app.command("stance")(eval_stance.stance)
app.add_typer(eval_app, name="eval")


def main() -> None:
    app(args=global_options_first(sys.argv[1:]))


def global_options_first(args: list[str]) -> list[str]:
    """``args`` with ``--db URL`` moved before the command, where Typer looks for it.

    Written after it (``stancedb ingest news/ --db sqlite:///news.db``, as most tools
    allow) it was "No such option: --db (Possible options: --date)". Nothing after a
    ``--`` is moved.
    """
    rest = list(args)
    moved: list[str] = []
    stop = rest.index("--") if "--" in rest else len(rest)
    i = 0
    while i < stop:
        if rest[i] == "--db" and i + 1 < stop:
            moved += rest[i : i + 2]
            del rest[i : i + 2]
            stop -= 2
        elif rest[i].startswith("--db="):
            moved.append(rest.pop(i))
            stop -= 1
        else:
            i += 1
    return moved + rest
