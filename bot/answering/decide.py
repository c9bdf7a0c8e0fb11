"""Step 4: answer or refuse, and why.

A question is answered only when it is about something the brief covers:
- words the brief never uses must not make up half of what it asks about (after aliases, typo fixes and synonyms),
  and none of them may be a number (a year the articles never mention): otherwise "outside what I cover";
- it must name something specific in the brief: an entity, or a word the brief uses that is not everyday English
  and not one of the brief's own ubiquitous words (found from document frequencies, such as its two main names);
- the best fact must cover half of the question's subject weight (40% when it involves two specific entities the
  question names);
- amount, count and date questions need a best fact that holds an amount, a count or a date.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from bot.answering.acts import LIGHT_VERBS, OBJECT_OPENINGS, Act, act_after_name, asked_act
from bot.answering.compose import AMOUNT, NEGATION, REPEATS, REPORTED, TIMES, asks_passive
from bot.answering.durations import ASKS_DURATION, DURATION_WORDS
from bot.answering.retrieve import (
    OWNER_KINDS,
    Hit,
    Retriever,
    amount_owner,
    attachment,
    names_other_thing,
    on,
    states_entity,
)
from bot.answering.understand.clauses import quoted_phrases
from bot.answering.understand.lexicon import ACTOR_KINDS, CHAT, CUE_TERMS, DETERMINERS
from bot.answering.understand.question import NameSpans, Question
from bot.answering.understand.times import CURRENT, STARTING
from bot.answering.understand.understander import LEADER_ROLES, actors_in, known, opening_actor
from bot.dates import MONTHS
from bot.features import COUNT, REQUEST_VERBS, requested_only, without_dates
from bot.records import FactData
from bot.replies import Outcome
from bot.search import stem, stems
from bot.text import IRREGULAR, STOPWORDS, fold, on_first_use, words

NEAR_BEST = 0.75  # a candidate this close to the best may be preferred for what the kind asks
MIN_KNOWN = 0.55  # share of the question's (idf-weighted) content the brief uses at all
MIN_COVERAGE = 0.5  # share of it the best fact or entry contains
ANCHORED_COVERAGE = 0.4
COMPARISON_COVERAGE = 0.25
ASKS_ATTRIBUTE = frozenset({"who"})  # "who wrote X": the asked relation, not only X, must be in the fact
WHO_NOUNS = frozenset("group groups organization organizations person people company agency title".split())
RELATION_WINDOW = 3  # words between an asked attribute and its owner's name ("CEO of Harbourwatch": 2)
NEARLY_ALL = 0.8  # a near-best candidate covering this much of the question stands in for a best covering too little
MIN_ASKED = 0.01  # some of the question's words beyond its named entities must be in the best fact

WORTH_WORDS = frozenset({"worth", "value", "valued", "valuation", "revenue", "revenues"})
PAYMENT_WORDS = frozenset({"pay", "paid", "pays", "paying", "cost", "costs", "spend", "spent", "charge", "charged"})
VALUATION = on_first_use(r"\b(?:valuation|valued at|revenues?|market (?:value|capitali[sz]ation)|net worth)\b")
FIGURE_KINDS = frozenset({"amount", "count"})
# kinds asking of what someone named did: a fact about other actors' doing, however close, does not answer them
ACTED_KINDS = FIGURE_KINDS | {"why-how"}
AMOUNT_CANDIDATES = 4  # an amount question whose best fact gives no sum: these, if about as good, may answer
AMOUNT_NEAR = 0.8
# a figure asked per span of time (general English): a total answers it only if the fact says it is per span too
RATE = on_first_use(
    r"\b(?:per|a|an|each|every)\s+(?:year|month|week|day|annum)\b|\b(?:annual|annually|yearly|monthly|weekly|daily)\b",
    re.IGNORECASE,
)
# a year's own figure asked ("how much did they pay in 2019"), which a running total does not give
IN_YEAR = on_first_use(r"\b(?:in|during|for)\s+(?:19|20)\d\d\b")
TOTAL = on_first_use(r"\b(?:in total|total|altogether|so far|to date)\b", re.IGNORECASE)
TAG_CHECKED = FIGURE_KINDS | {"what-is"}  # "what was its revenue": a figure or a thing, asked by name
UBIQUITOUS_SHARE = 3  # an entity in more than a third of the facts

COUNTED_OF = on_first_use(
    r"\b(\w+)\s+(?:of\s+|by\s+)?"
    r"(?:(?:no\s+)?(?:more|fewer|less)\s+than\s+|(?:just\s+|well\s+)?over\s+|about\s+|nearly\s+|almost\s+"
    r"|around\s+|at\s+least\s+|some\s+|roughly\s+)?$",
    re.IGNORECASE,
)
# "how many people": a count of people, which a number of anything else does not answer (general English)
PEOPLE = frozenset("people persons person folks individuals attendees participants".split())
# nouns for people, as words rather than stems: "demonstrated" shares the stem of "demonstrators"
# words asking for a figure, which an amount in words ("millions of dollars") does not give (general English)
PRECISE = frozenset("exactly exact precisely precise specifically".split())
PERSON_NOUNS = frozenset(
    f"{w}{ending}"
    for w in "people person persons protester demonstrator activist employee worker staff staffer member participant"
    " attendee marcher immigrant organizer volunteer resident student officer agent individual adult parent".split()
    for ending in ("", "s")
) | frozenset("men women man woman child children family families folks".split())
# words for a person that say nothing of who: "what did the Gazette guy say" asks what the Gazette's person said
ANYONE = frozenset("guy guys dude dudes lady ladies gal gals fella folks person persons someone somebody".split())
BOUND_WORDS = frozenset("of more than over about nearly almost around some at least up to roughly".split())
YEAR = re.compile(r"(1[89]|20)\d\d")
MONEY = on_first_use(r"\$|\b(million|billion|thousand|dollars?)\b")
DATE = re.compile(r"\b(1[89]|20)\d\d\b|\b(" + "|".join(m.lower() for m in MONTHS) + r")\b")
# "…, the Gazette noted in August 2019": when the report was made, not when what it tells of happened
REPORTED_WHEN = re.compile(
    r"\b(?:reported|noted|said|wrote|added|told)\s+in\s+(?:(?:early|mid|late)\s+)?(?:(?:"
    + "|".join(m.lower() for m in MONTHS)
    + r")\s+)?(?:1[89]|20)\d\d\b"
)


# what a publication is said to be about: "a report on X", "documents about X", to the end of the clause
PUBLICATION_TOPIC = on_first_use(
    r"\b(?:reports?|documents?|articles?|stor(?:y|ies)|study|studies|memos?|papers?|books?|op-eds?)"
    r"\s+(?:on|about|of|into|detailing|describing)\b[^.;]*"
)
# a title, in quotation marks after "titled" or "called", names the publication, not an event
TITLE = on_first_use(r"\b(?:titled|entitled|called|named|headlined)\s+[“\"]([^”\"]+)[”\"]")
WORD_AT = on_first_use(r"[A-Za-z0-9]+")
# words asking about a publication itself ("when was the report released"): its date is what is asked
PUBLICATION_WORDS = frozenset(
    "report reports reported document documents article articles story stories study memo paper published publish"
    " publishes release released releases leak leaked titled called".split()
)
# Why a fact does not date the act a "when did X do Y" question asks (see Decider.undated_act)
UndatedAct = Literal["called_for", "other_subject", "unstated", "echoed", "reported_on", "other_object", "other_actor"]
ACT_REACH = (4, 5)  # words before and after a fact's verb that may name what it was done to ("a letter signed by")
# words conceding what the asked act was done in spite of ("even though the Admiralty cancelled it")
CONCEDING = (("even", "though"), ("even", "after"), ("even", "if"), ("although",), ("though",))
CONCESSION_CANDIDATES = 8  # facts that may tell a conceded premise
# forms of light verbs the question's words may take by the time they are read ("go" read as the brief's "went")
LIGHT_FORMS = frozenset("went goes gone became become becomes got gets get".split())
# verbs asking how a claim was shown false: its answer is what the brief links to the claim
CONTRADICTING = frozenset(
    "contradict contradicted contradicts contradicting disprove disproved disproves refute refuted refutes debunk"
    " debunked debunks belie belied undercut undercuts undermine undermined".split()
)
# Everyday words that anchor a question together when one fact states them all (Decider.states_all): two, such as
# a year and one word ("who was the director of the agency in 2019"), are still a chance match too often.
STATED_TOGETHER = 3
NEVER_ANCHORS, EVERYDAY, ANCHORS = 0, 1, 2  # how a question word anchors (Decider._anchoring_of)
TERMS_KEPT = 65_536  # question words whose anchoring is kept (arbitrary user words: bounded)
ACTS_KEPT = 4096  # questions whose main verb is kept (a bound: arbitrary user text must not grow it for ever)
CLIPPED = 3  # a question word of at least this many letters may be clipped from the fact's word ("docs", "documents")
NEAR_CANDIDATES = 6
LEAD_WORDS = 3  # a name within a statement's first words is whom it tells of
QUOTING_KINDS = frozenset({"who", "quote", "topic", "what-is", "why-how"})  # asking who said words, or of them
CONTRASTING = frozenset("compared comparison than versus vs unlike whereas".split())  # "how much … compared to X"
# words telling that someone or something began: "founded in 2014", "formed", "started"
BEGINNING = frozenset(
    "start started starts began begun begin founded founding formed launched created established emerged".split()
)
BEGINNING_REACH = 5  # words between a name and a word telling that it began ("founded in 2014 by …")


SCALES = frozenset({"million", "billion"})  # sums of money; thousands are written out ("300,000")


def scaled_figures(tokens: list[str]) -> set[tuple[str, str]]:
    """The sums `tokens` (text.words of a question or a fact) tell with a scale word, as (number, scale): "$49
    million" and "49m" (normalized to "49 million") give ("49", "million"); "1.5 billion", whose point `words`
    drops, gives ("1.5", "billion")."""
    found: set[tuple[str, str]] = set()
    for i in range(1, len(tokens)):
        if tokens[i] in SCALES and tokens[i - 1].isdigit():
            whole = tokens[i - 2] if i >= 2 and tokens[i - 2].isdigit() else ""
            found.add((f"{whole}.{tokens[i - 1]}" if whole else tokens[i - 1], tokens[i]))
    return found


@dataclass(frozen=True)
class Decision:
    outcome: Outcome
    best: Hit | None = None
    undated: UndatedAct | None = None  # set when a date question's candidates state no date of the asked act


class Decider:
    def __init__(self, retriever: Retriever, name_spans: NameSpans = lambda tokens: []) -> None:
        """`name_spans(tokens)`: the names in words, as the question's are found (Understander.name_spans)."""
        self.retriever = retriever
        self._name_spans = name_spans
        self.brief = retriever.brief
        self.index = retriever.index
        self.english = retriever.english
        self._entity_facts: dict[str, int] = {}
        self._kind_of = retriever.entity_kind
        self._synonyms = {k.lower(): v for k, v in self.brief.meta.synonyms.items()}
        self._acts = frozenset(stem(k) for k in self.brief.meta.opposites)  # acts whose absence a date shows
        # a question's main verb, worked out once: undated_act asks it of every candidate a date question weighs
        self._asked_act = lru_cache(maxsize=ACTS_KEPT)(self._main_verb)
        # how a question word anchors, from the brief and English alone: worked out once per word (`anchors` reads
        # each question's words two or three times, each a stem, two index lookups and English frequencies)
        self._anchoring = lru_cache(maxsize=TERMS_KEPT)(self._anchoring_of)

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

    def anchors(self, q: Question, *, everyday: bool = True) -> list[str]:
        """What makes the question about something in the brief: named entities that are not ubiquitous, and
        words the brief uses that are neither everyday English nor ubiquitous in the brief. Years alone anchor
        nothing (empty list)."""
        out = [e for e in q.entities if not self.ubiquitous_entity(e)]
        for term in q.leftover:
            anchoring = self._anchoring(term)
            if anchoring == NEVER_ANCHORS or (anchoring == EVERYDAY and not everyday):
                continue  # "moving", "public": everyday English, unless key to the brief ("contract")
            out.append(term)
        if out and all(YEAR.fullmatch(t) for t in out):
            return []  # a year says when, not what: "who won the 2018 world cup" ("$12M" is specific)
        return out

    def states_all(self, q: Question, ranked: list[Hit]) -> bool:
        """The best-ranked fact states every one of at least STATED_TOGETHER words the question asks with (its
        leftover words, years included): "how did the agency describe the 2017 program in its statement" is about
        that statement, though "program" and "statement" are everyday words and a year alone anchors nothing; one
        everyday word a fact happens to state ("what was the revenue in 2019") is no such match."""
        asked = {stem(t) for t in q.leftover if t not in CUE_TERMS}
        if len(asked) < STATED_TOGETHER or not ranked:
            return False
        return asked <= self.retriever.stated_stems(ranked[0].id)

    def _anchoring_of(self, term: str) -> int:
        """Whether a question word anchors a question (`anchors`): NEVER_ANCHORS for a cue word, one the brief never
        uses or has in most documents; EVERYDAY for everyday English key to the brief (it anchors when `anchors`
        counts such words: everyday=True); ANCHORS otherwise (an everyday word that is not key never anchors)."""
        if term in CUE_TERMS or not self.index.idf_known(stem(term)) or self.retriever.ubiquitous(stem(term)):
            return NEVER_ANCHORS
        if self.english.everyday(term):
            return EVERYDAY if self.retriever.key(term) else NEVER_ANCHORS
        return ANCHORS

    def _on_day(self, fact: FactData, day: str) -> bool:
        """The fact is dated within `day` (a prefix of the brief's dates: "2019-09-13", "2019-09", or "--09-13" for a
        day of any year), or states that day or month in its own words ("13 September", "September 13")."""
        if fact.date and on(fact.date, day):
            return True
        parts = day.lstrip("-").split("-")
        if len(parts[0]) == 4:
            parts = parts[1:]  # the year, which the fact's date or the question's years settle elsewhere
        if not parts or not parts[0].isdigit():
            return False
        month = MONTHS[int(parts[0]) - 1].lower()
        text = fact.statement.lower()
        if len(parts) == 1:
            return month in text
        return f"{int(parts[1])} {month}" in text or f"{month} {int(parts[1])}" in text

    def min_coverage(self, doc_id: str, q: Question) -> float:
        if q.kind == "comparison" and q.sides:
            return COMPARISON_COVERAGE  # each side is fetched on its own: one fact need not hold both
        return ANCHORED_COVERAGE if len(self.specific_entities(doc_id, q)) >= 2 else MIN_COVERAGE

    def fits_kind(self, doc_id: str, q: Question) -> bool:
        """How much / how many / when questions need a best fact holding an amount, a count or a date."""
        fact = self.brief.facts.get(doc_id)
        text = (fact.statement if fact else self.brief.entities[doc_id].description).lower()
        if "money_ask" in q.cues and "count" not in q.cues and not MONEY().search(text):
            return False
        if "money_ask" in q.cues and "count" not in q.cues and not self.amount_asked(text, q):
            return False
        if "count" in q.cues and not self.counts_asked(text, q):
            return False
        if "when" not in q.cues:
            return True
        # an undated fact is dated by a date it states, not by the date its article reported it
        return (fact is not None and fact.date is not None) or DATE.search(REPORTED_WHEN.sub("", text)) is not None

    def amount_asked(self, text: str, q: Question) -> bool:
        """An amount question about something the fact names is not answered by a fact whose every amount names
        another thing right after it ("how much is the Gazette contract" is not answered by "… refused to cancel
        its contract after a nonprofit turned down a $40,000 donation")."""
        asked = self.retriever.asked_stems(q)
        asked |= {f for t in q.leftover if stem(t) in asked for f in self._forms(t)}  # "deal": "$2 million contract"
        if self.worth_of_entity(q):
            return VALUATION().search(text) is not None  # a contract's amount is not what its holder is worth
        amounts = list(AMOUNT.finditer(text))
        if not amounts:  # an amount in words ("millions of dollars"), which MONEY found: no answer to "exactly"
            return PRECISE.isdisjoint(q.words)
        if not asked or asked.isdisjoint(stems(text)):
            return any(self.owned_as_asked(text, m.start(), q) for m in amounts)  # the asked party's amount
        return any(
            not names_other_thing(text, m.start(), m.end(), asked, self.brief.aliases)  # "$7 million to develop …"
            and self.owned_as_asked(text, m.start(), q)
            for m in amounts
        )  # every amount names its own thing ("a $40,000 donation"), not what is asked

    def owned_as_asked(self, text: str, start: int, q: Question) -> bool:
        """The amount at `start` is not another party's: the organization or person its clause names as holding it
        is one the question names or one the brief is about ("Harbour Works was given $7 million" does not
        answer "how much is the new contract worth")."""
        owner = amount_owner(text, start, self._name_spans, self._kind_of)
        if owner is not None and owner in q.entities and not CONTRASTING.isdisjoint(q.words):
            # "how much did the guild get compared to the port": the guild's, whom the question opens with
            acting = opening_actor(q.words, self._name_spans, self._kind_of)
            return acting is None or acting == owner or acting not in q.entities
        if owner is None or owner in q.entities:
            return True
        # the brief's own subject holds most amounts, unless the question asks about another party ("how much did
        # the guild get": "the harbour signed a $5 million lease" is the harbour's)
        asked_about = [
            e
            for e in q.entities
            if e not in q.scene_entities and self._kind_of(e) in OWNER_KINDS and not self.ubiquitous_entity(e)
        ]
        return self.ubiquitous_entity(owner) and not asked_about

    @staticmethod
    def worth_of_entity(q: Question) -> bool:
        """ "How much is X worth", "X's value": what the named entity itself is worth, asked about nothing else
        (no contract, no payment), which only a valuation or revenue answers."""
        said = set(q.words)
        return (
            bool(q.entities)
            and set(q.leftover) <= WORTH_WORDS
            and bool(said & WORTH_WORDS)
            and not said & PAYMENT_WORDS
        )

    def counts_asked(self, text: str, q: Question) -> bool:
        """A count question needs a count in the fact; when the fact names the counted noun, a number standing next
        to it or to what the question asks ("how many employees does the Gazette have" is not answered by "Gazette
        employees presented … a letter signed by 90,000 people"): a neighbouring figure stated as the answer would
        claim more than the fact says."""
        text = without_dates(text)
        matches = list(COUNT().finditer(text))
        if q.counted not in TIMES:  # "once its employees pressed it to" counts no employees (nor anything)
            matches = [m for m in matches if m.group(0).lower() not in REPEATS]
        if not matches:
            return False
        counted = {stem(q.counted)} if q.counted else set()
        if counted and q.counted in PEOPLE and counted.isdisjoint(stems(text)):
            asked = self.retriever.asked_stems(q)
            return any(self._counts_people(text[m.end() :], asked) for m in matches)
        # "how many signatures did the letter get" is no count of "dozens of protesters": every number here counts
        # people, and the question counts a thing the fact does not name
        thing = bool(counted) and q.counted not in PERSON_NOUNS and counted.isdisjoint(stems(text))
        if thing and all(self._counts_people(text[m.end() :], set()) for m in matches):
            return False
        if not counted or counted.isdisjoint(stems(text)):
            return True  # the fact names what is counted in its own words ("dozens of protesters" for "people")
        asked = self.retriever.asked_stems(q)
        return any(
            attachment(text, m.start(), m.end(), asked, counted, after_only=True) > 0
            or self._counted_of(text[: m.start()], counted)
            for m in matches
        )

    @staticmethod
    def _counts_people(after: str, asked: set[str]) -> bool:
        """The first two words after a number, past "of" and bounds, name people ("dozens of protesters") or what the
        question asks them to have done ("120 signatures" for "how many people signed"), not another thing
        ("more than 120 signatures" is no count of the people at a vigil)."""
        following = [w for w in words(after[:60]) if w not in BOUND_WORDS][:2]  # "150 unpaid keepers"
        return any(
            w in PERSON_NOUNS or any(len(a) > CLIPPED and stem(w).startswith(a) for a in asked) for w in following
        )

    @staticmethod
    def _counted_of(before: str, counted: set[str]) -> bool:
        """The counted word right before the number, maybe with "of" or "by" and a bound between: "the arrests of
        over 400 immigrants" counts 400 arrests, as "a crowd of 200" counts the crowd, "signed by 400 people"
        the signatures and "to arrest no fewer than 80 sailors" the arrests."""
        found = COUNTED_OF().search(before)
        return found is not None and stem(found.group(1).lower()) in counted

    def decide(self, q: Question, ranked: list[Hit]) -> Decision:
        quoting = None
        if q.kind in QUOTING_KINDS and not q.outlet:  # not "what date was the 'choose a side' article published"
            quoting = next((h for h in ranked[:NEAR_CANDIDATES] if self._quotes(q, h.id)), None)
            phrases = quoted_phrases(q.text) if quoting is None else []
            if phrases:  # its other words ranked another fact first ("… at the Lamport office"): search the phrase
                found = self.index.search(words(" ".join(phrases)), NEAR_CANDIDATES)
                quoting = next((Hit(i, score, 1.0) for i, score in found if self._quotes(q, i)), None)
        if quoting is not None:  # "who said 'we've seen this before'": the fact with those very words, whatever
            # its words' weight (everyday ones, or "seen" read as the brief's "saw")
            ranked = [Hit(quoting.id, quoting.score, 1.0), *(h for h in ranked if h.id != quoting.id)]
        known = self.retriever.known_share(q)
        unknown = [t for t in q.leftover if not self._knows(t)]
        if ASKS_DURATION.search(q.text):  # "how long did the messages stay up": "stay" asks for a length
            unknown = [t for t in unknown if t not in DURATION_WORDS]
        # a number the brief never gives is asked about something it does not tell, unless a yes/no question puts it
        # to the test ("did over 100 sign": the fact giving the real figure answers, never with a "Yes")
        # (a year stays one: "did they renew it in 2022" asks of a time no article tells)
        figures = [t for t in unknown if t.isdigit() and t not in q.years]
        if q.kind == "yes-no" and figures:
            unknown = [t for t in unknown if t not in figures]
            known = self.retriever.known_share(replace(q, terms=[t for t in q.terms if t not in figures]))
        foreign = any(t.isdigit() for t in unknown) or len(unknown) * 2 >= max(len(q.leftover), 1)
        if foreign and ranked and self._pinned(ranked[0], q):
            foreign = False  # "who's the pastor who brought up Lindco and the Admiralty": the names pin the fact down
        if q.sources and not foreign:
            known = 1.0  # "the full quote at the top of the Gazette story": one of the brief's own articles is asked of
        if known < MIN_KNOWN or not ranked or (unknown and foreign):
            outcome: Outcome = "no_match" if q.entities and known >= 0.34 and not unknown else "off_topic"
            return Decision(outcome)
        if (
            not self.anchors(q)
            and not self._about_subject(q)
            and not self._quotes(q, ranked[0].id)
            and not self.states_all(q, ranked)
        ):
            return Decision("off_topic")
        named_sums = scaled_figures(q.words)
        if named_sums:  # "when does the $49 million contract expire": never a fact of another sum; a yes/no
            # question may be answered by the real sum ("was it worth $50 million"), never by a number of no sum
            # ("8,400 people" for "did they sign a $400 million contract")
            verdict = q.kind in ("yes-no", "comparison")
            ranked = [h for h in ranked if not self._other_sum(h.id, named_sums, any_sum=verdict)]
            if not ranked:
                return Decision("no_match")
        best = self._covering(q, ranked)
        if best.coverage < self.min_coverage(best.id, q) and not (best.id in q.entities and q.about_entity):
            return Decision("no_match")
        named = [e for e in q.entities if not self.ubiquitous_entity(e)]
        fact = self.brief.facts.get(best.id)
        if q.kind in (ASKS_ATTRIBUTE | {"yes-no"}) and fact is not None and self._about_others(best.id, named):
            return Decision("no_match")  # "who founded Harbourwatch": a fact about someone else's founder
        # whom it is about: not the place it happened at, nor a name said only in the scene ("after the letter to X")
        actors = [e for e in named if self.brief.entities[e].kind in ACTOR_KINDS and e not in q.scene_entities]
        if q.kind in ACTED_KINDS and fact is not None and self._about_others(best.id, actors):
            # "how many signed the Gazette's petition": another petition's count; "why did the Courier cancel its
            # lease": another company's cancelling
            return Decision("no_match")
        if (
            q.kind == "count"
            and q.counted_owner
            and fact is not None
            and self._about_others(best.id, [q.counted_owner])
        ):
            return Decision("no_match")  # "how many Courier employees signed the letter": another staff's count
        if q.kind == "count" and q.counted in PERSON_NOUNS and fact is not None and self._act_unstated(q, best.id):
            return Decision("no_match")  # "how many sailors got arrested at the vigil": "dozens of sailors gathered"
        if q.kind in ("amount", "count") and fact is not None and q.on_date and not self._on_day(fact, q.on_date):
            return Decision("no_match")  # "how many were arrested at the sept 13 vigil": a count of another day
        presumed = q.kind == "yes-no" or (q.kind == "why-how" and "why" in q.words)
        if q.kind == "why-how" and fact is not None and self._why_act_untold(q, best.id):
            return Decision("no_match")  # "why did the guild fire its keepers": no fact tells they were fired
        if fact is not None and self._premise_act_untold(q, best.id):
            return Decision("no_match")  # "since the guild cancelled the lease, who took over": it never did
        if q.kind == "yes-no" and self._concession_untold(q, ranked):
            return Decision("no_match")  # "did the guild renew even though the Admiralty cancelled it": never told
        if presumed and fact is not None and self._only_demanded(q, best.id):
            # "did the guild end up dropping the keeper", "why did the guild agree to drop the keeper": "urged the
            # guild to stop …" tells of no act done ("how did the guild react" asks what was done, a request too)
            return Decision("no_match")
        if q.kind == "yes-no" and fact is not None and self._about_others(best.id, q.entities):
            # "did the guild cancel its lease" is not settled by another guild keeping its own, however close
            about = next(
                (
                    h
                    for h in ranked
                    if h.coverage >= MIN_COVERAGE
                    and h.id in self.brief.facts
                    and not self._about_others(h.id, q.entities)
                ),
                None,
            )
            if about is None:
                return Decision("no_match")
            best = about
        if not self.fits_kind(best.id, q):
            if q.kind == "amount":  # "how much is the 2019 contract": the renewal states no sum, the next one does
                fitting = [
                    h
                    for h in ranked[1:AMOUNT_CANDIDATES]
                    if h.coverage >= best.coverage and h.score >= AMOUNT_NEAR * best.score and self.fits_kind(h.id, q)
                ]
            else:  # "when did X start …": a dated candidate that covers the question well enough answers it
                fitting = [
                    h for h in ranked[1:] if q.earliest and h.coverage >= MIN_COVERAGE and self.fits_kind(h.id, q)
                ]
            if not fitting:  # a date question's closest fact states no date: say so, not that nothing matched
                return Decision("no_match", undated="unstated" if q.kind == "date" else None)
            best = fitting[0]
        if q.earliest and self._asks_beginning(q) and not self._tells_beginning(q, best.id):
            return Decision("no_match", undated="unstated")  # "when did the guild start": not its first mention
        undated = self.undated_act(q, best.id) if q.kind == "date" else None
        if undated is not None:
            dating = self._dating(q, ranked, best)
            if dating is None:
                return Decision("no_match", undated=undated)
            best = dating
        if q.entities and q.kind in ASKS_ATTRIBUTE and self.asked_coverage(best.id, q) < MIN_ASKED:
            return Decision("no_match")
        if q.attribute and q.owner and not self.relation_stated(best.id, q):
            return Decision("no_match")
        if q.attribute and q.owner:
            best = self._defining(q, ranked, best)
        if q.current and q.kind != "yes-no" and not self.states_present(best.id):
            return Decision("no_match")  # "where is it headquartered now": the sources stop at their dates
        fact = self.brief.facts.get(best.id)  # the candidate answering now, which may not be the first
        if q.kind in FIGURE_KINDS and fact is not None and RATE().search(q.text) and not RATE().search(fact.statement):
            return Decision("no_match")  # "how much is it worth per year": a total is no yearly figure
        if q.kind == "amount" and fact is not None and IN_YEAR().search(q.text) and TOTAL().search(fact.statement):
            return Decision("no_match")  # "how much did they pay in 2019": "paid over $150 million in total" is not it
        if q.excluded and self._led_by(best.id, q.excluded):
            return Decision("no_match")  # "who organized it besides the guild": not the guild's entry or deed
        if q.kind in TAG_CHECKED and best.id in self.brief.facts and self.only_tagged(best.id, q):
            return Decision("no_match")  # "how much revenue": a fact tagged "revenue" that states the guild's payments
        if fact is not None and fact.kind == "claim" and fact.related and not CONTRADICTING.isdisjoint(q.words):
            # "how did the documents contradict the guild's claim": what the brief links to the claim, not the claim
            place = {h.id: n for n, h in enumerate(ranked)}
            linked = sorted((i for i in fact.related if i in self.brief.facts), key=lambda i: place.get(i, len(place)))
            if linked:
                best = next((h for h in ranked if h.id == linked[0]), Hit(linked[0], best.score, best.coverage))
        return Decision("answered", best)

    def undated_act(self, q: Question, doc_id: str) -> UndatedAct | None:
        """Why a fact's date is not the date of the act a date question asks, or None when it may be.

        A date answers "when did X do Y" only if the fact tells of Y being done (by X when X is named). The signs
        that it does not are general English, not anything of one brief:
        - "called_for": what the question asks (or a synonym the brief gives for it) is in the fact only as
          something demanded of someone, and nothing else it asks is told as done ("pressed the guild to cancel its
          contract" for "when did the guild cancel its contract"; but "when was the letter asking to cancel the
          contract read out" is dated by it), unless the question itself asks about a demand;
        - "other_subject": the question names someone specific (not an entity in a third of the facts) whom the
          fact neither lists nor names ("when did Lind resign" against other firms' "mass resignations");
        - "reported_on": everything the question asks that the fact states is inside what a publication is said to
          be about ("a report on the harbour raid", a title in quotation marks): the date is the publication's,
          unless the question asks about the publication itself;
        - "echoed": the fact is dated only to a year the question itself states ("when did the Gazette report on
          the 2017 survey" against the survey's 2017): the year names what is asked about, and the asker knows it;
        - "unstated": the fact states none of the words the question asks beyond its names, cue words and dates,
          not even clipped ("docs" for "documents"), as "when did Lind leave the guild" against a fact that only
          names him; or it lacks an act the brief lists opposites for (`opposites:` in brief.yaml: cancel, drop,
          leave…), as "when did the guild cancel the contract" against the contract's start. Neither applies when the
          fact tells what the first specific thing the question names did with a second one ("when did Harbourwatch drop
          the Operation Lantern docs": "Harbourwatch published … Operation Lantern"), nor to "how long" questions, whose
          length may be stated in other words, nor to "when did X start" questions, whose answer says it is only
          the earliest date the sources give. It also applies when the fact lacks the question's main verb, if
          that is a word only ever used as a verb (acts.asked_act: "when did Lind become captain" against "volunteers
          confronted captain Ada Lind"), whoever the fact opens with;
        - "other_actor": the fact tells of the act done by another to the one the question says did it ("when did
          Lind confront the guild" against "the guild confronted Lind").
        A paraphrased verb that is a noun too ("drop", "kick in" for "take effect") is not checked: the fact's other
        words carry it.
        """
        asked = [t for t in q.leftover if t not in CUE_TERMS and t not in q.date_words and t not in STOPWORDS]
        forms = [self._forms(t) for t in asked if stem(t) not in q.context]
        fact = self.brief.facts.get(doc_id)
        requested = self.requested(doc_id) if fact is not None else frozenset()
        if not REQUEST_VERBS.isdisjoint(q.words):
            requested = frozenset()  # "when did they demand that X cancel …": what was called for is what is asked
        said = self.retriever.stated_stems(doc_id) - requested
        if any(f & requested for f in forms) and not any(self._said(f, said) for f in forms):
            return "called_for"  # and nothing asked is told as done ("when was the letter … read out")
        named = [e for e in q.entities if not self.ubiquitous_entity(e)]
        if fact is not None and self._about_others(doc_id, named):
            return "other_subject"
        if fact is not None and self._only_reported_on(q, fact.statement):
            return "reported_on"
        if fact is not None and fact.date in q.years:
            return "echoed"  # "when did the press report on the 2017 survey": 2017 is what it is about, not when
        if fact is None or q.earliest or ASKS_DURATION.search(q.text):
            return None
        act = self._asked_act(q.text)
        if act is not None and stem(act.word) not in q.context and not self._said(self._act_forms(act), said):
            return "unstated"
        done = act or act_after_name(q.words, self._named_positions(q))
        if done is not None and self._done_to_another(q, done, fact.statement):
            return "other_object"
        if done is not None and self._done_by_another(q, done, fact.statement):
            return "other_actor"
        if self._pinned_subject(doc_id, q, named):
            return None
        if forms and not any(self._said(f, said) for f in forms):
            return "unstated"
        if any(f & self._acts and not self._said(f, said) for f in forms):
            return "unstated"
        return None

    def act_forms(self, q: Question) -> frozenset[str]:
        """The stems a fact must state for the act the question asks about ("did the guild renew …": "renew",
        "renewed"; see answering.acts), or nothing when the question has no main verb worth checking."""
        named = self._named_positions(q)
        act = self._asked_act(q.text)
        if act is not None and any(q.words[i] == act.word for i in named):
            act = None  # "did the Harbour Intercept report …": a verb-like word inside a name is no act
        if act is None:
            after = act_after_name(q.words, named)  # in the fixed words: "keep" may be read as the brief's "kept"
            if after is not None:
                act = Act(after.word, self.retriever.english.verb(after.word) or after.word)
        return self._act_forms(act) if act is not None else frozenset()

    def _only_demanded(self, q: Question, doc_id: str) -> bool:
        """A yes/no question about an act (Decider.act_forms) that the fact does not state, the fact telling only of
        someone being asked, urged or pressed to do something ("did the guild drop the keeper" against "members
        urged the guild to stop …"): a demand is no verdict on what was done."""
        forms = self.act_forms(q)
        if not forms or not REQUEST_VERBS.isdisjoint(q.words):
            return False
        said = self.retriever.stated_stems(doc_id)
        if self._said(forms, said):
            return False
        opposite = {s for f in forms for p in self.retriever.opposites.get(f, ()) for s in p}
        if opposite & said:
            return False  # "decided to keep its contract … asking him to end it": the act's opposite, a "No"
        tokens = words(self.brief.facts[doc_id].statement.lower())
        # "urged the guild to stop …" requests; "tried to deliver their petition" names a document, no request
        return any(t in REQUEST_VERBS and (j == 0 or tokens[j - 1] not in DETERMINERS) for j, t in enumerate(tokens))

    def _premise_act_untold(self, q: Question, doc_id: str) -> bool:
        """ "Since / now that <a name> <verb> …, …": a premise the question states as done, whose verb (one the brief
        uses, not a light one) the fact answering does not tell as done (in a form or a synonym; told only as asked
        for is not done)."""
        w = q.words
        start = 1 if w[:1] == ["since"] else 2 if w[:2] == ["now", "that"] else 0
        if not start:
            return False
        return self._act_after_untold(q, doc_id, start)

    def _concession_untold(self, q: Question, ranked: list[Hit]) -> bool:
        """ "Did X … even though / even after <a name> <verb> …": what the question concedes as done by someone named,
        none of the CONCESSION_CANDIDATES best facts tells as done by them: the verb (one the brief uses, not a light
        one) in a form or a synonym, with that name the last actor before it, not negated ("refused to cancel") nor
        only asked for ("pressed the guild to cancel")."""
        w = q.words
        at = next((i + len(c) for i in range(len(w)) for c in CONCEDING if w[i : i + len(c)] == list(c)), None)
        if at is None:
            return False
        spans = [(a, b, e) for a, b, e in self._name_spans(w) if a == at and self._kind_of(e) in ACTOR_KINDS]
        if not spans or spans[0][1] >= len(w):
            return False
        actor = spans[0][2]
        forms = self._checked_verb_forms(w[spans[0][1]])
        if forms is None:
            return False
        return not any(
            self._told_by(self.brief.facts[h.id].statement, actor, forms)
            for h in ranked[:CONCESSION_CANDIDATES]
            if h.id in self.brief.facts
        )

    def _told_by(self, statement: str, actor: str, forms: frozenset[str]) -> bool:
        """The statement tells an act of `forms` done by `actor`: the actor is the last person or organization named
        before it, and it is neither negated nor only asked for."""
        tokens = words(fold(statement))
        for j, token in enumerate(tokens):
            if not self._said(forms, {stem(token)}):
                continue
            before = tokens[max(0, j - 3) : j]
            if not NEGATION.isdisjoint(before) or not REQUEST_VERBS.isdisjoint(tokens[max(0, j - 5) : j]):
                continue
            named = actors_in(tokens[:j], self._name_spans, self._kind_of)
            if named and named[-1] == actor:
                return True
        return False

    def _act_after_untold(self, q: Question, doc_id: str, start: int) -> bool:
        """The verb right after the name at `start` in the question's words (not a light one, one the brief uses) is
        not told as done by the fact: not stated in a form or a synonym the brief gives, or stated only as asked for
        ("urged the guild to stop …")."""
        w = q.words
        named = self._named_positions(q)
        end = start
        while end in named:
            end += 1
        if end == start or end >= len(w) or w[end] in STOPWORDS:
            return False
        forms = self._checked_verb_forms(w[end])
        if forms is None:
            return False
        said = self.retriever.stated_stems(doc_id) - self.requested(doc_id)
        return not self._said(forms, said)

    def _checked_verb_forms(self, verb: str) -> frozenset[str] | None:
        """The stems a fact may tell a question's verb by (its own form's and its lemma's, with the synonyms the brief
        gives), or None when it is not checked: a light verb, or one the brief never uses ("why did Lind trash the
        guild": a word it never uses may be its "attacked")."""
        lemma = self.retriever.english.verb(verb) or verb
        if verb in LIGHT_VERBS | LIGHT_FORMS or (not self.index.knows(verb) and not self.index.knows(lemma)):
            return None
        return self._forms(verb) | self._forms(lemma)

    def _why_act_untold(self, q: Question, doc_id: str) -> bool:
        """ "Why did <a name> <verb> …" against a fact that does not tell the verb right after the name as done (in a
        form or a synonym the brief gives; told only as asked for, "urged the guild to stop …", is not done). A light
        verb, or one the brief never uses ("trash" for "attacked"), is not checked."""
        if q.words[:2] not in (["why", "did"], ["why", "does"], ["why", "do"]):
            return False
        return self._act_after_untold(q, doc_id, 2)

    def _act_unstated(self, q: Question, doc_id: str) -> bool:
        """The question asks of an act (Decider.act_forms: a main verb only ever a verb, "arrested") that the fact
        does not state, not even clipped ("arrests"): a number in it counts something else."""
        forms = self.act_forms(q)
        return bool(forms) and not self._said(forms, self.retriever.stated_stems(doc_id))

    def _other_sum(self, doc_id: str, named: set[tuple[str, str]], *, any_sum: bool = False) -> bool:
        """The fact tells of another sum than the ones the question names (`scaled_figures`): it states sums and
        none of them, or has a named sum's number as something else ("38 prosecutions" for "the $38 million
        contract"). A fact stating no sum and none of the numbers may be about the named one ("the contract was
        renewed"). With `any_sum`, a fact stating other sums is not another's (a yes/no question's real figure)."""
        fact = self.brief.facts.get(doc_id)
        if fact is None:
            return False
        said = words(fact.statement)
        sums = scaled_figures(said)
        if sums and not sums & named:
            return not any_sum
        numbers = {n for n, _ in named}
        return any(t in numbers for t in said) and not sums & named

    def _asks_beginning(self, q: Question) -> bool:
        """ "When did the guild start", "when did Lind begin": when a person or organization itself began, the question
        naming nothing else it did."""
        rest = [t for t in q.leftover if t not in STARTING and t not in CUE_TERMS and t not in STOPWORDS]
        kinds = [self.brief.entities[e].kind for e in q.entities]
        return bool(kinds) and not rest and all(k in ACTOR_KINDS for k in kinds)

    def _tells_beginning(self, q: Question, doc_id: str) -> bool:
        """The fact has a word of beginning (BEGINNING) within BEGINNING_REACH words of a name the question gives."""
        fact = self.brief.facts.get(doc_id)
        if fact is None:
            return False
        tokens = words(fold(fact.statement))
        at = [a for a, _, e in self._name_spans(tokens) if e in q.entities]
        return any(t in BEGINNING and any(abs(i - a) <= BEGINNING_REACH for a in at) for i, t in enumerate(tokens))

    def _led_by(self, doc_id: str, entities: set[str]) -> bool:
        """The document is the glossary entry of one of `entities`, or a fact whose statement opens with (within its
        first three words) or names nobody else than one of them."""
        if doc_id in entities:
            return True
        fact = self.brief.facts.get(doc_id)
        if fact is None:
            return False
        tokens = words(fold(fact.statement))
        spans = [(a, e) for a, _, e in self._name_spans(tokens) if self._kind_of(e) in ACTOR_KINDS]
        if not spans:
            return False
        opens = spans[0][1] in entities and spans[0][0] < LEAD_WORDS
        return opens or {e for _, e in spans} <= entities

    def requested(self, doc_id: str) -> frozenset[str]:
        """Stems of what a fact only reports as requested (features.requested_only): in its statement, and in its
        quotes ("'… to ask you to cancel your contract and … demand that the company drop its relationship'")
        unless the statement states them as done."""
        fact = self.brief.facts[doc_id]
        own = frozenset(self.retriever.features(doc_id).requested)
        quoted = frozenset().union(*(requested_only(c.quote) for c in fact.citations))
        if not quoted:
            return own
        stated = {stem(t) for t in words(fact.statement)} - own
        return own | (quoted - stated)

    def _named_positions(self, q: Question) -> set[int]:
        """The positions of q.words inside a name or alias of an entity the question names."""
        found: set[int] = set()
        for ent_id in q.entities:
            entity = self.brief.entities[ent_id]
            for name in [entity.name, *entity.aliases]:
                said = words(name.lower())
                if not said:
                    continue
                first = said[0]
                for i in range(len(q.words) - len(said) + 1):
                    if q.words[i] == first and q.words[i : i + len(said)] == said:  # no slice where it cannot start
                        found.update(range(i, i + len(said)))
        return found

    def _done_to_another(self, q: Question, act: Act, statement: str) -> bool:
        """The fact tells of the asked act only as done to something else: "when did the guild sign its lease"
        against "a petition signed by 300 keepers". What the question says the act was done to is its words after
        the verb; the fact's verb must have one of them (or a synonym the brief gives) within ACT_REACH words."""
        verb = q.words.index(act.word) if act.word in q.words else -1
        following = q.words[verb + 1] if 0 <= verb < len(q.words) - 1 else ""
        if following not in OBJECT_OPENINGS or verb in self._named_positions(q):
            return False  # part of a name ("the Harbour Intercept"), or nothing after it is what it was done to
        asked = q.words[verb + 1 :]
        objects = [
            self._forms(w)
            for w in asked
            if w not in STOPWORDS and w not in CUE_TERMS and w not in CHAT and w not in q.date_words
        ]
        if not objects:
            return False
        said = [stem(m.group().lower()) for m in WORD_AT().finditer(statement)]
        forms = self._act_forms(act)
        at = [i for i, s in enumerate(said) if self._said(forms, {s})]  # clipped too: "signatures" for "sign"
        before, after = ACT_REACH
        return bool(at) and not any(any(f & set(said[max(0, i - before) : i + after + 1]) for f in objects) for i in at)

    def _done_by_another(self, q: Question, act: Act, statement: str) -> bool:
        """The fact tells of the asked act the other way round: "when did Lind confront the guild" against "the
        guild confronted Lind". The question opens with the one who acted (opening_actor; not asked in the
        passive); in the fact's own voice (before any reported speech) the person or organization named last before
        the act is another one, and the asked one is named after it."""
        if asks_passive(q.words):
            return False
        actor = opening_actor(q.words, self._name_spans, self._kind_of)
        if actor is None:
            return False
        tokens = words(fold(statement))
        tokens = tokens[: next((j for j, t in enumerate(tokens) if t in REPORTED), len(tokens))]
        forms = self._act_forms(act)
        at = next((j for j, t in enumerate(tokens) if self._said(forms, {stem(t)})), None)
        if at is None:
            return False
        before = actors_in(tokens[:at], self._name_spans, self._kind_of)
        after = actors_in(tokens[at + 1 :], self._name_spans, self._kind_of)
        return bool(before) and before[-1] != actor and actor in after

    def _pinned_subject(self, doc_id: str, q: Question, named: list[str]) -> bool:
        """The fact involves two specific things the question names and opens with the first of them as its subject:
        it tells what that one did with the other, whatever verb the question uses for it."""
        if len(self.specific_entities(doc_id, q)) < 2:
            return False
        entity = self.brief.entities[named[0]]
        opening = self.retriever.features(doc_id).opening
        return any(stem(w) in opening for name in [entity.name, *entity.aliases] for w in words(name)[:1])

    def _only_reported_on(self, q: Question, statement: str) -> bool:
        """What `q` asks (its words and the specific things it names) is stated in `statement`, and only inside what
        a publication there is about ("documents with a report on the raid", "titled “How the Guild Planned …”")."""
        if not PUBLICATION_WORDS.isdisjoint(q.words):
            return False  # "when was the report on the raid published": the publication is what is asked
        spans = [m.span() for m in PUBLICATION_TOPIC().finditer(statement)]
        spans += [m.span() for m in TITLE().finditer(statement)]
        if not spans:
            return False
        asked = {stem(t) for t in q.leftover if t not in CUE_TERMS and t not in STOPWORDS and t not in q.date_words}
        for ent_id in q.entities:
            if not self.ubiquitous_entity(ent_id):
                asked |= {stem(w) for w in words(self.brief.entities[ent_id].name) if w not in STOPWORDS}
        stated = [m.start() for m in WORD_AT().finditer(statement) if stem(m.group().lower()) in asked]
        return bool(stated) and all(any(a <= at < b for a, b in spans) for at in stated)

    def dates_act(self, q: Question, doc_id: str) -> bool:
        """Whether the fact may give the date a date question asks for (see undated_act)."""
        return q.kind != "date" or self.undated_act(q, doc_id) is None

    def _main_verb(self, text: str) -> Act | None:
        """acts.asked_act of the question as typed: "lose", not the "lost" the typo fixer makes of it."""
        return asked_act(words(text), text, self.retriever.english.verb)

    def _act_forms(self, act: Act) -> frozenset[str]:
        """The act's own stems, its lemma's and its irregular past's ("lose" is told as "lost")."""
        past = IRREGULAR.get(act.lemma)
        return self._forms(act.word) | {stem(act.lemma)} | ({stem(past)} if past else set())

    def _forms(self, term: str) -> frozenset[str]:
        """A question word's stem and the stems of the synonyms the brief gives for it."""
        return frozenset({stem(term)} | {stem(w) for v in self._synonyms.get(term, []) for w in words(v)})

    @staticmethod
    def _said(forms: frozenset[str], said: AbstractSet[str]) -> bool:
        return bool(forms & said) or any(len(f) >= CLIPPED and any(s.startswith(f) for s in said) for f in forms)

    def _dating(self, q: Question, ranked: list[Hit], best: Hit) -> Hit | None:
        """A candidate about as good as the best that fits a date question and dates its act, if any."""
        return next(
            (
                h
                for h in ranked[1:NEAR_CANDIDATES]
                if h.score >= NEAR_BEST * best.score
                and h.coverage >= MIN_COVERAGE
                and self.fits_kind(h.id, q)
                and self.undated_act(q, h.id) is None
            ),
            None,
        )

    def _covering(self, q: Question, ranked: list[Hit]) -> Hit:
        """The best candidate, or, when it covers too little of the question, the first near-best one that covers
        nearly all of it: a strong match on one word does not hide the candidate holding the rest of what is asked."""
        best = ranked[0]
        if best.coverage >= self.min_coverage(best.id, q):
            return best
        return next(
            (h for h in ranked[1:] if h.score >= NEAR_BEST * best.score and h.coverage >= NEARLY_ALL),
            best,
        )

    def states_present(self, doc_id: str) -> bool:
        """The fact itself says how things stand now ("now the Harbour Lamp Trust"), as a question about today needs."""
        fact = self.brief.facts.get(doc_id)
        text = fact.statement if fact is not None else self.brief.entities[doc_id].description
        return CURRENT.search(text.lower()) is not None

    def only_tagged(self, doc_id: str, q: Question) -> bool:
        """A figure question whose words, beyond the entities, years and counted noun, reach the fact only through
        its curated keywords: the fact states none of them (nor a synonym the brief gives for them). A keyword
        finds a fact; it does not make the fact's figure the figure of that word."""
        asked = [
            t
            for t in q.leftover
            if t not in CUE_TERMS and t not in q.years and stem(t) != stem(q.counted) and not self._leader_role(q, t)
        ]
        if not asked:
            return False
        stated = self.retriever.stated_stems(doc_id)
        has = self.index.doc_stems(doc_id)
        tagged = False
        for term in asked:
            forms = self._forms(term)
            if forms & stated:
                return False
            tagged = tagged or bool(forms & has)
        return tagged

    def _about_others(self, fact_id: str, named: list[str]) -> bool:
        """The question names someone specific (`named`) and the fact neither lists nor names any of them."""
        fact = self.brief.facts[fact_id]
        return bool(named) and not set(named) & set(fact.entities) and not self._mentions(fact_id, named)

    def _mentions(self, doc_id: str, entities: list[str]) -> bool:
        """The document states one of the entities' names or aliases in so many words."""
        said = self.retriever.stated_stems(doc_id)
        return any(states_entity(self.brief.entities[e], said) for e in entities)

    def _defining(self, q: Question, ranked: list[Hit], best: Hit) -> Hit:
        """ "Who is the CEO of the guild": of the near-best candidates that state the relation, the one about the
        fewest things ("Ada Lind is the guild's CEO" rather than "keepers confronted CEO Ada Lind about …")."""
        near = [
            h
            for h in ranked[:6]
            if h.id in self.brief.facts
            and h.score >= NEAR_BEST * best.score
            and h.coverage >= best.coverage
            and self.relation_stated(h.id, q)
        ]
        return min(near, key=lambda h: (len(self.brief.facts[h.id].entities), -h.score)) if near else best

    def asked_coverage(self, doc_id: str, q: Question) -> float:
        """How much of what the question asks beyond the entities it names the fact contains: "who wrote The Lord
        of the Rings" names an entity the brief knows, but "wrote" is what it asks, and no fact about it has it."""
        asked = [t for t in q.leftover if t not in CUE_TERMS and t not in WHO_NOUNS and not self._leader_role(q, t)]
        if not asked:
            return 1.0
        weights = self.retriever.weights(replace(q, terms=asked))
        total = sum(weights.values())
        if total <= 0:
            return 1.0
        said = self.retriever.stated_stems(doc_id)
        return sum(w for s, w in weights.items() if s in said) / total

    @staticmethod
    def _leader_role(q: Question, word: str) -> bool:
        """ "Who is the head of the guild": the role word, which relation_stated checks in any of its synonyms
        (the guild's director, chair or chief), need not be in the fact as typed."""
        return bool(q.owner) and word in LEADER_ROLES and not LEADER_ROLES.isdisjoint(q.attribute)

    def relation_stated(self, doc_id: str, q: Question) -> bool:
        """ "Who is the CEO of the Gazette": the fact must put the asked attribute next to the owner's name ("CEO of
        the guild", "the Gazette's CEO"), not merely mention both ("guild CEO Ada Lind attacked the Gazette")."""
        fact = self.brief.facts.get(doc_id)
        entity = self.brief.entities.get(doc_id)
        text = fact.statement if fact is not None else f"{entity.name}: {entity.description}" if entity else ""
        tokens = [stem(w) for w in words(text)]
        wanted = {stem(w) for w in q.attribute}
        if not LEADER_ROLES.isdisjoint(q.attribute):  # "the head of the guild" is its director, chair or chief
            wanted |= {stem(w) for w in LEADER_ROLES}
        at = [i for i, t in enumerate(tokens) if t in wanted]
        if not at:
            return False
        firsts: set[str] = set()  # the stem of the first word of each name of each owner
        for ent_id in q.owner:
            if doc_id == ent_id:
                return True  # the owner's own glossary entry
            ent = self.brief.entities[ent_id]
            for name in [ent.name, *ent.aliases]:
                said = words(name)
                if said:
                    firsts.add(stem(said[0]))
        owners = [i for i, t in enumerate(tokens) if t in firsts]  # one pass over the fact, not one per name
        return any(abs(i - j) <= RELATION_WINDOW for i in at for j in owners)

    def _quotes(self, q: Question, doc_id: str) -> bool:
        """The question quotes words of the fact, at least QUOTED_WORDS of them in a row ("which outlet ran the 'you
        have blood on your hands' piece"): everyday words, but the fact's own, so they anchor it."""
        fact = self.brief.facts.get(doc_id)
        phrases = quoted_phrases(q.text)
        if fact is None or not phrases:
            return False  # most questions quote nothing: the fact's text is not read for them
        # folded as the question was: "We’ve" is the "we've" it types, one word
        said = " ".join(words(fold(" ".join([fact.statement, *(c.quote for c in fact.citations)]))))
        return any(f" {phrase} " in f" {said} " for phrase in phrases)

    def _about_subject(self, q: Question) -> bool:
        """Names the brief's own subject ("where does the name Harbourwatch come from"): coverage decides."""
        if not q.entities:
            return False
        # A figure or a date about the subject itself must ask only that ("how much did the harbour pay the guild"):
        # "when did the guild go public" or "how much revenue did the guild make" name no figure the brief is about.
        if q.kind not in ("amount", "count", "date") or all(t in CUE_TERMS for t in q.leftover):
            return True
        # "when did the guild start working with the harbour": the relation between two of the brief's own subjects, in
        # everyday words, is what the brief is about (one subject and an everyday word, "go public", is not); a
        # year only says when ("how much was the X-Y deal in summer 2018")
        return len(q.entities) >= 2 and all(self.english.everyday(t) or YEAR.fullmatch(t) for t in q.leftover)

    def _knows(self, word: str) -> bool:
        """understand.known, closed-up compounds included: a known word is never taken for another language's; an
        act the brief lists opposites for ("did the posters stay up": `opposites: stay`) is one it can answer; a
        word for anyone at all ("the Gazette guy") names no subject the brief could lack."""
        return known(self.index, word, closed_up=True) or stem(word) in self.retriever.opposites or word in ANYONE

    def _pinned(self, hit: Hit, q: Question) -> bool:
        return hit.coverage >= 0.8 and len(self.specific_entities(hit.id, q)) >= 2
