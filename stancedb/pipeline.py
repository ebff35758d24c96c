"""``analyze(article) -> Analysis``: the whole pipeline, pure, no database.

normalise → segment → quotes → attribution → actors → stance.
"""

from __future__ import annotations

import gc

from stancedb import quotes
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


# Warms the pipeline before a run (and before ingest forks its workers from the process):
# its lexicons, and the regexes compiled on first use, which each forked worker would
# otherwise compile again for itself (0.13 s of CPU per worker, and again at every
# recycling). So it holds one quote of each shape the attribution rules look for.
_WARM_UP = Article(text=(
    "Talks resume\n"
    "\u201cWe will talk,\u201d Senator Ann Lee said of Canada.\n"
    "\u201cThe deal is good for Britain,\u201d said John Smith Jr., a spokesman for the Labour Party.\n"
    "Mr Smith said: \u201cWe are not done.\u201d\n"
    "\u201cWe will stay,\u201d an official of the Paris office, who asked not to be named, "
    "told reporters.\n"
    "The minister told reporters the plan was \u201cunworkable\u201d.\n"
    "\u201cIt is over,\u201d he added. Brown, the chancellor, said \u201cno\u201d. According to the "
    "report, prices rose. \u201cWe expect more,\u201d the company's chief executive said.\n"
))


def warm_up() -> None:
    """Load the pipeline's lexicons now, and keep them out of the garbage collector's way.

    The lexicons are millions of long-lived objects; every full collection would walk
    them again (5 to 20 % of the run time). Frozen, they are skipped, and forked
    workers share them without copying the pages. Called by ``extract`` and ``ingest``.
    """
    analyze(_WARM_UP)
    quotes.warm_up()  # the regexes no rule reached on the warm-up article
    gc.freeze()
