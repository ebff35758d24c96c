"""Stance scorers behind one interface."""

# STUB: replaced by the stance work.
from __future__ import annotations

from typing import Protocol

from textblob import TextBlob

from stancedb.records import StanceScore


class Scorer(Protocol):
    name: str
    version: str

    def score(
        self,
        text: str,
        target_start: int,
        target_end: int,
        holder_start: int | None = None,
        holder_end: int | None = None,
    ) -> StanceScore: ...


class TextBlobScorer:
    name = "textblob"
    version = "1"

    def score(self, text, target_start, target_end, holder_start=None, holder_end=None):
        p = TextBlob(text).sentiment.polarity
        label = "positive" if p > 0.1 else "negative" if p < -0.1 else "neutral"
        return StanceScore(p, label, ())


def get_scorer(name: str | None = None) -> Scorer:
    return TextBlobScorer()
