"""The Answerer's state and its lowest reads: the steps it holds (index, understander, retriever, decider,
composer and the helpers beside them, built in `State.__init__`), the shown item of a document, a miss with its
suggestions, the example question, and the reads every layer above consults (the act a yes/no question asks of, the
question as searched, a bare "where").

The first of the Answerer's layers (bot/answering/answerer/__init__.py tells their order); nothing here calls a
method of a layer above."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from bot import messages
from bot.answering.articles import Articles
from bot.answering.attribution import Attribution
from bot.answering.compose import Composer
from bot.answering.compose.questions import SUCCESS_WORDS, asks_whether_spoke, succeeding_at
from bot.answering.compose.speech import RESPONSE_STEMS, RESPONSE_WORDS
from bot.answering.compose.wording import shorten
from bot.answering.compose.yes_no import NEGATION
from bot.answering.decide import Decider
from bot.answering.endings import Endings
from bot.answering.english import English
from bot.answering.followups import FollowUps
from bot.answering.items import Items
from bot.answering.naming import Namer
from bot.answering.occasions import Occasions
from bot.answering.render import rendered
from bot.answering.retrieve import Hit, Retriever
from bot.answering.second_look import SecondLook
from bot.answering.speakers import Speakers, kind_forms
from bot.answering.understand.classes import PERSON_KINDS
from bot.answering.understand.lexicon import ACTOR_KINDS, BEGINNING_VERBS
from bot.answering.understand.question import Question
from bot.answering.understand.understander import Understander, opening_actor, synonym_words
from bot.answering.untold import Untold
from bot.answering.venues import Venues
from bot.factbase import Brief
from bot.replies import Answer, Item, Outcome, QuestionKind, Role
from bot.search import Index, stem

FOUNDED = "founded"


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


class State:
    """The steps the Answerer holds and the reads every layer above uses (module docstring)."""

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
            kind_forms=kind_forms,
        )
        self.endings = Endings(brief, self.retriever, self.understander.name_spans, self.understander.knows)
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

    def item(self, doc_id: str, role: Role = "best") -> Item:
        return self.composer.item(doc_id, role)

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

    def _founding(self, q: Question) -> Question:
        """ "Who started the guild", "who created the guild", "who set up the guild": a 'who' question of one
        organization whose only other word is a verb of beginning (BEGINNING_VERBS) asks who founded it, and is read
        as "who founded the guild" (the fact of a contract "scheduled to start" names no founder; task ld43). `q`
        itself otherwise: a person, event or thing begun ("who started the protest") is no founding."""
        if q.kind != "who" or len(q.entities) != 1 or len(q.leftover) != 1:
            return q
        if self.brief.entities[q.entities[0]].kind not in ACTOR_KINDS - PERSON_KINDS:
            return q
        word = q.leftover[0]
        if (self.english.verb(word) or word) not in BEGINNING_VERBS:
            return q
        dropped = {word, *synonym_words(self.brief).get(word, [])}

        def swapped(words: list[str]) -> list[str]:
            return [FOUNDED if w == word else w for w in words if w == word or w not in dropped]

        return replace(q, words=swapped(q.words), terms=swapped(q.terms), search=swapped(q.search), leftover=[FOUNDED])

    def _opening_actor(self, q: Question) -> str | None:
        """The person or organization the question opens with as acting (understander.opening_actor), or None."""
        return opening_actor(q.words, self.understander.name_spans, self.retriever.entity_kind)

    def _verdict(self, q: Question, shown: str, lead: str, items: list[Item], says_yes: bool) -> Answer:
        """An answered yes/no of `_described` and `_described_yes`: the lead, its items, whether it says "Yes"."""
        return self._led(shown, lead, items, kind=q.kind, says_yes=says_yes)

    @staticmethod
    def _led(
        question: str, lead: str, items: list[Item], *, kind: QuestionKind, read_as: str = "", says_yes: bool = False
    ) -> Answer:
        """An answer to `question` (as shown) led by a lead the answerer wrote, `items` its evidence; its text not yet
        rendered (`render.rendered`). Shared by `_verdict`, Flow._who_led and Answerer._sources_of_listed."""
        return Answer(
            question=question,
            answered=True,
            outcome="answered",
            text="",
            kind=kind,
            lead=lead,
            items=items,
            read_as=read_as,
            says_yes=says_yes,
        )

    def _word_known(self, word: str) -> bool:
        """A word of English (English.common) or of the brief (Understander.knows), for normalize.parted."""
        return self.english.common(word) or self.understander.knows(word)

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
        return rendered(answer)

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
