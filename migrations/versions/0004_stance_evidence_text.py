"""v_stances gives each stance's evidence text

Revision ID: 0004_stance_evidence_text
Revises: 0003_unique_article_url
Create Date: 2026-11-28

``v_stances`` gains ``evidence_text``: the article's text at the evidence offsets (the
quote, or the sentence of an indirect statement), so that a SQL client reads what was
said without cutting the article text itself. ``evidence`` stays the scorer's terms.

A view is replaced whole (SQLite has no ALTER VIEW). The downgrade recreates the view
of 0002 as it was: a migration is a snapshot, so its SQL is written out here, not
imported from the module of 0002.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004_stance_evidence_text"
down_revision: str | None = "0003_unique_article_url"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SELECT = """
SELECT s.id AS stance_id, s.article_id, s.published_at, src.name AS source,
       a.title AS article_title, a.url AS article_url,
       s.holder_actor_id, h.name AS holder, s.target_actor_id, t.name AS target,
       s.score, s.label, s.statement, s.quote_id, q.text AS quote_text,
       s.evidence, s.evidence_start, s.evidence_end,{evidence_text} s.scorer, s.scorer_version
FROM stances s
JOIN articles a ON a.id = s.article_id
JOIN actors h ON h.id = s.holder_actor_id
JOIN actors t ON t.id = s.target_actor_id
LEFT JOIN quotes q ON q.id = s.quote_id
LEFT JOIN sources src ON src.id = a.source_id"""

# SQL strings count from 1, in SQLite and PostgreSQL alike.
_EVIDENCE_TEXT = """
       substr(a.text, s.evidence_start + 1, s.evidence_end - s.evidence_start) AS evidence_text,"""


def upgrade() -> None:
    op.execute("DROP VIEW IF EXISTS v_stances")
    op.execute("CREATE VIEW v_stances AS" + _SELECT.format(evidence_text=_EVIDENCE_TEXT))


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS v_stances")
    op.execute("CREATE VIEW v_stances AS" + _SELECT.format(evidence_text=""))
