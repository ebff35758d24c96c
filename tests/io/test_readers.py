"""Reading inputs: every good article is read, every bad input is one clear error."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from stancedb.io.readers import ReadOptions, iter_inputs, parse_date


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
        (b"Caf\xe9 society\n", "not valid UTF-8 (byte 0xe9 at offset 3); re-save it as UTF-8"),
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
        f"{path}:2: not valid JSON",
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
