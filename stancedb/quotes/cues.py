"""Cues: the reporting verbs ("said", "told", "according to") that tie a quote to a speaker."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from stancedb.quotes.lexicon import lexicon
from stancedb.records import QuotedSpan


class Cue(NamedTuple):
    """A reporting verb in the text: ``text[start:end]`` and its class.

    A NamedTuple rather than a dataclass: thousands are made per second.
    """

    start: int
    end: int
    text: str
    cls: str  # speech, attitude, cognition or source


def trie_regex(words: list[str]) -> str:
    """A regex matching exactly ``words``, factored as a trie.

    Python's regex engine tries each alternative in turn; sharing prefixes
    ("sa-id", "sa-ys") makes a 700-word alternation several times faster.
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


@lru_cache(maxsize=1)
def cue_pattern() -> re.Pattern[str]:
    """One regex for every reporting-verb form, as a whole word (group ``cue``).

    The character before the word is matched rather than looked behind at: a
    pattern that starts with a character class lets the regex engine skip
    ahead fast, which makes the scan about twice as fast.
    """
    forms = list(lexicon().verbs)
    return re.compile(rf"[{SPACE_CHARS}(\[—–,;:“\"‘'](?P<cue>{trie_regex(forms)})(?![\w’'\-])")


# The characters ``\s`` matches (those ``str.isspace`` accepts), spelt out: the
# regex engine tests a class of plain characters faster than one that holds the
# \s category, which is the cost of a scan that stops at most characters
# (the cue scan takes 14 % less).
SPACE_CHARS = "\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"


@lru_cache(maxsize=1)
def _cue_at_start() -> re.Pattern[str]:
    return re.compile(rf"(?P<cue>{trie_regex(list(lexicon().verbs))})(?![\w’'\-])")


# The regexes of this module built on first use (see ``stancedb.quotes.warm_up``).
LAZY_PATTERNS = (cue_pattern, _cue_at_start)

# "he went on." / "Trump went on, …": a phrasal verb ending in "on" is a cue only
# where its clause ends ("went on to win", "goes on recess" are not).
_CLOSING = frozenset(".,;:!?)—–\"”")


def cues_in(text: str, start: int, end: int) -> list[Cue]:
    """Reporting verbs in ``text[start:end]``, in order."""
    verbs = lexicon().verbs
    found = []
    for m in cue_pattern().finditer(text, max(0, start - 1), end):
        word = m.group("cue")
        stop = m.end()
        if word[-3:] == " on" and text[stop : stop + 1] not in _CLOSING:
            continue
        found.append(Cue(stop - len(word), stop, word, verbs[word]))
    if start == 0:
        m = _cue_at_start().match(text, 0, end)
        if m is not None:
            found.insert(0, Cue(0, m.end(), m.group("cue"), verbs[m.group("cue")]))
    return found


class CueIndex:
    """The cues of one article (noun uses left out), found a piece of text at a
    time when a window first needs them, and kept: the rules ask about
    overlapping windows near quotes.

    The pieces are the text between consecutive sentence starts and quotation
    marks, so the words of a quote are not scanned when only the text around
    it is asked about, and ``first`` stops at the first piece with a cue (BBC:
    320 characters scanned per article, 750 with whole sentences, over 1,000
    with whole paragraphs; the regex costs about 35 ns a character on this
    loaded machine). A cue is words joined by spaces: it never runs across a
    sentence start or a double quotation mark, and a mark after a word ends it
    as the end of a piece does, so each piece holds exactly the cues a scan of
    the whole text finds in it.
    """

    __slots__ = ("_cuts", "_found", "_text")

    def __init__(self, text: str, sentence_starts: Sequence[int], spans: Sequence[QuotedSpan]) -> None:
        self._text = text
        cuts = set(sentence_starts)
        for span in spans:
            for mark in (span.open_mark, span.close_mark):
                # Not at a doubled apostrophe: "'" after a word keeps a cue from ending.
                if mark is not None and text[mark] in _PLAIN_MARKS:
                    cuts.add(mark)
        self._cuts = sorted(cuts)
        self._cuts.append(len(text))
        # The cues of each piece once scanned, noun uses left out (nearly every
        # cue found is in some window asked about, so all are tested at once).
        self._found: list[list[Cue] | None] = [None] * (len(self._cuts) - 1)

    def between(self, lo: int, hi: int) -> list[Cue]:
        """Reporting verbs within ``text[lo:hi]``, in order, noun uses left out."""
        return [c for k in self._pieces(lo, hi) for c in self._cues_of(k) if lo <= c.start and c.end <= hi]

    def first(self, lo: int, hi: int) -> Cue | None:
        """The first reporting verb within ``text[lo:hi]`` (noun uses left out),
        scanning no further than the piece that holds it."""
        for k in self._pieces(lo, hi):
            for c in self._cues_of(k):
                if lo <= c.start and c.end <= hi:
                    return c
        return None

    def _pieces(self, lo: int, hi: int) -> range:
        """The pieces that overlap ``text[lo:hi]``."""
        if hi <= lo:
            return range(0)
        return range(max(0, bisect_right(self._cuts, lo) - 1), min(len(self._found), bisect_left(self._cuts, hi)))

    def _cues_of(self, k: int) -> list[Cue]:
        cues = self._found[k]
        if cues is None:
            text = self._text
            found = cues_in(text, self._cuts[k], self._cuts[k + 1])
            cues = self._found[k] = [c for c in found if not is_noun_use(text, c)]
        return cues


_PLAIN_MARKS = frozenset("\"“”„«»")


def is_noun_use(text: str, cue: Cue) -> bool:
    """A verb form used as a noun: "his calls", "the report", "Trump's comments"."""
    if " " in cue.text:
        return False
    end = cue.start - 1
    if end < 1 or text[end] not in " \u00a0":
        return False
    # The two words before the cue, from a short window (an unbounded rfind for
    # a character the text lacks would scan the whole text back each time);
    # found with rfind rather than by splitting the window (2.7 -> 1.6 us a call).
    lo = max(0, end - 48)
    cut = _last_space(text, lo, end)
    prev = text[cut + 1 if cut != -1 else lo : end]
    if not prev:
        return False
    gerund_prepositions, base_forms, quantifiers_singular, quantifiers_plural = _noun_words()
    if cue.text.endswith("ing") and prev in gerund_prepositions:
        # "She followed that by saying", "insisted on calling": a gerund after
        # these prepositions is still its subject's verb, not a noun.
        return False
    if (_marks_noun(prev) and not _voice_over(text, lo, cut, prev)) or prev[-1].isdigit():
        return True
    if cue.text[-1] == "s" and cue.text[-2] != "s" and (prev in quantifiers_plural or _count_before(text, lo, cut)):
        # "any emails", "22 Clinton emails": an -s form after a plural
        # quantifier or a count and one word is a plural noun (a verb in -s
        # would need a singular subject).
        return True
    # "a Twitter comment", "a Trump-style retort": a base form after an article
    # and one word (a verb there would need its -s form: "a senator comments").
    if cue.text in base_forms and not prev.endswith("s"):
        # "In another tweet, Trump called": a base form right after a singular
        # quantifier is a noun too (its verb would be "another tweets").
        if prev in quantifiers_singular:
            return True
        if cut == -1:
            return False
        before = _last_space(text, lo, cut)
        det = text[before + 1 if before != -1 else lo : cut]
        # "the Nice attack", "last week's Orlando attack": after "the" or a possessive
        # and a name, an attitude verb's base form is a noun (a verb there would
        # need a plural subject; "The MDA say", "the Pope read" are speech verbs).
        return det in ("a", "an", "A", "An") or (
            cue.cls == "attitude" and prev[0].isupper() and (det in ("the", "The") or _marks_noun(det))
        )
    return False


def _voice_over(text: str, lo: int, cut: int, prev: str) -> bool:
    """Whether ``prev`` is the "over" of the noun "voice over", written as two
    words: no preposition before a noun ('"…," a voice over says as …')."""
    return prev == "over" and cut != -1 and text[max(lo, cut - 5) : cut].lower() == "voice"


def _count_before(text: str, lo: int, cut: int) -> bool:
    """Whether the word that ends at ``cut`` (a space) is a count ("22", "1,300")."""
    if cut == -1:
        return False
    before = _last_space(text, lo, cut)
    word = text[before + 1 if before != -1 else lo : cut]
    return _COUNT.fullmatch(word) is not None


# A count, not a year ("In 2016 Trump says"): digits with thousands separators or up to three digits.
_COUNT = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})*")


def _last_space(text: str, lo: int, hi: int) -> int:
    """The last space, no-break space or newline in ``text[lo:hi]``, or -1."""
    return max(text.rfind(" ", lo, hi), text.rfind("\u00a0", lo, hi), text.rfind("\n", lo, hi))


@lru_cache(maxsize=1)
def _noun_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    lex = lexicon()
    return (
        lex.category("gerund_preposition"),
        lex.base_forms,
        lex.category("quantifier_singular"),
        lex.category("quantifier_plural"),
    )


def _marks_noun(word: str) -> bool:
    if word[:-2].lower() in _CONTRACTED:
        return False  # "he's said": "has", not a possessive
    return word in _noun_markers() or word.endswith(("\u2019s", "'s", "s\u2019", "s'"))


# Pronouns whose "'s" is "has" or "is", never a possessive.
_CONTRACTED = frozenset(["he", "she", "it", "that", "who", "what", "there", "here"])


@lru_cache(maxsize=1)
def _noun_markers() -> frozenset[str]:
    """Words after which a verb form is a noun: determiners and prepositions."""
    lex = lexicon()
    # Quantifiers can be subjects ("some say", "the two write"): not markers.
    return (lex.category("determiner") | lex.category("preposition")) - lex.category("quantifier")


def is_participle(cue: Cue) -> bool:
    return cue.text.endswith("ing")
