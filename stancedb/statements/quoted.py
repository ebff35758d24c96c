"""Stances from direct and partial quotes: the speaker toward each actor the quote is about.

The targets of a quote are the actors named in it (not the speaker, not the
speaker's own country), "the two countries" (the two actors the article just
discussed, unless the speaker's side is one of them), and, for "we"/"us"/"our", the partner the speaker was just named
with where the article speaks of the two as a pair ("We stand united …" after Putin echoed
Xi and lauded the trade between "the two nations": China).
"""

from __future__ import annotations

import bisect
import re

from stancedb.records import Quote, Stance, new_stance, new_stance_score
from stancedb.stance import Scorer
from stancedb.statements.context import ArticleContext, label_of

WE = re.compile(r"\b(?:we|us|our|ours)\b", re.IGNORECASE)
# Saying "we" with a partner is a mild sign of solidarity that the scorer can overturn.
WE_PRIOR = 0.3


def quote_stances(
    ctx: ArticleContext, quotes: list[Quote], speakers: tuple[str | None, ...], scorer: Scorer
) -> list[Stance]:
    """One stance per (quote, target actor) for every attributed, non-term quote."""
    stances: list[Stance] = []
    for index, (quote, holder) in enumerate(zip(quotes, speakers, strict=False)):
        if holder is None or quote.kind == "term" or quote.end <= quote.start:
            continue
        qtext = ctx.text[quote.start : quote.end]
        targets: dict[str, tuple[int, int, float | None]] = {}
        for m in ctx.mentions_between(quote.start, quote.end, outside_quotes=False):
            if not ctx.is_self(holder, m.actor) and not ctx.is_place(m):
                targets.setdefault(m.actor, (m.start, m.end, None))
        for start, end, actors in ctx.group_refs(quote.start, quote.end):
            # "the two countries" said by one of them is the speaker's side, not a target.
            if any(ctx.is_self(holder, actor) for actor in actors):
                continue
            for actor in actors:
                targets.setdefault(actor, (start, end, None))
        # Only a speaker with a country can have a partner (see _partner): the look for
        # "we" is made for those alone.
        we = WE.search(qtext) if ctx.country.get(holder) is not None else None
        if we is not None:
            partner = _partner(ctx, quote, holder)
            if partner is not None:
                at = quote.start + we.start()
                targets.setdefault(partner, (at, at + len(we.group()), WE_PRIOR))
        for target, (start, end, prior) in targets.items():
            scored = scorer.score(qtext, start - quote.start, end - quote.start, None, None)
            if prior is not None:
                score = max(-1.0, min(1.0, prior + scored.score))
                scored = new_stance_score(
                    round(score, 4), label_of(score), ("we:partner", *scored.evidence)
                )
            stances.append(
                new_stance(  # every field, in Stance's order
                    holder,
                    target,
                    scored.score,
                    scored.label,
                    "quote",
                    quote.start,  # evidence_start
                    quote.end,
                    scorer.name,
                    scorer.version,
                    index,  # quote_index
                    scored.evidence,
                )
            )
    return stances


def _partner(ctx: ArticleContext, quote: Quote, holder: str) -> str | None:
    """The other country of a sentence, before the quote, that names both it and the speaker."""
    own = ctx.country.get(holder)
    if own is None:
        return None
    paragraphs = ctx.segmentation.paragraphs
    p = bisect.bisect_right([s.start for s in paragraphs], quote.start) - 1
    lo = paragraphs[max(0, p - 1)].start if paragraphs else 0
    # Only where the article speaks of the two as a pair ("the two nations", "both leaders"):
    # elsewhere the other country is mostly an opponent ("France were better than us") or
    # an aside, and "we" the speaker's own side.
    if not ctx.has_group_ref(lo, quote.end):
        return None
    sentences = [s for s in ctx.segmentation.sentences if s.end > lo and s.start < quote.end]
    for sentence in reversed(sentences):
        countries = [
            ctx.country.get(m.actor) for m in ctx.mentions_between(sentence.start, sentence.end)
        ]
        if own in countries:
            for country in countries:
                if country is not None and country != own and ctx.is_country(country):
                    return country
    return None
