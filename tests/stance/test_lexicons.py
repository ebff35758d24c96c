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
