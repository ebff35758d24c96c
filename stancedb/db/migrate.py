"""Schema migrations: thin wrappers over Alembic's commands.

The Alembic environment ships inside the package (``stancedb.migrations``), so an
installed stancedb can upgrade a database without the source tree.
"""

from __future__ import annotations

import contextlib
import io
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from stancedb.db.engine import resolve_url
from stancedb.errors import MigrationError
from stancedb.resources import migrations_path

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported by the functions that run migrations, not here: every report command
# checks the schema revision first, and importing Alembic for that took 0.36 s.
VERSION_TABLE = "alembic_version"  # Alembic's default, which migrations/env.py keeps


def alembic_config(url: str | None = None, stdout: io.TextIOBase | None = None) -> Config:
    from alembic.config import Config

    # Alembic's own default is the sys.stdout of the moment alembic.config was first
    # imported, which is lazy now: pass the current one.
    config = Config(stdout=stdout if stdout is not None else sys.stdout)
    config.set_main_option("script_location", str(migrations_path()))
    # ConfigParser treats % as interpolation; URLs may contain %-escapes.
    config.set_main_option("sqlalchemy.url", resolve_url(url).replace("%", "%%"))
    return config


def upgrade(url: str | None = None, revision: str = "head") -> None:
    from alembic import command

    with _revision_errors():
        command.upgrade(alembic_config(url), revision)


def downgrade(url: str | None = None, revision: str = "-1") -> None:
    from alembic import command

    with _revision_errors():
        command.downgrade(alembic_config(url), revision)


@contextlib.contextmanager
def _revision_errors() -> Iterator[None]:
    """Alembic's CommandError (a revision it cannot find or reach) as a MigrationError."""
    from alembic.util import CommandError

    try:
        yield
    except CommandError as exc:
        raise MigrationError(f"{exc} (`stancedb db history` lists the revisions)") from None


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The revision stored in the database (what Alembic's ``MigrationContext`` reads)."""
    with engine.connect() as connection:
        if not inspect(connection).has_table(VERSION_TABLE):
            return None
        return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def history() -> list[tuple[str, str | None, str]]:
    """(revision, down revision, message) from the newest to the oldest."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return [(s.revision, s.down_revision, s.doc) for s in script.walk_revisions()]  # type: ignore[misc]


def ensure_schema(engine: Engine) -> None:
    """Bring a new or older database to head (``ingest`` does this by itself)."""
    if current_revision(engine) != head_revision():
        upgrade(engine.url.render_as_string(hide_password=False))
