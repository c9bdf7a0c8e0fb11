"""One question answered on its own: the main flow. `Flow.answer` and `answer_among` take the text,
`_answer_text` normalizes it, `_answer_read` understands it (a stray word, an alternative, a negated act read
again), and `_answer_understood` runs the retrieve -> decide -> compose steps with every check of the layers below
(bot/answering/answerer/__init__.py names them). A premise denied (`_premise_denied`) and a role question
(`_holder`, `_subject_role_holder`) answer the question read otherwise, so they recurse through this layer.

Layer 7 of the Answerer (above premises.py)."""

from __future__ import annotations

import itertools
from collections.abc import Container
from dataclasses import replace

from bot import messages
from bot.answering.alternatives import alternative_questions, alternative_subjects
from bot.answering.answerer.dates import HAPPENING
from bot.answering.answerer.makers import asks_maker_of, entry_maker, maker_before_fact, tells_a_maker
from bot.answering.answerer.premises import Premises
from bot.answering.answerer.sources import _shown
from bot.answering.articles import MENTIONING
from bot.answering.compose.questions import asks_actual, asks_done_to, asks_identity, asks_outcome, succeeding_at
from bot.answering.compose.wording import is_year
from bot.answering.compose.yes_no import NEGATION
from bot.answering.compose.yes_no_checks import AGENT_PREFIXES
from bot.answering.decide import Decision
from bot.answering.durations import asks_duration, duration_in, length_asked, length_unsettled
from bot.answering.naming import ROLE_NOUNS, counted_people
from bot.answering.normalize import MAX_QUESTION, Normalized, denial_as_said_not, normalize, parted, refusal_as_not
from bot.answering.render import rendered
from bot.answering.retrieve import Hit, online_venue
from bot.answering.second_parts import first_part, restated_first_part, run_on_first_part, with_second_part
from bot.answering.understand.classes import NOUN_KINDS, PERSON_KINDS
from bot.answering.understand.clauses import spoken_phrases
from bot.answering.understand.kinds import MONEY_MEASURES
from bot.answering.understand.lexicon import AUXILIARIES, LEAD_INS, TARGETING, asks_advice
from bot.answering.understand.question import Question
from bot.answering.understand.understander import LEADER_ROLES
from bot.answering.views import (
    acts_next,
    described,
    gives_view,
    holder_of,
    stance_toward,
    thing_words,
    view_asked,
    view_thing,
    view_untold,
)
from bot.dates import date_label, real_day
from bot.records import EntityData
from bot.replies import Answer
from bot.reporting import INTERVIEWING, TELLING
from bot.search import stem
from bot.text import Deferred, and_joined, fold, words

DID = frozenset({"did", "does", "do"})  # before a name, asking what it did (`_did_name_act`)
MEASURE_NOUNS = frozenset(MONEY_MEASURES.split("|"))  # "what profit did it make": the sum asked, by its noun
UNTIL = frozenset("until till til".split())  # "how long until it runs out": asked up to an end (English)
# kinds whose answer may be what a document says ("what did the leaflet say", "what did the notice list")
WRITTEN_KINDS = frozenset({"quote", "what-is", "topic", "list", "why-how"})
VIEW_CANDIDATES = 8  # "what does Lind feel about the keepers": the close facts searched for her view of them
UNNAMED_CANDIDATES = 5  # "who was the X that …" is said to be unnamed only when none of these close ones names anyone
UNNAMED_COVERAGE = 0.8


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


# the auxiliaries with "not" run in, as normalize leaves them (general English)
NEGATED_ACT_WORDS = 3  # "didnt the company renew": the act a negation asks of, after a subject of up to two words
NEGATED_AUXILIARIES = frozenset("dont doesnt didnt isnt arent wasnt werent hasnt havent hadnt".split())
FIRST_PART_WORDS = 3  # "who is X and what did she say": fewer words before "and" ("ok and when …") ask nothing
# "is Ada Lind the CEO of the guild", "was she a founder of it": whether a person holds a role of an owner
HOLDS = Deferred(r"^(?:is|was)\s+(?P<who>.+?)\s+(?:the|a|an)\s+(?P<role>\w+)\s+(?:of|at)\s+(?P<owner>.+)$")


class Flow(Premises):
    """One question answered on its own (module docstring)."""

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
        if (
            q.kind == "yes-no"
            and (doers := alternative_subjects(norm.tokens, self.understander.name_spans(norm.tokens))) is not None
            and (each := self._each_subject(*doers, shown)) is not None
        ):
            return each, q  # "did the guild or the port cancel the lease": what the articles tell of each
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
        restated = restated_first_part(norm.text)
        if restated is not None and len((restated_norm := normalize(restated)).tokens) >= FIRST_PART_WORDS:
            # "what was the lease, what did it do": the second part asks again of the first's thing, which the first
            # part answers (no part is left to name); read as one, "do" was asked of whatever the closest fact tells
            # done (blind set CJ)
            before = self._answer_understood(self.understander.understand(restated_norm), shown)
            if before.answered:
                return before, q
        understood = self._answer_understood(q, shown)
        understood = self._unmentioned_name(norm, q, understood) or understood
        answer = with_second_part(norm.text, self._maker_named(q, understood) or understood)
        run_on = run_on_first_part(norm.text) if not answer.answered else None
        if run_on is not None and len((run_on_norm := normalize(run_on)).tokens) >= FIRST_PART_WORDS:
            # "why does Lind want the lease kept, what reason did she give at the meeting": read as one, nothing
            # answers; the question before the comma, with the note naming the part left
            before = self._answer_understood(self.understander.understand(run_on_norm), shown)
            if before.answered:
                return with_second_part(norm.text, before, run_on=True), q
        if not answer.answered and (denied := denial_as_said_not(norm.text)) is not None:
            # "did the guild deny helping the wardens": read as whether it said it was not helping them, answered by a
            # fact wording that very act ("helping"), never one on another ("did they deny working with …"); led with
            # no verdict: what they said they were not helping with may be narrower than what is asked ("deny helping
            # the wardens" of "said its lease was not helping the wardens arrest keepers")
            reading, act = denied
            said_not = self._answer_understood(self.understander.understand(normalize(reading)), shown)
            if said_not.answered and said_not.items and act in words(fold(said_not.items[0].statement)):
                plain = replace(said_not, lead=said_not.items[0].statement, says_yes=False)
                return with_second_part(norm.text, _shown(plain, shown)), q
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

    def _maker_named(self, q: Question, answered: Answer) -> Answer | None:
        """ "Who made the lamp", the thing named (`makers.asks_maker_of`), whose glossary entry names its maker as
        English does ("A Keepers Guild lamp …", `makers.entry_maker`): the maker leads `answered` when its first fact
        lists the maker ("<maker>: <its statement>", that fact still the evidence), else the entry ("<maker>: <the
        description>"), as a follow-up "who made it" is answered (Followed._maker_told). None for any other question
        or entry."""
        things = [e for e in q.entities if e in self.brief.entities]
        entry = self.brief.entities[things[0]] if len(things) == 1 else None
        if entry is None or not asks_maker_of(q.words, entry, actors=True):
            return None
        if not asks_maker_of(q.words, entry) or entry_maker(entry, self.brief.entities.values()) is None:
            return self._maker_untold(q, entry, answered)
        return self._maker_led(q.words, entry, answered, answered.question)

    def _maker_led(self, said: list[str], entry: EntityData, answered: Answer, question: str) -> Answer | None:
        """The answer to `question`, whose words `said` ask who made the thing `entry` is (`makers.asks_maker_of`),
        when the entry names its maker (`makers.entry_maker`): that maker leads `answered` when its first fact lists
        the maker ("<maker>: <its statement>", `makers.maker_before_fact`), else the entry ("<maker>: <the
        description>"). None otherwise. Shared by the question naming the thing (`_maker_named`) and the follow-up
        asking of the thing just described (Followed._maker_told)."""
        if not asks_maker_of(said, entry):
            return None
        maker = entry_maker(entry, self.brief.entities.values())
        if maker is None:
            return None
        on_fact = maker_before_fact(answered, maker, self.brief.facts)
        if on_fact is not None:
            return on_fact
        return self._who_led(question, f"{maker.name}: {entry.description}", entry.id)

    def _who_led(self, question: str, lead: str, doc_id: str) -> Answer:
        """A who-question (or follow-up reading) `question` answered by `lead` ("<who>: <what says so>"), the fact or
        glossary entry `doc_id` its one evidence item (`_maker_led`, Followed._who_told)."""
        return rendered(self._led(question, lead, [self.item(doc_id)], kind="who"))

    def _maker_untold(self, q: Question, entry: EntityData, answered: Answer) -> Answer | None:
        """ "Who made the ledger" of a thing whose entry names no maker and of which no fact tells a making with its
        maker (`makers.tells_a_maker`: "built by …", "co-founder"): the lead fact, on something else ("keepers
        flooded the ledger's page"), is told under DOER_UNTOLD_LEAD, never as if it named the maker. None when
        nothing answered or some fact naming the thing tells who made it."""
        first = answered.evidence[0] if answered.answered and answered.evidence else None
        if first is None or first.kind != "fact" or first.id not in self.brief.facts:
            return None
        if any(entry.id in f.entities and tells_a_maker(f.statement) for f in self.brief.facts.values()):
            return None
        lead = messages.DOER_UNTOLD_LEAD.format(
            act=q.words[1], thing=entry.name, statement=self.brief.facts[first.id].statement
        )
        led = replace(answered, lead=lead, answered=False, outcome="no_match", says_yes=False)
        return rendered(led)

    def _view(self, q: Question, decision: Decision, ranked: list[Hit]) -> Decision | str | None:
        """A holder's view asked ("what does the guild think about the port", "what is Lind's stance on the lease"):
        the closest fact among the first VIEW_CANDIDATES that gives the holder's own words or acts
        (views.gives_view) and tells of the thing, as the decision, when the one decided on does not; else, when
        that one gives none of the holder's (what the holder is, or another's words about it: "Lind attacked the
        guild"), the lead saying the holder's view is untold, with what the closest fact telling of the thing tells
        (views.view_untold); None when no view is asked, nothing was decided on, or the lead stands."""
        best = decision.best.id if decision.best is not None else None
        asked = view_asked(q.words)
        spans, kind_of, verb = self.understander.name_spans, self.retriever.entity_kind, self.understander.english.verb
        holder = holder_of(asked, spans, kind_of)
        if holder is None or asked is None or (best is not None and best not in self.brief.facts):
            return None
        thing = view_thing(q.text, asked[2], spans)
        thing_stems = {stem(w) for w in thing_words(asked[2])}

        def tells_thing(fact_id: str) -> bool:
            if thing in self.brief.entities:
                return thing in self.brief.facts[fact_id].entities
            return bool(thing_stems) and thing_stems <= self.retriever.stated_stems(fact_id)

        near = [h for h in ranked[:VIEW_CANDIDATES] if h.id in self.brief.facts]
        hits = [decision.best, *[h for h in near if h.id != best]] if decision.best is not None else near
        viewing = [h for h in hits if gives_view(self.brief.facts[h.id].statement, holder, spans, kind_of, verb)]
        # (another fact than the one decided on only with the holder as the subject of its act: "Lind defended …")
        telling = next(
            (
                h
                for h in viewing
                if tells_thing(h.id)
                and (h.id == best or acts_next(self.brief.facts[h.id].statement, holder, spans, verb))
            ),
            None,
        )
        if telling is None:
            # "what does Lind think of the mayor" of "Lind, a long-time supporter of the mayor": a stance noun of
            # the thing, told of the holder, is a view of it (what the holder is, but as one toward the thing)
            facts = self.brief.facts
            telling = next(
                (h for h in hits if stance_toward(facts[h.id].statement, holder, thing, thing_stems, spans)), None
            )
        if viewing and viewing[0].id == best and (telling is None or telling.id == best):
            return None  # the holder's own words or acts lead
        if telling is not None:
            return Decision("answered", telling)
        # (a fact telling what the holder is, "Lind is the guild's head", tells nothing of the holder toward it)
        told = best
        if best is None or described(self.brief.facts[best].statement, holder, spans):
            told = next(
                (
                    h.id
                    for h in hits
                    if tells_thing(h.id) and not described(self.brief.facts[h.id].statement, holder, spans)
                ),
                best,
            )
        if told is None:
            return None
        untold = view_untold(q.text, q.words, self.brief.facts[told].statement, spans, kind_of, verb)
        if untold is None:
            return None
        name, entry = self.brief.entities[holder].name, self.brief.entities.get(thing)
        return messages.VIEW_UNTOLD_LEAD.format(
            holder=name,
            thinks=untold[1],
            thing=entry.name if entry is not None else thing,
            statement=self.brief.facts[told].statement,
        )

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
            return rendered(unstated)
        if len(told) != 1:
            return None
        led = self._answer_understood(replace(q, among=frozenset(told)), shown)
        return led if led.answered else None

    def _each_subject(self, pair: tuple[str, str], doers: tuple[str, str], shown: str) -> Answer | None:
        """The answer to a yes/no question asking one act of either of two doers (`alternative_subjects`' pair and
        the doers' ids): each doer's answer, the first's lead and EACH_OF_TWO the second's (one doer's "don't tell
        that of" alone would read as the whole answer), a doer whose question finds nothing told NOT_TOLD_OF; None
        when neither is answered."""
        answers = [self._answer_understood(self.understander.understand(normalize(p)), shown) for p in pair]
        if not any(a.answered for a in answers):
            return None
        first, second = (
            (a.text.splitlines() or [""])[0]
            if a.answered or a.evidence
            else messages.NOT_TOLD_OF.format(name=self.brief.entities[doer].name)
            for a, doer in zip(answers, doers, strict=True)
        )
        items = [*answers[0].items, *(i for i in answers[1].items if i.id not in {j.id for j in answers[0].items})]
        lead = messages.EACH_OF_TWO.format(first=first, second=second)
        answer = Answer(
            question=shown, answered=True, outcome="answered", text="", kind="yes-no", lead=lead, items=items
        )
        return rendered(answer)

    def _alternative_told(self, pair: tuple[str, str], shown: str) -> Answer | None:
        """The answer to a yes/no question offering two alternatives (`alternative_questions`' pair): the one of them
        answered "Yes" alone (Answer.says_yes, as the rule wording its lead says, never read from its words), led
        with no verdict word (the question asked neither yes nor no); None when neither or both are."""
        verdict = messages.YES_LEAD.format(statement="")
        answers = [self._answer_understood(self.understander.understand(normalize(p)), shown) for p in pair]
        told = [a for a in answers if a.answered and a.says_yes]
        if not told and (denied := _denied_alike(answers)) is not None:
            # "did the keepers open the door or take the letter" of "would not open the door and refused the letter":
            # one fact says no to each, so to either (a fact denying one alone leaves the other open)
            return replace(denied, question=shown)
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
        lead = told[0].lead.removeprefix(verdict)
        dated = messages.YES_AS_OF_LEAD.split("{")[0]  # "Yes, as of May 2019: …" keeps its date, not its verdict
        lead = "As of " + lead.removeprefix(dated) if lead.startswith(dated) else lead
        answer = replace(told[0], lead=lead, question=shown, says_yes=False)
        return rendered(answer)

    def _answer_understood(self, q: Question, shown: str) -> Answer:
        """The answer to a question understood as `q`, shown as `shown` (as typed, cleaned)."""
        if (interview := self.speakers.interviewed_by(q)) is not None:
            # "who did the Gazette talk to": whom it interviewed, those whose words it gives as told to it ("Ada Lind
            # told the Gazette"), asked as "who did the Gazette quote" among those (none: asked as it was)
            quoting, outlets = interview
            heard = _within(q, self.speakers.told_to(outlets))
            if heard:
                q = replace(self.understander.understand(normalize(quoting)), among=heard)
        if (clause := self.speakers.interviewed_clause(q)) is not None:
            # "who is the tech worker the Gazette interviewed": the outlet points at whom its article gives as told
            # to it, asked without the clause among those (none answering: asked as it was)
            rest, outlets = clause
            heard = _within(q, self.speakers.told_to(outlets))
            if heard:
                pointed = replace(self.understander.understand(normalize(rest)), among=heard)
                answer = self._answer_understood(pointed, shown)
                if answer.answered:
                    return answer
        if (outlet_told := self.speakers.outlet_told(q)) is not None:
            # "which tv network did Lind talk to": the outlet her words were told to, which her words the articles
            # give as told to one say ("Lind told the Gazette …"), asked as "what did Lind say" among those; none
            # told to any outlet: the plain refusal, never a fact on her that names an outlet as its source
            said_so, speakers, paper = outlet_told
            heard = _within(q, self.speakers.told_outlets_by(speakers))
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
                    outlet=True,  # "Lind was quoted by which site" too, whose verb asks no outlet (blind set BU)
                    # "who was Lind talking to" is read as who she is: whom she talked to is asked (blind set BV)
                    kind="who" if q.kind == "what-is" else q.kind,
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
        q = self._founding(self._bare_where(q))
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
        if isinstance(view := self._view(q, decision, ranked), str):
            return self._miss(shown, "no_match", view, ranked, kind=q.kind)
        if view is not None:
            decision = view  # "what does Lind feel about the keepers": her act toward them, not what she is
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
        if (
            q.kind == "date"
            and decision.outcome != "off_topic"
            and (ending := self.endings.check(q, ranked, decision.best))
        ):
            # "when is the renewed lease over": only a fact telling the end of that lease answers, never its renewal's
            # date nor another lease's end (fresh tester: a start and another contract's expiry were led as its end)
            if ending.best is None:
                return self._miss(shown, "no_match", ending.untold, ranked, kind=q.kind)
            decision = Decision("answered", ending.best)
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
        if (either := self.decider.alternative_sums(q, ranked)) is not None:
            return _shown(self._sums_either(q, either, shown), shown)  # "was it $49m or $53m": both, each cited
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
            if (elsewhere := self._told_by_other(q, every, every_ranked, shown, own=ranked)) is not None:
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
        if decision.best is None and q.kind == "yes-no" and (giver := self._from_another(q, ranked)) is not None:
            # "was the $5 million gift from the Gazette": the fact telling it was the Courier's says no
            lead = messages.NO_LEAD.format(statement=self.brief.facts[giver].statement)
            answer = Answer(question=shown, answered=True, outcome="answered", text="", kind=q.kind, lead=lead)
            return _shown(replace(answer, items=[self.composer.item(giver)]), shown)
        if decision.best is None and q.kind == "yes-no" and decision.other_way in self.brief.facts:
            statement = self.brief.facts[decision.other_way].statement
            lead = messages.OTHER_WAY_NO_LEAD.format(statement=statement)
            answer = Answer(question=shown, answered=True, outcome="answered", text="", kind=q.kind, lead=lead)
            return _shown(replace(answer, items=[self.composer.item(decision.other_way)]), shown)
        if decision.best is None and decision.parts_of in self.brief.facts:
            return _shown(self._parts_of_one(q, decision, shown), shown)  # "the two leases combined": each one's sum
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
            if decision.unknown_name:
                text = messages.NAME_UNTOLD.format(name=decision.unknown_name)
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
                    "end_echoed": messages.NO_START_DATE,  # "the 2018 lease" of one told only as ended then
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
        if (own := self.occasions.own_dated(q, ranked, best, self.decider.of_time)) is not None:
            best = own  # "when did the 2019 protest start": the subject's own protest, not a march beside it
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
        if self._month_not_told(q, best.id):
            # "what were the july flyers" led by the May 2019 flyer: no fact is of the month asked; said so, then
            # what the articles tell
            other_month = self.brief.facts[best.id]
            period, statement = date_label(q.on_date), other_month.statement
            text = (
                messages.OTHER_YEAR_LEAD.format(year=period, told=date_label(other_month.date[:7]), statement=statement)
                if other_month.date and len(other_month.date) >= len("2019-07")
                else messages.NOT_DATED_THEN_LEAD.format(period=period, statement=statement)
            )
            return self._miss(shown, "no_match", text, ranked, kind=q.kind)
        if (end_year := self._year_only_by_end(q, best.id)) is not None:
            # "how much was the 2019 renewal worth" led by a sum of a thing only due to end in 2019
            text = messages.YEAR_ONLY_BY_END_LEAD.format(year=end_year, statement=self.brief.facts[best.id].statement)
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
        if self.untold.reason(q, best.id) or self.untold.opposite_without_cause(q, best.id):
            # "why did the guild drop the harbour as a sponsor": the closest fact tells only that it did
            statement = self.brief.facts[best.id].statement
            text = messages.REASON_UNTOLD.format(statement=statement)
            return self._miss(shown, "no_match", text, ranked, kind=q.kind)
        if q.words[:1] == ["why"] and best.id in self.brief.facts and self.composer.purpose_untold(q, best.id):
            # "why did the guild sign the lease to help the port": the purpose asked is the question's, not the fact's
            statement = self.brief.facts[best.id].statement
            text = messages.REASON_UNTOLD_LEAD.format(statement=statement)
            return self._miss(shown, "no_match", text, ranked, kind=q.kind)
        if self.untold.resumption_untold(q, best.id):
            # "did the guild ever go back to working with the port" led by the guild dropping it: no return is told
            statement = self.brief.facts[best.id].statement
            text = messages.WHETHER_UNTOLD_LEAD.format(statement=statement)
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
        if (spoke_to := self._spoke_to_untold(q, shown, ranked)) is not None:
            return spoke_to  # "did Lind give the Gazette a comment": no words of hers told to it
        if (spoken := self._spoke_otherwise(q, ranked, best)) is not None:
            # "did the wardens give a comment" led by another party's silence: the wardens' own words, no verdict
            composed = self.composer.compose(q, ranked, spoken)
            return _shown(replace(composed, lead=self.brief.facts[spoken.id].statement, says_yes=False), shown)
        someone = self.untold.actor(q, ranked, best.id) or self.untold.party(q, best.id)
        if (someone := someone or self._silent(q, ranked, best)) is not None:
            # "did Ada Lind back the mayor": a fact about someone else backing the mayor does not tell it of her
            told_of = messages.NOT_TOLD_OF_WHY if q.kind == "why-how" else messages.NOT_TOLD_OF
            text = told_of.format(name=self.brief.entities[someone].name)
            if q.kind == "yes-no" and (fact := self.brief.facts.get(best.id)) is not None and someone in fact.entities:
                # "did Lind refuse to sell the lease", the refusal told of the guild and the closest fact of Lind's
                # own stand: what the articles do tell of her, with no verdict (fresh tester rf64)
                text = messages.NOT_TOLD_OF_LEAD.format(
                    name=self.brief.entities[someone].name, statement=fact.statement
                )
            return self._miss(shown, "no_match", text, ranked, kind=q.kind)
        if (phrases := spoken_phrases(q.text)) and self.speakers.unsaid(phrases, best.id):
            # "who said we will shut the guild down": the closest fact tells of other words
            return self._miss(shown, "no_match", messages.NOT_SAID, ranked, kind=q.kind)
        if q.kind == "date" and asks_duration(q.text):
            q = replace(q, kind="topic")  # "how long is the lease" that no fact gives a length of: never led by a date
        close = [h for h in ranked[:UNNAMED_CANDIDATES] if h.coverage >= UNNAMED_COVERAGE * best.coverage]
        noun = self.namer.unnamed_noun(q)
        if (
            noun is not None
            and q.kind == "list"
            and all(self.namer.unnamed(q, noun, h.id, held_at=h is best) for h in [best, *close])
            and (occasion := self._occasion_naming(q, noun, ranked, best)) is not None
        ):
            # "which groups marched where people chanted 'free the lamp'": the chant's fact names no group, and the
            # fact the brief relates to it (the same occasion) names those who held it; the clause says which
            best = occasion
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
            and (self.namer.person_owner(q, noun) is not None or noun in ROLE_NOUNS)
            and self.namer.unnamed(q, noun, best.id, held_at=False)
            and (named := next((h for h in close if not self.namer.unnamed(q, noun, h.id, held_at=False)), None))
            and not self.namer.told_of_another(q, noun, named.id)
        ):
            # "who was the guild guy" led by the guild's entry: the close fact naming its person; "who was the
            # reporter that covered the guild's flier" led by the flier's fact: the close one naming its reporter (the
            # noun asks the person, the clause only narrows which; blind set)
            best = named
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
        if first_fact is not None and (dated := self.occasions.dated(q, ranked)):
            # "when did the Eastport protest happen" told on two dates: each occasion, dated and cited (task ld35)
            items = [self.item(h.id) for h in dated]
            several = messages.SEVERAL_DATED_LEAD.format(dates=and_joined([i.date_label for i in items]))
            items = [items[0], *(replace(i, role="differs") for i in items[1:])]
            composed = replace(composed, lead=f"{several} {items[0].statement}", items=items, more=0, says_yes=False)
        if first_fact is not None and (deed := self.untold.agentless(q, first_fact.id)) is not None:
            # "who denied them entry" of "they were denied entry": what was done, never who did it (task ld35)
            lead = messages.DOER_UNTOLD_LEAD.format(act=deed[0], thing=deed[1], statement=first_fact.statement)
            composed = replace(composed, lead=lead, says_yes=False, answered=False, outcome="no_match")
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
        if q.kind == "yes-no" and composed.items and length_unsettled(q.text, composed.items[0].statement):
            # "did the messages stay up for hours" of "taken down within hours": the length told does not settle the
            # one asked (a few hours are hours), so no verdict; the fact leads as it is (review ov53 6: "No")
            composed = replace(composed, lead=composed.items[0].statement, says_yes=False)
        if composed.items and (untold_document := self.untold.document_untold(q)) is not None:
            # "what did Lind say in her shareholder letter": no article tells of one, so the words led are not from
            # it; said so, then her words elsewhere, as such (a pointer, no answer to what was asked)
            name, noun = untold_document
            lead = messages.DOCUMENT_UNTOLD_LEAD.format(document=noun, name=name, statement=composed.items[0].statement)
            composed = replace(composed, lead=lead, says_yes=False, answered=False, outcome="no_match")
        placing = ranked  # "where were the protests in may 2019": a place of that month's facts (naming none, all are)
        if self.decider.names_month(q) and self.decider.of_month(decision.best.id, q):
            placing = [h for h in ranked if self.decider.of_month(h.id, q)]
        placement = self.venues.place(q, placing, decision.best, best)  # "where …", "where is X based"
        if (
            q.kind == "where"
            and q.earliest
            and composed.items
            and not self.composer.places_named(composed.items[0].id)
            and online_venue(composed.items[0].statement) is None
        ):
            # "where was the first contract signed": no fact telling of it names a place (Composer: the earliest of
            # those that do leads), and another's place would say where the first one was; a web place the lead
            # names is where its act was ("where did the first part of the protest happen": on the guild's page)
            placement = replace(placement, stated=False)
        # "which town's harbour office …": the office the best fact names says which town in its name
        if not placement.stated and not self.namer.owner_named(q, self.namer.unnamed_noun(q), best.id):
            text = messages.NO_ANSWER
            if placement.unpublished and (piece := self.brief.facts.get(best.id)) is not None:
                # "where did Lind publish her op-ed": that the articles don't say comes first, then what they tell
                text = messages.PUBLICATION_UNTOLD_LEAD.format(statement=piece.statement)
            elif placement.unlanded and (landed := self.brief.facts.get(best.id)) is not None:
                # "where did the petition end up": that the articles don't say, then what they tell of it
                text = messages.LANDING_UNTOLD_LEAD.format(thing=placement.unlanded, statement=landed.statement)
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

    def _occasion_naming(self, q: Question, noun: str, ranked: list[Hit], best: Hit) -> Hit | None:
        """The first candidate in `ranked` that the brief relates to `best` (its `related`: the same occasion told
        apart) and that names what a list asks by `noun` (`Namer.unnamed`); None when none does."""
        fact = self.brief.facts.get(best.id)
        if fact is None or not fact.related:
            return None
        return next(
            (h for h in ranked if h.id in fact.related and not self.namer.unnamed(q, noun, h.id, held_at=False)), None
        )

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

    def _holder(self, q: Question) -> Answer | None:
        """ "Is Ada Lind the CEO of the guild": a yes/no question whether a named person holds a role (a person noun
        of classes.NOUN_KINDS) of a named owner, answered as "who is the CEO of the guild" is, with "Yes" when the
        fact answering it lists that person and "No" when it lists another person alone and the role is one person's
        at a time (LEADER_ROLES: a CEO, not a founder); when it lists others alone and the role is one several hold,
        ROLE_UNTOLD_LEAD with that answer's lead. None for any other question or when that fact settles nothing (it
        is then answered as any other)."""
        if q.kind != "yes-no":
            return None
        q = replace(q, words=_agent_prefix_dropped(q.words))  # "was she a co-founder": of the founders
        held = HOLDS.match(" ".join(q.words))
        parts = (held["who"], held["role"], held["owner"]) if held is not None else self._holding_reordered(q)
        parts = parts or self._holding_unowned(q)
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
        elif holders and role not in LEADER_ROLES:
            # "is Lind the founder of the guild" of "Ward is a co-founder of the guild": a role several hold, told of
            # another alone, is not told to be not hers (not told is not false); what is told of it follows
            name, of = self.brief.entities[people[0]].name, self.brief.entities[owners[0]].name
            one = f"{'an' if role[:1] in 'aeiou' else 'a'} {role}"  # "an executive", "a founder"
            lead = messages.ROLE_UNTOLD_LEAD.format(name=name, be=q.words[0], role=one, owner=of, statement=asked.lead)
            says_yes = False
        else:
            return None
        if asked.items and (still := self.composer.still_verdict(q, asked.items[0], lead)) is not None:
            # "is Lind still the CEO": the verdict holds as of the articles' date, which cannot tell it holds today
            lead, answers = still
            if not answers:
                return replace(asked, kind="yes-no", lead=lead, says_yes=False, answered=False, outcome="no_match")
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


def _agent_prefix_dropped(tokens: list[str]) -> list[str]:
    """`tokens` with a role of people (classes.NOUN_KINDS) prefixed as one of several holding it (AGENT_PREFIXES)
    read as the role: "co founder" and "cofounder" (normalize splits "co-founder") as "founder". A leading role
    (LEADER_ROLES) keeps its prefix: a co-CEO is not the one CEO a fact naming the CEO tells of."""

    def shared(role: str) -> bool:
        return NOUN_KINDS.get(role) == PERSON_KINDS and role not in LEADER_ROLES

    said: list[str] = []
    for t in tokens:
        if said and said[-1] in AGENT_PREFIXES and shared(t):
            said[-1] = t
            continue
        bare = [t[len(p) :] for p in AGENT_PREFIXES if t.startswith(p) and shared(t[len(p) :])]
        said.append(bare[0] if bare else t)
    return said


def _negated_act(tokens: list[str]) -> list[str]:
    """The words after a negation ("hadnt expired", "had not expired", "didnt the company renew", "did the company
    not renew"), up to NEGATED_ACT_WORDS of them, among which the act a question asks of as not done stands; []
    when it negates none."""
    for i, token in enumerate(tokens[:-1]):
        if token in NEGATED_AUXILIARIES or (token == "not" and not AUXILIARIES.isdisjoint(tokens[:i])):
            return tokens[i + 1 : i + 1 + NEGATED_ACT_WORDS]
    return []


def _within(q: Question, found: frozenset[str]) -> frozenset[str]:
    """The fact ids of `found` the question is asked among (`Question.among`, set when a question is re-asked
    among the facts an earlier step found); all of them when it is asked among all."""
    return found if q.among is None else frozenset(f for f in found if f in q.among)


def _denied_alike(answers: list[Answer]) -> Answer | None:
    """The first of two alternatives' answers when both lead with the plain "No" (messages.NO_LEAD, as the rule
    words it) on one and the same fact; else None."""
    led = [a.evidence[0] if a.answered and a.evidence else None for a in answers]
    if any(item is None for item in led) or len({item.id for item in led if item is not None}) != 1:
        return None
    statement = next(item.statement for item in led if item is not None)
    if all(a.lead == messages.NO_LEAD.format(statement=statement) for a in answers):
        return answers[0]
    return None
