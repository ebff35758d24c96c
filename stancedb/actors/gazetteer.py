"""The actor gazetteer: alias → canonical actor, looked up by token n-grams.

Aliases are stored under keys of normalised tokens so that a mention is found
with a few dict lookups per capitalised word, whatever the size of the list:
``"China’s Foreign Ministry"`` and ``"China's Foreign Ministry"`` give the same
key. Short one-word aliases ("Xi", "US", "WHO") match only with the exact case,
so "us" and "who" are never actors. Users' fixes (extra aliases, merges of two
actors) are layered on top with :meth:`Gazetteer.with_overrides`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from stancedb.records import ActorKind
from stancedb.resources import seed_path

# Abbreviations with dots ("U.S.", "U.N.") are one token; other words split at
# hyphens and apostrophes ("Ki-moon" → "Ki", "moon"; "China’s" → "China", "s").
TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\w+")
# One-word aliases up to this length match case-sensitively.
EXACT_MAX = 4
# Names looked up per gazetteer before the cache starts again.
LOOKUP_CACHE_SIZE = 100_000
KINDS: frozenset[str] = frozenset({"person", "country", "organization", "group"})


@dataclass(frozen=True, slots=True)
class GazetteerRow:
    """One line of the gazetteer: an alias of a canonical actor."""

    alias: str
    canonical: str
    kind: ActorKind
    affiliation: str | None = None


@dataclass(frozen=True, slots=True)
class Entry:
    """What the gazetteer knows about a canonical actor."""

    name: str
    kind: ActorKind
    affiliation: str | None


def token_key(tokens: Iterable[str]) -> str:
    """The lookup key of a sequence of tokens (case-folded, space-joined)."""
    # Case folding works character by character and leaves spaces alone: folding the
    # joined string is the same key, without a generator per lookup.
    return " ".join(tokens).casefold()


class Gazetteer:
    """Aliases of canonical actors, with merges applied on lookup.

    Build one with :meth:`default` (the shipped ``seeds/gazetteer.tsv``, loaded
    once), :meth:`from_rows`, or from another with :meth:`with_overrides`.
    """

    def __init__(
        self, rows: Iterable[GazetteerRow], merges: Mapping[str, str] | None = None
    ) -> None:
        self.rows: tuple[GazetteerRow, ...] = tuple(rows)
        self.merges: dict[str, str] = dict(merges or {})
        self.entries: dict[str, Entry] = {}
        self.exact: dict[str, str] = {}
        self.folded: dict[str, str] = {}
        self.after_the: dict[str, str] = {}
        self.prefixes: set[str] = set()
        for row in self.rows:
            self._add(row)
        # Folded one-word keys: a chunk of one plain word that is none of these (nor an
        # exact key) is no alias.
        self.single_keys: frozenset[str] = self._single_keys()
        # Filled by stancedb.actors.mentions: the chunks each regex match of capitalised
        # words is cut into, and what each chunk holds.
        self.chunk_plans: dict[str, tuple] = {}
        self.chunk_cache: dict[tuple[str, bool], tuple] = {}
        self._lookups: dict[str, Entry | None] = {}

    def _add(self, row: GazetteerRow, override: bool = False) -> None:
        """Index one row; the first row of a key wins, unless ``override`` (a user's fix)."""
        if row.kind not in KINDS:
            raise ValueError(f"unknown actor kind {row.kind!r} for {row.canonical!r}")
        if override or row.canonical not in self.entries:
            self.entries[row.canonical] = Entry(row.canonical, row.kind, row.affiliation or None)
        alias = row.alias.strip()
        target = self.after_the if alias.startswith("the ") else None
        if target is not None:
            alias = alias[4:]
        tokens = TOKEN.findall(alias)
        if not tokens:
            return
        if target is None and len(tokens) == 1 and len(tokens[0]) <= EXACT_MAX:
            table, key = self.exact, tokens[0]
        else:
            table, key = (target if target is not None else self.folded), token_key(tokens)
        if override or key not in table:
            table[key] = row.canonical
        if len(tokens) > 1:
            # The keys of the first 1, 2, … tokens are the folded key cut at its spaces.
            # (Several tokens: ``key`` is the folded key, not an exact one.)
            space = key.find(" ")
            while space != -1:
                self.prefixes.add(key[:space])
                space = key.find(" ", space + 1)

    def _single_keys(self) -> frozenset[str]:
        return frozenset(
            k for table in (self.folded, self.after_the) for k in table if " " not in k
        )

    # -- construction -------------------------------------------------------------------

    @classmethod
    def from_rows(
        cls, rows: Iterable[GazetteerRow], merges: Mapping[str, str] | None = None
    ) -> Gazetteer:
        """A gazetteer of these rows; ``merges`` maps an old canonical name to its new one."""
        return cls(rows, merges)

    @classmethod
    def from_file(cls, path: Path) -> Gazetteer:
        """Read a gazetteer TSV (``alias, canonical, kind, affiliation[, source]``; ``#`` comments)."""
        rows = []
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.startswith(("#", "alias\t")) or not line.strip():
                    continue
                alias, canonical, kind, affiliation, *_ = line.rstrip("\n").split("\t")
                rows.append(GazetteerRow(alias, canonical, kind, affiliation or None))  # type: ignore[arg-type]
        return cls(rows)

    @classmethod
    def default(cls) -> Gazetteer:
        """The shipped gazetteer, loaded once per process."""
        return _default()

    def with_overrides(
        self,
        aliases: Mapping[str, str] | None = None,
        merges: Mapping[str, str] | None = None,
        actors: Iterable[GazetteerRow] = (),
    ) -> Gazetteer:
        """A new gazetteer with users' fixes on top of this one.

        ``aliases`` maps an alias to a canonical actor (``actors alias add``); an
        actor the gazetteer does not know is taken to be a person unless
        ``actors`` gives its row. ``merges`` maps an actor's name to the actor it
        was merged into (``actors merge A B``): every alias of A then yields B.
        """
        extra = list(actors)
        known = {r.canonical: r for r in extra}
        for alias, canonical in (aliases or {}).items():
            entry = self.entries.get(canonical) or known.get(canonical)
            kind = entry.kind if entry else "person"
            affiliation = entry.affiliation if entry else None
            extra.append(GazetteerRow(alias, canonical, kind, affiliation))
        # Copy the indexes rather than rebuild them (tens of thousands of rows), then lay
        # the users' rows on top: a user's alias wins over a shipped one with the same key.
        new = Gazetteer((), {**self.merges, **(merges or {})})
        new.rows = (*extra, *self.rows)
        new.entries = dict(self.entries)
        new.exact = dict(self.exact)
        new.folded = dict(self.folded)
        new.after_the = dict(self.after_the)
        new.prefixes = set(self.prefixes)
        for row in extra:
            new._add(row, override=True)
        new.single_keys = new._single_keys()
        new.chunk_plans = {}
        new.chunk_cache = {}
        new._lookups = {}
        return new

    # -- lookup ---------------------------------------------------------------------------

    def canonical(self, name: str) -> str:
        """The name an actor goes by after users' merges (follows chains, stops on cycles)."""
        if name not in self.merges:
            return name  # most names: no merge, and no set to build
        seen = {name}
        while name in self.merges:
            name = self.merges[name]
            if name in seen:
                break
            seen.add(name)
        return name

    def entry(self, name: str) -> Entry | None:
        """The entry of a canonical actor (after merges), or None."""
        if not self.merges:
            return self.entries.get(name)
        merged = self.canonical(name)
        # An actor merged into a name the gazetteer has no row for keeps its kind.
        entry = self.entries.get(merged) or self.entries.get(name)
        if entry is None:
            return None
        affiliation = self.canonical(entry.affiliation) if entry.affiliation else None
        return Entry(merged, entry.kind, affiliation)

    def lookup(self, alias: str) -> Entry | None:
        """The actor an alias names, as a whole string ("the Kremlin", "Putin"), or None."""
        if alias in self._lookups:
            return self._lookups[alias]
        if len(self._lookups) > LOOKUP_CACHE_SIZE:
            self._lookups.clear()
        entry = self._lookups[alias] = self._lookup(alias)
        return entry

    def _lookup(self, alias: str) -> Entry | None:
        text = alias.strip()
        table = self.folded
        if text.startswith(("the ", "The ")):
            text = text[4:]
            table = self.after_the
        # Most names looked up are plain words ("Tom Glocer"): their tokens are the words
        # (as in mentions._chunk_mentions), without the regex.
        tokens = text.split() if text.replace(" ", "").isalnum() else TOKEN.findall(text)
        if not tokens:
            return None
        name = None
        if len(tokens) == 1:
            name = self.exact.get(tokens[0])
        if not name:
            key = token_key(tokens)  # once: most names are in neither table
            name = table.get(key) or self.folded.get(key)
        return self.entry(name) if name else None

    def __len__(self) -> int:
        return len(self.rows)


@lru_cache(maxsize=1)
def _default() -> Gazetteer:
    return Gazetteer.from_file(seed_path("gazetteer.tsv"))
