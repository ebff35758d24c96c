"""``stancedb db``: schema migrations (wraps Alembic)."""

from __future__ import annotations

from typing import Annotated

import typer

from stancedb.cli.common import db_url, engine, existing_engine, fail, user_errors

db_app = typer.Typer(help="Create and migrate the database schema.", no_args_is_help=True)


@db_app.command()
def upgrade(revision: Annotated[str, typer.Argument(metavar="REVISION", help="Target revision.")] = "head") -> None:
    """Upgrade the schema to a revision (the newest by default).

    Example: stancedb db upgrade
    """
    from stancedb.db import migrate

    with user_errors():
        migrate.upgrade(db_url(), revision)
        typer.echo(f"Database at {migrate.current_revision(engine())}.")


@db_app.command()
def downgrade(revision: Annotated[str, typer.Argument(metavar="REVISION", help="Target revision, or base.")] = "-1") -> None:
    """Downgrade the schema by one revision, or to the one given ("base" drops everything).

    Example: stancedb db downgrade base
    """
    from stancedb.db import migrate

    with user_errors():
        if migrate.current_revision(existing_engine()) is None:
            raise fail("the database has no stancedb schema: nothing to downgrade")
        migrate.downgrade(db_url(), revision)
        typer.echo(f"Database at {migrate.current_revision(engine()) or 'base'}.")


@db_app.command()
def current() -> None:
    """Print the schema revision of the database ("base" when it has none).

    Example: stancedb --db postgresql+psycopg://postgres@127.0.0.1/test db current
    """
    from stancedb.db import migrate

    with user_errors():
        revision = migrate.current_revision(existing_engine())
    head = migrate.head_revision()
    note = " (head)" if revision == head else f" (head is {head})"
    typer.echo(f"{revision or 'base'}{note}")


@db_app.command()
def history() -> None:
    """List the schema revisions, newest first.

    Example: stancedb db history
    """
    from stancedb.db import migrate

    for revision, down, message in migrate.history():
        typer.echo(f"{down or 'base'} -> {revision}: {message}")
