"""Build the word lexicons of the target-aware stance scorer (seeds/).

* seeds/stance_verbs.tsv: verb forms with a stance value from -1 to +1, from the
  CAMEO verb dictionary with Goldstein scores (PETRARCH2 / Phoenix, MIT;
  ../shared/data/lexicons/cameo_verbs_goldstein.tsv; value = goldstein / 10)
  and the hand-written praise/criticise verbs of seeds/stance_verbs_manual.tsv,
  inflected here, whose values win. Single words and two-word phrases only (the
  scorer matches one or two tokens).
* seeds/stance_valence.tsv: word valences from the VADER lexicon
  (vaderSentiment 3.3.2, MIT, Hutto & Gilbert 2014; ``pip install vaderSentiment``),
  words only (no emoticons), value = mean valence / 4, clipped to -1..1.

Usage: python3 scripts/build_stance_lexicons.py [CAMEO_TSV]
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CAMEO = ROOT.parent / "shared/data/lexicons/cameo_verbs_goldstein.tsv"
MANUAL = ROOT / "seeds/stance_verbs_manual.tsv"
VERBS_OUT = ROOT / "seeds/stance_verbs.tsv"
VALENCE_OUT = ROOT / "seeds/stance_valence.tsv"


def inflections(lemma: str) -> list[str]:
    """Regular English forms of a verb: base, -s, -ed, -ing (enough for these verbs)."""
    if lemma.endswith("e"):
        stem = lemma[:-1]
        return [lemma, lemma + "s", lemma + "d", stem + "ing"]
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        stem = lemma[:-1]
        return [lemma, stem + "ies", stem + "ied", lemma + "ing"]
    if lemma.endswith(("sh", "ch", "ss", "x")):
        return [lemma, lemma + "es", lemma + "ed", lemma + "ing"]
    # Short verbs ending consonant-vowel-consonant double it (slam → slammed).
    short_cvc = (
        len(lemma) <= 4 and lemma[-1] not in "aeiouwy" and lemma[-2] in "aeiou"
        and lemma[-3] not in "aeiou"
    )
    if short_cvc:
        return [lemma, lemma + "s", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"]
    return [lemma, lemma + "s", lemma + "ed", lemma + "ing"]


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def build_verbs(cameo: Path) -> None:
    verbs: dict[str, tuple[str, float, str]] = {}
    for row in read_rows(cameo):
        form = row["verb_form"].lower()
        # A few CAMEO rows have a bare "," as their form: keep words only.
        if len(form.split()) <= 2 and form[:1].isalpha():
            verbs[form] = (row["lemma"].lower(), round(float(row["goldstein"]) / 10, 2), "cameo")
    for row in read_rows(MANUAL):
        for form in inflections(row["lemma"]):
            verbs[form] = (row["lemma"], float(row["stance"]), "manual")
    with VERBS_OUT.open("w", encoding="utf-8") as out:
        out.write(
            "# Verb forms with a stance value (-1 criticise … +1 praise), built by\n"
            "# scripts/build_stance_lexicons.py from the CAMEO verb dictionary with Goldstein\n"
            "# scores (PETRARCH2/Phoenix, MIT: value = goldstein / 10) and\n"
            "# seeds/stance_verbs_manual.tsv (hand-written; its values win).\n"
            "form\tlemma\tstance\tsource\n"
        )
        for form in sorted(verbs):
            lemma, stance, source = verbs[form]
            out.write(f"{form}\t{lemma}\t{stance}\t{source}\n")
    print(f"wrote {len(verbs)} verb forms to {VERBS_OUT}")


def build_valence() -> None:
    try:
        import vaderSentiment
    except ImportError:
        sys.exit("vaderSentiment is needed to build the valence list: pip install vaderSentiment")
    path = Path(vaderSentiment.__file__).parent / "vader_lexicon.txt"
    valence: dict[str, float] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            word, mean = line.split("\t")[:2]
            if word.isalpha() and word.islower():
                valence[word] = max(-1.0, min(1.0, round(float(mean) / 4, 3)))
    with VALENCE_OUT.open("w", encoding="utf-8") as out:
        out.write(
            "# Word valences (-1 … +1) from the VADER lexicon (vaderSentiment 3.3.2,\n"
            "# Copyright (c) 2014 C.J. Hutto, MIT License; Hutto & Gilbert, ICWSM 2014):\n"
            "# lower-case words only, value = mean human rating / 4. Built by\n"
            "# scripts/build_stance_lexicons.py.\n"
            "word\tvalence\n"
        )
        for word in sorted(valence):
            out.write(f"{word}\t{valence[word]}\n")
    print(f"wrote {len(valence)} word valences to {VALENCE_OUT}")


def main(cameo: Path = CAMEO) -> None:
    if not cameo.exists():
        sys.exit(f"CAMEO verb lexicon not found: {cameo}")
    build_verbs(cameo)
    build_valence()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else CAMEO)
