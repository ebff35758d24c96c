"""Build seeds/gazetteer.tsv and seeds/first_names.txt.

Sources:
- scripts/gazetteer_curated.tsv: hand-curated countries (every UN member state and a few more) with
  their names, demonyms, capitals and government stand-ins, international organisations, groups, and
  current leaders (the Phoenix dictionaries end in 2014).
- the Phoenix actor dictionaries (PETRARCH2 / Open Event Data Alliance, MIT), as flattened in
  ../shared/data/lexicons/phoenix_actor_aliases.tsv: extra spellings of country names, and people who
  held government posts from 2008 on, with their country.
- for seeds/first_names.tsv, also the US Census 1990 first-name lists with their gender, as shipped
  in the ``names`` package on PyPI (0.3.0, MIT; the data is public domain): ``pip install names``,
  and scripts/given_names_curated.tsv (the curated people's given names the census lacks); and its
  surname list, to leave out Phoenix's one-word company aliases that are common surnames.
- the GCIDE dictionary's headwords (GNU Collaborative International Dictionary of English, GPL; as
  shipped in the ``english-words`` package on PyPI, 2.0.2, MIT: ``pip install english-words``), to
  leave out Phoenix's one-word company aliases that are plain English words ("Highway", "Borders",
  "Citizens", "Express"): the text names such a firm only where a noun introduces it ("record
  company Universal"), which the actor stage reads from the text without the gazetteer.

Phoenix also lists cities, regions and rivers as country aliases ("VLADIMIR" → Russia, "PHOENIX" →
United States); those would turn person names into countries, so only spellings that start like one
of the curated names of that country are taken. Run:

    python scripts/build_gazetteer.py [--phoenix PATH] [--census DIR]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CURATED = ROOT / "scripts" / "gazetteer_curated.tsv"
CURATED_NAMES = ROOT / "scripts" / "given_names_curated.tsv"
ROLES = ROOT / "seeds" / "actor_words.tsv"
OUT = ROOT / "seeds" / "gazetteer.tsv"
FIRST_NAMES = ROOT / "seeds" / "first_names.tsv"
PHOENIX = ROOT.parent / "shared" / "data" / "lexicons" / "phoenix_actor_aliases.tsv"

# A year from which a Phoenix entry still counts as current enough to ship.
RECENT_YEAR = 2008
# Words of group and company names that Phoenix files among its people ("FREE SYRIAN ARMY").
ORG_WORDS = frozenset(
    [
        "ARMY",
        "MOVEMENT",
        "GROUP",
        "GROUPS",
        "PARTY",
        "FRONT",
        "COALITION",
        "UNION",
        "COUNCIL",
        "COMPANY",
        "CORP",
        "CORPORATION",
        "BANK",
        "INC",
        "LTD",
        "ASSOCIATION",
        "ORGANIZATION",
        "ORGANISATION",
        "COMMITTEE",
        "FORCES",
        "FORCE",
        "BRIGADE",
        "BRIGADES",
        "REPUBLIC",
        "PEOPLE",
        "PEOPLES",
        "YOUTH",
        "GREEKS",
        "FUND",
        "INSTITUTE",
        "FOUNDATION",
        "AGENCY",
        "MINISTRY",
        "CENTER",
        "CENTRE",
        "NETWORK",
        "LEAGUE",
        "ALLIANCE",
        "SOCIETY",
        "TRUST",
        "HOLDINGS",
        "GROUP",
        "SYSTEMS",
        "INDUSTRIES",
    ]
)
SMALL_WORDS = frozenset(["OF", "THE", "AND", "FOR", "IN", "ON", "AT", "TO"])
COMPANY_SUFFIXES = frozenset(
    [
        "INC",
        "INCORPORATED",
        "CORP",
        "CORPORATION",
        "CO",
        "COMPANY",
        "LTD",
        "LIMITED",
        "PLC",
        "LLC",
        "AG",
        "SA",
        "S.A",
        "NV",
        "N.V",
        "SPA",
        "GROUP",
        "HOLDINGS",
        "&",
    ]
)
INSTITUTION_WORDS = frozenset(
    [
        "INTERNATIONAL",
        "NATIONS",
        "WATCH",
        "COMMISSION",
        "CROSS",
        "PROGRAMME",
        "PROGRAM",
        "BANK",
        "WORLD",
        "DOCTORS",
        "MEDECINS",
        "FRONTIERES",
        "AMNESTY",
        "GREENPEACE",
        "OXFAM",
    ]
)
NAME_TOKEN = re.compile(r"^[A-Z][A-Z.'\-]*$")


def read_curated() -> list[tuple[str, str, str, str, list[str]]]:
    rows = []
    for line in CURATED.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, canonical, affiliation, code, aliases = line.split("\t")
        rows.append((kind, canonical, affiliation, code, aliases.split("|")))
    return rows


def read_roles() -> set[str]:
    """Upper-cased role words ("PRESIDENT", "MINISTER"): a name that holds one is a title, not a person."""
    roles = set()
    for line in ROLES.read_text(encoding="utf-8").splitlines():
        word, _, category = line.partition("\t")
        if category == "role":
            roles.update(word.upper().split("-"))
    return roles


def smart_title(name: str) -> str:
    """'JOHN MCCAIN' → 'John McCain'; "MARTIN O'MALLEY" → "Martin O'Malley"; "FUND FOR WOMEN" →
    "Fund for Women"; "CHILDREN'S" → "Children's"."""
    words = []
    for k, word in enumerate(name.split()):
        if k > 0 and word in SMALL_WORDS:
            words.append(word.lower())
            continue
        parts = re.split(r"([\-'])", word.lower())
        out = "".join(p if len(p) == 1 and i > 0 else p.capitalize() for i, p in enumerate(parts))
        if out.startswith("Mc") and len(out) > 2:
            out = "Mc" + out[2:].capitalize()
        words.append(out)
    return " ".join(words)


def year_of(stamp: str) -> int | None:
    digits = stamp.strip("<>")
    if len(digits) == 8 and digits.isdigit():
        return int(digits[:4])
    if len(digits) == 6 and digits.isdigit():
        yy = int(digits[:2])
        return 2000 + yy if yy <= 30 else 1900 + yy
    return None


def is_recent(date_range: str) -> bool:
    if date_range.startswith(">"):
        return True  # open-ended: still in office when the dictionary was written
    if "-" in date_range:
        end = year_of(date_range.split("-")[-1])
        return end is not None and end >= RECENT_YEAR
    return False


def prefix(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.casefold())[:4]


def strip_suffix(name: str) -> str:
    """ "GENERAL MOTORS CORPORATION" → "GENERAL MOTORS": the name a newspaper uses; but "NEW
    YORK AND COMPANY" stays whole ("New York and" would name the firm in "New York and London")."""
    words = name.replace(",", " ").split()
    while len(words) > 1 and words[-1].strip(".") in COMPANY_SUFFIXES and words[-2] not in SMALL_WORDS:
        words.pop()
    return " ".join(words)


def organizations(
    orgs: dict[str, list[list[str]]],
    country_by_code: dict[str, str],
    taken: dict[str, str],
    common_surnames: frozenset[str] = frozenset(),
    common_words: frozenset[str] = frozenset(),
) -> list[tuple[str, str, str, str, str]]:
    """Companies (CAMEO MNC), NGOs and IGOs; NGO/IGO entries that are people are left out, and
    so are one-word aliases that are common surnames ("Hawkins", "Lindsay", "Hackett"): in
    the news such a word names people far more often than the firm; and one-word aliases
    that are English words, or their plurals (lower-case ``common_words``: "Highway to
    Hell", "the Scottish Borders", "Polar Express", "Citizens for Trump")."""
    rows = []
    for primary, entries in orgs.items():
        codes = {c for _, c in entries}
        company = any(c.startswith("MNC") for c in codes)
        words = set(primary.split())
        if not company and not words & (ORG_WORDS | INSTITUTION_WORDS):
            continue  # a person at an NGO or IGO ("KOFI ANNAN")
        if re.search(r"[()/]", primary):
            continue
        canonical = smart_title(strip_suffix(primary))
        country = next((c[3:6] for c in sorted(codes) if c.startswith("MNC")), "")
        affiliation = country_by_code.get(country, "")
        aliases = {strip_suffix(a) for a, _ in entries} | {a for a, _ in entries}
        for alias in sorted(aliases):
            key = alias.casefold()
            if len(alias) < 5 or " " not in alias and len(alias) < 7 or key in taken:
                continue  # short one-word names ("APPLE") are too often plain words
            if re.search(r"[()/,]", alias):
                continue
            if " " not in alias and smart_title(alias) in common_surnames:
                continue
            if " " not in alias and _is_word(key, common_words):
                continue
            taken[key] = canonical
            rows.append((smart_title(alias), canonical, "organization", affiliation, "phoenix"))
    return rows


def _is_word(key: str, common_words: frozenset[str]) -> bool:
    """Whether a case-folded word, or the singular of a plural in -s or -es, is an English word."""
    return (
        key in common_words
        or (key.endswith("s") and key[:-1] in common_words)
        or (key.endswith("es") and key[:-2] in common_words)
    )


def build(
    phoenix: Path | None,
    common_surnames: frozenset[str] = frozenset(),
    common_words: frozenset[str] = frozenset(),
) -> tuple[list[tuple[str, str, str, str, str]], list[str], set[str]]:
    roles = read_roles()
    curated = read_curated()
    rows: list[tuple[str, str, str, str, str]] = []
    taken: dict[str, str] = {}  # folded alias → canonical, curated first
    country_by_code: dict[str, str] = {}
    prefixes: dict[str, set[str]] = defaultdict(set)
    curated_people: dict[str, str] = {}
    first_names: Counter[str] = Counter()

    for kind, canonical, affiliation, code, aliases in curated:
        if kind == "country":
            country_by_code[code] = canonical
            prefixes[code] = {prefix(a) for a in aliases}
        if kind == "person":
            curated_people[canonical.casefold()] = canonical
            first_names[canonical.split()[0]] += 3
        for alias in aliases:
            taken.setdefault(alias.casefold(), canonical)
            rows.append((alias, canonical, kind, affiliation, "curated"))

    if phoenix is not None:
        by_primary: dict[str, list[list[str]]] = defaultdict(list)
        orgs: dict[str, list[list[str]]] = defaultdict(list)
        with phoenix.open(encoding="utf-8") as fh:
            next(fh)
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                if len(parts) != 5:
                    continue
                alias, primary, code, date_range, source = parts
                if "Countries" in source and len(code) == 3 and code in country_by_code:
                    ok = (
                        len(alias) >= 5
                        and not re.search(r"[(),/]", alias)
                        and prefix(alias) in prefixes[code]
                    )
                    if ok and alias.casefold() not in taken:
                        canonical = country_by_code[code]
                        taken[alias.casefold()] = canonical
                        rows.append((alias, canonical, "country", "", "phoenix"))
                elif len(code) > 3 and code[:3] in country_by_code:
                    by_primary[primary].append([alias, code, date_range])
                elif code[:3] in ("MNC", "NGO", "IGO"):
                    orgs[primary].append([alias, code])

        ambiguous: set[str] = set()
        people: list[tuple[str, str, list[str]]] = []
        for primary, entries in by_primary.items():
            tokens = primary.split()
            if not 2 <= len(tokens) <= 4 or not all(NAME_TOKEN.match(t) for t in tokens):
                continue
            if any(t.strip(".") in roles or t in ORG_WORDS for t in tokens):
                continue
            if len(tokens) <= 3:
                first_names[smart_title(tokens[0])] += 1
            if not any("GOV" in c and is_recent(d) for _, c, d in entries):
                continue
            codes = Counter(c[:3] for _, c, _ in entries)
            affiliation = country_by_code[codes.most_common(1)[0][0]]
            canonical = curated_people.get(primary.casefold(), smart_title(primary))
            aliases = sorted(
                {
                    a
                    for a, _, _ in entries
                    if len(a.split()) >= 2
                    and tokens[-1] in a.split()
                    and not re.search(r"[(),/]", a)
                }
            )
            people.append((canonical, affiliation, aliases))
        rows.extend(organizations(orgs, country_by_code, taken, common_surnames, common_words))
        seen_alias: dict[str, str] = {}
        for canonical, _, aliases in people:
            for alias in aliases:
                key = alias.casefold()
                if key in seen_alias and seen_alias[key] != canonical:
                    ambiguous.add(key)
                seen_alias[key] = canonical
        for canonical, affiliation, aliases in people:
            for alias in aliases:
                key = alias.casefold()
                if key in ambiguous or key in taken:
                    continue
                taken[key] = canonical
                rows.append((smart_title(alias), canonical, "person", affiliation, "phoenix"))

    # A word of a place or organisation name ("World", "New", "United") is not a given name,
    # even where Phoenix lists a company or a body among its people.
    place_words = {
        w.casefold()
        for a, _, kind, _, source in rows
        if kind != "person" and source == "curated"
        for w in a.split()
    }
    names = sorted(
        n
        for n, c in first_names.items()
        if c >= 3
        and len(n) >= 3
        and n.isalpha()
        and n.casefold() not in place_words
        and n.upper() not in roles
    )
    return rows, names, place_words


NOT_NAMES = frozenset(
    [
        "JANUARY",
        "FEBRUARY",
        "MARCH",
        "APRIL",
        "MAY",
        "JUNE",
        "JULY",
        "AUGUST",
        "SEPTEMBER",
        "OCTOBER",
        "NOVEMBER",
        "DECEMBER",
        "MONDAY",
        "TUESDAY",
        "WEDNESDAY",
        "THURSDAY",
        "FRIDAY",
        "SATURDAY",
        "SUNDAY",
        "CHRISTIAN",
        "CHRISTIANS",
    ]
)


def census_names(folder: Path | None) -> dict[str, str]:
    """Census first names → "m", "f", or "-" where neither gender has 5 times the other's share."""
    share: dict[str, dict[str, float]] = defaultdict(dict)
    if folder is None:
        return {}
    for gender, fname in (("m", "dist.male.first"), ("f", "dist.female.first")):
        for line in (folder / fname).read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if parts and parts[0] not in NOT_NAMES:
                share[smart_title(parts[0])][gender] = float(parts[1])
    genders = {}
    for name, by in share.items():
        m, f = by.get("m", 0.0), by.get("f", 0.0)
        genders[name] = "m" if m >= 5 * f else "f" if f >= 5 * m else "-"
    return genders


# Surnames at most this rank in the census list (down to about 0.01 % of people) are common.
COMMON_SURNAME_RANK = 2000


def census_surnames(folder: Path | None) -> frozenset[str]:
    """The common census surnames, title-cased."""
    if folder is None:
        return frozenset()
    common = set()
    for line in (folder / "dist.all.last").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if parts and int(parts[3]) <= COMMON_SURNAME_RANK:
            common.add(smart_title(parts[0]))
    return frozenset(common)


def dictionary_words() -> frozenset[str]:
    """The GCIDE headwords, lower-cased; empty without the ``english-words`` package."""
    try:
        from english_words import get_english_words_set  # type: ignore[import-not-found]
    except ImportError:
        return frozenset()
    return frozenset(get_english_words_set(["gcide"], lower=True))


def default_census() -> Path | None:
    try:
        import names  # type: ignore[import-not-found]
    except ImportError:
        return None
    return Path(names.__file__).parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phoenix", type=Path, default=PHOENIX)
    parser.add_argument("--census", type=Path, default=None)
    args = parser.parse_args(argv)
    phoenix = args.phoenix if args.phoenix.exists() else None
    if phoenix is None:
        print(f"{args.phoenix} not found: building from the curated list only", file=sys.stderr)
    census = args.census or default_census()
    if census is None:
        print(
            "no census name lists (pip install names): given names from Phoenix only",
            file=sys.stderr,
        )
    common_words = dictionary_words()
    if not common_words:
        print(
            "no dictionary (pip install english-words): company aliases that are words kept",
            file=sys.stderr,
        )
    rows, names, place_words = build(phoenix, census_surnames(census), common_words)
    genders = {n: "-" for n in names}
    for name, gender in census_names(census).items():
        if name.casefold() not in place_words:
            genders[name] = gender
    for line in CURATED_NAMES.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, gender = line.split("\t")
            if genders.get(name, "-") == "-":
                genders[name] = gender
    header = [
        "# stancedb actor gazetteer: alias → canonical actor, kind, affiliation (a person's country).",
        "# Built by scripts/build_gazetteer.py from scripts/gazetteer_curated.tsv (hand-curated by the",
        "# stancedb developers, MIT) and the Phoenix actor dictionaries (PETRARCH2 / Open Event Data",
        "# Alliance, MIT; entries end in 2014): country spellings, and people in government posts from",
        f"# {RECENT_YEAR} on. Phoenix's one-word company names that are common US surnames (US Census 1990)",
        "# or English words (the GCIDE headwords, as shipped in the english-words package) are left out.",
        "# source = curated | phoenix. Do not edit by hand: edit the curated list and rebuild.",
        "alias\tcanonical\tkind\taffiliation\tsource",
    ]
    body = ["\t".join(r) for r in rows]
    OUT.write_text("\n".join(header + body) + "\n", encoding="utf-8")
    FIRST_NAMES.write_text(
        "# Given names with their gender (m, f, - unknown or both), used to recognise person names\n"
        "# that are not in the gazetteer and to match he/she to a person. Built by\n"
        "# scripts/build_gazetteer.py from the US Census 1990 first-name lists (public domain, as\n"
        "# shipped in the MIT-licensed `names` package) and the first words of the person names in the\n"
        "# Phoenix actor dictionaries (MIT) seen at least three times, and hand-written ones\n"
        "# (scripts/given_names_curated.tsv); words of place and organisation\n"
        "# names, months and days are left out.\n"
        "name\tgender\n" + "".join(f"{n}\t{g}\n" for n, g in sorted(genders.items())),
        encoding="utf-8",
    )
    print(f"{OUT}: {len(rows)} aliases; {FIRST_NAMES}: {len(genders)} names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
