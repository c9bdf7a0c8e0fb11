"""Yes/no leads: the fact that settles a yes/no question, and whether it says, in its own voice, that the asked act
happened (`Verdicts.affirms`) or did not (`Verdicts.denies`), was done elsewhere or is not told of the one asked.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable, Set

from bot.answering.acts import PARTICLES, PASSIVE_FORMS, act_before_pronoun, planned_only
from bot.answering.articles import outlet_opening
from bot.answering.compose.evidence import MAX_CITED
from bot.answering.compose.figures import AMOUNT
from bot.answering.compose.questions import (
    SPOKE_AT_ALL,
    SUCCESS_STEMS,
    asks_passive,
    asks_past,
    asks_present,
    asks_whether_spoke,
    succeeding_at,
    word_given_to,
)
from bot.answering.compose.speech import (
    ASSERTING_STEMS,
    ATTRIBUTION,
    CALLED_IN_WORDS,
    CALLING_STEMS,
    HOLDING_STEMS,
    REPORTED,
    SAY_STEMS,
    SAYING_STEMS,
    SILENCE_STEMS,
    SPOKEN,
    WRITING,
    said_in_piece,
    thing_written,
    told_asked,
    writes_a_thing,
)
from bot.answering.compose.wording import clause_numbers, singular
from bot.answering.compose.yes_no_checks import (
    BEING,
    CALLING,
    DOER_REACH,
    OBJECT_REACH,
    SAYING_SO,
    TYING,
    aim_shared,
    asked_object_stems,
    at_occasion,
    bounded_as_asked,
    called_as_asked,
    called_of_another_noun,
    calling_asked,
    closing_object,
    complement_stems,
    date_part,
    dated_as_asked,
    doer_as_told,
    doer_otherwise,
    done_to_as_told,
    hearsay_at,
    lengths_told,
    object_phrase,
    occasion_stems,
    of_another,
    of_others,
    one_asked_many_told,
    partner_otherwise,
    passive_subject,
    placed_otherwise,
    predicate_stems,
    predicated,
    said_of_another_act,
    taken_by_another,
    to_asked,
    told_as_agent,
    undergoes,
    undergoes_at,
)
from bot.answering.english import English
from bot.answering.retrieve import (
    CLAUSE_END,
    Hit,
    Retriever,
    amount_owner,
    own_clause,
    placed_elsewhere,
    states_entity,
)
from bot.answering.understand.lexicon import (
    ACTOR_KINDS,
    AGREEMENTS,
    AUXILIARIES,
    ENDING_ACTS,
    NOUN_DETERMINERS,
    PERSON_NOUNS,
    POSSESSIVE_DETERMINERS,
    PRONOUNS,
    WEEKDAYS,
)
from bot.answering.understand.question import NameSpans, Question
from bot.answering.understand.times import MONTH_NUMBER
from bot.answering.understand.understander import LEADER_ROLES, actors_in, opening_actor
from bot.caches import Recent
from bot.class_nouns import PERSON_ROLES
from bot.factbase import Brief
from bot.features import REQUEST_VERBS
from bot.records import FactData
from bot.reporting import passing_phrases
from bot.search import stem
from bot.text import IRREGULAR, STOPWORDS, Deferred, fold, words

SETTLE_CANDIDATES = 8
MIN_SETTLE_COVERAGE = 0.5
SETTLE_SLACK = 0.15  # a settling fact may cover a little less of the question ("denied entry" for "get inside")
NEAR_BEST = 0.8
PLACING = frozenset("in at on during outside near from for by".split())  # placing a noun: "keepers in Eastport"
# a candidate saying no to the asked act itself ("were refused entry" for "did they get in") may score a little lower
# than others: its words are the opposite act's, which the question does not type, so it shares fewer of them
DENIER_NEAR = 0.75
# words narrowing what the question asks to one thing ("for the lamp only"): a fact naming more settles no yes
RESTRICTING = frozenset("only just solely exclusively alone".split())

SENTENCE_END = Deferred(r"(?<=[.!?])\s+(?=[A-Z“\"])")
PARTICIPLE_REACH = 8  # words of a participial phrase read for the act ("passing out flyers and confronting workers")
# nouns for persons of any role, and those of some role (general English): "people" said is told by any of them
_GENERIC_PERSON_STEMS = frozenset(stem(w) for w in ("people", "person", "persons"))
_PERSON_NOUN_STEMS = frozenset(stem(w) for w in PERSON_NOUNS)
NEGATION = frozenset("not never no didnt doesnt dont wouldnt couldnt wont cant cannot refused declined failed".split())
# a negation inside the words someone is told saying ("said it wasn't helping", "claimed they weren't paid"): NEGATION
# and the negated forms of "be" and "have", which a reported clause holds where a question opens "did"; general English
SAID_NEGATION = NEGATION | frozenset("isnt arent wasnt werent hasnt havent hadnt shouldnt".split())
# a refusal's verb in any form ("was refusing to support", "declines to say"): a negation of the act after it
REFUSING_STEMS = frozenset(stem(w) for w in "refused declined failed".split())
# verbs putting an act on someone as pressed on them or only professed ("are pressured to drop it", "claim to
# support it"): the act after them is no act the teller says should be or is done (general English)
PUTTING_STEMS = frozenset(stem(w) for w in "pressured pushed urged forced compelled claimed professed".split())
PUTTING_REACH = 6  # words after such a verb's "to" where the act it puts stands ("pressured to avoid it by picking")
# a question asking whether something was refused or not done ("were they denied entry"), in any form
NEGATIVE_ASKS = NEGATION | frozenset("refuse refuses denied deny denies rejected reject rejects barred blocked".split())

# words asking whose report something is ("was it reported by", "according to"), and a saying right after a name
REPORTING_ASKED = frozenset("report reported reports reporting according".split())
SAYING_ASKED = frozenset("say says write writes report reports reported".split())
# an article's saying, right after its outlet's name ("did the Gazette report that …"): general English
# an outlet's saying too: "did the Gazette say employees signed", no act of its own the question's form gives
REPORTING_STEMS = SAY_STEMS | frozenset(stem(w) for w in "report reports reported write writes wrote".split())
HEARER_OPENINGS = frozenset("to with".split())  # before a name: one spoken to or dealt with

# words that make a statement less than a settled yes ("may have helped", "reportedly used", "tried to deliver")
HEDGES = frozenset(
    "may might could would should reportedly allegedly possibly perhaps apparently plan plans planned"
    " try tried tries trying attempt attempted attempts attempting sought hoped"
    " will due scheduled expected".split()  # "will expire next year": not yet done
)

# a negative subject earlier in the clause ("none of the campaigns had succeeded") negates the act after it
NEGATIVE_SUBJECTS = frozenset("none nobody nothing neither".split())
# words between an act ending something and the act it ends: "dropped <the guild> as a sponsor"
ENDED_REACH = 5
NEGATIVE_REACH = 10  # words between such a subject and the act (any number within its clause: "none of … had")
# words after which a verb's bare form tells of no act done: "to cancel", "would cancel", "will cancel"
BARE_OF: dict[str, set[str]] = {}  # an irregular past's bare forms ("left": "leave"), IRREGULAR read backwards
for _bare, _past in IRREGULAR.items():
    BARE_OF.setdefault(_past, set()).add(_bare)
UNREALIZING = frozenset("to will would could should must might may can shall".split())
# modals typed with their negation run in, no apostrophe: "wouldnt leave" puts the act after a modal too
CONTRACTED_MODALS = frozenset("wont wouldnt couldnt shouldnt cant mustnt".split())


def hedged(tokens: list[str], j: int) -> bool:
    """A word of `HEDGES` among the four before `tokens[j]`, a month's name beside a number aside: "the May 2019
    protest", "on 13 May" are dates, no modal "may" (general English)."""
    return any(
        tokens[k] in HEDGES and not (tokens[k] in MONTH_NUMBER and _beside_number(tokens, k))
        for k in range(max(0, j - 4), j)
    )


def _beside_number(tokens: list[str], k: int) -> bool:
    return any(tokens[i].isdigit() for i in (k - 1, k + 1) if 0 <= i < len(tokens))


# a thing's own end told as done, past forms only (general English): "had recently expired", not "due to expire"
ENDED = frozenset("expired ended lapsed".split())
# acts of a thing's own end, which no one does to it (general English, verbs taking no object): "the lease expired"
# tells no one ended it, so it is no "Yes" to "did the guild end the lease" (review 23 #14)
OWN_END = frozenset(stem(w) for w in "expire lapse".split())

# prepositions whose object is a noun, never a verb's bare form ("under fire", "for support"): a word of an act
# right after one is a thing named, not the act done; not "to", before a verb ("to fire")
NOUN_PREPOSITIONS = frozenset("under in on of for with from by against at into over about after during without".split())
# possessive determiners, after which English puts a noun or its describing words, never a verb ("its own staff",
# "their fire"): not "her", which is also an object ("let her own it")
POSSESSING = POSSESSIVE_DETERMINERS - {"her"}
_GENITIVE = Deferred(r"\b([a-z0-9]+)'s\b", re.IGNORECASE)  # "the guild's", after `fold` made its apostrophe "'"
GENITIVE_MARK = "genitivemark"  # where a genitive's "'s" stood, while `possessives_worded` reads a text
_QUOTED = Deferred(r"[“\"][^”\"]*[”\"]")  # words in quotation marks: someone's, not the article's own voice
WRITING_STEMS = frozenset(stem(w) for w in WRITING)  # the act "did Lind write an essay" asks, in any form
NOUN_REACH = 3  # words between a determiner and an "-ing" noun it goes with ("the Harbour Street building": 3)
DESCRIPTION_SLACK = 2  # words a description may hold beyond those asked ("harbour repair body" for "harbour body")
DESCRIPTION_GAP = 4  # stop words between a name and its description ("the guild, which is not a harbour body")
# words before a name that make it a place or a thing's owner, never the doer of a clause's act ("outside of the
# guild's offices", "in front of the guild", "at the guild"; general English)
PLACE_PREPOSITIONS = frozenset("of at in outside inside near from into onto".split())
CONJUNCTIONS = frozenset("and or nor but".split())  # "harbour bodies and the guild": two things, not one described

PERSONS = frozenset().union(*PERSON_ROLES)  # people nouns: a request put to them tells of them (`_affirmed_by`)
DETERMINED = NOUN_DETERMINERS - {"her"}  # no verb follows one ("the end"); "her" is an object too ("helped her win")
RELATIVE_SUBJECTS = frozenset({"who", "that", "which"})  # "a source who spoke": the noun before does the act
INDEFINITE = frozenset("anyone anybody someone somebody everyone everybody any some people".split())  # no one named

# prepositions naming whom an act is done to or for, not its doer: "keepers signed a letter to Ada Lind"
RECIPIENT_PREPOSITIONS = frozenset("to for against".split())

# words after an act within which a name tells whom it was done or addressed to ("respond right away when the Gazette")
TOWARD_REACH = 6
EFFORT_REACH = 6  # words after "despite" that may name the effort it tells failed ("despite a letter with 120,000 …")


PASSIVE_AUXILIARIES = frozenset("was were is are".split())  # "was the lease renewed": the thing before the act
ACTED_ON_REACH = 3  # "renewed its harbour lease", "the lease was quietly renewed": the thing acted on this near the act


def _thing_acted_on(tokens: list[str], forms: Set[str], terms: Set[str], named_at: Set[int]) -> str:
    """The word (one of the question's `terms`, no name's: `named_at`) a yes/no question's act is done to: right
    before its participle in the passive ("was the lease renewed"), else the first word after its verb past a
    determiner ("did the guild renew the lease"); "" when the act's word is not found or no such term stands there
    (a name is told in many ways and places: "is Lind hosted by the guild" is left to the other checks)."""
    at = next((i for i, t in enumerate(tokens) if stem(t) in forms), None)
    if at is None or not tokens:
        return ""
    if tokens[0] in PASSIVE_AUXILIARIES:
        where = at - 1 if at >= 2 else -1
    else:
        where = next((j for j in range(at + 1, len(tokens)) if tokens[j] not in NOUN_DETERMINERS), -1)
    return tokens[where] if where >= 0 and where not in named_at and tokens[where] in terms else ""


class Verdicts:
    """Reads facts for a yes/no question's verdict."""

    def __init__(
        self,
        brief: Brief,
        retriever: Retriever,
        act_forms: Callable[[Question], frozenset[str]],
        name_spans: NameSpans,
        said_by: Callable[[str, set[str]], bool] = lambda fact_id, speakers: False,
    ) -> None:
        """`act_forms(q)`: the stems of the act a question asks about (Decider.act_forms). `name_spans(tokens)`: the
        names in words, as the question's are found (Understander.name_spans). `said_by(fact_id, speakers)`: the fact
        gives one of them as speaking (Speakers.said_by)."""
        self.brief = brief
        self.retriever = retriever
        self._act_forms_of = act_forms
        self._said_by = said_by
        self._name_spans = name_spans
        self._kind_of = retriever.entity_kind
        self._words: Recent[str, list[tuple[list[str], list[str]]]] = Recent(MAX_CITED)  # fact id -> words, stems
        # one question's denials (`denial`) by fact id: composing reads a fact's verdict, then answering's checks read
        # it again (half of the calls on the slowest yes/no questions, ~70 µs each); a new question starts afresh.
        # The question and its table are one attribute, replaced whole: `run` serves Slack and Discord from one core
        # on two threads, and a question must never read a table another question's thread has just started
        self._denials: tuple[Question | None, dict[str, str | None]] = (None, {})
        self._synonym_stems = {
            k.lower(): {stem(w) for v in vs for w in words(v)} for k, vs in brief.meta.synonyms.items()
        }
        self._kin = retriever.kin
        # the brief's synonyms of two words or more ("taken down: [removed]"), as stems: a statement wording the act
        # so tells it (the same table as Acts._phrases, bot/answering/decide/acts_told.py)
        self._phrases = [
            (phrase, frozenset(stem(w) for v in vs for w in words(v)))
            for k, vs in brief.meta.synonyms.items()
            if len(phrase := tuple(stem(w) for w in words(k))) >= 2
        ]

    def settling(self, q: Question, ranked: list[Hit], best: Hit) -> Hit:
        """The fact that settles a yes/no question, among candidates about as good as the best: for a question about
        today ("still", "now") the latest one naming what the question names, since the sources stop at their
        dates; otherwise the one most about what the question names ("the guild decided to keep its contract" over
        "pressed the guild, the Gazette and Lind & Co to cancel"), then one stating what did or did not happen."""
        brief = self.brief
        if (at_place := self._denied_at_place(q, ranked, best)) is not None:
            return at_place
        if q.sources and asks_whether_spoke(q.words):
            # "did the guild comment to the Gazette on the vigil": of the outlet's facts (Retriever.rank keeps those),
            # its own "the guild did not respond" settles it, whatever words it calls the vigil by
            silent = [h for h in ranked[:SETTLE_CANDIDATES] if h.id in brief.facts and self.denies(q, h.id)]
            if silent:
                return max(silent, key=lambda h: h.score)
        if (said := self._said_either_way(q, best, ranked)) is not None:
            return said
        if (refused := self._denied_before_purpose(q, ranked, best)) is not None:
            return refused
        if (addressed := self._of_people_asked(q, best)) is not None:
            return addressed
        if (plain := self._noun_outside_names(q, ranked, best)) is not None:
            return plain
        named = set(q.entities)
        # "is X still working with Y": any fact on the two of them speaks to it; not a place (where X is, "is X still
        # headquartered in Eastport", which a fact of X at a place for another reason does not tell)
        places = {e for e in named if e in brief.entities and brief.entities[e].kind == "place"}
        pair = len(named - places) >= 2
        close = [
            h
            for h in ranked[: len(ranked) if q.current else SETTLE_CANDIDATES]
            if h.id in brief.facts
            and named <= set(brief.facts[h.id].entities)
            and (
                (q.current and pair)
                or (
                    h.coverage >= max(MIN_SETTLE_COVERAGE, best.coverage - SETTLE_SLACK)
                    and h.score >= DENIER_NEAR * best.score
                )
            )
        ]
        near = [h for h in close if q.current or h.score >= NEAR_BEST * best.score]
        if not close:
            return best
        if q.current and near:
            # "is the guild still headquartered in Eastport": of the candidates naming what it names, those whose
            # statement tells what is asked of them ("headquartered"), when any does; the latest fact naming the guild
            # and the place for another reason ("keepers protested at the guild's Eastport office") says nothing of it
            asked = {stem(t) for t in q.leftover if t not in STOPWORDS and t not in q.date_words} if places else set()
            near = [
                h for h in near if all(not self.alike(s).isdisjoint(self.stated_stems_of(h.id)) for s in asked)
            ] or near
            dated = [h for h in near if brief.facts[h.id].date] or near
            if q.on_date:  # "still … as of aug 2019": the latest up to that month
                dated = [h for h in dated if self._when(h.id)[: len(q.on_date)] <= q.on_date] or dated
            return max(dated, key=lambda h: (self._when(h.id), h.score))
        if self._acted_on(q, best.id) is False:
            # "did the guild renew the lease": a best renewing another thing ("keepers renewing their push to end
            # the lease") yields to a close candidate telling the lease renewed
            of_thing = [h for h in close if self._acted_on(q, h.id)]
            if of_thing:
                return max(of_thing, key=lambda h: h.score)
        deniers = [h for h in close if self.denies(q, h.id)]  # says no to the asked act itself: "refused entry"
        if deniers:
            denier = max(deniers, key=lambda h: h.score)
            return self._ended_since(q, ranked, denier) or denier
        if (speaking := self._speaking(q, best, close)) is not None:
            return speaking
        if (dated_act := self._dated_act(q, close)) is not None:
            return dated_act
        if (affirming := self._affirming_over(q, best, close)) is not None:
            return affirming
        if not near:
            return best
        near = [h for h in near if h.coverage >= best.coverage]  # otherwise only the fully as good ones compete
        if near and self.act_unstated(q, brief.facts[best.id], people=PERSON_NOUNS):
            # "did the guild help evict families": someone's words that never state the act of the one asked ("among
            # the worst is tech's use to evict families") are no verdict to lead with over a candidate as close that
            # states it of them (a flyer's "the guild's software helped evict families": its own composer's lead
            # says whose claim it is)
            stating = [h for h in near if not self.act_unstated(q, brief.facts[h.id], people=PERSON_NOUNS)]
            if stating:
                return max(stating, key=lambda h: h.score)
        features = self.retriever.features
        if features(best.id).settles or not near:
            return best
        pick = max(near, key=lambda h: (features(h.id).settles, h.score))
        if self._acted_on(q, pick.id) is False and self._acted_on(q, best.id) is not False:
            # "was the lease renewed": "keepers renewing their push to end the lease" renews another thing; the
            # best telling the lease renewed is no less a verdict
            return best
        if self._others_over_asked(q, pick.id, best.id):
            # "did employees petition the guild": "employees at other firms organized petitions … do not want"
            # settles something, of others; the best's "a petition signed by 60 guild employees" tells it of them
            # (fresh tester 96)
            return best
        if self._voiced_over_told(q, pick.id, best.id):
            # "did the guild help close the pier": the decider took the article's account of it over someone's
            # words on it (Decider._told_not_said); those words are no verdict to lead with either
            return best
        if self._told_only_as_said(q, pick.id):
            # "did the guild help the port evict tenants": the guild's own word that it did not (a party asked
            # about, its opening) is no verdict when a candidate about as close tells the eviction work in the
            # article's own voice
            telling = [h for h in close if h.id != pick.id and self._told_in_own_voice(q, h.id)]
            if telling:
                return max(telling, key=lambda h: h.score)
        return pick

    def _affirming_over(self, q: Question, best: Hit, close: list[Hit]) -> Hit | None:
        """The closest candidate (`close`: about as good as the best) that says yes to the asked act (`affirms`), when
        the best says neither yes nor no to it, for a doer named and asked in the active with no year: "did the guild
        build the ledger" is settled by "paid the guild to design
        and keep the ledger" over a fact that ranks higher but only tells the money went to "developing" it. None
        otherwise."""
        if self.opening_actor(q.words) is None or asks_passive(q.words) or q.years:
            return None  # (a doer named and asked in the active, with no year: what `affirms` reads most surely)
        if best.id not in self.brief.facts or self.affirms(q, best.id) or self.denies(q, best.id):
            return None
        affirming = [h for h in close if h.id != best.id and self.affirms(q, h.id)]
        return max(affirming, key=lambda h: h.score) if affirming else None

    def _denied_at_place(self, q: Question, ranked: list[Hit], best: Hit) -> Hit | None:
        """ "did the guild open the door in Eastport" led by keepers refused at the Westport office (a place the
        question does not ask of: `placed_elsewhere`): a close candidate of the place asked that says no to the act
        settles it instead (review ov53 8: another place's "would not open the door" was the verdict); None when the
        best is of that place, or no such candidate is."""
        fact = self.brief.facts.get(best.id)
        if fact is None or not placed_elsewhere(q, fact, self.brief, self._name_spans, self._kind_of):
            return None
        return next(
            (
                h
                for h in ranked[:SETTLE_CANDIDATES]
                if (other := self.brief.facts.get(h.id)) is not None
                and not placed_elsewhere(q, other, self.brief, self._name_spans, self._kind_of)
                and self.denies(q, h.id)
            ),
            None,
        )

    def _noun_outside_names(self, q: Question, ranked: list[Hit], best: Hit) -> Hit | None:
        """For a question naming no one, whose words beyond its act (`act_forms`) are nouns ("did the wardens come"),
        when the best has one of them only inside a name ("the Eastport Wardens Office"): the closest candidate
        (SETTLE_CANDIDATES) stating every one of them outside any name ("the guild called the wardens"). A name is
        its own thing; the noun asked plainly is of whatever the articles tell in that word. None otherwise."""
        fact = self.brief.facts.get(best.id)
        forms = self._act_forms_of(q)
        nouns = [t for t in q.leftover if stem(t) not in forms]
        if q.entities or fact is None or not nouns:
            return None

        def plainly(text: str) -> set[str]:
            tokens = words(fold(text))
            named = {k for start, end, _ in self._name_spans(tokens) for k in range(start, end)}
            return {t for j, t in enumerate(tokens) if j not in named}

        def in_names(text: str) -> bool:
            return any(t in words(fold(text)) and t not in plainly(text) for t in nouns)

        if not in_names(fact.statement):
            return None
        return next(
            (
                h
                for h in ranked[:SETTLE_CANDIDATES]
                if h.id in self.brief.facts and set(nouns) <= plainly(self.brief.facts[h.id].statement)
            ),
            None,
        )

    def _people_asked(self, q: Question) -> str:
        """The noun for people (PERSON_NOUNS) a yes/no question's act is done or addressed to, right after it or its
        "to", past any determiner ("did the guild respond to the protesters": "protesters"); "" when none."""
        forms = self._act_forms_of(q)
        act = next((j for j, t in enumerate(q.words) if j and stem(t) in forms), None)
        if act is None:
            return ""
        k = act + 1 + (q.words[act + 1 : act + 2] == ["to"])
        while k < len(q.words) and q.words[k] in NOUN_DETERMINERS:
            k += 1
        return q.words[k] if k == len(q.words) - 1 and q.words[k] in PERSON_NOUNS else ""

    def _of_people_asked(self, q: Question, best: Hit) -> Hit | None:
        """For a question whose act is done or addressed to people (`_people_asked`: "did the guild respond to the
        protesters"), when the best never names them (the word, singular or plural: "protests" is no protesters,
        though their stems are one) and tells the act toward another party (a name within TOWARD_REACH words after
        it), the best of a wider search (Retriever.rank, `wide`) that names them and states
        the act, in its statement or a quote (`_as_act`), of every name asked: the guild's reply to the Gazette's
        request for comment is no reply to the protesters, and a fact of its reply to them, worded otherwise, may
        rank below the first hits ("In response, a guild clerk asked the protesters to leave"). None otherwise."""
        people = self._people_asked(q)
        fact = self.brief.facts.get(best.id)
        forms = self._act_forms_of(q)
        if not people or fact is None or q.current:
            return None
        kinds = {singular(people), singular(people) + "s"}

        def names_them(text: str) -> bool:
            return not kinds.isdisjoint(words(fold(text)))

        tokens = words(fold(fact.statement))
        spans = self._name_spans(tokens)
        toward_another = any(
            j < start <= j + TOWARD_REACH and ent not in q.entities
            for j, t in enumerate(tokens)
            if stem(t) in forms
            for start, _, ent in spans
        )
        if names_them(fact.statement) or not toward_another:
            return None  # (the best must tell the act toward another party: "when the Gazette asked it to comment")
        for hit in self.retriever.rank(q, wide=True):
            other = self.brief.facts.get(hit.id)
            if (
                other is not None
                and set(q.entities) <= set(other.entities)
                and names_them(other.statement)
                and any(self._as_act(text, forms) for text in (other.statement, *(c.quote for c in other.citations)))
            ):
                return hit
        return None

    def _acted_on(self, q: Question, fact_id: str) -> bool | None:
        """Whether the fact states the act a yes/no question asks of a thing ("was the lease renewed", "did they renew
        the lease": `_thing_acted_on`) of that thing: the thing within ACTED_ON_REACH words of the act's word, after it
        ("renewed its harbour lease") or before it ("the lease was renewed"); False when it states the act only of
        other things, each telling opening its own object ("renewing their push to end the lease" renews a push);
        None when the question names no such thing, the fact never states the act, or its object is not plain."""
        forms = self._act_forms_of(q)
        thing = _thing_acted_on(q.words, forms, set(q.terms), q.named_at)
        fact = self.brief.facts.get(fact_id)
        if not thing or fact is None:
            return None
        _, stems_ = self._worded(fact)[0]
        acted = [i for i, s in enumerate(stems_) if s in forms]
        if not acted:
            return None
        if any(stem(thing) in stems_[max(0, i - ACTED_ON_REACH) : i + ACTED_ON_REACH + 1] for i in acted):
            return True
        # of another thing only when each telling gives its own object, a determiner opening it ("renewing their
        # push"); "arrests of immigrants in the town" may be of the one asked, told otherwise
        tokens = self._worded(fact)[0][0]
        return False if all(tokens[i + 1 : i + 2] and tokens[i + 1] in NOUN_DETERMINERS for i in acted) else None

    def _others_over_asked(self, q: Question, pick_id: str, best_id: str) -> bool:
        """The pick tells the question's subject only as others (`subject_of_others`: "employees at other firms")
        and the best does not: the pick's negation settles nothing of the ones asked, and would lead with "the
        articles don't say that" over the best telling it of them."""
        facts = self.brief.facts
        return (
            pick_id != best_id
            and self.subject_of_others(q, facts[pick_id])
            and not self.subject_of_others(q, facts[best_id])
        )

    def _denied_before_purpose(self, q: Question, ranked: list[Hit], best: Hit) -> Hit | None:
        """For an act asked with its purpose ("did the protesters get inside to hand over the petition"), a
        candidate the brief links to the best (its `related`, either way) that says no to the act itself, the words
        before the purpose's "to" (`_denial` within them: "they were refused entry"), when the best neither says
        no nor yes to it: the purpose's words raise the fact telling what the act was for ("tried to hand over a
        petition"), and the refusal it links settles the question though it shares fewer of its words (blind set
        BM: it led the petition, no verdict). None otherwise; never of a denial of the purpose alone ("did they go
        to deliver it": going is not denied by "could not deliver")."""
        to = next(
            (
                k
                for k in range(2, len(q.words) - 1)
                if q.words[k] == "to"
                and q.words[k + 1] not in STOPWORDS
                and not q.words[k + 1].isdigit()
                and k + 1 not in q.named_at
            ),
            None,
        )
        facts = self.brief.facts
        if to is None or best.id not in facts or self.denies(q, best.id) or self.affirms(q, best.id):
            return None
        act = {stem(t) for t in q.words[1:to] if t not in STOPWORDS}
        linked = set(self.brief.related.get(best.id, ()))  # (the brief keeps each link both ways)
        named = set(q.entities)
        refusing = [
            h
            for h in ranked[:SETTLE_CANDIDATES]
            if h.id in linked
            and h.id in facts
            and named <= set(facts[h.id].entities)
            and self._denial(q, h.id, within=act) is not None
        ]
        return max(refusing, key=lambda h: h.score) if refusing else None

    def _said_either_way(self, q: Question, best: Hit, ranked: list[Hit]) -> Hit | None:
        """For "did <actor> say <words>", the best when it is the actor's saying them either way (`said_polarity`),
        else the best-scored of the first SETTLE_CANDIDATES that is; None when none is: her words settle it, however
        far a fact of others sharing more of the question's words ranks them (fresh tester 68, W2: "did the chief
        say the guild would drop the lease" led a letter to her asking it to, over a source's "she wanted it kept")."""
        facts = self.brief.facts
        if best.id in facts and self.said_polarity(q, facts[best.id]) is not None:
            # the best is that saying: a fact about as close that "settles" more (Features.settles) tells no saying
            # (tester yn2: "did <outlet> say <name> is a tech company" led a tech worker's description, no verdict,
            # over the outlet's own "tech software company <name>")
            return best
        said = [
            h for h in ranked[:SETTLE_CANDIDATES] if h.id in facts and self.said_polarity(q, facts[h.id]) is not None
        ]
        if not said:
            # "did Lind say she would not drop the lease" of "Lind wanted it kept": her words on it, in others
            said = [h for h in ranked[:SETTLE_CANDIDATES] if h.id in facts and self.said_in_opposite(q, facts[h.id])]
        return max(said, key=lambda h: h.score) if said else None

    def said_in_opposite(self, q: Question, fact: FactData) -> bool:
        """For "did <actor> say <words>" negating what is said ("she would not drop the lease"): the fact gives the
        actor as speaking (`_told_by_opening`) and one of its texts holds, with no negation, the words said with one
        in its opposite ("wanted the lease kept", `_said_opposite`): the same thing said in other words, which
        `said_polarity` leaves unsettled (its "Yes" is for the words asked)."""
        verb = next((j for j, t in enumerate(q.words) if stem(t) in ASSERTING_STEMS), None)
        if verb is None or SAID_NEGATION.isdisjoint(q.words[verb + 1 :]) or not self._told_by_opening(q, fact):
            return False
        negations = {stem(t) for t in SAID_NEGATION}
        content = {stem(q.words[i]) for i in range(verb + 1, len(q.words)) if i not in q.named_at}
        content -= {stem(t) for t in STOPWORDS} | negations
        if not content:
            return False
        for text in self._teller_texts(q, fact):
            told = words(fold(text))
            stems = {stem(t) for t in told}
            if SAID_NEGATION.isdisjoint(told) and self._said_opposite(self._as_worded(content, stems), stems):
                return True
        return False

    def _speaking(self, q: Question, best: Hit, close: list[Hit]) -> Hit | None:
        """For "did <actor> say / claim / admit …" (SAYING_STEMS), when the best does not give the actor as speaking
        (`said_by`), the candidate as fully about the question that does (the best-scored, at least the best's
        coverage); None otherwise: whether she said it is settled by her words, not by another's on the same thing
        (fresh tester 66, W1: a protester's words led "did the guild say its lease did not help evictions")."""
        actor = self.opening_actor(q.words)
        if actor is None or SAYING_STEMS.isdisjoint(self._act_forms_of(q)) or self._said_by(best.id, {actor}):
            return None
        spoken = [h for h in close if h.coverage >= best.coverage and self._said_by(h.id, {actor})]
        return max(spoken, key=lambda h: (h.coverage, h.score)) if spoken else None

    def _dated_act(self, q: Question, close: list[Hit]) -> Hit | None:
        """For a question asking of a month of no year ("did the guild publish the files in May": `on_date` "--05"),
        the closest candidate stating the asked act (`act_forms`, in its statement or quotes) dated in that month,
        else in another month (whose lead then says it was then, not in the month asked); None when none is dated
        so."""
        if re.fullmatch(r"--\d\d", q.on_date) is None:
            return None
        # the act's words, else every word asked beside the date ("release documents" where "release" is read as
        # no act: all of them, so a fact of other documents that month is not taken for the release)
        forms = self._act_forms_of(q)
        every = not forms
        forms = forms or frozenset(self.retriever.asked_stems(q) - {stem(w) for w in q.date_words})
        if not forms:
            return None
        dated = [
            h
            for h in close
            if (date := self.brief.facts[h.id].date)
            and len(date) >= 7
            # in its statement or its article's words ("released" where the statement says "published")
            and any(
                forms <= set(stems_) if every else not forms.isdisjoint(stems_)
                for _, stems_ in self._worded(self.brief.facts[h.id])
            )
        ]
        asked = [h for h in dated if (self.brief.facts[h.id].date or "")[5:7] == q.on_date[2:]]
        return max(asked or dated, key=lambda h: h.score) if asked or dated else None

    def _voiced_over_told(self, q: Question, pick_id: str, best_id: str) -> bool:
        """The pick is a fact curated as someone's words (kind "quote"), the best is not, and the question asks what
        was done, not anyone's words (`told_asked`)."""
        facts = self.brief.facts
        return facts[pick_id].kind == "quote" and facts[best_id].kind != "quote" and told_asked(q)

    def _told_only_as_said(self, q: Question, fact_id: str) -> bool:
        """`claimed_by` is not None."""
        return self.claimed_by(q, fact_id) is not None

    def claimed_by(self, q: Question, fact_id: str) -> str | None:
        """The party the question names (an entity) whose word the fact's statement gives what the question asks
        (`asked_stems`) in, after a verb of saying ("the guild said its contract was not helping the port evict
        tenants"): its own word, not the article's; None when the statement tells it otherwise."""
        tokens = words(fold(self.brief.facts[fact_id].statement))
        said = next((j for j, t in enumerate(tokens) if t in REPORTED), len(tokens))
        asked = self.retriever.asked_stems(q)
        stems_ = [stem(t) for t in tokens]
        if said == len(tokens) or asked.isdisjoint(stems_[said:]) or not asked.isdisjoint(stems_[:said]):
            return None
        # who says it is a party the question asks about, named before the verb of saying
        for e in q.entities:
            entity = self.brief.entities[e]
            firsts = {stem(name[0]) for name in (words(n) for n in (entity.name, *entity.aliases)) if name}
            if not firsts.isdisjoint(stems_[:said]):
                return e
        return None

    def _told_in_own_voice(self, q: Question, fact_id: str) -> bool:
        """The fact's statement tells one of the question's asked words before any verb of saying."""
        tokens = words(fold(self.brief.facts[fact_id].statement))
        said = next((j for j, t in enumerate(tokens) if t in REPORTED), len(tokens))
        return not self.retriever.asked_stems(q).isdisjoint(stem(t) for t in tokens[:said])

    def _when(self, fact_id: str) -> str:
        """A fact's date, or its source's when it has none: how recent what it says is."""
        fact = self.brief.facts[fact_id]
        sources = self.brief.fact_sources(fact)
        return fact.date or (sources[0].published if sources and sources[0].published else "")

    def states_stems(self, fact_id: str, forms: Set[str]) -> bool:
        """The fact's statement (not its keywords) has a word of one of the stems `forms`."""
        return fact_id in self.brief.facts and not self.stated_stems_of(fact_id).isdisjoint(forms)

    def alike(self, word_stem: str) -> set[str]:
        """A question word's stem and the stems of the words the brief gives for it."""
        return {word_stem} | {f for k, v in self._synonym_stems.items() if stem(k) == word_stem for f in v}

    def stated_stems_of(self, fact_id: str) -> set[str]:
        """The stems of the fact's statement (`_worded`, kept for the facts read most recently)."""
        return set(self._worded(self.brief.facts[fact_id])[0][1])

    def denies(self, q: Question, fact_id: str) -> bool:
        """`denial` is not None: the fact says no to the asked act."""
        return self.denial(q, fact_id) is not None

    def denial(self, q: Question, fact_id: str) -> str | None:
        """`_denial`, worked out once per question and fact."""
        of, denials = self._denials
        if of is not q:
            denials = {}
            self._denials = (q, denials)
        if fact_id not in denials:
            denials[fact_id] = self._denial(q, fact_id)
        return denials[fact_id]

    def _ended_since(self, q: Question, ranked: list[Hit], denier: Hit) -> Hit | None:
        """A candidate (ranked, else any fact) that the brief relates to a
        fact saying no by keeping (`denial` "kept": "renewed the lease in 2015" for "did the guild cancel it") and
        that tells the thing ended since, as done (ENDED: "had recently expired", a later year): the keeping was
        no "No" as of the articles, the end they tell settles it (its lead says they don't tell the act asked). None
        when there is none (fresh tester 74: "did the guild cancel the $9 million lease" led "No, as of <the article's
        date>: … renewed" years before, though another article says that lease had expired since). The brief's link
        says the two tell of one thing, so the ended one need not name every party asked: the keeping fact does
        (`settling`'s `close`), and an article may call the same lease by another party's name (review 23 #3: "did
        the guild drop the harbour-board lease" kept "renewed", its linked "one of the guild's two port leases had
        expired" names the port, not the board)."""
        if self.denial(q, denier.id) != "kept":
            return None
        kept = self.brief.facts[denier.id]
        linked = set(self.brief.related.get(denier.id, ()))
        # the linked facts as ranked, then those the search did not find (named by another party): in the keeping
        # fact's place, as sure as it is
        ranked_ids = {h.id for h in ranked}
        found = [h for h in ranked if h.id in linked]
        found += [Hit(f, denier.score, denier.coverage) for f in sorted(linked - ranked_ids)]
        for h in found:
            fact = self.brief.facts.get(h.id)
            if fact is None:
                continue
            if (fact.date or "")[:4] > (kept.date or "9999")[:4] and not ENDED.isdisjoint(words(fold(fact.statement))):
                return h
        return None

    def _given_to_as_told(self, q: Question, fact: FactData) -> bool:
        """Whom a word is asked as given to (`word_given_to`: "give the Gazette a comment", "a statement to the
        keepers") is the fact's: a name among its entities, another word among its words (one or many: "keeper" of
        "keepers", not "protest" of "protesters"). True when the question names no one."""
        given = word_given_to(q.words)
        if not given:
            return True
        spans = self._name_spans(q.words)
        named = {e for start, end, e in spans if any(start <= k < end for k in given)}
        told = {singular(t) for t in words(fold(fact.statement))}
        unnamed = [q.words[k] for k in given if k not in q.named_at and not any(s <= k < e for s, e, _ in spans)]
        return named <= set(fact.entities) and all(singular(w) in told for w in unnamed)

    def _named_in_statement(self, ent_id: str, fact: FactData) -> bool:
        """One of the entry's names (its name or an alias, folded, as whole words) stands in the fact's statement."""
        tokens = words(fold(fact.statement))
        entity = self.brief.entities[ent_id]
        names = [said for name in (entity.name, *entity.aliases) if (said := words(fold(name)))]
        return any(tokens[i : i + len(said)] == said for said in names for i in range(len(tokens) - len(said) + 1))

    def _denial(self, q: Question, fact_id: str, within: Set[str] | None = None) -> str | None:
        """How the fact says no (`denies`), else None: "negated" (the asked act negated, or an effort told failed),
        "kept" (the opposite of an act ending something, stated as done: "decided to keep" for "did they cancel",
        ENDING_ACTS) or "opposite" (another opposite: "were refused entry" for "did they get in"). `within`: only
        of the asked words of these stems (the act before a purpose, `_denied_before_purpose`).

        The fact says, in its own voice, that what a yes/no question asks did not happen: one of the question's
        words right after a negation ("would not open the door", "refused to accept", "didn't budge"), in its
        statement or, for a fact that is not itself someone's quote, its quotes; never inside reported speech
        ("the guild said its contract was not helping …" is a claim, not a settled no)."""
        fact = self.brief.facts[fact_id]
        asked = self.retriever.asked_stems(q)
        if within is not None:
            asked = asked & within
        actor = None if asks_passive(q.words) else self.opening_actor(q.words)
        if actor is not None and asks_whether_spoke(q.words):
            if not self._given_to_as_told(q, fact):
                return None  # "did the guild issue a statement to the keepers": its silence to the Gazette is not it
            if word_given_to(q.words) and not self._named_in_statement(actor, fact):
                return None  # "did the guild issue a statement to the Gazette": the Gazette's own "does not say who
                # said them" is no silence of the guild's, which its statement does not name
            # "did the guild say anything": "the guild did not respond to a request for comment"; only of one named
            # ("did the Gazette say anything …" opens with an outlet, whose silence no fact tells)
            asked = asked | SILENCE_STEMS
        worked = succeeding_at(q.words)
        if worked is not None:  # "did the campaigns work": "none of the campaigns had succeeded"
            asked = asked | SUCCESS_STEMS
        if not asked:
            return None
        # the words the brief gives for the asked ones: "did they cave" is answered no by "didn't budge"
        asked = asked | {s for t in q.leftover if stem(t) in asked for s in self._synonym_stems.get(t, ())}
        # an irregular past the question's verb was read as (the brief's form: "did they take" read "took") stands
        # for its bare form too, the one a negation takes ("refused to take") and the brief's opposites are listed
        # by ("take": "refused"); general English (task yn36: "did the people going in take the flier")
        asked = asked | {stem(bare) for t in q.words if stem(t) in asked for bare in BARE_OF.get(t, ())}
        opposite = [
            phrase for s in asked - q.context for phrase in self.retriever.opposites.get(s, [])
        ]  # "did they cancel" is answered no by "decided to keep"
        kept = [phrase for s in (asked - q.context) & ENDING_ACTS for phrase in self.retriever.opposites.get(s, [])]
        # "did they keep the lease" is answered no by "dropped the lease", told done: not "urged … to drop it"
        ended = [phrase for s in asked - q.context for phrase in self.retriever.ended_opposites.get(s, [])]
        opposite += ended
        subject = self._unnamed_subject(q) if actor is None else frozenset()
        # the subject's role, by any of its words ("did the staff accept it": "employees refused to accept it"):
        # general English (PERSON_ROLES), not the brief's search aids, which may widen a group ("engineers")
        doers = subject | {stem(w) for r in PERSON_ROLES if subject & {stem(w) for w in r} for w in r}
        # no act found ("change" is a noun too): the subject before the asked word a fact negates ("did the vigils
        # change anything" is not answered no by "Lind did not change course")
        unfound = actor is None and not subject and not self._act_forms_of(q)
        if worked is not None and actor is None:  # "did the vigils work": of the vigils
            subject = subject or self._effort(q, worked)
            told = words(fold(fact.statement))
            if any(
                (said := [t for t in told if stem(t) == s]) and one_asked_many_told(q.words, s, said) for s in subject
            ):
                return None  # "did the vigil work": "none of the vigils elsewhere had succeeded" tells of others
        # "were they refused entry", "did they not get in": a negative act is asked, which a negation states
        # (not one only in a scene-setting clause: "did they cancel it after the nonprofit rejected a donation" asks
        # the cancelling; blind set BW)
        asks_done = all(w not in NEGATIVE_ASKS or stem(w) in q.context for w in q.words)
        # a word can start an opposite act only as its phrase's first stem (an empty phrase matches anywhere): the
        # checks below run at those words and the asked ones alone, not at every word of every candidate
        firsts = {p[0] for p in opposite if p}
        anywhere = not all(opposite)
        # "did the guild ever drop a lease": one lease kept says no of that one only, not of every lease
        indefinite = any(
            stem(t) in asked and q.words[i + 1 : i + 2] in (["a"], ["an"], ["any"]) for i, t in enumerate(q.words)
        )
        tie_asked = asks_tie(q.words)
        # what each thing the question asks a tie to is (its kind, its description's opening sentence: "a software
        # company"): a tie denied to any such thing ("not affiliated with any company") denies the one named (task
        # yn36: "is <person> a <company> employee" led "a tech worker not affiliated with any company" bare)
        tied_kinds = self._kinds_of_tied(q, actor) if tie_asked else frozenset()
        for tokens, stems_ in self._worded(fact):
            if worked is not None and self._effort_failed(q, worked, tokens, stems_):
                return "negated"
            according = False  # "according" said before position j
            requested = False  # a request verb said before position j: what follows is what was asked for
            for j in range(len(tokens)):
                if j and tokens[j - 1] in REPORTED:
                    break  # what someone said, from here on
                according = according or (j > 0 and tokens[j - 1] == "according")
                requested = requested or (j > 0 and tokens[j - 1] in REQUEST_VERBS)
                at_asked = asks_done and (
                    stems_[j] in asked or (stems_[j] in tied_kinds and tie_asked and _tie_denied(tokens, j))
                )
                if not at_asked and not anywhere and stems_[j] not in firsts:
                    continue
                before = tokens[max(0, j - 2) : j]
                if (
                    at_asked
                    and not requested  # "messages asking its workers to … not work on projects": asked, not told
                    and (
                        not NEGATION.isdisjoint(before)
                        or (tie_asked and _tie_denied(tokens, j))
                        # "none of the campaigns had succeeded": a negative subject earlier in its reach
                        or not NEGATIVE_SUBJECTS.isdisjoint(tokens[max(0, j - NEGATIVE_REACH) : j])
                    )
                    and self._by(actor, tokens, j)
                    and (not doers or not doers.isdisjoint(stems_[:j]))
                    and (
                        not unfound
                        or not (before_asked := self._unnamed_subject(q, {stems_[j]}))
                        or not before_asked.isdisjoint(stems_[:j])
                    )
                    and dated_as_asked(q, fact, tokens, j)
                    and to_asked(q, tokens[j], stems_[j + 1 : j + 1 + OBJECT_REACH])
                ):
                    return "negated"
                # the opposite act stated as done: not negated ("did not keep"), not only wanted or asked for
                # ("wanted the contracts kept"), not on someone's word ("according to a source")
                wished = not REQUEST_VERBS.isdisjoint(tokens[max(0, j - 4) : j]) or according
                if (
                    NEGATION.isdisjoint(before)
                    and not wished
                    and asks_done  # "did they refuse to cancel": "kept" is a yes to that, never a no
                    and not indefinite
                    and any(stems_[j : j + len(p)] == p for p in opposite)
                    and not (
                        tokens[j - 1 : j] != []
                        and tokens[j - 1] in UNREALIZING
                        and any(stems_[j : j + len(p)] == p for p in ended)
                    )
                    and self._by(actor, tokens, j)
                    and (not doers or not doers.isdisjoint(stems_[:j]))
                    and dated_as_asked(q, fact, tokens, j)
                ):
                    return "kept" if any(stems_[j : j + len(p)] == p for p in kept) else "opposite"
        return None

    def _kinds_of_tied(self, q: Question, actor: str | None) -> frozenset[str]:
        """The stems of what the things a question asks a tie to are: each named entity's but the actor's (and no
        person's), its kind and the words of its description's first sentence ("company" of "a software company")."""
        kinds: set[str] = set()
        for ent_id in q.entities:
            entity = self.brief.entities.get(ent_id)
            if ent_id == actor or entity is None or entity.kind == "person":
                continue
            opening = entity.description.split(". ")[0]
            kinds |= {stem(w) for w in (entity.kind, *words(fold(opening))) if w not in STOPWORDS}
        return frozenset(kinds)

    def ended_of_still(self, q: Question, fact: FactData) -> bool:
        """A yes/no question of today ("is the guild still sponsoring the vigil", `Question.current`) whose act the
        fact's statement tells ended, in its own voice: an act ending something (ENDING_ACTS) told done, not negated
        nor only asked for, with the asked act within ENDED_REACH words after it ("dropped the guild as a sponsor",
        "stopped sponsoring"): no longer so by the article's date, a "No" as of then."""
        forms = self._act_forms_of(q)
        ender = frozenset(q.entities[1:]) if not forms else frozenset()
        forms = forms or _role_of_still(q, fact)
        if not q.current or not forms:
            return False
        tokens = words(fold(fact.statement))
        stems_ = [stem(t) for t in tokens]
        # a role asked of a name ("a sponsor of the vigil"): the name the one ending it, the statement's first
        # ("the vigil at the Guild hall dropped it" tells nothing of the Guild's sponsors)
        first = min(self._name_spans(tokens), default=None)
        if ender and (first is None or first[2] not in ender):
            return False
        for j, s in enumerate(stems_):
            if j and tokens[j - 1] in REPORTED:
                return False  # what someone said, from here on
            if s not in ENDING_ACTS or not NEGATION.isdisjoint(tokens[max(0, j - 2) : j]):
                continue
            if not REQUEST_VERBS.isdisjoint(tokens[max(0, j - 4) : j]) or tokens[j - 1 : j] == ["to"]:
                continue  # "asking him to end it", "plans to drop it": not told done
            if not forms.isdisjoint(stems_[j + 1 : j + 1 + ENDED_REACH]):
                return True
        return False

    def named_only_as_reporter(self, q: Question, fact: FactData) -> str:
        """The name of a person or organization a yes/no question names as taking part in its act that the fact's
        statement names only as whose account it passes on (bot.reporting.passing_phrases: "…, the Gazette
        reported", "according to Lind"): "did the chief speak to the Gazette" against "the chief defended the lease
        at a meeting, the Gazette reported" tells the Gazette reporting it, not hearing him. "" otherwise. Only of a
        name after "to" or "with" (HEARER_OPENINGS: one spoken to or dealt with); not of one the question asks as
        reporting ("was it reported by …", "according to the Gazette, …"), nor of one only setting its scene."""
        if not REPORTING_ASKED.isdisjoint(q.words):
            return ""  # "was it reported by the Gazette": whose report is what is asked
        lowered = fact.statement.lower()
        for start, end, ent_id in self._name_spans(q.words):
            entity = self.brief.entities.get(ent_id)
            if entity is None or ent_id in q.scene_entities or ent_id in q.sources or ent_id not in fact.entities:
                continue
            if not set(q.words[start - 1 : start]) & HEARER_OPENINGS or q.words[start - 2 : start - 1] == ["according"]:
                continue  # only one spoken to or dealt with ("to the Gazette", "with the Gazette"), not "according
                # to the Gazette", "… per the Gazette", "(Gazette)": whose account the question goes by
            if q.words[end : end + 1] and (q.words[end] in REPORTED or q.words[end] in SAYING_ASKED):
                continue  # "did the Gazette say …": its saying, which its reporting tells
            phrases = passing_phrases(entity)
            if not any(p in lowered for p in phrases):
                continue
            rest = lowered
            for p in phrases:
                rest = rest.replace(p, " ")
            if not states_entity(entity, {stem(t) for t in words(fold(rest))}):
                return entity.name
        return ""

    def act_untold_of(self, q: Question, fact: FactData) -> str | None:
        """The person a yes/no question opens with as doing its act (`opening_actor`; "did Ada Lind meet the
        keepers"), when the fact never states the act (an "-ing" noun after a determiner is none: `_as_act`), does
        not say no to it (`denies`) and does not open with them: it tells of them otherwise ("keepers came to
        present Ada Lind with a letter"), not that they did it. An organization only when the fact has the act's
        word as such a noun alone ("did the guild build the sheds": "outside the Harbour building"): its act may be
        told of its people in other words. None otherwise."""
        forms = self._act_forms_of(q)
        actor = self.opening_actor(q.words) if forms and not asks_passive(q.words) else None
        if actor is None or self._kind_of(actor) not in ACTOR_KINDS:
            return None
        if self._kind_of(actor) != "person" and not self.states_stems(fact.id, forms):
            return None  # an organization's act may be told of its people ("the guild's keepers let no one in")
        if self._kind_of(actor) != "person" and self._done_by_others(actor, fact.statement, forms):
            return actor  # "did the port build the ledger": "the guild's wardens went to developing the ledger"
        if self._as_act(fact.statement, forms) and not self._done_to(actor, fact, forms):
            return None
        if self._said_by(fact.id, {actor}) and any(_pronoun_act_around_quote(c.quote, forms) for c in fact.citations):
            # "“…,” he wrote in a Gazette essay": the article's own words around the asked person's quotation tell
            # the act, done by the pronoun standing for them; not untold of the person asked
            return None
        if self.denies(q, fact.id):  # a no the lead gave no verdict for (another party asked): not untold
            return None
        if not SAY_STEMS.isdisjoint(forms) and self._said_by(fact.id, {actor}):
            # "did Lind say …" of "according to a source, Lind wanted …" whose source tells she said it: her saying,
            # as the source tells it (fresh tester 66, R1)
            return None
        return None if self.opens_with(actor, fact.id) else actor

    def _done_by_others(self, actor: str, statement: str, forms: Set[str]) -> bool:
        """The statement tells the act (`forms`, its stems; a verb, not a noun: `_noun_use`, `never_verb`) and each time
        of another doer than `actor`: another person or organization after a "by" just after it ("the ledger built
        by the guild"), or, with none, people or organizations named before it in its clause, `actor` not among them
        ("the guild's contracts went to developing the ledger"). An attribution opening the statement ("according
        to the port's report, …") names the teller, not a doer, and is left out."""
        text = ATTRIBUTION().sub("", statement)
        tokens = words(fold(text))
        clause = clause_numbers(text, len(tokens))
        acted = [j for j, t in enumerate(tokens) if stem(t) in forms and not _noun_use(tokens, j) and not never_verb(t)]

        def others(j: int) -> bool:
            by = next((k for k in range(j + 1, min(j + 3, len(tokens))) if tokens[k] == "by"), None)
            if by is not None and (agents := self._actors_in(tokens[by + 1 : by + 6])):
                return actor not in agents
            start = next(k for k in range(j + 1) if clause[k] == clause[j])
            before = self._actors_in(tokens[start:j])
            return bool(before) and actor not in before

        return bool(acted) and all(others(j) for j in acted)

    def act_unstated(self, q: Question, fact: FactData, *, people: Set[str] = frozenset()) -> bool:
        """A yes/no question's act (its main verb, `act_forms`) that the fact never states as an act (`_as_act`) and
        does not say no to: the fact tells something else ("did the keepers strike": "keepers at other harbours had
        organized strikes" does state it; "did the guild fire them": a fact of the guild's statement does not)."""
        forms = self._act_forms_of(q)
        passive = asks_passive(q.words)
        if not forms:
            return False
        # (an agreement is done to in few words, told plainly: "was the lease signed" is not told by "the guild had a
        # lease", as "were the keepers arrested" is not by a fact of something else done to them)
        named = passive and not self._done_to_people(q, forms, people | AGREEMENTS)
        if named and not self._done_to_named(q, forms):
            return False
        # (an act told done to others only, "the wardens arrested 40 sailors" for "was the guild arrested", is not
        # its act, nor is a negation there ("no fewer than 40 sailors") a no to it)
        done_to = [] if passive else self._people_object(q, forms, people)

        def others_only(text: str) -> bool:
            if done_to:  # "did the wardens arrest the keepers": "the wardens arrested 40 sailors" is of others
                return _done_only_to_others(text, forms, done_to)
            return named and self._undergone_by_others(q, text)

        of_others = others_only(fact.statement)
        if self._as_doers_act(q, fact.statement, forms) and not of_others:
            return False
        if not passive and _in_role(fact.statement, forms):
            return False  # "did the guild sponsor the fair": "the fair dropped the guild as a sponsor" tells it did
        if not SAY_STEMS.isdisjoint(forms) and CALLED_IN_WORDS.search(fact.statement):
            return False  # "did Lind say the guild was disloyal": "calling it “disloyal”" says so in other words
        # (a negation in a fact not stating the people's passive act is of another act: "they were refused entry"
        # says nothing of "did they get arrested")
        # (but of a named person it may be: "not affiliated with any company" for "is Ada Lind employed by one")
        if (not passive or named) and not of_others and self._negates(fact.statement):
            return False  # "would not open the door" for "did they let them in": a no in other words, maybe
        quotes = [c.quote for c in fact.citations]
        if any(self._as_doers_act(q, quote, forms) and not others_only(quote) for quote in quotes):
            return False
        return not self.denies(q, fact.id)

    def act_only_unrealized(self, q: Question, fact: FactData) -> bool:
        """The fact's statement has the act a yes/no question asks of (its stems, `act_forms`) only unrealized: each
        time in its bare form after "to" or a modal, a "not" between aside ("was told to leave", "said the group would
        not leave until …"): an order, a wish or a stated intent, which tells nothing of whether the act was done; no
        other act in it negated (fresh tester 85: "did the organizer leave" led such a fact as if it were a "No"). An
        act of a word that is a noun too ("leave"), which `act_forms` leaves out, is the word closing a question opened
        by "did": that auxiliary takes a bare verb after its subject ("did they leave")."""
        forms = self._act_forms_of(q)
        closing = q.words[-1] if q.words[:1] == ["did"] and len(q.words) > 2 else ""
        if not forms and closing and closing not in STOPWORDS and IRREGULAR.get(closing, "") != closing:
            # (normalizing gives "did they left": the past's bare form is looked up too)
            forms = frozenset(stem(w) for w in {closing, IRREGULAR.get(closing, closing), *BARE_OF.get(closing, ())})
        if not forms or not asks_past(q.words) or _asked_unrealized(q.words, forms):
            return False
        tokens = words(fold(fact.statement))
        # an act asked itself after "to" ("did the port use the maps to chart reefs") is a purpose asked: the fact's
        # "uses them to chart reefs" tells that purpose as asked, no unrealized act (fresh tester 86)
        purposes = {stem(t) for k, t in enumerate(q.words) if k and q.words[k - 1] == "to"}
        told = [
            j for j, t in enumerate(tokens) if stem(t) in forms and not (stem(t) in purposes and tokens[j - 1] == "to")
        ]

        def unrealized(j: int) -> bool:
            before = [t for t in tokens[max(0, j - 3) : j] if t not in NEGATION]
            bare = self.retriever.english.verb(tokens[j]) in (tokens[j], None) and not tokens[j].endswith(("ed", "s"))
            return bare and before[-1:] != [] and before[-1] in UNREALIZING

        # a negation elsewhere tells another act not done ("did not respond when asked to comment"), which is led as
        # told, for the reader to weigh
        negated_acts = {k for j in told for k in range(max(0, j - 3), j) if tokens[k] in NEGATION}
        negated = {k for k, t in enumerate(tokens) if t in NEGATION}
        return bool(told) and negated <= negated_acts and all(unrealized(j) for j in told)

    def _undergone_by_others(self, q: Question, text: str) -> bool:
        """A passive yes/no question's act (`act_forms`) that the text states, each time done to others than the
        subject it names (`passive_subject` with names, and the words of the names there; `undergoes_at`): "did the
        guild get arrested" of "the guild's report told how the wardens had arrested 40 sailors" tells arrests of
        sailors, not of the guild (fresh testers, yn25); an organization's own people ("its
        members were arrested") are it."""
        forms = self._act_forms_of(q)
        subject = passive_subject(q, forms, names=True)
        act = next((j for j, t in enumerate(q.words) if stem(t) in forms), len(q.words))
        if q.words[act : act + 1] and q.words[act].endswith("ing"):
            return False  # "is the guild still sponsoring it": no passive, whatever its copula
        for _, end, ent_id in self._name_spans(q.words):
            if end <= act and ent_id in self.brief.entities:
                entity = self.brief.entities[ent_id]
                said = (t for name in (entity.name, *entity.aliases) for t in words(fold(name)))
                subject += [t for t in said if t not in STOPWORDS]
                if self._kind_of(ent_id) != "person":
                    subject += ["its", "their"]  # an organization's people: "its members were arrested"
        return _done_only_to_others(text, forms, subject)

    @staticmethod
    def _people_object(q: Question, forms: Set[str], people: Set[str]) -> list[str]:
        """The noun for people (`people`) an active yes/no question's act is done to, right after it before any
        preposition ("did the wardens arrest the Eastport keepers in May": ["keepers"]), else nothing."""
        act = next((j for j, t in enumerate(q.words) if j and stem(t) in forms), None)
        if act is None:
            return []
        head = ""
        for t in q.words[act + 1 : act + 2 + OBJECT_REACH]:
            if t in PLACING or t in RECIPIENT_PREPOSITIONS:
                break
            if t not in STOPWORDS:
                head = t
        return [head] if head in people else []

    def _as_doers_act(self, q: Question, text: str, forms: Set[str]) -> bool:
        """`_as_act`, and, of a doer the question opens with (`opening_actor`, not passive), as `_affirmed_by` reads
        its acts: not a thing's own end (OWN_END: "had recently expired" tells no one ended it) nor the question's
        very word after a determiner ("as of the end of July" for "did they end it"), nor one only asked for after "to"
        ("asking him to end it"), so that "did the port end the
        lease" of an expiry is told "don't say that", not led bare as if it answered."""
        tokens = words(fold(text))
        doer_asked = self.opening_actor(q.words) is not None and not asks_passive(q.words)
        return any(
            stem(t) in forms
            and not _noun_use(tokens, j)
            # "a letter asking him to end it": an act only asked for, none done (as `_affirmed_by` reads it)
            and not (tokens[j - 1 : j] == ["to"] and not REQUEST_VERBS.isdisjoint(tokens[max(0, j - 4) : j]))
            and not (
                doer_asked
                and (stem(t) in OWN_END or (t in q.words and tokens[j - 1 : j] and tokens[j - 1] in DETERMINED))
            )
            for j, t in enumerate(tokens)
        )

    @staticmethod
    def _done_to_people(q: Question, forms: Set[str], people: Set[str]) -> bool:
        """A passive question's act done to people by a noun for them (`people`: "did the keepers get arrested",
        "were any sailors fired"): a fact telling something else of them does not tell it, as an active act is not.
        Not one passing on a request ("were the keepers told to leave": "instructed to" tells it in other words), nor
        a passive of things ("were the notices deleted": "taken down"), which articles word many ways."""
        act = next((j for j, t in enumerate(q.words) if stem(t) in forms), None)
        if act is None or q.words[act + 1 : act + 2] == ["to"]:
            return False
        # its head noun, the last before a phrase placing it ("the keepers in Eastport in May"): "is tech worker
        # activism growing" is of no one
        head = ""
        for t in q.words[1:act]:
            if head and t in PLACING:
                break
            if t not in STOPWORDS and t not in PASSIVE_FORMS:
                head = t
        return head in people

    def _negates(self, statement: str) -> bool:
        """The statement has a negation (NEGATIVE_ASKS) outside any name ("the group Never Again" negates nothing)."""
        tokens = words(fold(statement))
        in_name = {k for start, end, _ in self._name_spans(tokens) for k in range(start, end)}
        return any(t in NEGATIVE_ASKS and k not in in_name for k, t in enumerate(tokens))

    def _done_to_named(self, q: Question, forms: Set[str]) -> bool:
        """A passive question's act done to a person or organization (ACTOR_KINDS) it names right before it ("was Ada
        Lind arrested", "did Ada Lind get fired", "did the guild get arrested": its members): a fact telling
        something else of them (her role, the groups at a protest) does not tell it, as with a noun for people
        (`_done_to_people`)."""
        act = next((j for j, t in enumerate(q.words) if stem(t) in forms), None)
        if act is None or q.words[act + 1 : act + 2] == ["to"]:
            return False
        ends = {act, act - 1}  # "was Ada Lind arrested", "did Ada Lind get arrested"
        return any(
            start == 1 and end in ends and self._kind_of(e) in ACTOR_KINDS
            for start, end, e in self._name_spans(q.words)
        )

    def subject_of_others(self, q: Question, fact: FactData) -> bool:
        """A yes/no question's subject named by no name (`_unnamed_subject`; its last word, the noun it ends with:
        "did any Harbour keepers resign": "keepers") that the fact's statement has only as others (`of_others` at
        each: "keepers at other harbours had organized mass resignations"): it tells of them, not of the ones
        asked. With no act found ("strike" is a noun too), any word the question has, not as others, and the
        fact has only as others."""
        tokens, stems_ = self._worded(fact)[0]

        def others_only(s: str) -> bool:
            at = [k for k, told in enumerate(stems_) if told == s]
            return bool(at) and all(of_others(tokens, k) for k in at)

        forms = self._act_forms_of(q)
        if not forms:
            asked = q.words[1:] if q.words[:1] and q.words[0] in AUXILIARIES else []
            content = {stem(t) for t in asked if t not in STOPWORDS}

            def modifier_only(s: str) -> bool:
                # "the guild's other harbour lease" of "was the lease with the harbour": "other" qualifies the
                # phrase's head, "lease" (asked too), not the word before it (fresh tester 86)
                at = [k for k, told in enumerate(stems_) if told == s]
                return bool(at) and all(k + 1 < len(stems_) and stems_[k + 1] in content - {s} for k in at)

            return any(
                t not in STOPWORDS and not of_others(q.words, k) and others_only(stem(t)) and not modifier_only(stem(t))
                for k, t in enumerate(asked, start=1)
            )
        subject = self._unnamed_subject(q)
        if not subject:
            return self._anyone_of_others(q, forms, tokens, stems_)
        act = next(k for k, t in enumerate(q.words) if k and stem(t) in forms)  # `_unnamed_subject` found it
        head = stem(q.words[act - 1])
        return head in subject and others_only(head)

    @staticmethod
    def _anyone_of_others(q: Question, forms: Set[str], tokens: list[str], stems_: list[str]) -> bool:
        """A yes/no question asking whether anyone did its act ("did anyone resign from the guild": its subject only
        words for anyone, INDEFINITE) that the text (`tokens`, their `stems_`) tells only of others: before each
        word of the act, the nearest noun for people (PERSON_NOUNS) told as others (`of_others`: "keepers at other
        harbours had organized … mass resignations"). Their act is no "Yes" for the place asked (fresh tester 73,
        O2)."""
        act = next((k for k, t in enumerate(q.words) if k and stem(t) in forms), None)
        if act is None or q.words[:1] == [] or q.words[0] not in AUXILIARIES:
            return False
        asked = set(q.words[1:act]) - PASSIVE_FORMS  # "did anyone get fired": its "get" is no subject
        if asked.isdisjoint(INDEFINITE) or not asked <= INDEFINITE | STOPWORDS:
            return False
        acted = [j for j, s in enumerate(stems_) if s in forms]

        def doers_others(j: int) -> bool:
            people = [k for k in range(j) if tokens[k] in PERSON_NOUNS]
            return bool(people) and of_others(tokens, people[-1])

        return bool(acted) and all(doers_others(j) for j in acted)

    def act_of_another(self, q: Question, fact: FactData) -> bool:
        """A yes/no question's act (`act_forms`) whose subject names no one (`_unnamed_subject`: "did any keeper
        speak to the press") that the fact's statement tells only in a relative clause of another one, unnamed
        ("according to a source who spoke to the Gazette"): its doer is that one, not the one asked ("the port
        authority, which uses it" may be the one asked in other words)."""
        forms = self._act_forms_of(q)
        subject = self._unnamed_subject(q) if forms else frozenset()
        if not subject:
            return False
        tokens, stems_ = self._worded(fact)[0]
        acted = [j for j, s in enumerate(stems_) if s in forms and not _ing_noun(tokens, j)]
        return bool(acted) and all(
            j >= 3
            and tokens[j - 1] in RELATIVE_SUBJECTS
            and tokens[j - 3] in ("a", "an")
            and stems_[j - 2] not in subject
            for j in acted
        )

    def role_untold_of(self, q: Question, fact: FactData) -> str | None:
        """The leader a yes/no question asks of by role alone, not by name ("did the chief of the guild reply":
        LEADER_ROLES, before its act when one is found), when the fact's statement has no such role's word and the
        fact no person: it tells of the organization, not of its leader. Named for the reader ("the chief of
        Harbour Guild"); None otherwise."""
        forms = self._act_forms_of(q)
        end = next((k for k, t in enumerate(q.words) if k and stem(t) in forms), len(q.words))
        role = next((k for k in range(1, end) if q.words[k] in LEADER_ROLES), None)
        if role is None or any(self._kind_of(e) == "person" for e in fact.entities):
            return None
        if not LEADER_ROLES.isdisjoint(words(fold(fact.statement))):
            return None
        said = q.words[role].upper() if len(q.words[role]) <= 3 else q.words[role]  # "ceo" -> "CEO"
        owners = [e for e in q.entities if self._kind_of(e) in ACTOR_KINDS and self._kind_of(e) != "person"]
        return f"the {said} of {self.brief.entities[owners[0]].name}" if owners else f"the {said}"

    def presence_untold_of(self, q: Question, fact: FactData) -> str | None:
        """The person a question asking whether they were somewhere names ("was Ada Lind at the vigil": "was" or
        "were", the name, then "at" or "during"), when the fact does not open with them (it tells of them otherwise:
        "the vigil against the Ada Lind-founded guild") or, opening with them, states none of the occasion's words
        ("Ada Lind co-founded the guild" tells nothing of the vigil), not that they were there. None otherwise."""
        if q.words[:1] not in (["was"], ["were"]):
            return None
        span = next(((end, e) for start, end, e in self._name_spans(q.words) if start == 1), None)
        if span is None or self._kind_of(span[1]) != "person":
            return None
        if q.words[span[0] : span[0] + 1] not in (["at"], ["during"]):
            return None
        if not self.opens_with(span[1], fact.id):
            return span[1]
        occasion = {
            stem(t)
            for i, t in enumerate(q.words[span[0] + 1 :], span[0] + 1)
            if t not in STOPWORDS and i not in q.named_at and t not in q.date_words and not t.isdigit()
        }
        return span[1] if occasion and occasion.isdisjoint(self.stated_stems_of(fact.id)) else None

    def _done_to(self, ent_id: str, fact: FactData, forms: Set[str]) -> bool:
        """The fact's statement names the entity only after its act (`forms`, its stems) and each time right after a
        preposition naming whom the act is for (RECIPIENT_PREPOSITIONS): "keepers signed a letter to Ada Lind" tells
        the signing of the keepers, not of Ada Lind. False when a mention stands anywhere else ("Ada Lind signed …",
        "a letter signed by Ada Lind")."""
        tokens = words(fold(fact.statement))
        entity = self.brief.entities[ent_id]
        names = [said for name in (entity.name, *entity.aliases) if (said := words(fold(name)))]
        spans = {
            (i, i + len(said))
            for said in names
            for i in range(len(tokens) - len(said) + 1)
            if tokens[i : i + len(said)] == said
        }
        # a mention is its longest span ("lind" inside "ada lind" is the same one)
        starts = sorted(i for i, end in spans if not any(a <= i and end <= b and (a, b) != (i, end) for a, b in spans))
        acted = next((j for j, t in enumerate(tokens) if stem(t) in forms and not _ing_noun(tokens, j)), None)
        return (
            acted is not None
            and bool(starts)
            and all(i > acted and tokens[i - 1] in RECIPIENT_PREPOSITIONS for i in starts)
        )

    @staticmethod
    def _as_act(statement: str, forms: Set[str]) -> bool:
        """The statement has a word of the act (`forms`, its stems) other than a noun (`_noun_use`: "the Harbour
        Street building" is no act of building, "came under fire" none of firing)."""
        tokens = words(fold(statement))
        return any(stem(t) in forms and not _noun_use(tokens, j) for j, t in enumerate(tokens))

    def names_act_only_as_noun(self, fact_id: str, forms: Set[str], *, ing: bool = True) -> bool:
        """The fact's statement or quotes have a word of the act (`forms`, its stems), each one a noun (`_noun_use`):
        "the guild has come under fire" matched "why did the port fire the guild" by another sense of its word, and
        tells no such act. With `ing` False an "-ing" form is never taken for a noun ("the growing movement" tells
        a growing, as an adjective)."""
        fact = self.brief.facts.get(fact_id)
        if fact is None:
            return False
        texts = [fact.statement] + ([c.quote for c in fact.citations] if fact.kind != "quote" else [])
        return told_only_as_noun([possessives_worded(text) for text in texts], forms, ing=ing)

    def opens_with(self, ent_id: str, fact_id: str) -> bool:
        """The fact's main clause opens with the entity (the first word of its name or of an alias is the fact's
        `opening`, bot/features.py): it tells of them doing something."""
        entity = self.brief.entities[ent_id]
        firsts = {stem(said[0]) for name in (entity.name, *entity.aliases) if (said := words(name))}
        return not firsts.isdisjoint(self.retriever.features(fact_id).opening)

    def told_elsewhere(self, q: Question, fact: FactData) -> bool:
        """The fact's statement tells the act a yes/no question asks done at an occasion ("was anyone arrested at the
        vigils") only elsewhere: it states the act in its own voice, never with the occasion right after it
        (`at_occasion`): "the harbour's maps helped arrest 40 sailors; these arrests set off the vigils"."""
        forms = self._act_forms_of(q)
        occasion = occasion_stems(q, forms) if forms else set()
        if not occasion:
            return False
        own_voice = re.split(r"[“”\"]", fact.statement, maxsplit=1)[0]
        tokens = words(fold(own_voice))
        clause = clause_numbers(own_voice, len(tokens))
        acted = [j for j, t in enumerate(tokens) if stem(t) in forms]
        return bool(acted) and not any(at_occasion(tokens, clause, j, occasion) for j in acted)

    @staticmethod
    def _effort(q: Question, worked: int) -> frozenset[str]:
        """The stems of what a question asks whether it worked (questions.succeeding_at at `worked`): its words between
        the opening auxiliary and the verb, past stop words, pronouns and words for anyone ("the vigils")."""
        return frozenset(stem(t) for t in q.words[1:worked] if t not in STOPWORDS | PRONOUNS | INDEFINITE)

    def _effort_failed(self, q: Question, worked: int, tokens: list[str], stems_: list[str]) -> bool:
        """The text (`tokens`, their stems) tells what was done in spite of the effort a question asks whether it
        worked: "despite" or "in spite of" with the effort's word within EFFORT_REACH words after ("the guild kept
        its lease despite a petition …" for "did the petition work"), before any reported speech."""
        effort = self._effort(q, worked)
        for j, t in enumerate(tokens):
            if j and tokens[j - 1] in REPORTED:
                return False
            if (t == "despite" or tokens[j - 1 : j + 1] == ["in", "spite"]) and not effort.isdisjoint(
                stems_[j + 1 : j + 1 + EFFORT_REACH]
            ):
                return True
        return False

    def _unnamed_subject(self, q: Question, acted: Set[str] | None = None) -> frozenset[str]:
        """The stems of a yes/no question's subject when it names no one ("did the keepers budge": {"keeper"}): the
        words between its opening auxiliary and its act (`acted`, its stems, else `act_forms`), past determiners and
        pronouns; empty when it opens otherwise, its act is not found or its subject is a leader's role. A fact
        says no to it only with one of them before the act."""
        if q.words[:1] == [] or q.words[0] not in AUXILIARIES:
            return frozenset()
        forms = self._act_forms_of(q) if acted is None else acted
        act = next((k for k, t in enumerate(q.words) if k and stem(t) in forms), None)
        if act is None:
            return frozenset()
        subject = [t for t in q.words[1:act] if t not in STOPWORDS and t not in PRONOUNS and t not in INDEFINITE]
        if not LEADER_ROLES.isdisjoint(subject):
            return frozenset()  # "did the CEO budge": someone's role, who the fact names ("Lind didn't budge")
        return frozenset(stem(t) for t in subject)

    def _by(self, actor: str | None, tokens: list[str], at: int) -> bool:
        """The act at `at` is the asked actor's: no actor asked, or no person or organization named before it, or
        the asked one named last before it ("did the Gazette cancel" is not answered no by "the guild refused to
        cancel")."""
        if actor is None:
            return True
        before = self._actors_in(tokens[:at])
        return not before or before[-1] == actor

    def _unrealized(self, tokens: list[str], clause: list[int], j: int) -> bool:
        """The verb at `j` is in its bare form (a word only ever a verb, its past another word) after "to" or a
        modal, or opening a clause: an infinitive, a possibility or an order ("a warning … to choose a side: cancel
        its contracts or …"), not an act told as done; or joined to such a verb under its "to" (`aim_shared`)."""
        if aim_shared(tokens, j, self.retriever.english.verb):
            return True  # "a drive to find and arrest sailors": an aim, whether the word is a noun too or not
        word = tokens[j]
        if self.retriever.english.verb(word) != word or IRREGULAR.get(word) == word:
            return False
        return j == 0 or tokens[j - 1] in UNREALIZING or clause[j - 1] != clause[j]

    def _object_names_told(self, q: Question, forms: Set[str], tokens: list[str]) -> list[list[int]]:
        """For each person, organization or thing a yes/no question names in its object phrase (`object_phrase`), where
        `tokens` name it (their starts); none for a name they never give (an alias told otherwise is not read)."""
        phrase = object_phrase(q, forms)
        named = [e for start, _, e in self._name_spans(q.words) if start in phrase]
        told = [[start for start, _, e in self._name_spans(tokens) if e == ent_id] for ent_id in named]
        return [starts for starts in told if starts]

    def _placed_names(self, q: Question, forms: Set[str], tokens: list[str]) -> list[tuple[str | None, list[int]]]:
        """For each name a yes/no question gives after its act, the preposition it asks it after (None for the
        object: "did they compare the guild to the navy": None for the guild, "to" for the navy) and where `tokens`
        name it (their starts); none for a name they never give."""
        act = next((j for j, t in enumerate(q.words) if j and stem(t) in forms), None)
        if act is None:
            return []
        placed: list[tuple[str | None, list[int]]] = []
        for start, _, ent_id in self._name_spans(q.words):
            k = start - 1
            while k > act and q.words[k] in NOUN_DETERMINERS:
                k -= 1
            if k < act:
                continue
            told = [at for at, _, e in self._name_spans(tokens) if e == ent_id]
            if told:
                placed.append((q.words[k] if k > act and q.words[k] in TYING else None, told))
        return placed

    def _partners_asked(self, q: Question, forms: Set[str]) -> list[tuple[str, str]]:
        """Each name a yes/no question asks right after a preposition (TYING) after its act, with that preposition
        ("did the guild work with the navy": ("with", "navy"))."""
        act = next((j for j, t in enumerate(q.words) if j and stem(t) in forms), None)
        if act is None:
            return []
        partners: list[tuple[str, str]] = []
        for start, _, ent_id in self._name_spans(q.words):
            k = start - 1
            while k > act and q.words[k] in NOUN_DETERMINERS:
                k -= 1
            if k > act and q.words[k] in TYING:
                partners.append((q.words[k], ent_id))
        return partners

    def _placed_otherwise(
        self, tokens: list[str], acted: list[int], at: int, asked: Set[str], placed: str | None
    ) -> bool:
        """`placed_otherwise` from the last act told before `at`; False when none is."""
        act = max((a for a in acted if a < at), default=None)
        return act is not None and placed_otherwise(tokens, act, at, asked, placed)

    def _taken_otherwise(self, tokens: list[str], acted: list[int], at: int, asked: Set[str]) -> bool:
        """`taken_by_another` from the last act told before `at`; False when none is (an object told first)."""
        act = max((a for a in acted if a < at), default=None)
        if act is None:
            return False
        named = {k for start, end, _ in self._name_spans(tokens) for k in range(start, end)}
        return taken_by_another(tokens, act, at, asked, self.retriever.english.verb, named)

    def affirms(self, q: Question, fact_id: str, *, present: bool = False) -> bool:
        """The fact's statement says, in its own voice, that the act a yes/no question asks about happened: the
        question's main verb (answering.acts; a question without one is never settled yes) and every other word it
        asks beyond its names (or a word the brief gives for it) in the statement before any reported speech, none
        negated, hedged or only asked for; the acting name, when the question opens with one, before the act; every
        number the question gives in the statement (a year may be the fact's date). A question about today
        ("still", "now", or asked in the present: "does", "is") is never settled yes by sources that stop at their
        dates, nor one negating its act ("did the guild not renew it"), whose "Yes" would read either way. With
        `present`, the same reading of a question asked in the present instead ("is the guild a member", "does the
        port use it"; still never "still" or "now"), for a "Yes" given as of the fact's date (task yn37)."""
        fact = self.brief.facts[fact_id]
        if not lengths_told(q.words, words(fold(" ".join([fact.statement, *(c.quote for c in fact.citations)])))):
            return False  # "did they shut it for two days": "kept it shut for two hours" (the unit is the claim too)
        if self.reported_at(q) is not None:
            # "did the Gazette report that the guild renewed the lease": the article's own report settles it, as its
            # saying it does ("did the Gazette say …"), whatever act its words name
            return not q.current and asks_past(q.words) and self.said_polarity(q, self.brief.facts[fact_id]) is True
        # a saying right after the name opened with is the act asked ("did the guild claim it wasn't helping keepers
        # leave"), whatever verb the words said hold
        forms = self._act_forms_of(q) | self._saying_after_actor(q)
        if q.current or not forms or not (asks_present(q.words) if present else asks_past(q.words)):
            return False
        if any(stem(t) in forms and not NEGATION.isdisjoint(q.words[max(0, j - 2) : j]) for j, t in enumerate(q.words)):
            # "did the guild not renew the lease": a "Yes" to a fact telling it renewed would read as agreeing that
            # it did not; the fact is told as it is
            return False
        before = act_before_pronoun(q.words)
        if before is not None and self.retriever.english.verb(before.word) is None:
            # "did the guild fire anyone": an act found only by its place before "anyone" may be a noun too, which
            # a fact may use as one ("came under fire"): told or not, never a "Yes" on that word
            return False
        fact = self.brief.facts[fact_id]
        if present and self._ended_or_asked_ended(fact.statement, forms):
            return False  # "is it hosted on the servers" of "urged the host to stop hosting it": maybe not so now
        # the statement, else a quote it rests on: the article's own words ("the messages were removed") where the
        # statement paraphrases them ("taken down")
        quotes = [c.quote for c in fact.citations] if fact.kind != "quote" else []  # a quote fact's are speech
        if self._said_as_asked(q, fact, forms):
            return True  # "did Lind say the guild would keep the lease" of her saying so, as a source tells it
        if self._told_as_agent(q, fact):
            return True  # "did Ward found the guild": "Ward is a co-founder of the guild" (task yn35)
        if (calling := calling_asked(q)) is not None and any(
            called_as_asked(words(fold(text)), *calling)
            for text in (fact.statement, *(c.quote for c in fact.citations))
        ):
            return True  # "was the 2017 program called a precursor": "… the 2017 program … has been called a precursor"
        if self._act_only_quoted(fact.statement, forms):
            return False  # "showed that the guild “was lying”": the statement gives the act as someone's word
        if self._anyone_of_others(q, forms, *self._worded(fact)[0]):
            return False  # "did anyone resign": "keepers at other harbours had resigned" is no yes for the guild
        if quotes and self._object_placed_otherwise(q, forms, fact.statement):
            quotes = []  # "Lind defended this decision": the statement ties the name asked to another noun
        return any(self._affirmed_by(q, fact, forms, text) for text in (fact.statement, *quotes))

    def _saying_after_actor(self, q: Question) -> frozenset[str]:
        """The stem of a verb of saying or claiming (ASSERTING_STEMS) right after the name a question opens with,
        when the act finder found none: "did Lind say it wasn't paid", "did the guild claim they were not told"
        (a pronoun opens the words said, where a determiner or a name lets the finder take the verb). The words
        said, negated or not, are then read as what was said (`said_polarity`), not as the act asked."""
        actor = self.opening_actor(q.words)
        if actor is None:
            return frozenset()
        end = next((e for start, e, found in self._name_spans(q.words) if found == actor), None)
        if end is None or end >= len(q.words) or stem(q.words[end]) not in ASSERTING_STEMS:
            return frozenset()
        return frozenset({stem(q.words[end])})

    @staticmethod
    def _ended_or_asked_ended(statement: str, forms: Set[str]) -> bool:
        """`statement` puts an act ending something (ENDING_ACTS), done, asked for or negated, within ENDED_REACH
        words before the act asked (`forms`: "urged the host to stop hosting it", "stopped sponsoring"): what held
        then may not hold now, so no "Yes" of the present rests on it (task yn37)."""
        stems_ = [stem(t) for t in words(fold(statement))]
        return any(
            s in ENDING_ACTS and not forms.isdisjoint(stems_[j + 1 : j + 1 + ENDED_REACH]) for j, s in enumerate(stems_)
        )

    def _told_as_agent(self, q: Question, fact: FactData) -> bool:
        """ "Did <doer> <act> <thing>" (`closing_object`, the doer the question's opening actor, asked in the
        active) of a statement telling, in its own voice before any quotation, the doer as the act's agent noun of
        the thing (`told_as_agent`: "<doer> is a co-founder of <thing>"); else False."""
        names = self._name_spans(q.words)
        shape = closing_object(q, names)
        actor = self.opening_actor(q.words)
        if shape is None or actor is None or asks_passive(q.words):
            return False
        act, start = shape
        thing = next((e for a, _, e in names if a == start), None)
        if thing is None or thing == actor or any(end != act for _, end, e in names if e == actor):
            return False  # the doer's name must be all that stands between the auxiliary and the act
        tokens = words(fold(re.split(r"[“”\"]", fact.statement, maxsplit=1)[0]))
        spans = self._name_spans(tokens)
        doer_ends = [end for _, end, e in spans if e == actor]
        things = {a for a, _, e in spans if e == thing}
        return bool(doer_ends and things) and told_as_agent(tokens, doer_ends, things, q.words[act])

    def _object_placed_otherwise(self, q: Question, forms: Set[str], statement: str) -> bool:
        """A name a yes/no question asks after its act is, in `statement`, tied to another noun after every telling
        of the act before it (`placed_otherwise`): a quote then cannot tell it as the act's own, whatever it leaves
        unnamed ("Lind defended this decision" of "defended the guild's decision to keep working with the navy")."""
        if asks_passive(q.words):
            return False
        tokens = words(fold(statement))
        acted = [j for j, t in enumerate(tokens) if stem(t) in forms]
        asked = self.retriever.asked_stems(q) - q.context - forms
        return any(
            all(self._placed_otherwise(tokens, acted, k, asked, placed) for k in told)
            for placed, told in self._placed_names(q, forms, tokens)
        )

    def _said_as_asked(self, q: Question, fact: FactData, forms: Set[str]) -> bool:
        """ "Did <actor> say / call / think <words>" that the fact gives them saying (`said_polarity` True)."""
        return (
            not (ASSERTING_STEMS | CALLING_STEMS | HOLDING_STEMS).isdisjoint(forms)
            and self.said_polarity(q, fact) is True
            and not said_of_another_act(q, fact.statement)  # "calling it “reckless” that the guild dropped it"
        )

    def said_polarity(self, q: Question, fact: FactData) -> bool | None:
        """For "did <actor> say / claim / admit <words>" (ASSERTING_STEMS): True when the fact gives the actor as
        speaking (`said_by`, the teller an unnamed source quotes too: "according to a source, Lind wanted the lease
        kept" of "a source said Lind said …"), one of its texts holds every word said beyond names, negations and
        stop words, negated as the question's are or not at all, and every name said is the fact's; False when
        such a text holds them negated the other way (she said the opposite: "did Lind admit it helped" of "Lind
        said it was not helping"), or, neither negated, one of them in its opposite ("keep" for "drop"); None
        otherwise (fresh tester 66, R1 and W1). A text's negation counts only in the clauses holding the words said
        (`negated_where_said`: review 21 H1, "did the guild say it had a $9 million lease" of "the guild said its
        $9 million lease was not renewed, and that it kept the hall" is neither)."""
        verb = self.reported_at(q)
        if verb is None:
            said_stems = ASSERTING_STEMS | CALLING_STEMS | HOLDING_STEMS
            verb = next((j for j, t in enumerate(q.words) if stem(t) in said_stems), None)
        if verb is None or q.words[verb + 1 : verb + 2] in ([], *([w] for w in SPOKE_AT_ALL)):
            return None  # "did the guild say anything about the vigil": whether it spoke at all, not words given
        if stem(q.words[verb]) in CALLING_STEMS and not (verb + 1 in q.named_at or q.words[verb + 1] in PRONOUNS):
            return None  # "did the guild call the police": a summons, not a naming of something as something
        if stem(q.words[verb]) in HOLDING_STEMS and not predicate_stems(q):
            return None  # "did Lind think about the lease": no judgement of a thing asked, nothing said to read
        if not self._told_by_opening(q, fact):
            return None
        after = range(verb + 1, len(q.words))
        negations = {stem(t) for t in SAID_NEGATION}
        content = {stem(q.words[i]) for i in after if i not in q.named_at and q.words[i] not in STOPWORDS}
        content -= negations
        asked_content = content
        named = {e for start, _, e in self._name_spans(q.words) if start > verb}
        if not content or not named <= set(fact.entities):
            return None
        negated = not SAID_NEGATION.isdisjoint(q.words[verb + 1 :])
        # the act said and the unnamed words before it, its doer ("did the Gazette say keepers signed …"); a name's
        # (as "Lind fired") is not checked: a text may tell the act with no doer ("the lease kept because Lind …")
        act_at = next((j for j in after if j not in q.named_at and self.retriever.english.verb(q.words[j])), None)
        doer: set[str] = set()
        done_to: set[str] = set()  # the words before a passive act said: what it was done to, not its doer
        agent: set[str] = set()  # a passive's doer asked after "by" ("was planned by the guild"), names too
        if act_at is not None:
            if BEING.isdisjoint(q.words[max(verb + 1, act_at - 2) : act_at]):
                doer = {stem(q.words[i]) for i in range(verb + 1, act_at) if i not in q.named_at}
                doer -= {stem(t) for t in STOPWORDS} | negations
            else:  # "did the Gazette say the lease was renewed": the lease (its phrase's last word) was renewed
                head = [q.words[i] for i in range(verb + 1, act_at) if q.words[i] not in STOPWORDS | SAID_NEGATION]
                done_to = {stem(head[-1])} if head else set()
                by = next((k for k in range(act_at + 1, len(q.words)) if q.words[k] == "by"), None)
                if by is not None:
                    agent = {stem(q.words[k]) for k in range(by + 1, len(q.words)) if q.words[k] not in STOPWORDS}
        asked = " ".join(q.words[verb + 1 :])  # the words said, as asked: "the lease was due to expire" is a plan too
        predicate = predicate_stems(q)  # what the saying or calling said the thing was ("losers")
        # the names a saying tells the predicate of ("did the Gazette say the guild is a harbour body": the guild; a
        # calling's words are a figure of speech told of the thing however far apart: "called_of_another_noun")
        saying = predicate and stem(q.words[verb]) not in CALLING_STEMS
        subject = {e for start, _, e in self._name_spans(q.words) if start > verb} if saying else set()
        polarity: bool | None = None
        said_words = q.words[verb + 1 :]
        for text in self._teller_texts(q, fact):
            told = words(fold(text))
            stems = {stem(t) for t in told}
            # the words said as this text words them: one the brief lists with a word asked stands for it ("did the
            # Gazette say employees signed" of its "workers signed"), for its clauses to be read
            content = self._as_worded(asked_content, stems)
            if predicate and called_of_another_noun(text, predicate):
                continue  # "did Lind call the guild losers" of "calling it “a loser position”": said of a position
            if subject and not self.described_in(told, subject, predicate):
                continue  # "… between harbour bodies and the port, with coverage of the guild": not said of the guild
            if content <= stems and planned_only(text, content) and not planned_only(asked, content):
                continue  # "did the Gazette say the lease expired" of "was due to expire": a plan, not the act done
            if content <= stems and doer and act_at is not None:
                doers = self._as_worded(doer, stems)
                acts = self._as_worded({stem(q.words[act_at])}, stems)
                if not doer_as_told(told, doers, acts) and not self._participle_doer(text, doers, acts):
                    continue  # "did the Gazette say wardens signed" of "keepers signed a letter asking the wardens"
            if content <= stems and done_to and act_at is not None:
                acts = self._as_worded({stem(q.words[act_at])}, stems)
                if not done_to_as_told(told, self._as_worded(done_to, stems), acts):
                    continue  # "did the Gazette say the wardens were arrested" of "the wardens arrested keepers"
                agents = self._as_worded(agent, stems)
                if agent and not (doer_as_told(told, agents, acts) or self._participle_doer(text, agents, acts)):
                    continue  # "did the Gazette say the raid was planned by the guild" of "the wardens planned it"
            if content <= stems and act_at is not None and self._roles_reversed(q, verb, act_at, told, stems):
                continue  # "did the Gazette say Lind confronted keepers" of "keepers confronted Lind"
            if content <= stems and (put_on(told, content, said_words) or direction_reversed(said_words, told)):
                continue  # "did Lind say they should pick" of "they are pressured to … by picking": not her word
            if content <= stems:
                told_negated = negated_where_said(text, content)
                if told_negated is None:
                    continue  # the clauses holding the words disagree, or negate what is said of them
                if told_negated == negated:
                    return True
                if negated and predicate and not predicated(told, predicate):
                    # "did Lind say it was not fair" of "undermine fair principles": the word, not said of anything,
                    # is no opposite of what was asked (fresh tester ov56 4)
                    continue
                polarity = False
            elif not negated and SAID_NEGATION.isdisjoint(told) and self._said_opposite(content, stems):
                polarity = False  # "did she say they would drop it" of "she wanted them to keep it"
        return polarity

    def _participle_doer(self, text: str, doers: Set[str], acts: Set[str]) -> bool:
        """A text tells the act (`acts`, stems) as a participle in a phrase after a comma, and a word of `doers`
        (stems) as its sentence's subject: before the first word that is only ever a verb (English.verb) in the
        clause before that comma. General English: a participial phrase takes its sentence's subject ("keepers stood
        outside the guild's hall, handing out leaflets and confronting workers": the keepers confronted them; not
        "wardens arrested keepers, confronting them", whose subject is the wardens)."""
        for sentence in SENTENCE_END.split(text):
            for comma in re.finditer(r",\s+", sentence):
                phrase = words(fold(sentence[comma.end() :]))[:PARTICIPLE_REACH]
                if not phrase or not phrase[0].endswith("ing"):
                    continue
                if not any(t.endswith("ing") and stem(t) in acts for t in phrase):
                    continue
                main = words(fold(sentence[: comma.start()]))
                first_verb = next((k for k, t in enumerate(main) if self.retriever.english.verb(t)), len(main))
                if not doers.isdisjoint(stem(t) for t in main[:first_verb]):
                    return True
        return False

    def _roles_reversed(self, q: Question, verb: int, act_at: int, told: list[str], stems: Set[str]) -> bool:
        """The words said name a doer (a name between the verb of saying at `verb` and the act at `act_at`, in the
        active voice), and a text's words (`told`, their `stems`) tell the act the other way round: that name never
        within DOER_REACH words before an act word (its subject), but within OBJECT_REACH words after one with only
        determiners and words other than stop words between (whom it was done to), or the first word asked after
        the act (whom it was done to: neither a name nor a stop word) given as doing it (`doer_as_told`), or that
        name only ever after a preposition (PLACE_PREPOSITIONS: "outside of the guild's offices", where it was). General
        English: who did what to whom is the words' order (fresh tester fp26: "did <outlet> say <ceo> confronted
        employees" was answered "Yes" by "employees confronted <ceo>" and by "employees …, including confronting
        <ceo>")."""
        if q.words[act_at - 1] in BEING or q.words[act_at + 1 : act_at + 2] == ["by"]:
            return False  # "Lind was confronted by keepers": the passive names its doer after the act
        doers = {e for start, _, e in self._name_spans(q.words) if verb < start < act_at}
        if not doers:
            return False
        acts = self._as_worded({stem(q.words[act_at])}, stems)
        told_acts = [j for j, t in enumerate(told) if stem(t) in acts]
        spans = [(start, end) for start, end, e in self._name_spans(told) if e in doers]
        if any(end <= j <= end + DOER_REACH for j in told_acts for _, end in spans):
            return False  # "Lind confronted keepers who had confronted her": told as its doer too
        if any(
            j < start <= j + OBJECT_REACH
            and all(t in NOUN_DETERMINERS or t not in STOPWORDS for t in told[j + 1 : start])
            for j in told_acts
            for start, _ in spans
        ):
            return True  # "confronting CEO Lind"; not "kept by Lind", "kept because Lind …" (another clause's doer)
        if spans and all(start and told[start - 1] in PLACE_PREPOSITIONS for start, _ in spans):
            return True  # "keepers stood outside of the guild's offices, … confronting workers": a place, no doer
        at = next((j for j in range(act_at + 1, len(q.words)) if q.words[j] not in STOPWORDS), None)
        if at is None or at in q.named_at:
            return False  # "Lind met the guild's keepers": a name after the act is whom it was done to, not checked
        return doer_as_told(told, self._as_worded({stem(q.words[at])}, stems), acts)

    def _as_worded(self, asked: set[str], stems: Set[str]) -> set[str]:
        """The stems `asked` as a text (its `stems`) words them: each asked stem the text lacks replaced by those of
        its kin (the brief's synonyms, one step: `retrieve.synonym_kin`) that the text has; kept when it has none,
        so that the text does not hold every word asked."""
        worded: set[str] = set()
        for s in asked:
            kin = self._kin.get(s, frozenset()) & stems
            if s in _GENERIC_PERSON_STEMS:
                kin = kin | (_PERSON_NOUN_STEMS & stems)  # "deport people": "deport … immigrants" names who
            worded |= {s} if s in stems or not kin else kin
        return worded

    def described_in(self, tokens: list[str], subject: Set[str], predicate: Set[str]) -> bool:
        """`tokens` (a text's words) give one of the `subject` names described by the predicate's words (stems):
        those words in a run of at most DESCRIPTION_SLACK more words ("harbour repair body": "harbour body"), with
        no more than DESCRIPTION_GAP stop words (none a conjunction), words of saying or calling and names between the
        run and the name, on either side ("harbour body Lamport Guild", "the guild, a harbour body", "the guild is
        not a harbour body", "the guild, which the Gazette calls a harbour body"), but not a run right before
        another's name, which is that name's ("the guild, the harbour body Lamport": fresh tester fp26). General
        English: a description is told of the noun it stands by or is said of; the same words elsewhere in the
        sentence are of another thing (tester yn2: "did <outlet> say <company> is a tech company" was answered
        "Yes" by "a report on … tech companies and the agency, with coverage of <company>"; and "a tech worker not
        affiliated with any company" beside the company's name is a "No" of no one)."""
        held = [j for j, t in enumerate(tokens) if stem(t) in predicate]
        runs = [
            (a, b)
            for a in held
            for b in held
            if a <= b <= a + len(predicate) - 1 + DESCRIPTION_SLACK
            and predicate <= {stem(tokens[k]) for k in range(a, b + 1)}
        ]
        if not runs:
            return False
        spans = self._name_spans(tokens)
        names = [(start, end) for start, end, e in spans if e in subject]
        named = {k for start, end, _ in spans for k in range(start, end)}

        def joined(first: int, last: int) -> bool:
            gap = [k for k in range(first, last) if k not in named]
            return len(gap) <= DESCRIPTION_GAP and all(
                tokens[k] in STOPWORDS | SAYING_SO | CALLING and tokens[k] not in CONJUNCTIONS for k in gap
            )

        # a run right before another's name is that name's ("Harbourwatch, the sailors' group Lamport Guild")
        others = {start for start, _, e in spans if e not in subject}
        return any(
            (b < start and joined(b + 1, start)) or (end <= a and joined(end, a) and b + 1 not in others)
            for a, b in runs
            for start, end in names
        )

    def _told_by_opening(self, q: Question, fact: FactData) -> bool:
        """The fact gives the person or organization the question opens with as speaking (`said_by`), or is the
        report of the outlet it opens with ("did the Gazette say …": `opening_outlet`) that the fact cites, in the
        article's own voice: no one else's speech nor quote (fresh tester 71, W1: "did <outlet> say <what it
        reported>" was told "don't say that")."""
        actor = self.opening_actor(q.words)
        if actor is not None:
            return self._said_by(fact.id, {actor}) or self._calls_in_words(actor, fact.statement)
        opening, _ = self.opening_outlet(q)
        cited = not opening.isdisjoint(c.source for c in fact.citations)
        return cited and fact.kind != "quote" and not self._speaks_other(fact)

    def _calls_in_words(self, actor: str, statement: str) -> bool:
        """The statement gives `actor` calling something words in quotation marks (CALLED_IN_WORDS, a saying): the
        last person or organization named before the calling, or the one it opens with when the calling follows a
        comma, a participle of the main clause's subject ("Lind had attacked the guild, calling it “reckless”")."""
        called = CALLED_IN_WORDS.search(statement)
        if called is None:
            return False
        before = statement[: called.start()]
        if before.rstrip().endswith(","):
            return self._actors_in(words(fold(before)))[:1] == [actor]
        return self._actors_in(words(fold(before)))[-1:] == [actor]

    def _teller_texts(self, q: Question, fact: FactData) -> list[str]:
        """The texts a saying the question asks of is read in: the fact's statement and its quotes; but of an outlet
        the question opens with (`opening_outlet`: "did the Gazette say …") whose fact cites other articles too, only
        that outlet's own quotes. The statement blends what every cited article says and a quote of another article
        is that article's words, not the outlet's (fresh tester 78, O1/O2: "did <outlet> say <name> is a <kind>" was
        answered "Yes" by a statement whose words only another article gives)."""
        texts = [fact.statement, *(c.quote for c in fact.citations)]
        if self.opening_actor(q.words) is not None:
            return texts
        opening, _ = self.opening_outlet(q)
        if not opening or {c.source for c in fact.citations} <= opening:
            return texts
        return [c.quote for c in fact.citations if c.source in opening]

    def opening_outlet(self, q: Question) -> tuple[set[str], int]:
        """The sources among `q.sources` whose outlet the question opens with, after its auxiliary and an article
        ("did the Gazette …", "did HG …"), and where the words after that name start; (set(), 0) when it opens with
        none. The outlet is read as every reader of such an opening reads it (articles.outlet_opening: the media
        entity named there, by its name or an alias, "the" part of it or not), and is a source's when it is that
        source's outlet (as Attribution._outlets_of maps them; note 22's second read: this read the names apart,
        and missed an outlet whose name opens with "the")."""
        found = outlet_opening(q.words, 0, self._name_spans, self._kind_of)
        if found is None:
            return set(), 0
        entity, end = found
        name = self.brief.entities[entity].name
        opening = {s for s in q.sources if (source := self.brief.sources.get(s)) is not None and source.outlet == name}
        return (opening, end) if opening else (set(), 0)

    def reported_at(self, q: Question) -> int | None:
        """Where the verb of reporting or writing (REPORTING_STEMS) stands right after the outlet a yes/no question
        opens with (`opening_outlet`: "did HG report that …", "did the Gazette write …"): the article's own saying,
        read as "did the Gazette say …" is (fresh tester 71: "did <outlet> report that <what it reported>" led the
        report with no verdict); None otherwise."""
        opening, end = self.opening_outlet(q)
        if not opening or end >= len(q.words) or stem(q.words[end]) not in REPORTING_STEMS:
            return None
        return end

    def _speaks_other(self, fact: FactData) -> bool:
        """The fact gives someone as speaking (`said_by` of any of its entities): their words, not the outlet's."""
        return any(self._said_by(fact.id, {e}) for e in fact.entities if self._kind_of(e) != "media")

    def _said_opposite(self, content: set[str], stems: set[str]) -> bool:
        """`stems` (a text's) hold the words said (`content`) with one of them in its opposite (the brief's
        opposites, Retriever.opposites: "keep" for "drop")."""
        return any(
            (content - {s}) <= stems and all(p in stems for p in phrase)
            for s in content
            for phrase in self.retriever.opposites.get(s, [])
        )

    @staticmethod
    def _act_only_quoted(statement: str, forms: Set[str]) -> bool:
        """The statement tells the act (`forms`, its stems) only inside quotation marks: someone's word for it."""
        parts = re.split(r"[“”\"]", statement)
        told = [not forms.isdisjoint(stem(t) for t in words(fold(part))) for part in parts]
        return any(told[1::2]) and not any(told[0::2])

    def _affirmed_by(self, q: Question, fact: FactData, forms: Set[str], text: str) -> bool:
        """`affirms`, read in `text` (the fact's statement or one of its quotes)."""
        own_voice = re.split(r"[“”\"]", text, maxsplit=1)[0]  # before any words in quotation marks
        tokens = words(fold(own_voice))
        # (a thing written, "wrote an essay attacking the guild", is no words reported: the act after it is told)
        said = next((j for j, t in enumerate(tokens) if t in SPOKEN and not writes_a_thing(tokens, j)), len(tokens))
        # "did Lind write an essay": "In a Gazette essay, Lind argued …" tells the writing at its saying verb, which
        # stands for the act asked (the words it brings in stay reported)
        thing = thing_written(q.words) if not forms.isdisjoint(WRITING_STEMS) else None
        written_at = (
            {said} if thing is not None and said < len(tokens) and said_in_piece(tokens, said, thing) else set()
        )
        # ("after reports that they met": only reported)
        tokens = tokens[: min(said + len(written_at), hearsay_at(tokens))]
        stems_ = [stem(t) for t in tokens]
        given = set(tokens) | ({fact.date[:4]} if fact.date else set())
        if any(w.isdigit() and w not in given for w in q.words):
            return False  # "did they pay $13 million" is not settled by $12 million
        if not bounded_as_asked(q.words, tokens):
            return False  # "were exactly 400 arrested", "were 400 arrested": "the arrests of more than 400"
        if not WEEKDAYS.isdisjoint(q.words) and not WEEKDAYS & set(q.words) <= given:
            return False  # "did they renew it on a tuesday" is not settled by "on Monday 19 August"
        if not RESTRICTING.isdisjoint(q.words) and not RESTRICTING & set(q.words) <= given:
            return False  # "was the $5 million for the lamp only": "for the lamp and the pier" is no yes to it

        clause = clause_numbers(own_voice, len(tokens))

        # "the messages were taken down" of "were the posts removed": the act in a phrase the brief gives for it
        phrased = {
            i
            for phrase, meant in self._phrases
            if not meant.isdisjoint(forms)
            for i in range(len(stems_) - len(phrase) + 1)
            if tuple(stems_[i : i + len(phrase)]) == phrase
        } | written_at

        # the asked act itself a request verb ("were the police called": "the company called the police"): what
        # follows it is its object, not what was asked for; never when the question asks a naming ("was the firm
        # called a precursor", calling_asked) nor of a verb naming what follows ("called a precursor"); task yn39
        naming = calling_asked(q) is not None

        def summoned(k: int) -> bool:
            return not naming and stems_[k] in forms and tokens[k + 1 : k + 2] not in (["a"], ["an"])

        def addressed(k: int, j: int) -> bool:
            # the people a request is put to are there, whatever it asks of them ("asked the protesters to switch
            # off their camera" tells of protesters, not of a switching)
            return (
                tokens[j] in PERSONS
                and all(t in DETERMINED for t in tokens[k + 1 : j])
                and tokens[j + 1 : j + 2] == ["to"]
            )

        # a refusal the question asks itself ("did the guild refuse to sell the lease") is no negation of the act
        # after it: "the guild refused to sell it" tells the very refusal asked (fresh tester rf64)
        refusal_asked = REFUSING_STEMS & {stem(w) for w in q.words}
        negating = NEGATION - {t for t in NEGATION if stem(t) in refusal_asked}

        def refused_at(j: int) -> bool:
            # the infinitive a refusal asked governs ("refused to sell"): what was refused, told with the refusal
            return j >= 2 and tokens[j - 1] == "to" and stem(tokens[j - 2]) in refusal_asked

        def stated(alike: Set[str], at: Set[int] = frozenset()) -> list[int]:
            return [
                j
                for j, st in enumerate(stems_)
                if (st in alike or j in at)
                and negating.isdisjoint(tokens[max(0, j - 2) : j])
                and not any(
                    tokens[k] in NEGATIVE_SUBJECTS and (j - k <= NEGATIVE_REACH or clause[k] == clause[j])
                    for k in range(j)
                )
                and not hedged(tokens, j)
                and all(
                    tokens[k] not in REQUEST_VERBS or summoned(k) or addressed(k, j) for k in range(max(0, j - 4), j)
                )
                and (not self._unrealized(tokens, clause, j) or refused_at(j))
                and not _ing_noun(tokens, j)  # "asking … for a meeting" tells no meeting held
            ]

        # the act's word as a noun tells no act: "came under fire" no one fired (fresh tester 73, O1), nor, of a doer
        # asked, its very word after a determiner ("as of the end of July" for "did they end it"; a nominalized
        # "the arrests of 400" still tells arrests); a particle after it the question does not put there makes
        # another verb ("back out of it" is no backing: review 23 #14); a thing's own end (OWN_END) is no act of a
        # doer asked
        particles = {q.words[k + 1] for k in range(len(q.words) - 1) if stem(q.words[k]) in forms}
        doer_asked = self.opening_actor(q.words) is not None and not asks_passive(q.words)
        acted = [
            j
            for j in stated(forms, phrased)
            if not _noun_use(tokens, j)
            and (j in phrased or not never_verb(tokens[j]))
            and not (doer_asked and tokens[j] in q.words and tokens[j - 1 : j] and tokens[j - 1] in DETERMINED)
            and not (j not in phrased and tokens[j + 1 : j + 2] and tokens[j + 1] in PARTICLES - particles)
            and not (doer_asked and stems_[j] in OWN_END)
        ]
        if not acted or not set(q.entities) - q.scene_entities <= set(fact.entities):
            return False  # "did they renew their harbour lease" is not settled by a lease of another harbour
        if not any(dated_as_asked(q, fact, tokens, j) for j in acted):
            return False  # "did they confront him in 2019": "confronting him in 2018 and petitioning in 2019"
        occasion = occasion_stems(q, forms)
        if occasion and not any(at_occasion(tokens, clause, j, occasion) for j in acted):
            return False  # "arrested at the vigils": "held vigils after reports that the harbour helped arrest 40"
        if asks_passive(q.words):
            if not undergoes(passive_subject(q, forms), tokens, self._synonym_stems, set(stems_)):
                return False  # "did the keepers get arrested": "the arrests of 400 sailors" ("keep" is no keeper)
            undergoing = passive_subject(q, forms, names=True)
            if not any(undergoes_at(tokens, j, undergoing) for j in acted):
                return False  # "was the guild arrested": "the guild's maps helped the harbour carry out arrests of …"
        figures = [k for k, t in enumerate(tokens) if t.isdigit() and not date_part(tokens, k)]
        asked_figures = {w for w in q.words if w.isdigit() and w not in q.years}
        if asked_figures and figures:
            earlier = [k for k in figures if k < acted[0]]  # the figure of the act's subject stands before it
            nearest = earlier[-1] if earlier else figures[0]
            if tokens[nearest] not in asked_figures:
                return False  # "did the $12 million lease expire": "$9 million that had expired and $12 million due …"
        given_for: dict[str, set[str]] = {}  # the words the brief gives for an asked one ("budge" for "cave")
        for t in q.leftover:
            given_for.setdefault(stem(t), set()).update(self._synonym_stems.get(t, ()))
        complements = complement_stems(q, forms)
        asked = self.retriever.asked_stems(q) - q.context - forms
        passive = asks_passive(q.words)
        objects = set() if passive else asked_object_stems(q, forms)
        if not passive and any(
            all(self._taken_otherwise(tokens, acted, k, asked) for k in told)
            for told in self._object_names_told(q, forms, tokens)
        ):
            return False  # "did the Gazette obtain guild papers": "obtained harbour papers which showed the guild lied"
        if not passive and any(
            all(self._placed_otherwise(tokens, acted, k, asked, placed) for k in told)
            for placed, told in self._placed_names(q, forms, tokens)
        ):
            return False  # "did Lind defend the navy": "defended the guild's decision to keep working with the navy"
        spans = self._name_spans(tokens)
        if not passive and any(
            all(
                partner_otherwise(tokens, j, placed, [at for at, _, e in spans if e == asked_ent], spans) for j in acted
            )
            for placed, asked_ent in self._partners_asked(q, forms)
        ):
            return False  # "did the guild work with Lind": "likened Lind's lease to the guild's work with the navy"
        for s in asked:
            found = stated({s, *given_for.get(s, ())})
            if not found:
                return False
            if s in objects and all(self._taken_otherwise(tokens, acted, j, asked) for j in found):
                return False  # "did they arrest crews": "arrest sailors, owners who had paid crews to bring cargo"
            if s in complements and not any(clause[j] == clause[a] for j in found for a in acted):
                return False  # "was anyone arrested at the protest": "arrests of 400 …; these set off the protests"
            if one_asked_many_told(q.words, s, [tokens[j] for j in found]):
                return False  # "was anyone arrested at the protest": "arrested at protests outside detention centres"
        if q.actor and q.actor.isdisjoint(stems_[: acted[0]]):
            return False
        actor = self.opening_actor(q.words)
        opening = next((e for start, _, e in self._name_spans(q.words) if start == 1), None)
        if (
            actor is None
            and opening is not None
            and doer_otherwise(tokens, acted[0], opening, self._name_spans(tokens))
        ):
            return False  # "did the town drop the guild": "a vigil at the town dropped it", the vigil did
        agent = self._agent(q.words) if asks_passive(q.words) else None
        if agent is not None and agent != actor:
            # "was the guild funded by the Admiralty": the Admiralty acted, named before an active act or after the
            # passive's "by"; a name before a passive act is its subject's ("the messages posted on the Courier's
            # page were taken down" tells no one taking them down: task yn35)
            before = self._actors_in(tokens[: acted[0]])
            told_passive = not BEING.isdisjoint(tokens[max(0, acted[0] - 2) : acted[0]])
            by = [k for k in range(acted[0] + 1, len(tokens)) if tokens[k] == "by"]
            return (not told_passive and before[-1:] == [agent]) or any(
                agent in self._actors_in(tokens[k + 1 : k + 6]) for k in by
            )
        if actor is None:
            # "did immigration groups obtain the documents": the groups doing it, not "the documents were obtained"
            subject = set() if asks_passive(q.words) else self._unnamed_subject(q)
            # "did the keepers resign": not "keepers at other harbours had resigned", which tells of others
            return not subject or any(
                st in subject and not of_others(tokens, k) for k, st in enumerate(stems_[: acted[0]])
            )
        before = self._actors_in(tokens[: acted[0]])
        if asks_passive(q.words):  # "did the guild get dropped by …": the one named undergoes the act
            return actor in self._actors_in(tokens)  # (an agent other than the one named is read above)
        if doer_otherwise(tokens, acted[0], actor, self._name_spans(tokens)):
            return False  # "the lamp the Warden used to light", "a vigil at the guild dropped it": another's act
        if before[-1:] == [actor] and of_another(tokens[: acted[0]], actor, self._name_spans(tokens[: acted[0]])):
            return False  # "Ward, a co-founder of the guild and a supporter of Lind": the guild's is no act
        if before[-1:] == [actor] and self._after_genitive(own_voice, tokens[: acted[0]], actor):
            return False  # "the guild's port contracts went to developing it" tells no developing by the port
        return bool(before) and before[-1] == actor  # "the Gazette, which the guild funds, had funded the …"

    def figure_owner(self, q: Question, fact: FactData) -> tuple[str, str, str] | None:
        """(the asked party, the fact's owner of the sum, the sum as the fact gives it) when a yes/no question gives
        a sum of money as a party's, the person or organization it names last before the figure ("did the guild get
        5 million for the lamp"), and the fact's statement gives that sum (AMOUNT) as another's (the one it names
        last before the sum in its clause, retrieve.amount_owner: "… the Courier was given $5 million to repair the
        lamp"), one the question does not name: the sum is told, not of the party asked. None otherwise (no figure,
        no party before it, or the sum of a party the question names)."""
        figures = {w for w in q.words if w.isdigit() and w not in q.years}
        at = next((k for k, w in enumerate(q.words) if w in figures), None)
        if at is None:
            return None
        asked = self._actors_in(q.words[:at])
        if not asked:
            return None
        party = asked[-1]
        for found in AMOUNT.finditer(fact.statement):
            if figures.isdisjoint(words(found.group())):
                continue
            owner = amount_owner(fact.statement, found.start(), self._name_spans, self._kind_of)
            # (one the question names is no other party: "did the port give $5 million to the guild" against "the
            # guild was given $5 million" tells the guild the receiver, as asked)
            if owner is None or owner in q.entities:
                continue
            clause = words(own_clause(fact.statement[: found.start()]))
            if party in {ent for _, _, ent in self._name_spans(clause)}:
                # "the guild's other Courier contract was worth $5 million": the last name before the sum is only
                # a modifier; the asked party named in the sum's own clause may well be whose it is, so no "No"
                # (fresh review 19, H2)
                continue
            return party, owner, found.group()
        return None

    def gives_figure(self, party: str, fact: FactData, figure: str) -> bool:
        """The fact's statement gives `figure` (a sum as AMOUNT matches it) as the party's (`amount_owner`): the
        party's own fact tells the very sum asked, so the sum is no other's alone."""
        asked = {w for w in words(figure) if w.isdigit()}
        return any(
            not asked.isdisjoint(words(found.group()))
            and amount_owner(fact.statement, found.start(), self._name_spans, self._kind_of) == party
            for found in AMOUNT.finditer(fact.statement)
        )

    def owns_a_sum(self, party: str, fact: FactData) -> bool:
        """The fact's statement gives a sum of money (AMOUNT) as the party's: the person or organization it names
        last before the sum in its clause is the party ("… says the guild signed a $3 million lease")."""
        return any(
            amount_owner(fact.statement, found.start(), self._name_spans, self._kind_of) == party
            for found in AMOUNT.finditer(fact.statement)
        )

    def opening_actor(self, tokens: list[str]) -> str | None:
        return opening_actor(tokens, self._name_spans, self._kind_of)

    def _agent(self, tokens: list[str]) -> str | None:
        """The person or organization a passive question names after "by" ("was the guild funded by the
        Admiralty"), or None."""
        for k, t in enumerate(tokens):
            if t == "by":
                start = k + 1 + (tokens[k + 1 : k + 2] == ["the"])
                found = actors_in(tokens[start:], self._name_spans, self._kind_of, at_start=True)
                if found:
                    return found[0]
        return None

    def _after_genitive(self, text: str, tokens: list[str], actor: str) -> bool:
        """The last naming of `actor` in `tokens` (the words of `text` before an act) stands right after another
        person's or organization's genitive ("the guild's port contracts"): it qualifies what that one owns, the
        noun after it, and is not the one acting."""
        spans = self._name_spans(tokens)
        start = max((s for s, _, e in spans if e == actor), default=None)
        if not start:
            return False
        marked = possessives_worded(text)[0]
        owner = [e for s, end, e in spans if end == start and self._kind_of(e) in ACTOR_KINDS and e != actor]
        return start <= len(marked) and marked[start - 1].endswith("'s") and bool(owner)

    def _actors_in(self, tokens: list[str]) -> list[str]:
        return actors_in(tokens, self._name_spans, self._kind_of)

    def _worded(self, fact: FactData) -> list[tuple[list[str], list[str]]]:
        """The words and their stems of a fact's statement and, unless the fact is itself a quote, of its quotes
        ("didn’t" -> "didnt"), worked out once per fact."""
        found = self._words.get(fact.id)
        if found is None:
            texts = [fact.statement] + ([c.quote for c in fact.citations] if fact.kind != "quote" else [])
            found = [(tokens, [stem(t) for t in tokens]) for tokens in (words(fold(text)) for text in texts)]
            self._words.put(fact.id, found)
        return found


# a tie of anyone to anything, told in the most general words ("not affiliated with any company"): denied of every
# such thing, it denies any narrower tie to one ("employed by a tech company"); general English
GENERAL_TIES = frozenset("affiliated associated connected tied linked".split())
TIE_PREPOSITIONS = frozenset("with to".split())
# words asking someone's tie to a thing: employed by it, working for or at it, one of its members or staff
TIES_ASKED = GENERAL_TIES | frozenset("employed hired employee member staffer".split())
WORKING = frozenset("work works worked working".split())


def _role_of_still(q: Question, fact: FactData) -> frozenset[str]:
    """The stem of the role a question of today asks held by its first name ("is the guild still a sponsor of the
    vigil": {"sponsor"}), when it also names, of the fact's entities, one the role is of (the vigil); empty
    otherwise: "is the guild still a sponsor" may be of anything, which one fact's end of one sponsorship cannot
    settle."""
    if "still" not in q.words:
        return frozenset()
    k = q.words.index("still")
    if q.words[k + 1 : k + 2] not in (["a"], ["an"]) or len(q.words) < k + 3:
        return frozenset()
    if not any(e in fact.entities for e in q.entities[1:]):
        return frozenset()
    return frozenset({stem(q.words[k + 2])})


def asks_tie(tokens: list[str]) -> bool:
    """The question asks someone's tie to a thing (TIES_ASKED; a form of "work" then "for" or "at")."""
    if not TIES_ASKED.isdisjoint(tokens):
        return True
    return any(a in WORKING and b in ("for", "at") for a, b in itertools.pairwise(tokens))


def _tie_denied(tokens: list[str], j: int) -> bool:
    """The noun at `j` closes a general tie denied of any such thing: "not affiliated with any company"."""
    return (
        j >= 4
        and tokens[j - 1] == "any"
        and tokens[j - 2] in TIE_PREPOSITIONS
        and tokens[j - 3] in GENERAL_TIES
        and tokens[j - 4] in NEGATION
    )


def _in_role(text: str, forms: Set[str]) -> bool:
    """The text gives someone "as a" / "as an" doer of the act (`forms`, its stems: "dropped the guild as a
    sponsor"), which tells they did it, in other words: general English, the agent noun of a verb."""
    tokens = words(fold(text))
    return any(
        t == "as" and tokens[j + 1] in {"a", "an"} and stem(tokens[j + 2]) in forms for j, t in enumerate(tokens[:-2])
    )


def _done_only_to_others(text: str, forms: Set[str], undergoing: list[str]) -> bool:
    """The text states the act (`forms`, its stems; not as a noun, `_noun_use`), each time done to others than the
    words of the one asked to undergo it (`undergoes_at`)."""
    tokens = words(fold(text))
    acted = [j for j, t in enumerate(tokens) if stem(t) in forms and not _noun_use(tokens, j)]
    return bool(undergoing) and bool(acted) and not any(undergoes_at(tokens, j, undergoing) for j in acted)


def told_only_as_noun(worded: Iterable[tuple[list[str], list[str]]], forms: Set[str], *, ing: bool = True) -> bool:
    """Texts (`worded`: each one's words and their stems) that have a word of the act (`forms`, its stems), each one
    a noun (`_noun_use`: "came under fire" tells no firing); with `ing` False an "-ing" form is never taken for a
    noun ("the growing movement" tells a growing, as an adjective). False when no text has the act's word."""
    used = [
        _noun_use(tokens, j) and (ing or not tokens[j].endswith("ing"))
        for tokens, stems_ in worded
        for j, st in enumerate(stems_)
        if st in forms
    ]
    return bool(used) and all(used)


def _noun_use(tokens: list[str], j: int) -> bool:
    """The word at j names a thing, not an act told: an "-ing" noun (`_ing_noun`), or a word other than an "-ing"
    form right after a preposition that takes a noun (NOUN_PREPOSITIONS: "came under fire", "a call for support"),
    or any word right after a possessive determiner or a genitive (POSSESSING, `possessives_worded`: "its own
    staff", "the guild's own staff" tell no owning)."""
    if j > 0 and (tokens[j - 1] in POSSESSING or tokens[j - 1].endswith("'s")):
        return True
    return _ing_noun(tokens, j) or (j > 0 and tokens[j - 1] in NOUN_PREPOSITIONS and not tokens[j].endswith("ing"))


def possessives_worded(text: str) -> tuple[list[str], list[str]]:
    """The words of `text` (`words` of it folded) and their stems, each word with a genitive "'s" kept as typed
    ("the guild's own staff": "guild's", stem "guild"), which `words` would drop, so that `_noun_use` knows the word
    after it for a noun's; "'s" after a pronoun or other stop word is "is" or "has" ("it's owned"), dropped as
    `words` drops it."""
    folded = fold(text)
    plain = words(folded)
    marked = words(_GENITIVE.sub(lambda m: m[0] if m[1].lower() in STOPWORDS else m[1] + " " + GENITIVE_MARK, folded))
    tokens = list(plain)
    at = 0
    for k, w in enumerate(marked):
        if w == GENITIVE_MARK:
            if 0 < k - at <= len(tokens):
                tokens[k - at - 1] += "'s"
            at += 1
    if len(marked) - at != len(plain):
        tokens = plain  # (a mark `words` split or joined otherwise: read as it reads the text)
    return tokens, [stem(t) for t in plain]


AGENT_ENDINGS = ("er", "ers", "or", "ors")


@functools.lru_cache(maxsize=4096)
def never_verb(word: str) -> bool:
    """lemminflect knows `word`, and never as a verb: a noun the stemmer folds into an act's stem ("development" is
    stemmed as "develop", "settlement" as "settle") names a thing, not the act told ("the guild's software development
    page" tells no developing). A word lemminflect does not know may be one; it is kept."""
    lemmas = English.lemmas(word)
    # (an agent noun names the doer of its act, which it tells: "a supporter of Lind" supports her)
    return bool(lemmas) and "VERB" not in lemmas and not word.endswith(AGENT_ENDINGS)


def _pronoun_act_around_quote(quote: str, forms: Set[str]) -> bool:
    """`quote` holds words in quotation marks, and its words outside them tell the act (`forms`, its stems) right
    after a personal pronoun ("“…,” he wrote in a Gazette essay"): the speaker quoted did it."""
    if not _QUOTED.search(quote):
        return False
    tokens = words(fold(_QUOTED.sub(" ", quote)))
    return any(stem(t) in forms and tokens[j - 1 : j] in (["he"], ["she"], ["they"]) for j, t in enumerate(tokens))


def _ing_noun(tokens: list[str], j: int) -> bool:
    """The word at j is an "-ing" noun: after a determiner within NOUN_REACH words ("a meeting", "the Harbour Street
    building"), naming a thing rather than telling an act done; not a word lemminflect knows only as a verb right
    after another word, a participle telling what the thing before it does ("a letter attacking the guild" tells an
    attack; "the spending" is still a noun)."""
    if not tokens[j].endswith("ing") or NOUN_DETERMINERS.isdisjoint(tokens[max(0, j - NOUN_REACH) : j]):
        return False
    return tokens[j - 1] in NOUN_DETERMINERS or set(English.lemmas(tokens[j])) != {"VERB"}


def negated_where_said(text: str, content: Set[str]) -> bool | None:
    """Whether `text` tells the words said (`content`, stems, all of them in it) negated, read only in the clauses
    holding them (cut at CLAUSE_END: a negation in another clause is about something else; when some clause holds
    them all, those clauses alone, as "saying it was used to aid" does not unsay "did not aid"): True when each such
    clause has a negation before one of them ("was not helping"), False when none holds a negation; None when
    those clauses disagree, or one holds its negation only after all of them, where they are what a negated
    clause is about ("its $9 million lease was not renewed" neither says nor denies a $9 million lease)."""
    clauses = [(tokens, {stem(t) for t in tokens}) for tokens in map(words, CLAUSE_END().split(fold(text)))]
    whole = [c for c in clauses if content <= c[1]]
    states: set[bool] = set()
    for tokens, _ in whole or clauses:
        held = [j for j, t in enumerate(tokens) if stem(t) in content]
        if not held:
            continue
        negations = [j for j, t in enumerate(tokens) if t in SAID_NEGATION or stem(t) in REFUSING_STEMS]
        if negations and negations[0] > held[-1]:
            return None
        states.add(bool(negations))
    return states.pop() if len(states) == 1 else None


def _putting_at(tokens: list[str]) -> list[int]:
    """Where in `tokens` a verb of pressing or professing (PUTTING_STEMS) stands before "to" or "into"."""
    return [j for j, t in enumerate(tokens[:-1]) if stem(t) in PUTTING_STEMS and tokens[j + 1] in ("to", "into")]


def put_on(told: list[str], content: Set[str], asked: list[str]) -> bool:
    """A text's words (`told`) hold a word said (`content`, stems; not itself a verb of putting) only within
    PUTTING_REACH words after a verb of pressing or professing and its "to" or "into" (PUTTING_STEMS: "they are
    pressured to avoid it by picking and choosing", "principles they claim to support"): an act pressed on someone or
    only professed, which the text's teller neither says should be done nor says is done; never when the words said
    (`asked`) put an act so too. General English."""
    if _putting_at(asked):
        return False  # "did Lind say they were pressured to drop it": the pressing is what is asked
    held = [s for s in content - PUTTING_STEMS if verb_or_unknown(s)]
    put = [range(j + 2, j + 2 + PUTTING_REACH) for j in _putting_at(told)]
    for s in held:
        at = [k for k, t in enumerate(told) if stem(t) == s]
        if at and put and all(any(k in reach for reach in put) for k in at):
            return True
    return False


def verb_or_unknown(word_stem: str) -> bool:
    """`word_stem` is not known only as a noun or adjective (`never_verb`): the act said, not a thing named."""
    return not never_verb(word_stem)


def direction_reversed(asked: list[str], told: list[str]) -> bool:
    """The words said (`asked`) give something going "to" a party (the content words right after "to") that a text's
    words (`told`) give going "from" it, never "to" it ("give power to elected officials" of "shift from elected
    officials … to companies"): the direction told is the other. General English."""
    for j, t in enumerate(asked[:-1]):
        if t != "to":
            continue
        rest = list(itertools.dropwhile(lambda w: w in NOUN_DETERMINERS, asked[j + 1 :]))
        party = list(itertools.takewhile(lambda w: w not in STOPWORDS, rest))
        if not party:
            continue
        n = len(party)
        starts = [k for k in range(len(told) - n + 1) if told[k : k + n] == party]
        if starts and all(_preposition_before(told, k) == "from" for k in starts):
            return True
    return False


def _preposition_before(tokens: list[str], k: int) -> str:
    """The word before `tokens[k]`, determiners aside ("from the wardens": "from"); "" at the start."""
    j = k - 1
    while j >= 0 and tokens[j] in NOUN_DETERMINERS:
        j -= 1
    return tokens[j] if j >= 0 else ""


def _asked_unrealized(asked: list[str], forms: Set[str]) -> bool:
    """The question itself puts the act (`forms`, stems) after a modal ("did the organizer say they would not leave",
    "did she say she would leave": UNREALIZING, a negation between aside): a stated intent is what is asked, which a
    fact telling the same intent answers; the act done is not."""
    at = [k for k, t in enumerate(asked) if stem(t) in forms]
    return bool(at) and all(
        (before := [t for t in asked[max(0, k - 3) : k] if t not in NEGATION or t in CONTRACTED_MODALS])[-1:] != []
        and (before[-1] in UNREALIZING or before[-1] in CONTRACTED_MODALS)
        for k in at
    )
