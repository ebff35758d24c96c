"""``stancedb actors``: list actors, and fix what the machine got wrong."""

from __future__ import annotations

from typing import Annotated

import typer

from stancedb.cli.common import FormatOption, database, echo_rows, reading_engine
from stancedb.reports.render import Format

# No help= here: the callback's docstring is the help, with its example.
actors_app = typer.Typer()
alias_app = typer.Typer(help="Aliases of actors.", no_args_is_help=True)
actors_app.add_typer(alias_app, name="alias")


@actors_app.callback(invoke_without_command=True)
def actors(
    ctx: typer.Context,
    limit: Annotated[int, typer.Option(min=0, help="At most this many (0: all).")] = 0,
    fmt: FormatOption = Format.table,
) -> None:
    """List actors with their aliases and counts; merge two, or add an alias (commands below).

    Counts: how often each actor speaks, and holds or receives a stance.

    Example: stancedb actors --format json
    """
    from stancedb.db import queries

    if ctx.invoked_subcommand is not None:
        return
    with database() as session:
        rows = queries.list_actors(session=session, limit=limit or None)
    echo_rows(rows, fmt, ["name", "kind", "affiliation", "quotes", "stances_held",
                          "stances_received", "aliases"])


@actors_app.command()
def merge(
    source: Annotated[str, typer.Argument(metavar="A", help="The actor to merge away (name or alias).")],
    into: Annotated[str, typer.Argument(metavar="B", help="The actor that remains (name or alias).")],
) -> None:
    """Merge actor A into actor B: A's quotes, stances and aliases become B's.

    Later ingests and `stancedb rescore` resolve A's names to B.

    Example: stancedb actors merge "V. Putin" "Vladimir Putin"
    """
    from stancedb.db import curation

    reading_engine()  # a clear error when there is no database yet
    with database(write=True) as session:
        old, new = curation.merge_actors(session=session, source=source, into=into)
    typer.echo(f"Merged {old!r} into {new!r}.")


@alias_app.command("add")
def alias_add(
    actor: Annotated[str, typer.Argument(metavar="ACTOR", help="The actor (name or alias).")],
    alias: Annotated[str, typer.Argument(metavar="ALIAS", help="Another name for it.")],
) -> None:
    """Make ALIAS another name of ACTOR for later ingests and `stancedb rescore`.

    Example: stancedb actors alias add "Vladimir Putin" "the Russian leader"
    """
    from stancedb.db import curation

    reading_engine()
    with database(write=True) as session:
        name = curation.add_alias(session=session, actor=actor, alias=alias)
    typer.echo(f"{alias!r} now names {name!r}.")
