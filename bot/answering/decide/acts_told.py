"""Whether a fact tells as done the act a question asks about or presumes: the date of "when did X do Y" (a fact
telling Y only as demanded, of someone else, or inside what a report is about dates nothing), the act of a yes/no
question, and the premises a why, "since" or "even though" question states. General English, never brief content.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from functools import lru_cache
from typing import Literal

from bot.answering.acts import (
    AUXILIARIES_BASE,
    BECOMING,
    LIGHT_VERBS,
    MID_ADVERBS,
    OBJECT_OPENINGS,
    OBJECT_PRONOUNS,
    PARTICLES,
    PASSIVE_FORMS,
    RELATIVE,
    SUBJECT_PLACING,
    SUBJECT_REACH,
    VERB_PREPOSITIONS,
    Act,
    act_after_name,
    act_after_subject,
    act_before_pronoun,
    asked_act,
    becoming,
    particle_verb_after_subject,
)
from bot.answering.articles import ARTICLE_VOCABULARY, MENTIONING, PUBLISHING_VERBS, REPORTING_VERBS
from bot.answering.compose.dates import ENDING, START_STEMS, due_at, planned_as
from bot.answering.compose.figures import PLANNED
from bot.answering.compose.questions import asks_passive
from bot.answering.compose.speech import ATTRIBUTION, CALLED_IN_WORDS, DOCUMENTS, REPORTED, writes_a_thing
from bot.answering.compose.yes_no import NEGATION
from bot.answering.compose.yes_no_checks import mentioned_stems, year_after
from bot.answering.decide.subjects import Subjects
from bot.answering.durations import asks_length
from bot.answering.english import English
from bot.answering.normalize import criticism_at
from bot.answering.retrieve import (
    Hit,
    Retriever,
)
from bot.answering.understand.classes import THING_KINDS
from bot.answering.understand.lexicon import (
    ACTOR_KINDS,
    AUXILIARIES,
    BASED_ASKS,
    BEGINNING_VERBS,
    CHAT,
    COPULAS,
    CUE_TERMS,
    DETERMINERS,
    ENDING_ACTS,
    PERSON_NOUNS,
    SPEAKING_TO,
    SPEECH_VERBS,
    TARGETING_STEMS,
    WH_WORDS,
    claim_start,
)
from bot.answering.understand.question import NameSpans, Question
from bot.answering.understand.times import STARTING
from bot.answering.understand.understander import actors_in, opening_actor
from bot.caches import Recent
from bot.dates import MONTHS
from bot.features import COUNT, REQUEST_FARED, REQUEST_VERBS, is_sum, requested_only, without_dates
from bot.records import FactData
from bot.reporting import outlet_words
from bot.search import stem
from bot.text import IRREGULAR, STOPWORDS, Deferred, fold, on_first_use, receives_criticism, typed_between, words

# "did the keeper speak at the meeting": "the keeper defended the lease at the meeting" tells her speaking (general
# English verbs of putting a case in words; "said", "told" and the like end a fact's own voice, so are not here)
SPEAKING_ASKED = frozenset({"speak", "talk"})
# (and "told": telling someone is speaking to them, "did Lind speak to the Gazette" of "Lind told the Gazette …")
SPEAKING_TOLD = frozenset(stem(w) for w in "defended argued explained announced addressed told".split())
# finding asked ("what did the Gazette find") is told by what was shown or brought to light ("obtained documents
# showing …", "revealed", "uncovered"): general English
FINDING_ASKED = frozenset({"find", "discover", "uncover"})
FINDING_TOLD = frozenset(stem(w) for w in "found showed showing shown revealed uncovered discovered documented".split())
# signing asked ("when was the lease signed") is told by the thing's being awarded or granted ("was granted a $5 million
# lease", the day it was made; fresh tester 79 F3): general English, not a thing given ("handed", "given")
SIGNING_ASKED = frozenset({"sign"})
# prepositions by which a verb is dated ("signed in 2013", "renewed on 1 May 2015", "expired by 2019"): general English
DATING_PREPOSITIONS = frozenset({"in", "on", "by"})
MONTH_WORDS = frozenset(m.lower() for m in MONTHS)
YEAR = on_first_use(r"(?:1[89]|20)\d\d")
SIGNING_TOLD = frozenset(stem(w) for w in "awarded granted".split())
# making a thing asked ("did the guild build the ledger", "create", "develop") is told by any verb whose doing makes it:
# a thing one designed, developed, created or constructed one built (general English entailment, told -> asked). Not
# the other way for designing: one may build to another's design, so "design" is asked of its own word only
BUILDING_ASKED = frozenset({"build", "create", "develop", "construct"})
BUILDING_TOLD = frozenset(stem(w) for w in "built designed developed created constructed".split())
# getting asked ("what did the guild get", "what did Lind receive") is told by the thing's being given, granted or
# awarded to one, or one's receiving or winning it ("was given $5 million", "won the lease"): general English
RECEIVING_ASKED = frozenset({"get", "receive", "obtain", "win"})
RECEIVING_TOLD = frozenset(stem(w) for w in "got gotten given granted awarded received obtained won".split())
# a thing given to one, told from the giver's side ("presented Lind with a letter", "a letter handed to Lind"): the
# one it went to got it (general English); words between the verb and the name ("handed to CEO Ada Lind")
GIVING_TOLD = frozenset("handed presented gave given sent delivered".split())
GIVEN_REACH = 4
ENDING_REACH = 3  # words before a year within which a word of ending ties the year to an end ("that expires in")
COUNT_ACT_REACH = (60, 30)  # characters after and before a count within which its act is told
RECALLING = frozenset({"like", "as"})  # "… like the keepers asked": who asked, after what is asked

# what a publication is said to be about: "a report on X", "documents about X", to the end of the clause
PUBLICATION_TOPIC = on_first_use(
    r"\b(?:reports?|documents?|articles?|stor(?:y|ies)|study|studies|memos?|papers?|books?|op-eds?)"
    r"\s+(?:on|about|of|into|detailing|describing)\b[^.;]*"
)
# a title, in quotation marks after "titled" or "called", names the publication, not an event
TITLE = on_first_use(r"\b(?:titled|entitled|called|named|headlined)\s+[“\"]([^”\"]+)[”\"]")
# a word where it stands, as `words` has it once lower-cased and its thousands separators dropped (`_word_at`): a
# number's digit groups are one word ("6,200", "12.5")
WORD_AT = on_first_use(r"(?:[A-Za-z]+|(?<![0-9])[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+(?:\.[0-9]+)*)+")
# words asking about a publication itself ("when was the report released"): its date is what is asked
PUBLICATION_WORDS = frozenset(
    "report reports reported document documents article articles story stories study memo paper published publish"
    " publishes release released releases leak leaked titled called".split()
)
# Why a fact does not date the act a "when did X do Y" question asks (see Decider.undated_act)
UndatedAct = Literal[
    "called_for",
    "other_subject",
    "unstated",
    "echoed",
    "end_echoed",
    "reported_on",
    "of_what_was_examined",
    "other_object",
    "other_actor",
    "done_before",
    "year_of_other",
    "of_what_was_said",
    "verb_untold",
    "change_untold",
    "other_act_dated",
]
# a saying asked of by its verb ("when did the guild say that"): the words REPORTED holds, in the present too
SAYING = REPORTED | frozenset("say state stated states claim argue insist deny write".split())
# verbs of holding a judgement (general English, as lemmas): "why did Lind think the lease was reckless" asks of a
# view, which the articles can only tell as said
JUDGING = frozenset("think believe feel consider reckon deem find".split())
# fact kinds (records.FACT_KINDS) whose date is that of the thing they tell of, never of anyone's saying it: "the
# guild's report says the 2013 lease paid for the beacon" is dated 2013, the lease's year, not the report's
# verbs of finding out about a thing (general English): their date is never that of the thing found out about
EXAMINING = frozenset("report review examine analyze analyse obtain reveal uncover investigate".split())
EXAMINED_REACH = 8  # words between such a verb and a date that tells when it was done ("reported in May 2019")
EXAMINED_DATE = Deferred(r"(?:1[89]|20)\d\d|" + "|".join(m.lower() for m in MONTHS))
THING_DATED_KINDS = frozenset("contract program figure person organization".split())
# fact kinds whose date is that of the thing the fact is (a letter's, a count's), never of another thing it mentions
OWN_DATED_KINDS = THING_DATED_KINDS | {"document"}
# words between "had" and a verb that still tell it done before the time told of ("had recently protested")
PERFECT_ADVERBS = frozenset("recently already just earlier previously also".split())
# words between a thing and the verb telling it ran its course ("leases, worth $16m, had recently expired")
RUN_OUT_REACH = 8
ACT_REACH = (4, 5)  # words before and after a fact's verb that may name what it was done to ("a letter signed by")
# the same for what a passive question says underwent the act: a fact may name it further before its verb, a clause
# between ("the maintenance contract for the harbour's software, first signed in 2013")
PASSIVE_REACH = (10, 5)
# words that end the subject of a passive clause: a preposition placing it, a relative pronoun qualifying it
SUBJECT_ENDS = frozenset("on in at from to by for with during after before within that which who whose".split())
BEING = COPULAS | PASSIVE_FORMS | {"be", "been", "being"}  # before a verb, the passive
RELATIVE_OPENINGS = frozenset({"that", "which", "whom"})  # "the lease that the port signed": its object before it
# words conceding what the asked act was done in spite of ("even though the Admiralty cancelled it")
CONCEDING = (("even", "though"), ("even", "after"), ("even", "if"), ("although",), ("though",))
CONCESSION_CANDIDATES = 8  # facts that may tell a conceded premise
# where a person's description stops giving their role: a stop, a comma, a semicolon or a relative pronoun
ROLE_CLAUSE = on_first_use(r"[.,;:]|\b(?:who|whose|whom|which|that)\b")
PASSIVE_AGENT_REACH = 6  # words after a passive's "by" that may name who acted ("signed by more than 40 employees")
# forms of light verbs the question's words may take by the time they are read ("go" read as the brief's "went")
LIGHT_FORMS = frozenset("went goes gone became become becomes got gets get".split())
# the acts that make a written thing (general English): "who organized the leaflet" asks who put it out, its maker, as
# "who made" or "who wrote" it does; and the participles telling its maker in the passive ("was produced by the guild")
DOCUMENT_MAKING = frozenset(
    "organized organised organize organise made make wrote write written produced produce created create drafted "
    "draft prepared prepare designed design authored".split()
)
MADE_BY = frozenset("made written produced created drafted prepared designed authored".split())
# a response received is a response given: "did the letter get a reply from Lind" asks whether Lind replied (general
# English: the verbs of getting, and each noun of responding with its verb)
GETTING = frozenset("get gets got gotten receive receives received have has had".split())
RESPONDING = {"reply": "reply", "replies": "reply", "response": "respond", "responses": "respond", "answer": "answer"}
RESPONSE_OPENINGS = frozenset("a an any the some no".split())
ACTS_KEPT = 4096  # questions whose main verb is kept (a bound: arbitrary user text must not grow it for ever)
REQUESTED_KEPT = 4096  # facts whose requested stems are kept (as many as the retriever keeps features of)
STATEMENTS_KEPT = 4096  # statements whose words are kept (`_statement_words`; as many as REQUESTED_KEPT)
CLIPPED = 3  # a question word of at least this many letters may be clipped from the fact's word ("docs", "documents")
# words telling that someone or something began: "founded in 2014", "formed", "started"
BEGINNING = frozenset(
    "start started starts began begun begin founded founding formed launched created established emerged".split()
)
# an irregular past and its base form ("met": "meet"), the shortest of the forms IRREGULAR gives it
IRREGULAR_PAST = {
    past: min((f for f, p in IRREGULAR.items() if p == past), key=len) for past in set(IRREGULAR.values())
}
# "workers at other firms", "staff from other agencies": what follows is told of others, not of the one asked about
OTHERS_OPENINGS = frozenset({"at", "from", "in", "of"})
OTHERS = frozenset({"other", "others"})
# nouns for the people a firm employs: "Harbour Co employees", "the agency's staff" are that firm's (general English)
EMPLOYED = frozenset("employee employees worker workers staff staffer staffers".split())
ORGANIZATION_KINDS = ACTOR_KINDS - {"person"}
BEGINNING_REACH = 5  # words between a name and a word telling that it began ("founded in 2014 by …")
# verbs telling that the one named just before them got money: "the guild was given / awarded $4 million"
RECEIVING = frozenset("given awarded granted received receives receiving got gets won wins".split())
PASSIVE_AUXILIARIES = frozenset("is are was were be been being".split()) | PASSIVE_FORMS  # "were removed"
SENTENCE_END = re.compile(r"[.!?;]+\s+")
UNNAMING = frozenset({"", "the", "some", "several", "many"})  # before a plural agent noun that names no one
AGENT_REACH = 4  # words after a passive verb within which "by" names who did it ("removed within hours by staff")
RECEIVER_REACH = 3  # words between the name and such a verb ("the guild, a contractor, was given" is past it)
# what undated_act asks of every candidate of one question (`ActsTold._asked_of`): the forms of its asked words, its
# specific named entities, the one opening it as its subject, what a light verb of it is done with
AskedOf = tuple[list[frozenset[str]], list[str], str | None, frozenset[str]]
# a statement's words as WORD_AT finds them (`ActsTold._statement_words`): where each starts, each as `words` has it
# (`_word_at`), and each one's stem
StatementWords = tuple[tuple[int, ...], tuple[str, ...], tuple[str, ...]]


def _word_at(match: re.Match[str]) -> str:
    """A WORD_AT match as `words` has the word: in lower case, without thousands separators ("6,200" -> "6200")."""
    return match.group().lower().replace(",", "")


# the prepositions English doubles a noun round to say how something was done ("face to face", "side by side",
# "hand in hand", "one on one"): an adverbial, not what the act was done to
REDOUBLING = ("to", "by", "in", "on")


# the prepositions a fronted question's "what" is the object of, left at its end ("what did they compare it to"):
# English
STRANDED = frozenset("to with into onto for from about against".split())


class ActsTold:
    """Checks of the act a question asks about against a fact (see the module docstring). `name_spans(tokens)`: the
    names in words, as the question's are found (Understander.name_spans)."""

    def __init__(self, retriever: Retriever, subjects: Subjects, name_spans: NameSpans) -> None:
        self.retriever = retriever
        self.subjects = subjects
        self._name_spans = name_spans
        self._roles: dict[str, frozenset[str]] = {}  # a named person's role stems (`_role`): one per glossary person
        self.brief = retriever.brief
        self.index = retriever.index
        self._kind_of = retriever.entity_kind
        self._synonyms = {k.lower(): v for k, v in self.brief.meta.synonyms.items()}
        # the brief's synonym phrases of two words or more, as stems, each with the stems of what it is a synonym of:
        # `_told_as` looks for them in every candidate of a date question (worked out there each time, ~2/3 of its
        # time), and they depend on the brief alone
        self._phrases: list[tuple[tuple[str, ...], frozenset[str]]] = []
        for phrase, synonyms in self._synonyms.items():
            phrase_stems = tuple(stem(w) for w in words(phrase))
            if len(phrase_stems) >= 2:
                self._phrases.append((phrase_stems, frozenset(stem(w) for v in synonyms for w in words(v))))
        # a statement's words, kept for the facts read most recently: `_done_to_another` and `_only_reported_on`
        # read them for each of a date question's up to 60 candidates (tuples of strings: never tracked by the GC)
        self._words_kept: Recent[str, StatementWords] = Recent(STATEMENTS_KEPT)
        # the same for a statement's own voice (`_own_voice`): its words and their stems
        self._voices_kept: Recent[str, tuple[tuple[str, ...], tuple[str, ...]]] = Recent(STATEMENTS_KEPT)
        # and the years it gives, each with the verb dating it (`_years_dating`)
        self._dating_kept: Recent[str, tuple[tuple[str, frozenset[str]], ...]] = Recent(STATEMENTS_KEPT)
        self._acts = frozenset(stem(k) for k in self.brief.meta.opposites)  # acts whose absence a date shows
        # a question's main verb, worked out once: undated_act asks it of every candidate a date question weighs
        self._asked_act = lru_cache(maxsize=ACTS_KEPT)(self._main_verb)
        # a fact's requested stems depend on the brief alone: worked out once per fact (undated_act asks them of
        # each of a date question's up to 60 candidates, each quote read again: ~15 µs a fact)
        self.requested = lru_cache(maxsize=REQUESTED_KEPT)(self._requested)
        self._asked_kept: tuple[tuple[object, ...], AskedOf] | None = None  # `_asked_of`'s, for the last question
        # `act_forms` of the last question, by the fields it is worked out from: a yes/no question's verdict checks
        # ask it of one question 8-15 times (each a pass over its names, its outlets and its verbs)
        self._forms_kept: tuple[tuple[object, ...], frozenset[str]] | None = None

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
          names him (one lacking only an act the brief lists opposites for is "change_untold"). Neither applies when the
          fact tells what the first specific thing the question names did with a second one ("when did Harbourwatch drop
          the Operation Lantern docs": "Harbourwatch published … Operation Lantern"), nor to "how long" questions, whose
          length may be stated in other words, nor to "when did X start" questions, whose answer says it is only
          the earliest date the sources give. It also applies when the fact lacks the question's main verb, if
          that is a word only ever used as a verb (acts.asked_act: "when did Lind become captain" against "volunteers
          confronted captain Ada Lind"), whoever the fact opens with;
        - "other_actor": the fact tells of the act done by another to the one the question says did it ("when did
          Lind confront the guild" against "the guild confronted Lind");
        - "change_untold": the fact lacks an act the brief lists opposites for (`opposites:` in brief.yaml: cancel,
          drop, leave…), with nothing else the question asks missing ("when did the port drop the guild" against
          keepers urging the port to stop working with it): such a change is told by its word or a word the brief
          gives for it, so the fact does not say it happened (fresh tester fp26: "no date for that" implied it did);
        - "verb_untold": the verb right after "did" and its subject, before its object (acts.act_after_subject), a
          noun too or not ("when did the wardens arrest the keepers"), is stated neither as typed nor in a word the
          brief gives for it: the fact tells no such act, so does not say it happened.
        A paraphrased verb that is a noun too ("drop", "kick in" for "take effect") is not checked: the fact's other
        words carry it; but against a fact telling only what was planned ("scheduled to start on 1 May") it must be
        stated ("when did the guild sign the lease": the planned date is not when it was signed).
        """
        forms, named, actor, light = self._asked_of(q)
        fact = self.brief.facts.get(doc_id)
        requested = self.requested(doc_id) if fact is not None else frozenset()
        if not REQUEST_VERBS.isdisjoint(q.words):
            requested = frozenset()  # "when did they demand that X cancel …": what was called for is what is asked
        said = self.retriever.stated_stems(doc_id) - requested
        if any(f & requested for f in forms) and not any(self.said(f, said) for f in forms):
            return "called_for"  # and nothing asked is told as done ("when was the letter … read out")
        idioms = self.idiomatic(doc_id) if fact is not None else frozenset()
        if any(f & idioms for f in forms) and not any(self.said(f, said - idioms) for f in forms if f & idioms):
            # "when did the port fire the guild" of "the guild has come under fire": the asked verb stands in the
            # fact only in an idiom of being criticized (the question's own idioms read "criticism" by normalize),
            # so the fact tells no such act and its date is not of one (fresh tester 87)
            return "verb_untold"
        if fact is not None and fact.kind in THING_DATED_KINDS and self.asks_saying(q):
            return "of_what_was_said"  # "when did the guild say that about the beacon": not the 2013 lease's year
        if fact is not None and self.subjects.about_others(doc_id, named):
            return "other_subject"
        if fact is not None and self._examining_undated(q, fact.statement):
            return "of_what_was_examined"  # "when did the Gazette report the 260 figure": not the raid's 2017
        # "when did Harbourwatch occupy the Gull store": who did it, whatever else the fact names (the store)
        if actor is not None and actor in named and fact is not None and self.subjects.about_others(doc_id, [actor]):
            return "other_subject"
        if fact is not None and self._only_reported_on(q, fact.statement):
            return "reported_on"
        if fact is not None and actor is not None and self._done_by_others(q, actor, forms, fact.statement):
            return "other_subject"
        if fact is not None and self._staff_of_another(q, fact.statement):
            return "other_subject"
        if fact is not None and self._done_before(forms, fact.statement):
            return "done_before"
        if fact is not None and fact.date in q.years:
            stated = self.retriever.stated_stems(doc_id)
            if not START_STEMS.isdisjoint(stem(t) for t in q.words) and ENDING & stated and not START_STEMS & stated:
                # "when did the 2018 lease start" of "… had recently expired, as of July 2018": the year named is
                # its end's, so not even the year is its start (fresh tester 91)
                return "end_echoed"
            if _year_of_ending_clause(q.words, q.years):
                # "when did the guild get the lease that expires in 2019": the year named is the end's, told in
                # the question's own clause of it, so not when it was got (fresh tester 96)
                return "end_echoed"
            return "echoed"  # "when did the press report on the 2017 survey": 2017 is what it is about, not when
        if fact is not None and self._year_of_other(q, fact):
            return "year_of_other"  # "when did the 2018 lease start" of "… the Gazette's 2018 report, a 2014 lease"
        if fact is None or asks_length(q.text):
            return None
        if q.earliest:
            # "when was the beacon first used" of "the lease (signed in 2013) paid for the beacon, a tool used to
            # search …": the fact tells the use undated and dates a signing, which is no first use either (blind set
            # BQ); one not telling the act at all may still be the earliest mention the sources give, and so may one
            # of a thing asked by its noun ("when did the guild first get a lease": a lease signed is one got)
            verbs = [
                f
                for f in forms
                if any(
                    stem(w) in f and DETERMINERS.isdisjoint(q.words[max(0, i - 3) : i]) for i, w in enumerate(q.words)
                )
            ]
            told = any(self.said(f, said) for f in verbs)
            if told and fact.date and self._dated_by_other_act(forms, fact.statement, fact.date[:4]):
                return "other_act_dated"
            return None
        if forms and fact.date and self._dated_by_other_act(forms, fact.statement, fact.date[:4]):
            return "other_act_dated"  # "when was the beacon used" of "the lease (signed in 2013) paid for the beacon"
        act = self._asked_act(q.text)
        # "when were the words … said" of a quote: any words quoted were said, shouted or written, so "say" is told
        # by the fact giving them, whatever verb it tells them with ("an organizer shouted")
        saying = act is not None and act.lemma == "say" and fact.kind == "quote"
        if (
            act is not None
            and not saying
            and stem(act.word) not in q.context
            and not self.said(self._act_forms(act), said)
        ):
            return "unstated"
        named_at = self.subjects.named_positions(q)
        verb = act_after_subject(q.words, named_at) if act is None else None
        verb = verb if verb is not None and self._done_to_people(q, verb) else None  # (see `_done_to_people`)
        done = act or act_after_name(q.words, named_at) or verb
        if act is None and done is None and actor is not None and self._kind_of(actor) != "media":
            # "when did the guild publish its report": a verb of publishing (left to article questions when an
            # outlet does it), only ever a verb, done by the name the question opens with, must be told, or what it
            # was done to as typed ("his op-ed"): "…, the Gazette reported" tells of no report of the guild's
            published = act_after_name(q.words, named_at, publishing=True)
            if (
                published is not None
                and self._only_verb(published)
                and not self.said(self._act_forms(published), said)
                and not self._object_typed(q, published, fact, named_at)
            ):
                return "unstated"
        past = self._past_act(q) if act is None else None
        if past is not None and not self.said(self._act_forms(past), said):
            return "unstated"  # "when did Lind meet (with) the keepers", read "met": a past form is no noun
        if act is None and light and self._light_untold(light, doc_id):
            return "unstated"  # "when did the crews go on strike": a light verb tells nothing, its object does
        # (a leaving told the other way round, "the fair dropped the guild", is the parting asked: LEAVING_ACTS)
        parting = done is not None and stem(done.lemma) in LEAVING_ACTS
        if done is not None and not parting and self._done_to_another(q, done, fact.statement):
            return "other_object"
        if done is not None and not parting and self._done_by_another(q, done, fact.statement):
            return "other_actor"
        # (a date something was only due at, "was due to expire on 25 September", is a planned one too)
        due = due_at(fact.statement, fact.date) if fact.date else False
        planned = act is None and done is not None and (bool(planned_as(fact.statement)) or due)
        if planned and done is not None and not self.said(self._act_forms(done), said):
            # "when did the guild sign the lease" against "a lease scheduled to start on 1 May": the date a planned
            # thing is to happen is not when another act done with it was, even one named by a noun too ("sign")
            return "unstated"
        loose = particle_verb_after_subject(q.words, named_at, PERSON_NOUNS) if act is None and verb is None else None
        if loose is not None and stem(loose.word) not in q.context and not self.index.knows(loose.word):
            # "when did the protesters break in": a particle verb no document of the brief ever uses tells of an act
            # no article tells, whatever else a fact shares with the question (fresh testers 97, 98: the date of a
            # door kept shut was led as the break-in's)
            return "verb_untold"
        if self._pinned_subject(doc_id, q, named):
            return None
        if (
            verb is not None
            and stem(verb.word) not in q.context
            and not self.said(self._act_forms(verb), said)
        ):
            # "when did the wardens arrest the keepers": a verb that is a noun too, but a verb where it stands (after
            # "did" and its subject, before its object), is the act asked; a fact of the wardens being called to
            # the keepers' vigil, stating no arrest (nor a word the brief gives for it), dates none, and does not
            # tell it happened
            return "verb_untold"
        if forms and not any(self.said(f, said) for f in forms):
            # (nothing asked is told; when all that is asked is a change, "when did the port drop the guild", the
            # change is untold: the fact tells of the two, not of any dropping)
            return "change_untold" if all(f & self._acts for f in forms) else "unstated"
        if any(f & self._acts and not self.said(f, said) for f in forms):
            return "change_untold"
        return None

    @staticmethod
    def _done_to_people(q: Question, verb: Act) -> bool:
        """The act is done to people ("arrest the keepers", "fire its staff"): a word for people (PERSON_NOUNS) in the
        few words of its object, before any preposition ("use the guild to track families" is done to the guild).
        Such an act, done or not, is told by its verb or a word the brief gives for it; one done to a thing ("land
        the lease", "get the contract") is told in many other words ("signed", "won")."""
        at = q.words.index(verb.word) if verb.word in q.words else len(q.words)
        for i in range(at + 1, min(at + 2 + SUBJECT_REACH, len(q.words))):
            if q.words[i] in VERB_PREPOSITIONS or q.words[i] in RELATIVE:
                return False
            if q.words[i] in PERSON_NOUNS:
                return True
        return False

    @staticmethod
    def _year_of_other(q: Question, fact: FactData) -> bool:
        """The question names its thing by a year ("the 2018 lease": the year right after a determiner, a noun
        right after it) and the fact, dated in another year, states that year only right before another noun ("the
        Gazette's October 2018 report"): that year labels something else, and the fact tells of no such thing.
        Dated in that year, the fact's date is another thing's when the noun is a fact kind (THING_KINDS) and the
        brief files the fact as a thing of another kind dated by itself (OWN_DATED_KINDS): "when does the 2018
        contract start" of a letter of 31 July 2018 asking to end the contracts (fresh tester 91)."""
        for i, year in enumerate(q.words[1:-1], 1):
            if year not in q.years or q.words[i - 1] not in DETERMINERS or q.words[i + 1] in STOPWORDS:
                continue
            thing = stem(q.words[i + 1])
            if (fact.date or "").startswith(year):
                kind = next((k for k in THING_KINDS if stem(k) == thing), None)
                return kind is not None and fact.kind != kind and fact.kind in OWN_DATED_KINDS
            tokens = words(fact.statement)
            after = [tokens[j + 1] if j + 1 < len(tokens) else "" for j, t in enumerate(tokens) if t == year]
            return bool(after) and all(
                w.isalpha() and w.lower() not in STOPWORDS and stem(w.lower()) != thing for w in after
            )
        return False

    def _dated_by_other_act(self, forms: list[frozenset[str]], statement: str, year: str) -> bool:
        """The fact's year stands in its statement, each time right after a verb in its past form and a preposition
        ("signed in 2013", "renewed on 1 May 2015", a month or day between), none of those verbs is an act the
        question asks (`forms`), and no year the statement gives is dated so to an asked act ("renewed in 2015"): the
        year is when other acts were done, not when the asked one was ("when was the beacon used" of "the lease,
        signed in 2013, paid for the beacon, a tool used to search …": no use is dated; fresh tester 82). A year
        standing otherwise ("In 2013 the guild …") may date the whole, so never this."""
        dated = self._years_dating(statement)
        if all(told != year for told, _ in dated):
            return False
        asked = any(stem(m) in f for _, lemmas in dated for f in forms for m in lemmas)
        return not asked and all(lemmas for told, lemmas in dated if told == year)

    def _years_dating(self, statement: str) -> tuple[tuple[str, frozenset[str]], ...]:
        """Each year the statement gives (in its order) with the lemmas of the verb dating it (`_dating_verb`; empty
        when none), kept for the statements read most recently: the verbs are looked up in lemminflect's tables for
        each of a date question's candidates, the same whatever the question."""
        found = self._dating_kept.get(statement)
        if found is None:
            tokens = [t.lower() for t in words(statement)]
            found = self._dating_kept.put(
                statement, tuple((t, _dating_verb(tokens, i)) for i, t in enumerate(tokens) if YEAR().fullmatch(t))
            )
        return found

    @staticmethod
    def _done_before(forms: list[frozenset[str]], statement: str) -> bool:
        """The fact tells an asked word only in the past perfect, with no year of its own after it: "the letter noted
        that keepers at other harbours had recently protested" tells the protests done before the letter's date,
        which is no date of theirs."""
        tokens = words(fold(statement))
        stems_ = [stem(t) for t in tokens]
        for f in forms:
            at = [j for j, st in enumerate(stems_) if st in f]
            if at and all(_perfect(tokens, j) and year_after(tokens, j) is None for j in at):
                return True
        return False

    def _asked_of(self, q: Question) -> AskedOf:
        """What `undated_act` asks of every candidate of a question, worked out once a question (the last question's
        kept, by the fields it is worked out from; it asks it of each of up to 60 candidates): the forms of the words
        it asks, the specific entities it names, the name opening it as its subject and what a light verb of it is
        done with (`_light_objects`)."""
        key = (tuple(q.leftover), frozenset(q.date_words), tuple(q.entities), frozenset(q.context), tuple(q.words))
        kept = self._asked_kept  # read once: another thread may keep its own question's meanwhile
        if kept is None or kept[0] != key:
            asked = [t for t in q.leftover if t not in CUE_TERMS and t not in q.date_words and t not in STOPWORDS]
            # "when did Lind step down as captain": the role the glossary gives a named person says who, not what
            # was done (a fact naming "captain Lind" tells nothing of stepping down)
            described = self._described(q)
            asked = [t for t in asked if stem(t) not in described]
            named = [e for e in q.entities if not self.subjects.ubiquitous_entity(e)]
            forms = [self.forms(t) | (ENDING_ACTS if stem(t) in LEAVING_ACTS else frozenset()) for t in asked]
            forms = [f for t, f in zip(asked, forms, strict=True) if stem(t) not in q.context]
            actor = opening_actor(q.words, self._name_spans, self._kind_of)
            kept = self._asked_kept = (key, (forms, named, actor, self._light_objects(q)))
        return kept[1]

    def filed_as_asked(self, q: Question, doc_id: str) -> bool:
        """The fact is an event the brief files under a topic of every word the question asks ("when were the
        Eastport vigils" against an event under `topics: [vigils]` telling them as "gathered outside"): curated as one
        of them, whatever words it tells it in."""
        fact = self.brief.facts.get(doc_id)
        forms = self._asked_of(q)[0]
        if fact is None or fact.kind != "event" or not forms:
            return False
        filed = {stem(w) for topic in fact.topics for w in words(fold(topic))}
        return all(f & filed for f in forms)

    def act_forms(self, q: Question) -> frozenset[str]:
        """The stems a fact must state for the act the question asks about ("did the guild renew …": "renew",
        "renewed"; see answering.acts), or nothing when the question has no main verb worth checking. The last
        question's kept, by all it is worked out from (its text, words, entities, sources, kind and counted noun)."""
        key = (q.text, tuple(q.words), tuple(q.entities), frozenset(q.sources), q.kind, q.counted)
        kept = self._forms_kept  # read once: another thread may keep its own question's meanwhile
        if kept is None or kept[0] != key:
            kept = self._forms_kept = (key, self._worked_act_forms(q))
        return kept[1]

    def _worked_act_forms(self, q: Question) -> frozenset[str]:
        """`act_forms`, worked out."""
        named = self.subjects.named_positions(q)
        act = self._asked_act(q.text)
        if act is not None and any(q.words[i] == act.word for i in named):
            act = None  # "did the Harbour Intercept report …": a verb-like word inside a name is no act
        if act is None:
            # in the fixed words: "keep" may be read as the brief's "kept"; an outlet the question names is a
            # name too ("did the Gazette interview the guild")
            named = named | self._outlet_positions(q)
            after = act_after_name(q.words, named, named_object=True, through_preposition=True, closing=True)
            if after is not None:
                act = Act(after.word, self.retriever.english.verb(after.word) or after.word)
        if act is None and q.kind == "yes-no":
            # "did Lind write an essay": a verb of writing a thing (`writes_a_thing`) after a name is the act, though
            # the same verb after an outlet asks what its article says (ARTICLE_VOCABULARY)
            after = act_after_name(q.words, named, named_object=True, publishing=True)
            if after is not None and writes_a_thing(q.words, q.words.index(after.word)):
                act = Act(after.word, self.retriever.english.verb(after.word) or after.word)
        if act is None and q.kind == "count":
            act = self._counted_act(q)
        if act is None and q.kind == "yes-no":
            # "did police arrest anyone": the word before what is done to "anyone" is the act, a noun too or not
            # (its own stems alone: the brief's synonyms for a word that is a noun too may be of the noun, "under
            # fire" for criticism)
            before = act_before_pronoun(q.words)
            if before is None:
                # "did the wardens arrest the keepers": the verb after the subject done to people, a noun too or
                # not, as a date question's (`_done_to_people`: one done to a thing is told in many other words)
                before = act_after_subject(q.words, named)
                # (or done to a name, as `act_after_name`'s `named_object`: "did the vigil's host drop the guild")
                only_verb = self.retriever.english.verb
                if before is not None and (
                    before.word in STOPWORDS
                    or not (self._done_to_people(q, before) or _done_to_name(q, before, named, only_verb))
                ):
                    before = None  # ("did the Courier report on the guild and its keepers": no verb "on")
            if before is not None and not any(q.words[i] == before.word for i in named):
                past = IRREGULAR.get(before.word)
                return frozenset({stem(before.word)} | ({stem(past)} if past else set()))
        if act is None:
            act = _response_received(q.words)
        if act is None and q.kind == "yes-no":
            act = _arrival_asked(q.words)
        if act is None:
            return frozenset()
        # the question's own act only, not a clause's ("the exec that got the letter"): "was given" tells a getting
        # of what its subject got, not of a count no one gave ("no exact count was given")
        return self._act_forms(act) | (RECEIVING_TOLD if act.lemma in RECEIVING_ASKED else frozenset())

    def _counted_act(self, q: Question) -> Act | None:
        """ "How many <people> <verb>ed …" with no auxiliary ("how many keepers signed the letter"): the past form
        right after the counted noun, only ever a verb and not a light one, is what the counted did."""
        w = q.words
        if w[:2] != ["how", "many"] or len(w) < 4 or w[2] != q.counted:
            return None
        word = w[3]
        lemma = self.retriever.english.verb(word)
        if lemma is None or lemma == word or lemma in LIGHT_VERBS or word in LIGHT_FORMS:
            return None
        if len(w) > 4 and w[4] in PARTICLES:
            return None  # a phrasal verb says little of the act: "showed up" is being there
        return Act(word, lemma)

    def _outlet_positions(self, q: Question) -> set[int]:
        """The positions of q.words inside the outlet name of a source the question names (q.sources: "the
        gazette", or its media entity's alias: reporting.outlet_words)."""
        found: set[int] = set()
        for source_id in q.sources:
            for said in outlet_words(self.brief.sources.get(source_id), self.brief.entities):
                for i in range(len(q.words) - len(said) + 1):
                    if q.words[i : i + len(said)] == said:
                        found.update(range(i, i + len(said)))
        return found

    def only_demanded(self, q: Question, doc_id: str) -> bool:
        """A yes/no question about an act (Decider.act_forms; for a light verb, what it is done with:
        `_light_objects`) that the fact does not state but inside what it tells was requested, the fact telling only
        of someone being asked, urged or pressed to do something ("did the guild drop the keeper" against "members
        urged the guild to stop …"; "did the guild give the fees to charity" against "keepers asked it to give the
        fees to charity"): a demand is no verdict on what was done."""
        act = self.act_forms(q)
        forms = act or self._light_objects(q)
        if not forms or self._asks_request(q):
            return False
        if q.sources and not MENTIONING.isdisjoint(q.words) and mentioned_stems(q):
            # "did the Gazette mention the Courier": the article's naming it, told by its facts' words whatever they
            # tell of (a request or not), is what is asked (Composer._mentioned_by_source)
            return False
        stated = set(self.retriever.stated_stems(doc_id))
        if self.said(forms, stated - self.requested(doc_id)):  # "asked it to give the fees away": not given
            return False
        if not act and forms.isdisjoint(stated):
            return False  # a light verb's objects, none told at all: no demand of them either
        opposite = {s for f in forms for p in self.retriever.opposites.get(f, ()) for s in p}
        if opposite & stated:
            return False  # "decided to keep its contract … asking him to end it": the act's opposite, a "No"
        statement = self.brief.facts[doc_id].statement
        if REQUEST_FARED().search(statement):
            return False  # "did not respond when asked to comment": how the request fared speaks to the act
        if (self.asks_saying(q) or self._asks_judging(q)) and self._says_in_own_voice(statement):
            # "did Lind say the guild was disloyal" against "Lind attacked the guild, calling it “disloyal” … once
            # its keepers pressed it to": a saying asked is told by one the fact tells, whatever else was requested
            return False
        tokens = words(statement.lower())
        # "urged the guild to stop …" requests; "tried to deliver their petition" names a document, no request
        return any(t in REQUEST_VERBS and (j == 0 or tokens[j - 1] not in DETERMINERS) for j, t in enumerate(tokens))

    def act_done(self, q: Question, doc_id: str) -> bool:
        """The fact states as done (not only as requested) the act `only_demanded` reads from the question: "why are
        the groups comparing the lease to a theft" of "… compared the lease with a theft", or its opposite the brief
        lists (`opposites:`). A light verb's act ("did
        the guild give the fees to charity") is told by all it is done with, not by one of them ("the fees" a
        petition asked to go to a nonprofit is no giving to charity)."""
        told = set(self.retriever.stated_stems(doc_id)) - self.requested(doc_id)
        if forms := self.act_forms(q):
            # or the opposite of it or of a word asked with it (its particle, read as "inside"), told as done ("did
            # the guild let the keepers in" of "they were refused entry"): a "No" to the act asked
            asked = forms | {stem(w) for w in q.leftover}
            opposite = any(set(p) <= told for f in asked for p in self.retriever.opposites.get(f, ()))
            return self.said(forms, told) or opposite
        light = self._light_objects(q)
        return bool(light) and all(self.said(frozenset({s}), told) for s in light)

    @staticmethod
    def _says_in_own_voice(statement: str) -> bool:
        """The statement tells a saying in its own words: a verb of saying (REPORTED: "said", "told", "argued"…) or
        "call" naming something in speech marks (CALLED_IN_WORDS: "calling it “a disgrace”")."""
        return not REPORTED.isdisjoint(words(statement.lower())) or CALLED_IN_WORDS.search(statement) is not None

    def _light_untold(self, light: frozenset[str], doc_id: str) -> bool:
        """The fact states none of what a date question's light verb is done with (`light`: `_light_objects`, "when
        did the crews go on strike": strike), but as something requested: it tells of another act. (A where
        question's "take place", "happen … on Monday" have no such object to check.)"""
        said = self.retriever.stated_stems(doc_id) - self.requested(doc_id)
        return not any(self.said(frozenset({stem(t)}), said) for t in light)

    def _light_objects(self, q: Question) -> frozenset[str]:
        """The stems of what a light verb's act is done with ("did the guild give the fees to charity": fees,
        charity), the act itself saying nothing (acts.LIGHT_VERBS, not as an auxiliary: "when did …"): its content words
        after it, up to a clause recalling who asked ("… like the keepers asked"); empty when the question has no
        light verb."""
        verb = self.retriever.english.verb
        at = next(
            (
                i
                for i, t in enumerate(q.words)
                if i > 0 and t not in AUXILIARIES and (t in LIGHT_VERBS or verb(t) in LIGHT_VERBS)
            ),
            None,
        )
        if at is None or not PARTICLES.isdisjoint(q.words[at + 1 : at + 2]):
            return frozenset()  # "come out", "give up": a phrasal verb is the act itself
        rest = q.words[at + 1 :]
        end = next((i for i, t in enumerate(rest) if t in RECALLING), len(rest))
        return frozenset(stem(t) for t in rest[:end] if t not in STOPWORDS and t not in CHAT)

    @staticmethod
    def _asks_request(q: Question) -> bool:
        """The question asks about a request ("did the keepers ask the guild to give …"): a request verb in it, but
        for one in a closing clause recalling who asked ("did the guild give it away, like the keepers asked")."""
        end = next((i for i, t in enumerate(q.words) if i > 0 and t in RECALLING), len(q.words))
        return not REQUEST_VERBS.isdisjoint(q.words[:end])

    def becoming_untold(self, q: Question, doc_id: str) -> bool:
        """A yes/no question asking whether something became what a word says ("did the guild go public":
        acts.becoming) of a fact that never has that word right after a verb of becoming, in its statement or its
        quotes: it shares the word in another sense ("public campaigns"), not the act."""
        complement = becoming(words(fold(q.text)))
        fact = self.brief.facts.get(doc_id)
        if q.kind != "yes-no" or complement is None or fact is None:
            return False
        for text in (fact.statement, *(c.quote for c in fact.citations)):
            told = words(fold(text))
            if any(t in BECOMING and told[j + 1 : j + 2] == [complement] for j, t in enumerate(told)):
                return False
        return True

    def premise_act_untold(self, q: Question, doc_id: str) -> bool:
        """ "Since / now that <a name> <verb> …, …": a premise the question states as done, whose verb (one the brief
        uses, not a light one) the fact answering does not tell as done (in a form or a synonym; told only as asked
        for is not done)."""
        w = q.words
        start = 1 if w[:1] == ["since"] else 2 if w[:2] == ["now", "that"] else 0
        if not start:
            return False
        return self._act_after_untold(q, doc_id, start)

    def concession_untold(self, q: Question, ranked: list[Hit]) -> bool:
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
        before it (or, told in the passive, "a letter signed by the keepers", the first named after its "by"), and
        it is neither negated nor only asked for."""
        tokens = words(fold(statement))
        for j, token in enumerate(tokens):
            if not self.said(forms, {stem(token)}):
                continue
            before = tokens[max(0, j - 3) : j]
            if not NEGATION.isdisjoint(before) or not REQUEST_VERBS.isdisjoint(tokens[max(0, j - 5) : j]):
                continue
            if tokens[j + 1 : j + 2] == ["by"]:  # the passive: whoever is named before underwent it
                agents = actors_in(tokens[j + 2 : j + 2 + PASSIVE_AGENT_REACH], self._name_spans, self._kind_of)
                if agents[:1] == [actor]:
                    return True
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
        named = self.subjects.named_positions(q)
        if start + 1 in named and start not in named and w[start : start + 1] and w[start] in DETERMINERS:
            start += 1  # "why did the harbour guild stop …": the name after its determiner
        end = start
        while end in named:
            end += 1
        if end == start or end >= len(w) or w[end] in STOPWORDS or receives_criticism(w, end):
            return False  # (nor "why did Lind take so much flak": the criticism is the act, which the fact may word)
        forms = self._checked_verb_forms(w[end])
        if forms is None and w[end + 1 : end + 2] and w[end + 1] in PARTICLES and not self._synonyms.get(w[end]):
            # "why did Lind step down": a phrasal verb the brief never uses, nor any synonym of it, is told by no
            # fact (a verb alone may be a paraphrase of the brief's: "trash" for "attacked")
            forms = self.forms(w[end])
        if forms is None:
            return False
        said = self.retriever.stated_stems(doc_id) - self.requested(doc_id)
        return not self.said(forms, said)

    def _checked_verb_forms(self, verb: str) -> frozenset[str] | None:
        """The stems a fact may tell a question's verb by (its own form's and its lemma's, with the synonyms the brief
        gives), or None when it is not checked: a light verb, or one the brief never uses ("why did Lind trash the
        guild": a word it never uses may be its "attacked")."""
        lemma = self.retriever.english.verb(verb) or verb
        if verb in LIGHT_VERBS | LIGHT_FORMS or (not self.index.knows(verb) and not self.index.knows(lemma)):
            return None
        return self.forms(verb) | self.forms(lemma)

    def _past_act(self, q: Question) -> Act | None:
        """The verb right after a named subject, when the question read it as an irregular past ("when did Lind meet
        (with) the keepers": "met"), a form only a verb takes, as its act: not a light verb ("took effect", "came
        out"), nor a verb of speech (told in many words)."""
        named = self.subjects.named_positions(q)
        aux = next((i for i, w in enumerate(q.words) if w in AUXILIARIES), len(q.words))
        for i, w in enumerate(q.words):
            lemma = IRREGULAR_PAST.get(w)
            if lemma is None or i - 1 not in named or i - 1 <= aux or i in named:
                continue
            if lemma not in LIGHT_VERBS and w not in SPEECH_VERBS and stem(w) not in q.context:
                return Act(w, lemma)
        return None

    def why_act_untold(self, q: Question, doc_id: str) -> bool:
        """ "Why did <a name> <verb> …" against a fact that does not tell the verb right after the name as done (in a
        form or a synonym the brief gives; told only as asked for, "urged the guild to stop …", is not done). A light
        verb, or one the brief never uses ("trash" for "attacked"), is not checked."""
        if q.words[:2] not in (["why", "did"], ["why", "does"], ["why", "do"]):
            return False
        return self._act_after_untold(q, doc_id, 2)

    def why_passive_untold(self, q: Question, doc_id: str) -> bool:
        """ "Why was / were <someone> <verb>ed …" or "why did <someone> get <verb>ed …" (the passive: `_undergoing`)
        against a fact that does not tell the verb as done (in a form or a synonym the brief gives; told only as asked
        for is not done), as `why_act_untold` reads the active: "why were the keepers arrested at the guild's office"
        against the keepers' petition at that office (fresh tester fp26: the reason for another act was led as if it
        were this one's; fresh testers 97, 98: "why did the 2018 lease get cancelled" led a call to cancel it). A
        light verb, or one the brief never uses, is not checked."""
        w = q.words
        # ("why did the lease get cancelled": the passive of "get", which `_undergoing` reads as well)
        if w[:1] != ["why"] or w[1:2] == [] or (w[1] not in COPULAS and w[1] not in AUXILIARIES_BASE):
            return False
        act = self._asked_act(q.text)
        if act is None or act.word not in w or not self._undergoing(w, w.index(act.word)):
            return False
        forms = self._checked_verb_forms(act.word)
        if forms is None:
            return False
        return not self.said(forms, self.retriever.stated_stems(doc_id) - self.requested(doc_id))

    def why_undergone_alone(self, q: Question, doc_id: str) -> bool:
        """ "Why did <a name> <verb> <its thing> …" against a fact telling the verb (a form or a synonym the brief
        gives) only of that thing itself, with nothing it was done to: "why did the port end its lease" against "one
        of the guild's two port leases had recently expired". A verb with no object after it whose subject is the
        question's thing (told within RUN_OUT_REACH words before it, no person or organization named between) tells
        the thing ran its course, not that the name ended it; a name before the thing ("port leases") says only
        whose it is. The question's thing is the noun right after its verb (after a determiner or not)."""
        fact = self.brief.facts.get(doc_id)
        if fact is None or q.words[:2] not in (["why", "did"], ["why", "does"], ["why", "do"]):
            return False
        w = q.words
        named = self.subjects.named_positions(q)
        start = 3 if 3 in named and 2 not in named and w[2:3] and w[2] in DETERMINERS else 2
        end = start
        while end in named:
            end += 1
        if end == start or end + 1 >= len(w):
            return False
        forms = self._checked_verb_forms(w[end])
        at = end + 2 if w[end + 1] in OBJECT_OPENINGS else end + 1
        if forms is None or at >= len(w) or at in named or w[at] in STOPWORDS:
            return False
        thing = self.forms(w[at])
        tokens, stems_ = self._own_voice(fact.statement)
        # not a noun after its determiner ("as of the end of July")
        told = [
            i for i, s in enumerate(stems_) if self.said(forms, {s}) and (i == 0 or tokens[i - 1] not in DETERMINERS)
        ]

        def alone(i: int) -> bool:
            after = tokens[i + 1 : i + 2]
            if after and (after[0] == "by" or after[0] in OBJECT_OPENINGS or after[0] not in STOPWORDS):
                return False  # done to something ("ended its lease"), or by someone ("ended by the port")
            j = next(
                (j for j in range(i - 1, max(-1, i - RUN_OUT_REACH - 1), -1) if self.said(thing, {stems_[j]})), None
            )
            if j is None or self._complement_of_verb(tokens, j):
                return False  # "wanted the contracts kept": kept by the one who wanted it, not run its course
            return not actors_in(list(tokens[j + 1 : i]), self._name_spans, self._kind_of)

        return bool(told) and all(alone(i) for i in told)

    def _complement_of_verb(self, tokens: tuple[str, ...], at: int) -> bool:
        """The noun at `at` is the object of a verb before it, its determiner and any name in front of it aside
        ("Lind wanted the guild's leases kept", "had the Harbour lease renewed"): a participle after it says what
        that verb's doer would have done to it (general English object complement), not what the thing did itself
        ("one of the guild's two leases had expired": no verb before "two leases")."""
        listed = list(tokens)
        named = {k for a, b, _ in self._name_spans(listed) for k in range(a, b)}
        k = at - 1
        while k >= 0 and (listed[k] in DETERMINERS or listed[k] in OBJECT_OPENINGS or k in named):
            k -= 1
        if k < 0 or k == at - 1:
            return False
        # an inflected verb ("wanted", "saw"; lemminflect: "want" is a noun too), not an auxiliary ("had expired")
        lemmas = set(English.lemmas(listed[k]).get("VERB", ())) - {listed[k]}
        return bool(lemmas) and lemmas.isdisjoint({"be", "have"})

    def why_done_to_others(self, q: Question, doc_id: str, people: AbstractSet[str]) -> bool:
        """A why-question whose act the fact tells only as done to others than the question says underwent it (see
        `_done_to_another`) when those are people (`people`: nouns for them): "why were the keepers arrested",
        "why did the port arrest the keepers", against "helped the port arrest 40
        sailors": the reason asked is of something no fact tells happened. (Other things an active question says
        were done to are often paraphrased: not checked.)"""
        fact = self.brief.facts.get(doc_id)
        if fact is None or q.words[:1] != ["why"]:
            return False
        act = self._asked_act(q.text)
        w = q.words
        if act is None and w[1:2] and w[1] in ("did", "does", "do"):
            # "why did the port arrest the keepers": "arrest" is a noun too, so no asked_act; a verb by its place,
            # after the subject (not after a determiner) and before a determiner opening what it was done to
            at = next(
                (
                    i
                    for i in range(3, len(w) - 1)
                    if w[i - 1] not in OBJECT_OPENINGS and w[i] not in STOPWORDS and w[i + 1] in OBJECT_OPENINGS
                ),
                None,
            )
            if at is None or w[at + 2 : at + 3] == [] or w[at + 2] not in people:
                return False  # what it was done to: a people noun right after the determiner
            act = Act(w[at], stem(w[at]))
        elif act is None or act.word not in w or not any(t in people for t in self._undergoing(w, w.index(act.word))):
            return False  # in the passive, people underwent it ("why were the keepers arrested")
        return self._done_to_another(q, act, fact.statement)

    def done_to_others(self, q: Question, doc_id: str) -> bool:
        """A yes/no question in the passive whose act (its main verb: acts.asked_act) the fact tells only as done to
        someone or something else than the question says underwent it ("were the keepers arrested" against "helped
        the port arrest 40 sailors"; see `_done_to_another`): it settles nothing of them."""
        fact = self.brief.facts.get(doc_id)
        act = self._asked_act(q.text)
        if (
            fact is None
            or act is None
            or act.word not in q.words
            or act.word in BASED_ASKS  # "is the guild headquartered in Harwich": where it is, nothing done to it
            or not self._undergoing(q.words, q.words.index(act.word))
        ):
            return False  # only in the passive: what an active one says was done to is often paraphrased ("change
            # his mind" for "change course")
        return self._done_to_another(q, act, fact.statement)

    def done_to_other_than_named(self, q: Question, doc_id: str) -> bool:
        """A who-question asking who did its act to the name right after the verb, alone ("who was running the
        Harbour at the time"), against a fact telling the act only as done to something else ("the Harbour paid Ada
        Lind for running its archive", see `_done_to_another`): it names no one who did it to them."""
        fact = self.brief.facts.get(doc_id)
        act = self._asked_act(q.text)
        w = q.words
        if act is None and w[1:2] and w[1] in COPULAS and w[2:3] and w[2].endswith("ing"):
            # "who was running …": a verb by its place (after "who" and "was"), though "running" is a noun too
            act = Act(w[2], stem(w[2]))
        if q.kind != "who" or fact is None or act is None or act.word not in w:
            return False
        return self._done_to_another(q, act, fact.statement, name_alone=True)

    def act_unstated(self, q: Question, doc_id: str) -> bool:
        """The question asks of an act (Decider.act_forms: a main verb only ever a verb, "arrested") that the fact
        does not state, not even clipped ("arrests"): a number in it counts something else."""
        forms = self.act_forms(q)
        if not forms or self.said(forms, self.retriever.stated_stems(doc_id)):
            return False
        if not RECEIVING_TOLD.isdisjoint(forms) and self._given_to_named(q, doc_id):
            return False  # "what did Lind get": "the keepers presented Lind with a letter" is her getting it
        return not self._plan_targets(q, doc_id, forms)

    def _given_to_named(self, q: Question, doc_id: str) -> bool:
        """The fact's statement tells a giving (GIVING_TOLD) to one the question names: the name within
        GIVEN_REACH words after the verb, with "to" before it ("handed to Ada Lind") or "with" right after it
        ("presented Ada Lind with a letter"): what the question asks that one got."""
        fact = self.brief.facts.get(doc_id)
        if fact is None or not q.entities:
            return False
        tokens = words(fold(fact.statement))
        for start, end, ent_id in self._name_spans(tokens):
            if ent_id not in q.entities:
                continue
            before = tokens[max(0, start - GIVEN_REACH) : start]
            givers = [k for k, t in enumerate(before) if t in GIVING_TOLD]
            if givers and ("to" in before[givers[-1] :] or tokens[end : end + 1] == ["with"]):
                return True
        return False

    def rank_act_untold(self, q: Question, noun: str, owner: str | None) -> bool:
        """ "Which guild exec met with Lind" (`noun`, a rank asked of the `owner` the question names before it, and
        another party named): no fact names the owner and every other party the question names and states the verb
        right after the noun ("met": its forms, `_act_forms`), so no one of the owner's is told doing it with them
        and "don't name that executive" would keep a false premise (fresh tester 74, O2). False when no owner or no
        other party is named ("which guild official signed the lease": the premise is the lease's signing) or no
        verb follows the noun."""
        at = next((i for i, w in enumerate(q.words) if w == noun), None)
        others = [e for e in q.entities if e != owner]
        if owner is None or at is None or not others:
            return False
        forms = self.act_after(q, at)
        if not forms:
            return False
        # only the facts naming the owner and every other party (a compiled brief's `names` table), not every fact
        return not any(
            self.said(forms, self.retriever.stated_stems(fact.id, keep=False))
            for fact in self.brief.facts_naming([owner, *others])
        )

    def act_after(self, q: Question, at: int, *, relative: bool = False) -> frozenset[str]:
        """The forms (`_act_forms`) of the verb right after the noun at `at` ("which guild exec met …"), or with
        `relative` after a relative word opening a clause on it ("the guild guy who spoke …"), where a word that is
        a noun too is read as the verb it stands as; empty when no verb stands there."""
        opened = relative and q.words[at + 1 : at + 2] in (["who"], ["that"])
        after = at + 1 + opened
        if after >= len(q.words):
            return frozenset()
        word = q.words[after]
        lemma = self.retriever.english.verb(word)
        if lemma is None and relative:
            # the asked one's verb there is one even when it is a noun too ("the guy who spoke", "which exec spoke")
            lemma = next(iter(English.lemmas(word).get("VERB", ())), None)
        if lemma is None:
            return frozenset()
        # "the guy who talked to the Gazette" is told by "spoke to the Gazette": speaking's verbs (SPEAKING_TO) alike
        alike = frozenset(stem(w) for w in SPEAKING_TO) if lemma in SPEAKING_ASKED else frozenset()
        return self._act_forms(Act(word, lemma)) | alike

    def states_deed(self, q: Question, at: int, fact_id: str) -> bool:
        """The fact states the act asked of the one at `at` (`act_after`, relative) and every word it is done to
        ("called the police": "call" and "police", as stems; a word of no content, STOPWORDS, aside): the deed,
        not the verb alone ("which the Gazette calls …" tells no one called the police)."""
        return self._states(*self._deed(q, at), fact_id)

    def deed_told(self, q: Question, at: int) -> bool:
        """Some fact of the brief `states_deed`. Only the facts the index holds every word done to in read (the
        intersection of `Index.holding`, as `Decider._noun_only_of` reads a stem's documents), not every fact: at
        100,000 facts the walk fetched every id and checked facts until one told the deed (~100 ms on a refusal
        path, seconds when none does; sp2b). A deed done to no word ("which guild member spoke") still walks every
        fact. (The index splits a word at an apostrophe and keeps a non-ASCII word whole, where `words` joins and
        splits them: a fact holding a word done to only so is not read, as `_noun_only_of` reads none such.)"""
        forms, done_to = self._deed(q, at)
        if not forms:
            return False
        if not done_to:
            return any(self._states(forms, done_to, fact_id) for fact_id in self.brief.facts)
        held: set[str] | None = None
        for stem_ in sorted(done_to, key=self.index.doc_freq):  # the rarest first: the smallest sets intersected
            ids = set(self.index.holding(stem_))
            held = ids if held is None else held & ids
            if not held:
                return False
        entities = self.brief.entities
        return any(self._states(forms, done_to, doc_id) for doc_id in held or () if doc_id not in entities)

    def _deed(self, q: Question, at: int) -> tuple[frozenset[str], set[str]]:
        """The act asked of the one at `at` (`act_after`, relative) and the stems of the words it is done to."""
        forms = self.act_after(q, at, relative=True)
        opened = q.words[at + 1 : at + 2] in (["who"], ["that"])
        return forms, {stem(w) for w in q.words[at + 2 + opened :] if w not in STOPWORDS}

    def echo_act(self, q: Question) -> frozenset[str]:
        """The stems a fact must state for the act an echo question asks what it was done to or with ("the guild
        compared the lease to what", "Lind said what"): "what" closes it where a fronted question opens with it
        ("what did the guild compare the lease to"), and the act is the first word past its subject that is only
        ever a verb and not in its lemma's form (a past: "compared"), with no auxiliary or copula before it ("was
        worth what", "were compared to what": no act of the subject's), nor any verb after it ("told them to ask
        what": the "what" is the later verb's). The fronted question of a past act closing on its preposition asks
        the same of it (`act_forms`: "what did they compare it to"; "what does it refer to" asks a meaning, no
        act). Nothing otherwise. General English."""
        tokens = q.words
        if tokens[:2] == ["what", "did"] and tokens[-1] in STRANDED:
            # "what did the protesters compare the guild to"; not a saying ("what did the guild say it was about"),
            # which a quote tells in the speaker's own words, no verb of saying in them
            forms = self.act_forms(q)
            return frozenset() if forms & {stem(w) for w in SPEECH_VERBS} else forms
        if len(tokens) < 3 or tokens[-1] != "what" or tokens[0] in WH_WORDS:
            return frozenset()
        named = self.subjects.named_positions(q)
        verb = self.retriever.english.verb
        for j, t in enumerate(tokens[:-1]):
            if t in AUXILIARIES or t in COPULAS or t in WH_WORDS:
                return frozenset()
            lemma = verb(t) if j > 0 and j not in named else None
            if lemma is not None and lemma != t and lemma not in LIGHT_VERBS:
                if t in SPEECH_VERBS:
                    return frozenset()  # "Lind said what": her quote tells it, with no "said" in it
                later = [k for k in range(j + 1, len(tokens) - 1) if k not in named and verb(tokens[k]) is not None]
                return frozenset() if later else self._act_forms(Act(t, lemma))
        return frozenset()

    def _states(self, forms: frozenset[str], done_to: set[str], fact_id: str) -> bool:
        return self.states_act(forms, fact_id) and done_to <= self.retriever.stated_stems(fact_id, keep=False)

    def states_act(self, forms: frozenset[str], fact_id: str) -> bool:
        """The fact's statement states one of the act's `forms` (`act_after`)."""
        return bool(forms) and self.said(forms, self.retriever.stated_stems(fact_id, keep=False))

    def _plan_targets(self, q: Question, doc_id: str, forms: frozenset[str]) -> bool:
        """ "How many people did the raid target": those aimed at are those a plan counts ("planned to arrest 6,200
        people"), whose figure the lead gives as planned (compose.figures: "(planned)"); only in a count, never a
        verdict on a plan as done, nor "who did the protesters target" (fresh tester 64 R2)."""
        if q.kind != "count" or forms.isdisjoint(TARGETING_STEMS):
            return False
        fact = self.brief.facts.get(doc_id)
        return fact is not None and PLANNED().search(fact.statement) is not None

    def count_not_of_act(self, q: Question, doc_id: str) -> bool:
        """The question asks how many underwent an act (Decider.act_forms; asked in the passive) that the fact
        states, but no count in the fact has the act near it: within COUNT_ACT_REACH characters after the count
        ("thousands of protesters pressed the company … over its policy of separating families" counts the
        pressing, not the separated) or right before it ("the arrests of over 400 immigrants")."""
        forms = self.act_forms(q)
        fact = self.brief.facts.get(doc_id)
        if not forms or fact is None or not asks_passive(q.words) or self._plan_targets(q, doc_id, forms):
            return False  # only of those who underwent it: "how many … were separated", not "… did they facilitate"
        text = without_dates(fact.statement)
        counts = [m for m in COUNT().finditer(text) if not is_sum(text, m)]
        if not counts:
            return False

        def near(span: str) -> bool:
            return self.said(forms, {stem(w) for w in words(fold(span))})

        after, before = COUNT_ACT_REACH
        return not any(
            near(text[m.end() : m.end() + after]) or near(text[max(0, m.start() - before) : m.start()]) for m in counts
        )

    def asks_beginning(self, q: Question) -> bool:
        """ "When did the guild start", "when did Lind begin": when a person or organization itself began, the question
        naming nothing else it did."""
        rest = [t for t in q.leftover if t not in STARTING and t not in CUE_TERMS and t not in STOPWORDS]
        kinds = [self.brief.entities[e].kind for e in q.entities]
        return bool(kinds) and not rest and all(k in ACTOR_KINDS for k in kinds) and not self._with_named(q)

    def _with_named(self, q: Question) -> bool:
        """ "When did the guild start with Harbour": "with" right before a name the question gives asks when the two
        began dealing with each other, which a fact need not tell with a word of beginning, not when either began."""
        named = self.subjects.named_positions(q)
        return any(w == "with" and i + 1 in named for i, w in enumerate(q.words))

    def tells_beginning(self, q: Question, doc_id: str) -> bool:
        """The fact has a word of beginning (BEGINNING) within BEGINNING_REACH words of a name the question gives."""
        fact = self.brief.facts.get(doc_id)
        if fact is None:
            return False
        tokens = words(fold(fact.statement))
        at = [a for a, _, e in self._name_spans(tokens) if e in q.entities]
        return any(t in BEGINNING and any(abs(i - a) <= BEGINNING_REACH for a in at) for i, t in enumerate(tokens))

    def idiomatic(self, doc_id: str) -> frozenset[str]:
        """Stems of the words a fact's statement and quotes have only in an idiom of being criticized
        (normalize.criticism_at: "came under fire"), never as typed elsewhere ("fired its staff")."""
        fact = self.brief.facts[doc_id]
        idiom: set[str] = set()
        plain: set[str] = set()
        for text in (fact.statement, *(c.quote for c in fact.citations)):
            tokens = words(fold(text))
            for i, t in enumerate(tokens):
                (idiom if criticism_at(tokens, i) else plain).add(stem(t))
        return frozenset(idiom - plain)

    def _requested(self, doc_id: str) -> frozenset[str]:
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

    def _done_to_another(self, q: Question, act: Act, statement: str, *, name_alone: bool = False) -> bool:
        """The fact tells of the asked act only as done to something else: "when did the guild sign its lease"
        against "a petition signed by 300 keepers", "when did the keepers get arrested" against "helped the port arrest
        40 sailors". What the question says the act was done to is its words after the verb, or in the passive what
        it says underwent it (`_undergoing`); the fact's verb must have one of them (or a synonym the brief gives)
        within ACT_REACH words (PASSIVE_REACH for a passive question), or, for a passive question against a fact
        telling the act in the passive too ("the contract, first signed in 2013, was renewed"), anywhere before the
        verb: its subject. With `name_alone`, a name right after the question's verb and no noun after it is what the
        act was done to (else the subject checks weigh it)."""
        verb = q.words.index(act.word) if act.word in q.words else -1
        named = self.subjects.named_positions(q)
        if verb < 0 or verb in named or stem(act.word) in q.context:
            return False  # part of a name ("the Harbour Intercept") or of whose account is asked ("according to")
        undergoing = self._undergoing(q.words, verb)
        if undergoing:
            asked = undergoing
        elif q.words[verb + 1 : verb + 2] and q.words[verb + 1] in OBJECT_OPENINGS:
            asked = q.words[verb + 1 :]
        elif verb + 1 in named:
            # "… occupy Harbour's office": the noun right after the name is what the act was done to, the name only
            # whose it is (a fact naming it near the act tells nothing of an office); "… confront Lind about …", "…
            # protesting Harbour Leeds": the name itself, which the fact's subject check weighs
            after = next(j for j in range(verb + 1, len(q.words) + 1) if j not in named)
            asked = q.words[after : after + 1]
            if asked and q.words[after + 1 : after + 3] in ([p, asked[0]] for p in REDOUBLING):
                asked = []  # "confront Lind face to face", "… side by side": a noun doubled round it says how
            if not asked or asked[0] in STOPWORDS or asked[0] in CHAT:
                if not name_alone:
                    return False
                asked = q.words[verb + 1 : after]  # with `name_alone`, the name itself: it must be near the act
        else:
            return False  # nothing after it is what it was done to
        # words the question gives only as its scene ("expire, the one the Gazette mentions": which contract is
        # meant) are no object of the act (blind set BU)
        objects = [
            self.forms(w)
            for w in asked
            if w not in STOPWORDS
            and w not in CUE_TERMS
            and w not in CHAT
            and w not in q.date_words
            and stem(w) not in q.context
        ]
        if not objects:
            return False
        starts, tokens, said = self._statement_words(statement)
        forms = self._act_forms(act)
        clipped = [f for f in forms if len(f) >= CLIPPED]  # `said` of each word alone, without a set built for it
        # clipped too: "signatures" for "sign"
        at = [i for i, s in enumerate(said) if s in forms or any(s.startswith(f) for f in clipped)]
        at += self._told_as(forms, said)  # "taken down" for "remove", a phrase the brief gives it as
        if name_alone:  # the act told as a verb ("running", "ran"), not as a noun of its doers ("the protesters")
            at = [i for i in at if tokens[i] == act.word or self.retriever.english.verb(tokens[i]) is not None]
        before, after = PASSIVE_REACH if undergoing else ACT_REACH

        # a person or organization named right before a verb in the active voice ("the port signed a lease") is who
        # did it: what underwent it comes after the verb, never before its doer
        # (only of a question truly in the passive: nothing it names or a determiner right after its verb, as in "is it
        # true the guild dropped the port", whose words before the verb `_undergoing` takes too)
        passive = bool(undergoing) and verb + 1 not in named and not set(q.words[verb + 1 : verb + 2]) & OBJECT_OPENINGS
        doers = {end for _, end, e in self._name_spans(list(tokens)) if self._kind_of(e) in ACTOR_KINDS}
        # "according to the guild's report, …" names who tells it, never what underwent the act told after it
        told_by = [m.span() for m in ATTRIBUTION().finditer(statement)]
        said = tuple("" if any(a <= at < b for a, b in told_by) else s for at, s in zip(starts, said, strict=True))

        def reached(i: int) -> set[str]:
            if undergoing and tokens[i - 1 : i] and tokens[i - 1] in BEING:
                return set(said[:i])  # "… was renewed": told of its subject
            if passive and i in doers and (i < 2 or tokens[i - 2] not in RELATIVE_OPENINGS):
                # "when was the guild signed" against "… the guild's report, says the port signed a lease": the
                # lease was signed, by the port; the guild named before is neither ("the lease that the port signed"
                # is that lease's own clause)
                return set(said[i + 1 : i + after + 1])
            near = set(said[max(0, i - before) : i + after + 1])
            if tokens[i - 1 : i] and tokens[i - 1] in BEING:  # "the messages posted on its page were removed": the
                near |= _passive_subject(statement, starts, tokens, i - 1)  # messages, not the page they were on
            return near

        return bool(at) and not any(any(f & reached(i) for f in objects) for i in at)

    def _told_as(self, forms: frozenset[str], said: tuple[str, ...]) -> list[int]:
        """Where the stems `said` hold a phrase the brief gives as a synonym of the act (`forms`): "taken down:
        [removed]" tells "remove" as "taken down"; the positions of the phrases' first words. (A one-word synonym is
        found by its stem already: `_phrases` holds the longer ones.)"""
        found = []
        for stems, synonyms in self._phrases:
            if synonyms.isdisjoint(forms):
                continue
            found += [i for i in range(len(said) - len(stems) + 1) if said[i : i + len(stems)] == stems]
        return found

    def _own_voice(self, statement: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """`_own_voice`'s words of the statement and their stems, kept for the statements read most recently
        (undated_act asks them of each of a date question's candidates)."""
        found = self._voices_kept.get(statement)
        if found is None:
            tokens = tuple(_own_voice(statement))
            found = self._voices_kept.put(statement, (tokens, tuple(stem(t) for t in tokens)))
        return found

    def _statement_words(self, statement: str) -> StatementWords:
        """The statement's words as WORD_AT finds them: where each starts, each as `words` has it, each one's stem;
        kept for the statements read most recently."""
        found = self._words_kept.get(statement)
        if found is None:
            matches = list(WORD_AT().finditer(statement))
            tokens = tuple(_word_at(m) for m in matches)
            found = (tuple(m.start() for m in matches), tokens, tuple(stem(t) for t in tokens))
            self._words_kept.put(statement, found)
        return found

    @staticmethod
    def _undergoing(tokens: list[str], verb: int) -> list[str]:
        """What a question in the passive says underwent the act at `verb`: the words between "was/were/is/are" and
        the act ("when were the keepers arrested"), or between the auxiliary and "get" right before the act ("when did
        the keepers get arrested"); empty when the question is not in the passive ("… got the docs showing …")."""
        if verb < 1 or tokens[verb].endswith("ing"):
            return []  # "was the guild working with …": no passive
        if tokens[verb - 1] in PASSIVE_FORMS:
            aux = next((i for i, t in enumerate(tokens[: verb - 1]) if t in AUXILIARIES), verb - 1)
            return tokens[aux + 1 : verb - 1]
        aux = next((i for i, t in enumerate(tokens[:verb]) if t in AUXILIARIES), verb)
        return tokens[aux + 1 : verb] if aux < verb and tokens[aux] in COPULAS else []

    def paid_the_other_way(self, q: Question, doc_id: str, verbs: frozenset[str]) -> bool:
        """ "How much did the guild pay the port" against "the port has paid the guild …": the question's payment
        verb (one of `verbs`) done by the other party in the fact (`_done_by_another`)."""
        fact = self.brief.facts.get(doc_id)
        verb = next((t for t in q.words if t in verbs), None)
        if fact is None or verb is None:
            return False
        return self._done_by_another(q, Act(verb, self.retriever.english.verb(verb) or verb), fact.statement)

    def paid_to_the_payer(self, q: Question, doc_id: str, verbs: frozenset[str]) -> bool:
        """ "How much did the guild pay the port" against "the guild was given $4 million": the one the question
        says paid (opening_actor, not asked in the passive) is told in the fact's own voice as receiving the money,
        its name followed within RECEIVER_REACH words by a verb of receiving (RECEIVING): whoever paid it, the
        fact gives no payment of the guild's."""
        fact = self.brief.facts.get(doc_id)
        if fact is None or verbs.isdisjoint(q.words) or asks_passive(q.words):
            return False
        payer = opening_actor(q.words, self._name_spans, self._kind_of)
        if payer is None:
            return False
        tokens = self._own_voice(fact.statement)[0]
        return any(
            entity == payer and not RECEIVING.isdisjoint(tokens[end : end + RECEIVER_REACH])
            for _, end, entity in self._name_spans(list(tokens))
        )

    def _done_by_another(self, q: Question, act: Act, statement: str) -> bool:
        """The fact tells of the asked act the other way round: "when did Lind confront the guild" against "the
        guild confronted Lind". The question opens with the one who acted (opening_actor; not asked in the
        passive: in "is it true (that) …", in the claim's own words, `claim_start`); in the fact's own voice (before
        any reported speech) the person or organization named last before the act is another one, and the asked one
        is named after it."""
        if asks_passive(q.words[claim_start(q.words) :]):
            return False
        actor = opening_actor(q.words, self._name_spans, self._kind_of)
        if actor is None:
            return False
        tokens, stems_ = self._own_voice(statement)
        forms = self._act_forms(act)
        clipped = [f for f in forms if len(f) >= CLIPPED]  # `said` of each word alone, without a set built for it
        at = next((j for j, s in enumerate(stems_) if s in forms or any(s.startswith(f) for f in clipped)), None)
        if at is None:
            return False
        before = actors_in(list(tokens[:at]), self._name_spans, self._kind_of)
        after = actors_in(list(tokens[at + 1 :]), self._name_spans, self._kind_of)
        return bool(before) and before[-1] != actor and actor in after

    def _done_by_others(self, q: Question, actor: str, forms: list[frozenset[str]], statement: str) -> bool:
        """The fact tells the asked act of others than `actor`, the one the question opens with (`_asked_of`): in its
        own voice, "at / from
        other …" ("volunteers at other guilds went on strike") with none of the asked words told before it (but for
        the ones said to be at the other places, "volunteers") and the asked one named only after it ("… and urged
        the Harbour's crews to do the same"). A question asking about others ("did other guilds strike") is not
        checked."""
        if not OTHERS.isdisjoint(q.words):
            return False
        tokens, stems_ = self._own_voice(statement)
        others = next(
            (j for j in range(1, len(tokens)) if tokens[j] in OTHERS and tokens[j - 1] in OTHERS_OPENINGS), None
        )
        if others is None:
            return False
        # the asked words told before it, but for whom it says are at other places ("volunteers" at other guilds)
        if any(any(self.said(f, {s}) for f in forms) for s in stems_[: others - 2]):
            return False
        before = actors_in(list(tokens[:others]), self._name_spans, self._kind_of)
        return actor not in before and actor in actors_in(list(tokens[others:]), self._name_spans, self._kind_of)

    def _staff_of_another(self, q: Question, statement: str) -> bool:
        """The question's subject is employees (EMPLOYED, right after its auxiliary past determiners, numbers and
        names: "when did the 300 employees …") and it names an organization as theirs, and every employee the fact
        tells of is another organization's, named right before them or after "at", "of" or "from": "when did the
        employees walk out of the guild" against "Harbour Co employees presented a letter …" tells of another
        firm's staff, not the guild's. Employees named elsewhere in the question ("when was the letter to the
        guild's staff read out") are not its doers."""
        aux = next((i for i, t in enumerate(q.words) if t in AUXILIARIES), None)
        if aux is None:
            return False
        at_firm = {
            i
            for a, b, e in self._name_spans(q.words)
            if self._kind_of(e) in ORGANIZATION_KINDS
            for i in range(a, b)
        }
        k = aux + 1
        while k < len(q.words) and (k in at_firm or q.words[k] in DETERMINERS or q.words[k].isdigit()):
            k += 1
        if q.words[k : k + 1] == [] or q.words[k] not in EMPLOYED:
            return False
        # the firm asked as theirs: named before them ("the guild's employees") or after "of", "at" or "from" later
        # ("… walk out of the guild"); not one named as what they acted about ("confront Lind about the guild")
        asked = {
            e
            for a, b, e in self._name_spans(q.words)
            if self._kind_of(e) in ORGANIZATION_KINDS
            and (b <= k or (a > k and q.words[a - 1] in ("of", "at", "from")))
        }
        tokens = words(fold(statement))
        firms = {a: (b, e) for a, b, e in self._name_spans(tokens) if self._kind_of(e) in ORGANIZATION_KINDS}
        employers = {e for b, e in firms.values() if tokens[b : b + 1] and tokens[b] in EMPLOYED}
        for j, t in enumerate(tokens):
            # "workers at Harbour Co and Lantern": each firm listed after the preposition
            if t not in EMPLOYED or tokens[j + 1 : j + 2] not in (["at"], ["of"], ["from"]):
                continue
            k = j + 2
            while k in firms:
                b, e = firms[k]
                employers.add(e)
                k = b + 1 if tokens[b : b + 1] in (["and"], ["or"]) else b
        return bool(asked) and bool(employers) and asked.isdisjoint(employers)

    def _pinned_subject(self, doc_id: str, q: Question, named: list[str]) -> bool:
        """The fact involves two specific things the question names and opens with the first of them as its subject:
        it tells what that one did with the other, whatever verb the question uses for it."""
        if len(self.subjects.specific_entities(doc_id, q)) < 2:
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
            if not self.subjects.ubiquitous_entity(ent_id):
                asked |= {stem(w) for w in words(self.brief.entities[ent_id].name) if w not in STOPWORDS}
        starts, _, said = self._statement_words(statement)
        stated = [at for at, s in zip(starts, said, strict=True) if s in asked]
        return bool(stated) and all(any(a <= at < b for a, b in spans) for at in stated)

    def _described(self, q: Question) -> frozenset[str]:
        """Stems of the role the glossary gives the question's named people: their description's opening clause, up
        to its first stop, comma or relative pronoun ("The guild's captain. She led …": guild, captain; what follows
        tells deeds, which may be the act asked). People only: an organization's description tells what it does."""
        return frozenset().union(*(self._role(e) for e in q.entities if self.brief.entities[e].kind == "person"))

    def _role(self, person: str) -> frozenset[str]:
        """`_described`'s stems for one person, worked out once (undated_act asks them of every candidate)."""
        found = self._roles.get(person)
        if found is None:
            opening = ROLE_CLAUSE().split(self.brief.entities[person].description, maxsplit=1)[0]
            found = self._roles[person] = frozenset(stem(w) for w in words(opening))
        return found

    def dates_act(self, q: Question, doc_id: str) -> bool:
        """Whether the fact may give the date a date question asks for (see undated_act)."""
        return q.kind != "date" or self.undated_act(q, doc_id) is None

    def _examining_undated(self, q: Question, statement: str) -> bool:
        """The question's main act is one of finding out about something (EXAMINING: "when did the Gazette report
        the 260 figure", "when did Harbourwatch review the documents") and the statement gives no date within
        EXAMINED_REACH words of a form of that verb: its date is of what was reported or reviewed (the raid's 2017,
        the memo's), not of the reporting (fresh tester 85)."""
        act = self._act_asked(q, publishing=True)
        if act is None or act.lemma not in EXAMINING:
            return False
        said = words(statement)
        dated = [i for i, w in enumerate(said) if EXAMINED_DATE.fullmatch(w)]
        done = [i for i, w in enumerate(said) if stem(w) == stem(act.lemma)]
        return not any(abs(i - j) <= EXAMINED_REACH for i in done for j in dated)

    def asks_saying(self, q: Question) -> bool:
        """The question's main act is a saying (SAYING: "when did the guild say that", "when was it claimed"): its
        verb as typed, else the one right after the name it opens with, else a saying word right after any name (a
        follow-up read "when was the guild say about the lamp")."""
        act = self._act_asked(q)
        if act is not None:
            return act.word in SAYING or act.lemma in SAYING
        named = self.subjects.named_positions(q)
        return any(w in SAYING and i - 1 in named for i, w in enumerate(q.words) if i)

    def _asks_judging(self, q: Question) -> bool:
        """The question's act (Decider.act_forms) is holding a judgement (JUDGING: "why did Lind think the lease was
        reckless"): a view told only as said, so a fact telling it said in its own voice tells it (blind set CA)."""
        return not self.act_forms(q).isdisjoint(JUDGING | {stem(w) for w in JUDGING})

    def _act_asked(self, q: Question, *, publishing: bool = False) -> Act | None:
        """The question's main act: its verb as typed, else the one right after the name it opens with (a word of
        articles too with `publishing`: "when did the Gazette report the figure", acts.act_after_name)."""
        named = self.subjects.named_positions(q)
        act = self._asked_act(q.text)
        if act is not None and any(q.words[i] == act.word for i in named):
            act = None  # "did Lind say Google was …": a name that is a verb too ("google") is no act, as in act_forms
        return act or act_after_name(q.words, named, publishing=publishing)

    def _main_verb(self, text: str) -> Act | None:
        """acts.asked_act of the question as typed: "lose", not the "lost" the typo fixer makes of it."""
        return asked_act(words(text), text, self.retriever.english.verb)

    def _object_typed(self, q: Question, act: Act, fact: FactData, named: AbstractSet[int]) -> bool:
        """A word of what the question says the act was done to (its words after the verb that are no stop words
        nor names, `named`: their positions) stands in the fact's statement or quotes in the very form typed:
        "op-ed" for "publish his op-ed", but not "reported" for "publish its report"."""
        at = q.words.index(act.word) if act.word in q.words else len(q.words)
        done_to = {w for i, w in enumerate(q.words[at + 1 :], at + 1) if i not in named and w not in STOPWORDS}
        told = set(words(fold(" ".join([fact.statement, *(c.quote for c in fact.citations)]))))
        return not done_to.isdisjoint(told)

    def done_unnamed(self, q: Question, text: str) -> bool:
        """The question's main verb (asked_act, or the one right after "who") is told in `text` only in the passive
        with no one named after it ("the messages were removed within hours"): the text says it was done, not by
        whom."""
        act = self._asked_act(q.text)
        if act is None and q.words[:1] == ["who"] and len(q.words) > 1:  # "who removed them": the verb after "who"
            lemma = self.retriever.english.verb(q.words[1])
            act = Act(q.words[1], lemma) if lemma is not None else None
        if act is None:
            return False
        tokens = words(fold(text))
        forms = self._act_forms(act)
        at = [i for i, t in enumerate(tokens) if self.said(forms, {stem(t)})]
        return bool(at) and all(
            i > 0 and tokens[i - 1] in PASSIVE_AUXILIARIES and "by" not in tokens[i + 1 : i + 1 + AGENT_REACH]
            for i in at
        )

    def who_act_untold(self, q: Question, doc_id: str) -> bool:
        """ "Who <verb> …" with a verb only ever a verb ("who organized the march", "who signed the lease"), not a
        light one nor one of speech, against a fact that does not state it in any form (nor a synonym the brief
        gives): the fact tells of the thing, not of who did that to it."""
        if q.words[:1] != ["who"] or len(q.words) < 3 or doc_id not in self.brief.facts:
            return False  # (a glossary entry's description is `done_unnamed`'s)
        word = q.words[1]
        lemma = self.retriever.english.verb(word)
        if lemma is None or lemma in LIGHT_VERBS or word in LIGHT_FORMS or word in SPEECH_VERBS:
            return False
        # what it was done to opens right after the verb, or after a preposition the verb takes ("who voted for the
        # lease", "who paid for the pier"): the act is asked of it just the same
        opening = q.words[3] if q.words[2] in VERB_PREPOSITIONS and len(q.words) > 3 else q.words[2]
        if word in ARTICLE_VOCABULARY | PUBLISHING_VERBS | REPORTING_VERBS or opening not in OBJECT_OPENINGS:
            return False  # "who ran the piece": an article's outlet; "who called it …": the words asked
        if self.thing_absent(q, doc_id):
            # "who created the petition": "Lind co-founded the guild" tells a founding of another thing, in whatever
            # verb the brief gives for the one asked
            return True
        forms = self._checked_verb_forms(word)  # not one the brief never uses: "landed" may be its "was given"
        if forms is None:
            return False
        if self.document_maker_told(q, doc_id):
            return False  # "who organized the leaflet": "the leaflet … was produced by the guild" tells its maker
        if not self.said(forms, self.retriever.stated_stems(doc_id) - self.requested(doc_id)):
            return True
        # in its statement and the words it quotes, as `stated_stems` found it ("were taken down" in the statement,
        # "were removed within hours" quoted): each telling is weighed
        fact = self.brief.facts[doc_id]
        return self._only_unnamed_doer(forms, " . ".join([fact.statement, *(c.quote for c in fact.citations)]))

    def thing_absent(self, q: Question, doc_id: str) -> bool:
        """ "Who <begins> the <thing>" (BEGINNING_VERBS) of a thing no name stands for ("who created the petition",
        `asked_deed`), against a fact (or entry) stating neither the thing's word, in any spelling
        (`Retriever.spellings`: "flier", "flyer"), nor a word the brief gives for it: the beginning it tells ("Lind
        co-founded the guild") is of something else."""
        deed = self.asked_deed(q)
        if deed is None or (self.retriever.english.verb(q.words[1]) or q.words[1]) not in BEGINNING_VERBS:
            return False  # (the act of another verb may be told of the thing in other words: "held actions")
        if any(q.words[i] in deed[1].split() for i in q.named_at):
            return False
        thing = stem(deed[1].split()[-1])
        alike = {thing} | self.retriever.spellings.get(thing, set())
        alike |= {stem(w) for v in self._synonyms.get(deed[1].split()[-1], ()) for w in words(v)}
        return alike.isdisjoint(self.retriever.stated_stems(doc_id))

    def document_maker_told(self, q: Question, doc_id: str) -> bool:
        """ "Who organized (made, wrote, produced …) the leaflet": a written thing (speech.DOCUMENTS) asked its maker,
        whose fact opens a sentence with it and tells it "was <made> by" someone (MADE_BY: "The leaflet handed out on
        Monday was produced by the guild"): the maker is told, in whichever verb of making."""
        deed = self.asked_deed(q)
        fact = self.brief.facts.get(doc_id)
        if deed is None or fact is None or q.words[1] not in DOCUMENT_MAKING:
            return False
        thing = deed[1].split()[-1]
        if thing not in DOCUMENTS:
            return False
        for sentence in SENTENCE_END.split(fact.statement.lower()):
            tokens = words(sentence)
            for i, w in enumerate(tokens[2:-1], 2):
                if w in MADE_BY and tokens[i + 1] == "by" and tokens[i - 1] in BEING:
                    subject = tokens[: next((j for j, t in enumerate(tokens) if t in SUBJECT_ENDS), i)]
                    # the thing in either spelling ("flier" asked, "The flyer … was produced by")
                    if not ({stem(thing)} | self.retriever.spellings.get(stem(thing), set())).isdisjoint(
                        stem(t) for t in subject
                    ):
                        return True
        return False

    def object_act_untold(self, q: Question, doc_id: str) -> bool:
        """ "Who did <a name> <verb> …" ("who did the guild call on the keepers", "whom did Lind sue"): whom the one
        named did it to is asked, against a fact that does not tell that act (a form or a synonym the brief gives) as
        done by them (`_told_by`): it names no one they did it to. A light verb, one of speech or of articles, or
        one the brief never uses is not checked."""
        w = q.words
        if w[:2] not in (["who", "did"], ["whom", "did"]) or doc_id not in self.brief.facts:
            return False
        start = 3 if w[2:3] == ["the"] else 2
        span = next(((end, e) for begin, end, e in self._name_spans(w) if begin == start), None)
        if span is None or self._kind_of(span[1]) not in ACTOR_KINDS:
            return False
        at, actor = span
        # the verb right after the name, whose object is the "who" asked: nothing, or a function word, follows it
        # ("call on the keepers", "call"); not a word of a longer subject ("who did the guild staff hand it to"), nor
        # another subject ("who did Lind and Ames go after")
        if at >= len(w) or w[at] in STOPWORDS or w[at] in SPEECH_VERBS:
            return False  # (nor "who did the Gazette quote": whose words, told in many ways)
        if at + 1 < len(w) and w[at + 1] not in STOPWORDS:
            return False
        forms = self._checked_verb_forms(w[at])
        return forms is not None and not self._told_by(self.brief.facts[doc_id].statement, actor, forms)

    def _only_unnamed_doer(self, forms: frozenset[str], statement: str) -> bool:
        """Each word of the statement in the act's forms is an agent noun after "a", "an" or "one" ("an organizer
        shouted"): a doer of it told, but no one named; or a passive participle with no "by" after it (`_agentless`:
        "the lease (the one signed in 2019)"), so the fact does not say who did it."""
        # sentence by sentence: one's first word follows nothing ("… on its servers. Organizers will be …")
        told = [words(sentence) for sentence in SENTENCE_END.split(statement.lower())]
        found = [(said, i) for said in told for i, w in enumerate(said) if stem(w) in forms]
        return bool(found) and all(_unnamed_agent(said, i) or _agentless(said, i) for said, i in found)

    def done_to_asked(self, q: Question, doc_id: str) -> bool:
        """The fact's statement tells the act of a "who <verb> the …" question (`asked_deed`) done to its thing (the
        phrase's last word): within ACT_REACH words after the act ("signed a lease"), or before it in the passive ("the
        lease … signed by")."""
        deed = self.asked_deed(q)
        fact = self.brief.facts.get(doc_id)
        forms = self._checked_verb_forms(q.words[1]) if deed is not None else None
        if deed is None or fact is None or not forms:
            return False
        thing = stem(deed[1].split()[-1])
        stems_ = [stem(t) for t in words(fold(fact.statement))]
        return any(
            thing in stems_[i + 1 : i + 1 + ACT_REACH[1]]
            or (stems_[i + 1 : i + 2] == ["by"] and thing in stems_[max(0, i - ACT_REACH[0]) : i])
            for i, s in enumerate(stems_)
            if s in forms
        )

    def asked_deed(self, q: Question) -> tuple[str, str] | None:
        """ "Who <verb> the …": the verb as typed and what it was done to, the words after the determiner up to a stop
        word, a participle after it ("the letter taped to the door": "letter") or the end, less dates and names ("who
        signed the Harbour 5m lease for keepers in 2019": ("signed", "5m lease")); None when no noun is left."""
        thing: list[str] = []
        at: list[int] = []
        for i, w in enumerate(q.words[3:], 3):
            if w in q.date_words:
                continue  # "the may 2019 protest": a month spelt as a function word dates the thing, ends nothing
            if w in STOPWORDS or (thing and w.endswith("ed") and self.retriever.english.verb(w) not in (None, w)):
                break
            if i not in q.named_at and w not in q.date_words and (w in q.leftover or any(c.isdigit() for c in w)):
                thing.append(w)
                at.append(i)
        if not any(w.isalpha() for w in thing):
            return None
        # the thing as typed, a name or hyphen between its words kept ("the anti-HQ notices", not "the anti
        # notices": tester 76 C1), when the question's words are the text's own
        typed = typed_between(q.text, at[0], at[-1]) if q.words == words(q.text) else None
        return q.words[1], typed or " ".join(thing)

    def asks_act(self, q: Question) -> bool:
        """The question has a main verb (asked_act, or the verb after the name opening it): "when was the contract
        renewed", "when did the guild sign its lease"; not "when was the contract"."""
        named = self.subjects.named_positions(q)
        return self._asked_act(q.text) is not None or act_after_name(q.words, named) is not None

    def _only_verb(self, act: Act) -> bool:
        """The act's word is only ever a verb (English.verb), as "publish" is and "sign" is not."""
        return self.retriever.english.verb(act.word) is not None

    def _act_forms(self, act: Act) -> frozenset[str]:
        """The act's own stems, its lemma's and its irregular past's ("lose" is told as "lost"); speaking asked in
        general ("speak", "talk") is told by any verb of making one's case aloud (SPEAKING_TOLD), a finding by any
        verb of bringing to light (FINDING_TOLD), a signing by its awarding or granting (SIGNING_TOLD)."""
        past = IRREGULAR.get(act.lemma)
        told = SPEAKING_TOLD if act.lemma in SPEAKING_ASKED else frozenset()
        told |= FINDING_TOLD if act.lemma in FINDING_ASKED else frozenset()
        told |= SIGNING_TOLD if act.lemma in SIGNING_ASKED else frozenset()
        told |= BUILDING_TOLD if act.lemma in BUILDING_ASKED else frozenset()
        told |= ARRIVING_TOLD if act.word in ARRIVING_ASKED else frozenset()
        told |= ENDING_ACTS if stem(act.lemma) in LEAVING_ACTS else frozenset()
        return self.forms(act.word) | {stem(act.lemma)} | ({stem(past)} if past else set()) | told

    def forms(self, term: str) -> frozenset[str]:
        """A question word's stem and the stems of the synonyms the brief gives for it."""
        return frozenset({stem(term)} | {stem(w) for v in self._synonyms.get(term, []) for w in words(v)})

    @staticmethod
    def said(forms: frozenset[str], said: AbstractSet[str]) -> bool:
        # isdisjoint, not `forms & said`: `said` may be a dict's keys (caches.stem_set), with which `&` gives a set
        return not forms.isdisjoint(said) or any(
            len(f) >= CLIPPED and any(s.startswith(f) for s in said) for f in forms
        )


# acts of a party leaving another (general English): "withdraw from", "drop out of" (read "withdraw"), "quit",
# "leave". One party leaving the other ends what ties the two, as the other ending it does: a leaving is told by any
# act ending the tie, told either way round ("when did the guild drop out of the fair" of "the fair dropped the
# guild" dates the parting; whose act it was is shown by the fact quoted)
LEAVING_ACTS = frozenset(stem(w) for w in "withdraw leave quit exit".split())
# "come" ending a yes/no question ("did the wardens come"), arriving (general English): told by its forms or "arrived"
ARRIVING_ASKED = frozenset("come comes came".split())
ARRIVING_TOLD = frozenset(stem(w) for w in "come came arrive arrived".split())


def _dating_verb(tokens: list[str], at: int) -> frozenset[str]:
    """The lemmas of the verb the year at `at` dates: the word before a preposition (DATING_PREPOSITIONS) right before
    the year, past a month or day ("signed in 2013", "renewed on 1 May 2015"), when that word is a verb's past form
    (lemminflect's tables: "contract in 2014" dates no act); empty when the year dates no verb so."""
    from lemminflect import getInflection, getLemma

    j = at - 1
    while j >= 0 and (tokens[j] in MONTH_WORDS or tokens[j].isdigit()):
        j -= 1
    if j < 1 or tokens[j] not in DATING_PREPOSITIONS:
        return frozenset()
    verb = tokens[j - 1]
    lemmas = getLemma(verb, upos="VERB")
    past = {f for lemma in lemmas for tag in ("VBD", "VBN") for f in getInflection(lemma, tag)}
    return frozenset(lemmas) if verb in past and verb not in lemmas else frozenset()


def _perfect(tokens: list[str], at: int) -> bool:
    """The verb at `at` follows "had", perhaps with an adverb between ("had recently protested")."""
    before = tokens[max(0, at - 2) : at]
    return before[-1:] == ["had"] or (len(before) == 2 and before[0] == "had" and before[1] in PERFECT_ADVERBS)


def _own_voice(statement: str) -> list[str]:
    """A fact's words (folded) before any reported speech ("…, the guild said that …"): what it tells itself."""
    tokens = words(fold(statement))
    return tokens[: next((j for j, t in enumerate(tokens) if t in REPORTED), len(tokens))]


def _passive_subject(statement: str, starts: tuple[int, ...], tokens: tuple[str, ...], being: int) -> set[str]:
    """The stems of the subject of a passive verb whose "was/were" is word `being` of the statement (`starts`, where
    its WORD_AT words start, and `tokens`, the words): from the clause's start (after the last comma, colon or full
    stop) to the first preposition or relative pronoun after its first word, which begins what only places or
    qualifies it ("the messages posted on the page were removed": "the messages posted")."""
    start = max(statement.rfind(p, 0, starts[being]) for p in ",;:.") + 1
    clause = [t for at, t in zip(starts[:being], tokens[:being], strict=True) if at >= start]
    end = next((k for k, t in enumerate(clause) if k > 0 and t in SUBJECT_ENDS), len(clause))
    return {stem(t) for t in clause[:end]}


def _arrival_asked(tokens: list[str]) -> Act | None:
    """ "Did the wardens come" (an auxiliary, an article or not, one word, then "come" ending the question): "come"
    with nothing after it is no light verb ("came to present", "came under fire") but the act of arriving, told by
    its own forms or by "arrived" (ARRIVING_TOLD); None otherwise."""
    at = 1 + (tokens[1:2] == ["the"])
    if len(tokens) != at + 2 or tokens[0] not in AUXILIARIES or tokens[-1] not in ARRIVING_ASKED:
        return None
    return Act(tokens[-1], "arrive")


def _response_received(tokens: list[str]) -> Act | None:
    """ "Get / receive / have a reply" (GETTING, maybe an opening word, then a noun of RESPONDING): the act asked
    is replying, done by whoever the reply is from ("did the letter get a response": did anyone respond)."""
    for i, t in enumerate(tokens[:-1]):
        if t not in GETTING:
            continue
        at = i + 1 + (tokens[i + 1] in RESPONSE_OPENINGS)
        if at < len(tokens) and tokens[at] in RESPONDING:
            verb = RESPONDING[tokens[at]]
            return Act(verb, verb)
    return None


# what follows a participle telling when or where it was done, not what it was done to ("the one signed in 2019")
PARTICIPLE_FOLLOWERS = frozenset("in on at during last".split())
PARTICIPLE_NOUN_OPENINGS = frozenset("the a an this that these those".split())  # "the one signed …": of that noun


def _unnamed_agent(said: list[str], i: int) -> bool:
    """The word at `i` is an agent noun naming no one: after "a", "an" or "one" ("an organizer shouted"), or plural
    after nothing, "the" or a quantifier and with no "from", "of", "with" or "at" after it saying whose ("Organizers
    planned …", "the organizers said"; not "organizers from the guild", "guild organizers")."""
    word = said[i]
    if not word.endswith(("er", "ers", "or", "ors")):
        return False
    before = said[i - 1] if i > 0 else ""
    if before in ("a", "an", "one"):
        return True
    return word.endswith("s") and before in UNNAMING and said[i + 1 : i + 2] not in (["from"], ["of"], ["with"], ["at"])


def _agentless(said: list[str], i: int) -> bool:
    """The word at `i` is a passive participle with no "by" naming who did it within its next words: after a form of
    "be" ("the lease was signed in 2019") or right after a determiner's noun and before when or where ("the one signed
    in 2019"), never an active verb ("the guild signed a lease")."""
    if "by" in said[i + 1 : i + 1 + ACT_REACH[1]]:
        return False
    if i and said[i - 1] in BEING:
        return True
    followed = said[i + 1 : i + 2]
    return i >= 2 and said[i - 2] in PARTICIPLE_NOUN_OPENINGS and bool(followed) and followed[0] in PARTICIPLE_FOLLOWERS


def _year_of_ending_clause(tokens: list[str], years: AbstractSet[str]) -> bool:
    """A year of `years` the question ties to a thing's end in a clause of its own: a word of ENDING opening one
    ("that / which expires in 2019") or a participle ("expiring in 2019"), within ENDING_REACH words before the
    year; the end is then what dates that thing, not the act asked."""
    for i, t in enumerate(tokens):
        if t not in years:
            continue
        for j in range(max(0, i - ENDING_REACH), i):
            if stem(tokens[j]) in ENDING and (tokens[j].endswith("ing") or tokens[j - 1 : j] in (["that"], ["which"])):
                return True
    return False


def _done_to_name(q: Question, verb: Act, named: set[int], only_verb: Callable[[str], str | None]) -> bool:
    """A name is the object right after the act's verb, closing the question or before a stop word ("did the harbour
    conference drop the guild as a sponsor"), the verb a word lemminflect knows as one ("inside" is none), and the
    subject's head before it (past adverbs and a place named inside the subject: "the conference at Lamport
    actually") is a noun: no name, people, pronoun or word only ever a verb (`only_verb`: "get inside"). A name or
    people doing the act are read by `act_after_name` and `_done_to_people`; a thing doing it to a name is told by
    the act's verb or a word the brief gives for it."""
    tokens = q.words
    at = tokens.index(verb.word) if verb.word in tokens else len(tokens)
    if at + 1 not in named or not English.may_be(verb.word, "VERB"):
        return False
    end = at + 1
    while end in named:
        end += 1
    if end < len(tokens) and tokens[end] not in STOPWORDS:
        return False  # "run Lind's op-ed": a noun after the name is what is acted on, the name its owner
    head = at - 1
    while head > 0 and tokens[head] in MID_ADVERBS:
        head -= 1
    if head in named:  # "the conference at Lamport": the head before the place named
        while head in named:
            head -= 1
        if tokens[head] not in SUBJECT_PLACING:
            return False
        head -= 1
    word = tokens[head]
    return (
        head > 0
        and head not in named
        and word not in PERSON_NOUNS | OBJECT_PRONOUNS | STOPWORDS
        and only_verb(word) is None
    )
