"""'Where' questions whose answer is not a place on a map ("where were employees arguing internally": in
conversations and on the company's forum): when the best candidate states no place at all, a near-best candidate
that states where (a place entity it names, or a venue after in / on / at / inside / via, or after words telling
where it lies from another place: outside, near, in front of, a block from) answers instead.

A venue is what follows the preposition, past a determiner or a possessive ("on the company's forum"); dates,
numbers, spans of time and what the question itself names ("inside the guild" for a question about the guild) are
not venues. Only English grammar is named here.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from bot.answering.acts import LANDING_FORMS
from bot.answering.decide.figures import role_of
from bot.answering.english import English
from bot.answering.retrieve import Hit, online_venue
from bot.answering.speakers import DOCUMENTS
from bot.answering.understand.lexicon import BASED, BASED_ASKS, PERSON_NOUNS
from bot.answering.understand.question import Question
from bot.dates import MONTHS
from bot.factbase import Brief
from bot.search import stem
from bot.text import STOPWORDS, fold, on_first_use, words

VENUE = on_first_use(
    r"\b(?:(?P<relative>outside(?:\s+of)?|near|beside|next\s+to|in\s+front\s+of|across\s+from"
    r"|(?:a|one|two|three|several|\d+)\s+blocks?\s+(?:away\s+)?from)|in|on|at|inside|via|through|into|entering"
    r"|leaving)"
    r"\s+(?P<determiners>(?:(?:the|a|an|its|their|his|her|[\w-]+['’]s)\s+){0,2})(?P<venue>[A-Za-z][\w-]*)",
    re.IGNORECASE,
)
# "where should the money go", "where was the report sent": a destination is asked, which "to" and a noun after a
# determiner tells ("give the profits to a nonprofit") as a venue does; never "to" before a verb ("asked to give")
# (general English verbs of going and sending)
DESTINATION_ASKS = frozenset(stem(w) for w in "go goes went gone going send sends sent sending".split())
DESTINATION = on_first_use(
    r"\bto\s+(?P<relative>)(?P<determiners>(?:(?:the|a|an|its|their|his|her|[\w-]+['’]s)\s+){1,2})"
    r"(?P<venue>[A-Za-z][\w-]*)",
    re.IGNORECASE,
)
# "where did Lind write that": asked of writing, which words spoken to someone are not (general English)
WRITING_ASKED = frozenset("write writes wrote written writing".split())
WRITTEN_NOUNS = DOCUMENTS | frozenset("op-ed oped column essay article blog book".split())
# "where did Lind publish her op-ed", "where did the op-ed run": the outlet that carried a piece is asked, which only a
# fact naming one (a media entry of the glossary) tells; "published" alone asks it, running, printing or appearing
# only of a piece ("where did the protesters run" asks no outlet); general English
PUBLISHING_ASKED = frozenset("publish publishes published publishing".split())
CARRYING_ASKED = frozenset("run runs ran print prints printed appear appears appeared".split())
PIECES = WRITTEN_NOUNS | frozenset({"op", "piece", "story"})  # "op ed" as typed, split into its words
MONTH_WORDS = frozenset(m.lower() for m in MONTHS)
# the words right after a month that modifies a noun, one at a time, while only spaces part them ("… op-ed, …": ends)
DATED_NOUN = on_first_use(r"\s+([\w-]+)")
NOT_VENUES = frozenset(m.lower() for m in MONTHS) | frozenset(
    """year years month months week weeks day days time times past preceding following same early late mid
    monday tuesday wednesday thursday friday saturday sunday order part favor favour addition response turn
    fact effect front behalf""".split()
)
# the nouns of a stretch of time that a word before them describes ("on a Jewish day of mourning", "on a quiet
# night"): "on" before them tells when, not where (general English)
TIME_NOUNS = frozenset("day days night nights morning afternoon evening weekend holiday holidays".split())
# "where did the guild move its office to": a move is asked, which only a fact telling of one answers (not one telling
# where the office is, or was)
MOVE_ASKS = frozenset("move moves moved moving relocate relocates relocated relocating".split())
MOVED = on_first_use(r"\b(?:mov(?:e|es|ed|ing)|relocat(?:e|es|ed|ing|ion))\b", re.IGNORECASE)
# the endings of a question's verb forms asked where of ("where was it hosted", "where are they stored")
ACT_ENDINGS = ("ed",)
# the words opening a clause under the question's own ("when", "while" …): its verbs are not the act asked where of
SUBORDINATORS = frozenset("when while after before because since as until that which who whom whose if".split())
# the verb "be" before a past participle: a passive ("the letter was taped to the door"; general English)
BE_FORMS = frozenset("is are was were be been being".split())
# the words for a thing just named that an act is done to ("taped it to the door"; general English)
OBJECT_PRONOUNS = frozenset({"it", "them"})


@functools.cache
def landing_typed() -> re.Pattern[str]:
    """The typed words of a landing asked, between "where did" (or "where'd") and its verb (`landing_forms`)."""
    verbs = "|".join(sorted(LANDING_FORMS, key=len, reverse=True))
    return re.compile(rf"\bwhere(?:'d|\s+\w+)\s+(.+?)\s+(?:{verbs})\s+up\b", re.IGNORECASE)


@functools.cache
def past_form(word: str) -> bool:
    """The word is a verb's past form or past participle as lemminflect inflects it ("taped", "left", "put", "hung",
    "sent"), whatever else it may be too ("left")."""
    from lemminflect import getInflection, getLemma  # loaded lazily: only a question asking where a thing landed

    return any(word in getInflection(lemma, tag) for lemma in getLemma(word, upos="VERB") for tag in ("VBD", "VBN"))


def noun_head(subject: list[str]) -> str:
    """The head of a noun phrase typed before its verb: the last of its first run of words, past determiners, that
    lemminflect knows as nouns, adjectives or numbers ("the 2018 letter": letter; "the letter to the guild's
    warden": letter; "the petition w 140k signatures": petition); the first word counts whatever it is
    ("the anti-guild messages": messages). "" for none."""
    run: list[str] = []
    for w in subject:
        if not run and w in ("the", "a", "an", "their", "its", "his", "her", "that", "this", "those", "these"):
            continue
        if run and (w in STOPWORDS or not (w.isdigit() or {"NOUN", "ADJ", "PROPN"} & set(English.lemmas(w)))):
            break
        run.append(w)
    return run[-1] if run else ""


NEAR_BEST = 0.6  # a candidate this close to the best (score and coverage) may answer instead of it
CANDIDATES = 6


# "where did Lind say that", "… tell the Gazette": a saying asked of (its verbs' stems; general English)
SAYING_ASKED = frozenset(stem(w) for w in "say says said tell tells told".split())
# a verb of saying in a statement, and what opens the words said after it (" that ", a quotation mark, a colon)
SAID_VERB = on_first_use(r"\b(?:said|says|told|tells|argued|claimed|wrote|called)\b", re.IGNORECASE)
WORDS_OPEN = on_first_use(r"\bthat\b|[\"“:]")


def landing_thing(tokens: list[str]) -> str:
    """ "Where did the letter end up", "… took the letter so where'd it wind up": the thing a 'where' question asks
    came to rest where (LANDING_FORMS before "up", no act after it: "where did they end up taping it"
    asks of the taping), as the head of the verb's subject (`noun_head`: "the letter to the warden": letter), or for
    a pronoun the noun after the last determiner before the question ("wouldn't take the letter so where did it end
    up": letter). "" when none is asked, or people are ("where did the keepers end up": where they went)."""
    at = next((i for i, w in enumerate(tokens[:-1]) if w in LANDING_FORMS and tokens[i + 1] == "up"), None)
    where = next((i for i, w in enumerate(tokens) if w == "where"), None)
    if at is None or where is None or where + 2 >= at:
        return ""
    after = tokens[at + 2 : at + 3]
    if after and "VBG" in _tags(after[0]):
        return ""
    subject = noun_head(tokens[where + 2 : at]) if tokens[at - 1] not in OBJECT_PRONOUNS else tokens[at - 1]
    if subject in OBJECT_PRONOUNS:
        named = [i + 1 for i, w in enumerate(tokens[:where]) if w in ("the", "a", "an", "their", "its")]
        subject = tokens[named[-1]] if named and named[-1] < where else ""
    return "" if subject in PERSON_NOUNS or subject in STOPWORDS else subject


@functools.cache
def _tags(word: str) -> frozenset[str]:
    """The verb tags lemminflect gives `word` as a form of any of its verb lemmas ("taping": VBG)."""
    from lemminflect import getAllInflections, getLemma  # loaded lazily, as `past_form`

    return frozenset(
        tag
        for lemma in getLemma(word, upos="VERB")
        for tag, forms in getAllInflections(lemma, upos="VERB").items()
        if word in forms
    )


def landing_phrase(tokens: list[str], text: str) -> str:
    """The words naming the thing a 'where did it end up' question asks of (`landing_thing`), as typed: the words
    between its "where" (and the auxiliary after it) and its verb ("where did the letter w 2 names end up": "the letter
    w 2 names"), or "the <thing>" for a pronoun or words not found as typed. "" when no landing is asked."""
    thing = landing_thing(tokens)
    if not thing:
        return ""
    typed = landing_typed().search(text)
    said = typed.group(1).strip() if typed is not None else ""
    return said if said and said.lower() not in OBJECT_PRONOUNS else f"the {thing}"


def before_words_said(statement: str) -> str:
    """The statement up to the words its first verb of saying reports ("Lind told the Gazette at the pier that the
    harbour …" -> "Lind told the Gazette at the pier "), or all of it when it reports none: where a saying was is
    told around its verb, never inside what was said."""
    verb = SAID_VERB().search(statement)
    opening = WORDS_OPEN().search(statement, verb.end()) if verb is not None else None
    return statement[: opening.start()] if opening is not None else statement


@dataclass(frozen=True, slots=True)
class Placement:
    """What a 'where' or 'where is X based' question may be answered from (Venues.place)."""

    stated: bool  # some candidate states what is asked (a place; where something is based): else no answer
    hit: Hit | None = None  # a near-best candidate that answers instead of the best, when one must
    unpublished: bool = False  # not stated: the outlet that carried a piece was asked, and no candidate names one
    unlanded: str = ""  # not stated: where a thing ended up was asked ("the letter"), and no candidate puts it


class Venues:
    def __init__(self, brief: Brief) -> None:
        self.brief = brief

    def states_where(self, fact_id: str, asked: set[str]) -> bool:
        """The fact (or glossary entry, by its description) states a place: a place entity it names in its
        statement whose name is not all among `asked`, or a venue not among `asked`; of a saying asked (SAYING_ASKED),
        only outside the words said, and an outlet spoken to is where too (`_told_outlet`)."""
        statement, named = self._text(fact_id)
        saying = not SAYING_ASKED.isdisjoint(asked)
        if saying:
            # "where did Lind tell the Gazette that": a place named in what was said ("… the harbour in Eastport")
            # is what the words are about, not where they were said (fresh tester 79 F2)
            statement = before_words_said(statement)
        said = {stem(w) for w in words(statement)}
        for ent_id in named:
            entity = self.brief.entities.get(ent_id)
            # (of a saying, the outlet told it, not asked of: "where did Lind say that" of "Lind told the Gazette")
            place = entity is not None and (entity.kind == "place" or (saying and self._told_outlet(fact_id, ent_id)))
            name = {stem(w) for w in words(entity.name) if w not in STOPWORDS} if entity is not None else set()
            # "where was the harbour shop they occupied": the shop asked of is named, not where it is (as a venue
            # among `asked` is never where)
            if place and name <= said and not name <= asked:
                return True
        return next(self._venues(statement, asked), None) is not None or online_venue(statement) is not None

    def _told_outlet(self, fact_id: str, ent_id: str) -> bool:
        """The entity is a news outlet (a glossary entry of kind "media") the fact names that is not the outlet of an
        article it cites: one someone spoke to ("Lind told the Gazette"), not the one reporting it."""
        entity = self.brief.entities.get(ent_id)
        fact = self.brief.facts.get(fact_id)
        if entity is None or entity.kind != "media" or fact is None:
            return False
        reporters = {
            fold(outlet).lower() for c in fact.citations if (outlet := self.brief.sources[c.source].outlet) is not None
        }
        return reporters.isdisjoint(fold(n).lower() for n in [entity.name, *entity.aliases])

    def _venues(self, statement: str, asked: set[str]) -> Iterator[re.Match[str]]:
        """The venue phrases (VENUE) of `statement` that tell where: not a date, a stop word or what is `asked`; and
        when `asked` holds a verb of going or sending (DESTINATION_ASKS), where to (DESTINATION)."""
        found_in = VENUE().finditer(statement)
        if not DESTINATION_ASKS.isdisjoint(asked):
            found_in = itertools.chain(found_in, DESTINATION().finditer(statement))
        for found in found_in:
            word = found.group("venue").lower()
            if found.group("determiners") and word in MONTH_WORDS:
                # "in a September Gazette op-ed": the month dates the noun after it, which may be where
                if any(w not in asked for w in self._dated_noun(statement, found.end())):
                    yield found
                continue
            if word in STOPWORDS or word in NOT_VENUES:
                continue
            after = DATED_NOUN().match(statement, found.end())
            if after is not None and after.group(1).lower() in TIME_NOUNS:
                continue  # "on a Jewish day of mourning": a day described, when it was
            if stem(word) in asked and not found.group("relative"):
                continue  # "in the guild" asked about the guild; "a block from the guild hall" still tells where
            yield found

    def places_act(self, fact_id: str, q: Question, asked: set[str]) -> bool:
        """The fact's statement gives a venue right after a verb the question asks where of ("where is the ledger
        stored": "stored on the guild's servers"), not only a place of another act ("a vigil at the guild hall
        over the ledger stored there")."""
        # (where something is based is `based`'s, which also asks it be of the one named)
        # the main clause's verbs only: "where were they standing when she shouted" asks where they stood
        main = list(itertools.takewhile(lambda w: w not in SUBORDINATORS, q.words[1:]))
        acts = {stem(w) for w in main if w.endswith(ACT_ENDINGS) and w not in STOPWORDS and w not in BASED_ASKS}
        if not acts:
            return False
        statement = self._text(fact_id)[0]
        # the verb itself as a participle or past form ("hosted on"), not a noun of its stem ("protesters at")
        return any(
            before[-1].lower().endswith(ACT_ENDINGS) and stem(before[-1].lower()) in acts
            for found in self._venues(statement, asked)
            if (before := words(statement[: found.start()]))
        )

    @staticmethod
    def asks_outlet(q: Question) -> bool:
        """A 'where' question asking what outlet carried a piece (PUBLISHING_ASKED; CARRYING_ASKED with a piece),
        opening with its "where" (not "the publish date of the article where …", whose "where" opens a clause)."""
        if q.kind != "where" or "where" not in q.words[:2]:
            return False
        return not PUBLISHING_ASKED.isdisjoint(q.words) or (
            not CARRYING_ASKED.isdisjoint(q.words) and not PIECES.isdisjoint(q.words)
        )

    def names_outlet(self, doc_id: str) -> bool:
        """The fact names among its entities a media outlet (a glossary entry of kind "media") other than the
        outlets of the articles it cites: "in a Gazette op-ed, Lind argued …" (cited from the Courier) names where
        the op-ed ran; "Lind wrote an op-ed, the Courier noted" only who reported it. A glossary entry names one
        when it is one (the Gazette's entry, "… that published Lind's op-ed")."""
        fact = self.brief.facts.get(doc_id)
        if fact is None:
            entity = self.brief.entities.get(doc_id)
            return entity is not None and entity.kind == "media"
        reporters = {
            fold(outlet).lower() for c in fact.citations if (outlet := self.brief.sources[c.source].outlet) is not None
        }
        for ent_id in fact.entities:
            entity = self.brief.entities.get(ent_id)
            named = [] if entity is None or entity.kind != "media" else [entity.name, *entity.aliases]
            if named and reporters.isdisjoint(fold(n).lower() for n in named):
                return True
        return False

    def tells_writing(self, doc_id: str) -> bool:
        """The fact (statement or quotes) tells of writing: a form of "write", or a written thing (WRITTEN_NOUNS)."""
        fact = self.brief.facts.get(doc_id)
        if fact is None:
            return False
        text = " ".join([fact.statement, *(c.quote for c in fact.citations)]).lower()
        return not (WRITING_ASKED | WRITTEN_NOUNS).isdisjoint(words(text))

    @staticmethod
    def _dated_noun(statement: str, at: int) -> list[str]:
        """The stems of the words after a month modifying a noun, from `at` to the first stop word or mark ("in the
        September 2019 Gazette op-ed, …": gazett, op-ed), less years and other words of time."""
        out = []
        while (found := DATED_NOUN().match(statement, at)) is not None and found.group(1).lower() not in STOPWORDS:
            word, at = found.group(1).lower(), found.end()
            if not word[:1].isdigit() and word not in NOT_VENUES:
                out.append(stem(word))
        return out

    def _text(self, doc_id: str) -> tuple[str, Sequence[str]]:
        """A fact's statement and entities, or a glossary entry's description and none; ("", []) for neither."""
        fact = self.brief.facts.get(doc_id)
        if fact is not None:
            return fact.statement, fact.entities
        entity = self.brief.entities.get(doc_id)
        return (entity.description, []) if entity is not None else ("", [])

    def says_based(self, doc_id: str) -> bool:
        """The fact (or glossary entry) says where something is based ("based in", "headquarters", "X-based")."""
        return BASED().search(self._text(doc_id)[0]) is not None

    def bases_asked(self, doc_id: str, q: Question) -> bool:
        """The fact says where something is based (`says_based`) and, when the question names no entity but
        articles by their outlets (`q.sources`: "where is the Gazette based"), names those outlets in its statement:
        a base told of another (the guild's town) is not theirs. Entities asked are weighed by `based`."""
        text = self._text(doc_id)[0]
        if not self.says_based(doc_id):
            return False
        outlets = [o for s in q.sources if s in self.brief.sources and (o := self.brief.sources[s].outlet)]
        return bool(q.entities) or all(fold(o).lower() in fold(text).lower() for o in outlets)

    @staticmethod
    def _near_best(ranked: list[Hit], best: Hit) -> list[Hit]:
        """The candidates that may stand in for the best: among the first CANDIDATES, within NEAR_BEST of it."""
        return [
            h
            for h in ranked[:CANDIDATES]
            if h.score >= NEAR_BEST * best.score and h.coverage >= NEAR_BEST * best.coverage
        ]

    def based(self, ranked: list[Hit], best: Hit, named: list[str]) -> Hit | None:
        """The first near-best candidate that says where something is based (`says_based`) and names all of
        `named` (the question's entities: "where is the guild based" is not answered by where the Gazette is), or
        None."""
        for h in self._near_best(ranked, best):
            fact = self.brief.facts.get(h.id)
            if self.says_based(h.id) and set(named) <= (set(fact.entities) if fact is not None else {h.id}):
                return h
        return None

    def asked(self, q: Question) -> set[str]:
        """The stems a 'where' question names itself (its words and its names' words): never its answer."""
        asked = {stem(w) for w in q.words}
        for ent_id in q.entities:
            asked |= {stem(w) for w in words(self.brief.entities[ent_id].name)}
        return asked

    def where(self, q: Question, ranked: list[Hit], best: Hit) -> Hit | None:
        """For a 'where' question whose best fact states no place: the first near-best candidate that does, one the
        brief relates to the best (`related`: the same event told elsewhere) before any other ("where did the
        digital protest take place": the protest's own fact, not another protest's place). For one asking where a
        thing ended up (`asks_landing`), a near-best candidate putting the thing somewhere (`puts_thing`) when the
        best does not: where the keepers met is not where their letter was left."""
        fact = self.brief.facts.get(best.id)
        if q.kind != "where" or fact is None:
            return None
        asked = self.asked(q)
        thing = landing_thing(q.words)
        if thing and not self.puts_thing(best.id, thing, asked):
            put = next(
                (h for h in self._landing_candidates(q, ranked, best) if self.puts_thing(h.id, thing, asked)), None
            )
            if put is not None:
                return put
        if self.states_where(best.id, asked):
            if self.places_act(best.id, q, asked):
                return None
            # a place of another act than the one asked: a near-best candidate placing the act asked answers
            near = self._near_best(ranked, best)
            placing = (h for h in near if h.id in self.brief.facts and self.places_act(h.id, q, asked))
            return next((h for h in placing if self._tells_people(q, h.id)), None)
        stating = [
            hit
            for hit in self._near_best(ranked, best)
            if hit.id != best.id
            and hit.id in self.brief.facts
            and self.states_where(hit.id, asked)
            and self._tells_people(q, hit.id)
        ]
        # one placing the very act asked before one placing another act ("a vigil at the guild hall over the ledger")
        acting = [h for h in stating if self.places_act(h.id, q, asked)]
        for group in (acting, stating):
            if group:
                return next((h for h in group if h.id in fact.related), group[0])
        return None

    def _landing_candidates(self, q: Question, ranked: list[Hit], best: Hit) -> Iterator[Hit]:
        """The facts that may tell where a thing asked of ended up: the near-best candidates, then the facts the brief
        relates to the best (the same event told in parts: the keepers' gathering, then their letter taped to the
        door) that name every entity the question does, each as ranked (or standing in the best's rank)."""
        fact = self.brief.facts[best.id]
        as_ranked = {h.id: h for h in ranked}
        yield from (h for h in self._near_best(ranked, best) if h.id in self.brief.facts)
        for rel in fact.related:
            told = self.brief.facts.get(rel)
            if told is not None and set(q.entities) <= set(told.entities):
                yield as_ranked.get(rel, Hit(rel, best.score, best.coverage))

    def puts_thing(self, fact_id: str, thing: str, asked: set[str]) -> bool:
        """The fact's statement tells the thing (`thing`, a noun) put somewhere: a venue (or a destination, "to the
        door") right after a verb's object, the thing or a pronoun for it, the verb a past form before it ("taped it
        to the door", "left the letter at the gate"), or after the thing put, in the passive ("messages posted on
        the guild's page"); not a place where people gathered. `asked`: the question's
        stems, never a venue."""
        statement = self._text(fact_id)[0]
        for found in itertools.chain(self._venues(statement, asked), DESTINATION().finditer(statement)):
            before = [w.lower() for w in words(statement[: found.start()])][-3:]
            if len(before) < 2 or found.group("venue").lower() in STOPWORDS:
                continue
            if self._put_before(before, thing):
                return True
        return False

    @staticmethod
    def _put_before(before: list[str], thing: str) -> bool:
        """The last words before a venue put the thing there: a past form (`past_form`) and its object, the thing or
        a pronoun for it ("taped it", "left the letter"), or the thing and its past participle, perhaps after a
        form of "be" (a passive: "messages posted", "the letter was taped")."""

        def is_thing(word: str) -> bool:
            return word in OBJECT_PRONOUNS or stem(word) == stem(thing)

        if is_thing(before[-1]):
            verb = before[-2] if before[-1] in OBJECT_PRONOUNS or len(before) < 3 else before[-3]
            return past_form(verb)
        if not past_form(before[-1]):
            return False
        return is_thing(before[-2]) or (len(before) > 2 and before[-2] in BE_FORMS and is_thing(before[-3]))

    def _tells_people(self, q: Question, fact_id: str) -> bool:
        """A 'where' question naming people by a noun ("where did the dock workers protest") is answered in another
        fact's stead only by one telling of people of the same part (PERSON_ROLES: "staff" for "workers"; any people
        for "people"): one telling of none (the guild's servers "hosted on the Harbour cloud") or of others
        ("organizers planned to protest at the pier") tells where something else was, not where they did it."""
        asked = [w for w in q.words if w in PERSON_NOUNS]
        if not asked:
            return True
        told = set(words(self.brief.facts[fact_id].statement.lower())) & PERSON_NOUNS
        roles = [role_of(w) for w in asked]
        if any(role is None for role in roles):
            return bool(told)  # "people": anyone told of
        return any(not role.isdisjoint(told) for role in roles if role is not None)

    def place(self, q: Question, ranked: list[Hit], first: Hit, best: Hit) -> Placement:
        """Whether and from what a question asking where is answered: `first` is the decided best candidate,
        `best` the one the answer was composed from (a speaker's quote may have replaced it). A 'where' question is
        answered from a near-best candidate stating a place when `first` states none (`where`), and not at all when
        neither it nor `best` does; one asking where something is based (BASED_ASKS) only from a candidate saying
        so (`based`); one asking where something moved (MOVE_ASKS) only from one telling of a move. Any other
        question: Placement(stated=True), the composed answer stands."""
        placed = self.where(q, ranked, first)
        if self.asks_outlet(q) and not self.names_outlet((placed or best).id):
            # "where did Lind publish her op-ed": a fact telling she wrote it, with no outlet named (a place in it
            # is of something else), would lead as if it said where; a near-best candidate naming one answers
            named = next((h for h in self._near_best(ranked, first) if self.names_outlet(h.id)), None)
            return Placement(stated=named is not None, hit=named, unpublished=named is None)
        thing = landing_thing(q.words) if q.kind == "where" else ""
        if thing and not self.puts_thing((placed or first).id, thing, self.asked(q)):
            # "where did the petition end up" of protesters who tried to hand it over at an office: where they stood
            # is not where it ended up, which no close fact tells
            return Placement(stated=False, unlanded=landing_phrase(q.words, q.text))
        moved = MOVED().search(self._text((placed or best).id)[0])
        if q.kind == "where" and not MOVE_ASKS.isdisjoint(q.words) and moved is None:
            return Placement(stated=False)  # a move asked; the fact tells of none
        if q.kind == "where" and not WRITING_ASKED.isdisjoint(q.words) and not self.tells_writing((placed or best).id):
            # "where did Lind write that": words she told a news channel were spoken, written nowhere; a near-best
            # candidate telling of writing, with a place, answers instead, else none
            asked = self.asked(q)
            written = next(
                (
                    h
                    for h in self._near_best(ranked, first)
                    if h.id in self.brief.facts and self.tells_writing(h.id) and self.states_where(h.id, asked)
                ),
                None,
            )
            return Placement(stated=written is not None, hit=written)
        if placed is None and q.kind == "where" and not self.states_where(best.id, self.asked(q)):
            return Placement(stated=False)  # no place stated at all
        if not BASED_ASKS.isdisjoint(q.words) and not self.bases_asked((placed or best).id, q):
            based = self.based(ranked, best, q.entities)
            if based is not None and not self.bases_asked(based.id, q):
                based = None
            return Placement(stated=based is not None, hit=based)
        return Placement(stated=True, hit=placed)
