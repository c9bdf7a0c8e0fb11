"""Load a brief directory, validate every part of it, and offer lookups.

Validation collects every problem before failing, so a curator fixes a broken brief in one pass.
"""

from __future__ import annotations

import gc
import hashlib
import json
import logging
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, TypeAdapter, ValidationError

from bot.errors import BriefError, Problem
from bot.models import BriefMeta, Citation, CitationRef, Entity, Fact, Source, date_label
from bot.text import fold, words

log = logging.getLogger(__name__)

DEFAULT_BRIEF = Path(__file__).resolve().parent.parent / "briefs" / "palantir-ice"
MIN_YEAR, MAX_YEAR = 1900, 2100

try:  # the C loader is several times faster; fall back where libyaml is missing
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader

M = TypeVar("M", bound=BaseModel)


@dataclass
class SeedText:
    """A seed's folded text, and the same text with boilerplate paragraphs masked out."""

    full: str
    citable: str


@dataclass
class Brief:
    root: Path
    meta: BriefMeta
    sources: dict[str, Source]
    entities: dict[str, Entity]
    facts: Mapping[str, Fact]  # a dict when loaded; rows read on demand when opened from a snapshot (bot/snapshot.py)
    seeds: dict[str, SeedText] = field(repr=False)
    related: Mapping[str, list[str]] = field(default_factory=dict)
    differs: Mapping[str, list[str]] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)
    fingerprint: str = ""  # a hash of every file the brief was loaded from: names a saved index

    def citation(self, fact_id: str, ref: CitationRef) -> Citation:
        source = self.sources[ref.source]
        return Citation(
            fact_id=fact_id,
            source_id=source.id,
            source_file=source.file,
            outlet=source.outlet,
            source_name=source.name,
            published=source.published_day,
            published_label=date_label(source.published),
            quote=ref.quote,
        )

    def citations(self, fact: Fact | Entity) -> list[Citation]:
        return [self.citation(fact.id, ref) for ref in fact.citations]

    def facts_citing(self, source_id: str) -> list[Fact]:
        return [f for f in self.facts.values() if any(c.source == source_id for c in f.citations)]

    @property
    def topics(self) -> list[str]:
        return sorted(self.meta.topics)


def alias_key(text: str) -> str:
    """How aliases are matched: lower-case words joined by single spaces."""
    return " ".join(words(text))


def _read_yaml(path: Path, root: Path, problems: list[Problem], digest: Any = None) -> Any:
    rel = str(path.relative_to(root)) if path.is_relative_to(root) else str(path)
    try:
        text = path.read_text(encoding="utf-8")
        if digest is not None:
            digest.update(rel.encode() + b"\x00" + text.encode() + b"\x00")
        if path.suffix == ".json":  # generated briefs: JSON is a YAML subset that parses many times faster
            return json.loads(text)
        return yaml.load(text, Loader=_Loader)
    except json.JSONDecodeError as exc:
        problems.append(Problem(rel, "", f"not valid JSON at line {exc.lineno}: {exc.msg}"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problems.append(Problem(rel, "", f"not valid YAML{where}: {getattr(exc, 'problem', exc)}"))
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(rel, "", f"cannot be read: {exc}"))
    return None


def _items(data: Any, key: str, rel: str, problems: list[Problem]) -> list[Any]:
    if data is None:
        return []
    if not isinstance(data, dict):
        problems.append(Problem(rel, "", f"must be a mapping with a '{key}:' list"))
        return []
    extra = sorted(set(data) - {key})
    if extra:
        problems.append(Problem(rel, "", f"unknown top-level key(s): {', '.join(map(str, extra))}"))
    items = data.get(key) or []
    if not isinstance(items, list):
        problems.append(Problem(rel, "", f"'{key}' must be a list"))
        return []
    return items


def _describe(exc: ValidationError) -> list[str]:
    out = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"])
        msg = "unknown key" if err["type"] == "extra_forbidden" else err["msg"]
        if err["type"] == "missing":
            msg = "missing field"
        out.append(f"{loc}: {msg}" if loc else msg)
    return out


def _parse(model: type[M], raw: Any, rel: str, index: int, problems: list[Problem]) -> M | None:
    ident = raw.get("id") if isinstance(raw, dict) else None
    label = str(ident) if ident else f"item #{index + 1}"
    if not isinstance(raw, dict):
        problems.append(Problem(rel, label, "must be a mapping of fields"))
        return None
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        for reason in _describe(exc):
            problems.append(Problem(rel, label, reason))
        return None


@lru_cache(maxsize=8)
def _list_adapter(model: type[M]) -> TypeAdapter[list[M]]:
    return TypeAdapter(list[model])  # type: ignore[valid-type]


def _parse_all(model: type[M], raws: list[Any], rel: str, problems: list[Problem]) -> list[M | None]:
    """Validate a whole file's items in one call (fast for large generated briefs); on any error, item by item
    so that every problem is named with its item."""
    if all(isinstance(raw, dict) for raw in raws):
        try:
            return list(_list_adapter(model).validate_python(raws))
        except ValidationError:
            pass
    return [_parse(model, raw, rel, i, problems) for i, raw in enumerate(raws)]


def _seed_text(raw: str, boilerplate: Iterable[str]) -> tuple[SeedText, list[str]]:
    """Mask whole paragraphs that hold a boilerplate snippet; return the snippets that were not found."""
    snippets = [fold(s) for s in boilerplate]
    lines = raw.splitlines()
    found = {s: False for s in snippets}
    kept = []
    for line in lines:
        folded = fold(line)
        hit = [s for s in snippets if s and s in folded]
        for s in hit:
            found[s] = True
        kept.append("\x00" if hit else folded)
    citable = fold(" ".join(kept))
    missing = [s for s, ok in found.items() if not ok]
    return SeedText(full=fold(raw), citable=citable), missing


def _yaml_files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        return []
    return sorted(p for p in directory.iterdir() if p.suffix in (".yaml", ".yml", ".json") and p.is_file())


def load_brief(root: Path | str | None = None) -> Brief:
    """Load and validate the brief at `root`; raise BriefError listing every problem found."""
    with _gc_paused():
        return _load_brief(root)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Loading creates objects that all live on: cyclic collections in the middle only rescan them (~30%)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _load_brief(root: Path | str | None) -> Brief:
    root = Path(root) if root is not None else DEFAULT_BRIEF
    problems: list[Problem] = []
    digest = hashlib.sha256()
    if not root.is_dir():
        raise BriefError([Problem(str(root), "", "is not a brief directory")])

    meta_raw = _read_yaml(root / "brief.yaml", root, problems, digest) if (root / "brief.yaml").is_file() else None
    if meta_raw is None and not problems:
        problems.append(Problem("brief.yaml", "", "missing (every brief needs id, title, topics)"))
    meta = _parse(BriefMeta, meta_raw, "brief.yaml", 0, problems) if meta_raw is not None else None
    if meta is None:
        meta = BriefMeta(id="broken", title="broken")

    sources: dict[str, Source] = {}
    seeds: dict[str, SeedText] = {}
    seeds_dir = (root / meta.seeds).resolve()
    src_path = root / "sources.yaml"
    src_data = _read_yaml(src_path, root, problems, digest) if src_path.is_file() else None
    if not src_path.is_file():
        problems.append(Problem("sources.yaml", "", "missing"))
    for i, raw in enumerate(_items(src_data, "sources", "sources.yaml", problems)):
        src = _parse(Source, raw, "sources.yaml", i, problems)
        if src is None:
            continue
        if src.id in sources:
            problems.append(Problem("sources.yaml", src.id, "duplicate source id"))
            continue
        sources[src.id] = src
        seed_path = seeds_dir / src.file
        if not seed_path.is_file():
            problems.append(Problem("sources.yaml", src.id, f"seed file {src.file!r} not found in {seeds_dir}"))
            continue
        try:
            raw_seed = seed_path.read_text(encoding="utf-8")
            digest.update(raw_seed.encode())
            text, missing = _seed_text(raw_seed, src.boilerplate)
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(Problem("sources.yaml", src.id, f"seed file {src.file!r} cannot be read: {exc}"))
            continue
        seeds[src.id] = text
        for snippet in missing:
            problems.append(Problem("sources.yaml", src.id, f"boilerplate not found in the seed: {snippet[:60]!r}"))

    def check_citations(rel: str, item_id: str, refs: list[CitationRef]) -> None:
        for ref in refs:
            if ref.source not in sources:
                problems.append(Problem(rel, item_id, f"unknown source {ref.source!r}"))
                continue
            seed = seeds.get(ref.source)
            if seed is None:
                continue
            quote = fold(ref.quote)
            if quote not in seed.full:
                problems.append(Problem(rel, item_id, f"quote not found in {ref.source}: {ref.quote[:70]!r}"))
            elif quote not in seed.citable:
                problems.append(
                    Problem(rel, item_id, f"quote is inside boilerplate of {ref.source}: {ref.quote[:70]!r}")
                )

    entities: dict[str, Entity] = {}
    entity_files: dict[str, str] = {}
    for path in _yaml_files(root / "glossary"):
        rel = str(path.relative_to(root))
        for i, raw in enumerate(_items(_read_yaml(path, root, problems, digest), "entities", rel, problems)):
            ent = _parse(Entity, raw, rel, i, problems)
            if ent is None:
                continue
            if ent.id in entities:
                problems.append(Problem(rel, ent.id, f"duplicate entity id (also in {entity_files[ent.id]})"))
                continue
            entities[ent.id] = ent
            entity_files[ent.id] = rel
            check_citations(rel, ent.id, ent.citations)

    aliases: dict[str, str] = {}
    for ent in entities.values():
        for name in [ent.name, *ent.aliases]:
            key = alias_key(name)
            if not key:
                continue
            other = aliases.get(key)
            if other is not None and other != ent.id:
                problems.append(Problem(entity_files[ent.id], ent.id, f"alias {name!r} is also an alias of {other!r}"))
                continue
            aliases[key] = ent.id

    facts: dict[str, Fact] = {}
    fact_files: dict[str, str] = {}
    fact_dir = root / "facts"
    if not fact_dir.is_dir():
        problems.append(Problem("facts/", "", "missing (facts live in facts/*.yaml)"))
    for path in _yaml_files(fact_dir):
        rel = str(path.relative_to(root))
        raws = _items(_read_yaml(path, root, problems, digest), "facts", rel, problems)
        for fact in _parse_all(Fact, raws, rel, problems):
            if fact is None:
                continue
            if fact.id in facts:
                problems.append(Problem(rel, fact.id, f"duplicate fact id (also in {fact_files[fact.id]})"))
                continue
            if fact.id in entities:
                problems.append(Problem(rel, fact.id, "fact id is also a glossary entity id"))
            facts[fact.id] = fact
            fact_files[fact.id] = rel
            check_citations(rel, fact.id, fact.citations)
            if fact.review == "needed":
                problems.append(Problem(rel, fact.id, "still needs review (review: needed): check it, then set done"))
            if fact.date is not None and not MIN_YEAR <= int(fact.date[:4]) <= MAX_YEAR:
                problems.append(Problem(rel, fact.id, f"impossible date {fact.date!r}"))
            for topic in fact.topics:
                if topic not in meta.topics:
                    problems.append(Problem(rel, fact.id, f"unknown topic {topic!r} (not in brief.yaml)"))
            for ent_id in fact.entities:
                if ent_id not in entities:
                    problems.append(Problem(rel, fact.id, f"unknown entity {ent_id!r}"))

    related: dict[str, list[str]] = {fid: [] for fid in facts}
    differs: dict[str, list[str]] = {fid: [] for fid in facts}
    for fact in facts.values():
        rel = fact_files[fact.id]
        for links, table, name in ((fact.related, related, "related"), (fact.differs, differs, "differs")):
            for other in links:
                if other == fact.id:
                    problems.append(Problem(rel, fact.id, f"{name} links to itself"))
                elif other not in facts:
                    problems.append(Problem(rel, fact.id, f"broken {name} link to {other!r}"))
                else:
                    for a, b in ((fact.id, other), (other, fact.id)):
                        if b not in table[a]:
                            table[a].append(b)

    if problems:
        raise BriefError(problems)
    log.debug("loaded brief %s: %d facts, %d entities", meta.id, len(facts), len(entities))
    return Brief(
        root=root,
        meta=meta,
        sources=sources,
        entities=entities,
        facts=facts,
        seeds=seeds,
        related=related,
        differs=differs,
        aliases=aliases,
        fingerprint=digest.hexdigest()[:24],
    )
