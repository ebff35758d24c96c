"""Ingest: read inputs, analyse each article, store the results in batches.

Each batch is one transaction, so an interrupted ingest leaves whole articles or
nothing, and running it again stores what is missing (duplicates are skipped by
content hash).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from sqlalchemy import Engine
from sqlmodel import Session

from stancedb import __version__
from stancedb.db import repository
from stancedb.db.migrate import ensure_schema
from stancedb.io.readers import InputItem, ReadOptions, iter_inputs
from stancedb.pipeline import analyze
from stancedb.records import Analysis

DEFAULT_BATCH_SIZE = 200


@dataclass(slots=True)
class IngestSummary:
    """What one ingest did; ``errors`` are (input, message) pairs."""

    run_id: int | None = None
    counts: repository.SaveCounts = field(default_factory=repository.SaveCounts)
    errors: list[tuple[str, str]] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.errors)


def analyse_items(items: Iterable[InputItem]) -> Iterator[tuple[InputItem, Analysis | None, str | None]]:
    """Run the pipeline on each readable input; a crash is an error for that input only."""
    for item in items:
        if item.article is None:
            yield item, None, item.error
            continue
        try:
            yield item, analyze(item.article), None
        except Exception as exc:  # noqa: BLE001  one article's bug must not stop the run
            yield item, None, f"{item.input}: analysis failed ({type(exc).__name__}: {exc})"


def _reporting(
    results: Iterator[tuple[InputItem, Analysis | None, str | None]],
    on_item: Callable[[InputItem, str | None], None] | None,
) -> Iterator[tuple[InputItem, Analysis | None, str | None]]:
    """Pass results through, telling ``on_item`` about each as soon as it is analysed."""
    for result in results:
        if on_item is not None:
            on_item(result[0], result[2])
        yield result


def ingest(
    paths: Iterable[str],
    *,
    engine: Engine,
    options: ReadOptions | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    on_item: Callable[[InputItem, str | None], None] | None = None,
) -> IngestSummary:
    """Ingest every article under ``paths`` into the database behind ``engine``.

    ``on_item(item, error)`` is called once per input, for progress and messages.
    """
    ensure_schema(engine)
    summary = IngestSummary()
    with Session(engine) as session:
        summary.run_id = repository.start_ingest_run(session=session, package_version=__version__)
    results = _reporting(analyse_items(iter_inputs(paths, options)), on_item)
    while batch := list(islice(results, batch_size)):
        analyses = [analysis for _, analysis, _ in batch if analysis is not None]
        errors = [(item.input, error) for item, _, error in batch if error is not None]
        with Session(engine) as session:
            counts = repository.save_analyses(
                session=session, analyses=analyses, run_id=summary.run_id
            )
            repository.record_errors(session=session, run_id=summary.run_id, errors=errors)
            session.commit()
        summary.counts.add(counts)
        summary.errors.extend(errors)
    with Session(engine) as session:
        repository.finish_ingest_run(
            session=session, run_id=summary.run_id, counts=summary.counts, failed=summary.failed
        )
    return summary
