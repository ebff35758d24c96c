"""Ingest: read inputs, analyse each article, store the results in batches.

The stages are streamed one into the next, so memory stays flat however many
articles come in:

1. read: ``iter_inputs`` yields articles (or errors) one at a time;
2. screen: one query per batch finds the articles stored already (same content
   hash or URL), which are not analysed again (unless ``force``);
3. analyse: in this process, or in ``workers`` processes, a bounded number of
   chunks in flight, results back in input order;
4. write: a thread of its own stores each batch in one transaction (articles,
   quotes, stances, errors and the run's counts) while the next is analysed, so
   an interrupted ingest leaves whole batches or nothing, and running it again
   stores exactly what is missing.
"""

from __future__ import annotations

import dataclasses
import gc
import multiprocessing
import os
import queue
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import islice
from typing import Self

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlmodel import Session

from stancedb import __version__
from stancedb.actors.gazetteer import Gazetteer
from stancedb.db import repository
from stancedb.db.curation import gazetteer_with_user_fixes
from stancedb.db.engine import make_engine
from stancedb.db.migrate import ensure_schema
from stancedb.errors import StancedbError
from stancedb.io.readers import InputItem, ReadOptions, iter_inputs
from stancedb.pipeline import analyze_or_error, warm_up
from stancedb.records import Analysis, Article

DEFAULT_BATCH_SIZE = 200
# Articles sent to a worker process at once: enough to make the cost of sending
# them small, few enough to keep the workers evenly busy.
CHUNK_SIZE = 16
# Chunks in flight per worker: the bound that keeps memory flat.
CHUNKS_IN_FLIGHT = 4
# Errors an IngestSummary keeps in memory (all are stored in the database).
KEPT_ERRORS = 1000
# Articles a pool of workers analyses before fresh workers take over.
RECYCLE_AFTER = 5000
# Analysed batches waiting for the writer thread.
WRITE_QUEUE = 2
# A batch that fails on a transient database error (deadlock, lock timeout) is retried.
BATCH_ATTEMPTS = 3
_BLANK = Article(text="")


class IngestError(StancedbError):
    """The database refused a batch again and again; the message says why."""


@dataclass(slots=True)
class IngestSummary:
    """What one ingest did; ``errors`` are the first (input, message) pairs.

    Every error is stored in ``ingest_errors``; only the first ``KEPT_ERRORS`` are
    kept here, so that a run over millions of bad inputs keeps a flat memory.
    """

    run_id: int | None = None
    counts: repository.SaveCounts = field(default_factory=repository.SaveCounts)
    errors: list[tuple[str, str]] = field(default_factory=list)
    failed: int = 0
    seconds: float = 0.0  # the whole run
    startup_seconds: float = 0.0  # of which loading the pipeline and preparing the schema

    @property
    def inputs(self) -> int:
        c = self.counts
        return c.new + c.replaced + c.duplicate + self.failed

    @property
    def rate(self) -> float:
        """Inputs per second once started (start-up is a constant, not throughput)."""
        working = self.seconds - self.startup_seconds
        return self.inputs / working if working > 0 else 0.0

    def add_errors(self, errors: list[tuple[str, str]]) -> None:
        self.failed += len(errors)
        self.errors.extend(errors[: max(0, KEPT_ERRORS - len(self.errors))])


@dataclass(frozen=True, slots=True)
class Outcome:
    """One input after analysis: its rows to store, or its error, or that it is stored already."""

    item: InputItem
    prepared: repository.Prepared | None = None
    error: str | None = None
    stored: bool = False


Reporter = Callable[[InputItem, str | None], None]


# The gazetteer with users' actor fixes (`stancedb actors merge`, `actors alias add`),
# set by ``ingest`` before workers fork so that they inherit it; None: the shipped one.
_gazetteer: Gazetteer | None = None


def _analyse_one(article: Article) -> Analysis | str:
    return analyze_or_error(article, gazetteer=_gazetteer)


# --- stage 2: skip what is stored -------------------------------------------------------


def _screen(
    items: Iterator[InputItem], engine: Engine, size: int
) -> Iterator[tuple[InputItem, bool]]:
    """(item, stored already) for each input: one query per ``size`` inputs."""
    while chunk := list(islice(items, size)):
        digests = [repository.content_hash(i.article.text) if i.article else "" for i in chunk]
        with Session(engine) as session:
            hashes, urls = repository.known_articles(
                session=session,
                hashes=[d for d in digests if d],
                urls=[i.article.url for i in chunk if i.article and i.article.url],
            )
        for item, digest in zip(chunk, digests, strict=True):
            article = item.article
            yield item, article is not None and (digest in hashes or (article.url or "") in urls)


# --- stage 3: analysis, here or in worker processes ---------------------------------------


def _analyse_here(screened: Iterable[tuple[InputItem, bool]]) -> Iterator[Outcome]:
    for item, stored in screened:
        yield _outcome(item, stored, None if stored or item.article is None
                       else _prepare_one(item.article))


def _prepare_one(article: Article) -> repository.Prepared | str:
    """The rows of an article's analysis, or the message of its error."""
    result = _analyse_one(article)
    return result if isinstance(result, str) else repository.prepare(result)


def _outcome(item: InputItem, stored: bool, result: repository.Prepared | str | None) -> Outcome:
    if item.article is None:
        return Outcome(item, error=item.error)
    if stored:
        return Outcome(item, stored=True)
    if isinstance(result, str):
        return Outcome(item, error=f"{item.input}: {result}")
    assert result is not None
    # Workers send the rows back without the article text; it is joined here.
    return Outcome(item, prepared=dataclasses.replace(result, article=item.article))


def _analyse_chunk(articles: list[Article]) -> list[repository.Prepared | str]:
    """In a worker: the rows of each analysis, without the article (the parent has
    it), or error messages. Rows, not records: the parent unpickles them several
    times faster, and has less left to do before writing them."""
    results: list[repository.Prepared | str] = []
    for article in articles:
        result = _prepare_one(article)
        results.append(result if isinstance(result, str)
                       else dataclasses.replace(result, article=_BLANK))
    return results


def _worker_start(parent: int) -> None:
    """In a worker: exit when the parent is gone (even killed with SIGKILL)."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


class Workers:
    """Analysis processes, forked (where possible) from a warmed-up parent.

    Start them before opening database connections and before starting threads:
    forked children then inherit the loaded lexicons and nothing else that matters.
    A worker that dies (killed, out of memory) breaks the pool: a new one is started
    and what was lost is analysed again, an article that kills a worker twice
    being an error of its own.
    """

    def __init__(self, count: int) -> None:
        warm_up()
        self.count = count
        self.executor = self._start()
        self.submitted = 0

    def _start(self) -> ProcessPoolExecutor:
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        executor = ProcessPoolExecutor(self.count, mp_context=context,
                                       initializer=_worker_start, initargs=(os.getpid(),))
        # With fork every worker starts at the first submission: make it happen now.
        executor.submit(_analyse_chunk, []).result()
        return executor

    def submit(self, articles: list[Article]) -> Future[list[repository.Prepared | str]]:
        if self.submitted >= RECYCLE_AFTER:
            # Fresh workers, forked from the warm parent in milliseconds: the pipeline's
            # caches grow with what a worker has seen, and this bounds them.
            old, self.executor, self.submitted = self.executor, self._start(), 0
            old.shutdown(wait=False)  # it finishes what it was given, then its workers exit
        self.submitted += len(articles)
        return self.executor.submit(_analyse_chunk, articles)

    def results(self, articles: list[Article], future: Future[list[repository.Prepared | str]]
                ) -> list[repository.Prepared | str]:
        """The results of a submitted chunk, analysed again if its worker died."""
        try:
            return future.result()
        except BrokenProcessPool:
            pass
        self.restart()
        try:
            return self.submit(articles).result()
        except BrokenProcessPool:
            pass
        results: list[repository.Prepared | str] = []
        for article in articles:
            self.restart()
            try:
                results.extend(self.submit([article]).result())
            except BrokenProcessPool:
                results.append("analysis failed (its worker process died)")
        return results

    def restart(self) -> None:
        if getattr(self.executor, "_broken", False):
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = self._start()

    def shutdown(self) -> None:
        self.executor.shutdown(cancel_futures=True)


def _analyse_in(workers: Workers, screened: Iterable[tuple[InputItem, bool]]) -> Iterator[Outcome]:
    """Outcomes in input order, at most ``CHUNKS_IN_FLIGHT`` chunks per worker in flight."""
    pending: deque[tuple[list[tuple[InputItem, bool]], list[Article],
                         Future[list[repository.Prepared | str]] | None]] = deque()
    screened = iter(screened)
    while chunk := list(islice(screened, CHUNK_SIZE)):
        articles = [item.article for item, stored in chunk if item.article and not stored]
        pending.append((chunk, articles, workers.submit(articles) if articles else None))
        if len(pending) >= workers.count * CHUNKS_IN_FLIGHT:
            yield from _collect(workers, *pending.popleft())
    while pending:
        yield from _collect(workers, *pending.popleft())


def _collect(
    workers: Workers,
    chunk: list[tuple[InputItem, bool]],
    articles: list[Article],
    future: Future[list[repository.Prepared | str]] | None,
) -> Iterator[Outcome]:
    results = iter(workers.results(articles, future) if future is not None else [])
    for item, stored in chunk:
        analysed = item.article is not None and not stored
        yield _outcome(item, stored, next(results) if analysed else None)


# --- stage 4: write -----------------------------------------------------------------------


@dataclass(slots=True)
class _Writer:
    """Writes batches of outcomes for one ingest run."""

    engine: Engine
    run_id: int
    force: bool
    cache: repository.IdCache = field(default_factory=repository.IdCache)

    def write(self, batch: list[Outcome]) -> tuple[repository.SaveCounts, list[tuple[str, str]]]:
        """Store one batch in one transaction.

        A transient failure (deadlock, lock timeout, a row another process just
        deleted) is retried; an article the database refuses (a value too long for
        its column, say) becomes an ingest error of its own, the rest being stored.
        """
        try:
            return self._store(batch)
        except (OperationalError, IntegrityError) as exc:
            raise IngestError(f"database error: {_reason(exc)}") from exc
        except DBAPIError as exc:
            if len(batch) > 1:
                counts, errors = repository.SaveCounts(), []
                for outcome in batch:
                    one_counts, one_errors = self.write([outcome])
                    counts.add(one_counts)
                    errors.extend(one_errors)
                return counts, errors
            item = batch[0].item
            return self._store([Outcome(item, error=f"{item.input}: not stored ({_reason(exc)})")])

    def _store(self, batch: list[Outcome]) -> tuple[repository.SaveCounts, list[tuple[str, str]]]:
        prepared = [o.prepared for o in batch if o.prepared is not None]
        errors = [(o.item.input, o.error) for o in batch if o.error is not None]
        stored = sum(1 for o in batch if o.stored)
        for attempt in range(1, BATCH_ATTEMPTS + 1):
            try:
                with Session(self.engine) as session:
                    counts = repository.save_prepared(
                        session=session, prepared=prepared, run_id=self.run_id,
                        replace=self.force, cache=self.cache)
                    counts.duplicate += stored
                    repository.record_errors(session=session, run_id=self.run_id, errors=errors)
                    repository.add_to_ingest_run(session=session, run_id=self.run_id,
                                                 counts=counts, failed=len(errors))
                    session.commit()
                self.cache.settle(committed=True)
                return counts, errors
            except DBAPIError as exc:
                self.cache.settle(committed=False)
                # Ids cached from earlier batches may be gone (another process merged actors).
                self.cache = repository.IdCache()
                transient = isinstance(exc, OperationalError | IntegrityError)
                if not transient or attempt == BATCH_ATTEMPTS:
                    raise
                time.sleep(0.1 * attempt)
        raise AssertionError("unreachable")


class _Background:
    """Writes batches in a thread of its own, in order, while the next ones are analysed.

    A commit waits for the disk (and for other writers' locks) without holding
    the GIL, so the workers need not wait for it. At most ``WRITE_QUEUE`` batches
    wait to be written: memory stays bounded. Leaving the ``with`` block writes
    what is queued and raises the writer's error, if it had one.
    """

    def __init__(self, writer: _Writer, summary: IngestSummary) -> None:
        self.writer = writer
        self.summary = summary
        self.queue: queue.Queue[list[Outcome] | None] = queue.Queue(maxsize=WRITE_QUEUE)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="stancedb-writer", daemon=True)

    def __enter__(self) -> Self:
        self.thread.start()
        return self

    def _run(self) -> None:
        while (batch := self.queue.get()) is not None:
            if self.error is not None:
                continue  # drain, so that put() never blocks for ever
            try:
                counts, errors = self.writer.write(batch)
            except BaseException as exc:  # noqa: BLE001  handed to the main thread
                self.error = exc
                continue
            self.summary.counts.add(counts)
            self.summary.add_errors(errors)

    def put(self, batch: list[Outcome]) -> None:
        if self.error is not None:
            raise self.error
        self.queue.put(batch)

    def __exit__(self, *exc_info: object) -> None:
        self.queue.put(None)
        self.thread.join()
        if self.error is not None and exc_info[0] is None:
            raise self.error


def _reason(exc: DBAPIError) -> str:
    return (str(exc.orig) if exc.orig else str(exc)).strip().splitlines()[0]


def ingest(
    paths: Iterable[str],
    *,
    engine: Engine,
    options: ReadOptions | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    workers: int = 1,
    force: bool = False,
    on_item: Reporter | None = None,
) -> IngestSummary:
    """Ingest every article under ``paths`` into the database behind ``engine``.

    Articles stored already (same text or URL) are skipped without being analysed;
    ``force`` analyses them again and replaces their quotes and stances.
    ``workers`` > 1 analyses in that many processes. ``on_item(item, error)`` is
    called once per input, for progress and messages.
    """
    global _gazetteer
    started = time.perf_counter()
    reader: Engine | None = None
    _gazetteer = gazetteer_with_user_fixes(engine)
    # No connection of the parent's may be shared with forked workers.
    engine.dispose()
    pool = Workers(workers) if workers > 1 else None
    if pool is None:
        warm_up()
    try:
        ensure_schema(engine)
        summary = IngestSummary()
        with Session(engine) as session:
            summary.run_id = repository.start_ingest_run(session=session,
                                                         package_version=__version__)
        summary.startup_seconds = time.perf_counter() - started
        items = iter_inputs(paths, options)
        # Its own read-only engine: on SQLite a plain BEGIN, which reads while the
        # writer thread holds the write lock instead of waiting for it.
        reader = make_engine(engine.url.render_as_string(hide_password=False), read_only=True)
        screened: Iterable[tuple[InputItem, bool]] = (
            ((item, False) for item in items) if force else _screen(items, reader, batch_size))
        outcomes = _analyse_here(screened) if pool is None else _analyse_in(pool, screened)
        reported = _reporting(outcomes, on_item)
        with _Background(_Writer(engine, summary.run_id, force), summary) as writer:
            while batch := list(islice(reported, batch_size)):
                writer.put(batch)
        with Session(engine) as session:
            repository.finish_ingest_run(session=session, run_id=summary.run_id,
                                         counts=summary.counts, failed=summary.failed)
    finally:
        if pool is not None:
            pool.shutdown()
        if reader is not None:
            reader.dispose()
        gc.unfreeze()
    summary.seconds = time.perf_counter() - started
    return summary


def _reporting(outcomes: Iterator[Outcome], on_item: Reporter | None) -> Iterator[Outcome]:
    """Pass outcomes through, telling ``on_item`` about each as soon as it is analysed."""
    for outcome in outcomes:
        if on_item is not None:
            on_item(outcome.item, outcome.error)
        yield outcome
