"""What the statement stages share about one article: mentions outside quotes, groups, scoring.

Also the two lexicon-driven pieces of the stance: the polarity a reported-speech
verb or cue word carries ("denies", "sanctions against", "admiration for"), and
how it is combined with the scorer's score (the verb decides the sign; the
scorer can only make it stronger), so a swap of scorer cannot turn "Beijing
denies allegations from the U.S." into praise.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from stancedb.actors import ActorResolution, possessive
from stancedb.actors.words import DEMONYM_ENDINGS, PERSON_ENDINGS, ActorWords, actor_words
from stancedb.quotes.speakers import dateline_end
from stancedb.records import Actor, Mention, Quote, StanceLabel, StanceScore, new_stance_score
from stancedb.resources import seed_path
from stancedb.text import Segmentation

# Below this, a verb's or cue's polarity is no prior: the scorer alone decides.
PRIOR_MIN = 0.2
# How far back (characters) "the two nations" looks for the two actors it means.
GROUP_LOOKBACK = 1500
_T = TypeVar("_T")
_ROLE_WORD = re.compile(r"[^\W\d_]+")
NEGATION = re.compile(r"\b(?:not|never|no)\b|n['’]t\b")


@dataclass(frozen=True, slots=True)
class VerbLexicon:
    """Word form → polarity, for trigger verbs (speech, attitude) and for cue words."""

    triggers: dict[str, float]
    cues: dict[str, float]
    # Verbs whose first object is the one spoken to ("told host Mika Brzezinski").
    addressee: frozenset[str]


@lru_cache(maxsize=1)
def verb_lexicon() -> VerbLexicon:
    """``seeds/statement_verbs.tsv``, loaded once per process."""
    triggers: dict[str, float] = {}
    cues: dict[str, float] = {}
    addressee: set[str] = set()
    for line in seed_path("statement_verbs.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(("#", "form\t")):
            continue
        form, _, cls, polarity, _ = line.split("\t")
        (cues if cls == "cue" else triggers)[form] = float(polarity)
        if cls == "addressee":
            addressee.add(form)
    return VerbLexicon(triggers, cues, frozenset(addressee))


def label_of(score: float) -> StanceLabel:
    return "positive" if score > 0.1 else "negative" if score < -0.1 else "neutral"


def combine(prior: float, prior_evidence: tuple[str, ...], scored: StanceScore) -> StanceScore:
    """The stance from a lexicon prior and the scorer: the prior's sign wins when it is strong."""
    if abs(prior) < PRIOR_MIN:
        return new_stance_score(scored.score, scored.label, prior_evidence + scored.evidence)
    score = prior
    if scored.score * prior > 0:
        score = max(-1.0, min(1.0, prior + 0.3 * scored.score))
    return new_stance_score(round(score, 4), label_of(score), prior_evidence + scored.evidence)


class ArticleContext:
    """An article's mentions as the statement stages need them."""

    def __init__(
        self,
        text: str,
        quotes: list[Quote],
        resolution: ActorResolution,
        segmentation: Segmentation,
    ) -> None:
        self.text = text
        self.resolution = resolution
        self.segmentation = segmentation
        self.words: ActorWords = actor_words()
        self.quote_spans = sorted((q.start, q.end) for q in quotes)
        self._quote_starts = [s for s, _ in self.quote_spans]
        # Where in_quote holds, as disjoint stretches in text order: a quote reaches to
        # its end or to the start of the next quote, whichever comes first.
        ends = [min(e, s) for (_, e), s in zip(self.quote_spans, self._quote_starts[1:])]
        if self.quote_spans:
            ends.append(self.quote_spans[-1][1])
        self._quoted = [(s, e) for s, e in zip(self._quote_starts, ends) if s < e]
        self._quoted_starts = [s for s, _ in self._quoted]
        # Sides the article itself names ("Labour leader Tony Blair", "Mr Balls, a prospective
        # Labour MP"); a side named before a person's role is no holder or target itself.
        self.sides, named_before = _named_sides(text, resolution, self.words)
        self.mentions: list[Mention] = [
            m
            for i, m in enumerate(resolution.mentions)
            if i not in resolution.modifiers
            and i not in named_before
            and not _names_a_thing(text, m.end, self.words.things)
            and not _modifies_a_noun(text, m, self.words)
            and not (m.kind in _PLACES and _owns_a_name(text, m.end, self.words))
        ]
        self.mention_starts = [m.start for m in self.mentions]
        self.sentence_starts = [s.start for s in segmentation.sentences]
        self.country: dict[str, str | None] = {
            a.name: a.name if a.kind == "country" else a.affiliation for a in resolution.actors
        }
        self.kind = {a.name: a.kind for a in resolution.actors}
        # Holders whose role may name their own side ("Clinton spokesman"): few have a role.
        self._with_role = {a.name: a for a in resolution.actors if a.role}
        self._in_role: dict[tuple[str, str], bool] = {}
        self.scope_words = scope_words()
        # Group references of the whole text, found once: few articles have any.
        self._groups = _find_groups(text)
        self._group_starts = [g[0] for g in self._groups]
        # The stretches every mention of the actors stage covers, merged, in text order
        # (made for the first in_a_mention: few sentences ask).
        self._covered: tuple[list[int], list[int]] | None = None

    def in_a_mention(self, position: int) -> bool:
        """Whether a mention the actors stage found (any, also one left out of
        ``mentions``) covers ``position``: a bisection, not a walk over the mentions."""
        if self._covered is None:
            starts: list[int] = []
            ends: list[int] = []
            for m in sorted(self.resolution.mentions, key=lambda m: m.start):
                if ends and m.start <= ends[-1]:
                    ends[-1] = max(ends[-1], m.end)
                else:
                    starts.append(m.start)
                    ends.append(m.end)
            self._covered = starts, ends
        starts, ends = self._covered
        i = bisect.bisect_right(starts, position) - 1
        return i >= 0 and position < ends[i]

    def sentence_of(self, position: int) -> int:
        """The index of the sentence that holds ``position`` (-1 before the first)."""
        return bisect.bisect_right(self.sentence_starts, position) - 1

    def is_country(self, name: str) -> bool:
        """Whether an actor is a country; an affiliation the article never names is taken to be one."""
        return self.kind.get(name, "country") == "country"

    def in_quote(self, position: int) -> bool:
        k = bisect.bisect_right(self._quote_starts, position) - 1
        return k >= 0 and self.quote_spans[k][0] <= position < self.quote_spans[k][1]

    def quoted_parts(self, start: int, end: int) -> list[tuple[int, int]]:
        """The stretches of ``[start, end)`` where ``in_quote`` holds, in text order."""
        lo = bisect.bisect_right(self._quoted_starts, start) - 1
        hi = bisect.bisect_left(self._quoted_starts, end)
        return [(s, e) for s, e in self._quoted[max(lo, 0) : hi] if e > start]

    def has_group_ref(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self._group_starts, start)
        return k < len(self._groups) and self._groups[k][0] < end

    def mentions_between(self, start: int, end: int, outside_quotes: bool = True) -> list[Mention]:
        lo = bisect.bisect_left(self.mention_starts, start)
        hi = bisect.bisect_left(self.mention_starts, end)
        found = self.mentions[lo:hi]
        if outside_quotes and self.quote_spans:
            found = outside(found, [m.start for m in found], self.quoted_parts(start, end))
        return found

    def is_self(self, holder: str, target: str) -> bool:
        """A holder's stance toward itself, its own country or the side its role names is not recorded.

        "Clinton spokesman Brian Fallon" speaks for Clinton; "Tory leader Michael
        Howard" about the Tories speaks for his party, and so does Tony Blair about
        Labour where the article wrote "Labour leader Tony Blair" anywhere.
        """
        return (
            target == holder
            or target == self.country.get(holder)
            or target in self.sides.get(holder, ())
            or (holder in self._with_role and self.role_names(holder, target))
        )

    def is_place(self, mention: Mention) -> bool:
        """Whether a mention only says where something happens ("a rally in Ohio", "talks at
        the UN"): no target of a stance. A person is never a place ("game-breakers in Josh
        Lewsey"), nor is what one has faith in ("lost confidence in the EU")."""
        if mention.kind == "person":
            return False
        lo = max(0, mention.start - 40)
        if _PLACE_WORD_BEFORE.search(self.text, lo, mention.start) is None:
            return False  # most mentions: no need for the word before the preposition
        found = _PLACE_BEFORE.search(self.text, lo, mention.start)
        return found is not None and (found.group(1) or "").casefold() not in _NOT_PLACE_AFTER

    def after_dateline(self, mentions: list[Mention]) -> list[Mention]:
        """A sentence's mentions without the dateline that opens its paragraph ("WASHINGTON
        — Sen. Chuck Grassley on Wednesday downplayed …", "BERLIN, Germany (Reuters) -"):
        where the story was filed is neither holder nor target of what follows."""
        start = mentions[0].start
        if start and self.text[start - 1] != "\n":
            return mentions  # only a paragraph's first mention can open its dateline
        end = dateline_end(self.text, start)
        return [m for m in mentions if m.start >= end] if end != -1 else mentions

    def role_names(self, holder: str, target: str) -> bool:
        """Whether the holder's role names the target (cached: asked once per pair and mention)."""
        found = self._in_role.get((holder, target))
        if found is None:
            actor = next((a for a in self.resolution.actors if a.name == target), None)
            found = _named_in_role(self._with_role[holder], actor)
            self._in_role[holder, target] = found
        return found

    def group_refs(self, start: int, end: int) -> list[tuple[int, int, list[str]]]:
        """ "the two nations" / "both leaders" in ``[start, end)`` with the actors each means."""
        refs = []
        lo = bisect.bisect_left(self._group_starts, start)
        for ref_start, ref_end, people in self._groups[lo:]:
            if ref_start >= end:
                break
            refs.append((ref_start, ref_end, self.parties_before(ref_start, end, people)))
        return refs

    def parties_before(self, position: int, end: int, people: bool) -> list[str]:
        """The last two distinct countries (or people) named before ``position``.

        Actors named between it and ``end`` are left out: in "the two countries’
        relations with the United States", the United States is not one of them.
        """
        here = {
            self.country.get(m.actor) if not people else m.actor
            for m in self.mentions_between(position, end, outside_quotes=False)
        }
        found: list[str] = []
        k = bisect.bisect_left(self.mention_starts, position) - 1
        while k >= 0 and len(found) < 2:
            m = self.mentions[k]
            k -= 1
            if m.start < position - GROUP_LOOKBACK:
                break
            actor = m.actor if people else self.country.get(m.actor)
            if actor is None or (people and m.kind != "person"):
                continue
            if not people and not self.is_country(actor):
                continue
            if actor not in found and actor not in here:
                found.append(actor)
        return found if len(found) == 2 else []


@lru_cache(maxsize=1)
def scope_words() -> frozenset[str]:
    """The one-word clause openers of ``seeds/actor_words.tsv`` ("if", "but", "which" …)."""
    return frozenset(s[0] for s in actor_words().scope_end if len(s) == 1)


@lru_cache(maxsize=1)
def _group_words() -> tuple[frozenset[str], frozenset[str]]:
    refs = actor_words().group_refs
    return frozenset(g[0] for g in refs), frozenset(g[1] for g in refs)


_PEOPLE = frozenset(["leaders", "presidents", "men"])


def _find_groups(text: str) -> list[tuple[int, int, bool]]:
    """ "(the) two nations", "both leaders": spans, and whether they are people."""
    firsts, seconds = _group_words()
    lower = text.lower()
    groups = []
    for first in firsts:
        # The word is looked for without its space: str.find tests the text at each
        # place that holds the last character of what it looks for, and spaces are
        # everywhere (the two searches take a quarter less).
        i = lower.find(first)
        while i != -1:
            j = i + len(first) + 1
            if lower[j - 1 : j] != " ":
                i = lower.find(first, i + 1)
                continue
            k = j
            while k < len(lower) and lower[k].isalpha():
                k += 1
            if (i == 0 or not lower[i - 1].isalnum()) and lower[j:k] in seconds:
                start = i - 4 if lower[max(0, i - 4) : i] == "the " else i
                groups.append((start, k, lower[j:k] in _PEOPLE))
            i = lower.find(first, j)
    return sorted(groups)


def _named_in_role(holder: Actor, target: Actor | None) -> bool:
    """Whether an alias of ``target`` is in the role of ``holder`` ("Clinton spokesman")."""
    if target is None or not holder.role:
        return False
    words = tuple(_ROLE_WORD.findall(holder.role.casefold()))
    for alias in {target.name, *target.aliases}:
        alias_words = tuple(_ROLE_WORD.findall(alias.casefold()))
        n = len(alias_words)
        if n and any(words[i : i + n] == alias_words for i in range(len(words) - n + 1)):
            return True
    return False


# A place: "in", "at" … right before a mention ("in the UK", "in southern Iraq", not "in
# defending Britain's past"), with the word before it ("losses" in Europe).
_PLACE_PREPOSITION = (
    r"\b(?:[Ii]n|at|across|throughout|inside)\s+(?:the\s+)?(?:(?![a-z-]*ing\s)[a-z-]+\s+)?\Z"
)
_PLACE_BEFORE = re.compile(r"(?:\b([A-Za-z]+)[^\w\n]*\s+)?" + _PLACE_PREPOSITION)
# The preposition alone, which every match of ``_PLACE_BEFORE`` holds in the same window:
# looked for first, as it is several times cheaper (``_PLACE_BEFORE`` is tried at each
# character of its window, and gives its optional word back one letter at a time at each).
_PLACE_WORD_BEFORE = re.compile(_PLACE_PREPOSITION)
# After these, "in" names what the stance is about ("confidence in the EU", "interference
# in Ukraine"), not a place.
_NOT_PLACE_AFTER = frozenset(
    [
        "confidence",
        "faith",
        "trust",
        "belief",
        "believe",
        "believes",
        "invest",
        "invested",
        "investment",
        "investments",
        "interest",
        "interested",
        "stake",
        "role",
        "part",
        "participate",
        "participation",
        "involvement",
        "interference",
        "meddling",
        "intervention",
        "membership",
    ]
)
# Between a person and a side in apposition: ", a prospective " (Labour MP), ", the former ".
_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+(?:[A-Za-z-]+\s+){0,3}")
# What a role phrase cannot hold: it is one stretch of a noun phrase.
_NOT_IN_ROLE = re.compile(r"[,;:()\"“”\n]|\.\s")
# Between a person and whom the person works for: ", chief executive of the ", " of the ".
_EMPLOYER = re.compile(
    r",?\s+(?:(?:a|an|the)\s+)?((?:[A-Za-z-]+\s+){0,3}?)(?:of|at|for)\s+(?:the\s+)?"
)
# How far (characters) a side may stand from the person it belongs to.
_SIDE_GAP = 40


def _named_sides(
    text: str, resolution: ActorResolution, words: ActorWords
) -> tuple[dict[str, set[str]], set[int]]:
    """Each person's sides named beside one of its mentions, and the indices of the mentions
    that name a side before a role ("Tory co-chairman Liam Fox", "Indian oil minister Mani
    Shankar Aiyar"): those are no actor of a statement, as the actors stage's modifiers.

    A side is a mention that is not a person, right before a person with a role between
    them (or one the actors stage took as a modifier), or after a person in apposition
    ("Mr Balls, a prospective Labour MP"). One walk over neighbouring mentions. A person
    whose the next person is ("Hunter Biden's former business partner Tony Bobulinski") is
    no actor of a statement either, but no side: the partner may well attack him.
    """
    sides: dict[str, set[str]] = {}
    named_before: set[int] = set()
    mentions, modifiers = resolution.mentions, resolution.modifiers
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if m.kind == "person":
            if nxt is not None and _describes_another(text, m, nxt, words):
                named_before.add(i)
            continue
        if nxt is not None and nxt.kind == "person" and 0 < nxt.start - m.end <= _SIDE_GAP:
            if _role_phrase(text, m.end, nxt.start, words) or (
                m.kind == "country" and _describes(text, m.end, nxt.start, words)
            ):
                named_before.add(i)
            if i in named_before or (i in modifiers and not text[m.end : nxt.start].strip()):
                sides.setdefault(nxt.actor, set()).add(m.actor)
                continue
        prev = mentions[i - 1] if i else None
        if prev is not None and prev.kind == "person" and m.start - prev.end <= _SIDE_GAP:
            apposed = _APPOSITION.fullmatch(text, prev.end, m.start)
            if (
                apposed
                and (i in modifiers or _role_phrase(text, m.end, _phrase_end(text, m.end), words))
            ) or _works_for(text, prev.end, m.start, words):
                sides.setdefault(prev.actor, set()).add(m.actor)
    return sides, named_before


# The noun after a name: "European title", "Britain's economy", "Spanish-speaking".
_NEXT_WORD = re.compile(r"(?:['’]s)? ([a-z]+)\b|-([a-z]+)\b")


def _names_a_thing(text: str, end: int, things: frozenset[str]) -> bool:
    """Whether the name ending at ``end`` only says whose or where a thing is: "won the
    European title", "US insurers", "Scottish students" are no stance toward Europe, the US or
    the United Kingdom; "US policy" and "Tory plans" are."""
    found = _NEXT_WORD.match(text, end)
    return found is not None and (found.group(1) or found.group(2)) in things


# A possessive and the capitalised word after it: "Japan's Sumitomo Mitsui".
_OWNED_NAME = re.compile(rf"{possessive.SINGULAR_PATTERN} ([A-Z][\w.-]*)")
# The kinds of actor whose possessive before a name says only where it is from: after a
# person's or an organisation's, the name is often what they do ("Mr Brown's Budget",
# "Trump's White House staff", "the Bank of England's Monetary Policy Committee").
_PLACES = frozenset(["country", "group"])


def _owns_a_name(text: str, end: int, words: ActorWords) -> bool:
    """Whether the place ending at ``end`` only says whose the name after it is: in "Japan's
    Sumitomo Mitsui has withdrawn …" or "bought all of Germany's Hexal" the bank and the
    firm are meant, not Japan or Germany. A role, title or institution after the possessive
    keeps the place the actor ("Russia's President said", "Russia's Foreign Ministry").
    """
    found = _OWNED_NAME.match(text, end)
    if found is None:
        return False
    word = found.group(1).casefold().rstrip(".")
    return not (
        word in words.role_starts
        or word in words.courtesy
        or word in words.institution_heads
        or word in words.institution_starts
    )


# Up to three lower-case words right after a name, and the word right before it (spaces
# between; an editor's brackets around the name: "the [Lisbon] agreement").
_WORDS_AFTER = re.compile(r"\]? ([a-z][a-z-]*)\b(?: ([a-z][a-z-]*)\b)?(?: ([a-z][a-z-]*)\b)?")
_WORD_BEFORE = re.compile(r"([A-Za-z]+) +\[?\Z")
# Before a name, words that make it part of a longer noun phrase: "the UK programme", "a
# Jackson lawyer", "under United States law".
_NOUN_PHRASE_OPENERS = frozenset(
    ["a", "an", "the", "this", "these", "those", "our", "their", "his", "her", "its", "under"]
)
# The endings of a country's or a group's adjective ("Russian", "British", "Chinese", "Dutch",
# "Iraqi", "Arabic"): before a lower-case word, such a name always describes it.
_ADJECTIVE_ENDINGS = (*DEMONYM_ENDINGS, "ic")


def _modifies_a_noun(text: str, mention: Mention, words: ActorWords) -> bool:
    """Whether a name only describes the noun after it: "the UK programme", "a Jackson lawyer",
    "under Russian law", "a German war criminal", "Nigerian nationals" are no stance toward
    the UK, Michael Jackson, Russia, Germany or Nigeria.

    The name is an adjective ("Russian") or stands inside a noun phrase ("the", "a",
    "under" right before it, or "pro-", "anti-"), and a lower-case noun follows. A name
    stays a target where a word of that noun phrase (up to three words) says what its
    people are or what it does ("the British public", "US policy", "Russian interference"),
    is one of its institutions ("the Russian government") or, unless the name is a person's,
    a role ("the Russian president", "the Unity Party presidential nominee", "Scottish
    ministers"). After a plural name (a party, not "the United States") or before a word in
    "-s", a name that is no adjective is taken for a subject ("the Tories wreck", "the IMF
    stands").
    """
    found = _WORDS_AFTER.match(text, mention.end)
    if found is None:
        return False  # most mentions: a capital, a stop or a comma follows
    surface = mention.text
    if not surface or surface.rsplit(" ", 1)[-1].casefold() in words.institution_heads:
        return False  # "a German government source" speaks for Germany
    phrase = []
    for word in found.groups():
        if word is None or not _noun_like(word, words):
            break
        phrase.append(word)
    if not phrase or any(_names_the_actor(w, mention, words) for w in phrase):
        return False
    if (
        mention.kind != "person"
        and surface != mention.actor
        and " " not in surface
        and surface.endswith(_ADJECTIVE_ENDINGS)
    ):
        return True
    plural = surface.endswith("s") and mention.kind != "country"  # not "the United States"
    if plural or (phrase[0].endswith("s") and not phrase[0].endswith("ss")):
        return False
    before = _WORD_BEFORE.search(text, max(0, mention.start - 20), mention.start)
    if before is not None and before.group(1).casefold() in _NOUN_PHRASE_OPENERS:
        return True
    return text[mention.start - 1 : mention.start] == "-"


def _noun_like(word: str, words: ActorWords) -> bool:
    """Whether a lower-case word after a name may be a word of a noun phrase: no verb, no
    adverb, no word that joins or opens a phrase, no adjective in "-ous" ("makes the English
    nervous")."""
    return not (
        word in words.no_noun
        or word.endswith(("ed", "ly", "ing", "ous"))
        or word in verb_lexicon().triggers
    )


def _names_the_actor(word: str, mention: Mention, words: ActorWords) -> bool:
    """Whether a word of the noun phrase after a name keeps the name a target: its people,
    its acts and what it writes ("a UN report"), its institutions, or a role unless the name
    is a person's."""
    if word in words.actor_itself or word in words.institution_heads or word in words.authored:
        return True
    last = word.rsplit("-", 1)[-1]
    role = last in words.role_starts or last.removesuffix("s") in words.role_starts
    return role and mention.kind != "person"


def _describes(text: str, start: int, end: int, words: ActorWords) -> bool:
    """Whether ``text[start:end]``, between a country and a person, makes the country whose
    the person is: "Britain's Tim Henman", "French prodigy Gael Monfils", "Brazilian
    midfielder Juninho": up to three lower-case words, none a verb or a word that opens a
    phrase, the last a noun for a person ("sanctions against Russia if Putin", "Syria after
    Trump", "China could sway Putin" are no description)."""
    piece = text[start:end]
    owned = possessive.singular_then_space(piece, 0)
    found = piece[2:].split() if owned else piece.split()
    if not found:
        return owned
    triggers = verb_lexicon().triggers
    return (
        len(found) <= 3
        and all(w.isalpha() and w.islower() for w in (w.replace("-", "") for w in found))
        and not any(
            _verb_like(w, triggers) or w in words.lead_in or w in words.joining for w in found
        )
        and (found[-1].endswith(PERSON_ENDINGS) or found[-1].split("-")[-1] in words.person_nouns)
    )


def _describes_another(text: str, person: Mention, nxt: Mention, words: ActorWords) -> bool:
    """Whether a person's possessive describes the person named next: "Hunter Biden's former
    business partner Tony Bobulinski", "Brown's former advisor Ed Balls"."""
    return (
        nxt.kind == "person"
        and 0 < nxt.start - person.end <= _SIDE_GAP
        and possessive.singular_then_space(text, person.end)
        and len(text) > person.end + 3
        and text[person.end + 3].islower()
        and _describes(text, person.end, nxt.start, words)
    )


def _works_for(text: str, start: int, end: int, words: ActorWords) -> bool:
    """Whether ``text[start:end]``, between a person and an organisation or country after
    it, says the person works for it: "John Woodward, chief executive of the UK Film
    Council", "Hannah Ward of the Refugee Council", "Mark Oaten, spokesman for the Lib
    Dems" (a role head before "of", "at" or "for", or nothing)."""
    found = _EMPLOYER.fullmatch(text, start, end)
    if found is None:
        return False
    role = found.group(1).split()
    return not role or _role_head(role[-1], words)


def _phrase_end(text: str, start: int) -> int:
    """Where the noun phrase from ``start`` ends: at the next comma, stop or bracket."""
    found = _NOT_IN_ROLE.search(text, start, start + _SIDE_GAP)
    return found.start() if found else min(len(text), start + _SIDE_GAP)


def _role_phrase(text: str, start: int, end: int, words: ActorWords) -> bool:
    """Whether ``text[start:end]`` is a role of one to four words: "'s election chief",
    " co-chairman ", " spokesman Mr " (a courtesy title may follow the role)."""
    piece = text[start:end]
    if possessive.singular_at(piece, 0):
        piece = piece[2:]
    found = piece.split()
    if found and found[-1].casefold().rstrip(".") in words.courtesy:
        found.pop()
    if not 1 <= len(found) <= 4 or "\n" in piece or _NOT_IN_ROLE.search(" ".join(found) + " "):
        return False
    # A verb or an adverb is no word of a role: "Ukraine recently ousted long-serving leader
    # Leonid Kuchma", "the Muslim Council of Britain said Ofsted boss Mr Bell".
    triggers = verb_lexicon().triggers
    if any(_verb_like(w, triggers) for w in found if w.islower()):
        return False
    return _role_head(found[-1], words)


def _verb_like(word: str, triggers: dict[str, float]) -> bool:
    """Whether a lower-case word is a verb or an adverb: a statement verb, or a word in
    "-ed" or "-ly" ("recently ousted", "said")."""
    return word in triggers or word.endswith(("ed", "ly"))


def _role_head(word: str, words: ActorWords) -> bool:
    """Whether a word ends a role ("chief", "co-chairman": its last piece)."""
    return word.casefold().rsplit("-", 1)[-1] in words.role_heads


def outside(items: list[_T], starts: list[int], parts: list[tuple[int, int]]) -> list[_T]:
    """The items, in text order, whose ``starts`` lie in none of ``parts`` (also in order)."""
    if not parts:
        return items
    kept = items[:]
    for s, e in reversed(parts):
        del kept[bisect.bisect_left(starts, s) : bisect.bisect_left(starts, e)]
    return kept


def negated(text: str, start: int, end: int) -> bool:
    return NEGATION.search(text, start, end) is not None
