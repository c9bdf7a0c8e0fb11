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
    actors = [e for e in entities if e.kind in ACTOR_KINDS]
    if len(opening) < 3 or opening[0].lower() not in ("a", "an"):
        return _maker_after_making(entry, actors)
    for size in (3, 2, 1):
        named = fold(" ".join(opening[1 : 1 + size])).lower()
        makers = [e for e in actors if named in {fold(n).lower() for n in (e.name, *e.aliases)}]
        if len(makers) == 1 and len(opening) > 1 + size:
            return makers[0]
    return None


def _maker_after_making(entry: EntityData, actors: list[EntityData]) -> EntityData | None:
    """The one actor the entry's description names right after a participle of making (MAKING) as its agent ("the
    port's ledger, built by the Keepers Guild") or as the maker of what it is built on ("built on Keepers Guild
    software": a noun after the name); None when no one actor is named so."""
    said = words(entry.description)
    found: set[str] = set()
    for i in range(len(said) - 2):
        if said[i].lower() not in MAKING or said[i + 1].lower() not in ("by", "on"):
            continue
        rest = said[i + 2 : i + 6]
        rest = rest[1:] if rest[:1] and rest[0].lower() == "the" else rest
        for size in (3, 2, 1):
            named = fold(" ".join(rest[:size])).lower()
            makers = [e for e in actors if named in {fold(n).lower() for n in (e.name, *e.aliases)}]
            # "on" names what the thing is built on: only a noun after the name makes the actor its maker
            if len(makers) == 1 and len(rest) >= size and (said[i + 1].lower() == "by" or len(rest) > size):
                found.add(makers[0].id)
                break
    return next(e for e in actors if e.id in found) if len(found) == 1 else None
