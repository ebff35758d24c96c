"""Stance changes: per holder → target pair, each period's mean against the previous one.

Periods without observations are gaps, not zeros: the change compares a period
with the previous period that has observations.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

Row = dict[str, Any]


def stance_changes(
    rows: Iterable[Row], *, min_count: int = 1, threshold: float = 0.0
) -> list[Row]:
    """Add ``previous``, ``change`` and ``flagged`` to period rows sorted by pair and period.

    A change is flagged when both periods have at least ``min_count`` observations
    and its size exceeds ``threshold``.
    """
    out: list[Row] = []
    previous: Row | None = None
    for row in rows:
        same_pair = previous is not None and (previous["holder"], previous["target"]) == (
            row["holder"], row["target"])
        change = row["mean"] - previous["mean"] if same_pair and previous else None
        supported = (
            same_pair and previous is not None
            and previous["n"] >= min_count and row["n"] >= min_count
        )
        out.append(
            {
                **row,
                "previous_period": previous["period"] if same_pair and previous else None,
                "previous_mean": previous["mean"] if same_pair and previous else None,
                "previous_n": previous["n"] if same_pair and previous else None,
                "change": change,
                "flagged": bool(supported and change is not None and abs(change) > threshold),
            }
        )
        previous = row
    return out


def ranked(rows: list[Row]) -> list[Row]:
    """Flagged changes first, the largest shift first; then the rest in pair order."""
    flagged = sorted((r for r in rows if r["flagged"]), key=lambda r: -abs(r["change"]))
    return flagged + [r for r in rows if not r["flagged"]]
