"""Speaker mentions: the phrase a cue attributes a quote to, and what a pronoun refers to.

A speaker mention is a pronoun ("he", "who"), a name with any title or role
before it ("Kremlin aide Yury Ushakov", "Clinton's campaign manager Robby
Mook"), or a noun phrase headed by a role word ("the spokesman", "a spokeswoman
for the State Department", "the ministry"). An appositive after a name
("Brian Fallon, a spokesman for Mrs. Clinton,") is skipped: the mention is the
name. Everything is regular expressions built once from ``speaker_words.tsv``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice

from stancedb.quotes.cues import trie_regex
from stancedb.quotes.lexicon import lexicon
from stancedb.records import Segment
from stancedb.resources import seed_path
from stancedb.text import is_abbreviation
from stancedb.text.segmentation import abbreviations

_DAYS = (
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|"
    "earlier|later|recently"
)
# Words of the adverbials after a subject ("would", "on Tuesday night", "in a
# statement") and the prepositions after a role ("the head of communications"),
# named here for ``_cannot_end_subject`` too.
_AUXILIARIES = "would|will|did|does|is|was|has|have|had"
_PARTS_OF_DAY = "night|morning|afternoon|evening"
_MEDIA = "statement|interview|email|tweet|post|letter"
_ROLE_PREPOSITIONS = "for|of|at|with|from"


@dataclass(slots=True)
class Memo:
    """What one article's antecedent lookups have already found."""

    names: dict[str, tuple[int, int] | None] = field(default_factory=dict)
    # (start, end) -> its fullest mention: a pronoun's candidates are looked up
    # once to test them (``is_person``) and again for the one it refers to.
    fullest: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)
    subjects: dict[int, tuple[int, int] | None] = field(default_factory=dict)
    # (pronoun, start, end) -> whether that pronoun can refer to the mention. Each
    # pronoun tries every earlier speaker: without this, an article of n quotes
    # would run the name tests n * n / 2 times (27 s for 4,000 quotes).
    fits: dict[tuple[str, int, int], bool] = field(default_factory=dict)


class Patterns:
    """Regexes for speaker phrases, each compiled the first time it is used.

    Together they take about 0.2 s to compile (each is a long alternation of the
    lexicon's words): a run that needs only some of them pays for those only.
    """

    suffix: re.Pattern[str]  # a subject phrase ending where the search window ends
    whole: re.Pattern[str]  # a window that is a subject phrase and nothing else
    head: re.Pattern[str]  # a subject phrase opening a window, before its modifiers
    appositive: re.Pattern[str]  # ", a spokesman for Y," after a name
    after_verb: re.Pattern[str]  # "said Kevin Madden", "said the spokesman"
    sentence_start: re.Pattern[str]  # the subject at the start of a sentence
    name: re.Pattern[str]  # a person-like name with its title or role

    def __init__(
        self,
        sources: dict[str, str],
        documents: frozenset[str],
        pronouns: frozenset[str],
        male: frozenset[str],
        female: frozenset[str],
    ) -> None:
        self._sources = sources
        self.documents = documents
        self.pronouns = pronouns
        self.male = male
        self.female = female

    def __getattr__(self, name: str) -> re.Pattern[str]:
        # Called only for an attribute not set yet: a regex not compiled yet.
        try:
            source = self.__dict__["_sources"][name]
        except KeyError:
            raise AttributeError(name) from None
        compiled = re.compile(source)
        setattr(self, name, compiled)
        return compiled

    def compile_all(self) -> None:
        """Compile every regex not compiled yet: a process about to read many articles
        (``pipeline.warm_up``) pays for them once, before it forks its workers."""
        for name in self._sources:
            getattr(self, name)


# A share of those asked, as a poll reports what they said: "21 percent", "About
# four in 10" ("75 percent of Republicans said" names the respondents: not here).
_SHARE = (
    r"(?:(?:[Aa]bout|[Nn]early|[Aa]lmost|[Rr]oughly|[Oo]nly|[Jj]ust)[ \u00a0]+)?"
    r"(?:[0-9]+(?:\.[0-9]+)?(?:%|[ \u00a0]percent)"
    r"|(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[1-9])[ \u00a0]+in[ \u00a0]+(?:10|ten))"
)
# A count of people before a role noun ("about 200 protesters", "More than 1,000
# workers"): up to three digits or with thousands separators, not a year ("In 2016
# Republicans"), and not after a word ("says 24 UK companies", "The Votes at 16 alliance").
_COUNT = (
    r"(?<![\w’'][ \u00a0])(?:(?:[Aa]bout|[Nn]early|[Aa]lmost|[Rr]oughly|[Ss]ome|[Oo]ver|"
    r"[Mm]ore[ \u00a0]+than|[Aa]t[ \u00a0]+least|[Uu]p[ \u00a0]+to)[ \u00a0]+)?"
    r"[0-9]{1,3}(?:,[0-9]{3})*(?![0-9,])"
)
# The words of ``_SHARE`` and ``_COUNT`` before a number, in lower case (a subject
# phrase may open with them).
_NUMBER_WORDS = frozenset([
    "about", "nearly", "almost", "roughly", "only", "just", "some", "over", "more", "at", "up",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
])
# A dateline before the first sentence's subject: "WASHINGTON — Sen. X said",
# "Washington (AFP) – Democrat Hillary Clinton has taken", "PARIS, Aug 31 (Reuters) -":
# a city in capitals (with its state or date), or with its agency in brackets, then
# a dash. The second form tries every sentence that opens with a capitalised word
# ("Mr Smith said") and fails at its "(":
# its words and their count are possessive ("*+", "{0,2}+", "++"), as a word's
# letters given back or a word dropped would be followed by a letter or a
# space and a capital, never by the "," or "(" that must come next, so the
# search does not give them back one by one before failing.
_DATELINE = (
    r"(?:(?:[A-Z]{2,}[A-Z.’'\-]*(?:[ \u00a0]+[A-Z]{2,}[A-Z.’'\-]*){0,2}"
    r"(?:,[ \u00a0]+[A-Z][\w.]+(?:[ \u00a0]+[0-9]{1,2})?)?"
    r"(?:[ \u00a0]*\([A-Z][\w.]*(?:[ \u00a0]+[\w.]+){0,2}\))?"
    r"|[A-Z][\w.’'\-]*+(?:[ \u00a0]+[A-Z][\w.’'\-]*+){0,2}+(?:,[ \u00a0]+[A-Z][\w.]++)?"
    r"[ \u00a0]*\([A-Z][\w.]*(?:[ \u00a0]+[\w.]+){0,2}\))"
    r"[ \u00a0]*[–—-]{1,2}[ \u00a0]+)"
)
_DATELINE_AT = re.compile(_DATELINE)


def dateline_end(text: str, start: int) -> int:
    """Where the dateline that opens ``text`` at ``start`` ends ("WASHINGTON — ",
    "Washington (AFP) – "), or -1: the one definition of a dateline, which the
    sentence subject skips and the statement stages take for no actor."""
    found = _DATELINE_AT.match(text, start)
    return found.end() if found else -1


# The words of letters alone a share can end with (for ``_cannot_end_subject``).
_SHARE_LAST_WORDS = ("percent", "ten")


def _alt(words: frozenset[str]) -> str:
    return trie_regex(sorted(words))


def _past_speech_forms() -> frozenset[str]:
    """Past forms of the lexicon's reporting verbs ("said", "told", "wrote", "blasted")."""
    lex = lexicon()
    return frozenset(
        f for f in lex.verbs
        if f.islower() and " " not in f and f not in lex.base_forms and not f.endswith(("s", "ing"))
    )


# Words joining a sentence to the one before ("And the striker said:"); only
# after one may the subject's article be lower-case (elsewhere "the" opens an
# object: "…, promised the North American Free Trade Agreement").
_JOINING_WORDS = "And|But|So|Yet|Or"
_AFTER_JOINING_WORD = "(?:" + "|".join(rf"(?<={w}[ \u00a0])" for w in _JOINING_WORDS.split("|")) + ")"


def _present_speech_forms() -> frozenset[str]:
    """Present forms of the lexicon's speech verbs ("says", "reads", "writes")."""
    lex = lexicon()
    return frozenset(
        f for f, cls in lex.verbs.items()
        if cls == "speech" and f.islower() and " " not in f and f not in lex.base_forms and f.endswith("s")
    )


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    """Build the speaker regexes from the lexicon (cached)."""
    lex = lexicon()
    male, female = lex.category("pronoun_m"), lex.category("pronoun_f")
    # "him"/"her" are not subjects; "her" stays a determiner ("her spokesman").
    pronouns = (male | female | lex.category("pronoun")) - {"him", "her", "Her"}
    titled = sorted(w for w in abbreviations() if w[:1].isupper())
    word = r"[\w’'\-]"
    # Letters of a name: anything but spaces and punctuation ("PeÃ±a", "O’Donnell").
    letters = r"[^\s,;:!?.()\[\]\"“”/]"
    skip_words = _alt(lex.category("skip"))
    adverbs = _alt(lex.category("adverb"))
    titles = trie_regex(titled)
    connector = _alt(lex.category("connector"))
    role = _alt(lex.category("role"))
    modifier = _alt(lex.category("modifier"))
    det = _alt(lex.category("determiner"))
    pron = _alt(pronouns)
    # Words that cannot sit inside a noun phrase before its head.
    function = _alt(lex.category("preposition") | lex.category("connector") | lex.category("function"))
    quantifier = _alt(lex.category("quantifier"))
    # The words between a determiner and a role noun: no article or possessive, and
    # after the first no past form of a speech verb, which would be the verb with its
    # object ("The town released a statement", "The entrepreneur said his mother",
    # "The 41-year-old chart-topper told reporters"; "the alleged gunman" stays).
    # Each is followed by a space (here and in ``noun_then_verb``), never by a
    # letter of a word: its letters are possessive ("++"), not given back one by
    # one when the phrase fails ("The company said" tries up to three words).
    articles = "a|an|the|his|her|their|its|our|my|your"
    inner = rf"(?!(?:{function}|{articles})\b){word}++"
    inner_later = rf"(?!(?:{function}|{articles}|{_alt(_past_speech_forms())})\b){word}++"
    # A word of a loose phrase (after a determiner, or after a verb): not an auxiliary,
    # a negation or "as"/"than", which only a clause holds ("The campaign did not
    # elaborate", "Sanders as he closed out", "nearly as dismissive as …").
    not_verbal = rf"(?!(?:{_alt(lex.category('verbal'))})\b)"
    phrase_word = rf"{not_verbal}{word}+"

    def name_word_with(run: str) -> str:
        """A name word whose runs of letters repeat with ``run`` ("*" or "*+")."""
        # Every name word starts with a capital (the titles too): the lookahead fails a
        # lowercase word at once instead of running the skip-word and title tries on it.
        return (
            rf"(?=[A-Z])(?!(?:{skip_words})\b)"
            rf"(?:(?:{titles})\.|[A-Z]\.(?:[A-Z]\.)*|[A-Z]{letters}{run}(?:\.[A-Z]{letters}{run})*)"
        )

    def phrases(name_word: str) -> tuple[str, str, str]:
        """``name_seq``, ``person`` and ``core`` (any subject phrase) built on ``name_word``."""
        name_seq = (
            rf"{name_word}(?:[ \u00a0]+(?:(?:{connector})[ \u00a0]+(?:the[ \u00a0]+)?)?{name_word})*"
        )
        # A name with what may come before it: titles, roles, an employer. The up to
        # four words before the name end with a modifier or role: a name word there
        # would also fit at the start of ``name_seq``, and trying a run of capitalised
        # words split both ways (with the appositive scan after the name for each
        # split) made the search backtrack up to five times over; the phrases
        # matched are the same. The first word is tried once, as a name word or as a
        # modifier or role, so that most words (neither) cost no more than before.
        lead = rf"(?:{modifier}|{role})[ \u00a0]+"
        any_word = rf"(?:{name_word}|{modifier}|{role})[ \u00a0]+"
        before_name = rf"(?:{name_word}[ \u00a0]+(?:{any_word}){{0,2}}{lead}|{lead}(?:(?:{any_word}){{0,2}}{lead})?)"
        person = rf"(?:{before_name})?{name_seq}"
        # A phrase headed by a role noun: "the spokesman", "a senior administration official",
        # also with the place it is from ("a woman in Worcester, Massachusetts, told him").
        role_np = (
            rf"(?:(?:(?:{det}|{_COUNT})[ \u00a0]+(?:{inner}[ \u00a0]+(?:{inner_later}[ \u00a0]+){{0,3}}?)??"
            rf"|(?:(?:{modifier}|{role}|{name_word})[ \u00a0]+){{0,3}}"
            # "Clinton's long-time aide", "Trump's eldest daughter": a possessive name
            # is a determiner, and any adjective may follow it (after "the" the
            # determiner is "the": "The SNP's parliamentary leader").
            rf"|(?<![Tt]he[ \u00a0]){name_seq}(?<=[’']s)[ \u00a0]+(?:{inner}[ \u00a0]+){{1,3}})(?:{role})"
            rf"(?:[ \u00a0]+(?:(?:{_ROLE_PREPOSITIONS})[ \u00a0]+(?:the[ \u00a0]+)?(?:{name_seq}|[a-z]{word}+)"
            rf"|in[ \u00a0]+{name_seq}))?)"
        )
        # "the New York Times", "the White House".
        the_name = rf"(?:the|The)[ \u00a0]+{name_seq}"
        core = rf"(?:{pron}|{the_name}|{person}|{role_np}|{_SHARE}|(?:{quantifier})(?=[ \u00a0]*,?[ \u00a0]*$))"
        return name_seq, person, core

    name_word = name_word_with("*")
    name_seq, person, core = phrases(name_word)
    # In a subject phrase the name is followed by a space, a comma, a bracket or the
    # end, never by a letter of a name ("—" is one, which "head" and "after_verb"
    # look for): a name word there needs its whole runs of letters, and not giving
    # them back letter by letter (possessive "*+") saves about 15 % of the search
    # for the subject before a verb (suffix, measured on BBC), the phrases found the same.
    _, _, closed_core = phrases(name_word_with("*+"))
    # ", a spokesman for Y,", ", 55,", ", R-Ky.,", ", in Kentucky,", "(D-Md.)": anything
    # short between commas after a name, so long as it holds no quotation mark.
    # Or set off by a pair of dashes: "Gov. Chris Christie – a Dallas Cowboys fan – said".
    dashed = r"|[ \u00a0]+[–—][ \u00a0]+[^–—;:\"“”]{1,100}?[ \u00a0]+[–—]"
    appositive = (
        r"(?:,[ \u00a0]+[^,;:\"“”]{1,100}?(?:,[ \u00a0]+[A-Z][a-z]{1,4}\.)?(?:,|(?=[ \u00a0]+who\b))"
        rf"|[ \u00a0]*\([^()]{{1,60}}\){dashed})"
    )
    # A role and the name of its institution: "Giovanni Maria Vian, the editor in
    # chief of the Vatican's newspaper, L'Osservatore Romano, said".
    renamed = rf",[ \u00a0]+(?:the|a|an)[ \u00a0][^,;:\"“”]{{1,100}}?,[ \u00a0]+{name_seq},"
    adverbial = (
        rf"(?:{_alt(lex.category('adverb'))}|{_AUXILIARIES}|"
        rf"(?:on|last|this|late|early)[ \u00a0]+(?:{_DAYS})(?:[ \u00a0]+(?:{_PARTS_OF_DAY}))?|"
        rf"{_DAYS}|in[ \u00a0]+(?:a|an|the)[ \u00a0]+(?:{_MEDIA}))"
    )
    # Any adverb of manner after a verb ("said matter-of-factly as …", "said quietly"):
    # not a speaker; the few nouns in -ly that open speaker phrases are not adverbs.
    manner = r"(?!(?:family|ally|rally|assembly|supply|widely)\b)(?:[a-z]+-)*[a-z]+ly\b(?![’'\-])"
    subject = (
        # "he's said", "they’ve told": a contraction of "has"/"have" is no possessive.
        rf"(?P<subj>{closed_core})(?<![’‘']s)(?:[’'](?:s|ve)(?=[ \u00a0]))?(?:(?P<renamed>{renamed})|{appositive})?"
        # "he erroneously suggested": an adverb in -ly right after the subject (not
        # "H1N1 was commonly called", a passive).
        rf"(?:[ \u00a0]+{manner})?(?:,?[ \u00a0]+(?:{adverbial}),?)*"
    )
    # What a subject phrase opens with: a capital or a digit, or a word of the lexicon
    # that one of its forms (``closed_core``) starts with. The search for the subject
    # before a verb is tried at every word of its window; a word that opens no form
    # ("reporters", "told") fails this one test instead of each form in turn (the
    # search takes a tenth less, the phrases found the same).
    openers = (
        pronouns | {"the"} | _NUMBER_WORDS
        | lex.category("determiner") | lex.category("modifier") | lex.category("role") | lex.category("quantifier")
    )
    opening = rf"(?=[A-Z0-9]|{_alt(frozenset(w for w in openers if not w[:1].isupper()))})"
    # At the start of a sentence an appositive must look like one (", a
    # spokesman for Y,", ", 55,", "(D-Md.)"): a loose one would swallow clauses.
    strict_appositive = (
        r"(?:,[ \u00a0]+(?:(?:a|an|the|his|her|their|its|who|whose|which|now|then|also|one|"
        r"another|[0-9]+)\b[^,;:\"“”]{0,120}?|[0-9]+|[RDI]-[A-Z][\w.]*)(?:,|(?=[ \u00a0]+who\b))"
        rf"|[ \u00a0]*\([^()]{{1,60}}\){dashed})"
    )
    # A noun the lexicon does not know, with its article, before a verb in the past
    # ("The town released a statement", "The entrepreneur said his mother …"), or
    # before a speech verb in the present that ends the window or introduces what
    # is said ("The newsletter says: …"; many such forms are also plural nouns,
    # "The party reports were").
    # (No auxiliary, "-ing" form or "so" in it: "The school had", "The concerns
    # being", "The so called"; a hyphenated adjective in "-ing" is no such form:
    # "The long-running presenter said".)
    noun = rf"{not_verbal}(?!so\b)(?!\w+ing\b){inner}"
    noun_then_verb = (
        rf"(?P<np>(?:The|A|An|{_AFTER_JOINING_WORD}(?:the|an?))[ \u00a0]+(?:{noun}[ \u00a0]+){{0,2}}?{noun})"
        rf"(?=[ \u00a0]+(?:(?:{_alt(_past_speech_forms())}|[a-z]{{3,}}ed)\b"
        rf"|(?:{_alt(_present_speech_forms())})(?:$|[ \u00a0]*[:,]|[ \u00a0]+that\b)))"
    )
    strict_subject = (
        rf"(?P<subj>{closed_core})(?<![’‘']s)(?:{strict_appositive})?"
        rf"(?:,?[ \u00a0]+(?:{adverbial}),?)*"
    )
    # Any short phrase with a determiner ("the unsigned opinion", "a Democratic
    # staffer in the room"): a speaker only right next to its verb.
    # A relative pronoun opens a clause, and a phrase does not end in "and": a
    # phrase with them runs on into a clause ("an HBO series that first aired",
    # "the actor held a fake audition and asked"; not "the work and pensions minister").
    relative = r"(?!(?:that|who|which)\b)"
    last_word = rf"(?!(?:{_alt(lex.category('function'))})\b){phrase_word}"
    any_np = (
        rf"(?P<np>(?:{det})[ \u00a0]+(?:{relative}{phrase_word}[ \u00a0]+){{0,5}}?{last_word})"
        rf"(?:[ \u00a0]+(?:{adverbial}))*"
    )
    return Patterns(
        {
            "suffix": rf"(?<![\w’'\-.]){opening}(?:{subject}),?[ \u00a0]*$",
            # Between a closing mark and its verb any short phrase with a determiner
            # is the speaker ('," the moderator said'), role word or not.
            "appositive": appositive,
            "whole": rf"[\s,—–-]*(?:as[ \u00a0]+)?(?:{subject}|{any_np})[ \u00a0]*",
            # The head of a long subject ("Jeffrey Lewis of the James Martin Center
            # …", "an intelligence source, who was not authorized …, told"): the
            # phrase up to its appositive, relative clause, "of" phrase or "and".
            "head": (
                rf"[\s—–-]*(?P<subj>{core}|(?:{det})[ \u00a0]+(?:{word}+[ \u00a0]+){{0,3}}?{word}+"
                rf"|(?:(?:[a-z][\w\-]*|{name_word})[ \u00a0]+){{1,4}}{name_seq})"
                rf"(?=[ \u00a0]*(?:[,(—–]|(?:who|whose|of|and|from|at|for|with|in)\b))"
            ),
            # After a verb the subject is whatever phrase comes next ("said election
            # lawyer Joe Birkenstock", "said the printed slate card"), up to punctuation.
            "after_verb": (
                rf"(?:,?[ \u00a0]+(?:{adverbial}|{manner}))*,?[ \u00a0]+(?!(?:{_alt(lex.category('preposition'))})\b|{manner})(?P<subj>"
                # a name, pronoun or short phrase may end at a clause ("said Sanders as
                # he closed out", "whispered the party official as the reporter left");
                rf"(?:{pron}|{name_seq}|(?:{det})[ \u00a0]+(?:{phrase_word}[ \u00a0]+){{0,3}}?{phrase_word})"
                rf"(?=(?:[ \u00a0]+{manner})?[ \u00a0]+(?:as|when|while)\b)|"
                # any other phrase only at punctuation or a preposition.
                rf"(?:{pron}|(?:(?:{det})[ \u00a0]+)?(?:{not_verbal}[\w’'\-.]+[ \u00a0]+){{0,8}}?"
                rf"(?:{name_seq}|{role}|{phrase_word}))"
                rf"(?=(?:[ \u00a0]+{manner})?(?:[,.;:!?)—–]|[ \u00a0]+(?:\(|who|in|on|at|of|during|after|before|about|to|"
                rf"{_DAYS})\b|$)))"
            ),
            "sentence_start": (
                # A joining word may also open the sentence before a lower-case
                # subject ("And the striker said:", "But the minutes show").
                rf"[\s,—–-]*{_DATELINE}?(?:(?:{skip_words})[ \u00a0]+(?:(?:{adverbs})[ \u00a0]+)?(?=[A-Z])"
                rf"|(?:{_JOINING_WORDS})[ \u00a0]+(?=(?:the|an?)[ \u00a0]))?"
                rf"(?:[A-Z][^,;:\"“”]{{0,120}},[ \u00a0]+(?:[^,;:\"“”]{{0,80}},[ \u00a0]+)??)??"
                # (After a joining word a lower-case article opens a subject only
                # right before its verb: "And the North American Free Trade
                # Agreement, which Trump had called …" is no subject of "called".)
                rf"(?:(?!{_AFTER_JOINING_WORD}(?:the|an?)[ \u00a0]){strict_subject},?[ \u00a0]+[a-z]|{noun_then_verb})"
            ),
            "name": rf"{person}",
        },
        documents=lex.category("document"),
        pronouns=frozenset(pronouns),
        male=frozenset(male),
        female=frozenset(female),
    )


def _span(m: re.Match[str]) -> tuple[int, int]:
    group = "subj" if m.start("subj") != -1 else "np"
    return m.span(group)


def subject_before(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The subject phrase that ends ``text[start:end]`` (just before a verb).

    A comma may sit between the subject and the verb only when one sits before
    the subject too ("the executive, Laszlo Bock, told"), not after a clause
    ("wanted to admit 250,000 Syrians, said").
    """
    if _cannot_end_subject(text, start, end):
        return None
    m = patterns().suffix.search(text, start, end)
    if m is None:
        return None
    s, e = _span(m)
    s = _honorific_start(text, s, e)
    if text.startswith(",", e) and _SENTENCE_ADVERB.fullmatch(text, s, e):
        return None  # "Rather, he said, continued …": an adverb and a parenthesis
    if m.start("renamed") != -1 and (not is_name(text, s, e) or _CLAUSE_WORD.search(m.group("renamed"))):
        # "In a statement, the current bishop, Allan Casicas, said": only a
        # name is renamed so, by a role with no clause ("Russia, a country that
        # the nominee, Mitt Romney, called"); the subject is after the comma.
        return subject_before(text, m.start("renamed") + 1, end)
    if _GOVERNED.search(text, max(start, s - 8), s) or (
        _PLACE_OF.search(text, max(start, s - 4), s) and _STATE_AFTER.match(text, e, end)
    ):
        # "a source speaking to Fox News said", "Clinton, at a town hall in Columbus,
        # Ohio, said", "Cory James, 22, of Flint, Mich., said": an object, not the
        # subject ("the head of the company said" stays the company's: a place
        # needs its state after it).
        return _name_renaming_role_to(text, s, e, end)
    if text[m.start() : end].rstrip(" \u00a0").endswith(",") and not text[max(0, s - 8) : s].rstrip(" \u00a0").endswith(","):
        tail = text[e:end]
        if "," in tail and not patterns().appositive.match(text, e, end):
            return None
    return s, e


_CLAUSE_WORD = re.compile(r"\b(?:that|who|which|whom)\b")
# An honorific inside a run of capitalised words, after a capitalised word:
# "Speaking in Harrogate Mr Kennedy said" (an opening phrase with no comma).
_INNER_HONORIFIC = re.compile(r"(?<=[A-Za-z][ \u00a0])(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?[ \u00a0]+(?=[A-Z])")


def _honorific_start(text: str, s: int, e: int) -> int:
    """Where a name run ends in an honorific and a name starts: the place or
    paper before it ("in Harrogate", "in the Guardian") belongs to an opening
    phrase with no comma, not to the name. (Not after a role word: "Tory
    leader Mr Howard" is left whole.)"""
    m = _INNER_HONORIFIC.search(text, s, e)
    if m is None:
        return s
    before = text[s : m.start()].split()
    if not before or before[-1].casefold() in lexicon().category("role") or not before[-1][:1].isupper():
        return s
    return m.start()


# A role noun and "to" before the phrase a subject search took ("chief secretary to the Treasury").
_ROLE_TO = re.compile(r"(?<![\w’'\-])(?P<role>[a-z]+)[ \u00a0]+to[ \u00a0]+$")


def _name_renaming_role_to(text: str, s: int, e: int, end: int) -> tuple[int, int] | None:
    """"shadow chief secretary to the Treasury, George Osborne, said": the phrase
    after "to" is the role's object, and the name set between commas after it
    renames the whole role; it is the subject (else there is none)."""
    m = _ROLE_TO.search(text, max(0, s - 30), s)
    if m is None or m.group("role") not in lexicon().category("role"):
        return None
    comma = _BEFORE_RENAMING.match(text, e, end)
    if comma is None or comma.group("words"):
        return None
    name = patterns().name.match(text, comma.end(), end)
    if name is None or text[name.end() : name.end() + 1] != "," or not is_name(text, *name.span()):
        return None
    return name.span()
def _cannot_end_subject(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends in a plain lower-case word that no subject
    phrase before a verb ends with (``suffix``: a pronoun, a role, a quantifier,
    a share, an adverb or an auxiliary, a word of time or medium, a word after a
    role's preposition, "the head of communications"), as in "he was due to" or
    "quit last autumn": the search, anchored at the window's end, would be tried
    at every word start before it (it is a fifth of the quote stage), and fail."""
    words = text[start:end].rsplit(None, 3)
    if not words:
        return False
    last = words[-1]
    # A word with a capital, a digit or a mark may end a name or an appositive:
    # for the regex to tell. A word of letters alone is the whole last element.
    if not (last.isascii() and last.isalpha() and last.islower()):
        return False
    if last in _subject_last_words() or last.endswith("ly"):
        return False
    prepositions = _ROLE_PREPOSITIONS.split("|")
    if len(words) >= 2 and words[-2] in prepositions:
        return False
    return not (len(words) >= 3 and words[-2] == "the" and words[-3] in prepositions)


@lru_cache(maxsize=1)
def _subject_last_words() -> frozenset[str]:
    """The plain words a subject phrase before a verb can end with (see ``suffix``)."""
    lex = lexicon()
    words = set().union(*(lex.category(c) for c in ("pronoun", "pronoun_m", "pronoun_f", "role", "quantifier", "adverb")))
    for listed in (_DAYS, _AUXILIARIES, _PARTS_OF_DAY, _MEDIA):
        words.update(listed.split("|"))
    words.update(_SHARE_LAST_WORDS)
    return frozenset(words)


_GOVERNED = re.compile(r"(?<![\w’'\-])(?:to|at|than|into|in)[ \u00a0]+$")
_PLACE_OF = re.compile(r"(?<![\w’'\-])of[ \u00a0]+$")
# A state's abbreviation after a town ("Flint, Mich.,", "Albany, N.Y.,"), as US news writes it.
_STATE_AFTER = re.compile(r",[ \u00a0]+(?:[A-Z][a-z]{1,4}|[A-Z]\.[A-Z])\.,")


def subject_filling(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The speaker when ``text[start:end]`` is a subject phrase and nothing else
    (what sits between a closing mark and its verb: ``," Mr. Hedge said``)."""
    m = patterns().whole.fullmatch(text, start, end)
    return _span(m) if m else None


def subject_heading(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The head of a long subject phrase that fills ``text[start:end]`` (between a
    closing mark and its verb), when ``subject_filling`` finds no whole phrase."""
    m = patterns().head.match(text, start, end)
    return m.span("subj") if m else None


_SPACES = re.compile(r"[ \u00a0]*")


def leading_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name (with its title or role) opening ``text[start:end]`` and followed
    by more words, for a long subject whose head ``subject_heading`` misses:
    a dashed aside ("Andrei Illarionov - then adviser to … - told") or words
    run on without a comma ("Dr Mark Tuffy games systems director at … told")."""
    at = _SPACES.match(text, start, end).end()
    m = patterns().name.match(text, at, end)
    if m is None or m.end() >= end or text[m.end()] not in " \u00a0":
        return None
    return m.span()


def subject_after(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The subject right after a verb at ``start`` ("said Kevin Madden")."""
    m = patterns().after_verb.match(text, start, end)
    return _span(m) if m else None


def sentence_subject(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The subject at the start of the sentence ``text[start:end]``.

    A capitalised participle opening the sentence ("Reading from a prepared
    text, Ben Carson …", "Led by the speaker, the rally …") is no name: the
    subject is looked for after its clause. A role renamed by a name between
    commas is that name ("Clinton's campaign manager, Robby Mook, said").
    """
    found = _opening_subject(text, start, end)
    if found is None:
        return None
    return _renaming_name(text, _head_after_name(text, start, found, end), end)


# The lower-case words after a subject name, up to three.
_WORDS_AFTER_NAME = re.compile(r"(?:[ \u00a0]+[a-z][\w\-]*){1,3}")
# A noun for a person by its ending ("striker", "midfielder", "novelist", "historian").
_PERSON_NOUN_ENDINGS = ("er", "or", "ist", "ian")
_PERSON_NOUN = re.compile(rf"[a-z]{{3,}}(?:{'|'.join(_PERSON_NOUN_ENDINGS)})")
# Nouns for people of no such ending ("Newcastle boss Graeme Souness").
_PERSON_NOUNS = frozenset(["boss", "star", "pundit", "icon", "guru", "legend", "champion"])
# Words of that ending that are no person ("Lee later told", "Lee never said").
_NOT_HEADS = frozenset(
    [
        "later", "earlier", "never", "ever", "rather", "together", "either", "neither",
        "however", "whether", "after", "over", "under"
    ]
)
# Past forms with no "-ed" that may stand between a name and another name
# ("Lee met radio host Hugh Reed", "Lee beat Labour rival Jane Smith").
_IRREGULAR_PAST = frozenset(
    [
        "met", "beat", "hit", "gave", "took", "told", "sent", "brought", "led", "left", "won",
        "lost", "ran", "put", "set", "let", "made", "saw", "got", "held", "kept", "thought",
        "found", "became", "began", "chose", "drew", "fought", "heard", "knew", "paid", "read",
        "rang", "sought", "sold", "spoke", "stood", "struck", "swore", "taught", "threw",
        "wrote"
    ]
)
# After the name, the verb or an appositive's comma ("Souness said", "Souness, 51,").
_VERB_SLOT = re.compile(r",|[ \u00a0]+[a-z]")


def _head_after_name(text: str, start: int, subj: tuple[int, int], end: int) -> tuple[int, int]:
    """The subject phrase around a name that the search cut at the first
    lower-case word after it, taking a noun for the verb: "The Vermont senator
    blasted …" (not "Vermont"), "Newcastle boss Graeme Souness said" (the
    phrase, whose person is the name after the role, not the club)."""
    s, e = subj
    m = _WORDS_AFTER_NAME.match(text, e, end)
    if m is None:
        return subj  # no lower-case word after it: nothing was cut
    words = m.group().split()
    if text[s:e] in _determiners():
        # "Two senators said": a count taken for a name.
        return (s, e + 1 + len(words[0])) if words[0] in lexicon().category("role") else subj
    if words[0] != "and" and not _head_noun(words[0]) and not _noun_like(words[0]):
        # "Lee said", "He told host Chris Matthews": a verb right after the
        # subject (most of them) leaves it, whatever the subject and the words
        # before it (each case below keeps ``subj`` for such a word), so the
        # cheap word tests come before those on the subject.
        return subj
    if not is_name(text, s, e) or is_pronoun(text[s:e]):
        return subj
    before = text[start:s].split()
    if before and before[-1].lower() in _prepositions():
        return subj  # "For Jupiter analyst Olivier Beauvillain, …": no subject
    if before and before[-1] in ("The", "the") and _head_noun(words[0]):
        # "The Vermont senator blasted", "The Northern Ireland runner set": the
        # search skipped the determiner before the name.
        return s - len(before[-1]) - 1, e + 1 + len(words[0])
    if words[0] == "and" and (len(words) < 3 or _role_or_modifier(words[1])):
        return subj  # two people: "Manafort and campaign spokesman Jason Miller"
    stop = e
    for k, word in enumerate(words):
        stop = text.index(word, stop) + len(word)
        if not _head_noun(word):
            # "Work and pensions minister Alan Johnson": a ministry's name in lower case
            ministry = word == "and" if k == 0 else k == 1 and words[0] == "and" and word.isalpha()
            if not (_noun_like(word) or ministry):
                return subj  # a verb: "Lee told host Chris Matthews"
            continue
        name = patterns().name.match(text, stop + 1, end)
        if name is None or not is_name(text, *name.span()):
            continue
        if _VERB_SLOT.match(text, name.end(), end):
            return s, name.end()
    return subj


def _role_or_modifier(word: str) -> bool:
    lex = lexicon()
    return word in lex.category("role") or word in lex.category("modifier")


# Cached by word (this and ``_head_noun``): they test the word after most
# sentence subjects, and the words are few.
@lru_cache(maxsize=4096)
def _noun_like(word: str) -> bool:
    """A word before a role noun that is no verb or function word ("Ohio
    state senator"; not "told" in "Lee told host Chris Matthews")."""
    lex = lexicon()
    return not (
        # a verb's base form after a name is a noun ("Radio talk host Rush Limbaugh")
        (word in lex.verbs and word not in lex.base_forms)
        or word in _IRREGULAR_PAST
        or word.endswith(("ed", "s", "ly"))
        or word in _no_noun_words()
    )


@lru_cache(maxsize=1)
def _no_noun_words() -> frozenset[str]:
    """The lexicon's adverbs, function words, prepositions, connectors,
    determiners and auxiliaries in one set (one lookup for ``_noun_like``)."""
    lex = lexicon()
    return frozenset().union(
        *(lex.category(c) for c in ("adverb", "function", "preposition", "connector", "determiner", "verbal"))
    )


@lru_cache(maxsize=4096)
def _head_noun(word: str) -> bool:
    """A singular role noun ("host", "senator") or a noun for a person ("striker", "boss")."""
    if word in lexicon().category("role"):
        return not word.endswith("s") or word.endswith("ss")
    return word in _PERSON_NOUNS or (
        # the endings ``_PERSON_NOUN`` looks for, tested first without the regex
        word.endswith(_PERSON_NOUN_ENDINGS)
        and _PERSON_NOUN.fullmatch(word) is not None
        and word not in _NOT_HEADS
        and _noun_like(word)
    )


# What may follow the subject found before the name that renames it: the rest of
# a role phrase the search cut at a lower-case word ("Mr. Trump's campaign" +
# " chairman", "the F.B.I." + " director"), then the comma.
_BEFORE_RENAMING = re.compile(r"(?P<words>(?:[ \u00a0]+[a-z][\w\-]*){0,3}),[ \u00a0]+(?=[A-Z])")


def _renaming_name(text: str, subj: tuple[int, int], end: int) -> tuple[int, int]:
    """"Mr. Trump's campaign chairman, Paul Manafort, dismissed …", "the F.B.I.
    director, James B. Comey, recommended …": a role phrase and the name set
    between commas after it. The search for a subject stops at the first
    lower-case word after a name or role, taking it for the verb
    ("Clinton's campaign" + " manager"), and the name is the mention a
    pronoun later refers to. Subject phrases found whole are left
    ("Brian Fallon, a spokesman for Mrs. Clinton, said")."""
    s, e = subj
    m = _BEFORE_RENAMING.match(text, e, end)
    if m is None:
        return subj
    if any(w in _ROLE_PREPOSITIONS.split("|") for w in text[s:e].split()):
        return subj  # "a spokesman for the prosecutor, Comptroller Alan Hevesi,": the object's name
    lex = lexicon()
    cut = m.group("words").split()
    # Only the words of a role phrase ("One of the men, Jessie Elkins," is no role).
    if any(w not in lex.category("role") and w not in lex.category("modifier") for w in cut):
        return subj
    if (cut or text[s:e].split())[-1] not in lex.category("role"):
        return subj
    name = patterns().name.match(text, m.end(), end)
    if name is None or text[name.end() : name.end() + 1] != "," or not is_name(text, *name.span()):
        return subj
    return name.span()


def _opening_subject(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``sentence_subject`` before a name renaming it is looked for."""
    m = patterns().sentence_start.match(text, start, end)
    if m is None:
        return _name_among_skip_words(text, start, end)
    s, e = _span(m)
    # (The comma first: most subjects have none after them.)
    if text.startswith(",", e) and _SENTENCE_ADVERB.fullmatch(text, s, e) and not text[start:s].strip():
        # "Rather, he said, continued struggles …": an adverb opening the
        # sentence is no subject ("Dan Rather said" keeps the name).
        return _subject_after_comma(text, e, end)
    if text[s:e] in _RELATIVE and _PHRASE_OPENER.match(text, start, s):
        # "Speaking Monday in New Hampshire, which holds the next primary, Bush
        # said", "At a rally in Ames, which …, she said": a relative pronoun
        # after an opening phrase (a participle's or a preposition's, which has
        # no subject of its own) belongs to that phrase; the subject comes
        # after a later comma (if none, the opener's noun is, through the
        # pronoun: "a headline from the Post, which reads:").
        return _subject_after_comma(text, text.find(",", e, end), end) or (s, e)
    words = text[s:e].split()
    if words[0][:1].isupper() and (
        (len(words) == 1 and (words[0].endswith(("ing", "ed")) or _ADVERB.fullmatch(words[0]) is not None))
        or (len(words) == 2 and words[0].endswith("ly") and words[1].endswith(("ing", "ed")))
    ):
        # "Reading from a prepared text, Ben Carson …", "Hastily politicizing it, Trump …"
        comma = text.find(",", e, end)
        if comma == -1:
            return None
        m = patterns().sentence_start.match(text, comma + 1, end)
        return _span(m) if m else _name_among_skip_words(text, comma + 1, end)
    if _SUBORDINATOR.match(text, start, s):
        # "When Wallace died in 1998, President Clinton released the following
        # statement:", "Although he thanked them, he sounded a rare note": the
        # clause that opens the sentence has a subject of its own; the main
        # clause's comes after its comma.
        return _main_clause_subject(text, text.find(",", e, end), end) or (s, e)
    if text[e : e + 1] == "," and text[start:s].strip():
        # "In South Carolina, he prevailed": a name after an opening word and
        # before a comma is part of that phrase when a clause with its own
        # subject follows.
        later = patterns().sentence_start.match(text, e + 1, end)
        if later is not None and text[slice(*_span(later))] not in _RELATIVE:
            return _span(later)
    governing = _GOVERNING_PLACE if text[e : e + 1] == "," else _GOVERNING
    if governing.search(text, max(start, s - 40), s):
        # "In Des Moines on Sunday, Mrs. Clinton …", "At an event in Ames, Iowa,
        # on Sunday, she …": a name governed by a preposition is a place or a
        # time; the subject is the first one after a later comma of the opener.
        return _subject_after_comma(text, text.find(",", e, end), end) or (s, e)
    return s, e


# Adverbs that open a sentence and are also surnames, so no skip words.
_SENTENCE_ADVERB = re.compile(r"Rather|Instead|Otherwise|Conversely|Accordingly")


def _name_among_skip_words(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A surname that is also a word the subject search skips ("Early", "Late"),
    right before a reporting verb ("Early described it as “news to me”"), when
    the article also writes it inside a sentence ("chairman, Rex Early, a …")."""
    m = _skip_word_before_verb().match(text, start, end)
    if m is None or m.group("word") not in lexicon().category("skip"):
        return None
    inside = re.compile(rf"(?<=[\w,][ \u00a0]){m.group('word')}\b")
    here = m.start("word")
    return m.span("word") if any(o.start() != here for o in inside.finditer(text)) else None


@lru_cache(maxsize=1)
def _skip_word_before_verb() -> re.Pattern[str]:
    return re.compile(
        rf"[\s\W]*(?P<word>[A-Z][a-z]+)[ \u00a0]+(?:{_alt(_past_speech_forms())})\b"
    )


# The regexes of this module built on first use besides ``patterns()`` (see
# ``stancedb.quotes.warm_up``).
LAZY_PATTERNS = (_skip_word_before_verb,)


def _subject_after_comma(text: str, comma: int, end: int) -> tuple[int, int] | None:
    """The first subject that opens a clause after ``comma`` or one of the next
    two commas before ``end`` (relative pronouns are no such subject)."""
    for _ in range(3):
        if comma == -1:
            break
        later = patterns().sentence_start.match(text, comma + 1, end)
        if later is not None and text[slice(*_span(later))] not in _RELATIVE:
            return _span(later)
        comma = text.find(",", comma + 1, end)
    return None


def _main_clause_subject(text: str, comma: int, end: int) -> tuple[int, int] | None:
    """The subject of the main clause after an opening subordinate clause that
    ends at ``comma`` or one of the next two commas: the first one a verb
    follows ("When Ms. X moved to Jamaica Estates, Queens, the wealthy enclave
    …, Freddy confided" is Freddy's), not a comma or "and" (a list inside the
    clause: "If Trump were to turn Ohio, Pennsylvania, Michigan and
    Wisconsin"). A pronoun there refers to the clause's own subject ("When
    Kashiya Nwanguma learned …, she walked"), which the antecedent search
    needs: None then, as when no such subject is found."""
    for _ in range(3):
        if comma == -1:
            break
        later = patterns().sentence_start.match(text, comma + 1, end)
        if later is not None and text[slice(*_span(later))] not in _RELATIVE:
            s, e = _span(later)
            if not _LIST_GOES_ON.match(text, e, end):
                return None if is_pronoun(text[s:e]) else (s, e)
        comma = text.find(",", comma + 1, end)
    return None


_LIST_GOES_ON = re.compile(r",|[ \u00a0]+(?:and|or)\b")


_RELATIVE = frozenset(["who", "which"])
# A conjunction that opens a subordinate clause before the main one ("When he
# returned, …", "And although …, he …").
_SUBORDINATOR = re.compile(
    r"[\s\W]*(?:(?:And|But|So)[ \u00a0]+)?(?:When|While|Although|Though|Because|Since|If|Once|Until|Unless|Whereas)[ \u00a0]+$"
)
# A sentence that opens with a participle or a preposition ("Speaking Monday",
# "At a rally"): its first phrase has no subject.
_PHRASE_OPENER = re.compile(r"[\s\W]*(?:[A-Z][a-z]+(?:ing|ed)|In|At|On|From|After|During|Before)[ \u00a0]")


# "Immediately after the attacks, Trump …": an adverb by its ending (names such as
# "Kelly", "Connolly", "Emily" do not end so).
_ADVERB = re.compile(r"[A-Z][a-z]{2,}(?:at|ted|iv|al|ful|ous|ent|ant|ibl|abl|ed|ing)e?ly")


_GOVERNING = re.compile(r"(?<![\w’'\-])(?:[Ii]n|[Aa]t|[Ff]rom|[Oo]n)[ \u00a0]+$")
# "in Ames, Iowa,": a state between commas after a city is governed by the same
# preposition (not the subject of "On Sunday, Pastor X stood").
_GOVERNING_PLACE = re.compile(
    r"(?<![\w’'\-])(?:[Ii]n|[Aa]t|[Ff]rom|[Oo]n)[ \u00a0]+(?:[A-Z][\w.’'\-]*(?:[ \u00a0]+[A-Z][\w.’'\-]*)?,[ \u00a0]+)?$"
)


def is_share(text: str, s: int, e: int) -> bool:
    """A share of those asked ("21 percent", "About four in 10")."""
    return _SHARE_RE.fullmatch(text, s, e) is not None


_SHARE_RE = re.compile(_SHARE)


def is_pronoun(mention: str) -> bool:
    return mention in patterns().pronouns


def _last_word(mention: str) -> str:
    words = _CAPITALISED.findall(mention)
    return words[-1] if words else ""


# Compiled once: re.findall with a pattern string looks it up in re's cache on
# every call (this runs for most quotes).
_CAPITALISED = re.compile(r"[A-Z][\w’'\-]*")


def compatible(pronoun: str, name: str) -> bool:
    """he/she against the title of a name (Mr. / Mrs., Ms., Miss) and its first
    given name when that is a man's or a woman's ("Donald", "Hillary")."""
    pats = patterns()
    words = name.split()
    title = words[0].rstrip(".") if words else ""
    male, female = _given_names()
    given = _given_name(words)
    if pronoun in pats.male:
        return title not in ("Mrs", "Ms", "Miss") and given not in female
    if pronoun in pats.female:
        return title != "Mr" and given not in male
    return True


def _given_name(words: list[str]) -> str:
    """The given name of a name's words: the first capitalised word after any
    titles and roles that has another capitalised word after it ("President
    Barack Obama" -> "Barack"; "Mrs. Clinton" has none)."""
    titles, _orgs = _person_words()
    roles = lexicon().category("role")
    caps = [w for w in words if w[:1].isupper() and not w.endswith(".") and w.lower() not in titles and w not in roles]
    return caps[0] if len(caps) >= 2 else ""


def is_given_name(word: str) -> bool:
    """A man's or a woman's given name of ``seeds/first_names.tsv`` ("Jamie")."""
    male, female = _given_names()
    return word in male or word in female


@lru_cache(maxsize=1)
def _given_names() -> tuple[frozenset[str], frozenset[str]]:
    """Men's and women's given names from ``seeds/first_names.tsv`` (the census
    list the actor stage uses too; names of either gender are in neither)."""
    male: set[str] = set()
    female: set[str] = set()
    for line in seed_path("first_names.tsv").read_text(encoding="utf-8").splitlines():
        name, _, gender = line.partition("\t")
        if gender == "m":
            male.add(name)
        elif gender == "f":
            female.add(name)
    return frozenset(male), frozenset(female)


def is_name(text: str, s: int, e: int) -> bool:
    """A capitalised mention that is not a pronoun or a role phrase."""
    first = text[s:e].split(maxsplit=1)[0] if e > s else ""
    return bool(first[:1].isupper()) and first not in patterns().pronouns and first not in _determiners()


@lru_cache(maxsize=1)
def _determiners() -> frozenset[str]:
    """The lexicon's determiners ("The", "Two"), held for the tests on every
    mention (``is_name``, ``_fuller_mention``) without the lexicon's lookup."""
    return lexicon().category("determiner")


def antecedent(
    text: str,
    mention: tuple[int, int],
    sentences: Sequence[Segment],
    sentence_starts: Sequence[int],
    speakers: Sequence[tuple[int, int]] = (),
    cache: Memo | None = None,
) -> tuple[int, int] | None:
    """The fuller mention a pronoun or short name refers to, or None.

    A pronoun refers to the subject of the nearest earlier sentence that starts
    with a compatible name (he/she checked against Mr./Mrs./Ms.), else to the
    nearest earlier speaker; a short name ("Ushakov", "Mr. Trump") to its first
    longer mention in the text ("Kremlin aide Yury Ushakov").
    """
    s, e = mention
    word = text[s:e]
    # (The ending first: a string test is cheaper than the regex on every mention.)
    if word.endswith("-year-old") and _AGE_DESCRIPTION.fullmatch(word):
        # "The 31-year-old admitted …": the person of an earlier sentence, as a
        # pronoun of either gender refers to one.
        return _pronoun_antecedent(
            text, s, _ANY_PERSON, sentences, sentence_starts, speakers, cache
        )
    if is_pronoun(word):
        if word.lower() in ("who", "which"):
            target = relative_antecedent(text, s)
        else:
            target = _pronoun_antecedent(
                text, s, word, sentences, sentence_starts, speakers, cache
            )
        if target is None:
            return None
        s, e = target
    return _fullest_mention(text, s, e, cache)


# A person described by age alone ("The 31-year-old", "the 14-year-old").
_AGE_DESCRIPTION = re.compile(r"[Tt]he[ \u00a0]+[0-9]{1,3}-year-old")
# What ``_pronoun_antecedent`` takes for a person of either gender.
_ANY_PERSON = "person"


def relative_antecedent(text: str, at: int) -> tuple[int, int] | None:
    """"Kevin Madden, who said": the name before ", who"."""
    m = subject_before(text, max(0, at - 120), at)
    if m is None:
        window = text[max(0, at - 120) : at].rstrip(" ,\u00a0")
        lo = at - len(text[max(0, at - 120) : at]) + len(window)
        m = subject_before(text, max(0, at - 120), lo)
    return m


def _pronoun_antecedent(
    text: str,
    at: int,
    pronoun: str,
    sentences: Sequence[Segment],
    sentence_starts: Sequence[int],
    speakers: Sequence[tuple[int, int]],
    cache: Memo | None = None,
) -> tuple[int, int] | None:
    gendered = (
        pronoun in patterns().male or pronoun in patterns().female or pronoun == _ANY_PERSON
    )

    def fits(s: int, e: int) -> bool:
        key = (pronoun, s, e)
        if cache is not None and key in cache.fits:
            return cache.fits[key]
        answer = (
            is_name(text, s, e)
            and compatible(pronoun, text[s:e])
            and (not gendered or is_person(text, s, e, cache))
        )
        if cache is not None:
            cache.fits[key] = answer
        return answer

    idx = bisect_right(sentence_starts, at) - 1
    for i in range(idx - 1, max(-1, idx - 8), -1):
        sent = sentences[i]
        if cache is not None and sent.start in cache.subjects:
            subj = cache.subjects[sent.start]
        else:
            subj = sentence_subject(text, sent.start, sent.end)
            if cache is not None:
                cache.subjects[sent.start] = subj
        if subj and fits(*subj):
            return subj
        # '"Directors very rarely pay," said Charles Elson. … He added': a sentence
        # that opens with a quote has no subject; the speaker named in it is the
        # nearest mention.
        lo = bisect_left(speakers, (sent.start,))
        for s, e in reversed(speakers[lo : bisect_left(speakers, (sent.end,))]):
            if fits(s, e):
                return s, e
        # "Lycos did not want to use e-mail to fight back, said Mr Pollmann.": the
        # name after a closing speech verb, whose paraphrase is no quote.
        said = _SAID_AFTER_COMMA.search(text, sent.start, sent.end)
        named = subject_after(text, said.end(), sent.end) if said else None
        if named and fits(*named):
            return named
    for s, e in islice(reversed(speakers), _SPEAKERS_BACK):
        if e <= at and fits(s, e):
            return s, e
    return None


_SAID_AFTER_COMMA = re.compile(r",[ \u00a0]+(?:said|says|added|adds|explained|explains|warned|warns)(?=[ \u00a0]+[A-Z])")


# How many earlier speakers a pronoun looks back through when no recent sentence has its
# antecedent. Real articles have a few dozen; a transcript of thousands of turns would
# otherwise test them all for every pronoun.
_SPEAKERS_BACK = 200


def is_person(
    text: str, s: int, e: int, cache: Memo | None = None
) -> bool:
    """Whether a name is a person's (so "he" or "she" can refer to it): it or its
    fuller mention has a title or role ("Mr", "President Vladimir Putin"), or
    is a first and last name that does not end like an organisation's."""
    titles, orgs = _person_words()
    full_s, full_e = _fullest_mention(text, s, e, cache)
    words = [w.strip(".,’'").lower() for w in (text[s:e] + " " + text[full_s:full_e]).split()]
    if any(w in titles for w in words):
        return True
    caps = [w for w in text[full_s:full_e].split() if w[:1].isupper()]
    possessive = [i for i, w in enumerate(caps[:-1]) if w.endswith(("’s", "'s"))]
    if possessive:
        # "Ubisoft's Rayman DS": something of someone's; but "Labour's Elizabeth
        # Blackman" is a person of the party's: a given name after the possessive.
        male, female = _given_names()
        given = caps[possessive[-1] + 1]
        return len(caps) - possessive[-1] > 2 and (given in male or given in female)
    return len(caps) >= 2 and caps[-1].strip(".,’'").lower() not in orgs


@lru_cache(maxsize=1)
def _person_words() -> tuple[frozenset[str], frozenset[str]]:
    lex = lexicon()
    return lex.category("person_title"), lex.category("org_noun")


def _fullest_mention(
    text: str, s: int, e: int, cache: Memo | None = None
) -> tuple[int, int]:
    """The first mention of the same person with more words (a full name with its role).

    Plain ``str.find`` for the last word and a walk over the words around each
    hit: this runs for most quotes and must stay cheap. ``cache`` (one per
    article) remembers the answer for each mention and for each last word.
    """
    if cache is None:
        return _fuller_mention(text, s, e, {})
    full = cache.fullest.get((s, e))
    if full is None:
        full = cache.fullest[(s, e)] = _fuller_mention(text, s, e, cache.names)
    return full


def _fuller_mention(
    text: str, s: int, e: int, names: dict[str, tuple[int, int] | None]
) -> tuple[int, int]:
    """``_fullest_mention`` without its cache by span; ``names`` remembers the
    answer for each last word (the first mention found for it)."""
    last = _last_word(text[s:e])
    if last in names:
        # (Looked up first: ``names`` only holds words that passed the test below.)
        found = names[last]
    elif not last or is_abbreviation(last) or last in _determiners():
        # "The cardinal": a description with no name has no fuller mention (not
        # the name before some other "The" of the text).
        return s, e
    else:
        found = names[last] = _first_full_name(text, last, e)
    if found is None or found[1] > e or len(text[found[0] : found[1]].split()) <= len(text[s:e].split()):
        return s, e
    return found


def _first_full_name(text: str, last: str, limit: int) -> tuple[int, int] | None:
    """The first mention of ``last`` before ``limit`` that has more than one word."""
    pos = text.find(last, 0, limit)
    tries = 0
    while pos != -1 and tries < 4:
        end = pos + len(last)
        if (pos == 0 or not text[pos - 1].isalnum()) and (end >= len(text) or not text[end].isalnum()):
            tries += 1
            if not _in_headline(text, pos):
                start, stop = _expand_name(text, pos, end)
                if stop > end or start < pos:
                    return start, stop
        pos = text.find(last, end, limit)
    return None


_BLANKS = " \u00a0"


@lru_cache(maxsize=1)
def _name_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Words that stop a name, words that may precede one, words inside one."""
    lex = lexicon()
    return (
        lex.category("skip") | lex.category("determiner"),
        lex.category("role") | lex.category("modifier"),
        lex.category("connector"),
    )


def _expand_name(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow a name word into the name around it: capitalised words, titles and
    roles to the left ("Kremlin aide Yury Ushakov"), one capitalised word to the
    right ("Xi" -> "Xi Jinping")."""
    skip, roles, connectors = _name_words()
    left = start
    for _ in range(5):
        j = left - 1
        if j < 1 or text[j] not in _BLANKS:
            break
        k = max(text.rfind(" ", 0, j), text.rfind("\u00a0", 0, j), text.rfind("\n", 0, j)) + 1
        token = text[k:j]
        if not token or token[-1] in ",;:.\"“”()" and not is_abbreviation(token[:-1]):
            break
        if token[0].isupper() and token not in skip or token in roles or token in connectors:
            left = k
        else:
            break
    while left < start:  # a name does not start with "of" or "de"
        space = text.find(" ", left, start)
        if space == -1 or text[left:space] not in connectors:
            break
        left = space + 1
    right = end
    if end + 1 < len(text) and text[end] in _BLANKS and text[end + 1].isupper():
        stop = end + 1
        while stop < len(text) and (text[stop].isalnum() or text[stop] in "-’'"):
            stop += 1
        word = text[end + 1 : stop]
        if word not in skip and not is_abbreviation(word):
            right = stop
    return left, right


def _in_headline(text: str, pos: int) -> bool:
    """Whether ``pos`` is in a title-case line (a headline: names there run into other words)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = end if end != -1 else len(text)
    if end - start > 200:
        return False  # a paragraph, not a headline (and no need to split it)
    line = text[start:end].split()
    if len(line) < 3:
        return False
    # A headline may end in a period ("… Endorses Ted Cruz."); a sentence is
    # rarely seven tenths capitalised words.
    return sum(w[:1].isupper() for w in line) >= 0.7 * len(line)


def is_document(text: str, mention: tuple[int, int]) -> bool:
    """A mention headed by a text ("a statement", "national newspaper ads")."""
    words = text[mention[0] : mention[1]].split()
    # The head is the last word before a preposition: "his memo to employees".
    for i, w in enumerate(words):
        if i and w in _prepositions():
            words = words[:i]
            break
    return bool(words) and words[-1] in patterns().documents


@lru_cache(maxsize=1)
def _prepositions() -> frozenset[str]:
    return lexicon().category("preposition") | {"to"}
