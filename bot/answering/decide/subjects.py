"""The things a question names, weighed against the brief: how many facts involve each (an entity in most facts,
the brief's own subject, pins nothing down), which of them a fact involves, and where the question's words name them.
"""

from __future__ import annotations

from functools import lru_cache

from bot.answering.retrieve import (
    Retriever,
    states_entity,
)
from bot.answering.understand.question import Question
from bot.search import stem
from bot.text import STOPWORDS, words

UBIQUITOUS_SHARE = 3  # an entity in more than a third of the facts
ENTITIES_KEPT = 4096  # entities whose names by first word are kept (`Subjects._names_starting`)


class Subjects:
    """The entities a question names, as the Decider and its checks weigh them."""

    def __init__(self, retriever: Retriever) -> None:
        self.retriever = retriever
        self.brief = retriever.brief
        self.index = retriever.index
        self._entity_facts: dict[str, int] = {}
        self._said: dict[str, list[list[str]]] = {}  # an entity's names and aliases as words (`_names_said`)
        self._names_starting = lru_cache(maxsize=ENTITIES_KEPT)(self._names_by_first)
        # `named_positions` of the last question, by what they are worked out from (its words and entities): the
        # date and yes/no checks ask it of one question four times and more
        self._named_kept: tuple[tuple[tuple[str, ...], tuple[str, ...]], frozenset[int]] | None = None

    def specific_entities(self, doc_id: str, q: Question) -> list[str]:
        """The entities the question names and the fact involves, leaving out the brief's ubiquitous ones."""
        fact = self.brief.facts.get(doc_id)
        if fact is None:
            return []
        return [e for e in q.entities if e in fact.entities and not self.ubiquitous_entity(e)]

    def entity_facts(self, ent_id: str) -> int:
        """About how many facts involve an entity, from the index (no pass over the facts, which a compiled brief
        reads on demand): the fewest facts naming any one word of its name in their `entities` field."""
        n = self._entity_facts.get(ent_id)
        if n is None:
            entity = self.brief.entities[ent_id]
            terms = {stem(w) for w in words(entity.name) if w not in STOPWORDS} or {stem(w) for w in words(entity.name)}
            n = min((self.index.field_doc_freq("entities", t) for t in terms), default=0)
            self._entity_facts[ent_id] = n
        return n

    def ubiquitous_entity(self, ent_id: str) -> bool:
        """An entity most facts involve (a brief's own subject): naming it pins nothing down."""
        return self.entity_facts(ent_id) * UBIQUITOUS_SHARE > len(self.brief.facts)

    def named_positions(self, q: Question) -> set[int]:
        """The positions of q.words inside a name or alias of an entity the question names (a new set each call;
        the last question's kept)."""
        key = (tuple(q.words), tuple(q.entities))
        kept = self._named_kept  # read once: another thread may keep its own question's meanwhile
        if kept is None or kept[0] != key:
            kept = self._named_kept = (key, frozenset(self._named_positions(q)))
        return set(kept[1])

    def _named_positions(self, q: Question) -> set[int]:
        """`named_positions`, worked out."""
        found: set[int] = set()
        tokens = q.words
        for ent_id in q.entities:
            starting = self._names_starting(ent_id)
            for i, w in enumerate(tokens):  # only the names starting with the word at i are compared there
                for said in starting.get(w, ()):
                    if tokens[i : i + len(said)] == said:  # a slice cut short by the end never equals `said`
                        found.update(range(i, i + len(said)))
        return found

    def _names_by_first(self, ent_id: str) -> dict[str, list[list[str]]]:
        """`_names_said`, by each one's first word (in their order), kept per entity (`_names_starting`): so
        `named_positions` compares a question's word with the names it may begin alone, not every name at every
        word."""
        found: dict[str, list[list[str]]] = {}
        for said in self._names_said(ent_id):
            found.setdefault(said[0], []).append(said)
        return found

    def _names_said(self, ent_id: str) -> list[list[str]]:
        """The entity's name and aliases that have words, each as its `words`, in that order: worked out once per
        entity (a question asks for its names' positions up to four times)."""
        found = self._said.get(ent_id)
        if found is None:
            entity = self.brief.entities[ent_id]
            found = self._said[ent_id] = [
                said for name in [entity.name, *entity.aliases] if (said := words(name.lower()))
            ]
        return found

    def about_others(self, fact_id: str, named: list[str]) -> bool:
        """The question names someone specific (`named`) and the fact neither lists nor names any of them."""
        fact = self.brief.facts[fact_id]
        return bool(named) and not set(named) & set(fact.entities) and not self.mentions(fact_id, named)

    def mentions(self, doc_id: str, entities: list[str]) -> bool:
        """The document states one of the entities' names or aliases in so many words."""
        said = self.retriever.stated_stems(doc_id)
        return any(states_entity(self.brief.entities[e], said) for e in entities)
