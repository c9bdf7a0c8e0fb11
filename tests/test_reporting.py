"""`reporting.Passing` (what compiling asks of every fact for the `passes` table) says what `passes_on` says: on the
shipped brief, on generated facts and on made-up ones naming outlets and people in every way it reads."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from bot.brief import Brief, load_brief
from bot.records import ArticlePart, CitedRecord, EntityKind, EntityRecord, FactRecord, SourceRecord
from bot.reporting import Passing, passes_on
from tests.generated import generate_brief


def _differing(brief: Brief) -> list[str]:
    passing = Passing(brief.entities, brief.sources)
    return [fact.id for fact in brief.facts.values() if passing(fact) != passes_on(fact, brief.entities, brief.sources)]


def test_every_shipped_fact_passes_on_reporting_as_passes_on_says(brief: Brief) -> None:
    assert _differing(brief) == []


def test_every_generated_fact_passes_on_reporting_as_passes_on_says(tmp_path: Path) -> None:
    """(perf25 also compared all 100,000 facts of benchmarks/answer.py's generated brief: none differ.)"""
    assert _differing(load_brief(generate_brief(tmp_path / "brief", 600, per_file=100))) == []


def _entity(entity_id: str, name: str, kind: EntityKind, aliases: list[str] | None = None) -> EntityRecord:
    return EntityRecord(entity_id, name, kind, aliases or [], None, "made up", [CitedRecord("gazette-1", "q")])


ENTITIES = {
    e.id: e
    for e in (
        _entity("gazette", "Gazette", "media"),
        _entity("courier", "Courier", "media"),
        _entity("ada-lind", "Ada Lind", "person", ["Lind", "A. Lind"]),
        _entity("harbour", "Harbour", "organization"),
    )
}
SOURCES = {
    "gazette-1": SourceRecord("gazette-1", "g.md", "Gazette", None, None, None, None, "unknown", None, []),
    "nowhere-1": SourceRecord("nowhere-1", "n.md", None, None, None, None, None, "unknown", None, []),
}


@pytest.mark.parametrize("source", ["gazette-1", "nowhere-1", "unknown-1", None])
@pytest.mark.parametrize("describes", [None, "reporter", "headline"])
@pytest.mark.parametrize("entities", [[], ["gazette"], ["courier"], ["ada-lind"], ["harbour", "ada-lind"], ["gone"]])
@pytest.mark.parametrize(
    "statement",
    [
        "The Harbour signed a contract.",
        "According to Ada Lind, the Harbour signed.",
        "according to a. lind it did",
        "LIND REPORTED that the vote failed.",
        "Lind writes that the lamp was lit.",
        "Lindsay wrote nothing; Lind said so.",
    ],
)
def test_passing_says_what_passes_on_says_of_made_up_facts(
    source: str | None, describes: ArticlePart | None, entities: list[str], statement: str
) -> None:
    citations = [] if source is None else [CitedRecord(source, "q")]
    fact = FactRecord("f", "event", statement, [], entities, None, None, [], citations, [], [], None, [], None, None)
    fact = dataclasses.replace(fact, describes=describes)
    assert Passing(ENTITIES, SOURCES)(fact) == passes_on(fact, ENTITIES, SOURCES)
