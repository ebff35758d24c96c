"""Speaker mentions and what pronouns and short names refer to."""

from __future__ import annotations

import pytest

from stancedb.quotes import extract_quotes
from stancedb.quotes.speakers import sentence_subject, subject_before


@pytest.mark.parametrize(
    ("text", "speaker", "antecedent"),
    [
        # a pronoun: the subject of the nearest sentence that starts with a name
        (
            "Senator Jane Holloway spoke in Ohio. She was angry. “We will fight,” she said.",
            "she",
            "Senator Jane Holloway",
        ),
        # he/she checked against titles: "she" skips "Mr. Trump"
        (
            "Mrs. Clinton met voters. Mr. Trump stayed home. “I am ready,” she said.",
            "she",
            "Mrs. Clinton",
        ),
        (
            "Mrs. Clinton met voters. Mr. Trump stayed home. “I am ready,” he said.",
            "he",
            "Mr. Trump",
        ),
        # … and against a given name that is a man's or a woman's
        (
            "Donald Trump spoke in Ohio. Hillary Clinton campaigned in Iowa. “I am ready,” he said.",
            "he",
            "Donald Trump",
        ),
        # the subject of the main clause after an opening "When …," clause
        (
            "When Mayor Tom Reed arrived, Governor Ann Lee spoke first. “We are ready,” she said.",
            "she",
            "Governor Ann Lee",
        ),
        # … but a pronoun there refers to the clause's own subject, which the search needs
        (
            "When Governor Ann Lee arrived, she spoke first. “We are ready,” she said.",
            "she",
            "Governor Ann Lee",
        ),
        # a role renamed by a name between commas: the name ("the campaign" + "manager" is no subject)
        (
            "Mr. Reed's campaign manager, Ann Lee, spoke first. Tom Reed stayed home. “We are ready,” she said.",
            "she",
            "Ann Lee",
        ),
        # … not the name of the role's object ("a spokesman for the mayor, Ann Lee,")
        (
            "A spokesman for the mayor, Ann Lee, declined to comment. “We are ready,” she said.",
            "she",
            None,
        ),
        # … and so is a name after a closing "said" in a sentence with no quote
        (
            (
                "Senator Bob Hale spoke first. Tariffs will not help, said Tom Reed, an economist. "
                "“We have no silver bullets,” he said."
            ),
            "he",
            "Tom Reed",
        ),
        # a party's person is a person ("Labour's Ann Lee"), so "she" refers to her
        (
            (
                "Former host Tom Reed will contest the seat.\n\nLabour's Ann Lee won the seat"
                " in 1997. She says she will fight on her record “as a hard-working MP”."
            ),
            "She",
            "Labour's Ann Lee",
        ),
        # a short name: its first fuller mention, role included
        (
            "Kremlin aide Yury Ushakov spoke to reporters.\n“Ties are strong,” Ushakov said.",
            "Ushakov",
            "Kremlin aide Yury Ushakov",
        ),
        # "who": the name before ", who"
        (
            "It was Bret Stephens, who said that “the party became an echo chamber.”",
            "who",
            "Bret Stephens",
        ),
        # he/she refer to persons, not to the company in the sentence before
        (
            (
                "Nintendo president Satoru Iwata spoke in Tokyo. Nintendo expects strong sales. "
                "“It is a competitive price,” he said."
            ),
            "he",
            "Nintendo president Satoru Iwata",
        ),
        # a short name's fuller mention is not taken from a headline, even one ending in a period
        (
            (
                "Conservative Icon Morton Blackwell Endorses Ted Cruz.\n\n"
                "“I have decided to endorse Ted Cruz,” Blackwell wrote."
            ),
            "Blackwell",
            None,
        ),
        # the subject before a dashed appositive is the antecedent
        (
            (
                "Donald Trump picked Denver.\n\nGovernor Chris Christie – a Dallas Cowboys fan – gave a"
                " one word answer. “Denver, by a touchdown or more,” he answered."
            ),
            "he",
            "Governor Chris Christie",
        ),
        # a role or a noun for a person after a name is the head, and the name after it
        # the person ("Riverton" is no one's name here)
        (
            (
                "Riverton boss Tom Reed is planning a move for Ann Lee. "
                "“We are monitoring him,” he told reporters."
            ),
            "he",
            "Riverton boss Tom Reed",
        ),
        # a person described by age alone is the person of an earlier sentence
        (
            (
                "Double Olympic champion Ann Lee won in Paris on Sunday. "
                "“I feel I can win,” said the 30-year-old."
            ),
            "the 30-year-old",
            "Double Olympic champion Ann Lee",
        ),
        # a description with no name has no fuller mention (not a name ending in "The")
        (
            (
                "Crowds will fill his Christmas Midnight Mass. The cardinal used a message to denounce"
                " the war. The cardinal said 2005 should be the year to “make poverty history once"
                " and for all”."
            ),
            "The cardinal",
            None,
        ),
        # a full name needs no antecedent
        ("“We disagree,” said Kevin Madden, a Republican strategist.", "Kevin Madden", None),
        # nobody to refer to: no antecedent is invented
        ("“We will fight,” she said.", "she", None),
    ],
)
def test_speaker_and_antecedent(text: str, speaker: str, antecedent: str | None) -> None:
    [q] = [q for q in extract_quotes(text) if q.kind != "term"]
    assert q.speaker == speaker
    assert q.antecedent == antecedent
    if antecedent is not None:
        assert text[q.antecedent_start : q.antecedent_end] == antecedent


def test_a_speaker_named_after_a_quote_is_nearer_than_an_earlier_subject() -> None:
    # The sentence that opens with a quote has no subject; its speaker is the mention
    # "he" refers to, not the subject of the sentence before it.
    text = (
        "Senator Bob Hale spoke first. “Boards rarely pay,” said Tom Reed, a governance expert. "
        "“It is rare,” he added."
    )
    last = extract_quotes(text)[-1]
    assert (last.speaker, last.antecedent) == ("he", "Tom Reed")


@pytest.mark.parametrize(
    ("window", "subject"),
    [
        # windows that end in a plain lower-case word: a subject ends with it only when it
        # is a pronoun, a role, a share, an adverbial or the word after a role's preposition
        ("Asked about the plan, she ", "she"),
        ("The party chairman ", "The party chairman"),
        ("The deputy head of communications ", "The deputy head of communications"),
        ("In the survey, 38 percent ", "38 percent"),
        ("Marta Reyes quietly ", "Marta Reyes"),
        ("The mayor on Tuesday night ", "The mayor"),
        ("The minister in a statement ", "The minister"),
        # … and no subject before the verb when it is any other word
        ("The council said the plan was due to ", None),
        ("Their former chief executive quit last autumn ", None),
        ("Profits were hit by rising costs and ", None),
    ],
)
def test_subject_before_a_verb(window: str, subject: str | None) -> None:
    found = subject_before(window, 0, len(window))
    assert (window[found[0] : found[1]] if found else None) == subject


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        # a role after a name the determiner opens is the head, not the verb
        ("The Ohio senator blasted the plan on Monday.", "The Ohio senator"),
        ("The Northern Ireland runner set a new record.", "The Northern Ireland runner"),
        # a role or a noun for a person between a modifier and a name: the whole phrase
        ("Riverton striker Tom Reed said he was fit.", "Riverton striker Tom Reed"),
        ("Riverton boss Tom Reed, 51, said he was happy.", "Riverton boss Tom Reed"),
        ("Radio talk host Tom Reed said he was tired.", "Radio talk host Tom Reed"),
        ("Work and pensions minister Ann Lee said it was wrong.", "Work and pensions minister Ann Lee"),
        # … but two people joined by "and" are not one phrase
        ("Director Ann Morris and executive producer Tom Lee will attend.", "Director Ann Morris"),
        # … not a verb and its object, nor an adverb and a verb
        ("Lee told host Chris Matthews that it was fine.", "Lee"),
        ("Lee later told Jake Tapper it was fine.", "Lee"),
        ("Lee met radio host Hugh Reed on Sunday.", "Lee"),
        # the phrase of a role noun holds no verb with its object
        ("The mayor's office said the town was safe.", "The mayor's office"),
        # a possessive name is a determiner: any adjective may stand before the role
        ("Ann Lee’s right-hand woman rallied supporters.", "Ann Lee’s right-hand woman"),
        ("The governor's eldest daughter, 34, has built a brand.", "The governor's eldest daughter"),
        ("Riverton's long-time spokesman declined to comment.", "Riverton's long-time spokesman"),
        ("Ann Lee's trusted media adviser told the paper.", "Ann Lee's trusted media adviser"),
        # … and after "the" the phrase keeps its article
        ("The Riverton Party's parliamentary leader argued it was wrong.", "The Riverton Party's parliamentary leader"),
        # a noun the lexicon does not know, with its article, before a verb in the past
        ("The town released a statement on Monday.", "The town"),
        ("The entrepreneur said his mother was a saint.", "The entrepreneur"),
        (
            "The 41-year-old chart-topper told reporters he was tired.",
            "The 41-year-old chart-topper",
        ),
        # … an adjective in "-ing" with a hyphen is no participle
        ("The long-running presenter said she would leave.", "The long-running presenter"),
        # … and no auxiliary or participle taken for that noun
        ("The school had worked with the paper.", None),
        ("The concerns being voiced go beyond the pledge.", None),
        # a count of people before a role noun, also after an opening phrase
        ("About 200 protesters gathered outside, chanting slogans.", "About 200 protesters"),
        ("Outside the arena, about 200 protesters gathered.", "about 200 protesters"),
        ("Two senators said the bill was dead.", "Two senators"),
        # a dateline before the subject
        ("WASHINGTON — Sen. Ann Lee said the bill was dead.", "Sen. Ann Lee"),
        ("Riverton (AFP) – Democrat Ann Lee has taken a swipe at her rival.", "Democrat Ann Lee"),
        ("LISBON, March 3 (Reuters) - Prime Minister Ana Costa said the bill was dead.", "Prime Minister Ana Costa"),
        # an adverb opening the sentence is no subject; the one after its comma is
        ("Rather, he said, the struggles will go on.", "he"),
        ("Rather said the struggles will go on.", "Rather"),
    ],
)
def test_sentence_subject(sentence: str, subject: str | None) -> None:
    found = sentence_subject(sentence, 0, len(sentence))
    assert (sentence[found[0] : found[1]] if found else None) == subject


def test_a_surname_the_search_skips_is_a_subject_before_a_reporting_verb() -> None:
    # "Early" opens time phrases ("Early on, …"); before "described" it is the
    # surname the article writes inside a sentence too.
    text = (
        "The chairman, Tom Early, spoke first. Informed of the result, Early described it as news."
    )
    at = text.index("Informed")
    found = sentence_subject(text, at, len(text))
    assert found is not None and text[found[0] : found[1]] == "Early"
    alone = text[at:]
    assert sentence_subject(alone, 0, len(alone)) is None


@pytest.mark.parametrize(
    ("window", "subject"),
    [
        # subjects opening with a lower-case word: a pronoun, a determiner, a
        # quantifier, a role, a share; the words before them open none
        ("When he arrived, reporters asked whether he", "he"),
        ("The report was published and the spokesman", "the spokesman"),
        ("Prices rose sharply, and most economists", "most economists"),
        ("the two-day meeting in Paris was tense, and several delegates", "several delegates"),
        ("His lawyers filed the appeal, and lead counsel Ann Lee, 52,", "counsel Ann Lee"),
        ("Asked about it, nearly four in 10", "nearly four in 10"),
        ("Officials said. About 200 protesters, nearly all of them students,", "About 200 protesters"),
        # a count after a word is no subject ("says 24 UK companies"): its noun is
        ("Police said on Monday that about 200 protesters", "protesters"),
    ],
)
def test_subject_before_a_verb_opens_with_an_opening_word(window: str, subject: str) -> None:
    found = subject_before(window, 0, len(window))
    assert found is not None and window[found[0] : found[1]] == subject


def test_the_words_before_a_number_open_a_subject() -> None:
    # The search for the subject before a verb skips a word that opens no subject
    # phrase: the words the share and count phrases write before a number must be
    # among the opening words, or a phrase opening with one would be lost.
    import re

    from stancedb.quotes import speakers

    before_numbers = {
        a.lower() + rest for a, _, rest in re.findall(r"\[([A-Z])([a-z])\]([a-z]+)", speakers._SHARE + speakers._COUNT)
    }
    assert before_numbers <= speakers._NUMBER_WORDS
