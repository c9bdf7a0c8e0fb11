"""Follow-up questions, read with the conversation's last question: people ask "when did it start" or "who signed
it" right after an answer, as they would ask a person.

Three shapes, each needing a previous question whose subject can be found (`subject`):

    anaphor     "when did it start", "what were their demands", "what did he say": a pronoun stands for the last
                question's subject (he/she for the one person it named) and the question adds at most
                MAX_OWN_TERMS words of its own; "when did it start" after "how much was the 1998 harbour contract"
                reads "when did the 1998 harbour contract start"
    bare ask    "when?", "how much": an ask with no subject at all; "when the 1998 harbour contract"
    ellipsis    "what about the 2001 one", "and the keeper's guild?": the last question asked again of another
                subject; "how much was the 2001 one" (a name or a year swapped for the last question's one of its
                kind: "what about 2001" after "how much was the 1998 harbour contract")
    elided      "renewed when?", "how many were arrested": only verbs and an ask, of the last subject left out;
                "when was the 1998 harbour contract renewed"

The reading is a plain question, answered as any other and shown to the person beside the answer, so what was
taken as "it" is never hidden. A question that names something of its own (an entity of the brief, or more words
than a follow-up adds) is answered on its own. One made only of a stand-in and an ask whose stand-in nothing
earlier gives ("what did he say" first thing, "he" after a question naming no one person, "there" after one only
about a person) is read as unresolved, and the answerer says so unless the question answers on its own. Small
talk ("how's it going", thanks) is never a follow-up.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from itertools import pairwise

from bot.answering.acts import PARTICLES
from bot.answering.articles import (
    ARTICLE_WORDS,
    REPORTER_VERBS,
    WRITER_WORDS,
    article_description,
    asked_part,
    asks_outlet,
)
from bot.answering.compose.speech import document_noun
from bot.answering.compose.wording import singular
from bot.answering.decide.figures import counted_noun
from bot.answering.durations import DURATION_WORDS, asks_duration
from bot.answering.endings import asked_thing
from bot.answering.english import English
from bot.answering.normalize import Normalized, normalize
from bot.answering.retrieve import PLACE_KINDS, states_entity
from bot.answering.speakers import ASKING as WORDS_ASKED
from bot.answering.understand.classes import NOUN_KINDS, THING_KINDS
from bot.answering.understand.clauses import QUOTED, WHO_SPOKE, quoted_phrases, words_of_speakers, words_spoken
from bot.answering.understand.kinds import kind_of
from bot.answering.understand.lexicon import (
    ACTOR_KINDS,
    ARTICLES,
    AUXILIARIES,
    CHAT,
    COPULAS,
    CUE_TERMS,
    DETERMINERS,
    LEAD_INS,
    NOUN_DETERMINERS,
    PAST,
    PERSON_NOUNS,
    PLACE_NOUNS,
    PRONOUNS,
    SPEAKING_TO,
    SPEECH_VERBS,
    SUMMING_WORDS,
    THANKS,
    WEEKDAYS,
    WH_WORDS,
)
from bot.answering.understand.question import Question
from bot.answering.understand.times import MONTH_NUMBER
from bot.answering.understand.understander import OWN_SOURCES, SOURCE_AGES, Understander
from bot.english_tables import forms_of
from bot.factbase import Brief
from bot.records import FactData
from bot.search import stem
from bot.text import (
    ABBREVIATIONS,
    IRREGULAR,
    NUMBER_WORDS,
    SCALE_WORDS,
    STOPWORDS,
    Deferred,
    and_joined,
    fold,
    sum_value,
    words,
)

# a span of an article's words in quotation marks inside a citation's quote (curly or straight)
QUOTE_SPAN = Deferred(r"“([^”]+)”|\"([^\"]+)\"")
# the kinds of fact (bot/records.py FactKind) that are of a thing an act is done to: a contract renewed, a program
# expanded, a document published; not a quote, a claim or a figure, which "one" never stands for
THING_FACT_KINDS = frozenset({"contract", "program", "document"})
# the glossary kinds (bot/records.py EntityKind) of a thing, not an actor, an outlet or a place: a program, a policy,
# a document, an event; what "the other one" or "which was first" may pick between when one fact names two
THING_ENTITY_KINDS = frozenset({"program", "policy", "document", "event"})
LAUGHS = frozenset("haha hahaha lol lmao hehe rofl".split())  # "haha you're good at this": chat, not a follow-up
GREETINGS = frozenset("hi hello hey hiya howdy yo sup morning bye goodbye".split()) | LAUGHS
PERSONAL = frozenset("he him his she her".split())
NAMING_VERBS = frozenset({"call", "calls", "called", "label", "labels", "labeled", "labelled", "dub", "dubbed"})
# the asking words that ask what an act was done to, "they" doing it ("which companies did they target")
OBJECT_ASKING = frozenset("what which whom who".split())
# "who said it": the speaker ("who wrote it" may ask the writer of a piece); the forms of "say" (attribution.SAYING
# is another set: the verbs a saying is asked with)
SAY_FORMS = frozenset({"say", "says", "said"})
# small talk's words, beside the chat words every question may have: "it" in "how's it going" stands for nothing
SOCIAL = THANKS | LAUGHS | frozenset("you youre your u going doing great helpful good nice cool awesome".split())
THANKS_OR_LAUGHS = THANKS | LAUGHS  # either never opens a follow-up
NEUTER = frozenset("it its they them their this that these those".split())
PLURAL = frozenset("they them their".split())
THEY = frozenset({"they", "them"})
# the plural nouns of people (PERSON_NOUNS): "they" stands for a group, never one "protester"
PLURAL_PEOPLE = frozenset(w for w in PERSON_NOUNS if w.endswith("s") and not w.endswith("ss")) | frozenset(
    "people men women children folks".split()
)  # the plural stand-ins for people ("their" is of a thing too: "their demands")
# people counted by no noun of who they were ("how many people were there"): who the answer told of says that
GENERIC_PEOPLE = frozenset("people persons folks".split())
# the asking words of a time, place, reason or manner of an act, each swapped for another over the same act ("when
# did they rally", then "where": where they did; general English)
ADVERB_ASKS = frozenset("when where why how".split())
POSSESSIVE = frozenset("its their his her".split())
# stand-ins for a thing, never for a person: "when was that" after "what did Lind say" is what she said, which is
# no subject to lend
THING = frozenset({"it", "its", "this", "that"})
DEMONSTRATIVE = frozenset("this that these those".split())  # "that letter" names its noun: not a stand-in
PRONOUN_STAND_INS = (PERSONAL | NEUTER) - DEMONSTRATIVE  # "it", "they", "her": never joining a clause
HAVING = frozenset({"have", "has", "had"})  # "how many names did the letter have": a verb of the question
FRONTED = frozenset({"it", "them"})  # "the 1998 lease, when was it signed": a whole phrase stands in its place
ASKING = WH_WORDS | {"when"}  # "and when does it expire" asks of its own (WH_WORDS leave out "when": "do X when")
ELLIPSIS_OPENINGS = (("what", "about"), ("how", "about"), ("and", "what", "about"), ("and",))
PREPOSITIONS = frozenset("of about on at in for with from by against to over behind".split())
# the acts done to a written thing besides writing it (general English): "who signed it" after an answer telling of
# one letter is of that letter, as "who wrote it" is
WRITTEN_ACTS = frozenset("sign signs signed signing send sends sent sending draft drafts drafted drafting".split())
# words that open a clause of its own inside a phrase (general English): a subject pronoun or a subordinating
# conjunction; a phrase holding one ("the harbour if you keep the tyrant", the tail of words someone said) is a
# clause, never a thing "it" or a bare "when?" can be asked of
CLAUSE_WORDS = frozenset("i you we if because unless although whether while".split())
OTHER = frozenset({"other", "another"})  # "and the other one?"
# adjectives of comparison (general English), which pick one of several a noun stands for: "the bigger contract"
COMPARATIVES = frozenset("bigger larger smaller greater higher lower earlier later newer older".split())
# of those, the ones comparing sizes, so a sum (general English): the largest of several sums, or the smallest
LARGER = frozenset("bigger larger greater higher".split())
SMALLER = frozenset({"smaller", "lower"})
# counts from two to nine as a question types them before a noun ("what two contracts", "what 2 contracts"), in
# words or in digits (normalize spells out a digit from one to nine before a plural noun)
COUNTS = frozenset({*NUMBER_WORDS[2:10], *map(str, range(2, 10))})
RELATIVE = frozenset({"that", "which", "who", "whose", "where"})  # "the contract that expired": which one
PLURAL_VERBS = {"was": "were", "is": "are", "has": "have", "does": "do"}  # after "those who"
SIZES = frozenset({"big", "large"})  # "how big": the size of a count or of a sum, as the question before says
MAX_OWN_TERMS = 2  # "who signed it", "how many people were at it": a follow-up adds few words of its own
GUESS_WORDS = 1  # "who organized it": one word of its own, and the rest is what "it" is
NAMED_STAND_IN = 3  # the least position of "it" in "which <noun> was it"
DO_FORMS = frozenset({"do", "does", "did"})  # "where did …": an auxiliary that needs a verb after its subject
# asks whose answer tells an act of an actor ("how much did the guild get", "what for"), which a bare "when" dates
TOLD_DATED = frozenset({"amount", "count", "why-how", "who"})
ACT_AUXILIARIES = frozenset({"do", "does", "did", "has", "have", "had"})  # of an act or a state kept up, not "is"
ONE_LENT_WORDS = 4  # "the other one", "the 2014 one", "the bigger one": "the", at most two words, "one"
BARE_WORDS = 3  # "when?", "how much?", "and where": an ask this short with no subject is a follow-up
# the words around a total asked of nothing named ("so how much is that all in all", "and what's the total then")
TOTAL_ASKING = frozenset("how much what whats is was are were it that this those them both all in the a and so".split())

# words closing a question that ask what came after what was just told (general English)
AFTER_THAT = (("after", "that"), ("after", "this"), ("afterwards",), ("afterward",), ("next",))


@dataclass(frozen=True, slots=True)
class Reading:
    """A follow-up as read: `text` is the question answered; `new_subject` says whether the next follow-up borrows
    from this reading (the subject changed: "what about the 2001 one") or from the same earlier question as this one
    did (a pronoun stood for its subject)."""

    text: str
    new_subject: bool = False
    unresolved: str = ""  # the word it leans with when nothing earlier gives what it stands for ("he") ...
    bare: bool = False  # ... or the whole of a bare ask ("when")
    guess: bool = False  # an answer to the question on its own would guess what the stand-in is ("who organized it")
    other: bool = False  # "and the other one?": not what the last answer told, but another of its kind
    # the other one asked without what told the last one apart, named by the kind of fact the last answer told
    # ("how much was the other contract"): asked when the reading finds no other; "" when that kind names nothing
    plain: str = ""
    # the source of what the last answer told is asked ("who reported it"): answered by that fact alone
    sourced: bool = False
    # "who else got a lease for it": asked again of the facts other than the one the last answer told
    besides: bool = False
    # "who else got a lease", naming nothing: of the others telling of what the last answer's fact told of (its
    # things, no actor: "the pier"), asked as `text` is up to " besides " (the one it told, shown, is no term)
    shared: bool = False
    # "when did she say that": of the words the last answer told alone, never anyone else's at another time
    told_only: bool = False
    # "where?" after "who protested at the pier": the next follow-up leans on the last question's ask as it was, so
    # "did they win" is still of those who protested
    keeps_ask: bool = False
    # "who got it" after an answer telling one fact: "it" is that fact's thing, so that fact answers first when it
    # does ("who got the guild letter" alone may find another letter to the guild)
    told_first: bool = False
    # "when did the guild renew the lease", then "how much was it": what was done to the thing "it" stands for
    # ("renew"), which a fact other than the one told must tell too to be of that thing ("" when none)
    act: str = ""
    # "and the keepers' vigil?" after "how many letters at the guild's vigil": the new subject as typed, which the
    # last ask was lent to ("the keepers' vigil"); "" when the reading lent no ask
    instead: str = ""
    # the reading as shown when it says more than `text` asks with: "how much was the lease the guild renewed" of
    # "how much was the lease" asked with `act` ("" when it is `text`)
    shown: str = ""
    # "they" read as the people the last answer's fact told of ("the protesters"): that fact and those the brief
    # links to it, which tell of the same occasion, answer first (another occasion's protesters are others)
    people: bool = False
    # "why?" of what the last answer told: only that fact may tell the reason, and repeating it is no reason
    reason: bool = False
    # what the question reads as when none of those facts answers it: as if nothing stood for "they" (None: asked
    # on its own; else a Reading saying "they" is unclear), never another occasion's people
    fallback: Reading | None = None
    # "they" read as those the last question asked who they were ("those who protested the guild in may"): who
    # "they" still are in the next follow-up, whose subject lends it another ask ("how many names did they have")
    they: str = ""
    # "and the letter?" after "what did the petition ask for", the last ask lending it no verb: asked about plainly
    # ("what about the letter"), the facts the brief links to the one the last answer told answering first when one
    # tells of it (the letter beside that petition, not another year's)
    linked_first: bool = False
    # the facts that alone may answer (empty: any): "how much altogether" of the sums told, those that told them
    of_facts: frozenset[str] = frozenset()
    # "what happened next", "then what": the thing the articles date next after what the last answer told
    # (`Subject.told`), never one of its own day
    next_told: bool = False
    # "what happened on monday" after an answer: the weekday of the story the last answer's article tells, so only
    # the facts citing that article (`Subject.source`) answer
    in_source: bool = False
    # "any arrests?" after an answer telling an occasion (an event fact): that fact's id, whose facts alone (it and
    # those the brief links to it) may answer, and none doing so is said plainly; "" for any other reading
    occasion: str = ""
    # with `linked_first`, the question the linked facts are asked when it is not `text`: "how many signatures did it
    # have" after 'who said "it's just paper"' ("it" the occasion those words were said at), `text` its reading as
    # before, asked when none of them answers ("" when `text` is asked of them too)
    linked_text: str = ""
    # with `told_only`, "then what did the guild do": what came after what the last answer told, so a reaction the
    # brief links to that fact ("in response, the guild called the wardens") answers before the fact itself
    then: bool = False
    # "which was first", "which one is the newest" after an answer listing several facts: "first" or "last", the
    # one of those facts their dates put there answering (or that their dates do not settle it); "" otherwise
    by_date: str = ""
    # with `besides`, "what else" after an answer listing actors ("which groups protested the guild"): the kinds of
    # those actors ("organization"), of which only a fact naming one none of the facts told named is another (the
    # same group told again is no more, nor a company it protested); empty for any other reading
    new_actor: frozenset[str] = frozenset()
    # "which was bigger" after answers telling two or more sums of one kind of thing, or a list: the comparative
    # asked ("bigger", "smallest"), the one of those sums it picks answering (or that the sums do not settle it)
    by_size: str = ""
    # "and the other one?" right after an answer comparing two things (`Subject.unled`): the fact of the one that
    # answer did not lead with, which alone answers; the fact it led with when one figure was told for both
    unled: str = ""
    # with `sourced`, "where was it published" after an answer telling someone's words: where they appeared, the
    # outlet the fact says they were written in or told to when it names one other than its own article's
    published: bool = False
    # "how many were there" right after an answer listing actors of one kind its lead named ("which groups
    # protested the guild"): those actors, whom it counts (or says the articles give no total of)
    listed_count: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Subject:
    """The last question split for reuse: `ask` is what it asked ("how much was"), `phrase` what it asked it of
    ("the 1998 harbour contract"), `person` the name of the one person it named ("" when none or several). Worked
    out once, when that question is answered, and kept with the conversation (bot/conversations.py)."""

    ask: str
    phrase: str
    person: str
    without_person: str  # the phrase less the person's name: "" for "what did Lind say"
    head: str  # the noun "the 2001 one" stands for: of its words (no number, no name) the one the brief uses most
    place_like: bool  # it names something that happens somewhere ("there"): not only a person
    # the article the last answer's first evidence cites ("" when none): what "that" in "when was that" was read in
    source: str = ""
    # the fact the last answer led with ("" when none) and the sums its lead gave ("$12 million: …" gives
    # ("12", "million")): what "the other one" is not
    told: str = ""
    told_sums: frozenset[tuple[str, str]] = frozenset()
    # the one person the fact the last answer led with lists ("" when none or several): what "he" or "she" stands
    # for after a question naming no one person ("what did the keeper say", then "who is she")
    told_person: str = ""
    # what was done to something, when the phrase opens with who did it ("guild renew the lease"): what "it"
    # stands for ("the lease"); "" when none
    thing: str = ""
    # what a count question counted, as typed from after "how many" to the noun ("criminal arrests"): what "and
    # prosecutions?" asks in its stead; "" when it counted nothing
    counted: str = ""
    # the phrase is only a date ("september 13" of "who protested on september 13"): a time, which "they" never
    # stands for
    dated: bool = False
    # the asking piece as typed ("what did lind say about the lease"): what "what about <another person>" asks again
    asked: str = ""
    # the subject is "the other one" the last answer told ("how much was the other contract"): the words name no
    # one thing of the brief, so only that answer's fact (or one giving its figure) tells of it
    other: bool = False
    # each name the asking piece holds, as (entity id, the words typed for it): which one "what about <another
    # of its kind>" puts the new name in the place of
    names: tuple[tuple[str, str], ...] = ()
    # the words closing the question after the phrase, none of them content words ("say" of "what did the flyer
    # say"): what "and the other flyer?" asks again after its own phrase; "" when none
    tail: str = ""
    # the last answer's lead gave several facts' figures, each with its own article: "according to who?" names no
    # one of them
    several: bool = False
    # the one actor (a person or an organization) the fact the last answer led with lists besides those the question
    # named ("" when none or several): who "they" are after "who else leased the pier"
    told_actor: str = ""
    # the asking piece of the question whose answer told `told` ("when did the guild renew the lease"): what "who
    # reported it" asks the source of, though an unanswered follow-up since ("how much was it") asked another thing
    told_asked: str = ""
    # the fact the answer before the other one led with, when the subject is "the other one" ("how much was the
    # lease that ended", then "and the other one?"): the other of those two, which "and the other one?" asked again
    # stands for, never a third ("" when none)
    other_of: str = ""
    # the people the fact the last answer led with tells of first, as a plural noun of people ("protesters" of
    # "dozens of protesters gathered outside the guild"; "" when none): who "they" are after an answer telling what
    # happened at an occasion, when the question named no one who could be
    told_people: str = ""
    # a follow-up on this subject read "they" or "them" as `told_people` ("did the guild let them in"): they stay
    # those people while the subject does, though its question named an actor
    they_told: bool = False
    # what a follow-up on this subject read "they" as, those the question it followed asked who they were
    # (`Reading.they`: "those who protested the guild in may"): they stay those people while the subject does
    they: str = ""
    # the sums the conversation's answers led with, as (number, scale), each once in the order told ("$9 million",
    # then "$12 million" after "and the 2001 one?"): what "how much altogether" asks the sum of
    sums_talked: tuple[tuple[str, str], ...] = ()
    # the fact each of those sums was first told by, in the same order ("" when none): the article the parts of a
    # total no article gives are cited from (review 21 M3: another article giving the same two sums was cited)
    sums_facts: tuple[str, ...] = ()
    # the phrase picks one out by a comparison and names nothing else ("the bigger contract"): as for `other`, only
    # the fact the answer told of it says which one it is ("what was that one for": that fact's contract)
    compared: bool = False
    # the facts answers told while "else" was asked in a row before the one told ("what else did she say", then
    # again): no longer "else", so the words told two answers back are never given again as more (empty otherwise)
    else_told: frozenset[str] = frozenset()
    # the question, as shown, that the last answer had no answer to ("" when it had one): nothing was found for "it"
    # to stand for, so a stand-in next is unresolved, said so naming that question (every other field is empty)
    unanswered: str = ""
    # the event fact a bare "any <things>" was last asked of ("any chants?" after "what happened at the vigil"):
    # the occasion the next one is still of while the subject stays, whatever fact that answer told ("" when none)
    occasion: str = ""
    # how many facts the last answer listed, each an item of its own ("what contracts does the guild have": five;
    # 0 for any other answer): a lone "it" next stands for one of them, which the question does not say
    listed: int = 0
    # the glossary entry the last answer led with ("" when it led with a fact or with none): what "source?" asks the
    # articles of when no fact was told
    told_entry: str = ""
    # the facts that list answer gave (with `listed`; empty for any other answer): what "what else" asks beside
    listed_told: frozenset[str] = frozenset()
    # the last answer listed the articles I answer from (small talk, which keeps the subject before it): what "which
    # one is the oldest" next is of
    articles_listed: bool = False
    # the fact the answer before the last one led with, when the last led with another ("" otherwise): "which was
    # first" right after "how much was the lease" and "when was the ledger signed" picks between those two
    told_before: str = ""
    # the fact of the one of two things the last answer did not lead with ("which was bigger, the lamp contract or
    # the ledger one": the smaller one's), or the fact it led with when that gives one figure for both (a sum paid
    # for the lamp and the ledger together): what "and the other one?" is; "" after any other answer
    unled: str = ""
    # the sum, as (number, scale), of the one of two things "which was bigger" did not pick (the $9 million lease
    # after "the $12 million lease was the bigger"), `unled` the fact telling it: "and the other one?" is the thing
    # of that sum, though one fact told both; () after any other answer
    unled_sum: tuple[str, ...] = ()


def _without_act(phrase: str, verb: Callable[[str], str | None]) -> str:
    """A subject phrase without the participle closing it ("the 1998 lease signed", lent by "what year was the 1998
    lease signed"): what was done to the thing, which an elided "and renewed when?" replaces with its own act, two
    participles never following one another (blind set BT); the phrase as it is otherwise."""
    said = phrase.split(" ")
    if len(said) > 2 and said[-1].endswith(("ed", "en")) and verb(said[-1]) is not None:
        return " ".join(said[:-1])
    return phrase


def _with_done(phrase: str, done: str) -> str:
    """A thing's phrase with the participle of what was done to it before its words ("the lease", "renewed": "the
    renewed lease"); the phrase as it is when `done` is "" (no English past form)."""
    said = phrase.split(" ")
    if not done or done in said:
        return phrase
    at = 1 if said[0] in ARTICLES else 0
    return " ".join([*said[:at], done, *said[at:]])


def people_told(statement: str) -> str:
    """The first plural noun of people (PERSON_NOUNS) a fact's statement holds, lower-cased: "protesters" of "On 2
    May dozens of protesters gathered outside the guild, its clerks watching"; "" when it holds none. The first is
    the one the statement tells of as its doer in English's usual order (who did it, then to whom)."""
    return next((w for w in words(statement.lower()) if w in PERSON_NOUNS and w in PLURAL_PEOPLE), "")


# a number as a statement writes it ("120,000", "18"), not inside a sum, a decimal or a word
_NUMBER = Deferred(r"(?<![\w$.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\w.,]*\d)")
SUMS_AND_SHARES = SCALE_WORDS | {"percent"}  # "$9 million", "40 percent": a sum or a share, no count of things


def count_told(statement: str) -> str:
    """The noun of the one count a fact's statement gives ("signatures" of "a letter with 120,000 signatures handed
    to the guild"), the number's counted noun (decide.figures.counted_noun); "" when it gives none or several, each
    a number not a year, a day of a month ("27 July", "July 27") or a sum ("$9 million")."""
    said = statement.lower()
    nouns = []
    for m in _NUMBER.finditer(said):
        before, after = words(said[max(0, m.start() - 12) : m.start()]), words(said[m.end() : m.end() + 12])
        if (
            _YEAR.fullmatch(m.group())
            or not SUMS_AND_SHARES.isdisjoint(after[:1])
            or "$" in said[m.start() - 1 : m.start()]
        ):
            continue
        if not MONTH_OR_DAY.isdisjoint(after[:1] + before[-1:]) and m.group().isdigit() and int(m.group()) <= 31:
            continue
        nouns.append(counted_noun(statement[m.end() : m.end() + 60]))
    return nouns[0] if len(nouns) == 1 and nouns[0] else ""


def things_named(brief: Brief, fact: FactData) -> list[str]:
    """The things (THING_ENTITY_KINDS: a program, a document) among the glossary entries `fact` names, in its order:
    what "which was first" or "the other one" may pick between."""
    entities = brief.entities
    return [e for e in fact.entities if e in entities and entities[e].kind in THING_ENTITY_KINDS]


WHICH_REACH = 3  # words after "which" within which its head noun stands ("which other harbour groups")


def _which_kinds(phrase: list[str]) -> frozenset[str]:
    """The kinds of entry (NOUN_KINDS) the head noun of a which-phrase names: the first word NOUN_KINDS knows
    within WHICH_REACH words, past describing words ("which harbour companies", "which other groups"), before an
    auxiliary ends the phrase ("which of them have …"); none when it has no such word."""
    for w in phrase[:WHICH_REACH]:
        w = w.lower()
        if w in AUXILIARIES:
            break
        # the word in the singular: lemminflect's noun lemma ("companies") or an "s" dropped ("groups")
        for form in (singular(w), *English.lemmas(w).get("NOUN", ())):
            if form in NOUN_KINDS:
                return NOUN_KINDS[form]
    return frozenset()


class FollowUps:
    def __init__(self, brief: Brief, understander: Understander) -> None:
        self.brief = brief
        self.understander = understander

    def _actors_listed(self, subject: Subject) -> list[str]:
        """The names of the actors (people and organizations of the glossary) the fact the last answer led with
        lists, in its order."""
        fact = self.brief.facts.get(subject.told)
        entities = self.brief.entities
        listed = fact.entities if fact is not None else []
        return [entities[e].name for e in listed if e in entities and entities[e].kind in ACTOR_KINDS]

    def _actor_kinds_listed(self, subject: Subject) -> dict[str, str]:
        """The actors the fact the last answer led with lists, but for those its question named ("the guild" of
        "which groups protested the guild"), each with its kind ("organization")."""
        fact = self.brief.facts.get(subject.told)
        entities = self.brief.entities
        named = {e for e, _ in subject.names}
        listed = [e for e in (fact.entities if fact is not None else []) if e in entities and e not in named]
        return {e: entities[e].kind for e in listed if entities[e].kind in ACTOR_KINDS}

    def actors_asked_listed(self, subject: Subject) -> tuple[str, ...]:
        """The actors a "which <noun> …" question's answer listed (`_actor_kinds_listed`): those of the kinds its
        head noun names (`_which_kinds`: "which groups", "which harbour groups": the organizations, not the company
        or agency the same fact names), or, after a list of facts asked with a noun naming no kind ("which ones"),
        all of them when they are of one kind; empty otherwise ("what happened …" asked of no actors: "how many
        were there" asks who took part)."""
        asked = subject.asked.split()
        if asked[:1] not in (["which"], ["what"]) or len(asked) < 2:
            return ()
        listed = self._actor_kinds_listed(subject)
        kinds = _which_kinds(asked[1:])
        if kinds:
            return tuple(e for e, kind in listed.items() if kind in kinds)
        return tuple(listed) if subject.listed and len(set(listed.values())) == 1 else ()

    def never_follows(self, norm: Normalized, chatter: str | None = None) -> bool:
        """A question (normalized) that is never read as a follow-up, whatever came before: no words, small talk,
        thanks or laughter ("how's it going", "thanks, that's great", "you there?": no "it" to find), or a question
        about using the bot itself. `chatter`: `Understander.chatter` of its tokens, when the caller has it."""
        greeted = not GREETINGS.isdisjoint(norm.tokens) and WH_WORDS.isdisjoint(norm.tokens)  # "hi there", not
        # "hey what does it do"
        if chatter is None:
            chatter = self.understander.chatter(norm.tokens)
        social = chatter and (greeted or not SOCIAL.isdisjoint(norm.tokens))
        # a question about using the bot ("what commands are there") is about the bot, never the last subject, and
        # "link?" asks for none of the last answer's (answers name their articles, which have no address)
        unasking = chatter in ("usage", "links")
        if not norm.tokens or bool(social) or unasking or not THANKS_OR_LAUGHS.isdisjoint(norm.tokens):
            return True
        # words quoted ("who said 'we've seen this before'") are asked about as they stand: their "this" or "it"
        # is the speaker's, never the last subject
        return bool(quoted_phrases(norm.text))

    def reading(self, norm: Normalized, q: Question, previous: Subject | None) -> Reading | None:
        """The follow-up `_read` finds, asked beside what the last answer told whenever it asks "else" ("what else did
        she say about the lease", "who else was there"): the conversation knows what it told, and "else" asks for
        what it did not, whatever shape the rest of the question has (read of "she" and "the lease" alone, the same
        words led again)."""
        found = self._read(norm, q, previous)
        told = previous is not None and bool(previous.told or previous.else_told)
        if found is None or found.besides or found.unresolved or not found.text or not told:
            return found
        return replace(found, besides=True) if asks_else(q.words) else found

    def _read(self, norm: Normalized, q: Question, previous: Subject | None) -> Reading | None:
        """A question as normalized and understood (one that `never_follows` lets through) read as a follow-up to
        the earlier question `previous` is the subject of (None when there is none, or it had no subject), or None
        when it stands on its own. A question that leans on something no earlier question gives ("what did he say"
        with no person before it, "when?" alone) reads as `Reading(unresolved=…)`, the word it leans with."""
        tokens = q.words  # typo-fixed and in one tense, for reading the question ...
        typed = typed_in_place(norm.tokens, tokens)  # ... and as typed, for the reading shown, in the same places
        if [t for t in tokens if t != "and"] == ["where", "at"]:
            # "where at?": the "at" English closes a bare "where" with asks the same (read "where at the protest")
            tokens, typed = tokens[:-1], typed[:-1]
        subject = previous
        if subject is not None and not q.entities and _asks_next(tokens):
            # "what happened next" after "when was the vigil": what the articles date after what that answer told
            # (read of the last subject, "what happened next the vigil", it asked nothing)
            return Reading("what happened next", next_told=True)
        happened_asked = [t for t in tokens if t not in ("and", "so", "ok", "okay")]
        asks_happened = happened_asked in (["what", "happened"], ["what", "happen"])
        occasion_told = subject is not None and "event" in NOUN_KINDS.get(subject.head.lower(), ())
        if subject is not None and not q.entities and asks_happened and occasion_told and self._one_told(subject):
            # "what happened" right after an answer telling of a protest: what happened at that occasion, whose fact
            # just told answers first (read alone, it asked of nothing and was "outside what I cover")
            return Reading(f"what happened at {subject.phrase}", told_first=True)
        if subject is not None and not q.entities and [t for t in tokens if t != "and"] == ["what", "else"]:
            # "what else" alone right after "what did the keeper say": the same act asked again beyond what was told
            # ("what else did the keeper say"); its two words are no small talk, which greeted back (fresh tester 86
            # c12). After an ask of no act ("who is the keeper") it is unclear what more is asked: said so
            said = subject.asked.split()
            if said[:1] == ["what"] and said[1:2] and said[1].lower() in DO_FORMS:
                return Reading(" ".join(["what", "else", *said[1:]]), besides=True)
            listed_kinds = self._actor_kinds_listed(subject)
            listing = subject.listed or len(listed_kinds) > 1
            if listing and said[:1] in (["which"], ["what"]) and len(said) > 2 and _content(said[1:2]):
                # "which groups protested the guild", then "what else": the same ask of others than those the list
                # told ("which other groups …"), or that was all; unclear before (fresh tester fu49)
                kinds = frozenset(listed_kinds.values()) if len(listed_kinds) > 1 else frozenset()
                return Reading(" ".join([said[0], "other", *said[1:]]), besides=True, new_actor=kinds)
            return Reading("", unresolved=" ".join(typed), bare=True)
        listed_actors = self.actors_asked_listed(subject) if subject is not None else ()
        if len(listed_actors) > 1 and not q.entities and _counts_bare(tokens):
            # "how many were there" after "which groups protested the guild": of the groups that answer named (it
            # read "there" as the guild, and gave the fact again; fresh tester fu61 4), however the list was asked
            # ("which groups were the keepers affiliated with": not "how many were at the groups")
            return Reading(" ".join(typed), listed_count=listed_actors)
        of_counted = self._of_those_counted(tokens, typed, subject) if subject is not None else ""
        if of_counted:
            return Reading(of_counted, told_only=True)
        age = _age_asked(tokens)
        if subject is not None and subject.articles_listed and of_own_articles(subject) and age is None:
            subject = None  # nothing was asked before the articles were listed: "it" stands for nothing of them
        if subject is not None and not q.entities and age is not None:
            if subject.articles_listed:
                # "which articles do you have", then "which one is the oldest": of the articles ("which article is
                # the oldest"), answered as asked so (asked alone "one" named nothing: "outside what I cover")
                said = [t for t in typed if t.lower() not in BARE_OPENERS]
                said = [t for t in said if t.lower() != "one"]
                return Reading(" ".join([said[0], "article", *said[1:]]))
            if subject.listed_told:
                # "what happened in 2019", then "which was first": of the facts that list gave, by their dates
                return Reading(" ".join(typed), by_date="last" if age else "first")
        two = self._two_compared(subject, tokens, typed, q)
        if two is not None:
            return two
        if not q.entities and (age is not None or _which_size(tokens)):
            # "which was later", "which was bigger" naming none, with no two things told to pick between (after
            # "what is the ledger", or asked first): of what is unclear, said so ("later" was read as a farewell,
            # small talk, and "which was first" was "outside what I cover")
            return Reading("", unresolved=" ".join(typed), bare=True)
        if subject is not None and subject.unled and not q.entities and _other_one_only(tokens):
            # "and the other one?" after "which was bigger, the lamp contract or the ledger one": the one of those
            # two the answer did not lead with (read with the last question, it asked "which was bigger the other
            # lamp contract …" and led a third thing; fresh tester fu57 1)
            return Reading(" ".join(typed), unled=subject.unled)
        then = _then_asked(tokens)
        end = len(tokens) - (0 if then else _after_that_asked(tokens))  # "what did the company do after that"
        asked_then = bool(then) or end < len(tokens)
        named_told = self._class_named(subject, tokens[then:end], typed[then:end]) if asked_then and subject else ""
        if named_told and not q.entities and not _stand_ins(tokens[:end]):
            # "then what did the company do" right after an answer telling what its clerk did: what the one company
            # that answer told of did, its fact answering first when it tells it (asked alone it was any act of any
            # company, another article's)
            return Reading(named_told, told_only=True, then=True)
        day_of_story = self._weekday_of_story(subject, q, tokens, typed) if subject is not None else ""
        if day_of_story:
            # "what happened on monday" after an answer from the Gazette's May piece: the Monday that piece tells of
            # (asked alone, another article's Monday led), and "what about monday" asks that too ("monday" alone
            # is chat's "happy monday", which answered with a greeting)
            return Reading(day_of_story, in_source=True)
        opening: tuple[str, ...] | None = next((o for o in ELLIPSIS_OPENINGS if tuple(tokens[: len(o)]) == o), None)
        if (
            opening is None
            and subject is not None
            and subject.told
            and not subject.several
            and not q.entities
            and _asks_of_other_one(tokens)
        ):
            # "who got the other one", "how much was the other one": an ask of its own of the other one, read as
            # "and who got the other one?" is (its noun the last subject's, and not the one that answer told); never
            # after an answer telling several (six figures have no one "other", review 33)
            opening = ()
        rest = tokens[len(opening) :] if opening is not None else []
        own_ask = not ASKING.isdisjoint(rest)  # "and which companies did they target": asks of its own
        if opening is not None and subject is None and len(rest) > 1 and rest[-1] == "one" and not q.entities:
            # "what about the 2001 one" with nothing asked before: "one" stands for the noun of a question never
            # asked, so what it is of is unclear, said so (answered alone, it was "outside what I cover")
            return Reading("", unresolved=" ".join(typed[len(opening) :]))
        pointed = _one_pointed_at(tokens)
        if subject is None and pointed is not None and not q.entities:
            # "what was that one for" with nothing asked before (or a last question left unanswered): "that one"
            # points at a thing no earlier answer gave, so what it is, is unclear, said so (answered alone, "one"
            # named nothing and it was "outside what I cover": fresh tester 71 F3)
            # (and never answered alone: what "that one" is would be a guess, review 22 L3)
            return Reading("", unresolved=" ".join(typed[pointed : pointed + 2]), guess=True)
        spoken = self._words_instead(subject, opening, typed) if subject is not None else ""
        if spoken:  # "who said 'it's only paper'", then "what about what are you afraid of": who said those
            return Reading(spoken, new_subject=True)
        if subject is not None and len(subject.sums_talked) > 1 and _total_only(tokens) and not q.entities:
            # "how much was the 1998 lease", "and the 2001 one?", then "how much altogether": the sum of the sums
            # told, asked as a sum of them is ("how much were the $9 million and the $12 million altogether"), which
            # no answer gives unless an article states that total; read of the last subject alone it led that one
            # lease's sum as if it were the total
            told = [f"the ${number} {scale}" for number, scale in subject.sums_talked]
            facts = subject.sums_facts if len(subject.sums_facts) == len(told) and all(subject.sums_facts) else ()
            return Reading(f"how much were {and_joined(told)} altogether", of_facts=frozenset(facts))
        # a follow-up asking of its own needs no ask of the last question, which may close it ("the guild's lease
        # runs out when", then "and when does the new one start": the new lease)
        of_named = self._asked_of_named(rest, typed[len(opening) :], q, subject) if opening and subject else ""
        if of_named:
            # "did the guild drop its lease", then "what about the Courier, did they drop theirs": the question after
            # the name asked of that name ("did the Courier drop their lease"), its verdict read against what is
            # told of it; read whole, "the Courier did they drop theirs" was a phrase and led the last one's fact
            return Reading(of_named, new_subject=True)
        if opening is not None and subject is not None and (subject.ask or own_ask):
            sized = _size_asked(rest)
            if sized is not None and q.kind == "count" and kind_of(subject.asked) == "amount":
                # "the guild got how much for the lease", then "and the keepers' piece of it, how big": a size
                # after a sum asked is a sum ("how big" alone asks a count: "how big was the crowd")
                typed_rest = typed[len(opening) :]
                return Reading(" ".join([*typed_rest[:sized], "much", *typed_rest[sized + 1 :]]), new_subject=True)
            if subject.counted and not q.entities and _counted_instead(rest):
                # "how many arrests came out of the 2017 raid", then "and prosecutions?": the same count of another
                # noun, not of "prosecutions" in place of the raid; asked whole, its verb kept ("how many arrests did
                # the raid lead to": "… did the raid" asked of nothing done), and of the fact just told first, which
                # may count both ("35 arrests and 38 prosecutions"; fresh tester 88: another fact's count of arrests)
                counted = rf"\b{re.escape(subject.counted)}\b"
                asked = subject.asked if re.search(counted, subject.asked) else f"{subject.ask} {subject.phrase}"
                instead = " ".join(typed[len(opening) :])
                return Reading(re.sub(counted, instead, asked, count=1), new_subject=True, told_first=True)
            # "and the other one?": the one stands for the last subject's noun
            # ("and when is that one up": "that one" points at the thing the last answer told, a stand-in read as
            # "it" is, never a new one of its kind as "and the current one expires when" asks; its end is that
            # thing's, which the end check keeps apart from another one's)
            this_one = (
                own_ask
                and _that_one(rest)
                and self._asks_end(typed[len(opening) :])
                and not self._asks_end(subject.asked.split(" "))  # its end just asked: "that contract" as it was
            )
            if (
                rest
                and (_content(rest) or "one" in rest[1:])
                and (kind_of(" ".join(rest)) == "topic" or own_ask)
                and not this_one
            ):
                typed_rest = typed[len(opening) :]
                lent = [subject.head if t == "one" and i else t for i, t in enumerate(typed_rest)]
                other = not OTHER.isdisjoint(rest)
                if not _content(rest) and rest[-1] == "one":  # "and the other one?": the last subject's whole
                    # phrase after its article ("the contract in 2018": "the other contract in 2018") up to a
                    # relative clause, which told the last one apart ("the contract that expired": "the other
                    # contract")
                    said = subject.phrase.split(" ")
                    said = said[1:] if said[0] in ("the", "a", "an") else said
                    if other:
                        said = said[: next((i for i, t in enumerate(said) if i and t in RELATIVE), len(said))]
                        said = said[1:] if said[:1] and said[0] in OTHER else said  # "the other contract": one "other"
                        said = self._unplaced(subject, said)
                    lent = typed_rest[:-1] + said
                plain = self._plain_other(subject, typed_rest) if other and not _content(rest) else ""
                if plain and "one" in subject.ask.split(" "):
                    # "how much was the one that just expired", then "and the other one?": the subject's phrase is
                    # only the clause that told the last one apart
                    return Reading(plain, new_subject=True, other=True)
                one_instead = self._one_instead(subject, typed_rest) if not other and not own_ask else ""
                if one_instead:
                    # "how big was the one that just expired", then "and the one expiring next year?": the last ask
                    # of another one told apart by its own words (read of the subject's noun, the ask and the new
                    # words ran together: "how big was the one that just the expired expiring next year"); when
                    # those words find nothing ("running til next yr"), another one than the last is the other one
                    other_one = self._plain_other(subject, ["the", "other", "one"])
                    fallback = Reading(other_one, new_subject=True, other=True) if other_one else None
                    return Reading(one_instead, new_subject=True, fallback=fallback)
                instead = self._instead(subject, q, tokens, typed, len(opening)) if not own_ask else ""
                if instead:  # "what did Lind say about the lease", then "what about Ode": Ode's words on it
                    # (a new party the last answer's fact names, "at the same time as Ode's 1998 lease", is asked of
                    # in that fact's frame: the facts the brief links to it answer first; fresh tester 78)
                    in_told = self._named_in_told(subject, q)
                    fallback = self._of_thing(subject, rest, instead)
                    return Reading(instead, new_subject=True, fallback=fallback, linked_first=in_told)
                doer = self._doer_instead(subject, q, rest) if not own_ask else ""
                if doer:  # "who called the guild greedy" (Lind), then "what about Ode": did Ode call it that
                    return Reading(doer, new_subject=True)
                spoke_of = self._spoke_of(subject, q, lent) if not own_ask else ""
                if spoke_of:  # "what did Lind say", then "what about the lease": her words on the lease
                    return Reading(spoke_of, new_subject=True)
                if not own_ask:  # "what about the 2001 one": the last ask, of another subject
                    ask = subject.ask.split(" ")
                    if "than" in ask and self._actors_only(q):
                        # "is that more than the 1998 lease", then "what about the harbour guild": a sum is
                        # compared, and an organization is none, so it is asked about on its own
                        return None
                    if lent and lent[0] in PREPOSITIONS and ask[-1:] == [lent[0]]:
                        ask = ask[:-1]  # "what happened in", then "and in 2019?": one "in"
                    # its closing verb only when the last question was just its ask, its phrase and that verb
                    # ("what did the flyer say"): a longer one's words after the phrase are no verb of it alone
                    simple = subject.asked == f"{subject.ask} {subject.phrase} {subject.tail}"
                    tail = subject.tail.split(" ") if subject.tail and simple else []
                    # (only after "did": "how much was it" lends no verb, "how much was the guild renew the 2001
                    # lease" asks nothing)
                    done = self._done_to(subject) if "one" in rest[1:] and ask[-1:] and ask[-1] in DO_FORMS else ""
                    if done:  # "when did the guild renew its lease", then "what about the 2001 one": what was done
                        lent = [*done.split(" "), *lent]  # to it, "when did the guild renew the 2001 lease"
                    elif self._counted_only(subject) and "one" not in rest:
                        # "how many clerks were hired", then "what about the harbour board": the same count, of the
                        # new subject ("how many the harbour board" counts nothing)
                        ask = [*ask, *subject.phrase.split(" ")]
                        if lent[0] not in PREPOSITIONS:
                            lent = [self._joining(q), *lent]
                    # an ask whose verb came after the last subject: "did", or an auxiliary after a preposition
                    # ("by whom was the lease signed": "by whom was" the 2001 one asks nothing)
                    verb_after = ask[-1:] and (
                        ask[-1] in DO_FORMS or (ask[0] in PREPOSITIONS and ask[-1] in AUXILIARIES)
                    )
                    plainly = self._plainly(subject, q, typed[len(opening) :])
                    if verb_after and not tail and not self._has_verb(lent):  # a tail is verbs (`closing`)
                        if plainly is not None:
                            return plainly
                        # "where did Lind say that", then "what about the 2001 one": "where did the 2001 Lind"
                        # has no verb for "did" to ask of, which no answer fits: unclear, said so
                        return Reading("", unresolved=" ".join(typed), bare=True)
                    if len(ask) == 1 and ask[0] in ASKING and not tail and not self._has_verb(lent):
                        # "what app did those who said it use", whose subject came out as one word ("what" of it),
                        # then "and the other one?": "what the other <word>" has no verb, and asks nothing: unclear
                        return Reading("", unresolved=" ".join(typed), bare=True)
                    framed = " ".join([*ask, *lent, *tail])
                    instead = " ".join(typed[len(opening) :])
                    fallback = self._of_thing(subject, rest, framed, other=other)
                    return Reading(
                        framed, new_subject=True, other=other, plain=plain, instead=instead, fallback=fallback
                    )
                own = [t for t in rest if t != "one" and _content([t])]
                if "one" in rest[1:] and len(own) <= MAX_OWN_TERMS:
                    # "and the current one expires when": its own ask, of the last one's kind (a question saying
                    # more, "and the letter to Lind the year before, who signed that one", stands on its own)
                    return Reading(" ".join(lent), new_subject=True, other=other)
                role = self._role_of_actor(subject, q, rest, typed[len(opening) :]) if own_ask else ""
                if role:
                    # "who founded the guild", then "and who's the head?": the head of the guild (asked alone it is
                    # anyone's head, and a fact naming one in passing led); asked alone when that finds nothing
                    return Reading(role, new_subject=True, fallback=Reading(" ".join(typed[len(opening) :])))
        if (
            subject is not None
            and subject.told
            and not q.entities
            and len(tokens) == 2
            and tokens[0] in ("which", "what")
            and stem(tokens[1]) == stem(subject.head.lower())
        ):
            # "how many signed the petition", then "which petition": which one the last answer told, asked as it
            # is; the subject stays that question's, so "and the clerks' one?" after it is still of petitions
            return Reading(" ".join(typed), keeps_ask=True)
        that_thing = self._that_thing_ended(tokens, typed, subject, q) if subject is not None else None
        if that_thing is not None:
            return that_thing
        stands = _stand_ins(tokens)
        existing = _existence_asked(tokens)
        if (
            subject is not None
            and existing
            and not stands
            and not q.entities
            and not q.sources
            and subject.place_like
            and (subject.occasion or self._event_told(subject))
            and not _existence_asked(subject.asked.split(" "))  # "any chants?" answered alone names no occasion
        ):
            # "what happened at the vigil", then "any chants?": whether there were such things at that occasion
            # (read on its own it asked of any, and another article's chants led), and "any arrests?" after it is of
            # the vigil still, though the chants' answer told another fact
            occasion = subject.occasion or subject.told
            return Reading(f"{' '.join(typed)} at {subject.phrase}", occasion=occasion)
        if stands and _named_before(tokens, norm.breaks, stands[0]):
            return None  # "where did the piece get the figures from, who reported them": the figures
        if stands and _quoted_before(norm.text, stands[0]):
            return None  # '"every raid" who said that': the words quoted before it
        if q.entities and not q.sources and subject is not None:
            # "what did he say about the lease" after "who is Ada Lind": the name is what he spoke of, "he" still
            # the one person before; answered on its own it is anyone's words on the lease
            personal = self._personal_only(tokens, typed, stands, q, subject)
            if personal is not None:
                return personal
            people = self._people_only(tokens, typed, stands, q, subject)
            if people is not None:
                return people
            one_asked = self._one_asked_of(tokens, typed, stands, q, subject)
            if one_asked:
                return Reading(one_asked, told_first=True)
            thing = self._thing_only(tokens, typed, stands, q, subject) or self._about_it(
                tokens, typed, stands, q, subject
            )
            if thing is not None:
                return thing
        if q.entities or q.sources:
            return None  # it names its own subject, or the article it asks of
        named_people = self._people_named(tokens, typed, stands, q, subject) if subject is not None else None
        if named_people is not None:
            return named_people
        at_place = self._people_at_place(tokens, typed, stands, q, subject) if subject is not None else None
        if at_place is not None:
            return at_place
        spoken = _spoken_of(subject.asked) if subject is not None and subject.person else ""
        by_speech = len(stands) == 1 and _reports_of(tokens, stands[0]) and tokens[stands[0] - 1] in SPEECH_VERBS
        if spoken and by_speech and tokens[0] == "who":
            # "who said it" after "what did Lind say about the lease": who spoke the words just told, not which
            # outlet reported them
            return Reading(f"who {typed[stands[0] - 1]} that {spoken}", told_only=True)
        words_told = subject is not None and self._words_told(subject)
        asked_words = words_spoken(subject.told_asked or subject.asked) if subject is not None else ""
        if subject is not None and subject.told_person and asked_words and self._else_said(tokens, stands):
            # "who said we won't stand by", then "what else did they say": the one person the answer told said them,
            # whose other words are asked; read of the last phrase, "what else did we won't stand by say", it found
            # another speaker's words (fresh testers fu26: a group's flier after its director's words)
            return Reading(f"what else did {subject.told_person} say", besides=True)
        said_by = by_speech and tokens[0] == "who" and tokens[stands[0] - 1] in SAY_FORMS
        if subject is not None and words_told and said_by:
            # "who said it" after "what did the keeper say": who spoke the words just told (the one the question
            # named by no name), not which outlet reported them; after "what exactly was said" (a passive naming no
            # one), by the words the answer quoted: embedded, "who said what was said" asked nothing (small talk)
            quoted = self._quote_told(subject) if _doerless(subject.asked) else ""
            if quoted:
                return Reading(f"who said “{quoted}”", told_only=True)
            return Reading(f"who said {self._embedded(subject.asked)}", told_only=True)
        if subject is not None and words_told and not q.terms:
            # "who did he say it to", "when did she write that" after an answer telling someone's words: "he" is
            # the one who spoke, "it" the words just told
            spoke = self._saying_it(tokens, typed, subject)
            if spoke:
                return Reading(spoke, told_only=True)
        article = self._article_asked(tokens, typed, stands, subject) if subject is not None else None
        if article is not None:
            return article
        told_asked = subject.told_asked or subject.asked if subject is not None else ""
        if subject is not None and words_told and told_asked and _where_published(tokens, stands):
            # "where was it published" after "what did the keeper say about the guild": where those words appeared
            # (the outlet that told them, or the one they were written in), of that fact alone; read of the last
            # subject ("where was the guild published") it found another fact's report (fresh tester fu57 5)
            return Reading(
                f"which outlet reported {self._embedded(told_asked, subject.phrase)}", sourced=True, published=True
            )
        written = self._written_told(tokens, stands, subject) if subject is not None else ""
        if written:
            # "who wrote it" after "what did the protesters bring", answered by their letter: "it" is that letter,
            # never the people asked of (read as the article, the outlet that reported their bringing it was given)
            at = stands[0]
            return Reading(" ".join([*typed[:at], f"the {written}", *typed[at + 1 :]]), told_first=True)
        if _asks_source(tokens, stands) and not (subject is not None and self._written_of(tokens, stands, subject)):
            # "who reported it", "according to who?": the source of what the last answer told, asked of that fact
            # alone (`sourced`); read as "who reported <the last subject>" it found another fact's outlet, and as
            # "according to who <the last subject>" a glossary entry
            told_asked = subject.told_asked or subject.asked if subject is not None else ""
            if subject is not None and subject.told and told_asked:
                if asks_outlet(told_asked.split(" ")):  # "which outlet ran the vigil piece", "according to who?":
                    return Reading(told_asked, sourced=True)  # the same question, not "which outlet … which outlet"
                embedded = self._embedded(told_asked, subject.phrase)
                return Reading(f"which outlet reported {embedded}", sourced=True)
            if subject is not None and subject.told_entry and told_asked:
                return Reading(told_asked, sourced=True)  # the articles a glossary entry just given rests on
            return Reading("", unresolved=typed[stands[0]] if stands else " ".join(typed), guess=True, bare=not stands)
        own_few = len(q.terms) <= MAX_OWN_TERMS
        if not stands and subject is not None and subject.told_actor and asks_else(tokens) and own_few:
            # "who else got a lease" right after an answer telling the guild's lease of the pier: others than the
            # one that answer named, the question naming nothing of its own (after a question naming an actor,
            # "did the guild keep its lease", the one told besides it is not who "else" leaves out)
            actors = [e for e, _ in subject.names if self.brief.entities[e].kind in ACTOR_KINDS]
            if actors:
                return None
            # naming nothing at all ("who else got money": a cue word, no term): of what the last question asked of
            # ("… for the harbour lease"), which alone says what the money or the rest was for
            of = f" for {subject.phrase}" if not q.terms and subject.phrase else ""
            return Reading(f"{' '.join(typed)}{of} besides {subject.told_actor}", besides=True, shared=True)
        if not stands and subject is not None and subject.told and asks_else(tokens) and own_few:
            # "who else was there" right after an answer listing several groups: others than all of them (read on its
            # own it asks of nothing, and would be "outside what I cover")
            listed = self._actors_listed(subject)
            if len(listed) > 1 and not any(self.brief.entities[e].kind in ACTOR_KINDS for e, _ in subject.names):
                return Reading(f"{' '.join(typed)} besides {and_joined(listed)}", besides=True, shared=True)
        if stands:
            # "did he write an op ed" right after "who is Lind": a yes/no asked of "he" (its verdict is on him),
            # however many words of its own it adds, is of the one person that question named; asked alone, "he" is
            # whoever a fact matching the rest names (another person's op-ed told as his). Any other ask with many
            # words of its own ("where did his op-ed run") still stands alone.
            person_asked = subject is not None and bool(subject.person) and all(tokens[i] in PERSONAL for i in stands)
            person_asked = person_asked and q.kind == "yes-no" and stands[0] == 1 and tokens[0] in AUXILIARIES
            if len(q.terms) > MAX_OWN_TERMS and not person_asked:
                return None
            # "did it expire", "was he criticized": the stand-in is what a yes/no question asks about, so an answer
            # on its own would give a verdict on whatever a fact matches
            asked_of = q.kind == "yes-no" and stands[0] == 1 and tokens[0] in AUXILIARIES
            # "when was it signed", "where did they protest": the stand-in is who or what did the act asked of
            asked_of = asked_of or _act_only(tokens, stands[0])
            besides = asks_else(tokens) and subject is not None and bool(subject.told or subject.else_told)
            spoken = _spoken_of(subject.asked) if subject is not None and subject.person else ""
            # "where was that", "when was that" after "what did Lind say": where or when she said the words just
            # told, even of nothing named, asked of that fact alone (its date, or none: never another event's)
            said_words = (
                subject is not None and bool(subject.person) and not SPEECH_VERBS.isdisjoint(subject.asked.split(" "))
            )
            lead = 1 if tokens[:1] == ["and"] else 0  # "and when was that?"
            # ("where was that said": the speech verb closing it asks the same, of words just told; BN's read "where
            # was we refuse to be like the neighbors said")
            where_that = (
                (len(tokens) == lead + 3 or (len(tokens) == lead + 4 and tokens[lead + 3] in SPEECH_VERBS))
                and tokens[lead] in ASKING
                and tokens[lead + 1] in COPULAS
                and tokens[lead + 2] in THING
            )
            spoken_words = words_spoken(subject.told_asked or subject.asked) if subject is not None else ""
            # ("when" of words asked as a quote, 'who said "why is the lamp dark"', which the next reading, "when
            # did that happen", leaves to a question asking who did a thing)
            dated_words = tokens[lead] == "when" and subject is not None and kind_of(subject.asked) not in TOLD_DATED
            # (and of words asked plainly, "who said its just paper", when the fact that told them dates them to the
            # day: read "when did that happen with its just paper", the words were no thing and that day was lost,
            # "outside what I cover" (fresh tester 90 c4); a fact dated to a year only is still read as the deed)
            told_fact = self.brief.facts.get(subject.told) if subject is not None and subject.told else None
            dated_words = dated_words or (
                tokens[lead] == "when" and told_fact is not None and told_fact.precision == "day"
            )
            if (
                subject is not None
                and where_that
                and (tokens[lead] == "where" or dated_words)
                and subject.told
                and spoken_words
            ):
                # "where was that" after "who said the tyrant can't keep the harbour": where those words were said,
                # of the fact that told them alone (read "where was the harbour if …" of their tail, it asked of a
                # place in the words; fresh tester 74 F5); the next follow-up is still of those words
                # ("when was that" likewise: when they were said, not "when was dark" of a word in them)
                asked = tokens[lead]
                return Reading(f'{asked} were the words "{spoken_words}" said', told_only=True, keeps_ask=True)
            if subject is not None and (spoken or (said_words and tokens[lead] in ("where", "when"))) and where_that:
                # "when was that" after "what did Lind say about the lease": when she said it, not when the lease was
                spoke = self._speech_verb(subject.asked)
                return Reading(f"{typed[lead]} did {subject.person} {spoke} that {spoken}".strip(), told_only=True)
            if (
                subject is not None
                and tokens[0] == "when"
                and tokens[1:] in (["was", "that"], ["is", "that"])
                and not subject.several
                and subject.told in self.brief.facts
                and kind_of(subject.asked) in TOLD_DATED
            ):
                # "when was that" after "who built the lamp": when what the last answer told was done, as "when?"
                # is, not when the lamp "was" (of a thing too: the answer told what was done to it, the deed "that" is)
                # (of a clause, "the harbour if you keep the tyrant" of words someone said, only the noun phrase
                # opening it: "… with the harbour if you keep the tyrant" asked nothing; fresh tester 74 F5)
                return Reading(f"when did that happen with {_noun_part(subject.phrase)}", told_only=True)
            of_sum = subject is not None and _sum_of_it(tokens, stands) and _only_sum(subject.phrase.split())
            got = self._sum_of_actor(subject) if subject is not None and of_sum else ""
            if got:  # "how much was it" after "who got 9 million", as "how much" is: what that one got ("it" stood
                # for the sum alone, and "how much was 9 million" asks nothing)
                return Reading(got, told_only=True, keeps_ask=True)
            of_done = self._of_what_done(subject, q, tokens) if subject is not None else ""
            if of_done:
                return Reading(of_done, told_first=True)
            passive = self._done_to_it(tokens, subject) if subject is not None else ""
            if passive:  # "did they cancel it" after "what's the 1998 lease": whether it was, whoever did it
                return Reading(passive, told_first=True)
            replaced = self._replaced(tokens, typed, stands, subject, own=len(q.terms), asked_of=asked_of)
            if replaced is not None and not besides and spoken_words and q.terms and subject is not None:
                # "how many signatures did it have" after "who said its just paper": "it" is the occasion the words
                # were said at (the petition handed over), which the facts the brief links to the one told answer,
                # never the words themselves ("how many signatures did its just paper have" found none: fresh tester
                # 90 c4); when none of them tells it, read as before
                return replace(replaced, told_first=False, linked_first=True, linked_text=" ".join(typed))
            return replace(replaced, besides=True) if replaced is not None and besides else replaced
        of_sums = self._of_sums_told(tokens, typed, subject) if subject is not None else None
        if of_sums is not None:
            return of_sums
        compared = self._compared(tokens, typed, subject) if subject is not None else ""
        if compared:
            return Reading(compared, new_subject=True)
        if [t for t in typed if t != "and"] == ["since", "when"]:  # a bare "since" is no subject of its own
            since = _since_when(subject) if subject is not None else ""
            if since:
                return Reading(since)
            begun = self._since_when_of_thing(subject) if subject is not None else ""
            return Reading(begun, told_first=True) if begun else Reading("", unresolved=" ".join(typed), bare=True)
        if [t for t in tokens if t != "and"] in (["until", "when"], ["till", "when"], ["til", "when"]):
            # "until when?" right after "what is the harbour ledger": when that thing ends, asked as an end is (its
            # end, or that the articles don't say when it ends); read of the last subject it repeated the entry, and
            # asked alone "until when was the ledger" led its start (fresh tester fu57 7)
            if subject is not None and self._since_when_of_thing(subject):
                return Reading(f"when does {subject.phrase} end", told_first=True)
            return Reading("", unresolved=" ".join(typed), bare=True)
        counted = self._count_told(tokens, subject) if subject is not None else ""
        if counted:  # "how many" after an answer giving one count: that count ("how many signatures")
            return Reading(f"how many {counted}", told_only=True)
        elided = self._elided(tokens, typed, q, subject) if subject is not None else ""
        if elided:
            return Reading(elided)
        signed = self._signers_of_written(tokens, q, subject) if subject is not None else ""
        if signed:
            return Reading(signed)
        of_person = self._of_person(tokens, typed, subject) if subject is not None else ""
        if of_person:
            return Reading(of_person)
        purpose = self._paid_for(subject, tokens) if subject is not None else ""
        if purpose:  # "for what" after "how much did the guild pay the keepers": what that sum was paid for
            return Reading(purpose, told_only=True, keeps_ask=True)  # "when" next dates the sum, as before
        # "for what", "and then?": asks something of nothing named
        if subject is not None and q.kind in ("topic", "small-talk") and _bare_asking(tokens):
            return Reading("", unresolved=" ".join(typed), bare=True)
        # "for how long": its "long" only asks a length, as "when" asks a date
        lengthy = bool(q.terms) and asks_duration(" ".join(tokens)) and set(q.terms) <= DURATION_WORDS
        of_done = self._of_what_done(subject, q, tokens) if subject is not None else ""
        if of_done:
            return Reading(of_done, told_first=True)
        if (not q.terms or lengthy) and len(tokens) <= BARE_WORDS and q.kind not in ("topic", "small-talk"):
            happened = self._when_done(subject, typed) if subject is not None and q.kind in ("date", "where") else None
            if happened is not None:
                return happened
            got = self._sum_of_actor(subject) if subject is not None and q.kind == "amount" else ""
            if got:  # "how much" after "who else got money": what the one the answer named got
                return Reading(got, told_only=True, keeps_ask=True)
            done = self._done_by(subject, typed) if subject is not None else ""
            if done:  # of what was done at the guild, which happened somewhere and some time
                return Reading(done, keeps_ask=True)
            told_when = self._told_when(subject, typed, q) if subject is not None else None
            if told_when is not None:
                return told_when
            counted_act = self._counted_when(subject, typed) if subject is not None and q.kind == "date" else ""
            if counted_act:  # "when?" after "how many immigrants were arrested": when those counted were arrested
                return Reading(counted_act, told_only=True)
            # "when?" after "who founded the company": the company is an actor, which no fact dates or places, so
            # only the act asked of it may be ("when was the company founded"); "when was the company" dated any
            # fact telling of the company (fresh tester 81: a 2018 report's date as if it were the founding's)
            actor = subject is not None and q.kind in ("where", "date") and self._actor_noun(subject)
            done_to = self._done_to_actor(subject, typed) if subject is not None and actor else ""
            if done_to:
                return Reading(done_to, keeps_ask=True)
            if subject is not None and [t for t in typed if t != "and"] == ["why"] and self._one_told(subject):
                # "why?" right after an answer: why what that answer told happened, which only that fact may tell
                # (read as "why <the last subject>" its answer was the same fact again, as if it were the reason)
                return Reading("why did that happen", told_only=True, reason=True)
            dated = self._date_swapped(subject, typed) if subject is not None and lengthy else ""
            if dated:  # "for how long" after "when did they occupy the bookstore": how long they did
                return Reading(dated, told_first=True, keeps_ask=True)
            unplaced = subject is not None and q.kind in ("where", "date") and (not subject.place_like or actor)
            swapped = self._ask_swapped(subject, typed) if subject is not None and (lengthy or unplaced) else ""
            if swapped:  # "when", "for how long" after "where did Ada Lind meet them": when or how long she did
                return Reading(swapped, told_first=True, keeps_ask=True)
            # (or after "what else did they say" of them: "what did those who said … say")
            said_asked = (subject.told_asked or subject.asked) if subject is not None else ""
            spoken_words = words_spoken(said_asked) or words_of_speakers(said_asked)
            bare = [t for t in typed if t != "and"]
            if subject is not None and bare in (["where"], ["when"]) and subject.told and spoken_words:
                # "where?" after "who said we won't stand by like the neighbours": where those words were said, as
                # "where was that" is read, never where their tail's noun was ("where was the neighbours"); "when?"
                # after that where-answer asks when they were said, the same saying (a saying has a time as it has
                # a place: "when" of the words alone was "of what?", fresh tester 86 c8)
                return Reading(f'{bare[0]} were the words "{spoken_words}" said', told_only=True, keeps_ask=True)
            act_asked = subject.asked.split(" ") if subject is not None else []
            acted = len(act_asked) > 2 and act_asked[0] in AUXILIARIES and bare in (["where"], ["when"])
            if subject is not None and acted and self._one_told(subject):
                # "when?" after "did employees confront the ceo", its answer one fact: when that act was done
                # ("when did employees confront the ceo"), whatever the phrase the yes/no question ended on (a
                # person, of whom "when" alone asks nothing: "of what?" hid the act just told)
                return Reading(f"{bare[0]} {subject.asked}", told_first=True)
            if subject is None or (q.kind in ("where", "date") and (not subject.place_like or actor)):
                # "where?" or "when?" of a person or of "the company": unclear ("when was Ada Lind" asks nothing a
                # fact dates)
                return Reading("", unresolved=" ".join(typed), bare=True)
            if subject.ask in AUXILIARIES and subject.asked.startswith(f"{subject.ask} "):
                # "was the lease renewed", then "when?" or "by whom": that yes/no question asked by the bare ask
                # ("when was the lease renewed"), not with "was" or nothing put before its subject alone
                return Reading(f"{' '.join(typed)} {subject.asked}")
            # a bare ask is of what the last answer told, as "where was it" is: that fact answers first when it does
            # ("where?" after "when was the vigil": that vigil's place, not another action of its organizers)
            if len(typed) == 1 and typed[0] in ("where", "when"):  # "where?": "where was the vigil", not "where the
                # vigil", no question at all; of a saying ("the guild say about the lamp", after "what did the guild
                # say about the lamp") "did" goes before it, as its bare verb asks: "when did the guild say …"
                said = subject.phrase.split()
                at = next((i for i, w in enumerate(said) if i and w.lower() in ("say", "tell", "write")), 0)
                doc = document_noun(said[at - 1].lower()) if at and typed[0] == "where" else None
                if doc is not None:
                    # "where?" after "what did the leaflets say at the may vigil": where the leaflets were (handed
                    # out), what a written thing's place is; "where did the leaflets say …" asked where in their
                    # words (fresh tester 85: the May flyers' makers, not the cities they were handed out in), and
                    # the fact telling their words is no place of theirs to answer first
                    kept = said[at + 1 :] if said[at + 1 : at + 2] != ["about"] else []
                    be = "was" if said[at - 1].lower() == doc else "were"
                    return Reading(" ".join(["where", be, *said[:at], *kept]))
                if at:  # "when did the guild say that about the lamp": what it said is "that", its words just told
                    what = ["that"] if said[at + 1 : at + 2] == ["about"] else []
                    reading = " ".join([typed[0], "did", *said[: at + 1], *what, *said[at + 1 :]])
                    return Reading(reading, told_first=True)
            if _clause(subject.phrase):
                # "how much altogether" after "what did Lind say about the lease": the phrase is a clause ("lind say
                # about the lease"), no thing a bare ask is of; put after it, the reading was no question ("how much
                # altogether lind say about the lease"; fresh tester 73 F2): "… of what?"
                return Reading("", unresolved=" ".join(typed), bare=True)
            if len(typed) == 1 and typed[0] in ("where", "when"):  # "who?", "how?" take no "was" (review 23)
                return Reading(f"{typed[0]} was {subject.phrase}", told_first=True)
            return Reading(f"{' '.join(typed)} {subject.phrase}", told_first=True)
        return None

    def _of_what_done(self, subject: Subject, q: Question, tokens: list[str]) -> str:
        """A sum asked bare ("how much", "how much was it") right after "what was renewed in 2015": the last
        question's "what" was the thing done to, its phrase only the date, so the sum is of what was done then ("how
        much was renewed in 2015"; read "how much 2015" it asked of a year; fresh tester 94 c6). "" otherwise."""
        said = [t for t in tokens if t != "and"]
        asked = subject.asked.split(" ")
        if q.kind != "amount" or not subject.dated or said[:2] != ["how", "much"] or len(asked) < 3:
            return ""
        if said[2:] not in ([], ["was", "it"], ["was", "that"], ["is", "it"], ["is", "that"]):
            return ""
        if asked[0] not in ("what", "which") or asked[1] not in AUXILIARIES:
            return ""
        if self.understander.english.verb(asked[2]) is None:
            return ""
        return " ".join(["how", "much", *asked[1:]])

    @staticmethod
    def _else_said(tokens: list[str], stands: list[int]) -> bool:
        """ "What else did they say", "what else did she tell the Gazette": other words asked of the one who spoke,
        "else" after the asking word, a personal stand-in after "did" and a verb of speech after it."""
        if not stands or not asks_else(tokens) or tokens[stands[0]] not in PERSONAL | THEY:
            return False
        at = stands[0]
        return at > 0 and tokens[at - 1] in DO_FORMS and not SPEECH_VERBS.isdisjoint(tokens[at + 1 : at + 2])

    @staticmethod
    def _written_of(tokens: list[str], stands: list[int], subject: Subject) -> bool:
        """ "Who wrote it" right after a question about a written thing that is no news article ("what's the 1998
        letter", a document noun of classes.NOUN_KINDS in its phrase): "it" is that thing, and who wrote it is its
        author, not the outlet that reported it (after "what did the Gazette piece say", the piece's writer is)."""
        if not stands or stands[0] == 0 or tokens[stands[0] - 1] not in WRITER_WORDS:
            return False
        said = set(words(subject.phrase.lower()))
        written = {w for w in said if "document" in NOUN_KINDS.get(w, ())}
        return bool(written) and said.isdisjoint(ARTICLE_WORDS)

    def _written_told(self, tokens: list[str], stands: list[int], subject: Subject) -> str:
        """ "Who wrote it", "who signed it" (a verb of writing, or WRITTEN_ACTS, before a lone "it") right after a
        question asking of people ("what did the protesters bring", its head a plural noun of people, which "it" never
        stands for) whose answer's fact names one written thing (a document noun of classes.NOUN_KINDS: "… with a
        letter"): that noun ("letter"); "" otherwise."""
        fact = self.brief.facts.get(subject.told)
        if fact is None or len(stands) != 1 or tokens[stands[0]] != "it" or not stands[0]:
            return ""
        if tokens[stands[0] - 1] not in WRITER_WORDS | WRITTEN_ACTS or subject.head.lower() not in PLURAL_PEOPLE:
            return ""
        nouns = {w for w in words(fact.statement.lower()) if "document" in NOUN_KINDS.get(w, ())}
        return nouns.pop() if len(nouns) == 1 else ""

    def _one_told(self, subject: Subject) -> bool:
        """The last answer led with one fact (not a glossary entry, nor several facts' figures)."""
        return not subject.several and subject.told in self.brief.facts

    def _words_told(self, subject: Subject) -> bool:
        """The last question asked someone's words ("what did the keeper say", "where did Ada Lind say that", "what did
        the keeper call the guild") and its answer told one fact: the words "it" may stand for."""
        asked = subject.asked.split(" ")
        # "what did the keeper call the guild", "who called the guild greedy": the name given it is words someone
        # said, whichever of the two (the name or who gave it) was asked
        called = asked[:1] in (["what"], ["who"]) and not NAMING_VERBS.isdisjoint(asked)
        # (any verb a question asks someone's words with: "what did they shout" told words as "what did they say")
        return (
            not subject.several and subject.told in self.brief.facts and (called or not WORDS_ASKED.isdisjoint(asked))
        )

    def _quote_told(self, subject: Subject) -> str:
        """The first words in quotation marks of the evidence of the one fact the last answer led with ("" when none
        or several): the words an answer telling someone's words quoted."""
        if not self._one_told(subject):
            return ""
        for citation in self.brief.facts[subject.told].citations:
            found = QUOTE_SPAN.search(citation.quote)
            if found:
                return (found.group(1) or found.group(2)).strip()
        return ""

    @staticmethod
    def _saying_it(tokens: list[str], typed: list[str], subject: Subject) -> str:
        """ "Who did he say it to": a personal stand-in, a speech verb and a stand-in for a thing right after it, the
        words of the one person the last answer's fact told (`person`, else `told_person`), read with that name and
        "that" for the words, and what they were about when the question ends on them ("who did Ada Lind say that
        to"; "when did she say it" after "what did Lind say about the lease": "… say that about the lease"), asked of
        those words alone, as "when was that" is (their date or none, never another event's); "" for any other
        question or when no one person spoke."""
        person = subject.person or subject.told_person
        at = next((i for i, t in enumerate(tokens) if t in SPEECH_VERBS), None)
        if not person or at is None or at + 1 >= len(tokens) or tokens[at + 1] not in THING:
            return ""
        if len(tokens) != len(typed) or not any(t in PERSONAL for t in tokens[:at]):
            return ""
        said = [person if t in PERSONAL and i < at else w for i, (t, w) in enumerate(zip(tokens, typed, strict=True))]
        said[at + 1] = "that"
        spoken = _spoken_of(subject.asked) if at + 2 == len(tokens) else ""  # "when did she say it", ending on it
        return " ".join([*said, spoken] if spoken else said)  # of "what did Lind say about the lease": "… about it"

    def _paid_for(self, subject: Subject, tokens: list[str]) -> str:
        """ "For what" or "what for" (maybe after "and") right after a question asking a sum with an auxiliary ("how
        much did the guild pay the keepers", "how much was the lease"): what the sum the last answer told was for,
        asked of that fact alone ("what did the guild pay the keepers for"; a closing "worth" is left out: "what was
        the lease for"). "" for any other bare ask or last question: a date or a name asked has no "for what" a fact
        tells apart from itself (the purpose of a renewal is no sum's)."""
        if [t for t in tokens if t != "and"] not in (["for", "what"], ["what", "for"]):
            return ""
        asked = subject.asked.split(" ")
        if asked[:2] != ["how", "much"] or asked[2:3] == [] or asked[2] not in AUXILIARIES:
            return ""
        if subject.several or subject.told not in self.brief.facts:
            return ""
        rest = asked[2:-1] if asked[-1] == "worth" else asked[2:]
        return " ".join(["what", *rest, "for"]) if len(rest) > 1 else ""

    def _of_person(self, tokens: list[str], typed: list[str], subject: Subject) -> str:
        """ "What group?", "which paper": an asking word and one noun, nothing else (past lead-ins), right after a
        question only about one person ("who is Ada Lind"): which of those she is of, "what group is Ada Lind";
        "" otherwise (a verb is no noun: "what happened" asks of no person)."""
        if len(tokens) != len(typed):
            return ""  # a word typed was read as several ("21 milion"): more than two words
        said = [(t, w) for t, w in zip(tokens, typed, strict=True) if t not in LEAD_INS]
        if not subject.person or subject.without_person or len(said) != 2 or said[0][0] not in ("what", "which"):
            return ""
        noun = said[1][0]
        if not _content([noun]) or noun.endswith(("ed", "ing")) or noun.isdigit():
            return ""
        return f"{said[0][1]} {said[1][1]} is {subject.person}"

    def _article_asked(
        self, tokens: list[str], typed: list[str], stands: list[int], subject: Subject
    ) -> Reading | None:
        """ "which outlet reported the split", then "when was that one published": the stand-in is the article the
        last answer named, asked of by its outlet ("when was the Gazette article published"). Only after a question
        asking which article or outlet told something (after "what did Lind write in her op-ed", "when was it
        published" asks of the op-ed), for a part only an article has (its date of publication, headline or
        reporter: "who wrote it" too), and only when that article's outlet is known. None otherwise."""
        if not stands or not subject.source or subject.source not in self.brief.sources:
            return None
        outlet = self.brief.sources[subject.source].outlet
        asked = subject.asked.split(" ")
        if not outlet or not (asks_outlet(asked) or not ARTICLE_WORDS.isdisjoint(asked)):
            return None
        part = asked_part(tokens, names_source=True, for_source=False)
        if not {"who", "whom"}.isdisjoint(tokens) and not REPORTER_VERBS.isdisjoint(tokens):
            part = "reporter"  # "who wrote it": after "which outlet ran …", "it" is that article
        if part not in ("published", "headline", "reporter"):
            return None
        at = stands[0]
        end = at + 2 if tokens[at + 1 : at + 2] == ["one"] else at + 1  # "that one"
        named = f"{outlet} article" if outlet.lower().startswith("the ") else f"the {outlet} article"  # "The Star"
        named += "'s" if tokens[at] in POSSESSIVE else ""  # "what was its headline"
        return Reading(" ".join([*typed[:at], named, *typed[end:]]))

    def _when_done(self, subject: Subject, typed: list[str]) -> Reading | None:
        """ "When?" after a question asking what was done ("what happened on Gullboard", "what occurred at the
        pier"): when that was done, "when did that happen on Gullboard", whatever the last subject is (a name of an
        organization alone is no time, but what happened on it is); after one asking a person's words ("what did
        Lind say about the lease"), when or where ("where?") they were said: "when did Ada Lind say that about the
        lease". None for any other bare ask or last question (fresh tester: "what else did he say", then "where?",
        read the chat's first question instead of the words just told)."""
        asked = subject.asked.split(" ")
        bare = [t for t in typed if t != "and"]
        if bare not in (["when"], ["where"]) or len(asked) < 3:
            return None
        # (the words may have been asked of since, "where did Lind say that", then "who reported it": still hers)
        # (the person spoken of is no speaker: "what did the Gazette say about Lind" told the Gazette's words, and
        # where Lind said something is another fact's place; a "when" so read finds no words of hers and says so)
        spoke = bare == ["when"] or set(words(subject.person.lower())).isdisjoint(_spoken_of(subject.asked).split())
        # ("where?" after "who said it" is where the words were said: `reading` asks that of them)
        words_asked = asked[0] == "what" or (bare == ["when"] and self._words_told(subject))
        if subject.person and spoke and not SPEECH_VERBS.isdisjoint(asked) and words_asked:
            # "what did Lind say about the lease", or "what else did she say" after it: when or where she said the
            # words the last answer told, never other words of hers, nor where the one the chat began with was
            said = " ".join(
                [bare[0], "did", subject.person, self._speech_verb(subject.asked), "that", _spoken_of(subject.asked)]
            )
            return Reading(said.strip(), told_only=True)
        if asked[0] != "what" or bare != ["when"]:
            return None
        done = self.understander.english.verb(asked[1])
        if done is None or done == asked[1] or not asked[1].endswith("ed"):
            return None  # "what is Gullboard": asks what it is, nothing done
        return Reading(" ".join(["when", "did", "that", done, *asked[2:]]))

    def _told_when(self, subject: Subject, typed: list[str], q: Question) -> Reading | None:
        """ "When?" after a question asking a sum, a count, what for or who of an actor alone ("how much did the
        guild get", "what for"): when the fact the last answer told happened, asked of that fact alone (`told_only`:
        an actor is no time, but what the answer told of it may be dated). None for any other ask or last question,
        or when no one fact was told (several sums, each of its own fact: which one is unclear)."""
        if [t for t in typed if t != "and"] != ["when"] or q.kind != "date" or subject.place_like:
            return None
        if subject.several or subject.told not in self.brief.facts or kind_of(subject.asked) not in TOLD_DATED:
            return None
        return Reading(f"when did that happen with {subject.phrase}", told_only=True)

    def _counted_when(self, subject: Subject, typed: list[str]) -> str:
        """ "When?" (maybe after "and") right after a count asked of an act done to what it counted ("how many
        clerks were fired": its phrase the counted noun, an auxiliary and a verb's past form): when that act was done,
        "when were clerks fired", asked of the fact that gave the count alone (`told_only`: its date, or none said
        plainly). "" for any other bare ask or last question ("when was clerks were fired" asked nothing, and its
        answer repeated the undated count as if it dated it)."""
        if [t for t in typed if t != "and"] != ["when"] or not subject.counted or subject.several:
            return ""
        if subject.told not in self.brief.facts:
            return ""
        said = subject.phrase.split(" ")
        at = len(subject.counted.split(" "))
        if said[:at] != subject.counted.split(" ") or len(said) != at + 2 or said[at] not in AUXILIARIES:
            return ""
        done = said[at + 1]
        if done not in PAST and self.understander.english.verb(done) in (None, done):
            return ""
        return " ".join(["when", said[at], *said[:at], done])

    def _since_when_of_thing(self, subject: Subject) -> str:
        """ "Since when?" right after a question of a thing that is no actor nor person, whatever it asked ("what is
        the harbour ledger", "who built it"): since when that thing was, "since when was the harbour ledger" (its
        beginning, which the date answer says when no fact tells: "don't say when it began; as of …"). "" for a
        person, an actor's class noun, a clause or a thing none asked of (fresh tester 88 c8: "of what?" after the
        system just described)."""
        if not subject.phrase or subject.person or not subject.place_like or _clause(subject.phrase):
            return ""
        return "" if self._actor_noun(subject) else f"since when was {subject.phrase}"

    @staticmethod
    def _actor_noun(subject: Subject) -> bool:
        """The subject phrase is only a class noun of an actor (class_nouns.NOUN_KINDS: "the company", "the group",
        "the ceo"), maybe after a determiner: no occasion, so nothing a bare "when" or "where" asks of
        it alone is dated or placed by any fact."""
        said = [w for w in words(subject.phrase.lower()) if w not in DETERMINERS]
        # (an agency's nouns are a place's too: "the office" where a protest was is somewhere)
        return len(said) == 1 and said[0] in NOUN_KINDS and NOUN_KINDS[said[0]] <= ACTOR_KINDS - {"agency"}

    def _done_to_actor(self, subject: Subject, typed: list[str]) -> str:
        """ "When?" (maybe after "and") right after "who <past verb> <an actor>" ("who founded the company"): of
        that act done to it, "when was the company founded". "" for any other bare ask or last ask ("who runs the
        company" asks of no act done once; "where?" of it leads with facts of the actor telling no place)."""
        bare = [t for t in typed if t != "and"]
        ask = subject.ask.split(" ")
        if bare != ["when"] or len(ask) != 2 or ask[0] != "who":
            return ""
        base = self.understander.english.verb(ask[1])
        if not ask[1].endswith("ed") or base is None or base == ask[1]:
            return ""
        return f"when was {subject.phrase} {ask[1]}"

    def _done_by(self, subject: Subject, typed: list[str]) -> str:
        """ "Where?" or "when?" (maybe after "and") right after a question asking who did something somewhere (a
        past verb in -ed and a preposition: "who protested at the pier"), of what they did: "where did those who
        protested at the pier protest" ("where was the pier" asks of the place, not of what was done there). ""
        for any other bare ask or last question ("who runs the guild"; "who signed the lease", whose "when was the
        lease" is what the facts date)."""
        bare = [t for t in typed if t != "and"]
        ask = subject.ask.split(" ")
        if len(bare) != 1 or bare[0] not in ("where", "when") or len(ask) != 3 or ask[0] != "who":
            return ""
        verb = ask[1]
        base = self.understander.english.verb(verb)
        if not verb.endswith("ed") or base is None or base == verb or ask[2] not in PREPOSITIONS:
            return ""
        return f"{bare[0]} did those who {verb} {ask[2]} {subject.phrase} {base}"

    def _embedded(self, asked: str, phrase: str = "") -> str:
        """A question as asked inside another ("which outlet reported …"), in the order of a statement, as English
        wants it there: "when does the lease expire" -> "when the lease expires", "how much was the lease" -> "how
        much the lease was", "when was the lease signed" -> "when the lease was signed", "when did the guild renew
        the lease" -> "when the guild renewed the lease". The asking words are the first one to three ("how much",
        "which paper"), the auxiliary right after them; after do/does/did the verb is the first word after it that
        is only ever a verb, and its form an English word. Any other question as it is ("who signed the lease": no
        auxiliary moved; "when did the guild sign it": no word only ever a verb). One word after "does" and the
        question's subject `phrase` is its verb, whatever else it may be ("when does the lease start": "when the
        lease starts"), as `closing` reads it."""
        said = asked.split(" ")
        if said[:1] == [] or said[0] not in ASKING or words_spoken(asked):
            return asked  # ("who said what are you afraid of": the words asked about stay whole, as said)
        at = next((i for i in range(1, min(4, len(said))) if said[i] in AUXILIARIES), None)
        if at is None or at + 1 >= len(said):
            return asked
        if any(t in AUXILIARIES for t in said[1:at]):
            return asked
        ask, aux, rest = said[:at], said[at], said[at + 1 :]
        english = self.understander.english
        if aux in COPULAS:
            last = rest[-1]
            if rest[0] in PREPOSITIONS or english.verb(rest[0]) is not None:
                return asked  # "how many people were at the vigil": the asking words are what it is asked of
            if len(rest) > 1 and last.endswith(("ed", "en")) and english.verb(last) is not None:
                return " ".join([*ask, *rest[:-1], aux, last])  # "when the lease was signed"
            # before a phrase of place or time ("where the vigil was in 2019"), not inside the noun's "of" or a
            # relative clause ("how much the lease that ended in 2018 was")
            p = next((i for i in range(1, len(rest)) if rest[i] in PREPOSITIONS | RELATIVE and rest[i] != "of"), 0)
            p = len(rest) if not p or rest[p] in RELATIVE else p
            return " ".join([*ask, *rest[:p], aux, *rest[p:]])  # "how much the lease was"
        if aux not in ("do", "does", "did"):
            return asked
        v = next((i for i in range(1, len(rest)) if rest[i] in IRREGULAR or english.verb(rest[i]) == rest[i]), None)
        if v is None and phrase and " ".join(rest[:-1]) == phrase and rest[-1].isalpha():
            v = len(rest) - 1
        if v is None:
            return asked
        base = rest[v]
        if aux == "do":
            form = base
        elif aux == "did":
            form = IRREGULAR.get(base) or (
                base + "d" if base.endswith("e") else base[:-1] + "ied" if base.endswith("y") else base + "ed"
            )
        else:
            form = base + "es" if base.endswith(("s", "sh", "ch", "x", "z", "o")) else base + "s"
        if english.zipf(form) <= 0:
            return asked
        return " ".join([*ask, *rest[:v], form, *rest[v + 1 :]])

    def _speech_verb(self, asked: str) -> str:
        """The speech verb of a question asking someone's words, as its base form ("wrote", "write": "write");
        "say" when it has none, or it is "tell"."""
        said = next((t for t in asked.split(" ") if t in SPEECH_VERBS), "say")
        base = self.understander.english.verb(said) or said
        return "say" if base == "tell" else base  # "tell that" wants who was told: "say that" needs no one

    def _compared(self, tokens: list[str], typed: list[str], subject: Subject) -> str:
        """ "Who got the bigger contract" (a question naming nothing, whose only content word is a noun picked out by
        a word of comparison after "the") right after a question about one named thing ("what is Gullboard"): the
        two compared are that thing's, so its name goes before the noun ("who got the bigger Gullboard contract");
        "" for any other question, or when the last subject is not one name alone."""
        own = [i for i, t in enumerate(tokens) if _content([t])]
        ones = [i for i, t in enumerate(tokens) if t == "one" and i > 1 and tokens[i - 1] in COMPARATIVES]
        # (a scale word is no noun "one" stands for: after "who got 70 million", "the bigger million" asked
        # nothing; fresh tester 73 F1)
        noun = _content([subject.head]) and subject.head.lower() not in SCALE_WORDS
        if not own and len(ones) == 1 and tokens[ones[0] - 2] == "the" and noun:
            # "who got the bigger one" after "how much was the 2014 contract": "one" stands for the last subject's
            # noun, picked out by the comparison ("who got the bigger contract"); asked alone it named nothing
            return " ".join(subject.head if i == ones[0] else t for i, t in enumerate(typed))
        if len(own) != 1 or len(subject.names) != 1 or subject.names[0][1] != subject.phrase:
            return ""
        at = own[0]
        if at < 2 or tokens[at - 1] not in COMPARATIVES or tokens[at - 2] != "the":
            return ""
        return " ".join([*typed[:at], subject.phrase, *typed[at:]])

    def _of_sums_told(self, tokens: list[str], typed: list[str], subject: Subject) -> Reading | None:
        """ "Who got the bigger one" (naming nothing, "one" after "the" and a comparative of size) after answers
        telling two or more sums (`Subject.sums_talked`: the two contracts one article gave, $9 million and $12
        million): "one" is the one of those the comparative picks out (the biggest for "bigger", the smallest for
        "smaller"), asked by its sum and the last subject's noun made singular ("who got the $12 million contract"),
        read of the facts linked first; None for any other question, a comparative of anything else ("earlier"),
        fewer than two sums or two biggest.
        Read as the last subject's noun alone ("who got the bigger contract"), it led a bigger one another article
        tells of (fresh tester 71 F1). Only when every sum is of that noun (`_sums_of`): "$15 million paid in all"
        beside "a $9 million lease" is no lease, and the bigger of them no "$15 million lease", nor "the bigger lease"
        the payment the articles tell: which one is meant is unclear, said so (review 22 L4)."""
        sums = subject.sums_talked
        ones = [i for i, t in enumerate(tokens) if t == "one" and i > 1 and tokens[i - 1] in LARGER | SMALLER]
        if len(ones) != 1 or tokens[ones[0] - 2] != "the" or any(_content([t]) for t in tokens):
            return None
        head = subject.head.lower()
        if len(sums) < 2 and (head in SCALE_WORDS or singular(head) != head):
            # "who got the bigger one" after "who got 70 million": one sum talked of, and "one" stands for no noun
            # ("the bigger million" asked nothing; fresh tester 73 F1): which one is meant is unclear, said so; nor
            # for a plural noun, "one" being one thing ("the bigger neighbors" after "who said we won't be like the
            # neighbors"; fresh tester 78)
            return Reading("", unresolved=" ".join(typed[ones[0] - 2 : ones[0] + 1]), guess=True)
        if len(sums) < 2:
            return None
        # the noun the sums are of: what a count question counted ("contracts" of "how many contracts did the
        # guild have in 1998"), else the last subject's noun ("the $12 million guild" asked nothing)
        head = subject.counted.split(" ")[-1] if subject.counted else subject.head
        if not _content([head]):
            return None
        if not self._sums_of(subject, singular(head.lower())):
            return Reading("", unresolved=" ".join(typed[ones[0] - 2 : ones[0] + 1]), guess=True)
        comparative = tokens[ones[0] - 1]
        values = [sum_value(number, scale) or 0.0 for number, scale in sums]  # (each a number: scaled_figures')
        picked = values.index(max(values) if comparative in LARGER else min(values))
        if values.count(values[picked]) > 1:
            return None  # two of the same size: which one is unclear
        number, scale = sums[picked]
        one = f"the ${number} {scale} {singular(head.lower())}"
        return Reading(
            " ".join([*typed[: ones[0] - 2], one, *typed[ones[0] + 1 :]]), new_subject=True, linked_first=True
        )

    def _two_compared(
        self, subject: Subject | None, tokens: list[str], typed: list[str], q: Question
    ) -> Reading | None:
        """ "Which was bigger", "which was first" (naming nothing) right after answers telling two or more sums of one
        kind of thing (`Subject.sums_talked`: the $39 million and $53 million contracts, told by one fact or by two
        answers in turn), or "which was bigger" after a list: the things those answers told are compared, by their
        sums (`Reading.by_size`) or by their dates (`Reading.by_date`). Asked alone, it named nothing and was "outside
        what I cover" (fresh tester fu55 2). None for any other question or subject."""
        if subject is None or q.entities:
            return None
        size = _which_size(tokens)
        sums = len(subject.sums_talked) > 1 and self._sums_of(subject, singular(subject.head.lower()))
        if size and (sums or subject.listed_told):
            return Reading(" ".join(typed), by_size=size)
        age = _age_asked(tokens)
        if age is not None and sums and not subject.listed_told:
            return Reading(" ".join(typed), by_date="last" if age else "first")
        if age is not None and not subject.listed_told and subject.told_before:
            # "which was first" after two answers, each telling one fact: of those two, by their dates
            return Reading(" ".join(typed), by_date="last" if age else "first")
        if age is not None and not subject.listed_told and len(self._things_told(subject)) > 1:
            # "which was first" after "how much was the lamp contract", answered by one sum paid for the lamp and the
            # ledger together: of those two things, which that one fact dates neither of (fresh tester fu57 4: it
            # was "outside what I cover")
            return Reading(" ".join(typed), by_date="last" if age else "first")
        return None

    def _things_told(self, subject: Subject) -> list[str]:
        """The things (glossary entries of no actor, outlet or place: a program, a document) the one fact the last
        answer led with names: what "which was first" or "the other one" may pick between."""
        fact = self.brief.facts.get(subject.told) if not subject.several else None
        return things_named(self.brief, fact) if fact else []

    def _sums_of(self, subject: Subject, noun: str) -> bool:
        """Every sum talked of (`Subject.sums_talked`) was told by a fact (`sums_facts`) that names `noun` (its stem:
        "lease" of "leases") and gives a figure of one measure, the same for all (FactData.figure, when curated):
        sums of one kind of thing, which a comparative picks among."""
        facts = [self.brief.facts.get(f) for f in subject.sums_facts] if subject.sums_facts else []
        if len(facts) != len(subject.sums_talked) or any(f is None for f in facts):
            return False
        told = [f for f in facts if f is not None]
        measures = {f.figure.measure for f in told if f.figure is not None}
        return len(measures) <= 1 and all(stem(noun) in {stem(w) for w in words(f.statement.lower())} for f in told)

    def _asked_of_named(self, rest: list[str], typed: list[str], q: Question, subject: Subject) -> str:
        """The words after "what about" (`rest`, `typed` as typed) a name and then a question of its own asking of
        "they" ("the Courier, did they drop theirs" read "did the Courier drop their lease"): that question with the
        name in place of "they" and "their" or "theirs" of the last subject's noun (`Subject.head`); "" for any other
        words, or when the question holds another stand-in ("did they cancel it": which thing is unclear)."""
        at = next((i for i in range(1, len(rest) - 1) if rest[i] in AUXILIARIES and rest[i + 1] in THEY), None)
        if at is None or len(q.entities) != 1 or len(rest) != len(typed) or not _content(rest[:at]):
            return ""
        if any(t in AUXILIARIES or t in ASKING or t in NEUTER for t in rest[:at]):
            return ""  # the name alone before the question ("what about the guild and how they … ")
        said = [typed[at], *typed[:at]]
        for t, w in zip(rest[at + 2 :], typed[at + 2 :], strict=True):
            if t == "theirs":
                if not _content([subject.head.lower()]):
                    return ""
                said += ["their", subject.head]
            elif t in NEUTER and t != "their":
                return ""
            else:
                said.append(w)
        return " ".join(said) if len(said) > at + 1 else ""

    def _of_those_counted(self, tokens: list[str], typed: list[str], subject: Subject) -> str:
        """ "How many of those (them, these) …" right after an answer to a count ("how many keepers were fined"), its
        one fact told: a part of those counted, which that fact alone tells ("how many of the keepers were
        jailed"; another fact's count of the same act is of others), read with the noun counted in place of the
        stand-in; "" for any other question or last answer."""
        bare = [t for t in tokens if t not in ("and", "so", "ok", "okay")]
        if bare[:3] != ["how", "many", "of"] or bare[3:4] not in (["those"], ["them"], ["these"]) or len(bare) < 5:
            return ""
        if not subject.counted or not self._one_told(subject) or len(tokens) != len(typed):
            return ""
        at = tokens.index(bare[3], tokens.index("of"))
        return " ".join([*typed[tokens.index("how") : at], f"the {subject.counted}", *typed[at + 1 :]])

    def _count_told(self, tokens: list[str], subject: Subject) -> str:
        """ "How many" (maybe after "and" or "so"), counting no noun of its own, right after an answer whose fact
        gives one count ("a letter with 120,000 signatures"): the noun that count counts ("signatures"), which the
        question asks of that fact alone; "" for any other question or last answer (a fact giving two counts, "80
        boats seized and 12 keepers fined": which one is unclear)."""
        if [t for t in tokens if t not in ("and", "so", "ok", "okay")] != ["how", "many"]:
            return ""
        fact = self.brief.facts.get(subject.told)
        return count_told(fact.statement) if fact is not None else ""

    def _elided(self, tokens: list[str], typed: list[str], q: Question, subject: Subject) -> str:
        """A question whose own words are only verbs and an ask, read of the last subject, which it leaves out as
        one does right after an answer: one ending on its asking word after a participle ("renewed when?": "when
        was the 1998 harbour lease renewed"), or a count of people or of a noun done to ("how many were
        prosecuted", "how many people": "how many were prosecuted in the 1998 raid", in the preposition the last
        ask ended on, else "in"). "" for any other question, or when the last subject is only a person or a date
        (no "in Ada Lind")."""
        if not subject.phrase or not subject.place_like or subject.dated or len(q.terms) > MAX_OWN_TERMS:
            return ""
        verb = self.understander.english.verb
        own = [i for i, t in enumerate(tokens) if _content([t])]
        opened = next((k for k, t in enumerate(tokens) if t not in LEAD_INS), 0)  # "and renewed when?": as without it
        if 0 < opened < len(tokens) - 1 and len(tokens) - opened <= BARE_WORDS:
            return self._elided(tokens[opened:], typed[opened:], q, subject)
        if len(tokens) <= BARE_WORDS and tokens[-1] in ASKING and tokens[0] not in ASKING:
            # "renewed when?", "signed by whom": the asking word and any preposition before it go first
            at = len(tokens) - 1 - (len(tokens) > 1 and tokens[-2] in PREPOSITIONS)
            done = typed[:at]
            if not own or any(verb(tokens[i]) is None or not typed[i].endswith(("ed", "en")) for i in own):
                return ""
            if any(i >= at or not _content([tokens[i]]) for i in range(len(done))):
                return ""
            return " ".join([*typed[at:], "was", _without_act(subject.phrase, verb), *done])
        if q.kind != "count" or tokens[:2] != ["how", "many"] or any(t in DETERMINERS | PREPOSITIONS for t in tokens):
            return ""
        if self._counted_only(subject):
            # "how many criminal arrests", then "how many prosecutions": the last subject was only the noun it
            # counted, which the new count replaces ("how many prosecutions in criminal arrests" counted the arrests:
            # fresh tester 85)
            return ""
        nouns = [i for i in own if verb(tokens[i]) is None]
        if len(nouns) > 1 or (nouns and nouns[0] != 2) or len(own) - len(nouns) > 1:
            return ""  # one noun counted, right after "how many", and at most one verb: nothing of its own named
        if nouns and len(own) > len(nouns) and tokens[2] not in GENERIC_PEOPLE:
            # "how many immigrants were arrested" after "how many signed the petition in august": a noun of its own
            # with what was done to it is a whole question, whose subject is its own ("… arrested in the petition"
            # found nothing; fresh tester 93); "how many people were arrested" still leans on the last subject
            return ""
        acted = len(tokens) > 2 and tokens[2] not in AUXILIARIES and verb(tokens[2]) is not None  # not passive
        doers = self._plural_doers(subject) if not nouns and acted else ""
        if doers:
            # "how many signed" after "when did the employees confront the ceo": a count of those who did the act
            # told, who are its doers ("how many employees signed"); read "… signed in the employees confront the
            # ceo" it asked nothing (fresh tester 94 c4)
            return " ".join([*typed[:2], doers, *typed[2:]])
        ask = subject.ask.split(" ")
        joined = ask[-1] if ask[-1:] and ask[-1] in PREPOSITIONS else "in"
        return " ".join([*typed, joined, self._told_name(subject) or subject.phrase])

    def _signers_of_written(self, tokens: list[str], q: Question, subject: Subject) -> str:
        """ "How many signed" (a count of a WRITTEN_ACTS verb alone) after a question naming one written thing (a
        document noun of classes.NOUN_KINDS, or its verb: "did employees petition the guild"): those who did that
        act to it ("how many signed the petition"). Read alone it counted any signers, another letter's (fu43); a
        question naming no such thing, or several, gives "" (which one is then a guess)."""
        asked = [t for t in tokens if t not in LEAD_INS]
        if q.entities or len(asked) != 3 or asked[:2] != ["how", "many"] or asked[2] not in WRITTEN_ACTS:
            return ""
        verb = self.understander.english.verb
        written = set()
        for word in words(subject.asked.lower()):
            forms = (word, singular(word), verb(word) or "")
            written |= {form for form in forms if "document" in NOUN_KINDS.get(form, ())}
        return f"how many {asked[2]} the {written.pop()}" if len(written) == 1 else ""

    def _plural_doers(self, subject: Subject) -> str:
        """The plural noun that the last subject, a clause ("the employees confront the ceo"), opens with as the
        doer of its verb, without its article ("employees"); "" when the phrase is no such clause."""
        from lemminflect import getLemma

        said = subject.phrase.split(" ")
        if said[:1] == ["the"]:
            said = said[1:]
        if len(said) < 3 or said[0].lower() in PRONOUN_STAND_INS:
            return ""
        noun = said[0].lower()
        if getLemma(noun, upos="NOUN")[:1] in ((noun,), ()) or self.understander.english.verb(said[1].lower()) is None:
            return ""
        return said[0]

    def _told_name(self, subject: Subject) -> str:
        """The name of the one thing the last answer's fact told that the last subject described without naming
        ("the 2018 raid" answered by a fact on "the Harbour Raid": a name holding its head noun), or "": a count
        asked next is of the thing just told, never of another the description fits as well (a 2018 program)."""
        fact = self.brief.facts.get(subject.told)
        if fact is None or subject.names or not subject.head:
            return ""
        head = stem(subject.head.lower())
        named = {
            e
            for e in fact.entities
            if e in self.brief.entities and head in {stem(t) for t in words(fold(self.brief.entities[e].name))}
        }
        return self.brief.entities[named.pop()].name if len(named) == 1 else ""

    def _day_people(self, subject: Subject) -> str:
        """The people (`people_told`) the fact the last answer told names, when the subject is a date whose occasion a
        follow-up asked who was at ("what happened on 3 may 1998", then "who was there": `Subject.occasion` of a
        dated subject), that answer telling them ("dozens of protesters gathered …"); "" otherwise."""
        fact = self.brief.facts.get(subject.told) if subject.dated and subject.occasion else None
        return people_told(fact.statement) if fact is not None and subject.ask.startswith("who ") else ""

    def _place_told(self, subject: Subject) -> str:
        """The name of the one place (PLACE_KINDS) the statement of the fact the last answer told names, as the
        question's entity finder finds it ("apparently at the New York action": New York); "" for none or several."""
        fact = self.brief.facts.get(subject.told)
        if fact is None:
            return ""
        found = self.understander.find_entities(words(fold(fact.statement.lower())))[0]
        places = {e for e in found if self.brief.entities[e].kind in PLACE_KINDS}
        return self.brief.entities[places.pop()].name if len(places) == 1 else ""

    def _replaced(
        self,
        tokens: list[str],
        typed: list[str],
        stands: list[int],
        subject: Subject | None,
        *,
        own: int,
        asked_of: bool = False,
    ) -> Reading | None:
        """The question with its stand-ins replaced: he/she by the one person the last question named, the others
        by its subject (less that person, when a he/she was replaced too: "when did he say that")."""
        words = list(typed)
        personal = [i for i in stands if tokens[i] in PERSONAL]
        neuter = [i for i in stands if tokens[i] not in PERSONAL]
        # he/she: the one person the last question named, else the one the last answer's fact named, unless "it"
        # stands for something too ("when did she say that": of a question that named her, what it asked about)
        person = (subject.person or ("" if neuter else subject.told_person)) if subject is not None else ""
        if subject is None and own > GUESS_WORDS and _names_stand_in(tokens, stands[0]):
            # "which harvest festival was it" with nothing before it: the festival asked, answered on its own ("what day
            # was it", one word of its own, would be a guess at which day)
            return None
        if subject is None or (personal and not person):
            return self._unresolved(typed[stands[0]], own=own, last=stands[0] == len(tokens) - 1, asked_of=asked_of)
        replacements: dict[int, str] = {}
        phrase = subject.phrase
        of_people = False  # "they" read as the people the last answer told of
        fallback = None  # what the question reads as when no fact of theirs answers it
        act = ""
        they = ""  # "they" read as those the last question asked who they were
        words_said = False  # "it" stood for the words (or the thing) the last answer told
        both = False  # "they" stood for the two things the last answers told: the subject now, not the other one
        they_person = False  # "they" stood for the one person named, whom the people told of are not
        day_people = ""  # "they" stood for the people told of at the occasion of the date the subject is
        if personal:
            replacements[personal[0]] = person
            phrase = subject.without_person
        if neuter:
            spoken = _spoken_of(subject.asked) if neuter[0] > 0 and tokens[neuter[0] - 1] in SPEECH_VERBS else ""
            if tokens[neuter[0]] in THING and spoken and subject.person:
                # "when did she say it" after "what did Lind say about the lease": what she said of the lease ("when
                # did Ada Lind say the lease" asks nothing)
                phrase, words_said = f"that {spoken}", True
            elif tokens[neuter[0]] in THING and subject.person and not personal:
                phrase = subject.without_person  # "it" is no person: "what did Lind say about the lease" -> the lease
                if tokens[:2] == ["how", "much"] and self._actor_named(subject, phrase):
                    # "how much was it" after "what did Lind say about the guild": a sum of the guild asks nothing;
                    # what "it" is here is unclear, said so
                    phrase = ""
            elif tokens[neuter[0]] in THING and subject.thing and not personal:
                phrase = subject.thing  # "when did the guild renew the lease", then "how much is it": the lease
                act = self._act(subject)
                if act and self._asks_end(typed):
                    # "when did the guild renew its lease", then "when does it expire": the end of the lease renewed,
                    # the thing the last answer told ("the renewed lease"), which the end check keeps apart from
                    # another lease's end (read "the lease", the one then running out led as its end)
                    phrase = _with_done(phrase, self._past(act))
            elif tokens[neuter[0]] in THEY and subject.thing and not personal and self._doer(subject):
                # "when did the guild renew the lease", then "did they win": the guild, not the clause ("did guild
                # renew the lease win")
                phrase = self._doer(subject)
            elif tokens[neuter[0]] in THEY and not personal and self._plural_doer(subject):
                # "what did the leaflets say at the may vigil", then "who handed them out": "them" is the plural
                # that did the saying, not the one vigil ("who handed the leaflets at the may vigil out")
                phrase = self._plural_doer(subject)
            elif tokens[neuter[0]] in THEY and not personal and self._pair_told(subject) and not _it_after_they(tokens):
                # "how much was the lease that ended", "and the other one?", then "how much are they together": the
                # two leases just told, one after the other ("the other lease" alone is one thing, no "they"); with
                # "it" after "they" ("why were they protesting it") "it" is one of those things, and "they" someone
                # else (read as the two, "the two contracts" protested; fresh tester 86 c11)
                phrase, both = self._pair_told(subject), True
            elif tokens[neuter[0]] in THEY and subject.ask.split(" ")[:1] == ["who"] and subject.told_actor:
                # "who else leased the pier", then "how much did they pay": the one the answer named
                phrase = subject.told_actor
            elif tokens[neuter[0]] in THEY and subject.they and not subject.ask.startswith("who "):
                # "who protested the guild in may", "how many names did they have", then "what did they shout": the
                # ones a follow-up on this subject read "they" as, not the guild
                phrase = they = subject.they
            elif tokens[neuter[0]] in THEY and not personal and (day_people := self._day_people(subject)):
                # "what happened on 3 may 1998", "who was there", then "what did they want": the people the answer
                # telling who took part in that day's occasion told of ("dozens of protesters"), as after "what
                # happened at the vigil", not "those who took part on 3 may 1998" (a date again: the day's list)
                phrase = f"the {day_people}"
            elif tokens[neuter[0]] in THEY and self._who_asked(subject):
                # "who protested the guild in may", then "what did they want": the ones the answer named, not the
                # guild ("what did those who protested the guild in may want"; "their demands" stay the subject's),
                # its verb agreeing with "those" ("those who were at the vigil")
                ask = self._who_asked(subject).split(" ")
                ask[1] = self._plural(ask[1])
                phrase = they = f"those {' '.join(ask)} {phrase}"
            parts = phrase.split(" ")
            # (a verb whose preposition closes the phrase, "the contract the Gazette wrote about", is its own
            # relative clause's, `_stranded`: kept)
            stranded = _relative([t.lower() for t in parts[1:]])
            # (and "do" after a do-question's subject: "what did the protesters do in new york in september", then
            # "what did they chant", is of the protesters there then, never "… do in new york in september chant")
            verbs = SPEECH_VERBS | ({"do"} if subject.ask.split(" ")[-1] in DO_FORMS else set())
            if phrase == subject.phrase and not stranded and any(t.lower() in verbs for t in parts[1:-1]):
                # "what did the leaflets say at the may vigil", then "where was that": the leaflets at the vigil, the
                # verb the last question asked with no part of the thing ("where was the leaflets say at …")
                inside = range(1, len(parts) - 1)
                phrase = " ".join(t for k, t in enumerate(parts) if not (k in inside and t.lower() in verbs))
            # (with "it" after "they", the counted and the thing are both kept below: "who did they send it to")
            it_after = len(neuter) > 1 and tokens[neuter[1]] in THING
            counted = _counted_people(subject, tokens[neuter[0]], same=phrase == subject.phrase and not it_after)
            if (
                not phrase
                # "where was that" after "who said you can't keep the harbour if you …": the tail of the words asked
                # about is a clause, no thing "that" stands for (fresh tester 74 F5)
                or (tokens[neuter[0]] in THING and phrase == subject.phrase and _clause(phrase))
                or (tokens[neuter[0]] == "there" and not subject.place_like)
                or (tokens[neuter[0]] in PLURAL and subject.dated and not day_people)  # "did they get in" after
                # "… on september 13" (not after "who was there" of that day: `day_people`)
                # "did they win" after "how much was the 1998 lease": one thing, no one "they" could be
                or (tokens[neuter[0]] in THEY and phrase == subject.phrase and self._one_thing(subject))
                # "what did they chant" after "what happened at the guild protest": an event an actor's name only
                # qualifies, which chants nothing; they are the people the answer told of at it (asked what they did:
                # "were they removed" may be of the event's messages, and a verdict is never of the people alone)
                or (
                    tokens[neuter[0]] in THEY
                    and phrase == subject.phrase
                    and tokens[0] in ASKING
                    and tokens[neuter[0] - 1] in DO_FORMS
                    and self._occasion_of_actor(subject)
                )
                # "how many names did they have", then "did they get in": the last question's own "they" had
                # what it counted, so its subject ("names") is not who they are, and nothing earlier says who is
                or (tokens[neuter[0]] in THEY and phrase == subject.phrase and self._they_had(subject))
                # "who confronted Lind", "what did he do", then "what did they want": the conversation told of people
                # ("several employees"), so "they" is those, never the one person the last question named alone,
                # whom the asker calls "he" (fresh tester 93: his aim given as theirs)
                or (they_person := self._they_not_person(tokens[neuter[0]], phrase, subject))
                # "how many people were there", then "what did they do with the letter": they are the people
                # counted, whom the answer told of by a noun of who they were ("dozens of protesters"), not the
                # place ("what did the pier in may do"); and they stay who a follow-up on this subject read them as
                # ("did the guild let them in")
                or (
                    tokens[neuter[0]] in THEY
                    and phrase == subject.phrase
                    and (subject.they_told or subject.counted in GENERIC_PEOPLE)
                    and bool(subject.told_people)
                )
                # "what towns had vigils", then "what did they demand there": towns do nothing; they are the people
                # the answer told of at those places ("keepers held vigils in two towns"), not the places ("when did
                # they happen" asks no act of theirs: they are the vigils)
                or (
                    tokens[neuter[0]] in THEY
                    and phrase == subject.phrase
                    and subject.head.lower() in PLACE_NOUNS
                    and tokens[0] in OBJECT_ASKING
                    and tokens[neuter[0] - 1] in DO_FORMS
                    and bool(subject.told_people)
                )
                # "how many protesters showed up at the pier in may", then "what did they want": they are those
                # counted, named by the question's own noun of people, not the place it counted them at
                or bool(counted)
            ):
                told_people = counted or subject.told_people
                of_told = tokens[neuter[0]] in THEY and not personal and not subject.dated  # "… on september 13":
                # who "they" were that day is what the question before asked, which the answer may list several of
                last = neuter[0] == len(tokens) - 1
                fallback = self._unresolved(typed[neuter[0]], own=own, last=last, asked_of=asked_of)
                if not (of_told and told_people and (subject.told or they_person)):
                    return fallback
                # "what happened at the pier in may", then "what did they do with the letter": no one named before,
                # so "they" are the people the answer told of ("dozens of protesters gathered …"), and the fact
                # told (or one linked to it) answers first (`told_first`)
                phrase, of_people = f"the {told_people}", True
            if day_people:  # (answered first by that occasion's facts, else the article's, as `people` says)
                of_people = True
                # never another occasion's people, nor the question answered as typed (`guess`): "were they
                # arrested" after "who was there" led another year's arrests of another group (review 33)
                fallback = Reading("", unresolved=typed[neuter[0]], guess=True)
            verb = self.understander.english.verb
            acted_after = any(verb(t) is not None and t.endswith(("ed", "en")) for t in tokens[neuter[0] + 1 :])
            if phrase == subject.phrase and tokens[neuter[0]] in THING and acted_after:
                # "when was the 2013 lease signed", then "when was it renewed" (or "what did it lead to", its verb in
                # the brief's past form): "it" is the lease, not the lease signed ("when was the 2013 lease signed
                # renewed" was dated by the signing: fresh tester 92)
                phrase = _without_act(phrase, verb)
            replacements[neuter[0]] = phrase
            thing = neuter[1] if len(neuter) > 1 and tokens[neuter[1]] in THING else None
            if tokens[neuter[0]] in THEY and thing is not None and subject.counted and _people(subject.counted):
                # "how many clerks signed the 1998 petition", then "who did they send it to": they are the clerks
                # counted, it the petition ("who did the 1998 petition send the 1998 petition to" asks nothing)
                replacements[neuter[0]] = f"the {subject.counted}"
                replacements[thing] = subject.phrase
                words_said = True  # both what the last answer told: no other year's petition
        there = next((k for k in neuter[1:] if tokens[k] == "there"), None)
        place = self._place_told(subject) if there is not None and subject.ask.startswith("where ") else ""
        if there is not None and place:
            # "where was that" answered with a place, then "what did they chant there": there is that place, and
            # they are whoever was there, not only the people of the fact that told where (which tells no chant)
            replacements[there] = place
            of_people, fallback = False, None
        for at in sorted(replacements, reverse=True):  # from the end, so earlier positions stay put
            word, after, said = tokens[at], typed[at + 1 : at + 2], replacements[at]
            if word == "there":
                words[at : at + 1] = ["at", said]
            elif word in POSSESSIVE and at in personal and (word != "her" or _content(after)):  # not "say to her"
                words[at : at + 1] = [f"{said}'s"]
            elif word in POSSESSIVE and after and at not in personal:  # "their demands": "the demands of the X"
                # the whole noun phrase before "of": "their campaign director", "the campaign director of the X"
                end = at + 1
                while end + 1 < len(tokens) and _content([tokens[end + 1]]) and end + 1 not in replacements:
                    end += 1
                words[at : end + 1] = ["the", *typed[at + 1 : end + 1], "of", said]
            elif word in DEMONSTRATIVE and tokens[at + 1 : at + 2] == ["one"] and said.split(" ")[0] in ARTICLES:
                # "when does that one expire": "one" is of the stand-in, the last subject's noun phrase already whole
                # in its place (never "when does the other contract one expire"); a bare noun lent ("outlet" of "what
                # outlet was that") is kept as it was read before
                words[at : at + 2] = [said]
            else:
                words[at : at + 1] = [said]
        # "what did it say" of a written thing ("the 2018 letter"): its words, asked as any question of them is;
        # the fact just told (or one linked to it) tells of the thing, not its words, and led (fresh tester 85: the
        # protest the letter was read at, not "We are here today …")
        its_words = (
            bool(neuter)
            and tokens[neuter[0]] in THING
            and tokens[neuter[0] + 1 : neuter[0] + 2] != []
            and tokens[neuter[0] + 1] in SPEECH_VERBS
            and document_noun(replacements[neuter[0]].split(" ")[-1].lower()) is not None
        )
        told_first = bool(neuter) and not words_said and not its_words
        # "who was there" right after an answer telling one thing done at an occasion: who took part in that
        # occasion, which its own fact and those the brief links to it tell; the thing told, leading, named only
        # some doers of its act (fresh tester 86 c6: the letter taped to the door, as if that said who was there)
        # (and "how many were there": how many took part in it)
        counted_there = tokens[:2] == ["how", "many"] and tokens[2:3] in (["were"], ["people"]) and subject.dated
        at_occasion = (tokens[:1] == ["who"] or counted_there) and "there" in (tokens[k] for k in replacements)
        occasion = subject.told if at_occasion and self._event_told(subject) else ""
        if they and subject.occasion:
            # "what did they want" after "who was there": those who were at that occasion, whose facts tell it (any
            # fact of those words led another year's protest there)
            occasion = subject.occasion
        told_first = told_first and not occasion
        # "was it 200,000": the figure as typed
        text = _with_thousands(" ".join(words))
        if occasion and subject.dated and tokens in (["who", "was", "there"], ["who", "were", "there"]):
            # "who was there" after "what happened on 3 may 1998", a date answered by that day's list: who took part
            # in what the day's occasion was (general English: being there at an event is taking part in it); read
            # "who was at 3 may 1998" it asked the date again and the list came back
            ask = subject.ask.split(" ")
            on = ask[-1] if ask[-1:] and ask[-1] in PREPOSITIONS else "on"
            text = f"who took part {on} {subject.phrase}"
        if occasion and counted_there and [t for t in tokens if t != "people"] == ["how", "many", "were", "there"]:
            # "how many were there" after "what happened on 3 may 1998": how many took part in the day's occasion,
            # of its facts alone (read "how many were at 3 may 1998" it asked the date, and nothing answered)
            ask = subject.ask.split(" ")
            on = ask[-1] if ask[-1:] and ask[-1] in PREPOSITIONS else "on"
            text = f"how many people took part {on} {subject.phrase}"
        # "how much was it" of the lease the guild renewed is asked of that renewal (`act`): shown so, as it is
        # answered, not as a question of any lease
        doer, done = (self._doer(subject), self._past(act)) if act and words[-1:] == [phrase] else ("", "")
        shown = f"{text} {doer} {done}" if doer and done else ""
        return Reading(
            text,
            new_subject=both,
            told_only=words_said,
            told_first=told_first,
            act=act,
            shown=shown,
            people=of_people,
            fallback=fallback,
            they=they,
            occasion=occasion,
        )

    @staticmethod
    def _they_not_person(word: str, phrase: str, subject: Subject) -> bool:
        """Whether "they" (`word`), read as the subject's `phrase` unchanged, would be the one person the last question
        named and nothing else ("lind"), the last answer that person's glossary entry, while an answer before it told
        of people by a plural noun (`Subject.told_people`, "employees", kept while the subject stays): then they are
        those people, not that person. A singular "they" of a person asked about alone ("who is okafor", then "what
        did they say"), or of one whose own words were just told (their "tech workers" are no one else), stays that
        person."""
        entry_only = bool(subject.told_entry) and not subject.told
        return (
            word in THEY
            and phrase == subject.phrase
            and bool(subject.person and subject.told_people)
            and (entry_only and not subject.without_person)
        )

    @staticmethod
    def _words_instead(subject: Subject, opening: tuple[str, ...] | None, typed: list[str]) -> str:
        """ "What about <words>" right after a question asking who spoke some words ("who said it's only paper":
        clauses.quoted_phrases), the new words as long as those are asked about (QUOTED_WORDS or more, no quotation
        marks needed): who spoke them, "who said what are you afraid of" (its own "what" asks nothing of the last
        subject); "" for any other follow-up."""
        if opening is None or opening[-1:] != ("about",) or not quoted_phrases(subject.asked):
            return ""
        said = typed[len(opening) :]
        verb = subject.asked.split(" ")[1:2]
        return " ".join(["who", *verb, *said]) if verb and quoted_phrases(" ".join(["who", *verb, *said])) else ""

    def _done_to_it(self, tokens: list[str], subject: Subject) -> str:
        """ "Did they cancel it" (maybe after "and" or "so") right after a question about one thing (`_one_thing`:
        "what's the 1998 lease"), which names no one "they" could be: whether it was done to that thing, whoever did
        it, "was the 1998 lease canceled" ("is" after "do"/"does"). "" for any other question, or an irregular verb
        ("did they break it": IRREGULAR)."""
        said = [t for t in tokens if t not in ("and", "so")]
        if len(said) != 4 or said[0] not in DO_FORMS or said[1] != "they" or said[3] not in ("it", "that"):
            return ""
        if not self._one_thing(subject) or subject.dated or not subject.phrase:
            return ""
        # the word after "did they" is a verb by grammar: one a noun too ("stop", "drop", "ban") is taken when
        # lemminflect's dictionary has it as a verb's base form (English.lemmas); its participle is from lemminflect's
        # tables, English spelling ("stopped", "played") not ours to rebuild (review 20 F7: "stoped", "plaied" failed
        # the zipf check)
        from lemminflect import getInflection

        english = self.understander.english
        word = said[2]
        base = english.verb(word) or (word if word in english.lemmas(word).get("VERB", ()) else None)
        if base is None or base != word or base in IRREGULAR or base in IRREGULAR.values():
            return ""
        done = next(iter(getInflection(base, "VBN")), "")
        if not done or self.understander.english.zipf(done) <= 0:
            return ""
        return " ".join(["was" if said[0] == "did" else "is", subject.phrase, done])

    def _pair_told(self, subject: Subject) -> str:
        """ "The two leases" (the subject's head noun in the plural) when the subject is "the other one" of two the
        last answers told one after the other (`Subject.other_of`: the lease that ended, then the other lease): who
        "they" are next; "" for any other subject."""
        if not subject.other or subject.other_of in ("", subject.told) or subject.other_of not in self.brief.facts:
            return ""
        head = subject.head.lower()
        if not _content([head]) or head.endswith("s"):
            return ""
        if head.endswith("y") and head[-2:-1] not in tuple("aeiou"):
            return f"the two {head[:-1]}ies"
        return f"the two {head}es" if head.endswith(("x", "ch", "sh")) else f"the two {head}s"

    def _named_in_told(self, subject: Subject, q: Question) -> bool:
        """Every name the question gives (`q.entities`, one at least) is one the statement of the fact the last
        answer led with names in so many words (`states_entity`), though the last question did not name it."""
        fact = self.brief.facts.get(subject.told)
        if fact is None or not q.entities:
            return False
        stated = {stem(w) for w in words(fold(fact.statement))}
        asked_before = {found for found, _ in subject.names}
        return all(
            e in self.brief.entities and e not in asked_before and states_entity(self.brief.entities[e], stated)
            for e in q.entities
        )

    def _actor_named(self, subject: Subject, phrase: str) -> bool:
        """`phrase` is, but for an article, one name of the subject's, of a person or organization (ACTOR_KINDS):
        someone, never a thing a sum is of."""
        typed = phrase.split(" ")
        said = " ".join(typed[1:] if typed[:1] and typed[0] in ("the", "a", "an") else typed)
        return any(
            found in self.brief.entities and self.brief.entities[found].kind in ACTOR_KINDS and name == said
            for found, name in subject.names
        )

    def _past(self, verb: str) -> str:
        """The past tense of a verb in its base form ("renew": "renewed", "sign": "signed", "pay": "paid"), "" when
        that is no English word."""
        form = IRREGULAR.get(verb) or (
            verb + "d" if verb.endswith("e") else verb[:-1] + "ied" if verb.endswith("y") else verb + "ed"
        )
        return form if self.understander.english.zipf(form) > 0 else ""

    def _one_thing(self, subject: Subject) -> bool:
        """The subject is one thing, never people: no person or actor (a person or organization) named, and its noun
        (`head`) a singular ("the 1998 lease", not "the keepers" or "the protests") and no noun of people, nor people
        counted."""
        actors = any(self.brief.entities[e].kind in ACTOR_KINDS for e, _ in subject.names)
        head = subject.head.lower()
        people = bool(subject.counted) and _people(subject.counted)  # "how many clerks signed the 1998 petition"
        return not actors and not people and not subject.person and not head.endswith("s") and head not in PERSON_NOUNS

    def _event_told(self, subject: Subject) -> bool:
        """The fact the last answer led with is an event (`Fact.kind`): an occasion things may have happened at."""
        fact = self.brief.facts.get(subject.told)
        return fact is not None and fact.kind == "event"

    def _occasion_of_actor(self, subject: Subject) -> bool:
        """The subject is one event that a name of an actor only qualifies ("the guild protest"): its head noun a
        singular, no noun of people nor a word of the names it holds, and the fact the last answer led with an event
        (`Fact.kind`) telling of people (`Subject.told_people`), who are whom "they" stand for, never the whole
        phrase ("what did the guild protest chant" asked of anyone's chant)."""
        fact = self.brief.facts.get(subject.told)
        head = subject.head.lower()
        named = {w for _, said in subject.names for w in words(said.lower())}
        return (
            fact is not None
            and fact.kind == "event"
            and bool(subject.told_people)
            and bool(subject.names)
            and not subject.person
            and not subject.counted
            and head not in named
            and head not in PERSON_NOUNS
            and singular(head) == head
        )

    def _of_thing(self, subject: Subject, rest: list[str], framed: str, *, other: bool = False) -> Reading | None:
        """The reading `framed` of "the 2014 one" (`rest`, "one" after its first word) with the subject's head noun
        in it ("renewal") read as the thing the last answer's fact is of (`_thing_of`: "contract"), to answer when
        `framed` finds nothing; None when "one" stood for nothing or the head is that thing's own noun."""
        thing = self._thing_of(subject) if "one" in rest[1:] else ""
        if not thing or self._act_told_in(subject.head, rest):
            return None
        head = re.compile(rf"\b{re.escape(subject.head.lower())}\b")
        held = head.sub(thing, framed)
        return Reading(held, new_subject=True, other=other) if held != framed else None

    def _act_told_in(self, head: str, rest: list[str]) -> bool:
        """Whether some fact dated in the year `rest` names tells the act `head` names ("renewal": a fact of that year
        saying "renewed"): then "the 2019 one" is that act, whose figure untold is no cue to answer of the thing
        instead (review of the fallback: "$12 million" of a 2019 contract led for "the 2019 one" of a renewal the
        articles tell without a sum)."""
        years = [t for t in rest if re.fullmatch(r"(?:19|20)\d\d", t)]
        act = stem(head.lower())
        return bool(years) and any(
            (fact.date or "").startswith(years[0]) and act in {stem(w) for w in words(fact.statement)}
            for fact in self.brief.facts.values()
        )

    def _thing_of(self, subject: Subject) -> str:
        """The kind of thing (THING_FACT_KINDS) the fact the last answer told is of, when the subject's head noun is
        another word ("renewal" of a fact of kind "contract"): what that act was done to, which "the 2014 one" may
        stand for when the brief tells of no act of that year ("how much was the 2015 renewal", then "and the 2014
        one?" of a contract signed in 2014); "" otherwise."""
        fact = self.brief.facts.get(subject.told)
        if fact is None or fact.kind not in THING_FACT_KINDS or not subject.head:
            return ""
        return fact.kind if stem(fact.kind) != stem(subject.head.lower()) else ""

    def _done_to(self, subject: Subject) -> str:
        """Who did what to the subject's thing, and the verb ("guild renew its lease": "guild renew"): the words of
        its phrase before the thing's determiner, when the phrase ends on that thing; "" otherwise."""
        said = subject.phrase.split(" ")
        thing = subject.thing.split(" ")[1:]  # "the lease" from "its lease": its noun
        act = self._act(subject)
        if not thing or not act or act not in said[1:] or said[-len(thing) :] != thing:
            return ""
        at = len(said) - len(thing) - 1  # the determiner before it
        return " ".join(said[:at]) if at > said.index(act) else ""

    def _doer(self, subject: Subject) -> str:
        """Who did what the subject's phrase says was done to its thing ("guild renew the lease": "guild"), the
        words before its verb (`_act`); "" when it has none."""
        act = self._act(subject)
        said = subject.phrase.split(" ")
        return " ".join(said[: said.index(act)]) if act and act in said[1:] else ""

    def _plainly(self, subject: Subject, q: Question, rest: list[str]) -> Reading | None:
        """ "And the letter?" (`rest`: the words after its opening, as typed) asked plainly, "what about the letter",
        when the last ask lends it no verb and it names a thing by a noun alone: no name, year or number of the
        brief, no "one" standing for the last subject's noun, only the noun's determiner before it. The facts linked
        to what the last answer told answer first (`Reading.linked_first`). None for any other."""
        said = [t for t in rest if t not in ("the", "a", "an", "?")]
        if not subject.told or q.entities or q.years or len(said) != 1 or not _content(said) or said[0] == "one":
            return None
        instead = " ".join(rest)
        return Reading(f"what about {instead}", new_subject=True, instead=instead, linked_first=True)

    @staticmethod
    def _ask_swapped(subject: Subject, typed: list[str]) -> str:
        """A bare ask (`typed`: "when", "for how long", maybe after "and") after a question asking of someone's act
        with "did" ("where did Ada Lind meet them"): that question with the bare ask in place of its asking word
        ("when did Ada Lind meet them"; as "when" alone it asked nothing of a person). "" when the last question
        was no "<asking word> did <who> <verb …>" (a "when was the lease" is asked of its phrase, as before)."""
        ask = subject.ask.split(" ")
        bare = [t for t in typed if t != "and"]
        # "when did the protesters rally at the guild", then "where": the ask ran on to the act's last word before
        # the thing named ("… rally at"), which is no place to ask of; the same act, asked where
        ran_on = len(ask) > 2 and ask[0] in ADVERB_ASKS and ask[1] in DO_FORMS and SPEECH_VERBS.isdisjoint(ask)
        if ran_on and bare and bare[-1] not in DO_FORMS and subject.asked.startswith(f"{subject.ask} "):
            return " ".join([*bare, *subject.asked.split(" ")[1:]])
        if len(ask) != 2 or ask[0] not in ASKING or ask[1] not in DO_FORMS or not subject.tail or not bare:
            return ""
        if subject.asked != f"{subject.ask} {subject.phrase} {subject.tail}" or bare[-1] in DO_FORMS:
            return ""
        if not SPEECH_VERBS.isdisjoint(subject.tail.split(" ")):
            return ""  # "where?" after "what did Lind say": where her words were said is asked as "where was that"
        return " ".join([*bare, ask[1], subject.phrase, subject.tail])

    @staticmethod
    def _date_swapped(subject: Subject, typed: list[str]) -> str:
        """A bare length asked (`typed`: "for how long", "and how long") after a question asking when something was
        done by someone ("when did they occupy the bookstore"): that question with the length
        asked in place of "when" ("for how long did they occupy the bookstore"), which the fact the last answer
        told answers first when it gives the length (as "for how long" alone it asked of nothing). "" when the last
        question opened with no "when did" ("when was the lease signed" asks no act of a doer: "how long was the
        lease signed" is no question)."""
        asked = subject.asked.split(" ")
        bare = [t for t in typed if t != "and"]
        if len(asked) < 4 or asked[0] != "when" or asked[1] not in DO_FORMS or not bare:
            return ""
        return " ".join([*bare, *asked[1:]])

    def _sum_of_actor(self, subject: Subject) -> str:
        """ "How much" right after "who got money for the lease" answered by one fact naming one actor besides those
        the question named (`told_actor`): the sum that one got, read with the ask's verb in its base form and the
        rest of the question ("how much did the guild get money for the lease"), asked of that fact alone. "" when
        the last question asked no "who" with a verb, or its answer named no one actor."""
        ask = subject.asked.split(" ")
        if ask[:1] != ["who"] or len(ask) < 2 or not subject.told_actor or not self._one_told(subject):
            return ""
        base = self.understander.english.verb(ask[1])
        if base is None or base == ask[1]:  # "who is", "who protested" (a noun too): no act of getting or paying
            return ""
        rest = [] if _only_sum(ask[2:]) else ask[2:]  # "who got 9 million": that sum is the one asked
        return " ".join(["how much did", subject.told_actor, base, *rest])

    @staticmethod
    def _who_asked(subject: Subject) -> str:
        """The ask "they" stands for those of ("who protested" of "who protested the guild in may"): the subject's
        own when it asks who did something and was answered, else that of the question whose answer told what the
        last answer told (`told_asked`), when a follow-up since, unanswered, lent the subject its ask ("how many
        were there" told nothing, so "they" are still those who protested; after "who organized it", unanswered, no
        one told is "those who organized it"); "" when neither asks who did something."""
        if subject.person and not subject.without_person and subject.ask.split(" ")[1:] in (["is"], ["was"]):
            # "who is Ada Lind" asks who one person is: "they" after it is that person, named by no doing
            # ("what else did those who are ada lind say"; fresh tester 85)
            return ""
        answered = not subject.told_asked or subject.asked == subject.told_asked
        own = [(subject.asked, subject.ask)] if answered else []
        for asked, ask in (*own, (subject.told_asked, "")):
            if not ask and asked.endswith(f" {subject.phrase}"):
                ask = asked[: -len(subject.phrase) - 1]
            # "who does Ada Lind work for" asks whom she works for ("who" the object, after "do"): it names no
            # doers "they" could be ("what did those who do Ada Lind chant"; fresh tester 74 F4)
            if ask.split(" ")[:1] == ["who"] and len(ask) > len("who ") and ask.split(" ")[1] not in DO_FORMS:
                return ask
        return ""

    @staticmethod
    def _they_had(subject: Subject) -> bool:
        """The last question counted something (`counted`) that its own unreplaced "they" or "them" did or had
        ("how many names did they have"): "they" was someone other than its subject."""
        return bool(subject.counted) and not THEY.isdisjoint(words(subject.asked))

    def _plural_doer(self, subject: Subject) -> str:
        """The plural noun phrase opening the subject's phrase as the doer of its verb, with the place or time
        after that verb ("the leaflets say at the may vigil": "the leaflets at the may vigil"); "" when the phrase
        opens with no such phrase (no verb after it, its noun no plural, or a name of the brief in it)."""
        said = subject.phrase.split(" ")
        verb = self.understander.english.verb
        # its first verb after a determiner and a noun ("say" is a noun too, so a verb of speech counts)
        at = next((i for i, w in enumerate(said) if i > 1 and (w in SPEECH_VERBS or verb(w) is not None)), 0)
        if not at or subject.names:
            return ""
        doer, after = said[:at], said[at + 1 :]
        noun = doer[-1]
        if len(doer) < 2 or doer[0] not in ("the", "those", "these") or not noun.endswith("s") or noun.endswith("ss"):
            return ""
        if after and after[0] not in PREPOSITIONS:
            return ""  # "the keepers renew the lease": what they did to a thing, which `_doer` reads
        return " ".join([*doer, *after])

    def _that_thing_ended(self, tokens: list[str], typed: list[str], subject: Subject, q: Question) -> Reading | None:
        """ "When does that lease expire" right after "when did the guild renew its lease": "that" and the last
        subject's noun point at the thing the last answer told, read as "it" is (`_with_done`: "the renewed lease"),
        so the end check keeps it apart from another lease's end; None for any other question ("when does the lease
        expire" asked alone is of any lease)."""
        if not subject.told or q.entities:
            return None
        said = subject.phrase.split(" ")
        # the thing: what was done to it ("guild sign the harbour lease": "the harbour lease"), else the phrase
        last = max((i for i, t in enumerate(said) if i and t in ("the", "its", "their")), default=0)
        thing = subject.thing or " ".join(["the", *said[last + 1 :]] if last else said)
        act = self._act(subject) if last or subject.thing else ""
        thing = _with_done(thing, self._past(act)) if act else thing
        head = thing.split(" ")[-1].lower()
        at = next((i for i, t in enumerate(tokens[:-1]) if t in DEMONSTRATIVE & THING and tokens[i + 1] == head), None)
        if at is None or not self._asks_end(typed) or self._asks_end(subject.asked.split(" ")):
            return None
        phrase = thing
        return Reading(" ".join([*typed[:at], phrase, *typed[at + 2 :]]), told_first=True, act=act)

    def _asks_end(self, typed: list[str]) -> bool:
        """The question asks when a thing ends ("when does it expire", "when is that one up": read as an end by the
        understander), as the end check (bot/answering/endings.py) reads one."""
        return asked_thing(self.understander.understand(normalize(" ".join(typed)))) is not None

    def _act(self, subject: Subject) -> str:
        """The verb the subject's phrase says was done to its thing ("guild renew the lease": "renew"), the last
        word before "the", "its" or "their" that is a verb; "" when none."""
        before = []
        for w in words(subject.phrase)[1:]:
            if w in ("the", "its", "their"):
                break
            before.append(w)
        return next((w for w in reversed(before) if self.understander.english.verb(w) is not None), "")

    def _personal_only(
        self, tokens: list[str], typed: list[str], stands: list[int], q: Question, subject: Subject
    ) -> Reading | None:
        """A question naming things of the brief but no person, whose only stand-ins are he/she words ("what did he
        say about the lease"), read with he/she for the one person the last question (or else its answer's lead)
        named: "what did Ada Lind say about the lease". None for any other question, or when no one person was
        named before."""
        if not stands or any(tokens[i] not in PERSONAL for i in stands):
            return None
        # the noun a question opens by asking for ("what word did he use", "which lease did she sign") is what is
        # asked, neither whose "he" is nor a word of its own the follow-up adds
        asked = _wh_noun(tokens)
        if any(i in q.named_at or (_content([tokens[i]]) and i != asked) for i in range(stands[0])):
            return None  # "what did a guild clerk tell his colleagues": "his" is the clerk's
        if any(self.brief.entities[e].kind == "person" for e in q.entities if e in self.brief.entities):
            return None  # "did he meet Ode": of two people, which one "he" is the question does not say
        person = subject.person or subject.told_person
        own = [i for i, t in enumerate(tokens) if i not in q.named_at and i != asked and _content([t])]
        if not person or len(own) > MAX_OWN_TERMS:
            return None
        reading = self._replaced(tokens, typed, stands, subject, own=len(q.terms))
        # what the named person said is the subject now: "when did he say it" asks when Lind spoke of the lease
        return replace(reading, new_subject=True) if reading is not None and not reading.unresolved else reading

    def _about_it(
        self, tokens: list[str], typed: list[str], stands: list[int], q: Question, subject: Subject
    ) -> Reading | None:
        """ "What did the guild claim about it" right after a question about one thing that names no actor ("how much
        was the 1998 lease"): "it", closing the question after "about", is that thing ("what did the guild claim
        about the 1998 lease"). Asked on its own it was the guild's words on anything, which answered with a claim
        of another matter (fresh tester 96: another group's claim on raids, after a question about one contract's
        sum). None when the question names anything but actors (people, organizations), when the
        last subject is a person, a date or a clause, or names an actor itself ("what is the guild", then "what did
        Lind say about it": which of them "it" is, is no thing asked about)."""
        end = len(tokens) - 1
        if stands != [end] or tokens[end] != "it" or end < 2 or tokens[end - 1] != "about":
            return None
        entities = self.brief.entities
        kinds = [entities[e].kind for e in q.entities if e in entities]
        if not kinds or any(k not in ACTOR_KINDS for k in kinds):
            return None
        if subject.person or subject.dated or not subject.phrase or _clause(subject.phrase):
            return None
        if any(e in q.entities or (e in entities and entities[e].kind in ACTOR_KINDS) for e, _ in subject.names):
            return None
        return Reading(" ".join([*typed[:end], subject.phrase]), new_subject=True)

    def _thing_only(
        self, tokens: list[str], typed: list[str], stands: list[int], q: Question, subject: Subject
    ) -> Reading | None:
        """A question naming only actors of the brief (people, organizations) whose one stand-in is "it" after a
        preposition, closing it ("how much did the guild pay for it"), right after a question about one named thing
        of no actor kind ("what is the lamp"): "it" is that thing, "how much did the guild pay for the lamp" (on its
        own the question is of anything the guild paid for, and the next follow-up loses the lamp). None for any
        other question: "it" may be the actor's own doing ("did the guild say it would stop"), and what someone said
        about it stands on its own (tests/test_followups.py pins that)."""
        if len(stands) != 1 or tokens[stands[0]] != "it" or stands[0] != len(tokens) - 1:
            return None
        if stands[0] == 0 or not SPEECH_VERBS.isdisjoint(tokens):
            return None  # (what someone "said about it" is asked on its own: their words on anything)
        if tokens[stands[0] - 1] not in PREPOSITIONS and not self._object_of_actor(tokens, stands[0], q):
            return None
        kinds = [self.brief.entities[e].kind for e in q.entities if e in self.brief.entities]
        if not kinds or any(k not in ACTOR_KINDS for k in kinds) or len(subject.names) != 1:
            return None
        found, said = subject.names[0]
        entity = self.brief.entities.get(found)
        if entity is None or entity.kind in ACTOR_KINDS or found in q.entities or not said:
            return None
        own = [i for i, t in enumerate(tokens) if i not in q.named_at and _content([t])]
        if len(own) > MAX_OWN_TERMS:
            return None
        return Reading(" ".join([*typed[: stands[0]], entity.name]), new_subject=True)

    @staticmethod
    def _object_of_actor(tokens: list[str], at: int, q: Question) -> bool:
        """The stand-in at `at` is the object of the verb right after a named actor that an auxiliary opens ("how
        long has the guild run it", "when did the guild sign it": "<auxiliary> <name> <verb> it"), what the actor did
        something to: the thing the last question named, as after a preposition. The word order alone says so (the
        word before "it" may be a noun too: "run", "lease"); "did the guild say it …" is kept out by its verb of
        saying."""
        verb = at - 1
        if verb < 2 or verb in q.named_at or tokens[verb] in AUXILIARIES or tokens[verb] in PREPOSITIONS:
            return False
        if verb - 1 not in q.named_at:
            return False
        first = verb - 1
        while first - 1 in q.named_at:
            first -= 1
        return first > 0 and tokens[first - 1] in AUXILIARIES

    def _people_only(
        self, tokens: list[str], typed: list[str], stands: list[int], q: Question, subject: Subject
    ) -> Reading | None:
        """A question naming things of the brief whose only stand-in is "them" after a name, what that name's doer
        did to them ("did the guild let them in"), right after an answer telling what happened at an occasion: "them"
        is the people its fact told of (`Subject.told_people`: "did the guild let the protesters in"), answered by
        that occasion's facts (`Reading.people`), else on its own as before (no `fallback`). None for any other
        question: "they" or "their" may be the name itself ("did the guild say they would stop")."""
        if not stands or any(tokens[i] != "them" for i in stands) or not subject.told_people or not subject.told:
            return None
        if subject.dated or not any(i < stands[0] for i in q.named_at):
            return None  # "did them …" names no doer first; a date's "they" is whoever the question before asked
        own = [i for i, t in enumerate(tokens) if i not in q.named_at and _content([t])]
        if len(own) > MAX_OWN_TERMS:
            return None
        said = [f"the {subject.told_people}" if i in stands else t for i, t in enumerate(typed)]
        return Reading(" ".join(said), told_first=True, people=True)

    @staticmethod
    def _one_asked_of(tokens: list[str], typed: list[str], stands: list[int], q: Question, subject: Subject) -> str:
        """ "Who did they want the guild to hear" right after "what group was the keeper at the vigil with": the
        one stand-in "they", doing the act before every name the question gives (so never one of those names), is
        the one of a person noun the last question asked something of ("<what|which> <noun> <copula> <one> [<word
        closing it>]": "the keeper at the vigil"), not the noun it asked for ("the group"): the question with that
        one in its place. "" for any other question or subject (blind set BU: read as no follow-up it answered
        nothing)."""
        if len(stands) != 1 or tokens[stands[0]] != "they" or not q.named_at or min(q.named_at) < stands[0]:
            return ""
        said = subject.asked.split(" ")
        if len(said) < 5 or said[0] not in ("what", "which") or said[2] not in COPULAS or said[3] != "the":
            return ""
        one = said[3:-1] if said[-1] in PREPOSITIONS else said[3:]
        if len(one) < 2 or one[1] not in PERSON_NOUNS:
            return ""
        return " ".join([*typed[: stands[0]], *one, *typed[stands[0] + 1 :]])

    @staticmethod
    def _people_named(
        tokens: list[str], typed: list[str], stands: list[int], q: Question, subject: Subject
    ) -> Reading | None:
        """A question naming, by "the" and their noun, the people the last answer's occasion told of
        (`Subject.told_people`: "what did the protesters chant" right after "what happened at the vigil"), with no
        stand-in, name, date nor article of its own: those people, as "what did they chant" reads them (that
        occasion's facts answer first, then their article's, else it is said the articles don't tell it of them),
        never another occasion's ("the protesters" of another article's July chant). None otherwise."""
        if stands or not subject.told_people or not subject.told or q.on_date or q.years:
            return None
        noun = subject.told_people.split(" ")
        at = next(
            (
                i
                for i in range(1, len(tokens) - len(noun) + 1)
                if tokens[i - 1] == "the" and tokens[i : i + len(noun)] == noun
            ),
            None,
        )
        if at is None or len(q.terms) > MAX_OWN_TERMS:
            return None
        said = " ".join(typed[at - 1 : at + len(noun)])
        return Reading(" ".join(typed), told_first=True, people=True, fallback=Reading("", unresolved=said))

    def _people_at_place(
        self, tokens: list[str], typed: list[str], stands: list[int], q: Question, subject: Subject
    ) -> Reading | None:
        """A question naming people by "the" and their noun (PERSON_NOUNS: "what did the employee do"), with no
        stand-in, name, date nor article of its own, right after an answer that led with a place's glossary entry
        (`Subject.told_entry`, "what happened in the harbour town"): "the" points at those of that place, so the
        question is asked there ("what did the employee do in the harbour town"), never of another place's people.
        None otherwise."""
        entry = self.brief.entities.get(subject.told_entry) if subject.told_entry else None
        if stands or entry is None or entry.kind != "place" or q.on_date or q.years or len(q.terms) > MAX_OWN_TERMS:
            return None
        if (subject.told_entry, subject.phrase) not in subject.names and fold(subject.phrase) not in {
            fold(n) for n in (entry.name, *entry.aliases)
        }:
            return None
        if not any(t == "the" and n in PERSON_NOUNS for t, n in pairwise(tokens)):
            return None
        return Reading(f"{' '.join(typed)} in {subject.phrase}")

    def _plural(self, verb: str) -> str:
        """The verb right after "who" agreeing with "those" ("those who were", "those who use"): the irregular ones
        by PLURAL_VERBS; a present tense in -s as its base form, the first of "-ies" as "-y", less "s", less "es"
        that is an English word ("carries": carry, "uses": use, "pushes": push); any other as it is ("protested")."""
        if verb in PLURAL_VERBS:
            return PLURAL_VERBS[verb]
        if not verb.endswith("s") or verb.endswith("ss") or len(verb) < 4:
            return verb
        known = self.understander.english.zipf
        bases = ([verb[:-3] + "y"] if verb.endswith("ies") else []) + [verb[:-1], verb[:-2]]
        return next((b for b in bases if known(b) > 0), verb)

    @staticmethod
    def _unresolved(word: str, *, own: int, last: bool, asked_of: bool = False) -> Reading | None:
        """A stand-in nothing earlier resolves (`own`: how many words of its own the question has). Said so when
        the question has none ("what did he say") or ends on the stand-in ("who organized it"); one inside a
        question of its own ("what time is it in Lisbon") leaves it to be answered on its own. An answer on its own
        would be a guess (`guess`) when it ends on the stand-in with at most one word of its own: "who organized
        it", not "how many arrests came out of it"; or when the stand-in is what a yes/no question asks about
        (`asked_of`: "did it expire", whose verdict would be on whatever a fact matches)."""
        if own and not last and not asked_of:
            return None
        return Reading("", unresolved=word, guess=asked_of or (last and own <= GUESS_WORDS))

    def closing(self, asked: Subject, phrase: str) -> str:
        """The verb closing a follow-up's reading `asked` (its subject) after `phrase`, the subject its stand-in was
        read as, when its ask ends in "do": "start" of "when does the 1998 lease start" read for "when does it start"
        after "how much was the 1998 lease" (the reading's own phrase runs to its last content word, "the 1998 lease
        start"); the reading's own tail when it is not its ask, that phrase and one verb."""
        lead = f"{asked.ask} {phrase} "
        if asked.ask.split(" ")[-1] not in DO_FORMS or not phrase or not asked.asked.startswith(lead):
            # only a verb after "do" is lent to another subject as it is ("did the 2001 one win"); a passive's
            # ("by whom were the keepers removed") was done to what it was said of, not to any other thing
            return asked.tail
        closing = asked.asked[len(lead) :].split(" ")
        # one word after "does" and its subject is its verb, whatever else it may be ("start", "end": nouns too)
        return closing[0] if len(closing) == 1 and closing[0].isalpha() else asked.tail

    def subject(self, norm: Normalized, q: Question) -> Subject | None:
        """The subject of a question as normalized and understood, for the follow-ups after it: from its first
        noun-like content word (a name of the brief, a number, or a word after a determiner or preposition) to its
        last content word, with the article before it; None when it has no content word."""
        if not norm.tokens:
            return None
        tokens = q.words  # typo-fixed, for finding the subject
        entities, named = q.named, q.named_at
        typed = typed_in_place(norm.tokens, tokens)  # and as typed, for the phrase lent, in the same places
        content = [i for i, t in enumerate(tokens) if i in named or _content([t])]
        if not content:
            return None
        # "the 2018 piece says there were two contracts, how much was the one that expired": the asking piece's
        # subject and ask, when that piece has words of its own (not "…, when was that")
        lo = _asking_piece(tokens, norm.breaks)
        # a pronoun in the asking piece ("that" may join a clause: "the one that expired")
        stands = [lo + i for i in _stand_ins(tokens[lo:]) if tokens[lo + i] in PRONOUN_STAND_INS]
        fronted = None  # where the one stand-in is that the piece before the asking one names
        if lo > 0 and stands and any(i < lo for i in content):  # "the 1998 lease, when was it signed": the lease
            content = [i for i in content if i < lo]
            fronted = stands[0] if len(stands) == 1 and tokens[stands[0]] in FRONTED else None
            if fronted is not None and any(lo <= i < fronted for i in named):
                fronted = None  # "operation x, how many did the guild plan to arrest in it": a name of its own asks
        elif any(i >= lo for i in content):
            content = [i for i in content if i >= lo]
        # what a count question counts is no subject ("number of ppl targeted in that operation": the operation)
        counted = self._counted_span(tokens, q)
        start = next(
            (
                i
                for i in content
                if (
                    i in named
                    or tokens[i].isdigit()
                    or (i > 0 and tokens[i - 1] in DETERMINERS | PREPOSITIONS | OTHER)  # "the other petition"
                    or _modified(tokens, i)
                )
                and i not in counted
            ),
            content[0],
        )
        asked_noun = _asked_noun(tokens, content)
        if asked_noun is not None and asked_noun < start:
            # "what two contracts did the guild have in 2018", "what lease was signed in may": the noun asked for is
            # the subject ("the two contracts"), not a name or a date after it ("the guild have in 2018", "may")
            start = asked_noun
        if _modified(tokens, start):  # "the monday protest": the word naming which one is of the phrase
            start -= 1
        if start > 1 and _YEAR.fullmatch(tokens[start]) and tokens[start - 1] in MONTH_OR_DAY:
            # "the may 2019 flyers": the month is of the date naming them (no "may" of asking: fu31 "the july one"
            # read "where were the may the july flyers")
            start -= 1
        end = content[-1] + 1
        if start > 1 and tokens[start - 1] in COUNTS and tokens[start - 2] in ("what", "which"):
            start -= 1  # "what two contracts": "the two contracts", which "they" then stands for
        if start > 0 and tokens[start - 1] in ("what", "which"):
            # "what app did officers use": the noun asked for is the subject, not "app did officers use"
            end = next((i for i in range(start + 1, end) if tokens[i] in AUXILIARIES), end)
        # "the other contract": not the contract just told; "the bigger contract": of two, not any contract (its
        # noun alone is the only content word: a word of comparison asks, and is no subject of its own)
        while start > 0 and tokens[start - 1] in OTHER | COMPARATIVES:
            start -= 1
        if start > 0 and tokens[start - 1] in ("the", "a", "an", "that", "this"):  # "that 2017 operation"
            start -= 1
        end = self._before_bare_verb(tokens, start, end, q)
        end = _stranded(tokens, start, end)  # "the contract the Gazette wrote about": with its "about"
        span = range(start, end)
        phrase = " ".join(typed[i] for i in span)
        if end <= content[-1] and start > 0 and tokens[start - 1] in ("what", "which"):
            phrase = f"the {phrase}"  # "what app did officers use", then "who hosted it": "who hosted the app"
        ask = " ".join(t for t in typed[lo if start >= lo else 0 : start] if t not in LEAD_INS)
        spoken = WHO_SPOKE().match(" ".join(tokens))
        if spoken is not None and lo == 0:
            # "who said what are you afraid of": the words asked about, whole, are the phrase a reading puts back
            # (from its content words alone it was "afraid", and the readings after it "… what you afraid of are");
            # its noun for "the other one" stays of the span (a word said is no thing of a size)
            said_at = spoken.group(0).count(" ")
            phrase, ask = " ".join(typed[said_at:]), " ".join(t for t in typed[:said_at] if t not in LEAD_INS)
        asked = " ".join(t for t in typed[lo:] if t not in LEAD_INS)
        if fronted is not None and not ask:
            # "the 1998 raid, how many arrests came out of it": asked as "how many arrests came out of the 1998
            # raid" would be, the asking piece up to "it" its ask, so "and charges?" counts charges of that raid
            ask = " ".join(t for t in typed[lo:fronted] if t not in LEAD_INS)
            asked = " ".join([ask, phrase, *typed[fronted + 1 :]])
        people = [e for e in entities if self.brief.entities[e].kind == "person"]
        person = self.brief.entities[people[0]].name if len(people) == 1 else ""
        names = {w for w in words(person.lower())} if person else set()
        rest = [i for i in span if tokens[i] not in names and typed[i] not in names]
        first = next((k for k, i in enumerate(rest) if _content([tokens[i]])), None)
        if first is not None and first > 0 and tokens[rest[first - 1]] in ("the", "a", "an"):
            first -= 1  # "said about the protests": "the protests"
        without_person = " ".join(typed[i] for i in rest[first:]) if first is not None else ""
        # the noun "the other one" stands for: of its words (no number, no name), the one the brief uses most
        # ("the $12m lease due to take effect": lease, not effect), the last of equals
        places = [i for i in span if _content([tokens[i]]) and not tokens[i].isdigit()]
        unnamed = [i for i in places if i not in named] or places
        heads = [typed[i] for i in sorted(unnamed, key=lambda i: (self._uses(tokens[i]), i))]
        closing = [t for t in typed[end:] if words(t)] if end >= content[-1] else []
        if fronted is not None:  # "the 1998 lease, when was it signed": "signed" closes it
            closing = [t for t in typed[fronted + 1 :] if words(t)]
        verb = self.understander.english.verb
        if not all(t in SPEECH_VERBS or t in HAVING or verb(t) is not None for t in closing):
            closing = []  # only verbs close it ("say", "happen", "have"): not a year or "worth" the phrase left out
        said = [tokens[i] for i in span if tokens[i] not in ARTICLES]
        return Subject(
            compared=bool(said) and said[0] in COMPARATIVES and all(not _content([t]) for t in said[2:]),
            tail=" ".join(closing),
            counted=" ".join(typed[i] for i in counted),
            thing=self._thing(tokens, typed, span, named, entities),
            ask=ask,
            phrase=phrase,
            person=person,
            without_person=without_person,
            head=heads[-1] if heads else typed[content[-1]],
            place_like=(bool(without_person) or not person) and not self._only_actors(tokens, span, named, entities),
            dated=all(tokens[i] in q.date_words for i in span if _content([tokens[i]])),
            asked=asked,
            names=tuple(
                (found, " ".join(typed[at:end])) for at, end, found in self.understander.name_spans(tokens) if at >= lo
            ),
        )

    def _before_bare_verb(self, tokens: list[str], start: int, end: int, q: Question) -> int:
        """The end of a subject phrase `tokens[start:end]` with the verb of a do-question left out: in "who does
        Ada Lind work for" English puts the bare verb right after the subject ("do" + subject + verb), so "work",
        the last word, is what she does and no part of what "that" or "they" may stand for next ("where was that"
        read "where was work"; fresh tester 74 F3/F4). Only after a person's name, which a verb never extends ("the
        guild protest" may name an event). `end` unchanged otherwise."""
        spans = [(at, stop, e) for at, stop, e in self.understander.name_spans(tokens) if at == start]
        if (
            not spans
            and start > 1
            and tokens[start - 1] in DO_FORMS
            and tokens[start - 2] in ("what", "who", "whom")
            and end == len(tokens)
            and end - start > 2
            and end - 1 not in q.named_at
            and tokens[end - 1].isalpha()
            and tokens[end - 1] != "do"
            # one noun phrase, then the word: no verb of its own ("say") nor a preposition's object after it ("what
            # did the flyers say at the monday protest" closes with "protest", no verb)
            and all(t not in PREPOSITIONS and t not in SPEECH_VERBS and t not in HAVING for t in tokens[start:end])
        ):
            # "what did the petition ask": the word closing "what did <phrase> <word>" is the bare verb "did" asks
            # with, "what" its object, whatever else the word may be (a noun too: "ask", "demand"), so "it" next is
            # "the petition" (not after "when": "when does the old contract expire" keeps what told it apart)
            return end - 1
        if not spans or start == 0 or tokens[start - 1] not in DO_FORMS or end != spans[0][1] + 1:
            return end
        _, stop, found = spans[0]
        person = self.brief.entities[found].kind == "person" if found in self.brief.entities else False
        return stop if person and stop not in q.named_at and tokens[stop] not in PREPOSITIONS else end

    def _instead(self, subject: Subject, q: Question, tokens: list[str], typed: list[str], opened: int) -> str:
        """ "What about <X>" (its words from `opened` on) after a question X can stand in a part of: that question
        asked again with X in the place of the one part of its kind, a name of an entity of the same kind ("what did
        lind say about the lease", then "what about ode": "what did ode say about the lease"; "did the guild cancel
        its lease", then "and the harbour board?") or a year for its one year ("tell me about the 2018 vigil", then
        "what about 2019": "tell me about the 2019 vigil"); "" when the follow-up says more than that, or the last
        question holds no one such part, or X is that part already."""
        asked = subject.asked.split(" ")
        rest = range(opened, len(tokens))
        if q.sources and not q.entities:
            # "what did the 2019 piece say about the vigil", or "what did the Gazette say about it", then "and the
            # 2018 piece?"
            outlet = self._outlet_span(subject, asked)
            article = _article_put_in(asked, tokens[opened:], typed[opened:], outlet)
            if article:
                return article
        named_at, said_as = self._names_typed(q, tokens, typed)
        own = [i for i in rest if i not in named_at and _content([tokens[i]])]
        if not subject.asked or (q.entities and own) or len(own) > 1:
            return ""
        if own:  # a year alone, maybe after a preposition ("and in 2019?"), for the year of a question of no date
            # besides it ("on september 13 2019" is a day: its year alone is no other day)
            year = typed[own[0]]
            years = [k for k, t in enumerate(asked) if _YEAR.fullmatch(t)]
            # or as "the 2019 one": "one" stands for the thing the last question dated, whose year alone changes
            # ("… at the harbour gate in 2018", then "and the 2019 one?": not "the 2019 gate")
            one = [tokens[i] for i in rest if i != own[0]] == ["the", "one"] and own[0] == opened + 1
            dated = _date_run(asked) if one and _YEAR.fullmatch(year) else None
            if dated is not None and not MONTH_OR_DAY.isdisjoint(asked[dated.start : dated.stop]):
                # "who protested the guild in sept 2019", then "what about the 2018 one": "one" is the thing the last
                # question dated, whose whole date the new year takes the place of, never the year alone of another
                # day (fresh tester 85: "of what?")
                at = dated.start - 1  # a year alone is "in" one, never "on" ("on september 13 2019")
                return " ".join([*asked[:at], "in", year, *asked[dated.stop :]])
            joined = one or all(tokens[i] in PREPOSITIONS for i in rest if i != own[0])
            if not _YEAR.fullmatch(year) or not joined:
                return ""
            if len(years) != 1 or asked[years[0]] == year or not MONTH_OR_DAY.isdisjoint(asked):
                return ""
            return " ".join([*asked[: years[0]], year, *asked[years[0] + 1 :]])
        if len(q.entities) == 1:
            return self._put_in(
                subject, asked, q.entities[0], [said_as.get(i, typed[i]) for i in rest if i in named_at]
            )
        if not q.entities:
            return ""
        # "did the guild drop its harbour lease", then "what about the Courier w the port authority": each name
        # typed (a run of named words) in the place of the one of its kind, every kind once
        runs: list[list[int]] = []
        for i in (i for i in rest if i in q.named_at):
            if runs and runs[-1][-1] == i - 1:
                runs[-1].append(i)
            else:
                runs.append([i])
        if len(runs) != len(q.entities) or len({self.brief.entities[e].kind for e in q.entities}) != len(runs):
            return ""
        for run in runs:
            found = self.understander.find_entities([tokens[i] for i in run])[0]
            if len(found) != 1:
                return ""
            asked = self._put_in(subject, asked, found[0], [typed[i] for i in run]).split(" ")
            if asked == [""]:
                return ""
        return " ".join(asked)

    def _names_typed(self, q: Question, tokens: list[str], typed: list[str]) -> tuple[set[int], dict[int, str]]:
        """The positions of the words naming the question's one entity, with the rest of a name the name as found
        left out (`_rest_of_name`: "harbour guilds", a possessive "s" typed without its apostrophe, found by its
        "harbour" alone), and that last word as the name's own word ("guild") by its position; `q.named_at` and
        none when it names none or several (blind set BM: "and <name>s?" after a question of another party's deal
        was read as "how big was <name>s", the last word taken for a word of its own)."""
        named_at = set(q.named_at)
        said_as: dict[int, str] = {}
        if len(q.entities) != 1:
            return named_at, said_as
        for i in sorted(q.named_at):
            if i + 1 in q.named_at:
                continue
            end, possessive = self._rest_of_name(tokens, i + 1, q.entities[0])
            named_at.update(range(i + 1, end))
            if possessive:
                said_as[end - 1] = typed[end - 1].rstrip("s").rstrip("'’")
        return named_at, said_as

    def _outlet_span(self, subject: Subject, asked: list[str]) -> range | None:
        """Where in `asked` (the last question's words as typed) it named an article by its outlet alone ("what did
        the Gazette say about the vigil": "the Gazette", with the article typed before it), the one name it gave of
        an outlet an article of the brief is by; None when it gave none or several, or a name of an outlet no
        article is by ("what did Lind tell the Courier": the Courier is who she spoke to, no article)."""
        outlets = {src.outlet.lower() for src in self.brief.sources.values() if src.outlet}
        named = [
            said
            for found, said in subject.names
            if (entity := self.brief.entities.get(found)) is not None
            and entity.kind == "media"
            and entity.name.lower() in outlets
        ]
        if len(named) != 1:
            return None
        said = named[0].split(" ")
        lowered = [t.lower() for t in asked]
        at = next((i for i in range(len(asked)) if lowered[i : i + len(said)] == said), None)
        if at is None:
            return None
        start = at - 1 if at and lowered[at - 1] == "the" else at
        return range(start, at + len(said))

    def _put_in(self, subject: Subject, asked: list[str], new: str, said_new: list[str]) -> str:
        """`asked` (the last question's asking piece, as words) with `said_new` (the words typed for entity `new`) in
        the place of the name the last question gave the one entity of `new`'s kind (`_instead`); "" when it gave none
        or several, or gave `new` itself, or that name is not in `asked` as typed."""
        kind = self.brief.entities[new].kind
        same = [(found, said) for found, said in subject.names if self.brief.entities[found].kind == kind]
        if len({found for found, _ in same}) != 1 or same[0][0] == new:
            return ""
        said = same[0][1].split(" ")
        at = next((k for k in range(len(asked)) if asked[k : k + len(said)] == said), None)
        if at is None:
            return ""  # the name not in the asking piece as typed: nothing to put the new one in
        end, possessive = self._rest_of_name(asked, at + len(said), same[0][0])
        if kind == "person" and not THING.isdisjoint(asked[end:]):
            return ""  # "where did Lind say that": "that" is Lind's words just told, which Ode never said
        if possessive and said_new:  # "harbour guilds lease" -> "the port's lease", never "the port guilds lease"
            said_new = [*said_new[:-1], f"{said_new[-1]}'s"]
        return " ".join([*asked[:at], *said_new, *asked[end:]])

    def _rest_of_name(self, asked: list[str], end: int, ent_id: str) -> tuple[int, bool]:
        """Where the name of `ent_id` that ends at `end` in `asked` really ends, past the words of its full name or
        an alias the name as found left out ("northwind" of "northwind shippings lease": "shippings", the rest of the
        name with a possessive "s" typed without its apostrophe; fresh tester 79 F3), and whether it ends possessive."""
        entity = self.brief.entities[ent_id]
        name_words = {w for n in (entity.name, *entity.aliases) for w in words(n.lower())}
        possessive = False
        while end < len(asked) and not possessive:
            word = asked[end]
            if word in name_words and word not in STOPWORDS:
                end += 1
            elif word.endswith(("s", "'s", "’s")) and word.rstrip("s").rstrip("'’") in name_words:
                end, possessive = end + 1, True
            else:
                break
        return end, possessive

    def _doer_instead(self, subject: Subject, q: Question, rest: list[str]) -> str:
        """ "What about <X>" (`rest`, after the opening), X naming one actor and nothing else, right after a question
        asking who did something ("who called the guild greedy") whose answer told one actor of X's kind (Ada Lind,
        a person): whether X did it too, "did Ode call the guild greedy" (read as "who called Ode" it asks who named
        X, of no one asked). "" for any other follow-up or last question: an ask with an auxiliary ("who is Lind":
        "who is Ode" is `_instead`'s), a last answer telling no one actor, or X of another kind (the guild after
        Lind: who it is done to, maybe)."""
        asked = subject.asked.split(" ")
        if len(asked) < 3 or asked[0] != "who" or asked[1] in AUXILIARIES or len(q.entities) != 1:
            return ""
        if any(_content([t]) for t in rest if t not in q.terms) or len(set(q.terms)) > len(rest):
            return ""
        base = self.understander.english.verb(asked[1])
        if base is None or base == asked[1] or not self._one_told(subject):
            return ""  # no verb, or one in its base form already ("who protest"): nothing read as done
        new = self.brief.entities.get(q.entities[0])
        if new is None or new.kind not in ACTOR_KINDS or any(e == q.entities[0] for e, _ in subject.names):
            return ""
        by_name = {e.name: e.kind for e in self.brief.entities.values()}
        told = ["person"] if subject.told_person else [by_name.get(subject.told_actor, "")]
        if new.kind not in told:
            return ""
        return " ".join(["did", new.name, base, *asked[2:]])

    def _spoke_of(self, subject: Subject, q: Question, lent: list[str]) -> str:
        """ "What about <X>" after a question asking only the words of the one person it named ("what did lind
        say"): that question asked of what she said about X ("what did lind say about the lease"); "" when the last
        question asked no such thing, already said what of, or X names a person (who is then the one asked of:
        `_instead`) or opens with a preposition of its own; a year alone asks what they said in it."""
        asked = subject.asked.split(" ")
        if not subject.person or not asked or asked[-1] not in SPEECH_VERBS or _spoken_of(subject.asked):
            return ""
        if len(lent) == 1 and _YEAR.fullmatch(lent[0]):
            return " ".join([*asked, "in", *lent])  # "what about 2019": what she said then, not of a year
        if not lent or lent[0] in PREPOSITIONS or not _content(lent):
            return ""
        if any(self.brief.entities[e].kind == "person" for e in q.entities if e in self.brief.entities):
            return ""
        if "person" in NOUN_KINDS.get(lent[-1].lower(), ()) or self._first_name(lent):
            # "and the guild organizer?": a person too, by a noun for one after what names their side, who is then
            # the one whose words are asked ("what did the guild organizer say"), not one Lind spoke of
            return self._speaker_instead(subject, lent)
        return " ".join([*asked, "about", *lent])

    def _first_name(self, lent: list[str]) -> bool:
        """`lent` is one word, the first of the name of one person of the glossary and of no other ("and ada?" for
        Ada Lind): that person, as people call someone they have just heard of."""
        if len(lent) != 1 or not lent[0].isalpha():
            return False
        said = lent[0].lower()
        people = [e for e in self.brief.entities.values() if e.kind == "person" and words(e.name.lower())[:1] == [said]]
        return len(people) == 1

    def _speaker_instead(self, subject: Subject, lent: list[str]) -> str:
        """The last question ("what did lind say") asked of the person `lent` names in the place of the one person it
        named, as typed ("what did the guild organizer say"); "" when it named no one person in its asking piece."""
        asked = subject.asked.split(" ")
        named = [said for found, said in subject.names if self.brief.entities[found].kind == "person"]
        if len(set(named)) != 1:
            return ""
        said = named[0].split(" ")
        at = next((k for k in range(len(asked)) if asked[k : k + len(said)] == said), None)
        if at is None:
            return ""
        opens = at > 0 and asked[at - 1] in ("the", "a", "an") and lent[0] in ("the", "a", "an")
        return " ".join([*asked[: at - 1 if opens else at], *lent, *asked[at + len(said) :]])

    def _actors_only(self, q: Question) -> bool:
        """The question names entities, all of them people or organizations (ACTOR_KINDS)."""
        kinds = {self.brief.entities[e].kind for e in q.entities if e in self.brief.entities}
        return bool(kinds) and kinds <= ACTOR_KINDS

    def _has_verb(self, said: list[str]) -> bool:
        """Some word of `said` may be a verb (English's verbs, a speech verb, "have"), no number among them."""
        verb = self.understander.english.verb
        return any(
            not w.isdigit() and (w in SPEECH_VERBS or w in HAVING or verb(w) is not None) for w in said if words(w)
        )

    @staticmethod
    def _counted_only(subject: Subject) -> bool:
        """The last question was a count whose whole phrase is what it counted, with its verb at most ("how many
        clerks were hired"): nothing of its own that another subject could stand in the place of."""
        counted = subject.counted.split(" ")
        return bool(subject.counted) and subject.phrase.split(" ")[: len(counted)] == counted

    def _joining(self, q: Question) -> str:
        """The preposition joining a new subject to a count asked again of it: "for" an actor of the brief ("how
        many signatures for the guild"), "in" anything else, an occasion or a time ("… were hired in 2019")."""
        kinds = {self.brief.entities[e].kind for e in q.entities if e in self.brief.entities}
        return "for" if kinds and kinds <= ACTOR_KINDS else "in"

    def _plain_other(self, subject: Subject, typed_rest: list[str]) -> str:
        """ "And the other one?" (`typed_rest`, after its opening) asked as the last ask of the other of the kind of
        fact the last answer told (THING_KINDS: "how much was the other contract"), or else of the last subject's
        noun, cut before a "one" the ask holds ("how much was the one that just expired"); "" when no fact was
        told."""
        told = self.brief.facts.get(subject.told)
        if told is None:
            return ""
        ask_words = subject.ask.split(" ")
        at = ask_words.index("one") if "one" in ask_words else len(ask_words)
        at -= at > 0 and ask_words[at - 1] in ("the", "a", "an")
        noun = told.kind if told.kind in THING_KINDS else self._linked_kind(told.related) or subject.head
        return " ".join([*ask_words[:at], *typed_rest[:-1], noun, *self._closing_verb(subject)])

    def _closing_verb(self, subject: Subject) -> list[str]:
        """The verb closing the last subject's phrase after its head ("the 1998 lease expire": ["expire"]; "the lease
        run out": ["run", "out"]), which "the other one" is asked with: "when does the other lease" alone took any
        date of any lease, its renewal's given as its end (code reviewer rv34). [] when the phrase closes otherwise
        ("the lease in 1998") or has no head in it."""
        said = subject.phrase.split(" ")
        if subject.head not in said or "one" in subject.ask.split(" "):
            return []
        after = said[len(said) - said[::-1].index(subject.head) :]
        verb = self.understander.english.verb
        if after and verb(after[0].lower()) is not None and all(w in PARTICLES for w in after[1:]):
            return after
        return []

    def _unplaced(self, subject: Subject, said: list[str]) -> list[str]:
        """The words of the last subject's phrase (`said`, after its article) that "the other one" keeps: none of a
        place it names (an entry of kind "place"), of a date or a participle before its noun ("the Port Lantern
        letter", "the letter in May 2019", "the signed letter"), with a preposition they leave behind. Those told
        the last one apart, and "the other one" is another of its kind, anywhere and at any time: "the other Port
        Lantern letter" would say an article tells of a second one there. `said` as it is when nothing but such
        words would be left."""
        placed = [typed.split(" ") for e, typed in subject.names if e in self.brief.entities and e in self._places()]
        drop: set[int] = set()
        for name in placed:
            for at in range(len(said) - len(name) + 1):
                if [w.lower() for w in said[at : at + len(name)]] == [w.lower() for w in name]:
                    drop.update(range(at, at + len(name)))
        drop.update(k for k, w in enumerate(said) if w.lower() in MONTH_OR_DAY or _YEAR.fullmatch(w))
        verb = self.understander.english.verb
        # a participle before the noun told it apart as well ("the expired contract": the other one need not be)
        nouns = [k for k, w in enumerate(said) if _content([w]) and k not in drop]
        drop.update(
            k for k in nouns[:-1] if said[k].lower().endswith(("ed", "en")) and verb(said[k].lower()) is not None
        )
        drop.update(k for k, w in enumerate(said) if w in PREPOSITIONS and k + 1 < len(said) and k + 1 in drop)
        kept = [w for k, w in enumerate(said) if k not in drop]
        return kept if _content(kept) else said

    def _places(self) -> frozenset[str]:
        return frozenset(e for e, entity in self.brief.entities.items() if entity.kind in PLACE_KINDS)

    def _one_instead(self, subject: Subject, typed_rest: list[str]) -> str:
        """ "And the one expiring next year?" (`typed_rest`, after its opening: "the one" and words of its own) asked
        as the last ask when that ask holds a "one" of its own ("how big was the one that just expired"): the ask cut
        before its "one" ("how big was"), then the new words, "one" read as the kind of fact the last answer told
        (THING_KINDS, as `_plain_other`): "how big was the contract expiring next year"; "" otherwise."""
        told = self.brief.facts.get(subject.told)
        ask_words = subject.ask.split(" ")
        ones = [i for i, t in enumerate(typed_rest) if t == "one"]
        if told is None or "one" not in ask_words or len(ones) != 1 or ones[0] + 1 >= len(typed_rest):
            return ""
        noun = told.kind if told.kind in THING_KINDS else self._linked_kind(told.related)
        if not noun:
            return ""
        at = ask_words.index("one")
        at -= at > 0 and ask_words[at - 1] in ARTICLES
        return " ".join([*ask_words[:at], *(noun if t == "one" else t for t in typed_rest)])

    def _role_of_actor(self, subject: Subject, q: Question, rest: list[str], typed_rest: list[str]) -> str:
        """ "And who's the head?" (`rest`, after its opening, as read; `typed_rest` as typed) after a question naming
        one organization and nothing else ("who founded the guild"): "who" asked of one role, a singular noun after
        "the" closing the question, which names nothing of its own, is that organization's role ("who's the head of
        the guild"); "" otherwise (a person named has no role of theirs asked so, nor do people: "who are the
        protesters")."""
        kinds = [self.brief.entities[e].kind for e, _ in subject.names if e in self.brief.entities]
        content = [t for t in rest if _content([t])]
        if q.entities or rest[:1] != ["who"] or len(kinds) != 1 or kinds[0] not in ACTOR_KINDS - {"person"}:
            return ""
        noun = rest[-1]
        if content != [noun] or rest[-2:-1] != ["the"] or singular(noun) != noun or noun in PERSON_NOUNS:
            return ""
        said = [typed_rest[0], "is", *typed_rest[1:]] if typed_rest[1:2] == ["the"] else typed_rest  # "who's" lost "is"
        return f"{' '.join(said)} of {subject.names[0][1]}"

    def _class_named(self, subject: Subject, tokens: list[str], typed: list[str]) -> str:
        """ "What did the company do" (`tokens` as read, `typed` as typed) asked with "the" and a noun classing one
        kind of the glossary (NOUN_KINDS: "company"), the fact the last answer told listing one entry of that kind:
        the question with that entry's name in place of the noun ("what did Gullboard do"); "" otherwise."""
        fact = self.brief.facts.get(subject.told)
        at = next((i for i, t in enumerate(tokens) if i and tokens[i - 1] == "the" and t in NOUN_KINDS), 0)
        if fact is None or not at:
            return ""
        kinds = NOUN_KINDS[tokens[at]]
        listed = [e for e in fact.entities if e in self.brief.entities and self.brief.entities[e].kind in kinds]
        if len(listed) != 1:
            return ""
        return " ".join([*typed[: at - 1], self.brief.entities[listed[0]].name, *typed[at + 1 :]])

    def _weekday_of_story(self, subject: Subject, q: Question, tokens: list[str], typed: list[str]) -> str:
        """A question naming one weekday and no date, year, name or article ("what happened on monday", "and on
        monday?", "what about monday") right after an answer citing an article (`Subject.source`): a day of that
        article's story, asked as typed when it asks of its own, else as "what happened on <day>"; "" otherwise. An
        article's "on Monday" is a day near its own date, so another article's Monday is another day."""
        days = [t for t in tokens if t in WEEKDAYS]
        if not subject.source or len(days) != 1 or q.entities or q.sources or q.years or q.on_date or q.date_words:
            return ""
        if q.terms:  # "where did the saturday online protest happen": a thing of its own, asked of as named
            return ""
        bare = [t for t in tokens if t not in ("and", "what", "about", "how", "on", "the", "that", *days)]
        if not bare:
            return f"what happened on {days[0]}"
        asks = not ASKING.isdisjoint(tokens) and len(q.terms) <= MAX_OWN_TERMS
        return " ".join(typed) if asks and tokens[0] in ASKING and bool(subject.told) else ""

    def _linked_kind(self, related: Iterable[str]) -> str:
        """The one kind of thing (THING_KINDS) of the facts a fact links to, when they share one: a fact giving two
        contracts' figures side by side is of contracts, as the facts of each are; "" otherwise."""
        kinds = {f.kind for r in related if (f := self.brief.facts.get(r)) is not None and f.kind in THING_KINDS}
        return kinds.pop() if len(kinds) == 1 else ""

    def _counted_span(self, tokens: list[str], q: Question) -> range:
        """Where the words "how many …" or "(the) number of …" count stand: the content words right after "many"
        or "of", up to the first only ever a verb ("criminal arrests" of "how many criminal arrests came out of
        it", "ppl" of "number of ppl targeted in that operation"); empty for no count question."""
        if q.kind != "count":
            return range(0)
        many = next(
            (
                i
                for i, t in enumerate(tokens[:-1])
                if (t == "many" and tokens[i - 1 : i] == ["how"]) or (t == "of" and tokens[i - 1 : i] == ["number"])
            ),
            None,
        )
        if many is None:
            return range(0)
        end = many + 1
        verb = self.understander.english.verb
        while end < len(tokens) and _content([tokens[end]]) and not tokens[end].isdigit() and verb(tokens[end]) is None:
            end += 1
        return range(many + 1, end)

    def _thing(self, tokens: list[str], typed: list[str], span: range, named: set[int], entities: list[str]) -> str:
        """The phrase after the verb when the subject phrase opens with a name (the question naming an actor: a
        person or organization) and a word that is no name, then "the", "its" or "their" ("guild renew the lease":
        "the lease"); "" otherwise."""
        actors = {e for e in entities if self.brief.entities[e].kind in ACTOR_KINDS}
        if not actors or span.start not in named or not span:
            return ""
        at = span.start
        while at in named:
            at += 1
        for i in range(at + 1, span.stop):
            if tokens[i] in ("the", "its", "their") and i - 1 not in named:
                return " ".join(["the", *typed[i + 1 : span.stop]]) if i + 1 < span.stop else ""
        return ""

    def _uses(self, word: str) -> int:
        """How many of the brief's documents hold the word's stem."""
        return self.understander.index.doc_freq(stem(word))

    def _only_actors(self, tokens: list[str], span: range, named: set[int], entities: list[str]) -> bool:
        """The subject's words are only the names of people or organizations ("what is the guild"): no place or
        event that "there" could stand for."""
        kinds = {self.brief.entities[e].kind for e in entities}
        content = [i for i in span if _content([tokens[i]])]
        return bool(content) and all(i in named for i in content) and kinds <= ACTOR_KINDS


# a figure of thousands, which the tokens hold without its separators ("200,000" -> "200000"); a year is no such figure
_THOUSANDS = re.compile(r"(?<![\d.])[1-9]\d{3,}(?![\d.])")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# words of a date finer than a year ("september 13 2019"), whose year alone is not to be swapped for another
MONTH_OR_DAY = (
    frozenset(MONTH_NUMBER)
    | frozenset(short for short, full in ABBREVIATIONS.items() if full in MONTH_NUMBER)  # "sept"
    | frozenset(str(day) for day in range(1, 32))
)


def _date_run(asked: list[str]) -> range | None:
    """Where the one date of a question stands, after its preposition: the run of words of a date (MONTH_OR_DAY,
    a year) that holds a year ("september 2019" of "who protested the guild in september 2019"); None when there is
    none, or more than one."""
    dated = [k for k, t in enumerate(asked) if t.lower() in MONTH_OR_DAY or _YEAR.fullmatch(t)]
    if not dated or dated[-1] - dated[0] + 1 != len(dated) or dated[0] == 0 or asked[dated[0] - 1] not in PREPOSITIONS:
        return None
    run = range(dated[0], dated[-1] + 1)
    return run if any(_YEAR.fullmatch(asked[k]) for k in run) else None


def _modified(tokens: list[str], at: int) -> bool:
    """The word at `at` follows one word that is no function word (a chat word elsewhere, "happy monday"), itself
    right after a noun's determiner: "the monday protest", whose "monday" says which protest."""
    if at < 2 or tokens[at - 2] not in NOUN_DETERMINERS:
        return False
    before = tokens[at - 1]
    return before.isalpha() and before not in STOPWORDS and before not in AUXILIARIES and before not in WH_WORDS


def _clause(phrase: str) -> bool:
    """A subject phrase (`Subject.phrase`) that is a clause, not a noun phrase: a word after its first is a speech
    verb ("lind say about the lease") or opens a clause of its own (CLAUSE_WORDS: "the harbour if you keep the
    tyrant", the tail of words someone said). A bare ask or a stand-in put before it asks nothing."""
    said = [w.lower() for w in phrase.split(" ")[1:]]
    return not CLAUSE_WORDS.isdisjoint(said) or (not SPEECH_VERBS.isdisjoint(said) and not _relative(said))


def _relative(said: list[str]) -> bool:
    """A subject phrase's words (after its first) close with a verb and the preposition its relative clause leaves
    stranded ("contract the Gazette wrote about", `_stranded`): a noun phrase whose speech verb is the clause's."""
    return len(said) > 2 and said[-1] in PREPOSITIONS and said[-2] not in PREPOSITIONS


def _noun_part(phrase: str) -> str:
    """A subject phrase up to the first word opening a clause of its own (CLAUSE_WORDS): "the harbour" of "the
    harbour if you keep the tyrant"; the phrase whole when it holds none."""
    said = phrase.split(" ")
    at = next((i for i, w in enumerate(said) if i and w.lower() in CLAUSE_WORDS), len(said))
    return " ".join(said[:at])


def _with_thousands(text: str) -> str:
    """`text` with each figure of thousands written with its separators again ("1200000" -> "1,200,000"), a year
    ("2019") as it is."""
    return _THOUSANDS.sub(lambda m: m.group() if _YEAR.fullmatch(m.group()) else f"{int(m.group()):,}", text)


# verbs of reporting whose object, a stand-in, is the last answer itself ("who reported it", "who wrote that")
REPORTED_BY = frozenset("report reported reports publish published wrote write writes broke break say said".split())


def _reports_of(tokens: list[str], at: int) -> bool:
    """The stand-in at `at` closes the question as the object of a reporting verb right before it, in a question
    asking who: "who reported it", "which outlet wrote that" (not "which paper says it won't run ads")."""
    closing = at == len(tokens) - 1 and at > 0
    return closing and tokens[at - 1] in REPORTED_BY and not {"who", "which", "whom"}.isdisjoint(tokens[:at])


def _doerless(asked: str) -> bool:
    """A question asking words in the passive, naming no one who spoke them: a copula before its verb of speech and
    no "by" after it ("what exactly was said", "what was written"; "what did the keeper say" names the speaker)."""
    said = asked.split(" ")
    at = next((i for i, t in enumerate(said) if t in SPEECH_VERBS), None)
    return at is not None and any(t in COPULAS for t in said[1:at]) and "by" not in said[at + 1 :]


def _spoken_of(asked: str) -> str:
    """What a question asking someone's words says they spoke of: the words after its speech verb when they open
    with a preposition ("about the lease" of "what did lind say about the lease"); "" otherwise."""
    said = asked.split(" ")
    at = next((i for i, t in enumerate(said) if t in SPEECH_VERBS), None)
    rest = said[at + 1 :] if at is not None else []
    rest = rest[1:] if rest[:1] == ["that"] else rest  # a reading already asked of them: "say that about the lease"
    return " ".join(rest) if len(rest) > 1 and rest[0] in PREPOSITIONS else ""


SOURCE_NOUNS = frozenset("source sources citation citations".split())  # "source?", "what's the source"
ACCORDING = (("according", "to"), ("says",), ("say",), ("said",))  # "according to who?", "says who"


def _asks_source(tokens: list[str], stands: list[int]) -> bool:
    """The question asks only who gave what was just said: "who reported it" (a reporting verb closing on a
    stand-in), "according to whom?", "says who", "who says", "source?", "what's the source"."""
    if stands and _reports_of(tokens, stands[0]):
        return True
    bare = [t for t in tokens if t not in ("and", "but", "so", "ok", "okay")]
    if not {"you", "your", "u", "ur"}.isdisjoint(bare):
        return False  # "what are your sources": the bot's own, a question about using it
    if any(tuple(bare) == (*opening, asking) for opening in ACCORDING for asking in ("who", "whom", "what")):
        return True
    if bare in (["who", "says"], ["who", "said"]):
        return True
    # "which article says so", "what article is that from", "where does it say that": the article that told what was
    # just said (an article noun or "where" with a reporting verb, a stand-in for what was said, and nothing else)
    plain = all(
        t in ARTICLE_WORDS or t in REPORTED_BY or t in STOPWORDS or t in WH_WORDS or t in COPULAS or t in DETERMINERS
        for t in bare
    )
    # ("so" is of `tokens`: `bare` leaves it out as an opening "so")
    told = not {"so", "that", "this", "it"}.isdisjoint(tokens) and not {"which", "what", "where"}.isdisjoint(bare)
    # ("where does it say that": "it", the article, says so; "where was that said", "where did they say it" ask
    # the place someone spoke, never the article: BN's "where was that said" after "who said 'we refuse …'" led the
    # outlet)
    article_says = bare[:1] == ["where"] and not REPORTED_BY.isdisjoint(bare) and _article_says(bare)
    if plain and told and (not ARTICLE_WORDS.isdisjoint(bare) or article_says):
        return True
    return not SOURCE_NOUNS.isdisjoint(bare) and all(
        t in SOURCE_NOUNS or t in STOPWORDS or t in WH_WORDS or t in COPULAS or t in DETERMINERS for t in bare
    )


# the verbs of words coming out in print (general English): "where was it published", "where did that appear"
PUBLISHING = frozenset(
    form for verb in "publish print post run appear report".split() for form in forms_of(verb, "VB", "VBD")
)


def _where_published(tokens: list[str], stands: list[int]) -> bool:
    """ "Where was it published", "where did that appear", "where was this reported": "where", a stand-in for a
    thing and a verb of PUBLISHING, nothing else (past lead-ins); "where was that said" asks where someone spoke."""
    bare = [t for t in tokens if t not in BARE_OPENERS]
    if bare[:1] != ["where"] or len(stands) != 1 or tokens[stands[0]] not in THING:
        return False
    rest = [t for t in bare[1:] if t not in COPULAS and t not in AUXILIARIES and t not in THING]
    return len(rest) == 1 and rest[0] in PUBLISHING


def _article_says(tokens: list[str]) -> bool:
    """In a "where" question with a reporting verb, the thing saying is the article: "it" before the verb ("where
    does it say that", "where's it say so"), no person doing it ("where did they say it") nor the words said being
    its subject ("where was that said": passive, someone said them)."""
    verb = next(i for i, t in enumerate(tokens) if t in REPORTED_BY)
    return "it" in tokens[:verb] and not {"was", "were", "is", "are"} & set(tokens[:verb])


# the words of "what happened next", "what came after that", "then what" (general English): an asking of what
# followed, each question made of these alone and holding one of NEXT_WORDS
NEXT_WORDS = frozenset("next then after afterwards afterward later".split())
NEXT_ASKING = NEXT_WORDS | frozenset("what happened happen happens came come comes and so ok okay that this it".split())


def _asks_next(tokens: list[str]) -> bool:
    """ "What happened next", "what came after that", "then what": what followed what was just told, asked of
    nothing named (every word of NEXT_ASKING, one of NEXT_WORDS, and an asking "what")."""
    bare = [t for t in tokens if t not in ("and", "so", "ok", "okay")]
    if not bare or NEXT_WORDS.isdisjoint(bare) or not all(t in NEXT_ASKING for t in tokens):
        return False
    if bare[0] == "what" and NEXT_WORDS.intersection(bare) == {"then"}:
        return False  # "what happened then": at that time, not after it
    # ("and then?" alone may ask "and then what of it": "of what?" is asked, as tester 24's pin says)
    return "what" in bare


def _then_asked(tokens: list[str]) -> int:
    """ "Then what did the guild do", "and then who paid": "then" opening a whole question of its own (an asking word
    after it and a word of content), which asks what came of what was just told; the position of that asking word,
    0 when the question is not so."""
    at = 1 if tokens[:1] == ["and"] else 0
    if tokens[at : at + 1] != ["then"] or tokens[at + 1 : at + 2] == [] or tokens[at + 1] not in ASKING:
        return 0
    return at + 1 if _content(tokens[at + 2 :]) else 0


def _it_after_they(tokens: list[str]) -> bool:
    """A stand-in for a thing (THING: "it", "that") after the first stand-in for many (THEY): another referent than
    "they" ("why were they protesting it")."""
    they = next((i for i, t in enumerate(tokens) if t in THEY), len(tokens))
    return not THING.isdisjoint(tokens[they + 1 :])


def _after_that_asked(tokens: list[str]) -> int:
    """ "What did the guild do after that", "who paid next": a whole question of its own (an asking word opening it
    and a word of content) closed by words asking what came after what was just told (AFTER_THAT); how many closing
    words those are, 0 when the question is not so."""
    closing = next((len(c) for c in AFTER_THAT if tuple(tokens[-len(c) :]) == c and len(tokens) > len(c)), 0)
    if not closing or tokens[0] not in ASKING or not _content(tokens[1:-closing]):
        return 0
    return closing


def _asks_of_other_one(tokens: list[str]) -> bool:
    """ "Who got the other one", "when was another one signed": an asking word opening it and "one" right after
    "other" or "another" (general English: "one" stands for the noun last talked of, "other" not the one told)."""
    return (
        bool(tokens)
        and tokens[0] in ASKING
        and any(t == "one" and i and tokens[i - 1] in OTHER for i, t in enumerate(tokens))
    )


def _other_one_only(tokens: list[str]) -> bool:
    """ "And the other one?", "what about the other one", "the other": the other one asked of and nothing else."""
    opening = next((o for o in ELLIPSIS_OPENINGS if tuple(tokens[: len(o)]) == o), ())
    rest = [t for t in tokens[len(opening) :] if t not in BARE_OPENERS]
    return rest in (["the", "other", "one"], ["the", "other"], ["other", "one"])


# the optional parts of a bare count, in order (general English): "how many (of them) (were there) (in all)"
COUNT_OF_THEM = frozenset({("of", "them"), ("of", "those"), ("of", "these")})
COUNT_BEING = frozenset((be, who) for be in ("were", "are", "was", "is") for who in ("there", "they")) | frozenset(
    {("there", "were"), ("there", "are")}
)
COUNT_IN_ALL = frozenset({("in", "all"), ("in", "total"), ("all", "told"), ("all", "together")})


def _counts_bare(tokens: list[str]) -> bool:
    """ "How many were there", "how many of them", "and how many in all": a count asking of nothing but those the
    last answer named (no noun, act or place of its own)."""
    bare = [t for t in tokens if t not in BARE_OPENERS]
    if bare[:2] != ["how", "many"]:
        return False
    rest = bare[2:]
    for part in (COUNT_OF_THEM, COUNT_BEING, COUNT_IN_ALL):  # "how many (of them) (were there) (in all)", each optional
        if tuple(rest[:2]) in part:
            rest = rest[2:]
    return not rest


def asks_else(tokens: list[str]) -> bool:
    """ "Who else …", "what else …": an asking word right before "else", asking for others than the one told."""
    return any(t == "else" and i and tokens[i - 1] in ASKING for i, t in enumerate(tokens))


# words opening a follow-up that ask nothing of their own ("and when?", "ok where was that")
BARE_OPENERS = frozenset("and so ok okay then".split())
THAT_STAND_INS = frozenset({"that", "it", "this"})


def bare_time_or_place(tokens: list[str]) -> str:
    """ "When" or "where" when the follow-up asks only that, of no thing it names: "when?", "and where", "when was
    that", "where was it", "when did that happen" (general English); "" for any other question ("when was the vigil"
    names its own subject)."""
    said = [t for t in tokens if t not in BARE_OPENERS]
    if not said or said[0] not in ("when", "where"):
        return ""
    rest = said[1:]
    if rest in ([], ["at"]) or (len(rest) == 2 and rest[0] in ("was", "is", "were") and rest[1] in THAT_STAND_INS):
        return said[0]
    if len(rest) == 3 and rest[0] in DO_FORMS and rest[1] in THAT_STAND_INS and rest[2] in ("happen", "happened"):
        return said[0]
    return ""


def of_own_articles(subject: Subject) -> bool:
    """The subject is of a question after the articles I answer from ("which articles do you have"): no fact told,
    its noun theirs."""
    return subject.head.lower() in OWN_SOURCES and not subject.told


def _age_asked(tokens: list[str]) -> bool | None:
    """ "Which was first", "which one is the oldest", "what came last", "which is the most recent one": one of some
    things picked by its date, naming none of them (general English); False for the first, True for the last, None
    for any other question."""
    said = [t for t in tokens if t not in BARE_OPENERS and t not in ("the", "most", "one")]
    if len(said) != 3 or said[0] not in ("which", "what") or not ({said[1]} <= COPULAS | {"came", "come"}):
        return None
    return SOURCE_AGES.get(said[2], AGE_COMPARATIVES.get(said[2]))


# the comparatives of time a bare "which was earlier" asks with (general English): of two, the earlier is the first
AGE_COMPARATIVES = {
    **dict.fromkeys("earlier older sooner".split(), False),
    **dict.fromkeys("later newer".split(), True),
}


# comparatives and superlatives of size (general English) a bare "which was bigger" asks with
SIZE_ASKED = frozenset(
    "bigger larger greater higher smaller lower biggest largest greatest highest smallest lowest".split()
)


def _which_size(tokens: list[str]) -> str:
    """ "Which was bigger", "which one is the largest", "what was smaller": one of some things picked by its size,
    naming none of them (general English); the word of size asked, or "" for any other question."""
    said = [t for t in tokens if t not in BARE_OPENERS and t not in ("the", "one")]
    if len(said) != 3 or said[0] not in ("which", "what") or said[1] not in COPULAS or said[2] not in SIZE_ASKED:
        return ""
    return said[2]


def asks_speaker(tokens: list[str]) -> str:
    """The verb of a question asking only who spoke, of nothing it names: "who spoke", "who said something", "who talked
    there", "who spoke at it", "who else spoke there" ("spoke"; general English); "" for any other ("who spoke to the
    Gazette" names whom)."""
    said = [t for t in tokens if t not in BARE_OPENERS]
    said = said[:1] + said[2:] if said[1:2] == ["else"] else said  # "who else spoke there": asked beside the one told
    if len(said) < 2 or said[0] != "who" or (said[1] not in SPEECH_VERBS and said[1] not in SPEAKING_TO):
        return ""
    rest = said[2:]
    if rest in ([], ["there"], ["anything"], ["something"]) or (rest[:1] == ["at"] and rest[1:] in (["it"], ["that"])):
        return said[1]
    return ""


def without_else(text: str) -> str:
    """A question asking "who else …" as asked of the others alone: "who leased the pier"."""
    return re.sub(r"\b(who|what|where|which|whom) else\b", r"\1", text)


def _act_only(tokens: list[str], stand: int) -> bool:
    """Whether the stand-in at `stand` is the subject of the act the question asks of and the question names nothing
    else: only asking words and an auxiliary before it, after it its verb with at most one word of its own and no
    clause ("when was it signed", "how much was it renewed for", "when did they protest", "when did it go into
    effect"; not "how much did it cost to renew the lease", "when was it that the guild left", "when was there a
    vigil", "what time is it in Lisbon"). The verb names the act asked, not the thing: an answer on its own would be
    of whatever did it, a guess at what the stand-in is."""
    if stand < 1 or tokens[stand - 1] not in AUXILIARIES or tokens[stand] == "there" or _content(tokens[:stand]):
        return False
    after = tokens[stand + 1 :]
    if not after or any(t in ASKING or t in ("that", "to", "if", "whether") for t in after):
        return False
    if tokens[stand - 1] in COPULAS and not _content(after[:1]):
        return False  # "what time is it in Lisbon": "is" the verb, "it" standing for nothing (a participle acts)
    return sum(_content([t]) for t in after) <= 1


# letters two words share, of theirs (difflib's ratio), at least: one typed word read as that word ("contarct" as
# "contract", "ran" as "run"), not another word put for it ("runs" for "expire")
SAME_WORD = 0.6


def typed_in_place(typed: list[str], read: list[str]) -> list[str]:
    """The words as typed put in the places of the words as read (`read`, the question's words: typo-fixed, in one
    tense, short forms spelled out), one for each: a typed word read as one word ("protestd" as "protested") is
    itself; words read as a different number of words ("abc" as three words, "new york" as one) are lent as read,
    so that a place in `read` is the same place in the list returned (by difflib's alignment of the two, a stdlib
    matcher)."""
    if len(typed) == len(read):
        return list(typed)
    from difflib import SequenceMatcher  # imported when the two differ in length (~1 ms of every start)

    placed: list[str] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(a=typed, b=read, autojunk=False).get_opcodes():
        if op == "equal" or (op == "replace" and i2 - i1 == j2 - j1):
            placed.extend(typed[i1:i2])
            continue
        # read as more or fewer words than typed (or a word dropped or added): lent as read, but for the words at
        # either end of the stretch that were read as one like word ("contarct runs out" as "contract expire":
        # "contarct" kept, a typo fixed, and "runs out" lent as "expire")
        head = 0
        while i1 + head < i2 and j1 + head < j2 and _alike(typed[i1 + head], read[j1 + head]):
            head += 1
        tail = 0
        while i2 - tail > i1 + head and j2 - tail > j1 + head and _alike(typed[i2 - tail - 1], read[j2 - tail - 1]):
            tail += 1
        placed.extend([*typed[i1 : i1 + head], *read[j1 + head : j2 - tail], *typed[i2 - tail : i2]])
    return placed


def _alike(typed: str, read: str) -> bool:
    """A word typed and the one word read for it alike enough to be the same word (a typo fixed: "contarct" and
    "contract"), by difflib's ratio of their letters (SAME_WORD)."""
    from difflib import SequenceMatcher  # (`typed_in_place` imported it)

    return SequenceMatcher(a=typed, b=read, autojunk=False).ratio() >= SAME_WORD


def _wh_noun(tokens: list[str]) -> int | None:
    """Where the noun is that the question opens by asking for, right after its opening "what" or "which" (after a
    lead-in "and", "so"): 2 of "and what word did he use"; None when it opens otherwise or a function word follows
    ("what did he say")."""
    at = 1 if tokens[:1] in (["and"], ["so"], ["but"]) else 0
    if tokens[at : at + 1] not in (["what"], ["which"]) or at + 1 >= len(tokens):
        return None
    return at + 1 if _content([tokens[at + 1]]) else None


def _stranded(tokens: list[str], start: int, end: int) -> int:
    """The end of the subject phrase `tokens[start:end]` with the verb and the preposition its closing relative
    clause leaves stranded at the question's end ("how much was the contract the Gazette wrote about": what the
    Gazette wrote about, so "when does it start" reads "when does the contract the Gazette wrote about start", never
    "… wrote start" nor "… the Gazette start"): the verb a past form after a content word of the phrase, and the ask
    before the phrase no do-question's ("what did the guild pay for": "for" is what is asked, of the guild's
    paying). `end` unchanged otherwise."""
    last = len(tokens) - 1
    if last not in (end, end + 1) or tokens[last] not in PREPOSITIONS or DO_FORMS.intersection(tokens[:start]):
        return end
    verb = tokens[last - 1]
    if not (verb in PAST or verb.endswith("ed")) or not _content(tokens[start : last - 1]):
        return end
    return last + 1


def _article_span(words: list[str]) -> range | None:
    """The one article reference of `words` ("the 2019 harbour piece": from its determiner to its article word,
    `article_description`'s words between them), or None when `words` hold none or several article words."""
    at = [i for i, t in enumerate(words) if t in ARTICLE_WORDS]
    if len(at) != 1:
        return None
    described = article_description(words)
    start = at[0]
    while start - 1 in described:
        start -= 1
    if start == 0 or words[start - 1] not in ("the", "that", "this"):
        return None
    return range(start - 1, at[0] + 1)


def _article_put_in(asked: list[str], rest: list[str], typed_rest: list[str], outlet: range | None = None) -> str:
    """ "And <article>?" (`rest`, after the opening, and as typed) that is only an article reference ("the 2018
    piece"), after a question (`asked`, its words as typed) asking of one article by an article word ("what did the
    2019 piece say about the vigil") or, with none, by its outlet's name alone (`outlet`, where `asked` gives it:
    "what did the Gazette say about the vigil"): that question with the new reference in the old one's place ("what
    did the 2018 piece say about the vigil"); "" when the follow-up says more than the reference, or the last
    question holds no one article reference, or the same one (fresh tester 78: read alone, it asked nothing: "of
    what?"; a fresh tester: after the outlet's name, the same)."""
    new = _article_span(rest)
    old = _article_span(asked) or outlet
    if new is None or old is None or new != range(0, len(rest)):
        return ""
    said = typed_rest[new.start : new.stop]
    if [t.lower() for t in said] == [t.lower() for t in asked[old.start : old.stop]]:
        return ""
    return " ".join([*asked[: old.start], *said, *asked[old.stop :]])


def _content(tokens: list[str]) -> bool:
    """Any word that says what is asked about (not a function word, a pronoun or a word of the ask itself)."""
    return any(
        t not in STOPWORDS
        and t not in CHAT
        and t not in CUE_TERMS
        and t not in PRONOUNS
        and t not in WH_WORDS
        and t not in AUXILIARIES
        and t not in LEAD_INS
        and t not in SPEECH_VERBS
        for t in tokens
    )


COUNTED_INSTEAD = 3  # "and prosecutions?", "and criminal charges": a few words naming another thing to count


def _size_asked(tokens: list[str]) -> int | None:
    """Where "big" or "large" is in "how big" / "how large" (a size, which may be of a count or of a sum), None
    when the words ask no size that way or ask a count outright ("how many")."""
    if "many" in tokens:
        return None
    return next((i for i in range(1, len(tokens)) if tokens[i - 1] == "how" and tokens[i] in SIZES), None)


def _counted_instead(rest: list[str]) -> bool:
    """The words after "and" name another thing to count: a few content words, the first no article, number or
    preposition ("and prosecutions?"; not "and the 2018 one", "and in 2019"), the last a plural ("-s")."""
    return (
        0 < len(rest) <= COUNTED_INSTEAD
        and rest[0] not in DETERMINERS | PREPOSITIONS
        and all(_content([t]) and not t.isdigit() for t in rest)
        and rest[-1].endswith("s")
    )


def _asked_noun(tokens: list[str], content: list[int]) -> int | None:
    """Where the noun a question asks for with "what" or "which" is, when one content word (after a count: "what two
    contracts") comes between that word and an auxiliary ("what lease was signed", "which two offices did the guild
    rent"): that noun is what the question is of; None otherwise."""
    for i in content:
        at = i - 1 if i > 1 and tokens[i - 1] in COUNTS else i
        if at > 0 and tokens[at - 1] in ("what", "which") and i + 1 < len(tokens) and tokens[i + 1] in AUXILIARIES:
            return i
    return None


def _bare_asking(tokens: list[str]) -> bool:
    """A question of at most BARE_WORDS words, all of them function words, with an asking word or "then" among them
    ("for what", "and then?"): it asks something of what came before, and says nothing of what."""
    return (
        0 < len(tokens) <= BARE_WORDS
        and all(t in STOPWORDS or t in ASKING or t == "then" for t in tokens)
        and not (ASKING | {"then"}).isdisjoint(tokens)
    )


def _asking_piece(tokens: list[str], breaks: tuple[int, ...]) -> int:
    """Where the last piece of the question that has an asking word (who, what, how …) starts (0 when none does, or
    the question is one piece)."""
    starts = [0, *(b for b in breaks if 0 < b < len(tokens))]
    return next((b for b in reversed(starts) if not WH_WORDS.isdisjoint(tokens[b:])), 0)


def _named_before(tokens: list[str], breaks: tuple[int, ...], at: int) -> bool:
    """The stand-in at `at` is in a later piece of the question (after a break: a comma, a dash, a question mark)
    than one with words of its own: it stands for what that piece named ("the letter was taped to the door - when
    was that?"), not for anything asked before."""
    before = [b for b in breaks if b <= at]
    return bool(before) and _content(tokens[: before[-1]])


def _quoted_before(text: str, at: int) -> bool:
    """A phrase in quotation marks ends before the stand-in at word `at` ('"every raid" who said that'): it stands
    for the words quoted, as for a piece before a break (`_named_before`); the closing mark is no break."""
    quoted = QUOTED().search(text)
    return quoted is not None and len(words(text[: quoted.end()])) <= at


def _counted_people(subject: Subject, stand_in: str, *, same: bool) -> str:
    """The noun of people the last question counted ("protesters" of "how many protesters showed up at the pier"),
    when "they" (`stand_in`) next stands for that question's subject (`same`) and no follow-up since read them otherwise
    (`Subject.they_told`); "" when it counted no people, or only "people" (who those are, its answer tells:
    `Subject.told_people`)."""
    if stand_in not in THEY or not same or subject.they_told or not _people(subject.counted):
        return ""
    noun = subject.counted.split(" ")[-1]
    return "" if noun in GENERIC_PEOPLE else noun


def _people(counted: str) -> bool:
    """What a count question counted is people ("employees", "guild members": its last word a noun of people)."""
    return counted.split(" ")[-1] in PERSON_NOUNS


def _counts_things(tokens: list[str]) -> bool:
    """ "How many petitions [were there]": a count of things, whose closing "there" says they exist ("how many
    people were there" asks who was at a place)."""
    if tokens[:2] != ["how", "many"] or len(tokens) < 3:
        return False
    return tokens[2] not in PERSON_NOUNS


def _existence_asked(tokens: list[str]) -> bool:
    """The question is a bare "any <things>" ("any arrests", "any chants"): a fragment asking whether there were
    such things, naming no place or time of its own (at most MAX_OWN_TERMS words after "any", none a preposition),
    so it leans on what came before. ("were there arrests" is a whole question: it stands on its own.)"""
    rest = tokens[1:]
    return tokens[:1] == ["any"] and 0 < len(rest) <= MAX_OWN_TERMS and PREPOSITIONS.isdisjoint(rest) and _content(rest)


def _stand_ins(tokens: list[str]) -> list[int]:
    """Positions of words standing for something named earlier: pronouns, and "there" as a place ("how many
    people were there", "what happened there"). "that letter" is not one (it names its noun; "was that renewed" names
    an act done to it, so "that" stands in), nor is a "that"
    joining a clause ("the one that ended") or a "there" that only says something exists ("were there arrests")."""
    found = []
    for i, t in enumerate(tokens):
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if t == "there":
            existing = not after and i > 1 and tokens[i - 1] in COPULAS and _counts_things(tokens[: i - 1])
            if not existing and (not after or (after not in COPULAS and not (i > 0 and tokens[i - 1] in AUXILIARIES))):
                found.append(i)
            continue
        if t not in PERSONAL and t not in NEUTER:
            continue
        # ("when was that renewed": a past form after an auxiliary and "that" is the act done to what "that" stands
        # for, no noun it names)
        done_to = i > 0 and tokens[i - 1] in AUXILIARIES and (after in PAST or after.endswith("ed"))
        named = t in DEMONSTRATIVE and after and after not in AUXILIARIES and _content([after]) and not done_to
        if named and not _subject_of_verb(tokens, i):  # "when does that expire": "that" is the verb's subject
            continue
        if t == "that" and i > 0 and after and _content([tokens[i - 1]]):
            continue  # a "that" joining a clause; one closing the question ("who reported that") stands in
        if t in DEMONSTRATIVE and (after in WEEKDAYS or after in MONTH_NUMBER):
            continue  # "on that friday" names its day as "that letter" its noun, never the last thing asked of
        found.append(i)
    return found


def _subject_of_verb(tokens: list[str], at: int) -> bool:
    """The demonstrative at `at` is the subject of the verb after it, not a determiner of a noun: it follows "do",
    "does" or "did", and the word after it is the verb that auxiliary needs ("when does that expire", "did that end
    in May"), one lemminflect knows as a verb with no verb after it ("did that lease expire": "lease" is a noun,
    "expire" the verb)."""
    if at == 0 or tokens[at - 1] not in DO_FORMS or tokens[at] not in ("that", "this"):
        return False  # ("did those marches go after": "those" before a plural names its noun)

    def verb(word: str) -> bool:
        return English.may_be(word, "VERB") and _content([word])  # (lemminflect is loaded on the first one asked)

    return verb(tokens[at + 1]) and not any(verb(t) for t in tokens[at + 2 :])


def _only_sum(said: list[str]) -> bool:
    """The words are a sum and nothing else ("9 million", "$9 million", "2.5 billion"); an empty list is one too."""
    return all(w.strip("$").replace(",", "").replace(".", "").isdigit() or w in SCALE_WORDS for w in said)


def _sum_of_it(tokens: list[str], stands: list[int]) -> bool:
    """ "how much was it", "and how much is that": a sum asked of one stand-in alone, with a copula and nothing
    else of its own, so of what the last answer told as a bare "how much" is."""
    said = tokens[1:] if tokens[:1] == ["and"] else tokens
    return (
        len(stands) == 1
        and len(said) == 4
        and said[:2] == ["how", "much"]
        and said[2] in COPULAS
        and said[3] in ("it", "that", "this")
    )


def one_of_its_own(tokens: list[str]) -> bool:
    """ "And the 2019 one?", "what about the monday one": an ellipsis (ELLIPSIS_OPENINGS) asking again of a "one"
    told apart by words of its own (a year, a content word), so "one" stands for the noun the last question named
    whether or not it was answered. "The other one" or "the bigger one" picks one out against what an answer told,
    which a question left unanswered never gave (a guess: review 22 L3)."""
    opening = next((o for o in ELLIPSIS_OPENINGS if tuple(tokens[: len(o)]) == o), None)
    rest = [t for t in tokens[len(opening) :] if words(t)] if opening is not None else []
    if len(rest) < 3 or rest[0] != "the" or rest[-1] != "one":
        return False
    own = rest[1:-1]
    if not (OTHER | COMPARATIVES).isdisjoint(own):
        return False
    return any(t.isdigit() or _content([t]) for t in own)


def _that_one(tokens: list[str]) -> bool:
    """ "That one" or "this one" is in the question, a demonstrative for a thing before "one" ("when does that one
    expire"), "one" being no number of a partitive ("that one of the contracts")."""
    return any(
        t in THING and t in DEMONSTRATIVE and tokens[i + 1] == "one" and tokens[i + 2 : i + 3] != ["of"]
        for i, t in enumerate(tokens[:-1])
    )


def _one_pointed_at(tokens: list[str]) -> int | None:
    """Where "that one" or "this one" opens (a demonstrative before "one" and no noun of its own after it: "what
    was that one for", not "that one contract"), which points at a thing named earlier; None when there is none.
    "That" before a partitive "one of …" ("is that one of the contracts") is a pronoun of its own, "one" a number
    (review 22 L3)."""
    for i, t in enumerate(tokens[:-1]):
        after = tokens[i + 2] if i + 2 < len(tokens) else ""
        if after == "of":
            continue
        if t in THING and t in DEMONSTRATIVE and tokens[i + 1] == "one" and not (after and _content([after])):
            return i
    return None


def _total_only(tokens: list[str]) -> bool:
    """The question asks only for a total, of nothing it names: "how much altogether", "and what's the total", "how
    much is that in total", "all together?" (a word of SUMMING_WORDS, or "all" and "together", and otherwise only
    TOTAL_ASKING's words)."""
    summing = not SUMMING_WORDS.isdisjoint(tokens)
    return summing and all(t in TOTAL_ASKING or t in SUMMING_WORDS for t in tokens)


def asks_of_before(tokens: list[str]) -> bool:
    """A line after a message's first asks of what that line named: a question of its own (an asking word, or an
    auxiliary opening it after "and") with a stand-in for something named before ("and who reported it", "who
    signed it"); not a line narrowing the first ("in secret", "under the old board"), which asks nothing alone."""
    asked = tokens[1:] if tokens[:1] == ["and"] else tokens
    asking = not ASKING.isdisjoint(asked) or bool(asked[:1] and asked[0] in AUXILIARIES)
    return (asking and bool(_stand_ins(asked))) or _one_lent(tokens)


def _one_lent(tokens: list[str]) -> bool:
    """ "and the other one?", "what about the 2014 one": an ellipsis opening, then only "the", at most two words and
    "one", which stands for the noun of what was named before and is lent its ask (tester 70 L1: as a message's next
    line it was left out without a word)."""
    opening = next((o for o in ELLIPSIS_OPENINGS if tuple(tokens[: len(o)]) == o), None)
    rest = tokens[len(opening) :] if opening is not None else []
    return 2 <= len(rest) <= ONE_LENT_WORDS and rest[0] == "the" and rest[-1] == "one"


def _since_when(subject: Subject) -> str:
    """ "Since when?" right after a question asking of an act with "did", "does" or "has" ("how much did the
    Admiralty pay the guild"): since when that act, "since when did the Admiralty pay the guild" (its beginning is
    asked). "" for any other last question ("what is the guild": no act whose start is asked, so unclear)."""
    aux = subject.ask.split(" ")[-1] if subject.ask else ""
    if aux not in ACT_AUXILIARIES or not subject.phrase:
        return ""
    return f"since when {aux} {subject.phrase}"


def _names_stand_in(tokens: list[str], at: int) -> bool:
    """The stand-in at `at` closes "which / what <noun …> was / is it" ("which holiday was it"): the question names
    the kind of thing "it" is and asks which one; a noun asked of nothing else, not a word leaning on an earlier
    question ("what did it say" names no such thing)."""
    return (
        at == len(tokens) - 1
        and tokens[at] == "it"
        and tokens[:1] in (["which"], ["what"])
        and at >= NAMED_STAND_IN  # "which" / "what", a noun, "was", "it"
        and tokens[at - 1] in ("was", "is")
    )
