"""Speakers named by their role: "the senator" is the senator the article named before."""

from __future__ import annotations

import pytest

from stancedb.actors import resolve_actors
from stancedb.actors.roles import definite_description, epithet
from stancedb.actors.words import actor_words
from stancedb.pipeline import analyze
from stancedb.records import Article, Quote
from stancedb.text import segment


def speaker_actor(text: str, quoted: str, speaker: str) -> str | None:
    """The actor of the quote ``quoted`` whose speaker mention is ``speaker`` (after it)."""
    qs = text.index(quoted)
    qe = qs + len(quoted)
    ss = text.index(speaker, qe)
    q = Quote(
        qs,
        qe,
        quoted,
        "direct",
        speaker=speaker,
        speaker_start=ss,
        speaker_end=ss + len(speaker),
    )
    return resolve_actors(text, [q], segment(text)).speaker_actors[0]


@pytest.mark.parametrize(
    ("text", "speaker", "expected"),
    [
        # A title before a name, in the gazetteer or not.
        (
            "Sen. Ted Cruz of Texas attacked the bill on Sunday. “It is a disaster,” the senator said.",
            "the senator",
            "Ted Cruz",
        ),
        (
            "Prime Minister Tony Blair spoke later. “We will not back down,” the prime minister added.",
            "the prime minister",
            "Tony Blair",
        ),
        (
            "Senator Jane Holloway voted against it. “It was rushed,” The Senator said on Friday.",
            "The Senator",
            "Jane Holloway",
        ),
        # A role before a name, and an appositive after one.
        (
            "Kremlin aide Yury Ushakov met the envoys. “Nothing was agreed,” the aide said.",
            "the aide",
            "Yury Ushakov",
        ),
        (
            "Kremlin aide Yury Ushakov met the envoys. “Nothing was agreed,” the Kremlin aide said.",
            "the Kremlin aide",
            "Yury Ushakov",
        ),
        (
            (
                "Yury Boyko, the head of Naftohaz, flew to Brussels. “There is no deal yet,” the head of "
                "Naftohaz told reporters."
            ),
            "the head of Naftohaz",
            "Yury Boyko",
        ),
        (
            (
                "Mark Dunn, a spokesman for the port authority, took questions. “The berths are "
                "closed,” the spokesman said."
            ),
            "the spokesman",
            "Mark Dunn",
        ),
        # A title answers to other nouns: "Rep." is the congressman, "Secretary of State"
        # the secretary.
        (
            "Rep. Mark Dunn (R-Ohio) wrote to the agency. “They owe us answers,” the congressman said.",
            "the congressman",
            "Mark Dunn",
        ),
        (
            "Secretary of State Hillary Clinton landed in Cairo. “We are hopeful,” the secretary said.",
            "the secretary",
            "Hillary Clinton",
        ),
        # Two senators: the one mentioned last.
        (
            (
                "Sen. Jane Holloway and Sen. Mark Dunn met on Monday. Dunn later spoke to reporters. "
                "“We are close,” the senator said."
            ),
            "the senator",
            "Mark Dunn",
        ),
        # A person with another role in between does not count.
        (
            (
                "Sen. Jane Holloway opened the hearing. Gov. Mark Dunn replied at length. "
                "“We disagree,” the senator said."
            ),
            "the senator",
            "Jane Holloway",
        ),
        # What the description says of its person must have been said where introduced.
        (
            (
                "Florida Sen. Jane Holloway and Texas Sen. Mark Dunn took the stage. "
                "“We need a vote,” the Florida senator said."
            ),
            "the Florida senator",
            "Jane Holloway",
        ),
        (
            "Sen. Mark Dunn took the stage. “We need a vote,” the Ohio senator said.",
            "the Ohio senator",
            None,
        ),
        (
            (
                "Civil Aviation Minister Hardeep Puri said 18 people died. “The injured are stable,” "
                "the local health minister said."
            ),
            "the local health minister",
            None,
        ),
        # A former president is not "the president"; "the former president" is.
        (
            (
                "President Barack Obama met former President Bill Clinton. “It went well,” the "
                "president said."
            ),
            "the president",
            "Barack Obama",
        ),
        (
            (
                "President Barack Obama met former President Bill Clinton. “It went well,” the "
                "former president said."
            ),
            "the former president",
            "Bill Clinton",
        ),
        # Nobody introduced with that role: no guess.
        (
            "Gov. Mark Dunn signed the order. “We disagree,” the senator said.",
            "the senator",
            None,
        ),
        (
            "Deputy Mayor Nicky Gavron spoke first. “He will apologise,” the mayor said.",
            "the mayor",
            None,
        ),
        (
            "Rep. Mark Dunn wrote to the agency. “They owe us answers,” the congresswoman said.",
            "the congresswoman",
            None,
        ),
        # A clause after a name is no appositive: the prime minister is not Clinton.
        (
            (
                "Echoing Secretary of State Hillary Clinton, the prime minister said there was a plan. "
                "“It will work,” the prime minister said."
            ),
            "the prime minister",
            None,
        ),
        # Not a description of the person: indefinite, or someone else's aide.
        (
            "Sen. Jane Holloway voted no. “It was rushed,” a senator said.",
            "a senator",
            None,
        ),
        (
            "Prime Minister Tony Blair was abroad. “No change,” the prime minister's spokesman said.",
            "the prime minister's spokesman",
            None,
        ),
        # A name inside the quote is not the speaker's antecedent.
        (
            "Sen. Jane Holloway spoke for an hour. “Sen. Mark Dunn is wrong,” the senator said.",
            "the senator",
            "Jane Holloway",
        ),
    ],
)
def test_role_description_speaker(text: str, speaker: str, expected: str | None) -> None:
    quoted = text[text.index("“") + 1 : text.index("”")]
    assert speaker_actor(text, quoted, speaker) == expected


@pytest.mark.parametrize(
    ("phrase", "noun", "marks", "qualifiers"),
    [
        ("the senator", "senator", (), frozenset()),
        ("the Texas senator", "senator", ("Texas",), frozenset()),
        ("the former secretary of state", "secretary-of-state", (), frozenset({"former"})),
        ("the head of Naftohaz", "head", ("Naftohaz",), frozenset()),
        ("the deputy mayor", "mayor", (), frozenset({"deputy"})),
    ],
)
def test_definite_description(
    phrase: str, noun: str, marks: tuple[str, ...], qualifiers: frozenset[str]
) -> None:
    description = definite_description(phrase)
    assert description is not None
    assert (description.noun, description.marks, description.qualifiers) == (
        noun,
        marks,
        qualifiers,
    )


@pytest.mark.parametrize(
    "phrase", ["a senator", "his aide", "the statement", "the senator’s wife", "the Mr"]
)
def test_not_a_definite_description(phrase: str) -> None:
    assert definite_description(phrase) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A noun that is no role ("prop"): the person the article called so, right
        # before the name or in an appositive, not the person mentioned last.
        (
            (
                "Wales prop Tom Hale missed training on Monday. Coach Ian Bell said he would still"
                " play. “I feel fine and I will be ready for France,” said the prop."
            ),
            "Tom Hale",
        ),
        (
            (
                "Tom Hale, the Wales prop, missed training on Monday. Coach Ian Bell said he would still"
                " play. “I feel fine and I will be ready for France,” said the prop."
            ),
            "Tom Hale",
        ),
        # Nobody called so: a noun that only a person can be is the person the article
        # was just about, as "he" would be ...
        (
            (
                "Jason Hale won the 60m in Leipzig on Sunday. The world indoor champion said: “I got"
                " to the airport and my stomach was upset.”"
            ),
            "Jason Hale",
        ),
        # ... whom a pronoun may name, not a possessor,
        (
            (
                "Jason Hale won the 60m in Leipzig on Sunday. His time was well short of American"
                " Tom Greene's world record. “It is a very hard record to break, but I have trained"
                " well,” said the world indoor champion."
            ),
            "Jason Hale",
        ),
        # ... the subject of that sentence, not its first person,
        (
            (
                "When Tom Hardy asked for his backing on Friday, Sam Weller said he would wait."
                " “It was a very nice meeting,” the gambling tycoon told reporters."
            ),
            "Sam Weller",
        ),
        # ... the name after "it was" where the sentence is a cleft,
        (
            (
                "Eight candidates went on the attack on Sunday. As usual, it was Tom Hardy who"
                " drew the crowds. The billionaire businessman said his rival had “caused great harm.”"
            ),
            "Tom Hardy",
        ),
        # ... of the right gender,
        (
            (
                "Sian Lloyd won the title in Cardiff. “It was a hard race and I am tired now,” said"
                " the Welshman."
            ),
            None,
        ),
        # ... but a noun that may be anyone's is nobody known.
        (
            (
                "Jason Hale won the 60m in Leipzig on Sunday. “It was a great race to watch from the"
                " stands,” said the spectator."
            ),
            None,
        ),
    ],
)
def test_epithet_speaker(text: str, expected: str | None) -> None:
    assert analyze(Article(id="t", text=text)).speaker_actors == (expected,)


def test_epithet_guess_passes_over_the_words_of_a_quote() -> None:
    # The subject at the start of a sentence that opens with a quote is the quote's,
    # whose people are others: the guess is the subject of the sentence before.
    text = (
        "Sam Weller told delegates on Saturday that they could help him win. “A vote for Tom"
        " Hardy is a vote for Ann Price,” Weller said. The front-runner complained that the"
        " count was “rigged.”"
    )
    assert analyze(Article(id="t", text=text)).speaker_actors[-1] == "Sam Weller"


def test_epithet_in_a_title_beats_the_person_mentioned_last() -> None:
    text = (
        "Archbishop Desmond Tutu called for the release of the prisoners. “It is utterly"
        " unacceptable,” Archbishop Tutu told reporters. On Tuesday Home Secretary John Reid"
        " told MPs that talks went on. The archbishop added: “What is happening to those left"
        " behind?”"
    )
    last = analyze(Article(id="t", text=text)).speaker_actors[-1]
    assert last is not None and last.endswith("Desmond Tutu")


@pytest.mark.parametrize(
    ("phrase", "noun", "modified"),
    [("the prop", "prop", False), ("The world indoor champion", "champion", True)],
)
def test_epithet(phrase: str, noun: str, modified: bool) -> None:
    found = epithet(phrase, actor_words())
    assert found is not None and (found.noun, found.modified) == (noun, modified)


@pytest.mark.parametrize(
    "phrase",
    [
        "the senator",
        "a prop",
        "the props",
        "the two",
        "the ad’s narrator",
        "the firm",
        "the Gunners",
        "the head of X",
    ],
)
def test_not_an_epithet(phrase: str) -> None:
    assert epithet(phrase, actor_words()) is None
