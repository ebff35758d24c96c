"""The baseline scorer: TextBlob's polarity of the whole text, blind to the target."""

from __future__ import annotations

from stancedb.records import StanceScore
from stancedb.stance.polarity import assessments
from stancedb.stance.tokens import tokenize

# TextBlob polarity within ±THRESHOLD is neutral. 0 (any polarity counts) scored
# best on newsmtsc-rw train (macro-F1 43.0, against 40.8 for 0.1).
THRESHOLD = 0.0


class TextBlobScorer:
    """TextBlob (Pattern) polarity of the text: the same for every target in it.

    Computed with stancedb.stance.polarity, which applies TextBlob's lexicon and
    rules to cached tokens (the same numbers as ``TextBlob(text).sentiment``
    for nearly every sentence, many times faster).
    """

    name = "textblob"
    version = "1"

    def score(
        self,
        text: str,
        target_start: int,
        target_end: int,
        holder_start: int | None = None,
        holder_end: int | None = None,
    ) -> StanceScore:
        words = tokenize(text).words
        found = assessments(words, 0, len(words))
        p = sum(v for _, v in found) / len(found) if found else 0.0
        label = "positive" if p > THRESHOLD else "negative" if p < -THRESHOLD else "neutral"
        evidence = tuple(dict.fromkeys(words[k] for k, v in found if v))
        return StanceScore(round(p, 4), label, evidence)
