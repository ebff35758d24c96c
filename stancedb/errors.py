"""One exception per user-facing failure, each with a message that says how to fix it."""


class StancedbError(Exception):
    "Base class: the message is shown to the user as a one-line error."


class DatabaseUnavailable(StancedbError):
    "The database URL cannot be opened."


class ReadOnlyViolation(StancedbError):
    "A statement given to `stancedb sql` tried to change the database."


class UnknownActor(StancedbError):
    "No actor has this name or alias."


class InputError(StancedbError):
    "One input (file, record) cannot be read; the run goes on with the others."


class MissingPath(StancedbError):
    "A path given on the command line does not exist."
