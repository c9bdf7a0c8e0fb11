"""Whose words a "when / where / why did X say / call …" question asks the time, place or reason of.

"When did Ada Lind call the lease reckless" asks when she said it: only a fact giving those words as hers answers,
and a date or place taken from any other fact (one she is only named in, or someone else's words) would tell the
reader that she said them. A flyer repeating "on 3 May, Lind called the lease reckless" from a fact about a letter
handed to her is an overclaim; "the articles don't give those words as hers" is not. When another's words they are,
that is said too ("they give them as Ben Ashby's").

Shapes (fresh tester 60, O1-O3): `asked` reads the question into an `AskedSaying`; `misattributed` checks the
candidates against it and returns a `Misattribution` (no fact gives the words as the asked one's), or None.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from bot.answering.retrieve import MAX_FEATURES, Hit, Retriever
from bot.answering.speakers import ASKING, OCCASION_MARKERS, ON_MARKERS, OUTLET_KIND, TOPIC_MARKERS, Speakers
from bot.answering.understand.classes import PERSON_KINDS
from bot.answering.understand.clauses import QUOTED
from bot.answering.understand.lexicon import ACTOR_KINDS, DETERMINERS, PERSON_NOUNS, WH_WORDS
from bot.answering.understand.question import NameSpans, Question
from bot.caches import Recent, stem_set
from bot.calling_verbs import CALLING_VERBS
from bot.factbase import Brief
from bot.quotations import QUOTATION, quoted_runs
from bot.search import stem
from bot.text import IRREGULAR, STOPWORDS, Deferred, fold, words

# question openers asking the time, place or reason of an act (a "what / who" asks the words themselves:
# speakers.py); "why did Lind call the lease reckless" presumes she called it that as surely as "when" does, but
# only a calling (CALLING) or an echo of words the articles quote (`_echoes`: "why did Lind say the guild has
# blood on its hands"): "why does Lind think / say dropping it is bad" asks her reasons, in the asker's words
OPENERS = frozenset({"when", "where", "why"})
REASON_OPENERS = frozenset({"why"})
AUXILIARIES = frozenset({"did", "does", "do", "has", "had"})
# calling something a thing is saying it of it (general English: "call the lease reckless", "brand it a failure");
# the verb then needs what was called after its object, the complement
CALLING = CALLING_VERBS
SAYING = ASKING | CALLING
CALLED = frozenset(stem(w) for w in CALLING)  # their stems, of any form ("calling it reckless")
# what follows the verb when the words are not given but a topic, an occasion or whom they were said to ("when did
# Lind say something about the lease", "… at the meeting", "… to the Gazette"): left to the date and speaker rules
NOT_WORDS = TOPIC_MARKERS | ON_MARKERS | OCCASION_MARKERS | frozenset({"to", "anything", "something"})
# words standing for the words asked without being any of them ("say the 'loser position' thing")
FILLERS = frozenset("thing things stuff remark remarks comment comments words word quote".split())
ASIDES = frozenset({"like"})  # "…, like which outlet": an aside opening another ask
CANDIDATES = 12  # ranked candidates searched for a fact giving the words (speakers.CANDIDATES)
SAID_SHARE = 0.75  # of the asked words' stems, the share one text of a fact must hold (speakers.SAID_SHARE)
SAID_LEAST = 2  # and at least this many of them (or all, when fewer are asked)
# an echo of quoted words: at least this many of the asked words, every one inside one quotation of a fact's
ECHO_LEAST = 2
# what a text says was called so, named before the quoted words ("calling the guild's actions “reckless”"): the
# object (group 1, up to a clause break) and the words called (group 2)
CALLED_OBJECT = Deferred(
    r"\b(?:call|calls|called|calling|label(?:s|ed|led|ing)?|brand(?:s|ed|ing)?|dub(?:s|bed|bing)?)\s+"
    r"([^\"“”,.;:]{1,60}?)\s*[\"“]([^\"“”]+)[\"”]",
    re.IGNORECASE,
)
INDEFINITE = frozenset({"a", "an"})  # "call the guild a failure": the complement opens with one
# quotation marks around words a fact quotes (straight or curly; the brief's statements and the articles' quotes)


@dataclass(frozen=True)
class AskedSaying:
    """A "when / where did <actor> <say|call> <words>" question: the actor's entity id, the stems of the asked words
    (past stop words and names; for a calling, only what was called: "reckless" of "call the lease reckless"), and
    the entity ids named among those words ("the lease" of the Harbour Guild, "Google")."""

    actor: str
    said: frozenset[str]
    named: frozenset[str]
    # of a calling, what was called so, as typed ("the lease"), and the stems of its words that name nothing ("lease")
    target: str = ""
    target_said: frozenset[str] = frozenset()
    yes_no: bool = False  # asked as "did <actor> say / call …": a "No" only from a fact of whose they are
    marked: bool = False  # the asker gives the words in quotation marks


@dataclass(frozen=True)
class Misattribution:
    """No candidate gives the asked words as the actor's: `other` is one a candidate does give them to (a person or
    organization the question does not name), with that fact's id, or "" for both."""

    actor: str
    other: str = ""
    fact: str = ""
    # one the fact gives the words to without a name ("an organizer"), when no named `other` is given
    other_kind: str = ""
    # the words are the actor's, but called of another thing than the asked `target` ("the lease"): `fact` is theirs
    target: str = ""


class Attribution:
    def __init__(
        self,
        brief: Brief,
        retriever: Retriever,
        speakers: Speakers,
        name_spans: NameSpans,
        opens_with: Callable[[str, str], bool],
    ) -> None:
        self.brief = brief
        self.retriever = retriever
        self.speakers = speakers
        self._name_spans = name_spans
        self._opens_with = opens_with  # Composer.opens_with: the fact's main clause opens with the entity
        self._kin = retriever.kin  # "bash" for "attack": a word of the articles typed as the brief lists it
        # the stems of each distinct stretch of words the brief's facts give in quotation marks (`_quoted`): facts
        # share quoted passages (a generated 100,000-fact brief gives ~46,000 stretches, 56 distinct), and each
        # check reads them all; a compiled brief has them saved (one query, not every fact's row: ~3 s at start-up)
        saved = getattr(brief.facts, "quoted_runs", None)
        self._quoted_runs: list[tuple[str, ...]] = (
            saved()
            if saved is not None
            else list(
                dict.fromkeys(
                    run
                    for fact in brief.facts.values()
                    for run in quoted_runs((fact.statement, *(c.quote for c in fact.citations)))
                )
            )
        )
        # the distinct quotations' stems, and for each stem the quotations holding it (`_echoes` intersects those
        # of the asked words instead of testing every quotation: ~5 ms a question at 100,000 facts)
        quotations = list(dict.fromkeys(frozenset(run) for run in self._quoted_runs))
        self._quoting: dict[str, set[int]] = {}
        for i, quotation in enumerate(quotations):
            for s in quotation:
                self._quoting.setdefault(s, set()).add(i)
        # each fact's told stems (`told_stems`), kept for the facts read most recently: a question giving words
        # (when, whether, where someone said them) reads its first CANDIDATES facts' texts twice or more (whose
        # words they are, then of what), and a "why" or "when" question is read again as its yes/no (`_premise_denied`)
        self._told: Recent[str, AbstractSet[str]] = Recent(MAX_FEATURES)

    def asked(self, q: Question) -> AskedSaying | None:
        """The question read as an AskedSaying, or None when it is not of that shape: opener, auxiliary, a person or
        organization named right after it, a verb of saying or calling right after the name, and the words said
        after the verb (not a topic, an occasion or a hearer: NOT_WORDS)."""
        w = q.words
        # or a yes/no question of that shape ("did Lind call the keepers reckless": `yes_no`), read one word on
        yes_no = q.kind == "yes-no" and w[:1] != [] and w[0] in AUXILIARIES
        if yes_no:
            w = ["", *w]
        if len(w) < 5 or not (yes_no or w[0] in OPENERS) or w[1] not in AUXILIARIES:
            return None
        spans = [(a + yes_no, b + yes_no, e) for a, b, e in self._name_spans(q.words)]
        at = (2, 3) if w[2] == "the" else (2,)  # "when did the Gazette call …" (an alias may hold "the")
        first = next((s for s in spans if s[0] in at), None)
        if first is None:
            return None
        kind = self.retriever.entity_kind(first[2])
        # a news outlet calls things so in its own article's words (CALLING only: what it "said" is its report)
        if kind not in ACTOR_KINDS and not (kind == OUTLET_KIND and first[1] < len(w) and w[first[1]] in CALLING):
            return None
        verb = first[1]
        if verb >= len(w) - 1 or w[verb] not in SAYING or w[verb + 1] in NOT_WORDS:
            return None
        inside = {i for s in spans if s[0] > verb for i in range(s[0], s[1])}
        unnamed = [t for i, t in enumerate(w[verb + 1 :], verb + 1) if i not in inside]
        marked_runs = [words(m.group(1)) for m in QUOTED().finditer(q.text)]
        echoed = self._echoes(unnamed) or any(self._quoted(run) for run in marked_runs)
        if (yes_no or w[0] in REASON_OPENERS) and w[verb] not in CALLING and not echoed:
            # "why / did Lind say dropping it is bad": her reasons, or a claim, in the asker's words, which the
            # verdicts read (Verdicts.said_polarity); words the articles quote are checked as someone's
            return None
        # the words end where another ask opens ("… the loser position thing, like which outlet")
        end = next((i for i in range(verb + 1, len(w)) if w[i] in WH_WORDS | ASIDES), len(w))
        w = w[:end]
        marked = [t for run in marked_runs for t in run if t not in STOPWORDS]
        content = [t for i, t in enumerate(w[verb + 1 :], verb + 1) if i not in inside and t not in STOPWORDS]
        content = marked or [t for t in content if t not in FILLERS]
        if w[verb] in CALLING:
            # "call the lease reckless", "call it a failure": what was called comes last, after its object; with
            # no object ("call the police", "call reckless") it is no calling of a thing
            called = [t for t in w[verb + 1 :] if t not in DETERMINERS]
            if not content or w[-1] != content[-1] or len(called) < 2:
                return None
            # "call the guild a failing landlord": the complement runs from its indefinite article to the end,
            # all of it what was called; else its last word ("call the lease reckless")
            opening = max((i for i in range(verb + 2, len(w) - 1) if w[i] in INDEFINITE), default=len(w) - 1)
            # "call lantern the harbour's backbone": with no indefinite article, a name right after the verb is what was
            # called, and the complement opens with the determiner after it
            object_end = next((s[1] for s in spans if s[0] == verb + 1), None)
            if opening == len(w) - 1 and object_end is not None and object_end < opening and w[object_end] == "the":
                opening = object_end
            complement = [t for t in w[opening:] if t not in STOPWORDS and t not in FILLERS]
            content = complement or content[-1:]
        if not content:
            return None
        named = frozenset(s[2] for s in spans if s[0] > verb)
        target, target_said = "", frozenset[str]()
        if w[verb] in CALLING:
            # what was called so: the words between the verb and the calling ("the lease" of "call the lease
            # reckless"), unless only a pronoun ("call it reckless"), which names no thing to check
            between = range(verb + 1, opening)
            if any(i in inside or w[i] not in STOPWORDS for i in between):
                # a name called so by its glossary name ("Lantern"), other words as typed
                object_named = next((s[2] for s in spans if (s[0], s[1]) == (verb + 1, opening)), None)
                target = self.brief.entities[object_named].name if object_named else " ".join(w[i] for i in between)
                target_said = frozenset(stem(w[i]) for i in between if i not in inside and w[i] not in STOPWORDS)
        said = frozenset(stem(t) for t in content)
        return AskedSaying(first[2], said, named, target, target_said, yes_no, bool(marked))

    def _echoes(self, said: Sequence[str]) -> bool:
        """The words after a verb of saying, names aside (`said`), echo words the articles quote: ECHO_LEAST or more
        of them, past stop words, all inside one quotation of a fact's ("say the guild has blood on its hands" of
        “You Have Blood on Your Hands”). Such words can be checked as someone's; a reason paraphrased ("say dropping
        it is bad") cannot, and is the asker's."""
        content = {stem(t) for t in said if t not in STOPWORDS}
        if len(content) < ECHO_LEAST:
            return False
        # the quotations holding every one of them: those holding the rarest, narrowed by each of the others
        holding = sorted((self._quoting.get(s, set()) for s in content), key=len)
        return bool(holding[0].intersection(*holding[1:]))

    def _quoted(self, run: Sequence[str]) -> bool:
        """Words the asker marks with quotation marks (`run`, in order) stand, every one, in a row inside one
        quotation of a fact's ('why did Lind say "what is it for"' of “What is it for?” one keeper shouted): quoted
        words, however short or common, checked as someone's."""
        stems = tuple(stem(t) for t in run)
        n = len(stems)
        return n > 0 and any(
            quoted[i : i + n] == stems for quoted in self._quoted_runs for i in range(len(quoted) - n + 1)
        )

    def _quotes_said(self, fact_id: str, said: frozenset[str]) -> bool:
        """One quotation of the fact's (its statement's or a quote's) holds every asked stem."""
        fact = self.brief.facts[fact_id]
        return any(
            said <= frozenset(stem(t) for t in words(fold(m.group(1))))
            for text in (fact.statement, *(c.quote for c in fact.citations))
            for m in QUOTATION.finditer(text)
        )

    def misattributed(self, q: Question, ranked: Sequence[Hit], best: str | None) -> Misattribution | None:
        """For an AskedSaying question, a Misattribution when neither `best` (the fact that would answer, or None)
        nor any of the first CANDIDATES gives the asked words as the actor's; None when one does, or the question is
        not of that shape. A fact gives them as the actor's when it holds them (`holds`) and names the actor as who
        speaks (`speaks`). Another is named as the speaker only when a fact holding the words gives them as
        speaking (`_speakers`)."""
        asked = self.asked(q)
        if asked is None:
            return None
        wrong = self._misattributed(asked, ranked, best)
        if asked.yes_no and (wrong is None or not wrong.fact):
            return None  # "did Lind say …" of words no fact gives anyone: the verdicts' to read, not a "No" of whose
        if asked.yes_no and wrong is not None and wrong.target and not self._of_other_party(wrong.fact, asked):
            return None  # "did Lind call the guild's plan reckless" of its "moves": maybe the same thing, no "No"
        if asked.yes_no and wrong is not None and not wrong.target and not asked.marked:
            # "did Ben Ashby call the lease reckless" of Lind's calling it so: he may have too, in words no article
            # quotes; only words the asker quotes, given another speaker, are surely not his (fresh tester 71, R2)
            return None
        return wrong

    def _of_other_party(self, fact_id: str, asked: AskedSaying) -> bool:
        """What the fact says was called the asked words (`_called_objects`) is surely not the asked target: the
        target names no one and is people ("the keepers", PERSON_NOUNS) where each such thing names only
        organizations or things, no people. Other words for a thing ("the guild's plan" of "the guild's moves") may
        mean it, so a "No" to a yes/no question rests only on this (fresh tester 71, W4); a target named ("did Lind
        call the Courier reckless") is told "not of the Courier" by the answer's own checks (Untold.party)."""
        objects = self._called_objects(fact_id, asked.said)
        people = {stem(n) for n in PERSON_NOUNS}
        if asked.named or not asked.target_said or not asked.target_said <= people:
            return False
        return bool(objects) and all(
            rest.isdisjoint(people) and all(self.retriever.entity_kind(e) not in PERSON_KINDS for e in named)
            for named, rest in objects
        )

    def _misattributed(self, asked: AskedSaying, ranked: Sequence[Hit], best: str | None) -> Misattribution | None:
        """`misattributed`, of the question read as `asked`."""
        facts = [h.id for h in ranked[:CANDIDATES] if h.id in self.brief.facts]
        if best is not None and best in self.brief.facts:
            facts = [best, *(f for f in facts if f != best)]
        holding = [f for f in facts if self.holds(f, asked.said)]
        spoken = [f for f in holding if self.speaks(f, asked.actor)]
        if spoken and asked.target and not any(self.of_target(f, asked) for f in spoken):
            # "when did Lind call the keepers reckless" of her calling the lease so: the words are hers, but a date
            # of them would tell the reader she called the keepers that (fresh tester 68, O1)
            return Misattribution(asked.actor, fact=spoken[0], target=asked.target)
        if spoken:
            # the words are the actor's (in one fact, if not in the best): naming another as saying them would be
            # false; whether the best gives their time or place is `answers`'s to say (fresh review 19, H1)
            return None
        if self.retriever.entity_kind(asked.actor) == OUTLET_KIND:
            # an outlet asked: another outlet's article holds the words (fresh tester 69, O2: one outlet's calling asked
            # of another); those it quotes people saying are not the asked calling either way
            for f in holding:
                others = [o for o in self._outlets_of(f) if o != asked.actor and o not in asked.named]
                if others:
                    return Misattribution(asked.actor, others[0], f)
            return Misattribution(asked.actor)
        for f in holding:
            others = [s for s in self._speakers(f) if s != asked.actor and s not in asked.named]
            if others:
                return Misattribution(asked.actor, others[0], f)
        for f in holding:
            # one the fact gives the words to by kind, unnamed ("one organizer shouted"), when they are quoted there
            # (fresh tester 66, W3/W4: why one named "said" words of an unnamed organizer's shout led that shout)
            if self._quotes_said(f, asked.said) and (kind := self.speakers.kind_of(f)):
                return Misattribution(asked.actor, fact=f, other_kind=kind)
        return Misattribution(asked.actor)

    def of_target(self, fact_id: str, asked: AskedSaying) -> bool:
        """The fact tells the calling of what the question says was called: a thing named in it is among the fact's
        entities, or, naming nothing, one of its words is held (`holds`: "the lease" of "calling the lease …")."""
        objects = self._called_objects(fact_id, asked.said)
        if objects:
            # the fact names what was called so ("calling the guild's actions “reckless”"): the asked thing must be it,
            # every name and word of it ("the guild's keepers" are not the guild's actions: fresh tester 69, O1)
            return any(
                asked.named <= named
                and all(not self._kin.get(s, frozenset({s})).isdisjoint(told) for s in asked.target_said)
                for named, told in objects
            )
        if asked.named:
            return not asked.named.isdisjoint(self.brief.facts[fact_id].entities)
        return any(self.holds(fact_id, frozenset({s})) for s in asked.target_said)

    def _called_objects(self, fact_id: str, said: frozenset[str]) -> list[tuple[frozenset[str], frozenset[str]]]:
        """What the fact's texts (statement and quotes) say was called the asked words (`said`'s stems, or words the
        brief lists with them, in the quotation), when they name it before them (CALLED_OBJECT): for each, the
        entities it names and the stems of its other words. A pronoun ("calling it “reckless”") names nothing and is
        left out."""
        fact = self.brief.facts[fact_id]
        found: list[tuple[frozenset[str], frozenset[str]]] = []
        for text in (fact.statement, *(c.quote for c in fact.citations)):
            for m in CALLED_OBJECT.finditer(text):
                quoted = {stem(t) for t in words(fold(m.group(2)))}
                if not all(not self._kin.get(s, frozenset({s})).isdisjoint(quoted) for s in said):
                    continue  # another calling in the same text
                tokens = words(fold(m.group(1)))
                spans = self._name_spans(tokens)
                inside = {i for a, b, _ in spans for i in range(a, b)}
                rest = frozenset(stem(t) for i, t in enumerate(tokens) if i not in inside and t not in STOPWORDS)
                if spans or rest:
                    found.append((frozenset(e for _, _, e in spans), rest))
        return found

    def answers(self, q: Question, fact_id: str) -> bool:
        """The fact may give the time or place of what the question asks: it is not an AskedSaying question, or the
        fact holds the words and gives the actor as speaking ("where did Lind call the lease reckless" is not
        answered by a vigil's place because she is named in it)."""
        asked = self.asked(q)
        if asked is None or fact_id not in self.brief.facts:
            return True
        return self.holds(fact_id, asked.said) and self.speaks(fact_id, asked.actor)

    def holds(self, fact_id: str, said: frozenset[str]) -> bool:
        """The fact's texts (its statement and quotes, which tell the same words in the brief's and the article's
        wording: "larger" and "bigger") hold SAID_SHARE of the asked stems, each as typed or as a word the brief lists
        with it."""
        told = self.told_stems(fact_id)
        held = sum(1 for s in said if not self._kin.get(s, frozenset({s})).isdisjoint(told))
        # one shared word of several asked is chance ("separated" in any report of separations), not the words
        return held >= SAID_SHARE * len(said) and held >= min(len(said), SAID_LEAST)

    def told_stems(self, fact_id: str) -> AbstractSet[str]:
        """The stems of the words of the fact's texts (its statement and quotes), each word also as IRREGULAR reads
        it: read as the question's words are (Understander: an irregular form becomes the one IRREGULAR gives it,
        "seen" -> "saw"), or the asked words and the fact's own same words would never meet. Kept per fact id."""
        found = self._told.get(fact_id)
        if found is None:
            fact = self.brief.facts[fact_id]
            texts = (fact.statement, *(c.quote for c in fact.citations))
            found = self._told.put(
                fact_id,
                stem_set(stem(f) for text in texts for t in words(fold(text)) for f in (t, IRREGULAR.get(t, t))),
            )
        return found

    def speaks(self, fact_id: str, actor: str) -> bool:
        """The fact gives the actor as speaking (Speakers.said_by) or opens its main clause with them ("Ada Lind had
        attacked the guild, calling it …")."""
        if self.retriever.entity_kind(actor) == OUTLET_KIND:
            return actor in self._outlets_of(fact_id)  # an outlet's words are its own article's
        return self.speakers.said_by(fact_id, {actor}) or self._opens_with(actor, fact_id)

    def _outlets_of(self, fact_id: str) -> list[str]:
        """The news outlets (glossary kind "media") whose articles the fact is cited from, as entity ids."""
        names = {src.outlet for src in self.brief.fact_sources(self.brief.facts[fact_id])}
        return [e for e, ent in self.brief.entities.items() if ent.kind == OUTLET_KIND and ent.name in names]

    def _speakers(self, fact_id: str) -> list[str]:
        """Who the fact gives as speaking (Speakers.of), never a news outlet (ACTOR_KINDS leaves those out: an outlet
        reports, or headlines, words it does not give as its own). Not whom the main clause opens with: "the
        Harbour Post describes the guild's policy as …" puts no words in the guild's mouth, and naming another as
        the speaker must be at least as sure as the words being the asked one's (fresh review 19, H1); only a
        statement calling something so gives its opener as the one calling it."""
        fact = self.brief.facts[fact_id]
        found = self.speakers.of(fact_id)
        if not found and not CALLED.isdisjoint(stem(t) for t in words(fold(fact.statement))):
            # "Ada Lind had attacked the guild, calling it reckless": the calling is the opener's own
            found = [e for e in fact.entities if self._opens_with(e, fact_id)]
        return [e for e in dict.fromkeys(found) if self.retriever.entity_kind(e) in ACTOR_KINDS]
