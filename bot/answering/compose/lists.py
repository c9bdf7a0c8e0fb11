"""List answers: every fact that answers about as well as the best one, by date, narrowed to the kind of fact or
the topic a list names.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import get_args

from bot import messages
from bot.answering.compose.evidence import Evidence
from bot.answering.compose.lead import Lead
from bot.answering.compose.wording import singular
from bot.answering.retrieve import OWNER_KINDS, Hit, Retriever
from bot.answering.understand.lexicon import CUE_TERMS, TIMELINE_WORDS
from bot.answering.understand.question import NameSpans, Question
from bot.factbase import Brief
from bot.records import FactData, FactKind
from bot.replies import Answer, Item
from bot.search import stem, stems
from bot.text import words

MAX_LIST = 5

# words a list question names a party it asks "together with" after ("what contracts did X have with Y", "w/ Y",
# "between X and Y"; general English): "X and Y" alone ("protests against X and Y") asks of either
PARTNER_WORDS = frozenset({"with", "w", "between"})

# what a list may say besides its category and still ask nothing more ("list all the contracts", "every contract")
BARE = CUE_TERMS | {"all", "every"}
CATEGORY_SEARCH = 100  # candidates a list of a kind or topic is drawn from
FACT_KINDS = get_args(FactKind)


YEAR_WORD = re.compile(r"\b(?:1[89]|20)\d\d\b")  # a year named in a statement
ENTRY_FACTS_READ = 24  # of an entry's facts, the first read to tell the years it is of (a large brief's entry has many)


def fact_set_aside(q: Question, fact: FactData) -> bool:
    """The fact tells, as a whole, of the year the question sets aside (`Question.excluded_words`), and of the act
    it names with it: "not counting the 2015 one" against a fact of 2015; "excluding the 2015 renewal" against a
    renewal (by stem: "renewed") told in a fact of 2015 (both must hold, as compose.figures.act_set_aside reads a
    sum's). It tells what the asker left out, so answers nothing asked. Words set aside with no year are not read
    so: they may be a thing's part ("besides cases, what can the system track" of "case management") or, in a
    who-question, those with whom ("who broke the story w/ the docs")."""
    years = {w for w in q.excluded_words if w.isdigit() and len(w) == 4}
    others = {stem(w) for w in q.excluded_words - years}
    told = fact_years(fact)
    if not years or not told or not years.issuperset(told):
        return False
    return not others or not others.isdisjoint(stems(fact.statement))


def fact_years(fact: FactData) -> set[str]:
    """The year a fact tells of: its date's, or, undated, every year its statement names ("the May 2019
    protesters", a fact given no date of its own; review 23 #4: a question setting 2019 aside led such a fact of
    a protest that year); empty when it has neither."""
    if fact.date:
        return {fact.date[:4]}
    return set(YEAR_WORD.findall(fact.statement))


def entry_set_aside(brief: Brief, q: Question, entry_id: str) -> bool:
    """A glossary entry answering (`entry_id`) tells, as a whole, of what the question sets aside: the first
    ENTRY_FACTS_READ facts naming it that tell of a year are some, and every one is set aside (`fact_set_aside`);
    "not counting 2018, what letters were there" against the entry of a letter of 2018, whose facts are all of
    2018 (review 23 #4: the set-aside was read only of a fact answering, so the entry's facts were listed)."""
    if not any(w.isdigit() and len(w) == 4 for w in q.excluded_words):
        return False
    told = [f for f in itertools.islice(brief.facts_naming([entry_id]), ENTRY_FACTS_READ) if fact_years(f)]
    return bool(told) and all(fact_set_aside(q, f) for f in told)


def doc_set_aside(brief: Brief, q: Question, doc_id: str) -> bool:
    """The fact or glossary entry `doc_id` tells of what the question sets aside: a fact by `fact_set_aside`, an
    entry by `entry_set_aside`; False for an id that is neither. The one reading the decider and lists share."""
    fact = brief.facts.get(doc_id)
    if fact is not None:
        return fact_set_aside(q, fact)
    return doc_id in brief.entities and entry_set_aside(brief, q, doc_id)


class Lists:
    """Answers a list question."""

    def __init__(
        self,
        brief: Brief,
        retriever: Retriever,
        specific_entities: set[str],
        evidence: Evidence,
        lead: Callable[[Question, Item], Lead],
        name_spans: NameSpans,
    ) -> None:
        """`lead(q, item)`: the lead sentence for an item (Composer's), which the list's count goes before;
        `name_spans(tokens)`: the names in words, as the question's are found (Understander.name_spans)."""
        self.brief = brief
        self.retriever = retriever
        self.specific_entities = specific_entities  # entities not in most facts
        self.evidence = evidence
        self._lead = lead
        self._name_spans = name_spans

    def _category(self, q: Question, *, dated: bool = True) -> set[str]:
        """The facts a list asks for by name: 'contracts' is a kind of fact, 'protests' one of the brief's topics;
        found through the index (a compiled brief reads facts on demand), narrowed (`_narrowed`) to the entities,
        articles and years (unless not `dated`) the question names; the topic's when the kind of that name has none
        of those."""
        brief = self.brief
        wanted = {stem(w) for w in q.words}
        kinds = {k for k in FACT_KINDS if stem(k) in wanted}
        topics = {t for t in brief.meta.topics if stem(t) in wanted}
        if not kinds and not topics:
            return set()
        named = [w for w in q.words if stem(w) in {stem(x) for x in kinds | topics}]
        searched = [i for i, _ in self.retriever.index.search(self.retriever.search_terms(q, named), CATEGORY_SEARCH)]
        self.retriever.index.read_rows(searched)  # a compiled brief: their rows in one query, not one query each
        facts = [brief.facts[i] for i in searched if i in brief.facts]
        if kinds:
            matched = self._narrowed(q, {f.id for f in facts if f.kind in kinds}, dated=dated)
            if matched or not topics:
                return matched
            # "which contracts did the Gazette write about" of an article telling of one only in a claim: the
            # facts of the topic of that name, as the kind has none of what the question narrows to
        # a topic: its events when it has any ("which protests"), else all its facts
        topical = [f for f in facts if topics & set(f.topics)]
        return self._narrowed(q, {f.id for f in topical if f.kind == "event"} or {f.id for f in topical}, dated=dated)

    def _narrowed(self, q: Question, matched: set[str], *, dated: bool = True) -> set[str]:
        """The facts of `matched` (ids) of what the question names: a specific entity or a party (OWNER_KINDS;
        any of them), a party with whom ("with Y"), an article it cites, a year
        it is dated in."""
        brief = self.brief
        specific = [e for e in q.entities if e in self.specific_entities]
        if specific:
            matched = {i for i in matched if any(e in brief.facts[i].entities for e in specific)}
        partners, others = self._parties(q)
        owners = {e for e in q.entities if self.retriever.entity_kind(e) in OWNER_KINDS and e not in q.excluded}
        if owners and not partners:  # "what contracts did X have": X's, not a third party's the articles tell
            # beside them ("X and Z", "X or Z": either's, as a list of two parties asks; not one set aside, "besides
            # X": others')
            matched = {i for i in matched if not owners.isdisjoint(brief.facts[i].entities)}
        if q.sources:  # "which contracts did the Gazette write about": those it tells, not another article's
            matched = {i for i in matched if not q.sources.isdisjoint(self.retriever.cited_by(i))}
        if partners and (others or len(partners) > 1):  # "what contracts did X have with Y": of both parties, not
            # Y's with a third; "did X and Z have with Y": Y's with either
            matched = {
                i
                for i in matched
                if partners <= set(brief.facts[i].entities)
                and (not others or not others.isdisjoint(brief.facts[i].entities))
            }
        if q.years and dated:
            matched = {i for i in matched if (brief.facts[i].date or "")[:4] in q.years}
        return matched

    def _of_no_year_asked(self, q: Question) -> Answer | None:
        """ "What contracts did the guild have in 2017" when no fact of the kind (or topic) asked, of what else the
        question names, is of that year, by its date or a year its statement names (`fact_years`), while some are
        of others: which years the articles date them to, not facts of that year of another kind led as if they
        were (an investment of 2017 is no contract). None otherwise."""
        others = self._category(q, dated=False)
        facts = [self.brief.facts[i] for i in others]
        told = {y for f in facts for y in fact_years(f)}
        if (
            not facts
            or not told
            or not told.isdisjoint(q.years)
            or any(y in f.statement for f in facts for y in q.years)
        ):
            return None
        noun = next((w for w in q.words if stem(w) in self._category_stems()), "")
        years = sorted(told)
        lead = messages.LIST_NONE_OF_YEAR.format(
            noun=singular(noun),
            year=" or ".join(sorted(q.years)),
            years=" and ".join([", ".join(years[:-1]), years[-1]] if len(years) > 1 else years),
        )
        return Answer(question="", answered=False, outcome="no_match", text="", kind="list", lead=lead)

    def _of_kind_named(self, q: Question, category: set[str]) -> bool:
        """Every fact of the category is of a kind of fact the question names ("contracts"), not only of a topic."""
        wanted = {stem(w) for w in q.words}
        kinds = {k for k in FACT_KINDS if stem(k) in wanted}
        return bool(kinds) and all(self.brief.facts[i].kind in kinds for i in category)

    def _tells_several(self, q: Question, doc_id: str) -> bool:
        """The fact names the things the list asks for (its kind or topic word, `_category_stems`) in the plural
        ("had two leases with the port"): it tells of them together."""
        fact = self.brief.facts.get(doc_id)
        asked = {stem(w) for w in q.words} & self._category_stems()
        return fact is not None and any(w.endswith("s") and stem(w) in asked for w in words(fact.statement.lower()))

    def _category_stems(self) -> set[str]:
        """The stems of the brief's kinds of fact and topics: the words a list names its category by."""
        return {stem(k) for k in FACT_KINDS} | {stem(t) for t in self.brief.meta.topics}

    def _parties(self, q: Question) -> tuple[set[str], set[str]]:
        """The parties (OWNER_KINDS) the question names after its first of PARTNER_WORDS, with whom a list asks
        what the others had ("with Y": Y), and those others ("X", or "X and Z" of either); two empty sets when it
        names none after such a word ("list the protests against X and Y": of either, no "together")."""
        at = next((i for i, w in enumerate(q.words) if w in PARTNER_WORDS), None)
        if at is None:
            return set(), set()
        spans = self._name_spans(q.words)
        parties = {e for _, _, e in spans if e in q.entities and self.brief.entities[e].kind in OWNER_KINDS}
        partners = {e for start, _, e in spans if start > at and e in parties}
        return partners, parties - partners

    def answer(self, q: Question, ranked: list[Hit], best: Hit) -> Answer:
        """Every fact that answers about as well as the best one, by date; the rest counted. When the list names a
        kind of fact or a topic ("list the contracts", "which protests"), only facts of it."""
        by_date = not TIMELINE_WORDS.isdisjoint(q.words)
        closest = True  # the list's first item is the closest fact, not merely the earliest
        category = self._category(q)
        named = self._category_stems()
        if by_date and any(stem(w) not in named for w in q.terms):
            category = set()  # "timeline of the 12 million contract": that one's facts, not every contract's
        elif not category and q.years and (untold := self._of_no_year_asked(q)) is not None:
            return untold
        floor = max(0.5, best.coverage * 0.8)
        chosen = [h for h in ranked if h.id in self.brief.facts and h.coverage >= floor and h.score >= 0.5 * best.score]
        if category:
            found = [h for h in ranked if h.id in category and h.score >= 0.4 * best.score]
            # then the rest of the category the search did not reach, by date; all of it when it reached none, the
            # category is a kind of fact (not a topic: "tactics … at other companies" is no list of the brief's
            # "tech-industry" facts) and the best does not tell of those things together ("the guild had two
            # leases with the port"): "list the guild's leases with the port" ranked first the facts that name the
            # port most, a claim about one lease among them, while the facts of that kind and those parties are the
            # leases asked for
            # "list all the contracts", "which protests were there": nothing asked but the category, which every one
            # of its facts answers alike (their closeness is only how often they use its word): all of them by date,
            # never the one using it most led as if it were the answer
            if not q.entities and not q.sources and all(stem(t) in named or t in BARE for t in q.search):
                found = []
            if found or (self._of_kind_named(q, category) and not self._tells_several(q, best.id)):
                seen = {h.id for h in found}
                # (an undated one last, as the items are shown: never led as the earliest)
                rest = sorted(
                    (i for i in category if i not in seen), key=lambda i: (self.brief.facts[i].date or "9999", i)
                )
                chosen = found + [Hit(i, 0.0, 0.0) for i in rest]
                closest = bool(found)
        if q.excluded_words:  # "not counting the 2015 one, what contracts …": not the ones left out
            kept = [h for h in chosen if not fact_set_aside(q, self.brief.facts[h.id])]
            if not kept and doc_set_aside(self.brief, q, best.id):
                # every one set aside, the best too: the articles give no other, said so, never the ones left out
                # listed as if asked (review 23 #5: the list fell back to them)
                return Answer(
                    question="", answered=False, outcome="no_match", text="", kind="list", lead=messages.SET_ASIDE_ONLY
                )
            chosen = kept
        if best.id in self.brief.facts and (not category or (best.id in category and closest)):
            # the decided best leads, wherever it ranked: "list the tactics the guild's leaflet says keepers used" is
            # led by the leaflet's words (answering.speakers.pick_written), not by the fact of who made the leaflet
            # that ranks first on the names (blind set CB)
            chosen = [best, *(h for h in chosen if h.id != best.id)]
        if not chosen:
            chosen = [best]
        dated = [h for h in chosen if self.brief.facts[h.id].date] if by_date else []
        if len(dated) > 1:
            # "timeline of the lease": its dated facts, the earliest first, not the closest
            chosen = sorted(dated, key=lambda h: (self.brief.facts[h.id].date or "", h.id))
        else:
            by_date = False
        top = chosen[0].id
        shown = chosen[:MAX_LIST]
        more = len(chosen) - len(shown)
        items = [self.evidence.item(h.id) for h in shown]
        items.sort(key=lambda i: (i.id != top, i.date or "9999", i.id))  # the best match first, then by date
        lead = self._lead(q, items[0]).text  # a list is the things listed, its first one's lead a part of it
        if by_date:
            lead = f"{messages.TIMELINE_LEAD.format(count=len(chosen))} {items[0].date_label}: {lead}"
        elif len(items) > 1:
            listed = messages.LIST_LEAD if closest else messages.LIST_DATED_LEAD
            lead = f"{listed.format(count=len(chosen))} {lead}"
        return Answer(
            question="", answered=True, outcome="answered", text="", kind="list", lead=lead, items=items, more=more
        )

    # -- comparisons -----------------------------------------------------------------------------------------
