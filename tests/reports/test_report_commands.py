"""The report commands through CliRunner, with exact output, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stancedb.cli import app


def run(runner: CliRunner, url: str, *args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["--db", url, *args])


CHANGES_CSV = """\
holder,target,period,mean,n,previous_period,previous_mean,previous_n,change,flagged
Vladimir Putin,NATO,2025-03-01,-0.6667,3,2025-01-01,-0.375,2,-0.2917,True
Jens Stoltenberg,Vladimir Putin,2025-04-01,-0.5,1,,,,,False
Joe Biden,Ukraine,2025-01-01,0.5,1,,,,,False
Joe Biden,Ukraine,2025-02-01,0.75,2,2025-01-01,0.5,1,0.25,False
Joe Biden,Vladimir Putin,2025-02-01,-0.25,1,,,,,False
Vladimir Putin,NATO,2025-01-01,-0.375,2,,,,,False
Vladimir Putin,NATO,2025-04-01,-0.5,1,2025-03-01,-0.6667,3,0.1667,False
"""


def test_changes_by_month(runner: CliRunner, reports_db: str) -> None:
    result = run(runner, reports_db, "report", "changes", "--period", "month",
                 "--min-count", "2", "--threshold", "0.25", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.output == CHANGES_CSV


def test_changes_by_week_for_one_holder_flagged_only(runner: CliRunner, reports_db: str) -> None:
    result = run(runner, reports_db, "report", "changes", "--period", "week", "--holder",
                 "Putin", "--flagged", "--format", "csv")
    assert result.output == (
        "holder,target,period,mean,n,previous_period,previous_mean,previous_n,change,flagged\n"
        "Vladimir Putin,NATO,2025-03-03,-0.625,2,2025-01-06,-0.375,2,-0.25,True\n"
        "Vladimir Putin,NATO,2025-03-31,-0.5,1,2025-03-24,-0.75,1,0.25,True\n"
        "Vladimir Putin,NATO,2025-03-24,-0.75,1,2025-03-03,-0.625,2,-0.125,True\n"
    )


def test_changes_by_quarter_since_until_and_limit(runner: CliRunner, reports_db: str) -> None:
    result = run(runner, reports_db, "report", "changes", "--period", "quarter", "--since",
                 "2025-01-15", "--until", "2025-04-30", "--target", "NATO", "--limit", "1",
                 "--format", "jsonl")
    assert [json.loads(line) for line in result.output.splitlines()] == [{
        "holder": "Vladimir Putin", "target": "NATO", "period": "2025-04-01", "mean": -0.5,
        "n": 1, "previous_period": "2025-01-01", "previous_mean": -0.6667, "previous_n": 3,
        "change": 0.1667, "flagged": True,
    }]


def test_timeline_resolves_aliases(runner: CliRunner, reports_db: str) -> None:
    result = run(runner, reports_db, "report", "timeline", "Putin",
                 "north atlantic treaty organization", "--min-count", "2", "--threshold", "0.25",
                 "--format", "csv")
    assert result.output == (
        "period,mean,n,previous_period,change,flagged\n"
        "2025-01-01,-0.375,2,,,False\n"
        "2025-03-01,-0.6667,3,2025-01-01,-0.2917,True\n"
        "2025-04-01,-0.5,1,2025-03-01,0.1667,False\n"
    )


def test_matrix_and_pivot(runner: CliRunner, reports_db: str) -> None:
    result = run(runner, reports_db, "report", "matrix", "--format", "csv")
    assert result.output == (
        "holder,target,mean,n,positive,neutral,negative\n"
        "Vladimir Putin,NATO,-0.5417,6,0,0,6\n"
        "Joe Biden,Ukraine,0.6667,3,3,0,0\n"
        "Jens Stoltenberg,Vladimir Putin,-0.5,1,0,0,1\n"
        "Joe Biden,Vladimir Putin,-0.25,1,0,0,1\n"
        "Vladimir Putin,Ukraine,-1.0,1,0,0,1\n"
    )
    pivot = run(runner, reports_db, "report", "matrix", "--pivot", "--format", "markdown")
    assert pivot.output == (
        "| holder | NATO | Ukraine | Vladimir Putin |\n"
        "|---|---|---|---|\n"
        "| Vladimir Putin | -0.54 | -1.00 |  |\n"
        "| Joe Biden |  | +0.67 | -0.25 |\n"
        "| Jens Stoltenberg |  |  | -0.50 |\n"
    )


def test_speakers_per_quarter(runner: CliRunner, reports_db: str) -> None:
    result = run(runner, reports_db, "report", "speakers", "--period", "quarter", "-f", "csv")
    assert result.output == (
        "speaker,quotes,2025-Q1,2025-Q2,undated\n"
        "Vladimir Putin,7,5,1,1\n"
        "Joe Biden,3,3,,\n"
        "Jens Stoltenberg,1,,1,\n"
    )
    top = run(runner, reports_db, "report", "speakers", "--since", "2025-02-01", "--limit", "1",
              "-f", "csv")
    # Columns are the periods in which the speakers shown were quoted.
    assert top.output == "speaker,quotes,2025-03,2025-04\nVladimir Putin,4,3,1\n"


def test_actor_report_links_examples_to_articles(runner: CliRunner, reports_db: str) -> None:
    result = run(runner, reports_db, "report", "actor", "Stoltenberg", "--format", "json")
    assert json.loads(result.output) == {
        "actor": "Jens Stoltenberg",
        "kind": "person",
        "said": [{"actor": "Vladimir Putin", "mean": -0.5, "n": 1, "positive": 0, "neutral": 0,
                  "negative": 1, "first": "2025-04-02", "last": "2025-04-02"}],
        "received": [],
        "said_examples": [{"date": "2025-04-02", "holder": "Jens Stoltenberg",
                           "target": "Vladimir Putin", "score": -0.5,
                           "text": "Putin is isolated,", "article_id": 6,
                           "article": "Stoltenberg replies", "url": "https://news.example/a6",
                           "start": 21, "end": 39}],
        "received_examples": [],
    }


def test_actor_report_examples_strongest_first(runner: CliRunner, reports_db: str) -> None:
    result = run(runner, reports_db, "report", "actor", "putin", "--examples", "1", "-f", "csv")
    assert result.output == (
        "section,actor,mean,n,positive,neutral,negative,first,last,date,holder,target,score,"
        "text,article_id,article,url,start,end\n"
        "said,NATO,-0.5417,6,0,0,6,2025-01-10,2025-04-02,,,,,,,,,,\n"
        "said,Ukraine,-1.0,1,0,0,1,,,,,,,,,,,,\n"
        "received,Jens Stoltenberg,-0.5,1,0,0,1,2025-04-02,2025-04-02,,,,,,,,,,\n"
        "received,Joe Biden,-0.25,1,0,0,1,2025-02-14,2025-02-14,,,,,,,,,,\n"
        "said_examples,,,,,,,,,2025-03-25,Vladimir Putin,NATO,-0.75,\"NATO is an aggressor,\","
        "5,Putin on the alliance,https://news.example/a5,23,44\n"
        "said_examples,,,,,,,,,,Vladimir Putin,Ukraine,-1.0,\"Ukraine is a mistake,\",7,"
        "Undated commentary,https://news.example/a7,20,41\n"
        "received_examples,,,,,,,,,2025-04-02,Jens Stoltenberg,Vladimir Putin,-0.5,"
        "\"Putin is isolated,\",6,Stoltenberg replies,https://news.example/a6,21,39\n"
        "received_examples,,,,,,,,,2025-02-14,Joe Biden,Vladimir Putin,-0.25,"
        "Biden also criticised Putin.,3,Biden visits Kyiv,https://news.example/a3,84,112\n"
    )


def test_example_offsets_point_into_the_article(runner: CliRunner, reports_db: str) -> None:
    result = run(runner, reports_db, "report", "actor", "Biden", "-f", "json")
    for example in json.loads(result.output)["said_examples"]:
        article = run(runner, reports_db, "sql", f"SELECT text FROM articles WHERE id = "
                      f"{example['article_id']}", "-f", "json")
        text = json.loads(article.output)[0]["text"]
        assert text[example["start"]:example["end"]] == example["text"]


@pytest.mark.parametrize("args", [
    ["report", "actor", "Putn"],
    ["report", "timeline", "Putn", "NATO"],
    ["report", "changes", "--holder", "Putn"],
    ["quotes", "--speaker", "Putn"],
])
def test_unknown_actor_is_a_clear_error(runner: CliRunner, sqlite_reports_db: str,
                                        args: list[str]) -> None:
    result = run(runner, sqlite_reports_db, *args)
    assert result.exit_code == 1
    assert result.output == "Error: no actor called 'Putn'; did you mean 'Vladimir Putin'?\n"


def test_bad_period_is_refused(runner: CliRunner, sqlite_reports_db: str) -> None:
    result = run(runner, sqlite_reports_db, "report", "changes", "--period", "year")
    assert result.exit_code == 2
    words = " ".join(result.output.replace("\u2502", " ").split())  # Typer boxes and wraps it
    assert "Invalid value for '--period'" in words
    assert "'year' is not one of 'day', 'week', 'month', 'quarter'" in words


def test_bad_date_is_refused(runner: CliRunner, sqlite_reports_db: str) -> None:
    result = run(runner, sqlite_reports_db, "report", "speakers", "--since", "2025-13-01")
    assert result.exit_code == 1
    assert result.output == "Error: --since '2025-13-01' is not a date (YYYY-MM-DD)\n"


@pytest.mark.parametrize("fmt", ["table", "csv", "json", "jsonl", "markdown"])
@pytest.mark.parametrize("args", [
    ["report", "matrix"], ["report", "matrix", "--pivot"], ["report", "changes"],
    ["report", "timeline", "Putin", "NATO"], ["report", "speakers"], ["report", "actor", "NATO"],
])
def test_every_report_in_every_format(runner: CliRunner, sqlite_reports_db: str, fmt: str,
                                      args: list[str]) -> None:
    result = run(runner, sqlite_reports_db, *args, "--format", fmt)
    assert result.exit_code == 0, result.output
    if fmt == "json":
        json.loads(result.output)
    if fmt == "jsonl":
        assert all(json.loads(line) for line in result.output.splitlines())


def test_sql_is_read_only_on_both_databases(runner: CliRunner, reports_db: str) -> None:
    refused = run(runner, reports_db, "sql", "DELETE FROM stances")
    assert refused.exit_code == 1
    assert refused.output == ("Error: refused: `stancedb sql` is read-only and this statement "
                              "writes\n")
    count = run(runner, reports_db, "sql", "SELECT count(*) AS n FROM v_stances", "-f", "csv")
    assert count.output == "n\n12\n"


def test_quotes_by_speaker_since(runner: CliRunner, reports_db: str) -> None:
    result = run(runner, reports_db, "quotes", "--speaker", "Putin", "--since", "2025-03-25",
                 "-f", "csv")
    assert result.output == (
        "id,date,speaker,kind,text,article_id,article,start,end\n"
        "10,2025-04-02,Vladimir Putin,direct,\"NATO provokes,\",6,Stoltenberg replies,60,74\n"
        "8,2025-03-25,Vladimir Putin,direct,\"NATO is an aggressor,\",5,Putin on the alliance,"
        "23,44\n"
    )
    empty = run(runner, reports_db, "quotes", "--speaker", "NATO", "-f", "csv")
    assert empty.output == "id,date,speaker,kind,text,article_id,article,start,end\n"


def test_reports_need_a_database(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "none.sqlite3"
    result = runner.invoke(app, ["--db", f"sqlite:///{path}", "report", "speakers"])
    assert result.output == f"Error: no database at {path}; run `stancedb ingest PATH` first\n"


def test_a_terminal_table_stops_at_table_rows(runner: CliRunner, sqlite_reports_db: str,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from stancedb.cli import report as report_cli

    monkeypatch.setattr(report_cli, "TABLE_ROWS", 2)
    table = run(runner, sqlite_reports_db, "report", "changes")
    assert table.stderr == "First 2 of 7 rows; --limit 0 or --format csv shows all.\n"
    assert table.stdout.count("\n│ ") == 2
    everything = run(runner, sqlite_reports_db, "report", "changes", "--limit", "0")
    assert everything.stderr == "" and everything.stdout.count("\n│ ") == 7
    as_csv = run(runner, sqlite_reports_db, "report", "matrix", "--format", "csv")
    assert as_csv.stderr == "" and len(as_csv.stdout.splitlines()) == 6
