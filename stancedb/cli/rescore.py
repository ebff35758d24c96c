"""``stancedb rescore``: recompute stored stances without re-ingesting."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from stancedb.cli.common import engine, fail, reading_engine, user_errors
from stancedb.stance import get_scorer


def rescore(
    scorer: Annotated[str | None, typer.Option(help="Scorer name (default: the best one).")] = None,
) -> None:
    """Recompute the stances of every stored article with the current scorer and actor fixes.

    Speakers are resolved again with the aliases and merges made with
    `stancedb actors`; the stored article texts are analysed again, nothing
    is read from the inputs.

    Example: stancedb rescore --scorer textblob
    """
    from stancedb.rescore import count_articles
    from stancedb.rescore import rescore as run_rescore

    reading_engine()
    try:
        chosen = get_scorer(scorer)
    except (KeyError, ValueError) as exc:
        # The scorer registry's message names the valid scorers.
        raise fail(str(exc).strip("'\"")) from None
    eng = engine()
    err = Console(stderr=True)
    progress = Progress(TextColumn("rescore"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), console=err, transient=True,
                        disable=not err.is_terminal)
    with progress, user_errors():
        task = progress.add_task("rescore", total=count_articles(eng))
        summary = run_rescore(engine=eng, scorer=chosen,
                              on_article=lambda: progress.advance(task))
    typer.echo(f"Rescored {summary.articles} article(s) with {chosen.name} {chosen.version}: "
               f"{summary.stances} stance(s), {summary.quotes_added} new quote(s).")
