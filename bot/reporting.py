"""Whose reporting a fact passes on: an outlet other than its own article's ("according to the Courier, …" in a
Gazette piece) or a person's account ("Lind reported that …"), or the reporter it states (`describes: reporter`).

Plain functions of a fact and the brief's glossary and sources, so answering (bot/answering/retrieve.py) and
compiling (the `passes` table of bot/snapshot/writing.py, which lists such facts once per source they cite) decide
it the same way.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from bot.records import EntityData, FactData, SourceData
from bot.text import fold, words

REPORTING_KINDS = frozenset({"media", "person"})  # whose reporting a fact may pass on: an outlet or a person
REPORTING = ("reported", "reports", "wrote", "writes")  # after a person's name: whose account a fact passes on
TELLING = frozenset("told tells tell wished wishes wish wrote writes emailed texted".split())  # "told colleagues"
# of talking to someone: with "to" / "with" after it, a telling too ("a source who spoke to the Gazette")
INTERVIEWING = frozenset("talk talked talking speak spoke speaking interview interviewed interviewing".split())
# each TELLING or INTERVIEWING word holds one
_TELLING_STEMS = ("tell", "told", "wish", "wrote", "writes", "emailed", "texted", "talk", "spoke", "speak", "interview")
# the -ing forms voicing words, the words after them what was voiced ("quotes a marcher chanting …")
VOICING = frozenset("saying chanting shouting yelling screaming".split())
TOLD_REACH = 4  # words the hearer's name after a TELLING verb may run to ("Ada Lind told the Harbour Gazette")
LONE_LETTER = ""  # the `told_words` mark of a span with a lone letter (never a word): a name typed one edit off


def told_spans(tokens: list[str]) -> Iterator[list[str]]:
    """Where a statement's words (`tokens`: folded, lower case) may name whom something was told to: the TOLD_REACH
    words after each verb of TELLING ("Ada Lind told the Gazette") or of INTERVIEWING and "to" / "with" ("spoke to the
    Gazette"), and, the verb put in the passive, the TOLD_REACH
    words before "was" / "were" ("the Gazette was told by a source"), in order. One rule for answering ("who told
    the Gazette …": bot/answering/speakers.py) and compiling (the `telling` table of bot/snapshot/writing.py)."""
    for i, t in enumerate(tokens):
        # ("a source who spoke to the Gazette": told it, as speakers.Speakers.informant reads a question's own words)
        spoke_to = t in INTERVIEWING and tokens[i + 1 : i + 2] in (["to"], ["with"])
        if t not in TELLING and not spoke_to:
            continue
        after = i + 1 + spoke_to
        if tokens[after : after + 1] != ["that"]:
            # ("the Herald writes that the Courier obtained …": a clause of what was told, no one it was told to)
            yield tokens[after : after + TOLD_REACH]
        if i > 1 and tokens[i - 1] in ("was", "were"):
            yield tokens[max(0, i - 1 - TOLD_REACH) : i - 1]


def told_words(statement: str) -> set[str]:
    """The words of a statement's `told_spans`, and LONE_LETTER when one of them is a lone letter (a name one edit
    off may take it: the entity finder's typo rule): a name a span gives is made of these words."""
    return set().union(*hearer_spans(statement).values())


def hearer_spans(statement: str) -> dict[str, set[str]]:
    """A statement's distinct `told_spans` (of its words folded, in lower case), each as its words joined by spaces,
    with its marks: its words, and LONE_LETTER when one of them is a lone letter. A span names a hearer only by a
    name whose words are all in it (the last word of one of its aliases among them) or by one typed with a lone
    letter there, one edit off: so one naming the hearers a question asks of has one of their marks."""
    found: dict[str, set[str]] = {}
    text = fold(statement.lower())
    # most statements have no verb of telling: an ASCII one without one's letters (apostrophes, which words drop,
    # left out) has none, and is not split into words (compiling asks it of every fact: ~8 -> ~2 µs a fact)
    if text.isascii() and not any(stem in text.replace("'", "") for stem in _TELLING_STEMS):
        return found
    for span in told_spans(words(text)):
        marks = found.setdefault(" ".join(span), set())
        marks.update(span)
        if any(len(w) == 1 and w.isalpha() for w in span):
            marks.add(LONE_LETTER)
    return found


def passing_phrases(entity: EntityData) -> tuple[str, ...]:
    """The phrases (lower case) with which a fact passes on the entity's account, for its name and each alias:
    "according to <name>", "<name> reported" and the other REPORTING verbs."""
    names = {n.lower() for n in (entity.name, *entity.aliases)}
    return tuple(p for n in names for p in (f"according to {n}", *(f"{n} {v}" for v in REPORTING)))


def outlet_words(source: SourceData | None, entities: Mapping[str, EntityData]) -> list[list[str]]:
    """The words (folded) a question may name an article's outlet by: the outlet's name and its media entity's
    aliases ("HG" for the Harbour Gazette); none for an article of no named outlet. One rule for every reader of "the
    outlet a question names" (answering's verdicts and acts: "did HG say …" is "did the Harbour Gazette say …")."""
    if source is None or not source.outlet:
        return []
    media = [e for e in entities.values() if e.kind == "media" and e.name == source.outlet]
    names = (source.outlet, *(a for e in media for a in e.aliases))
    found = dict.fromkeys(tuple(words(fold(n))) for n in names)  # in order, each once (a name its alias repeats)
    return [list(w) for w in found if w]


def _other_outlets(
    fact: FactData, entities: Mapping[str, EntityData], sources: Mapping[str, SourceData]
) -> Iterator[EntityData]:
    """The news outlets (media entities) the fact is curated as of, other than its own article's."""
    source = sources.get(fact.citations[0].source) if fact.citations else None
    own = source.outlet if source is not None else None
    for e in fact.entities:
        entity = entities.get(e)
        if entity is not None and entity.kind == "media" and entity.name != own:
            yield entity


def other_outlet_names(
    fact: FactData, entities: Mapping[str, EntityData], sources: Mapping[str, SourceData]
) -> list[str]:
    """The names of the news outlets the fact is curated as of, other than its own article's ("the Courier" of "the
    keeper's op-ed in the Courier", told in a Gazette piece)."""
    return [e.name for e in _other_outlets(fact, entities, sources)]


def names_other_outlet(fact: FactData, entities: Mapping[str, EntityData], sources: Mapping[str, SourceData]) -> bool:
    """The fact names a news outlet other than its own article's ("according to the Courier, …" or "the keeper's
    op-ed in the Courier", told in a Gazette piece)."""
    return next(_other_outlets(fact, entities, sources), None) is not None


def passed_on_outlet(fact: FactData, entities: Mapping[str, EntityData], sources: Mapping[str, SourceData]) -> str:
    """The name of the outlet, other than the fact's own article's, whose report the fact passes on ("according to
    the Courier, …", "the Courier reported …": `passing_phrases`); "" when it passes on none."""
    lowered = fact.statement.lower()
    outlets = _other_outlets(fact, entities, sources)
    return next((o.name for o in outlets if any(p in lowered for p in passing_phrases(o))), "")


def passes_on(fact: FactData, entities: Mapping[str, EntityData], sources: Mapping[str, SourceData]) -> bool:
    """The fact passes on another outlet's or a person's reporting, or states its article's reporter."""
    if fact.describes == "reporter" or names_other_outlet(fact, entities, sources):
        return True
    lowered = fact.statement.lower()
    for e in fact.entities:
        entity = entities.get(e)
        if entity is None or entity.kind != "person":
            continue
        if any(p in lowered for p in passing_phrases(entity)):
            return True  # "Lind reported that …": a person whose reporting the fact passes on
    return False


class Passing:
    """`passes_on` for the facts of one glossary and set of sources, what it reads of each entity worked out once
    (compiling asks it of every fact: perf25, ~3.7 -> ~2.3 µs a generated fact): the same answer for every fact."""

    def __init__(self, entities: Mapping[str, EntityData], sources: Mapping[str, SourceData]) -> None:
        self._entities, self._sources = entities, sources
        # entity id -> whether it is an outlet (its name) and, for a person, the phrases passing on their account
        self._read: dict[str, tuple[str | None, tuple[str, ...]] | None] = {}

    def _entity(self, entity_id: str) -> tuple[str | None, tuple[str, ...]] | None:
        entity = self._entities.get(entity_id)
        found: tuple[str | None, tuple[str, ...]] | None
        if entity is None:
            found = None
        elif entity.kind == "media":
            found = (entity.name, ())
        elif entity.kind == "person":
            found = (None, passing_phrases(entity))
        else:
            found = (None, ())
        self._read[entity_id] = found
        return found

    def __call__(self, fact: FactData) -> bool:
        if fact.describes == "reporter":
            return True
        if not fact.entities:
            return False
        source = self._sources.get(fact.citations[0].source) if fact.citations else None
        own = source.outlet if source is not None else None
        lowered: str | None = None
        read = self._read
        for e in fact.entities:
            found = read[e] if e in read else self._entity(e)
            if found is None:
                continue
            outlet, phrases = found
            if outlet is not None and outlet != own:
                return True  # `names_other_outlet`
            if phrases:
                if lowered is None:
                    lowered = fact.statement.lower()
                if any(p in lowered for p in phrases):
                    return True
        return False
