"""Paragraph and sentence segmentation with character offsets (no NLTK data needed)."""

# STUB: replaced by the text/quotes work.
from __future__ import annotations

import re
from dataclasses import dataclass

from stancedb.records import Segment


@dataclass(frozen=True, slots=True)
class Segmentation:
    paragraphs: tuple[Segment, ...]
    sentences: tuple[Segment, ...]


def segment(text: str) -> Segmentation:
    paragraphs = tuple(Segment(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text))
    sentences = tuple(
        Segment(m.start(), m.end()) for m in re.finditer(r"[^\n.!?]+[.!?]*", text)
    )
    return Segmentation(paragraphs, sentences)
