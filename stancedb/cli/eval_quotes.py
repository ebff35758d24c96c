"""``stancedb eval quotes``: score quote extraction against gold JSONL."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from stancedb.cli.common import fail, user_errors
from stancedb.evaluation.gold import GoldFileInvalid, GoldFileMissing
from stancedb.evaluation.quotes import evaluate, format_scores, parse_kinds


def quotes(
    gold: Annotated[Path, typer.Argument(metavar="GOLD", help="Gold JSONL: {id, text, quotes, ignored_quoted_spans}.")],
    predictions: Annotated[
        Path | None, typer.Option("--predictions", help="Also write the predictions here (JSONL).")
    ] = None,
    kinds: Annotated[
        str | None,
        typer.Option("--kinds", help="Score only gold quotes of these kinds (comma list: direct,mixed)."),
    ] = None,
) -> None:
    """Score quote extraction against gold JSONL: exact, overlap, speaker, end-to-end.

    Prints precision, recall and F1 of exact and overlapping spans, speaker accuracy
    and end-to-end F1, in the strict mode of the reference scorer: terms are left
    out of the predictions, every other prediction counts.

    Example: stancedb eval quotes ../shared/data/quotes/polnear/dev.jsonl --predictions out.jsonl
    """
    try:
        with user_errors():  # --predictions in a folder that is not there
            scores = evaluate(gold, predictions, parse_kinds(kinds))
    except (GoldFileMissing, GoldFileInvalid) as exc:
        raise fail(str(exc)) from None
    for line in format_scores(scores):
        typer.echo(line)


if __name__ == "__main__":
    typer.run(quotes)
