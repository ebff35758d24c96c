"""A database's error message is shown on one line, with nothing of it lost."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import DBAPIError

from stancedb.db.engine import error_message


@pytest.mark.parametrize(("driver_says", "shown"), [
    ("UNIQUE constraint failed: articles.url", "UNIQUE constraint failed: articles.url"),
    ('could not create unique index "ix_url"\nDETAIL:  Key (url)=(https://x.org/a) is duplicated.',
     'could not create unique index "ix_url"; DETAIL: Key (url)=(https://x.org/a) is duplicated.'),
    # The statement's echo and its caret mean nothing on one line.
    ("permission denied for schema public\nLINE 2: CREATE TABLE alembic_version (\n          ^",
     "permission denied for schema public"),
    ("port 1 failed: Connection refused\n\tIs the server running on that host?",
     "port 1 failed: Connection refused; Is the server running on that host?"),
    ('FATAL:  database "news" does not exist', 'FATAL: database "news" does not exist'),
])
def test_error_message_is_one_line(driver_says: str, shown: str) -> None:
    assert error_message(DBAPIError("SELECT 1", None, Exception(driver_says))) == shown
