"""All tables of the stancedb schema, in one module (avoids circular imports).

The schema is versioned with Alembic (``migrations/``); a change here needs a new
migration, and ``alembic check`` (a test) finds any difference.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

# Set before the first table class so every constraint and index gets a stable,
# predictable name: Alembic needs names to drop or alter constraints, and SQLite's
# batch mode cannot find unnamed ones.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Source(SQLModel, table=True):
    """An outlet that publishes articles ("Reuters", "BBC News")."""

    __tablename__ = "sources"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, max_length=200)


class IngestRun(SQLModel, table=True):
    """One ``stancedb ingest`` invocation, with what it did."""

    __tablename__ = "ingest_runs"

    id: int | None = Field(default=None, primary_key=True)
    started_at: dt.datetime = Field(default_factory=utcnow)
    finished_at: dt.datetime | None = None
    package_version: str = Field(max_length=50)
    articles_new: int = 0
    articles_duplicate: int = 0
    articles_replaced: int = 0  # stored articles analysed again (``ingest --force``)
    articles_failed: int = 0
    quotes: int = 0
    stances: int = 0


class IngestError(SQLModel, table=True):
    """An input that could not be read or analysed, and why."""

    __tablename__ = "ingest_errors"

    id: int | None = Field(default=None, primary_key=True)
    ingest_run_id: int | None = Field(default=None, foreign_key="ingest_runs.id", index=True)
    input: str = Field(sa_column=Column(Text, nullable=False))
    message: str = Field(sa_column=Column(Text, nullable=False))
    created_at: dt.datetime = Field(default_factory=utcnow)


class Article(SQLModel, table=True):
    """A news article, stored once per distinct text (``content_hash``)."""

    __tablename__ = "articles"
    __table_args__ = (Index("ix_articles_published_at", "published_at"),)

    id: int | None = Field(default=None, primary_key=True)
    external_id: str | None = Field(default=None, max_length=500)
    title: str | None = Field(default=None, sa_column=Column(Text))
    # Unique (NULLs apart): an article given with a URL is stored once per URL.
    url: str | None = Field(default=None, max_length=2000, index=True, unique=True)
    published_at: dt.date | None = None
    source_id: int | None = Field(default=None, foreign_key="sources.id", index=True)
    content_hash: str = Field(unique=True, max_length=64)
    text: str = Field(sa_column=Column(Text, nullable=False))
    ingest_run_id: int | None = Field(default=None, foreign_key="ingest_runs.id", index=True)


class Actor(SQLModel, table=True):
    """A canonical actor: a person, a country, an organisation or a group."""

    __tablename__ = "actors"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, max_length=300)
    kind: str = Field(max_length=20)  # person | country | organization | group
    affiliation: str | None = Field(default=None, max_length=300)  # e.g. a person's country
    role: str | None = Field(default=None, max_length=300)  # e.g. "Kremlin aide"


class ActorAlias(SQLModel, table=True):
    """Another name for an actor; ``origin`` says who made the link."""

    __tablename__ = "actor_aliases"

    id: int | None = Field(default=None, primary_key=True)
    actor_id: int = Field(foreign_key="actors.id", index=True)
    alias: str = Field(unique=True, max_length=300)
    origin: str = Field(default="article", max_length=20)  # article | user | gazetteer


class Quote(SQLModel, table=True):
    """A quoted span of an article with its attribution.

    Offsets are Python str offsets into ``articles.text``, quotation marks excluded.
    """

    __tablename__ = "quotes"
    __table_args__ = (
        UniqueConstraint("article_id", "start", "end", name="uq_quotes_article_id_start_end"),
        # A speaker's quotes with their articles, for `quotes --speaker X --since D`.
        Index("ix_quotes_speaker_actor_id_article_id", "speaker_actor_id", "article_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="articles.id", index=True)
    start: int
    end: int
    text: str = Field(sa_column=Column(Text, nullable=False))
    kind: str = Field(max_length=10)  # direct | partial | term
    speaker: str | None = Field(default=None, max_length=500)
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = Field(default=None, max_length=100)
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_actor_id: int | None = Field(default=None, foreign_key="actors.id")
    rule: str | None = Field(default=None, max_length=100)
    confidence: float = 0.0


class Stance(SQLModel, table=True):
    """A holder's stance toward a target, from a quote or an indirect statement.

    ``published_at`` repeats the article's date so period reports need no join.
    """

    __tablename__ = "stances"
    __table_args__ = (
        # Holds score and label too, so that the matrix and the period reports read
        # the index alone (migration 0002_views).
        Index("ix_stances_holder_target_published_score", "holder_actor_id", "target_actor_id",
              "published_at", "score", "label"),
        Index("ix_stances_target_actor_id", "target_actor_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="articles.id", index=True)
    quote_id: int | None = Field(default=None, foreign_key="quotes.id", index=True)
    statement: str = Field(max_length=10)  # quote | indirect
    holder_actor_id: int = Field(foreign_key="actors.id")
    target_actor_id: int = Field(foreign_key="actors.id")
    score: float
    label: str = Field(max_length=10)  # negative | neutral | positive
    scorer: str = Field(max_length=50)
    scorer_version: str = Field(max_length=50)
    evidence_start: int
    evidence_end: int
    evidence: str | None = Field(default=None, sa_column=Column(Text))
    published_at: dt.date | None = None
