"""Where the package's shipped data files and migrations are, installed or not."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def seed_path(name: str) -> Path:
    """Path of a data file shipped in ``seeds/`` (reporting verbs, gazetteer, lexicons)."""
    return Path(str(files("stancedb.seeds").joinpath(name)))


def migrations_path() -> Path:
    """Directory of the Alembic environment (``migrations/`` in the source tree)."""
    return Path(str(files("stancedb.migrations")))
