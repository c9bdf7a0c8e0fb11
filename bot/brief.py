"""Load a brief directory and validate every part of it (the `Brief` it gives, and its lookups: bot/factbase.py).

Validation collects every problem before failing, so a curator fixes a broken brief in one pass.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError

from bot.dates import MONTHS, period_bounds
from bot.errors import BriefError, Problem, validator_message
from bot.factbase import _SHIPPED as _SHIPPED
from bot.factbase import DEFAULT_BRIEF as DEFAULT_BRIEF
from bot.factbase import Brief as Brief
from bot.factbase import SeedText as SeedText
from bot.factbase import _gc_paused as _gc_paused
from bot.factbase import alias_key as alias_key
from bot.models import BriefMeta, CitationRef, Entity, Fact, Source
from bot.text import STOPWORDS, fold, words

if TYPE_CHECKING:
    import yaml

    from bot.records import EntityData, FactData

log = logging.getLogger(__name__)

MIN_YEAR, MAX_YEAR = 1900, 2100

# Size limits per file, checked before anything is read, so an oversized file is refused at once. YAML parses at a
# few MB/s: 1 MiB is twenty times the largest shipped file and still parses well under a second. JSON (generated
# briefs, see benchmarks/answer.py) parses two orders of magnitude faster. A seed is one article.
MAX_YAML_BYTES = 1 << 20
MAX_JSON_BYTES = 256 << 20
MAX_SEED_BYTES = 1 << 20
# A fact dated after its source was published must say why: it was planned, scheduled or due in the future.
FUTURE_WORDS = re.compile(r"\b(planned|future|scheduled|upcoming|due|announced)\b", re.IGNORECASE)
ALIAS_GROWTH, ALIAS_SLACK = 4, 10_000  # how far YAML aliases may expand a document (see _load_yaml)
MAX_YAML_DEPTH = 64  # nested collections a brief file may hold; a real one needs under 10
COPY_RUN = 8  # a statement sharing this many words in a row with its seed is copied, not written in our own words


TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"


@lru_cache(maxsize=1)
def _loader() -> Any:
    """PyYAML's C loader (several times faster), or the pure-Python one where libyaml is missing, reading dates
    as the text they are: YAML reads an unquoted 2019-09-13 as a date, and an impossible one (2019-02-30) as an
    error that made its whole file unreadable; as text, the one entry's date is refused (bot/models.py checks
    dates). Imported on first use: a process serving from a compiled snapshot reads no YAML."""
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    resolvers = {
        first: [(tag, pattern) for tag, pattern in found if tag != TIMESTAMP_TAG]
        for first, found in base.yaml_implicit_resolvers.items()
    }
    return type("BriefLoader", (base,), {"yaml_implicit_resolvers": resolvers})


M = TypeVar("M", bound=BaseModel)


def _unsafe(path: Path, base: Path, limit: int) -> str | None:
    """Why `path` may not be read as part of a brief rooted at `base` (None when it may): a brief reads only
    plain files inside its own directories, never a link to elsewhere, and none over the size limit."""
    if path.is_symlink():
        return "is a symbolic link: a brief's files must be plain files inside it"
    try:
        real = path.resolve(strict=True)
        size = real.stat().st_size
    except OSError as exc:
        return f"cannot be read: {exc.strerror or exc}"
    if not real.is_relative_to(base.resolve()):
        return f"resolves to {real}, outside {base.resolve()}"
    if not real.is_file():
        return "is not a regular file"
    if size > limit:
        return f"is {size:,} bytes; a brief file may be at most {limit:,} bytes"
    return None


class _YamlBomb(ValueError):
    """A YAML document whose aliases expand far beyond its own size (a 'billion laughs'), or refer to themselves."""


class _YamlTooDeep(ValueError):
    """A YAML document whose collections nest deeper than any brief file needs."""


def _nesting_depth(text: str) -> int:
    """How deeply collections nest, from libyaml's event stream. The parser is iterative; the composer that
    builds nodes is recursive C code that no recursion limit guards, so a file nested 100,000 deep crashes the
    process (SIGSEGV) unless it is refused first. Raises yaml.YAMLError for text that is not YAML."""
    import yaml

    depth = deepest = 0
    opening = (yaml.SequenceStartEvent, yaml.MappingStartEvent)
    closing = (yaml.SequenceEndEvent, yaml.MappingEndEvent)
    for event in yaml.parse(text, Loader=_loader()):
        if isinstance(event, opening):
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > MAX_YAML_DEPTH:
                    break
        elif isinstance(event, closing):
            depth -= 1
    return deepest


def _load_yaml(text: str) -> Any:
    """yaml.load, with aliases bounded: PyYAML itself writes anchors for shared objects, so they are allowed, but
    a document may expand to at most ALIAS_GROWTH times its own nodes (plus ALIAS_SLACK) and may not be cyclic.
    Collections may nest at most MAX_YAML_DEPTH deep (_YamlTooDeep otherwise)."""
    import yaml

    if _nesting_depth(text) > MAX_YAML_DEPTH:
        raise _YamlTooDeep(f"is nested more than {MAX_YAML_DEPTH} collections deep")
    if "&" not in text and "*" not in text:  # no anchor or alias can be present: the plain, fast path
        return yaml.load(text, Loader=_loader())
    loader = _loader()(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        sizes = _expanded_size(node)
        if sizes is None:
            raise _YamlBomb("an alias refers to the node that contains it")
        distinct, expanded = sizes
        if expanded > ALIAS_GROWTH * distinct + ALIAS_SLACK:
            raise _YamlBomb(f"its aliases expand {distinct:,} YAML nodes to {expanded:,}")
        return loader.construct_document(node)
    finally:
        loader.dispose()


def _children(node: yaml.Node) -> list[yaml.Node]:
    import yaml

    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _expanded_size(root: yaml.Node) -> tuple[int, int] | None:
    """(distinct nodes, nodes once every alias is expanded), without expanding; None for a cycle. Iterative, so
    deep nesting cannot exhaust the stack."""
    size: dict[int, int] = {}
    visiting: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        key = id(node)
        if finished:
            visiting.discard(key)
            size[key] = 1 + sum(size[id(child)] for child in _children(node))
            continue
        if key in size:
            continue
        if key in visiting:
            return None
        visiting.add(key)
        stack.append((node, True))
        for child in _children(node):
            if id(child) in visiting:
                return None
            if id(child) not in size:
                stack.append((child, False))
    return len(size), size[id(root)]


def read_yaml_safely(path: Path, base: Path) -> Any:
    """One brief file read with every safety check (link, place, size, alias bomb); None if it fails any or is
    broken, for callers that only peek (loading reports the problem properly)."""
    problems: list[Problem] = []
    return _read_yaml(path, base, problems)


class _Unread:
    """The brief files (and entries, as "facts/x.yaml#3") that could not be read or parsed, and the words in each
    that may be ids (None: not read at all).

    A file that fails to parse takes its ids with it, so every reference to them elsewhere would be reported too:
    one broken fact file once showed up as dozens of "broken related link" problems. Such a reference is counted,
    not listed, when a file or entry of the kind that defines it failed and names it (or could not be read at all).
    """

    def __init__(self) -> None:
        self.files: dict[str, frozenset[str] | None] = {}
        self.suppressed = 0
        self.causes: set[str] = set()  # "file" (missing, empty, unreadable) and/or "entry" (read, but invalid)

    def add(self, rel: str, text: str | None) -> None:
        self.files[rel] = None if text is None else frozenset(re.findall(r"[\w.-]+", text))

    def add_data(self, rel: str, data: Any) -> None:
        """A file that parsed but whose shape is wrong (no `facts:` list…): every word in it may be a lost id."""
        self.add(rel, json.dumps(data, default=str))

    def lost(self, rel: str, index: int, raw: Any) -> None:
        """Item `index` of `rel` failed validation: the id and aliases it gives are what references may miss."""
        named = [raw.get("id"), *(raw.get("aliases") or [])] if isinstance(raw, dict) else []
        self.files[f"{rel}#{index + 1}"] = frozenset(str(n) for n in named if isinstance(n, str | int))

    def _failed(self, where: str, target: str | None = None) -> str | None:
        """The failed file, or entry ("facts/x.yaml#3"), that `where` names (a file, or a folder ending in "/") and
        that may have defined `target` (with no target: any failed file or entry there); None if there is none."""
        return next(
            (
                rel
                for rel, names in self.files.items()
                if (rel == where or rel.startswith(f"{where}#") or (where.endswith("/") and rel.startswith(where)))
                and (target is None or names is None or target in names)
            ),
            None,
        )

    def unparsed(self, folder: str) -> list[str]:
        """The whole files under `folder` ("facts/") that were read but could not be parsed, or had the wrong shape:
        the ids they define are unknown (their words are only a guess)."""
        return [rel for rel, names in self.files.items() if rel.startswith(folder) and "#" not in rel and names]

    def named_in_file(self, where: str, target: str) -> bool:
        """Whether a whole file `where` names that could not be parsed names `target` in its text."""
        failed = self._failed(where, target)
        return failed is not None and "#" not in failed and self.files[failed] is not None

    def explains(self, where: str, target: str | None = None) -> bool:
        """Whether a file `where` names (a file, or a folder ending in "/") failed and may have defined `target`
        (with no target: whether any such file failed)."""
        return self._failed(where, target) is not None

    def report(self, problems: list[Problem], problem: Problem, where: str, target: str | None = None) -> None:
        """Add `problem`, unless it only follows from a file that could not be read or an entry left out as invalid
        (then count it, and remember which of the two it was, for the count's explanation)."""
        failed = self._failed(where, target)
        if failed is not None:
            self.suppressed += 1
            self.causes.add("entry" if "#" in failed else "file")
        else:
            problems.append(problem)


def _read_yaml(
    path: Path, root: Path, problems: list[Problem], digest: Any = None, unread: _Unread | None = None
) -> Any:
    rel = str(path.relative_to(root)) if path.is_relative_to(root) else str(path)
    text: str | None = None
    count = len(problems)
    try:
        return _parse_file(path, rel, root, problems, digest)
    finally:
        if unread is not None and len(problems) > count:
            with contextlib.suppress(OSError, UnicodeDecodeError):
                text = None if _unsafe(path, root, MAX_YAML_BYTES) else path.read_text(encoding="utf-8")
            unread.add(rel, text)


def _parse_file(path: Path, rel: str, root: Path, problems: list[Problem], digest: Any) -> Any:
    import yaml

    why = _unsafe(path, root, MAX_JSON_BYTES if path.suffix == ".json" else MAX_YAML_BYTES)
    if why is not None:
        problems.append(Problem(rel, "", why))
        return None
    text = ""
    try:
        text = path.read_text(encoding="utf-8")
        if digest is not None:
            digest.update(rel.encode() + b"\x00" + text.encode() + b"\x00")
        if path.suffix == ".json":  # generated briefs: JSON is a YAML subset that parses many times faster
            return _load_json(text)
        return _load_yaml(text)
    except _YamlBomb as exc:
        problems.append(Problem(rel, "", f"refused: {exc} (YAML aliases may only share small parts)"))
    except _YamlTooDeep as exc:
        problems.append(Problem(rel, "", f"{exc} (too deep to be a brief file)"))
    except RecursionError:  # JSON briefs: the json module guards its own recursion
        problems.append(Problem(rel, "", "is nested too deeply to be a brief file"))
    except json.JSONDecodeError as exc:
        problems.append(Problem(rel, "", f"not valid JSON at line {exc.lineno}: {exc.msg}"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problems.append(Problem(rel, "", f"not valid YAML{where}: {getattr(exc, 'problem', exc)}"))
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(rel, "", f"cannot be read: {exc}"))
    except ValueError as exc:  # a scalar YAML resolves to a type it then cannot build: an unquoted 2019-02-30
        line = _impossible_date_line(text)
        where = f" at line {line}" if line else ""
        problems.append(Problem(rel, "", f"not valid YAML{where}: {exc} (an impossible date?)"))
    return None


def _load_json(text: str) -> Any:
    """A JSON file's data, by orjson (perf32: ~40% fewer instructions than `json.loads` over a generated brief's fact
    files, ~0.3 CPU-s at 100,000 facts, before a large compile can split its work). What orjson refuses (NaN,
    Infinity, a lone surrogate, deep nesting, bad JSON) is parsed by `json.loads`, which accepts it or raises its own
    error, as before. orjson reads an integer beyond 64 bits as a float; where a brief's fields accept one (a figure's
    value) pydantic makes the same float of it, and elsewhere it is refused as before (only an error's label, an id
    given as such a number, would show it as a float)."""
    import orjson  # compiling only (a JSON brief)

    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)


_DATE_LIKE = re.compile(r"(?<![\w.-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\w.-])")


def _impossible_date_line(text: str) -> int | None:
    """The 1-based line of the first date-shaped scalar that is no calendar date, or None."""
    for number, line in enumerate(text.splitlines(), start=1):
        for match in _DATE_LIKE.finditer(line):
            try:
                dt.date(*(int(part) for part in match.groups()))
            except ValueError:
                return number
    return None


def _items(data: Any, key: str, rel: str, problems: list[Problem], unread: _Unread | None = None) -> list[Any]:
    """The file's list under `key`; when its shape is wrong, the problem, and (with `unread`) the file as lost."""
    if data is None:
        return []
    items: Any = []
    if not isinstance(data, dict):
        problems.append(Problem(rel, "", f"must be a mapping with a '{key}:' list"))
    else:
        extra = sorted(set(data) - {key})
        if extra:
            problems.append(Problem(rel, "", f"unknown top-level key(s): {', '.join(map(str, extra))}"))
        items = data.get(key) or []
        if not isinstance(items, list):
            problems.append(Problem(rel, "", f"'{key}' must be a list"))
            items = []
        elif items or not extra:
            return items
    if unread is not None:
        unread.add_data(rel, data)
    return []


def _describe(exc: ValidationError) -> list[str]:
    out = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"])
        msg = "unknown key" if err["type"] == "extra_forbidden" else validator_message(err["msg"])
        if err["type"] == "missing":
            msg = "missing field"
        out.append(f"{loc}: {msg}" if loc else msg)
    return out


def _kind(raw: Any) -> str:
    """What a YAML document that should be a mapping is instead, as a reader names it ("a list")."""
    return {list: "a list", str: "a string", int: "a number", float: "a number", bool: "true or false"}.get(
        type(raw), type(raw).__name__
    )


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


@dataclass(frozen=True, slots=True)
class CheckedLink:
    fact: str
    note: str | None = None


@dataclass(frozen=True, slots=True)
class CheckedFigure:
    measure: str


@dataclass(frozen=True, slots=True)
class Checked:
    """What the checks across files read of a fact already checked on its own: its id, former ids, links, the
    measure of its figure, and whether its statement gives a figure only a related fact's quote gives (see
    `load_brief`'s `checked`)."""

    id: str
    aliases: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    differs: tuple[CheckedLink, ...] = ()
    figure: CheckedFigure | None = None
    borrows: bool = False

    @classmethod
    def of(cls, fact: Fact) -> Checked:
        return cls(
            fact.id,
            tuple(fact.aliases),
            tuple(fact.related),
            tuple(CheckedLink(link.fact, link.note) for link in fact.differs),
            None if fact.figure is None else CheckedFigure(fact.figure.measure),
            bool(fact.related) and bool(_Overclaims({}).unquoted(fact)),
        )


@dataclass(frozen=True)
class CheckedFile:
    """A fact file as it was when it passed every check of its own: its content's SHA-256, its facts' ids in
    order, and `Checked` records of those with former ids, links or a figure (by their place in `ids`)."""

    sha256: str
    ids: Sequence[str]
    linked: Mapping[int, Checked]


def load_brief(
    root: Path | str | None = None,
    *,
    checked: Mapping[str, CheckedFile] | None = None,
    parsed: Mapping[str, ParsedFile] | None = None,
) -> Brief:
    """Load and validate the brief at `root`; raise BriefError listing every problem found.

    `checked` (for an incremental compile, bot/recompile.py): fact files (keyed by their path in the brief,
    "facts/a.json") that already passed every check of their own against the brief.yaml, sources, seeds and
    glossary being loaded now, unchanged since (the caller compares hashes). Such a file is not read again: its
    facts take part only in the checks across files (ids, former ids, links, differing figures), so that brief is
    for compiling, never for serving: its `fact_files` holds every fact, its `facts` only those read now and the
    `Checked` records of the others with former ids, links or a figure, its `related` and `differs` only the
    facts with a link; its fingerprint is worked out from the files' hashes, not their text.

    `parsed` (for a full compile, bot/snapshot/forking.py): fact files (keyed as `checked`) read and parsed already, as
    `read_fact_items` gives them: validated and checked from those items, and their SHA-256 digested for the
    fingerprint instead of their text (as `checked` files' are, so that a compile splitting its fact files between
    `parsed` and `checked` in two processes names its index as one process does).
    """
    with _gc_paused():
        return _load_brief(root, checked or {}, parsed or {})


@dataclass(frozen=True)
class ParsedFile:
    """A fact file read and parsed ahead of loading (`read_fact_items`): its content's SHA-256 and its items."""

    sha256: str
    items: list[dict[str, Any]]


def read_fact_items(root: Path, rel: str) -> list[dict[str, Any]] | None:
    """The items of fact file `rel` of the brief at `root` as loading reads them, when it is safe to read, parses,
    holds a `facts:` list and nothing else, and each item is a mapping with a text id; None otherwise (loading it
    then says why)."""
    problems: list[Problem] = []
    data = _read_yaml(root / rel, root, problems)
    items = _items(data, "facts", rel, problems)
    if problems or not all(isinstance(item, dict) and isinstance(item.get("id"), str) for item in items):
        return None
    return items


LINK_FIELDS = frozenset({"aliases", "related", "differs", "figure"})  # what `Checked` holds besides the id


def checked_file(parsed: ParsedFile) -> CheckedFile:
    """What the checks across files read of a parsed fact file whose own checks another process makes: its ids,
    and `Checked` records of its facts with former ids, links or a figure (each validated as loading would; one
    that does not validate is left out: the process checking that file reports it)."""
    linked: dict[int, Checked] = {}
    for i, raw in enumerate(parsed.items):
        if LINK_FIELDS.isdisjoint(raw):  # every field at its default: nothing to read across files
            continue
        try:
            fact = Fact.model_validate(raw)
        except ValidationError:
            continue
        if fact.aliases or fact.related or fact.differs or fact.figure is not None:
            linked[i] = Checked.of(fact)
    return CheckedFile(parsed.sha256, [str(raw["id"]) for raw in parsed.items], linked)


def _load_brief(root: Path | str | None, checked: Mapping[str, CheckedFile], read: Mapping[str, ParsedFile]) -> Brief:
    root = (Path(root) if root is not None else DEFAULT_BRIEF).resolve()
    problems: list[Problem] = []
    unread = _Unread()
    digest = hashlib.sha256()
    if not root.is_dir():
        raise BriefError([Problem(str(root), "", "is not a brief directory")])

    meta_raw = (
        _read_yaml(root / "brief.yaml", root, problems, digest, unread) if (root / "brief.yaml").is_file() else None
    )
    if meta_raw is None and not problems:  # an empty file reads as None too: say which it is
        state = "empty" if (root / "brief.yaml").is_file() else "missing"
        problems.append(Problem("brief.yaml", "", f"{state} (every brief needs id, title, topics)"))
    if meta_raw is not None and not isinstance(meta_raw, dict):  # not "item #1": the file is one entry
        needed = f"must be a mapping of fields (id, title, topics), not {_kind(meta_raw)}"
        problems.append(Problem("brief.yaml", "", needed))
        meta = None
    else:
        meta = _parse(BriefMeta, meta_raw, "brief.yaml", 0, problems) if meta_raw is not None else None
    if meta is None and isinstance(meta_raw, dict) and "topics" in meta_raw:
        # its other fields, when only its id, title, description or an unknown key failed: every fact's topics are
        # still checked against its topics (a missing title had made every topic of every fact "unknown")
        usable = {k: v for k, v in meta_raw.items() if k in ("seeds", "topics", "synonyms", "opposites")}
        with contextlib.suppress(ValidationError):
            meta = BriefMeta.model_validate({**usable, "id": "broken", "title": "broken"})
    if meta is None:
        # missing, unparseable or invalid: its topics and seeds directory are unknown, and what refers to them is
        # said once, as following from it, not once per use
        unread.add("brief.yaml", None)
        meta = BriefMeta(id="broken", title="broken")

    sources: dict[str, Source] = {}
    seeds: dict[str, SeedText] = {}
    seeds_dir = (root / meta.seeds).resolve()
    src_path = root / "sources.yaml"
    src_data = _read_yaml(src_path, root, problems, digest, unread) if src_path.is_file() else None
    if not src_path.is_file():
        problems.append(Problem("sources.yaml", "", "missing"))
    # a wrong `seeds:` (a copied brief keeps a relative one: fresh tester 32) is one problem, not one per source
    # (fresh tester 50: five lines saying the same); brief.yaml unread, the seed files it would have named are counted
    no_seeds_dir = not seeds_dir.is_dir() and not unread.explains("brief.yaml")
    sources_without_seeds = 0
    source_items = _items(src_data, "sources", "sources.yaml", problems, unread)
    if not source_items and not unread.explains("sources.yaml"):  # missing or empty: said once, not per citation
        if src_path.is_file():
            problems.append(Problem("sources.yaml", "", "lists no sources"))
        unread.add("sources.yaml", None)
    elif not source_items:  # the one file of sources failed whole (a YAML bomb, bad syntax): every source is lost
        unread.add("sources.yaml", None)
    for i, raw in enumerate(source_items):
        src = _parse(Source, raw, "sources.yaml", i, problems)
        if src is None:
            unread.lost("sources.yaml", i, raw)
            continue
        if src.id in sources:
            problems.append(Problem("sources.yaml", src.id, "duplicate source id"))
            continue
        sources[src.id] = src
        seed_path = seeds_dir / src.file
        if no_seeds_dir:
            sources_without_seeds += 1
            continue
        if not seed_path.is_file() and not seed_path.is_symlink():  # brief.yaml names the seeds directory
            unread.report(
                problems,
                Problem(
                    "sources.yaml",
                    src.id,
                    # where that directory comes from: a copied brief keeps a relative `seeds:` (fresh tester 32)
                    f"seed file {src.file!r} not found in {seeds_dir} (brief.yaml seeds: {meta.seeds!r})",
                ),
                "brief.yaml",
            )
            continue
        why = _unsafe(seed_path, seeds_dir, MAX_SEED_BYTES)
        if why is not None:
            problems.append(Problem("sources.yaml", src.id, f"seed file {src.file!r} {why}"))
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

    if sources_without_seeds:
        state = "is not a folder" if seeds_dir.exists() else "not found"
        named = f"seeds: {meta.seeds!r}" + ("" if Path(meta.seeds).is_absolute() else f", read from {root}")
        reason = f"seeds folder {seeds_dir} {state} ({named}): the seed files of {sources_without_seeds} source(s)"
        problems.append(Problem("brief.yaml", "", f"{reason} cannot be read, nor any quote checked"))

    quote_checks: dict[tuple[str, str, bool], str | None] = {}  # (source, quote, furniture) -> what is wrong

    def quote_problem(source: str, quote: str, *, furniture: bool = False) -> str | None:
        """Searched for once per distinct quote and source: large briefs cite the same passages many times. With
        `furniture`, a quote may stand in the page's boilerplate (a fact about the article cites its update line)."""
        key = (source, quote, furniture)
        if key not in quote_checks:
            seed = seeds.get(source)
            folded = fold(quote)
            reason = None
            if seed is not None and folded not in seed.full:
                reason = f"quote not found in {source}: {quote[:70]!r}"
            elif seed is not None and not furniture and folded not in seed.citable:
                reason = f"quote is inside boilerplate of {source}: {quote[:70]!r}"
            quote_checks[key] = reason
        return quote_checks[key]

    def check_citations(rel: str, item_id: str, refs: list[CitationRef], *, furniture: bool = False) -> None:
        for ref in refs:
            if ref.source not in sources:
                unread.report(
                    problems, Problem(rel, item_id, f"unknown source {ref.source!r}"), "sources.yaml", ref.source
                )
                continue
            reason = quote_problem(ref.source, ref.quote, furniture=furniture)
            if reason is not None:
                problems.append(Problem(rel, item_id, reason))

    entities: dict[str, Entity] = {}
    entity_files: dict[str, str] = {}
    for path in _yaml_files(root / "glossary"):
        rel = str(path.relative_to(root))
        data = _read_yaml(path, root, problems, digest, unread)
        for i, raw in enumerate(_items(data, "entities", rel, problems, unread)):
            ent = _parse(Entity, raw, rel, i, problems)
            if ent is None:
                unread.lost(rel, i, raw)
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

    overclaims = _Overclaims(entities)
    borrowing: list[tuple[str, Fact, list[str]]] = []  # statements giving figures only related facts may quote
    lost_ids: dict[str, str] = {}  # ids of facts that failed validation, by file: a later duplicate is still named
    # facts whose id is valid but another field is not (an unknown key, an impossible date): checked for the rest,
    # links to them included, so that a link into one is no problem (it resolves once the field is fixed)
    read_apart: list[tuple[str, Fact]] = []
    unlisted: list[tuple[str, Fact]] = []  # facts checked that join no fact: duplicates, those with an invalid field

    def check_own(rel: str, fact: Fact) -> None:
        """The checks a fact passes on its own, against the brief.yaml, sources, seeds and glossary."""
        if fact.id in entities:
            problems.append(Problem(rel, fact.id, "fact id is also a glossary entity id"))
        check_citations(rel, fact.id, fact.citations, furniture=fact.describes is not None)
        if fact.describes is not None and len({c.source for c in fact.citations}) != 1:
            problems.append(Problem(rel, fact.id, f"describes {fact.describes!r} of an article: cite only that one"))
        if fact.review == "needed":
            problems.append(Problem(rel, fact.id, "still needs review (review: needed): check it, then set done"))
        if fact.date is not None and not MIN_YEAR <= int(fact.date[:4]) <= MAX_YEAR:
            problems.append(Problem(rel, fact.id, f"impossible date {fact.date!r}"))
        for topic in fact.topics:
            if topic not in meta.topics:
                problem = Problem(rel, fact.id, f"unknown topic {topic!r} (not in brief.yaml)")
                unread.report(problems, problem, "brief.yaml", topic)
        for ent_id in fact.entities:
            if ent_id not in entities:
                unread.report(problems, Problem(rel, fact.id, f"unknown entity {ent_id!r}"), "glossary/", ent_id)
        # an answer would cite these facts' quotes for words they do not say (README: an overclaim is worse than
        # no answer), so a brief holding one is refused like any broken brief, at compile as by `validate`
        missing = overclaims.unquoted(fact)
        if missing and fact.related:
            borrowing.append((rel, fact, missing))  # decided once every fact is read
        elif missing and not meta.made_up_figures:
            problems.append(_unquoted_problem(rel, fact.id, missing))
        problems.extend(Problem(rel, p.item, p.reason) for p in overclaims.unrelated(fact))

    facts: dict[str, Fact | Checked] = {}
    fact_files: dict[str, str] = {}
    fact_dir = root / "facts"
    if not fact_dir.is_dir():
        problems.append(Problem("facts/", "", "missing (facts live in facts/*.yaml)"))
    empty_fact_files: list[str] = []
    for path in _yaml_files(fact_dir):
        rel = str(path.relative_to(root))
        known = checked.get(path.relative_to(root).as_posix())
        if known is not None:  # passed its own checks before: only the checks across files remain
            digest.update(f"{rel}\x00sha256:{known.sha256}\x00".encode())
            if not known.ids:
                empty_fact_files.append(rel)
            block = dict.fromkeys(known.ids, rel)
            if len(block) == len(known.ids) and fact_files.keys().isdisjoint(block):  # no id taken: all at once
                fact_files.update(block)
                facts.update((done.id, done) for _, done in sorted(known.linked.items()))
                continue
            for i, fact_id in enumerate(known.ids):
                if fact_id in fact_files:
                    problems.append(Problem(rel, fact_id, f"duplicate fact id (also in {fact_files[fact_id]})"))
                    continue
                fact_files[fact_id] = rel
                if i in known.linked:
                    facts[fact_id] = known.linked[i]
            continue
        ready = read.get(path.relative_to(root).as_posix())
        if ready is not None:  # read and parsed by the caller, who made sure it parses with a `facts:` list
            digest.update(f"{rel}\x00sha256:{ready.sha256}\x00".encode())
            raws: list[Any] = ready.items
        else:
            raws = _items(_read_yaml(path, root, problems, digest, unread), "facts", rel, problems, unread)
        if not raws and not unread.explains(rel):  # a placeholder awaiting `draft --accept`, or emptied by mistake
            empty_fact_files.append(rel)
        for i, (raw, parsed) in enumerate(zip(raws, _parse_all(Fact, raws, rel, problems), strict=True)):
            if parsed is None:
                unread.lost(rel, i, raw)
                # its other fields are still checked (a duplicate id, an unknown topic or entity, an unquoted
                # figure), so that one run names every problem; it joins no fact, so nothing links to it
                rest = _without_failing_fields(raw)
                if rest is not None:
                    if rest.id in fact_files or rest.id in lost_ids:
                        also = fact_files.get(rest.id) or lost_ids[rest.id]
                        problems.append(Problem(rel, rest.id, f"duplicate fact id (also in {also})"))
                    else:
                        lost_ids[rest.id] = rel
                        read_apart.append((rel, rest))
                    check_own(rel, rest)
                    unlisted.append((rel, rest))
                continue
            if parsed.id in fact_files or parsed.id in lost_ids:
                also = fact_files.get(parsed.id) or lost_ids[parsed.id]
                problems.append(Problem(rel, parsed.id, f"duplicate fact id (also in {also})"))
                unlisted.append((rel, parsed))
            else:
                facts[parsed.id] = parsed
                fact_files[parsed.id] = rel
            check_own(rel, parsed)  # a duplicate's own fields too: one run names every problem

    fact_aliases: dict[str, str] = {}
    linked = [fact for fact in facts.values() if fact.aliases or fact.related or fact.differs]  # a few of them
    for fact in linked:
        rel = fact_files[fact.id]
        for old in fact.aliases:
            if old in fact_files or old in entities:
                problems.append(Problem(rel, fact.id, f"alias {old!r} is also the id of a fact or glossary entry"))
            elif old in fact_aliases and fact_aliases[old] != fact.id:
                problems.append(Problem(rel, fact.id, f"alias {old!r} is also an alias of {fact_aliases[old]!r}"))
            else:
                fact_aliases[old] = fact.id

    # every fact's (a brief for compiling from `checked` files: those with a link only)
    related: dict[str, list[str]] = {} if checked else {fid: [] for fid in fact_files}
    differs: dict[str, list[str]] = {} if checked else {fid: [] for fid in fact_files}
    link_notes: dict[tuple[str, str], str] = {}
    dangling: list[Problem] = []  # links to facts found nowhere while a fact file lists none: that file is the cause
    # ... while a fact file could not be parsed, and its text names none of the facts found nowhere (cut short or
    # replaced, it is no guide to what it defined): they may follow from it, or be typos (listed apart, marked)
    unnamed: list[Problem] = []
    named_in_unparsed = False
    apart_names = {name: fact.id for _, fact in read_apart for name in (fact.id, *fact.aliases)}
    sides = [(fact_files[fact.id], fact, True) for fact in linked]
    sides += [(rel, fact, False) for rel, fact in read_apart if fact.related or fact.differs]
    for rel, fact, kept in sides:
        links: list[tuple[str, str | None, str]] = [(other, None, "related") for other in fact.related]
        links += [(link.fact, link.note, "differs") for link in fact.differs]
        for target, note, name in links:
            other = target if target in fact_files else fact_aliases.get(target)
            if other is None and target in apart_names:
                other = apart_names[target]
                if other != fact.id:
                    continue  # the fact is there, its problem listed: the link joins it once that is fixed
            if other == fact.id:
                problems.append(Problem(rel, fact.id, f"{name} links to itself"))
            elif other is None:
                problem = Problem(rel, fact.id, f"broken {name} link to {target!r}")
                if empty_fact_files and not unread.explains("facts/", target):
                    dangling.append(problem)
                elif not unread.explains("facts/", target):
                    problems.append(problem)
                    unnamed.append(problem)
                else:
                    named_in_unparsed = named_in_unparsed or unread.named_in_file("facts/", target)
                    unread.report(problems, problem, "facts/", target)
            elif kept:
                table = differs if name == "differs" else related
                for a, b in ((fact.id, other), (other, fact.id)):
                    found = table.setdefault(a, [])
                    if b not in found:
                        found.append(b)
                if note:
                    link_notes[(fact.id, other)] = link_notes[(other, fact.id)] = note
    unparsed = unread.unparsed("facts/")
    following = unnamed if unparsed and not named_in_unparsed else []
    if following:
        problems[:] = [p for p in problems if not any(p is f for f in following)]
    if dangling:  # named first, once per empty file; the links are counted, and listed again once it is filled
        reason = f"lists no facts, yet {len(dangling)} link(s) elsewhere point at facts found nowhere: was it emptied?"
        problems[:0] = [Problem(rel, "", reason) for rel in empty_fact_files]
        unread.suppressed += len(dangling)
        unread.causes.add("file")
    for a, others in differs.items():
        for b in others:
            if a < b:
                problems += [
                    p
                    for p in _differs_problems(_fact(facts, a), _fact(facts, b), fact_files, link_notes)
                    if p not in problems
                ]
    latest_cited: dict[tuple[str, ...], dt.date | None] = {}
    for fact in facts.values():
        if isinstance(fact, Fact):  # a Checked one passed this check with its file
            problems += _date_problems(fact, fact_files[fact.id], sources, latest_cited)
        elif fact.borrows and any(isinstance(facts.get(r), Fact) for r in fact.related):
            # it passed leaning on a related fact's quote, and that fact was read again now: decided in full
            problems.append(Problem(fact_files[fact.id], fact.id, "its figures' quotes changed: check in full"))
    for rel, fact in unlisted:
        problems += _date_problems(fact, rel, sources, latest_cited)
    for rel, fact, missing in borrowing:
        # (a related fact of a file checked before, `checked`, is no Fact here: its quotes are not read, the problem
        # stands, and the compile from `checked` files falls back to a full one, which decides)
        for other in fact.related:
            if isinstance(read_now := facts.get(other), Fact):
                quoted = overclaims.figures_quoted(read_now)
                missing = [n for n in missing if n not in quoted]
        if missing and not meta.made_up_figures:
            problems.append(_unquoted_problem(rel, fact.id, missing))

    if problems:
        raise BriefError(
            problems,
            suppressed=unread.suppressed,
            causes=frozenset(unread.causes),
            following=following,
            unparsed=unparsed,
        )
    log.debug("loaded brief %s: %d facts, %d entities", meta.id, len(fact_files), len(entities))
    return Brief(
        root=root,
        meta=meta,
        sources=sources,
        entities=entities,
        facts=facts,  # type: ignore[arg-type]  # for `checked` files, Checked records of some: see load_brief
        seeds=seeds,
        related=related,
        differs=differs,
        aliases=aliases,
        fingerprint=digest.hexdigest()[:24],
        fact_aliases=fact_aliases,
        link_notes=link_notes,
        fact_files=fact_files,
    )


def _without_failing_fields(raw: Any) -> Fact | None:
    """A fact that failed validation as it reads without its failing fields (None when one of them is required, or
    it is no mapping): what the checks of its other fields read."""
    if not isinstance(raw, dict):
        return None
    try:
        Fact.model_validate(raw)
    except ValidationError as exc:
        failing = {error["loc"][0] for error in exc.errors() if error["loc"]}
    else:
        return None
    with contextlib.suppress(ValidationError):
        return Fact.model_validate({k: v for k, v in raw.items() if k not in failing})
    return None


def _fact(facts: Mapping[str, Fact | Checked], fact_id: str) -> Fact | Checked:
    """A fact by id; one of a `checked` file that is not among `facts` has no former ids, links or figure."""
    found = facts.get(fact_id)
    return Checked(fact_id) if found is None else found


def _differs_problems(
    a: Fact | Checked, b: Fact | Checked, files: dict[str, str], notes: dict[tuple[str, str], str]
) -> list[Problem]:
    """`differs` says two sources give different figures for what may be one thing: both need a figure of the same
    measure (money with money, count with count), and the link needs a note saying why they may be one thing."""
    out = []
    for fact, other in ((a, b), (b, a)):
        if fact.figure is None:
            out.append(
                Problem(files[fact.id], fact.id, f"differs from {other.id!r} but carries no figure (add figure:)")
            )
    if a.figure is not None and b.figure is not None and a.figure.measure != b.figure.measure:
        out.append(
            Problem(
                files[a.id],
                a.id,
                f"differs from {b.id!r}, but their figures measure different things "
                f"({a.figure.measure} vs {b.figure.measure})",
            )
        )
    if (a.id, b.id) not in notes:
        out.append(
            Problem(
                files[a.id],
                a.id,
                f"differs link with {b.id!r} has no note saying why the two figures may describe the same thing",
            )
        )
    return out


def _date_problems(
    fact: Fact, rel: str, sources: dict[str, Source], latest_cited: dict[tuple[str, ...], dt.date | None]
) -> list[Problem]:
    """A fact cannot have happened after the article reporting it was published, unless it was planned then.
    `latest_cited` remembers the latest possible publication day per set of cited sources."""
    if fact.date is None:
        return []
    cited = tuple(dict.fromkeys(r.source for r in fact.citations))
    if cited not in latest_cited:
        windows = [sources[s].published_window if s in sources else None for s in cited]
        # a source of unknown date (or an unknown source, reported elsewhere) bounds nothing
        bounded = windows and None not in windows
        latest_cited[cited] = max(w[1] for w in windows if w is not None) if bounded else None
    latest = latest_cited[cited]
    if latest is None:
        return []
    first, _ = period_bounds(fact.date)
    if first <= latest or FUTURE_WORDS.search(fact.date_note or ""):
        return []
    return [
        Problem(
            rel,
            fact.id,
            f"date {fact.date} is after its source was published (by {latest.isoformat()}); "
            "if it was planned or due then, say so in date_note",
        )
    ]


def copied_runs(brief: Brief, length: int = COPY_RUN) -> list[Problem]:
    """Statements that share `length` or more words in a row with a seed they cite: copied, not our own words.
    Glossary names count as one's own words (a name of eight words cannot be paraphrased). Warnings, which
    `validate --strict` makes errors; computed on demand, not at load."""
    grams: dict[str, set[tuple[str, ...]]] = {}
    for source_id, seed in brief.seeds.items():
        tokens = words(seed.full)
        grams[source_id] = {tuple(tokens[i : i + length]) for i in range(len(tokens) - length + 1)}
    names = {tuple(words(n)) for e in brief.entities.values() for n in [e.name, *e.aliases] if len(words(n)) > 1}
    out = []
    for fact in brief.facts.values():
        tokens = _mask_names(words(fact.statement), names)
        cited = [grams[s] for s in dict.fromkeys(r.source for r in fact.citations) if s in grams]
        hits = [i for i in range(len(tokens) - length + 1) if any(tuple(tokens[i : i + length]) in g for g in cited)]
        if hits:
            start, end = hits[0], hits[0] + length
            while end - length + 1 in hits:
                end += 1
            run = " ".join(tokens[start:end])
            out.append(
                Problem(_fact_file(brief, fact.id), fact.id, f"statement copies its seed word for word: {run!r}")
            )
    return out


_FIGURE = re.compile(r"\d[\d,.]*\d|\d")
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_DAY = re.compile(rf"\b\d{{1,2}}(?= (?:{'|'.join(MONTHS)})\b)|\b(?:{'|'.join(MONTHS)}) \d{{1,2}}\b")


def _figures(text: str) -> set[str]:
    return {n.replace(",", "").rstrip(".") for n in _FIGURE.findall(text)}


# A brief needs this many facts before the words in a third of its statements tell its subject (`topic_stems`).
TOPIC_MIN_FACTS = 12


class _Overclaims:
    """The two checks that keep an answer from citing words that do not say it: a statement giving a figure none of
    its quotes gives (a number but a year, or a day beside its month: those may come from an article's date; a
    related fact's quotes count too), and a citation whose quote shares no word but function words with what the
    fact says (its statement, keywords and its entities' names and aliases, compared by stem). Run on every fact as
    the brief loads (`load_brief`, so a compile refuses such a brief as `validate` does); what repeats across facts
    (a quote's figures and stems, a word's stem, an entity's stems) is worked out once."""

    def __init__(self, entities: Mapping[str, EntityData]) -> None:
        self.entities = entities
        self.quoted: dict[str, set[str]] = {}
        self.quote_stems: dict[str, set[str]] = {}
        self.stems: dict[str, str] = {}
        self.entity_stems: dict[str, set[str]] = {}

    def figures_quoted(self, fact: FactData) -> set[str]:
        out: set[str] = set()
        for cited in fact.citations:
            found = self.quoted.get(cited.quote)
            if found is None:
                found = self.quoted[cited.quote] = _figures(cited.quote)
            out |= found
        return out

    def unquoted(self, fact: FactData) -> list[str]:
        """The figures the statement gives that its own quotes do not (sorted)."""
        stated = [n for n in _figures(fact.statement) if not _YEAR.match(n)]
        if not stated:
            return []
        quoted = self.figures_quoted(fact)
        missing = [n for n in stated if n not in quoted]
        if any(len(n) <= 2 for n in missing):  # may be a day beside its month: the slower pass leaving those out
            missing = [n for n in _figures(_DAY.sub(" ", fact.statement)) if not _YEAR.match(n) and n not in quoted]
        return sorted(missing)

    def _stem(self, word: str) -> str:
        found = self.stems.get(word)
        if found is None:
            from bot.search import stem

            found = self.stems[word] = stem(word)
        return found

    def _stems(self, text: str) -> set[str]:
        return {self._stem(word) for word in words(text) if word not in STOPWORDS}

    def topic_stems(self, facts: Iterable[FactData]) -> frozenset[str]:
        """The stems in more than a third of the statements of a brief of 12 facts or more: what the whole brief is
        about (its main parties' names), which a quote naming says nothing of what one fact claims."""
        counts: Counter[str] = Counter()
        n = 0
        for fact in facts:
            counts.update(self._stems(fact.statement))
            n += 1
        if n < TOPIC_MIN_FACTS:  # too few statements to tell the brief's subject from one fact's
            return frozenset()
        return frozenset(stem for stem, count in counts.items() if count * 3 > n)

    def unrelated(self, fact: FactData, *, topic: frozenset[str] = frozenset()) -> list[Problem]:
        """A problem (file left for the caller: "") for each citation quoting no word of what the fact says. The
        fact's words are stemmed one by one until every quote has shared one (most share the statement's first).

        With `topic` (`topic_stems` of the whole brief), a quote sharing only those words shares none: "said the
        company" is no evidence for one claim of a brief about that company. One word beyond them is enough ("But
        the CEO didn't budge" for "the CEO did not change course"): a count of shared words would refuse such
        paraphrases."""
        quotes = []
        for cited in fact.citations:
            quote = self.quote_stems.get(cited.quote)
            if quote is None:
                quote = self.quote_stems[cited.quote] = self._stems(cited.quote)
            quotes.append(quote - topic if topic else quote)
        waiting = list(range(len(quotes)))
        cut = fact.statement.find(" ", 60)  # its opening words first (cut at a space: a word stays whole)
        for text in (fact.statement[:cut] if cut > 0 else "", fact.statement, *fact.keywords):
            for word in words(text):
                if word not in STOPWORDS:
                    said = self._stem(word)
                    waiting = [i for i in waiting if said not in quotes[i]]
                    if not waiting:
                        return []
        for e in fact.entities:
            if e not in self.entity_stems and (entity := self.entities.get(e)) is not None:
                self.entity_stems[e] = self._stems(" ".join([entity.name, *entity.aliases]))
            named = self.entity_stems.get(e, set())
            waiting = [i for i in waiting if named.isdisjoint(quotes[i])]
        return [
            Problem(
                "",
                fact.id,
                f"citation {i + 1} ({fact.citations[i].source}) quotes words that share none with what the fact says"
                + _beyond(self.quote_stems[fact.citations[i].quote] & topic),
            )
            for i in waiting
        ]


def _beyond(subject: set[str]) -> str:
    """The end of an unrelated citation's reason when its quote shares only the brief's subject words."""
    if not subject:
        return ""
    return f" but the brief's whole subject ({', '.join(sorted(subject))}), which says nothing of this fact"


def _unquoted_problem(rel: str, fact_id: str, missing: Iterable[str]) -> Problem:
    said = ", ".join(repr(n) for n in missing)
    return Problem(rel, fact_id, f"statement gives {said}, which none of its quotes gives")


def unquoted_figures(brief: Brief) -> list[Problem]:
    """Statements giving a figure none of its quotes nor its related facts' quotes gives (see `_Overclaims`): a
    figure an edit changed ("$21 million" for a quote's "$12 million") would be answered, cited to words that say
    otherwise. `load_brief` refuses them (unless brief.yaml says `made_up_figures`); this lists them for any brief."""
    checks = _Overclaims(brief.entities)
    out = []
    for fact in brief.facts.values():
        missing = checks.unquoted(fact)
        for related in fact.related if missing else ():
            if related in brief.facts:
                quoted = checks.figures_quoted(brief.facts[related])
                missing = [n for n in missing if n not in quoted]
        if missing:
            out.append(_unquoted_problem(_fact_file(brief, fact.id), fact.id, missing))
    return out


def unrelated_citations(brief: Brief) -> list[Problem]:
    """Citations whose quote shares no word but function words with what the fact says (see `_Overclaims`): a quote
    pasted from elsewhere in the article (a donation appeal cited for a contract's sum) would put the article's name
    under a figure it never gives. `load_brief` refuses them; this lists them for any brief."""
    checks = _Overclaims(brief.entities)
    # validate, which sees every fact at once, leaves out the words of the brief's whole subject (`topic_stems`); a
    # compile checks each fact as it reads it (facts unchanged since the last snapshot are not read), without them
    topic = checks.topic_stems(brief.facts.values())
    return [
        Problem(_fact_file(brief, fact.id), p.item, p.reason)
        for fact in brief.facts.values()
        for p in checks.unrelated(fact, topic=topic)
    ]


def _mask_names(tokens: list[str], names: set[tuple[str, ...]]) -> list[str]:
    """Replace each word that belongs to a glossary name with a token no seed contains."""
    out = list(tokens)
    longest = max((len(n) for n in names), default=0)
    for i in range(len(tokens)):
        for size in range(min(longest, len(tokens) - i), 1, -1):
            if tuple(tokens[i : i + size]) in names:
                for j in range(i, i + size):
                    out[j] = f"<name {j}>"
                break
    return out


def _fact_file(brief: Brief, fact_id: str) -> str:
    return brief.fact_files.get(fact_id, "facts/")
