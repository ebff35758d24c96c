"""The fast makers of records give the same records as their classes do."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from stancedb.records import Actor, Mention, new_actor, new_mention


@pytest.mark.parametrize(
    ("made", "expected"),
    [
        (new_mention(4, 9, "Putin", "Vladimir Putin", "person"),
         Mention(4, 9, "Putin", "Vladimir Putin", "person")),
        (new_actor("Russia", "country", None, None, ("Moscow", "Kremlin")),
         Actor("Russia", "country", None, None, ("Moscow", "Kremlin"))),
    ],
)
def test_fast_maker_makes_the_same_frozen_record(made: object, expected: object) -> None:
    assert type(made) is type(expected)
    assert made == expected and hash(made) == hash(expected) and repr(made) == repr(expected)
    assert pickle.loads(pickle.dumps(made)) == expected
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.kind = "group"  # type: ignore[attr-defined]
