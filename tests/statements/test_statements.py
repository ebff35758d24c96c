"""Stances from quotes and reported speech, with the shipped scorer and with fixed test scorers."""

from __future__ import annotations

import pytest

from stancedb.actors import resolve_actors
from stancedb.records import Quote, Stance, StanceScore
from stancedb.stance import Scorer, get_scorer
from stancedb.statements import find_stances
from stancedb.statements.context import ArticleContext, label_of, outside
from stancedb.text import segment
from tests.actors.seed import SEED, seed_quotes


class FixedScorer:
    """Gives every pair the same score, so a test sees what the verbs and cues decide."""

    name = "fixed"
    version = "test"

    def __init__(self, value: float = 0.0) -> None:
        self.value = value

    def score(
        self,
        text: str,
        target_start: int,
        target_end: int,
        holder_start: int | None = None,
        holder_end: int | None = None,
    ) -> StanceScore:
        assert 0 <= target_start < target_end <= len(text)
        return StanceScore(self.value, label_of(self.value), ("fixed",))


def stances(
    text: str, quotes: list[Quote] | None = None, scorer: Scorer | None = None
) -> list[Stance]:
    quotes = quotes or []
    seg = segment(text)
    resolution = resolve_actors(text, quotes, seg)
    return find_stances(text, quotes, resolution, seg, scorer or FixedScorer())


def pairs(found: list[Stance]) -> set[tuple[str, str, str]]:
    return {(s.holder, s.target, s.label) for s in found}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Tuesday, Trump indicated potential new sanctions against Russia if Putin fails.",
            {("Donald Trump", "Russia", "negative")},
        ),
        (
            "Chinese President Xi Jinping pledged to elevate China-Russia relations to new heights.",
            {("Xi Jinping", "Russia", "positive")},
        ),
        (
            (
                "While courting Kenya, Beijing denies allegations from the U.S. and its allies that it is "
                "supporting Russia."
            ),
            {("China", "United States", "negative")},
        ),
        (
            "Trump has expressed personal admiration for both Xi and Putin but is wary of Iran.",
            {
                ("Donald Trump", "Xi Jinping", "positive"),
                ("Donald Trump", "Vladimir Putin", "positive"),
            },
        ),
        (
            "Senator Jane Holloway condemned Moscow on Monday.",
            {("Jane Holloway", "Russia", "negative")},
        ),
        (
            "Macron, speaking in Berlin after a long meeting, praised Merkel.",
            {("Emmanuel Macron", "Angela Merkel", "positive")},
        ),
        (
            "Macron did not criticise Merkel.",
            {("Emmanuel Macron", "Angela Merkel", "positive")},
        ),
        # The subject of "which" is the actor before the comma.
        (
            "Xi met the new U.S. administration, which has signaled openness to engaging with Putin.",
            {("United States", "Vladimir Putin", "positive")},
        ),
        # "the two nations" is the two countries just discussed, minus the holder's own.
        (
            "Putin flew to China. He lauded the trade between the two nations.",
            {("Vladimir Putin", "China", "positive")},
        ),
        # No stance toward oneself or one's own country, nor from a bare title.
        ("Putin praised Russia and Moscow.", set()),
        ("The U.S. President also urged Xi to act.", set()),
        # An actor inside a prepositional phrase is not a subject.
        ("This call between Xi and Putin underlines the ties of China and Russia.", set()),
        # The one spoken to is no target; a compound adjective is no verb.
        ("Biden told host Mika Brzezinski that he would win.", set()),
        (
            "Biden told Mika Brzezinski, a host, that Trump had failed.",
            {("Joe Biden", "Donald Trump", "neutral")},
        ),
        ("Hawkins faced the Sanders-backed candidate Joe Biden.", set()),
        # One actor alone makes no statement.
        ("Trump praised the weather.", set()),
        # A verb hides in no capitalised word: "Islam" holds no "slam".
        ("Yusuf Islam met Merkel in Berlin.", set()),
        # The one told, or the one in "an interview with", is not the subject.
        ("Earlier, he told the United Nations the U.S. had increased support for Kenya.", set()),
        (
            "But in a speech to NATO, Macron refused to give a date, saying Merkel had agreed.",
            {("Emmanuel Macron", "Angela Merkel", "neutral")},
        ),
        # After "the president of France," the subject is the name in apposition …
        (
            "The president of France, Emmanuel Macron, praised Merkel.",
            {("Emmanuel Macron", "Angela Merkel", "positive")},
        ),
        # … not the next item of a list.
        (
            (
                "Estimates from the World Bank put the aid needed by Kenya, Uganda, Somalia and "
                "Ethiopia at $5bn, similar to the cash offered to Haiti."
            ),
            set(),
        ),
        # A clause after a comma with a subject of its own takes no holder from before it.
        (
            "The first motion named Putin, and the second accused Merkel of fraud.",
            set(),
        ),
        # A passive is held by its agent; after a determiner the word is a noun.
        ("Merkel was criticised by Macron.", set()),
        ("Merkel has been accused of misleading Macron.", set()),
        # "Deny" with a name right after it keeps someone from something.
        ("Putin denied Merkel a meeting.", set()),
        ("Putin went back on a pledge to meet Merkel.", set()),
        # A side named before a role is no holder: the person after the role is.
        (
            "Tory co-chairman Liam Fox attacked Labour on Monday.",
            {("Liam Fox", "Labour Party", "negative")},
        ),
        # ... but a verb is no word of a role: "attacked leader" leaves Labour the holder.
        (
            "Labour attacked leader Michael Howard on Monday.",
            {("Labour Party", "Michael Howard", "negative")},
        ),
        # The side a role or an apposition gives a person anywhere in the article is its own.
        (
            (
                "Tory co-chairman Liam Fox spoke in Brighton. Dr Fox praised the Tories and "
                "attacked Labour."
            ),
            {("Liam Fox", "Labour Party", "negative")},
        ),
        (
            (
                "Ed Balls, a prospective Labour MP, spoke on Monday. He praised Labour and "
                "criticised the Tories."
            ),
            {("Ed Balls", "Conservative Party", "negative")},
        ),
        # So is whom a person works for ("…, chief executive of the …").
        (
            (
                "Ed Balls, chairman of the Labour Party, spoke on Monday. He praised Labour and "
                "criticised the Tories."
            ),
            {("Ed Balls", "Conservative Party", "negative")},
        ),
        # A country described before a person is whose the person is, and its side.
        (
            "American sprinter Kelli White praised Victor Conte.",
            {("Kelli White", "Victor Conte", "positive")},
        ),
        (
            "Britain's Tim Henman played on Monday. Henman praised Britain and Roger Federer.",
            {("Tim Henman", "Roger Federer", "positive")},
        ),
        # A name that only says whose or where a thing is is no target ("US insurers") …
        (
            "Macron praised the US insurers and Merkel.",
            {("Emmanuel Macron", "Angela Merkel", "positive")},
        ),
        ("Merkel hailed the Spanish-speaking world and the European title.", set()),
        # … nor one that describes the noun after it ("a German war criminal", "the UK
        # programme"), unless it names the actor's people, acts, institutions or officials.
        (
            "Merkel criticised a German war criminal and the UK programme.",
            set(),
        ),
        (
            "Merkel said a Jackson lawyer had called her about Russian law.",
            set(),
        ),
        ("Merkel attacked the deal under United States law.", set()),
        (
            "Merkel attacked the [Lisbon] agreement and Mr Putin.",
            {("Angela Merkel", "Vladimir Putin", "negative")},
        ),
        (
            "Merkel criticised the Russian government and US policy.",
            {("Angela Merkel", "Russia", "negative"), ("Angela Merkel", "United States", "negative")},
        ),
        (
            "Merkel thanked the British public.",
            {("Angela Merkel", "United Kingdom", "positive")},
        ),
        # A country's possessive before a name says where the name is from ("Japan's
        # Sumitomo Mitsui"); before a role it is the country's side.
        (
            "Japan's Sumitomo Mitsui criticised Russia.",
            {("Sumitomo Mitsui", "Russia", "negative")},
        ),
        ("Angela Merkel praised Germany's Hexal.", set()),
        # A person's possessive before a described person: the second one acts, and may
        # well speak about the first.
        (
            "Hunter Biden's former business partner Tony Bobulinski attacked Joe Biden.",
            {("Tony Bobulinski", "Joe Biden", "negative")},
        ),
        (
            "Mr Brown's former adviser Ed Balls criticised Mr Brown.",
            {("Ed Balls", "Brown", "negative")},
        ),
        # "…, says X" at a sentence's end: X is the speaker, and what comes before is what
        # was said (scored by the scorer alone) …
        (
            "Prince Harry should apologise for the costume, says Tory leader Michael Howard.",
            {("Michael Howard", "Harry", "neutral")},
        ),
        (
            "China has seen two decades of growth, says the BBC's Louisa Lim in Beijing.",
            {("Louisa Lim", "China", "neutral")},
        ),
        # … unless the name after the verb begins what was said.
        (
            "Evan Mann, an analyst at Gimme Credit, said Mr Lynch's job would not be easy.",
            {("Evan Mann", "Lynch", "neutral")},
        ),
        (
            "Peter Mandelson, a European Commissioner, warned the BBC to stop demonising Mr Campbell.",
            {("Peter Mandelson", "Campbell", "neutral")},
        ),
        # A plural name with a verb after it is still the subject of a clause.
        (
            "Merkel warned that the Tories wreck the economy.",
            {("Angela Merkel", "Conservative Party", "negative")},
        ),
        # … nor is a place ("at a summit in Turkey"), unless one has faith in it.
        (
            "Putin praised Merkel at a summit in Turkey.",
            {("Vladimir Putin", "Angela Merkel", "positive")},
        ),
        (
            "Putin said he had lost confidence in the United Nations.",
            {("Vladimir Putin", "United Nations", "neutral")},
        ),
        # A dateline is where the story was filed, not who holds the stance.
        (
            "WASHINGTON — Sen. Ann Lee on Wednesday criticised Russia.",
            {("Ann Lee", "Russia", "negative")},
        ),
        # … also with its state or date, or an agency after a city in lower case.
        (
            "BERLIN, Germany — Ann Lee on Wednesday criticised Russia.",
            {("Ann Lee", "Russia", "negative")},
        ),
        (
            "PARIS, Aug 31 (Reuters) - Ann Lee on Wednesday criticised Russia.",
            {("Ann Lee", "Russia", "negative")},
        ),
        (
            "Paris (AFP) – Ann Lee on Wednesday criticised Russia.",
            {("Ann Lee", "Russia", "negative")},
        ),
        # Verbs joined by "and"/"but" share their subject; a clause joined with its own
        # subject ends the first verb's targets.
        (
            "Tony Blair praised George Bush but attacked Jacques Chirac.",
            {("Tony Blair", "George Bush", "positive"), ("Tony Blair", "Jacques Chirac", "negative")},
        ),
        (
            "John Kerry criticised Russia, and Sergei Lavrov attacked the United States.",
            {("John Kerry", "Russia", "negative"), ("Sergei Lavrov", "United States", "negative")},
        ),
        # The verb's sign goes to its object, a list of actors included; an actor further
        # on is the scorer's alone (here neutral).
        (
            "Angela Merkel criticised Russia for a pipeline deal signed with China.",
            {("Angela Merkel", "Russia", "negative"), ("Angela Merkel", "China", "neutral")},
        ),
        (
            "Angela Merkel criticised Russia and the United States over the pipeline deal.",
            {("Angela Merkel", "Russia", "negative"), ("Angela Merkel", "United States", "negative")},
        ),
        # … and a name that is no actor before it is the object ("warned the BBC").
        (
            "Angela Merkel warned the BBC about its coverage of Russia.",
            {("Angela Merkel", "Russia", "neutral")},
        ),
    ],
)
def test_reported_speech(text: str, expected: set[tuple[str, str, str]]) -> None:
    found = stances(text)
    assert all(s.statement == "indirect" for s in found)
    assert pairs(found) == expected


def test_the_verb_decides_the_sign_over_the_scorer() -> None:
    text = "Beijing denies allegations from the U.S. about its trade."
    (stance,) = stances(text, scorer=FixedScorer(0.9))
    assert (stance.holder, stance.target, stance.label) == ("China", "United States", "negative")
    assert stance.evidence[0] == "verb:denies"
    assert (
        text[stance.evidence_start : stance.evidence_end]
        == "Beijing denies allegations from the U.S."
    )


def quote_in(text: str, quoted: str, speaker: str) -> Quote:
    start = text.index(quoted)
    s_start = text.index(speaker, start + len(quoted))
    return Quote(
        start,
        start + len(quoted),
        quoted,
        "direct",
        speaker=speaker,
        speaker_start=s_start,
        speaker_end=s_start + len(speaker),
    )


@pytest.mark.parametrize(
    ("text", "quoted", "speaker", "expected"),
    [
        # The actors a quote names, not the speaker nor the speaker's country.
        (
            "“Russia and Ukraine must talk, and Putin knows it,” Putin said.",
            "Russia and Ukraine must talk, and Putin knows it,",
            "Putin",
            {("Vladimir Putin", "Ukraine", "neutral")},
        ),
        # "We" with the partner the speaker was just named with, where the two are a pair.
        (
            "Putin spoke with Xi by video about the two nations.\n“We stand united,” Putin said.",
            "We stand united,",
            "Putin",
            {("Vladimir Putin", "China", "positive")},
        ),
        # Elsewhere the other country is mostly an opponent: "we" is the speaker's own side.
        (
            "Putin spoke about Ukraine on Monday.\n“We will not give in,” Putin said.",
            "We will not give in,",
            "Putin",
            set(),
        ),
        # The side the speaker's role names is the speaker's own.
        (
            "“Trump is unfit and Clinton will win,” said Clinton spokesman Brian Fallon.",
            "Trump is unfit and Clinton will win,",
            "Clinton spokesman Brian Fallon",
            {("Brian Fallon", "Donald Trump", "neutral")},
        ),
        # A place is no target, nor is a name that only says whose a thing is.
        (
            "“The talks in Turkey and the British economy went well,” Putin said.",
            "The talks in Turkey and the British economy went well,",
            "Putin",
            set(),
        ),
        # "We" with nobody else in view is the speaker's own side: no stance.
        (
            "Putin spoke on television.\n“We stand united,” Putin said.",
            "We stand united,",
            "Putin",
            set(),
        ),
    ],
)
def test_quote_stances(
    text: str, quoted: str, speaker: str, expected: set[tuple[str, str, str]]
) -> None:
    q = quote_in(text, quoted, speaker)
    found = [s for s in stances(text, [q]) if s.statement == "quote"]
    assert pairs(found) == expected
    assert all(
        (s.quote_index, s.evidence_start, s.evidence_end) == (0, q.start, q.end) for s in found
    )


def test_term_and_unattributed_quotes_give_no_stance() -> None:
    text = "Xi praised the “no limits” partnership. “Russia is a friend,” someone wrote."
    start = text.index("no limits")
    term = Quote(start, start + 9, "no limits", "term")
    start = text.index("Russia is")
    orphan = Quote(start, start + 18, text[start : start + 18], "direct")
    assert [s for s in stances(text, [term, orphan]) if s.statement == "quote"] == []


# EXPECTED.md: the stances a careful reader takes from the seed article (sign only).
SEED_EXPECTED = [
    ("Yury Ushakov", "United States", "neutral", "quote"),
    ("Vladimir Putin", "China", "positive", "quote"),
    ("Xi Jinping", "Russia", "positive", "indirect"),
    ("Vladimir Putin", "China", "positive", "indirect"),
    ("Donald Trump", "Russia", "negative", "indirect"),
    ("Donald Trump", "Xi Jinping", "positive", "indirect"),
    ("Donald Trump", "Vladimir Putin", "positive", "indirect"),
    ("China", "United States", "negative", "indirect"),
]


@pytest.mark.parametrize("scorer", [get_scorer(), FixedScorer(0.0)], ids=["default", "fixed"])
@pytest.mark.parametrize(("holder", "target", "label", "statement"), SEED_EXPECTED)
def test_seed_stances(holder: str, target: str, label: str, statement: str, scorer: Scorer) -> None:
    found = [
        s
        for s in stances(SEED, seed_quotes(True), scorer)
        if (s.holder, s.target, s.statement) == (holder, target, statement)
    ]
    assert found, f"no {statement} stance {holder} → {target}"
    # The strongest stance of the pair carries the expected sign.
    strongest = max(found, key=lambda s: abs(s.score))
    assert strongest.label == label
    assert all(0 <= s.evidence_start < s.evidence_end <= len(SEED) for s in found)


def test_paraphrase_beside_a_quote_is_not_counted_twice() -> None:
    text = (
        "Putin met Xi in Beijing.\n"
        "“The two countries’ ties with the United States were discussed,” Putin said, "
        "adding that U.S. engagements were welcome."
    )
    q = quote_in(text, "The two countries’ ties with the United States were discussed,", "Putin")
    found = stances(text, [q])
    # "the two countries" said by one of them is its own side: only the United States.
    assert [(s.holder, s.target, s.statement) for s in found] == [
        ("Vladimir Putin", "United States", "quote")
    ]


@pytest.mark.parametrize(
    "spans",
    [
        [],
        [(4, 20)],
        [(4, 20), (30, 41)],
        [(4, 40), (10, 20)],  # a quote inside another
        [(4, 20), (4, 30)],  # two from the same place
        [(4, 20), (15, 35)],  # overlapping
        [(0, 12), (12, 50)],  # back to back
    ],
)
def test_quoted_parts_hold_where_in_quote_does(spans: list[tuple[int, int]]) -> None:
    # Reported speech drops the words and mentions inside quotes by these stretches
    # instead of asking in_quote one position at a time: the two must agree everywhere.
    text = "Putin said Xi was a friend, and the talks went well for both of them."
    quotes = [Quote(s, e, text[s:e], "direct") for s, e in spans]
    seg = segment(text)
    ctx = ArticleContext(text, quotes, resolve_actors(text, quotes, seg), seg)
    for start, end in [(0, len(text)), (5, 18), (12, 31), (20, 45)]:
        parts = ctx.quoted_parts(start, end)
        inside = {p for s, e in parts for p in range(s, e)}
        for position in range(start, end):
            assert (position in inside) == ctx.in_quote(position), (start, end, position)
        positions = list(range(start, end))
        kept = outside(positions, positions, parts)
        assert kept == [p for p in positions if not ctx.in_quote(p)]
