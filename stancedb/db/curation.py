"""Users' fixes to actors: merging two actors, adding aliases, and reading them back.

A merge or an alias is stored in ``actor_aliases`` with ``origin`` "merge" or
"user", so that later ingests and ``rescore`` build their gazetteer with them
(:func:`user_overrides`) and keep respecting the fix.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, delete, select, update
from sqlmodel import Session

from stancedb.actors.gazetteer import Gazetteer
from stancedb.db import models
from stancedb.db.queries import resolve_actor
from stancedb.errors import StancedbError


class SameActor(StancedbError):
    "Both names given to `actors merge` are the same actor."


@dataclass(frozen=True, slots=True)
class Overrides:
    """Users' fixes: alias → canonical name, and merged name → surviving name."""

    aliases: dict[str, str]
    merges: dict[str, str]


def merge_actors(*, session: Session, source: str, into: str) -> tuple[str, str]:
    """Merge actor ``source`` into actor ``into``; returns both canonical names.

    Quotes, stances and aliases of ``source`` move to ``into``; a stance that
    would become an actor's stance toward itself is dropped; ``source``'s name
    becomes an alias of ``into``.
    """
    old = resolve_actor(session=session, name=source)
    new = resolve_actor(session=session, name=into)
    if old.id == new.id:
        raise SameActor(f"{source!r} and {into!r} are both {new.name!r}; nothing to merge")
    stance = models.Stance
    session.execute(delete(stance).where(
        ((stance.holder_actor_id == old.id) & (stance.target_actor_id == new.id))
        | ((stance.holder_actor_id == new.id) & (stance.target_actor_id == old.id))
    ))
    session.execute(update(stance).where(stance.holder_actor_id == old.id)
                    .values(holder_actor_id=new.id))
    session.execute(update(stance).where(stance.target_actor_id == old.id)
                    .values(target_actor_id=new.id))
    session.execute(update(models.Quote).where(models.Quote.speaker_actor_id == old.id)
                    .values(speaker_actor_id=new.id))
    session.execute(update(models.ActorAlias).where(models.ActorAlias.actor_id == old.id)
                    .values(actor_id=new.id))
    session.execute(delete(models.ActorAlias).where(models.ActorAlias.alias == old.name))
    session.add(models.ActorAlias(actor_id=new.id, alias=old.name, origin="merge"))
    names = (old.name, new.name)
    session.delete(old)
    session.commit()
    return names


def add_alias(*, session: Session, actor: str, alias: str) -> str:
    """Make ``alias`` name ``actor`` (taking it from any other actor); the canonical name."""
    target = resolve_actor(session=session, name=actor)
    alias = alias.strip()
    if not alias:
        raise StancedbError("the alias is empty")
    existing = session.execute(
        select(models.ActorAlias).where(models.ActorAlias.alias == alias)
    ).scalar_one_or_none()
    if existing is None:
        session.add(models.ActorAlias(actor_id=target.id, alias=alias, origin="user"))
    else:
        existing.actor_id = target.id  # type: ignore[assignment]
        existing.origin = "user"
    session.commit()
    return target.name


def user_overrides(*, session: Session) -> Overrides:
    """The fixes users made, for building the gazetteer of later analyses."""
    rows = session.execute(
        select(models.ActorAlias.alias, models.ActorAlias.origin, models.Actor.name)
        .join(models.Actor, models.Actor.id == models.ActorAlias.actor_id)
        .where(models.ActorAlias.origin.in_(["user", "merge"]))
    )
    aliases: dict[str, str] = {}
    merges: dict[str, str] = {}
    for alias, origin, name in rows:
        (merges if origin == "merge" else aliases)[alias] = name
    return Overrides(aliases=aliases, merges=merges)


def gazetteer_with_user_fixes(engine: Engine) -> Gazetteer | None:
    """The shipped gazetteer with the aliases and merges users stored; None if there are none.

    A database without the schema yet has no fixes.
    """
    from stancedb.db.migrate import current_revision

    if current_revision(engine) is None:
        return None
    with Session(engine) as session:
        overrides = user_overrides(session=session)
    if not overrides.aliases and not overrides.merges:
        return None
    return Gazetteer.default().with_overrides(aliases=overrides.aliases, merges=overrides.merges)
