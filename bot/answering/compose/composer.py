"""The lead line: the Composer, which picks the fact an answer leads with for the question's kind and words its
first line, with the evidence, differing figures and related items under it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Sequence, Set
from dataclasses import replace

from bot import messages
from bot.answering.acts import LIGHT_VERBS, PARTICLES, VERB_PREPOSITIONS, asked_act
from bot.answering.articles import (
    ARTICLE_VOCABULARY,
    ARTICLE_WORDS,
    BREAKING,
    BROKEN_NEWS,
    MENTIONING,
    NAMING_VERBS,
    OUTLET_KIND,
    OUTLET_NOUNS,
    QUOTING_VERBS,
    SAYING,
    SHOWING,
)
from bot.answering.compose.comparisons import Comparisons
from bot.answering.compose.dates import STATE_AT_DATE, Dates, act_of_thing, asked_thing_head, due_at, planned_as
from bot.answering.compose.evidence import Evidence, latest_source_label
from bot.answering.compose.figures import AMOUNT, MAX_DIFFERS, MAX_FIGURES, NUMBER, Figures, figure_number
from bot.answering.compose.lead import Lead
from bot.answering.compose.lists import Lists
from bot.answering.compose.questions import (
    GET_FORMS,
    STATES_PURPOSE,
    asks_day,
    asks_month,
    asks_outcome,
    asks_passive,
    asks_past,
    asks_purpose,
    asks_weekday,
    asks_whether_spoke,
    either_or,
)
from bot.answering.compose.speech import (
    MARKED,
    REPORTED,
    SAYING_STEMS,
    SPEECH_WORDS,
    WRITING,
    document_noun,
    gives_words,
    holds_words,
    other_words,
    piece_named_by,
    quote_speaker,
    quoted,
    spoken_citation,
    thing_written,
    writes_a_thing,
    writes_another_thing,
)
from bot.answering.compose.wording import is_year, possessive, singular
from bot.answering.compose.yes_no import NEAR_BEST, NEGATION, REPORTING_ASKED, SETTLE_CANDIDATES, Verdicts
from bot.answering.compose.yes_no_checks import (
    BEING,
    BOUND_KINDS,
    CALLED_PRONOUNS,
    OUTCOME_VERBS,
    PREPOSITIONS,
    act_told_on,
    acts_ordered,
    bound_before,
    called_of_another_noun,
    cause_stems,
    closing_object,
    compared_as_told,
    compared_conversely,
    compared_otherwise,
    mentioned_stems,
    negation_bounded_in_time,
    order_compared,
    outcome_stems,
    predicate_stems,
    progressive_said,
    purpose_stems,
    reason_stems,
    said_as_supposed,
    said_of_another_act,
)
from bot.answering.decide.decider import RECENTLY
from bot.answering.decide.figures import (
    asks_plural_agreements,
    counts_several,
    exceeds,
    role_of,
    scaled_figures,
)
from bot.answering.endings import ASKED_ENDING, EXPIRING
from bot.answering.english import English
from bot.answering.enumeration import enumerated, enumerated_as_asked, number_word
from bot.answering.naming import NAME_WORDS
from bot.answering.qualifiers import (
    MEANS_WORDS,
    document_untold,
    means_untold,
    modifiers_unasked,
    total_untold,
)
from bot.answering.retrieve import Hit, Retriever, online_venue, placed_elsewhere, places_act, states_entity
from bot.answering.understand.clauses import quotation_typed, quoted_saying, words_of_speakers
from bot.answering.understand.kinds import lists_sums
from bot.answering.understand.lexicon import (
    ACTOR_KINDS,
    AGREEMENTS,
    ANY_AT_ALL,
    AUXILIARIES,
    BASED,
    BASED_ASKS,
    COPULAS,
    DETERMINERS,
    ENDING_ACTS,
    INDEFINITE_PEOPLE,
    NOUN_DETERMINERS,
    PAST,
    PERSON_NOUNS,
    POSSESSIVE_DETERMINERS,
    PRONOUNS,
    TAGS,
    VOICING,
    WEEKDAYS,
    asks_future,
    asks_size_of_agreement,
)
from bot.answering.understand.question import NameSpans, Question, asks_holder_now
from bot.answering.understand.times import CURRENT, LATER
from bot.answering.understand.understander import EVENT_NOUNS
from bot.calling_verbs import CALLING_VERBS
from bot.class_nouns import NOUN_KINDS, PERSON_KINDS
from bot.counted import COUNTED_REACH, counts_given
from bot.dates import MONTHS, date_label, weekday
from bot.english_tables import forms_of
from bot.factbase import Brief
from bot.features import REQUEST_VERBS, answered_undergone, is_sum, without_dates
from bot.records import FactData
from bot.replies import Answer, Item, Role
from bot.reporting import passed_on_outlet
from bot.search import stem
from bot.text import (
    IRREGULAR,
    SCALE_WORDS,
    STOPWORDS,
    Deferred,
    and_joined,
    fold,
    is_number,
    on_first_use,
    sum_value,
    words,
)

# words placing what follows them ("in Eastport", "at the guild's Eastport office", "outside"): general English
LOCATING = frozenset("in at outside inside near beside".split())
# prepositions putting an act at a spot ("taped it to the door", "pinned them on the wall"), the determiners opening
# that spot's noun, and the words an object may take between the act and them ("posted the open letter on the
# door"): general English
SPOT_PREPOSITIONS = frozenset("to onto on at outside inside near beside under".split())
SPOT_DETERMINERS = frozenset("the its their his her a an".split())
SPOT_OBJECT = 3
SPOT_CLAUSES = frozenset("where when that which who with w after before because while if as".split())
# the candidates read for an article's own sum of what a yes/no question gives another sum for (`source_sum_otherwise`)
SUM_SAID_CANDIDATES = 6
# "which articles / outlets …": more than one may be asked for
PLURAL_OUTLETS = frozenset(
    w for w in ARTICLE_WORDS | OUTLET_NOUNS if w.endswith("s") and w[:-1] in ARTICLE_WORDS | OUTLET_NOUNS
) | {"stories"}
# the question asks who reported what it asks of ("which outlet reported it", "according to who"), not who ran a piece
MENTIONED_WORDS = 2  # words asked of in "which articles mention X" beyond which X is a claim, not a thing named
DOCUMENT_OPENING = 8  # words a fact's clause may open with before the document whose words it gives (its makers')
# where a statement's clauses part: "According to the Gazette, the guild's flyer told …" (`_document_by`)
CLAUSES = on_first_use(r"[,;:—–]")
# an act told as tried, its verb after "to" ("tried to deliver", "attempted in vain to enter"), and the words of a
# question asking of the try itself (general English)
TRIED_TO = on_first_use(
    r"\b(?:tried|tries|try|trying|attempted|attempts|attempting|sought|seeks|seeking)\s+(?:\w+\s+){0,2}?to\s+(\w+)"
)
TRYING_WORDS = frozenset("try tried tries trying attempt attempted attempts attempting seek sought".split())
# the stems of every word an end is asked or told with ("end", "expired", "lapses"): one act, whichever word
ENDING_STEMS = frozenset(stem(w) for w in ASKED_ENDING | EXPIRING)
MENTIONING_HITS = 60  # facts read for "which articles mention X": the shipped brief's most-named entity has ~40
OUTCOME_CANDIDATES = 6  # candidates read for how something ended when no fact linked to the best tells it
OUTCOME_NEAR = 0.5  # of the best's score, at least, for one of them

ASPECT_VERBS = frozenset({"start", "started", "begin", "began", "keep", "kept"})  # "start getting criticized"

ATTEMPTS = frozenset("tried attempted sought trying attempting".split())  # "tried to deliver": not delivered
# a superlative of size (asks_size_of_agreement): which of the sums is asked, as the lead words it
SUPERLATIVE_SIZES = {"biggest": "largest", "largest": "largest", "smallest": "smallest"}
PURPOSE_CANDIDATES = 4  # hits read for one telling what the asked thing is for
PURPOSE_NEAR = 0.6  # of the best hit's score, at least
PURPOSE_KINDS = frozenset({"what-is", "topic", "why-how"})  # "what is the lease for" reads as any of them
# candidates read for a second fact giving the figure the question names, and how near the best's score it must be
SAME_FIGURE_CANDIDATES, SAME_FIGURE_NEAR = 4, 0.9
REACTION_CANDIDATES = 8  # hits looked at for what followed the premise a question states
REACTION_SHARE = 0.6  # of the best hit's score, at least

CLAUSE_COMMA_CLOSING = on_first_use(r",([”\"])$")  # a quote ending on its sentence's comma: "…,”"

# a preposition ending a who-question: whom an act was done to, for or with is asked ("who did they give it to")
STRANDED = frozenset("to for with from".split())


# a question asking what a thing was about opens with "be": "was the vigil about the port"
TOPIC_OPENINGS = frozenset("was were is are".split())
WANTING = frozenset("want wants wanted wanting".split())  # "did they want the guild to …": a wish, as a request
WANTED_REACH = 4  # words between the wish and its "to": "want the Gull Point guild to"
WISH_REACH = 3  # words after a preposition to its object: "to a nonprofit charity"
# questions asking a count or a verdict, whose own numbers are read as asked, not as taken for granted
COUNTING_KINDS = frozenset({"amount", "count", "yes-no", "comparison"})
ASKER_REACH = 8  # words from who asked to the request: "a petition signed by more than 60 guild keepers asked"
# acts so general that a fact tells them of two parties in many other words ("hosted on", "ran on", "relied on";
# "work with" as "sells its maps to"): general English
GENERAL_ACTS = frozenset(stem(w) for w in "use used utilize utilized employ employed work works worked".split())
# acts that are ways of using a thing (general English): a fact telling one of them between the parties tells the
# using in other words ("hosted on the Courier's servers"); any other tie ("co-founded", "kept its contract with")
# is no use, and "in other words" would hint at a link the fact does not state (fresh review 19, M3)
# a purpose of the fact's own, "to <a word in lower case>" ("used to coordinate raids"; not "to Lind", "to the port")
PURPOSE_CLAUSE = Deferred(r"\bto\s+(?!(?:the|a|an|its|their|his|her|be)\b)[a-z]+\b")
ACT_DATE_REACH = 4  # "petitioning management in August 2019": a date this many words after an act's word is its
ACCOUNT_OPENING = "According to "  # a statement giving someone's account: the brief's way of attributing it
# "According to the Gazette (May 2019), …": the date in brackets is when the account was given, not when what it tells
# was done (a running total "as of" then may span years)
DATED_ACCOUNT_OPENING = re.compile(r"^According to [^,(]+\([^)]*\),\s*")
OPENING_MARKS, CLOSING_MARKS = frozenset('“"'), frozenset('”"')  # a quote that is someone's words alone
OWN_SENTENCE = Deferred(r"(?<=[.!?])\s+(?=[A-Z“\"])")  # sentences within a quote
USING_KINDS = frozenset(
    stem(w)
    for w in "host hosted hosting rely relied relies depend depended depends deploy deployed license licensed"
    " power powered run runs ran".split()
)
WORKING = frozenset(stem(w) for w in "work works worked".split())
# ways of working with another party (general English): selling or supplying it something ("sells its maps to the
# guild" tells "works with the guild" in other words; fresh tester 60 W6, kept through review 19's M3)
DEALING_KINDS = frozenset(stem(w) for w in "sell sells sold supply supplies supplied provide provides provided".split())


def _sum_of(shown: str) -> float | None:
    """The value of a sum as shown ("$16 million" -> 16,000,000; `sum_value`)."""
    number = figure_number(shown)
    scale = next((w for w in shown.split() if w in SCALE_WORDS), "")
    return sum_value(number, scale) if number else None


def _denied_stems(statement: str) -> set[str]:
    """The stems of what a statement gives someone as denying: the words after the first NEGATION that follows
    its first verb of saying (REPORTED): "said that its lease was not helping the port evict" -> help, port, evict;
    none when it has no such saying."""
    tokens = words(fold(statement))
    said = next((i for i, t in enumerate(tokens) if t in REPORTED), None)
    if said is None:
        return set()
    negated = next((i for i in range(said + 1, len(tokens)) if tokens[i] in NEGATION), None)
    return set() if negated is None else {stem(t) for t in tokens[negated + 1 :]}


def _light(verb: str) -> bool:
    """A verb saying little of its own (LIGHT_VERBS), in any form: the question's "did they want it to go" is read
    with "went" in it."""
    from lemminflect import getLemma  # loaded on the first wish asked with a verb only (~1 s)

    return verb in LIGHT_VERBS or not LIGHT_VERBS.isdisjoint(getLemma(verb, upos="VERB"))


def _adjective(word: str) -> bool:
    """lemminflect knows `word` as an adjective ("unhappy", "upset"): it tells a state, not a thing."""
    return English.may_be(word, "ADJ")


def act_spot(asked: list[str], statement: str, verb: Callable[[str], str | None]) -> str:
    """ "to the door" of "the protesters taped it to the door" for "where did they tape the letter": the place phrase
    (SPOT_PREPOSITIONS, then an article or a possessive determiner and a noun, not a capitalized name, which
    `places_named` leads, nor a person's noun) right after a verb of the statement (`verb`: English.verb) sharing
    its stem with a word `asked` (the question's words up to a clause of its own, SPOT_CLAUSES: "where was the
    protest where they taped it" asks the protest's place; after a copula, only the participle closing them) and
    the object it was done to (a pronoun, or a determiner and up to SPOT_OBJECT words); "" when the statement puts
    the act at no such spot."""
    typed = fold(statement).split()
    told = [w.strip(".,;:!?\"'()").lower() for w in typed]
    cut = next((k for k in range(1, len(asked)) if asked[k] in SPOT_CLAUSES), len(asked))
    content = [w for w in asked[:cut] if w not in STOPWORDS]
    if asked[1:2] and asked[1] in COPULAS:
        content = content[-1:]  # "where was the letter taped": the participle closing it, not a word of its subject
    acts = {stem(w) for w in content}
    for i, word in enumerate(told):
        if not word or word in STOPWORDS or stem(word) not in acts or verb(word) is None:
            continue
        at = i + 1
        if told[at : at + 1] and told[at] in PRONOUNS:
            at += 1
        elif told[at : at + 1] and told[at] in SPOT_DETERMINERS:
            reach = range(at + 1, min(at + 2 + SPOT_OBJECT, len(told)))
            at = next((k for k in reach if told[k] in SPOT_PREPOSITIONS), at)
        if at + 2 < len(told) and told[at] in SPOT_PREPOSITIONS and told[at + 1] in SPOT_DETERMINERS:
            noun = typed[at + 2].strip(".,;:!?\"'()")
            if noun and noun[0].islower() and noun.lower() not in STOPWORDS | PERSON_NOUNS:
                return " ".join(told[at : at + 3])
    return ""


# how far after a verb's object a verb it makes happen may come ("helping the wardens deport": two words)
COMPLEMENT_REACH = 3


def _act_unstated(q: Question, statement: str) -> Lead:
    """The lead saying the act asked is told nowhere, then what the articles tell instead (ACT_UNSTATED_LEAD); a
    pointer, no answer, when whether it happened at all is asked ("did the wardens arrest anyone at the vigil" of a
    fact telling only that the wardens were called: blind set BF)."""
    return Lead(messages.ACT_UNSTATED_LEAD.format(statement=statement), answers=ANY_AT_ALL.isdisjoint(q.words))


# words ending what a glossary description says a thing is ("A harbour guild that …": "a harbour guild")
KIND_END = on_first_use(r"[,;:.(]|\b(?:that|which|who|whose|where|founded|based|with)\b", re.IGNORECASE)


def _kind_words(description: str) -> list[str]:
    """The words of a glossary description up to the end of what it says the thing is (KIND_END): "A harbour raid
    operation that planned …" -> ["a", "harbour", "raid", "operation"]; its later words tell of other things."""
    return words(fold(KIND_END().split(description, maxsplit=1)[0]))


def asks_reporting(tokens: list[str]) -> bool:
    """The question asks who reported something: a reporting word ("reported", "according", REPORTING_ASKED) or a
    story broken ("which paper broke the story about the petition": BREAKING then "the" and BROKEN_NEWS)."""
    if not REPORTING_ASKED.isdisjoint(tokens):
        return True
    for i, t in enumerate(tokens):
        broken = [w for w in tokens[i + 1 : i + 3] if w != "the"] if t in BREAKING else []
        if broken and broken[0] in BROKEN_NEWS:
            return True
    return False


# nouns naming persons of any role (general English): a party's "people" are told of by any noun for its persons
GENERIC_PERSONS = frozenset({"people", "person", "persons"})


def _sum_named(tokens: list[str]) -> tuple[str, str] | None:
    """The one sum a question names: a number with its scale word ("... mention the 39 million" -> ("39",
    "million")) or written in thousands ("140,000" -> ("140,000", "")); None when it names none or several. A small
    bare number ("2", "60") is not read so: in an article's words it is as often a day or some other count."""
    found = [
        (t, tokens[k + 1] if tokens[k + 1 : k + 2] and tokens[k + 1] in SCALE_WORDS else "")
        for k, t in enumerate(tokens)
        if is_number(t) and not is_year(t)
    ]
    if len(found) != 1 or not (found[0][1] or "," in found[0][0]):
        return None
    return found[0]


# a fact's own words ranking what it tells first of its kind (general English)
CALLED_FIRST = on_first_use(r"\b(?:first|initial|original|earliest|inaugural)\b", re.IGNORECASE)


# a fact calling what it tells the last of its kind ("the latest vigil", "its final lease"): it answers "the last X"
CALLED_LAST = on_first_use(r"\b(?:last|latest|final|most recent)\b", re.IGNORECASE)


def _last_thing(tokens: list[str], leftover: list[str]) -> bool:
    """The question asks of the last of some things ("when was the last vigil", "the latest lease", "the most recent
    one"): `_ranked_thing` of "last", "latest" or "recent" ("most" skipped), not an adverb of its act ("when was the
    lease last renewed")."""
    return _ranked_thing([t for t in tokens if t != "most"], leftover, ("last", "latest", "recent"))


# a count of a state asked in the present tense ("how many leases does the guild have", "how many keepers are
# there"): its answer is told as of an article's date; one asked in the past ("did", "were"), of a date or year the
# question names, or of a saying ("how many does the guild say …") asks of then (general English)
PRESENT_AUXILIARIES = frozenset({"does", "do", "is", "are"})
PAST_AUXILIARIES = frozenset({"did", "was", "were", "had"})
HOLDING = frozenset({"have", "own", "hold", "employ", "there"})  # a state asked: "does the guild have", "are there"
HELD = frozenset({"had", "has", "have", "held", "owned", "employed", "there"})  # and told: "the guild had two leases"


def _asks_present_count(q: Question, statement: str) -> bool:
    """ "How many leases does the guild have" of "in July 2018 the guild had two leases": a count of a state (HOLDING)
    asked in the present tense after the counted noun, of no date or year the question names, told as a state
    (HELD) by the statement."""
    if q.years or q.on_date or q.weekdays or not PAST_AUXILIARIES.isdisjoint(q.words):
        return False
    tokens = q.words
    asking = next((i for i, t in enumerate(tokens[:-1]) if t == "how" and tokens[i + 1] == "many"), None)
    if asking is None:
        return False
    present = next((i for i in range(asking + 2, len(tokens)) if tokens[i] in PRESENT_AUXILIARIES), None)
    if present is None or HOLDING.isdisjoint(tokens[present + 1 :]):
        return False
    return not HELD.isdisjoint(words(fold(statement)))


def _first_thing(tokens: list[str], leftover: list[str]) -> bool:
    """The question asks of the first of some things ("when was the first lease"): "first" after a determiner and
    right before a word it asks of (`leftover`), not an adverb of its act ("when was the lease first signed")."""
    return _ranked_thing(tokens, leftover, ("first",))


def _ranked_thing(tokens: list[str], leftover: list[str], ranks: tuple[str, ...]) -> bool:
    """One of `ranks` ("first") stands after a determiner and right before a word the question asks of
    (`leftover`): "the first lease", "its first vigil"."""
    return any(
        d in NOUN_DETERMINERS | POSSESSIVE_DETERMINERS and t in ranks and n in leftover
        for d, t, n in zip(tokens, tokens[1:], tokens[2:], strict=False)
    )


# verbs giving words as a speaker's (general English): "“…,” one protester said / shouted", "the guild described the
# port as “a fortress”", "“…,” the guild revealed"
SPEAKING = (
    REPORTED
    | SAYING
    | frozenset("tell tells shouted chanted added".split())
    | frozenset(forms_of("describe", "VBZ", "VBD") + forms_of("reveal", "VBD"))
)
SPEAKING_STEMS = frozenset(stem(w) for w in SPEAKING)  # any form of them: "chanting" of "chanted"
# nouns for a speaker asked that leave who open ("which article quotes a person saying …"), as "someone" does
# the words before whom something is said to, determiners aside ("told the protesters", "said to a crowd")
HEARING = frozenset("to tell tells told telling".split())
DETERMINERS_OF_HEARERS = frozenset("the a an some its their".split())
OPEN_PEOPLE = frozenset("person persons people individual individuals".split())
VOICING_ASKED = [[verb] for verb in sorted(VOICING)]  # "… has Lind saying / chanting / shouting …"
BODY_REACH = 3  # "an organizer with the guild": a person noun this near its body's name is one of it
SPEAKER_REACH = 6  # "“…,” one of the protesters said": the speakers asked this near a verb of reporting
DEFINITE = frozenset("the this that these those its their his her".split())  # one thing taken as known
CALLED_OUT = [[verb, "out"] for verb in ("call", "calls", "called", "cry", "cries", "cried")]  # calling words out
KIND_TITLE = 2  # words between "Ada Lind, a" and the kind naming her: "Ada Lind, a campaign organizer with …"


def _has_marks(text: str) -> bool:
    """`text` carries words in speech marks, as `has_speech` reads a fact's."""
    return any(len(m.group(1).split()) >= SPEECH_WORDS for m in MARKED.finditer(text))


def _outside_marks(text: str) -> str:
    """`text` without the words in its speech marks: each marked span, and the part a mark left open runs over (a
    quote cut from an article may open or close inside someone's words: "… the port,” Lind said")."""
    outside = MARKED.sub(" ", text)
    closing = outside.find("”")
    if closing >= 0 and "“" not in outside[:closing]:
        outside = outside[closing + 1 :]
    opening = max(outside.rfind("“"), outside.rfind('"'))
    return outside[:opening] if opening >= 0 else outside


def _near_speaking(quote: str, wanted: Set[str], *, stemmed: bool) -> bool:
    """One of the speakers `wanted` (stems, or words when not `stemmed`) is within SPEAKER_REACH words of a verb of
    reporting (SPEAKING, or a call "out": "“…” one keeper called out") in `quote`, both outside its speech marks (the
    words said are no speaker of them: "chanted, “Keepers are welcome here!”" quotes no keeper)."""
    told = words(fold(_outside_marks(quote)))
    near = (
        (t in SPEAKING or told[j : j + 2] in CALLED_OUT, told[max(0, j - SPEAKER_REACH) : j + 1 + SPEAKER_REACH])
        for j, t in enumerate(told)
    )
    return any(verb and not wanted.isdisjoint(stem(w) if stemmed else w for w in around) for verb, around in near)


def _kind_saying(statement: str, forms: Set[str]) -> bool:
    """The statement gives one of a kind of speaker (`forms`) as saying something: the kind's word right before a
    verb of reporting (SPEAKING), or before a name of one of them ("Protester Ada Lind told …", "one keeper said");
    not a kind the verb is one clause away from ("the keepers pressing them claim …")."""
    kinds = "|".join(sorted(map(re.escape, forms)))
    verbs = "|".join(sorted(SPEAKING))
    return re.search(rf"\b(?:{kinds})(?:\s+[A-Z][\w’'-]*)*\s+(?:{verbs})\b", statement, re.IGNORECASE) is not None


NAMED_REACH = 4  # words between a thing's noun and a name telling which it is ("offices in North Bay and …")
ONE_OF_A_KIND = frozenset("a an one any".split())  # determiners asking of any one of a kind (general English)
# determiners opening a speaker named by no name ("quotes a rabbi / the protesters / some activist saying …")
UNNAMING = ONE_OF_A_KIND | frozenset("the some another".split())
# nouns for a piece of writing or whoever ran it, which an article "has saying" something as it tells it
PIECE_WORDS = ARTICLE_WORDS | OUTLET_NOUNS | frozenset("source sources".split())


def _asked_speakers(tokens: list[str]) -> list[str]:
    """The plural nouns asked after a verb of quoting, when they are all that is asked: ["protesters"] of "which
    articles quote protesters" and of "which article quotes a protester"; [] otherwise ("which article quotes the
    flyer")."""
    verb = next((k for k, t in enumerate(tokens) if t in QUOTING_VERBS), None)
    if verb is None or not any(t in ARTICLE_WORDS or t in OUTLET_NOUNS for t in tokens[:verb]):
        return []
    after = tokens[verb + 1 :]
    if len(after) == len(["a", "protester"]) and after[0] in ONE_OF_A_KIND and after[1] in PERSON_NOUNS:
        # "which article quotes a protester": any one of them, asked as "which articles quote protesters" is (the
        # plural by lemminflect's English tables), never the lead's article only naming such people
        from lemminflect import getInflection  # loaded lazily: only a question asking this needs it

        plural = getInflection(after[1], "NNS")
        return [plural[0]] if plural and plural[0] != after[1] else []
    asked = [t for t in after if t not in STOPWORDS]
    plural = all(len(t) > 3 and t.endswith("s") and not t.endswith("ss") for t in asked)
    return asked if asked and plural else []


class Composer:
    def __init__(
        self,
        brief: Brief,
        retriever: Retriever,
        specific_entities: set[str],
        dates_act: Callable[[Question, str], bool] = lambda q, doc_id: True,
        speakers_of: Callable[[str], list[str]] = lambda fact_id: [],
        act_forms: Callable[[Question], frozenset[str]] = lambda q: frozenset(),
        name_spans: NameSpans = lambda tokens: [],
        said_by: Callable[[str, set[str]], bool] = lambda fact_id, speakers: False,
        *,
        kind_forms: Callable[[str], frozenset[str]] = lambda noun: frozenset(),
    ) -> None:
        """`dates_act(q, fact_id)`: whether the fact may give the date of the act a date question asks (the
        decider's check), so that no fact is swapped in as the answer that the decider would have refused.
        `speakers_of(fact_id)`: the entities a fact gives as speaking (answering.speakers), to label a quote.
        `act_forms(q)`: the stems of the act a question asks about (Decider.act_forms), for a yes/no verdict.
        `name_spans(tokens)`: the names in words, as the question's are found (Understander.name_spans).
        `said_by(fact_id, speakers)`: the fact gives one of them as speaking (Speakers.said_by), for a yes/no.
        `kind_forms(noun)`: the words for the speakers of a kind a noun names (answering.speakers: an organizer's
        words are among the protesters'), for "which articles quote protesters"."""
        self.brief = brief
        self._act_forms_of = act_forms
        self._name_spans = name_spans
        self.retriever = retriever
        self.specific_entities = specific_entities  # entities not in most facts
        self.dates_act = dates_act
        self.speakers_of = speakers_of
        self._said_by = said_by
        self._kind_forms = kind_forms
        self._kind_of = retriever.entity_kind
        self.evidence = Evidence(brief, retriever)
        self.verdicts = Verdicts(brief, retriever, act_forms, name_spans, said_by)
        self.dates = Dates(brief, retriever, self.verdicts, self.evidence, dates_act, specific_entities)
        self.figures = Figures(brief, retriever, specific_entities, name_spans, self.evidence)
        self.comparisons = Comparisons(brief, retriever, self.evidence, name_spans)
        self.lists = Lists(brief, retriever, specific_entities, self.evidence, self._lead, name_spans)

    # -- what others ask of it ---------------------------------------------------------------------------------------

    def item(self, doc_id: str, role: Role = "best") -> Item:
        return self.evidence.item(doc_id, role)

    def on_date(self, q: Question) -> Answer | None:
        return self.dates.on_date(q)

    def denies(self, q: Question, fact_id: str) -> bool:
        return self.verdicts.denies(q, fact_id)

    def affirms(self, q: Question, fact_id: str) -> bool:
        return self.verdicts.affirms(q, fact_id)

    def opens_with(self, ent_id: str, fact_id: str) -> bool:
        return self.verdicts.opens_with(ent_id, fact_id)

    def states_stems(self, fact_id: str, forms: Set[str]) -> bool:
        return self.verdicts.states_stems(fact_id, forms)

    def names_act_only_as_noun(self, fact_id: str, forms: Set[str]) -> bool:
        return self.verdicts.names_act_only_as_noun(fact_id, forms)

    def purpose_untold(self, q: Question, fact_id: str) -> bool:
        """The question gives its act a purpose (`purpose_stems`: "… to help the port") that the fact does not tell:
        its texts (statement and quotes) hold none of its words (nor a word the brief gives for one), or some but not
        all with no purpose of the fact's own ("to <word>": PURPOSE_CLAUSE) that might say the rest in other words
        ("used to coordinate raids" for "to plan raids"; fresh review 19, M2)."""
        english = self.retriever.english

        def known(word: str) -> bool:
            # a purpose opens with a verb: "moved to Harwich" gives a place gone to, a word with no verb reading
            return english.zipf(word) > 0 and English.may_be(word, "VERB")

        purpose = purpose_stems(q, self._act_forms_of(q), known)
        if not purpose:
            return False
        fact = self.brief.facts[fact_id]
        stated = self.verdicts.stated_stems_of(fact_id) | {
            stem(t) for c in fact.citations for t in words(fold(c.quote))
        }
        told = sum(1 for s in purpose if not self.verdicts.alike(s).isdisjoint(stated))
        if told == len(purpose):
            return False
        texts = (fact.statement, *(c.quote for c in fact.citations))
        return told == 0 or not any(PURPOSE_CLAUSE.search(t) for t in texts)

    # -- per kind --------------------------------------------------------------------------------------------

    def compose(
        self,
        q: Question,
        ranked: list[Hit],
        best: Hit,
        *,
        generic: bool = False,
        attributed: bool = False,
        defining: bool = False,
    ) -> Answer:
        """`attributed`: `best` already holds the words of whom a quote question names (answering.speakers);
        `defining`: `best` says the name asked of is what the question asks it is (Untold.defining), which settles
        a yes/no question before any fact naming it so on the way to something else."""
        if q.kind == "comparison" and q.sides:
            compared = self.comparisons.comparison(q, ranked)
            if compared is not None:
                return compared
        if q.kind == "list":
            return self.lists.answer(q, ranked, best)
        size = next((SUPERLATIVE_SIZES[w] for w in q.words if w in SUPERLATIVE_SIZES), "")
        if (
            size
            and not q.sides
            and q.kind not in ("yes-no", "who")
            and asks_size_of_agreement(q.words)
            and best.id in self.brief.facts
        ):
            # "what's the biggest lease": the largest of every sum the sources give, beside them all (one fact's
            # largest sum would leave unsaid that others were reported)
            figures = self.figures.figures_of(q, ranked, best, size=size)
            if figures is not None:
                return figures
        best = self.comparisons.largest(q, ranked, best)  # "who got the bigger contract": the largest sum
        best = self.dates.latest(q, ranked, best)  # "what's the latest contract": the latest dated
        if q.outlet and best.id in self.brief.entities:  # "which outlet ran the lamp story": a story ran, not an entry
            best = next((h for h in ranked if h.id in self.brief.facts), best)
        if q.kind == "quote" and not attributed:
            best = quoted(self.brief, self.specific_entities, q, ranked, best)
        if q.earliest and best.id in self.brief.facts and q.kind != "where":
            best = self.dates.earliest(q, ranked, best)
        elif q.earliest and best.id in self.brief.facts:
            # "where was the first protest": of the facts naming a place (the decider answers only when one does)
            # and telling of what is asked ("where was the first contract signed": never a protest's place)
            # (and of a year the question names: "where was the first protest in 2019" is none of 2018); read for
            # "where" alone: other questions never use it, and it was a third of the slowest "when … first" ones
            placed = [
                h
                for h in ranked
                if self.places_named(h.id)
                and not self.dates.only_planned(q, h.id)  # a place a protest was planned at is none it was held at
                and self.dates.tells_of_first(q, h.id)
                and (not q.years or (self.brief.facts[h.id].date or "")[:4] in q.years)
            ]
            if q.years:  # which came first within a year named is untold by a fact dated by the year alone
                dated = [self.brief.facts[h.id].date or "" for h in placed]
                placed = [h for h, d in zip(placed, dated, strict=True) if len(d) > len("2019") or len(set(dated)) == 1]
            best = self.dates.earliest(q, placed, placed[0]) if placed else best
        if q.kind == "who" and best.id in self.brief.facts:
            best = self._asked_doer(q, ranked, best)
        if q.kind == "yes-no" and best.id in self.brief.facts and not self._exceeds(q, best.id) and not defining:
            best = self._agreement_of_named(q, ranked, best)
            settled = self._agreement_of_named(q, ranked, self.verdicts.settling(q, ranked, best))
            # "did Harbour keepers want the lease to end": a fact settling it of others ("Ada Lind wanted the lease
            # kept") does not take the lead from the best telling of the keepers asked of (`_doers_untold`)
            doers_of = self._doers_untold
            # nor does one telling no day take it from the best giving one, when a weekday is asked
            # (Decider._holding_weekday: "was the protest on friday" against "on a Monday …")
            dayless = bool(q.weekdays) and not self._names_weekday(settled.id) and self._names_weekday(best.id)
            of_doers = not doers_of(q, self.brief.facts[settled.id]) or doers_of(q, self.brief.facts[best.id])
            # nor one giving no figure from the best giving one, when a bounded count is asked ("did more than 500
            # keepers sign": the count told is the answer, not a fact telling some keepers signed; fresh tester 86)
            counts = [_has_figure(self.brief.facts[h.id].statement) for h in (best, settled)]
            countless = _bounds_figure(q.words) and counts == [True, False]
            if of_doers and not dayless and not countless:
                best = settled
            best = self._mentioning_of_source(q, ranked, best)
        if q.kind in ("why-how", "date") and asks_passive(q.words) and best.id in self.brief.facts:
            # "when was the guild criticized" as "why …": of the one criticized, not a fact of another criticized
            best = self._undergone(q, ranked, best)
        if q.actor and q.premise and best.id in self.brief.facts:
            best = self._reaction(q, ranked, best)
        elif q.kind == "why-how" and asks_outcome(q.words) and best.id in self.brief.facts:
            best = self._outcome(q, ranked, best)
        # (and "was the vigil in 2019", asked of the past with a date: a vigil held then settles it before one only
        # planned for then)
        held_asked = q.kind == "yes-no" and bool(q.on_date) and q.words[:1] in (["was"], ["were"], ["did"])
        if (q.kind == "date" or held_asked) and not q.earliest and best.id in self.brief.facts:
            best = self.dates.held(q, ranked, best)
        if q.kind in PURPOSE_KINDS and asks_purpose(q.words) and best.id in self.brief.facts:
            best = self._purposed(ranked, best)
        if q.kind == "amount" and (generic or lists_sums(" ".join(q.words))) and not counts_several(q):
            # "list the leases with their amounts": every sum given, as "how much is the lease" has them (not "list
            # both leases' amounts": the two counted are asked, each one's sum: `lead`)
            figures = self.figures.figures_of(q, ranked, best)
            if figures is not None:
                return figures
        twin = self._same_figure(q, ranked, best)
        # "when did the $12 million lease start" when two facts give $12 million: which lease is untold, so neither
        # one's earlier step may date it; both lead, as for any other question naming the figure
        earlier = self.dates.linked_earlier(best.id) if q.earliest and twin is None else None
        # "when did the guild start working with the port": an earlier step of the same work the brief links to the
        # best ("since 1998 …" linked to a 1995 deal) leads, as the earliest the sources give (hedged by `_lead`),
        # the best shown beside it; never a later date as if it were when it began
        step = earlier is not None and self.dates.earlier_step(q, best.id, earlier)
        lead_item = self.item(earlier if step and earlier is not None else best.id)
        led = self._lead(q, lead_item, claim_earliest=earlier is None or step, linked_start=step)
        lead, answers, says_yes = led.text, led.answers, led.says_yes
        if led.shown:  # each listed article's own fact giving what was asked, its own words first
            lead_item = self._shown_item(*led.shown[0])
        if q.kind == "why-how" and q.words[:1] == ["why"] and lead == lead_item.statement:
            own = self._reason_in_own_words(lead_item.id)
            lead = lead if own is None else messages.REASON_IN_OWN_WORDS.format(statement=lead, words=own)
        items = [lead_item, *(self._shown_item(fact_id, source) for fact_id, source in led.shown[1:])]
        seen = {best.id, *(i.id for i in items)}
        owned = self._sum_of_another(q, ranked, best) if q.kind == "yes-no" and lead_item.id == best.id else None
        if owned is not None:
            # "did the guild get $5 million for the lamp" against "… the Courier was given $5 million": the sum is
            # another's; the party's own sum, when a fact gives one, says no, else no verdict is given
            lead, own = owned
            answers, says_yes = True, False  # its own verdict ("No: …"), or none (`owned`), in place of the lead
            if own is not None:
                lead_item = self.item(own)
                items = [lead_item, self.item(best.id, "differs")]
                seen.add(own)
        if twin is not None:  # two facts give the figure asked, as near the question: both lead
            figure, other = twin
            told = (lead_item.statement, self.item(other).statement)
            lead = messages.SAME_FIGURE_TWICE.format(figure=figure, a=told[0], b=told[1])
            answers, says_yes = True, False  # both facts giving the figure asked lead, in place of the lead
            items.append(self.item(other, "related"))
            seen.add(other)
        if q.kind == "date" and generic and twin is None and lead_item.id == best.id:
            lead = self._one_of_several(q, ranked, best, lead)
        if earlier is not None:  # shown beside the lead: the best, or the earlier date it no longer claims
            items.append(self.item(best.id if step else earlier, "differs"))
            seen.add(earlier)
        figure_asked = q.kind == "yes-no" and any(w.isdigit() and w not in q.years for w in q.words)
        if (q.kind in ("amount", "count") or figure_asked) and best.id in self.brief.facts:
            # A question that names no particular figure ("how much is the contract?") gets every figure the
            # sources give for it, by date; a particular one (or a yes/no question giving one: "did over 400 …")
            # gets the best and at most two that differ.
            limit = MAX_FIGURES if generic else MAX_DIFFERS
            differing = self.figures.differing(best.id, ranked if not generic else None)
            if q.kind == "count" and not self._leads_curated_count(q, best.id):
                differing = []  # "12 keepers fined" of a fact curated as "over 80 boats seized": its links are of 80
            others = [self.item(o, "differs") for o in differing if self._of_named(q, o)]
            others = sorted(others[:limit], key=lambda i: (i.date or "9999", i.id))
            items += others
            seen.update(i.id for i in others)
        items += self.evidence.related(best, ranked, q, seen)
        note = ""
        past_asked = q.words[:1] in (["was"], ["were"], ["did"], ["had"])
        if (
            (q.kind == "yes-no" or asks_holder_now(q))  # "who is the guild's chief now": said as of the sources' date
            and q.current
            and lead == lead_item.statement
            and not q.on_date
            and not past_asked
        ):
            # "is the guild still working with the port": the closest fact, led with no verdict, is told as of the
            # sources' date in the first line itself (the line repeated on its own), not in a note under it (a
            # question naming its own date, "still … as of May 2019", or asked in the past, "were they still up
            # by Saturday night", asks of then: the note says the rest)
            lead = messages.AS_OF_LEAD.format(date=latest_source_label(lead_item), statement=lead)
            if q.today and q.kind == "yes-no":  # "… today", "… now": whether it holds today, which the articles end
                # before ("who is the guild's chief now" is told the holder as of their date: asks_holder_now)
                lead = self._today_untold(lead_item, lead_item.statement)
                answers = False
        elif self._asks_present_state(q) and lead == lead_item.statement:
            # "what is happening with the guild now": the closest fact's own "now" is its article's, not today's
            ended, of_item = self._sources_end(lead_item)
            lead = messages.NOW_UNTOLD_LEAD.format(latest=ended, date=of_item, statement=lead)
            answers = False
        elif (still := self.still_verdict(q, lead_item, lead)) is not None:
            # "is the guild still a member": its "Yes" or "No" told as of the sources' date in the first line itself
            lead, still_answers = still
            answers = answers and still_answers
        elif q.kind == "yes-no" and q.current:
            note = messages.AS_OF_SOURCES.format(date=latest_source_label(lead_item))
        # "was anyone arrested at the vigil" of arrests told only of another occasion: what the articles tell instead,
        # as a pointer, is no answer to what was asked (as "don't say why; they tell only this" is none)
        untold_there = not answers
        answered = (
            not self._only_reported(q, lead_item) and not (owned is not None and owned[1] is None) and not untold_there
        )
        return Answer(
            question="",
            answered=answered,
            outcome="answered" if answered else "no_match",
            text="",
            kind=q.kind,
            lead=lead,
            note=note,
            items=items,
            says_yes=says_yes,
        )

    @staticmethod
    def _asks_present_state(q: Question) -> bool:
        """A question other than a yes/no one naming the present itself ("what is happening with the guild now",
        "what is the guild doing these days": `Question.today`), not asked in the past nor of a date of its own, nor
        who holds a role now (`asks_holder_now`), nor what something is called now (a word of NAME_WORDS): those are
        told as of the sources' date."""
        past = not {"was", "were", "did", "had"}.isdisjoint(q.words)
        held = asks_holder_now(q) or not NAME_WORDS.isdisjoint(q.words)
        return q.today and q.kind != "yes-no" and not q.on_date and not past and not held

    def still_verdict(self, q: Question, item: Item, lead: str) -> tuple[str, bool] | None:
        """A "Yes" or "No" lead (YES_LEAD, NO_LEAD) to a yes/no question asking whether something still holds ("is
        Lind still the guild's chief", "… anymore", "… now"), said as of the date of `item`'s latest article, which
        cannot tell what holds today (STILL_YES_LEAD, STILL_NO_LEAD); a question naming the present itself ("… now",
        "… today": `Question.today`) gets TODAY_UNTOLD_LEAD, no answer, as one led with no verdict does. Returns the
        lead and whether it answers; None for any other lead or question (asked in the past, "was she still the
        chief in May", or naming its own date asks of then)."""
        past_asked = q.words[:1] in (["was"], ["were"], ["did"], ["had"])
        if q.kind != "yes-no" or not q.current or q.on_date or past_asked:
            return None
        yes, no = messages.YES_LEAD.split("{")[0], messages.NO_LEAD.split("{")[0]
        if not lead.startswith((yes, no)):
            return None
        statement = lead.removeprefix(yes) if lead.startswith(yes) else lead.removeprefix(no)
        if q.today:
            return self._today_untold(item, statement), False
        told = messages.STILL_YES_LEAD if lead.startswith(yes) else messages.STILL_NO_LEAD
        return told.format(date=latest_source_label(item), statement=statement), True

    def _after_sources_lead(self, q: Question, item: Item, statement: str) -> Lead | None:
        """AFTER_SOURCES_AS_OF_LEAD, no answer, for a verdict asked of the one year `q` names when it is after the
        year the articles end in ("is Lind still the chief in 2030"): no article can tell of it, so "they tell of it
        in 2019" (OTHER_YEAR_LEAD) would read as a year of theirs told otherwise; what they tell follows, as of the
        date of `item`'s latest article. None for a year of theirs, or earlier."""
        ended, told = self._sources_end(item)
        latest = max((src.published or "" for src in self.brief.sources.values()), default="")[:4]
        year = next(iter(q.years))
        if not latest or year <= latest:
            return None
        lead = messages.AFTER_SOURCES_AS_OF_LEAD.format(latest=ended, year=year, date=told, statement=statement)
        return Lead(lead, answers=False)

    def _today_untold(self, item: Item, statement: str) -> str:
        """TODAY_UNTOLD_LEAD: the articles' latest date, that they cannot tell what holds today, and `statement` as of
        the date of `item`'s latest article ("is the guild still working with the port today")."""
        ended, told = self._sources_end(item)
        return messages.TODAY_UNTOLD_LEAD.format(latest=ended, date=told, statement=statement)

    def _sources_end(self, item: Item) -> tuple[str, str]:
        """The date the articles end in (their latest's, "September 2019") and the date of `item`'s latest article."""
        latest = max((src.published or "" for src in self.brief.sources.values()), default="")
        told = latest_source_label(item)
        return (date_label(latest) if latest else told), told

    def _shown_item(self, fact_id: str, source: str) -> Item:
        """The fact's item with the citation of the article `source` first: the words shown under an article listed
        are its own, not another article's citing the same fact."""
        item = self.item(fact_id)
        own = [c for c in item.citations if c.source_id == source]
        if own and item.citations[0].source_id != source:
            return replace(item, citations=[own[0], *(c for c in item.citations if c is not own[0])])
        if not own and (ref := next((r for r in self.brief.facts[fact_id].citations if r.source == source), None)):
            return replace(item, citations=[self.brief.citation(fact_id, ref), *item.citations[:1]])
        return item

    def _agreement_of_named(self, q: Question, ranked: list[Hit], best: Hit) -> Hit:
        """A yes/no question of an agreement ("did the port end the lease": AGREEMENTS) is of the parties it names
        and the brief's own subject (not a specific entity: `specific_entities`); a best fact involving another
        person or organization (ACTOR_KINDS: "Lindco decided to keep its lease with the port") gives way to a
        candidate about as good (NEAR_BEST of its score, as much of the question covered) involving none (fresh
        questions, yn28: "did the port end the lease" led with Lindco's lease with the port)."""
        if AGREEMENTS.isdisjoint(q.words):
            return best

        def others(fact_id: str) -> bool:
            fact = self.brief.facts.get(fact_id)
            return fact is None or any(
                e in self.specific_entities and e not in q.entities and self._kind_of(e) in ACTOR_KINDS
                for e in fact.entities
            )

        if not others(best.id):
            return best
        return next(
            (
                h
                for h in ranked[:SUM_SAID_CANDIDATES]
                if h.score >= NEAR_BEST * best.score and h.coverage >= best.coverage and not others(h.id)
            ),
            best,
        )

    def _one_of_several(self, q: Question, ranked: list[Hit], best: Hit, lead: str) -> str:
        """ "When did the lease start" when the sources give several leases by their sums and the question names none:
        the lead's date is of the one its fact gives the sum of, which the lead says, with the others' sums (as "how
        much was the lease" lists them all). Sums stated as totals over several are no other lease."""
        if len(q.words) < 4 or q.words[0] != "when" or q.words[1] not in AUXILIARIES:
            return lead  # "when did <the lease> <start>": the thing asked of, then the act its date is asked of
        act = {q.words[-1], stem(q.words[-1])}  # its act singles out the fact telling of it, not one lease of several
        thing = replace(
            q,
            words=q.words[2:-1],
            terms=[t for t in q.terms if t not in act],
            search=[t for t in q.search if t not in act],
            leftover=[t for t in q.leftover if t not in act],
        )
        listed = self.figures.several(thing, ranked, best)
        if listed is None or best.id not in self.brief.facts:
            return lead
        own = [new for fact_id, new, _ in listed if fact_id == best.id]
        others = [
            f"{' and '.join(new)} ({self.figures.where(fact_id)})"
            for fact_id, new, total in listed
            if fact_id != best.id and not total
        ]
        if len(own) != 1 or len(own[0]) != 1 or not others:
            return lead
        return messages.ONE_OF_SEVERAL.format(lead=lead, figure=own[0][0], others="; ".join(others[:MAX_FIGURES]))

    def _leads_curated_count(self, q: Question, fact_id: str) -> bool:
        """The count the lead gives (`Figures.asked_figure`) is the fact's curated figure, or the fact has none or the
        lead gives no number: the brief's `differs` links are between curated figures, so a fact giving two counts
        ("seized more than 80 boats … led to 12 fines") links others to the one it is curated with, which
        are no other figures for the second."""
        fact = self.brief.facts[fact_id]
        if fact.figure is None or fact.figure.measure != "count":
            return True
        given = (self.figures.asked_figure(q, fact.statement) or "").replace(",", "")
        told = [float(n) for n in re.findall(r"\d+(?:\.\d+)?", given)]
        return not told or fact.figure.value in told

    def _of_named(self, q: Question, fact_id: str) -> bool:
        """The fact involves or names every specific entity the question names ("how much was the Lantern lease"):
        a figure the brief links as differing, of a fact that never names Lantern, is no competing figure for it
        (the link says only that the two may be one, which no article says)."""
        fact = self.brief.facts.get(fact_id)
        if fact is None:
            return True
        named = {e for e in q.entities if e in self.specific_entities}
        if not named:
            return True
        told = set(fact.entities) | {e for _, _, e in self._name_spans(words(fact.statement))}
        return named <= told

    def _same_figure(self, q: Question, ranked: list[Hit], best: Hit) -> tuple[str, str] | None:
        """(the figure as the best states it, the other fact's id) when the question names a figure ("what's the
        $12 million lease") that the best fact's `figure` gives and so does another fact of the same kind among the
        SAME_FIGURE_CANDIDATES best candidates, as near the question (as much of it covered, a score at least
        SAME_FIGURE_NEAR of the best's): nothing in the question tells the two apart, so neither may lead alone.
        None otherwise, and for kinds answered by their own rules (yes/no, comparison, list, quote)."""
        if q.kind in ("yes-no", "comparison", "list", "quote"):
            return None
        fact = self.brief.facts.get(best.id)
        if fact is None or fact.figure is None or self._figure_named(q, best.id) is None:
            return None
        for hit in ranked[:SAME_FIGURE_CANDIDATES]:
            other = self.brief.facts.get(hit.id)
            if (
                other is not None
                and other.id != fact.id
                and other.kind == fact.kind
                and other.figure is not None
                and (other.figure.measure, other.figure.value) == (fact.figure.measure, fact.figure.value)
                and hit.coverage >= best.coverage
                and hit.score >= SAME_FIGURE_NEAR * best.score
            ):
                return self._figure_named(q, best.id) or "", other.id
        return None

    def _figure_named(self, q: Question, fact_id: str) -> str | None:
        """The fact's `figure` as its statement shows it ("$39 million") when the question names it ("the 39m
        lease", "the $39 million lease"), else None."""
        fact = self.brief.facts.get(fact_id)
        if fact is None or fact.figure is None:
            return None
        # (a fact's `figure` value is written out: "21 million" is 21,000,000)
        asked = {v for n, scale in scaled_figures(q.words) if (v := sum_value(n, scale)) is not None}
        asked |= {float(w) for w in q.words if w.isdigit() and w not in q.years}
        if fact.figure.value not in asked:
            return None
        shown = AMOUNT.search(fact.statement) if fact.figure.measure == "money" else None
        return shown.group(0) if shown is not None else f"{fact.figure.value:,.0f}"

    def _exceeds(self, q: Question, fact_id: str) -> bool:
        """The fact gives a larger sum than the one a yes/no question bounds (decide.figures.exceeds): the decider's
        pick for "did the guild get more than $5 million", which the candidates closer to its other words (none
        giving a sum) do not settle."""
        return bool(exceeds(q.words, words(fold(self.brief.facts[fact_id].statement))))

    def _only_tried(self, q: Question, fact: FactData) -> bool:
        """The fact's statement states the act a yes/no question asks (`act_forms`) only right after an attempt
        ("tried to deliver", "attempted to"): "did the keepers deliver the petition" against "keepers tried to
        deliver a petition" tells no delivery, nor that there was none (a "No" from what followed came before)."""
        forms = self._act_forms_of(q)
        tokens = words(fold(fact.statement))
        tried = [j + 2 for j, t in enumerate(tokens) if t in ATTEMPTS and tokens[j + 1 : j + 2] == ["to"]]
        acted = [j for j, t in enumerate(tokens) if stem(t) in forms]
        return bool(acted) and set(acted) <= set(tried)

    def _asked_doer(self, q: Question, ranked: list[Hit], best: Hit) -> Hit:
        """ "Who did the Harbour keepers give the letter to": a who-question opening with its auxiliary and a name
        doing the act, ending on a preposition (whom it was done to or with is asked), is answered by a fact telling
        that one doing it (its main clause opens with them, `Verdicts.opens_with`); a candidate about as good
        (NEAR_BEST) that does leads over a best merely naming them ("the Gazette's letter pointed out that Harbour
        keepers had protested")."""
        if q.words[:1] != ["who"] or q.words[1:2] == [] or q.words[1] not in AUXILIARIES or q.words[-1] not in STRANDED:
            return best
        actor = self.verdicts.opening_actor(q.words)
        if actor is None or self.verdicts.opens_with(actor, best.id):
            return best
        return next(
            (
                h
                for h in ranked[1:SETTLE_CANDIDATES]
                if h.id in self.brief.facts
                and h.score >= NEAR_BEST * best.score
                and self.verdicts.opens_with(actor, h.id)
            ),
            best,
        )

    def _reply_untold(self, q: Question, fact: FactData) -> bool:
        """A yes/no question asking whether a named one spoke to one of the brief's own outlets ("did the guild
        respond to the Gazette": `asks_whether_spoke`, `q.sources`) against a fact of that outlet that neither opens
        with them (telling what they said) nor says no (their silence, `Verdicts.denies`): it tells something else
        the outlet reported, no reply."""
        if not q.sources or not asks_whether_spoke(q.words):
            return False
        actor = self.verdicts.opening_actor(q.words)
        if actor is None or self.verdicts.opens_with(actor, fact.id):
            return False
        return not self.verdicts.denies(q, fact.id)

    def _sum_of_another(self, q: Question, ranked: list[Hit], best: Hit) -> tuple[str, str | None] | None:
        """A yes/no question giving a sum as one party's that the best fact gives as another's (Verdicts.figure_owner):
        the lead, and the id of the fact it rests on when one of the first SETTLE_CANDIDATES (of `ranked`, else of
        the question's own search), of every other party and thing the question names, gives a sum as the asked
        party's (a "No" with the party's own sum: the fact naming the other leads only as differing), else None (no
        verdict: the sum told is another's). None when the sum is not another's."""
        fact = self.brief.facts.get(best.id)
        owned = self.verdicts.figure_owner(q, fact) if fact is not None else None
        if owned is None:
            return None
        party, owner, figure = owned
        names = self.brief.entities
        others = {e for e in q.entities if e != party} - q.scene_entities
        own = next(
            (
                h.id
                # the question's own search, not only the decided candidates: those give the asked sum, which the
                # party's own fact does not
                for h in [*ranked[:SETTLE_CANDIDATES], *self.retriever.rank(q)[:SETTLE_CANDIDATES]]
                if h.id != best.id
                and (told := self.brief.facts.get(h.id)) is not None
                and {party, *others} <= set(told.entities)
                and self.verdicts.owns_a_sum(party, told)
            ),
            None,
        )
        if own is not None and self.verdicts.gives_figure(party, self.brief.facts[own], figure):
            return None  # the party's own fact gives the very sum: it is not another's alone (fresh review 19, H2)
        if own is None:
            lead = messages.SUM_OF_ANOTHER_LEAD.format(
                sum=figure, owner=names[owner].name, name=names[party].name, statement=fact.statement if fact else ""
            )
            return lead, None
        statement = self.item(own).statement
        lead = messages.SUM_OF_ANOTHER_NO_LEAD.format(
            sum=figure, owner=names[owner].name, name=names[party].name, statement=statement
        )
        return lead, own

    def _request_untold(self, q: Question, fact: FactData) -> bool:
        """A yes/no question asking what someone wanted or asked for, by "want" or a request verb (REQUEST_VERBS)
        and, within WANTED_REACH words after it, "to" and a verb ("did the keepers want the guild to drop the
        lease"), whose verb's stem, or a word the brief gives for it, the statement of a fact telling a request (a
        REQUEST_VERBS word other than a wish's) lacks: what it tells was asked for is something else."""
        tokens = q.words
        for i, t in enumerate(tokens):
            if t not in WANTING and t not in REQUEST_VERBS:
                continue
            after = tokens[i + 1 : i + 2 + WANTED_REACH]
            if "to" not in after or after.index("to") + 1 >= len(after):
                continue
            verb = after[after.index("to") + 1]
            if verb in STOPWORDS:
                return False
            if _light(verb):
                # "want the profits to go to charity": the verb says little, what was wanted is in the words around it
                to_at = i + 1 + after.index("to")
                return not self._wish_told(q.words[i + 1 : to_at], q.words[to_at + 2 :], fact)
            # only against a fact telling a request ("asked the guild to give …"): one of a wish ("Lind wanted the
            # lease kept") may be another's, which the verdict's other checks weigh
            told = words(fold(fact.statement))
            if (REQUEST_VERBS - WANTING).isdisjoint(told):
                return False
            stated = self.verdicts.stated_stems_of(fact.id)
            if stem(verb) in ENDING_ACTS and not ENDING_ACTS.isdisjoint(stated):
                return False  # "ask them to drop it" told as "urged them to stop hosting it": an end, in other words
            return self.verdicts.alike(stem(verb)).isdisjoint(stated)
        return False

    def _wish_granted(self, q: Question, fact: FactData) -> bool:
        """A yes/no question in the past asking whether someone wanted or asked for a thing ("did the keepers want
        the profits to go to charity"), of a fact whose statement or a quote tells a request (a REQUEST_VERBS word
        other than a wish's) made by them (every content word naming who wanted it within ASKER_REACH words before
        the request) and the thing wanted in its words (`_wish_told`: a light verb's words around it, any other
        verb as well): a request states the want of whoever makes it, never of another ("did the guild want …" of
        a request made to it)."""
        tokens = q.words
        if q.current or not asks_past(tokens) or not NEGATION.isdisjoint(tokens):
            return False
        at = next((i for i, t in enumerate(tokens) if t in REQUEST_VERBS), None)
        if at is None:
            return False
        after = tokens[at + 1 : at + 2 + WANTED_REACH]
        if "to" not in after or after.index("to") + 1 >= len(after):
            return False
        to_at = at + 1 + after.index("to")
        verb = tokens[to_at + 1]
        wanted = tokens[at + 1 : to_at] + ([] if _light(verb) else [verb])
        askers = [t for t in tokens[1:at] if t not in STOPWORDS]
        if not askers or not self._wish_told(wanted, tokens[to_at + 2 :], fact):
            return False
        requests = REQUEST_VERBS - WANTING
        # the names asked between the request and its "to" are whom it was made to ("urge Lind to stop")
        urged = {e for start, _, e in self._name_spans(tokens) if at < start < to_at}
        return any(
            all(
                not self.verdicts.alike(stem(w)).isdisjoint(stem(t) for t in text[max(0, j - ASKER_REACH) : j])
                for w in askers
            )
            and self._urged_as_told(text, j, urged)
            for text in (words(fold(t)) for t in [fact.statement, *(c.quote for c in fact.citations)])
            for j, t in enumerate(text)
            if t in requests
        )

    def _topic_untold(self, q: Question, fact: FactData) -> bool:
        """A yes/no question asking what something was about ("was the vigil about the port": the names after
        "about", the question opening with a form of "be" (TOPIC_OPENINGS) and no adjective before "about") of a
        fact neither of whose entities nor words (statement and quotes) name one of them: it tells the thing, not
        that it was about that. General English: "about" names a topic, which the answer must name."""
        about = [k for k, t in enumerate(q.words) if t == "about"]
        if not about or q.words[0] not in TOPIC_OPENINGS or _adjective(q.words[about[0] - 1]):
            return False  # "are the keepers unhappy about the port": a feeling, not what a thing was about
        asked = {e for start, _, e in self._name_spans(q.words) if start > about[0]} - q.scene_entities
        told = set(fact.entities) | {
            e
            for text in [fact.statement, *(c.quote for c in fact.citations)]
            for _, _, e in self._name_spans(words(fold(text)))
        }
        return bool(asked - told)

    def _written_by_other(self, q: Question, fact: FactData) -> bool:
        """A yes/no question asking whether someone wrote a thing ("did Lind write a letter": `thing_written`) of a
        fact telling another thing written (`writes_another_thing`: "Lind wrote an essay"), or naming the ones asked
        before the verb only as the outlet that ran the piece (`piece_named_by`: "in a Gazette op-ed, Lind argued"
        for "did the Gazette write an op-ed"): it tells no such writing of them."""
        thing = thing_written(q.words)
        if thing is None:
            return False
        told = words(fold(fact.statement))
        if writes_another_thing(q.words, told, [w for c in fact.citations for w in words(fold(c.quote))]):
            return True
        verb = next(j for j in range(len(q.words)) if writes_a_thing(q.words, j))
        spans = [q.words[start:end] for start, end, _ in self._name_spans(q.words) if end <= verb]
        names = [span[1:] if span[0] == "the" else span for span in spans]  # ("the Gazette": its name, "gazette")
        return bool(names) and all(piece_named_by(told, thing, name) for name in names)

    def _others_occasion(self, q: Question, fact: FactData) -> bool:
        """A yes/no question asking of events by "the" and a noun the fact is filed under ("at the protests" of
        `topics: [protests]`), naming no one but the brief's own subject (its ubiquitous entities), of a fact
        involving none of the subject's entities: "the protests", said with no other name, are the subject's own
        (the rule Occasions follows for where-questions), and the fact tells of others' events."""
        ubiquitous = self.retriever.ubiquitous
        if any(not ubiquitous(e) for e in q.entities) or any(ubiquitous(e) for e in fact.entities):
            return False
        filed = {singular(w) for topic in fact.topics for w in words(fold(topic))}
        return any(before == "the" and singular(t) in filed for before, t in zip(q.words, q.words[1:], strict=False))

    def _urged_otherwise(self, q: Question, fact: FactData) -> bool:
        """A yes/no question asking whether a request was made to someone named ("did the keepers urge Lind to stop":
        the names between a REQUEST_VERBS word and its "to") of a fact whose statement or quotes tell requests (a
        REQUEST_VERBS word other than a wish's) none of them made to those names (`_urged_as_told`)."""
        tokens = q.words
        at = next((i for i, t in enumerate(tokens) if t in REQUEST_VERBS - WANTING), None)
        if at is None or "to" not in tokens[at + 1 : at + 2 + WANTED_REACH]:
            return False
        to_at = at + 1 + tokens[at + 1 : at + 2 + WANTED_REACH].index("to")
        urged = {e for start, _, e in self._name_spans(tokens) if at < start < to_at}
        told = [
            (text, j)
            for text in (words(fold(t)) for t in [fact.statement, *(c.quote for c in fact.citations)])
            for j, t in enumerate(text)
            if t in REQUEST_VERBS - WANTING
        ]
        return bool(urged and told) and not any(self._urged_as_told(text, j, urged) for text, j in told)

    def _urged_as_told(self, text: list[str], j: int, urged: Set[str]) -> bool:
        """Every name of `urged` (entity ids) stands in `text` (words) between its request at `j` and that request's
        "to" (within WANTED_REACH words): whom it was made to; where no name stands there, a word of what the
        glossary says each is (`_kind_words`: "the company") does. General English: "asked the host to stop hosting
        Lind" urged the host, and Lind is only the object of the act asked (task ov14: "did <workers> urge <firm>
        to stop" was answered "Yes" by "<workers> urged <host> to stop hosting <firm>")."""
        if not urged:
            return True
        reach = text[j + 1 : j + 2 + WANTED_REACH]
        end = j + 1 + reach.index("to") if "to" in reach else j + 1
        span = text[j + 1 : end]
        named = {e for _, _, e in self._name_spans(span)}
        if named:
            return urged <= named
        # unnamed, the words the glossary gives for what it is stand for it: "asked the company to …"
        told = {stem(t) for t in span if t not in STOPWORDS}
        return all(
            e in self.brief.entities
            and not told.isdisjoint(stem(t) for t in _kind_words(self.brief.entities[e].description))
            for e in urged
        )

    def _wish_told(self, before: list[str], after: list[str], fact: FactData) -> bool:
        """Whether a fact telling a request tells the wish worded around a light verb (LIGHT_VERBS), `before` it
        ("want the profits to go …") and `after` it ("… to charity"): each content word before it is stated, or
        a word the brief gives for it, in its statement or quotes; each after it is, within WISH_REACH words after
        the same preposition ("asking … to redirect profits … to a nonprofit charity"), so that "the profits to go
        to the police" is not told by a request naming the police elsewhere; none to weigh is no wish told."""
        stated = self.retriever.stated_stems(fact.id)
        texts = [words(fold(t)) for t in [fact.statement, *(c.quote for c in fact.citations)]]

        def told(w: str) -> bool:
            return not self.verdicts.alike(stem(w)).isdisjoint(stated)

        def told_after(preposition: str, w: str) -> bool:
            alike = self.verdicts.alike(stem(w))
            return any(
                not alike.isdisjoint(stem(t) for t in text[k + 1 : k + 1 + WISH_REACH])
                for text in texts
                for k, t in enumerate(text)
                if t == preposition
            )

        content = [w for w in before if w not in STOPWORDS]
        if not all(told(w) for w in content):
            return False
        preposition = ""
        for w in after:
            if w in VERB_PREPOSITIONS:
                preposition = w
            elif w not in STOPWORDS:
                content.append(w)
                if not (told_after(preposition, w) if preposition else told(w)):
                    return False
        return bool(content)

    def _names_weekday(self, fact_id: str) -> bool:
        """The fact's statement names a day of the week ("on a Monday in May 2019")."""
        fact = self.brief.facts.get(fact_id)
        return fact is not None and not WEEKDAYS.isdisjoint(words(fold(fact.statement)))

    def _related_in_other_words(self, q: Question, fact: FactData) -> bool:
        """A yes/no question whose act is one of the most general (GENERAL_ACTS: "did the guild use the Courier")
        of two or more parties that the fact's statement names every one of (`states_entity`), telling a way of
        using (USING_KINDS; for "work with", a dealing too, DEALING_KINDS): that act in other words ("the guild's files
        are hosted on the Courier's servers")."""
        forms = self._act_forms_of(q)
        named = [e for e in q.entities if e not in q.scene_entities]
        if not forms or not forms <= GENERAL_ACTS or len(named) < 2:
            return False
        stated = {stem(t) for t in words(fold(fact.statement))}
        if (USING_KINDS | DEALING_KINDS if forms & WORKING else USING_KINDS).isdisjoint(stated):
            return False
        return all(states_entity(self.brief.entities[e], stated) for e in named)

    def _dealt_with(self, q: Question, fact: FactData) -> bool:
        """A yes/no question asking whether one party worked with another ("did the guild work with the
        port") of a fact told in other words (`_related_in_other_words`) by a dealing (DEALING_KINDS: selling,
        supplying) and opening with the party asked of (`Verdicts.opens_with`): a way of working with it, done by that
        party. Not "work for" (being employed is no dealing), nor a fact whose main clause is another's (a protest
        "over the Courier hosting the guild's maps")."""
        worked_with = any(stem(a) in WORKING and b == "with" for a, b in itertools.pairwise(q.words))
        actor = self.verdicts.opening_actor(q.words)
        if not worked_with or actor is None:
            return False
        dealt = [t for t in words(fold(fact.statement.split(";")[0])) if stem(t) in DEALING_KINDS]
        return bool(dealt) and self.verdicts.opens_with(actor, fact.id)

    def _outcome_in_other_words(self, q: Question, fact: FactData) -> bool:
        """A yes/no question asking what something led to (`outcome_stems`: "did the Gazette say the raid led to 35
        arrests") whose fact's statement states that outcome, every number the question gives (dates aside) and every
        person or organization it names (`states_entity`), only not by the question's verb ("helped the port carry
        out the arrests of 35 keepers"): the same outcome in other words, which "don't say that" would deny (blind
        set BK)."""
        outcome = outcome_stems(q)
        stated = {stem(t) for t in words(fold(fact.statement))}
        if not outcome or not outcome <= stated:
            return False
        told = set(words(fold(fact.statement)))
        if any(t.isdigit() and t not in q.date_words and t not in told for t in q.words):
            return False
        named = [e for e in q.entities if e not in q.scene_entities and self._kind_of(e) in ACTOR_KINDS]
        return all(states_entity(self.brief.entities[e], stated) for e in named)

    def _outcome_counted(self, q: Question, fact: FactData, outcome: Set[str]) -> bool:
        """A yes/no question asking whether something led to an outcome and giving no number ("did the raid lead to
        any arrests": `outcome_stems`) whose fact's statement gives a count above zero of every outcome word ("35
        arrests": Retriever.counts), and tells of what led to it: every word before the outcome's verb, stop words and
        years aside, is of a name the fact involves or among the fact's stems (its keywords too). A count of another
        raid's arrests is no "Yes"."""
        if any(t.isdigit() and t not in q.years for t in q.words):
            return False  # "did it lead to 50 arrests": a count asked, which COUNT_NOT_GIVEN_LEAD reads
        verb = next((k for k, t in enumerate(q.words) if t in OUTCOME_VERBS), None)
        if verb is None:
            return False
        undated = without_dates(fact.statement)
        if any(re.search(rf"\b(?:0|no|zero|none of the) \w*\s?{re.escape(s)}", fold(undated)) for s in outcome):
            return False
        if not all(self.retriever.counts(undated, s) for s in outcome):
            return False
        named = {i for start, end, e in self._name_spans(q.words) if e in fact.entities for i in range(start, end)}
        have = self.retriever.index.doc_stems(fact.id)
        return all(
            stem(t) in have
            for k, t in enumerate(q.words[1:verb], start=1)
            if k not in named and t not in STOPWORDS and t not in q.years
        )

    def _target_untold(self, q: Question, fact: FactData) -> str:
        """The name of a person or organization the question names right after "against" ("protests against the
        guild") or right before a word for a gathering (EVENT_NOUNS: "was the guild protest in Eastport", whose
        target or holder the name says) that the fact neither involves nor names in its statement (`states_entity`):
        whatever it tells was against something else, or another's. "" otherwise. Only a target: a name used as
        another modifier ("the guild's sheds", "unhappy about the port") may be told of in other words."""
        stated = {stem(t) for t in words(fold(fact.statement))}
        for start, end, ent_id in self._name_spans(q.words):
            targets = q.words[start - 1 : start] == ["against"] or q.words[end : end + 1] in ([n] for n in EVENT_NOUNS)
            if not targets or ent_id in fact.entities:
                continue
            if self._kind_of(ent_id) in ACTOR_KINDS and not states_entity(self.brief.entities[ent_id], stated):
                return self.brief.entities[ent_id].name
        return ""

    def _doers_untold(self, q: Question, fact: FactData) -> str:
        """The people a yes/no question opens with as its subject, by a noun for people (PERSON_NOUNS) after its
        auxiliary, "the" and a name saying whose they are ("did Harbour keepers sign the petition": "Harbour
        keepers"), when the fact's statement has no word for them (the noun, singular or plural, or a word the brief
        gives for it): it tells of others doing what it tells, or of no one. "" otherwise."""
        tokens = q.words
        if tokens[:1] == [] or tokens[0] not in AUXILIARIES:
            return ""
        at = 1 + (tokens[1:2] == ["the"])
        # only of people a name says whose they are: "did activists shut down a store" may ask of a group the fact
        # names ("the Lantern collective occupied …"), whose kind of people no word of the fact says
        owner, end = next(((e, end) for start, end, e in self._name_spans(tokens) if start == at), (None, at))
        noun = tokens[end] if end < len(tokens) else ""
        if owner is None or noun not in PERSON_NOUNS or tokens[end + 1 : end + 2] == ["of"]:
            return ""
        told = words(fold(fact.statement))
        synonyms = self.brief.meta.synonyms  # either way: "staff" is given for "employees"
        alike = {singular(w) for w in (noun, *synonyms.get(noun, ()), *(k for k, v in synonyms.items() if noun in v))}
        alike |= {singular(w) for w in role_of(noun) or ()}  # "Harbour workers" are told of as its "employees"
        if singular(noun) in GENERIC_PERSONS:
            alike |= {singular(w) for w in PERSON_NOUNS}  # "Harbour people": its employees, members … (task yn36)
        if not alike.isdisjoint(singular(t) for t in told):
            return ""
        return f"{self.brief.entities[owner].name} {noun}"

    def _thing_untold(self, q: Question, fact: FactData) -> str:
        """The subject of "did <subject> <act> <object>" (`closing_object`: "did the flyer target the Courier"), as
        asked, when it names nothing (no name in it, the question's names elsewhere) and the fact's statement has no
        word for its head noun, the last word before the act (the noun, singular or plural, or a word the brief
        gives for it), nor does what the glossary's description of a party the fact involves says it is
        (`_kind_words`: "the company" for a company it names): the fact tells of another doer ("marches aimed at …
        the Courier" tell nothing the flyer did). "" otherwise."""
        shape = closing_object(q, self._name_spans(q.words))
        if shape is None:
            return ""
        act, _ = shape
        subject = q.words[1:act]
        head = subject[-1] if subject else ""
        if not head or head in STOPWORDS or is_year(head) or any(k in q.named_at for k in range(1, act)):
            return ""
        alike = self.verdicts.alike(stem(head)) | self.verdicts.alike(stem(singular(head)))
        told = {stem(t) for t in words(fold(fact.statement))} | {stem(singular(t)) for t in words(fold(fact.statement))}
        described = {
            stem(singular(t))
            for e in fact.entities
            if e in self.brief.entities
            for t in _kind_words(self.brief.entities[e].description)
        }
        if not alike.isdisjoint(told) or stem(singular(head)) in described:
            return ""
        return " ".join(subject)

    def _object_untold(self, q: Question, fact: FactData) -> bool:
        """ "Did <subject> <act> <name>" (`closing_object`: "did the keepers picket the guild") against a fact
        stating the act's word (its stem, but not as a passive: "the guild was picketed by …") and naming the one
        asked only before it each time ("a letter to the guild said keepers elsewhere had picketed"): the act is
        told done to another or to no one named, not to the one asked."""
        shape = closing_object(q, self._name_spans(q.words))
        if shape is None:
            return False
        act, start = shape
        ent_id = next((e for a, _, e in self._name_spans(q.words) if a == start), None)
        if ent_id is None or ent_id not in self.brief.entities:
            return False
        tokens = words(fold(fact.statement))
        acted = stem(q.words[act])
        at = [j for j, t in enumerate(tokens) if stem(t) == acted]
        if not at or any(tokens[j - 1 : j] and tokens[j - 1] in BEING for j in at):
            return False
        if any(tokens[j + 1 : j + 2] and tokens[j + 1] in CALLED_PRONOUNS for j in at):
            return False  # "the guild sells its maps to the port, which uses it": done to it, named before
        entity = self.brief.entities[ent_id]
        names = [said for name in (entity.name, *entity.aliases) if (said := words(fold(name)))]
        mentions = [
            i for said in names for i in range(len(tokens) - len(said) + 1) if tokens[i : i + len(said)] == said
        ]
        return bool(mentions) and max(mentions) < min(at)

    def _undergone(self, q: Question, ranked: list[Hit], best: Hit) -> Hit:
        """ "Why was the guild criticized": the question's named subject undergoes the act, so a candidate about as
        good as the best whose main clause opens with that subject ("the guild came under criticism …") leads over
        one about another ("the harbour was facing criticism for its deals with the guild")."""
        named = [e for e in q.entities if e not in q.scene_entities]
        if len(named) != 1 or not self._named_subject_undergoes(q):
            return best
        entity = self.brief.entities[named[0]]
        firsts = {stem(said[0]) for name in (entity.name, *entity.aliases) if (said := words(name))}
        features = self.retriever.features
        forms = self._act_forms_of(q)
        if forms and not self.states_stems(best.id, forms):
            # "why was the keeper criticized": "the keeper had attacked the guild" (keywords: "criticized the guild")
            # tells of the keeper acting; a candidate as good stating the act itself leads
            stating = next(
                (
                    h
                    for h in ranked[1:SETTLE_CANDIDATES]
                    if h.id in self.brief.facts
                    and h.score >= NEAR_BEST * best.score
                    and h.coverage >= best.coverage
                    and self.states_stems(h.id, forms)
                ),
                None,
            )
            if stating is not None:
                return stating
        if not firsts.isdisjoint(features(best.id).opening):
            return best
        if q.kind == "date" and self._participle_told(q, best.id):
            return best  # "when was the keeper confronted": "crews confronted the keeper" tells it done to them
        return next(
            (
                h
                for h in ranked[1:SETTLE_CANDIDATES]
                if h.id in self.brief.facts
                and h.score >= NEAR_BEST * best.score
                and h.coverage >= best.coverage
                and not firsts.isdisjoint(features(h.id).opening)
            ),
            best,
        )

    def _participle_told(self, q: Question, fact_id: str) -> bool:
        """The fact's statement has the passive question's participle as typed ("confronted"): a verb whose object
        may be the one asked of, where a noun of the act ("criticism") is undergone by the clause's subject."""
        participles = {t for t in q.words if t.endswith("ed") or t in PAST}
        return not participles.isdisjoint(words(fold(self.brief.facts[fact_id].statement)))

    @staticmethod
    def _named_subject_undergoes(q: Question) -> bool:
        """The passive's subject is a name alone: after the auxiliary, the name's words ("the"), then "get" or the
        participle ("why did the guild get criticized", "why was the guild criticized"; not "how were guild
        officers told …", whose subject is the officers)."""
        aux = next((i for i, t in enumerate(q.words) if t in AUXILIARIES), None)
        if aux is None:
            return False
        end = aux + 1
        while end < len(q.words) and (end in q.named_at or q.words[end] in ("the", "a", "an")):
            end += 1
        if end == aux + 1 or end >= len(q.words) or not q.named_at & set(range(aux + 1, end)):
            return False
        if q.words[end] in ASPECT_VERBS and end + 1 < len(q.words):
            end += 1  # "when did the guild start getting criticized": the passive after a verb of starting
        after = q.words[end]
        return after in GET_FORMS or after in ("being", "been") or after.endswith("ed") or after in PAST

    def _reaction(self, q: Question, ranked: list[Hit], best: Hit) -> Hit:
        """ "What did the keepers do when the guild locked the gate": the best fact often tells the premise (the
        locking), as it holds the question's own words; what followed is a fact the brief links to it (`related`)
        that tells what was done in answer (features.REACTION) by the question's actor as its subject. That fact,
        when one of the near candidates, leads; else the best stays."""
        features = self.retriever.features
        best_features = features(best.id)
        if best_features.reaction and not q.actor.isdisjoint(best_features.opening):
            return best
        fact = self.brief.facts.get(best.id)
        answered = fact is not None and answered_undergone(fact.statement, q.premise)
        if answered and self.retriever.touches_premise(best.id, q):
            return best  # "she asked for a meeting and was told to leave": the premise and the answer to it
        linked = set(self.brief.related.get(best.id, ()))
        # the premise may be told by another near candidate than the best ("when the organizer said they would not
        # leave": the fact saying so, not the best about the whole action): what it links to followed it too
        told = max(
            ranked[:REACTION_CANDIDATES],
            key=lambda h: len(q.premise & self.retriever.stated_stems(h.id)) if h.id in self.brief.facts else -1,
        )
        linked |= set(self.brief.related.get(told.id, ()))
        followed = [
            h
            for h in ranked[:REACTION_CANDIDATES]
            if h.id in linked
            and h.score >= REACTION_SHARE * best.score
            and (f := features(h.id)).reaction
            and not q.actor.isdisjoint(f.opening)
        ]
        return max(followed, key=lambda h: h.score) if followed else best

    def _reason_in_own_words(self, fact_id: str) -> str | None:
        """ "Why did the guild occupy the quay" of a fact giving its spokesperson's account ("According to Ada Lind,
        … to draw attention to …") whose quote is her own words ("“… We used that day to expose …”"): the sentence
        of those words that gives the purpose (PURPOSE_CLAUSE), which the statement tells in the brief's words;
        None for any other fact (a quote reporting words, "A source told …", is no one's own words). People repeat
        a reason in the words its giver used (blind set BO: "to expose the relationship" had become "ties")."""
        fact = self.brief.facts.get(fact_id)
        if fact is None or not fact.citations or not fact.statement.startswith(ACCOUNT_OPENING):
            return None
        quote = fact.citations[0].quote.strip()
        if quote[:1] not in OPENING_MARKS or quote[-1:] not in CLOSING_MARKS:
            return None  # words of the article around the speaker's: not theirs alone
        if not PURPOSE_CLAUSE.search(fact.statement):
            return None
        said = quote[1:-1].strip()
        return next((s for s in OWN_SENTENCE.split(said) if PURPOSE_CLAUSE.search(s)), None)

    def _purposed(self, ranked: list[Hit], best: Hit) -> Hit:
        """ "What was the harbour lease for": when the best fact tells no purpose (STATES_PURPOSE), the highest ranked
        of the next PURPOSE_CANDIDATES that tells one, of the asked thing as fully as the best (its coverage) and at
        least PURPOSE_NEAR of its score; else the best stays (a fact of the lease's sum and end tells nothing it was
        for, another of the same lease may)."""
        if STATES_PURPOSE.search(self.brief.facts[best.id].statement):
            return best
        return next(
            (
                h
                for h in ranked[:PURPOSE_CANDIDATES]
                if h.id in self.brief.facts
                and h.coverage >= best.coverage
                and h.score >= PURPOSE_NEAR * best.score
                and STATES_PURPOSE.search(self.brief.facts[h.id].statement)
            ),
            best,
        )

    def _outcome(self, q: Question, ranked: list[Hit], best: Hit) -> Hit:
        """ "How did the vigil end": what followed the best fact, a fact the brief links to it (`related`) that tells
        what was done in answer (features.REACTION), the highest ranked of them; when none is linked, the highest
        ranked candidate among the next OUTCOME_CANDIDATES, at least OUTCOME_NEAR of the best's score, that tells
        one and involves everything the question names, something beyond the brief's own subjects among it (the best
        may tell of the gathering alone, another article's fact how it ended there); else the best stays."""
        if self.retriever.features(best.id).reaction:
            return best
        linked = [i for i in self.brief.related.get(best.id, ()) if i in self.brief.facts]
        following = [i for i in linked if self.retriever.features(i).reaction]
        if not following:
            named = set(q.entities)
            if named.isdisjoint(self.specific_entities):
                return best  # "how did the line go": nothing the question names says which ending
            return next(
                (
                    h
                    for h in ranked[:OUTCOME_CANDIDATES]
                    if h.id in self.brief.facts
                    and h.score >= OUTCOME_NEAR * best.score
                    and named <= set(self.brief.facts[h.id].entities)
                    and self.retriever.features(h.id).reaction
                ),
                best,
            )
        order = {h.id: n for n, h in enumerate(ranked)}
        chosen = min(following, key=lambda i: (order.get(i, len(ranked)), linked.index(i)))
        return next((h for h in ranked if h.id == chosen), Hit(chosen, best.score, best.coverage))

    def _recent_act(self, q: Question, item: Item) -> str | None:
        """The date of the article that tells the act a when-question asks as done "recently" (RECENTLY right before
        a word of the act asked, "had recently expired"), its citation's date label; None when the statement
        tells the act otherwise, or the article is undated."""
        asked = {stem(t) for t in q.words}
        if not ENDING_STEMS.isdisjoint(asked):
            # an end asked in any of its words ("when did the lease end", "… is over", "… run out", read as "end")
            # is the running out told as "had recently expired" or "recently lapsed": one act, whichever word
            asked |= ENDING_STEMS
        told = words(fold(item.statement))
        recent = any(t in ("recently", "lately") and stem(n) in asked for t, n in itertools.pairwise(told))
        cited = next((c for c in item.citations if RECENTLY().search(c.quote)), None)
        return cited.published_label if recent and cited is not None and cited.published_label else None

    def _said_by_others(self, who: str, said: str, holding: tuple[str, str, str]) -> Lead:
        """The "not as <who>'s" lead (QUOTED_SAYING_OTHERS, no answer): the words `said` are given by the fact of
        `holding` (its source label, fact id, …), as another's than `who`'s."""
        label, fact_id, _ = holding
        statement = self.brief.facts[fact_id].statement
        return Lead(
            messages.QUOTED_SAYING_OTHERS.format(
                who=who, whose=possessive(who), said=said, source=label, statement=statement
            ),
            answers=False,
        )

    def _when_only_tried(self, q: Question, item: Item) -> bool:
        """The act a when-question asks ("when was the petition delivered") is told in the fact's statement or quotes
        only as tried (TRIED_TO: "tried to deliver", "attempted to deliver"), never as done; a question asking of
        the try itself ("when did they try to deliver it") is of the date told."""
        if not TRYING_WORDS.isdisjoint(q.words):
            return False
        texts = [item.statement, *(c.quote for c in item.citations)]
        tried = [m.group(1) for text in texts for m in TRIED_TO().finditer(fold(text))]
        if not tried:  # before any lemma: a plain question must not load lemminflect (tests/test_cli.py)
            return False
        act = asked_act(q.words, q.text, self.retriever.english.verb)
        # the act's lemma; else a verb the question inflects ("when was it handed over": "hand", a noun too)
        lemmas = {act.lemma} if act is not None else {v for w in q.words if (v := _inflected_verb(w))}
        if not lemmas:
            return False
        if not any(_verb_lemma(w) in lemmas for w in tried):
            return False
        done = sum(_verb_lemma(w) in lemmas for text in texts for w in words(fold(text)))
        return done == sum(_verb_lemma(w) in lemmas for w in tried)

    def _year_of_article_alone(self, item: Item) -> tuple[str, str] | None:
        """The article and its date (("Gazette", "31 July 2018")) when the fact's date is a year its statement and
        quotes never tell and no fact it links to is dated in: the year of the article that tells it undated, not a
        date of what it tells (a linked fact dated in that year, "the vigils of mid-2019" of a speech at one, dates
        it); None otherwise."""
        fact = self.brief.fact(item.id)
        if fact is None or not fact.date or len(fact.date) != 4 or not fact.citations:
            return None
        year = fact.date
        if year in fact.statement or any(year in c.quote for c in fact.citations):
            return None
        if any((linked := self.brief.fact(r)) is not None and (linked.date or "")[:4] == year for r in fact.related):
            return None
        cited = self.brief.sources.get(fact.citations[0].source)
        if cited is None or not cited.published_label or (cited.published_day or "")[:4] != year:
            return None
        return cited.name, cited.published_label

    def _role_holder_told(self, q: Question, fact: FactData) -> str | None:
        """The name of the one person the fact's statement names right after a part people play that the question
        asks who holds ("the harbour's chief who got the letter" of "… handed to Chief Ada Lind"): whom it asks
        (a person the question names is no answer to its "who"); None when no such person, or more than one, is named
        so."""
        roles = {singular(t) for t in self._role_asked_words(q)}
        if not roles:
            return None
        told = words(fold(fact.statement))
        people = {
            e
            for start, _, e in self._name_spans(told)
            if start > 0
            and singular(told[start - 1]) in roles
            and e in fact.entities
            and e not in q.entities
            and self._kind_of(e) == "person"
        }
        return self.brief.entities[next(iter(people))].name if len(people) == 1 else None

    def _role_asked_words(self, q: Question) -> list[str]:
        """The words of parts people play that the question's "who" asks of, not of another it names: one right
        before "who" ("the harbour's chief who got the letter"), or opening what "who is", "which" or "what" asks
        past articles and names ("who was the harbour chief that …", "which chief got …"); "who handed the chief
        the letter" asks another."""
        tokens = q.words
        asked = [tokens[i - 1] for i, t in enumerate(tokens) if t in ("who", "that") and i > 0]
        if tokens[:1] in (["which"], ["what"]) or (
            tokens[:1] == ["who"] and tokens[1:2] and tokens[1] in ("is", "are", "was", "were")
        ):
            named = {i for start, end, _ in self._name_spans(tokens) for i in range(start, end)}
            i = 2 if tokens[0] == "who" else 1
            while i < len(tokens) and (i in named or tokens[i] in ("the", "a", "an")):
                i += 1
            asked += tokens[i : i + 1]
        return [t for t in asked if NOUN_KINDS.get(singular(t)) == PERSON_KINDS]

    def places_named(self, doc_id: str, *, placed: bool = False) -> list[str]:
        """The names of the places (glossary entries of kind "place") a dated fact lists and its statement names,
        in the order it lists them; [] for an entry or an undated fact. With `placed`, only those its statement
        names as where something is (a word of LOCATING among the few before the name: "gathered outside the
        guild's office in Eastport"), not as a thing spoken of ("argued that Eastport's harbour …")."""
        fact = self.brief.facts.get(doc_id)
        if fact is None or not fact.date:
            return []
        stated = {stem(w) for w in words(fold(fact.statement))}
        places = [self.brief.entities[e] for e in fact.entities if self._kind_of(e) == "place"]
        named = [p for p in places if states_entity(p, stated)]
        if placed:
            told = words(fold(fact.statement))
            where = {
                e for start, _, e in self._name_spans(told) if not LOCATING.isdisjoint(told[max(0, start - 3) : start])
            }
            named = [p for p in named if p.id in where]
        return [p.name for p in named]

    def _count_of_another_thing(self, q: Question, fact: FactData) -> tuple[str, str, str] | None:
        """(the count as written, its noun, the other fact's statement) when a yes/no question gives a count and its
        noun ("140000 signatures") that its lead `fact` does not give, while the fact counts what it tells by other
        figures, and exactly one other fact gives that count of that noun (same stem) without naming the thing the
        question asks of (a word of the question the lead fact has, that one lacks: "letter" of "a petition …
        carrying more than 140,000 signatures"): the count is another thing's, a "No" (fresh tester 86). None
        otherwise: the same thing told in two facts, or a count no other fact gives, is no verdict."""
        own = counts_given(fact.statement)
        tokens = words(fold(q.text))
        asked = [
            (t, noun)
            for k, t in enumerate(tokens)
            if t.isdigit() and not is_year(t) and t not in own
            for noun in [next((w for w in tokens[k + 1 : k + 1 + COUNTED_REACH] if w not in STOPWORDS), "")]
            if noun
        ]
        if len(asked) != 1 or not own:
            return None
        number, noun = asked[0]
        counted = stem(noun)
        giving = (
            statement
            # (a compiled brief reads only the facts its `counting` table holds the count and noun of: a walk read
            # every statement with a run of digits starting with the count's, ~1,800 for "12" at 100,000 facts)
            for other, statement in self.brief.statements_counting(number, counted)
            if other != fact.id
        )
        holders = list(itertools.islice(giving, 2))  # a second says "not exactly one": the rest are never read
        if len(holders) != 1:
            return None
        told = {stem(t) for t in words(fold(fact.statement))}
        held = {stem(t) for t in words(fold(holders[0]))}
        named = {stem(t) for t in tokens if t not in STOPWORDS and t not in (number, noun) and not is_year(t)}
        if not (named & told) - held:
            return None
        written = counts_given(holders[0])[number]
        return written, noun, holders[0]

    def _sum_told_otherwise(self, q: Question, statement: str) -> bool:
        """A yes/no question giving one sum, bare (no bound before it: BOUND_KINDS), for a deed of a year it names
        ("was the 2014 renewal for $8 million"), whose lead `statement` tells that deed (every word the question
        has besides the sum, the year and stop words, as the same stem) with that year and one other sum, while no
        fact of the brief gives the asked sum with that year and those words (the sum may be another telling's):
        a "No" with the sum the articles give (fresh testers, yn25)."""
        asked = AMOUNT.findall(q.text)
        told = AMOUNT.findall(statement)
        if len(asked) != 1 or len(told) != 1 or len(q.years) != 1:
            return False
        tokens = words(fold(q.text))
        figure = next((k for k, t in enumerate(tokens) if t == figure_number(asked[0]).split(".")[0]), None)
        if figure is None or any(" ".join(tokens[max(0, figure - n) : figure]) in BOUND_KINDS for n in (1, 2, 3)):
            return False
        value, other = _sum_of(asked[0]), _sum_of(told[0])
        if value is None or other is None or value == other:
            return False
        year = next(iter(q.years))
        content = {
            stem(t)
            for t in q.words
            if t not in STOPWORDS and t != year and not t[:1].isdigit() and t not in SCALE_WORDS
        }

        def tells(text: str) -> bool:
            said = words(fold(text))
            return year in said and bool(content) and content <= {stem(t) for t in said}

        if not tells(statement):
            return False
        return not any(
            tells(fact.statement) and any(_sum_of(found) == value for found in AMOUNT.findall(fact.statement))
            for fact in self.brief.facts.values()
        )

    def _year_told_otherwise(self, q: Question, fact: FactData) -> bool:
        """A yes/no question of one year about one thing it names as "the <name> <noun>" ("was the Lantern lease
        signed in 2015"), whose act (`act_forms`) the fact states of that thing, dated another year, while no fact
        about the names the question gives states the act with the year asked: that thing's act was of another
        year, a "No" (an indefinite "did the guild sign a lease in 2015" may be of another lease, untold: no
        verdict; fresh questions, yn28)."""
        forms = self._act_forms_of(q)
        if not forms or len(q.years) != 1:
            return False
        spans = self._name_spans(q.words)
        definite = [
            e
            for start, end, e in spans
            if q.words[start - 1 : start] == ["the"]
            and q.words[end : end + 1] != []
            and q.words[end] not in STOPWORDS
            and e in fact.entities
        ]
        if not definite or forms.isdisjoint(stem(t) for t in words(fold(fact.statement))):
            return False
        year = next(iter(q.years))
        named = {e for _, _, e in spans}
        for other in self.brief.facts.values():
            told = words(fold(other.statement))
            if not named <= set(other.entities) or forms.isdisjoint(stem(t) for t in told):
                continue
            if year in told or (other.date or "").startswith(year):
                return False
        return True

    def source_sum_otherwise(self, q: Question, ranked: list[Hit]) -> tuple[Hit, str] | None:
        """A yes/no question of one article naming one sum for an agreement ("did the Gazette say the lease was $9
        million"): the first of the SUM_SAID_CANDIDATES best candidates (the article's facts, as the search keeps them)
        whose statement gives one other sum right before that agreement's noun ("its $5 million lease"), when none of
        the article's facts gives the asked sum, in its statement or its quotes: (that hit, its sum as shown), a "No"
        (the sum is another article's, or none's); None otherwise (fresh questions, yn28: "did the courier say the
        contract was 12 million" was refused, though the Courier gives $7 million)."""
        asked = scaled_figures(q.words)
        nouns = AGREEMENTS.intersection(q.words)
        if q.kind != "yes-no" or len(q.sources) != 1 or len(asked) != 1 or len(nouns) != 1:
            return None
        number, scale = next(iter(asked))
        value, noun = sum_value(number, scale), next(iter(nouns))
        source = next(iter(q.sources))
        for its in self.brief.facts.values():
            if all(c.source != source for c in its.citations):
                continue
            told = [its.statement, *(c.quote for c in its.citations if c.source == source)]
            if any(sum_value(n, sc) == value for text in told for n, sc in scaled_figures(words(fold(text)))):
                return None
        for hit in ranked[:SUM_SAID_CANDIDATES]:
            fact = self.brief.facts.get(hit.id)
            if fact is None or all(c.source != source for c in fact.citations):
                continue
            sums = list(AMOUNT.finditer(fact.statement))
            after = words(fold(fact.statement[sums[0].end() :]))[:1] if len(sums) == 1 else []
            if after and singular(after[0]) == singular(noun):
                return hit, sums[0].group(0).strip()
        return None

    def _act_dated_otherwise(self, q: Question, statement: str) -> str | None:
        """The date ("August 2019", "2019") the statement puts right after (ACT_DATE_REACH words) a word of an act
        the question asks (Retriever.asked_stems: "petitioning" of "sign a petition") when every such dated word of
        it is dated to a year other than the one asked; None when no asked word is dated so, or one is of that year.
        English word order: "petitioning management in August 2019" dates the petitioning."""
        told = self._act_dates(q, statement)
        if not told or any(t[-4:] in q.years for t in told):
            return None
        return told[0]

    def _act_dates(self, q: Question, statement: str) -> list[str]:
        """Every date `_act_dated_otherwise` reads the statement to put on a word of an act the question asks."""
        asked, tokens = self.retriever.asked_stems(q), words(fold(statement))
        months = {m.lower(): m for m in MONTHS}
        told: list[str] = []
        for i, token in enumerate(tokens):
            if stem(token) not in asked:
                continue
            after = tokens[i + 1 : i + 1 + ACT_DATE_REACH]
            at = next((j for j, t in enumerate(after) if t == "in"), None)
            if at is None:
                continue
            month = after[at + 1] if at + 1 < len(after) and after[at + 1] in months else ""
            year = after[at + 2 if month else at + 1 : at + 3 if month else at + 2]
            if year and is_year(year[0]):
                told.append(f"{months[month]} {year[0]}" if month else year[0])
        return told

    def _beside_claim(self, q: Question, fact: FactData) -> str | None:
        """The statement of a fact the brief links to `fact` (either way, `related`) when `fact` is a claim (kind
        "claim") giving a party's own word denying an act (a verb of saying, REPORTED, then a NEGATION: "the guild
        had earlier said that its lease was not helping the port evict …") and the linked one, no claim itself,
        states in its own statement an asked word (Retriever.asked_stems) of what is denied: another telling of
        the act denied, which the denial alone would settle as its claimant's verdict; of several, the one stating
        most of those words. None otherwise."""
        if fact.kind != "claim" or not TAGS.isdisjoint(q.words) or {stem(w) for w in q.words} & SAYING_STEMS:
            # ("did the guild claim …": whether it said so, which the claim settles; "… is that true": whose word
            # it is, CLAIM_LEAD)
            return None
        asked = set(self.retriever.asked_stems(q)) & _denied_stems(fact.statement)
        if not asked:
            return None
        linking = (f.id for f in self.brief.facts.values() if fact.id in f.related)
        shared = {
            linked: len(asked & {stem(t) for t in words(fold(other.statement))})
            for linked in dict.fromkeys([*fact.related, *linking])
            if (other := self.brief.facts.get(linked)) is not None and other.kind != "claim"
        }
        best = max((n, -at, linked) for at, (linked, n) in enumerate(shared.items())) if shared else None
        return self.brief.facts[best[2]].statement if best is not None and best[0] else None

    def _qualifier_untold(self, q: Question, fact: FactData, statement: str) -> str | None:
        """COUNT_QUALIFIER_UNTOLD_LEAD when the fact's count does not carry a qualifier the count question puts on
        what it counts (`qualifiers`: a means it names nowhere near it, a document of another name); None otherwise."""
        counted = q.counted or "those"
        document = document_untold(q, fact, self.brief, self.brief.meta.synonyms)
        means = means_untold(q, fact, self.brief, self._name_spans) if document is None else None
        if document is not None:
            qualifier = f"who signed the {document}"
        elif means is not None:
            qualifier = f"{next((w for w in q.words if w in MEANS_WORDS), 'with')} {means}"
        else:
            return None
        lead = messages.COUNT_QUALIFIER_UNTOLD_LEAD.format(counted=counted, qualifier=qualifier, statement=statement)
        return lead

    def _placed_elsewhere(self, q: Question, fact: FactData) -> bool:
        """`retrieve.placed_elsewhere`: the fact tells of another place than the one the question asks of."""
        return placed_elsewhere(q, fact, self.brief, self._name_spans, self._kind_of)

    def _lead(self, q: Question, item: Item, *, claim_earliest: bool = True, linked_start: bool = False) -> Lead:
        """`linked_start`: the item is the earliest step the brief links to the best of "when did X start …",
        whose own start words do not make its date when X began. The lead's text, and whether it answers (`Lead`)."""
        statement = item.statement
        fact = self.brief.facts.get(item.id) if item.kind == "fact" else None
        # "Name: “…”" only for a fact that is someone's words: an article's description of a person in speech
        # marks would read as that person's words ("Ada Lind: “also recently wrote an op-ed …”")
        # (an article's headline or caption in marks is the article's furniture: its statement tells whose words
        # they are, or that the article does not say, which the bare words would leave out)
        if q.kind == "quote" and item.citations and fact is not None and fact.describes is None and gives_words(fact):
            speaker = quote_speaker(self.brief, self.speakers_of, item.id, q)
            known = words_of_speakers(q.text)
            said = spoken_citation(item.citations, known).quote.strip()
            if known and (others := other_words(said, known)):
                # "what did those who said what are you afraid of say": one quote holding the words known and other
                # words of the same speaker; the other words lead (the whole quote again read as no answer)
                return Lead(messages.OTHER_WORDS.format(words=others, quote=CLAUSE_COMMA_CLOSING().sub(r"\1", said)))
            if any(mark in said for mark in '"“”'):
                # the quote carries its own speech marks and says who spoke; a comma closing it inside its marks
                # belonged to the article's sentence going on ("… “human smuggling facilitators,” the agency said")
                return Lead(CLAUSE_COMMA_CLOSING().sub(r"\1", said))
            if fact.kind == "quote":
                return Lead(f"{speaker}: “{said}”" if speaker else f"“{said}”")
            # else the words in marks were a title or the statement's, and the quote is the article's own telling
            # ("It detailed how the harbour planned …"): in marks it would read as the speaker's words
        verdict = q.kind == "yes-no" and not either_or(q.words)  # "were they left up or taken down": no yes/no
        asks_else = q.kind not in COUNTING_KINDS and fact is not None
        if asks_else and (count := _count_not_given(q.text, statement, weigh_act=False)):
            # "what did the 300 keepers sign" of "more than 200 keepers signed a letter": the count the question
            # takes as given is none the fact gives, and the answer would repeat it unchecked (fresh tester 88)
            return Lead(messages.COUNT_NOT_GIVEN_LEAD.format(count=count, statement=statement))
        # (an order asked in "later than" is read as a comparison of two sides, which the fact may settle as well)
        ordered = (verdict or q.kind == "comparison") and item.kind == "fact" and not either_or(q.words)
        order = order_compared(q.words) if ordered else []
        if any(compared_as_told(o, statement) or compared_conversely(o, statement) for o in order):
            # "did the vigil start before the lease" of "the vigil is older than the lease": the order asked is the
            # comparison told, which settles it before any opposite the brief lists of "start" ("older than")
            return Lead(messages.YES_LEAD.format(statement=statement), says_yes=True)
        if any(compared_otherwise(o, statement) for o in order):
            return Lead(messages.NO_LEAD.format(statement=statement))
        if verdict and item.kind == "fact" and acts_ordered(q.words):
            # "did the 39m lease expire before the 53m one started" of a fact telling of both, dating neither
            # start: only an order told settles it (above), no verdict from the words of both being there
            return Lead(messages.ACTS_ORDER_UNTOLD_LEAD.format(statement=statement))
        if verdict and fact is not None and (other := self._beside_claim(q, fact)) is not None:
            # fresh tester 84: "was the $5m lease used for evictions" led only the guild's claim that it was
            # not, though documents reported in the same articles showed otherwise
            return Lead(messages.CONTESTED_CLAIM_LEAD.format(statement=statement, other=other))
        if (
            verdict
            and fact is not None
            # not a "No" about another party's contract: every person or organization asked is the fact's
            and {e for e in q.entities if self._kind_of(e) in ACTOR_KINDS} - q.scene_entities <= set(fact.entities)
            and (denial := self.verdicts.denial(q, item.id)) is not None
            # nor of people the fact has no word for ("did <firm> workers take the leaflets" of "several people
            # refused to take the flier": whose they were it does not say; task yn36)
            and not self._doers_untold(q, fact)
            # an order asked ("did the vigil start after the strike") that the fact does not tell either way: its
            # "older than" is another comparison, no opposite of the start asked (blind set BM's variants)
            and not (order and denial != "negated")
            # nor a "No" told of another place than the one asked ("did the guild open the door in Eastport" of
            # keepers at the Westport office refused: review ov53 8), which the check of places below words
            and not self._placed_elsewhere(q, fact)
        ):
            # "did the guild ever drop it": not by then; nor "did the guild drop it" told no by the lease it renewed
            # (Verdicts.denial "kept"), which a later article could tell it dropped; a question naming its year or
            # day asks of then
            if asks_future(q.words):
                # "will the guild cancel the lease": a "No" from the articles' past (it renewed it) would say what
                # is to come; they tell only what had happened by their latest date
                latest = max((src.published or "" for src in self.brief.sources.values()), default="")
                return Lead(messages.FUTURE_LEAD.format(latest=date_label(latest), statement=statement))
            if bounded := negation_bounded_in_time([statement, *(c.quote for c in item.citations)]):
                # "did the firm respond" of "did not immediately respond": not then, whatever came later (task yn39)
                bounded_lead = messages.NOT_AT_FIRST_LEAD if bounded == "first" else messages.NOT_RIGHT_AWAY_LEAD
                return Lead(bounded_lead.format(statement=statement))
            # (a year or month asked that the article's own is, or one after, is not over by its date: "did the guild
            # cancel the lease in 2019" of a renewal told in August 2019 is "No" only as of then; tester 76 W1)
            published = max((c.published or "" for c in item.citations), default="")
            asked = [*q.years, *([q.on_date] if q.on_date[:1].isdigit() else [])]
            kept = (
                denial == "kept"
                and not q.on_date.startswith("-")
                and all(published and when >= published[: len(when)] for when in asked)
            )
            if kept or LATER.search(q.text) or CURRENT.search(q.text):
                return Lead(messages.NO_AS_OF_LEAD.format(date=latest_source_label(item), statement=statement))
            return Lead(messages.NO_LEAD.format(statement=statement))
        if verdict and fact is not None and (sum_said := self.source_sum_otherwise(q, [Hit(fact.id, 0.0, 0.0)])):
            # "did the Gazette say the lease was $9 million": its one sum for the lease is another
            source = self.brief.sources[next(iter(q.sources))]
            sum_asked = " ".join(next(iter(scaled_figures(q.words))))
            return Lead(
                messages.SUM_SAID_OTHERWISE_LEAD.format(
                    source=source.name, told=sum_said[1], asked=f"${sum_asked}", statement=statement
                )
            )
        if (
            verdict
            and fact is not None
            and {e for e in q.entities if self._kind_of(e) in ACTOR_KINDS} - q.scene_entities <= set(fact.entities)
            and self.verdicts.ended_of_still(q, fact)
        ):
            # "is the guild still sponsoring the vigil" of "the vigil dropped the guild as a sponsor": not by then
            return Lead(messages.NO_AS_OF_LEAD.format(date=latest_source_label(item), statement=statement))
        if verdict and fact is not None and self.verdicts.named_only_as_reporter(q, fact):
            # "did the chief speak to the Gazette": "…, the Gazette reported" tells who reported it, not who heard it
            return _act_unstated(q, statement)
        told_days = WEEKDAYS.intersection(words(fold(statement))) if verdict and q.weekdays else set()
        if told_days and told_days.isdisjoint(q.weekdays) and len(told_days) == 1 and len(q.weekdays) == 1:
            # "was the protest on friday" against "on a Monday in May 2019 …": the day they give is another
            day, other = next(iter(q.weekdays)).capitalize(), next(iter(told_days)).capitalize()
            return Lead(messages.OTHER_WEEKDAY_LEAD.format(day=day, told=other, statement=statement))
        if verdict and fact is not None and self._placed_elsewhere(q, fact):
            # "was the petition delivered in Eastport" of one handed over at the Lamport office: told of another place
            return Lead(messages.OTHER_OCCASION_LEAD.format(statement=statement), answers=False)
        if verdict and fact is not None and self._topic_untold(q, fact):
            # "was the vigil about the port" of a vigil against evictions that names no port (fresh tester 89)
            return _act_unstated(q, statement)
        if verdict and fact is not None and self._written_by_other(q, fact):
            # "did Lind write a letter" of "Lind wrote an essay …"; "did the Gazette write an op-ed" of "in a Gazette
            # op-ed, Lind argued": another piece, or another's piece the outlet ran (fresh reviewer, ld65)
            return _act_unstated(q, statement)
        if verdict and fact is not None and self._others_occasion(q, fact):
            # "was anyone arrested at the protests" of a group's members arrested at protests elsewhere: the
            # brief's own protests are asked, and the fact tells of others' (fresh tester 91)
            return _act_unstated(q, statement)
        if verdict and fact is not None and self._progressive_untold(q, statement):
            if self._progressive_thing_told(q, statement):
                # "did Lind say the guild was tearing apart families" of "… its use to split up families": the
                # thing asked, told done to in other words, may be that act; no "don't say that" before it
                return Lead(statement)
            # "did Lind say the guild was dropping the leases": "… keeping some and dropping others" tells another
            # thing dropped
            return _act_unstated(q, statement)
        if verdict and fact is not None and self.verdicts.said_polarity(q, fact) is False and not asks_future(q.words):
            # "did the guild admit the lease helped evictions" of "the guild said it was not helping": it said the
            # opposite (fresh tester 66, W1)
            return Lead(messages.NO_LEAD.format(statement=statement))
        if verdict and fact is not None and said_as_supposed(q, statement, self.retriever.english.verb):
            # "did Lind say the guild refused": "asking what would have happened if the guild had refused" supposes
            # the act, it tells no saying that it was done (f22a's leftover: a hypothetical read as a claim)
            return _act_unstated(q, statement)
        if (
            verdict
            and item.kind == "fact"
            and (
                self.affirms(q, item.id)
                or compared_as_told(q.words, statement)
                or compared_conversely(q.words, statement)
            )
        ):
            # (a comparison asked, "is the vigil older than the lease", has no act to affirm: the fact saying it,
            # in the question's comparative, settles it)
            return Lead(messages.YES_LEAD.format(statement=statement), says_yes=True)
        if verdict and item.kind == "fact" and self.verdicts.affirms(q, item.id, present=True):
            # "is the guild a member of the league": so by the article's date, which cannot tell whether it still is
            lead = messages.YES_AS_OF_LEAD.format(date=latest_source_label(item), statement=statement)
            return Lead(lead, says_yes=True)
        if verdict and self._sum_told_otherwise(q, statement):
            # "was the 2014 renewal for $8 million" against "renewed in 2014 for around $5 million": the one sum
            # the articles give for that year's deed is another, and none gives the asked one for it
            return Lead(messages.NO_LEAD.format(statement=statement))
        if verdict and item.kind == "fact" and compared_otherwise(q.words, statement):
            # "is the vigil newer than the lease" of "the vigil is older than the lease": told the other way round
            return Lead(messages.NO_LEAD.format(statement=statement))
        told_year = fact.date[:4] if verdict and fact is not None and fact.date and len(q.years) == 1 else ""
        if told_year and any(t[-4:] in q.years for t in self._act_dates(q, statement)):
            # "did the guild renew the lease in 2015" of "the lease (signed in 2013 and renewed in 2015) …": the
            # fact's date is another act's, and the act asked is told of the year asked
            told_year = ""
        if told_year and told_year not in q.years and told_year in words(statement):
            # "did the keepers sign a letter in 2019" against "… signed a letter in 2018": no verdict either way
            # (another letter may be untold), but not this one as that year's
            if fact is not None and self._year_told_otherwise(q, fact):
                return Lead(messages.NO_LEAD.format(statement=statement))
            if (after := self._after_sources_lead(q, item, statement)) is not None:
                return after
            return Lead(messages.OTHER_YEAR_LEAD.format(year=next(iter(q.years)), told=told_year, statement=statement))
        if verdict and len(q.years) == 1 and (told_act := self._act_dated_otherwise(q, statement)):
            # "did the keepers petition in 2018" against "… confronting the chief in 2018 and petitioning in August
            # 2019": the year asked is another act's, the act asked is told of another date (fresh tester 84)
            if (after := self._after_sources_lead(q, item, statement)) is not None:
                return after
            return Lead(messages.OTHER_YEAR_LEAD.format(year=next(iter(q.years)), told=told_act, statement=statement))
        if verdict and fact is not None and (told_part := _other_part_of_year(q.on_date, fact.date, statement)):
            # "did the protest in D.C. happen in September 2019" against a fact dated only 2019 telling "in mid-2019"
            # (fresh tester 87): not that month's, the part of the year its words give
            return Lead(
                messages.OTHER_YEAR_LEAD.format(year=date_label(q.on_date), told=told_part, statement=statement)
            )
        if verdict and fact is not None and (told_month := _other_month(q.on_date, fact.date, statement)):
            # "did the guild publish the files in May" against "on 3 July 2019 the guild published …": not that month's
            return Lead(
                messages.OTHER_YEAR_LEAD.format(year=date_label(q.on_date), told=told_month, statement=statement)
            )
        asked_years = q.years - q.context
        # "was the keeper at the guild meeting in 2019" against an undated "… at a guild meeting": told, but not of
        # that year
        undated = fact is not None and not fact.date and not _year_of_act(statement)
        if verdict and undated and len(asked_years) == 1:
            return Lead(messages.UNDATED_YEAR_LEAD.format(year=next(iter(asked_years)), statement=statement))
        if verdict and fact is not None and self.verdicts.told_elsewhere(q, fact):
            return Lead(messages.OTHER_OCCASION_LEAD.format(statement=statement), answers=False)
        if verdict and fact is not None and (bounded := exceeds(q.words, words(fold(statement)))):
            # "did the guild get more than $5 million": a fact giving more than $8 million (Decider._exceeding) is
            # no verdict on the sum asked, which no article gives (nor on who paid whom); shown as what they tell
            return Lead(messages.SUM_NOT_GIVEN_LEAD.format(sum=f"${bounded}", statement=statement))
        if verdict and fact is not None and (counted := _count_of_another_class(q.text, statement)) is not None:
            # "did the group release 8400 documents" against "… planned to arrest at least 8,400 people": the number
            # asked is the fact's, of things of another class (fresh tester 85)
            number, told_noun, asked_noun = counted
            return Lead(
                messages.COUNT_OF_ANOTHER_NO_LEAD.format(
                    count=number, told=told_noun, asked=asked_noun, statement=statement
                )
            )
        if verdict and fact is not None and (another := self._count_of_another_thing(q, fact)) is not None:
            # "did the 2018 letter have 140000 signatures" against "… a letter signed by more than 200 employees":
            # the 140,000 signatures are another fact's, of a thing it never calls a letter (fresh tester 86)
            number, noun, other = another
            return Lead(
                messages.COUNT_ELSEWHERE_NO_LEAD.format(count=number, noun=noun, statement=statement, other=other)
            )
        if verdict and fact is not None and (count := _count_not_given(q.text, statement, weigh_act=True)):
            # "did 300 keepers sign the letter" against "more than 40 keepers signed": the fact's count is what
            # they tell, no verdict on the one asked (a bound is no "No")
            return Lead(messages.COUNT_NOT_GIVEN_LEAD.format(count=count, statement=statement))
        mentioned = mentioned_stems(q) if verdict and fact is not None and not q.sources else set()
        # what the fact gives as said: its first clause ("Lind argued that …"), its quotes, and a quote fact's words;
        # a later clause is the article's framing ("…; the Gazette presents this as her answer to the harbour")
        given = [statement.split(";")[0], *re.split(r"[“”\"]", statement)[1::2]]
        if fact is not None and fact.kind == "quote":
            given += [c.quote for c in fact.citations]
        if mentioned and not mentioned <= {stem(t) for t in words(fold(" ".join(given)))}:
            # "did the keeper's essay mention the harbour": not in what the fact gives as the essay's; one of the
            # brief's own articles asked of (`q.sources`) is the fact's whole text, and is not checked here
            return Lead(messages.MENTION_UNTOLD_LEAD.format(statement=statement), answers=False)
        if verdict and fact is not None and (elsewhere := self.mentioned_elsewhere(q, fact)) is not None:
            # "did the Gazette mention the Courier" when only another article's facts cite the Courier: no, and
            # which article does
            other, named = elsewhere
            sources = [self.brief.sources[s].name for s in sorted(q.sources) if s in self.brief.sources]
            return Lead(
                messages.MENTIONED_ELSEWHERE_LEAD.format(
                    named=and_joined([self.brief.entities[e].name for e in named if e in self.brief.entities]),
                    other=other,
                    source=and_joined(sources),
                    statement=statement,
                )
            )
        if verdict and fact is not None and self._mentioned_by_source(q, fact):
            # "did the Gazette mention the town hall": a Gazette fact naming it is the Gazette mentioning it, even as
            # another's report it passes on ("…, the Courier reported"); its act is the article's telling, which no
            # fact states as an act
            return Lead(messages.YES_LEAD.format(statement=statement), says_yes=True)
        predicate = predicate_stems(q) if verdict and fact is not None else set()
        stated = self.retriever.stated_stems(item.id) if predicate else frozenset()
        if predicate and not all(not self.verdicts.alike(s).isdisjoint(stated) for s in predicate):
            # "did the keeper call the guild brave": "calling it “reckless”" tells another word said of it
            return _act_unstated(q, statement)
        if predicate and said_of_another_act(q, statement):
            # "did the keeper say the leases were reckless": "calling it “reckless” that the guild dropped one"
            return _act_unstated(q, statement)
        if predicate and called_of_another_noun(statement, predicate):
            # "did the keeper call the guild losers": "called that “a loser position”" says it of a position
            # (fresh tester 73, O3)
            return _act_unstated(q, statement)
        outcome = outcome_stems(q) if verdict and fact is not None else set()
        if outcome and not outcome <= {stem(t) for t in words(fold(statement))}:
            # "did the raid lead to evictions": "led to 35 arrests" tells another outcome, not that one
            return _act_unstated(q, statement)
        if outcome and fact is not None and self._outcome_counted(q, fact, outcome):
            # "did the raid lead to any arrests": "produced 35 arrests" counts some of them, a "Yes" (fresh
            # questions, yn28)
            return Lead(messages.YES_LEAD.format(statement=statement), says_yes=True)
        reason = reason_stems(q) if verdict and fact is not None else set()
        if reason and not reason <= self.verdicts.stated_stems_of(item.id):
            # "did the guild drop the lease because of the vigils": the fact tells the lease dropped, not why
            return Lead(messages.REASON_UNTOLD_LEAD.format(statement=statement))
        if reason and (causes := cause_stems(statement)) is not None and not reason <= causes:
            # "did the guild drop the lease because of Lind" against "… dropped it after pressure from its keepers
            # (in Lind's account)": she is named, but not as the cause it gives
            return Lead(messages.REASON_UNTOLD_LEAD.format(statement=statement))
        if verdict and fact is not None and self.purpose_untold(q, item.id):
            # "did the guild sign the lease to help the port": the fact tells the lease signed, not what for
            return Lead(messages.REASON_UNTOLD_LEAD.format(statement=statement))
        put_to_test = not TAGS.isdisjoint(q.words)  # "… is that true", "… right?": a claim put to the test
        claimant = self.verdicts.claimed_by(q, fact.id) if verdict and put_to_test and fact is not None else None
        # not "is it true the guild said …": whether it said so, which the fact tells
        spans = self._name_spans(q.words) if claimant is not None else []
        said_of = any(e == claimant and q.words[end : end + 1] in ([w] for w in REPORTED) for _, end, e in spans)
        if claimant is not None and not said_of:
            # "the guild only does surveys, is that true": the guild's own word (its denial of evictions) is no
            # verdict; the reader is told whose word it is
            name = self.brief.entities[claimant].name
            return Lead(
                messages.CLAIM_LEAD.format(name=name + ("'" if name.endswith("s") else "'s"), statement=statement)
            )
        if verdict and fact is not None and self._only_tried(q, fact):
            return Lead(messages.TRIED_LEAD.format(statement=statement))
        if verdict and fact is not None and self._request_untold(q, fact):
            # "did the keepers want the guild to drop the lease" against "… asked the guild to give its profits
            # to charity": they asked for something, not that
            return _act_unstated(q, statement)
        if verdict and fact is not None and self._urged_otherwise(q, fact):
            # "did the keepers urge Lind to stop" of "the keepers urged the host to stop hosting Lind": another urged
            return _act_unstated(q, statement)
        if verdict and fact is not None and self._wish_granted(q, fact):
            # "did the keepers want the profits to go to charity" of "… keepers asked the guild to give the profits
            # to a charity": a request states the want of whoever makes it (fresh tester 88)
            return Lead(messages.YES_LEAD.format(statement=statement), says_yes=True)
        if verdict and fact is not None and self._reply_untold(q, fact):
            return _act_unstated(q, statement)
        if verdict and fact is not None and (doers := self._doers_untold(q, fact)):
            return Lead(messages.NOT_TOLD_OF_LEAD.format(name=doers, statement=statement))
        if verdict and fact is not None and (person := self.verdicts.presence_untold_of(q, fact)) is not None:
            return Lead(messages.NOT_TOLD_OF_LEAD.format(name=self.brief.entities[person].name, statement=statement))
        if verdict and fact is not None and (person := self.verdicts.act_untold_of(q, fact)) is not None:
            return Lead(messages.NOT_TOLD_OF_LEAD.format(name=self.brief.entities[person].name, statement=statement))
        if verdict and fact is not None and (leader := self.verdicts.role_untold_of(q, fact)) is not None:
            # "did the chief of the guild reply": a fact of the guild alone tells nothing its chief did
            return Lead(messages.NOT_TOLD_OF_LEAD.format(name=leader, statement=statement))
        if verdict and fact is not None and (other := self._thing_untold(q, fact)):
            # "did the flyer target the Courier" against marches aimed at it: told of another doer (f22a's leftover)
            return Lead(messages.NOT_TOLD_OF_LEAD.format(name=other, statement=statement))
        if verdict and fact is not None and self._object_untold(q, fact):
            # "did Harbour keepers picket the guild" against "a letter to the guild said keepers had picketed": the
            # act is told, but not done to the one asked (f22a's leftover)
            return _act_unstated(q, statement)
        if verdict and fact is not None and (absent := self._target_untold(q, fact)):
            # "were there protests in Eastport against the guild": a protest there against something else tells
            # nothing of one against the guild, whom the fact never names
            return Lead(messages.NOT_TOLD_OF_LEAD.format(name=absent, statement=statement))
        forms = self._act_forms_of(q) if verdict and fact is not None else frozenset()
        if forms and self.verdicts.names_act_only_as_noun(item.id, forms, ing=False):
            # "did anyone get fired": "the guild came under fire" has the act's word only in another sense, and
            # tells no one fired (fresh tester 73, O1); "the growing movement" tells a growing
            return _act_unstated(q, statement)
        # "did the keepers resign": "keepers at other harbours had resigned" tells it of others
        # "did any keeper speak to the press": "according to a source who spoke to the Gazette" tells another's act
        unstated = (
            verdict
            and fact is not None
            and (self.verdicts.subject_of_others(q, fact) or self.verdicts.act_of_another(q, fact))
        )
        if unstated:
            return _act_unstated(q, statement)
        # "is the guild headquartered in Harwich": "based in Harwich", "its headquarters" state where it is based,
        # in other words than the question's (venues.BASED)
        based = not BASED_ASKS.isdisjoint(q.words) and BASED().search(statement) is not None
        if verdict and fact is not None and not based and self.verdicts.act_unstated(q, fact, people=PERSON_NOUNS):
            if self._related_in_other_words(q, fact) and self._dealt_with(q, fact):
                # "did the guild work with the port": "the guild sells its maps to the port" is a way of working with
                # it, told of the guild (fresh tester 85: "in other words" read as a doubt); asked in the present,
                # the fact as "does the guild sell maps to the port" is answered (no "Yes" of today)
                if q.current or not asks_past(q.words):
                    return Lead(statement)
                return Lead(messages.YES_LEAD.format(statement=statement), says_yes=True)
            if self._related_in_other_words(q, fact) or self._outcome_in_other_words(q, fact):
                # "did the guild use the Courier's servers": "the guild's files are hosted on the Courier's
                # servers" tells it in other words; "don't say that" before it would contradict what it quotes
                return Lead(messages.OTHER_WORDS_LEAD.format(statement=statement))
            return _act_unstated(q, statement)
        if verdict and fact is not None and self.verdicts.act_only_unrealized(q, fact):
            # "did the organizer leave" of "she was told to leave … said the group would not leave until …"
            return Lead(messages.WHETHER_UNTOLD_LEAD.format(statement=statement))
        placed = q.kind in ("amount", "count") or (
            q.kind == "who" and fact is not None and places_act(fact, self._name_spans, self._kind_of)
        )
        if placed and fact is not None and self._placed_elsewhere(q, fact):
            # "how many signed the petition in Eastport": a count told of the petition at another place is not it;
            # nor "who called the guards in Eastport" answered by whoever did in the other place the fact tells
            return Lead(messages.OTHER_OCCASION_LEAD.format(statement=statement), answers=False)
        value, says_yes = "", False
        shown: tuple[tuple[str, str], ...] = ()  # (fact, article) of each article listed, when its own fact is asked
        # "which articles mention the Courier": an article citing another outlet names it, which is what is asked
        naming = not ARTICLE_WORDS.isdisjoint(q.words) and not NAMING_VERBS.isdisjoint(q.words)
        # "which article quoted the keeper's op-ed": the article holding the quote, never the outlet that ran the
        # op-ed (fresh tester 90: its words led with the outlet in the source line only)
        naming = naming or not QUOTING_VERBS.isdisjoint(q.words)
        # "which article said 440 were targeted": the article whose words say it, even passing on another outlet's
        # report ("according to the Courier"; fresh tester 96: the cited outlet led, the article only in the source)
        # (the article asked after "which": not "the 2018 article says …, according to which site", the cited one)
        naming = naming or any(
            a in ("which", "what") and b in ARTICLE_WORDS and not SAYING.isdisjoint(q.words[i + 2 : i + 4])
            for i, (a, b) in enumerate(itertools.pairwise(q.words))
        )
        if q.outlet and item.citations and (naming or not self._cites_other_outlet(item)):  # "which outlet ran …"
            cited = item.citations[0]
            value = cited.label
            if not naming and self._only_reported(q, item):  # the article told of the piece, not ran it
                reporter = f"{cited.source_name} ({cited.published_label})" if cited.published_label else value
                return Lead(messages.OUTLET_UNNAMED.format(source=reporter, statement=statement))
            described = _described_as(q.words, q.named_at)
            sum_named = _sum_named(q.words) if not q.entities and not PLURAL_OUTLETS.isdisjoint(q.words) else None
            if said := self._quotation_asked(q):
                # "which article quotes an organizer saying it's just paper": whoever is meant by a speaker named by
                # no name, the words decide: the articles whose quoted words hold them (an article quoting other
                # words of such a speaker is not it)
                holding = self._quoting_said(said)
                if not holding:
                    nearest = self._nearest_quote(said) or statement
                    return Lead(messages.QUOTED_SAYING_NONE.format(said=said, statement=nearest), answers=False)
                who, roles = self._role_asked(q)
                fitting = [h for h in holding if not roles or self._speaker_fits(h[1], roles)]
                if not fitting:
                    # "which article quotes a rabbi saying …" of words a flyer gives: the role asked is the speaker's
                    # as the article tells them, never left aside (fresh tester: a protester's words led for a CEO's)
                    return self._said_by_others(who, said, holding[0])
                holding = fitting
                value = "; ".join(label for label, _, _ in holding)
                statement = self.brief.facts[holding[0][1]].statement
                shown = tuple((fact_id, source) for _, fact_id, source in holding)
            elif sum_named is not None and (stating := self._stating_sum(sum_named, cited.source_id, value)):
                # "which articles mention the $39 million": every article whose own words give that sum, not only
                # the lead's (fresh tester 91: another article's "around $39 million" was left out)
                value = "; ".join(stating)
            elif not q.entities and (asked := _asked_speakers(q.words)):
                # "which articles quote protesters": those whose quoted words give such speakers' words as theirs, the
                # lead's own article among them (fresh tester: a report that activists protested was listed)
                speaking = self._quoting_speakers(asked, cited.source_id, value)
                name = " ".join(asked)
                if not speaking:
                    # (their words may be given as another noun's, "an activist said": none found is not none)
                    return Lead(messages.QUOTING_UNTOLD.format(name=name, statement=statement), answers=False)
                # the first article's fact giving their words leads (the statement led may be no words of theirs,
                # "activists protested"), each article's own shown under it
                value = "; ".join(label for label, _, _ in speaking)
                statement = self.brief.facts[speaking[0][1]].statement
                shown = tuple((fact_id, source) for _, fact_id, source in speaking)
            elif naming and not q.entities and (quoting := self._quoting_words(q.words, cited.source_id, value)):
                # "which article mentions the flood": every article whose own words have it, the lead's first
                # (fresh tester 96: another article's "invoking the Flood" was left out)
                value = "; ".join(quoting)
            elif q.entities and (
                described
                or not PLURAL_OUTLETS.isdisjoint(q.words)
                or q.counted in PLURAL_OUTLETS
                # "which article mentions the Flood" when two do: both, as "which articles" has them (fresh tester 96)
                or not NAMING_VERBS.isdisjoint(q.words)
                # "which article quotes Lind": only those giving her words, as "which articles" has them (fresh
                # tester: the lead's article, which only named her, was given as quoting her)
                or any(a in ARTICLE_WORDS | OUTLET_NOUNS and b in QUOTING_VERBS for a, b in itertools.pairwise(q.words))
                or self._shown_saying(q)
            ):
                # "which articles mention Lantern": every article with a fact of what it names, the lead's first;
                # "which article calls Lantern a rival": those whose words do, whichever the lead's fact cites first
                # "which articles say Lind lied", "which articles quote Lind": what is asked of the names is
                # carried by an article's own words, or its quoted words are theirs, not every article naming them
                claim = frozenset() if described else self._claim_stems(q) | self._asked_beyond_names(q)
                # (an outlet's words are its reports: "which articles quote the Courier" asks those citing it)
                quoted = not QUOTING_VERBS.isdisjoint(q.words) or self._shown_saying(q)
                # "which article quotes Lind saying the guild lied": Lind speaks, the guild is named in what she says
                speakers, content, said = self._speech_asked(q) if quoted else (q.entities, [], "")
                # (an outlet asked as saying words, "which article quotes the Courier saying …", is quoted only in
                # its own words, as typed: those it reports or was told are its source's)
                outlet_said = bool(said) and all(self._kind_of(e) == OUTLET_KIND for e in speakers)
                quoted = quoted and (outlet_said or any(self._kind_of(e) != OUTLET_KIND for e in q.entities))
                if not quoted:
                    speakers, content, said = q.entities, [], ""
                found = self._mentioning(
                    speakers,
                    cited.source_id,
                    value,
                    described,
                    claim=claim,
                    content=content,
                    quoted=quoted,
                    # (of one thing the question takes as known, "the lease", "its lease": the lead's; an act asked
                    # of no such thing, "did not respond", is asked of any occasion: fresh tester, The Hill alone)
                    date=item.date if self._definite_claim(q.words) else None,
                    typed=self._typed_names(q),
                    negated=bool(claim) and not NEGATION.isdisjoint(q.words),
                    documents={d for t in q.words if (d := document_noun(t)) is not None},
                    run=said if said and (outlet_said or self._words_unchecked(said, claim, content)) else "",
                )
                name = " and ".join(self.brief.entities[e].name for e in speakers)
                if not found and quoted and said and (member := self._member_saying(speakers, said)):
                    # "which article quotes the guild saying …" of words its officer said ("Ada Lind, a campaign
                    # director with the guild"): hers, for the guild, named as such, never as the guild's own
                    label, fact_id, person, group = member
                    return Lead(
                        messages.QUOTED_MEMBER_SAYING.format(
                            source=label,
                            person=person,
                            group=group,
                            said=said,
                            statement=self.brief.facts[fact_id].statement,
                        )
                    )
                if not found and quoted and said and (theirs := self._mentioning(speakers, "", "", quoted=True)):
                    # "which article quotes Lind saying 'void'": articles quoting her, none in those words, are not
                    # none quoting her (fresh tester: "None of the articles I have quotes words of" a speaker quoted)
                    quoters = "; ".join(label for label, _, _ in theirs)
                    if holding := self._quoting_said(said):
                        # "… quotes Lind saying it's just paper" of another's words: whose they are, as quoted
                        label, fact_id, _ = holding[0]
                        words_of = self.brief.facts[fact_id].statement
                        return Lead(
                            messages.QUOTED_NOT_SAYING_OTHERS.format(
                                name=name,
                                whose=possessive(name),
                                sources=quoters,
                                said=said,
                                source=label,
                                statement=words_of,
                            ),
                            answers=False,
                        )
                    return Lead(
                        messages.QUOTED_NOT_SAYING.format(name=name, sources=quoters, said=said, statement=statement),
                        answers=False,
                    )
                if not found and quoted and said and (holding := self._quoting_said(said)):
                    # "which article quotes the Courier saying …" of words it reports: its source's, as quoted
                    return self._said_by_others(name, said, holding[0])
                if not found and quoted:  # no article gives words as theirs
                    return Lead(messages.QUOTED_BY_NONE.format(name=name, statement=statement), answers=False)
                if not found:  # no article's own words call it so
                    return Lead(messages.CALLED_BY_NONE.format(name=name, statement=statement), answers=False)
                labels = [label for label, _, _ in found]
                if quoted and found[0][1] and (words_fact := self.brief.facts.get(found[0][1])) is not None:
                    statement = words_fact.statement  # the lead's fact quotes none of them: the first that does
                if (quoted and found[0][1]) or claim:
                    # each listed article's own fact giving their words, or saying what was asked, is its evidence,
                    # not the lead's item alone (the lead's own article's: the item, "")
                    shown = tuple((fact_id or item.id, source) for _, fact_id, source in found)
                value = "; ".join(labels)
                if q.counted and q.counted in PLURAL_OUTLETS:  # "how many articles mention Lantern": how many, which
                    value = f"{len(labels)} article{'s' if len(labels) > 1 else ''} ({value})"
                    if q.words[:1] in (["do"], ["does"], ["did"]):  # "does any article mention Lantern": they do
                        value, says_yes = f"Yes: {value}", True
        elif q.outlet and item.citations and fact is not None and asks_reporting(q.words):
            # "which outlet reported it" of a fact passing on another outlet's report ("according to the Courier,
            # …", told in a Gazette piece): that outlet reported it, as the article cites it
            outlet = self._passed_on(fact)
            if outlet:
                # every article citing it so, each once (two that both pass on the Courier's report: both, never
                # the first alone; fresh tester fu57 2)
                citing = "; ".join(dict.fromkeys(c.label for c in item.citations))
                return Lead(messages.PASSED_ON_LEAD.format(outlet=outlet, source=citing, statement=statement))
        elif q.kind in ("amount", "count"):
            if q.kind == "count" and fact is not None and (withheld := self._qualifier_untold(q, fact, statement)):
                # "how many keepers were arrested in 2017" of an undated count, "… with the Lantern app" of one
                # naming no means: a count led must hold for every qualifier asked, else it is of something else
                return Lead(withheld, answers=False)
            if item.kind == "fact" and self.figures.first_untold(q, statement):
                # "how much was the first lease": a sum not told as the first's (a renewal's, or of one lease alone)
                return Lead(messages.FIRST_UNTOLD_LEAD.format(statement=statement))
            value = self.figures.asked_figure(q, statement) or ""
            if value and q.kind == "count" and item.kind == "fact":
                if total_untold(q, statement, self.places_named(item.id)):
                    # "how many leases did the guild hold in total" of "in July 2018 the guild held two leases":
                    # a count of its own time or place, which no fact says is the total (others may tell of more)
                    return Lead(
                        messages.COUNT_TOTAL_UNTOLD_LEAD.format(count=value, statement=statement), answers=False
                    )
                if (modified := modifiers_unasked(q, statement, value)) is not None:
                    # "how many arrests" of "35 criminal arrests": the count is of the modified noun alone
                    value = f"{value} {modified}"
            if value and q.kind == "amount" and fact is not None:
                value += self.figures.shared_with(q, fact, statement)
            # the things counted after the asking words: "… mentions 2 leases. how much was the one that expired"
            # asks of one of them
            asking = next((i for i, t in enumerate(q.words) if t in ("how", "what")), len(q.words))
            several = fact is not None and (counts_several(q, asking) or asks_plural_agreements(q, asking))
            apart = self.figures.each_of(q, item.id, statement) if several else []
            if q.kind == "amount" and len(apart) > 1:
                # "how much were both leases worth": each one's sum, as the fact gives them apart (a total asked is
                # the decider's: no article adds them up); one of them alone would read as what both were worth
                value = " and ".join(apart)
            elif (
                value
                and q.kind == "amount"
                and fact is not None
                and len(tied := self.figures.tied_figures(q, item.id, statement)) > 1
            ):
                # "how much was the lease the Gazette wrote about" of two leases it gives apart: nothing asked tells
                # which, so neither is led alone (as if it were the only one)
                value = " and ".join(tied)
            if not value and q.kind == "count" and q.counted:  # "offices in Eastport and Westport": two, by name
                named = enumerated_as_asked(
                    words(statement), q, self._name_spans, self._kind_of, self.retriever.places_worded
                )
                value = number_word(len(named)) if named else ""
                of_one_time = bool(q.years or q.on_date or q.weekdays or q.sources)  # "on the Monday of the vigil"
                if named and item.date and not of_one_time and self._more_named(q, item.id, named):
                    # "how many offices were picketed" of "the Eastport and Westport offices" on one day, when
                    # another fact names a Lamport office: that count is of its day, not of all (review ov53 7)
                    of_day = len(item.date) == len("2019-07-31")
                    value = f"{value} {'on' if of_day else 'in'} {date_label(item.date)}"
            if value and q.kind == "count" and item.kind == "fact" and item.date and _asks_present_count(q, statement):
                # "how many leases does the guild have" of "in July 2018 the guild had two leases": so as of the
                # article's date, which cannot tell how many it has now (as a yes/no asked in the present is told)
                value = f"{value}, as of {latest_source_label(item)}"
        elif q.kind == "where" and q.earliest and claim_earliest and item.date and self.places_named(item.id):
            # "where was the first protest": the place first, then when, as the earliest the sources give; within a
            # year the question names, only as the earliest they place (an earlier one that year may be told with
            # no place this check can read: final read, "where was the first protest in 2019" claimed September
            # over a May protest told as people who "gathered")
            place, date = and_joined(self.places_named(item.id)), date_label(item.date)
            when = f"on {date}" if len(item.date) == len("2019-07-31") else f"in {date}"  # "in 2019", "in July 2019"
            lead = messages.EARLIEST_PLACED_IN_YEAR_LEAD if q.years else messages.EARLIEST_PLACE_LEAD
            return Lead(lead.format(place=place, when=when, statement=statement))
        elif q.kind == "who" and fact is not None and (holder := self._role_holder_told(q, fact)):
            value = holder
        elif (
            q.kind == "where"
            and len(places := self.places_named(item.id)) == 1
            and self.places_named(item.id, placed=True) == places
        ):
            # "where was the harbour vigil": the one place the fact puts it in leads, as a date leads a when-question
            # (more than one named may be where it went from and to, or a place of something else it tells); the
            # spot the asked act was done at, when the statement puts it there, before its town (fresh tester 92:
            # "where did they tape the letter" led the town of "taped it to the door")
            spot = act_spot(q.words, statement, self.retriever.english.verb)
            value = f"{spot[0].upper()}{spot[1:]} in {places[0]}" if spot else places[0]
        elif (
            q.kind == "where"
            and item.kind == "fact"
            and not self.places_named(item.id)
            and (online := online_venue(statement))
        ):
            # "where did the online protest happen": the web place it was done at leads, as a town would (fresh
            # tester 91: another day's cities led over the company's "software development page" the act was done on)
            value = online[0].upper() + online[1:]
        elif q.kind == "date" and item.kind == "fact" and (recent := self._recent_act(q, item)):
            # "when did the $9 million lease expire" of "… had recently expired, as of the end of July 2018": the
            # article's date is all it gives, and only as a bound ("2018" would read as the date of the act, which
            # the article never gives, pressed for "exactly" or not)
            return Lead(messages.RECENT_AS_OF_LEAD.format(published=recent, statement=statement))
        elif q.kind == "date" and item.kind == "fact" and (reported := self._year_of_article_alone(item)):
            # "when did the nonprofit reject the gift" of "… rejected a $250,000 gift", told undated in a July 2018
            # article and given its year: "2018:" would read as a date the article never gives
            outlet, published = reported
            return Lead(
                messages.UNDATED_REPORTED_BY_LEAD.format(source=outlet, published=published, statement=statement)
            )
        elif q.kind == "date" and item.kind == "fact" and item.date and self._when_only_tried(q, item):
            # "when did they deliver the petition" of "… tried to hand over a petition" ("tried to deliver" in its
            # quote): the date is of the try; the act asked is not told as done
            return Lead(messages.TRIED_ON_LEAD.format(date=date_label(item.date), statement=statement))
        elif (
            q.kind == "date"
            and item.kind == "fact"
            and item.date
            and asked_act(q.words, q.text, self.retriever.english.verb) is None
            and (head := asked_thing_head(q.words, self.retriever.english.verb))
            and act_of_thing(head, statement, self.retriever.english.verb)
        ):
            # "when was the harbour forum" of "In June 2019 the Harbour Forum … dropped the guild as a sponsor": the
            # date is of what the forum did, not of the forum itself, which the articles leave undated
            return Lead(messages.NO_DATE_LEAD.format(statement=statement))
        elif q.kind == "date" and item.date:
            value = date_label(item.date)
            year = self.dates.year_told_of_act(q, statement) if item.kind == "fact" else None
            if year is not None and year != item.date[:4]:
                # "when was the $16 million lease signed" of "… the lease, first signed in 2013, was renewed for $16
                # million": the sum is the renewal's, and no sum is given for the signing, so the signing's year is
                # no date of the lease named by that sum (and the renewal's is none of its signing)
                figure = self._figure_named(q, item.id)
                clause = self.dates.act_clause(q, statement)
                if figure is not None and clause is not None and not AMOUNT.search(clause):
                    return Lead(messages.SUM_OF_OTHER_STEP_LEAD.format(figure=figure, statement=statement))
                value = year  # "when was the contract signed": "… first signed in 2013, was renewed" in a 2015 fact
            if asks_month(q.words) and len(item.date) == 4:
                # "which month was the lease": a date of the year alone is no month; the statement's own "May 2017"
                # of that year is, else the lead says the month is not given
                month = re.search(rf"\b(?:{'|'.join(MONTHS)}) {item.date}\b", statement)
                value = month.group(0) if month else messages.NO_MONTH.format(year=value)
            if asks_weekday(q.words) and len(item.date) == 10:  # "what day of the week": the calendar's, of the day
                value = f"{weekday(item.date)}, {value}"
            elif (asks_weekday(q.words) or (asks_day(q.words) and len(item.date) < len("2019-07-31"))) and len(
                days := WEEKDAYS.intersection(words(fold(statement)))
            ) == 1:
                # a day not known to the date, but the one weekday the statement names ("began on a Saturday in
                # May 2019") is the answer; "what day did it begin" of a date of the month alone asks the same
                value = f"a {next(iter(days)).capitalize()} in {value}"
            planned = planned_as(statement) if item.kind == "fact" else ""
            if not planned and item.kind == "fact" and due_at(statement, item.date):
                planned = "due by"  # "when did the lease expire": "Due by 2019" of one due to expire then
            if planned:  # a date the event was planned for is not a date it happened
                value = f"{planned[:1].upper()}{planned[1:]} {value}"
            if q.earliest and (linked_start or not self.dates.states_start(q, item.id)):
                # the earliest the sources mention, which need not be when it began: a state by then ("by 2019 it
                # faced …", "had been … for a year") or a fact that does not tell of the asked act at all (the decided
                # best, when no candidate did)
                told = item.kind == "fact" and self.dates.tells_of_first(q, item.id)
                if STATE_AT_DATE().search(statement) or not told:  # the date alone: never "as of Planned for …"
                    return Lead(messages.BEGUN_BEFORE_LEAD.format(date=date_label(item.date), statement=statement))
                if claim_earliest:
                    return Lead(messages.EARLIEST_LEAD.format(date=value, statement=statement))
                if _first_thing(q.words, q.leftover) and not CALLED_FIRST().search(statement):
                    # "when was the first lease" of a lease the fact never calls the first, the brief linking an
                    # earlier-dated fact to it: neither the first nor surely the earliest, so not led as either
                    return Lead(messages.FIRST_UNRANKED_LEAD.format(date=value, statement=statement))
            if _last_thing(q.words, q.leftover) and not CALLED_LAST().search(statement):
                # "when was the last vigil" of a vigil no fact calls the last: the articles rank none so, and the
                # one led may not be the latest they tell of (fresh tester 103: a 2018 protest led as the last,
                # though they tell of 2019 ones)
                return Lead(messages.LAST_UNRANKED_LEAD.format(date=value, statement=statement))
        if value and not statement.startswith(value):
            return Lead(f"{value[:1].upper()}{value[1:]}: {statement}", says_yes=says_yes, shown=shown)
        if (
            q.kind == "date"
            and item.kind == "fact"
            and not item.date
            and DATED_ACCOUNT_OPENING.match(statement)
            and not _year_of_act(statement)
        ):
            # "when did the port pay the guild $5 million" of an undated total told "According to the Gazette (May
            # 2019), …": the statement alone would read as the answer, its account's date as the payment's (task
            # ld35); an undated statement telling a time otherwise ("once the policy …") stays the answer
            return Lead(messages.NO_DATE_LEAD.format(statement=statement))
        return Lead(statement)

    def _passed_on(self, fact: FactData) -> str:
        """The outlet whose report the fact passes on (bot.reporting.passed_on_outlet), or ""."""
        return passed_on_outlet(fact, self.brief.entities, self.brief.sources)

    def _only_reported(self, q: Question, item: Item) -> bool:
        """ "Which outlet ran X's piece" against a fact whose article only reported that X wrote it: the outlet
        asked for is not in the articles, so the answer says so and is not counted as answered. Not when the
        question asks who reported it ("which outlet reported what the keeper wrote"): that article is the answer."""
        fact = self.brief.facts.get(item.id) if item.kind == "fact" else None
        return (
            q.outlet
            and not asks_reporting(q.words)
            and bool(item.citations)
            and not self._cites_other_outlet(item)
            and fact is not None
            and self._written_by_named(q, fact)
        )

    def _written_by_named(self, q: Question, fact: FactData) -> bool:
        """The fact tells of a piece written by someone the question names ("the keeper wrote an essay …"), so
        "which outlet ran the keeper's essay" is not answered by the article that reported it."""
        writers = set(q.entities) & set(fact.entities) & self.specific_entities
        return bool(writers) and not WRITING.isdisjoint(words(fold(fact.statement)))

    def _progressive_untold(self, q: Question, statement: str) -> bool:
        """A saying asked of an act going on ("did Lind say the guild was dropping the leases", `progressive_said`)
        whose act the statement never tells done to the thing asked (`act_told_on`): a word of the act (or one the
        brief gives for it) with the thing right after it, determiners aside. A thing named is told by its name or
        by its entry's kind ("helping the agency" of an agency named); a verb, or a noun of an act ("evictions"), by
        its verb within COMPLEMENT_REACH.
        False when no such saying is asked."""
        parts = progressive_said(q)
        if parts is None:
            return False
        act, thing = parts
        told = words(fold(statement))
        acts = self.verdicts.alike(stem(q.words[act]))
        if thing is None:
            return acts.isdisjoint(stem(t) for t in told)
        if thing in q.named_at:
            named = next((e for start, end, e in self._name_spans(q.words) if start <= thing < end), None)
            entry = self.brief.entities.get(named) if named is not None else None
            starts = {start for start, _, e in self._name_spans(told) if e == named}
            kind = entry.kind if entry is not None else None
            return not act_told_on(told, acts, lambda k: k in starts or told[k] == kind)
        forms = self.verdicts.alike(stem(q.words[thing]))
        english = self.retriever.english
        if english.verb(q.words[thing]):
            # "helping deport people": a verb after it is what the act helps happen, told after its doer too
            # ("helping the wardens deport people")
            return not act_told_on(
                told, acts, lambda k: not forms.isdisjoint(map(stem, told[k : k + COMPLEMENT_REACH]))
            )

        def named_act(k: int) -> bool:
            # "helping evictions" of "helping the wardens evict people": a noun of an act (its stem a verb's) is
            # told by that verb, after its doer too, as a verb asked is
            return any(stem(w) in forms and english.verb(w) for w in told[k : k + COMPLEMENT_REACH])

        return not act_told_on(told, acts, lambda k: stem(told[k]) in forms or named_act(k))

    def _progressive_thing_told(self, q: Question, statement: str) -> bool:
        """Of a saying asked of an act going on (`progressive_said`) whose act's word (nor one the brief gives for it)
        the statement never has: its object's word (past a particle, PARTICLES: "tearing apart families") is told
        right after a verb of the statement, determiners aside: a word lemminflect knows only as a verb, or any
        before a particle ("split up families"); an act the statement tells on the same thing in other words."""
        parts = progressive_said(q)
        if parts is None:
            return False
        act, thing = parts
        while thing is not None and thing < len(q.words) and q.words[thing] in PARTICLES:
            thing = thing + 1 if thing + 1 < len(q.words) else None
        told = words(fold(statement))
        if thing is None or not self.verdicts.alike(stem(q.words[act])).isdisjoint(map(stem, told)):
            return False
        forms = self.verdicts.alike(stem(q.words[thing]))
        english = self.retriever.english
        for k, t in enumerate(told):
            if stem(t) not in forms:
                continue
            j = k - 1
            while j >= 0 and told[j] in DETERMINERS:
                j -= 1
            particle = j > 0 and told[j] in PARTICLES  # (a word before a particle is a verb: "split up")
            if particle:
                j -= 1
            if j >= 0 and told[j] not in STOPWORDS and (particle or english.verb(told[j])):
                return True
        return False

    def _mentioned_by_source(self, q: Question, fact: FactData) -> bool:
        """A yes/no question asking whether an article it names mentioned something (`mentioned_stems`: "did the
        Gazette mention the town hall", `q.sources` the Gazette's) of a fact that article cites, or an outlet it
        opens with whose report the fact passes on ("…, the Courier reported": `_passed_on`), whose whole text
        (statement and quotes) has every stem asked: the article mentioning it is what the fact records (fresh
        tester 68, W1: "did the <passed-on outlet> mention …" said the articles don't say, then told its report)."""
        asked = mentioned_stems(q)
        if not asked:
            return False
        if any(c.source in q.sources for c in fact.citations):
            return asked <= self._told_stems(fact, q.sources) | self._names_told(q, fact, q.sources)
        outlet = self._passed_on(fact)
        opening = {e for start, _, e in self._name_spans(q.words) if start in (1, 1 + (q.words[1:2] == ["the"]))}
        if not outlet or outlet not in {self.brief.entities[e].name for e in opening if e in self.brief.entities}:
            return False
        cited = {c.source for c in fact.citations}
        return asked <= self._told_stems(fact, cited) | self._names_told(q, fact, cited)

    def _names_told(self, q: Question, fact: FactData, sources: Set[str]) -> set[str]:
        """The stems of the question's words naming an entry (its name spans) that the articles' words in the fact
        (`_told_stems`' texts) name by any of its names: a name asked short ("HG") is mentioned by its full name
        ("Harbour Guild"; tester yn2: "did <article> mention <short name>" was told "don't say that")."""
        own = [c.quote for c in fact.citations if c.source in sources]
        alone = all(c.source in sources for c in fact.citations)
        told = words(fold(" ".join([*own, *([fact.statement] if alone else [])])))
        named = {e for _, _, e in self._name_spans(told)}
        return {stem(t) for start, end, e in self._name_spans(q.words) if e in named for t in q.words[start:end]}

    @staticmethod
    def _told_stems(fact: FactData, sources: Set[str]) -> set[str]:
        """The stems of what the articles `sources` tell in a fact: their quotes, and its statement when no other
        article is cited for it (a statement written from two articles may name what only one of them does: "…, as
        reported by <outlet>" of one article's words, the other's quote silent on it; fresh tester 71, W7)."""
        own = [c.quote for c in fact.citations if c.source in sources]
        alone = all(c.source in sources for c in fact.citations)
        return {stem(t) for t in words(fold(" ".join([*own, *([fact.statement] if alone else [])])))}

    def _mentioning_of_source(self, q: Question, ranked: list[Hit], best: Hit) -> Hit:
        """For "did <article> mention X" (`q.sources`, `mentioned_stems`), the best-ranked fact whose words from that
        article name X (`_mentioned_by_source`), when the best's do not: its own mention settles it, not a fact it
        shares with another article that alone names X (fresh tester 71, W7); the best otherwise."""
        facts = self.brief.facts
        if not q.sources or not mentioned_stems(q) or self._mentioned_by_source(q, facts[best.id]):
            return best
        return next((h for h in ranked if h.id in facts and self._mentioned_by_source(q, facts[h.id])), best)

    def mentioned_elsewhere(self, q: Question, fact: FactData) -> tuple[str, list[str]] | None:
        """For "did <article> mention <name>" (`q.sources`, a verb of MENTIONING, what is mentioned one or more of
        the brief's names and nothing else): the name of another article whose words in the fact name it
        (`_told_stems`) and the names' entities, when no fact the index finds for them (fewer than MENTIONING_HITS,
        so every one) has the asked article's own words name it: the articles' mentions are what their facts quote,
        and the asked one's never do (fresh tester 71, O2: "did <article> mention <outlet>" led another article's
        citing of the outlet with no verdict); None otherwise."""
        asked = mentioned_stems(q)
        verb = next((k for k, t in enumerate(q.words) if t in MENTIONING), None)
        if not q.sources or not asked or verb is None:
            return None
        spans = [(start, end, e) for start, end, e in self._name_spans(q.words) if start > verb]
        said = {k for start, end, _ in spans for k in range(start, end)}
        if not spans or any(t not in STOPWORDS and k not in said for k, t in enumerate(q.words) if k > verb):
            return None  # "did the Gazette mention the vigil": a thing the index may find under other words
        others = {c.source for c in fact.citations} - q.sources
        if not others or not asked <= self._told_stems(fact, others):
            return None
        # (its stop words aside: "the" of "the Courier" would match every fact, so never fewer than MENTIONING_HITS)
        hits = self.retriever.index.search([t for t in q.words[verb + 1 :] if t not in STOPWORDS], MENTIONING_HITS)
        if len(hits) >= MENTIONING_HITS:
            return None  # some may be left unread: no "No"
        for doc_id, _ in hits:
            found = self.brief.facts.get(doc_id)
            if found is not None and self._mentioned_by_source(q, found):
                return None
        source = self.brief.sources[next(c.source for c in fact.citations if c.source in others)]
        # an article known by our label alone reads as one ("the <place> protest report"), an outlet by its name
        other = source.name if source.outlet or source.name[:4].lower() == "the " else f"the {source.name}"
        return other, list(dict.fromkeys(e for _, _, e in spans))

    def _mentioning(
        self,
        entities: list[str],
        first: str,
        label: str,
        described: Set[str] = frozenset(),
        *,
        claim: Set[str] = frozenset(),
        content: Sequence[str] = (),
        quoted: bool = False,
        date: str | None = None,
        typed: Mapping[str, str] | None = None,
        negated: bool = False,
        documents: Set[str] = frozenset(),
        run: str = "",
    ) -> list[tuple[str, str, str]]:
        """The labels of the articles citing a fact curated as of every one of `entities`, among the MENTIONING_HITS
        facts the index finds for their names (not a pass over every fact, which a compiled brief reads on demand:
        100,000 rows for one question): `label` (of the article `first`) first, the others best match first. With
        `described` (stems of what the question says the articles call it, `_described_as`), only the articles whose
        own words, the fact's quote from them, have every one of them: "which articles describe Lantern as a rival"
        asks for those that do, not every one naming it (fresh tester 78: every article was listed, one alone said
        it). Not the statement: it may blend what several articles say, so each citing article would be listed for
        words one alone said (fresh tester 80). With `claim` (stems of what the question asks of the names beyond
        naming them, `_claim_stems`: "which articles say Lind lied"), the lead's article and those whose own words
        have every one of them, in a fact of no other date than the lead's (`date`): every article naming Lind is
        not one saying she lied (fresh tester: every article was listed, one said it). With `quoted` ("which articles
        quote Lind"), only the articles of facts giving one of `entities` as speaking (`said_by`) in words they quote
        (a quote, or words in speech marks): an article naming her, or telling that she wrote a piece, does not quote
        her. With `content` (entities named in what they are asked as saying, `_speech_asked`), only the articles
        whose own words name every one of them too. With `typed` (each entity's words as the question gives them), an
        article is listed only when its own
        text, the seed, names every one of `entities` (`_seed_names`): a fact curated of Lantern cited by an article
        whose words never name it is not that article mentioning it. With `negated` ("which articles report Lind did
        not respond"), only words saying it is not so (NEGATION): an article's "Lind responded" is not it. A document
        of theirs (`_document_by`) gives their words, one of `documents` when the question names any ("which articles
        quote the guild's report": not its flyer). With `run` (words asked as said that `claim` does not stand for,
        `_words_unchecked`), only quotes holding them in a row (`holds_words`). Each label with the fact it was found
        in, the lead's with no fact (""), and the article."""
        found: dict[str, tuple[str, str, str]] = {}
        names = [self.brief.entities[e].name.lower() for e in entities]  # the index holds lowercase words
        told = [self.brief.entities[e].name.lower() for e in content]
        for doc_id, _ in self.retriever.index.search([*names, *told, *sorted(claim)], MENTIONING_HITS):
            fact = self.brief.facts.get(doc_id)
            if fact is None:
                continue
            authored = quoted and self._document_by(fact, entities, documents)  # their flyer's words are theirs
            speaking = self._said_by(fact.id, set(entities)) or self._opens_quote(fact, entities) or authored
            if quoted and not (speaking and gives_words(fact)):
                continue  # "which articles quote Lind": her own words, not a report that she wrote or said something
            if claim and date and fact.date and not (fact.date.startswith(date) or date.startswith(fact.date)):
                continue  # "which articles say the guild renewed its lease": another year's renewal is not it
            curated = set(entities) <= set(fact.entities)
            for ref in fact.citations:
                if not curated and not all(self._quote_names(ref.quote, e) for e in entities):
                    # "which articles mention the Flood": an article whose own words name it, in a fact curated of
                    # other things (fresh tester 96: an article's "invoking the Flood" was left out)
                    continue
                # (each word also as IRREGULAR reads it, as the question's words are read: "seen" asked is "saw")
                said = {stem(f) for w in words(fold(ref.quote)) for f in (w, IRREGULAR.get(w, w))}
                if (described and not described <= said) or not claim <= said:
                    continue
                if not all(self._quote_names(ref.quote, e) for e in content):
                    continue  # "which article quotes Lind saying the guild …": her words naming the guild
                if run and not holds_words(ref.quote, run):
                    continue  # "which article quotes Lind saying it's just paper": her words, those words in a row
                if negated and NEGATION.isdisjoint(words(fold(ref.quote))):
                    continue
                if quoted and not authored and not self._speaks_in(ref.quote, entities):
                    continue  # "which articles quote the guild": its words, not a report of what it did
                if typed is not None and not all(self._seed_names(ref.source, e, typed.get(e, "")) for e in entities):
                    continue  # "which articles mention the Flood": not an article whose words never name it
                if ref.source not in found and ref.source in self.brief.sources:
                    found[ref.source] = (self.brief.citation(fact.id, ref).label, fact.id, ref.source)
        # (the lead's article, when its own words are among those asked, or the answer rests on it, and name them)
        named = typed is None or all(self._seed_names(first, e, typed.get(e, "")) for e in entities)
        if first in found or (not (described or quoted) and named):
            found = {first: (label, "", first)} | found
        return list(found.values())

    def _opens_quote(self, fact: FactData, entities: Sequence[str]) -> bool:
        """A fact curated as someone's words (kind "quote") whose statement opens with one of `entities`, a person:
        its subject, whose words it gives however the verb reads ("Ada Lind had attacked the guild, calling it
        'reckless', the Gazette reported", told as the Gazette's report by `said_by`)."""
        if fact.kind != "quote":
            return False
        spans = self._name_spans(words(fold(fact.statement)))
        # (a person: "Lind campaign director Ada Hale told …" opens with a body whose member speaks)
        return bool(spans) and spans[0][0] == 0 and spans[0][2] in entities and self._kind_of(spans[0][2]) == "person"

    def _document_by(self, fact: FactData, entities: Sequence[str], documents: Set[str] = frozenset()) -> bool:
        """A fact curated as words (kind "quote") with a clause (the statement, or a part of it between commas,
        semicolons, colons or dashes) opening with a document (`document_noun`: a flyer, a letter, a statement; one of
        `documents` when any are given) put out by one of `entities`: named before it with nothing but names, "the"
        and "and" ("The guild and Wardens Union flyer urged …", "According to the Gazette, the guild's letter asked
        …"), or right after it by "from" or "by" ("the letter from the guild asked …"). The document's words are
        theirs, as a person's words are."""
        return fact.kind == "quote" and self._told_by_document(fact.statement, entities, documents)

    def _told_by_document(self, statement: str, entities: Sequence[str], documents: Set[str]) -> bool:
        """A clause of `statement` opens with a document of one of `entities` (`_document_by`)."""
        return any(self._clause_document_by(words(fold(c)), entities, documents) for c in CLAUSES().split(statement))

    def _clause_document_by(self, told: list[str], entities: Sequence[str], documents: Set[str]) -> bool:
        """A clause's words (`_document_by`) open with a document of one of `entities`, one of `documents` if any."""
        at = next((k for k, t in enumerate(told[:DOCUMENT_OPENING]) if document_noun(t) is not None), None)
        if at is None or (documents and document_noun(told[at]) not in documents):
            return False
        named: dict[int, str] = {}
        for start, end, e in self._name_spans(told):
            named |= dict.fromkeys(range(start, end), e)
        if any(k not in named and t not in ("the", "and") for k, t in enumerate(told[:at])):
            return False
        makers = {named[k] for k in range(at) if k in named}
        after = at + 1 + (told[at + 1 : at + 2] in (["from"], ["by"]))
        after += after > at + 1 and told[after : after + 1] == ["the"]
        if after > at + 1 and after in named:
            makers.add(named[after])  # "the flyer from the guild"
        return not set(entities).isdisjoint(makers)

    def _shown_saying(self, q: Question) -> bool:
        """The question asks for an article giving someone as saying something ("which article has Lind saying …",
        "which piece shows Lind saying …"): an article word, and a name right before "saying"; asked as "which article
        quotes Lind saying …" is."""
        if ARTICLE_WORDS.isdisjoint(q.words):
            return False
        return any(q.words[end : end + 1] in VOICING_ASKED for _, end, _ in self._name_spans(q.words))

    def _quotation_asked(self, q: Question) -> str:
        """The words, as typed, a question asks which article quotes someone named by no name as saying ("which
        article quotes an organizer / someone / a rabbi saying it's just paper" -> "it's just paper"): "" when it
        asks none, names its speaker ("… quotes Lind saying …", `_speech_asked`), or asks words that say nothing of
        what was said ("… saying something": stop words alone)."""
        speaker, said = quoted_saying(q.text)
        who = speaker.split()
        # (named by no name: "someone", "a rabbi", "the protesters", "organizers"; a word the brief does not name,
        # "Okafor", may be a name all the same, whose words are not anyone's)
        unnamed = bool(who) and (who[0] in INDEFINITE_PEOPLE | UNNAMING or all(w in PERSON_NOUNS for w in who))
        # (one of a body named before a noun of a person, "an agency agent", "guild officers", is no name either)
        unnamed = unnamed or (bool(who) and not self._names_speaker(who))
        # (not a piece of writing "saying" it: "which outlet had the source saying …" asks what an article tells)
        unnamed = unnamed and who[-1] not in PIECE_WORDS and document_noun(who[-1]) is None
        if not said or not unnamed or self._names_speaker(who) or all(w in STOPWORDS for w in said.split()):
            return ""
        return quotation_typed(q.text) or said

    def _role_asked(self, q: Question) -> tuple[str, frozenset[str]]:
        """The speaker a "which article quotes a rabbi saying …" question names by a role noun, as typed ("a rabbi"),
        and the words for one of that role: the noun's lemma and plural (`English.noun_forms`), and for one of a
        crowd every kind taking part in it (`kind_forms`: an organizer's shout is a protester's). A role with words
        before its noun ("an executive director") is asked as that whole phrase, each form with them ("executive
        director", "executive directors"): a campaign director is not it. ("", empty) when the speaker is left open
        ("someone", "a person", "people") or named."""
        speaker, _ = quoted_saying(q.text)
        who = speaker.split()
        if not who or who[0] in INDEFINITE_PEOPLE or who[-1] in OPEN_PEOPLE or self._names_speaker(who):
            return "", frozenset()
        modifiers = " ".join(w for w in who[:-1] if w not in DETERMINERS)
        forms = set(English.noun_forms(who[-1]))
        if modifiers:
            return speaker, frozenset(f"{modifiers} {form}" for form in forms)
        for form in list(forms):
            forms |= self._kind_forms(form)
        return speaker, frozenset(forms)

    def _names_speaker(self, who: list[str]) -> bool:
        """The speaker asked, `who` ("Lind", "the guild", "an agency agent"), is named: a name of the brief's in its
        words, unless it is the name of a body before a noun of one of its people (PERSON_NOUNS: "a guild officer"),
        one of it described so, whose own words are not the body's."""
        spans = self._name_spans(who)
        if not spans:
            return False
        of_body = who[-1] in PERSON_NOUNS and all(end < len(who) for _, end, _ in spans)
        return not (of_body and all(self._kind_of(e) != "person" for _, _, e in spans))

    def _speaker_fits(self, fact_id: str, roles: Set[str]) -> bool:
        """The fact `fact_id` gives its words as said by one of a role (`roles`): one of its words outside speech
        marks, in its statement or an article's quote, within SPEAKER_REACH words of a verb of reporting (SPEAKING, by
        its stem: "chanting" too) and not whom it was told to ("told the protesters"); or the glossary naming one it
        gives as speaking as one of them (`_of_kind`), or a fact of a quote opening with one of them. A role of more
        words than its noun ("executive director", "agency agent") fits when the fact describes someone by all of
        them, or by its noun near the name of the body they name ("an organizer with the guild"), and gives its
        words as said by one of that noun (a name counted as one word: "an agent of the Harbour Guild told …")."""
        fact = self.brief.facts[fact_id]
        texts = [words(fold(_outside_marks(text))) for text in (fact.statement, *(ref.quote for ref in fact.citations))]
        phrases = [role.split() for role in roles]
        if any(len(p) > 1 for p in phrases):
            heads = {p[-1] for p in phrases}
            described = any(told[k : k + len(p)] == p for told in texts for p in phrases for k in range(len(told)))
            # (one of a body by its name: "an organizer with the guild" as "a guild organizer", the name that near)
            # (its other words right before the noun: "a guild field organizer" is no "organizer with the guild")
            bodies = {e for p in phrases for _, _, e in self._name_spans(p[:-1])}
            others = [w for w in self._names_shortened(phrases[0][:-1]) if w not in bodies]
            shortened = [self._names_shortened(told) for told in texts]
            described = described or any(
                abs(k - j) <= BODY_REACH and told[k - len(others) : k] == others
                for told in shortened
                for j, t in enumerate(told)
                if t in bodies
                for k, h in enumerate(told)
                if h in heads
            )
            return (described and self._role_speaks(shortened, heads)) or any(
                self._of_kind(e, roles) for e in self.speakers_of(fact_id)
            )
        if self._role_speaks(texts, roles):
            return True
        # (a fact of a quote opening with one of them as its subject: "Rabbi Ada Lind compared the guild to …")
        opening = [w for w in words(fold(fact.statement))[:2] if w not in DETERMINERS_OF_HEARERS][:1]
        if fact.kind == "quote" and opening and opening[0] in roles:
            return True
        return any(self._of_kind(e, roles) for e in self.speakers_of(fact_id))

    def _names_shortened(self, told: list[str]) -> list[str]:
        """The words `told` with each name of the brief's in them one word, its entity's id ("an organizer with the
        harbour guild said" -> "an organizer with the harbour-guild said"): a name is one word apart, however long."""
        spans = {start: (end, e) for start, end, e in self._name_spans(told)}
        shortened: list[str] = []
        k = 0
        while k < len(told):
            end, e = spans.get(k, (k + 1, told[k]))
            shortened.append(e)
            k = max(end, k + 1)
        return shortened

    @staticmethod
    def _role_speaks(texts: list[list[str]], roles: Set[str]) -> bool:
        """One of `texts` (folded words) has one of `roles` within SPEAKER_REACH words of a verb of reporting
        (SPEAKING, by its stem, or "called out"), and not as whom it was told to ("told the protesters")."""
        for told in texts:
            verbs = [j for j, t in enumerate(told) if stem(t) in SPEAKING_STEMS or told[j : j + 2] in CALLED_OUT]
            for k, t in enumerate(told):
                before = [w for w in told[max(0, k - 2) : k] if w not in DETERMINERS_OF_HEARERS]
                heard = before[-1:] != [] and before[-1] in HEARING
                if t in roles and not heard and any(abs(j - k) <= SPEAKER_REACH for j in verbs):
                    return True
        return False

    def _quoting_said(self, said: str) -> list[tuple[str, str, str]]:
        """The articles whose quoted words hold the words `said` in a row (`holds_words`), in a fact of someone's words
        (`gives_words`: a quote, or speech in marks, a crowd's chant; a name in marks is no one quoted), among the
        MENTIONING_HITS facts the index finds for them: each with its label, the fact and the article."""
        found: dict[str, tuple[str, str, str]] = {}
        for doc_id, _ in self.retriever.index.search(words(said), MENTIONING_HITS):
            fact = self.brief.facts.get(doc_id)
            for ref in fact.citations if fact is not None and gives_words(fact) else ():
                if ref.source not in found and ref.source in self.brief.sources and holds_words(ref.quote, said):
                    found[ref.source] = (self.brief.citation(doc_id, ref).label, doc_id, ref.source)
        return list(found.values())

    def _nearest_quote(self, said: str) -> str:
        """The statement of the fact of someone's words (`gives_words`) among the MENTIONING_HITS the index finds for
        the words `said` whose quotes share the most of their words (stems, stop words aside), the index's first of
        those; "" when it finds none."""
        asked = {stem(w) for w in words(fold(said)) if w not in STOPWORDS}
        best, shared = "", 0
        for doc_id, _ in self.retriever.index.search(words(said), MENTIONING_HITS):
            fact = self.brief.facts.get(doc_id)
            if fact is None or not gives_words(fact):
                continue
            given = {stem(w) for ref in fact.citations for w in words(fold(ref.quote))}
            if len(asked & given) > shared or not best:
                best, shared = fact.statement, max(shared, len(asked & given))
        return best

    def _speech_asked(self, q: Question) -> tuple[list[str], list[str], str]:
        """Of "which article quotes Lind saying the guild lied" (a verb of SAYING after a name): who is asked as
        speaking (the entities named before it), the entities named in what they say (after it), and those words as
        typed ("the guild lied"); of a question with no such verb, its entities, none and ""."""
        spans = self._name_spans(q.words)
        spoken = SAYING | VOICING  # "… quotes Lind saying / chanting …"
        at = next((k for k, t in enumerate(q.words) if t in spoken and any(end <= k for _, end, _ in spans)), None)
        typed = re.search(rf"\b(?:{'|'.join(sorted(spoken))})\b\s+(?:that\s+)?(.*?)[\s?.!]*$", q.text, re.IGNORECASE)
        if at is None or typed is None or not typed.group(1):
            return q.entities, [], ""
        before = [e for start, _, e in spans if start < at and e in q.entities]
        after = [e for start, _, e in spans if start > at and e in q.entities and e not in before]
        if not before:
            return q.entities, [], ""
        return list(dict.fromkeys(before)), list(dict.fromkeys(after)), typed.group(1)

    def _words_unchecked(self, said: str, claim: Set[str], content: Sequence[str]) -> bool:
        """Whether words asked as said (`said`, "it's just paper") hold a word the stems an article's words are checked
        for (`claim`) do not stand for, stop words and the names said (`content`) aside: "paper", read as a word of
        asking about articles, is checked by none; then the words must be quoted in a row, as typed."""
        named = {w for e in content for w in words(fold(self.brief.entities[e].name))}
        return any(
            stem(w) not in claim and stem(IRREGULAR.get(w, w)) not in claim
            for w in words(fold(said))
            if w not in STOPWORDS and w not in named
        )

    @staticmethod
    def _claim_stems(q: Question) -> frozenset[str]:
        """The stems of what a question asks of the articles beyond naming its names (`q.leftover`): "lied" of
        "which articles say Lind lied", none of "which articles mention Lind"; its words of asking about articles
        (ARTICLE_VOCABULARY, OUTLET_NOUNS, MENTIONING, SAYING, QUOTING_VERBS) aside."""
        asking = ARTICLE_VOCABULARY | OUTLET_NOUNS | MENTIONING | SAYING | QUOTING_VERBS | VOICING
        # ("which article shows Lind saying …": its "shows" asks of the article, as "has" does)
        shows = {b for a, b in itertools.pairwise(q.words) if a in ARTICLE_WORDS and [b] in SHOWING}
        return frozenset(stem(w) for w in q.leftover if w not in STOPWORDS and w not in asking | shows)

    def _definite_claim(self, tokens: list[str]) -> bool:
        """What a "which articles say …" question asks after the verb asking it (SAYING, MENTIONING) takes one thing
        as known by a definite determiner or possessive not of a name ("say the guild renewed its lease"): general
        English; not "report the guild did not respond", of no one thing, asked of any occasion."""
        verb = next((k for k, t in enumerate(tokens) if t in SAYING or t in MENTIONING), None)
        if verb is None:
            return False
        named = {k for start, end, _ in self._name_spans(tokens) for k in range(start - 1, end)}  # "the" of "the guild"
        return any(t in DEFINITE and k not in named for k, t in enumerate(tokens) if k > verb)

    def _more_named(self, q: Question, fact_id: str, named: list[str]) -> bool:
        """Another fact names things of the kind counted (`enumerated`, or one alone: "the guild's office in
        Westport") by a name the fact `fact_id` does not (`named`): its count is of its own occasion only."""
        counted = stem(q.counted)
        kinds = {self._kind_of(e) for e in named}
        for other in self.brief.facts.values():
            if other.id == fact_id or set(other.entities) <= set(named):
                continue
            told = words(other.statement)
            if not any(stem(w) == counted for w in told):
                continue
            listed = set(enumerated(told, q.counted, self._name_spans))
            for start, _, entity in self._name_spans(told):
                if entity in named or self._kind_of(entity) not in kinds:
                    continue
                near = told[max(0, start - NAMED_REACH) : start + NAMED_REACH + 1]
                if entity in listed or any(stem(w) == counted for w in near):
                    return True
        return False

    def _quoting_speakers(self, asked: list[str], first: str, label: str) -> list[tuple[str, str, str]]:
        """The articles whose quoted words give them as said by such speakers as `asked` ("protesters"), among the
        MENTIONING_HITS facts the index finds for them; `label` (of the article `first`, the statement led) first when
        its words are among them; empty when none are. Words in speech marks with one of the speakers within
        SPEAKER_REACH words of a verb of reporting (SPEAKING: "“…,” one protester said"), by its stem; a noun of a
        kind of speaker (`kind_forms`: "protesters", answered by an organizer's words too) by its words, not its stem
        ("protested" is no protester). Or, of a fact of someone's words, its statement giving one of the kind as
        saying them ("Protester Ada Lind told the Gazette"), or the glossary naming a person it gives as speaking as
        one of the kind (`_of_kind`: "protester Ada Lind"). Each with its label, the fact found and the article."""
        kinds = [self._kind_forms(t) for t in asked]
        forms = frozenset().union(*kinds) if all(kinds) else None
        wanted = forms if forms is not None else {stem(t) for t in asked}
        found: dict[str, tuple[str, str, str]] = {}
        hits = [doc_id for doc_id, _ in self.retriever.index.search(sorted(forms) if forms else asked, MENTIONING_HITS)]
        members = [e for e in self.brief.entities if forms is not None and self._of_kind(e, forms)]
        for e in members:  # (their words may be found under their names alone: "Ada Lind said …")
            hits += [f.id for f in self.brief.facts_naming([e]) if f.kind == "quote" and f.id not in hits]
        for doc_id in hits:
            fact = self.brief.facts.get(doc_id)
            if fact is None:
                continue
            # (a fact of someone's words, its statement giving them as one of the kind's, or them as one of its members)
            said = forms is not None and fact.kind == "quote" and _kind_saying(fact.statement, forms)
            said = said or (fact.kind == "quote" and not set(members).isdisjoint(self.speakers_of(doc_id)))
            for ref in fact.citations:
                if ref.source in found or ref.source not in self.brief.sources:
                    continue
                if said or (_has_marks(ref.quote) and _near_speaking(ref.quote, wanted, stemmed=forms is None)):
                    found[ref.source] = (self.brief.citation(doc_id, ref).label, doc_id, ref.source)
        return list(({first: found[first]} | found).values()) if first in found else list(found.values())

    def _member_saying(self, groups: list[str], said: str) -> tuple[str, str, str, str] | None:
        """The article whose quote holds the words `said` (`_quoting_said`) as said by a person the glossary gives as
        one of `groups`' officers or members (`_speaks_for`): its label, the fact, the person's and the group's names;
        None when no such quote is found."""
        for label, fact_id, _ in self._quoting_said(said):
            for person in self.speakers_of(fact_id):
                for group in groups:
                    if self._speaks_for(person, group):
                        return label, fact_id, self.brief.entities[person].name, self.brief.entities[group].name
        return None

    def _speaks_for(self, person: str, group: str) -> bool:
        """The glossary gives the person `person` as one of the body `group`: its description opening with their role
        there ("A campaign director with the guild", "Executive director of the guild"), or an article's words in its
        entry setting it beside their name ("Ada Lind, a campaign director with the guild, said")."""
        data, body = self.brief.entities.get(person), self.brief.entities.get(group)
        if data is None or body is None or data.kind != "person" or body.kind == "person":
            return False
        bodies = "|".join(sorted(map(re.escape, {body.name, *body.aliases})))
        role = rf"(?:[\w’'-]+\s+){{1,{KIND_TITLE + 1}}}(?:with|of|at|from)\s+(?:the\s+)?(?:{bodies})\b"
        if re.match(rf"(?:(?:a|an|the)\s+)?{role}", data.description, re.IGNORECASE):
            return True
        names = "|".join(sorted(map(re.escape, {data.name, *data.aliases})))
        beside = re.compile(rf"\b(?:{names}),\s+(?:a|an|the|one)\s+{role}", re.IGNORECASE)
        return any(beside.search(c.quote) for c in data.citations)

    def _of_kind(self, entity: str, forms: Set[str]) -> bool:
        """The glossary names the person `entity` as one of a kind (`forms`): its description or an article's words
        in its entry put the kind as a title right before a name of theirs ("protester Ada Lind") or after it
        ("Ada Lind, an organizer with …")."""
        data = self.brief.entities.get(entity)
        if data is None or data.kind != "person":
            return False
        kinds = "|".join(sorted(map(re.escape, forms)))
        for name in (data.name, *data.aliases):
            said = re.escape(name)
            titled = re.compile(
                rf"\b(?:{kinds})\s+{said}\b|\b{said},\s+(?:a|an|the|one)\s+(?:[\w’'-]+\s+){{0,{KIND_TITLE}}}(?:{kinds})\b",
                re.IGNORECASE,
            )
            if any(titled.search(text) for text in (data.description, *(c.quote for c in data.citations))):
                return True
        return False

    def _speaks_in(self, quote: str, entities: list[str]) -> bool:
        """Whether an article's `quote` gives words in speech marks as said by one of `entities` that is not a person
        (an organization, a company): its name or an alias within SPEAKER_REACH words of a verb of saying (SPEAKING:
        "“…,” the guild said"). A person's words are found as `said_by` finds them (a fact of a quote); a body's
        are often told only as what it did (“signed a contract …”), which is not its words."""
        if all(self._kind_of(e) == "person" for e in entities):
            return True
        if not _has_marks(quote):
            return False
        told = words(fold(quote))
        for e in entities:
            data = self.brief.entities[e]
            for n in (data.name, *data.aliases):
                name = words(fold(n))
                for k in range(len(told) - len(name) + 1) if name else ():
                    near = told[max(0, k - SPEAKER_REACH) : k + len(name) + SPEAKER_REACH]
                    if told[k : k + len(name)] == name and not SPEAKING.isdisjoint(near):
                        return True
        return False

    def _typed_names(self, q: Question) -> dict[str, str]:
        """Each of the question's entities with the words it is named by in the question ("the flood" of "which
        articles mention the flood"), as `name_spans` finds them; "" for one found otherwise."""
        typed = {e: "" for e in q.entities}
        for start, end, e in self._name_spans(q.words):
            if e in typed and not typed[e]:
                typed[e] = " ".join(q.words[start:end])
        return typed

    def _asked_beyond_names(self, q: Question) -> frozenset[str]:
        """The stems of the question's words after its verb of asking about articles ("respond" of "which articles
        report Lind did not respond"), its names, stop words and words of asking aside: what an article's own words
        must carry besides the names, when the question's reading leaves nothing over (`q.leftover`)."""
        asking = ARTICLE_VOCABULARY | OUTLET_NOUNS | MENTIONING | SAYING | QUOTING_VERBS
        verb = next((k for k, t in enumerate(q.words) if t in MENTIONING or t in SAYING), None)
        if verb is None:
            return frozenset()
        named = {k for start, end, _ in self._name_spans(q.words) for k in range(start, end)}
        return frozenset(
            stem(t)
            for k, t in enumerate(q.words)
            if k > verb and k not in named and t not in STOPWORDS and t not in asking and words(t)
        )

    def _seed_names(self, source: str, entity: str, typed: str) -> bool:
        """Whether the article `source`'s own text names `entity`: by the words the question gives it (`typed`), its
        name, or an alias of more than one word (one word alone, "the military" of an entity named "the War Office",
        may be any other thing: fresh tester, an article's "military contractor" was listed as naming the office);
        True when the brief holds no text of it."""
        seed = self.brief.seeds.get(source)
        if seed is None:
            return True
        data = self.brief.entities[entity]
        # (a leading article aside: "the Flood" is named by the words of "the Port Lantern Flood Memorial")
        given = [words(fold(n)) for n in (typed, data.name)]
        bare = [ws[1:] if ws[:1] in (["the"], ["a"], ["an"]) else ws for ws in given]
        bare += [ws for a in data.aliases if len(ws := words(fold(a))) - (ws[:1] == ["the"]) > 1]
        folded = f" {' '.join(words(seed.full))} "
        return any(f" {' '.join(ws)} " in folded for ws in bare if ws)

    def _quote_names(self, quote: str, entity: str) -> bool:
        """Whether `quote` has the name or an alias of `entity` as whole words, case aside."""
        data = self.brief.entities[entity]
        folded = f" {' '.join(words(fold(quote)))} "
        return any(f" {' '.join(words(fold(n)))} " in folded for n in (data.name, *data.aliases) if words(fold(n)))

    def _stating_sum(self, figure: tuple[str, str], first: str, label: str) -> list[str]:
        """The labels of the articles whose quoted words give `figure` (a number as written and its scale word or
        "", from `_sum_named`), among the MENTIONING_HITS facts the index finds for it: `label` (of the article
        `first`) first, when its words give it; empty when only the lead's article does (its answer stands)."""
        number, scale = figure
        given = re.compile(rf"(?<![\d.,]){re.escape(number)}(?![\d]|[.,]\d)" + (rf"\s+{scale}\b" if scale else ""))
        labels: dict[str, str] = {}
        for doc_id, _ in self.retriever.index.search([number, scale] if scale else [number], MENTIONING_HITS):
            fact = self.brief.facts.get(doc_id)
            for ref in fact.citations if fact is not None else ():
                if ref.source not in labels and ref.source in self.brief.sources and given.search(ref.quote):
                    labels[ref.source] = self.brief.citation(doc_id, ref).label
        if set(labels) <= {first}:
            return []
        return list((({first: label} | labels) if first in labels else labels).values())

    def _quoting_words(self, asked: list[str], first: str, label: str) -> list[str]:
        """The labels of the articles whose quoted words have every word asked after a verb of naming (NAMING_VERBS:
        "which article mentions the flood": {flood}, stopwords aside; at most MENTIONED_WORDS of them), by
        stem, among the MENTIONING_HITS facts the index finds for them: `label` (of the article `first`) first, the
        article of the statement led; empty when only the lead's article has them (its answer stands) or nothing is
        asked."""
        verb = next((k for k, t in enumerate(asked) if t in NAMING_VERBS), None)
        wanted = {stem(t) for t in asked[verb + 1 :] if t not in STOPWORDS} if verb is not None else set()
        if not wanted or len(wanted) > MENTIONED_WORDS:
            return []
        labels: dict[str, str] = {}
        for doc_id, _ in self.retriever.index.search(sorted(wanted), MENTIONING_HITS):
            fact = self.brief.facts.get(doc_id)
            for ref in fact.citations if fact is not None else ():
                if ref.source in labels or ref.source not in self.brief.sources:
                    continue
                if wanted <= {stem(t) for t in words(fold(ref.quote))}:
                    labels[ref.source] = self.brief.citation(doc_id, ref).label
        if set(labels) <= {first}:
            return []
        # the lead's article first even when its quoted words lack them: the statement led is its (another
        # article's label before it would give that article what it never said)
        return list(({first: label} | labels).values())

    def _cites_other_outlet(self, item: Item) -> bool:
        """The fact names an outlet other than its own article's ("the keeper's op-ed in the Gazette", as the Herald
        it): which outlet ran what it tells of is then not the article's."""
        fact = self.brief.facts.get(item.id)
        return fact is None or self.retriever.names_other_outlet(fact)


def _described_as(asked: list[str], named_at: Set[int] = frozenset()) -> frozenset[str]:
    """The stems of the words after an "as" following a verb of MENTIONING ("which articles describe Lantern as a
    rival company": {rival, company}), or after the name (`named_at`, the positions of the question's names) right
    after a verb of calling (CALLING_VERBS: "which articles call Lantern a rival company"), what the articles are
    asked to call the thing, stopwords aside; empty with no such "as" or name, or one of "as … as" / "as well" (a
    comparison or a joining, no description)."""
    calling = next((k for k, t in enumerate(asked) if t in CALLING_VERBS), None)
    if calling is not None and (name := calling + 1 + (asked[calling + 1 : calling + 2] == ["the"])) in named_at:
        while name in named_at:
            name += 1
        return frozenset(stem(t) for t in asked[name:] if t not in STOPWORDS)
    verb = next((k for k, t in enumerate(asked) if t in MENTIONING), None)
    at = next((k for k, t in enumerate(asked) if t == "as" and verb is not None and k > verb), None)
    if at is None or "as" in asked[at + 1 :] or asked[at + 1 : at + 2] == ["well"]:
        return frozenset()
    return frozenset(stem(t) for t in asked[at + 1 :] if t not in STOPWORDS)


def _count_not_given(question: str, statement: str, *, weigh_act: bool) -> str | None:
    """A count of people a question gives (a number, neither a sum nor a year, with a people noun within three words
    after it: "300 keepers", "over 200 employees") that the statement, giving counts of its own, does not give: the
    question's number as typed ("over 200" with its bound), else None. With `weigh_act` (a yes/no question, whose
    order of words tells what the counted people did) a count the statement gives for people doing something other
    than the question's act (`_object_untold`) is not given either; without it (a question asking something else,
    taking the count as given: "what did the 300 keepers sign") only the number is weighed."""
    told = [m.group(0).replace(",", "") for m in NUMBER().finditer(statement) if not is_sum(statement, m)]
    if not told:
        return None
    for m in NUMBER().finditer(question):
        if is_sum(question, m) or is_year(m.group(0)):
            continue
        after = words(fold(question[m.end() :]))
        if not any(w in PERSON_NOUNS for w in after[:3]):
            continue
        if m.group(0).replace(",", "") not in told or (weigh_act and _object_untold(after, statement)):
            bound = _BOUND_BEFORE().search(question[: m.start()])  # "over 200", as asked
            return f"{bound.group(1).lower()} {m.group(0)}" if bound else m.group(0)
    return None


def _count_of_another_class(question: str, statement: str) -> tuple[str, str, str] | None:
    """(the number as the statement gives it, the statement's noun for what it counts, the question's) when a yes/no
    question counts things of one class by a number ("8400 documents") that the statement gives once, counting things
    of another (the noun after each number, `_counted_noun`, classed by `_count_class`: people, or a class of
    class_nouns.NOUN_KINDS; "8,400 people"), and the statement never uses the question's noun (an act on what it
    counts, "arrests" of 8,400 people, may be the same thing counted): the number is of another thing. None
    otherwise: a noun of no known class (a "detainee" is a person no list here names) is no other thing."""
    told = [m for m in NUMBER().finditer(statement) if not is_sum(statement, m)]
    said = {stem(t) for t in words(fold(statement))}
    for m in NUMBER().finditer(question):
        if is_sum(question, m):
            continue
        number = m.group(0).replace(",", "")
        same = [t for t in told if t.group(0).replace(",", "") == number]
        if len(same) != 1:
            continue
        asked, counted = _counted_noun(question[m.end() :]), _counted_noun(statement[same[0].end() :])
        if asked and counted and stem(asked) not in said and _count_class(asked).isdisjoint(_count_class(counted)):
            return same[0].group(0), counted, asked
    return None


def _counted_noun(after: str) -> str:
    """The noun a number counts: the first of the COUNTED_REACH words after it with a class (`_count_class`: "200
    harbour employees"), or ""."""
    return next((w for w in words(fold(after))[:COUNTED_REACH] if _count_class(w)), "")


def _count_class(noun: str) -> frozenset[str]:
    """The classes (the schema's kinds) of things a count's noun counts: people for a noun of people (PERSON_NOUNS),
    else its class nouns' (NOUN_KINDS, singular or plural); none for a noun of no known class."""
    if noun in PERSON_NOUNS:
        return PERSON_KINDS
    return NOUN_KINDS.get(noun) or NOUN_KINDS.get(noun.removesuffix("s")) or frozenset()


def _object_untold(after: list[str], statement: str) -> bool:
    """What the counted people are asked to have done something to (`after`, the question's words after its number:
    "keepers sign the petition") that the statement never names: its count is of another thing ("200 keepers
    signed a letter" for "did 200 keepers sign the petition"). The object is the words after the people noun and
    the verb right after it, up to a preposition ("… the petition in 2019"), stop words aside; none is untold."""
    person = next((k for k, t in enumerate(after[:3]) if t in PERSON_NOUNS), None)
    if person is None:
        return False
    phrase = []
    for t in after[person + 2 :]:
        if t in PREPOSITIONS:
            break
        if t not in STOPWORDS and not t.isdigit():
            phrase.append(stem(t))
    told = {stem(t) for t in words(fold(statement))}
    return bool(phrase) and told.isdisjoint(phrase)


_BOUND_BEFORE = on_first_use(
    r"\b(more than|over|at least|fewer than|less than|under|nearly|almost|about|around|exactly)\s+$", re.IGNORECASE
)


def _bounds_figure(tokens: list[str]) -> bool:
    """The question puts a bound (BOUND_KINDS) on a figure: "more than 500", "at least 40"."""
    return any(t[:1].isdigit() and bound_before(tokens, k) for k, t in enumerate(tokens))


def _has_figure(statement: str) -> bool:
    """The statement gives a figure other than a year ("more than 400", "$53 million")."""
    return any(t[:1].isdigit() and not is_year(t) for t in words(fold(statement)))


# the months a part of a year named by "early", "mid" or "late" before it ("in mid-2019") takes in, at most: a month
# asked outside them is of another time (general English: thirds of the year, "mid" the four around its middle)
YEAR_PARTS = {"early": range(1, 5), "mid": range(5, 9), "late": range(9, 13)}
_YEAR_PART = Deferred(r"\b(early|mid|late)[- ]((?:19|20)\d\d)\b", re.IGNORECASE)


def _other_part_of_year(asked: str, told: str | None, statement: str) -> str:
    """The part of a year a statement tells of ("mid-2019", as written) when the fact's date gives that year alone
    (`told`, "YYYY") and the question asks of a month of it (`asked`, "YYYY-MM") outside that part (YEAR_PARTS), the
    statement naming no other part or month of it; else ""."""
    if not told or len(told) != 4 or re.fullmatch(r"\d{4}-\d\d", asked) is None or asked[:4] != told:
        return ""
    parts = [m for m in _YEAR_PART.finditer(statement) if m.group(2) == told]
    named = {m.lower() for m in MONTHS} & set(words(fold(statement)))
    if len(parts) != 1 or named or int(asked[5:7]) in YEAR_PARTS[parts[0].group(1).lower()]:
        return ""
    return parts[0].group(0)


def _other_month(asked: str, told: str | None, statement: str = "") -> str:
    """The month and year (as a label) of a fact's date (`told`, "YYYY-MM…") when a question asks of another month
    of no year (`asked`, "--MM"), or of another month of the same year ("YYYY-MM") that the statement itself names
    (a fact's date may be its report's: the month told in its words is the act's), else ""."""
    if not told or len(told) < 7 or told[5:7] == asked[-2:]:
        return ""
    if re.fullmatch(r"--\d\d", asked) is None:
        named = MONTHS[int(told[5:7]) - 1].lower() in words(fold(statement))
        if re.fullmatch(r"\d{4}-\d\d", asked) is None or told[:4] != asked[:4] or not named:
            return ""
    return date_label(told[:7])


def _year_of_act(statement: str) -> bool:
    """The statement names a year of what it tells: any year but the one in the brackets of a dated account's opening
    ("According to the Gazette (May 2019), …": DATED_ACCOUNT_OPENING), which dates the telling."""
    return any(is_year(t) for t in words(DATED_ACCOUNT_OPENING.sub("", statement)))


def _verb_lemma(word: str) -> str:
    """The word's first lemma as a verb ("handed" -> "hand"), "" when lemminflect knows it as no verb."""
    return next(iter(English.lemmas(word).get("VERB", ())), "")


def _inflected_verb(word: str) -> str:
    """The verb a word inflects ("handed" -> "hand", "delivered" -> "deliver"), "" of a base form or a non-verb."""
    lemma = _verb_lemma(word)
    return lemma if lemma and lemma != word and word.endswith(("ed", "en")) else ""
