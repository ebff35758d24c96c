"""Aggregation in SQL gives the same periods and means on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Date, literal, select
from sqlmodel import Session

from stancedb.db import queries
from stancedb.db.engine import make_engine
from stancedb.errors import UnknownActor

D = dt.date
TRICKY = [D(2024, 2, 29), D(2024, 12, 29), D(2024, 12, 30), D(2025, 1, 5), D(2025, 3, 31),
          D(2025, 4, 1), D(2025, 9, 30), D(2025, 12, 31)]


def expected_start(day: dt.date, period: str) -> dt.date:
    if period == "day":
        return day
    if period == "week":
        return day - dt.timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    return D(day.year, (day.month - 1) // 3 * 3 + 1, 1)


@pytest.mark.parametrize("period", queries.PERIODS)
def test_period_start_in_sql_matches_the_calendar(any_db_url: str, period: str) -> None:
    engine = make_engine(any_db_url)
    with engine.connect() as conn:
        for day in TRICKY:
            value = conn.execute(select(queries.period_start(
                literal(day, Date), period, engine.dialect.name))).scalar()  # type: ignore[arg-type]
            got = D.fromisoformat(value) if isinstance(value, str) else value
            assert got == expected_start(day, period), (day, period)
    engine.dispose()


def test_stance_by_period_rows(reports_db: str) -> None:
    with Session(make_engine(reports_db)) as session:
        rows = queries.stance_by_period(session=session, period="month", holder="putin")
    assert [(r["target"], r["period"], round(r["mean"], 4), r["n"]) for r in rows] == [
        ("NATO", D(2025, 1, 1), -0.375, 2),
        ("NATO", D(2025, 3, 1), -0.6667, 3),
        ("NATO", D(2025, 4, 1), -0.5, 1),
    ]


def test_stance_by_period_since_until(reports_db: str) -> None:
    with Session(make_engine(reports_db)) as session:
        rows = queries.stance_by_period(session=session, period="quarter",
                                        since=D(2025, 2, 1), until=D(2025, 3, 31))
    assert [(r["holder"], r["target"], r["period"], r["n"]) for r in rows] == [
        ("Joe Biden", "Ukraine", D(2025, 1, 1), 2),
        ("Joe Biden", "Vladimir Putin", D(2025, 1, 1), 1),
        ("Vladimir Putin", "NATO", D(2025, 1, 1), 3),
    ]


def test_speaker_counts_include_undated(reports_db: str) -> None:
    with Session(make_engine(reports_db)) as session:
        rows = queries.speaker_counts(session=session, period="quarter")
    assert sorted(rows, key=lambda r: (r["speaker"], str(r["period"]))) == [
        {"speaker": "Jens Stoltenberg", "period": D(2025, 4, 1), "quotes": 1},
        {"speaker": "Joe Biden", "period": D(2025, 1, 1), "quotes": 3},
        {"speaker": "Vladimir Putin", "period": D(2025, 1, 1), "quotes": 5},
        {"speaker": "Vladimir Putin", "period": D(2025, 4, 1), "quotes": 1},
        {"speaker": "Vladimir Putin", "period": None, "quotes": 1},
    ]


@pytest.mark.parametrize(("name", "found"), [
    ("Vladimir Putin", "Vladimir Putin"), ("putin", "Vladimir Putin"), ("  Biden ", "Joe Biden"),
    ("north atlantic treaty organization", "NATO"),
])
def test_resolve_actor_by_name_or_alias(sqlite_reports_db: str, name: str, found: str) -> None:
    with Session(make_engine(sqlite_reports_db)) as session:
        assert queries.resolve_actor(session=session, name=name).name == found


@pytest.mark.parametrize(("name", "message"), [
    ("Putn", "no actor called 'Putn'; did you mean 'Vladimir Putin'?"),
    ("stoltenburg", "no actor called 'stoltenburg'; did you mean 'Jens Stoltenberg'?"),
    ("Jens", "no actor called 'Jens'; did you mean 'Jens Stoltenberg'?"),
    ("Xyzzy", "no actor called 'Xyzzy'; `stancedb actors` lists them"),
])
def test_unknown_actor_suggests_canonical_names(sqlite_reports_db: str, name: str,
                                                message: str) -> None:
    with Session(make_engine(sqlite_reports_db)) as session, pytest.raises(UnknownActor) as exc:
        queries.resolve_actor(session=session, name=name)
    assert str(exc.value) == message
