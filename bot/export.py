"""`palantir-ice export`: the whole brief for journalists and other tools, as CSV, JSON or schema.org JSON-LD.

JSON is the lossless form: `import_json` writes it back as a brief directory that loads to the same facts,
glossary and sources (the round trip the tests pin). CSV is for spreadsheets (one row per citation), JSON-LD for
the web (`Claim` with `appearance` -> `NewsArticle`, `Quotation` for the quotes, `Person`/`Organization` for names).
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from pathlib import Path
from typing import Any, Literal, TypeVar

import yaml

from bot.errors import CommandError
from bot.factbase import Brief
from bot.models import BriefMeta, Entity, Fact, Source
from bot.records import as_fact

Format = Literal["csv", "json", "jsonld"]
FORMATS: tuple[Format, ...] = ("csv", "json", "jsonld")
JSON_FORMAT = "palantir-ice-brief"
JSON_VERSION = 1


M = TypeVar("M", BriefMeta, Source, Entity)


def _model(model: type[M], part: object) -> M:
    """The pydantic model of a brief's part: itself when the brief was loaded, else validated from the record a
    snapshot keeps (bot/records.py)."""
    if isinstance(part, model):
        return part
    assert dataclasses.is_dataclass(part) and not isinstance(part, type)
    return model.model_validate(dataclasses.asdict(part))


def _dump(model: BriefMeta | Source | Entity | Fact) -> dict[str, Any]:
    return model.model_dump(mode="json", exclude_defaults=True)


def to_json(brief: Brief) -> dict[str, Any]:
    """Everything the brief holds, in the brief's own field names; `import_json` reverses it."""
    return {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "brief": _dump(_model(BriefMeta, brief.meta)),
        "sources": [_dump(_model(Source, s)) for s in brief.sources.values()],
        "entities": [_dump(_model(Entity, e)) for e in brief.entities.values()],
        "facts": [_dump(as_fact(f)) for f in brief.facts.values()],
    }


def import_json(data: dict[str, Any], dest: Path, *, seeds: Path | None = None) -> Path:
    """Write an exported brief as a brief directory at `dest` (seeds: where its articles are, if not alongside)."""
    if data.get("format") != JSON_FORMAT:
        raise CommandError(f"not a {JSON_FORMAT} export (format: {data.get('format')!r})")
    if data.get("version") != JSON_VERSION:
        raise CommandError(f"unsupported export version {data.get('version')!r} (this bot reads {JSON_VERSION})")
    meta = dict(data["brief"])
    if seeds is not None:
        meta["seeds"] = str(seeds.resolve())
    dest.mkdir(parents=True, exist_ok=True)

    def write(path: Path, body: dict[str, Any]) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(body, sort_keys=False, allow_unicode=True, width=116), encoding="utf-8")

    write(dest / "brief.yaml", meta)
    write(dest / "sources.yaml", {"sources": data["sources"]})
    write(dest / "glossary" / "glossary.yaml", {"entities": data["entities"]})
    write(dest / "facts" / "facts.yaml", {"facts": data["facts"]})
    return dest


# --- CSV -----------------------------------------------------------------------------------------------------

CSV_COLUMNS = (
    "record",
    "id",
    "kind",
    "name",
    "text",
    "date",
    "topics",
    "entities",
    "aliases",
    "source",
    "outlet",
    "headline",
    "published",
    "quote",
    "related",
    "differs",
    "note",
)


def _cell(value: str) -> str:
    """Spreadsheets run cells that start with = + @ as formulas; a leading apostrophe keeps them text."""
    return "'" + value if value[:1] in ("=", "+", "@", "\t", "\r") else value


def to_csv(brief: Brief) -> str:
    """One row per citation of every fact and glossary entry, with its source's outlet, headline and date."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()

    def rows(record: str, item: Fact | Entity) -> None:
        for ref in item.citations:
            src = brief.sources[ref.source]
            base: dict[str, str] = {
                "record": record,
                "id": item.id,
                "kind": item.kind,
                "source": src.id,
                "outlet": src.outlet or src.label or "",
                "headline": src.headline or "",
                "published": src.published or "",
                "quote": ref.quote,
            }
            if isinstance(item, Fact):
                base |= {
                    "text": item.statement,
                    "date": item.date or "",
                    "topics": "; ".join(item.topics),
                    "entities": "; ".join(item.entities),
                    "related": "; ".join(brief.related[item.id]),
                    "differs": "; ".join(brief.differs[item.id]),
                    "note": item.note or "",
                }
            else:
                base |= {"name": item.name, "text": item.description, "aliases": "; ".join(item.aliases)}
            writer.writerow({k: _cell(v) for k, v in base.items()})

    for fact in brief.facts.values():
        rows("fact", as_fact(fact))
    for ent in brief.entities.values():
        rows("entity", _model(Entity, ent))
    return out.getvalue()


# --- JSON-LD -------------------------------------------------------------------------------------------------

_TYPES = {
    "person": "Person",
    "organization": "Organization",
    "company": "Corporation",
    "agency": "GovernmentOrganization",
    "media": "NewsMediaOrganization",
    "place": "Place",
    "program": "SoftwareApplication",
    "document": "CreativeWork",
    "policy": "Legislation",
    "event": "Event",
}


def to_jsonld(brief: Brief) -> dict[str, Any]:
    """schema.org: each fact a Claim that appears in its NewsArticles, evidenced by Quotations, about its entities."""
    base = f"urn:{brief.meta.id}"

    def ref(kind: str, ident: str) -> dict[str, str]:
        return {"@id": f"{base}:{kind}:{ident}"}

    graph: list[dict[str, Any]] = []
    for src in brief.sources.values():
        article: dict[str, Any] = {"@type": "NewsArticle", **ref("source", src.id), "identifier": src.id}
        article["name"] = src.name
        if src.headline:
            article["headline"] = src.headline
        if src.outlet:
            article["publisher"] = {"@type": "NewsMediaOrganization", "name": src.outlet}
        if src.published:
            article["datePublished"] = src.published
        article["archivedAt"] = src.file
        graph.append(article)

    def quotation(quote: str, source: str) -> dict[str, Any]:
        return {"@type": "Quotation", "text": quote, "isPartOf": ref("source", source)}

    for ent in brief.entities.values():
        node: dict[str, Any] = {
            "@type": _TYPES.get(ent.kind, "Thing"),
            **ref("entity", ent.id),
            "identifier": ent.id,
            "name": ent.name,
            "description": ent.description,
        }
        if ent.aliases:
            node["alternateName"] = ent.aliases
        node["subjectOf"] = [quotation(c.quote, c.source) for c in ent.citations]
        graph.append(node)

    for fact in brief.facts.values():
        sources = list(dict.fromkeys(c.source for c in fact.citations))
        claim: dict[str, Any] = {
            "@type": "Claim",
            **ref("fact", fact.id),
            "identifier": fact.id,
            "additionalType": fact.kind,
            "text": fact.statement,
            "appearance": [ref("source", s) for s in sources],
            "firstAppearance": ref("source", sources[0]),
            "citation": [quotation(c.quote, c.source) for c in fact.citations],
        }
        if fact.date:
            claim["temporalCoverage"] = fact.date
        if fact.topics:
            claim["keywords"] = fact.topics
        if fact.entities:
            claim["about"] = [ref("entity", e) for e in fact.entities]
        graph.append(claim)
    return {
        "@context": "https://schema.org",
        "@id": base,
        "name": brief.meta.title,
        "description": brief.meta.description,
        "@graph": graph,
    }


def export(brief: Brief, fmt: str) -> str:
    if fmt == "csv":
        return to_csv(brief)
    if fmt == "json":
        return json.dumps(to_json(brief), ensure_ascii=False, indent=2) + "\n"
    if fmt == "jsonld":
        return json.dumps(to_jsonld(brief), ensure_ascii=False, indent=2) + "\n"
    raise CommandError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
