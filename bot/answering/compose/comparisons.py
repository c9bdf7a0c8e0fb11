"""Comparison answers: each side's figure (or date) with its source, and which is the larger (or earlier)."""

from __future__ import annotations

from dataclasses import replace

from bot import messages
from bot.answering.compose.dates import planned_as
from bot.answering.compose.evidence import Evidence
from bot.answering.compose.figures import AMOUNT, NUMBER
from bot.answering.compose.wording import is_year, us_date
from bot.answering.retrieve import Hit, Retriever
from bot.answering.understand.lexicon import EARLIER
from bot.answering.understand.question import Question
from bot.caches import Recent
from bot.factbase import Brief
from bot.replies import Answer
from bot.search import stem
from bot.text import STOPWORDS, words

MAX_NUMBERED = 2_048  # statements whose figures stay worked out for comparisons (~1 KB each with the statement)

COMPARATIVE_LESS = frozenset({"less", "fewer", "smaller", "lower"})

UNIT_WORDS = frozenset({"million", "billion", "thousand", "dollars", "dollar"})


def _bare(side: list[str]) -> bool:
    """A comparison side that is only a figure ("9 million"), or named by one with at most one word after it ("the
    9 million one", "the 9m contracts"): the figures are what tells the sides apart, so the answer says which figure
    is the larger ("more for the 9 million contracts" read as nonsense; fresh tester 35)."""
    figure = [w.replace(".", "", 1).isdigit() or w in UNIT_WORDS for w in side]
    if all(figure):
        return True
    named = bool(side) and figure[0] and not is_year(side[0])
    return named and sum(1 for f in figure if not f) <= 1 and not any(figure[figure.index(False) :])


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", "").replace("$", "").split()[0])
    except (ValueError, IndexError):
        return None


class Comparisons:
    """Answers a comparison of two sides."""

    def __init__(self, brief: Brief, retriever: Retriever, evidence: Evidence) -> None:
        self.brief = brief
        self.retriever = retriever
        self.evidence = evidence
        self._numbers_kept: Recent[str, tuple[tuple[str, float, list[str], list[str]], ...]] = Recent(MAX_NUMBERED)

    def comparison(self, q: Question, ranked: list[Hit]) -> Answer | None:
        if any(w in EARLIER for w in q.words):
            return self._date_comparison(q, ranked)
        sides = []
        for side in q.sides:
            found = self._side_figure(q, side)
            if found is None:
                return None
            sides.append(found)
        (fact_a, fig_a, val_a), (fact_b, fig_b, val_b) = sides
        if fact_a == fact_b and fig_a == fig_b:
            return None
        less = any(w in COMPARATIVE_LESS for w in q.words)
        first_i = 0 if (val_a >= val_b) != less else 1
        first, second = sides[first_i], sides[1 - first_i]
        src = {fid: self._source_label(fid) for fid in (fact_a, fact_b)}
        if fact_a == fact_b:
            lead = f"{first[1]} vs {second[1]} ({src[fact_a]})"
        else:
            lead = f"{first[1]} ({src[first[0]]}) vs {second[1]} ({src[second[0]]})"
        bare = all(_bare(side) for side in q.sides)  # "$9M vs $10M": the figures are the sides' names
        if val_a != val_b:
            if bare:
                template = messages.COMPARE_SMALLER_FIGURE if less else messages.COMPARE_LARGER_FIGURE
                lead += ": " + template.format(figure=first[1])
            else:
                template = messages.COMPARE_LESS if less else messages.COMPARE_MORE
                lead += ": " + template.format(side=q.side_names[first_i])
        answer = self._compared(q, ranked, lead + ".", [first[0], second[0]])
        if fact_b in self.brief.differs[fact_a]:  # the brief links them: perhaps one thing counted two ways
            answer = replace(answer, note=messages.MAY_BE_THE_SAME.format(a=fact_a, b=fact_b))
        return answer

    def _date_comparison(self, q: Question, ranked: list[Hit]) -> Answer | None:
        """'which came first, X or Y': each side's best dated fact (one that took place before one only planned),
        the earlier first."""
        found = []
        for side in q.sides:
            sub = replace(q, search=side, terms=side, leftover=side, sides=[])
            dated = [
                h for h in self.retriever.rank(sub)[:5] if h.id in self.brief.facts and self.brief.facts[h.id].date
            ]
            if not dated:
                return None
            held = [h for h in dated if not planned_as(self.brief.facts[h.id].statement)]  # not one only planned
            found.append(self.brief.facts[(held or dated)[0].id])
        a, b = found
        if a.id == b.id or a.date == b.date:
            return None
        first_i = 0 if (a.date or "") < (b.date or "") else 1
        first, second = found[first_i], found[1 - first_i]
        names = q.side_names
        lead = (
            f"{us_date(first.date or '')} ({names[first_i]}) vs {us_date(second.date or '')} ({names[1 - first_i]}): "
            + messages.COMPARE_EARLIER.format(side=names[first_i])
            + "."
        )
        return self._compared(q, ranked, lead, [first.id, second.id])

    def _compared(self, q: Question, ranked: list[Hit], lead: str, ids: list[str]) -> Answer:
        items = [self.evidence.item(ids[0])]
        if ids[1] != ids[0]:
            items.append(self.evidence.item(ids[1]))
        seen = {i.id for i in items}
        if ranked:
            items += self.evidence.related(ranked[0], ranked, q, seen)
        return Answer(
            question="", answered=True, outcome="answered", text="", kind="comparison", lead=lead, items=items
        )

    def _source_label(self, fact_id: str) -> str:
        cites = self.brief.citations(self.brief.facts[fact_id])
        return cites[0].source_name if cites else ""

    def _side_figure(self, q: Question, side: list[str]) -> tuple[str, str, float] | None:
        """The fact that best gives a figure for one side, that figure with the words after it, and its value."""
        # The side's words and the rest of the question's are searched for: when the side adds no word, that is
        # the question's own search, in its order, so the index hands back the hits it found for the question
        searched = q.search if set(side) <= set(q.search) else side + [w for w in q.search if w not in side]
        sub = replace(q, search=searched, terms=side, leftover=side, sides=[])
        side_stems = {stem(w) for w in side}
        typed = {float(w) for w in side if w.replace(".", "", 1).isdigit()}  # the side's alone: once, not per hit
        bare = _bare(side)
        best: tuple[float, str, str, float] | None = None
        for hit in self.retriever.rank(sub)[:8]:
            fact = self.brief.facts.get(hit.id)
            if fact is None:
                continue
            for figure, value, near in self._figures(fact.statement, side_stems, bare=bare):
                score = hit.score + 0.6 * near + (2.0 if typed & {value, value / 1e6} else 0.0)
                if best is None or score > best[0]:
                    best = (score, hit.id, figure, value)
        return None if best is None else (best[1], best[2], best[3])

    def _figures(self, statement: str, side_stems: set[str], *, bare: bool = False) -> list[tuple[str, float, int]]:
        """Each number in a statement with up to three words after it (as far as the side's last word; none for a
        side that is only a figure), its value, and how many of the side's words stand right after it."""
        out = []
        for text, value, after, stems_after in self._numbers(statement):
            keep = 0 if bare else 1
            near = 0
            for i, s in enumerate(stems_after):
                if s in side_stems:
                    keep, near = i + 1, near + 1
            tail = [w.strip(",.;:") for w in after[:keep] if w.strip(",.;:").lower() not in STOPWORDS or keep > 1]
            figure = " ".join([text, *tail]).strip()
            out.append((figure, value, near))
        return out

    def _numbers(self, statement: str) -> tuple[tuple[str, float, list[str], list[str]], ...]:
        """The statement's amounts (else its numbers) with a value: each one's text, value, the three words after
        it and their stems. Kept per statement: a comparison reads the same facts' figures for both sides, and
        questions compare the same facts again (the patterns cost more than the rest of `_figures`)."""
        found = self._numbers_kept.get(statement)
        if found is None:
            out = []
            for m in list(AMOUNT.finditer(statement)) or list(NUMBER().finditer(statement)):
                value = _number(m.group(0))
                if value is None:
                    continue
                after = statement[m.end() :].split(None, 3)[:3]  # the first three words: no split of the whole rest
                out.append((m.group(0), value, after, [stem(w) for w in (words(" ".join(after)) or [""])]))
            found = self._numbers_kept.put(statement, tuple(out))
        return found
