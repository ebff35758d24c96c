"""``extract``: the pipeline over inputs without a database, one JSON object per article.

No database module is imported here, so that ``stancedb extract`` starts fast.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from typing import Any

from stancedb.io.readers import InputItem
from stancedb.pipeline import analyze_or_error, warm_up
from stancedb.records import Analysis, Quote


def analyse_items(items: Iterable[InputItem]) -> Iterator[tuple[InputItem, Analysis | None, str | None]]:
    """Run the pipeline on each readable input; a crash is an error for that input only."""
    warm_up()
    try:
        for item in items:
            if item.article is None:
                yield item, None, item.error
                continue
            result = analyze_or_error(item.article)
            if isinstance(result, str):
                yield item, None, f"{item.input}: {result}"
            else:
                yield item, result, None
    finally:
        gc.unfreeze()  # a caller in the same process (tests, a notebook) gets it back


def extract_record(analysis: Analysis, *, id: str) -> dict[str, Any]:
    """``{"id", "quotes": [...], "stances": [...]}`` for one analysed article.

    ``speaker`` is the mention as written, ``actor`` its resolved canonical name,
    and a stance's ``quote`` the index of its quote in ``quotes`` (null for an
    indirect statement).
    """
    actors = analysis.speaker_actors or (None,) * len(analysis.quotes)
    return {
        "id": id,
        "quotes": [
            quote_record(q, actor) for q, actor in zip(analysis.quotes, actors, strict=True)
        ],
        "stances": [
            {
                "holder": s.holder,
                "target": s.target,
                "score": round(s.score, 4),
                "label": s.label,
                "quote": s.quote_index,
                "statement": s.statement,
                "evidence_start": s.evidence_start,
                "evidence_end": s.evidence_end,
                "scorer": s.scorer,
            }
            for s in analysis.stances
        ],
    }


def quote_record(quote: Quote, actor: str | None) -> dict[str, Any]:
    """One quote as ``extract`` prints it (and ``eval quotes`` writes its predictions)."""
    return {
        "start": quote.start,
        "end": quote.end,
        "text": quote.text,
        "kind": quote.kind,
        "speaker": quote.speaker,
        "speaker_start": quote.speaker_start,
        "speaker_end": quote.speaker_end,
        "actor": actor,
        "cue": quote.cue,
        "cue_start": quote.cue_start,
        "cue_end": quote.cue_end,
        "rule": quote.rule,
    }
