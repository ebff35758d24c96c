"""What the user named on the command line, as a stream of input files.

Folders are walked one directory at a time in name order (never listing a whole
tree in memory), globs are expanded, ``-`` stands for standard input. Names that
start with "." or "_" (".git", "__init__.py", "_data") are never articles.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

STDIN = "-"
# Input format by file suffix (after a ".gz").
FORMATS = {
    ".txt": "text", ".md": "text",
    ".json": "json",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv",
    ".html": "html", ".htm": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
}
INPUT_FORMATS = ("text", "json", "jsonl", "csv", "html", "feed")
# What a folder or a pattern that yields no input is told it lacks.
SUFFIXES_READ = f"{' '.join(FORMATS)}, and these gzipped"
_GLOB_CHARS = set("*?[")


@dataclass(frozen=True, slots=True)
class Source:
    """One input: a file (``path``), standard input, or an error about what was named."""

    name: str
    path: Path | None = None
    error: str | None = None


def format_of(name: str) -> str | None:
    """The input format its suffix names ("a.jsonl.gz" → "jsonl"), or None."""
    lower = name.lower().removesuffix(".gz")
    return FORMATS.get(os.path.splitext(lower)[1])


def is_gzip(name: str) -> bool:
    return name.lower().endswith(".gz")


def expand(paths: Iterable[str]) -> Iterator[Source]:
    """Every input file under ``paths``, in a stable order."""
    for raw in paths:
        if raw == STDIN:
            yield Source(STDIN)
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _or_error(_walk(path, set()), raw, "no file to read in this folder")
        elif path.exists():
            yield Source(raw, path)
        elif _GLOB_CHARS & set(raw):
            matches = sorted(glob.iglob(raw, recursive=True))
            if not matches:
                yield Source(raw, error=f"{raw}: no file matches this pattern")
            else:
                yield from _or_error(_matching(matches), raw, "no file to read matches this pattern")
        else:
            yield Source(raw, error=f"{raw}: no such file or folder")


def _matching(matches: list[str]) -> Iterator[Source]:
    for match in matches:
        if Path(match).is_dir():
            yield from _walk(Path(match), set())
        elif format_of(match):
            yield Source(match, Path(match))


def _or_error(sources: Iterator[Source], name: str, problem: str) -> Iterator[Source]:
    """``sources``, or an error when there are none: a folder of PDFs named on the
    command line was read as nothing, without a word."""
    empty = True
    for source in sources:
        empty = False
        yield source
    if empty:
        yield Source(name, error=f"{name}: {problem} (read: {SUFFIXES_READ})")


def _walk(folder: Path, seen: set[tuple[int, int]]) -> Iterator[Source]:
    """Files under ``folder``; ``seen`` (device, inode) pairs stop symbolic-link loops."""
    try:
        status = folder.stat()
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda e: e.name)
    except OSError as exc:
        yield Source(str(folder), error=f"{folder}: {exc.strerror or exc}")
        return
    if (status.st_dev, status.st_ino) in seen:
        return
    seen.add((status.st_dev, status.st_ino))
    for entry in entries:
        if entry.name.startswith((".", "_")):
            continue
        if entry.is_dir():
            yield from _walk(Path(entry.path), seen)
        elif entry.is_file() and format_of(entry.name):
            yield Source(entry.path, Path(entry.path))
