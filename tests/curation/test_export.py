"""`export`: CSV for spreadsheets, JSON that re-imports to the identical brief, schema.org JSON-LD."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from bot.brief import Brief, load_brief
from bot.errors import CommandError
from bot.export import CSV_COLUMNS, export, import_json, to_csv, to_json, to_jsonld
from tests.curation.conftest import REPO


def test_json_export_reimports_to_an_identical_brief(brief: Brief, tmp_path: Path) -> None:
    data = json.loads(export(brief, "json"))
    again = load_brief(import_json(data, tmp_path / "copy", seeds=REPO / "seeds"))
    assert again.facts == brief.facts
    assert again.entities == brief.entities
    assert again.sources == brief.sources
    assert again.meta.model_copy(update={"seeds": brief.meta.seeds}) == brief.meta
    assert again.related == brief.related and again.differs == brief.differs
    assert to_json(again)["facts"] == data["facts"]


def test_import_refuses_what_is_not_a_brief_export(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="not a palantir-ice-brief export"):
        import_json({"format": "something-else"}, tmp_path / "x")
    with pytest.raises(CommandError, match="unsupported export version"):
        import_json({"format": "palantir-ice-brief", "version": 99}, tmp_path / "x")


def test_csv_has_one_row_per_citation_of_every_fact_and_entry(brief: Brief) -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(brief))))
    assert tuple(rows[0]) == CSV_COLUMNS
    facts = [r for r in rows if r["record"] == "fact"]
    entities = [r for r in rows if r["record"] == "entity"]
    assert len(facts) == sum(len(f.citations) for f in brief.facts.values())
    assert len(entities) == sum(len(e.citations) for e in brief.entities.values())
    row = next(r for r in facts if r["id"] == "contract-38m-claim")
    fact = brief.facts["contract-38m-claim"]
    assert row["text"] == fact.statement
    assert row["quote"] == fact.citations[0].quote
    assert row["outlet"] == brief.sources[fact.citations[0].source].name


def test_csv_cells_that_a_spreadsheet_would_run_as_formulas_are_kept_as_text(brief: Brief) -> None:
    fact = next(iter(brief.facts.values()))
    brief.facts[fact.id] = fact.model_copy(update={"statement": '=HYPERLINK("http://x")'})
    try:
        rows = list(csv.DictReader(io.StringIO(to_csv(brief))))
    finally:
        brief.facts[fact.id] = fact
    assert next(r for r in rows if r["id"] == fact.id)["text"].startswith("'=")


def test_jsonld_uses_schema_org_claims_quotations_articles_and_names(brief: Brief) -> None:
    doc = to_jsonld(brief)
    assert doc["@context"] == "https://schema.org"
    by_id = {n["@id"]: n for n in doc["@graph"]}
    claim = by_id["urn:palantir-ice:fact:contract-38m-claim"]
    assert claim["@type"] == "Claim"
    assert claim["text"] == brief.facts["contract-38m-claim"].statement
    for appearance in claim["appearance"]:
        assert by_id[appearance["@id"]]["@type"] == "NewsArticle"
    quote = claim["citation"][0]
    assert quote["@type"] == "Quotation"
    assert quote["text"] == brief.facts["contract-38m-claim"].citations[0].quote
    assert by_id[quote["isPartOf"]["@id"]]["@type"] == "NewsArticle"
    assert by_id["urn:palantir-ice:entity:alex-karp"]["@type"] == "Person"
    assert by_id["urn:palantir-ice:entity:mijente"]["@type"] == "Organization"
    types = {n["@type"] for n in doc["@graph"]}
    assert {"Claim", "NewsArticle", "Person", "Organization"} <= types
    assert sum(1 for n in doc["@graph"] if n["@type"] == "Claim") == len(brief.facts)
    for node in doc["@graph"]:
        for ref in node.get("about", []):
            assert ref["@id"] in by_id


def test_an_unknown_format_is_refused(brief: Brief) -> None:
    with pytest.raises(CommandError, match="unknown export format 'xml'"):
        export(brief, "xml")
