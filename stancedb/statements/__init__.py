"""Stances from quotes and from reported speech (indirect statements)."""

# STUB: replaced by the actors/statements work.
from __future__ import annotations

from stancedb.actors import ActorResolution
from stancedb.records import Quote, Stance
from stancedb.stance import Scorer
from stancedb.text import Segmentation


def find_stances(
    text: str,
    quotes: list[Quote],
    resolution: ActorResolution,
    segmentation: Segmentation,
    scorer: Scorer,
) -> list[Stance]:
    return []
