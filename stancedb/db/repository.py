"""Reads and writes of the stancedb schema: keyword-only functions, session first.

Writes are batched: ``save_analyses`` stores a batch of analysed articles in one
transaction, skipping any article whose text (content hash) is already stored, so
that re-running an ingest, or two ingests at once, store each article exactly once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import delete, insert, or_, select, update
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
    replaced: int = 0  # stored articles analysed again (``--force``)

    def add(self, other: SaveCounts) -> None:
        self.new += other.new
        self.duplicate += other.duplicate
        self.replaced += other.replaced
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
            articles_replaced=counts.replaced,
            articles_failed=failed,
            quotes=counts.quotes,
            stances=counts.stances,
        )
    )
    session.commit()


def add_to_ingest_run(*, session: Session, run_id: int, counts: SaveCounts, failed: int) -> None:
    """Add one batch's counts to its run, in the batch's transaction, so that the
    run row of an ingest that was killed still says what it stored."""
    run = models.IngestRun
    session.execute(
        update(run)
        .where(run.id == run_id)
        .values(
            articles_new=run.articles_new + counts.new,
            articles_duplicate=run.articles_duplicate + counts.duplicate,
            articles_replaced=run.articles_replaced + counts.replaced,
            articles_failed=run.articles_failed + failed,
            quotes=run.quotes + counts.quotes,
            stances=run.stances + counts.stances,
        )
    )


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
    return _ensure_actor_rows(session, [(a.name, a.kind, a.affiliation, a.role) for a in actors])


# An actor as ``save_prepared`` receives it: (name, kind, affiliation, role).
ActorRow = tuple[str, str, str | None, str | None]


def _ensure_actor_rows(session: Session, actors: Iterable[ActorRow]) -> dict[str, int]:
    wanted: dict[str, ActorRow] = {}
    for actor in actors:
        wanted.setdefault(actor[0], actor)
    if not wanted:
        return {}
    joined = _join_surnames(session, [name for name, kind, _, _ in wanted.values()
                                      if kind == "person" and " " not in name.strip()])
    rows = [
        {"name": name, "kind": kind, "affiliation": affiliation, "role": role}
        # Sorted, so that two writers lock rows in the same order and never deadlock.
        for name, kind, affiliation, role in sorted(wanted.values())
        if name not in joined
    ]
    if rows:
        session.execute(
            _insert_ignoring_conflicts(session, models.Actor.__table__, ["name"]), rows
        )
    # Core columns, not ORM attributes: the rows come back without ORM loading.
    actor = models.Actor.__table__.c
    found = session.execute(
        select(actor.name, actor.id).where(actor.name.in_([n for n in wanted if n not in joined]))
    )
    return {**{name: actor_id for name, actor_id in found}, **joined}


def _join_surnames(session: Session, surnames: list[str]) -> dict[str, int]:
    """Surname → id of the only stored person whose full name ends in it."""
    if not surnames:
        return {}
    actor = models.Actor.__table__.c
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


# Column sizes (models.py) that input text can exceed; PostgreSQL refuses longer values.
MAX_URL = 2000
MAX_SOURCE = 200
MAX_ALIAS = 300
# Names kept per kind in an IdCache before it starts again from empty.
ID_CACHE_LIMIT = 100_000


@dataclass(slots=True)
class IdCache:
    """Ids already committed (sources, full-name actors, aliases), so a long ingest
    does not ask the database for them batch after batch.

    Entries learned in a transaction stay pending until ``settle(committed=True)``:
    a batch that rolls back must not leave ids of rows that no longer exist.
    A one-word person name is never cached: which stored person it joins
    (``ensure_actors``) depends on the actors stored so far.
    """

    sources: dict[str, int] = field(default_factory=dict)
    actors: dict[str, int] = field(default_factory=dict)
    aliases: set[str] = field(default_factory=set)
    _pending: list[tuple[str, object, object]] = field(default_factory=list)

    def learn(self, kind: str, key: object, value: object = None) -> None:
        self._pending.append((kind, key, value))

    def settle(self, *, committed: bool) -> None:
        # Bounded, so that a run over millions of articles keeps a flat memory.
        for known in (self.sources, self.actors, self.aliases):
            if len(known) > ID_CACHE_LIMIT:
                known.clear()
        if committed:
            for kind, key, value in self._pending:
                if kind == "source":
                    self.sources[str(key)] = int(value)  # type: ignore[call-overload]
                elif kind == "actor":
                    self.actors[str(key)] = int(value)  # type: ignore[call-overload]
                else:
                    self.aliases.add(str(key))
        self._pending.clear()


def _ensure_sources(session: Session, names: Iterable[str]) -> dict[str, int]:
    """Ids of these outlets by name, creating the missing ones (two statements)."""
    wanted = sorted(set(names))
    if not wanted:
        return {}
    session.execute(_insert_ignoring_conflicts(session, models.Source.__table__, ["name"]),
                    [{"name": n} for n in wanted])
    source = models.Source.__table__.c
    found = session.execute(select(source.name, source.id).where(source.name.in_(wanted)))
    return {name: source_id for name, source_id in found}


def actors_of(analysis: records.Analysis) -> list[records.Actor]:
    """Every actor the analysis refers to, with a fallback record for bare names."""
    known = {a.name: a for a in analysis.actors}
    names = {n for n in analysis.speaker_actors if n}
    names |= {s.holder for s in analysis.stances} | {s.target for s in analysis.stances}
    for name in names:
        known.setdefault(name, records.Actor(name=name, kind="person"))
    return list(known.values())


def known_articles(
    *, session: Session, hashes: Iterable[str], urls: Iterable[str]
) -> tuple[set[str], set[str]]:
    """Which of these content hashes and URLs are stored already (one statement)."""
    hashes, urls = sorted(set(hashes)), sorted(set(urls))
    if not hashes and not urls:
        return set(), set()
    article = models.Article.__table__.c
    rows = session.execute(
        select(article.content_hash, article.url).where(
            or_(article.content_hash.in_(hashes), article.url.in_(urls)))
    ).all()
    hash_set, url_set = set(hashes), set(urls)
    return ({h for h, _ in rows if h in hash_set}, {u for _, u in rows if u in url_set})


def _article_row(
    article: records.Article, digest: str, source_id: int | None, run_id: int | None
) -> dict[str, object]:
    return {
        "external_id": (article.id or None) and article.id[:500],
        "title": article.title,
        # A URL longer than the column is no identity (a cut one could match another).
        "url": article.url if article.url and len(article.url) <= MAX_URL else None,
        "published_at": article.published_at,
        "source_id": source_id,
        "content_hash": digest,
        "text": article.text,
        "ingest_run_id": run_id,
    }


@dataclass(frozen=True, slots=True)
class Prepared:
    """An analysis as the rows ``save_prepared`` inserts, database ids left out.

    Built where the article was analysed (a worker process, in a parallel ingest),
    so that what crosses to the writing process is plain dicts, tuples and strings,
    which pickle several times faster than the records, and the writer has little
    left to do but fill in ids.
    """

    article: records.Article
    actors: tuple[ActorRow, ...]
    aliases: tuple[tuple[str, str], ...]  # (mention, actor name): mentions that name an actor
    quotes: tuple[tuple[dict[str, object], str | None], ...]  # (row, speaker's actor name)
    stances: tuple[tuple[dict[str, object], int | None, str, str], ...]  # (row, quote index, holder, target)


def prepare(analysis: records.Analysis) -> Prepared:
    """The rows of an analysis, ready for ``save_prepared``."""
    actors = actors_of(analysis)
    names = {a.name for a in actors}
    # One alias per mention text, the last one winning, as in a dict of all mentions.
    aliases = {m.text: m.actor for m in analysis.mentions
               if m.actor in names and is_name(m.text) and len(m.text) <= MAX_ALIAS}
    speakers = analysis.speaker_actors or (None,) * len(analysis.quotes)
    return Prepared(
        article=analysis.article,
        actors=tuple((a.name, a.kind, a.affiliation, a.role) for a in actors),
        aliases=tuple(aliases.items()),
        # quote_row with placeholder ids, replaced when the ids are known.
        quotes=tuple((quote_row(q, 0, None), actor)
                     for q, actor in zip(analysis.quotes, speakers, strict=True)),
        stances=tuple((_stance_fields(s), s.quote_index, s.holder, s.target)
                      for s in analysis.stances),
    )


def save_analyses(
    *,
    session: Session,
    analyses: Sequence[records.Analysis],
    run_id: int | None,
    replace: bool = False,
    cache: IdCache | None = None,
) -> SaveCounts:
    """Store a batch of analysed articles in the session's transaction.

    An article whose content hash or URL is already stored (or comes earlier in
    the batch) is counted as a duplicate and nothing of it is written again;
    with ``replace`` the stored article takes the new metadata and its quotes
    and stances are replaced by the new ones. The caller commits. A handful of
    statements per batch, whatever its size: no statement per article.
    """
    return save_prepared(session=session, prepared=[prepare(a) for a in analyses],
                         run_id=run_id, replace=replace, cache=cache)


def save_prepared(
    *,
    session: Session,
    prepared: Sequence[Prepared],
    run_id: int | None,
    replace: bool = False,
    cache: IdCache | None = None,
) -> SaveCounts:
    """``save_analyses`` of analyses already turned into rows (``prepare``)."""
    cache = cache if cache is not None else IdCache()
    counts = SaveCounts()
    batch: list[tuple[Prepared, str]] = []
    seen_hashes: set[str] = set()
    seen_urls: set[str] = set()
    for analysis in prepared:
        digest = content_hash(analysis.article.text)
        url = analysis.article.url
        if digest in seen_hashes or (url and url in seen_urls):
            counts.duplicate += 1
            continue
        seen_hashes.add(digest)
        if url:
            seen_urls.add(url)
        batch.append((analysis, digest))
    if not batch:
        return counts

    source_ids = _source_ids(session, {a.article.source for a, _ in batch if a.article.source},
                             cache)
    fresh: list[tuple[Prepared, int]] = []
    if replace:
        batch, replaced = _replace_stored(session, batch, source_ids, run_id)
        counts.replaced += len(replaced)
        fresh.extend(replaced)
    fresh.extend(_insert_articles(session, batch, source_ids, run_id))
    counts.new += len(fresh) - counts.replaced
    counts.duplicate += len(batch) - (len(fresh) - counts.replaced)
    if not fresh:
        return counts

    actor_ids = _actor_ids(session, [a for analysis, _ in fresh for a in analysis.actors], cache)
    aliases = {text: actor_ids[actor] for analysis, _ in fresh for text, actor in analysis.aliases
               if actor in actor_ids and text not in cache.aliases}
    ensure_aliases(session=session, aliases=aliases.items())
    for alias in aliases:
        cache.learn("alias", alias)
    quote_ids = _save_quotes(session, fresh, actor_ids)
    counts.quotes += sum(len(ids) for ids in quote_ids)
    counts.stances += _save_stances(session, fresh, quote_ids, actor_ids)
    return counts


def _source_ids(session: Session, names: set[str], cache: IdCache) -> dict[str, int]:
    names = {n for n in names if len(n) <= MAX_SOURCE}
    missing = [n for n in names if n not in cache.sources]
    found = _ensure_sources(session, missing)
    for name, source_id in found.items():
        cache.learn("source", name, source_id)
    return {**{n: cache.sources[n] for n in names if n in cache.sources}, **found}


def _actor_ids(session: Session, actors: list[ActorRow], cache: IdCache) -> dict[str, int]:
    known = {a[0]: cache.actors[a[0]] for a in actors if a[0] in cache.actors}
    found = _ensure_actor_rows(session, [a for a in actors if a[0] not in known])
    for name, kind, _, _ in actors:
        # A one-word person name joins whichever stored person has that surname now.
        if name in found and not (kind == "person" and " " not in name.strip()):
            cache.learn("actor", name, found[name])
    return {**known, **found}


def _insert_articles(
    session: Session,
    batch: list[tuple[Prepared, str]],
    source_ids: dict[str, int],
    run_id: int | None,
) -> list[tuple[Prepared, int]]:
    """Insert the articles not stored yet, in one statement; (analysis, id) of those inserted."""
    if not batch:
        return []
    # In input order, so that ids follow the input. Two writers that meet the same
    # articles in another order may deadlock on PostgreSQL: the batch is retried.
    rows = [_article_row(a.article, digest, source_ids.get(a.article.source or ""), run_id)
            for a, digest in batch]
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    # No conflict target: a row that clashes on the content hash or on the URL is skipped.
    stmt = dialect.insert(models.Article.__table__).on_conflict_do_nothing()
    result = session.execute(stmt.returning(models.Article.content_hash, models.Article.id), rows)
    ids = {digest: article_id for digest, article_id in result}
    return [(analysis, ids[digest]) for analysis, digest in batch if digest in ids]


def _replace_stored(
    session: Session,
    batch: list[tuple[Prepared, str]],
    source_ids: dict[str, int],
    run_id: int | None,
) -> tuple[list[tuple[Prepared, str]], list[tuple[Prepared, int]]]:
    """Update the stored articles of the batch (by hash, else URL) and drop their
    quotes and stances; the rest of the batch, and (analysis, id) of those updated."""
    article = models.Article
    hashes = [digest for _, digest in batch]
    urls = [a.article.url for a, _ in batch if a.article.url]
    stored = session.execute(
        select(article.id, article.content_hash, article.url)
        .where(or_(article.content_hash.in_(hashes), article.url.in_(urls)))
        .order_by(article.id)
    ).all()
    by_hash = {h: i for i, h, _ in stored}
    by_url = {u: i for i, _, u in stored if u}
    rest: list[tuple[Prepared, str]] = []
    updated: dict[int, tuple[Prepared, str]] = {}
    for analysis, digest in batch:
        article_id = by_hash.get(digest) or by_url.get(analysis.article.url or "")
        if article_id is None or article_id in updated:
            rest.append((analysis, digest))
        else:
            updated[article_id] = (analysis, digest)
    if not updated:
        return rest, []
    ids = sorted(updated)
    session.execute(delete(models.Stance).where(models.Stance.article_id.in_(ids)))
    session.execute(delete(models.Quote).where(models.Quote.article_id.in_(ids)))
    for article_id in ids:
        analysis, digest = updated[article_id]
        row = _article_row(analysis.article, digest,
                           source_ids.get(analysis.article.source or ""), run_id)
        # A URL stored on another article stays there: keep this article's own.
        if row["url"] and by_url.get(str(row["url"]), article_id) != article_id:
            del row["url"]
        session.execute(update(article).where(article.id == article_id).values(**row))
    return rest, [(updated[i][0], i) for i in ids]


def _save_quotes(
    session: Session, fresh: list[tuple[Prepared, int]], actor_ids: dict[str, int]
) -> list[list[int]]:
    """Insert the quotes of every article in one statement; their ids, article by article."""
    rows = [{**row, "article_id": article_id,
             "speaker_actor_id": actor_ids.get(actor) if actor else None}
            for analysis, article_id in fresh for row, actor in analysis.quotes]
    ids: dict[tuple[int, object, object], int] = {}
    if rows:
        # A plain executemany, then the ids read back through the unique (article,
        # start, end): cheaper than RETURNING, which makes the driver build every row.
        table = models.Quote.__table__
        session.execute(insert(table), rows)
        found = session.execute(
            select(table.c.article_id, table.c.start, table.c.end, table.c.id)
            .where(table.c.article_id.in_(sorted({row["article_id"] for row in rows}))))
        ids = {(a, s, e): i for a, s, e, i in found}
    return [[ids[(article_id, row["start"], row["end"])] for row, _ in analysis.quotes]
            for analysis, article_id in fresh]


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
    fresh: list[tuple[Prepared, int]],
    quote_ids: list[list[int]],
    actor_ids: dict[str, int],
) -> int:
    rows = [_stance_ids(fields, quote_index, holder, target, article_id, ids, actor_ids,
                        analysis.article.published_at)
            for (analysis, article_id), ids in zip(fresh, quote_ids, strict=True)
            for fields, quote_index, holder, target in analysis.stances]
    if rows:
        session.execute(insert(models.Stance.__table__), rows)
    return len(rows)


def stance_row(
    stance: records.Stance,
    article_id: int,
    quote_ids: Sequence[int],
    actor_ids: dict[str, int],
    published_at: dt.date | None,
) -> dict[str, object]:
    """The ``stances`` row of a stance record (shared by ingest and rescore)."""
    return _stance_ids(_stance_fields(stance), stance.quote_index, stance.holder, stance.target,
                       article_id, quote_ids, actor_ids, published_at)


def _stance_fields(stance: records.Stance) -> dict[str, object]:
    """The columns of a stance's row that need no database id."""
    return {
        "statement": stance.statement,
        "score": stance.score,
        "label": stance.label,
        "scorer": stance.scorer,
        "scorer_version": stance.scorer_version,
        "evidence_start": stance.evidence_start,
        "evidence_end": stance.evidence_end,
        "evidence": "; ".join(stance.evidence) or None,
    }


def _stance_ids(
    fields: dict[str, object],
    quote_index: int | None,
    holder: str,
    target: str,
    article_id: int,
    quote_ids: Sequence[int],
    actor_ids: dict[str, int],
    published_at: dt.date | None,
) -> dict[str, object]:
    return {
        "article_id": article_id,
        "quote_id": quote_ids[quote_index] if quote_index is not None else None,
        **fields,
        "holder_actor_id": actor_ids[holder],
        "target_actor_id": actor_ids[target],
        "published_at": published_at,
    }

