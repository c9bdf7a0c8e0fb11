"""Dates, durations and plans: how long something lasted (`Dates._lasting`), an undated act tied to a dated
event (`_tied_to_event`), a best fact not of the asked month and place or year (`_place_not_then`,
`_dated_other_year`), a fact only a quote dates as recent (`_recent_undated`), and what was planned against what was
done (`_planned_event`, `_whole_planned`, `_only_planned`, `_asks_planned_act`, `_told_done`).

Layer 5 of the Answerer (above names.py)."""

from __future__ import annotations

import re
from dataclasses import replace

from bot import messages
from bot.answering.acts import planned_only
from bot.answering.answerer.names import Names
from bot.answering.compose.dates import YET_TO, due_to_end, planned_as
from bot.answering.compose.evidence import latest_source_label
from bot.answering.compose.figures import NUMBER, PLANNED, figure_number
from bot.answering.decide.decider import ENDING_WORDS, MIN_COVERAGE, RECENTLY
from bot.answering.durations import lasting, measured, offered_alone, without_duration_words
from bot.answering.retrieve import PLACE_KINDS, Hit
from bot.answering.understand.lexicon import AUXILIARIES
from bot.answering.understand.question import Question
from bot.replies import Answer, Item
from bot.search import stem
from bot.text import IRREGULAR, STOPWORDS, fold, on_first_use, words

# what asking for a whole year's events looks like beyond the year itself ("what happened in 2018")
HAPPENING = frozenset("happen happened happening occur occurred going go went event events news tell".split())
EVENT_CANDIDATES = 5  # candidates read for an undated act tied to a dated event (`_tied_to_event`)
# an act placed by an event: "before the \0 raids", the event's name standing for \0 (general English)
TIED_TO = on_first_use(r"\b((?:[Bb]efore|[Dd]uring|[Aa]fter|[Aa]head of)\s+(?:the\s+)?)\x00(\s+[a-z]+)?")
TOLD_DONE_REACH = 5  # best ranked facts read for one telling done an act the best tells only as planned
MIN_VERB_LETTERS = 3  # a shorter word ("go", "be") is no verb whose "-ed" form tells an act done


def _past_of(told: str, asked: str) -> bool:
    """`told` is the past form of the verb `asked` (English: its irregular past, else "-ed" / "-d" after an "e":
    "protested", "confronted", "met"), the form a fact telling the act done uses."""
    if len(asked) < MIN_VERB_LETTERS or told == asked:
        return False
    return told == IRREGULAR.get(asked) or told in (f"{asked}ed", f"{asked}d" if asked.endswith("e") else "")


class Dates(Names):
    """Dates, durations and planned against done (module docstring)."""

    def _of_year(self, doc_id: str, year: str) -> bool:
        """The fact is dated in `year` or states it in its own words ("the July 1921 notice"): of a thing the
        question names by that year."""
        fact = self.brief.facts.get(doc_id)
        return fact is not None and ((fact.date or "").startswith(year) or year in words(fact.statement))

    def _tied_to_event(self, q: Question, ranked: list[Hit]) -> tuple[Hit, str] | None:
        """A date question's close candidate (EVENT_CANDIDATES, covering it: MIN_COVERAGE) that has no date, tells
        the act asked (ActsTold.undated_act finds no sign it does not) and ties it by a preposition of time
        (TIED_TO) to an event of the glossary (kind "event") whose description gives one year: the candidate and
        EVENT_TIED_LEAD ("Before the Lantern raids, planned for 2017: …"); None otherwise. English: "before the
        raids" dates the act by the raids, as near as the articles allow."""
        events = [e for e in self.brief.entities.values() if e.kind == "event"]
        for hit in ranked[:EVENT_CANDIDATES]:
            fact = self.brief.facts.get(hit.id)
            if fact is None or fact.date or hit.coverage < MIN_COVERAGE:
                continue
            if self.decider.told.undated_act(q, hit.id) is not None:
                continue
            for event in events:
                years = set(re.findall(r"\b(?:1[89]|20)\d\d\b", event.description))
                if len(years) != 1:
                    continue
                year = next(iter(years))
                for name in (event.name, *event.aliases):
                    found = TIED_TO().search(fact.statement.replace(name, "\0"))
                    if found is None:
                        continue
                    after = found.group(2) or ""
                    after = "" if after.strip() in STOPWORDS else after  # "before the Lantern and …"
                    phrase = f"{found.group(1)}{name}{after}"
                    planned = re.search(rf"\bplann\w*\b[^.;]*\b{year}\b", event.description) is not None
                    when = f"planned for {year}" if planned else f"in {year}"
                    lead = messages.EVENT_TIED_LEAD.format(
                        phrase=phrase[:1].upper() + phrase[1:], when=when, statement=fact.statement
                    )
                    return hit, lead
        return None

    def _recent_undated(self, fact_id: str) -> str | None:
        """RECENT_UNDATED for an undated fact one of whose quotes gives it as done "recently": the outlet and date of
        that quote's article, then the statement; None when that article has no date."""
        fact = self.brief.facts[fact_id]
        cited = next((c for c in fact.citations if RECENTLY().search(c.quote)), None)
        source = self.brief.sources.get(cited.source) if cited is not None else None
        if source is None or not source.published:
            return None
        return messages.RECENT_UNDATED.format(
            outlet=source.name, published=source.published_label, statement=fact.statement
        )

    def _planned_event(self, q: Question) -> bool:
        """The question names an event its glossary entry defines by a plan ("A harbour patrol operation that planned
        to arrest 400 people": `planned_as` in the description's first clause): what came of it is untold, whichever
        fact would lead (a report published on it is no outcome of it)."""
        return any(
            (entity := self.brief.entities.get(e)) is not None
            and entity.kind == "event"
            and bool(planned_as(re.split(r"[;,.(]", entity.description, maxsplit=1)[0]))
            for e in q.entities
        )

    def _whole_planned(self, q: Question, doc_id: str) -> bool:
        """The fact states the whole a count question asks a part of (`Question.whole`) only as planned ("planned to
        arrest 6,200"): how many it came to, the articles do not tell."""
        fact = self.brief.facts.get(doc_id)
        if fact is None or not self._only_planned(self.item(doc_id)):
            return False
        return q.whole in {figure_number(m.group(0)) for m in NUMBER().finditer(fact.statement)}

    def _only_planned(self, item: Item) -> bool:
        """The item's fact tells of an event only as planned ("planned a protest … on 12 July") or as not done yet
        ("a lease that had yet to take effect")."""
        fact = self.brief.facts.get(item.id) if item.kind == "fact" else None
        return fact is not None and (bool(planned_as(fact.statement)) or YET_TO().search(fact.statement) is not None)

    def _asks_planned_act(self, q: Question, item: Item) -> bool:
        """A yes/no question in the past ("did", "was", "has" …), or a claim with no auxiliary put as one, asking of
        an act that the item's fact tells only as planned, the act's word right after the planning one and "to"
        ("scheduled to start", "planned to arrest"): whether it then happened the articles do not say. Not when the
        question asks of the plan itself ("was it scheduled to start")."""
        fact = self.brief.facts.get(item.id) if item.kind == "fact" else None
        # a claim put as a question with no auxiliary at all ("the software used for 400 arrests?") is asked the same
        stated = not any(t in AUXILIARIES for t in q.words)
        if fact is None or (q.words[:1] not in (["did"], ["was"], ["were"], ["has"], ["had"], ["have"]) and not stated):
            return False
        if not planned_as(fact.statement) or PLANNED().search(q.text) is not None:
            return False
        return planned_only(fact.statement, {stem(w) for w in q.words if w not in STOPWORDS})

    def _told_done(self, q: Question, ranked: list[Hit], planned: str) -> Hit | None:
        """The best of the first TOLD_DONE_REACH ranked facts, other than the one telling the act only as planned
        (`planned`), that names every entity the question names and tells each of its other words, one of them in
        its past form ("protested" for "did anyone protest …": a noun alike, "protester", "the protest", tells no
        act done), none of them only as planned; None when none does."""
        asked = [w for w in q.leftover if w not in STOPWORDS]
        if not asked:
            return None
        for hit in ranked[:TOLD_DONE_REACH]:
            fact = self.brief.facts.get(hit.id)
            if fact is None or hit.id == planned or not set(q.entities) <= set(fact.entities):
                continue
            tokens = words(fold(fact.statement))
            if planned_only(fact.statement, {stem(w) for w in asked}):
                continue
            told = {stem(t) for t in tokens}
            if all(stem(w) in told for w in asked) and any(_past_of(t, w) for t in tokens for w in asked):
                return hit
        return None

    def _place_not_then(self, q: Question, doc_id: str) -> str | None:
        """For "what happened in <place> in <month>" (a word of HAPPENING, one place asked, a month named: Decider
        .names_month), the place's name when the fact `doc_id` lists it but is not of that month (Decider.of_month:
        dated to another month, or to the year only, its words naming no such month); None otherwise. (Ranking
        weighs another place's fact of the month down, e0cd940, so one of the place may lead though not of then.)"""
        if q.kind not in ("topic", "what-is", "list") or HAPPENING.isdisjoint(q.words) or q.sources:
            return None
        places = [e for e in q.entities if e not in q.excluded and self.retriever.entity_kind(e) in PLACE_KINDS]
        fact = self.brief.facts.get(doc_id)
        if len(places) != 1 or fact is None or places[0] not in fact.entities or not self.decider.names_month(q):
            return None
        return None if self.decider.of_month(doc_id, q) else self.brief.entities[places[0]].name

    def _month_not_told(self, q: Question, doc_id: str) -> bool:
        """A question of any kind but a date, a yes/no or a quote (each has its own: `_dated_other_year`, the
        composer's OTHER_YEAR_LEAD, NO_WORDS_THEN) naming a month it asks of ("what were the july flyers";
        Decider.names_month), not one naming an article, whose best fact `doc_id` is not of that month
        (Decider.of_month: dated to another month, or to the year only, its words naming no such month): the lead
        would present another month's thing as the one asked (fresh tester 90: the May 2019 flyer given as July's).
        A month only, no day."""
        if q.kind in ("date", "yes-no", "quote") or q.sources or re.fullmatch(r"--\d\d|\d{4}-\d\d", q.on_date) is None:
            # (a day named is left to ranking: "after the july 12 thing, where …" dates the thing the ask is after,
            # and "sept 19" may be a year's short form)
            return False
        return doc_id in self.brief.facts and not self.decider.of_month(doc_id, q)

    def _year_only_by_end(self, q: Question, doc_id: str) -> str | None:
        """For "how much was the 2019 renewal worth" (an amount question naming one year, asking nothing of an
        end: ENDING_WORDS), the year when the best fact `doc_id` is of it only by its expected end ("worth $53
        million and due to expire in 2019": a thing of an earlier year), which Decider._begun_in_year found no fact
        of that year to swap in for; None otherwise (fresh tester 90: the $53 million led as the 2019 renewal's)."""
        fact = self.brief.facts.get(doc_id)
        if q.kind != "amount" or len(q.years) != 1 or not ENDING_WORDS.isdisjoint(q.words) or fact is None:
            return None
        if not fact.date or fact.date[:4] not in q.years or not due_to_end(fact.statement, fact.date):
            return None
        return fact.date[:4]

    def _dated_other_year(self, q: Question, doc_id: str) -> bool:
        """A date question naming a month and year it asks within ("… in July 2019") whose best fact is dated in
        another year, or not within that month (Decider.of_month: dated in another month of the year, or to the year
        only, its words naming no such month) (not a month naming one of the brief's articles: "in the July 2018
        piece, when …"). (Not within the month: with the place asked weighed, "what date was the Eastport protest in
        July 2019" may lead the Eastport protest of September, or one the articles date to 2019 only.)"""
        fact = self.brief.facts.get(doc_id)
        month_named = len(q.on_date) == len("2019-07") and q.on_date[:1].isdigit() and not q.sources
        dated = (fact.date or "") if fact is not None else ""
        if not month_named or not dated:
            return False
        return not dated.startswith(q.on_date[:4]) or not self.decider.of_month(doc_id, q)

    def _lasting(self, q: Question) -> Answer | None:
        """ "How long / how fast": led by the duration a candidate about as good as the best states; None when the
        question asks no duration or no such candidate states one (then it is answered as any other)."""
        asked = without_duration_words(q)
        asked_stems = self.retriever.asked_stems(asked) if asked is not q else set()
        if not asked_stems:
            return None  # nothing to measure the length of
        if offered_alone(q.text):  # "was the vigil a one day protest": only a length of the protest answers
            asked_stems = set()
        # a fact may say it in the brief's words for what the question typed ("staff": "employees")
        asked_stems |= {
            stem(a) for t in asked.leftover if stem(t) in asked_stems for a in self.understander.alternatives(t)
        }
        facts = self.brief.facts
        ranked = [h for h in self.retriever.rank(asked) if h.id in facts]  # a length is told by facts, not entries
        decision = self.decider.decide(asked, ranked)
        if decision.best is None:
            return None

        def texts(doc_id: str) -> list[str]:
            fact = facts.get(doc_id)
            return [fact.statement, *(c.quote for c in fact.citations)] if fact is not None else []

        # a fact the brief relates to the best tells the same matter when it involves whom the question names
        # ("how long has Harbourwatch been on the guild's case": not a related fact of the guild's case files)
        named = {e for e in asked.entities if not self.decider.ubiquitous_entity(e)}
        related = [i for i in self.decider.linked(decision.best.id) if i in facts and named <= set(facts[i].entities)]
        names = self.brief.entities
        # "how long has Harbourwatch been after the guild": "Harbourwatch had been pushing …" is its length
        named_stems = {
            stem(w) for e in asked.entities if e in names for n in (names[e].name, *names[e].aliases) for w in words(n)
        }
        # and a length is of whom the question names: "how long has Harbourwatch been on the guild's case about the
        # lease" is not told by "since 2014 the guild has kept the lease's case files", however close it ranks
        involving = [h for h in ranked if named <= set(facts[h.id].entities)]
        found = lasting(involving, decision.best, texts, asked_stems, related, measured(q.text), named_stems)
        if found is None:
            return None
        hit, phrase = found
        composed = self.composer.compose(asked, ranked, hit)
        statement = composed.items[0].statement if composed.items else composed.lead
        lead = f"{phrase[:1].upper()}{phrase[1:]}: {statement}"
        if phrase.lower().startswith("since") and composed.items:
            # "since 2014" runs to the article's date, not to today: a length in years would be worked out from a
            # date no article gives, so the start leads with the date it was told as of
            since = f"{phrase[:1].upper()}{phrase[1:]}"
            lead = messages.SINCE_AS_OF.format(
                since=since, date=latest_source_label(composed.items[0]), statement=statement
            )
        return replace(composed, lead=lead, kind=q.kind, says_yes=False)
