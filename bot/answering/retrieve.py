"""Step 3: candidate facts and glossary entries for a question, best first.

tantivy BM25 (bot/search.py) finds candidates; each is re-scored by how much of the question's subject it
contains (coverage, weighted by rarity in the brief and discounted for everyday English words) and by whether it
holds what the question's kind asks for (an amount, a count, a date, a person, a place).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

from bot import features as fact_features
from bot.answering.articles import ARTICLE_PART_WORDS
from bot.answering.english import English
from bot.answering.understand.lexicon import CUE_STEMS, DETERMINERS, ENDING_ACTS, JUSTIFYING
from bot.answering.understand.question import NameSpans, Question
from bot.caches import Recent, stem_set
from bot.calling_verbs import DESCRIBING_VERBS
from bot.dates import weekday
from bot.factbase import Brief
from bot.features import COUNT, Features, reason_of, without_dates
from bot.records import EntityData, FactData
from bot.reporting import REPORTING_KINDS, names_other_outlet, passes_on
from bot.search import Index, stem, stems
from bot.text import STOPWORDS, fold, in_row, on_first_use, words

# words stating that something failed or was not done ("when nobody opened the door", "staff wouldn't let them in"):
# a how-question with such a premise asks what was done in answer to the failure (general English)
# kinds asking what was done after a failure the question states: how, or what (a general "what did they do")
RESPONSE_KINDS = frozenset({"why-how", "topic"})
FAILING = frozenset("not never no nobody none noone didnt wouldnt couldnt wont refused declined failed".split())


# words with which a why-how question asks a reason rather than a manner: "why", "how come", "what for", "how did
# they justify it" (the reason they gave)
REASON_ASKS = frozenset({"why", "come", "for", "reason", "reasons", "purpose"}) | JUSTIFYING
CAUSAL = on_first_use(r"\b(because|so that|in order to)\b", re.IGNORECASE)  # features.REASON's words of a cause
SAYING_REASON = on_first_use(r"\b(argued|said|wrote|defended)\b")  # features.REASON's words of saying


def asks_reason(tokens: list[str]) -> bool:
    """The question asks a reason ("why …", "how come …", "what … for", "the reason …"), or has no "how" asking a
    manner instead ("how did they deliver it" asks how it was done)."""
    return "how" not in tokens or not REASON_ASKS.isdisjoint(tokens)


# the auxiliaries opening a "why" or "how" question of the subject's own act ("why did the dockers strike"); not a
# copula's ("how were the keepers told", "why is the port dragged in": an act undergone, told by others' words)
DOING_AUXILIARIES = frozenset({"did", "does", "do"})


def asked_subject(q: Question) -> set[str]:
    """The stems of the names opening a "why" or "how" question's subject, right after its "did / does / do" ("why
    did Dock Union workers strike" -> the stems of "dock", "union"); empty for any other question, a subject that is
    no name ("why do people protest the guild": the guild is the object), or a question naming an article."""
    if q.words[:1] not in (["why"], ["how"]) or q.words[1:2] == [] or q.words[1] not in DOING_AUXILIARIES:
        return set()
    if q.sources:
        return set()  # "how does the Gazette explain the lease": the article telling it, whose words are all its facts
    found: set[str] = set()
    i = 2
    while i in q.named_at:
        found.add(stem(q.words[i]))
        i += 1
    return found


OBJECT_REACH = 3  # a verb's object or place: "flooded Lind's Ledger", "posted on the Ledger"
MANNER_DOER_WORDS = 3  # "how did tech workers at the guild use …" asks of more than a doer: not read


def manner_parts(q: Question) -> tuple[set[str], set[str]]:
    """ "How did protesters use the Ledger (to …)": the stems of the doers, unnamed ("protesters"), and of the named
    thing they did it with or to, right after their verb ("ledger"); a fact whose subject is those doers tells their
    act, one whose subject is the thing tells what the thing is or does. Two empty sets for any other question: not
    "how" of manner (`asks_reason`), a named doer (`asked_subject`), or no name right after the verb."""
    if q.words[:1] != ["how"] or q.words[1:2] == [] or q.words[1] not in DOING_AUXILIARIES:
        return set(), set()
    start = 2 + (q.words[2:3] != [] and q.words[2] in DETERMINERS)
    named = next((i for i in range(start, len(q.words)) if i in q.named_at), None)
    if named is None or not 1 <= named - 1 - start <= MANNER_DOER_WORDS or q.words[named - 1] in STOPWORDS:
        return set(), set()  # (a word before the name that is no verb: "how did the letter to the guild open")
    doers = q.words[start : named - 1]
    thing: set[str] = set()
    i = named
    while i in q.named_at:
        thing.add(stem(q.words[i]))
        i += 1
    # a reason asked ("how come …"), but not the use's own purpose after the thing, as "to …" gives it: "how did
    # they use the Ledger for the vigil" asks how, as "how did they use the Ledger to hold the vigil" does
    tail = q.words[i + 1 :] if q.words[i : i + 1] == ["for"] else q.words[i:]
    if asks_reason(q.words[:i]) or not REASON_ASKS.isdisjoint(tail):
        return set(), set()
    return {stem(w) for w in doers if w not in STOPWORDS}, thing


def manner_verb(q: Question) -> str:
    """The stem of the verb of a "how did <doers> <verb> <thing>" question (`manner_parts`): "use"; "" for none."""
    if not manner_parts(q)[1]:
        return ""
    named = min(i for i in q.named_at if i > 2)
    return stem(q.words[named - 1])


def said_by_subject(q: Question, opening: Sequence[str]) -> bool:
    """A fact whose opening stems are `opening` may tell the words of the question's doer: its subject is no name
    (`asked_subject`: "how were they told"), or the fact opens with that name ("the agency said …" for "how did
    the agency respond"), not another party's ("the guild said …")."""
    subject = asked_subject(q)
    return not subject or not subject.isdisjoint(opening)


def _without(said: list[str], name: list[str]) -> list[str]:
    """`said` with each run of the words `name` taken out (a gap left, so the words either side do not join)."""
    if not name:
        return said
    out: list[str] = []
    k = 0
    while k < len(said):
        if said[k : k + len(name)] == name:
            out.append("")
            k += len(name)
        else:
            out.append(said[k])
            k += 1
    return out


def on(date: str, wanted: str) -> bool:
    """A fact's date falls on a date a question names ("2019-09-13", "2019-09", or "--09-13" in any year)."""
    return date[4:].startswith(wanted[1:]) if wanted.startswith("--") else date.startswith(wanted)


def month_of(wanted: str) -> str:
    """The month of a date a question names ("2019-09-13", "2019-09", "--09-13" -> "09"); "" for a lone year."""
    return wanted[2:4] if wanted.startswith("--") else wanted[5:7]


def _other_year(wanted: str, date: str) -> bool:
    """The date a question names gives a year ("2019-07", not "--07-02") and `date` (a fact's) is of another."""
    return not wanted.startswith("--") and wanted[:4] != date[:4]


def _past(word: str) -> bool:
    return len(word) > 4 and word.endswith("ed")


def attachment(text: str, start: int, end: int, asked: set[str], counted: set[str], *, after_only: bool = False) -> int:
    """How closely a number in `text` belongs to what a question asks: the asked words (2 each) or the counted noun
    (1) among the three words after it, or an asked word as the content word right before it ("hires of more
    than 120"; "trained more than 150 keepers and led to 12 permanent hires": 12 for hires). With
    `after_only`, only the words after it: what the number counts ("150 keepers" is no count of sailors)."""
    score = attached_after(stems_after(text, end), asked, counted)
    if after_only:
        return score
    said = [w for w in words(text[max(0, start - 40) : start]) if w not in STOPWORDS][-1:]
    # a verb before it governs every figure after it alike ("produced 12 hires and 9 promotions")
    before = [stem(w) for w in said if not _past(w)]
    return score + sum(2 for s in before if s in asked)


def stems_after(text: str, end: int) -> tuple[str, ...]:
    """The stems of the (up to) three content words after a number ending at `end` in `text`, which `attachment`
    scores: "hundreds of anti-tax messages", "$9 million that had recently expired" -> not "of" or "that had"."""
    return tuple([stem(w) for w in words(text[end : end + 40]) if w not in STOPWORDS][:3])


def attached_after(after: Sequence[str], asked: AbstractSet[str], counted: AbstractSet[str]) -> int:
    """`attachment` with only the words after the number (`stems_after`): the asked words 2 each, the counted noun
    1."""
    return sum(2 for s in after if s in asked) + sum(1 for s in after if s in counted)


OWNER_KINDS = frozenset({"person", "organization", "company", "agency"})
CLAUSE_END = on_first_use(r"[;:!?()\[\]]|[,.](?!\d)")  # "6,200" and "1.5" do not end a clause


def own_clause(before: str) -> str:
    """The clause a position stands in, given the text before it: from the last clause end on."""
    ends = [m.end() for m in CLAUSE_END().finditer(before)]
    return before[ends[-1] :] if ends else before


def amount_owner(text: str, start: int, name_spans: NameSpans, kind_of: Callable[[str], str | None]) -> str | None:
    """Whose an amount is: the organization or person named last before it in its own clause ("the naval
    contractor Harbour Works was given $7 million" -> that contractor); None when its clause names none.
    `name_spans`: names in words as the question's are found (Understander.name_spans); `kind_of`: an entity's
    kind (Retriever.entity_kind)."""
    owners = [ent for _, _, ent in name_spans(words(own_clause(text[:start]))) if kind_of(ent) in OWNER_KINDS]
    return owners[-1] if owners else None


def names_other_thing(text: str, start: int, end: int, asked: set[str], aliases: dict[str, str]) -> bool:
    """The amount at text[start:end] is of another thing than the question asks: a content word that is not asked
    stands right after it ("a $40,000 donation" for a question about a contract), and it is not the object of an
    asked word right before it ("turned down a $40,000 donation" for "how much did they turn down")."""
    before = [w for w in words(text[max(0, start - 40) : start]) if w not in STOPWORDS][-2:]
    if any(stem(w) in asked for w in before):
        return False
    rest = text[end : end + 40]
    if not rest.strip() or rest.lstrip()[:1] in ".,;:)":
        return False  # the amount ends its clause: nothing else claims it
    after = [w for w in words(rest)[:3] if w not in aliases]  # "$12 million Gazette contract"
    return bool(after) and after[0] not in STOPWORDS and stem(after[0]) not in asked


def states_entity(entity: EntityData, stated: AbstractSet[str]) -> bool:
    """`stated` (a text's stems) holds every content word of the entity's name or of one of its aliases: the text
    names it in so many words, not through a tag."""
    for form in [entity.name, *entity.aliases]:
        form_stems = {stem(w) for w in words(form) if w not in STOPWORDS}
        if form_stems and form_stems <= stated:
            return True
    return False


def places_act(fact: FactData, name_spans: NameSpans, kind_of: Callable[[str], str | None]) -> bool:
    """The statement names a place (an entry of kind "place") right after "in" or "at": it tells where what it tells
    happened ("the keeper in Eastport called the guards"), not a place it only names ("the Eastport government")."""
    tokens = words(fold(fact.statement))
    return any(kind_of(e) == "place" and tokens[a - 1 : a] in (["in"], ["at"]) for a, _, e in name_spans(tokens) if a)


def placed_elsewhere(
    q: Question, fact: FactData, brief: Brief, name_spans: NameSpans, kind_of: Callable[[str], str | None]
) -> bool:
    """The question asks of a place (a glossary entry of kind "place" named after "in" or "at") that the fact
    neither lists nor names, and the fact lists another place: it tells of what happened there."""
    # named right after "in", "at" or "at the" ("in Eastport", "at the Eastport vigil"): where it was asked of,
    # not a place set aside ("besides Eastport", "(not counting Eastport)")
    asked = [
        e
        for start, _, e in name_spans(q.words)
        if kind_of(e) == "place"
        and (
            q.words[max(0, start - 1) : start] in (["in"], ["at"])
            or q.words[max(0, start - 2) : start] == ["at", "the"]
        )
    ]
    if not asked or not set(asked).isdisjoint(fact.entities):
        return False
    stated = {stem(w) for w in words(fold(fact.statement))}
    if any(states_entity(brief.entities[e], stated) for e in asked):
        return False
    return any(kind_of(e) == "place" for e in fact.entities)


PLACE_KINDS = frozenset({"place"})
PLACE_OPENERS = frozenset({"in", "at"})  # words before a place asked ("offices in Eastport")
# a place on the web, told by its noun ("flooded the company's software development page", "on its forum"): where an
# act done online took place, though no place on a map is named (general English nouns of web places)
ONLINE_VENUE = on_first_use(
    r"(?:\b(?:the|a|an|its|their|his|her)\s+)?(?:\b[A-Za-z][\w-]*['’]s\s+)?"
    r"(?:\b(?!(?:the|a|an|on|in|at|to|of|and|with|by|from)\b)[A-Za-z][\w-]*\s+){0,3}?"
    r"(?<![-\w])(?:web\s?page|page|website|web\s?site|forum|message\s+board)s?\b",
    re.IGNORECASE,
)


def online_venue(statement: str) -> str | None:
    """The first web place the statement names by its noun (ONLINE_VENUE: "the guild's code hosting
    page"), or None: where an act done online was, as a town is of one done in the street."""
    found = ONLINE_VENUE().search(statement)
    return found.group(0) if found is not None else None


PERSON_KINDS = frozenset({"person"})
WHO_KINDS = frozenset({"person", "organization"})
COVERAGE_WEIGHT = 1.0  # how much of the question a candidate holds counts on its own, not only through BM25
EVERYDAY_WEIGHT = 0.35  # an everyday English word counts a third as much as the brief's own rare words
COMMON_UNKNOWN_WEIGHT = 0.6
CONTEXT_WEIGHT = 0.35  # a word only in the scene-setting clause ("after that big letter") says which event, not what
KEYNESS = 2.75  # "protest" 4.1, "contract" 3.5, "letter" 2.9, "office" 2.8; "door" 2.4, "public" 1.4
SPELLING_MIN = 4  # a word spelled two ways ("flyer", "flier"); shorter stems one letter apart are other words
CAPTION_PENALTY = 0.5  # a caption's fact, for a question using no word of an article's parts
# a fact naming the asked entity only inside the name of a place it is curated as of ("the Harbour Memorial" for
# "the harbour"): its words match the name, but it tells of the place (an organization or an event named after
# someone is of them: "the Lind administration" tells of Lind)
NAME_INSIDE_PENALTY = 0.3
NAMED_AFTER_KINDS = frozenset({"place"})
SEARCH_LIMIT = 12  # BM25 hits re-scored for a question (re-scoring is most of a question's cost on a large brief)
WIDE_SEARCH_LIMIT = 20  # ...for one asking for a value a fact holds, or comparing two (see Retriever.pool)
# ...for "when did X start" and "is X still …": every fact of X competes on its date, not its BM25 rank
BY_DATE_SEARCH_LIMIT = 60
VALUE_CUES = frozenset({"money", "count", "when", "where", "cited"})
WIDE_KINDS = frozenset({"comparison", "quote"})
ACTOR_BONUS = 0.3
OTHERS_WORDS_PENALTY = 0.15  # another party's words, for a "how" question of a named doer's act (as the words' bonus)
PREMISE_PENALTY = 0.4
PREMISE_SHARE = 0.6
REACTION_BONUS = 0.3
# a fact of another place than the one a question naming a month (or a day of one) names: outweighs the day or
# month matched (+0.3), as the place asked is what the question is of (fresh tester 78: a question of one city and
# a month led another city's protest). Only then: "who called the guards in Eastport" wants the act told at another
# place among its candidates, to say so (Decider: placed_elsewhere)
OTHER_PLACE_PENALTY = 0.4
OTHER_MONTH_PENALTY = 0.45  # as another year weighs against the year named (+0.25 for it, -0.2 for another)
WEEKDAY_BONUS = 0.3  # as for the day or month named (`on`)
TYPED_QUOTE_BONUS = 0.3  # words typed in quote marks held by a fact's quotes, as a day named is by its date
CITED_BONUS = 0.4  # "whose reporting did the Herald use": a fact naming the outlet or reporter it passes on
# facts whose ranking features (and stated stems) stay read: ~1 KB each at 100,000 facts, a miss ~10 µs (a saved row
# decoded). 1,000 benchmark questions read features 30,594 times: 4,096 kept miss 33% of them, 16,384 25% (~25 µs
# a question less) for ~12 MB more of a serving process
MAX_FEATURES = 4096
MAX_TERMS = 65_536  # question words whose weight stays worked out (arbitrary user words: bounded)


def synonym_kin(brief: Brief) -> dict[str, frozenset[str]]:
    """Each stem of a one-word key or synonym in the brief's `synonyms`, with the stems it is listed with: the key's
    and its other one-word synonyms ("attacked: [bashed, attacking]" makes "bash" kin of "attack"), one step only.
    The brief lists words people type for the words the articles use; a word of the articles is typed too."""
    kin: dict[str, set[str]] = {}
    for key, synonyms in brief.meta.synonyms.items():
        group = {stem(w) for w in (key, *synonyms) if len(words(w)) == 1}
        for member in group:
            kin.setdefault(member, set()).update(group)
    return {k: frozenset(v) for k, v in kin.items()}


def spelling_variants(kin: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """Each stem of `kin` (`synonym_kin`) with its kin that are the same word spelled otherwise: as long, of at least
    SPELLING_MIN letters, one letter apart ("flyer" and "flier", "organiz" and "organis"). General English
    spelling, read off the brief's listing of the two together: one is never another word for the other."""

    def respelled(a: str, b: str) -> bool:
        return len(a) == len(b) >= SPELLING_MIN and sum(x != y for x, y in zip(a, b, strict=True)) == 1

    found = {s: frozenset(k for k in group if respelled(s, k)) for s, group in kin.items()}
    return {s: group for s, group in found.items() if group}


class Hit(NamedTuple):
    """A candidate as ranked. A named tuple, not a frozen dataclass: a question builds one per search hit (20-60,
    more with a second look), and a frozen dataclass's __init__ sets each field through object.__setattr__ (~2x
    the time). Compared and hashed by its fields as before."""

    id: str
    score: float  # final score, best first
    coverage: float  # share of the question's subject weight the document contains


class Retriever:
    def __init__(self, brief: Brief, index: Index, english: English) -> None:
        self.brief = brief
        self.index = index
        self.english = english
        self._features: Recent[str, Features] = Recent(MAX_FEATURES)
        self._stated: Recent[str, AbstractSet[str]] = Recent(MAX_FEATURES)
        # a word's stem, weight and whether the brief uses it depend on the brief alone: worked out once per word
        # (questions repeat words, and one question weighs its words up to five times)
        self._term_weight = lru_cache(maxsize=MAX_TERMS)(self._weigh_term)
        self._common_word = lru_cache(maxsize=MAX_TERMS)(self._word_ubiquitous)  # search_terms' test of each word
        # the sources a document cites (`_cited_by`): read of each of the up to BY_DATE_SEARCH_LIMIT hits of a
        # question naming an article, a record or a glossary entry looked up for each
        self._cited_by = lru_cache(maxsize=MAX_FEATURES)(self._sources_cited)
        self._name_within = lru_cache(maxsize=MAX_FEATURES)(self._named_within)
        self._others_of: tuple[tuple[tuple[str, ...], str], set[str]] | None = None
        self._premise_of: tuple[tuple[str, ...], tuple[dict[str, float], float]] | None = None  # _premise_weights'
        # the brief's opposites as stems, by the stem of each word of the act ("cancel" -> [["keep"], ["renew"]]):
        # the words that answer a question about the act with a no
        self.opposites: dict[str, list[list[str]]] = {}
        self._opposite_words: dict[str, list[str]] = {}  # the same, as the words searched for
        # the acts ending something whose opposite the brief lists, by the stem of that opposite ("keep" ->
        # [["cancel"], ["drop"] …]): the brief's opposites read backwards
        self.ended_opposites: dict[str, list[list[str]]] = {}
        self._entity_kinds: dict[str, str] | None = None  # entity_kind's table, built on first use
        # the brief's synonym kin (`synonym_kin`), worked out here once for the checks given this retriever
        # (attribution, untold premises, yes/no verdicts), which read it as it is: ~1 ms a time at every start
        self.kin = synonym_kin(brief)
        # one word spelled two ways ("flyer", "flier"): a question's spelling is held by a document using the other
        self.spellings = spelling_variants(self.kin)
        for key, phrases in brief.meta.opposites.items():
            for word in words(key):
                self.opposites.setdefault(stem(word), []).extend([stem(w) for w in words(p)] for p in phrases)
                self._opposite_words.setdefault(stem(word), []).extend(w for p in phrases for w in words(p))
            if stem(key) not in ENDING_ACTS:
                continue
            # read backwards for an act that ends something: "did they keep the lease" is answered no by "dropped
            # the lease" as "did they drop it" is by "kept it"; never for the others ("refused" is no opposite of
            # every act "take" names). Read for a verdict only, not searched for: "did they renew it" is about the
            # renewal, which an article's "stop" must not outrank
            for p in phrases:
                ended = self.ended_opposites.setdefault(stem(p), [])
                if len(words(p)) == 1 and [stem(key)] not in ended:
                    ended.append([stem(key)])

    def entity_kind(self, entity_id: str) -> str | None:
        """An entity's kind ("person", "organization" …; records.EntityKind), or None for an id that is none."""
        if self._entity_kinds is None:
            self._entity_kinds = {e.id: e.kind for e in self.brief.entities.values()}
        return self._entity_kinds.get(entity_id)

    def cites_reporting(self, doc_id: str, f: Features) -> bool:
        """The fact names whose reporting its article passes on: an outlet other than the article's own ("according
        to the Courier, …" in a Gazette piece), or the reporter it states (`describes: reporter`)."""
        if REPORTING_KINDS.isdisjoint(f.entity_kinds):
            return False  # most facts: no row read
        return passes_on(self.brief.facts[doc_id], self.brief.entities, self.brief.sources)

    def reporting_citing(self, source_id: str) -> list[str]:
        """The ids of the facts citing a source that pass on reporting (`cites_reporting`), in brief order. A
        compiled brief reads them from its `passes` table (listed at compile: no fact row is read); a loaded one
        checks every fact citing it."""
        passing = getattr(self.brief.facts, "passing", None)
        if passing is None:
            return [f.id for f in self.brief.facts_citing(source_id) if self.cites_reporting(f.id, self.features(f.id))]
        return [fact_id for fact_id, _ in passing(source_id, ())]

    def reporting_stating(self, source_id: str, asked: AbstractSet[str]) -> list[tuple[str, int]]:
        """The facts citing a source that pass on reporting (`reporting_citing`) and state any of the stems `asked`
        (`stated_stems`), in brief order, each with how many of them it states. A compiled brief counts them in its
        `passes` table, which holds each one's stated stems (a generated 100,000-fact brief: ~2,900 such facts a
        source, whose records and stems took ~0.15 s a question to build); a loaded one works them out, keeping
        none (`keep=False`)."""
        passing = getattr(self.brief.facts, "passing", None)
        if passing is not None:
            return list(passing(source_id, sorted(asked))) if asked else []
        found = ((i, len(asked & self.stated_stems(i, keep=False))) for i in self.reporting_citing(source_id))
        return [(i, n) for i, n in found if n]

    def names_other_outlet(self, fact: FactData) -> bool:
        """The fact names a news outlet other than its own article's (`bot.reporting.names_other_outlet`)."""
        return names_other_outlet(fact, self.brief.entities, self.brief.sources)

    def ubiquitous(self, stem_: str) -> bool:
        """A word in most of the brief's documents (the brief's own subject, such as its two main names)."""
        return self.index.doc_freq(stem_) * 2 > self.index.size

    def key(self, term: str) -> bool:
        """A word far more frequent in the brief than in general English ("contract" in a brief about contracts,
        not "public"): log10 of its share of the brief's documents against its share of English words."""
        n = self.index.doc_freq(stem(term))
        if n == 0:
            return False
        return math.log10(n / self.index.size) + 9 - self.english.zipf(term) >= KEYNESS

    def everyday(self, term: str) -> bool:
        """Everyday English that is not key to the brief: it never anchors a match and weighs less."""
        return self.english.everyday(term) and term not in self.brief.aliases and not self.key(term)

    def weights(self, q: Question, *, known_only: bool = False) -> dict[str, float]:
        out: dict[str, float] = {}
        doers = manner_parts(q)[0] if q.kind == "why-how" else set()
        for term in q.terms:
            s, w, known = self._term_weight(term)
            if known_only and not known:
                continue  # words the brief never uses are judged by the foreign-word rule, not coverage
            if s in q.context or s in doers:
                # ... and the unnamed doers of "how did the keepers use the Ledger": who did it is given, not asked;
                # a fact telling the use ("participants flooded the Ledger page") need not call them so
                w *= CONTEXT_WEIGHT
            out[s] = max(out.get(s, 0.0), w)
        return out

    def _weigh_term(self, term: str) -> tuple[str, float, bool]:
        """A question word's stem, its weight before any scene discount (idf, less for everyday English and for
        common words the brief does not use), and whether the brief uses it."""
        s = stem(term)
        known = self.index.idf_known(s)
        w = self.index.idf(s)
        if self.everyday(term):
            w *= EVERYDAY_WEIGHT
        elif not known and self.english.common(term):
            w *= COMMON_UNKNOWN_WEIGHT  # "themed", "kinds": English the brief does not use, not a foreign subject
        return s, w, known

    def coverage(self, doc_id: str, weights: dict[str, float], *, done: bool = False) -> float:
        """The share of the weights' stems the document holds; with `done` (a yes/no question asks whether something
        happened), not counting acts a fact only reports as requested of someone."""
        return self._covered(doc_id, weights, sum(weights.values()), done=done)

    def _covered(
        self,
        doc_id: str,
        weights: dict[str, float],
        total: float,
        *,
        done: bool = False,
        opposed: AbstractSet[str] = frozenset(),
    ) -> float:
        """`coverage` with the weights' total worked out (once for all of a question's candidates). An act in
        `opposed` (a yes/no question's own act, `rank`) the fact states the opposite of (the brief's `opposites`:
        "renewed" for "cancel") counts as covered: the fact settles the question, with a no."""
        if total <= 0:
            return 0.0
        have = self.index.doc_stems(doc_id)
        if opposed:  # the document's stems copied into a new set only for the few facts stating an opposite
            settled = {s for s in opposed if s not in have and self._opposite_in(have, s)}
            if settled:
                have = have | settled
        if done:
            found = self.fact_features(doc_id)
            requested = found.requested if found is not None else ()
            if requested:  # no set of the rest built per candidate: most facts request nothing
                return sum(w for s, w in weights.items() if self._holds(have, s) and s not in requested) / total
        # a loop, not sum() over a generator (~30% less: run for each of a question's 20-60 candidates); the same
        # additions in the same order
        held = 0.0
        spellings = self.spellings
        for s, w in weights.items():
            if s in have or (s in spellings and not spellings[s].isdisjoint(have)):
                held += w
        return held / total

    def _holds(self, have: AbstractSet[str], stem_: str) -> bool:
        """`have` (a document's stems) holds `stem_` as spelled or in another spelling of it (`spellings`)."""
        return stem_ in have or not self.spellings.get(stem_, frozenset()).isdisjoint(have)

    def _opposite_in(self, have: AbstractSet[str], act: str) -> bool:
        """`have` (a document's stems) holds every stem of one of the opposites of the act stem `act`."""
        return any(p and all(o in have for o in p) for p in self.opposites.get(act, ()))

    def states_opposite(self, doc_id: str, act: str) -> bool:
        """The fact states (not only as a keyword) one of the opposites the brief lists of the act stem `act`
        ("renewed" for "cancel")."""
        return self._opposite_in(self.stated_stems(doc_id), act)

    def stated_stems(self, doc_id: str, *, keep: bool = True) -> AbstractSet[str]:
        """The stems of what a fact states and quotes (not its curated keywords), or of an entry's description;
        kept for the facts read most recently unless `keep` is False (a walk over thousands of facts, which would
        only push out the ones questions come back to)."""
        found = self._stated.get(doc_id)
        if found is None:
            fact = self.brief.facts.get(doc_id)
            if fact is not None:
                text = fact.statement + " " + " ".join(c.quote for c in fact.citations)
            else:
                entity = self.brief.entities[doc_id]
                text = " ".join([entity.name, *entity.aliases, entity.description])
            found = stem_set(stems(text))
            if keep:
                self._stated.put(doc_id, found)
        return found

    def features(self, doc_id: str) -> Features:
        """What ranking asks of a fact (bot/features.py), kept for the facts ranked most recently. KeyError when
        `doc_id` is no fact."""
        found = self.fact_features(doc_id)
        if found is None:
            raise KeyError(doc_id)
        return found

    def fact_features(self, doc_id: str) -> Features | None:
        """`features`, or None when `doc_id` is no fact. A compiled brief reads them from the snapshot (worked out
        at compile: no record built, no pattern run); a loaded one works them out from the fact."""
        found = self._features.get(doc_id)
        if found is None:
            if doc_id in self.brief.entities:
                # a glossary entry (no fact has its id: the brief's rules), asked of each yes/no question's entry
                # hits: no row read to find it has none (a query each, ~15 µs)
                return None
            saved = getattr(self.brief.facts, "saved_features", None)
            if saved is not None:
                text = saved(doc_id)
                if text is None:
                    return None
                found = fact_features.decode(text)
            else:
                fact = self.brief.facts.get(doc_id)
                if fact is None:
                    return None
                found = fact_features.of(fact, self.brief.entities)
            self._features.put(doc_id, found)
        return found

    def bonus(self, doc_id: str, q: Question) -> float:
        brief = self.brief
        bonus = 0.0
        entity = brief.entities.get(doc_id)
        if entity is not None:
            if doc_id in q.entities:
                bonus += 1.0 if q.about_entity else -0.3
                if entity.kind in PERSON_KINDS and "who" in q.cues:
                    bonus += 0.2
            else:
                bonus -= 0.3  # an entry the question does not name (by a name or alias) is rarely what it asks
            if q.kind in ("list", "comparison", "amount", "count", "date", "quote"):
                bonus -= 0.5  # these want facts, not a glossary entry
            if month_of(q.on_date) and q.entities and self.of_other_place(q, (doc_id,)):
                bonus -= OTHER_PLACE_PENALTY  # the entry of another place than the one named, as a fact of it
            return bonus
        f = self._features.get(doc_id)  # kept for the facts just ranked: read directly
        if f is None:
            f = self.features(doc_id)
        if f.kind == "caption" and ARTICLE_PART_WORDS.isdisjoint(q.words):
            # what a caption or credit says of its article (its photo, date, headline) is no report of the event it
            # shows: "who protested in the port and when" is not answered by who took the photo
            bonus -= CAPTION_PENALTY
        if q.entities:  # most questions name nothing: no sum of nothing per candidate
            named: float = 0.0  # a loop, not sum() over a generator, for each candidate: the same additions
            for e in q.entities:
                if e in f.entities:
                    named += CONTEXT_WEIGHT if e in q.scene_entities else 1
                elif any(self._name_within(e, other) for other in f.entities) and self._only_within(doc_id, e):
                    bonus -= NAME_INSIDE_PENALTY  # "the Harbour Memorial" is no fact of "the harbour"
            bonus += 0.12 * named
        if "money" in q.cues and f.money:
            bonus += 0.35
        if "count" in q.cues and f.counting:
            bonus += 0.25
            if q.counted and self._others(q) & self.index.doc_stems(doc_id) and stem(q.counted) in f.counted:
                bonus += 0.4  # "two contracts" for "how many contracts … in 2018", not any count of the noun
        if "when" in q.cues and f.date:
            bonus += 0.3 if f.day else 0.2
        if "who" in q.cues and (
            not WHO_KINDS.isdisjoint(f.entity_kinds) or f.kind in ("person", "quote", "organization")
        ):
            bonus += 0.15
        if "cited" in q.cues and self.cites_reporting(doc_id, f):
            bonus += CITED_BONUS
        if "where" in q.cues and not PLACE_KINDS.isdisjoint(f.entity_kinds):
            bonus += 0.3
        if "define" in q.cues and q.entities and f.kind in ("program", "organization", "person"):
            bonus += 0.15
        if q.kind == "yes-no" and f.settles:
            bonus += 0.15  # a yes/no question is settled by what did or did not happen
        if (
            q.kind == "why-how"
            and f.reason
            and (asks_reason(q.words) or (self._tells_saying(doc_id) and said_by_subject(q, f.opening)))
            and not manner_parts(q)[1]  # "how did the keepers use the Ledger (for …)": their act, no one's cause
            and self._reason_of_asked(q, doc_id)
        ):
            # a cause ("because …") answers "why", not "how did they do it" (a manner, a means); what someone said
            # or argued answers either ("how did the agency respond", "how were they told to prepare"), when it is
            # the asked doer's words: "how does the port use the guild's ledger" is not told by the guild's denial
            bonus += 0.15
            reason = asks_reason(q.words)
            if reason and not asked_subject(q).isdisjoint(f.opening) and self._states_cause(doc_id):
                # "why did the dockers strike": the reason the dockers' own act is given for, over a fact of
                # another's act that only mentions theirs in passing ("the letter noted the dockers had struck")
                bonus += ACTOR_BONUS  # as "what did the dockers do" weighs a fact whose subject is the dockers
        if (
            q.kind == "why-how"
            and not asks_reason(q.words)
            and f.reason
            and self._tells_saying(doc_id)
            and not said_by_subject(q, f.opening)
        ):
            # "how does the port use the ledger": what the port did is told by a fact of it, not by the words of
            # another party (the ledger's maker denying it), when both answer (fresh tester 94)
            bonus -= OTHERS_WORDS_PENALTY
        if q.kind == "why-how":
            bonus += self._manner_bonus(q, doc_id, f)
        if q.years and f.date:
            bonus += 0.25 if f.date[:4] in q.years else -0.2
        if month_of(q.on_date) and q.entities and self.of_other_place(q, f.entities):
            bonus -= OTHER_PLACE_PENALTY  # of another place than the one named, as of another month than the one named
        if q.on_date and f.date and on(f.date, q.on_date):
            bonus += 0.3  # the day or month the question names
        elif (
            q.on_date
            and f.date[5:7]
            and (
                month_of(q.on_date) not in ("", f.date[5:7]) or (month_of(q.on_date) and _other_year(q.on_date, f.date))
            )
        ):
            # dated to another month than the one named, as another year is (the same month of another year too:
            # "in july 2019" is not the July 2018 march, whose "July" its words match)
            bonus -= OTHER_MONTH_PENALTY
        if q.weekdays and f.date:
            bonus += self._weekday_bonus(doc_id, f, q.weekdays)
        if q.typed_quote and self._quotes_hold(doc_id, q.typed_quote):
            bonus += TYPED_QUOTE_BONUS  # "the 'choose' line": the fact whose quoted words have it
        if q.kind == "quote" and f.quoted:
            bonus += 0.3
        # "what did the guild do after its keepers wrote to Ada": "the guild's keepers wrote …" has the guild in its
        # subject, yet tells the premise, not what the guild did
        if not q.actor:  # what follows weighs only a question asking what someone did
            # ... or how something was done after a failure it states ("how did they deliver it when nobody opened
            # the door"): what was done in answer to it
            # (or what was done: "nobody opened the door so what did they do with the letter", a "they" unnamed)
            if q.kind in RESPONSE_KINDS and q.premise and not FAILING.isdisjoint(q.words):
                if f.reaction:
                    bonus += REACTION_BONUS
                elif self.restates(doc_id, q):
                    bonus -= PREMISE_PENALTY  # "nobody would open the door": the failure itself, not how it was done
            return bonus
        premise_subject = bool(q.premise) and not q.premise.isdisjoint(f.opening) and not q.premise >= q.actor
        if not q.actor.isdisjoint(f.opening) and not (premise_subject and self.restates(doc_id, q)):
            bonus += ACTOR_BONUS  # "what did the protesters do": a fact whose subject is the protesters
        elif q.premise and self.restates(doc_id, q):
            bonus -= PREMISE_PENALTY  # "staff wouldn't open the door - what did the protesters do": not the premise
        if q.premise and f.reaction and self.touches_premise(doc_id, q):
            bonus += REACTION_BONUS  # "what did X do when Y …": a fact that tells what followed what, and of Y
        return bonus

    def _manner_bonus(self, q: Question, doc_id: str, f: Features) -> float:
        """ "How did protesters use the Ledger": a fact telling an act done on or with the thing asked of, the thing
        right after a verb ("flooded Lind's Ledger page", "posted on the Ledger"), tells how it was used (ACTOR_BONUS,
        as "what did the protesters do" weighs a fact of their act), over one naming the doers in its opening only to
        date the whole ("In May the keepers held a protest …, online on the Ledger"), over one whose first verb calls
        or describes the use (what an outlet called it), and over one whose subject is the thing, which tells what
        the thing is ("the Ledger, a records site, lets users …"; blind sets CG, CH).
        (`manner_parts`)"""
        doers, thing = manner_parts(q)
        if not doers or not thing:
            return 0.0
        fact = self.brief.facts.get(doc_id)
        told = words(fact.statement) if fact is not None else []
        main = next((w for w in told if self.english.verb(w) is not None), "")
        if main in DESCRIBING_VERBS:
            return -ACTOR_BONUS  # "the Gazette described the Ledger protest as …": what it was called, not how done
        if acted := self._acted_on(told, thing, manner_verb(q)):
            return ACTOR_BONUS * acted
        if f.opening[:1] and f.opening[0] in thing:
            return -ACTOR_BONUS
        return -ACTOR_BONUS if any(stem(w) in thing for w in told) else 0.0  # named, but only as a place or a date's

    def _acted_on(self, told: Sequence[str], thing: AbstractSet[str], asked: str = "") -> float:
        """1.0 when a statement's words `told` give a word of `thing` (stems) as the object of a verb: within
        OBJECT_REACH after a word only ever a verb, with nothing but determiners and names between ("flooded Lind's
        Ledger"); 0.5 as its place, a preposition between ("posted on the Ledger": what was posted is the act's
        object); else 0.0 ("held a protest … online on the Ledger"). A verb of doing, not of calling or describing
        it; the verb `asked` (a stem: "used the Ledger" for "how did they use the Ledger") is one whatever else its
        word may be."""
        best = 0.0
        for j, word in enumerate(told):
            if stem(word) not in thing:
                continue
            place = False
            for k in range(j - 1, max(-1, j - 1 - OBJECT_REACH), -1):
                if (asked and stem(told[k]) == asked) or self.english.verb(told[k]) is not None:
                    if told[k] not in DESCRIBING_VERBS:  # "the Gazette described the Ledger protest": no use
                        best = max(best, 0.5 if place else 1.0)
                    break
                if told[k] in self.brief.aliases or told[k] in DETERMINERS:
                    continue
                if told[k] not in STOPWORDS:
                    break
                place = True
        return best

    def of_other_place(self, q: Question, listed: Collection[str]) -> bool:
        """The question names a place (an entity of PLACE_KINDS, not one set aside: "besides Eastport") that a fact
        listing the entities `listed` does not list, while it lists another place: it tells of what happened there
        ("what happened in Eastport in July": not the Westport vigil of that July, which the month alone favours; nor
        for "when was the Eastport vigil in July", whose place the scene names)."""
        asked = [e for e in q.entities if e not in q.excluded and self.entity_kind(e) in PLACE_KINDS]
        if not asked or any(e in listed for e in asked):
            return False
        return any(self.entity_kind(e) in PLACE_KINDS for e in listed)

    def places_worded(self, q: Question, listed: Collection[str]) -> set[str]:
        """The places among `listed` (PLACE_KINDS) the question names after "in" or "at" by a word of no name it
        names: a word of the place's name or of an alias ("in eastport" for "Eastport Harbour"), or a word the
        brief gives as its synonym ("in the port" when the brief has "port: [eastport]"). A place may be asked by a
        part of its name, which makes no glossary name on its own ("washington" shared with a newspaper's name)."""
        entities = self.brief.entities
        synonyms = self.brief.meta.synonyms
        typed: set[str] = set()
        for i, t in enumerate(q.words[:-1]):
            if t not in PLACE_OPENERS:
                continue
            for j in range(i + 1, len(q.words)):
                w = q.words[j]
                if w in q.date_words or w in PLACE_OPENERS:
                    break
                if j not in q.named_at and w not in STOPWORDS:
                    typed |= {w, *(x for v in synonyms.get(w, ()) for x in words(v))}
        places = [e for e in listed if e in entities and self.entity_kind(e) in PLACE_KINDS]
        return {
            e for e in places if any(not typed.isdisjoint(words(n)) for n in (entities[e].name, *entities[e].aliases))
        }

    def _named_within(self, ent_id: str, other_id: str) -> bool:
        """A name of entity `ent_id` (its name or an alias, as words) stands inside a longer name of `other_id`, a
        place (NAMED_AFTER_KINDS: "harbour" in "Harbour Memorial"): a fact of the place may name the first only as
        part of its name."""
        entities = self.brief.entities
        if ent_id == other_id or ent_id not in entities or other_id not in entities:
            return False
        if entities[other_id].kind not in NAMED_AFTER_KINDS:
            return False
        inner = [words(n) for n in (entities[ent_id].name, *entities[ent_id].aliases)]
        outer = [words(n) for n in (entities[other_id].name, *entities[other_id].aliases)]
        return any(len(a) < len(b) and in_row(a, b) for a in inner for b in outer)

    def _only_within(self, doc_id: str, ent_id: str) -> bool:
        """The fact's statement gives a name of `ent_id`, but only inside longer names of entities it is curated as
        of (`_named_within`): with those names taken out, none of its names is left."""
        fact = self.brief.facts.get(doc_id)
        entities = self.brief.entities
        if fact is None or ent_id not in entities:
            return False
        said = words(fact.statement)
        own = [words(n) for n in (entities[ent_id].name, *entities[ent_id].aliases)]
        if not any(name and _without(said, name) != said for name in own):
            return False  # the statement never gives the name: what it tells is not said to be of the place's name
        longer = [
            words(n)
            for other in fact.entities
            if other in entities and self._name_within(ent_id, other)
            for n in (entities[other].name, *entities[other].aliases)
        ]
        for name in sorted(longer, key=len, reverse=True):
            said = _without(said, name)
        return not any(name and _without(said, name) != said for name in own)

    def _reason_of_asked(self, q: Question, doc_id: str) -> bool:
        """The fact's reason may be of what is asked (features.reason_of): a cause it tells is of the question's
        things or acts (not names), so "these reports set off the vigil" gets no bonus for "why did the guild close
        the harbour"."""
        fact = self.brief.facts.get(doc_id)
        asked = {stem(t) for i, t in enumerate(q.words) if t in q.terms and i not in q.named_at}
        return fact is not None and reason_of(fact.statement, asked)

    def _states_cause(self, doc_id: str) -> bool:
        """The fact's statement gives a cause in its own voice (CAUSAL: "because", "so that"), not words someone
        said (`_tells_saying`) nor a cause of another act (`_reason_of_asked`)."""
        fact = self.brief.facts.get(doc_id)
        return fact is not None and CAUSAL().search(fact.statement) is not None

    def _tells_saying(self, doc_id: str) -> bool:
        """The fact's statement tells of someone saying a thing by a verb of saying (SAYING_REASON: "said", "wrote",
        "argued", "defended"), quoted or not: not `compose.speech.gives_words`, whose fact is someone's words (a quote,
        or words in speech marks)."""
        fact = self.brief.facts.get(doc_id)
        return fact is not None and SAYING_REASON().search(fact.statement) is not None

    def of_weekday(self, doc_id: str, weekdays: AbstractSet[str]) -> bool:
        """The fact is of a day the question names by its weekday (`_weekday_bonus` gives it the bonus)."""
        f = self.fact_features(doc_id)
        return f is not None and bool(f.date) and self._weekday_bonus(doc_id, f, weekdays) > 0

    def _quotes_hold(self, doc_id: str, typed: AbstractSet[str]) -> bool:
        """The fact's quotes (its citations' verbatim words, not its statement) hold every stem of `typed` (the
        words a question typed in quote marks)."""
        fact = self.brief.facts.get(doc_id)
        return fact is not None and typed <= stem_set(stems(" ".join(c.quote for c in fact.citations)))

    def _weekday_bonus(self, doc_id: str, f: Features, weekdays: AbstractSet[str]) -> float:
        """A fact dated to a day named by the question ("the monday protest"), its weekday from the calendar; one
        known only to the month or year when it says that weekday itself ("on Monday" in an article dated May)."""
        if f.day:
            return WEEKDAY_BONUS if weekday(f.date).lower() in weekdays else -OTHER_MONTH_PENALTY
        have = self.index.doc_stems(doc_id)
        return WEEKDAY_BONUS if any(stem(w) in have for w in weekdays) else 0.0

    def _others(self, q: Question) -> set[str]:
        """Stems of a count question's words other than the counted noun (not to be changed): the same for all of
        its candidates, so worked out once a question (the last question's kept)."""
        key = (tuple(q.leftover), q.counted)
        kept = self._others_of  # read once: another thread may keep its own question's meanwhile
        if kept is None or kept[0] != key:
            kept = self._others_of = (key, {stem(t) for t in q.leftover} - {stem(q.counted)})
        return kept[1]

    def touches_premise(self, doc_id: str, q: Question) -> bool:
        """The fact holds a word of the question's premise that is not the brief's own subject: what it tells followed
        something the question names ("the keepers left when the guild locked the gate" for "what did the keepers do
        when the gate was locked"), not any reaction at all."""
        have = self.index.doc_stems(doc_id)
        return any(s in have for s in q.premise if not self.ubiquitous(s))

    def restates(self, doc_id: str, q: Question) -> bool:
        """The fact states most of what the question itself says happened (its premise, weighted by rarity)."""
        weights, total = self._premise_weights(q)
        if total <= 0:
            return False
        have = self.index.doc_stems(doc_id)
        return sum(w for s, w in weights.items() if s in have) / total >= PREMISE_SHARE

    def _premise_weights(self, q: Question) -> tuple[dict[str, float], float]:
        """The question's premise stems the brief uses and does not have everywhere, weighted by rarity, and their
        total: the same for all of its candidates, so worked out once a question (the last question's kept)."""
        key = tuple(q.premise)  # in its order, which the sum follows
        kept = self._premise_of  # read once: another thread may keep its own question's meanwhile
        if kept is None or kept[0] != key:
            weights = {s: self.index.idf(s) for s in q.premise if self.index.idf_known(s) and not self.ubiquitous(s)}
            kept = self._premise_of = (key, (weights, sum(weights.values())))
        return kept[1]

    def asked_stems(self, q: Question) -> set[str]:
        """What a figure question asks about beyond its named entities, cue words, years and counted noun: "how
        many keepers were hired in 2011" -> {"hire"}; the figure answering it stands next to one of them."""
        out = set()
        for term in q.leftover:
            s = stem(term)
            if term in q.years or term.isdigit() or s == stem(q.counted) or s in CUE_STEMS or self.ubiquitous(s):
                continue
            out.add(s)
        return out

    @staticmethod
    def counts(statement: str, noun: str) -> bool:
        """The statement gives a number of `noun`: 'two contracts', '90,000 signatures' for 'contracts'."""
        return Retriever._counts(without_dates(statement), noun)

    @staticmethod
    def _counts(undated: str, noun: str) -> bool:
        """`counts` for a statement whose days of a month are taken out already."""
        target = stem(noun)
        statement = undated
        for match in COUNT().finditer(statement):
            after = words(statement[match.end() : match.end() + 40])[:3]
            if any(stem(w) == target for w in after):
                return True
        return False

    def search_terms(self, q: Question, extra: list[str] | None = None) -> list[str]:
        terms = list(q.search) + (extra or [])
        for ent_id in q.entities:
            terms.extend(words(self.brief.entities[ent_id].name))
        # Words in most documents barely move BM25 but make the engine score nearly every document: leave them
        # out of the search when the question has anything more specific.
        specific = [t for t in terms if not self._common_word(t)]
        return specific or terms

    def rank(self, q: Question, opposed: AbstractSet[str] = frozenset(), *, wide: bool = False) -> list[Hit]:
        """The candidates for `q`, best first. `opposed`: the stems of a yes/no question's act (Decider.act_forms),
        whose opposites (the brief's `opposites`) are searched for and count as stating it: "did they cancel it"
        is settled, with a no, by a fact telling they renewed it. `wide`: BY_DATE_SEARCH_LIMIT hits, whatever
        `pool` gives (a second look when none of those answered)."""
        limit = BY_DATE_SEARCH_LIMIT if wide or q.among is not None else self.pool(q)
        ranked = self._rank(q, opposed, limit)
        if q.among is not None:  # "and the other one?": only what the last answer's fact links to, however it ranks
            return [h for h in ranked if h.id in q.among]
        if q.context and ranked and not self._asked_part_found(q, ranked[0].id):
            return self._rank(replace(q, context=set()), opposed, limit)  # the scene is all the brief knows
        return ranked

    def _asked_part_found(self, q: Question, doc_id: str) -> bool:
        have = self.index.doc_stems(doc_id)
        return any(s in have for s, w in self.weights(q, known_only=True).items() if s not in q.context and w > 0)

    def side_sources(self, q: Question, side: list[str]) -> set[str]:
        """The sources among the question's that a side of a comparison names by a word of their name ("the
        Gazette's vigil" of "the sit-in or the Gazette's vigil")."""
        return {
            s
            for s in q.sources
            if s in self.brief.sources
            and not set(side).isdisjoint(self._name_words(s))
            and not self._attributed(q.words, self._name_words(s))
        }

    @staticmethod
    def _attributed(question: list[str], name: set[str]) -> bool:
        """A word of `name` stands after "according to", "per", "in" or "from" (and "the"): "according to the
        Gazette, which came first, …" says where the whole question is told, whatever side it was read into
        (as Understander.find_sources reads it)."""
        for i, w in enumerate(question):
            if w in name:
                before = question[max(0, i - 2) : i] if question[i - 1 : i] == ["the"] else question[max(0, i - 1) : i]
                if before[:1] in (["per"], ["to"], ["in"], ["from"]):
                    return True
        return False

    def sources_outside_sides(self, q: Question) -> set[str]:
        """The question's sources but those only a side names: an article named in one side says which that side
        is, not where the other is told ("which came first, the sit-in or the Gazette's vigil")."""
        named = {s for side in q.sides for s in self.side_sources(q, side)}
        return q.sources - named

    def source_words(self, source_id: str) -> set[str]:
        """The words of a source's name beyond stop words ("vice", "news")."""
        return self._name_words(source_id)

    def _name_words(self, source_id: str) -> set[str]:
        return {w for w in words(self.brief.sources[source_id].name.lower()) if w not in STOPWORDS}

    @staticmethod
    def pool(q: Question) -> int:
        """How many BM25 hits to re-score. A question asking for an amount, a count, a date or a place, or comparing
        two things, is told apart by a value a fact holds, which re-ranking sees (its features) and BM25 does not;
        one asking what someone said keeps only that speaker's own words. Either way the fact it needs may share
        fewer of the question's words than others and rank well down, so such a question re-scores
        WIDE_SEARCH_LIMIT hits. (Development set: SEARCH_LIMIT for every question lost 6 first-line answers, each
        a question of those kinds; this rule loses none.)"""
        if q.earliest or (q.current and q.kind == "yes-no") or q.sources:
            return BY_DATE_SEARCH_LIMIT  # ... and one naming an article: its facts among all the brief's hits
        # (so too one naming a date: a fact's date is such a value, "what contracts did it have in 2018")
        if q.kind == "who" and len(set(q.entities)) > 1:
            # "who from the guild spoke at the Eastport vigil": the facts of a name of one word the brief seldom
            # uses rank below those of one of three words it often does ("Eastport City Hall"), by BM25's sum alone
            return WIDE_SEARCH_LIMIT
        return WIDE_SEARCH_LIMIT if q.cues & VALUE_CUES or q.kind in WIDE_KINDS or q.on_date else SEARCH_LIMIT

    def _rank(self, q: Question, opposed: AbstractSet[str], limit: int) -> list[Hit]:
        opposites = [w for s in opposed for w in self._opposite_words.get(s, ())]
        hits = self.index.search(
            self.search_terms(q, opposites), limit=limit, weak=frozenset(q.context), boost=CONTEXT_WEIGHT
        )
        if not hits:
            return []
        self.index.prefetch([doc_id for doc_id, _ in hits])
        top = hits[0][1] or 1.0
        if q.sources:  # "in the Gazette's piece": only what that article says answers, when it says anything
            # kept before scoring (a hit's score is its own, `top` the whole search's): of BY_DATE_SEARCH_LIMIT hits,
            # those of the other articles are not scored only to be dropped
            sources = self.sources_outside_sides(q)
            hits = [hit for hit in hits if not sources.isdisjoint(self._cited_by(hit[0]))] or hits
        weights = self.weights(q, known_only=True)
        total, done = sum(weights.values()), q.kind == "yes-no"
        ranked = []
        for doc_id, score in hits:
            coverage = (
                self._covered(doc_id, weights, total, done=done, opposed=opposed)
                if weights
                else (1.0 if doc_id in q.entities else 0.5)
            )
            final = (score / top) * (0.5 + coverage) + COVERAGE_WEIGHT * coverage + self.bonus(doc_id, q)
            ranked.append(Hit(doc_id, final, coverage))
        ranked.sort(key=lambda h: (-h.score, h.id))
        return ranked

    def _word_ubiquitous(self, word: str) -> bool:
        """`ubiquitous` of the word's stem (kept per word by `_common_word`)."""
        return self.ubiquitous(stem(word))

    def cited_by(self, doc_id: str) -> tuple[str, ...]:
        """The sources a fact or glossary entry cites (ids, in the order it cites them; kept per document)."""
        return self._cited_by(doc_id)

    def _sources_cited(self, doc_id: str) -> tuple[str, ...]:
        """The sources a fact or glossary entry cites (a fact's as its saved features list them: no set is built for
        each of a question's up to BY_DATE_SEARCH_LIMIT candidates)."""
        entity = self.brief.entities.get(doc_id)
        if entity is not None:
            return tuple(c.source for c in entity.citations)
        return self.features(doc_id).sources

    def known_share(self, q: Question) -> float:
        """The share of the question's weighted stems the brief uses; a number it has only as a larger one's first
        digit group counts ("120" of "120,000": a figure named short of its thousands, which the decider checks)."""
        weights = self.weights(q)
        total = sum(weights.values())
        if total <= 0:
            return 1.0 if q.entities else 0.0
        index = self.index
        known = sum(w for s, w in weights.items() if index.idf_known(s) or (s.isdigit() and index.leads_a_number(s)))
        return known / total
