"""report views and the indexes behind the reports

Revision ID: 0002_views
Revises: 844e608efbda
Create Date: 2026-11-27

Views (SQLite and PostgreSQL) so that any SQL client, datasette or a BI tool can
read quotes and stances without writing the joins: v_quotes, v_stances,
v_stance_matrix, v_stance_by_week, v_stance_by_month, v_stance_by_quarter,
v_speakers. The README documents their columns.

Indexes: the pair index on stances also holds score and label, so the matrix and
the period reports read the index alone; quotes are found by speaker together
with their article.

A later migration that recreates a table on SQLite (batch mode) must drop these
views first and create them again: SQLite refuses to rename a table a view reads.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002_views"
down_revision: str | None = "844e608efbda"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The first day of the period holding s.published_at; weeks start on Monday (ISO).
PERIOD_START = {
    "sqlite": {
        "week": "date(s.published_at, 'weekday 0', '-6 days')",
        "month": "date(s.published_at, 'start of month')",
        "quarter": (
            "date(s.published_at, 'start of month', '-' || "
            "((CAST(strftime('%m', s.published_at) AS INTEGER) - 1) % 3) || ' months')"
        ),
    },
    "postgresql": {
        period: f"CAST(date_trunc('{period}', s.published_at) AS date)"
        for period in ("week", "month", "quarter")
    },
}

LABEL_COUNTS = """
    sum(CASE WHEN s.label = 'positive' THEN 1 ELSE 0 END) AS positive,
    sum(CASE WHEN s.label = 'neutral' THEN 1 ELSE 0 END) AS neutral,
    sum(CASE WHEN s.label = 'negative' THEN 1 ELSE 0 END) AS negative"""

V_QUOTES = """
CREATE VIEW v_quotes AS
SELECT q.id AS quote_id, q.article_id, a.published_at, src.name AS source,
       a.title AS article_title, a.url AS article_url,
       coalesce(sp.name, q.speaker) AS speaker, q.speaker_actor_id,
       q.speaker AS speaker_mention, q.kind, q.text, q.start, q."end",
       q.cue, q.rule, q.confidence
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN sources src ON src.id = a.source_id
LEFT JOIN actors sp ON sp.id = q.speaker_actor_id"""

V_STANCES = """
CREATE VIEW v_stances AS
SELECT s.id AS stance_id, s.article_id, s.published_at, src.name AS source,
       a.title AS article_title, a.url AS article_url,
       s.holder_actor_id, h.name AS holder, s.target_actor_id, t.name AS target,
       s.score, s.label, s.statement, s.quote_id, q.text AS quote_text,
       s.evidence, s.evidence_start, s.evidence_end, s.scorer, s.scorer_version
FROM stances s
JOIN articles a ON a.id = s.article_id
JOIN actors h ON h.id = s.holder_actor_id
JOIN actors t ON t.id = s.target_actor_id
LEFT JOIN quotes q ON q.id = s.quote_id
LEFT JOIN sources src ON src.id = a.source_id"""

V_STANCE_MATRIX = f"""
CREATE VIEW v_stance_matrix AS
SELECT s.holder_actor_id, h.name AS holder, s.target_actor_id, t.name AS target,
       avg(s.score) AS mean_score, count(*) AS n,{LABEL_COUNTS},
       min(s.published_at) AS first_date, max(s.published_at) AS last_date
FROM stances s
JOIN actors h ON h.id = s.holder_actor_id
JOIN actors t ON t.id = s.target_actor_id
GROUP BY s.holder_actor_id, h.name, s.target_actor_id, t.name"""

V_SPEAKERS = """
CREATE VIEW v_speakers AS
SELECT q.speaker_actor_id AS actor_id, sp.name AS speaker, count(*) AS quotes,
       count(DISTINCT q.article_id) AS articles,
       min(a.published_at) AS first_date, max(a.published_at) AS last_date
FROM quotes q
JOIN actors sp ON sp.id = q.speaker_actor_id
JOIN articles a ON a.id = q.article_id
WHERE q.kind <> 'term'
GROUP BY q.speaker_actor_id, sp.name"""


def _by_period(period: str, dialect: str) -> str:
    start = PERIOD_START[dialect][period]
    return f"""
CREATE VIEW v_stance_by_{period} AS
SELECT s.holder_actor_id, h.name AS holder, s.target_actor_id, t.name AS target,
       {start} AS {period}, avg(s.score) AS mean_score, count(*) AS n,{LABEL_COUNTS}
FROM stances s
JOIN actors h ON h.id = s.holder_actor_id
JOIN actors t ON t.id = s.target_actor_id
WHERE s.published_at IS NOT NULL
GROUP BY s.holder_actor_id, h.name, s.target_actor_id, t.name, {start}"""


VIEWS = ("v_quotes", "v_stances", "v_stance_matrix", "v_stance_by_week", "v_stance_by_month",
         "v_stance_by_quarter", "v_speakers")


def upgrade() -> None:
    with op.batch_alter_table("stances", schema=None) as batch_op:
        batch_op.drop_index("ix_stances_holder_target_published")
        batch_op.create_index(
            "ix_stances_holder_target_published_score",
            ["holder_actor_id", "target_actor_id", "published_at", "score", "label"],
            unique=False,
        )
    with op.batch_alter_table("quotes", schema=None) as batch_op:
        batch_op.drop_index("ix_quotes_speaker_actor_id")
        batch_op.create_index(
            "ix_quotes_speaker_actor_id_article_id", ["speaker_actor_id", "article_id"],
            unique=False,
        )
    dialect = op.get_bind().dialect.name
    for statement in (V_QUOTES, V_STANCES, V_STANCE_MATRIX, V_SPEAKERS):
        op.execute(statement)
    for period in ("week", "month", "quarter"):
        op.execute(_by_period(period, dialect))


def downgrade() -> None:
    for view in reversed(VIEWS):
        op.execute(f"DROP VIEW IF EXISTS {view}")
    with op.batch_alter_table("quotes", schema=None) as batch_op:
        batch_op.drop_index("ix_quotes_speaker_actor_id_article_id")
        batch_op.create_index("ix_quotes_speaker_actor_id", ["speaker_actor_id"], unique=False)
    with op.batch_alter_table("stances", schema=None) as batch_op:
        batch_op.drop_index("ix_stances_holder_target_published_score")
        batch_op.create_index(
            "ix_stances_holder_target_published",
            ["holder_actor_id", "target_actor_id", "published_at"],
            unique=False,
        )
