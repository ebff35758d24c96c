"""The data files the stance scorers read: verb stance values and function words."""

from __future__ import annotations

import csv
from functools import lru_cache

from stancedb.resources import seed_path


def _rows(name: str) -> list[dict[str, str]]:
    with seed_path(name).open(encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@lru_cache(maxsize=1)
def verb_stances() -> dict[str, float]:
    """Verb form ("slammed", "ask for") → stance value from -1 (criticise) to +1 (praise)."""
    return {row["form"]: float(row["stance"]) for row in _rows("stance_verbs.tsv")}


@lru_cache(maxsize=1)
def function_words() -> dict[str, frozenset[str]]:
    """Category (negation, contrast, clause_break, speech, passive) → its words."""
    words: dict[str, set[str]] = {}
    for row in _rows("stance_words.tsv"):
        words.setdefault(row["category"], set()).add(row["word"])
    return {category: frozenset(ws) for category, ws in words.items()}


@lru_cache(maxsize=1)
def valences() -> dict[str, float]:
    """Word → valence from -1 to +1 (VADER's lexicon: nouns and verbs as well as adjectives)."""
    return {row["word"]: float(row["valence"]) for row in _rows("stance_valence.tsv")}
