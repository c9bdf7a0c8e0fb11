"""The reply to a question, as plain frozen, slotted objects: what `Core.ask` returns and every adapter draws.

They carry meaning (a lead sentence, evidence with quotes, differing figures, related titles), never markup. The
answering pipeline builds them from records it has already checked, so they validate nothing and need no pydantic:
`palantir-ice ask` answers without importing it (bot/models.py re-exports them beside the other reply models).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Role = Literal["best", "related", "differs"]
QuestionKind = Literal[
    "amount",
    "count",
    "date",
    "who",
    "where",
    "what-is",
    "why-how",
    "yes-no",
    "comparison",
    "list",
    "quote",
    "topic",
    "small-talk",
    "malformed",
    "non-english",
]
Outcome = Literal["answered", "no_match", "off_topic", "empty", "too_long", "rate_limited", "small_talk", "non_english"]


def article_label(name: str, published_label: str | None) -> str:
    """An article as an answer names it: "The Gazette, May 2019" (its name alone when it carries no date)."""
    return f"{name}, {published_label}" if published_label else name


@dataclass(frozen=True, slots=True)
class Citation:
    """A citation ready to show: the outlet, the date and the exact words."""

    fact_id: str
    source_id: str
    source_file: str
    outlet: str | None
    source_name: str
    published: str | None
    published_label: str
    quote: str

    @property
    def label(self) -> str:
        """The article as an answer names it (`article_label`)."""
        return article_label(self.source_name, self.published_label)

    def to_json(self) -> dict[str, Any]:
        """The citation shape of the CLI's JSON contract."""
        return {
            "fact_id": self.fact_id,
            "source_file": self.source_file,
            "outlet": self.outlet,
            "published": self.published,
            # when an article gives no single day ("13–19 September 2019"), what it can be dated to, as in the text
            "published_label": self.published_label,
            "quote": self.quote,
        }


@dataclass(frozen=True, slots=True)
class Item:
    """One fact or glossary entry inside a reply, with why it is there.

    `best` items are the evidence the lead rests on (several for a list or a comparison), `differs` items report
    the same thing with a different figure, `related` items are shown as their short `title` only.
    """

    id: str
    kind: Literal["fact", "entity"]
    statement: str
    title: str = ""
    date: str | None = None
    date_label: str = ""
    role: Role = "best"
    citations: list[Citation] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Answer:
    """A reply to a question: meaning, not layout.

    `lead` is one sentence stating the asked value first; `items` are the evidence (role `best`), differing figures
    (`differs`) and related facts (`related`, shown by title); `text` is the plain-text rendering the console and
    CLI print (bot/answering/render.py); Slack and Discord draw from the structure instead.
    """

    question: str
    answered: bool
    outcome: Outcome
    text: str
    kind: QuestionKind = "topic"
    lead: str = ""
    note: str = ""  # a caveat after the lead, such as what the sources cannot establish as of their dates
    more: int = 0  # list answers: how many matching facts were left out
    items: list[Item] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    read_as: str = ""  # a follow-up as it was read with the conversation's last question ("when did X start")
    # the lead opens with the bot's own "Yes", as the rule wording it says (Lead.says_yes); any rewrite of the lead
    # says it anew (False unless it keeps that "Yes")
    says_yes: bool = False

    @property
    def evidence(self) -> list[Item]:
        return [item for item in self.items if item.role == "best"]

    @property
    def differing(self) -> list[Item]:
        return [item for item in self.items if item.role == "differs"]

    @property
    def related_items(self) -> list[Item]:
        return [item for item in self.items if item.role == "related"]

    @property
    def citations(self) -> list[Citation]:
        return [c for item in self.items for c in item.citations]

    @property
    def related(self) -> list[str]:
        return [item.id for item in self.items if item.role != "best"]

    def dump_json(self) -> str:
        """Every field, nested objects included, in declaration order, as compact JSON (UTF-8 text, not escaped to
        ASCII): the whole answer, for comparing answers (benchmarks/answers_digest.py hashes it). Not the CLI's
        contract, which is `to_json`."""
        return json.dumps(asdict(self), ensure_ascii=False, separators=(",", ":"))

    def to_json(self) -> dict[str, Any]:
        """The `ask --json` contract: the original fields, then the structure."""

        def item(i: Item) -> dict[str, Any]:
            return {
                "id": i.id,
                "statement": i.statement,
                "date": i.date,
                "citations": [c.to_json() for c in i.citations],
            }

        return {
            "question": self.question,
            "answered": self.answered,
            "text": self.text,
            # what the answer rests on: the evidence and the differing figures it shows, not the related facts,
            # which `related` names (a $12 million answer had carried the quote of a $21 million contract)
            "citations": [c.to_json() for i in self.items if i.role != "related" for c in i.citations],
            "related": self.related,
            "outcome": self.outcome,
            "kind": self.kind,
            "lead": self.lead,
            "note": self.note,
            "evidence": [item(i) for i in self.evidence],
            "differs": [item(i) for i in self.differing],
            "related_titles": [{"id": i.id, "title": i.title} for i in self.related_items],
            "more": self.more,
            "suggestions": self.suggestions,
            "read_as": self.read_as,
        }
