"""Pure report logic: period names and ranges, changes with gaps, ranking, pivots, sections."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from stancedb.reports.changes import flagged_pairs, ranked, stance_changes
from stancedb.reports.periods import next_period, period_label, period_range
from stancedb.reports.render import TABLE_WIDTH, Format, columns_that_fit, render, render_sections
from stancedb.reports.tables import matrix_pivot, speakers_by_period

D = dt.date


@pytest.mark.parametrize(("start", "period", "label", "following"), [
    (D(2025, 1, 21), "day", "2025-01-21", D(2025, 1, 22)),
    (D(2024, 12, 31), "day", "2024-12-31", D(2025, 1, 1)),
    (D(2024, 12, 30), "week", "2025-W01", D(2025, 1, 6)),  # ISO week 1 of 2025 starts in 2024
    (D(2025, 1, 20), "week", "2025-W04", D(2025, 1, 27)),
    (D(2025, 12, 1), "month", "2025-12", D(2026, 1, 1)),
    (D(2025, 1, 1), "month", "2025-01", D(2025, 2, 1)),
    (D(2025, 10, 1), "quarter", "2025-Q4", D(2026, 1, 1)),
    (D(2025, 4, 1), "quarter", "2025-Q2", D(2025, 7, 1)),
])
def test_period_label_and_next(start: dt.date, period: str, label: str,
                               following: dt.date) -> None:
    assert period_label(start, period) == label
    assert next_period(start, period) == following


def test_period_range_includes_both_ends() -> None:
    assert list(period_range(D(2025, 11, 1), D(2026, 2, 1), "month")) == [
        D(2025, 11, 1), D(2025, 12, 1), D(2026, 1, 1), D(2026, 2, 1)]


def test_unknown_period_is_an_error() -> None:
    with pytest.raises(ValueError, match="period must be one of day, week, month, quarter"):
        period_label(D(2025, 1, 1), "year")


def row(holder: str, target: str, month: int, mean: float, n: int) -> dict:
    return {"holder": holder, "target": target, "period": D(2025, month, 1), "mean": mean, "n": n}


SERIES = [
    row("A", "B", 1, -0.25, 4),
    row("A", "B", 3, 0.5, 4),    # February is a gap: compared with January
    row("A", "B", 4, 0.25, 1),   # too few observations to flag
    row("A", "C", 1, 0.0, 5),
    row("A", "C", 2, 0.5, 9),
    row("C", "B", 2, 1.0, 2),    # a new pair starts without a previous period
]


def test_changes_compare_with_the_previous_observed_period() -> None:
    out = stance_changes(SERIES, min_count=2, threshold=0.3)
    assert [(r["previous_period"], r["change"], r["flagged"]) for r in out] == [
        (None, None, False),
        (D(2025, 1, 1), 0.75, True),
        (D(2025, 3, 1), -0.25, False),
        (None, None, False),
        (D(2025, 1, 1), 0.5, True),
        (None, None, False),
    ]
    assert out[1]["previous_n"] == 4 and out[1]["previous_mean"] == -0.25


@pytest.mark.parametrize(("min_count", "threshold", "flags"), [
    (1, 0.0, [False, True, True, False, True, False]),
    (5, 0.0, [False, False, False, False, True, False]),
    (1, 0.5, [False, True, False, False, False, False]),  # exceeds, not equals
])
def test_flag_needs_support_on_both_sides_and_a_change_above_threshold(
    min_count: int, threshold: float, flags: list[bool]
) -> None:
    out = stance_changes(SERIES, min_count=min_count, threshold=threshold)
    assert [r["flagged"] for r in out] == flags


def test_ranking_puts_largest_then_best_supported_first() -> None:
    rows = [
        row("X", "Y", 1, 0.0, 2), row("X", "Y", 2, 0.5, 2),
        row("P", "Q", 1, 0.0, 9), row("P", "Q", 2, 0.5, 9),
        row("R", "S", 1, 0.0, 3), row("R", "S", 2, -0.75, 3),
    ]
    out = ranked(stance_changes(rows, min_count=1, threshold=0.1))
    assert [(r["holder"], r["change"]) for r in out[:3]] == [("R", -0.75), ("P", 0.5), ("X", 0.5)]
    assert [r["flagged"] for r in out[3:]] == [False, False, False]
    assert flagged_pairs(out) == [("R", "S"), ("P", "Q"), ("X", "Y")]


def test_matrix_pivot_leaves_missing_pairs_empty() -> None:
    rows = [{"holder": "A", "target": "B", "mean": 0.5}, {"holder": "C", "target": "A", "mean": -1.0}]
    table, columns = matrix_pivot(rows)
    assert columns == ["holder", "B", "A"]
    assert table == [{"holder": "A", "B": 0.5, "A": None}, {"holder": "C", "B": None, "A": -1.0}]


def test_speakers_by_period_totals_and_orders() -> None:
    rows = [
        {"speaker": "Ann", "period": D(2025, 2, 1), "quotes": 2},
        {"speaker": "Bob", "period": D(2025, 1, 1), "quotes": 5},
        {"speaker": "Ann", "period": None, "quotes": 1},
        {"speaker": "Cyd", "period": D(2025, 1, 1), "quotes": 1},
        {"speaker": "Ann", "period": D(2025, 1, 1), "quotes": 3},
    ]
    table, columns = speakers_by_period(rows, period="month", limit=2)
    assert columns == ["speaker", "quotes", "2025-01", "2025-02", "undated"]
    assert table == [
        {"speaker": "Ann", "quotes": 6, "2025-01": 3, "2025-02": 2, "undated": 1},
        {"speaker": "Bob", "quotes": 5, "2025-01": 5, "2025-02": None, "undated": None},
    ]


def test_a_wide_table_keeps_its_first_columns_and_the_latest_periods() -> None:
    months = [f"20{y:02d}-{m:02d}" for y in (19, 20) for m in range(1, 13)]
    rows = [{"speaker": "Recep Tayyip Erdogan", "quotes": 24, **dict.fromkeys(months, 1)}]
    columns = ["speaker", "quotes", *months]
    shown = columns_that_fit(rows, columns, keep=2)
    assert shown[:2] == ["speaker", "quotes"]
    assert 2 < len(shown) < len(columns)
    assert shown[2:] == months[-(len(shown) - 2):]  # the latest months, in order
    lines = render(rows, Format.table, shown).splitlines()
    assert max(len(line) for line in lines) <= TABLE_WIDTH
    assert "Recep Tayyip Erdogan" in lines[3]  # no name folded over lines
    assert columns_that_fit(rows, columns[:5], keep=2) == columns[:5]


SECTIONS = [
    ("one", "First part", [{"a": 1, "b": "x"}], ["a", "b"]),
    ("two", "Second part", [{"c": 2.5}], ["c"]),
]


@pytest.mark.parametrize(("fmt", "expected"), [
    (Format.csv, "section,a,b,c\none,1,x,\ntwo,,,2.5\n"),
    (Format.jsonl, '{"section": "one", "a": 1, "b": "x"}\n{"section": "two", "c": 2.5}\n'),
    (Format.markdown, ("# Ann\n\n## First part\n\n| a | b |\n|---|---|\n| 1 | x |\n\n"
                      "## Second part\n\n| c |\n|---|\n| +2.50 |\n")),
])
def test_render_sections(fmt: Format, expected: str) -> None:
    assert render_sections(SECTIONS, fmt, {"name": "Ann"}) == expected


def test_render_sections_json_is_one_object() -> None:
    assert json.loads(render_sections(SECTIONS, Format.json, {"name": "Ann"})) == {
        "name": "Ann", "one": [{"a": 1, "b": "x"}], "two": [{"c": 2.5}]}


def test_a_wide_pivot_keeps_its_first_columns() -> None:
    targets = [f"Target number {i:02d}" for i in range(30)]  # the most observed first
    rows = [{"holder": "Recep Tayyip Erdogan", **dict.fromkeys(targets, -0.25)}]
    shown = columns_that_fit(rows, ["holder", *targets], keep=1, last=False)
    assert 1 < len(shown) < 1 + len(targets)
    assert shown == ["holder", *targets[: len(shown) - 1]]
    assert max(len(line) for line in render(rows, Format.table, shown).splitlines()) <= TABLE_WIDTH
