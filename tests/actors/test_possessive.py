"""Possessive endings: which spellings each test of stancedb.actors.possessive accepts."""

from __future__ import annotations

import re

import pytest

from stancedb.actors import possessive


@pytest.mark.parametrize(
    ("word", "ends", "stripped"),
    [
        ("China’s", True, "China"),
        ("Post's", True, "Post"),
        ("Reuters’", False, "Reuters’"),  # a plural mark is no singular ending
        ("Reuters", False, "Reuters"),
    ],
)
def test_word_endings(word: str, ends: bool, stripped: str) -> None:
    assert possessive.ends(word) is ends
    assert possessive.strip(word) == stripped


@pytest.mark.parametrize(
    ("text", "singular_at", "singular_then_space", "plural_then_space"),
    [
        ("China’s foreign ministry", True, True, False),
        ("the Post's Ann Lee", True, True, False),
        ("Reuters’ Sam Lee", False, False, True),
        ("the Times' Ben Sisario", False, False, True),
        ("Obama’s.", True, False, False),  # no word goes on
        ("‘Trump’ said", False, False, False),  # a closing quote after no "s"
    ],
)
def test_marks_after_a_word(
    text: str, singular_at: bool, singular_then_space: bool, plural_then_space: bool
) -> None:
    # The offset right after the first word that a mark follows.
    i = re.search(r"\w[’']", text).start() + 1
    assert possessive.singular_at(text, i) is singular_at
    assert possessive.singular_then_space(text, i) is singular_then_space
    assert possessive.plural_then_space(text, i) is plural_then_space
    assert possessive.then_space(text, i) is (singular_then_space or plural_then_space)


def test_patterns() -> None:
    either = re.compile(rf"[A-Z]\w*?{possessive.EITHER_PATTERN} ")
    assert either.match("Reuters’ Sam").group() == "Reuters’ "
    assert either.match("Yahoo's Yonca").group() == "Yahoo's "
    assert either.match("Trump’ said") is None
    assert re.fullmatch(possessive.SINGULAR_PATTERN, "’s")
