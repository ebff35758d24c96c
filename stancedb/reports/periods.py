"""Calendar periods of the reports: day, week (ISO, from Monday), month, quarter.

The database computes each stance's period start (``queries.period_start``); these
helpers name periods for people and list the periods between two dates, so that a
chart can show a period without observations as a gap.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

PERIODS: tuple[str, ...] = ("day", "week", "month", "quarter")


def period_label(start: dt.date, period: str) -> str:
    """A short name for the period that begins on ``start``: 2025-01-21, 2025-W04,
    2025-01, 2025-Q1."""
    if period == "day":
        return start.isoformat()
    if period == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    if period == "month":
        return f"{start.year}-{start.month:02d}"
    if period == "quarter":
        return f"{start.year}-Q{(start.month - 1) // 3 + 1}"
    raise ValueError(f"period must be one of {', '.join(PERIODS)}")


def next_period(start: dt.date, period: str) -> dt.date:
    """The start of the period after the one that begins on ``start``."""
    if period == "day":
        return start + dt.timedelta(days=1)
    if period == "week":
        return start + dt.timedelta(days=7)
    months = {"month": 1, "quarter": 3}.get(period)
    if months is None:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}")
    month = start.month - 1 + months
    return dt.date(start.year + month // 12, month % 12 + 1, 1)


def period_range(first: dt.date, last: dt.date, period: str) -> Iterator[dt.date]:
    """Every period start from ``first`` to ``last`` (both period starts), in order."""
    current = first
    while current <= last:
        yield current
        current = next_period(current, period)
