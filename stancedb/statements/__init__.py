"""Stances from quotes and from reported speech (indirect statements).

``find_stances(text, quotes, resolution, segmentation, scorer)`` is the pipeline
stage: :mod:`stancedb.statements.quoted` gives the speaker's stance toward each
actor a quote is about; :mod:`stancedb.statements.reported` finds statements
such as "Beijing denies allegations from the U.S." outside quotation marks.
"""

from __future__ import annotations

from stancedb.actors import ActorResolution
from stancedb.records import Quote, Stance
from stancedb.stance import Scorer
from stancedb.statements.context import ArticleContext, verb_lexicon
from stancedb.statements.quoted import quote_stances
from stancedb.statements.reported import reported_stances
from stancedb.text import Segmentation


def find_stances(
    text: str,
    quotes: list[Quote],
    resolution: ActorResolution,
    segmentation: Segmentation,
    scorer: Scorer,
) -> list[Stance]:
    """Quote stances (in quote order), then indirect stances (in text order)."""
    if not resolution.mentions:
        return []
    ctx = ArticleContext(text, quotes, resolution, segmentation)
    stances = quote_stances(ctx, quotes, resolution.speaker_actors, scorer)
    # A paraphrase in the sentence of a quote ("“…,” Ushakov said, adding that …") about
    # an actor the quote is already about is the same statement: counted once.
    quoted = {
        (s.holder, s.target, ctx.sentence_of(quotes[s.quote_index].end))
        for s in stances
        if s.quote_index is not None
    }
    for stance in reported_stances(ctx, verb_lexicon(), scorer):
        if (stance.holder, stance.target, ctx.sentence_of(stance.evidence_start)) not in quoted:
            stances.append(stance)
    return stances


__all__ = ["find_stances"]
