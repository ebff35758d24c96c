"""The gazetteer: alias lookup, case rules, users' aliases and merges."""

from __future__ import annotations

import pytest

from stancedb.actors import Gazetteer, GazetteerRow


@pytest.mark.parametrize(
    ("alias", "expected"),
    [
        ("Putin", ("Vladimir Putin", "person", "Russia")),
        ("Vladimir Putin", ("Vladimir Putin", "person", "Russia")),
        ("Vladimir  Putin", ("Vladimir Putin", "person", "Russia")),  # split without the regex
        ("Xi", ("Xi Jinping", "person", "China")),
        ("Donald Trump", ("Donald Trump", "person", "United States")),
        ("Volodymyr Zelenskyy", ("Volodymyr Zelensky", "person", "Ukraine")),
        ("Hillary Clinton", ("Hillary Clinton", "person", "United States")),
        ("the Kremlin", ("Russia", "country", None)),
        ("Moscow", ("Russia", "country", None)),
        ("Russian", ("Russia", "country", None)),
        ("Beijing", ("China", "country", None)),
        ("Chinese", ("China", "country", None)),
        ("U.S.", ("United States", "country", None)),
        ("the White House", ("United States", "country", None)),
        ("Downing Street", ("United Kingdom", "country", None)),
        ("Washington", ("United States", "country", None)),
        ("Kyiv", ("Ukraine", "country", None)),
        ("NATO", ("NATO", "organization", None)),
        ("UN", ("United Nations", "organization", None)),
        ("WHO", ("World Health Organization", "organization", None)),
        ("International Monetary Fund", ("International Monetary Fund", "organization", None)),
        ("European", ("Europe", "group", None)),
        ("the West", ("the West", "group", None)),
        ("Western", ("the West", "group", None)),
        # Case rules: short aliases are case-sensitive, so these words are no actors.
        ("us", None),
        ("who", None),
        ("xi", None),
        # Ambiguous or unsafe names are left out on purpose.
        ("Georgia", None),
        ("West", None),
    ],
)
def test_default_lookup(alias: str, expected: tuple[str, str, str | None] | None) -> None:
    entry = Gazetteer.default().lookup(alias)
    got = None if entry is None else (entry.name, entry.kind, entry.affiliation)
    assert got == expected


def test_every_un_member_has_a_country_entry() -> None:
    countries = {e.name for e in Gazetteer.default().entries.values() if e.kind == "country"}
    # A spot check across continents; the curated list carries all 193.
    for name in ("Afghanistan", "Brazil", "Fiji", "Kenya", "Tuvalu", "Uruguay", "Zimbabwe"):
        assert name in countries
    assert len(countries) >= 193


ROWS = [
    GazetteerRow("Jane Holloway", "Jane Holloway", "person", "Freedonia"),
    GazetteerRow("Holloway", "Jane Holloway", "person", "Freedonia"),
    GazetteerRow("Freedonia", "Freedonia", "country"),
    GazetteerRow("the Palace", "Freedonia", "country"),
]


@pytest.mark.parametrize(
    ("alias", "expected"),
    [
        ("Holloway", "Jane Holloway"),
        ("the Palace", "Freedonia"),
        ("Palace", None),
        ("Sylvania", None),
    ],
)
def test_from_rows(alias: str, expected: str | None) -> None:
    entry = Gazetteer.from_rows(ROWS).lookup(alias)
    assert (entry.name if entry else None) == expected


def test_user_alias_and_merge_are_respected() -> None:
    base = Gazetteer.from_rows(ROWS)
    fixed = base.with_overrides(
        aliases={"J. Holloway": "Jane Holloway", "Sylvania": "Sylvania"},
        merges={"Freedonia": "Republic of Freedonia"},
    )
    assert fixed.lookup("J. Holloway").name == "Jane Holloway"  # type: ignore[union-attr]
    assert fixed.lookup("Sylvania").kind == "person"  # type: ignore[union-attr]
    assert fixed.canonical("Freedonia") == "Republic of Freedonia"
    # A merged actor's aliases, and affiliations pointing to it, follow the merge.
    assert fixed.lookup("the Palace").name == "Republic of Freedonia"  # type: ignore[union-attr]
    assert fixed.lookup("Holloway").affiliation == "Republic of Freedonia"  # type: ignore[union-attr]
    # The original is unchanged.
    assert base.lookup("J. Holloway") is None


def test_merge_cycle_stops() -> None:
    gaz = Gazetteer.from_rows(ROWS, merges={"A": "B", "B": "A"})
    assert gaz.canonical("A") in ("A", "B")


def test_unknown_kind_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown actor kind"):
        Gazetteer.from_rows([GazetteerRow("X", "X", "planet")])  # type: ignore[arg-type]
