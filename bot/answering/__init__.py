"""Question in, Answer out, one step per module, in the order a question goes through them:

    normalize.py   clean text (invisible characters out), words, chat shorthand, "12m" -> "12 million"
    understand/    the kind of question (kinds.py), which words ask (clauses.py), dates (times.py), the
                   entities it names, typo fixes, subject words (understander.py)
    retrieve.py    tantivy BM25 candidates, re-scored by subject coverage and by what the kind asks for
    decide/        answer, or refuse as outside the brief / without a sourced answer (decider.py), with the
                   checks of the asked act (acts_told.py), of figures (figures.py) and of named subjects (subjects.py)
    compose/       the structure for the kind: lead, evidence, differing figures, related titles, one module
                   per job (the lead line, yes/no verdicts, dates, figures, comparisons, lists, speech)
    render.py      the plain text the console and CLI print

A miss is an Answer with `answered=False` and suggestions, never an exception. `english.py` holds the general
English word frequencies (wordfreq) and the language identifier (py3langid) the steps consult.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Container, Iterator, Set
from dataclasses import replace
from operator import itemgetter
from pathlib import Path

from bot import messages
from bot.answer_key import SHOWN_CHARS
from bot.answering.acts import LIGHT_VERBS, planned_only
from bot.answering.alternatives import alternative_questions
from bot.answering.articles import (
    ARTICLE_VOCABULARY,
    ARTICLE_WORDS,
    CAPTION_WORDS,
    CORRECTION_ASKING,
    HEADLINE_WORDS,
    MENTIONING,
    PAGE_WORDS,
    SUMMARY_ASKING,
    WRITER_WORDS,
    Articles,
    adverb,
    article_at,
    article_description,
    asked_part,
    asks_what_source_reported,
    outlet_opening,
)
from bot.answering.attribution import Attribution, Misattribution
from bot.answering.compose import Composer
from bot.answering.compose.dates import YET_TO, planned_as
from bot.answering.compose.evidence import latest_source_label
from bot.answering.compose.figures import AMOUNT, NUMBER, PLANNED, figure_number
from bot.answering.compose.questions import (
    SUCCESS_WORDS,
    TIME_NOUNS,
    asks_actual,
    asks_done_to,
    asks_identity,
    asks_outcome,
    asks_whether_spoke,
    equated,
    succeeding_at,
)
from bot.answering.compose.speech import RESPONSE_STEMS, RESPONSE_WORDS
from bot.answering.compose.wording import is_year, shorten, singular
from bot.answering.compose.yes_no import ENDED, NEGATION
from bot.answering.decide import Decider, Decision
from bot.answering.decide.decider import MIN_COVERAGE, RECENTLY
from bot.answering.decide.figures import asks_handed_over, role_of, scaled_figures, undone_sum
from bot.answering.durations import (
    asks_duration,
    duration_in,
    lasting,
    length_asked,
    measured,
    offered_alone,
    without_duration_words,
)
from bot.answering.english import English
from bot.answering.followups import (
    ASKING,
    PERSONAL,
    PLURAL,
    PREPOSITIONS,
    THEY,
    WRITTEN_ACTS,
    FollowUps,
    Reading,
    Subject,
    asks_else,
    asks_of_before,
    people_told,
    without_else,
)
from bot.answering.items import Items
from bot.answering.naming import (
    ROLE_NOUNS,
    Namer,
    asks_former_name,
    asks_name,
    counted_people,
    former_name,
    without_name_words,
)
from bot.answering.normalize import MAX_QUESTION, Normalized, first_line, normalize, parted, refusal_as_not
from bot.answering.occasions import Occasions
from bot.answering.render import note_room, render_text, source_line
from bot.answering.retrieve import PLACE_KINDS, Hit, Retriever, placed_elsewhere
from bot.answering.second_look import SecondLook
from bot.answering.second_parts import answered_with_first, first_part, own_first_part, with_second_part
from bot.answering.speakers import OUTLET_KIND, Speakers
from bot.answering.understand.classes import NOUN_KINDS, PERSON_KINDS, THING_KINDS, described_as, described_as_phrase
from bot.answering.understand.clauses import quoted_phrases, spoken_phrases
from bot.answering.understand.kinds import MONEY_MEASURES
from bot.answering.understand.lexicon import (
    ACTOR_KINDS,
    AUXILIARIES,
    CHAT,
    COPULAS,
    DETERMINERS,
    LEAD_INS,
    MANNERS,
    NARROWING_OPENERS,
    PERSON_NOUNS,
    SIGN_OFFS,
    SPEECH_VERBS,
    SUMMING_WORDS,
    TARGETING,
    WEEKDAYS,
    WH_WORDS,
    asks_advice,
)
from bot.answering.understand.question import Question
from bot.answering.understand.understander import (
    LEADER_ROLES,
    OBJECT_PREPOSITIONS,
    Understander,
    opening_actor,
    other_script,
    synonym_words,
)
from bot.answering.untold import UNTITLED_KINDS, Untold, gives_why, reason_given, states_why, tells_cause
from bot.answering.venues import Venues
from bot.calling_verbs import DESCRIBING_VERBS
from bot.class_nouns import (
    AFTER_ARTICLE,
    BEFORE_NAME,
    CALLED_AS,
    CALLED_AS_WORDS,
    HYPHEN_JOINED,
    IN_QUOTE,
    KIND_REACH,
    name_words,
)
from bot.dates import date_label, period_bounds, real_day
from bot.factbase import Brief
from bot.features import REQUEST_VERBS
from bot.records import NOT_EVENTS, EntityData, FactData, SourceData
from bot.replies import Answer, Item, Outcome, QuestionKind, Role, article_label
from bot.reporting import INTERVIEWING, TELLING
from bot.search import Index, stem
from bot.text import IRREGULAR, SCALE_WORDS, STOPWORDS, and_joined, fold, in_row, on_first_use, words

__all__ = ["Answerer"]


# kinds whose answer may be several things of one kind ("which offices", "name the groups behind …")
ITEM_QUESTION_KINDS = frozenset({"list", "where", "who", "topic", "what-is"})
# what asking for a whole year's events looks like beyond the year itself ("what happened in 2018")
DID = frozenset({"did", "does", "do"})  # before a name, asking what it did (`_did_name_act`)
HAPPENING = frozenset("happen happened happening occur occurred going go went event events news tell".split())
MENTIONING_READ = 3  # facts of every article read for one naming what "did <article> mention …" asks, best first
PLACED_READ = 3  # candidates read, without the place a yes/no question names, for a fact placing it elsewhere
WHY_READ = 4  # facts read, the best first, for one saying why when the best says no why (Answerer._stating_why)
WHY_NEAR = 0.85  # of the best fact's score, at least, for one saying why to lead instead
MEASURE_NOUNS = frozenset(MONEY_MEASURES.split("|"))  # "what profit did it make": the sum asked, by its noun
UNTIL = frozenset("until till til".split())  # "how long until it runs out": asked up to an end (English)


# a yes/no question asking how things turned out after what it names ("did they end up dropping it"), not whether
# something was ever done ("did they ever respond": its fact may tell that at any time)
OUTCOME = re.compile(r"\b(eventually|end up|ended up|ends up|in the end|finally|afterwards?|since then)\b")
# "did they ever / later <act>", "did they <act> after …": an outcome too when the act is one the brief lists
# opposites for (a change such as stopping or cancelling, which may come after the sources' dates); "did they ever
# respond" is not
EFFORT_MARKS = 2  # words, names and years telling which effort "did it work" asks of ("the keepers' petition")
SAME_CANDIDATES = 5  # candidates read for a statement that two things are one (or not): as many as a list shows
SEVERAL_FIGURES = 2  # figures of other facts a lead gives beside its first evidence's: a list of the sources' figures
SAMENESS_WORDS = frozenset("same identical different differ differs separate".split())
# "at the same time as the 2014 lease", "on the same July day": two things at one time, not two things said to be one
# (general English)
SAME_TIME = re.compile(r"\bsame\s+(?:\w+\s+){0,2}?(?:" + "|".join(sorted(TIME_NOUNS)) + r")\b")
EVER = re.compile(r"\b(ever|later|after)\b")
COUNTED_REACH = 3  # words between a count and the noun it counts: "more than 300 Harbour keepers" (2)
# the stems of acts of going on as before ("kept", "continued", "stayed"): an act the brief lists one of them as the
# opposite of is a change, which may come after the sources' dates (general English)
CONTINUING = frozenset(stem(w) for w in "keep kept continue continued stay stayed remain remained".split())
# kinds whose answer may be what a document says ("what did the leaflet say", "what did the notice list")
WRITTEN_KINDS = frozenset({"quote", "what-is", "topic", "list", "why-how"})
SILENT_CANDIDATES = 8  # candidates read for words of the one a yes/no question asks whether they spoke up
NEAR_SPEAKING = 0.6
EVENT_CANDIDATES = 5  # candidates read for an undated act tied to a dated event (`_tied_to_event`)
# an act placed by an event: "before the \0 raids", the event's name standing for \0 (general English)
TIED_TO = on_first_use(r"\b((?:[Bb]efore|[Dd]uring|[Aa]fter|[Aa]head of)\s+(?:the\s+)?)\x00(\s+[a-z]+)?")
SUM_ACT_CANDIDATES = 8  # candidates read for another telling of the act whose sum a lead gives (`_sum_of_one_act`)
UNNAMED_CANDIDATES = 5  # "who was the X that …" is said to be unnamed only when none of these close ones names anyone
UNNAMED_COVERAGE = 0.8
# documents (facts and glossary entries) `Answerer.warm` reads, at most: every per-document cache holds this many
# (search.DOC_CACHE); the shipped brief has ~230
WARM_DOCS = 1024
# characters of the next line's lead a two-line message's note keeps, at least, when shortened to the room its text
# leaves (`_next_line_followed`): fewer say little more than its opening words, and the line is said left out instead
NEXT_LEAD_KEPT = 80
LEDE_READ = 16  # facts citing an article read first to find its lede (its first facts: captions and others' lines)


def _alike_stems(synonyms: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    """The brief's one-word synonyms both ways, by stem ("drop: [cancel]" makes "drop" and "cancel" alike): which
    word a question or a fact uses for an act is the writer's choice, so either tells the other."""
    alike: dict[str, set[str]] = {}
    for key, said in synonyms.items():
        if " " in key:
            continue  # "back down": a phrase, not one word told for another
        for word in said:
            a, b = stem(key), stem(word)
            if a != b:
                alike.setdefault(a, set()).add(b)
                alike.setdefault(b, set()).add(a)
    return {k: frozenset(v) for k, v in alike.items()}


def _did_name_act(q: Question) -> str | None:
    """ "What did the guild sign in 2013": the word right after a name that follows "did", "does" or "do" (what the
    name did: "sign" may be a noun elsewhere, here it is the act), or None."""
    if not q.named_at:
        return None
    first, last = min(q.named_at), max(q.named_at)
    after = q.words[last + 1 : last + 2]
    if first > 0 and q.words[first - 1] in DID and after and after[0] not in q.date_words:
        return after[0]
    return None


def _dated_otherwise(after: list[str], date: str) -> bool:
    """The words right after an act's word date it to a year other than `date`'s ("signed in 2013" in a 2015 fact)."""
    return after[:1] == ["in"] and after[1:2] != [] and after[1].isdigit() and after[1] != date[:4]


def _on_date(date: str) -> str:
    """A date with its preposition: "on 19 August 2019" for a day, "in August 2019" or "in 2019" otherwise."""
    return ("on " if len(date) == len("2019-08-19") else "in ") + date_label(date)


def _lowered(head: str) -> str:
    """A lead's head put inside a sentence: its first word lower-cased ("About $5 million" -> "about $5 million")
    unless it is an acronym or a name's capital inside ("LANTERN", "McAdam")."""
    first = head.split(" ", 1)[0]
    return head[:1].lower() + head[1:] if first[:1].isupper() and first[1:].islower() else head


def _calls_so(statement: str, caller: list[str]) -> bool:
    """The statement tells the caller's own calling: a verb of calling (KIND_CALLING) with the caller's last word
    (its head: "keepers" of "harbour keepers", by stem) within KIND_REACH words before it ("which the keepers
    call a …")."""
    tokens = words(fold(statement))
    head = stem(caller[-1])
    before = [{stem(w) for w in tokens[max(0, i - KIND_REACH) : i]} for i in range(len(tokens))]
    return any(t in KIND_CALLING and head in before[i] for i, t in enumerate(tokens))


def _classed_before(tokens: list[str], entity: EntityData, nouns: Set[str]) -> str | None:
    """The statement whose words (`words(fold(statement))`) are `tokens` puts one of `nouns` (by stem), qualified by
    a word that is no stop word, right before a word opening the entity's name or an alias ("the military contractor
    Harbour"; not "companies like Harbour"): what it calls the entity, in a phrase (general English apposition). The
    qualifying word and the noun, or None."""
    opening = {said[0] for said in name_words(entity.name, tuple(entity.aliases))}
    classes = {stem(n) for n in nouns}
    return next(
        (
            f"{tokens[i - 2]} {tokens[i - 1]}"
            for i, t in enumerate(tokens)
            if i >= 2 and t in opening and stem(tokens[i - 1]) in classes and tokens[i - 2] not in STOPWORDS
        ),
        None,
    )


def _qualifies(tokens: list[str], entity: EntityData, nouns: Set[str]) -> str | None:
    """What the statement whose words (`words(fold(statement))`) are `tokens` calls the entity: one of `nouns` (the
    asked one and those of its class: "firm" for "company") after "a" or "an" and one to three words qualifying it,
    none a stop word but "and" ("a salvage company", "a data and salvage firm"; not "a company", "the company"),
    said OF the entity: right after a name of it, or after one and a copula or a clause of calling (CALLED_AS: "the
    guild, a salvage firm", "the guild is a …", "the guild, which the Gazette calls a …"; not "a letter asking the
    guild", "the guild beat a rival salvage firm": general English apposition). The words qualifying and the noun,
    or None."""
    names = name_words(entity.name, tuple(entity.aliases))
    for j, t in enumerate(tokens[:-2]):
        if t not in ("a", "an"):
            continue
        between = tokens[j + 1 : j + 1 + KIND_REACH + 1]
        at = next((i for i, w in enumerate(between) if w in nouns), 0)
        if not at or not all(w == "and" or w not in STOPWORDS for w in between[:at]) or between[0] == "and":
            continue
        if any(
            tokens[k - len(name) : k] == name and CALLED_AS.fullmatch(" ".join(tokens[k:j]))
            for name in names
            for k in range(max(len(name), j - CALLED_AS_WORDS), j + 1)
        ):
            return " ".join(between[: at + 1])
    return None


def _read_hit(fact: FactData, read: dict[str, FactData]) -> Hit:
    """`fact`, read from its row by a pass of `Answerer._kind_called`, as a hit below every ranked one, kept in `read`
    (by id)."""
    read[fact.id] = fact
    return Hit(fact.id, 0.0, 0.0)


def _no_facts(way: str) -> Iterator[FactData]:
    """No facts, whichever way they may call an entry: `Answerer._kind_called` of no named article."""
    return iter(())


def _label_quoted(label: str, fact: FactData, sources: Set[str]) -> bool:
    """The words a statement calls an entry by (`label`) stand, in a row, in a quote the fact cites from one of
    `sources`: that article's own words, not the brief's telling of several articles' ("a salvage workers' group"
    is no article's when each calls it otherwise)."""
    said = f" {label} "
    return any(c.source in sources and said in f" {' '.join(words(fold(c.quote)))} " for c in fact.citations)


def _in_timeline(date: str) -> list[int]:
    """A fact's date ("2019", "2019-05", "2019-05-04") as the timeline orders it (bot/calendar.py): a month-only
    date after that month's days, a year-only one after the year's months."""
    parts = [int(p) for p in date.split("-")]
    return [*parts, *(13, 32)[len(parts) - 1 :]]


def _shown(answer: Answer, question: str) -> Answer:
    """The composed answer as shown: the question as typed (cleaned) and its plain text rendered from the structure."""
    # one copy: render_text never reads the question
    return replace(answer, question=question, text=render_text(answer))


# a question opening: an asking word or an auxiliary ("what is …", "did the guild …")
ASKING_OPENINGS = WH_WORDS | AUXILIARIES | {"when"}
# words a line after the question may be made of and still ask nothing of its own (`_first_line_asked`): chat and
# manners, never a time ("⏎today", "⏎on monday" narrow the question as "⏎in 2019" does)
FILLER_WORDS = (
    (STOPWORDS | MANNERS | SIGN_OFFS | CHAT)
    - WEEKDAYS
    - frozenset("today tonight tomorrow day night morning afternoon evening later weekend".split())
)
# the kinds of question "they" of several things told apart asks of each of them ("when did they expire"): a sum or
# a count asked of them is of them together, and a yes or no of each is no one verdict
EACH_KINDS = frozenset({"date", "who", "where", "why-how", "duration"})
# "when were they signed", asked of one of them: "when was the $9 million lease signed"
SINGULAR_VERBS = {"were": "was", "are": "is", "do": "does", "have": "has"}
STRAY_MIN_WORDS = 4  # "banana what is lamp": a stray word and a question of at least three words
# the auxiliaries with "not" run in, as normalize leaves them (general English)
NEGATED_ACT_WORDS = 3  # "didnt the company renew": the act a negation asks of, after a subject of up to two words
# the acts that make or send a written thing (WRITER_WORDS, followups.WRITTEN_ACTS): its author, signers or sender
AUTHORING = WRITER_WORDS | WRITTEN_ACTS
NEGATED_AUXILIARIES = frozenset("dont doesnt didnt isnt arent wasnt werent hasnt havent hadnt".split())
# words that put a noun after them in a phrase of place or time, not as a verb's object (general English)
PREPOSITION_WORDS = PREPOSITIONS | frozenset("outside inside near around across through into onto under after".split())
BE_FORMS = frozenset("is are was were".split())
PLURAL_NAMED_WORDS = 4  # "the", up to two words before the noun, the noun: "the harbour leaflets"
FIRST_PART_WORDS = 3  # "who is X and what did she say": fewer words before "and" ("ok and when …") ask nothing


# "is Ada Lind the CEO of the guild", "was she a founder of it": whether a person holds a role of an owner
HOLDS = re.compile(r"^(?:is|was)\s+(?P<who>.+?)\s+(?:the|a|an)\s+(?P<role>\w+)\s+(?:of|at)\s+(?P<owner>.+)$")
# a span of an article's words in quotation marks inside a citation's quote (curly or straight)
QUOTE_SPAN = re.compile(r"“([^”]+)”|\"([^\"]+)\"")
HOLDING_LINKS = frozenset({"the", "of", "at"})  # words of a role question besides the names and the role
# "is Ada Lind a reporter", "was the guild a company": whether a name is one of a kind, asked by one closing noun
# a name's possessive before a noun ("Ada Lind's flier"): whose the thing is
POSSESSED = on_first_use(r"(?P<owner>\w+)['’]s\s+(?P<noun>[\w-]+)")
CALLED_CANDIDATES = 10  # the candidates looked at for a fact calling a name by a noun (`_facts_of`)
CALLED_REACH = 3  # words between a name and the noun a statement calls it by ("CEO of the guild Ada Lind")
IS_A = re.compile(r"^(?:is|was)\s+(?P<who>.+?)\s+(?:a|an)\s+(?P<noun>[a-z]+)$")
# "is the guild a salvage company": a noun with words describing it, which a fact may call the entry in those words
IS_A_DESCRIBED = re.compile(r"^(?:is|was)\s+(?P<who>.+?)\s+(?:a|an)\s+(?P<phrase>[a-z]+(?:\s+[a-z]+){1,2})$")

# "what kind of company does the Gazette call the guild", "what type of firm is it per the Gazette": the words an
# article qualifies a noun with are asked ("a salvage company"), which its calling words may bring in (English)
KIND_OF = re.compile(r"^(?:what|which)\s+(?:kind|type|sort)s?\s+of\s+(?P<noun>[a-z-]+)\b")
# "what does the Gazette call the guild", "what did the Courier describe it as", "how does the Gazette describe the
# guild": how a named article calls an entry
CALLED_WHAT = re.compile(
    r"^(?:what|how) (?:did|does|do) (?:\S+ ){1,4}(?:call|calls|describe|describes|label|labels) \S+"
)
KIND_CALLING = DESCRIBING_VERBS
KIND_CANDIDATES = 6  # the candidates looked at for a fact qualifying the asked noun (`_kind_called`)
TOLD_DONE_REACH = 5  # best ranked facts read for one telling done an act the best tells only as planned
MIN_VERB_LETTERS = 3  # a shorter word ("go", "be") is no verb whose "-ed" form tells an act done
PUBLISHING_WORDS = frozenset("published publish publishes ran run runs put out".split())
COMPLETED_NEAR = 0.75  # share of the best score a fact printing the words a question completes may have
COMPLETED_CANDIDATES = 8  # ranked candidates looked through for one (`_completing`)
CALLED_OPENING = 8  # a statement calling an entry so within its first words leads with it already (`_called_first`)


class FactsWhere:
    """The facts passing a test, asked one id at a time (`id in facts`), as Question.among is: "else" restricts the
    candidates a search ranks, never needing the whole set (a pass over every fact of a large brief)."""

    __slots__ = ("_test",)

    def __init__(self, test: Callable[[str], bool]) -> None:
        self._test = test

    def __contains__(self, doc_id: object) -> bool:
        return isinstance(doc_id, str) and self._test(doc_id)

    def also(self, other: FactsWhere) -> FactsWhere:
        """The facts passing both tests."""
        return FactsWhere(lambda doc_id: self._test(doc_id) and doc_id in other)


def _past_of(told: str, asked: str) -> bool:
    """`told` is the past form of the verb `asked` (English: its irregular past, else "-ed" / "-d" after an "e":
    "protested", "confronted", "met"), the form a fact telling the act done uses."""
    if len(asked) < MIN_VERB_LETTERS or told == asked:
        return False
    return told == IRREGULAR.get(asked) or told in (f"{asked}ed", f"{asked}d" if asked.endswith("e") else "")


class Answerer:
    def __init__(self, brief: Brief, *, cache_dir: Path | None = None) -> None:
        self.brief = brief
        self.index = Index(brief, cache_dir=cache_dir)
        self.english = English(cache_dir)
        self.understander = Understander(brief, self.index, self.english)
        self.retriever = Retriever(brief, self.index, self.english)
        self.decider = Decider(self.retriever, self.understander.name_spans)
        specific = {e for e in brief.entities if not self.decider.ubiquitous_entity(e)}
        self.speakers = Speakers(brief, self.understander, self.retriever)
        self.composer = Composer(
            brief,
            self.retriever,
            specific,
            self.decider.dates_act,
            self.speakers.of,
            self.decider.act_forms,
            self.understander.name_spans,
            self.speakers.said_by,
        )
        self.untold = Untold(brief, self.retriever, self.decider, self.composer, self.understander.name_spans)
        self.attribution = Attribution(
            brief, self.retriever, self.speakers, self.understander.name_spans, self.composer.opens_with
        )
        self._alike = _alike_stems(synonym_words(brief))
        self.second_look = SecondLook(brief, self.index, self.english, self.retriever, self.decider)
        self.articles = Articles(brief)
        self.namer = Namer(brief, self.retriever, specific)
        self.items = Items(brief, specific)
        self.occasions = Occasions(brief, self.understander.name_spans, self.decider.ubiquitous_entity)
        self.venues = Venues(brief)
        self.followups = FollowUps(brief, self.understander)
        self.example = self._example_question()
        self._passing: dict[str, tuple[str, ...]] = {}  # `_passing_on`'s answer per source: one per article
        self._ledes: dict[str, str | None] = {}  # `_lede`'s answer per source: one per article

    def warm(self) -> int:
        """For a process that answers many questions (`palantir-ice run`): read now what the first answers would
        each read once, and so took longer than any later one to answer (on the shipped brief the first ~80 of the
        benchmark's questions, 0.3-1 ms each, a third of its slowest 2%): when the brief has at most WARM_DOCS
        documents, each one's record, stems, ranking features, stated words, links and shown item, and each fact's
        verbs (SecondLook.stated_verbs: the first second looks read them, ~1-2 ms each), whether the brief says each
        phrasal verb it may be read with (`Understander.read_phrases`: ~1-1.5 ms the first question using one), and
        each article's lede (`_lede`: ~0.3 ms the first question about it). Returns how many documents
        were read (0 for a larger brief). Answers do not change: these are the caches' own contents,
        worked out before the first question instead of during it. Whatever the brief's size, the typo tools are
        imported and the language model's saved weights read (`English.read_weights`: ~4 MB, ~10 ms the first
        question looking foreign paid, the slowest of the shipped brief's benchmark answers); py3langid's own model
        is not (numpy and the model, ~20 MB, asked only when the plain scores are too close to call)."""
        brief, retriever, index = self.brief, self.retriever, self.index
        # The typo tools the first question with a word the brief does not know imports (breame, rapidfuzz: ~1,200
        # objects): imported now, so that answer does not wait for them and a process freezing its objects after
        # start-up (gc.freeze) freezes theirs too, instead of its young collections scanning them on their way up
        import breame.spelling  # noqa: F401
        import rapidfuzz.distance.OSA
        import rapidfuzz.process  # noqa: F401

        retriever.english.read_weights()
        if len(brief.facts) + len(brief.entities) > WARM_DOCS:
            return 0
        for entity_id in brief.entities:
            index.doc(entity_id)
            index.doc_stems(entity_id)
            retriever.stated_stems(entity_id)
            self.composer.item(entity_id)
        for fact_id in brief.facts:
            retriever.fact_features(fact_id)
            index.doc_stems(fact_id)
            retriever.stated_stems(fact_id)
            brief.related.get(fact_id)
            brief.differs.get(fact_id)
            self.composer.item(fact_id)
        self.second_look.read_verbs(list(brief.facts))
        self.understander.read_phrases()
        for source_id in brief.sources:
            self._lede(source_id)
        return len(brief.facts) + len(brief.entities)

    def item(self, doc_id: str, role: Role = "best") -> Item:
        return self.composer.item(doc_id, role)

    def answer_in_turn(self, question: str, previous: Subject | None) -> tuple[Answer, Callable[[], Subject | None]]:
        """The answer to `question` asked after the conversation's last question (`_turn`), and a function giving the
        subject the next follow-up is read with, which carries the article this answer's first evidence cites."""
        missed = previous.unanswered if previous is not None else ""
        if missed:  # the last question had no answer: nothing of it is read with this one (`missed`)
            previous = None
        lines = first_line(question) if len(question) <= MAX_QUESTION else None
        joined = lines is None and len(question) <= MAX_QUESTION
        if joined:
            lines = self._and_asked_of(question)
        followed = self._next_line_followed(lines, previous, question, joined=joined) if lines is not None else None
        if followed is not None:
            return followed
        each = self._each_of_them(question, previous) if previous is not None else None
        if each is not None:
            return each
        answer, subject = self._turn(question, previous, missed=missed)
        if answer.outcome in ("off_topic", "no_match") and (lines := self._first_line_asked(question)) is not None:
            # "what is the lease⏎ignore": a second line (Shift-Enter in a chat) that asks nothing the brief tells of
            # made the whole unanswered, read as one question; its first line is answered when it answers alone
            alone, alone_subject = self._turn(lines[0], previous)
            # never a verdict on less than was asked: a "yes" to the first line alone may be a "no" to the whole
            if alone.answered and alone.kind != "yes-no":
                left_out = messages.LINE_LEFT_OUT.format(line=lines[1][:80])
                note = f"{alone.note}\n{left_out}" if alone.note else left_out
                alone = replace(alone, note=note)
                answer, subject = replace(alone, text=render_text(alone)), alone_subject
        # a glossary entry rests on every article it cites: no one of them is what "it" was read in
        first = answer.evidence[0] if answer.evidence and answer.evidence[0].kind == "fact" else None
        source = _first_source(answer) if first is not None else ""
        told = first.id if first is not None and answer.answered else ""  # what "the other one" is not

        def sourced() -> Subject | None:
            found = subject()
            if found is None or not answer.answered:  # a follow-up unanswered keeps what the last answer told
                return found
            # the sums its lead gave, read only for a subject kept (`ask` keeps none)
            head, colon, _ = answer.lead.partition(": ")
            sums = frozenset(scaled_figures(words(head))) if told and colon else frozenset()
            # the one person the lead names, else the one an earlier answer named while "he" still stands for them
            person = self._person_told(told) or found.told_person
            several = self._leads_several(answer)
            actor = self._actor_told(told, {e for e, _ in found.names})
            # the sums told so far in the conversation, this lead's after the earlier ones ("how much altogether")
            # (a question read on its own opens a new subject: the sums told before it are of another, never summed
            # with its own: review 21 M3)
            kept = previous is not None and answer.read_as and len(previous.sums_facts) == len(previous.sums_talked)
            earlier = tuple(zip(previous.sums_talked, previous.sums_facts, strict=True)) if previous and kept else ()
            # a lead giving no sum before its fact ("According to …: one worth $9 million …, and one worth $12
            # million …") told those its fact states (fresh tester 69 F2: two sums told in one fact)
            shown = head if sums else answer.lead
            shown_sums = sums or (frozenset(scaled_figures(words(shown))) if told else frozenset())
            # each with the fact that told it, the first time it was told: the article "how much altogether" cites
            talked: dict[tuple[str, str], str] = {}
            for told_sum, by in [*earlier, *((s, told) for s in sorted(shown_sums, key=lambda s: shown.find(s[0])))]:
                talked.setdefault(told_sum, by)
            # "what else did she say" asked again: what the answers before told is no more "else" than this one
            asked_else = previous is not None and bool(answer.read_as) and asks_else(answer.read_as.lower().split())
            # ... nor what was told before a follow-up answered by no fact ("what did she say", "who is she": her
            # glossary entry), whose "else" is still other than those words
            carried = asked_else or (previous is not None and bool(answer.read_as) and not told)
            before = previous.else_told | {previous.told} if previous is not None and carried else frozenset()
            return replace(
                found,
                else_told=frozenset(before) - {"", told},
                sums_talked=tuple(talked),
                sums_facts=tuple(talked.values()),
                source=source,
                told=told,
                told_sums=sums,
                told_person=person,
                several=several,
                told_actor=actor,
                told_asked=found.asked,
                # who "they" are stays who they were while the subject does ("were they let in", then "what did they
                # do with the letter": the protesters still, not the employees the last answer told of)
                told_people=found.told_people
                or (people_told(fact.statement) if (fact := self.brief.facts.get(told)) else ""),
            )

        return answer, sourced

    def _next_dated(self, previous: Subject, shown: str) -> tuple[Answer, str]:
        """ "What happened next" after an answer telling the fact `previous.told`: the fact the articles date next
        after it (its first possible day after the last that fact's date may mean; of the facts sharing a topic with
        it when one is, so the story it is part of goes on), led by its date, and its id; a refusal saying the told
        fact is undated or nothing is dated after it, and "", otherwise. No fact of its own day or period is next:
        the articles do not say which came first."""
        told = self.brief.facts.get(previous.told)
        narrated = self._narrated_next(told) if told is not None else None
        if narrated is not None:
            # the article goes on with what happened at the same occasion: that is what came next, though a date
            # of the year alone orders nothing (fresh tester 85: "date nothing after 2019" of a July 2019 action)
            going_on, source = narrated
            q = self.understander.understand(normalize("what happened"))
            hit = Hit(going_on.id, 1.0, 1.0)
            composed = self.composer.compose(q, [hit], hit)
            lead = messages.NEXT_NARRATED_LEAD.format(source=source, statement=going_on.statement)
            return _shown(replace(composed, lead=lead, says_yes=False), shown), going_on.id
        if told is None or not told.date or not told.date[:1].isdigit():
            return self._miss(shown, "no_match", messages.NEXT_UNDATED, [], kind="date"), ""
        end = period_bounds(told.date)[1]
        later = [
            f
            for f in self.brief.facts_dated(lambda date: date[:1].isdigit() and period_bounds(date)[0] > end)
            if f.date and f.kind not in NOT_EVENTS
        ]
        shared = [f for f in later if not set(f.topics).isdisjoint(told.topics)] or later
        if not shared:
            after = date_label(told.date)
            return self._miss(shown, "no_match", messages.NEXT_NONE.format(after=after), [], kind="date"), ""
        # in the timeline's order (bot/calendar.py): a year-only date after that year's months and days
        first = min(shared, key=lambda f: (_in_timeline(f.date or ""), f.id))
        q = self.understander.understand(normalize("what happened"))
        hit = Hit(first.id, 1.0, 1.0)
        composed = self.composer.compose(q, [hit], hit)
        # said of the topic it shares with the told fact when it was chosen among those: an earlier fact of another
        # topic would make "the next date the articles give" untrue
        topic = next((t for t in told.topics if t in first.topics), "") if shared is not later else ""
        dated, after = date_label(first.date), date_label(told.date)
        lead = (
            messages.NEXT_DATED_OF_TOPIC_LEAD.format(date=dated, topic=topic, after=after, statement=first.statement)
            if topic
            else messages.NEXT_DATED_LEAD.format(date=dated, after=after, statement=first.statement)
        )
        return _shown(replace(composed, lead=lead, says_yes=False), shown), first.id

    def _narrated_next(self, told: FactData) -> tuple[FactData, str] | None:
        """The event the article telling `told` narrates next of the same occasion, and that article's name: of the
        facts the brief links to `told` (one occasion), the event whose words that article gives first after the
        last of `told`'s own, none dated before `told`; None when the article goes on with none, or `told` is dated
        to a day or a month (the dates order it). An article tells an occasion in its order ("The employee
        responded by …"), which a date of the year alone cannot give."""
        if told.date and told.date[:1].isdigit() and "-" in told.date:  # "2019-07", "2019-07-31"
            # a day or a month orders by date: an article may tell a day's doings out of order ("When employees
            # refused to open the door …", and only then "After reading the letter out loud …, they knocked")
            return None
        start = period_bounds(told.date)[0] if told.date and told.date[:1].isdigit() else None
        best: tuple[int, FactData, str] | None = None
        for source in dict.fromkeys(ref.source for ref in told.citations):
            seed = self.brief.seeds.get(source)
            own = _quoted_at(told, source, seed.citable) if seed is not None else []
            if seed is None or not own or source not in self.brief.sources:
                continue
            for linked in self.brief.related.get(told.id, []):
                fact = self.brief.facts.get(linked)
                if fact is None or fact.kind != "event":  # what happened, not what the article explains
                    continue
                if start is not None and fact.date and fact.date[:1].isdigit() and period_bounds(fact.date)[0] < start:
                    continue  # told of as what led to it, not what followed
                places = _quoted_at(fact, source, seed.citable)
                if places and min(places) > max(own) and (best is None or min(places) < best[0]):
                    best = (min(places), fact, self.brief.sources[source].name)
        return None if best is None else (best[1], best[2])

    def _each_of_them(self, question: str, previous: Subject) -> tuple[Answer, Callable[[], Subject | None]] | None:
        """ "when did they expire" after an answer telling two leases, each by its sum ("one worth $9 million that had
        expired, and one worth $12 million due to expire next year"): "they" are several things, each asked of on its
        own ("when did the $9 million lease expire", then the $12 million one), the first one's answer leading and
        each other's in a note after it (messages.EACH_OTHER); the conversation stays on them. Asked of them together
        an answer dates one of them, or says no date "beyond the year you named" of a year that dated their having
        (fresh tester 68 F1). None unless the question is a follow-up (of EACH_KINDS) whose plural stand-in
        (followups.PLURAL) stands for the last subject, a plural noun (`Subject.head`), the fact the last answer led
        with gives two or more sums, and each one's question is answered."""
        fact = self.brief.facts.get(previous.told)
        head = previous.head.lower()
        if fact is None or singular(head) == head or len(question) > MAX_QUESTION:
            return None
        sums = list(dict.fromkeys(AMOUNT.findall(fact.statement)))
        norm = normalize(question)
        if len(sums) < 2 or PLURAL.isdisjoint(norm.tokens) or self.followups.never_follows(norm):
            return None
        q = self.understander.understand(norm)
        if q.entities or q.kind not in EACH_KINDS:
            return None
        reading = self.followups.reading(norm, q, previous)
        if reading is None or reading.unresolved or reading.new_subject or reading.sourced:
            return None  # ("who reported them": the source of the fact that told them, as any "who reported it")
        if previous.phrase not in reading.text:
            return None
        before, _, after = reading.text.partition(previous.phrase)
        asked = before.split()
        if asked:  # "when were they signed": "when was the $9 million lease signed"
            asked[-1] = SINGULAR_VERBS.get(asked[-1], asked[-1])
        texts = [" ".join([*asked, f"the {told} {singular(head)}", *after.split()]) for told in sums]
        answers = [self._answer_text(text)[0] for text in texts]
        if not all(a.answered and self._of_told(a, fact) for a in answers):
            return None
        notes = [
            messages.EACH_OTHER.format(reading=t, lead=a.lead) for t, a in zip(texts[1:], answers[1:], strict=True)
        ]
        answer = answers[0]
        answer = replace(
            answer, question=norm.shown[:300], read_as=texts[0], note="\n".join([answer.note, *notes]).strip()
        )
        return replace(answer, text=render_text(answer)), lambda: previous

    def _of_told(self, answer: Answer, told: FactData) -> bool:
        """Whether `answer` leads with the fact the last answer told (`told`), one the brief links to it (`related`,
        `differs`), or one citing an article it cites: "they" are the things that fact told, and a question asked of
        one of them by its sum alone ("who signed the $9 million lease") may be answered by another lease of that sum
        another article tells of, which is not the one talked about (review 21 M2: "who signed them" after the two
        contracts one article gave led another article's contracts, neither naming a signer)."""
        lead = answer.evidence[0] if answer.evidence else None
        if lead is None:
            return False
        linked = {told.id, *self.brief.related.get(told.id, ()), *self.brief.differs.get(told.id, ())}
        cited = {c.source for c in told.citations}
        return lead.id in linked or any(c.source_id in cited for c in lead.citations)

    def _and_asked_of(self, question: str) -> tuple[str, str] | None:
        """ "how much was the 2015 lease renewal and who reported it": the question before its last "and" and the rest,
        when the rest opens with an asking word and asks of what the first part named (`asks_of_before`: "it"), or
        asks a question of its own (second_parts.own_first_part finds the first part there: "how much did the guild get
        for the lease and how much did the mill get"), so it is read as a next line is (`_next_line_followed`); None
        otherwise (fresh tester 69 R2: read as one question, "it" stood for nothing named before the message; mp2b: a
        second part of its own was only named as left, though the brief answered it)."""
        at = question.lower().rfind(" and ")
        if at < 0:
            return None
        first, rest = question[:at].strip(), question[at + len(" and ") :].strip()
        said = normalize(rest).tokens
        if not said or said[0] not in ASKING or len(normalize(first).tokens) < FIRST_PART_WORDS:
            return None
        things = _plural_named(first, said) if not THEY.isdisjoint(said) and "their" not in said else ""
        opening = normalize(first).tokens[:2]
        if opening[:1] == ["who"] and not THEY.isdisjoint(said) and (not things or opening[1] in BE_FORMS):
            # "who protested in nyc and who organized them", "who are the organizers and what did they say": "them"
            # are the people the first part's answer tells of, as a follow-up after it reads them ("who organized
            # those who protested in new york city"); read as one question, the second part was only named as left,
            # or asked of the noun the first part asked about ("what did the organizers say": their list, no words)
            return first, rest
        if things:
            # "who posted the messages and who deleted them": "them" stands for the things the first part named, not
            # for those it asks of (read as a follow-up, "who deleted those who posted the messages"); the second
            # part, so spelled out, is asked as a question of its own
            rest = " ".join(things if t in THEY else t for t in said)
            said = normalize(rest).tokens
        if not PERSONAL.isdisjoint(said) or not PLURAL.isdisjoint(said):
            # "who is X and what did she say", "how many contracts … and how big were they": a two-part question, the
            # first part's answer answering both or its note naming the part left
            return None
        if asks_of_before(said):
            return (first, rest) if not {"it", "that", "this"}.isdisjoint(said) else None
        # a second part of its own (no stand-in), asked with a verb of its own: not "who protested and when", nor
        # "what did the Courier report and when" (the article's date answers it, `with_second_part`)
        own = own_first_part(question)
        return (first, rest) if own is not None and own.strip() == question[:at].strip() else None

    def _next_line_followed(
        self, lines: tuple[str, str], previous: Subject | None, message: str, *, joined: bool = False
    ) -> tuple[Answer, Callable[[], Subject | None]] | None:
        """ "how much was the lease⏎and who signed it": a message whose next line (`lines`: the first and the rest)
        asks of what the first named (`asks_of_before`) is two questions, the second a follow-up of the first. The
        first line's answer, with the next line's, as a follow-up of it, in a note after (its reading and its lead),
        and the subject the next line leaves; None when the next line asks nothing of the first, is read as no
        follow-up of it, or the first is unanswered (the message is then read as one question, as before). Read as
        one question, "it" stood for nothing named before the message (fresh tester 68 C1: "can't tell who or what
        it is").

        The answer's `question` is the whole `message` as shown back, each line cleaned (`normalize`) and its line
        breaks kept: both questions were answered, so what is shown or shared as asked, and what a button carries to
        work the answer out again, is both lines (fresh tester 72 U3: `ask --json` and Share gave the first line alone,
        and Share then posted the first answer without the next line's)."""
        first, rest = lines
        said = normalize(rest)
        # "… and how much did the mill get": a second part joined by "and" asking a question of its own
        # (`_and_asked_of`), answered after the first as a follow-up would be, whether or not read with its subject
        own = joined and not asks_of_before(said.tokens)
        if not (own or asks_of_before(said.tokens)) or first_line(rest) is not None:
            return None
        answer, subject = self.answer_in_turn(first, previous)
        if not answer.answered or (own and answered_with_first(message, answer)):
            return None
        then, then_subject = self.answer_in_turn(rest, subject())
        if not then.read_as and not own:
            return None
        if then.answered and then.lead == answer.lead:
            return None  # the first part's answer answers both (with_second_part keeps it as it is)
        reading = then.read_as or said.shown
        template = messages.SECOND_PART_READ if joined else messages.NEXT_LINE
        # unanswered, the next line's refusal is said of it alone: the first line's answer stands
        said_then = then.lead if then.answered and then.lead else then.text.split("\n")[0]
        note = template.format(reading=reading, lead=said_then)
        # answered, the next line's answer is cited as the first line's is, on its own line under it (tester 72 U3:
        # it carried no source on any platform); its room is kept before the lead is shortened to fit
        shown = then.evidence[0] if then.answered and then.evidence else None
        cited = source_line(shown.citations[0], shown.id) if shown is not None and shown.citations else ""
        whole_room = note_room(answer)
        room = whole_room - (len(cited) + 1 if cited else 0)
        if len(note) > room:
            # a note the text has no room for would be dropped from it without a word (review 21 M1): the next
            # line's lead is shortened to the room left, or, with too little left for a lead, the line is said left
            # out and the conversation stays on the first line's subject
            bare = len(template.format(reading=reading, lead=""))
            if room - bare >= NEXT_LEAD_KEPT:
                note = template.format(reading=reading, lead=shorten(said_then, room - bare))
            else:
                note, then_subject, cited = messages.LINE_LEFT_OUT.format(line=rest[:80]), subject, ""
                if len(note) > whole_room:
                    return None
        if cited:
            note = f"{note}\n{cited}"
        asked = "\n".join(normalize(line).shown for line in message.splitlines() if line.strip())
        answer = replace(answer, question=asked[:SHOWN_CHARS], note=f"{answer.note}\n{note}" if answer.note else note)
        return replace(answer, text=render_text(answer)), then_subject

    def _first_line_asked(self, question: str) -> tuple[str, str] | None:
        """The first line of a message of several, and the rest, when the lines after it are chat filler ("ignore",
        "sent from my phone", "thanks lol"): every word of them one of `FILLER_WORDS`, none a number, a name the brief
        knows (`Understander.name_spans`) or a question of their own, and no opening that narrows
        (`NARROWING_OPENERS`); None otherwise. Any other line ("how much was the contract⏎for the harbour", "…⏎in
        2019", "did the guild sign the lease⏎in secret") narrows the question: answering the first alone would drop
        what it asks (review 20 F1)."""
        lines = first_line(question)
        if lines is None:
            return None
        tokens = normalize(lines[1]).tokens
        if not tokens or tokens[0] in ASKING_OPENINGS or tokens[0] in NARROWING_OPENERS:
            return None
        if any(t not in FILLER_WORDS or any(c.isdigit() for c in t) for t in tokens):
            return None
        return lines if not self.understander.name_spans(tokens) else None

    def missed(self, question: str) -> Subject:
        """What a conversation keeps of a question I had no answer to (`Subject.unanswered`): no subject to read a
        follow-up with, only the question, which an unresolved stand-in next is said of ("what did the mill get",
        unanswered, then "when was it signed": what "it" might be was asked, and nothing found for it)."""
        return Subject(
            ask="", phrase="", person="", without_person="", head="", place_like=False, unanswered=question[:300]
        )

    def _turn(
        self, question: str, previous: Subject | None, *, missed: str = ""
    ) -> tuple[Answer, Callable[[], Subject | None]]:
        """The answer to `question` asked after the conversation's last question, whose subject is `previous` (None
        when there is none, or it had none), and a function giving the subject the next follow-up is read with
        (worked out only when called: a conversation keeps only an answered question's). A follow-up ("when did it
        start") is answered as its reading (bot/answering/followups.py), which the answer carries in `read_as`.
        The question is normalized and understood once, for reading it and for answering it."""
        if len(question) > MAX_QUESTION:
            return self.answer(question), self._leaning(question)
        question = parted(question, self._word_known)
        norm = normalize(question)
        chatter = self.understander.chatter(norm.tokens)  # read by both checks below: worked out once
        if self.followups.never_follows(norm, chatter):
            answer, q = self._answer_read(norm)
            return answer, self._leaning(question, norm, q)
        asks = False
        if previous is None and norm.tokens:
            # Nothing earlier to read it after: it is read as asking alone, or its stand-in as unresolved, and a
            # question in another language is then answered so either way. Found before understanding it, whose
            # typo fixing of each of its words (~1 ms for a French question) was set aside.
            unasked = self._unasked(norm, chatter)
            if unasked is not None and (unasked.outcome == "non_english" or chatter == "sources"):
                # ("sources" with nothing before it asks for the articles, never whose "sources" it leans on)
                return unasked, self._leaning(question, norm)
            asks = unasked is None
        q = self.understander.understand(norm)
        reading = self.followups.reading(norm, q, previous)
        of_occasion = None
        if reading is not None and reading.people:
            of_them = reading
            reading, of_occasion = self._of_occasion(reading, q, previous)
            # (nor a verdict, "were they let in", given on a fact of the article the brief does not tie to them)
            asks_told = bool(q.terms) and q.kind != "yes-no" and previous is not None
            if of_occasion is None and reading is not None and reading.unresolved and asks_told and previous:
                # "what did they chant" after "what happened at the 2019 vigil": who they are is known (the people
                # that answer told of), so never "I can't tell who they are"; their occasion's facts telling no
                # chant, the article that told of them may (the brief links only some of its facts), else it is said
                # so, never another occasion's chant (fresh tester: another article's July chant)
                read = replace(self._told_of_them(of_them.text, q, previous), read_as=of_them.text)
                return replace(read, question=norm.shown[:300], text=render_text(read)), lambda: previous
        first_text = reading.text if reading is not None else ""
        if reading is None:
            alone = self._answer_read(norm, q, asks=asks)[0]
            bridged = self._of_thing_told(norm, q, previous) if previous is not None and not alone.answered else None
            if bridged is not None:
                return bridged, lambda: previous
            return alone, self._leaning(question, norm, q)
        if reading.unresolved:  # "what did he say" with no one named before: say so, unless it answers alone
            alone = self._answer_read(norm, q, asks=asks)[0]
            if (alone.answered and not reading.guess) or alone.outcome == "non_english":
                return alone, self._leaning(question, norm, q)
            unresolved = messages.UNRESOLVED_ASK if reading.bare else messages.UNRESOLVED
            if missed and not reading.bare:
                # "when was it signed" right after a question I had no answer to: "it" is likely what that asked
                # about, which nothing told; the question is named, so the asker sees which thing went unanswered
                unresolved = messages.UNRESOLVED_AFTER_MISS
            text = unresolved.format(words=reading.unresolved, example=self.example, last=missed)
            miss = self._miss(alone.question, "empty", text, [], kind=alone.kind, suggest=False)
            return miss, self._leaning(question, norm, q)
        if reading.sourced and previous is not None and previous.several:
            # the last answer gave several facts, each with its article: which one "it" is the question does not say,
            # and "of what?" would hide that the last answer's subject is known
            text = messages.SOURCE_OF_SEVERAL
            return self._miss(norm.shown[:300], "empty", text, [], suggest=False), lambda: previous
        if reading.sourced and previous is not None:
            # "according to who?": only the fact the last answer told may answer, whose citations name its source
            answered, understood = self._answer_text(reading.text, among=frozenset([previous.told]))
            hit = Hit(previous.told, 1.0, 1.0)
            if not answered.answered and understood is not None and understood[1].outlet and hit.id in self.brief.facts:
                # "which article was that in" after 'who said "why is the lamp dark"': the reading embeds those
                # words, which read again as a question find nothing; the article is that fact's, told as any
                # outlet asked of it is
                composed = self.composer.compose(understood[1], [hit], hit)
                answered = _shown(composed, answered.question) if composed.answered else answered
            if not answered.answered:
                answered = self._miss(answered.question, "no_match", messages.NO_ANSWER, [], kind=answered.kind)
            read = replace(answered, read_as=reading.text)
            return replace(read, question=norm.shown[:300], text=render_text(read)), lambda: previous
        if reading.next_told and previous is not None:
            answered, after = self._next_dated(previous, norm.shown[:300])
            read = replace(answered, read_as=reading.text)
            # a "what happened next" after it is of the thing this answer told
            return replace(read, text=render_text(read)), lambda: replace(previous, told=after) if after else previous
        others = self._others(previous) if reading.other and previous is not None and previous.told else None
        # "and the other one?" asked again of the other one: the other of the two talked about, the one told before
        # it, alone (none other answering is no answer, never a third thing presented as the other)
        pair = others is not None and previous is not None and previous.other and previous.other_of in self.brief.facts
        if pair and previous is not None and previous.other_of != previous.told:
            others = frozenset([previous.other_of])
        else:
            pair = False
        # "and the other one?", then "when does it expire": "it" is the one that answer told, which only its fact
        # tells of (another fact giving its sum may be of another contract); that fact not answering is no answer,
        # never another contract's expiry
        told = None
        if previous is not None and previous.other and not reading.new_subject:
            told = frozenset([previous.told] if previous.told in self.brief.facts else [])
        elif (
            previous is not None
            and previous.compared
            and not reading.new_subject
            and previous.told in self.brief.facts
            and self._answer_text(reading.text, among=frozenset([previous.told]))[0].answered
        ):
            # "who got the bigger contract", then "what was that one for": the one that answer told is bigger, which
            # its fact tells of (the phrase names no one contract: retrieved, it led the smaller one's fact); when
            # that fact does not answer ("how much was it", its sum given with no "contract"), read as before
            told = frozenset([previous.told])
        elif reading.occasion in self.brief.facts:
            # "any arrests?" of the occasion told: its fact and those the brief links to it (another article's
            # protest, or the same article's group arrested elsewhere, is another occasion)
            linked = [r for r in self.brief.related.get(reading.occasion) or () if r in self.brief.facts]
            told = frozenset([reading.occasion, *linked])
        elif previous is not None and reading.told_only and previous.told in self.brief.facts:
            told = frozenset([previous.told])  # "when did she say that": the words just told
        more_words = previous is not None and reading.besides and self._more_words_told(previous, reading.text)
        if more_words and previous is not None:
            # "who said 'no lamps for the admiralty'", then "what else did they say": the fact just told quotes other
            # words of theirs too ("and 'Ships, not lamps!'"), which it alone holds as theirs; another fact matching
            # the words asked is never theirs for that (fresh tester 74 F6)
            told = frozenset([previous.told])
        besides = self._besides(previous.told, previous.else_told) if reading.besides and previous is not None else None
        asked = without_else(reading.text) if besides is not None else reading.text
        among = others if others is not None else told if told is not None else besides
        if among is None and reading.in_source and previous is not None and previous.source:
            among = self._cited_by(previous.source)  # "what happened on monday": that article's Monday
        if reading.shared and besides is not None and previous is not None and not more_words:
            asked = asked.partition(" besides ")[0]
            answered, understood = self._answer_text(asked, among=besides.also(self._sharing(previous.told)))
            if not answered.answered:  # none tells of those things: anyone else
                answered, understood = self._answer_text(asked, among=besides)
            if answered.outcome == "off_topic":  # the last answer was on the brief's topic: no one else is told
                answered = self._miss(answered.question, "no_match", messages.NO_ANSWER, [], kind=answered.kind)
        else:
            found = of_occasion if of_occasion is not None and among is None else None
            if found is None and reading.linked_first and previous is not None:
                found = self._of_linked(asked, q, previous.told)
            if among is None and reading.of_facts:  # "how much altogether": of the facts that told those sums
                among = reading.of_facts
            if reading.reason and told is not None:  # "why?": said below from the fact just told, never answered
                reason_norm = normalize(parted(asked, self._word_known))
                understood = (reason_norm, self.understander.understand(reason_norm))
                answered = self._miss(reason_norm.text[:300], "no_match", "", [], kind="why-how", suggest=False)
            else:
                answered, understood = found if found is not None else self._answer_text(asked, among=among)
        if more_words and previous is not None and not answered.answered and understood is not None:
            # "who said what are you afraid of", then "what else did they say": the words just told are the fact's
            # own, and so are its other words; asked again, the reading (naming no one but by those words) found
            # nothing to ask ("outside what I cover"), so the told fact is composed directly, as `sourced` does
            hit = Hit(previous.told, 1.0, 1.0)
            composed = self.composer.compose(understood[1], [hit], hit)
            answered = _shown(composed, answered.question) if composed.answered else answered
        if reading.in_source and not answered.answered:
            # that article tells of no such day: said so, never "outside what I cover" (another article's Monday is
            # another day, which answering alone would give as if it were this story's)
            day = next((w for w in words(reading.text.lower()) if w in WEEKDAYS), "")
            text = messages.DAY_UNTOLD_IN_SOURCE.format(day=day.capitalize())
            answered = self._miss(answered.question, "no_match", text, [], kind=answered.kind, suggest=False)
        lead = answered.evidence[0].id if reading.occasion and answered.answered else ""
        # (a claim tells what someone holds: "arrests" in what the protesters compared is no arrest at the protest)
        at_occasion = lead in self.brief.facts and self.brief.facts[lead].kind != "claim"
        if reading.occasion and not (at_occasion and all(self._tells_term([lead], t) for t in q.terms)):
            # the occasion's facts tell of no such things there: said plainly, naming what was asked (or of whom:
            # "what did they want" of those at it is no "… of what did those who … want")
            text = messages.NONE_AT_OCCASION.format(asked=reading.text)
            if reading.they:
                text = messages.NOT_TOLD_OF.format(name=reading.they)
            answered = self._miss(answered.question, "no_match", text, [], kind=answered.kind, suggest=False)
        if not answered.answered and reading.fallback is not None and not reading.people and among is None:
            # "the 2014 one" of a renewal when no article tells of a renewal that year: the thing renewed, that year
            # ("the other one" as a fallback is of the others the last answer's fact links to, as when asked so)
            told_other = reading.fallback.other and previous is not None and previous.told in self.brief.facts
            of_others = self._others(previous) if told_other and previous is not None else None
            again, understood_again = self._answer_text(reading.fallback.text, among=of_others)
            if again.answered:
                answered, understood, reading = again, understood_again, reading.fallback
        if told is not None and answered.answered and answered.kind == "date" and not answered.evidence[0].date:
            # "when was that" of what the last answer told alone, which no article dates: no date, never the same
            # undated statement again as if it were one
            answered = self._miss(answered.question, "no_match", messages.NO_DATE, [], kind=answered.kind)
        if reading.reason and told is not None and previous is not None:
            # "why?" after "who called the wardens": the fact just told, again, is no reason for itself; it tells one
            # only with a word of cause in it ("in response", "because") or a purpose ("…, to hand them a letter"),
            # and then no more than it already said
            statement = self.brief.facts[previous.told].statement
            caused = gives_why(statement)
            reason_of = None if caused else self._reason_linked(previous)
            if reason_of is not None:
                answered, understood = reason_of
                reading = replace(reading, text=answered.read_as or answered.question)
            else:
                text = (messages.REASON_NO_MORE if caused else messages.REASON_UNTOLD).format(statement=statement)
                answered = self._miss(answered.question, "no_match", text, [], kind="why-how", suggest=False)
        if others is not None and not answered.answered and reading.plain:
            # "how much was the other contract in 2018": the other one need not be of that year too
            plainly, understood_plainly = self._answer_text(reading.plain, among=others)
            if plainly.answered:
                answered, understood, reading = plainly, understood_plainly, replace(reading, text=reading.plain)
        if pair and not answered.answered:
            answered = self._miss(answered.question, "no_match", messages.NO_ANSWER, [], kind=answered.kind)
        elif others is not None and not answered.answered:
            # none of those answers what the reading asks: asked of any fact, unless that repeats the last one
            alone, understood_alone = self._answer_text(reading.text)
            if alone.answered and previous is not None and alone.evidence[0].id == previous.told:
                # "how many signed the petition", then "and the other one?", the brief linking no other petition to
                # it: asked of any fact but that one and those giving its sum (the one told again), the noun the
                # reading names holding "other" to another of its kind
                alone, understood_alone = self._answer_text(reading.text, among=self._other_than(previous.told))
                lead = alone.evidence[0].id if alone.answered else ""
                if lead not in self.brief.facts or not self._tells_term([lead], previous.head.lower()):
                    alone = answered  # no other of that noun: never a thing of another kind as "the other one"
            if alone.answered and previous is not None and alone.evidence[0].id != previous.told:
                if self._of_kind(alone, self._named_kind(previous)):
                    answered, understood = alone, understood_alone
                else:  # "the other one" is another of the kind the last answer told: a lease's other is no
                    # grant made before it
                    answered = self._miss(answered.question, "no_match", messages.NO_ANSWER, [], kind=answered.kind)
            elif answered.outcome == "off_topic":  # the last answer was on the brief's topic: there is no other
                answered = self._miss(answered.question, "no_match", messages.NO_ANSWER, [], kind=answered.kind)
        year = _year_one(reading.instead) if reading.new_subject and previous is not None else ""
        untold_year = year and previous is not None and answered.answered
        if untold_year and previous is not None and not self._tells_in_year(answered, previous.head, year):
            # "how many signed the petition", then "and the 1998 one?": a fact naming 1998 beside a petition of
            # another year tells of no 1998 petition, and leading with it would say there was one
            text = messages.NONE_OF_YEAR.format(noun=previous.head.lower(), year=year)
            answered = self._miss(answered.question, "no_match", text, [], kind=answered.kind, suggest=False)
        named = understood is not None and bool(understood[1].sources)  # it names an article of its own
        within = None
        # (and "and the office protests?" naming nothing of its own: the ones the article just cited tells of, if any)
        unnamed = understood is not None and not understood[1].entities and not understood[1].years
        if previous is not None and not named and (not reading.new_subject or unnamed) and told is None:
            within = self._within(reading.text, previous.source, answered)
        if (
            within is not None
            and (reading.other or reading.besides)
            and previous is not None
            and within[0].evidence[0].id == previous.told
        ):
            # the other one is never what the last answer told, even as the article it cited tells it; nor what else
            # someone said the words just told again (fresh tester 79 F1: "what else did he say")
            within = None
        if within is not None:
            answered, understood, text = within
            reading = replace(reading, text=text)
        if (
            among is None
            and reading.told_first
            and previous is not None
            and (not answered.answered or answered.evidence[0].id != previous.told)
            and previous.told in self.brief.facts
        ):
            # "who got it": the thing the fact just told tells of, so that fact answers when it holds every word the
            # follow-up adds ("how many prosecutions came of it" is not answered by a count of arrests); else the
            # facts the brief links to it, which tell of the same thing ("did they cancel it": the one telling they
            # kept it); another fact only when none of them answers
            linked = [r for r in self.brief.related.get(previous.told) or () if r in self.brief.facts]
            if reading.act:  # "how much was it" of the lease renewed: a linked fact not telling of the renewal may
                linked = [r for r in linked if self._states_act(r, reading.act)]  # give another lease's sum
            # "when does the old lease expire", then "how much was that one": the sum of the thing the fact just told;
            # a fact the brief links to it (of the same topic) that tells no act done to it gives another lease's sum,
            # which no article says is that one's
            sum_of_told = q.kind == "amount" and not reading.act and not self._names_one(previous)
            if sum_of_told:
                linked = []
            if not q.terms:  # "where?", "where was it" after "when did the keepers protest the guild": a linked fact
                # tells of that only when it holds the reading's own words ("protest"); one only naming the guild
                # would lead with another thing's place
                own = self.understander.understand(normalize(asked)).leftover
                linked = [r for r in linked if all(self._tells_term([r], t) for t in own)]
            for of in ([previous.told], linked):
                if not of or not all(self._tells_term(of, t) for t in q.terms):
                    continue
                of_told = self._answer_text(asked, among=frozenset(of))
                if of_told[0].answered and q.kind == "date" and not self._dated_lead(of_told[0]):
                    # "how much did the guild pay for it", then "when was that?": the sum just told, which no
                    # article dates; its statement again, leading with no date, would read as the date
                    answered = self._miss(asked, "no_match", messages.NO_DATE, [], kind=q.kind)
                    reading = replace(reading, text=asked)
                    break
                if of_told[0].answered:
                    (answered, understood), reading = of_told, replace(reading, text=asked)
                    break
            else:
                if reading.act and answered.answered and not self._states_act(answered.evidence[0].id, reading.act):
                    # "when did the guild renew the lease", then "how much was it": a fact not telling of the renewal
                    # may give another lease's sum (one telling its opposite, "cancelled", tells of no renewal)
                    answered = self._miss(answered.question, "no_match", messages.NO_ANSWER, [], kind=answered.kind)
                elif (
                    sum_of_told
                    and answered.answered
                    and answered.evidence[0].id != previous.told
                    and not self._paid_for_named(understood, answered, previous.told)
                ):
                    answered = self._miss(answered.question, "no_match", messages.NO_ANSWER, [], kind=answered.kind)
        if (
            among is None
            and not reading.new_subject
            and answered.answered
            and self._of_another_occasion(answered, previous)
        ):
            # "when was the 2018 vigil", then "who organized it": a group the articles tie only to a 2019 vigil at the
            # same place organized another occasion, which the reading ("who organized the vigil") left unsaid; only
            # the facts of the occasion told may answer (fresh tester 81 C4.4)
            answered = self._miss(answered.question, "no_match", messages.NO_ANSWER, [], kind=answered.kind)
        lacking = (
            among is None
            and reading.told_first
            and previous is not None
            and q.words[:1] in (["what"], ["which"])
            and q.words[1:2] != []
            and q.words[1] in q.terms  # "what app …": the noun of what is asked for
            and answered.answered
            and answered.evidence[0].id == previous.told
            and previous.told in self.brief.facts
            and not self._tells_term([previous.told], q.words[1])
        )
        if lacking and previous is not None:
            # "who said 'fair winds'", then "what boat did they use": the words just told hold no boat, so they
            # again are no answer; a fact telling of a thing that one tells of (the seizure they were part of) and
            # holding the noun asked for may be, else none is
            of_thing = self._answer_text(asked, among=self._sharing(previous.told))
            lead = of_thing[0].evidence[0].id if of_thing[0].answered else ""
            if lead in self.brief.facts and self._tells_term([lead], q.words[1]):
                answered, understood = of_thing
            else:
                answered = self._miss(answered.question, "no_match", messages.NO_ANSWER, [], kind=answered.kind)
        if (
            reading.new_subject
            and previous is not None
            and previous.told in self.brief.facts
            and answered.answered
            and answered.evidence[0].id == previous.told
        ):
            # "and the other one?", "and the monday vigil?": the fact the last answer told, again, is never the other
            # one, nor of a day named by a weekday when it tells of another ("how many letters at the monday vigil"
            # answered by the Saturday vigil's letters): the last ask did not fit the new subject, which is asked
            # about plainly ("what about the monday vigil")
            plain_ask = f"what about {reading.instead}" if reading.instead and not reading.other else ""
            if reading.other or (plain_ask and self._of_another_day(previous.told, reading.instead)):
                alone, understood_alone = self._answer_text(plain_ask) if plain_ask else (answered, understood)
                if plain_ask and alone.answered and alone.evidence[0].id != previous.told:
                    answered, understood, reading = alone, understood_alone, replace(reading, text=plain_ask)
                else:
                    answered = self._miss(answered.question, "no_match", messages.NO_ANSWER, [], kind=answered.kind)
        named_before = {e for e, _ in previous.names} if reading.other and previous is not None else set()
        if answered.answered and answered.evidence[0].kind == "entity" and answered.evidence[0].id in named_before:
            # "what is Gullboard", then "and the other one?": the glossary entry of the one just named is never the
            # other one
            answered = self._miss(answered.question, "no_match", messages.NO_ANSWER, [], kind=answered.kind)
        document = self._document_told(previous, reading.text) if not reading.new_subject else None
        involved = document is not None and answered.answered and self._involves(answered, document)
        doer_untold = self._doer_untold(reading.text, answered, previous) if document is not None else ""
        if document is not None and (not involved or doer_untold):
            # "what did the 2018 letter say", then "who signed it": the letter just quoted, not another one of that
            # year that other facts tell of; none telling of that one answers. Its name ("what was it called") is
            # asked of the facts listing it, which name it (asked so of anything else, a fact naming none of what
            # is asked, "who signed it", would pass)
            listing = frozenset(f for f, fact in self.brief.facts.items() if document in fact.entities)
            of_it = self._answer_text(reading.text, among=listing) if asks_name(reading.text) else None
            if of_it is not None and of_it[0].answered:
                answered, understood = of_it
            elif doer_untold:
                # "who signed it", "who wrote it": the letter's contents or another letter's signers are no one who
                # did that to it; said plainly, then what the fact just told tells of the letter (fresh tester 84)
                answered = self._miss(answered.question, "no_match", doer_untold, [], kind="who", suggest=False)
            elif answered.answered:
                answered = self._miss(answered.question, "no_match", messages.NO_ANSWER, [], kind=answered.kind)
        of_told_document = (
            None if document is not None or reading.new_subject else self._own_document_facts(previous, reading.text)
        )
        if of_told_document is not None and answered.answered and answered.evidence[0].id not in of_told_document:
            # "who signed the 2018 letter" (a letter no glossary entry names), then "when was it delivered": that
            # letter, which only the fact just told and those linked to it telling of a letter tell of, never
            # another letter of 2018 a fact dates; none of them answering is no answer
            of_own = self._answer_text(reading.text, among=of_told_document)
            if of_own[0].answered and of_own[0].evidence[0].id in of_told_document:
                answered, understood = of_own
            else:
                answered = self._miss(answered.question, "no_match", messages.NO_ANSWER, [], kind=answered.kind)
        # (as shown, when it says what it was asked with and is still the text answered)
        as_read = reading.shown if reading.shown and reading.text == first_text else reading.text
        read = replace(answered, read_as=as_read)
        shown = replace(read, question=norm.shown[:300], text=render_text(read))
        if not reading.new_subject:  # "it" stood for the earlier question's subject, which stays; what is asked
            # of it is this reading's ("who organized it", then "what about the 2001 one": who organized that)
            leaning = self._leaning(reading.text, *understood) if understood is not None else None

            def kept() -> Subject | None:
                asked = leaning() if leaning is not None else None
                if previous is None or not asked or not asked.ask or reading.keeps_ask:
                    return previous
                if not shown.answered and asked.asked.split(" ")[0] in AUXILIARIES:
                    # "did they win?" unanswered: no win told, so "where?" next is where the subject was, never
                    # "where did <the subject> win"
                    return previous
                # and what it counts, if anything, and the question as asked, whose parts "what about …" swaps, with
                # its closing verb: "when does it start", then "and the 2001 one?" asks when that one starts
                tail = self.followups.closing(asked, previous.phrase)
                return replace(
                    previous,
                    ask=asked.ask,
                    counted=asked.counted,
                    asked=asked.asked,
                    names=asked.names,
                    tail=tail,
                    they_told=previous.they_told or reading.people,
                    they=reading.they or previous.they,
                    occasion=reading.occasion or previous.occasion,
                )

            return shown, kept
        if not shown.answered:
            return shown, lambda: None  # "what about 2014" unanswered: a guessed subject "it" must not stand for
        leaning = self._leaning(reading.text, *understood) if understood is not None else self._leaning(reading.text)
        if not reading.other:
            return shown, leaning

        def other() -> Subject | None:
            found = leaning()
            if found is None:
                return None
            return replace(found, other=True, other_of=previous.told if previous is not None else "")

        return shown, other

    def _within(
        self, reading: str, source: str, alone: Answer
    ) -> tuple[Answer, tuple[Normalized, Question] | None, str] | None:
        """A follow-up's `reading` ("when was the flyer") asked of the article the last answer cited (`source`), when
        its answer `alone` rests on another article and that one answers it too: "that" in "when was that" is what
        the last answer told, and another article's flyer is another flyer. Returns the answer, the question as
        understood and the reading shown ("when was the flyer according to the Gazette": a question anyone can ask
        again), or None. Only an answered question is asked again, and only an answer of the same kind resting on
        that article is taken: a refusal is never turned into an answer by naming an article."""
        outlet = self.brief.sources[source].outlet if source in self.brief.sources else None
        if not outlet or not alone.answered or _first_source(alone) in ("", source):
            return None
        text = f"{reading} according to {outlet}"
        answered, understood = self._answer_text(text)
        if not answered.answered or answered.kind != alone.kind or _first_source(answered) != source:
            return None
        return answered, understood, text

    def _leaning(
        self, text: str, norm: Normalized | None = None, q: Question | None = None
    ) -> Callable[[], Subject | None]:
        """A function giving the subject of the question `text` (followups.Subject; None when it has none), from the
        question as normalized and understood when they are given."""

        def subject() -> Subject | None:
            said = norm if norm is not None else normalize(text)
            first = first_part(said.text)
            if first is not None:  # "how much is the lease and when does it expire": the first part's subject
                said = normalize(first)
                return self.followups.subject(said, self.understander.understand(said)) if said.tokens else None
            if not said.tokens:
                return None
            return self.followups.subject(said, q if q is not None else self.understander.understand(said))

        return subject

    def _of_occasion(
        self, reading: Reading, q: Question, previous: Subject | None
    ) -> tuple[Reading | None, tuple[Answer, tuple[Normalized, Question] | None] | None]:
        """ "What did they do with the letter", "they" read as the protesters the last answer told of
        (`Reading.people`): answered by that occasion's facts (the fact told and those the brief links to it), one of
        them holding every word the question `q` adds ("did they get in" is not answered by the occasion's
        headline). Returns the reading and that answer; when none answers, the reading as if nothing stood for
        "they" (`Reading.fallback`) and None: another occasion's protesters are other people."""
        if previous is None or previous.told not in self.brief.facts:
            return reading.fallback, None
        linked = [r for r in self.brief.related.get(previous.told) or () if r in self.brief.facts]
        found = self._answer_text(reading.text, among=frozenset([previous.told, *linked]))
        lead = found[0].evidence[0].id if found[0].answered else ""
        if lead in self.brief.facts and all(self._tells_term([lead], t) for t in q.terms):
            return replace(reading, told_first=False), found
        return reading.fallback, None

    def _of_linked(
        self, asked: str, q: Question, told: str
    ) -> tuple[Answer, tuple[Normalized, Question] | None] | None:
        """ "What about the letter" (`asked`, a reading with `linked_first`) answered by the facts the brief links to
        the fact `told` the last answer led with, when one of them holding every word of the question `q` leads the
        answer: next to a petition, "the letter" is the letter the brief ties to that petition. None otherwise."""
        linked = [r for r in self.brief.related.get(told) or () if r in self.brief.facts]
        if not linked or not all(self._tells_term(linked, t) for t in q.terms):
            return None
        found = self._answer_text(asked, among=frozenset(linked))
        lead = found[0].evidence[0].id if found[0].answered else ""
        return found if lead in self.brief.facts and all(self._tells_term([lead], t) for t in q.terms) else None

    def _reason_linked(self, previous: Subject) -> tuple[Answer, tuple[Normalized, Question] | None] | None:
        """ "Why?" after an answer whose fact tells no reason ("the warden defended the lease at a meeting"): a fact
        the brief links to it (`related`: of the same matter) that tells the one the told fact names as doing it
        (`Subject.told_person`, else `told_actor`) doing something and, in the words that follow, says outright why
        (untold.reason_given: "the warden wanted the lease kept because …"), answering "why did <that one> do that"
        alone; None when none does. Said as "the articles don't say why" it hid the reason the linked fact tells
        (tester 69 F6); a linked fact merely touching a cause or purpose (untold.gives_why: "the activists pressing
        them") is no reason for the act asked of (review 22 M3)."""
        doer = previous.told_person or previous.told_actor
        facts = self.brief.facts
        if not doer:
            return None
        asked = f"why did {doer} do that"
        for r in self.brief.related.get(previous.told) or ():
            if r not in facts:
                continue
            clause = self._doing_clause(facts[r].statement, doer)
            if not clause or not reason_given(clause):
                continue
            found = self._answer_text(asked, among=frozenset([r]))
            if found[0].answered and found[0].evidence[0].id == r:
                return replace(found[0], read_as=asked), found[1]
        return None

    def _doing_clause(self, statement: str, doer: str) -> str:
        """The words of `statement` from its first naming of `doer` to the end of that sentence or clause (";"), when
        the name is followed by a verb: the doer doing something ("the warden wanted …"), not something done to them
        ("a letter to the warden over their worries"); "" otherwise. A verb is one the word list knows as only a verb,
        or a past form ("wanted", a word the list also knows as an adjective) whose stem is a word ("want"): "need" or
        "speed" merely end in "ed"."""
        name = words(doer.lower())
        found = re.search(r"\b" + r"\W+".join(map(re.escape, name)) + r"\b", statement, re.IGNORECASE) if name else None
        if found is None:
            return ""
        rest = re.split(r"[;.](?:\s|$)", statement[found.end() :], maxsplit=1)[0]
        after = next(iter(words(rest.lower())), "")
        english = self.understander.english
        past = len(after) > 4 and after.endswith("ed") and max(english.zipf(after[:-2]), english.zipf(after[:-1])) > 0
        if not after or after in STOPWORDS or (english.verb(after) is None and not past):
            return ""
        return rest

    def _actor_told(self, told: str, named: set[str]) -> str:
        """The name of the one actor (a person or organization of the glossary) the fact `told` lists besides the
        entities `named`; "" when it lists none or several, or is no fact."""
        fact = self.brief.facts.get(told)
        entities = self.brief.entities
        actors = [
            e
            for e in (fact.entities if fact else [])
            if e in entities and entities[e].kind in ACTOR_KINDS and e not in named
        ]
        if fact is None or len(actors) != 1:
            return ""
        # a statement telling people by a plural noun before it names the actor tells those people as its doers
        # ("Some organizers held signs … telling the guild …"): the guild is whom they told, not who did it, so
        # "who said …", then "what else did they say" is never of the guild (fresh tester 74 F6)
        doer = people_told(fact.statement)
        if doer:
            tokens = words(fold(fact.statement))
            entry = entities[actors[0]]
            named_at = [
                i
                for name in (entry.name, *entry.aliases)
                if (said := words(fold(name)))
                for i in range(len(tokens))
                if tokens[i : i + len(said)] == said
            ]
            if not named_at or tokens.index(doer) < min(named_at):
                return ""
        return entities[actors[0]].name

    def _names_one(self, subject: Subject) -> bool:
        """The subject is only a thing the glossary names ("lamp" of "who made lamp"), no noun any lease may be:
        "how much was it" asked of that name on its own is of that thing, whatever fact the last answer told (the
        fact telling who made it need give no sum for the name to have one). A person or an organization is no thing
        with a sum of its own ("how much did the guild get" is asked of the guild as an actor)."""
        if len(subject.names) != 1 or subject.phrase.lower() != subject.names[0][1]:
            return False
        entity = self.brief.entities.get(subject.names[0][0])
        return entity is not None and entity.kind not in ACTOR_KINDS

    def _states_act(self, fact_id: str, act: str) -> bool:
        """The fact's statement holds the verb `act` by stem ("renewed" for "renew"); an entry or unknown id none."""
        fact = self.brief.facts.get(fact_id)
        return fact is not None and stem(act) in {stem(w) for w in words(fact.statement)}

    def _of_another_day(self, fact_id: str, text: str) -> bool:
        """`text` (a subject as typed: "the monday vigil") names a day by its weekday, and the fact tells of another
        weekday and not of that one ("on the Saturday of the vigil"): another day's occasion."""
        asked = WEEKDAYS.intersection(words(text.lower()))
        said = WEEKDAYS.intersection(words(self.brief.facts[fact_id].statement.lower()))
        return bool(asked) and bool(said) and asked.isdisjoint(said)

    def _of_thing_told(self, norm: Normalized, q: Question, previous: Subject) -> Answer | None:
        """ "What are the charges" (what or which, a form of "be", "the" and the noun asked, naming nothing of the
        brief), answered by nothing alone, right after an answer that told a fact: "the" points at what that answer
        told of (the charges of the prosecutions the program it quoted brought), which that fact or one the brief
        links to it gives, holding the noun; that answer, asked and shown in the last subject's noun ("what are the
        charges in the surge"), else None (fresh tester 85: "That's outside what I cover"). Only those facts may
        answer: another one holding the noun is no telling of that thing."""
        w = q.words
        if q.entities or len(w) < 4 or w[0] not in ("what", "which") or w[1] not in COPULAS or w[2] != "the":
            return None
        if not q.terms or not set(q.terms) <= set(w[3:]) or previous.told not in self.brief.facts:
            return None
        among = [previous.told, *(r for r in self.brief.related.get(previous.told) or () if r in self.brief.facts)]
        if not previous.head:
            return None
        read_as = f"{norm.shown[:300]} in the {previous.head}"
        answered, _ = self._answer_text(read_as, among=frozenset(among))
        if not answered.answered or not all(self._tells_term([answered.evidence[0].id], t) for t in q.terms):
            return None
        read = replace(answered, question=norm.shown[:300], read_as=read_as)
        return replace(read, text=render_text(read))

    def _tells_term(self, facts: list[str], term: str) -> bool:
        """One of the `facts` holds `term` (a question's own content word), by stem, in its statement or keywords,
        or states one of the opposites the brief lists of it ("kept" for "cancel": a yes or no to it)."""
        for fact_id in facts:
            fact = self.brief.facts[fact_id]
            held = {stem(w) for w in words(" ".join([fact.statement, *fact.keywords]))}
            if stem(term) in held or self.retriever.states_opposite(fact_id, stem(term)):
                return True
        return False

    def _sharing(self, told: str) -> FactsWhere:
        """The facts listing a thing the fact `told` lists (an entity of no actor kind: a program, a place, a
        document), which "else" asks others of; asked fact by fact of the candidates, never a pass over every fact
        (a compiled brief reads its rows on demand)."""
        fact = self.brief.facts.get(told)
        entities = self.brief.entities
        things = {e for e in (fact.entities if fact else []) if e in entities and entities[e].kind not in ACTOR_KINDS}

        def shares(doc_id: str) -> bool:
            other = self.brief.facts.get(doc_id)
            return other is not None and not things.isdisjoint(other.entities)

        return FactsWhere(shares)

    def _told_of_them(self, asked: str, q: Question, previous: Subject) -> Answer:
        """The answer to `asked`, a follow-up whose "they" stood for people the last answer told of (`previous`), from
        the article that told of them (`Subject.source`), whose answer holds every word the question `q` adds; else
        that they are not told of so (messages.NOT_TOLD_OF_THEM): another article's people are others."""
        found = self._answer_text(asked, among=self._cited_by(previous.source))[0]
        lead = found.evidence[0].id if found.answered else ""
        if lead in self.brief.facts and all(self._tells_term([lead], t) for t in q.terms):
            return found
        people = previous.told_people or "people"
        return self._miss(found.question, "no_match", messages.NOT_TOLD_OF_THEM.format(people=people), [], kind=q.kind)

    def _cited_by(self, source: str) -> FactsWhere:
        """The facts citing the article `source` (asked fact by fact, as `_sharing`)."""

        def cites(doc_id: str) -> bool:
            fact = self.brief.facts.get(doc_id)
            return fact is not None and any(c.source == source for c in fact.citations)

        return FactsWhere(cites)

    def _more_words_told(self, previous: Subject, asked: str) -> bool:
        """`asked` asks for someone's words (SPEECH_VERBS), the question the last answer answered asked who said
        words it quoted (`quoted_phrases`), and the fact that answer told quotes other words (a span in quotation
        marks in a citation, most of whose content words the quoted ones lack): what "what else did they say" asks."""
        fact = self.brief.facts.get(previous.told)
        if fact is None or SPEECH_VERBS.isdisjoint(words(asked.lower())):
            return False
        quoted = quoted_phrases(previous.told_asked or previous.asked)
        if not quoted:
            return False
        known = {stem(w) for phrase in quoted for w in words(phrase)}
        spans = [
            {stem(w) for w in words(fold(span.group(1) or span.group(2))) if w not in STOPWORDS}
            for citation in fact.citations
            for span in QUOTE_SPAN.finditer(citation.quote)
        ]
        # the asked words are the fact's own quoted ones ("who said we refuse to be like the neighbours"), not words
        # telling of a saying ("who said what Lind told the Gazette": any words of hers there are the ones just told,
        # and her other facts tell what else she said; fresh tester 79 F1)
        content = {stem(w) for phrase in quoted for w in words(phrase) if w not in STOPWORDS}
        holding = [len(content & said) * 2 > len(content) for said in spans]
        if not any(holding):
            return False
        # the other words are in a span of their own: the rest of the very sentence asked about ("we've seen this
        # before, both in this country …") is those words, not others (its speaker's other fact holds those)
        others = [said for said, held in zip(spans, holding, strict=True) if not held]
        return any(said and len(said - known) * 2 > len(said) for said in others)

    def _besides(self, told: str, before: frozenset[str] = frozenset()) -> FactsWhere:
        """The facts other than `told` and those giving a sum it gives (the same thing told again): who "else" is;
        asked fact by fact, as `_sharing`. `before`: facts told as "else" in a row before it, left out too."""
        fact = self.brief.facts.get(told)
        sums = scaled_figures(words(fact.statement)) if fact is not None else set()

        def other_than_told(doc_id: str) -> bool:
            other = self.brief.facts.get(doc_id) if doc_id != told and doc_id not in before else None
            return other is not None and not sums & scaled_figures(words(other.statement))

        return FactsWhere(other_than_told)

    def _other_than(self, told: str) -> FactsWhere:
        """The facts that may be another of what the fact `told` tells of: those `_besides` it, but for the ones of its
        date, which tell of that same happening (as `_others` leaves them out)."""
        fact = self.brief.facts.get(told)
        date = fact.date if fact is not None else None
        besides = self._besides(told)

        def another(doc_id: str) -> bool:
            other = self.brief.facts.get(doc_id)
            return doc_id in besides and other is not None and not (date and other.date == date)

        return FactsWhere(another)

    def _dated_lead(self, answer: Answer) -> bool:
        """The answer's lead opens with a date ("2013: …", "Scheduled for 20 September 2019: …"), or its first
        evidence is a fact with a date of its own."""
        head, colon, _ = answer.lead.partition(": ")
        if colon and any(len(w) == 4 and w.isdigit() for w in words(head)):
            return True
        first = self.brief.facts.get(answer.evidence[0].id) if answer.evidence else None
        return first is not None and bool(first.date)

    def _leads_several(self, answer: Answer) -> bool:
        """The answer's lead gives a figure of a differing fact besides its first evidence's ("$12 million (the
        Gazette); $14 million (the Harbour Post)"), or SEVERAL_FIGURES figures its first evidence does not state (a
        list of the sources' figures): more than one fact, each with its own source, was told."""
        told = answer.evidence[0].id if answer.evidence else ""
        first = self.brief.facts.get(told)
        own = scaled_figures(words(first.statement)) if first is not None else frozenset()
        led = scaled_figures(words(answer.lead))
        for item in answer.differing:
            fact = self.brief.facts.get(item.id)
            if fact is not None and (scaled_figures(words(fact.statement)) - own) & led:
                return True
        # a list of the figures the sources give, each with its source and no fact of its own among the answer's
        # items ("$16 million (the Gazette, 2018); $21 million (the Post, 2019): the figures the sources give"):
        # several figures its first evidence does not state
        return first is not None and len(led - own) >= SEVERAL_FIGURES

    def _person_told(self, told: str) -> str:
        """The name of the one person (a glossary entry of kind "person") the fact `told` lists; "" when it lists
        none or several, or is no fact."""
        fact = self.brief.facts.get(told)
        entities = self.brief.entities
        people = [e for e in fact.entities if e in entities and entities[e].kind == "person"] if fact else []
        return entities[people[0]].name if len(people) == 1 else ""

    def _document_told(self, previous: Subject | None, reading: str) -> str | None:
        """The document (a glossary entry of kind "document") the fact the last answer led with lists, when the
        reading of a follow-up names it by a noun of its class ("letter", "report": classes.NOUN_KINDS): what "it"
        stands for is that very document. None otherwise."""
        fact = self.brief.facts.get(previous.told) if previous is not None else None
        if fact is None:
            return None
        nouns = {w for w in words(reading) if "document" in NOUN_KINDS.get(w, ())}
        documents = [e for e in fact.entities if e in self.brief.entities and self.brief.entities[e].kind == "document"]
        return documents[0] if nouns and len(documents) == 1 else None

    def _doer_untold(self, reading: str, answered: Answer, previous: Subject | None) -> str:
        """The plain line for a follow-up read "who <an act of AUTHORING> <the document just told>" ("who signed the
        letter") whose answer `answered` does not lead with a fact of that document stating the act by stem (a fact
        of another letter, or the letter's words, tell no one who signed it): "The articles I have don't say who
        signed the letter; they tell this of it: <the statement of the fact the last answer led with>". "" for any
        other reading ("who is", "who delivered": no authoring), or when that answer states the act."""
        said = reading.split(" ")
        told = self.brief.facts.get(previous.told) if previous is not None else None
        # (only the acts making or sending it: who received or delivered it other facts of it may tell)
        if told is None or len(said) < 3 or said[0].lower() != "who" or said[1].lower() not in AUTHORING:
            return ""
        act = said[1].lower()
        lead = answered.evidence[0].id if answered.answered and answered.evidence else ""
        document = self._document_told(previous, reading)
        if lead in self.brief.facts and self._states_act(lead, act) and document in self.brief.facts[lead].entities:
            return ""
        return messages.DOER_UNTOLD_LEAD.format(act=act, thing=" ".join(said[2:]), statement=told.statement)

    def _own_document_facts(self, previous: Subject | None, reading: str) -> frozenset[str] | None:
        """The facts telling of the document the fact the last answer led with tells of without naming it (it lists
        no glossary entry of kind "document", as `_document_told` needs), when the reading of a follow-up names it by
        a noun of its class that the fact's statement uses ("a letter to the warden", then "when was the letter
        delivered"): that fact and those linked to it (`related`) whose statements use the noun and which list no
        document either. None otherwise."""
        facts = self.brief.facts
        fact = facts.get(previous.told) if previous is not None else None
        if fact is None or previous is None or self._documents_of(previous.told):
            return None
        nouns = {w for w in words(reading) if "document" in NOUN_KINDS.get(w, ())} & set(words(fact.statement))
        if not nouns:
            return None
        linked = (
            r
            for r in fact.related
            if r in facts and nouns & set(words(facts[r].statement)) and not self._documents_of(r)
        )
        return frozenset([previous.told, *linked])

    def _documents_of(self, fact_id: str) -> list[str]:
        """The glossary entries of kind "document" the fact lists."""
        entities = self.brief.entities
        return [e for e in self.brief.facts[fact_id].entities if e in entities and entities[e].kind == "document"]

    def _involves(self, answer: Answer, entity: str) -> bool:
        """The answer's first evidence is the entity's glossary entry or a fact listing it."""
        first = answer.evidence[0].id if answer.evidence else ""
        fact = self.brief.facts.get(first)
        return first == entity or (fact is not None and entity in fact.entities)

    def _of_another_occasion(self, answer: Answer, previous: Subject | None) -> bool:
        """The last answer led with a dated event (an occasion: `Subject.told`), and `answer`, to a follow-up whose
        stand-in is that subject, leads with what the articles tell only of another year: a fact outside that
        occasion's (the one told and those the brief links to it) not telling of a `Subject.head` of the occasion's
        year (`_tells_in_year`), or a glossary entry that none of the occasion's facts lists and whose description
        names years, none of them that one. False otherwise (an undated lead is no other occasion)."""
        told = self.brief.facts.get(previous.told) if previous is not None else None
        if previous is None or told is None or told.kind != "event" or not told.date or not answer.evidence:
            return False
        year = told.date[:4]
        occasion = [previous.told, *(r for r in self.brief.related.get(previous.told) or () if r in self.brief.facts)]
        first = answer.evidence[0]
        if first.id in occasion:
            return False
        if first.kind == "fact":
            return not self._tells_in_year(answer, previous.head, year)
        entity = self.brief.entities.get(first.id) if first.kind == "entity" else None
        if entity is None or any(first.id in self.brief.facts[f].entities for f in occasion):
            return False
        years = set(re.findall(r"\b(?:19|20)\d\d\b", entity.description))
        return bool(years) and year not in years

    def _tells_in_year(self, answer: Answer, noun: str, year: str) -> bool:
        """The fact `answer` leads with tells of a `noun` of `year`: a clause of its statement (split at commas,
        semicolons and "and") naming the noun names that year, or names no other year; with no clause naming it,
        the fact is of that year or undated. A lead that is no fact passes."""
        first = answer.evidence[0] if answer.evidence else None
        fact = self.brief.facts.get(first.id) if first is not None and first.kind == "fact" else None
        if fact is None:
            return True
        head = stem(noun.lower())
        clauses = [c for c in re.split(r"[,;]| and ", fact.statement) if head in {stem(w) for w in words(c.lower())}]
        if not clauses:
            return not fact.date or fact.date.startswith(year)
        return any(year in c or not re.search(r"\b(?:19|20)\d\d\b", c) for c in clauses)

    def _named_kind(self, previous: Subject) -> str:
        """The fact kind (classes.THING_KINDS) the noun "the other one" stands for names ("contract" of "the 1998
        contract"), "" when that noun names none."""
        head = stem(previous.head.lower())
        return next((k for k in THING_KINDS if stem(k) == head), "")

    def _of_kind(self, answer: Answer, kind: str) -> bool:
        """The fact `answer` leads with is of the fact kind `kind`, or `kind` is "" or the lead no fact."""
        first = answer.evidence[0] if answer.evidence else None
        facts = self.brief.facts
        if not kind or first is None or first.kind != "fact" or first.id not in facts:
            return True
        return facts[first.id].kind == kind

    def _others(self, previous: Subject) -> frozenset[str]:
        """What "the other one" may be after an answer that led with the fact `previous.told`: the facts the brief
        links to it (`related`) that neither give its figure (a link to the same figure in another article is the
        same thing told again), nor are of its date (unless giving sums of their own), nor state a sum the answer
        led with, those of its kind when there are any; empty when there is none, or it is no fact."""
        facts = self.brief.facts
        fact = facts.get(previous.told)
        if fact is None:
            return frozenset()
        same = fact.figure
        own_sums = scaled_figures(words(fact.statement)) | previous.told_sums

        def another(r: str) -> bool:
            figure = facts[r].figure
            if same is not None and figure is not None and (figure.measure, figure.value) == (same.measure, same.value):
                return False
            sums = scaled_figures(words(facts[r].statement))
            if fact.date and facts[r].date == fact.date and not (sums and sums.isdisjoint(own_sums)):
                # a fact of the same date tells of that same happening, unless it gives a sum of its own, none the
                # one told gives: another deal made at the same time (f22c's leftover)
                return False
            return not previous.told_sums & scaled_figures(words(facts[r].statement))

        linked = [r for r in self.brief.related.get(previous.told) or () if r in facts and another(r)]
        # of its kind when any is ("the contract that expired", then the other contract), else any it links to
        # (a fact giving two contracts' figures links to each contract's own)
        named = self._named_kind(previous)
        if named:  # "the other contract" is a contract: a grant made before it is no other one
            return frozenset(r for r in linked if facts[r].kind == named)
        return frozenset([r for r in linked if facts[r].kind == fact.kind] or linked)

    def answer(self, question: str) -> Answer:
        return self._answer_text(question)[0]

    def answer_among(self, question: str, among: Container[str]) -> Answer:
        """`question` asked alone with only the facts in `among` allowed to answer: how a follow-up narrowed to what
        was just told is answered again with no conversation behind it (`Core.reshow`, a button under it)."""
        return self._answer_text(question, among=among)[0]

    def _answer_text(
        self, question: str, among: Container[str] | None = None
    ) -> tuple[Answer, tuple[Normalized, Question] | None]:
        """The answer to `question` as typed, and the question as normalized and understood (None when it was
        answered without understanding it: too long, empty, small talk, another language). `among`: the only
        facts that may answer (Question.among; None: any)."""
        if len(question) > MAX_QUESTION:
            shown = normalize(question[: MAX_QUESTION * 2]).shown[:300]
            return self._miss(shown, "too_long", messages.TOO_LONG.format(limit=MAX_QUESTION), []), None
        norm = normalize(parted(question, self._word_known))
        answer, q = self._answer_read(norm, among=among)
        return answer, (norm, q) if q is not None else None

    def _answer_read(
        self,
        norm: Normalized,
        q: Question | None = None,
        *,
        asks: bool = False,
        among: Container[str] | None = None,
    ) -> tuple[Answer, Question | None]:
        """The answer to a question as normalized, and as understood when `q` is given (so that a question read as
        a follow-up first is understood once); and `q`, or the Question understood here (None when it was answered
        without one: empty, small talk, another language). `asks`: `_unasked` found it is none of those already;
        `among`: the only facts that may answer (None: any)."""
        shown = norm.shown[:300]
        unasked = None if asks else self._unasked(norm)
        if unasked is not None:
            return unasked, q
        if q is None:
            q = self.understander.understand(norm)
        if among is not None:
            q = replace(q, among=among)
        if (
            q.kind == "yes-no"
            and (pair := alternative_questions(norm.tokens, self.understander.name_spans(norm.tokens))) is not None
        ):
            # "did the guild drop the lease or did it expire": the alternative the articles tell, not a "no" to the
            # first alone
            told = self._alternative_told(pair, shown)
            if told is not None:
                return told, q
        first = first_part(norm.text)
        if first is not None and len((first_norm := normalize(first)).tokens) >= FIRST_PART_WORDS:
            # "when was the vigil and how long did it last": the first part answered, as the note says, not
            # whichever part the closest fact happens to fit ("ok and when did they sign it" has no first part)
            answer = self._answer_understood(self.understander.understand(first_norm), shown)
            return with_second_part(norm.text, answer), q
        if (refused := refusal_as_not(norm.text)) is not None:
            # "why did the guild refuse to drop the lease": why it did not, which a fact telling why it kept the
            # lease answers; the words as typed when that reading finds nothing ("refused to cancel" told so)
            kept = self._answer_understood(self.understander.understand(normalize(refused)), shown)
            if kept.answered:
                return with_second_part(norm.text, kept), q
        answer = with_second_part(norm.text, self._answer_understood(q, shown))
        if (undone := self._not_done(norm, q, answer, shown)) is not None:
            answer = undone
        inside = self._after_stray_word(norm) if answer.outcome in ("off_topic", "no_match") else None
        if inside is not None:
            # "banana what is the lease": a word the brief never uses before a whole question, typed by slip (a
            # pasted word, a button's label) made the whole "outside what I cover" or unanswered; the question after
            # it is answered when it answers
            alone, _ = self._answer_read(inside, among=among)
            if alone.answered:
                return replace(alone, question=shown), q
        return answer, q

    def _not_done(self, norm: Normalized, q: Question, answer: Answer, shown: str) -> Answer | None:
        """ "Which contract hadn't expired in 2018": the answer led by the one fact among `answer`'s that tells the act
        negated (`_negated_act`: a word only ever a verb, English.verb) as still to come (its base or -s form) and
        never in a form of it done (its past or participle, from lemminflect's tables: "due to expire", not "had
        expired"); when none does and the lead fact tells the act done ("renewed"), that answer led by
        ACT_UNSTATED_LEAD; None when several facts do, or the question is no "which"/"what" question of things (the
        answer then stands: a fact silent on the act is no fact that it was not done). Read without the negation, a
        fact telling the act done led as well."""
        if q.kind not in ("topic", "list") or not answer.answered or norm.tokens[:1] not in (["which"], ["what"]):
            return None
        verb = self.understander.english.verb
        base = next((found for word in _negated_act(norm.tokens) if (found := verb(word)) is not None), None)
        if base is None:
            return None
        from lemminflect import getInflection

        # the act still to come ("due to expire", "expires in 2019"), not going on ("renewing their push")
        forms = {base, *getInflection(base, "VBZ")}
        done = {*getInflection(base, "VBD"), *getInflection(base, "VBN")}
        told = {
            item.id
            for item in answer.items
            if item.kind == "fact"
            and not (said := set(words(item.statement))).isdisjoint(forms)
            and said.isdisjoint(done)
        }
        first = answer.items[0] if answer.items else None
        if not told and first is not None and first.kind == "fact" and not done.isdisjoint(words(first.statement)):
            # "which contract didn't the company renew", of one fact telling a renewal: that is no contract not
            # renewed, so the lead says the articles tell none, then what they do tell (fixer mp26: it was led as the
            # answer, saying the opposite of what was asked)
            lead = messages.ACT_UNSTATED_LEAD.format(statement=first.statement)
            unstated = replace(answer, lead=lead, says_yes=False)
            return replace(unstated, text=render_text(unstated))
        if len(told) != 1:
            return None
        led = self._answer_understood(replace(q, among=frozenset(told)), shown)
        return led if led.answered else None

    def _alternative_told(self, pair: tuple[str, str], shown: str) -> Answer | None:
        """The answer to a yes/no question offering two alternatives (`alternative_questions`' pair): the one of them
        answered "Yes" alone (Answer.says_yes, as the rule wording its lead says, never read from its words), led
        with no verdict word (the question asked neither yes nor no); None when neither or both are."""
        verdict = messages.YES_LEAD.format(statement="")
        answers = [self._answer_understood(self.understander.understand(normalize(p)), shown) for p in pair]
        told = [a for a in answers if a.answered and a.says_yes]
        if not told:
            # "does the guild work with the port or the navy": one alternative answered with no verdict, by a fact
            # stating what sets it apart ("the port"), the other not at all: what the articles tell of the one
            told = [
                a
                for a, own, other in ((answers[0], pair[0], pair[1]), (answers[1], pair[1], pair[0]))
                if a.answered and self._states_part(a, own, other)
            ]
            told = told if len(told) == 1 and not all(a.answered for a in answers) else []
        if len(told) != 1:
            return None
        answer = replace(told[0], lead=told[0].lead.removeprefix(verdict), question=shown, says_yes=False)
        return replace(answer, text=render_text(answer))

    def _states_part(self, answer: Answer, own: str, other: str) -> bool:
        """The fact leading `answer` states every word of the alternative `own` that the other one (`other`) lacks,
        or names the entities they name: it tells of that alternative, not of what both share alone."""
        if not answer.evidence or answer.evidence[0].kind != "fact":
            return False
        apart = [t for t in words(own) if t not in set(words(other)) and t not in STOPWORDS]
        named = set(self.understander.find_entities(apart)[0])
        fact = self.brief.facts.get(answer.evidence[0].id)
        if fact is None or not apart:
            return False
        if named:
            return named <= set(fact.entities)
        return {stem(t) for t in apart} <= self.retriever.stated_stems(fact.id)

    def _after_stray_word(self, norm: Normalized) -> Normalized | None:
        """The question after its first word, when that word is one the brief never uses, no function word of a
        question (STOPWORDS, asking words, auxiliaries, chat) nor an adverb in -ly of an English word, and the rest
        opens as a question does (an asking word or an auxiliary) with a word the brief uses in it: "click what is
        the lease"; None otherwise."""
        tokens = norm.tokens
        if len(tokens) < STRAY_MIN_WORDS or tokens[1] not in ASKING_OPENINGS:
            return None
        first = tokens[0]
        if not first.isalpha() or first in STOPWORDS or first in ASKING_OPENINGS or first in CHAT:
            return None
        if first.endswith("ly") and self.retriever.english.zipf(first[:-2]) > 0:
            return None  # an adverb of the asking ("honestly is the guild evil"): a word of the question
        if self.understander.knows(first) or not any(self.understander.knows(t) for t in tokens[2:]):
            return None
        rest = normalize(norm.text.split(" ", 1)[1]) if " " in norm.text else None
        return rest if rest is not None and rest.tokens == tokens[1:] else None

    def _unasked(self, norm: Normalized, chatter: str | None = None) -> Answer | None:
        """The answer to a question that asks the brief nothing, answered without understanding it: empty, small
        talk or in another language; None for any other. `chatter`: `Understander.chatter` of its tokens, when the
        caller has it."""
        shown = norm.shown[:300]
        if not norm.tokens and not other_script(norm.text):  # "ما هو العقد": no Latin word, but a question
            return self._miss(shown, "empty", self._empty_question(), [])
        if chatter is None:
            chatter = self.understander.chatter(norm.tokens)
        if chatter:
            title, example = self.brief.meta.title, self.example
            if chatter == "thanks":
                text = messages.YOU_ARE_WELCOME.format(title=title, example=example)
            elif chatter == "usage":
                text = messages.USAGE.format(title=title, example=example)
            elif chatter == "sources":
                labels = "; ".join(self._source_label(src) for src in self.brief.sources.values())
                text = messages.OWN_SOURCES.format(count=len(self.brief.sources), sources=labels)
                aged = self._aged_source(self.understander.source_age(norm.tokens))
                if aged is not None:  # "which source is newest": that one first, then all of them
                    text = f"{aged} {text}"
                dated = self.understander.source_dated(norm.tokens)
                if dated:  # "which article is from august 2019": those published then first, then all of them
                    text = f"{self._dated_sources(dated)} {text}"
                member = self.understander.source_membership(norm.tokens)
                if member is not None:  # "is the Gazette one of your sources": yes or no, then all of them
                    named, source_id = member
                    if source_id is not None:
                        name = self._source_label(self.brief.sources[source_id])
                        text = f"{messages.SOURCE_MEMBER.format(source=name)} {text}"
                    else:
                        text = f"{self._not_source_member(named)} {text}"
            elif chatter == "links":  # the brief keeps no address of an article: what it has, and where to see it
                labels = "; ".join(self._source_label(src) for src in self.brief.sources.values())
                text = messages.NO_LINKS.format(count=len(self.brief.sources), sources=labels)
            elif chatter == "overview":
                topics = ", ".join(self.brief.meta.topics)
                text = messages.OVERVIEW.format(title=title, topics=topics, example=example)
            else:
                text = messages.SMALL_TALK.format(title=title, example=example)
            return self._miss(shown, "small_talk", text, [], kind="small-talk", suggest=False)
        if self.understander.foreign(norm):
            text = messages.NON_ENGLISH.format(example=self.example)
            return self._miss(shown, "non_english", text, [], kind="non-english", suggest=False)
        return None

    @staticmethod
    def _source_label(src: SourceData) -> str:
        return article_label(src.name, src.published_label)

    def _not_source_member(self, named: list[str]) -> str:
        """ "No: the Courier is not one of them", and, when the brief's entry for it cites one of the articles, which
        one cites it ("is the Courier one of the sources": an outlet an article cites is no article of the brief)."""
        bare = [t for t in named if t not in ("the", "a", "an")]
        entities, consumed = self.understander.find_entities(bare)
        no = messages.NOT_SOURCE_MEMBER.format(named=self._named_outlet(named))
        if len(entities) != 1 or len(consumed) != len(bare):
            return no
        citing = dict.fromkeys(
            c.source for c in self.brief.entities[entities[0]].citations if c.source in self.brief.sources
        )
        if not citing:
            return no
        labels = " and ".join(self._source_label(self.brief.sources[s]) for s in citing)
        return messages.NOT_SOURCE_MEMBER_CITED.format(named=self._named_outlet(named), sources=labels)

    def _named_outlet(self, named: list[str]) -> str:
        """How an answer names what `named` (a question's words) names: the brief entry's name ("The Gazette"),
        else the words as typed."""
        bare = [t for t in named if t not in ("the", "a", "an")]
        entities, consumed = self.understander.find_entities(bare)
        if len(entities) == 1 and len(consumed) == len(bare):
            return self.brief.entities[entities[0]].name
        return " ".join(named)

    def _dated_sources(self, date: str) -> str:
        """The sentence naming the brief's articles published within `date` (a year, month or day: "2019-08"), or
        saying none was; an article whose publication the text only bounds ("13–19 September") counts when its days
        meet the asked ones, one whose date is unknown never does."""
        first, last = period_bounds(date)
        then = [
            self._source_label(src)
            for src in self.brief.sources.values()
            if (window := src.published_window) is not None and window[0] <= last and first <= window[1]
        ]
        period = f"{'on' if first == last else 'in'} {date_label(date)}"
        if not then:
            return messages.NO_SOURCE_DATED.format(period=period)
        return messages.SOURCES_DATED.format(period=period, sources="; ".join(then))

    def _aged_source(self, newest: bool | None) -> str | None:
        """The sentence naming the newest (`newest` True) or oldest (False) of the brief's articles by when each was
        published; None when `newest` is None, or when no one article is surely first or last (an article whose
        date is unknown, or whose days overlap the next one's: "13–19 September" against "15 September")."""
        if newest is None:
            return None
        windows = [(src.published_window, src) for src in self.brief.sources.values()]
        if len(windows) < 2 or any(w is None for w, _ in windows):
            return None
        dated = [(w, src) for w, src in windows if w is not None]
        dated.sort(key=lambda ws: ws[0][1] if newest else ws[0][0], reverse=newest)
        (first, src), (second, _) = dated[0], dated[1]
        if (first[0] <= second[1]) if newest else (first[1] >= second[0]):
            return None
        return messages.AGED_SOURCE.format(age="newest" if newest else "oldest", source=self._source_label(src))

    def _act_stems(self, q: Question) -> frozenset[str]:
        """The stems of the act a yes/no question asks about (Decider.act_forms), or else of the words of its own
        that are verbs ("the guild cancelled it, right?" has no main verb after an auxiliary); of a "why" question,
        an act it asks of as not done, one the brief lists opposites for ("why won't the guild drop the lease": why
        it kept it); empty otherwise."""
        if q.kind == "why-how" and q.words[:1] == ["why"]:
            negated = next((i for i, t in enumerate(q.words) if t in NEGATION), None)
            if negated is None:
                return frozenset()
            return frozenset(s for t in q.words[negated + 1 :] if (s := stem(t)) in self.retriever.opposites)
        if q.kind != "yes-no":
            return frozenset()
        forms = self.decider.act_forms(q)
        verbs = (self.retriever.english.verb(t) for t in q.leftover)
        # else a change the brief lists opposites for, though a noun too ("did the guild stop working with the
        # port": "stop" before a gerund, which no act is found in): a fact telling its opposite settles it
        return (
            forms
            or frozenset(stem(v) for v in verbs if v is not None)
            or frozenset(
                s
                for t, after in zip(q.words, q.words[1:], strict=False)
                if after.endswith("ing") and t in q.leftover and (s := stem(t)) in self.retriever.opposites
            )
        )

    def _of_year(self, doc_id: str, year: str) -> bool:
        """The fact is dated in `year` or states it in its own words ("the July 1921 notice"): of a thing the
        question names by that year."""
        fact = self.brief.facts.get(doc_id)
        return fact is not None and ((fact.date or "").startswith(year) or year in words(fact.statement))

    def _names_all(self, q: Question, doc_id: str) -> bool:
        """The fact is curated as of every name the question asks of (its brief entities, those in a third of the
        facts aside)."""
        fact = self.brief.facts.get(doc_id)
        asked = [e for e in q.entities if not self.decider.subjects.ubiquitous_entity(e)]
        return fact is not None and set(asked) <= set(fact.entities)

    def _searched(self, q: Question) -> Question:
        """The question as searched for: one asking whether an effort worked ("did the vigils work") searches for
        SUCCESS_WORDS too ("none of the vigils had succeeded"); one asking whether a named one spoke up at all ("did
        the guild say anything about the vigil") in none of the words the brief tells speaking or keeping silent with
        ("did not respond to a request for comment") searches for those too; every other question as it is (one
        typing such a word, "did the guild comment on the vigil", finds the facts using it as it ranks them)."""
        if q.kind != "yes-no":
            return q
        if succeeding_at(q.words) is not None:  # "did the vigils work": "none of the vigils had succeeded"
            return replace(q, search=[*q.search, *(w for w in SUCCESS_WORDS if w not in q.search)])
        if not asks_whether_spoke(q.words) or self._opening_actor(q) is None:
            return q  # "did the crowd say anything": only a named one's silence is told (Composer.denies)
        if any(stem(w) in RESPONSE_STEMS and self.index.knows(w) for w in q.search):
            return q
        return replace(q, search=[*q.search, *(w for w in RESPONSE_WORDS if w not in q.search)])

    def _bare_where(self, q: Question) -> Question:
        """ "Where is the guild", "what city is the guild in": a 'where' question in the present naming one
        organization and nothing else (no word left beside its name) asks where it is based, and is read as "where is
        the guild based" (venues.BASED_ASKS): not where anything it did took place. `q` itself otherwise."""
        if q.kind != "where" or q.leftover or len(q.entities) != 1 or {"is", "are"}.isdisjoint(q.words):
            return q
        if self.brief.entities[q.entities[0]].kind not in ACTOR_KINDS - PERSON_KINDS:
            return q
        based = "based"
        return replace(q, words=[*q.words, based], terms=[*q.terms, based], search=[*q.search, based], leftover=[based])

    def _answer_understood(self, q: Question, shown: str) -> Answer:
        """The answer to a question understood as `q`, shown as `shown` (as typed, cleaned)."""
        if (interview := self.speakers.interviewed_by(q)) is not None:
            # "who did the Gazette talk to": whom it interviewed, those whose words it gives as told to it ("Ada Lind
            # told the Gazette"), asked as "who did the Gazette quote" among those (none: asked as it was)
            quoting, outlets = interview
            heard = self.speakers.told_to(outlets)
            heard = heard if q.among is None else frozenset(f for f in heard if f in q.among)
            if heard:
                q = replace(self.understander.understand(normalize(quoting)), among=heard)
        if (outlet_told := self.speakers.outlet_told(q)) is not None:
            # "which tv network did Lind talk to": the outlet her words were told to, which her words the articles
            # give as told to one say ("Lind told the Gazette …"), asked as "what did Lind say" among those; none
            # told to any outlet: the plain refusal, never a fact on her that names an outlet as its source
            said_so, speakers, paper = outlet_told
            heard = self.speakers.told_outlets_by(speakers)
            heard = heard if q.among is None else frozenset(f for f in heard if f in q.among)
            if not heard:
                return self._miss(shown, "no_match", messages.NO_ANSWER, [], kind=q.kind)
            if paper and self.speakers.told_own_outlet(heard):
                # "which outlet did Lind talk to", her words given as told to the Gazette in its own article: asked as
                # it was among those, led by that article's outlet ("The Gazette, …"); told to another outlet ("Lind
                # had told the Courier", in the Gazette): her words, never the Gazette's name first
                # (the verb of their telling is what those facts were picked by: "Lind and Okafor were talking to
                # which outlet" is no fact's talking, each telling of one of them; blind set BO)
                telling = [t for t in q.terms if t in INTERVIEWING or t in TELLING]
                q = replace(
                    q,
                    among=heard,
                    terms=[t for t in q.terms if t not in telling],
                    leftover=[t for t in q.leftover if t not in telling],
                    search=[t for t in q.search if t not in telling],
                )
            else:
                q = replace(self.understander.understand(normalize(said_so)), among=heard)
        if q.on_date and not real_day(q.on_date):  # "what happened on april 31": no fact can be of that day
            return self._miss(shown, "no_match", messages.NO_SUCH_DAY.format(day=date_label(q.on_date)), [])
        about_article = self._about_article(q, shown)
        if about_article is not None:
            return about_article
        q = self._bare_where(q)
        if (
            q.on_date
            and q.kind in ("topic", "what-is", "why-how", "list")
            and "cited" not in q.cues  # "where did the 2018 piece get its figures": whose, not what happened then
            and not q.attribute  # "who was running the guild in 2019": its head then, not what happened
            # the question without its date words: built only for the questions it is read for
            and not self.decider.anchors(
                undated := replace(q, leftover=[t for t in q.leftover if t not in q.date_words])
            )
        ):
            whole_year = len(q.on_date) == 4 and not set(undated.leftover) <= HAPPENING
            if self._after_latest(q):  # "what happened after september 2019": after the last article's month
                text = messages.NOTHING_AFTER.format(latest=date_label(self._latest_source))
                return self._miss(shown, "no_match", text, [], suggest=False)
            if not whole_year:
                on_day = self.composer.on_date(q)  # "what happened on 2019-09-13": that day's facts
                if on_day is None:
                    text = messages.NOTHING_DATED.format(day=date_label(q.on_date) or q.on_date)
                    return self._miss(shown, "no_match", text, [], suggest=False)
                return _shown(on_day, shown)
            ranked = self.retriever.rank(q)
            # (what a name did then, in the words of the closest fact, is asked as any question: "what did the guild
            # sign in 2013" of "in 2013 the guild signed …"; not "what did the guild earn in 2019" of a total paid)
            act = _did_name_act(q)
            told = bool(ranked) and act is not None and stem(act) in self.retriever.stated_stems(ranked[0].id)
            if not self.decider.states_all(q, ranked) and not told:
                # "revenue in 2019": a year with an unanchored subject is not "what happened in 2019", unless one
                # fact states all it asks ("how did the agency describe the 2017 program in its statement")
                return self._miss(shown, "off_topic", messages.OFF_TOPIC, ranked, kind=q.kind)
        if q.on_date and not HAPPENING.isdisjoint(q.words) and self._after_latest(q):
            # "what happened to the lease after sept 20": a time the articles end before, whatever it names
            text = messages.NOTHING_AFTER.format(latest=date_label(self._latest_source))
            return self._miss(shown, "no_match", text, [], suggest=False)
        passed_on = self._passed_on(q, shown)
        if passed_on is not None:
            return passed_on
        if not q.terms and not q.entities and not q.search:
            return self._miss(shown, "empty", self._empty_question(), [])
        unexpanded = self.untold.expansion(q)
        if unexpanded is not None:  # "what does GPA stand for" of an entry that never spells it out
            return self._miss(shown, "no_match", messages.NOT_SPELLED_OUT.format(name=unexpanded), [], kind=q.kind)
        special = (
            self._kind_called(q)
            or self._former_named(q)
            or self._named(q)
            or self._lasting(q)
            or self._holder(q)
            or self._subject_role_holder(q)
            or self._described(q, shown)
        )
        if special is not None:
            return _shown(special, shown)
        q = self.decider.member_searched(q)
        opposed = self._act_stems(q)
        # ("why won't the guild drop the lease": its reasons for keeping it may share few words with the question)
        ranked = self.retriever.rank(self._searched(q), opposed, wide=q.kind == "why-how" and bool(opposed))
        if q.kind == "yes-no" and asks_identity(q.words) and not self._tells_sameness(q, ranked):
            # "is the $5 million lease the same as the 2019 one": the closest fact would lead as if it settled it
            return self._miss(shown, "no_match", messages.SAME_UNTOLD, ranked, kind=q.kind)
        decision = self.decider.decide(q, ranked)
        if self.second_look.wanted(q, decision):  # "how many contracts does the guild have": a wider look first
            ranked, decision = self.second_look.look(q, ranked, decision, opposed)
        if (
            q.kind == "date"
            and decision.outcome == "answered"
            and decision.best is not None
            and (doer := self._opening_outlet(q)) is not None
            and self.decider.told.subjects.about_others(decision.best.id, [doer])
        ):
            # "when did the Gazette publish its report" led, after a wider look, by the Guild's report: a date of
            # an act the fact tells of a party other than the doer asked, whom it neither lists nor names, is never
            # the date asked (fresh tester 78, O4)
            decision = Decision("no_match", undated="other_subject")
        if decision.outcome == "off_topic" and ranked and q.kind == "quote":
            # "what did the agent say": everyday as the noun is, one of that kind asked as the speaker, and nothing
            # else asked, is on the brief's topic when a close fact gives one of them speaking
            kind = self.speakers.asked_kind(q)
            if kind is not None and set(q.leftover) <= {kind}:
                spoken = self.speakers.pick_kind(kind, ranked, ranked[0])
                decision = Decision("answered", spoken) if spoken is not None else decision
        if decision == Decision("no_match") and ranked and self.speakers.told_outlets(q):
            # "who told BI about the slack messages": the closest fact, the outlet's report of them, states no
            # telling, so no candidate covered "told"; what the brief relates to it as told to the outlet ("BI was
            # told by a source …") answers, as it does when the report leads (fresh tester 79 R2)
            informant = self.speakers.informant(q, ranked, ranked[0])
            decision = Decision("answered", informant) if informant is not None else decision
        best_id = decision.best.id if decision.best is not None else None
        if (wrong := self.attribution.misattributed(q, ranked, best_id)) is not None:
            # "when did Ben Ashby call the lease reckless": a date or place of another fact, or "no date for that",
            # would tell that he said it; only a fact giving those words as his answers
            return self._misattributed(wrong, shown, ranked, q)
        if decision.outcome == "answered" and q.kind == "yes-no" and asks_advice(q.words):
            # "should the guild cancel the lease": what ought to be done is an opinion; no fact's "No" (it renewed
            # it) or "Yes" answers it, and a bot people quote must not seem to take a side
            return self._miss(shown, "no_match", messages.ADVICE_UNTOLD, ranked, kind=q.kind)
        if (
            decision.best is None
            and decision.outcome == "no_match"
            # a date question's "no date for that" would keep the premise; its other misses say it is untold
            and (q.kind != "date" or decision.undated in (None, "unstated", "other_act_dated"))
            and (denied := self._premise_denied(q, shown))
        ):
            return denied  # "why did the guild cancel the lease": it renewed it, as "did the guild cancel …" says
        if decision.best is None and q.kind == "quote" and q.sources and q.words[:1] and q.words[0] in AUXILIARIES:
            # "did the Gazette quote Lind": none of its facts gives her words; when none even names her (asked as
            # "did the Gazette mention Lind"), that another article does says no to it, else nothing does
            verb = next((i for i, t in enumerate(q.words) if i and t in MENTIONING), None)
            if verb is not None:
                q = replace(q, kind="yes-no", words=[*q.words[:verb], "mention", *q.words[verb + 1 :]])
                decision = Decision("no_match")
        if decision.best is None and decision.outcome == "no_match" and q.kind == "yes-no" and q.sources:
            # asked of one article and nothing found: the question as asked of every article, ranked once for both
            # readings below (the search keeps an article's own facts when it names one)
            every = replace(q, sources=set())
            every_ranked = self.retriever.rank(self._searched(every), opposed)
            if (elsewhere := self._told_by_other(q, every, every_ranked, shown)) is not None:
                return elsewhere  # "did the Gazette say the guild renewed it": only the Courier tells it
            if (wider := self._mentioned_by_other(q, every_ranked)) is not None:
                ranked, decision = wider  # "did the Gazette mention the guild": only the Courier's facts name it
            elif (sum_said := self.composer.source_sum_otherwise(q, ranked)) is not None:
                # "did the Gazette say the lease was $9 million": its one sum for the lease is $5 million
                decision = Decision("answered", sum_said[0])
        if (
            decision.best is None
            and decision.outcome == "no_match"
            and q.kind == "yes-no"
            and (placed := self._placed_otherwise(q)) is not None
        ):
            ranked, decision = placed  # "is the guild based in Eastport": the fact placing it elsewhere, as such
        if decision.best is None and q.kind == "quote" and (not_told := self._not_told_to(q, shown)) is not None:
            return not_told  # "what did Lind tell the Gazette": its article quotes none of her words
        if decision.best is None and q.kind == "yes-no" and decision.other_way in self.brief.facts:
            statement = self.brief.facts[decision.other_way].statement
            lead = messages.OTHER_WAY_NO_LEAD.format(statement=statement)
            answer = Answer(question=shown, answered=True, outcome="answered", text="", kind=q.kind, lead=lead)
            return _shown(replace(answer, items=[self.composer.item(decision.other_way)]), shown)
        if decision.best is None:
            text = messages.NO_ANSWER if decision.outcome == "no_match" else messages.OFF_TOPIC
            measure = next((w for w in q.words if w in MEASURE_NOUNS), None)
            if q.kind == "amount" and decision.outcome == "no_match" and measure is not None:
                # "what profit did the guild make": no close fact gives a sum of it, said plainly of the sum asked
                # (a bare "no sourced answer" read as if the question were not understood; fresh tester)
                text = messages.MEASURE_UNTOLD.format(noun=measure)
            # "… in 2031" of something the brief names, or asked in its words ("how much was the lease in 2031"): a
            # year no article could tell of
            subject = [t for t in q.leftover if t not in q.date_words]
            of_brief = bool(q.entities) or (bool(subject) and all(self.understander.knows(t) for t in subject))
            later = self._after_sources(q) if of_brief else None
            if later is not None:
                text = messages.AFTER_SOURCES.format(latest=date_label(self._latest_source), year=later)
            if decision.untold_sum:
                text = messages.SUM_UNTOLD.format(sum=decision.untold_sum)
            if decision.untold_figure:
                text = messages.FIGURE_UNTOLD.format(figure=decision.untold_figure)
            if decision.other_way:
                text = messages.OTHER_WAY
            if decision.unlinked is not None:
                text = messages.SUM_UNLINKED.format(sum=decision.unlinked[0], name=decision.unlinked[1])
            if decision.total_only is not None:
                text = messages.SUM_ONLY_TOTAL.format(sum=decision.total_only[0], noun=decision.total_only[1])
            if decision.year_total is not None and decision.year_total[0]:
                total, named_year, thing = decision.year_total
                text = messages.YEAR_SUM_ONLY_TOTAL.format(sum=total, year=named_year, noun=thing)
            if decision.untold_total:
                text = messages.TOTAL_UNTOLD
            if decision.set_aside_only:
                text = messages.SET_ASIDE_SUM_ONLY.format(statement=decision.set_aside_only)
            if decision.parts:  # "the two leases": the sums the facts give apart, with their articles
                text = self._parts_told(decision.parts, some=decision.some_parts)
            if decision.untold_average:
                text = messages.AVERAGE_UNTOLD
            if q.whole and ranked and self._whole_planned(q, ranked[0].id):
                text = messages.ONLY_PLANNED  # "out of the 6200 targets how many were caught": 6,200 was a plan's
            if decision.untold_premise:
                text = messages.PREMISE_UNTOLD
            if decision.doer_untold is not None:  # "who organized the vigil": no close fact tells who did that
                text = messages.DOER_UNTOLD.format(act=decision.doer_untold[0], noun=decision.doer_untold[1])
            if decision.counts_other is not None:
                figure, other, counted = decision.counts_other
                text = messages.COUNTS_OTHER.format(figure=figure, other=other, noun=counted)
            if decision.undated is not None:
                text = {
                    "called_for": messages.ONLY_CALLED_FOR,
                    "echoed": messages.NO_OTHER_DATE,
                    "reported_on": messages.ONLY_REPORT_DATED,
                    # "when did the keeper resign": facts tell of such an act only by or to others; "no date for
                    # that" would imply it happened (a fact without the asked verb may still tell of it in other
                    # words: NO_DATE for those)
                    "other_subject": messages.UNTOLD_DATE,
                    "other_object": messages.UNTOLD_DATE,
                    "other_actor": messages.UNTOLD_DATE,
                    "verb_untold": messages.UNTOLD_DATE,  # "when did the wardens arrest the keepers": no arrest told
                    "change_untold": messages.UNTOLD_DATE,  # "when did the port drop the guild": no dropping told
                    "done_before": messages.NO_DATE,  # "had recently protested": before the fact's date, undated
                    "year_of_other": messages.UNTOLD_DATE,  # "the 2018 lease" of a fact whose 2018 is a report's
                    "of_what_was_said": messages.SAYING_UNDATED,  # "when did X say that": not what it is about
                    "of_what_was_examined": messages.EXAMINING_UNDATED,  # "when did X report it": not what
                    "other_act_dated": messages.NO_DATE,  # "signed in 2013" dates no use told beside it
                }.get(decision.undated, messages.NO_DATE)
                if decision.recent is not None and (recent := self._recent_undated(decision.recent)) is not None:
                    text = recent
                if decision.undated == "echoed" and self.decider.names_month(q):
                    # "when was the vigil in July 2019" of a vigil dated 2019 only: a month named too, beyond which
                    # the year gives nothing
                    text = messages.NO_DATE_THEN.format(period=date_label(q.on_date))
            # (only where the closest fact's date is another act's or it has none: not "when did the keepers say that",
            # a saying, which the act's tie to an event does not date)
            tying = q.kind == "date" and decision.undated in ("other_act_dated", "unstated")
            if tying and (tied := self._tied_to_event(q, ranked)) is not None:
                # fresh tester 84: "when was the beacon used" was "no date", though its use is told "before the
                # Lantern raids", which the glossary places in 2017 (never a lease's signing: ov7)
                hit, lead = tied
                composed = self.composer.compose(q, ranked, hit)
                return _shown(replace(composed, lead=lead, says_yes=False), shown)
            return self._miss(shown, decision.outcome, text, ranked, kind=q.kind)
        best = decision.best
        if (defining := self.untold.defining(q, ranked, best)) is not None:
            best = defining  # "is Lind still chief": the fact saying she is, not one naming her by that title
        if q.words[:1] == ["why"] and (stating := self._stating_why(q, ranked, best)) is not None:
            best = stating  # "why are Jewish groups protesting the guild": their aim, not who they were
        if (informant := self.speakers.informant(q, ranked, best)) is not None:
            # "who told the Gazette about the split": the fact telling who told it that, which the brief relates to
            # the Gazette's report of the split (blind set BF: led by that report itself)
            best = informant
        elif self.speakers.informant_untold(q, best.id):
            # "who told the Gazette about the lease" led by a fact telling no one told it anything: no one is named
            return self._miss(shown, "no_match", messages.NO_ANSWER, ranked, kind=q.kind)
        if (phrases := spoken_phrases(q.text)) and (sayer := self.speakers.closer_saying(phrases, ranked, best)):
            # "who said the guild should have said no to the admiralty": the fact holding those words, as told (a
            # keeper asking "what if the guild had said no …"), not a closer one naming what they name (protesters
            # likening the harbour to the guild)
            best = sayer
        if q.kind != "yes-no" and (completing := self._completing(q, ranked, best)) is not None:
            # "the 2017 program was a precursor to what": the fact printing "precursor to", whose words go on to
            # what is asked, not a closer one telling the program in the question's other words (blind set BP)
            best = completing
        if q.kind != "yes-no" and (about_others := self._about_others(q, ranked, best)) is not None:
            # "what did the flyer say about other companies": the flyer's words on other companies, not a closer
            # one whose "the company" is the one it names (fresh tester 85)
            best = about_others
        if (place := self._place_not_then(q, best.id)) is not None:
            # "what happened in Eastport in August 2019" led by an Eastport vigil the articles date to 2019 only, or
            # to July: no fact of that place is of the month asked, which the lead would take for granted (fresh
            # tester 79 W8); said so, then what the articles tell of the place
            period, statement = date_label(q.on_date), self.brief.facts[best.id].statement
            text = messages.NOTHING_THERE_THEN_LEAD.format(place=place, period=period, statement=statement)
            return self._miss(shown, "no_match", text, ranked, kind=q.kind)
        if q.kind == "date" and self._dated_other_year(q, best.id):
            # "when was the harbour vigil in july 2019" of a vigil dated 2018: another one, or the same misdated
            text = messages.NO_DATE_THEN.format(period=date_label(q.on_date))
            return self._miss(shown, "no_match", text, ranked, kind=q.kind)
        if (
            q.kind == "date"
            and (negating := self.brief.facts.get(best.id)) is not None
            and not NEGATION.isdisjoint(words(fold(negating.statement)))
            and (denied := self._premise_denied(q, shown)) is not None
        ):
            return denied  # "when did the guild back down": "did not change course" is dated, but no backing down
        if q.kind == "date" and (speaker := self._unsaid(q, best.id)) is not None:
            # "when did the guild say anything about the lamp": no words of theirs, so no date of their saying them
            text = messages.NO_WORDS_OF.format(names=self.speakers.label({speaker}))
            return self._miss(shown, "no_match", text, ranked, kind=q.kind)
        if self.untold.premise(q, ranked, best):
            # "why did the guild cancel its lease": no candidate tells of a cancelling, so no reason can be given;
            # when the articles say no to it ("it renewed the lease"), that "No" corrects the premise
            if (denied := self._premise_denied(q, shown)) is not None:
                return denied
            return self._miss(shown, "no_match", messages.PREMISE_UNTOLD, ranked, kind=q.kind)
        if self.untold.doer_as_noun(q, ranked, best):
            # "who did the guild fire": the closest fact has "fire" only in "came under fire"; no firing is told
            return self._miss(shown, "no_match", messages.ACT_UNTOLD_NO_ONE, ranked, kind=q.kind)
        if (upcoming := self.untold.next_one(q, best.id)) is not None:
            # "when is the next protest": not a contract's date that a "next year" matched
            text = messages.NEXT_UNTOLD.format(latest=date_label(self._latest_source), noun=upcoming)
            return self._miss(shown, "no_match", text, ranked, kind=q.kind)
        if (quality := self.untold.quality(q, best.id)) is not None:
            # "is the guild profitable" against "a profitable trade between harbours": said of another thing
            entity, word = quality
            statement = self.brief.facts[best.id].statement
            text = messages.QUALITY_UNTOLD.format(name=self.brief.entities[entity].name, word=word, statement=statement)
            return self._miss(shown, "no_match", text, ranked, kind=q.kind)
        if self.untold.title(q, best.id):
            # "what was the Gazette op-ed titled": the op-ed's words are no title
            return self._miss(shown, "no_match", messages.TITLE_UNTOLD, ranked, kind=q.kind)
        if (deed := self.untold.doer(q, ranked, best)) is not None:
            # "who organized the 2018 vigil" against others organizing over something else
            text = messages.DOER_UNTOLD.format(act=deed[0], noun=deed[1])
            return self._miss(shown, "no_match", text, ranked, kind=q.kind)
        if (fact := self.brief.facts.get(best.id)) is not None and (
            joint := self.composer.figures.part_of_joint(q, fact, fact.statement)
        ) is not None:
            # "how much for Lantern specifically, not counting Beacon" against a sum for both: no sum of the part
            text = messages.JOINT_SUM_ONLY.format(part=joint[0], joint=joint[1], statement=fact.statement)
            return self._miss(shown, "no_match", text, ranked, kind=q.kind)
        if self.untold.reason(q, best.id):
            # "why did the guild drop the harbour as a sponsor": the closest fact tells only that it did
            statement = self.brief.facts[best.id].statement
            text = messages.REASON_UNTOLD.format(statement=statement)
            return self._miss(shown, "no_match", text, ranked, kind=q.kind)
        if q.words[:1] == ["why"] and best.id in self.brief.facts and self.composer.purpose_untold(q, best.id):
            # "why did the guild sign the lease to help the port": the purpose asked is the question's, not the fact's
            statement = self.brief.facts[best.id].statement
            text = messages.REASON_UNTOLD_LEAD.format(statement=statement)
            return self._miss(shown, "no_match", text, ranked, kind=q.kind)
        if (outlet := self.untold.outlet_unattributed(q, best.id)) is not None:
            # "did the Gazette say 400 arrests" against the Courier's account of 400 arrests
            name, statement = self.brief.entities[outlet].name, self.item(best.id).statement
            text = messages.OUTLET_UNATTRIBUTED_LEAD.format(name=name, statement=statement)
            return self._miss(shown, "no_match", text, ranked, kind=q.kind)
        if (venue := self.untold.venue_untold(q, best.id)) is not None:
            # "who wrote the op-ed in the Eastport Times" of an op-ed no article places there
            statement = self.brief.facts[best.id].statement
            text = messages.VENUE_UNTOLD_LEAD.format(venue=venue, statement=statement)
            return self._miss(shown, "no_match", text, ranked, kind=q.kind)
        someone = self.untold.actor(q, ranked, best.id) or self.untold.party(q, best.id)
        if (someone := someone or self._silent(q, ranked, best)) is not None:
            # "did Ada Lind back the mayor": a fact about someone else backing the mayor does not tell it of her
            text = messages.NOT_TOLD_OF.format(name=self.brief.entities[someone].name)
            return self._miss(shown, "no_match", text, ranked, kind=q.kind)
        if (phrases := spoken_phrases(q.text)) and self.speakers.unsaid(phrases, best.id):
            # "who said we will shut the guild down": the closest fact tells of other words
            return self._miss(shown, "no_match", messages.NOT_SAID, ranked, kind=q.kind)
        if q.kind == "date" and asks_duration(q.text):
            q = replace(q, kind="topic")  # "how long is the lease" that no fact gives a length of: never led by a date
        close = [h for h in ranked[:UNNAMED_CANDIDATES] if h.coverage >= UNNAMED_COVERAGE * best.coverage]
        noun = self.namer.unnamed_noun(q)
        # a place names a gathering only in the fact that leads ("which rally had the most people": not the closest
        # fact on someone, because a fact about as close gives where some rally was)
        if noun is not None and all(self.namer.unnamed(q, noun, h.id, held_at=h is best) for h in [best, *close]):
            # "who was the agent that …", "which nonprofit …": neither the closest fact nor any about as close
            # names one
            people_counted = counted_people(q.words)  # "who were the 12 people arrested": none of them is named
            if people_counted is None and self.namer.rank_untold(noun, best.id):
                # "which guild exec met the protesters" of "a guild employee" asked for a meeting: no one of that
                # rank is told of, which "don't name that executive" would take for granted (fresh tester 73, O4)
                name = f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"
                text = messages.NOT_TOLD_OF_LEAD.format(name=name, statement=self.brief.facts[best.id].statement)
                return self._miss(shown, "no_match", text, ranked, kind=q.kind)
            if people_counted is None and self.decider.told.rank_act_untold(q, noun, self.namer.rank_owner(q, noun)):
                # "which guild exec met with Lind": no fact tells anyone of the guild's meeting her, which "don't
                # name that executive" would take for granted (fresh tester 74, O2): the plain refusal
                return self._miss(shown, "no_match", messages.NO_ANSWER, ranked, kind=q.kind)
            if (
                people_counted is None
                and (at := self.namer.asked_at(q, noun)) is not None
                and self.decider.told.states_act(self.decider.told.act_after(q, at, relative=True), best.id)
                and self.namer.told_of_another(q, noun, best.id)
            ):
                # "who was the guild guy who spoke to the Gazette" of a fact telling someone no one of the guild's
                # (described so) spoke to it: "don't name that person" would keep the premise (tester 74)
                return self._miss(shown, "no_match", messages.NO_ANSWER, ranked, kind=q.kind)
            text = messages.NOT_NAMED.format(noun=noun) if people_counted is None else messages.COUNTED_NOT_NAMED
            return self._miss(shown, "no_match", text, ranked, kind=q.kind)
        if (
            noun is not None
            and self.namer.person_owner(q, noun) is not None
            and self.namer.unnamed(q, noun, best.id, held_at=False)
            and (named := next((h for h in close if not self.namer.unnamed(q, noun, h.id, held_at=False)), None))
            and not self.namer.told_of_another(q, noun, named.id)
        ):
            best = named  # "who was the guild guy" led by the guild's entry: the close fact naming its person
        if (
            noun is not None
            and (at := self.namer.asked_at(q, noun)) is not None
            and self.namer.person_owner(q, noun) is not None
            and not self.decider.told.states_deed(q, at, best.id)
            and self.decider.told.deed_told(q, at)
        ):
            # "who was the guild guy who called the police" led by a fact naming the guild's director, while another
            # fact tells someone else called them: who of the guild's did the deed asked is told only by a fact
            # telling that deed (fresh tester 78, O3); the plain refusal, as for one telling it of someone not theirs
            return self._miss(shown, "no_match", messages.NO_ANSWER, ranked, kind=q.kind)
        if (
            q.kind == "who"
            and (owner := self.namer.owner_from(q)) is not None
            and self.namer.names_none_of(owner, best.id)
        ):
            # "who from the guild spoke to the Gazette" led by a fact on a protester not of the guild's who did:
            # the one asked must be the guild's, and the fact tells of someone else (tester 78); the plain refusal
            return self._miss(shown, "no_match", messages.NO_ANSWER, ranked, kind=q.kind)
        if (persons := counted_people(q.words)) is not None and not self.namer.counted_named(q, persons, best.id):
            # "who were the 60 keepers who signed": the fact that would lead gives their count, or names a person
            # who is none of them (the chief their letter was sent to): who they were is untold (review 21 M5)
            return self._miss(shown, "no_match", messages.COUNTED_NOT_NAMED, ranked, kind=q.kind)
        if q.kind == "quote" and (outlet := self.speakers.unknown_outlet(q)) is not None:
            # "what did the Eastport Times say": no article cites that paper; "Eastport" is no speaker
            text = messages.OUTLET_UNCITED.format(name=outlet.title())
            return self._miss(shown, "no_match", text, ranked, kind=q.kind)
        speakers = self.speakers.asked(q) if q.kind == "quote" else set()
        if q.kind == "quote" and not speakers and (role := self.speakers.role_asked(q)) is not None:
            # "what did the CEO of Lindco say about the guild": that person's words only, never another's naming
            # Lindco; when no glossary entry gives anyone that role, said so plainly (fresh tester, ld28)
            speakers = self.speakers.role_holders(*role)
            if len(speakers) == 1:  # asked as by that person's name: "what did Ada Lind say"
                by_name = self.speakers.role_named(q, self.brief.entities[min(speakers)].name)
                return self._answer_understood(
                    replace(self.understander.understand(normalize(by_name)), among=q.among), shown
                )
            if not speakers:
                text = messages.NO_WORDS_OF.format(names=self.speakers.role_label(*role))
                return self._miss(shown, "no_match", text, ranked, kind=q.kind)
        attributed = bool(speakers)
        by: frozenset[str] = frozenset()  # the document nouns whose words were chosen, if any
        as_quote = False
        if attributed and (hearer := self.speakers.unknown_hearer(q)) is not None:
            # "what did Lind tell the Eastport Times": an outlet no article names; her words told to another, or to
            # none, are no words told to it (fresh tester 79 W2): said so, then what she told the press
            names, outlet = self.speakers.label(speakers), hearer.title()
            to_press = self.speakers.told_an_outlet(speakers, ranked)
            text = messages.NOT_TOLD_TO.format(names=names, outlet=outlet)
            if to_press is not None:
                statement = self.brief.facts[to_press.id].statement
                text = messages.NOT_TOLD_TO_LEAD.format(names=names, outlet=outlet, statement=statement)
            return self._miss(shown, "no_match", text, ranked, kind=q.kind)
        if attributed:
            said = self.speakers.pick(speakers, ranked, best, q)
            if said is not None and self.speakers.unquoted(q, said.id):
                said = None  # "Ada Lind quote": a report of her essay quotes none of her words
            if said is None and (not_told := self._not_told_to(q, shown)) is not None:
                return not_told  # "what did Lind say to the Gazette": no words of hers told to it
            if said is None:  # someone else's words about X are not X's words
                text = messages.NO_WORDS_OF.format(names=self.speakers.label(speakers))
                return self._miss(shown, "no_match", text, ranked, kind=q.kind)
            if (outlet := self.speakers.outlet_untold(q, said.id, speakers)) is not None:
                # "what did the Harbour Post op-ed by Lind say" of Lind's op-ed that no article places there
                text = messages.NO_WORDS_IN.format(names=self.speakers.label(speakers), outlet=outlet)
                return self._miss(shown, "no_match", text, ranked, kind=q.kind)
            best = said
        elif q.kind == "quote" and (topical := self.speakers.on_topic(ranked, best, q)) is not None:
            best = topical  # "what did a protester shout about the neighbours": words on that topic
        elif q.kind == "quote" and self.speakers.outlet_off_topic(q, best.id):
            # "what did the Gazette say about the lamp": its reporting on something else is not on the lamp
            text = messages.NO_WORDS_OF.format(names=self.speakers.label(self.speakers.asked(q, outlets=True)))
            return self._miss(shown, "no_match", text, ranked, kind=q.kind)
        elif q.kind in WRITTEN_KINDS and (document := self.speakers.document(q)) is not None:
            # "what did the leaflet say / ask keepers to do": the leaflet's own words, not the handing out
            written = self.speakers.pick_written(document, ranked, best, q)
            # "the letter had a 'choose a side' line, what did it say": the fact holding the words quoted is that
            # line, whichever of the document's facts gives more of its other words (blind set BO)
            if written is not None and written.id != best.id and not self.decider.quotes(q, best.id):
                best, attributed, by = written, True, document.nouns
                as_quote = q.kind in ("topic", "what-is")
            authors = self.speakers.authors(q, document)
            if authors:
                # "what did the keepers' letter say" led by the activists' letter: another's words; the best or a
                # close fact telling of the keepers' own letter answers ("200 keepers signed a letter about …"), and
                # is not traded for a closer quote of anyone's; else none does
                theirs = self.speakers.of_authors(q, document, ranked, best)
                if theirs is None:
                    text = messages.NO_WORDS_OF_DOCUMENT.format(
                        noun=min(document.nouns), people=" or ".join(sorted(f"{a}s" for a in authors))
                    )
                    return self._miss(shown, "no_match", text, ranked, kind=q.kind)
                best, attributed = theirs, True
        elif q.kind == "who" and self.speakers.asks_whose_words(q):
            # "who is the protester quoted by the Gazette": a leaflet's words name no one who said them
            spoken = self.speakers.not_written(ranked, best)
            if spoken is not None:
                best = spoken
        of_kind = None
        if q.kind == "quote" and not attributed and (kind := self.speakers.asked_kind(q)) is not None:
            # "a quote from a protester": words the articles give as said by one, never unattributed words
            of_kind = self.speakers.pick_kind(kind, ranked, best)
            if of_kind is None:
                return self._miss(shown, "no_match", messages.NO_WORDS_OF_KIND.format(noun=kind), ranked, kind=q.kind)
            best = of_kind
        if q.kind == "quote" and not attributed and (hearer := self.speakers.unaddressed(q, best.id)):
            # "what did the agent say to his boss" of "an agent told colleagues …": words told to others
            return self._miss(shown, "no_match", messages.NO_WORDS_TO.format(hearer=hearer), ranked, kind=q.kind)
        if q.kind == "quote" and self.speakers.unvoiced(q, best.id):
            # "what did they chant in the square" of one activist's remark there: no chant the articles tell
            return self._miss(shown, "no_match", messages.NO_VOICING, ranked, kind=q.kind)
        if q.kind == "quote" and (echoed := self.speakers.echoed(q, ranked, best, speakers, by)) is not None:
            best = echoed  # "Ada Lind said the lamp is being used to do what": the quote whose words it repeats
        # (a year naming the thing the words are in, "the 2018 letter", is not when they were said)
        if q.kind == "quote" and not self.decider.year_naming(q) and not self.decider.of_time(best.id, q):
            # "what did Ada Lind say in August 2019": words of that time only, never her undated or later words as
            # if said then; as close words of hers dated then answer, else none do
            # (and of every name it asks of: "what did Lind tell the Gazette in 2019" is never her words elsewhere)
            then = [h for h in ranked if self.decider.of_time(h.id, q) and self._names_all(q, h.id)]
            said_then = self.speakers.pick(speakers, then, then[0], q) if attributed and then else None
            if said_then is None:
                day = date_label(q.on_date) or q.on_date
                names = self.speakers.label(speakers) if attributed else ""
                text = messages.NO_WORDS_OF_THEN.format(names=names, day=day) if names else messages.NO_WORDS_THEN
                return self._miss(shown, "no_match", text.format(day=day), ranked, kind=q.kind)
            best = said_then
        if q.kind == "quote" and (year := self.decider.year_naming(q)) and not self._of_year(best.id, year):
            # "what did the 2019 letter say": a 2018 letter's words are another letter's
            return self._miss(shown, "no_match", messages.NO_WORDS_THEN.format(day=year), ranked, kind=q.kind)
        if q.kind != "quote" and self.speakers.completes(q) and self.speakers.echo(q, best.id):
            # "the keeper said they refuse to be like who": the rest of the words it repeats, as printed (the brief's
            # wording of them may say it otherwise: "looked on" for "stood by")
            as_quote = True
        generic = not self._anchoring(q)
        if q.kind == "yes-no":  # the fact settling it is one the decider weighed: of the sum named, if any
            ranked = self.decider.of_named_sums(q, ranked) or ranked
        if as_quote:  # "what did the notice ask keepers to do": its words, as a quote question's
            composed = replace(
                self.composer.compose(replace(q, kind="quote"), ranked, best, attributed=True), kind=q.kind
            )
        else:
            # (words picked as of a kind of speaker are theirs: not traded for a closer quote of anyone's)
            of_speaker = attributed or (of_kind is not None and of_kind.id == best.id)
            composed = self.composer.compose(
                q, ranked, best, generic=generic, attributed=of_speaker, defining=defining is not None
            )
        composed = self._itemized(q, ranked, decision.best, composed)
        composed = self._authored(q, composed)
        composed = self._article_part(q, composed)
        outcome = (q.kind in ("why-how", "topic", "yes-no") and asks_outcome(q.words)) or (
            # "how many were actually arrested in the end", "how many were arrested" (done, not planned)
            q.kind in ("count", "amount")
            and (
                asks_actual(q.words) or (q.kind == "count" and asks_done_to(q.words) and TARGETING.isdisjoint(q.words))
            )
        )  # ("how many were targeted": whom a plan aimed at, told by the plan)
        if outcome and composed.items and (self._only_planned(composed.items[0]) or self._planned_event(q)):
            # "how did the july 12 vigil go": the articles tell it was planned, nothing of how it went
            return self._miss(shown, "no_match", messages.ONLY_PLANNED, ranked, kind=q.kind)
        first_fact = composed.items[0] if composed.items and composed.items[0].kind == "fact" else None
        if first_fact is not None and q.kind == "amount" and (measure := self._measure_untold(q, first_fact.id)):
            # "how much profit did the guild make from the port" of "the port has paid the guild $5 million": a
            # payment is no profit; the sum told, never put up as the measure asked (fresh tester 82)
            lead = messages.MEASURE_UNTOLD_LEAD.format(measure=measure, statement=first_fact.statement)
            composed = replace(composed, lead=lead, says_yes=False)
        if first_fact is not None and q.kind == "date" and self.composer.denies(q, first_fact.id):
            # "when did the guild open the door" of "the guild would not open the door" (or "refused to accept" for
            # "when did it accept"): a date leading would read as the premise confirmed (fresh tester 82)
            lead = messages.NOT_DONE_UNDATED_LEAD.format(statement=first_fact.statement)
            composed = replace(composed, lead=lead, says_yes=False)
        if (
            q.kind == "yes-no"
            and composed.items
            and self._outcome_untold(q, composed.items[0])
            and self._counted_as_told(q, composed.items[0])
        ):
            # "did 300 keepers resign" of "more than 300 keepers signed a letter": the fact tells what that group
            # did, in the question's count and noun; "whether that happened later" would suggest it may have
            lead = messages.ACT_UNSTATED_LEAD.format(statement=composed.items[0].statement)
            composed = replace(composed, lead=lead, says_yes=False)
        elif q.kind == "yes-no" and composed.items and self._outcome_untold(q, composed.items[0]):
            # "did the guild end up dropping the lease": a later outcome its best fact neither tells nor rules out
            untold = messages.WORKED_UNTOLD if succeeding_at(q.words) is not None else messages.LATER_UNTOLD
            if untold is messages.LATER_UNTOLD and "ever" in q.words:  # "did the guild ever drop a lease": at any time
                untold = messages.EVER_UNTOLD
            text = untold.format(latest=date_label(self._latest_source))
            # "did the keepers' petition work": no verdict, then what the fact decided on tells of that petition (the
            # composer's lead may be one settling whether some effort worked, of others)
            effort = self.brief.facts.get(decision.best.id) if decision.best is not None else None
            if untold is messages.WORKED_UNTOLD and effort is not None and self._states_effort(q, effort.id):
                text = messages.WORKED_UNTOLD_LEAD.format(
                    latest=date_label(self._latest_source), statement=effort.statement
                )
            return self._miss(shown, "no_match", text, ranked, kind=q.kind)
        # (a claim with no auxiliary put as a question, "the software used for 400 arrests?", may be read as a
        # topic: asked the same; not a topic named, "protest at the harbour", which asks what is told of it)
        claim = q.kind == "topic" and q.text.rstrip().endswith("?")
        # (a plan the composer found done to others, "planned to arrest 6,200 people" for "was the guild arrested",
        # is no plan of the act asked: its "don't say that" stands)
        unstated = bool(composed.items) and composed.lead == messages.ACT_UNSTATED_LEAD.format(
            statement=composed.items[0].statement
        )
        if (
            (q.kind == "yes-no" or claim)
            and composed.items
            and not unstated
            and self._asks_planned_act(q, composed.items[0])
        ):
            done = self._told_done(q, ranked, composed.items[0].id)
            recomposed = None if done is None else self.composer.compose(q, ranked, done, generic=generic)
            if done is not None and recomposed is not None and [i.id for i in recomposed.items[:1]] == [done.id]:
                # "did anyone protest the guild" of "planned to protest at the port over the guild": a close fact
                # telling the act done ("activists protested at the guild's offices") is what the articles tell
                composed = recomposed
            else:
                # "did the lease start" of "a lease scheduled to start on 20 May": told as planned, no verdict on it
                lead = messages.PLANNED_ONLY_LEAD.format(statement=composed.items[0].statement)
                composed = replace(composed, lead=lead, says_yes=False)
        if (
            q.kind != "yes-no"
            and composed.items
            and (length := length_asked(q.text))
            and duration_in(composed.lead) is None
            and duration_in(composed.items[0].statement) is None
        ):
            # "how long was the lease renewed for" of "the guild renewed its lease on Monday": no candidate gives a
            # length (`_lasting` found none), so the fact that leads says it is untold rather than stand for one; a
            # pointer at what is told, no answer to what was asked (as "don't say why; they tell only this": review 21)
            # ("how long until the lease runs out" of one "due to expire in 2019": the end it gives tells how long
            # until then, roughly, and stays an answer)
            lead = messages.LENGTH_UNTOLD_LEAD.format(asked=length, statement=composed.items[0].statement)
            ends_told = not UNTIL.isdisjoint(q.words) and any(is_year(t) for t in words(composed.items[0].statement))
            composed = replace(composed, lead=lead, says_yes=False)
            if not ends_told:
                composed = replace(composed, answered=False, outcome="no_match")
        placing = ranked  # "where were the protests in may 2019": a place of that month's facts (naming none, all are)
        if self.decider.names_month(q) and self.decider.of_month(decision.best.id, q):
            placing = [h for h in ranked if self.decider.of_month(h.id, q)]
        placement = self.venues.place(q, placing, decision.best, best)  # "where …", "where is X based"
        if q.kind == "where" and q.earliest and composed.items and not self.composer.places_named(composed.items[0].id):
            # "where was the first contract signed": no fact telling of it names a place (Composer: the earliest of
            # those that do leads), and another's place would say where the first one was
            placement = replace(placement, stated=False)
        # "which town's harbour office …": the office the best fact names says which town in its name
        if not placement.stated and not self.namer.owner_named(q, self.namer.unnamed_noun(q), best.id):
            text = messages.NO_ANSWER
            if placement.unpublished and (piece := self.brief.facts.get(best.id)) is not None:
                # "where did Lind publish her op-ed": that the articles don't say comes first, then what they tell
                text = messages.PUBLICATION_UNTOLD_LEAD.format(statement=piece.statement)
            elif (speaker := self._speaker_placed_nowhere(q, best.id)) is not None:
                # "where did Lind tell the Gazette": her words are told, where she said them is not; said plainly,
                # with what is told (fresh tester 79 F2), never the words again as if they answered
                text = messages.PLACE_OF_SAYING_UNTOLD.format(
                    name=speaker, statement=self.brief.facts[best.id].statement
                )
            return self._miss(shown, "no_match", text, ranked, kind=q.kind)
        if placement.hit is not None and not self.attribution.answers(q, placement.hit.id):
            # "where did Ada Lind say the lease was reckless": a place of a fact that gives no such words as hers (a
            # vigil she is named in) would say she said them there
            # (the best fact gives them as hers: Attribution.misattributed let it answer)
            asked, saying = self.attribution.asked(q), self.brief.facts.get(best.id)
            if asked is not None and saying is not None:
                name = self.brief.entities[asked.actor].name
                text = messages.PLACE_OF_SAYING_UNTOLD.format(name=name, statement=saying.statement)
                return self._miss(shown, "no_match", text, ranked, kind=q.kind)
            return self._miss(shown, "no_match", messages.NO_ANSWER, ranked, kind=q.kind)
        # (places gathered from every event asked of are not traded for one fact's place)
        if placement.hit is not None and not self.occasions.places(q, ranked, self.decider.of_time):
            composed = self.composer.compose(q, ranked, placement.hit, generic=generic)
        if q.kind == "amount" and (one_of := self._sum_of_one_act(q, ranked, composed)) is not None:
            composed = replace(composed, lead=one_of, says_yes=False)
        if q.kind == "amount" and (held_back := self._sum_held_back(q, composed)) is not None:
            composed = replace(composed, lead=held_back, says_yes=False)
        return _shown(composed, shown)

    def _stating_why(self, q: Question, ranked: list[Hit], best: Hit) -> Hit | None:
        """ "Why are Jewish groups protesting the guild": when the best fact tells no cause (untold.tells_cause: "the
        protesters were affiliated with …") and one ranked close after it (WHY_NEAR of its score, WHY_READ read) that
        covers as much of the question and names all it names says one outright (untold.states_why: "… demonstrated
        outside the guild hall, urging it to end the lease"), that one: the reason or aim asked leads, not the best
        fact's other account of the act (fresh tester, ld28). None otherwise."""
        fact = self.brief.facts.get(best.id)
        if fact is None or tells_cause(fact.statement):  # ("protested over the guild's lease": a cause, kept)
            return None
        for hit in ranked[1:WHY_READ]:
            told = self.brief.facts.get(hit.id)
            if hit.score < best.score * WHY_NEAR:
                return None
            if (
                told is not None
                and hit.coverage >= best.coverage
                and set(q.entities) <= set(told.entities)
                and states_why(told.statement)
            ):
                return hit
        return None

    def _completing(self, q: Question, ranked: list[Hit], best: Hit) -> Hit | None:
        """A question closing on a preposition and its question word ("… was a precursor to what", "… would take away
        from who") asks what its words go on to: when the best fact does not print the word before the preposition
        and the preposition in a row (by stem, statement or quotes), the first candidate within COMPLETED_NEAR of
        its score that does, naming every entity of the question's the best names; None otherwise."""
        w = q.words
        if len(w) < 3 or w[-1] not in WH_WORDS or w[-2] not in OBJECT_PREPOSITIONS or w[-3] in STOPWORDS:
            return None
        phrase = [stem(w[-3]), w[-2]]
        top = self.brief.facts.get(best.id)
        if top is None or self._prints(top, phrase, q.kind == "quote"):
            return None
        named = set(q.entities) & set(top.entities)
        for h in ranked[:COMPLETED_CANDIDATES]:
            fact = self.brief.facts.get(h.id)
            if h.id == best.id or fact is None or h.score < COMPLETED_NEAR * best.score:
                continue
            if named <= set(fact.entities) and self._prints(fact, phrase, q.kind == "quote"):
                return h
        return None

    def _about_others(self, q: Question, ranked: list[Hit], best: Hit) -> Hit | None:
        """A question asking what was said or told "about other <things>" ("what did the flyer say about other
        companies") of a best fact that never puts "other" right before such things (the noun by its stem or a
        synonym the brief gives, up to one word between: "other tech firms"): the first candidate within
        COMPLETED_NEAR of its score that does, naming every entity of the question's the best names; None
        otherwise. A singular "the company" of a fact is the one it names, never the others asked about."""
        w = q.words
        at = next((i + 2 for i in range(len(w) - 2) if w[i : i + 2] == ["about", "other"]), None)
        if at is None or at >= len(w) or w[at] in STOPWORDS:
            return None
        nouns = {stem(w[at]), *(stem(a) for a in self.understander.alternatives(w[at]))}
        top = self.brief.facts.get(best.id)
        if top is None or self._names_others(top, nouns):
            return None
        named = set(q.entities) & set(top.entities)
        for h in ranked[:COMPLETED_CANDIDATES]:
            fact = self.brief.facts.get(h.id)
            if h.id == best.id or fact is None or h.score < COMPLETED_NEAR * best.score:
                continue
            if named <= set(fact.entities) and self._names_others(fact, nouns):
                return h
        return None

    @staticmethod
    def _names_others(fact: FactData, nouns: Set[str]) -> bool:
        """The fact's statement or a quote has "other" right before a word of one of the stems `nouns`, or one word
        before it ("other tech firms")."""
        for text in (fact.statement, *(c.quote for c in fact.citations)):
            said = words(fold(text))
            if any(a == "other" and not nouns.isdisjoint(map(stem, said[i + 1 : i + 3])) for i, a in enumerate(said)):
                return True
        return False

    @staticmethod
    def _prints(fact: FactData, phrase: list[str], quoted: bool) -> bool:
        """The fact's statement (or, `quoted`, one of its quotes: a quote question's answer leads with them) has a
        word of the stem `phrase[0]` right before `phrase[1]`."""
        for text in (fact.statement, *(c.quote for c in fact.citations if quoted)):
            said = words(fold(text))
            if any(stem(a) == phrase[0] and b == phrase[1] for a, b in itertools.pairwise(said)):
                return True
        return False

    def _measure_untold(self, q: Question, fact_id: str) -> str | None:
        """The noun an amount question measures by ("how much profit", "how much in fees": the noun right after
        "how much", past "in"), when the fact states it in no form and no word the brief gives for it ("money":
        "paid"); None when it does, or the question names no such noun ("how much did the port pay"). English
        grammar, as "how many" names what is counted: a sum of one measure (a payment) is no figure of another
        (a profit, a salary)."""
        from lemminflect import getAllLemmas

        at = next((i + 2 for i in range(len(q.words) - 2) if q.words[i : i + 2] == ["how", "much"]), None)
        if at is not None and q.words[at : at + 1] == ["in"]:
            at += 1
        if at is None or at >= len(q.words) or at in self.decider.subjects.named_positions(q):
            return None
        noun = q.words[at]
        if (
            not noun.isalpha()
            or noun in STOPWORDS
            or noun in SUMMING_WORDS
            or noun in SCALE_WORDS
            or "NOUN" not in getAllLemmas(noun)
        ):
            return None
        told = self.decider.told
        return None if told.said(told.forms(noun), self.retriever.stated_stems(fact_id)) else noun

    def _speaker_placed_nowhere(self, q: Question, fact_id: str) -> str | None:
        """The name of the person a 'where' question asks a saying of (a verb of SPEECH_VERBS: "where did Lind tell
        the Gazette", "where did she say that") when `fact_id`, the fact it was answered from, is one of the brief's
        facts naming them; None otherwise."""
        fact = self.brief.facts.get(fact_id)
        if q.kind != "where" or fact is None or SPEECH_VERBS.isdisjoint(q.words):
            return None
        speaker = next((e for e in q.entities if e in fact.entities and self.brief.entities[e].kind == "person"), None)
        return self.brief.entities[speaker].name if speaker is not None else None

    def _sum_of_one_act(self, q: Question, ranked: list[Hit], composed: Answer) -> str | None:
        """ "What is the renewed lease worth", no date asked, led by a sum of its fact telling that act ("In 2015 the
        lease was renewed for $5 million") while a close candidate (SUM_ACT_CANDIDATES) tells the same act in another
        year and gives no sum ("the guild renewed its lease in August 2019"): the lead, saying which one its sum is
        of and that the other has none (ONE_ACT_SUM_LEAD); None otherwise."""
        lead = composed.items[0] if composed.items else None
        head, colon, statement = composed.lead.partition(": ")
        fact = self.brief.facts.get(lead.id) if lead is not None and lead.kind == "fact" else None
        if fact is None or not fact.date or not colon or q.years or q.on_date or any(c in head for c in ";()"):
            return None
        if len(scaled_figures(words(head))) != 1:  # one sum leads ("$5 million: …"), not a list of figures
            return None
        acts = [w for w in q.words if w.endswith("ed") and self._acting(w)]
        tokens = words(fact.statement)
        if not acts:  # "what was the renewal worth": the act by its noun, as the fact tells it done ("was renewed")
            nouns = {stem(w) for w in q.words if self.english.verb(w) is None}
            acts = list(dict.fromkeys(t for t in tokens if t.endswith("ed") and stem(t) in nouns and self._acting(t)))
        if len(acts) != 1 or q.sources or stem(acts[0]) not in self.retriever.stated_stems(fact.id):
            return None  # ("signed when, renewed when, for how much": which act the sum is of is not asked)
        act = acts[0]
        # the other telling must be of the thing the question names ("the Kestrel contract": not another contract
        # signed in 2013), or the remark would give the named thing a second signing no article tells
        things = [
            e
            for e in q.entities
            if self.retriever.entity_kind(e) not in ACTOR_KINDS and not self.decider.ubiquitous_entity(e)
        ]
        at = [i for i, t in enumerate(tokens) if stem(t) == stem(act)]
        if any(_dated_otherwise(tokens[i + 1 : i + 3], fact.date) for i in at):
            return None  # "first signed in 2013" in a fact of 2015: the fact's date is not that act's
        for hit in ranked[:SUM_ACT_CANDIDATES]:
            other = self.brief.facts.get(hit.id)
            if other is None or not other.date or other.date[:4] == fact.date[:4] or planned_as(other.statement):
                continue  # (an act "due to" come, "scheduled for" a date, was not done then)
            if YET_TO().search(other.statement) or re.search(r"\bdue to\b", other.statement):
                continue
            if things and self.decider.subjects.about_others(hit.id, things):
                continue
            if stem(act) in self.retriever.stated_stems(hit.id) and not scaled_figures(words(other.statement)):
                if other.date > fact.date:
                    # "the renewed contract", no date asked, most likely means the latest renewal: the sum is
                    # another's, so that the one meant has none comes first (fresh tester 84: a flyer copying
                    # "About $16 million" would give the 2015 renewal's sum to the 2019 one)
                    return messages.LATER_ACT_UNSUMMED_LEAD.format(
                        thing=self._thing_acted(q, act),
                        act=act,
                        other=_on_date(other.date),
                        figure=_lowered(head),
                        told=_on_date(fact.date),
                        statement=statement,
                    )
                return messages.ONE_ACT_SUM_LEAD.format(
                    figure=head, act=act, told=_on_date(fact.date), other=_on_date(other.date), statement=statement
                )
        return None

    def _sum_held_back(self, q: Question, composed: Answer) -> str | None:
        """ "How much did the guild pay" led by a sum its fact tells only as turned down, offered or called for
        (`undone_sum`): SUM_NOT_HANDED_LEAD, saying no payment is told and what the sum was; None otherwise. A flyer
        copying "$40,000" would say it was paid."""
        lead = composed.items[0] if composed.items else None
        head, colon, statement = composed.lead.partition(": ")
        if lead is None or lead.kind != "fact" or not colon or not asks_handed_over(q.words):
            return None
        if AMOUNT.fullmatch(head) is None:  # one sum leads, as the fact writes it ("$40,000")
            return None
        act = undone_sum(lead.statement, head)
        if act is None:
            return None
        return messages.SUM_NOT_HANDED_LEAD.format(figure=head, act=act.lower(), statement=statement)

    def _thing_acted(self, q: Question, act: str) -> str:
        """The noun the question puts right after the act's participle ("contract" of "the renewed contract"), or
        "one" when there is none ("the renewal"): what a lead names as the thing that act was done to."""
        at = q.words.index(act) if act in q.words else None
        after = q.words[at + 1] if at is not None and at + 1 < len(q.words) else ""
        if after.isalpha() and after not in STOPWORDS and self.english.verb(after) is None:
            return after
        return "one"

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

    def _acting(self, word: str) -> bool:
        """The word is only ever a verb (English.verb), and not a light one ("made", "got"): an act a sum may be of."""
        verb = self.english.verb(word)
        return verb is not None and verb not in LIGHT_VERBS

    def _opening_actor(self, q: Question) -> str | None:
        """The person or organization the question opens with as acting (understander.opening_actor), or None."""
        return opening_actor(q.words, self.understander.name_spans, self.retriever.entity_kind)

    def _opening_outlet(self, q: Question) -> str | None:
        """The outlet named right after the question's "did" ("when did the Gazette publish …"), as the one asked
        to have acted, which `_opening_actor` (and so ActsTold.undated_act's "other_subject") leaves out; or None."""
        aux = next((i for i, t in enumerate(q.words) if t in AUXILIARIES), None)
        if aux is None or q.words[aux] != "did":
            return None
        found = outlet_opening(q.words, aux, self.understander.name_spans, self.retriever.entity_kind)
        # "what year did the Gazette say the guild struck": what it said is the act asked, not its saying
        if found is None or not SPEECH_VERBS.isdisjoint(q.words[found[1] : found[1] + 1]):
            return None
        return found[0]

    def _silent(self, q: Question, ranked: list[Hit], best: Hit) -> str | None:
        """The one a yes/no question asks whether they spoke up (asks_whether_spoke: "did the mayor say
        anything about the guild"), a person or organization most facts do not involve, when neither the best
        candidate nor any about as good (SILENT_CANDIDATES, NEAR_SPEAKING of its score) gives them as speaking
        (Speakers.said_by), says they did not respond (Composer.denies) or opens its main clause with them: what
        the articles tell of them is no word of theirs. None otherwise."""
        if q.kind != "yes-no" or not asks_whether_spoke(q.words):
            return None
        actor = self._opening_actor(q)
        if actor is None or self.decider.ubiquitous_entity(actor):
            return None
        near = [h for h in ranked[:SILENT_CANDIDATES] if h.score >= NEAR_SPEAKING * best.score]
        facts = [h.id for h in [best, *near] if h.id in self.brief.facts]
        if any(self.speakers.said_by(f, {actor}) or self.composer.denies(q, f) for f in facts):
            return None
        # a fact whose main clause opens with them tells of them doing something, perhaps saying it in other words
        # ("Ada Lind defended the lease at a guild meeting"): not said untold
        return None if any(self.composer.opens_with(actor, f) for f in facts) else actor

    def _unsaid(self, q: Question, fact_id: str) -> str | None:
        """A date asked of a saying (ActsTold.asks_saying: "when did the guild say anything about the lamp", or a
        follow-up read "when was the guild say about the lamp") by the person or organization the question opens
        with, one most facts do not involve, against a fact that gives no words of theirs (Speakers.said_by) and
        either does not open its main clause with them or is not of what else the question names (a demand of theirs
        over a lease is no saying about the lamp): its date is of something else they did or were part of. The one
        asked of, or None."""
        if not self.decider.told.asks_saying(q):
            return None
        actor = self._opening_actor(q)
        fact = self.brief.facts.get(fact_id)
        if actor is None or self.decider.ubiquitous_entity(actor) or fact is None:
            return None
        if self.speakers.said_by(fact_id, {actor}):
            return None
        about = set(q.entities) - {actor}
        if self.composer.opens_with(actor, fact_id) and about <= set(fact.entities):
            return None
        return actor

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

    def _paid_for_named(self, understood: tuple[Normalized, Question] | None, answered: Answer, told: str) -> bool:
        """ "What is Lantern", …, then "how much was it", read as "how much was Lantern": the sum is asked of the thing
        the reading names (a glossary entry of no party: a system, a program), which a fact involving it answers
        (its lead says what more the sum covers), when the fact last told (`told`) gives no sum of its own (one
        giving a sum, "the Courier was given $4 million", is what "how much" then asks of)."""
        if understood is None or not answered.evidence or answered.evidence[0].kind != "fact":
            return False
        last = self.brief.facts.get(told)
        if last is not None and AMOUNT.search(last.statement):
            return False
        fact = self.brief.facts.get(answered.evidence[0].id)
        things = [e for e in understood[1].entities if self.retriever.entity_kind(e) not in ACTOR_KINDS]
        return fact is not None and any(e in fact.entities for e in things)

    def _parts_told(self, parts: tuple[tuple[str, str], ...], *, some: bool = False) -> str:
        """TOTAL_UNTOLD with the sums given apart (Decision.parts: (sum, fact id)): "They give $9 million and $12
        million apart (the Gazette)." when one article gives them all, else each with its own article's name (none
        when none is known); `some` (Decision.some_parts): only some of the sums given, said as "among"
        (TOTAL_UNTOLD_AMONG). A source's own brackets become a comma ("(a report, outlet not named)")."""
        sources = [
            _unbracketed(cites[0].source_name) if (cites := self.brief.citations(self.brief.facts[i])) else ""
            for _, i in parts
        ]
        figures = [f for f, _ in parts]
        if len(set(sources)) == 1 and sources[0] and not some:
            return messages.TOTAL_UNTOLD_PARTS.format(figures=and_joined(figures), source=sources[0])
        cited = [f"{f} ({s})" if s else f for f, s in zip(figures, sources, strict=True)]
        if some:
            return messages.TOTAL_UNTOLD_AMONG.format(figures=and_joined(cited))
        return messages.TOTAL_UNTOLD_CITED.format(figures=and_joined(cited))

    def _not_told_to(self, q: Question, shown: str) -> Answer | None:
        """ "What did Lind tell the Gazette" (a speaker asked, and an outlet the brief names as whom she told) with no
        answer: the articles tell of no words of hers told to it (NOT_TOLD_TO), then the words of hers they do
        give, asked of every article (the search keeps the outlet's own facts when it names one); None for any
        other question. A refusal would hide that the articles do quote her; her words elsewhere, given as told
        to that outlet, would put them in its pages."""
        speakers = self.speakers.asked(q)
        outlets = self.speakers.hearer_outlets(q)
        if not speakers or not outlets or self.speakers.tells_told(speakers, outlets):
            return None  # (words of theirs told to it on another topic: not "no words told to it")
        every = replace(q, sources=set())
        ranked = self.retriever.rank(self._searched(every), self._act_stems(every))
        names = self.speakers.label(speakers)
        outlet = " or ".join(sorted(self.brief.entities[e].name for e in outlets))
        spoken = [h for h in ranked if h.id in self.brief.facts and self.speakers.said_by(h.id, speakers)]
        # the words of theirs the outlet's own article gives first ("the Gazette quotes her op-ed"), else any article's
        own = [h for h in spoken if not q.sources.isdisjoint(c.source for c in self.brief.facts[h.id].citations)]
        said = next(iter(own or spoken), None)
        text = messages.NOT_TOLD_TO.format(names=names, outlet=outlet)
        if said is not None:
            statement = self.brief.facts[said.id].statement
            text = messages.NOT_TOLD_TO_LEAD.format(names=names, outlet=outlet, statement=statement)
        return self._miss(shown, "no_match", text, ranked, kind=q.kind)

    def _placed_otherwise(self, q: Question) -> tuple[list[Hit], Decision] | None:
        """A yes/no question naming one place after "in" or "at" ("is the guild based in Eastport") that nothing
        answers: the question without the place, ranked and decided, when what answers it is a fact placing the
        thing at another place (`placed_elsewhere`), whose lead says the articles tell it of another place
        (Composer: OTHER_OCCASION_LEAD, no verdict); None otherwise. The place put to the test, as a year is, drew
        only facts of that place (fresh questions, yn28: "is the guild headquartered in dover" was refused, though
        the articles place its headquarters in Harwich)."""
        kind_of = self.retriever.entity_kind
        places = [
            (start, end)
            for start, end, e in self.understander.name_spans(q.words)
            if kind_of(e) == "place" and q.words[start - 1 : start] in (["in"], ["at"])
        ]
        if len(places) != 1:
            return None
        start, end = places[0]
        rest = normalize(" ".join([*q.words[: start - 1], *q.words[end:]]))
        unplaced = self.understander.understand(rest)
        if unplaced.kind != "yes-no":
            return None
        ranked = self.retriever.rank(self._searched(unplaced), self._act_stems(unplaced))
        decision = self.decider.decide(unplaced, ranked)
        if decision.best is None:
            return None
        # the decided one, else as close a candidate (PLACED_READ, covering enough) placing it elsewhere
        for hit in [decision.best, *ranked[:PLACED_READ]]:
            fact = self.brief.facts.get(hit.id)
            if fact is None or hit.coverage < self.decider.min_coverage(hit.id, unplaced):
                continue
            # (told of the other place, never a "No" of its own: its lead is the pointer, no verdict)
            if self.composer.verdicts.denial(q, hit.id) is not None:
                continue
            if placed_elsewhere(q, fact, self.brief, self.understander.name_spans, kind_of):
                return ranked, Decision("answered", hit)
        return None

    def _told_by_other(self, q: Question, every: Question, ranked: list[Hit], shown: str) -> Answer | None:
        """ "Did the Gazette say the guild renewed the lease", a yes/no question of one article that none of the
        Gazette's facts tells (the search keeps an article's own facts when it names one: no match), answered as
        asked of every article (`every`, ranked as `ranked`): when that answers with another's account, it is said
        to be not the Gazette's (`Untold.outlet_unattributed`), as for an outlet with no article of its own ("did the
        Courier say …"); None otherwise (tester yn2: "did <outlet> say <company> renewed the contract" was refused,
        though another outlet reports it)."""
        opening = outlet_opening(q.words, 0, self.understander.name_spans, self.retriever.entity_kind)
        if opening is None:
            return None
        # the act said (verbs after the outlet's verb of saying: "renewed"), which the other account must state
        verbs = (self.retriever.english.verb(t) for t in q.words[opening[1] + 1 :] if t in q.leftover)
        said = {stem(v) for v in verbs if v is not None}
        if not said:
            return None
        decision = self.decider.decide(every, ranked)
        if decision.outcome != "answered" or decision.best is None:
            return None
        if not said & self.retriever.stated_stems(decision.best.id):
            return None  # another's account of something else ("did the Gazette say Lind was fired": her post)
        if (outlet := self.untold.outlet_unattributed(q, decision.best.id)) is None:
            return None
        name, statement = self.brief.entities[outlet].name, self.item(decision.best.id).statement
        text = messages.OUTLET_UNATTRIBUTED_LEAD.format(name=name, statement=statement)
        return self._miss(shown, "no_match", text, ranked, kind=q.kind)

    def _mentioned_by_other(self, q: Question, ranked: list[Hit]) -> tuple[list[Hit], Decision] | None:
        """ "Did the Gazette mention the guild", a yes/no question of one article that none of the Gazette's facts
        names (the search keeps an article's own facts when it names one: no match): `ranked`, the question ranked
        as asked of every article, and the decision, when the fact
        they answer with names it only in another article's words (Composer.mentioned_elsewhere), whose lead says
        so ("No: … is mentioned by the Courier, not by the Gazette"); None otherwise (tester 78 R6: "did <outlet>
        mention <group>" had no sourced answer when the outlet's facts name nothing near it, though the same
        question of another outlet was told "No: … mentioned by <article>")."""
        # the best-ranked fact naming them: not as decided of every article, where the outlet's words asked ("the
        # Gazette") are words no fact of the name need hold; `mentioned_elsewhere` reads every fact naming them
        for hit in ranked[:MENTIONING_READ]:
            fact = self.brief.facts.get(hit.id)
            if fact is not None and self.composer.mentioned_elsewhere(q, fact) is not None:
                return ranked, Decision("answered", hit)
        return None

    def _premise_denied(self, q: Question, shown: str) -> Answer | None:
        """ "Why (or when) did <name> <act> …" with no reason (or date) found, or a date found of a fact telling the
        act negated ("when did the guild back down" of "the guild did not change course"): the answer to "did <name>
        <act> …" when it is a "No"
        (NO_LEAD, NO_AS_OF_LEAD: "it renewed the lease"), which corrects the premise a reason would keep, as a miss
        (no reason is given) with that verdict's lead and evidence; else None."""
        if q.words[:1] not in (["why"], ["when"]) or q.words[1:2] not in (["did"], ["does"], ["do"]):
            return None  # "when did the guild cancel the lease": a date would keep the premise as a reason would
        asked = normalize(q.text).text.split(maxsplit=1)[1:]  # the question as typed, after its "why"
        if not asked:
            return None
        verdict, _ = self._answer_read(normalize(asked[0]))
        denying = (messages.NO_LEAD.split("{")[0], messages.NO_AS_OF_LEAD.split("{")[0])
        if verdict.kind != "yes-no" or not verdict.answered or not verdict.lead.startswith(denying):
            return None
        # no reason is given (a miss, as a why of an untold act is), but the premise is corrected with its evidence
        return _shown(replace(verdict, kind=q.kind, answered=False, outcome="no_match"), shown)

    def _states_effort(self, q: Question, fact_id: str) -> bool:
        """The fact states every word of the effort a "did it work" question asks of (its words before the verb of
        succeeding, names aside) and is of every name and year it gives, which say which effort with those words
        (EFFORT_MARKS of them at least): "did the keepers' petition work", "did the 2018 letter work"; not "did the
        petition work", which may be any of several."""
        at = succeeding_at(q.words)
        effort = {stem(t) for i, t in enumerate(q.words[:at]) if t in q.leftover and i not in q.named_at}
        fact = self.brief.facts.get(fact_id)
        if not effort or fact is None or not effort <= self.retriever.stated_stems(fact_id):
            return False
        if not set(q.entities) <= set(fact.entities) or (q.years and (fact.date or "")[:4] not in q.years):
            return False
        return len(effort) + len(q.entities) + len(q.years) >= EFFORT_MARKS

    def _outcome_untold(self, q: Question, item: Item) -> bool:
        """A yes/no question about how things turned out (OUTCOME, or whether an effort came off: "did the vigils
        work", succeeding_at) that the item's fact does not settle; or one asking whether a change the brief
        lists opposites for was ever made (EVER: "did the harbour ever stop using the guild's maps"; or, without
        "ever", a change away from going on, `_asks_change`) against a fact that does not settle it and never states
        the change's word at all (one that does, "keepers inside the hall would not open the door", tells of it as
        far as the sources go), nor, asked without "ever", one of its opposites."""
        if OUTCOME.search(q.text) or succeeding_at(q.words) is not None:  # "did the vigils work"
            return not self._settled(q, item)
        ever = EVER.search(q.text) is not None
        if not ever and not self._asks_change(q):
            return False
        changes = {stem(w) for w in q.words} & self.retriever.opposites.keys()
        if not changes or self._settled(q, item):
            return False
        if item.kind != "fact":
            return True
        # asked without "ever", a fact telling the change's opposite of someone else ("the guild renewed it" for "did
        # the harbour cancel it") still tells what became of it
        opposite = not ever and any(self.retriever.states_opposite(item.id, c) for c in changes)
        # nor one telling the thing ended on its own, as done ("the lease had expired" for "did the guild drop it":
        # Verdicts._ended_since leads it over a keeping told before): what became of it, as far as the sources go
        opposite = opposite or (not ever and not ENDED.isdisjoint(words(fold(self.brief.facts[item.id].statement))))
        # the change in a word the brief gives as alike ("dropping a contract" tells "did they cancel it")
        alike = changes.union(*(self._alike.get(c, ()) for c in changes))
        return alike.isdisjoint(self._done_stems(item.id)) and not opposite

    def _counted_as_told(self, q: Question, item: Item) -> bool:
        """The yes/no question opens its subject with a count and a noun ("did 300 keepers resign") that the item's
        fact's statement gives too, the noun within COUNTED_REACH words after the count ("more than 300 Harbour
        keepers signed …"): the fact tells of the very group asked of, and what it did. Not asked with "ever" (at
        any time, which a later article could tell), nor whether an effort worked."""
        fact = self.brief.facts.get(item.id) if item.kind == "fact" else None
        if fact is None or EVER.search(q.text) is not None or succeeding_at(q.words) is not None:
            return False
        told = words(fold(fact.statement))
        for i, w in enumerate(q.words[:-1]):
            if not w.isdigit() or is_year(w) or w not in told:
                continue
            at = told.index(w)
            noun = stem(q.words[i + 1])
            if any(stem(t) == noun for t in told[at + 1 : at + 1 + COUNTED_REACH]):
                return True
        return False

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

    def _done_stems(self, fact_id: str) -> set[str]:
        """The stems a fact states or quotes as done: not those it reports only as asked for (ActsTold.requested),
        nor a verb right after "to", an aim or a request ("rallied to get the guild to stop leasing"), not a deed."""
        fact = self.brief.facts[fact_id]
        out: set[str] = set()
        for text in (fact.statement, *(c.quote for c in fact.citations)):
            tokens = words(text)
            out |= {stem(t) for i, t in enumerate(tokens) if tokens[i - 1 : i] != ["to"]}
        return out - self.decider.told.requested(fact_id)

    def _asks_change(self, q: Question) -> bool:
        """A yes/no question in the past whose first act the brief lists opposites for is a change away from going
        on, one of those opposites a single continuing word (CONTINUING: "did the harbour stop using the maps", "did
        the guild drop the lease"), and is not asked for ("did the keepers ask the guild to drop it"); not another act
        ("did everyone take the flier", whose opposite is a refusal; "get inside", whose "kept out" is no going on)."""
        if q.words[:1] not in (["did"], ["had"], ["has"], ["have"]):
            return False
        for i, w in enumerate(q.words[2:], 2):
            phrases = self.retriever.opposites.get(stem(w), [])
            if any(len(p) == 1 and p[0] in CONTINUING for p in phrases):  # "kept", not "kept out"
                before = q.words[max(0, i - 3) : i]
                return "to" not in before and REQUEST_VERBS.isdisjoint(before)
        return False

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

    def _tells_sameness(self, q: Question, ranked: list[Hit]) -> bool:
        """The question names one glossary entry twice ("is Lantern the same as Harbour Keep", its old name), or one
        of the SAME_CANDIDATES best candidates says two things are the same ("the same lease") or differ; "at the same
        time as" (SAME_TIME) tells of one time, not of one thing."""
        named = [e for _, _, e in self.understander.name_spans(q.words)]
        if len(named) > len(set(named)):
            return True
        sums = scaled_figures(q.words)
        specific = [e for e in q.entities if not self.decider.subjects.ubiquitous_entity(e)]
        if sums and specific and equated(q.words):
            # "is the $5 million lease the harbour one": settled when every close fact giving that sum names the
            # thing; one giving it of a thing it does not name may be another thing of that sum (fresh tester 82)
            stating = self.decider.stating_sums(ranked, sums)
            return bool(stating) and not any(self.decider.subjects.about_others(f.id, specific) for f in stating)
        for h in ranked[:SAME_CANDIDATES]:
            fact = self.brief.facts.get(h.id)
            if fact is not None and not SAMENESS_WORDS.isdisjoint(words(SAME_TIME.sub("", fact.statement.lower()))):
                return True
        return False

    def _settled(self, q: Question, item: Item) -> bool:
        """The item's fact says yes or no to the yes/no question's act (Composer.affirms / denies)."""
        return item.kind == "fact" and (self.composer.denies(q, item.id) or self.composer.affirms(q, item.id))

    @property
    def _latest_source(self) -> str:
        """The latest publication date of the brief's articles ("2019-09"), or "" when none is dated."""
        return max((src.published or "" for src in self.brief.sources.values()), default="")

    def _after_latest(self, q: Question) -> bool:
        """ "After" right before the date the question names, when that date is no earlier than the latest article's
        month: it asks of a time the articles end before ("since" takes the month in: its facts answer)."""
        first = next((i for i, t in enumerate(q.words) if t in q.date_words), None)
        if not first or q.words[first - 1] != "after" or not self._latest_source:
            return False
        # a day without a year ("after sept 20", "--09-20") is of the latest article's year, the one asked of
        when = self._latest_source[:4] + q.on_date[1:] if q.on_date.startswith("--") else q.on_date.lstrip("-")
        return when[:7] >= self._latest_source[:7]

    def _after_sources(self, q: Question) -> str | None:
        """A year the question names after the latest article's and that no fact mentions, else None."""
        latest = self._latest_source[:4]
        later = sorted(y for y in q.years if latest and y > latest and not self.index.knows(y))
        return later[0] if later else None

    def _about_article(self, q: Question, shown: str) -> Answer | None:
        """A question about an article itself ("who took the Gazette cover photo"): the facts stating that part of the
        article it names, or that the article does not say; None for a question about what the articles report."""
        for_source = False
        where: set[int] = set()
        if q.sources:
            _, where = self.understander.find_sources(q.words)
            for_source = bool(where) and min(where) > 0 and q.words[min(where) - 1] == "for"
        part = asked_part(q.words, names_source=bool(q.sources), for_source=for_source)
        if part == "photo" and (read := CAPTION_WORDS.intersection(q.words)) and {stem(w) for w in read} <= q.context:
            # "in the Gazette cover photo caption, what did the keepers compare …": the caption is words read, as an
            # article's are; what they tell is asked, not what the photo shows (blind set BN)
            part = None
        if part is None and len(q.sources) == 1 and asks_what_source_reported(q.words, where):
            part = "headline"  # "what did the Gazette report": what its article is about, its lede first
        # (the words after the article word saying which one it is aside: "what date was the piece about the flood")
        telling = {q.words[j] for j in article_description(q.words) if j > article_at(q.words)} if q.sources else set()
        asks_page = set(q.leftover) - telling <= PAGE_WORDS and not q.entities  # not "what year was the policy the …"
        # ("who published the july 2019 piece": the publisher of the article it names is asked, as "what outlet")
        publisher = q.kind == "who" and bool(q.leftover) and set(q.leftover) - telling <= PUBLISHING_WORDS
        dated_or_outlet = q.kind == "date" or q.outlet or publisher
        if part is None and q.sources and dated_or_outlet and (asks_page or publisher) and "cited" not in q.cues:
            # "when was the Gazette story", "what outlet published the 2018 article", "who published the july 2019
            # piece" (the article named, only its page words left): its line; not "the Gazette
            # piece got the petition story from which paper", whose reporting it passes on (blind set BJ)
            part = "published"
        vocabulary = ARTICLE_VOCABULARY | (
            SUMMARY_ASKING if part == "headline" else CORRECTION_ASKING if part == "correction" else frozenset()
        )
        if part == "photo":  # "who are the two women in the Gazette photo": whom it shows, in any words for people
            vocabulary |= PERSON_NOUNS
        # "who took the photo of the moon landing": about something the brief does not know ("what's the Gazette
        # piece mostly about": an adverb says how, not what)
        # (nor are the words after it telling which article is meant: "the piece about staff fighting on the forum")
        if part is None or any(
            not self.understander.knows(t)
            for t in q.leftover
            if t not in vocabulary and t not in telling and not adverb(t)
        ):
            return None
        if part == "reporter" and "cited" in q.cues:
            return None  # "who reported those figures originally": whom the story cites, not who wrote it
        if not q.sources and any(self.brief.entities[e].kind == "media" for e in q.entities):
            return None  # "the Courier article": an outlet the articles cite, not one of them
        found = self.articles.facts(part, q.sources)
        if part == "reporter" and not WRITER_WORDS.isdisjoint(q.words):
            found = self.articles.written_by(found)  # "who wrote the Gazette piece": not a reporter it relies on
        found_in = {self.brief.facts[i].citations[0].source for i in found}
        if not q.sources and len(found_in) > 1:
            return None  # "when was the article published": which article is not said, and they differ
        described = self.understander.article_described(q.words) if not q.sources else []
        if described and not found_in & self.understander.telling_sources(described):
            return None  # "who wrote the article about the harbour flood": not the one article naming its reporter
        if part == "headline" and HEADLINE_WORDS.isdisjoint(q.words) and len(q.sources) == 1:
            # "tl;dr of the Gazette piece": its lede says what it is about (a headline may be a quote), then the
            # headline
            lede = self._lede(next(iter(q.sources)))
            found = [lede, *(i for i in found if i != lede)] if lede is not None else found
        if not found:
            if not q.sources or (part == "headline" and HEADLINE_WORDS.isdisjoint(q.words)):
                # no article names that part: answered, if at all, as any question
                return None
            names = " or ".join(sorted(self.brief.sources[s].name for s in q.sources))
            text = messages.ARTICLE_SILENT.format(source=names, part=messages.ARTICLE_PARTS[part])
            hits = [Hit(i, 1.0, 1.0) for i in self.articles.stating(part)]
            return self._miss(shown, "no_match", text, hits, kind=q.kind)
        # several articles' photos: the one showing whom the question names first (not the outlet asked of: "what
        # did the Gazette report" is led by its lede, not by a fact naming the Gazette)
        named = {e for e in q.entities if self.brief.entities[e].kind != OUTLET_KIND}
        found.sort(key=lambda i: -len(named & set(self.brief.facts[i].entities)))
        items = [self.item(i) for i in found]
        lead = items[0].statement
        answer = Answer(question=shown, answered=True, outcome="answered", text="", kind=q.kind, lead=lead, items=items)
        return replace(answer, text=render_text(answer))

    def _lede(self, source_id: str) -> str | None:
        """The article's first fact that is no caption and cites it first: a brief lists an article's facts in the
        article's order, its lede first (briefs/FORMAT.md), so that fact says what the article is about. Kept per
        source: reading its first facts' rows cost ~0.3 ms a question about an article."""
        if source_id in self._ledes:
            return self._ledes[source_id]
        found = self._ledes[source_id] = self._first_fact(source_id)
        return found

    def _first_fact(self, source_id: str) -> str | None:
        """`_lede`, worked out."""
        for limit in (LEDE_READ, None):  # the lede is among the first facts; all of them only if not
            found = next(
                (
                    f.id
                    for f in self.brief.facts_citing(source_id, limit)
                    if f.kind != "caption" and f.citations and f.citations[0].source == source_id
                ),
                None,
            )
            if found is not None:
                return found
        return None

    def _passed_on(self, q: Question, shown: str) -> Answer | None:
        """ "Whose figures does the 2018 piece pass on": when the question asks whose reporting the articles it names
        cite, their facts that pass on another outlet's or a person's reporting (Retriever.cites_reporting); those
        stating most of what else it asks first ("where does the piece get its contract figures": the contracts),
        else in brief order. None for any other question, when none does, or when none states anything else it
        asks (then it is answered as any question)."""
        if "cited" not in q.cues or not q.sources:
            return None
        if q.terms:
            asked = self.retriever.asked_stems(q)
            stating = [found for s in sorted(q.sources) for found in self.retriever.reporting_stating(s, asked)]
            # stable, reversed or not: brief order among equals (no key function called for each of the ~2,000 a source
            # of a 100,000-fact brief passes on)
            stating.sort(key=itemgetter(1), reverse=True)
            passing = [fact_id for fact_id, _ in stating]
        else:
            passing = [fact_id for source in sorted(q.sources) for fact_id in self._passing_on(source)]
        if not passing:
            return None
        hits = [Hit(i, 1.0, 1.0) for i in passing]
        return _shown(self.composer.compose(replace(q, kind="topic"), hits, hits[0]), shown)

    def _passing_on(self, source_id: str) -> tuple[str, ...]:
        """The ids of the facts citing a source that pass on whose reporting it cites (Retriever.reporting_citing), in
        brief order; worked out once per source (it read and built the record of every fact citing the source for
        each such question: 43 on the shipped brief, ~1 ms)."""
        found = self._passing.get(source_id)
        if found is None:
            found = self._passing[source_id] = tuple(self.retriever.reporting_citing(source_id))
        return found

    def _former_named(self, q: Question) -> Answer | None:
        """ "What was X called before" (naming.asks_former_name) of an entry the question names: its former name
        (naming.former_name) first, then the fact whose statement gives it, else the entry's description; None when
        no entry named has one the articles give (the question is then answered as any other)."""
        if not q.entities or not asks_former_name(q.text):
            return None
        typed = set(q.words)
        for ent_id in q.entities:
            entity = self.brief.entities.get(ent_id)
            if entity is None:
                continue
            facts = [f for f in self.brief.facts.values() if ent_id in f.entities]
            texts = [entity.description, *(f.statement for f in facts)]
            former = former_name(entity.name, entity.aliases, texts)
            if former is None or set(words(former.lower())) <= typed:
                continue  # (one the question says already is not what it asks)
            giving = [f.id for f in facts if former.lower() in f.statement.lower()]
            hits = [Hit(doc_id, 1.0, 1.0) for doc_id in giving or [ent_id]]
            composed = self.composer.compose(replace(q, kind="topic"), hits, hits[0])
            return replace(composed, lead=f"{former}: {composed.lead}", says_yes=False)
        return None

    def _named(self, q: Question) -> Answer | None:
        """ "What was X called": answered, with the name first, when a glossary entry names the thing asked about;
        for the name of a person the closest fact tells of without naming ("an activist said …"), that the
        articles do not name them; None otherwise, and the question is answered as any other (with "name" and
        "called" as subject words)."""
        asked = without_name_words(q)
        if asked is q:
            return None
        ranked = self.retriever.rank(asked)
        decision = self.decider.decide(asked, ranked)
        if decision.best is None:
            return None
        generic = not self._anchoring(asked)
        composed = self.composer.compose(asked, ranked, decision.best, generic=generic)
        best_id = composed.items[0].id if composed.items else decision.best.id
        named = self.namer.named(asked, ranked, best_id)
        untitled = named is None or self.brief.entities[named].kind in UNTITLED_KINDS  # a name that is no title
        if untitled and self.untold.title(q, best_id, glossary=True):
            # "what was the Gazette op-ed titled": neither the outlet's name nor the op-ed's words are its title
            return self._miss(q.text, "no_match", messages.TITLE_UNTOLD, ranked, kind=q.kind)
        noun = self.namer.unnamed_noun(asked) if named is None else None
        person = noun == "person" or noun in ROLE_NOUNS  # "the name of the Courier reporter": a person
        if noun is not None and person and self.namer.unnamed(asked, noun, best_id):
            return self._miss(q.text, "no_match", messages.PERSON_NOT_NAMED, ranked, kind=q.kind)
        if named is None:
            return None
        name = self.brief.entities[named].name
        if not untitled and not self.untold.name_used(named):
            # "what was the 2018 report called" of an entry the brief names by describing it ("the guild's 2018
            # report on the harbour"): the articles give it no name, and the brief's words would be taken for one
            return self._miss(q.text, "no_match", messages.TITLE_UNTOLD, ranked, kind=q.kind)
        at = composed.lead.find(name)
        opened = any(composed.lead.startswith(self.brief.entities[e].name) for e in q.entities)
        if opened or (at >= 0 and len(composed.lead[:at].split()) <= CALLED_OPENING):
            # (a lead opening with the name of what the question names, "Harbour Watch: How the Guild …", answers)
            # the lead names it in its opening words; one naming it only at its end ("… its Lantern Beacon
            # software, which is now called Lantern") is led by the name, as asked (blind set BP)
            return composed
        namer = self._namer_elsewhere(named, best_id)
        if namer is not None:
            # "what was the 2017 program called": the Gazette's fact leads, the name is the Courier's alone
            lead = messages.NAMED_ELSEWHERE_LEAD.format(name=name, source=namer, statement=composed.lead)
            return replace(composed, lead=lead, says_yes=False)
        return replace(composed, lead=f"{name}: {composed.lead}", says_yes=False)

    def _namer_elsewhere(self, ent_id: str, fact_id: str) -> str | None:
        """The name of the source whose quote gives the entry's name (the entry's citations), when no source the
        fact cites does: the name shown before the fact is another article's; None otherwise."""
        fact = self.brief.facts.get(fact_id)
        entity = self.brief.entities[ent_id]
        if fact is None:
            return None
        name = words(entity.name)
        naming = [c for c in self.brief.citations(entity) if in_row(name, words(c.quote))]
        cited = {ref.source for ref in fact.citations}
        if not naming or any(c.source_id in cited for c in naming):
            return None
        return naming[0].source_name

    def _holder(self, q: Question) -> Answer | None:
        """ "Is Ada Lind the CEO of the guild": a yes/no question whether a named person holds a role (a person noun
        of classes.NOUN_KINDS) of a named owner, answered as "who is the CEO of the guild" is, with "Yes" when the
        fact answering it lists that person and "No" when it lists another person alone and the role is one person's
        at a time (LEADER_ROLES: a CEO, not a founder); None for any other question or when that fact settles
        nothing (it is then answered as any other)."""
        if q.kind != "yes-no":
            return None
        held = HOLDS.match(" ".join(q.words))
        parts = (held["who"], held["role"], held["owner"]) if held is not None else self._holding_reordered(q)
        if parts is None or NOUN_KINDS.get(parts[1]) != PERSON_KINDS:
            return None
        role, owner = parts[1], parts[2]
        who = self.understander.find_entities(parts[0].split())[0]
        owners = self.understander.find_entities(owner.split())[0]
        people = [e for e in who if self.brief.entities[e].kind == "person"]
        if len(people) != 1 or len(who) != 1 or not owners:
            return None
        asked = self._answer_text(f"who is the {role} of {owner}")[0]
        fact = self.brief.facts.get(asked.evidence[0].id) if asked.answered and asked.evidence else None
        if fact is None:
            return None
        holders = [e for e in fact.entities if e in self.brief.entities and self.brief.entities[e].kind == "person"]
        if people[0] in holders:
            lead, says_yes = messages.YES_LEAD.format(statement=asked.lead), True
        elif len(holders) == 1 and role in LEADER_ROLES:  # one holds it at a time; a founder has others
            lead, says_yes = messages.NO_LEAD.format(statement=asked.lead), False
        else:
            return None
        return replace(asked, kind="yes-no", lead=lead, says_yes=says_yes)

    def _subject_role_holder(self, q: Question) -> Answer | None:
        """ "Who is the CEO", "who's the boss": a leading role (LEADER_ROLES, one person's at a time) asked of no one
        named is the role at the brief's own subject, answered as "who is the CEO of <subject>" is: of the entities
        most facts involve (`Decider.ubiquitous_entity`), the most involved whose answer states the role (the
        decider then requires it put next to the name); None for any other question or when none does (then
        answered as any other: blind set BP led by a fact naming "CEO Ada Lind" in passing)."""
        asking = list(itertools.dropwhile(lambda t: t in LEAD_INS, q.words))  # "and who's the CEO"
        if q.kind not in ("what-is", "who") or q.entities or asking[:1] != ["who"] or len(q.leftover) != 1:
            return None
        role = q.leftover[0]
        if role not in LEADER_ROLES or q.words[-1] != role:
            return None
        subjects = sorted(
            (e for e in self.brief.entities if self.decider.ubiquitous_entity(e)),
            key=lambda e: (-self.decider.entity_facts(e), e),
        )
        for subject in subjects:
            asked = self._answer_text(f"who is the {role} of {self.brief.entities[subject].name}")[0]
            if asked.answered and asked.evidence:
                return asked
        return None

    def _holding_reordered(self, q: Question) -> tuple[str, str, str] | None:
        """ "Is the guild's CEO Ada Lind", "is Ada Lind the guild's CEO", "is the CEO of the guild Ada Lind": the
        words of `_holder`'s question in another order (the possessive's "'s" already dropped: "the guild ceo"), as
        (who, role, owner): one role noun of people, and the rest two names (past "the", "of", "at"), one of a
        person, who is asked of, and one of another kind, the owner. None for any other question."""
        if q.words[:1] not in (["is"], ["was"]):
            return None
        rest = q.words[1:]
        roles = [i for i, t in enumerate(rest) if NOUN_KINDS.get(t) == PERSON_KINDS]
        if len(roles) != 1:
            return None
        spans = self.understander.name_spans(rest)
        covered = {i for a, b, _ in spans for i in range(a, b)} | set(roles)
        if len(spans) != 2 or any(i not in covered and t not in HOLDING_LINKS for i, t in enumerate(rest)):
            return None
        kinds = [self.brief.entities[e].kind for _, _, e in spans]
        if kinds.count("person") != 1:
            return None
        person = kinds.index("person")
        names = [" ".join(rest[a:b]) for a, b, _ in spans]
        return names[person], rest[roles[0]], names[1 - person]

    def _described(self, q: Question, shown: str) -> Answer | None:
        """ "Is Ada Lind a reporter", "was the guild a person": a yes/no question whether one named entry is one of
        a kind, asked by one closing noun of a kind or a part people play (classes.NOUN_KINDS, figures.PERSON_NOUNS),
        settled by the entry's description (its first sentence): "Yes" when its opening noun phrase is that noun or
        one of the same part (`described_as`, figures.role_of: an activist for a protester); "No" when the noun is
        of people and the entry is not one, or the other way round (a person is never a group); else the articles do
        not say, and what they call it is shown. None for any other question, or when a fact involving the entry
        uses the noun (or one of its part): that fact may tell it, and the question is answered as any other."""
        asked = IS_A.match(" ".join(q.words)) if q.kind == "yes-no" else None
        if asked is None:
            return self._called_so(q, shown) if q.kind == "yes-no" else None
        noun = asked["noun"]
        kinds = NOUN_KINDS.get(noun) or (PERSON_KINDS if noun in PERSON_NOUNS else None)
        who = asked["who"].split()
        found, taken = self.understander.find_entities(who)
        if kinds is None or len(found) != 1 or len(taken) != len(who):
            return None  # not one entry named in full ("was Bo Lind a …" is not of Ada Lind)
        entity = self.brief.entities[found[0]]
        alike = role_of(noun) or {noun}
        told = {"name": entity.name, "description": self._opening_description(entity)}
        person_asked = kinds == PERSON_KINDS
        says_yes = any(described_as(entity.description, w) for w in alike)
        if says_yes:
            lead = messages.YES_LEAD.format(statement=messages.DESCRIBED_AS.format(**told))
        elif any(self._called(f.statement, entity, alike) for f in self._facts_of(q, found[0])):
            return None  # a fact calls it so, or by a word of that part: answered from the facts
        elif person_asked != (entity.kind in PERSON_KINDS) and (person_asked or PERSON_KINDS.isdisjoint(kinds)):
            lead = messages.NO_LEAD.format(statement=messages.DESCRIBED_AS.format(**told))
        else:
            return self._miss(shown, "no_match", messages.DESCRIBED_UNTOLD.format(**told), [], kind=q.kind)
        return self._verdict(q, shown, lead, [self.composer.item(found[0])], says_yes)

    def _kind_called(self, q: Question) -> Answer | None:
        """ "What kind of company does the Gazette call the guild", "what type of company is the guild per the
        Gazette", "what kind of company do the harbour keepers call the guild": the kind asked of one named entry, as
        an article or a named caller calls it (the question names the article, or a verb of calling after its
        caller), is told by the closest fact involving the entry that qualifies the asked noun after "a" or "an" ("the
        guild, which the Gazette calls a salvage company, …"), not one using the noun bare ("the company called the
        police"); of those, only one the named article cites, or one telling the caller's own calling ("which the
        keepers call …"): another's words are not theirs. When none does, the articles don't say what that one calls
        the entry (messages.KIND_CALLED_UNTOLD, with the closest facts), not the glossary's own description. None
        when the question asks no such thing (answered as any other question)."""
        asked = KIND_OF.match(" ".join(q.words))
        # "what does the Gazette call the guild": the same, of the noun classing the entry (its kind's nouns)
        plain = asked is None and CALLED_WHAT.match(" ".join(q.words)) is not None and bool(q.sources)
        if asked is None and not plain:
            return None
        calling = next((i for i, t in enumerate(q.words) if t in KIND_CALLING), None)
        if calling is None and (not q.sources or q.words[4:5] not in (["is"], ["was"])):
            return None  # "what kinds of data does the system track, per the Gazette": no kind of the entry asked
        called = q.entities
        caller: list[str] = []
        if calling is not None:
            # "… do the harbour keepers call the guild": the caller between the auxiliary and the verb, the entry
            # called after it ("… how did the piece describe it": the one asked of)
            aux = next((i for i in range(calling - 1, 3, -1) if q.words[i] in AUXILIARIES), None)
            called = self.understander.find_entities(q.words[calling + 1 :])[0] or q.entities
            if aux is not None:
                caller = [t for t in q.words[aux + 1 : calling] if t not in DETERMINERS]
        if len(called) != 1:
            return None
        entity = self.brief.entities[called[0]]
        # the asked noun or one of its class ("a tech firm" tells what kind of company)
        noun = asked["noun"] if asked is not None else ""
        kinds = NOUN_KINDS.get(noun) if noun else frozenset({entity.kind})
        # (of a named article only: what "these articles" call it is what they say it is, the entry's own words)
        alike = {n for n, of in NOUN_KINDS.items() if of == kinds} if q.sources else set()
        alike = alike or ({noun} if noun else set())
        # an article is no caller of its own ("do these articles call", "does the 2018 piece call"): its words are
        # checked by citation, as a named article's are
        named_caller = bool(caller) and ARTICLE_WORDS.isdisjoint(caller) and not self._an_outlet(q, caller)
        if plain and (not alike or named_caller):
            return None  # no noun classes the entry, or a caller no article is: answered as any other question
        ranked = self.retriever.rank(q)
        # the closest of the named article's own facts (in a large brief, others' may crowd the first few)
        pool = [h for h in ranked if not q.sources or not q.sources.isdisjoint(self.retriever.cited_by(h.id))]
        # a named article's facts are few, and one qualifying the noun is its calling however its other words rank
        # ("what kind of company is the guild according to the Gazette": "according" draws other facts near), or
        # however low: one naming the entry, ranked or not
        among = pool if q.sources and not named_caller else pool[:KIND_CANDIDATES]
        read: dict[str, FactData] = {}  # the facts read below, by id
        # the named article's facts naming the entry and ranked lower that a pass may take, by the way it reads
        lower: Callable[[str], Iterator[FactData]] = _no_facts
        if q.sources and not named_caller:  # and then the article's facts naming the entry that ranked lower still
            seen = {h.id for h in among}
            # the named articles' own facts naming the entry (the compiled brief's `names` and `cites` tables), not
            # every fact's record built to find them (~1.5 ms of ~2.3 on the shipped brief; O(facts) on a large
            # one): the same facts, in the same brief order
            # (and of those, only one with a word of the noun's class in its statement or a quote: each check below
            # needs one, and the rest are never built again: thousands on a large brief, ~0.9 s at 100,000 facts)
            classes = frozenset(stem(n) for n in alike)

            # (and, of those, only one whose quote from the named article holds such a word: each check below needs
            # the words it finds in such a quote; ~5,400 statements read and scanned at 100,000 facts, ~0.25 s)
            # (and, of those, for each pass only one that may call the entry so in the named article's words, as
            # that pass reads them (`kind_calling`): the first pass read and checked ~1,430 rows at 100,000 facts,
            # ~90 ms, none of them taken, before the third took the first)
            def article_lower(way: str) -> Iterator[FactData]:
                naming = self.brief.facts_naming([called[0]], q.sources, classes, quoted=True, calling=way)
                return (f for f in naming if f.id not in seen)

            lower = article_lower
        # (a fact's statement words are not worked out again by a pass after, nor a quote's: facts share quoted
        # passages; each pass's facts come with its query's rows, none fetched again one by one)
        said: dict[str, list[str]] = {}
        quoted: dict[str, bool] = {}
        if plain and not named_caller and entity.kind == "person":
            # (of a person only: a group or thing an article calls something is led in the article's own words by
            # the passes below, "the grassroots group …", not by a fact saying what it is)
            # "how does the Gazette describe Lind": a fact saying what she is ("Ada Lind is the guild's chair"), whose
            # quote from the article calls her so, is its description; one telling an event that calls her by a title
            # in passing ("keepers confronted chair Ada Lind") answers only when no such fact does
            for hit in among:
                fact = read.get(hit.id) or self.brief.facts.get(hit.id)
                if (
                    fact is not None
                    and called[0] in fact.entities
                    and self._says_what_is(said.setdefault(hit.id, words(fold(fact.statement))), entity)
                    and self._quote_calls(fact, q.sources, entity, alike, quoted)
                ):
                    # (its statement says which articles call it so; the asked article's citation shown first)
                    composed = self.composer.compose(q, ranked, hit)
                    item = composed.items[0] if composed.items else None
                    if item is None or item.id != fact.id:
                        return composed
                    own = [c for c in self.brief.citations(fact) if c.source_id in q.sources][:1]
                    others = [c for c in item.citations if c.source_id not in q.sources]
                    cited = (own + others)[: max(len(item.citations), 1)]
                    return replace(composed, items=[replace(item, citations=cited), *composed.items[1:]])
        # (each pass reads the article's facts as it goes: one calling the entry early ends the question having read
        # a few rows of the thousands naming it at 100,000 facts)
        for hit in itertools.chain(among, (_read_hit(f, read) for f in lower(AFTER_ARTICLE))):
            fact = read.get(hit.id) or self.brief.facts.get(hit.id)
            if fact is None or called[0] not in fact.entities:
                continue
            # (read once: the description pass above may have read it)
            said[hit.id] = tokens = said.get(hit.id) or words(fold(fact.statement))
            label = _qualifies(tokens, entity, alike)
            if label is None or (q.sources and not named_caller and not _label_quoted(label, fact, q.sources)):
                continue  # not said of it, or not in the named article's words
            if named_caller and not _calls_so(fact.statement, caller):
                continue  # the article's own words, or another's
            return self._called_first(q, ranked, hit, entity, label, self._kind_caller(q, caller, named_caller))
        if named_caller or not q.sources:
            among = []
        for hit in itertools.chain(among, (_read_hit(f, read) for f in lower(BEFORE_NAME))):
            fact = read.get(hit.id) or self.brief.facts.get(hit.id)
            if fact is None or called[0] not in fact.entities:
                continue
            tokens = said.get(hit.id) or said.setdefault(hit.id, words(fold(fact.statement)))
            if (label := _classed_before(tokens, entity, alike)) is not None and _label_quoted(label, fact, q.sources):
                # the article's word of that class ("the salvage contractor Harbour"): what it calls it, in its words
                return self._called_first(q, ranked, hit, entity, label, self._kind_caller(q, caller, named_caller))
        for hit in itertools.chain(among, (_read_hit(f, read) for f in lower(IN_QUOTE))):
            fact = read.get(hit.id) or self.brief.facts.get(hit.id)
            if (
                fact is not None
                and called[0] in fact.entities
                and self._quote_calls(fact, q.sources, entity, alike, quoted)
            ):
                return self.composer.compose(q, ranked, hit)  # no statement in its words, but its quote calls it so
        if plain:
            return None  # asked with no noun: answered as any other question
        if named_caller:
            who = self._caller_named(caller)
        elif q.sources:
            who = " or ".join(sorted(self.brief.sources[s].name for s in q.sources if s in self.brief.sources))
        else:
            return None
        text = messages.KIND_CALLED_UNTOLD.format(noun=noun, who=who, name=entity.name)
        return self._miss(q.text, "no_match", text, ranked, kind=q.kind)

    def _kind_caller(self, q: Question, caller: list[str], named_caller: bool) -> str | None:
        """Who calls the entry so, as a lead names them: the caller the question names, or the one article it
        names, by its outlet ("the Gazette"); None for several articles or none."""
        if named_caller:
            who = self._caller_named(caller)
            return who[:1].upper() + who[1:]
        named = [self.brief.sources[s] for s in q.sources if s in self.brief.sources]
        return (named[0].outlet or named[0].name) if len(named) == 1 else None

    def _called_first(
        self, q: Question, ranked: list[Hit], hit: Hit, entity: EntityData, label: str, caller: str | None
    ) -> Answer:
        """The answer composed from the fact calling the entry `label` (its words: "surveillance company"), led by
        that calling ("The Gazette calls the Guild a salvage company: …") when the statement tells it
        only past its opening (CALLED_OPENING words: "organizers … demanded that the guild, which the Gazette calls
        a salvage company, …"), as what is asked leads (blind set BP: the actions led, the calling inside)."""
        composed = self.composer.compose(q, ranked, hit)
        fact = self.brief.facts.get(hit.id)
        if caller is None or fact is None or not composed.items or composed.items[0].id != hit.id:
            return composed
        tokens, said = words(fold(fact.statement)), label.split()
        at = next((i for i in range(len(tokens)) if tokens[i : i + len(said)] == said), 0)
        if at <= CALLED_OPENING:
            return composed
        printed = re.search(r"\b" + r"\W+".join(re.escape(w) for w in said) + r"\b", fact.statement, re.IGNORECASE)
        label = printed.group(0) if printed is not None else label  # as the statement writes it ("Latinx group")
        called = f"{'an' if label[:1].lower() in 'aeiou' else 'a'} {label}"
        lead = messages.CALLED_SO_LEAD.format(caller=caller, name=entity.name, label=called, statement=fact.statement)
        return replace(composed, lead=lead)

    @staticmethod
    def _says_what_is(tokens: list[str], entity: EntityData) -> bool:
        """A statement whose words (`words(fold(statement))`) are `tokens` opens with a name of the entity and a
        copula ("Ada Lind is the guild's chair"): it says what the entity is."""
        return any(
            tokens[: len(name)] == name and tokens[len(name) : len(name) + 1] != [] and tokens[len(name)] in COPULAS
            for name in name_words(entity.name, tuple(entity.aliases))
        )

    @staticmethod
    def _quote_calls(
        fact: FactData, sources: Set[str], entity: EntityData, nouns: Set[str], known: dict[str, bool]
    ) -> bool:
        """A quote the fact cites from one of `sources` calls the entity by one of `nouns` itself ("the Guild, a
        harbour and salvage-minded organization"), in apposition (`_qualifies`, `_classed_before`; a word joined
        by hyphens is one qualifying word, as in English). `known`: each quote's answer so far (of this entity and
        these nouns), by its text, read and filled."""
        for c in fact.citations:
            if c.source not in sources:
                continue
            calls = known.get(c.quote)
            if calls is None:
                tokens = words(fold(HYPHEN_JOINED.sub("", c.quote)))
                calls = known[c.quote] = (
                    _qualifies(tokens, entity, nouns) is not None or _classed_before(tokens, entity, nouns) is not None
                )
            if calls:
                return True
        return False

    def _an_outlet(self, q: Question, caller: list[str]) -> bool:
        """The caller's words are the name of an article the question names ("does the Gazette call"): its
        sources, checked by citation."""
        return bool(q.sources) and all(
            any(t in words(fold(self.brief.sources[s].name)) for s in q.sources if s in self.brief.sources)
            for t in caller
        )

    def _caller_named(self, caller: list[str]) -> str:
        """The caller as the question names it, a glossary entry's words by its name ("the Harbour keepers")."""
        out = list(caller)
        for a, b, e in reversed(self.understander.name_spans(caller)):
            out[a:b] = [self.brief.entities[e].name]
        return "the " + " ".join(out)

    def _called_so(self, q: Question, shown: str) -> Answer | None:
        """ "Is the guild a salvage company": a yes/no question whether one named entry is a thing described in
        more than one word (IS_A_DESCRIBED), answered by the fact among its closest (`_facts_of`) that calls it in
        those very words, in a row ("the guild, which the Gazette calls a salvage company, …"): what an article
        calls it leads, as the article's words, never a "Yes" of the bot's own. None when no such fact is found, or
        when the entry's description opens with all those words (it answers, as any question's)."""
        asked = IS_A_DESCRIBED.match(" ".join(q.words))
        if asked is None:
            return None
        who = asked["who"].split()
        found, taken = self.understander.find_entities(who)
        if len(found) != 1 or len(taken) != len(who):
            return None
        phrase = asked["phrase"].split()
        opening = self.brief.entities[found[0]].description.split(". ")[0]  # what the entry says it is
        predicate = {stem(w) for w in phrase if w not in STOPWORDS}
        if described_as_phrase(opening, tuple(w for w in phrase if w not in STOPWORDS)):
            # the entry's own opening noun phrase is the thing asked ("a tech worker not affiliated with any
            # company" for "a tech worker"): a "Yes", by the fact calling it so beside its name when one does (blind
            # set BQ, fresh tester 85: "is <person> a tech worker" led the fact without a verdict)
            return self._described_yes(q, shown, found[0], phrase, predicate)
        if set(phrase) <= set(words(fold(opening))):
            return None  # the entry says it in its own words ("a salvage and repair company"): it answers
        of_another = False
        for fact in self._facts_of(q, found[0]):
            said = words(fold(fact.statement))
            if any(said[i : i + len(phrase)] == phrase for i in range(len(said) - len(phrase) + 1)):
                verdicts = self.composer.verdicts
                others = set(fact.entities) - {found[0]}
                if verdicts.described_in(said, others, predicate) and not verdicts.described_in(
                    said, {found[0]}, predicate
                ):
                    # "the keepers' group Harbourwatch, the sailors' group Lamport Guild": the words call another
                    of_another = True
                    continue
                items = [self.composer.item(fact.id)]
                lead = items[0].statement
                return Answer(
                    question=shown, answered=True, outcome="answered", text="", kind=q.kind, lead=lead, items=items
                )
        if of_another:
            # what the articles call it, never another's description led as if it were its own (fresh tester fp26:
            # "is <group> a <kind> group" led the list where "the <kind> group" was the next name's)
            entity = self.brief.entities[found[0]]
            description = self._opening_description(entity)
            text = messages.DESCRIBED_UNTOLD.format(name=entity.name, description=description)
            return self._miss(shown, "no_match", text, [], kind=q.kind)
        return None

    def _described_yes(self, q: Question, shown: str, ent_id: str, phrase: list[str], predicate: Set[str]) -> Answer:
        """ "Yes" to "is <entry> a <phrase>" whose description opens with the phrase (`_called_so`): led by the
        closest fact of the entry's own (opening with its name: one listing it among others is of them all) giving
        the phrase in a row beside its name (`Verdicts.described_in`), else by the description itself
        (messages.DESCRIBED_AS), as `_described` answers a one-noun question."""
        verdicts = self.composer.verdicts
        for fact in self._facts_of(q, ent_id):
            if not verdicts.opens_with(ent_id, fact.id):
                continue
            said = words(fold(fact.statement))
            in_a_row = any(said[i : i + len(phrase)] == phrase for i in range(len(said) - len(phrase) + 1))
            if in_a_row and verdicts.described_in(said, {ent_id}, predicate):
                items = [self.composer.item(fact.id)]
                return self._verdict(q, shown, messages.YES_LEAD.format(statement=items[0].statement), items, True)
        entity = self.brief.entities[ent_id]
        told = messages.DESCRIBED_AS.format(name=entity.name, description=self._opening_description(entity))
        return self._verdict(q, shown, messages.YES_LEAD.format(statement=told), [self.composer.item(ent_id)], True)

    def _opening_description(self, entity: EntityData) -> str:
        """The entry's description's first sentence, without its full stop, to follow "described as": lower-cased
        unless it opens with a name ("A reporter …" -> "a reporter …", not "harbour's chief …")."""
        said = entity.description.split(". ")[0].rstrip(".")
        opening = words(fold(said))[:1]
        if opening and not self.understander.find_entities(opening)[0]:
            said = said[:1].lower() + said[1:]
        return said

    def _verdict(self, q: Question, shown: str, lead: str, items: list[Item], says_yes: bool) -> Answer:
        """An answered yes/no of `_described` and `_described_yes`: the lead, its items, whether it says "Yes"."""
        return Answer(
            question=shown,
            answered=True,
            outcome="answered",
            text="",
            kind=q.kind,
            lead=lead,
            items=items,
            says_yes=says_yes,
        )

    def _facts_of(self, q: Question, ent_id: str) -> list[FactData]:
        """The facts involving the entity among the question's closest candidates (CALLED_CANDIDATES): one calling it
        by the question's noun has both their words, and ranks high (a pass over every fact of a large brief is not
        needed)."""
        ranked = self.retriever.rank(q)[:CALLED_CANDIDATES]
        return [f for h in ranked if (f := self.brief.facts.get(h.id)) is not None and ent_id in f.entities]

    @staticmethod
    def _called(statement: str, entity: EntityData, nouns: Set[str]) -> bool:
        """The statement calls the entity by one of `nouns` (stems) within CALLED_REACH words of a word of its name
        or an alias ("Harbour chief Ada Lind", "Lind, a reporter"): it may tell what the entity is."""
        tokens = [stem(t) for t in words(fold(statement))]
        named = {stem(w) for said in (entity.name, *entity.aliases) for w in words(fold(said))}
        asked = {stem(n) for n in nouns}
        return any(
            t in named and not asked.isdisjoint(tokens[max(0, i - CALLED_REACH) : i + CALLED_REACH + 1])
            for i, t in enumerate(tokens)
        )

    def _article_part(self, q: Question, composed: Answer) -> Answer:
        """ "What did the Gazette report about the guild", "how does the Gazette describe the guild": a question
        asking one named article's account (Decider.report_asked, or a describing verb, KIND_CALLING) led by a fact
        or glossary entry about a name it asks of, written from that article and others, leads with that article's
        own quoted words in it (its citations, ARTICLE_WORDS_LEAD) and shows only them: the statement blends what
        several articles say and would be read as the named one's (review 22 M1/M2). Unchanged otherwise."""
        if len(q.sources) != 1 or not composed.answered or not composed.items or q.kind not in ("topic", "what-is"):
            return composed
        if not (self.decider.report_asked(q) or not KIND_CALLING.isdisjoint(q.words)):
            return composed
        item = composed.items[0]
        doc = self.brief.entities.get(item.id) or self.brief.facts.get(item.id)
        if doc is None:
            return composed
        about = {item.id} if item.kind == "entity" else set(getattr(doc, "entities", ()))
        cited = {ref.source for ref in doc.citations}
        if about.isdisjoint(q.entities) or cited <= q.sources or cited.isdisjoint(q.sources):
            return composed
        own = [c for c in self.brief.citations(doc) if c.source_id in q.sources][:2]
        quotes = " … ".join(f"“{c.quote}”" for c in own)
        if own[0].outlet:  # the article by name, its date on the source line
            lead = messages.ARTICLE_WORDS_LEAD.format(article=own[0].outlet, quotes=quotes)
        else:
            lead = messages.ARTICLE_WORDS_UNNAMED_LEAD.format(article=f"the {own[0].source_name}", quotes=quotes)
        # (a rewrite of the lead says it anew: no "Yes" of the lead it replaces carries over, replies.Answer.says_yes)
        return replace(composed, lead=lead, items=[replace(item, citations=own), *composed.items[1:]], says_yes=False)

    def _authored(self, q: Question, composed: Answer) -> Answer:
        """ "Who wrote the guild's flier": a who question asking the writer (articles.WRITER_WORDS) of a document
        (a document noun of classes.NOUN_KINDS) led by a fact calling it one person's or organization's ("Ada
        Lind's flier", right before that noun) leads with that name, as whose it is: a fact opening "according to
        reporter Bo Ashby, …" would read as naming its writer. Unchanged otherwise, or when the lead opens with
        that name."""
        if q.kind != "who" or WRITER_WORDS.isdisjoint(q.words) or not composed.answered:
            return composed
        for m in POSSESSED().finditer(composed.lead):
            if "document" not in NOUN_KINDS.get(m["noun"].lower(), ()):
                continue
            before = words(fold(composed.lead[: m.end("owner")]))
            owners = [e for a, b, e in self.understander.name_spans(before) if b == len(before) and a > 0]
            if len(owners) == 1 and self.brief.entities[owners[0]].kind in ACTOR_KINDS:
                name = self.brief.entities[owners[0]].name
                return replace(composed, lead=f"{name}: {composed.lead}", says_yes=False)
        return composed

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

    def _itemized(self, q: Question, ranked: list[Hit], best: Hit, composed: Answer) -> Answer:
        """ "Which offices", "name the groups": when a candidate about as good as the best names several items of the
        asked kind, the answer leads with them and that fact; a list keeps its other facts after it."""
        if q.kind not in ITEM_QUESTION_KINDS:
            return composed
        if occasions := self.occasions.places(q, ranked, self.decider.of_time):
            # "where did protests happen in 2019": every place the matching events are put in, each fact cited
            chosen = self.composer.compose(q, ranked, occasions[0][0])
            items = [self.item(h.id) for h, _, _ in occasions]
            lead = self.occasions.lead(q, occasions, items[0].statement)
            kind: QuestionKind = "list" if q.kind == "list" else "where"  # every fact cited (render)
            return replace(chosen, lead=lead, items=items, more=0, kind=kind, says_yes=False)
        found = self.items.listing(q, ranked, best) or self.items.placed_by_related(q, best)
        if found is None:
            listed = self.items.enumerating(q, ranked, best) if q.kind != "list" else None
            return composed if listed is None else self.composer.compose(q, ranked, listed)
        hit, entities = found
        more = self.items.gathered(q, ranked, best, entities) if q.kind == "where" else []
        if more:
            # "where are the guild's offices": every place the articles put them in leads, each fact citing its own
            chosen = self.composer.compose(q, ranked, hit)
            named = self.items.names([*entities, *(e for _, added in more for e in added)])
            items = [*chosen.items[:1], *(self.item(h.id) for h, _ in more if h.id != hit.id)]
            return replace(chosen, lead=f"{named}: {chosen.items[0].statement}", items=items, says_yes=False)
        names = self.items.names(entities)
        if q.kind == "list":
            items = [self.item(hit.id), *(i for i in composed.items if i.id != hit.id)]
            lead = f"{names}: {items[0].statement}"
            if len(items) > 1:
                lead = f"{messages.LIST_LEAD.format(count=len(items) + composed.more)} {lead}"
            return replace(composed, lead=lead, items=items, says_yes=False)
        chosen = self.composer.compose(q, ranked, hit)
        return replace(chosen, lead=f"{names}: {chosen.items[0].statement}", says_yes=False)

    def _anchoring(self, q: Question) -> list[str]:
        """What makes the question about one thing of the brief (`Decider.anchors`, everyday words aside), less a
        media outlet it names: "according to the Gazette, how much" asks what that outlet told, which names no
        one thing the sums are of (every sum the outlet gives is asked)."""
        return [
            a
            for a in self.decider.anchors(q, everyday=False)
            if a not in q.entities or self.brief.entities[a].kind != "media"
        ]

    def _word_known(self, word: str) -> bool:
        """A word of English (English.common) or of the brief (Understander.knows), for normalize.parted."""
        return self.english.common(word) or self.understander.knows(word)

    def _misattributed(self, wrong: Misattribution, shown: str, ranked: list[Hit], q: Question) -> Answer:
        """The miss for a Misattribution: the words are not the asked one's, and whose they are when a fact says."""
        name = self.brief.entities[wrong.actor].name
        if q.kind == "yes-no" and wrong.fact in self.brief.facts:
            # "did Lind call the keepers reckless" of her calling the lease so, or words another is given saying:
            # no, and what the articles do tell, with its fact (fresh tester 71, W4 and R2); Attribution.misattributed
            # gives a yes/no question one only with such a fact
            statement = self.brief.facts[wrong.fact].statement
            if wrong.target:
                told = messages.WORDS_OF_OTHER_TARGET_LEAD.format(name=name, target=wrong.target, statement=statement)
            else:
                other = self.brief.entities[wrong.other].name if wrong.other else wrong.other_kind
                told = messages.WORDS_OF_OTHER_LEAD.format(name=name, other=other, statement=statement)
            lead = messages.NO_LEAD.format(statement=told[:1].lower() + told[1:])
            items = [self.composer.item(wrong.fact)]
            answer = Answer(question=shown, answered=True, outcome="answered", text="", kind=q.kind, lead=lead)
            return _shown(replace(answer, items=items), shown)
        if wrong.target and wrong.fact in self.brief.facts:
            statement = self.brief.facts[wrong.fact].statement
            text = messages.WORDS_OF_OTHER_TARGET_LEAD.format(name=name, target=wrong.target, statement=statement)
        elif (wrong.other or wrong.other_kind) and wrong.fact in self.brief.facts:
            statement = self.brief.facts[wrong.fact].statement
            other = self.brief.entities[wrong.other].name if wrong.other else wrong.other_kind
            text = messages.WORDS_OF_OTHER_LEAD.format(name=name, other=other, statement=statement)
        else:
            text = messages.WORDS_NOT_OF.format(name=name)
        return self._miss(shown, "no_match", text, ranked, kind=q.kind)

    def _miss(
        self,
        question: str,
        outcome: Outcome,
        text: str,
        ranked: list[Hit],
        *,
        kind: QuestionKind = "topic",
        suggest: bool = True,
    ) -> Answer:
        suggestions = self.suggestions(ranked) if suggest else []
        answer = Answer(
            question=question, answered=False, outcome=outcome, text=text, kind=kind, lead=text, suggestions=suggestions
        )
        return replace(answer, text=render_text(answer))

    def suggestions(self, ranked: list[Hit]) -> list[str]:
        """Two or three things the bot can answer: nearby facts when there are any, else the brief's topics."""
        out: list[str] = []
        for hit in ranked[:6]:
            if hit.coverage >= 0.25 and hit.id in self.brief.facts and len(out) < 2:
                fact = self.brief.facts[hit.id]
                out.append(f"{shorten(fact.statement, 110)} (fact {fact.id})")
        for topic, description in self.brief.meta.topics.items():
            if len(out) >= 3:
                break
            out.append(f"{topic}: {description}")
        return out

    def _empty_question(self) -> str:
        return messages.EMPTY_QUESTION.format(title=self.brief.meta.title, example=self.example)

    def _example_question(self) -> str:
        """An example question from the brief itself: what is the entity most facts involve, short of ubiquitous."""
        entities = self.brief.entities
        ranked = sorted(entities, key=lambda e: (-self.decider.entity_facts(e), e))
        for ent_id in ranked:
            if not self.decider.ubiquitous_entity(ent_id):
                return f"what is {entities[ent_id].name}?"
        return f"what is {entities[ranked[0]].name}?" if ranked else "help"


def _plural_named(question: str, said: list[str]) -> str:
    """The plural noun phrase after "the" the stand-in "they" or "them" in `said`, a second part, stands for in
    `question`, its first part: the last one it names ("the harbour leaflets"), a noun lemminflect knows with a
    singular lemma, at most PLURAL_NAMED_WORDS words from "the", when it is the first part's subject (after an
    auxiliary: "what did the protesters demand") or the object of its verb ("who posted the messages"), then stood
    for by "them" or by "they" made the object of a passive ("when were they removed"); "" otherwise ("who protested
    outside the offices and what did they want": they are those who protested, never the offices)."""
    from lemminflect import getLemma

    tokens = normalize(question).tokens
    for end in range(len(tokens) - 1, 0, -1):
        noun = tokens[end]
        if not noun.endswith("s") or noun.endswith("ss") or getLemma(noun, upos="NOUN")[:1] in ((noun,), ()):
            continue
        start = next((i for i in range(end - 1, max(end - PLURAL_NAMED_WORDS, -1), -1) if tokens[i] == "the"), None)
        if start is None or start == 0:
            return ""
        before = tokens[start - 1]
        if before in AUXILIARIES:
            return " ".join(tokens[start : end + 1])  # the first part's subject: "they" and "them" alike
        if before in PREPOSITION_WORDS or not getLemma(before, upos="VERB"):
            return ""
        they = [i for i, t in enumerate(said) if t == "they"]
        if all(0 < i < len(said) - 1 and said[i - 1] in BE_FORMS and said[i + 1].endswith("ed") for i in they):
            return " ".join(tokens[start : end + 1])
        return ""
    return ""


def _negated_act(tokens: list[str]) -> list[str]:
    """The words after a negation ("hadnt expired", "had not expired", "didnt the company renew", "did the company
    not renew"), up to NEGATED_ACT_WORDS of them, among which the act a question asks of as not done stands; []
    when it negates none."""
    for i, token in enumerate(tokens[:-1]):
        if token in NEGATED_AUXILIARIES or (token == "not" and not AUXILIARIES.isdisjoint(tokens[:i])):
            return tokens[i + 1 : i + 1 + NEGATED_ACT_WORDS]
    return []


def _first_source(answer: Answer) -> str:
    """The article the first citation of an answer's first evidence item is from ("" when it has none)."""
    first = next((item for item in answer.evidence if item.citations), None)
    return first.citations[0].source_id if first is not None else ""


def _year_one(instead: str) -> str:
    """The year of an ellipsis naming only a year of the last subject's kind ("the 1998 one", "and the 1998 one"):
    "1998"; "" for any other ("the keepers' vigil", "the 1998 lease to the guild")."""
    said = instead.lower().split()
    years = [w for w in said if re.fullmatch(r"(?:19|20)\d\d", w)]
    rest = [w for w in said if w not in years and w not in ("and", "the", "a", "one")]
    return years[0] if len(years) == 1 and "one" in said and not rest else ""


def _unbracketed(label: str) -> str:
    """A label's own brackets as a comma, so it can stand in brackets: "a report (outlet not named)" -> "a report,
    outlet not named" (fresh review 19, M8: "(a report (outlet not named))")."""
    return re.sub(r"\s*\(([^()]*)\)", r", \1", label)


def _quoted_at(fact: FactData, source: str, citable: str) -> list[int]:
    """Where in the folded text of the article `source` each of `fact`'s quotes from it is found (none not found)."""
    found = (citable.find(fold(ref.quote)) for ref in fact.citations if ref.source == source)
    return [at for at in found if at >= 0]
