"""The reads of a follow-up against what the last answer told (`Subject`): "what happened next"
(`Followed._next_dated`, `_narrated_next`), "when did they expire" of each thing told (`_each_of_them`), a reading
asked of the article the last answer cited (`_within`), "they" read as the people it told of (`_of_occasion`,
`_told_of_them`), "what about the letter" from the facts linked to it (`_of_linked`), "the other one" (`_others`),
what "else" leaves out (`_besides`, `_other_than`, `_sharing`), and what a lead told that the next turn carries
(`_person_told`, `_actor_told`, `_leads_several`).

Layer 8 of the Answerer (above flow.py); turns.py calls these from `answer_in_turn` and `_turn`."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import replace

from bot import messages
from bot.answering.answerer.called import CALLED_WHAT
from bot.answering.answerer.flow import Flow
from bot.answering.answerer.sources import _shown
from bot.answering.articles import WRITER_WORDS
from bot.answering.compose.figures import AMOUNT
from bot.answering.compose.wording import singular
from bot.answering.decide.figures import scaled_figures
from bot.answering.followups import PLURAL, QUOTE_SPAN, WRITTEN_ACTS, Reading, Subject, people_told
from bot.answering.normalize import MAX_QUESTION, Normalized, normalize
from bot.answering.ordinals import Picked
from bot.answering.own_words import quotes_word, unheld_words
from bot.answering.render import rendered
from bot.answering.retrieve import PLACE_KINDS, Hit
from bot.answering.second_parts import first_part
from bot.answering.understand.classes import NOUN_KINDS, THING_KINDS
from bot.answering.understand.clauses import quoted_phrases
from bot.answering.understand.kinds import kind_of
from bot.answering.understand.lexicon import ACTOR_KINDS, AUXILIARIES, COPULAS, SPEECH_VERBS, WEEKDAYS
from bot.answering.understand.question import Question
from bot.answering.untold import reason_given, tells_wanted
from bot.dates import date_label, period_bounds, precision_of
from bot.records import NOT_EVENTS, SUM_THING_KINDS, FactData
from bot.replies import Answer
from bot.search import stem
from bot.text import STOPWORDS, Deferred, and_joined, find_typed, fold, sum_value, words

# the words of size "which was bigger" asks with that pick the largest (followups.SIZE_ASKED; the rest the smallest)
LARGER_ASKED = frozenset("bigger larger greater higher biggest largest greatest highest".split())
TWO_SUMS = 2  # "which was bigger" of two sums: the one it did not pick is "the other one"
SEVERAL_FIGURES = 2  # figures of other facts a lead gives beside its first evidence's: a list of the sources' figures


def _in_timeline(date: str) -> list[int]:
    """A fact's date ("2019", "2019-05", "2019-05-04") as the timeline orders it (bot/calendar.py): a month-only
    date after that month's days, a year-only one after the year's months."""
    parts = [int(p) for p in date.split("-")]
    return [*parts, *(13, 32)[len(parts) - 1 :]]


# the kinds of question "they" of several things told apart asks of each of them ("when did they expire"): a sum or
# a count asked of them is of them together, and a yes or no of each is no one verdict
EACH_KINDS = frozenset({"date", "who", "where", "why-how", "duration"})
# "when were they signed", asked of one of them: "when was the $9 million lease signed"
SINGULAR_VERBS = {"were": "was", "are": "is", "do": "does", "have": "has"}
# the kinds of question "they" of several actors a list named asks of each of them ("are they jewish", "who was
# their campaign director": `_each_listed`); a date or a count of them is of what they did together
LISTED_KINDS = frozenset({"yes-no", "who", "what-is"})
# the acts that make or send a written thing (WRITER_WORDS, followups.WRITTEN_ACTS): its author, signers or sender
AUTHORING = WRITER_WORDS | WRITTEN_ACTS
# the acts of sending a written thing, whose sender its owner is ("the keepers' letter": they sent it)
SENDING = frozenset("sent send sends".split())
# "who was the letter addressed to", "who was it sent to": whom a written thing went to (group 1: what is asked of)
RECIPIENT_ASKED = Deferred(r"who (?:was|were|is|are) (.+?) (?:addressed|sent|written|directed) to\??$")
# the words that close a recipient's name after "a letter to …" ("to Ada Lind in 2018 about …")
RECIPIENT_END = "in|on|at|about|over|for|from|asking|urging|saying|that|which|who|when|after|before"
# words quoted as what someone called a thing: right after a verb of calling and its object, or after "as" ("described
# the guild as the “ledger of the harbour”", "called it a “disgrace”")
CALLING_SPAN = Deferred(
    r"\b(call|calls|called|calling|describe|describes|described|describing|label|labels|labeled|labelled)"
    r"\b[^“\"]{0,60}?\s(?:as\s+)?(?:the\s+|a\s+|an\s+)?(?:“([^”]+)”|\"([^\"]+)\")"
)


# the kinds of fact whose date is when the thing itself happened or came out (a protest, a report): the dates of
# several such order them; any other fact's date is of whatever it tells of its thing
HAPPENING_KINDS = frozenset({"event", "document"})


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


class Followed(Flow):
    """A follow-up read against what the last answer told (module docstring)."""

    def _picked(self, question: str, picked: Picked) -> tuple[Answer, Callable[[], Subject | None]]:
        """`question` asked of the one thing an ordinal picked (bot/answering/ordinals.py) alone, shown as read; the
        next follow-up's subject is that thing, "the other one" then the other of two (`Subject.other_of`)."""
        answered, understood = self._answer_text(picked.text, among=frozenset([picked.fact]))
        if not answered.answered:
            answered = self._miss(answered.question, "no_match", messages.NO_ANSWER, [], kind=answered.kind)
        answer = replace(answered, question=normalize(question).shown[:300], read_as=picked.text)
        leaning = self._leaning(picked.text, *understood) if understood is not None else self._leaning(picked.text)

        def subject() -> Subject | None:
            found = leaning()
            return replace(found, other=bool(picked.other), other_of=picked.other) if found is not None else None

        return rendered(answer), subject

    def _time_or_place_told(self, what: str, previous: Subject, shown: str, read_as: str = "") -> Answer | None:
        """A bare "when" or "where" (followups.bare_time_or_place) asked of what the last answer told: of its one
        fact, that fact's own date or place, else that its article (named, with its date) does not say, citing it;
        of a glossary entry of an actor or a thing that is no occasion (an organization), that the articles give it
        no date or place of its own, with what they tell of it. Never another fact's time or place: a fact the brief
        links to it may tell of another occasion (the protesters' comparison another article dates, given as when
        the rabbi spoke). None when the last answer told no one fact nor entry, or told of a person ("when" of Lind
        alone asks nothing, said so as before), or an entry a question asked more of than what it is ("who runs the
        guild": "when" of that asks of nothing named). `read_as`: the reading shown ("<what> was that" when "")."""
        read_as = read_as or f"{what} was that"
        fact = self.brief.facts.get(previous.told)
        entry = self.brief.entities.get(previous.told_entry) if not previous.told else None
        if fact is not None and not previous.several and fact.kind not in ("person", "organization"):
            norm = normalize(f"{what} was that")
            q = self.understander.understand(norm)
            stated = fact.date if what == "when" else self.venues.states_where(fact.id, set())
            if stated:
                hit = Hit(fact.id, 1.0, 1.0)
                composed = self.composer.compose(q, [hit], hit)
                if composed.answered:
                    return _shown(replace(composed, read_as=read_as), shown)
            cited = self.brief.sources.get(fact.citations[0].source)
            if cited is None:
                return None
            lead = messages.UNTOLD_OF_TOLD_LEAD.format(
                what=what, source=cited.name, published=cited.published_label, statement=fact.statement
            )
            item = self.item(fact.id)
        elif entry is not None and entry.kind not in ("person", "event", "place") and kind_of(previous.asked) in (
            "topic",
            "what-is",
        ):
            if what == "where":
                # "where?" after "what is the guild": where it is based, when a fact naming it says so (its
                # description's "in", "on" name no place of its own: "reports on tech companies")
                based, _ = self._answer_text(f"where is {entry.name} based")
                lead_id = based.evidence[0].id if based.answered and based.evidence else ""
                of_it = lead_id in self.brief.facts and entry.id in self.brief.facts[lead_id].entities
                if of_it and self.venues.says_based(lead_id):
                    read = replace(based, read_as=f"where is {entry.name} based")
                    return rendered(read, question=shown)
            item = self.item(entry.id)
            untold = "date" if what == "when" else "place"
            lead = messages.UNTOLD_OF_ENTRY_LEAD.format(what=untold, name=entry.name, statement=item.statement)
        else:
            return None
        # read as asked of what was told, so the conversation keeps its subject for the next follow-up
        miss = self._miss(shown, "no_match", lead, [], kind="date" if what == "when" else "where", suggest=False)
        miss = replace(miss, items=[item], read_as=read_as)
        return rendered(miss)

    def _speakers_at(self, previous: Subject, shown: str) -> Answer | None:
        """ "Who spoke" (followups.asks_speaker) right after an answer telling one occasion (an event fact): who was
        quoted there, asked of the quotes of that occasion alone (that fact and those the brief links to it, of kind
        quote, from one of its articles and of its day when both are dated); asked alone it named no occasion and
        another article's speaker led. None when the last answer told no occasion or none of its quotes answers."""
        fact = self.brief.facts.get(previous.told)
        if fact is None or previous.several or fact.kind != "event" or not previous.phrase:
            return None
        articles = {c.source for c in fact.citations}
        quotes = frozenset(
            r
            for r in fact.related
            if (quote := self.brief.facts.get(r)) is not None
            and quote.kind == "quote"
            and not articles.isdisjoint(c.source for c in quote.citations)
            and (not fact.date or not quote.date or quote.date == fact.date)
        )
        if not quotes:
            return None
        asked = f"who spoke at {previous.phrase}"
        answered, _ = self._answer_text(asked, among=quotes)
        if not answered.answered:
            return None
        read = replace(answered, read_as=asked, question=shown)
        return rendered(read)

    def _others_quoted_there(self, previous: Subject, shown: str) -> Answer | None:
        """ "Who spoke there", "who else spoke" (followups.asks_speaker) right after an answer telling someone's words
        at one occasion (a quote fact dated to a day): "there" is that occasion, its day and its place, so the others
        quoted there are the other quotes of that day from one of its articles, of the place it names when it names
        one (the same day's words at the keepers' other office are another occasion's). None of them answering is
        said so: the articles name no one else who spoke there, never someone quoted at another action. None when
        the last answer told no such quote (the question is answered as before)."""
        fact = self.brief.facts.get(previous.told)
        if fact is None or previous.several or fact.kind != "quote" or precision_of(fact.date) != "day":
            return None
        articles = sorted({c.source for c in fact.citations})
        entities = self.brief.entities
        places = sorted(e for e in fact.entities if e in entities and entities[e].kind in PLACE_KINDS)
        # (no place named: which of the day's actions it was is untold, so no words of that day are of "there")
        naming = self.brief.facts_naming(places, citing=articles) if places else iter(())
        told = previous.else_told | {fact.id}  # "who else" asked again: none of those told already
        others = [Hit(f.id, 1.0, 1.0) for f in naming if f.id not in told and f.kind == "quote" and f.date == fact.date]
        asked = normalize("who spoke there")
        # (composed from those quotes directly, in brief order: the words "who spoke" hold no term a quote states)
        answered = self.composer.compose(self.understander.understand(asked), others, others[0]) if others else None
        # the occasion shown as read: its place and day ("who else was quoted there (Port Lantern, 2 May 2019)")
        where = ", ".join([*(entities[e].name for e in places), date_label(fact.date)])
        read_as = f"who else was quoted there ({where})"
        if answered is None or not answered.answered:
            miss = self._miss(shown, "no_match", messages.NO_OTHER_SPEAKER, [], kind="who", suggest=False)
            miss = replace(miss, read_as=read_as)
            return rendered(miss)
        read = replace(answered, question=shown, read_as=read_as)
        return rendered(read)

    def _named_in_told(self, norm: Normalized, q: Question, previous: Subject) -> Answer | None:
        """A question standing alone that names, after "the", a noun the fact the last answer told holds ("what did
        the employee ask" after the organizer asked a guild employee for a meeting): that one, whom its occasion's
        facts tell of (that fact and those the brief links to it from one of its articles), answer first when one
        holding the noun does; asked of any fact, another article's employees led. None otherwise (the question
        names a thing of its own, a name or a year, or no such fact answers)."""
        fact = self.brief.facts.get(previous.told)
        if fact is None or previous.several or q.entities or q.years:
            return None
        # the noun is the question's subject, right after "the" after its auxiliary ("what did the employee ask"),
        # and only its verb follows (never "where did the saturday part of the vigil happen": a part of its own)
        tokens = norm.tokens
        at = next((i for i in range(2, len(tokens)) if tokens[i - 1] == "the" and tokens[i - 2] in AUXILIARIES), 0)
        noun = tokens[at] if at and tokens[at] in q.terms else ""
        verb = self.understander.english.verb
        if not noun or not all(t in STOPWORDS or verb(t) is not None for t in tokens[at + 1 :]):
            return None
        if not tokens[at + 1 :] or not self._tells_term([fact.id], noun):
            return None
        articles = {c.source for c in fact.citations}
        linked = [
            r
            for r in fact.related
            if (other := self.brief.facts.get(r)) is not None
            and not articles.isdisjoint(c.source for c in other.citations)
        ]
        answered, _ = self._answer_text(norm.shown, among=frozenset([fact.id, *linked]))
        lead = answered.evidence[0].id if answered.answered and answered.evidence else ""
        if lead not in self.brief.facts or not all(self._tells_term([lead], t) for t in q.terms):
            return None
        return answered

    def _of_other_telling(self, answered: Answer, told: str, what: str = "") -> bool:
        """The answer to a bare "when" or "where" (`what`) after the fact `told` is not of that fact's telling: it
        leads with a fact citing none of the articles `told` cites (another article's account, maybe of another
        occasion), or with another fact when `told` itself gives no date, or one `told` is not linked to (a
        neighbouring fact's date or place, a protest a photo caption tells, is not when or where the words the last
        answer told were said), or it found nothing and says only that (no sourced answer, no date), naming no
        article."""
        if not answered.answered:
            return answered.lead in (messages.NO_ANSWER, messages.NO_DATE)
        lead = self.brief.facts.get(answered.evidence[0].id) if answered.evidence else None
        fact = self.brief.facts.get(told)
        if lead is None or fact is None or lead.id == told:
            return False
        if what == "when" and not fact.date:
            return True
        if what and told not in lead.related and lead.id not in fact.related:
            return True  # a fact the told one does not link to: another occasion (a photo caption's protest)
        return {c.source for c in lead.citations}.isdisjoint(c.source for c in fact.citations)

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
        return rendered(answer), lambda: previous

    def _each_listed(self, question: str, previous: Subject) -> tuple[Answer, Callable[[], Subject | None]] | None:
        """ "are they jewish", "who was their campaign director" right after "which groups protested the guild" (a
        list of several actors, `FollowUps.actors_asked_listed`): "they" are those actors, each asked of on its own
        ("is Lind's guild jewish") and said which the articles tell it of, and of which they don't (read of the
        last question's phrase, "their" was the guild protested, never the groups). A yes/no leads with those told
        "Yes" (Answer.says_yes); another ask with each answer naming its actor and stating every word asked. None
        unless the question is a yes/no, "who" or "what is" follow-up naming nothing of its own whose plural
        stand-in stands for those actors, and one of them at least is told so."""
        actors = self.followups.actors_asked_listed(previous)
        if len(actors) < 2 or len(question) > MAX_QUESTION:
            return None
        norm = normalize(question)
        at = next((i for i, t in enumerate(norm.tokens) if t in PLURAL), None)
        if at is None or self.followups.never_follows(norm):
            return None
        q = self.understander.understand(norm)
        if q.entities or q.kind not in LISTED_KINDS or not q.terms:
            return None
        asked = [stem(t) for t in q.terms]
        told: list[tuple[str, Answer]] = []
        untold: list[str] = []
        for actor in actors:
            entity = self.brief.entities[actor]
            said = list(norm.tokens)
            if said[at] == "their":
                said[at] = f"{entity.name}'s"
            else:
                said[at] = entity.name
                if at > 0:  # "are they jewish": "is the guild jewish"
                    said[at - 1] = SINGULAR_VERBS.get(said[at - 1], said[at - 1])
            answer = self._answer_text(" ".join(said))[0]
            first = answer.evidence[0] if answer.answered and answer.evidence else None
            fact = self.brief.facts.get(first.id) if first is not None and first.kind == "fact" else None
            of_actor = first is not None and (first.id == actor or (fact is not None and actor in fact.entities))
            if q.kind == "yes-no":
                of_actor = of_actor and answer.says_yes
            else:  # its lead names the actor and states each word asked ("campaign director", not "executive")
                lead_stems = {stem(w) for w in words(answer.lead.lower())}
                names = [entity.name, *entity.aliases]
                of_actor = of_actor and any(n.lower() in answer.lead.lower() for n in names)
                of_actor = of_actor and all(s in lead_stems for s in asked)
            if of_actor:
                told.append((entity.name, answer))
            else:
                untold.append(entity.name)
        if not told:
            return None
        if q.kind == "yes-no":
            lead = messages.YES_OF_LISTED.format(names=and_joined([n for n, _ in told]))
        else:
            lead = " ".join(a.lead for _, a in told)
        if untold:
            lead = f"{lead} {messages.NOT_TOLD_OF.format(name=_or_joined(untold))}"
        # a yes/no's lead names only whom it was told of: each one's evidence after it, with its article
        notes = [
            messages.ASKED_OF_LISTED.format(
                title=i.title if i.title.startswith(n) else f"{n}: {i.title}",
                source=i.citations[0].label if i.citations else "",
            )
            for n, a in told
            for i in a.evidence[:1]
            if q.kind == "yes-no"  # (another ask's leads say each one's answer themselves)
        ]
        items = list({i.id: i for _, a in told for i in a.evidence}.values())
        answer = Answer(
            question=norm.shown[:300],
            answered=True,
            outcome="answered",
            text="",
            kind=q.kind,
            lead=lead,
            note="\n".join(notes),
            items=items,
            read_as=messages.EACH_LISTED_READ.format(question=norm.shown[:300], count=len(actors)),
        )
        return rendered(answer), lambda: previous

    def _which_told(self, question: str, previous: Subject) -> tuple[Answer, Callable[[], Subject | None]] | None:
        """ "Which one" (or "which <noun>") right after an answer telling one fact of a thing (the last subject's
        noun, `Subject.head`: "the flyer") that other articles tell of too: the one told, by the article it cites,
        led, and in a note one fact of that noun (or a synonym the brief lists) from each other article, first in
        brief order; which article told which is all that is said, never that they are one thing or two. None for
        any other question, or when no other article tells of that noun (read as before: "outside what I cover")."""
        said = [t for t in normalize(question).tokens if t not in ("and", "so", "ok", "okay")]
        told = self.brief.facts.get(previous.told)
        noun = singular(previous.head.lower())
        if previous.several and previous.sums_talked and said in (["which", "one"], ["which", noun]):
            # "which one" after "how much is the lease" answered by the figures the articles give, each from its
            # own article: which the asker means is theirs to say, by its figure (read alone, "one" named nothing
            # and it was "outside what I cover"); no article says which figures are of one thing, so none is picked
            number, scale = previous.sums_talked[0]
            example = f"what was the ${number} {scale} {noun}"
            text = messages.WHICH_OF_FIGURES.format(example=example)
            return self._miss(question[:300], "empty", text, [], suggest=False), lambda: previous
        if told is None or noun not in NOUN_KINDS or said not in (["which", "one"], ["which", noun]):
            return None  # a thing of a kind the articles tell apart (a flyer, a protest), not any noun ("contract")
        synonyms = self.brief.meta.synonyms
        nouns = {noun, *(singular(v.lower()) for k, vs in synonyms.items() if singular(k.lower()) == noun for v in vs)}

        def at(fact: FactData) -> int | None:  # where the noun first comes in its statement
            said = words(fact.statement.lower())
            return next((i for i, w in enumerate(said) if singular(w) in nouns), None)

        cited = {c.source for c in told.citations}
        if at(told) is None or not cited:
            return None
        # of each other article, the fact naming the noun soonest: the one telling of that thing, not one naming it
        # in passing
        others: dict[str, tuple[int, FactData]] = {}
        for fact in self.brief.facts.values():
            sources = [c.source for c in fact.citations]
            where = at(fact) if fact.id != told.id and sources and cited.isdisjoint(sources) else None
            if where is not None and (sources[0] not in others or where < others[sources[0]][0]):
                others[sources[0]] = (where, fact)
        if not others:
            return None

        q = self.understander.understand(normalize(previous.asked or question))

        def composed_of(fact_id: str) -> Answer:
            hit = Hit(fact_id, 1.0, 1.0)
            return self.composer.compose(q, [hit], hit)

        def label(answer: Answer) -> str:  # as its citation line names the article ("the Gazette, May 2019")
            return next((c.label for e in answer.evidence[:1] for c in e.citations), "")

        composed = composed_of(told.id)
        lead = messages.WHICH_TOLD_LEAD.format(source=label(composed), statement=told.statement)
        notes = [
            messages.WHICH_OTHER.format(noun=noun, source=label(composed_of(fact.id)), statement=fact.statement)
            for _, fact in others.values()
        ]
        answer = replace(composed, lead=lead, says_yes=False, note="\n".join(notes), question=question[:300])
        return rendered(answer), lambda: previous

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

    def _without_told_outlet(self, asked: str, previous: Subject) -> str:
        """`asked` without the clause naming the article the last answer cited ("when does the other lease according
        to the Gazette expire": "when does the other lease expire"), added by `_within` to an earlier reading the
        subject kept: asked of the fact that answer told alone, the article is that fact's already. `asked` as it is
        when it holds no such clause."""
        outlet = self.brief.sources[previous.source].outlet if previous.source in self.brief.sources else ""
        if not outlet:
            return asked
        clause = re.compile(rf"\s+according to (?:the\s+)?{re.escape(outlet)}(?=\s|\?|$)", re.IGNORECASE)
        return " ".join(clause.sub("", asked).split())

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
        of_occasion = frozenset([previous.told, *linked])
        placed = self._placed_people(reading.text, previous)
        for asked in (reading.text, placed) if placed else (reading.text,):
            found = self._answer_text(asked, among=of_occasion)
            lead = found[0].evidence[0].id if found[0].answered else ""
            if lead in self.brief.facts and all(self._tells_term([lead], t) for t in q.terms):
                return replace(reading, told_first=False), found
        return reading.fallback, None

    def _placed_people(self, asked: str, previous: Subject) -> str:
        """ "were the protesters let in" with the one place the fact the last answer told names after the people it
        told of ("were the protesters in Port Lantern let in"): where they were is what the occasion's facts tell
        them apart by, and asked of them (that occasion's alone) the place is no word of the question's own; "" when
        that fact names no one place or the people are not in `asked`."""
        fact = self.brief.facts.get(previous.told)
        entities = self.brief.entities
        places = [e for e in fact.entities if e in entities and entities[e].kind in PLACE_KINDS] if fact else []
        people = f"the {previous.told_people}" if previous.told_people else ""
        if len(places) != 1 or not people or not re.search(rf"\b{re.escape(people)}\b", asked):
            return ""
        placed = f"{people} in {entities[places[0]].name}"
        return re.sub(rf"\b{re.escape(people)}\b", lambda _: placed, asked, count=1)

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
        found = find_typed(statement, name)
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

    def _no_other(self, reading: Reading, previous: Subject | None) -> str:
        """What to say when "the other one" (`reading`, read "what was the other town hall") finds none: the
        articles tell of no other <noun> than the one the last answer gave, the noun as the reading put it after
        "other" up to the last subject's head ("town hall"); "" when the last answer told no one fact, or several,
        or the reading names no such noun."""
        if previous is None or previous.several or previous.listed or previous.told not in self.brief.facts:
            return ""
        said = reading.text.lower().split(" ")
        at = said.index("other") if "other" in said else len(said)
        head = previous.head.lower()
        end = next((k for k in range(at + 1, min(at + 4, len(said))) if said[k] == head), None)
        return messages.NO_OTHER.format(noun=" ".join(said[at + 1 : end + 1])) if end is not None else ""

    def _same_day(self, fact_id: str, told: str) -> bool:
        """Both are facts dated to the same day (a full date): they tell of one happening ("the other one" of a
        petition handed over is no words shouted as it was)."""
        fact, other = self.brief.facts.get(fact_id), self.brief.facts.get(told)
        return (
            fact is not None
            and other is not None
            and fact.date == other.date
            and precision_of(fact.date) == "day"
        )

    def _own_quoted(self, norm: Normalized, q: Question, answered: Answer) -> Answer | None:
        """The question asked alone, when a follow-up's reading was `answered` by a fact lacking a word the question
        itself typed that the fact it alone leads with quotes (bot/answering/own_words.py); else None."""
        told = self.brief.facts.get(answered.evidence[0].id)
        unheld = unheld_words(list(q.terms), told.statement) if told is not None else []
        alone = self._answer_read(norm, q)[0] if unheld else None  # (asked again only then: one pass of the brief)
        other = self.brief.facts.get(alone.evidence[0].id) if alone is not None and alone.answered else None
        if told is None or other is None or other.id == told.id:
            return None
        return alone if any(quotes_word(other.statement, t) for t in unheld) else None

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
        # "what were the charges in the program" finds nothing when the subject's noun alone is too little to ask
        # with (fresh tester 87 c9): the first of those facts holding every word asked answers, composed as it is
        holding = (
            "" if answered.answered else next((f for f in among if all(self._tells_term([f], t) for t in q.terms)), "")
        )
        if holding:
            hit = Hit(holding, 1.0, 1.0)
            answered = _shown(self.composer.compose(q, [hit], hit), read_as)
        if not answered.answered or not all(self._tells_term([answered.evidence[0].id], t) for t in q.terms):
            return None
        read = replace(answered, question=norm.shown[:300], read_as=read_as)
        return rendered(read)

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
        # (no article when the last answer was a glossary entry, its people told by an answer before it: "what did
        # he do" of the one they confronted; asked of any fact, the reading shown says whom it read them as)
        found = self._answer_text(asked, among=self._cited_by(previous.source) if previous.source else None)[0]
        lead = found.evidence[0].id if found.answered else ""
        if lead in self.brief.facts and all(self._tells_term([lead], t) for t in q.terms):
            return found
        told = self.brief.facts.get(previous.told)
        if told is not None and all(self._tells_term([told.id], t) or tells_wanted(told.statement, t) for t in q.terms):
            # "what did they want", found in no fact by its word: the fact that told of them gives their aim ("a
            # letter asking it to end the lease"), which is what they wanted as far as the article tells it
            hit = Hit(told.id, 1.0, 1.0)
            aimed = _shown(self.composer.compose(q, [hit], hit), asked)
            if aimed.answered and aimed.evidence[0].id == told.id:
                return aimed
        people = previous.told_people or "people"
        return self._miss(found.question, "no_match", messages.NOT_TOLD_OF_THEM.format(people=people), [], kind=q.kind)

    def _cited_by(self, source: str) -> FactsWhere:
        """The facts citing the article `source` (asked fact by fact, as `_sharing`)."""

        def cites(doc_id: str) -> bool:
            fact = self.brief.facts.get(doc_id)
            return fact is not None and any(c.source == source for c in fact.citations)

        return FactsWhere(cites)

    def _reaction_to(self, fact_id: str) -> str:
        """The one fact the brief links to `fact_id` telling a reaction (`Features.reaction`: "in response", "responded
        by"), when `fact_id` tells none itself: what came of what it told; "" when there is no such one fact."""
        own = self.retriever.fact_features(fact_id)
        if own is None or own.reaction:
            return ""
        reactions = [
            r
            for r in self.brief.related.get(fact_id) or ()
            if r in self.brief.facts and (told := self.retriever.fact_features(r)) is not None and told.reaction
        ]
        return reactions[0] if len(reactions) == 1 else ""

    def _more_words_told(self, previous: Subject, asked: str) -> bool:
        """`asked` asks for someone's words (SPEECH_VERBS), the question the last answer answered asked who said
        words it quoted (`quoted_phrases`) or what someone called a thing (CALLED_WHAT: the words quoted right after
        the calling, CALLING_SPAN), and the fact that answer told quotes other words (a span in quotation marks in a
        citation, most of whose content words the asked ones lack): what "what else did they say" asks."""
        fact = self.brief.facts.get(previous.told)
        if fact is None or SPEECH_VERBS.isdisjoint(words(asked.lower())):
            return False
        quoted = quoted_phrases(previous.told_asked or previous.asked)
        if not quoted and CALLED_WHAT.match(previous.told_asked or previous.asked):
            # "what did the keeper call the guild": the words she called it by, quoted right after the calling
            # ("called the guild the “ledger of the harbour”", "described it as …"), are the ones asked and told
            calls = (c[1] or c[2] for citation in fact.citations for c in CALLING_SPAN.findall(citation.quote))
            quoted = tuple(itertools.islice(calls, 1))
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

    def _by_date(self, previous: Subject, age: str, shown: str) -> tuple[Answer, str] | None:
        """ "Which was first" (`age` "first"), "which came last" ("last") right after an answer listing facts
        (`Subject.listed_told`): the one their dates put there, with its date, and its id; when the dates leave it
        open (a fact dated to its year only may be before one of its May), that the dates don't settle it, naming
        each that may be. None when fewer than two of them are dated, or `age` is "" (answered as before)."""
        if not age:
            return None
        facts = self.brief.facts
        if previous.listed > len(previous.listed_told):
            return None  # the list named more than it gave: which of those is first is not known from these
        # (or the facts that told the sums compared: "which was first" after the two contracts' sums, `_two_told`)
        # (or the facts the last two answers told; or the one fact the last answer told, of two things: "which was
        # first" after one sum paid for both)
        compared = previous.listed_told or frozenset(previous.sums_facts)
        if len(compared) < 2 and previous.told_before in facts and previous.told in facts:
            compared = frozenset([previous.told_before, previous.told])
        compared = compared or frozenset([previous.told])
        if len(compared) == 1 and not previous.listed_told:
            return self._order_untold(previous, age, shown)
        dated = [(*period_bounds(f.date), f.id) for i in sorted(compared) if (f := facts.get(i)) and f.date]
        if len(dated) < 2:  # (undated ones are none of those the dates order)
            return None
        last = age == "last"
        # the bound that puts one there for sure: first, it ends before every other starts; last, the reverse
        edge = min(end for _, end, _ in dated) if not last else max(start for start, _, _ in dated)
        may = [d for d in dated if (d[0] <= edge if not last else d[1] >= edge)]
        # a thing's fact is dated by whatever it tells of it (a lease's end, its renewal, its signing), so the dates
        # of several do not order the things (a lease told ended in 2018 may be older than one signed in 2014; code
        # reviewer rv34): that the dates don't settle it, each with its date
        things = any(facts[f].kind not in HAPPENING_KINDS for *_, f in dated)
        may = dated if things else may
        may.sort(key=lambda d: (d[0], d[1]), reverse=last)
        if things or len({facts[f].date for *_, f in may}) > 1:
            items = "; ".join(f"{date_label(facts[f].date)}: {facts[f].statement.rstrip('.')}" for *_, f in may)
            miss = self._miss(shown, "no_match", messages.DATES_UNSETTLED.format(age=age, items=items), [])
            return rendered(miss), ""
        hit = Hit(may[0][2], 1.0, 1.0)
        composed = self.composer.compose(self.understander.understand(normalize("when was that")), [hit], hit)
        if not composed.answered:
            return None
        read = replace(composed, question=shown, read_as=f"which of those was {age}")
        return rendered(read), hit.id

    def _order_untold(self, previous: Subject, age: str, shown: str) -> tuple[Answer, str] | None:
        """ "Which was first" (`age`) of the two things one fact told with their sums (the two contracts one article
        gave, or one sum paid for two things): that fact dates neither, so the articles don't say, with what it
        tells."""
        fact = self.brief.facts.get(previous.sums_facts[0] if previous.sums_facts else previous.told)
        if fact is None:
            return None
        lead = messages.ORDER_UNTOLD_LEAD.format(age=age, statement=fact.statement)
        miss = self._miss(shown, "no_match", lead, [], suggest=False)
        miss = replace(miss, items=[self.item(fact.id)])
        return rendered(miss), ""

    def _unled(self, previous: Subject, unled: str, shown: str) -> tuple[Answer, str] | None:
        """ "And the other one?" right after an answer comparing two things (`Subject.unled`): the fact of the one it
        did not lead with, and its id; when that is the fact it led with, giving one figure for both, that the
        articles give one figure for both, with it. None when the fact is not the brief's."""
        fact = self.brief.facts.get(unled)
        if fact is None:
            return None
        hit = Hit(fact.id, 1.0, 1.0)
        composed = self.composer.compose(self.understander.understand(normalize("what was that")), [hit], hit)
        if not composed.answered:
            return None
        joint = unled == previous.told and not previous.unled_sum
        lead = messages.ONE_FIGURE_FOR_BOTH.format(statement=fact.statement) if joint else composed.lead
        if len(previous.unled_sum) == TWO_SUMS:
            # the other of two sums "which was bigger" picked between: the thing of that sum, with the fact telling
            # it (that fact may tell both: its own lead was the first sum's)
            number, scale = previous.unled_sum
            lead = messages.OTHER_SUM_LEAD.format(
                sum=f"${number} {scale}", noun=self._sums_noun(previous), statement=fact.statement
            )
        read = replace(composed, question=shown, lead=lead, read_as="the other one of the two compared")
        return rendered(read), fact.id

    def _by_size(self, previous: Subject, size: str, shown: str) -> tuple[Answer, str] | None:
        """ "Which was bigger" (`size`, the word asked) right after answers telling two or more sums of one kind of
        thing (`Subject.sums_talked`): the one the word picks, with the fact that told it, and its id; after a list
        (`listed_told`), each of whose facts must give one sum for the list to be compared, else that the sums don't
        settle it, with what each tells. None when `size` is "" or two of the sums are the same."""
        if not size:
            return None
        facts = self.brief.facts
        compared = self._sums_compared(previous)
        if compared is None:
            told = [f for i in sorted(previous.listed_told) if (f := facts.get(i)) is not None]
            items = "; ".join(f.statement.rstrip(".") for f in told)
            miss = self._miss(shown, "no_match", messages.SIZES_UNSETTLED.format(size=size, items=items), [])
            return rendered(miss), ""
        sums, by = compared
        picked = self._size_picked(sums, by, size)
        fact = facts.get(by[picked]) if picked is not None else None
        if fact is None or picked is None:
            return None
        said = [f"${number} {scale}" for number, scale in sums]
        noun = self._sums_noun(previous)
        lead = messages.SIZE_PICKED_LEAD.format(
            picked=said[picked], noun=noun, size=size, sums=and_joined(said), statement=fact.statement
        )
        hit = Hit(fact.id, 1.0, 1.0)
        composed = self.composer.compose(self.understander.understand(normalize("what was that")), [hit], hit)
        if not composed.answered:
            return None
        read = replace(composed, question=shown, lead=lead, read_as=f"which of those was {size}")
        return rendered(read), fact.id

    def _sums_compared(self, previous: Subject) -> tuple[list[tuple[str, str]], list[str]] | None:
        """The sums "which was bigger" picks between after `previous`, as (number, scale), and the fact telling each:
        the facts a list gave (`listed_told`), one sum each, else the sums talked of (`Subject.sums_talked`); None
        when the list's sums don't settle it (more listed than given, or a fact of none or of several sums)."""
        if not previous.listed_told:
            return list(previous.sums_talked), list(previous.sums_facts)
        told = [f for i in sorted(previous.listed_told) if (f := self.brief.facts.get(i)) is not None]
        each = [scaled_figures(words(f.statement)) for f in told]
        if previous.listed > len(told) or any(len(s) != 1 for s in each):
            return None
        return [next(iter(s)) for s in each], [f.id for f in told]

    @staticmethod
    def _size_picked(sums: list[tuple[str, str]], by: list[str], size: str) -> int | None:
        """Which of `sums` (each told by the fact at its place in `by`) the comparative `size` picks ("bigger": the
        largest); None when fewer than two, or another is as large."""
        values = [sum_value(number, scale) or 0.0 for number, scale in sums]
        if len(values) < 2 or len(by) != len(values):
            return None
        picked = values.index(max(values) if size in LARGER_ASKED else min(values))
        return picked if values.count(values[picked]) == 1 else None

    def _sums_noun(self, previous: Subject) -> str:
        """The noun the things of the sums talked of are named by ("lease" of "the two leases"); after a glossary
        entry (a name, no noun of things), the kind of thing every fact telling a sum is ("contract"), else "one"."""
        if not previous.told_entry:
            return singular(previous.head.lower()) if previous.head else "one"
        kinds = {f.kind for i in previous.sums_facts if (f := self.brief.facts.get(i)) is not None}
        return next(iter(kinds)) if len(kinds) == 1 and kinds <= SUM_THING_KINDS else "one"

    def _sized(self, previous: Subject, size: str, picked_fact: str) -> Subject:
        """The subject after "which was bigger" (`size`) picked one of the sums talked of: the thing of that sum, as
        "what was the $12 million lease" would have it ("when does it expire" asks of it, though its fact tells two);
        of two sums, the other one's sum and fact are what "and the other one?" next is of (`Subject.unled_sum`). The
        last subject, telling `picked_fact`, when the sums are not two or the thing's phrase reads as no subject."""
        kept = replace(previous, told=picked_fact or previous.told, listed=0)
        compared = self._sums_compared(previous)
        picked = self._size_picked(*compared, size) if compared is not None else None
        if compared is None or picked is None or len(compared[0]) != TWO_SUMS:
            return kept
        return self._sum_subject(kept, compared[0][picked], compared[0][1 - picked], compared[1][1 - picked])

    def _sum_subject(self, kept: Subject, this: tuple[str, ...], other: tuple[str, ...], other_fact: str) -> Subject:
        """`kept` as the subject of the thing of the sum `this` ("the $12 million lease"), the thing of the sum
        `other`, told by `other_fact`, being the other one. The subject is read from a question made up for it ("what
        was the $12 million lease"); when that reading finds no subject (the made-up phrase names nothing the
        follow-up reader takes as one), `kept` is returned unchanged: the last subject, now telling the picked
        sum's fact, so "when does it expire" still asks of that fact, only "and the other one?" has nothing kept.

        The sum and the noun are all the fact's structure holds of the thing; the subject's parts are the reader's
        (`FollowUps.subject`), whose choices rest on the brief, not on them: its head is the word the brief uses most
        ("million" of "the $12 million lease" when no fact says "lease"), a noun it names is a name, "one" is no part
        of the phrase and "$20 thousand" reads as 20000. Made directly from the sum, the subject would differ there,
        so it is read as a question asked of the thing would be."""
        number, scale = this
        noun = self._sums_noun(kept)
        said = normalize(f"what was the ${number} {scale} {noun}")
        found = self.followups.subject(said, self.understander.understand(said))
        if found is None:
            return kept
        return replace(
            kept,
            told=self._own_sum_fact(kept.told, this, noun),
            ask=found.ask,
            phrase=found.phrase,
            without_person=found.without_person,
            head=found.head,
            asked=found.asked,
            thing=found.thing,
            tail="",
            unled=self._own_sum_fact(other_fact, other, noun),
            unled_sum=other,
        )

    def _own_sum_fact(self, fact_id: str, told: tuple[str, ...], noun: str) -> str:
        """The one fact of an article citing the fact `fact_id` that gives the sum `told` alone and names `noun`
        (the lease of $9 million the Gazette tells of by itself, beside its fact telling two leases' sums): what is
        told of that one thing, its end or its start, is its; `fact_id` when there is none or more than one."""
        fact = self.brief.facts.get(fact_id)
        if fact is None or len(told) != TWO_SUMS or len(scaled_figures(words(fact.statement))) < TWO_SUMS:
            return fact_id
        sources = {c.source_id for c in self.brief.citations(fact)}
        own = self._sum_alone(
            (told[0], told[1]),
            lambda f: (
                f.id != fact_id
                and noun in {singular(w.lower()) for w in words(f.statement)}
                and bool(sources & {c.source_id for c in self.brief.citations(f)})
            ),
        )
        return own[0] if len(own) == 1 else fact_id

    def _sum_alone(self, told: tuple[str, str], where: Callable[[FactData], bool]) -> list[str]:
        """The facts (ids, in the brief's order) whose statement gives the sum `told` and no other, of those `where`
        keeps: the one thing a sum is of, told by itself (`_own_sum_fact`, `Answerer._entry_sums`)."""
        return [f.id for f in self.brief.facts.values() if where(f) and scaled_figures(words(f.statement)) == {told}]

    def _naming_another_actor(self, told: str, facts: frozenset[str], kinds: frozenset[str]) -> FactsWhere:
        """The facts naming an actor of one of `kinds` ("organization") that none of `facts` names, but for those
        every one of `facts` and the fact `told` names (the guild asked of, "which groups protested the guild"):
        another group than those told."""
        entities = self.brief.entities
        first = self.brief.facts.get(told)
        shared = set(first.entities) if first is not None else set()
        for fact_id in facts:
            fact = self.brief.facts.get(fact_id)
            shared &= set(fact.entities) if fact is not None else set()
        told_actors = {e for f in facts if (fact := self.brief.facts.get(f)) for e in fact.entities}

        def another(doc_id: str) -> bool:
            fact = self.brief.facts.get(doc_id)
            return fact is not None and any(
                e in entities and entities[e].kind in kinds and e not in told_actors and e not in shared
                for e in fact.entities
            )

        return FactsWhere(another)

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

    def _recipient_told(self, reading: str, previous: Subject | None) -> Answer | None:
        """The answer to a follow-up read "who was <a document> addressed|sent|written to" whose document the fact
        the last answer led with tells of as "<the noun> [addressed|sent] to <whom>", <whom> holding the name or an
        alias of a glossary entry that fact lists ("a letter to Ada Lind in 2018"): "<whom>: <its statement>",
        that fact the evidence. None for any other reading, or when the fact tells of no such recipient."""
        asked = RECIPIENT_ASKED.match(reading.lower())
        fact = self.brief.facts.get(previous.told) if previous is not None else None
        if asked is None or fact is None:
            return None
        nouns = [w for w in words(asked.group(1)) if "document" in NOUN_KINDS.get(w, ())]
        listed = [self.brief.entities[e] for e in fact.entities if e in self.brief.entities]
        names = {fold(n) for e in listed for n in (e.name, *e.aliases)}
        for noun in nouns:
            for told in re.finditer(
                rf"\b{noun}s? (?:addressed |sent |written )?to (.+?)(?=[,;.]| (?:{RECIPIENT_END})\b|$)", fact.statement
            ):
                whom = told.group(1)
                if any(re.search(rf"\b{re.escape(n)}\b", fold(whom)) for n in names):
                    return self._who_told(reading, whom, fact)
        return None

    def _who_told(self, reading: str, who: str, fact: FactData) -> Answer:
        """A who-follow-up `reading` answered by the words `who` its told `fact` names the one asked by ("Ada
        Lind", "the keepers"): "<who>: <its statement>", that fact the evidence (`_recipient_told`, `_writer_told`)."""
        return self._who_led(reading, f"{who[:1].upper()}{who[1:]}: {fact.statement}", fact.id)

    def _writer_told(self, reading: str, previous: Subject | None) -> Answer | None:
        """The answer to a follow-up read "who wrote|sent <the document just told>" whose fact (the one the last
        answer led with) tells of it as a people's own: "<whose>' <…> <the noun>", <whose> a noun of people or an
        actor (classes.NOUN_KINDS, lexicon.ACTOR_KINDS) or a listed glossary entry's name ("The keepers' May
        2001 letter"): "<whose>: <its statement>", that fact the evidence. A letter is its writers' (English usage);
        signing is not told by it. None for any other reading or fact."""
        said = reading.lower().split(" ")
        fact = self.brief.facts.get(previous.told) if previous is not None else None
        if fact is None or len(said) < 3 or said[0] != "who" or said[1] not in WRITER_WORDS | SENDING:
            return None
        listed = [self.brief.entities[e] for e in fact.entities if e in self.brief.entities]
        actors = {fold(n) for e in listed if e.kind in ACTOR_KINDS for n in (e.name, *e.aliases)}
        for noun in (w for w in said[2:] if "document" in NOUN_KINDS.get(w, ())):
            for told in re.finditer(
                rf"\b((?:the )?[\w-]+)(?:['’]s?) (?:[\w-]+ ){{0,3}}?{noun}\b", fact.statement, re.I
            ):
                whose = told.group(1)
                last = whose.split(" ")[-1].lower()
                people = NOUN_KINDS.get(singular(last), frozenset()) & ACTOR_KINDS
                if people or fold(last) in actors:
                    return self._who_told(reading, whose, fact)
        return None

    def _maker_told(self, reading: str, previous: Subject | None, answered: Answer) -> Answer | None:
        """The answer to a follow-up read "who made|built|developed|created <the thing just described>"
        (`makers.asks_maker_of`) whose glossary entry (the one the last answer led with, `Subject.told_entry`, of no
        actor kind) names its maker (`makers.entry_maker`: "A Keepers Guild lamp that …", "… built by the guild"):
        that actor leads `answered` (the reading's own answer) when its first fact lists the actor ("<maker>: <its
        statement>", `makers.maker_before_fact`), else the entry ("<maker>: <the description>"). None for any other
        reading or entry (an owner's possessive, "the port's lamp", tells who has it, not who made it)."""
        said = reading.lower().split(" ")
        entry = self.brief.entities.get(previous.told_entry) if previous is not None and previous.told_entry else None
        return None if entry is None else self._maker_led(said, entry, answered, reading)

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

    def _of_sharing(
        self, asked: str, q: Question, told: str
    ) -> tuple[Answer, tuple[Normalized, Question] | None] | None:
        """`asked` answered by the facts listing an event the fact `told` lists (an entity of kind "event": the
        operation the words just told were said in), when one holding every word of the question `q` leads the
        answer; None otherwise. A place or a program the told fact lists is no occasion: the facts naming a city
        tell of other days there."""
        fact = self.brief.facts.get(told)
        entities = self.brief.entities
        events = {e for e in (fact.entities if fact else []) if e in entities and entities[e].kind == "event"}
        if not events:
            return None

        def lists_event(doc_id: str) -> bool:
            other = self.brief.facts.get(doc_id)
            return other is not None and not events.isdisjoint(other.entities)

        found = self._answer_text(asked, among=FactsWhere(lists_event))
        lead = found[0].evidence[0].id if found[0].answered else ""
        return found if lead in self.brief.facts and all(self._tells_term([lead], t) for t in q.terms) else None


def _or_joined(items: list[str]) -> str:
    """'Lind, Okafor or the guild': items (at least one) joined as English joins alternatives."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} or {items[-1]}"


def _first_source(answer: Answer) -> str:
    """The article the first citation of an answer's first evidence item is from ("" when it has none)."""
    first = next((item for item in answer.evidence if item.citations), None)
    return first.citations[0].source_id if first is not None else ""


def _quoted_at(fact: FactData, source: str, citable: str) -> list[int]:
    """Where in the folded text of the article `source` each of `fact`'s quotes from it is found (none not found)."""
    found = (citable.find(fold(ref.quote)) for ref in fact.citations if ref.source == source)
    return [at for at in found if at >= 0]
