"""HTML pages (trafilatura) and RSS/Atom feeds (feedparser): the optional extras.

Both libraries are imported only when such an input is read, so the core
package works without them; without one, each such input is a one-line error
that says which extra to install.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from html.parser import HTMLParser
from types import ModuleType

from stancedb.io.decode import BINARY_SNIFF_BYTES, DecodeError, decode_bytes

Fields = dict[str, object]
# Tags that end a paragraph when feed-entry HTML is flattened to text.
_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
               "blockquote", "tr", "table", "section", "article", "header", "footer", "pre"}
_SKIPPED_TAGS = {"script", "style", "noscript", "template"}
# trafilatura falls back to any text it finds (a menu, a cookie notice); fewer
# words than this is no article.
MIN_ARTICLE_WORDS = 10


def _optional(module: str, extra: str, what: str) -> ModuleType | str:
    """The module, or the one-line message that says how to get it."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        advice = f"pip install 'stancedb[{extra}]'"
        if isinstance(exc, ModuleNotFoundError) and exc.name == module:
            return f"reading {what} needs {module}: {advice}"
        # Installed but broken (a dependency of its own missing): say which.
        reason = str(exc).splitlines()[0]
        return f"reading {what} needs {module}, which cannot be imported ({reason}): {advice}"


def read_html(data: bytes, name: str, encoding: str | None = None) -> Fields | str:
    """The article text, title, date and URL of an HTML page, or an error message."""
    trafilatura = _optional("trafilatura", "html", "HTML")
    if isinstance(trafilatura, str):
        return trafilatura
    try:
        page = decode_bytes(data, encoding).text
    except DecodeError as exc:
        return str(exc)
    if not page.strip():
        return "empty file"
    document = trafilatura.bare_extraction(
        page, with_metadata=True, include_comments=False, include_tables=False
    )
    text = getattr(document, "text", None) if document is not None else None
    if not text or len(text.split()) < MIN_ARTICLE_WORDS:
        return "no article text found in this page"
    return {
        "text": text,
        "title": getattr(document, "title", None),
        "date": getattr(document, "date", None),
        "url": getattr(document, "url", None),
        "source": getattr(document, "sitename", None),
    }


def read_feed(data: bytes, name: str) -> Iterator[tuple[str, Fields | str]]:
    """(where, fields or error message) for each entry of an RSS or Atom feed."""
    feedparser = _optional("feedparser", "feeds", "RSS/Atom feeds")
    if isinstance(feedparser, str):
        yield name, feedparser
        return
    if b"\x00" in data[:BINARY_SNIFF_BYTES]:
        yield name, "binary file, not text"
        return
    feed = feedparser.parse(data)
    if not feed.entries:
        reason = f" ({feed.bozo_exception})" if feed.get("bozo") else ""
        yield name, f"not an RSS or Atom feed with entries{reason}".splitlines()[0]
        return
    outlet = feed.feed.get("title")
    for number, entry in enumerate(feed.entries, start=1):
        where = f"{name}[{number}]"
        text = entry_text(entry)
        if not text.strip():
            yield where, "feed entry has no text"
            continue
        yield where, {
            "text": text,
            "id": entry.get("id") or entry.get("link"),
            "title": entry.get("title"),
            "date": entry.get("published_parsed") or entry.get("updated_parsed"),
            "url": entry.get("link"),
            "source": outlet,
        }


def entry_text(entry: dict) -> str:
    """The fullest text of a feed entry (its content, else its summary), as plain text."""
    for part in entry.get("content") or []:
        if part.get("value", "").strip():
            return _as_text(part["value"], part.get("type", ""))
    summary = entry.get("summary_detail") or {}
    return _as_text(entry.get("summary", ""), summary.get("type", "text/html"))


def _as_text(value: str, mime: str) -> str:
    return html_to_text(value) if "html" in mime else value.strip()


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self.skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment: one paragraph per block, spaces collapsed."""
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    raw = "".join(collector.parts)
    paragraphs = (" ".join(p.split()) for p in raw.split("\n"))
    return "\n\n".join(p for p in paragraphs if p)
