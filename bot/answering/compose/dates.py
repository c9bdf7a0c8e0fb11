"""Dates and times in leads: the date an event took place (not only planned), the earliest a start is told, the
year told of an act, the facts on a day the question names, and a later fact's earlier linked step.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Set
from functools import lru_cache

from bot import messages
from bot.answering.acts import asked_act, event_verbs
from bot.answering.compose.evidence import Evidence
from bot.answering.compose.lists import MAX_LIST
from bot.answering.compose.wording import is_year, singular
from bot.answering.compose.yes_no import NEAR_BEST, SETTLE_CANDIDATES, Verdicts
from bot.answering.compose.yes_no_checks import year_after
from bot.answering.durations import asks_length
from bot.answering.english import English
from bot.answering.retrieve import Hit, Retriever, on
from bot.answering.understand.classes import THING_KINDS
from bot.answering.understand.lexicon import ACTOR_KINDS, AUXILIARIES, CUE_TERMS
from bot.answering.understand.question import Question
from bot.answering.understand.times import STARTING
from bot.dates import date_order
from bot.factbase import Brief
from bot.replies import Answer
from bot.search import stem
from bot.text import STOPWORDS, fold, on_first_use, words

FIRST_WORDS = frozenset({"first", "initially", "originally"})
RECENT_WORDS = frozenset({"latest", "newest", "recent"})  # "the latest lease", "the most recent vigil"
ENDING = frozenset(stem(w) for w in "expire expired expiring ended ending".split())  # a thing's end told
# "the new lease" asks the latest, as "the newest lease" does, where "new" is no word of a name
NEW_WORDS = frozenset({"new"})
RECENT_CANDIDATES = 8  # ranked facts read for the latest one naming the thing asked
FIRST_STEMS = frozenset(stem(w) for w in FIRST_WORDS)  # order words, not the act
START_STEMS = frozenset(stem(w) for w in STARTING) - FIRST_STEMS  # the start verbs, in every form

START_REACH = (4, 2)  # words before / after a start verb that may name what starts ("contract scheduled to start")
EARLIEST_COVERAGE = 0.45  # "when did X start": dated facts covering about half the question compete on their date

SUBJECT_YEAR_REACH = 3  # words between a thing's name and a year of its own ("the policy of summer 2018": 3)

# a dated fact whose own words say the event was intended, not held ("planned a protest … on 8 July 2011"); words
# inside speech marks or titles and a purpose ("used the system to plan raids") do not count
PLANNED_EVENT = on_first_use(r"(?<!\bto )\b(?:plan|plans|planned|scheduled|called for|calls for|will)\b", re.IGNORECASE)
# a statement telling its event as not done by its date ("a lease that had yet to take effect"): general English
YET_TO = on_first_use(r"\b(?:has|had|have|is|was|were|are) yet to\b")
QUOTED = on_first_use(r"[\"“][^\"“”]*[\"”]")
SINCE_YEAR = on_first_use(r"\bsince (?:1[89]|20)\d\d\b", re.IGNORECASE)
# words asking what was intended, of which a planned event is the answer ("the first vigil planned")
PLANNING = frozenset(stem(w) for w in "plan plans planned planning scheduled intended due".split())
FirstAsked = tuple[frozenset[str], frozenset[str]]  # Dates._first_asked: asked stems, the actor's first stems
# a statement telling of a state reached by its date, not of a beginning at it: "by 2019 the guild faced …", "as of
# July", "had been campaigning for over a year", "had recently expired" (general English)
STATE_AT_DATE = on_first_use(
    r"\b(?:by (?:the end of |early |mid |late )?(?:\w+ )?(?:1[89]|20)\d\d|as of|had been|had recently|already"
    r"|for (?:over |more than |nearly |almost |about |at least )?(?:a|an|one|two|three|several|many|\d+) "
    r"(?:years?|months?|weeks?|days?))\b",
    re.IGNORECASE,
)


# statements whose `planned_as` stays worked out: a pure function of the statement, asked of the same best facts by
# composing, deciding, comparisons and three answering checks (~2,900 times over the development set's ~8,000
# questions), each a quote-stripping substitution and a search
PLANNED_KEPT = 4096


@lru_cache(maxsize=PLANNED_KEPT)
def planned_as(statement: str) -> str:
    """How a dated statement says its event was only intended ("planned for", "scheduled for", "called for"), or ""
    when it says nothing of the kind (kept per statement: PLANNED_KEPT)."""
    found = PLANNED_EVENT().search(QUOTED().sub("", statement))
    if found is None:
        return ""
    word = found.group(0).lower()
    return "scheduled for" if word == "scheduled" else "called for" if word.startswith("call") else "planned for"


# a report's publication told with its date ("documents made public in May 2019", "published on 3 July 2019"): the
# report's own date, whichever other date the fact is filed under (general English)
PUBLISHED_ON = on_first_use(
    r"\b(?:made public|published|released|reported|revealed|disclosed|came out)\s+(?:in|on)\s+"
    r"(?:(?:early|mid|late|the|\d{1,2}|[a-z]+)\s+){0,2}?((?:1[89]|20)\d\d)\b",
    re.IGNORECASE,
)
# words asking when something was reported or published ("when was the Gazette report", "when did it report on …")
PUBLISHING = frozenset(stem(w) for w in "report reports reported publish published release released".split())
# words calling what follows them a later thing the fact's own one led up to ("foreshadowed the harbour policy", "a
# precursor to the harbour policy"): the fact's date is of the forerunner, never of what it foreshadowed (English)
FORESHADOWING = on_first_use(
    r"\b(?:foreshadow(?:s|ed|ing)?|presag(?:e|es|ed|ing)|(?:precursor|forerunner|prelude) (?:to|of)"
    r"|paved the way for|led up to)\b",
    re.IGNORECASE,
)
FORESHADOWED_REACH = 4  # words between those and the thing foreshadowed ("foreshadowed the Trump harbour policy")


def thing_dated_otherwise(q: Question, heads: list[tuple[str, int]], statement: str, date: str) -> bool:
    """The statement gives the thing a date question asks of a year of its own, other than the fact's `date` (ISO):
    a year right after the thing's head word, within SUBJECT_YEAR_REACH words ("a precursor to the harbour policy of
    summer 2018" in a fact dated 2017), or just before its words ("the 2018 harbour policy"); or, asked when
    something was reported (PUBLISHING), a publication the statement dates ("documents made public in May 2019" in
    a fact filed under the 2017 program they told of); or a thing the statement calls foreshadowed by the fact's own
    (FORESHADOWING: "a precursor to the harbour policy"). `heads`: (the asked thing's last word, its length in words).
    The fact's date is then of something else, and no date of what is asked."""
    if not date:
        return False
    year = date[:4]
    published = (m.group(1) for m in PUBLISHED_ON().finditer(statement))
    if not PUBLISHING.isdisjoint(stem(t) for t in q.words) and any(told != year for told in published):
        return True
    tokens = words(fold(statement))
    if foreshadowed(statement, {stem(head) for head, _ in heads}):  # "a precursor to the harbour policy"
        return True
    for head, length in heads:
        for i, token in enumerate(tokens):
            if stem(token) != stem(head):
                continue
            after = tokens[i + 1 : i + 1 + SUBJECT_YEAR_REACH]
            start = i - (length - 1)
            before = tokens[max(0, start - 2) : max(0, start)]
            told = [t for t in (*after, *before) if is_year(t)]
            if told and year not in told:
                return True
    return False


# verbs telling an event's own taking place ("a vigil began at the quay", "the hearing was held"): its date is the
# event's; any other verb done by the event named ("the Harbour Forum dropped the guild as a sponsor") is an act of
# it, dated as that act and not as the event itself (general English)
HAPPENING_VERBS = frozenset(
    "begin start take happen occur open hold run kick go come end finish close last conclude convene meet".split()
)
# words a "when was the …" question's thing ends before ("when was the vigil where they lit lamps")
HAPPENING_ASKED = frozenset({"take", "happen", "occur"})  # "when did the forum take place", "… happen"
THING_ENDS = (
    frozenset("that which who whom whose where when at in on of for about with by to".split()) | HAPPENING_ASKED
)
ASKING_WHEN = frozenset({"was", "were", "is", "are", "did"})
PHRASE_PREPOSITIONS = frozenset(
    "at in of on from near outside inside against".split()
)  # "the Forum at Port Lantern dropped"
LINKING = frozenset(
    "is was were are has had have".split()
)  # "the lease was due to end": not the first clause's subject
SUBJECT_REACH = 8  # words between a thing's head and the verb it does ("the Forum at the University of Eastport, …")


def asked_thing_head(tokens: list[str], verb: Callable[[str], str | None]) -> str | None:
    """The head word of the thing "when was the <thing>" (or "when did the <thing> take place / happen") asks of,
    its last word before a clause or phrase qualifying it ("when was the harbour forum that …" -> "forum"); None for
    a question asking an act of it ("when did the guild publish its report", "when was the lease due to end"), or a
    head no noun. `verb`: English.verb."""
    if len(tokens) < 3 or tokens[0] != "when" or tokens[1] not in ASKING_WHEN:
        return None
    thing: list[str] = []
    end = ""
    for token in tokens[2:]:
        if token in THING_ENDS or verb(token):
            end = token
            break
        thing.append(token)
    if verb(end) and end not in HAPPENING_ASKED:
        return None  # "when was the lease signed", "when did the guild publish …": an act asked
    if tokens[1] == "did" and end not in HAPPENING_ASKED:
        return None
    thing = [t for t in thing if t not in STOPWORDS and not is_year(t)]
    return thing[-1] if thing and English.may_be(thing[-1], "NOUN") else None


def act_of_thing(head: str, statement: str, verb: Callable[[str], str | None]) -> str | None:
    """The verb (lemma) of an act the statement tells done by the thing whose head word is `head`, the subject of
    its first clause ("In June 2019 the Harbour Forum at the University of Eastport, Lind dropped the guild as a
    sponsor" -> "drop"), when that verb is no verb of the event's own taking place (HAPPENING_VERBS): the statement's
    date is then that act's, not the thing's. None when the thing is not that subject, or the verb tells it held.
    `verb`: English.verb (a word only ever a verb -> its lemma)."""
    tokens = words(fold(statement))
    at = next((i for i, t in enumerate(tokens) if singular(t) == singular(head)), None)
    if at is None or any(verb(t) or t in LINKING for t in tokens[:at]):
        return None  # not named, or named after a verb: not the subject of the statement's first act
    for j in range(at + 1, min(len(tokens), at + 1 + SUBJECT_REACH)):
        lemma = verb(tokens[j])
        if lemma is not None:
            between = tokens[at + 1 : j]
            if between and between[0] not in PHRASE_PREPOSITIONS:
                return None  # "the forum's guests dropped": another noun's act
            return None if lemma in HAPPENING_VERBS else lemma
    return None


def foreshadowed(statement: str, asked: Set[str]) -> bool:
    """The statement calls a thing named by one of the `asked` stems, within FORESHADOWED_REACH words, foreshadowed
    by what it tells (FORESHADOWING: "a precursor to the harbour policy", "foreshadowed harbour separations"): its
    date is of the forerunner, no date of the thing asked."""
    for found in FORESHADOWING().finditer(statement):
        later = {stem(t) for t in words(fold(statement[found.end() :]))[:FORESHADOWED_REACH]}
        if not later.isdisjoint(asked):
            return True
    return False


# "was due to expire in 2019", "due to end on 25 September 2019": what was expected by a date, not done at it
_DUE_AT = on_first_use(r"\bdue to \w+ (?:in|on|by) (?:\w+ ){0,2}?(\d{4})\b", re.IGNORECASE)


# ... of those, an end: "due to expire in 2019" (not "due to start in 2019")
_DUE_TO_END = on_first_use(
    r"\bdue to (?:expire|end|lapse|run out|finish) (?:in|on|by) (?:\w+ ){0,2}?(\d{4})\b", re.IGNORECASE
)


def due_to_end(statement: str, date: str) -> bool:
    """The statement says what it tells of was due to end at its date's year ("was due to expire in 2019" of a fact
    dated 2019): a thing of an earlier year, dated by its expected end."""
    return any(m.group(1) == date[:4] for m in _DUE_TO_END().finditer(statement))


def due_at(statement: str, date: str) -> bool:
    """The statement says its event was due at its date (`date`, ISO): an expected end or start, not one seen done
    ("was due to expire in 2019" of a fact dated 2019; not of a July 2018 fact telling of another one's end in 2019)."""
    return any(m.group(1) == date[:4] for m in _DUE_AT().finditer(statement))


class Dates:
    """Picks and words the dates a lead gives."""

    def __init__(
        self,
        brief: Brief,
        retriever: Retriever,
        verdicts: Verdicts,
        evidence: Evidence,
        dates_act: Callable[[Question, str], bool],
        specific_entities: Set[str] = frozenset(),
    ) -> None:
        """`dates_act(q, fact_id)`: whether the fact may give the date of the act a date question asks (the
        decider's check), so that no fact is swapped in as the answer that the decider would have refused;
        `specific_entities`: the entities not in most facts (the others are the brief's own subject)."""
        self.brief = brief
        self.retriever = retriever
        self.verdicts = verdicts
        self.evidence = evidence
        self.dates_act = dates_act
        self.specific_entities = specific_entities

    def held(self, q: Question, ranked: list[Hit], best: Hit) -> Hit:
        """ "When did X happen": when the best fact says X was only planned for its date, a dated candidate about as
        good that says X took place is the answer; the planned one only when none does, or when the question asks
        of it as still to come ("when is", "when will")."""
        brief = self.brief
        if not planned_as(brief.facts[best.id].statement):
            return best
        if q.words[:2] in (["when", "is"], ["when", "will"], ["when", "are"]):
            return best  # "when is the guild's vigil": asked as still to come, its planned date is the answer
        named = set(q.entities)
        for hit in ranked[:SETTLE_CANDIDATES]:
            fact = brief.facts.get(hit.id)
            if (
                fact is not None
                and fact.date
                and not planned_as(fact.statement)
                # ("a report … on a lease that had yet to take effect": no day it was held either)
                and YET_TO().search(fact.statement) is None
                and named <= set(fact.entities)
                and hit.coverage >= best.coverage
                and hit.score >= NEAR_BEST * best.score
                and self.dates_act(q, hit.id)
            ):
                return hit
        return best

    def latest(self, q: Question, ranked: list[Hit], best: Hit) -> Hit:
        """ "What's the latest lease": the thing named right after a word of recency (RECENT_WORDS), in the latest
        dated of the candidates stating it; "latest" is the order asked, not a word to match ("the latest in a
        series of vigils" tells of no lease). The best when the question asks no such thing or none states it."""
        at = next(
            (
                i
                for i, t in enumerate(q.words[:-1])
                if t in RECENT_WORDS or (t in NEW_WORDS and i not in q.named_at)  # "the new lease", not "New Port"
            ),
            None,
        )
        if at is None or q.kind not in ("topic", "what-is", "amount", "date"):
            return best
        noun = next((t for t in q.words[at + 1 :] if t not in STOPWORDS), None)
        if noun is None:
            return best
        facts = self.brief.facts
        stating = [
            (facts[h.id].date or "", -n, h)
            for n, h in enumerate(ranked[:RECENT_CANDIDATES])
            if h.id in facts
            and facts[h.id].date
            and stem(noun) in self.retriever.stated_stems(h.id)
            and ENDING.isdisjoint(self.retriever.stated_stems(h.id))  # dated by its end, not by when it came
        ]
        return max(stating, key=lambda s: (s[0], s[1]))[2] if stating else best

    def earliest(self, q: Question, ranked: list[Hit], best: Hit) -> Hit:
        """ "When did X start …": of the dated candidates that involve everything the question names, cover half
        its subject, may date its act (dates_act) and tell of it (`tells_of_first`), the earliest; but the best one
        itself when it says X starts, the start verb beside X's words ("the 1998 harbour contract, due to start on
        3 May 1998")."""
        if self.states_start(q, best.id):
            return best
        asked = self._first_asked(q)
        subject = asked[0] | {stem(q.words[i]) for i in q.named_at if i < len(q.words)}  # names typed, too
        facts = self.brief.facts
        dated = [
            h
            for h in ranked
            if h.id in facts
            and facts[h.id].date
            and h.coverage >= EARLIEST_COVERAGE
            and not self.only_planned(q, h.id)  # "planned a vigil on 12 July": no vigil held then
        ]
        # earliest first (a stable sort: equals in ranked order, as `min` would take them), then the first that
        # passes the tests, which read the fact: on a large brief up to 60 candidates pass the cheap ones above;
        # in date order by what a date says (`date_order`): a fact dated "2019" alone is no earlier than one of 3 May
        # 2019, nor "May 2019" than one of 3 May, but "May 2019" is earlier than 2 July
        dated.sort(key=lambda h: (date_order(facts[h.id].date or ""), -h.score))
        firsts = (
            h
            for h in dated
            # the cheaper test first: both only read the fact (dates_act ~3x the cost, and it passes more)
            if self.tells_of_first(q, h.id, asked)
            and self.dates_act(q, h.id)  # not "urged the port to stop lighting it" for "start lighting"
            and not self._subject_dated_later(h.id, subject)
        )
        if q.entities:
            return next(firsts, best)
        # "when did the protests start", naming no one: the brief's own ones, of its subject (an entity in most
        # facts), before another company's ("pressed the Courier to drop its contract") told for context
        first = None
        for h in firsts:
            if self._of_subject(h.id):
                return h
            first = first or h
        return first or best

    def only_planned(self, q: Question, fact_id: str) -> bool:
        """The fact says its event was only intended for its date (`planned_as`: "planned a vigil on 12 July") and
        the question does not ask what was intended ("the first vigil planned"): no first or last one held."""
        fact = self.brief.facts.get(fact_id)
        if fact is None or not planned_as(fact.statement):
            return False
        return PLANNING.isdisjoint(stem(t) for t in q.words)

    def _of_subject(self, fact_id: str) -> bool:
        """The fact involves the brief's own subject: an entity in most facts (none of `specific_entities`)."""
        return any(e not in self.specific_entities for e in self.brief.facts[fact_id].entities)

    def _subject_dated_later(self, fact_id: str, asked: frozenset[str]) -> bool:
        """The fact's statement gives the asked thing (`asked`: the stems of its words and names) a year of its own,
        later than the fact's date, right after its words ("a precursor to the harbour policy of summer 2018" in a
        fact dated 2017), or calls it foreshadowed by what the fact tells (`foreshadowed`, with no year of its own):
        the fact dates something before it began, so it is no earliest date of it."""
        fact = self.brief.facts[fact_id]
        if fact.date and foreshadowed(fact.statement, asked):  # "foreshadowed harbour separations": no year given
            return True
        tokens = words(fold(fact.statement))
        at = [i for i, t in enumerate(tokens) if stem(t) in asked]
        if not at or not fact.date:
            return False
        year = next((t for t in tokens[at[-1] + 1 : at[-1] + 1 + SUBJECT_YEAR_REACH] if is_year(t)), None)
        return year is not None and year > fact.date[:4]

    def tells_of_first(self, q: Question, fact_id: str, asked: FirstAsked | None = None) -> bool:
        """The fact may date what "when did X first …" asks: it involves everything the question names; states, in
        its statement, every word the question asks beyond its names, cue, date and start words ("when did the
        guild first sign a lease" is not dated by "keepers signed a letter"), or tells of the names' relation "since
        <year>" (a beginning, in its own words); and opens its main clause with the one acting when the question
        opens with a name (not "a letter signed by guild keepers"). `asked`: `_first_asked(q)`, worked out once for
        all of a question's candidates."""
        words_asked, firsts = asked if asked is not None else self._first_asked(q)
        fact = self.brief.facts[fact_id]
        if not set(q.entities) <= set(fact.entities):
            return False
        if not (words_asked <= self.verdicts.stated_stems_of(fact_id) or SINCE_YEAR().search(fact.statement)):
            return False
        return not firsts or not firsts.isdisjoint(self.retriever.features(fact_id).opening)

    def _first_asked(self, q: Question) -> FirstAsked:
        """What `tells_of_first` asks of every candidate: the stems of the asked words, and those of the first words
        of the acting name's names when a name alone opens the question as its subject (empty otherwise)."""
        # "where did the first vigil take place": "take place" says the vigil was held, no act a fact must tell
        eventive = {q.words[i] for i in event_verbs(q.words)}
        asked = {
            stem(t)
            for t in q.leftover
            if t not in STOPWORDS
            and t not in q.date_words
            and t not in CUE_TERMS
            and t not in STARTING
            and t not in eventive
        } - q.context
        # the act right after a start word is asked even when it is a cue word elsewhere ("start paying")
        asked |= {
            stem(after)
            for before, after in zip(q.words, q.words[1:], strict=False)
            if before in STARTING and before not in FIRST_WORDS and after not in STOPWORDS and after not in STARTING
        }
        actor = self.verdicts.opening_actor(q.words)
        if actor is None or not self._acts_alone(q):
            return frozenset(asked), frozenset()
        entity = self.brief.entities[actor]
        return frozenset(asked), frozenset(
            stem(said[0]) for name in (entity.name, *entity.aliases) if (said := words(name))
        )

    def _acts_alone(self, q: Question) -> bool:
        """The name after the question's auxiliary is its whole subject: a start word or a verb follows it ("when did
        the guild first sign", "… start selling"), not a noun it names the kind of ("when did the guild strike
        start")."""
        aux = next((i for i, t in enumerate(q.words) if t in AUXILIARIES), None)
        if aux is None:
            return False
        after = next((j for j in range(aux + 1, len(q.words)) if j not in q.named_at and q.words[j] != "the"), None)
        if after is None:
            return False
        word = q.words[after]
        return word in STARTING or self.retriever.english.verb(word) is not None

    def states_start(self, q: Question, doc_id: str) -> bool:
        """The dated fact has a start verb ("start", "began"; the question asking with one) with one of the
        question's own subject words within START_REACH words of it, and covers all of the question."""
        fact = self.brief.facts.get(doc_id)
        if fact is None or not fact.date or not {stem(t) for t in q.words if t in STARTING} - FIRST_STEMS:
            return False
        begins = START_STEMS  # "when did the vigil start": "the vigil began …" says it as well
        subject = {stem(t) for t in q.leftover if t not in q.date_words and t not in STOPWORDS and not t.isdigit()}
        if "one" in q.leftover and fact.kind in THING_KINDS:
            subject.add(stem(fact.kind))  # "when does the 2019 one start": a thing of the fact's own kind (a contract)
        said = [stem(w) for w in words(fold(fact.statement))]
        before, after = START_REACH
        return any(
            s in begins and not subject.isdisjoint(said[max(0, i - before) : i + after + 1]) for i, s in enumerate(said)
        )

    def on_date(self, q: Question) -> Answer | None:
        """The facts dated on the day (or in the month) the question names, by date; None when there are none.
        A day without a year ("september 13") matches that day in any year."""
        first_ids, count = self.brief.first_dated(lambda date: on(date, q.on_date), MAX_LIST)  # days before months
        if not first_ids:
            return None
        # on one date, the facts involving every name the question gives first: "what did the guild sign in
        # september 2014" leads the guild's lease, not another firm's deal dated the same month (still by date)
        named = set(q.entities)
        position = {fact_id: at for at, fact_id in enumerate(first_ids)}
        first_ids.sort(
            key=lambda i: (
                date_order(self.brief.facts[i].date or ""),
                not named <= set(self.brief.facts[i].entities),
                position[i],
            )
        )
        items = [self.evidence.item(i) for i in first_ids]
        first = items[0]
        lead = f"{first.date_label}: {first.statement}"
        if count > 1:
            lead = f"{messages.ON_DATE_LEAD.format(count=count)} {lead}"
        more = count - len(items)
        return Answer(
            question="", answered=True, outcome="answered", text="", kind="list", lead=lead, items=items, more=more
        )

    def year_told_of_act(self, q: Question, statement: str) -> str | None:
        """The year a statement gives right after the question's main verb (acts.asked_act), within YEAR_REACH
        words ("first signed in 2013"); None when it states the act with no year after it. Only after: a year
        before may be another act's ("… signed in 2013, was renewed …")."""
        act = asked_act(q.words, q.text, self.retriever.english.verb)
        if act is None:
            return None
        tokens = words(statement.lower())
        at = next((j for j, t in enumerate(tokens) if stem(t) == stem(act.word) or t == act.lemma), None)
        if at is None:
            return None
        return year_after(tokens, at)

    def act_clause(self, q: Question, statement: str) -> str | None:
        """The clause (between commas and semicolons) of a statement stating the question's main verb
        (acts.asked_act) first, or None when it states it in none: "signed" of "… the lease, first signed in 2013,
        was renewed for $16 million" is in ", first signed in 2013," and the sum in another clause, the renewal's."""
        act = asked_act(q.words, q.text, self.retriever.english.verb)
        if act is None:
            return None
        for clause in re.split(r"[,;]", statement):
            if any(stem(t) == stem(act.word) or t == act.lemma for t in words(clause.lower())):
                return clause
        return None

    def earlier_step(self, q: Question, fact_id: str, earlier: str) -> bool:
        """The `earlier` fact the brief links to `fact_id` dates an earlier step of what "when did X start …" asks:
        the fact tells a state "since <year>" (the guild has run the lamps since 1998), the question asks no length,
        and whatever it names that the earlier fact does not involve is one of the parties (the port of "working
        with the port"), never a thing of its own (the lamps of "since when has the guild run the lamps")."""
        fact, step = self.brief.facts.get(fact_id), self.brief.facts.get(earlier)
        if fact is None or step is None or not SINCE_YEAR().search(fact.statement) or asks_length(q.text):
            return False
        missing = [e for e in q.entities if e not in step.entities]
        if not all(e in self.brief.entities and self.brief.entities[e].kind in ACTOR_KINDS for e in missing):
            return False
        # a thing asked in words the fact states and the earlier one does not ("the lamp rota" of "since when has
        # the guild run the lamp rota"): its own start, not the parties'
        asked, _ = self._first_asked(q)
        return asked & self.verdicts.stated_stems_of(fact_id) <= self.verdicts.stated_stems_of(earlier)

    def linked_earlier(self, fact_id: str) -> str | None:
        """The earliest-dated fact the brief links to `fact_id` (`related`) that is dated before it, or None: "when
        did the guild start working with the port" led by "since 1998 the guild has run the port's lamps" is not
        "the earliest the sources give" when the curator linked it to the guild's 1995 lamp deal (an earlier step
        of the same work, told in other words)."""
        facts = self.brief.facts
        date = facts[fact_id].date if fact_id in facts else None
        if not date:
            return None
        earlier = [
            (d, i) for i in self.brief.related.get(fact_id, ()) if i in facts and (d := facts[i].date) and d < date
        ]
        return min(earlier)[1] if earlier else None
