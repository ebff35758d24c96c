"""Every command through Typer's CliRunner, with exact output and error messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stancedb.cli import app
from tests.conftest import SEED


def run(runner: CliRunner, db_url: str, *args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["--db", db_url, *args])


def test_ingest_then_reingest_adds_nothing(runner: CliRunner, db_url: str, articles_dir: Path) -> None:
    first = run(runner, db_url, "ingest", str(articles_dir), "--date", "2025-01-21")
    assert first.exit_code == 0, first.output
    assert "Ingested 2 new article(s), skipped 0 duplicate(s), 0 failed;" in first.output
    second = run(runner, db_url, "ingest", str(articles_dir))
    assert second.exit_code == 0
    assert "Ingested 0 new article(s), skipped 2 duplicate(s), 0 failed; stored 0 quote(s) and 0 stance(s)." in second.output
    count = run(runner, db_url, "sql", "SELECT count(*) AS n FROM articles", "--format", "csv")
    assert count.output == "n\n2\n"


def test_bad_inputs_are_errors_for_that_input_only(
    runner: CliRunner, db_url: str, articles_dir: Path, tmp_path: Path
) -> None:
    binary = tmp_path / "img.txt"
    binary.write_bytes(b"\x00\x01\x02PNG")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = run(runner, db_url, "ingest", str(articles_dir), str(binary), str(empty), "/nope")
    assert result.exit_code == 1
    assert f"Error: {binary}: binary file, not text" in result.output
    assert f"Error: {empty}: empty file" in result.output
    assert "Error: /nope: no such file or folder" in result.output
    assert "Ingested 2 new article(s), skipped 0 duplicate(s), 3 failed;" in result.output
    # The progress bar is not drawn into a pipe: stopping it there left an empty line.
    assert "\n\n" not in result.output
    errors = run(runner, db_url, "sql", "SELECT input FROM ingest_errors ORDER BY id", "-f", "csv")
    assert errors.output == f"input\n{binary}\n{empty}\n/nope\n"


@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_run_where_every_input_failed_says_nothing_was_done(
    runner: CliRunner, db_url: str, tmp_path: Path, command: str
) -> None:
    # Printed "1 input(s) in 0.9 s (0.9 s start-up): 97 articles/s." as if it had worked.
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = run(runner, db_url, command, str(empty), "/nope")
    assert result.exit_code == 1
    assert result.output == (f"Error: {empty}: empty file\n"
                             "Error: /nope: no such file or folder\n"
                             f"Error: nothing {command}ed: all 2 input(s) failed\n")


@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_inputs_without_an_article_say_so(
    runner: CliRunner, db_url: str, tmp_path: Path, command: str
) -> None:
    # A file of blank lines ingested "0 input(s)" and exited 0.
    blank = tmp_path / "blank.jsonl"
    blank.write_text("\n\n", encoding="utf-8")
    result = run(runner, db_url, command, str(blank))
    assert result.exit_code == 1
    assert result.output == f"Error: nothing {command}ed: the inputs hold no article\n"


def test_extract_prints_one_json_line_per_article(runner: CliRunner, articles_dir: Path) -> None:
    result = runner.invoke(app, ["extract", str(articles_dir / "a.txt")])
    assert result.exit_code == 0
    [line] = result.output.strip().splitlines()
    record = json.loads(line)
    assert record["id"] == str(articles_dir / "a.txt")
    quote = record["quotes"][0]
    text = (articles_dir / "a.txt").read_text(encoding="utf-8")
    assert text[quote["start"]:quote["end"]] == "These tariffs will hurt American farmers,"
    assert set(quote) >= {"start", "end", "text", "kind", "speaker", "speaker_start",
                          "speaker_end", "actor", "cue"}
    assert set(record) == {"id", "quotes", "stances"}


def test_extract_jsonl_uses_record_ids(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "rec-7", "text": "Nothing quoted here."}) + "\n",
                    encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path)])
    assert json.loads(result.output) == {"id": "rec-7", "quotes": [], "stances": []}


def test_sql_refuses_writes_and_changes_nothing(runner: CliRunner, db_url: str, articles_dir: Path) -> None:
    run(runner, db_url, "ingest", str(articles_dir))
    result = run(runner, db_url, "sql", "DELETE FROM articles")
    assert result.exit_code == 1
    assert result.output == "Error: refused: `stancedb sql` is read-only and this statement writes\n"
    count = run(runner, db_url, "sql", "SELECT count(*) AS n FROM articles", "-f", "json")
    assert json.loads(count.output) == [{"n": 2}]


def test_sql_reports_syntax_errors(runner: CliRunner, db_url: str, articles_dir: Path) -> None:
    run(runner, db_url, "ingest", str(articles_dir))
    result = run(runner, db_url, "sql", "SELEC 1")
    assert result.exit_code == 1
    assert result.output.startswith("Error: SQL error: ")


def test_sql_without_a_statement_is_an_error(runner: CliRunner, db_url: str) -> None:
    result = run(runner, db_url, "sql", " ")
    assert result.exit_code == 1
    assert result.output == "Error: no SQL statement given\n"


def test_reading_without_database_is_a_clear_error(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "none.sqlite3"
    result = runner.invoke(app, ["--db", f"sqlite:///{path}", "quotes"])
    assert result.exit_code == 1
    assert result.output == f"Error: no database at {path}; run `stancedb ingest PATH` first\n"
    assert not path.exists()


@pytest.mark.parametrize("args", [["quotes"], ["actors", "-f", "csv"], ["report", "matrix"],
                                  ["report", "changes"], ["report", "speakers"],
                                  ["report", "actor", "Putin"]])
def test_reading_an_empty_database_says_nothing_is_stored(
    runner: CliRunner, any_db_url: str, args: list[str]
) -> None:
    # Printed empty tables, or "no actor called 'Putin'", after an ingest that stored nothing.
    run(runner, any_db_url, "db", "upgrade")
    result = run(runner, any_db_url, *args)
    assert result.exit_code == 1
    assert result.output == ("Error: the database holds no article yet; "
                             "run `stancedb ingest PATH` first\n")
    # ... while the errors of that ingest can still be read.
    errors = run(runner, any_db_url, "sql", "SELECT count(*) AS n FROM ingest_errors", "-f", "csv")
    assert errors.output == "n\n0\n"


def test_seed_quotes_listing_formats(runner: CliRunner, db_url: str) -> None:
    run(runner, db_url, "ingest", str(SEED))
    as_json = json.loads(run(runner, db_url, "quotes", "--format", "json").output)
    texts = [q["text"] for q in as_json]
    assert any(t.startswith("We stand united") for t in texts)
    as_jsonl = run(runner, db_url, "quotes", "--format", "jsonl").output.strip().splitlines()
    assert [json.loads(x)["text"] for x in as_jsonl] == texts
    as_csv = run(runner, db_url, "quotes", "--format", "csv").output.splitlines()
    assert as_csv[0] == "id,date,speaker,kind,text,article_id,article,start,end"
    assert len(as_csv) == len(texts) + 1
    search = json.loads(run(runner, db_url, "quotes", "--search", "UNITED", "-f", "json").output)
    assert [q["text"][:15] for q in search] == ["We stand united", "Issues of the t"]


def test_unknown_speaker_suggests_close_names(runner: CliRunner, db_url: str) -> None:
    run(runner, db_url, "ingest", str(SEED))
    result = run(runner, db_url, "quotes", "--speaker", "Nobody Atall")
    assert result.exit_code == 1
    assert result.output.startswith("Error: no actor called 'Nobody Atall'")


def test_bad_date_option(runner: CliRunner, db_url: str) -> None:
    result = run(runner, db_url, "ingest", str(SEED), "--date", "21/01/2025")
    assert result.exit_code == 1
    assert result.output == "Error: --date '21/01/2025' is not a date (YYYY-MM-DD)\n"


@pytest.mark.parametrize("args", [["quotes"], ["report", "matrix"], ["report", "speakers"],
                                  ["report", "changes"], ["report", "actor", "Trump"],
                                  ["report", "timeline", "Trump", "Putin"]])
def test_since_after_until_is_an_error(runner: CliRunner, db_url: str, args: list[str]) -> None:
    # An empty report, as if nobody had said anything in a range that holds no day.
    run(runner, db_url, "ingest", str(SEED), "--date", "2025-01-21")
    result = run(runner, db_url, *args, "--since", "2025-02-01", "--until", "2025-01-01")
    assert result.exit_code == 1
    assert result.output == "Error: --since 2025-02-01 is after --until 2025-01-01\n"


def test_interrupted_ingest_says_what_to_do(
    runner: CliRunner, db_url: str, articles_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import stancedb.ingest

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(stancedb.ingest, "ingest", interrupted)
    result = run(runner, db_url, "ingest", str(articles_dir))
    assert result.exit_code == 130
    assert result.output == ("Interrupted: the articles stored so far stay; run the same "
                             "command again to add the rest.\n")


@pytest.mark.parametrize(("paths", "terminal", "said"), [
    (["-"], True, "Reading articles from standard input; end with Ctrl-D.\n"),
    (["-"], False, ""),  # a pipe
    (["news/"], True, ""),
])
def test_reading_standard_input_in_a_terminal_says_so(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    paths: list[str], terminal: bool, said: str,
) -> None:
    import io

    from stancedb.cli.ingest import stdin_hint

    class Stdin(io.StringIO):
        def isatty(self) -> bool:
            return terminal

    monkeypatch.setattr("sys.stdin", Stdin())
    stdin_hint(paths)
    assert capsys.readouterr().err == said


def test_unknown_encoding_is_one_error(runner: CliRunner, db_url: str, articles_dir: Path) -> None:
    # Was an "unknown encoding" error for every input file.
    result = run(runner, db_url, "ingest", str(articles_dir), "--encoding", "nonsense")
    assert result.exit_code == 1
    assert result.output == ("Error: --encoding 'nonsense' is not an encoding Python knows "
                             "(utf-8, cp1252, latin-1, ...)\n")


def test_db_commands(runner: CliRunner, db_url: str) -> None:
    up = run(runner, db_url, "db", "upgrade")
    assert up.exit_code == 0 and up.output.startswith("Database at ")
    current = run(runner, db_url, "db", "current")
    assert current.output.strip().endswith("(head)")
    down = run(runner, db_url, "db", "downgrade", "base")
    assert down.output == "Database at base.\n"
    history = run(runner, db_url, "db", "history")
    assert "base -> " in history.output


@pytest.mark.parametrize("command", ["current", "downgrade"])
def test_db_commands_do_not_create_a_missing_sqlite_file(
    runner: CliRunner, tmp_path: Path, command: str
) -> None:
    # A typo in the file name made an empty file and printed "base" (or, for downgrade,
    # "Relative revision -1 didn't produce 1 migrations").
    path = tmp_path / "typo.sqlite3"
    result = run(runner, f"sqlite:///{path}", "db", command)
    assert result.exit_code == 1
    assert result.output == f"Error: no database at {path}; run `stancedb ingest PATH` first\n"
    assert not path.exists()


def test_db_downgrade_without_a_schema_says_so(runner: CliRunner, db_url: str) -> None:
    run(runner, db_url, "db", "upgrade")
    run(runner, db_url, "db", "downgrade", "base")
    result = run(runner, db_url, "db", "downgrade")
    assert result.exit_code == 1
    assert result.output == "Error: the database has no stancedb schema: nothing to downgrade\n"


def _execute(url: str, statement: str) -> None:
    from sqlalchemy import text

    from stancedb.db.engine import make_engine

    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text(statement))
    engine.dispose()


def _assert_refused(runner: CliRunner, url: str, command: str, says: dict[str, str],
                    revision: str) -> None:
    """``db COMMAND`` fails with what the database ``says`` on one line; nothing changed."""
    result = run(runner, url, "db", command)
    assert result.exit_code == 1
    assert result.output == f"Error: database error: {says[url.split(':')[0].split('+')[0]]}\n"
    assert run(runner, url, "db", "current").output == f"{revision}\n"


def test_db_downgrade_refused_by_the_database_is_a_one_line_error(
    runner: CliRunner, any_db_url: str, articles_dir: Path
) -> None:
    # A view of the user's over a column the downgrade drops: PostgreSQL refuses with an
    # InternalError, which printed a traceback (only OperationalError was caught).
    run(runner, any_db_url, "ingest", str(articles_dir))
    run(runner, any_db_url, "db", "downgrade", "0003_unique_article_url")
    _execute(any_db_url, "CREATE VIEW my_runs AS SELECT id, articles_replaced FROM ingest_runs")
    _assert_refused(runner, any_db_url, "downgrade", {
        "sqlite": "error in view my_runs: no such table: main.ingest_runs",
        "postgresql": "cannot drop column articles_replaced of table ingest_runs because other "
                      "objects depend on it; DETAIL: view my_runs depends on column "
                      "articles_replaced of table ingest_runs; HINT: Use DROP ... CASCADE to "
                      "drop the dependent objects too.",
    }, "0003_unique_article_url (head is 0004_stance_evidence_text)")


def test_db_upgrade_refused_by_the_database_is_a_one_line_error_and_changes_nothing(
    runner: CliRunner, any_db_url: str, articles_dir: Path
) -> None:
    # Two articles with one URL, stored before URLs were unique: the new unique index is
    # refused (IntegrityError, a traceback before), and the database stays as it was.
    run(runner, any_db_url, "ingest", str(articles_dir))
    run(runner, any_db_url, "db", "downgrade", "0002_views")
    _execute(any_db_url, "UPDATE articles SET url = 'https://example.org/same'")
    _assert_refused(runner, any_db_url, "upgrade", {
        "sqlite": "UNIQUE constraint failed: articles.url",
        "postgresql": 'could not create unique index "ix_articles_url"; '
                      "DETAIL: Key (url)=(https://example.org/same) is duplicated.",
    }, "0002_views (head is 0004_stance_evidence_text)")
    count = run(runner, any_db_url, "sql", "SELECT count(*) AS n FROM articles", "-f", "csv")
    assert count.output == "n\n2\n"


@pytest.mark.parametrize(("command", "revision", "message"), [
    ("downgrade", "nonexistent", "Can't locate revision identified by 'nonexistent'"),
    ("upgrade", "+1", "Relative revision +1 didn't produce 1 migrations"),
])
def test_db_migration_to_an_unknown_revision_is_a_one_line_error(
    runner: CliRunner, db_url: str, command: str, revision: str, message: str
) -> None:
    run(runner, db_url, "db", "upgrade")
    result = run(runner, db_url, "db", command, revision)
    assert result.exit_code == 1
    assert result.output == f"Error: {message} (`stancedb db history` lists the revisions)\n"


@pytest.mark.parametrize("fmt", ["table", "csv", "json", "jsonl", "markdown"])
def test_reports_run_in_every_format(runner: CliRunner, db_url: str, fmt: str) -> None:
    run(runner, db_url, "ingest", str(SEED), "--date", "2025-01-21")
    for args in (["report", "matrix"], ["report", "changes", "--period", "week"], ["actors"]):
        result = run(runner, db_url, *args, "--format", fmt)
        assert result.exit_code == 0, (args, result.output)


@pytest.mark.parametrize("args", [
    ["quotes", "--limit", "-1"], ["actors", "--limit", "-1"], ["report", "matrix", "--limit", "-1"],
    ["report", "changes", "--limit", "-1"], ["report", "speakers", "--limit", "-1"],
    ["report", "actor", "Trump", "--examples", "-1"], ["ingest", "x.txt", "--max-chars", "-1"],
])
def test_negative_counts_are_refused(runner: CliRunner, db_url: str, args: list[str]) -> None:
    # --limit -1 dropped the last row of a report (rows[:-1]), listed every quote on SQLite
    # and was a database error on PostgreSQL; --examples -1 showed none without a word.
    result = run(runner, db_url, *args)
    assert result.exit_code == 2
    assert f"Invalid value for '{args[-2]}'" in result.output


@pytest.mark.parametrize(("content", "error"), [
    (b"", "{path}: no gold records"),
    ((b'{"id": "a", "text": "x", "quotes": [], "target_start": 0, "target_end": 1, "label": 0}'
     b'\n{"id": "b", "text": "open\n'),
     "{path}:2: not valid JSON (Unterminated string starting at column 21)"),
    (b"[1, 2]\n", "{path}:1: expected a JSON object"),
    (b'{"id": "a", "title": "T"}\n', "{path}:1: no 'text', {missing} (gold records hold {fields})"),
    (b"\xd0\x00\xff\n", "{path}: not UTF-8 text"),
])
@pytest.mark.parametrize("kind", ["quotes", "stance"])
def test_eval_of_a_file_that_is_not_gold_is_a_one_line_error(
    runner: CliRunner, tmp_path: Path, kind: str, content: bytes, error: str
) -> None:
    # A KeyError, JSONDecodeError or UnicodeDecodeError traceback, or all-zero scores.
    path = tmp_path / "gold.jsonl"
    path.write_bytes(content)
    missing, fields = {
        "quotes": ("'quotes' fields", "id, text, quotes"),
        "stance": ("'target_start', 'target_end', 'label' fields",
                   "id, text, target_start, target_end, label"),
    }[kind]
    result = runner.invoke(app, ["eval", kind, str(path)])
    assert result.exit_code == 1
    assert result.output == "Error: " + error.format(path=path, missing=missing, fields=fields) + "\n"


def _commands(group, prefix=()):  # type: ignore[no-untyped-def]
    import typer.main

    click_group = typer.main.get_command(group) if not hasattr(group, "commands") else group
    for name, command in click_group.commands.items():
        if hasattr(command, "commands"):
            yield from _commands(command, (*prefix, name))
        else:
            yield (*prefix, name), command


def test_every_command_has_help_ending_in_an_example() -> None:
    for path, command in _commands(app):
        assert command.help, path
        assert "Example: stancedb " in command.help.strip().splitlines()[-1], path


def test_help_names_arguments_and_values_as_the_text_does() -> None:
    # Usage lines read "{source} {into}" and "{paths}..." beside a text about "A" and "B";
    # dates showed as "<str>"; `stancedb actors --help` showed no example of listing them.
    import typer.main

    for path, command in _commands(app):
        for param in command.params:
            if param.param_type_name == "argument":
                assert param.metavar and param.metavar.isupper(), (path, param.name)
            elif param.name in ("since", "until", "date"):
                assert param.metavar == "YYYY-MM-DD", (path, param.name)
    actors = typer.main.get_command(app).commands["actors"]
    assert "Example: stancedb actors " in actors.help.strip().splitlines()[-1]


def test_help_texts_hold_no_rich_markup_tags() -> None:
    # Typer renders help as Rich markup: "(needs stancedb[plot])" came out as
    # "(needs stancedb)", a name that was no help at all.
    import re

    tag = re.compile(r"\[/?[a-z][\w ]*\]")
    for path, command in _commands(app):
        for text in [command.help or ""] + [getattr(p, "help", None) or "" for p in command.params]:
            assert not tag.search(text), (path, text)


def test_commands_without_a_database_do_not_import_the_database_layer() -> None:
    # --help, extract and eval start in a fraction of the second SQLAlchemy, SQLModel
    # and Alembic take to import; a module-level import in a command module would undo it.
    import subprocess
    import sys

    probe = (
        "import sys; from stancedb.cli import app; "
        "print(' '.join(m for m in ('sqlalchemy', 'sqlmodel', 'alembic') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_report_commands_do_not_import_alembic(runner: CliRunner, db_url: str, articles_dir: Path) -> None:
    # A report command checks the schema revision before it queries; reading it without
    # Alembic saves a third of a second of start-up on every report.
    import subprocess
    import sys

    assert run(runner, db_url, "ingest", str(articles_dir)).exit_code == 0
    probe = (
        "import sys; from stancedb.cli import app; "
        f"app(['--db', {db_url!r}, 'report', 'matrix', '--format', 'csv'], standalone_mode=False); "
        "print('alembic' in sys.modules, file=sys.stderr)"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.startswith("holder")  # the report ran
    assert result.stderr.strip().splitlines()[-1] == "False"


@pytest.mark.parametrize(("args", "expected"), [
    (["ingest", "news/", "--db", "sqlite:///n.db"], ["--db", "sqlite:///n.db", "ingest", "news/"]),
    (["report", "matrix", "--db=sqlite:///n.db", "-f", "csv"],
     ["--db=sqlite:///n.db", "report", "matrix", "-f", "csv"]),
    (["--db", "sqlite:///n.db", "quotes"], ["--db", "sqlite:///n.db", "quotes"]),
    (["sql", "--", "--db"], ["sql", "--", "--db"]),
    (["ingest", "--db"], ["ingest", "--db"]),  # no value: Typer says so
])
def test_db_option_after_the_command_is_moved_before_it(args: list[str], expected: list[str]) -> None:
    # "stancedb ingest news/ --db URL" was "No such option: --db (Possible options: --date)".
    from stancedb.cli import global_options_first

    assert global_options_first(args) == expected


def test_main_reads_db_option_after_the_command(
    tmp_path: Path, articles_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from stancedb.cli import main

    path = tmp_path / "late.sqlite3"
    monkeypatch.setattr("sys.argv", ["stancedb", "ingest", str(articles_dir), "--db",
                                     f"sqlite:///{path}"])
    with pytest.raises(SystemExit) as done:
        main()
    assert done.value.code == 0
    assert path.exists()


HINT = "give sqlite:///FILE or postgresql://USER@HOST[:PORT]/DATABASE"


@pytest.mark.parametrize("args", [["ingest", str(SEED)], ["report", "matrix"], ["sql", "SELECT 1"],
                                  ["db", "current"]])
@pytest.mark.parametrize(("url", "error"), [
    ("nonsense", f"Error: not a database URL: 'nonsense'; {HINT}\n"),
    # A traceback ending in SQLAlchemy's "Invalid SQLite URL".
    ("sqlite://news.sqlite3", f"Error: not a database URL: 'sqlite://news.sqlite3'; {HINT}\n"),
    ("mysql://u:secret@h/d",
     f"Error: cannot open 'mysql://u:***@h/d' (No module named 'MySQLdb'); {HINT}\n"),
])
def test_unusable_database_url_is_a_one_line_error(
    runner: CliRunner, args: list[str], url: str, error: str
) -> None:
    # A typo in --db printed a traceback ending in SQLAlchemy's ArgumentError.
    result = run(runner, url, *args)
    assert result.exit_code == 1
    assert result.output == error


@pytest.mark.parametrize("args", [
    ["report", "changes", "--output", "{missing}/changes.html"],
    ["report", "timeline", "Trump", "Putin", "--plot", "{missing}/chart.svg"],
])
def test_report_file_that_cannot_be_written_is_a_one_line_error(
    runner: CliRunner, db_url: str, tmp_path: Path, args: list[str]
) -> None:
    # Printed a traceback ending in FileNotFoundError (a cron job writing to a folder
    # that is not there, or not its own, gets PermissionError the same way).
    run(runner, db_url, "ingest", str(SEED), "--date", "2025-01-21")
    missing = tmp_path / "no-such-folder"
    args = [a.format(missing=missing) for a in args]
    result = run(runner, db_url, *args)
    assert result.exit_code == 1
    assert result.output.endswith(f"Error: {args[-1]}: No such file or directory\n")


def test_pivot_table_too_wide_keeps_the_first_targets_and_says_so(
    runner: CliRunner, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 200 targets were squeezed into 160 characters: a header of "┃┃┃┃" and empty cells.
    from stancedb.reports import render as render_module

    run(runner, db_url, "ingest", str(SEED))
    monkeypatch.setattr(render_module, "TABLE_WIDTH", 60)
    result = run(runner, db_url, "report", "matrix", "--pivot")
    assert result.exit_code == 0, result.output
    header = result.stdout.splitlines()[1]
    assert header.split("┃")[1:-1] == [" holder         ", " Vladimir Putin ", " Xi Jinping ",
                                       " China "]
    assert result.stderr == ("The first 3 of 6 targets fit the table; --min-count, --limit or "
                             "--format csv shows them all.\n")
