"""What re-ranking reads of a fact: its kind, date, entities and sources, and what the wording of its statement
says (an amount, a count and what it counts, a settled outcome, a reason, a reaction, who it opens with, what it
only reports as requested).

All of it depends on the fact (and the glossary's entity kinds) alone, so a compiled snapshot works it out once
per fact (bot/snapshot/writing.py writes `encode(of(fact, entities))` beside the fact's row) and answering reads it back
with `decode` instead of parsing the fact's record and running the patterns below over its text for every hit. A
brief loaded from its files (bot/brief.py) works it out with `of` the first time ranking asks about a fact. A
glossary change compiles every fact again (bot/recompile.py), so the saved entity kinds stay current.

The patterns below define the features (`of_by_patterns` runs them); `of` gives the same for an ASCII statement
without running a pattern where the words it needs are absent: Python's `re` tries a word alternation at every
position of the text, while which of those words a statement holds is one set intersection with the words the
compile has already split it into (`_cues`). perf17, thread CPU a fact, min of 5: a generated fact 49.6 -> 30.2 µs
(~2 CPU-s of a 100,000-fact compile), a shipped one 37.9 -> 21.4 µs; tests/test_features.py compares the two on
every shipped fact, on generated ones and on made-up statements (and perf17 on all 100,000 of a generated brief).
The patterns live here, not in bot/answering/, so that compiling does not import the answering package.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import NamedTuple

from bot.calling_verbs import CALL_FORMS
from bot.dates import MONTHS
from bot.records import EntityData, FactData
from bot.search import stem
from bot.text import NUMBER_WORDS, STOPWORDS, on_first_use, words

_MONTH = "(?:" + "|".join(MONTHS) + ")"
_DAY_OF_MONTH = on_first_use(rf"\b\d{{1,2}}\s{_MONTH}\b|\b{_MONTH}\s\d{{1,2}}\b", re.IGNORECASE)
_MONTH_LOWER = _MONTH.lower()
# _DAY_OF_MONTH for lower-case ASCII text: the same matches without its case-blindness (the cost)
_DAY_OF_MONTH_LOWER = on_first_use(rf"\b\d{{1,2}}\s{_MONTH_LOWER}\b|\b{_MONTH_LOWER}\s\d{{1,2}}\b")
_COUNT_DIGITS = r"\b(?!(?:19|20)\d\d\b)\d[\d,]*\b"
_COUNT_WORDS = "|".join(NUMBER_WORDS[2:]) + r"|dozens?|hundreds?|thousands?|several|once|twice|thrice"
COUNT = on_first_use(_COUNT_DIGITS + r"|\b(" + _COUNT_WORDS + r")\b", re.IGNORECASE)  # a number not a year, or a word
# COUNT's branches apart, for `has_count`: a case-blind pattern tries every alternative at every word start
_DIGIT = on_first_use(r"\d")
_COUNT_NUMBER = on_first_use(_COUNT_DIGITS)
_COUNT_WORD = on_first_use(r"\b(?:" + _COUNT_WORDS + r")\b")
_COUNT_LOWER = on_first_use(_COUNT_DIGITS + r"|\b(" + _COUNT_WORDS + r")\b")  # COUNT for lower-case ASCII text


SUM_BEFORE = on_first_use(r"\$\s?$")
SUM_AFTER = on_first_use(r"^\s?(?:million|billion|m|bn)\b", re.IGNORECASE)


def is_sum(text: str, number: re.Match[str]) -> bool:
    """The number COUNT found is a sum of money ("$7 million", "$75,000", "12 million"), not a count of things."""
    return SUM_BEFORE().search(text[max(0, number.start() - 2) : number.start()]) is not None or (
        SUM_AFTER().match(text[number.end() : number.end() + 9]) is not None
    )


def has_count(text: str) -> bool:
    """Whether COUNT finds anything in `text`, at about half its cost: for ASCII text (where lower case is one
    character for one), its number branch and its word branch on the text in lower case."""
    if not text.isascii():
        return COUNT().search(text) is not None
    if _DIGIT().search(text) is not None and _COUNT_NUMBER().search(text) is not None:
        return True
    return _COUNT_WORD().search(text.lower()) is not None


_MONTH_NAMES = tuple(m.lower() for m in MONTHS)
_FOLDED = "\u0130\u0131\u017f\u212a"  # letters a case-blind pattern matches to others ("ſ" to "s"): see `re`


def without_dates(text: str) -> str:
    """The text with days of a month taken out ("12 July", "July 12"), so a day never passes for a count."""
    lowered = text.lower()
    if not any(month in lowered for month in _MONTH_NAMES) and not any(c in text for c in _FOLDED):
        return text  # no month named: nothing to take out, without the pattern trying every month at every word
    return _DAY_OF_MONTH().sub(" ", text)


def _without_dates_lower(lowered: str) -> str:
    """`without_dates` of a lower-case text (faster for ASCII text, which has no letter the case-blind pattern
    folds)."""
    if not lowered.isascii():
        return without_dates(lowered)
    if not any(month in lowered for month in _MONTH_NAMES):
        return lowered
    return _DAY_OF_MONTH_LOWER().sub(" ", lowered)


# A statement's scene before its main clause: a leading subordinate or prepositional phrase ended by a comma ("When
# the employees refused …, the protesters taped it"; "In response, the employee asked …"), or a leading date ("On
# Friday 8 July 2011 Gazette employees presented …"). What follows starts with the main clause's subject.
LEADING_CLAUSE = on_first_use(
    r"^(?:(?:when|after|as|while|once|since|before|despite|following)\b(?:[^,;]|,(?=\d)){0,160}"  # a clause
    r"|(?:in response|at|on|in|by|during|according to|with|under|amid|for)\b(?:\s+[^\s,;]+){0,5}),\s*",  # a phrase
    re.IGNORECASE,
)
LEADING_DATE = on_first_use(
    r"^(?:on|in|by|during|since|from)\s+(?:[A-Za-z-]+\s+){0,3}?(?:\d{1,2}\s+)?\w*[\s-]*\d{4},?\s+", re.IGNORECASE
)
SUBJECT_WORDS = 4


def main_clause(statement: str) -> str:
    """The statement from its main clause on: a leading scene or date taken off."""
    undated = LEADING_DATE().sub("", statement, count=1)
    return LEADING_DATE().sub("", LEADING_CLAUSE().sub("", undated, count=1), count=1)


# Verbs that ask someone else to act: the act after them ("pressed the guild to cancel", "urged Lind to stop hosting")
# was requested, which does not say it happened.
REQUEST_VERBS = frozenset(
    """urge urged urges urging press pressed pressing pressure pressured ask asked asking asks call called calling
    demand demanded demanding demands petition petitioned push pushed pushing lobby lobbied encourage encouraged
    want wanted wants implore implored beg begged chant chanted chanting chants
    request requests requested requesting""".split()
)  # a chant is a demand voiced: "chanting that it was time for the guild to cancel" tells of no cancelling; a
# request, noun or verb, asks: "did not answer requests for comment" tells of no comment made
# every request verb holds one of these: a statement holding none requests nothing (checked in 13 scans, not 47)
REQUEST_ROOTS = (
    "urg",
    "press",
    "ask",
    "call",
    "demand",
    "petition",
    "push",
    "lobb",
    "encourag",
    "want",
    "implor",
    "beg",
    "chant",
    "request",
)
# "call" requests with "on … to" or "for", never with a "that" clause: "called that a disgrace" names what was said.
CALLING = CALL_FORMS
REQUEST_REACH = 8  # words between the request verb and its "to"
_FARED = r"\b(?:not|never|refused|declined|rejected|despite|ignored)\b|n't\b"
REQUEST_FARED = on_first_use(_FARED, re.IGNORECASE)
_REQUEST_FARED_LOWER = on_first_use(_FARED)  # REQUEST_FARED for lower-case ASCII text (a third of its time)


def requested_only(statement: str, tokens: list[str] | None = None) -> frozenset[str]:
    """Stems of what a statement only reports as requested, and states nowhere else in its own words: the rest of
    the clause after "pressed the guild … to" or "demanding that" ("pressed the guild to cancel their contracts"
    -> "cancel", "contract"; "asked employees to follow … and use their positions to stop abuses" -> also "stop").
    A statement that also says how the request fared ("did not respond when asked to comment",
    "despite a letter asking him to end it") speaks to the act: nothing is left out. `tokens`: the statement's
    `words`, when the caller has them."""
    lowered = statement.lower()
    if tokens is not None:
        # its sentences' words are among these (it is split at punctuation and "and", "but"…)
        if REQUEST_VERBS.isdisjoint(tokens):
            return frozenset()
    else:
        spelled = lowered.replace("'", "")  # every token `words` finds is in here as typed
        if not any(root in spelled for root in REQUEST_ROOTS) or not any(verb in spelled for verb in REQUEST_VERBS):
            return frozenset()
    # ASCII text has none of the letters a case-blind pattern matches to others ("ſ" to "s"): its lower case will do
    fared = _REQUEST_FARED_LOWER().search(lowered) if statement.isascii() else REQUEST_FARED().search(statement)
    if fared:
        return frozenset()  # most statements request nothing: no sentence splitting and tokenizing for them
    return _asked_only(statement)


def _asked_only(statement: str) -> frozenset[str]:
    """`requested_only` of a statement that requests something and does not say how it fared."""
    asked: set[str] = set()
    stated: set[str] = set()
    for sentence in REQUEST_END().split(statement):
        tokens = words(sentence)
        if REQUEST_VERBS.isdisjoint(tokens):  # most sentences of such a statement request nothing either
            stated.update(tokens)
            continue
        start = _request_start(tokens)
        cut = len(tokens) if start is None else start
        stated.update(tokens[:cut])
        asked.update(t for t in tokens[cut:] if t not in STOPWORDS)  # the rest of the clause is what was asked for
    if not asked:
        return frozenset()  # a request verb without its "to" or "that": nothing to stem on either side
    return frozenset(map(stem, asked)) - set(map(stem, stated))


# where a request's content ends: a sentence, or a clause joined on with a comma ("asked them to switch off their
# camera, and the guild called the police"; "a petition urging the guild to stop, which they said had 900 names":
# a relative clause running to the sentence's end is told, not asked for, unlike one set in commas inside the
# request: "demanding that the port, which they own, cancel the lease"), or a closing quotation mark: the words
# after it are the teller's ("'… pressed to drop the lease,' she wrote in the Gazette": the writing is told)
# (Written to open with the one character every match opens with, each branch then asking with a look-behind which
# it was: a pattern opening with a character class lets `re` skip to the places holding one, where an alternation
# of branches opening otherwise is tried at every place. The same matches as the branches written each whole,
# `[.;!?](?:\s|$)|[,.;!?]?[”"](?=\s|$)|,\s+(?:and|…)\s+|,\s+(?=(?:which|…)…)`, in that order; perf spd2: a
# generated statement's split ~9 -> ~2 µs.)
REQUEST_END = on_first_use(
    r"[.;!?,”\"](?:(?<=[.;!?])(?:\s|$)|(?<=[,.;!?])[”\"](?=\s|$)|(?<=[”\"])(?=\s|$)"
    r"|(?<=,)\s+(?:and|but|while|whereas|so)\s+"
    r"|(?<=,)\s+(?=(?:which|who|whose)\s(?:[^,.;!?]|(?<=\d)[,.](?=\d))*(?:[.;!?]|$)))"  # "90,000" ends no clause
)


def _request_start(tokens: list[str]) -> int | None:
    """Where a request's content starts in a sentence's tokens: the word after the "to" of "urged X to …" (at
    most REQUEST_REACH words on) or after the "that" of "demanding that …"; None when it requests nothing."""
    for r, token in enumerate(tokens):
        if token not in REQUEST_VERBS:
            continue
        if r + 2 < len(tokens) and tokens[r + 1] == "that" and token not in CALLING:
            return r + 2
        for j in range(r + 1, min(len(tokens) - 1, r + 2 + REQUEST_REACH)):
            if tokens[j] == "to":
                return j + 1
    return None


# ("no fewer than 6,200" bounds a figure: no negation)
SETTLES = on_first_use(
    r"\b(not|no(?! (?:fewer|less|more) than\b)|never|refused|denied|declined|rejected|despite|kept|continued|without"
    r"|did)\b|n't\b"
)
REPORTING = on_first_use(r"\b(?:said|says|told|tells|claimed|claims|argued|argues|wrote|writes|insisted|warned)\b")
SPOKEN = on_first_use(r"[\"“][^\"“”]*[\"”]")


def settles(statement: str) -> bool:
    """The statement says in its own voice what did or did not happen ("they were denied entry", "decided to keep
    … despite"): a negation or refusal outside speech marks and not inside what someone is reported to have said
    ("a protester told the crowd that they would not stand by" settles nothing about the protest itself)."""
    own = statement.lower()
    if '"' in own or "“" in own:  # what SPOKEN takes out opens with one of them
        own = SPOKEN().sub(" ", own)
    return any(REPORTING().search(own[: found.start()]) is None for found in SETTLES().finditer(own))


# a reason given, and a cause told (general English): a verb of causing ("these reports set off the protests"), or
# news an act followed ("held a protest … after reports that …"), which a "why" or a "what set off" asks. The word
# lists below (REASON_WORDS, _REASON_WORDS, _CAUSE_OPENINGS) are derived from these three.
REASONS_GIVEN = ("because", "since", "so that", "in order to", "reason", "argued", "said", "wrote", "defended")
CAUSING_VERBS = ("caused", "sparked", "triggered", "prompted", "set off", "led to")
NEWS_FOLLOWED = ("after", "following", "amid")  # "… after reports that …": the act comes before them
_NEWS = r"(?:the )?(?:reports?|revelations?|news|disclosures?)"
_CAUSE = "|".join(CAUSING_VERBS) + rf"|(?:{'|'.join(NEWS_FOLLOWED)}) {_NEWS}"
REASON = on_first_use(rf"\b({'|'.join(REASONS_GIVEN)}|{_CAUSE})\b")
CAUSE_TOLD = on_first_use(rf"\b(?:{_CAUSE})\b", re.IGNORECASE)  # a cause told, not a reason someone gave
_CAUSED_AFTER = on_first_use(rf"\b(?:{'|'.join(CAUSING_VERBS)})\b([^.;]*)", re.IGNORECASE)  # "set off the vigil"
_CAUSED_BEFORE = on_first_use(rf"([^.;]*)\b(?:{'|'.join(NEWS_FOLLOWED)}) {_NEWS}\b", re.IGNORECASE)  # "… after reports"
# what _CAUSED_BEFORE cannot match without, as a pattern opening with a word: _CAUSED_BEFORE's open clause is tried at
# every position of a text holding no such news, each try running to the clause's end (~0.45 ms a shipped statement,
# paid for each near candidate of a "why" question; this search ~10 µs)
_NEWS_AFTER = on_first_use(rf"\b(?:{'|'.join(NEWS_FOLLOWED)}) {_NEWS}\b", re.IGNORECASE)
_REACTION = (
    r"^(?:when|after|once|as soon as|despite|in spite of)\b"
    r"|\b(?:in response|in reply|responded|reacted|replied|in turn|afterwards?)\b"
)
# What the two patterns cannot match without (their words as plain text): a text holding none of them is checked
# in a few scans instead of a pattern tried at every word
REASON_WORDS = (*REASONS_GIVEN, *CAUSING_VERBS, *NEWS_FOLLOWED)


_REASON_GIVEN = on_first_use(rf"\b(?:{'|'.join(REASONS_GIVEN)})\b", re.IGNORECASE)  # REASON but a cause told


def reason_of(statement: str, asked: AbstractSet[str]) -> bool:
    """The statement, which gives a reason (`Features.reason`), gives one that may be of what is asked (`asked`: the
    stems of the question's things and acts): a reason given ("because", "said", REASONS_GIVEN), or a cause told
    (CAUSE_TOLD) of something sharing a stem with `asked` ("these reports set off the vigil" is no reason for
    "why did the guild close the harbour")."""
    if _REASON_GIVEN().search(statement) is not None:
        return True
    return any(not asked.isdisjoint(stem(w) for w in words(told)) for told in caused(statement))


def caused(statement: str) -> list[str]:
    """What the statement tells was caused (CAUSE_TOLD), each as the text of its clause: after a verb of causing
    ("these reports set off the vigil" -> " the vigil"), or before news an act followed ("the guild held a vigil
    after reports that …" -> "the guild held a vigil "). A cause told answers a "why" of what it caused only."""
    after = [m.group(1) for m in _CAUSED_AFTER().finditer(statement)]
    if _NEWS_AFTER().search(statement) is None:  # most statements: no news an act followed (see _NEWS_AFTER)
        return after
    return after + [m.group(1) for m in _CAUSED_BEFORE().finditer(statement)]


REACTION_OPENINGS = ("when", "after", "once", "as soon as", "despite", "in spite of")
REACTION_WORDS = ("in response", "in reply", "responded", "reacted", "replied", "in turn", "afterward")
REACTION = on_first_use(_REACTION, re.IGNORECASE)
_REACTION_LOWER = on_first_use(_REACTION)  # REACTION for lower-case ASCII text (its words are lower case)
# a reply undergone (general English: a passive of telling, ordering or refusing: "was told to leave", "were turned
# away"), what was done in answer to the one the statement tells of
_REQUEST_STEMS = frozenset(stem(v) for v in REQUEST_VERBS)  # a premise asking something
_CLAUSE_BREAK = on_first_use(r"[,;.]|\band\b")  # where a clause ends
_ANSWERED_UNDERGONE = on_first_use(
    r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:told|ordered|instructed|refused|denied|turned\s+away)\b", re.IGNORECASE
)


def answered_undergone(statement: str, premise: AbstractSet[str]) -> bool:
    """The statement tells a reply its subject underwent (_ANSWERED_UNDERGONE: "she asked for a meeting and was
    told to leave") with no stem of the `premise` (a question's "when …" clause, stemmed) after that reply's clause:
    the answer given to what it told before, a reaction told without REACTION's words. A premise told after it
    ("… and said they would not leave", to "when she refused to leave") came after the reply, which is none to it;
    a premise asking nothing (REQUEST_VERBS: "when the protesters showed up") is answered by no reply to one."""
    found = _ANSWERED_UNDERGONE().search(statement)
    if found is None or premise.isdisjoint(_REQUEST_STEMS):
        return False
    later = _CLAUSE_BREAK().split(statement[found.end() :], maxsplit=1)[1:]
    return not later or premise.isdisjoint(stem(w) for w in words(later[0].lower()))


def counted_stems(undated: str) -> tuple[str, ...]:
    """Stems of the (up to three) words after each count (COUNT, sums of money aside) in a lower-case statement
    whose days of a month are taken out: what its numbers count ("two contracts", "90,000 signatures"), in order of
    first appearance. A statement gives a number of a noun (`bot.answering.retrieve.Retriever.counts`) when the
    noun's stem is among them."""
    # lower-case ASCII text: COUNT without its case-blindness finds the same (its words are lower case), faster
    pattern = _COUNT_LOWER() if undated.isascii() else COUNT()
    return _after_counts(undated, (m.end() for m in pattern.finditer(undated) if not is_sum(undated, m)))


def _after_counts(undated: str, ends: Iterable[int]) -> tuple[str, ...]:
    """`counted_stems` of `undated` whose counts end at `ends`."""
    found: dict[str, None] = {}
    for end in ends:
        for w in words(undated[end : end + 40])[:3]:
            found[stem(w)] = None
    return tuple(found)


def _count_and_counted(undated: str) -> tuple[bool, tuple[str, ...]]:
    """Whether a lower-case statement whose days of a month are taken out has a count (`has_count`), and what its
    counts count (`counted_stems`)."""
    if undated.isascii() and _DIGIT().search(undated) is not None:
        # a number: a count is likely, and finding them all says both at once (`has_count` would look first)
        counts = [m for m in _COUNT_LOWER().finditer(undated) if not is_sum(undated, m)]
        if counts:
            return True, _after_counts(undated, (m.end() for m in counts))
        count = _COUNT_WORD().search(undated) is not None  # only sums among its numbers: a count word or none
        return count, counted_stems(undated) if count else ()
    count = has_count(undated)
    return count, counted_stems(undated) if count else ()  # no count, nothing counted


class Features(NamedTuple):
    """What ranking asks of a fact (see the module docstring). Sets of words and ids are tuples in first-seen
    order, to be tested with `in` (a tuple of strings is never tracked by the garbage collector, and most of
    these hold a handful)."""

    kind: str
    topics: tuple[str, ...]
    date: str  # "" when undated
    day: bool  # the date is known to the day
    entities: tuple[str, ...]
    entity_kinds: tuple[str, ...]  # the glossary kinds of its entities, sorted
    sources: tuple[str, ...]  # the sources it cites
    money: bool  # "$" or "million" in its statement
    quoted: bool  # a quote, or quotation marks in its statement
    counting: bool  # a number not a year nor a sum of money (days of a month aside), or a count word
    settles: bool  # says in its own voice what did or did not happen (`settles`)
    reason: bool  # gives a reason (REASON)
    reaction: bool  # tells what was done in answer to something (REACTION)
    opening: tuple[str, ...]  # stems of the first words of its main clause: who or what it is about as a subject
    requested: tuple[str, ...]  # stems of acts it only reports as requested of someone (`requested_only`)
    counted: tuple[str, ...]  # stems of what its counts count (`counted_stems`)


def _unique(values: Sequence[str]) -> tuple[str, ...]:
    return tuple(values) if len(values) < 2 else tuple(dict.fromkeys(values))


def of(fact: FactData, entities: Mapping[str, EntityData], tokens: list[str] | None = None) -> Features:
    """The features of `fact`, the glossary `entities` giving its entities' kinds; `tokens`: its statement's `words`,
    when the caller has them (compiling does: the vocabulary reads them too). The same as `of_by_patterns` (tests
    compare them on every fact of the shipped brief and of generated ones), at about a third of its cost for an
    ASCII statement: which cue words the statement holds is found once (`_cues`), and a pattern runs only where its
    words are there to match."""
    statement = fact.statement
    if not statement.isascii():
        return of_by_patterns(fact, entities, tokens)
    if tokens is None:
        tokens = words(statement)
    lowered = statement.lower()
    cues = _cues(lowered, tokens)
    # every cue word standing in `cues` is then a whole word of the statement (as `\b` sees words): not one
    # `words` joined across an apostrophe ("respond'ed") or cut out of a word with an underscore
    whole = "'" not in lowered and "_" not in lowered
    undated = lowered if _MONTH_CUES.isdisjoint(cues) else _without_days(lowered, _MONTH_CUES.intersection(cues))
    count, counted = _counts_ascii(undated, _COUNT_CUES.intersection(cues))
    if lowered.startswith(REACTION_OPENINGS) or not _REACTION_CUES.isdisjoint(cues):
        reaction = _REACTION_LOWER().search(lowered) is not None
    else:
        reaction = False
    if not _REASON_WORDS.isdisjoint(cues):
        reason = whole or REASON().search(lowered) is not None
    elif "order" in cues or ("so" in cues and "that" in cues) or not _CAUSE_OPENINGS.isdisjoint(cues):
        reason = REASON().search(lowered) is not None
    else:
        reason = False
    if lowered.startswith(_LEADING_WORDS) and len(clause := main_clause(statement)) != len(statement):
        subject = _first_words(clause)
    else:  # neither leading pattern can match: the main clause is the statement
        subject = tokens
    if REQUEST_VERBS.isdisjoint(tokens) or (
        (not _FARED_CUES.isdisjoint(cues) or "n't" in lowered) and _REQUEST_FARED_LOWER().search(lowered)
    ):
        requested: tuple[str, ...] = ()
    else:
        requested = tuple(sorted(_asked_only(statement)))
    topics, ents = fact.topics, fact.entities
    return _new_features(
        Features,
        (
            fact.kind,
            tuple(topics) if len(topics) < 2 else tuple(dict.fromkeys(topics)),
            fact.date or "",
            fact.precision == "day",
            tuple(ents) if len(ents) < 2 else tuple(dict.fromkeys(ents)),
            tuple(sorted({entities[e].kind for e in ents if e in entities})),
            _unique([c.source for c in fact.citations]),
            "$" in lowered or "million" in lowered,
            fact.kind == "quote" or '"' in statement,  # (an ASCII statement holds no curly quote)
            count,
            _settles_ascii(lowered, cues),
            reason,
            reaction,
            _unique([stem(w) for w in subject[:SUBJECT_WORDS]]),
            requested,
            counted,
        ),
    )


_new_features = tuple.__new__  # (a NamedTuple's own constructor is a Python function taking its fields by name)

# The words the patterns below cannot match without, each standing as a word (between `\b`s) in any match:
_MONTH_CUES = frozenset(_MONTH_NAMES)  # _DAY_OF_MONTH
_COUNT_CUES = frozenset(  # the word branch of COUNT ("dozens?": "dozen" and "dozens")
    w for alt in _COUNT_WORDS.split("|") for w in ((alt[:-2], alt[:-1]) if alt.endswith("s?") else (alt,))
)
_REACTION_CUES = frozenset(  # REACTION after its opening words (those are looked for at the start)
    "response reply turn responded reacted replied afterward afterwards".split()
)
_REASON_WORDS = frozenset(w for w in (*REASONS_GIVEN, *CAUSING_VERBS) if " " not in w)  # REASON's one-word reasons
# REASON's other words a cause may open with: "set off", "led to", "after reports"
_CAUSE_OPENINGS = frozenset(w.split()[0] for w in CAUSING_VERBS if " " in w) | frozenset(NEWS_FOLLOWED)
_SETTLE_CUES = frozenset("not no never refused denied declined rejected despite kept continued without did".split())
_FARED_CUES = frozenset("not never refused declined rejected despite ignored".split())  # REQUEST_FARED's words
_REPORTING_CUES = frozenset("said says told tells claimed claims argued argues wrote writes insisted warned".split())
_CUE_WORDS = (
    _MONTH_CUES
    | _COUNT_CUES
    | _REACTION_CUES
    | _REASON_WORDS
    | _SETTLE_CUES
    | _FARED_CUES
    | _REPORTING_CUES
    | _CAUSE_OPENINGS
    | {"order", "so", "that"}
)
_LONGEST_CUE = max(map(len, _CUE_WORDS))
# the words LEADING_DATE and LEADING_CLAUSE can open with ("in response", "according to" open with a word here)
_LEADING_WORDS = tuple(
    "on in by during since from when after as while once before despite following at according with under amid "
    "for".split()
)
_HEAD = re.compile(r"[0-9a-z]+")
_TAIL = re.compile(r"[0-9a-z]+\Z")


def _cues(lowered: str, tokens: list[str]) -> frozenset[str]:
    """The cue words (_CUE_WORDS) among an ASCII statement's `words` (`tokens`) and, where it has an apostrophe,
    among the words on either side of one: every cue word that stands as a word in `lowered` (its lower case) is in
    here. (`words` drops apostrophes, and so joins "x'not" into "xnot"; elsewhere a word between word boundaries made of
    letters is one of its words.) A cue found may still not stand alone as a word (see `of`'s `whole`)."""
    found = _CUE_WORDS.intersection(tokens)
    if "'" not in lowered:
        return found
    pieces = lowered.split("'")
    beside = [head.group() for head in map(_HEAD.match, pieces[1:]) if head is not None]
    for piece in pieces[:-1]:
        # the word ending the piece (or its end only, for a word too long to be a cue)
        tail = _TAIL.search(piece, max(0, len(piece) - _LONGEST_CUE - 1))
        if tail is not None:
            beside.append(tail.group())
    return found.union(_CUE_WORDS.intersection(beside))


# COUNT's number branch for `finditer`, starting with the digit (so `re` skips to digits): "\b" before it as a
# look-behind, and the look-ahead for a year moved past the first digit
# (for ASCII text only: `\d` and `\w` as ASCII classes, which `re` tests faster, perf25: ~1 µs a generated fact)
_NUMBER = on_first_use(r"[0-9](?<!\w[0-9])(?!(?<=1)9[0-9][0-9]\b|(?<=2)0[0-9][0-9]\b)[0-9,]*\b", re.ASCII)


def _word_spans(text: str, found: Iterable[str]) -> list[tuple[int, int]]:
    """Where each of the words `found` stands as a word (between word boundaries) in an ASCII text."""
    spans = []
    end = len(text)
    for word in found:
        at = text.find(word)
        while at >= 0:
            after = at + len(word)
            if (at == 0 or not _word_character(text[at - 1])) and (after == end or not _word_character(text[after])):
                spans.append((at, after))
            at = text.find(word, after)
    return spans


def _word_character(c: str) -> bool:
    """An ASCII character that is a word character to `re` (letters, digits, the underscore)."""
    return c.isalnum() or c == "_"


def _without_days(lowered: str, months: Iterable[str]) -> str:
    """`_without_dates_lower` of an ASCII text in lower case holding the month names `months` (those it holds as
    words, and perhaps others), without the pattern: each day of a month, as _DAY_OF_MONTH's branches find it
    around each month named ("12 july", "july 12"), the leftmost first, replaced by a space."""
    spans = []
    end = len(lowered)
    for at, after in _word_spans(lowered, months):
        if at >= 2 and lowered[at - 1].isspace() and lowered[at - 2].isdigit():  # 1-2 digits, a space, the month
            start = at - 3 if at >= 3 and lowered[at - 3].isdigit() else at - 2
            if start == 0 or not _word_character(lowered[start - 1]):
                spans.append((start, after))
        if after + 1 < end and lowered[after].isspace() and lowered[after + 1].isdigit():  # the month, a space, digits
            stop = after + 3 if after + 2 < end and lowered[after + 2].isdigit() else after + 2
            if stop == end or not _word_character(lowered[stop]):
                spans.append((at, stop))
    if not spans:
        return lowered
    spans.sort()  # one match at most starts at any place: the pattern's matches are the leftmost not overlapping
    parts: list[str] = []
    done = 0
    for start, stop in spans:
        if start >= done:
            parts += (lowered[done:start], " ")
            done = stop
    parts.append(lowered[done:])
    return "".join(parts)


def _counts_ascii(undated: str, named: Iterable[str]) -> tuple[bool, tuple[str, ...]]:
    """`_count_and_counted` of an ASCII text in lower case, its days of a month taken out, where the count words
    standing as words are among `named`: COUNT's number branch from the digits on, and its word branch from where
    the words are (the two find no overlapping matches: digits and commas, letters)."""
    spans = [m.span() for m in _NUMBER().finditer(undated)]
    told = _word_spans(undated, named) if named else []
    if told:
        spans = sorted(spans + told)
    ends = [stop for start, stop in spans if not _is_sum_ascii(undated, start, stop)]
    if ends:
        return True, _after_counts(undated, ends)
    return bool(told), ()  # a count word counts even in a sum of money ("two million"); a number does not


def _is_sum_ascii(text: str, start: int, end: int) -> bool:
    """`is_sum` for the match text[start:end] of an ASCII text in lower case, without its patterns."""
    before = text[max(0, start - 2) : start]  # SUM_BEFORE: "$", "$ " or "$\n" just before
    if before.endswith("$") or (len(before) == 2 and before[0] == "$" and before[1].isspace()):
        return True
    after = text[end : end + 9]  # SUM_AFTER: a whitespace at most, then a unit ending a word (in these 9 characters)
    if after[:1].isspace():
        after = after[1:]
    for unit in _UNITS.get(after[:1], ()):
        if after.startswith(unit):
            following = after[len(unit) : len(unit) + 1]
            if not (following.isalnum() or following == "_"):  # ("\b": the end, or not a word character)
                return True
    return False


_UNITS = {"m": ("million", "m"), "b": ("billion", "bn")}


def _settles_ascii(lowered: str, cues: frozenset[str]) -> bool:
    """`settles` of an ASCII statement in lower case holding the cue words `cues` (see `_cues`). Without "n't", a
    negation SETTLES finds starts a word, so what REPORTING finds before one it also finds before any later one:
    the first negation decides, and REPORTING needs looking for only where one of its words is there."""
    if "n't" in lowered:  # (before "n't", REPORTING may find a word cut short: "saidn't" holds "said" then)
        return settles(lowered)
    if _SETTLE_CUES.isdisjoint(cues):
        return False
    own = SPOKEN().sub(" ", lowered) if '"' in lowered else lowered  # (an ASCII text holds no curly quote)
    first = SETTLES().search(own)
    if first is None:
        return False
    return _REPORTING_CUES.isdisjoint(cues) or REPORTING().search(own[: first.start()]) is None


def _first_words(clause: str) -> list[str]:
    """The first SUBJECT_WORDS (or more) of `words(clause)`, from the clause's first few dozen characters when they
    hold that many: cut at a space, the words before it are the first of the clause's (nothing `words` drops or
    joins spans a space)."""
    cut = clause.find(" ", 48)
    if cut > 0:
        head = words(clause[:cut])
        if len(head) >= SUBJECT_WORDS:
            return head
    return words(clause)


def of_by_patterns(fact: FactData, entities: Mapping[str, EntityData], tokens: list[str] | None = None) -> Features:
    """`of` worked out by running each pattern (a few shortcuts aside, each exact and compared with its pattern
    in tests/test_retrieve.py): the definition `of` keeps to, and its way for a statement that is not ASCII."""
    statement = fact.statement
    lowered = statement.lower()
    undated = _without_dates_lower(lowered)
    count, counted = _count_and_counted(undated)
    if not statement.isascii():
        reaction = REACTION().search(statement) is not None
    elif lowered.startswith(REACTION_OPENINGS) or any(w in lowered for w in REACTION_WORDS):
        reaction = _REACTION_LOWER().search(lowered) is not None  # its letters where the statement has them
    else:
        reaction = False
    reason = any(w in lowered for w in REASON_WORDS) and REASON().search(lowered) is not None
    clause = main_clause(statement)
    # the main clause is the statement less a leading part: the same length, the same statement
    subject = tokens if tokens is not None and len(clause) == len(statement) else words(clause)
    return Features(
        kind=fact.kind,
        topics=_unique(fact.topics),
        date=fact.date or "",
        day=fact.precision == "day",
        entities=_unique(fact.entities),
        entity_kinds=tuple(sorted({entities[e].kind for e in fact.entities if e in entities})),
        sources=_unique([c.source for c in fact.citations]),
        money="$" in lowered or "million" in lowered,
        quoted=fact.kind == "quote" or "“" in statement or '"' in statement,
        counting=count,
        settles=settles(lowered),
        reason=reason,
        reaction=reaction,
        opening=_unique([stem(w) for w in subject[:SUBJECT_WORDS]]),
        requested=tuple(sorted(requested_only(statement, tokens))),
        counted=counted,
    )


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def encode(features: Features) -> str:
    """Features as one JSON array (a snapshot's `features` column)."""
    return _ENCODER.encode(features)


_intern = sys.intern  # kinds, ids, sources and common stems recur across facts: one string each in the caches
# Tuples of a decoded fact's features that another fact's features already hold: facts share topics, entities,
# sources and often openings, and a shared tuple is one the garbage collector has long stopped tracking, where each
# new one is tracked until a collection looks at it (re-ranking keeps thousands of features: their tuples filled the
# young generation, see bot/search.py's `Searched`). Bounded: beyond it a tuple is kept as it is decoded.
SHARED_TUPLES = 16_384
_shared: dict[tuple[str, ...], tuple[str, ...]] = {}


def decode(text: str) -> Features:
    """The features `encode` wrote."""
    (kind, topics, date, day, ents, kinds, sources, money, quoted, count, settled, reason, reaction, opening,
     requested, counted) = json.loads(text)  # fmt: skip
    # each tuple as `_shared` holds it (`dict.get(t, t)`: itself when not held), kept there while there is room
    share = _shared.setdefault if len(_shared) < SHARED_TUPLES else _shared.get
    return Features(
        _intern(kind),
        share(t := tuple(map(_intern, topics)), t),
        date,
        day,
        share(t := tuple(map(_intern, ents)), t),
        share(t := tuple(map(_intern, kinds)), t),
        share(t := tuple(map(_intern, sources)), t),
        money,
        quoted,
        count,
        settled,
        reason,
        reaction,
        share(t := tuple(map(_intern, opening)), t),
        share(t := tuple(map(_intern, requested)), t),
        share(t := tuple(map(_intern, counted)), t),
    )
