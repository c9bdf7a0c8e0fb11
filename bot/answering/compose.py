"""Step 5: the Answer's structure for the question's kind: a lead sentence, evidence, differing figures, titles.

- amount, count and date questions lead with the value ("$150 million: …");
- comparisons fetch each side, state both figures with their sources and which is larger;
- lists enumerate every matching fact compactly (date, statement, source), capped with "and N more";
- yes/no questions lead with the settling fact, and say when the question asks about today while the sources
  stop at their dates;
- quote questions lead with the words and who said them;
- differing figures are shown only when the question asks for a figure and the figures really differ.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot import messages
from bot.answering.retrieve import Hit, Retriever
from bot.answering.understand import Question
from bot.brief import Brief
from bot.models import Answer, Entity, Fact, Item, Role, date_label
from bot.search import stem
from bot.text import STOPWORDS, words

MAX_LIST = 5
MAX_RELATED = 2
MAX_DIFFERS = 2
MAX_FIGURES = 5
TITLE = 80  # characters of a related fact's title

AMOUNT = re.compile(r"\$\s?\d[\d,.]*(?:\s(?:million|billion|thousand))?|\b\d[\d,.]*\s(?:million|billion)\s(?:dollars)")
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
NUMBER = re.compile(
    r"(?<![\w$])\d{1,3}(?:,\d{3})+(?!\d)"
    rf"|(?<![\w$.,])(?!(?:19|20)\d\d\b)\d+(?:\.\d+)?\b(?!,\d)(?!\s(?:{_MONTHS})\b)"
)
COMPARATIVE_LESS = frozenset({"less", "fewer", "smaller", "lower"})


def shorten(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word boundary with an ellipsis: never half a word."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:—-") + "…"


_SENTENCE = re.compile(r"(?<=[a-z0-9)]{2}\.)\s+(?=[A-Z])|;\s")


def title_of(statement: str) -> str:
    first = _SENTENCE.split(statement, maxsplit=1)[0].rstrip(".;")
    return shorten(first, TITLE)


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", "").replace("$", "").split()[0])
    except (ValueError, IndexError):
        return None


class Composer:
    def __init__(self, brief: Brief, retriever: Retriever) -> None:
        self.brief = brief
        self.retriever = retriever

    # -- items -----------------------------------------------------------------------------------------------

    def item(self, doc_id: str, role: Role = "best") -> Item:
        brief = self.brief
        obj: Fact | Entity
        if doc_id in brief.entities:
            obj = brief.entities[doc_id]
            statement = obj.description
            if obj.variant_note:
                statement = f"{statement} ({obj.variant_note})"
            statement = f"{obj.name}: {statement}"
            return Item(
                id=obj.id,
                kind="entity",
                statement=statement,
                title=shorten(f"{obj.name}: {obj.description}", TITLE),
                role=role,
                citations=brief.citations(obj)[:1],
            )
        obj = brief.facts[doc_id]
        return Item(
            id=obj.id,
            kind="fact",
            statement=obj.statement,
            title=title_of(obj.statement),
            date=obj.date,
            date_label=date_label(obj.date),
            role=role,
            citations=brief.citations(obj)[:2],
        )

    # -- per kind --------------------------------------------------------------------------------------------

    def compose(self, q: Question, ranked: list[Hit], best: Hit, *, generic: bool = False) -> Answer:
        if q.kind == "comparison" and q.sides:
            compared = self._comparison(q, ranked)
            if compared is not None:
                return compared
        if q.kind == "list":
            return self._list(q, ranked, best)
        lead_item = self.item(best.id)
        lead = self._lead(q, lead_item)
        items = [lead_item]
        seen = {best.id}
        if q.kind in ("amount", "count") and best.id in self.brief.facts:
            # A question that names no particular figure ("how much is the contract?") gets every figure the
            # sources give for it, by date; a particular one gets the best and at most two that differ.
            limit = MAX_FIGURES if generic else MAX_DIFFERS
            others = [self.item(o, "differs") for o in self._differing(best.id, ranked if not generic else None)]
            others = sorted(others[:limit], key=lambda i: (i.date or "9999", i.id))
            items += others
            seen.update(i.id for i in others)
        items += self._related(best, ranked, q, seen)
        note = ""
        if q.kind == "yes-no" and q.current:
            note = messages.AS_OF_SOURCES.format(date=self._latest_source_label(lead_item))
        return Answer(
            question="", answered=True, outcome="answered", text="", kind=q.kind, lead=lead, note=note, items=items
        )

    def _lead(self, q: Question, item: Item) -> str:
        statement = item.statement
        if q.kind == "quote" and item.citations and item.kind == "fact":
            speaker = self._speaker(item.id, q)
            said = item.citations[0].quote.strip()
            if any(mark in said for mark in '"“”'):
                return said  # the quote carries its own speech marks and says who spoke
            return f"{speaker}: “{said}”" if speaker else f"“{said}”"
        value = ""
        if q.kind == "amount":
            found = AMOUNT.search(statement)
            value = found.group(0) if found else ""
        elif q.kind == "count":
            found = NUMBER.search(statement)
            value = found.group(0) if found else ""
        elif q.kind == "date" and item.date_label:
            value = item.date_label
        if value and not statement.startswith(value):
            return f"{value}: {statement}"
        return statement

    def _speaker(self, fact_id: str, q: Question) -> str:
        fact = self.brief.facts[fact_id]
        people = [e for e in fact.entities if e in self.brief.entities and self.brief.entities[e].kind == "person"]
        named = [e for e in people if e in q.entities]
        chosen = (named or people)[:1]
        return self.brief.entities[chosen[0]].name if chosen else ""

    def _latest_source_label(self, item: Item) -> str:
        dated = sorted(item.citations, key=lambda c: c.published or "", reverse=True)
        return dated[0].published_label if dated and dated[0].published_label else "their publication"

    def _differing(self, best_id: str, ranked: list[Hit] | None) -> list[str]:
        """Facts linked as differing whose amount is really another figure than the best fact's: among the
        candidates when `ranked` is given, else all of them."""
        brief = self.brief
        order = {h.id: i for i, h in enumerate(ranked or [])}
        mine = {m.group(0) for m in AMOUNT.finditer(brief.facts[best_id].statement)}
        out = []
        for other in sorted(brief.differs[best_id], key=lambda d: (order.get(d, 99), d)):
            theirs = {m.group(0) for m in AMOUNT.finditer(brief.facts[other].statement)}
            if theirs and theirs != mine and (ranked is None or other in order):
                out.append(other)
        return out

    def _related(self, best: Hit, ranked: list[Hit], q: Question, seen: set[str]) -> list[Item]:
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

    def _list(self, q: Question, ranked: list[Hit], best: Hit) -> Answer:
        """Every fact that answers about as well as the best one, by date; the rest counted."""
        floor = max(0.5, best.coverage * 0.8)
        chosen = [h for h in ranked if h.id in self.brief.facts and h.coverage >= floor and h.score >= 0.5 * best.score]
        if best.id in self.brief.facts and best not in chosen:
            chosen.insert(0, best)
        if not chosen:
            chosen = [best]
        top = chosen[0].id
        shown = chosen[:MAX_LIST]
        more = len(chosen) - len(shown)
        items = [self.item(h.id) for h in shown]
        items.sort(key=lambda i: (i.id != top, i.date or "9999", i.id))  # the best match first, then by date
        lead = self._lead(q, items[0])
        if len(items) > 1:
            lead = f"{messages.LIST_LEAD.format(count=len(chosen))} {lead}"
        return Answer(
            question="", answered=True, outcome="answered", text="", kind="list", lead=lead, items=items, more=more
        )

    # -- comparisons -----------------------------------------------------------------------------------------

    def _comparison(self, q: Question, ranked: list[Hit]) -> Answer | None:
        sides = []
        for side in q.sides:
            found = self._side_figure(q, side)
            if found is None:
                return None
            sides.append(found)
        (fact_a, fig_a, val_a), (fact_b, fig_b, val_b) = sides
        if val_a == val_b and fact_a == fact_b and fig_a == fig_b:
            return None
        less = any(w in COMPARATIVE_LESS for w in q.words)
        first, second = (sides[0], sides[1]) if (val_a >= val_b) != less else (sides[1], sides[0])
        src = {fid: self._source_label(fid) for fid in (fact_a, fact_b)}
        if fact_a == fact_b:
            lead = f"{first[1]} vs {second[1]} ({src[fact_a]})."
        else:
            lead = f"{first[1]} ({src[first[0]]}) vs {second[1]} ({src[second[0]]})."
        items = [self.item(first[0])]
        if second[0] != first[0]:
            items.append(self.item(second[0]))
        seen = {i.id for i in items}
        items += self._related(ranked[0], ranked, q, seen) if ranked else []
        return Answer(
            question="", answered=True, outcome="answered", text="", kind="comparison", lead=lead, items=items
        )

    def _source_label(self, fact_id: str) -> str:
        cites = self.brief.citations(self.brief.facts[fact_id])
        return cites[0].source_name if cites else ""

    def _side_figure(self, q: Question, side: list[str]) -> tuple[str, str, float] | None:
        """The fact that best gives a figure for one side, that figure with the words after it, and its value."""
        sub = replace(q, search=side + [w for w in q.search if w not in side], terms=side, leftover=side, sides=[])
        side_stems = {stem(w) for w in side}
        best: tuple[float, str, str, float] | None = None
        for hit in self.retriever.rank(sub)[:8]:
            fact = self.brief.facts.get(hit.id)
            if fact is None:
                continue
            for figure, value, near in self._figures(fact.statement, side_stems):
                score = hit.score + 0.6 * near
                if best is None or score > best[0]:
                    best = (score, hit.id, figure, value)
        return None if best is None else (best[1], best[2], best[3])

    @staticmethod
    def _figures(statement: str, side_stems: set[str]) -> list[tuple[str, float, int]]:
        """Each number in a statement with up to three words after it (as far as the side's last word), its value,
        and how many of the side's words stand right after it."""
        out = []
        for m in list(AMOUNT.finditer(statement)) or list(NUMBER.finditer(statement)):
            value = _number(m.group(0))
            if value is None:
                continue
            after = statement[m.end() :].split()[:3]
            stems_after = [stem(w) for w in (words(" ".join(after)) or [""])]
            keep = 1
            near = 0
            for i, s in enumerate(stems_after):
                if s in side_stems:
                    keep, near = i + 1, near + 1
            tail = [w.strip(",.;:") for w in after[:keep] if w.strip(",.;:").lower() not in STOPWORDS or keep > 1]
            figure = " ".join([m.group(0), *tail]).strip()
            out.append((figure, value, near))
        return out
