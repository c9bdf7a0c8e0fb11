"""'Where' questions whose answer is not a place on a map ("where were employees arguing internally": in
conversations and on the company's forum): when the best candidate states no place at all, a near-best candidate
that states where (a place entity it names, or a venue after in / on / at / inside / via, or after words telling
where it lies from another place: outside, near, in front of, a block from) answers instead.

A venue is what follows the preposition, past a determiner or a possessive ("on the company's forum"); dates,
numbers, spans of time and what the question itself names ("inside the guild" for a question about the guild) are
not venues. Only English grammar is named here.
"""

from __future__ import annotations

import re

from bot.answering.retrieve import Hit
from bot.answering.understand import Question
from bot.dates import MONTHS
from bot.factbase import Brief
from bot.search import stem
from bot.text import STOPWORDS, on_first_use, words

VENUE = on_first_use(
    r"\b(?:(?P<relative>outside(?:\s+of)?|near|beside|next\s+to|in\s+front\s+of|across\s+from"
    r"|(?:a|one|two|three|several|\d+)\s+blocks?\s+(?:away\s+)?from)|in|on|at|inside|via|through)"
    r"\s+(?:(?:the|a|an|its|their|his|her|[\w-]+['’]s)\s+){0,2}(?P<venue>[A-Za-z][\w-]*)",
    re.IGNORECASE,
)
NOT_VENUES = frozenset(m.lower() for m in MONTHS) | frozenset(
    """year years month months week weeks day days time times past preceding following same early late mid
    monday tuesday wednesday thursday friday saturday sunday order part favor favour addition response turn
    fact effect front behalf""".split()
)
NEAR_BEST = 0.6  # a candidate this close to the best (score and coverage) may answer instead of it
CANDIDATES = 6


class Venues:
    def __init__(self, brief: Brief) -> None:
        self.brief = brief

    def states_where(self, fact_id: str, asked: set[str]) -> bool:
        """The fact states a place: a place entity it names in its statement, or a venue not among `asked`."""
        fact = self.brief.facts[fact_id]
        statement = fact.statement
        said = {stem(w) for w in words(statement)}
        for ent_id in fact.entities:
            entity = self.brief.entities.get(ent_id)
            place = entity is not None and entity.kind == "place"
            if place and entity and {stem(w) for w in words(entity.name) if w not in STOPWORDS} <= said:
                return True
        for found in VENUE().finditer(statement):
            word = found.group("venue").lower()
            if word in STOPWORDS or word in NOT_VENUES:
                continue
            if stem(word) in asked and not found.group("relative"):
                continue  # "in the guild" asked about the guild; "a block from the guild hall" still tells where
            return True
        return False

    def where(self, q: Question, ranked: list[Hit], best: Hit) -> Hit | None:
        """For a 'where' question whose best fact states no place: the first near-best candidate that does."""
        if q.kind != "where" or best.id not in self.brief.facts:
            return None
        asked = {stem(w) for w in q.words}
        for ent_id in q.entities:
            asked |= {stem(w) for w in words(self.brief.entities[ent_id].name)}
        if self.states_where(best.id, asked):
            return None
        for hit in ranked[:CANDIDATES]:
            if hit.id == best.id or hit.id not in self.brief.facts:
                continue
            if hit.score < NEAR_BEST * best.score or hit.coverage < NEAR_BEST * best.coverage:
                continue
            if self.states_where(hit.id, asked):
                return hit
        return None
