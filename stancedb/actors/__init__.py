"""Actors: the gazetteer, mentions in an article, and their resolution.

``resolve_actors(text, quotes, segmentation, gazetteer=None)`` is the pipeline
stage; :class:`Gazetteer` is the alias list (``Gazetteer.default()`` is the
shipped one; ``with_overrides`` layers users' aliases and merges on top).
"""

from __future__ import annotations

from stancedb.actors.gazetteer import Gazetteer, GazetteerRow
from stancedb.actors.resolve import ActorResolution, resolve_actors

__all__ = ["ActorResolution", "Gazetteer", "GazetteerRow", "resolve_actors"]
