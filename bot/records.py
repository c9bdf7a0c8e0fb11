"""The brief as the serving path reads it: plain, slotted, read-only records, and the protocols both kinds satisfy.

pydantic validates a fact once, when the brief is loaded (`bot/brief.py`) or compiled (`bot/snapshot/`). A
process serving from a snapshot reads each fact's row into a `FactRecord` instead: the same fields and the same
`precision` / `event_date`, no validator run and no per-instance dict (about a third of the memory of a `Fact`, and
built several times faster). Code that only reads facts takes a `FactData`, which both `Fact` and `FactRecord` are.
The snapshot keeps the brief's meta, sources and glossary as records too (`MetaRecord`, `SourceRecord`,
`EntityRecord`; read as `MetaData`, `SourceData`, `EntityData`), so a process serving from it never imports pydantic.

A row is the fact's fields as one JSON array, in `FIELDS` order (`encode` / `decode`).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any, Literal, Protocol

from bot.dates import date_label, period_bounds, precision_of

# Kinds of facts that are not events: what a caption or credit says is answerable but never an anniversary, a timeline
# entry or "what happened next".
NOT_EVENTS = frozenset({"caption"})

if TYPE_CHECKING:
    from bot.dates import Precision
    from bot.models import Fact

# caption: what a photo caption or credit says (kept for questions, never served as an event by today/timeline)
FactKind = Literal[
    "event", "contract", "program", "document", "figure", "person", "organization", "quote", "claim", "caption"
]
# the fact kinds whose name is also the noun of a thing a sum is paid for or worth ("the $40 million contract", "the
# $9 million program"): the rest (an event, a figure, a claim, a quote …) name no such thing, and "the bigger one" is
# said instead (answering's follow-ups, `_sums_noun`). A flag on the schema's kinds, as NOT_EVENTS is: no brief's words
SUM_THING_KINDS: frozenset[FactKind] = frozenset({"contract", "document", "program"})
EntityKind = Literal[
    "person", "organization", "company", "agency", "program", "document", "place", "media", "policy", "event"
]
# What a fact about an article itself (not what the article reports) describes: when it appeared, its headline, who
# reported it, what its photo shows, who took the photo, when it was updated, what it corrected. Such a fact cites only
# that article, and may quote its page furniture (credit and update lines are often listed as boilerplate).
ArticlePart = Literal["published", "headline", "reporter", "photo", "photo-credit", "updated", "correction"]


class CitationData(Protocol):
    @property
    def source(self) -> str: ...
    @property
    def quote(self) -> str: ...


class LinkData(Protocol):
    @property
    def fact(self) -> str: ...
    @property
    def note(self) -> str | None: ...


class FigureData(Protocol):
    @property
    def measure(self) -> str: ...
    @property
    def value(self) -> float: ...


class IndexedData(Protocol):
    """What a fact's search document is made of (`bot.search.fact_doc`): every `FactData` has it, and so does the
    `IndexedRow` a recompile reads from a row (bot/recompile.py)."""

    @property
    def id(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def statement(self) -> str: ...
    @property
    def topics(self) -> Sequence[str]: ...
    @property
    def entities(self) -> Sequence[str]: ...
    @property
    def keywords(self) -> Sequence[str]: ...
    @property
    def citations(self) -> Sequence[CitationData]: ...


class FactData(IndexedData, Protocol):
    """What reading a fact needs: the fields of `bot.models.Fact`, read-only (those of its search document, with
    `kind` one of the fact kinds, and the rest)."""

    @property
    def kind(self) -> FactKind: ...
    @property
    def date(self) -> str | None: ...
    @property
    def date_note(self) -> str | None: ...
    @property
    def related(self) -> Sequence[str]: ...
    @property
    def differs(self) -> Sequence[LinkData]: ...
    @property
    def figure(self) -> FigureData | None: ...
    @property
    def aliases(self) -> Sequence[str]: ...
    @property
    def note(self) -> str | None: ...
    @property
    def review(self) -> Literal["needed", "done"] | None: ...
    @property
    def describes(self) -> ArticlePart | None: ...
    @property
    def precision(self) -> Precision: ...
    @property
    def event_date(self) -> dt.date | None: ...


@dataclass(frozen=True, slots=True)
class CitedRecord:
    source: str
    quote: str


@dataclass(frozen=True, slots=True)
class LinkRecord:
    fact: str
    note: str | None


@dataclass(frozen=True, slots=True)
class FigureRecord:
    measure: str
    value: float


@dataclass(frozen=True, slots=True)
class FactRecord:
    """A validated fact read back from a snapshot row (see the module docstring)."""

    id: str
    kind: FactKind
    statement: str
    topics: tuple[str, ...]
    entities: tuple[str, ...]
    date: str | None
    date_note: str | None
    keywords: tuple[str, ...]
    citations: tuple[CitedRecord, ...]
    related: tuple[str, ...]
    differs: tuple[LinkRecord, ...]
    figure: FigureRecord | None
    aliases: tuple[str, ...]
    note: str | None
    review: Literal["needed", "done"] | None
    describes: ArticlePart | None = None

    @property
    def precision(self) -> Precision:
        return precision_of(self.date)

    @property
    def event_date(self) -> dt.date | None:
        """The date when known to the day; month- and year-precision facts have none."""
        return dt.date.fromisoformat(self.date) if self.date and self.precision == "day" else None


class SourceData(Protocol):
    """What reading a source needs: the fields and properties of `bot.models.Source`, read-only."""

    @property
    def id(self) -> str: ...
    @property
    def file(self) -> str: ...
    @property
    def outlet(self) -> str | None: ...
    @property
    def headline(self) -> str | None: ...
    @property
    def label(self) -> str | None: ...
    @property
    def published(self) -> str | None: ...
    @property
    def published_between(self) -> tuple[str, str] | None: ...
    @property
    def published_basis(self) -> Literal["stated", "derived", "unknown"]: ...
    @property
    def published_note(self) -> str | None: ...
    @property
    def boilerplate(self) -> list[str]: ...
    @property
    def published_window(self) -> tuple[dt.date, dt.date] | None: ...
    @property
    def published_label(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def published_day(self) -> str | None: ...


class _Published(Protocol):
    @property
    def file(self) -> str: ...
    @property
    def outlet(self) -> str | None: ...
    @property
    def label(self) -> str | None: ...
    @property
    def published(self) -> str | None: ...
    @property
    def published_between(self) -> tuple[str, str] | None: ...


class PublishedLabels:
    """How a source's date and name read, for `bot.models.Source` and `SourceRecord` alike (a mixin: no fields)."""

    __slots__ = ()

    @property
    def published_window(self: _Published) -> tuple[dt.date, dt.date] | None:
        """The first and last day the article can have been published, or None when unknown."""
        if self.published_between is not None:
            return dt.date.fromisoformat(self.published_between[0]), dt.date.fromisoformat(self.published_between[1])
        return period_bounds(self.published) if self.published else None

    @property
    def published_label(self: _Published) -> str:
        """'13 September 2019', or '13–19 September 2019' when the text only bounds the day."""
        if self.published_between is None:
            return date_label(self.published)
        first, last = (date_label(d) for d in self.published_between)
        if first == last:
            return first
        a, b = first.split(" ", 1), last.split(" ", 1)
        return f"{a[0]}–{last}" if a[1] == b[1] else f"{first} – {last}"

    @property
    def name(self: _Published) -> str:
        """How answers name the source: the outlet, else our label, else the file."""
        return self.outlet or self.label or self.file

    @property
    def published_day(self: _Published) -> str | None:
        return self.published if precision_of(self.published) == "day" else None


@dataclass(frozen=True, slots=True)
class SourceRecord(PublishedLabels):
    """A validated source as a snapshot keeps it."""

    id: str
    file: str
    outlet: str | None
    headline: str | None
    label: str | None
    published: str | None
    published_between: tuple[str, str] | None
    published_basis: Literal["stated", "derived", "unknown"]
    published_note: str | None
    boilerplate: list[str]


class EntityData(Protocol):
    """What reading a glossary entry needs: the fields of `bot.models.Entity`, read-only."""

    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def kind(self) -> EntityKind: ...
    @property
    def aliases(self) -> list[str]: ...
    @property
    def variant_note(self) -> str | None: ...
    @property
    def description(self) -> str: ...
    @property
    def citations(self) -> Sequence[CitationData]: ...


@dataclass(frozen=True, slots=True)
class EntityRecord:
    """A validated glossary entry as a snapshot keeps it."""

    id: str
    name: str
    kind: EntityKind
    aliases: list[str]
    variant_note: str | None
    description: str
    citations: list[CitedRecord]


class MetaData(Protocol):
    """What reading a brief's `brief.yaml` needs: the fields of `bot.models.BriefMeta`, read-only."""

    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def seeds(self) -> str: ...
    @property
    def topics(self) -> dict[str, str]: ...
    @property
    def synonyms(self) -> dict[str, list[str]]: ...
    @property
    def opposites(self) -> dict[str, list[str]]: ...


@dataclass(frozen=True, slots=True)
class MetaRecord:
    """A validated `brief.yaml` as a snapshot keeps it."""

    id: str
    title: str
    description: str
    seeds: str
    topics: dict[str, str]
    synonyms: dict[str, list[str]]
    opposites: dict[str, list[str]]


def source_record(source: SourceData) -> SourceRecord:
    return SourceRecord(
        id=source.id,
        file=source.file,
        outlet=source.outlet,
        headline=source.headline,
        label=source.label,
        published=source.published,
        published_between=source.published_between,
        published_basis=source.published_basis,
        published_note=source.published_note,
        boilerplate=list(source.boilerplate),
    )


def entity_record(entity: EntityData) -> EntityRecord:
    return EntityRecord(
        id=entity.id,
        name=entity.name,
        kind=entity.kind,
        aliases=list(entity.aliases),
        variant_note=entity.variant_note,
        description=entity.description,
        citations=[CitedRecord(c.source, c.quote) for c in entity.citations],
    )


def meta_record(meta: MetaData) -> MetaRecord:
    return MetaRecord(
        id=meta.id,
        title=meta.title,
        description=meta.description,
        seeds=meta.seeds,
        topics=dict(meta.topics),
        synonyms={k: list(v) for k, v in meta.synonyms.items()},
        opposites={k: list(v) for k, v in meta.opposites.items()},
    )


# one encoder for every row (json.dumps given options builds a new one per call)
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def row(fact: FactData) -> list[Any]:
    """A fact's fields as the JSON array that is its row in a snapshot (`encode`; compiling encodes it with orjson)."""
    figure = fact.figure
    return [
        fact.id,
        fact.kind,
        fact.statement,
        fact.topics,
        fact.entities,
        fact.date,
        fact.date_note,
        fact.keywords,
        [[c.source, c.quote] for c in fact.citations],
        fact.related,
        [[link.fact, link.note] for link in fact.differs],
        None if figure is None else [figure.measure, figure.value],
        fact.aliases,
        fact.note,
        fact.review,
        fact.describes,
    ]


def encode(fact: FactData) -> str:
    """A fact as one JSON array (its row in a snapshot)."""
    return _ENCODER.encode(row(fact))


_intern = sys.intern  # ids, kinds, topics and sources recur across facts: one string each, not one per fact


def _strings(values: list[Any]) -> tuple[str, ...]:
    return tuple([_intern(v) for v in values])


def decode(row: str, loads: Callable[[str], Any] = json.loads) -> FactRecord:
    """The record of a row `encode` wrote (the fact was validated when it was written); `loads` parses its JSON
    (compiling passes orjson's, which a serving process does not import)."""
    (ident, kind, statement, topics, entities, date, date_note, keywords, cites, related, differs, figure, aliases,
     note, review, describes) = loads(row)  # fmt: skip
    # positional, in field order: keywords cost a fact ~5 µs more to build (re-ranking reads ~20-100 cold facts a
    # question on a large brief)
    return FactRecord(
        ident,
        _intern(kind),  # type: ignore[arg-type]  # validated when the row was written
        statement,
        _strings(topics),
        _strings(entities),
        date,
        date_note,
        tuple(keywords),
        tuple([CitedRecord(_intern(source), quote) for source, quote in cites]),
        tuple(related),
        tuple([LinkRecord(fact, link_note) for fact, link_note in differs]),
        None if figure is None else FigureRecord(figure[0], float(figure[1])),
        tuple(aliases),
        note,
        review,
        describes,
    )


class _Quoted:
    __slots__ = ("quote", "source")

    def __init__(self, source: str, quote: str) -> None:
        self.source = source
        self.quote = quote


class IndexedRow:
    """The `IndexedData` of a row `encode` wrote, without the rest of its record: a recompile indexes the facts of
    unchanged files again from their rows, in under half of `decode`'s time."""

    __slots__ = ("citations", "entities", "id", "keywords", "kind", "statement", "topics")
    id: str
    kind: str
    statement: str
    topics: list[str]
    entities: list[str]
    keywords: list[str]
    citations: list[_Quoted]

    def __init__(self, row: str, loads: Callable[[str], Any] = json.loads) -> None:
        (self.id, self.kind, self.statement, self.topics, self.entities, _, _, self.keywords, cites, *_) = loads(row)
        self.citations = [_Quoted(source, quote) for source, quote in cites]


def as_fact(fact: FactData) -> Fact:
    """The pydantic model of a fact (for writing it out): itself when it is one, else validated from the record."""
    from bot.models import Fact

    if isinstance(fact, Fact):
        return fact
    assert isinstance(fact, FactRecord)
    return Fact.model_validate(asdict(fact))


def record_of(fact: FactData) -> FactRecord:
    """A validated fact as the record a snapshot serves for it."""
    return decode(encode(fact))
