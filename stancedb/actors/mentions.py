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

from stancedb.actors.gazetteer import TOKEN, Gazetteer
from stancedb.actors.words import ActorWords
from stancedb.records import ActorKind

_UPPER = "A-ZÀ-ÖØ-Þ"
_WORD = rf"(?:[A-Z]\.){{2,}}|[{_UPPER}]\w*(?:['’\-]\w+)*"
_CONNECTOR = r"(?:of|the|and|de|del|da|dos|van|von|der|den|bin|ibn|al|el|la|le|du)"
CHUNK = re.compile(rf"(?:{_WORD})(?: (?:{_CONNECTOR} )*(?:{_WORD}))*")
# The words just before a chunk, to find a lower-case role ("aide", "spokesman").
_WORDS_BEFORE = re.compile(r"([\w.’'\-]+)\s+$")
# A lower-case institution right after a country ("the U.S. administration").
_INSTITUTION_AFTER = re.compile(r"(?:['’]s)? ([a-z]+(?: [a-z]+)?)")
_APOSTROPHES = "'’"


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


def _role_length(words: list[str], i: int, roles: frozenset[tuple[str, ...]], longest: int) -> int:
    """How many words at ``words[i:]`` form a role ("Prime Minister" → 2), 0 if none."""
    for n in range(min(longest, len(words) - i), 0, -1):
        if tuple(w.casefold().rstrip(".") for w in words[i : i + n]) in roles:
            return n
    return 0


def _role_before(text: str, start: int, words: ActorWords) -> tuple[int, str] | None:
    """A lower-case role noun phrase ending just before ``start`` ("Kremlin aide ")."""
    m = _WORDS_BEFORE.search(text, max(0, start - 40), start)
    if m is None or m.group(1).casefold() not in words.role_heads or not m.group(1).islower():
        return None
    role_start = m.start(1)
    # Extend over capitalised words and roles before it ("Kremlin aide", "deputy chief").
    for _ in range(3):
        prev = _WORDS_BEFORE.search(text, max(0, role_start - 40), role_start)
        if prev is None:
            break
        word = prev.group(1)
        if not (word[0].isupper() or word.casefold() in words.role_heads):
            break
        role_start = prev.start(1)
    return role_start, text[role_start : m.end(1)]


def find_mentions(text: str, gazetteer: Gazetteer, words: ActorWords) -> list[Found]:
    """Gazetteer mentions and name runs of ``text``, in text order."""
    found: list[Found] = []
    exact, folded, after_the, prefixes = (
        gazetteer.exact,
        gazetteer.folded,
        gazetteer.after_the,
        gazetteer.prefixes,
    )
    for chunk in CHUNK.finditer(text):
        cs, ce = chunk.span()
        toks = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, cs, ce)]
        n = len(toks)
        chunk_found: list[Found] = []
        run: list[int] = []
        runs: list[list[int]] = []
        i = 0
        while i < n:
            s, _e, t = toks[i]
            if not t[0].isupper():
                # A lower-case piece joined by a hyphen ("Ki-moon") stays in a name run.
                if run and text[s - 1] == "-":
                    run.append(i)
                elif run:
                    runs.append(run)
                    run = []
                i += 1
                continue
            best: tuple[int, str] | None = None
            if t in exact:
                best = (i, exact[t])
            after = (i > 0 and toks[i - 1][2].casefold() == "the") or (
                i == 0 and text[max(0, s - 4) : s].casefold() == "the "
            )
            key = ""
            j = i
            while j < n:
                word = toks[j][2].casefold()
                key = word if j == i else f"{key} {word}"
                name = folded.get(key) or (after_the.get(key) if after else None)
                if name is not None:
                    best = (j, name)
                if key not in prefixes:
                    break
                j += 1
            if best is None:
                run.append(i)
                i += 1
                continue
            if run:
                runs.append(run)
                run = []
            j, name = best
            entry = gazetteer.entry(name)
            if entry is None:  # an alias of an actor merged away and not re-declared
                i = j + 1
                continue
            chunk_found.append(Found(s, toks[j][1], entry.name, entry.kind, entry.affiliation))
            i = j + 1
        if run:
            runs.append(run)
        for r in runs:
            chunk_found.append(_name_run(text, toks, r, words))
        chunk_found.sort(key=lambda f: f.start)
        _attach(text, chunk_found, found, words)
        found.extend(f for f in chunk_found if f.end > f.start)
    return found


def _name_run(
    text: str, toks: list[tuple[int, int, str]], run: list[int], words: ActorWords
) -> Found:
    """A run of capitalised words that no alias covers: a title + name, or a maybe-name."""
    ws = [toks[k][2] for k in run]
    lead = 0
    while lead < len(ws):
        k = _role_length(ws, lead, words.roles, words.max_role_words)
        if k == 0:
            break
        lead += k
    role = " ".join(ws[:lead]) or None
    name = tuple(ws[lead:])
    start = toks[run[lead]][0] if lead < len(run) else toks[run[0]][0]
    end = toks[run[-1]][1]
    sure = bool(role) or (len(name) >= 2 and name[0] in words.first_names)
    return Found(start, end, None, "person", role=role, name=name, sure=sure and bool(name))


def _attach(
    text: str,
    chunk_found: list[Found],
    earlier: list[Found],
    words: ActorWords,
) -> None:
    """Roles, affiliations and modifiers between neighbouring mentions of one chunk."""
    for k, f in enumerate(chunk_found):
        if f.actor is not None and f.kind in ("country", "organization"):
            nxt = chunk_found[k + 1] if k + 1 < len(chunk_found) else None
            if nxt is not None and nxt.actor is None and _is_institution(nxt.name, words):
                # "China’s Foreign Ministry": the country itself speaks; drop the run.
                f.end, nxt.end = nxt.end, nxt.start
            elif nxt is not None and nxt.kind == "person" and (nxt.actor or nxt.sure or nxt.role):
                # "Russian President Vladimir Putin", "U.S. President": an affiliation.
                f.modifier = True
                if nxt.affiliation is None:
                    nxt.affiliation = f.actor
                if nxt.actor is None and not nxt.name and nxt.role:
                    nxt.sure = False
            elif nxt is None:
                _extend_institution(text, f, words)
        if f.kind == "person" and k == 0:
            before = _role_before(text, f.start, words)
            if before is not None:
                role_start, role = before
                f.role = f.role or role
                f.sure = f.sure or bool(f.name)
                for prev in reversed(earlier[-3:]):
                    if prev.start >= role_start and prev.actor and prev.kind != "person":
                        prev.modifier = True
                        f.affiliation = f.affiliation or prev.actor
        if f.actor is None and not f.name and f.role:
            f.sure = False  # a bare title ("the President") is not a name


def _is_institution(name: tuple[str, ...], words: ActorWords) -> bool:
    return tuple(w.casefold() for w in name) in words.institutions


def _extend_institution(text: str, f: Found, words: ActorWords) -> None:
    """Stretch a country over the institution after it: "China’s Foreign Ministry"."""
    m = _INSTITUTION_AFTER.match(text, f.end)
    if m is None:
        return
    ws = m.group(1).split()
    for n in (2, 1):
        if tuple(ws[:n]) in words.institutions:
            f.end = m.start(1) + len(" ".join(ws[:n]))
            return
