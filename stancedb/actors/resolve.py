"""Resolve an article's mentions to actors, and each quote's speaker to an actor.

Within one article: a full name sets its surname ("Yury Ushakov" makes a later
"Ushakov" the same person, when no other person of the article has that
surname); a pronoun in subject position ("He lauded …") is the first person of
the nearest earlier sentence that has one; a country's stand-ins ("Kremlin",
"Moscow", "Russian") are the country. A quote's speaker is the actor of its
antecedent (or of the speaker mention itself); a speaker that nothing else names
becomes a person actor, "the senator" is the senator named before it (see
:mod:`stancedb.actors.roles`), "the prop" the person called so or, failing that, the
person the article was just about, and "the ministry" is the ministry named before it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from operator import attrgetter

from stancedb.actors import possessive
from stancedb.actors.gazetteer import Entry, Gazetteer
from stancedb.actors.mentions import Found, find_mentions, find_words
from stancedb.actors.roles import RoleHolders, describes_a_person, epithet
from stancedb.actors.words import DEMONYM_ENDINGS, ActorWords, actor_words
from stancedb.quotes.speakers import sentence_subject
from stancedb.records import Actor, ActorKind, Mention, Quote, new_actor, new_mention
from stancedb.text import Segmentation

# Endings of plural nouns for people ("makers", "analysts", "officials" is a role's plural).
_PEOPLE_PLURALS = ("ers", "ists", "ians", "ants", "ents", "ees", "ors")
# The capitalised words that end a phrase after a lower-case role noun ("Barca midfielder Deco").
_NAME_AFTER_ROLE = re.compile(
    r"(?<!\S)(?!(?:de|den|der|du|da|del|della|dos|van|von|bin|ibn|al|el|la|le|y|for|from|of|at|with"
    r"|in|on|by|to|and|or|the|a|an)\b)[a-z][\w\-]* "
    r"(?P<name>[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){0,2})$"
)
# A possessor before a speaker's name ("Microsoft’s Xavi Bonnet", "the Post's Ann Lee",
# "Reuters' Sam Lee"): whose the speaker is, not part of the name.
_POSSESSOR = re.compile(
    rf"(?:[Tt]he )?(?:[A-Z][\w.&\-]*+ )*[A-Z][\w.&\-]*?{possessive.EITHER_PATTERN} (?=[A-Z])"
)
# A given name and a surname or two (before a role written after it: "Andrew Tyrie MP";
# after a possessor: "Yahoo's Yonca Brunini").
_NAME_THEN_ROLE = re.compile(r"[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){1,2}")
# Regnal numerals ("Elizabeth I", "Henry VIII"); not "X" (Malcolm X).
_NUMERAL = re.compile(r"I{1,3}|IV|VI{0,3}|IX")
# The verb of a cleft sentence after its "it" ("it was Trump who …").
_CLEFT = re.compile(r"[ \u00a0]+(?:was|is)[ \u00a0]+(?=[A-Z])")
# The marks that open a quote at the start of a sentence (the NYT writes two apostrophes).
_OPENING_MARKS = ('"', "“", "‘", "''")
# A C-level key: the mentions are sorted and bisected by start many times per article.
_start = attrgetter("start")


@dataclass(frozen=True, slots=True)
class ActorResolution:
    """The actors of one article, their mentions in text order, and each quote's speaker actor.

    ``modifiers`` holds the indices of mentions that only name an affiliation
    ("Russian" in "Russian President Vladimir Putin", "Kremlin" in "Kremlin
    aide"): they are not holders or targets of a stance.
    """

    actors: tuple[Actor, ...]
    mentions: tuple[Mention, ...]
    speaker_actors: tuple[str | None, ...]
    modifiers: frozenset[int] = field(default_factory=frozenset)

    def actor(self, name: str) -> Actor | None:
        """The actor with this canonical name, or None."""
        for a in self.actors:
            if a.name == name:
                return a
        return None


@dataclass(slots=True)
class _ActorInfo:
    kind: ActorKind
    affiliation: str | None
    role: str | None
    aliases: list[str]


class _Article:
    """The working state of one article's resolution."""

    def __init__(self, text: str, segmentation: Segmentation, gazetteer: Gazetteer) -> None:
        self.text = text
        self.gazetteer = gazetteer
        self.words: ActorWords = actor_words()
        self.found, self.maybe = find_mentions(text, gazetteer, self.words)
        self.sentence_starts = [s.start for s in segmentation.sentences]
        self.sentences = segmentation.sentences
        self.surnames: dict[str, set[str]] = {}
        self.info: dict[str, _ActorInfo] = {}
        self._longest: int | None = None  # the longest mention's length, once asked for
        self._role_holders: RoleHolders | None = None  # made for the first "the senator"
        # Organisations named by the article's own words ("Cornell University"), not listed.
        self.named_organisations: set[str] = set()
        # (start, speaker actor) of the quotes resolved so far, in text order.
        self.spoken: list[tuple[int, str | None]] = []

    def _near(self, start: int, stop: int) -> Iterator[Found]:
        """The mentions, in text order, that start before ``stop`` and may end after
        ``start``. Found by bisection, not by a walk from the first mention: an article
        with thousands of quotes would walk its mentions once per quote."""
        found = self.found
        if self._longest is None:
            self._longest = max([f.end - f.start for f in found], default=0)
        i = bisect.bisect_left(found, start - self._longest, key=_start)
        while i < len(found) and found[i].start < stop:
            yield found[i]
            i += 1

    # -- people ---------------------------------------------------------------------------

    def name_people(self) -> None:
        """Give every sure name run a canonical name, then settle surnames and pronouns."""
        self._appositive_affiliations()
        for f in self.found:
            if f.kind != "person":
                if f.actor is None:  # a run of capitalised words ending in "Union", "Council"
                    f.actor = self._person_name(self.text[f.start : f.end])
                    self.named_organisations.add(f.actor)
                continue
            if f.actor is not None:
                # Only a full name written out sets a surname ("Clinton" alone says nothing).
                if " " in self.text[f.start : f.end].strip():
                    self._register_surname(f.actor)
            elif f.sure and f.name:
                f.actor = self._person_name(self.text[f.start : f.end])
                self._register_surname(f.actor)
        self._add_lone_words()
        for f in self.found:
            if f.kind == "organization" and f.actor is not None:
                self._surname_over_organisation(f)
                self._common_word_opening_a_sentence(f)
            if f.kind != "person":
                continue
            surface = self.text[f.start : f.end]
            if f.actor is not None and " " not in surface.strip():
                # A one-word gazetteer alias ("Clinton") yields to the article's own full name.
                local = self.surnames.get(surface.casefold())
                if local is not None and len(local) == 1:
                    f.actor = next(iter(local))
                    f.affiliation = None  # the gazetteer's person was someone else
            elif f.actor is None:
                word = surface.casefold()
                local = self.surnames.get(word)
                if local is not None and len(local) == 1:
                    f.actor = next(iter(local))
                elif word in self.words.pronouns:
                    f.actor = self.pronoun_actor(f.start, word)

    def _surname_over_organisation(self, f: Found) -> None:
        """A one-word organisation alias that is the surname of this article's only person
        of that name is that person: "Green candidate Paul Hawkins. Hawkins added" is no
        "Hawkins" the company. (Countries keep their name: "Jordan" stays a country.)"""
        surface = self.text[f.start : f.end]
        # Only an organisation called by that word itself: "Democrats" (the Democratic
        # Party) is no surname even where a run "Nevada Democrats" was taken for a person.
        if f.actor != surface or not surface.isalpha():
            return
        local = self.surnames.get(surface.casefold())
        if local is not None and len(local) == 1:
            f.kind, f.actor, f.affiliation = "person", next(iter(local)), None

    def _common_word_opening_a_sentence(self, f: Found) -> None:
        """An organisation called by one word that opens a sentence is the common word, not
        the organisation, where the article writes that word in lower case too ("Employers
        have spent billions …" beside "employers"). Only an organisation whose name is that
        word: "Labour" and "Conservatives" name parties whatever else the article says."""
        surface = self.text[f.start : f.end]
        if surface != f.actor or not surface.isalpha() or not surface[1:].islower():
            return
        k = bisect.bisect_right(self.sentence_starts, f.start) - 1
        if k < 0 or self.text[self.sentence_starts[k] : f.start].strip(" \n\"“‘'(-–—"):
            return
        if find_words(self.text, surface.lower()):
            f.actor = None

    def _add_lone_words(self) -> None:
        """Surnames of this article's people and subject pronouns, where they stand alone."""
        # find_mentions gives the mentions in text order, each at its own start.
        starts = [f.start for f in self.found]
        ends = [f.end for f in self.found]
        taken = set(starts)
        wanted = {p.split()[-1] for names in self.surnames.values() for p in names}
        wanted.update(w.capitalize() for w in self.words.pronouns)
        added = False
        for word in wanted:
            for start in find_words(self.text, word):
                k = bisect.bisect_right(starts, start) - 1
                if start in taken or (k >= 0 and ends[k] > start):
                    continue  # part of a mention already found ("Yury Ushakov")
                taken.add(start)
                self.found.append(
                    Found(start, start + len(word), None, "person", name=(word,), sure=False)
                )
                added = True
        for start, end, word in self.maybe:
            folded = word.casefold()
            if start not in taken and (folded in self.surnames or folded in self.words.pronouns):
                self.found.append(Found(start, end, None, "person", name=(word,), sure=False))
                added = True
        if added:
            self.found.sort(key=_start)
            self._longest = None

    def _appositive_affiliations(self) -> None:
        """ "Youssef Chahed, the Prime Minister of Tunisia": a person, with a role and country."""
        found = self.found
        text = self.text
        for k in range(len(found) - 1):
            f = found[k]
            # Most mentions are not followed by a comma: the cheapest test first.
            if not text.startswith(", ", f.end):
                continue
            if f.kind != "person" or f.affiliation is not None or f.modifier:
                continue
            if f.actor is None and len(f.name) < 2:
                continue
            country = next(
                (g for g in found[k + 1 : k + 4] if g.kind == "country" and g.actor), None
            )
            if country is None or country.start - f.end > 60:
                continue
            between = self.text[f.end + 2 : country.start].split()
            if len(between) < 3 or between[0] not in ("the", "a", "an"):
                continue
            role = between[1:-1]
            if between[-1] in ("of", "for") and role[-1].casefold() in self.words.role_heads:
                f.affiliation = country.actor
                f.role = f.role or " ".join(role)
                if f.actor is None:
                    f.actor = self._person_name(self.text[f.start : f.end])
                    self._register_surname(f.actor)

    def _person_name(self, name: str) -> str:
        entry = self.gazetteer.lookup(name)
        if entry is not None:
            return entry.name
        return self.gazetteer.canonical(name)

    def _register_surname(self, canonical: str) -> None:
        parts = canonical.split()
        # A regnal numeral is no surname: "Elizabeth I" would make every "I" of the article her.
        if len(parts) >= 2 and _NUMERAL.fullmatch(parts[-1]) is None:
            self.surnames.setdefault(parts[-1].casefold(), set()).add(canonical)

    def pronoun_actor(self, position: int, pronoun: str = "", exclude: str | None = None) -> str | None:
        """The person a subject pronoun at ``position`` refers to, or None.

        "she" skips people with a man's given name, "he" those with a woman's; and
        ``exclude`` is no candidate (see :meth:`repoint_quoted_pronouns`).
        """
        best: Found | None = None
        best_sentence = -1
        for f in self._antecedents(position, pronoun, exclude, described=False):
            s = bisect.bisect_right(self.sentence_starts, f.start) - 1
            # The first person of the latest sentence that has one: its subject, usually.
            if s > best_sentence:
                best, best_sentence = f, s
        return best.actor if best is not None else None

    def _antecedents(
        self, position: int, pronoun: str, exclude: str | None, described: bool
    ) -> Iterator[Found]:
        """The people, in text order, a pronoun at ``position`` may refer to: those of
        the three sentences before it and of its own sentence before it (see
        :meth:`pronoun_actor`). For a description (``described``: "the prop"), a pronoun
        counts as its person, and a possessor ("Maurice Greene's record") is not what a
        sentence is about."""
        unwanted = {"she": "m", "he": "f"}.get(pronoun)
        k = bisect.bisect_right(self.sentence_starts, position) - 1
        lo = self.sentences[max(0, k - 3)].start if self.sentences else 0
        # The current sentence before the pronoun counts only if the pronoun is not its subject.
        limit = position
        if k >= 0 and self.text[self.sentences[k].start : position].strip() == "":
            limit = self.sentences[k].start
        for f in self._near(lo, limit):
            if f.start < lo or f.kind != "person" or f.actor is None or f.modifier:
                continue
            if f.actor == exclude:
                continue
            if f.name and len(f.name) == 1 and f.name[0].casefold() in self.words.pronouns and not described:
                continue
            if described and possessive.singular_at(self.text, f.end):
                continue
            if unwanted is not None and self.words.gender(f.actor) == unwanted:
                continue
            yield f

    def _subject_actor(self, position: int, pronoun: str) -> str | None:
        """The person a description at ``position`` ("the gambling tycoon") refers to:
        the subject of the latest earlier sentence whose subject is one of its people.
        In US political news the first person of a sentence is often not what it is
        about ("Top Republican donor Sheldon Adelson said he met candidate Donald Trump
        …" may come after a sentence on Trump). A sentence whose subject is not found
        gives its first person, as for "he"; one whose subject is no person, or that opens
        with a quote (whose words name others), is passed over."""
        by_sentence: dict[int, list[Found]] = {}
        for f in self._antecedents(position, pronoun, None, described=True):
            by_sentence.setdefault(bisect.bisect_right(self.sentence_starts, f.start) - 1, []).append(f)
        for k in sorted(by_sentence, reverse=True):
            people = by_sentence[k]
            sentence = self.sentences[k]
            if self.text[sentence.start : sentence.end].lstrip().startswith(_OPENING_MARKS):
                continue  # the words at its start are the quote's, whose people are others
            subject = sentence_subject(self.text, sentence.start, min(sentence.end, position))
            if subject is None:
                return people[0].actor
            subject = self._cleft_subject(subject)
            for f in people:
                if f.start < subject[1] and subject[0] < f.end:
                    return f.actor
        return None

    def _cleft_subject(self, subject: tuple[int, int]) -> tuple[int, int]:
        """The subject "it" of a cleft sentence is the name after its verb: "As usual, it
        was Trump who commanded most of the attention" is about Trump."""
        start, end = subject
        cleft = _CLEFT.match(self.text, end) if self.text[start:end].casefold() == "it" else None
        return (cleft.end(), cleft.end() + 1) if cleft is not None else subject

    # -- speakers -------------------------------------------------------------------------

    def speaker_actor(self, quote: Quote) -> str | None:
        if quote.kind == "term":
            return None
        spans = []
        if quote.antecedent_start is not None and quote.antecedent_end is not None:
            spans.append((quote.antecedent_start, quote.antecedent_end))
        if quote.speaker_start is not None and quote.speaker_end is not None:
            spans.append((quote.speaker_start, quote.speaker_end))
        for k, (start, end) in enumerate(spans):
            # An antecedent that names nobody we know is not trusted over the speaker mention.
            strict = k == 0 and len(spans) == 2
            actor = self._span_actor(start, end, strict, (quote.start, quote.end))
            if (
                actor is not None
                and strict
                and actor in self.named_organisations
                and quote.speaker is not None
                and quote.speaker.casefold() in ("he", "she")
                and self.gazetteer.entry(actor) is None
            ):
                # "scientists from the University of Montreal … “…,” he continued": "he" is
                # a person, not the organisation the antecedent names.
                continue
            if actor is not None:
                return actor
        return None

    def _span_actor(self, start: int, end: int, strict: bool, quote: tuple[int, int]) -> str | None:
        whole_end = end
        end = self._head_end(start, end)
        inside = []
        for f in self._near(start, end):
            if f.actor and f.end > start and not self._inside_name(f, end):
                inside.append(f)
        # The head of "Republican Sen. John McCain" is its last person.
        for f in reversed(inside):
            if f.kind == "person" and not f.modifier:
                return f.actor
        author = self._author(start, end)
        if author is not None:
            return author
        possessor = _POSSESSOR.match(self.text, start, end)
        if possessor is not None and self._looks_like_a_name(self.text[possessor.end() : end]):
            name = self.text[possessor.end() : end]
            return self._new_speaker(possessor.end(), end, name, strict)
        if self.text.startswith(("the ", "The "), start):
            # "the senator", "the Kremlin aide": a person named before, not "Kremlin".
            holder = self.role_holder(start, whole_end, quote) or self._epithet_holder(start, end, quote)
            if holder is not None:
                return holder
        if inside:
            pick = [f for f in inside if not f.modifier] or inside
            return pick[0].actor
        span = self.text[start:end].strip()
        if not span:
            return None
        head = span.split()[-1].strip(".,").casefold()
        if head.endswith("s") and head[:-1] in self.words.role_heads:
            head = head[:-1]  # "Prosecutors", "officials": people by role, no name
        if span.casefold() in self.words.pronouns:
            return self.pronoun_actor(start, span.casefold())
        named = _NAME_AFTER_ROLE.search(span)
        if named is not None and span[0].isupper() and self.text.startswith(span, start):
            # "Reggae star Sizzla", "Barca midfielder Deco": the name after the role
            # noun is the person, not the words before it.
            s, e = named.span("name")
            return self._new_speaker(start + s, start + e, named.group("name"), strict)
        if span[0].isupper() and head not in self.words.role_heads:
            return self._new_speaker(start, end, span, strict)
        name = span.rsplit(maxsplit=1)[0]
        if (
            _NAME_THEN_ROLE.fullmatch(name)
            and name.split()[0] in self.words.first_names
            and name.split()[0] not in ("A", "An", "The")  # "An IRB spokesman"
            and self.text.startswith(span, start)
        ):
            # "Andrew Tyrie MP", "Paul Boateng MP": a full name with its role after it.
            return self._new_speaker(start, start + len(name), name, strict)
        if head in self.words.institution_heads:
            for f in reversed(self.found[: bisect.bisect_left(self.found, start, key=_start)]):
                if f.actor and head in self.text[f.start : f.end].casefold():
                    return f.actor
        return None

    def _author(self, start: int, end: int) -> str | None:
        """The possessor of a speaker that is a thing written or said ("Trump's statement
        read:", "the judge's ruling says"): its author. (A person after a possessor is
        someone else: "Obama's former strategist" is no one known.)"""
        head = self.text[self.text.rfind(" ", 0, end) + 1 : end].casefold()
        if head not in self.words.authored:
            return None
        for f in self._near(start, end):
            if f.actor and f.start >= start and possessive.then_space(self.text, f.end):
                return f.actor
        return None

    def _looks_like_a_name(self, span: str) -> bool:
        """Whether ``span`` is a person's name of two or three capitalised words, no role
        or institution in it ("Kathianne Boniello"; not "Humanitarian Aid Commissioner",
        "Sheriff's Office", "Musicians' Union", "DMCA")."""
        heads = (self.words.role_heads, self.words.org_heads, self.words.institution_heads)
        return _NAME_THEN_ROLE.fullmatch(span) is not None and not any(
            w.casefold() in h for w in span.split() for h in heads
        )

    def role_holder(self, start: int, end: int, quote: tuple[int, int]) -> str | None:
        """The person a description such as "the senator" at ``start:end`` refers to, or None."""
        return self.role_holders().holder(start, end, quote)

    def role_holders(self) -> RoleHolders:
        """The article's people introduced with a role, made for the first description."""
        if self._role_holders is None:
            self._role_holders = RoleHolders(self.text, self.found, self.gazetteer)
        return self._role_holders

    def _epithet_holder(self, start: int, end: int, quote: tuple[int, int]) -> str | None:
        """The person "the prop" or "The world indoor champion" is: the one the article
        called so before, else, for a noun that names a person, the subject of the
        sentences just before (:meth:`_subject_actor`; before the quote, whose words name
        others) or the last speaker."""
        described = epithet(self.text[start:end], self.words)
        if described is None:
            return None
        noun = described.noun
        holder = self.role_holders().called(noun, start, quote)
        if holder is not None or not describes_a_person(described, self.words):
            return holder
        gender = "she" if noun.endswith("woman") else "he" if noun.endswith("man") else ""
        position = min(start, quote[0])
        return self._subject_actor(position, gender) or self._last_speaker(position, gender)

    def _last_speaker(self, position: int, pronoun: str) -> str | None:
        """The person who spoke the last quote before ``position``, within the sentences
        a pronoun looks back through, when they name no one ("…," said Ferdinand. "…" The
        central defender added:, where "Ferdinand" alone is no mention)."""
        k = bisect.bisect_right(self.sentence_starts, position) - 1
        lo = self.sentences[max(0, k - 3)].start if self.sentences else 0
        unwanted = {"she": "m", "he": "f"}.get(pronoun)
        for start, actor in reversed(self.spoken):
            if start >= position:
                continue
            if start < lo:
                break
            if actor is not None:
                person = actor in self._people() and self.words.gender(actor) != unwanted
                return actor if person else None
        return None

    def _people(self) -> set[str]:
        return {f.actor for f in self.found if f.kind == "person" and f.actor}

    def _head_end(self, start: int, end: int) -> int:
        """Where the head of a speaker phrase ends: before an appositive or an "of" phrase.

        "Farhana Khera, executive director of Muslim Advocates" → "Farhana Khera";
        "Mujtaba Rahman of the Eurasia Group" → "Mujtaba Rahman"; a mention that runs
        across the cut ("Bank of England") keeps it whole.
        """
        # (Loops, not comprehensions: they are functions made and called per speaker.)
        cut = end  # the first cut after the start, if any
        for i in (
            self.text.find(",", start, end),
            self.text.find(" (", start, end),
            self.text.find(" of ", start, end),
        ):
            if start < i < cut:
                cut = i
        if cut == end:
            return end
        for f in self._near(cut, cut):
            if cut < f.end:
                return end
        return cut

    def _inside_name(self, f: Found, end: int) -> bool:
        """A mention that only qualifies the speaker ("the European Court", "Obama's strategist",
        "Home Office minister Baroness Scotland")."""
        after = f.end + 1
        # Only a singular possessor: with plural ones too ("Mr Eavis' daughter Emily",
        # "Sanders’ campaign") as many speakers went wrong as right over the corpora.
        if possessive.singular_at(self.text, f.end) and f.end + 2 < end:
            return True
        if f.kind == "person" or after >= end or self.text[f.end] != " ":
            return False
        if self.text[after].isupper():  # "the European Court"
            return True
        # "Green Party presidential nominee Howie Hawkins": the name after a role is the head.
        words = self.text[after:end].split()
        return any(
            words[k].casefold() in self.words.role_heads and words[k + 1][0].isupper()
            for k in range(len(words) - 1)
        )

    def _new_speaker(self, start: int, end: int, span: str, strict: bool = False) -> str | None:
        """A speaker named by nothing else: a person, known by full name or surname."""
        words = [w.strip(".,") for w in span.split()]
        # "So I", "Many US networks", "The spokesman Smith": no part of the name.
        while len(words) > 1 and (
            words[0].casefold() in self.words.role_heads
            or words[0].casefold() == "the"
            or words[0] in self.words.openers
        ):
            words = words[1:]
        if len(words) >= 3 and self._demonym(words[0]):
            words = words[1:]  # "Australian Lynton Crosby": where he is from, no part of his name
        if not words or words[0].casefold() in self.words.not_names:
            return None
        # A name is capitalised ("the study", "The comments called her …" are none).
        if not all(w[:1].isupper() or w in ("of", "de", "van", "von", "bin", "al") for w in words):
            return None
        if len(words) >= 2 and words[-1].casefold() in self.words.org_heads:
            return self._new_organisation(start, end, words)
        local = self.surnames.get(words[-1].casefold()) if len(words) == 1 else None
        if (
            len(words) == 1
            and not local
            and words[0] not in self.words.first_names
            and (
                strict
                # "Another said", "Several said": no name ("Al From … From said" is one: local).
                or words[0] in self.words.openers
                # "Critics fear …", "Reports said …": a capital that only opens sentences.
                or (self._common_noun_shape(words[0], end) and self._only_opens_sentences(words[0]))
            )
        ):
            return None
        name = (
            next(iter(local)) if local and len(local) == 1 else self._person_name(" ".join(words))
        )
        self._register_surname(name)
        bisect.insort(self.found, Found(start, end, name, "person", name=tuple(words)), key=_start)
        if self._longest is not None:
            self._longest = max(self._longest, end - start)
        return name

    def _demonym(self, word: str) -> bool:
        """Whether ``word`` is a country's demonym ("Australian", "Russian", "Dutch"), and no
        given name ("German Gref") nor the country's own name ("Jordan Henderson")."""
        if not word.endswith(DEMONYM_ENDINGS) or word in self.words.first_names:
            return False
        entry = self.gazetteer.lookup(word)
        return entry is not None and entry.kind == "country" and entry.name != word

    def _new_organisation(self, start: int, end: int, words: list[str]) -> str:
        """A speaker headed by "Commission", "Union", … that no mention named: an organisation."""
        name = self._person_name(" ".join(words))
        self.named_organisations.add(name)
        bisect.insort(
            self.found, Found(start, end, name, "organization", name=tuple(words)), key=_start
        )
        if self._longest is not None:
            self._longest = max(self._longest, end - start)
        return name

    def _common_noun_shape(self, word: str, end: int) -> bool:
        """Whether a lone capitalised word looks like a common noun or adverb that opens a
        sentence: a plural ("Critics fear", "Reports said"), an adverb ("Suddenly"), or a
        modifier of a plural of people after it ("Policy makers in Europe said")."""
        if word.endswith(("ly", "s")) and not word.endswith("ss") and "-" not in word:
            return True
        after = self.text[end : end + 30].split(maxsplit=1)
        nxt = after[0].strip(".,;:") if after and self.text[end : end + 1] == " " else ""
        return nxt[:1].islower() and (
            nxt.endswith(_PEOPLE_PLURALS) or nxt[:-1] in self.words.role_heads
        )

    def _only_opens_sentences(self, word: str) -> bool:
        """Whether every time the article writes ``word`` it opens a sentence."""
        for at in find_words(self.text, word):
            k = bisect.bisect_right(self.sentence_starts, at) - 1
            if k < 0 or self.text[self.sentence_starts[k] : at].strip(" \n\"“‘'(-–—"):
                return False
        return True

    def unify_surnames(self) -> dict[str, str]:
        """Give a one-word person ("Mr. Bown") the article's full name with that surname.

        Speakers can bring full names late ("Chad Bown said"), so this runs last.
        Returns the renames, for the speakers already resolved.
        """
        renames: dict[str, str] = {}
        people = {f.actor for f in self.found if f.kind == "person" and f.actor}
        # The full name each person goes by, or None: one answer per name, however
        # often it is mentioned.
        full_names: dict[str, str | None] = {}
        for f in self.found:
            if f.kind != "person" or f.actor is None:
                continue
            if f.actor in full_names:
                full = full_names[f.actor]
            else:
                full = full_names[f.actor] = self._full_name(f.actor, people)
            if full is not None:
                renames[f.actor] = f.actor = full
        return renames

    def _full_name(self, person: str, people: set[str]) -> str | None:
        if " " not in person:
            local = self.surnames.get(person.casefold(), set())
        else:  # "Peña Nieto" → "Enrique Peña Nieto"
            local = {p for p in people if p.endswith(" " + person)}
        return next(iter(local)) if len(local) == 1 else None

    def repoint_quoted_pronouns(self, quotes: list[Quote], speakers: list[str | None]) -> None:
        """ "He" or "she" inside a quote is someone other than its speaker, who would say
        "I": "“He's a very loyal friend to the club,” said Lindsay" is about Farrell, the
        person named before Lindsay. Such a pronoun resolved to the speaker looks again,
        past the speaker."""
        for quote, speaker in zip(quotes, speakers):
            if speaker is None:
                continue
            for f in self._near(quote.start, quote.end):
                if f.start < quote.start or f.actor != speaker or len(f.name) != 1:
                    continue
                word = f.name[0].casefold()
                if word in ("he", "she"):
                    f.actor = self.pronoun_actor(f.start, word, exclude=speaker)

    # -- output ---------------------------------------------------------------------------

    def result(self, speakers: tuple[str | None, ...]) -> ActorResolution:
        mentions: list[Mention] = []
        modifiers: set[int] = set()
        text, courtesy = self.text, self.words.courtesy
        # Each actor's name after merges, its gazetteer entry and what is gathered about
        # it, looked up once per actor rather than once per mention.
        known: dict[str, tuple[str, Entry | None, _ActorInfo]] = {}
        pronouns = self.words.pronouns
        for f in self.found:
            if f.actor is None:
                continue
            looked_up = known.get(f.actor)
            if looked_up is None:
                looked_up = known[f.actor] = self._actor_info(f.actor, f)
            name, entry, info = looked_up
            surface = text[f.start : f.end]
            kind = entry.kind if entry else f.kind
            if f.role and f.role.casefold().rstrip(".") not in courtesy:
                info.role = info.role or f.role
            info.affiliation = info.affiliation or f.affiliation
            if surface not in info.aliases and surface.casefold() not in pronouns:
                info.aliases.append(surface)
            if f.modifier:
                modifiers.add(len(mentions))
            mentions.append(new_mention(f.start, f.end, surface, name, kind))
        actors = tuple(
            new_actor(name, i.kind, i.affiliation, i.role, tuple(i.aliases))
            for name, i in self.info.items()
        )
        return ActorResolution(actors, tuple(mentions), speakers, frozenset(modifiers))

    def _actor_info(self, actor: str, f: Found) -> tuple[str, Entry | None, _ActorInfo]:
        """The name after merges, entry and gathered information of an actor; ``f`` is its
        first mention, which starts the information of an actor not seen yet."""
        name = self.gazetteer.canonical(actor)
        entry = self.gazetteer.entry(name)
        info = self.info.get(name)
        if info is None:
            kind = entry.kind if entry else f.kind
            affiliation = entry.affiliation if entry else f.affiliation
            info = self.info[name] = _ActorInfo(kind, affiliation, f.role, [])
        return name, entry, info


def resolve_actors(
    text: str,
    quotes: list[Quote],
    segmentation: Segmentation,
    gazetteer: Gazetteer | None = None,
) -> ActorResolution:
    """The actors of ``text``, their mentions, and the actor of each quote's speaker."""
    article = _Article(text, segmentation, gazetteer or Gazetteer.default())
    article.name_people()
    speakers = []
    for q in quotes:
        speakers.append(article.speaker_actor(q))
        article.spoken.append((q.start, speakers[-1]))
    renames = article.unify_surnames()
    speakers = [renames.get(s, s) if s else None for s in speakers]
    article.repoint_quoted_pronouns(quotes, speakers)
    return article.result(tuple(article.gazetteer.canonical(s) if s else None for s in speakers))
