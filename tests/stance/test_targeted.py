"""The target-aware scorer on hand-written sentences in the shapes of news.

Each row is (text, target, expected label) or, with a holder, (text, holder,
target, expected label): the sentence-level sentiment toward a target, negation,
contrast between clauses, several targets in one sentence, and direction (who
criticises whom; the one who speaks is not the target of what is said).
"""

from __future__ import annotations

import pytest

from stancedb.stance import get_scorer


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


NEWS = [
    ("Senator Jane Holloway criticised Governor Mark Tate over the botched rollout.",
     "Mark Tate", "negative"),
    ("Protesters accused Prime Minister Ana Silva of corruption and abuse of power.",
     "Ana Silva", "negative"),
    ("The ministry praised Ambassador Li Wei for his tireless work on the peace deal.",
     "Li Wei", "positive"),
    ("Critics say Mayor Daniel Ortiz has failed the city's poorest residents.",
     "Daniel Ortiz", "negative"),
    ("Mayor Daniel Ortiz arrived in Brussels on Tuesday for two days of talks.",
     "Daniel Ortiz", "neutral"),
    ("Chancellor Olaf Berger will meet the French president in Paris next week.",
     "Olaf Berger", "neutral"),
    ("Supporters cheered as Senator Maria Lopez won a landslide victory in the state.",
     "Maria Lopez", "positive"),
    ("Governor Tom Reyes was indicted on fraud charges on Thursday.", "Tom Reyes", "negative"),
    ("Voters overwhelmingly trust Governor Helen Park to handle the crisis.",
     "Helen Park", "positive"),
    ("The scandal has badly damaged the reputation of Minister Paul Grant.",
     "Paul Grant", "negative"),
    ("Senator Jane Holloway said the tariffs were a disaster for farmers.",
     "Jane Holloway", "neutral"),
]

# Each pair: the same sentence with and without a negation.
NEGATION = [
    ("Officials blamed Governor Helen Park for the floods.", "Helen Park", "negative"),
    ("Officials did not blame Governor Helen Park for the floods.", "Helen Park", "neutral"),
    ("Voters say Mayor Daniel Ortiz is a competent leader.", "Daniel Ortiz", "positive"),
    ("Voters say Mayor Daniel Ortiz is not a competent leader.", "Daniel Ortiz", "negative"),
    ("Mayor Daniel Ortiz is popular with voters.", "Daniel Ortiz", "positive"),
    ("Mayor Daniel Ortiz isn't popular with voters.", "Daniel Ortiz", "negative"),
]

# Several targets in one sentence, on either side of "but" / "while".
REYES_LOPEZ = ("Governor Tom Reyes faced a disastrous week, while Senator Maria Lopez won "
               "praise for her calm leadership.")
GRANT_VOSS = ("Minister Paul Grant is popular at home, but critics abroad call Carl Voss a "
              "dangerous liar.")
CONTRAST = [
    (REYES_LOPEZ, "Maria Lopez", "positive"),
    (REYES_LOPEZ, "Tom Reyes", "negative"),
    (GRANT_VOSS, "Carl Voss", "negative"),
]

# (text, holder, target, expected): holder → target.
DIRECTED = [
    ("Senator Jane Holloway criticised Governor Mark Tate over the botched rollout.",
     "Jane Holloway", "Mark Tate", "negative"),
    ("Senator Jane Holloway criticised Governor Mark Tate over the botched rollout.",
     "Mark Tate", "Jane Holloway", "neutral"),
    ("Beijing condemned Washington for the new sanctions.", "Beijing", "Washington", "negative"),
    ("Beijing condemned Washington for the new sanctions.", "Washington", "Beijing", "neutral"),
    ("The president praised Japan for its generous support.", "president", "Japan", "positive"),
    ("The president praised Japan for its generous support.", "Japan", "president", "neutral"),
    ("Moscow accused Kyiv of shelling the plant.", "Moscow", "Kyiv", "negative"),
    ("Kyiv was accused by Moscow of shelling the plant.", "Moscow", "Kyiv", "negative"),
    ("Kyiv was accused by Moscow of shelling the plant.", "Kyiv", "Moscow", "neutral"),
    ("Senator Maria Lopez thanked Canada for its help during the floods.",
     "Maria Lopez", "Canada", "positive"),
    ("Senator Maria Lopez met Canada's foreign minister on Monday.",
     "Maria Lopez", "Canada", "neutral"),
    ("Tehran did not criticise Riyadh in its statement on Sunday.", "Tehran", "Riyadh", "neutral"),
    # The one who says it is not the target of the criticism in what is said.
    ("The spokesman said Brussels had betrayed its partners, Ushakov told reporters.",
     "Brussels", "Ushakov", "neutral"),
]


@pytest.mark.parametrize(("text", "target", "expected"), NEWS + NEGATION + CONTRAST)
def test_sentiment_toward_target(text: str, target: str, expected: str) -> None:
    assert get_scorer().score(text, *_span(text, target)).label == expected


@pytest.mark.parametrize(("text", "holder", "target", "expected"), DIRECTED)
def test_direction(text: str, holder: str, target: str, expected: str) -> None:
    result = get_scorer().score(text, *_span(text, target), *_span(text, holder))
    assert result.label == expected


def test_evidence_names_the_verb() -> None:
    text = "Beijing condemned Washington for the new sanctions."
    result = get_scorer().score(text, *_span(text, "Washington"), *_span(text, "Beijing"))
    assert "condemned" in result.evidence
    assert any(e.startswith("rule:verb_obj_neg") for e in result.evidence)


def test_speaker_rule_is_explained() -> None:
    # Without the rule the model leans negative here; the rule keeps the speaker out.
    text = "The spokesman said Brussels had betrayed its partners, Ushakov told reporters."
    result = get_scorer().score(text, *_span(text, "Ushakov"), *_span(text, "Brussels"))
    assert result.score >= 0.0
