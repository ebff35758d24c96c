"""Random bytes under every input format: the readers never raise, and every article they
make holds text that both databases can store (no NUL, no lone surrogate)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stancedb.io.paths import INPUT_FORMATS
from stancedb.io.readers import ReadOptions, iter_inputs

PIECES = [b"{", b"}", b'"text": ', b'"', b",", b"\n", b"\r\n", b"\x00", b"\xff\xfe", b"\xef\xbb\xbf",
          b"\\u0000", b"\\ud800", b"text,title\n", b"<rss><item><description>", b"</item>",
          b"Date: 2024-01-01\n", b"\xe2\x80\x9c", b"\xe9", b"[", b"]", b"\\"]
DATA = st.lists(st.one_of(st.sampled_from(PIECES), st.binary(max_size=8)), max_size=40).map(b"".join)


@pytest.mark.parametrize("fmt", [f for f in INPUT_FORMATS if f != "html"])
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=DATA)
def test_readers_never_raise(fmt: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "input.bin"
        path.write_bytes(data)
        items = list(iter_inputs([str(path)], ReadOptions(input_format=fmt, max_chars=1000)))
    for item in items:
        assert (item.article is None) != (item.error is None), item
        if item.error is not None:
            assert "\n" not in item.error, item.error
        if item.article is not None:
            text = item.article.text
            assert "\x00" not in text
            text.encode("utf-8")  # no lone surrogate
            assert len(text) <= 1000
