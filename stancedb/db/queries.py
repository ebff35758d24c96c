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
    names = list(session.execute(select(models.Actor.name)).scalars())
    aliases = list(session.execute(select(models.ActorAlias.alias)).scalars())
    by_lower = {n.lower(): n for n in aliases + names}
    close = difflib.get_close_matches(name.lower(), list(by_lower), n=3, cutoff=0.6)
    # A surname alone ("Putin") is close to its full name though difflib may miss it.
    close += [k for k in by_lower if name.lower() in k and k not in close][: 3 - len(close)]
    if not close:
        return f"no actor called {name!r}; `stancedb actors` lists them"
    suggestions = ", ".join(repr(by_lower[c]) for c in close)
    return f"no actor called {name!r}; did you mean {suggestions}?"


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
    return [dict(r._mapping) for r in session.execute(query)]


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


def stance_matrix(
    *,
    session: Session,
    since: dt.date | None = None,
    until: dt.date | None = None,
    min_count: int = 1,
) -> list[Row]:
    """Mean stance and number of observations per holder → target pair."""
    holder, target = aliased(models.Actor), aliased(models.Actor)
    n = func.count(models.Stance.id)
    query = (
        select(
            holder.name.label("holder"),
            target.name.label("target"),
            func.avg(models.Stance.score).label("mean"),
            n.label("n"),
            func.sum(case((models.Stance.label == "positive", 1), else_=0)).label("positive"),
            func.sum(case((models.Stance.label == "neutral", 1), else_=0)).label("neutral"),
            func.sum(case((models.Stance.label == "negative", 1), else_=0)).label("negative"),
        )
        .join(holder, holder.id == models.Stance.holder_actor_id)
        .join(target, target.id == models.Stance.target_actor_id)
        .where(*_date_filters(models.Stance.published_at, since, until))
        .group_by(holder.name, target.name)
        .having(n >= min_count)
        .order_by(n.desc(), holder.name, target.name)
    )
    return [dict(r._mapping) for r in session.execute(query)]


def stance_by_period(
    *,
    session: Session,
    period: Period,
    since: dt.date | None = None,
    until: dt.date | None = None,
    holder: str | None = None,
    target: str | None = None,
) -> list[Row]:
    """Mean stance per holder → target pair and period; undated stances are left out."""
    holder_actor, target_actor = aliased(models.Actor), aliased(models.Actor)
    dialect = session.get_bind().dialect.name
    start = period_start(models.Stance.published_at, period, dialect).label("period")
    query = (
        select(
            holder_actor.name.label("holder"),
            target_actor.name.label("target"),
            start,
            func.avg(models.Stance.score).label("mean"),
            func.count(models.Stance.id).label("n"),
        )
        .join(holder_actor, holder_actor.id == models.Stance.holder_actor_id)
        .join(target_actor, target_actor.id == models.Stance.target_actor_id)
        .where(models.Stance.published_at.is_not(None))
        .where(*_date_filters(models.Stance.published_at, since, until))
        .group_by(holder_actor.name, target_actor.name, start)
        .order_by(holder_actor.name, target_actor.name, start)
    )
    if holder:
        query = query.where(models.Stance.holder_actor_id == resolve_actor(
            session=session, name=holder).id)
    if target:
        query = query.where(models.Stance.target_actor_id == resolve_actor(
            session=session, name=target).id)
    rows = []
    for r in session.execute(query):
        row = dict(r._mapping)
        # SQLite returns the period as text; PostgreSQL as a date.
        if isinstance(row["period"], str):
            row["period"] = dt.date.fromisoformat(row["period"])
        rows.append(row)
    return rows


def run_sql(*, session: Session, statement: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Column names and rows of one SQL statement (the engine is read-only)."""
    result = session.execute(text(statement))
    if not result.returns_rows:
        return [], []
    return list(result.keys()), [tuple(r) for r in result]

