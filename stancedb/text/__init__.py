"""Text segmentation: paragraphs and sentences with character offsets (no NLTK data needed)."""

from stancedb.text.segmentation import Segmentation, is_abbreviation, segment

__all__ = ["Segmentation", "is_abbreviation", "segment"]
