"""How a lead words what it shows: a text shortened at a word, a statement's title, a date as the US articles write
it, and the word-level helpers the checks share (a year, a word's singular, the clause each word is in).
"""

from __future__ import annotations

import re

from bot.counted import is_year as is_year  # (the answering's modules import it from here)
from bot.text import Deferred, fold, words

TITLE = 80  # characters of a related fact's title

CLAUSE_END = Deferred(r"[;:]|[.!?](?=\s|$)")  # where a statement's clause ends (clause_numbers)


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


def singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def possessive(name: str) -> str:
    """`name` owning something, by the English rule: an apostrophe alone after a plural or a name ending in "s"
    ("the keepers'", "Harbour Works'"), "'s" otherwise, and after "ss" ("Lind's", "the boss's")."""
    return name + ("'" if name.endswith("s") and not name.endswith("ss") else "'s")


def clause_numbers(text: str, count: int) -> list[int]:
    """For each of the first `count` words of `text` (text.words of it, folded), the number of the clause it is in:
    clauses end at a semicolon, a colon or a sentence's end."""
    numbers: list[int] = []
    for n, clause in enumerate(CLAUSE_END.split(text)):
        numbers += [n] * len(words(fold(clause)))
    return (numbers + [len(numbers)] * count)[:count]
