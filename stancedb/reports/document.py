"""The stance-changes report as a self-contained file: Markdown, HTML (with a chart
per flagged pair) or JSON, for a cron job to write.

Everything the report needs is inside the file: the HTML carries its style and its
SVG charts inline, and loads nothing from the network.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from html import escape
from pathlib import Path
from typing import Any

from stancedb.reports.changes import flagged_pairs
from stancedb.reports.charts import UnsupportedOutput, svg_chart
from stancedb.reports.periods import period_label
from stancedb.reports.render import Format, cell, plain, render

Row = dict[str, Any]

DOCUMENT_SUFFIXES = (".md", ".html", ".json")
FLAG_COLUMNS = ["holder", "target", "period", "mean", "n", "previous_period", "previous_mean",
                "previous_n", "change"]
SERIES_COLUMNS = ["period", "mean", "n", "change", "flagged"]
STYLE = """
body { font-family: sans-serif; margin: 2em auto; max-width: 60em; color: #222; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
th, td { border: 1px solid #ccc; padding: 0.2em 0.6em; text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.params { color: #555; }
"""


def _labelled(row: Row, period: str) -> Row:
    """The row with its periods named (2025-03, 2025-W04) rather than dated."""
    out = dict(row)
    for key in ("period", "previous_period"):
        if out.get(key) is not None:
            out[key] = period_label(out[key], period)
    return out


def _series_by_pair(rows: Sequence[Row]) -> dict[tuple[str, str], list[Row]]:
    series: dict[tuple[str, str], list[Row]] = {}
    for row in rows:
        series.setdefault((row["holder"], row["target"]), []).append(row)
    for points in series.values():
        points.sort(key=lambda r: r["period"])
    return series


class ChangesReport:
    """Ranked change rows (``reports.changes.ranked``) with the options that made them."""

    def __init__(self, rows: Sequence[Row], *, period: str, parameters: dict[str, Any],
                 generated_at: dt.datetime, max_charts: int = 25) -> None:
        self.rows = list(rows)
        self.period = period
        self.parameters = parameters
        self.generated_at = generated_at
        self.max_charts = max_charts
        self.flagged = [r for r in self.rows if r["flagged"]]
        self.pairs = flagged_pairs(self.rows)
        self.series = _series_by_pair(self.rows)

    @property
    def title(self) -> str:
        return f"Stance changes by {self.period}"

    def summary(self) -> str:
        pairs = len(self.series)
        charted = min(len(self.pairs), self.max_charts)
        text = (f"{len(self.flagged)} flagged change(s) in {len(self.pairs)} of {pairs} "
                f"holder → target pair(s).")
        if charted < len(self.pairs):
            text += f" Series shown for the first {charted} flagged pairs."
        if not self.flagged:
            text += " No change exceeded the threshold with enough observations."
        return text

    def parameter_text(self) -> str:
        given = ", ".join(f"{k} {v}" for k, v in self.parameters.items() if v is not None)
        return f"Generated {self.generated_at.isoformat(timespec='seconds')}; {given}."

    def charted_pairs(self) -> list[tuple[str, str]]:
        return self.pairs[: self.max_charts]

    def markdown(self) -> str:
        lines = [f"# {self.title}", "", self.parameter_text(), "", self.summary(), ""]
        if self.flagged:
            lines += ["## Flagged changes, largest first", "",
                      render([_labelled(r, self.period) for r in self.flagged], Format.markdown,
                             FLAG_COLUMNS)]
        for holder, target in self.charted_pairs():
            lines += [f"## {holder} → {target}", "",
                      render([_labelled(r, self.period) for r in self.series[holder, target]],
                             Format.markdown, SERIES_COLUMNS)]
        return "\n".join(lines).rstrip("\n") + "\n"

    def html(self) -> str:
        body = [f"<h1>{escape(self.title)}</h1>",
                f'<p class="params">{escape(self.parameter_text())}</p>',
                f"<p>{escape(self.summary())}</p>"]
        if self.flagged:
            body += ["<h2>Flagged changes, largest first</h2>",
                     html_table([_labelled(r, self.period) for r in self.flagged], FLAG_COLUMNS)]
        for holder, target in self.charted_pairs():
            series = self.series[holder, target]
            body += [f"<h2>{escape(holder)} → {escape(target)}</h2>",
                     svg_chart(series, period=self.period,
                               title=f"{holder} → {target}: mean stance by {self.period}"),
                     html_table([_labelled(r, self.period) for r in series], SERIES_COLUMNS)]
        return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                f"<title>{escape(self.title)}</title>\n<style>{STYLE}</style>\n</head>\n"
                "<body>\n" + "\n".join(body) + "\n</body>\n</html>\n")

    def json(self) -> str:
        document = {
            "report": "stance changes",
            "period": self.period,
            "generated_at": self.generated_at.isoformat(timespec="seconds"),
            "parameters": {k: plain(v) for k, v in self.parameters.items()},
            "pairs": len(self.series),
            "flagged": [{c: plain(r[c]) for c in FLAG_COLUMNS} for r in self.flagged],
            "series": [
                {"holder": h, "target": t,
                 "periods": [{c: plain(r[c]) for c in SERIES_COLUMNS} for r in self.series[h, t]]}
                for h, t in self.charted_pairs()
            ],
        }
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"

    def write(self, path: Path) -> None:
        """Write the report in the format its file name says (.md, .html, .json)."""
        writers = {".md": self.markdown, ".html": self.html, ".json": self.json}
        writer = writers.get(path.suffix.lower())
        if writer is None:
            raise UnsupportedOutput(
                f"cannot write a report to {path.name}: give a .md, .html or .json file")
        path.write_text(writer(), encoding="utf-8")


def html_table(rows: Sequence[Row], columns: Sequence[str]) -> str:
    """A plain HTML table; numbers are right-aligned."""
    head = "".join(f"<th>{escape(c)}</th>" for c in columns)
    body = []
    for row in rows:
        cells = "".join(
            f'<td class="num">{escape(cell(row.get(c)))}</td>'
            if isinstance(row.get(c), int | float) and not isinstance(row.get(c), bool)
            else f"<td>{escape(cell(row.get(c)))}</td>"
            for c in columns
        )
        body.append(f"<tr>{cells}</tr>")
    return f"<table>\n<tr>{head}</tr>\n" + "\n".join(body) + "\n</table>"
