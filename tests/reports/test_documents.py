"""The changes report as a file (Markdown, HTML with charts, JSON) and the timeline plots."""

from __future__ import annotations

import builtins
import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stancedb.cli import app
from stancedb.reports.changes import ranked, stance_changes
from stancedb.reports.charts import PlotUnavailable, png_chart, svg_chart
from stancedb.reports.document import ChangesReport

D = dt.date
GENERATED = dt.datetime(2025, 5, 1, 6, 0, tzinfo=dt.UTC)


def series(holder: str, target: str, points: list[tuple[int, float, int]]) -> list[dict]:
    return [{"holder": holder, "target": target, "period": D(2025, m, 1), "mean": mean, "n": n}
            for m, mean, n in points]


ROWS = ranked(stance_changes(
    series("Ann Lee", "Acme", [(1, 0.5, 4), (3, -0.25, 5), (4, -0.25, 2)])
    + series("Bob Roe", "Acme", [(1, 0.0, 1), (2, 0.25, 1)]),
    min_count=3, threshold=0.5))
PARAMETERS = {"period": "month", "since": None, "min-count": 3, "threshold": 0.5}


def report(**kwargs: object) -> ChangesReport:
    return ChangesReport(ROWS, period="month", parameters=PARAMETERS, generated_at=GENERATED,
                         **kwargs)  # type: ignore[arg-type]


def test_markdown_report() -> None:
    assert report().markdown() == """\
# Stance changes by month

Generated 2025-05-01T06:00:00+00:00; period month, min-count 3, threshold 0.5.

1 flagged change(s) in 1 of 2 holder → target pair(s).

## Flagged changes, largest first

| holder | target | period | mean | n | previous_period | previous_mean | previous_n | change |
|---|---|---|---|---|---|---|---|---|
| Ann Lee | Acme | 2025-03 | -0.25 | 5 | 2025-01 | +0.50 | 4 | -0.75 |

## Ann Lee → Acme

| period | mean | n | change | flagged |
|---|---|---|---|---|
| 2025-01 | +0.50 | 4 |  | no |
| 2025-03 | -0.25 | 5 | -0.75 | yes |
| 2025-04 | -0.25 | 2 | +0.00 | no |
"""


def test_json_report() -> None:
    document = json.loads(report().json())
    assert document["flagged"] == [{
        "holder": "Ann Lee", "target": "Acme", "period": "2025-03-01", "mean": -0.25, "n": 5,
        "previous_period": "2025-01-01", "previous_mean": 0.5, "previous_n": 4, "change": -0.75}]
    assert document["series"][0]["holder"] == "Ann Lee"
    assert [p["period"] for p in document["series"][0]["periods"]] == [
        "2025-01-01", "2025-03-01", "2025-04-01"]
    assert (document["pairs"], document["generated_at"]) == (2, "2025-05-01T06:00:00+00:00")


def test_html_report_is_self_contained_with_a_chart_per_flagged_pair() -> None:
    html = report().html()
    assert html.startswith("<!DOCTYPE html>")
    assert html.count("<svg ") == 1
    assert "<h2>Ann Lee → Acme</h2>" in html
    # Nothing is loaded from elsewhere: no scripts, stylesheets or images by URL.
    for attribute in ("src=", "href=", "@import", "<script"):
        assert attribute not in html


def test_no_flag_says_so() -> None:
    quiet = ChangesReport(ROWS, period="month", parameters={}, generated_at=GENERATED)
    quiet.flagged, quiet.pairs = [], []
    assert quiet.summary().endswith("No change exceeded the threshold with enough observations.")


def test_chart_limit_is_said() -> None:
    assert report(max_charts=0).summary() == (
        "1 flagged change(s) in 1 of 2 holder → target pair(s). "
        "Series shown for the first 0 flagged pairs.")


def test_svg_shows_gaps_as_dashed_lines_and_counts_as_bars() -> None:
    points = [r for r in ROWS if r["holder"] == "Ann Lee"]
    points.sort(key=lambda r: r["period"])
    svg = svg_chart(points, period="month", title="Ann Lee → Acme")
    assert svg.count("<circle ") == 3  # January, March, April; February is a gap
    assert svg.count("<rect ") == 3
    assert svg.count('stroke-dasharray="4 3"') == 1  # January → March, across the gap
    assert "<title>2025-03: mean -0.25, n=5, change -0.75</title>" in svg
    assert ">2025-02</text>" in svg  # the gap still has its place on the axis


def test_png_without_matplotlib_is_a_clear_error(monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path) -> None:
    real_import = builtins.__import__

    def no_matplotlib(name: str, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if name.startswith("matplotlib"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_matplotlib)
    with pytest.raises(PlotUnavailable) as exc:
        png_chart(ROWS[:1], period="month", title="t", path=tmp_path / "x.png")
    assert str(exc.value) == (
        "a PNG plot needs matplotlib, which is not installed: pip install 'stancedb[plot]' "
        "(or plot to an .svg file, which needs nothing)")


def test_png_with_matplotlib(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib", reason="the optional extra stancedb[plot] is not installed")
    path = tmp_path / "x.png"
    points = sorted((r for r in ROWS if r["holder"] == "Ann Lee"), key=lambda r: r["period"])
    png_chart(points, period="month", title="Ann Lee → Acme", path=path)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def run(runner: CliRunner, url: str, *args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["--db", url, *args])


@pytest.mark.parametrize("suffix", [".md", ".html", ".json"])
def test_changes_output_file(runner: CliRunner, sqlite_reports_db: str, tmp_path: Path,
                             suffix: str) -> None:
    path = tmp_path / f"changes{suffix}"
    result = run(runner, sqlite_reports_db, "report", "changes", "--min-count", "2",
                 "--threshold", "0.25", "--output", str(path))
    assert result.exit_code == 0, result.output
    assert result.output == (f"Wrote {path}: 1 flagged change(s) in 1 of 4 holder → target "
                             "pair(s).\n")
    content = path.read_text(encoding="utf-8")
    assert "Vladimir Putin" in content and "NATO" in content


def test_changes_output_needs_a_known_suffix(runner: CliRunner, sqlite_reports_db: str,
                                             tmp_path: Path) -> None:
    result = run(runner, sqlite_reports_db, "report", "changes", "--output",
                 str(tmp_path / "x.pdf"))
    assert result.exit_code == 1
    assert result.output == "Error: cannot write a report to x.pdf: give a .md, .html or .json file\n"


def test_timeline_plot_svg(runner: CliRunner, sqlite_reports_db: str, tmp_path: Path) -> None:
    path = tmp_path / "putin-nato.svg"
    result = run(runner, sqlite_reports_db, "report", "timeline", "Putin", "NATO", "--plot",
                 str(path), "-f", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("period,mean,n,")
    svg = path.read_text(encoding="utf-8")
    assert "<title>Vladimir Putin → NATO: mean stance by month</title>" in svg
    assert svg.count("<circle ") == 3


@pytest.mark.parametrize(("args", "message"), [
    (["Putin", "Biden", "--plot", "x.svg"],
     "Error: nothing to plot: no dated stances of Vladimir Putin toward Joe Biden\n"),
    (["Putin", "NATO", "--plot", "x.gif"],
     "Error: cannot plot to x.gif: give a .png or .svg file\n"),
])
def test_timeline_plot_errors(runner: CliRunner, sqlite_reports_db: str, args: list[str],
                              message: str) -> None:
    result = run(runner, sqlite_reports_db, "report", "timeline", *args)
    assert result.exit_code == 1
    assert result.output == message
