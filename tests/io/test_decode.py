"""Bytes to text: encodings detected, binary refused, unstorable characters replaced in place."""

from __future__ import annotations

import codecs

import pytest

from stancedb.io.decode import DecodeError, cap_text, clean_text, decode_bytes

TEXT = "Caf\u00e9 owners \u201cwelcome\u201d the na\u00efve plan \u2013 \u20ac5\n"


@pytest.mark.parametrize(
    ("data", "encoding", "expected", "warnings"),
    [
        (TEXT.encode("utf-8"), None, TEXT, ()),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), None, TEXT, ()),
        (TEXT.encode("utf-16"), None, TEXT, ()),  # with its byte-order mark
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), None, TEXT, ()),
        (TEXT.encode("utf-32"), None, TEXT, ()),
        ("Plain ASCII in UTF-16\n".encode("utf-16-le"), None, "Plain ASCII in UTF-16\n", ()),
        (TEXT.encode("cp1252"), None, TEXT,
         ("not UTF-8: read as cp1252 (give --encoding to choose)",)),
        # 0x81 is not a cp1252 byte: latin-1 then.
        (b"Caf\xe9 \x81\n", None, "Caf\u00e9 \x81\n",
         ("not UTF-8: read as latin-1 (give --encoding to choose)",)),
        ("\u041f\u0440\u0438\u0432\u0435\u0442\n".encode("koi8-r"), "koi8-r",
         "\u041f\u0440\u0438\u0432\u0435\u0442\n", ()),
    ],
)
def test_decodes(data: bytes, encoding: str | None, expected: str, warnings: tuple[str, ...]) -> None:
    decoded = decode_bytes(data, encoding)
    assert decoded.text == expected
    assert decoded.warnings == warnings


@pytest.mark.parametrize(
    ("data", "encoding", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", None, "binary file, not text"),
        (bytes(range(1, 32)) * 3, None, "binary file, not text"),
        # Valid UTF-8 next to a stray byte: broken UTF-8, guessing would garble it.
        ("\u201cHi\u201d".encode() + b" caf\xe9", None,
         "not valid UTF-8 (byte 0xe9 at offset 12); give --encoding or re-save it as UTF-8"),
        (b"abc", "no-such-codec", "unknown encoding 'no-such-codec'"),
        (b"\xff\xfe\x00", "ascii", "not valid utf-16 (byte at offset 2: truncated data)"),
    ],
)
def test_refuses(data: bytes, encoding: str | None, message: str) -> None:
    with pytest.raises(DecodeError) as caught:
        decode_bytes(data, encoding)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("text", "expected", "warnings"),
    [
        ("no change", "no change", ()),
        ("a\x00b\x00", "a\ufffdb\ufffd", ("replaced 2 NUL character(s) with U+FFFD",)),
        ("lone \ud800 here", "lone \ufffd here", ("replaced 1 lone surrogate(s) with U+FFFD",)),
        ("\U0001f600 paired is fine", "\U0001f600 paired is fine", ()),
    ],
)
def test_clean_text_keeps_every_offset(text: str, expected: str, warnings: tuple[str, ...]) -> None:
    cleaned = clean_text(text)
    assert cleaned.text == expected
    assert len(cleaned.text) == len(text)
    assert cleaned.warnings == warnings


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("short", 10, "short"),
        ("line one\nline two\nline three", 20, "line one\nline two\n"),
        ("x" * 30, 10, "x" * 10),  # no line break near the cap: cut hard
        ("anything", 0, "anything"),  # 0: no limit
    ],
)
def test_cap_text(text: str, limit: int, expected: str) -> None:
    capped, warning = cap_text(text, limit)
    assert capped == expected
    assert (warning is None) == (capped == text)
