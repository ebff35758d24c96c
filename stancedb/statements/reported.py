"""Indirect statements: reported speech and attitudes outside quotation marks.

"Trump indicated potential new sanctions against Russia" → Donald Trump → Russia.
A sentence is read only when it names at least two actors (or one and "the two
nations"). For each speech or attitude verb (``seeds/statement_verbs.tsv``):

- the *holder* is the subject: the first actor of the verb's comma-delimited
  piece of the sentence ("On Tuesday, Trump indicated"); an appositive between
  subject and verb is skipped ("Putin, appearing via video link …, echoed");
  an opening clause is skipped ("While positioning China …, Beijing denies");
  "…, which has signaled" takes the actor before the comma; the one told ("told
  BBC Radio 4 …") or governed by a preposition ("in an interview with the FT, …")
  is no subject; a passive ("backed by") or a noun ("a pledge to") is no statement
  of the subject;
- the *targets* are the actors after the verb, up to the next verb (or the subject
  of a clause joined by "and"/"but" before it) or a word that opens another clause
  ("if", "but", "despite" …). Not "that": in "warned Tony Blair that the Iraq war
  could be illegal" or "told the BBC that Mr Clarke had …" what follows is what was
  said (ending the targets at "that" after a first one removed 95 stances over
  BBC, polnear and Wikinews, most of them real);
- a verb of saying after a comma with a name after it that ends the clause ("Harry
  should …, says Tory leader Michael Howard") turns this round: that name is the
  holder, and the actors before the verb are its targets;
- the *score* is the polarity of the verb or of the strongest cue word between
  verb and target (flipped under negation), combined with the scorer's, for the
  verb's object: the first actor after it, or a list of them ("criticised Russia
  and China"). A target further on is the scorer's alone: in "slammed Trump for a
  New York Times story" the newspaper is not what was slammed.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from functools import lru_cache

from stancedb.actors import possessive
from stancedb.actors.words import actor_words
from stancedb.records import Mention, Segment, Stance, StanceScore, new_stance
from stancedb.stance import Scorer
from stancedb.statements.context import (
    ArticleContext,
    VerbLexicon,
    combine,
    negated,
    outside,
    scope_words,
)

# Whole words: "Mask" in "The Mask of Zorro" is no verb "ask". A capitalised word stays a
# word (it matches no lower-case lexicon entry) so that it still separates its neighbours.
WORD = re.compile(r"[A-Za-z]+")
RELATIVE = ("which ", "who ", "that ")
ARTICLES = frozenset(["the", "a", "an"])
# After these a trigger word is a noun: "her supporting role", "the promise of", "a post".
DETERMINERS = ARTICLES | frozenset(["his", "her", "its", "their", "our", "my", "your", "this"])
# A clause after a comma with a subject of its own, no actor: "The first charged President
# Trump with abuse of power, and the second accused him".
_OWN_SUBJECT = re.compile(r"(?:and|but|while|whereas)\s+(?:the|a|an|his|her|its|their|some|many)\s")
# "Deny" with a name right after it is "keep from", no statement: "the keeper denied Duff",
# "Russia denied Ukraine access"; "denies allegations from the U.S." is one.
DENY = frozenset(["deny", "denies", "denied", "denying"])
# Before a participle, a passive: "was criticised", "have been accused".
BE_FORMS = frozenset(["is", "are", "was", "were", "be", "been", "being"])
# Lead-in words that are not prepositions of a following name ("as Cardinal X said").
CONJUNCTIONS = frozenset(["as", "than", "whenever"])
# Verbs of saying that may follow what was said, with the speaker after them: "…, says X".
INVERTED_VERBS = frozenset(
    [
        "says", "said", "adds", "added", "argues", "argued", "claims", "claimed", "insists",
        "insisted", "warns", "warned", "notes", "noted", "explains", "explained", "writes",
        "wrote", "suggests", "suggested",
    ]
)
# How far (characters) after such a verb its speaker may be named.
_SPEAKER_REACH = 60
# What may follow the speaker's name: the clause ends ("…, says Age Concern.", "…, says Tim
# Dams, the news editor …") or says where the speaker is or works ("in Beijing", "of the EIU").
_SPEAKER_END = re.compile(r"\s*(?:[,.;:\n]|$|(?:in|of|at|from|for)\b)")
# Between such a verb and a name, what makes the name no speaker: a clause goes on ("…,
# said the rules were weighted in favour of Mr Clarke", "…, said that Labour").
_NOT_A_SPEAKER = re.compile(
    r"\b(?:that|he|she|it|they|we|I|was|were|is|are|had|has|would|will|does|did|not|to|of|in|on|"
    r"at|about|by|with|for|from|into|a|an)\b|[a-z]ed\b|[a-z]ing\b"
)
_LOWER_WORD = re.compile(r"\b[a-z][a-z-]*\b")
# A capitalised word; and the capitalised words that end a stretch before a mention, with
# what joins them: a title ("Mr", "Prime Minister") or names listed before it ("Britain and").
_OTHER_NAME = re.compile(r"\b[A-Z]")
_TITLE_RUN = re.compile(r"(?:\s*(?:\b[A-Z][\w.'’-]*|,|&|\band\b|\bor\b|\bthe\b|['’]s))+\s*$")
# What may join the actors of one object: "Russia and China", "Labour and the Tories",
# "Xi, Putin or Modi", "Britain's Kelly Holmes", "China-Russia relations".
_LIST_GLUE = re.compile(r"(?:\s|,|-|/|&|and|or|the|as well as|['’]s)*")


def reported_stances(ctx: ArticleContext, verbs: VerbLexicon, scorer: Scorer) -> list[Stance]:
    """Indirect stances of every sentence of the article, in text order."""
    stances: list[Stance] = []
    for sentence, mentions in _sentences_with_mentions(ctx):
        # A statement needs a holder and a target: two actors, or one and "the two nations".
        # Most sentences name one actor and no group: left before the dateline test,
        # which can only take mentions away.
        group = ctx.has_group_ref(sentence.start, sentence.end)
        if len(mentions) < 2 and not group:
            continue
        mentions = ctx.after_dateline(mentions)
        group = group and bool(mentions)
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
    # Each trigger's subject, found once: a verb's targets end at the next one's.
    subjects: dict[int, Mention | None] = {}

    def subject_of(i: int) -> Mention | None:
        if i not in subjects:
            subjects[i] = _holder(ctx, sentence, words[i][0], mentions, verbs.addressee)
        return subjects[i]

    holder: Mention | None = None
    for n, ti in enumerate(triggers):
        t_start, t_end, verb = words[ti]
        if _not_its_subject(words, ti):
            holder = None
            continue  # still a bound of the previous verb's targets
        inverted = _inverted_speaker(ctx, words, ti, mentions)
        if inverted is not None:
            holder = None  # a verb after it has a subject of its own
            stances.extend(_inverted_stances(ctx, sentence, mentions, inverted, t_start, seen, scorer))
            continue
        if holder is None or not n or not _coordinated(words, ti, triggers[n - 1]):
            # (else "praised Bush but attacked Chirac": the first verb's subject holds it too)
            holder = subject_of(ti)
        if holder is None:
            continue
        limit = sentence.end
        if n + 1 < len(triggers):
            nxt = triggers[n + 1]
            limit = _next_clause(text, words[nxt][0], t_end, subject_of(nxt))
        targets: list[tuple[int, int, str]] = []
        # A ";" after the verb ends its targets at the next word: found once, rather
        # than looked for in the text from the verb to each word.
        semicolon = text.find(";", t_end, limit)
        for wi in range(ti + 1, len(words)):
            w_start, _, word = words[wi]
            if w_start >= limit:
                break
            if word in scope_words or 0 <= semicolon < w_start:
                limit = w_start
                break
        after = [m for m in mentions if t_end <= m.start < limit]
        if after and verb in verbs.addressee and "," not in text[t_end : after[0].start]:
            after = after[1:]  # "told host Mika Brzezinski that …": the one spoken to
        if after and verb in DENY and not text[t_end : after[0].start].strip():
            continue  # "James denied Damien Duff": kept him from scoring, said nothing
        beyond = _beyond_object(ctx, t_end, after)
        for m in after:
            if not ctx.is_self(holder.actor, m.actor) and not ctx.is_place(m):
                targets.append((m.start, m.end, m.actor))
        for start, end, actors in ctx.group_refs(t_end, limit):
            targets.extend((start, end, a) for a in actors if not ctx.is_self(holder.actor, a))
        for start, end, target in targets:
            if (holder.actor, target) in seen:
                continue
            seen.add((holder.actor, target))
            prior, evidence = _prior(ctx, words, ti, holder.end, start, verbs)
            if start >= beyond:
                # On dse-directed train (the directed head's 5-fold CV scores), of the 793
                # pairs with a strong verb or cue between holder and target and another
                # name before the target, the prior's label is right for 206, the
                # scorer's for 617.
                prior, evidence = 0.0, ("rule:beyond_object",)
            scored = scorer.score(
                text[sentence.start : sentence.end],
                start - sentence.start,
                end - sentence.start,
                holder.start - sentence.start if holder.start >= sentence.start else None,
                holder.end - sentence.start if holder.start >= sentence.start else None,
            )
            result: StanceScore = combine(prior, evidence, scored)
            stances.append(
                new_stance(  # every field, in Stance's order
                    holder.actor,
                    target,
                    result.score,
                    result.label,
                    "indirect",
                    min(holder.start, t_start),  # evidence_start
                    end,
                    scorer.name,
                    scorer.version,
                    None,  # quote_index
                    result.evidence,
                )
            )
    return stances


def _inverted_speaker(
    ctx: ArticleContext, words: list[tuple[int, int, str]], i: int, mentions: list[Mention]
) -> Mention | None:
    """The speaker named after a verb of saying that follows a comma: "Harry should … make
    clear how sorry he is, says Tory leader Michael Howard", "…, argued Mr Howard", "…, says
    the BBC's Louisa Lim in Beijing". What comes before the comma is what was said, and its
    actors are the targets (not the holder, as the first actor of the sentence would be).

    The speaker is the first actor after the verb, with at most a title or a role before
    it, or the person after it ("the BBC's Louisa Lim"); the name must end the clause: in
    "Evan Mann, a senior analyst, said Mr Lynch's job would not be easy" or "Peter
    Mandelson, …, warned the BBC to steer away from demonising Mr Campbell" it does not.
    """
    t_start, t_end, verb = words[i]
    if verb not in INVERTED_VERBS or i == 0 or "," not in ctx.text[words[i - 1][1] : t_start]:
        return None
    k = bisect.bisect_left([m.start for m in mentions], t_end)
    if k == len(mentions) or not _names_a_speaker(ctx.text, t_end, mentions[k].start):
        return None
    speaker = mentions[k]
    if (
        speaker.kind != "person"
        and k + 1 < len(mentions)
        and mentions[k + 1].kind == "person"
        and possessive.singular_at(ctx.text, speaker.end)
        and _names_a_speaker(ctx.text, speaker.end + 2, mentions[k + 1].start)
    ):
        speaker = mentions[k + 1]
    return speaker if _SPEAKER_END.match(ctx.text, speaker.end) else None


def _names_a_speaker(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, between a verb of saying and a name, holds at most a
    title or a role: "Tory leader", "Cochilco vice president", "the", "Mr"."""
    between = text[start:end]
    return (
        len(between) <= _SPEAKER_REACH
        and "," not in between
        and len(_LOWER_WORD.findall(between)) <= 3
        and _NOT_A_SPEAKER.search(between) is None
    )


def _inverted_stances(
    ctx: ArticleContext,
    sentence: Segment,
    mentions: list[Mention],
    speaker: Mention,
    verb_start: int,
    seen: set[tuple[str, str]],
    scorer: Scorer,
) -> list[Stance]:
    """The speaker's stances toward the actors of what was said before the verb (each pair
    once in the sentence: ``seen``), scored by the scorer alone: the verb of saying carries
    no sign."""
    text = ctx.text
    stances: list[Stance] = []
    for m in mentions:
        if m.start >= verb_start:
            break
        pair = (speaker.actor, m.actor)
        if pair in seen or ctx.is_self(*pair) or ctx.is_place(m):
            continue
        seen.add(pair)
        scored = scorer.score(
            text[sentence.start : sentence.end],
            m.start - sentence.start,
            m.end - sentence.start,
            speaker.start - sentence.start,
            speaker.end - sentence.start,
        )
        stances.append(
            new_stance(  # every field, in Stance's order
                speaker.actor,
                m.actor,
                scored.score,
                scored.label,
                "indirect",
                m.start,  # evidence_start
                speaker.end,
                scorer.name,
                scorer.version,
                None,  # quote_index
                ("rule:inverted_speaker", *scored.evidence),
            )
        )
    return stances


def _beyond_object(ctx: ArticleContext, verb_end: int, after: list[Mention]) -> int:
    """Where the verb's object ends: the offset of the first actor of ``after`` (the
    mentions after the verb, in order) that is not joined to the first one as a list,
    or of the first actor itself when a name that is no actor comes before it.

    In "slammed Trump for a New York Times story" the object is Trump; in
    "criticised Russia and China" both; in "warned the BBC to steer away from
    demonising Mr Campbell" neither.
    """
    text = ctx.text
    if after and _unknown_name(ctx, verb_end, after[0].start):
        return after[0].start
    for previous, m in itertools.pairwise(after):
        if _LIST_GLUE.fullmatch(text, previous.end, m.start) is None:
            return m.start
    return len(text)


def _unknown_name(ctx: ArticleContext, start: int, end: int) -> bool:
    """Whether a capitalised word that no actor mention covers stands between ``start``
    and a mention at ``end``, not counting the title or names right before it ("Mr",
    "Britain and"). An actor the stage leaves out is no other name: "praised the US
    insurers and Merkel", "pledged never to attack Tory leader Michael Howard".
    """
    stretch = _TITLE_RUN.sub("", ctx.text[start:end])
    return any(
        not ctx.in_a_mention(found.start())
        for found in _OTHER_NAME.finditer(ctx.text, start, start + len(stretch))
    )


def _coordinated(words: list[tuple[int, int, str]], i: int, previous: int) -> bool:
    """Whether the trigger ``words[i]`` is joined to the ``previous`` one by "and" or "but"
    with no subject of its own ("praised Bush but attacked Chirac")."""
    return i - 1 > previous and words[i - 1][2] in ("and", "but")


def _next_clause(text: str, n_start: int, t_end: int, subject: Mention | None) -> int:
    """Where a verb's targets end before the next trigger (at ``n_start``, with its
    ``subject``): at that trigger, or at the subject of a clause joined by "and"/"but"
    that stands between them ("criticised Russia, and Sergei Lavrov attacked": Lavrov
    is no target of "criticised"; but in "said he had visited Pullman" what is said is
    about Pullman)."""
    if subject is None or subject.start < t_end:
        return n_start
    joined = text[t_end : subject.start].rstrip(" ,\u00a0").endswith((" and", " but"))
    return subject.start if joined else n_start


def _not_its_subject(words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the sentence's subject cannot hold the stance of the trigger word ``words[i]``.

    A passive ("a law backed by Mr Bush", "was criticised by the coach", "France have
    been criticised for their one-dimensional play") is held by the agent after "by",
    or by nobody named; after a determiner the word is a noun ("went back on a pledge
    to make way for Mr Brown", "her supporting role", "the backs").
    """
    word = words[i][2]
    passive = word.endswith("ed") and (
        (i + 1 < len(words) and words[i + 1][2] == "by") or (i > 0 and words[i - 1][2] in BE_FORMS)
    )
    return passive or (i > 0 and words[i - 1][2] in DETERMINERS)


def _holder(
    ctx: ArticleContext,
    sentence: Segment,
    verb_start: int,
    mentions: list[Mention],
    addressee: frozenset[str],
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
        return _subject(ctx, v_start, in_piece[0], verb_start, addressee)
    if opening.split(maxsplit=1)[:1] and opening.split(maxsplit=1)[0] in ctx.words.lead_in:
        return None  # a verb in an opening clause ("despite both leaders discussing")
    if _OWN_SUBJECT.match(opening):
        return None  # "…, and the second accused him": a subject that is no actor
    governed = False
    for k, (start, end) in enumerate(pieces[:-1]):
        first = text[start:end].split(maxsplit=1)
        if first and first[0].casefold().strip('“"') in ctx.words.lead_in:
            continue
        found = [m for m in mentions if start <= m.start < end]
        if not found:
            return None
        before = WORD.findall(text, start, found[0].start)
        if governed and not _apposed(before, k == len(pieces) - 2):
            return None
        if not _object(before, _governing(addressee)):
            return found[0]
        # "But in an interview with the FT, Mr Blair …, saying"; "the president of
        # Namibia, Hage Geingob, expressed": the subject is in a later piece.
        governed = True
    return None


def _apposed(before: list[str], last: bool) -> bool:
    """Whether a mention with only ``before`` before it in the piece just before the verb
    (``last``) is a name in apposition.

    After "the president of Namibia," only "Hage Geingob, expressed" names the
    subject; "…, a South African financier, issuing" describes the one before,
    and "…including Sri Lanka, India, Indonesia" is a list.
    """
    return last and not any(w.islower() for w in before)


def _subject(
    ctx: ArticleContext, start: int, mention: Mention, verb_start: int, addressee: frozenset[str]
) -> Mention | None:
    """``mention`` if it can be the verb's subject: no preposition before it, no clause after it.

    "This call between Xi and Putin underlines" has no actor as subject; in
    "Beijing denies allegations … that it is supporting Russia", Beijing is not
    the subject of "supporting".
    """
    before = WORD.findall(ctx.text, start, mention.start)
    if any(w in ctx.words.lead_in for w in before) or _object(before, addressee):
        return None
    between = WORD.findall(ctx.text, mention.end, verb_start)
    if "that" in between or not ctx.scope_words.isdisjoint(between):
        return None
    return mention


def _object(before: list[str], words: frozenset[str]) -> bool:
    """Whether the last of the words ``before`` a mention, articles skipped, is one of ``words``.

    With verbs of telling: "he told BBC Radio 4's Today programme the US had
    increased support": the one told is not the subject of what follows.
    """
    k = len(before)
    while k and before[k - 1] in ARTICLES:
        k -= 1
    return k > 0 and before[k - 1] in words


@lru_cache(maxsize=2)
def _governing(addressee: frozenset[str]) -> frozenset[str]:
    """Verbs of telling and the lead-in words that govern a noun (not "after", "as" …,
    which also open a clause: "the day after Peter Mandelson, …, warned")."""
    return addressee | (actor_words().lead_in - scope_words() - CONJUNCTIONS)


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
