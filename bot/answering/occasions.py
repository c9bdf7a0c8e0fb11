"""Where several events of one kind happened ("where did protests happen in 2019", "which cities had protests"): the
places every matching event is put in, each fact cited, not only those of the closest one.

The events are the facts of kind "event" the brief files under a topic the question names in the plural
("protests": `topics: [protests]`), of the time it names, involving whom it names and stating whatever else it
asks; their places are the glossary places their statements put something in (a word of LOCATING before the name,
or the name listed right after such a one: "in Eastport and Millbrook"). Events told only as planned
keep their places apart, told as planned. Only English words and the brief's own kinds are named here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from bot import messages
from bot.answering.compose.composer import LOCATING
from bot.answering.compose.dates import planned_as
from bot.answering.compose.wording import singular
from bot.answering.items import ITEM_KINDS, PLACE_ITEMS, wanted_kinds
from bot.answering.retrieve import Hit
from bot.answering.understand.lexicon import WEEKDAYS
from bot.answering.understand.question import Question
from bot.caches import Recent
from bot.factbase import Brief
from bot.text import STOPWORDS, and_joined, fold, words

# words that ask only that events took place somewhere (general English): "where did protests happen / take place",
# "which cities had / saw protests", "where were there protests"
HAPPENING = frozenset(
    "happen happened happening take took taken place occur occurred held hold have had has see saw host hosted there"
    " go went on".split()
)
# the plural nouns asking places events were in by where they are on a map (general English); an office, a state or
# a site is a narrower or wider thing than the towns the events are put in
SETTLEMENTS = frozenset("cities towns places locations".split())
POINTING = frozenset("this that these those".split())  # demonstratives: events already spoken of (general English)
# what may stand between two places of one list ("in Eastport, Millbrook and Westhaven": commas are not words)
LISTING = frozenset({"and", "or"})
REACH = 3  # a word of LOCATING stands within this many words before the place it locates
MIN_PLACES = 2
# "what day / which month was the protest": one time asked of, of one event (general English)
TIME_UNITS = frozenset("day weekday week month year date".split())
NameSpans = Callable[[list[str]], list[tuple[int, int, str]]]
OfTime = Callable[[str, Question], bool]


def _plural(word: str) -> bool:
    """A plural noun's look (the test `items.asks_things` uses)."""
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss")


MAX_FILED = 4_096  # nouns whose filed events stay read (each asked noun's; most file none)


class _Filed:
    """The ids of a brief's dated events filed under a singular noun (`get`), read once per noun asked: the events
    with a topic word the noun is the singular of (`Brief.dated_events_worded`: a compiled brief's `event_words`
    table; reading and filing all ~21,000 dated events' topics took ~0.15-0.35 s of the first question asking at
    100,000 facts)."""

    def __init__(self, brief: Brief) -> None:
        self.brief = brief
        self._read: Recent[str, list[str]] = Recent(MAX_FILED)

    def get(self, noun: str, default: list[str]) -> list[str]:
        """The ids filed under `noun` ("protest": the events of `topics: [protests]`), in brief order; `default`
        when none are."""
        found = self._read.get(noun)
        if found is None:
            # (`singular` drops at most a last "s": only the noun and the noun with an "s" may give it)
            worded = self.brief.dated_events_worded({noun, noun + "s"})
            found = self._read.put(noun, list(dict.fromkeys(i for i, w in worded if singular(w) == noun)))
        return found or default


MAX_EVENTS = 131_072  # events whose fields stay read (at 100,000 facts ~20,000 are filed under one noun)


class _Event(NamedTuple):
    """What `places` and `dated` check of a fact of kind "event", read once per brief (`Occasions._event`)."""

    date: str  # "" when undated
    entities: frozenset[str]
    filed: frozenset[str]  # the singular nouns of the words of its topics ("protest" of `topics: [protests]`)
    planned: bool  # told only as planned (`planned_as`)
    own: bool  # involving one of the brief's ubiquitous entities (its own subject's)


class Occasions:
    def __init__(self, brief: Brief, name_spans: NameSpans, ubiquitous: Callable[[str], bool]) -> None:
        self.brief = brief
        self._name_spans = name_spans
        self._ubiquitous = ubiquitous
        self._filed = _Filed(brief)  # `_events_filed`
        # each event's fields and places, read once per brief: "where did protests happen" read and placed ~20,000
        # filed events' records on every asking at 100,000 facts (~3.8 s; "when did the nyc protest happen" ~1.3 s)
        self._events: Recent[str, _Event | None] = Recent(MAX_EVENTS)
        self._placed: Recent[str, list[str]] = Recent(MAX_EVENTS)
        # the last question's events with their places (`places`): the venue step and the listing step both ask
        self._last: tuple[Question, tuple[Hit, ...], OfTime, list[tuple[Hit, list[str], bool]]] | None = None

    def events_asked(self, q: Question) -> str:
        """The plural word a place question asks events by ("where did protests happen", "which cities had
        protests in 2019"), when every other word it asks is of their happening, their time or whom it names; ""
        otherwise ("where did employees protest" asks where some people did something, not where events were)."""
        nouns = [w for w in q.words if ITEM_KINDS.get(w) == PLACE_ITEMS]
        # ("what places had protests" may be read as of a topic: its plural place noun asks places all the same)
        if q.kind != "where" and (q.kind not in ("list", "topic") or not nouns or wanted_kinds(q) != PLACE_ITEMS):
            return ""
        if not set(nouns) <= SETTLEMENTS:
            return ""  # "which offices had protests": a protest in a city is not one at an office
        if any(self.brief.entities[e].kind == "place" for e in q.entities if e in self.brief.entities):
            return ""  # "where did the Eastport vigils happen": one place given, not asked
        if q.sources or not (WEEKDAYS | POINTING).isdisjoint(q.words):
            return ""  # "the Gazette's vigils", "the monday vigils", "those protests": some events, set apart
        rest = [
            t
            for t in q.leftover
            if t not in STOPWORDS
            and t not in HAPPENING
            and t not in ITEM_KINDS
            and t not in q.date_words
            and not t.isdigit()
        ]
        return rest[0] if len(rest) == 1 and _plural(rest[0]) else ""

    def places(self, q: Question, ranked: list[Hit], of_time: OfTime) -> list[tuple[Hit, list[str], bool]]:
        """The candidates that are events of the asked kind (`events_asked`) of the time asked, each with the places
        its statement puts them in not given by an earlier one, and whether it tells them only as planned: done
        events first, each in rank order; [] unless at least two places are gathered from more than one fact.
        Worked out once for a question and its candidates: the venue step and the listing step both ask."""
        last = self._last
        if last is not None and last[0] is q and last[1] == tuple(ranked) and last[2] == of_time:
            return last[3]
        found = self._places(q, ranked, of_time)
        self._last = (q, tuple(ranked), of_time, found)
        return found

    def _places(self, q: Question, ranked: list[Hit], of_time: OfTime) -> list[tuple[Hit, list[str], bool]]:
        event = self.events_asked(q)
        if not event:
            return []
        asked = singular(event)
        named = {e for e in q.entities if not self._ubiquitous(e)}
        # every such event the brief tells, not only those retrieval ranked near the best: the closest first
        ranked_ids = {h.id for h in ranked}
        filed = self._events_filed().get(asked, [])
        every = [*ranked, *(Hit(i, 0.0, 0.0) for i in filed if i not in ranked_ids)]
        events = []
        for hit in every:
            fact = self._event(hit.id)
            if fact is None or not named <= fact.entities:
                continue
            # (filed under the very noun: "protesters" are people, not the "protests" the brief files)
            if asked not in fact.filed:
                continue
            if fact.date and of_time(hit.id, q):
                events.append((hit, fact.planned))
        # naming no one else, the events asked are first those of the brief's own subject: a march the articles tell
        # only beside it (a photo's protest against another target) joins only when its own events are too few to
        # gather (fresh tester 89: Boston among the places of "where did the protests happen")
        own = [e for e in events if (told := self._event(e[0].id)) is not None and told.own]
        return (self._gathered(own) if not named else []) or self._gathered(events)

    def _events_filed(self) -> _Filed:
        """The ids of the brief's dated events by each singular noun of the topics they are filed under ("protest"
        of `topics: [protests]`), in brief order (`_Filed`: `places` walked every fact for each question asking places
        of events, ~100,000 rows read on a large brief), and only the events that `places` keeps."""
        return self._filed

    def _event(self, doc_id: str) -> _Event | None:
        """The fields `places` and `dated` check of the fact `doc_id`; None when it is no fact of kind "event"."""
        if doc_id in self._events:
            return self._events[doc_id]
        fact = self.brief.facts.get(doc_id)
        event = None
        if fact is not None and fact.kind == "event":
            filed = frozenset(singular(w) for topic in fact.topics for w in words(fold(topic)))
            entities = frozenset(fact.entities)
            own = any(self._ubiquitous(e) for e in entities)
            event = _Event(fact.date or "", entities, filed, bool(planned_as(fact.statement)), own)
        return self._events.put(doc_id, event)

    def _gathered(self, events: list[tuple[Hit, bool]]) -> list[tuple[Hit, list[str], bool]]:
        """Each event (a hit, whether told only as planned) with the places it is put in not given by an earlier
        one, done events first; [] unless at least two places are gathered from more than one fact."""
        # a place where such an event was done is not one where one was only planned
        found: list[tuple[Hit, list[str], bool]] = []
        seen: set[str] = set()
        for hit, only_planned in sorted(events, key=lambda event: event[1]):
            places = [p for p in self.placed(hit.id) if p not in seen]
            if places:
                found.append((hit, places, only_planned))
                seen.update(places)
        if len(found) < 2 or len(seen) < MIN_PLACES:
            return []
        return found

    def placed(self, doc_id: str) -> list[str]:
        """The glossary places the fact's statement puts something in, in its order: named with a word of LOCATING
        among the few before ("outside the guild's Eastport … offices"), or listed right after such a one ("in
        Eastport and Millbrook"); a place only spoken of ("argued that Eastport's harbour …") is none. Read once per
        fact (`_placed`)."""
        found = self._placed.get(doc_id)
        if found is None:
            found = self._placed.put(doc_id, self._placed_read(doc_id))
        return list(found)

    def _placed_read(self, doc_id: str) -> list[str]:
        fact = self.brief.facts[doc_id]
        told = words(fold(fact.statement))
        found: list[str] = []
        last_end = -1
        spans = self._name_spans(told)
        for start, end, e in spans:
            entity = self.brief.entities.get(e)
            if entity is None or entity.kind != "place" or e not in fact.entities:
                continue
            locating = not LOCATING.isdisjoint(told[max(0, start - REACH) : start])
            listed = last_end >= 0 and set(told[last_end:start]) <= LISTING
            if (locating or listed) and self._within_next(told, end, spans, fact.entities):
                last_end = end  # "at the Harbour Memorial in Eastport": the place it is in is told next
                continue
            if locating or listed:
                if e not in found and not self._ubiquitous(e):
                    found.append(e)
                last_end = end
        return found

    def lead(self, q: Question, found: list[tuple[Hit, list[str], bool]], statement: str) -> str:
        """ "Eastport, Millbrook and Westhaven: <the first fact's statement>", with the places of events
        told only as planned apart ("… (and vigils planned in Ashby and Dunmore): …")."""
        names = self.brief.entities
        done = [names[p].name for _, places, only_planned in found if not only_planned for p in places]
        planned = [names[p].name for _, places, only_planned in found if only_planned for p in places]
        told = and_joined(done)
        if planned:
            apart = messages.OCCASIONS_PLANNED.format(events=self.events_asked(q), places=and_joined(planned))
            told = f"{told} ({apart})" if done else apart[:1].upper() + apart[1:]
        return f"{told}: {statement}"

    def dated(self, q: Question, ranked: list[Hit]) -> list[Hit]:
        """ "When did the Eastport protest happen", when the articles tell of such events there on more than one date:
        one event fact per date (the closest of each), earliest first, asked by a noun the brief files events under
        (`topics: [protests]`) and a place (a glossary place the fact's statement puts it in: `placed`), every other
        word asked being of their happening; [] otherwise, and for a time named or a first or last asked (one date
        answers those), and for events told only as planned."""
        if q.kind != "date" or q.earliest or q.years or q.on_date or not TIME_UNITS.isdisjoint(q.words):
            return []  # ("what day was the protest": one day asked of, as the question takes it)
        named = [e for e in q.entities if not self._ubiquitous(e)]
        places = [e for e in named if e in self.brief.entities and self.brief.entities[e].kind == "place"]
        asked = [w for w in q.leftover if w not in STOPWORDS and w not in HAPPENING]
        if len(places) != 1 or len(asked) != 1:
            return []
        noun = singular(asked[0])
        by_date: dict[str, Hit] = {}
        ranked_ids = {h.id for h in ranked}
        # the events filed under the noun, not every fact (a full walk of a large brief's rows per question)
        filed = self._events_filed().get(noun, [])
        for hit in [*ranked, *(Hit(i, 0.0, 0.0) for i in filed if i not in ranked_ids)]:
            fact = self._event(hit.id)
            if fact is None or not fact.date or not set(named) <= fact.entities:
                continue
            if noun not in fact.filed:
                continue
            if fact.planned or places[0] not in self.placed(hit.id):
                continue
            by_date.setdefault(fact.date, hit)
        # (an event dated by its year or month alone may be one told more exactly by another: left to the fact)
        dates = [d for d in sorted(by_date) if not any(o != d and o.startswith(d) for o in by_date)]
        return [by_date[d] for d in dates] if len(dates) > 1 else []

    def own_dated(self, q: Question, ranked: list[Hit], best: Hit, of_time: OfTime) -> Hit | None:
        """ "When did the 2019 protest start" led by an event of another target (a march the articles tell only beside
        the brief's subject): the closest event of the time asked filed under the same noun and involving the
        subject's own (ubiquitous) entities; None when the question names anyone else, asks events by no "the"
        and a noun `best` is filed under, or no such event is told. "The protest", said with no other name, is the
        subject's own (the rule `_places` follows for where-questions and `Composer._others_occasion` for yes/no;
        fresh tester 90: led by a Boston march against migrant jails)."""
        fact = self.brief.facts.get(best.id)
        if q.kind != "date" or fact is None or any(not self._ubiquitous(e) for e in q.entities):
            return None
        if any(self._ubiquitous(e) for e in fact.entities):
            return None
        filed = {singular(w) for topic in fact.topics for w in words(fold(topic))}
        # "the protest", "the 2019 protest": the noun after "the" and any of the asked time's words
        asked = [
            singular(t)
            for k, t in enumerate(q.words)
            if singular(t) in filed
            and (rest := [w for w in q.words[:k] if w not in q.date_words and not w.isdigit()])
            and rest[-1] == "the"
        ]
        if not asked:
            return None
        ranked_ids = {h.id for h in ranked}
        filed_ids = self._events_filed().get(asked[0], [])
        for hit in [*ranked, *(Hit(i, 0.0, 0.0) for i in filed_ids if i not in ranked_ids)]:
            other = self.brief.facts.get(hit.id)
            if other is None or other.kind != "event" or not other.date or planned_as(other.statement):
                continue
            if asked[0] not in {singular(w) for topic in other.topics for w in words(fold(topic))}:
                continue
            if any(self._ubiquitous(e) for e in other.entities) and of_time(hit.id, q):
                return hit
        return None

    def _within_next(self, told: list[str], end: int, spans: list[tuple[int, int, str]], listed: Sequence[str]) -> bool:
        """The place ending at `end` is told right before "in" and another place the fact lists: a site within it."""
        return told[end : end + 1] == ["in"] and any(
            start == end + 1
            and e in listed
            and (entity := self.brief.entities.get(e)) is not None
            and entity.kind == "place"
            for start, _, e in spans
        )
