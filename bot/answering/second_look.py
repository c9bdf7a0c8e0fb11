"""A second, wider and stricter look for a figure question none of its first candidates answered: "how many
contracts does the guild have" shares only everyday words with "the guild had two contracts …", which many facts
share, so that fact may rank below the candidates read."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from bot.answering.decide import Decider, Decision
from bot.answering.english import English
from bot.answering.retrieve import BY_DATE_SEARCH_LIMIT, Hit, Retriever
from bot.answering.understand.question import Question
from bot.caches import Recent, stem_set
from bot.factbase import Brief
from bot.search import Index, stem
from bot.text import fold, words

FIGURE_KINDS = frozenset({"amount", "count"})  # questions whose answer is a figure some fact must hold
FIGURE_AUXILIARIES = frozenset("do does did is are was were".split())  # "how many X does Y have"
HAVING = frozenset({"have", "has", "had", "having"})  # forms of "have", a verb English.verb leaves out (a noun too)
# facts whose statements' verbs stay worked out: a second look reads up to BY_DATE_SEARCH_LIMIT facts, each word of
# each a verb lookup (~10 us a fact, ~0.6 ms a look: most of its cost before they were kept), and second looks come
# back to the same facts. ~250 bytes a fact
MAX_VERBED = 4096


class SecondLook:
    def __init__(self, brief: Brief, index: Index, english: English, retriever: Retriever, decider: Decider) -> None:
        self.brief = brief
        self.index = index
        self.english = english
        self.retriever = retriever
        self.decider = decider
        self._verbs: Recent[str, AbstractSet[str]] = Recent(MAX_VERBED)  # fact id -> its statement's verbs

    def wanted(self, q: Question, decision: Decision) -> bool:
        """A figure question decided unanswered among fewer hits than the widest search reads."""
        return decision.best is None and q.kind in FIGURE_KINDS and self.retriever.pool(q) < BY_DATE_SEARCH_LIMIT

    def look(
        self, q: Question, ranked: list[Hit], decision: Decision, opposed: frozenset[str]
    ) -> tuple[list[Hit], Decision]:
        """The question looked at again among BY_DATE_SEARCH_LIMIT hits, more strictly: only facts holding the figure
        asked, stating the question's own verb and naming what it counts ("had two contracts" for "how many
        contracts does it have"; not "200 employees signed" for "how many employees does it have"). The hits are
        read unranked first: re-scoring them all costs ~2 ms, paid only when one of them passes. (ranked, decision)
        as they were when none does; `opposed`: Retriever.rank's."""
        verb = self.asked_verb(q)
        if verb is None:
            return ranked, decision
        seen = {h.id for h in ranked}
        found = self.index.search(self.retriever.search_terms(q), BY_DATE_SEARCH_LIMIT)
        unseen = [i for i, _ in found if i not in seen]
        self.index.read_rows(unseen)  # their records are read below: one query, not one each
        self.read_verbs(unseen)  # each one's verbs asked below
        passing = {
            i
            for i, _ in found
            if i not in seen
            and self.states_verb(i, verb)
            and self.names_counted(i, q)
            and self.decider.figures.fits_kind(i, q)
        }
        if not passing:
            return ranked, decision
        wider = [h for h in self.retriever.rank(q, opposed, wide=True) if h.id in passing]
        widened = self.decider.decide(q, wider) if wider else decision
        return (wider, widened) if widened.best is not None else (ranked, decision)

    def asked_verb(self, q: Question) -> str | None:
        """The base form of a figure question's verb, the first verb after its auxiliary outside any name ("how many
        contracts does the guild have": "have"), or None."""
        aux = next((i for i, t in enumerate(q.words) if i > 1 and t in FIGURE_AUXILIARIES), None)
        if aux is None:
            return None
        verbs = (self.base_verb(t) for j, t in enumerate(q.words[aux + 1 :], aux + 1) if j not in q.named_at)
        return next((v for v in verbs if v is not None), None)

    def states_verb(self, doc_id: str, verb: str) -> bool:
        """The fact's statement has a form of `verb` (a base form, `base_verb`)."""
        return verb in self.stated_verbs(doc_id)

    def stated_verbs(self, doc_id: str) -> AbstractSet[str]:
        """The base forms (`base_verb`) of the verbs of a fact's statement, kept for the facts read most recently;
        empty for an id that is no fact."""
        found = self._verbs.get(doc_id)
        if found is None:
            fact = self.brief.facts.get(doc_id)
            found = self._verbs.put(doc_id, self._verbs_of(words(fold(fact.statement)) if fact is not None else []))
        return found

    def _verbs_of(self, tokens: list[str]) -> AbstractSet[str]:
        verbs = {self.base_verb(t) for t in tokens}
        return stem_set(v for v in verbs if v is not None)

    def read_verbs(self, doc_ids: list[str]) -> None:
        """`stated_verbs` of those of `doc_ids` not kept, their words' rows read first in one query
        (`English.read_rows`) instead of a query a word."""
        facts = [(i, fact) for i in doc_ids if i not in self._verbs and (fact := self.brief.facts.get(i)) is not None]
        tokens = {i: words(fold(fact.statement)) for i, fact in facts}
        self.english.read_rows(t for found in tokens.values() for t in found if t not in HAVING)
        for i, found in tokens.items():
            self._verbs.put(i, self._verbs_of(found))

    def names_counted(self, doc_id: str, q: Question) -> bool:
        """For a count question, the fact's statement names the counted noun itself ("two contracts" for "how many
        contracts"), not only words the brief gives for it."""
        fact = self.brief.facts.get(doc_id)
        if q.kind != "count":
            return True
        # its words as `Figures.fits_kind` reads them next, in lower case (the same words: `words` lowers the text)
        return fact is not None and stem(q.counted) in self.decider.figures.words_of(fact.statement.lower())[1]

    def base_verb(self, word: str) -> str | None:
        """English.verb (a word only ever a verb), and "have" for its forms: "how many … does X have" asks what X
        has, which "X had two …" states."""
        return "have" if word in HAVING else self.english.verb(word)
