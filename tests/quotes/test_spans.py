"""Quoted spans: marks of every kind, nesting, multi-paragraph quotes, unbalanced marks."""

from __future__ import annotations

import pytest

from stancedb.quotes.spans import continues_into, find_quoted_spans
from stancedb.text import segment


def spans(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quoted_spans(text, segment(text).paragraphs)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We will win,” she said.", ["We will win,"]),
        ('"We will win," she said.', ["We will win,"]),
        ("''We will win,'' Mr. Cruz said.", ["We will win,"]),
        # nested single quotes stay inside the outer quote
        ("“He told me, ‘Go home,’ and left,” she said.", ["He told me, ‘Go home,’ and left,"]),
        ("''They said, 'Oh, this is important,''' Magel said.", ["They said, 'Oh, this is important,'"]),
        # nested straight double quotes
        (
            '"If somebody says, "I\'d like 10,000 rounds," you might be suspicious," he said.',
            ['If somebody says, "I\'d like 10,000 rounds," you might be suspicious,'],
        ),
        # several quotes in one paragraph, and mixed mark styles
        ("“A,” he said. “B.”", ["A,", "B."]),
        ("“It is shameful,\" Smegielski said.", ["It is shameful,"]),
        # a quote with no closing mark ends at its paragraph's end and loses nothing after it
        ("He said: “We are leaving now.\nThe next paragraph has “its own” quote.", ["We are leaving now.", "its own"]),
        # a stray opening mark before a paragraph with good quotes keeps the good ones
        ('"CNN ridiculed it as “political Stockholm Syndrome” and said, “He felt it.”', ["political Stockholm Syndrome", "He felt it."]),
        # text that lost its paragraph breaks (a straight mark opening each paragraph of a
        # quote, one closing the last): each piece is a span, and the narrative between
        # two quotes is no quote
        (
            'He said: "We won. "We will win again." Smith was calm. "It is over."',
            ["We won.", "We will win again.", "It is over."],
        ),
        # … and where the closing mark of such a piece was lost too, a new quote introduced
        # by a colon ends the open one at the sentence before it: neither runs on
        (
            'Lee said: "We won. We will win again. Smith is fit. The coach said: "He can play."',
            ["We won. We will win again. Smith is fit.", "He can play."],
        ),
        # (but an open quote holding a closed one was a stray mark: the closed one is kept)
        (
            'It was "bold, but not "enough to go on". She said: "No."',
            ["enough to go on", "No."],
        ),
        # a stray closing mark is ignored
        ("The mark here” is stray, but “this” is a quote.", ["this"]),
        # no space between a word and the opening mark
        ('He waxed poetic about"joint operations" today.', ["joint operations"]),
        # a markup attribute's value in scraped text is no quote, nor is its closing mark an opening one
        (
            '<tweet author="@jdoe" datetime="2016-06-29">Mr. Lee, who said it was "a good day," left.</tweet>',
            ["a good day,"],
        ),
        ('Watch it at <a href="http://video.example.com">the site</a>, "now."', ["now."]),
        # … also when the scrape broke the tag over a paragraph
        ('<tweet author="@jdoe" date="June 1, 2016\n\n">Great rally tonight!</tweet>.\n\nShe called it "fine."', ["fine."]),
        ("No quotes at all.", []),
    ],
)
def test_spans(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_multi_paragraph_quote_is_one_span_per_paragraph() -> None:
    text = "She said:\n\n“First part of it.\n\n“Second part of it.\n\n“Last part.”\n\nAfter."
    found = find_quoted_spans(text, segment(text).paragraphs)
    assert [text[s.start : s.end] for s in found] == [
        "First part of it.",
        "Second part of it.",
        "Last part.",
    ]
    assert [s.close_mark is None for s in found] == [True, True, False]
    assert continues_into(text, found[0], found[1]) and continues_into(text, found[1], found[2])


def test_offsets_exclude_the_marks() -> None:
    text = "Intro. ''Quoted words,'' he said."
    [span] = find_quoted_spans(text, segment(text).paragraphs)
    assert text[span.open_mark : span.start] == "''"
    assert text[span.end : span.close_mark + 2] == "''"


def test_a_piece_of_a_quote_that_lost_its_paragraph_break_continues_into_the_next() -> None:
    text = 'Lee said: "We won. "We will win again." Smith was calm.'
    first, second = find_quoted_spans(text, segment(text).paragraphs)
    assert first.close_mark is None
    assert continues_into(text, first, second)
