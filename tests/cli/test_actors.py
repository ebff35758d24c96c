"""``stancedb actors`` fixes (merge, alias add) and ``stancedb rescore`` respecting them."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from stancedb.cli import app
from tests.conftest import SEED


def run(runner: CliRunner, db_url: str, *args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["--db", db_url, *args])


def _quote_speakers(runner: CliRunner, db_url: str) -> list[str | None]:
    rows = json.loads(run(runner, db_url, "quotes", "-f", "json").output)
    return sorted(r["speaker"] or "" for r in rows)


def test_pronouns_are_not_stored_as_aliases(runner: CliRunner, db_url: str) -> None:
    run(runner, db_url, "ingest", str(SEED))
    aliases = run(runner, db_url, "sql", "SELECT alias FROM actor_aliases", "-f", "json").output
    assert "He" not in [r["alias"] for r in json.loads(aliases)]


def test_merge_moves_quotes_and_survives_rescore(runner: CliRunner, db_url: str) -> None:
    run(runner, db_url, "ingest", str(SEED))
    result = run(runner, db_url, "actors", "merge", "Ushakov", "Vladimir Putin")
    assert result.exit_code == 0, result.output
    assert result.output == "Merged 'Yury Ushakov' into 'Vladimir Putin'.\n"
    speakers = _quote_speakers(runner, db_url)
    assert "Yury Ushakov" not in speakers
    rescored = run(runner, db_url, "rescore")
    assert rescored.exit_code == 0, rescored.output
    assert rescored.output.startswith("Rescored 1 article(s) with ")
    assert _quote_speakers(runner, db_url) == speakers
    names = json.loads(run(runner, db_url, "actors", "-f", "json").output)
    assert "Yury Ushakov" not in [a["name"] for a in names]


def test_merge_same_actor_is_an_error(runner: CliRunner, db_url: str) -> None:
    run(runner, db_url, "ingest", str(SEED))
    result = run(runner, db_url, "actors", "merge", "Putin", "Vladimir Putin")
    assert result.exit_code == 1
    assert result.output == (
        "Error: 'Putin' and 'Vladimir Putin' are both 'Vladimir Putin'; nothing to merge\n"
    )


def test_alias_add_resolves_in_queries(runner: CliRunner, db_url: str) -> None:
    run(runner, db_url, "ingest", str(SEED))
    result = run(runner, db_url, "actors", "alias", "add", "Vladimir Putin", "VVP")
    assert result.output == "'VVP' now names 'Vladimir Putin'.\n"
    by_alias = json.loads(run(runner, db_url, "quotes", "--speaker", "vvp", "-f", "json").output)
    by_name = json.loads(run(runner, db_url, "quotes", "--speaker", "Vladimir Putin",
                             "-f", "json").output)
    assert by_alias == by_name and by_name


def test_unknown_actor_in_merge(runner: CliRunner, db_url: str) -> None:
    run(runner, db_url, "ingest", str(SEED))
    result = run(runner, db_url, "actors", "merge", "Nobody Special", "Putin")
    assert result.exit_code == 1
    assert result.output.startswith("Error: no actor called 'Nobody Special'")


def test_surname_joins_the_one_stored_full_name(runner: CliRunner, db_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    first = tmp_path / "first.txt"
    first.write_text("Vote\n\u201cWe will win this vote,\u201d said Senator Marta Quillfeather.\n",
                     encoding="utf-8")
    second = tmp_path / "second.txt"
    second.write_text("Later\n\u201cThe count is not over,\u201d Quillfeather said.\n",
                      encoding="utf-8")
    run(runner, db_url, "ingest", str(first))
    run(runner, db_url, "ingest", str(second))
    quotes = json.loads(run(runner, db_url, "quotes", "-f", "json").output)
    assert sorted(q["speaker"] for q in quotes) == ["Marta Quillfeather", "Marta Quillfeather"]


def test_later_ingest_respects_an_alias(runner: CliRunner, db_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    run(runner, db_url, "ingest", str(SEED))
    run(runner, db_url, "actors", "alias", "add", "Vladimir Putin", "Grumbleton")
    later = tmp_path / "later.txt"
    later.write_text("Call\n\u201cWe will talk again soon,\u201d Grumbleton said.\n",
                     encoding="utf-8")
    result = run(runner, db_url, "ingest", str(later))
    assert result.exit_code == 0, result.output
    rows = json.loads(run(runner, db_url, "quotes", "--search", "talk again", "-f", "json").output)
    assert [r["speaker"] for r in rows] == ["Vladimir Putin"]
