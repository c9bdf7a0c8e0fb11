"""The maker a glossary entry's description names, by words of making ("a lamp built by the guild") or before the
thing as English does ("A Keepers Guild lamp that …": the guild made it), and the answer it leads: shared by a
follow-up "who made it" (follow_ups.Followed._maker_told) and a question naming the thing itself ("who made the
lamp", flow.Flow._maker_named), both through flow.Flow._maker_led."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from bot.answering.render import rendered
from bot.answering.understand.lexicon import ACTOR_KINDS
from bot.records import EntityData, FactData
from bot.replies import Answer
from bot.text import fold, words

# the acts of making a thing, whose maker English names before it ("a Keepers Guild lamp"; general English)
MAKING = frozenset(
    "made make makes built build builds developed develop develops created create creates designed design "
    "designs".split()
)


def asks_maker_of(said: list[str], entry: EntityData, *, actors: bool = False) -> bool:
    """`said` (a question's words, lower case) asks "who made|built|… <the entry's thing>" (MAKING), the thing by one
    of its names after the verb (a "the" before it aside); the entry is of no actor kind, unless `actors` ("who made
    the guild": its founders)."""
    if (entry.kind in ACTOR_KINDS and not actors) or len(said) < 3 or said[0] != "who" or said[1] not in MAKING:
        return False
    thing = said[3:] if said[2] == "the" and len(said) > 3 else said[2:]
    names = {fold(n).lower() for n in (entry.name, *entry.aliases)}
    return fold(" ".join(said[2:])) in names or fold(" ".join(thing)) in names


# the stems of founding ("founded", "a co-founder of"): the making of an actor (a company, a group), told so
FOUNDING_STEMS = frozenset({"found", "founder", "cofound", "cofounder"})


def tells_a_maker(statement: str) -> bool:
    """The statement tells of a making with its maker: a participle of MAKING before "by" ("software built by the
    guild") or a word of founding (FOUNDING_STEMS: "the guild's co-founder", "Okafor-founded")."""
    from bot.search import stem

    said = [w.lower() for w in words(statement)]
    if any(stem(w) in FOUNDING_STEMS for w in said):
        return True
    return any(w in MAKING and said[i + 1 : i + 2] == ["by"] for i, w in enumerate(said))


# the words after an act of making that name its maker: "built by the guild", "developed under the guild's leases"
MAKER_MARKS = frozenset({"by", "under"})


def _named_actor(said: list[str], actors: list[EntityData]) -> EntityData | None:
    """The one actor whose name (up to three words, longest first) opens `said`, a "the" before it aside."""
    said = said[1:] if said[:1] == ["the"] else said
    for size in (3, 2, 1):
        if len(said) < size:
            continue
        named = fold(" ".join(said[:size])).lower()
        makers = [e for e in actors if named in {fold(n).lower() for n in (e.name, *e.aliases)}]
        if len(makers) == 1:
            return makers[0]
    return None


def told_maker(description: str, actors: list[EntityData]) -> tuple[bool, EntityData | None]:
    """Whether the description's first sentence tells the thing's making (a participle of MAKING), and the actor its
    words name as the maker ("a lamp built by the Keepers Guild", "a lamp developed under the guild's leases": the
    guild), None when they name none ("developed in 1840")."""
    import lemminflect  # loaded lazily, as elsewhere in the core

    said = words(description.split(". ")[0])
    for at, word in enumerate(said):
        # a participle tells the thing made ("a lamp built …"); another form is some other act ("used to make …")
        if word in MAKING and word in lemminflect.getInflection(lemminflect.getLemma(word, "VERB")[0], "VBN"):
            after = said[at + 1 : at + 2]
            return True, _named_actor(said[at + 2 :], actors) if after and after[0] in MAKER_MARKS else None
    return False, None


def entry_maker(entry: EntityData, entities: Iterable[EntityData]) -> EntityData | None:
    """The maker the entry's description tells: the actor its words of making name ("… built by the guild",
    `told_maker`), or the maker of the product it is built on ("built on Keepers Guild software",
    `_maker_after_making`); else, when it tells no making, the actor whose name opens it after "a"/"an" and before
    the thing's class ("A Keepers Guild lamp that …": the Keepers Guild), as English names a maker. None when its
    making names no actor (the name before the class, "An Okafor lamp developed in 1840", may be its owner or user,
    not its maker) or no one actor's name opens it (an owner's possessive, "the port's lamp", tells who has it)."""
    actors = [e for e in entities if e.kind in ACTOR_KINDS]
    told, maker = told_maker(entry.description, actors)
    if told:
        # "built on the guild's software" names no maker after "by"/"under", but the maker of what it is built on
        return maker or _maker_after_making(entry, actors)
    opening = words(entry.description)[:4]
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


def maker_before_fact(answered: Answer, maker: EntityData, facts: Mapping[str, FactData]) -> Answer | None:
    """`answered` led by "<maker>: <its first fact's statement>", rendered, when that fact lists the maker (the fact
    stays the evidence, and what a follow-up such as "when was that" next dates); None when there is no such fact."""
    first = answered.evidence[0] if answered.answered and answered.evidence else None
    fact = facts.get(first.id) if first is not None and first.kind == "fact" else None
    if fact is None or maker.id not in fact.entities:
        return None
    led = replace(answered, lead=f"{maker.name}: {fact.statement}")
    return rendered(led)
