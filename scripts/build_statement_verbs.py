"""Build seeds/statement_verbs.tsv from scripts/statement_verbs_curated.tsv.

Adds the regular inflections of each verb (-s, -ed, -ing) to the forms written
out by hand, and fills the polarity of lemmas marked ``cameo`` with their
Goldstein score / 10 from the CAMEO verb dictionary (PETRARCH2/Phoenix, MIT), as
flattened in ../shared/data/lexicons/cameo_verbs_goldstein.tsv. Run:

    python scripts/build_statement_verbs.py [--cameo PATH]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CURATED = ROOT / "scripts" / "statement_verbs_curated.tsv"
OUT = ROOT / "seeds" / "statement_verbs.tsv"
CAMEO = ROOT.parent / "shared" / "data" / "lexicons" / "cameo_verbs_goldstein.tsv"
VOWELS = "aeiou"


def inflect(lemma: str) -> list[str]:
    """Regular -s, -ed and -ing forms ("deny" → denies, denied, denying)."""
    if lemma.endswith("y") and lemma[-2] not in VOWELS:
        return [lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    if lemma.endswith("e"):
        return [lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return [lemma + "es", lemma + "ed", lemma + "ing"]
    return [lemma + "s", lemma + "ed", lemma + "ing"]


def goldstein(path: Path | None) -> dict[str, float]:
    scores: dict[str, float] = {}
    if path is None:
        return scores
    with path.open(encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            form, lemma, _, score, *_ = line.rstrip("\n").split("\t")
            scores.setdefault(lemma, float(score))
            scores.setdefault(form, float(score))
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cameo", type=Path, default=CAMEO)
    args = parser.parse_args(argv)
    cameo_path = args.cameo if args.cameo.exists() else None
    if cameo_path is None:
        print(f"{args.cameo} not found: 'cameo' polarities become 0", file=sys.stderr)
    scores = goldstein(cameo_path)
    rows: dict[str, tuple[str, str, str, str, str]] = {}
    for line in CURATED.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lemma, cls, polarity, *rest = line.split("\t")
        bare = not lemma.startswith("~")
        lemma = lemma.lstrip("~")
        source = "curated"
        if polarity == "cameo":
            polarity, source = f"{scores.get(lemma, 0.0) / 10:.2f}", "cameo"
        only = bool(rest) and rest[0].startswith("!")
        extra = rest[0].lstrip("!").split("|") if rest and rest[0] else []
        forms = [lemma] if bare else []
        if cls != "cue":
            forms += extra if only else extra + [f for f in inflect(lemma) if f not in extra]
        for form in forms:
            # A verb wins over a cue of the same form: it is also a trigger.
            if form not in rows or (rows[form][2] == "cue" and cls != "cue"):
                rows[form] = (form, lemma, cls, polarity, source)
    header = [
        "# Reported-speech verbs and stance cues: form, lemma, class (speech | addressee | attitude |",
        "# cue; an addressee verb's first object is the one spoken to, not a target),",
        "# polarity toward the verb's object (-1 … +1), source (curated | cameo: Goldstein / 10 from the",
        "# CAMEO verb dictionary, PETRARCH2/Phoenix, MIT). Built by scripts/build_statement_verbs.py from",
        "# scripts/statement_verbs_curated.tsv (hand-written for stancedb, MIT); do not edit by hand.",
        "form\tlemma\tclass\tpolarity\tsource",
    ]
    body = ["\t".join(r) for r in sorted(rows.values())]
    OUT.write_text("\n".join(header + body) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(body)} forms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
