"""unique article URL; ingest runs count re-analysed articles

Revision ID: 0003_unique_article_url
Revises: 0002_views
Create Date: 2026-11-27

An article given with a URL is stored once per URL (ingest dedupes by content
hash and by URL, also between concurrent writers); ``ingest --force`` counts
the stored articles it analyses again.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_unique_article_url"
down_revision: str | None = "0002_views"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_articles_url"))
        batch_op.create_index(batch_op.f("ix_articles_url"), ["url"], unique=True)
    with op.batch_alter_table("ingest_runs", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("articles_replaced", sa.Integer(), nullable=False, server_default="0")
        )


def downgrade() -> None:
    with op.batch_alter_table("ingest_runs", schema=None) as batch_op:
        batch_op.drop_column("articles_replaced")
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_articles_url"))
        batch_op.create_index(batch_op.f("ix_articles_url"), ["url"], unique=False)
