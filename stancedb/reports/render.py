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


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, float):
        return round(value, 4)
    return value


def _cell(value: Any) -> str:
    value = _plain(value)
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:+.2f}"
    return str(value)


def render(rows: Sequence[dict[str, Any]], fmt: Format, columns: Sequence[str] | None = None) -> str:
    """``rows`` as text in ``fmt``; ``columns`` picks and orders the columns."""
    columns = list(columns or (rows[0].keys() if rows else []))
    if fmt is Format.json:
        return json.dumps([{c: _plain(r.get(c)) for c in columns} for r in rows],
                          ensure_ascii=False, indent=2) + "\n"
    if fmt is Format.jsonl:
        return "".join(json.dumps({c: _plain(r.get(c)) for c in columns}, ensure_ascii=False)
                       + "\n" for r in rows)
    if fmt is Format.csv:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([["" if _plain(r.get(c)) is None else _plain(r.get(c)) for c in columns]
                          for r in rows])
        return out.getvalue()
    if fmt is Format.markdown:
        lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
        lines += ["| " + " | ".join(_cell(r.get(c)).replace("|", "\\|").replace("\n", " ")
                                    for c in columns) + " |" for r in rows]
        return "\n".join(lines) + "\n"
    table = Table(show_lines=False)
    for c in columns:
        table.add_column(c, overflow="fold")
    for r in rows:
        table.add_row(*(_cell(r.get(c)) for c in columns))
    console = Console(file=io.StringIO(), width=160, force_terminal=False)
    console.print(table)
    return console.file.getvalue()  # type: ignore[attr-defined]
