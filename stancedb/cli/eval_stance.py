"""``stancedb eval stance``: score a stance scorer against gold JSONL."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from stancedb.cli.common import fail, user_errors
from stancedb.evaluation.gold import GoldFileInvalid, GoldFileMissing
from stancedb.evaluation.stance import evaluate, format_scores
from stancedb.stance import DEFAULT, UnknownScorer, available_scorers, get_scorer


def stance(
    gold: Annotated[
        Path, typer.Argument(metavar="GOLD", help="Gold JSONL: {id, text, target_start, target_end, label[, holder_start, holder_end]}.")
    ],
    scorer: Annotated[
        str | None,
        typer.Option(help=f"Scorer: {', '.join(available_scorers())} (default {DEFAULT})."),
    ] = None,
    predictions: Annotated[
        Path | None,
        typer.Option("--predictions", help="Also write the predictions here ({id, label, score} JSONL)."),
    ] = None,
) -> None:
    """Score a stance scorer against gold JSONL: macro-F1, accuracy, per-class F1.

    Scores each gold example's target (holder → target where the gold names a
    holder) and prints macro-F1, accuracy, F1 over positive/negative and per-class
    F1, with the definitions of the reference scorer score_stance.py.

    Example: stancedb eval stance ../shared/data/stance/newsmtsc-rw/dev.jsonl --scorer textblob
    """
    try:
        chosen = get_scorer(scorer)
        with user_errors():  # --predictions in a folder that is not there
            scores = evaluate(gold, chosen, predictions)
    except (GoldFileMissing, GoldFileInvalid, UnknownScorer) as exc:
        raise fail(str(exc)) from None
    typer.echo(f"scorer      {chosen.name} {chosen.version}")
    for line in format_scores(scores):
        typer.echo(line)


if __name__ == "__main__":
    typer.run(stance)
