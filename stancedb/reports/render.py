"""Renderers shared by every listing: table, csv, json, jsonl, markdown."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Sequence
from enum import Enum
from typing import Any

from rich.console import Console
from rich.table import Table


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"
    markdown = "markdown"


# Characters a table may take; a table's cells take their text plus 3 (borders, padding).
TABLE_WIDTH = 160
_CELL_EXTRA = 3


def columns_that_fit(
    rows: Sequence[dict[str, Any]], columns: Sequence[str], *, keep: int, last: bool = True
) -> list[str]:
    """The first ``keep`` columns and as many of the *last* others (``last=False``: the
    first others) as fit in a table ``TABLE_WIDTH`` wide without folding a cell: a table
    of one column per period shows the latest periods, a pivot of targets the most
    observed, rather than squeezing every name to a few letters."""
    def width(c: str) -> int:
        return max([len(c), *(len(cell(r.get(c))) for r in rows)]) + _CELL_EXTRA

    room = TABLE_WIDTH - 1 - sum(width(c) for c in columns[:keep])
    shown: list[str] = []
    for c in reversed(columns[keep:]) if last else columns[keep:]:
        room -= width(c)
        if room < 0:
            break
        shown.append(c)
    return [*columns[:keep], *(reversed(shown) if last else shown)]


def plain(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, float):
        return round(value, 4)
    return value


def cell(value: Any) -> str:
    """A value as a person reads it in a table: signed scores, yes/no, blank for none."""
    value = plain(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:+.2f}"
    return str(value)


def render(rows: Sequence[dict[str, Any]], fmt: Format, columns: Sequence[str] | None = None) -> str:
    """``rows`` as text in ``fmt``; ``columns`` picks and orders the columns."""
    columns = list(columns or (rows[0].keys() if rows else []))
    if fmt is Format.json:
        return json.dumps([{c: plain(r.get(c)) for c in columns} for r in rows],
                          ensure_ascii=False, indent=2) + "\n"
    if fmt is Format.jsonl:
        return "".join(json.dumps({c: plain(r.get(c)) for c in columns}, ensure_ascii=False)
                       + "\n" for r in rows)
    if fmt is Format.csv:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([["" if plain(r.get(c)) is None else plain(r.get(c)) for c in columns]
                          for r in rows])
        return out.getvalue()
    if fmt is Format.markdown:
        lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
        lines += ["| " + " | ".join(cell(r.get(c)).replace("|", "\\|").replace("\n", " ")
                                    for c in columns) + " |" for r in rows]
        return "\n".join(lines) + "\n"
    table = Table(show_lines=False)
    for c in columns:
        table.add_column(c, overflow="fold")
    for r in rows:
        table.add_row(*(cell(r.get(c)) for c in columns))
    console = Console(file=io.StringIO(), width=TABLE_WIDTH, force_terminal=False)
    console.print(table)
    return console.file.getvalue()  # type: ignore[attr-defined]


Section = tuple[str, str, Sequence[dict[str, Any]], Sequence[str]]
"""(name, title, rows, columns): one part of a report made of several tables."""


def render_sections(sections: Sequence[Section], fmt: Format,
                    header: dict[str, Any] | None = None) -> str:
    """A report made of several tables: titled tables (table, markdown), one object
    keyed by section name (json), or rows tagged with their section (jsonl, csv; the
    CSV header is the union of the sections' columns)."""
    header = header or {}
    if fmt is Format.json:
        document: dict[str, Any] = {k: plain(v) for k, v in header.items()}
        for name, _title, rows, columns in sections:
            document[name] = [{c: plain(r.get(c)) for c in columns} for r in rows]
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if fmt in (Format.jsonl, Format.csv):
        union: list[str] = []
        for _name, _title, _rows, columns in sections:
            union += [c for c in columns if c not in union]
        tagged = [{"section": name, **{c: r.get(c) for c in columns}}
                  for name, _title, rows, columns in sections for r in rows]
        if fmt is Format.csv:
            return render(tagged, fmt, ["section", *union])
        return "".join(json.dumps({k: plain(v) for k, v in r.items()}, ensure_ascii=False)
                       + "\n" for r in tagged)
    heading = "## {}\n\n" if fmt is Format.markdown else "{}\n"
    parts = []
    if header and fmt is Format.markdown:
        parts.append("# " + " · ".join(str(plain(v)) for v in header.values()) + "\n\n")
    elif header:
        parts.append(" · ".join(str(plain(v)) for v in header.values()) + "\n\n")
    for _name, title, rows, columns in sections:
        parts.append(heading.format(title))
        parts.append(render(rows, fmt, columns) if rows else "(none)\n")
        parts.append("\n")
    return "".join(parts).rstrip("\n") + "\n"
