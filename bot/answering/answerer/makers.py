"""The maker English names before a thing ("A Keepers Guild lamp that …": the guild made it), read off a glossary
entry's description: shared by a follow-up "who made it" (follow_ups.Followed._maker_told) and a question naming the
thing itself ("who made the lamp", flow.Flow._maker_named)."""

from __future__ import annotations

from collections.abc import Iterable

from bot.answering.understand.lexicon import ACTOR_KINDS
from bot.records import EntityData
from bot.text import fold, words

# the acts of making a thing, whose maker English names before it ("a Keepers Guild lamp"; general English)
MAKING = frozenset(
    "made make makes built build builds developed develop develops created create creates designed design "
    "designs".split()
)


def asks_maker_of(said: list[str], entry: EntityData) -> bool:
    """`said` (a question's words, lower case) asks "who made|built|… <the entry's thing>" (MAKING), the thing by one
    of its names after the verb (a "the" before it aside); the entry is of no actor kind."""
    if entry.kind in ACTOR_KINDS or len(said) < 3 or said[0] != "who" or said[1] not in MAKING:
        return False
    thing = said[3:] if said[2] == "the" and len(said) > 3 else said[2:]
    names = {fold(n).lower() for n in (entry.name, *entry.aliases)}
    return fold(" ".join(said[2:])) in names or fold(" ".join(thing)) in names


def entry_maker(entry: EntityData, entities: Iterable[EntityData]) -> EntityData | None:
    """The actor whose name opens the entry's description after "a"/"an" and before the thing's class ("A Keepers
    Guild lamp that …": the Keepers Guild), as English names a maker; None when no one actor's name does (an owner's
    possessive, "the port's lamp", tells who has it, not who made it)."""
    opening = words(entry.description)[:4]
    if len(opening) < 3 or opening[0].lower() not in ("a", "an"):
        return None
    actors = [e for e in entities if e.kind in ACTOR_KINDS]
    for size in (3, 2, 1):
        named = fold(" ".join(opening[1 : 1 + size])).lower()
        makers = [e for e in actors if named in {fold(n).lower() for n in (e.name, *e.aliases)}]
        if len(makers) == 1 and len(opening) > 1 + size:
            return makers[0]
    return None
