"""The word lists quote attribution reads: reporting verbs and speaker-phrase words.

Both are data files in ``seeds/`` (``reporting_verbs.tsv``, ``speaker_words.tsv``)
loaded once per process.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from stancedb.resources import seed_path


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Reporting verbs by class and speaker-phrase words by category."""

    verbs: dict[str, str]  # form -> class (speech, attitude, cognition, source)
    base_forms: frozenset[str]  # forms that are the lemma itself ("comment", "post")
    words: dict[str, frozenset[str]]  # category -> words

    def category(self, name: str) -> frozenset[str]:
        return self.words.get(name, frozenset())


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in seed_path(name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows[1:]  # the first non-comment row is the column header


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shipped lexicon (cached)."""
    rows = _rows("reporting_verbs.tsv")
    verbs = {form: cls for form, _lemma, cls in rows}
    base = frozenset(form for form, lemma, _cls in rows if form == lemma)
    # A multi-word cue may open a sentence: "According to the report, …".
    verbs.update({f[0].upper() + f[1:]: c for f, c in list(verbs.items()) if " " in f})
    words: dict[str, set[str]] = defaultdict(set)
    for word, category in _rows("speaker_words.tsv"):
        words[category].add(word)
    return Lexicon(verbs, base, {k: frozenset(v) for k, v in words.items()})
