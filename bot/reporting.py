"""Whose reporting a fact passes on: an outlet other than its own article's ("according to the Courier, …" in a
Gazette piece) or a person's account ("Lind reported that …"), or the reporter it states (`describes: reporter`).

Plain functions of a fact and the brief's glossary and sources, so answering (bot/answering/retrieve.py) and
compiling (the `passes` table of bot/snapshot/writing.py, which lists such facts once per source they cite) decide
it the same way.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.records import EntityData, FactData, SourceData

REPORTING_KINDS = frozenset({"media", "person"})  # whose reporting a fact may pass on: an outlet or a person
REPORTING = ("reported", "reports", "wrote", "writes")  # after a person's name: whose account a fact passes on


def names_other_outlet(fact: FactData, entities: Mapping[str, EntityData], sources: Mapping[str, SourceData]) -> bool:
    """The fact names a news outlet other than its own article's ("according to the Courier, …" or "the keeper's
    op-ed in the Courier", told in a Gazette piece)."""
    source = sources.get(fact.citations[0].source) if fact.citations else None
    own = source.outlet if source is not None else None
    for e in fact.entities:
        entity = entities.get(e)
        if entity is not None and entity.kind == "media" and entity.name != own:
            return True
    return False


def passes_on(fact: FactData, entities: Mapping[str, EntityData], sources: Mapping[str, SourceData]) -> bool:
    """The fact passes on another outlet's or a person's reporting, or states its article's reporter."""
    if fact.describes == "reporter" or names_other_outlet(fact, entities, sources):
        return True
    lowered = fact.statement.lower()
    for e in fact.entities:
        entity = entities.get(e)
        if entity is None or entity.kind != "person":
            continue
        names = {n.lower() for n in (entity.name, *entity.aliases)}
        if any(f"according to {n}" in lowered or any(f"{n} {v}" in lowered for v in REPORTING) for n in names):
            return True  # "Lind reported that …": a person whose reporting the fact passes on
    return False
