"""What a count question puts on the thing it counts, and whether a fact's count carries it: a count led must hold
for every qualifier asked ("how many keepers did the wardens arrest with the Lantern app", "… signed the
petition"), else the count is of something else, which would overclaim. English word order and the glossary's
names only."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from bot.answering.compose.speech import DOCUMENTS, document_noun
from bot.answering.retrieve import states_entity
from bot.answering.understand.lexicon import TOTAL_WORDS, states_total
from bot.answering.understand.question import NameSpans, Question
from bot.factbase import Brief
from bot.features import COUNT
from bot.records import FactData
from bot.search import stem
from bot.text import NUMBER_WORDS, STOPWORDS, fold, on_first_use, words

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


# words a count's own modifiers may take before its noun ("35 criminal arrests", "12 full time hires")
MODIFIER_REACH = 3
FIGURE = on_first_use(r"\d[\d,.]*\d|\d|\b(?:" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE)  # "35", "two"


def modifiers_unasked(q: Question, statement: str, figure: str) -> str | None:
    """The words the statement puts between the count led (`figure`: "35", "more than 440", "two") and the noun
    the question counts, when the question asks not all of them: "35 criminal arrests" counts only the criminal ones
    of "how many arrests", so the count is led with them ("35 criminal arrests"), never bare as the count of the
    plain noun; None when the noun follows the count at once, or the question asks every word between (English
    word order: a noun's modifiers stand between its count and it, with nothing but spaces between them)."""
    shown = FIGURE().findall(figure)
    if not q.counted or not shown:
        return None
    asked, counted = {stem(w) for w in q.words}, stem(q.counted)
    following = rf"\b{re.escape(shown[-1])}((?:\s+[A-Za-z-]+){{2,{MODIFIER_REACH + 1}}})"
    for told in re.finditer(following, fold(statement), re.IGNORECASE):
        after = told.group(1).split()
        head = next((j for j, t in enumerate(after) if stem(t.lower()) == counted), None)
        if not head:  # not told, or right after the count
            continue
        between = after[:head]
        # a name's words ("more than 60 Lantern employees") say whose they are, which the question's subject tells;
        # a word of counting ("several") or of grammar starts another phrase
        modifying = all(t.islower() and t not in STOPWORDS and COUNT().fullmatch(t) is None for t in between)
        if modifying and any(stem(w) not in asked for t in between for w in words(t)):
            return f"{' '.join(between)} {after[head]}"
    return None


PARENTHESIS = on_first_use(r"\([^)]*\)")  # "According to the Gazette (May 2019)": the article's date, no scope
YEAR = on_first_use(r"\b(?:19|20)\d\d\b")


def total_untold(q: Question, statement: str, places: Sequence[str]) -> bool:
    """A total asked of a count ("how many leases did the guild hold in total", TOTAL_WORDS) that the statement
    neither says is the total nor gives for all time and every place: it dates the count ("in July 2018", "the 2017
    operation", a year outside parentheses) or the fact names a place (`places`), so the count is of then or there
    only, and others may be told elsewhere; a count given for no time or place is the only one told."""
    if TOTAL_WORDS.isdisjoint(q.words) or states_total(statement):
        return False
    return bool(places) or YEAR().search(PARENTHESIS().sub("", statement)) is not None
