"""Questions wanting several things of one kind ("which offices", "what cities", "name the groups behind …"): the
answer leads with the items themselves, taken from the candidate fact that names the most of them.

The kind of item is read from the plural noun the question asks about ("offices", "cities" -> places; "groups" ->
organizations; "companies"; "people"), and matched against the glossary kinds of the entities a fact involves.
Things the question itself names ("besides Eastport") are not items of the answer. A fact naming at least two
items, about as good a match as the best candidate, answers; otherwise nothing changes. Only English words and the
glossary's kinds are named here.
"""

from __future__ import annotations

import re

from bot.answering.articles import ARTICLE_WORDS, OUTLET_NOUNS
from bot.answering.english import English
from bot.answering.retrieve import Hit, states_entity
from bot.answering.understand.lexicon import AUXILIARIES
from bot.answering.understand.question import Question
from bot.factbase import Brief
from bot.search import stem, stems
from bot.text import STOPWORDS, and_joined, on_first_use

ASKING = frozenset("which what name list".split())
PLACE_ITEMS = frozenset({"place"})
# plural nouns a question asks for, and the glossary kinds of the entities that are such items
ITEM_KINDS: dict[str, frozenset[str]] = {
    **dict.fromkeys("cities towns places locations offices states countries sites".split(), PLACE_ITEMS),
    **dict.fromkeys(
        "groups organizations organisations orgs coalitions nonprofits organizers organisers".split(),
        frozenset({"organization"}),
    ),
    **dict.fromkeys("companies firms businesses corporations".split(), frozenset({"company"})),
    **dict.fromkeys("agencies departments".split(), frozenset({"agency"})),
    **dict.fromkeys("people persons individuals".split(), frozenset({"person"})),
    **dict.fromkeys(  # the things a company makes and an agency runs ("what products does the guild sell")
        "programs programmes products tools systems apps applications platforms databases".split(),
        frozenset({"program"}),
    ),
}
MIN_ITEMS = 2
NEAR_BEST = 0.7  # a candidate this close to the best (score and coverage) may answer instead of it
CANDIDATES = 8
# "what were they": a plural pronoun asking for the things just mentioned
THEY = re.compile(r"\b(?:what|which) (?:were|are) (?:they|those|these|them)\b")
# an enumeration of three or more things in a statement: "all-hands meetings, walkouts and work stoppages, petitions"
ENUMERATION = on_first_use(r"[\w-]+(?: [\w-]+){0,3}, [\w-]+(?: [\w-]+){0,3},? (?:and|or) [\w-]+")
ARTICLES_ASKED = ARTICLE_WORDS | OUTLET_NOUNS  # "which articles / outlets …": the sources are asked for
SORTS = frozenset("kinds types sorts".split())  # "what kinds of activity": one description, not a list
# "what kinds of places was the day of action aimed at", "what kind of companies": the sorts of such things, as the
# articles class them ("businesses, schools and local governments"), never the things named (three cities): a noun
# of sort before the item noun asks no items (general English)
SORTED_BY = SORTS | frozenset("kind type sort".split())
NOUN_WINDOW = 4  # the asked noun stands within this many words after "which" ("which guild offices")


THING_REACH = 4  # words between the determiner and the noun closing the question ("the May 2019 flyer")


def _closing_thing(tokens: list[str]) -> str | None:
    """The noun a question closes on after a determiner within THING_REACH words, itself right after a word of the
    question's own ("what groups made the May 2019 flyer": "flyer", the object of "made"; not "… as an example", a
    phrase after a preposition), one lemminflect knows as a noun and never as a verb; None for any other question."""
    start = len(tokens) - 1 - THING_REACH
    at = next((i for i in range(len(tokens) - 2, max(start, 0) - 1, -1) if tokens[i] in ("the", "a", "an")), None)
    if at is None or at == 0 or tokens[at - 1] in STOPWORDS:
        return None
    lemmas = English.lemmas(tokens[-1])
    return tokens[-1] if "NOUN" in lemmas and "VERB" not in lemmas else None


def wanted_kinds(q: Question) -> frozenset[str]:
    """The glossary kinds of the items a question asks for by a plural noun right after which / what / name /
    list, before the verb that ends the asked noun phrase; of a "where" question naming things by a plural place noun
    ("where are the guild's offices"), places; or an empty set."""
    tokens = q.words
    if tokens[:1] == ["where"]:
        # "where are the guild's offices": the places of several things the question names by a plural place noun
        plural = next((w for w in tokens[1 : 1 + NOUN_WINDOW] if w in ITEM_KINDS), None)
        if plural is not None and ITEM_KINDS[plural] == PLACE_ITEMS:
            return PLACE_ITEMS
    for i, token in enumerate(tokens):
        if token in ASKING:
            window = tokens[i + 1 : i + 1 + NOUN_WINDOW]
            for k, word in enumerate(window):
                if word in ITEM_KINDS:
                    return frozenset() if not SORTED_BY.isdisjoint(window[:k]) else ITEM_KINDS[word]
                if word in AUXILIARIES and any(w not in AUXILIARIES for w in window[:k]):
                    # the asked noun phrase ended at its verb: "what city were the guild's offices in" asks one
                    # city; the offices are its subject ("what were the cities" has not begun one)
                    break
    return frozenset()


def asks_things(q: Question) -> bool:
    """The question asks for several things not of a glossary kind: a plural noun right after which / what ("which
    tactics", "what demands"), or "what were they"."""
    if THEY.search(" ".join(q.words)):
        return True
    if q.actor:
        return False  # "what did the protesters do with the letter": one act of someone named, not several things
    tokens = q.words
    for i, token in enumerate(tokens):
        if token in ASKING and token != "name":
            for word in tokens[i + 1 : i + 3]:
                if word in STOPWORDS:
                    continue
                plural = len(word) > 3 and word.endswith("s") and not word.endswith("ss")
                # "which outlets reported the petition": the articles telling of it, not things a fact lists
                return plural and word not in ITEM_KINDS and word not in SORTS and word not in ARTICLES_ASKED
    return False


class Items:
    def __init__(self, brief: Brief, specific_entities: set[str]) -> None:
        self.brief = brief
        self.specific = specific_entities

    def listing(self, q: Question, ranked: list[Hit], best: Hit) -> tuple[Hit, list[str]] | None:
        """The candidate naming the most items of the asked kind (at least two, none the question names itself),
        with those items in the fact's order (its statement must name them, not only its tags); None when the
        question asks for no such items or no fact names enough of them."""
        kinds = wanted_kinds(q)
        if not kinds:
            return None
        brief = self.brief
        named = set(q.entities)
        found: tuple[int, int, Hit, list[str]] | None = None
        for rank, hit in enumerate(ranked[:CANDIDATES]):
            if hit.id not in brief.facts or (
                # (the best itself, though decided on the question without a name it sets aside, scored higher)
                hit.id != best.id and (hit.score < NEAR_BEST * best.score or hit.coverage < NEAR_BEST * best.coverage)
            ):
                continue
            items = self._items(hit.id, kinds, named, stated_only=True)
            if len(items) < MIN_ITEMS or not self._states_asked(hit.id, q):
                continue
            if hit.id != best.id and best.id in brief.facts and not self._tells_as_much(hit.id, best.id, q):
                continue
            if found is None or len(items) > found[0]:
                found = (len(items), rank, hit, items)
        if found is not None:
            return found[2], found[3]
        # The best fact holds the items only as tags ("protesters from several groups"): a fact the brief links to
        # it that states those same items answers for it.
        if best.id not in brief.facts:
            return None
        tagged = set(self._items(best.id, kinds, named, stated_only=False))
        if len(tagged) < MIN_ITEMS:
            return None
        for other in brief.related[best.id]:
            if other not in brief.facts:
                continue
            items = [e for e in self._items(other, kinds, named, stated_only=True) if e in tagged]
            if len(items) >= MIN_ITEMS and self._states_asked(best.id, q):
                return Hit(other, best.score, best.coverage), items
        return None

    def gathered(self, q: Question, ranked: list[Hit], best: Hit, listed: list[str]) -> list[tuple[Hit, list[str]]]:
        """ "Where are the guild's offices": besides the places `listed` from one fact, the candidates as good as the
        best (as `listing` takes them) stating other places of the asked things, each with the places it adds, in
        rank order; [] for any other question. One fact naming two offices is not all the articles put them in
        (fresh tester 85: a third city, told by another article, was left out)."""
        if q.words[:1] != ["where"] or wanted_kinds(q) != PLACE_ITEMS:
            return []
        seen, found = set(listed), []
        for hit in ranked[:CANDIDATES]:
            if hit.id not in self.brief.facts or (
                hit.score < NEAR_BEST * best.score or hit.coverage < NEAR_BEST * best.coverage
            ):
                continue
            new = [e for e in self._items(hit.id, PLACE_ITEMS, set(q.entities), stated_only=True) if e not in seen]
            if new and self._states_asked(hit.id, q):
                seen.update(new)
                found.append((hit, new))
        return found

    def placed_by_related(self, q: Question, best: Hit) -> tuple[Hit, list[str]] | None:
        """ "Where did the May protests happen" of a best fact placing them only by a venue ("outside the guild's
        offices") while its tags hold places: a fact the brief links to it stating every one of those places, with
        them in its order; None otherwise (no "where" question, the best names a place itself or has none tagged)."""
        if q.kind != "where" or best.id not in self.brief.facts or not self._states_asked(best.id, q):
            return None
        named = set(q.entities)
        if self._items(best.id, PLACE_ITEMS, named, stated_only=True):
            return None
        tagged = set(self._items(best.id, PLACE_ITEMS, named, stated_only=False))
        if not tagged:
            return None
        asked = {stem(t) for t in q.leftover if t not in STOPWORDS and not t.isdigit()}
        held = asked & self._told(best.id)
        for other in self.brief.related[best.id]:
            if other not in self.brief.facts or not held <= self._told(other, keywords=True):
                continue  # "where did the online part of the protest happen": the linked fact tells no online part
            items = self._items(other, PLACE_ITEMS, named, stated_only=True)
            if set(items) == tagged:
                return Hit(other, best.score, best.coverage), items
        return None

    def _told(self, fact_id: str, *, keywords: bool = False) -> set[str]:
        """The stems of the fact's statement and quotes, and with `keywords` of its curated keywords too."""
        fact = self.brief.facts[fact_id]
        told = [fact.statement, *(c.quote for c in fact.citations), *(fact.keywords if keywords else ())]
        return set(stems(" ".join(told)))

    def enumerating(self, q: Question, ranked: list[Hit], best: Hit) -> Hit | None:
        """For a question asking for several things of no glossary kind ("which tactics did the flyer list"): the
        first candidate about as good as the best, holding at least as much of the question, whose statement
        enumerates three or more things, when the best does not; None otherwise."""
        if not asks_things(q):
            return None
        brief = self.brief
        for hit in ranked[:CANDIDATES]:
            fact = brief.facts.get(hit.id)
            if fact is None or hit.score < NEAR_BEST * best.score or hit.coverage < best.coverage:
                continue
            if ENUMERATION().search(fact.statement):
                return None if hit.id == best.id else hit
        return None

    def _states_asked(self, fact_id: str, q: Question) -> bool:
        """The fact states at least half of what the question asks beyond the items' noun and the names it gives:
        "what companies does Lind & Co own" is not answered by a list of companies a march targeted."""
        asked = self._asked_stems(q)
        if not asked:
            return True
        return len(asked & self._stated_stems(fact_id)) * 2 >= len(asked)

    def _tells_as_much(self, fact_id: str, best_id: str, q: Question) -> bool:
        """The fact states the thing the question closes on, when the best states it: "what groups made the May 2019
        flyer" of a best telling the flyer is not answered by more groups of other actions that year, which tell no
        flyer (review ov53 9). The thing is the question's last word after "the", "a" or "an", one lemminflect knows
        only as a noun (no verb: "protest", "contracts" may be the act)."""
        thing = _closing_thing(q.words)
        if thing is None or stem(thing) not in self._stated_stems(best_id):
            return True
        return stem(thing) in self._stated_stems(fact_id)

    def _asked_stems(self, q: Question) -> set[str]:
        return {stem(t) for t in q.leftover if t not in ITEM_KINDS and t not in STOPWORDS and not t.isdigit()}

    def _stated_stems(self, fact_id: str) -> set[str]:
        fact = self.brief.facts[fact_id]
        return set(stems(" ".join([fact.statement, *(c.quote for c in fact.citations)])))

    def _items(self, fact_id: str, kinds: frozenset[str], named: set[str], *, stated_only: bool) -> list[str]:
        """The fact's entities of the asked kinds, in its order, that the question does not name and that are not
        the brief's ubiquitous ones; with `stated_only`, only those its statement names in so many words."""
        brief = self.brief
        fact = brief.facts[fact_id]
        stated = set(stems(fact.statement)) if stated_only else set()
        return [
            e
            for e in fact.entities
            if e in brief.entities
            and brief.entities[e].kind in kinds
            and e not in named
            and e in self.specific
            and (not stated_only or self._stated(e, stated))
        ]

    def _stated(self, ent_id: str, stated: set[str]) -> bool:
        """The statement itself names the entity (its name or an alias, every word): a tag alone is not an item."""
        return states_entity(self.brief.entities[ent_id], stated)

    def names(self, items: list[str]) -> str:
        """'Eastport, Millbrook and Westhaven Harbour'."""
        return and_joined([self.brief.entities[e].name for e in items])
