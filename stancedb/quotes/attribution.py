"""Attribution: give each quoted span a kind, a cue and a speaker mention.

Rules, tried in order for each span (``Quote.rule`` names the one that fired):

- ``post``: a cue right after the closing mark (``"…," X said``, ``"…," said X``,
  ``"…," X, a spokesman for Y, said``, ``"…," according to X``);
- ``pre``: a cue before the opening mark in the same sentence (``X said: "…"``,
  ``X told reporters, "…"``, ``According to X, "…"``);
- ``partial``: quoted words inside a sentence whose cue verb has a subject
  (``Xi emphasized the importance of "strategic coordination"``), or after a
  possessive and a noun for what is said (``her remark that "…"``); after a
  passive verb the agent (``branded "…" by MPs``), else no speaker (``was said
  to be "furious"``: a quote of someone not named, not a term);
- ``continued``: the later paragraphs of a multi-paragraph quote;
- ``paragraph``: a quote next to an attributed one in the same paragraph
  (``"…," she said. "…"``);
- ``floating``: a quote alone at the start of its paragraph right after a
  paragraph whose quote is attributed, or after ``X said:`` / ``X listed them:``;
- ``previous``: a quote opening a sentence right after a sentence in which
  someone speaks;
- ``signature``: a name signed under, after or above the quote (``- Hillary
  Clinton.``, ``"…" Jane Doe, Boston``, ``Jane Doe; Boston``);
- a quoted transcript turn's label (``"TRUMP: …``), named ``pre``;
- ``subject``: last resort, quoted words (two or more) in a sentence whose
  subject is a person or a body.

A span none of these attribute is a ``term`` (scare quotes, titles, names of
pacts) when it is short, otherwise a ``direct`` quote with no speaker: an
unknown speaker is None, never a guess. A short span after a word that reports
a chant or gives a name ("chants of "…"", "a book titled "…"") is a quote with
no speaker, not a term. Quoted modifiers tied to a speaker only through an
infinitive ("aims to keep ties, cemented by the "no limits" partnership") and
title-case names after a possessive or "on" (CNN's "New Day") are terms too.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import astuple, dataclass
from functools import lru_cache
from itertools import islice, pairwise
from operator import attrgetter
from typing import Literal

from stancedb.quotes import speakers
from stancedb.quotes.cues import Cue, CueIndex, is_noun_use, is_participle, trie_regex
from stancedb.quotes.lexicon import lexicon
from stancedb.quotes.spans import continues_into, mark_end
from stancedb.records import Quote, QuotedSpan, QuoteKind, Segment, new_quote
from stancedb.text import Segmentation, is_abbreviation

# How far from a quote a cue may sit (characters).
_POST_REACH = 170
_PRE_REACH = 90

_CONFIDENCE = {
    "post": 0.95,
    "pre": 0.9,
    "continued": 0.85,
    "paragraph": 0.8,
    "partial": 0.7,
    "floating": 0.65,
    "previous": 0.5,
    "signature": 0.8,
    "subject": 0.4,
}
_ONLY_PUNCT = re.compile(r"[\s,—–\-]*")
_CAPITAL_START = re.compile(r"[\W_]*[A-Z0-9]")
# Quoted words with no speaker are a term up to this many words.
_TERM_MAX_WORDS = 6


def _more_words(words: str, n: int) -> bool:
    """Whether ``words`` has more than ``n`` words: split no further than that,
    as a quote may run to hundreds of words."""
    return len(words.split(maxsplit=n)) > n


# A speech verb this far from a quote loses to an attitude verb this near it.
_FAR = 100
_NEAR = 25
# A floating quote continues the speaker of a quote up to this many paragraphs back.
_FLOAT_REACH = 1


@dataclass(slots=True)
class _Draft:
    """A span being attributed (mutable while the rules run)."""

    span: QuotedSpan
    par: int
    mark: int  # the opening mark, or the start of a span that has none
    opens_clause: bool  # a sentence or a clause of its own (``_starts_clause``), asked by most rules
    speaker: tuple[int, int] | None = None
    cue: Cue | None = None
    rule: str | None = None
    kind: QuoteKind = "direct"
    given: bool = False  # a chant or a name in its own words: a quote even when short and speakerless


class _Context:
    """The article with its segmentation and indexes the rules share."""

    def __init__(self, text: str, seg: Segmentation, spans: Sequence[QuotedSpan]) -> None:
        self.text = text
        self.paragraphs = seg.paragraphs
        self.sentences = seg.sentences
        self.par_starts = [p.start for p in seg.paragraphs]
        self.sent_starts = [s.start for s in seg.sentences]
        self.spans = spans
        # The spans' opening and closing marks, in text order: "is there a quote in this
        # sentence" is a bisection, not a walk over every quote (which made an article of
        # thousands of quotes quadratic).
        self.open_marks = [s.open_mark for s in spans if s.open_mark is not None]
        self.close_marks = [s.close_mark for s in spans if s.close_mark is not None]
        self._cues = CueIndex(text, self.sent_starts, spans)
        # Per name word, where its first mention after another capitalised word ends
        # (see _names_a_person).
        self._name_ends: dict[str, int] = {}

    def has_open_mark(self, lo: int, hi: int) -> bool:
        """Whether a quote opens in ``text[lo:hi]``."""
        i = bisect_left(self.open_marks, lo)
        return i < len(self.open_marks) and self.open_marks[i] < hi

    def last_close_mark(self, lo: int, hi: int) -> int | None:
        """The last closing mark in ``text[lo:hi]``, if any."""
        i = bisect_left(self.close_marks, hi) - 1
        return self.close_marks[i] if i >= 0 and self.close_marks[i] >= lo else None

    def name_end(self, word: str) -> int:
        """Where the text first has ``word`` after another capitalised word ("Alex
        Ferguson" for "Ferguson") ends; past the text's end when it never does."""
        end = self._name_ends.get(word)
        if end is None:
            found = re.search(rf"[A-Z][\w’'\-]*[ \u00a0]+{re.escape(word)}\b", self.text)
            end = found.end() if found else len(self.text) + 1
            self._name_ends[word] = end
        return end

    def cues(self, lo: int, hi: int) -> list[Cue]:
        """Reporting verbs in ``text[lo:hi]`` (noun uses left out)."""
        return self._cues.between(lo, hi)

    def first_cue(self, lo: int, hi: int) -> Cue | None:
        """The first reporting verb in ``text[lo:hi]`` (noun uses left out)."""
        return self._cues.first(lo, hi)

    def paragraph_of(self, pos: int) -> int:
        return max(0, bisect_right(self.par_starts, pos) - 1)

    def sentence_of(self, pos: int) -> Segment:
        i = bisect_right(self.sent_starts, pos) - 1
        return self.sentences[i] if i >= 0 else Segment(0, 0)


def attribute(text: str, spans: Sequence[QuotedSpan], seg: Segmentation) -> list[Quote]:
    """Quotes for ``spans`` (in text order), each with its kind and attribution."""
    ctx = _Context(text, seg, spans)
    drafts = [_draft(ctx, span) for span in spans]
    for i, d in enumerate(drafts):
        _local_rules(ctx, drafts, i, d)
        _possessor(ctx, d)
    _coordinated_before_post(ctx, drafts)
    groups = _continued_groups(text, drafts)
    _block_after_colon(ctx, groups)
    _opening_after_attributed(drafts, groups)
    _share_within_groups(groups)
    _share_within_paragraphs(ctx, drafts)
    _floating(ctx, drafts)
    _previous_sentence(ctx, drafts)
    _floating_after_previous(ctx, drafts)
    _named_above(ctx, drafts)
    _signed(ctx, drafts)
    _transcript_labels(ctx, drafts)
    _floating_before(ctx, drafts)
    _praised_above(ctx, drafts)
    _subject_just_before(ctx, drafts)
    _share_within_groups(groups)
    for d in drafts:
        if d.speaker is None and (d.given or _given_words(ctx, d)):
            d.given = True
            continue
        title = _is_title(ctx, d.span)
        # The cheap test first: most quotes are tied to a speaker by a speech verb.
        if (
            (_weakly_attributed(ctx, d) and _is_term(ctx, d.span))
            or title == "named"
            or _names_speaker(ctx.text, d)
            or _quoted_subject(ctx, d)
            or _quoted_label(ctx, d)
        ):
            d.speaker, d.cue, d.rule, d.kind = None, None, None, "term"
        if d.speaker is None and d.kind != "term" and title is None:
            # The sentence's subject is no speaker of a title ("CBS renewed "Hawaii Five-0"").
            _sentence_subject(ctx, d)
    names = speakers.Memo()
    found: dict[tuple[int, int], tuple[int, int] | None] = {}
    known = sorted({d.speaker for d in drafts if d.speaker is not None})
    return [_finish(ctx, d, known, names, found) for d in drafts]


def _draft(ctx: _Context, span: QuotedSpan) -> _Draft:
    mark = span.open_mark if span.open_mark is not None else span.start
    par = ctx.paragraph_of(span.start)  # the paragraph of its opening mark too
    return _Draft(span, par, mark, _starts_clause(ctx.text, ctx.paragraphs[par].start, mark))


# -- local rules ------------------------------------------------------------


def _local_rules(ctx: _Context, drafts: list[_Draft], i: int, d: _Draft) -> None:
    if _inside_attribution(drafts, i):
        return
    if _in_question(ctx, d):
        d.given = _is_title(ctx, d.span) is None  # a show named in the question stays a title
        return
    par = ctx.paragraphs[d.par]
    prev_end = par.start
    if i > 0 and drafts[i - 1].par == d.par:
        prev = drafts[i - 1].span
        prev_end = _after_close(ctx.text, prev)
    nxt_start = par.end
    if i + 1 < len(drafts) and drafts[i + 1].par == d.par:
        nxt = drafts[i + 1].span
        nxt_start = nxt.open_mark if nxt.open_mark is not None else nxt.start
    if d.opens_clause:
        if (
            _resumed(ctx, drafts, i, d)
            or _introduced_sentence(ctx, d, prev_end)
            or _quotative_like(ctx, d)
            or _post(ctx, d, _past_short_terms(ctx, drafts, i, nxt_start))
            or _pre(ctx, d, prev_end)
        ):
            return
        if not _partial(ctx, d, prev_end, nxt_start):
            _same_sentence(ctx, drafts, i, d)
    elif _adjacent_post(ctx, d, nxt_start) or _trailing_partial(ctx, d) or (
        not _partial(ctx, d, prev_end, nxt_start)
        and not _same_sentence(ctx, drafts, i, d)
        and _post_past_clause(ctx, d, nxt_start)
    ):
        # Words inside a sentence: a speaker and verb right after the closing
        # mark ('… want to "create jobs," Sanders said'), else its own cue
        # before it, else one after it.
        d.kind = "partial"


# "And I'm like, "…"", "she was like "…"", "people went like "…"": the spoken
# quotative "be like" / "go like" of interviews, right before the quote. Not
# after "you", which there is anyone ("a place where you're like, "…"").
_QUOTATIVE_LIKE = re.compile(
    r"(?<![\w’'])(?P<subj>I|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|[Pp]eople)"
    r"(?:[’'](?:m|s|re)|[ \u00a0]+(?:am|is|are|was|were|(?:will|would)[ \u00a0]+(?:be|go)|go|goes|went))"
    r"[ \u00a0]+(?P<verb>like),?[ \u00a0]*$"
)


def _quotative_like(ctx: _Context, d: _Draft) -> bool:
    """A quote right after a pronoun and "be like": that pronoun's, the words
    it is said to have said (a speaker is no guess: it is the subject the
    narrator gives)."""
    m = _QUOTATIVE_LIKE.search(ctx.text, max(0, d.mark - 40), d.mark)
    if m is None:
        return False
    d.speaker, d.rule = m.span("subj"), "pre"
    d.cue = Cue(m.start("verb"), m.end("verb"), "like", "speech")
    d.kind = "direct" if _CAPITAL_START.match(ctx.text, d.span.start) else "partial"
    return True


def _inside_attribution(drafts: list[_Draft], i: int) -> bool:
    """Quoted words between the speaker of the quote before and the verb after
    it that attributes it: part of its subject, no quote of that speaker's
    ('"…," Texas delegate Bill Eastland, wearing … "Ted Cruz" campaign pins, said')."""
    if i == 0:
        return False
    prev, d = drafts[i - 1], drafts[i]
    if prev.rule != "post" or prev.cue is None or prev.speaker is None:
        return False
    return prev.speaker[0] < d.span.start and d.span.end <= prev.cue.start


def _past_short_terms(ctx: _Context, drafts: list[_Draft], i: int, limit: int) -> int:
    """The reach of the words after quote ``i`` when a few quoted words inside
    its sentence end it at ``limit``: past them to the next mark or the
    paragraph end ('"…," Texas delegate Bill Eastland, wearing a cowboy hat and
    "Ted Cruz" campaign pins, said')."""
    d = drafts[i]
    sent_end = ctx.sentence_of(_after_close(ctx.text, d.span)).end
    j = i + 1
    while j < len(drafts) and drafts[j].par == d.par and drafts[j].mark == limit:
        span = drafts[j].span
        if span.end - span.start > 30 or span.end > sent_end or drafts[j].opens_clause:
            return limit
        j += 1
        nxt = drafts[j].mark if j < len(drafts) and drafts[j].par == d.par else ctx.paragraphs[d.par].end
        limit = nxt
    return limit


# A conjunction opening a subordinate clause ("When he devoted …", "as they contemplate …").
_SUBORDINATOR = re.compile(
    r"(?<![\w’'])(?:[Ww]hen|[Ww]here|[Ww]hile|[Ww]hereas|[Aa]s|[Aa]fter|[Bb]efore|[Ss]ince|[Aa]lthough|[Tt]hough|[Bb]ecause)[ \u00a0]+"
)
_CLAUSE_BREAK = re.compile(r"[,;:]")


def _post_past_clause(ctx: _Context, d: _Draft, limit: int) -> bool:
    """Words inside a sentence attributed by the speaker and verb after them
    (``_post``, ``_trailing_attribution``), unless they sit in a subordinate
    clause with a subject of its own (``_fronted_clause_subject``)."""
    if not (_post(ctx, d, limit) and _trailing_attribution(ctx, d)):
        return False
    own = _fronted_clause_subject(ctx, d)
    if own is not None:
        d.speaker, d.cue, d.rule = own, None, "subject"
    return True


def _fronted_clause_subject(ctx: _Context, d: _Draft) -> tuple[int, int] | None:
    """"When he devoted his candidacy to the "forgotten middle class," Mrs.
    Clinton has struggled …", "As they contemplate Sanders's "contested
    contest" at the convention, Clinton supporters think …": words quoted in a
    subordinate clause that opens the sentence or follows a comma, whose verb
    is no cue, are the words of that clause's subject (the mention the gold
    names), not of the main clause's after them."""
    text, mark = ctx.text, d.mark
    sent = ctx.sentence_of(mark)
    m = None
    for m in _SUBORDINATOR.finditer(text, sent.start, mark):
        pass
    if m is None or _CLAUSE_BREAK.search(text, m.end(), mark):
        return None
    opens = not text[sent.start : m.start()].strip(" \u00a0\"“‘'")
    if not opens and text[max(sent.start, m.start() - 2) : m.start()] != ", ":
        return None
    subj = speakers.sentence_subject(text, m.end(), mark)
    if subj is None:
        return None
    if text[subj[0] : subj[1]].lower() not in _PERSONAL and not speakers.is_person(text, *subj):
        # "While the US economy is growing at a "reasonably good pace" he
        # warned": a thing is no speaker; the main clause's is.
        return None
    return subj


_PERSONAL = frozenset(("he", "she", "they", "we", "i"))


# "Asked whether Clinton "…," 75 percent said yes": a clause opening the sentence
# that reports a question put to the subject, up to the quote's closing comma.
_ASKED_CLAUSE = re.compile(r"[\s\"“‘']*(?:(?:When|If|Once|After)[ \u00a0]+)?[Aa]sked\b[^,;:.!?\"“”]{0,150}$")


def _in_question(ctx: _Context, d: _Draft) -> bool:
    """Words quoted in a question put to the sentence's subject ("Asked whether
    Clinton "has the integrity to serve," 75 percent of Democrats said yes") are
    the asker's, who is not named: no speaker, not the subject who answers."""
    text = ctx.text
    if d.opens_clause or text[d.span.end - 1] != ",":
        return False
    return _ASKED_CLAUSE.fullmatch(text, ctx.sentence_of(d.mark).start, d.mark) is not None


def _resumed(ctx: _Context, drafts: list[_Draft], i: int, d: _Draft) -> bool:
    """'"Many people are uncertain," Thiel wrote in a statement explaining why
    he is speaking, "but most agree …"': a quote broken by its attribution
    resumes in lower case; the second part is the first part's, not that of a
    verb in the attribution's own clauses."""
    if i == 0 or not ctx.text[d.span.start : d.span.start + 1].islower():
        return False
    prev = drafts[i - 1]
    text = ctx.text
    if prev.rule != "post" or prev.par != d.par or prev.speaker is None or text[prev.span.end - 1] != ",":
        return False
    gap_start = _after_close(text, prev.span)
    if not text[gap_start : d.mark].rstrip().endswith(",") or ctx.sentence_of(gap_start) != ctx.sentence_of(d.mark):
        return False
    d.speaker, d.cue, d.rule, d.kind = prev.speaker, prev.cue, "post", prev.kind
    return True


def _introduced_sentence(ctx: _Context, d: _Draft, lo: int) -> bool:
    """'Clinton responds to Mills with, "Why now? …?" Mills then writes back,
    "…"': a quote ending a sentence, set after a cue and a comma or colon, is
    that cue's; a verb after it starts the next sentence (not '"…," he said')."""
    text = ctx.text
    if text[d.span.end - 1] not in ".?!" or not text[max(0, d.mark - 3) : d.mark].rstrip().endswith((",", ":")):
        return False
    return _pre(ctx, d, lo)


@lru_cache(maxsize=1)
def _speech_nouns() -> str:
    """The nouns for what is said ("remark", "claim"), as one regex alternation."""
    return trie_regex(sorted(lexicon().category("speech_noun")))


@lru_cache(maxsize=1)
def _speech_noun() -> re.Pattern[str]:
    # Starting with the words themselves (no look-behind) lets the engine skip ahead fast.
    return re.compile(rf"(?:{_speech_nouns()})(?![\w’'\-])")


@lru_cache(maxsize=1)
def _possessive_noun() -> re.Pattern[str]:
    """"her remark that", "Donald Trump's claim that", "his repeated
    mispronunciations of", "Clinton's response was:" right before a quote."""
    nouns = _speech_nouns()
    return re.compile(
        r"(?:(?<![\w’'])(?P<pron>[Hh]is|[Hh]er|[Tt]heir)"
        r"|(?<![\w’'])(?P<name>[A-Z][\w.\-]*(?:[ \u00a0]+[A-Z][\w.\-]*){0,3})(?:[’']s|(?<=s)[’']))"
        rf"[ \u00a0]+(?:[\w\-]+[ \u00a0]+){{0,3}}?(?P<noun>{nouns})(?![\w’'\-])"
        r"(?P<rest>[^.,;!?“”\"]{0,70}?)[ \u00a0,:]*$"
    )


def _possessor(ctx: _Context, d: _Draft) -> None:
    """Quoted words right after a possessive and a noun for what is said ("her
    remark that "…"", "his call for "…"", "Trump's claim that Obama "…"") are
    the possessor's, unless a reporting verb sits between noun and quote
    ("his claim that Cruz said "…"") or a cue attributes them already ("Ryan
    said Obama's words "…"" is Ryan's)."""
    text = ctx.text
    if d.speaker is not None:
        return
    mark = d.mark
    lo = max(ctx.sentence_of(mark).start, mark - 160)
    # The noun first (a plain word search): the whole pattern, which backtracks,
    # runs only near one; this halves the rule's cost on BBC.
    noun = _speech_noun().search(text, lo, mark)
    if noun is None:
        return
    m = _possessive_noun().search(text, max(lo, noun.start() - 90), mark)
    if m is None or ctx.cues(m.end("noun"), mark):
        return
    owner = m.span("pron") if m.group("pron") else m.span("name")
    if any(c.cls in ("speech", "attitude") for c in ctx.cues(max(lo, owner[0] - 40), owner[0])):
        return  # "saying Trump's comments "…"", "denounced Trump's call for "…"": the verb's subject speaks
    if m.group("pron"):
        owner = _subject_owning(text, lo, owner) or owner
    d.speaker, d.cue, d.rule = owner, None, "partial"
    if not d.opens_clause:
        d.kind = "partial"


# The verb right before a possessive pronoun, with a particle: "pushed his",
# "stood by his", "returned to his".
_VERB_BEFORE_POSSESSIVE = re.compile(
    r"(?<![\w’'\-])(?P<verb>[a-z]{3,})(?:[ \u00a0]+(?:by|to|on|with|up|out|off))?[ \u00a0]+$"
)


def _be_right_before(also: str) -> re.Pattern[str]:
    """A form of "be" ending a window, an adverb in -ly allowed after it ("was
    widely", "is"): what makes the verb after it a passive. ``also`` adds forms
    one use needs and the other must not have."""
    return re.compile(rf"(?<![\w’'])(?:is|are|was|were|be|been|{also})(?:[ \u00a0]+[a-z]+ly)?[ \u00a0]+$")


_PASSIVE_AUX = _be_right_before("being")
_ADVERB_BEFORE = re.compile(r"[ \u00a0]+[a-z]+ly[ \u00a0]*$")


def _subject_owning(text: str, lo: int, pron: tuple[int, int]) -> tuple[int, int] | None:
    """"Trump stood by his comment that "…"", "Sanders has consistently pushed
    his promise of "…"": the subject of the verb that governs "his" remark is
    the one who made it, and the mention to name (not when the verb is
    passive, "He was challenged over his statement", nor of another gender)."""
    m = _VERB_BEFORE_POSSESSIVE.search(text, max(lo, pron[0] - 30), pron[0])
    if m is None or m.group("verb") in _NOT_VERBS:
        return None
    verb = m.start("verb")
    if _PASSIVE_AUX.search(text, max(lo, verb - 25), verb) is not None:
        return None
    adverb = _ADVERB_BEFORE.search(text, max(lo, verb - 20), verb)
    subj = speakers.subject_before(text, max(lo, verb - 150), adverb.start() if adverb else verb)
    personal = {"his": "he", "her": "she"}.get(text[pron[0] : pron[1]].lower(), "they")
    if subj is None or not speakers.compatible(personal, text[subj[0] : subj[1]]):
        return None
    return subj


_NOT_VERBS = frozenset(
    ("and", "but", "for", "over", "about", "from", "into", "that", "than", "the", "with", "after", "before",
     "despite", "including", "against", "under", "amid", "like", "of", "in")
)


_ADJACENT = re.compile(r"[ \u00a0]*[^\s\w]?[ \u00a0]*(?:[A-Za-z][\w.’'\-]*[ \u00a0]+){0,4}?"
                       r"[a-z]+[ \u00a0]*[.,]")
# '"…," said Sylke Tempel, the editor of …': the verb first, then a name (whose last word is capitalised).
_ADJACENT_INVERTED = re.compile(r"[ \u00a0]*[^\s\w]?[ \u00a0]*[a-z]+(?:[ \u00a0]+[A-Z][\w.’'\-]*){1,4}[ \u00a0]*[.,]")


def _trailing_attribution(ctx: _Context, d: _Draft) -> bool:
    """Words quoted inside a sentence take a speaker named after them only from
    a closing "…, X said" or "…, said X", or after a quote ending in a comma
    (else the attribution is undone):
    "Trump's "excesses" are sickening, Hollande said" but not "the "back of
    the queue" if it wanted"."""
    assert d.speaker is not None and d.cue is not None
    text = ctx.text
    first = min(d.speaker[0], d.cue.start)
    after = _after_close(text, d.span)
    if (
        d.cue.cls == "source"
        or text[d.span.end - 1] == ","
        or _ONLY_PUNCT.fullmatch(text, after, first)
        or text[after:first].rstrip(" \u00a0").endswith((",", "—", "–"))
    ):
        return True
    d.speaker, d.cue, d.rule = None, None, None
    return False


def _adjacent_post(ctx: _Context, d: _Draft, limit: int) -> bool:
    """A quote ending in a comma followed by "X said." — only the speaker and
    the verb before the sentence ends."""
    text, span = ctx.text, d.span
    if span.close_mark is None or text[span.end - 1] not in ",?!":
        return False
    start = mark_end(text, span.close_mark)
    adjacent = _ADJACENT.match(text, start, limit)
    inverted = _ADJACENT_INVERTED.match(text, start, limit) if adjacent is None else None
    if adjacent is None and inverted is None:
        return False
    if not _post(ctx, d, limit):
        return False
    assert d.speaker is not None and d.cue is not None
    if (adjacent is not None and min(d.speaker[0], d.cue.start) > adjacent.end()) or (
        inverted is not None and d.cue.start > inverted.end()
    ):
        # '"glow in the dark," for instance, and Trump vowed to …': the clause
        # after the quote ends before its speaker and verb ('"…," the Marsh
        # Landing Country Club, a private course …, charged').
        d.speaker, d.cue, d.rule = None, None, None
        return False
    if d.cue.cls in ("speech", "source"):
        return True
    # '… said he would "protect our citizens," the crowd applauded': a verb
    # that is no speech verb after the quote yields to the cue before it.
    d.speaker, d.cue, d.rule = None, None, None
    return False


def _after_close(text: str, span: QuotedSpan) -> int:
    return mark_end(text, span.close_mark) if span.close_mark is not None else span.end


# '"…," and I agree', '"…" because they see', '"…," who proceeded to': a clause of
# its own after the closing mark, whose subject and verb do not attribute the quote.
_NEW_CLAUSE = re.compile(
    r"[ \u00a0]*[,;]?[ \u00a0]*(?:and|but|or|because|when|while|if|although|though|after|before|since|until|unless|who|which|where)\b"
)


def _post(ctx: _Context, d: _Draft, limit: int) -> bool:
    """``"…," X said`` / ``"…," said X`` / ``"…," according to X``."""
    text, span = ctx.text, d.span
    if span.close_mark is None:
        return False
    start = mark_end(text, span.close_mark)
    if _NEW_CLAUSE.match(text, start, limit):
        # Only "…, he said" or "…, said X" after that clause attributes the quote
        # ('"…" since so many cases were decided 5-4, said Lee Epstein').
        cues = ctx.cues(start, min(limit, ctx.sentence_of(start).end))
        first = next((c for c in cues if c.cls in ("speech", "source")), None)
        comma = -1 if first is None else text.rfind(", ", start, first.start)
        if comma == -1:
            return False
        start = comma + 1
    cue = ctx.first_cue(start, min(limit, start + _POST_REACH))
    if cue is None:
        return _post_any_verb(ctx, d, start, limit) or _post_states(ctx, d, start, limit)
    if _ONLY_PUNCT.fullmatch(text, start, cue.start):
        if is_participle(cue) or cue.cls not in ("speech", "source"):
            # '"…," referring to …' is no attribution; nor '"…," denounced her
            # record': only speech verbs come before their subject ("said X").
            return False
        subj = speakers.subject_after(text, cue.end, limit)
    else:
        subj = speakers.subject_filling(text, start, cue.start) or _lone_surname(text, start, cue)
        if subj is None and _ends_for_speaker(ctx, d, start, cue):
            # '"…," Jeffrey Lewis of the James Martin Center … wrote': a subject
            # too long to read whole; its head is the speaker.
            subj = speakers.subject_heading(text, start, cue.start)
            if subj is not None and text[subj[0] : subj[1]].split()[0] in ("the", "a", "an"):
                subj = _after_last_comma(text, start, cue.start) or subj
            if subj is not None:
                cue = _main_verb(ctx, cue, subj[1], min(limit, start + _POST_REACH))
        mid = text[start : cue.start].strip(" \u00a0,")
        if subj is None and mid[:1].islower() and text[start : cue.start].rstrip().endswith(",") and not is_participle(cue):
            # '"…" in the 2008 primary, said Paul Beck'
            subj = speakers.subject_after(text, cue.end, limit)
        if subj is None and ctx.sentence_of(start) == ctx.sentence_of(cue.start):
            subj = speakers.subject_before(text, start, cue.start)
            if subj is None and "," in text[start : cue.start]:
                # '"…" of the case, the unsigned opinion said'
                subj = speakers.subject_filling(text, text.rindex(",", start, cue.start) + 1, cue.start)
            if subj is not None and not _ONLY_PUNCT.fullmatch(text, start, subj[0]):
                # '"…" about the issue, Ban said': a speaker right after a comma.
                after_comma = text[start : subj[0]].rstrip().endswith(",")
                subj = None if text[start : subj[0]].count(" ") > 6 and not after_comma else subj
        if subj is None and "," not in text[start : cue.start] and _ends_for_speaker(ctx, d, start, cue):
            # A long subject that neither its head nor its end gives: the name
            # opening it. (Not after a comma: '"…," Digital prints cost less …,
            # said Ms Deans' is a clause of its own before an inverted verb.)
            subj = speakers.leading_name(text, start, cue.start)
    if subj is None or (is_participle(cue) and "," not in text[subj[1] : cue.start]):
        # '"…," a nod to the front-runner acknowledging': a participle right after
        # a phrase is no verb of it ('"…," Smith, speaking on Fox, said' is).
        return False
    ends = text[span.end - 1]
    if (ends == "." and cue.cls != "source") or (ends in "?!" and cue.cls not in ("speech", "source")):
        # "…done." He stressed the point. — a new sentence, not an attribution,
        # unless the clause after the quote is only speaker and verb; after "?"
        # or "!" only for verbs that are no speech verbs ("“Who knows?” Others
        # saw the same thing", not "“Why?” he asked.").
        tail = text[max(cue.end, subj[1]) : limit].strip()
        if tail and tail[0] not in ".,;:":
            return False
        if tail in (",", ":") and limit < ctx.paragraphs[d.par].end:
            return False  # '"…." He added, "…"': the verb introduces the next quote
    # Only a source in the speaker's sentence counts: no need to scan past it.
    within = min(limit, ctx.sentence_of(subj[1]).end)
    source = next((c for c in ctx.cues(subj[1], within) if c.cls == "source"), None)
    if source is not None and ctx.sentence_of(subj[1]) == ctx.sentence_of(source.start):
        # '"…," the judge said, according to the Post': the source is the attribution.
        named = speakers.subject_after(text, source.end, limit)
        if named is not None:
            subj, cue = named, source
    d.speaker, d.cue, d.rule = subj, cue, "post"
    d.kind = "direct" if d.opens_clause else "partial"
    return True


_LONE_WORD = re.compile(r"[ \u00a0]+(?P<name>[A-Z][a-z]+)[ \u00a0]+")


def _lone_surname(text: str, start: int, cue: Cue) -> tuple[int, int] | None:
    """'"…," From said.': a single capitalised word between the closing mark
    and a speech verb is a surname even when it is also a function word
    (Al From, Theresa May, George Will), which no speaker phrase starts with."""
    if cue.cls != "speech" or text[start - 2 : start - 1] not in (",", "?", "!"):
        return None
    m = _LONE_WORD.fullmatch(text, start, cue.start)
    return m.span("name") if m else None


def _after_last_comma(text: str, start: int, end: int) -> tuple[int, int] | None:
    """'"…" the dawn of the modern conservative movement, Bozell says': a
    name filling the words after the last comma before the verb, when the
    words after the quote open with a common noun phrase (not '"…," Gordon
    Willmon, president of Esso Resources said')."""
    comma = text.rfind(",", start, end)
    if comma == -1 or not text[comma + 1 : end].strip():
        return None
    subj = speakers.subject_filling(text, comma + 1, end)
    return subj if subj is not None and speakers.is_name(text, *subj) else None


def _ends_for_speaker(ctx: _Context, d: _Draft, start: int, cue: Cue) -> bool:
    """A quote ending in , ? or ! whose sentence goes on, with no other quote,
    to a finite reporting verb: what sits between is the speaker."""
    text = ctx.text
    # An editor's comma in brackets ends the quote as a comma does ('… heal us[,]" Crystal …').
    last = "," if text.endswith("[,]", d.span.start, d.span.end) else text[d.span.end - 1]
    if last not in ",?!" or is_participle(cue) or cue.cls == "source":
        return False
    mark = d.span.open_mark
    if mark is None or not d.opens_clause or text[max(0, mark - 2) : mark].strip()[-1:] in ("-", "—", "–"):
        return False  # words inside a sentence, or a quote set off by dashes
    if ctx.sentence_of(start) != ctx.sentence_of(cue.start):
        return False
    # A few words quoted inside the subject stay in it ('"…," Texas delegate Bill
    # Eastland, wearing a cowboy hat and "Ted Cruz" campaign pins, said').
    between = _SHORT_QUOTED.sub("", text[start : cue.start])
    return not any(c in between for c in "\"“”;:")


_SHORT_QUOTED = re.compile(r"[“\"][^“”\"]{1,30}[”\"]")


def _main_verb(ctx: _Context, cue: Cue, lo: int, hi: int) -> Cue:
    """The verb of a long subject rather than one inside its relative clause:
    the first cue right after a comma ("X, who was not allowed to speak, told")."""
    sent_end = ctx.sentence_of(cue.start).end
    for c in ctx.cues(lo, min(hi, sent_end)):
        if ctx.text[c.start - 2 : c.start] == ", " and not is_participle(c):
            return c
    return cue


# '"This is fantastic!" beamed Donald Hartley' / '"…," Mr. Lee grumbled.': a verb
# the lexicon lacks, in the one place where any past-tense verb is the cue.
_ANY_VERB_AFTER = re.compile(r"[ \u00a0]*(?P<verb>[a-z]+ed)[ \u00a0]+(?=[A-Z]|the |a |an )")
# '"…," smiles one broker': a present form, before an article only (not '"…," as Heather Childers').
_ANY_PRESENT_AFTER = re.compile(r"[ \u00a0]*(?P<verb>[a-z]{3,}(?<!s)s)[ \u00a0]+(?=the |a |an |one )")
_ANY_VERB_BEFORE = re.compile(r"(?P<verb>[a-z]+ed)(?=[ \u00a0]*[.,;]|[ \u00a0]+(?:on|in|at|to)\b)")


def _post_any_verb(ctx: _Context, d: _Draft, start: int, limit: int) -> bool:
    """A quote ending in , ! or ? and followed by a speaker and an unknown -ed (or -s) verb."""
    text, span = ctx.text, d.span
    if text[span.end - 1] not in ",!?":
        return False
    m = _ANY_VERB_AFTER.match(text, start, limit) or _ANY_PRESENT_AFTER.match(text, start, limit)
    if m is not None:
        subj = speakers.subject_after(text, m.end("verb"), limit)
    else:
        window_end = min(limit, start + 80)
        verb = _ANY_VERB_BEFORE.search(text, start, window_end)
        if verb is None:
            return False
        subj = speakers.subject_filling(text, start, verb.start())
        m = verb
    return _verb_after(d, subj, m)


def _verb_after(d: _Draft, subj: tuple[int, int] | None, m: re.Match[str]) -> bool:
    """Attribute to ``subj`` with the verb of ``m`` (group ``verb``) after the quote."""
    if subj is None:
        return False
    d.speaker, d.rule = subj, "post"
    d.cue = Cue(m.start("verb"), m.end("verb"), m.group("verb"), "speech")
    d.kind = "direct" if d.opens_clause else "partial"
    return True


# "states" is no cue elsewhere ("many Asian states"), but between a subject after
# a quote and the end of its clause it is the verb.
_STATES_AFTER = re.compile(r"(?P<verb>states?)(?=[ \u00a0]*[.,;]|[ \u00a0]+(?:on|in|at)\b)")


def _post_states(ctx: _Context, d: _Draft, start: int, limit: int) -> bool:
    """'"…," a voice-over in the ad states.' / '"…," the Saudis state in the white paper'."""
    text, span = ctx.text, d.span
    if text[span.end - 1] not in ",!?":
        return False
    verb = _STATES_AFTER.search(text, start, min(limit, start + 80))
    if verb is None:
        return False
    return _verb_after(d, speakers.subject_filling(text, start, verb.start()), verb)


def _pre(ctx: _Context, d: _Draft, lo: int) -> bool:
    """``X said: "…"`` / ``X told reporters, "…"`` / ``According to X, "…"``."""
    text, span = ctx.text, d.span
    mark = d.mark
    sent_start = ctx.sentence_of(mark).start
    lo = max(lo, sent_start, mark - 250)
    main = _after_fronted_clause(text, sent_start, lo, mark)
    if main > lo and ctx.first_cue(main, mark) is not None:
        # "Even before Sanders took the stage …, his campaign sent out a text
        # saying: "…"": not Sanders, when the main clause has a cue of its own.
        lo = main
    window = text[lo:mark].rstrip()
    if not window or window[-1] not in ",:":
        return False
    colon = lo + len(window) - 1
    if window[-1] == ":" and _DASHED_NAME.search(text, max(lo, colon - 80), colon):
        # "Pollsters agree - Carl Bialik: "…"": the name after the dash.
        return _colon(ctx, d, lo, colon)
    cues = [c for c in ctx.cues(lo, mark) if not _writer_aside(text, c)]
    if not cues or mark - cues[-1].end > _PRE_REACH:
        inverted = _inverted_opening(ctx, lo, colon)
        if inverted is not None:
            d.cue, d.speaker = inverted
            d.rule, d.kind = "pre", "direct"
            return True
        return window[-1] == ":" and _colon(ctx, d, lo, colon)
    # The best cue near the mark: a verb of thinking in a clause just before
    # the quote ("told X that if he wants …, "…"") loses to the speech verb.
    cue = _best_cue([c for c in cues if mark - c.end <= _PRE_REACH]) or cues[-1]
    cue = _outside_inner_clause(ctx, cue, cues, lo, colon)
    subj = _subject_of(ctx, cue, lo, mark, cues) or _noun_before_verb(ctx, cue, lo)
    if subj is None:
        return window[-1] == ":" and _wh_label(ctx, d, lo, colon)
    cue, subj = _outer(ctx, cue, subj, cues, lo, mark)
    d.speaker, d.cue, d.rule = subj, cue, "pre"
    d.kind = "direct" if _CAPITAL_START.match(text, span.start) else "partial"
    return True


def _noun_before_verb(ctx: _Context, cue: Cue, lo: int) -> tuple[int, int] | None:
    """"The prop said: "…"", "The world indoor champion said: "…"": a noun the
    lexicon does not know, with its article, opening the sentence before the cue
    (``sentence_subject`` finds it only where it may look at the verb after it).
    A work is no speaker ("The documentary showed Mr X … telling the meeting:
    "…"" is Mr X's quote)."""
    sent = ctx.sentence_of(cue.start)
    subj = speakers.sentence_subject(ctx.text, max(lo, sent.start), cue.end)
    if subj is None or subj[1] > cue.start or _names_a_work(ctx.text, subj):
        return None
    return subj


def _names_a_work(text: str, subj: tuple[int, int]) -> bool:
    """A phrase headed by a film, a show or a book, which shows or tells of what
    someone said (an ad or a document may itself say it; an editor is a person)."""
    head = text[subj[0] : subj[1]].rsplit(None, 1)[-1]
    lex = lexicon()
    return head in lex.category("work") and head not in lex.category("document") | lex.category("role")


_WRITER_ASIDE = re.compile(r",[ \u00a0]+(?:and[ \u00a0]+)?I[ \u00a0]+$")


def _writer_aside(text: str, cue: Cue) -> bool:
    """"Trump said, and I quote, "…"": the writer's aside is no cue."""
    return cue.text == "quote" and _WRITER_ASIDE.search(text, max(0, cue.start - 10), cue.start) is not None


# "Mrs. Clinton said that when Ms. Warren railed against …, "…"": a subordinate
# clause that ends at the comma before the quote.
_INNER_CLAUSE = re.compile(r"\b(?:that|,)[ \u00a0]+(?P<sub>when|if|while|although|though|because|after|before|unless)\b[^,;:\"“”]{3,150}$")


def _outside_inner_clause(ctx: _Context, cue: Cue, cues: Sequence[Cue], lo: int, comma: int) -> Cue:
    """A verb inside a subordinate clause set between a speech verb and the quote
    ("said that when Ms. Warren railed against Wall Street, "…"") is not the
    quote's cue: the speech verb before the clause is."""
    # The word count first: most cues are right before the quote, and the
    # clause search, anchored at the comma, tries every start in the window.
    if len(ctx.text[cue.end : comma].split()) <= 3:
        return cue  # "…, though he said, "…"": a verb right before the quote is its own
    m = _INNER_CLAUSE.search(ctx.text, lo, comma)
    if m is None or cue.start < m.start("sub"):
        return cue
    outer = [c for c in cues if c.end <= m.start() and c.cls == "speech" and not is_participle(c)]
    return outer[-1] if outer else cue


_INVERTED = re.compile(r"[\s\"“‘']*(?P<verb>[A-Z][a-z]+)[ \u00a0]+(?=[A-Z])")


def _inverted_opening(ctx: _Context, lo: int, end: int) -> tuple[Cue, tuple[int, int]] | None:
    """"Said Comey, "…"", "Continued Stone: "…"": a clause that opens with a
    capitalised speech verb and ends with its subject before the comma or colon."""
    text = ctx.text
    start = max(lo, ctx.sentence_of(end).start)
    m = _INVERTED.match(text, start, end)
    if m is None:
        return None
    verb = m.group("verb")
    form = verb.lower()
    if lexicon().verbs.get(form) != "speech" or is_participle(Cue(0, 0, form, "speech")):
        return None
    subj = speakers.subject_filling(text, m.end(), end)
    if subj is None:
        return None
    return Cue(m.start("verb"), m.end("verb"), verb, "speech"), subj


def _partial(ctx: _Context, d: _Draft, lo: int, hi: int) -> bool:
    """Quoted words inside a sentence whose cue verb has a subject.

    "according to X" anywhere before the quote in the sentence wins; otherwise
    the nearest speech verb ("said", "told"), then the nearest attitude verb
    ("called", "described"). A verb form used as a noun ("his calls") is no cue.
    """
    mark = d.mark
    sent = ctx.sentence_of(mark)
    lo = max(sent.start, lo, mark - 300)
    lo = _after_fronted_clause(ctx.text, sent.start, lo, mark)
    cues = ctx.cues(lo, mark)
    if any(c.text in _SPOKE for c in cues):
        cues = [c for c in cues if not _addressed(ctx.text, c)] or cues
    # Only the last cue can be a passive right before the quote.
    if cues and _is_passive(ctx.text, cues[-1], mark):
        if len(cues) == 1:
            return _passive(ctx, d, cues[0])
        cues = cues[:-1]
    opening = ctx.first_cue(sent.start, min(lo, sent.start + 30)) if lo > sent.start else None
    if opening is not None and opening.cls == "source" and opening.start == sent.start:
        # "According to his physician, Trump had "…" results …, shows "…"": a
        # source that opens the sentence holds for every quote in it.
        cues = [opening]
    cue = _best_cue(cues, mark)
    if cue is None:
        return False
    subj = _subject_of(ctx, cue, lo, mark, cues)
    if subj is None:
        # "De Blasio, speaking on WOR710, called Trump a "blowhard"": when the
        # best cue has no subject, the nearest other cue that has one.
        for other in reversed(cues):
            if other is not cue and other.cls in ("speech", "attitude"):
                subj = _subject_of(ctx, other, lo, mark, cues)
                if subj is not None:
                    cue = other
                    break
        if subj is None:
            return False
    cue, subj = _outer(ctx, cue, subj, cues, lo, mark)
    cue, subj = _reporter_of_hypothetical(ctx, cue, subj, cues, lo, mark)
    subj = _holder_of_named_view(ctx, subj)
    subj = _poll_of_respondents(ctx.text, sent.start, subj)
    source = _trailing_source(ctx, d, sent, hi)
    if source is not None:
        cue, subj = source
    d.speaker, d.cue, d.rule, d.kind = subj, cue, "partial", "partial"
    return True


# Not "being" ("opened up about being described as a "…"", "celebrating being
# dubbed the "…"": the gerund's subject is the one the words are about, whom the gold names).
_BE_BEFORE = _be_right_before("[’']s")
# From the verb to the quote: "as a", "to be", "the", "on Amazon as a", "as either"; not a
# clause ("that was reported in a "hit piece"").
_PASSIVE_TO_QUOTE = re.compile(
    r"(?:[ \u00a0]+on[ \u00a0]+[\w.’'\-]+)?(?:[ \u00a0]+(?:as|about)|[ \u00a0]+to[ \u00a0]+be)?"
    r"(?:[ \u00a0]+(?:a|an|the|either))?[ \u00a0]*"
)


def _is_passive(text: str, cue: Cue, mark: int) -> bool:
    """"what is called a "…"", "was said to be "…"", "has been called the "…"":
    a reporting verb in the passive right before the quote names no speaker as
    its subject."""
    return (
        cue.text.endswith(("ed", "id", "wn"))
        and _PASSIVE_TO_QUOTE.fullmatch(text, cue.end, mark) is not None
        and _BE_BEFORE.search(text, max(0, cue.start - 25), cue.start) is not None
    )


# "… by X", also after quotes joined to this one: "described as "irresponsible" and "outrageous" by X".
_BY_AGENT = re.compile(r"(?:[ \u00a0]+(?:and|or)[ \u00a0]+[“\"][^“”\"]{1,60}[”\"])*[ \u00a0]*by(?=[ \u00a0])")


def _passive(ctx: _Context, d: _Draft, cue: Cue) -> bool:
    """Words quoted after a passive reporting verb ("Priebus was said to be
    "furious"", "what had been called the "Golden Week"") are a quote whose
    speaker is the agent after it ("… has been called "…" by Joshua
    Hendrick"), else nobody named: a quote though short (``given``), never
    the subject's."""
    after = _after_close(ctx.text, d.span)
    end = ctx.sentence_of(after).end
    by = _BY_AGENT.match(ctx.text, after, end)
    agent = speakers.subject_after(ctx.text, by.end(), end) if by is not None else None
    if agent is None:
        d.speaker, d.cue, d.rule, d.given = None, None, None, True
    else:
        d.speaker, d.cue, d.rule = agent, cue, "partial"
    d.kind = "partial"
    return True


# "75 percent of Republicans", "25 percent of likely Republican voters", "31% of
# Republicans and Republican-leaning voters": a share of people before a speaker.
_SHARE_OF = re.compile(
    r"\d[\d.,]*[ \u00a0]*(?:percent|per[ \u00a0]cent|%)[ \u00a0]+of(?:[ \u00a0]+[^\s,;:.“”\"]+){0,3}[ \u00a0]+$"
)
# "In a national CNN/ORC poll released Monday,", "The Q poll also finds that": a
# poll or survey named by a determiner and at most six words, no clause break inside.
_POLL = re.compile(
    r"(?<![\w’'])(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)(?:[ \u00a0]+[^\s,;:.“”\"]+){0,6}?"
    r"[ \u00a0]+(?:poll|survey)(?![\w’'\-])"
)


def _poll_of_respondents(text: str, sent_start: int, subj: tuple[int, int]) -> tuple[int, int]:
    """"In a Washington Post-ABC News poll, 75 percent of Republicans said "…"",
    "The Q poll also finds that … 22 percent say "…"": words a share of
    respondents says are the poll's, named earlier in the sentence; the
    respondents are no speaker an actor can be found for."""
    if _SHARE_OF.search(text, max(sent_start, subj[0] - 50), subj[0]) is None and not speakers.is_share(text, *subj):
        return subj
    poll = None
    for poll in _POLL.finditer(text, sent_start, subj[0]):
        pass
    return poll.span() if poll is not None else subj


# Past forms only: "Mitsotakis, speaking to the Atlantic Council, called it "…"" is
# a participle whose subject is the speaker's too, and the verb after it may
# have no subject of its own.
_SPOKE = frozenset(("spoke", "spoken", "talked"))
_TO_SOMEONE = re.compile(r"[ \u00a0]+(?:to|with|before)[ \u00a0]")


def _addressed(text: str, cue: Cue) -> bool:
    """"Reid told reporters that he had spoken to Jeh Johnson and that "…"",
    "officers he has spoken with "…"": speaking to someone is no cue of the
    words quoted later in the sentence when another verb there is (speaking
    "of" or "about" them is)."""
    return cue.text in _SPOKE and _TO_SOMEONE.match(text, cue.end) is not None


# A subordinate clause opening a sentence, up to its comma: "When Trump announced
# his candidacy in June 2015, he referred to …". Its verbs are not the main clause's.
_FRONTED_CLAUSE = re.compile(
    r"[\s\"“‘']*(?:When|After|Before|Since|Ever since|Once|Until|While|Although|Though|Because(?![ \u00a0]+of\b)"
    r"|(?:Even|Just|Only|Long|Shortly)[ \u00a0]+(?:when|after|before|since|as)"
    # after a short opener: "Last month, when I asked him …, he said"
    r"|[A-Z][\w’'\- \u00a0]{2,30},[ \u00a0]+(?:when|after|before|while|although|though|because(?![ \u00a0]+of\b)))"
    r"\b[^,;:\"“”]{3,150},[ \u00a0]+"
)


def _after_fronted_clause(text: str, sent_start: int, lo: int, mark: int) -> int:
    """Where the main clause starts, when a fronted subordinate clause ends before
    the quote mark (else ``lo``): a quote in the main clause does not take a cue
    from it."""
    m = _FRONTED_CLAUSE.match(text, sent_start, mark)
    return max(lo, m.end()) if m is not None else lo


def _trailing_source(ctx: _Context, d: _Draft, sent: Segment, hi: int) -> tuple[Cue, tuple[int, int]] | None:
    """"Trump said he was "happy to see" it, according to the Times": a source
    named later in the sentence is the attribution, also past other quotes of
    the sentence ('X noted that what it calls "…" is "central" to …, reported
    the Examiner'); a closing ", he said." only up to the next quote (``hi``)."""
    text = ctx.text
    after = _after_close(text, d.span)
    end = sent.end
    # '… should "look for a psychiatrist," according to Reuters': the quote's own comma.
    comma_in_quote = text[d.span.end - 1] == ","
    if not comma_in_quote and text.find(", ", after, end) == -1:
        return None  # every shape below follows a comma
    cues = ctx.cues(after, end)
    if not cues:
        return None
    for c in cues:
        if c.cls == "source" and (
            text[max(0, c.start - 2) : c.start] == ", "
            or (comma_in_quote and _ONLY_PUNCT.fullmatch(text, after, c.start))
        ):
            subj = speakers.subject_after(text, c.end, end)
            if subj is not None:
                return c, subj
        if c.text in ("reported", "reports"):
            # "…, CNN reported." / "…, reported the Washington Examiner."
            comma = text.rfind(", ", after, c.start)
            if comma == -1:
                continue
            if text[c.end : end].strip(" \u00a0\"”'’") in (".", ""):
                subj = speakers.subject_filling(text, comma + 1, c.start)
            elif _ONLY_PUNCT.fullmatch(text, comma, c.start):
                subj = speakers.subject_after(text, c.end, end)
            else:
                subj = None
            if subj is not None:
                return c, subj
    # "… the "Leave" movement, he said.": the sentence's last clause is only a
    # speaker and a speech verb.
    if hi < sent.end:
        return None
    found = _closing_clause(text, cues, after, end)
    if found is None:
        return None
    comma, c = found
    if _ONLY_PUNCT.fullmatch(text, comma + 1, c.start):
        # ", said the senator." — not ", shouted to the crowd." after an appositive.
        subj = speakers.subject_after(text, c.end, end)
        if subj is not None and not speakers.is_name(text, *subj) and text[subj[0] : subj[1]].split()[0] not in (
            "the", "a", "an"
        ):
            subj = None
        rest = text[subj[1] : end] if subj else ""
    else:
        subj = speakers.subject_filling(text, comma + 1, c.start)
        rest = text[c.end : end]
    if subj is not None:
        # "…, said the bureau's director, James B. Comey, on Monday.": the name renaming the speaker.
        renamed = _RENAMING_COMMAS.match(rest)
        if renamed is not None:
            rest = rest[renamed.end() :]
    if subj is None or len(rest.split()) > 3 or not rest.rstrip(" \u00a0\"”'’").endswith("."):
        return None
    return c, subj


def _closing_clause(text: str, cues: Sequence[Cue], after: int, end: int) -> tuple[int, Cue] | None:
    """The comma that opens a sentence's closing clause of a speaker and its one
    speech verb, and that verb; the clause may hold two more commas (", said the
    bureau's director, James B. Comey, on Monday.")."""
    comma = end
    for _ in range(3):
        comma = text.rfind(", ", after, comma)
        if comma == -1:
            return None
        tail = [c for c in cues if c.start > comma and c.cls == "speech" and not is_participle(c)]
        if tail:
            return (comma, tail[0]) if len(tail) == 1 else None
    return None


_RENAMING_COMMAS = re.compile(r",[ \u00a0]+[A-Z][\w.’'\-]*(?:[ \u00a0]+[A-Z][\w.’'\-]*){1,3},")


def _trailing_partial(ctx: _Context, d: _Draft) -> bool:
    """Words quoted inside a sentence that ends in ", he said." or ", according to
    X." (a quote ending in a comma is left to ``_post``: '"…," X, a Y, told Z.')."""
    if ctx.text[d.span.end - 1] == ",":
        return False
    sent = ctx.sentence_of(_after_close(ctx.text, d.span))
    found = _trailing_source(ctx, d, sent, sent.end)
    if found is None:
        return False
    d.cue, d.speaker = found
    d.rule, d.kind = "post", "partial"
    return True


_MODAL_BEFORE = re.compile(r"(?<![\w’'])(?:will|would|[’']ll|[’']d)(?:[ \u00a0]+(?:not|never|also|[a-z]+ly))?[ \u00a0]+$")


def _reporter_of_hypothetical(
    ctx: _Context, cue: Cue, subj: tuple[int, int], cues: Sequence[Cue], lo: int, hi: int
) -> tuple[Cue, tuple[int, int]]:
    """"Obama said he expected that Americans will say "no"", "Cruz said he's
    certain Rubio will continue to be "…"": a verb after "will" or "would" is
    what someone may say, not the attribution; a speech verb before it in the
    sentence, with a subject of its own, is."""
    if _MODAL_BEFORE.search(ctx.text, max(lo, cue.start - 20), cue.start) is None:
        return cue, subj
    for earlier in reversed([c for c in cues if c.end <= subj[0]]):
        if earlier.cls in ("speech", "source") and not is_participle(earlier):
            outer = _subject_of(ctx, earlier, lo, hi, cues)
            if outer is not None:
                return earlier, outer
    return cue, subj


_WHAT_BEFORE = re.compile(r"(?<![\w’'])what[ \u00a0]+$")


def _holder_of_named_view(ctx: _Context, subj: tuple[int, int]) -> tuple[int, int]:
    """"Clinton says Americans are angry, but also hungry for what she calls "real
    solutions"", "The president denounced what he called the "…" vision", "to
    change what he said was an "…"": words after "what he calls" give the view
    of the sentence's subject, the mention the gold names (8 of 9 "what he/she
    calls" quotes on train), when "he"/"she" can stand for it. Not "which"/"whom
    he called" ("Trump, whom he called a "con artist"": the gold names the
    pronoun there 6 times of 8)."""
    text = ctx.text
    pronoun = text[subj[0] : subj[1]]
    if pronoun not in ("he", "she") or _WHAT_BEFORE.search(text, max(0, subj[0] - 8), subj[0]) is None:
        return subj
    outer = speakers.sentence_subject(text, ctx.sentence_of(subj[0]).start, subj[0])
    if outer is None or outer == subj:
        return subj
    mention = text[outer[0] : outer[1]]
    if speakers.is_pronoun(mention):
        return outer if mention.lower() == pronoun else subj
    fits = speakers.compatible(pronoun, mention) and speakers.is_person(text, *outer)
    return outer if fits else subj


_LINKING = re.compile(r"(?:[ \u00a0,]+(?:that|last|this|on|week|month|year|night|also|then|now|"
                      r"today|yesterday|recently|earlier|later|Monday|Tuesday|Wednesday|Thursday|"
                      r"Friday|Saturday|Sunday))*[ \u00a0]*")


# "said on his official Twitter feed that", "told the Commons that", "recalled,
# adding that": a few words (an object, a medium, a participle) and "that".
_WORDS_THEN_THAT = re.compile(r",?(?:[ \u00a0]+[\w’'\-]+){1,6}?[ \u00a0]+that[ \u00a0]+")


def _linked(text: str, verb_end: int, subj_start: int) -> bool:
    """Whether only linking words sit between a speech verb and the subject of
    the clause it reports ("said last week that", "told the Commons that")."""
    return (
        _LINKING.fullmatch(text, verb_end, subj_start) is not None
        or _WORDS_THEN_THAT.fullmatch(text, verb_end, subj_start) is not None
    )


def _outer(
    ctx: _Context, cue: Cue, subj: tuple[int, int], cues: Sequence[Cue], lo: int, hi: int
) -> tuple[Cue, tuple[int, int]]:
    """"Bob said he began …", "Cruz said last week that Trump represents …",
    "McCain said on his Twitter feed that he was referring to …": the speech
    verb whose clause holds the chosen one is the attribution."""
    for earlier in reversed([c for c in cues if c.end <= subj[0]]):
        if earlier.cls not in ("speech", "source") or is_participle(earlier):
            continue
        if not _linked(ctx.text, earlier.end, subj[0]):
            break
        outer = _subject_of(ctx, earlier, lo, hi, cues)
        if outer is not None:
            return earlier, outer
        break
    return cue, subj


_DASHED_NAME = re.compile(r"[ \u00a0][-—–][ \u00a0]+[A-Z][\w.’'\-]*(?:[ \u00a0]+[A-Z][\w.’'\-]*){0,3}[ \u00a0]*$")


_PREPOSITION_BEFORE = re.compile(r"\b(?:to|with|on|in|at|of|for|about|into)[ \u00a0]+(?:the[ \u00a0]+)?$")


def _object_of_preposition(text: str, subj: tuple[int, int]) -> bool:
    """"responded to the question on Facebook writing, "…"": a name right after
    a preposition is the object before a participle, not the one who writes
    ("with X calling", "of X saying" are X's)."""
    return _PLACE_PREPOSITION.search(text, max(0, subj[0] - 12), subj[0]) is not None


_PLACE_PREPOSITION = re.compile(r"\b(?:to|on|in|at|for|about|into)[ \u00a0]+(?:the[ \u00a0]+)?$")


def _colon(ctx: _Context, d: _Draft, lo: int, colon: int) -> bool:
    """``Pollsters agree - Carl Bialik: "…"``: a name right before a colon."""
    text = ctx.text
    if _name_line_label(ctx, d, colon) or _wh_label(ctx, d, lo, colon):
        return True
    subj = speakers.subject_before(text, lo, colon)
    # "… in an interview with CNN on Tuesday:", "… to the newspaper NRC:": a name
    # after a preposition is no speaker; the clause's subject is.
    governed = subj is not None and _PREPOSITION_BEFORE.search(text, max(lo, subj[0] - 12), subj[0]) is not None
    if subj is None or governed or not speakers.is_name(text, *subj):
        # "And Mr. Christie gloated:": a short clause whose subject speaks.
        clause = ctx.sentence_of(colon)
        start = max(clause.start, lo)
        if len(text[start:colon].split()) > 6 and not governed:
            return False
        subj = speakers.sentence_subject(text, start, colon)
        if subj is None:
            return False
    d.speaker, d.rule = subj, "pre"
    d.kind = "direct"
    return True


def _name_line_label(ctx: _Context, d: _Draft, colon: int) -> bool:
    """"Jane Doe, 45, Boston: "…"": a paragraph opening with a name and a short
    description before the colon (voters and readers quoted one by one) is
    that name's, not the last name-like word's ("Boston")."""
    text = ctx.text
    start = ctx.paragraphs[d.par].start
    if text.find(",", start, colon) == -1 or not _SIGNATURE_LINE.fullmatch(text, start, colon):
        return False
    if any(dash in text[start:colon] for dash in (" - ", "—", "–")):
        return False  # "A HEADLINE, BUT ANOTHER - David Wasserman:": the name after the dash
    _sign(ctx, d, start, colon)
    if d.speaker is None:
        return False
    d.rule, d.kind = "pre", "direct"
    return True


_WH_LABEL = re.compile(
    r"(?:(?<![\w’'])(?:[Ww]hy|[Ww]hat|[Hh]ow)|(?<=[a-z0-9])(?:Why|What|How))[ \u00a0]+(?P<subj>(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)(?:[’'](?:s|re|m))?)"
    r"[ \u00a0]+[^:;.!?\n\"“”]{1,40}$"
)


def _wh_label(ctx: _Context, d: _Draft, lo: int, colon: int) -> bool:
    """"Why she's protesting: "…"", "What he wants:": the label of a quoted
    answer names its speaker with a pronoun (profiles of voters, protesters,
    whose fields may run together: "Job: WaitressWhy she's protesting:")."""
    m = _WH_LABEL.search(ctx.text, max(lo, colon - 60), colon)
    if m is None:
        return False
    d.speaker, d.rule, d.kind = m.span("subj"), "pre", "direct"
    return True


def _same_sentence(ctx: _Context, drafts: list[_Draft], i: int, d: _Draft) -> bool:
    """'called them "fools" who "want …"': the speaker of the quote before it in the sentence."""
    if i == 0:
        return False
    prev = drafts[i - 1]
    mark = d.mark
    if prev.speaker is None or prev.par != d.par or prev.span.end < ctx.sentence_of(mark).start:
        return False
    if ctx.sentence_of(prev.span.end) != ctx.sentence_of(mark):
        return False
    d.speaker, d.cue, d.rule, d.kind = prev.speaker, prev.cue, "partial", "partial"
    own = _new_clause_subject(ctx.text, _after_close(ctx.text, prev.span), mark)
    if own is not None:
        d.speaker = own
    return True


_CLAUSE_JOIN = re.compile(r"(?:,|(?<![\w’'])(?:but|yet))[ \u00a0]+")


def _new_clause_subject(text: str, lo: int, mark: int) -> tuple[int, int] | None:
    """'Reid said they are "…," but he gave the Texan a compliment: "…"': a
    clause whose own subject is a pronoun, between the two quotes, names the
    speaker of the second (the mention the gold names, mostly the same person)."""
    start = None
    for m in _CLAUSE_JOIN.finditer(text, lo, mark):
        start = m.end()
    if start is None:
        return None
    subj = speakers.sentence_subject(text, start, mark)
    if subj is None or text[subj[0] : subj[1]] not in ("he", "she", "He", "She"):
        # A name there may be an object ("but Muslim refugees from Syria "…""),
        # "it" and "they" are seldom the speaker ("but it was necessary to "…""),
        # and the gold is split on "who".
        return None
    return subj


def _best_cue(cues: list[Cue], near: int | None = None) -> Cue | None:
    """The cue a quote belongs to: "according to" first, then the nearest speech
    verb, then attitude, then cognition — except that an attitude verb right
    before the quote ("which he called "…"") beats a speech verb far from it."""
    last = {c.cls: c for c in cues}  # the last cue of each class (one pass, not one per class)
    best = last.get("source") or last.get("speech") or last.get("attitude") or last.get("cognition")
    if best is not None and near is not None and best.cls == "speech" and near - best.end > _FAR:
        close = last.get("attitude")
        if close is not None and near - close.end <= _NEAR:
            return close
    return best


_WHO_CLAUSE = re.compile(r",[ \u00a0]+(?P<who>who|which)\b[^,;:\"“”]{1,120},[ \u00a0]*$")


def _subject_of(
    ctx: _Context, cue: Cue, lo: int, hi: int, cues: Sequence[Cue] = ()
) -> tuple[int, int] | None:
    """The speaker of ``cue``: its subject, or the sentence's subject for a
    participle or a second verb ("…, emphasizing", "… and reiterated")."""
    text = ctx.text
    if cue.cls == "source":
        return speakers.subject_after(text, cue.end, hi)
    after_comma = text[max(lo, cue.start - 2) : cue.start].strip() == ","
    if is_participle(cue):
        # "X said …, adding" / "X marched …, chanting" / "X released a statement
        # saying": the subject of the finite verb before, else of the sentence.
        subj = None if after_comma else speakers.subject_before(text, max(lo, cue.start - 200), cue.start)
        if subj is not None and not _object_of_preposition(text, subj) and (
            not speakers.is_document(text, subj) or _WITH_BEFORE.search(text, max(0, subj[0] - 20), subj[0])
        ):
            # "with one of her ads asking, "…"": the ad speaks.
            return subj
        pronoun = _pronoun_of_clause(ctx, cue, lo, cues)
        if pronoun is not None:
            return pronoun
        for earlier in reversed([c for c in cues if c.end <= cue.start]):
            if not is_participle(earlier) and not is_noun_use(text, earlier):
                found = _subject_of(ctx, earlier, lo, hi)
                return _outside_relative(text, found) if found is not None else None
    else:
        subj = speakers.subject_before(text, max(lo, cue.start - 200), cue.start)
        if subj is not None:
            return subj
        who = _WHO_CLAUSE.search(text, max(lo, cue.start - 150), cue.start) if after_comma else None
        if who is not None:
            # "Sen. X (D-Mo.), who has endorsed Clinton, said": the name before "who".
            subj = speakers.relative_antecedent(text, who.start("who"))
            if subj is not None:
                return subj
        if after_comma:
            # "The paradox, says Carl Anthony, is that …"
            subj = speakers.subject_after(text, cue.end, hi)
            if subj is not None and text[subj[1] : subj[1] + 1] in (",", ":", "—", "–"):
                return subj  # not "X, who backs Y, said Z has pushed …"
        # "Lazar said he welcomed it and added": the subject of a verb before.
        for earlier in reversed([c for c in cues if c.end <= cue.start]):
            if not is_participle(earlier) and not is_noun_use(text, earlier):
                found = speakers.subject_before(text, max(lo, earlier.start - 200), earlier.start)
                if found is not None:
                    # "who told Congress when asked": a clause with no subject of
                    # its own is the relative clause's.
                    elliptical = _ELLIPTICAL.search(text, max(lo, cue.start - 8), cue.start)
                    return found if elliptical else _outside_relative(text, found)
    # The sentence's own subject, even when a quote sits between it and the cue
    # (a sentence that opens with a quote has none).
    sent = ctx.sentence_of(cue.start)
    if sent.start >= cue.start:
        return None
    subj = speakers.sentence_subject(text, sent.start, cue.start)
    if subj is None and is_participle(cue):
        subj = _joined_pronoun(text, sent.start, cue.start)
    if subj is None:
        subj = _clause_subject(text, max(sent.start, lo), cue)
    return subj


# A pronoun opening a clause: "he used", "she has battled", "he quickly moved".
_CLAUSE_PRONOUN = re.compile(r"(?<![\w’'])(?P<pron>[Hh]e|[Ss]he)[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?[a-z]+")


def _pronoun_of_clause(ctx: _Context, cue: Cue, lo: int, cues: Sequence[Cue]) -> tuple[int, int] | None:
    """"though last week he used stronger language, saying the group "…"", "in
    which he continued his assault on Mr. Bush, mocking …": a participle after a
    clause whose subject is "he" or "she" is that pronoun's, not the sentence
    subject's (the pronoun may name another person, and is the nearer mention)."""
    text = ctx.text
    sent_start = ctx.sentence_of(cue.start).start
    earlier = [c for c in cues if c.end <= cue.start]
    start = max(lo, sent_start, earlier[-1].end if earlier else 0)
    found = None
    for m in _CLAUSE_PRONOUN.finditer(text, start, cue.start):
        found = m
    if found is None or found.start() == sent_start:
        return None
    if _SUBORDINATOR_BEFORE.search(text, max(start, found.start() - 12), found.start()):
        # "with whom he clashed …, calling him", "praised Sanders for what he has
        # accomplished, calling it": the participle is the main clause's.
        return None
    between = text[earlier[-1].end : found.start()] if earlier else None
    if between is not None and (_LINKING.fullmatch(between) or not between.strip(" ,\u00a0")):
        # "Fiorina wrote, she began saying", "X said he …, calling": the speech verb's subject.
        return None
    subj = speakers.sentence_subject(text, sent_start, cue.start)
    if subj is not None and subj[0] > found.start():
        # "As he arrived at the court, Mr Botin greeted the media, saying": the
        # pronoun's clause opens the sentence; its subject follows.
        return None
    return found.span("pron")


_SUBORDINATOR_BEFORE = re.compile(r"(?<![\w’'])(?:whom|who|which|what|how|why|that)[ \u00a0]+$")


# "Then he cut into Bush, calling him a "stiff"", "Yet she did not stop there,
# also calling on …": a word joining the sentence to the one before, then a
# pronoun, the subject of the main clause (not "When he …", a subordinate one).
_JOINED_PRONOUN = re.compile(
    r"[\s\"“‘']*(?:But|And|Yet|So|Still|Then|Now|Instead|Meanwhile)[ \u00a0]+(?P<subj>he|she|they|we|I)[ \u00a0]+[a-z]"
)


def _joined_pronoun(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The pronoun subject of a sentence that opens with a joining word, for a
    participle later in it: "Then he cut into Bush, calling him a "stiff""."""
    m = _JOINED_PRONOUN.match(text, start, end)
    return m.span("subj") if m is not None else None


# "with one of her ads asking": a document after "with" is the subject of the participle.
_WITH_BEFORE = re.compile(r"\bwith[ \u00a0]+(?:(?:one|some|each|many|all|both|two|several)[ \u00a0]+of[ \u00a0]+)?$")
_ELLIPTICAL = re.compile(r"\b(?:when|while|if|once|after|before|unless)[ \u00a0]+$")


def _outside_relative(text: str, subj: tuple[int, int]) -> tuple[int, int]:
    """"A White House official who spoke anonymously … said, "…"", "Mr. Trump,
    who said last week …, issued a statement saying": the subject of an earlier
    verb in a relative clause stands for the name before it, the later verb's."""
    if text[subj[0] : subj[1]] != "who":
        return subj
    return speakers.relative_antecedent(text, subj[0]) or subj


_AND_BEFORE = re.compile(r"[ \u00a0]and[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?$")
_CLAUSE_START = re.compile(
    r"(?:[,;—–]|\b(?:[Ww]hen|[Aa]s|[Aa]fter|[Ww]hile|because|that|[Bb]efore|[Ss]ince|[Ii]f|where|but))[ \u00a0]+"
)


def _clause_subject(text: str, lo: int, cue: Cue) -> tuple[int, int] | None:
    """The subject of the last clause before the cue that has one: "… such as
    when Cruz knocked Rubio on trade and called him …", "… so subdued that Mr.
    Trump was prompted to say", "When he returned he began by saying"."""
    at = cue.start
    conj = _AND_BEFORE.search(text, max(lo, at - 20), at)
    if conj is not None and not is_participle(cue):
        at = conj.start()
    elif text[max(lo, at - 3) : at] not in ("to ", "by "):
        return None  # other verbs: the sentence's subject or none
    starts = [m.end() for m in _CLAUSE_START.finditer(text, lo, at)]
    for start in reversed(starts[-3:]):
        subj = speakers.sentence_subject(text, start, at)
        if subj is not None:
            return subj
    return None


def _starts_clause(text: str, par_start: int, mark: int) -> bool:
    """A quote opening at ``mark`` that is a sentence or a clause of its own, not words inside one."""
    before = text[max(par_start, mark - 3) : mark].rstrip()
    return not before or before[-1] in ".!?:,—–-\"”'’("


# -- rules that share an attribution -----------------------------------------


def _copy(src: _Draft, dst: _Draft, rule: str) -> None:
    dst.speaker, dst.cue, dst.rule = src.speaker, src.cue, rule
    if dst.kind == "term":
        dst.kind = "direct"


def _continued_groups(text: str, drafts: list[_Draft]) -> list[list[_Draft]]:
    """The drafts of each quote that runs over several paragraphs, in text order."""
    groups: list[list[_Draft]] = []
    for prev, d in pairwise(drafts):
        if continues_into(text, prev.span, d.span):
            if groups and groups[-1][-1] is prev:
                groups[-1].append(d)
            else:
                groups.append([prev, d])
    return groups


def _opening_after_attributed(drafts: list[_Draft], groups: list[list[_Draft]]) -> None:
    """'"…," Sexton said. "Trump events are outlets …  ¶ "There's another side,"
    Sexton said.': a quote left open at the end of its paragraph, opening a
    sentence right after a quote its speaker attributes in the same paragraph,
    goes on from that quote, not from the paragraph after it, which names its
    speaker again."""
    index = {id(d): i for i, d in enumerate(drafts)}
    for group in groups:
        first = group[0]
        i = index[id(first)]
        if first.speaker is not None or not first.opens_clause or i == 0:
            continue
        prev = drafts[i - 1]
        if prev.par == first.par and prev.speaker is not None and prev.rule in ("post", "pre"):
            _copy(prev, first, "paragraph")


def _share_within_groups(groups: list[list[_Draft]]) -> None:
    """The paragraphs of a multi-paragraph quote share its speaker."""
    for group in groups:
        source = next((d for d in group if d.speaker is not None), None)
        if source is None:
            continue
        for d in group:
            if d.speaker is None:
                _copy(source, d, "continued")
                d.kind = "direct"


# Only a comma or a coordinator between two quoted phrases: "“reckless” and “…,” Smith said".
_COORDINATED = re.compile(r"[ \u00a0]*,?[ \u00a0]*(?:(?:and|or)[ \u00a0]+)?")


def _coordinated_before_post(ctx: _Context, drafts: list[_Draft]) -> None:
    """Guns are "the ultimate public health crisis" and "stunt children's
    growth," Howard Dean proclaimed: quoted phrases joined by "and", "or" or a
    comma to a partial quote that the speaker after it attributes are that
    speaker's too, when nothing before them in the sentence attributes them.
    Backwards, so that a list of three takes the speaker from its last item."""
    text = ctx.text
    for i in range(len(drafts) - 2, -1, -1):
        d, nxt = drafts[i], drafts[i + 1]
        if d.speaker is not None or d.given or d.opens_clause or nxt.rule != "post":
            continue
        if d.span.close_mark is None or nxt.span.open_mark is None:
            continue
        if ctx.sentence_of(nxt.mark) != ctx.sentence_of(d.mark):
            continue
        if _COORDINATED.fullmatch(text, mark_end(text, d.span.close_mark), nxt.span.open_mark) is None:
            continue
        if _is_title(ctx, d.span) is not None:
            continue  # 'who's starred in "Parks and Recreation" and "…," posted the clip'
        d.speaker, d.cue, d.rule, d.kind = nxt.speaker, nxt.cue, "post", "partial"


def _share_within_paragraphs(ctx: _Context, drafts: list[_Draft]) -> None:
    """``"…," she said. "…"``: a whole-sentence quote next to an attributed one."""
    for i, d in enumerate(drafts):
        if d.speaker is not None or d.kind == "term":
            continue
        if d.opens_clause:
            for j in (i - 1, i + 1, i - 2):
                if 0 <= j < len(drafts) and drafts[j].par == d.par:
                    src = drafts[j]
                    if src.speaker is not None and (
                        src.rule in ("post", "pre")
                        or (j < i and _partial_just_before(ctx, src, d))
                    ):
                        # A sentence with its own subject is left to the sentence-subject
                        # fallback, one right after a sentence that speaks to ``_previous_sentence``.
                        if not _has_own_subject(ctx, drafts, i) and not (j < i and _speaks_between(ctx, src, d)):
                            _copy(src, d, "paragraph")
                        break
        elif (
            i > 0
            and drafts[i - 1].par == d.par
            and drafts[i - 1].speaker is not None
            and _more_words(ctx.text[d.span.start : d.span.end], _TERM_MAX_WORDS)
            and not _has_own_subject(ctx, drafts, i)
        ):
            # Words quoted later in a paragraph whose earlier quote is attributed.
            _copy(drafts[i - 1], d, "paragraph")


def _speaks_between(ctx: _Context, src: _Draft, d: _Draft) -> bool:
    """'"…," said Mark Oaten. Chief constable Mr Hayman acknowledged that binge
    drinking did cause problems. "…"': a sentence with no quotation marks
    between an attributed quote and one opening the next sentence names its
    own speaker with a speech verb; the quote is that sentence's."""
    text = ctx.text
    i = bisect_right(ctx.sent_starts, d.mark) - 1
    if i <= 0 or ctx.sent_starts[i] != d.mark:
        return False
    prev = ctx.sentences[i - 1]
    after = _after_close(text, src.span)
    # No mark at all since the earlier quote: a quote left open there goes on
    # through the sentence ('He said: "Ministers were aware. Funds were there. "…"').
    if prev.start < after or any(c in text[after : d.mark] for c in "\"“”"):
        return False
    if src.speaker is not None and src.speaker[0] >= prev.start:
        return False  # '"…!" LeVell declared, a point he likes to make …': the earlier quote's attribution
    # A participle only after a comma ("Snow put a brave face on the news, saying"),
    # not in a clause of its own ("tied on five points after claiming away draws").
    found = _speaking(ctx, prev, participles="after a comma")
    # "He added that …": most often the earlier quote's speaker again, whose name
    # is kept (a pronoun's antecedent may be missed).
    return found is not None and not speakers.is_pronoun(text[found[1][0] : found[1][1]])


def _partial_just_before(ctx: _Context, src: _Draft, d: _Draft) -> bool:
    """'Back then, Ms. Ripert said, she found her "very professional," and
    also enviable. "At that time, …"': a quote opening its sentence goes on
    from a partial quote whose speech verb is in the sentence just before."""
    if src.rule != "partial" or src.cue is None or src.cue.cls != "speech":
        return False
    sent = ctx.sentence_of(d.mark)
    if ctx.text[sent.start : d.mark].strip() or sent.start == 0:
        return False
    return ctx.sentence_of(sent.start - 1).start <= src.cue.start


def _has_own_subject(ctx: _Context, drafts: list[_Draft], i: int) -> bool:
    """A quote inside a sentence that quotes nothing else and opens with a
    subject ("He offered "my thoughts and prayers …"", "In a Fox interview,
    Trump went even further: "…"") is that subject's, not the speaker of a
    quote in another sentence of the paragraph."""
    d = drafts[i]
    mark = d.mark
    sent = ctx.sentence_of(mark)
    if not ctx.text[sent.start : mark].strip():
        return False  # the quote opens its sentence
    for j in (i - 1, i + 1):
        if 0 <= j < len(drafts) and sent.start <= drafts[j].span.start < sent.end:
            return False
    subj = speakers.sentence_subject(ctx.text, sent.start, mark)
    # Not a phrase set off by commas ("In Europe, by contrast, "…""), nor a relative.
    return subj is not None and ctx.text[subj[1] : subj[1] + 1] != "," and ctx.text[subj[0] : subj[1]] not in (
        "which", "who", "that"
    )


def _floating(ctx: _Context, drafts: list[_Draft]) -> None:
    """A quote opening its paragraph, right after an attributed quote or ``X said:``."""
    for i, d in enumerate(drafts):
        if d.speaker is not None or d.span.open_mark is None:
            continue
        if d.span.open_mark != ctx.paragraphs[d.par].start or d.par == 0:
            continue
        if _after_colon_line(ctx, d):
            continue
        src = _float_source(ctx, drafts, i, ("post", "pre", "paragraph", "continued", "floating"))
        if src is not None:
            _copy(src, d, "floating")


def _float_source(ctx: _Context, drafts: list[_Draft], i: int, rules: tuple[str, ...]) -> _Draft | None:
    """The attributed quote of the paragraph before whose speaker a quote
    opening its paragraph goes on with, when its rule is one of ``rules``."""
    text, d = ctx.text, drafts[i]
    src = None
    for j in range(i - 1, -1, -1):  # the nearest before it, within reach (drafts are in text order)
        p = drafts[j]
        if p.par < d.par - _FLOAT_REACH:
            break
        if p.par < d.par and p.speaker is not None:
            src = p
            break
    if src is None or _sentence_goes_on(text, d.span):
        return None
    if src.rule in rules or (
        src.rule == "partial" and src.cue is not None and src.cue.cls == "speech" and _CAPITAL_START.match(text, d.span.start)
    ):
        # A partial quote's speaker carries over only from a speech verb
        # ('…, saying he's "made money." ¶ "Frankly, …"').
        return src
    return None


def _floating_after_previous(ctx: _Context, drafts: list[_Draft]) -> None:
    """'… since Trump spoke only in evasive bromides. ¶ "…" ¶ "…" ¶ "…"': the
    quote paragraphs that run on after one ``_previous_sentence`` attributed
    (after ``_floating`` ran) go on with its speaker."""
    chained: set[int] = set()  # drafts given a speaker here, which pass it on
    for i, d in enumerate(drafts):
        if d.speaker is not None or d.par == 0 or d.span.open_mark != ctx.paragraphs[d.par].start:
            continue
        if continues_into(ctx.text, drafts[i - 1].span, d.span):
            continue  # a later paragraph of a quote: it has the speaker of the quote's start
        src = _float_source(ctx, drafts, i, ("previous", "floating"))
        if src is not None and (src.rule == "previous" or id(src) in chained):
            _copy(src, d, "floating")
            chained.add(id(d))


def _after_colon_line(ctx: _Context, d: _Draft) -> bool:
    """A quote opening its paragraph right after a paragraph that ends with a
    colon ("X said:", "Stated Stone:", "He then listed the qualities a nominee
    needs:") is the speaker's that line names; whether it named one."""
    text = ctx.text
    prev_par = ctx.paragraphs[d.par - 1]
    if text[prev_par.end - 1] != ":":
        return False
    found = _colon_cue(ctx, prev_par)
    if found is not None:
        d.cue, d.speaker = found
        d.rule = "floating"
        return True
    # "He then listed the qualities a nominee needs:" — who announces it.
    last = ctx.sentence_of(prev_par.end - 1)
    subj = speakers.sentence_subject(text, max(last.start, prev_par.start), prev_par.end)
    if subj is not None and not ctx.has_open_mark(prev_par.start, prev_par.end):
        d.speaker, d.rule = subj, "floating"
        return True
    return False


def _colon_cue(ctx: _Context, line: Segment) -> tuple[Cue, tuple[int, int]] | None:
    """The reporting verb of a paragraph that ends with a colon and its subject
    ("As Breitbart News reported …:", "Stated Stone:")."""
    cues = ctx.cues(max(line.start, line.end - 200), line.end)
    if cues:
        lo = max(line.start, ctx.sentence_of(cues[-1].start).start)
        subj = _subject_of(ctx, cues[-1], lo, line.end)
        if subj is not None:
            return cues[-1], subj
    return _inverted_opening(ctx, line.start, line.end - 1)


def _block_after_colon(ctx: _Context, groups: list[list[_Draft]]) -> None:
    """'As Breitbart News reported: ¶ "The administration is still reluctant … ¶
    "At the White House today, … ¶ "…," Earnest said."': a quote running over
    several paragraphs right after a line that ends with a reporting verb and
    a colon is a passage quoted from the one that line names, not from a
    speaker named inside it."""
    text, pars = ctx.text, ctx.paragraphs
    for group in groups:
        first = group[0]
        if first.speaker is not None or first.par == 0 or first.span.open_mark != pars[first.par].start:
            continue
        line = pars[first.par - 1]
        found = _colon_cue(ctx, line) if text[line.end - 1] == ":" else None
        if found is not None:
            first.cue, first.speaker = found
            first.rule = "floating"


def _sentence_goes_on(text: str, span: QuotedSpan) -> bool:
    """The quoted words are part of a sentence that goes on in lower case after
    the closing mark ('"Sons of Trump" is an adaptation of a show', '"Opening
    Belle," which will be in bookstores'): a name or a title it is about, not
    a quote standing alone that an earlier speaker goes on with."""
    if span.close_mark is None:
        return False
    return _TERM_AFTER.match(text, mark_end(text, span.close_mark)) is not None


def _floating_before(ctx: _Context, drafts: list[_Draft]) -> None:
    """A quote that is a paragraph of its own and has no speaker yet, right before a
    paragraph that opens with a quote its own words attribute ("“…” ¶ “…,” Viguerie
    notes."): the same speaker goes on, back over a run of such paragraphs."""
    text, pars = ctx.text, ctx.paragraphs
    carried: set[int] = set()  # drafts given a speaker here, which may pass it further back
    for i in range(len(drafts) - 2, -1, -1):
        d, nxt = drafts[i], drafts[i + 1]
        if d.speaker is not None or d.kind == "term" or d.span.open_mark != pars[d.par].start:
            continue
        if nxt.par != d.par + 1 or nxt.span.open_mark != pars[nxt.par].start:
            continue
        if nxt.rule not in ("post", "pre") and i + 1 not in carried:
            continue
        if text[_after_close(text, d.span) : pars[d.par].end].strip():
            continue  # words after the quote in its paragraph: not a quote standing alone
        _copy(nxt, d, "floating")
        carried.add(i)


def _sentence_subject(ctx: _Context, d: _Draft) -> None:
    """Last resort: quoted words in a sentence whose subject is a person or a
    body ("Rubio offered a defense of the "Gang of Eight" bill") are theirs."""
    text, span = ctx.text, d.span
    mark = d.mark
    lo = ctx.sentence_of(mark).start
    close = ctx.last_close_mark(lo, mark)  # the sentence goes on after the quote before
    if close is not None:
        lo = mark_end(text, close)
    if lo >= mark:
        return
    quoted = text[span.start : span.end]
    if not _more_words(quoted, _TERM_MAX_WORDS) and _inside_brackets(text, lo, mark):
        return
    if not _more_words(quoted, 1):
        return  # a single quoted word with no cue is a term ("R" or "D")
    if not _more_words(quoted, 3) and _label_in_phrase(text, span):
        return  # 'the January 2013 "fiscal cliff" deal', 'among "very conservative" voters'
    subj = speakers.sentence_subject(text, lo, mark)
    if subj is not None and not _impersonal(text[subj[0] : subj[1]]) and not _names_a_work(text, subj):
        d.speaker, d.rule, d.kind = subj, "subject", "partial"


def _label_in_phrase(text: str, span: QuotedSpan) -> bool:
    """Quoted words with no punctuation of their own right before a lower-case
    word ("the “fiscal cliff” deal", "would cut “low priority” spending",
    "suspended over “inappropriate images” on her blog"): a label inside the
    sentence, mostly not words its subject said. (Before a preposition some are
    the subject's: "remains “fully committed” to"; leaving those out lost
    more labels than quotes, on train and on BBC.)"""
    if span.close_mark is None or text[span.end - 1] in _CLOSING_PUNCTUATION:
        return False
    return _TERM_AFTER.match(text, mark_end(text, span.close_mark)) is not None


def _inside_brackets(text: str, lo: int, mark: int) -> bool:
    """Whether a bracket opened in the sentence before the quote is still open
    ("Optimism is even higher among African Americans (34% "strongly agree")",
    "over 2,000 emails (including "top secret")"): the sentence's subject is not
    the subject of a few words in brackets, and their own clause seldom has one.
    (A whole sentence in brackets may be the subject's: "Their poster campaign
    flags up cleaner hospitals ("I mean, how hard is it …?")".)"""
    opening = text.rfind("(", lo, mark)
    return opening != -1 and text.find(")", opening, mark) == -1


def _impersonal(subject: str) -> bool:
    """"One" or "those" as the sentence's subject mostly stands for things, not
    for people who could have said the quoted words: "One was remaining
    "deficit neutral"", "One of his songs contains the lyrics "…"", "Those bids
    were then "conveyed …"". ("It" is left: in business news it is mostly a
    company that the words are from, "It cut its forecast by "approximately
    2.5%"".)"""
    return subject in ("One", "one", "Those", "those")


_TERM_BEFORE = re.compile(
    r"(?:^|[\s(])(?:the|a|an|its|his|her|their|our|this|that|so-called)(?:[ \u00a0]+[\w\-]+)?[ \u00a0]*$"
)
_TERM_AFTER = re.compile(r"[ \u00a0]+[a-z]")
_CLOSING_PUNCTUATION = ".,;:!?…'’-—"


def _weakly_attributed(ctx: _Context, d: _Draft) -> bool:
    """No speaker, or a verb that only an infinitive ties to its subject ("Xi
    aims to maintain ties, cemented by the "no limits" partnership"). A verb
    of thinking does tie them ("Bolton thought some of the "Neocons For
    Hillary" buzz"), and so does a possessive and a noun for what is said
    ("his warning that Britain would go to the "back of the queue"")."""
    if d.speaker is None:
        return True
    if d.rule not in ("partial", "subject") or d.cue is None:
        return False
    return ctx.text[max(0, d.cue.start - 3) : d.cue.start] == "to "


def _names_speaker(text: str, d: _Draft) -> bool:
    """Quoted words right before the speaker phrase, with no punctuation to
    close them, that qualify its head noun ("“Daily Show” host Trevor Noah
    showed", "Some in the “Bernie or Bust” crowd suggest"): a show's or a
    movement's name, not the words of the one it names. A pronoun or a
    determiner there starts a clause of its own ("“…” he noted", "“…” the
    Post's editor wrote", with the comma left out)."""
    span = d.span
    if d.speaker is None or span.close_mark is None or text[span.end - 1] in _CLOSING_PUNCTUATION:
        return False
    start = d.speaker[0]
    if start != mark_end(text, span.close_mark) + 1 or not text[start].islower():
        return False
    first = text[start : d.speaker[1]].split()[0]
    return not speakers.is_pronoun(first) and first not in lexicon().category("determiner")


# The verb of a sentence whose subject is a quoted name: '"Top secret" is the highest level'.
_COPULA_AFTER = re.compile(r"[ \u00a0]+(?:is|was)[ \u00a0]")


def _quoted_subject(ctx: _Context, d: _Draft) -> bool:
    """A few quoted words opening a clause as the subject of "is" or "was"
    (""Top secret" is the highest level of classification", "According to the
    site, "Title Sponsor" was the highest level"): the sentence is about the
    words, a name or a term, and quotes no one. Plural verbs are left: ""Family
    values people" are "not out to bash gays," he said" quotes the speaker twice."""
    text, span = ctx.text, d.span
    if not d.opens_clause or d.rule == "post" or span.close_mark is None:
        return False  # '"slowing supply growth" is a certainty, said David Anders': his words
    if not _CAPITAL_START.match(text, span.start) or text[span.end - 1] in _CLOSING_PUNCTUATION:
        return False
    if _more_words(text[span.start : span.end], 4):
        return False
    return _COPULA_AFTER.match(text, mark_end(text, span.close_mark)) is not None


def _quoted_label(ctx: _Context, d: _Draft) -> bool:
    """A word or two with a colon, quoted alone on a line ('"Related:"' over a
    list of headlines): a label of the page, no one's words."""
    text, span = ctx.text, d.span
    if span.close_mark is None or text[span.end - 1] != ":" or _more_words(text[span.start : span.end], 2):
        return False
    par = ctx.paragraphs[d.par]
    return d.mark == par.start and not text[mark_end(text, span.close_mark) : par.end].strip()


def _is_term(ctx: _Context, span: QuotedSpan) -> bool:
    """Quoted words used as a name: "the "no limits" partnership", "a "Quick Question" series"."""
    text = ctx.text
    if span.open_mark is None or span.close_mark is None or text[span.end - 1] in ".,;:!?":
        return False
    if span.end - span.start > 120 or _more_words(text[span.start : span.end], _TERM_MAX_WORDS):
        return False
    before = _TERM_BEFORE.search(text, max(0, span.open_mark - 30), span.open_mark)
    after = _TERM_AFTER.match(text, mark_end(text, span.close_mark))
    return before is not None and after is not None


@lru_cache(maxsize=1)
def _giving_word() -> re.Pattern[str]:
    words = sorted(lexicon().category("chant") | lexicon().category("naming"), key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace(r"\ ", r"[ \u00a0]+") for w in words)
    return re.compile(rf"\b(?:{alternation})[ \u00a0]*,?[ \u00a0]*(?:(?:the|an?)[ \u00a0]+)?$")


def _given_words(ctx: _Context, d: _Draft) -> bool:
    """Short quoted words right after a word that reports a chant ("chants
    of "…"", "cries of "…"") or gives a name ("a thriller titled "…"", "known
    as "…"", "nicknamed "…""): words as someone put them, a quote though no
    one is named for it (news quotes the name a campaign, a crowd or a critic
    gave), and not the sentence subject's ("The ad, titled "…"", "The team was
    met with chants of "…"")."""
    if _more_words(ctx.text[d.span.start : d.span.end], _TERM_MAX_WORDS):
        return False  # a long one is a quote anyway, and may be the sentence subject's
    return _giving_word().search(ctx.text, max(0, d.mark - 40), d.mark) is not None


_TITLE_WORD = re.compile(r"[A-Za-z][\w’'\-]*")


def _title_words(text: str, span: QuotedSpan) -> int | None:
    """How many words a title-case quote has ("The Art of the Deal": 5; "13 Hours:
    The Secret Soldiers of Benghazi": 6, a number may open it); None when the
    quote is not title case or is longer than a title (twelve words)."""
    if not (text[span.start].isupper() or text[span.start].isdigit()):
        return None
    small = lexicon().category("title_small")
    words = 0
    # Word by word, to stop at the first that is not title case (most quotes
    # are sentences: finding all their words cost 2 % of attribution).
    for m in _TITLE_WORD.finditer(text, span.start, span.end):
        word = m.group()
        if not word[0].isupper() and (not words or word not in small):
            return None
        words += 1
    if not words or words > 2 * _TERM_MAX_WORDS:
        return None
    return words


_TITLE_NAMED = re.compile(r"(?:[’']s|\b(?:on|to|told|with|at|from))[ \u00a0]*$")


def _is_title(ctx: _Context, span: QuotedSpan) -> str | None:
    """Title-case quoted words (a show, a book, a slogan): "named" after a
    possessive or "on" (CNN's "New Day", on "Meet the Press"), else "plain"."""
    text = ctx.text
    if span.open_mark is None or span.end - span.start > 160:
        return None  # a title has at most twelve words
    if _bylined(text, span):
        return "named"
    words = _title_words(text, span)
    if words is None:
        return None
    if _work_noun_before(text, span.open_mark):
        return "named"  # the TV show "The Apprentice", author of "Destiny and Power"
    if words > _TERM_MAX_WORDS:
        return None
    if _TITLE_NAMED.search(text, max(0, span.open_mark - 8), span.open_mark):
        return "named"
    return "plain"


# '"Met accused of whitewashing baby Jesus," by Post's Kathianne Boniello:',
# 'According to "The Trumps: Three Generations That Built an Empire," by Gwenda
# Blair, Donald told': a headline or a book and its author's byline.
_BYLINE = re.compile(
    r",[\"”'’]+[ \u00a0]+by[ \u00a0]+(?:the[ \u00a0]+)?(?:[A-Z][\w.'’\-]*[ \u00a0]+){0,5}[A-Z][\w.'’\-]*[,:]"
)


def _bylined(text: str, span: QuotedSpan) -> bool:
    """A headline or a book named with its author ("…," by Times' Ben Sisario:):
    the words are its title, not the author's quote. The comma inside the marks
    and the one or colon after the name tell it from a passive's agent ("was
    called "reckless" by Mr. Obama")."""
    if span.close_mark is None or text[span.end - 1 : span.end] != ",":
        return False
    return _BYLINE.match(text, span.end - 1) is not None


@lru_cache(maxsize=1)
def _work_noun() -> re.Pattern[str]:
    words = sorted(lexicon().category("work"), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})(?:[ \u00a0]+of)?[ \u00a0]*,?[ \u00a0]*$")


def _work_noun_before(text: str, mark: int) -> bool:
    return _work_noun().search(text, max(0, mark - 24), mark) is not None


_SIGNATURE = re.compile(r"[ \u00a0]*[-—–~]{1,2}[ \u00a0]*(?=[A-Z@])")
_HANDLE = re.compile(r"@\w+")


def _signed(ctx: _Context, drafts: list[_Draft]) -> None:
    """A quote signed with its speaker's name: after a dash in the same
    paragraph ("“…” — Maria Lopez, 34"), or on the next
    line ("- Hillary Clinton.", "Josh Bivens, Economic Policy Institute.",
    "Maria, 34, Texas")."""
    text = ctx.text
    for d in drafts:
        if d.speaker is not None or d.kind == "term":
            continue
        par = ctx.paragraphs[d.par]
        if d.span.close_mark is None:
            # '"…quote ¶ Dean Baker, Economic Policy Institute."': the closing
            # mark after the signature line under the quote.
            if d.span.end == par.end and d.par + 1 < len(ctx.paragraphs):
                nxt = ctx.paragraphs[d.par + 1]
                if text[nxt.end - 1] in "\"”" and _SIGNATURE_LINE.fullmatch(text, nxt.start, nxt.end):
                    _sign(ctx, d, nxt.start, nxt.end)
            continue
        after = mark_end(text, d.span.close_mark)
        m = _SIGNATURE.match(text, after, par.end)
        if m is not None:
            _sign(ctx, d, m.end(), par.end)
            continue
        if text[d.span.end - 1] in ",!?" and _SIGNATURE_LINE.fullmatch(text, _skip_blanks(text, after), par.end):
            _sign(ctx, d, _skip_blanks(text, after), par.end)  # '"…," Maria Lopez, 34, of Houston.'
            continue
        if _signed_after_sentence(ctx, d, after, par.end) or _signed_in_brackets(ctx, d, after, par.end):
            continue
        if after < par.end - 2 or d.par + 1 >= len(ctx.paragraphs):
            continue
        nxt = ctx.paragraphs[d.par + 1]
        m = _SIGNATURE.match(text, nxt.start, nxt.end)
        if m is not None:
            _sign(ctx, d, m.end(), nxt.end)
        elif _SIGNATURE_LINE.fullmatch(text, nxt.start, nxt.end):
            _sign(ctx, d, nxt.start, nxt.end)


def _named_above(ctx: _Context, drafts: list[_Draft]) -> None:
    """Statements each under a line naming who makes it ("Jane Doe, Boston" ¶
    "“…”" ¶ "Tom Lee, 45, Austin" ¶ "“…”"), as voters and readers are quoted.
    The same lines sign the quote above them when the first one follows a
    quote ("“…”" ¶ "Jane Doe, Boston" ¶ "“…”"): the first line tells which."""
    text, pars = ctx.text, ctx.paragraphs
    quoted_pars: set[int] | None = None
    leading = None
    for d in drafts:
        if d.speaker is not None or d.kind == "term" or d.par < 2 or d.span.open_mark != pars[d.par].start:
            continue
        line = pars[d.par - 1]
        if not _SIGNATURE_LINE.fullmatch(text, line.start, line.end):
            continue
        if quoted_pars is None:
            quoted_pars = {o.par for o in drafts}
        if d.par - 1 in quoted_pars:
            continue
        if text[line.start : line.end].isupper():
            continue  # a section label ("FULL TEXT."), not a name
        if leading is None:
            leading = d.par - 2 not in quoted_pars
        if not leading:
            return
        _sign(ctx, d, line.start, line.end)


# A line that is only a name of two or more words, maybe with a short description.
_SIGNATURE_LINE = re.compile(
    r"[A-Z][\w.’'\-]*(?:(?:[ \u00a0]+[A-Z][\w.’'\-]*)+(?:{place})?(?:[,;][ \u00a0]*[^.\n\"“”]{{1,60}})?"
    r"|[,;][ \u00a0]*[^.\n\"“”]{{1,60}})[.\"”]*".format(
        # after the name: "of Boston", "from Austin, Texas", "on Facebook", "(Boston)", "— Boston"
        place=r"[ \u00a0]+(?:of|from|in|on|via)[ \u00a0]+[A-Z][\w.’'\-]*(?:[ \u00a0]+[A-Z][\w.’'\-]*)*"
        r"|[ \u00a0]*\([A-Z][^()\n\"“”]{1,40}\)|[ \u00a0]+[—–][ \u00a0]*[A-Z][^.\n\"“”]{0,40}"
    )
)


def _signed_after_sentence(ctx: _Context, d: _Draft, after: int, end: int) -> bool:
    """'"…." Jane Doe, Boston': a name with a place or age (a comma after the
    name) ending the paragraph of a full-sentence quote, as readers' and
    voters' statements are signed; a name alone there may start a sentence."""
    text = ctx.text
    start = _skip_blanks(text, after)
    if text[d.span.end - 1] != "." or not _SIGNATURE_LINE.fullmatch(text, start, end):
        return False
    if text.find(",", start, end) == -1 and text.find(";", start, end) == -1:
        return False
    _sign(ctx, d, start, end)
    return d.speaker is not None


_BRACKETED = re.compile(r"[ \u00a0]*\((?P<line>[A-Z][^()]{2,80})\)[ \u00a0.]*")


def _signed_in_brackets(ctx: _Context, d: _Draft, after: int, end: int) -> bool:
    """'"…" (Jane Doe, Boston)': a signature in brackets ending the paragraph."""
    text = ctx.text
    m = _BRACKETED.fullmatch(text, after, end)
    if m is None or not _SIGNATURE_LINE.fullmatch(text, *m.span("line")):
        return False
    _sign(ctx, d, *m.span("line"))
    return d.speaker is not None


def _skip_blanks(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \u00a0":
        pos += 1
    return pos


_SIGNATURE_END = re.compile(r"[,;.()—–]")


def _sign(ctx: _Context, d: _Draft, start: int, end: int) -> None:
    text = ctx.text
    handle = _HANDLE.match(text, start, end)
    if handle is not None:  # "— @maria_lopez"
        d.speaker, d.rule = handle.span(), "signature"
        return
    # The name ends at a comma, a bracket or a period that is not an abbreviation's
    # ("S.C. Rep. Jim Clyburn.").
    stop = end
    for m in _SIGNATURE_END.finditer(text, start, end):
        cut = text.rfind(" ", start, m.start())
        if m.group() != "." or not is_abbreviation(text[cut + 1 if cut != -1 else start : m.start()]):
            stop = m.start()
            break
    subj = speakers.subject_filling(text, start, stop)
    if subj is None:
        subj = _signature_name(text, start, stop)
    if subj is not None:
        d.speaker, d.rule = subj, "signature"


_SIGNATURE_PLACE = re.compile(r"[ \u00a0]+(?:of|from|in|on|via)[ \u00a0]+[A-Z]")


def _signature_name(text: str, start: int, stop: int) -> tuple[int, int] | None:
    """The name of a signature that is more than a name: "Jane Doe from
    Boston", "Tom Lee on Facebook", "Twitter user @tomlee"."""
    handle = _HANDLE.search(text, start, stop)
    if handle is not None and len(text[start : handle.start()].split()) <= 2:
        return handle.span()
    place = _SIGNATURE_PLACE.search(text, start, stop)
    if place is None:
        return None
    return speakers.subject_filling(text, start, place.start())


# "“TRUMP: …", "“MR. SMITH: …", "“Chris Matthews: …": a speaker's name as the
# label of a turn in a quoted transcript.
_TURN_LABEL = re.compile(
    r"(?P<label>(?:(?:MR|MS|MRS|DR|SEN|REP|GOV)\.[ \u00a0]+)?[A-Z][A-Z’'\-]+(?:[ \u00a0]+[A-Z][A-Z’'\-]+){0,2}"
    r"|[A-Z][a-z’'\-]+(?:[ \u00a0]+[A-Z][a-z’'\-]+){1,2}):[ \u00a0]"
)
_CARRIED = ("floating", "previous", "paragraph", "continued")


def _transcript_labels(ctx: _Context, drafts: list[_Draft]) -> None:
    """A quote opening its paragraph with a speaker's label ("“TRUMP: …") is
    that speaker's turn: the label beats a speaker carried from an earlier
    quote, also in a block a paragraph introduces as a text ("Partial
    transcript as follows:"): the words are the labelled person's, and
    "Partial transcript" holds no stance. (The gold disagrees with itself here:
    train's one such block names the introduction, dev's names the labels.)"""
    text, pars = ctx.text, ctx.paragraphs
    for d in drafts:
        if d.span.open_mark != pars[d.par].start or (d.speaker is not None and d.rule not in _CARRIED):
            continue
        m = _TURN_LABEL.match(text, d.span.start, d.span.end)
        if m is None or m.group("label").lower() in lexicon().category("label"):
            continue
        d.speaker, d.cue, d.rule, d.kind = m.span("label"), None, "pre", "direct"


def _previous_sentence(ctx: _Context, drafts: list[_Draft]) -> None:
    """A quote opening a sentence, right after a sentence in which someone speaks
    ("Coan argues that his client was peaceful. "The government is alleging …"")."""
    for d in drafts:
        if d.speaker is not None or d.kind == "term" or d.span.open_mark is None:
            continue
        mark = d.span.open_mark
        i = bisect_right(ctx.sent_starts, mark) - 1
        if i <= 0 or ctx.sent_starts[i] != mark:
            continue
        prev = ctx.sentences[i - 1]
        across = prev.end < ctx.paragraphs[d.par].start
        if across:
            tail = _announced_by(ctx, drafts, d, prev)
            if tail is None:
                continue
            prev = tail
        if ctx.has_open_mark(prev.start, prev.end):
            continue
        found = _speaking(ctx, prev, participles="none" if across else "all")
        if found is not None:
            d.cue, d.speaker = found
            d.rule = "previous"


def _praised_above(ctx: _Context, drafts: list[_Draft]) -> None:
    """'Valastro praised Christie's leadership after Hurricane Sandy. ¶ "We need
    someone who …"': a quote that is a paragraph of its own, still without a
    speaker when every other rule has run (no signature, no speaker after it),
    right after a paragraph whose last sentence has someone praise, attack or
    describe (after any quote in it): that subject goes on to say it."""
    text, pars = ctx.text, ctx.paragraphs
    for d in drafts:
        if d.speaker is not None or d.kind == "term" or d.span.open_mark is None:
            continue
        if text[_after_close(text, d.span) : pars[d.par].end].strip():
            continue  # words after the quote in its paragraph may name its speaker
        i = bisect_right(ctx.sent_starts, d.span.open_mark) - 1
        if i <= 0 or ctx.sent_starts[i] != d.span.open_mark:
            continue
        tail = _announced_by(ctx, drafts, d, ctx.sentences[i - 1])
        if tail is None:
            continue
        found = _speaking(ctx, tail, participles="none", classes=("attitude",))
        # An inflected verb, the sentence's own statement: not "to attack" or "should question".
        if found is not None and found[0].text not in lexicon().base_forms:
            d.cue, d.speaker = found
            d.rule = "previous"


_PERSONAL_SUBJECTS = frozenset(("He", "he", "She", "she"))


def _subject_just_before(ctx: _Context, drafts: list[_Draft]) -> None:
    """'Ferguson also hailed Giggs and Keane. "Roy came on and …"': a quote
    opening a sentence inside a paragraph, still without a speaker when every
    other rule has run, right after a sentence with no quote of its own and no
    speaker named after the quote: the person that sentence is about (a name, or "he"
    or "she") goes on to say it, as news writes a quote after its speaker's
    sentence."""
    text = ctx.text
    # The opening marks of direct quotes, in text order (a bisection per quote, not a walk).
    direct_marks = [o.span.open_mark for o in drafts if o.span.open_mark is not None and o.kind == "direct"]
    for j, d in enumerate(drafts):
        if d.speaker is not None or d.kind == "term" or d.span.open_mark is None:
            continue
        if j and continues_into(text, drafts[j - 1].span, d.span):
            continue  # a later piece of a quote: it has the speaker of the quote's start
        if not _more_words(text[d.span.start : d.span.end], _TERM_MAX_WORDS) or _is_title(ctx, d.span):
            continue  # a title or a few words the sentence before may name ("… MacGyver. "Tales …"")
        mark = d.span.open_mark
        i = bisect_right(ctx.sent_starts, mark) - 1
        if i <= 0 or ctx.sent_starts[i] != mark:
            continue
        prev = ctx.sentences[i - 1]
        if prev.start < ctx.paragraphs[d.par].start:
            continue  # only within a paragraph
        k = bisect_left(direct_marks, prev.start)
        if k < len(direct_marks) and direct_marks[k] < prev.end:
            continue  # (words quoted inside it leave its subject: 'She was angry at the man who "…". "…"')
        after = d.span.end if d.span.close_mark is None else mark_end(text, d.span.close_mark)
        if ctx.first_cue(after, ctx.sentence_of(after).end) is not None:
            continue  # a speaker named after it that no rule could read: none is guessed
        subj = speakers.sentence_subject(text, prev.start, prev.end)
        if subj is None:
            continue
        words = text[subj[0] : subj[1]]
        if words.endswith("ly") and " " not in words:
            continue  # an adverb opening a sentence with no verb ("Possibly a very American analogy")
        if words in _PERSONAL_SUBJECTS or (
            speakers.is_name(text, *subj) and not speakers.is_document(text, subj) and _names_a_person(ctx, words, subj[0])
        ):
            d.speaker, d.cue, d.rule = subj, None, "previous"  # no verb of that sentence says it


def _names_a_person(ctx: _Context, words: str, start: int) -> bool:
    """A name of two words or more, or one word that is a given name or the last
    word of a fuller name written before ``start`` ("Sir Alex Ferguson …
    Ferguson also hailed"): not a word taken for a name before a noun
    ("Premiership clubs have seen", "Physio sessions with …")."""
    if " " in words:
        return True
    if speakers.is_given_name(words):
        return True
    return ctx.name_end(words) <= start


def _speaking(
    ctx: _Context,
    sent: Segment,
    *,
    participles: Literal["all", "none", "after a comma"],
    classes: tuple[str, ...] = ("speech", "source"),
) -> tuple[Cue, tuple[int, int]] | None:
    """The best speech verb of ``sent`` (or verb of another of ``classes``) and
    its subject; ``participles`` says which participles count ("…, saying" is
    after a comma)."""
    text = ctx.text
    cues = ctx.cues(sent.start, sent.end)
    cue = _best_cue([
        c for c in cues
        if c.cls in classes
        and (
            participles == "all"
            or not is_participle(c)
            or (participles == "after a comma" and text[c.start - 2 : c.start] == ", ")
        )
    ])
    if cue is None:
        return None
    subj = _subject_of(ctx, cue, sent.start, sent.end, cues)
    return None if subj is None else (cue, subj)


def _announced_by(ctx: _Context, drafts: list[_Draft], d: _Draft, prev: Segment) -> Segment | None:
    """A quote alone at the start of its paragraph after a paragraph whose last
    sentence is ``prev`` ("Howard continued his remarks." / "“…”"): the words
    of that sentence that may name who speaks, after its last quote ('… calling
    Trump "an orange buffoon," Susan said as she turned around.' / "“…”" is
    Susan's), or None. Quotes earlier in that paragraph do not matter ('…
    Obama's word: "…" Then, in 2017, Kerry said that 100,000 would be
    accepted.' / "“…”" is Kerry's)."""
    if d.par == 0 or d.span.open_mark != ctx.paragraphs[d.par].start:
        return None
    quoted = ctx.text[d.span.start : d.span.end]
    if quoted[-1] == "," or quoted.isupper():
        return None  # a speaker named after it that was not read, or a headline
    before = ctx.paragraphs[d.par - 1]
    if prev.start < before.start or prev.end > before.end:
        return None
    return _after_last_quote(ctx, drafts, prev)


def _after_last_quote(ctx: _Context, drafts: list[_Draft], sent: Segment) -> Segment | None:
    """The words of ``sent`` after its last quote, all of it when it quotes
    nothing: a speech verb there is not inside a quote. None when a quote of
    the sentence is still open at its end ('…, explaining: "As I said, it is
    the perfect chance.') or a mark in it opens no quote."""
    start = sent.start
    # (drafts are in text order: the first whose mark is in the sentence, found by bisection)
    for o in islice(drafts, bisect_left(drafts, sent.start, key=attrgetter("mark")), None):
        if o.mark >= sent.end:
            break
        if o.mark >= sent.start:
            if o.span.close_mark is None or o.span.close_mark >= sent.end:
                return None
            start = max(start, mark_end(ctx.text, o.span.close_mark))
    if any(c in ctx.text[start : sent.end] for c in "\"“”"):
        return None  # a mark no quote was read from: where a quote ends is not known
    return Segment(start, sent.end)


# -- the result ---------------------------------------------------------------


def _finish(
    ctx: _Context,
    d: _Draft,
    known: list[tuple[int, int]],
    names: speakers.Memo,
    found: dict[tuple[int, int], tuple[int, int] | None],
) -> Quote:
    """The Quote record of a draft; ``known`` (every speaker span, sorted),
    ``names`` and ``found`` are per-article caches for antecedents."""
    text, span = ctx.text, d.span
    quoted = text[span.start : span.end]
    if d.speaker is None:
        short = not _more_words(quoted, _TERM_MAX_WORDS)
        kind: QuoteKind
        if d.kind == "term" or (short and not d.given):
            kind = "term"
        else:  # nobody named: words inside a sentence are still a partial quote
            kind = "direct" if d.opens_clause else "partial"
        return new_quote(span.start, span.end, quoted, kind, *_NO_SPEAKER)
    s, e = d.speaker
    ante = None
    mention = text[s:e]
    if (s, e) in found:
        ante = found[(s, e)]
    elif speakers.is_pronoun(mention) or len(mention.split()) <= 2:
        earlier = known[: bisect_right(known, (s, s))]
        ante = speakers.antecedent(text, (s, e), ctx.sentences, ctx.sent_starts, earlier, names)
        if ante == (s, e):
            ante = None
        found[(s, e)] = ante
    cue = d.cue
    rule = d.rule or "post"
    # ``new_quote`` takes every field, in ``Quote``'s order: a record per quote,
    # made at a fifth of the cost of ``Quote(...)`` (see ``records.fast_maker``).
    return new_quote(
        span.start,
        span.end,
        quoted,
        d.kind,
        mention,  # speaker
        s,
        e,
        cue.text if cue else None,
        cue.start if cue else None,
        cue.end if cue else None,
        text[ante[0] : ante[1]] if ante else None,  # antecedent
        ante[0] if ante else None,
        ante[1] if ante else None,
        rule,
        _CONFIDENCE.get(rule, 0.5),
    )


# The fields of a ``Quote`` after its kind when it has no speaker: their defaults
# (those of a Quote made with its first four fields alone).
_NO_SPEAKER = astuple(Quote(0, 0, "", "direct"))[4:]


# The regexes of this module built on first use (see ``stancedb.quotes.warm_up``).
LAZY_PATTERNS = (_speech_noun, _possessive_noun, _giving_word, _work_noun)
