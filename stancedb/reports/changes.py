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
    """Add ``previous_period``, ``previous_mean``, ``previous_n``, ``change`` and ``flagged``
    to period rows sorted by pair and period (the rows are updated and returned).

    A change is flagged when both periods have at least ``min_count`` observations
    and its size exceeds ``threshold``.
    """
    # Rows are updated in place: the period reports pass hundreds of thousands of them.
    out: list[Row] = []
    previous: Row | None = None
    for row in rows:
        if previous is not None and (previous["holder"] != row["holder"]
                                     or previous["target"] != row["target"]):
            previous = None
        if previous is None:
            row.update(previous_period=None, previous_mean=None, previous_n=None, change=None,
                       flagged=False)
        else:
            change = row["mean"] - previous["mean"]
            row.update(previous_period=previous["period"], previous_mean=previous["mean"],
                       previous_n=previous["n"], change=change,
                       flagged=(previous["n"] >= min_count and row["n"] >= min_count
                                and abs(change) > threshold))
        out.append(row)
        previous = row
    return out


def ranked(rows: list[Row]) -> list[Row]:
    """Flagged changes first: the largest shift first, then the best supported (the
    smaller of the two periods' counts); then the rest in pair and period order."""
    flagged = sorted(
        (r for r in rows if r["flagged"]),
        key=lambda r: (-round(abs(r["change"]), 9), -min(r["n"], r["previous_n"]),
                       r["holder"], r["target"], r["period"]),
    )
    return flagged + [r for r in rows if not r["flagged"]]


def flagged_pairs(rows: Iterable[Row]) -> list[tuple[str, str]]:
    """The pairs with at least one flagged change, in the order of their first flag."""
    pairs: dict[tuple[str, str], None] = {}
    for row in rows:
        if row["flagged"]:
            pairs.setdefault((row["holder"], row["target"]), None)
    return list(pairs)
