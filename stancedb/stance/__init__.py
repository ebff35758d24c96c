"""Stance scorers behind one interface, each with a name and a version.

``get_scorer(name=None)`` gives a scorer (the best one by default);
``available_scorers()`` lists the names. A scorer's ``score(text, target_start,
target_end, holder_start=None, holder_end=None)`` returns a ``StanceScore``:
a score from -1 to 1, a label and the words or rules that drove it. Nothing
here touches the database.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from stancedb.errors import StancedbError
from stancedb.records import StanceScore
from stancedb.stance.targeted import TargetedScorer
from stancedb.stance.textblob_scorer import TextBlobScorer

DEFAULT = "targeted"


class Scorer(Protocol):
    """What every stance scorer offers: a name, a version and ``score``."""

    name: str
    version: str

    def score(
        self,
        text: str,
        target_start: int,
        target_end: int,
        holder_start: int | None = None,
        holder_end: int | None = None,
    ) -> StanceScore:
        """Stance toward ``text[target_start:target_end]`` (held by the holder span if given)."""
        ...


class UnknownScorer(StancedbError, ValueError):
    "No scorer has this name."


_FACTORIES: dict[str, Callable[[], Scorer]] = {
    "targeted": TargetedScorer,
    "textblob": TextBlobScorer,
}
_instances: dict[str, Scorer] = {}


def available_scorers() -> list[str]:
    """Names of the scorers ``get_scorer`` accepts, the default first."""
    return [DEFAULT] + sorted(n for n in _FACTORIES if n != DEFAULT)


def get_scorer(name: str | None = None) -> Scorer:
    """The scorer called ``name`` (the default, best one when None), made once and shared."""
    key = DEFAULT if name is None else name.strip().lower()
    if key not in _FACTORIES:
        raise UnknownScorer(
            f"Unknown scorer {name!r}: choose one of {', '.join(available_scorers())}."
        )
    if key not in _instances:
        _instances[key] = _FACTORIES[key]()
    return _instances[key]


__all__ = [
    "DEFAULT", "Scorer", "StanceScore", "TargetedScorer", "TextBlobScorer", "UnknownScorer",
    "available_scorers", "get_scorer",
]
