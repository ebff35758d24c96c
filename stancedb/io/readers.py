"""Read articles from files, folders, globs and standard input, one input at a time.

Each input yields either an article or a one-line error for that input, so one bad
file or line never stops a run. Line formats (JSONL, CSV) are streamed, never
loaded whole, so memory stays flat however large the input.

Formats: .txt/.md (title line, optional ``Key: value`` header lines), .json,
.jsonl (also gzipped), .csv, .html (trafilatura) and RSS/Atom feeds (feedparser).
"""

from __future__ import annotations

import csv
import datetime as dt
import email.utils
import gzip
import io
import json
import os
import re
import stat
import sys
import time
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from stancedb.io import web
from stancedb.io.decode import (
    _UNSAFE,
    BINARY_SNIFF_BYTES,
    DEFAULT_MAX_CHARS,
    REPLACEMENT,
    DecodeError,
    cap_text,
    clean_text,
    decode_bytes,
    sniff_encoding,
)
from stancedb.io.paths import Source, expand, format_of, is_gzip
from stancedb.records import Article

# Header keys a text file may start with, and the field each one fills.
TEXT_HEADERS = {
    "title": "title", "headline": "title",
    "date": "date", "published": "date",
    "source": "source", "publisher": "source",
    "url": "url", "link": "url",
    "id": "id",
}
_HEADER = re.compile(r"[ \t]*([A-Za-z]+)[ \t]*:[ \t]*(.*?)[ \t]*\r?$")
# csv refuses fields over 128 KiB by default; an article may be longer (and is capped later).
csv.field_size_limit(2**31 - 1)


@dataclass(frozen=True, slots=True)
class InputItem:
    """One input: an article, or the reason it could not be read; warnings either way."""

    input: str
    article: Article | None = None
    error: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Columns:
    """Which CSV column (or JSON field) holds each part of an article."""

    text: str = "text"
    title: str = "title"
    date: str = "date"
    url: str = "url"
    id: str = "id"
    source: str = "source"


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """What the user said about the inputs.

    ``source`` and ``date`` fill in what an input does not say itself (a record's
    own date wins); ``encoding`` overrides detection; ``input_format`` overrides
    the suffix (and sniffing, for standard input).
    """

    source: str | None = None
    date: dt.date | None = None
    encoding: str | None = None
    max_chars: int = DEFAULT_MAX_CHARS
    input_format: str | None = None
    columns: Columns = field(default_factory=Columns)


def parse_date(value: object) -> dt.date | None:
    """A date from ISO ("2016-09-12", "2016-09-12T10:00:00Z") or RFC 2822 (feeds, mail)."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, time.struct_time):
        return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        raise ValueError(f"date {value!r} is not an ISO date (YYYY-MM-DD)") from None


def iter_inputs(paths: Iterable[str], options: ReadOptions | None = None) -> Iterator[InputItem]:
    """Every article (or error) of the given files, folders, globs and ``-``, in a stable order."""
    options = options or ReadOptions()
    for source in expand(paths):
        if source.error:
            yield InputItem(source.name, error=source.error)
            continue
        try:
            yield from _read_source(source, options)
        except OSError as exc:
            yield InputItem(source.name, error=f"{source.name}: {_os_reason(exc)}")
        except Exception as exc:  # noqa: BLE001  a reader's bug is an error for that input only
            reason = f"{type(exc).__name__}: {exc}".splitlines()[0]
            yield InputItem(source.name, error=f"{source.name}: could not be read ({reason})")


def _read_source(source: Source, options: ReadOptions) -> Iterator[InputItem]:
    name = source.name
    if source.path is None:  # standard input
        handle: BinaryIO = io.BufferedReader(sys.stdin.buffer, buffer_size=1 << 16)  # type: ignore[arg-type]
        name = "<stdin>"
        fmt = options.input_format or _sniff_format(handle.peek(BINARY_SNIFF_BYTES))
        yield from _read_stream(name, handle, fmt, options)
        return
    fmt = options.input_format or format_of(name) or "text"
    opener = gzip.open if is_gzip(name) else open
    with opener(source.path, "rb") as handle:  # type: ignore[operator]
        try:
            yield from _read_stream(name, handle, fmt, options)
        except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
            reason = "truncated gzip file" if isinstance(exc, EOFError) else "not a valid gzip file"
            yield InputItem(name, error=f"{name}: {reason}")


def _sniff_format(head: bytes) -> str:
    """The format of standard input, from its first bytes."""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"{"):
        return "jsonl"
    if stripped.startswith(b"["):
        return "json"
    if stripped.startswith(b"<"):
        lower = stripped[:2000].lower()
        return "feed" if b"<rss" in lower or b"<feed" in lower or b"<rdf" in lower else "html"
    return "text"


def _read_stream(name: str, handle: BinaryIO, fmt: str, options: ReadOptions) -> Iterator[InputItem]:
    if fmt == "jsonl":
        yield from _read_jsonl(name, handle, options)
    elif fmt == "csv":
        yield from _read_csv(name, handle, options)
    elif fmt == "json":
        # A JSON document can only be parsed whole (big sets belong in JSON lines).
        yield from _read_json(name, handle.read(), options)
    elif fmt == "feed":
        for where, fields in web.read_feed(handle.read(), name):
            yield _from_fields(where, fields, options)
    else:
        data, total = _read_limited(handle, options)
        if fmt == "html":
            yield _from_fields(name, web.read_html(data, name, options.encoding), options)
        else:
            yield _read_text(name, data, total, options)


def _read_limited(handle: BinaryIO, options: ReadOptions) -> tuple[bytes, int | None]:
    """The bytes of a whole-file input, at most what ``max_chars`` can use, and its
    size when it was cut (None where unknown: a pipe, a gzip stream, a device)."""
    if options.max_chars <= 0:
        return handle.read(), None
    # A character takes at most 4 bytes in UTF-8.
    limit = options.max_chars * 4
    data = handle.read(limit + 1)
    if len(data) <= limit:
        return data, None
    # Never read on to count: the input may be endless (/dev/zero, a pipe).
    size = None
    if isinstance(handle, io.BufferedReader) and not isinstance(handle, gzip.GzipFile):
        try:
            status = os.fstat(handle.fileno())
        except (OSError, ValueError):
            status = None
        if status is not None and stat.S_ISREG(status.st_mode):
            size = status.st_size
    return data[:limit], size if size is not None else -1


# --- plain text -------------------------------------------------------------------------


def _read_text(name: str, data: bytes, total: int | None, options: ReadOptions) -> InputItem:
    truncated = total is not None
    if truncated:
        # Cut at a line break so no character is split across the cut.
        data = data[: data.rfind(b"\n") + 1 or len(data)]
    try:
        decoded = decode_bytes(data, options.encoding)
    except DecodeError as exc:
        return InputItem(name, error=f"{name}: {exc}")
    if not decoded.text.strip():
        return InputItem(name, error=f"{name}: empty file")
    text, cap_warning = cap_text(decoded.text, options.max_chars)
    warnings = list(decoded.warnings)
    if truncated:
        size = f"{total:,} bytes" if total and total > 0 else "longer than that"
        warnings.append(f"file is {size}; only the first {len(text):,} characters "
                        f"are kept (--max-chars {options.max_chars})")
    elif cap_warning:
        warnings.append(cap_warning)
    headers, title = parse_text_headers(text)
    fields = {**headers, "text": text, "title": headers.get("title") or title}
    return _from_fields(name, fields, options, tuple(warnings), capped=True)


def parse_text_headers(text: str) -> tuple[dict[str, str], str | None]:
    """The ``Key: value`` headers and the title line at the top of a text article.

    Headers may come before the title line (optionally fenced with ``---`` lines,
    as Markdown front matter) or right after it; only known keys count, so a
    first line such as "Breaking: markets fall" stays a title.
    """
    lines = text.splitlines()
    headers: dict[str, str] = {}
    i = 0
    while i < len(lines) and (not lines[i].strip() or lines[i].strip() == "---"):
        i += 1
    i = _headers_from(lines, i, headers)
    while i < len(lines) and (not lines[i].strip() or lines[i].strip() == "---"):
        i += 1
    if i >= len(lines):
        return headers, None
    title = lines[i].strip().lstrip("#").strip() or None
    _headers_from(lines, i + 1, headers)
    return headers, title


def _headers_from(lines: list[str], i: int, headers: dict[str, str]) -> int:
    """Read known ``Key: value`` lines from ``lines[i]`` on; the index after them."""
    while i < len(lines):
        match = _HEADER.fullmatch(lines[i])
        key = TEXT_HEADERS.get(match.group(1).lower()) if match else None
        if not (match and key and match.group(2)):
            return i
        headers.setdefault(key, match.group(2))
        i += 1
    return i


# --- JSON, JSON lines and CSV --------------------------------------------------------------


def _read_json(name: str, data: bytes, options: ReadOptions) -> Iterator[InputItem]:
    try:
        record_set = json.loads(decode_bytes(data, options.encoding).text)
    except DecodeError as exc:
        yield InputItem(name, error=f"{name}: {exc}")
        return
    except json.JSONDecodeError as exc:
        yield InputItem(name, error=f"{name}: not valid JSON ({json_error_reason(exc)}, "
                                    f"line {exc.lineno})")
        return
    if isinstance(record_set, list):
        for number, record in enumerate(record_set, start=1):
            yield _record_item(record, f"{name}[{number}]", options)
    else:
        yield _record_item(record_set, name, options)


def _text_lines(name: str, handle: BinaryIO, options: ReadOptions) -> Iterator[tuple[int, str | None, str | None]]:
    """(line number, line, error) for each line of a stream, each line decoded alone.

    A line that cannot be decoded is an error for that line only; a stream in
    UTF-16/32 (a byte-order mark) is decoded as a whole, since its lines do not
    split at newline bytes.
    """
    buffered = handle if hasattr(handle, "peek") else io.BufferedReader(handle)  # type: ignore[arg-type]
    head = buffered.peek(BINARY_SNIFF_BYTES)[:BINARY_SNIFF_BYTES]  # type: ignore[attr-defined]
    encoding = sniff_encoding(head, options.encoding)
    if encoding and encoding.startswith(("utf-16", "utf-32")):
        wrapper = io.TextIOWrapper(buffered, encoding=encoding, errors="replace", newline="")
        for number, line in enumerate(wrapper, start=1):
            yield number, clean_text(line.removeprefix("\ufeff")).text, None
        return
    if b"\x00" in head:
        yield 0, None, "binary file, not text"
        return
    for number, raw in enumerate(buffered, start=1):
        try:
            yield number, decode_bytes(raw, options.encoding, sniff=False).text, None
        except DecodeError as exc:
            yield number, None, str(exc)


def _read_jsonl(name: str, handle: BinaryIO, options: ReadOptions) -> Iterator[InputItem]:
    for number, line, error in _text_lines(name, handle, options):
        where = f"{name}:{number}" if number else name
        if error is not None:
            yield InputItem(where, error=f"{where}: {error}")
            continue
        assert line is not None
        if not line.strip():
            continue
        try:
            record = json_line(line)
        except json.JSONDecodeError as exc:
            yield InputItem(where, error=f"{where}: not valid JSON ({json_error_reason(exc)})")
            continue
        except RecursionError:
            yield InputItem(where, error=f"{where}: not valid JSON (nested too deeply)")
            continue
        yield _record_item(record, where, options)


def json_line(line: str) -> Any:
    """One record of a JSON lines file, parsed without its line break, which an
    unterminated string took for an invalid control character of its own."""
    return json.loads(line.rstrip("\r\n"))


def json_error_reason(exc: json.JSONDecodeError) -> str:
    """What the JSON parser found, and where: some of its messages end in "at"
    ("Invalid control character at") and meant the position to follow."""
    return f"{exc.msg.removesuffix(' at')} at column {exc.colno}"


def _read_csv(name: str, handle: BinaryIO, options: ReadOptions) -> Iterator[InputItem]:
    errors: list[tuple[int, str]] = []
    line_number = 0

    def lines() -> Iterator[str]:
        nonlocal line_number
        for number, line, error in _text_lines(name, handle, options):
            line_number = number
            if error is not None:
                errors.append((number, error))
                continue
            assert line is not None
            yield line

    reader = csv.DictReader(lines())
    try:
        header = reader.fieldnames
    except csv.Error as exc:
        yield InputItem(name, error=f"{name}: not valid CSV ({exc})")
        return
    if errors and errors[0][0] == 0:  # the whole file is binary
        yield InputItem(name, error=f"{name}: {errors[0][1]}")
        return
    if not header:
        yield InputItem(name, error=f"{name}: empty file")
        return
    column = options.columns.text
    if column not in header:
        shown = ", ".join(repr(h) for h in header[:10])
        yield InputItem(name, error=f"{name}: no column {column!r} (columns: {shown}); "
                                    "choose one with --text-column")
        return
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield InputItem(f"{name}:{line_number}", error=f"{name}:{line_number}: not valid CSV ({exc})")
            break
        while errors:
            number, error = errors.pop(0)
            yield InputItem(f"{name}:{number}", error=f"{name}:{number}: {error}")
        where = f"{name}:{line_number}"
        yield _record_item({k: v for k, v in row.items() if k is not None}, where, options,
                           columns=options.columns)
    for number, error in errors:
        yield InputItem(f"{name}:{number}", error=f"{name}:{number}: {error}")


def _record_item(
    record: object, where: str, options: ReadOptions, columns: Columns | None = None
) -> InputItem:
    """An article from a record ``{id, title, date, source, url, text}`` (JSON or a CSV row).

    JSON records may keep title, date and publisher in a ``meta`` object.
    """
    if not isinstance(record, dict):
        return InputItem(where, error=f"{where}: expected a JSON object")
    cols = columns or options.columns
    meta = record.get("meta") if isinstance(record.get("meta"), dict) else {}
    text = record.get(cols.text)
    if not isinstance(text, str) or not text.strip():
        return InputItem(where, error=f"{where}: no {cols.text!r} field with the article text")
    fields = {
        "text": text,
        "id": record.get(cols.id),
        "title": record.get(cols.title) or meta.get("title"),
        "date": record.get(cols.date) or meta.get("publication_date"),
        "source": record.get(cols.source) or meta.get("publisher"),
        "url": record.get(cols.url),
    }
    return _from_fields(where, fields, options)


# --- the one place an article is made ------------------------------------------------------


def _from_fields(
    where: str,
    fields: dict[str, object] | str,
    options: ReadOptions,
    warnings: tuple[str, ...] = (),
    *,
    capped: bool = False,
) -> InputItem:
    """An article from its fields, cleaned and capped; ``fields`` may be an error message."""
    if isinstance(fields, str):
        return InputItem(where, error=f"{where}: {fields}")
    text = str(fields["text"])
    if not capped:
        text, warning = cap_text(text, options.max_chars)
        warnings = (*warnings, warning) if warning else warnings
    cleaned = clean_text(text)
    try:
        date = parse_date(fields.get("date")) or options.date
    except ValueError as exc:
        return InputItem(where, error=f"{where}: {exc}")
    article = Article(
        text=cleaned.text,
        id=_field(fields.get("id")) or where,
        title=_field(fields.get("title")),
        published_at=date,
        source=_field(fields.get("source")) or options.source,
        url=_field(fields.get("url")),
    )
    all_warnings = tuple(f"{where}: {w}" for w in (*warnings, *cleaned.warnings))
    return InputItem(where, article=article, warnings=all_warnings)


def _field(value: object) -> str | None:
    """A metadata field as one clean line of text, or None."""
    if value in (None, ""):
        return None
    text = _UNSAFE.sub(REPLACEMENT, " ".join(str(value).split()))
    return text or None


def _os_reason(exc: OSError) -> str:
    return exc.strerror or str(exc)
