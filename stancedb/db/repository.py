"""Reads and writes of the stancedb schema: keyword-only functions, session first.

Writes are batched: ``save_analyses`` stores a batch of analysed articles in one
transaction, skipping any article whose text (content hash) is already stored, so
that re-running an ingest, or two ingests at once, store each article exactly once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, insert, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session

from stancedb import records
from stancedb.db import models


def content_hash(text: str) -> str:
    """The identity of an article: the SHA-256 of its exact text."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(slots=True)
class SaveCounts:
    new: int = 0
    duplicate: int = 0
    quotes: int = 0
    stances: int = 0

    def add(self, other: SaveCounts) -> None:
        self.new += other.new
        self.duplicate += other.duplicate
        self.quotes += other.quotes
        self.stances += other.stances


def _insert_ignoring_conflicts(session: Session, table, index_elements: list[str]):  # type: ignore[no-untyped-def]
    """``INSERT ... ON CONFLICT DO NOTHING`` in the session's dialect."""
    dialect = session.get_bind().dialect.name
    module = postgresql if dialect == "postgresql" else sqlite
    return module.insert(table).on_conflict_do_nothing(index_elements=index_elements)


# --- ingest runs and errors -------------------------------------------------------------


def start_ingest_run(*, session: Session, package_version: str) -> int:
    run = models.IngestRun(package_version=package_version)
    session.add(run)
    session.commit()
    assert run.id is not None
    return run.id


def finish_ingest_run(
    *, session: Session, run_id: int, counts: SaveCounts, failed: int
) -> None:
    session.execute(
        update(models.IngestRun)
        .where(models.IngestRun.id == run_id)
        .values(
            finished_at=models.utcnow(),
            articles_new=counts.new,
            articles_duplicate=counts.duplicate,
            articles_failed=failed,
            quotes=counts.quotes,
            stances=counts.stances,
        )
    )
    session.commit()


def record_errors(*, session: Session, run_id: int | None, errors: Iterable[tuple[str, str]]) -> None:
    """Store (input, message) pairs for inputs that could not be ingested."""
    rows = [{"ingest_run_id": run_id, "input": i, "message": m} for i, m in errors]
    if rows:
        session.execute(insert(models.IngestError), rows)


# --- actors ------------------------------------------------------------------------------


def ensure_actors(
    *, session: Session, actors: Iterable[records.Actor]
) -> dict[str, int]:
    """Ids of these actors by canonical name, creating the ones not stored yet.

    A person known in an article only by a surname ("Holloway") joins the one
    stored person with that surname ("Jane Holloway") when there is exactly one.
    """
    wanted: dict[str, records.Actor] = {}
    for actor in actors:
        wanted.setdefault(actor.name, actor)
    if not wanted:
        return {}
    joined = _join_surnames(session, [a.name for a in wanted.values()
                                      if a.kind == "person" and " " not in a.name.strip()])
    rows = [
        {"name": a.name, "kind": a.kind, "affiliation": a.affiliation, "role": a.role}
        # Sorted, so that two writers lock rows in the same order and never deadlock.
        for a in sorted(wanted.values(), key=lambda a: a.name)
        if a.name not in joined
    ]
    if rows:
        session.execute(
            _insert_ignoring_conflicts(session, models.Actor.__table__, ["name"]), rows
        )
    found = session.execute(
        select(models.Actor.name, models.Actor.id).where(
            models.Actor.name.in_([n for n in wanted if n not in joined]))
    )
    return {**{name: actor_id for name, actor_id in found}, **joined}


def _join_surnames(session: Session, surnames: list[str]) -> dict[str, int]:
    """Surname → id of the only stored person whose full name ends in it."""
    if not surnames:
        return {}
    actor = models.Actor
    candidates = session.execute(
        select(actor.name, actor.id).where(
            actor.kind == "person",
            or_(*[actor.name.like(f"% {s}") for s in surnames]),
        )
    ).all()
    matches: dict[str, list[int]] = {}
    for name, actor_id in candidates:
        matches.setdefault(name.rsplit(" ", 1)[-1], []).append(actor_id)
    return {s: ids[0] for s in surnames if len(ids := matches.get(s, [])) == 1}


def ensure_aliases(
    *, session: Session, aliases: Iterable[tuple[str, int]], origin: str = "article"
) -> None:
    """Link alias → actor id where the alias is not linked to any actor yet."""
    rows = [{"alias": a, "actor_id": i, "origin": origin}
            for a, i in sorted(dict(aliases).items())]
    if rows:
        session.execute(
            _insert_ignoring_conflicts(session, models.ActorAlias.__table__, ["alias"]), rows
        )


# Mentions that refer to an actor in one article but name nobody across articles.
_NOT_NAMES = frozenset(
    ["he", "she", "they", "we", "i", "it", "his", "her", "their", "our", "its", "him", "them", "us", "you", "who", "this", "that"]
)


def is_name(mention: str) -> bool:
    """Whether a mention can serve as an alias across articles ("Putin", not "he")."""
    mention = mention.strip()
    return bool(mention) and mention[0].isupper() and mention.lower() not in _NOT_NAMES


# --- articles and what was found in them ----------------------------------------------


def get_or_create_source(*, session: Session, name: str | None, cache: dict[str, int]) -> int | None:
    if not name:
        return None
    if name not in cache:
        session.execute(
            _insert_ignoring_conflicts(session, models.Source.__table__, ["name"]), [{"name": name}]
        )
        cache[name] = session.execute(
            select(models.Source.id).where(models.Source.name == name)
        ).scalar_one()
    return cache[name]


def actors_of(analysis: records.Analysis) -> list[records.Actor]:
    """Every actor the analysis refers to, with a fallback record for bare names."""
    known = {a.name: a for a in analysis.actors}
    names = {n for n in analysis.speaker_actors if n}
    names |= {s.holder for s in analysis.stances} | {s.target for s in analysis.stances}
    for name in names:
        known.setdefault(name, records.Actor(name=name, kind="person"))
    return list(known.values())


def save_analyses(
    *, session: Session, analyses: Sequence[records.Analysis], run_id: int | None
) -> SaveCounts:
    """Store a batch of analysed articles in the session's transaction.

    An article whose content hash is already stored is counted as a duplicate and
    nothing of it is written again. The caller commits.
    """
    counts = SaveCounts()
    source_ids: dict[str, int] = {}
    fresh: list[tuple[records.Analysis, int]] = []
    for analysis in analyses:
        article = analysis.article
        source_id = get_or_create_source(session=session, name=article.source, cache=source_ids)
        row = {
            "external_id": article.id or None,
            "title": article.title,
            "url": article.url,
            "published_at": article.published_at,
            "source_id": source_id,
            "content_hash": content_hash(article.text),
            "text": article.text,
            "ingest_run_id": run_id,
        }
        stmt = _insert_ignoring_conflicts(session, models.Article.__table__, ["content_hash"])
        article_id = session.execute(stmt.returning(models.Article.id), [row]).scalar()
        if article_id is None:
            counts.duplicate += 1
        else:
            counts.new += 1
            fresh.append((analysis, article_id))

    actor_ids = ensure_actors(
        session=session, actors=[a for analysis, _ in fresh for a in actors_of(analysis)]
    )
    ensure_aliases(
        session=session,
        aliases=[
            (m.text, actor_ids[m.actor])
            for analysis, _ in fresh
            for m in analysis.mentions
            if m.actor in actor_ids and is_name(m.text)
        ],
    )
    for analysis, article_id in fresh:
        quote_ids = _save_quotes(session, analysis, article_id, actor_ids)
        counts.quotes += len(quote_ids)
        counts.stances += _save_stances(session, analysis, article_id, quote_ids, actor_ids)
    return counts


def _save_quotes(
    session: Session, analysis: records.Analysis, article_id: int, actor_ids: dict[str, int]
) -> list[int]:
    if not analysis.quotes:
        return []
    speakers = analysis.speaker_actors or (None,) * len(analysis.quotes)
    rows = [
        quote_row(q, article_id, actor_ids.get(actor) if actor else None)
        for q, actor in zip(analysis.quotes, speakers, strict=True)
    ]
    result = session.execute(
        insert(models.Quote).returning(models.Quote.id, sort_by_parameter_order=True), rows
    )
    return list(result.scalars())


def quote_row(quote: records.Quote, article_id: int, speaker_actor_id: int | None) -> dict[str, object]:
    """The ``quotes`` row of a quote record (shared by ingest and rescore)."""
    return {
        "article_id": article_id,
        "start": quote.start,
        "end": quote.end,
        "text": quote.text,
        "kind": quote.kind,
        "speaker": quote.speaker,
        "speaker_start": quote.speaker_start,
        "speaker_end": quote.speaker_end,
        "cue": quote.cue,
        "cue_start": quote.cue_start,
        "cue_end": quote.cue_end,
        "speaker_actor_id": speaker_actor_id,
        "rule": quote.rule,
        "confidence": quote.confidence,
    }


def _save_stances(
    session: Session,
    analysis: records.Analysis,
    article_id: int,
    quote_ids: list[int],
    actor_ids: dict[str, int],
) -> int:
    rows = [stance_row(s, article_id, quote_ids, actor_ids, analysis.article.published_at)
            for s in analysis.stances]
    if rows:
        session.execute(insert(models.Stance), rows)
    return len(rows)


def stance_row(
    stance: records.Stance,
    article_id: int,
    quote_ids: Sequence[int],
    actor_ids: dict[str, int],
    published_at: dt.date | None,
) -> dict[str, object]:
    """The ``stances`` row of a stance record (shared by ingest and rescore)."""
    return {
        "article_id": article_id,
        "quote_id": quote_ids[stance.quote_index] if stance.quote_index is not None else None,
        "statement": stance.statement,
        "holder_actor_id": actor_ids[stance.holder],
        "target_actor_id": actor_ids[stance.target],
        "score": stance.score,
        "label": stance.label,
        "scorer": stance.scorer,
        "scorer_version": stance.scorer_version,
        "evidence_start": stance.evidence_start,
        "evidence_end": stance.evidence_end,
        "evidence": "; ".join(stance.evidence) or None,
        "published_at": published_at,
    }


# --- reads ----------------------------------------------------------------------------


def count_rows(*, session: Session, model: type) -> int:
    return session.execute(select(func.count()).select_from(model)).scalar_one()
