"""Facts as the serving path reads them: plain, slotted, read-only records, and the protocol both kinds satisfy.

pydantic validates a fact once, when the brief is loaded (`bot/brief.py`) or compiled (`bot/snapshot.py`). A
process serving from a snapshot reads each fact's row into a `FactRecord` instead: the same fields and the same
`precision` / `event_date`, no validator run and no per-instance dict (about a third of the memory of a `Fact`, and
built several times faster). Code that only reads facts takes a `FactData`, which both `Fact` and `FactRecord` are.

A row is the fact's fields as one JSON array, in `FIELDS` order (`encode` / `decode`).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any, Literal, Protocol

from bot.dates import precision_of

if TYPE_CHECKING:
    from bot.dates import Precision
    from bot.models import Fact

# caption: what a photo caption or credit says (kept for questions, never served as an event by today/timeline)
FactKind = Literal[
    "event", "contract", "program", "document", "figure", "person", "organization", "quote", "claim", "caption"
]
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


class FactData(Protocol):
    """What reading a fact needs: the fields of `bot.models.Fact`, read-only."""

    @property
    def id(self) -> str: ...
    @property
    def kind(self) -> FactKind: ...
    @property
    def statement(self) -> str: ...
    @property
    def topics(self) -> list[str]: ...
    @property
    def entities(self) -> list[str]: ...
    @property
    def date(self) -> str | None: ...
    @property
    def date_note(self) -> str | None: ...
    @property
    def keywords(self) -> list[str]: ...
    @property
    def citations(self) -> Sequence[CitationData]: ...
    @property
    def related(self) -> list[str]: ...
    @property
    def differs(self) -> Sequence[LinkData]: ...
    @property
    def figure(self) -> FigureData | None: ...
    @property
    def aliases(self) -> list[str]: ...
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
    topics: list[str]
    entities: list[str]
    date: str | None
    date_note: str | None
    keywords: list[str]
    citations: list[CitedRecord]
    related: list[str]
    differs: list[LinkRecord]
    figure: FigureRecord | None
    aliases: list[str]
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


# one encoder for every row (json.dumps given options builds a new one per call)
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def encode(fact: FactData) -> str:
    """A fact as one JSON array (its row in a snapshot)."""
    figure = fact.figure
    return _ENCODER.encode(
        [
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
    )


_intern = sys.intern  # ids, kinds, topics and sources recur across facts: one string each, not one per fact


def _strings(values: list[Any]) -> list[str]:
    return [_intern(v) for v in values]


def decode(row: str) -> FactRecord:
    """The record of a row `encode` wrote (the fact was validated when it was written)."""
    (ident, kind, statement, topics, entities, date, date_note, keywords, cites, related, differs, figure, aliases,
     note, review, describes) = json.loads(row)  # fmt: skip
    return FactRecord(
        id=ident,
        kind=_intern(kind),  # type: ignore[arg-type]  # validated when the row was written
        statement=statement,
        topics=_strings(topics),
        entities=_strings(entities),
        date=date,
        date_note=date_note,
        keywords=keywords,
        citations=[CitedRecord(_intern(source), quote) for source, quote in cites],
        related=related,
        differs=[LinkRecord(fact, link_note) for fact, link_note in differs],
        figure=None if figure is None else FigureRecord(figure[0], float(figure[1])),
        aliases=aliases,
        note=note,
        review=review,
        describes=describes,
    )


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
