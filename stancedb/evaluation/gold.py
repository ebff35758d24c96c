"""Gold JSONL files: one JSON object per line with the fields scoring needs, or a one-line error."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from stancedb.io.readers import json_error_reason, json_line


class GoldFileMissing(Exception):
    """The gold file does not exist."""


class GoldFileInvalid(Exception):
    """A gold file that is not JSON lines of objects with the fields scoring needs."""


def read_gold(path: Path, required: tuple[str, ...]) -> Iterator[dict[str, Any]]:
    """The records of ``path``, one per non-blank line, each holding the ``required`` fields.

    A line that is not such a record is an error naming its line: the scorers read
    fields without checking, and a wrong file ended in a KeyError traceback.
    """
    if not path.is_file():
        raise GoldFileMissing(f"gold file not found: {path}")
    found = False
    with path.open(encoding="utf-8") as lines:
        try:
            for number, line in enumerate(lines, start=1):
                if line.strip():
                    found = True
                    yield _record(line, f"{path}:{number}", required)
        except UnicodeDecodeError:
            raise GoldFileInvalid(f"{path}: not UTF-8 text") from None
    if not found:
        raise GoldFileInvalid(f"{path}: no gold records")


def _record(line: str, where: str, required: tuple[str, ...]) -> dict[str, Any]:
    try:
        record = json_line(line)
    except json.JSONDecodeError as exc:
        raise GoldFileInvalid(f"{where}: not valid JSON ({json_error_reason(exc)})") from None
    if not isinstance(record, dict):
        raise GoldFileInvalid(f"{where}: expected a JSON object")
    missing = [name for name in required if name not in record]
    if missing:
        fields = "field" if len(missing) == 1 else "fields"
        raise GoldFileInvalid(f"{where}: no {', '.join(map(repr, missing))} {fields} "
                              f"(gold records hold {', '.join(required)})")
    return record
