"""Names and the things a question names: what a thing was called before (`Names._former_named`), what it is
called or that the articles do not name a person (`_named`, `_namer_elsewhere`), a role question in another order
(`_holding_reordered`), what makes a question about one thing (`_anchoring`), several items of the asked kind
(`_itemized`) and what was said "about other <things>" (`_about_others`).

Layer 4 of the Answerer (above called.py)."""

from __future__ import annotations

import re
from collections.abc import Callable, Set
from dataclasses import replace

from bot import messages
from bot.answering.answerer.called import CALLED_OPENING, Called
from bot.answering.articles import QUOTING_VERBS
from bot.answering.compose.yes_no import NEGATION
from bot.answering.naming import RANKS, ROLE_NOUNS, asks_former_name, former_name, without_name_words
from bot.answering.normalize import Normalized
from bot.answering.render import rendered
from bot.answering.retrieve import Hit
from bot.answering.understand.classes import NOUN_KINDS, PERSON_KINDS
from bot.answering.understand.lexicon import COPULAS, CUE_TERMS, DETERMINERS
from bot.answering.understand.question import Question
from bot.answering.understand.understander import LEADER_ROLES, known
from bot.answering.untold import UNTITLED_KINDS
from bot.records import FactData
from bot.replies import Answer, QuestionKind
from bot.search import stem
from bot.text import STOPWORDS, fold, in_row, words

# kinds whose answer may be several things of one kind ("which offices", "name the groups behind …")
ITEM_QUESTION_KINDS = frozenset({"list", "where", "who", "topic", "what-is"})
HOLDING_LINKS = frozenset({"the", "of", "at"})  # words of a role question besides the names and the role
COMPLETED_NEAR = 0.75  # share of the best score a fact printing the words a question completes may have
COMPLETED_CANDIDATES = 8  # ranked candidates looked through for one (`_completing`)
POSSESSIVE = re.compile(r"\w['’](?:s\b|\s)")  # "the guild's", "the keepers'": an owner before what is asked of it
NAME_ASKING = frozenset({"what", "who"})  # "what is X", "who is X": a thing asked by its name (`_unmentioned_name`)
# words after which a name asked is qualified, no part of it: "KESTREL in the Gazette piece", "the rabbi who spoke",
# "the lease per the Courier" (general English prepositions of place, source and time, and relative words)
NAME_ENDING = frozenset(
    "in at on per according from by with about after before during since that who which whom whose when where as"
    " like".split()
)


class Names(Called):
    """Names, role holders and the things a question names (module docstring)."""

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
        return self._near_holding(q, ranked, best, lambda fact: self._names_others(fact, nouns))

    def _near_holding(self, q: Question, ranked: list[Hit], best: Hit, holds: Callable[[FactData], bool]) -> Hit | None:
        """When the best fact does not hold what `holds` tests, the first of the top COMPLETED_CANDIDATES other
        candidates within COMPLETED_NEAR of its score that does, naming every entity of the question's the best
        names; None otherwise (`_about_others`, `Premises._completing`)."""
        top = self.brief.facts.get(best.id)
        if top is None or holds(top):
            return None
        named = set(q.entities) & set(top.entities)
        for h in ranked[:COMPLETED_CANDIDATES]:
            fact = self.brief.facts.get(h.id)
            if h.id == best.id or fact is None or h.score < COMPLETED_NEAR * best.score:
                continue
            if named <= set(fact.entities) and holds(fact):
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
            facts = list(self.brief.facts_naming([ent_id]))  # (a compiled brief's `names` table: no walk)
            texts = [entity.description, *(f.statement for f in facts)]
            former = former_name(entity.name, entity.aliases, texts)
            if former is None or set(words(former.lower())) <= typed:
                continue  # (one the question says already is not what it asks)
            giving = [f.id for f in facts if former.lower() in f.statement.lower()]
            hits = [Hit(doc_id, 1.0, 1.0) for doc_id in giving or [ent_id]]
            composed = self.composer.compose(replace(q, kind="topic"), hits, hits[0])
            return replace(composed, lead=f"{former}: {composed.lead}", says_yes=False)
        return None

    def _unmentioned_name(self, norm: Normalized, q: Question, answer: Answer) -> Answer | None:
        """ "What is the Guild-Lamp union", "what is no lamps for wardens": a "what / who is <name>" answered by an
        entry or fact that does not hold every distinctive word of the name (`_name_words_untold`) is of another
        thing, nearest to it: the lead says the articles do not mention the name as typed, then gives the nearest as
        what it is ("They name <entry>: …"), never "<entry>: …" as if it were the one asked. None otherwise."""
        tokens = norm.tokens
        if (
            not answer.answered
            or (at := _name_at(norm)) is None
            or q.kind not in ("what-is", "who")
            or len(q.words) != len(tokens)  # a reading that reworded the question: its words are not the name's
            or not answer.evidence
        ):
            return None
        end = self._name_end(norm, at)
        item = answer.evidence[0]
        if not self._name_words_untold(tokens, q, item.id, (at, end), persons=tokens[0] == "who"):
            return None
        name = _typed_name(norm, at, end)
        if POSSESSIVE.search(name):
            return None  # "the guild's old name": what the owner has is asked, the owner being the name
        if item.kind == "entity":
            lead = messages.NAME_UNMENTIONED_ENTRY.format(name=name, entry=answer.lead)
        else:
            lead = messages.NAME_UNMENTIONED_FACT.format(name=name, statement=answer.lead)
        return rendered(replace(answer, lead=lead, says_yes=False), question=answer.question)

    def _name_end(self, norm: Normalized, at: int) -> int:
        """Where the name asked after "what is" ends in `norm.tokens`: at a new piece of the question or an aside
        ("harbourwatch, the way the Gazette tells it"), a word that qualifies it after its first (NAME_ENDING:
        "KESTREL in the Gazette piece", "the rabbi who spoke") or a word only ever a verb ("the piece comparing the
        guild to")."""
        tokens = norm.tokens
        start = at + (tokens[at] in DETERMINERS and len(tokens) > at + 1)
        for i in range(start + 1, len(tokens)):
            word = tokens[i]
            if i in norm.breaks or i in norm.asides or word in NAME_ENDING or self.english.verb(word) is not None:
                return i
        return len(tokens)

    def _name_words_untold(
        self, tokens: list[str], q: Question, doc_id: str, span: tuple[int, int], *, persons: bool
    ) -> bool:
        """A word of the name asked (`tokens` in `span`, after "what is") that the entry or fact `doc_id` does not
        hold (by stem, or as the understander fixed its typo into a word it holds) and that sets the name apart: a
        negation ("no lamps for wardens" is no name for lamps for wardens), a word the brief never uses that the
        reading keeps as asked ("union" of "the keepers coalition"; not "the lamp thing everyone mentions") or took
        for a typo of another, or a word of another entry's name ("Port Lantern" of one that never names it). A
        stop word, a word shaping the answer ("exactly"), an outlet's name (the article asked of) and a noun classing
        things of the doc's kind ("group" of a group) set nothing apart; a word the brief uses elsewhere may be the
        asker's own wording of what the doc tells ("the guild's role"). `persons` ("who is …"): only a name, every
        word of it a name's or one the brief never uses, is asked; "the two keepers" describes whom it asks."""
        entity = self.brief.entities.get(doc_id)
        fact = self.brief.facts.get(doc_id) if entity is None else None
        if entity is not None:
            named, text = [entity], " ".join([entity.name, *entity.aliases, entity.description])
        elif fact is not None:
            named = [self.brief.entities[e] for e in fact.entities if e in self.brief.entities]
            text = " ".join([fact.statement, *(n for e in named for n in (e.name, *e.aliases))])
        else:
            return False
        held = {stem(w) for w in words(fold(text).lower())}
        read = {stem(t) for t in q.terms}  # what the reading keeps: "thing everyone mentions" asks nothing more
        kinds = {e.kind for e in named}
        outlets = {
            i
            for a, b, e in self.understander.name_spans(q.words)
            if e in self.brief.entities and self.brief.entities[e].kind == "media"
            for i in range(a, b)
        }
        at, end = span
        start = at + (tokens[at] in DETERMINERS and end > at + 1)
        asked = [
            i
            for i in range(start, end)
            if (tokens[i] not in STOPWORDS or tokens[i] in NEGATION) and tokens[i] not in CUE_TERMS and i not in outlets
        ]
        if persons and not (asked and all(i in q.named_at or not known(self.index, tokens[i]) for i in asked)):
            return False
        for i in asked:
            word, fixed = tokens[i], q.words[i]
            if kinds & NOUN_KINDS.get(word, frozenset()):
                continue  # "the keepers group" of a group: its kind, said by the asker
            if stem(word) in held or stem(fixed) in held:
                continue
            if word in NEGATION or i in q.named_at:
                return True
            if not known(self.index, word) and (fixed != word or stem(word) in read):
                return True  # a word the reading keeps as asked, or takes for a typo of another ("dm" for "do")
        return False

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

    def _holding_unowned(self, q: Question) -> tuple[str, str, str] | None:
        """ "Was Ada Lind the CEO": `_holder`'s question with no owner named, of a leading role (LEADER_ROLES, one
        person's at a time), or "a founder", "an executive" (naming.RANKS: a rank within the one asked of), as (who,
        role, owner): the owner the brief's own subject, the most involved of the
        entities most facts involve (`Decider.ubiquitous_entity`), as "who's the CEO" is read
        (`_subject_role_holder`). None for any other question or a brief with no such subject."""
        if q.words[:1] not in (["is"], ["was"]) or len(q.words) < 4 or q.words[-1] not in RANKS:
            return None
        if q.words[-2] != "the" and (q.words[-1] in LEADER_ROLES or q.words[-2] not in ("a", "an")):
            return None  # "is Ada Lind a CEO" may be of any company: only "the CEO" is the subject's
        subjects = sorted(
            (e for e in self.brief.entities if self.decider.ubiquitous_entity(e)),
            key=lambda e: (-self.decider.entity_facts(e), e),
        )
        if not subjects:
            return None
        return " ".join(q.words[1:-2]), q.words[-1], " ".join(words(fold(self.brief.entities[subjects[0]].name)))

    def _itemized(self, q: Question, ranked: list[Hit], best: Hit, composed: Answer) -> Answer:
        """ "Which offices", "name the groups": when a candidate about as good as the best names several items of the
        asked kind, the answer leads with them and that fact; a list keeps its other facts after it."""
        if q.kind not in ITEM_QUESTION_KINDS or (q.outlet and not QUOTING_VERBS.isdisjoint(q.words)):
            # (not "which articles quote organizers": the articles quoting them are asked, not the organizers named)
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


def _name_at(norm: Normalized) -> int | None:
    """Where the name asked starts in `norm.tokens`: after "what is", "who was" (2), or after "what's", "whos" whose
    copula reading drops (1); None for a question that does not open so, or names nothing after it."""
    tokens = norm.tokens
    if not tokens or tokens[0] not in NAME_ASKING:
        return None
    if len(tokens) > 2 and tokens[1] in COPULAS:
        return 2
    first = "".join(c for c in fold(norm.text.split()[0]).lower() if c.isalpha()) if norm.text.split() else ""
    return 1 if len(tokens) > 1 and first == f"{tokens[0]}s" else None


def _typed_name(norm: Normalized, at: int, end: int) -> str:
    """The name asked as typed (cleaned): the typed words after the question's opening (up to the one whose words
    reach token `end`, `Names._name_end`); the tokens themselves when a name cut short is typed in words that do not
    split into them ("dept" is read as "department")."""
    typed = norm.text.split()
    opening = next((i for i, w in enumerate(typed[:3]) if fold(w).lower() in COPULAS), 0 if at == 1 else None)
    if opening is None:
        return " ".join(norm.tokens[at:end])
    if end >= len(norm.tokens):
        return " ".join(typed[opening + 1 :]).rstrip("?!.,;:") or " ".join(norm.tokens[at:])
    taken, count = [], at
    for w in typed[opening + 1 :]:
        if count >= end:
            break
        taken.append(w)
        count += len(words(fold(w).lower()))
    if count != end:
        return " ".join(norm.tokens[at:end])
    return " ".join(taken).rstrip("?!.,;:") or " ".join(norm.tokens[at:end])
