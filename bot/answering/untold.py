"""What a question takes for told that the articles do not tell, said plainly rather than answered by the closest
fact: an act no candidate states ("why did the guild cancel …"), someone's act told only of another ("did Ada Lind
back the mayor" against a fact about someone else), what letters stand for when no name spells them out."""

from __future__ import annotations

import re
from collections.abc import Set

from bot.answering.articles import REPORTING_VERBS, outlet_opening
from bot.answering.compose import Composer
from bot.answering.compose.dates import planned_as
from bot.answering.compose.questions import STATES_PURPOSE, asks_passive
from bot.answering.compose.speech import CALLING_STEMS
from bot.answering.compose.yes_no import NEGATION
from bot.answering.decide import Decider
from bot.answering.retrieve import Hit, Retriever
from bot.answering.speakers import DOCUMENTS, OUTLET_KIND, WRITING, document_noun
from bot.answering.understand.lexicon import ACTOR_KINDS, AUXILIARIES, COPULAS, DETERMINERS, PAST, SPEECH_VERBS
from bot.answering.understand.question import NameSpans, Question
from bot.answering.understand.times import MONTH_NUMBER
from bot.answering.understand.understander import known, opening_actor
from bot.factbase import Brief
from bot.records import FactData
from bot.search import stem
from bot.text import STOPWORDS, fold, on_first_use, typed_between, words

# words before a name that make it describe what follows ("its harbour lease"), not what an act is done to
DESCRIBING_BEFORE = frozenset("its their his her the a an our your my".split())
# prepositions naming a party to an act after them: "a contract with the guild", "sold to the port" (general English)
PARTY_PREPOSITIONS = frozenset("with to from against for".split())
PREMISE_CANDIDATES = 8  # candidates read for the act a why question takes as done
RESTATED = 2  # words beyond names a fact must share with a why question to tell its premise (an act and its object)
# the words with which a statement says whose account it gives ("…, as the Courier's leaflet pointed out", "according
# to the Gazette"): no part of what happened, so no reason either (general English)
CREDITING = WRITING | frozenset(stem(w) for w in [*DOCUMENTS, "according", "out", "report", "reported", "reports"])
# words a statement gives a reason or a cause with ("after the vote", "in protest at", "citing"): a statement holding
# one tells more than that the act was done, even when the question names the reason itself (general English)
CAUSING = frozenset(
    "because after over amid following citing cited due since response reaction protest reason order so once".split()
)
# a purpose told beside the act (general English): an infinitive of purpose set off after it ("gathered outside the
# guild hall, to hand its keepers a letter"), or what a letter or call asked for ("a letter asking it to end the
# lease"): what "why?" of that act asks, told as far as the articles tell it (STATES_PURPOSE gives the rest)
PURPOSING = on_first_use(
    r"\b(?:asking|urging|calling (?:on|for)|demanding|pressing)\b"
    r"|, to (?!(?:the|a|an|its|their|his|her|be)\b)[a-z]{3,}",
    re.IGNORECASE,
)


# the words with which a statement says outright that what it tells was done for a reason ("wanted the lease kept
# because …", "in order to", "so that"), narrower than gives_why (CAUSING's "over", "since", "after" and PURPOSING's
# "pressing" tell a time, a topic or another's act as often): a "why" answered by another fact than the one asked of
# must state the reason, not touch one (general English; review 22 M3)
REASON_GIVEN = on_first_use(r"\b(?:because|due to|in order to|so that|so as to|reasons?)\b", re.IGNORECASE)


def reason_given(clause: str) -> bool:
    """The clause (a statement's words about one doer) says outright why it was done (REASON_GIVEN)."""
    return REASON_GIVEN().search(clause) is not None


# PURPOSING without its "pressing", which names others as often ("the activists pressing them") as tells an aim
AIMING = on_first_use(
    r"\b(?:asking|urging|calling (?:on|for)|demanding)\b|, to (?!(?:the|a|an|its|their|his|her|be)\b)[a-z]{3,}",
    re.IGNORECASE,
)
# the verbs asking what someone wanted ("what did they want", "what were they demanding"), which a statement tells
# by the aim it gives (AIMING: "a letter asking it to end the lease"), seldom in the question's own word (general
# English)
WANTING = frozenset("want demand seek".split())


def tells_wanted(statement: str, term: str) -> bool:
    """The question's `term` asks what was wanted (WANTING, by stem) and the statement gives an aim (AIMING)."""
    return stem(term) in {stem(w) for w in WANTING} and AIMING().search(statement) is not None


# the words of CAUSING that tell a cause wherever they stand ("protested over the lease", "in response"), not its
# "order", "so", "since", "protest" (a word order, a "so-called", a time, a noun)
CAUSE_WORDS = frozenset("because after over amid following citing cited due response reaction".split())


def states_why(statement: str) -> bool:
    """The statement says outright why (REASON_GIVEN) or what for (AIMING: "urging the guild to end the lease")
    what it tells was done; narrower than gives_why, whose CAUSING words ("order", "since") name as often as
    explain."""
    return reason_given(statement) or AIMING().search(statement) is not None


def tells_cause(statement: str) -> bool:
    """The statement says why (states_why) or tells a cause (CAUSE_WORDS: "protested over the lease")."""
    return states_why(statement) or not CAUSE_WORDS.isdisjoint(words(statement))


def gives_why(statement: str) -> bool:
    """The statement gives a cause or reason (a word of CAUSING) or a purpose (PURPOSING, STATES_PURPOSE) of what
    it tells: "why?" of it is answered as far as it goes, never "the articles don't say why"."""
    return (
        not CAUSING.isdisjoint(words(statement))
        or PURPOSING().search(statement) is not None
        or STATES_PURPOSE.search(statement) is not None
    )


# "when is the next protest": a time after now, of an event still to come; "when was the next vigil after the march"
# has its point in the past (general English)
NEXT = frozenset({"next", "upcoming"})
BEFORE_NOW = frozenset("was were did had".split())
# "the next year", "next week": a time, not an event asked of (general English)
TIME_UNITS = frozenset("year years yr yrs month months week weeks weekend day days time".split())
NEXT_REACH = 3  # words from "next" to the noun it is of: "the next big harbour vigil"
OBJECT_REACH = 6  # words from an act to what it is done to: "obtained Gull Point Harbour Authority documents"
# "is Lind still chief": of the candidates, those scored within DEFINING_NEAR of the best that may answer in its place
DEFINING_CANDIDATES = 5
DEFINING_NEAR = 0.8
STILL = frozenset({"still", "currently", "now"})  # "is Lind still chief": whether she is so, as of the articles
DOER_CANDIDATES = 5  # candidates read for one telling who did the act to what a who question names
DOER_NEAR = 0.6  # of the best's score, at least, for one of them
# a title a statement gives: named so ("titled …", "called …"), or in quotes of capitalised words ("“Blueprint for
# Terror”"); words quoted as said ("“[U]nder scrutiny from …”") are no title
GIVES_TITLE = on_first_use(
    r"\b(?:titled|entitled|headlined|called|named)\b|[\"“‘'](?:[A-Z][\w'’-]*[\s:,]+(?:(?:a|an|the|of|for|and|to|in|on|its)\s+)*){2}"
)
TITLE_WORDS = frozenset("title titled headline headlined".split())
# what a title is asked of: a piece of writing (speakers.DOCUMENTS and others), not a person ("what's her title")
VENUE_WORDS = 3  # words an unknown venue after "in the" may run to, ending the question ("in the nyt")
PIECES = DOCUMENTS | frozenset("op ed oped article piece story essay column book film report".split())
RUNNING = frozenset("run runs ran publish publishes published print prints printed carry carries carried".split())
# kinds of glossary entries whose names are no title of a piece: who wrote or ran it, where ("what was the Gazette
# op-ed titled" is not answered "The Gazette")
UNTITLED_KINDS = ACTOR_KINDS | {"media", "place"}
FIGURE_ASKING = frozenset({"count", "amount", "date"})  # "the headline said how many": a figure asked, no title
# "they were twice denied entry": a form of "be" this many words before a past act makes it passive (an adverb between)
BEING = frozenset("was were been being is are".split())
PASSIVE_GAP = 2
AGENT_REACH = 4  # "were refused entry by the guild": the doer after "by", this many words after the act at most
STANDS_FOR = on_first_use(r"\b(?:stands?|short) for\b")  # "what does X stand for", "X is short for what"


# a return to what had ended asked ("did the guild go back to the port", "did it resume the lease"): the stems of
# verbs of taking up again, the motion verbs "back" turns into one, and the words a fact telling one holds (general
# English; "get back to" is a reply, no return)
RESUMING = frozenset(stem(w) for w in "resume restart reinstate reopen rejoin revive".split())
GOING = frozenset("go goes went gone going come comes came coming".split())
RESUMED = RESUMING | frozenset(stem(w) for w in "return back again".split())
# "what did Lind say in her latest memo": the possessive or article before a document (speech.DOCUMENTS) the words
# are asked from, and the words before the noun that pick one out by time only, which no fact need say
DOCUMENT_OPENINGS = frozenset("his her their its".split())
BY_TIME = frozenset("latest newest last recent most".split())
DOCUMENT_REACH = 3  # words between the opening and the noun at most ("her latest annual shareholder letter")
OWNING = frozenset("his her their".split())  # a document told as someone's own ("her letter"), not "a letter"
WROTE = frozenset("wrote write writes written writing penned authored".split())  # "she wrote in a letter"


class Untold:
    def __init__(
        self, brief: Brief, retriever: Retriever, decider: Decider, composer: Composer, name_spans: NameSpans
    ) -> None:
        self.brief = brief
        self.retriever = retriever
        self.decider = decider
        self.composer = composer
        self._name_spans = name_spans
        self._own: list[str] | None = None  # the brief's own subjects, once worked out (`_subjects`)
        self._kin = retriever.kin

    def premise(self, q: Question, ranked: list[Hit], best: Hit) -> bool:
        """A why question about an act the brief lists opposites for (Decider.act_forms, the brief's `opposites`:
        "why did the guild cancel …") that neither the best candidate nor any of the next PREMISE_CANDIDATES states
        in its own words: the question's premise is not in the articles, and a reason given for it would tell of
        something that did not happen there. (Every act: "losing trust" for "voiced distrust", "pushback" for
        "backlash" lost 8 development answers.) Any act whose word the best has only as a noun (another sense:
        Composer.names_act_only_as_noun) that none of the next candidates states is untold too."""
        if q.kind != "why-how" or not q.words or q.words[0] != "why":
            return False
        forms = self.decider.act_forms(q)
        if not forms:
            return False
        near = [best, *(h for h in ranked[:PREMISE_CANDIDATES] if h.id != best.id)]
        if self.composer.names_act_only_as_noun(best.id, forms):
            # any act: the best has its word only in another sense ("why did the port fire the guild": "the guild
            # came under fire"), so the reason it gives would be for what its word happened to match
            return self._told_only_as_noun(forms, ranked, best)
        if not any(f in self.retriever.opposites for f in forms):
            return False  # only acts the brief knows the opposites of: others are paraphrased too often to tell
        if not NEGATION.isdisjoint(q.words) and any(
            self.retriever.states_opposite(h.id, f) for h in near for f in forms if f in self.retriever.opposites
        ):
            # "why did the guild not cancel the lease" asks of the act not done, which a fact stating one of its
            # opposites tells ("the guild wanted the lease kept because …"), never in the act's own word
            return False
        # an act the question too puts after "to" ("why did the guild refuse to cancel it") is asked so
        aimed = {stem(t) for i, t in enumerate(q.words) if q.words[i - 1 : i] == ["to"]} & forms
        return not any(self._states_done(h.id, forms - aimed) or self.composer.states_stems(h.id, aimed) for h in near)

    def opposite_without_cause(self, q: Question, best_id: str) -> bool:
        """ "why did the guild not cancel the lease" (a why question of an act not done, `premise`) whose best fact
        tells one of the act's opposites ("the guild renewed the lease") with no word of cause or purpose in it
        (`gives_why`): it tells what was done instead, not why, so it is no reason (review 33: led alone, it was
        passed off as one). False for any other question or fact."""
        if q.kind != "why-how" or q.words[:1] != ["why"] or NEGATION.isdisjoint(q.words):
            return False
        fact = self.brief.facts.get(best_id)
        forms = self.decider.act_forms(q)
        if fact is None or gives_why(fact.statement):
            return False
        return any(self.retriever.states_opposite(best_id, f) for f in forms if f in self.retriever.opposites)

    def doer_as_noun(self, q: Question, ranked: list[Hit], best: Hit) -> bool:
        """A who question about an act ("who did the port fire", Decider.act_forms) whose word the best candidate
        has only as a noun, in another sense ("the guild came under fire": Composer.names_act_only_as_noun), and
        none of the next PREMISE_CANDIDATES states: the act is not in the articles, and whoever the best names was
        not its doer or the one it was done to (fresh tester: led by "came under fire", a near-overclaim)."""
        if q.kind != "who":
            return False
        forms = self.decider.act_forms(q) or self._verb_after_who(q)
        return (
            bool(forms)
            and self.composer.names_act_only_as_noun(best.id, forms)
            and self._told_only_as_noun(forms, ranked, best, as_act=True)
        )

    def _verb_after_who(self, q: Question) -> frozenset[str]:
        """ "Who owns the guild": the stems of the word right after "who" when it is a verb's inflected form only
        ever a verb (English.verb gives a lemma other than the word), the act a "who <verb>s X" question asks its
        doer of; empty for any other question ("who is", "who runs", which English.verb does not take for a verb)."""
        if q.words[:1] != ["who"] or len(q.words) < 3:
            return frozenset()
        lemma = self.retriever.english.verb(q.words[1])
        if lemma is None or lemma == q.words[1]:
            return frozenset()
        return frozenset({stem(q.words[1]), stem(lemma)})

    def _told_only_as_noun(self, forms: Set[str], ranked: list[Hit], best: Hit, *, as_act: bool = False) -> bool:
        """None of the next PREMISE_CANDIDATES after `best` states a word of the act (`forms`, its stems); with
        `as_act`, none states one other than as a noun (Composer.names_act_only_as_noun: "its own staff" tells no
        owning, whichever fact has it)."""
        near = [h for h in ranked[:PREMISE_CANDIDATES] if h.id != best.id]
        return not any(
            self.composer.states_stems(h.id, forms)
            and not (as_act and self.composer.names_act_only_as_noun(h.id, forms))
            for h in near
        )

    def _states_done(self, fact_id: str, forms: Set[str]) -> bool:
        """The fact's statement has a word of one of the stems `forms` that is not right after "to": "refused to
        cancel", "urged them to cancel", "demanding that they cancel" (ActsTold.requested) tell of the act only as
        demanded or refused, no premise of a why question
        ("why did the lease get cancelled") that takes it as done (general English: a verb's bare form after "to"
        is an aim, not a deed)."""
        fact = self.brief.facts.get(fact_id)
        if fact is None:
            return False
        tokens = words(fact.statement)
        requested = self.decider.told.requested(fact_id)  # "demanding that the guild cancel it": asked for
        return any(
            stem(t) in forms and stem(t) not in requested and tokens[i - 1 : i] != ["to"] for i, t in enumerate(tokens)
        )

    def reason(self, q: Question, best_id: str) -> bool:
        """A why question ("why did the guild drop the harbour as a sponsor") whose best fact states at least
        RESTATED of its words or names (one word at least: the act) and nothing beyond them but names, dates, a role
        ("as a sponsor") and whose account it is ("In June 2019 the Gull Point Guild dropped the harbour as a sponsor,
        as the Courier's leaflet pointed out"), holding no word of cause (CAUSING): it tells that the act was done, not
        why; led by it, the answer would pass the premise off as the reason. (A fact with any other word may tell the
        reason in it: answered as before.)"""
        if q.kind != "why-how" or q.words[:1] != ["why"]:
            return False
        fact = self.brief.facts.get(best_id)
        if fact is None:
            return False
        tokens = words(fact.statement)
        if not CAUSING.isdisjoint(tokens):
            return False
        spans = self._name_spans(tokens)
        named = {i for a, b, _ in spans for i in range(a, b)}
        # the role an act gives what it is done to ("dropped the harbour as a sponsor"), told when the question leaves
        # it out ("why did the guild drop the harbour"): what was done, no cause
        named |= {i for i in range(2, len(tokens)) if tokens[i - 1] in ("a", "an") and tokens[i - 2] == "as"}
        asked = {stem(w) for w in q.words}
        told = [
            t
            for i, t in enumerate(tokens)
            if i not in named and t not in STOPWORDS and t not in MONTH_NUMBER and not t.isdigit()
        ]
        # the act and what it is done to or of, in the question's words: the fact tells the question's premise
        restated = [t for t in told if stem(t) in asked]
        # what the act is done to may be a name the question names too ("why did the guild drop the harbour")
        objects = {e for _, _, e in spans if e in q.entities}
        return (
            bool(restated)
            and len(restated) + len(objects) >= RESTATED
            and all(stem(t) in asked or stem(t) in CREDITING for t in told)
        )

    def next_one(self, q: Question, best_id: str) -> str | None:
        """ "When is the next protest": a date question asking, from now, of the next of something (NEXT, no past
        auxiliary, the noun within NEXT_REACH words after it), whose best fact does not tell one planned and state the
        noun: the noun as typed (the articles cannot tell what comes after them, and a date the fact gives is of
        something else, or of one already held). None otherwise."""
        if q.kind != "date" or NEXT.isdisjoint(q.words) or not BEFORE_NOW.isdisjoint(q.words):
            return None
        at = next(i for i, w in enumerate(q.words) if w in NEXT)
        asked = set(q.leftover)
        noun = next((w for w in q.words[at + 1 : at + 1 + NEXT_REACH] if w in asked or w in TIME_UNITS), None)
        if noun is None or noun in TIME_UNITS:
            return None  # "when does the contract expiring next year end": a time, not a next event
        fact = self.brief.facts.get(best_id)
        if fact is not None and planned_as(fact.statement) and stem(noun) in self.retriever.stated_stems(best_id):
            return None  # one the articles tell as planned
        return noun

    def title(self, q: Question, best_id: str, *, glossary: bool = False) -> bool:
        """ "What was the Harbour Post op-ed titled": a title asked (TITLE_WORDS; an article's own headline is
        answered from the article before this) of which the best fact (or glossary entry) gives none (GIVES_TITLE): its
        words or what it tells of the piece would be taken for the title."""
        if TITLE_WORDS.isdisjoint(q.words) or PIECES.isdisjoint(q.words) or q.kind in FIGURE_ASKING:
            return False  # "what's her title" asks a role; "made headlines" is news; "the headline said how many"
        fact = self.brief.facts.get(best_id)
        if fact is None and not glossary:
            return False  # an entry read first is of the thing the piece is about; the fact composed may name it
        if fact is None and self.brief.entities[best_id].kind not in UNTITLED_KINDS:
            return False  # a document's or a program's entry: its name is the title
        text = fact.statement if fact is not None else self.brief.entities[best_id].description
        return GIVES_TITLE().search(text) is None

    def name_used(self, entity_id: str) -> bool:
        """The glossary entry's name or one of its aliases is in words its citations quote: the articles call it
        so. A name no quote holds ("the guild's 2018 report on the harbour") is the brief's own description, never
        what the thing "was called" (a document's title, a program's name). True for an entry with no citations."""
        entity = self.brief.entities[entity_id]
        if not entity.citations:
            return True
        quoted = " ".join(fold(c.quote).lower() for c in entity.citations)
        return any(fold(name).lower() in quoted for name in (entity.name, *entity.aliases))

    def _asked_quality(self, q: Question) -> tuple[str, str] | None:
        """ "Is the guild profitable", "is Lind (still) chief": a yes/no question whether a name is what one closing
        word says, with no verb ("is the guild hosted" asks an act): the entity and the word, or None."""
        if q.kind != "yes-no" or q.words[:1] not in ([c] for c in COPULAS):
            return None
        tokens = [t for t in q.words if t not in STILL]
        spans = [(a, b, e) for a, b, e in self._name_spans(tokens) if a in (1, 2) and tokens[1:a] in ([], ["the"])]
        if not spans or spans[0][1] != len(tokens) - 1:
            return None
        word = tokens[-1]
        if self.retriever.english.verb(word) is not None or word.endswith(("ed", "ing")) or word in STOPWORDS:
            return None
        return spans[0][2], word

    def defining(self, q: Question, ranked: list[Hit], best: Hit) -> Hit | None:
        """For "is Lind (still) chief" (`_asked_quality`): a close candidate (DEFINING_NEAR of the best's score)
        whose statement says the name is so in one clause ("Ada Lind is the guild's chief …"), when the best does
        not: that is the answer, not a fact naming her by her title on the way to something else."""
        asked = self._asked_quality(q)
        if asked is None:
            return None
        entity, word = asked
        close = [h for h in ranked[:DEFINING_CANDIDATES] if h.score >= DEFINING_NEAR * best.score]
        found = [h for h in close if self._says_is(h.id, entity, word)]
        return found[0] if found and found[0].id != best.id and not self._says_is(best.id, entity, word) else None

    def _says_is(self, fact_id: str, entity: str, word: str) -> bool:
        """The fact's statement opens a clause with the entity's name and "is" / "was", with `word` before the
        clause ends ("Ada Lind is the guild's chief (keeper)")."""
        fact = self.brief.facts.get(fact_id)
        if fact is None:
            return False
        clause = re.split(r"[,;:.](?:\s|$)", fact.statement)
        for part in clause:
            tokens = [fold(t) for t in words(part)]
            for _, b, e in self._name_spans(tokens):
                if e == entity and tokens[b : b + 1] in (["is"], ["was"]) and stem(word) in map(stem, tokens[b:]):
                    return True
        return False

    def quality(self, q: Question, best_id: str) -> tuple[str, str] | None:
        """ "Is the guild profitable": a yes/no question whether a name is what one closing word says (no verb: "is
        the guild hosted" asks an act) whose best fact has that word only right before another word it describes
        ("a profitable trade between harbours"): the fact calls that other thing so, not the one asked of. The
        entity and the word, or None."""
        if q.kind != "yes-no" or q.words[:1] not in ([c] for c in COPULAS):
            return None
        spans = [(a, b, e) for a, b, e in self._name_spans(q.words) if a in (1, 2) and q.words[1:a] in ([], ["the"])]
        if not spans or spans[0][1] != len(q.words) - 1:
            return None
        word = q.words[-1]
        verbish = self.retriever.english.verb(word) is not None or word.endswith(("ed", "ing"))
        fact = self.brief.facts.get(best_id)
        if fact is None or verbish or word in STOPWORDS:
            return None
        tokens = words(fact.statement)
        at = [i for i, t in enumerate(tokens) if stem(t) == stem(word)]
        lowered = fact.statement.lower()
        # words() drops punctuation: "… is profitable, Ada Lind says" would read as before "ada"
        closing = any(f"{tokens[i]}{mark}" in lowered for i in at for mark in ",.;:")
        if not at or closing or not all(i + 1 < len(tokens) and tokens[i + 1] not in STOPWORDS for i in at):
            return None
        # a title right before the asked one's own name is said of them: "chief Ada Lind" for "is Lind chief"
        titled = {a for a, _, e in self._name_spans([fold(t) for t in tokens]) if e == spans[0][2]}
        if any(i + 1 in titled for i in at):
            return None
        return spans[0][2], word

    def doer(self, q: Question, ranked: list[Hit], best: Hit) -> tuple[str, str] | None:
        """ "Who organized the 2018 vigil": a who question opening with a past act and what it was done to, whose
        best fact uses the act's word, while neither it nor a close candidate (DOER_CANDIDATES, DOER_NEAR of its
        score) tells the act of that thing: the act's word followed within OBJECT_REACH words by the thing's ("organized
        the vigil"), after it in the passive ("the vigil … organized by"), or as the doer's noun ("organizers").
        ("The letter pointed out that keepers elsewhere had protested and organized over pay": others organized,
        nothing is done to the vigil.) The act and the thing as typed, or None."""
        if q.kind != "who" or q.words[:1] != ["who"] or len(q.words) < 3:
            return None
        act = q.words[1]
        if act in AUXILIARIES or not (act in PAST or act.endswith("ed")) or stem(act) in CREDITING:
            return None  # (whose words or report: asked by the speakers' and articles' steps)
        if q.words[2] not in DETERMINERS:
            return None  # "who invested in the guild": not done to a thing the words right after name
        asked = set(q.leftover) - q.date_words
        # the noun phrase after the determiner, up to a stop word: its last word is the thing ("the harbour vigil":
        # the vigil, of which "harbour" says which), and the whole is what was done to as typed
        phrase: list[str] = []
        at: list[int] = []
        for i, w in enumerate(q.words[3:], 3):
            if w in STOPWORDS:
                break
            if w not in DETERMINERS and i not in q.named_at and w in asked:
                phrase.append(w)
                at.append(i)
        if not phrase or best.id not in self.brief.facts:
            return None
        thing = phrase[-1]
        did = stem(act)
        # the thing in the brief's words too ("the cops" are the facts' "police")
        done = {stem(thing), *(stem(w) for s in self.brief.meta.synonyms.get(thing, ()) for w in words(s))}
        if did not in {stem(t) for t in words(self.brief.facts[best.id].statement)}:
            return None  # told, if at all, in other words
        near = [h.id for h in ranked[:DOER_CANDIDATES] if h.score >= DOER_NEAR * best.score]
        for fact_id in dict.fromkeys([best.id, *near]):
            fact = self.brief.facts.get(fact_id)
            tokens = words(fact.statement) if fact is not None else []
            stems = [stem(t) for t in tokens]
            for i in (i for i, s in enumerate(stems) if s == did):
                # "the vigil … organized by", or of the statement's own subject however far it stands ("The
                # flyer handed out … on Monday was produced by the guild": what the sentence opens with)
                subject = tokens[i - 1 : i] in (["was"], ["were"]) and not done.isdisjoint(stems[:OBJECT_REACH])
                passive = stems[i + 1 : i + 2] == ["by"] and (
                    subject or not done.isdisjoint(stems[max(0, i - OBJECT_REACH) : i])
                )
                # the doer's noun ("organizers"), or the noun of the act's doers ("organizations") in a fact telling
                # of the thing: who did it, named
                doers = tokens[i].endswith(("er", "ers")) or (
                    tokens[i].lower().endswith(("ation", "ations")) and not done.isdisjoint(stems)
                )
                # "refused to accept their letter, the protesters taped it to the door": a pronoun after the act
                # standing for the thing the statement named before it
                referred = tokens[i + 1 : i + 2] in (["it"], ["them"]) and not done.isdisjoint(stems[:i])
                if doers or not done.isdisjoint(stems[i + 1 : i + 1 + OBJECT_REACH]) or passive or referred:
                    return None
        # the thing as typed, a name or hyphen between its words kept ("the anti-HQ notices", not "the anti
        # notices": tester 76 C1), when the question's words are the text's own
        typed = typed_between(q.text, at[0], at[-1]) if q.words == words(q.text) else None
        return act, typed or " ".join(phrase)

    def actor(self, q: Question, ranked: list[Hit], best_id: str) -> str | None:
        """The person or organization a yes/no question opens with as acting ("did Ada Lind back the mayor"), when
        the best fact (or glossary entry) does not involve them, or does not state the question's rarest word while
        a close candidate about someone else does ("did Ben Ashby call the plan reckless" against Ashby's op-ed,
        when Ada Lind called it "reckless"): it cannot settle what they did. None otherwise, and for an entity most
        facts involve (the brief's own subject)."""
        if q.kind != "yes-no" or (asks_passive(q.words) and ("by" in q.words or self.decider.told.act_forms(q))):
            return None  # "was the harbour vigil organized by …": the name opening a passive question acts not
        # ("is Ada Lind a Harbour Party supporter" is no passive: what is asked is of her)
        actor = opening_actor(q.words, self._name_spans, self.retriever.entity_kind)
        if actor is None or self.decider.ubiquitous_entity(actor):
            return None  # the brief's own subject is in most facts, named or not ("did the guild …")
        fact = self.brief.facts.get(best_id)
        if actor not in (fact.entities if fact is not None else [best_id]):
            return actor
        # of the words as typed: a synonym read for one ("cave" read as "budge") is a paraphrase, whose rarity says
        # nothing of whom a fact tells it
        typed = {stem(w) for w in q.words}
        weights = {s: w for s, w in self.retriever.weights(q, known_only=True).items() if s in typed}
        rarest = max(weights, key=lambda s: weights[s], default=None)
        # (nor when it states the word in another the brief gives as its synonym, either way: "bash" for "attacking",
        # where the brief gives "attacked" as "bashed" and "attacking")
        if rarest is None or not self._kin.get(rarest, frozenset({rarest})).isdisjoint(
            self.retriever.stated_stems(best_id)
        ):
            return None
        others = (h.id for h in ranked[:PREMISE_CANDIDATES] if h.id != best_id and h.id in self.brief.facts)
        told_of_other = any(
            actor not in self.brief.facts[i].entities and rarest in self.retriever.stated_stems(i) for i in others
        )
        return actor if told_of_other else None

    def outlet_unattributed(self, q: Question, best_id: str) -> str | None:
        """ "Did the Gazette say 400 arrests": a yes/no question (or "what did …") opening with a news outlet
        (glossary kind "media") and a verb of saying, reporting or calling right after it (speakers.WRITING,
        articles.REPORTING_VERBS, CALLING_STEMS), against a fact that is neither cited from that outlet nor names it
        (another's account, which tells nothing of what the outlet said) or a glossary entry (the brief's own
        description). The outlet's entity id, or None."""
        # "what did the Gazette report about the vigil" asks the same of what it told (fresh tester 66, W10)
        what = q.words[:1] == ["what"] and q.words[1:2] != [] and q.words[1] in AUXILIARIES
        entry = best_id in self.brief.entities
        if (q.kind != "yes-no" and not what) or (best_id not in self.brief.facts and not entry):
            return None
        aux = 1 if what else next((i for i, t in enumerate(q.words) if t in AUXILIARIES), None)
        if aux is None:
            return None
        opening = outlet_opening(q.words, aux, self._name_spans, self.retriever.entity_kind)
        if opening is None:
            return None
        outlet, end = opening
        verb = q.words[end] if end < len(q.words) else ""
        if stem(verb) not in WRITING and verb not in REPORTING_VERBS and stem(verb) not in CALLING_STEMS:
            return None
        if entry:
            # "did the Gazette call the guild a salvage firm" led by the guild's glossary entry: the brief's own
            # description, written from the articles, is no outlet's calling (fresh tester 71); "did the Gazette say
            # the guild is …" may be of words the entry gives, which the articles may well tell as the Gazette's
            return outlet if stem(verb) in CALLING_STEMS else None
        fact = self.brief.facts[best_id]
        name = self.brief.entities[outlet].name
        if self._said_by_another_cited(q, fact, name, end):
            return outlet
        if outlet in fact.entities or any(src.outlet == name for src in self.brief.fact_sources(fact)):
            return None
        return None if name.lower() in fact.statement.lower() else outlet

    def _said_by_another_cited(self, q: Question, fact: FactData, name: str, verb: int) -> bool:
        """The fact cites the outlet named `name` and another, and every word said after the verb at `verb` (beyond
        names and stop words) is in a quote of another's and in none of the outlet's: a fact blending two articles,
        of which what is asked is only the other's words ("did the Gazette say Lind backs the mayor" of "… a backer
        of the mayor, the Courier reports; the Gazette calls her the 'Lind-led' guild": the yn24 task's "did <outlet>
        say <founder> supports <politician>", led bare by the other outlet's words). A word said is in a quote when
        it or one the brief lists with it is (`synonym_kin`: task yn2b, "did <outlet> say employees signed a
        petition" of the outlet's "workers signed a petition" was told it is not the outlet's)."""
        sources = self.brief.sources
        own = [c.quote for c in fact.citations if (src := sources.get(c.source)) is not None and src.outlet == name]
        others = [c.quote for c in fact.citations if (src := sources.get(c.source)) is None or src.outlet != name]
        after = range(verb + 1, len(q.words))
        said = {stem(q.words[i]) for i in after if i not in q.named_at and q.words[i] not in STOPWORDS}
        if not own or not others or not said:
            return False

        def holds(quote: str) -> bool:
            # a word the brief lists with the one asked is the same word said ("employees" asked, "workers" quoted)
            told = {stem(t) for t in words(fold(quote))}
            return all(s in told or not self._kin.get(s, frozenset()).isdisjoint(told) for s in said)

        return not any(holds(c) for c in own) and any(holds(c) for c in others)

    def resumption_untold(self, q: Question, best_id: str) -> bool:
        """A yes/no question asking whether something ended was taken up again ("did the guild ever go back to
        working with the port", "did it resume the lease", "did they return to the quay") led by a fact whose texts
        hold no word of a return (RESUMED): a fact of the ending, or of the thing, tells nothing of a later return,
        and led as the answer it would read as one."""
        if q.kind != "yes-no":
            return False
        tokens = q.words
        asked = any(
            stem(t) in RESUMING
            or (t in GOING and tokens[k + 1 : k + 2] == ["back"])
            or (stem(t) == stem("return") and tokens[k + 1 : k + 2] == ["to"])
            for k, t in enumerate(tokens)
            if k
        )
        if not asked:
            return False
        item = self.brief.facts.get(best_id)
        if item is None:
            return False
        texts = (item.statement, *(c.quote for c in item.citations))
        return all(RESUMED.isdisjoint(stem(t) for t in words(fold(text))) for text in texts)

    def document_untold(self, q: Question) -> tuple[str, str] | None:
        """A question of someone's words in a document ("what did Lind say about the port in her latest shareholder
        letter": speech.DOCUMENTS after "in" and a possessive, the speaker's own) that no fact naming the speaker (the
        name after the question's auxiliary) tells of: none holds the noun and every word before it that picks it
        out (not by time alone, BY_TIME: "latest"). The speaker's name and the document's words ("shareholder
        letter"); None when a fact tells of it, or the question names no speaker or no such document."""
        if q.kind != "quote":
            return None
        tokens = q.words
        aux = next((k for k, t in enumerate(tokens) if t in AUXILIARIES), None)
        spans = self._name_spans(tokens) if aux is not None else []
        who = next(
            (
                e
                for a, b, e in spans
                if aux is not None
                and tokens[aux + 1 : a] in ([], ["the"])
                and tokens[b : b + 1] != []
                and tokens[b] in SPEECH_VERBS
            ),
            None,
        )
        if who is None:
            return None
        for k, t in enumerate(tokens):
            if t != "in" or tokens[k + 1 : k + 2] == [] or tokens[k + 1] not in DOCUMENT_OPENINGS:
                continue
            end = next(
                (j for j in range(k + 2, min(len(tokens), k + 3 + DOCUMENT_REACH)) if document_noun(tokens[j])), None
            )
            if end is None or end != len(tokens) - 1:
                continue  # the document closes the question: "in her memo about the port" may name it otherwise
            picked = [w for w in tokens[k + 2 : end] if w not in STOPWORDS and w not in BY_TIME and not w.isdigit()]
            picked = [w for w in picked if w not in q.date_words]
            noun = document_noun(tokens[end])
            needed = {stem(w) for w in picked}
            for fact in self.brief.facts_naming([who]):  # (a compiled brief's `names` table: no walk)
                for text in (fact.statement, *(c.quote for c in fact.citations)):
                    said = words(fold(text).lower())
                    told = noun in {document_noun(w) for w in said} and needed <= {stem(w) for w in said}
                    if told and self._document_owned(said, noun, who):  # her own, not one brought to her
                        return None
            return self.brief.entities[who].name, " ".join([*picked, tokens[end]])
        return None

    def _document_owned(self, said: list[str], noun: str | None, who: str) -> bool:
        """A text's words (`said`) tell the document as the person's own ("her letter", "Lind's letter", "she wrote
        in a letter"), not only one that names her ("a letter to Lind", "presented Lind with a letter": someone
        else's, brought to her): a possessive or her name shortly before the noun, or a verb of writing, with no "to"
        and her name right after it."""
        entity = self.brief.entities[who]
        names = {w for n in (entity.name, *entity.aliases) for w in words(fold(n).lower())}
        for k, w in enumerate(said):
            if document_noun(w) != noun:
                continue
            if names & set(said[k + 1 : k + 4]) and "to" in said[k + 1 : k + 3]:
                continue  # "a letter to Lind"
            before = said[max(0, k - 1 - DOCUMENT_REACH) : k]
            if not OWNING.isdisjoint(before) or (before and before[-1] in names):
                return True
            if not WROTE.isdisjoint(said[:k]):
                return True
        return False

    def venue_untold(self, q: Question, best_id: str) -> str | None:
        """ "who wrote the op-ed in the Eastport Times": a piece (PIECES) the question places in a venue right after
        it ("in" / "on", maybe "the") that the best fact does not carry: a news outlet it neither involves, names nor
        is cited from, or words the brief never uses (a paper it never cites: "the nyt"). Its piece would be told
        as if it ran there. The venue's words as typed, or None. A yes/no question too ("did Lind write an op-ed in
        the nyt"): led bare by her op-ed elsewhere, it kept the premise (fresh tester 73, W6)."""
        if best_id not in self.brief.facts:
            return None
        w, fact = q.words, self.brief.facts[best_id]
        if w[:1] and w[0] in AUXILIARIES and len(w) > 2:
            # "did the nyt run her op-ed": the venue as the doer of running a piece asked after it
            ran = next((k for k in range(2, min(len(w), 3 + VENUE_WORDS)) if w[k] in RUNNING), None)
            if ran is not None and not PIECES.isdisjoint(w[ran + 1 :]):
                return self._venue_not_of(fact, w, 1 + (w[1] == "the"), ran, running=True)
        for i in range(1, len(w) - 1):
            if w[i - 1] not in PIECES or w[i] not in ("in", "on"):
                continue
            # "what did the flyer in Eastport declare": a word only ever a verb closing the question is its act, no
            # word of the venue's name (lemminflect's tables; blind set CL)
            end = len(w) - (len(w) > i + 2 and self.retriever.english.verb(w[-1]) is not None)
            return self._venue_not_of(fact, w, i + 1 + (w[i + 1] == "the"), end, within=w[i] == "in")
        return None

    def _venue_not_of(
        self, fact: FactData, w: list[str], at: int, end: int, *, running: bool = False, within: bool = False
    ) -> str | None:
        """The venue named in `w[at:end]` (a news outlet's name starting at `at`, or words the brief never uses) when
        the fact does not carry it (`venue_untold`): its name or words; None otherwise. `running`: the venue is the
        doer of a verb of running the piece, so all of `w[at:end]` is its name; `within`: the piece is placed "in"
        it, as a piece runs in a paper (a piece "on" a thing is about it: "the report on the Lantern vigil")."""
        span = next((sp for sp in self._name_spans(w) if sp[0] == at), None)
        rest = w[span[1] : end] if span is not None else []
        other_name = (running or within) and span is not None and self.retriever.entity_kind(span[2]) != OUTLET_KIND
        if other_name and rest and len(w[at:end]) <= VENUE_WORDS and not any(t in STOPWORDS for t in rest):
            # "did the eastport times run her op-ed", "did Lind write an op-ed in the eastport times": a place's name
            # with more words after it is another name, a paper's named for the place (not the place), carried by
            # the fact only if it holds all its words
            told = set(words(fold(fact.statement)))
            return None if set(w[at:end]) <= told else " ".join(w[at - (w[at - 1] == "the") : end])
        if span is not None:
            outlet = span[2]
            if self.retriever.entity_kind(outlet) != OUTLET_KIND or outlet in fact.entities:
                return None
            name = self.brief.entities[outlet].name
            if any(src.outlet == name for src in self.brief.fact_sources(fact)):
                # the outlet reporting the piece did not run it when the fact places it in another ("the Courier
                # reported a Gazette op-ed": "did the Courier run the op-ed" is not so)
                return name if self._placed_in_another(fact, outlet) else None
            return None if name.lower() in fact.statement.lower() else name
        venue = w[at:end]
        unnamed = venue and len(venue) <= VENUE_WORDS and not any(t in STOPWORDS for t in venue)
        if unnamed and not any(known(self.retriever.index, t) for t in venue):
            return " ".join(w[at - (w[at - 1] == "the") : end])  # "the op-ed in the nyt": a paper the brief never names
        return None

    def _placed_in_another(self, fact: FactData, outlet: str) -> bool:
        """The fact's statement places its piece in an outlet other than `outlet` that it involves: that outlet's
        name right before a word for a piece (PIECES: "a Gazette op-ed") or right after "<piece> in (the)"
        ("an op-ed in the Gazette")."""
        tokens = words(fold(fact.statement))
        for other in fact.entities:
            if other == outlet or self.retriever.entity_kind(other) != OUTLET_KIND:
                continue
            name = words(fold(self.brief.entities[other].name))
            if name[:1] == ["the"]:
                name = name[1:]
            for i in range(len(tokens) - len(name) + 1):
                if not name or tokens[i : i + len(name)] != name:
                    continue
                before = [t for t in tokens[max(0, i - 3) : i] if t != "the"]
                if tokens[i + len(name) : i + len(name) + 1] in ([p] for p in PIECES) or (
                    before[-2:-1] and before[-2] in PIECES and before[-1] == "in"
                ):
                    return True
        return False

    def party(self, q: Question, best_id: str) -> str | None:
        """A person or organization a yes/no question names beyond its opening actor ("did Ada Lind call the Harbour
        Guild reckless") that the best fact neither lists nor names, when that fact involves another of the same kind
        instead (it called someone else reckless): a yes or a no from it would be about the other party
        (Decider.absent_party, the brief's own subject left out). None for a glossary entry's answer."""
        # a why question takes its act as done ("why did Ada Lind call the Harbour Guild reckless"): a fact of
        # the act done to another party gives no reason for the one asked
        why = q.kind == "why-how" and q.words[:1] == ["why"]
        if (q.kind != "yes-no" and not why) or best_id not in self.brief.facts:
            return None
        absent = self.decider.absent_party(q, best_id, ACTOR_KINDS, own_subject=True)
        if why:
            # only a party the act is done with or to ("… a contract with the guild"), not a name describing a thing
            # ("comparing the guild's harbour work to …"); the checks below are a verdict's
            return absent if absent is not None and self._party_of_act(q, absent) else None
        if absent is not None:
            return absent
        if not q.entities:
            return self._others_document(q, best_id)
        # "did the Courier's staff picket the guild": a fact of the Courier's staff that never names the guild tells
        # nothing of picketing it, whoever else it involves
        kind_of = self.retriever.entity_kind
        actors = [e for e in q.entities if kind_of(e) in ACTOR_KINDS and e not in q.scene_entities]
        involved = [e for e in actors if not self.decider.subjects.about_others(best_id, [e])]
        if not involved:
            return None
        # (a fact of one of the brief's own subjects implies the others: "the guild's lamps" are the harbour's too)
        ubiquitous = self.decider.subjects.ubiquitous_entity
        implied = any(ubiquitous(e) for e in involved)
        # one named as what the act is done to, not as a word describing a thing ("cancel its harbour lease")
        starts = {e: a for a, _, e in self._name_spans(q.words)}
        done_to = {e for e, a in starts.items() if a and q.words[a - 1] not in DESCRIBING_BEFORE}
        return next((e for e in actors if e not in involved and e in done_to and not (implied and ubiquitous(e))), None)

    def _party_of_act(self, q: Question, entity: str) -> bool:
        """The question names `entity` right after a preposition of a party to an act (PARTY_PREPOSITIONS, maybe
        with "the" between): "with the wardens", "to the guild"."""
        for start, _, e in self._name_spans(q.words):
            before = [w for w in q.words[max(0, start - 2) : start] if w != "the"]
            if e == entity and before[-1:] and before[-1] in PARTY_PREPOSITIONS:
                return True
        return False

    def _others_document(self, q: Question, best_id: str) -> str | None:
        """ "Was the 2018 letter signed by 120,000 people", naming no one: "the letter" is the brief's own subject's
        when the question names no other party, so a fact telling of a letter that involves another party of a kind
        the brief's own subject is (the Courier, where the guild is a company most facts involve) and not the
        subject itself is another's letter: the subject (the ubiquitous entity of that kind), or None."""
        nouns = {n for i, t in enumerate(q.words) if (n := document_noun(t)) and "the" in q.words[max(0, i - 2) : i]}
        fact = self.brief.facts[best_id]
        if not nouns or nouns.isdisjoint(n for t in words(fact.statement.lower()) if (n := document_noun(t))):
            return None
        ubiquitous = self.decider.subjects.ubiquitous_entity
        kind_of = self.retriever.entity_kind
        others = {kind_of(e) for e in fact.entities if kind_of(e) in ACTOR_KINDS and not ubiquitous(e)}
        own = {kind_of(e) for e in fact.entities if ubiquitous(e)}
        return next(
            (e for e in self._subjects() if kind_of(e) in others and kind_of(e) not in own and e not in fact.entities),
            None,
        )

    def _subjects(self) -> list[str]:
        """The brief's own subjects (Subjects.ubiquitous_entity), worked out once."""
        if self._own is None:
            ubiquitous = self.decider.subjects.ubiquitous_entity
            self._own = sorted(e for e in self.brief.entities if ubiquitous(e))
        return self._own

    def expansion(self, q: Question) -> str | None:
        """ "What does X stand for" / "what is X short for", X a name of one letters-only word: X, when no name the
        glossary gives its entity spells it out (the letters of X, in order, among the first letters of a longer
        name's words: "Keepers Guild of Gull Point" spells KGP); None otherwise, and the question is answered as
        any other."""
        if len(q.entities) != 1 or not STANDS_FOR().search(q.text):
            return None
        typed = [q.words[i] for i in sorted(q.named_at)]
        if len(typed) != 1:
            return None
        verb = next((i for i, w in enumerate(q.words) if w in ("stand", "stands", "short")), len(q.words))
        if min(q.named_at) > verb:
            # "where did the crowd stand for the EPX speeches": letters asked of come before it ("what does EPX
            # even stand for"), as its subject
            return None
        entity = self.brief.entities[q.entities[0]]
        names = [words(name) for name in (entity.name, *entity.aliases)]
        for spelled in ("".join(w[0] for w in name) for name in names if len(name) > 1):
            rest = iter(spelled)
            if all(letter in rest for letter in typed[0]):  # in order: each found after the one before
                return None
        return typed[0].upper()

    def agentless(self, q: Question, fact_id: str) -> tuple[str, str] | None:
        """ "Who denied them entry" of a fact telling only "they were (twice) denied entry": a who question opening with
        a past act, which the fact's statement and quotes tell only in the passive (a form of "be" at most PASSIVE_GAP
        words before the act's word) with no "by" within AGENT_REACH words after it, and never in the active. The
        act and what follows it as asked (the words after the act), or None: the fact tells what was done, not who
        did it."""
        if q.kind != "who" or q.words[:1] != ["who"] or len(q.words) < 3:
            return None
        act = q.words[1]
        if act in AUXILIARIES or not (act in PAST or act.endswith("ed")) or stem(act) in CREDITING:
            return None
        fact = self.brief.facts.get(fact_id)
        if fact is None:
            return None
        did, passive = stem(act), False
        for text in (fact.statement, *(c.quote for c in fact.citations)):
            tokens = words(text)
            for i in (i for i, t in enumerate(tokens) if stem(t) == did):
                if BEING.isdisjoint(tokens[max(0, i - PASSIVE_GAP) : i]) or "by" in tokens[i + 1 : i + 1 + AGENT_REACH]:
                    return None  # told in the active, or with its doer: who did it may be in the fact
                passive = True
        if not passive:
            return None
        typed = typed_between(q.text, 2, len(q.words) - 1) if q.words == words(q.text) else None
        return act, typed or " ".join(q.words[2:])
