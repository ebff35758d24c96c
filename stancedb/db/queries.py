"""Read queries behind the listing and report commands. SQL does the aggregation.

Every function takes the session first and keyword-only filters, and returns
plain dict rows that the renderers print.
"""

from __future__ import annotations

import datetime as dt
import difflib
from typing import Any, Literal

from sqlalchemy import ColumnElement, Date, Integer, String, case, cast, func, literal, select, text
from sqlalchemy.orm import aliased
from sqlmodel import Session

from stancedb.db import models
from stancedb.errors import UnknownActor

Period = Literal["day", "week", "month", "quarter"]
PERIODS: tuple[str, ...] = ("day", "week", "month", "quarter")

Row = dict[str, Any]


def has_articles(*, session: Session) -> bool:
    """Whether any article is stored: a report on an empty database says so."""
    return session.execute(select(models.Article.id).limit(1)).first() is not None


def resolve_actor(*, session: Session, name: str) -> models.Actor:
    """The actor called ``name`` or known by it as an alias (case-insensitive)."""
    wanted = name.strip().lower()
    actor = session.execute(
        select(models.Actor).where(func.lower(models.Actor.name) == wanted)
    ).scalar_one_or_none()
    if actor is None:
        actor = session.execute(
            select(models.Actor)
            .join(models.ActorAlias, models.ActorAlias.actor_id == models.Actor.id)
            .where(func.lower(models.ActorAlias.alias) == wanted)
            .order_by(models.Actor.id)
            .limit(1)
        ).scalar_one_or_none()
    if actor is None:
        raise UnknownActor(_unknown_actor_message(session, name))
    return actor


def _unknown_actor_message(session: Session, name: str) -> str:
    """The error for a name no actor has, suggesting up to three actors by their
    canonical names: those whose name or alias is closest to ``name``."""
    canonical: dict[str, str] = {}
    for actor_name, alias in session.execute(
        select(models.Actor.name, models.ActorAlias.alias)
        .outerjoin(models.ActorAlias, models.ActorAlias.actor_id == models.Actor.id)
    ):
        canonical.setdefault(actor_name.lower(), actor_name)
        if alias:
            canonical.setdefault(alias.lower(), actor_name)
    wanted = name.strip().lower()
    close = difflib.get_close_matches(wanted, list(canonical), n=6, cutoff=0.6)
    # A surname alone ("Putin") is close to its full name though difflib may miss it.
    close += sorted(k for k in canonical if wanted and wanted in k and k not in close)
    suggestions = list(dict.fromkeys(canonical[c] for c in close))[:3]
    if not suggestions:
        return f"no actor called {name!r}; `stancedb actors` lists them"
    return f"no actor called {name!r}; did you mean {', '.join(map(repr, suggestions))}?"


def _date_filters(column: Any, since: dt.date | None, until: dt.date | None) -> list[Any]:
    filters = []
    if since is not None:
        filters.append(column >= since)
    if until is not None:
        filters.append(column <= until)
    return filters


def list_quotes(
    *,
    session: Session,
    speaker: str | None = None,
    target: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    search: str | None = None,
    include_terms: bool = False,
    limit: int | None = None,
) -> list[Row]:
    """Quotes with their speaker and article, newest first."""
    speaker_actor = aliased(models.Actor)
    query = (
        select(
            models.Quote.id,
            models.Article.published_at.label("date"),
            func.coalesce(speaker_actor.name, models.Quote.speaker).label("speaker"),
            models.Quote.kind,
            models.Quote.text,
            models.Article.id.label("article_id"),
            models.Article.title.label("article"),
            models.Quote.start,
            models.Quote.end,
        )
        .join(models.Article, models.Article.id == models.Quote.article_id)
        .outerjoin(speaker_actor, speaker_actor.id == models.Quote.speaker_actor_id)
    )
    if not include_terms:
        query = query.where(models.Quote.kind != "term")
    if speaker:
        actor = resolve_actor(session=session, name=speaker)
        query = query.where(models.Quote.speaker_actor_id == actor.id)
        if (since or until) and _fewer_articles_than_quotes(session, actor.id, since, until):
            # A much-quoted speaker in a short period: walking the period's articles
            # and probing the (speaker, article) index beats checking the date of every
            # article the speaker was ever quoted in. Same rows either way.
            in_period = select(models.Article.id).where(
                *_date_filters(models.Article.published_at, since, until))
            query = query.where(models.Quote.article_id.in_(in_period))
    if target:
        actor = resolve_actor(session=session, name=target)
        about = select(models.Stance.quote_id).where(models.Stance.target_actor_id == actor.id)
        query = query.where(models.Quote.id.in_(about))
    if search:
        query = query.where(func.lower(models.Quote.text).contains(search.lower()))
    query = query.where(*_date_filters(models.Article.published_at, since, until))
    query = query.order_by(models.Article.published_at.desc().nulls_last(), models.Quote.id)
    if limit:
        query = query.limit(limit)
    return _dicts(session, query)


def _tuples(session: Session, query: Any) -> list[Any]:
    """All rows of ``query`` as plain tuples, straight from the driver's cursor.

    The period reports return hundreds of thousands of rows, and SQLAlchemy's Row
    objects cost a third as much as the query itself. The parameters are rendered
    into the SQL, so this is only for queries whose parameters are ids, numbers,
    dates and fixed strings, never text a user typed.
    """
    connection = session.connection()
    sql = str(query.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True}))
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql)
        return cursor.fetchall()
    finally:
        cursor.close()


def _dicts(session: Session, query: Any) -> list[Row]:
    """The rows of ``query`` as dicts; keys are zipped in (a Row's own conversion costs
    more than the query on a large speaker's quotes)."""
    result = session.connection().execute(query)
    keys = list(result.keys())
    return [dict(zip(keys, r, strict=True)) for r in result.fetchall()]


def _fewer_articles_than_quotes(session: Session, speaker_id: int, since: dt.date | None,
                                until: dt.date | None) -> bool:
    """Whether the period has fewer articles than the speaker has quotes (both counts
    come from an index alone)."""
    quotes = session.execute(select(func.count()).where(
        models.Quote.speaker_actor_id == speaker_id)).scalar_one()
    articles = session.execute(select(func.count()).select_from(models.Article).where(
        *_date_filters(models.Article.published_at, since, until))).scalar_one()
    return articles < quotes


def list_actors(*, session: Session, limit: int | None = None) -> list[Row]:
    """Actors with their aliases, quote counts and stance counts, most quoted first."""
    quotes = (
        select(func.count()).where(models.Quote.speaker_actor_id == models.Actor.id)
        .scalar_subquery()
    )
    held = (
        select(func.count()).where(models.Stance.holder_actor_id == models.Actor.id)
        .scalar_subquery()
    )
    targeted = (
        select(func.count()).where(models.Stance.target_actor_id == models.Actor.id)
        .scalar_subquery()
    )
    query = select(
        models.Actor.id,
        models.Actor.name,
        models.Actor.kind,
        models.Actor.affiliation,
        quotes.label("quotes"),
        held.label("stances_held"),
        targeted.label("stances_received"),
    ).order_by(quotes.desc(), held.desc(), models.Actor.name)
    if limit:
        query = query.limit(limit)
    rows = [dict(r._mapping) for r in session.execute(query)]
    aliases: dict[int, list[str]] = {}
    for actor_id, alias in session.execute(
        select(models.ActorAlias.actor_id, models.ActorAlias.alias).order_by(models.ActorAlias.alias)
    ):
        aliases.setdefault(actor_id, []).append(alias)
    for row in rows:
        row["aliases"] = ", ".join(a for a in aliases.get(row["id"], []) if a != row["name"])
    return rows


def period_start(column: Any, period: Period, dialect: str) -> ColumnElement[Any]:
    """The first day of the period that contains ``column`` (a date), in SQL.

    Weeks start on Monday (ISO). The result is a date on both SQLite and PostgreSQL.
    """
    if period not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}")
    if dialect == "postgresql":
        return cast(func.date_trunc(period, column), Date)
    if period == "day":
        return func.date(column)
    if period == "week":
        # 'weekday 0' moves forward to Sunday; six days back is that week's Monday.
        return func.date(column, "weekday 0", "-6 days")
    if period == "month":
        return func.date(column, "start of month")
    month = cast(func.strftime("%m", column), Integer)
    back = literal("-") + cast((month - 1) % 3, String) + literal(" months")
    return func.date(column, "start of month", back)


def _actor_names(session: Session) -> dict[int, str]:
    return dict(tuple(r) for r in session.execute(select(models.Actor.id, models.Actor.name)))


def _as_date(value: Any) -> dt.date | None:
    # SQLite returns computed dates as text; PostgreSQL as dates.
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def _label_counts() -> list[Any]:
    return [
        func.sum(case((models.Stance.label == label, 1), else_=0)).label(label)
        for label in ("positive", "neutral", "negative")
    ]


def stance_matrix(
    *,
    session: Session,
    since: dt.date | None = None,
    until: dt.date | None = None,
    min_count: int = 1,
) -> list[Row]:
    """Mean stance and number of observations per holder → target pair, most observed first."""
    stance = models.Stance
    n = func.count()
    # Grouping by ids reads only the covering pair index; names are joined afterwards.
    query = (
        select(
            stance.holder_actor_id, stance.target_actor_id,
            func.avg(stance.score).label("mean"), n.label("n"), *_label_counts(),
        )
        .where(*_date_filters(stance.published_at, since, until))
        .group_by(stance.holder_actor_id, stance.target_actor_id)
        .having(n >= min_count)
    )
    names = _actor_names(session)
    rows = [
        {"holder": names[h], "target": names[t], "mean": mean, "n": n, "positive": positive,
         "neutral": neutral, "negative": negative}
        for h, t, mean, n, positive, neutral, negative in _tuples(session, query)
    ]
    rows.sort(key=lambda r: (-r["n"], r["holder"], r["target"]))
    return rows


def stance_by_period(
    *,
    session: Session,
    period: Period,
    since: dt.date | None = None,
    until: dt.date | None = None,
    holder: str | None = None,
    target: str | None = None,
) -> list[Row]:
    """Mean stance per holder → target pair and period, sorted by pair then period.

    Undated stances are left out; periods without stances have no row (gaps, not zeros).
    """
    stance = models.Stance
    dialect = session.get_bind().dialect.name
    start = period_start(stance.published_at, period, dialect)
    query = (
        select(
            stance.holder_actor_id, stance.target_actor_id, start.label("period"),
            func.avg(stance.score).label("mean"), func.count().label("n"),
        )
        .where(stance.published_at.is_not(None))
        .where(*_date_filters(stance.published_at, since, until))
        .group_by(stance.holder_actor_id, stance.target_actor_id, start)
        # SQLite's GROUP BY already sorts this way, so the ORDER BY costs it nothing.
        .order_by(stance.holder_actor_id, stance.target_actor_id, start)
    )
    if holder:
        query = query.where(stance.holder_actor_id == resolve_actor(
            session=session, name=holder).id)
    if target:
        query = query.where(stance.target_actor_id == resolve_actor(
            session=session, name=target).id)
    names = _actor_names(session)
    dates: dict[Any, dt.date | None] = {}  # few distinct periods: convert each once
    blocks: list[tuple[str, str, list[Row]]] = []
    block: list[Row] = []
    last_h = last_t = None
    for h, t, p, mean, n in _tuples(session, query):
        if h != last_h or t != last_t:
            last_h, last_t, block = h, t, []
            blocks.append((names[h], names[t], block))
        if p not in dates:
            dates[p] = _as_date(p)
        block.append({"holder": names[h], "target": names[t], "period": dates[p], "mean": mean,
                      "n": n})
    # Pairs come in id order; sorting the pairs by name, not the rows, keeps this cheap.
    blocks.sort(key=lambda b: (b[0], b[1]))
    return [row for _h, _t, pair_rows in blocks for row in pair_rows]


def speaker_counts(
    *,
    session: Session,
    period: Period,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> list[Row]:
    """Quotes per resolved speaker and period (scare quotes and titles left out).

    Undated articles count under the period ``None``.
    """
    quote, article = models.Quote, models.Article
    dialect = session.get_bind().dialect.name
    start = period_start(article.published_at, period, dialect)
    query = (
        select(quote.speaker_actor_id, start.label("period"), func.count().label("quotes"))
        .join(article, article.id == quote.article_id)
        .where(quote.speaker_actor_id.is_not(None), quote.kind != "term")
        .where(*_date_filters(article.published_at, since, until))
        .group_by(quote.speaker_actor_id, start)
    )
    names = _actor_names(session)
    return [
        {"speaker": names[a], "period": _as_date(p), "quotes": n}
        for a, p, n in _tuples(session, query)
    ]


Direction = Literal["said", "received"]


def _direction_columns(direction: Direction) -> tuple[Any, Any]:
    """(the actor's own column, the other actor's column) for one direction."""
    stance = models.Stance
    if direction == "said":
        return stance.holder_actor_id, stance.target_actor_id
    return stance.target_actor_id, stance.holder_actor_id


def actor_pairs(
    *,
    session: Session,
    actor_id: int,
    direction: Direction,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> list[Row]:
    """Stances of an actor toward each other actor ("said"), or of the others toward it
    ("received"): mean, count, labels and date range per other actor, most observed first."""
    stance = models.Stance
    own, other = _direction_columns(direction)
    query = (
        select(
            other.label("other_id"), func.avg(stance.score).label("mean"),
            func.count().label("n"), *_label_counts(),
            func.min(stance.published_at).label("first"),
            func.max(stance.published_at).label("last"),
        )
        .where(own == actor_id, other != actor_id)
        .where(*_date_filters(stance.published_at, since, until))
        .group_by(other)
    )
    names = _actor_names(session)
    rows = []
    for r in session.execute(query):
        row = dict(r._mapping)
        row["actor"] = names[row.pop("other_id")]
        row["first"], row["last"] = _as_date(row["first"]), _as_date(row["last"])
        rows.append(row)
    rows.sort(key=lambda r: (-r["n"], r["actor"]))
    return rows


def actor_examples(
    *,
    session: Session,
    actor_id: int,
    direction: Direction,
    per_actor: int = 2,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> list[Row]:
    """Up to ``per_actor`` example statements per other actor, the strongest first
    (then the newest), with the article they come from and their character offsets.

    ``start``/``end`` are the quote's offsets into the article text, or the
    evidence's for an indirect statement; ``text`` is the article's text there (a
    stance's ``evidence`` column holds the scorer's terms, no article text).
    """
    stance, quote, article = models.Stance, models.Quote, models.Article
    holder, target = aliased(models.Actor), aliased(models.Actor)
    own, other = _direction_columns(direction)
    rank = func.row_number().over(
        partition_by=other,
        order_by=(func.abs(stance.score).desc(), stance.published_at.desc().nulls_last(),
                  stance.id),
    ).label("rank")
    ranked = (
        select(stance.id.label("stance_id"), rank)
        .where(own == actor_id, other != actor_id)
        .where(*_date_filters(stance.published_at, since, until))
        .subquery()
    )
    query = (
        select(
            holder.name.label("holder"), target.name.label("target"),
            stance.published_at.label("date"), stance.score, stance.label,
            func.coalesce(
                quote.text,
                # SQL strings count from 1 (SQLite and PostgreSQL alike)
                func.substr(article.text, stance.evidence_start + 1,
                            stance.evidence_end - stance.evidence_start),
            ).label("text"),
            article.id.label("article_id"), article.title.label("article"),
            article.url,
            func.coalesce(quote.start, stance.evidence_start).label("start"),
            func.coalesce(quote.end, stance.evidence_end).label("end"),
        )
        .join(ranked, ranked.c.stance_id == stance.id)
        .join(holder, holder.id == stance.holder_actor_id)
        .join(target, target.id == stance.target_actor_id)
        .join(article, article.id == stance.article_id)
        .outerjoin(quote, quote.id == stance.quote_id)
        .where(ranked.c.rank <= per_actor)
        .order_by(
            (target.name if direction == "said" else holder.name), ranked.c.rank,
        )
    )
    return _dicts(session, query)


def run_sql(*, session: Session, statement: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Column names and rows of one SQL statement (the engine is read-only)."""
    result = session.execute(text(statement))
    if not result.returns_rows:
        return [], []
    return list(result.keys()), [tuple(r) for r in result]

