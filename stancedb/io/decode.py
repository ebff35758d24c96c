"""Bytes to article text: encodings, binary files, NUL bytes, lone surrogates, size caps.

Every reader goes through here, so an article's text is cleaned the same way
whatever its format, and the same text reaches SQLite and PostgreSQL (which
rejects NUL characters). Cleaning never changes the length of the text: a NUL or
a lone surrogate becomes U+FFFD, so offsets still point at the characters as read.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

# How much of the data is sniffed for NUL bytes to tell binary data from text.
BINARY_SNIFF_BYTES = 8192
# News articles are at most some tens of thousands of characters; past this an
# input is a dump, a log or a book, and the pipeline would spend minutes on it.
DEFAULT_MAX_CHARS = 200_000
REPLACEMENT = "\ufffd"

# Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters that never occur in text (tab, newlines and form feed do).
_CONTROL = re.compile(r"[\x01-\x08\x0b\x0e-\x1a\x1c-\x1f]")
_UNSAFE = re.compile(r"[\x00\ud800-\udfff]")
# A well-formed UTF-8 multi-byte sequence: its presence next to invalid bytes means
# the data is broken UTF-8, not text in a single-byte encoding.
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


class DecodeError(ValueError):
    """The bytes are not text the reader can use; the message says why in one line."""


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text as read, and what was done to it (warnings for the user)."""

    text: str
    warnings: tuple[str, ...] = ()


def sniff_encoding(head: bytes, encoding: str | None = None) -> str | None:
    """The encoding a byte-order mark or a UTF-16 pattern of NULs names, else ``encoding``."""
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    if encoding:
        return encoding
    sample = head[:BINARY_SNIFF_BYTES]
    if len(sample) >= 4 and b"\x00" in sample:
        # ASCII text in UTF-16 without a mark: every other byte is NUL.
        if sample[1::2].count(0) > 0.9 * (len(sample) // 2) and 0 not in sample[0::2]:
            return "utf-16-le"
        if sample[0::2].count(0) > 0.9 * (len(sample) // 2) and 0 not in sample[1::2]:
            return "utf-16-be"
    return None


def decode_bytes(data: bytes, encoding: str | None = None, *, sniff: bool = True) -> Decoded:
    """The text of ``data``: a byte-order mark, ``encoding``, UTF-8, else cp1252/latin-1.

    Raises DecodeError for binary data and for broken UTF-8 (valid multi-byte
    sequences next to invalid bytes), where guessing would garble the text.
    ``sniff=False`` skips the look for control characters in valid UTF-8: a line
    of a file whose start was sniffed already.
    """
    chosen = sniff_encoding(data, encoding)
    if chosen is not None:
        try:
            text = data.decode(chosen)
        except (UnicodeDecodeError, LookupError) as exc:
            raise DecodeError(_encoding_problem(chosen, exc)) from None
        return clean_text(text.removeprefix("\ufeff"))
    if b"\x00" in data[:BINARY_SNIFF_BYTES]:
        raise DecodeError("binary file, not text")
    try:
        decoded = clean_text(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        utf8_error = exc
    else:
        if sniff and _looks_binary(decoded.text):
            raise DecodeError("binary file, not text")
        return decoded
    if _UTF8_MULTIBYTE.search(data):
        raise DecodeError(
            f"not valid UTF-8 (byte 0x{data[utf8_error.start]:02x} at offset "
            f"{utf8_error.start}); give --encoding or re-save it as UTF-8"
        )
    fallback = _single_byte_encoding(data)
    decoded = clean_text(data.decode(fallback))
    if _looks_binary(decoded.text):
        raise DecodeError("binary file, not text")
    warning = f"not UTF-8: read as {fallback} (give --encoding to choose)"
    return Decoded(decoded.text, (warning, *decoded.warnings))


def _single_byte_encoding(data: bytes) -> str:
    # cp1252 (Windows) is what most non-UTF-8 Western text is; its five undefined
    # bytes mean latin-1, which decodes every byte.
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return "latin-1"
    return "cp1252"


def _encoding_problem(encoding: str, exc: Exception) -> str:
    if isinstance(exc, LookupError):
        return f"unknown encoding {encoding!r}"
    assert isinstance(exc, UnicodeDecodeError)
    return f"not valid {encoding} (byte at offset {exc.start}: {exc.reason})"


def _looks_binary(text: str) -> bool:
    sample = text[:BINARY_SNIFF_BYTES]
    return len(_CONTROL.findall(sample)) > max(2, len(sample) // 100)


def has_unsafe(text: str) -> bool:
    """Whether ``text`` holds a NUL or a lone surrogate (fast paths: a regex is slower)."""
    if "\x00" in text:
        return True
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def clean_text(text: str) -> Decoded:
    """``text`` with NUL characters and lone surrogates replaced by U+FFFD.

    Neither can be stored (PostgreSQL rejects NUL; no database encodes a lone
    surrogate); a one-for-one replacement keeps every offset where it was.
    """
    if not has_unsafe(text):
        return Decoded(text)
    nul = text.count("\x00")
    lone = len(_UNSAFE.findall(text)) - nul
    text = _UNSAFE.sub(REPLACEMENT, text)
    warnings = []
    if nul:
        warnings.append(f"replaced {nul} NUL character(s) with U+FFFD")
    if lone:
        warnings.append(f"replaced {lone} lone surrogate(s) with U+FFFD")
    return Decoded(text, tuple(warnings))


def cap_text(text: str, max_chars: int) -> tuple[str, str | None]:
    """``text`` cut to at most ``max_chars`` at a line break, and a warning if it was cut."""
    if max_chars <= 0 or len(text) <= max_chars:
        return text, None
    cut = text.rfind("\n", 0, max_chars) + 1
    # A line break far from the cap would throw away much of the text: cut hard then.
    if cut < max_chars // 2:
        cut = max_chars
    return text[:cut], (
        f"article is {len(text):,} characters; only the first {cut:,} are kept "
        f"(--max-chars {max_chars})"
    )
