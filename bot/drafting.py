"""`palantir-ice draft`: turn a new article into reviewed facts without a programmer.

Two steps, each leaving the brief valid:
  draft ARTICLE   copies the article into the seeds unchanged, appends its source record, and writes candidate
                  facts (quotes filled in, statements left to the curator, `review: needed`) to drafts/SOURCE.yaml,
                  which the loader never reads;
  draft --accept  moves the drafts marked `review: done` into facts/SOURCE.yaml, validates, and rolls back if the
                  brief would break.
Files are appended to, never rewritten, so curators' comments and layout in the brief survive.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import shutil
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from bot import draft_text as dt_text
from bot.brief import Brief, load_brief
from bot.errors import BriefError, CommandError, Problem
from bot.models import Entity, Fact, FactKind, Source
from bot.text import STOPWORDS, WORD

log = logging.getLogger(__name__)

PLACEHOLDER = "TODO: say what this quote shows, in your own words."
DRAFTS_DIR = "drafts"
SEED_NAME = re.compile(r"^(\d+)_")

HEADER = """\
# Draft facts for {source}, proposed by `palantir-ice draft`{today}. The loader does not read this file.
# For each draft you keep:
#   1. check the quote against the article and trim it to the words that carry the claim (verbatim only);
#   2. write the statement in your own words; fix kind, topics, entities and date (see draft.hints);
#   3. if draft.looks_like names an existing fact, link it (related / differs) or delete this draft;
#   4. set review: done.
# Delete drafts you do not want. Then run: palantir-ice draft --accept {path}
# New names the glossary lacks are listed under glossary_candidates; add full entries under entities: to accept them.
"""


@dataclass
class Candidate:
    """One proposed fact before it is written out: the sentence and what makes it checkable."""

    sentence: dt_text.Sentence
    score: int
    signals: list[str]
    kind: FactKind
    entities: list[str]
    linked: dict[str, str]
    new_names: list[str]
    dates: list[dt_text.DateFinding]
    topics: list[str]
    looks_like: list[dt_text.Lookalike] = field(default_factory=list)


@dataclass
class DraftReport:
    """What `draft` did, for the curator: where things went and what needs their eyes."""

    source: Source
    seed_path: Path
    drafts_path: Path
    stripped: list[dt_text.Stripped]
    candidates: list[Candidate]
    skipped: int
    glossary_candidates: dict[str, list[str]]

    def text(self) -> str:
        lines = [f"Copied the article unchanged to {self.seed_path} and added source {self.source.id!r}."]
        if self.stripped:
            lines.append(f"Boilerplate stripped ({len(self.stripped)} paragraphs, never cited):")
            lines += [f"  line {s.line}: {s.reason}: {s.text.strip()[:70]!r}" for s in self.stripped]
        else:
            lines.append("No boilerplate found.")
        dup = sum(1 for c in self.candidates if c.looks_like)
        lines.append(
            f"Wrote {len(self.candidates)} draft facts to {self.drafts_path} (best first; {self.skipped} sentences "
            f"had nothing checkable); {dup} look like existing facts."
        )
        for c in self.candidates[:5]:
            lines.append(f"  [{c.score}] {c.sentence.text[:90]}{'…' if len(c.sentence.text) > 90 else ''}")
        if self.glossary_candidates:
            names = ", ".join(list(self.glossary_candidates)[:12])
            lines.append(f"Names the glossary does not know ({len(self.glossary_candidates)}): {names}")
        lines.append(f"Next: review the drafts, then run palantir-ice draft --accept {self.drafts_path}")
        return "\n".join(lines)


def slugify(text: str, limit: int = 40) -> str:
    slug = "-".join(WORD.findall(text.lower().replace("'", ""))).strip("-")
    return slug[:limit].rstrip("-") or "source"


def _source_id(brief: Brief, outlet: str, published: dt.date) -> str:
    base = f"{slugify(outlet, 30)}-{published.year}"
    taken = set(brief.sources) | set(brief.facts) | set(brief.entities)
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def _seed_name(seeds: Path, digest: str) -> str:
    numbers = [int(m.group(1)) for p in seeds.iterdir() if (m := SEED_NAME.match(p.name))] if seeds.is_dir() else []
    return f"{max(numbers, default=-1) + 1:03d}_{digest[:16]}.txt"


def _append_items(path: Path, key: str, items: list[dict[str, Any]]) -> None:
    """Append list items to a `key:` YAML file without rewriting what is there (comments and layout survive)."""
    block = yaml.safe_dump(items, sort_keys=False, allow_unicode=True, width=116, default_flow_style=False)
    indented = "".join(f"  {line}" if line.strip() else line for line in block.splitlines(keepends=True))
    if not path.exists() or not path.read_text(encoding="utf-8").strip():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{key}:\n{indented}", encoding="utf-8")
        return
    current = path.read_text(encoding="utf-8")
    data = yaml.safe_load(current)
    if isinstance(data, dict) and data.get(key) in (None, []):
        # `facts: []` or a bare `facts:` cannot take appended items: replace that one line.
        current = re.sub(rf"(?m)^{key}:.*$", f"{key}:", current, count=1)
    sep = "" if current.endswith("\n") else "\n"
    path.write_text(f"{current}{sep}\n{indented}", encoding="utf-8")


class _Undo:
    """Remembers files as they were, so a step that would break the brief leaves it exactly as it found it."""

    def __init__(self) -> None:
        self._saved: list[tuple[Path, bytes | None]] = []

    def keep(self, path: Path) -> None:
        self._saved.append((path, path.read_bytes() if path.exists() else None))

    def restore(self) -> None:
        for path, content in reversed(self._saved):
            if content is None:
                path.unlink(missing_ok=True)
            else:
                path.write_bytes(content)


def _stems(text: str) -> set[str]:
    """Content words cut to five letters, so "protesters" meets "protests" and "contracted" meets "contracts"."""
    return {w[:5] for w in WORD.findall(text.lower()) if w not in STOPWORDS and len(w) > 3}


def _topics(brief: Brief, sentence: str) -> list[str]:
    """Topics whose name or description shares telling words with the sentence: a hint, the curator decides."""
    vocab = {topic: _stems(f"{topic} {description}") for topic, description in brief.meta.topics.items()}
    common = Counter(stem for stems in vocab.values() for stem in stems)
    have = _stems(sentence)
    scored = []
    for topic, stems in vocab.items():
        overlap = sum(1 for s in have & stems if common[s] <= 2)  # words most topics mention say nothing
        if overlap:
            scored.append((overlap, topic))
    return [t for _, t in sorted(scored, key=lambda x: (-x[0], x[1]))[:2]]


def assess(brief: Brief, sentence: dt_text.Sentence, published: dt.date | None, index: dt_text.FactIndex) -> Candidate:
    """How checkable one sentence is, and what the curator needs to judge it."""
    text = sentence.text
    figs = dt_text.figures(text)
    money = [f for f in figs if f.kind == "money"]
    counts = [f for f in figs if f.kind == "count"]
    dates = dt_text.find_dates(text, published)
    names = dt_text.find_names(text, brief.aliases)
    quoted = dt_text.attributed_quote(text)
    vague = [w for w in WORD.findall(text.lower()) if w in dt_text.VAGUE_COUNTS]
    people = [e for e in names.linked if brief.entities[e].kind == "person"]
    score = (
        3 * min(len(money), 2)
        + 2 * min(len(counts), 2)
        + (1 if vague and not counts else 0)
        + 2 * min(len([d for d in dates if d.value]), 1)
        + min(len(names.linked), 3)
        + min(len(names.new), 2)
        + (2 if quoted else 0)
        + (1 if people else 0)
    )
    signals = [f"money {f.text}" for f in money] + [f"count {f.text}" for f in counts]
    signals += [f"count {w}" for w in vague if not counts]
    signals += [f"date {d.phrase}" for d in dates]
    signals += [f"names {', '.join(names.linked)}"] if names.linked else []
    signals += [f"new names {', '.join(names.new)}"] if names.new else []
    signals += ["attributed quote"] if quoted else []
    kind: FactKind
    if quoted:
        kind = "quote"
    elif money:
        kind = "contract" if "contract" in text.lower() else "figure"
    elif counts:
        kind = "figure"
    elif any(d.value for d in dates):
        kind = "event"
    else:
        kind = "claim"
    return Candidate(
        sentence=sentence,
        score=score,
        signals=signals,
        kind=kind,
        entities=names.linked,
        linked=names.how,
        new_names=names.new,
        dates=dates,
        topics=_topics(brief, text),
        looks_like=dt_text.lookalikes(text, names.linked, index),
    )


def propose(
    brief: Brief, article: str, *, published: dt.date | None, headline: str | None = None
) -> tuple[list[dt_text.Stripped], list[Candidate], int]:
    """Boilerplate found, candidates ranked best first, and how many sentences had nothing checkable."""
    stripped = dt_text.find_boilerplate(article)
    sents = dt_text.sentences(article, skip_lines=[s.line for s in stripped], headline=headline)
    index = dt_text.FactIndex.build(brief.facts.values())
    assessed = [assess(brief, s, published, index) for s in sents]
    kept = [c for c in assessed if c.score >= 2]
    kept.sort(key=lambda c: -c.score)  # stable: ties stay in article order
    return stripped, kept, len(assessed) - len(kept)


def _draft_entry(c: Candidate, source_id: str, rank: int, taken: set[str]) -> dict[str, Any]:
    content = [w for w in WORD.findall(c.sentence.text.lower()) if w not in STOPWORDS][:5]
    base = f"{source_id}-{slugify(' '.join(content), 40)}"
    fact_id, n = base, 2
    while fact_id in taken:
        fact_id, n = f"{base}-{n}", n + 1
    taken.add(fact_id)
    dated = next((d for d in c.dates if d.value), None)
    entry: dict[str, Any] = {
        "id": fact_id,
        "review": "needed",
        "kind": c.kind,
        "statement": PLACEHOLDER,
        "topics": c.topics,
        "entities": c.entities,
    }
    if dated is not None:
        entry["date"] = dated.value
        entry["date_note"] = "; ".join(d.note for d in c.dates)
    entry["citations"] = [{"source": source_id, "quote": c.sentence.text}]
    hints: dict[str, Any] = {"rank": rank, "score": c.score, "paragraph": c.sentence.paragraph}
    hints["checkable"] = c.signals
    if c.linked:
        hints["linked"] = [f"{ent}: {how}" for ent, how in c.linked.items()]
    if c.new_names:
        hints["new_names"] = c.new_names
    if c.dates and dated is None:
        hints["dates"] = [d.note for d in c.dates]
    if c.looks_like:
        hints["looks_like"] = [{"fact": x.fact_id, "why": x.why} for x in c.looks_like]
    entry["draft"] = hints
    return entry


def _drop_outlet(candidates: list[Candidate], outlet: str) -> None:
    """The article's own outlet ("told The Ledger") is its source, not a new glossary name."""
    own = slugify(re.sub(r"(?i)^the\s+", "", outlet))
    for c in candidates:
        c.new_names = [n for n in c.new_names if slugify(re.sub(r"(?i)^the\s+", "", n)) != own]
        c.signals = [s for s in c.signals if not s.startswith("new names")]
        if c.new_names:
            c.signals.append(f"new names {', '.join(c.new_names)}")


def _glossary_candidates(entries: list[dict[str, Any]], candidates: list[Candidate]) -> dict[str, list[str]]:
    """New names with the drafts that mention them; a lone surname joins the full name it abbreviates."""
    every = [name for c in candidates for name in c.new_names]
    full = {name.split()[-1]: name for name in every if len(name.split()) > 1}
    glossary: dict[str, list[str]] = {}
    for entry, c in zip(entries, candidates, strict=True):
        for name in c.new_names:
            key = full.get(name, name) if len(name.split()) == 1 else name
            seen = glossary.setdefault(key, [])
            if entry["id"] not in seen:
                seen.append(entry["id"])
    return glossary


def draft(
    brief_root: Path,
    article_path: Path,
    *,
    outlet: str,
    published: dt.date,
    headline: str | None = None,
    today: dt.date | None = None,
) -> DraftReport:
    """Add an article to the brief as a source and write ranked draft facts for it; the brief stays valid."""
    brief = load_brief(brief_root)
    try:
        raw = article_path.read_bytes()
        article = raw.decode("utf-8")
    except FileNotFoundError:
        raise CommandError(f"no such article file: {article_path}") from None
    except UnicodeDecodeError:
        raise CommandError(f"{article_path} is not UTF-8 text; save it as UTF-8 and try again") from None
    except OSError as exc:
        raise CommandError(f"cannot read {article_path}: {exc.strerror}") from None
    if not article.strip():
        raise CommandError(f"{article_path} is empty")
    if not outlet.strip():
        raise CommandError("--outlet must name the publication")

    seeds = (brief.root / brief.meta.seeds).resolve()
    digest = hashlib.sha256(raw).hexdigest()
    for src in brief.sources.values():
        existing = seeds / src.file
        if existing.is_file() and hashlib.sha256(existing.read_bytes()).hexdigest() == digest:
            raise CommandError(f"this article is already in the brief as source {src.id!r} ({src.file})")

    source_id = _source_id(brief, outlet, published)
    seed_path = seeds / _seed_name(seeds, digest)
    stripped, candidates, skipped = propose(brief, article, published=published, headline=headline)
    _drop_outlet(candidates, outlet)
    snippets: list[str] = []
    for s in stripped:
        if s.snippet not in snippets:
            snippets.append(s.snippet)
    source = Source(
        id=source_id,
        file=seed_path.name,
        outlet=outlet.strip(),
        headline=headline.strip() if headline else None,
        published=published.isoformat(),
        published_basis="stated",
        published_note=f"Publication date given by the curator with `palantir-ice draft --published` on {today}."
        if today
        else "Publication date given by the curator with `palantir-ice draft --published`.",
        boilerplate=snippets,
    )

    drafts_path = brief.root / DRAFTS_DIR / f"{source_id}.yaml"
    undo = _Undo()
    for path in (seed_path, brief.root / "sources.yaml", drafts_path):
        undo.keep(path)
    try:
        seeds.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(article_path, seed_path)
        _append_items(brief.root / "sources.yaml", "sources", [source.model_dump(mode="json", exclude_defaults=True)])
        load_brief(brief.root)  # the new source record must leave the brief valid
        taken = set(brief.facts) | set(brief.entities)
        entries = [_draft_entry(c, source_id, i + 1, taken) for i, c in enumerate(candidates)]
        glossary = _glossary_candidates(entries, candidates)
        body: dict[str, Any] = {
            "source": source_id,
            "stripped": [{"line": s.line, "reason": s.reason, "text": s.text.strip()} for s in stripped],
            "glossary_candidates": [
                {"name": name, "suggested_id": slugify(name), "seen_in": ids} for name, ids in glossary.items()
            ],
            "entities": [],
            "facts": entries,
        }
        drafts_path.parent.mkdir(parents=True, exist_ok=True)
        drafts_path.write_text(
            HEADER.format(source=source_id, today=f" on {today}" if today else "", path=drafts_path)
            + yaml.safe_dump(body, sort_keys=False, allow_unicode=True, width=116),
            encoding="utf-8",
        )
    except BaseException:
        undo.restore()
        raise
    if seed_path.read_bytes() != raw:  # pragma: no cover - copyfile is byte-exact; this guards the promise
        undo.restore()
        raise CommandError("the article copy differs from the original; nothing was added")
    log.info("drafted %d facts for %s from %s", len(candidates), source_id, article_path)
    return DraftReport(source, seed_path, drafts_path, stripped, candidates, skipped, glossary)


# --- accept --------------------------------------------------------------------------------------------------


@dataclass
class AcceptReport:
    accepted: list[str]
    entities: list[str]
    waiting: list[str]
    facts_path: Path | None
    drafts_path: Path

    def text(self) -> str:
        lines = []
        if self.accepted:
            lines.append(f"Accepted {len(self.accepted)} facts into {self.facts_path}: {', '.join(self.accepted)}")
        else:
            lines.append("No draft is marked review: done, so nothing was accepted.")
        if self.entities:
            lines.append(f"Added {len(self.entities)} glossary entries: {', '.join(self.entities)}")
        if self.waiting:
            lines.append(f"{len(self.waiting)} drafts still need review and stay in {self.drafts_path}.")
        else:
            lines.append(f"No drafts left; removed {self.drafts_path}.")
        lines.append("The brief validates.")
        return "\n".join(lines)


def _load_drafts(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CommandError(f"no such drafts file: {path}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise CommandError(f"{path} is not valid YAML{where}: {getattr(exc, 'problem', exc)}") from None
    except UnicodeDecodeError:
        raise CommandError(f"{path} is not a drafts file (not UTF-8 text)") from None
    except OSError as exc:  # a directory, no permission
        raise CommandError(f"cannot read drafts file {path}: {exc.strerror or exc}") from None
    except ValueError as exc:  # YAML resolved a scalar it cannot build, e.g. an unquoted 2019-02-30
        raise CommandError(f"{path} is not valid YAML: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("facts", []), list):
        raise CommandError(f"{path} is not a drafts file (it needs source: and facts:)")
    if not isinstance(data.get("source"), str):
        raise CommandError(f"{path} does not say which source its drafts belong to (source: ID)")
    return data


def accept(drafts_path: Path, brief_root: Path | None = None) -> AcceptReport:
    """Move drafts marked `review: done` into the brief, validate, and undo everything if it would break."""
    data = _load_drafts(drafts_path)
    root = brief_root or drafts_path.resolve().parent.parent
    brief = load_brief(root)
    source_id: str = data["source"]
    rel = drafts_path.name
    if source_id not in brief.sources:
        raise CommandError(f"{rel}: source {source_id!r} is not in sources.yaml")
    problems: list[Problem] = []
    done: list[dict[str, Any]] = []
    waiting: list[Any] = []
    for i, raw in enumerate(data.get("facts") or []):
        label = str(raw.get("id")) if isinstance(raw, dict) and raw.get("id") else f"item #{i + 1}"
        if not isinstance(raw, dict):
            problems.append(Problem(rel, label, "must be a mapping of fields"))
            continue
        if raw.get("review") != "done":
            waiting.append(raw)
            continue
        fields = {k: v for k, v in raw.items() if k not in ("draft", "review")}
        if str(fields.get("statement", "")).strip() == PLACEHOLDER:
            problems.append(Problem(rel, label, "marked done but the statement is still the placeholder"))
            continue
        try:
            fact = Fact.model_validate(fields)
        except ValidationError as exc:
            problems += [Problem(rel, label, f"{'.'.join(map(str, e['loc']))}: {e['msg']}") for e in exc.errors()]
            continue
        done.append(fact.model_dump(mode="json", exclude_defaults=True))
    new_entities: list[dict[str, Any]] = []
    for i, raw in enumerate(data.get("entities") or []):
        label = str(raw.get("id")) if isinstance(raw, dict) and raw.get("id") else f"entity #{i + 1}"
        try:
            ent = Entity.model_validate(raw)
        except ValidationError as exc:
            problems += [Problem(rel, label, f"{'.'.join(map(str, e['loc']))}: {e['msg']}") for e in exc.errors()]
            continue
        new_entities.append(ent.model_dump(mode="json", exclude_defaults=True))
    if problems:
        raise BriefError(problems)

    facts_path = brief.root / "facts" / f"{source_id}.yaml"
    glossary_path = brief.root / "glossary" / f"{source_id}.yaml"
    undo = _Undo()
    for path in (facts_path, glossary_path, drafts_path):
        undo.keep(path)
    try:
        if new_entities:
            _append_items(glossary_path, "entities", new_entities)
        if done:
            _append_items(facts_path, "facts", done)
        load_brief(brief.root)
        if waiting:
            rest = {**data, "entities": [], "facts": waiting}
            header = drafts_path.read_text(encoding="utf-8").split("\n")
            comments = "\n".join(line for line in header if line.startswith("#"))
            drafts_path.write_text(
                comments + "\n" + yaml.safe_dump(rest, sort_keys=False, allow_unicode=True, width=116),
                encoding="utf-8",
            )
        else:
            drafts_path.unlink()
    except BaseException:
        undo.restore()
        raise
    return AcceptReport(
        accepted=[f["id"] for f in done],
        entities=[e["id"] for e in new_entities],
        waiting=[str(w.get("id")) for w in waiting if isinstance(w, dict)],
        facts_path=facts_path if done else None,
        drafts_path=drafts_path,
    )
