"""The nouns that class the brief's glossary entries ("initiative" -> a program, "company" -> a company, "CEO" ->
a person) and whether an entry's description calls it one: English words and the schema's kinds only, read by the
questions that ask for something by its class ("what was the report called", "what kind of company is X").
"""

from __future__ import annotations

from functools import lru_cache

from bot.class_nouns import NOUN_KINDS as NOUN_KINDS
from bot.class_nouns import PERSON_KINDS as PERSON_KINDS
from bot.search import stem
from bot.text import Deferred, words

# the fact kinds (the schema's) whose name is a noun a question names a thing by ("when was the contract", "and the
# other one?" after a contract: "the other contract"); a tuple, so that the first a question names is found in order
THING_KINDS = ("contract", "event", "program", "document")
# the nouns of gatherings held somewhere: one the glossary does not list is told apart by where it was held ("which
# rally had a petition": the one at the Eastport office), so a place a fact gives names it (not a day kept)
HELD_AT = frozenset({"protest", "protests", "event", "events"})
# where a glossary description's opening noun phrase ends: a clause, a comma, a preposition's phrase of place or time,
# a negated or prepositional qualifier ("a tech worker not affiliated with any company" is no company)
DESCRIPTION_HEAD = Deferred(
    r"[,;:.(]| (?:where|which|that|who|whose|when|whom|in|on|at|since|from|for|of|not|with|by|to|against|about) "
)


@lru_cache(maxsize=4096)
def described_as(description: str, noun: str) -> bool:
    """A glossary description says what its entry is with `noun` before its first clause ("A source code hosting
    platform where …" for "platform"): the entry is one, whatever kind the schema files it under (a company)."""
    head = DESCRIPTION_HEAD.split(description, maxsplit=1)[0]
    return stem(noun) in {stem(w) for w in words(head)}


@lru_cache(maxsize=4096)
def described_as_phrase(description: str, phrase: tuple[str, ...]) -> bool:
    """A glossary description's opening noun phrase (as `described_as` reads it) is `phrase`, a noun with words
    before it ("tech worker"): the noun closes the phrase or one of its joined parts ("a data analysis and software
    company" for "software company", "data analysis company"), and each other word stands before it. English: the
    last noun of a noun phrase is what the thing is; the words before it qualify it."""
    head = words(DESCRIPTION_HEAD.split(description, maxsplit=1)[0])
    stems_ = [stem(w) for w in head]
    ends = [i for i, w in enumerate(head) if i == len(head) - 1 or head[i + 1] in ("and", "or")]
    *qualifiers, noun = [stem(w) for w in phrase]
    return any(stems_[i] == noun and set(qualifiers) <= set(stems_[:i]) for i in ends) or (
        bool(qualifiers) and described_with_of(description, qualifiers, noun)
    )


# where a joined part of a description's opening ends, read past "of" (`described_with_of`): DESCRIPTION_HEAD's
# clause and punctuation, and the "and" / "or" joining the next part
JOINED_PART_END = Deferred(r"[,;:.(]| (?:where|which|that|who|whose|when|whom|not|and|or) ")


def described_with_of(description: str, qualifiers: list[str], noun: str) -> bool:
    """The noun heads a joined part of the description's opening ("Co-founder of the guild and a long-time supporter
    of captain Ada Lind") with the qualifying words after its "of" ("a Lind supporter", "a guild co-founder"). English:
    a noun standing before another as its qualifier says what an "of" after it says ("a supporter of Lind")."""
    rest = description.split(". ")[0]
    while rest:
        end = JOINED_PART_END.search(rest)
        said = words(rest[: end.start()] if end else rest)
        stems_ = [stem(w) for w in said]
        of = said.index("of") if "of" in said[1:] else 0
        if of and stems_[of - 1] == noun and set(qualifiers) <= set(stems_[of + 1 :]):
            return True
        if end is None or end[0].strip() not in ("and", "or"):
            return False  # a clause or a comma ends the opening noun phrase and its joined parts
        rest = rest[end.end() :]
    return False
