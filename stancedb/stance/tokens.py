"""Word tokens with character offsets, shared by the stance scorers.

Tokenising is the costliest step of scoring, and a sentence is usually scored
for several targets (and both directions of a holder → target pair), so the
result is cached per text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from stancedb.records import fast_maker

# "n't" is split off ("don't" → "do", "n't") as TextBlob's tokenizer does, so that
# negation is seen; words keep inner hyphens, apostrophes and dots ("Trump's",
# "U.S"); every other non-space character is a token of its own. Text is matched
# lower-cased with ’ as ' (same length, so offsets hold).
_TOKEN = re.compile(r"\w+(?=n't\b)|n't\b|\w+(?:[-'.]\w+)*|[^\w\s]")
# The same tokens for a text without "n't" (most texts), where the first two branches
# cannot match: the regex is about a third faster without them.
_PLAIN_TOKEN = re.compile(r"\w+(?:[-'.]\w+)*|[^\w\s]")
# split() with the token as its one group gives [gap, token, gap, token, …, gap]: the
# offsets are the running sums of the lengths (no match object per token).
_SPLIT = re.compile(f"({_TOKEN.pattern})")
_PLAIN_SPLIT = re.compile(f"({_PLAIN_TOKEN.pattern})")


@dataclass(frozen=True, slots=True)
class Tokens:
    """The tokens of one text: lower-cased words and their ``[start, end)`` offsets."""

    words: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Token indices ``[i, j)`` covering the characters ``[start, end)``.

        A span that covers no token (empty, or only spaces) gives the nearest
        token position, so callers always get a place in the sentence.
        """
        # Offsets of tokens rise with their index: binary searches, not a walk from 0.
        n = len(self.starts)
        i = bisect.bisect_right(self.ends, start)  # the first token ending after start
        if i == n:
            return n, n
        j = max(i, bisect.bisect_left(self.starts, end))  # the first one from end on
        return i, max(j, i + 1)


# Made once per text scored: by ``fast_maker``, as the stage's other records.
_new_tokens = fast_maker(Tokens)


@lru_cache(maxsize=4096)
def tokenize(text: str) -> Tokens:
    """Tokens of ``text`` (cached: the same sentence is scored for several targets)."""
    low = text.lower()
    if len(low) != len(text):
        # A few characters change length when lower-cased ("İ"): keep offsets right.
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    low = low.replace("’", "'")
    parts = (_SPLIT if "n't" in low else _PLAIN_SPLIT).split(low)
    offsets = tuple(accumulate(map(len, parts), initial=0))
    return _new_tokens(tuple(parts[1::2]), offsets[1:-1:2], offsets[2::2])
