"""The ``extract`` output: one JSON object per analysed article."""

from __future__ import annotations

from typing import Any

from stancedb.records import Analysis


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
            {
                "start": q.start,
                "end": q.end,
                "text": q.text,
                "kind": q.kind,
                "speaker": q.speaker,
                "speaker_start": q.speaker_start,
                "speaker_end": q.speaker_end,
                "actor": actor,
                "cue": q.cue,
                "cue_start": q.cue_start,
                "cue_end": q.cue_end,
                "rule": q.rule,
            }
            for q, actor in zip(analysis.quotes, actors, strict=True)
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
