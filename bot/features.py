"""What re-ranking reads of a fact: its kind, date, entities and sources, and what the wording of its statement
says (an amount, a count and what it counts, a settled outcome, a reason, a reaction, who it opens with, what it
only reports as requested).

All of it depends on the fact (and the glossary's entity kinds) alone, so a compiled snapshot works it out once
per fact (bot/snapshot/writing.py writes `encode(of(fact, entities))` beside the fact's row) and answering reads it back
with `decode` instead of parsing the fact's record and running the patterns below over its text for every hit. A
brief loaded from its files (bot/brief.py) works it out with `of` the first time ranking asks about a fact. A
glossary change compiles every fact again (bot/recompile.py), so the saved entity kinds stay current. Working it
out costs ~100 µs a shipped fact and ~150 µs a generated one (the patterns: Python's `re` tries a word
alternation at every position), ~15 CPU-s of a 100,000-fact compile (~21 before compiling handed it the statement's
words and the shortcuts below that are exact by construction; tests/test_retrieve.py compares each with its
pattern). The patterns live here, not in
bot/answering/, so that compiling does not import the answering package.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from bot.dates import MONTHS
from bot.records import EntityData, FactData
from bot.search import stem
from bot.text import STOPWORDS, on_first_use, words

_MONTH = "(?:" + "|".join(MONTHS) + ")"
_DAY_OF_MONTH = on_first_use(rf"\b\d{{1,2}}\s{_MONTH}\b|\b{_MONTH}\s\d{{1,2}}\b", re.IGNORECASE)
_MONTH_LOWER = _MONTH.lower()
# _DAY_OF_MONTH for lower-case ASCII text: the same matches without its case-blindness (the cost)
_DAY_OF_MONTH_LOWER = on_first_use(rf"\b\d{{1,2}}\s{_MONTH_LOWER}\b|\b{_MONTH_LOWER}\s\d{{1,2}}\b")
_COUNT_DIGITS = r"\b(?!(?:19|20)\d\d\b)\d[\d,]*\b"
_COUNT_WORDS = r"two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|several|once|twice|thrice"
COUNT = on_first_use(_COUNT_DIGITS + r"|\b(" + _COUNT_WORDS + r")\b", re.IGNORECASE)  # a number not a year, or a word
# COUNT's branches apart, for `has_count`: a case-blind pattern tries every alternative at every word start
_DIGIT = on_first_use(r"\d")
_COUNT_NUMBER = on_first_use(_COUNT_DIGITS)
_COUNT_WORD = on_first_use(r"\b(?:" + _COUNT_WORDS + r")\b")
_COUNT_LOWER = on_first_use(_COUNT_DIGITS + r"|\b(" + _COUNT_WORDS + r")\b")  # COUNT for lower-case ASCII text


SUM_BEFORE = on_first_use(r"\$\s?$")
SUM_AFTER = on_first_use(r"^\s?(?:million|billion|m|bn)\b", re.IGNORECASE)


def is_sum(text: str, number: re.Match[str]) -> bool:
    """The number COUNT found is a sum of money ("$38 million", "$250,000", "49 million"), not a count of things."""
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
    want wanted wants implore implored beg begged""".split()
)
# every request verb holds one of these: a statement holding none requests nothing (checked in 12 scans, not 43)
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
)
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
    return frozenset(stem(t) for t in asked) - {stem(t) for t in stated}


# where a request's content ends: a sentence, or a clause joined on with a comma ("asked them to switch off their
# camera, and the guild called the police"; "a petition urging the guild to stop, which they said had 900 names":
# a relative clause running to the sentence's end is told, not asked for, unlike one set in commas inside the
# request: "demanding that the port, which they own, cancel the lease")
REQUEST_END = on_first_use(
    r"[.;!?](?:\s|$)|,\s+(?:and|but|while|whereas|so)\s+"
    r"|,\s+(?=(?:which|who|whose)\s(?:[^,.;!?]|(?<=\d)[,.](?=\d))*(?:[.;!?]|$))"  # "140,000" ends no clause
)


def _request_start(tokens: list[str]) -> int | None:
    """Where a request's content starts in a sentence's tokens: the word after the "to" of "urged X to …" (at
    most REQUEST_REACH words on) or after the "that" of "demanding that …"; None when it requests nothing."""
    for r, token in enumerate(tokens):
        if token not in REQUEST_VERBS:
            continue
        if r + 2 < len(tokens) and tokens[r + 1] == "that":
            return r + 2
        for j in range(r + 1, min(len(tokens) - 1, r + 2 + REQUEST_REACH)):
            if tokens[j] == "to":
                return j + 1
    return None


# ("no fewer than 8,400" bounds a figure: no negation)
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


REASON = on_first_use(r"\b(because|since|so that|in order to|reason|argued|said|wrote|defended)\b")
_REACTION = (
    r"^(?:when|after|once|as soon as|despite|in spite of)\b"
    r"|\b(?:in response|in reply|responded|reacted|replied|in turn|afterwards?)\b"
)
# What the two patterns cannot match without (their words as plain text): a text holding none of them is checked
# in a few scans instead of a pattern tried at every word
REASON_WORDS = ("because", "since", "so that", "in order to", "reason", "argued", "said", "wrote", "defended")
REACTION_OPENINGS = ("when", "after", "once", "as soon as", "despite", "in spite of")
REACTION_WORDS = ("in response", "in reply", "responded", "reacted", "replied", "in turn", "afterward")
REACTION = on_first_use(_REACTION, re.IGNORECASE)
_REACTION_LOWER = on_first_use(_REACTION)  # REACTION for lower-case ASCII text (its words are lower case)


def counted_stems(undated: str) -> tuple[str, ...]:
    """Stems of the (up to three) words after each count (COUNT, sums of money aside) in a lower-case statement
    whose days of a month are taken out: what its numbers count ("two contracts", "140,000 signatures"), in order of
    first appearance. A statement gives a number of a noun (`bot.answering.retrieve.Retriever.counts`) when the
    noun's stem is among them."""
    # lower-case ASCII text: COUNT without its case-blindness finds the same (its words are lower case), faster
    pattern = _COUNT_LOWER() if undated.isascii() else COUNT()
    return _after_counts(undated, (m for m in pattern.finditer(undated) if not is_sum(undated, m)))


def _after_counts(undated: str, counts: Iterable[re.Match[str]]) -> tuple[str, ...]:
    """`counted_stems` of `undated` whose counts are `counts`."""
    found: dict[str, None] = {}
    for match in counts:
        for w in words(undated[match.end() : match.end() + 40])[:3]:
            found[stem(w)] = None
    return tuple(found)


def _count_and_counted(undated: str) -> tuple[bool, tuple[str, ...]]:
    """Whether a lower-case statement whose days of a month are taken out has a count (`has_count`), and what its
    counts count (`counted_stems`)."""
    if undated.isascii() and _DIGIT().search(undated) is not None:
        # a number: a count is likely, and finding them all says both at once (`has_count` would look first)
        counts = [m for m in _COUNT_LOWER().finditer(undated) if not is_sum(undated, m)]
        if counts:
            return True, _after_counts(undated, counts)
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


def _unique(values: list[str]) -> tuple[str, ...]:
    return tuple(values) if len(values) < 2 else tuple(dict.fromkeys(values))


def of(fact: FactData, entities: Mapping[str, EntityData], tokens: list[str] | None = None) -> Features:
    """The features of `fact`, the glossary `entities` giving its entities' kinds; `tokens`: its statement's `words`,
    when the caller has them (compiling does: the vocabulary reads them too)."""
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


def decode(text: str) -> Features:
    """The features `encode` wrote."""
    (kind, topics, date, day, ents, kinds, sources, money, quoted, count, settled, reason, reaction, opening,
     requested, counted) = json.loads(text)  # fmt: skip
    return Features(
        _intern(kind),
        tuple(map(_intern, topics)),
        date,
        day,
        tuple(map(_intern, ents)),
        tuple(map(_intern, kinds)),
        tuple(map(_intern, sources)),
        money,
        quoted,
        count,
        settled,
        reason,
        reaction,
        tuple(map(_intern, opening)),
        tuple(requested),
        tuple(counted),
    )
