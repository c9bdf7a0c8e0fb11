"""Questions asking what something is called ("what was the name of the May 2011 harbour document", "what was the
report called"): the answer leads with the name itself, a glossary entry's name, not with a fact that describes
the thing without naming it.

The named thing is one of the glossary entries the best fact involves or the question names by another alias,
chosen by how much of the question its entry holds, of the kind the noun asked about fits when the question
has one ("initiative" -> a program, "report" -> a document, "CEO" -> a person). The words that ask for a name
("name", "called") are cue words: they shape the answer, and no fact needs to contain them. Only English grammar
and the glossary's kinds are named here.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from functools import lru_cache

from bot.answering.retrieve import PLACE_KINDS, Hit, Retriever
from bot.answering.understand.asked import PHRASE_WORDS, asked_noun, owner_in, phrase_head
from bot.answering.understand.classes import HELD_AT, NOUN_KINDS, PERSON_KINDS, described_as
from bot.answering.understand.lexicon import ANYONE, AUXILIARIES, PERSON_NOUNS
from bot.answering.understand.question import Question
from bot.answering.understand.understander import LEADER_ROLES
from bot.factbase import Brief
from bot.search import stem
from bot.text import STOPWORDS, Deferred, is_number, words

ASKS_NAME = re.compile(
    r"\b(name|title) of\b|\b(called|named|titled)( again| exactly| now| today)?$|\bcalled what\b"
    r"|\bwhat (was|is|were|are) (it|they) called\b|^(what|whats|what s) (was |is )?(the|its|their) (name|title)\b"
    # "what was the project called that the guild ran": "called" closes the asking, a relative clause after it says
    # which project
    r"|^(what|whats|what s) (was|is|were|are|s) (the|its|their) .+ (called|named|titled) (that|which|who)\b"
)
# a person who reported a story, not one acting in it: a person the brief names is one only when its entry says so
# ("the Courier reporter" is not the guild's CEO whom the Courier's facts name)
ROLE_NOUNS = frozenset({"reporter", "journalist", "photographer"})
# ranks of a person in an organization (general English): "which guild executive met them" asks one of rank, which a
# fact naming the one who did it only as staff ("a guild employee", PERSON_NOUNS) does not tell (fresh tester 73, O4)
RANKS = LEADER_ROLES | frozenset("executive exec manager official founder".split())
# the ranks that are a noun for a person (NOUN_KINDS): what "who was the guild director" asks to be named
PERSON_RANKS = frozenset(r for r in RANKS if NOUN_KINDS.get(r) == PERSON_KINDS)
ONE = frozenset("a an one the".split())  # "a guild employee": one person, as one of a rank is asked
# words after an owner's "'s" that may hold the person noun making one its ("the Guild's chief executive")
OWNED_PERSON_REACH = 2
GROUP_NOUNS = frozenset("staff people children men women family folks".split())  # "its staff": no one person
# words a role asked by "who was the …" may run to, modifiers and a name before its noun ("the acting guild director")
ROLE_REACH = 6
# words that end the noun phrase of such a role: a clause or a place or time after it ("… director when the lease …")
CLAUSE_OPENERS = frozenset("when while that who which whom whose where at in during after before with".split())
# "the names of the (guild) staff / protesters who …": people asked by name, a few words of whose before the noun
NAMES_OF_PEOPLE = re.compile(
    r"\bnames of (?:the |those |all the )?(?:\S+ ){0,2}?(?:staff|staffers|employees|workers|people|protesters|"
    r"activists|organizers|signers|signatories|members)\b"
)
PLURAL_PEOPLE = frozenset("people persons men women".split())  # plurals of persons not made by an "s" (English)
YEAR = re.compile(r"(?:19|20)\d\d")  # "who were the 2019 protesters": a year, no count
# what a thing is called by its name ("a program called Lantern", "named", "titled"), not what it is called as a
# judgement (lexicon.CALLING_VERBS: "labelled", "branded" never name one): kept apart on purpose
CALLING = frozenset("called named titled".split())
# the words that close a noun phrase's head, opening a phrase or clause qualifying it (English prepositions and
# relative words)
HEAD_CLOSERS = frozenset("of on about in at for from by with against over behind into under that which who".split())
NAME_WORDS = frozenset("name names named call called title titled".split())
MIN_COVERAGE = 0.4  # the entry must hold this share of what the question asks about
CANDIDATE_HITS = 5
ASKED_KEPT = 1024  # question texts whose asks_name answer is kept (arbitrary user text: bounded)


@lru_cache(maxsize=ASKED_KEPT)
def asks_name(text: str) -> bool:
    """The question `text` asks what something is called. Kept per text: answering one question asks it up to
    three times (a name question's reading, then which noun is unnamed), each splitting the text into words again."""
    return ASKS_NAME.search(" ".join(words(text))) is not None


# "what is it called now", "what is it now called": the name it goes by, which the entry's name is as the articles
# give it ("Lantern Beacon (now Lantern)"), not a state of today beyond their dates
NOW_CALLED = Deferred(r"\bnow (called|named|titled)\b|\b(called|named|titled) now\b")


# "what was X called before", "X's old name", "what was X formerly known as": the name X went by earlier, which an
# article gives as one it no longer goes by (FORMERLY_TOLD, NOW_TOLD), never X's own name (general English)
FORMER_ASKED = re.compile(
    r"\b(?:called|named|known as) (?:before|previously|originally|formerly|earlier|at first)\b"
    r"|\b(?:formerly|previously|originally|once) (?:called|named|known as)\b"
    r"|\b(?:old|former|previous|original|earlier) name\b|\bused to be (?:called|named|known as)\b"
)
FORMERLY_TOLD = "formerly (?:called|named|known as) "  # "software formerly called Lantern Beacon"
# "Lantern Beacon, which is now called Lantern", "Lantern Beacon software (now Lantern)": what it was called once
NOW_TOLD = r"[^.;]{0,40}?\bnow (?:called |named |known as )?"


def asks_former_name(text: str) -> bool:
    """The question `text` asks the name something went by earlier (FORMER_ASKED)."""
    return FORMER_ASKED.search(" ".join(words(text))) is not None


def former_name(name: str, aliases: Sequence[str], texts: Sequence[str]) -> str | None:
    """The alias of an entry that one of `texts` (its description, its facts' statements) gives as the name it went
    by before: right after FORMERLY_TOLD, or before NOW_TOLD and the entry's name or another alias; None when no
    text says so. An alias made of the name's own words ("Lamp" of "Harbour Lamp") is no former name."""
    own = set(words(name.lower()))
    current = "|".join(re.escape(n) for n in sorted({name, *aliases}, key=len, reverse=True))
    for alias in aliases:
        if set(words(alias.lower())) <= own:
            continue
        old = re.escape(alias)
        formerly = re.compile(rf"\b{FORMERLY_TOLD}{old}\b|\b{old}\b{NOW_TOLD}(?:{current})\b", re.IGNORECASE)
        if any(formerly.search(text) for text in texts):
            return alias
    return None


def without_name_words(q: Question) -> Question:
    """The question with its name-asking words as cues: "called" is how it asks, not what it is about (nor a "now"
    asking the name it goes by: NOW_CALLED)."""
    if not asks_name(q.text):
        return q
    named_attribute = bool(q.attribute) and set(q.attribute) <= NAME_WORDS  # "what was X called" is not X's "called"
    return replace(
        q,
        terms=[t for t in q.terms if t not in NAME_WORDS],
        leftover=[t for t in q.leftover if t not in NAME_WORDS],
        attribute=[] if named_attribute else q.attribute,
        owner=[] if named_attribute else q.owner,
        current=q.current and NOW_CALLED.search(" ".join(words(q.text))) is None,
    )


def _noun_kinds(tokens: list[str]) -> frozenset[str]:
    """The kinds fitting the noun whose name is asked: the first such noun after "name of" / "title of", else the
    head of the phrase before "called" (`_called_head`: "the guild's Operation Lantern report called", "the guild
    report on Operation Lantern called": the report, not the operation), else the last one."""
    for i in range(len(tokens) - 1):
        if tokens[i] in ("name", "title") and tokens[i + 1] == "of":
            for t in tokens[i + 2 :]:
                if t in NOUN_KINDS:
                    return NOUN_KINDS[t]
    if (head := _called_head(tokens)) is not None:
        return NOUN_KINDS[head]
    for t in reversed(tokens):
        if t in NOUN_KINDS:
            return NOUN_KINDS[t]
    return frozenset()


def _named_head(tokens: list[str]) -> str | None:
    """The head of the phrase after "name of" ("the name of the harbour lamp that …" -> "lamp"), or None."""
    for i in range(len(tokens) - 1):
        if tokens[i] == "name" and tokens[i + 1] == "of":
            phrase: list[str] = []
            for t in tokens[i + 2 :]:
                if t in ("that", "which", "who", "where", "when") or (phrase and t in STOPWORDS):
                    break
                if t not in STOPWORDS:
                    phrase.append(t)
            # its last noun NOUN_KINDS knows ("the guild harbour project lind was mad about": the project), else its
            # last word
            return next((t for t in reversed(phrase) if t in NOUN_KINDS), phrase[-1] if phrase else None)
    return None


def _called_head(tokens: list[str]) -> str | None:
    """The head of the noun phrase before a closing "called": the last noun NOUN_KINDS knows before it ("what was
    the harbour project the guild ran called" -> "project"), up to a preposition or relative word after one ("the
    guild report on the harbour program" -> "report"), or None. English: a phrase after a noun's head qualifies it;
    the thing named is the head."""
    at = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i] in CALLING), -1)
    head = None
    for t in tokens[:at] if at > 0 else ():
        if head is not None and t in HEAD_CLOSERS:
            break
        if t in NOUN_KINDS:
            head = t
    return head


def counted_people(tokens: list[str]) -> str | None:
    """ "Who were the 12 people arrested", "who are the 40 keepers who signed": who the individuals a count
    gives are, asked by the count and a plural noun of persons ("people", or the plural of a NOUN_KINDS person
    noun) right after it: that plural noun; None otherwise. Only persons named answer it (a group is no one of
    them); without a count ("who were the protesters") a group may be the answer."""
    if tokens[:1] not in (["who"], ["whos"]) or tokens[1:2] not in (["were"], ["are"]):
        return None
    reach = tokens[2 : 2 + ROLE_REACH]
    for i, t in enumerate(reach):
        if not is_number(t) or YEAR.fullmatch(t):
            continue
        # the noun right after the count, or past one word naming whose they are ("the 200 Courier employees")
        for at, noun in enumerate(reach[i + 1 : i + 3]):
            singular = noun[:-1] if noun.endswith("s") else ""
            if noun in PLURAL_PEOPLE or NOUN_KINDS.get(singular) == PERSON_KINDS:
                return noun
            if at or noun in STOPWORDS:
                break
    return None


def _person_word(word: str) -> bool:
    """`word` is a word for a person: a role (NOUN_KINDS: "official", "ceo"), a plain word for people (PERSON_NOUNS:
    "employee") or one saying nothing of who (ANYONE: "guy")."""
    return NOUN_KINDS.get(word) == PERSON_KINDS or word in PERSON_NOUNS or word in ANYONE or word in RANKS


def _asks_who_by_role(tokens: list[str]) -> bool:
    """ "who was the agent that …", "who's the organizer who …", "who was the acting Harbour director when …": who
    a person described by a role is (the role's noun within ROLE_REACH words, before any word opening a clause)."""
    for i in range(len(tokens) - 2):
        if tokens[i] in ("who", "whos") and tokens[i + 1] in ("is", "was", "were", "s", "the"):
            rest = list(itertools.takewhile(lambda t: t not in CLAUSE_OPENERS, tokens[i + 1 : i + 1 + ROLE_REACH]))
            # "who was the guild guy who …": a word saying nothing of who (ANYONE) asks for a person as a role does
            return any(NOUN_KINDS.get(t) == PERSON_KINDS or t in ANYONE for t in rest)
    return False


def _role_asked(tokens: list[str], nouns: AbstractSet[str] = ROLE_NOUNS) -> str | None:
    """The `nouns` word (ROLE_NOUNS unless given) a "who was the …" question ends its role with ("who is the
    Courier reporter" -> "reporter"), before any word opening a clause; None otherwise."""
    rest = list(itertools.takewhile(lambda t: t not in CLAUSE_OPENERS, tokens[2:]))
    return rest[-1] if rest and rest[-1] in nouns else None


_PHRASE_STOPS = AUXILIARIES | STOPWORDS  # the words an owned noun's phrase ends at


def _owned_noun(tokens: list[str], text: str, owner: str) -> str | None:
    """ "which town's harbour office …": the head noun (NOUN_KINDS) of what the asked `owner` noun is given as the
    owner of in `text` (the question as typed), read PHRASE_WORDS on up to a function word; None when the noun is
    no owner there, or what it owns is of no kind NOUN_KINDS knows."""
    if owner not in tokens or not owner_in(owner, text.lower()):
        return None
    return phrase_head(tokens, tokens.index(owner), PHRASE_WORDS, NOUN_KINDS.keys(), _PHRASE_STOPS)


class Namer:
    def __init__(self, brief: Brief, retriever: Retriever, specific_entities: set[str]) -> None:
        self.brief = brief
        self.retriever = retriever
        self.specific = specific_entities

    @staticmethod
    def _says_name(name: str, aliases: list[str], typed: set[str]) -> bool:
        """The question's words hold the entry's name, or an alias made of the name's own words ("Admiralty" for
        "Harbour Navy (Admiralty)"); a describing alias ("the guild's Operation Lantern report") does not count."""
        name_stems = {stem(w) for w in words(name) if w not in STOPWORDS}
        for form in [name, *aliases]:
            form_stems = {stem(w) for w in words(form) if w not in STOPWORDS}
            if form_stems and form_stems <= name_stems and form_stems <= typed:
                return True
        return False

    def named(self, q: Question, ranked: list[Hit], best_id: str) -> str | None:
        """The glossary entry whose name answers a name question, or None (not a name question, or nothing fits)."""
        if not asks_name(q.text):
            return None
        brief = self.brief
        candidates: list[str] = []
        fact = brief.facts.get(best_id)
        if fact is not None:
            candidates += fact.entities
        elif best_id in brief.entities:
            candidates.append(best_id)
        candidates += q.entities
        candidates += [h.id for h in ranked[:CANDIDATE_HITS] if h.id in brief.entities]
        typed = {stem(w) for w in q.words}
        head = _named_head(q.words)
        if head and any(head in words(brief.entities[e].name) for e in q.entities if e in brief.entities):
            return None  # "the name of the harbour lamp": the question names it already; no other name is asked
        weights = self.retriever.weights(q, known_only=True)
        kinds = _noun_kinds(q.words)
        best: tuple[tuple[bool, bool, float], str] | None = None
        for ent_id in dict.fromkeys(candidates):
            entity = brief.entities.get(ent_id)
            if entity is None or ent_id not in self.specific:
                continue
            if self._says_name(entity.name, entity.aliases, typed):
                continue  # the question already says this name: it asks about something else
            covered = self.retriever.coverage(ent_id, weights) if weights else 0.0
            if covered < MIN_COVERAGE:
                continue
            if kinds and entity.kind not in kinds:
                continue  # "the name of the Gazette's CEO" is a person's name, not an agency's
            if head in ROLE_NOUNS and not described_as(entity.description, head):
                continue  # "the name of the Gazette reporter": not the CEO its story names
            # (one the question names by another name of its, "what is Harbour Beacon called now", is what is
            # asked: its name answers, before any other entry its fact names)
            key = (entity.kind in kinds, ent_id in q.entities, covered)
            if best is None or key > best[0]:
                best = (key, ent_id)
        return best[1] if best else None

    def unnamed_noun(self, q: Question) -> str | None:
        """The noun of what a question asks to be named ("person" for "what's the name of the activist who …" and
        "who was the agent that …", "nonprofit" for "which nonprofit turned down …" and "what's the name of the
        nonprofit that …"), or None when it asks no such thing."""
        if q.about_entity or q.outlet:
            return None  # "who is the keeper Ada Lind": about the one it names; "which news org ran …": an article's
        if asks_name(q.text) and (head := _named_head(q.words)) in ROLE_NOUNS:
            return head  # "what's the name of the Courier reporter": a person who is one
        if _asks_who_by_role(q.words) and (role := _role_asked(q.words)) is not None:
            return role  # "who is the Courier reporter": a person who is one, not any person its fact names
        if _asks_who_by_role(q.words) and (rank := _role_asked(q.words, PERSON_RANKS)) and self._owner_named(q, rank):
            # "who was the guild director when …": one of the guild's of that rank, not the Courier's director a
            # close fact names (blind set BI), as "which guild director …" asks (asked_noun, `unnamed`'s owner)
            return rank
        if (asks_name(q.text) and _noun_kinds(q.words) == PERSON_KINDS) or _asks_who_by_role(q.words):
            return "person"
        if counted_people(q.words) is not None:
            return "person"  # "who were the 12 people arrested": those counted, each a person
        if NAMES_OF_PEOPLE.search(" ".join(q.words)):
            return "person"  # "the names of the guild staff who signed": people, however many
        head = (_named_head(q.words) or _called_head(q.words)) if asks_name(q.text) else None
        if head in NOUN_KINDS:  # "what's the name of the nonprofit that …", "what was the project … called"
            return head
        return asked_noun(q.words, q.text, self.retriever.english.verb, q.named_at)

    def unnamed(self, q: Question, noun: str, best_id: str, *, held_at: bool = True) -> bool:
        """The candidate `best_id` involves nothing of the kinds `noun` fits ("person", NOUN_KINDS) but what the
        question already names: it tells of the thing asked about without naming it. A glossary entry is such a
        candidate when it is of another kind or named in the question. With `held_at`, a place the fact names
        names a gathering (HELD_AT) held there."""
        kinds = PERSON_KINDS if noun == "person" else NOUN_KINDS[noun]
        entities = self.brief.entities
        typed = {stem(w) for w in q.words}

        def said(ent_id: str) -> bool:  # named by its name, not found by a describing alias ("the guild's … report")
            return ent_id in q.entities and self._says_name(entities[ent_id].name, entities[ent_id].aliases, typed)

        owner = self._owner_named(q, noun)

        def fits(ent_id: str) -> bool:  # of a fitting kind, or described as one ("Courier: a news-sharing platform")
            entity = entities[ent_id]
            if owner is not None and entity.kind in PERSON_KINDS and not self._described_of(entity.description, owner):
                return False  # "which guild official": the Courier's chief, whom a close fact names, is none of its
            if noun in ROLE_NOUNS:  # a person in that role: "the Courier reporter" is no CEO the fact names
                return entity.kind in kinds and described_as(entity.description, noun)
            if held_at and noun in HELD_AT and entity.kind in PLACE_KINDS:
                return True  # "which protest had a petition": the one at the place the fact gives
            return entity.kind in kinds or described_as(entity.description, noun)

        fact = self.brief.facts.get(best_id)
        if fact is None:
            return best_id not in entities or not fits(best_id) or said(best_id)
        if self.owner_named(q, noun, best_id):
            return False  # "which town's harbour office …": the office the fact names says whose it is in its name
        return not any(e in entities and fits(e) and not said(e) for e in fact.entities)

    def rank_untold(self, noun: str, fact_id: str) -> bool:
        """A rank asked (`noun`, RANKS: "which guild executive met the protesters") of a fact whose statement names
        no one of it, only someone by a plain word for people (PERSON_NOUNS: "a guild employee"): the one the fact
        tells of is no "<noun>" it fails to name, and a "don't name that executive" would keep the premise. The plain
        word is of one person (ONE within three words before it, no word for a group: "dissent among its staff" is
        no one told of instead)."""
        fact = self.brief.facts.get(fact_id)
        if noun not in RANKS or fact is None:
            return False
        told = words(fact.statement.lower())
        return RANKS.isdisjoint(told) and any(
            t in PERSON_NOUNS and t not in GROUP_NOUNS and not t.endswith("s") and not ONE.isdisjoint(told[k - 3 : k])
            for k, t in enumerate(told)
            if k >= 3
        )

    def rank_owner(self, q: Question, noun: str) -> str | None:
        """The entry whose person of a rank (`noun`, RANKS) the question asks ("which guild exec …": the guild's,
        `_owner_named`); None when no rank is asked or no owner named before it."""
        return self._owner_named(q, noun) if noun in RANKS else None

    def _owner_named(self, q: Question, noun: str) -> str | None:
        """ "Which guild official signed the lease": the entry the question names right before the noun asked (the
        last word of one of its names), whose person the one asked is; None when no name stands there. A person
        asked by a word saying nothing of who ("person" for "who was the guild guy who …", `unnamed_noun`) is the
        word for a person typed right after a name ("guy", ANYONE; "employee", PERSON_NOUNS; "official")."""
        at = self.asked_at(q, noun)
        if at is None or at - 1 not in q.named_at:
            return None
        entities = self.brief.entities
        return next(
            (
                e
                for e in q.named
                if e in entities
                and any(words(f.lower())[-1:] == [q.words[at - 1]] for f in (entities[e].name, *entities[e].aliases))
            ),
            None,
        )

    @staticmethod
    def asked_at(q: Question, noun: str) -> int | None:
        """Where the question types the noun asked (`unnamed_noun`'s): its first place, or for "person" (asked by a
        word saying nothing of who: "who was the guild guy who …") the first word for a person typed, the one
        asked ("who was the CEO the Guild protesters wrote to": the CEO, not the protesters); None when neither
        is typed."""
        at = next((i for i, w in enumerate(q.words) if w == noun), None)
        if at is None and noun == "person":
            at = next((i for i, w in enumerate(q.words) if _person_word(w)), None)
        return at

    def person_owner(self, q: Question, noun: str) -> str | None:
        """The entry whose person the question asks by `noun` ("who was the guild guy who …", "which guild member
        …": the guild, `_owner_named`); None when `noun` is no word for a person or no owner is named before it."""
        if noun != "person" and NOUN_KINDS.get(noun) != PERSON_KINDS and noun not in PERSON_NOUNS:
            return None  # "the Guild project …": a thing is no one's person
        return self._owner_named(q, noun)

    def told_of_another(self, q: Question, noun: str, fact_id: str) -> bool:
        """ "Who was the guild guy who spoke to the Gazette" (`noun`, a person of the owner the question names before
        it, `_owner_named`): the fact names people (an entry: is one), none of them described as the owner's
        (`_described_of`), so the one it tells of is someone else, not an unnamed person of the owner's."""
        if noun != "person" and NOUN_KINDS.get(noun) != PERSON_KINDS and noun not in PERSON_NOUNS:
            return False  # "the Guild project …": a thing is no one's person
        owner = self._owner_named(q, noun)
        return owner is not None and self.names_none_of(owner, fact_id)

    def owner_from(self, q: Question) -> str | None:
        """ "Who from the guild spoke to the Gazette", "which person from the guild …": the entry named right after
        a "from" that follows the one asked ("who" or a word for a person), whose person the one asked must be
        (general English); None when the question restricts the one asked to no one's."""
        for i in range(1, len(q.words) - 1):
            if q.words[i] != "from" or not (q.words[i - 1] == "who" or _person_word(q.words[i - 1])):
                continue
            at = i + 1 + (q.words[i + 1] == "the")
            if at not in q.named_at:
                return None
            entities = self.brief.entities
            return next(
                (
                    e
                    for e in q.named
                    if e in entities
                    and any(words(f.lower())[:1] == [q.words[at]] for f in (entities[e].name, *entities[e].aliases))
                ),
                None,
            )
        return None

    def names_none_of(self, owner: str, fact_id: str) -> bool:
        """The fact (or entry) names people, none of them described as `owner`'s (`_described_of`): the one it
        tells of is someone else, not a person of the owner's."""
        fact = self.brief.facts.get(fact_id)
        entities = self.brief.entities
        told = fact.entities if fact is not None else [fact_id]  # an entry tells of itself
        people = [entities[e] for e in told if e in entities and entities[e].kind in PERSON_KINDS]
        return bool(people) and not any(self._described_of(p.description, owner) for p in people)

    def _described_of(self, description: str, owner: str) -> bool:
        """A person's description tells them one of `owner`'s: a name of it with "'s" before a word for a person
        within OWNED_PERSON_REACH words ("the Guild's chief executive") or after "of", "with", "at" or "for" ("a
        campaign director with the Guild"); a name of it elsewhere ("asking her to end the Courier's Guild
        contract", "who protested the Guild's harbour work") tells them none of its (general English)."""
        entity = self.brief.entities[owner]
        forms = "|".join(re.escape(f) for f in sorted({entity.name, *entity.aliases}, key=len, reverse=True))
        if re.search(rf"\b(?:of|with|at|for) (?:the )?(?:{forms})\b", description):
            return True
        return any(
            any(_person_word(w) for w in words(description[m.end() :].lower())[:OWNED_PERSON_REACH])
            for m in re.finditer(rf"\b(?:{forms})['’]s\b", description)
        )

    def counted_named(self, q: Question, noun: str, fact_id: str) -> bool:
        """ "Who were the 35 people arrested", "who are the 60 keepers who signed" (`noun`, `counted_people`'s): the
        fact names a person the question does not who may be one of those counted: any, for "people"; for a person
        noun, one its glossary entry describes as one ("a keeper at …", `described_as`), as the chief a letter was
        sent to is none of the keepers who signed it (review 21 M5)."""
        fact = self.brief.facts.get(fact_id)
        if fact is None:
            return False
        typed = {stem(w) for w in q.words}
        singular = None if noun in PLURAL_PEOPLE else noun[:-1]
        entities = self.brief.entities
        return any(
            e in entities
            and entities[e].kind in PERSON_KINDS
            and not self._says_name(entities[e].name, entities[e].aliases, typed)
            and (singular is None or described_as(entities[e].description, singular))
            for e in fact.entities
        )

    def owner_named(self, q: Question, noun: str | None, best_id: str) -> bool:
        """ "which town's harbour office …": `noun` (the asked one, `unnamed_noun`) is typed as the owner of a thing
        of a kind NOUN_KINDS knows, and the fact `best_id` names an entry of that kind the question does not: the
        entry's name is the answer ("Eastport Harbour Office"), though no entry of the owner's kind is named."""
        fact = self.brief.facts.get(best_id)
        owned = _owned_noun(q.words, q.text, noun) if noun is not None and fact is not None else None
        if owned is None or fact is None:
            return False
        typed = {stem(w) for w in q.words}
        entities = self.brief.entities
        return any(
            e in entities
            and entities[e].kind in NOUN_KINDS[owned]
            and not self._says_name(entities[e].name, entities[e].aliases, typed)
            for e in fact.entities
        )
