"""The Answerer: a conversation's turn. `Answerer.answer_in_turn` takes a question after the last one's
subject: a second line or a joined second question (`_next_line_followed`, `_and_asked_of`, `_first_line_asked`),
"they" of several things (`_each_of_them`), then `_turn`, which reads a follow-up against the subject (follow_ups.py)
or answers the question alone (flow.py). `warm` reads the caches a long-running process wants filled first.

The top of the Answerer's layers (bot/answering/answerer/__init__.py)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import partial

from bot import messages
from bot.answer_key import SHOWN_CHARS
from bot.answering.answerer.flow import FIRST_PART_WORDS
from bot.answering.answerer.follow_ups import TWO_SUMS, Followed, _first_source
from bot.answering.answerer.premises import ASKING_OPENINGS
from bot.answering.answerer.sources import _shown
from bot.answering.compose.wording import shorten, singular
from bot.answering.decide.figures import scaled_figures, total_of_parts
from bot.answering.enumeration import number_word
from bot.answering.followups import (
    ASKING,
    ELLIPSIS_OPENINGS,
    PERSONAL,
    PLURAL,
    PREPOSITIONS,
    THEY,
    Reading,
    Subject,
    asks_else,
    asks_of_before,
    asks_speaker,
    bare_time_or_place,
    one_of_its_own,
    people_told,
    things_named,
    without_else,
)
from bot.answering.naming import asks_name
from bot.answering.normalize import MAX_QUESTION, first_line, normalize, parted
from bot.answering.ordinals import ordinal_picked
from bot.answering.render import note_room, rendered, source_line
from bot.answering.retrieve import Hit
from bot.answering.second_parts import answered_with_first, named_pair, own_first_part
from bot.answering.understand.classes import NOUN_KINDS
from bot.answering.understand.lexicon import AUXILIARIES, CHAT, MANNERS, NARROWING_OPENERS, SIGN_OFFS, WEEKDAYS
from bot.answering.untold import gives_why
from bot.replies import Answer
from bot.reporting import other_outlet_names
from bot.text import STOPWORDS, and_joined, words

# words saying a list of two is all there are ("both groups", as "the two groups" does: `_says_all`)
BOTH_WORDS = frozenset({"both"})
PAIR = 2  # the count "both" says

# documents (facts and glossary entries) `Answerer.warm` reads, at most: every per-document cache holds this many
# (search.DOC_CACHE); the shipped brief has ~230
WARM_DOCS = 1024
# characters of the next line's lead a two-line message's note keeps, at least, when shortened to the room its text
# leaves (`_next_line_followed`): fewer say little more than its opening words, and the line is said left out instead
NEXT_LEAD_KEPT = 80
# words a line after the question may be made of and still ask nothing of its own (`_first_line_asked`): chat and
# manners, never a time ("⏎today", "⏎on monday" narrow the question as "⏎in 2019" does)
FILLER_WORDS = (
    (STOPWORDS | MANNERS | SIGN_OFFS | CHAT)
    - WEEKDAYS
    - frozenset("today tonight tomorrow day night morning afternoon evening later weekend".split())
)
# words that put a noun after them in a phrase of place or time, not as a verb's object (general English)
PREPOSITION_WORDS = PREPOSITIONS | frozenset("outside inside near around across through into onto under after".split())
BE_FORMS = frozenset("is are was were".split())
PLURAL_NAMED_WORDS = 4  # "the", up to two words before the noun, the noun: "the harbour leaflets"


class Answerer(Followed):
    """Question in, Answer out, in a conversation: the top of the layers in bot/answering/answerer/."""

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

    def answer_in_turn(self, question: str, previous: Subject | None) -> tuple[Answer, Callable[[], Subject | None]]:
        """The answer to `question` asked after the conversation's last question (`_turn`), and a function giving the
        subject the next follow-up is read with, which carries the article this answer's first evidence cites."""
        missed = previous.unanswered if previous is not None else ""
        if missed:  # the last question had no answer: only the one person it named is read with this one
            previous = self._kind_in_missed(missed, question) or self._named_in_missed(missed)
        lines = first_line(question) if len(question) <= MAX_QUESTION else None
        joined = lines is None and len(question) <= MAX_QUESTION
        if joined:
            lines = self._and_asked_of(question) or named_pair(question, self.understander.find_entities)
        followed = self._next_line_followed(lines, previous, question, joined=joined) if lines is not None else None
        if followed is not None:
            return followed
        each = self._each_of_them(question, previous) if previous is not None else None
        if each is not None:
            return each
        each = self._each_listed(question, previous) if previous is not None else None
        if each is not None:  # "are they jewish" after a list of groups: of each of them
            return each
        which = self._which_told(question, previous) if previous is not None else None
        if which is not None:
            return which
        picked = ordinal_picked(self.brief, question, previous.told) if previous is not None else None
        if picked is not None:  # "how much was the first one" of the things the last answer named in order
            answer, subject = self._picked(question, picked)
        else:
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
                answer, subject = rendered(alone), alone_subject
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
            # a glossary entry led whose words give two sums or more ("a system the guild got $9 million to mend,
            # while the mill got $40 million"): each with the fact telling it of that thing (`_entry_sums`)
            entry = answer.evidence[0].id if not told and answer.evidence else ""
            of_entry = self._entry_sums(entry) if entry else []
            for told_sum, by in [
                *earlier,
                *((s, told) for s in sorted(shown_sums, key=lambda s: shown.find(s[0]))),
                *of_entry,
            ]:
                talked.setdefault(told_sum, by)
            # "what else did she say" asked again: what the answers before told is no more "else" than this one
            asked_else = previous is not None and bool(answer.read_as) and asks_else(answer.read_as.lower().split())
            # ... nor what was told before a follow-up answered by no fact ("what did she say", "who is she": her
            # glossary entry), whose "else" is still other than those words
            carried = asked_else or (previous is not None and bool(answer.read_as) and not told)
            before = previous.else_told | {previous.told} if previous is not None and carried else frozenset()
            listing = answer.kind == "list" and len(answer.evidence) > 1
            # (one of them picked, "which was first": still the list "which came last" is of)
            kept_list = found.listed_told if told in found.listed_told else frozenset()
            listed_told = frozenset(e.id for e in answer.evidence) if listing else kept_list
            if found.unled_sum and found.told and found.unled_sum != (previous.unled_sum if previous else ()):
                # one of two sums picked or the other one asked (`Answerer._sized`): its own fact is what "it" was
                # told by, though the answer's fact told both (fresh tester fu61 1)
                told_now = found.told
            else:
                told_now = told
            return replace(
                found,
                else_told=frozenset(before) - {"", told_now},
                sums_talked=tuple(talked),
                sums_facts=tuple(talked.values()),
                source=source,
                told=told_now,
                told_sums=sums,
                told_person=person,
                several=several,
                told_actor=actor,
                told_asked=found.asked,
                # who "they" are stays who they were while the subject does ("were they let in", then "what did they
                # do with the letter": the protesters still, not the employees the last answer told of)
                told_people=found.told_people
                or (people_told(fact.statement) if (fact := self.brief.facts.get(told)) else ""),
                listed=len(answer.evidence) + answer.more if answer.kind == "list" and len(answer.evidence) > 1 else 0,
                listed_told=listed_told,
                articles_listed=False,
                told_entry=answer.evidence[0].id if answer.answered and answer.evidence and not first else "",
                # answered now: the question missed before (`_named_in_missed`) is no longer the last one
                unanswered="",
                told_before=previous.told if previous is not None and previous.told not in ("", told) else "",
                unled=self._unled_of(answer, found),
            )

        return answer, sourced

    def _sources_of_listed(self, previous: Subject, read_as: str, shown: str) -> Answer:
        """The articles the facts the last answer listed (`Subject.listed_told`) are cited from, each once in the
        order of the brief's sources, with those facts as the evidence."""
        facts = [f for i in sorted(previous.listed_told) if (f := self.brief.facts.get(i)) is not None]
        order = {s: n for n, s in enumerate(self.brief.sources)}
        by_source = {c.source_id: c.label for f in facts for c in self.brief.citations(f)}
        labels = [by_source[s] for s in sorted(by_source, key=lambda s: order.get(s, len(order)))]
        lead = messages.SOURCES_OF_LISTED.format(count=len(facts), articles="; ".join(labels))
        return rendered(self._led(shown, lead, [self.item(f.id) for f in facts], kind="topic", read_as=read_as))

    def _published_in(self, answered: Answer, told: str) -> Answer:
        """ "Where was it published" of words the last answer told, answered with their fact (`answered`, led by its
        article): led by the one outlet the fact names besides its article's, where the words were written or said
        (the keeper's op-ed in the Courier, told in a Gazette piece), as that article reports; as it was otherwise."""
        fact = self.brief.facts.get(told)
        outlets = other_outlet_names(fact, self.brief.entities, self.brief.sources) if fact is not None else []
        cites = self.brief.citations(fact) if fact is not None and len(outlets) == 1 else []
        if not cites or fact is None:
            return answered
        lead = messages.WORDS_PUBLISHED_IN.format(outlet=outlets[0], source=cites[0].label, statement=fact.statement)
        return replace(answered, lead=lead)

    def _count_listed(self, previous: Subject, reading: Reading, shown: str) -> Answer:
        """ "How many were there" after an answer whose lead named actors of one kind (`Reading.listed_count`): how
        many it named, with the fact naming them, only when that fact says they are all there were (`_says_all`);
        otherwise ("several groups, among them …", "Lind, Okafor and other keepers", or no word either way) that the
        articles give no total, naming those it names: a count of a list that may be a part is never a total."""
        fact = self.brief.facts.get(previous.told)
        named_ids = [e for e in reading.listed_count if e in self.brief.entities]
        names = [self.brief.entities[e].name for e in named_ids]
        statement = fact.statement if fact is not None else ""
        kinds = frozenset(self.brief.entities[e].kind for e in named_ids)
        count, named = number_word(len(names)), and_joined(names)
        items = [self.item(fact.id)] if fact is not None else []
        if _says_all(statement, len(names), kinds):
            lead = messages.LISTED_COUNT_LEAD.format(count=count, names=named, statement=statement)
            return rendered(self._led(shown, lead, items, kind="count", read_as=reading.text))
        lead = messages.LISTED_NO_TOTAL_LEAD.format(count=count.lower(), names=named, statement=statement)
        led = self._led(shown, lead, items, kind="count", read_as=reading.text)
        return rendered(replace(led, answered=False, outcome="no_match"))

    def _entry_sums(self, entry_id: str) -> list[tuple[tuple[str, str], str]]:
        """The sums of money the glossary entry `entry_id` describes, in its order, each with the one fact naming
        that entry that gives that sum alone (the $9 million mending of the lamp, the $40 million building of its
        frame): what "which was bigger" after the entry compares. Empty when the entry gives fewer than two sums, or
        a sum is told by no such fact or by several."""
        entry = self.brief.entities.get(entry_id)
        description = entry.description if entry is not None else ""
        sums = sorted(scaled_figures(words(description)), key=lambda s: description.find(s[0]))
        if len(sums) < TWO_SUMS:
            return []
        told: list[tuple[tuple[str, str], str]] = []
        for each in sums:
            facts = self._sum_alone(each, lambda f: entry_id in f.entities)
            if len(facts) != 1:
                return []
            told.append((each, facts[0]))
        return told

    def _unled_of(self, answer: Answer, found: Subject) -> str:
        """What "and the other one?" next is of (`Subject.unled`): after a comparison of two things each told by its
        own fact, the fact of the one not led; after one telling a single figure for two things the question named
        one or both of (a sum paid for the lamp and the ledger together), the fact told; "" otherwise."""
        told = [e.id for e in answer.evidence if e.kind == "fact"]
        if not answer.answered or not told:
            return ""
        if found.unled_sum:  # the other of two sums "which was bigger" picked between (`Answerer._sized`)
            return found.unled
        if answer.kind == "comparison" and len(told) > 1:
            return told[1] if told[1] != told[0] else ""
        fact = self.brief.facts.get(told[0])
        if fact is None or len(scaled_figures(words(fact.statement))) != 1:
            return ""
        things = set(things_named(self.brief, fact))
        named = {e for e, _ in found.names}
        return told[0] if len(things) > 1 and named & things else ""

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
        return rendered(answer), then_subject

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

    def _named_in_missed(self, missed: str) -> Subject | None:
        """The subject a follow-up of the unanswered question `missed` is read with: the one person it named alone
        ("did lind agree", unanswered, then "what did she say": "she" is Lind, whom that question named, though
        nothing was told of her), else None. Nothing else of it is kept: what "it" or "they" stands for after a
        question I had no answer to would be a guess (`missed`, messages.UNRESOLVED_AFTER_MISS)."""
        person = self._read_missed(missed)
        if person is None or not person.person:
            return None
        return replace(self.missed(missed), person=person.person)

    def _kind_in_missed(self, missed: str, question: str) -> Subject | None:
        """The whole subject of the unanswered question `missed` when `question` asks it again of "the <year> one"
        (followups.one_of_its_own): "one" stands for the noun that question named ("who organized the 2018
        protest", unanswered, then "and the 2019 one?": who organized the 2019 protest), which no answer had to
        give, so reading it is no guess. None for any other question, read as `_named_in_missed` says."""
        said = normalize(question).tokens
        if not one_of_its_own(said):
            found = self._read_missed(missed) if self._name_only(said) else None
            # "what about the Courier", unanswered as "how much did the Courier get from the port", then "and the
            # Herald?": the same ask of another name of a kind that question named (read alone, it was the Herald's
            # glossary entry, the ask dropped; fresh tester fu64 3)
            return found if found is not None and found.ask and self._of_kind_named(said, found) else None
        found = self._read_missed(missed)
        return found if found is not None and found.ask and found.head else None

    def _name_only(self, tokens: list[str]) -> bool:
        """ "and the Herald?", "what about Okafor": an ellipsis (ELLIPSIS_OPENINGS) of one name of the brief and
        nothing else but "the"."""
        opening = next((o for o in ELLIPSIS_OPENINGS if tuple(tokens[: len(o)]) == o), None)
        rest = [t for t in tokens[len(opening) :] if words(t)] if opening is not None else []
        spans = self.understander.name_spans(rest)
        if len(spans) != 1:
            return False
        start, end, _ = spans[0]
        return all(t == "the" for t in rest[:start] + rest[end:])

    def _of_kind_named(self, tokens: list[str], found: Subject) -> bool:
        """The one name `tokens` give (`_name_only`) is another of a kind the question `found` is the subject of
        named ("the Herald" after a question naming "the Courier", both outlets)."""
        spans = self.understander.name_spans(tokens)
        entity = spans[0][2] if len(spans) == 1 else ""
        kinds = {self.brief.entities[e].kind for e, _ in found.names if e in self.brief.entities and e != entity}
        return entity in self.brief.entities and self.brief.entities[entity].kind in kinds

    def _read_missed(self, missed: str) -> Subject | None:
        """The subject the follow-up reader finds in the unanswered question `missed` (None when it has no words
        or no subject), read as any question is: the one reading `_named_in_missed` and `_kind_in_missed` keep
        parts of."""
        said = normalize(missed)
        if not said.tokens:
            return None
        return self.followups.subject(said, self.understander.understand(said))

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
        dated = self._by_date(previous, reading.by_date, norm.shown[:300]) if reading and previous else None
        if dated is None and reading is not None and previous is not None:
            dated = self._by_size(previous, reading.by_size, norm.shown[:300])  # "which was bigger": of those told
            if dated is not None and dated[0].answered:  # "it" next is the thing of the sum picked, "the other
                # one" the other's (`_sized`)
                return dated[0], partial(self._sized, previous, reading.by_size, dated[1])
        if dated is None and reading is not None and reading.unled and previous is not None:
            dated = self._unled(previous, reading.unled, norm.shown[:300])  # "and the other one?" of two compared
            if dated is not None and previous.unled_sum:  # the other of two sums: "it" next is its thing, and "the
                # other one" the thing picked before (`_sum_subject`)
                was_picked = next((s for s in previous.sums_talked if s != previous.unled_sum), None)
                of_other = replace(previous, told=dated[1], listed=0)
                if was_picked is not None:
                    return dated[0], partial(self._sum_subject, of_other, previous.unled_sum, was_picked, previous.told)
        if dated is not None:  # "which was first" after a list: the one the dates of the facts it gave put first
            answer, picked = dated
            # (the list stays what "which came last" next is of; "it" is the one picked)
            return answer, lambda: replace(previous, told=picked or previous.told, listed=0) if previous else None
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
                return rendered(read, question=norm.shown[:300]), lambda: previous
        speaker_asked = previous is not None and bool(asks_speaker(norm.tokens))
        else_there = speaker_asked and asks_else(norm.tokens)
        others_there = self._others_quoted_there(previous, norm.shown[:300]) if else_there and previous else None
        if others_there is not None:  # "who else spoke there" after a protester's words: others quoted at that protest
            return others_there, lambda: previous
        speakers = self._speakers_at(previous, norm.shown[:300]) if speaker_asked and previous else None
        if speakers is not None:  # "who spoke" after "what was the 2018 vigil": who was quoted at that vigil
            return speakers, lambda: previous
        first_text = reading.text if reading is not None else ""
        if reading is None:
            of_told_noun = self._named_in_told(norm, q, previous) if previous is not None else None
            if of_told_noun is not None:  # "what did the employee ask": the employee the last answer told of
                return of_told_noun, self._leaning(question, norm, q)
            alone = self._answer_read(norm, q, asks=asks)[0]
            bridged = self._of_thing_told(norm, q, previous) if previous is not None and not alone.answered else None
            if bridged is not None:
                return bridged, lambda: previous
            return alone, self._leaning(question, norm, q)
        if reading.unresolved:  # "what did he say" with no one named before: say so, unless it answers alone
            alone = self._answer_read(norm, q, asks=asks)[0]
            if (alone.answered and not reading.guess) or alone.outcome == "non_english":
                return alone, self._leaning(question, norm, q)
            what = bare_time_or_place(norm.tokens) if reading.bare and previous is not None and not missed else ""
            # "when?" after "tell me about the harbour board" (one fact told of the board, an actor): when what that
            # answer told happened, or that its article does not say; after "what is the guild" (its entry), that
            # the articles give the guild no date of its own ("“when” of what?" hid that the last answer is known)
            of_event = self._time_or_place_told(what, previous, norm.shown[:300]) if what and previous else None
            if of_event is not None:
                return of_event, lambda: previous
            unresolved = messages.UNRESOLVED_ASK if reading.bare else messages.UNRESOLVED
            if missed and not reading.bare:
                # "when was it signed" right after a question I had no answer to: "it" is likely what that asked
                # about, which nothing told; the question is named, so the asker sees which thing went unanswered
                unresolved = messages.UNRESOLVED_AFTER_MISS
            text = unresolved.format(words=reading.unresolved, example=self.example, last=missed)
            miss = self._miss(alone.question, "empty", text, [], kind=alone.kind, suggest=False)
            return miss, self._leaning(question, norm, q)
        if previous is not None and previous.listed and not reading.new_subject and "it" in norm.tokens:
            # "when was it signed" after an answer listing five contracts: "it" is one of them, which the question
            # does not say; read as the plural phrase asked ("when was the contracts signed") its answer was the
            # first of them, silently (fresh testers fu36: the 2013 contract's date given for "it")
            text = messages.ONE_OF_LISTED.format(count=previous.listed)
            return self._miss(norm.shown[:300], "empty", text, [], suggest=False), lambda: previous
        if reading.sourced and previous is not None and not previous.told and previous.told_entry:
            # "source?" after "what is the ledger", answered by its glossary entry: the articles that entry rests on,
            # before its words again ("“source” of what?" hid that the last answer is known, fresh testers fu36)
            entry = self._answer_text(reading.text)[0]
            head = entry.evidence[0] if entry.answered and entry.evidence else None
            if head is not None and head.id == previous.told_entry and head.citations:
                labels = "; ".join(dict.fromkeys(c.label for c in head.citations))
                read = replace(entry, lead=f"{labels}: {entry.lead}", read_as=reading.text, question=norm.shown[:300])
                return rendered(read), lambda: previous
        if reading.listed_count and previous is not None:  # "how many were there" after a list of actors
            return self._count_listed(previous, reading, norm.shown[:300]), lambda: previous
        if reading.sourced and previous is not None and len(previous.listed_told) > 1 and not reading.published:
            # "who reported that" after an answer listing facts: the articles of all of them (the first one's alone,
            # or the list again, left the rest unsourced; fresh tester fu57 2)
            return self._sources_of_listed(previous, reading.text, norm.shown[:300]), lambda: previous
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
            elif reading.published:
                answered = self._published_in(answered, previous.told)
            read = replace(answered, read_as=reading.text)
            return rendered(read, question=norm.shown[:300]), lambda: previous
        if reading.next_told and previous is not None:
            answered, after = self._next_dated(previous, norm.shown[:300])
            read = replace(answered, read_as=reading.text)
            # a "what happened next" after it is of the thing this answer told
            return rendered(read), lambda: replace(previous, told=after) if after else previous
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
            after = self._reaction_to(previous.told) if reading.then else ""
            if after and self._answer_text(reading.text, among=frozenset([after]))[0].answered:
                # "then what did the guild do" after the keeper "was told to leave": what the guild did in response
                # to that (a fact the brief links to it telling a reaction) came after it (blind set BX)
                told = frozenset([after])
        more_words = previous is not None and reading.besides and self._more_words_told(previous, reading.text)
        if more_words and previous is not None:
            # "who said 'no lamps for the admiralty'", then "what else did they say": the fact just told quotes other
            # words of theirs too ("and 'Ships, not lamps!'"), which it alone holds as theirs; another fact matching
            # the words asked is never theirs for that (fresh tester 74 F6)
            told = frozenset([previous.told])
        # (after a list, none it gave: "what else" asks beside them all)
        before = previous.else_told | previous.listed_told if previous is not None else frozenset()
        besides = self._besides(previous.told, before) if reading.besides and previous is not None else None
        if besides is not None and reading.new_actor and previous is not None:
            besides = besides.also(
                self._naming_another_actor(previous.told, before | {previous.told}, reading.new_actor)
            )
        asked = without_else(reading.text) if besides is not None else reading.text
        if told is not None and previous is not None and previous.other and not reading.new_subject:
            # "and the other one?" (read "… according to the Gazette"), then "when does it expire": asked of the fact
            # that answer told alone, whose article the clause named; kept, the clause is a premise the fact's own
            # statement never holds, and "it" was said to be untold (fresh tester fu55 1)
            unsourced = self._without_told_outlet(asked, previous)
            if unsourced != asked:
                asked, reading = unsourced, replace(reading, text=unsourced)
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
                found = self._of_linked(reading.linked_text or asked, q, previous.told)
                if found is None and reading.linked_text:
                    found = self._of_sharing(reading.linked_text, q, previous.told)
                if found is not None and reading.linked_text:  # of the occasion, not of the words read as a thing
                    reading = replace(reading, text=reading.linked_text)
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
        entry_told = previous.told_entry if previous is not None and not previous.told else ""
        if not answered.answered and entry_told in self.brief.entities and among is None and not q.entities:
            # "how many were targeted" after "what was the 2017 program", answered by the glossary entry of the
            # guild's 2017 survey: the question as typed, of the facts naming that entry (each of it); read with
            # the last question's words ("… in the 2017 program") it needed a word no fact of it has
            of_entry = frozenset(f.id for f in self.brief.facts_naming([entry_told]))
            again, understood_again = self._answer_text(norm.shown, among=of_entry)
            if again.answered:
                answered, understood = again, understood_again
        if besides is not None and not more_words and not answered.answered and answered.outcome != "non_english":
            # "what else did she say about the lease": none but what the last answer told (or the same thing told
            # again) answers, so that was all; asked alone, it was those same words again, as if they were more
            text = messages.ELSE_UNTOLD
            answered = self._miss(answered.question, "no_match", text, [], kind=answered.kind, suggest=False)
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
            lead_id = alone.evidence[0].id if alone.answered else ""
            told_again = previous is not None and bool(lead_id) and lead_id == previous.told
            if previous is not None and lead_id and (told_again or self._same_day(lead_id, previous.told)):
                # "how many signed the petition", then "and the other one?", the brief linking no other petition to
                # it: asked of any fact but that one and those giving its sum (the one told again), the noun the
                # reading names holding "other" to another of its kind (and so when another fact of its day led:
                # the letter the May protesters brought, told again by another fact, is no other letter)
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
            and (
                within[0].evidence[0].id == previous.told
                or (reading.other and self._same_day(within[0].evidence[0].id, previous.told))
            )
        ):
            # the other one is never what the last answer told, even as the article it cited tells it (nor another
            # fact of its day, which tells of that same happening: the words shouted as the petition was handed
            # over are of that petition); nor what else someone said the words just told again (fresh tester 79
            # F1: "what else did he say")
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
            # ("how much are they together", read "… the two contracts together": a total of things, not the sum of
            # the one told, is asked; the fact giving each one's sum may answer: blind set CG)
            sum_of_told = sum_of_told and not total_of_parts(self.understander.understand(normalize(asked)))
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
        no_other = self._no_other(reading, previous) if reading.other and not answered.answered else ""
        if no_other and answered.outcome in ("no_match", "off_topic"):
            # "what was the town hall", then "and the other one?": no fact tells of another, so the one told is the
            # only one the articles give; said so, never a bare "no sourced answer" as if the question were unclear
            answered = self._miss(answered.question, "no_match", no_other, [], kind=answered.kind, suggest=False)
        recipient = None if reading.new_subject else self._recipient_told(reading.text, previous)
        recipient = recipient or (None if reading.new_subject else self._writer_told(reading.text, previous))
        recipient = recipient or (None if reading.new_subject else self._maker_told(reading.text, previous, answered))
        if recipient is not None:  # "and the letter?", then "who was it addressed to": whom the letter told went to
            answered = replace(recipient, question=answered.question)
        document = self._document_told(previous, reading.text) if not reading.new_subject else None
        involved = document is not None and answered.answered and self._involves(answered, document)
        doer_untold = self._doer_untold(reading.text, answered, previous) if document is not None else ""
        if document is not None and recipient is None and (not involved or doer_untold):
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
        what = bare_time_or_place(norm.tokens) if previous is not None and previous.told in self.brief.facts else ""
        if what and previous is not None and self._of_other_telling(answered, previous.told, what):
            # "where was that" after the rabbi's words: a fact the brief links to them, from another article, placed
            # the protesters' comparison there, another occasion; the time or place of what the last answer told is
            # its own fact's, else its article does not say (and a bare miss says which article that is)
            # (a reading that found nothing in that fact is shown as read: "when did Lind say that")
            read_as = reading.text if not answered.answered else ""
            of_event = self._time_or_place_told(what, previous, norm.shown[:300], read_as)
            if of_event is not None:
                return of_event, lambda: previous
        # "who called it treasonous": of the fact quoting that word, not of what "it" was read as
        of_quote = self._own_quoted(norm, q, answered) if not reading.new_subject and answered.answered else None
        if of_quote is not None:
            return of_quote, self._leaning(question, norm, q)
        # (as shown, when it says what it was asked with and is still the text answered)
        as_read = reading.shown if reading.shown and reading.text == first_text else reading.text
        if reading.linked_text and as_read == reading.linked_text:  # asked as typed, of the occasion's facts
            as_read = ""
        read = replace(answered, read_as=as_read)
        shown = rendered(read, question=norm.shown[:300])
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
                kept_ask = replace(
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
                if asked.thing and not previous.thing and asked.phrase.startswith(previous.phrase):
                    # "what is the guild", "when did they sign the lease": the reading told what the guild did to a
                    # thing, which "it" in "what was it called" stands for next (kept as the guild, it asked what
                    # the guild was called; fresh tester 95 C10)
                    return replace(kept_ask, phrase=asked.phrase, thing=asked.thing, head=asked.head)
                return kept_ask

            return shown, kept
        if not shown.answered:
            # "what about 2014" unanswered: a guessed subject "it" must not stand for; kept as a question missed, the
            # reading, which "and 2015?" may ask again of another (`_kind_in_missed`)
            return shown, lambda: self.missed(reading.text)
        leaning = self._leaning(reading.text, *understood) if understood is not None else self._leaning(reading.text)
        if not reading.other:
            return shown, leaning

        def other() -> Subject | None:
            found = leaning()
            if found is None:
                return None
            return replace(found, other=True, other_of=previous.told if previous is not None else "")

        return shown, other


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


def _year_one(instead: str) -> str:
    """The year of an ellipsis naming only a year of the last subject's kind ("the 1998 one", "and the 1998 one"):
    "1998"; "" for any other ("the keepers' vigil", "the 1998 lease to the guild")."""
    said = instead.lower().split()
    years = [w for w in said if re.fullmatch(r"(?:19|20)\d\d", w)]
    rest = [w for w in said if w not in years and w not in ("and", "the", "a", "one")]
    return years[0] if len(years) == 1 and "one" in said and not rest else ""


def _says_all(statement: str, count: int, kinds: frozenset[str]) -> bool:
    """Whether `statement` says the `count` actors it names (of `kinds`) are all there were: their number before a
    noun of their kind ("the three groups", "both companies": general English number words and the class nouns),
    at most one word between ("the three small groups"). Anything else, a part ("including", "and other wardens")
    or nothing said, is no total."""
    said = words(statement.lower())
    spelled = {number_word(count).lower(), str(count)} | (BOTH_WORDS if count == PAIR else frozenset())
    for at, word in enumerate(said):
        if word not in spelled:
            continue
        for noun in said[at + 1 : at + 3]:
            if NOUN_KINDS.get(singular(noun), frozenset()) & kinds:
                return True
    return False
