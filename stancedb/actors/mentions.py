"""Find actor mentions: gazetteer aliases and person names in runs of capitalised words.

The text is cut into *chunks* (capitalised words joined by spaces and a few
lower-case connectors: "Beijing’s Great Hall of the People"); inside each chunk
the longest gazetteer alias wins, word by word, with dict lookups only. What is
left are runs of capitalised words that may be names: a run is a person when a
title or role comes before it ("President", "Kremlin aide") or it starts with a
known given name. Shorter runs ("Ushakov") are decided later, per article, by
:mod:`stancedb.actors.resolve`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from operator import attrgetter, itemgetter

from stancedb.actors import possessive
from stancedb.actors.gazetteer import TOKEN, Entry, Gazetteer
from stancedb.actors.words import PERSON_ENDINGS, ActorWords
from stancedb.records import ActorKind

_UPPER = "A-ZÀ-ÖØ-Þ"
_CONNECTOR = "(?:(?:of|the|and|de|del|da|dos|van|von|der|den|bin|ibn|al|el|la|le|du) )"
# A chunk: capitalised words (with the hyphens, apostrophes and dots they hold: "China’s",
# "Ki-moon", "U.S.") joined by single spaces and at most two lower-case connectors
# ("Great Hall of the People", "Ursula von der Leyen"). No text before it in the pattern:
# the regex engine then jumps from capital to capital.
# The repeats are possessive (*+, (?>…)): a word ends at a character no word holds and a
# connector is lower-case, so giving any back could never let a capitalised word match;
# without the backtracking the scan costs 18 % fewer instructions (BBC, 300 articles).
_WORD = rf"[{_UPPER}][\w’'\-.]*+"
CHUNK = re.compile(rf"{_WORD}(?: (?>{_CONNECTOR}{{0,2}}){_WORD})*+")
_ABBREVIATION = re.compile(r"(?:[A-Za-z]\.){2,}")
# Titles whose dot does not end a sentence ("Sen. Ted Cruz", "Mr. Smith").
_TITLES_WITH_DOT = frozenset(
    [
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Sen",
        "Rep",
        "Gov",
        "Gen",
        "Lt",
        "Col",
        "Capt",
        "Sgt",
        "Adm",
        "Prof",
        "St",
        "Jr",
        "Sr",
    ]
)
# A lower-case institution right after a country ("the U.S. administration", "China’s
# foreign ministry").
_INSTITUTION_AFTER = re.compile(rf"(?:{possessive.SINGULAR_PATTERN})? ([a-z]+(?: [a-z]+)?)")


@dataclass(slots=True)
class Found:
    """A mention candidate; ``actor`` is None for a name the article must still decide on."""

    start: int
    end: int
    actor: str | None
    kind: ActorKind
    affiliation: str | None = None
    role: str | None = None
    # A country or organisation that only says whose a person or a title is
    # ("Russian" in "Russian President Vladimir Putin", "Kremlin" in "Kremlin aide").
    modifier: bool = False
    # A name run: its words, and whether a title, role or given name makes it a person.
    name: tuple[str, ...] = ()
    sure: bool = True


def role_length(bare: list[str], i: int, roles: ActorWords) -> int:
    """How many words at ``bare[i:]`` form a role ("prime minister" → 2), 0 if none.

    ``bare`` holds the words case-folded, without a final dot ("Sen." → "sen").
    """
    if bare[i] not in roles.role_starts:
        return 0
    for n in range(min(roles.max_role_words, len(bare) - i), 0, -1):
        if tuple(bare[i : i + n]) in roles.roles:
            return n
    return 0


def _word_before(text: str, end: int) -> tuple[int, str] | None:
    """The word that ends one space before ``end``, with its start; None after punctuation."""
    if end < 2 or text[end - 1] != " " or not text[end - 2].isalnum():
        return None
    lo = max(0, end - 40)
    i = text.rfind(" ", lo, end - 1)
    word = text[i + 1 : end - 1]
    # The word starts after the last space or line break; a line break is rare, so it
    # is looked for only where no space is, or after the space.
    if i == -1 or "\n" in word:
        i = max(i, text.rfind("\n", lo, end - 1))
        word = text[i + 1 : end - 1]
    lead = len(word) - len(word.lstrip("(“\"‘'"))
    return i + 1 + lead, word[lead:]


def _role_before(text: str, start: int, words: ActorWords) -> tuple[int, str] | None:
    """A lower-case role noun phrase ending just before ``start`` ("Kremlin aide ")."""
    # Most chunks follow punctuation or an upper-case word: no role, and cheap to see.
    if start < 2 or not text[start - 2].islower():
        return None
    # Most lower-case words before a name are no role either ("said", "the"): their
    # last two letters tell, before the word is cut out.
    if text[start - 3 : start - 1] not in words.role_head_endings:
        return None
    last = _word_before(text, start)
    if last is None or last[1] not in words.role_heads:
        return None
    role_start = last[0]
    # Extend over capitalised words and roles before it ("Kremlin aide", "deputy chief").
    for _ in range(3):
        prev = _word_before(text, role_start)
        if prev is None or not (prev[1][0].isupper() or prev[1].casefold() in words.role_heads):
            break
        role_start = prev[0]
    return role_start, text[role_start : start - 1]


Word = tuple[int, int, str]
# What a lone plain word chunk is, whatever the article: (alias name, alias name after
# "the", whether a role starts with it).
PlainWord = tuple[str | None, str | None, bool]
FoundParts = tuple[
    int, int, str | None, ActorKind, str | None, str | None, bool, tuple[str, ...], bool
]
# What a chunk holds, at offsets into it (see _analysis).
ChunkAnalysis = tuple[tuple[FoundParts, ...], tuple[Word, ...], bool, bool, bool]
# A chunk of a match, at its offset in the match. A plain word has its PlainWord; another
# chunk its analysis, unless that depends on a "the" before it.
Part = tuple[int, str, PlainWord | None, ChunkAnalysis | None]
# Chunks analysed (and regex matches planned) per gazetteer before the cache starts again.
CHUNK_CACHE_SIZE = 200_000


def find_mentions(
    text: str, gazetteer: Gazetteer, words: ActorWords
) -> tuple[list[Found], list[Word]]:
    """Gazetteer mentions and name runs of ``text``, in text order; and lone capitalised words.

    A capitalised word alone, that no alias covers and no role introduces ("The",
    "Tuesday", "Ushakov", "He"), is only a *maybe*: the article decides later
    whether it is a surname or a pronoun. Most chunks are such words, so they
    stay plain tuples.

    Everything that depends only on the words of a chunk is worked out once per
    gazetteer and cached (:func:`_plan`, :func:`_analysis`): news repeats its
    capitalised words from article to article. Per article there remain the dict
    look-ups and what depends on the text around a chunk (a "the" or a role before
    it, an institution after it).
    """
    found: list[Found] = []
    maybe: list[Word] = []
    plans = gazetteer.chunk_plans
    org_noun_endings, org_noun_last = words.org_noun_endings, words.org_noun_last_letters
    for match in CHUNK.finditer(text):
        raw = match[0]  # (subscription: no argument tuple, as group() builds one)
        parts = plans.get(raw)
        if parts is None:
            parts = _plan(raw, gazetteer, words)
            if len(plans) > CHUNK_CACHE_SIZE:
                plans.clear()
            plans[raw] = parts
        m_start = match.start()
        if not parts:  # a lone plain word no alias starts with: most matches
            # Unless an organisation's noun is before it ("carmaker Toyota"): the noun's
            # last letter, then its last three, tell most words apart before a call (three
            # in four lone words fail the first: "the", "said", "in", a full stop).
            if (
                m_start >= 4
                and text[m_start - 2] in org_noun_last
                and text[m_start - 4 : m_start - 1] in org_noun_endings
                and " " not in raw
                and _organisation_named(text, m_start, match.end(), words)
            ):
                found.append(_named_organisation(m_start, match.end(), found))
            continue
        for rel, chunk, plain, analysis in parts:
            c_start = m_start + rel
            if plain is not None:
                # One plain word: most chunks. A lone word no alias or role claims is a maybe.
                name, the_name, role_word = plain
                if name is None and the_name is not None and _the_before(text, c_start):
                    name = the_name
                if name is not None and not role_word:
                    single = _single(
                        text, c_start, c_start + len(chunk), name, gazetteer, words, found
                    )
                    if single is not None:
                        found.append(single)
                    continue
                if name is None and not role_word:
                    # A role or an organisation's noun before it ("aide Smith", "carmaker
                    # Toyota") needs a lower-case word there first.
                    if (
                        c_start >= 4
                        and text[c_start - 4 : c_start - 1] in org_noun_endings
                        and _organisation_named(text, c_start, c_start + len(chunk), words)
                    ):
                        found.append(_named_organisation(c_start, c_start + len(chunk), found))
                        continue
                    if (
                        c_start < 2
                        or not text[c_start - 2].islower()
                        or _role_before(text, c_start, words) is None
                    ):
                        maybe.append((c_start, c_start + len(chunk), chunk))
                        continue
            if analysis is None:
                analysis = _analysis(chunk, _the_before(text, c_start), gazetteer, words)
            found_parts, maybe_parts, role_first, extend_last, _ = analysis
            # Loops, not comprehensions: a chunk holds one or two mentions, and a
            # comprehension is a function made and called per chunk.
            chunk_found = []
            for rs, re_, actor, kind, affiliation, role, mod, name, sure in found_parts:
                chunk_found.append(
                    Found(c_start + rs, c_start + re_, actor, kind, affiliation, role, mod, name, sure)
                )
            for rs, re_, w in maybe_parts:
                maybe.append((c_start + rs, c_start + re_, w))
            if role_first:
                first = chunk_found[0]
                # A role before it ("Kremlin aide Yury Ushakov") needs a lower-case word there.
                if first.start >= 2 and text[first.start - 2].islower():
                    _role_in_context(text, first, found, words)
                    if (
                        first.actor is None
                        and not first.role
                        and text[first.start - 4 : first.start - 1] in org_noun_endings
                        and (not first.sure or _firm_noun_before(text, first.start, words))
                    ):
                        _organisation_in_context(text, first, found, words)
            if extend_last:
                _extend_institution(text, chunk_found[-1], words)
            last_name = chunk_found[-1].name if chunk_found else ()
            if last_name and (last_name[-1] == "I" or last_name[-1].endswith(_CAPTION)):
                _without_last_word(text, chunk_found[-1], words)
            found.extend(chunk_found)
    return found, maybe


def _plan(raw: str, gazetteer: Gazetteer, words: ActorWords) -> tuple[Part, ...]:
    """The chunks of one regex match, split at sentence ends, with offsets into the match.

    Empty for a plain one-word match that no alias starts with ("The", "Tuesday",
    "Ushakov"): most matches are such words, and the article finds the few it needs
    later (surnames, pronouns) with :func:`find_words`.
    """
    start = 0
    chunk = raw
    space = chunk.find(" ")
    if space > 0 and chunk[:space] in words.openers:
        # "The US", "But Mr Blair": a sentence opener is no part of a name (inline here, where
        # every chunk passes: see _without_opener).
        start = space + 1
        chunk = chunk[space + 1 :]
    if (
        chunk.isalnum()
        and chunk not in gazetteer.exact
        and chunk.casefold() not in gazetteer.single_keys
    ):
        return ()
    pieces = _split_at_sentence_ends(chunk, start) if ". " in chunk else [(start, chunk)]
    parts: list[Part] = []
    for k, (piece_start, piece) in enumerate(pieces):
        if k:  # "Justin Timberlake. Many US networks": a sentence starts here too
            piece_start, piece = _without_opener(piece_start, piece, words)
        # (Both calls only where the last character asks for them: most pieces end in a
        # letter other than "s".)
        if piece[-1] in _TRAILING:
            piece = _trim(piece)
            if not piece:
                continue
        if piece[-1] == "s":
            piece = possessive.strip(piece)
        if piece.isalnum():
            # One plain word: what it is whatever the article (see PlainWord). (Inline: a
            # plain word is most pieces.)
            key = piece.casefold()
            name = gazetteer.exact.get(piece) or gazetteer.folded.get(key)
            the_name = gazetteer.after_the.get(key) if name is None else None
            parts.append((piece_start, piece, (name, the_name, key in words.role_starts), None))
        else:
            analysis = _analysis(piece, False, gazetteer, words)
            parts.append((piece_start, piece, None, None if analysis[4] else analysis))
    return tuple(parts)


def _without_opener(start: int, chunk: str, words: ActorWords) -> tuple[int, str]:
    """A chunk without the sentence opener it starts with, and where it then starts (as the
    start of :func:`_plan` does inline)."""
    space = chunk.find(" ")
    if space > 0 and chunk[:space] in words.openers:
        # "The US", "But Mr Blair", "Many US networks": an opener is no part of a name.
        return start + space + 1, chunk[space + 1 :]
    return start, chunk


def _analysis(chunk: str, the: bool, gazetteer: Gazetteer, words: ActorWords) -> ChunkAnalysis:
    """The aliases and name runs of one chunk, at offsets into the chunk, tied together.

    The result depends only on the chunk, on whether "the" comes before it, and on
    the gazetteer, so it is cached per gazetteer: news repeats its chunks ("Mr
    Blair", "BBC News") from article to article. Three flags say what the text
    around the chunk may still change: whether its first mention is a person (a
    role may come before the chunk), whether its last is a country an institution
    may follow ("the U.S. administration"), and whether "the" before it was looked
    at (only by a chunk that starts a "the …" alias).
    """
    analyses = gazetteer.chunk_cache
    key = (chunk, the)
    analysis = analyses.get(key)
    if analysis is not None:
        return analysis
    # A new chunk (the cache and the analysis in one function: a call fewer per new chunk).
    chunk_found, maybe, uses_the = _chunk_mentions(chunk, the, gazetteer, words)
    extend_last = False
    # One name run alone, with no role, has nothing to tie (_attach_within would leave it
    # as it is): the call is skipped for it (and for no mention), most new chunks.
    first = chunk_found[0] if chunk_found else None
    if len(chunk_found) > 1 or (first is not None and (first.actor is not None or first.role)):
        extend_last = _attach_within(chunk, chunk_found, words)
    role_first = first is not None and first.kind == "person"
    # The mentions the two flags are about are never dropped (only a country or a later
    # name run loses its length), so they stay first and last.
    assert not role_first or chunk_found[0].end > chunk_found[0].start
    assert not extend_last or chunk_found[-1].end > chunk_found[-1].start
    parts: list[FoundParts] = []  # (a loop, not a comprehension: one or two mentions)
    for f in chunk_found:
        if f.end > f.start:
            parts.append(
                (f.start, f.end, f.actor, f.kind, f.affiliation, f.role, f.modifier, f.name, f.sure)
            )
    analysis = (tuple(parts), maybe, role_first, extend_last, uses_the)
    if len(analyses) > CHUNK_CACHE_SIZE:
        analyses.clear()
    analyses[key] = analysis
    return analysis


def _chunk_mentions(
    chunk: str, the: bool, gazetteer: Gazetteer, words: ActorWords
) -> tuple[list[Found], tuple[Word, ...], bool]:
    """The aliases and name runs of one chunk, at offsets into the chunk; and its lone words.

    The flag says whether ``the`` was looked at: a chunk that starts no "the …" alias
    ("the Kremlin") is the same with or without "the" before it.
    """
    exact, folded, after_the, prefixes = (
        gazetteer.exact,
        gazetteer.folded,
        gazetteer.after_the,
        gazetteer.prefixes,
    )
    if chunk.replace(" ", "").isalnum():
        # Most chunks are plain words between single spaces ("Simon Wolfson"): the
        # tokens are the words, found without the regex (and inline: a call fewer per new
        # chunk), and their keys are the chunk folded in one call (folding leaves spaces
        # alone: see token_key). A chunk has no empty word: the regex joins words by one
        # space, and a word starts with a capital, which no trimming takes off.
        toks: list[Word] = []
        at = 0
        for word in chunk.split(" "):
            end = at + len(word)
            toks.append((at, end, word))
            at = end + 1
        keys = chunk.casefold().split(" ")
    else:
        toks, keys = _tokens(chunk)
    uses_the = False
    maybe: list[Word] = []
    n = len(toks)
    chunk_found: list[Found] = []
    run: list[int] = []
    runs: list[list[int]] = []
    i = 0
    while i < n:
        s, e, t = toks[i]
        if not t[0].isupper():
            # A lower-case piece joined by a hyphen ("Ki-moon") stays in a name run, unless
            # it makes the word an adjective ("Oscar-winning", "Virginia-based", "Long-term"):
            # then the run ends before it, and "Oscar" alone names no one yet.
            if run and chunk[s - 1] == "-" and not _adjective_piece(t):
                run.append(i)
            elif run:
                runs.append(run)
                run = []
            i += 1
            continue
        best: tuple[int, str] | None = None
        if t in exact:
            best = (i, exact[t])
        # The longest alias from token i: keys of tokens i..j, while they are an alias's
        # first tokens (the key grows by one token a turn, not built again).
        key = keys[i]
        j = i
        while True:
            name = folded.get(key)
            if name is None and key in after_the:
                uses_the = uses_the or not i
                if keys[i - 1] == "the" if i else the:
                    name = after_the[key]
            if name is not None:
                best = (j, name)
            j += 1
            if j == n or key not in prefixes:
                break
            key = f"{key} {keys[j]}"
        if best is None:
            run.append(i)
            i += 1
            if (
                t[-1] == "s"  # (what a plural possessive follows: most words skip the call)
                and possessive.plural_then_space(chunk, e)
                and keys[-1] not in words.org_heads
            ):
                # "Fox News’ Bret Baier", "the Times' Ben Sisario": a possessor ends a
                # name ("Post's" ends it with its "s" token, a lower-case piece); but
                # not an organisation's ("the Transport and General Workers' Union").
                runs.append(run)
                run = []
            continue
        j, name = best
        entry = gazetteer.entry(name)
        if entry is not None and entry.kind == "organization":
            party = _another_party(chunk, toks, keys, run, chunk_found, i, j, entry, gazetteer)
            if party is not None:
                if run and party.start == toks[run[-1]][0]:
                    run.pop()
                if run:
                    runs.append(run)
                    run = []
                chunk_found.append(party)
                i = j + 1
                continue
        if (
            j == i
            and entry is not None
            and (
                (run and toks[run[-1]][2] in words.first_names and not _members_of(t, entry, folded))
                or (
                    entry.kind == "organization"
                    and _inside_organisation_name(toks, keys, run, i, exact, folded, words)
                )
                or (
                    entry.kind == "person"
                    and i + 1 < n
                    and (
                        _unknown_capital(toks[i + 1][2], exact, folded)
                        or (
                            i + 2 == n  # a two-word name, not "Clinton American Corp"
                            and toks[i][2] in words.first_names
                            and toks[i + 1][2][:1].isupper()
                            and chunk[toks[i][1] : toks[i + 1][0]] == " "  # not "Clinton-Kaine"
                        )
                    )
                )
            )
        ):
            # "Luis Rubio", "David French": a given name before a one-word alias is
            # a person of that surname; "Haley Morris": a known surname (or given
            # name) before an unknown one is someone else; "Kerry Washington": a
            # person's alias that is a given name, before any one capitalised word, too.
            run.append(i)
            i += 1
            continue
        if run:
            runs.append(run)
            run = []
        if entry is None:  # an alias of an actor merged away and not re-declared
            i = j + 1
            continue
        chunk_found.append(Found(s, toks[j][1], entry.name, entry.kind, entry.affiliation))
        i = j + 1
    if run:
        runs.append(run)
    # (A loop, not a list made for isdisjoint: a chunk has one or two runs.)
    for r in runs:
        if keys[r[-1]] in words.org_heads:
            runs = _take_organisations(runs, toks, keys, chunk_found, gazetteer, words)
            break
    for r in runs:
        last = keys[r[-1]]
        # "Nevada Democratic caucuses", "Virginia Republican voters": a party's adjective
        # ("democratic", "republican"; not "green", which is a surname too) ends no one's
        # name; the place before it stays a word to decide on. (Inline: asked of every run.)
        if len(r) >= 2 and last.endswith(("ic", "ican")) and f"{last} party" in folded:
            r = r[:-1]
        if len(r) == 1:
            # A word alone that is no role and no institution is left for the article to
            # decide. (Inline: most runs are one word.)
            bare = keys[r[0]].rstrip(".")
            if bare not in words.role_starts and bare not in words.institution_heads:
                maybe.append(toks[r[0]])
                continue
        chunk_found.append(_name_run(chunk, toks, keys, r, words))
    if len(chunk_found) > 1:
        chunk_found.sort(key=attrgetter("start"))
    return chunk_found, tuple(maybe), uses_the


# Endings of a capitalised adjective that, before a party's name, makes another party
# ("Christian Democratic Party", "Social Democrats"), where a state or chamber only says
# which of its members ("Nevada Democrats", "House Republicans", "Congressional Democrats").
_PARTY_ADJECTIVE_ENDINGS = ("ian", "cial")


def _another_party(
    chunk: str,
    toks: list[Word],
    keys: list[str],
    run: list[int],
    chunk_found: list[Found],
    i: int,
    j: int,
    entry: Entry,
    gazetteer: Gazetteer,
) -> Found | None:
    """The party that the word just before a party's alias at ``toks[i..j]`` makes of it, if
    any: "Christian Democratic Party", "Social Democrats", or a country not the party's own
    ("English Democrats"; not "British Conservatives"). It is named from the text later."""
    if not entry.name.endswith(" Party") or entry.affiliation is None:
        return None
    start = toks[i][0]
    if run and run[-1] == i - 1 and chunk[toks[i - 1][1] : start] == " ":
        if not keys[i - 1].endswith(_PARTY_ADJECTIVE_ENDINGS):
            return None
        first = toks[i - 1][0]
    elif not run and chunk_found and chunk_found[-1].end + 1 == start:
        country = chunk_found[-1]
        if country.kind != "country" or chunk[country.end] != " ":
            return None
        home = gazetteer.entry(country.actor) if country.actor else None
        if home is None or entry.affiliation in (home.name, home.affiliation):
            return None
        chunk_found.pop()
        first = country.start
    else:
        return None
    name = tuple(chunk[first : toks[j][1]].split())
    return Found(first, toks[j][1], None, "organization", name=name)


def _inside_organisation_name(
    toks: list[Word],
    keys: list[str],
    run: list[int],
    i: int,
    exact: dict[str, str],
    folded: dict[str, str],
    words: ActorWords,
) -> bool:
    """Whether the one-word organisation alias at ``toks[i]`` is only a word inside a longer
    name nobody listed: unknown capitalised words before and after it, the last of them an
    organisation's head ("National Highway Traffic Safety Administration"; not "BBC World
    Service", where the alias opens the name and the words after it are a part of it)."""
    if not run or run[-1] != i - 1 or not toks[i - 1][2][0].isupper():  # not "Trouble-hit"
        return False
    k = i + 1
    # At most three words after it: a longer run is a headline ("… Group Will Run Ads …").
    while k < min(len(toks), i + 4) and _unknown_capital(toks[k][2], exact, folded):
        k += 1
    return k > i + 1 and keys[k - 1] in words.org_heads


# Lower-case second halves of hyphenated adjectives that are no part of a name.
_ADJECTIVE_PIECES = frozenset(["term", "style", "old", "like", "wide", "year", "called", "time"])


def _adjective_piece(piece: str) -> bool:
    """Whether a lower-case piece after a hyphen makes an adjective of the word: a
    participle ("Oscar-winning", "Labour-led", "Virginia-based") or a word such as
    "term" or "style" ("Long-term", "Soviet-style", "So-called")."""
    return piece.endswith(("ed", "ing")) or piece in _ADJECTIVE_PIECES


def _members_of(alias: str, entry: Entry, folded: dict[str, str]) -> bool:
    """Whether ``alias`` is the plural of another alias of its actor ("Democrats", "Tories",
    "Czechs"), or a party's word for one member whose plural is one ("Democrat",
    "Republican"): the actor's members, never a surname, so "Nevada Democrats" and
    "Nevada Democrat Lucy Flores" are no person "Nevada Democrat(s)" though "Nevada" is a
    given name. ("Jeremy Paris" is: "Pari" names no one. A country's singular demonym
    stays a possible surname, "Mark German", and so does "Tory", "John Tory".)"""
    if entry.kind == "person":
        return False
    key = alias.casefold()
    if not key.endswith("s"):
        return entry.kind == "organization" and folded.get(key + "s") == entry.name
    singular = key[:-3] + "y" if key.endswith("ies") else key[:-1]
    return folded.get(singular) == entry.name


def _tokens(chunk: str) -> tuple[list[Word], list[str]]:
    """The gazetteer tokens of a chunk that is not plain words (see ``TOKEN``: "U.S.",
    "Ki-moon", "China’s"), with their offsets; and their keys (the tokens case-folded).
    (:func:`_chunk_mentions` splits a chunk of plain words itself.)"""
    toks: list[Word] = []
    keys = []
    at = 0
    for token in TOKEN.findall(chunk):
        at = chunk.find(token, at)
        toks.append((at, at + len(token), token))
        keys.append(token.casefold())
        at += len(token)
    return toks, keys


def _single(
    text: str,
    start: int,
    end: int,
    name: str,
    gazetteer: Gazetteer,
    words: ActorWords,
    earlier: list[Found],
) -> Found | None:
    """The mention of a one-word chunk that is an alias ("Russia", "Putin", "Kremlin")."""
    entry = gazetteer.entry(name)
    if entry is None:  # an alias of an actor merged away and not re-declared
        return None
    f = Found(start, end, entry.name, entry.kind, entry.affiliation)
    if entry.kind == "country":
        if text.startswith(" ", end) or possessive.singular_then_space(text, end):
            _extend_institution(text, f, words)
    elif entry.kind == "person" and start >= 2 and text[start - 2].islower():
        _role_in_context(text, f, earlier, words)
    elif entry.kind == "organization" and _org_noun_before(text, start, words):
        owner = _mark_owner(start, earlier)  # "US firm Halliburton"
        f.affiliation = f.affiliation or owner
    return f


def _unknown_capital(word: str, exact: dict[str, str], folded: dict[str, str]) -> bool:
    return word[0].isupper() and word not in exact and word.casefold() not in folded


def _the_before(text: str, start: int) -> bool:
    return text[max(0, start - 4) : start].casefold() == "the "


def find_words(text: str, word: str) -> list[int]:
    """Offsets of ``word`` as a whole word ("Ushakov", "Ushakov’s"; not "Ushakova")."""
    # The words looked for are capitalised (surnames, "He", "She"), and capitals are rare:
    # a search for the first letter alone is a plain memory scan, where a search for the
    # word tests the text at every place of its last letter (the "e" of "He"; BBC: 7.7 ->
    # 3.4 us an article). Each occurrence is then checked as the word search found them.
    found = []
    n = len(word)
    first = word[0]
    i = text.find(first)
    while i != -1:
        if not text.startswith(word, i):
            i = text.find(first, i + 1)
            continue
        if (i == 0 or not text[i - 1].isalnum()) and (
            i + n == len(text) or not text[i + n].isalnum()
        ):
            found.append(i)
        i = text.find(first, i + n)
    return found


def _keeps_dot(word: str) -> bool:
    """Whether a word's final dot is its own ("U.S.", "Sen.", "George W.") rather than a full stop."""
    return (
        len(word) == 2
        or word[:-1] in _TITLES_WITH_DOT
        # An abbreviation has a dot two characters before its last ("U.S."): the regex is
        # run only on such words, not on every word before a full stop.
        or (word[-3:-2] == "." and _ABBREVIATION.fullmatch(word) is not None)
    )


def _split_at_sentence_ends(chunk: str, start: int) -> list[tuple[int, str]]:
    parts = []
    begin = 0
    at = chunk.find(". ")
    while at != -1:
        space = chunk.rfind(" ", begin, at)
        word = chunk[space + 1 if space >= 0 else begin : at + 1]
        if not _keeps_dot(word):
            parts.append((start + begin, chunk[begin : at + 1]))
            begin = at + 2
        at = chunk.find(". ", at + 2)
    parts.append((start + begin, chunk[begin:]))
    return parts


# What :func:`_trim` takes off the end of a chunk.
_TRAILING = ".’'-"


def _trim(chunk: str) -> str:
    """A chunk without the full stop, quote or dash after its last word ("Blair." → "Blair")."""
    if chunk[-1] in _TRAILING:
        last = chunk[chunk.rfind(" ") + 1 :]
        if not (chunk[-1] == "." and _keeps_dot(last)):
            chunk = chunk.rstrip(_TRAILING)
    return chunk


def _name_run(
    chunk: str, toks: list[Word], keys: list[str], run: list[int], words: ActorWords
) -> Found:
    """A run of capitalised words that no alias covers: a title + name, or a maybe-name.

    ``keys`` are the case-folded tokens.
    """
    bare: list[str] = []
    ws: list[str] = []
    for k in run:  # one loop, not two lists made for a run of two or three words
        bare.append(keys[k].rstrip("."))
        ws.append(toks[k][2])
    if len(run) >= 2 and bare[-1] in words.place_or_event_ends:
        # "Park City", "Sunshine State", "Golden Globe", "Davis Cup": a place or an event,
        # though a given name opens it; no one, so neither a surname nor a pronoun's person.
        return Found(toks[run[0]][0], toks[run[-1]][1], None, "person", sure=False)
    if words.role_starts.isdisjoint(bare):
        # The common case: no title or role, all of it is the name ("Tuesday", "Ushakov",
        # "Simon Wolfson"); a person for sure if it starts with a given name.
        # (Most runs are shorter than the three words that call needs: not called for them.)
        if len(ws) >= 3 and _person_noun_opens(ws, bare[0], words) and _spaced(chunk, toks, run):
            # "Guitarist Brian May said …": a noun for a person opening a sentence is
            # capitalised, but is his role, not his name.
            return Found(
                toks[run[1]][0], toks[run[-1]][1], None, "person", role=ws[0], name=tuple(ws[1:])
            )
        sure = len(ws) >= 2 and ws[0] in words.first_names
        return Found(toks[run[0]][0], toks[run[-1]][1], None, "person", name=tuple(ws), sure=sure)
    # The name follows the last title of the run: "Florida Sen. Marco Rubio" is a title
    # before a name, "Islamic Relations National Executive Director Nihad Awad" too.
    lead = first = 0
    i = 0
    while i < len(ws):
        k = role_length(bare, i, words)
        if k:
            if i == 0:
                first = k  # the title the run opens with ("Mr.", "Prime Minister")
            lead = i + k
            i += k
        else:
            i += 1
    if lead == len(ws) and 0 < first < len(ws) and (
        (first == 1 and bare[0] in words.courtesy and len(ws) == 2)
        or (_name_word(ws[first]) and any(w not in words.role_starts for w in bare[first:]))
    ):
        # "Mr. King", "Rep. Peter T. King": a surname that is also a role word; but
        # "Chief Executive" is a title, not the chief called Executive, "Lord Chief
        # Justice" one too, and "Chief Operating Officer" ("Operating" is no name).
        lead = first
    role = " ".join(ws[:lead]) or None
    name = tuple(ws[lead:])
    if name and (
        name[0] in words.openers
        or bare[lead] in words.not_names
        or bare[lead] in words.not_after_title
        or (bare[-1][-1] == "s" and bare[-1][:-1] in words.role_heads)
    ):
        # "MS We did not …" in an interview, "the Lord Of the Rings", "the General
        # Election", "Star Wars": a title, no name after it; "Association of Chief Police
        # Officers": a role's plural ends no one's name.
        name = ()
    start = toks[run[lead]][0] if lead < len(run) else toks[run[0]][0]
    end = toks[run[-1]][1]
    sure = bool(role) or (len(name) >= 2 and name[0] in words.first_names)
    return Found(start, end, None, "person", role=role, name=name, sure=sure and bool(name))


def _name_word(word: str) -> bool:
    """Whether a word after a title may start a name: "Peter" in "Rep. Peter T. King", not
    "Operating", "Technical" ("Chief Operating Officer"), "in-Chief" or a headline's "TO"."""
    return word[0].isupper() and not word.isupper() and not word.endswith(("ing", "al"))


def _person_noun_opens(ws: list[str], first: str, words: ActorWords) -> bool:
    """Whether a run of three words or more (the caller sees to that) opens with a noun for
    a person before a given name and a surname ("Guitarist Brian May", "Fly-half Charlie
    Hodgson"); ``first`` is its first word case-folded. Not a short word ("Lian Chia
    Liang"), and not before a pronoun (a headline: "Trump So Where He Needs It") or a thing
    ("Asian Junior Championships")."""
    return (
        len(first) >= 5
        and ws[1] in words.first_names
        and ws[0] not in words.first_names
        and (first.endswith(PERSON_ENDINGS) or first.split("-")[-1] in words.person_nouns)
        and not any(
            w.casefold() in words.not_names or w.casefold() in words.things for w in ws[2:]
        )
    )


def _spaced(chunk: str, toks: list[Word], run: list[int]) -> bool:
    """Whether the words of a run are one space or hyphen apart ("Mark Lewis-Francis"; not
    "Kelly Holmes' Olympic" or a caption's "Edward Snowden.Image")."""
    return all(chunk[toks[a][1] : toks[b][0]] in (" ", "-") for a, b in pairwise(run))


def _take_organisations(
    runs: list[list[int]],
    toks: list[Word],
    keys: list[str],
    chunk_found: list[Found],
    gazetteer: Gazetteer,
    words: ActorWords,
) -> list[list[int]]:
    """Add the organisations that name runs make to ``chunk_found``; return the other runs."""
    rest: list[list[int]] = []
    org_end = -1  # the chunk offset an organisation's "of" phrase ran to
    k = 0
    while k < len(runs):
        r = runs[k]
        k += 1
        if toks[r[0]][0] < org_end:
            continue
        if k < len(runs) and _joins_organisation(r, runs[k], keys, toks, words):
            # "Public and Commercial Services Union": the words before "and" are its name too.
            r = r + runs[k]
            k += 1
        elif not _is_organisation_run(r, keys, toks, words):
            rest.append(r)
            continue
        org = _organisation(toks, keys, r, gazetteer, words)
        if org is None:
            rest.append(r)
            continue
        if org.end > toks[r[-1]][1]:
            org_end = org.end
            chunk_found[:] = _drop_within(org, chunk_found)
        chunk_found.append(org)
    return rest


def _is_organisation_run(
    r: list[int], keys: list[str], toks: list[Word], words: ActorWords
) -> bool:
    """A name run that ends in an organisation's head word ("Cornell University", "Home Office").

    A head word alone needs an "of" phrase after it ("Bank of England"), which
    :func:`_organisation` checks.
    """
    head = keys[r[-1]]  # a token holds no final dot ("Inc." → "Inc"): see TOKEN
    if head not in words.org_heads:
        return False
    first = 0
    while toks[r[first]][2] in words.openers:  # "The Union": the head is not an opener
        first += 1
    if first == len(r) - 1:
        return r[-1] + 2 < len(keys) and keys[r[-1] + 1] == "of"
    # "Have I Got News": a pronoun is in no organisation's name. (The run's keys by map, not
    # by a generator: a generator is a function made and called, per run.)
    if not words.not_names.isdisjoint(map(keys.__getitem__, r)):
        return False
    # "Margaret Court", "DJ Rob Da Bank": with a given name such a head is a surname.
    return head not in words.org_heads_surname or not any(
        toks[k][2] in words.first_names for k in r
    )


def _joins_organisation(
    first: list[int], second: list[int], keys: list[str], toks: list[Word], words: ActorWords
) -> bool:
    """Whether one word and "and" open the organisation run after them ("Transport and General
    Workers' Union"); two names ("Sunday Times and The Observer") stay two, and so do a club,
    band or brand after "and" ("Arsenal and Manchester United", "Keane and Snow Patrol") and an
    acronym on either side ("UPS and Deutsche Post", "AP and NBC News"): an acronym is a name
    of its own."""
    return (
        (len(first) == 1 or (len(first) == 2 and toks[first[0]][2] in words.openers))
        and keys[second[-1]] not in words.brand_heads
        and not _is_acronym(toks[first[-1]][2])
        and not _is_acronym(toks[second[0]][2])
        and second[0] == first[-1] + 2
        and keys[first[-1] + 1] == "and"
        and toks[first[-1]][2] not in words.openers
        and toks[second[0]][2] not in words.openers
        and len(second) >= 2  # "Treasury and Bank of England": two
        and _is_organisation_run(second, keys, toks, words)
    )


def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper()


def _organisation(
    toks: list[Word], keys: list[str], r: list[int], gazetteer: Gazetteer, words: ActorWords
) -> Found | None:
    """An organisation named by a run, with the "of" phrase after it ("Muslim Council of Britain");
    None for a head word whose "of" phrase names nothing ("the Office of the Deputy Prime Minister").

    Its actor is named from the text by the article (see :mod:`stancedb.actors.resolve`).
    """
    first = r[0]
    while toks[first][2] in words.openers:  # "The Countryside Alliance", "A Daily Telegraph"
        first += 1
    last = r[-1]
    if last + 2 < len(keys) and keys[last + 1] == "of":
        last = _of_phrase_end(toks, keys, last + 1, gazetteer, words) or last
    if last == first:
        return None
    # (map: no generator to make and call)
    name = tuple(map(itemgetter(2), toks[first : last + 1]))
    return Found(toks[first][0], toks[last][1], None, "organization", name=name)


def _of_phrase_end(
    toks: list[Word], keys: list[str], of: int, gazetteer: Gazetteer, words: ActorWords
) -> int | None:
    """The last token of the "of" phrase at ``of`` that still names the organisation, if any."""
    n = len(keys)
    the = keys[of + 1] == "the"
    last = before_and = None
    j = of + 1 + the
    while j < n and j <= of + 7:
        word, key = toks[j][2], keys[j]
        capital_after = j + 1 < n and toks[j + 1][2][0].isupper()
        if (
            key == "and"
            and last is not None
            and before_and is None  # one "and": "… Highlands and Islands", not "… and Southampton"
            and capital_after
            and keys[j - 1] not in gazetteer.folded
        ):
            # "National Institute of Economic and Social Research", not "Bank of England and
            # Barclays".
            before_and = last
        elif before_and is not None and j > before_and + 3 and word[0].isupper():
            return before_and  # "University of Miami and Apex Shark Expeditions": two names
        elif (
            not word[0].isupper()
            # A role or a given name starts the next name ("Muslim Council of Britain
            # Secretary General Iqbal Sacranie").
            or (key in words.role_starts and capital_after)
            or word in words.first_names
            # "General Motors of the US": a country after "of the" is where it works.
            or (the and (word in gazetteer.exact or key in gazetteer.folded))
        ):
            break
        else:
            last = j
        j += 1
    else:
        if j < n and toks[j][2][0].isupper() and before_and is not None:
            return before_and  # too long to be one name: not past the "and"
    return last


def _drop_within(org: Found, chunk_found: list[Found]) -> list[Found]:
    """The mentions an organisation's "of" phrase did not take in; a country it took in is its
    affiliation."""
    kept = []
    for f in chunk_found:
        if org.start <= f.start < org.end:
            if f.kind == "country":
                org.affiliation = org.affiliation or f.actor
        else:
            kept.append(f)
    return kept


def _attach_within(chunk: str, chunk_found: list[Found], words: ActorWords) -> bool:
    """Roles, affiliations and modifiers between neighbouring mentions of one chunk.

    Offsets are into the chunk. Returns whether the last mention is a country that an
    institution after the chunk may extend (see :func:`_extend_institution`).
    """
    extend_last = False
    for k, f in enumerate(chunk_found):
        if f.actor is not None and f.kind != "person":
            nxt = chunk_found[k + 1] if k + 1 < len(chunk_found) else None
            adjacent = nxt is not None and nxt.start == f.end + 1
            if (
                f.kind == "country"
                and nxt is not None
                and nxt.actor is None
                and _is_institution(nxt.name, words)
            ):
                # "China’s Foreign Ministry", "U.S. Senate": the country itself acts.
                f.end, nxt.end = nxt.end, nxt.start
            elif nxt is not None and nxt.kind == "person" and (nxt.actor or nxt.sure or nxt.role):
                # "Russian President Vladimir Putin", "U.S. President": an affiliation.
                f.modifier = True
                if nxt.affiliation is None:
                    nxt.affiliation = f.actor
                if nxt.actor is None and not nxt.name and nxt.role:
                    nxt.sure = False
            elif adjacent and nxt is not None and nxt.kind == "organization" and nxt.actor is None:
                if f.kind == "organization":
                    # "BBC World Service", "BBC News": a part of a known organisation is it.
                    f.end, nxt.end = nxt.end, nxt.start
                else:
                    # "British Medical Association", "US District Court": the name goes on.
                    nxt.start, f.end = f.start, f.start
                    nxt.name = tuple(chunk[nxt.start : nxt.end].split())
                    if f.kind == "country":
                        nxt.affiliation = nxt.affiliation or f.actor
            elif (
                f.end + 1 < len(chunk)
                and chunk[f.end] in " -"
                and chunk[f.end + 1].isupper()
                and (not adjacent or (nxt is not None and nxt.actor is None))
            ):
                # Part of a longer name nobody listed: "European Court", "China Daily",
                # "Chad Bown": not the country or group itself.
                f.end = f.start
            elif nxt is None and f.kind == "country":
                extend_last = True
        if f.role:  # (most mentions have none: no call for them)
            _no_bare_title(f)
    return extend_last


def _role_in_context(text: str, f: Found, earlier: list[Found], words: ActorWords) -> None:
    """A role before a chunk that starts with a person ("Kremlin aide Yury Ushakov")."""
    before = _role_before(text, f.start, words)
    if before is not None:
        role_start, role = before
        f.role = f.role or role
        f.sure = f.sure or bool(f.name)
        for prev in reversed(earlier[-3:]):
            if prev.start >= role_start and prev.actor and prev.kind != "person":
                prev.modifier = True
                f.affiliation = f.affiliation or prev.actor
        _no_bare_title(f)


# Capitalised words after an organisation's noun that name none: "fired from the network
# Wednesday", "cable and network TV".
_NO_ORGANISATION = frozenset([
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "June", "July", "August", "September",
    "October", "November", "December", "TV",
])


def _org_noun_before(text: str, start: int, words: ActorWords) -> bool:
    """Whether a noun that introduces an organisation ends just before ``start``
    ("carmaker Toyota", "German magazine Der Spiegel")."""
    # Most words follow punctuation, an upper-case word or another noun: cheap to see.
    if start < 4 or text[start - 4 : start - 1] not in words.org_noun_endings:
        return False
    last = _word_before(text, start)
    return last is not None and last[1] in words.org_nouns


def _organisation_named(text: str, start: int, end: int, words: ActorWords) -> bool:
    """Whether the capitalised word(s) at ``start:end`` are an organisation's name after its
    noun: not a date, and not the first half of "Bradford & Bingley" or "AT&T"."""
    return (
        _org_noun_before(text, start, words)
        and text[start:end] not in _NO_ORGANISATION
        and not text.startswith(("&", " &"), end)
    )


def _mark_owner(start: int, earlier: list[Found]) -> str | None:
    """The country of an organisation's noun phrase ("Dutch brewer", "Russian oil giant"):
    at most three words before ``start``, it is no actor of its own but whose the
    organisation is. Returns it."""
    for prev in reversed(earlier[-2:]):
        if prev.kind == "country" and prev.actor and 0 < start - prev.end <= 30:
            prev.modifier = True
            return prev.actor
    return None


def _named_organisation(start: int, end: int, earlier: list[Found]) -> Found:
    """An organisation named by the unknown word after its noun ("carmaker Toyota"); it
    is named by that word when the article's actors are settled."""
    return Found(start, end, None, "organization", _mark_owner(start, earlier))


def _firm_noun_before(text: str, start: int, words: ActorWords) -> bool:
    """Whether the noun before ``start`` names only firms, so that a name after it is one
    even where a given name opens it ("retailer John Lewis", "newspaper Le Monde"): not
    "broadcaster", "publisher", "maker" or "manufacturer", which may be a person
    ("broadcaster Cyril Fletcher", "computer games maker Peter Molyneux")."""
    last = _word_before(text, start)
    return last is not None and last[1] in words.firm_nouns


def _organisation_in_context(text: str, f: Found, earlier: list[Found], words: ActorWords) -> None:
    """A name run after an organisation's noun is that organisation ("magazine Der Spiegel").
    (The caller has seen that no given name opens it, or that the noun names only firms:
    "broadcaster Cyril Fletcher" is a person.) A name joined by "&" goes on after it ("law
    firm Wilson Sonsini Goodrich & Rosati")."""
    partner = _AMPERSAND_NAME.match(text, f.end)
    # Not the sentence's full stop nor a possessive after it ("… & Rosati’s partners").
    end = f.end + len(possessive.strip(_trim(partner[0]))) if partner else f.end
    if _organisation_named(text, f.start, end, words):
        f.kind, f.sure, f.end = "organization", True, end
        f.affiliation = _mark_owner(f.start, earlier)


# The capitalised words after "&" in a firm's name ("… Goodrich & Rosati").
_AMPERSAND_NAME = re.compile(rf" & {_WORD}(?: {_WORD})*+")


# A caption's label before its credit, a word of its own or glued to the name before it
# where the text lost a space ("Susan Rice Image: White House.", "Jo JorgensenImage: …").
_CAPTION = "Image"
# Lower-case words that may follow a regnal "I" ("Charles I of England", "Elizabeth I in
# a drama"); another lower-case word after a name and "I" makes "I" the pronoun.
_AFTER_REGNAL_I = frozenset(["of", "in", "and", "or", "at", "on", "for", "from", "by", "with", "who"])


def _without_last_word(text: str, f: Found, words: ActorWords) -> None:
    """Cut a word that the text after it shows to be no part of a name off the name run
    ``f`` ends with: the pronoun "I" ("said to Nigel I want", "Like Kevin I'd", "other than
    Jim Eastland I’ve": "I" would then be his surname, and every "I" of the article him;
    "Queen Elizabeth I," and "Charles I of England" keep their numeral), and a caption's
    "Image" before its credit (see _CAPTION)."""
    last = f.name[-1]
    after = text[f.end : f.end + 12]
    if last == "I":
        if len(f.name) < 2 or not _pronoun_goes_on(after):
            return  # a regnal "I", or "Mr I" (no name would be left)
        name, cut = f.name[:-1], f.end - 2  # the space or dot before it goes too
    elif after.startswith(":") and (last != _CAPTION or len(f.name) >= 2):
        glued = last[: -len(_CAPTION)]
        name = f.name[:-1] + ((glued,) if glued else ())
        # The space or dot before a caption word of its own goes too ("Justin Amash.Image").
        cut = f.end - len(_CAPTION) - (0 if glued else 1)
    else:
        return
    if cut <= f.start:
        return
    f.name, f.end = name, cut
    if not f.role:
        f.sure = len(f.name) >= 2 and f.name[0] in words.first_names


def _pronoun_goes_on(after: str) -> bool:
    """Whether the text ``after`` an "I" makes it the pronoun: a contraction ("I'd", "I’ve";
    not a possessive, "Elizabeth I's reign") or a lower-case word other than one that
    follows a regnal numeral ("I will", not "I of England")."""
    if after.startswith(("’", "'")):
        return after[1:2] in ("d", "m", "v", "l")
    return (
        after[:1] == " "
        and after[1:2].islower()
        and after[1:].split(maxsplit=1)[0] not in _AFTER_REGNAL_I
    )


def _no_bare_title(f: Found) -> None:
    if f.actor is None and not f.name and f.role:
        f.sure = False  # a bare title ("the President") is not a name


def _is_institution(name: tuple[str, ...], words: ActorWords) -> bool:
    # (map: no generator to make and call)
    return tuple(map(str.casefold, name)) in words.institutions


def _extend_institution(text: str, f: Found, words: ActorWords) -> None:
    """Stretch a country over the institution after it: "the U.S. administration"."""
    # Most countries are followed by other words: look at the next one before the regex.
    at = f.end + 3 if possessive.singular_then_space(text, f.end) else f.end + 1
    space = text.find(" ", at, at + 30)
    if text[at : space if space != -1 else at + 30].rstrip(".,;:") not in words.institution_starts:
        return
    m = _INSTITUTION_AFTER.match(text, f.end)
    if m is None:
        return
    ws = m.group(1).split()
    for n in (2, 1):
        if tuple(ws[:n]) in words.institutions:
            f.end = m.start(1) + len(" ".join(ws[:n]))
            return
