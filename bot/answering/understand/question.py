"""The understood question (`Question`) and the shape of a name finder handed between stages (`NameSpans`)."""

from __future__ import annotations

from collections.abc import Callable, Container
from dataclasses import dataclass, field

from bot.replies import QuestionKind

# A text's names in words as (start, end, entity id) token spans: Understander.name_spans, handed to the stages that
# look for names in a fact's words the way the question's are found.
NameSpans = Callable[[list[str]], list[tuple[int, int, str]]]


@dataclass
class Question:
    """A question after normalization and understanding."""

    text: str
    words: list[str]
    kind: QuestionKind = "topic"
    entities: list[str] = field(default_factory=list)
    named: list[str] = field(default_factory=list)  # every entity its words name, one naming a source included ...
    named_at: set[int] = field(default_factory=set)  # ... and those words' positions (`find_entities`)
    terms: list[str] = field(default_factory=list)  # content words after typo and synonym fixes: for coverage
    search: list[str] = field(default_factory=list)  # what goes to the index (terms, synonyms, cue words)
    leftover: list[str] = field(default_factory=list)  # content words not part of a named entity
    sides: list[list[str]] = field(default_factory=list)  # a comparison's two sides, as content words
    side_names: list[str] = field(default_factory=list)  # and as short phrases to name them by
    cues: set[str] = field(default_factory=set)  # money, count, when, who, where, define, money_ask: steer ranking
    years: set[str] = field(default_factory=set)  # years the question names: facts of other years rank lower
    attribute: list[str] = field(default_factory=list)  # "who is the CEO of the Gazette": ["ceo"] ...
    owner: list[str] = field(default_factory=list)  # ... and the entities it is of: ["gazette"]
    counted: str = ""  # "how many contracts": the noun counted
    # "how many of the 38 appeals were upheld": the number of the whole a part of is counted ("38"), which no part is
    whole: str = ""
    counted_owner: str = ""  # "how many Courier employees": the entity whose people or things are counted
    staff_owner: str = ""  # "when did 300 Courier employees sign": the entity whose staff the question speaks of
    sources: set[str] = field(default_factory=set)  # sources the question names ("according to the Herald")
    current: bool = False  # "still", "now", "currently": asks about today, beyond the sources' dates
    today: bool = False  # ... and names the present itself ("now", "today", "currently", not only "still": TODAY)
    on_date: str = ""  # an explicit date the question names: "2019-09-13", "2019-09", "--09-13" (no year)
    date_words: set[str] = field(default_factory=set)  # and its words ("september", "13", "2019")
    weekdays: frozenset[str] = frozenset()  # weekdays it names ("the monday protest"): facts of those days rank higher
    earliest: bool = False  # "when did X start / first …": the earliest dated fact answers
    context: set[str] = field(default_factory=set)  # stems only in a scene-setting clause ("after that letter")
    actor: set[str] = field(default_factory=set)  # "what did the protesters do": whose act is asked ({"protest"})
    scene_entities: set[str] = field(default_factory=set)  # entities named only in the scene
    excluded: set[str] = field(default_factory=set)  # entities set aside: "who else besides Lind"
    # figures set aside, as the question writes their number: "not counting the 9m one" -> {"9"}
    excluded_figures: set[str] = field(default_factory=set)
    # the other words of what is set aside, no name nor figure: "not counting the 2015 renewal" -> {"2015", "renewal"}
    excluded_words: set[str] = field(default_factory=set)
    isolated: set[str] = field(default_factory=set)  # entities asked apart from others: "Lantern specifically"
    # the only facts that may answer (None: any): "and the other one?" is one the last answer's fact links to
    among: Container[str] | None = None  # (asked only `id in among`: a set, or a test asked fact by fact)
    premise: set[str] = field(default_factory=set)  # stems of what the question states before or around its ask
    capitals: frozenset[str] = frozenset()  # words typed in capitals (lower-cased): names or acronyms ("irs")
    outlet: bool = False  # "which outlet ran the … piece": the publisher of what it describes is asked
    # stems of words the question typed in quote marks ("the 'no need' line"): words a fact's quotes should hold
    typed_quote: frozenset[str] = frozenset()

    @property
    def about_entity(self) -> bool:
        """'what is KESTREL', 'who is Lind', 'harbourwatch': the question names one entity and asks nothing else."""
        return len(self.entities) == 1 and not self.leftover and self.kind in ("what-is", "topic", "who")


def asks_holder_now(q: Question) -> bool:
    """ "Who is the chief of the guild now", "who is its current chief": who holds a role of someone's today, which a
    fact tells as of its article's date (said so in the lead), as "is Lind still its chief" is answered."""
    return q.current and q.words[:1] == ["who"] and bool(q.owner) and bool(q.attribute)
