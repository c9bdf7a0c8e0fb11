"""Pydantic models at the core's boundaries: the brief as curated on disk, and the replies adapters draw.

Brief models are frozen and forbid unknown keys, so a typo in a YAML file is an error rather than lost data.
Reply models carry meaning (text, citations, links), never markup: each adapter renders them natively. The answer
to a question (`Answer`, `Item`, `Citation`) is plain slotted objects (bot/replies.py), and the partial-date
helpers live in bot/dates.py, so the serving path needs no pydantic; both are re-exported here.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from bot.dates import MONTHS as MONTHS
from bot.dates import Precision as Precision
from bot.dates import check_partial_date as check_partial_date
from bot.dates import date_label as date_label
from bot.dates import period_bounds as period_bounds
from bot.dates import precision_of as precision_of
from bot.factbase import DEFAULT_SEEDS
from bot.records import ArticlePart as ArticlePart
from bot.records import EntityKind as EntityKind
from bot.records import FactKind as FactKind
from bot.records import PublishedLabels
from bot.replies import Answer as Answer
from bot.replies import Citation as Citation
from bot.replies import Item as Item
from bot.replies import Outcome as Outcome
from bot.replies import QuestionKind as QuestionKind
from bot.replies import Role as Role

SLUG = r"^[a-z0-9][a-z0-9-]*$"
Slug = Annotated[str, Field(pattern=SLUG, max_length=120)]


class Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


def _words_to_str(value: Any) -> Any:
    """YAML reads a bare 2017 or 6200 in a word list as a number; in keywords and aliases it is a word."""
    if isinstance(value, list):
        return [str(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else v for v in value]
    return value


def _date_to_str(value: Any) -> Any:
    """YAML turns 2019-09-13 into a date and 2019 into an int; the brief keeps them as text with a precision."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


class CitationRef(Strict):
    """A citation as curated: which source, and the verbatim words it rests on."""

    source: Slug
    quote: str = Field(min_length=3, max_length=400)


class Source(Strict, PublishedLabels):
    """An article of the brief (its date and name as answers give them: `PublishedLabels`)."""

    id: Slug
    file: str
    outlet: str | None = None
    headline: str | None = None
    label: str | None = None
    published: str | None = None
    # When the text bounds the day without giving it: the first and last possible day, inside `published`.
    published_between: tuple[str, str] | None = None
    published_basis: Literal["stated", "derived", "unknown"] = "unknown"
    published_note: str | None = None
    boilerplate: list[str] = Field(default_factory=list)

    _to_str = field_validator("published", mode="before")(_date_to_str)
    _between_to_str = field_validator("published_between", mode="before")(
        lambda v: [_date_to_str(x) for x in v] if isinstance(v, (list, tuple)) else v
    )

    @field_validator("published")
    @classmethod
    def _valid_published(cls, value: str | None) -> str | None:
        return check_partial_date(value)

    @field_validator("published_between")
    @classmethod
    def _valid_between(cls, value: tuple[str, str] | None) -> tuple[str, str] | None:
        if value is None:
            return None
        for day in value:
            if precision_of(check_partial_date(day)) != "day":
                raise ValueError(f"published_between takes two YYYY-MM-DD days, not {day!r}")
        if value[0] > value[1]:
            raise ValueError(f"published_between runs backwards: {value[0]} is after {value[1]}")
        return value


class Entity(Strict):
    id: Slug
    name: str = Field(min_length=1)
    kind: EntityKind
    aliases: list[str] = Field(default_factory=list)
    variant_note: str | None = None
    description: str = Field(min_length=3)
    citations: list[CitationRef] = Field(min_length=1)

    _aliases = field_validator("aliases", mode="before")(_words_to_str)


class Figure(Strict):
    """The number a fact reports, so that only like figures can be said to differ."""

    measure: Slug  # money | count | …: facts differ only with facts of the same measure
    value: float = Field(ge=0)


class Link(Strict):
    """A `differs` link: the other fact, and why the two figures may describe the same thing."""

    fact: Slug
    note: str | None = None


def _links(value: Any) -> Any:
    """`differs: [other-id]` is shorthand for `differs: [{fact: other-id}]`."""
    if isinstance(value, list):
        return [{"fact": v} if isinstance(v, str) else v for v in value]
    return value


class Fact(Strict):
    id: Slug
    kind: FactKind
    statement: str = Field(min_length=3, max_length=600)
    topics: list[str] = Field(default_factory=list)
    entities: list[str] = Field(default_factory=list)
    date: str | None = None
    date_note: str | None = None
    keywords: list[str] = Field(default_factory=list)
    citations: list[CitationRef] = Field(min_length=1)
    related: list[str] = Field(default_factory=list)
    differs: list[Link] = Field(default_factory=list)
    figure: Figure | None = None
    aliases: list[Slug] = Field(default_factory=list)  # former ids (merged facts) that still resolve to this one
    note: str | None = None
    review: Literal["needed", "done"] | None = None  # set by `palantir-ice draft`; validate refuses "needed"
    describes: ArticlePart | None = None  # a fact about its own article: its reporter, photo, update line…

    _to_str = field_validator("date", mode="before")(_date_to_str)
    _keywords = field_validator("keywords", mode="before")(_words_to_str)
    _differs = field_validator("differs", mode="before")(_links)

    @field_validator("date")
    @classmethod
    def _valid_date(cls, value: str | None) -> str | None:
        return check_partial_date(value)

    @property
    def precision(self) -> Precision:
        return precision_of(self.date)

    @property
    def event_date(self) -> dt.date | None:
        """The date when known to the day; month- and year-precision facts have none."""
        return dt.date.fromisoformat(self.date) if self.date and self.precision == "day" else None


class BriefMeta(Strict):
    id: Slug
    title: str
    description: str = ""
    seeds: str = DEFAULT_SEEDS
    topics: dict[str, str] = Field(default_factory=dict)
    synonyms: dict[str, list[str]] = Field(default_factory=dict)

    # words or phrases stating the opposite of an act ("cancel": ["keep", "kept"]): a fact stating the opposite of
    # what a yes/no question asks, in its own voice, settles it with "No"
    opposites: dict[str, list[str]] = Field(default_factory=dict)

    # a brief generated for measuring (tests/generated.py) numbers its made-up variants in its statements: loading
    # it runs every check but lets those figures pass (`validate` still refuses them); never set in a brief that
    # answers people
    made_up_figures: bool = False

    _synonyms = field_validator("synonyms", "opposites", mode="before")(
        lambda v: {str(k): _words_to_str(list(x)) for k, x in v.items()} if isinstance(v, dict) else v
    )


# --- replies -----------------------------------------------------------------------------------------------


class DatedItem(BaseModel):
    model_config = ConfigDict(frozen=True, defer_build=True)

    fact_id: str
    event_date: str
    date_label: str
    years_ago: int
    days_away: int = 0
    text: str
    citations: list[Citation]


class OnThisDate(BaseModel):
    """Anniversaries of `date`; when `nearest` is true the items are within a week of it, not on it."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    date: dt.date
    items: list[DatedItem]  # every anniversary, the most telling first
    nearest: bool = False
    text: str  # one screen: the first items, then "and N more" with the commands that show the rest
    shown: int = 0  # how many of `items` the text shows
    more: list[str] = []  # commands that show the rest, e.g. ["timeline 2019-09"]

    @property
    def heading(self) -> str:
        return f"On this date: {self.date.day} {MONTHS[self.date.month - 1]}"

    def to_json(self) -> dict[str, Any]:
        return {
            "date": self.date.isoformat(),
            "items": [
                {
                    "fact_id": i.fact_id,
                    "event_date": i.event_date,
                    "years_ago": i.years_ago,
                    "text": i.text,
                    "citations": [c.to_json() for c in i.citations],
                }
                for i in self.items
            ],
            "nearest": self.nearest,
        }


class TimelineEntry(BaseModel):
    model_config = ConfigDict(frozen=True, defer_build=True)

    fact_id: str
    date: str
    date_label: str
    precision: Precision
    text: str
    topics: list[str]
    citations: list[Citation]


class Timeline(BaseModel):
    model_config = ConfigDict(frozen=True, defer_build=True)

    year: int | None = None
    month: int | None = None  # with a year: one month ("timeline 2019-09")
    topic: str | None = None
    entries: list[TimelineEntry]
    text: str

    def to_json(self) -> dict[str, Any]:
        return {
            "year": self.year,
            **({"month": self.month} if self.month is not None else {}),
            "topic": self.topic,
            "entries": [
                e.model_dump(exclude={"citations"}) | {"sources": [c.source_file for c in e.citations]}
                for e in self.entries
            ],
        }


class SourceView(BaseModel):
    model_config = ConfigDict(frozen=True, defer_build=True)

    id: str
    file: str
    name: str
    outlet: str | None
    headline: str | None
    published: str | None
    published_label: str
    published_note: str | None
    fact_count: int


class SourcesList(BaseModel):
    """The articles `sources` lists: all, or those a filter named (`note` says which, or that it named none)."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    sources: list[SourceView]  # what is shown: every article when a filter named none of them (`found` False)
    text: str
    note: str | None = None  # "No article matches “gazette 2018” …", shown above the list by every renderer
    found: bool = True


class FactView(BaseModel):
    """One fact in full, for `fact ID`."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    found: bool
    id: str
    item: Item | None = None
    related: list[str] = Field(default_factory=list)
    differs: list[str] = Field(default_factory=list)
    suggestions: list[str] = Field(default_factory=list)
    text: str


class Notice(BaseModel):
    """A short message: help, a usage error, a refusal, a subscription change."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    kind: Literal["help", "usage", "info", "error", "rate_limited"] = "info"
    text: str
    ephemeral: bool = True


Reply = Answer | OnThisDate | Timeline | SourcesList | FactView | Notice
