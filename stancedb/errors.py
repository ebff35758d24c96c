"""One exception per user-facing failure, each with a message that says how to fix it."""


class StancedbError(Exception):
    "Base class: the message is shown to the user as a one-line error."


class UnknownActor(StancedbError):
    "No actor has this name or alias."


class UnusableDatabaseUrl(StancedbError):
    "The database URL cannot be parsed, or names a database or driver that is not installed."


class MigrationError(StancedbError):
    "Alembic cannot migrate to the revision asked for (unknown, or not reachable from here)."
