"""The grammar's word lists that several stages of understanding share: question words, auxiliaries, chat and
manners, pronouns, cue words. English only, never brief content.
"""

from __future__ import annotations

import re

from bot.search import stem
from bot.text import IRREGULAR, on_first_use, words

# "how did the guild handle the keepers": a reaction asked, as "respond" asks it (a cue word, never a subject)
HANDLING = frozenset("handle handled handles handling".split())
# "how did the guild justify the lease": the reason it gave asked, as "why" asks it (a cue word, never a subject: a
# fact tells it in its own words, "the guild said the lease was aimed at …")
JUSTIFYING = frozenset("justify justified justifies justifying justification justifications".split())

# words asking for facts in date order ("timeline of the lease"): a list by date, not the closest first
TIMELINE_WORDS = frozenset("timeline timelines chronology".split())
# Words that shape the kind of answer (figure, date, person) rather than what it is about: they steer ranking,
# but a fact need not contain them to answer the question. Hedges on a figure ("roughly", "ballpark") ask how exact
# it need be, not about what: a fact never has to state them; nor words asking for a sum of all ("overall", as "total"),
# nor words naming the grammar of the answer ("list the verbs": the words the fact gives, not a topic).
CUE_TERMS = (
    frozenset(
        """much many pay paid pays cost costs worth amount value money dollars number count total big large size when
    year years date
    dates day days time where city place places location who kind type sort happen happened happening stand
    mean means meaning define definition role job involved involvement know known exactly really came come
    comes get gets got getting go goes went gone more less fewer larger bigger smaller higher lower compare
    compared comparison versus list remind recall according like today tonight tomorrow yesterday now currently still
    yet earlier later sooner respond responded responds react reacted reacts reply replied replies abbreviation
    abbreviations acronym acronyms abbreviated specifically precisely basically essentially
    verb verbs noun nouns adjective adjectives
    roughly approximately around circa ballpark estimate estimated nearly almost
    overall altogether cumulative cumulatively sum""".split()
    )
    | HANDLING
    | JUSTIFYING
    | TIMELINE_WORDS
)
# "where is the guild based", "its headquarters", "the guild's address": where something is based is asked, which
# only a fact saying where it is based tells (not "the vigil at the harbour", nor "focused on lighthouses"); "based"
# and "headquartered" after a copula say where a thing is, no act done to it
BASED_ASKS = frozenset("based headquartered address addresses".split())
# a statement saying where a thing is based
BASED = on_first_use(
    r"\b(?:based|headquartered|located)\s+(?:in|out\s+of|at)\b|\bheadquarters\b|\b[A-Za-z]+-based\b"
    r"|\baddress\b",
    re.IGNORECASE,
)
# nouns for people gathered (general English): the size of one ("how big was the crowd") is the number of people in it
GATHERINGS = frozenset("crowd crowds turnout audience audiences throng".split())
# nouns for an event people hold together (general English): "arrested in the march" places the act at one, as "at
# the march" does, where "in that op" or "in 2019" name no such occasion
OCCASIONS = frozenset(
    f"{w}{ending}"
    for w in "protest rally march vigil demonstration walkout strike picket sit-in action gathering".split()
    for ending in ("", "s", "es")
)
# words asking for a sum of all: a fact giving a total answers them, whichever of them it says
TOTAL_WORDS = frozenset("total totals altogether combined cumulative cumulatively overall".split())
# words asking that figures given apart be added up ("the sum of the two leases", "both leases together"): a sum
# asked, as TOTAL_WORDS ask one, though a fact's "sum" or "together" states no total (general English)
SUMMING_WORDS = TOTAL_WORDS | frozenset("sum together".split())
# "add up the leases", "the leases added together": asked to add, as "sum" asks (general English)
ADDING = frozenset("add adds added adding".split())
# verbs of taking money in (general English): "how much did the guild make / receive from the harbour" asks what it
# earned from the harbour ("make" is never "made public" there)
TAKING_IN = frozenset("make makes made making earn earns earned earning receive receives received receiving".split())
# words asking for an average of several figures ("the average lease", "the mean value of the grants"), which only a
# fact stating an average gives (general English; "mean" asked of a figure, not "what does X mean")
AVERAGE_WORDS = frozenset("average averages averaged mean median avg".split())

COMPARATIVES = frozenset(
    "more less fewer larger bigger smaller higher lower greater earlier later sooner first".split()
)
EARLIER = frozenset({"earlier", "sooner", "first"})
# a size compared of an agreement ("the bigger contract", "the largest deal"): an agreement's size is its sum
SIZE_WORDS = frozenset("bigger biggest larger largest smaller smallest".split())
SMALLER = frozenset({"smaller", "smallest"})
AGREEMENTS = frozenset("contract contracts deal deals grant grants award awards lease leases".split())
# words asking that sums be compared ("2018 vs 2019 amounts", "which was worth more"), not other figures
SUM_WORDS = frozenset("amount amounts money sum sums worth value values dollars cost costs price paid funding".split())

CUE_STEMS = frozenset(stem(w) for w in CUE_TERMS)
# verbs of aiming an act at people (general English): whom a plan of an act counts ("planned to arrest 6,200") is
# whom it targeted, a plan's figure, never an outcome
TARGETING = frozenset("target targets targeted targeting".split())
TARGETING_STEMS = frozenset(stem(w) for w in TARGETING)
# Greetings, thanks and filler: they never make a question about anything.
CHAT = frozenset(
    """hi hello hey hiya howdy yo morning afternoon evening night good great cool nice awesome thanks thank thx ty
    cheers bye goodbye please pls plz folks all everyone guys team there friend buddy bot sorry lol ok okay
    sure yeah yep nope going doing up sup whats how are you u is it im i am fine well quick question wondering
    putting together could would can you remind me tell help hmm um uh oh wow today tonight tomorrow day night
    see later happy monday tuesday wednesday thursday friday saturday sunday weekend everyone anyone here doing
    your wait btw anyway idea tldr tl dr eli5""".split()  # "tldr": how briefly, no subject (an article's own summary
    # is asked by articles.py, which reads the tokens)
)
# Within small talk: thanks get "you're welcome", a request for everything gets the overview, the rest a hello.
THANKS = frozenset("thanks thank thx ty cheers appreciate appreciated grateful".split())
# words opening a piece after the question that is manners, not more of the question ("sorry, blanking")
APOLOGIES = frozenset("sorry sry soz apologies".split())
MANNERS = THANKS | APOLOGIES | frozenset("lol haha lmao pls plz please".split())
# words of a line sent after a question that add nothing to it: a sign-off, a retraction, a laugh ("sent from my
# phone", "ignore", "nvm lol"). Only a line all of such words (or stop words) is left out of the question
SIGN_OFFS = frozenset("ignore ignored disregard nvm nevermind mind sent phone iphone android mobile typo oops".split())
# words opening a line that narrows the question before it ("⏎after that", "⏎in secret"): never left out
NARROWING_OPENERS = frozenset(
    """in on at by for with without from after before under over during until since because against per via about
    between through while when where than than instead except besides not only""".split()
)
AUX_PATTERN = r"(?:is|are|was|were|did|does|do|has|have|had|can|could|will|would|should|shall)"
# present participles that are prepositions ("the contract according to the Gazette", "the lease regarding the
# port"): no act of the noun before them (English grammar)
PARTICIPLE_PREPOSITIONS = frozenset(
    "according regarding concerning including excluding following considering pending barring".split()
)
TAGS = frozenset({"right", "true", "correct"})  # a statement made a question: "… right?"
# the articles: that may open an alias ("the harbour") or a noun phrase lent whole ("that one"), but are no word of a
# name's or phrase's own ("rang the bell" says "rang" "bell" together)
ARTICLES = frozenset({"the", "a", "an"})
DETERMINERS = frozenset("the a an this that these those its their his her".split())
# determiners only ever before a noun ("that" may open a clause: "showed that the guild was lying")
NOUN_DETERMINERS = frozenset("the a an its their his her".split())
POSSESSIVE_DETERMINERS = frozenset("my your his her its our their".split())  # "change his mind" (general English)
WH_WORDS = frozenset("what which who whom whose how why where whats whatd whos hows wheres whys".split())
AUXILIARIES = frozenset(AUX_PATTERN[3:-1].split("|"))
COPULAS = frozenset("is are was were".split())
ACTOR_KINDS = frozenset({"person", "organization", "company", "agency"})
LEAD_INS = frozenset("so and but ok okay then well also anyway btw hey wait hmm um uh oh".split())


def claim_start(tokens: list[str]) -> int:
    """Where the claim put to the test starts in "is it true (that) the guild paid the port" (a copula, "it", one of
    TAGS, maybe "that", after any LEAD_INS): the claim's own words tell who acted and in which voice, not the
    opening's "is"; 0 when the question does not open so (general English)."""
    at = next((i for i, t in enumerate(tokens) if t not in LEAD_INS), len(tokens))
    opening = tokens[at : at + 3]
    if len(opening) == 3 and opening[0] in COPULAS and opening[1] == "it" and opening[2] in TAGS:
        return at + 3 + (tokens[at + 3 : at + 4] == ["that"])
    return 0
PAST = frozenset(IRREGULAR.values())
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# pronouns for people no one names: "did anyone get arrested" asks an act done to people, as "did the keepers" does
INDEFINITE_PEOPLE = frozenset("anyone anybody someone somebody everyone everybody".split())
# the words with which a yes/no question asks whether something happened at all, to anyone or anything ("did the
# wardens arrest anyone", "were any of the keepers fired"): general English
ANY_AT_ALL = frozenset("any anyone anybody anything".split())
PRONOUNS = frozenset("it its they them their he him his she her this that these those one ones".split())


SPEECH_VERBS = frozenset("say says said tell tells told write writes wrote".split())
# the -ing forms voicing words, the words after them what was voiced ("quotes a marcher chanting …")
VOICING = frozenset("saying chanting shouting yelling screaming".split())
# verbs of speaking to someone, with no words given ("which guild official spoke to the Gazette", "talked to"): a
# person's quoted words to that someone tell that they spoke (general English)
SPEAKING_TO = frozenset("speak speaks spoke spoken talk talks talked".split())
# the words right before a listener's name that tell words were said to them ("told the Gazette", "spoke to",
# "said to", "in an interview with"), each with the word that must come before it (None: any): general English
TOLD_TO: dict[str, frozenset[str] | None] = {
    "told": None,
    "tells": None,
    "tell": None,
    "to": SPEAKING_TO | frozenset("said says say".split()),
    "with": frozenset("interview interviews interviewed".split()),
}


SIZE_REACH = 3  # "the bigger contract", "the bigger Harbour contract", "the largest Harbour lease deal"


def states_total(statement: str) -> bool:
    """The statement gives a total: one of TOTAL_WORDS as a word ("in total", "altogether", "cumulative")."""
    return not TOTAL_WORDS.isdisjoint(words(statement.lower()))


# verbs of beginning that, done to an organization, found it: general English ("who started the guild"); done to a
# thing, they make it ("who created the petition"), which no founding of another tells
BEGINNING_VERBS = frozenset("start begin create launch establish form set found".split())

# nouns for people (general English): what a count of people counts, and whom an act like arresting is done to
PERSON_NOUNS = frozenset(
    f"{w}{ending}"
    for w in "people person persons protester demonstrator activist employee worker staff staffer member participant"
    " attendee marcher immigrant organizer volunteer resident student officer agent individual adult parent".split()
    for ending in ("", "s")
) | frozenset(
    # the young by the everyday words too ("did they deport kids"); not "minor", as often "a minor role"
    "men women man woman girl girls boy boys child children family families folks guy guys lady ladies"
    " kid kids minors teen teens teenager teenagers baby babies infant infants toddler toddlers youth youths".split()
)
# nouns for places (general English): "what cities had marches", whose answer names places, which never do an act
# ("which companies did they target": they are the people the answer told of, not the cities)
PLACE_NOUNS = frozenset(
    f"{w}{ending}" for w in "city town place location venue site state country office".split() for ending in ("", "s")
) | frozenset("cities countries".split())
# words for a person that say nothing of who: "what did the Gazette guy say" asks what the Gazette's person said, and
# "who was the Gazette person" asks who, as "who" alone does (general English)
ANYONE = frozenset("guy guys dude dudes lady ladies gal gals fella folks person persons someone somebody".split())

# a yes/no question opened by a modal of advice asks what ought to be done ("should the guild cancel the lease"),
# an opinion no article's telling settles; one opened by "will"/"won't" asks what is to come (general English)
ADVICE_MODALS = frozenset({"should", "shouldnt", "ought"})
FUTURE_MODALS = frozenset({"will", "wont"})
# who may be advised without it being an opinion on the brief's parties: the asker or the bot ("should i ask …")
ASKER_PRONOUNS = frozenset({"i", "we", "you", "u"})
# units of time: a count before one is a length of time ("for two hours")
DURATION_UNITS = frozenset("minute minutes hour hours day days week weeks month months year years".split())


def asks_advice(tokens: list[str]) -> bool:
    """The question opens with a modal of advice and its subject is not the asker ("should the guild cancel the
    lease", not "should i ask about …"): what ought to be done, which the articles do not tell."""
    return tokens[:1] != [] and tokens[0] in ADVICE_MODALS and tokens[1:2] != [] and tokens[1] not in ASKER_PRONOUNS


def asks_future(tokens: list[str]) -> bool:
    """The question opens with "will"/"won't" ("will the guild cancel the lease"): what is to come, of which the
    articles tell only what had happened by their latest date."""
    return tokens[:1] != [] and tokens[0] in FUTURE_MODALS


def asks_size_of_agreement(tokens: list[str]) -> bool:
    """A size word before an agreement's noun: right before it ("who got bigger contracts"), or after "the" with at
    most two words naming it between ("how much was the bigger Harbour contract"; not "which was bigger - the
    guild's lease or …", where the size is said of sides); or said of the agreement by a copula right before it,
    the agreement's noun within SIZE_REACH words before that ("which contract is biggest"): a sum is what is
    compared."""
    for i, t in enumerate(tokens):
        if t not in SIZE_WORDS:
            continue
        after = tokens[i + 1 : i + 1 + SIZE_REACH]
        if after[:1] and after[0] in AGREEMENTS:
            return True
        if i and tokens[i - 1] == "the" and not AGREEMENTS.isdisjoint(after):
            return True
        # said of the agreement by a copula: "which contract is biggest", "which lease was the largest"
        copula = i - 1 - (tokens[i - 1 : i] == ["the"])
        before = tokens[max(0, copula - SIZE_REACH) : copula]
        if copula > 0 and tokens[copula] in COPULAS and not AGREEMENTS.isdisjoint(before):
            return True
    return False


# acts that end something going on (general English): their opposite told done ("kept the lease") says no only as
# of the article, which a later one could tell ended; and a keeping asked ("did they keep the lease") is answered no
# by one of these told done ("dropped the lease"), the brief's opposites read backwards (retrieve.Retriever)
ENDING_ACTS = frozenset(
    stem(w) for w in "cancel drop end stop quit leave terminate abandon sever withdraw scrap".split()
)
