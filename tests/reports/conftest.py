"""A small dated database for the report tests, built row by row through the models.

Five actors with aliases, seven articles (one undated) from January to April 2025,
quotes with exact offsets into their articles, and stances whose scores are
multiples of 0.25 so that means are exact on SQLite and PostgreSQL alike.

    Putin → NATO       Jan: -0.25, -0.5   Mar: -0.75, -0.5, -0.75   Apr: -0.5
    Biden → Ukraine    Jan: 0.5           Feb: 0.75, 0.75
    Biden → Putin      Feb: -0.25 (indirect statement, no quote)
    Stoltenberg → Putin Apr: -0.5
    Putin → Ukraine    undated: -1.0
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import Session

from stancedb.db import migrate, models
from stancedb.db.engine import make_engine

ACTORS = [
    ("Vladimir Putin", "person", ["Putin"]),
    ("NATO", "organization", ["North Atlantic Treaty Organization"]),
    ("Joe Biden", "person", ["Biden"]),
    ("Ukraine", "country", []),
    ("Jens Stoltenberg", "person", ["Stoltenberg"]),
]

# (key, date, title, text); quotes are found in the text by their words.
ARTICLES = [
    ("a1", dt.date(2025, 1, 10), "Putin warns NATO",
     ("Putin warns NATO\n\u201cNATO is a threat to us,\u201d Putin said. "
     "\u201cWe will answer the alliance,\u201d he added.\n")),
    ("a2", dt.date(2025, 1, 20), "Biden backs Ukraine",
     "Biden backs Ukraine\n\u201cUkraine will prevail,\u201d Biden said.\n"),
    ("a3", dt.date(2025, 2, 14), "Biden visits Kyiv",
     ("Biden visits Kyiv\n\u201cUkraine is brave,\u201d Biden said. \u201cWe stand with "
     "Ukraine,\u201d he said. Biden also criticised Putin.\n")),
    ("a4", dt.date(2025, 3, 5), "Kremlin hardens line",
     ("Kremlin hardens line\n\u201cNATO lies to everyone,\u201d Putin said. "
     "\u201cNATO must stop,\u201d he said.\n")),
    ("a5", dt.date(2025, 3, 25), "Putin on the alliance",
     "Putin on the alliance\n\u201cNATO is an aggressor,\u201d Putin said.\n"),
    ("a6", dt.date(2025, 4, 2), "Stoltenberg replies",
     ("Stoltenberg replies\n\u201cPutin is isolated,\u201d Stoltenberg said. "
     "\u201cNATO provokes,\u201d Putin said.\n")),
    ("a7", None, "Undated commentary",
     "Undated commentary\n\u201cUkraine is a mistake,\u201d Putin said.\n"),
]

# (article, quote words or None for an indirect statement, holder, target, score)
STANCES = [
    ("a1", "NATO is a threat to us,", "Vladimir Putin", "NATO", -0.25),
    ("a1", "We will answer the alliance,", "Vladimir Putin", "NATO", -0.5),
    ("a2", "Ukraine will prevail,", "Joe Biden", "Ukraine", 0.5),
    ("a3", "Ukraine is brave,", "Joe Biden", "Ukraine", 0.75),
    ("a3", "We stand with Ukraine,", "Joe Biden", "Ukraine", 0.75),
    ("a3", None, "Joe Biden", "Vladimir Putin", -0.25),
    ("a4", "NATO lies to everyone,", "Vladimir Putin", "NATO", -0.75),
    ("a4", "NATO must stop,", "Vladimir Putin", "NATO", -0.5),
    ("a5", "NATO is an aggressor,", "Vladimir Putin", "NATO", -0.75),
    ("a6", "Putin is isolated,", "Jens Stoltenberg", "Vladimir Putin", -0.5),
    ("a6", "NATO provokes,", "Vladimir Putin", "NATO", -0.5),
    ("a7", "Ukraine is a mistake,", "Vladimir Putin", "Ukraine", -1.0),
]


def _label(score: float) -> str:
    return "negative" if score < -0.1 else "positive" if score > 0.1 else "neutral"


def build_reports_db(url: str) -> None:
    """Create the schema at ``url`` and fill it with the rows above."""
    migrate.upgrade(url)
    engine = make_engine(url)
    with Session(engine) as session:
        actors: dict[str, models.Actor] = {}
        for name, kind, aliases in ACTORS:
            actor = models.Actor(name=name, kind=kind)
            session.add(actor)
            session.flush()
            actors[name] = actor
            for alias in aliases:
                session.add(models.ActorAlias(actor_id=actor.id, alias=alias, origin="gazetteer"))
        articles: dict[str, models.Article] = {}
        for key, date, title, text in ARTICLES:
            article = models.Article(external_id=key, title=title, text=text, published_at=date,
                                     url=f"https://news.example/{key}", content_hash=key * 32)
            session.add(article)
            session.flush()
            articles[key] = article
        for key, words, holder, target, score in STANCES:
            article = articles[key]
            quote_id = None
            if words is None:
                start = article.text.index("Biden also criticised Putin.")
                end = start + len("Biden also criticised Putin.")
            else:
                start = article.text.index(words)
                end = start + len(words)
                speaker = holder.split()[-1]
                quote = models.Quote(article_id=article.id, start=start, end=end, text=words,
                                     kind="direct", speaker=speaker,
                                     speaker_actor_id=actors[holder].id, cue="said",
                                     rule="test", confidence=1.0)
                session.add(quote)
                session.flush()
                quote_id = quote.id
            session.add(models.Stance(
                article_id=article.id, quote_id=quote_id,
                statement="quote" if words else "indirect",
                holder_actor_id=actors[holder].id, target_actor_id=actors[target].id,
                score=score, label=_label(score), scorer="test", scorer_version="1",
                evidence_start=start, evidence_end=end,
                # as the pipeline stores it: the scorer's terms, not article text
                evidence="verb:criticised; isolated",
                published_at=article.published_at,
            ))
        session.commit()
    engine.dispose()


@pytest.fixture
def reports_db(any_db_url: str) -> str:
    """The report database on SQLite and on PostgreSQL."""
    build_reports_db(any_db_url)
    return any_db_url


@pytest.fixture
def sqlite_reports_db(db_url: str) -> str:
    """The report database on SQLite only (for checks that need no second run)."""
    build_reports_db(db_url)
    return db_url
