"""Find quoted spans and attribute them to speakers."""

# STUB: replaced by the quotes work.
from __future__ import annotations

import re

from stancedb.records import Quote
from stancedb.text import Segmentation


def extract_quotes(text: str, segmentation: Segmentation | None = None) -> list[Quote]:
    return [
        Quote(m.start(1), m.end(1), m.group(1), "direct")
        for m in re.finditer(r"[\"“]([^\"”\n]+)[\"”]", text)
    ]
