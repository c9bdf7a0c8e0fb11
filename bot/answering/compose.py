"""Step 5: the Answer's structure for the question's kind: a lead sentence, evidence, differing figures, titles.

- amount, count and date questions lead with the value ("$12 million: …");
- comparisons fetch each side, state both figures with their sources and which is larger;
- lists enumerate every matching fact compactly (date, statement, source), capped with "and N more";
- yes/no questions lead with the settling fact, and say when the question asks about today while the sources
  stop at their dates;
- quote questions lead with the words and who said them;
- differing figures are shown only when the question asks for a figure and the figures really differ.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Set
from dataclasses import replace
from typing import get_args

from bot import messages
from bot.answering.acts import asked_act
from bot.answering.enumeration import enumerated, number_word
from bot.answering.retrieve import (
    Hit,
    Retriever,
    amount_owner,
    attachment,
    month_of,
    names_other_thing,
    on,
    own_clause,
)
from bot.answering.understand.lexicon import (
    ACTOR_KINDS,
    AUXILIARIES,
    COPULAS,
    CUE_TERMS,
    EARLIER,
    PAST,
    PRONOUNS,
    TOTAL_WORDS,
    WEEKDAYS,
)
from bot.answering.understand.question import NameSpans, Question
from bot.answering.understand.times import CURRENT, LATER, STARTING
from bot.answering.understand.understander import LEADER_ROLES, actors_in, opening_actor
from bot.caches import Recent
from bot.dates import MONTHS, date_label, weekday
from bot.factbase import Brief
from bot.features import COUNT, REQUEST_VERBS, without_dates
from bot.records import EntityData, FactData, FactKind
from bot.replies import Answer, Citation, Item, Role
from bot.search import stem, stems
from bot.text import IRREGULAR, STOPWORDS, fold, on_first_use, words

MAX_LIST = 5
OUTCOME_CANDIDATES = 6  # candidates read for how something ended when no fact linked to the best tells it
OUTCOME_NEAR = 0.5  # of the best's score, at least, for one of them
GET_FORMS = frozenset({"get", "got", "gets", "getting", "gotten"})  # the passive's "get": "did they get dropped"
ASPECT_VERBS = frozenset({"start", "started", "begin", "began", "keep", "kept"})  # "start getting criticized"
OBJECT_REACH = 5  # words after a negated verb that name what it was done to ("did not respond to the keepers")
OBJECT_PREPOSITIONS = frozenset({"to", "with"})  # "respond to", "meet with": what a verb is done to, after it
SETTLE_CANDIDATES = 8
MIN_SETTLE_COVERAGE = 0.5
SETTLE_SLACK = 0.15  # a settling fact may cover a little less of the question ("denied entry" for "get inside")
NEAR_BEST = 0.8
# a candidate saying no to the asked act itself ("were refused entry" for "did they get in") may score a little lower
# than others: its words are the opposite act's, which the question does not type, so it shares fewer of them
DENIER_NEAR = 0.75
# words narrowing what the question asks to one thing ("for the lamp only"): a fact naming more settles no yes
RESTRICTING = frozenset("only just solely exclusively alone".split())
REACTION_CANDIDATES = 8  # hits looked at for what followed the premise a question states
REACTION_SHARE = 0.6  # of the best hit's score, at least
FIRST_WORDS = frozenset({"first", "initially", "originally"})
FIRST_STEMS = frozenset(stem(w) for w in FIRST_WORDS)  # order words, not the act
START_STEMS = frozenset(stem(w) for w in STARTING) - FIRST_STEMS  # the start verbs, in every form
CLAUSE_END = re.compile(r"[;:]|[.!?](?=\s|$)")  # where a statement's clause ends (_clause_numbers)
START_REACH = (4, 2)  # words before / after a start verb that may name what starts ("contract scheduled to start")
EARLIEST_COVERAGE = 0.45  # "when did X start": dated facts covering about half the question compete on their date
CATEGORY_SEARCH = 100  # candidates a list of a kind or topic is drawn from
FACT_KINDS = get_args(FactKind)
MAX_RELATED = 2
MAX_DIFFERS = 2
MAX_FIGURES = 6  # a list of five dropped the latest of the six sums the shipped brief gives for one contract
TITLE = 80  # characters of a related fact's title
MAX_CITED = 16_384  # facts whose shown citations, words and stems stay worked out (a large brief: bounded)
MAX_NUMBERED = 2_048  # statements whose figures stay worked out for comparisons (~1 KB each with the statement)
# statements whose amounts stay found: "how much is X" reads up to ~120 candidates' statements for a list of figures,
# and AMOUNT, tried at every position of each, was most of that (~0.4 ms of such a question). Most statements give
# none (an empty tuple); one that does keeps ~200 bytes
MAX_AMOUNTS = 4_096

AMOUNT = re.compile(r"\$\s?\d[\d,.]*(?:\s(?:million|billion|thousand))?|\b\d[\d,.]*\s(?:million|billion)\s(?:dollars)")
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
NUMBER = on_first_use(
    r"(?<![\w$])\d{1,3}(?:,\d{3})+(?!\d)"
    rf"|(?<![\w$.,])(?!(?:19|20)\d\d\b)\d+(?:\.\d+)?\b(?!,\d)(?!\s(?:{_MONTHS})\b)"
)
# words in speech marks, and how many of them make speech rather than a term or a spelling
MARKED = re.compile(r'["“]([^"“”]+)["”]')
SPEECH_WORDS = 3
# verbs telling that someone wrote a piece of their own (general English)
WRITING = frozenset("wrote written writes penned authored".split())
NEGATION = frozenset("not never no didnt doesnt dont wouldnt couldnt wont cant cannot refused declined failed".split())
# a question asking whether something was refused or not done ("were they denied entry"), in any form
NEGATIVE_ASKS = NEGATION | frozenset("refuse refuses denied deny denies rejected reject rejects barred blocked".split())
REPORTED = frozenset("said says claimed claims argued insisted denied wrote told".split())  # a claim, not a fact
# words that make a statement less than a settled yes ("may have helped", "reportedly used", "tried to deliver")
HEDGES = frozenset(
    "may might could would should reportedly allegedly possibly perhaps apparently plan plans planned"
    " try tried tries trying attempt attempted attempts attempting sought hoped"
    " will due scheduled expected".split()  # "will expire next year": not yet done
)
# words that bring in someone's words aloud ("chanting that it was time to cancel"): what follows is no settled act
SPOKEN = REPORTED | frozenset("chant chants chanted chanting shout shouted shouting yelled yelling saying".split())
# a negative subject earlier in the clause ("none of the campaigns had succeeded") negates the act after it
NEGATIVE_SUBJECTS = frozenset("none nobody nothing neither".split())
NEGATIVE_REACH = 10  # words between such a subject and the act (any number within its clause: "none of … had")
# words after which a verb's bare form tells of no act done: "to cancel", "would cancel", "will cancel"
UNREALIZING = frozenset("to will would could should must might may can shall".split())
REPEATS = frozenset({"once", "twice", "thrice"})  # how many times: the count is the word itself
TIMES = frozenset({"time", "times", ""})  # what those count: how often ("how many times"), or left unsaid
COMPARATIVE_LESS = frozenset({"less", "fewer", "smaller", "lower"})
# what the word or two before a figure say of it: a bound ("more than 400") is a different claim from the figure
# itself ("were 400 arrested", "exactly 400"), and from a bound the other way (general English)
BOUND_KINDS = {
    "over": "above",
    "more than": "above",
    "at least": "above",
    "upwards of": "above",
    "well over": "above",
    "no fewer than": "above",
    "no less than": "above",
    "just over": "above",
    "under": "below",
    "less than": "below",
    "fewer than": "below",
    "up to": "below",
    "at most": "below",
    "no more than": "below",
    "nearly": "below",
    "almost": "below",
    "just under": "below",
    "about": "about",
    "around": "about",
    "roughly": "about",
    "approximately": "about",
    "some": "about",
    "approx": "about",
    "circa": "about",
}


BOTH = on_first_use(r"\bboth\b", re.IGNORECASE)  # a sum "for both" things (`Composer._shared_with`)
QUALIFIER = on_first_use(
    # negated bounds come first and whole: "no fewer than 2,600" cut to "fewer than 2,600" reverses the claim
    r"\b((?:no|not)\s+(?:more|less|fewer)\s+than|more than|less than|fewer than|well over|over|under|about|around|"
    r"nearly|almost|roughly|approximately|at least|at most|up to|some|just over|just under|only)\s+$",
    re.IGNORECASE,
)


# a figure whose own clause says it was intended, not done ("the guild planned … to hire no fewer than 2,600")
PLANNED = on_first_use(
    r"\b(?:plan|plans|planned|planning|aimed|aims|intended|intends|scheduled|proposed|expected)\b", re.IGNORECASE
)
# a dated fact whose own words say the event was intended, not held ("planned a protest … on 8 July 2011"); words
# inside speech marks or titles and a purpose ("used the system to plan raids") do not count
PLANNED_EVENT = on_first_use(r"(?<!\bto )\b(?:plan|plans|planned|scheduled|called for|calls for|will)\b", re.IGNORECASE)
QUOTED = on_first_use(r"[\"“][^\"“”]*[\"”]")
SINCE_YEAR = on_first_use(r"\bsince (?:1[89]|20)\d\d\b", re.IGNORECASE)
FirstAsked = tuple[frozenset[str], frozenset[str]]  # Composer._first_asked: asked stems, the actor's first stems
# a statement telling of a state reached by its date, not of a beginning at it: "by 2019 the guild faced …", "as of
# July", "had been campaigning for over a year", "had recently expired" (general English)
STATE_AT_DATE = on_first_use(
    r"\b(?:by (?:the end of |early |mid |late )?(?:\w+ )?(?:1[89]|20)\d\d|as of|had been|had recently|already"
    r"|for (?:over |more than |nearly |almost |about |at least )?(?:a|an|one|two|three|several|many|\d+) "
    r"(?:years?|months?|weeks?|days?))\b",
    re.IGNORECASE,
)


def with_qualifier(text: str, start: int, figure: str) -> str:
    """A figure with the qualifier right before it in the text ("over $12 million", "more than 150"): a lead never
    states a bound as an exact figure, nor an intention as an outcome ("no fewer than 2,600 (planned)" when the
    figure's own clause says it was planned or expected)."""
    found = QUALIFIER().search(text[max(0, start - 20) : start])
    headline = f"{found.group(1).lower()} {figure}" if found else figure
    planned = PLANNED().search(own_clause(text[:start]))
    if planned is None:
        return headline
    return f"{headline} ({'expected' if planned.group(0).lower() == 'expected' else 'planned'})"


# "how much is the current lease": what is in force, which an amount its clause says has ended is not
PRESENT_WORDS = frozenset("current currently now active existing ongoing present".split())
# an end asked of as still to come ("the one expiring the next year", "due to run out"): not a figure that had ended
UPCOMING_WORDS = frozenset("expire expires expiring due upcoming".split())
PERFECT = frozenset("had has have already recently".split())  # "the deal that had just run out": it has ended


def figure_ended(text: str, figure: re.Match[str]) -> bool:
    """What `text` says of the figure found at `figure`, up to the end of its clause (past a comma right after it:
    "worth $39 million, had recently expired"), is that it had ended."""
    said = SUM_CLAUSE_END.split(text[figure.end() :].lstrip(", "), maxsplit=1)[0]
    return ENDED().search(said) is not None


def asks_upcoming(tokens: list[str]) -> bool:
    """The question asks of an end still to come: an UPCOMING_WORDS word not after a perfect ("had just expire", as
    "had just run out" reads)."""
    return any(w in UPCOMING_WORDS and PERFECT.isdisjoint(tokens[max(0, i - 2) : i]) for i, w in enumerate(tokens))
ENDED = on_first_use(r"\b(?:had|has|have)\s+(?:recently\s+|already\s+)?(?:expired|ended|lapsed|run out)\b|\bexpired\b")
SUM_CLAUSE_END = re.compile(r"[,;]|\band\b")  # where what is said of a sum ends ("worth $39 million, had expired")
# "how did the vigil end", "how did it end up", "how did things turn out": what came of it is asked
_OUTCOME_VERBS = frozenset({"end", "ended", "ends", "finish", "finished", "turn", "turned", "wind", "wound"})
# "how did the vigil go" ("go" may be read as the brief's "went"): the verb after its subject, named at length at times
# ("how did the july 12 lamp vigil of the keepers guild at gull point go": 11 words)
_WENT_PATTERN = re.compile(r"\bhow (?:did|does|do) (?:\S+ ){1,12}?(?:go|goes|went)\b")


# "what happened at the vigil": what came of an event, asked of the event
_HAPPENED_AT = re.compile(r"\bwhat (?:happened|happens|went on) (?:at|during)\b")


# "how many were actually arrested", "in the end", "did they end up": what was done, as against what was planned
ACTUAL_WORDS = frozenset("actually ultimately eventually finally really".split())
ACTUAL_PAIRS = frozenset({("the", "end"), ("end", "up"), ("ended", "up"), ("in", "reality"), ("in", "practice")})


def asks_actual(tokens: list[str]) -> bool:
    """The question insists on what was done ("how many were actually arrested in the end"): a figure only planned
    does not answer it."""
    return not ACTUAL_WORDS.isdisjoint(tokens) or not ACTUAL_PAIRS.isdisjoint(itertools.pairwise(tokens))


INDEFINITE = frozenset("anyone anybody someone somebody everyone everybody any some people".split())  # no one named
NOT_ALTERNATIVES = frozenset("not nah no nope what".split())  # "… or not", "… or nah": the same question


def _one_asked_many_told(asked: list[str], stem_: str, told: list[str]) -> bool:
    """The question names one thing of `stem_` with "the" ("at the vigil") and the fact tells of it only in the
    plural ("at vigils across the coast") or as an activity ("arrested while protesting"): other occasions, not
    that one."""
    one = any(not t.endswith("s") and stem(t) == stem_ and asked[i - 1 : i] == ["the"] for i, t in enumerate(asked))
    return one and all(t.endswith(("s", "ing")) for t in told)  # "arrested protesting outside …": an activity


def _sums_in(text: str) -> set[str]:
    """The sums of money a statement gives, as written ("$49 million")."""
    return {m.group(0) for m in AMOUNT.finditer(text)}


def _counts_in(text: str) -> set[str]:
    """The numbers a statement gives that are no year nor a day of its dates ("more than 400 immigrants": {"400"})."""
    return {m.group(0) for m in NUMBER().finditer(without_dates(text))}


def _either_or(tokens: list[str]) -> bool:
    """A question offering alternatives ("were they left up or taken down"): "or" between words, not "or not", "or
    nah", a closing "or?" nor a second question ("did they stay up or did they get deleted" asks the first); a yes
    or a no answers neither."""
    return any(
        t == "or" and 0 < i < len(tokens) - 1 and tokens[i + 1] not in NOT_ALTERNATIVES | AUXILIARIES
        for i, t in enumerate(tokens)
    )


def asks_what_followed(tokens: list[str]) -> bool:
    """ "what happened when / after / once …", "what happened next after …": what followed something the question
    tells."""
    if tokens[:1] != ["what"] or tokens[1:2] not in (["happened"], ["happens"]):
        return False
    at = 3 if tokens[2:3] == ["next"] else 2
    return tokens[at : at + 1] in (["when"], ["after"], ["once"])


def asks_outcome(tokens: list[str]) -> bool:
    """A question asking what came of something: "how did X end (up)", "how did it turn out", "how did X go", "what
    happened at X"."""
    if _HAPPENED_AT.search(" ".join(tokens)):
        return True
    if "how" not in tokens:
        return False
    if _WENT_PATTERN.search(" ".join(tokens)):
        return True
    for i, t in enumerate(tokens):
        phrasal = t in ("turn", "turned", "wind", "wound")  # only with "out"/"up": "turn" alone is no ending
        if t in _OUTCOME_VERBS and (not phrasal or tokens[i + 1 : i + 2] in (["out"], ["up"])):
            return True
    return False


def planned_as(statement: str) -> str:
    """How a dated statement says its event was only intended ("planned for", "scheduled for", "called for"), or ""
    when it says nothing of the kind."""
    found = PLANNED_EVENT().search(QUOTED().sub("", statement))
    if found is None:
        return ""
    word = found.group(0).lower()
    return "scheduled for" if word == "scheduled" else "called for" if word.startswith("call") else "planned for"


def shorten(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word boundary with an ellipsis: never half a word."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:—-") + "…"


_SENTENCE = re.compile(r"(?<=[a-z0-9)]{2}\.)\s+(?=[A-Z])|;\s")


def title_of(statement: str) -> str:
    first = _SENTENCE.split(statement, maxsplit=1)[0].rstrip(".;")
    return shorten(first, TITLE)


def _asks_weekday(tokens: list[str]) -> bool:
    """ "What day of the week was …", "which weekday …"."""
    return "weekday" in tokens or any(tokens[i : i + 4] == ["day", "of", "the", "week"] for i in range(len(tokens)))


def us_date(value: str) -> str:
    """'2019-07-12' -> 'July 12, 2019', as the US articles write dates ('2019-07' -> 'July 2019')."""
    parts = value.split("-")
    if len(parts) == 3:
        return f"{MONTHS[int(parts[1]) - 1]} {int(parts[2])}, {parts[0]}"
    if len(parts) == 2:
        return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return parts[0]


UNIT_WORDS = frozenset({"million", "billion", "thousand", "dollars", "dollar"})


def _bare(side: list[str]) -> bool:
    """A comparison side that is only a figure ("9 million"), or named by one with at most one word after it ("the
    9 million one", "the 9m contracts"): the figures are what tells the sides apart, so the answer says which figure
    is the larger ("more for the 9 million contracts" read as nonsense; fresh tester 35)."""
    figure = [w.replace(".", "", 1).isdigit() or w in UNIT_WORDS for w in side]
    if all(figure):
        return True
    named = bool(side) and figure[0] and not _year(side[0])
    return named and sum(1 for f in figure if not f) <= 1 and not any(figure[figure.index(False) :])


def _speech(fact: FactData) -> bool:
    """The fact or one of its quotes carries words in speech marks: "chanted, “Time to cancel, the lamp!”". A word
    or two in marks is a term or a spelling ("spells the name “Lind”, then “Linde”"), not speech."""
    return any(
        len(m.group(1).split()) >= SPEECH_WORDS
        for text in [fact.statement, *(c.quote for c in fact.citations)]
        for m in MARKED.finditer(text)
    )


# auxiliaries asking about what happened, not what holds now ("does the guild own the lamp", "is it growing"),
# which articles from years ago cannot settle with a "Yes"
PAST_AUXILIARIES = frozenset({"did", "was", "were", "had", "has", "have"})


YEAR_REACH = 8  # words between an act and the year told of it ("confronting CEO Ada Lind in 2018": 4)
SUBJECT_YEAR_REACH = 3  # words between a thing's name and a year of its own ("the policy of summer 2018": 3)
PASSIVE_HELPERS = frozenset("get got gets getting be been being ever actually really".split())
BEING = frozenset("is are was were be been being get got gets getting".split())  # before a participle: the passive
PASSIVE_REACH = 6  # words before a passive's auxiliary, or after an act's "of", that may name who underwent it
OBJECT_REACH = 4  # words after an active verb that may name whom it was done to ("confronted CEO Ada Lind")
OCCASION_OPENINGS = frozenset({"at", "during"})  # "arrested at the vigil", "during the march": an occasion
# words after an act that may tell the occasion it was done at ("defended its decision to keep working with the
# harbour at a guild meeting": 9)
OCCASION_REACH = 12
PREPOSITIONS = frozenset("at in on outside inside near by for with to from during after before over about".split())


# verbs asking whether someone spoke up at all ("did the guild say anything", "did it comment", "did they respond"),
# and the words after one that keep it so: "say that the lamp was …" asks whether given words were said, not whether
# anything was (general English)
SPEAKING_ASKS = frozenset(
    "say says said comment comments commented respond responds responded react reacts reacted reply replies replied"
    " speak speaks spoke".split()
)
SPOKE_AT_ALL = frozenset("anything something publicly back about on to regarding".split())
# the words a fact tells someone's speaking up or keeping silent with ("did not immediately respond to a request for
# comment", "declined to comment", "did not answer"): a negation right before one (or before "say", "speak") says no
# to such a question; a question typing none of them searches for them
RESPONSE_WORDS = ("respond", "comment", "answer", "reply", "react")
RESPONSE_STEMS = frozenset(stem(w) for w in RESPONSE_WORDS)
SILENCE_STEMS = RESPONSE_STEMS | {stem("say"), stem("speak")}  # "did not say", "would not speak"


def asks_whether_spoke(tokens: list[str]) -> bool:
    """A yes/no question asking whether someone spoke up at all on an occasion or to someone it names: after its
    opening auxiliary, a speaking verb (SPEAKING_ASKS) followed by SPOKE_AT_ALL and then a word of what about or to
    whom ("did the guild say anything about the vigil", "did it comment to the Gazette"); not "did the guild say
    that the lamp was lit", which asks of given words, nor "did the guild say anything", which one silence does not
    settle."""
    if not tokens or tokens[0] not in AUXILIARIES:
        return False
    return any(
        t in SPEAKING_ASKS
        and tokens[i + 1 : i + 2] != []
        and tokens[i + 1] in SPOKE_AT_ALL
        and any(w not in STOPWORDS and w not in SPOKE_AT_ALL for w in tokens[i + 1 :])
        for i, t in enumerate(tokens)
        if i > 1
    )


# verbs asking whether an effort came off ("did the vigils work", "had the campaign succeeded"), the words a fact tells
# that with ("none of the campaigns had succeeded"), and what may follow such a verb: nothing, a date ("by July
# 2018"), "out" (general English)
SUCCEEDING = frozenset("work works worked succeed succeeds succeeded".split())
SUCCESS_WORDS = ("succeeded", "success", "failed")
SUCCESS_STEMS = frozenset(stem(w) for w in ("succeed", "success", "work", "worked"))
SUCCEEDED_AFTER = frozenset({"by", "out"})
POSSESSIVES = frozenset("its their his her our my your".split())
EFFORT_REACH = 6  # words after "despite" that may name the effort it tells failed ("despite a letter with 300,000 …")


def succeeding_at(tokens: list[str]) -> int | None:
    """Where a yes/no question asks whether an effort came off: after its opening auxiliary and a subject, a verb of
    SUCCEEDING with no object ("did the vigils work", "had any of the campaigns actually worked by July 2018", "did
    it work out"); None for "did the guild work with the harbour", for "did the guild end its harbour work" (a
    noun after a possessive, POSSESSIVES) and any other question."""
    if not tokens or tokens[0] not in AUXILIARIES:
        return None
    for i, t in enumerate(tokens):
        if i > 1 and t in SUCCEEDING and (i == len(tokens) - 1 or tokens[i + 1] in SUCCEEDED_AFTER):
            # "did the guild end its harbour work": a noun, what another act was done to, after a possessive
            return None if not POSSESSIVES.isdisjoint(tokens[1:i]) else i
    return None


def asks_passive(tokens: list[str]) -> bool:
    """The question asks in the passive: "was/were …", "get/got" before the act ("did they get dropped"), or "been"
    before a past form ("how much has the guild been paid")."""
    aux = next((t for t in tokens if t in AUXILIARIES), "")
    if aux in COPULAS or not GET_FORMS.isdisjoint(tokens):
        return True
    return any(t == "been" and (n in PAST or n.endswith("ed")) for t, n in itertools.pairwise(tokens))


def _year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


def _year_after(tokens: list[str], at: int) -> str | None:
    """The first year within YEAR_REACH words after the word at `at` ("confronting the keeper in 2018")."""
    return next((t for t in tokens[at + 1 : at + 1 + YEAR_REACH] if _year(t)), None)


def _year_of_act(tokens: list[str], at: int) -> str | None:
    """The year told of the act at `at`: the first year within YEAR_REACH words after it (`_year_after`), else the
    last one within reach before it ("in May 2019 they held a vigil"); None when none is."""
    after = _year_after(tokens, at)
    if after is not None:
        return after
    before = [k for k in range(max(0, at - YEAR_REACH), at) if _year(tokens[k])]
    return tokens[before[-1]] if before else None


def _dated_as_asked(q: Question, fact: FactData, tokens: list[str], at: int) -> bool:
    """A verdict on the act at `at` of a question naming a year or a month: the fact tells the act of that year
    (`_year_of_act`, else the fact's own date) and month (its date). "did they open the door in 2019" is not
    answered no by a door kept shut in 2018, nor "were they arrested in 2019" yes by arrests the fact never dates."""
    years = q.years - q.context  # not "(as of the 2018 piece)": a year setting the scene says which article
    if years:
        told = _year_of_act(tokens, at) or (fact.date[:4] if fact.date else None)
        if told not in years:
            return False
    month = month_of(q.on_date) if q.on_date else ""
    return not month or (fact.date or "")[5:7] == month


def _passive_subject(q: Question, forms: Set[str], *, names: bool = False) -> list[str]:
    """The words naming who or what undergoes the act in a passive yes/no question ("did the keepers get
    arrested": ["keepers"]), names aside (an entity is checked as the acting name is) unless `names`."""
    tokens = q.words
    aux = next((i for i, t in enumerate(tokens) if t in AUXILIARIES), None)
    if aux is None:
        return []
    act = next((j for j in range(aux + 1, len(tokens)) if stem(tokens[j]) in forms), len(tokens))
    return [
        tokens[i]
        for i in range(aux + 1, act)
        if tokens[i] not in STOPWORDS and tokens[i] not in PASSIVE_HELPERS and (names or i not in q.named_at)
    ]


def _undergoes_at(tokens: list[str], at: int, subject: list[str]) -> bool:
    """The fact's act at `at` is done to `subject` (a passive question's subject words): told in the passive after
    it ("the keepers were arrested"), with it as the object ("arrested 40 keepers"), or as the act's noun "of" it
    ("the arrests of 40 keepers"); not with it as the one acting ("keepers confronted the captain"). A question
    whose subject is only a pronoun or nothing is not checked here."""
    said = {_singular(w) for w in subject}
    if not said:
        return True

    def names(span: list[str]) -> bool:
        return not said.isdisjoint(_singular(t) for t in span)

    if not BEING.isdisjoint(tokens[max(0, at - 2) : at]) and names(tokens[max(0, at - 2 - PASSIVE_REACH) : at]):
        return True
    if tokens[at + 1 : at + 2] in (["of"], ["against"]):
        return names(tokens[at + 2 : at + 2 + PASSIVE_REACH])
    following = tokens[at + 1 : at + 1 + OBJECT_REACH]
    cut = next((k for k, t in enumerate(following) if t in PREPOSITIONS), len(following))  # "arrested at protests"
    return names(following[:cut])


def occasion_stems(q: Question, forms: Set[str]) -> set[str]:
    """The stems of the occasion a question asks its act done at: its words after "at" or "during" following the act
    ("was anyone arrested at the harbour vigils": {"vigil"}), names, stop words, dates and figures aside; empty when
    it names none."""
    act = next((j for j, t in enumerate(q.words) if stem(t) in forms), None)
    if act is None:
        return set()
    at = next((k for k in range(act + 1, len(q.words)) if q.words[k] in OCCASION_OPENINGS), None)
    if at is None:
        return set()
    return {
        stem(t)
        for i, t in enumerate(q.words[at + 1 :], at + 1)
        if i not in q.named_at and t not in STOPWORDS and t not in q.date_words and not t.isdigit()
    }


def _at_occasion(tokens: list[str], clause: list[int], at: int, occasion: Set[str]) -> bool:
    """The act at `at` is told as done at the occasion: one of its stems after the act in its clause (`clause`:
    _clause_numbers), within OCCASION_REACH words ("arrested at protests outside …", "defended the lease at a guild
    meeting"), not only before it ("held a vigil … after reports that the harbour had helped arrest 40 sailors") nor
    in another clause ("arrests of 40 sailors; these set off the vigils")."""
    return any(
        stem(tokens[k]) in occasion and clause[k] == clause[at]
        for k in range(at + 1, min(len(tokens), at + 1 + OCCASION_REACH))
    )


def complement_stems(q: Question, forms: Set[str]) -> set[str]:
    """The stems of the words after a question's main verb ("arrested [at the protest]"), dates aside: where,
    to whom or with what the act was done, which a fact settling it (or counting it) must tell."""
    act = next((j for j, t in enumerate(q.words) if stem(t) in forms), None)
    if act is None:
        return set()
    return {stem(t) for t in q.words[act + 1 :] if t not in STOPWORDS and t not in q.date_words}


def _clause_numbers(text: str, count: int) -> list[int]:
    """For each of the first `count` words of `text` (text.words of it, folded), the number of the clause it is in:
    clauses end at a semicolon, a colon or a sentence's end."""
    numbers: list[int] = []
    for n, clause in enumerate(CLAUSE_END.split(text)):
        numbers += [n] * len(words(fold(clause)))
    return (numbers + [len(numbers)] * count)[:count]


def _undergoes(subject: list[str], tokens: list[str], given: Mapping[str, Set[str]], stems_: Set[str]) -> bool:
    """Every word of a passive question's subject is in the fact as that word, singular or plural, or as a word
    the brief gives for it (`given`: a word's synonyms' stems; `stems_`: the fact's stems): its own stem is not
    enough ("protesters" and "protests" share one)."""
    said = {_singular(t) for t in tokens}
    return all(_singular(w) in said or not given.get(w, frozenset()).isdisjoint(stems_) for w in subject)


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _date_part(tokens: list[str], at: int) -> bool:
    """The number at `at` is part of a date: a year ("2019") or a day next to a month's name ("13 September")."""
    word = tokens[at]
    if len(word) == 4 and word[:2] in ("19", "20"):
        return True
    near = {w.capitalize() for w in tokens[max(0, at - 1) : at + 2]}
    return int(word) <= 31 and not near.isdisjoint(MONTHS)


def _bound_before(tokens: list[str], at: int) -> str:
    """The kind of bound (BOUND_KINDS) the one to three words before the figure at `at` put on it ("no fewer than"
    before "fewer than"), or "" for a figure stated as it is."""
    for width in (3, 2, 1):
        if at >= width and (kind := BOUND_KINDS.get(" ".join(tokens[at - width : at]))):
            return kind
    return ""


def _asks_past(tokens: list[str]) -> bool:
    """The question's first auxiliary asks about the past ("did", "was", "has" …)."""
    return next((t in PAST_AUXILIARIES for t in tokens if t in AUXILIARIES), False)


def _spoken(citations: list[Citation]) -> Citation:
    """The citation that gives someone's words: the first whose quote holds speech in marks ("… calling on the
    workers" then "“take a principled stand”": the second), else the first."""
    return next(
        (c for c in citations if any(len(m.group(1).split()) >= SPEECH_WORDS for m in MARKED.finditer(c.quote))),
        citations[0],
    )


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", "").replace("$", "").split()[0])
    except (ValueError, IndexError):
        return None


def _to_asked(q: Question, verb: str, after: list[str]) -> bool:
    """A negated verb of the fact (`verb`, the stems `after` it) denies the act as the question asks it: when the
    question has that verb with a preposition and what it is done to ("did the guild respond to the keepers"), the
    fact names one of those words (stems) right after its own ("did not respond to the keepers"); "did not respond
    when the Gazette asked it to comment on the keepers' vigil" is no to another question."""
    at = next((i for i, t in enumerate(q.words) if stem(t) == stem(verb)), -1)
    if at < 0 or q.words[at + 1 : at + 2] == [] or q.words[at + 1] not in OBJECT_PREPOSITIONS:
        return True
    objects = {stem(t) for t in q.words[at + 2 :] if t not in STOPWORDS and t not in q.date_words}
    return not objects or not objects.isdisjoint(after)


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
    ) -> None:
        """`dates_act(q, fact_id)`: whether the fact may give the date of the act a date question asks (the
        decider's check), so that no fact is swapped in as the answer that the decider would have refused.
        `speakers_of(fact_id)`: the entities a fact gives as speaking (answering.speakers), to label a quote.
        `act_forms(q)`: the stems of the act a question asks about (Decider.act_forms), for a yes/no verdict.
        `name_spans(tokens)`: the names in words, as the question's are found (Understander.name_spans)."""
        self.brief = brief
        self._act_forms_of = act_forms
        self._name_spans = name_spans
        self.retriever = retriever
        self.specific_entities = specific_entities  # entities not in most facts
        self.dates_act = dates_act
        self.speakers_of = speakers_of
        self._kind_of = retriever.entity_kind
        self._words: Recent[str, list[tuple[list[str], list[str]]]] = Recent(MAX_CITED)  # fact id -> words, stems
        self._cited: Recent[tuple[bool, str], tuple[Citation, ...]] = Recent(MAX_CITED)  # (entry?, id) -> citations
        self._titles: Recent[str, str] = Recent(MAX_CITED)  # fact id -> title (_title)
        self._numbers_kept: Recent[str, tuple[tuple[str, float, list[str], list[str]], ...]] = Recent(MAX_NUMBERED)
        self._amounts: Recent[str, tuple[tuple[int, int, str], ...]] = Recent(MAX_AMOUNTS)  # fact id -> _amounts_in
        self._synonym_stems = {
            k.lower(): {stem(w) for v in vs for w in words(v)} for k, vs in brief.meta.synonyms.items()
        }

    # -- items -----------------------------------------------------------------------------------------------

    def item(self, doc_id: str, role: Role = "best") -> Item:
        brief = self.brief
        if doc_id in brief.entities:
            entity = brief.entities[doc_id]
            statement = entity.description
            if entity.variant_note:
                statement = f"{statement} ({entity.variant_note})"
            statement = f"{entity.name}: {statement}"
            return Item(
                id=entity.id,
                kind="entity",
                statement=statement,
                title=shorten(f"{entity.name}: {entity.description}", TITLE),
                role=role,
                citations=self._shown_citations(entity.id, lambda: self._supporting(entity)[:2], entry=True),
            )
        fact = brief.facts[doc_id]
        return Item(
            id=fact.id,
            kind="fact",
            statement=fact.statement,
            title=self._title(fact),
            date=fact.date,
            date_label=date_label(fact.date),
            role=role,
            citations=self._shown_citations(
                fact.id, lambda: [self.brief.citation(fact.id, ref) for ref in fact.citations[:2]], entry=False
            ),
        )

    def _title(self, fact: FactData) -> str:
        """`title_of` the fact's statement, kept per fact: an answer shows two or three facts, the same ones again
        and again (a split and a cut of its statement each time: about half of building an item)."""
        found = self._titles.get(fact.id)
        if found is None:
            found = self._titles.put(fact.id, title_of(fact.statement))
        return found

    def _shown_citations(self, doc_id: str, cite: Callable[[], list[Citation]], *, entry: bool) -> list[Citation]:
        """The citations an item shows (`cite`: a fact's first two, a glossary entry's best supporting one), kept
        per document once worked out."""
        key = (entry, doc_id)
        found = self._cited.get(key)
        if found is None:
            found = self._cited.put(key, tuple(cite()))
        return list(found)

    def _supporting(self, entity: EntityData) -> list[Citation]:
        """A glossary entry's citations, the one sharing most (rare) words with its description first: the source
        shown for "Ada Lind: the guild's keeper. She defended …" is the one that says so, not the first listed."""
        described = set(stems(entity.description))
        index = self.retriever.index

        def support(c: Citation) -> float:
            return sum(index.idf(s) for s in described & set(stems(c.quote)))

        cites = self.brief.citations(entity)
        return sorted(cites, key=lambda c: -support(c))

    # -- per kind --------------------------------------------------------------------------------------------

    def compose(
        self, q: Question, ranked: list[Hit], best: Hit, *, generic: bool = False, attributed: bool = False
    ) -> Answer:
        """`attributed`: `best` already holds the words of whom a quote question names (answering.speakers)."""
        if q.kind == "comparison" and q.sides:
            compared = self._comparison(q, ranked)
            if compared is not None:
                return compared
        if q.kind == "list":
            return self._list(q, ranked, best)
        if q.outlet and best.id in self.brief.entities:  # "which outlet ran the lamp story": a story ran, not an entry
            best = next((h for h in ranked if h.id in self.brief.facts), best)
        if q.kind == "quote" and not attributed:
            best = self._quoted(q, ranked, best)
        if q.earliest and best.id in self.brief.facts:
            best = self._earliest(q, ranked, best)
        if q.kind == "yes-no" and best.id in self.brief.facts:
            best = self._settling(q, ranked, best)
        if q.kind in ("why-how", "date") and asks_passive(q.words) and best.id in self.brief.facts:
            # "when was the guild criticized" as "why …": of the one criticized, not a fact of another criticized
            best = self._undergone(q, ranked, best)
        if q.actor and q.premise and best.id in self.brief.facts:
            best = self._reaction(q, ranked, best)
        elif q.kind == "why-how" and asks_outcome(q.words) and best.id in self.brief.facts:
            best = self._outcome(q, ranked, best)
        if q.kind == "date" and not q.earliest and best.id in self.brief.facts:
            best = self._held(q, ranked, best)
        if q.kind == "amount" and generic:
            figures = self._figures_of(q, ranked, best)
            if figures is not None:
                return figures
        lead_item = self.item(best.id)
        earlier = self._linked_earlier(best.id) if q.earliest else None
        lead = self._lead(q, lead_item, claim_earliest=earlier is None)
        items = [lead_item]
        seen = {best.id}
        if earlier is not None:  # shown beside the lead, which no longer calls its date the earliest
            items.append(self.item(earlier, "differs"))
            seen.add(earlier)
        figure_asked = q.kind == "yes-no" and any(w.isdigit() and w not in q.years for w in q.words)
        if (q.kind in ("amount", "count") or figure_asked) and best.id in self.brief.facts:
            # A question that names no particular figure ("how much is the contract?") gets every figure the
            # sources give for it, by date; a particular one (or a yes/no question giving one: "did over 400 …")
            # gets the best and at most two that differ.
            limit = MAX_FIGURES if generic else MAX_DIFFERS
            others = [self.item(o, "differs") for o in self._differing(best.id, ranked if not generic else None)]
            others = sorted(others[:limit], key=lambda i: (i.date or "9999", i.id))
            items += others
            seen.update(i.id for i in others)
        items += self._related(best, ranked, q, seen)
        note = ""
        if q.kind == "yes-no" and q.current:
            note = messages.AS_OF_SOURCES.format(date=self._latest_source_label(lead_item))
        answered = not self._only_reported(q, lead_item)
        return Answer(
            question="",
            answered=answered,
            outcome="answered" if answered else "no_match",
            text="",
            kind=q.kind,
            lead=lead,
            note=note,
            items=items,
        )

    def _settling(self, q: Question, ranked: list[Hit], best: Hit) -> Hit:
        """The fact that settles a yes/no question, among candidates about as good as the best: for a question about
        today ("still", "now") the latest one naming what the question names, since the sources stop at their
        dates; otherwise the one most about what the question names ("the guild decided to keep its contract" over
        "pressed the guild, the Gazette and Lind & Co to cancel"), then one stating what did or did not happen."""
        brief = self.brief
        if q.sources and asks_whether_spoke(q.words):
            # "did the guild comment to the Gazette on the vigil": of the outlet's facts (Retriever.rank keeps those),
            # its own "the guild did not respond" settles it, whatever words it calls the vigil by
            silent = [h for h in ranked[:SETTLE_CANDIDATES] if h.id in brief.facts and self.denies(q, h.id)]
            if silent:
                return max(silent, key=lambda h: h.score)
        named = set(q.entities)
        pair = len(named) >= 2  # "is X still working with Y": any fact on the two of them speaks to it
        close = [
            h
            for h in ranked[: len(ranked) if q.current else SETTLE_CANDIDATES]
            if h.id in brief.facts
            and named <= set(brief.facts[h.id].entities)
            and (
                (q.current and pair)
                or (
                    h.coverage >= max(MIN_SETTLE_COVERAGE, best.coverage - SETTLE_SLACK)
                    and h.score >= DENIER_NEAR * best.score
                )
            )
        ]
        near = [h for h in close if q.current or h.score >= NEAR_BEST * best.score]
        if not close:
            return best
        if q.current and near:
            dated = [h for h in near if brief.facts[h.id].date] or near
            if q.on_date:  # "still … as of aug 2019": the latest up to that month
                dated = [h for h in dated if self._when(h.id)[: len(q.on_date)] <= q.on_date] or dated
            return max(dated, key=lambda h: (self._when(h.id), h.score))
        deniers = [h for h in close if self.denies(q, h.id)]  # says no to the asked act itself: "refused entry"
        if deniers:
            return max(deniers, key=lambda h: h.score)
        if not near:
            return best
        near = [h for h in near if h.coverage >= best.coverage]  # otherwise only the fully as good ones compete
        features = self.retriever.features
        if features(best.id).settles or not near:
            return best
        pick = max(near, key=lambda h: (features(h.id).settles, h.score))
        if self._told_only_as_said(q, pick.id):
            # "did the guild help the port evict tenants": the guild's own word that it did not (a party asked
            # about, its opening) is no verdict when a candidate about as close tells the eviction work in the
            # article's own voice
            telling = [h for h in close if h.id != pick.id and self._told_in_own_voice(q, h.id)]
            if telling:
                return max(telling, key=lambda h: h.score)
        return pick

    def _told_only_as_said(self, q: Question, fact_id: str) -> bool:
        """The fact's statement tells what the question asks (`asked_stems`) only after a verb of saying, said by a
        party the question names ("the guild said its contract was not helping the port evict tenants"): its own
        word, not the article's."""
        tokens = words(fold(self.brief.facts[fact_id].statement))
        said = next((j for j, t in enumerate(tokens) if t in REPORTED), len(tokens))
        asked = self.retriever.asked_stems(q)
        stems_ = [stem(t) for t in tokens]
        if said == len(tokens) or asked.isdisjoint(stems_[said:]) or not asked.isdisjoint(stems_[:said]):
            return False
        # who says it is a party the question asks about, named before the verb of saying
        firsts = {
            stem(name[0])
            for e in q.entities
            for name in (words(n) for n in (self.brief.entities[e].name, *self.brief.entities[e].aliases))
            if name
        }
        return not firsts.isdisjoint(stems_[:said])

    def _told_in_own_voice(self, q: Question, fact_id: str) -> bool:
        """The fact's statement tells one of the question's asked words before any verb of saying."""
        tokens = words(fold(self.brief.facts[fact_id].statement))
        said = next((j for j, t in enumerate(tokens) if t in REPORTED), len(tokens))
        return not self.retriever.asked_stems(q).isdisjoint(stem(t) for t in tokens[:said])

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

    def states_stems(self, fact_id: str, forms: Set[str]) -> bool:
        """The fact's statement (not its keywords) has a word of one of the stems `forms`."""
        return fact_id in self.brief.facts and not self._stated_stems_of(fact_id).isdisjoint(forms)

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

    def _held(self, q: Question, ranked: list[Hit], best: Hit) -> Hit:
        """ "When did X happen": when the best fact says X was only planned for its date, a dated candidate about as
        good that says X took place is the answer; the planned one only when none does, or when the question asks
        of it as still to come ("when is", "when will")."""
        brief = self.brief
        if not planned_as(brief.facts[best.id].statement):
            return best
        if q.words[:2] in (["when", "is"], ["when", "will"], ["when", "are"]):
            return best  # "when is the guild's vigil": asked as still to come, its planned date is the answer
        named = set(q.entities)
        for hit in ranked[:SETTLE_CANDIDATES]:
            fact = brief.facts.get(hit.id)
            if (
                fact is not None
                and fact.date
                and not planned_as(fact.statement)
                and named <= set(fact.entities)
                and hit.coverage >= best.coverage
                and hit.score >= NEAR_BEST * best.score
                and self.dates_act(q, hit.id)
            ):
                return hit
        return best

    def _when(self, fact_id: str) -> str:
        """A fact's date, or its source's when it has none: how recent what it says is."""
        fact = self.brief.facts[fact_id]
        sources = self.brief.fact_sources(fact)
        return fact.date or (sources[0].published if sources and sources[0].published else "")

    def _focus(self, fact_id: str, q: Question) -> float:
        """The share of a fact's specific entities that the question names: how much the fact is about them."""
        named = set(q.entities) & self.specific_entities
        mine = set(self.brief.facts[fact_id].entities) & self.specific_entities
        return len(named & mine) / len(mine) if named and mine else 0.0

    def _earliest(self, q: Question, ranked: list[Hit], best: Hit) -> Hit:
        """ "When did X start …": of the dated candidates that involve everything the question names, cover half
        its subject, may date its act (dates_act) and tell of it (`tells_of_first`), the earliest; but the best one
        itself when it says X starts, the start verb beside X's words ("the 1998 harbour contract, due to start on
        3 May 1998")."""
        if self._states_start(q, best.id):
            return best
        asked = self._first_asked(q)
        subject = asked[0] | {stem(q.words[i]) for i in q.named_at if i < len(q.words)}  # names typed, too
        facts = self.brief.facts
        dated = [h for h in ranked if h.id in facts and facts[h.id].date and h.coverage >= EARLIEST_COVERAGE]
        # earliest first (a stable sort: equals in ranked order, as `min` would take them), then the first that
        # passes the tests, which read the fact: on a large brief up to 60 candidates pass the cheap ones above
        dated.sort(key=lambda h: (facts[h.id].date or "", -h.score))
        return next(
            (
                h
                for h in dated
                # the cheaper test first: both only read the fact (dates_act ~3x the cost, and it passes more)
                if self.tells_of_first(q, h.id, asked)
                and self.dates_act(q, h.id)  # not "urged the port to stop lighting it" for "start lighting"
                and not self._subject_dated_later(h.id, subject)
            ),
            best,
        )

    def _subject_dated_later(self, fact_id: str, asked: frozenset[str]) -> bool:
        """The fact's statement gives the asked thing (`asked`: the stems of its words and names) a year of its own,
        later than the fact's date, right after its words ("a precursor to the harbour policy of summer 2018" in a
        fact dated 2017): the fact dates something before it began, so it is no earliest date of it."""
        fact = self.brief.facts[fact_id]
        tokens = words(fold(fact.statement))
        at = [i for i, t in enumerate(tokens) if stem(t) in asked]
        if not at or not fact.date:
            return False
        year = next((t for t in tokens[at[-1] + 1 : at[-1] + 1 + SUBJECT_YEAR_REACH] if _year(t)), None)
        return year is not None and year > fact.date[:4]

    def tells_of_first(self, q: Question, fact_id: str, asked: FirstAsked | None = None) -> bool:
        """The fact may date what "when did X first …" asks: it involves everything the question names; states, in
        its statement, every word the question asks beyond its names, cue, date and start words ("when did the
        guild first sign a lease" is not dated by "keepers signed a letter"), or tells of the names' relation "since
        <year>" (a beginning, in its own words); and opens its main clause with the one acting when the question
        opens with a name (not "a letter signed by guild keepers"). `asked`: `_first_asked(q)`, worked out once for
        all of a question's candidates."""
        words_asked, firsts = asked if asked is not None else self._first_asked(q)
        fact = self.brief.facts[fact_id]
        if not set(q.entities) <= set(fact.entities):
            return False
        if not (words_asked <= self._stated_stems_of(fact_id) or SINCE_YEAR().search(fact.statement)):
            return False
        return not firsts or not firsts.isdisjoint(self.retriever.features(fact_id).opening)

    def _first_asked(self, q: Question) -> FirstAsked:
        """What `tells_of_first` asks of every candidate: the stems of the asked words, and those of the first words
        of the acting name's names when a name alone opens the question as its subject (empty otherwise)."""
        asked = {
            stem(t)
            for t in q.leftover
            if t not in STOPWORDS and t not in q.date_words and t not in CUE_TERMS and t not in STARTING
        } - q.context
        # the act right after a start word is asked even when it is a cue word elsewhere ("start paying")
        asked |= {
            stem(after)
            for before, after in zip(q.words, q.words[1:], strict=False)
            if before in STARTING and before not in FIRST_WORDS and after not in STOPWORDS and after not in STARTING
        }
        actor = self._opening_actor(q.words)
        if actor is None or not self._acts_alone(q):
            return frozenset(asked), frozenset()
        entity = self.brief.entities[actor]
        return frozenset(asked), frozenset(
            stem(said[0]) for name in (entity.name, *entity.aliases) if (said := words(name))
        )

    def _acts_alone(self, q: Question) -> bool:
        """The name after the question's auxiliary is its whole subject: a start word or a verb follows it ("when did
        the guild first sign", "… start selling"), not a noun it names the kind of ("when did the guild strike
        start")."""
        aux = next((i for i, t in enumerate(q.words) if t in AUXILIARIES), None)
        if aux is None:
            return False
        after = next((j for j in range(aux + 1, len(q.words)) if j not in q.named_at and q.words[j] != "the"), None)
        if after is None:
            return False
        word = q.words[after]
        return word in STARTING or self.retriever.english.verb(word) is not None

    def _stated_stems_of(self, fact_id: str) -> set[str]:
        """The stems of the fact's statement (`_worded`, kept for the facts read most recently)."""
        return set(self._worded(self.brief.facts[fact_id])[0][1])

    def _states_start(self, q: Question, doc_id: str) -> bool:
        """The dated fact has a start verb ("start", "began"; the question asking with one) with one of the
        question's own subject words within START_REACH words of it, and covers all of the question."""
        fact = self.brief.facts.get(doc_id)
        if fact is None or not fact.date or not {stem(t) for t in q.words if t in STARTING} - FIRST_STEMS:
            return False
        begins = START_STEMS  # "when did the vigil start": "the vigil began …" says it as well
        subject = {stem(t) for t in q.leftover if t not in q.date_words and t not in STOPWORDS and not t.isdigit()}
        said = [stem(w) for w in words(fold(fact.statement))]
        before, after = START_REACH
        return any(
            s in begins and not subject.isdisjoint(said[max(0, i - before) : i + after + 1]) for i, s in enumerate(said)
        )

    def on_date(self, q: Question) -> Answer | None:
        """The facts dated on the day (or in the month) the question names, by date; None when there are none.
        A day without a year ("september 13") matches that day in any year."""
        first_ids, count = self.brief.first_dated(lambda date: on(date, q.on_date), MAX_LIST)  # days before months
        if not first_ids:
            return None
        items = [self.item(i) for i in first_ids]
        first = items[0]
        lead = f"{first.date_label}: {first.statement}"
        if count > 1:
            lead = f"{messages.ON_DATE_LEAD.format(count=count)} {lead}"
        more = count - len(items)
        return Answer(
            question="", answered=True, outcome="answered", text="", kind="list", lead=lead, items=items, more=more
        )

    def _figures_of(self, q: Question, ranked: list[Hit], best: Hit) -> Answer | None:
        """ "How much is the harbour contract?": when several facts give amounts for what the question names and none
        of them is singled out by the question's own words ("in total" singles out the total), every figure by
        date, each with its source, rather than one picked. None when one fact answers."""
        brief = self.brief
        if best.id not in brief.facts or any(w.isdigit() for w in q.words) or q.sources or q.among is not None:
            return None  # (not "and the other one?" either: one thing, not the last one's, is asked)
        # the question's words that may single out one fact ("in total"), not those asking when ("now" is no word of a
        # fact's, as in "Harbour Keep (now Lantern)", that asks for it)
        asked = {
            stem(w)
            for w in q.words
            if w not in STOPWORDS and not CURRENT.fullmatch(w) and not self.retriever.ubiquitous(stem(w))
        }
        if not TOTAL_WORDS.isdisjoint(q.words):
            asked.add(stem("total"))  # "how much overall": a total asked, which a fact "in total" gives
        named = set(q.entities)
        found: list[tuple[str, str, list[str]]] = []  # (sort key, fact id, amounts)
        shown: set[str] = set()
        weights = self.retriever.weights(q, known_only=True)
        searched = [
            i for i, _ in self.retriever.index.search(self.retriever.search_terms(q, ["million"]), CATEGORY_SEARCH)
        ]
        self.retriever.index.prefetch(searched)  # a compiled brief: their rows in one query, not one query each
        found_ids = [h.id for h in ranked] + searched
        asked_stems = self.retriever.asked_stems(q)
        for fact_id in dict.fromkeys(found_ids):
            fact = brief.facts.get(fact_id)
            if fact is None or not named <= set(fact.entities):
                continue
            stated = self._amounts_in(fact_id, fact.statement)
            if not stated:
                continue  # most statements give no amount: no coverage worked out for them
            if weights and self.retriever.coverage(fact_id, weights) < best.coverage:
                continue
            amounts = [
                shown for start, end, shown in stated if self.amount_of(q, fact.statement, start, end, asked_stems)
            ]
            if not amounts:
                continue
            # by when the source reported it: a fact's own date may be when the contract ends ("due to expire in
            # 2019" in a 2018 report), which next to the others' dates reads as when the figure was given
            sources = brief.fact_sources(fact)
            key = (sources[0].published if sources and sources[0].published else "9999") + (fact.date or "")
            found.append((key, fact.id, amounts))
        if len({a for _, _, amounts in found for a in amounts}) < 2:
            return None
        best_stems = self.retriever.index.doc_stems(best.id)
        others = set().union(*(self.retriever.index.doc_stems(i) for _, i, _ in found if i != best.id))
        if (asked & best_stems) - others:
            return None  # the question's words single out the best fact ("in total")
        parts: list[str] = []
        ids: list[str] = []
        for _key, fact_id, amounts in sorted(found):
            new = [a for a in amounts if a not in shown]
            if not new:
                continue  # a fact restating figures already listed
            shown.update(amounts)
            ids.append(fact_id)
            cites = brief.citations(brief.facts[fact_id])
            source = cites[0].source_name if cites else ""
            where = f"{source}, {cites[0].published_label}" if cites and cites[0].published_label else source
            parts.append(f"{' and '.join(new)} ({where})")
        if len(parts) < 2:
            return None
        lead = messages.FIGURES_LEAD.format(figures="; ".join(parts[:MAX_FIGURES]))
        ids = ids[:MAX_FIGURES]
        ids.sort(key=lambda i: i != best.id)  # the evidence: the closest match first (buttons record it), then by date
        linked = set(brief.differs[best.id]) if best.id in ids else set()
        # the closest match is the evidence; figures the brief links to it as differing are "differs", the rest
        # "related": every one of them is named in the lead with its source
        items = [self.item(i, "best" if n == 0 else "differs" if i in linked else "related") for n, i in enumerate(ids)]
        return Answer(question="", answered=True, outcome="answered", text="", kind="amount", lead=lead, items=items)

    def _amounts_in(self, fact_id: str, statement: str) -> tuple[tuple[int, int, str], ...]:
        """The amounts a fact's statement gives (AMOUNT), in its order, each as (start, end, the amount with its
        qualifier: `with_qualifier`), kept for the statements read most recently (they depend on the statement
        alone)."""
        found = self._amounts.get(fact_id)
        if found is None:
            found = tuple(
                (m.start(), m.end(), with_qualifier(statement, m.start(), m.group(0)))
                for m in AMOUNT.finditer(statement)
            )
            self._amounts.put(fact_id, found)
        return found

    def amount_of(self, q: Question, text: str, start: int, end: int, asked: set[str]) -> bool:
        """The amount at text[start:end] is of what the question asks: not of another thing named right after it
        ("a $40,000 donation" for a contract), nor of an organization or person the question does not name and
        the brief is not about ("Harbour Works was given $7 million" for "the new contract"). `asked`: the
        question's asked_stems."""
        if asked and names_other_thing(text, start, end, asked, self.brief.aliases):
            return False
        owner = amount_owner(text, start, self._name_spans, self._kind_of)
        return owner is None or owner in q.entities or owner not in self.specific_entities

    def _year_told_of_act(self, q: Question, statement: str) -> str | None:
        """The year a statement gives right after the question's main verb (acts.asked_act), within YEAR_REACH
        words ("first signed in 2013"); None when it states the act with no year after it. Only after: a year
        before may be another act's ("… signed in 2013, was renewed …")."""
        act = asked_act(q.words, q.text, self.retriever.english.verb)
        if act is None:
            return None
        tokens = words(statement.lower())
        at = next((j for j, t in enumerate(tokens) if stem(t) == stem(act.word) or t == act.lemma), None)
        if at is None:
            return None
        return _year_after(tokens, at)

    def _linked_earlier(self, fact_id: str) -> str | None:
        """The earliest-dated fact the brief links to `fact_id` (`related`) that is dated before it, or None: "when
        did the guild start working with the port" led by "since 1998 the guild has run the port's lamps" is not
        "the earliest the sources give" when the curator linked it to the guild's 1995 lamp deal (an earlier step
        of the same work, told in other words)."""
        facts = self.brief.facts
        date = facts[fact_id].date if fact_id in facts else None
        if not date:
            return None
        earlier = [
            (d, i) for i in self.brief.related.get(fact_id, ()) if i in facts and (d := facts[i].date) and d < date
        ]
        return min(earlier)[1] if earlier else None

    def _lead(self, q: Question, item: Item, *, claim_earliest: bool = True) -> str:
        statement = item.statement
        fact = self.brief.facts.get(item.id) if item.kind == "fact" else None
        # "Name: “…”" only for a fact that is someone's words: an article's description of a person in speech
        # marks would read as that person's words ("Ada Lind: “also recently wrote an op-ed …”")
        if q.kind == "quote" and item.citations and fact is not None and (fact.kind == "quote" or _speech(fact)):
            speaker = self._speaker(item.id, q)
            said = _spoken(item.citations).quote.strip()
            if any(mark in said for mark in '"“”'):
                return said  # the quote carries its own speech marks and says who spoke
            return f"{speaker}: “{said}”" if speaker else f"“{said}”"
        verdict = q.kind == "yes-no" and not _either_or(q.words)  # "were they left up or taken down": no yes/no
        if (
            verdict
            and fact is not None
            # not a "No" about another party's contract: every person or organization asked is the fact's
            and {e for e in q.entities if self._kind_of(e) in ACTOR_KINDS} - q.scene_entities <= set(fact.entities)
            and self.denies(q, item.id)
        ):
            if LATER.search(q.text) or CURRENT.search(q.text):  # "did the guild ever drop it": not by then
                return messages.NO_AS_OF_LEAD.format(date=self._latest_source_label(item), statement=statement)
            return messages.NO_LEAD.format(statement=statement)
        if verdict and item.kind == "fact" and self.affirms(q, item.id):
            return messages.YES_LEAD.format(statement=statement)
        told_year = fact.date[:4] if verdict and fact is not None and fact.date and len(q.years) == 1 else ""
        if told_year and told_year not in q.years and told_year in words(statement):
            # "did the keepers sign a letter in 2019" against "… signed a letter in 2018": no verdict either way
            # (another letter may be untold), but not this one as that year's
            return messages.OTHER_YEAR_LEAD.format(year=next(iter(q.years)), told=told_year, statement=statement)
        if verdict and fact is not None and self.told_elsewhere(q, fact):
            return messages.OTHER_OCCASION_LEAD.format(statement=statement)
        if verdict and fact is not None and (person := self._act_untold_of(q, fact)) is not None:
            return messages.NOT_TOLD_OF_LEAD.format(name=self.brief.entities[person].name, statement=statement)
        value = ""
        if q.outlet and item.citations and not self._cites_other_outlet(item):  # "which outlet ran …"
            cited = item.citations[0]
            value = cited.label
            if self._only_reported(q, item):  # the article told of the piece, not ran it
                reporter = f"{cited.source_name} ({cited.published_label})" if cited.published_label else value
                return messages.OUTLET_UNNAMED.format(source=reporter, statement=statement)
        elif q.kind in ("amount", "count"):
            value = self.asked_figure(q, statement) or ""
            if value and q.kind == "amount" and fact is not None:
                value += self._shared_with(q, fact, statement)
            if not value and q.kind == "count" and q.counted:  # "offices in Eastport and Westport": two, by name
                named = enumerated(words(statement), q.counted, self._name_spans)
                value = number_word(len(named)) if named else ""
        elif q.kind == "date" and item.date:
            value = us_date(item.date)
            year = self._year_told_of_act(q, statement) if item.kind == "fact" else None
            if year is not None and year != item.date[:4]:
                value = year  # "when was the contract signed": "… first signed in 2013, was renewed" in a 2015 fact
            if _asks_weekday(q.words) and len(item.date) == 10:  # "what day of the week": the calendar's, of the day
                value = f"{weekday(item.date)}, {value}"
            planned = planned_as(statement) if item.kind == "fact" else ""
            if planned:  # a date the event was planned for is not a date it happened
                value = f"{planned[:1].upper()}{planned[1:]} {value}"
            if q.earliest and not self._states_start(q, item.id):  # the earliest the sources mention, which need
                # not be when it began: a state by then ("by 2019 it faced …", "had been … for a year") or a fact
                # that does not tell of the asked act at all (the decided best, when no candidate did)
                told = item.kind == "fact" and self.tells_of_first(q, item.id)
                if STATE_AT_DATE().search(statement) or not told:  # the date alone: never "as of Planned for …"
                    return messages.BEGUN_BEFORE_LEAD.format(date=us_date(item.date), statement=statement)
                if claim_earliest:
                    return messages.EARLIEST_LEAD.format(date=value, statement=statement)
        if value and not statement.startswith(value):
            return f"{value[:1].upper()}{value[1:]}: {statement}"
        return statement

    def _shared_with(self, q: Question, fact: FactData, statement: str) -> str:
        """ "How much was Lantern" against "paid over $9 million for both its Beacon and its Lantern systems": the sum
        is of the thing asked and another of its kind together, which the lead says (" for Beacon and Lantern
        together"); "" when the statement says no "both" or the fact involves no other thing of that kind."""
        if BOTH().search(statement) is None:
            return ""
        asked = [e for e in q.entities if e in fact.entities and self._kind_of(e) not in ACTOR_KINDS]
        kinds = {self._kind_of(e) for e in asked}
        others = [e for e in fact.entities if e not in q.entities and self._kind_of(e) in kinds]
        if not asked or not others:
            return ""
        names = [self.brief.entities[e].name for e in (*asked, *others)]
        return f" for {' and '.join(names)} together"

    def _only_reported(self, q: Question, item: Item) -> bool:
        """ "Which outlet ran X's piece" against a fact whose article only reported that X wrote it: the outlet
        asked for is not in the articles, so the answer says so and is not counted as answered."""
        fact = self.brief.facts.get(item.id) if item.kind == "fact" else None
        return (
            q.outlet
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

    def _cites_other_outlet(self, item: Item) -> bool:
        """The fact names an outlet other than its own article's ("the keeper's op-ed in the Gazette", as the Herald
        it): which outlet ran what it tells of is then not the article's."""
        fact = self.brief.facts.get(item.id)
        return fact is None or self.retriever.names_other_outlet(fact)

    def denies(self, q: Question, fact_id: str) -> bool:
        """The fact says, in its own voice, that what a yes/no question asks did not happen: one of the question's
        words right after a negation ("would not open the door", "refused to accept", "didn't budge"), in its
        statement or, for a fact that is not itself someone's quote, its quotes; never inside reported speech
        ("the guild said its contract was not helping …" is a claim, not a settled no)."""
        fact = self.brief.facts[fact_id]
        asked = self.retriever.asked_stems(q)
        actor = None if asks_passive(q.words) else self._opening_actor(q.words)
        if actor is not None and asks_whether_spoke(q.words):
            # "did the guild say anything": "the guild did not respond to a request for comment"; only of one named
            # ("did the Gazette say anything …" opens with an outlet, whose silence no fact tells)
            asked = asked | SILENCE_STEMS
        worked = succeeding_at(q.words)
        if worked is not None:  # "did the campaigns work": "none of the campaigns had succeeded"
            asked = asked | SUCCESS_STEMS
        if not asked:
            return False
        # the words the brief gives for the asked ones: "did they cave" is answered no by "didn't budge"
        asked = asked | {s for t in q.leftover if stem(t) in asked for s in self._synonym_stems.get(t, ())}
        opposite = [
            phrase for s in asked - q.context for phrase in self.retriever.opposites.get(s, [])
        ]  # "did they cancel" is answered no by "decided to keep"
        subject = self._unnamed_subject(q) if actor is None else frozenset()
        if worked is not None and actor is None:  # "did the vigils work": of the vigils
            subject = subject or self._effort(q, worked)
            told = words(fold(fact.statement))
            if any(
                (said := [t for t in told if stem(t) == s]) and _one_asked_many_told(q.words, s, said) for s in subject
            ):
                return False  # "did the vigil work": "none of the vigils elsewhere had succeeded" tells of others
        # "were they refused entry", "did they not get in": a negative act is asked, which a negation states
        asks_done = NEGATIVE_ASKS.isdisjoint(q.words)
        # a word can start an opposite act only as its phrase's first stem (an empty phrase matches anywhere): the
        # checks below run at those words and the asked ones alone, not at every word of every candidate
        firsts = {p[0] for p in opposite if p}
        anywhere = not all(opposite)
        for tokens, stems_ in self._worded(fact):
            if worked is not None and self._effort_failed(q, worked, tokens, stems_):
                return True
            according = False  # "according" said before position j
            requested = False  # a request verb said before position j: what follows is what was asked for
            for j in range(len(tokens)):
                if j and tokens[j - 1] in REPORTED:
                    break  # what someone said, from here on
                according = according or (j > 0 and tokens[j - 1] == "according")
                requested = requested or (j > 0 and tokens[j - 1] in REQUEST_VERBS)
                at_asked = asks_done and stems_[j] in asked
                if not at_asked and not anywhere and stems_[j] not in firsts:
                    continue
                before = tokens[max(0, j - 2) : j]
                if (
                    at_asked
                    and not requested  # "messages asking its workers to … not work on projects": asked, not told
                    and (
                        not NEGATION.isdisjoint(before)
                        # "none of the campaigns had succeeded": a negative subject earlier in its reach
                        or not NEGATIVE_SUBJECTS.isdisjoint(tokens[max(0, j - NEGATIVE_REACH) : j])
                    )
                    and self._by(actor, tokens, j)
                    and (not subject or not subject.isdisjoint(stems_[:j]))
                    and _dated_as_asked(q, fact, tokens, j)
                    and _to_asked(q, tokens[j], stems_[j + 1 : j + 1 + OBJECT_REACH])
                ):
                    return True
                # the opposite act stated as done: not negated ("did not keep"), not only wanted or asked for
                # ("wanted the contracts kept"), not on someone's word ("according to a source")
                wished = not REQUEST_VERBS.isdisjoint(tokens[max(0, j - 4) : j]) or according
                if (
                    NEGATION.isdisjoint(before)
                    and not wished
                    and asks_done  # "did they refuse to cancel": "kept" is a yes to that, never a no
                    and any(stems_[j : j + len(p)] == p for p in opposite)
                    and self._by(actor, tokens, j)
                    and (not subject or not subject.isdisjoint(stems_[:j]))
                    and _dated_as_asked(q, fact, tokens, j)
                ):
                    return True
        return False

    def _act_untold_of(self, q: Question, fact: FactData) -> str | None:
        """The person a yes/no question opens with as doing its act (`_opening_actor`; "did Ada Lind meet the
        keepers"), when the fact never states the act, does not say no to it (`denies`) and does not open with
        them: it tells of them otherwise ("keepers came to present Ada Lind with a letter"), not that they did it.
        None otherwise."""
        forms = self._act_forms_of(q)
        actor = self._opening_actor(q.words) if forms and not asks_passive(q.words) else None
        if actor is None or self._kind_of(actor) != "person" or self.states_stems(fact.id, forms):
            return None
        if self.denies(q, fact.id):  # a no the lead gave no verdict for (another party asked): not untold
            return None
        return None if self.opens_with(actor, fact.id) else actor

    def opens_with(self, ent_id: str, fact_id: str) -> bool:
        """The fact's main clause opens with the entity (the first word of its name or of an alias is the fact's
        `opening`, bot/features.py): it tells of them doing something."""
        entity = self.brief.entities[ent_id]
        firsts = {stem(said[0]) for name in (entity.name, *entity.aliases) if (said := words(name))}
        return not firsts.isdisjoint(self.retriever.features(fact_id).opening)

    def told_elsewhere(self, q: Question, fact: FactData) -> bool:
        """The fact's statement tells the act a yes/no question asks done at an occasion ("was anyone arrested at the
        vigils") only elsewhere: it states the act in its own voice, never with the occasion right after it
        (`_at_occasion`): "the harbour's maps helped arrest 40 sailors; these arrests set off the vigils"."""
        forms = self._act_forms_of(q)
        occasion = occasion_stems(q, forms) if forms else set()
        if not occasion:
            return False
        own_voice = re.split(r"[“”\"]", fact.statement, maxsplit=1)[0]
        tokens = words(fold(own_voice))
        clause = _clause_numbers(own_voice, len(tokens))
        acted = [j for j, t in enumerate(tokens) if stem(t) in forms]
        return bool(acted) and not any(_at_occasion(tokens, clause, j, occasion) for j in acted)

    @staticmethod
    def _effort(q: Question, worked: int) -> frozenset[str]:
        """The stems of what a question asks whether it worked (compose.succeeding_at at `worked`): its words between
        the opening auxiliary and the verb, past stop words, pronouns and words for anyone ("the vigils")."""
        return frozenset(stem(t) for t in q.words[1:worked] if t not in STOPWORDS | PRONOUNS | INDEFINITE)

    def _effort_failed(self, q: Question, worked: int, tokens: list[str], stems_: list[str]) -> bool:
        """The text (`tokens`, their stems) tells what was done in spite of the effort a question asks whether it
        worked: "despite" or "in spite of" with the effort's word within EFFORT_REACH words after ("the guild kept
        its lease despite a petition …" for "did the petition work"), before any reported speech."""
        effort = self._effort(q, worked)
        for j, t in enumerate(tokens):
            if j and tokens[j - 1] in REPORTED:
                return False
            if (t == "despite" or tokens[j - 1 : j + 1] == ["in", "spite"]) and not effort.isdisjoint(
                stems_[j + 1 : j + 1 + EFFORT_REACH]
            ):
                return True
        return False

    def _unnamed_subject(self, q: Question) -> frozenset[str]:
        """The stems of a yes/no question's subject when it names no one ("did the keepers budge": {"keeper"}): the
        words between its opening auxiliary and its act, past determiners and pronouns; empty when it opens
        otherwise, its act is not found or its subject is a leader's role. A fact says no to it only with one of
        them before the act."""
        if q.words[:1] == [] or q.words[0] not in AUXILIARIES:
            return frozenset()
        forms = self._act_forms_of(q)
        act = next((k for k, t in enumerate(q.words) if k and stem(t) in forms), None)
        if act is None:
            return frozenset()
        subject = [t for t in q.words[1:act] if t not in STOPWORDS and t not in PRONOUNS and t not in INDEFINITE]
        if not LEADER_ROLES.isdisjoint(subject):
            return frozenset()  # "did the CEO budge": someone's role, who the fact names ("Lind didn't budge")
        return frozenset(stem(t) for t in subject)

    def _by(self, actor: str | None, tokens: list[str], at: int) -> bool:
        """The act at `at` is the asked actor's: no actor asked, or no person or organization named before it, or
        the asked one named last before it ("did the Gazette cancel" is not answered no by "the guild refused to
        cancel")."""
        if actor is None:
            return True
        before = self._actors_in(tokens[:at])
        return not before or before[-1] == actor

    def _unrealized(self, tokens: list[str], clause: list[int], j: int) -> bool:
        """The verb at `j` is in its bare form (a word only ever a verb, its past another word) after "to" or a
        modal, or opening a clause: an infinitive, a possibility or an order ("a warning … to choose a side: cancel
        its contracts or …"), not an act told as done."""
        word = tokens[j]
        if self.retriever.english.verb(word) != word or IRREGULAR.get(word) == word:
            return False
        return j == 0 or tokens[j - 1] in UNREALIZING or clause[j - 1] != clause[j]

    def affirms(self, q: Question, fact_id: str) -> bool:
        """The fact's statement says, in its own voice, that the act a yes/no question asks about happened: the
        question's main verb (answering.acts; a question without one is never settled yes) and every other word it
        asks beyond its names (or a word the brief gives for it) in the statement before any reported speech, none
        negated, hedged or only asked for; the acting name, when the question opens with one, before the act; every
        number the question gives in the statement (a year may be the fact's date). A question about today
        ("still", "now", or asked in the present: "does", "is") is never settled yes by sources that stop at their
        dates."""
        forms = self._act_forms_of(q)
        if q.current or not forms or not _asks_past(q.words):
            return False
        fact = self.brief.facts[fact_id]
        # the statement, else a quote it rests on: the article's own words ("the messages were removed") where the
        # statement paraphrases them ("taken down")
        quotes = [c.quote for c in fact.citations] if fact.kind != "quote" else []  # a quote fact's are speech
        return any(self._affirmed_by(q, fact, forms, text) for text in (fact.statement, *quotes))

    def _affirmed_by(self, q: Question, fact: FactData, forms: Set[str], text: str) -> bool:
        """`affirms`, read in `text` (the fact's statement or one of its quotes)."""
        own_voice = re.split(r"[“”\"]", text, maxsplit=1)[0]  # before any words in quotation marks
        tokens = words(fold(own_voice))
        said = next((j for j, t in enumerate(tokens) if t in SPOKEN), len(tokens))
        tokens = tokens[:said]
        stems_ = [stem(t) for t in tokens]
        given = set(tokens) | ({fact.date[:4]} if fact.date else set())
        if any(w.isdigit() and w not in given for w in q.words):
            return False  # "did they pay $13 million" is not settled by $12 million
        if not self._bounded_as_asked(q.words, tokens):
            return False  # "were exactly 400 arrested", "were 400 arrested": "the arrests of more than 400"
        if not WEEKDAYS.isdisjoint(q.words) and not WEEKDAYS & set(q.words) <= given:
            return False  # "did they renew it on a tuesday" is not settled by "on Monday 19 August"
        if not RESTRICTING.isdisjoint(q.words) and not RESTRICTING & set(q.words) <= given:
            return False  # "was the $5 million for the lamp only": "for the lamp and the pier" is no yes to it

        clause = _clause_numbers(own_voice, len(tokens))

        def stated(alike: Set[str]) -> list[int]:
            return [
                j
                for j, st in enumerate(stems_)
                if st in alike
                and NEGATION.isdisjoint(tokens[max(0, j - 2) : j])
                and not any(
                    tokens[k] in NEGATIVE_SUBJECTS and (j - k <= NEGATIVE_REACH or clause[k] == clause[j])
                    for k in range(j)
                )
                and HEDGES.isdisjoint(tokens[max(0, j - 4) : j])
                and REQUEST_VERBS.isdisjoint(tokens[max(0, j - 4) : j])
                and not self._unrealized(tokens, clause, j)
            ]

        acted = stated(forms)
        if not acted or not set(q.entities) - q.scene_entities <= set(fact.entities):
            return False  # "did they renew their harbour lease" is not settled by a lease of another harbour
        if not any(_dated_as_asked(q, fact, tokens, j) for j in acted):
            return False  # "did they confront him in 2019": "confronting him in 2018 and petitioning in 2019"
        occasion = occasion_stems(q, forms)
        if occasion and not any(_at_occasion(tokens, clause, j, occasion) for j in acted):
            return False  # "arrested at the vigils": "held vigils after reports that the harbour helped arrest 40"
        if asks_passive(q.words):
            if not _undergoes(_passive_subject(q, forms), tokens, self._synonym_stems, set(stems_)):
                return False  # "did the keepers get arrested": "the arrests of 400 sailors" ("keep" is no keeper)
            undergoing = _passive_subject(q, forms, names=True)
            if not any(_undergoes_at(tokens, j, undergoing) for j in acted):
                return False  # "was the guild arrested": "the guild's maps helped the harbour carry out arrests of …"
        figures = [k for k, t in enumerate(tokens) if t.isdigit() and not _date_part(tokens, k)]
        asked_figures = {w for w in q.words if w.isdigit() and w not in q.years}
        if asked_figures and figures:
            earlier = [k for k in figures if k < acted[0]]  # the figure of the act's subject stands before it
            nearest = earlier[-1] if earlier else figures[0]
            if tokens[nearest] not in asked_figures:
                return False  # "did the $12 million lease expire": "$9 million that had expired and $12 million due …"
        given_for: dict[str, set[str]] = {}  # the words the brief gives for an asked one ("budge" for "cave")
        for t in q.leftover:
            given_for.setdefault(stem(t), set()).update(self._synonym_stems.get(t, ()))
        complements = complement_stems(q, forms)
        for s in self.retriever.asked_stems(q) - q.context - forms:
            found = stated({s, *given_for.get(s, ())})
            if not found:
                return False
            if s in complements and not any(clause[j] == clause[a] for j in found for a in acted):
                return False  # "was anyone arrested at the protest": "arrests of 400 …; these set off the protests"
            if _one_asked_many_told(q.words, s, [tokens[j] for j in found]):
                return False  # "was anyone arrested at the protest": "arrested at protests outside detention centres"
        if q.actor and q.actor.isdisjoint(stems_[: acted[0]]):
            return False
        actor = self._opening_actor(q.words)
        if actor is None:
            # "did immigration groups obtain the documents": the groups doing it, not "the documents were obtained"
            subject = set() if asks_passive(q.words) else self._unnamed_subject(q)
            return not subject or not subject.isdisjoint(stems_[: acted[0]])
        before = self._actors_in(tokens[: acted[0]])
        if asks_passive(q.words):  # "did the guild get dropped by …": the one named undergoes the act
            agent = self._agent(q.words)
            if agent is not None and agent != actor:  # "was the guild funded by the Admiralty": the Admiralty acted
                by = [k for k in range(acted[0] + 1, len(tokens)) if tokens[k] == "by"]
                return before[-1:] == [agent] or any(agent in self._actors_in(tokens[k + 1 : k + 6]) for k in by)
            return actor in self._actors_in(tokens)
        return bool(before) and before[-1] == actor  # "the Gazette, which the guild funds, had funded the …"

    @staticmethod
    def _bounded_as_asked(asked: list[str], tokens: list[str]) -> bool:
        """Every figure the question gives stands somewhere in the fact with the same bound (BOUND_KINDS) the
        question puts before it: "more than 400" settles "were over 400 arrested", not "were 400 arrested" nor
        "exactly 400"; a figure the fact gives without a bound settles one asked "about"."""
        for k, word in enumerate(asked):
            if not word.isdigit():
                continue
            wanted = _bound_before(asked, k)
            told = {_bound_before(tokens, j) for j, t in enumerate(tokens) if t == word}
            if told and wanted not in told and not (wanted == "about" and "" in told):
                return False
        return True

    def _opening_actor(self, tokens: list[str]) -> str | None:
        return opening_actor(tokens, self._name_spans, self._kind_of)

    def _agent(self, tokens: list[str]) -> str | None:
        """The person or organization a passive question names after "by" ("was the guild funded by the
        Admiralty"), or None."""
        for k, t in enumerate(tokens):
            if t == "by":
                start = k + 1 + (tokens[k + 1 : k + 2] == ["the"])
                found = actors_in(tokens[start:], self._name_spans, self._kind_of, at_start=True)
                if found:
                    return found[0]
        return None

    def _actors_in(self, tokens: list[str]) -> list[str]:
        return actors_in(tokens, self._name_spans, self._kind_of)

    def _worded(self, fact: FactData) -> list[tuple[list[str], list[str]]]:
        """The words and their stems of a fact's statement and, unless the fact is itself a quote, of its quotes
        ("didn’t" -> "didnt"), worked out once per fact."""
        found = self._words.get(fact.id)
        if found is None:
            texts = [fact.statement] + ([c.quote for c in fact.citations] if fact.kind != "quote" else [])
            found = [(tokens, [stem(t) for t in tokens]) for tokens in (words(fold(text)) for text in texts)]
            self._words.put(fact.id, found)
        return found

    def asked_figure(self, q: Question, statement: str) -> str | None:
        """The figure the question asks for, with the qualifier the statement gives it ("more than 150"): among the
        statement's amounts (amount questions) or numbers (count questions), the one standing next to what is
        asked ("how many … hired": "12 permanent hires", not "150 … keepers" trained). None when the
        statement has none."""
        text = without_dates(statement)
        pattern = AMOUNT if q.kind == "amount" else NUMBER()
        matches = list(pattern.finditer(text))
        if q.kind == "count" and not matches and q.counted in TIMES:
            matches = [m for m in COUNT().finditer(text) if m.group(0).lower() in REPEATS]  # "twice denied entry"
        if not matches:
            return None
        asked = self.retriever.asked_stems(q)
        counted = {stem(q.counted)} if q.counted else set()
        present = not PRESENT_WORDS.isdisjoint(q.words) or asks_upcoming(q.words)

        def ended(m: re.Match[str]) -> bool:  # "worth $39 million that had recently expired": no longer in force
            return present and figure_ended(text, m)

        best = max(
            matches, key=lambda m: (not ended(m), attachment(text, m.start(), m.end(), asked, counted), -m.start())
        )
        return with_qualifier(text, best.start(), best.group(0))

    def _quoted(self, q: Question, ranked: list[Hit], best: Hit) -> Hit:
        """For "what did X say": the closest fact that is a quote (of X, when the question names X)."""
        named = set(q.entities) & self.specific_entities
        current = self.brief.facts.get(best.id)
        if current is not None and (current.kind == "quote" or _speech(current)):
            return best  # already words someone said or wrote, in the fact or its quote
        for hit in ranked[:6]:
            fact = self.brief.facts.get(hit.id)
            if fact is None or fact.kind != "quote" or hit.score < 0.6 * best.score:
                continue
            if not named or named & set(fact.entities):
                return hit
        return best

    def _speaker(self, fact_id: str, q: Question) -> str:
        """The person a quote is labelled with: one the fact gives as speaking ("Ada Lind argued …"), the one the
        question names first; for a fact curated as a quote that names no speaker so, its first person; else none
        ("the Gazette called … the Ada Lind-founded firm" is the Gazette's words, not Lind's)."""
        fact = self.brief.facts[fact_id]
        entities = self.brief.entities
        spoken = [e for e in self.speakers_of(fact_id) if e in entities and entities[e].kind == "person"]
        if not spoken and fact.kind == "quote":
            spoken = [e for e in fact.entities if e in entities and entities[e].kind == "person"]
        named = [e for e in spoken if e in q.entities]
        chosen = (named or spoken)[:1]
        return entities[chosen[0]].name if chosen else ""

    def _latest_source_label(self, item: Item) -> str:
        dated = sorted(item.citations, key=lambda c: c.published or "", reverse=True)
        return dated[0].published_label if dated and dated[0].published_label else "their publication"

    def _differing(self, best_id: str, ranked: list[Hit] | None) -> list[str]:
        """Facts linked as differing whose amount is really another figure than the best fact's: among the
        candidates when `ranked` is given, else all of them."""
        brief = self.brief
        order = {h.id: i for i, h in enumerate(ranked or [])}
        # sums of money when the best gives one, else its counts ("more than 400" against "over 440 … 35")
        figures = _sums_in if _sums_in(brief.facts[best_id].statement) else _counts_in
        mine = figures(brief.facts[best_id].statement)
        out = []
        for other in sorted(brief.differs[best_id], key=lambda d: (order.get(d, 99), d)):
            theirs = figures(brief.facts[other].statement)
            if theirs and theirs != mine and (ranked is None or other in order):
                out.append(other)
        return out

    def _related(self, best: Hit, ranked: list[Hit], q: Question, seen: set[str]) -> list[Item]:
        brief = self.brief
        out: list[Item] = []
        order = {h.id: i for i, h in enumerate(ranked)}
        if best.id in brief.facts:
            linked = [d for d in brief.related[best.id] if d in order and d not in seen]
            for other in sorted(linked, key=lambda d: order[d])[:MAX_RELATED]:
                out.append(self.item(other, "related"))
                seen.add(other)
        for hit in ranked[1:]:
            if len(out) >= MAX_RELATED:
                break
            if hit.id in seen or hit.id in brief.entities or hit.coverage < 0.5 or hit.score < 0.6 * best.score:
                continue
            out.append(self.item(hit.id, "related"))
            seen.add(hit.id)
        return out

    def _category(self, q: Question) -> set[str]:
        """The facts a list asks for by name: 'contracts' is a kind of fact, 'protests' one of the brief's topics;
        found through the index (a compiled brief reads facts on demand), narrowed to the specific entities and
        years the question names."""
        brief = self.brief
        wanted = {stem(w) for w in q.words}
        kinds = {k for k in FACT_KINDS if stem(k) in wanted}
        topics = {t for t in brief.meta.topics if stem(t) in wanted}
        if not kinds and not topics:
            return set()
        named = [w for w in q.words if stem(w) in {stem(x) for x in kinds | topics}]
        searched = [i for i, _ in self.retriever.index.search(self.retriever.search_terms(q, named), CATEGORY_SEARCH)]
        self.retriever.index.read_rows(searched)  # a compiled brief: their rows in one query, not one query each
        facts = [brief.facts[i] for i in searched if i in brief.facts]
        if kinds:
            matched = {f.id for f in facts if f.kind in kinds}
        else:  # a topic: its events when it has any ("which protests"), else all its facts
            topical = [f for f in facts if topics & set(f.topics)]
            matched = {f.id for f in topical if f.kind == "event"} or {f.id for f in topical}
        specific = [e for e in q.entities if e in self.specific_entities]
        if specific:
            matched = {i for i in matched if any(e in brief.facts[i].entities for e in specific)}
        if q.years:
            matched = {i for i in matched if (brief.facts[i].date or "")[:4] in q.years}
        return matched

    def _list(self, q: Question, ranked: list[Hit], best: Hit) -> Answer:
        """Every fact that answers about as well as the best one, by date; the rest counted. When the list names a
        kind of fact or a topic ("list the contracts", "which protests"), only facts of it."""
        category = self._category(q)
        floor = max(0.5, best.coverage * 0.8)
        chosen = [h for h in ranked if h.id in self.brief.facts and h.coverage >= floor and h.score >= 0.5 * best.score]
        if category:
            found = [h for h in ranked if h.id in category and h.score >= 0.4 * best.score]
            if found:  # then the rest of the category the search did not reach, by date
                seen = {h.id for h in found}
                rest = sorted((i for i in category if i not in seen), key=lambda i: (self.brief.facts[i].date or "", i))
                chosen = found + [Hit(i, 0.0, 0.0) for i in rest]
        if best.id in self.brief.facts and best not in chosen and not category:
            chosen.insert(0, best)
        if not chosen:
            chosen = [best]
        top = chosen[0].id
        shown = chosen[:MAX_LIST]
        more = len(chosen) - len(shown)
        items = [self.item(h.id) for h in shown]
        items.sort(key=lambda i: (i.id != top, i.date or "9999", i.id))  # the best match first, then by date
        lead = self._lead(q, items[0])
        if len(items) > 1:
            lead = f"{messages.LIST_LEAD.format(count=len(chosen))} {lead}"
        return Answer(
            question="", answered=True, outcome="answered", text="", kind="list", lead=lead, items=items, more=more
        )

    # -- comparisons -----------------------------------------------------------------------------------------

    def _comparison(self, q: Question, ranked: list[Hit]) -> Answer | None:
        if any(w in EARLIER for w in q.words):
            return self._date_comparison(q, ranked)
        sides = []
        for side in q.sides:
            found = self._side_figure(q, side)
            if found is None:
                return None
            sides.append(found)
        (fact_a, fig_a, val_a), (fact_b, fig_b, val_b) = sides
        if fact_a == fact_b and fig_a == fig_b:
            return None
        less = any(w in COMPARATIVE_LESS for w in q.words)
        first_i = 0 if (val_a >= val_b) != less else 1
        first, second = sides[first_i], sides[1 - first_i]
        src = {fid: self._source_label(fid) for fid in (fact_a, fact_b)}
        if fact_a == fact_b:
            lead = f"{first[1]} vs {second[1]} ({src[fact_a]})"
        else:
            lead = f"{first[1]} ({src[first[0]]}) vs {second[1]} ({src[second[0]]})"
        bare = all(_bare(side) for side in q.sides)  # "$9M vs $10M": the figures are the sides' names
        if val_a != val_b:
            if bare:
                template = messages.COMPARE_SMALLER_FIGURE if less else messages.COMPARE_LARGER_FIGURE
                lead += ": " + template.format(figure=first[1])
            else:
                template = messages.COMPARE_LESS if less else messages.COMPARE_MORE
                lead += ": " + template.format(side=q.side_names[first_i])
        answer = self._compared(q, ranked, lead + ".", [first[0], second[0]])
        if fact_b in self.brief.differs[fact_a]:  # the brief links them: perhaps one thing counted two ways
            answer = replace(answer, note=messages.MAY_BE_THE_SAME.format(a=fact_a, b=fact_b))
        return answer

    def _date_comparison(self, q: Question, ranked: list[Hit]) -> Answer | None:
        """'which came first, X or Y': each side's best dated fact (one that took place before one only planned),
        the earlier first."""
        found = []
        for side in q.sides:
            sub = replace(q, search=side, terms=side, leftover=side, sides=[])
            dated = [
                h for h in self.retriever.rank(sub)[:5] if h.id in self.brief.facts and self.brief.facts[h.id].date
            ]
            if not dated:
                return None
            held = [h for h in dated if not planned_as(self.brief.facts[h.id].statement)]  # not one only planned
            found.append(self.brief.facts[(held or dated)[0].id])
        a, b = found
        if a.id == b.id or a.date == b.date:
            return None
        first_i = 0 if (a.date or "") < (b.date or "") else 1
        first, second = found[first_i], found[1 - first_i]
        names = q.side_names
        lead = (
            f"{us_date(first.date or '')} ({names[first_i]}) vs {us_date(second.date or '')} ({names[1 - first_i]}): "
            + messages.COMPARE_EARLIER.format(side=names[first_i])
            + "."
        )
        return self._compared(q, ranked, lead, [first.id, second.id])

    def _compared(self, q: Question, ranked: list[Hit], lead: str, ids: list[str]) -> Answer:
        items = [self.item(ids[0])]
        if ids[1] != ids[0]:
            items.append(self.item(ids[1]))
        seen = {i.id for i in items}
        if ranked:
            items += self._related(ranked[0], ranked, q, seen)
        return Answer(
            question="", answered=True, outcome="answered", text="", kind="comparison", lead=lead, items=items
        )

    def _source_label(self, fact_id: str) -> str:
        cites = self.brief.citations(self.brief.facts[fact_id])
        return cites[0].source_name if cites else ""

    def _side_figure(self, q: Question, side: list[str]) -> tuple[str, str, float] | None:
        """The fact that best gives a figure for one side, that figure with the words after it, and its value."""
        # The side's words and the rest of the question's are searched for: when the side adds no word, that is
        # the question's own search, in its order, so the index hands back the hits it found for the question
        searched = q.search if set(side) <= set(q.search) else side + [w for w in q.search if w not in side]
        sub = replace(q, search=searched, terms=side, leftover=side, sides=[])
        side_stems = {stem(w) for w in side}
        typed = {float(w) for w in side if w.replace(".", "", 1).isdigit()}  # the side's alone: once, not per hit
        bare = _bare(side)
        best: tuple[float, str, str, float] | None = None
        for hit in self.retriever.rank(sub)[:8]:
            fact = self.brief.facts.get(hit.id)
            if fact is None:
                continue
            for figure, value, near in self._figures(fact.statement, side_stems, bare=bare):
                score = hit.score + 0.6 * near + (2.0 if typed & {value, value / 1e6} else 0.0)
                if best is None or score > best[0]:
                    best = (score, hit.id, figure, value)
        return None if best is None else (best[1], best[2], best[3])

    def _figures(self, statement: str, side_stems: set[str], *, bare: bool = False) -> list[tuple[str, float, int]]:
        """Each number in a statement with up to three words after it (as far as the side's last word; none for a
        side that is only a figure), its value, and how many of the side's words stand right after it."""
        out = []
        for text, value, after, stems_after in self._numbers(statement):
            keep = 0 if bare else 1
            near = 0
            for i, s in enumerate(stems_after):
                if s in side_stems:
                    keep, near = i + 1, near + 1
            tail = [w.strip(",.;:") for w in after[:keep] if w.strip(",.;:").lower() not in STOPWORDS or keep > 1]
            figure = " ".join([text, *tail]).strip()
            out.append((figure, value, near))
        return out

    def _numbers(self, statement: str) -> tuple[tuple[str, float, list[str], list[str]], ...]:
        """The statement's amounts (else its numbers) with a value: each one's text, value, the three words after
        it and their stems. Kept per statement: a comparison reads the same facts' figures for both sides, and
        questions compare the same facts again (the patterns cost more than the rest of `_figures`)."""
        found = self._numbers_kept.get(statement)
        if found is None:
            out = []
            for m in list(AMOUNT.finditer(statement)) or list(NUMBER().finditer(statement)):
                value = _number(m.group(0))
                if value is None:
                    continue
                after = statement[m.end() :].split(None, 3)[:3]  # the first three words: no split of the whole rest
                out.append((m.group(0), value, after, [stem(w) for w in (words(" ".join(after)) or [""])]))
            found = self._numbers_kept.put(statement, tuple(out))
        return found
