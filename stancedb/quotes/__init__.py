"""Quote extraction: find quoted spans, then attribute each to a cue and a speaker mention.

Stages, one module each: ``spans`` (quoted text) → ``cues`` (reporting verbs) →
``speakers`` (speaker mentions, pronoun antecedents) → ``attribution`` (the rules
that tie them together and decide each quote's kind: direct, partial or term).
"""

from __future__ import annotations

from stancedb.quotes import attribution, cues, speakers
from stancedb.quotes.attribution import attribute
from stancedb.quotes.spans import find_quoted_spans
from stancedb.records import Quote
from stancedb.text import Segmentation, segment

EXTRACTOR_NAME = "stancedb-rules"
EXTRACTOR_VERSION = "1"


def warm_up() -> None:
    """Compile the regexes the rules build on first use that the warm-up article of
    ``pipeline.warm_up`` does not reach: over BBC these were compiled within the
    first hundred articles all the same (the person-name regex alone takes 0.1 s of
    CPU), in each process and in each forked ingest worker."""
    speakers.patterns().compile_all()
    for build in (*cues.LAZY_PATTERNS, *speakers.LAZY_PATTERNS, *attribution.LAZY_PATTERNS):
        build()


def extract_quotes(text: str, segmentation: Segmentation | None = None) -> list[Quote]:
    """Every quoted span of ``text`` as a Quote, in text order, with its attribution."""
    seg = segmentation if segmentation is not None else segment(text)
    spans = find_quoted_spans(text, seg.paragraphs)
    if not spans:
        return []  # one text in seven (BBC): no indexes to build for the rules
    return attribute(text, spans, seg)


__all__ = ["EXTRACTOR_NAME", "EXTRACTOR_VERSION", "extract_quotes", "warm_up"]
