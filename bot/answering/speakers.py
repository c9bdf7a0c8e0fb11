"""Whose words a quote question asks for: "what did X say / write / tell …" is answered only by words the sources
put in X's mouth, never by someone else's quote that merely mentions X (a misattributed quote is repeated on a
flyer; a plain "the articles quote no words of X" is not)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from bot.answering.retrieve import Hit, Retriever
from bot.answering.understand import Question, Understander
from bot.factbase import Brief
from bot.features import SPOKEN  # words in speech marks, never who says them
from bot.search import stem
from bot.text import STOPWORDS, fold, words

# the question's own verbs for asking what someone said ("what did X say / write / tell them / respond")
ASKING = frozenset(
    "say said saying tell told write wrote argue argued claim claimed respond responded reply replied answer "
    "answered shout shouted chant chanted think post posted tweet tweeted".split()
)
# the verbs with which a fact reports words as someone's: the names before the first of them are the speaker
# ("ask", "call" and "urge" are left out: "a letter … handed to Ada Lind asking her", "called the police")
REPORTING = frozenset(
    "say said says saying tell told tells telling write wrote writes writing argue argued argues arguing claim "
    "claimed claims state stated states add added respond responded reply replied suggest suggested suggests shout "
    "shouted chant chanted warn warned note noted wish wished insist insisted describe described describes".split()
)
DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its"})
OUTLET_KIND = "media"  # the glossary kind of a news outlet (bot/records.py EntityKind)
OPENERS = frozenset({"what", "wat", "wht", "how"})
AUXILIARIES = frozenset({"did", "does", "do", "has", "had", "have", "was", "is"})
SPAN = 10  # words between "did" and the asking verb: "what did the harbour post op-ed by lind say"
WINDOW = 4  # words before a reporting verb that name who speaks: "Ada Lind told", "the guild in a statement said"
TOPIC_MARKERS = frozenset({"about", "regarding", "concerning"})  # "what did X say about …"
OCCASION_MARKERS = frozenset({"at", "during"})  # "what did X say at the town hall": X's words there
CANDIDATES = 12  # ranked candidates searched for the speaker's own words
# a subject of its own between a name and the reporting verb: "the guild, which it describes as …" is the
# reporter's description of the guild, not the guild's words; after "and" the verb's subject is an earlier one
# ("Lind described the guild as … and added")
CLAUSE_SUBJECTS = frozenset({"it", "he", "she", "they", "we", "i", "which", "who", "and"})


def reported_speakers(tokens: list[str], names: Callable[[list[str]], list[str]]) -> list[str]:
    """Entity ids a statement's tokens give as who speaks, in order: named within WINDOW words before a reporting
    verb (after any subject of its own or "and": "the guild, which it describes" names no speaker), or right after
    "according to". `names` finds entity ids in a run of tokens."""
    out: list[str] = []
    for j, token in enumerate(tokens):
        if token in REPORTING:
            window = tokens[max(0, j - WINDOW) : j]
            window = window[max((k + 1 for k, t in enumerate(window) if t in CLAUSE_SUBJECTS), default=0) :]
        elif token == "according" and tokens[j + 1 : j + 2] == ["to"]:
            window = tokens[j + 2 : j + 2 + WINDOW + 2]  # "according to guild executive director Ada Lind"
        else:
            continue
        out += [e for e in names(window) if e not in out]
    return out


class Speakers:
    def __init__(self, brief: Brief, understander: Understander, retriever: Retriever) -> None:
        self.brief = brief
        self.understander = understander
        self.retriever = retriever  # what a fact states (stated_stems) and opens with (features), worked out once

    def names(self, tokens: list[str]) -> list[str]:
        """Entity ids whose aliases occur in `tokens` (the question's own entity finder: longest, whole words)."""
        return self.understander.find_entities(tokens)[0]

    def asked(self, q: Question) -> set[str]:
        """The entities named between "what did" and its asking verb ("what did Ada Lind say": Ada Lind);
        empty when the question names no one there ("what did the protesters chant")."""
        w = q.words
        for i in range(1, len(w)):
            if w[i] in AUXILIARIES and w[i - 1] in OPENERS:
                _, inside = self.understander.find_entities(w[i + 1 : i + 1 + SPAN])  # "post" of "The Harbour Post"
                for j in range(i + 1, min(i + 1 + SPAN, len(w))):
                    if w[j] in ASKING and j - i - 1 not in inside:
                        span = w[i + 1 : j]
                        if "by" in span:  # "the op-ed by Lind": the author, not the paper it ran in
                            span = span[len(span) - span[::-1].index("by") :]
                        names, taken = self.understander.find_entities(span)
                        # only a speaker named alone ("what did Ada Lind say"): "a guild agent", "the Eastport
                        # crowd" or "the letter to its staff" name someone else, whom no alias stands for
                        rest = [n for n, t in enumerate(span) if t not in DETERMINERS]
                        if not rest or not set(rest) <= taken:
                            return set()
                        # an outlet "says" what it reports ("what did the Gazette say about the vigil"): its
                        # reporting answers, not only words it is quoted as saying
                        return {n for n in names if self.brief.entities[n].kind != OUTLET_KIND}
                return set()
        return set()

    def said_by(self, fact_id: str, speakers: set[str]) -> bool:
        """The fact reports words, and one of `speakers` is named within WINDOW words before a reporting verb
        ("In a Harbour Post op-ed, Ada Lind argued …" is Lind's; "Ben Ashby told the Herald … the
        guild" is not the guild's)."""
        return not speakers.isdisjoint(self.of(fact_id))

    def of(self, fact_id: str) -> list[str]:
        """Who the fact gives as speaking (reported_speakers), or [] for a glossary entry."""
        fact = self.brief.facts.get(fact_id)
        return reported_speakers(words(fold(SPOKEN().sub(" ", fact.statement))), self.names) if fact is not None else []

    def pick(self, speakers: set[str], ranked: Iterable[Hit], best: Hit, q: Question) -> Hit | None:
        """For "what did X say", with `speakers` = asked(q): the best-ranked candidate holding X's own words (the
        decided best first) on what the question asks them about, or None when none of the closest does."""
        candidates = [best, *(h for h in list(ranked)[:CANDIDATES] if h.id != best.id)]
        topic = self.topic(q)
        on_topic = [h for h in candidates if self.on(h.id, topic)]
        return next((h for h in on_topic if self.said_by(h.id, speakers)), None) or next(
            (h for h in on_topic if self._quote_of(h.id, speakers)), None
        )

    def _quote_of(self, fact_id: str, speakers: set[str]) -> bool:
        """A fact curated as a quote that opens with one of `speakers` as its subject and gives no one else as
        speaking ("X had attacked the council, calling it “reckless”": no reporting verb, but X's words)."""
        fact = self.brief.facts.get(fact_id)
        if fact is None or fact.kind != "quote" or self.of(fact_id):
            return False
        opening = frozenset(self.retriever.features(fact_id).opening)
        return any(
            e in self.brief.entities and not opening.isdisjoint(stem(w) for w in words(name) if w not in STOPWORDS)
            for e in speakers
            for name in [self.brief.entities[e].name, *self.brief.entities[e].aliases]
        )

    def topic(self, q: Question) -> tuple[set[str], set[str]]:
        """What "what did X say about …" asks X's words to be about: the entities and the stems of the other content
        words after "about" / "regarding", or after "at" / "during" following the asking verb ("say at the town
        hall"; not dates: "the september 13 protests" is about protests); empty sets when it names no topic."""
        w = q.words
        at = next((i for i, t in enumerate(w) if t in TOPIC_MARKERS), None)
        if at is None:  # "what did X say at the town hall": where, after the asking verb, as what about
            asking = next((i for i, t in enumerate(w) if t in ASKING), None)
            at = next((i for i, t in enumerate(w) if t in OCCASION_MARKERS and asking is not None and i > asking), None)
        if at is None:
            return set(), set()
        tail = w[at + 1 :]
        named, taken = self.understander.find_entities(tail)
        content = {
            stem(t) for n, t in enumerate(tail) if n not in taken and t not in STOPWORDS and t not in q.date_words
        }
        return set(named), {c for c in content if not c.isdigit()}

    def on(self, fact_id: str, topic: tuple[set[str], set[str]]) -> bool:
        """The fact involves one of the topic's entities or states one of its words."""
        named, content = topic
        if not named and not content:
            return True
        fact = self.brief.facts.get(fact_id)
        if fact is None:
            return True
        return not named.isdisjoint(fact.entities) or not content.isdisjoint(self.retriever.stated_stems(fact_id))

    def label(self, speakers: set[str]) -> str:
        return " or ".join(sorted(self.brief.entities[e].name for e in speakers if e in self.brief.entities))
