"""Read articles from files and folders, one input at a time, never the whole set.

Each input yields either an article or a one-line error for that input, so one bad
file or line never stops a run.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from stancedb.records import Article

TEXT_SUFFIXES = {".txt", ".md"}
JSON_SUFFIXES = {".json", ".jsonl"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | JSON_SUFFIXES
# How much of a file is sniffed for NUL bytes to tell binary files from text.
BINARY_SNIFF_BYTES = 8192


@dataclass(frozen=True, slots=True)
class InputItem:
    """One input: an article, or the reason it could not be read."""

    input: str
    article: Article | None = None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """What the user said about the inputs (``--source``, ``--date``).

    They fill in what an input does not say itself: a record's own date wins.
    """

    source: str | None = None
    date: dt.date | None = None


def parse_date(value: object) -> dt.date | None:
    """An ISO date or datetime ("2016-09-12", "2016-09-12T10:00:00Z") as a date."""
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise ValueError(f"date {value!r} is not an ISO date (YYYY-MM-DD)") from None


def iter_inputs(paths: Iterable[str], options: ReadOptions | None = None) -> Iterator[InputItem]:
    """Every article (or error) of the given files and folders, in a stable order."""
    options = options or ReadOptions()
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            yield InputItem(raw, error=f"{raw}: no such file or folder")
        elif path.is_dir():
            for file in sorted(_article_files(path)):
                yield from read_file(file, options)
        else:
            yield from read_file(path, options)


def _article_files(folder: Path) -> Iterator[Path]:
    for path in folder.rglob("*"):
        # Hidden and private files (".git", "__init__.py") are never articles.
        if any(part.startswith((".", "_")) for part in path.relative_to(folder).parts):
            continue
        if path.is_file() and path.suffix.lower() in SUPPORTED_SUFFIXES:
            yield path


def read_file(path: Path, options: ReadOptions) -> Iterator[InputItem]:
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _read_jsonl(path, options)
    elif suffix == ".json":
        yield from _read_json(path, options)
    else:
        yield _read_text(path, options)


def _decode(path: Path, data: bytes) -> str:
    """The text of a file, or ValueError with a message that says what is wrong."""
    if b"\x00" in data[:BINARY_SNIFF_BYTES]:
        raise ValueError("binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "re-save it as UTF-8"
        ) from None
    # A byte-order mark is not part of the article: offsets count from after it.
    return text.removeprefix("\ufeff")


def _read_text(path: Path, options: ReadOptions) -> InputItem:
    name = str(path)
    try:
        text = _decode(path, path.read_bytes())
    except (OSError, ValueError) as exc:
        return InputItem(name, error=f"{name}: {_reason(exc)}")
    if not text.strip():
        return InputItem(name, error=f"{name}: empty file")
    title = text.lstrip().split("\n", 1)[0].strip() or None
    article = Article(
        text=text, id=name, title=title, published_at=options.date, source=options.source
    )
    return InputItem(name, article=article)


def _reason(exc: Exception) -> str:
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)


def _read_jsonl(path: Path, options: ReadOptions) -> Iterator[InputItem]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield InputItem(str(path), error=f"{path}: {_reason(exc)}")
        return
    with handle:
        for number, line in enumerate(handle, start=1):
            where = f"{path}:{number}"
            if not line.strip():
                continue
            try:
                record = json.loads(_decode(path, line))
            except ValueError as exc:
                reason = "not valid JSON" if isinstance(exc, json.JSONDecodeError) else str(exc)
                yield InputItem(where, error=f"{where}: {reason}")
                continue
            yield _record_item(record, where, options)


def _read_json(path: Path, options: ReadOptions) -> Iterator[InputItem]:
    name = str(path)
    try:
        data = json.loads(_decode(path, path.read_bytes()))
    except (OSError, ValueError) as exc:
        reason = "not valid JSON" if isinstance(exc, json.JSONDecodeError) else _reason(exc)
        yield InputItem(name, error=f"{name}: {reason}")
        return
    if isinstance(data, list):
        for number, record in enumerate(data, start=1):
            yield _record_item(record, f"{name}[{number}]", options)
    else:
        yield _record_item(data, name, options)


def _record_item(record: object, where: str, options: ReadOptions) -> InputItem:
    """An article from a JSON record ``{id, title, date, source, url, text}``."""
    if not isinstance(record, dict):
        return InputItem(where, error=f"{where}: expected a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return InputItem(where, error=f"{where}: no 'text' field with the article text")
    meta = record.get("meta") if isinstance(record.get("meta"), dict) else {}
    try:
        date = parse_date(record.get("date") or meta.get("publication_date")) or options.date
    except ValueError as exc:
        return InputItem(where, error=f"{where}: {exc}")
    article = Article(
        text=text,
        id=str(record.get("id") or where),
        title=_str_or_none(record.get("title") or meta.get("title")),
        published_at=date,
        source=_str_or_none(record.get("source") or meta.get("publisher")) or options.source,
        url=_str_or_none(record.get("url")),
    )
    return InputItem(where, article=article)


def _str_or_none(value: object) -> str | None:
    return str(value) if value not in (None, "") else None
