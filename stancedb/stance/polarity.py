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

from functools import lru_cache

from stancedb.stance.tokens import Tokens

NEGATIONS = frozenset({"no", "not", "n't", "never"})


@lru_cache(maxsize=1)
def lexicon() -> dict[str, tuple[float, float, bool]]:
    """word → (polarity, intensity, is_modifier) from TextBlob's shipped lexicon."""
    from textblob.en import sentiment

    if dict.__len__(sentiment) == 0:
        sentiment.load()
    table: dict[str, tuple[float, float, bool]] = {}
    for word, by_pos in dict.items(sentiment):
        p, _s, i = by_pos[None]
        table[word] = (float(p), float(i), "RB" in by_pos)
    return table


def assessments(words: tuple[str, ...], start: int, end: int) -> list[tuple[int, float]]:
    """``(token index, polarity)`` of each assessed word in ``words[start:end]``.

    The token index is that of the lexicon word the assessment ends on (the
    word a modifier or a negation applies to).
    """
    table = lexicon()
    out: list[list[float]] = []  # [index, polarity, intensity, negated]
    modifier = False
    negation: str | None = None
    for k in range(start, end):
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
            if negation is not None and modifier and out:
                out[-1][3] = -1.0
                negation = None
            elif modifier and len(w) > 2:
                modifier = False
            if w == "!" and out:
                out[-1][1] = max(-1.0, min(out[-1][1] * 1.25, 1.0))
    return [(int(k), p * -0.5 if n < 0 else p) for k, p, _i, n in out]


def polarity(tokens: Tokens, start: int = 0, end: int | None = None) -> float:
    """TextBlob polarity of the tokens ``[start, end)`` (the whole text by default)."""
    found = assessments(tokens.words, start, len(tokens.words) if end is None else end)
    return sum(p for _, p in found) / len(found) if found else 0.0
