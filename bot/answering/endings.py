"""When a thing ends: a date question asking of a thing's end ("when does the lease expire", read the same when asked
"… is over", "… run out", "… wrap up": the understander reads those as "end" or "expire") is answered only by a fact
that tells the end of the same thing, never by its start, signing or renewal, nor by another thing's end.

The thing is the noun phrase before the ending verb ("the renewed lease", "the $9 million lease", "the 2014
lease", "the vigil"); a fact is of it when it carries every word of that phrase (in its statement, quote, keywords or
the names of what it names); it tells the end when its statement tells a running out ("had recently expired", "due
to expire") or puts an ending verb at its own date's year ("ended in 2019" of a fact dated 2019). `Endings.check`
says which of the ranked facts answers, or what to say when none does: the articles don't say when the thing ends,
and what they do tell of it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot import messages
from bot.answering.decide.figures import scaled_figures
from bot.answering.english import English
from bot.answering.retrieve import Hit, Retriever
from bot.answering.understand.lexicon import AUXILIARIES, COPULAS, DETERMINERS, PRONOUNS
from bot.answering.understand.question import NameSpans, Question
from bot.factbase import Brief
from bot.search import stem
from bot.text import NUMBER_WORDS, SCALE_WORDS, STOPWORDS, find_typed, fold, on_first_use, typed_pattern, words

# the verbs a question asking of an end is read with (the understander reads "over", "finish", "run out" … as these)
ASKED_ENDING = frozenset("end ends ended ending expire expires expired expiring lapse lapses lapsed".split())
PAST_ASKING = frozenset("did was were had".split())  # "when did the vigil end": told back as "ended"
# words of a plan or a schedule between the thing and its ending verb ("set to expire", "due to end"): not the thing
SCHEDULED = frozenset("set due scheduled slated supposed expected going meant planned to be".split())
OPENING = frozenset("when and so but then what about".split())  # words a question opens with before the thing
RELATIVES = frozenset("that which who whom whose where".split())  # a clause's opening: the end is of a thing picked out
# words after which the thing is told by another one ("the lease before the 9m one", "the vigil after the vote"): the
# words from there on are not the thing's own, though a name among them is (general English)
RELATING = frozenset("before after than besides unlike like between from since until during".split())
ORDERING = frozenset("before after".split())  # RELATING words telling a thing by its order in time or in a series
# words picking out the one running at the time ("the current lease", "the existing one"): carried by a fact that
# tells it as current then or as still due to end (general English)
RUNNING_NOW = frozenset("current existing present ongoing running".split())
RUNNING_TOLD = frozenset("current due".split())
# the words a clause picking out the thing opens with ("the lease that was renewed", "the lease from the vote"); a
# name and a verb open one too ("the lease Lind signed": `Endings.clause_thing`)
CLAUSE_OPENERS = frozenset("that which from".split())
# words closing a "when" question with the thing's end ("when is the lease that was renewed over / up"; the
# understander reads these as an ending verb only after a short subject)
ENDED_CLOSING = frozenset("over done finished complete completed concluded up".split())
ENDING_CANDIDATES = 8  # ranked facts looked through for one of the thing asked
ENDS_TOLD = 3  # the facts telling ends of several things asked at once that are told, the closest first
# words telling a thing's running out whatever follows them (general English; "end" may end other things: "ended in
# a war")
EXPIRING = frozenset("expire expires expired expiring expiry expiration lapse lapses lapsed".split())
# a statement putting an end at a year ("was due to expire on 25 September 2019", "ends in 2019", "ran out by 2019"):
# the year of the end it tells (general English)
ENDS_AT = on_first_use(
    r"\b(?:expire[sd]?|expiring|end(?:s|ed)?|lapse[sd]?|(?:runs?|ran) out|finish(?:es|ed)?)"
    r"\s+(?:on|in|by|at the end of)\s+(?:\w+\s+){0,2}?(\d{4})\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Ending:
    """What `Endings.check` found: the fact that answers (`best`), or the words to say instead (`untold`)."""

    best: Hit | None = None
    untold: str = ""


def asked_thing(q: Question) -> tuple[int, int, int] | None:
    """The span of the thing a date question asks the end of, and where its ending verb is: (start, stop, verb), the
    thing being q.words[start:stop]; None when the question asks no end, or names no thing before its verb."""
    if q.kind != "date" or "when" not in q.words:
        return None
    verb = next((i for i, t in enumerate(q.words) if t in ASKED_ENDING), None)
    if verb is None or _ends_another(q.words, verb):
        return None
    start = max((i + 1 for i, t in enumerate(q.words[:verb]) if t in AUXILIARIES or t in COPULAS), default=0)
    while start < verb and q.words[start] in OPENING:
        start += 1
    stop = verb
    while stop > start and q.words[stop - 1] in SCHEDULED:
        stop -= 1
    if not RELATIVES.isdisjoint(q.words[start + 1 : stop]):  # ("that lease": pointing at it, opening no clause)
        return None  # "when did the guild get the lease that expires in 2019": the getting is asked
    return (start, stop, verb) if stop > start else None


def _several(thing: list[str]) -> bool:
    """The thing is several things ("both leases", "the two leases", "the leases"): "both" or a number above one, or
    a head noun lemminflect knows as the plural of another ("leases", not "news")."""
    if "both" in thing or not set(NUMBER_WORDS[2:]).isdisjoint(thing):
        return True
    import lemminflect  # loaded lazily, as `_noun` is

    head = thing[-1] if thing else ""
    lemmas: tuple[str, ...] = tuple(lemminflect.getLemma(head, upos="NOUN")) if head.isalpha() else ()
    return any(lemma != head for lemma in lemmas[:1]) and head.endswith("s")


def _ordered_by(thing: list[str], own: int, said: list[str]) -> list[str] | None:
    """A thing told apart only by its order to another ("the lease before the 9m one", "the vigil after the vote"):
    the ordering word and the other thing's words (["before", "9"]), which a fact must tell for its end to be this
    thing's (without them "the lease" alone was asked, and the 9m one's neighbour's end was any lease's); None when
    the thing's own words say more than its head noun ("the current lease, the one before the 9m one"), or it is told
    by no order."""
    if own >= len(thing) or thing[own] not in ORDERING or len(said) > 1:
        return None
    other = [
        w
        for w in thing[own + 1 :]
        if w not in STOPWORDS and w not in DETERMINERS and w not in PRONOUNS and w not in SCALE_WORDS and w != "one"
    ]
    return [thing[own], *other]


def _noun(word: str) -> bool:
    """lemminflect knows `word` as a noun ("lease", "vigils"), not only as an adjective or a verb ("new", "renewed")."""
    lemmas = English.lemmas(word)
    return "NOUN" in lemmas or "PROPN" in lemmas or not lemmas


def _as_typed(text: str, thing: list[str]) -> str:
    """The thing's words as the question typed them ("the 49m lease", read as "the 49 million lease"): from the
    last place its first word comes before its last one; its words joined when the text has no such place."""
    lowered = text.lower()
    last = [m.end() for m in re.finditer(rf"\b{re.escape(thing[-1])}\b", lowered)]
    if not last:
        return " ".join(thing)
    first = [m.start() for m in re.finditer(rf"\b{re.escape(thing[0])}\b", lowered[: last[-1]])]
    typed = text[first[-1] : last[-1]] if first else ""
    return typed if typed and len(typed.split()) <= len(thing) + 1 else " ".join(thing)


def _clause_as_typed(text: str, thing: list[str]) -> str:
    """The words of a thing a clause picks out as the question typed them ("the lease that was renewed in aug"): from
    its determiner and head noun (`find_typed`) to the last place its last word comes after them; its words joined
    when the text has no such place. (Not `as_typed`, which needs every word in a row as typed: the words between may
    have been read otherwise than typed, "49m" as "49 million": only the opening and the last word are looked for.)"""
    opened = find_typed(text, thing[:2])
    if opened is None:
        return " ".join(thing)
    last = [m.end() for m in re.finditer(typed_pattern(thing[-1:]), text[opened.end() :], re.IGNORECASE)]
    return text[opened.start() : opened.end() + last[-1]] if last else " ".join(thing)


def _ends_another(tokens: list[str], verb: int) -> bool:
    """The ending verb at `verb` tells of ending something else, not of the thing's own end: it takes an object
    ("… asking the guild to end its lease") or follows a "to" no word of a schedule comes before ("asking them to
    end", not "set to end")."""
    after = tokens[verb + 1 : verb + 2]
    if after and (after[0] in DETERMINERS or after[0] in PRONOUNS or after[0] == "up"):
        return True  # "… end its lease", "they ended up taping it": another act
    return tokens[verb - 1 : verb] == ["to"] and tokens[verb - 2 : verb - 1] != [] and tokens[verb - 2] not in SCHEDULED


class Endings:
    """Checks a date question asking of an end against the facts ranked for it (module docstring)."""

    def __init__(self, brief: Brief, retriever: Retriever, name_spans: NameSpans, knows: Callable[[str], bool]) -> None:
        """`knows(word)`: whether the brief uses the word (a word it never uses tells no fact's thing from
        another's: "the old one")."""
        self.brief = brief
        self.retriever = retriever
        self.name_spans = name_spans
        self.knows = knows

    def _carried(self, doc_id: str) -> frozenset[str]:
        """The stems a fact carries: what it states and quotes, its keywords, the names of what it names."""
        fact = self.brief.facts[doc_id]
        said = [*fact.keywords]
        for e in fact.entities:
            entity = self.brief.entities.get(e)
            if entity is not None:
                said.extend([entity.name, *entity.aliases])
        return frozenset(self.retriever.stated_stems(doc_id)) | {stem(w) for w in words(fold(" ".join(said)))}

    def of_thing(self, doc_id: str, named: set[str], said: list[str]) -> bool:
        """The fact is of the thing asked: it names every entity the thing's words name and carries each other word;
        a year only where it dates something else than the end told ("the 2019 lease" is not one "due to expire in
        2019": that year is only its end's), or as its date's year when that is no end."""
        fact = self.brief.facts.get(doc_id)
        if fact is None:
            return False
        if not named <= set(fact.entities):
            return False
        carried, year, ending = self._carried(doc_id), (fact.date or "")[:4], self.tells_end(doc_id)
        running = not {stem(w) for w in RUNNING_TOLD}.isdisjoint(carried)
        years = set(re.findall(r"\b\d{4}\b", ENDS_AT().sub(" ", fact.statement))) | (
            {year} - {""} if not ending else set()
        )

        def carries(w: str) -> bool:
            if w.isdigit() and len(w) == len("2019"):
                return w in years
            return self.carried_as_kin(w, carried) or (w in RUNNING_NOW and running)

        return all(carries(w) for w in said)

    def carried_as_kin(self, word: str, carried: frozenset[str]) -> bool:
        """The word, or a word the brief lists with it as typed for the same thing (the retriever's synonym kin:
        "deal" with "contract"), is among a fact's carried stems: "the guild's deal" is its contract."""
        word_stem = stem(word)
        return word_stem in carried or not self.retriever.kin.get(word_stem, frozenset()).isdisjoint(carried)

    def tells_end(self, doc_id: str) -> bool:
        """The fact's statement tells a thing's running out (EXPIRING: "had recently expired", "due to expire") or
        puts an end at its own date's year ("ended in 2019"; not "policies that ended in a war")."""
        fact = self.brief.facts.get(doc_id)
        if fact is None:
            return False
        if not EXPIRING.isdisjoint(words(fold(fact.statement))):
            return True
        year = (fact.date or "")[:4]
        return bool(year) and any(m.group(1) == year for m in ENDS_AT().finditer(fact.statement))

    def sum_untold(self, thing: list[str]) -> str | None:
        """The sum the thing is named by ("the 9 million deal": "$9 million") when no fact's statement gives it as
        it is (`scaled_figures`: "$39 million" is no "$9 million"); None when it names none or a fact gives one."""
        named = scaled_figures(thing)
        if not named:
            return None
        # a statement giving a sum's number starts a run of digits with the number's digits before any point
        # (`digit_runs`: "49" of "$49 million", "1" of "1.5 billion", "6200" of "6,200 million"), so only the
        # statements `Brief.statements_giving_digits` picks are read (a compiled brief through its `digits` table),
        # up to the first giving one of the sums: every fact was read and its sums found, each asking (~3 ms on the
        # shipped brief; a walk of every row at 100,000 facts)
        for digits in sorted({number.split(".")[0] for number, _ in named}):
            for _, statement in self.brief.statements_giving_digits(digits):
                if not named.isdisjoint(scaled_figures(words(fold(statement)))):
                    return None
        number, scale = sorted(named)[0]
        return f"${number} {scale}"

    def clause_thing(self, q: Question) -> tuple[int, int, int] | None:
        """The thing a date question asks the end of when a clause picks it out ("when does the lease that was renewed
        in May expire", "… the lease from the vote …", "… the lease Lind signed …", "when is the lease that got
        renewed on Monday over"): (start, clause, stop), its head words[start:clause] ("the lease"), the clause
        words[clause:stop]; None for any other question. The clause opens with CLAUSE_OPENERS after at least a
        determiner and a noun, or with a name followed by a word only ever a verb."""
        if q.kind != "date" or q.words[:1] != ["when"] or len(q.words) < 6:
            return None
        if q.words[1] not in AUXILIARIES and q.words[1] not in COPULAS:
            return None
        verb = next((i for i, t in enumerate(q.words) if t in ASKED_ENDING), None)
        if verb is None and q.words[-1] in ENDED_CLOSING:
            verb = len(q.words) - 1
        if verb is None or _ends_another(q.words, verb):
            return None
        start, stop = 2, verb
        while stop > start and q.words[stop - 1] in SCHEDULED | {"be"}:
            stop -= 1
        if q.words[start] not in DETERMINERS or q.words[start] == "that":
            return None  # "when does that lease that …": a pointer is the steps before's to read
        opened = next((k for k in range(start + 2, stop - 1) if q.words[k] in CLAUSE_OPENERS), None)
        if opened is None:
            verb_only = self.retriever.english.verb
            opened = next(
                (
                    a
                    for a, b, _ in self.name_spans(q.words[:stop])
                    if start + 2 <= a and b < stop and verb_only(q.words[b])
                ),
                None,
            )
        if opened is None:
            return None
        head = q.words[opened - 1]
        if head not in PRONOUNS and not _noun(head):
            return None
        return start, opened, stop

    def _clause_ending(self, q: Question, ranked: list[Hit], best: Hit | None) -> tuple[bool, Ending | None]:
        """For a thing a clause picks out (`clause_thing`): (True, None) when `best` tells the end and carries every
        word of the thing, clause and all; (True, Ending) with the first such ranked fact, or, when none does, the
        words saying the articles don't say when the thing ends, with what the closest fact carrying the clause's
        words tells (the clause's own event: a renewal, a start). A fact telling the clause's event is no end, nor
        is an end told of another thing. (False, None) for any other question."""
        span = self.clause_thing(q)
        if span is None:
            return False, None
        start, opened, stop = span
        thing, clause = q.words[start:stop], q.words[opened:stop]
        named = {e for a, b, e in self.name_spans(thing)}
        taken = {i for a, b, _ in self.name_spans(thing) for i in range(a, b)}
        said = [
            w
            for i, w in enumerate(thing)
            if i not in taken
            and w not in STOPWORDS
            and w not in DETERMINERS
            and w not in PRONOUNS
            and w not in CLAUSE_OPENERS
            and w not in SCALE_WORDS
            and w not in SCHEDULED
        ]
        near = ranked[:ENDING_CANDIDATES]

        def carries(doc_id: str, needed: list[str], names: set[str]) -> bool:
            fact = self.brief.facts.get(doc_id)
            if fact is None or not names <= set(fact.entities):
                return False
            carried, told = self._carried(doc_id), set(words(fold(fact.statement)))
            return all(w in told if w.isdigit() else self.carried_as_kin(w, carried) for w in needed)

        if best is not None and self.tells_end(best.id) and carries(best.id, said, named):
            return True, None
        ending = next((h for h in near if self.tells_end(h.id) and carries(h.id, said, named)), None)
        if ending is not None:
            return True, Ending(best=ending)
        past = not PAST_ASKING.isdisjoint(q.words[:start])
        ends = "ended" if past else "ends"
        asked = _clause_as_typed(q.text, thing)
        of_clause = [w for w in clause if w in said]
        clause_named = {e for a, b, e in self.name_spans(clause)}
        kept = [best] if best is not None else []
        of_it = next((h for h in [*kept, *near] if carries(h.id, of_clause, clause_named)), None)
        if of_it is None:
            return True, Ending(untold=messages.END_UNTOLD.format(thing=asked, ends=ends))
        statement = self.brief.facts[of_it.id].statement
        return True, Ending(untold=messages.END_UNTOLD_LEAD.format(thing=asked, ends=ends, statement=statement))

    def check(self, q: Question, ranked: list[Hit], best: Hit | None) -> Ending | None:
        """For a date question asking when a thing ends: None when `best` tells the end of that thing (or the
        question asks no end, or its thing has no words to tell it by); else the first ranked fact that does, or,
        when none does, the words saying the articles don't say when it ends, with what the closest fact of the
        thing tells (a start, a signing, a renewal, in its own words)."""
        clause, clause_ending = self._clause_ending(q, ranked, best)
        if clause:
            return clause_ending  # "when does the lease that was renewed in May expire": the clause picks it out
        span = asked_thing(q)
        if span is None:
            return None
        start, stop, _ = span
        thing = q.words[start:stop]
        if (sum_untold := self.sum_untold(thing)) is not None:
            # "when does the $9m deal expire": no article gives $9 million, so no fact is of that deal (its "9",
            # a number the brief never uses alone, was dropped and the $39 million contract's expiry led)
            return Ending(untold=messages.SUM_UNTOLD.format(sum=sum_untold))
        verb = self.retriever.english.verb
        if any(verb(w) and thing[i + 1 : i + 2] and thing[i + 1] in DETERMINERS for i, w in enumerate(thing)):
            return None  # "when did the guild get the lease expiring in 2019": the getting is asked, not the end
        own = next((i for i, w in enumerate(thing) if w in RELATING), len(thing))
        named: set[str] = set()
        taken: set[int] = set()
        for a, b, e in self.name_spans(thing):
            if a < own:
                named.add(e)
                taken.update(range(a, b))
        said = [
            w
            for i, w in enumerate(thing[:own])
            if i not in taken
            and w not in STOPWORDS
            and w not in DETERMINERS
            and w not in PRONOUNS
            and w not in SCALE_WORDS  # "the 49 million lease": its number tells it; "the current million" nothing
            and self.knows(w)
        ]
        if not named and not said:
            return None  # "when does it end": the thing is another step's to find
        head = thing[own - 1]
        if head not in PRONOUNS and not head.isdigit() and own - 1 not in taken and not _noun(head):
            return None  # "the current new" (a follow-up's stand-in for "one"): no noun says what the thing is
        relation = _ordered_by(thing, own, said)
        if _several(thing[:own]):
            several = self._ends_of_several(q, thing, named, said, ranked[:ENDING_CANDIDATES])
            if several is not None:
                return several

        def of_it(doc_id: str) -> bool:
            return self.of_thing(doc_id, named, said) and (relation is None or self._tells_order(doc_id, relation))

        if best is not None and self.tells_end(best.id) and of_it(best.id):
            return None
        near = ranked[:ENDING_CANDIDATES]
        ending = next((h for h in near if self.tells_end(h.id) and of_it(h.id)), None)
        if ending is not None:
            return Ending(best=ending)
        past = not PAST_ASKING.isdisjoint(q.words[:start])
        plural = not past and thing[-1].endswith("s") and not thing[-1].endswith("ss")
        ends = "ended" if past else "end" if plural else "ends"
        # (a thing told by its order is typed whole from its head on: "the lease before the 9m one", not "the 9m one")
        asked = _as_typed(q.text, thing) if relation is None else _clause_as_typed(q.text, thing)
        kept = [best] if best is not None else []
        told = next((h for h in [*kept, *near] if self.of_thing(h.id, named, said)), None)
        if told is None:
            return Ending(untold=messages.END_UNTOLD.format(thing=asked, ends=ends))
        statement = self.brief.facts[told.id].statement
        return Ending(untold=messages.END_UNTOLD_LEAD.format(thing=asked, ends=ends, statement=statement))

    def _ends_of_several(
        self, q: Question, thing: list[str], named: set[str], said: list[str], near: list[Hit]
    ) -> Ending | None:
        """The end of several things asked at once ("when do both leases expire", "… the two leases …"): each fact
        near telling the end of one of them, told apart (one's end was the answer for all of them); None when none
        does, for the words saying so."""
        said = [w for w in said if w not in NUMBER_WORDS]
        ending = list(dict.fromkeys(h.id for h in near if self.tells_end(h.id) and self.of_thing(h.id, named, said)))
        if not ending:
            return None
        past = not PAST_ASKING.isdisjoint(q.words[: len(q.words) - len(thing)])
        asked = _as_typed(q.text, thing)
        statements = [self.brief.facts[i].statement for i in ending[:ENDS_TOLD]]
        if len(statements) == 1:
            untold = messages.END_OF_ONE.format(thing=asked, ends="ended" if past else "end", statement=statements[0])
            return Ending(untold=untold)
        joined = " And: ".join(statements)
        apart = messages.ENDS_APART.format(thing=asked, ends="ended" if past else "end", statements=joined)
        return Ending(untold=apart)

    def _tells_order(self, doc_id: str, relation: list[str]) -> bool:
        """The fact tells the order a thing is asked by (`_ordered_by`): its statement says the ordering word
        ("before", "after") and carries each word of the other thing ("the 9m one": "9")."""
        fact = self.brief.facts.get(doc_id)
        if fact is None:
            return False
        told = set(words(fold(fact.statement)))
        order, other = relation[0], relation[1:]
        return order in told and all(w in told or stem(w) in self._carried(doc_id) for w in other)
