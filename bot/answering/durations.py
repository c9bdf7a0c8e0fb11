"""Questions asking how long something lasted or how fast it happened ("how long did the messages stay up", "how
fast were they removed", "for how long"): the answer leads with the duration a fact states ("Within hours: …",
"Since 2011: …"), chosen among the candidates about as good as the best.

The words that ask for a duration ("long", "fast", "stay", "last") are cue words, not the subject. When no
candidate states a duration the question is answered as any other. Only English grammar is named here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from collections.abc import Set as AbstractSet
from dataclasses import replace
from functools import lru_cache

from bot.answering.retrieve import Hit
from bot.answering.understand.question import Question
from bot.search import stem
from bot.text import NUMBER_WORDS, STOPWORDS, Deferred, on_first_use, words

_OFFERED = r"an? (?:one|single|two|three|multi) ?(?:hour|day|week|month)"  # "a one day", "a single-day", "a multiday"
# a length asked ("how long", "how fast") or offered to choose from ("was it a one day thing or longer", "how many
# days did it last")
ASKED_LENGTH = re.compile(
    r"\bhow (long|fast|quickly|quick|soon|rapidly)\b(?! ago\b)"
    r"|\bor (longer|shorter)\b|\bhow many (minutes|hours|days|weeks|months)\b"
    # "how many years has the guild run the lamp": a length in years, not "how many years ago / back" (a time before)
    r"|\bhow many (years|decades)\b(?!.*\b(ago|back|before|earlier)\b)"
)
# a length offered alone to a yes/no question: "was the vigil a one day protest", "was it a single-day thing"
OFFERED_ALONE = Deferred(rf"^(?:\S+ ){{0,2}}?(?:was|were|is|did)\b.*\b{_OFFERED}\b")
ASKS_DURATION = re.compile(f"{ASKED_LENGTH.pattern}|{OFFERED_ALONE.pattern}")
_OFFERED_THING = Deferred(rf"\b{_OFFERED}s? (\w+)")
# the subject a length is offered of: "was <the vigil at the pier> a one day thing"
_SUBJECT_OFFERED = Deferred(rf"^(?:\S+ ){{0,2}}?(?:was|were|is)\s+(?:the\s+)?(.+?)\s+{_OFFERED}")
# or offered bare, to choose from: "was <the vigil at the pier> (just) one day or longer", "was it only a day or more"
_SUBJECT_CHOOSING = Deferred(
    r"^(?:\S+ ){0,2}?(?:was|were|is)\s+(?:the\s+)?(.+?)\s+(?:(?:just|only|merely)\s+)?(?:an?\s+)?"
    r"(?:one|single|two|three|multi|a)?\s?(?:hour|day|week|month)s?\s+or\s+(?:longer|shorter|more|less)\b"
)
# or asked the length of: "how long did <the vigil at the pier> last"
_SUBJECT_LASTING = Deferred(r"^how long (?:did|does|do|was|were|is)\s+(?:the\s+)?(.+?)\s+(?:last|go on|run|take)\b")
_OFFERED_UNIT = re.compile(r"(?:one|single|two|three|multi) ?(?:hour|day|week|month)\b")  # in a length offered
DURATION_WORDS = frozenset(
    "long fast quickly quick soon rapidly last lasted lasting stay stayed stays remain remained take took taken longer"
    # a length offered in the question: "a one-day thing or longer", "a single day"; a length asked in years
    " shorter one single multi day days week weeks month months thing years decades".split()
)
_NUMBER = rf"(?:a|an|{'|'.join(NUMBER_WORDS[1:])}|twelve|several|a few|few|many|\d+)"
_UNIT = r"(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)"
_PREPOSITION = r"(?:within|for|after|in|over|under|about|nearly|almost|more than|less than|just over|only|roughly)"
_SPAN = r"(?:the\s+)?(?:past|last|preceding|previous|following|next)"  # "over the past year", "for the last two weeks"
_NOT_LENGTH = r"(?!\s+(?:ago|later|earlier|before|after)\b)"  # "two years ago", "two days later"


# A duration in a text, compiled on first use (1-3 ms, the costliest pattern of answering): only "how long"
# questions read it.
_duration = on_first_use(
    rf"\b(?:{_PREPOSITION}\s+)+(?:{_SPAN}\s+)?(?:{_NUMBER}\s+)?(?:more\s+)?{_UNIT}\b{_NOT_LENGTH}"
    rf"|\b{_NUMBER}\s+(?:more\s+)?{_UNIT}\b{_NOT_LENGTH}"
    rf"|\b{_NUMBER}-{_UNIT.replace('s?', '')}(?:-long)?\b"
    r"|\bsince\s+(?:(?:early|late|mid)[- ])?(?:19|20)\d\d\b"
    r"|\bmulti-?day\b",
    re.IGNORECASE,
)


OPENED = 12  # words of the clause a duration opens ("Over the past year, …") that it may be the length of
ATTACHED = 6  # an asked word at most this many words before a duration makes it that thing's duration
NEAR_BEST = 0.75  # a duration fact this close to the best candidate answers instead of it
CANDIDATES = 6
ASKED_KEPT = 64  # question texts whose `asks_duration` stays worked out


def asks_length(text: str) -> bool:
    """ASKS_DURATION is found in `text`: searched only when the text holds a piece of text every one of its matches
    holds ("how ", "or longer", "or shorter"), which most questions do not (the search itself tries each position)."""
    return (
        "how " in text or "or longer" in text or "or shorter" in text or (_OFFERED_UNIT.search(text) is not None)
    ) and ASKS_DURATION.search(text) is not None


def length_asked(text: str) -> str:
    """How the question `text` asks a length, as a lead may say it is untold ("how long", "how fast", "how many
    days"): the words ASKED_LENGTH finds, "how long" for a length offered ("or longer"); "" when it asks none."""
    found = ASKED_LENGTH.search(" ".join(words(text)))
    if found is None:
        return ""
    return "how long" if found.group(0).startswith("or ") else found.group(0)


@lru_cache(maxsize=ASKED_KEPT)
def asks_duration(text: str) -> bool:
    """The question `text` asks how long something lasted (its words, as `words` splits them, read by
    ASKS_DURATION). Kept for the last texts: answering asks it of one question up to four times."""
    return asks_length(" ".join(words(text)))


def without_duration_words(q: Question) -> Question:
    """The question with its duration-asking words as cues: "stay up" is how it asks, not what it is about."""
    if not asks_duration(q.text):
        return q
    counted = q.kind == "count"  # "how many years has it run": a length, no count of a thing
    # ("was the vigil a one day thing": a length offered to a yes/no question asks the length, as "how long" does; a
    # verdict's checks would refuse what a fact telling its length answers)
    return replace(
        q,
        kind="topic" if q.kind in ("date", "why-how", "yes-no") or counted else q.kind,
        counted="" if counted else q.counted,
        cues=q.cues - {"when", "count"},
        terms=[t for t in q.terms if t not in DURATION_WORDS],
        leftover=[t for t in q.leftover if t not in DURATION_WORDS],
    )


def offered_alone(text: str) -> bool:
    """The question asks a length only by offering one to a yes/no question (OFFERED_ALONE), not "how long" nor
    "… or longer": a fact calling the thing it names by a length answers (`measured`), not any length near its words."""
    joined = " ".join(words(text))
    return OFFERED_ALONE.search(joined) is not None and ASKED_LENGTH.search(joined) is None


def measured(text: str) -> frozenset[str]:
    """The stem of the thing a length offered in a question measures ("was the vigil a one day protest": protest),
    or none: a fact calling that thing by its length ("the multiday protest") gives its length."""
    joined = " ".join(words(text))
    found = _OFFERED_THING.search(joined)
    if found is not None and found.group(1) not in DURATION_WORDS:
        return frozenset({stem(found.group(1))})
    # "was the vigil at the pier a one day thing": a placeholder noun measures the subject it is said of, the last
    # word of the subject before any preposition placing it ("the vigil")
    said_of = _SUBJECT_OFFERED.search(joined) or _SUBJECT_LASTING.search(joined)
    if said_of is None:
        # "was the vigil just one day or longer": the subject a bare length is offered of, never a pronoun ("was it
        # only a day or longer" measures what the words asked name)
        said_of = _SUBJECT_CHOOSING.search(joined)
        if said_of is None or said_of.group(1).split()[-1] in STOPWORDS:
            return frozenset()
    subject = re.split(r"\b(?:at|in|on|of|outside|against|by|for|from|near|over|with)\b", said_of.group(1))[0].split()
    return frozenset({stem(subject[-1])}) if subject and subject[-1] not in DURATION_WORDS else frozenset()


def duration_in(
    text: str,
    asked: set[str] | None = None,
    measured: AbstractSet[str] = frozenset(),
    names: AbstractSet[str] = frozenset(),
) -> str | None:
    """The first duration a text gives ("within hours", "since 2011", "for over a year"), or None. With `asked`,
    only a duration that follows one of those stems within its sentence, a few words on, or is "of" one of them:
    the length of what is asked ("messages were removed within hours", "three years of work"), not of something
    else the text mentions ("held a protest over several days against the guild's work" is no answer to how long
    the guild has worked); or one right before a stem of `measured` (`measured`: "the multiday protest"). Of a
    perfect progressive, only the length of its act or of its subject, asked or among the stems of the names the
    question gives (`names`: _of_ongoing_act)."""
    for found in _duration().finditer(text):
        if asked is None:
            return found.group(0)
        sentence = re.split(r"[.;:!?]\s", text[: found.start()])[-1]
        before = [stem(w) for w in words(sentence)][-ATTACHED:]
        after = words(text[found.end() : found.end() + 40])[:2]
        of_what = stem(after[1]) if len(after) == 2 and after[0] == "of" else ""  # "three years of work"
        named = stem(after[0]) if after else ""  # "the multiday protest", "a two-hour sit-in": the thing it measures
        if of_what in asked or named in measured:
            return found.group(0)
        if not asked.isdisjoint(before):
            if _of_ongoing_act(sentence, asked | names):
                continue  # "had been pushing the guild to drop its leases for a year": the pushing's length
            return found.group(0)
        if not before or before[-1] == "that":  # "Over the past year, the crew have been split": the clause's length
            clause = re.split(r"[.;:!?]\s", text[found.end() :])[0]
            if not asked.isdisjoint(stem(w) for w in words(clause)[:OPENED]):
                return found.group(0)
    return None


# a perfect progressive ("had been pushing", "has been running"): "for <a length>" after it measures that act, whose
# subject is the thing it is the length of (general English)
_ONGOING = re.compile(r"\b(?:has|have|had)\s+been\s+\w+ing\b", re.IGNORECASE)


def _of_ongoing_act(sentence: str, asked: AbstractSet[str]) -> bool:
    """The sentence before a length holds a perfect progressive (_ONGOING) whose subject names nothing asked, the
    asked words coming only after it (nor the act itself): the length is of that act, not of an asked thing it is
    done to ("the crew had been pushing the guild to drop its leases for more than a year" tells no lease's length;
    fresh review 19, M4)."""
    ongoing = list(_ONGOING.finditer(sentence))
    if not ongoing:
        return False
    # its subject (from the clause's start) and its own verb ("how long was the pier leased" asks the leasing)
    subject = re.split(r"\bthat\b|,", sentence[: ongoing[-1].start()])[-1]
    return asked.isdisjoint(stem(w) for w in [*words(subject), *words(ongoing[-1].group())])


def lasting(
    ranked: list[Hit],
    best: Hit,
    texts_of: Callable[[str], list[str]],
    asked: set[str],
    related: Collection[str] = (),
    measured: AbstractSet[str] = frozenset(),
    names: AbstractSet[str] = frozenset(),
) -> tuple[Hit, str] | None:
    """Among the candidates about as good as the best (best first), then the facts the brief relates to the best
    (`related`, in rank order: the same matter in other words, "staff were at odds" and "over the past year staff
    became split"), the first whose statement or quote gives the length of what is asked (or of the thing a length
    offered in the question `measured`: `duration_in`; `names`: the stems of the names the question gives), with
    that duration."""

    def close(hit: Hit) -> bool:
        return hit.score >= NEAR_BEST * best.score and hit.coverage >= NEAR_BEST * best.coverage

    near = [hit for hit in ranked[:CANDIDATES] if close(hit)]
    linked = [hit for hit in ranked if hit.id in related and hit not in near]
    if measured:
        # "how long did the vigil last": any fact about as close giving the vigil's own length ("the multiday
        # vigil", "a vigil over two days") tells it, before a length near other asked words in a closer one (the
        # years of a wave of vigils it was part of)
        wider = [h for h in ranked if close(h) and h not in near and h not in linked]
        for hit in [*near, *linked, *wider]:
            for text in texts_of(hit.id):
                phrase = duration_in(text, set(measured), measured)
                if phrase is not None:
                    return hit, phrase
    for hit in [*near, *linked]:
        for text in texts_of(hit.id):
            phrase = duration_in(text, asked, measured, names)
            if phrase is not None:
                return hit, phrase
    return None


# units of time, shortest first (general English): a bound in one settles a length in a longer one only
UNITS_BY_LENGTH = ("second", "minute", "hour", "day", "week", "month", "year", "decade")
# a duration's preposition telling its upper bound ("within hours": no longer than that), or its lower one ("for
# hours", "over a week": at least that long)
AT_MOST = frozenset("within in under inside".split())
AT_LEAST = frozenset("for over".split())


def _bound(duration: str) -> tuple[str, int] | None:
    """ "within hours" -> ("most", 2), "for days" -> ("least", 3): which bound a duration gives, by its first word,
    and its unit's place in UNITS_BY_LENGTH; None for one giving neither ("since 2011", "a few hours")."""
    said = words(duration.lower())
    unit = next((i for w in said for i, u in enumerate(UNITS_BY_LENGTH) if w in (u, f"{u}s")), None)
    if unit is None or not said:
        return None
    if said[0] in AT_MOST or said[:2] == ["less", "than"]:
        return "most", unit
    if said[0] in AT_LEAST or said[:2] == ["more", "than"]:
        return "least", unit
    return None


def length_unsettled(question: str, statement: str) -> bool:
    """A yes/no question asking of a length ("did the messages stay up for hours", "were they removed within
    minutes") that the length the statement gives does not settle: a bound no shorter than the one asked ("taken down
    within hours" neither denies "for hours", a few hours being hours, nor says "within minutes"). A bound told in a
    shorter unit than one asked settles it ("within hours" is no "for days", and is "within days"), as does none."""
    asked_length, told_length = duration_in(question), duration_in(statement)
    if asked_length is None or told_length is None:
        return False
    asked, told = _bound(asked_length), _bound(told_length)
    if asked is None or told is None or told[0] != "most":
        return False
    return told[1] >= asked[1] if asked[0] == "least" else told[1] > asked[1]
