"""Reshaping query rows for people: pivots (holders × targets, speakers × periods)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Sequence
from typing import Any

from stancedb.reports.periods import period_label

Row = dict[str, Any]

UNDATED = "undated"


def pivot(
    rows: Sequence[Row], *, index: str, columns: str, value: str,
    label: Callable[[Any], str] = str, sort_columns: Callable[[Any], Any] | None = None,
) -> tuple[list[Row], list[str]]:
    """One row per distinct ``index`` value, one column per distinct ``columns`` value
    (named by ``label``), cells from ``value``; a missing combination is None, not zero.

    Returns the rows and their column names, the index column first. Rows keep the
    order in which their index value first appears.
    """
    keys: dict[Hashable, None] = {}
    table: dict[Hashable, Row] = {}
    for row in rows:
        keys.setdefault(row[columns], None)
        table.setdefault(row[index], {index: row[index]})[label(row[columns])] = row[value]
    ordered = sorted(keys, key=sort_columns) if sort_columns else list(keys)
    names = [label(k) for k in ordered]
    return [{index: r[index], **{n: r.get(n) for n in names}} for r in table.values()], [
        index, *names]


def matrix_pivot(rows: Sequence[Row]) -> tuple[list[Row], list[str]]:
    """Holders as rows, targets as columns, mean stances in the cells (no stance: empty);
    holders and targets in the order of their first (most observed) pair."""
    return pivot(rows, index="holder", columns="target", value="mean")


def speakers_by_period(
    rows: Sequence[Row], *, period: str, limit: int | None = None
) -> tuple[list[Row], list[str]]:
    """The most quoted speakers with their total and one column of counts per period
    (oldest first); a period in which a speaker was not quoted is empty, not 0."""
    totals: dict[str, int] = {}
    for row in rows:
        totals[row["speaker"]] = totals.get(row["speaker"], 0) + row["quotes"]
    top = sorted(totals, key=lambda s: (-totals[s], s))[: limit or None]
    rank = {s: i for i, s in enumerate(top)}
    ordered = sorted((r for r in rows if r["speaker"] in rank), key=lambda r: rank[r["speaker"]])

    def name(start: dt.date | None) -> str:
        return UNDATED if start is None else period_label(start, period)

    table, columns = pivot(ordered, index="speaker", columns="period", value="quotes",
                           label=name, sort_columns=lambda p: (p is None, p))
    for row in table:
        row["quotes"] = totals[row["speaker"]]
    by_speaker = {r["speaker"]: r for r in table}
    return [by_speaker[s] for s in top], ["speaker", "quotes", *columns[1:]]
