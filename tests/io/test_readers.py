"""Reading inputs: every good article is read, every bad input is one clear error."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from stancedb.io.readers import Columns, ReadOptions, iter_inputs, parse_date


def _items(paths: list[str], options: ReadOptions | None = None) -> list:
    return list(iter_inputs(paths, options))


def test_text_file_keeps_whole_content_and_title(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Headline here\nBody \u201cquoted\u201d text.", encoding="utf-8")
    [item] = _items([str(path)], ReadOptions(source="Wire", date=dt.date(2025, 1, 21)))
    assert item.article.text == "Headline here\nBody \u201cquoted\u201d text."
    assert item.article.title == "Headline here"
    assert item.article.source == "Wire"
    assert item.article.published_at == dt.date(2025, 1, 21)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file, not text"),
        ("\u201cCaf\u00e9\u201d".encode() + b" soci\xe9t\xe9\n",
         "not valid UTF-8 (byte 0xe9 at offset 16); give --encoding or re-save it as UTF-8"),
        (b"", "empty file"),
        (b"  \n\n ", "empty file"),
    ],
)
def test_bad_text_files(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    [item] = _items([str(path)])
    assert item.article is None
    assert item.error == f"{path}: {message}"


def test_missing_path() -> None:
    [item] = _items(["/no/such/place.txt"])
    assert item.error == "/no/such/place.txt: no such file or folder"


def test_jsonl_bad_line_does_not_lose_the_others(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    good = {"id": "r1", "title": "T", "date": "2016-09-12", "source": "S", "url": "u",
            "text": "Body."}
    path.write_text(
        json.dumps(good) + "\n{not json\n" + json.dumps({"id": "r3"}) + "\n"
        + json.dumps({"id": "r4", "text": "x", "date": "12/09/2016"}) + "\n"
        + json.dumps({**good, "id": "r5"}) + "\n",
        encoding="utf-8",
    )
    items = _items([str(path)])
    assert [i.article.id if i.article else i.error for i in items] == [
        "r1",
        f"{path}:2: not valid JSON (Expecting property name enclosed in double quotes at column 2)",
        f"{path}:3: no 'text' field with the article text",
        f"{path}:4: date '12/09/2016' is not an ISO date (YYYY-MM-DD)",
        "r5",
    ]
    assert items[0].article.published_at == dt.date(2016, 9, 12)
    assert items[0].article.url == "u"


def test_folder_reads_articles_recursively_and_skips_private_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("B\nbody", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A\nbody", encoding="utf-8")
    (tmp_path / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "lexicon.tsv").write_text("x\ty", encoding="utf-8")
    items = _items([str(tmp_path)])
    assert [Path(i.input).name for i in items] == ["a.txt", "b.md"]


def test_seeds_folder_holds_only_the_sample_articles() -> None:
    """`stancedb ingest seeds/` must not read the shipped data files as articles."""
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    items = _items([str(seeds)])
    assert [Path(i.input).name for i in items] == ["000_b70482fa468ef9dd.txt"]
    assert all(i.article is not None for i in items)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2016-09-12", dt.date(2016, 9, 12)), ("2016-09-12T10:00:00Z", dt.date(2016, 9, 12)),
     (None, None), ("", None)],
)
def test_parse_date(value: str | None, expected: dt.date | None) -> None:
    assert parse_date(value) == expected


# --- text files: title line and header lines ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title", "date", "source", "url"),
    [
        ("Plain headline\nBody.", "Plain headline", None, None, None),
        ("Date: 2025-01-21\nSource: Wire\nURL: https://example.org/a\n\nHeadline\n\nBody.",
         "Headline", dt.date(2025, 1, 21), "Wire", "https://example.org/a"),
        ("Headline\nDate: 2025-01-21\nSource: Wire\n\nBody.", "Headline", dt.date(2025, 1, 21),
         "Wire", None),
        ("---\ntitle: Front matter title\ndate: 2024-02-03\n---\n# Heading\nBody.",
         "Front matter title", dt.date(2024, 2, 3), None, None),
        ("# Markdown heading\n\nBody.", "Markdown heading", None, None, None),
        # Not a known header key: the line is the title.
        ("Breaking: markets fall\nBody.", "Breaking: markets fall", None, None, None),
        ("Published: Mon, 12 Sep 2016 10:00:00 GMT\nLink: http://x.org/1\nT\nB",
         "T", dt.date(2016, 9, 12), None, "http://x.org/1"),
    ],
)
def test_text_headers(tmp_path: Path, text: str, title: str, date: dt.date | None,
                      source: str | None, url: str | None) -> None:
    path = tmp_path / "a.md"
    path.write_text(text, encoding="utf-8")
    [item] = _items([str(path)])
    article = item.article
    assert (article.title, article.published_at, article.source, article.url) == (
        title, date, source, url)
    # Offsets stay into the whole file: the headers are part of the stored text.
    assert article.text == text


def test_bad_header_date_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Date: yesterday\nT\nBody", encoding="utf-8")
    [item] = _items([str(path)])
    assert item.error == f"{path}: date 'yesterday' is not an ISO date (YYYY-MM-DD)"


# --- JSON, gzipped JSON lines, CSV -----------------------------------------------------------


def test_json_error_says_where(tmp_path: Path) -> None:
    # "not valid JSON (Invalid control character at)": the parser's message ends in "at".
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "x1", "text": "a tab\there"}\n{"text": "open\n', encoding="utf-8")
    assert [i.error for i in _items([str(path)])] == [
        f"{path}:1: not valid JSON (Invalid control character at column 28)",
        f"{path}:2: not valid JSON (Unterminated string starting at column 10)",
    ]


def test_json_array_and_bad_json(tmp_path: Path) -> None:
    good = tmp_path / "a.json"
    good.write_text(json.dumps([{"text": "One."}, {"text": "Two.", "url": "u2"}, 3]),
                    encoding="utf-8")
    bad = tmp_path / "b.json"
    bad.write_text('{"text": "x",', encoding="utf-8")
    items = _items([str(good), str(bad)])
    assert [i.article.text if i.article else i.error for i in items] == [
        "One.", "Two.", f"{good}[3]: expected a JSON object",
        (f"{bad}: not valid JSON (Expecting property name enclosed in double quotes at "
         "column 14, line 1)"),
    ]


def test_jsonl_gz_is_streamed(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for i in range(3):
            handle.write(json.dumps({"id": f"r{i}", "text": f"Body {i}."}) + "\n")
    assert [i.article.id for i in _items([str(path)])] == ["r0", "r1", "r2"]


def test_truncated_gzip_keeps_what_was_read(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl.gz"
    data = gzip.compress(b"".join(
        json.dumps({"id": f"r{i}", "text": "x" * 50 + str(i)}).encode() + b"\n"
        for i in range(2000)))
    path.write_bytes(data[: len(data) // 2])
    items = _items([str(path)])
    assert items[0].article.id == "r0"
    assert items[-1].error == f"{path}: truncated gzip file"


def test_jsonl_bad_bytes_nul_and_surrogates(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(
        b'{"id": "nul", "text": "A\\u0000B"}\n'
        b'{"id": "sur", "text": "lone \\ud83d here", "title": "T\\u0000"}\n'
        b'{"id": "bad", "text": "\xe2\x80\x9cok\xe2\x80\x9d \xff"}\n'
    )
    items = _items([str(path)])
    assert items[0].article.text == "A\ufffdB"
    assert items[0].warnings == (f"{path}:1: replaced 1 NUL character(s) with U+FFFD",)
    assert items[1].article.text == "lone \ufffd here"
    assert items[1].article.title == "T\ufffd"
    assert items[2].error == (f"{path}:3: not valid UTF-8 (byte 0xff at offset 32); "
                              "give --encoding or re-save it as UTF-8")


CSV = (
    "headline,body,published,link,extra\n"
    'First,"He said: ""We will win.""\nSecond paragraph.",2024-05-01,http://x.org/1,a\n'
    "Second,,2024-05-02,http://x.org/2,b\n"
)


def test_csv_columns_chosen_by_options(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text(CSV, encoding="utf-8")
    columns = Columns(text="body", title="headline", date="published", url="link")
    items = _items([str(path)], ReadOptions(columns=columns))
    first = items[0].article
    assert first.text == 'He said: "We will win."\nSecond paragraph.'
    assert (first.title, first.published_at, first.url) == (
        "First", dt.date(2024, 5, 1), "http://x.org/1")
    assert items[1].error == f"{path}:4: no 'body' field with the article text"


def test_csv_without_the_text_column(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text(CSV, encoding="utf-8")
    [item] = _items([str(path)])
    assert item.error == (
        f"{path}: no column 'text' (columns: 'headline', 'body', 'published', 'link', 'extra'); "
        "choose one with --text-column")


def test_csv_in_utf16(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes("text,title\nCaf\u00e9 talk,T\n".encode("utf-16"))
    [item] = _items([str(path)])
    assert item.article.text == "Caf\u00e9 talk"


# --- paths: globs, standard input, formats forced ---------------------------------------------


def test_globs_and_missing_patterns(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "b.txt").write_text("B\nbody", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A\nbody", encoding="utf-8")
    (tmp_path / "c.tsv").write_text("no", encoding="utf-8")
    items = _items([str(tmp_path / "**" / "*.txt"), str(tmp_path / "*.nothing")])
    assert [Path(i.input).name if i.article else i.error for i in items] == [
        "a.txt", "b.txt", f"{tmp_path / '*.nothing'}: no file matches this pattern"]


READ = "(read: .txt .md .json .jsonl .ndjson .csv .html .htm .rss .atom .xml, and these gzipped)"


def test_folder_or_pattern_without_an_input_is_an_error(tmp_path: Path) -> None:
    # A folder of PDFs (or a pattern matching only them) was read as nothing, without a word.
    pdfs = tmp_path / "pdfs"
    (pdfs / "sub").mkdir(parents=True)
    (pdfs / "sub" / "report.pdf").write_bytes(b"%PDF-1.4")
    (pdfs / ".hidden.txt").write_text("Hidden\nbody", encoding="utf-8")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "a.txt").write_text("A\nbody", encoding="utf-8")
    pattern = str(pdfs / "**" / "*")
    items = _items([str(pdfs), pattern, str(tmp_path / "notes")])
    assert [Path(i.input).name if i.article else i.error for i in items] == [
        f"{pdfs}: no file to read in this folder {READ}",
        f"{pattern}: no file to read matches this pattern {READ}",
        "a.txt",
    ]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"Headline\nBody text.\n", ["Headline\nBody text.\n"]),
        (b'{"text": "One."}\n{"text": "Two."}\n', ["One.", "Two."]),
        (b'[{"text": "One."}]', ["One."]),
    ],
)
def test_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes, expected: list[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert [i.article.text for i in _items(["-"])] == expected


def test_input_format_overrides_the_suffix(tmp_path: Path) -> None:
    path = tmp_path / "export.dat"
    path.write_text('{"text": "One."}\n', encoding="utf-8")
    [item] = _items([str(path)], ReadOptions(input_format="jsonl"))
    assert item.article.text == "One."


def test_huge_article_is_capped_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    line = "Word " * 19 + "end.\n"  # 100 characters
    with path.open("w", encoding="utf-8") as handle:
        handle.write("Huge\n")
        for _ in range(500_000):  # 50 MB
            handle.write(line)
    [item] = _items([str(path)], ReadOptions(max_chars=10_000))
    assert len(item.article.text) <= 10_000
    assert item.article.text.endswith("end.\n")
    kept = len(item.article.text)
    assert kept > 9_000
    assert item.warnings == (
        (f"{path}: file is 50,000,005 bytes; only the first {kept:,} characters are kept "
        "(--max-chars 10000)"),)


def test_unbalanced_quotes_are_read_as_they_are(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    text = "T\n\u201cWe will not stop, said the mayor.\nShe said \u201cno\u201d and \u201cyes.\n"
    path.write_text(text, encoding="utf-8")
    [item] = _items([str(path)])
    assert item.article.text == text


def test_deeply_nested_json_line(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text("[" * 100_000 + "\n" + json.dumps({"text": "Fine."}) + "\n", encoding="utf-8")
    items = _items([str(path)])
    assert [i.error or i.article.text for i in items] == [
        f"{path}:1: not valid JSON (nested too deeply)", "Fine."]


def test_json_document_longer_than_the_cap_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text(json.dumps([{"text": f"Article {i}. " + "word " * 50} for i in range(100)]),
                    encoding="utf-8")
    items = _items([str(path)], ReadOptions(max_chars=100))
    assert len(items) == 100
    assert all(len(i.article.text) <= 100 for i in items)


def test_symlink_loops_and_endless_inputs(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("X\nbody", encoding="utf-8")
    (tmp_path / "a" / "loop").symlink_to(tmp_path)
    assert [Path(i.input).name for i in _items([str(tmp_path)])] == ["x.txt"]
    # A device never ends: read only as far as the cap needs.
    [item] = _items(["/dev/zero"], ReadOptions(max_chars=1000, input_format="text"))
    assert item.error == "/dev/zero: binary file, not text"
