"""Speakers named by their role: "the senator" is the senator the article named before.

A person is *introduced* with a role by a title or role noun before the name ("Sen. Ted
Cruz", "Kremlin aide Yury Ushakov", a gazetteer alias such as "Secretary of State Hillary
Clinton") or by an appositive after it ("Yury Boyko, the head of Naftohaz,"). A definite
description "the <role>" is, of the people introduced with a role that answers to its noun
(``seeds/role_nouns.tsv``: "Sen." answers to "the senator"), the one mentioned last before
it. When nobody fits, or the description's own words ("the Florida senator", "the former
president") do not fit the introduction, there is no answer: a wrong holder is worse than
none. A noun that is no role ("the prop", "the archbishop") is an *epithet*: the person the
article called so ("Wales prop Adam Jones").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

from stancedb.actors import possessive
from stancedb.actors.gazetteer import Gazetteer
from stancedb.actors.mentions import Found, role_length
from stancedb.actors.words import PERSON_ENDINGS, ActorWords, actor_words
from stancedb.resources import seed_path

# Words after which a role phrase has no more head: "the head of Naftohaz", "the aide who",
# "a spokeswoman for the group".
_PREPOSITIONS = frozenset(["of", "for", "to", "at", "with", "in", "from", "on", "who"])
_STOPS = _PREPOSITIONS | {"and", "or"}
_DETERMINERS = frozenset(["the", "a", "an"])
# Words that make a role another one: "the former president" is not the president in
# office, nor "the mayor" the deputy mayor or "the chancellor" the shadow chancellor.
_QUALIFIERS = frozenset(["former", "ex", "onetime", "deputy", "vice", "assistant", "shadow"])
# A role phrase ends at punctuation that closes a noun phrase or a clause.
_PHRASE_END = re.compile(r"[,;:()\[\]—–\"“”]|\.(?:\s|$)")
# A description refers to someone mentioned recently, though perhaps introduced long
# before: it looks back through this many mentions for them, so that a transcript with
# thousands of quotes stays linear.
_MENTIONS_BACK = 300
# How many words around an introduction may hold what a description says of the person
# ("Florida Sen. Marco Rubio", "Sen. Ted Cruz of Texas", "Republican presidential nominee").
_CONTEXT_WORDS = 3
_start = attrgetter("start")


@dataclass(frozen=True, slots=True)
class RolePhrase:
    """A phrase cut around the role it ends in: "former Florida Sen." is the form "sen"
    with ("former", "Florida") before it; "head of Naftohaz" is "head" with ("of",
    "Naftohaz") after it."""

    form: str
    before: tuple[str, ...]
    after: tuple[str, ...]

    def qualifiers(self) -> frozenset[str]:
        return frozenset(w.casefold() for w in self.before if w.casefold() in _QUALIFIERS)

    def modifier(self) -> str | None:
        """The word right before the role that says which one ("health minister",
        "Florida Sen."), unless it is a qualifier."""
        if self.before and self.before[-1].casefold() not in _QUALIFIERS:
            return self.before[-1]
        return None


@dataclass(frozen=True, slots=True)
class RoleNouns:
    """The nouns each role answers to (itself included), with the role words they are."""

    words: ActorWords
    nouns: dict[str, frozenset[str]]

    def answers(self, form: str) -> frozenset[str]:
        """The nouns a description may use for someone introduced with ``form``."""
        return self.nouns.get(form) or frozenset([form])

    def ending_role(self, raw: Sequence[str]) -> RolePhrase | None:
        """The phrase cut at the role it ends in, before any "of …"; None if it ends in none.

        "Texas senator" → "senator"; "head of Naftohaz" → "head"; "secretary of state" →
        "secretary-of-state"; "senator’s wife" → None.
        """
        folded = [w.casefold() for w in raw]
        units = self._units(folded)
        covered = {j for at, n in units for j in range(at, at + n)}
        stop = next(
            (j for j, w in enumerate(folded) if w in _STOPS and j not in covered), len(folded)
        )
        last = next((u for u in units if sum(u) == stop), None)
        return self._phrase(raw, folded, last)

    def title_of_name(self, raw: Sequence[str]) -> RolePhrase | None:
        """The title a name is written with ("Secretary of State Hillary Clinton"), or None
        when no name follows the last role ("Jane King")."""
        folded = [w.casefold() for w in raw]
        units = self._units(folded)
        if not units or sum(units[-1]) >= len(folded):
            return None
        return self._phrase(raw, folded, units[-1])

    def _units(self, folded: list[str]) -> list[tuple[int, int]]:
        """The roles of a phrase, left to right, as (first word, number of words)."""
        units = []
        i = 0
        while i < len(folded):
            n = role_length(folded, i, self.words)
            if n:
                units.append((i, n))
            i += n or 1
        return units

    def _phrase(
        self, raw: Sequence[str], folded: Sequence[str], unit: tuple[int, int] | None
    ) -> RolePhrase | None:
        if unit is None:
            return None
        at, n = unit
        form = "-".join(folded[at : at + n])
        if form in self.words.courtesy:
            return None  # "Mr." says nothing of what someone does
        return RolePhrase(form, tuple(raw[:at]), tuple(raw[at + n :]))


@lru_cache(maxsize=1)
def role_nouns() -> RoleNouns:
    """The nouns of ``seeds/role_nouns.tsv`` for the roles of ``actor_words.tsv``, loaded once."""
    words = actor_words()
    nouns: dict[str, set[str]] = {}
    for line in seed_path("role_nouns.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line == "form\tnoun":
            continue
        form, noun = line.split("\t")
        # Only a role of actor_words.tsv is ever read as one.
        assert {tuple(form.split("-")), tuple(noun.split("-"))} <= words.roles, line
        nouns.setdefault(form, {form}).add(noun)
    return RoleNouns(words, {form: frozenset(n) for form, n in nouns.items()})


# Compiled once: called per mention, ``re.split`` with a string looks its pattern up each time.
_WORD_BREAK = re.compile(r"[\s\-]+")


def _words(phrase: str) -> list[str]:
    """The words of a phrase without dots, quotes or hyphens ("Sen." → "Sen", "R-Texas" → "R",
    "Texas"); a possessive stays on its word ("senator’s")."""
    out = []
    for token in _WORD_BREAK.split(phrase):
        token = token.strip(".,’'‘\"“”")
        if token:
            out.append(token)
    return out


@dataclass(frozen=True, slots=True)
class Description:
    """What "the Florida senator" says of its person: a role noun; the capitalised words
    around it, which the introduction must share; its qualifiers ("former"); and a
    lower-case word that says which one ("the health minister")."""

    noun: str
    marks: tuple[str, ...]
    qualifiers: frozenset[str]
    modifier: str | None


def definite_description(phrase: str, nouns: RoleNouns | None = None) -> Description | None:
    """The description a speaker phrase is, when it is "the" + a role; else None.

    "a senator" and "his aide" are not definite: they name nobody in particular; nor is
    "the prime minister's spokesman" the prime minister.
    """
    nouns = nouns or role_nouns()
    cut = _PHRASE_END.search(phrase)
    raw = _words(phrase[: cut.start()] if cut else phrase)
    if len(raw) < 2 or raw[0].casefold() != "the":
        return None
    role = nouns.ending_role(raw[1:])
    # Only a singular possessor is seen: _words strips a plural one's mark with the quotes
    # (its "’" may close a quote); keeping it changed no output over the corpora.
    if role is None or any(possessive.ends(w) for w in role.before):
        return None
    qualifiers = role.qualifiers()
    # "the head of Naftohaz": the words after the role qualify it too.
    marks = tuple(
        w for w in role.before + role.after if w[:1].isupper() and w.casefold() not in qualifiers
    )
    modifier = role.modifier()
    return Description(
        role.form, marks, qualifiers, modifier if modifier and modifier.islower() else None
    )


@dataclass(frozen=True, slots=True)
class Epithet:
    """What "The world indoor champion" says of its person: the noun, and whether words
    before it say which one."""

    noun: str
    modified: bool


def epithet(phrase: str, words: ActorWords) -> Epithet | None:
    """The noun of "the prop", "The world indoor champion", "the archbishop": a definite
    description of one person headed by a lower-case noun that is no role
    (``definite_description`` reads those), no plural and no organisation or text
    ("the firm", "the statement", "the two"); else None."""
    cut = _PHRASE_END.search(phrase)
    raw = _words(phrase[: cut.start()] if cut else phrase)
    if len(raw) < 2 or raw[0].casefold() != "the" or not raw[-1].islower():
        return None
    noun = raw[-1]
    if (
        any(w.casefold() in _STOPS for w in raw[1:])
        or noun in _QUALIFIERS
        or (noun,) in words.roles
    ):
        return None
    plural = noun.endswith("s") and not noun.endswith("ss")
    if plural or any(ref[0] == noun for ref in words.group_refs):
        return None
    if any(possessive.ends(w) for w in raw[1:]):
        return None  # "the ad's narrator", "the senator's aide": someone else's
    if noun in words.org_nouns or noun in words.authored or noun in words.org_heads:
        return None
    return Epithet(noun, len(raw) > 2)


# The endings of a noun for a person that heads a description ("the central defender",
# "the Waterford man"): those of PERSON_ENDINGS but "-ent" and "-ess", which end more
# bodies and texts than people ("the government", "the statement", "the press").
_DESCRIBED_PERSON_ENDINGS = tuple(e for e in PERSON_ENDINGS if e not in ("ent", "ess"))


def describes_a_person(epithet: Epithet, words: ActorWords) -> bool:
    """Whether an epithet can only be a person's: a noun the word list has for one ("the
    prop", "the champion"), or one of a person's endings with words that say which one
    ("the central defender", "the tournament debutant"; "the paper", "the moderator"
    alone may be anyone's)."""
    noun = epithet.noun
    if noun.split("-")[-1] in words.person_nouns:
        return True
    return epithet.modified and noun.endswith(_DESCRIBED_PERSON_ENDINGS)


@dataclass(frozen=True, slots=True)
class _Introduction:
    """The roles one mention gives its person and the words around it; whether a word
    before the role says which one ("Civil Aviation Minister"), and its qualifiers."""

    nouns: frozenset[str]
    context: frozenset[str]
    qualifiers: frozenset[str]
    modified: bool


class RoleHolders:
    """The people of one article introduced with a role, for the descriptions of its speakers.

    ``found`` is the article's mention list (in text order; it may grow as speakers are
    resolved). Each mention's introduction is worked out once, when first asked for.
    """

    def __init__(self, text: str, found: list[Found], gazetteer: Gazetteer) -> None:
        self.text = text
        self.found = found
        self.gazetteer = gazetteer
        self.nouns = role_nouns()
        self.words: ActorWords = actor_words()
        self._introductions: dict[int, _Introduction | None] = {}  # by id() of the mention
        self._by_actor: dict[str, list[int]] | None = None
        self._indexed = 0  # how many mentions there were when _by_actor was made

    def holder(self, start: int, end: int, skip: tuple[int, int]) -> str | None:
        """The person the description at ``start:end`` refers to, or None.

        Mentions inside ``skip`` (the quote being attributed) do not count: the quote may
        name the very person the speaker answers.
        """
        description = definite_description(self.text[start:end], self.nouns)
        if description is None:
            return None
        introducing = self._introducing()
        found = self.found
        k = bisect.bisect_left(found, start, key=_start)
        seen: set[str] = set()
        # The people mentioned last come first: the first that fits is the one meant.
        for i in range(k - 1, max(-1, k - 1 - _MENTIONS_BACK), -1):
            f = found[i]
            actor = f.actor
            if (
                actor is None
                or actor in seen
                or f.kind != "person"
                or f.modifier
                or skip[0] <= f.start < skip[1]
            ):
                continue
            seen.add(actor)
            for j in introducing.get(actor, ()):
                at = found[j].start
                if at >= start:
                    break
                # Introductions are worked out here, for the people a description is
                # checked against before it: most descriptions fit someone named shortly
                # before, and most of an article's people are never looked at.
                intro = self._introduction(j)
                if (
                    intro is None
                    or skip[0] <= at < skip[1]
                    or not self._fits(description, intro, f)
                ):
                    continue
                # "the longtime senator" may or may not be this "GOP Sen. John McCain":
                # an older senator is no likelier.
                if self._modifier_differs(description, intro, f):
                    return None
                return actor
        return None

    def called(self, noun: str, start: int, skip: tuple[int, int]) -> str | None:
        """Of the people the article calls ``noun`` before ``start`` (in the name:
        "Archbishop Desmond Tutu"; right before it: "Wales prop Adam Jones"; in an
        appositive: "Jones, the prop,"), the one mentioned last, as for ``holder``.
        Mentions inside ``skip`` do not count, and "the Welshman" is no woman."""
        k = bisect.bisect_left(self.found, start, key=_start)
        recent = [
            f
            for f in self.found[max(0, k - _MENTIONS_BACK) : k]
            if f.actor is not None
            and f.kind == "person"
            and not f.modifier
            and not skip[0] <= f.start < skip[1]
        ]
        called = {f.actor for f in recent if self._calls(f, noun)}
        for f in reversed(recent):
            if f.actor in called:
                return f.actor if self._same_gender(noun, f.actor) else None
        return None

    def _calls(self, f: Found, noun: str) -> bool:
        """Whether the article calls the person of mention ``f`` ``noun`` there: in its
        title, right before its name or in an appositive that opens with an article."""
        text = self.text
        # a title before the name, not the last word of a name of titles ("Roman
        # Catholic Bishop")
        if noun in (w.casefold() for w in _words(text[f.start : f.end])[:-1]):
            return True
        before = _words_before(text, f.start)
        if before and before[-1].casefold() == noun:
            return True
        after = _words_after(text, f.end) if text.startswith(", ", f.end) else []
        return bool(after) and after[0].casefold() in _DETERMINERS and noun in after

    def _introducing(self) -> dict[str, list[int]]:
        """Each person's mentions that may introduce them with a role (indices into the
        mentions, in text order).

        Made again when speakers have added mentions (each mention's own introduction
        is remembered).
        """
        if self._by_actor is None or self._indexed != len(self.found):
            by_actor: dict[str, list[int]] = {}
            for i, f in enumerate(self.found):
                if f.kind != "person" or f.actor is None or f.modifier:
                    continue
                by_actor.setdefault(f.actor, []).append(i)
            self._by_actor, self._indexed = by_actor, len(self.found)
        return self._by_actor

    def _fits(self, description: Description, intro: _Introduction, f: Found) -> bool:
        if description.noun not in intro.nouns or description.qualifiers != intro.qualifiers:
            return False
        if not self._same_gender(description.noun, f.actor or ""):
            return False
        # "the Florida senator" is not "Texas Sen. Ted Cruz", nor "Sen. Ted Cruz" of whom
        # the article said no more: a name is said where the person is introduced.
        return all(self._said_of(mark, intro, f) for mark in description.marks)

    def _modifier_differs(self, description: Description, intro: _Introduction, f: Found) -> bool:
        """ "the health minister" and "Civil Aviation Minister Hardeep Puri" say which
        minister in words that differ; "Minister Jane Doe" says nothing against it."""
        return (
            description.modifier is not None
            and intro.modified
            and not self._said_of(description.modifier, intro, f)
        )

    def _same_gender(self, noun: str, person: str) -> bool:
        """ "the congresswoman" is no man, "the spokesman" no woman (where the given name tells)."""
        gender = self.words.gender(person)
        if noun.endswith("woman"):
            return gender != "m"
        if noun.endswith("man"):
            return gender != "f"
        return True

    def _said_of(self, word: str, intro: _Introduction, f: Found) -> bool:
        """ "Florida" in "the Florida senator" was said of the person where introduced; or
        "Russian" in "the Russian president" names the person's country."""
        if word.casefold() in intro.context:
            return True
        entry = self.gazetteer.lookup(word)
        if entry is None:
            return False
        person = self.gazetteer.entry(f.actor) if f.actor else None
        affiliation = f.affiliation or (person.affiliation if person else None)
        return affiliation is not None and entry.name == affiliation

    def _introduction(self, i: int) -> _Introduction | None:
        f = self.found[i]
        key = id(f)
        if key not in self._introductions:
            self._introductions[key] = self._introduce(i)
        return self._introductions[key]

    def _introduce(self, i: int) -> _Introduction | None:
        """The roles the mention ``found[i]`` is written with, before or after the name."""
        f = self.found[i]
        text = self.text
        phrases: list[RolePhrase] = []
        role_start = f.start
        before = self._title_before(i)
        if before is not None:
            role_start, role = before
            phrase = self.nouns.ending_role(_words(role))
            if phrase is not None:
                phrases.append(phrase)
        surface = text[f.start : f.end]
        # Most mentions are one word ("Blair", "He"): no title in them, and cheap to see.
        own = self.nouns.title_of_name(_words(surface)) if " " in surface else None
        if own is not None:
            phrases.append(own)
        end = f.end
        appositive = self._appositive(f.end)
        if appositive is not None:
            end, phrase = appositive
            phrases.append(phrase)
        if not phrases:
            return None
        lead = _words_before(text, role_start)
        context = lead + _words(surface) + _words_after(text, end)
        for phrase in phrases:
            context += phrase.before + phrase.after
        qualifiers = frozenset().union(*(p.qualifiers() for p in phrases))
        modified = any(p.modifier() is not None for p in phrases)
        if before is not None or own is not None:
            # The words before a title qualify it ("former Sen.") or say which one it is
            # ("civil aviation minister"); a capitalised one ("GOP Sen.") is only context.
            lead_phrase = RolePhrase("", tuple(lead), ())
            qualifiers |= lead_phrase.qualifiers()
            modifier = lead_phrase.modifier()
            modified = modified or (modifier is not None and modifier.islower())
        return _Introduction(
            nouns=frozenset().union(*(self.nouns.answers(p.form) for p in phrases)),
            context=frozenset(w.casefold() for w in context),
            qualifiers=qualifiers,
            modified=modified,
        )

    def _title_before(self, i: int) -> tuple[int, str] | None:
        """Where the title or role written before mention ``i`` starts, and its text.

        A name run carries its own ("Sen. Jane Holloway", "Kremlin aide Yury Ushakov");
        a gazetteer name follows its title as a mention of its own ("Sen." "Ted Cruz").
        """
        f = self.found[i]
        if f.role:
            first = f.role.split()[0]
            at = self.text.rfind(first, max(0, f.start - len(f.role) - 4), f.start)
            return (at if at != -1 else f.start), f.role
        if i > 0:
            g = self.found[i - 1]
            if (
                g.actor is None
                and g.role
                and not g.name
                and self.text[g.end : f.start] in (" ", ". ")
            ):
                return g.start, g.role
        return None

    def _appositive(self, end: int) -> tuple[int, RolePhrase] | None:
        """A role in an appositive after a name (", the head of Naftohaz,"): where the
        appositive ends, and its role phrase."""
        text = self.text
        if not text.startswith(", ", end):
            return None
        window = text[end + 2 : end + 82]
        cut = _PHRASE_END.search(window)
        words = _words(window[: cut.start()] if cut else window)
        determiner = bool(words) and words[0].casefold() in _DETERMINERS
        role = self.nouns.ending_role(words[1:] if determiner else words)
        if role is None or len(role.before) > 3:
            return None
        # ", the senator who", ", head of Naftohaz": a noun phrase, not the clause of
        # ", the prime minister said there".
        if role.after and role.after[0].casefold() not in _PREPOSITIONS:
            return None
        # Without "the" or "a", only a title-like phrase ("Kremlin aide", "former head of
        # X"); "Smith, told the senator" is a clause.
        if not determiner and not all(
            w[:1].isupper() or w.casefold() in _QUALIFIERS for w in role.before
        ):
            return None
        return end + 2 + (cut.start() if cut else len(window)), role


def _words_before(text: str, at: int) -> list[str]:
    """Up to a few words just before ``at``, within its phrase ("former", "Republican
    presidential"): not across punctuation nor a word such as "of" or "and"."""
    window = text[max(0, at - 60) : at]
    cut = max(window.rfind(c) for c in ',;:.()"“”—–\n')
    words = _words(window[cut + 1 :])
    kept = words[-_CONTEXT_WORDS:]
    for k in range(len(kept) - 1, -1, -1):
        if kept[k].casefold() in _STOPS:
            return kept[k + 1 :]
    return kept


_QUALIFIER_END = re.compile(r"[,;:.\"“”\n)](?!\w)|\band\b|\bsaid\b")


def _words_after(text: str, at: int) -> list[str]:
    """Up to a few words just after ``at`` that still qualify a name ("of Texas", "(R-Texas)")."""
    window = text[at : at + 40]
    stripped = window.lstrip(" ,(")
    cut = _QUALIFIER_END.search(stripped)
    return _words(stripped[: cut.start()] if cut else stripped)[:_CONTEXT_WORDS]
