"""The fast makers of records give the same records as their classes do."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from stancedb.records import (
    Actor,
    Mention,
    Quote,
    QuotedSpan,
    Segment,
    Stance,
    StanceScore,
    new_actor,
    new_mention,
    new_quote,
    new_quoted_span,
    new_segment,
    new_stance,
    new_stance_score,
)


@pytest.mark.parametrize(
    ("made", "expected"),
    [
        (new_mention(4, 9, "Putin", "Vladimir Putin", "person"),
         Mention(4, 9, "Putin", "Vladimir Putin", "person")),
        (new_actor("Russia", "country", None, None, ("Moscow", "Kremlin")),
         Actor("Russia", "country", None, None, ("Moscow", "Kremlin"))),
        (new_segment(0, 42), Segment(0, 42)),
        (new_quoted_span(11, 40, 10, 40), QuotedSpan(11, 40, 10, 40)),
        (new_quote(11, 40, "We will not back down", "direct", "he", 42, 44, "said", 45, 49,
                   "Vladimir Putin", 0, 14, "post", 0.95),
         Quote(11, 40, "We will not back down", "direct", speaker="he", speaker_start=42,
               speaker_end=44, cue="said", cue_start=45, cue_end=49, antecedent="Vladimir Putin",
               antecedent_start=0, antecedent_end=14, rule="post", confidence=0.95)),
        (new_stance_score(-0.42, "negative", ("verb:slammed",)),
         StanceScore(-0.42, "negative", ("verb:slammed",))),
        (new_stance("Donald Trump", "Russia", -0.42, "negative", "indirect", 0, 40, "targeted", "1",
                    None, ("verb:slammed",)),
         Stance(holder="Donald Trump", target="Russia", score=-0.42, label="negative",
                statement="indirect", evidence_start=0, evidence_end=40, scorer="targeted",
                scorer_version="1", evidence=("verb:slammed",))),
    ],
)
def test_fast_maker_makes_the_same_frozen_record(made: object, expected: object) -> None:
    assert type(made) is type(expected)
    assert made == expected and hash(made) == hash(expected) and repr(made) == repr(expected)
    assert pickle.loads(pickle.dumps(made)) == expected
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(made, dataclasses.fields(made)[0].name, None)  # type: ignore[arg-type]
