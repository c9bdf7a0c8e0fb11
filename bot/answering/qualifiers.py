"""What a count question puts on the thing it counts, and whether a fact's count carries it: a count led must hold
for every qualifier asked ("how many keepers did the wardens arrest with the Lantern app", "… signed the
petition"), else the count is of something else, which would overclaim. English word order and the glossary's
names only."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bot.answering.compose.speech import DOCUMENTS, document_noun
from bot.answering.retrieve import states_entity
from bot.answering.understand.question import NameSpans, Question
from bot.factbase import Brief
from bot.records import FactData
from bot.search import stem
from bot.text import fold, words

# words that bring in the means an act was done with ("targeted with the Lantern app", "using Lantern")
MEANS_WORDS = frozenset({"with", "using", "via", "through"})
LEAD_INS = frozenset({"the", "a", "an", "its", "their"})  # "with the Lantern app"
SIGNING = frozenset({"sign", "signed", "signing"})  # a document counted by who signed it


def means_untold(q: Question, fact: FactData, brief: Brief, name_spans: NameSpans) -> str | None:
    """The name of what the question says the counted act was done with ("with the Lantern app", "using Lantern")
    when neither the fact nor a fact it links (`related`, either way) names it, by tag or in so many words: its count
    is of the act done with whatever it was, untold; None when every such means is named."""
    linked = [fact, *(brief.facts[r] for r in fact.related if r in brief.facts)]
    linked += [f for f in brief.facts.values() if fact.id in f.related]
    for start, _, entity in name_spans(q.words):
        at = start - 1
        if at >= 0 and q.words[at] in LEAD_INS:
            at -= 1
        if at < 0 or q.words[at] not in MEANS_WORDS:
            continue
        named = brief.entities[entity]
        if any(
            entity in f.entities or states_entity(named, {stem(w) for w in words(fold(f.statement))}) for f in linked
        ):
            continue
        return named.name
    return None


def document_untold(q: Question, fact: FactData, brief: Brief, synonyms: Mapping[str, Sequence[str]]) -> str | None:
    """The document the question counts signers of ("how many signed the petition") when the fact tells of another
    document ("signed a letter") and not of that one, in its word or one the brief gives for it (`synonyms`, either
    way), while a fact the brief links to it (`related`, `differs`, either way) tells of that one: the brief sets
    the two apart, and a count of one document's signers is none of another's; None otherwise (a letter linked to
    no such document may be what the asker calls by the other word)."""
    if SIGNING.isdisjoint(q.words):
        return None
    asked = next((d for t in q.words if (d := document_noun(t)) is not None), None)
    if asked is None:
        return None
    alike = {asked, *synonyms.get(asked, ()), *(k for k, v in synonyms.items() if asked in v)}
    forms = {stem(w) for a in alike for w in words(a)}
    told = {document_noun(t.lower()) for t in words(fact.statement)} & DOCUMENTS
    if not told or any(stem(d) in forms for d in told):
        return None
    linked = [*(d.fact for d in fact.differs), *fact.related]
    linked += [f.id for f in brief.facts.values() if fact.id in f.related or any(d.fact == fact.id for d in f.differs)]
    others = (brief.facts[i].statement for i in dict.fromkeys(linked) if i in brief.facts)
    if not any(forms & {stem(w) for w in words(fold(statement))} for statement in others):
        return None
    return asked
