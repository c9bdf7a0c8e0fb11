"""The Decider: whether a question is answered, and by which candidate (the rules: this package's docstring), with
the anchoring, coverage and named-subject checks it applies itself; acts, figures and subjects are checked by the
sibling modules.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Set
from dataclasses import dataclass, replace
from functools import lru_cache

from bot.answering.acts import AUXILIARIES_BASE, PARTICLES, VERB_PREPOSITIONS, act_after_name
from bot.answering.acts import LIGHT_VERBS as LIGHT_ACTS
from bot.answering.articles import (
    ARTICLE_WORDS,
    DESCRIPTION_OPENINGS,
    DESCRIPTION_WORDS,
    MENTIONING,
    OUTLET_KIND,
    OUTLET_NOUNS,
    REPORTER_VERBS,
    article_at,
    outlet_opening,
)
from bot.answering.compose.dates import QUOTED, due_to_end, thing_dated_otherwise
from bot.answering.compose.figures import (
    AMOUNT,
    ENDED,
    NUMBER,
    PLANNED,
    PRESENT_WORDS,
    figure_ended,
    planned_before,
    sum_set_aside,
    with_qualifier,
)
from bot.answering.compose.lists import doc_set_aside
from bot.answering.compose.questions import (
    NOT_DONE,
    asks_future,
    asks_passive,
    asks_upcoming,
    asks_what_followed,
    asks_whether_spoke,
    ends_negated,
    negated_acts,
)
from bot.answering.compose.speech import MARKED, REPORTED, told_asked, word_run
from bot.answering.compose.yes_no import possessives_worded, told_only_as_noun
from bot.answering.decide.acts_told import ActsTold, UndatedAct
from bot.answering.decide.figures import (
    PAYMENT_WORDS,
    PEOPLE,
    SCALES,
    Figures,
    asking_words,
    asks_adding,
    exceeds,
    joined_parts,
    parts_counted,
    role_of,
    scaled_figures,
    sum_of_all,
    total_of_parts,
)
from bot.answering.decide.subjects import Subjects
from bot.answering.durations import DURATION_WORDS, asks_length
from bot.answering.english import English
from bot.answering.retrieve import (
    OWNER_KINDS,
    PLACE_KINDS,
    Hit,
    Retriever,
    amount_owner,
    asks_reason,
    month_of,
    on,
    online_venue,
    placed_elsewhere,
    places_act,
)
from bot.answering.understand.asked import asked_noun
from bot.answering.understand.classes import NOUN_KINDS, PERSON_KINDS, THING_KINDS
from bot.answering.understand.clauses import RESPONDING, quoted_phrases, quoted_saying
from bot.answering.understand.kinds import CAUSE_ASKED
from bot.answering.understand.lexicon import (
    ACTOR_KINDS,
    AGREEMENTS,
    ANYONE,
    ARTICLES,
    AUXILIARIES,
    AVERAGE_WORDS,
    COPULAS,
    CUE_TERMS,
    DETERMINERS,
    GATHERINGS,
    HANDLING,
    INDEFINITE_PEOPLE,
    NOUN_DETERMINERS,
    PARTICIPLE_PREPOSITIONS,
    PAST,
    PERSON_NOUNS,
    PRONOUNS,
    SPEAKING_TO,
    SPEECH_VERBS,
    TAGS,
    TOLD_TO,
    TOTAL_WORDS,
    WEEKDAYS,
    states_total,
)
from bot.answering.understand.question import NameSpans, Question, asks_holder_now
from bot.answering.understand.times import CURRENT
from bot.answering.understand.understander import (
    EXCLUDING,
    LEADER_ROLES,
    PROPORTION,
    actors_in,
    closed_up_parts,
    known,
    opening_actor,
    synonym_words,
)
from bot.caches import Recent
from bot.dates import MONTHS, date_label
from bot.english_tables import forms_of
from bot.features import COUNT, REQUEST_VERBS, answered_undergone, caused, is_sum, without_dates
from bot.records import FactData
from bot.replies import Outcome
from bot.reporting import REPORTING_KINDS, passing_phrases
from bot.search import stem
from bot.text import (
    ABBREVIATIONS,
    STOPWORDS,
    Deferred,
    as_typed,
    contractions_opened,
    fold,
    is_number,
    on_first_use,
    words,
)

EXCEEDING_CANDIDATES = 8  # candidates read for a larger sum than the one a yes/no question bounds ("more than …")
CAUSING = on_first_use(CAUSE_ASKED)  # "what set off the vigil": its cause asked, as "why" asks it
# an act told only as done a short time before the article ("also recently wrote an op-ed"): general English
RECENTLY = on_first_use(r"\b(?:recently|lately)\b", re.IGNORECASE)
# nouns for persons of any role, and those of some role (general English): "people" counted are any of them
GENERIC_PERSON_STEMS = frozenset(stem(w) for w in ("people", "person", "persons"))
PERSON_NOUN_STEMS = frozenset(stem(w) for w in PERSON_NOUNS)
NEAR_BEST = 0.75  # a candidate this close to the best may be preferred for what the kind asks
NOUN_CANDIDATES = 8  # the closest facts read for a noun a yes/no question asks of alone (`_noun_told_plainly`)
MIN_KNOWN = 0.55  # share of the question's (idf-weighted) content the brief uses at all
SOME_KNOWN = 0.34  # ... and the share that makes a question on the topic when its unknown words ask no other thing
MIN_COVERAGE = 0.5  # share of it the best fact or entry contains
SUBJECT_REACH = 3  # "why did the <subject> …": the positions the doer of a why-question's act may take
NOUN_ONLY_MOST = 12  # an act's word in more documents than this is used as a verb somewhere: none are read
ANCHORED_COVERAGE = 0.4
COMPARISON_COVERAGE = 0.25
WORTH_WORDS = frozenset({"worth", "valued"})  # "is the lease worth $5 million": what one thing is worth is asked
# the determiners before a participle saying what was done to a thing ("the renewed lease"), and its least length
PARTICIPLE_DETERMINERS = frozenset("the its their his her this that a an".split())
PARTICIPLE_LETTERS = 4  # longer than "used", "need" (a past participle in -ed of a verb of three letters or more)
ASKS_ATTRIBUTE = frozenset({"who"})  # "who wrote X": the asked relation, not only X, must be in the fact
WHO_NOUNS = frozenset("group groups organization organizations person people company agency title".split())
RELATION_WINDOW = 3  # words between an asked attribute and its owner's name ("CEO of Harbourwatch": 2)
NEARLY_ALL = 0.8  # a near-best candidate covering this much of the question stands in for a best covering too little
# an unquoted run of an article's printed words that anchors the fact citing them: four words in a row, two of them
# no stop words ("blood on your hands"); three ("the contract with", "on the list") recur in any reporting
ECHOED_WORDS = 4
ECHOED_CONTENT = 2
MIN_ASKED = 0.01  # some of the question's words beyond its named entities must be in the best fact
FIGURE_KINDS = frozenset({"amount", "count"})
# questions whose word in a verb's place (`act_after_name`) asks a figure or a date of the act, which a fact must hold
# ("how much did the Admiralty sink into the guild"), not a verdict on it or what it was for ("what did Lind sue for")
SLOT_KINDS = frozenset({"amount", "count", "date"})
# the glossary kinds a named operation may be filed under (the kinds the noun "operation" fits: a program, an event):
# a figure asked of a named event ("how many arrests in Operation X") is not given by a fact of another operation,
# event or program, it does not name (the agency's other 2017 program: never the same because both are the
# agency's, in one year); a program asked is compared with programs only, as before: software is filed as programs,
# and one product may be told under another's name ("the X operations contract" of the suite X runs on)
OPERATION_KINDS = NOUN_KINDS["operation"]
# whose figure a figure question asks: a party's, a document's, or a named event's
COUNTED_OF = ACTOR_KINDS | {"document", "event"}
DATE_PREPOSITIONS = frozenset({"in", "on", "during", "by"})  # "… in 2019": when, after a question's verb
MAKER_PREPOSITIONS = frozenset({"from", "by"})  # "the letter from the keepers": whose the thing is (general English)
# kinds asking of what someone named did: a fact about other actors' doing, however close, does not answer them
ACTED_KINDS = FIGURE_KINDS | {"why-how"}
AMOUNT_CANDIDATES = 4  # an amount question whose best fact gives no sum: these, if about as good, may answer
AMOUNT_NEAR = 0.8
# a total asked ("how many signed altogether"): counts of the kind asked by facts scored within this share of the best
# are parts it may be of, each told apart (a letter's signers and a petition's rank apart by their other words)
TOTAL_NEAR = 0.5
# the share of the question a fact the brief relates to the best (`related`) need cover to give its sum: "the contract
# the protesters wanted dropped" is mostly words of the protest, the relation ties the sum to it (0.3-0.4 alike on
# the development set; 0.5, the general floor, left four such questions unanswered)
RELATED_COVERAGE = 0.35
# words opening a relative clause right after a noun ("the lease [the guild renewed]", "the grant [that ...]")
CLAUSE_OPENERS = frozenset("the that which those these its their his her they he she we".split())
# a reduced relative clause: "the flyer [passed out at …]", "the letter [taped to the door]" (`_doer_of_described`)
ARTICLE_DETERMINERS = frozenset("the a an this that".split())
CLAUSE_PARTICLES = frozenset("out around at to in on by outside inside through over from".split())
PASSIVE_BY = on_first_use(r"\b(?:was|were|is|are|been)\s+\w+ed\s+by\b", re.IGNORECASE)  # "was produced by"
YEAR_AFTER_NOUN = frozenset({"in", "from", "of"})  # "the program in 2017": a year naming the noun before it
DATED_THING_REACH = 2  # words between a year and the noun it names a thing with ("2017 harbour program")
FIGURE_NEAR = 0.8  # a yes/no question's figure: a candidate this close stating it leads over a best that does not
SUM_SEARCH = 60  # facts searched for a sum a question names
# "how many people were at / in / outside …", "… were there": a count of those present (general English)
PRESENT_AT = on_first_use(r"\b(?:were|was)\s+(?:at|in|outside|there)\b|\b(?:showed up|turned out|attended)\b")
# a count of people present: they gathered, or they are counted as the ones who protested (stems, general English)
GATHERING = frozenset(
    stem(w)
    for w in "gathered gather protested demonstrated marched rallied attended joined showed turned came stood".split()
)
ATTENDING = frozenset(
    stem(w) for w in "protesters demonstrators activists marchers attendees participants crowd".split()
)
PRESENCE_REACH = 4  # words after a count that say what the counted did
# "how many keepers work at / on / for …", "… are employed by": a count of the people a place or work has (general
# English), which a count of those of them who did something ("200 keepers signed a letter") is only a part of
# (the working told within three words after the counted noun: "how many keepers at the guild work on …", not "how
# many keepers signed the letter about its work on …")
WORKING_AT = on_first_use(r"^(?:\w+\s+){0,2}?work(?:s|ed|ing)?\s+(?:at|on|for|in|with)\b|\bemploy(?:s|ed|ing)?\b")
# what tells a count of the people a place or work has: a verb of working or employing right after it ("2,400 keepers
# work at …"), or a word of employing or of a workforce right before it ("employs 2,400", "a staff of 2,400")
WORKING = frozenset(stem(w) for w in "work works worked working employ employs employed".split())
WORKFORCE = WORKING | frozenset(stem(w) for w in "workforce staff headcount".split())
# a scale after a number, which makes it a sum ("12 million", "21 milion", "120 k")
_SCALE_AFTER = Deferred(r"\s*(?:k|m|b|bn|mn|mil\w*|bil\w*|tril\w*|thousand|grand|dollars?)\b", re.IGNORECASE)
_THOUSANDS_FIGURE = Deferred(r"(?<![\d,])\d{1,3}(?:,\d{3})+(?![\d,])")  # "200,000", "1,200,000"
# a count of a hundred or more typed without commas ("did 300 keepers sign"): news writes such figures in digits, so
# one no fact states is untold (smaller ones may be spelled out: "two hours"); not a sum (`_summed`)
_PLAIN_FIGURE = re.compile(r"(?<![\d,.])\d{3,}(?![\d,.])")
_DIGIT_GROUPS = re.compile(r"(?<=\d),(?=\d{3})")  # the commas of "120,000"
# words asking for, or giving, the sum of everything (general English)
ARITHMETIC = on_first_use(r"\d\s*[+*×÷^=]\s*\d")  # a sum to work out ("2+2", "3 * 4"); "-" and "/" join dates
# how a reason is asked ("why does she think it would be bad"): the reason a fact gives need not use these words
OPINION_WORDS = frozenset(
    "think thinks thought believe believes feel feels reckon bad good wrong right harmful dangerous terrible".split()
)
PLACE_NEAR = 0.9  # a where-question's best names no place: a candidate this close naming one is taken for it
# a what-is question's best is one party's words on the thing: a candidate this close telling it in the article's
# own voice is taken for it
ACCOUNT_NEAR = 0.9
ORGANIZATION_KINDS = frozenset({"company", "agency", "media", "organization"})  # glossary kinds (EntityKind)
DESCRIBED_PLACE_NEAR = 0.7  # … and is what the one asked is, not an act of it: one this close is taken
# words asking of an end ("the lease expiring in 2019", "when the 2019 lease ends"): a thing dated by its end is asked
ENDING_WORDS = frozenset(
    "expire expires expired expiring expiry expiration end ends ended ending lapse lapsed lapsing due".split()
)
# a date question asking of an end still to come: a present or future auxiliary ("when does the lease end", "when
# will it expire", "when do they run out") and no past one ("when did it end"), with a verb of ending (general
# English)
_AHEAD_AUXILIARIES = frozenset("does do will is are".split())
_PAST_AUXILIARIES = frozenset("did was were had".split())
_ENDING_VERBS = frozenset("end ends ending expire expires expiring lapse lapses run runs finish finishes".split())


def _asks_end_ahead(words: list[str]) -> bool:
    """The question asks, in the present or future, of an end (`_ENDING_VERBS`): "when does the lease end"."""
    return (
        not _AHEAD_AUXILIARIES.isdisjoint(words)
        and _PAST_AUXILIARIES.isdisjoint(words)
        and not _ENDING_VERBS.isdisjoint(words)
    )


# the kinds of entry that may do an act (glossary kinds: EntityKind), and the verbs of writing that may ask for
# a maker of anything ("who wrote the flyer"), not only an article's reporter
ACTOR_ENTITY_KINDS = frozenset({"person", "organization", "company", "agency", "media"})
WRITING_VERBS = frozenset("wrote written write writes writing".split())
# a candidate this close to a best of another place than the question names, covering it within COVERAGE_SLACK as
# well, is taken for it (a place asked outweighs a month or word matched elsewhere)
OTHER_PLACE_NEAR = 0.85
COVERAGE_SLACK = 0.25
ON_DATE_NEAR = 0.75  # a candidate this close to a best of another month than the question names is taken for it
DONE_NEAR = 0.8  # a count question's best fact tells a planned figure: a candidate this close telling one done answers
COUNT_NEAR = 0.95  # a count question's best fact gives no count: a candidate this close that does may answer
# verbs asking who made a thing (general English), and the words a fact may put between its maker and it ("the
# guild's new mapping app Beacon")
# verbs asking who spoke of something (general English): "who talked about X" is answered by someone's words on X;
# and an outlet's quoting ("who at the guild did the Gazette quote"): a fact curated as someone's words states it
SPEAKING = frozenset(
    "talk talked talks talking speak spoke speaks speaking mention mentioned mentions mentioning discuss discussed"
    " discusses bring brought raise raised quote quoted quotes quoting".split()
)
MAKING = frozenset(
    "made make makes making built build builds developed develop develops created create creates"
    " designed design designs produced produce produces wrote write writes written authored".split()
)  # (a report or a study is made by writing it: "who wrote the guild report" asks its maker)
MAKER_GAP = 3
# the endings that make a noun of a verb (general English): "comparison" of "compare", "argument" of "argue",
# "nomination" of "nominate"; a stem this long before the ending is the verb's own ("compar", "argu")
NOMINAL_ENDINGS = ("ison", "ment", "ation", "ition", "tion", "sion")
NOMINAL_BASE = 4
LIGHT_VERBS = frozenset(forms_of("make"))  # "made the comparison": the noun is the act
LIGHT_REACH = 4  # words from a light verb to the noun of its act ("made the Lind / Gull comparison": 4)
# a figure asked per span of time (general English): a total answers it only if the fact says it is per span too
RATE = on_first_use(
    r"\b(?:per|a|an|each|every)\s+(?:year|month|week|day|annum)\b|\b(?:annual|annually|yearly|monthly|weekly|daily)\b",
    re.IGNORECASE,
)
# a year's own figure asked ("how much did they pay in 2019"), which a running total does not give
IN_YEAR = on_first_use(r"\b(?:in|during|for)\s+(?:19|20)\d\d\b")
NAMED_NOUN = on_first_use(r"\b([A-Z][\w-]*)\s+([a-z]+)\b")  # a name before a noun: "its Quayside office"
TOTAL = on_first_use(r"\b(?:in total|total|altogether|so far|to date)\b", re.IGNORECASE)
# a name's possessive and the (at most three) words after it: "the Admiralty's scouting arm put into …"
POSSESSED = on_first_use(r"(?P<owner>[\w-]+)['’]s (?P<words>[\w-]+(?: [\w-]+){0,2})")
# the same typed without its apostrophe ("the Admiraltys scouting arm"), the understander's reading of such a word
# (Understander._fixed_word: a name's alias and an "s"); not a name's own word ("the Harbour News staff")
POSSESSED_BARE = on_first_use(r"\b(?P<owner>[\w-]+)s (?=(?P<words>[\w-]+(?: [\w-]+){0,2}))")  # (overlapping: "was the")
TAG_CHECKED = FIGURE_KINDS | {"what-is"}  # "what was its revenue": a figure or a thing, asked by name
YEAR = re.compile(r"(1[89]|20)\d\d")
# verbs asking how a claim was shown false: its answer is what the brief links to the claim
CONTRADICTING = frozenset(
    "contradict contradicted contradicts contradicting disprove disproved disproves refute refuted refutes debunk"
    " debunked debunks belie belied undercut undercuts undermine undermined".split()
)
# verbs of a finding shown (general English): "the records showed the guild lied" tells that it was shown, and how
# is what the brief links to it ("how did the records show it", "how was the guild lying, per the records")
SHOWING = frozenset(
    "show shows showed shown showing reveal reveals revealed revealing prove proves proved proven proving demonstrate"
    " demonstrates demonstrated expose exposes exposed indicate indicates indicated".split()
)
SHOWN_AT = on_first_use(r"\b(?:" + "|".join(sorted(SHOWING)) + r")\b", re.IGNORECASE)
FINDING_QUOTED = on_first_use(r"[\"“]([^\"“”]+)[\"”]")  # words a statement quotes, in straight or curly marks
# Everyday words that anchor a question together when one fact states them all (Decider.states_all): two, such as
# a year and one word ("who was the director of the agency in 2019"), are still a chance match too often.
STATED_TOGETHER = 3
# a yes/no question opening with a form of "be" may be passive ("were the police called"): its object before its verb
PASSIVE_OPENINGS = frozenset({"was", "were", "is", "are"})
OBJECT_REACH = 3  # words after a verb that may hold what it is done to ("reported the May documents")
PAST_MIN = 4  # letters a regular past form has more of than its "-ed" ("reported", "signed"; not "red", "bed")
RECEIVING = frozenset("got get gets received receive receives".split())  # "who got the letter": its recipient
NAMES_ONLY_WORDS = 2  # a yes/no question's words beyond names none of which a fact states (`_names_only`)
NEVER_ANCHORS, EVERYDAY, ANCHORS = 0, 1, 2  # how a question word anchors (Decider._anchoring_of)
TERMS_KEPT = 65_536  # question words whose anchoring is kept (arbitrary user words: bounded)
NAMES_KEPT = 4096  # entities whose names' words are kept (`Decider._name_words`)
STATEMENTS_KEPT = 4096  # statements whose words are kept (`Decider._said`)
NEAR_CANDIDATES = 6
NAME_WORDS = 3  # the most words a name a question types may run to ("Lindco Marine Systems")
# the share of the best's score a fact of the party a yes/no question asks of needs to answer in the stead of a best
# told of another party (`decide`): a near tie only, where the scene's words decided the order, not the act's
PARTY_NEAR_SHARE = 0.95
# the share of the best's coverage a fact telling an echo question's act needs to lead in its stead (`echo_act`):
# the question's other words may be the scene's, which a fact on the act itself need not hold
ECHO_COVERAGE = 0.5
SCENE_CANDIDATES = 8  # candidates read for one holding every word asked beyond a scene-setting clause
MIN_ASKED_BEYOND_SCENE = 2  # words asked beyond the scene, at the least, for one holding them all to answer
# (stems of) words opening a scene set in time, which the asked thing follows or precedes ("after the letter, …")
SCENE_TIMES = frozenset(stem(w) for w in ("after", "following", "since", "before"))
# candidates read for one telling a who-question's act at another place than the one asked (it may score lower: the
# place asked is what it lacks)
ELSEWHERE_CANDIDATES = 10
# kinds asking what was done (`told_asked`); not "what was the 2013 harbour program", which the party's own
# description of its program answers as well as any
TOLD_KINDS = frozenset({"who", "topic", "yes-no"})
BESIDES_NEAR = 0.9  # "who else … besides X" whose best tells of X: a fact led by another this close answers
# (a share told by its size in words is one: "of which only a small share resulted in …"; "share" alone is no part,
# it is also the verb, "to share data")
STATED_PROPORTION = on_first_use(
    r"%|\bper ?cent\b|\bpercentage\b|\b(?:half|halves|third|thirds|quarter|quarters|fifth|majority|minority)\b"
    r"|\bmost of\b|\bfraction\b|\bproportion\b|\bshare of\b"
    r"|\b(?:small|smaller|smallest|tiny|large|larger|largest|big|bigger|biggest|great|greater|greatest|significant"
    r"|sizable|sizeable|substantial|modest)\s+(?:share|portion)\b",
    re.IGNORECASE,
)
# a question asking the asker's own way to do something ("how do i delete a repo", "how can we set up a reminder"):
# the articles report events, they give no instructions ("how do we know …" asks what shows it: not one of these)
HOW_TO = re.compile(
    r"^(?:(?:so|ok|okay|hey|and|but|pls|please) )*(?:how|where) (?:do|can|should|would|could|does) (?:i|we|u|you|one)"
    r" (?!(?:know|knew|tell|find|verify|check|confirm|prove|see|say|read)\b)\w"
    # and advice on the asker's own choice ("what order should i read them in", "which one should we pick"), however
    # long the phrase of what is chosen from ("which of the guild's leaflets should i hand out")
    r"|^(?:(?:so|ok|okay|hey|and|but|pls|please) )*(?:what|which)(?: \w+){0,6} should (?:i|we|u|one)"
    r" (?!(?:know|knew|tell|find|verify|check|confirm|prove|see|say|read)\b)\w"
    # and the asker's own choice put as a yes/no ("should i work at the guild", "shall we join the vigil")
    r"|^(?:(?:so|ok|okay|hey|and|but|pls|please) )*(?:should|shall) (?:i|we|u)"
    r" (?!(?:know|knew|tell|find|verify|check|confirm|prove|see|say|read)\b)\w"
)  # ("where can i donate": where the asker may do something, which no article tells)
# a request to produce something new ("write me a flyer about the guild", "can you draft a poem on Lind"): an
# imperative verb of making with an indefinite object is a piece of writing asked for, which no article is, however
# many of its words the brief uses; not a report of the articles' own facts ("make a list of the leases", "write a
# summary of the vigil"), which asks what they tell; matched over the typed words with chat's shorthands spelled out
# (`_as_typed`: "can u write me", "pls draft"), however the request is put to the bot ("can you", "i need you to",
# "help me")
PRODUCE = re.compile(
    r"^(?:(?:so|ok|okay|hey|and|but|please|can|could|would|will|you|i need you to|i want you to|help me) )*"
    r"(?:write|draft|compose|design|create|make|generate|produce)(?: (?:me|us))? (?:a|an|some)"
    r" (?!(?:\w+ )?(?:list|summary|timeline|overview|rundown|recap|breakdown|chronology)s?\b)\w"
)
LEAD_WORDS = 3  # a name within a statement's first words is whom it tells of
QUOTING_KINDS = frozenset({"who", "quote", "topic", "what-is", "why-how"})  # asking who said words, or of them


@dataclass(frozen=True)
class Speaking:
    """What a question asking for someone's words or who spoke holds (`Decider._speaking`), read once per question:
    `held`, the stems of its verbs of speech a quote fact covers whatever verb it came with ("what did the clerk
    write" of "the clerk told colleagues, …"); `asks_speaker`, whether it asks who spoke (`Decider._asks_speaker`);
    `listener`, the entity it names as spoken to ("spoke to the Gazette", "told the Gazette"), or None; `group`,
    the parties named before its verb, whom the speaker must be of ("who from the guild", "which guild official");
    `weights`, the question's term weights (`Retriever.weights`, known terms only)."""

    held: frozenset[str]
    asks_speaker: bool
    listener: str | None
    group: frozenset[str]
    weights: dict[str, float]


@dataclass(frozen=True)
class Decision:
    outcome: Outcome
    best: Hit | None = None
    undated: UndatedAct | None = None  # set when a date question's candidates state no date of the asked act
    # the undated fact closest to a date question, telling the act asked, which its article gives as done "recently"
    recent: str | None = None
    untold_sum: str = ""  # "was it worth $50 million": the sum a yes/no question names that no fact states
    counts_other: tuple[str, str, str] | None = None  # Figures.counts_other of the best fact, for a yes/no question
    other_way: str = ""  # the id of the best fact, which tells of the asked payment made by the other party
    untold_figure: str = ""  # "was the petition 200,000": a figure of thousands a yes/no question names, untold
    unlinked: tuple[str, str] | None = None  # "was the $5 million lease for Lantern": (sum, name) no fact ties
    # "is the lease worth $5 million": (sum, noun) the articles give only as a total, never as one thing's worth
    total_only: tuple[str, str] | None = None
    # "how much was the 2014 lease": (sum, year, noun) of the only sum close, a total tied to no year (not that one)
    year_total: tuple[str, str, str] | None = None
    untold_total: bool = False  # "how many in total signed the letter and the petition": no fact gives a total
    # "the total value of the two leases": the parts' sums as the facts write them, each with the fact giving it,
    # shown beside the untold total (none when no fact gives two)
    parts: tuple[tuple[str, str], ...] = ()
    # the id of the one fact giving every part of the total asked, as many as the question counts ("the two leases"):
    # it answers, led by the sums apart (no total worked out of them)
    parts_of: str = ""
    # the parts are only some close facts' sums, not every sum the facts give for the asked things: said as "among"
    some_parts: bool = False
    untold_average: bool = False  # "the average value of the leases": no fact gives an average
    untold_premise: bool = False  # "why were the keepers arrested": the arrests told are of others
    # "how much was the lease not counting the 2015 renewal": the statement of the only sums close, all set aside
    set_aside_only: str = ""
    unknown_name: str = ""  # "does Lindco sell lamps to the port": the subject, as typed, a name no article uses
    doer_untold: tuple[str, str] | None = None  # "who organized the vigil": (act, thing) no close fact tells a doer of


def _amount_is(told: str, asked: str) -> bool:
    """A sum as a fact writes it (AMOUNT: "$21 million") is the one a question names, as "21 million" (its number
    and scale) or a bare "21" (its number alone)."""
    said = [w for w in words(told) if w != "dollars"]
    return said == asked.split() if " " in asked else said[:1] == [asked]


# words setting what is asked before or after a time rather than on it ("how much had they paid before the 2014 lease")
TIME_RELATIONS = frozenset("before after since until till prior".split())


def _irregular_past(word: str, lemma: str | None) -> bool:
    """`word` is a past form of the verb `lemma` not ending in "-ed" ("sent", "brought"), by lemminflect's tables."""
    if lemma is None:
        return False
    from lemminflect import getInflection  # loaded only when such a verb is asked

    return word in {*getInflection(lemma, "VBD"), *getInflection(lemma, "VBN")}


# verbs of naming something in passing, the lemmas of the thesaurus's "mention" and "invoke" (general English);
# "bring" as in "bringing up the flood"
INVOKING = frozenset("mention bring invoke evoke cite raise reference refer compare".split())


@lru_cache(maxsize=4096)
def _invoking(word: str) -> bool:
    """The word is a form of a verb of INVOKING ("bringing", "invoked", "cites"), by lemminflect's verb lemmas."""
    from lemminflect import getLemma  # loaded on the first why-question only (~1 s)

    return word in INVOKING or not INVOKING.isdisjoint(getLemma(word, upos="VERB"))


def _as_typed(text: str) -> str:
    """The text's words as typed, lower-case and space-joined, with chat's shorthands spelled out (ABBREVIATIONS:
    "can u write me" -> "can you write me"): no word read as the brief's own form of it ("write" stays "write")."""
    return " ".join(ABBREVIATIONS.get(w, w) for w in words(text))


def _date_relative(q: Question) -> bool:
    """The question's date follows a word setting what it asks before or after that date (TIME_RELATIONS, past
    determiners and "to": "before the 2014 lease", "prior to may 2019"): the date is a point of reference, not the day
    what is asked of happened on."""
    at = next((i for i, t in enumerate(q.words) if t in q.date_words), None)
    if at is None:
        return False
    j = at - 1
    while j >= 0 and (q.words[j] in DETERMINERS or q.words[j] == "to"):
        j -= 1
    return j >= 0 and q.words[j] in TIME_RELATIONS


class Decider:
    def __init__(self, retriever: Retriever, name_spans: NameSpans = lambda tokens: []) -> None:
        """`name_spans(tokens)`: the names in words, as the question's are found (Understander.name_spans)."""
        self.retriever = retriever
        self._name_spans = name_spans
        self.brief = retriever.brief
        self.index = retriever.index
        self.english = retriever.english
        self._kind_of = retriever.entity_kind
        self.subjects = Subjects(retriever)
        self.told = ActsTold(retriever, self.subjects, name_spans)
        self.figures = Figures(retriever, self.subjects, self.told, name_spans)
        # how a question word anchors, from the brief and English alone: worked out once per word (`anchors` reads
        # each question's words two or three times, each a stem, two index lookups and English frequencies)
        self._anchoring = lru_cache(maxsize=TERMS_KEPT)(self._anchoring_of)
        # likewise whether the brief knows a question word (`_knows_word`: for a word it does not use, each split of
        # it looked up as two words): every leftover word of each question decided
        self._knows = lru_cache(maxsize=TERMS_KEPT)(self._knows_word)
        # whether the brief has an act's word only as a noun (`_noun_only_of`: its documents searched and read)
        self._noun_only = lru_cache(maxsize=TERMS_KEPT)(self._noun_only_of)
        # an entity's names' words, from the brief alone: `_described_party` reads them for each named entity twice a
        # question (each name and alias tokenized again, ~12 `words` calls a question)
        self._name_words = lru_cache(maxsize=NAMES_KEPT)(self._name_words_of)
        # a statement's words in lower case, kept for the facts read most recently (`_on_day` reads them for each
        # candidate of a question naming a month; tuples of strings, never tracked by the GC)
        self._said_kept: Recent[str, tuple[str, ...]] = Recent(STATEMENTS_KEPT)
        # a fact's printed words as `_quotes` matches them, kept likewise: a question quoting words reads them for up
        # to twice NEAR_CANDIDATES candidates (~50-70 µs each to fold, split and open its contractions)
        self._printed_kept: Recent[str, tuple[str, str]] = Recent(STATEMENTS_KEPT)
        self._maker_names: str | None = None  # _makers'
        self._synonyms = synonym_words(self.brief)  # what a question word may anchor as (`_anchoring_of`)

    def ubiquitous_entity(self, ent_id: str) -> bool:
        """Subjects.ubiquitous_entity: an entity most facts involve (a brief's own subject)."""
        return self.subjects.ubiquitous_entity(ent_id)

    def entity_facts(self, ent_id: str) -> int:
        """Subjects.entity_facts: about how many facts involve an entity."""
        return self.subjects.entity_facts(ent_id)

    def dates_act(self, q: Question, doc_id: str) -> bool:
        """ActsTold.dates_act: whether the fact may give the date a date question asks for."""
        return self.told.dates_act(q, doc_id)

    def act_forms(self, q: Question) -> frozenset[str]:
        """ActsTold.act_forms: the stems a fact must state for the act the question asks about."""
        return self.told.act_forms(q)

    def anchors(self, q: Question, *, everyday: bool = True) -> list[str]:
        """What makes the question about something in the brief: named entities that are not ubiquitous, and
        words the brief uses that are neither everyday English nor ubiquitous in the brief. Years alone anchor
        nothing (empty list)."""
        out = [e for e in q.entities if not self.subjects.ubiquitous_entity(e)]
        for term in q.leftover:
            anchoring = self._anchoring(term)
            if anchoring == NEVER_ANCHORS or (anchoring == EVERYDAY and not everyday):
                continue  # "moving", "public": everyday English, unless key to the brief ("contract")
            out.append(term)
        if out and all(YEAR.fullmatch(t) for t in out):
            return []  # a year says when, not what: "who won the 2018 world cup" ("$12M" is specific)
        if out and ARITHMETIC().search(q.text):  # "what is 2+2": numbers to work out, not figures the brief gives
            out = [t for t in out if not is_number(t)]
        return out

    def states_all(self, q: Question, ranked: list[Hit]) -> bool:
        """The best-ranked fact states every one of at least STATED_TOGETHER words the question asks with (its
        leftover words, years included), or all but one of more: "how did the agency describe the 2017 program in
        its statement" is about that statement, though "program" and "statement" are everyday words and a year
        alone anchors nothing; one everyday word a fact happens to state ("what was the revenue in 2019") is no
        such match."""
        asked = {stem(t) for t in q.leftover if t not in CUE_TERMS}
        if ranked and (self._dated_thing_stated(q, ranked[0].id) or self._compound_stated(q, ranked[0].id)):
            return True
        if len(asked) < STATED_TOGETHER or not ranked:
            return False
        # one word unstated of more than STATED_TOGETHER ("describe the purpose of the 2017 program in its
        # statement" for a statement saying what the program "was aimed at"): a paraphrase, still that statement
        missing = asked - set(self.retriever.stated_stems(ranked[0].id))
        return not missing or (len(missing) == 1 and len(asked) > STATED_TOGETHER)

    def _dated_thing_stated(self, q: Question, doc_id: str) -> bool:
        """The question names a thing by its year ("the 2017 program", "the program in 2017") and the fact calls it so:
        that year, then within DATED_THING_REACH words the same noun ("the 2017 harbour program"). An everyday noun
        and a year anchor nothing apart; together, as the fact says them, they name one thing."""
        pairs = [
            (t, stem(n))
            for t, n in itertools.pairwise(q.words)
            if t in q.years and n in q.leftover and n not in q.years
        ]
        # "the program in 2017", "the program from 2017": the same thing named by its year after it (fresh tester 96)
        pairs += [
            (t, stem(n))
            for n, at, t in zip(q.words, q.words[1:], q.words[2:], strict=False)
            if at in YEAR_AFTER_NOUN and t in q.years and n in q.leftover and n not in q.years
        ]
        if not pairs:
            return False
        said = [stem(t) for t in words(self._text(doc_id).lower())]
        return any(
            said[j] == year and noun in said[j + 1 : j + 1 + DATED_THING_REACH]
            for year, noun in pairs
            for j in range(len(said))
        )

    def _compound_stated(self, q: Question, doc_id: str) -> bool:
        """Two words the question asks with, side by side ("what happened at the harbour hall") or but for an article
        ("who rang the bell"), stand so in the fact as well: a compound noun or a verb and its object, of everyday
        words, names one thing or act, as `_dated_thing_stated`'s year and noun do, though neither word anchors
        alone; in a question that may be passive (PASSIVE_OPENINGS), either way round ("was the bell rung")."""
        asked = [t for t in q.words if t not in ARTICLES]
        pairs = {
            (stem(a), stem(b))
            for a, b in itertools.pairwise(asked)
            if a in q.leftover and b in q.leftover and not {a, b} & CUE_TERMS and not YEAR.fullmatch(a + b)
        }
        if q.words[:1] and q.words[0] in PASSIVE_OPENINGS:  # "were the police called": "called the police" said
            pairs |= {(b, a) for a, b in pairs}
        if not pairs:
            return False
        said = [stem(t) for t in words(self._text(doc_id).lower()) if t not in ARTICLES]
        return not pairs.isdisjoint(itertools.pairwise(said))

    def _anchoring_of(self, term: str) -> int:
        """Whether a question word anchors a question (`anchors`): NEVER_ANCHORS for a cue word, one the brief never
        uses or has in most documents; EVERYDAY for everyday English key to the brief (it anchors when `anchors`
        counts such words: everyday=True); ANCHORS otherwise (an everyday word that is not key never anchors). A
        word the brief gives synonyms for anchors as the strongest of them does ("how much is the deal": "contract",
        key to the brief, where "deal" is everyday English the brief uses only in passing)."""
        if term in CUE_TERMS:
            return NEVER_ANCHORS
        return max(self._own_anchoring(t) for t in (term, *self._synonyms.get(term, ())))

    def _own_anchoring(self, term: str) -> int:
        """`_anchoring_of` of the word itself, its synonyms aside."""
        if term in CUE_TERMS or not self.index.idf_known(stem(term)) or self.retriever.ubiquitous(stem(term)):
            return NEVER_ANCHORS
        if self.english.everyday(term):
            return EVERYDAY if self.retriever.key(term) else NEVER_ANCHORS
        return ANCHORS

    def _dated_on(self, doc_id: str, day: str) -> bool:
        """The brief dates the fact within `day` (as `_on_day`), not only by the words of its statement."""
        fact = self.brief.facts.get(doc_id)
        return fact is not None and fact.date is not None and bool(fact.date) and on(fact.date, day)

    def _on_day(self, fact: FactData, day: str) -> bool:
        """The fact is dated within `day` (a prefix of the brief's dates: "2019-09-13", "2019-09", or "--09-13" for a
        day of any year), or states that day or month in its own words ("13 September", "September 13")."""
        if fact.date and on(fact.date, day):
            return True
        parts = day.lstrip("-").split("-")
        said = self._said(fact.statement)  # as words: "may" is not in "Maya"
        if len(parts[0]) == 4:
            year, parts = parts[0], parts[1:]  # the year: settled by the fact's date or words
            if fact.date and fact.date[:4] != year and year not in said:
                return False  # "in July 2019": not the July of a fact dated 2018 that names no 2019 (fresh tester 78)
        if not parts or not parts[0].isdigit():
            return False
        month = MONTHS[int(parts[0]) - 1].lower()
        if len(parts) == 1:
            return month in said
        day = str(int(parts[1]))
        return any(pair in ((day, month), (month, day)) for pair in itertools.pairwise(said))

    def _said(self, statement: str) -> tuple[str, ...]:
        """The statement's `words` in lower case, kept for the statements read most recently."""
        found = self._said_kept.get(statement)
        if found is None:
            found = self._said_kept.put(statement, tuple(words(statement.lower())))
        return found

    def _tells_acts_then(self, q: Question, doc_id: str, acts: list[str]) -> bool:
        """`_tells_acts`, and on the weekday the question names, if it names one ("the lease renewed on Monday": a
        lease renewed in another year, on no day told, is another renewal)."""
        if not self._tells_acts(doc_id, acts):
            return False
        return not q.weekdays or not q.weekdays.isdisjoint(words(self._text(doc_id).lower()))

    def _keeps_day(self, q: Question, doc_id: str) -> bool:
        """A fact in the stead of the best one tells of the day or month the question names its thing by ("the
        lease that ends June 3"), if it names one (not a lone year): a fact linked to the lease's end but dated or
        telling of no such day gives another lease's sum, which no article says is that one's."""
        if not q.on_date or "-" not in q.on_date:
            return True
        fact = self.brief.facts.get(doc_id)
        return fact is not None and self._on_day(fact, q.on_date)

    def _answers_done_to(self, q: Question, hit: Hit) -> bool:
        """A candidate in the stead of a best fact telling a passive yes/no question's act done to others: it covers
        the question, tells the act (a fact without it settles nothing) and not as done to others."""
        return (
            hit.coverage >= self.min_coverage(hit.id, q)
            and hit.id in self.brief.facts
            and not self.told.act_unstated(q, hit.id)
            and not self.told.done_to_others(q, hit.id)
        )

    def _on_topic(self, q: Question) -> bool:
        """A question that names one of the brief's articles ("who is in the Gazette's photo") or a person or
        organization of the brief, its own subject included ("how old is the guild"), is about what the brief
        covers, whatever else it asks: unanswered, it is told no sourced answer, never that it is outside the brief;
        so does one naming an outlet whose reporting the articles pass on (REPORTING_KINDS: "did the Courier mention
        the lease", of an outlet no article of the brief is from)."""
        return bool(q.sources) or any(self._kind_of(e) in ACTOR_KINDS | REPORTING_KINDS for e in q.entities)

    def _act_unknown_to_known(self, q: Question, unknown: list[str], known: float) -> bool:
        """ "Who distributed the flyer", "who was it sent to": the one word the brief never uses is a past verb (an act,
        "-ed" or irregular) done to a thing
        it does tell of, the question's other words all its own: what the brief covers, asked in a verb no article
        uses; no sourced answer, never "outside what I cover" (not "who painted the Lantern": a noun's word unknown,
        or "who invented the telescope", whose thing the brief never names)."""
        if len(unknown) != 1 or known < SOME_KNOWN or not q.leftover:
            return False
        verb = unknown[0]
        lemma = self.english.verb(verb)
        return (
            lemma not in (None, verb)
            and (verb.endswith("ed") or _irregular_past(verb, lemma))
            and all(self._knows(t) for t in q.leftover if t != verb)
        )

    def _acts_known_only_as_nouns(self, q: Question, asked: list[str]) -> list[str]:
        """The words of the question's act (`act_forms`) among `asked` that the brief uses only as a noun in another
        sense (`_noun_only`: "was the keeper fired" of "the guild came under fire"), asked as a verb (not "did the
        guild come under fire"): no fact tells that act, as none does of a word the brief never uses ("was the keeper
        sacked"), so a fact that only names the one asked of must not answer (fresh tester 74, W2: "was the
        keeper fired" led the keeper not changing course)."""
        forms = self.told.act_forms(q)
        if not forms:
            return []
        asked_words = [(q.words, [stem(t) for t in q.words])]
        return [
            t
            for t in asked
            if stem(t) in forms and self._noun_only(stem(t)) and not told_only_as_noun(asked_words, {stem(t)})
        ]

    def _noun_only_of(self, stem_: str) -> bool:
        """Every document of the brief stating the stem has it only as a noun after a preposition (`told_only_as_noun`
        of a fact's statement and quotes, of an entry's name, aliases and description; an "-ing" form is an act's
        own noun, "a meeting" tells a meeting); False for a stem in more than NOUN_ONLY_MOST documents (a verb
        somewhere, surely) or stated in none (a curated keyword only)."""
        count = self.index.doc_freq(stem_)
        if not count or count > NOUN_ONLY_MOST:
            return False
        held = self.index.holding(stem_)  # every one, not a count's multiple of the most in one field
        texts: list[tuple[list[str], list[str]]] = []
        for doc_id in held:
            fact = self.brief.facts.get(doc_id)
            if fact is not None:
                said = [fact.statement, *(c.quote for c in fact.citations)]
            else:
                entity = self.brief.entities[doc_id]
                said = [entity.name, *entity.aliases, entity.description]
            texts += [possessives_worded(text) for text in said]
        return told_only_as_noun(texts, {stem_}, ing=False)

    def _doer_of_unknown_act(self, q: Question, unknown: list[str]) -> bool:
        """ "Who voted for the $5 million lease": a question asking who did an act to a thing through a preposition
        (VERB_PREPOSITIONS), its verb right after "who" and in a past form, a word the brief never uses (`unknown`):
        no fact tells that act, so none tells who did it (the lease's own fact would lead as if it did), whatever
        share of the other words the brief knows; so too an act done to a name in a role ("who replaced Lind as
        director"). Not a verb taking the thing as its object ("who landed the lease"), which may be another word
        for what its party did, that the thing's fact tells."""
        if q.kind != "who" or q.words[:1] != ["who"] or len(q.words) < 3 or q.words[1] not in unknown:
            return False
        # or done to someone the brief names, in a role ("who replaced Lind as director"): a succession, which a fact
        # tells in the act's own words or not at all (Lind's fact as director would lead as if it told it)
        named = self.subjects.named_positions(q)
        after = next((i for i in range(2, len(q.words)) if i not in named and q.words[i] not in DETERMINERS), None)
        in_role = 2 in named or (q.words[2] in DETERMINERS and 3 in named)
        in_role = in_role and after is not None and q.words[after] == "as"
        if q.words[2] not in VERB_PREPOSITIONS and not in_role:
            return False
        verb = q.words[1]
        return verb.endswith("ed") and self.english.verb(verb) not in (None, verb)

    def _unknown_doer(self, q: Question, unknown: list[str]) -> bool:
        """ "How many prosecutions did the bureau accept": the subject of a figure question's act, the word right
        after "did"/"does"/"do" and its determiner with the verb still to come, is a word the brief never uses
        (`unknown`): no article names that doer, so a figure of the act done by another (the agency's own statement)
        must not answer as theirs, however well the act's words match."""
        aux = next((i for i, t in enumerate(q.words) if t in AUXILIARIES_BASE), None)
        if aux is None:
            return False
        at = aux + 1 + (q.words[aux + 1 : aux + 2] != [] and q.words[aux + 1] in DETERMINERS)
        return at + 1 < len(q.words) and q.words[at] in unknown and not is_number(q.words[at])

    def unknown_name_asked(self, q: Question) -> str:
        """ "Does Lindco sell lamps to the port": the subject of a yes/no question, right after its opening auxiliary
        (and a determiner), is a word no article uses as typed or by its stem (not even closed up from two it uses:
        "lindco" is no "lind co") nor an English one (a name, then), not part of a name the brief knows (a misspelt
        one is fixed before: "gazete" is the Gazette's): the articles tell nothing of whoever it names, so a fact of
        another doing the act must not lead. The name as typed, with the words after it that are not everyday
        English (up to NAME_WORDS: "Lindco Marine"); "" when the subject is none such (blind set CG)."""
        if not q.words or q.words[0] not in AUXILIARIES:
            return ""
        at = 1 + (q.words[1:2] != [] and q.words[1] in DETERMINERS)
        if at + 1 >= len(q.words) or at in q.named_at:
            return ""
        word = q.words[at]
        if not word.isalpha() or known(self.index, word) or self.english.common(word) or word in STOPWORDS:
            return ""
        end = at + 1
        while end < min(len(q.words), at + NAME_WORDS) and end not in q.named_at:
            t = q.words[end]
            if not t.isalpha() or t in STOPWORDS or self.english.everyday(t):
                break
            end += 1
        return as_typed(q.text, q.words[at:end])

    def _thing_of_name_untold(self, q: Question, best: str) -> bool:
        """ "How does the guild ledger app work", "what is the Lind One app": a what-is or how question whose subject,
        right after its auxiliary (and a determiner), is a thing named by what it is of: a name the brief knows, then
        a noun English has as no verb (a word of the name the question reads as none may come between: "One"), the
        whole of what is asked of but a verb after it ("… work"; "how does the guild work" asks of an act). When the
        closest fact `best` never states that noun, nor any word the brief lists with it (`Retriever.kin`), it tells
        of the name, not of such a thing of it, and answers nothing asked (blind set CI: a fact of the agency's
        contracts for "how does the <agency> One app work")."""
        if q.kind not in ("what-is", "why-how") or q.words[0] not in ("what", "how") or len(q.words) < 4:
            return False  # ("who was the guild person": whoever it is, not a thing of the guild's)
        if q.words[1] not in AUXILIARIES:
            return False
        positions = self.subjects.named_positions(q)
        at = 2 + (q.words[2] in DETERMINERS)
        if at not in positions:
            return False
        while at in positions:
            at += 1
        if at < len(q.words) and q.words[at] not in q.leftover and q.words[at] not in STOPWORDS:
            at += 1  # "the Lind One app": a word of the name read as none
        if at >= len(q.words) or at in positions or q.words[at] not in q.leftover:
            return False
        if _may_be_verb(q.words[at]) or not _noun_if_known(q.words[at]):  # "how does the guild work": an act
            return False
        if len(q.words) > at + 2 or (len(q.words) == at + 2 and not _may_be_verb(q.words[-1])):
            return False  # the thing itself asked of ("what is …", "how does … work"), not something done with it
        asked = stem(q.words[at])
        told = self.retriever.stated_stems(best)
        return asked not in told and told.isdisjoint(self.retriever.kin.get(asked, ()))

    def _unknown_done_to(self, q: Question, unknown: list[str]) -> bool:
        """ "How many arrests came out of the 2017 raid targeting sailors": what a figure question's participle
        phrase restricts the thing counted to, the word right after an "-ing" verb (its determiner aside), is a word
        the brief never uses (`unknown`): no article tells of such a thing, so the figure of the thing told of
        otherwise (the raid on others) must not answer as its own, a premise kept (tester 78)."""
        for i, t in enumerate(q.words):
            if t not in unknown or is_number(t) or i < 1:
                continue
            at = i - 1 - (q.words[i - 1] in DETERMINERS and i > 1)
            verb = q.words[at]
            if verb.endswith("ing") and self.english.verb(verb) is not None:
                return True
        return False

    def _doer_unstated(self, q: Question, doc_id: str) -> bool:
        """ "How many people did the wardens arrest": the subject of a figure question's act, one word right after
        "did"/"does"/"do" and its determiner with the verb still to come, is a common noun the document never states,
        so its figure is of another party's act ("the guild had arrested hundreds"), as `subjects.about_others` tells
        of a name (checked by `_actor_absent`). Not a name, a number or a pronoun; not a noun of a part people play
        (`_people_absent`) nor one a glossary entry is classed by ("how much did the company earn": NOUN_KINDS), which
        may stand for a name the fact gives."""
        aux = next((i for i, t in enumerate(q.words) if t in AUXILIARIES_BASE), None)
        if aux is None:
            return False
        at = aux + 1 + (q.words[aux + 1 : aux + 2] != [] and q.words[aux + 1] in DETERMINERS)
        if at + 1 >= len(q.words) or at in q.named_at:
            return False
        # "how many signatures did the angry keepers' petition have": a word lemminflect knows as no noun
        # describes the doer after it (blind set BL), which is the word whose absence tells of another's act
        while at + 2 < len(q.words) and not _noun(q.words[at]) and _noun(q.words[at + 1]) and at + 1 not in q.named_at:
            at += 1
        doer = q.words[at]
        if doer in STOPWORDS or doer in PRONOUNS or is_number(doer) or doer in NOUN_KINDS or role_of(doer) is not None:
            return False
        return stem(doer) not in self.retriever.stated_stems(doc_id)

    def _part_of_named_document(self, q: Question, unknown: list[str]) -> bool:
        """Each word the brief never uses (`unknown`) names a part of a document the question names, as "N of the
        <document>" ("what was at the top of the Harbour letter"): that document is asked of, so the question is
        on the brief's topic; not a name modifying another thing ("the best Lantern movie": a movie is asked of)."""
        if not unknown:
            return False
        parts: set[str] = set()
        for a, _, e in self._name_spans(q.words):
            if self._kind_of(e) != "document":
                continue
            at = a - 1
            while at > 0 and q.words[at] in DETERMINERS:
                at -= 1
            if at > 0 and q.words[at] == "of":
                parts.add(q.words[at - 1])
        return all(t in parts for t in unknown)

    def _of_owners(self, q: Question, ranked: list[Hit], best: Hit, named: list[str]) -> Hit:
        """The first of the NEAR_CANDIDATES best candidates that is a fact about every one of `named` (the question's
        specific entities: `Subjects.about_others` is false of it), covering enough of the question
        (`min_coverage`), else `best`."""
        for h in ranked[:NEAR_CANDIDATES]:
            fact = self.brief.facts.get(h.id)
            if fact is None or h.id == best.id or h.coverage < self.min_coverage(h.id, q):
                continue
            owners = [e for e in named if not self._placed_otherwise(e, fact)]
            if not self.subjects.about_others(h.id, owners):
                return h
        return best

    def min_coverage(self, doc_id: str, q: Question) -> float:
        if q.kind == "comparison" and q.sides:
            return COMPARISON_COVERAGE  # each side is fetched on its own: one fact need not hold both
        return ANCHORED_COVERAGE if len(self.subjects.specific_entities(doc_id, q)) >= 2 else MIN_COVERAGE

    def _placed_otherwise(self, entity_id: str, fact: FactData) -> bool:
        """The entity is a place (a glossary entry of kind "place") and the fact lists another place: it tells where
        what it tells happened, somewhere else."""
        kind_of = self.retriever.entity_kind
        return kind_of(entity_id) == "place" and any(kind_of(e) == "place" and e != entity_id for e in fact.entities)

    def member_searched(self, q: Question) -> Question:
        """A "which" or "who is / was" question (COPULAS) opening with the name of an organization and a noun for a
        person right after it (`_members_asked`: "who was the guild person who spoke to the Gazette", "which guild
        person …") as searched and ranked: without that noun, which the name already says, as "who from the
        guild spoke to the Gazette" is (blind set BL: a fact holding the word "person" outranked the guild's words
        told to the Gazette, and the question was refused); `q` itself otherwise, when the noun is all it asks beside
        the name, and when the question names the brief's own subject (`Subjects.ubiquitous_entity`)."""
        w = q.words
        start = 1 if w[:1] == ["which"] else 2 if w[:1] == ["who"] and w[1:2] != [] and w[1] in COPULAS else 0
        start += start == 2 and w[2:3] in (["the"], ["a"])
        named = self.subjects.named_positions(q) if start else set()
        after = next((j for j in range(start, len(w)) if j not in named), len(w))
        # only the noun asked for, right after the name that opens the question: not a doer's ("which outlet did
        # the guild staff talk to", "who did the guild staff write to")
        members = {w[after]} & self._members_asked(q, said=False) if start < after < len(w) else set()
        if any(self.subjects.ubiquitous_entity(e) for e in q.entities):
            # the brief's own subject names no one apart: without the noun, the deed's words alone rank, and a fact
            # of anyone doing it led "who was the guild person who talked to the Courier" (whom no article names)
            members = set()
        leftover = [t for t in q.leftover if t not in members]
        if not members or not leftover:
            return q  # "who was the guild guy": the noun is all it asks beside the name (a fact of the person, not
            # the guild's entry, answers it)
        return replace(
            q,
            terms=[t for t in q.terms if t not in members],
            search=[t for t in q.search if t not in members],
            leftover=leftover,
        )

    def _members_asked(self, q: Question, *, said: bool = True) -> set[str]:
        """The nouns for a person (PERSON_NOUNS) right after the name of an organization the question names and
        right before a verb of speech ("what did the guild guy / woman / person say"), or with `said` False
        anywhere ("who was the guild guy"): they ask the words of (or who is) someone of that organization, which
        the name already says; no word of what is asked about. Empty otherwise."""
        named = self.subjects.named_positions(q)
        if not any(self.retriever.entity_kind(e) in ACTOR_KINDS - PERSON_KINDS for e in q.entities):
            return set()
        w = q.words
        return {
            w[i]
            for i in range(1, len(w))
            if w[i] in PERSON_NOUNS
            and i - 1 in named
            and i not in named
            and (not said or (w[i + 1 : i + 2] != [] and w[i + 1] in SPEECH_VERBS))
        }

    def decide(self, q: Question, ranked: list[Hit]) -> Decision:
        # (the verb as typed: a word may be read as the brief's own form of it, "write" as "wrote")
        if HOW_TO.match(" ".join(q.words)) or PRODUCE.match(_as_typed(q.text)):
            # "how do i reset my password": instructions, which no article gives; "write me a flyer": a new piece
            return Decision("off_topic")
        spoke_to_outlet = q.kind == "yes-no" and bool(q.sources) and asks_whether_spoke(q.words)
        if spoke_to_outlet and ranked and ranked[0].id not in self.brief.facts:
            # "did the guild respond to the Gazette": its entry tells what the guild is, no reply to anyone
            return Decision("no_match")
        quoting = None
        # not "what date was the 'choose a side' article published"; most questions quote nothing: no candidate read
        # and "did Lind say 'we've seen this before'": whoever said them, the fact with those words settles it
        quoted_yes_no = q.kind == "yes-no" and not SPEECH_VERBS.isdisjoint(q.words)
        # and "which article quotes someone saying you have the power to stop this": the article asked is the one
        # with those words, whichever fact the question's other words rank first
        quoting_asked = not q.outlet or bool(quoted_saying(q.text)[1])
        if (q.kind in QUOTING_KINDS or quoted_yes_no) and quoting_asked and (phrases := quoted_phrases(q.text)):
            quoting = next((h for h in ranked[:NEAR_CANDIDATES] if self.quotes(q, h.id)), None)
            if quoting is None:  # its other words ranked another fact first ("… at the Lamport office"): search them
                found = self.index.search(words(" ".join(phrases)), NEAR_CANDIDATES)
                quoting = next((Hit(i, score, 1.0) for i, score in found if self.quotes(q, i)), None)
        if quoting is not None:  # "who said 'we've seen this before'": the fact with those very words, whatever
            # its words' weight (everyday ones, or "seen" read as the brief's "saw")
            ranked = [Hit(quoting.id, quoting.score, 1.0), *(h for h in ranked if h.id != quoting.id)]
        if q.weekdays and not q.leftover and not q.entities and ranked:
            # "what happened on monday": a day named by its weekday alone, asked of no subject; the facts of such a
            # day answer (several Mondays: the best-ranked leads), never "outside what I cover"
            # (an event of that day before a thing of it: what happened is the gathering, then the flyer handed out
            # at it)
            days = [h for h in ranked[:NEAR_CANDIDATES] if self.retriever.of_weekday(h.id, q.weekdays)]
            day = next((h for h in days if self._fact_kind(h.id) == "event"), days[0] if days else None)
            if day is not None:
                return Decision("answered", Hit(day.id, day.score, 1.0))
        known = self.retriever.known_share(q)
        # "does the Gazette article mention the vigil": what a named article does with it, in words the brief
        # never uses, is no subject
        asked = [t for t in q.leftover if not q.sources or t not in MENTIONING or self._knows(t)]
        unknown = [t for t in asked if not self._knows(t)]
        if asks_length(q.text):  # "how long did the messages stay up": "stay" asks for a length
            unknown = [t for t in unknown if t not in DURATION_WORDS]
        if q.kind == "yes-no":  # "did they confront her in 2016": a year no fact gives is put to the test, as a
            unknown = [t for t in unknown if t not in q.years]  # figure is (the fact dated otherwise answers, no "Yes")
        if q.kind in FIGURE_KINDS and (asking := asking_words(q)):  # "how much were the two contracts combined"
            unknown = [t for t in unknown if t not in asking]
            known = max(known, self.retriever.known_share(replace(q, terms=[t for t in q.terms if t not in asking])))
        if q.kind == "who":  # "who are the two girls in the photo": whom it asks for, as "who are the people" does
            unknown = [t for t in unknown if t not in PERSON_NOUNS]
        if q.kind == "quote":  # "what did the guild guy say": someone of the organization named, whose words asked
            members = self._members_asked(q)
            unknown = [t for t in unknown if t not in members]
            if members:
                terms = [t for t in q.terms if t not in members]
                known = max(known, self.retriever.known_share(replace(q, terms=terms)))
        if q.words[:1] == ["who"]:  # "who was the guild guy": someone of the organization named is asked for
            members = self._members_asked(q, said=False)
            unknown = [t for t in unknown if t not in members]
            if members:
                terms = [t for t in q.terms if t not in members]
                known = max(known, self.retriever.known_share(replace(q, terms=terms)))
        # "who yelled 'we've seen this before'": the words quoted pin the fact, and the verb saying how they were said
        # ("yelled", "hollered") is no subject the brief must use (blind set BL)
        if quoting is not None and (saying := _verbs_before_quotes(q)):
            unknown = [t for t in unknown if t not in saying]
            known = max(known, self.retriever.known_share(replace(q, terms=[t for t in q.terms if t not in saying])))
        if q.kind == "why-how":  # "why does Lind think dropping it is bad": a reason asked, in any words of judging
            unknown = [t for t in unknown if t not in OPINION_WORDS]
        # a number the brief never gives is asked about something it does not tell, unless a yes/no question puts it
        # to the test ("did over 100 sign": the fact giving the real figure answers, never with a "Yes")
        # (a year stays one: "did they renew it in 2022" asks of a time no article tells)
        figures = [t for t in unknown if (is_number(t) and t not in q.years) or t in SCALES]  # "$1 billion"
        # "was the contract worth $50 million": a verdict asked on a sum, whatever kind its words make it
        verdict_on_sum = q.kind in ("yes-no", "amount") and q.words[:1] != [] and q.words[0] in AUXILIARIES
        if (q.kind == "yes-no" or verdict_on_sum) and figures:
            # and "is it true / correct that …" puts it to the test as well: the words of asking, not what is asked
            figures += [t for t in unknown if t in TAGS and t in q.words[:3]]
            unknown = [t for t in unknown if t not in figures]
            known = self.retriever.known_share(replace(q, terms=[t for t in q.terms if t not in figures]))
        # a verb the brief never uses says what is asked of a thing it names ("what was the guild hired to do to
        # Lantern"), not that the thing is another one by that name, as a noun may ("the best Lantern movie")
        weighed = unknown
        if any(not self.subjects.ubiquitous_entity(e) for e in q.entities):
            # and so does a word in a verb's place ("how much did the Admiralty sink into the guild": after "did"
            # and the name, before what it is done to), though English has it as a noun too; only in a question
            # of a figure or date (SLOT_KINDS): a yes/no question's verdict is on that very act ("did the guild ever
            # sue Lind")
            positions = self.subjects.named_positions(q)
            slot_word = self._slot_act(q, positions)
            weighed = [t for t in unknown if self.english.verb(t) is None and t != slot_word]
            # nor is the share of the question's words it takes one the brief lacks, when it frames what the name
            # was to do ("what was the guild hired to do w Lantern": right after the name, before "to" and the act
            # asked), with another name it was to be done with ("what was Lind indicted for", "what did the guild
            # sue Lind for": acts the brief may never tell of, after which the names' facts would lead)
            exempt = set(unknown) - set(weighed)
            acts = {
                q.words[i]
                for i in range(1, len(q.words) - 1)
                if q.words[i] in exempt and i - 1 in positions and q.words[i + 1] == "to"
            }
            if acts and len(set(q.entities)) > 1:
                known = max(known, self.retriever.known_share(replace(q, terms=[t for t in q.terms if t not in acts])))
        if q.kind in FIGURE_KINDS:  # "how much did the Admiralty's scouting arm sink into …": who gave it, described
            described = self._described_party(q)  # in other words (`only_tagged`), is not what is asked of
            weighed = [t for t in weighed if t not in described]
        foreign = any(is_number(t) for t in unknown) or len(weighed) * 2 >= max(len(asked), 1)
        # "which senators wrote to the guild", "which members of parliament …": the kind of thing asked for is one
        # no article names, so no fact is an answer of it, however many of the other words one shares
        foreign = foreign or not set(_asked_class(q.words)).isdisjoint(unknown)
        # a name typed in capitals the brief never uses ("is it used by the IRS too"): what is asked about is unknown,
        # however many known words surround it (not in a question typed all in capitals)
        foreign = foreign or not q.capitals.isdisjoint(unknown)
        if foreign and ranked and self._pinned(ranked[0], q):
            foreign = False  # "who's the pastor who brought up Lindco and the Admiralty": the names pin the fact down
        if q.sources and not foreign:
            known = 1.0  # "the full quote at the top of the Gazette story": one of the brief's own articles is asked of
        if known < MIN_KNOWN or not ranked or (unknown and foreign):
            # a question naming a person or organization of the brief is on its topic, whatever else it asks
            # ("where did Harbourwatch stage a sit-in", "how old is Ada Lind"): no answer, and what is known of them
            # offered; a place, a work or a program named is no topic ("the weather in Eastport", "the best Lantern
            # movie", "how fast can a real kestrel dive")
            outcome: Outcome = (
                "no_match"
                if self._on_topic(q)
                or (q.entities and known >= 0.34 and not unknown)
                or self._part_of_named_document(q, unknown)
                or self._act_unknown_to_known(q, unknown, known)
                or self._number_untold_of_known(q, asked, unknown)
                else "off_topic"
            )
            return Decision(outcome)
        noun_only = self._acts_known_only_as_nouns(q, [t for t in asked if t not in unknown])
        if noun_only and ranked and not {stem(t) for t in noun_only} & self.retriever.stated_stems(ranked[0].id):
            # "was the keeper fired": the brief tells no firing, only "came under fire", and the closest fact does not
            # even have the word (one that does is led as the other sense it tells: Composer's ACT_UNSTATED); a date
            # of it is said untold, as of any act no fact tells ("when was the keeper fired")
            return Decision("no_match", undated="verb_untold" if q.kind == "date" else None)
        if self._doer_of_unknown_act(q, unknown):
            return Decision("no_match")  # "who voted for the $5 million lease": no article tells that act, nor who
        if q.kind in FIGURE_KINDS and self._unknown_doer(q, unknown):
            return Decision("no_match")  # "how many prosecutions did the bureau accept": no article names it
        if q.kind in FIGURE_KINDS and self._unknown_done_to(q, unknown):
            return Decision("no_match")  # "how many arrests came of the raid targeting sailors": no article tells it
        if q.kind == "yes-no" and (name := self.unknown_name_asked(q)):
            return Decision("no_match", unknown_name=name)  # "does Lindco sell lamps to the port": never named
        if ranked and self._thing_of_name_untold(q, ranked[0].id):
            return Decision("no_match")  # "how does the guild ledger app work": no article tells of the guild's app
        if (
            not self.anchors(q)
            and not (q.sources and not unknown)  # "what did the Gazette's source say": one of its own articles
            and not self._about_subject(q)
            and not self.quotes(q, ranked[0].id)
            and not self.states_all(q, ranked)
            and not self._echoes(q, ranked[0].id)
            and not self._noun_told_plainly(q, ranked)
        ):
            return Decision("no_match" if self._on_topic(q) else "off_topic")
        if q.kind == "yes-no" and (untold := self._untold_figure(q)):
            return Decision("no_match", untold_figure=untold)  # "was the petition 200,000": no article gives it
        named_sums = scaled_figures(q.words)
        if named_sums:  # "when does the $12 million contract expire": never a fact of another sum; a yes/no
            # question may be answered by the real sum ("was it worth $50 million"), never by a number of no sum
            # ("6,200 people" for "did they sign a $70 million contract")
            verdict = q.kind in ("yes-no", "comparison")
            sums_told = self._sums_told(named_sums)
            # "did the guild get more than $5 million": a fact of the guild giving more than $8 million tells it,
            # though no article gives $5 million (its lead says so: compose's SUM_NOT_GIVEN_LEAD)
            exceeding = [] if sums_told or q.kind != "yes-no" else self._exceeding(q, ranked)
            if exceeding:
                ranked = exceeding
            elif not sums_told:
                if q.kind == "yes-no" or verdict_on_sum:  # "was it $50 million": never led by another sum unjudged
                    number, scale = sorted(named_sums)[0]
                    return Decision("no_match", untold_sum=f"${number} {scale}")
                if not verdict:
                    return Decision("no_match")  # "when does the $3 million contract expire": no article gives it
            else:
                of_sums = self.of_named_sums(q, ranked)
                if (told := self._sum_of_another_date(q, ranked, of_sums, named_sums)) is not None:
                    return Decision("answered", told)
                ranked = of_sums
            if not ranked:
                return Decision("no_match")
            if (q.kind == "yes-no" or verdict_on_sum) and (unlinked := self._sum_unlinked(q, ranked, named_sums)):
                return Decision("no_match", unlinked=unlinked)  # "was the $5 million lease for Lantern": never tied
            if (q.kind == "yes-no" or verdict_on_sum) and (total_only := self._sum_only_total(q, ranked, named_sums)):
                return Decision("no_match", total_only=total_only)  # "is the lease worth $5 million": a total
        added_side = next((side for side in q.sides if len(scaled_figures(side)) > 1), None)
        if q.kind == "comparison" and added_side is not None and asks_adding(q):
            # "is the $60m more than the $12m and $21m together": a side that is two named sums added is a total no
            # article gives, as below; each where a fact states it, never one of them compared as the whole side
            # (fresh tester 78: "over $60 million vs $12 million", the $21 million dropped)
            parts = self._sums_named(replace(q, words=added_side), ranked) or ()
            return Decision("no_match", untold_total=True, parts=parts)
        if len(named_sums) > 1 and q.kind not in ("yes-no", "comparison") and asks_adding(q):
            # "add the $5 million and the $7 million", "5m + 7m": no article adds up sums it gives apart (the
            # same money may be in both); each named sum where a fact states it, whatever else the question asks
            asked_sums = self._sums_named(q, ranked)
            if asked_sums is not None:
                return Decision("no_match", untold_total=True, parts=asked_sums)
        speaking = self._speaking(q)
        best = self._covering(q, ranked, speaking)
        if (
            best.coverage < self.min_coverage(best.id, q)
            and not (best.id in q.entities and q.about_entity)
            and self._spoken_coverage(best, speaking) < self.min_coverage(best.id, q)
            and self._linked_coverage(best, q) < self.min_coverage(best.id, q)
            and self._headlined_coverage(best, q, ranked) < self.min_coverage(best.id, q)
        ):
            return Decision("no_match")
        best = self._of_place(q, ranked, best)
        best = self._of_month(q, ranked, best)
        best = self._begun_in_year(q, ranked, best)
        best = self._placed(q, ranked, best)
        best = self._place_entry(q, best)
        best = self._followed(q, ranked, best)
        best = self._beyond_scene(q, ranked, best)
        best = self._running(q, ranked, best)
        best = self._end_ahead(q, ranked, best)
        best = self._to_someone(q, ranked, best)
        best = self._doer(q, ranked, best)
        best = self._done_not_describing(q, ranked, best)
        best = self._caused(q, ranked, best)
        best = self._invoked(q, ranked, best)
        best = self._told_not_said(q, ranked, best)
        best = self._doers_named(q, ranked, best)
        best = self._own_account(q, ranked, best)
        if not PROPORTION.isdisjoint(q.words) and q.kind != "yes-no" and not self._states_proportion(best.id):
            return Decision("no_match")  # "what percent of its revenue comes from the guild": a total is no share
        named = [e for e in q.entities if not self.subjects.ubiquitous_entity(e)]
        fact = self.brief.facts.get(best.id)
        # "was the petition delivered in Eastport" of a fact telling it delivered at another place: that fact tells
        # where it was, which the answer's lead says is not the place asked (Composer: OTHER_OCCASION_LEAD)
        owners = [e for e in named if not (q.kind == "yes-no" and fact is not None and self._placed_otherwise(e, fact))]
        if q.kind == "yes-no" and q.years and fact is not None and self.subjects.about_others(best.id, owners):
            # "was the Lantern lease signed in 2015": the year, put to the test, ranked first a fact of that year
            # about another lease; one of the near candidates about what is named tells of it (its lead says the
            # year it gives)
            best = self._of_owners(q, ranked, best, named)
            fact = self.brief.facts.get(best.id)
            owners = [e for e in named if not (fact is not None and self._placed_otherwise(e, fact))]
        if q.kind in (ASKS_ATTRIBUTE | {"yes-no"}) and fact is not None and self.subjects.about_others(best.id, owners):
            return Decision("no_match")  # "who founded Harbourwatch": a fact about someone else's founder
        if q.kind == "yes-no" and fact is None and named and best.id not in q.entities:
            return Decision("no_match")  # "did the Courier cancel its lease": the Gazette's entry tells nothing of it
        if (
            q.kind == "yes-no"
            and fact is None
            and q.sources
            and best.id not in q.entities
            and not set(self.retriever.cited_by(best.id)) <= q.sources
        ):
            # "did the Gazette report the town hall": an entry written from the Gazette and another article does not
            # say which of them told what, and would read as "yes"; only the asked article's own facts answer
            return Decision("no_match")
        if fact is None and q.sources and not set(self.retriever.cited_by(best.id)) <= q.sources:
            # "how does the Gazette describe the guild": the asked article's own fact naming the entry answers when
            # as close as the entry ("what did the Gazette say about the guild" keeps the entry); "what did the
            # Gazette report about the town hall", of an entry the question does not name: the same as a yes/no
            # question, the article's own close fact or none (another article's account is no report of its)
            # "what did the Courier say about the guild" of the guild's entry written from the Gazette alone: the
            # entry is none of the asked article's words, so only its own close fact answers, as for an entry the
            # question does not name (review 22 M2)
            unattributed = set(self.retriever.cited_by(best.id)).isdisjoint(q.sources)
            own = self._own_fact(q, ranked, best, unattributed=unattributed)
            if own is None and (unattributed or (best.id not in q.entities and self.report_asked(q))):
                return Decision("no_match")
            best, fact = (own, self.brief.facts.get(own.id)) if own is not None else (best, fact)
        # whom it is about: not the place it happened at, nor a name said only in the scene ("after the letter to X")
        actors = [e for e in named if self.brief.entities[e].kind in ACTOR_KINDS and e not in q.scene_entities]
        if q.kind in ACTED_KINDS | {"date"} and fact is not None and self.subjects.about_others(best.id, actors):
            # "how many signed the Gazette's petition": another petition's count; "why did the Courier cancel its
            # lease": another company's cancelling; "when was Lind's op-ed": another person's op-ed; as close a fact
            # of theirs giving what is asked answers ("a letter to the Gazette's head signed by 300"), else none does
            def theirs(doc_id: str) -> bool:
                return not self.subjects.about_others(doc_id, actors) and self.figures.fits_kind(doc_id, q)

            near = self._near_fact(ranked, theirs)
            if near is None:
                return Decision("no_match", undated="other_subject" if q.kind == "date" else None)
            best, fact = near, self.brief.facts.get(near.id)
        if q.kind == "yes-no" and fact is not None and self.absent_party(q, best.id, ACTOR_KINDS, own_subject=True):
            # "did the guild stop working with the harbour after the protests": another company keeping its lease
            # edged out the guild's own renewal on the scene's words; a verdict from it would be the other's (and
            # Untold.party refuses it), so a fact as close of the party asked answers in its stead (fresh tester 93)
            def of_party(doc_id: str) -> bool:
                return self.absent_party(q, doc_id, ACTOR_KINDS, own_subject=True) is None

            near = self._near_fact(ranked, of_party)
            if near is not None and near.score >= PARTY_NEAR_SHARE * best.score:
                best, fact = near, self.brief.facts.get(near.id)
        if q.kind == "date" and fact is not None and self._parties_apart(q, best.id):
            # "when did the guild sign the lease with the Harbour": a fact naming only the Harbour (another's lease
            # with it) dates no act joining them, the brief's own subject included (fresh tester 85: another
            # company's donation dated a contract the articles never give); as close a fact naming both answers
            def joined(doc_id: str) -> bool:
                return not self._parties_apart(q, doc_id) and self.figures.fits_kind(doc_id, q)

            near = self._near_fact(ranked, joined)
            if near is None:
                return Decision("no_match", undated="other_subject")
            best, fact = near, self.brief.facts.get(near.id)
        if q.kind == "topic" and fact is not None and self.subjects.about_others(best.id, actors):
            # "Harbourwatch founder", "founder of Harbourwatch": what is told of them, never another party's founder
            # ("Lind co-founded the guild" names no Harbourwatch); as close a fact of theirs answers, else none does
            # (fresh tester 82, as for "who founded Harbourwatch" below)
            near = self._near_fact(ranked, lambda doc_id: not self.subjects.about_others(doc_id, actors))
            if near is None:
                return Decision("no_match")
            best, fact = near, self.brief.facts.get(near.id)
        if q.kind in ACTED_KINDS and fact is not None and self._actor_absent(q, best.id):
            return Decision("no_match")  # "how much did the guild donate": "a $75,000 donation from the Courier"
        if q.kind in FIGURE_KINDS and fact is not None and self._doer_unstated(q, best.id):
            # "how many people did the wardens arrest": "the guild had arrested hundreds"; as close a fact stating
            # them giving what is asked answers, else none does
            def stated(doc_id: str) -> bool:
                return not self._doer_unstated(q, doc_id) and self.figures.fits_kind(doc_id, q)

            near = self._near_fact(ranked, stated)
            if near is None:
                return Decision("no_match")
            best, fact = near, self.brief.facts.get(near.id)
        if q.kind in FIGURE_KINDS and fact is not None and self._people_absent(q, fact.statement):
            # "how much did the keepers want to donate": "a donation from the Courier"; as close a fact naming them
            # giving what is asked answers ("how many signatures did the keeper petition have": "a petition signed
            # by 60 keepers"), else none does
            def named_party(doc_id: str) -> bool:
                told = self.brief.facts[doc_id].statement
                return not self._people_absent(q, told) and self.figures.fits_kind(doc_id, q)

            near = self._near_fact(ranked, named_party)
            if near is None:
                return Decision("no_match")
            best, fact = near, self.brief.facts.get(near.id)
        if q.kind in FIGURE_KINDS and fact is not None and self._for_another_party(q, best.id):
            # "how many signed the letter to the guild": a letter to the Courier's head; as close a fact of the
            # guild answers ("a letter to the guild's head signed by 200"), else none does
            near = self._near_fact(ranked, lambda doc_id: not self._for_another_party(q, doc_id))
            if near is None:
                return Decision("no_match")
            best, fact = near, self.brief.facts.get(near.id)
        if (
            q.kind == "count"
            and q.counted_owner
            and fact is not None
            and self.subjects.about_others(best.id, [q.counted_owner])
        ):
            return Decision("no_match")  # "how many Courier employees signed the letter": another staff's count
        others = q.staff_owner and fact is not None and self.subjects.about_others(best.id, [q.staff_owner])
        if q.kind == "date" and others:
            return Decision("no_match", undated="other_subject")  # "when did 300 Courier employees sign": others did
        if q.kind == "count" and q.counted in PERSON_NOUNS and fact is not None and self.told.act_unstated(q, best.id):
            return Decision("no_match")  # "how many sailors got arrested at the vigil": "dozens of sailors gathered"
        if q.kind == "yes-no" and fact is not None and _done_to_anyone(q) and self.told.act_unstated(q, best.id):
            # "did anyone get arrested at the office after police were called": the closest fact, of that occasion,
            # tells no arrest, nor that there was none; a fact further down stating the act tells it of another
            # occasion (an agency's arrests, not the protesters'), no verdict on this one either
            return Decision("no_match")
        if q.kind == "count" and fact is not None and self.figures.counts_done_to(q, fact.statement):
            return Decision("no_match")  # "how many people signed the leaflet": "had arrested hundreds of people"
        if q.kind == "count" and fact is not None and self._presence_uncounted(q, fact.statement):
            return Decision("no_match")  # "how many people were at the vigil": "several people refused a flier"
        if q.kind == "count" and q.counted in PERSON_NOUNS and self.told.count_not_of_act(q, best.id):
            # "how many were separated": "thousands pressed … over separations"; as close a fact counting the act
            # answers ("how many were prosecuted": "7 prosecutions", below "hundreds of arrests … prosecutions")
            counting = self._near_fact(
                ranked,
                lambda doc_id: not self.told.count_not_of_act(q, doc_id) and self.figures.fits_kind(doc_id, q),
            )
            if counting is None:
                return Decision("no_match")
            best, fact = counting, self.brief.facts.get(counting.id)
        if (
            q.kind in ("amount", "count")
            and fact is not None
            and q.on_date
            and not _date_relative(q)
            and not self._on_day(fact, q.on_date)
        ):
            # "how many were arrested at the sept 13 vigil": a count of another day; for a sum, as close a fact of
            # that day giving one answers ("how much was the Lantern lease in 2015": the 2015 renewal's sum, below the
            # fact of what the lease paid for; the checks below keep it the asked thing's), else none does (a count
            # of that day may count other people: "how many did the agency deport in 2018" is no protest's crowd)
            def of_day(doc_id: str) -> bool:
                return self._on_day(self.brief.facts[doc_id], q.on_date) and self.figures.fits_kind(doc_id, q)

            near = self._near_fact(ranked, of_day) if q.kind == "amount" else None
            if near is None:
                return Decision("no_match")
            best, fact = near, self.brief.facts.get(near.id)
        if fact is None and (reason := self._reason_of_entry_acted_on(q, ranked, best)) is not None:
            best, fact = reason, self.brief.facts.get(reason.id)
        presumed = q.kind == "yes-no" or (q.kind == "why-how" and "why" in q.words)
        if q.kind == "why-how" and fact is not None and self.told.why_act_untold(q, best.id):
            return Decision("no_match")  # "why did the guild fire its keepers": no fact tells they were fired
        if q.kind == "why-how" and fact is not None and self.told.why_passive_untold(q, best.id):
            return Decision("no_match", untold_premise=True)  # "why were the keepers arrested at the office"
        if q.kind == "why-how" and fact is not None and self.told.why_undergone_alone(q, best.id):
            return Decision("no_match", untold_premise=True)  # "why did the port end its lease": it "expired"
        if q.kind == "why-how" and fact is not None and self.told.why_done_to_others(q, best.id, PERSON_NOUNS):
            return Decision("no_match", untold_premise=True)  # "why were the keepers arrested": others were
        if fact is not None and self.told.becoming_untold(q, best.id):
            return Decision("no_match")  # "did the guild go public": "public campaigns" tell of no going public
        if fact is not None and self.told.premise_act_untold(q, best.id):
            return Decision("no_match")  # "since the guild cancelled the lease, who took over": it never did
        if self._deed_of_named_asked(q) and self.told.act_unstated(q, best.id):
            # "what did Ada Lind earn": her pay, which an entry or a fact telling something else of her is not; as
            # close a fact stating the act answers, else none does
            near = self._near_fact(ranked, lambda doc_id: not self.told.act_unstated(q, doc_id))
            if near is None:
                return Decision("no_match")
            best, fact = near, self.brief.facts.get(near.id)
        placed = self._place_of_named_asked(q)
        if fact is not None and placed and not self._tells_of_named(q, placed, best.id):
            # "where did Ada Lind go to school": where she did what no fact tells of her; a fact telling something
            # else of her places nothing asked, as close a fact telling it of her answers, else none does
            near = self._near_fact(ranked, lambda doc_id: self._tells_of_named(q, placed, doc_id))
            if near is None:
                return Decision("no_match")
            best, fact = near, self.brief.facts.get(near.id)
        if fact is not None and (echo := self.told.echo_act(q)) and not self.told.states_act(echo, best.id):
            # "the protesters compared the guild to what": what the act relates, which a fact telling something else
            # of them (the protest they held) does not give; an about as close fact telling the act answers
            near = next(
                (
                    h
                    for h in ranked[1:NEAR_CANDIDATES]
                    if h.id in self.brief.facts
                    and h.coverage >= ECHO_COVERAGE * best.coverage
                    and self.told.states_act(echo, h.id)
                ),
                None,
            )
            if near is not None:
                best, fact = near, self.brief.facts.get(near.id)
        if q.kind == "yes-no" and fact is not None and self.told.act_unstated(q, best.id):
            # "did the guild call the wardens on the keepers in Eastport": the Eastport vigil's fact tells no call;
            # as close a fact stating the act at another place says where it was told (Composer._placed_elsewhere)
            # (fresh tester 86; a fact stating the act in other words, "refused to cancel" for "end", stays)
            def told_elsewhere(doc_id: str) -> bool:
                placed = placed_elsewhere(q, self.brief.facts[doc_id], self.brief, self._name_spans, self._kind_of)
                return placed and not self.told.act_unstated(q, doc_id)

            near = self._near_fact(ranked, told_elsewhere)
            if near is not None:
                best, fact = near, self.brief.facts.get(near.id)
        if q.kind == "yes-no" and self.told.concession_untold(q, ranked):
            return Decision("no_match")  # "did the guild renew even though the Admiralty cancelled it": never told
        totalled = not TOTAL_WORDS.isdisjoint(q.words) or sum_of_all(q)
        if q.kind == "amount" and totalled and not self._states_total(best.id):
            # "the total value of its contracts", "the sum of all its contracts": as close a fact giving a total,
            # not one contract's sum
            def totalling(doc_id: str) -> bool:
                return self._states_total(doc_id) and self.figures.fits_kind(doc_id, q)

            best = self._close(ranked[1:AMOUNT_CANDIDATES], best, AMOUNT_NEAR, totalling) or best
        summed = q.kind in ("amount", "count") or (q.kind in ("what-is", "topic") and "plus" in q.words)
        if summed and total_of_parts(q) and not self._states_total(best.id):
            # "how many in total signed the letter and the petition": one part's figure is no total, and parts told
            # apart are not to be summed (the same people may be in both); sums of money a fact gives apart are shown
            # beside it ("the two leases": "$9 million and $12 million"), as a difference asked shows both figures
            def with_parts(doc_id: str) -> bool:
                fact = self.brief.facts.get(doc_id)
                return q.kind == "amount" and fact is not None and len(set(AMOUNT.findall(fact.statement))) > 1

            # "$21m plus $12m": the sums the question names, each where a fact states it (one fact's other sums are
            # not what was asked); "the sum of the leases": the best fact may give one lease's sum, as close a fact
            # giving several shows them; else as close facts each giving one ("add up all the leases")
            asked_sums = self._sums_named(q, ranked)
            if asked_sums is not None:  # (sums of money whatever the kind: "what's $5 million plus $7 million")
                return Decision("no_match", untold_total=True, parts=asked_sums)
            if q.kind != "amount":
                return Decision("no_match", untold_total=True)
            if each := self._sums_of_parts(q):  # "the Kestrel contract and the Lantern renewal": each one's sum
                return Decision("no_match", untold_total=True, parts=each)
            candidates = ranked[1:AMOUNT_CANDIDATES]
            several = best if with_parts(best.id) else self._close(candidates, best, AMOUNT_NEAR, with_parts)
            if several is not None:
                given = dict.fromkeys(AMOUNT.findall(self.brief.facts[several.id].statement))
                # "the combined value of the guild's two leases" of one fact giving two sums, one each: that fact,
                # with the sums it gives apart, answers as far as the articles tell it (blind set CG)
                whole = several.id if parts_counted(q) == len(given) else ""
                parts = tuple((f, several.id) for f in given)
                return Decision("no_match", untold_total=True, parts=parts, parts_of=whole)
            apart = self._sums_near(q, ranked, best)
            return Decision("no_match", untold_total=True, parts=apart, some_parts=bool(apart))
        if (
            q.kind == "count"
            and totalled
            and not self._states_total(best.id)
            and len(counts := self._counts_near(q, ranked, best)) > 1
        ):
            # "how many keepers signed altogether": one fact's count is no total when as close a fact counts more
            # of them (a letter's signers and a petition's), nor is their sum one any article gives
            return Decision("no_match", untold_total=True, parts=counts)
        if q.kind in ("amount", "count") and not AVERAGE_WORDS.isdisjoint(q.words) and not self._states_average(best):
            # "the average value of the leases": one lease's sum is no average, nor is working one out from the
            # sums given apart a figure any article gives
            return Decision("no_match", untold_average=True)
        if q.kind in ("amount", "yes-no") and self.told.paid_the_other_way(q, best.id, PAYMENT_WORDS):
            # "how much did the guild pay the port" / "did the guild pay the port $5 million": the port paid
            return Decision("no_match", other_way=best.id)
        if q.kind == "amount" and self.told.paid_to_the_payer(q, best.id, PAYMENT_WORDS):
            return Decision("no_match")  # "… the guild was given $4 million": by someone, not by the guild
        other = self.figures.counts_other(q, fact.statement) if fact is not None else None
        if q.kind in ("yes-no", "date") and other:
            # "did 90,000 employees sign", "when did 90,000 employees sign": 90,000 signatures
            return Decision("no_match", counts_other=other)
        if presumed and fact is not None and self.told.only_demanded(q, best.id):
            # "did the guild end up dropping the keeper", "why did the guild agree to drop the keeper": "urged the
            # guild to stop …" tells of no act done ("how did the guild react" asks what was done, a request too);
            # as close a fact telling the act done answers instead ("why are the groups comparing the lease to a
            # theft": not the vigil where they urged it dropped, but the fact telling they compared it)
            near = self._near_fact(ranked, lambda doc_id: self.told.act_done(q, doc_id))
            if near is None:
                return Decision("no_match")
            best, fact = near, self.brief.facts.get(near.id)
        if q.kind == "yes-no" and self.told.done_to_others(q, best.id):
            # "were the keepers arrested" against "helped the port arrest 40 sailors": a close fact telling it of them
            # (one still of what the question names that the best is of: "was the New York petition signed by guild
            # staff" is never answered by another petition the staff signed; fresh tester 93)
            held = {e for e in q.entities if e in fact.entities} if fact is not None else set()
            undergone = next(
                (
                    h
                    for h in ranked[1:NEAR_CANDIDATES]
                    if self._answers_done_to(q, h) and held <= set(self.brief.facts[h.id].entities)
                ),
                None,
            )
            if undergone is None:
                return Decision("no_match")
            best, fact = undergone, self.brief.facts.get(undergone.id)
        if q.kind == "who" and self.told.done_to_other_than_named(q, best.id):
            # "who was running the harbour" against "the harbour paid Ada Lind for running its archive": as close a
            # fact telling the act done to the harbour answers, else none does
            undergone = self._near_covering(q, ranked, lambda doc_id: not self.told.done_to_other_than_named(q, doc_id))
            if undergone is None:
                return Decision("no_match")
            best, fact = undergone, self.brief.facts.get(undergone.id)
        if q.kind == "yes-no" and fact is not None and self._names_only(q, best.id):
            # "did the guild work with the mayor's campaign": a fact only naming the two tells nothing of it; as
            # close a candidate telling the act does (whoever it tells it of: Untold.actor says whom it does not)
            telling = self._near_fact(ranked, lambda doc_id: not self._names_only(q, doc_id))
            if telling is None:
                return Decision("no_match")
            best, fact = telling, self.brief.facts.get(telling.id)
        # (a place the best fact tells it at another of is no other party's: `_placed_otherwise`)
        parties = [e for e in q.entities if not (fact is not None and self._placed_otherwise(e, fact))]
        if q.kind == "yes-no" and fact is not None and self.subjects.about_others(best.id, parties):
            # "did the guild cancel its lease" is not settled by another guild keeping its own, however close
            about = next(
                (
                    h
                    for h in ranked
                    if h.coverage >= MIN_COVERAGE
                    and h.id in self.brief.facts
                    and not self.subjects.about_others(h.id, q.entities)
                ),
                None,
            )
            if about is None:
                return Decision("no_match")
            best = about
        # the places a question names set its scene ("… at the Eastport office"), which a fact may leave unnamed
        unplaced = [e for e in named if self._kind_of(e) != "place" and e not in q.scene_entities]
        if q.kind == "yes-no" and fact is not None and self._misses_one(best.id, unplaced):
            # "did the guild build Lantern for the port": a fact of the guild and the port, silent on Lantern, would
            # lead as if it settled it; as close a fact involving every one named does, else nothing does
            together = self._near_fact(ranked, lambda doc_id: not self._misses_one(doc_id, unplaced))
            if together is None:
                return Decision("no_match")
            best, fact = together, self.brief.facts.get(together.id)
        acts_asked = self._done_to_asked(q) if q.kind == "amount" else []
        if acts_asked and not self._tells_acts_then(q, best.id, acts_asked):
            # "how much was the lease the guild renewed in 2019": the sum of the lease renewed, told only by a fact
            # telling the renewal (another lease's sum of that year may be another lease)
            acting = [h for h in ranked[:AMOUNT_CANDIDATES] if self._tells_acts_then(q, h.id, acts_asked)]
            if not acting:
                return Decision("no_match")
            best = acting[0]
            fact = self.brief.facts.get(best.id)
        if q.kind == "amount" and fact is not None and self._other_of_kind(q, best.id, unplaced):
            # "how much was the Lantern contract signed in 2014": another thing's contract of 2014 (its words and
            # year cover the question best) is no sum of Lantern's; as close a fact of Lantern stands in (its sum, or
            # none, below), else nothing answers
            own = next(
                (
                    h
                    for h in ranked[:NEAR_CANDIDATES]
                    if h.id != best.id
                    and h.coverage >= MIN_COVERAGE
                    and h.id in self.brief.facts
                    and not self._other_of_kind(q, h.id, unplaced)
                ),
                None,
            )
            if own is None:
                return Decision("no_match")
            best, fact = own, self.brief.facts.get(own.id)
        if q.kind == "amount" and fact is not None and self._tells_done(best.id, negated_acts(q.words)):
            return Decision("no_match")  # "the contract that wasn't renewed": a fact of a renewal is of one renewed
        if not self.figures.fits_kind(best.id, q):
            if q.kind == "amount":  # "how much is the 2019 contract": the renewal states no sum, the next one does
                # (or one the brief relates to the best, covering the question well enough: "the contract the
                # protesters wanted dropped" is best covered by the protest, whose linked contract fact gives the sum)
                related = self.linked(best.id)
                # (a linked fact is weighed by its link, not its score: the question's words describe the best; a
                # relative clause naming the thing by others' acts is the best's to tell, and the link may reach
                # past the few closest: "the lease the guild was trying to kill before it starts")
                outside = self._outside_clause(q)
                fitting = [
                    h
                    for i, h in enumerate(ranked[1:], 1)
                    if (
                        (i < AMOUNT_CANDIDATES and h.coverage >= best.coverage and h.score >= AMOUNT_NEAR * best.score)
                        or (
                            h.id in related
                            and (i < AMOUNT_CANDIDATES or outside is not None)
                            and max(h.coverage, self._covered_outside(h.id, outside)) >= RELATED_COVERAGE
                        )
                        # "the contract the protesters wanted dropped" led by a protest over another's contracts,
                        # no sum: a close fact of the thing asked naming every one its clause names (the protesters)
                        # gives it, whatever words it tells their wish in (fresh tester 78)
                        or (i < AMOUNT_CANDIDATES and self._of_clause_named(q, h.id, outside))
                    )
                    and self.figures.fits_kind(h.id, q)
                    and self._keeps_day(q, h.id)
                    and (not acts_asked or self._tells_acts_then(q, h.id, acts_asked))  # the sum of what was acted on
                    # "how much was the 2014 Lantern contract": a sum of another named thing of that year (linked to
                    # Lantern's fact by the year) is not Lantern's, however the year draws it near
                    and not self._other_of_kind(q, h.id, unplaced)
                ]
            elif q.kind == "count":  # "how many were at the vigil": a candidate as close naming and counting them
                # (or one covering as much that the brief relates to the best, as an amount's may: "how many were
                # targeted in the sweep" best covered by the report on the sweep, whose linked fact counts those the
                # sweep planned to arrest; fresh tester 79 R3)
                related = self.linked(best.id)
                fitting = [
                    h
                    for h in ranked[1:AMOUNT_CANDIDATES]
                    # (or one the brief relates to it covering enough, when the question describes the occasion in
                    # words only the best holds: "in the 2017 op going after parents of minors, how many immigrants
                    # got targeted" best covered by the documents telling the op, whose linked fact counts; blind
                    # set BN); as for an amount, one the brief relates to the best need cover only RELATED_COVERAGE when
                    # it states the noun counted: "that 2017 op targeting parents of minors, how many prosecutions"
                    # (blind set CG: the prosecutions' fact, linked to the op's documents, covered just under half)
                    if (h.coverage >= best.coverage or (h.id in related and h.coverage >= RELATED_COVERAGE))
                    and (h.score >= COUNT_NEAR * best.score or h.id in related)
                    and self.figures.fits_kind(h.id, q)
                    and stem(q.counted) in self.retriever.stated_stems(h.id)
                    # "how many protests": "the protesters … several groups" names the people, no protest
                    and not self.figures.named_as_people(self._text(h.id), q.counted)
                ]
            else:  # "when did X start …": a dated candidate that covers the question well enough answers it
                fitting = [
                    h
                    for h in ranked[1:]
                    if q.earliest and h.coverage >= MIN_COVERAGE and self.figures.fits_kind(h.id, q)
                ]
            if not fitting:  # a date question's closest fact states no date: say so, not that nothing matched
                if q.kind == "date" and self._told_recently(q, best.id):
                    return Decision("no_match", undated="unstated", recent=best.id)
                return Decision("no_match", undated="unstated" if q.kind == "date" else None)
            # "the 2019 contract" whose closest fact (its renewal) states no sum: among those that do, the one of that
            # year, not one dated to it only by its expected end, as for a best stating a sum (`_begun_in_year`)
            best = self._begun_in_year(q, fitting, fitting[0])
        # ("who protested outside the port": who did it, in the past tense, not who only planned to)
        done_asked = q.kind == "who" and q.words[1:2] != [] and q.words[1].endswith("ed")
        planned = self._planned(best.id) and (not done_asked or self._planned_unquoted(best.id))  # not a title's word
        # (not "where will the vigil be": a time to come asks what was planned)
        done_only = not PLANNED().search(q.text) and not asks_future(q.text)
        if (q.kind in ("count", "where") or done_asked) and done_only and planned:
            # "how many people were arrested in 2017": as close a count of what was done, not what was planned;
            # "where were the 2018 marchers": where they were, not where others planned to march
            # ("where else were there marches": the asked words the planned best states, the other must too: the
            # marches were only planned, and a fact of what was done elsewhere is not of them)
            planned_told = {stem(t) for t in q.leftover} & self.retriever.stated_stems(best.id)

            def done(doc_id: str) -> bool:
                if q.kind == "where" and (
                    doc_id not in self.brief.facts or not planned_told <= self.retriever.stated_stems(doc_id)
                ):
                    return False  # (nor does a glossary entry tell any act, done or planned, of where anyone was)
                return not self._planned(doc_id) and self.figures.fits_kind(doc_id, q)

            best = self._close(ranked[1:AMOUNT_CANDIDATES], best, DONE_NEAR, done) or best
        if q.kind == "who" and q.words[1:2] and q.words[1] in REPORTER_VERBS and not PLANNED().search(q.text):
            best = self._reporter_of_done(q, ranked, best)
        if q.kind == "who":
            best = self._doer_of_described(q, ranked, best)
            best = self._doer_not_reporter(q, ranked, best)
        counted_in = self.brief.facts.get(best.id) if q.kind == "count" else None
        if counted_in is not None and self.figures.qualified_count(q, counted_in.statement) is not None:
            # "how many were arrested": "18 criminal arrests" counts only some; as close a plain count answers
            def plain(doc_id: str) -> bool:
                told = self.brief.facts.get(doc_id)
                unqualified = told is not None and self.figures.qualified_count(q, told.statement) is None
                return unqualified and self.figures.fits_kind(doc_id, q)

            near = self._close(ranked[1:AMOUNT_CANDIDATES], best, COUNT_NEAR, plain)
            if near is None:
                # a fact the brief says counts the same thing differently (`differs`: "over 400 arrests" against
                # "260 targeted, 18 criminal arrests") gives the plain count, whatever words of the question it lacks
                counted_same = self.brief.differs.get(best.id, [])
                near = next((h for h in ranked if h.id in counted_same and plain(h.id)), None)
            if near is None:
                return Decision("no_match")
            best = near
        if q.earliest and self.told.asks_beginning(q) and not self.told.tells_beginning(q, best.id):
            return Decision("no_match", undated="unstated")  # "when did the guild start": not its first mention
        if q.kind == "date":
            best = self._of_named_kind(q, ranked, best)
        undated = self.told.undated_act(q, best.id) if q.kind == "date" else None
        if undated is not None:
            dating = self._dating(q, ranked, best)
            # "when was the Eastport vigil in May 2019": a best fact of the month named, telling the vigil in other
            # words ("gathered outside") and covering the question, dates it within what the asker gave, as no
            # other fact can; not when the question asks an act by its verb ("when did Lind resign in May"), which
            # the fact must tell
            # so does one the brief files as an event of the asked kind ("when were the Eastport vigils" against an
            # event under the topic "vigils"), in any month
            kept = (
                undated == "unstated"
                and best.coverage >= NEARLY_ALL  # the vigil as the brief curates the fact, if not in its words
                and not self.told.act_forms(q)
                and ((self.names_month(q) and self.of_month(best.id, q)) or self.told.filed_as_asked(q, best.id))
            )
            if dating is None and not kept:
                return Decision("no_match", undated=undated)
            best = dating or best
        if q.kind == "date" and self._dates_otherwise(q, best.id):
            # "what year did the harbour policy happen": "the 2017 program, a precursor to the harbour policy of
            # summer 2018" is filed under the program's year; as close a fact not dating the thing otherwise answers
            near = self._near_fact(
                ranked, lambda doc_id: bool(self.brief.facts[doc_id].date) and not self._dates_otherwise(q, doc_id)
            )
            if near is None:
                return Decision("no_match", undated="unstated")
            best = near
        if (
            q.entities
            and q.kind in ASKS_ATTRIBUTE
            and self.asked_coverage(best.id, q) < MIN_ASKED
            and not self._names_doers(q, best.id)  # "who protested": those who "gathered" at an event filed as one
        ):
            # "who made the Beacon app": a candidate as relevant that states the asked relation, else nothing
            # (or one further down covering more of the question than the best: "who was the 2018 Harbour letter
            # addressed to", where the letter's own entry, the one telling "addressed to", ranks below the year's facts)
            stating = next(
                (
                    h
                    for n, h in enumerate(ranked[1:], 1)
                    if (n < NEAR_CANDIDATES or h.coverage > best.coverage)
                    and h.coverage >= max(MIN_COVERAGE, best.coverage)
                    and self.asked_coverage(h.id, q) >= MIN_ASKED
                ),
                None,
            )
            if stating is None:
                return Decision("no_match")
            best = stating
        if q.entities and q.kind in ASKS_ATTRIBUTE and self._asks_maker(q) and self._maker_in_party_words(best.id):
            # "who made the Beacon app": "Harbourwatch said officers used the guild's Beacon app" gives the maker
            # only inside a party's words, led by that party; a near candidate giving it in the source's own voice
            # (or an outlet's report) answers first
            own = next(
                (
                    h
                    for h in ranked[1:NEAR_CANDIDATES]
                    if h.coverage >= MIN_COVERAGE
                    and self._maker_stated(h.id, q)
                    and not self._maker_in_party_words(h.id)
                ),
                None,
            )
            best = own or best
        entry = self.brief.entities.get(best.id) if q.kind == "who" and best.id not in q.entities else None
        if entry is not None and self.told.done_unnamed(q, entry.description):
            # "who removed them": "Gullboard: … the posts were removed within hours" would read as Gullboard's
            # doing; a near fact telling the same answers without naming anyone, else nothing
            told = self._near_fact(ranked, lambda _: True)
            if told is None:
                return Decision("no_match")
            best = told
        if q.kind == "who" and not self.told.document_maker_told(q, best.id):
            # "who organized the leaflet": a fact telling the leaflet "was produced by" someone answers before a
            # closer one using the question's verb of others ("keepers elsewhere had organized")
            best = next((h for h in ranked[1:NEAR_CANDIDATES] if self.told.document_maker_told(q, h.id)), best)
        if q.kind == "who" and self.told.who_act_untold(q, best.id):
            # "who organized the march": a fact telling of the march but of no one organizing it names no organizer;
            # a candidate as close that tells the act answers instead, else nothing
            entries = self.brief.entities
            acting = [
                h
                for h in ranked[1:NEAR_CANDIDATES]
                # (a place's glossary entry names no one who did anything: "Eastport: harbour town where …")
                if h.coverage >= best.coverage
                and not self.told.who_act_untold(q, h.id)
                and not self._place(h.id)
                # (nor an entry telling it done by no one named: "Gullboard: … the posts were removed within hours")
                and not (h.id in entries and self.told.done_unnamed(q, entries[h.id].description))
                # (nor a thing's entry whose description does not tell the act: "the keepers' letter: read aloud …"
                # names no one who signed it, as a party's own entry may stand for the doer)
                and not (h.id in entries and self._thing_entry_silent(q, h.id))
                # (nor an entry naming no such thing: "Lind: co-founder of the guild" for "who created the petition")
                and not (h.id in entries and self.told.thing_absent(q, h.id))
            ]
            # one telling the act done to the thing asked ("signed a lease", not "a letter signed by … asking to end
            # the lease": who signed that lease is not told); the first telling the act when no thing is asked
            deed = self.told.asked_deed(q)
            told = next(
                (
                    h
                    for h in acting
                    # (a glossary entry describes its party; what it did is not told as a fact's act is)
                    if deed is None or h.id not in self.brief.facts or self.told.done_to_asked(q, h.id)
                ),
                None,
            )
            if told is None:
                # "who called the guards in Eastport": a close fact telling the act at another place than the one asked
                # of answers, as told of there (the composer says so), rather than "don't say who"; the place asked,
                # which it does not name, is what its score lacks
                told = next(
                    (
                        h
                        for h in ranked[1:ELSEWHERE_CANDIDATES]
                        if h.id in self.brief.facts
                        and placed_elsewhere(q, self.brief.facts[h.id], self.brief, self._name_spans, self._kind_of)
                        and places_act(self.brief.facts[h.id], self._name_spans, self._kind_of)
                        and not self.told.who_act_untold(q, h.id)
                        and (deed is None or self.told.done_to_asked(q, h.id))
                    ),
                    None,
                )
            if told is None:
                return Decision("no_match", doer_untold=self.told.asked_deed(q))
            best = told
        if q.kind == "who" and self.told.object_act_untold(q, best.id):
            # "who did the guild call on the keepers": a fact telling of the keepers but of no one the guild called
            # names no one called; a close candidate telling the guild did it answers instead (blind set BF)
            doing = self._near_covering(q, ranked, lambda doc_id: not self.told.object_act_untold(q, doc_id))
            if doing is not None:
                best = doing
        if q.kind == "who" and self._place(best.id) and self.retriever.english.verb(q.words[1]) not in (None, "be"):
            # "who called the guards in Eastport": the town named as where is no one who did it ("who is in
            # Eastport's entry" and "who was Eastport named for" are not asked with a verb of doing)
            return Decision("no_match")
        if q.attribute and q.owner and not self.relation_stated(best.id, q):
            # "what was the target of the 2019 drive": as close a fact stating it answers ("the 2019 drive targeted
            # 40 keepers", below a statement that the drive "was aimed at" others), else none does
            stating = self._near_fact(ranked, lambda doc_id: self.relation_stated(doc_id, q))
            if stating is None:
                return Decision("no_match")
            best = stating
        if q.attribute and q.owner:
            best = self._defining(q, ranked, best)
        if q.current and q.kind != "yes-no" and not self.states_present(best.id) and not asks_holder_now(q):
            return Decision("no_match")  # "where is it headquartered now": the sources stop at their dates
        fact = self.brief.facts.get(best.id)  # the candidate answering now, which may not be the first
        if q.kind in FIGURE_KINDS and fact is not None and RATE().search(q.text) and not RATE().search(fact.statement):
            return Decision("no_match")  # "how much is it worth per year": a total is no yearly figure
        named_year = IN_YEAR().search(q.text) if q.kind == "amount" and fact is not None else None
        if named_year is not None and fact is not None and TOTAL().search(fact.statement):
            return Decision("no_match")  # "how much did they pay in 2019": "paid over $9 million in total" is not it
        year = named_year.group(0)[-4:] if named_year is not None else ""
        if not year and q.kind == "amount":  # "how much was the 2013 contract": a thing named by its year
            year = self.year_naming(q)
        if year and fact is not None and fact.date and not fact.date.startswith(year):
            # "how much was the contract in 2013" against "renewed in 2015 for about $16 million, first signed in
            # 2013": the sum is of the fact's own year, not of another it names
            return Decision("no_match")
        if (
            year
            and fact is not None
            and TOTAL().search(fact.statement)
            and year not in fact.statement
            and not (fact.date and fact.date.startswith(year))
        ):
            # "how much was the 2014 harbour lease" against "has paid over $9 million in total for both
            # leases", of no year: a running total is no sum of one thing of the year named (said as the closest
            # sum given)
            return Decision("no_match", year_total=(self._sum_as_told(fact.statement), year, self._named_by(q, year)))
        if q.excluded and self._led_by(best.id, q.excluded):
            # "who organized it besides the guild": not the guild's entry or deed, but another's as searched without it
            return self._besides(q)
        if q.kind != "amount" and doc_set_aside(self.brief, q, best.id):
            # "excluding the 2015 renewal, what contracts are there": what is left out answers nothing asked
            return self._besides(q)
        if fact is not None and self._sums_set_aside(q, fact):
            # "how much was the lease not counting the 2015 renewal": asked again without it; when what answers then
            # gives only sums set aside too, the answer says the articles give no other (not the sum left out)
            besides = self._besides(q)
            answering = self.brief.facts.get(besides.best.id) if besides.best is not None else None
            if answering is None or self._sums_set_aside(q, answering):
                return Decision("no_match", set_aside_only=fact.statement)
            return besides
        if (
            q.excluded
            and q.kind == "who"
            and not EXCLUDING.isdisjoint(q.words)  # (not "who founded it with Lind", whose fact is of both)
            and self._names_any(best.id, q.excluded)
            and not self._names_someone(q, best.id)
        ):
            return Decision("no_match")  # "who else co-founded it besides Lind": a fact naming only her tells of her
        if q.kind in TAG_CHECKED and best.id in self.brief.facts and self.only_tagged(best.id, q):
            # "how much revenue": a fact tagged "revenue" that states the guild's payments; as close a candidate
            # stating what is asked answers instead ("how much is the contract": a contract's sum, not the total paid)
            def untagged(doc_id: str) -> bool:
                told = doc_id in self.brief.facts and not self.only_tagged(doc_id, q)
                # (and of the month the question names, as the best was picked: "in May 2019" is no September count)
                return told and self.figures.fits_kind(doc_id, q) and self._keeps_day(q, doc_id)

            total_asked = not TOTAL_WORDS.isdisjoint(q.words)
            if not total_asked:  # a total asked is given by a total only (`_states_total` above)
                best = self._close(ranked[1:AMOUNT_CANDIDATES], best, AMOUNT_NEAR, untagged) or best
            # ("how much did the guild earn from its leases in total": a total paid over them answers what is asked;
            # not "the lease in total", one agreement, which a total over several is not)
            one_agreement = any(w in AGREEMENTS and not w.endswith("s") for w in q.words)
            over_several = total_asked and not one_agreement and self._states_total(best.id)
            # "how much is the Lantern contract": a sum paid for the thing named (no party: a system, a program) is
            # what its agreement came to, the lead saying what more it covers (Figures.shared_with: "for Beacon and
            # Lantern together"); not "how much is the contract", naming nothing a payment says it was for
            paid_for = one_agreement and self._paid_for_thing(q, best.id)
            if self.only_tagged(best.id, q) and not over_several and not paid_for:
                return Decision("no_match")
            fact = self.brief.facts.get(best.id)
        if fact is not None and fact.kind == "claim" and fact.related and not CONTRADICTING.isdisjoint(q.words):
            # "how did the documents contradict the guild's claim": what the brief links to the claim, not the claim
            place = {h.id: n for n, h in enumerate(ranked)}
            linked = sorted((i for i in fact.related if i in self.brief.facts), key=lambda i: place.get(i, len(place)))
            if linked:
                best = next((h for h in ranked if h.id == linked[0]), Hit(linked[0], best.score, best.coverage))
        if fact is not None and (shown := self._shown_in_detail(q, ranked, fact)) is not None:
            best = shown  # "how did the records show the guild lied": what they held, not that they showed it
        if q.kind == "yes-no":
            best = self._holding_figure(q, ranked, best)
            best = self._holding_weekday(q, ranked, best)
        if q.kind == "date" and (figure := self._figure_unstated(q, best.id)):
            # "when did 300 employees sign": a count the best does not give is asked of something else; as close a
            # candidate giving it answers, else no article gives it
            stating = next(
                (
                    h
                    for h in ranked[1:NEAR_CANDIDATES]
                    if h.coverage >= MIN_COVERAGE
                    and not self._figure_unstated(q, h.id)
                    and self.figures.fits_kind(h.id, q)
                ),
                None,
            )
            if stating is None:
                return Decision("no_match", untold_figure=figure)
            best = stating
        if self._reaction_untold(q, ranked):
            return Decision("no_match")  # "how did the Admiralty respond to Lind": no fact tells it doing anything
        return Decision("answered", best)

    def _shown_in_detail(self, q: Question, ranked: list[Hit], fact: FactData) -> Hit | None:
        """ "How did the records show the guild was lying", "how exactly was the guild lying, per the records": a
        how-question of manner (not a reason: `asks_reason`) whose asked words `fact` tells only as what something
        showed, in words it quotes (`_finding_of`: "records … showed that the guild 'was lying'") asks what was
        shown, in detail, when it names what showed it (a word of the fact before the verb: "the records"); the first
        fact the brief links to it (`related`, in its order) that is close (MIN_COVERAGE) and tells no such finding
        of the same words answers. None when the question asks otherwise, or none is."""
        if q.words[:1] != ["how"] or q.kind != "why-how" or asks_reason(q.words) or not fact.related:
            return None
        asked = {stem(t) for t in q.leftover if t not in SHOWING}
        if not asked or not self._finding_of(fact.statement, asked):
            return None
        shown_by = SHOWN_AT().search(fact.statement)  # (found: `_finding_of`)
        if shown_by is None or {stem(w) for w in words(fold(fact.statement[: shown_by.start()]))}.isdisjoint(
            stem(t) for t in q.terms
        ):
            return None  # "how do we know the guild lied": that the records showed it answers, when none are asked of
        facts, close = self.brief.facts, {h.id: h for h in ranked if h.coverage >= MIN_COVERAGE}
        linked = (close[i] for i in fact.related if i in close and i in facts)  # in the brief's order of relevance
        return next((h for h in linked if not self._finding_of(facts[h.id].statement, asked)), None)

    @staticmethod
    def _finding_of(statement: str, asked: Set[str]) -> bool:
        """`statement` tells, after a verb of SHOWING, a word of `asked` (stems) only in words it quotes
        (FINDING_QUOTED: 'showed that the guild "was lying"'): what someone called the finding, not what was found
        ("showed that in a 2017 program the ledger was used to …" tells it, and answers how it was used)."""
        shown = next((m for m in SHOWN_AT().finditer(statement)), None)
        if shown is None:
            return False
        quoted = {stem(w) for m in FINDING_QUOTED().finditer(statement[shown.end() :]) for w in words(fold(m[1]))}
        return not asked.isdisjoint(quoted)

    def _told_recently(self, q: Question, doc_id: str) -> bool:
        """The fact has no date, tells the act the date question asks (ActsTold.undated_act finds no sign it does
        not) and is quoted saying it was done "recently" (RECENTLY): as of its article's date, the one date the
        articles tie it to (fresh tester 84: "when did Lind write that" of "also recently wrote an op-ed")."""
        fact = self.brief.facts.get(doc_id)
        if fact is None or fact.date or not any(RECENTLY().search(c.quote) for c in fact.citations):
            return False
        return self.told.undated_act(q, doc_id) is None

    def _thing_entry_silent(self, q: Question, ent_id: str) -> bool:
        """ "Who signed the keepers' letter": the glossary entry `ent_id` is of a thing, not a party (ACTOR_KINDS),
        and its description does not state the verb after "who" (its forms, `ActsTold.forms`): it tells what the
        thing is, not who did that to it. Not when its maker is asked and it names one ("Harbourwatch's report …":
        `_maker_stated`)."""
        if self._kind_of(ent_id) in ACTOR_KINDS or len(q.words) < 2:
            return False
        if q.words[1] in MAKING and self._maker_stated(ent_id, q):
            return False
        said = {stem(t) for t in words(fold(self.brief.entities[ent_id].description))}
        lemma = self.english.verb(q.words[1])
        forms = self.told.forms(q.words[1]) | ({stem(lemma)} if lemma else set())
        return not self.told.said(forms, said)

    def _place(self, doc_id: str) -> bool:
        """The id is a glossary entry of a place (EntityKind "place")."""
        entry = self.brief.entities.get(doc_id)
        return entry is not None and entry.kind == "place"

    def _dates_otherwise(self, q: Question, doc_id: str) -> bool:
        """The fact's statement gives what the date question asks a year other than the fact's own date
        (compose.dates.thing_dated_otherwise): of a thing asked by its words, when the question asks no act by its
        verb ("what year did the harbour policy happen"), by the last word of each name it names; of a
        report, by its publication ("when was the Gazette report")."""
        fact = self.brief.facts.get(doc_id)
        if fact is None or not fact.date:
            return False
        heads: list[tuple[str, int]] = []
        if not self.told.act_forms(q):
            # (names only: an everyday word may be a verb the question asks of, "expires", with its own later date)
            heads = [(q.words[end - 1], end - start) for start, end, _ in self._name_spans(q.words)]
        return thing_dated_otherwise(q, heads, fact.statement, fact.date)

    def _reaction_untold(self, q: Question, ranked: list[Hit]) -> bool:
        """ "How did X respond / react / handle …": a reaction of X is asked, and no near candidate fact has X as its
        subject (features' `opening`) and tells of what it responded to (the premise, when the question states one),
        so whatever leads would tell of someone else ("Lind attacked the Admiralty" is no answer to how the
        Admiralty responded) or of something else ("Ada Lind co-founded the guild", to how Lind met the protesters)."""
        if q.kind != "why-how" or not q.actor or RESPONDING_ASKS.isdisjoint(q.words):
            return False
        return not any(
            h.id in self.brief.facts
            and not q.actor.isdisjoint(self.retriever.features(h.id).opening)
            and (not q.premise or self.retriever.touches_premise(h.id, q))
            for h in ranked[:NEAR_CANDIDATES]
        )

    def _holding_figure(self, q: Question, ranked: list[Hit], best: Hit) -> Hit:
        """A yes/no question giving a figure ("did they renew the $12 million lease") is led by a candidate about as
        good (FIGURE_NEAR of the best's score, covering as much) that states the figure, when the best does not:
        "renewed for about $9 million" says nothing of the $12 million one."""
        asked = {w for w in q.words if is_number(w) and w not in q.years}
        if not asked or asked <= self._statement_words(best.id):
            return best
        return self._near_holding(ranked, best, lambda doc_id: asked <= self._statement_words(doc_id))

    def _holding_weekday(self, q: Question, ranked: list[Hit], best: Hit) -> Hit:
        """A yes/no question naming a weekday ("was the protest in Eastport on Friday") is led by a candidate about as
        good (FIGURE_NEAR of the best's score, covering as much) whose statement names a weekday, when the best's
        names none: the day the articles give settles the day asked (Composer: OTHER_WEEKDAY_LEAD), which a fact of
        what happened there, on no day told, does not."""
        if not q.weekdays or not WEEKDAYS.isdisjoint(self._statement_words(best.id)):
            return best
        return self._near_holding(
            ranked,
            best,
            lambda doc_id: (
                not WEEKDAYS.isdisjoint(self._statement_words(doc_id))
                and not self.subjects.about_others(doc_id, q.entities)
            ),
        )

    def _near_holding(self, ranked: list[Hit], best: Hit, holds: Callable[[str], bool]) -> Hit:
        """The first of the next NEAR_CANDIDATES after `best` that is a fact about as good (FIGURE_NEAR of its score,
        covering as much, up to MIN_COVERAGE) and `holds` (a test of its id): what a yes/no question names that the
        best does not state (`_holding_figure`, `_holding_weekday`); `best` when none does."""
        return next(
            (
                h
                for h in ranked[1:NEAR_CANDIDATES]
                if h.id in self.brief.facts
                and h.score >= FIGURE_NEAR * best.score
                and h.coverage >= min(best.coverage, MIN_COVERAGE)
                and holds(h.id)
            ),
            best,
        )

    def _deed_of_named_asked(self, q: Question) -> bool:
        """ "What did Ada Lind earn", "what does the guild sell": what a named person or organization did, asked by
        the verb right after the name that follows "what" and its auxiliary ("what" is its object, so whatever comes
        after the verb, "in 2019", how often (RATE: "a year") or nothing), when that verb is the question's act
        (`act_forms`: a light verb, "do", is none); and where they did it, asked so ("where does Ada Lind live")."""
        opening = {"topic": "what", "where": "where"}.get(q.kind)
        if opening is None or q.words[:1] != [opening] or q.words[1:2] not in (["did"], ["does"], ["do"]):
            return False
        named = self.subjects.named_positions(q)
        end = 2
        while end in named:
            end += 1
        if end == 2 or end >= len(q.words):
            return False
        # the verb closes the question but for when: "what did the guild call the program" asks a name, "what does
        # it let the guild do" another act, "what does it refer to" a phrasal verb's object
        after = q.words[end + 1 :]
        if RATE().fullmatch(" ".join(after)):
            after = []  # "what does Ada Lind make a year": how often she does it (RATE), no object of the verb
        if any(t not in q.date_words and t not in q.years and t not in DATE_PREPOSITIONS for t in after):
            return False
        return stem(q.words[end]) in self.told.act_forms(q)

    def _place_of_named_asked(self, q: Question) -> list[frozenset[str]]:
        """ "Where did Ada Lind go to school", "where did Ada Lind grow up": where a named one did an act that
        `_deed_of_named_asked` leaves (no act of its own, acts.LIGHT_VERBS, or a phrasal one, acts.PARTICLES), asked by
        the verb right after the name that follows "where" and its auxiliary. What a fact must tell, each group by one
        of its stems: the content words after a light verb's preposition ("school"), or a phrasal verb's own forms
        ("grow", "grew"); empty when the question is not of that shape."""
        w = q.words
        if q.kind != "where" or w[:1] != ["where"] or w[1:2] not in (["did"], ["does"], ["do"]):
            return []
        named = self.subjects.named_positions(q)
        end = 2
        while end in named:
            end += 1
        if end == 2 or end >= len(w):
            return []
        lemma = self.retriever.english.verb(w[end]) or w[end]
        after = w[end + 1 :]
        if lemma in LIGHT_ACTS and len(after) > 1 and after[0] in VERB_PREPOSITIONS:
            return [self.told.forms(t) for t in after[1:] if t not in STOPWORDS]
        if lemma not in LIGHT_ACTS and len(after) == 1 and after[0] in PARTICLES:
            from lemminflect import getInflection  # loaded only when such a verb is asked

            past = {stem(f) for f in getInflection(lemma, "VBD")}
            return [self.told.forms(w[end]) | {stem(lemma)} | past]
        return []

    def _tells_of_named(self, q: Question, groups: list[frozenset[str]], doc_id: str) -> bool:
        """The fact names every one the question names (its entities) and states a stem of each group
        (`_place_of_named_asked`)."""
        fact = self.brief.facts.get(doc_id)
        if fact is None or not set(q.entities) <= set(fact.entities):
            return False
        stated = self.retriever.stated_stems(doc_id)
        return all(self.told.said(forms, stated) for forms in groups)

    def report_asked(self, q: Question) -> bool:
        """ "What did the Gazette report about …", "what does the Gazette say of …": the question opens with "what",
        an auxiliary and a news outlet's name, then a verb of reporting or saying (MENTIONING, SPEECH_VERBS): it asks
        what that outlet told (as Untold.outlet_unattributed reads it), not a name or a place. An article the
        question names by its description instead ("what did the 2018 article say about …", `q.sources`: one with no
        outlet is named so) opens it as well: a determiner, at most DESCRIPTION_WORDS words and an article word
        (`article_at`, as `article_description` reads it)."""
        w = q.words
        if w[:1] != ["what"] or len(w) < 4 or w[1] not in AUXILIARIES:
            return False
        opening = outlet_opening(w, 1, self._name_spans, self._kind_of)
        at = article_at(w)
        if opening is None and q.sources and w[2] in DESCRIPTION_OPENINGS and 3 < at <= 3 + DESCRIPTION_WORDS:
            opening = ("", at + 1)
        return (
            opening is not None
            and opening[1] < len(w)
            and (w[opening[1]] in MENTIONING or w[opening[1]] in SPEECH_VERBS)
        )

    def _own_fact(self, q: Question, ranked: list[Hit], entry: Hit, *, unattributed: bool = False) -> Hit | None:
        """A fact cited from the question's named articles alone (q.sources) to answer in the stead of `entry`, a
        glossary entry written from them and others (or, `unattributed`, from others only): a near fact
        (`_near_fact`) when the question does not name the entry or it is unattributed, else one naming it in so
        many words (`Subjects.mentions`: a quote curated as about it, "told the Gazette technology splits families",
        tells nothing of how the article describes it; review 22 M1) scored NEAR_BEST of the entry's score or
        better; None when none is."""

        def own(doc_id: str) -> bool:
            return set(self.retriever.cited_by(doc_id)) <= q.sources

        if entry.id not in q.entities or unattributed:
            return self._near_fact(ranked, own)
        return next(
            (
                h
                for h in ranked[1:NEAR_CANDIDATES]
                if h.score >= NEAR_BEST * entry.score
                and (fact := self.brief.facts.get(h.id)) is not None
                and entry.id in fact.entities
                and self.subjects.mentions(h.id, [entry.id])
                and own(h.id)
            ),
            None,
        )

    def _near_covering(self, q: Question, ranked: list[Hit], fits: Callable[[str], bool]) -> Hit | None:
        """The first of the next NEAR_CANDIDATES after the best that is a fact covering the question as much as the
        best must (`min_coverage`) and `fits`, to answer in the best's stead; None when none does."""
        return next(
            (
                h
                for h in ranked[1:NEAR_CANDIDATES]
                if h.coverage >= self.min_coverage(h.id, q) and h.id in self.brief.facts and fits(h.id)
            ),
            None,
        )

    def _sum_of_another_date(
        self, q: Question, ranked: list[Hit], of_sums: list[Hit], named: Set[tuple[str, str]]
    ) -> Hit | None:
        """ "Was the 2014 lease worth $9 million" (a sum asked as a verdict, opened by an auxiliary, with a date): when
        every fact among `of_sums` giving a sum `named` is of another date, the first of the NEAR_CANDIDATES best
        covering the question (MIN_COVERAGE) that is of that date and gives a sum (`fits_kind`): its sum, not the
        one named, is the one the articles give then, led as the sum told (fresh tester 86: refused, though the 2014
        contract's $53 million is told); None otherwise. Not a yes/no question ("did the guild sign a $9 million
        lease in 2014"): the lease named may be another, whose year the facts giving its sum tell."""
        if not q.on_date or not of_sums or q.words[:1] == [] or q.words[0] not in AUXILIARIES:
            return None
        facts = [
            f
            for h in of_sums
            if (f := self.brief.facts.get(h.id)) is not None
            and not named.isdisjoint(scaled_figures(words(fold(f.statement))))
        ]
        if q.kind != "amount" or not facts or any(self._on_day(f, q.on_date) for f in facts):
            return None
        return next(
            (
                h
                for h in ranked[:NEAR_CANDIDATES]
                if h.coverage >= MIN_COVERAGE
                and h.id in self.brief.facts
                and self._on_day(self.brief.facts[h.id], q.on_date)
                and self.figures.fits_kind(h.id, q)
            ),
            None,
        )

    def _reason_of_entry_acted_on(self, q: Question, ranked: list[Hit], best: Hit) -> Hit | None:
        """ "Why did the keepers invoke the Great Flood": a why-question of someone's act done to a thing, whose
        best candidate is the thing's glossary entry (named by the question after its doer, not its subject as in
        "why is the firm called Lantern"): an entry says what the thing is, no reason anyone acted on it, so as
        close a fact naming it in its statement answers in its stead (`_near_fact`); None when none does, or
        the question is no such one (fresh tester 92: a glossary entry led over the protest's comparison)."""
        if q.kind != "why-how" or q.words[:1] != ["why"] or q.words[1:2] not in (["did"], ["do"], ["does"]):
            return None
        names = self._name_words_of(best.id) - STOPWORDS
        if best.id not in q.entities or not names or not any(w in names for w in q.words[SUBJECT_REACH + 1 :]):
            return None

        def names_it(doc_id: str) -> bool:
            return not names.isdisjoint(words(fold(self.brief.facts[doc_id].statement)))

        return self._near_fact(ranked, names_it)

    def _near_fact(self, ranked: list[Hit], fits: Callable[[str], bool]) -> Hit | None:
        """The first of the next NEAR_CANDIDATES after the best that is a fact covering the question well enough
        (MIN_COVERAGE) and `fits`, to answer in the best's stead; None when none does."""
        return next(
            (
                h
                for h in ranked[1:NEAR_CANDIDATES]
                if h.coverage >= MIN_COVERAGE and h.id in self.brief.facts and fits(h.id)
            ),
            None,
        )

    def _tells_done(self, doc_id: str, acts: list[str]) -> bool:
        """The document tells one of the acts (by stem) done: a word of it with no negation (NOT_DONE, "no") in the
        two words before it ("was renewed", not "was not renewed"), nor an infinitive ("scheduled to start", "due
        to renew": an act to come, not one done; general English)."""
        asked = {stem(a) for a in acts}
        if not asked:
            return False
        tokens = words(self._text(doc_id))
        return any(
            stem(t) in asked and (NOT_DONE | {"no", "to"}).isdisjoint(tokens[max(0, i - 2) : i])
            for i, t in enumerate(tokens)
        )

    def _parties_apart(self, q: Question, doc_id: str) -> bool:
        """The question names two or more parties (ACTOR_KINDS, the brief's own subject too, not those of its scene),
        one joined "with" the act ("when did the guild sign the lease with the Harbour"), and the fact neither lists
        nor names one of them."""
        parties = [e for e in q.entities if self.brief.entities[e].kind in ACTOR_KINDS and e not in q.scene_entities]
        joined = any(
            e in parties and "with" in q.words[max(start - 2, 0) : start] for start, _, e in self._name_spans(q.words)
        )
        return joined and len(parties) > 1 and any(self.subjects.about_others(doc_id, [e]) for e in parties)

    def _other_of_kind(self, q: Question, doc_id: str, named: list[str]) -> bool:
        """The fact is of another thing than the one the question names (`named`, no person or organization: those
        are parties, `_for_another_party`): it involves none of them and names another of their kind ("the Kestrel
        contract of 2014" against a fact of the Lantern contract of 2014), nor states any word the question describes
        the thing with beyond its name and year (`anchors`, everyday words left out: "the Kestrel maintenance
        contract" against the maintenance contract the brief ties to Kestrel only through another fact)."""
        things = [e for e in named if self._kind_of(e) not in ACTOR_KINDS]
        fact = self.brief.facts.get(doc_id)
        if fact is None or not things or not self.subjects.about_others(doc_id, things):
            return False
        kinds = {self._kind_of(e) for e in things}
        if not any(
            e not in q.entities and self._kind_of(e) in kinds and not self.subjects.ubiquitous_entity(e)
            for e in fact.entities
        ):
            return False
        if self._tied_then(q, doc_id, things):
            return False
        described = [t for t in self.anchors(q, everyday=False) if t not in q.entities and t not in q.years]
        stated = self.retriever.stated_stems(doc_id)
        return not any(stem(t) in stated for t in described)

    def _tied_then(self, q: Question, doc_id: str, things: list[str]) -> bool:
        """A fact of the things the question names, related to the fact either way (the brief's `related`), states
        every year the question names in its own words, and the noun the name is of in the question ("contract" of
        "the Lantern contract"): the fact is of the same thing that year, though it names the thing otherwise ("how
        much was the Lantern contract in 2015" against "the maintenance contract was renewed in 2015 for $9 million",
        related to "the contracts, signed in 2013 and renewed in 2015, went to building Lantern")."""
        after = max(q.named_at, default=-1) + 1
        if not q.years or after >= len(q.words) or q.words[after] in q.years:
            return False
        head = stem(q.words[after])  # what the name is of ("the Lantern contract"), which the tie must state too
        # the brief's `related` table holds each link both ways (as written on either fact), so no scan of every fact
        ties = self.linked(doc_id) | set(self.brief.related.get(doc_id, ()))
        return any(
            tie in self.brief.facts
            and not self.subjects.about_others(tie, things)
            and q.years <= set(self._said(self.brief.facts[tie].statement))
            and head in self.retriever.stated_stems(tie)
            for tie in ties
        )

    def _for_another_party(self, q: Question, doc_id: str) -> bool:
        """A party or document the question names is absent from the fact while it tells of another
        (`absent_party`, the brief's own subject included): its figure is the other's ("how much did the guild pay"
        against "the Courier paid $2 million"; "how many signed the letter to the guild" against "presented the
        Courier's head with a letter signed by 120,000")."""
        return self.absent_party(q, doc_id, COUNTED_OF, own_subject=True) is not None

    def absent_party(self, q: Question, doc_id: str, kinds: Set[str], *, own_subject: bool) -> str | None:
        """The first entity the question names, of one of `kinds`, that the fact neither lists nor names (not one
        setting the question's scene; the brief's own subject only with `own_subject`), when the fact involves
        another of its kind the question does not name instead, or when it is a document (what a figure is counted
        of: a fact not naming it counts another); None when there is none. A verdict or a figure from that fact
        would be the other party's."""
        involved = self.brief.facts[doc_id].entities
        for e in q.entities:
            kind = self._kind_of(e)
            if (
                kind not in kinds
                or e in q.scene_entities
                or (not own_subject and self.subjects.ubiquitous_entity(e))
                or not self.subjects.about_others(doc_id, [e])
            ):
                continue
            family = OPERATION_KINDS if kind == "event" else {kind}
            if kind == "document" or any(
                o not in q.entities
                and self._kind_of(o) in family
                and (own_subject or not self.subjects.ubiquitous_entity(o))
                for o in involved
            ):
                return e
        return None

    def _actor_absent(self, q: Question, doc_id: str) -> bool:
        """The question opens its act with a person or organization (opening_actor), even one most facts involve,
        that the fact neither lists nor names: it tells of someone else doing it."""
        actor = opening_actor(q.words, self._name_spans, self._kind_of)
        return actor is not None and actor not in q.scene_entities and self.subjects.about_others(doc_id, [actor])

    def _people_absent(self, q: Question, statement: str) -> bool:
        """The question opens its act with people named by a noun of a part (PERSON_ROLES, not "people": "how much
        did the keepers want to donate", past determiners and names: "did the Harbour keepers"), and the statement
        names no one of that part (`_roles`, "how many signatures did the keeper petition have" too): its figure is
        of another party's act ("a $75,000 donation from the Courier")."""
        said = words(statement.lower())
        return any(role.isdisjoint(said) for role in self._roles(q))

    @staticmethod
    def _roles(q: Question) -> list[frozenset[str]]:
        """The PERSON_ROLES parts whose nouns open the question's act (after its first auxiliary, past determiners and
        names: "did the Harbour keepers") or describe what it asks of, between a determiner and a noun of no person
        ("the keeper petition": the keepers'; general English)."""
        found = []
        aux = next((i for i, t in enumerate(q.words) if t in AUXILIARIES), None)
        if aux is not None:
            at = aux + 1
            while at < len(q.words) and (q.words[at] in DETERMINERS or at in q.named_at):
                at += 1
            role = role_of(q.words[at]) if at < len(q.words) else None
            if role is not None:
                found.append(role)
        for i in range(1, len(q.words) - 1):
            role = role_of(q.words[i])
            after = q.words[i + 1]
            described = after not in STOPWORDS and not after.endswith("ed") and role_of(after) is None
            if role is not None and q.words[i - 1] in DETERMINERS and described:
                found.append(role)
        for i in range(1, len(q.words) - 1):
            # "the letter from keepers", "the petition by the keepers": the thing asked of is those people's, as
            # "the keepers' letter" says (after a noun: "signed by keepers" tells who acted, checked above)
            before = q.words[i - 1]
            if q.words[i] not in MAKER_PREPOSITIONS or before in STOPWORDS or before.endswith("ed"):
                continue
            at = i + 1
            while at < len(q.words) and q.words[at] in DETERMINERS:
                at += 1
            role = role_of(q.words[at]) if at < len(q.words) and role_of(before) is None else None
            if role is not None:
                found.append(role)
        return found

    def _names_only(self, q: Question, doc_id: str) -> bool:
        """The fact states none of the words (at least NAMES_ONLY_WORDS) a yes/no question about an act ("did …",
        "does …") asks with beyond its names, years and figures, nor a word the brief gives for one or as its opposite
        (`opposites:` in brief.yaml): only the names
        reached it, so it tells nothing of what is asked. (One word may be told in others: "did the movement start
        after the vote" is settled by "the movement is older than the vote".)"""
        asked = [t for t in q.leftover if t not in CUE_TERMS and t not in q.years and not is_number(t)]
        if len(asked) < NAMES_ONLY_WORDS or q.words[:1] not in (["did"], ["does"], ["do"]):
            return False
        stated = self.retriever.stated_stems(doc_id)
        # a change asked told by its opposite ("did the guild stop working with the port": "renewed its lease")
        return not any(
            self.told.said(self.told.forms(t), stated) or self.retriever.states_opposite(doc_id, stem(t)) for t in asked
        )

    def of_named_sums(self, q: Question, ranked: list[Hit]) -> list[Hit]:
        """The candidates that may tell of the sums the question names (`scaled_figures`; all when it names none):
        a fact of another sum is another contract's, but for a comparison, whose sides' sums are weighed. A sum the
        articles give names what a yes/no question asks of ("was the $12 million contract signed in 2014": not the
        $21 million one signed then); one they do not give was refused before this."""
        named_sums = scaled_figures(q.words)
        if not named_sums:
            return ranked
        any_sum = q.kind == "comparison"
        return [h for h in ranked if not self.figures.other_sum(h.id, named_sums, any_sum=any_sum)]

    def _sum_only_total(self, q: Question, ranked: list[Hit], named: set[tuple[str, str]]) -> tuple[str, str] | None:
        """ "Is the lease worth $5 million": a verdict on what one thing (a singular noun right before "worth") is
        worth, when every candidate stating the sum gives it as a total ("paid $5 million in total for both …"),
        which is no one thing's worth: (sum as "$5 million", the noun), or None (a total asked, "are the leases
        worth …", or a fact giving the sum otherwise)."""
        if not TOTAL_WORDS.isdisjoint(q.words):
            return None
        at = next((i for i, t in enumerate(q.words) if t in WORTH_WORDS), 0)
        # the agreement named before it, however far ("is it true that the guild's lease with the port is worth …"),
        # else the word right before it; without "worth", an agreement the sum is told of ("did the guild get a $5
        # million lease", "is the $5m one lease"): the sum as one agreement's too
        agreement = next((t for t in reversed(q.words[:at]) if t in AGREEMENTS), "") if at else self._sum_noun(q)
        noun = agreement or (q.words[at - 1] if at > 0 else "")
        if not noun.isalpha() or noun.endswith("s") or noun in STOPWORDS:
            return None
        stating = [fact.id for fact in self.stating_sums(ranked, named)]
        if not stating or not all(self._states_total(i) for i in stating):
            return None
        number, scale = sorted(named)[0]
        return f"${number} {scale}", noun

    @staticmethod
    def _sum_as_told(statement: str) -> str:
        """The first sum (AMOUNT) a statement gives, with its qualifier (compose.figures.with_qualifier: "over $5
        million"): "" when it gives none."""
        found = AMOUNT.search(statement)
        return "" if found is None else with_qualifier(statement, found.start(), found.group(0))

    @staticmethod
    def _named_by(q: Question, year: str) -> str:
        """The thing the question names by `year` ("the 2014 harbour lease"): the words after the year up to the
        first agreement noun (AGREEMENTS) among the next three, else the word right after it."""
        after = q.words[q.words.index(year) + 1 :] if year in q.words else []
        end = next((i + 1 for i, t in enumerate(after[:3]) if t in AGREEMENTS), 1)
        return " ".join(after[:end])

    @staticmethod
    def _sum_noun(q: Question) -> str:
        """The agreement noun (AGREEMENTS) right after a sum the question names, or one word after it past "one" or
        a word of no grammar ("a $5 million lease", "the $5m one lease", "a $5m harbour lease"); "" when none
        follows ("$5 million for the lease" ties the sum to no one lease)."""
        for i in range(1, len(q.words)):
            if q.words[i] in SCALES and q.words[i - 1].replace(".", "", 1).isdigit():
                after = q.words[i + 1 : i + 3]
                if after[:1] and after[0] in AGREEMENTS:
                    return after[0]
                if len(after) == 2 and after[1] in AGREEMENTS and (after[0] == "one" or after[0] not in STOPWORDS):
                    return after[1]
        return ""

    def _sum_unlinked(self, q: Question, ranked: list[Hit], named: set[tuple[str, str]]) -> tuple[str, str] | None:
        """ "Was the $5 million lease for Lantern": a yes/no question tying a sum it names (`named`, one the articles
        give) to a specific entity it names, when no candidate stating that sum involves or names the entity: a fact
        of the entity alone (the Lantern lease's end) would lead as if it settled the tie. (sum as "$5 million",
        the entity's name), or None when a fact ties them or the question names no such entity. So too a day or
        month the question names that no fact stating the sum is dated (the date's label in the name's place)."""
        if (tied := self._sum_tied_to_another_sum(q, ranked, named)) is not None:
            return tied
        number, scale = sorted(named)[0]
        # "was the $5 million lease signed on 3 May" (a day or month, not a year): a fact dated that day telling the
        # signing of a lease (no sum) would lead as if it were that lease; no fact stating the sum is dated so
        stating = self.stating_sums(ranked, named) if month_of(q.on_date) else []
        if stating and not any(f.date and on(f.date, q.on_date) for f in stating):
            return f"${number} {scale}", date_label(q.on_date)
        specific = [e for e in q.entities if not self.subjects.ubiquitous_entity(e)]
        done_to = _participles(q.words)
        if not specific and not done_to:
            return None
        stating = self.stating_sums(ranked, named)
        naming = [{n for _, _, n in self._name_spans(words(f.statement))} | set(f.entities) for f in stating]
        for e in specific:
            if not any(e in names for names in naming):
                return f"${number} {scale}", self.brief.entities[e].name
        # "was the renewed lease worth $5 million": what the question says was done to the thing is told by no fact
        # stating the sum (the $5 million lease may be another one than the one renewed)
        told = {stem(w) for f in stating for w in words(f.statement)}
        for participle, noun in done_to:
            if stem(participle) not in told:
                return f"${number} {scale}", f"the {participle} {noun}"
        return None

    def _sum_tied_to_another_sum(
        self, q: Question, ranked: list[Hit], named: set[tuple[str, str]]
    ) -> tuple[str, str] | None:
        """ "Did the guild pay $150 million for the $5 million lease": a sum asked of a thing the question names by
        another sum (the one right before an agreement noun, AGREEMENTS), when no candidate states both: a fact of
        the first sum alone (a total for other things) would lead as if it settled the tie. (the sum asked as
        "$150 million", "the $5 million lease"), or None when one fact states both or the question names no such
        pair (two sums both naming agreements, "was the $5 million lease the $8 million one", are left as they
        were)."""
        # each naming sum with the noun right after it, read where the sum stands: its number may come earlier too
        # ("did 5 firms pay $20 million for the $5 million lease")
        nouns = {
            (q.words[i - 1], q.words[i]): q.words[i + 1]
            for i in range(1, len(q.words) - 1)
            if q.words[i] in SCALES and q.words[i - 1].replace(".", "", 1).isdigit() and q.words[i + 1] in AGREEMENTS
        }
        asked = named - nouns.keys()
        if len(nouns) != 1 or len(asked) != 1:
            return None
        if any(scaled_figures(words(f.statement)) >= named for f in self.stating_sums(ranked, named)):
            return None
        (number, scale), (((by_number, by_scale), noun),) = sorted(asked)[0], nouns.items()
        return f"${number} {scale}", f"the ${by_number} {by_scale} {noun}"

    def stating_sums(self, ranked: list[Hit], named: set[tuple[str, str]]) -> list[FactData]:
        """The facts among `ranked` whose statement states one of the sums `named` (as `scaled_figures` reads them)."""
        return [
            fact
            for h in ranked
            if (fact := self.brief.facts.get(h.id)) is not None and scaled_figures(words(fact.statement)) & named
        ]

    def _done_to_asked(self, q: Question) -> list[str]:
        """What a sum question says was done to the agreement it asks of, or the agreement does, as the verbs' stems:
        a past form in -ed that is only ever a verb (lemminflect) within three words after the agreement's noun ("the
        lease the guild renewed", "the lease renewed in 2019") or opening a noun phrase before it (`_participles`:
        "the renewed lease", "2019 renewed lease amount?"), or such a verb the agreement does (`_agreement_acting`:
        "the lease expiring in May", "the lease that expires in May"); [] when none."""
        tokens = q.words
        done = [p for p, noun in _participles(tokens) if noun in AGREEMENTS]
        for i, t in enumerate(tokens):
            if i < 2 or self.english.verb(t) is None:
                continue
            if tokens[i - 1] in REQUEST_VERBS or t in MENTIONING:
                # "the lease the guild wanted cancelled": what was wished done, not said to be; "the lease the Gazette
                # talked about": what an article told of it (fresh tester 76 R2, R4)
                continue
            if t.endswith("ed") and not AGREEMENTS.isdisjoint(tokens[max(0, i - 3) : i]):
                done.append(t)
            elif t.endswith(("ing", "s")) and _agreement_acting(tokens, i):
                done.append(t)  # "the contract expiring in September": the act it is named by, as "renewed" is
        return [stem(self.english.verb(t) or t) for t in dict.fromkeys(done)]

    def _outside_clause(self, q: Question) -> dict[str, float] | None:
        """A sum question's word weights outside a relative clause that follows its agreement noun ("the lease [the
        guild was trying to kill before it starts]", "the grant [that Ada Lind wanted dropped]": English grammar, a
        noun then a determiner, pronoun or relative word opening the clause, which runs to the question's end); None
        when it has no such clause or nothing is left outside it. The clause names the thing by acts a fact linked
        to it tells; the fact giving its sum need cover only the rest."""
        tokens = q.words
        opening = next(
            (
                i
                for i, t in enumerate(tokens[:-2])
                if t in AGREEMENTS and tokens[i + 1] in CLAUSE_OPENERS and tokens[i + 2] not in AGREEMENTS
            ),
            None,
        )
        if opening is None:
            return None
        inside = {stem(t) for t in tokens[opening + 1 :]} - {stem(t) for t in tokens[: opening + 1]}
        weights = {s: w for s, w in self.retriever.weights(q).items() if s not in inside}
        return weights if sum(weights.values()) > 0 else None

    def _doer_of_described(self, q: Question, ranked: list[Hit], best: Hit) -> Hit:
        """For "who <did it to> the <thing> <participle> <particle> …" ("who made the flyer passed out at the offices
        on Monday": a reduced relative clause, English grammar, saying which thing; or another such clause,
        `_clause_after`), the first of the close candidates
        (NEAR_CANDIDATES) holding every word weighed before the clause (the act and the thing), when the best does not:
        the clause tells which thing, the act asked is what must be told (blind set BJ: the protest handing the flyers
        out led over the fact of who produced them). The best otherwise."""
        tokens = q.words
        at = next(
            (
                i
                for i in range(2, len(tokens) - 2)
                if tokens[i - 1] in ARTICLE_DETERMINERS and self._clause_after(tokens, i)
            ),
            None,
        )
        if at is None:
            return best
        before = {stem(t) for t in tokens[: at + 1]}
        weights = {s: w for s, w in self.retriever.weights(q).items() if s in before}
        if len(weights) < 2 or self.retriever.coverage(best.id, weights) >= 1.0:
            return best
        # the clause says which thing: a fact holding none of its words ("taped", "door" of "the letter taped to
        # the door") may tell of another such thing (a letter some employees signed), never of that one
        clause = {stem(t) for t in tokens[at + 1 :] if t not in STOPWORDS and t not in q.date_words}
        close = [
            h
            for h in ranked[1:NEAR_CANDIDATES]
            if h.id in self.brief.facts and not clause.isdisjoint(self.retriever.stated_stems(h.id))
        ]
        full = next((h for h in close if self.retriever.coverage(h.id, weights) >= 1.0), None)
        if full is not None:
            return full
        # the act in words the facts do not use ("who put out the flyer …", read "release"): a fact whose subject is
        # the thing, with who did it to it after "by" ("The flyer … was produced by …"), tells the doer asked
        return next((h for h in close if _passive_of(self.brief.facts[h.id].statement, stem(tokens[at]))), best)

    def _clause_after(self, tokens: list[str], at: int) -> bool:
        """A relative clause saying which thing opens right after the noun at `at` (English grammar): a participle
        and its particle ("the flyer [passed out at …]"), a passive gerund ("the flyers [being handed out …]"), or a
        clause with its own subject and auxiliary and no "that" ("the flier [the keepers were handing out …]")."""
        after = tokens[at + 1 :]
        if after[0] == "being" and len(after) > 1 and self.english.verb(after[1]) is not None:
            return True
        if after[0] in NOUN_DETERMINERS:
            # its subject (up to three words), then an auxiliary and a verb: "the keepers were handing"
            aux = next((k for k in range(2, min(len(after), 5)) if after[k] in AUXILIARIES), None)
            return aux is not None and aux + 1 < len(after) and self.english.verb(after[aux + 1]) is not None
        return after[0].endswith("ed") and self.english.verb(after[0]) is not None and after[1] in CLAUSE_PARTICLES

    def _of_clause_named(self, q: Question, doc_id: str, outside: dict[str, float] | None) -> bool:
        """The fact holds every word of the question outside its relative clause (`_outside_clause`: the thing) and
        every word inside it no verb (lemminflect, REQUEST_VERBS): whom the clause names ("the lease [the keepers
        wanted dropped]": the keepers), so it is a fact of that thing and of them; False without such a clause or such
        a word."""
        if outside is None or self._covered_outside(doc_id, outside) < 1.0:
            return False
        named = {
            stem(t)
            for t in q.terms
            if self.english.verb(t) is None and t not in REQUEST_VERBS  # "wanted": a wish
        } - set(outside)
        return bool(named) and named <= self.retriever.stated_stems(doc_id)

    def _covered_outside(self, doc_id: str, weights: dict[str, float] | None) -> float:
        """The share of the question outside its relative clause (`_outside_clause`) the fact holds; 0 without one."""
        return self.retriever.coverage(doc_id, weights) if weights is not None else 0.0

    def _tells_acts(self, doc_id: str, acts: list[str]) -> bool:
        """The fact's statement states every one of the act stems `acts` (`_done_to_asked`)."""
        stated = self.retriever.stated_stems(doc_id)
        return all(a in stated for a in acts)

    def _misses_one(self, doc_id: str, named: list[str]) -> bool:
        """The question names more than one specific entity (`named`) and the fact neither lists nor names one of
        them that is no person or organization (a fact telling of others' acts is `Untold.actor`'s, which says
        whom it does not tell of)."""
        return len(named) > 1 and any(
            self._kind_of(e) not in ACTOR_KINDS and self.subjects.about_others(doc_id, [e]) for e in named
        )

    def _statement_words(self, doc_id: str) -> set[str]:
        fact = self.brief.facts.get(doc_id)
        return set(words(fold(fact.statement))) if fact is not None else set()

    def _number_untold_of_known(self, q: Question, asked: list[str], unknown: list[str]) -> bool:
        """Each word of `q` the brief never uses is a number, no year, and it asks about words besides numbers, each
        one the brief uses ("how many of the 120 were fined"): a figure no article gives, asked of what they
        tell of, is unanswered, never outside what the brief covers."""
        if not unknown or not all(is_number(t) and t not in q.years for t in unknown) or ARITHMETIC().search(q.text):
            return False  # ("what's 2+2 times 17": a sum to work out, whatever words come with it)
        rest = [t for t in asked if not is_number(t)]  # ("whats 3 * 4": numbers the brief gives are no subject)
        return bool(rest) and all(self._knows(t) for t in rest)

    def _states_proportion(self, doc_id: str) -> bool:
        """The fact or entry states a proportion: a percentage or a part ("over 80 percent", "half", "a third")."""
        return STATED_PROPORTION().search(self._text(doc_id)) is not None

    def _besides(self, q: Question) -> Decision:
        """The decision on `q` asked without the names it sets aside ("who else besides Lind wrote to the guild":
        Lind's name weighs on the search only for facts led by her), taken only when what answers names no one set
        aside (one naming Lind tells of her: "the guild Lind co-founded" answers no "who else co-founded it");
        "no_match" otherwise."""
        set_aside = {stem(w) for e in q.excluded for w in words(fold(self.brief.entities[e].name))}
        set_aside |= {stem(w) for w in q.excluded_words}  # "not counting the 2015 renewal": its act and year too
        set_aside |= {stem(w) for w in EXCLUDING}  # and the word setting it aside ("excluding"), which asks nothing
        left = replace(
            q,
            entities=[e for e in q.entities if e not in q.excluded],
            terms=[t for t in q.terms if stem(t) not in set_aside],
            search=[t for t in q.search if stem(t) not in set_aside],
            leftover=[t for t in q.leftover if stem(t) not in set_aside],
            excluded=set(),
            excluded_words=set(),
        )
        if not left.terms and not left.entities:
            return Decision("no_match")
        ranked = self.retriever.rank(left)
        if q.kind != "amount":  # (a sum set aside is told as the only one, `_sums_set_aside`)
            ranked = [h for h in ranked if not doc_set_aside(self.brief, q, h.id)]
        decision = self.decide(left, ranked)
        if decision.best is not None and self._names_any(decision.best.id, q.excluded):
            # the best tells of the one set aside ("the lease the guild got, while Harbourworks got $4 million"): a
            # fact among the near candidates led by another it names ("At the same time as the guild's lease,
            # Harbourworks was given …") answers instead, decided as the rest are
            top = decision.best.score
            others = [
                h
                for h in ranked[:NEAR_CANDIDATES]
                if h.id in self.brief.facts
                and h.score >= BESIDES_NEAR * top
                and not self._led_by(h.id, q.excluded)
                and self._names_someone(q, h.id)
                and self._only_owning(h.id, q.excluded)
            ]
            if not others:
                return Decision("no_match")
            decision = self.decide(left, others)
            if decision.best is None or self._led_by(decision.best.id, q.excluded):
                return Decision("no_match")
            return decision
        if decision.best is None or self._names_any(decision.best.id, q.excluded):
            return Decision("no_match")
        return decision

    def _sums_set_aside(self, q: Question, fact: FactData | None) -> bool:
        """An amount question setting a name or figure aside ("the lease not counting Harbour Works", "not counting
        the 9m one") whose fact gives sums, every one of them set aside (`sum_set_aside`): it tells what the asker
        left out, so the question is asked again without it (`_besides`), as "who else besides Lind" is."""
        if q.kind != "amount" or fact is None or not (q.excluded or q.excluded_figures or q.excluded_words):
            return False
        text = fact.statement
        found = [(m.start(), m.end()) for m in AMOUNT.finditer(text)]
        return bool(found) and all(
            sum_set_aside(q, text, a, b, amount_owner(text, a, self._name_spans, self._kind_of), fact.date or "")
            for a, b in found
        )

    def _only_owning(self, doc_id: str, entities: set[str]) -> bool:
        """The fact names `entities` only as owning something ("At the same time as the guild's lease,
        Harbourworks was given …"): of their thing, never as one of those who did the act (a list "among them the
        guild, …" names them as doers), and at least once (a fact not naming them is of something else)."""
        statement = self.brief.facts[doc_id].statement
        owning = False
        for e in entities:
            for name in (self.brief.entities[e].name, *self.brief.entities[e].aliases):
                for m in re.finditer(rf"\b{re.escape(name)}\b", statement, re.IGNORECASE):
                    if statement[m.end() : m.end() + 2] not in ("'s", "’s"):
                        return False
                    owning = True
        return owning

    def _names_any(self, doc_id: str, entities: set[str]) -> bool:
        """The document is the glossary entry of one of `entities`, or a fact listing one of them, or its text
        names one ("a company co-founded by Lind")."""
        fact = self.brief.facts.get(doc_id)
        if doc_id in entities or (fact is not None and not entities.isdisjoint(fact.entities)):
            return True
        return any(e in entities for _, _, e in self._name_spans(words(fold(self._text(doc_id)))))

    def _led_by(self, doc_id: str, entities: set[str]) -> bool:
        """The document is the glossary entry of one of `entities`, or a fact whose statement opens with (within its
        first three words) or names nobody else than one of them, or names places and none but them."""
        if doc_id in entities:
            return True
        fact = self.brief.facts.get(doc_id)
        if fact is None:
            return False
        tokens = words(fold(fact.statement))
        named = self._name_spans(tokens)
        places = {e for _, _, e in named if self._kind_of(e) in PLACE_KINDS}
        if places and places <= entities:
            return True  # "which towns other than Eastport": a fact placed in Eastport alone is Eastport's
        spans = [(a, e) for a, _, e in named if self._kind_of(e) in ACTOR_KINDS]
        if not spans:
            return False
        opens = spans[0][1] in entities and spans[0][0] < LEAD_WORDS
        return opens or {e for _, e in spans} <= entities

    def _of_named_kind(self, q: Question, ranked: list[Hit], best: Hit) -> Hit:
        """ "When was the harbour contract": a date asked of a thing by the noun of a fact kind (THING_KINDS) and no
        verb is the date of a fact of that kind, when one is about as good as the best (NEAR_BEST) and covers as
        much; not of a fact about it of another kind ("by 2019 the guild faced criticism over its contracts")."""
        asked = {stem(t) for t in q.leftover}
        kind = next((k for k in THING_KINDS if stem(k) in asked), None)
        fact = self.brief.facts.get(best.id)
        if kind is None or fact is None or fact.kind == kind:
            return best
        if self.told.asks_act(q):
            return best  # "when was the contract renewed": the act dates it, whatever the fact's kind

        def dated_of_kind(doc_id: str) -> bool:
            f = self.brief.facts.get(doc_id)
            return f is not None and f.kind == kind and bool(f.date)

        return self._close(ranked[1:NEAR_CANDIDATES], best, NEAR_BEST, dated_of_kind) or best

    def _place_entry(self, q: Question, best: Hit) -> Hit:
        """ "Where is the harbour's Eastport office": where a thing is (a present "is"/"are", no event's "did"), in a
        place the question names, is told by that place's entry when it places the thing asked more closely, a name
        right before its noun ("town where the Harbour has its Quayside office"), not by an event there (a protest
        outside the office)."""
        if q.kind != "where" or q.words[1:2] not in (["is"], ["are"]) or len(q.leftover) != 1:
            return best
        asked = stem(q.leftover[0])
        for e in q.entities:
            if self._kind_of(e) not in PLACE_KINDS:
                continue
            text = self.brief.entities[e].description
            if any(
                stem(m.group(2).lower()) == asked and m.group(1).lower() not in q.words and m.start() > 0
                for m in NAMED_NOUN().finditer(text)
            ):
                return Hit(e, best.score, 1.0)
        return best

    def _to_someone(self, q: Question, ranked: list[Hit], best: Hit) -> Hit:
        """ "Who did the letter go to", "who got the letter": a recipient asked (a "to" left at the question's end,
        "to whom", or "who" before a verb of receiving) is named by a fact naming a person or group the question
        does not; a candidate about as good as the best (NEAR_BEST) and covering as much that names one answers
        when the best names none (the letter's words, not whom it was handed to)."""
        w = q.words
        receiving = len(w) > 1 and w[0] == "who" and w[1] in RECEIVING
        if q.kind != "who" or not (w[-1:] == ["to"] or w[:2] == ["to", "whom"] or receiving):
            return best
        if best.id not in self.brief.facts or self._names_someone(q, best.id):
            return best

        def names_one(doc_id: str) -> bool:
            return doc_id in self.brief.facts and self._names_someone(q, doc_id)

        return self._close(ranked[1:NEAR_CANDIDATES], best, NEAR_BEST, names_one) or best

    def _doer(self, q: Question, ranked: list[Hit], best: Hit) -> Hit:
        """ "Who reported the documents": the act asked (the past verb right after "who") as the fact says it; a
        candidate about as good as the best (NEAR_BEST) and covering as much that states that very form answers when
        the best shares only its stem ("a report documenting …" tells of a report, not of who reported them). A best
        without the stem at all is left alone: it tells the act in other words ("published" for "released")."""
        w = q.words
        if q.kind != "who" or len(w) < 3 or w[0] != "who" or w[1] in AUXILIARIES or not _past_form(w[1]):
            return best
        said = words(self._text(best.id).lower())
        if w[1] in said or stem(w[1]) not in {stem(t) for t in said}:
            return best
        done_to = {stem(t) for t in q.leftover if t != w[1]}

        def does_it(doc_id: str) -> bool:
            # the verb and right after it what it is done to, as asked or by a pronoun ("which reported them"), not
            # another act of that verb ("protested and organized over other concerns")
            told = words(self._text(doc_id).lower())
            return any(
                t == w[1] and any(o in PRONOUNS or stem(o) in done_to for o in told[j + 1 : j + 1 + OBJECT_REACH])
                for j, t in enumerate(told)
            )

        # a best the brief dates to the day or month the question names is of that event; a candidate only mentioning
        # that day ("the 13 May marchers were members, and it has organized marches") may tell of other ones
        dated = self.names_month(q) and self._dated_on(best.id, q.on_date)

        def of_month_doing_it(doc_id: str) -> bool:  # "who organized the May protests": not another month's
            if dated and not self._dated_on(doc_id, q.on_date):
                return False
            return self.of_month(doc_id, q) and does_it(doc_id)

        return self._close(ranked[1:NEAR_CANDIDATES], best, NEAR_BEST, of_month_doing_it) or best

    def _done_not_describing(self, q: Question, ranked: list[Hit], best: Hit) -> Hit:
        """ "What did the 2018 letter ask them to do": what the one asked of did ("what did <subject> <verb>", its
        act's stems `act_forms`); a best stating the act only in an "-ing" form ("came to hand over a letter asking
        …": the act describes a thing in what others did) gives way to a candidate about as good (NEAR_BEST) and
        covering as much that states it in another form ("the letter asked …"), which tells the act itself, as
        `_doer` prefers the very form asked (blind set BJ). A best without the act's stem is left alone: it tells
        the act in other words."""
        if q.words[:2] != ["what", "did"]:
            return best
        forms = self.told.act_forms(q)
        if not forms:
            return best

        def forms_used(doc_id: str) -> list[str]:
            return [t for t in words(self._text(doc_id).lower()) if stem(t) in forms]

        used = forms_used(best.id)
        if not used or not all(t.endswith("ing") for t in used):
            return best
        verb = next((k for k, t in enumerate(q.words) if k > 1 and stem(t) in forms), len(q.words))
        doers = {stem(t) for t in q.words[2:verb] if t not in STOPWORDS}

        def done_by_doers(doc_id: str) -> bool:
            # "what did the protesters ask for" is not told by "the employee asked the protesters to …": the act
            # is there in another form, but done to them, not by them (fresh tester 91)
            said = words(self._text(doc_id).lower())
            for k, t in enumerate(said):
                if stem(t) in forms and not t.endswith("ing"):
                    after = [w for w in said[k + 1 : k + 3] if w not in STOPWORDS][:1]
                    if not (after and stem(after[0]) in doers):
                        return True
            return False

        return self._close(ranked[1:NEAR_CANDIDATES], best, NEAR_BEST, done_by_doers) or best

    def _told_not_said(self, q: Question, ranked: list[Hit], best: Hit) -> Hit:
        """ "Who did the 2013 harbour program target", "did the guild help close the pier": a question asking what
        was done, not anyone's words, led by a fact curated as someone's words (kind "quote": an agency's own line on
        its program, a protester's worry) gives way to a candidate about as good (NEAR_BEST) telling it in the
        article's own voice (or a document's) that states every word asked: that account is what happened as
        reported, the words one side's view of it (still shown beside it). Not when the question names the one
        speaking ("the agency's justification for the program") or a document whose words it asks ("what did the
        letter demand"); a figure is no such account of a question asking none ("who did it target": "260 targeted"
        counts them)."""
        fact = self.brief.facts.get(best.id)
        # ("what was the target of the 2013 program": an act asked by its noun, the program's attribute, asks the same)
        asked_of = q.kind in TOLD_KINDS or (q.kind == "what-is" and bool(q.attribute))
        if fact is None or fact.kind != "quote" or not asked_of or not told_asked(q):
            return best
        if q.kind == "who" and q.words[1:2] not in (["did"], ["does"], ["do"]):
            return best  # "who was protesting": the doer asked, whom words are of answers; "who did it target" is not
        speaker = actors_in(words(fold(fact.statement)), self._name_spans, self._kind_of, at_start=True)
        if set(speaker) & {*q.entities, *q.named}:
            return best
        asked = {stem(t) for t in q.leftover if not is_number(t)}

        def told(doc_id: str) -> bool:
            other = self.brief.facts.get(doc_id)
            return (
                other is not None
                and other.kind not in ("quote", "claim")  # (nor another side's claim)
                and (other.kind != "figure" or q.kind in FIGURE_KINDS)
                and bool(asked)
                and asked <= self.retriever.stated_stems(doc_id)
            )

        return self._close(ranked[1:NEAR_CANDIDATES], best, NEAR_BEST, told) or best

    def _own_account(self, q: Question, ranked: list[Hit], best: Hit) -> Hit:
        """ "What was the 2017 program": a what-is question whose best is one party's words on the thing (a fact of
        kind quote: "the agency said the program was aimed at smugglers") yields to the first candidate within
        ACCOUNT_NEAR of it, covering it as well, that tells what the thing was in the article's own voice (of
        another kind): what it was leads, how one side described it after (fresh tester 94)."""
        if q.kind != "what-is" or self._fact_kind(best.id) != "quote":
            return best
        return self._close(ranked[1:AMOUNT_CANDIDATES], best, ACCOUNT_NEAR, self._told_in_own_voice) or best

    def _told_in_own_voice(self, doc_id: str) -> bool:
        return self._fact_kind(doc_id) not in ("", "quote")  # a glossary entry ("") is no article's account

    def _doers_named(self, q: Question, ranked: list[Hit], best: Hit) -> Hit:
        """ "Who protested in Eastport": a best naming no one who did the act ("the guards asked the protesters to
        leave" mentions them) gives way to a candidate as close that the brief files as the act asked
        (`filed_as_asked`: an event under the topic "protests", told as "gathered") and that names a person or
        group (`_names_someone`): the one that says who did it."""
        w = q.words
        if q.kind != "who" or len(w) < 3 or w[0] != "who" or w[1] in AUXILIARIES or not _past_form(w[1]):
            return best
        if q.excluded or self._names_someone(q, best.id):  # ("who … besides X": `_besides` answers those)
            return best
        return self._close(ranked[1:NEAR_CANDIDATES], best, NEAR_BEST, lambda i: self._names_doers(q, i)) or best

    def _names_doers(self, q: Question, doc_id: str) -> bool:
        """The fact is filed as the act a "who <verb>" question asks and names a person or group (`_doers_named`)."""
        return self.told.filed_as_asked(q, doc_id) and self._names_someone(q, doc_id)

    def _reporter_of_done(self, q: Question, ranked: list[Hit], best: Hit) -> Hit:
        """ "Who reported the 2017 arrests": the reporter of what was done; a best telling it only as planned ("a
        report says the guild planned 90 arrests") gives way to a candidate about as good (NEAR_BEST) telling it as
        done, stating what the question asks that the best states (but the asking verb, which an attribution
        "according to the Gazette" gives in other words)."""
        if not self._planned(best.id):
            return best
        asked = {stem(t) for t in q.leftover if t != q.words[1]} & self.retriever.stated_stems(best.id)
        return next(
            (
                h
                for h in ranked[1:AMOUNT_CANDIDATES]
                if h.score >= NEAR_BEST * best.score
                and h.coverage >= MIN_COVERAGE
                and h.id in self.brief.facts
                and not self._planned(h.id)
                and asked <= self.retriever.stated_stems(h.id)
            ),
            best,
        )

    def _doer_not_reporter(self, q: Question, ranked: list[Hit], best: Hit) -> Hit:
        """ "Who handed out the flyer", "who wrote the flyer": someone who did the act, which a best naming people
        only as whose account it passes on ("Ada Lind reported that some refused the flyer": bot.reporting's
        passing phrases) and never stating the act does not tell; a candidate about as good (NEAR_BEST) naming
        someone otherwise answers. Not when the act asked is an article's reporting ("who wrote the Gazette piece",
        "who reported the vigil", "who broke the story")."""
        w = q.words
        if w[:1] != ["who"] or len(w) < 3 or w[1] in AUXILIARIES or self._only_reporters(q, best.id) is not True:
            return best
        if (w[1] in REPORTER_VERBS and w[1] not in WRITING_VERBS) or not ARTICLE_WORDS.isdisjoint(w) or q.outlet:
            return best  # ("who broke the story": a report asked, whose reporter answers)
        if stem(w[1]) in self.retriever.stated_stems(best.id):
            return best  # "a petition signed by 60 keepers, the Gazette reported": the signers, if unnamed, are told
        return next(
            (
                h
                for h in ranked[1:NEAR_CANDIDATES]
                if h.score >= NEAR_BEST * best.score
                and h.coverage >= MIN_COVERAGE
                and self._only_reporters(q, h.id) is False
            ),
            best,
        )

    def _only_reporters(self, q: Question, doc_id: str) -> bool | None:
        """Whether every person or group the fact names (not the brief's own subject, nor one the question names) is
        named only in a phrase passing on their account ("Ada Lind reported", "according to the Gazette"); None when
        it is no fact or names none."""
        fact = self.brief.facts.get(doc_id)
        if fact is None:
            return None
        lowered = fact.statement.lower()
        named = [
            e
            for ent_id in fact.entities
            if ent_id not in q.entities
            and not self.subjects.ubiquitous_entity(ent_id)
            and (e := self.brief.entities.get(ent_id)) is not None
            and e.kind in ACTOR_ENTITY_KINDS
            and any(n.lower() in lowered for n in (e.name, *e.aliases))
        ]
        if not named:
            return None
        return all(any(p in lowered for p in passing_phrases(e)) for e in named)

    def _names_someone(self, q: Question, doc_id: str) -> bool:
        """The fact involves a person or group (not the brief's own subject) the question neither names nor sets
        aside."""
        fact = self.brief.facts.get(doc_id)
        return fact is not None and any(
            e not in q.entities
            and e not in q.excluded
            and not self.subjects.ubiquitous_entity(e)
            and self._kind_of(e) in ACTOR_KINDS
            for e in fact.entities
        )

    def _dating(self, q: Question, ranked: list[Hit], best: Hit) -> Hit | None:
        """A candidate about as good as the best that fits a date question and dates its act, if any, and is of the
        time the question names, if it names one ("when was the vigil in May 2019": never a September vigil's day).
        An event the brief files as the thing asked (`filed_as_asked`: under the topic "vigils", told as "gathered
        outside") dates it as well as one with the word, and before one further down: "the guards asked the
        vigil-goers to leave" has the word only in the name of those there, not the vigil."""
        filed_too = not self.told.act_forms(q)  # (an act asked by its verb must be told: "when did Lind resign")
        return next(
            (
                h
                for h in ranked[1:NEAR_CANDIDATES]
                if h.score >= NEAR_BEST * best.score
                and h.coverage >= MIN_COVERAGE
                and self.figures.fits_kind(h.id, q)
                and (
                    self.told.undated_act(q, h.id) is None
                    or (
                        filed_too
                        and h.coverage >= NEARLY_ALL
                        and self.told.undated_act(q, h.id) == "unstated"
                        and self.told.filed_as_asked(q, h.id)
                    )
                )
                and self.of_time(h.id, q)
            ),
            None,
        )

    def _speaking(self, q: Question) -> Speaking | None:
        """How the question asks for words (`Speaking`), or None when it asks none: it asks words when it is a quote
        question with a verb of speech (SPEECH_VERBS) or asks who spoke (`_asks_speaker`, whose verbs of speaking to
        someone, SPEAKING_TO, count too)."""
        asks = self._asks_speaker(q)
        held = frozenset(stem(w) for w in q.terms if w in SPEECH_VERBS or (asks and w in SPEAKING_TO))
        if (q.kind != "quote" and not asks) or not held:
            return None
        verb = next((i for i, w in enumerate(q.words) if w in SPEECH_VERBS or w in SPEAKING_TO), len(q.words))
        spans = self._name_spans(q.words)
        # the listener's name right after the verb ("told the Gazette") or its "to" ("spoke to the Gazette")
        after = verb + 1 + (q.words[verb + 1 : verb + 2] == ["to"])
        listener = next(
            (e for start, _, e in spans if start == after or (start == after + 1 and q.words[after] == "the")), None
        )
        group = frozenset(
            e for start, _, e in spans if start < verb and e != listener and self._kind_of(e) in ACTOR_KINDS
        )
        return Speaking(held, asks, listener, group, self.retriever.weights(q, known_only=True))

    def _spoken_coverage(self, hit: Hit, speaking: Speaking | None) -> float:
        """The candidate's coverage with the question's verbs of speech held (`Speaking.held`) when it is a fact
        curated as someone's words and the question asks for words: "what did the clerk write to his coworkers" is
        told by "the clerk told colleagues, 'Fair winds'", whichever verb the quote came with; for a question asking
        who spoke, only when the fact tells them spoken as asked (`_spoke_as_asked`); else its coverage as ranked."""
        fact = self.brief.facts.get(hit.id)
        if speaking is None or fact is None or fact.kind != "quote":
            return hit.coverage
        if speaking.asks_speaker and not self._spoke_as_asked(fact, speaking):
            return hit.coverage
        total = sum(speaking.weights.values())
        have = self.index.doc_stems(hit.id)
        held = speaking.held
        return (
            sum(w for s, w in speaking.weights.items() if s in have or s in held) / total if total > 0 else hit.coverage
        )

    def _linked_coverage(self, hit: Hit, q: Question) -> float:
        """The candidate's coverage with what the facts the brief links to it (`related`) from its own article state
        held, for a question of a figure (FIGURE_KINDS) the fact gives: "how much is the contract the groups wanted
        dropped" is told by the sum of the contract whose dropping was the protests' aim, the groups being told in the
        protest's fact it links to, the one article telling both; so too what an article the fact cites is asked to
        have told of it (MENTIONING), for a figure or a date (SLOT_KINDS); else its coverage as ranked."""
        linked = self._linked_stated(hit.id, q)
        fact = self.brief.facts.get(hit.id)
        if (
            fact is not None
            and q.kind in SLOT_KINDS
            and self.figures.fits_kind(hit.id, q)
            and not q.sources.isdisjoint({c.source for c in fact.citations})
        ):
            # "how much was the contract the Gazette talked about": the thing described by the article telling it,
            # which the fact's citation is, not its statement: the question's verb of mentioning is that telling
            # (fresh tester 76 R4); so too of its date ("when does the contract the Gazette talked about start":
            # fresh tester 78, a follow-up "when does it start" read so)
            linked.append({stem(w) for w in q.words if w in MENTIONING})
        return self._coverage_with(hit, q, linked)

    def _linked_stated(self, doc_id: str, q: Question) -> list[Set[str]]:
        """The stated stems (`Retriever.stated_stems`) of each fact the brief links to the fact (`related`) and that
        cites only articles it cites, for a question of a figure (FIGURE_KINDS) the fact gives; [] otherwise. What
        the article tells of the figure's occasion in the fact it links to the figure's is said of that figure."""
        fact = self.brief.facts.get(doc_id)
        if fact is None or q.kind not in FIGURE_KINDS or not fact.related or not self.figures.fits_kind(doc_id, q):
            return []
        sources = {c.source for c in fact.citations}
        return [
            self.retriever.stated_stems(r)
            for r in fact.related
            if r in self.brief.facts and {c.source for c in self.brief.facts[r].citations} <= sources
        ]

    def _headlined_coverage(self, hit: Hit, q: Question, ranked: list[Hit]) -> float:
        """The candidate's coverage with what its own article's headline fact (`describes: headline`, among the
        NEAR_CANDIDATES) states held, for a question asking whose article it is (`Question.outlet`): "which site
        wrote the 'keepers renew push' article w the lamp signs" describes one article by its headline and by what
        it tells, which no one fact states both of; else its coverage as ranked."""
        fact = self.brief.facts.get(hit.id)
        if fact is None or not q.outlet:
            return hit.coverage
        sources = {c.source for c in fact.citations}
        headlines = [
            self.retriever.stated_stems(h.id)
            for h in ranked[:NEAR_CANDIDATES]
            if h.id != hit.id
            and (told := self.brief.facts.get(h.id)) is not None
            and told.describes == "headline"
            and {c.source for c in told.citations} == sources
        ]
        return self._coverage_with(hit, q, headlines)

    def _coverage_with(self, hit: Hit, q: Question, others: list[Set[str]]) -> float:
        """The candidate's coverage of the question's weighted stems with the stems of `others` (other facts'
        statements) held too; its coverage as ranked when there are none."""
        if not others:
            return hit.coverage
        weights = self.retriever.weights(q, known_only=True)
        total = sum(weights.values())
        have = self.index.doc_stems(hit.id)
        held = sum(w for s, w in weights.items() if s in have or any(s in told for told in others))
        return held / total if total > 0 else hit.coverage

    def _spoke_as_asked(self, fact: FactData, speaking: Speaking) -> bool:
        """The fact's statement tells its speaker spoke as the question asks: to the listener it names, right after
        a word of telling (TOLD_TO: "told the Gazette", "spoke to the Gazette"), and with every party the question
        names before its verb ("who from the guild", `Speaking.group`) named before that telling, as the speaker's
        own ("Guild organizer Ana Lind told the Gazette", not "Ana Lind told the Gazette the guild …"). With no
        listener asked, the telling is the statement's first verb of speech (REPORTED, SPEAKING_TO). A quote the
        outlet took from elsewhere ("Lind argued in an op-ed") or a speaker of another party tells neither (review
        22 H1: a quote cited from an article is no word said to it)."""
        tokens = words(fold(fact.statement))
        spans = self._name_spans(tokens)
        told: int | None
        if speaking.listener is not None:
            told = next(
                (start for start, _, e in spans if e == speaking.listener and self._told_before(tokens, start)), None
            )
        else:
            told = next((i for i, t in enumerate(tokens) if t in REPORTED or t in SPEAKING_TO), None)
            if told is None and not speaking.group:
                return True  # "who said …" of a quote: whoever its words are
        if told is None:
            return False
        return all(any(e == g and start < told for start, _, e in spans) for g in speaking.group)

    @staticmethod
    def _told_before(tokens: list[str], start: int) -> bool:
        """A word of telling (TOLD_TO) stands right before the name at `start` (a "the" between them allowed)."""
        at = start - 1 if start > 0 and tokens[start - 1] == "the" else start
        if at == 0 or tokens[at - 1] not in TOLD_TO:
            return False
        before = TOLD_TO[tokens[at - 1]]
        return before is None or (at > 1 and tokens[at - 2] in before)

    def _asks_speaker(self, q: Question) -> bool:
        """The question asks who spoke ("who from the guild spoke to the Gazette", "which guild official talked to
        …"): a "who" question, or one opening with "which" and a noun for a person (naming.asked_noun), whose verb
        is one of speaking (SPEECH_VERBS, SPEAKING_TO): someone's quoted words tell it, whatever verb they came with."""
        if SPEECH_VERBS.isdisjoint(q.words) and SPEAKING_TO.isdisjoint(q.words):
            return False
        if q.kind == "who":
            return True
        noun = asked_noun(q.words, q.text, self.english.verb, q.named_at)
        return noun is not None and NOUN_KINDS.get(noun) == PERSON_KINDS

    def _covering(self, q: Question, ranked: list[Hit], speaking: Speaking | None) -> Hit:
        """The best candidate, or, when it covers too little of the question, the first near-best one that covers
        nearly all of it: a strong match on one word does not hide the candidate holding the rest of what is asked."""
        best = ranked[0]
        if best.coverage >= self.min_coverage(best.id, q):
            return best
        nearly_all = next(
            (h for h in ranked[1:] if h.score >= NEAR_BEST * best.score and h.coverage >= NEARLY_ALL), None
        )
        if nearly_all is None and (of_kind := self._entry_of_kind_asked(q, ranked)) is not None:
            return of_kind
        if nearly_all is not None or speaking is None or not speaking.asks_speaker:
            return nearly_all or best
        # "which guild official spoke to the Gazette": the near-best quote its speaking verb is held for covers it
        return next(
            (
                h
                for h in ranked[1:NEAR_CANDIDATES]
                if h.score >= NEAR_BEST * best.score
                and self._spoken_coverage(h, speaking) >= self.min_coverage(h.id, q)
            ),
            best,
        )

    def _entry_of_kind_asked(self, q: Question, ranked: list[Hit]) -> Hit | None:
        """ "Which outlet got the documents showing …": a question asking which thing of a class (the noun right
        after "which", or after one describing word: OUTLET_NOUNS for an outlet, else NOUN_KINDS) whose best candidate
        covers too little of it is answered by a near-best glossary entry of that kind covering enough (the outlet's
        entry telling it obtained them), as a fact of its act would be; None when there is none (blind set CG)."""
        if q.words[:1] != ["which"]:
            return None
        noun = next((t for t in q.words[1:3] if t in OUTLET_NOUNS or t in NOUN_KINDS), None)
        if noun is None:
            return None
        kinds = frozenset({OUTLET_KIND}) if noun in OUTLET_NOUNS else NOUN_KINDS[noun]
        best = ranked[0]
        return next(
            (
                h
                for h in ranked[1:NEAR_CANDIDATES]
                if h.id in self.brief.entities
                and self._kind_of(h.id) in kinds
                and h.score >= NEAR_BEST * best.score
                and h.coverage >= self.min_coverage(h.id, q)
            ),
            None,
        )

    def states_present(self, doc_id: str) -> bool:
        """The fact itself says how things stand now ("now the Harbour Lamp Trust"), as a question about today needs."""
        return CURRENT.search(self._text(doc_id).lower()) is not None

    def _paid_for_thing(self, q: Question, doc_id: str) -> bool:
        """The fact tells a payment (PAYMENT_WORDS) and names, in its statement, a thing the question names that is
        no party (a system, a program: not ACTOR_KINDS): what was paid for it."""
        fact = self.brief.facts.get(doc_id)
        if fact is None or PAYMENT_WORDS.isdisjoint(words(fact.statement.lower())):
            return False
        said = set(words(fact.statement.lower()))
        return any(
            e in fact.entities and self._kind_of(e) not in ACTOR_KINDS and not self._name_words_of(e).isdisjoint(said)
            for e in q.entities
        )

    def only_tagged(self, doc_id: str, q: Question) -> bool:
        """A figure question whose words, beyond the entities, years and counted noun, reach the fact only through
        its curated keywords: the fact states none of them (nor a synonym the brief gives for them). A keyword
        finds a fact; it does not make the fact's figure the figure of that word. The words of the occasion a count
        is asked at ("how many were at the guild's HQ") only say where (Figures.counts_where_asked checks them)."""
        where = set(self.figures.occasion(q, present=True)) if "count" in q.cues else set()
        described = self._described_party(q)
        asked = [
            t
            for t in q.leftover
            if t not in CUE_TERMS
            and t not in q.years
            and stem(t) != stem(q.counted)
            and not (q.counted == "people" and t in GATHERINGS)  # "how big was the crowd": its people counted
            and t not in where
            and t not in described
            and not self._leader_role(q, t)
            and not (t in ANYONE and q.words[:1] == ["who"])  # "who was the guild person": whom, as "who" asks
        ]
        if not asked:
            return False
        stated = self.retriever.stated_stems(doc_id)
        # (a word its own article states in a fact it links to the figure's tells the figure's occasion too: "how
        # many charges came out of the op targeting kin" of "the op led to 38 charges", linked to the article's fact
        # of whom the op targeted; as `_linked_coverage` holds it for coverage)
        linked = self._linked_stated(doc_id, q)
        has = self.index.doc_stems(doc_id)
        tagged = False
        for term in asked:
            forms = self.told.forms(term)
            if not forms.isdisjoint(stated) or any(not forms.isdisjoint(told) for told in linked):
                return False
            tagged = tagged or not forms.isdisjoint(has)
        return tagged

    def _slot_act(self, q: Question, positions: set[int]) -> str:
        """The word in a verb's place of a figure or date question (SLOT_KINDS) whose subject is a party (ACTOR_KINDS):
        "how much did the Admiralty sink into the guild" -> "sink" (acts.act_after_name); an English word only ("rwite"
        may be a slip of any word); "" for none, and for a program or a system put as the doer ("how much did Lantern
        bill the guild"), which pays and acts for nobody."""
        if q.kind not in SLOT_KINDS:
            return ""
        slot = act_after_name(q.words, positions, named_object=True, through_preposition=True)
        if slot is None or not self.english.common(slot.word):
            return ""
        aux = next(i for i, w in enumerate(q.words) if w in AUXILIARIES_BASE)  # act_after_name found one
        subject = [e for start, _, e in self._name_spans(q.words) if start == aux + 1]
        return slot.word if any(self._kind_of(e) in ACTOR_KINDS for e in subject) else ""

    def _name_words_of(self, ent_id: str) -> frozenset[str]:
        """The words of an entity's name and aliases, in lower case (`_name_words`, kept per entity)."""
        entry = self.brief.entities[ent_id]
        return frozenset(w for name in (entry.name, *entry.aliases) for w in words(name.lower()))

    def _described_party(self, q: Question) -> set[str]:
        """The words after a name's possessive ("the Admiralty's scouting arm put into …": scouting, arm, put; typed
        without its apostrophe too, "the Admiraltys scouting arm": blind set BJ) when one of them is a word the brief
        never uses: someone of the named one's, described in other words than the
        brief's, who did what is asked; not the thing a figure is of ("the guild's revenue": a word it uses)."""
        out: set[str] = set()
        if not q.entities or "s " not in q.text:
            return out  # most questions name nobody's anything
        named = frozenset().union(*(self._name_words(e) for e in q.entities))
        typed = q.text.lower()
        bare = [f for f in POSSESSED_BARE().finditer(typed) if f.group("owner") + "s" not in named]
        for found in [*POSSESSED().finditer(typed), *bare]:
            if found.group("owner") not in named:
                continue
            said = list(itertools.takewhile(lambda w: w not in STOPWORDS, words(found.group("words"))))
            # in the words the question was read in: a shorthand's ("the Admiralty's vc arm": venture, capital)
            said = [w for typed in said for w in words(ABBREVIATIONS.get(typed, typed))]
            if any(not self._knows(w) for w in said):
                out.update(said)
        return out

    def _defining(self, q: Question, ranked: list[Hit], best: Hit) -> Hit:
        """ "Who is the CEO of the guild": of the near-best candidates that state the relation, the one about the
        fewest things ("Ada Lind is the guild's CEO" rather than "keepers confronted CEO Ada Lind about …")."""
        near = [
            h
            for h in ranked[:6]
            if h.id in self.brief.facts
            and h.score >= NEAR_BEST * best.score
            and h.coverage >= best.coverage
            and self.relation_stated(h.id, q)
        ]
        return min(near, key=lambda h: (len(self.brief.facts[h.id].entities), -h.score)) if near else best

    def asked_coverage(self, doc_id: str, q: Question) -> float:
        """How much of what the question asks beyond the entities it names the fact contains: "who wrote The Lord
        of the Rings" names an entity the brief knows, but "wrote" is what it asks, and no fact about it has it."""
        asked = [t for t in q.leftover if t not in CUE_TERMS and t not in WHO_NOUNS and not self._leader_role(q, t)]
        # nor a year the thing asked of is named by ("who wrote the 2018 Harbour letter"): a fact of that year tells
        # the letter, not its writer
        naming = {t for t, n in itertools.pairwise(q.words) if t in q.years and n in q.terms}
        asked = [_light_object(q.words, t) or t for t in asked if t not in naming]
        if not asked:
            return 1.0
        if set(asked) <= MAKING and self._maker_stated(doc_id, q):
            return 1.0  # "who made the Beacon app": "the guild's Beacon app", "Beacon: a guild mapping tool"
        fact = self.brief.facts.get(doc_id)
        quoted = fact is not None and fact.kind == "quote"
        if set(asked) <= SPEAKING and quoted:
            return 1.0  # "who talked about the lamp": a fact curated as someone's words on it
        weights = self.retriever.weights(replace(q, terms=asked))
        total = sum(weights.values())
        if total <= 0:
            return 1.0
        said = self.retriever.stated_stems(doc_id)
        # a fact curated as someone's words states their speaking, whatever else is asked ("who brought up the lamp
        # at the vigil": the speaking is told by its being a quote, the vigil may not be)
        speaking = {stem(t) for t in asked if t in SPEAKING} if quoted else set()
        # and a word is stated by a synonym the brief gives for it, as the search found the fact by ("who funded the
        # guild": "the Admiralty invested in the guild")
        said = said | {stem(t) for t in asked if any(stem(a) in said for a in self._synonyms.get(t, ()))}
        # and a compound asked closed up is stated by its words written open or hyphenated ("a longtime backer" by
        # "a long-time supporter": fresh tester 64, refused where "a long-time backer" answered)
        parts = {t: closed_up_parts(self.index, t) for t in asked}
        said = said | {stem(t) for t, cut in parts.items() if any(stem(a) in said and stem(b) in said for a, b in cut)}
        return sum(w for s, w in weights.items() if s in said or s in speaking or _nominal_of(s, said)) / total

    @staticmethod
    def names_month(q: Question) -> bool:
        """The question names a month or a day ("in may 2019", "on 13 september"), not only a year."""
        return "-" in q.on_date.lstrip("-") or q.on_date.startswith("--")

    def of_month(self, doc_id: str, q: Question) -> bool:
        """The candidate is a fact of the month (or day) the question names; True when it names none."""
        if not self.names_month(q):
            return True
        fact = self.brief.facts.get(doc_id)
        return fact is not None and self._on_day(fact, q.on_date)

    @staticmethod
    def year_naming(q: Question) -> str:
        """The year the question names a thing by ("the 2013 contract", or with a name: "the 2011 Harbour deal",
        whose name is a term, not a leftover word): a year right before another of its terms; "" when none is. A
        year after a preposition of time (DATE_PREPOSITIONS), with the month or day before it, says when: "what did
        the protesters in new york in september 2019 chant" names no "2019 chant" (a follow-up's reading puts the
        verb right after it)."""
        said = q.words
        for at, (t, n) in enumerate(itertools.pairwise(said)):
            if t not in q.years or n not in q.terms:
                continue
            before = at - 1
            while before >= 0 and said[before] in q.date_words:
                before -= 1
            if before < 0 or said[before] not in DATE_PREPOSITIONS:
                return t
        return ""

    def of_time(self, doc_id: str, q: Question) -> bool:
        """The candidate is a fact of the year, month or day the question names (`_on_day`); True when it names
        none. A glossary entry, or a fact the brief gives no date for, is of no time."""
        if not q.on_date:
            return True
        fact = self.brief.facts.get(doc_id)
        return fact is not None and self._on_day(fact, q.on_date)

    def _of_other_place(self, doc_id: str, q: Question) -> bool:
        """The candidate is a fact listing another place than the one the question names (Retriever.of_other_place)."""
        fact = self.brief.facts.get(doc_id)
        return fact is not None and self.retriever.of_other_place(q, fact.entities)

    def _of_place(self, q: Question, ranked: list[Hit], best: Hit) -> Hit:
        """ "When was the Eastport vigil in July": a best of another place than the one a question naming a month
        names (matched by its month and words, "vigil", "July") yields to the first candidate within
        OTHER_PLACE_NEAR of it that is not, covering the question nearly as well (COVERAGE_SLACK): the place asked
        is what the question is of (fresh tester 78). The best otherwise."""
        if not self.names_month(q) or not q.entities or not self._of_other_place(best.id, q):
            return best  # (a month named: the day or month matched is what may have put the other place's fact first)
        return next(
            (
                h
                for h in ranked[1:AMOUNT_CANDIDATES]
                if h.score >= OTHER_PLACE_NEAR * best.score
                and h.coverage >= best.coverage - COVERAGE_SLACK
                and h.id in self.brief.facts
                and not self._of_other_place(h.id, q)
            ),
            best,
        )

    def _of_month(self, q: Question, ranked: list[Hit], best: Hit) -> Hit:
        """ "Where were the protests in May 2019": a month (or day) the question names picks, of the candidates
        covering it as well and within ON_DATE_NEAR of the best, the first that is of that month (`_on_day`),
        when the best is not; the best otherwise."""
        if not self.names_month(q) or q.kind == "date" or self.of_month(best.id, q):
            return best  # no month named; a date question's own checks date its candidates; of that month already

        def of_month_there(doc_id: str) -> bool:
            # never one of another place than the one named: "what happened in Eastport in July" is not answered by
            # the Westport vigil of that July (fresh tester 78: a place asked outweighs a month matched)
            fact = self.brief.facts.get(doc_id)
            return self.of_month(doc_id, q) and not (
                fact is not None and self.retriever.of_other_place(q, fact.entities)
            )

        close = self._close(ranked[:AMOUNT_CANDIDATES], best, ON_DATE_NEAR, of_month_there)
        return close or best

    def _begun_in_year(self, q: Question, ranked: list[Hit], best: Hit) -> Hit:
        """ "How much was the 2019 lease worth": a thing named by a year is the one of that year, not one dated to
        it only by its expected end ("the lease signed in 2016 was due to expire in 2019"); of the candidates
        covering the question as well and within ON_DATE_NEAR of such a best, the first of that year not so dated
        answers an amount question that asks nothing of an end. The best otherwise."""
        fact = self.brief.facts.get(best.id)
        if q.kind != "amount" or not q.years or not ENDING_WORDS.isdisjoint(q.words) or fact is None:
            return best
        if not fact.date or fact.date[:4] not in q.years or not due_to_end(fact.statement, fact.date):
            return best

        def begun(doc_id: str) -> bool:
            told = self.brief.facts.get(doc_id)
            date = told.date if told is not None else None
            if told is None or date is None:
                return False
            return date[:4] in q.years and not due_to_end(told.statement, date)

        return self._close(ranked[:AMOUNT_CANDIDATES], best, ON_DATE_NEAR, begun) or best

    def _placed(self, q: Question, ranked: list[Hit], best: Hit) -> Hit:
        """ "Where were the monday protests": a where-question's best naming no place (a glossary entry of
        PLACE_KINDS) yields to the first candidate covering it as well within PLACE_NEAR of it that names one (and
        is of the month the question names, if it names one). A best naming a web place (`online_venue`: "flooded
        the company's software development page") keeps its lead: an act done online was there, not in a town
        another candidate names (fresh tester 91)."""
        if q.kind != "where" or self._names_place(best.id) or online_venue(self._text(best.id)) is not None:
            return best
        of_month = self.names_month(q)  # and of the month named, as `_of_month` picked the best

        def fits(doc_id: str) -> bool:
            return self._names_place(doc_id) and (not of_month or self.of_month(doc_id, q))

        # what the one asked is ("the guild is a seafaring body …") ranks high on its name alone, yet tells no place it
        # acted in: a candidate telling one is taken from further off (fresh tester 94)
        share = DESCRIBED_PLACE_NEAR if self._describes_asked(q, best.id) else PLACE_NEAR
        return self._close(ranked[1:AMOUNT_CANDIDATES], best, share, fits) or best

    def _describes_asked(self, q: Question, doc_id: str) -> bool:
        """The fact is one describing what a one the question names is (its kind is that one's kind: an
        organization's, a person's; records.FactKind has one "organization" for the glossary's company, agency, media
        and organization) and names no other."""
        f = self.retriever.fact_features(doc_id)
        if f is None or len(f.entities) != 1:
            return False
        (named,) = f.entities
        kind = self._kind_of(named)
        # a glossary's company, agency or outlet is described by a fact of the one organization kind facts have
        return named in q.entities and f.kind == ("organization" if kind in ORGANIZATION_KINDS else kind)

    def _running(self, q: Question, ranked: list[Hit], best: Hit) -> Hit:
        """ "How much is the one expiring next year": an amount question asking of something still running or yet to
        end (PRESENT_WORDS, asks_upcoming) whose best states only sums that had ended ("worth $16 million, had
        recently expired") yields to the first candidate within AMOUNT_NEAR of it, covering it as well, stating a sum
        that had not; so does any question asking of one whose end it negates ("which lease hadn't expired"), and a
        "which" question asking of one still running (the first close candidate `_tells_running`, the best included)."""
        running_asked = (
            not PRESENT_WORDS.isdisjoint(q.words) or "still" in q.words or asks_upcoming(q.words)
        )  # "still" of a time: in force then ("the lease still running in 2018")
        # "which of the 2018 leases was still running": which one had not ended, told by a fact telling of ends
        which_running = q.kind == "topic" and q.words[:1] == ["which"] and running_asked
        if which_running:
            return self._close(ranked[:AMOUNT_CANDIDATES], best, AMOUNT_NEAR, self._tells_running) or best
        if not (q.kind == "amount" and running_asked) and not (q.kind == "topic" and ends_negated(q.words)):
            return best
        if not self._only_ended_sums(best.id):
            return best

        def running(doc_id: str) -> bool:
            known = doc_id in self.brief.facts
            return known and not self._only_ended_sums(doc_id) and self.figures.fits_kind(doc_id, q)

        return self._close(ranked[1:AMOUNT_CANDIDATES], best, AMOUNT_NEAR, running) or best

    def _end_ahead(self, q: Question, ranked: list[Hit], best: Hit) -> Hit:
        """ "When does the lease end", "when will it expire": a date question asking, in the present or future, of an
        end (END_AHEAD_ASKED) asks the one still to come when the articles wrote, not one told as already done; a
        best telling only an end done ("had recently expired") yields to the candidate within NEAR_BEST of it,
        covering it as well, that tells a dated end still to come ("was due to expire on 25 September 2019"), the
        latest of those when several are."""
        if q.kind != "date" or not _asks_end_ahead(q.words) or (fact := self.brief.facts.get(best.id)) is None:
            return best
        if not ENDED().search(fact.statement) or due_to_end(fact.statement, fact.date or "0000"):
            return best

        def ahead(doc_id: str) -> bool:
            told = self.brief.facts.get(doc_id)
            return told is not None and due_to_end(told.statement, told.date or "0000")

        close = [
            h
            for h in ranked[1:AMOUNT_CANDIDATES]
            if h.coverage >= best.coverage and h.score >= NEAR_BEST * best.score and ahead(h.id)
        ]
        return max(close, key=lambda h: self.brief.facts[h.id].date or "", default=best)

    def _tells_running(self, doc_id: str) -> bool:
        """The fact tells of an end (ENDING_WORDS: "due to expire", "had expired") of sums not all ended: of which
        thing was still running then, and which was not."""
        fact = self.brief.facts.get(doc_id)
        if fact is None or ENDING_WORDS.isdisjoint(self._said(fact.statement)):
            return False
        text = without_dates(fact.statement)
        return any(not figure_ended(text, m) for m in AMOUNT.finditer(text))

    def _only_ended_sums(self, doc_id: str) -> bool:
        """Every sum the fact states is followed, within its clause, by its having ended ("had recently expired")."""
        fact = self.brief.facts.get(doc_id)
        if fact is None:
            return False
        text = without_dates(fact.statement)
        sums = list(AMOUNT.finditer(text))
        return bool(sums) and all(figure_ended(text, m) for m in sums)

    def _caused(self, q: Question, ranked: list[Hit], best: Hit) -> Hit:
        """ "Why was there a vigil", "what set off the vigil": the cause of an event asked ("why", or a verb of
        causing: kinds.CAUSE_ASKED), which a best telling the event with no reason or cause ("the vigil began on a
        Saturday, when …") does not give; a candidate about as good (NEAR_BEST) and covering as much that tells a
        cause (features.CAUSE_TOLD: "… after reports that …", "these reports set off the vigil") answers instead.
        Not a reason someone gave (what they said or argued), which a best's own account may answer as well."""
        if q.kind != "why-how" or ("why" not in q.words and CAUSING().match(" ".join(q.words)) is None):
            return best
        features = self.retriever.fact_features(best.id)
        if features is None or features.reason:
            return best

        # the things and acts asked of (not names): a cause told of something else ("these reports set off the
        # vigil") gives no reason for "why did the guild close the harbour"
        asked = {stem(t) for i, t in enumerate(q.words) if t in q.terms and i not in q.named_at}

        def tells_cause(doc_id: str) -> bool:
            fact = self.brief.facts.get(doc_id)
            return fact is not None and any(
                not asked.isdisjoint(stem(w) for w in words(told)) for told in caused(fact.statement)
            )

        return self._close(ranked[1:NEAR_CANDIDATES], best, NEAR_BEST, tells_cause) or best

    def _fact_kind(self, doc_id: str) -> str:
        """The kind of the fact (models.FactKind: "event", "quote" …); "" for a glossary entry."""
        fact = self.brief.facts.get(doc_id)
        return fact.kind if fact is not None else ""

    def _invoked(self, q: Question, ranked: list[Hit], best: Hit) -> Hit:
        """ "Why are the keepers bringing up the flood", "why did Lind mention the 1990 lease": why something is
        named (a verb of INVOKING) is told where it is named, so a best that neither lists nor names the things the
        question names after that verb (the guild's roster, of "why are guild members bringing up the flood") yields
        to the first near candidate (NEAR_CANDIDATES, MIN_COVERAGE) that names them all. Not a name found nowhere
        near: the best stays, and what follows it decides."""
        if q.kind != "why-how" or "why" not in q.words:
            return best
        verb = next((i for i, t in enumerate(q.words) if _invoking(t)), None)
        if verb is None:
            return best
        after = " ".join(q.words[verb + 1 :])
        invoked = [
            e
            for e in q.entities
            if not self.subjects.ubiquitous_entity(e)
            and any(re.search(rf"\b{re.escape(w)}\b", after) for w in self._name_words_of(e) - STOPWORDS)
        ]
        if not invoked or best.id not in self.brief.facts or not self._names_not_all(best.id, invoked):
            return best
        return self._near_fact(ranked, lambda doc_id: not self._names_not_all(doc_id, invoked)) or best

    def _names_not_all(self, doc_id: str, entities: list[str]) -> bool:
        """The fact neither lists nor names one of the entities."""
        return any(self.subjects.about_others(doc_id, [e]) for e in entities)

    def _followed(self, q: Question, ranked: list[Hit], best: Hit) -> Hit:
        """ "What happened when the keeper refused to leave": a best telling no reaction (the premise itself) yields
        to the first of NEAR_CANDIDATES the brief relates to it (`related`) that tells one, of the premise."""
        # (and "how did the keepers get the letter in when nobody opened up": how it was done, given what the question
        # states, is what was done in answer to that; blind set BF)
        how_then = q.words[:1] == ["how"] and q.kind == "why-how"
        if not q.premise or (q.actor and not how_then) or not (asks_what_followed(q.words) or how_then):
            return best
        fact = self.brief.facts.get(best.id)
        features = self.retriever.fact_features(best.id)
        if fact is None or features is None or features.reaction:
            return best
        # (asked how, the best telling the premise itself: a reaction the brief relates to it is to that premise)
        premised = how_then and self.retriever.touches_premise(best.id, q)
        if premised and answered_undergone(fact.statement, q.premise):
            # "she asked for a meeting and was told to leave": the premise and the answer to it, which a reaction
            # the brief relates ("in response, they called the police": to her refusal to leave) comes after
            return best
        for h in ranked[1:NEAR_CANDIDATES]:
            told = self.retriever.fact_features(h.id)
            if h.id not in fact.related or told is None or not told.reaction:
                continue
            if premised or self.retriever.touches_premise(h.id, q):
                return h
        return best

    def _beyond_scene(self, q: Question, ranked: list[Hit], best: Hit) -> Hit:
        """ "After the ny/dc actions, where were organizers headed later that week": a best fact that lacks a word
        the question asks beyond its scene-setting clause (`q.context`, which only says what the asked thing
        follows) yields to the first fact of SCENE_CANDIDATES holding every one of those words, the scene's words
        having raised the fact of the scene itself (blind set BM: it led the New York and Washington actions, not
        where organizers went next). Of a question asking something (not yes/no, not a comparison) whose words
        beyond the scene are at least two besides names (one would pick on a single word), and whose scene is set in
        time (SCENE_TIMES: "after …"; a clause read as a scene otherwise, "the give-the-profits-to-charity petition",
        may be what is asked)."""
        if q.context.isdisjoint(SCENE_TIMES) or q.kind in ("yes-no", "comparison") or best.id not in self.brief.facts:
            return best
        asked = {s: w for s, w in self.retriever.weights(q).items() if s not in q.context}
        named = {stem(q.words[i]) for i in q.named_at if i < len(q.words)}
        if len(asked.keys() - named) < MIN_ASKED_BEYOND_SCENE or self.retriever.coverage(best.id, asked) >= 1:
            return best
        for h in ranked[1:SCENE_CANDIDATES]:
            if h.id in self.brief.facts and self.retriever.coverage(h.id, asked) >= 1:
                return h
        return best

    @staticmethod
    def _presence_uncounted(q: Question, statement: str) -> bool:
        """ "How many people were at the vigil": people counted as present somewhere, where no count in the fact is
        of people there: each is of people who did something else ("several people refused to take the flier"),
        with no word of gathering (GATHERING) within PRESENCE_REACH words after it and no protesters counted. The
        same of people counted as working somewhere ("how many keepers work at the guild", WORKING_AT): no count
        in the fact has a word of working within PRESENCE_REACH words after it or of a workforce right before it
        ("more than 200 keepers signed a letter" counts the signers, not the guild's keepers)."""
        present = q.counted in PEOPLE and PRESENT_AT().search(q.text) is not None
        counted_at = q.words.index(q.counted) if q.counted in q.words else len(q.words)
        after_counted = " ".join(q.words[counted_at + 1 :])
        working = q.counted in PERSON_NOUNS and WORKING_AT().search(after_counted) is not None
        if not present and not working:
            return False
        text = without_dates(statement)
        counts = [m for m in COUNT().finditer(text) if not is_sum(text, m)]
        if not counts:
            return False
        for m in counts:
            after = [stem(w) for w in words(fold(text[m.end() :]))[:PRESENCE_REACH]]
            if present and (not GATHERING.isdisjoint(after) or not ATTENDING.isdisjoint(after)):
                return False
            before = [stem(w) for w in words(fold(text[: m.start()]))[-PRESENCE_REACH:]]
            if working and (not WORKING.isdisjoint(after) or not WORKFORCE.isdisjoint(before)):
                return False
        return True

    def linked(self, doc_id: str) -> frozenset[str]:
        """The facts the brief relates to a fact (`related`), or none for a glossary entry."""
        fact = self.brief.facts.get(doc_id)
        return frozenset(fact.related) if fact is not None else frozenset()

    def _names_place(self, doc_id: str) -> bool:
        f = self.retriever.fact_features(doc_id)
        return f is not None and not PLACE_KINDS.isdisjoint(f.entity_kinds)

    def _sums_named(self, q: Question, ranked: list[Hit]) -> tuple[tuple[str, str], ...] | None:
        """ "How much is the $21m contract plus the $12m one", "16 plus 21": the two or more sums the question names
        (`scaled_figures`, or, asking an amount, bare numbers of two digits or more, no year: "what is 16 plus 21"
        gives no sums of money to write as "$16 million"; fresh review 19, M8), each as the closest fact of the first
        NEAR_CANDIDATES stating it writes it ("$21 million"), with that fact's id, in the question's order; () when
        one of them no close fact states (the parts asked are not all told: none is shown in their stead); None when
        the question names fewer than two."""
        asked = [f"{n} {scale}" for n, scale in scaled_figures(q.words)]
        scaled = {n for n, _ in scaled_figures(q.words)}
        if q.kind == "amount":  # bare numbers are sums of money only when money is asked ("how much is 16 plus 21")
            asked += [t for t in q.words if t.isdigit() and len(t) > 1 and t not in q.years and t not in scaled]
        if len(asked) < 2:
            return None
        asked.sort(key=lambda f: q.words.index(f.split()[0]))
        stating = [
            [
                (m, h.id)
                for h in ranked[:NEAR_CANDIDATES]
                if (fact := self.brief.facts.get(h.id)) is not None
                for m in AMOUNT.findall(fact.statement)
                if _amount_is(m, figure)
            ]
            for figure in asked
        ]
        if not all(stating):
            return ()
        # one sum stated by several facts ("$5 million" of two articles' leases): the one of the article giving
        # the other sums asked ("the $5m and $12m leases", told side by side), else the closest
        found: list[tuple[str, str]] = []
        for at, told in enumerate(stating):
            others = {self._source_of(i) for n, rest in enumerate(stating) if n != at for _, i in rest[:1]}
            found.append(next((t for t in told if self._source_of(t[1]) in others), told[0]))
        return tuple(dict.fromkeys(found))

    def alternative_sums(self, q: Question, ranked: list[Hit]) -> tuple[tuple[str, str], ...] | None:
        """ "Was the contract $49m or $53m": two or more sums the question names with "or" between them (offered as
        alternatives, not added), each stated by a different close fact (`_sums_named`: (sum, fact id) in the
        question's order); None when one of them no close fact states or one fact states them all (its own reading
        answers), and for any other question. Either alone would read as the answer, when the articles give both."""
        at = [i for i in range(1, len(q.words)) if q.words[i] in SCALES and is_number(q.words[i - 1])]
        # ("which was bigger, the 38m or the 39m" compares them: its own reading answers)
        if q.kind == "comparison" or asks_adding(q) or len(at) < 2 or "or" not in q.words[at[0] : at[-1]]:
            return None
        parts = self._sums_named(q, ranked)
        if not parts or len({i for _, i in parts}) < len(parts) or len(parts) < len(at):
            return None
        return parts

    def _source_of(self, doc_id: str) -> str:
        """The source a fact's first citation is of ("" for none, or an entry)."""
        fact = self.brief.facts.get(doc_id)
        return fact.citations[0].source if fact is not None and fact.citations else ""

    def _sums_of_parts(self, q: Question) -> tuple[tuple[str, str], ...]:
        """ "The Kestrel contract and the Lantern renewal together": each joined part's sum (`joined_parts`), as the
        first sum of the closest of NEAR_CANDIDATES facts stating all the part's words, with that fact's id, when the
        two parts' sums differ: one part's sum alone is no total, nor is the best fact of the whole question
        (which may tell only one part) the place of the other's. () when a part has no such fact."""
        parts = joined_parts(q)
        if parts is None or not all(parts):
            return ()
        found: list[tuple[str, str]] = []
        for part in parts:
            sub = replace(q, search=part, terms=part, leftover=part, sides=[])
            told = next(
                (
                    (sums[0], h.id)
                    for h in self.retriever.rank(sub)[:NEAR_CANDIDATES]
                    if h.coverage >= 1.0
                    and (fact := self.brief.facts.get(h.id)) is not None
                    and (sums := AMOUNT.findall(fact.statement))
                ),
                None,
            )
            if told is None:
                return ()
            found.append(told)
        return tuple(found) if found[0][0] != found[1][0] else ()

    def _sums_near(self, q: Question, ranked: list[Hit], best: Hit) -> tuple[tuple[str, str], ...]:
        """The sums the facts about as close as `best` give (the first AMOUNT_CANDIDATES, each within AMOUNT_NEAR of
        it and fitting the question), each fact's first, when two or more differ; () otherwise."""
        found: dict[str, str] = {}
        for h in ranked[:AMOUNT_CANDIDATES]:
            fact = self.brief.facts.get(h.id)
            if fact is None or h.score < AMOUNT_NEAR * best.score or not self.figures.fits_kind(h.id, q):
                continue
            told = AMOUNT.findall(fact.statement)
            if told and told[0] not in found:
                found[told[0]] = h.id
        return tuple(found.items()) if len(found) > 1 else ()

    def _counts_near(self, q: Question, ranked: list[Hit], best: Hit) -> tuple[tuple[str, str], ...]:
        """The counts of what is asked (`Figures.counts_asked`) the facts near `best` give (the first
        AMOUNT_CANDIDATES, each within TOTAL_NEAR of it), each fact's first with its qualifier ("more than 60"),
        `best`'s first. A count is a number right before the counted noun (names aside: "more than 60 Harbour
        keepers") or right after it and "of" or "by" ("arrests of over 400 keepers"): not one of only some of them
        ("35 criminal arrests"), nor a figure planned ("8,400 (planned)"), which counts nothing done."""
        if not q.counted:
            return ()
        counted = stem(q.counted)
        # people counted are counted by any noun for persons ("how many people signed": "200 employees signed")
        nouns = {counted} | (PERSON_NOUN_STEMS if counted in GENERIC_PERSON_STEMS else set())
        noun = "(?:" + "|".join(map(re.escape, sorted(nouns, key=len, reverse=True))) + ")"
        names = r"(?:[A-Z][\w'’-]*\s+)*"  # (capitalized: a name's words)
        found: dict[str, str] = {}
        for h in sorted(ranked[:AMOUNT_CANDIDATES], key=lambda h: h.id != best.id):
            fact = self.brief.facts.get(h.id)
            if fact is None or h.score < TOTAL_NEAR * best.score or not self.figures.counts_asked(fact.statement, q):
                continue
            text = without_dates(fact.statement)
            for m in NUMBER().finditer(text):
                after = re.match(rf"\s+{names}(?i:{noun})", text[m.end() :])
                # (or by the doers of the act making it, as `counts_asked` reads them: "a petition signed by 60")
                before = re.search(
                    rf"\b(?:{noun}\w*\s+of|\w+ed\s+by|{noun}\w*\s+by)\s+(?:\w+\s+){{0,2}}$",
                    text[: m.start()],
                    re.IGNORECASE,
                )
                if after is None and before is None:
                    continue
                figure = with_qualifier(text, m.start(), m.group(0))
                if planned_before(text, m.start()) is None and figure not in found:
                    found[figure] = h.id
                break
        return tuple(found.items())

    @staticmethod
    def _close(candidates: list[Hit], best: Hit, share: float, fits: Callable[[str], bool]) -> Hit | None:
        """The first of `candidates` covering the question as well as `best`, scored within `share` of it, that
        `fits` (a test of its id); None when none does."""
        return next(
            (h for h in candidates if h.coverage >= best.coverage and h.score >= share * best.score and fits(h.id)),
            None,
        )

    def _figure_unstated(self, q: Question, doc_id: str) -> str:
        """The first count the question names (compose.figures.NUMBER, not a year, a day of the month or a sum of money:
        "$12 million", "12m", "21 milion") that the document does not state as that figure ("300" against
        "120,000"); "" when it states them all or names none."""
        stated = {m.group(0).replace(",", "") for m in NUMBER().finditer(self._text(doc_id))}
        for m in NUMBER().finditer(q.text):
            figure = m.group(0)
            digits = figure.replace(",", "")
            if digits in q.years or figure in q.date_words or _summed(q.text, m):
                continue
            if digits not in stated:
                return figure
        return ""

    def _text(self, doc_id: str) -> str:
        """A fact's statement, or a glossary entry's description."""
        fact = self.brief.facts.get(doc_id)
        return fact.statement if fact is not None else self.brief.entities[doc_id].description

    def _untold_figure(self, q: Question) -> str:
        """A figure a yes/no question names ("200,000" typed with its commas, or a count of a hundred or more
        without that the brief has as a word or as a larger number's first digit group: "300") that no fact found
        by its digits states as a whole number ("120,000" does not state 120); "" when it names none or a fact
        states it."""
        plain = [
            m
            for m in _PLAIN_FIGURE.finditer(q.text)
            # one the brief never has is left to the fact giving the real figure ("did over 100 sign": "60");
            # one it has only as the first digit group of another ("120" of "120,000") is no figure of it
            # "the 2018 article": a year, however it is read, is no count
            if (self.index.knows(m.group(0)) or self.index.leads_a_number(m.group(0)))
            and not YEAR.fullmatch(m.group(0))
            and not _summed(q.text, m)
        ]
        for m in [*_THOUSANDS_FIGURE.finditer(q.text), *plain]:
            digits = m.group(0).replace(",", "")
            whole = re.compile(rf"(?<![\d.]){digits}(?!\d)")  # "120" is not stated by "120,000"
            searched = self._searched_statements([digits])  # "90000" is the word of the brief's "90,000"
            if not any(whole.search(_DIGIT_GROUPS.sub("", said)) for said in searched):
                return m.group(0)
        return ""

    def _searched_statements(self, terms: list[str]) -> Iterator[str]:
        """The statements of the SUM_SEARCH facts the index gives for `terms`, best first."""
        for doc_id, _ in self.index.search(terms, SUM_SEARCH):
            fact = self.brief.facts.get(doc_id)
            if fact is not None:
                yield fact.statement

    def _states_average(self, hit: Hit) -> bool:
        """The fact's statement gives an average: one of AVERAGE_WORDS as a word."""
        fact = self.brief.facts.get(hit.id)
        return fact is not None and not AVERAGE_WORDS.isdisjoint(words(fold(fact.statement)))

    def _states_total(self, doc_id: str) -> bool:
        """The fact's statement gives a total (TOTAL_WORDS as words: "in total", "altogether", "cumulative")."""
        fact = self.brief.facts.get(doc_id)
        return fact is not None and states_total(fact.statement)

    def _planned(self, doc_id: str) -> bool:
        """The fact's statement says what it tells was planned, aimed at or expected (compose.figures.PLANNED)."""
        fact = self.brief.facts.get(doc_id)
        return fact is not None and PLANNED().search(fact.statement) is not None

    def _planned_unquoted(self, doc_id: str) -> bool:
        """As `_planned`, of the statement's own words: "a report titled "How the Port Planned …"" plans nothing."""
        fact = self.brief.facts.get(doc_id)
        return fact is not None and PLANNED().search(QUOTED().sub("", fact.statement)) is not None

    def _exceeding(self, q: Question, ranked: list[Hit]) -> list[Hit]:
        """ "Did the guild get more than $5 million": the candidates (of the first EXCEEDING_CANDIDATES) naming every
        party the question names and stating a larger sum than the one it bounds (yes_no_checks.exceeds)."""
        facts = self.brief.facts
        return [
            hit
            for hit in ranked[:EXCEEDING_CANDIDATES]
            if (fact := facts.get(hit.id)) is not None
            and set(q.entities) <= set(fact.entities)
            and exceeds(q.words, words(fold(fact.statement)))
        ]

    def _sums_told(self, named: set[tuple[str, str]]) -> bool:
        """Some fact states one of the sums a question names (`scaled_figures`: ("3", "million")), found among the
        SUM_SEARCH facts the index gives for its words: otherwise a fact stating no sum at all ("the contract was due
        to expire on 25 September") would be taken for the named one."""
        return any(
            (number, scale) in scaled_figures(words(said))
            for number, scale in named
            for said in self._searched_statements([number, scale])
        )

    @staticmethod
    def _asks_maker(q: Question) -> bool:
        """The question asks only who made something (MAKING: "who built the Beacon app")."""
        asked = {t for t in q.leftover if t not in CUE_TERMS and t not in WHO_NOUNS}
        return bool(asked) and asked <= MAKING

    def _maker_in_party_words(self, doc_id: str) -> bool:
        """The fact opens with a party's saying ("Harbourwatch said …", REPORTED), a teller that is no news outlet:
        whatever it gives after that, a maker included, is that party's word, not its source's."""
        fact = self.brief.facts.get(doc_id)
        if fact is None:
            return False
        tokens = words(fold(fact.statement))
        at = next((j for j, t in enumerate(tokens) if t in REPORTED), None)
        if not at:
            return False
        teller = " ".join(tokens[:at])
        media = [e for e in self.brief.entities.values() if e.kind == "media"]
        outlets = [" ".join(words(fold(n))) for e in media for n in (e.name, *e.aliases)]
        return not any(re.search(rf"\b{re.escape(n)}\b", teller) for n in outlets if n)

    def _makers(self) -> str:
        """The names and aliases of the brief's organizations as one regular-expression alternation, longest first
        (worked out on first use, once: the glossary does not change while served); "" when it names none."""
        if self._maker_names is None:
            orgs = [e for e in self.brief.entities.values() if e.kind in OWNER_KINDS and e.kind != "person"]
            names = sorted((n for e in orgs for n in (e.name, *e.aliases)), key=len, reverse=True)
            self._maker_names = "|".join(re.escape(n) for n in names)
        return self._maker_names

    def _maker_stated(self, doc_id: str, q: Question) -> bool:
        """The fact or entry names an organization as the maker of a thing the question names: "<org>'s <thing>"
        (up to MAKER_GAP words between), or an entry for the thing opening "a/an/the <org> …"."""
        made = self._makers()
        if not made:
            return False
        entity = self.brief.entities.get(doc_id)
        if entity is not None:
            # (or "<org>'s …": "Harbourwatch's report on the lease")
            opening = rf"(?:an?|the)\s+(?:{made})\b|(?:{made})(?:'s|’s)\s"
            return doc_id in q.entities and re.match(opening, entity.description, re.I) is not None
        fact = self.brief.facts.get(doc_id)
        if fact is None:
            return False
        things = [n for e in q.entities for n in (self.brief.entities[e].name, *self.brief.entities[e].aliases)]
        thing = "|".join(re.escape(n) for n in things)
        pattern = rf"\b(?:{made})(?:'s|’s|’|')\s+(?:\w+\s+){{0,{MAKER_GAP}}}[\"“‘']?(?:{thing})\b"
        return bool(things) and any(
            re.search(pattern, text, re.I) for text in (fact.statement, *(c.quote for c in fact.citations))
        )

    @staticmethod
    def _leader_role(q: Question, word: str) -> bool:
        """ "Who is the head of the guild": the role word, which relation_stated checks in any of its synonyms
        (the guild's director, chair or chief), need not be in the fact as typed."""
        return bool(q.owner) and word in LEADER_ROLES and not LEADER_ROLES.isdisjoint(q.attribute)

    def relation_stated(self, doc_id: str, q: Question) -> bool:
        """ "Who is the CEO of the Gazette": the fact must put the asked attribute next to the owner's name ("CEO of
        the guild", "the Gazette's CEO"), not merely mention both ("guild CEO Ada Lind attacked the Gazette")."""
        fact = self.brief.facts.get(doc_id)
        entity = self.brief.entities.get(doc_id)
        text = fact.statement if fact is not None else f"{entity.name}: {entity.description}" if entity else ""
        tokens = [stem(w) for w in words(text)]
        wanted = {stem(w) for w in q.attribute}
        if not LEADER_ROLES.isdisjoint(q.attribute):  # "the head of the guild" is its director, chair or chief
            wanted |= {stem(w) for w in LEADER_ROLES}
        at = [i for i, t in enumerate(tokens) if t in wanted]
        modifiers = [stem(w) for w in q.attribute[:-1]] if q.words[:1] == ["who"] else []
        if modifiers:
            # "who is the executive director of the guild": a person's role, its words before its last one right
            # before the role word the fact states; "a campaign director with the guild" holds another role of that
            # name
            at = [i for i in at if i >= len(modifiers) and tokens[i - len(modifiers) : i] == modifiers]
        if not at:
            return False
        firsts: set[str] = set()  # the stem of the first word of each name of each owner
        for ent_id in q.owner:
            if doc_id == ent_id:
                return True  # the owner's own glossary entry
            ent = self.brief.entities[ent_id]
            for name in [ent.name, *ent.aliases]:
                said = words(name)
                if said:
                    firsts.add(stem(said[0]))
        owners = [i for i, t in enumerate(tokens) if t in firsts]  # one pass over the fact, not one per name
        return any(abs(i - j) <= RELATION_WINDOW for i in at for j in owners)

    def quotes(self, q: Question, doc_id: str) -> bool:
        """The question quotes words of the fact, at least QUOTED_WORDS of them in a row ("which outlet ran the 'you
        have blood on your hands' piece"): everyday words, but the fact's own, so they anchor it."""
        fact = self.brief.facts.get(doc_id)
        phrases = quoted_phrases(q.text)
        if fact is None or not phrases:
            return False  # most questions quote nothing: the fact's text is not read for them
        said, said_opened = self._printed(doc_id, fact)
        if any(word_run(phrase) in said for phrase in phrases):
            return True
        # and a contraction written out on either side is the same words ("who said we have seen this before" of
        # a printed "we've seen this before", t64: "outside what I cover")
        opened = quoted_phrases(contractions_opened(q.text))
        return any(word_run(phrase) in said_opened for phrase in opened)

    def _printed(self, doc_id: str, fact: FactData) -> tuple[str, str]:
        """The words of the fact's statement and quotes as `_quotes` matches them: (as printed, with contractions
        written out), each its `words` joined by single spaces between spaces, "its" read as "it"; kept for the
        facts read most recently."""
        found = self._printed_kept.get(doc_id)
        if found is None:
            # folded as the question was: "We’ve" is the "we've" it types, one word
            printed = fold(" ".join([fact.statement, *(c.quote for c in fact.citations)]))
            # and the words in speech marks alone, one quote's pieces run together: "“What are you afraid of?” one
            # organizer shouted. “It's just paper!”" is quoted as "what are you afraid of? it's just paper" (blind
            # set BN); kept apart by a mark no phrase's `words` has
            texts = [printed, *(fold(" ".join(MARKED.findall(c.quote))) for c in fact.citations)]
            # (each text's `word_run`, "it's" and "its" both "it", kept apart by "|")
            said = "|".join(word_run(t) for t in texts)
            opened = "|".join(word_run(contractions_opened(t)) for t in texts)
            found = self._printed_kept.put(doc_id, (said, opened))
        return found

    def _noun_told_plainly(self, q: Question, ranked: list[Hit]) -> bool:
        """A yes/no question asking of one word alone beyond its auxiliary ("did", "do", "does"), an article and a
        verb ("did the wardens come"), a noun the brief uses but not everywhere, that one of the closest facts
        (NOUN_CANDIDATES) states as that word outside any name ("the guild called the wardens", not "the Eastport
        Wardens Office"): it asks of what the articles tell, in everyday words, and is answered from them (an act they
        do not tell is said untold), never told it is outside what they cover."""
        w = q.words
        at = 1 + (w[1:2] == ["the"])  # the subject, after the auxiliary and an article
        if q.kind != "yes-no" or q.entities or len(w) > at + 3 or w[:1] == [] or w[0] not in AUXILIARIES_BASE:
            return False  # (asked in the active only: "were the wardens called" is read as a naming or a summons)
        noun, rest = w[at], w[at + 1 :]
        # (then a verb, a particle after it or not: "come", "arrive", "show up")
        verb_after = len(rest) == 1 or (len(rest) == 2 and rest[1] in PARTICLES)
        if not verb_after or not set(q.leftover) <= {noun, *rest} or noun not in q.leftover or not self.act_forms(q):
            return False  # (nor with no act whose telling can be read: "did the wardens help" is no verdict to give)
        if (
            self.english.verb(noun) is not None
            or not self.index.idf_known(stem(noun))
            or self.retriever.ubiquitous(stem(noun))
        ):
            return False
        for hit in ranked[:NOUN_CANDIDATES]:
            fact = self.brief.facts.get(hit.id)
            if fact is None:
                continue
            tokens = words(fold(fact.statement))
            named = {k for start, end, _ in self._name_spans(tokens) for k in range(start, end)}
            if any(t == noun and j not in named for j, t in enumerate(tokens)):
                return True
        return False

    def _echoes(self, q: Question, doc_id: str) -> bool:
        """The question repeats, unquoted, ECHOED_WORDS or more of the words an article printed in a row, at least
        ECHOED_CONTENT of them no stop words ("which outlet ran the blood on your hands story"): everyday words, but
        the article's own in its order, so they anchor the fact citing them as `_quotes` does quoted ones. Only the
        citations' quotes are read, never the brief's own wording of the fact."""
        fact = self.brief.facts.get(doc_id)
        asked = words(fold(q.text))
        if fact is None or len(asked) < ECHOED_WORDS:
            return False
        quoted = fold(" ".join(c.quote for c in fact.citations))
        printed = f" {' '.join(words(quoted))} "
        if any(
            sum(w not in STOPWORDS for w in run) >= ECHOED_CONTENT and f" {' '.join(run)} " in printed
            for run in (asked[i : i + ECHOED_WORDS] for i in range(len(asked) - ECHOED_WORDS + 1))
        ):
            return True
        # a contraction written out on either side is the same words ("we have seen" of a printed "we've seen")
        asked = words(contractions_opened(fold(q.text)))
        printed = f" {' '.join(words(contractions_opened(quoted)))} "
        return any(
            sum(w not in STOPWORDS for w in run) >= ECHOED_CONTENT and f" {' '.join(run)} " in printed
            for run in (asked[i : i + ECHOED_WORDS] for i in range(len(asked) - ECHOED_WORDS + 1))
        )

    def _about_subject(self, q: Question) -> bool:
        """Names the brief's own subject ("where does the name Harbourwatch come from"): coverage decides."""
        if not q.entities:
            return False
        # A figure or a date about the subject itself must ask only that ("how much did the harbour pay the guild"):
        # "when did the guild go public" or "how much revenue did the guild make" name no figure the brief is about.
        if q.kind not in ("amount", "count", "date") or all(t in CUE_TERMS for t in q.leftover):
            return True
        # "when did the guild start working with the harbour": the relation between two of the brief's own subjects, in
        # everyday words, is what the brief is about (one subject and an everyday word, "go public", is not); a
        # year only says when ("how much was the X-Y deal in summer 2018")
        return len(q.entities) >= 2 and all(self.english.everyday(t) or YEAR.fullmatch(t) for t in q.leftover)

    def _knows_word(self, word: str) -> bool:
        """understand.known, closed-up compounds included: a known word is never taken for another language's; an
        act the brief lists opposites for ("did the posters stay up": `opposites: stay`) is one it can answer; a
        word for anyone at all ("the Gazette guy") names no subject the brief could lack."""
        return known(self.index, word, closed_up=True) or stem(word) in self.retriever.opposites or word in ANYONE

    def _pinned(self, hit: Hit, q: Question) -> bool:
        return hit.coverage >= 0.8 and len(self.subjects.specific_entities(hit.id, q)) >= 2


def _verbs_before_quotes(q: Question) -> frozenset[str]:
    """The word right before each phrase the question quotes (`quoted_phrases`) that is its verb of saying: "yelled"
    of "who yelled 'we've seen this before' at the door"; not a determiner or preposition ("the 'x' line")."""
    said: frozenset[str] = frozenset()
    for phrase in quoted_phrases(q.text):
        first = phrase.split()
        at = next((i for i in range(1, len(q.words)) if q.words[i : i + len(first)] == first), None)
        if at is not None and q.words[at - 1] not in STOPWORDS:
            said |= {q.words[at - 1]}
    return said


def _noun(word: str) -> bool:
    """lemminflect's dictionary has the word as a noun ("protesters", "military"; not "angry", nor "scottish", which
    it lacks)."""
    return English.may_be(word, "NOUN")


def _may_be_verb(word: str) -> bool:
    """lemminflect's dictionary has the word as a verb, of any other part of speech too ("work", "run", "contract")."""
    return English.may_be(word, "VERB")


def _noun_if_known(word: str) -> bool:
    """lemminflect's dictionary has the word as a noun, or has it as nothing at all ("app"); not "originally", "mad"."""
    lemmas = English.lemmas(word)
    return not lemmas or "NOUN" in lemmas


def _past_form(word: str) -> bool:
    """A verb's past form: irregular ("wrote") or regular ("reported"), not a short word ending so ("red")."""
    return word in PAST or (len(word) > PAST_MIN and word.endswith("ed"))


def _summed(text: str, number: re.Match[str]) -> bool:
    """A number typed as a sum of money ("$300", "~300", "300 million", "120k", "300 grand"), no count."""
    return text[number.start() - 1 : number.start()] in ("$", "~") or _SCALE_AFTER.match(text, number.end()) is not None


RESPONDING_ASKS = RESPONDING | HANDLING  # "how did the guild respond", "… handle it"


def _asked_class(tokens: list[str]) -> list[str]:
    """The noun a question opening with "which" asks for ("which senators …": senators), with what follows its "of"
    ("which members of parliament": members, parliament); [] for any other question. Of a noun with one word before
    it and then the auxiliary ("which tv network did …"), the noun: the word before only narrows it, and is weighed
    as the question's other words are (blind set BJ: "which tv network did <a name> give the line to")."""
    if tokens[:1] != ["which"] or len(tokens) < 2:
        return []
    if len(tokens) > 3 and tokens[3] in AUXILIARIES and tokens[2] not in STOPWORDS and tokens[1] not in STOPWORDS:
        return tokens[2:3]
    return tokens[1:2] + (tokens[3:4] if tokens[2:3] == ["of"] else [])


def _nominal_of(asked: str, said: Set[str]) -> bool:
    """The asked stem is a noun made of a verb the fact states: "made the Lind comparison" against "compared the
    guild to …" ("comparison" -> "compar"), "her argument" against "she argued" ("argument" -> "argu")."""
    return any(
        asked.endswith(end) and len(asked) - len(end) >= NOMINAL_BASE and asked[: -len(end)] in said
        for end in NOMINAL_ENDINGS
    )


def _light_object(tokens: list[str], verb: str) -> str | None:
    """ "Who made the Lind comparison": the noun of an act after a light verb (LIGHT_VERBS), which asks that act
    ("compared"), not a making; None when `verb` is no light verb or no such noun follows it within LIGHT_REACH."""
    if verb not in LIGHT_VERBS or verb not in tokens:
        return None
    at = tokens.index(verb)
    return next(
        (
            t
            for t in tokens[at + 1 : at + 1 + LIGHT_REACH]
            if any(t.endswith(end) and len(t) - len(end) >= NOMINAL_BASE for end in NOMINAL_ENDINGS)
        ),
        None,
    )


def _passive_of(statement: str, thing: str) -> bool:
    """The statement's subject is the thing (its opening noun phrase, "The flyer handed out …", has the stem
    `thing` within its first three words) and it tells a doer in a passive ("was produced by"): it tells who did
    something to the thing, not what others did with it."""
    told = words(fold(statement))
    opens = {stem(t) for t in told[:3]}
    return thing in opens and PASSIVE_BY().search(statement) is not None


def _participles(tokens: list[str]) -> list[tuple[str, str]]:
    """ "the renewed lease", "its cancelled grant", "2019 renewed lease amount?", "renewed 2019 lease sum": a past
    participle in -ed opening a noun phrase before its noun (after a determiner or a number, or opening a fragment;
    a number may stand between them), which says what was done to the thing (English grammar), as (participle,
    noun)."""
    found = []
    for i, word in enumerate(tokens[:-1]):
        if not (i == 0 or tokens[i - 1] in PARTICIPLE_DETERMINERS or tokens[i - 1].isdigit()):
            continue
        noun = tokens[i + 2] if tokens[i + 1].isdigit() and i + 2 < len(tokens) else tokens[i + 1]
        if word.endswith("ed") and len(word) > PARTICIPLE_LETTERS and noun.isalpha() and noun not in STOPWORDS:
            found.append((word, noun))
    return found


def _agreement_acting(tokens: list[str], at: int) -> bool:
    """The verb at `tokens[at]` (a present participle or a third-person form) tells what the agreement right before it
    does, naming it by that act: "the contract expiring in September", "the lease that expires in May" (the noun,
    then the verb, or "that" / "which" between them: English grammar)."""
    if tokens[at] in PARTICIPLE_PREPOSITIONS:
        return False  # "the contract according to the Gazette": whose account, no act of the contract
    before = tokens[at - 1]
    if before in ("that", "which"):
        before = tokens[at - 2]
    return before in AGREEMENTS


def _done_to_anyone(q: Question) -> bool:
    """A yes/no question asks, in the passive, whether an act was done to people no one names: "did anyone get
    arrested", "was anybody hurt" (its subject an indefinite pronoun for people, right after the auxiliary)."""
    return q.words[1:2] != [] and q.words[1] in INDEFINITE_PEOPLE and asks_passive(q.words)
