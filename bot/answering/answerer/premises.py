"""The checks of a question's premise before a verdict or a lead: whether an effort worked or how things
turned out (`Premises._states_effort`, `_outcome_untold`), whether two things are one (`_tells_sameness`), whether a
count or a place told is the asked one (`_counted_as_told`, `_placed_otherwise`), whether someone spoke up
(`_silent`, `_unsaid`, `_speaker_placed_nowhere`), to whom a thing was told (`_not_told_to`), sums and what they paid
for (`_sum_of_one_act`, `_sum_held_back`, `_measure_untold`, `_paid_for_named`, `_parts_told`), the fact saying why
(`_stating_why`) and the one completing the asked words (`_completing`).

Layer 6 of the Answerer (above dates.py)."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from bot import messages
from bot.answering.acts import LIGHT_VERBS
from bot.answering.answerer.dates import Dates
from bot.answering.compose.dates import YET_TO, planned_as
from bot.answering.compose.figures import AMOUNT
from bot.answering.compose.questions import (
    TIME_NOUNS,
    asks_whether_spoke,
    equated,
    gave_word,
    spoke_to,
    succeeding_at,
    word_given_to,
)
from bot.answering.compose.speech import gives_words
from bot.answering.compose.wording import is_year
from bot.answering.compose.yes_no import ENDED
from bot.answering.decide import Decision
from bot.answering.decide.figures import asks_handed_over, scaled_figures, undone_sum
from bot.answering.english import English
from bot.answering.normalize import Normalized, normalize
from bot.answering.retrieve import Hit, placed_elsewhere
from bot.answering.speakers import OUTLET_KIND
from bot.answering.understand.lexicon import (
    ACTOR_KINDS,
    AUXILIARIES,
    CHAT,
    PERSON_NOUNS,
    SPEECH_VERBS,
    SUMMING_WORDS,
    WH_WORDS,
)
from bot.answering.understand.question import Question
from bot.answering.understand.understander import OBJECT_PREPOSITIONS
from bot.answering.untold import states_why, tells_cause
from bot.dates import date_label
from bot.features import REQUEST_VERBS
from bot.records import FactData
from bot.replies import Answer, Item
from bot.search import stem
from bot.text import SCALE_WORDS, STOPWORDS, Deferred, and_joined, fold, words

FROM_READ = 3  # candidates read for a fact telling whom the thing a yes/no question asks of came from
PLACED_READ = 3  # candidates read, without the place a yes/no question names, for a fact placing it elsewhere
WHY_READ = 4  # facts read, the best first, for one saying why when the best says no why (Answerer._stating_why)
WHY_NEAR = 0.85  # of the best fact's score, at least, for one saying why to lead instead
# a yes/no question asking how things turned out after what it names ("did they end up dropping it"), not whether
# something was ever done ("did they ever respond": its fact may tell that at any time)
OUTCOME = Deferred(r"\b(eventually|end up|ended up|ends up|in the end|finally|afterwards?|since then)\b")
EFFORT_MARKS = 2  # words, names and years telling which effort "did it work" asks of ("the keepers' petition")
SAME_CANDIDATES = 5  # candidates read for a statement that two things are one (or not): as many as a list shows
SAMENESS_WORDS = frozenset("same identical different differ differs separate".split())
# "at the same time as the 2014 lease", "on the same July day": two things at one time, not two things said to be one
# (general English)
SAME_TIME = Deferred(r"\bsame\s+(?:\w+\s+){0,2}?(?:" + "|".join(sorted(TIME_NOUNS)) + r")\b")
# "did they ever / later <act>", "did they <act> after …": an outcome too when the act is one the brief lists
# opposites for (a change such as stopping or cancelling, which may come after the sources' dates); "did they ever
# respond" is not
EVER = re.compile(r"\b(ever|later|after)\b")
COUNTED_REACH = 3  # words between a count and the noun it counts: "more than 300 Harbour keepers" (2)
# the stems of acts of going on as before ("kept", "continued", "stayed"): an act the brief lists one of them as the
# opposite of is a change, which may come after the sources' dates (general English)
CONTINUING = frozenset(stem(w) for w in "keep kept continue continued stay stayed remain remained".split())
SILENT_CANDIDATES = 8  # candidates read for words of the one a yes/no question asks whether they spoke up
NEAR_SPEAKING = 0.6
SUM_ACT_CANDIDATES = 8  # candidates read for another telling of the act whose sum a lead gives (`_sum_of_one_act`)


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


# a question opening: an asking word or an auxiliary ("what is …", "did the guild …")
ASKING_OPENINGS = WH_WORDS | AUXILIARIES | {"when"}
STRAY_MIN_WORDS = 4  # "banana what is lamp": a stray word and a question of at least three words


class Premises(Dates):
    """The checks of a question's premise (module docstring)."""

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
        if self.understander.read_as(first) in ASKING_OPENINGS:
            return None  # "wen does the lease expire": a typo of the asking word, read as "when", is no stray word
        rest = normalize(norm.text.split(" ", 1)[1]) if " " in norm.text else None
        return rest if rest is not None and rest.tokens == tokens[1:] else None

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
        return self._near_holding(q, ranked, best, lambda fact: self._prints(fact, phrase, q.kind == "quote"))

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
        at = next((i + 2 for i in range(len(q.words) - 2) if q.words[i : i + 2] == ["how", "much"]), None)
        if at is not None and q.words[at : at + 1] == ["in"]:
            at += 1
        if at is None or at >= len(q.words) or at in self.decider.subjects.named_positions(q):
            return None
        noun = q.words[at]
        if not noun.isalpha() or noun in STOPWORDS or noun in SUMMING_WORDS or noun in SCALE_WORDS:
            return None
        if not English.may_be(noun, "NOUN"):  # only past the checks above: most amount questions never need it
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

    def _acting(self, word: str) -> bool:
        """The word is only ever a verb (English.verb), and not a light one ("made", "got"): an act a sum may be of."""
        verb = self.english.verb(word)
        return verb is not None and verb not in LIGHT_VERBS

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

    def _spoke_otherwise(self, q: Question, ranked: list[Hit], best: Hit) -> Hit | None:
        """A yes/no question asking whether the one it opens with gave a word at all (gave_word: "did the wardens
        give a comment", "did they make a statement"), to no outlet named, led by a fact that neither gives
        them as speaking (Speakers.said_by) nor tells them keeping silent (Composer.denies): another party's silence
        ("the guild did not answer the Gazette's requests for comment") or another act of theirs ("Lind did not change
        course"). The closest fact about as good (SILENT_CANDIDATES, NEAR_SPEAKING of its score) giving words of theirs
        (a quote, or words in speech marks: `gives_words`), which leads with no verdict (to whom or when they said it
        may be untold); None otherwise."""
        if q.kind != "yes-no" or q.sources or not gave_word(q.words):
            return None  # (not "did Lind say anything about the lamp": what about is asked, which her words may miss)
        actor = self._opening_actor(q)
        if actor is None or best.id not in self.brief.facts:
            return None
        if self.speakers.said_by(best.id, {actor}) or self.composer.denies(q, best.id):
            return None
        facts = [h for h in ranked if h.id in self.brief.facts][:SILENT_CANDIDATES]
        near = [h for h in facts if h.score >= NEAR_SPEAKING * best.score]
        # (a quote, or a fact with words in speech marks: "the guild is described as …" names no words of its own)
        return next(
            (h for h in near if self.speakers.said_by(h.id, {actor}) and gives_words(self.brief.facts[h.id])), None
        )

    def _spoke_to_untold(self, q: Question, shown: str, ranked: list[Hit]) -> Answer | None:
        """A yes/no question asking whether the one it opens with gave a news outlet it names a word ("did Lind give
        the Gazette a comment": gave_word, the outlet's article searched)
        when no fact gives words of theirs as told to that outlet (Speakers.tells_told): the articles don't tell of
        them speaking to it (NOT_TOLD_TO), then the closest words of theirs they do give (NOT_TOLD_TO_LEAD); a fact
        of theirs on something else ("Lind did not change course") would answer another question. None otherwise."""
        if q.kind != "yes-no" or not (gave_word(q.words) or spoke_to(q.words)):
            return None  # (not "did the guild respond to the Gazette", which its own checks weigh)
        actor = self._opening_actor(q)
        if actor is None or self.retriever.entity_kind(actor) == OUTLET_KIND:
            return None
        names = {self.brief.sources[s].name for s in q.sources if s in self.brief.sources}
        outlets = {e for e, entry in self.brief.entities.items() if entry.kind == OUTLET_KIND and entry.name in names}
        if not q.sources:  # an outlet none of the articles is from ("did Lind give the Courier an interview")
            outlets = {e for e in q.entities if self.retriever.entity_kind(e) == OUTLET_KIND}
        if not outlets and not q.sources and self._hearer_unnamed(q):
            # "did Lind give the Lamport Courier an interview" of a hearer no article names: they tell of no word
            # given to it
            given_to = word_given_to(q.words)
            told_to = " ".join(q.words[k] for k in given_to).title()
            told_to = f"the {told_to}" if q.words[given_to[0] - 1] == "the" else told_to  # "the Lamport Courier"
            return self._untold_speaking(q, shown, ranked, actor, told_to)
        if not outlets or self.speakers.tells_told({actor}, outlets):
            return None
        if any(h.id in self.brief.facts and self.composer.denies(q, h.id) for h in ranked[:SILENT_CANDIDATES]):
            return None  # "the guild did not respond when the Gazette asked it to comment": its silence settles it
        return self._untold_speaking(
            q, shown, ranked, actor, " or ".join(sorted(self.brief.entities[e].name for e in outlets))
        )

    def _hearer_unnamed(self, q: Question) -> bool:
        """The words naming whom a word was given to (`word_given_to`) name no one the brief has: no word for persons
        (PERSON_NOUNS: "keepers") among them, and a word the brief never uses, or words beyond a name it has of no
        actor (ACTOR_KINDS), a place ("the Lamport Courier": a name built on the place Lamport's)."""
        given_to = word_given_to(q.words)
        if not given_to or any(q.words[k] in PERSON_NOUNS for k in given_to):
            return False
        if not all(self.understander.knows(q.words[k]) for k in given_to):
            return True
        inside = {e for start, _, e in self.understander.name_spans(q.words) if start in given_to}
        beyond = [k for k in given_to if k not in q.named_at]
        return bool(inside and beyond) and all(self.retriever.entity_kind(e) not in ACTOR_KINDS for e in inside)

    def _untold_speaking(self, q: Question, shown: str, ranked: list[Hit], actor: str, outlet: str) -> Answer:
        """The articles don't tell of `actor` speaking to `outlet` (NOT_TOLD_TO), then the closest words of theirs
        they do give (NOT_TOLD_TO_LEAD)."""
        name = self.speakers.label({actor})
        said = next(
            (
                h
                for h in ranked
                if h.id in self.brief.facts
                and self.speakers.said_by(h.id, {actor})
                and gives_words(self.brief.facts[h.id])
            ),
            None,
        )
        text = messages.NOT_TOLD_TO.format(names=name, outlet=outlet)
        if said is not None:
            statement = self.brief.facts[said.id].statement
            text = messages.NOT_TOLD_TO_LEAD.format(names=name, outlet=outlet, statement=statement)
        return self._miss(shown, "no_match", text, ranked, kind=q.kind)

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

    def _parts_of_one(self, q: Question, decision: Decision, shown: str) -> Answer:
        """ "The combined value of the guild's two leases" of one fact giving each lease's sum (Decision.parts_of):
        answered by that fact, led by the sums it gives apart and saying no article combines them
        (TOTAL_GIVEN_APART_LEAD); no total is worked out, as the articles give none."""
        figures = and_joined([f for f, _ in decision.parts])
        statement = self.brief.facts[decision.parts_of].statement
        lead = messages.TOTAL_GIVEN_APART_LEAD.format(figures=figures, statement=statement)
        items = [self.composer.item(decision.parts_of)]
        return Answer(question=shown, answered=True, outcome="answered", text="", kind=q.kind, lead=lead, items=items)

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

    def _sums_either(self, q: Question, parts: tuple[tuple[str, str], ...], shown: str) -> Answer:
        """ "Was the contract $49m or $53m" with each sum stated by its own fact (`Decider.alternative_sums`): both,
        each with its article (SUMS_EACH_TOLD), then each fact cited; never one of them led as if it settled which
        (the articles may tell of two contracts, or give one two ways: which they do is not said here)."""
        sources = [
            _unbracketed(cites[0].source_name) if (cites := self.brief.citations(self.brief.facts[i])) else ""
            for _, i in parts
        ]
        cited = [f"{f} ({s})" if s else f for (f, _), s in zip(parts, sources, strict=True)]
        lead = messages.SUMS_EACH_TOLD.format(figures=and_joined(cited))
        if len(set(sources)) == 1 and sources[0]:
            # both from one article: no two accounts differ (fresh tester ov56 3: "each in its own account" of one)
            lead = messages.SUMS_ONE_ACCOUNT.format(source=sources[0], figures=and_joined([f for f, _ in parts]))
        items = [self.composer.item(i) for _, i in parts]
        if (of_act := self._sum_of_act_asked(q, parts)) is not None:
            lead, first = of_act
            items = [items[first], *(i for n, i in enumerate(items) if n != first)]
        answer = Answer(question=shown, answered=True, outcome="answered", text="", kind=q.kind, lead=lead)
        return replace(answer, items=items)

    def _sum_of_act_asked(self, q: Question, parts: tuple[tuple[str, str], ...]) -> tuple[str, int] | None:
        """ "Did the guild pay $9m or $4m" (`_sums_either`'s parts: (sum, fact id)) when one fact alone tells its sum
        with the act asked (a form of `Decider.act_forms`: "the guild has paid over $9 million") and the others'
        facts tell no such act ("a $4 million lease to start in May"): SUM_OF_ACT_ASKED_LEAD and that part's index;
        the others' sums are of something else, never given as paid. None when the question asks no act, or when
        each or none tells it (then both are given)."""
        acts = self.decider.act_forms(q)
        if not acts:
            return None
        told = [
            next((w for w in words(self.brief.facts[i].statement) if stem(fold(w)) in acts), None) for _, i in parts
        ]
        doing = [n for n, act in enumerate(told) if act is not None]
        if len(doing) != 1:
            return None
        first = doing[0]
        others = [n for n in range(len(parts)) if n != first]
        lead = messages.SUM_OF_ACT_ASKED_LEAD.format(
            figure=parts[first][0],
            act=told[first],
            statement=self.brief.facts[parts[first][1]].statement,
            others=and_joined([parts[n][0] for n in others]),
            other=" ".join(self.brief.facts[parts[n][1]].statement for n in others),
        )
        return lead, first

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

    def _from_another(self, q: Question, ranked: list[Hit]) -> str | None:
        """ "Was the $5 million gift from the Gazette": a yes/no question asking whom a thing came from (a copula,
        the thing, "from" and a party named last) that a close fact (FROM_READ) tells as "<the thing> from <another
        party>", with every word of the thing ("5 million gift from the Courier"): a thing from one giver is not
        from another, so the fact is the "No". Its id, or None."""
        w = q.words
        if q.kind != "yes-no" or w[:1] not in (["was"], ["is"], ["were"], ["are"]) or "from" not in w:
            return None
        at = w.index("from")
        kind_of = self.retriever.entity_kind
        spans = self.understander.name_spans(w)
        asked = next((e for start, end, e in spans if start == at + 1 and end == len(w)), None)
        if asked is None or kind_of(asked) not in ACTOR_KINDS:
            return None
        thing = [t for t in w[1:at] if t not in STOPWORDS]
        if not thing or any(i < at for _, i, _ in spans if i > 1):
            return None  # (a name in the thing, "the Harbour gift", is the question's own, not checked here)
        for hit in ranked[:FROM_READ]:
            fact = self.brief.facts.get(hit.id)
            if fact is None:
                continue
            tokens = words(fact.statement)
            stems = [stem(t) for t in tokens]
            givers = {start: e for start, _, e in self.understander.name_spans(tokens)}
            if not {stem(t) for t in thing} <= set(stems):
                continue
            head = stem(thing[-1])
            for i in (i for i, s in enumerate(stems[:-2]) if s == head and tokens[i + 1] == "from"):
                giver = givers.get(i + 2)
                if giver is not None and giver != asked and kind_of(giver) in ACTOR_KINDS:
                    return hit.id
        return None

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
            if w in SPEECH_VERBS:
                return False  # "did Lind say she would not drop the lease": whether words were said, no change
            phrases = self.retriever.opposites.get(stem(w), [])
            if any(len(p) == 1 and p[0] in CONTINUING for p in phrases):  # "kept", not "kept out"
                before = q.words[max(0, i - 3) : i]
                return "to" not in before and REQUEST_VERBS.isdisjoint(before)
        return False

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


def _unbracketed(label: str) -> str:
    """A label's own brackets as a comma, so it can stand in brackets: "a report (outlet not named)" -> "a report,
    outlet not named" (fresh review 19, M8: "(a report (outlet not named))")."""
    return re.sub(r"\s*\(([^()]*)\)", r", \1", label)
