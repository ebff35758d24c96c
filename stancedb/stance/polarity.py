"""TextBlob's polarity, computed fast on tokens the scorer already has.

TextBlob (the Pattern analyzer) averages the polarity of the words of its
shipped lexicon ``textblob/en/en-sentiment.xml``, with intensifiers ("very
good"), negation ("not good" = -0.5 × good) and "!" boosts. Calling
``TextBlob(text).sentiment`` re-tokenises every call (about a millisecond);
this module reads the same lexicon once and applies the same rules to a token
slice, so the scorer can ask for the polarity of any clause for almost free.
It agrees with TextBlob on the sign of almost all news sentences (see
scripts/check_polarity.py).
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from itertools import compress
from pathlib import Path
from xml.etree import ElementTree

from stancedb.stance.tokens import Tokens

NEGATIONS = frozenset({"no", "not", "n't", "never"})


def _lexicon_path() -> Path:
    """``en-sentiment.xml`` inside the installed textblob package.

    Found without importing ``textblob`` (its ``__init__`` pulls in NLTK and
    SciPy: two seconds and 130 MB per process for one XML file).
    """
    spec = importlib.util.find_spec("textblob")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("textblob is not installed: pip install textblob")
    return Path(next(iter(spec.submodule_search_locations))) / "en" / "en-sentiment.xml"


def _avg(values: tuple[float, ...]) -> float:
    return sum(values) / float(len(values) or 1)


@lru_cache(maxsize=1)
def lexicon() -> dict[str, tuple[float, float, bool]]:
    """word → (polarity, intensity, is_modifier) from TextBlob's shipped lexicon.

    The same numbers as ``textblob.en.sentiment[word][None]``: senses averaged
    per part of speech, then the parts of speech averaged (the order of the
    sums is TextBlob's, so the floats are identical).
    """
    senses: dict[str, dict[str | None, list[tuple[float, float, float]]]] = {}
    for el in ElementTree.parse(_lexicon_path()).getroot().findall("word"):
        get = el.attrib.get
        form = get("form")
        if form:
            psi = (
                float(get("polarity", 0.0)),
                float(get("subjectivity", 0.0)),
                float(get("intensity", 1.0)),
            )
            senses.setdefault(form, {}).setdefault(get("pos"), []).append(psi)
    # TextBlob's Sentiment.load: senses averaged per part of speech, then over them.
    words: dict[str, dict[str | None, list[float]]] = {}
    for word, by_pos in senses.items():
        averaged = {pos: [_avg(each) for each in zip(*psi)] for pos, psi in by_pos.items()}
        averaged[None] = [_avg(each) for each in zip(*averaged.values())]
        words[word] = averaged
    # textblob.en.Sentiment.load: each adjective also gives its adverb ("terrible" →
    # "terribly"), which replaces what the lexicon says of that adverb.
    for word, by_pos in list(words.items()):
        if "JJ" in by_pos:
            if word.endswith("y"):
                word = word[:-1] + "i"
            word = word.removesuffix("le")
            adverb = words.setdefault(word + "ly", {})
            adverb["RB"] = adverb[None] = by_pos["JJ"]
    return {
        word: (float(by_pos[None][0]), float(by_pos[None][2]), "RB" in by_pos)
        for word, by_pos in words.items()
    }


@lru_cache(maxsize=1)
def _marked() -> frozenset[str]:
    """The tokens TextBlob's rules act on: lexicon words, negations and "!"."""
    return frozenset(lexicon()) | NEGATIONS | {"!"}


def _after_unassessed(
    w: str, negation: str | None, modifier: bool, out: list[list[float]]
) -> tuple[str | None, bool]:
    """TextBlob's rule for a word out of the lexicon after a negation or a modifier:
    "not very" + word negates the modified assessment; a longer word ends the modifier."""
    if negation is not None and modifier and out:
        out[-1][3] = -1.0
        return None, modifier
    if modifier and len(w) > 2:
        return negation, False
    return negation, modifier


def assessments(words: tuple[str, ...], start: int, end: int) -> list[tuple[int, float]]:
    """``(token index, polarity)`` of each assessed word in ``words[start:end]``.

    The token index is that of the lexicon word the assessment ends on (the
    word a modifier or a negation applies to).
    """
    table = lexicon()
    out: list[list[float]] = []  # [index, polarity, intensity, negated]
    modifier = False
    negation: str | None = None
    # Most tokens are plain words (in no lexicon, no negation, no "!"): they change
    # nothing unless a negation or a modifier is open. Visit the others, and the plain
    # words only while one is open; the end of the range closes the last gap.
    marked = _marked()
    at = start
    positions = list(compress(range(start, end), map(marked.__contains__, words[start:end])))
    positions.append(end)
    for pos in positions:
        k = at
        while (negation is not None or modifier) and k < pos:
            # TextBlob's rules for a plain word (the else branch below, minus "no"/"!").
            w = words[k]
            if negation and len(w.strip("'")) > 1:
                negation = None
            negation, modifier = _after_unassessed(w, negation, modifier, out)
            k += 1
        if pos == end:
            break
        at = pos + 1
        k = pos
        w = words[k]
        entry = table.get(w)
        if entry is not None:
            p, i, is_mod = entry
            if not modifier:
                out.append([k, p, i, 1.0])
            else:
                last = out[-1]
                last[0] = k
                last[1] = max(-1.0, min(p * last[2], 1.0))
                last[2] = i
            if negation is not None:
                last = out[-1]
                last[2] = 1.0 / last[2] if last[2] else 1.0
                last[3] = -1.0
            modifier = is_mod
            negation = w if w in NEGATIONS else None
        else:
            if w in NEGATIONS:
                negation = w
            elif negation and len(w.strip("'")) > 1:
                negation = None
            negation, modifier = _after_unassessed(w, negation, modifier, out)
            if w == "!" and out:
                out[-1][1] = max(-1.0, min(out[-1][1] * 1.25, 1.0))
    return [(int(k), p * -0.5 if n < 0 else p) for k, p, _i, n in out]


def polarity(tokens: Tokens, start: int = 0, end: int | None = None) -> float:
    """TextBlob polarity of the tokens ``[start, end)`` (the whole text by default)."""
    found = assessments(tokens.words, start, len(tokens.words) if end is None else end)
    return sum(p for _, p in found) / len(found) if found else 0.0
