"""Rescore: recompute stored stances with the current scorer and users' actor fixes.

Articles are analysed again from their stored text (no inputs are read), their
stances replaced, their quotes' speaker actors updated, and quotes the current
extractor finds that were not stored yet are added.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine, delete, func, insert, select, update
from sqlmodel import Session

from stancedb import records
from stancedb.db import models, repository
from stancedb.db.curation import gazetteer_with_user_fixes
from stancedb.pipeline import analyze
from stancedb.stance import Scorer

BATCH_SIZE = 200


@dataclass(slots=True)
class RescoreSummary:
    articles: int = 0
    stances: int = 0
    quotes_added: int = 0


def rescore(
    *, engine: Engine, scorer: Scorer, on_article: Callable[[], None] | None = None
) -> RescoreSummary:
    """Recompute every stored article's stances; one transaction per batch."""
    gazetteer = gazetteer_with_user_fixes(engine)
    summary = RescoreSummary()
    last_id = 0
    while True:
        with Session(engine) as session:
            batch = session.execute(
                select(models.Article.id, models.Article.text, models.Article.published_at)
                .where(models.Article.id > last_id).order_by(models.Article.id).limit(BATCH_SIZE)
            ).all()
            if not batch:
                return summary
            for article_id, text, published_at in batch:
                analysis = analyze(records.Article(text=text, published_at=published_at),
                                   scorer=scorer, gazetteer=gazetteer)
                _replace(session, article_id, analysis, published_at, summary)
                if on_article is not None:
                    on_article()
            session.commit()
            last_id = batch[-1][0]


def count_articles(engine: Engine) -> int:
    with Session(engine) as session:
        return session.execute(select(func.count()).select_from(models.Article)).scalar_one()


def _replace(
    session: Session,
    article_id: int,
    analysis: records.Analysis,
    published_at: dt.date | None,
    summary: RescoreSummary,
) -> None:
    actor_ids = repository.ensure_actors(session=session, actors=repository.actors_of(analysis))
    stored = {
        (start, end): quote_id
        for quote_id, start, end in session.execute(
            select(models.Quote.id, models.Quote.start, models.Quote.end)
            .where(models.Quote.article_id == article_id)
        )
    }
    quote_ids: list[int] = []
    speakers = analysis.speaker_actors or (None,) * len(analysis.quotes)
    for quote, speaker in zip(analysis.quotes, speakers, strict=True):
        speaker_id = actor_ids.get(speaker) if speaker else None
        quote_id = stored.get((quote.start, quote.end))
        if quote_id is None:
            row = repository.quote_row(quote, article_id, speaker_id)
            quote_id = session.execute(insert(models.Quote).returning(models.Quote.id), [row]).scalar_one()
            summary.quotes_added += 1
        else:
            session.execute(update(models.Quote).where(models.Quote.id == quote_id)
                            .values(speaker_actor_id=speaker_id, kind=quote.kind))
        quote_ids.append(quote_id)
    session.execute(delete(models.Stance).where(models.Stance.article_id == article_id))
    rows = [repository.stance_row(s, article_id, quote_ids, actor_ids, published_at)
            for s in analysis.stances]
    if rows:
        session.execute(insert(models.Stance), rows)
    summary.articles += 1
    summary.stances += len(rows)
