"""HTML pages and RSS/Atom feeds (optional extras), and the message when an extra is missing."""

from __future__ import annotations

import datetime as dt
import importlib
from pathlib import Path

import pytest

from stancedb.io import web
from stancedb.io.readers import iter_inputs

PARAGRAPHS = [
    ("The city council voted on Tuesday to expand the tram network to the northern suburbs, "
    "after two years of public consultation and a heated debate over the cost."),
    ("\u201cThis line will change how thousands of people get to work,\u201d Mayor Ellen Park "
    "said after the vote, adding that construction would begin next spring."),
    ("Opponents of the plan argued that the budget had been underestimated and that the money "
    "should go to buses instead, which serve more of the outlying districts today."),
]
PAGE = (
    "<html><head><title>Council backs tram plan | City News</title>"
    '<meta property="article:published_time" content="2024-03-05">'
    "</head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
    "<article><h1>Council backs tram plan</h1>"
    + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    + "</article><footer>Copyright City News</footer></body></html>"
)
RSS = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>City News</title>
<item><title>Council backs tram plan</title><link>https://news.example/tram</link>
<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
<description>&lt;p&gt;&#8220;This line will change everything,&#8221; the mayor said.&lt;/p&gt;&lt;p&gt;Work starts in spring &amp;amp; ends in 2027.&lt;/p&gt;</description></item>
<item><title>Empty</title><link>https://news.example/empty</link></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
<entry><title>Budget talks</title><link href="https://wire.example/b"/><id>urn:b</id>
<updated>2024-04-01T08:00:00Z</updated>
<content type="html">&lt;p&gt;The minister said talks would go on.&lt;/p&gt;</content></entry>
</feed>"""


def _items(path: Path) -> list:
    return list(iter_inputs([str(path)]))


def test_html_article_text_title_and_date(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    [item] = _items(path)
    article = item.article
    for paragraph in PARAGRAPHS:
        assert paragraph in article.text
    assert "Copyright" not in article.text and "Home" not in article.text
    assert article.title == "Council backs tram plan"
    assert article.published_at == dt.date(2024, 3, 5)


@pytest.mark.parametrize(("text", "suffix"), [(RSS, ".rss"), (ATOM, ".xml")])
def test_feeds(tmp_path: Path, text: str, suffix: str) -> None:
    pytest.importorskip("feedparser")
    path = tmp_path / f"feed{suffix}"
    path.write_text(text, encoding="utf-8")
    items = _items(path)
    first = items[0].article
    if suffix == ".rss":
        assert first.text == ("\u201cThis line will change everything,\u201d the mayor said.\n\n"
                              "Work starts in spring & ends in 2027.")
        assert (first.title, first.url, first.published_at, first.source) == (
            "Council backs tram plan", "https://news.example/tram", dt.date(2024, 3, 5),
            "City News")
        assert items[1].error == f"{path}[2]: feed entry has no text"
    else:
        assert first.text == "The minister said talks would go on."
        assert (first.id, first.published_at, first.source) == (
            "urn:b", dt.date(2024, 4, 1), "Wire")


@pytest.mark.parametrize(
    ("module", "name", "content", "message"),
    [
        ("trafilatura", "nav.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>",
         "no article text found in this page"),
        ("feedparser", "sitemap.xml", "<urlset><url><loc>x</loc></url></urlset>",
         "not an RSS or Atom feed with entries"),
    ],
)
def test_nothing_to_read(tmp_path: Path, module: str, name: str, content: str,
                         message: str) -> None:
    pytest.importorskip(module)
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    [item] = _items(path)
    assert item.error == f"{path}: {message}"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("page.html", PAGE, "reading HTML needs trafilatura: pip install 'stancedb[html]'"),
        ("feed.rss", RSS, "reading RSS/Atom feeds needs feedparser: pip install 'stancedb[feeds]'"),
    ],
)
def test_missing_extra_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, content: str, message: str
) -> None:
    real = importlib.import_module

    def without_extras(module: str, *args: object) -> object:
        if module in ("trafilatura", "feedparser"):
            raise ModuleNotFoundError(f"No module named {module!r}", name=module)
        return real(module, *args)

    monkeypatch.setattr(web.importlib, "import_module", without_extras)
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    [item] = _items(path)
    assert item.error == f"{path}: {message}"


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<p>One</p><p>Two &amp; three</p>", "One\n\nTwo & three"),
        ("a<br>b<script>x()</script>", "a\n\nb"),
        ("  spaced   out  ", "spaced out"),
    ],
)
def test_html_to_text(markup: str, expected: str) -> None:
    assert web.html_to_text(markup) == expected


def test_broken_extra_says_why(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(module: str, *args: object) -> object:
        raise ImportError("lxml.html.clean module is now a separate project lxml_html_clean.")

    monkeypatch.setattr(web.importlib, "import_module", broken)
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    [item] = _items(path)
    assert item.error == (
        f"{path}: reading HTML needs trafilatura, which cannot be imported (lxml.html.clean "
        "module is now a separate project lxml_html_clean.): pip install 'stancedb[html]'")
