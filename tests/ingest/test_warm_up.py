"""warm_up does the start-up work of a long run: no regex is compiled after it."""

from __future__ import annotations

import gc
import re

import pytest

from stancedb.pipeline import analyze, warm_up
from stancedb.quotes import attribution, cues, speakers
from stancedb.records import Article

# Shapes that reach the lazily compiled patterns the warm-up article does not:
# a role phrase renamed between commas, a possessive speech noun, a work title.
ARTICLE = Article(text=(
    "Budget row deepens\n"
    "The FBI director, James B. Comey, recommended no charges. \u201cIt was careless,\u201d he said.\n"
    "The Vermont senator blasted the plan. Her remark that it was \u201cunfair\u201d stood.\n"
    "Clinton's campaign manager John Podesta told reporters: \u201cWe will win.\u201d\n"
    "Fans chanted \u201cFour more years\u201d as the band played its song \u201cHome\u201d.\n"
))


def _forget_compiled_patterns() -> None:
    """Empty every cache of the quote modules, as in a new process (other tests ran first)."""
    for module in (attribution, cues, speakers):
        for value in vars(module).values():
            if hasattr(value, "cache_clear"):
                value.cache_clear()


@pytest.fixture
def compiled(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    _forget_compiled_patterns()
    warm_up()
    gc.unfreeze()
    seen: list[str] = []
    original = re.compile

    def spy(pattern: str, flags: int = 0) -> re.Pattern[str]:
        seen.append(str(pattern)[:60])
        return original(pattern, flags)

    monkeypatch.setattr(re, "compile", spy)
    return seen


def test_no_regex_is_compiled_after_warm_up(compiled: list[str]) -> None:
    analysis = analyze(ARTICLE)
    assert analysis.quotes  # the article did reach the quote rules
    assert compiled == []
