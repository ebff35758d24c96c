"""The seed article's quotes as EXPECTED.md gives them, built by hand (the quotes stage is tested
on its own), with the speaker mentions the text uses and their antecedents."""

from __future__ import annotations

from stancedb.records import Quote
from stancedb.resources import seed_path

SEED = seed_path("000_b70482fa468ef9dd.txt").read_text(encoding="utf-8")


def seed_quotes(with_antecedents: bool) -> list[Quote]:
    """The seed's quotes as EXPECTED.md gives them, with the speaker mentions the text uses."""
    rows = [
        (542, 564, "partial", 433, "Xi", (68, 96)),
        (571, 593, "partial", 433, "Xi", (68, 96)),
        (965, 998, "partial", 863, "He", (750, 755)),
        (1071, 1220, "direct", 1222, "Putin", None),
        (1845, 1924, "direct", 1926, "Ushakov", (1644, 1669)),
        (2844, 2853, "term", None, None, None),
    ]
    quotes = []
    for start, end, kind, s_start, speaker, ante in rows:
        extra: dict[str, object] = {}
        if s_start is not None:
            assert SEED[s_start : s_start + len(speaker)] == speaker
            extra = {
                "speaker": speaker,
                "speaker_start": s_start,
                "speaker_end": s_start + len(speaker),
            }
        if with_antecedents and ante is not None:
            extra.update(
                antecedent=SEED[ante[0] : ante[1]], antecedent_start=ante[0], antecedent_end=ante[1]
            )
        quotes.append(Quote(start, end, SEED[start:end], kind, **extra))  # type: ignore[arg-type]
    return quotes
