"""Indirect statements: reported speech and attitudes outside quotation marks.

"Trump indicated potential new sanctions against Russia" → Donald Trump → Russia.
A sentence is read only when it names at least two actors (or one and "the two
nations"). For each speech or attitude verb (``seeds/statement_verbs.tsv``):

- the *holder* is the subject: the first actor of the verb's comma-delimited
  piece of the sentence ("On Tuesday, Trump indicated"); an appositive between
  subject and verb is skipped ("Putin, appearing via video link …, echoed");
  an opening clause is skipped ("While positioning China …, Beijing denies");
  "…, which has signaled" takes the actor before the comma;
- the *targets* are the actors after the verb, up to the next verb, a word that
  opens another clause ("if", "but", "despite" …), or "that" once a target is
  found ("denies allegations from the U.S. … that it is supporting Russia");
- the *score* is the polarity of the verb or of the strongest cue word between
  verb and target (flipped under negation), combined with the scorer's.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator

from stancedb.records import Mention, Segment, Stance, StanceScore
from stancedb.stance import Scorer
from stancedb.statements.context import ArticleContext, VerbLexicon, combine, negated, outside

WORD = re.compile(r"[a-z]+")
RELATIVE = ("which ", "who ", "that ")


def reported_stances(ctx: ArticleContext, verbs: VerbLexicon, scorer: Scorer) -> list[Stance]:
    """Indirect stances of every sentence of the article, in text order."""
    stances: list[Stance] = []
    for sentence, mentions in _sentences_with_mentions(ctx):
        # A statement needs a holder and a target: two actors, or one and "the two nations".
        group = ctx.has_group_ref(sentence.start, sentence.end)
        if len(mentions) >= 2 or group:
            stances.extend(_sentence_stances(ctx, sentence, mentions, group, verbs, scorer))
    return stances


def _sentences_with_mentions(ctx: ArticleContext) -> Iterator[tuple[Segment, list[Mention]]]:
    """Each sentence that names an actor outside quotes, with those mentions, in text order.

    One walk over the mentions (most of an article's sentences name no actor).
    """
    mentions = ctx.mentions_between(0, len(ctx.text))
    sentences = ctx.segmentation.sentences
    k, n = 0, len(mentions)
    while k < n:
        s = bisect.bisect_right(ctx.sentence_starts, mentions[k].start) - 1
        j = k
        if s >= 0:
            end = sentences[s].end
            while j < n and mentions[j].start < end:
                j += 1
        if j == k:  # between sentences
            k += 1
            continue
        yield sentences[s], mentions[k:j]
        k = j


def _sentence_stances(
    ctx: ArticleContext,
    sentence: Segment,
    mentions: list[Mention],
    group: bool,
    verbs: VerbLexicon,
    scorer: Scorer,
) -> list[Stance]:
    text = ctx.text
    # The verb follows its holder (a mention) and precedes a target (a later mention, or
    # "the two nations"). Most sentences have no verb of the list there: a cheap look
    # at that stretch before the offsets are taken. (Starting inside the first mention
    # may cut a word in two; that can only let a sentence through, never drop one.)
    last = sentence.end if group else mentions[-1].start
    if verbs.triggers.keys().isdisjoint(WORD.findall(text, mentions[0].start + 1, last)):
        return []
    found = list(WORD.finditer(text, sentence.start, sentence.end))
    starts = list(map(re.Match.start, found))
    words = list(zip(starts, map(re.Match.end, found), map(re.Match.group, found)))
    words = outside(words, starts, ctx.quoted_parts(sentence.start, sentence.end))
    # A gerund after a preposition ("to apologize for suggesting") has no subject of its own.
    # Nor is "-backed" in "Sanders-backed candidate" a verb with a subject.
    triggers = [
        i
        for i, (start, _, w) in enumerate(words)
        if w in verbs.triggers
        and text[start - 1] != "-"
        and not (w.endswith("ing") and i > 0 and words[i - 1][2] in ctx.words.lead_in)
    ]
    if not triggers:
        return []
    scope_words = ctx.scope_words
    stances: list[Stance] = []
    seen: set[tuple[str, str]] = set()
    for n, ti in enumerate(triggers):
        t_start, t_end, verb = words[ti]
        holder = _holder(ctx, sentence, t_start, mentions)
        if holder is None:
            continue
        limit = words[triggers[n + 1]][0] if n + 1 < len(triggers) else sentence.end
        targets: list[tuple[int, int, str]] = []
        for wi in range(ti + 1, len(words)):
            w_start, _, word = words[wi]
            if w_start >= limit:
                break
            if word in scope_words or (word == "that" and targets) or ";" in text[t_end:w_start]:
                limit = w_start
                break
        after = [m for m in mentions if t_end <= m.start < limit]
        if after and verb in verbs.addressee and "," not in text[t_end : after[0].start]:
            after = after[1:]  # "told host Mika Brzezinski that …": the one spoken to
        for m in after:
            if not ctx.is_self(holder.actor, m.actor):
                targets.append((m.start, m.end, m.actor))
        for start, end, actors in ctx.group_refs(t_end, limit):
            targets.extend((start, end, a) for a in actors if not ctx.is_self(holder.actor, a))
        for start, end, target in targets:
            if (holder.actor, target) in seen:
                continue
            seen.add((holder.actor, target))
            prior, evidence = _prior(ctx, words, ti, holder.end, start, verbs)
            scored = scorer.score(
                text[sentence.start : sentence.end],
                start - sentence.start,
                end - sentence.start,
                holder.start - sentence.start if holder.start >= sentence.start else None,
                holder.end - sentence.start if holder.start >= sentence.start else None,
            )
            result: StanceScore = combine(prior, evidence, scored)
            stances.append(
                Stance(
                    holder=holder.actor,
                    target=target,
                    score=result.score,
                    label=result.label,
                    statement="indirect",
                    evidence_start=min(holder.start, t_start),
                    evidence_end=end,
                    scorer=scorer.name,
                    scorer_version=scorer.version,
                    evidence=result.evidence,
                )
            )
    return stances


def _holder(
    ctx: ArticleContext, sentence: Segment, verb_start: int, mentions: list[Mention]
) -> Mention | None:
    """The subject of the verb at ``verb_start``, or None."""
    text = ctx.text
    commas = []
    i = text.find(",", sentence.start, verb_start)
    while i != -1:
        if not ctx.in_quote(i):
            commas.append(i)
        i = text.find(",", i + 1, verb_start)
    bounds = [sentence.start, *(c + 1 for c in commas), verb_start]
    pieces = list(itertools.pairwise(bounds))
    v_start, _ = pieces[-1]
    opening = text[v_start:verb_start].lstrip().casefold()
    if opening.startswith(RELATIVE):
        # "…, which has signaled": the actor just before the comma.
        before = [m for m in mentions if m.start < v_start]
        return before[-1] if before else None
    in_piece = [m for m in mentions if v_start <= m.start < verb_start]
    if in_piece:
        return _subject(ctx, v_start, in_piece[0], verb_start)
    if opening.split(maxsplit=1)[:1] and opening.split(maxsplit=1)[0] in ctx.words.lead_in:
        return None  # a verb in an opening clause ("despite both leaders discussing")
    for start, end in pieces[:-1]:
        first = text[start:end].split(maxsplit=1)
        if first and first[0].casefold().strip('“"') in ctx.words.lead_in:
            continue
        found = [m for m in mentions if start <= m.start < end]
        return found[0] if found else None
    return None


def _subject(ctx: ArticleContext, start: int, mention: Mention, verb_start: int) -> Mention | None:
    """``mention`` if it can be the verb's subject: no preposition before it, no clause after it.

    "This call between Xi and Putin underlines" has no actor as subject; in
    "Beijing denies allegations … that it is supporting Russia", Beijing is not
    the subject of "supporting".
    """
    before = WORD.findall(ctx.text, start, mention.start)
    if any(w in ctx.words.lead_in for w in before):
        return None
    between = WORD.findall(ctx.text, mention.end, verb_start)
    if "that" in between or not ctx.scope_words.isdisjoint(between):
        return None
    return mention


def _prior(
    ctx: ArticleContext,
    words: list[tuple[int, int, str]],
    ti: int,
    holder_end: int,
    target_start: int,
    verbs: VerbLexicon,
) -> tuple[float, tuple[str, ...]]:
    """The strongest polarity of the verb and the cue words between it and the target.

    A negation between holder and target ("did not criticise") turns the
    polarity round at half strength: not criticising is milder than praising.
    """
    verb = words[ti][2]
    best, evidence = verbs.triggers[verb], f"verb:{verb}"
    for start, _, word in words[ti + 1 :]:
        if start >= target_start:
            break
        value = verbs.cues.get(word)
        if value is not None and abs(value) > abs(best):
            best, evidence = value, f"cue:{word}"
    if best and negated(ctx.text, min(holder_end, words[ti][0]), target_start):
        return -best / 2, (evidence, "negated")
    return best, (evidence,)
