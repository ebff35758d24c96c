"""The stance data files: verb stances, valences and function words as the scorer reads them."""

from __future__ import annotations

import pytest

from stancedb.stance.features import context
from stancedb.stance.lexicons import function_words, valences, verb_stances


@pytest.mark.parametrize(
    ("form", "sign"),
    [
        ("slammed", -1), ("criticised", -1), ("criticized", -1), ("condemns", -1),
        ("lambasting", -1), ("accused", -1), ("praised", 1), ("hails", 1), ("thanked", 1),
        ("welcoming", 1), ("said", 0), ("ask for", 1),
    ],
)
def test_verb_stance_sign(form: str, sign: int) -> None:
    value = verb_stances()[form]
    assert -1.0 <= value <= 1.0
    assert (value > 0) - (value < 0) == sign


def test_verb_forms_are_words() -> None:
    assert all(form[:1].isalpha() and len(form.split()) <= 2 for form in verb_stances())


@pytest.mark.parametrize(("word", "sign"), [("liar", -1), ("disaster", -1), ("praise", 1),
                                            ("great", 1)])
def test_valence_sign(word: str, sign: int) -> None:
    assert (valences()[word] > 0) - (valences()[word] < 0) == sign


def test_function_word_categories() -> None:
    words = function_words()
    assert {"negation", "contrast", "clause_break", "speech", "passive", "passive_aux"} <= set(words)
    assert {"not", "n't", "never"} <= words["negation"]
    assert "but" in words["contrast"]
    assert '"' in words["clause_break"]  # read without CSV quoting


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("They did not praise the plan", {"praise", "the", "plan"}),
        ("They did not, however, praise it", set()),  # a comma ends the negation
        ("Never a good sign for the mayor", {"a", "good", "sign"}),
    ],
)
def test_negation_scope(text: str, negated: set[str]) -> None:
    keys = [k for k in context(text).keys if k is not None]
    assert {k[4:] for k in keys if k.startswith("not_")} == negated


def test_negated_verb_flips_its_stance() -> None:
    ctx = context("Beijing did not condemn Washington.")
    assert ctx.verbs[ctx.tokens.words.index("condemn")] > 0


@pytest.mark.parametrize(
    ("text", "target", "present", "absent"),
    [
        ("Smith is popular, but critics call Jones a liar.", "Smith",
         {"role_before_contrast", "role_first"}, {"role_after_contrast", "role_in_quote"}),
        ("Smith is popular, but critics call Jones a liar.", "Jones",
         {"role_after_contrast"}, {"role_before_contrast", "role_first"}),
        ('He said "Jones is a liar" today.', "Jones", {"role_in_quote"}, {"role_speaker"}),
        ('He said "no" and Jones said nothing.', "Jones", {"role_speaker"}, {"role_in_quote"}),
        ("According to Jones, the plan failed.", "Jones", {"role_speaker"}, set()),
    ],
)
def test_role_features(text: str, target: str, present: set[str], absent: set[str]) -> None:
    from stancedb.stance.features import features

    start = text.index(target)
    found = {name for name, value in features(text, start, start + len(target)).items() if value}
    assert present <= found
    assert not absent & found


def test_beyond_contrast_sums_the_far_part() -> None:
    from stancedb.stance.features import features

    text = "Smith is popular, but critics call Jones a dangerous liar."
    f = features(text, 0, 5)
    # The part after "but" holds "dangerous" and "liar": negative valence beyond the contrast.
    assert f["val_beyond_contrast"] < 0
    assert features("Smith is popular.", 0, 5)["val_beyond_contrast"] == 0
