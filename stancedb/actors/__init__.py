"""Actors: the gazetteer, mentions in an article, and their resolution."""

# STUB: replaced by the actors work.
from __future__ import annotations

from dataclasses import dataclass

from stancedb.records import Actor, Mention, Quote
from stancedb.text import Segmentation


@dataclass(frozen=True, slots=True)
class ActorResolution:
    actors: tuple[Actor, ...]
    mentions: tuple[Mention, ...]
    speaker_actors: tuple[str | None, ...]


def resolve_actors(
    text: str, quotes: list[Quote], segmentation: Segmentation, gazetteer: object | None = None
) -> ActorResolution:
    return ActorResolution((), (), tuple(None for _ in quotes))
