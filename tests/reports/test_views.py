"""The SQL views of migrations 0002 and 0004 exist on both databases, read the same, and go away on
downgrade."""

from __future__ import annotations

from sqlalchemy import inspect, text

from stancedb.db import migrate
from stancedb.db.engine import make_engine

VIEWS = {"v_quotes", "v_stances", "v_stance_matrix", "v_stance_by_week", "v_stance_by_month",
         "v_stance_by_quarter", "v_speakers"}


def query(url: str, sql: str) -> list[tuple]:
    engine = make_engine(url)
    with engine.connect() as conn:
        rows = [tuple(r) for r in conn.execute(text(sql))]
    engine.dispose()
    return rows


def test_views_come_and_go_with_the_migration(any_db_url: str) -> None:
    migrate.upgrade(any_db_url)
    engine = make_engine(any_db_url)
    assert VIEWS <= set(inspect(engine).get_view_names())
    migrate.downgrade(any_db_url, "844e608efbda")
    engine.dispose()
    engine = make_engine(any_db_url)
    assert not VIEWS & set(inspect(engine).get_view_names())
    engine.dispose()


def test_stance_by_month_view(reports_db: str) -> None:
    rows = query(reports_db, "SELECT holder, target, CAST(month AS TEXT), round(CAST(mean_score "
                             "AS NUMERIC), 4), n, positive, neutral, negative FROM v_stance_by_month "
                             "ORDER BY holder, target, month")
    assert [(h, t, m, float(s), n, p, u, g) for h, t, m, s, n, p, u, g in rows] == [
        ("Jens Stoltenberg", "Vladimir Putin", "2025-04-01", -0.5, 1, 0, 0, 1),
        ("Joe Biden", "Ukraine", "2025-01-01", 0.5, 1, 1, 0, 0),
        ("Joe Biden", "Ukraine", "2025-02-01", 0.75, 2, 2, 0, 0),
        ("Joe Biden", "Vladimir Putin", "2025-02-01", -0.25, 1, 0, 0, 1),
        ("Vladimir Putin", "NATO", "2025-01-01", -0.375, 2, 0, 0, 2),
        ("Vladimir Putin", "NATO", "2025-03-01", -0.6667, 3, 0, 0, 3),
        ("Vladimir Putin", "NATO", "2025-04-01", -0.5, 1, 0, 0, 1),
    ]


def test_week_and_quarter_views(reports_db: str) -> None:
    weeks = query(reports_db, "SELECT CAST(week AS TEXT), n FROM v_stance_by_week "
                              "WHERE holder = 'Vladimir Putin' ORDER BY week")
    assert weeks == [("2025-01-06", 2), ("2025-03-03", 2), ("2025-03-24", 1), ("2025-03-31", 1)]
    quarters = query(reports_db, "SELECT CAST(quarter AS TEXT), n FROM v_stance_by_quarter "
                                 "WHERE holder = 'Vladimir Putin' ORDER BY quarter")
    assert quarters == [("2025-01-01", 5), ("2025-04-01", 1)]


def test_quotes_stances_matrix_and_speakers_views(reports_db: str) -> None:
    quote = query(reports_db, 'SELECT speaker, text, article_title, article_url, start, "end" '
                              "FROM v_quotes WHERE text LIKE 'NATO is a threat%'")
    assert quote == [("Vladimir Putin", "NATO is a threat to us,", "Putin warns NATO",
                      "https://news.example/a1", 18, 41)]
    indirect = query(reports_db, "SELECT holder, target, statement, quote_text, evidence, "
                                 "evidence_text FROM v_stances WHERE quote_id IS NULL")
    assert indirect == [("Joe Biden", "Vladimir Putin", "indirect", None,
                         "verb:criticised; isolated", "Biden also criticised Putin.")]
    # a quote's stance: its evidence text is the quote (migration 0004)
    quoted = query(reports_db, "SELECT quote_text, evidence_text FROM v_stances "
                               "WHERE quote_text LIKE 'NATO is a threat%'")
    assert quoted == [("NATO is a threat to us,", "NATO is a threat to us,")]
    matrix = query(reports_db, "SELECT holder, target, n, CAST(first_date AS TEXT), "
                               "CAST(last_date AS TEXT) FROM v_stance_matrix ORDER BY n DESC, "
                               "holder, target LIMIT 2")
    assert matrix == [("Vladimir Putin", "NATO", 6, "2025-01-10", "2025-04-02"),
                      ("Joe Biden", "Ukraine", 3, "2025-01-20", "2025-02-14")]
    speakers = query(reports_db, "SELECT speaker, quotes, articles FROM v_speakers "
                                 "ORDER BY quotes DESC")
    assert speakers == [("Vladimir Putin", 7, 5), ("Joe Biden", 3, 2), ("Jens Stoltenberg", 1, 1)]
