"""Possessive endings, as the actor stage reads them: one place for their spellings.

A *singular* possessive is "’s" or "'s" after its word ("China’s", "the Post's"); a
*plural* one is the apostrophe alone after a word's final "s" ("Reuters’", "the Times'",
"Workers' Union"). News writes both the typographic "’" and the typewriter "'".

The tests that look at the text after a word want a space after the mark: a word goes on
there ("China’s Foreign Ministry"), where a mark before a full stop or a closing quote
ends the phrase.
"""

from __future__ import annotations

# The endings of a word in the singular possessive.
SINGULAR = ("’s", "'s")
# A singular possessive or a plural one, as a regex piece after a word's letters (the "s"
# of a plural is the word's own: "Reuters’" matches at its "s’").
EITHER_PATTERN = "(?:[’']s|s[’'])"
# A singular possessive, as an optional regex piece.
SINGULAR_PATTERN = "[’']s"

_SINGULAR_THEN_SPACE = ("’s ", "'s ")
_PLURAL_THEN_SPACE = ("’ ", "' ")


def ends(word: str) -> bool:
    """Whether ``word`` ends in a singular possessive ("senator’s", "Post's")."""
    return word.endswith(SINGULAR)


def strip(word: str) -> str:
    """``word`` without the singular possessive it ends in ("China’s" → "China")."""
    return word[:-2] if word[-2:] in SINGULAR else word


def singular_at(text: str, i: int) -> bool:
    """Whether a singular possessive mark starts at ``i``, whatever follows it."""
    return text[i : i + 2] in SINGULAR


def singular_then_space(text: str, i: int) -> bool:
    """Whether "’s " or "'s " starts at ``i``: the word before ``i`` owns what follows."""
    return text.startswith(_SINGULAR_THEN_SPACE, i)


def plural_then_space(text: str, i: int) -> bool:
    """Whether "’ " or "' " starts at ``i`` after an "s": "Reuters’ Sam Lee"."""
    return i > 0 and text[i - 1] == "s" and text.startswith(_PLURAL_THEN_SPACE, i)


def then_space(text: str, i: int) -> bool:
    """Whether a singular or plural possessive and a space start at ``i``."""
    return singular_then_space(text, i) or plural_then_space(text, i)
