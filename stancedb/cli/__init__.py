"""The ``stancedb`` command."""

import typer

app = typer.Typer(no_args_is_help=True)


@app.callback()
def root() -> None:
    """stancedb: who said what about whom in the news."""


def main() -> None:
    app()
