"""The items an answer shows: a fact or glossary entry with its title and citations (kept per document), the
related ones beside the lead, and the latest source's date label.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.answering.compose.wording import TITLE, shorten, title_of
from bot.answering.retrieve import Hit, Retriever
from bot.answering.understand.question import Question
from bot.caches import Recent
from bot.dates import date_label
from bot.factbase import Brief
from bot.records import EntityData, FactData
from bot.replies import Citation, Item, Role
from bot.search import stems

MAX_RELATED = 2

MAX_CITED = 16_384  # facts whose shown citations, words and stems stay worked out (a large brief: bounded)


class Evidence:
    """Builds the items an answer shows, kept per document once worked out."""

    def __init__(self, brief: Brief, retriever: Retriever) -> None:
        self.brief = brief
        self.retriever = retriever
        self._cited: Recent[tuple[bool, str], tuple[Citation, ...]] = Recent(MAX_CITED)  # (entry?, id) -> citations
        self._titles: Recent[str, str] = Recent(MAX_CITED)  # fact id -> title (_title)

    def item(self, doc_id: str, role: Role = "best") -> Item:
        brief = self.brief
        if doc_id in brief.entities:
            entity = brief.entities[doc_id]
            statement = entity.description
            if entity.variant_note:
                statement = f"{statement} ({entity.variant_note})"
            statement = f"{entity.name}: {statement}"
            return Item(
                id=entity.id,
                kind="entity",
                statement=statement,
                title=shorten(f"{entity.name}: {entity.description}", TITLE),
                role=role,
                citations=self._shown_citations(entity.id, lambda: self._supporting(entity)[:2], entry=True),
            )
        fact = brief.facts[doc_id]
        return Item(
            id=fact.id,
            kind="fact",
            statement=fact.statement,
            title=self._title(fact),
            date=fact.date,
            date_label=date_label(fact.date),
            role=role,
            citations=self._shown_citations(
                fact.id, lambda: [self.brief.citation(fact.id, ref) for ref in fact.citations[:2]], entry=False
            ),
        )

    def _title(self, fact: FactData) -> str:
        """`title_of` the fact's statement, kept per fact: an answer shows two or three facts, the same ones again
        and again (a split and a cut of its statement each time: about half of building an item)."""
        found = self._titles.get(fact.id)
        if found is None:
            found = self._titles.put(fact.id, title_of(fact.statement))
        return found

    def _shown_citations(self, doc_id: str, cite: Callable[[], list[Citation]], *, entry: bool) -> list[Citation]:
        """The citations an item shows (`cite`: a fact's first two, a glossary entry's best supporting one), kept
        per document once worked out."""
        key = (entry, doc_id)
        found = self._cited.get(key)
        if found is None:
            found = self._cited.put(key, tuple(cite()))
        return list(found)

    def _supporting(self, entity: EntityData) -> list[Citation]:
        """A glossary entry's citations, the one sharing most (rare) words with its description first: the source
        shown for "Ada Lind: the guild's keeper. She defended …" is the one that says so, not the first listed."""
        described = set(stems(entity.description))
        index = self.retriever.index

        def support(c: Citation) -> float:
            return sum(index.idf(s) for s in described & set(stems(c.quote)))

        cites = self.brief.citations(entity)
        return sorted(cites, key=lambda c: -support(c))

    def related(self, best: Hit, ranked: list[Hit], q: Question, seen: set[str]) -> list[Item]:
        brief = self.brief
        out: list[Item] = []
        order = {h.id: i for i, h in enumerate(ranked)}
        if best.id in brief.facts:
            linked = [d for d in brief.related[best.id] if d in order and d not in seen]
            for other in sorted(linked, key=lambda d: order[d])[:MAX_RELATED]:
                out.append(self.item(other, "related"))
                seen.add(other)
        for hit in ranked[1:]:
            if len(out) >= MAX_RELATED:
                break
            if hit.id in seen or hit.id in brief.entities or hit.coverage < 0.5 or hit.score < 0.6 * best.score:
                continue
            out.append(self.item(hit.id, "related"))
            seen.add(hit.id)
        return out


def latest_source_label(item: Item) -> str:
    dated = sorted(item.citations, key=lambda c: c.published or "", reverse=True)
    return dated[0].published_label if dated and dated[0].published_label else "their publication"
