"""The nouns that class the brief's glossary entries ("initiative" -> a program, "company" -> a company, "CEO" ->
a person) and whether an entry's description calls it one: English words and the schema's kinds only, read by the
questions that ask for something by its class ("what was the report called", "what kind of company is X").
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.search import stem
from bot.text import words

PERSON_KINDS = frozenset({"person"})
# the fact kinds (the schema's) whose name is a noun a question names a thing by ("when was the contract", "and the
# other one?" after a contract: "the other contract"); a tuple, so that the first a question names is found in order
THING_KINDS = ("contract", "event", "program", "document")
# the noun a name question asks about, and the glossary kinds that fit it (English words, the schema's kinds)
NOUN_KINDS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        "document documents report reports memo study paper papers book letter letters petition op-ed article"
        " flyer flyers flier fliers leaflet leaflets pamphlet pamphlets".split(),
        frozenset({"document", "program", "policy"}),  # a document on a program is named by it
    ),
    **dict.fromkeys(
        "initiative program programme operation project system software app application tool database platform"
        " product surge raid".split(),
        frozenset({"program", "event"}),
    ),
    **dict.fromkeys(
        "group groups organization organisation coalition nonprofit charity".split(),
        frozenset({"organization"}),
    ),
    **dict.fromkeys(
        "network networks".split(),
        frozenset({"organization", "media"}),  # an activist network, a TV network
    ),
    **dict.fromkeys("company firm contractor startup".split(), frozenset({"company"})),
    **dict.fromkeys("agency department office".split(), frozenset({"agency"})),
    **dict.fromkeys("policy law rule".split(), frozenset({"policy"})),
    **dict.fromkeys("place memorial building city town".split(), frozenset({"place"})),
    **dict.fromkeys(
        "person man woman activist organizer reporter rabbi ceo founder director chair leader head spokesperson"
        " spokesman spokeswoman employee worker agent officer official executive manager engineer lawyer staffer"
        " journalist photographer".split(),
        PERSON_KINDS,
    ),
    **dict.fromkeys("protest event campaign conference hashtag".split(), frozenset({"event"})),
    # a day kept ("which holiday was the sit-in on"): an event the glossary would list, a date being no name of one
    **dict.fromkeys("holiday holidays festival".split(), frozenset({"event"})),
}
# the nouns of gatherings held somewhere: one the glossary does not list is told apart by where it was held ("which
# rally had a petition": the one at the Eastport office), so a place a fact gives names it (not a day kept)
HELD_AT = frozenset({"protest", "protests", "event", "events"})
# where a glossary description's opening noun phrase ends: a clause, a comma, a preposition's phrase of place or time
DESCRIPTION_HEAD = re.compile(r"[,;:.(]| (?:where|which|that|who|whose|when|whom|in|on|at|since|from|for|of) ")


@lru_cache(maxsize=4096)
def described_as(description: str, noun: str) -> bool:
    """A glossary description says what its entry is with `noun` before its first clause ("A source code hosting
    platform where …" for "platform"): the entry is one, whatever kind the schema files it under (a company)."""
    head = DESCRIPTION_HEAD.split(description, maxsplit=1)[0]
    return stem(noun) in {stem(w) for w in words(head)}
