"""Ingest into SQLite and PostgreSQL: dedupe, --force, workers, bad input, on both databases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from stancedb import ingest as ingest_module
from stancedb import pipeline
from stancedb.cli import app
from stancedb.db.engine import make_engine
from stancedb.ingest import ingest
from stancedb.io.readers import ReadOptions
from tests.ingest.helpers import article_text, snapshot, write_jsonl


def _ingest(url: str, paths: list[str], **kwargs: object) -> ingest_module.IngestSummary:
    engine = make_engine(url)
    try:
        return ingest(paths, engine=engine, **kwargs)  # type: ignore[arg-type]
    finally:
        engine.dispose()


def _scalar(url: str, sql: str) -> object:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text(sql)).scalar()
    finally:
        engine.dispose()


def test_two_workers_store_what_one_stores(
    any_db_url: str, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest_module, "RECYCLE_AFTER", 20)  # fresh workers twice on the way
    source = write_jsonl(tmp_path / "a.jsonl", 60)
    one = _ingest(db_url, [str(source)], batch_size=7)
    two = _ingest(any_db_url, [str(source)], batch_size=7, workers=2)
    assert (one.counts.new, two.counts.new) == (60, 60)
    assert two.counts.quotes == one.counts.quotes > 0
    assert two.counts.stances == one.counts.stances > 0
    assert snapshot(any_db_url) == snapshot(db_url)


def test_stored_articles_are_not_analysed_again(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write_jsonl(tmp_path / "a.jsonl", 10)
    _ingest(db_url, [str(source)])
    calls: list[str] = []
    real = pipeline.analyze
    monkeypatch.setattr(
        pipeline, "analyze", lambda a, **kw: (a.id and calls.append(a.id)) or real(a, **kw)
    )
    more = write_jsonl(tmp_path / "b.jsonl", 12)  # the same 10 and two more
    summary = _ingest(db_url, [str(more)])
    assert calls == ["a10", "a11"]
    assert (summary.counts.new, summary.counts.duplicate) == (2, 10)


def test_dedupe_by_url_and_within_a_batch(any_db_url: str, tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    records = [
        {"id": "1", "url": "https://x.example/1", "text": article_text(1)},
        {"id": "2", "url": "https://x.example/1", "text": article_text(2)},  # same URL
        {"id": "3", "text": article_text(1)},  # same text, no URL
        {"id": "4", "text": article_text(4)},
        {"id": "5", "text": article_text(5)},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    summary = _ingest(any_db_url, [str(path)], force=False)
    assert (summary.counts.new, summary.counts.duplicate) == (3, 2)
    again = _ingest(any_db_url, [str(path)])
    assert (again.counts.new, again.counts.duplicate) == (0, 5)
    assert _scalar(any_db_url, "SELECT count(*) FROM articles") == 3


def test_force_replaces_quotes_and_stances(any_db_url: str, tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "a.jsonl", 5)
    first = _ingest(any_db_url, [str(source)])
    before = snapshot(any_db_url)
    forced = _ingest(any_db_url, [str(source)], force=True)
    assert (forced.counts.new, forced.counts.replaced, forced.counts.duplicate) == (0, 5, 0)
    assert (forced.counts.quotes, forced.counts.stances) == (
        first.counts.quotes,
        first.counts.stances,
    )
    assert snapshot(any_db_url) == before  # replaced, not doubled
    # A stored URL with a new text: the article is updated and analysed again.
    changed = tmp_path / "b.jsonl"
    changed.write_text(
        json.dumps(
            {"url": "https://news.example/0", "title": "New title", "text": article_text(99)}
        )
        + "\n",
        encoding="utf-8",
    )
    assert _ingest(any_db_url, [str(changed)]).counts.duplicate == 1
    summary = _ingest(any_db_url, [str(changed)], force=True)
    assert summary.counts.replaced == 1
    assert (
        _scalar(any_db_url, "SELECT title FROM articles WHERE url = 'https://news.example/0'")
        == "New title"
    )
    assert _scalar(any_db_url, "SELECT count(*) FROM articles") == 5
    assert (
        _scalar(
            any_db_url,
            "SELECT count(*) FROM quotes q JOIN articles a "
            "ON a.id = q.article_id WHERE a.url = 'https://news.example/0' "
            "AND q.text LIKE '%story 0%'",
        )
        == 0
    )
    runs = _scalar(any_db_url, "SELECT sum(articles_replaced) FROM ingest_runs")
    assert runs == 6


def test_bad_inputs_on_both_databases(any_db_url: str, tmp_path: Path) -> None:
    """Each bad input is one error, stored; the text that PostgreSQL would refuse is cleaned
    the same way on both databases."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00")
    (folder / "empty.md").write_bytes(b"")
    (folder / "lines.jsonl").write_bytes(
        b'{"id": "nul", "text": "Nul\\u0000 in \\ud800 text.\\u0000"}\n'
        b"{broken\n"
        b'{"id": "ok", "text": "\\u201cUnbalanced quote, said nobody.\\n\\u201cAnd another."}\n'
    )
    (folder / "no_text.csv").write_text("body\nx\n", encoding="utf-8")
    (folder / "latin.txt").write_bytes("Caf\u00e9 t\u00eate-\u00e0-t\u00eate\n".encode("cp1252"))
    summary = _ingest(any_db_url, [str(folder)])
    assert sorted(e for _, e in summary.errors) == sorted(
        [
            f"{folder / 'binary.txt'}: binary file, not text",
            f"{folder / 'empty.md'}: empty file",
            (
                f"{folder / 'lines.jsonl'}:2: not valid JSON (Expecting property name enclosed in "
                "double quotes at column 2)"
            ),
            (
                f"{folder / 'no_text.csv'}: no column 'text' (columns: 'body'); choose one with "
                "--text-column"
            ),
        ]
    )
    assert summary.counts.new == 3
    assert _scalar(any_db_url, "SELECT count(*) FROM ingest_errors") == 4
    assert _scalar(any_db_url, "SELECT text FROM articles WHERE external_id = 'nul'") == (
        "Nul\ufffd in \ufffd text.\ufffd"
    )
    assert (
        _scalar(any_db_url, "SELECT text FROM articles WHERE external_id LIKE '%latin.txt'")
        == "Caf\u00e9 t\u00eate-\u00e0-t\u00eate\n"
    )


def test_long_article_is_capped_not_a_crash(db_url: str, tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("Long\n" + article_text(1) * 2_000, encoding="utf-8")
    summary = _ingest(db_url, [str(path)], options=ReadOptions(max_chars=20_000))
    assert summary.counts.new == 1 and not summary.errors
    assert _scalar(db_url, "SELECT length(text) FROM articles") <= 20_000


def test_cli_reads_stdin_and_reports_warnings(runner: CliRunner, db_url: str) -> None:
    data = (
        json.dumps({"id": "s1", "text": article_text(1) + "\u0000"})
        + "\n"
        + json.dumps({"id": "s2", "text": article_text(2)})
        + "\n"
    )
    result = runner.invoke(app, ["--db", db_url, "ingest", "-", "--workers", "1"], input=data)
    assert result.exit_code == 0, result.output
    assert "Warning: <stdin>:1: replaced 1 NUL character(s) with U+FFFD" in result.output
    assert "Ingested 2 new article(s), skipped 0 duplicate(s), 0 failed;" in result.output
    assert "articles/s" in result.output


def test_cli_csv_columns_and_force(runner: CliRunner, db_url: str, tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text(
        "body,headline\n" + "".join(f'"{article_text(i)}",Story {i}\n' for i in range(3)),
        encoding="utf-8",
    )
    args = [
        "--db",
        db_url,
        "ingest",
        str(path),
        "--text-column",
        "body",
        "--title-column",
        "headline",
    ]
    assert runner.invoke(app, args).exit_code == 0
    assert _scalar(db_url, "SELECT title FROM articles ORDER BY id LIMIT 1") == "Story 0"
    forced = runner.invoke(app, [*args, "--force"])
    assert (
        "Ingested 0 new article(s), analysed 3 stored article(s) again, "
        "skipped 0 duplicate(s), 0 failed;"
    ) in forced.output


def test_cli_unknown_input_format(runner: CliRunner, db_url: str) -> None:
    result = runner.invoke(app, ["--db", db_url, "ingest", "-", "--input-format", "pdf"])
    assert result.exit_code == 1
    assert result.output == (
        "Error: --input-format 'pdf' is not one of: text, json, jsonl, csv, html, feed\n"
    )


def test_an_article_the_database_refuses_is_an_error_of_its_own(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from stancedb.db import repository

    real = repository.quote_row

    def poisoned(quote, article_id, speaker_actor_id):  # type: ignore[no-untyped-def]
        row = real(quote, article_id, speaker_actor_id)
        # Longer than the column: PostgreSQL refuses the whole statement.
        return {**row, "kind": "x" * 50} if "poison" in quote.text else row

    monkeypatch.setattr(repository, "quote_row", poisoned)
    path = tmp_path / "a.jsonl"
    texts = [article_text(i) for i in range(5)]
    texts[2] = texts[2].replace("We remain hopeful", "We remain poison")
    path.write_text(
        "".join(json.dumps({"id": f"r{i}", "text": t}) + "\n" for i, t in enumerate(texts)),
        encoding="utf-8",
    )
    summary = _ingest(pg_url, [str(path)])
    assert summary.counts.new == 4
    [(where, error)] = summary.errors
    assert error.startswith(f"{where}: not stored (value too long for type character varying")
    assert _scalar(pg_url, "SELECT count(*) FROM ingest_errors") == 1


def test_an_article_that_kills_its_worker_is_an_error_of_its_own(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    real = pipeline.analyze

    def deadly(article, **options):  # type: ignore[no-untyped-def]
        if "DEADLY" in article.text:
            os._exit(1)  # as if the kernel had killed the worker (out of memory)
        return real(article, **options)

    # Patched before the workers are forked, so they run it.
    monkeypatch.setattr(pipeline, "analyze", deadly)
    path = tmp_path / "a.jsonl"
    texts = [article_text(i) for i in range(40)]
    texts[21] += "DEADLY\n"
    path.write_text(
        "".join(json.dumps({"id": f"r{i}", "text": t}) + "\n" for i, t in enumerate(texts)),
        encoding="utf-8",
    )
    summary = _ingest(db_url, [str(path)], workers=2)
    assert summary.counts.new == 39
    assert summary.errors == [
        (f"{path}:22", f"{path}:22: analysis failed (its worker process died)")
    ]


def test_cli_50_mb_article_is_capped_with_a_warning(
    runner: CliRunner, db_url: str, tmp_path: Path
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("Huge\n")
        for _ in range(250_000):
            handle.write(article_text(1).split("\n", 1)[1][:199] + "\n")  # 200 bytes a line
    size = path.stat().st_size
    assert size > 50_000_000
    result = runner.invoke(app, ["--db", db_url, "ingest", str(path), "--max-chars", "5000"])
    assert result.exit_code == 0, result.output
    assert f"Warning: {path}: file is {size:,} bytes; only the first " in result.output
    assert "Ingested 1 new article(s)" in result.output
    assert _scalar(db_url, "SELECT length(text) FROM articles") <= 5000
