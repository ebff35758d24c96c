"""Attribution in the shapes of real news: each case is (text, [(quote, speaker, kind)]).

``speaker`` is the mention the attribution itself uses (the pronoun for "he
said"); None means nobody can be named and none is guessed. Terms are quoted
words nobody says: they never get a speaker.
"""

from __future__ import annotations

import pytest

from stancedb.quotes import extract_quotes

CASES: list[tuple[str, list[tuple[str, str | None, str]]]] = [
    # "…," X said
    ("“The deal is dead,” Johnson said.", [("The deal is dead,", "Johnson", "direct")]),
    ('"We will appeal," Mr. Hedge said on Tuesday.', [("We will appeal,", "Mr. Hedge", "direct")]),
    ("''It is a disgrace,'' Mr. Sanders said.", [("It is a disgrace,", "Mr. Sanders", "direct")]),
    ("“We are ready,” she said.", [("We are ready,", "she", "direct")]),
    ("“Is it over?” he asked.", [("Is it over?", "he", "direct")]),
    # a quote of several paragraphs in text that lost its paragraph breaks: each piece
    # is the speaker's, and the narrative after the closing mark is no quote
    (
        'Mr Lee said: "We won. "We will win again." Smith was calm.',
        [("We won.", "Mr Lee", "direct"), ("We will win again.", "Mr Lee", "direct")],
    ),
    # … also when the speaker is a noun the lexicon does not know, with its article
    (
        'Tom Reid won the 400m. The world indoor champion said: "I nearly went home. "Then it all went well."',
        [
            ("I nearly went home.", "The world indoor champion", "direct"),
            ("Then it all went well.", "The world indoor champion", "direct"),
        ],
    ),
    # … also before a speech verb in the present
    (
        'Voters are sorted by how they voted last time. The leaflet says: "We know who they are. "We can write to them."',
        [
            ("We know who they are.", "The leaflet", "direct"),
            ("We can write to them.", "The leaflet", "direct"),
        ],
    ),
    # … also after a word joining its sentence to the one before, in lower case
    (
        'Reyes will lead the attack on Sunday. And the striker said: "I will be blamed if we lose. "I know that."',
        [
            ("I will be blamed if we lose.", "the striker", "direct"),
            ("I know that.", "the striker", "direct"),
        ],
    ),
    # … but there only right before its verb: a clause after the noun is no subject's
    (
        'And the Pacific Trade Pact, which Mr Hale had called a "disaster" and promised to "tear up"? He now praises it.',
        [("disaster", "Mr Hale", "partial"), ("tear up", "Mr Hale", "partial")],
    ),
    # a quote right after a sentence, in its paragraph, about a person named before:
    # that person goes on to say it
    (
        (
            'Sir Alan Fergus was pleased. Fergus also hailed his senior players Gibbs and Kane. "Roy came on and'
            ' brought a bit of composure. "Gibbs was a threat."'
        ),
        [
            ("Roy came on and brought a bit of composure.", "Fergus", "direct"),
            ("Gibbs was a threat.", "Fergus", "direct"),
        ],
    ),
    (
        'Mr Lane has been blind since he was seven. He hears colours. "As the pitch rises I know which colour it is."',
        [("As the pitch rises I know which colour it is.", "He", "direct")],
    ),
    # … also when words are quoted inside that sentence
    (
        (
            'Mr Lane has been blind since he was seven, and he thinks a "colour memory" helps him. "As the pitch'
            ' rises I know which colour it is."'
        ),
        [("colour memory", "he", "partial"), ("As the pitch rises I know which colour it is.", "Mr Lane", "direct")],
    ),
    # … but not a word taken for a name before a noun, nor one the article never wrote in full
    (
        'Since 1992 Premiership clubs have seen their income soar. "Television has been the driving force for years."',
        [("Television has been the driving force for years.", None, "direct")],
    ),
    (
        'Pardew also hailed his senior players. "Roy came on and brought a bit of composure to the side."',
        [("Roy came on and brought a bit of composure to the side.", None, "direct")],
    ),
    # … but a film only shows what someone said: none is guessed
    (
        (
            'The film showed Ms Lane, at a dinner, telling the guests: "The others are the big losers'
            ' here and they do not care. "It is cheaper for them to do it this way."'
        ),
        [
            ("The others are the big losers here and they do not care.", None, "direct"),
            ("It is cheaper for them to do it this way.", None, "direct"),
        ],
    ),
    # "…," said X
    (
        "“This is a turning point,” said Kevin Madden, a Republican strategist.",
        [("This is a turning point,", "Kevin Madden", "direct")],
    ),
    (
        "“Nobody saw it coming,” said election lawyer Joe Birkenstock.",
        [("Nobody saw it coming,", "election lawyer Joe Birkenstock", "direct")],
    ),
    # X, a spokesman for Y, said
    (
        "“We have no comment,” Brian Fallon, a spokesman for the campaign, said.",
        [("We have no comment,", "Brian Fallon", "direct")],
    ),
    (
        "“The talks will go on,” Mitch McConnell, R-Ky., said.",
        [("The talks will go on,", "Mitch McConnell", "direct")],
    ),
    # a role and the name of its institution after the name: the name is the speaker
    (
        "Anna Berg, the editor of the party's weekly, Die Stimme, said the vote was “a warning.”",
        [("a warning.", "Anna Berg", "partial")],
    ),
    # … but after a document, the role renamed is the speaker
    (
        "In a statement, the regional governor, Tomas Ruiz, said the fire was “under control.”",
        [("under control.", "the regional governor", "partial")],
    ),
    # a phrase headed by a role noun is a subject ("businessman", "justice", "tycoon")
    (
        "The billionaire businessman opened with the housing market, saying that rents are now “out of reach.”",
        [("out of reach.", "The billionaire businessman", "partial")],
    ),
    (
        "The actress recalled her first stage role as “a baptism of fire.”",
        [("a baptism of fire.", "The actress", "partial")],
    ),
    # a share of those asked speaks for them; a poll named in the sentence speaks for the share
    (
        "Voters were split on the mayor, and 21 percent said he was “not very honest.”",
        [("not very honest.", "21 percent", "partial")],
    ),
    (
        (
            "The Marist survey also finds that, while 37 percent of voters say the governor is “very responsible”"
            " for the strike, 39 percent blame the union and 22 percent say he is “not at all responsible.”"
        ),
        [
            ("very responsible", "The Marist survey", "partial"),
            ("not at all responsible.", "The Marist survey", "partial"),
        ],
    ),
    # speakers with title and role, organisations
    (
        "“Relations were discussed,” Kremlin aide Yury Ushakov said.",
        [("Relations were discussed,", "Kremlin aide Yury Ushakov", "direct")],
    ),
    (
        "“The visa rules stay,” a spokeswoman for the State Department said.",
        [("The visa rules stay,", "a spokeswoman for the State Department", "direct")],
    ),
    (
        "“Exports rose sharply,” the ministry said.",
        [("Exports rose sharply,", "the ministry", "direct")],
    ),
    (
        "“We disagree,” the White House said in a statement.",
        [("We disagree,", "the White House", "direct")],
    ),
    ("“Prices will rise,” the report said.", [("Prices will rise,", "the report", "direct")]),
    ("“The plan failed,” officials said.", [("The plan failed,", "officials", "direct")]),
    # X said: "…" / X told Y, "…" / X wrote / X added / X tweeted
    ("Trump said: “We will build the wall.”", [("We will build the wall.", "Trump", "direct")]),
    ("Clinton told reporters, “I am not worried.”", [("I am not worried.", "Clinton", "direct")]),
    (
        "In a letter, the senator wrote: “The law is clear.”",
        [("The law is clear.", "the senator", "direct")],
    ),
    ("He added: “We will be back.”", [("We will be back.", "He", "direct")]),
    (
        "Trump tweeted, “Crooked Hillary is nervous.”",
        [("Crooked Hillary is nervous.", "Trump", "direct")],
    ),
    (
        "“The vote is rigged,” Trump tweeted on Friday.",
        [("The vote is rigged,", "Trump", "direct")],
    ),
    ("“The economy is strong,” Obama wrote.", [("The economy is strong,", "Obama", "direct")]),
    # according to X
    (
        "According to the newspaper, “the rules were broken.”",
        [("the rules were broken.", "the newspaper", "partial")],
    ),
    # … for every quote of the sentence, past other verbs
    (
        "According to the club's doctor, Rooney had “fully recovered” from the injury, shows “remarkable” pace and “will play on Saturday.”",
        [
            ("fully recovered", "the club's doctor", "partial"),
            ("remarkable", "the club's doctor", "partial"),
            ("will play on Saturday.", "the club's doctor", "partial"),
        ],
    ),
    (
        "“Turnout was low,” according to the election board.",
        [("Turnout was low,", "the election board", "direct")],
    ),
    (
        "Mrs. Clinton was, in the words of a senior adviser, “the torchbearer” of his legacy.",
        [("the torchbearer", "a senior adviser", "partial")],
    ),
    # a cue in the middle of a quote
    (
        "“I did not,” she said. “I never would.”",
        [("I did not,", "she", "direct"), ("I never would.", "she", "direct")],
    ),
    (
        "''We have a chance,'' Mr. Cruz said. ''And we will take it.''",
        [
            ("We have a chance,", "Mr. Cruz", "direct"),
            ("And we will take it.", "Mr. Cruz", "direct"),
        ],
    ),
    # partial quotes inside paraphrase
    (
        "Xi stressed the importance of “strategic coordination” and “practical cooperation.”",
        [("strategic coordination", "Xi", "partial"), ("practical cooperation.", "Xi", "partial")],
    ),
    (
        "He lauded the trade between the two nations and called for a “more just world order.”",
        [("more just world order.", "He", "partial")],
    ),
    (
        "Sanders said he had been unfairly attacked by “the billionaire class.”",
        [("the billionaire class.", "Sanders", "partial")],
    ),
    (
        "Trump called the deal “a disaster” and said it would “kill jobs.”",
        [("a disaster", "Trump", "partial"), ("kill jobs.", "Trump", "partial")],
    ),
    (
        "Ushakov said the call was “unrelated” to the inauguration, adding that ties were “strong.”",
        [("unrelated", "Ushakov", "partial"), ("strong.", "Ushakov", "partial")],
    ),
    (
        "On Tuesday, Gov. Jerry Brown endorsed her, citing her “long experience.”",
        [("long experience.", "Gov. Jerry Brown", "partial")],
    ),
    (
        "Mrs. Clinton, who spoke in Ohio, said he had not done his ''homework.''",
        [("homework.", "Mrs. Clinton", "partial")],
    ),
    # floating quotes: alone in their paragraph after an attributed one
    (
        "“We did everything right,” the coach said.\n\n“Nobody can say otherwise.”",
        [
            ("We did everything right,", "the coach", "direct"),
            ("Nobody can say otherwise.", "the coach", "direct"),
        ],
    ),
    # … but not words that a sentence going on in lower case is about (a title, a name)
    (
        "“We laugh at our own troubles,” said Ana Ruiz, one of the actors.\n\n“Kings of Nothing” is an adaptation of a Spanish play.",
        [("We laugh at our own troubles,", "Ana Ruiz", "direct"), ("Kings of Nothing", None, "term")],
    ),
    (
        "Cruz continued:\n\n“The questions in this debate show why people distrust the media.”",
        [("The questions in this debate show why people distrust the media.", "Cruz", "direct")],
    ),
    # a quote alone in its paragraph after a paragraph, with no quotes, whose last sentence has a speaker
    (
        "The mayor explained the budget at a town hall on Monday.\n\n“Every dollar here goes to the schools.”",
        [("Every dollar here goes to the schools.", "The mayor", "direct")],
    ),
    # … quoted words earlier in that paragraph do not matter, only in its last sentence
    (
        "The “reform” bill passed on Friday. The governor said it would cut costs by half.\n\n“This is the best budget in a decade.”",
        [("reform", None, "term"), ("This is the best budget in a decade.", "The governor", "direct")],
    ),
    # … nor quoted words in that sentence, before the one who speaks there
    (
        (
            "Her friends have mocked the mayor's campaign, calling Lopez “a bulldog,” Ms. Ruiz said as she folded the flag."
            "\n\n“But he is our bulldog, and we love him.”"
        ),
        [("a bulldog,", "Her friends", "partial"), ("But he is our bulldog, and we love him.", "Ms. Ruiz", "direct")],
    ),
    (
        "What “a fair deal” means is left open, since the minister spoke only in generalities on the radio.\n\n“We will get there. We always do.”",
        [("a fair deal", None, "term"), ("We will get there. We always do.", "the minister", "direct")],
    ),
    # … and the quote paragraphs running on after it
    (
        (
            "The minister spoke only in generalities on the radio.\n\n“We will get there. We always do.”"
            "\n\n“Nobody should doubt that this government keeps its word.”"
        ),
        [
            ("We will get there. We always do.", "The minister", "direct"),
            ("Nobody should doubt that this government keeps its word.", "The minister", "direct"),
        ],
    ),
    # … but not a speech verb inside a quote left open in that sentence
    (
        'The coach backs a winter break, explaining: "As I said, it is the best chance to rest.\n\n"Players need the time."',
        [("As I said, it is the best chance to rest.", "The coach", "direct"), ("Players need the time.", "The coach", "direct")],
    ),
    # a quote standing alone after a paragraph whose last sentence has someone praise or attack
    (
        "Ms. Lindqvist praised the council's handling of the floods and its work with the farmers.\n\n“We need more leaders who get things done.”",
        [("We need more leaders who get things done.", "Ms. Lindqvist", "direct")],
    ),
    # … not a verb in an infinitive or after a modal ("to attack", "should question")
    (
        "The group paid for planes to attack the mayor over the stadium deal.\n\n“Nobody in this city should ever be above criticism.”",
        [("Nobody in this city should ever be above criticism.", None, "direct")],
    ),
    # a quote over several paragraphs right after a line ending with a reporting verb and a colon
    # is the passage that line quotes, not the words of a speaker named inside it
    (
        (
            "As the Herald reported on Friday:\n\n"
            "“The city is still reluctant to publish the audit.\n\n"
            "“At the press briefing, reporters asked spokesman Tom Reyes about the delay.\n\n"
            "“We are waiting for the lawyers,” Reyes said.”"
        ),
        [
            ("The city is still reluctant to publish the audit.", "the Herald", "direct"),
            ("At the press briefing, reporters asked spokesman Tom Reyes about the delay.", "the Herald", "direct"),
            ("We are waiting for the lawyers,", "Reyes", "direct"),
        ],
    ),
    (
        "The senator said the vote would be close.\n\n“We are still counting heads in both parties this week,”\n\nNobody knows more.",
        [("We are still counting heads in both parties this week,", None, "direct")],
    ),
    # a quote opening its sentence after a partial quote whose speech verb is in the sentence before
    (
        "Lord Hale said the plan was “dead in the water”. “Nobody in the House will vote for it.”",
        [("dead in the water", "Lord Hale", "partial"), ("Nobody in the House will vote for it.", "Lord Hale", "direct")],
    ),
    # a quote over several paragraphs: one quote per paragraph, one speaker
    (
        "“First, we cut taxes,” she said. “Second,\n\n“we cut spending.\n\n“Third, we win.”",
        [
            ("First, we cut taxes,", "she", "direct"),
            ("Second,", "she", "direct"),
            ("we cut spending.", "she", "direct"),
            ("Third, we win.", "she", "direct"),
        ],
    ),
    # terms: scare quotes and names of pacts, titles
    (
        "Xi aims to keep ties with Moscow, cemented by the “no limits” partnership.",
        [("no limits", None, "term")],
    ),
    ("The “Gang of Eight” bill stalled in the House.", [("Gang of Eight", None, "term")]),
    # … but a modifier is a partial quote when a verb of thinking or a possessive ties it to a speaker
    ("The senator thinks the tax is a “poison pill” for small firms.", [("poison pill", "The senator", "partial")]),
    ("Her warning that the plan was a “dead end” went unheeded.", [("dead end", "Her", "partial")]),
    ("Voters chose between “R” and “D” on the ballot.", [("R", None, "term"), ("D", None, "term")]),
    # with no cue, a few quoted words run into the sentence are a label, not its subject's words …
    ("The party would cut “low priority” spending on roads.", [("low priority", None, "term")]),
    ("The governor backed a plan to curb “payday loans” across the state.", [("payday loans", None, "term")]),
    # … but more words are a quote of the subject
    (
        "The governor backed a plan to curb “predatory and reckless lending” across the state.",
        [("predatory and reckless lending", "The governor", "partial")],
    ),
    # … and so is a word that a verb of jeering, heralding or deriding frames
    ("Backbenchers jeered “resign” as the minister rose to speak.", [("resign", "Backbenchers", "partial")]),
    ("The mayor heralded the deal as a “breakthrough” for the port.", [("breakthrough", "The mayor", "partial")]),
    ("Rivals derided the plan as “fantasy economics” on Monday.", [("fantasy economics", "Rivals", "partial")]),
    # … but a crowd's chant is a quote, with no speaker named for it
    ("The team was met with chants of “Build the wall” at the away game.", [("Build the wall", None, "partial")]),
    ("Inside the hall there were loud cries of “Shame!” as the results came in.", [("Shame!", None, "partial")]),
    # … and so is a name given in its own words
    ("A satire titled “The Day of the Donald” comes out in May.", [("The Day of the Donald", None, "partial")]),
    ("The hacker, known online as “Guccifer,” was extradited.", [("Guccifer,", None, "partial")]),
    # nobody to attribute: a long quote keeps no speaker rather than a guess
    (
        "“The sky is falling and nobody is listening to the warnings at all.”",
        [("The sky is falling and nobody is listening to the warnings at all.", None, "direct")],
    ),
    # a verb used as a noun is no cue: his "calls" do not make him a speaker
    (
        "Ted Cruz accuses Obama of “leading from behind” and Donald Trump says he is “losing the war.”",
        [
            ("leading from behind", "Ted Cruz", "partial"),
            ("losing the war.", "Donald Trump", "partial"),
        ],
    ),
    # "who said"
    (
        "It was Bret Stephens, who said that “the party became an echo chamber.”",
        [("the party became an echo chamber.", "who", "partial")],
    ),
    # a source named after the cue is the attribution
    (
        "“The case is about the public’s right to know,” the judge said, according to the Post.",
        [("The case is about the public’s right to know,", "the Post", "direct")],
    ),
    # a name and a colon, and a short "X verb:" clause
    (
        "Polls agree - Carl Bialik: “Keep contacting voters as late as possible.”",
        [("Keep contacting voters as late as possible.", "Carl Bialik", "direct")],
    ),
    (
        "And Mr. Christie gloated: ''I told you he wouldn't be ready.''",
        [("I told you he wouldn't be ready.", "Mr. Christie", "direct")],
    ),
    # the outer speech verb: "X said (that) he …"
    (
        'Bob said he began calling groups in an effort to "help get eyes up."',
        [("help get eyes up.", "Bob", "partial")],
    ),
    # a signature line under the quote
    (
        "“I will certainly look into it.”\n\n- Hillary Clinton.",
        [("I will certainly look into it.", "Hillary Clinton", "direct")],
    ),
    (
        "“We are not criminals, we are workers.” — @maria_lopez",
        [("We are not criminals, we are workers.", "@maria_lopez", "direct")],
    ),
    (
        "“I voted for the first time this year,” Maria Lopez, 34, of Houston.",
        [("I voted for the first time this year,", "Maria Lopez", "direct")],
    ),
    # a paragraph ending with a colon announces the quote after it
    (
        "He then listed the qualities a nominee needs:\n\n“Has the candidate a record of leadership?”",
        [("Has the candidate a record of leadership?", "He", "direct")],
    ),
    # titles: a show after a possessive is a term, not a quote
    (
        "McCaul spoke on Fox News Channel’s “Fox & Friends” about the bill.",
        [("Fox & Friends", None, "term")],
    ),
    # a subject too long to read whole: its head is the speaker, the verb after the last comma the cue
    (
        (
            "“Wages are finally rising,” Maria Gomez, a labor economist at the state university and a former"
            " adviser to two governors on budget and tax matters, wrote on Friday."
        ),
        [("Wages are finally rising,", "Maria Gomez", "direct")],
    ),
    (
        "“The talks are stuck,” a senior diplomat, who was not allowed to speak publicly, told reporters.",
        [("The talks are stuck,", "a senior diplomat", "direct")],
    ),
    (
        "“We will not back down,” Jack Reed of the Rhode Island Coalition for Fair Housing said.",
        [("We will not back down,", "Jack Reed of the Rhode Island Coalition", "direct")],
    ),
    # "X said, "…." He added, "…"": the second verb introduces the next quote, not the first
    (
        "Smith said, “The case should never have been brought.” He added, “We will appeal the ruling.”",
        [("The case should never have been brought.", "Smith", "direct"), ("We will appeal the ruling.", "He", "direct")],
    ),
    (
        "“We are refugees,” Ms. Haddad said. “We are not criminals.” Mr. Karimi said: “We ran from this.”",
        [
            ("We are refugees,", "Ms. Haddad", "direct"),
            ("We are not criminals.", "Ms. Haddad", "direct"),
            ("We ran from this.", "Mr. Karimi", "direct"),
        ],
    ),
    # words quoted inside a sentence: a verb after them is theirs only in a closing "…, X said"
    (
        "Britain would go to the “back of the queue” if it wanted a trade deal with the US.",
        [("back of the queue", None, "term")],
    ),
    ("Trump’s “excesses” are sickening, Hollande said on Tuesday.", [("excesses", "Hollande", "partial")]),
    (
        "The race “is a dead heat right now,” as Cruz said on the radio, which raises the stakes.",
        [("is a dead heat right now,", "Cruz", "partial")],
    ),
    # the subject of a second verb is the sentence's first subject, not a name in the clause between
    (
        "A month later, he paid a visit to the border in Laredo, Texas and explained why “the Hispanics” love him.",
        [("the Hispanics", "he", "partial")],
    ),
    # "Cost estimates, he added, were": a verb set off by commas is not the clause of the one before
    (
        "Cost estimates, he added, were “based on a prototype detention facility.”",
        [("based on a prototype detention facility.", "he", "partial")],
    ),
    # "X, who …, said": the name before the relative clause, not a name after the verb
    (
        "Sen. Ann Kirk (D-Mo.), who has endorsed Clinton, said Sanders pushed her to be a “stronger” candidate.",
        [("stronger", "Sen. Ann Kirk", "partial")],
    ),
    # an inverted verb after a comma: its subject follows and ends at a comma or colon
    (
        "In other words, explained moderator Nancy Cole: “What does that have to do with donations?”",
        [("What does that have to do with donations?", "moderator Nancy Cole", "direct")],
    ),
    # "a Twitter comment": a base verb form after an article and a word is a noun, not a cue
    (
        "Hillary Clinton posted a Twitter comment of her own, saying, “We are so excited to meet her!”",
        [("We are so excited to meet her!", "Hillary Clinton", "direct")],
    ),
    # a document is no speaker even with a phrase after its head ("his memo to employees")
    (
        (
            "As the chief executive, Jeff Weiner, put it in his memo to employees explaining the deal, “Imagine a"
            " world where we lead.”"
        ),
        [("Imagine a world where we lead.", "the chief executive", "direct")],
    ),
    # a name after a preposition before a colon is no speaker: the clause's subject is
    (
        "Jeb Bush broke down what was wrong with the image to the Dutch newspaper NRC Handelsblad: “It was insensitive.”",
        [("It was insensitive.", "Jeb Bush", "direct")],
    ),
    # a source named later in the sentence is the attribution of words quoted before it
    (
        "Trump said he was “happy to see” that Khan won, according to The New York Times.",
        [("happy to see", "The New York Times", "partial")],
    ),
    (
        "Trump said Kasich was “doing the right thing,” suggesting he might pick him, CNN reported.",
        [("doing the right thing,", "CNN", "partial")],
    ),
    # … also right after a quote ending in a comma, and past a later quote of the sentence
    (
        "The mayor wrote to the developer, threatening “legal action,” according to a copy of the letter.",
        [("legal action,", "a copy", "partial")],
    ),
    (
        "Ms. Lowe noted that what her group calls “smart growth” is “central” to the plan, reported the Herald.",
        [("smart growth", "the Herald", "partial"), ("central", "the Herald", "partial")],
    ),
    # words a share of respondents says are the poll's named earlier in the sentence
    (
        "In a Gallup poll released Monday, 62 percent of likely voters said the economy was “getting worse.”",
        [("getting worse.", "a Gallup poll", "partial")],
    ),
    (
        "The survey also finds that 40% of young Democrats say the party is “out of touch.”",
        [("out of touch.", "The survey", "partial")],
    ),
    # … not without a poll, nor for people who are no share
    (
        "Nearly 70 percent of teachers said the new rules were “unworkable.”",
        [("unworkable.", "teachers", "partial")],
    ),
    (
        "In a CBS poll, most voters agreed, and Senator Jane Moss said the numbers were “a wake-up call.”",
        [("a wake-up call.", "Senator Jane Moss", "partial")],
    ),
    # having spoken to someone is no cue of words quoted later; speaking of them is
    (
        "Mayor Ann Lee told reporters that she had spoken to the governor and that “a deal is close.”",
        [("a deal is close.", "Mayor Ann Lee", "partial")],
    ),
    (
        "The senator warned that the officers he has spoken with “see no plan at all.”",
        [("see no plan at all.", "The senator", "partial")],
    ),
    ("In 2011 she spoke out for “tougher sentences” for repeat offenders.", [("tougher sentences", "she", "partial")]),
    # a later quote of the sentence after a clause with "he"/"she" as its own subject is that pronoun's
    (
        "Reid said both men are “lightweights,” but he gave the governor a rare compliment: “He works hard.”",
        [("lightweights,", "Reid", "partial"), ("He works hard.", "he", "partial")],
    ),
    (
        "Mr Howard said there were “no easy answers” but it was necessary to “do what is right”.",
        [("no easy answers", "Mr Howard", "partial"), ("do what is right", "Mr Howard", "partial")],
    ),
    # "his" remark governed by a verb of its own subject is that subject's, not of another gender nor passive
    (
        "The senator stood by his comment that the treaty was “a historic mistake.”",
        [("a historic mistake.", "The senator", "partial")],
    ),
    (
        "Ruth Alvarez stood by his claim that the city needs “a green corridor.”",
        [("a green corridor.", "his", "partial")],
    ),
    (
        "He was challenged over his statement that the tax was “a fair deal.”",
        [("a fair deal.", "his", "partial")],
    ),
    # a verb after "will" or "would" is what someone may say; the speech verb before it attributes
    (
        "The governor said she expected that voters will say “enough” to the tax plan.",
        [("enough", "The governor", "partial")],
    ),
    (
        "Mr. Hale said he is sure his deputy will continue to be “a loyal partner.”",
        [("a loyal partner.", "Mr. Hale", "partial")],
    ),
    ("It is odd that the mayor would denounce “waste” in public.", [("waste", "the mayor", "partial")]),
    # British spelling of a reporting verb
    (
        "The shadow minister labelled the scheme “a shambles” on Monday.",
        [("a shambles", "The shadow minister", "partial")],
    ),
    # a passive reporting verb names its speaker after "by", else nobody: the subject is who it is about
    (
        "Plans to ship nuclear waste abroad have been branded “deeply irresponsible” by the Green Party.",
        [("deeply irresponsible", "the Green Party", "partial")],
    ),
    (
        "Her comments were described as “reckless” and “divisive” by the opposition leader.",
        [("reckless", "the opposition leader", "partial"), ("divisive", "the opposition leader", "partial")],
    ),
    (
        "The party chairman was said to be “furious” with the candidate.",
        [("furious", None, "partial")],
    ),
    (
        "Since then the senator has been called the “conscience of the chamber” for his votes.",
        [("conscience of the chamber", None, "partial")],
    ),
    ("At the briefing the mayor was asked about the “not ready yet” remark.", [("not ready yet", None, "partial")]),
    # a floating quote after a paragraph whose last quote is partial, tied by a speech verb
    (
        (
            "Trump shot back in a statement, saying he has “made a lot of money.”\n\n"
            "“Frankly, this is the kind of thinking our country needs right now.”"
        ),
        [
            ("made a lot of money.", "Trump", "partial"),
            ("Frankly, this is the kind of thinking our country needs right now.", "Trump", "direct"),
        ],
    ),
    # "went on" is a cue where its clause ends, not in "went on to win"
    (
        "“We ought to start it up again this morning and get going,” he went on.",
        [("We ought to start it up again this morning and get going,", "he", "direct")],
    ),
    (
        "Sam Cole, a contestant on “The Apprentice,” who went on to work for Trump, praised him.",
        [("The Apprentice,", None, "term")],
    ),
    # a signature line under a quote whose closing mark comes after the signature
    (
        "“We are going to enter the next recession without that consensus.\nS.C. Rep. Jim Clyburn.”",
        [("We are going to enter the next recession without that consensus.", "S.C. Rep. Jim Clyburn", "direct")],
    ),
    # a sentence that ends in ", he said." or ", according to X." attributes the words quoted in it
    (
        "The slogan feels bloodless next to the appeals of the “Leave” movement, he said.",
        [("Leave", "he", "partial")],
    ),
    (
        "Over three months the word “birther” was used in 80 broadcasts, according to a review of transcripts.",
        [("birther", "a review", "partial")],
    ),
    # … also when a name renames the speaker between commas before a word of time
    (
        "The agency found the two men knew each other “casually” from the same gym, said the agency's director, Ann Lee, on Monday.",
        [("casually", "the agency's director", "partial")],
    ),
    # … every quote in it, also one before another quote
    (
        ("Donations were “flat for about a month or six weeks” as donors waited to see how a “turbulent"
         " election cycle” played out, the treasurer said."),
        [
            ("flat for about a month or six weeks", "the treasurer", "partial"),
            ("turbulent election cycle", "the treasurer", "partial"),
        ],
    ),
    # a title-case quote after a noun for a work or its maker is a title, not a quote
    (
        "“It is too early to tell,” said Cuban, who is also a host on the TV show “Shark Tank.”",
        [("It is too early to tell,", "Cuban", "direct"), ("Shark Tank.", None, "term")],
    ),
    (
        "“The old rules do not apply,” said Jon Meacham, the author of “Destiny and Power,” a biography.",
        [("The old rules do not apply,", "Jon Meacham", "direct"), ("Destiny and Power,", None, "term")],
    ),
    # the sentence-subject fallback gives no speaker to a title
    ("And, yes, CBS renewed “Hawaii Five-0 Returns” for a seventh season.", [("Hawaii Five-0 Returns", None, "term")]),
    # … nor "one" or "those" as the subject: things more often than people
    (
        "One of the songs on the album has the line “dance until the morning light”.",
        [("dance until the morning light", None, "term")],
    ),
    (
        "One of the two rules was staying “revenue neutral over ten years and beyond” for the whole plan.",
        [("revenue neutral over ten years and beyond", None, "partial")],
    ),
    ("Those loans were then “sold on to investors”.", [("sold on to investors", None, "term")]),
    # … but a person still is
    (
        "Governor Ann Lee went to Albany with “a plan to fix the roads by June.”",
        [("a plan to fix the roads by June.", "Governor Ann Lee", "partial")],
    ),
    # a headline or a book with its author's byline is a title, not the author's quote
    (
        "MOVING DAY—“City gallery to close at the end of March,” by the Times' Ann Lee: http://nyti.ms/1abc.",
        [("City gallery to close at the end of March,", None, "term")],
    ),
    (
        "According to “The Long Road Home: A Family History,” by Tom Reed, the brothers never spoke again.",
        [("The Long Road Home: A Family History,", None, "term")],
    ),
    # quoted words with no closing punctuation right before a speaker phrase's head noun qualify it
    ("“Late Night” host Ann Lee on Monday said that the show would end.", [("Late Night", None, "term")]),
    ("Some in the “Stop the Plan” crowd argue the vote was rigged.", [("Stop the Plan", None, "term")]),
    # … but a pronoun or determiner there starts the attribution, the comma left out
    ("“We are not done yet” the senator said on Monday.", [("We are not done yet", "the senator", "direct")]),
    # … unlike a passive's agent
    (
        "The plan was branded “a disgrace” by Senator Ann Lee, who voted against it.",
        [("a disgrace", "Senator Ann Lee", "partial")],
    ),
    # a quote left open at its paragraph's end, right after an attributed quote, goes on from it,
    # not from the next paragraph's
    (
        "“We will win,” Ann Lee said. “The voters are with us.\n\n“Nobody can stop that now,” her campaign manager added.",
        [
            ("We will win,", "Ann Lee", "direct"),
            ("The voters are with us.", "Ann Lee", "direct"),
            ("Nobody can stop that now,", "her campaign manager", "direct"),
        ],
    ),
    # "this" and "these" open a speaker phrase in a sentence ("this Trump look-alike")
    (
        "“We will build it,” this Lincoln look-alike declared in Ohio.",
        [("We will build it,", "this Lincoln look-alike", "direct")],
    ),
    # "hopeful", "contender", "challenger" head a speaker phrase before a name
    (
        "Republican presidential hopeful Sen. Ann Lee spoke in Reno, telling the crowd: “We will win.”",
        [("We will win.", "Republican presidential hopeful Sen. Ann Lee", "direct")],
    ),
    ("Green Party co-chairman Tom Reed said: “We will win.”", [("We will win.", "Green Party co-chairman Tom Reed", "direct")]),
    # "confessed" reports speech
    (
        "“I never liked the job,” the mayor confessed. Her deputy laughed.",
        [("I never liked the job,", "the mayor", "direct")],
    ),
    # the subject of a clause opening the sentence ("When …,") is not the sentence's subject
    (
        (
            "When the old mayor died in 2009, Governor Ann Lee issued the following statement:\n\n"
            "“She gave this city forty years of her life.”"
        ),
        [("She gave this city forty years of her life.", "Governor Ann Lee", "direct")],
    ),
    # … past a list inside the clause ("Ohio, Iowa and Maine,")
    (
        "If Ann Lee wins Ohio, Iowa and Maine, Senator Tom Reed will have “a clear path to the nomination.”",
        [("a clear path to the nomination.", "Senator Tom Reed", "partial")],
    ),
    # the speech verb reporting the clause of the chosen verb, past an object or a medium and "that"
    (
        "On Monday the minister told the Commons that the US had agreed after “long and complex talks” on security.",
        [("long and complex talks", "the minister", "partial")],
    ),
    (
        "Mr. Lee said the plan “would never work,” the aide recalled, adding that Mr. Lee said of the mayor: “He is finished.”",
        [("would never work,", "the aide", "partial"), ("He is finished.", "the aide", "direct")],
    ),
    # words quoted inside an opening subordinate clause are its subject's, not the main clause's after them …
    (
        "When she listed her plans for the “forgotten towns,” the governor also thanked the crowd.",
        [("forgotten towns,", "she", "partial")],
    ),
    (
        "As they weigh the “grand bargain” on taxes, Senate leaders think a deal is near.",
        [("grand bargain", "they", "partial")],
    ),
    # … but not when that subject is a thing: the main clause's speaker says them
    (
        "While the economy is growing at a “reasonably good pace” he warned that debt was rising.",
        [("reasonably good pace", "he", "partial")],
    ),
    # a name in an opening phrase ("In South Carolina,") is not the sentence's subject
    (
        "In South Carolina, he prevailed after a brutal week and declared that torture “works.”",
        [("works.", "he", "partial")],
    ),
    # before a quote, a speech verb beats a verb of thinking in the clause just before the mark
    (
        "Abbott told the President that if he wants our guns, “come and take them.”",
        [("come and take them.", "Abbott", "partial")],
    ),
    # a name right after "to" is an object, not the subject of the verb after it
    (
        "A senior intelligence source speaking to Fox News said, “The agents are investigating it.”",
        [("The agents are investigating it.", "A senior intelligence source", "direct")],
    ),
    # when the best cue has no subject, the nearest other cue that has one
    (
        "De Blasio, speaking on WOR710, called Trump a “blowhard,” and said little else.",
        [("blowhard,", "De Blasio", "partial")],
    ),
    # "… and called him": the subject of the clause before "and"
    (
        "There were sharper jabs, such as when Cruz knocked Rubio on trade and called him a “moderate,” a dig.",
        [("moderate,", "Cruz", "partial")],
    ),
    # "… that Mr. Trump was prompted to say, "…"": the subject of the clause that holds the infinitive
    (
        "But the debate was so subdued that Mr. Trump was prompted to say, “I cannot believe how civil it is.”",
        [("I cannot believe how civil it is.", "Mr. Trump", "direct")],
    ),
    # a verb that is no speech verb right after words quoted inside a sentence yields to the cue before them
    (
        "When Trump said he would “protect our citizens,” the crowd applauded loudly.",
        [("protect our citizens,", "Trump", "partial")],
    ),
    (
        (
            "“We can only wonder what the intent is,” state Senate leader Phil Berger and House Speaker Tim Moore,"
            " both Republicans, said in a statement."
        ),
        [("We can only wonder what the intent is,", "state Senate leader Phil Berger", "direct")],
    ),
    # an inverted clause that opens with a capitalised speech verb
    (
        "It was a hate crime. Said Comey, “The thought that we erred is very painful to us.”",
        [("The thought that we erred is very painful to us.", "Comey", "direct")],
    ),
    (
        "Stated Stone:\n\n“I think that the stakes are so high that they would do anything to stay in power.”",
        [("I think that the stakes are so high that they would do anything to stay in power.", "Stone", "direct")],
    ),
    # a base verb form after a singular quantifier is a noun, not the cue
    (
        "In another tweet, Trump called Cruz the “ultimate hypocrite,” linking to a story.",
        [("ultimate hypocrite,", "Trump", "partial")],
    ),
    # a name governed by an opening preposition is a place, not the subject
    (
        "In Des Moines on Sunday, Mrs. Clinton expanded on her remarks, saying the country should “lead from the front.”",
        [("lead from the front.", "Mrs. Clinton", "partial")],
    ),
    (
        "At a rally in Ames, Iowa, on Sunday, Mr. Cruz went further, saying the deal was “a historic mistake.”",
        [("a historic mistake.", "Mr. Cruz", "partial")],
    ),
    # a relative clause of an opening participle's phrase is no subject
    (
        "Speaking on Fox News Sunday from Iowa, which votes first, Mr. Kasich called the plan “a fantasy” but described his own as “a start.”",
        [("a fantasy", "Mr. Kasich", "partial"), ("a start.", "Mr. Kasich", "partial")],
    ),
    # a gerund after "by" is still its subject's verb, not a noun
    (
        "Asked about the emails, Mrs. Clinton answered that she took responsibility. She followed that by saying, “I am not a natural politician.”",
        [("I am not a natural politician.", "She", "direct")],
    ),
    # … and after "in", "on", "for" (not a term with no speaker)
    (
        "The governor clearly erred in saying that the “90 percent” figure came from the agency.",
        [("90 percent", "The governor", "partial")],
    ),
    (
        "Voters are especially keen on telling candidates to stop “pandering” in public.",
        [("pandering", "Voters", "partial")],
    ),
    (
        "Mr. Priebus scolded Romney for suggesting that immigrants should “self-deport.”",
        [("self-deport.", "Mr. Priebus", "partial")],
    ),
    # … and after "of" ("made a point of saying"): a gerund, not "secretary of state"
    (
        "The mayor spoke last. And she made a point of saying the old mill “was the heart of this town.”",
        [("was the heart of this town.", "she", "partial")],
    ),
    # a capitalised adverb opening the sentence is no subject
    (
        "Immediately after the attacks, Mr. Trump renewed his push for “a complete shutdown of entry into the country.”",
        [("a complete shutdown of entry into the country.", "Mr. Trump", "partial")],
    ),
    # a question that ends its sentence is not attributed by a verb of another kind after it
    (
        "The senator answered: “Who knows?” Others saw the same thing in his reply.",
        [("Who knows?", "The senator", "direct")],
    ),
    # an odd number of marks loses nothing after it
    (
        "He said “we are done.\n\n“It is over,” Smith said.",
        [("we are done.", "He", "partial"), ("It is over,", "Smith", "direct")],
    ),
]

_READER_SAYS = "I think he is the only one who can fix this economy."
_READER_SAYS_TOO = "She has the experience that the job needs."

# Statements of readers, voters and protesters, each signed with a name (and a
# place or an age) under it, after it or above it.
SIGNED_CASES: list[tuple[str, list[tuple[str, str | None, str]]]] = [
    # a letter signed "Name; Place" on the line under it
    (
        f"Readers weigh in.\n\n“{_READER_SAYS}”\n\nJane Doe; Boston",
        [(_READER_SAYS, "Jane Doe", "direct")],
    ),
    # a name and place after the quote, ending its paragraph
    (
        f"Readers weigh in.\n\n“{_READER_SAYS}” Jane Doe, Boston\n\n“{_READER_SAYS_TOO}” Tom Lee, 45, Austin",
        [(_READER_SAYS, "Jane Doe", "direct"), (_READER_SAYS_TOO, "Tom Lee", "direct")],
    ),
    # in brackets
    (
        f"Readers weigh in.\n\n“{_READER_SAYS}” (Jane Doe, Boston)",
        [(_READER_SAYS, "Jane Doe", "direct")],
    ),
    # "of", "from", "on" a place or a site; the place in brackets or after a dash
    (
        f"Readers weigh in.\n\n“{_READER_SAYS}”\n\nTom Lee from Austin",
        [(_READER_SAYS, "Tom Lee", "direct")],
    ),
    (
        f"Readers weigh in.\n\n“{_READER_SAYS}”\n\n— Jane Doe on Facebook",
        [(_READER_SAYS, "Jane Doe", "direct")],
    ),
    (
        f"Readers weigh in.\n\n“{_READER_SAYS}”\n\nJane Doe (Boston)",
        [(_READER_SAYS, "Jane Doe", "direct")],
    ),
    (
        f"Readers weigh in.\n\n“{_READER_SAYS}”\n\nJane Doe — Boston",
        [(_READER_SAYS, "Jane Doe", "direct")],
    ),
    # a handle after a description
    (
        f"Readers weigh in.\n\n“{_READER_SAYS}” — Twitter user @jdoe",
        [(_READER_SAYS, "@jdoe", "direct")],
    ),
    # a name, an age and a place before a colon: the name, not the place
    (
        f"What voters said.\n\nJane Doe, 45, Boston: “{_READER_SAYS}”",
        [(_READER_SAYS, "Jane Doe", "direct")],
    ),
    # each statement under its name line: the first line, above a quote and
    # after none, tells that the names lead
    (
        f"In their own words.\n\nJane Doe, Boston\n\n“{_READER_SAYS}”\n\nTom Lee, 45, Austin\n\n“{_READER_SAYS_TOO}”",
        [(_READER_SAYS, "Jane Doe", "direct"), (_READER_SAYS_TOO, "Tom Lee", "direct")],
    ),
    # the same lines under each quote sign the quote above them
    (
        f"In their own words.\n\n“{_READER_SAYS}”\n\nJane Doe, Boston\n\n“{_READER_SAYS_TOO}”\n\nTom Lee, 45, Austin",
        [(_READER_SAYS, "Jane Doe", "direct"), (_READER_SAYS_TOO, "Tom Lee", "direct")],
    ),
    # a profile whose fields run together, the answer labelled "Why she is …:"
    (
        f"Name: Jane Doe Age: 27Job: WaitressWhy she’s protesting: “{_READER_SAYS}”",
        [(_READER_SAYS, "she", "direct")],
    ),
]

# Quoted transcripts: the label opening a quoted turn names its speaker.
TRANSCRIPT_CASES: list[tuple[str, list[tuple[str, str | None, str]]]] = [
    (
        "“We will build the wall,” Trump said.\n\n“HANNITY: And who will pay for it?”\n\n“TRUMP: Mexico will.”",
        [
            ("We will build the wall,", "Trump", "direct"),
            ("HANNITY: And who will pay for it?", "HANNITY", "direct"),
            ("TRUMP: Mexico will.", "TRUMP", "direct"),
        ],
    ),
    (
        "The panel argued it was naive.\n\n“Chris Matthews: Seriously, seriously about this.”",
        [("Chris Matthews: Seriously, seriously about this.", "Chris Matthews", "direct")],
    ),
    # a block introduced as a text: each turn is still its labelled speaker's
    (
        ("The senator defended the plan on Fox News Sunday. Partial transcript as follows:\n\n"
         "\"WALLACE: Will the governor release his returns?\"\n\n"
         "\"PENCE: He will, when the audit is over.\""),
        [
            ("WALLACE: Will the governor release his returns?", "WALLACE", "direct"),
            ("PENCE: He will, when the audit is over.", "PENCE", "direct"),
        ],
    ),
    # a label that names no speaker
    (
        "“We will build the wall,” Trump said.\n\n“VIDEO: Crowds cheer as he speaks.”",
        [("We will build the wall,", "Trump", "direct"), ("VIDEO: Crowds cheer as he speaks.", "Trump", "direct")],
    ),
]

# A quote inside a sentence of its own that opens with a subject is that
# subject's, not the speaker of a quote in another sentence of the paragraph;
# a phrase set off by commas before it is no subject.
OWN_SUBJECT_CASES: list[tuple[str, list[tuple[str, str | None, str]]]] = [
    (
        ("“The country is grieving,” Sanders said on Sunday. He offered “my thoughts and prayers to all of the"
        " families who lost someone.”"),
        [
            ("The country is grieving,", "Sanders", "direct"),
            ("my thoughts and prayers to all of the families who lost someone.", "He", "partial"),
        ],
    ),
    (
        ("“We will win this,” he said. In his best-known song, Billy Joel sings, “Don’t go changing to try and"
        " please me.”"),
        [("We will win this,", "he", "direct"), ("Don’t go changing to try and please me.", "Billy Joel", "partial")],
    ),
    (
        "“We will win this,” he said. In Europe, by contrast, “claims based on religion have much less acceptance.”",
        [("We will win this,", "he", "direct"), ("claims based on religion have much less acceptance.", "he", "direct")],
    ),
]

# A name right after "on", "to", "in" … before a participle is its object, not
# who speaks; "with X calling" is X's.
PARTICIPLE_CASES: list[tuple[str, list[tuple[str, str | None, str]]]] = [
    (
        "Clinton responded to the question on Facebook writing, “Yes, I will. That was a poor choice of words.”",
        [("Yes, I will. That was a poor choice of words.", "Clinton", "direct")],
    ),
    (
        "Trump posted a message on Twitter reading “Thank you Georgia and all of my fans”.",
        [("Thank you Georgia and all of my fans", "Trump", "partial")],
    ),
    (
        "The senators were split, with Sen. John McCain calling it “a Chinese menu of options.”",
        [("a Chinese menu of options.", "Sen. John McCain", "partial")],
    ),
    # a sentence joined to the one before ("Then", "Yet") keeps its pronoun subject
    # for the participle; a subordinate "When he …" clause does not give it
    (
        "Then he turned on the mayor, calling him a “stiff” and a liar.",
        [("stiff", "he", "partial")],
    ),
    (
        "Yet she did not stop there, also urging voters to reject “bigotry” at the polls.",
        [("bigotry", "she", "partial")],
    ),
]

# Words quoted after a possessive and a noun for what is said are the possessor's,
# unless a verb of saying governs the noun ("Ryan said Obama's words "…"").
POSSESSIVE_CASES: list[tuple[str, list[tuple[str, str | None, str]]]] = [
    (
        "Albright fanned controversy earlier this year over her remark that “there’s a special place in hell for women.”",
        [("there’s a special place in hell for women.", "her", "partial")],
    ),
    (
        ("His standing improved after the attacks in San Bernardino, Calif., and his call for “a total and complete"
        " ban” on entry."),
        [("a total and complete ban", "his", "partial")],
    ),
    (
        "The polls narrowed after Mr. Obama's patronizing suggestion at a debate that she was “likable enough.”",
        [("likable enough.", "Mr. Obama", "partial")],
    ),
    (
        "Ryan said Obama’s words and actions “amount to a form of intimidation that undermines liberty.”",
        [("amount to a form of intimidation that undermines liberty.", "Ryan", "partial")],
    ),
]

# "states" is a cue only between a speaker after a quote and the end of its clause.
STATES_CASES: list[tuple[str, list[tuple[str, str | None, str]]]] = [
    (
        "“They know she is the only one strong enough to stop Wall Street abuses,” a voice-over in the ad states.",
        [("They know she is the only one strong enough to stop Wall Street abuses,", "a voice-over in the ad", "direct")],
    ),
    (
        ("“Today, the kingdom is one of the leading nations in combating terrorism,” the Saudis state in the white"
        " paper. “Saudi Arabia shares the same enemies as the United States.”"),
        [
            ("Today, the kingdom is one of the leading nations in combating terrorism,", "the Saudis", "direct"),
            ("Saudi Arabia shares the same enemies as the United States.", "the Saudis", "direct"),
        ],
    ),
]

# After a quote, a common noun phrase then a name before the verb: the name speaks.
AFTER_COMMA_CASES: list[tuple[str, list[tuple[str, str | None, str]]]] = [
    (
        ("“The moment is reminiscent of the 1960s, going into the 1970s,” the dawn of the modern conservative"
        " movement, Bozell says."),
        [("The moment is reminiscent of the 1960s, going into the 1970s,", "Bozell", "direct")],
    ),
]

# A loose phrase with a determiner ends before a relative clause or a trailing "and"
# (it ran on into the clause), but keeps an "and" inside it.
SPEAKER_PHRASE_CASES: list[tuple[str, list[tuple[str, str | None, str]]]] = [
    # an opening phrase with no comma before an honorific: the place is no part of the name
    (
        'Speaking in Harrogate Mr Dalton said: "People want a party they can trust."',
        [("People want a party they can trust.", "Mr Dalton", "direct")],
    ),
    # … but a role word before it stays in the phrase
    ('Tory leader Mr Dalton said: "We will win."', [("We will win.", "Tory leader Mr Dalton", "direct")]),
    # a role with its object after "to", renamed by a name between commas: the name
    (
        (
            'Responding to the budget, shadow chief secretary to the Treasury, Tom Reid, said: "This was more talk.'
            ' "We have heard it all before."'
        ),
        [("This was more talk.", "Tom Reid", "direct"), ("We have heard it all before.", "Tom Reid", "direct")],
    ),
    (
        'But the EU ambassador to the WTO, Anna Berg, said the bid "must be treated on its merits".',
        [("must be treated on its merits", "Anna Berg", "partial")],
    ),
    ("“Lost Harbor,” a BBC drama that first aired in 1998, will return next spring.", [("Lost Harbor,", None, "term")]),
    (
        "With the help of “Face the Nation”, the comedian held a mock interview and asked voters to “vote twice.”",
        [("Face the Nation", None, "term"), ("vote twice.", None, "term")],
    ),
    (
        "Under the slogan “Britain is working”, the prime minister time and again insisted the plan would hold.",
        [("Britain is working", "the prime minister", "partial")],
    ),
    (
        "“Internal conditions are weak,” the finance and economy ministry said.",
        [("Internal conditions are weak,", "the finance and economy ministry", "direct")],
    ),
    # a possessive name, then an adjective the lexicon does not know, then the role
    (
        "In response, Governor Ann Lee’s right-hand woman rallied supporters, saying: “We have to be ready.”",
        [("We have to be ready.", "Governor Ann Lee’s right-hand woman", "direct")],
    ),
    (
        "Ann Lee's eldest daughter, 34, has built her brand around it, writing a book called “Women at Work” last year.",
        [("Women at Work", "Ann Lee's eldest daughter", "partial")],
    ),
]

# Speakers of words quoted inside a sentence (cue in the same sentence).
PARTIAL_SPEAKER_CASES: list[tuple[str, list[tuple[str, str | None, str]]]] = [
    # a role phrase with the place it is from is the subject of its verb, not the sentence's subject
    (
        "Ann Lee is telling crowds she can win after a farmer in Dover, Delaware, told her she was “too polite” to lead.",
        [("too polite", "a farmer in Dover", "partial")],
    ),
    # a participle after a clause whose subject is "he"/"she" is that pronoun's, not the sentence subject's
    (
        ("Mayor Ann Lee has long defended the budget plan, though at a briefing last week she used harsher"
         " words, saying the deficit was “a mess.”"),
        [("a mess.", "she", "partial")],
    ),
    (
        ("The senator spoke an hour after Mr. Hale, who held a rally nearby at which he continued his attack"
         " on her, saying she was “weak.”"),
        [("weak.", "he", "partial")],
    ),
    # … not a pronoun of a clause that opens the sentence, of a relative clause, or right after a speech verb
    ("As he left the court, Mr Ortiz thanked the crowd, saying: “Justice was done.”", [("Justice was done.", "Mr Ortiz", "direct")]),
    (
        "Ann Lee also attacked Tom Hale, with whom she sparred at the debate, calling him a “fraud.”",
        [("fraud.", "Ann Lee", "partial")],
    ),
    (
        "In those last weeks, Ann Lee wrote, she began repeating a line to herself “over and over again.”",
        [("over and over again.", "Ann Lee", "partial")],
    ),
    # "what he calls": the view of the sentence's subject, when the pronoun can stand for it
    (
        "Mayor Ann Lee says voters are tired, but also hungry for what she calls “real answers.”",
        [("real answers.", "Mayor Ann Lee", "partial")],
    ),
    ("The governor denounced what he called a “reckless” budget.", [("reckless", "The governor", "partial")]),
    # … not "which"/"whom he called", nor a subject the pronoun cannot stand for
    (
        "Mayor Ann Lee vetoed the bill, which she called “a gift to developers.”",
        [("a gift to developers.", "she", "partial")],
    ),
    (
        "Mr. Hale is losing patience with what she calls “a broken market.”",
        [("a broken market.", "she", "partial")],
    ),
    # "the Nice attack": a noun, no cue with "the Nice" as its subject
    (
        "Supporters were sharing news of the Nice attack and “celebrating the massacre.”",
        [("celebrating the massacre.", "Supporters", "partial")],
    ),
    # '"…," said X, …' right after words quoted inside a sentence is their attribution
    (
        "Polling shows that “the public is not comfortable with it,” said Ann Lee, an editor at the magazine.",
        [("the public is not comfortable with it,", "Ann Lee", "partial")],
    ),
    # … but not a name whose verb comes after its appositive: a clause of its own
    (
        ("In 2009, under what Mr. Hale called “the old model,” the Oak Ridge Club, a private course, charged a"
         " $100,000 fee, most of it refundable."),
        [("the old model,", "Mr. Hale", "partial")],
    ),
]

# What follows a quote is its attribution only if it reads as one: a clause with an
# auxiliary or a negation is no speaker phrase, only speech verbs come before their
# subject, a participle right after a phrase is no verb of it, and an adverb of
# manner or a clause after the speaker is not part of it.
# The spoken "be like" of interviews: the pronoun before it, not "you" (anyone).
QUOTATIVE_CASES: list[tuple[str, list[tuple[str, str | None, str]]]] = [
    (
        ('She wrote under my post.  And she\'s like, "Why do you post this?"  And I\'m like, "Because I'
         ' can."  Then they were like, "Fine, post what you want."'),
        [
            ("Why do you post this?", "she", "direct"),
            ("Because I can.", "I", "direct"),
            ("Fine, post what you want.", "they", "direct"),
        ],
    ),
    (
        ('Nobody finds it easy.  It\'s really hard to come to another place where you\'re like, "You know what,'
         ' this is what the new world is like."  I am still learning.'),
        [("You know what, this is what the new world is like.", None, "direct")],
    ),
]

POST_GUARD_CASES: list[tuple[str, list[tuple[str, str | None, str]]]] = [
    # a long subject after the quote whose head no pattern reads: the name opening it
    (
        ('"Nobody saw the vote coming," Pavel Orlov - then a deputy to Prime Minister Ivan Petrov - told'
         ' a news conference.'),
        [("Nobody saw the vote coming,", "Pavel Orlov", "direct")],
    ),
    (
        ('"Every phone will have it," Dr Anna Kerr chief engineer at chip maker Voltan told the BBC News'
         ' website.'),
        [("Every phone will have it,", "Dr Anna Kerr", "direct")],
    ),
    # … also past a few words quoted inside the subject, which stay no quote
    (
        ('Few were cheering. "We have had better weeks than this one," Ohio delegate Ann Bell, wearing a'
         ' "Vote Kasich" badge, said quietly as the hall emptied.'),
        [("We have had better weeks than this one,", "Ohio delegate Ann Bell", "direct"), ("Vote Kasich", None, "term")],
    ),
    # "voice over" in two words: a speaker, and "says" no noun after "over"
    (
        'The ad ends on a stage. "He skipped the debate. Why? He is afraid," a voice over says as the lights dim.',
        [("He skipped the debate. Why? He is afraid,", "a voice over", "direct")],
    ),
    # a present form the lexicon lacks, inverted before a phrase with an article
    (
        'Traders expect more. "Call it a peace dividend," grins one dealer. "It may not last."',
        [("Call it a peace dividend,", "one dealer", "direct"), ("It may not last.", "one dealer", "direct")],
    ),
    # an editor's comma in brackets ends the quote as a comma does
    (
        ('"Bringing the herd back is going to heal us[,]" Mary Redhorse of the tribal heritage office told'
         ' those gathered.'),
        [("Bringing the herd back is going to heal us[,]", "Mary Redhorse", "direct")],
    ),
    # … but not the capitalised word opening a clause before an inverted verb
    (
        ('"The network will widen the choice," Digital copies cost far less than film, said Ms Kerr.'),
        [("The network will widen the choice,", None, "term")],
    ),
    (
        ("Regarding the exchanges, the campaign said in a statement: “Neither email involves the"
         " secretary. They are routine.” The campaign did not elaborate."),
        [("Neither email involves the secretary. They are routine.", "the campaign", "direct")],
    ),
    (
        "“So, who?” she writes. “I want names.” Her suggestions are redacted.",
        [("So, who?", "she", "direct"), ("I want names.", "she", "direct")],
    ),
    (
        "“We really can win on Tuesday,” said Sanders as he closed out the rally.",
        [("We really can win on Tuesday,", "Sanders", "direct")],
    ),
    (
        "“Enough of this,” said the party official matter-of-factly as the crowd left.",
        [("Enough of this,", "the party official", "direct")],
    ),
    ("“Enough,” said the official quietly.", [("Enough,", "the official", "direct")]),
    # a verb in a subordinate clause opening the sentence is not the main clause's cue
    (
        ("When Trump announced his candidacy in June, Sen. Ann Lee told reporters he was “a danger to"
         " the party.”"),
        [("a danger to the party.", "Sen. Ann Lee", "partial")],
    ),
    # … nor of a quote the main clause introduces, also after "Even before", "Just as"
    (
        ("Even before the senator took the stage to claim victory, his campaign sent out a text message"
         " to supporters saying: “We were just declared the winner in Ohio!”"),
        [("We were just declared the winner in Ohio!", "his campaign", "direct")],
    ),
    (
        "When asked whom she supported, Ms. Hale smiled and said, “I am waiting for Bloomberg to get in the race.”",
        [("I am waiting for Bloomberg to get in the race.", "Ms. Hale", "direct")],
    ),
    (
        ("Last month, when I asked the senator if he would ever endorse her, he looked into my camera, furrowed his"
         " brow and said, “I am going to endorse you!”"),
        [("I am going to endorse you!", "he", "direct")],
    ),
    # perfect tenses and their contractions: "he has said", "he's said"
    (
        "He’s said the same thing at every stop: “It’s not about me, it’s about us.”",
        [("It’s not about me, it’s about us.", "He", "direct")],
    ),
    (
        "Later the mayor had told the council that the plan was “dead on arrival.”",
        [("dead on arrival.", "the mayor", "partial")],
    ),
    # quotes standing alone in their paragraphs, before one its words attribute
    (
        ("Viguerie is upbeat about the senator’s chances.\n\n“Not only can he win, he is the best bet.”\n\n"
         "“It is not even close.”\n\n“He may be the only one who unites the party,” Viguerie notes."),
        [
            ("Not only can he win, he is the best bet.", "Viguerie", "direct"),
            ("It is not even close.", "Viguerie", "direct"),
            ("He may be the only one who unites the party,", "Viguerie", "direct"),
        ],
    ),
    # an appositive set off by dashes ends a subject phrase
    (
        "“We will win this state,” Trump – who spoke for an hour – said on Monday.",
        [("We will win this state,", "Trump", "direct")],
    ),
    # a state's abbreviation is no speaker: none rather than "Calif."
    (
        ("In the hours after the attack in San Bernardino, Calif., a familiar voice celebrated it on"
         " Twitter: “California, we have already arrived with our soldiers.”"),
        [("California, we have already arrived with our soldiers.", None, "direct")],
    ),
    # a place after "of" or "in" right before the verb is no subject
    (
        "Cory James, 22, of Flint, Mich., said he had not given up hope of a “surprise.”",
        [("surprise.", "Cory James", "partial")],
    ),
    (
        "Clinton, at a town hall meeting in Columbus, Ohio, said she was “going to put miners out of business.”",
        [("going to put miners out of business.", "Clinton", "partial")],
    ),
    ("“Enough,” said family friend John Smith.", [("Enough,", "family friend John Smith", "direct")]),
    (
        "Rubio called Trump “very flexible,” a nod to the front-runner acknowledging his changes of position.",
        [("very flexible,", "Rubio", "partial")],
    ),
    (
        "Trump summed up the senator as “terrible,” denounced her record and said she should resign.",
        [("terrible,", None, "term")],
    ),
    # a question or exclamation introduced by "X verb, …" is X's; the verb after it starts the next sentence
    (
        "The mayor responded to the governor with, “Where were you last week?” The governor then says, “At home.”",
        [("Where were you last week?", "The mayor", "direct"), ("At home.", "The governor", "direct")],
    ),
    (
        "She wrote to him, telling him, “You are a true friend!” He replied that he was moved.",
        [("You are a true friend!", "She", "direct")],
    ),
    # an adverb in -ly between a subject and its verb; not in a passive
    (
        "Trump returned to the subject at a rally, where he wrongly suggested the judge was from Mexico: “He is a Mexican.”",
        [("He is a Mexican.", "he", "direct")],
    ),
    # (the passive rule keeps the words as a quote of someone not named, as the gold does)
    ("That year the virus was commonly called “swine flu.”", [("swine flu.", None, "partial")]),
    # after words quoted in a sentence, a speaker and verb beyond the clause that follows them are not theirs
    (
        "Cruz said he would make the sand “glow in the dark,” for instance, and Trump vowed to “bomb the hell” out of it.",
        [("glow in the dark,", "Cruz", "partial"), ("bomb the hell", "Trump", "partial")],
    ),
    # a clause of its own after the closing mark ("and I", "because they", "who") does not attribute the quote;
    # a closing "…, said X" after it does
    (
        "Silverman interjected, “Ladies and gentlemen, Mr. Paul Simon,” who proceeded to perform a song.",
        [("Ladies and gentlemen, Mr. Paul Simon,", "Silverman", "direct")],
    ),
    (
        ("“To see the number of cases that could change is stunning,” since so many were decided by 5-to-4"
         " votes, said Lee Epstein, who teaches law."),
        [("To see the number of cases that could change is stunning,", "Lee Epstein", "direct")],
    ),
    (
        "Some people went like “Are you a Shia or a Sunni?” and I said, “No, I am a Muslim.”",
        [("Are you a Shia or a Sunni?", "Some people", "partial"), ("No, I am a Muslim.", "I", "direct")],
    ),
    # a document after "with" is the subject of the participle after it: "with an ad asking"
    (
        "Lee and her backers tied the judge to the governor, with one of her ads asking, “Is he independent enough?”",
        [("Is he independent enough?", "her ads", "direct")],
    ),
    # a subordinate clause between a speech verb and the quote holds no cue of it
    (
        "Mrs. Lee said that when Ms. Ward railed against the banks from her seat in the Senate, “she spoke for all of us.”",
        [("she spoke for all of us.", "Mrs. Lee", "partial")],
    ),
    ("Ryan said he was not ready, though he said, “I hope to.”", [("I hope to.", "he", "direct")]),
    # "and I quote" is the writer's aside, not the cue
    ("No wonder Trump said, and I quote, “We love the poorly educated.”", [("We love the poorly educated.", "Trump", "direct")]),
    # words quoted in a question put to the subject ("Asked whether …") are the unnamed asker's
    (
        "Asked whether Clinton “has the integrity to serve effectively as president,” 75 percent of Democrats said yes.",
        [("has the integrity to serve effectively as president,", None, "partial")],
    ),
    # "screamed" is a speech verb; "someone", "everyone" can stand alone as speakers
    ("“Mexico!” the audience screamed back.", [("Mexico!", "the audience", "direct")]),
    (
        "I thrash around and scream “no, no, no” until someone tells me “the radio is off.”",
        [("no, no, no", "I", "partial"), ("the radio is off.", "someone", "partial")],
    ),
    # a heckler and an ad's narrator are speakers
    (
        "“There is a young man having problems,” Cruz said as the heckler yelled: “You suck!”",
        [("There is a young man having problems,", "Cruz", "direct"), ("You suck!", "the heckler", "direct")],
    ),
    # a quote broken by its attribution resumes in lower case: the second part is the first part's
    (
        ("“Many people are uncertain,” Thiel wrote in a statement explaining why he is speaking at the"
         " convention, “but most agree that we are on the wrong track.”"),
        [
            ("Many people are uncertain,", "Thiel", "direct"),
            ("but most agree that we are on the wrong track.", "Thiel", "direct"),
        ],
    ),
    # the subject of an earlier verb in a relative clause stands for the name before it
    (
        "A White House official who spoke anonymously to discuss strategy said Wednesday, “There are talks.”",
        [("There are talks.", "A White House official", "direct")],
    ),
    (
        ("Mr. Lee, who said last week that the judge was biased, issued a statement Tuesday saying, “I do"
         " not feel that heritage matters.”"),
        [("I do not feel that heritage matters.", "Mr. Lee", "direct")],
    ),
    # … but a clause with no subject of its own is the relative clause's
    (
        "The inquiry is led by Attorney General Ann Lee, who told Congress when asked last month: “The matter is in good hands.”",
        [("The matter is in good hands.", "who", "direct")],
    ),
    # a lone capitalised word before a speech verb is a surname, even one that is also a function word
    (
        "“We had to change the party,” From said. “It was a different world.”",
        [("We had to change the party,", "From", "direct"), ("It was a different world.", "From", "direct")],
    ),
    ("“We will not give in,” May said.", [("We will not give in,", "May", "direct")]),
    # quoted phrases joined by "and" to a partial quote that the speaker after it attributes
    (
        "The levy is “a tax on growth” and “bad for farmers,” Ann Lee, the union's president, said at its conference.",
        [("a tax on growth", "Ann Lee", "partial"), ("bad for farmers,", "Ann Lee", "partial")],
    ),
    # a sentence naming another speaker between two quotes of a paragraph
    (
        ("“Prices will rise,” said Tom Hale, an analyst at Ridge Bank. One leading trader said the fall"
         " was overdone. “The market has panicked.”"),
        [("Prices will rise,", "Tom Hale", "direct"), ("The market has panicked.", "One leading trader", "direct")],
    ),
    # … but a pronoun there is most often the same speaker, whose name is kept
    (
        "“Prices will rise,” said Tom Hale, an analyst at Ridge Bank. He added that the fall was overdone. “The market has panicked.”",
        [("Prices will rise,", "Tom Hale", "direct"), ("The market has panicked.", "Tom Hale", "direct")],
    ),
]

# Quoted words that are no one's quote: titles, names and labels.
NOT_A_QUOTE_CASES: list[tuple[str, list[tuple[str, str | None, str]]]] = [
    # a title after a noun for a work, set off by commas: an autobiography, an ad
    (
        (
            "In his autobiography, ''A Life in Print,'' published in 2015, Mr. Hale described how, growing up,"
            " Thomas turned into Tommy.\n\n''The problem with that name was that it rhymed with everything,''"
            " Mr. Hale wrote."
        ),
        [
            ("A Life in Print,", None, "term"),
            ("The problem with that name was that it rhymed with everything,", "Mr. Hale", "direct"),
        ],
    ),
    (
        "One ad, \"Better Days,\" stars a farmer who promises that the senator will \"stand up for you.\"",
        [("Better Days,", None, "term"), ("stand up for you.", "who", "partial")],
    ),
    # a title may open with a number
    (
        "The film, “24 Days: The Siege of Carver Street,” is based on a memoir by a former officer.",
        [("24 Days: The Siege of Carver Street,", None, "term")],
    ),
    # a quoted name as the subject of "is": the sentence is about the words
    (
        "“The committee finished its work,” Ms. Ray said. “Confidential” is the lowest level of classification.",
        [("The committee finished its work,", "Ms. Ray", "direct"), ("Confidential", None, "term")],
    ),
    # … but not when a speech verb after it names whose words they are
    (
        "Given the cost of new plants, “rising costs” is a concern, said Tom Hale, an analyst at Ridge Bank.",
        [("rising costs", "Tom Hale", "direct")],
    ),
    # a label quoted alone on its line
    (
        "“Our plan works,” she said.\n\n“See also:”\n\nTen things to watch in the budget.",
        [("Our plan works,", "she", "direct"), ("See also:", None, "term")],
    ),
    # a few words in brackets are not the sentence subject's
    (
        "Support is higher among retirees (41% “strongly approve”) than among students.",
        [("strongly approve", None, "term")],
    ),
]

CASES += (
    NOT_A_QUOTE_CASES + QUOTATIVE_CASES + POST_GUARD_CASES + SIGNED_CASES + TRANSCRIPT_CASES + OWN_SUBJECT_CASES
    + PARTICIPLE_CASES + POSSESSIVE_CASES + STATES_CASES + AFTER_COMMA_CASES + SPEAKER_PHRASE_CASES
    + PARTIAL_SPEAKER_CASES
)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_attribution(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    got = [(q.text, q.speaker, q.kind) for q in extract_quotes(text)]
    assert got == expected


def test_at_least_forty_cases() -> None:
    assert len(CASES) >= 40


@pytest.mark.parametrize(("text", "_expected"), CASES)
def test_offsets_point_at_the_text(text: str, _expected: object) -> None:
    for q in extract_quotes(text):
        assert text[q.start : q.end] == q.text
        if q.speaker is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker
            assert 0.0 < q.confidence <= 1.0 and q.rule
        else:
            assert q.speaker_start is None and q.rule is None
        if q.cue is not None:
            assert text[q.cue_start : q.cue_end] == q.cue
