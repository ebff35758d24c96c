"""The scorer interface: registry, labels and ranges, determinism, odd inputs."""

from __future__ import annotations

import pytest

from stancedb.records import StanceScore
from stancedb.stance import (
    DEFAULT,
    TargetedScorer,
    UnknownScorer,
    available_scorers,
    get_scorer,
)

SENTENCES = [
    # (text, target) in the shapes of news sentences
    ("Senator Jane Holloway criticised Governor Mark Tate over the botched rollout.", "Mark Tate"),
    ("The ministry praised Ambassador Li Wei for his tireless work on the peace deal.", "Li Wei"),
    ("Mayor Daniel Ortiz arrived in Brussels on Tuesday for two days of talks.", "Daniel Ortiz"),
    ("“We will not be bullied,” said Prime Minister Ana Silva, who didn’t name Russia.", "Russia"),
    ("Trump's tariffs on China, which Beijing called 'economic bullying', took effect.", "Beijing"),
]


def _span(text: str, target: str) -> tuple[int, int]:
    start = text.index(target)
    return start, start + len(target)


def test_default_scorer_is_listed_first() -> None:
    assert available_scorers()[0] == DEFAULT
    assert get_scorer().name == DEFAULT
    assert set(available_scorers()) == {"targeted", "textblob"}


@pytest.mark.parametrize("name", ["targeted", "textblob", " TextBlob "])
def test_get_scorer_by_name(name: str) -> None:
    scorer = get_scorer(name)
    assert scorer.name == name.strip().lower()
    assert scorer.version


def test_unknown_scorer_names_the_valid_ones() -> None:
    with pytest.raises(UnknownScorer) as err:
        get_scorer("vader")
    assert str(err.value) == "Unknown scorer 'vader': choose one of targeted, textblob."
    assert isinstance(err.value, ValueError)


@pytest.mark.parametrize("name", ["targeted", "textblob"])
@pytest.mark.parametrize(("text", "target"), SENTENCES)
def test_score_is_a_labelled_number_in_range(name: str, text: str, target: str) -> None:
    result = get_scorer(name).score(text, *_span(text, target))
    assert isinstance(result, StanceScore)
    assert -1.0 <= result.score <= 1.0
    assert result.label in ("negative", "neutral", "positive")
    assert all(isinstance(e, str) and e for e in result.evidence)


@pytest.mark.parametrize(("text", "target"), SENTENCES)
def test_same_input_same_score(text: str, target: str) -> None:
    span = _span(text, target)
    first = get_scorer().score(text, *span)
    again = TargetedScorer().score(text, *span)
    assert first == again
    assert get_scorer().score(text, *span, 0, 7) == TargetedScorer().score(text, *span, 0, 7)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("", 0, 0),  # empty text
        ("Putin.", 0, 5),  # the target is all there is
        ("Putin spoke.", 40, 50),  # offsets past the end
        ("Putin   spoke.", 6, 7),  # a target on spaces only
        ("!!! ???", 0, 3),  # no words at all
    ],
)
def test_odd_inputs_do_not_raise(text: str, start: int, end: int) -> None:
    for name in available_scorers():
        scorer = get_scorer(name)
        assert scorer.score(text, start, end).label in ("negative", "neutral", "positive")
        assert scorer.score(text, start, end, 0, 1).label in ("negative", "neutral", "positive")


@pytest.mark.parametrize(("text", "target"), SENTENCES)
@pytest.mark.parametrize("holder", [None, (0, 7)])
def test_fast_scoring_equals_the_learned_dot_product(
    text: str, target: str, holder: tuple[int, int] | None
) -> None:
    # The scorer regroups the weights for speed; it must add up to exactly the model
    # that the build script learned over stancedb.stance.features.
    scorer = TargetedScorer()
    args = (text, *_span(text, target), *(holder or (None, None)))
    fast = scorer.class_scores(*args)
    plain = scorer.class_scores(*args, via_features=True)
    assert fast == pytest.approx(plain, abs=1e-9)
