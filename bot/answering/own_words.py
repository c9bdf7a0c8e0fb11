"""A follow-up's own quoted word ("who called it treasonous" after "who said loser position"): the word is one a fact
quotes, so "it" is what that fact tells someone called so, never the words the last answer told, which hold no such
word (fresh tester 87 c7: read "who called loser position treasonous", the loser-position words led again). General
English only: quotation marks and stems, no word of a brief's topic."""

from __future__ import annotations

from bot.quotations import QUOTATION
from bot.search import stem
from bot.text import words


def quotes_word(statement: str, term: str) -> bool:
    """`statement` holds `term` (a question's content word) inside quotation marks, by stem: "treasonous" of 'calling
    it "treasonous" that …'."""
    wanted = stem(term)
    return any(stem(w) == wanted for m in QUOTATION.finditer(statement) for w in words(m.group(1).lower()))


def unheld_words(terms: list[str], told: str) -> list[str]:
    """The words of a question's own `terms` that the statement of the fact an answer led with (`told`) lacks, by
    stem: when the fact the question asked alone leads with quotes one (`quotes_word`), the follow-up asks of that
    quote, not of what "it" was read as."""
    held = {stem(w) for w in words(told.lower())}
    return [t for t in terms if stem(t) not in held]
