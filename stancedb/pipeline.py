"""``analyze(article) -> Analysis``: the whole pipeline, pure, no database.

normalise → segment → quotes → attribution → actors → stance.
"""

from __future__ import annotations

from stancedb.actors import resolve_actors
from stancedb.actors.gazetteer import Gazetteer
from stancedb.quotes import extract_quotes
from stancedb.records import Analysis, Article
from stancedb.stance import Scorer, get_scorer
from stancedb.statements import find_stances
from stancedb.text import segment


def analyze(
    article: Article, *, scorer: Scorer | None = None, gazetteer: Gazetteer | None = None
) -> Analysis:
    """Find the quotes, speakers, actors and stances of one article.

    ``gazetteer`` defaults to the shipped one; pass one with users' fixes
    (:meth:`Gazetteer.with_overrides`) to respect them.
    """
    text = article.text
    segmentation = segment(text)
    quotes = extract_quotes(text, segmentation)
    resolution = resolve_actors(text, quotes, segmentation, gazetteer)
    stances = find_stances(text, quotes, resolution, segmentation, scorer or get_scorer())
    return Analysis(
        article=article,
        quotes=tuple(quotes),
        speaker_actors=resolution.speaker_actors,
        actors=resolution.actors,
        mentions=resolution.mentions,
        stances=tuple(stances),
    )


def analyze_or_error(article: Article, *, gazetteer: Gazetteer | None = None) -> Analysis | str:
    """``analyze``, with a crash turned into a one-line error for this article only."""
    try:
        return analyze(article, gazetteer=gazetteer)
    except Exception as exc:  # noqa: BLE001  one article's bug must not stop the run
        return f"analysis failed ({type(exc).__name__}: {exc})".splitlines()[0]
