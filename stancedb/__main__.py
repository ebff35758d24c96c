"""``python -m stancedb``: the same as the ``stancedb`` command."""

from stancedb.cli import main

main()
