"""The counts a statement gives and the noun each one counts ("140,000" and "signatur" of "a petition carrying more
than 140,000 signatures"): one rule for the answering, which asks whether another fact gives a count a question
names, and for compiling, whose `counting` table (bot/snapshot/writing.py) holds each fact's counts with their nouns
so that a compiled brief finds those facts through an index (`Brief.statements_counting`) instead of reading every
statement with a run of the count's digits.

Here, not in bot/answering/, so that compiling does not import the answering package.
"""

from __future__ import annotations

from bot.features import is_sum
from bot.search import stem
from bot.text import STOPWORDS, fold, on_first_use, words

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# a number that may count something: digits (with commas between groups of three, or with decimals), not right
# after a word character or "$", not a year, not a day before a month ("12 July")
NUMBER = on_first_use(
    r"(?<![\w$])\d{1,3}(?:,\d{3})+(?!\d)"
    rf"|(?<![\w$.,])(?!(?:19|20)\d\d\b)\d+(?:\.\d+)?\b(?!,\d)(?!\s(?:{_MONTHS})\b)"
)
COUNTED_REACH = 3  # words from a number to the noun it counts ("200 harbour employees", "8,400 undocumented people")


def is_year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


def counts_given(statement: str) -> dict[str, str]:
    """The counts a statement gives (no sums, no years), each as written ("140,000") by its digits ("140000")."""
    return {
        m.group(0).replace(",", ""): m.group(0)
        for m in NUMBER().finditer(statement)
        if not is_sum(statement, m) and not is_year(m.group(0))
    }


def count_forms(digits: str) -> tuple[str, ...]:
    """The ways a count `counts_given` gives by `digits` may be written: as they are, and, of more
    than three, with commas between groups of three from the right ("140000", "140,000"): NUMBER's two branches."""
    if len(digits) <= 3:
        return (digits,)
    head = len(digits) % 3 or 3
    return (digits, ",".join([digits[:head], *(digits[i : i + 3] for i in range(head, len(digits), 3))]))


def noun_after(statement: str, written: str) -> str:
    """The stem of the first word past stop words within COUNTED_REACH after the count `written` in `statement`."""
    after = statement[statement.index(written) + len(written) :]
    return next((stem(w) for w in words(fold(after))[:COUNTED_REACH] if w not in STOPWORDS), "")


def counted_nouns(statement: str) -> list[tuple[str, str]]:
    """(digits, noun) of each count `statement` gives (`counts_given`) with the stem of the noun after it as written
    (`noun_after`, "" when none): a compiled brief's `counting` rows of the fact."""
    return [(digits, noun_after(statement, written)) for digits, written in counts_given(statement).items()]


def gives_count(statement: str, digits: str, noun: str) -> bool:
    """Whether `statement` gives the count `digits` with the noun `noun` (a stem) after it as written: one of
    `counted_nouns`. A statement none of whose ways of writing the count (`count_forms`) has the noun after it is
    passed over before its counts are read (~20 µs a statement: "12" starts a run in ~1,800 statements at 100,000
    facts, "on July 12, …"); the count as written is one of those ways, so none is passed over that gives it."""
    if not any(form in statement and noun_after(statement, form) == noun for form in count_forms(digits)):
        return False
    written = counts_given(statement).get(digits)
    return written is not None and noun_after(statement, written) == noun
