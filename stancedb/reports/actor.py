"""One actor's report: what it said about others, what others said about it, with
example statements that link back to their articles (id, title, URL, offsets)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from stancedb.reports.render import Section

Row = dict[str, Any]

PAIR_COLUMNS = ["actor", "mean", "n", "positive", "neutral", "negative", "first", "last"]
EXAMPLE_COLUMNS = ["date", "holder", "target", "score", "text", "article_id", "article", "url",
                   "start", "end"]


def actor_sections(
    name: str, *, said: Sequence[Row], received: Sequence[Row],
    said_examples: Sequence[Row], received_examples: Sequence[Row],
) -> list[Section]:
    """The four parts of the report, in reading order."""
    return [
        ("said", f"What {name} said about others", said, PAIR_COLUMNS),
        ("received", f"What others said about {name}", received, PAIR_COLUMNS),
        ("said_examples", f"Examples: {name} about others", said_examples, EXAMPLE_COLUMNS),
        ("received_examples", f"Examples: others about {name}", received_examples,
         EXAMPLE_COLUMNS),
    ]
