"""Quoted spans: text between quotation marks, paragraph by paragraph.

Handles curly (“ ”), straight (") and doubled-apostrophe ('') double quotation
marks, nested quotes of either kind, and quotes running over several paragraphs
(an opening mark at each paragraph start, the closing one only at the end),
reported one span per paragraph. Single quotation marks are left to the text of
the enclosing quote. An odd number of marks never loses the rest of the
document: an unclosed quote ends at its paragraph's end.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from stancedb.records import QuotedSpan, Segment, new_quoted_span

# Quotation marks, found in two steps for speed: each single-character mark
# with str.find (a fast string search: the regex engine tests a character class
# at every character, about five times slower), and doubled apostrophes only
# when the text has any. A doubled apostrophe is not part of a longer run on
# its left: three apostrophes are a single closing mark followed by a doubled one.
_MARK_CHARS = "“”„«»\""
_MARK_DOUBLED = re.compile(r"''(?!')|‘‘|’’")
_OPENERS = frozenset(("“", "„", "«", "‘‘"))
_CLOSERS = frozenset(("”", "»", "’’"))
# Characters after which a mark can open a quote / before which it can close one.
_BEFORE_OPEN = frozenset(" \t\u00a0([{—–-/:;‘'")
_AFTER_CLOSE = frozenset(" \t\u00a0,.;:!?)]}—–-’'…")


def _span(text: str, start: int, end: int, open_mark: int | None, close_mark: int | None) -> QuotedSpan | None:
    """A span with surrounding whitespace trimmed, or None when nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return None
    return new_quoted_span(start, end, open_mark, close_mark)


class _Open:
    """A mark that opened a quote: where it is and the quotes nested inside it."""

    __slots__ = ("end", "inner", "mark")

    def __init__(self, mark: int, end: int) -> None:
        self.mark = mark
        self.end = end
        self.inner: list[QuotedSpan] = []


def _restarts(text: str, mark: int, par_start: int) -> bool:
    """Whether the mark at ``mark`` follows the end of a sentence ('… partner. "I would')."""
    return mark - 2 >= par_start and text[mark - 1] == " " and text[mark - 2] in ".?!"


def _introduced(text: str, mark: int, par_start: int) -> bool:
    """Whether the mark at ``mark`` follows a colon ('… Mr Milburn said: "Michael')."""
    return mark - 2 >= par_start and text[mark - 1] == " " and text[mark - 2] == ":"


def _last_sentence_end(text: str, start: int, end: int) -> int | None:
    """Where the last sentence that ends between ``start`` and ``end`` ends (after its
    full stop, question or exclamation mark), or None when none ends there."""
    cut = max(text.rfind(". ", start, end), text.rfind("? ", start, end), text.rfind("! ", start, end))
    return cut + 1 if cut > start else None


def _marks(text: str) -> list[tuple[int, int, str]]:
    """Every quotation mark of ``text``: (start, end, mark), in order."""
    found = []
    kinds = 0
    for mark in _MARK_CHARS:
        pos = text.find(mark)
        if pos != -1:
            kinds += 1
        while pos != -1:
            found.append((pos, pos + 1, mark))
            pos = text.find(mark, pos + 1)
    if "''" in text or "‘‘" in text or "’’" in text:
        found += [(m.start(), m.end(), m.group()) for m in _MARK_DOUBLED.finditer(text)]
        kinds += 2
    if kinds > 1:
        found.sort()
    return found


def _paragraph_spans(
    text: str, start: int, end: int, marks: Sequence[tuple[int, int, str]]
) -> tuple[list[QuotedSpan], _Open | None]:
    """Closed quotes of one paragraph, and the outermost quote left open at its end."""
    spans: list[QuotedSpan] = []
    stack: list[_Open] = []
    value_end = -1  # the closing mark of a markup attribute's value
    for s, e, mark in marks:
        before = text[s - 1] if s > start else " "
        if s == value_end:
            continue
        if before == "=" and mark == '"':
            # '<a href="http://…">', '<tweet datetime="2016-06-29">' in scraped
            # text: an attribute's value, no quote (its closing mark would open one).
            value_end = text.find('"', e, end)
            continue
        after = text[e] if e < end else " "
        if after == ">" and mark == '"':
            continue  # the end of an attribute's value broken over a paragraph: '…2016 ¶ ">text'
        can_open = before in _BEFORE_OPEN and after not in _AFTER_CLOSE
        can_close = before not in " \t\u00a0" and (after in _AFTER_CLOSE or after in "\"”'")
        if not stack:
            if mark in _CLOSERS and not (can_open and not can_close):
                continue  # a stray closing mark
            if mark not in _OPENERS and mark not in _CLOSERS and can_close and not can_open:
                continue  # a straight mark that can only close: stray
            stack.append(_Open(s, e))
            continue
        closes = (
            mark in _CLOSERS
            or (mark in _OPENERS and can_close and not can_open)  # “ typed for ”
            or (mark not in _OPENERS and not (can_open and not can_close))
        )
        if not closes:
            if len(stack) == 1 and mark == '"' and text[stack[0].mark] == '"':
                if _restarts(text, s, start):
                    # 'said: "We won. "We will win again." ': a straight mark that opens a
                    # sentence inside a straight quote is a paragraph's opening mark where
                    # the text lost its paragraph breaks (BBC), not a nested quote (those
                    # take single marks): the quote so far is one piece, and goes on.
                    top = stack.pop()
                    span = _span(text, top.end, s, top.mark, None)
                    if span is not None:
                        spans.append(span)
                elif _introduced(text, s, start) and not stack[0].inner:
                    # '"We will learn. I have been sent off before. Smith is likely to
                    # play. Boss Joe Bloggs said: "Smith is an option."': a straight mark
                    # after a colon introduces a new quote; inside a straight quote it
                    # means the quote's closing mark was lost (BBC, with its paragraph
                    # breaks), not a nested quote (those take single marks). The lost
                    # mark was at a sentence end before the introducing sentence, at the
                    # latest: the open quote ends there, so it does not run on over the
                    # narrative and the quotes after it. (An open quote holding closed
                    # quotes was more likely a stray mark: see _settle_open.)
                    cut = _last_sentence_end(text, stack[0].end, s)
                    if cut is not None:
                        top = stack.pop()
                        span = _span(text, top.end, cut, top.mark, None)
                        if span is not None:
                            spans.append(span)
            stack.append(_Open(s, e))  # a quote inside a quote, a restart or a new quote
            continue
        top = stack.pop()
        span = _span(text, top.end, s, top.mark, s)
        if span is None:
            continue
        if stack:
            stack[-1].inner.append(span)
        else:
            spans.append(span)
    return spans, (stack[0] if stack else None)


def find_quoted_spans(text: str, paragraphs: Sequence[Segment]) -> list[QuotedSpan]:
    """All top-level quoted spans of ``text``, in order, one or more per paragraph."""
    out: list[QuotedSpan] = []
    marks = _marks(text)
    if not marks:
        return out
    starts = [m[0] for m in marks]
    pending: _Open | None = None  # a quote left open at the end of the previous paragraph
    pending_par: Segment | None = None
    hi = 0
    for par in paragraphs:
        if hi == len(marks) and pending is None:
            break  # no marks left and no quote left open: the other paragraphs hold no quote
        lo = bisect_left(starts, par.start, hi)
        hi = bisect_left(starts, par.end, lo)
        if lo == hi and pending is None:
            continue
        spans, left_open = _paragraph_spans(text, par.start, par.end, marks[lo:hi])
        if pending is not None and pending_par is not None:
            continued = lo < hi and starts[lo] == par.start and marks[lo][2] not in _CLOSERS
            out.extend(_settle_open(text, pending, pending_par, continued=continued))
        out.extend(spans)
        pending, pending_par = left_open, par
    if pending is not None and pending_par is not None:
        out.extend(_settle_open(text, pending, pending_par, continued=False))
    out.sort(key=lambda q: q.start)
    return out


def _settle_open(text: str, opened: _Open, par: Segment, *, continued: bool) -> list[QuotedSpan]:
    """A quote open at its paragraph's end: a continued multi-paragraph quote, or
    an unclosed one. An unclosed quote holding closed quotes inside was most
    likely a stray mark: its inner quotes are kept instead."""
    if not continued and opened.inner:
        return opened.inner
    span = _span(text, opened.end, par.end, opened.mark, None)
    return [span] if span is not None else []


def mark_end(text: str, pos: int) -> int:
    """Offset just after the quotation mark at ``pos``."""
    return pos + 2 if text.startswith(("\'\'", "\u2018\u2018", "\u2019\u2019"), pos) else pos + 1


def continues_into(text: str, span: QuotedSpan, nxt: QuotedSpan) -> bool:
    """True when ``nxt`` continues ``span`` in the next paragraph (or where the text
    lost its paragraph breaks, the next sentence: see ``_restarts``): ``span`` has
    no closing mark and only whitespace separates it from ``nxt``'s opening mark."""
    if span.close_mark is not None or nxt.open_mark is None or nxt.open_mark < span.end:
        return False
    between = text[span.end : nxt.open_mark]
    return bool(between) and between.isspace()
