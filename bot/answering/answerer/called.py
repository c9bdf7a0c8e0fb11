"""What an article or fact calls something: "what kind of company does the Gazette call the guild"
(`Called._kind_called`: three passes over the article's facts, the statement's words after "a", the apposition before
a name, the quote's own words), "is the guild a salvage company" (`_described`, `_called_so`, `_described_yes`) and
the module-level readers of a statement's words they share (`_qualifies`, `_classed_before`, `_label_quoted`).

Layer 3 of the Answerer (above sources.py)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Set
from dataclasses import replace

from bot import messages
from bot.answering.answerer.sources import KIND_CALLING, Sources
from bot.answering.articles import ARTICLE_WORDS
from bot.answering.decide.figures import role_of
from bot.answering.retrieve import Hit
from bot.answering.understand.classes import (
    NOUN_KINDS,
    PERSON_KINDS,
    described_as,
    described_as_phrase,
    described_with_of,
)
from bot.answering.understand.clauses import whole_attribution
from bot.answering.understand.lexicon import AUXILIARIES, COPULAS, DETERMINERS, PERSON_NOUNS
from bot.answering.understand.question import Question
from bot.answering.understand.understander import LEADER_ROLES
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
from bot.records import EntityData, FactData
from bot.replies import Answer
from bot.search import stem
from bot.text import STOPWORDS, Deferred, find_typed, fold, words


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


CALLED_CANDIDATES = 10  # the candidates looked at for a fact calling a name by a noun (`_facts_of`)
CALLED_REACH = 3  # words between a name and the noun a statement calls it by ("CEO of the guild Ada Lind")
# "is Ada Lind a reporter", "was the guild a company": whether a name is one of a kind, asked by one closing noun
IS_A = Deferred(r"^(?:is|was)\s+(?P<who>.+?)\s+(?:a|an)\s+(?P<noun>[a-z]+)$")
# "is the guild a salvage company": a noun with words describing it, which a fact may call the entry in those words
IS_A_DESCRIBED = Deferred(r"^(?:is|was)\s+(?P<who>.+?)\s+(?:a|an)\s+(?P<phrase>[a-z]+(?:\s+[a-z]+){1,2})$")
# "what kind of company does the Gazette call the guild", "what type of firm is it per the Gazette": the words an
# article qualifies a noun with are asked ("a salvage company"), which its calling words may bring in (English)
# "is the guild seafaring": whether a name is what one closing word says of it
IS_QUALIFIED = Deferred(r"^(?:is|was)\s+(?P<who>.+?)\s+(?P<word>[a-z][a-z-]*)$")
# where a description's opening noun phrase ends for `qualifies`: as classes.DESCRIPTION_HEAD, save a comma, which
# may join the words before the noun ("A seafaring, harbour-based guild")
QUALIFIED_HEAD = Deferred(
    r"[;:.(]| (?:where|which|that|who|whose|when|whom|in|on|at|since|from|for|of|not|with|by|to|against|about|and|or) "
)


def qualifies(description: str, word: str) -> bool:
    """A glossary description's opening noun phrase (to QUALIFIED_HEAD) holds `word` before its last word: it
    qualifies the noun the entry is ("A seafaring, harbour-based guild" for "seafaring")."""
    head = words(fold(QUALIFIED_HEAD.split(description, maxsplit=1)[0]))
    return stem(word) in {stem(w) for w in head[:-1]}


KIND_OF = re.compile(r"^(?:what|which)\s+(?:kind|type|sort)s?\s+of\s+(?P<noun>[a-z-]+)\b")
# "what does the Gazette call the guild", "what did the Courier describe it as", "how does the Gazette describe the
# guild": how a named article calls an entry
CALLED_WHAT = re.compile(
    r"^(?:what|how) (?:did|does|do) (?:\S+ ){1,4}(?:call|calls|describe|describes|label|labels) \S+"
)
KIND_CANDIDATES = 6  # the candidates looked at for a fact qualifying the asked noun (`_kind_called`)
CALLED_OPENING = 8  # a statement calling an entry so within its first words leads with it already (`_called_first`)


class Called(Sources):
    """What an article or fact calls a thing (module docstring)."""

    def _described(self, q: Question, shown: str) -> Answer | None:
        """ "Is Ada Lind a reporter", "was the guild a person": a yes/no question whether one named entry is one of
        a kind, asked by one closing noun of a kind or a part people play (classes.NOUN_KINDS, figures.PERSON_NOUNS),
        settled by the entry's description (its first sentence): "Yes" when its opening noun phrase is that noun or
        one of the same part (`described_as`, figures.role_of: an activist for a protester); "No" when the noun is
        of people and the entry is not one, or the other way round (a person is never a group); else the articles do
        not say, and what they call it is shown. None for any other question, or when a fact involving the entry
        uses the noun (or one of its part): that fact may tell it, and the question is answered as any other."""
        asked = IS_A.match(_asked_text(q)) if q.kind == "yes-no" else None
        if asked is None:
            return self._called_so(q, shown) or self._qualified(q, shown) if q.kind == "yes-no" else None
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

    def _qualified(self, q: Question, shown: str) -> Answer | None:
        """ "Is the guild seafaring": a yes/no question whether one named entry (in full) is what one closing word
        says (IS_QUALIFIED; no verb, participle or name: "is the guild hosted" asks an act), answered "Yes" when the
        entry's own description qualifies its opening noun with the word (`qualifies`: "A seafaring, harbour-based
        guild") or a fact of its own calls it so beside its name (`Verdicts.described_in`: "The guild is a seafaring
        body"), led as `_described_yes` leads. English: a word standing in a noun phrase before its noun is said of
        what the phrase names (fresh tester 94: "is <group> <adjective>" was told the articles don't say, then
        shown the fact calling it so). None otherwise: the question is answered as any other."""
        asked = IS_QUALIFIED.match(_asked_text(q))
        if asked is None:
            return None
        word = asked["word"]
        verbish = self.understander.english.verb(word) is not None or word.endswith(("ed", "ing"))
        who = [w for w in asked["who"].split() if w not in DETERMINERS] if not verbish else []
        found, taken = self.understander.find_entities(who)
        if word in STOPWORDS or len(found) != 1 or len(taken) != len(who) or self.understander.find_entities([word])[0]:
            return None
        if word in LEADER_ROLES or word in NOUN_KINDS or word in PERSON_NOUNS:
            return None  # "is Lind CEO": a role or a class noun said bare, which the facts telling it answer
        predicate = {stem(word)}
        verdicts = self.composer.verdicts
        own = any(
            verdicts.opens_with(found[0], f.id)
            and verdicts.described_in(words(fold(f.statement)), {found[0]}, predicate)
            for f in self._facts_of(q, found[0])
        )
        if own or qualifies(self.brief.entities[found[0]].description, word):
            return self._described_yes(q, shown, found[0], [word], predicate)
        return None

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
        printed = find_typed(fact.statement, said)
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
        asked = IS_A_DESCRIBED.match(_asked_text(q))
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
        return self._phrase_untold(q, shown, found[0], phrase, opening)

    def _phrase_untold(self, q: Question, shown: str, ent_id: str, phrase: list[str], opening: str) -> Answer | None:
        """ "Is the guild a naval contractor" that no fact calls it in a row (`_called_so`): when a word of the phrase
        is neither in the entry's own opening description nor said of it by a fact among its closest (`_called`:
        within CALLED_REACH words of its name), while one of the question's closest facts uses the phrase's noun of
        another ("the naval contractor Okafor & Sons was paid to refit the dock"), that fact would lead as if it
        answered: the articles do not call it that, and what they call it is shown (DESCRIBED_UNTOLD). None when every
        word is said of it somewhere, or no close fact uses the noun (a fact may tell it in other words: "is Lind a
        harbour guy" of "a long-time supporter of the harbour")."""
        if self.understander.find_entities(phrase)[0]:
            return None  # "is Lind a guild employee": a tie to another named, which the yes/no checks weigh
        entity = self.brief.entities[ent_id]
        own = {stem(w) for w in words(fold(opening))}
        facts = self._facts_of(q, ent_id)
        missing = [
            w
            for w in phrase
            if w not in STOPWORDS
            and stem(w) not in own
            and not any(self._called(f.statement, entity, {w}) for f in facts)
        ]
        head = stem(phrase[-1])
        closest = [f for h in self.retriever.rank(q)[:CALLED_CANDIDATES] if (f := self.brief.facts.get(h.id))]
        others = [
            f
            for f in closest
            if head in {stem(t) for t in words(fold(f.statement))} and not self._called(f.statement, entity, {head})
        ]
        if not missing or not others:
            return None  # (no fact calls another so: "is Lind a harbour guy" may be told in other words)
        text = messages.DESCRIBED_UNTOLD.format(name=entity.name, description=self._opening_description(entity))
        return self._miss(shown, "no_match", text, [], kind=q.kind)

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
            if (in_a_row and verdicts.described_in(said, {ent_id}, predicate)) or self._is_described_with_of(
                ent_id, said, fact.statement, phrase
            ):
                items = [self.composer.item(fact.id)]
                return self._verdict(q, shown, messages.YES_LEAD.format(statement=items[0].statement), items, True)
        entity = self.brief.entities[ent_id]
        told = messages.DESCRIBED_AS.format(name=entity.name, description=self._opening_description(entity))
        return self._verdict(q, shown, messages.YES_LEAD.format(statement=told), [self.composer.item(ent_id)], True)

    def _is_described_with_of(self, ent_id: str, said: list[str], statement: str, phrase: list[str]) -> bool:
        """The statement opens with the entry's name and a copula, then says the phrase's noun with its qualifying
        words after an "of" (`described_with_of`: "Ada Lind is a long-time supporter of the guild" for "a guild
        supporter")."""
        spans = self.understander.name_spans(said)
        if not spans or spans[0][2] != ent_id or spans[0][0] > 1 or said[spans[0][1] : spans[0][1] + 1] == []:
            return False
        *qualifiers, noun = [stem(w) for w in phrase if w not in STOPWORDS]
        return said[spans[0][1]] in COPULAS and bool(qualifiers) and described_with_of(statement, qualifiers, noun)

    def _opening_description(self, entity: EntityData) -> str:
        """The entry's description's first sentence, without its full stop, to follow "described as": lower-cased
        unless it opens with a name ("A reporter …" -> "a reporter …", not "harbour's chief …")."""
        said = entity.description.split(". ")[0].rstrip(".")
        opening = words(fold(said))[:1]
        if opening and not self.understander.find_entities(opening)[0]:
            said = said[:1].lower() + said[1:]
        return said

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


def _asked_text(q: Question) -> str:
    """The question's words as one text, without an attribution to the articles as a whole (`whole_attribution`:
    "is Lind a keeper according to these articles" asks what "is Lind a keeper" asks, where every answer is told)."""
    whole = whole_attribution(q.words)
    return " ".join(t for i, t in enumerate(q.words) if i not in whole)
