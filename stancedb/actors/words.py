"""Word lists the actor and statement stages use: roles, institutions, pronouns, given names.

Loaded once from ``seeds/actor_words.tsv`` and ``seeds/first_names.tsv`` (given names
with their gender: "m", "f", or "-" for unknown).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from stancedb.resources import seed_path

# The endings of a noun for a person ("sprinter", "astrophysicist", "midfielder"); other
# such nouns are the person_noun words of seeds/actor_words.tsv ("prodigy", "centre").
PERSON_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "ess", "ant", "ent", "eur")
# The endings of the demonyms of countries ("Australian", "Japanese", "British", "Israeli",
# "Dutch").
DEMONYM_ENDINGS = ("an", "ese", "ish", "i", "ch")


@dataclass(frozen=True, slots=True)
class ActorWords:
    """Lower-cased word lists by category; multi-word entries as tuples of words."""

    roles: frozenset[tuple[str, ...]]
    role_starts: frozenset[str]
    role_heads: frozenset[str]
    # The last two letters of each role head: a cheap first test of the word before a name.
    role_head_endings: frozenset[str]
    institutions: frozenset[tuple[str, ...]]
    institution_heads: frozenset[str]
    institution_starts: frozenset[str]
    pronouns: frozenset[str]
    not_names: frozenset[str]
    # No name after a title ("General Election", "Star Wars").
    not_after_title: frozenset[str]
    courtesy: frozenset[str]
    openers: frozenset[str]
    group_refs: frozenset[tuple[str, ...]]
    we: frozenset[str]
    lead_in: frozenset[str]
    scope_end: frozenset[tuple[str, ...]]
    # Last words of organisation names; the second set holds those that are surnames too.
    org_heads: frozenset[str]
    org_heads_surname: frozenset[str]
    # Heads that name one club, band or brand, never shared across "and" ("Snow Patrol").
    brand_heads: frozenset[str]
    # Nouns that introduce an organisation's name ("carmaker Toyota"), and their last three
    # letters (a cheap first test, as role_head_endings; two letters would let "in", "for"
    # and "said" through), and their last letters (a cheaper test still: a one-letter
    # string is shared, where a slice of three builds a new one and hashes it).
    org_nouns: frozenset[str]
    org_noun_endings: frozenset[str]
    org_noun_last_letters: frozenset[str]
    # The organisation nouns that never name a person ("retailer", not "broadcaster").
    firm_nouns: frozenset[str]
    # Nouns after a name that make it whose or where a thing is ("the European title").
    things: frozenset[str]
    # Nouns after a name that keep it a stance target ("the British public", "US policy").
    actor_itself: frozenset[str]
    # Words after a name that are no noun ("the IMF found", "the EU less accountable"):
    # the no_noun words with the joining, lead_in and pronoun words.
    no_noun: frozenset[str]
    # Nouns for a person that end a description ("French prodigy"), and words that join
    # phrases or make a verb ("could", "and").
    person_nouns: frozenset[str]
    # Last words of the names of places, events, prizes and shows ("Park City", "Davis Cup").
    place_or_event_ends: frozenset[str]
    joining: frozenset[str]
    authored: frozenset[str]
    first_names: dict[str, str]
    max_role_words: int

    def gender(self, person: str) -> str:
        """ "m", "f" or "-": the gender of a person's given name, where the name list knows it."""
        return self.first_names.get(person.split()[0], "-") if person else "-"


@lru_cache(maxsize=1)
def actor_words() -> ActorWords:
    """The shipped word lists, loaded once per process."""
    by_category: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for line in seed_path("actor_words.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line == "word\tcategory":
            continue
        word, category = line.split("\t")
        by_category[category].add(tuple(word.lower().split("-")))
    names: dict[str, str] = {}
    for line in seed_path("first_names.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and line != "name\tgender":
            name, gender = line.split("\t")
            names[name] = gender

    def singles(category: str) -> frozenset[str]:
        return frozenset(w[0] for w in by_category[category] if len(w) == 1)

    roles = frozenset(by_category["role"])
    role_heads = frozenset(r[-1] for r in roles)
    # role_head_endings compares two letters: a shorter head would never pass it.
    assert all(len(head) >= 2 for head in role_heads), "a role head of one letter"
    institutions = frozenset(by_category["institution"])
    return ActorWords(
        roles=roles,
        role_starts=frozenset(r[0] for r in roles),
        role_heads=role_heads,
        role_head_endings=frozenset(head[-2:] for head in role_heads),
        institutions=institutions,
        institution_heads=frozenset(r[-1] for r in institutions),
        institution_starts=frozenset(r[0] for r in institutions),
        pronouns=singles("pronoun"),
        not_names=singles("not_name") | singles("pronoun") | singles("we"),
        not_after_title=singles("not_after_title"),
        courtesy=singles("courtesy"),
        # Capitalised sentence openers, as written ("The", "But", "In").
        openers=frozenset(
            w.capitalize() for w in singles("opener") | singles("lead_in") | singles("not_name")
        ),
        group_refs=frozenset(by_category["group_ref"]),
        we=singles("we"),
        lead_in=singles("lead_in"),
        scope_end=frozenset(by_category["scope_end"]),
        org_heads=singles("org_head") | singles("org_head_surname"),
        org_heads_surname=singles("org_head_surname"),
        brand_heads=singles("brand_head"),
        org_nouns=singles("org_noun"),
        org_noun_endings=frozenset(noun[-3:] for noun in singles("org_noun")),
        org_noun_last_letters=frozenset(noun[-1] for noun in singles("org_noun")),
        firm_nouns=singles("org_noun") - singles("person_org_noun"),
        things=singles("thing"),
        actor_itself=singles("actor_itself"),
        no_noun=(
            singles("no_noun") | singles("joining") | singles("lead_in") | singles("pronoun")
        ),
        person_nouns=singles("person_noun"),
        place_or_event_ends=singles("place_or_event_end"),
        joining=singles("joining"),
        authored=singles("authored"),
        first_names=names,
        max_role_words=max(len(r) for r in roles),
    )
