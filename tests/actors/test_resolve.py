"""Actor resolution: mentions, within-article merging, stand-ins, and speaker actors."""

from __future__ import annotations

import pytest

from stancedb.actors import Gazetteer, resolve_actors
from stancedb.pipeline import analyze
from stancedb.records import Article, Quote
from stancedb.text import segment
from tests.actors.seed import SEED, seed_quotes


def mentions_of(text: str) -> list[tuple[str, str]]:
    resolution = resolve_actors(text, [], segment(text))
    return [(m.text, m.actor) for m in resolution.mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian President Vladimir Putin met Xi on Tuesday. Putin said little.",
            [
                ("Russian President Vladimir Putin", "Vladimir Putin"),
                ("Xi", "Xi Jinping"),
                ("Putin", "Vladimir Putin"),
            ],
        ),
        # A title + unknown name is a person; a later surname joins the full name.
        (
            "Kremlin spokesman Dmitri Volkonsky spoke to reporters. Volkonsky said no more.",
            [
                ("Kremlin", "Russia"),
                ("Dmitri Volkonsky", "Dmitri Volkonsky"),
                ("Volkonsky", "Dmitri Volkonsky"),
            ],
        ),
        (
            "Senator Jane Holloway criticised the plan. Holloway said it would fail.",
            [("Jane Holloway", "Jane Holloway"), ("Holloway", "Jane Holloway")],
        ),
        # A known given name makes a person without a title.
        (
            "Michael Okafor, who runs the port, was not consulted. Okafor declined to comment.",
            [("Michael Okafor", "Michael Okafor"), ("Okafor", "Michael Okafor")],
        ),
        # Countries and their stand-ins.
        (
            "The Kremlin rejected the claim, and Moscow recalled its envoy from Washington.",
            [("Kremlin", "Russia"), ("Moscow", "Russia"), ("Washington", "United States")],
        ),
        (
            "China’s Foreign Ministry said Beijing would respond.",
            [("China’s Foreign Ministry", "China"), ("Beijing", "China")],
        ),
        (
            "Officials in the U.S. administration and the White House disagreed.",
            [("U.S. administration", "United States"), ("White House", "United States")],
        ),
        (
            "European leaders and the West condemned the vote at the UN.",
            [("European", "Europe"), ("West", "the West"), ("UN", "United Nations")],
        ),
        # A surname that a person of this article holds beats the gazetteer's guess.
        (
            "Bill Clinton campaigned in Ohio. Clinton told the crowd to vote.",
            [("Bill Clinton", "Bill Clinton"), ("Clinton", "Bill Clinton")],
        ),
        (
            "Clinton told the crowd to vote.",
            [("Clinton", "Hillary Clinton")],
        ),
        # A given name before a known surname is another person of that name.
        (
            "Luis Rubio, a political analyst, disagreed with Rubio.",
            [("Luis Rubio", "Luis Rubio"), ("Rubio", "Luis Rubio")],
        ),
        ("Michelle Obama spoke first.", [("Michelle Obama", "Michelle Obama")]),
        # A person's one-word alias that is also a given name, before another capitalised
        # word, starts someone else's name; joined by a hyphen, they are two people.
        (
            "The actress Kerry Washington hosted the gala in Washington.",
            [("Kerry Washington", "Kerry Washington"), ("Washington", "United States")],
        ),
        (
            "The Clinton-Kaine ticket held a rally.",
            [("Clinton", "Hillary Clinton"), ("Kaine", "Tim Kaine")],
        ),
        # Initials keep their dot; titles with a surname join the full name.
        (
            "George W. Bush praised Enrique Peña Nieto. Mr. Peña Nieto thanked him.",
            [
                ("George W. Bush", "George W. Bush"),
                ("Enrique Peña Nieto", "Enrique Peña Nieto"),
                ("Peña Nieto", "Enrique Peña Nieto"),
            ],
        ),
        # A country or group inside a longer name is not that actor; an organisation's is.
        (
            "The European Court of Justice ruled against China Daily.",
            [("European Court of Justice", "European Court of Justice")],
        ),
        ("The U.S. Senate voted.", [("U.S. Senate", "United States")]),
        (
            "George Floyd, an African American man, died.",
            [("George Floyd", "George Floyd"), ("African American", "African Americans")],
        ),
        # Capitalised words that are no names stay out.
        ("The Great Hall of the People was full on Tuesday.", []),
        ("Who said that? We did not.", []),
        # An adverb opening a sentence is no part of the name after it.
        (
            "Liam Fox spoke. Later Fox said no.",
            [("Liam Fox", "Liam Fox"), ("Fox", "Liam Fox")],
        ),
        # A subject pronoun is the first person of the latest sentence naming one.
        (
            "Putin, speaking in Beijing, echoed Xi. He praised the trade.",
            [
                ("Putin", "Vladimir Putin"),
                ("Beijing", "China"),
                ("Xi", "Xi Jinping"),
                ("He", "Vladimir Putin"),
            ],
        ),
        # The pronoun "I" after a name is no part of it (nor a surname); a regnal "I" is.
        (
            (
                'Owen Hart said: "If a bid comes for Nicolas Anelka I will talk to them. '
                'Like Kevin I’d like new players."'
            ),
            [("Owen Hart", "Owen Hart"), ("Nicolas Anelka", "Nicolas Anelka")],
        ),
        (
            'She played Queen Elizabeth I in a film. "I loved it," she said.',
            [("Elizabeth I", "Elizabeth I")],
        ),
        # Nor is a caption's "Image" before its credit.
        (
            (
                "Nominee Spike Cohen.Image: Jo Jorgensen for President.\n\nVal Demings Image: "
                "Office.\n\nDon BlankenshipImage: Campaign."
            ),
            [
                ("Spike Cohen", "Spike Cohen"),
                ("Jo Jorgensen", "Jo Jorgensen"),
                ("Val Demings", "Val Demings"),
                ("Don Blankenship", "Don Blankenship"),
            ],
        ),
    ],
)
def test_mentions(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A run of capitalised words the gazetteer does not know, ending in an organisation's
        # head word, is that organisation, named by the whole run.
        (
            "A spokesman for the Public and Commercial Services Union said members would strike.",
            [("Public and Commercial Services Union", "organization")],
        ),
        (
            "She studied at Cornell University before joining the Royal Society.",
            [("Cornell University", "organization"), ("Royal Society", "organization")],
        ),
        (
            "The Home Office and the Justice Department disagreed.",
            [("Home Office", "organization"), ("Justice Department", "organization")],
        ),
        (
            "The Congressional Black Caucus and Sam Waldrep Ministries disagreed.",
            [("Congressional Black Caucus", "organization"), ("Sam Waldrep Ministries", "organization")],
        ),
        # Its "of" phrase is part of the name; a country before it too.
        (
            "The Muslim Council of Britain Secretary General Iqbal Sacranie spoke.",
            [("Muslim Council of Britain", "organization"), ("Iqbal Sacranie", "person")],
        ),
        (
            "Figures from the National Institute of Economic and Social Research were cited.",
            [("National Institute of Economic and Social Research", "organization")],
        ),
        (
            "The British Medical Association warned ministers.",
            [("British Medical Association", "organization")],
        ),
        # But not the country a firm works in, nor a surname after a given name.
        (
            "General Motors of the US cut jobs.",
            [("General Motors", "organization"), ("United States", "country")],
        ),
        ("Margaret Court won again.", [("Margaret Court", "person")]),
        # A head word alone names an organisation with its "of" phrase, up to a role.
        (
            "The Bank of England and Barclays raised rates.",
            [("Bank of England", "organization"), ("Barclays", "organization")],
        ),
        ("The Office of the Deputy Prime Minister said no.", []),
        # Two names joined by "and" stay two.
        (
            "The Sunday Times and The Daily Telegraph agreed.",
            [("Sunday Times", "organization"), ("Daily Telegraph", "organization")],
        ),
        # A one-word organisation that is the surname of the article's person is that person
        # (the gazetteer has a firm "Hawkins").
        (
            "Green candidate Kevin Hawkins spoke first. Mr Hawkins wants new parks.",
            [("Kevin Hawkins", "person")],
        ),
        # A name after a noun that introduces an organisation is that organisation; the
        # country before the noun only says whose it is.
        (
            "Japanese carmaker Zentoka said sales rose.",
            [("Japan", "country"), ("Zentoka", "organization")],
        ),
        (
            "German magazine Der Blick reported the deal.",
            [("Germany", "country"), ("Der Blick", "organization")],
        ),
        # Not a date after the noun, a person with a given name, or half of "X & Y".
        ("He was fired from the network Wednesday.", []),
        ("Veteran broadcaster Cyril Fletcher has died.", [("Cyril Fletcher", "person")]),
        ("The mortgage lender Bradbury & Bing said no.", []),
        # Some words are no name after a title: "General Election", "Star Wars".
        ("Before the General Election he watched Star Wars again.", []),
        # A hyphenated adjective is no name, and a name after it is a name of its own.
        ("The Oscar-winning director and a Virginia-based firm spoke.", []),
        (
            "Texas-based consultant Matt Marrow said little.",
            [("Matt Marrow", "person")],
        ),
        # "Liberal Democrat" is the British party, not "Democrat" the American one.
        ("The Liberal Democrat leader spoke.", [("Liberal Democrats", "organization")]),
        # The nations of the United Kingdom are countries of their own, part of the UK.
        (
            "Scotland beat England, and the Welsh coach praised British fans.",
            [("Scotland", "country"), ("England", "country"), ("Wales", "country"),
             ("United Kingdom", "country")],
        ),
        # A country of the past is a country ("Soviet" as "Russian" is Russia's).
        (
            "The Soviet Union fell, and Soviet troops left Kabul.",
            [("Soviet Union", "country"), ("Afghanistan", "country")],
        ),
        # A given name before a plural of an actor's name is no person: its members are meant.
        (
            "Nevada Democrats met Sam Lee on Monday.",
            [("Democratic Party", "organization"), ("Sam Lee", "person")],
        ),
        ("Jeremy Paris spoke.", [("Jeremy Paris", "person")]),
        # A party's word for one member is no surname either ("Democrat", plural "Democrats").
        (
            "Nevada Democrat Ann Lee Flores and Florida Republican Sam Lee spoke.",
            [
                ("Democratic Party", "organization"),
                ("Ann Lee Flores", "person"),
                ("Republican Party", "organization"),
                ("Sam Lee", "person"),
            ],
        ),
        ("Mayor John Tory spoke.", [("John Tory", "person")]),
        # A possessor ending in "s'" or "s’" is no part of the name after it, unless the
        # run is an organisation's ("Workers' Union").
        (
            "Cable News’ Sean Hartley and the Daily Times' Ann Lee spoke.",
            [
                ("Cable News", "organization"),
                ("Sean Hartley", "person"),
                ("Daily Times", "organization"),
                ("Ann Lee", "person"),
            ],
        ),
        (
            "The Transport and General Workers' Union said no.",
            [("Transport and General Workers' Union", "organization")],
        ),
        # Interview initials before a sentence, and a sentence's opener, name nobody.
        ("MS We did not expect that result.", []),
        (
            "Justin Timberlake sang. Many US networks cut the scene.",
            [("Justin Timberlake", "person"), ("United States", "country")],
        ),
        # A noun for a person opening a sentence is the role, not part of the name.
        ("Drummer Brian Smith said the band would tour again.", [("Brian Smith", "person")]),
        ("Lian Chia Liang, an economist, said growth slowed.", []),
        ("Sprinter Mark Lewis-Jones won.", [("Mark Lewis-Jones", "person")]),
        # A caption run into the next word names no one.
        ("Songwriter Edward Smith.Image: a crowd outside.", []),
        # A courtesy title before two role words is a title alone, no "Chief Justice".
        ("The Lord Chief Justice, Lord Woolf, warned judges.", [("Woolf", "person")]),
        # A role's plural ends no name.
        ("A spokesman for the Association of Chief Police Officers said the law was clear.", []),
        # Organisations' last words: firms, clubs, agencies, chambers, papers.
        (
            "Shares in Cairn Energy rose after Leeds United lost.",
            [("Cairn Energy", "organization"), ("Leeds United", "organization")],
        ),
        (
            "The British Chambers of Commerce and the Small Business Administration met.",
            [
                ("British Chambers of Commerce", "organization"),
                ("Small Business Administration", "organization"),
            ],
        ),
        ("Songwriter Guy Chambers spoke.", [("Guy Chambers", "person")]),
        # After a title, a role word ends a name only after a word that may start one.
        ("Its Chief Operating Officer resigned on Monday.", []),
        ("Labour MP Oona King spoke.", [("Labour Party", "organization"), ("Oona King", "person")]),
        # A place, event or prize is no person, though a given name opens it.
        (
            "Thousands gathered in Harold City as Simon Wells collected the Linda Award.",
            [("Simon Wells", "person")],
        ),
        (
            "The band played the Rose Festival before Maria Lopez moved to Sunshine County.",
            [("Maria Lopez", "person")],
        ),
        ("Shares in Stanley Brothers fell.", [("Stanley Brothers", "organization")]),
        ("Members of the Marion Youth Orchestra played.", [("Marion Youth Orchestra", "organization")]),
        # A word before a party's name that makes another party; a state or chamber does not.
        (
            "The Christian Democratic Party and the Social Democrats agreed a coalition.",
            [("Christian Democratic Party", "organization"), ("Social Democrats", "organization")],
        ),
        (
            "The English Democrats fielded candidates, unlike the British Conservatives.",
            [
                ("English Democrats", "organization"),
                ("United Kingdom", "country"),
                ("Conservative Party", "organization"),
            ],
        ),
        (
            "Nevada Democrats and House Republicans met.",
            [("Democratic Party", "organization"), ("Republican Party", "organization")],
        ),
        # A firm named by a common word is that word at a sentence start, where the article
        # also writes it in lower case; a party's alias stays the party.
        ("Employers want more staff. Few employers can find them.", []),
        (
            "Labour won the vote. The labour market was quiet.",
            [("Labour Party", "organization")],
        ),
        # A common surname is no company alias ("Hawkins" was one in Phoenix).
        ("Talks with Hawkins ended on Friday.", []),
        # A firm's name keeps the suffix an "and" stands before ("New York and Company" was
        # "New York and").
        ("It may be sold in New York and London.", [("United Kingdom", "country")]),
        # Nor is an English word ("Highway", "Borders" were): such a firm is named only
        # where a noun introduces it.
        ("Fans sang Highway to Hell as towns across the Borders cheered.", []),
        ("Record company Universal signed the band.", [("Universal", "organization")]),
        # A party's adjective ends no one's name (nor is it a surname later).
        ("Nevada Democratic officials met on Monday. Democratic leaders said little.", []),
        # A one-word organisation alias inside a longer name nobody listed.
        (
            "The Federal Highway Road Safety Administration opened an inquiry.",
            [("Federal Highway Road Safety Administration", "organization")],
        ),
        # A noun that names only firms makes the name after it a firm's, given name or not.
        ("Shares in retailer Harvey Nichols fell.", [("Harvey Nichols", "organization")]),
        (
            "The board met at law firm Wilson Sonsini Goodrich & Rosati’s offices.",
            [("Wilson Sonsini Goodrich & Rosati", "organization")],
        ),
        ("He joined law firm Dewey Ballantine & Rosati.", [("Dewey Ballantine & Rosati", "organization")]),
        ("The computer games maker Dennis Ashworth spoke.", [("Dennis Ashworth", "person")]),
        # Two names joined by "and": a club or an acronym is a name of its own.
        ("Fans of Burnley and Bristol United sang.", [("Bristol United", "organization")]),
        ("Reporters from AP and NBC Radio waited.", [("NBC Radio", "organization")]),
        ("Backers include Paramount and Warner Bros.", [("Warner Bros", "organization")]),
        # "Force" ends an organisation's name; a movement and a charity the rules cannot
        # see are in the curated gazetteer, and the words of its names are no given names.
        (
            "He flew fighters with the Royal Air Force in the war.",
            [("Royal Air Force", "organization")],
        ),
        ("Protesters from Black Lives Matter marched.", [("Black Lives Matter", "organization")]),
        ("The poll by Edison Research was late.", [("Edison Research", "organization")]),
        # "International" ends a tournament's name, not a person's; "Catholic" a faith's.
        ("A practising Roman Catholic, she prays daily.", []),
        (
            "Justine Henin will return at the Sydney International in January.",
            [("Justine Henin", "person")],
        ),
        ("Fans of the Black Eyed Peas cheered.", []),
        (
            "The Food and Drug Administration agreed.",
            [("Food and Drug Administration", "organization")],
        ),
    ],
)
def test_actor_kinds(text: str, expected: list[tuple[str, str]]) -> None:
    resolution = resolve_actors(text, [], segment(text))
    assert [(a.name, a.kind) for a in resolution.actors] == expected


def test_organisation_owned_by_the_country_before_its_noun() -> None:
    text = '"We are pleased," said Dutch brewer Zentoka.'
    resolution = resolve_actors(text, [], segment(text))
    assert [(a.name, a.kind, a.affiliation) for a in resolution.actors] == [
        ("Netherlands", "country", None),
        ("Zentoka", "organization", "Netherlands"),
    ]
    # The country's mention only says whose the organisation is.
    assert [resolution.mentions[k].actor for k in resolution.modifiers] == ["Netherlands"]


def test_organisation_affiliation() -> None:
    text = "The Muslim Council of Britain said it was shocked."
    actor = resolve_actors(text, [], segment(text)).actor("Muslim Council of Britain")
    assert actor is not None
    assert actor.affiliation == "United Kingdom"


def test_person_role_and_affiliation() -> None:
    text = "Kremlin spokesman Dmitri Volkonsky spoke to reporters."
    resolution = resolve_actors(text, [], segment(text))
    actor = resolution.actor("Dmitri Volkonsky")
    assert actor is not None
    assert (actor.kind, actor.role, actor.affiliation) == ("person", "Kremlin spokesman", "Russia")
    # "Kremlin" there only names the spokesman's side: it is marked as a modifier.
    assert [resolution.mentions[i].text for i in resolution.modifiers] == ["Kremlin"]


def test_affiliation_from_an_appositive() -> None:
    text = "Youssef Chahed, the Prime Minister of Tunisia, signed the decree."
    actor = resolve_actors(text, [], segment(text)).actor("Youssef Chahed")
    assert actor is not None
    assert (actor.affiliation, actor.role) == ("Tunisia", "Prime Minister")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tom Reyes met Senator Jane Holloway. She said it went well.", "Jane Holloway"),
        ("Senator Jane Holloway met Tom Reyes. He said it went well.", "Tom Reyes"),
        ("Senator Jane Holloway met Tom Reyes. She said it went well.", "Jane Holloway"),
    ],
)
def test_pronoun_gender(text: str, expected: str) -> None:
    resolution = resolve_actors(text, [], segment(text))
    assert resolution.mentions[-1].text in ("He", "She")
    assert resolution.mentions[-1].actor == expected


def test_users_merge_and_alias_apply() -> None:
    text = "Senator Jane Holloway spoke. J. H. Holloway agreed with Sen. Holloway."
    gaz = Gazetteer.default().with_overrides(
        aliases={"J. H. Holloway": "Jane Holloway"},
        merges={"Jane Holloway": "Jane A. Holloway"},
    )
    resolution = resolve_actors(text, [], segment(text), gaz)
    assert {m.actor for m in resolution.mentions} == {"Jane A. Holloway"}


def quote(start: int, end: int, text: str, kind: str = "direct", **speaker: object) -> Quote:
    return Quote(start, end, text[start:end], kind, **speaker)  # type: ignore[arg-type]


def span(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = text.index(needle, after)
    return start, start + len(needle)


@pytest.mark.parametrize(
    ("text", "quoted", "speaker", "antecedent", "expected"),
    [
        ("“We will win,” Holloway said.", "We will win,", "Holloway", None, "Holloway"),
        (
            "Senator Jane Holloway spoke. “We will win,” she said.",
            "We will win,",
            "she",
            None,
            "Jane Holloway",
        ),
        (
            "Senator Jane Holloway spoke. “We will win,” she said.",
            "We will win,",
            "she",
            "Senator Jane Holloway",
            "Jane Holloway",
        ),
        (
            "China’s Foreign Ministry issued a note. “The claims are false,” the ministry said.",
            "The claims are false,",
            "the ministry",
            None,
            "China",
        ),
        (
            "“It was a mistake,” a spokesman for the Kremlin said.",
            "It was a mistake,",
            "a spokesman for the Kremlin",
            None,
            "Russia",
        ),
        ("“No comment,” they said.", "No comment,", "they", None, None),
        ("“No comment,” They said.", "No comment,", "They", None, None),
        # The head of a speaker phrase, not its appositive or "of" phrase.
        (
            "“Wrong,” said Farhana Khera, executive director of Muslim Advocates in Washington.",
            "Wrong,",
            "Farhana Khera, executive director of Muslim Advocates in Washington",
            None,
            "Farhana Khera",
        ),
        (
            "“Wrong,” said David French of the National Retail Federation.",
            "Wrong,",
            "David French of the National Retail Federation",
            None,
            "David French",
        ),
        (
            "“Wrong,” Florida Sen. Marco Rubio said.",
            "Wrong,",
            "Florida Sen. Marco Rubio",
            None,
            "Marco Rubio",
        ),
        (
            "“Wrong,” Spokeswoman Haley Morris said.",
            "Wrong,",
            "Spokeswoman Haley Morris",
            None,
            "Haley Morris",
        ),
        ("“Wrong,” Mr. King said.", "Wrong,", "Mr. King", None, "King"),
        ("“Wrong,” Rep. Peter T. King said.", "Wrong,", "Rep. Peter T. King", None, "Peter T. King"),
        # A title of two role words is no person called by the second ("Executive").
        (
            "Today Chief Executive of Hong Kong Carrie Lam spoke. “Wrong,” Lam said.",
            "Wrong,",
            "Lam",
            None,
            "Carrie Lam",
        ),
        ("Chief Executive Officer Tim Cook spoke. “Wrong,” Cook said.", "Wrong,", "Cook", None, "Tim Cook"),
        ("“Wrong,” the Lord Mayor said.", "Wrong,", "the Lord Mayor", None, None),
        # Common nouns are no names, even at the start of a sentence.
        ("“Guilty,” Prosecutors said.", "Guilty,", "Prosecutors", None, None),
        ("“Sharks moved in,” The study said.", "Sharks moved in,", "The study", None, None),
        # ... nor is a plural, an adverb or a plural's modifier that only opens sentences.
        (
            "“It allows killing by omission.” Critics fear the bill goes too far.",
            "It allows killing by omission.",
            "Critics",
            None,
            None,
        ),
        (
            "“The slide is brutal.” Policy makers in Europe agree.",
            "The slide is brutal.",
            "Policy",
            None,
            None,
        ),
        ("“Have a go at me.” So I said it again.", "Have a go at me.", "So I", None, None),
        ("“A disgrace.” Another said the same.", "A disgrace.", "Another", None, None),
        # A capitalised word that does not look like a common noun may still name someone;
        # a surname that is also an opener is a name where the article gave it in full.
        (
            "“Talks failed.” Politico reported it first.",
            "Talks failed.",
            "Politico",
            None,
            "Politico",
        ),
        (
            "Strategist Al From founded the council. “Our challenge was clear,” From said.",
            "Our challenge was clear,",
            "From",
            None,
            "Al From",
        ),
        # An organisation's name that no mention found is an organisation.
        (
            "“We are disappointed,” the Regional Hauliers Association said.",
            "We are disappointed,",
            "the Regional Hauliers Association",
            None,
            "Regional Hauliers Association",
        ),
        # The name after an organisation and a role is the speaker, not the organisation.
        (
            "Green Party presidential nominee Howie Hawkins spoke. “Vote green,” Hawkins said.",
            "Vote green,",
            "Hawkins",
            "Green Party presidential nominee Howie Hawkins",
            "Howie Hawkins",  # "Hawkins" alone was a company alias: now his full name
        ),
        # "he" is a person, not the organisation the antecedent names.
        (
            "Dr Anna Ruiz studied at Cornell University. “It is remarkable,” she said.",
            "It is remarkable,",
            "she",
            "Cornell University",
            "Anna Ruiz",
        ),
        # A possessor is not the speaker: "Obama's strategist" is not Obama.
        (
            "“Outrageous,” Obama's former strategist said.",
            "Outrageous,",
            "Obama's former strategist",
            None,
            None,
        ),
        # The name after a role noun is the person, not the words before the role
        (
            "“It is unjustified,” said Economy minister Tom Gref.",
            "It is unjustified,",
            "Economy minister Tom Gref",
            None,
            "Tom Gref",
        ),
        (
            "“It is offensive,” said Reggae star Sizzla.",
            "It is offensive,",
            "Reggae star Sizzla",
            None,
            "Sizzla",
        ),
        # … but a particle of a name is no role noun (not "Hartog")
        ("“We are ready,” said Jurgen den Hartog.", "We are ready,", "Jurgen den Hartog", None, None),
        # A full name with its role after it is that person ("An IRB spokesman" is no name).
        ("“We object,” said Andrew Tyrie MP.", "We object,", "Andrew Tyrie MP", None, "Andrew Tyrie"),
        ("“We object,” said An IRB spokesman.", "We object,", "An IRB spokesman", None, None),
        # A possessor before a name is whose the speaker is, not part of the name ...
        (
            "“It is late,” the Daily Post's Xavi Bonnet wrote.",
            "It is late,",
            "the Daily Post's Xavi Bonnet",
            None,
            "Xavi Bonnet",
        ),
        ("“It is late,” Acme’s Xavi Bonnet said.", "It is late,", "Acme’s Xavi Bonnet", None, "Xavi Bonnet"),
        # A thing written or said is its possessor's ("Trump's statement read:").
        (
            "“We won,” reads Mayor Ann Miller's statement.",
            "We won,",
            "Mayor Ann Miller's statement",
            None,
            "Ann Miller",
        ),
        # ... but an office, a union or a role after it is no name.
        (
            "“It is late,” the Tax Collector's Office said.",
            "It is late,",
            "the Tax Collector's Office",
            None,
            None,
        ),
        # A country's demonym before a speaker's full name is no part of it; a given name is.
        (
            "“We lost,” said Australian Lynton Crosby.",
            "We lost,",
            "Australian Lynton Crosby",
            None,
            "Lynton Crosby",
        ),
        ("“We lost,” said German Gref.", "We lost,", "German Gref", None, "German Gref"),
        # An antecedent that names nobody known yields to the speaker mention.
        (
            "Economist Tom Bown spoke. Hostilities grew. “No,” he said.",
            "No,",
            "he",
            "Hostilities",
            "Tom Bown",
        ),
    ],
)
def test_speaker_actor(
    text: str, quoted: str, speaker: str, antecedent: str | None, expected: str | None
) -> None:
    qs, qe = span(text, quoted)
    ss, se = span(text, speaker, qe)
    extra: dict[str, object] = {"speaker": speaker, "speaker_start": ss, "speaker_end": se}
    if antecedent is not None:
        a_start, a_end = span(text, antecedent)
        extra.update(antecedent=antecedent, antecedent_start=a_start, antecedent_end=a_end)
    q = quote(qs, qe, text, **extra)
    assert resolve_actors(text, [q], segment(text)).speaker_actors == (expected,)


@pytest.mark.parametrize("with_antecedents", [True, False])
def test_seed_speaker_actors(with_antecedents: bool) -> None:
    quotes = seed_quotes(with_antecedents)
    resolution = resolve_actors(SEED, quotes, segment(SEED))
    assert resolution.speaker_actors == (
        "Xi Jinping",
        "Xi Jinping",
        "Vladimir Putin",
        "Vladimir Putin",
        "Yury Ushakov",
        None,
    )


def test_seed_actors() -> None:
    resolution = resolve_actors(SEED, seed_quotes(True), segment(SEED))
    actors = {a.name: a for a in resolution.actors}
    assert {n: (a.kind, a.affiliation) for n, a in actors.items()} == {
        "Xi Jinping": ("person", "China"),
        "Vladimir Putin": ("person", "Russia"),
        "Donald Trump": ("person", "United States"),
        "Yury Ushakov": ("person", "Russia"),
        "China": ("country", None),
        "Russia": ("country", None),
        "United States": ("country", None),
        "Ukraine": ("country", None),
        "Europe": ("group", None),
        "the West": ("group", None),
    }
    assert actors["Yury Ushakov"].role == "Kremlin aide"
    assert {"China", "Chinese", "Beijing", "China’s Foreign Ministry"} <= set(
        actors["China"].aliases
    )
    assert {"Russia", "Moscow", "Kremlin"} <= set(actors["Russia"].aliases)
    assert {"U.S.", "United States", "U.S. administration"} <= set(actors["United States"].aliases)


def test_pronoun_inside_a_quote_is_not_its_speaker() -> None:
    # The speaker would say "I": "he" in his quote is the other person named before.
    text = "Coach Tom Reade praised striker Sam Fell. “He is a loyal friend to the club,” said Reade."
    analysis = analyze(Article(id="t", text=text))
    assert analysis.speaker_actors == ("Tom Reade",)
    he = [m.actor for m in analysis.mentions if m.text == "He"]
    assert he == ["Sam Fell"]
