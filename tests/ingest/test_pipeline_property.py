"""Random text thrown at the whole pipeline: no exception, every offset inside the text.

Ingest must survive whatever a real feed sends (unbalanced quotation marks, stray
control characters, mixed scripts), so the text is built from news-shaped pieces
(names, cue verbs, every kind of quotation mark) mixed with arbitrary characters.
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from stancedb.pipeline import analyze
from stancedb.records import Analysis, Article

PIECES = [
    "\u201c",
    "\u201d",
    "\u2018",
    "\u2019",
    '"',
    "'",
    "\u00ab",
    "\u00bb",
    "\u201e",
    "``",
    "''",
    " said ",
    " says ",
    " told reporters",
    " added",
    " according to ",
    ", he said.",
    " she said.",
    " they said.",
    "Senator Ann Lee",
    "President Vladimir Putin",
    "Putin",
    "Mr. Smith",
    "the spokesman",
    "Russia",
    "the European Union",
    "Chinese President Xi Jinping",
    " criticised ",
    " praised ",
    " condemned ",
    " welcomed ",
    "U.S.",
    "Dr.",
    "No. 10",
    ". ",
    ", ",
    ": ",
    "; ",
    " - ",
    " \u2014 ",
    "\n",
    "\n\n",
    "(",
    ")",
    "...",
    "?",
    "!",
    " we ",
    " will ",
    " not ",
    " great ",
    " terrible ",
    " the ",
    " and ",
    "2024",
    "\t",
]
CHARACTERS = st.characters(codec="utf-8", exclude_categories=("Cs",))
TEXTS = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(CHARACTERS, max_size=12)), max_size=60
).map("".join)


def _inside(text: str, start: int | None, end: int | None) -> bool:
    if start is None or end is None:
        return start is None and end is None
    return 0 <= start <= end <= len(text)


def check_offsets(analysis: Analysis) -> None:
    text = analysis.article.text
    for quote in analysis.quotes:
        assert _inside(text, quote.start, quote.end), quote
        assert text[quote.start : quote.end] == quote.text, quote
        assert _inside(text, quote.speaker_start, quote.speaker_end), quote
        assert _inside(text, quote.cue_start, quote.cue_end), quote
        assert _inside(text, quote.antecedent_start, quote.antecedent_end), quote
    assert len(analysis.speaker_actors) in (0, len(analysis.quotes))
    for mention in analysis.mentions:
        assert _inside(text, mention.start, mention.end), mention
    for stance in analysis.stances:
        assert _inside(text, stance.evidence_start, stance.evidence_end), stance
        assert -1.0 <= stance.score <= 1.0, stance
        if stance.quote_index is not None:
            assert 0 <= stance.quote_index < len(analysis.quotes), stance


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
# Found by this test: a title glued to the word before it ("reportersPresident").
@example(" told reportersPresident Vladimir Putin")
@example("0President Vladimir Putin\u201cPresident Vladimir Putin")
def test_pipeline_survives_random_text(text: str) -> None:
    check_offsets(analyze(Article(text=text)))
