"""'The first one', 'the second one', 'the latter' after an answer that named several things in one fact ("two
contracts: one worth $9 million that had expired, and one worth $12 million due to expire next year"): the things in
the order that answer's fact named them. Each is a fact the brief links to it (`related`) giving one of its sums; the
follow-up is asked of that fact alone, the ordinal put in its place as the sum it was named by ("how much was the $9
million one"). General English and the brief's links only: no word of a brief's topic."""

from __future__ import annotations

from dataclasses import dataclass

from bot.answering.compose.figures import AMOUNT
from bot.answering.english import English
from bot.answering.normalize import normalize
from bot.factbase import Brief

# a place in an order, as a stand-in for one of the things just named ("the first one", "the latter")
PLACES = {"first": 0, "second": 1, "third": 2, "fourth": 3}
PLACES_ALONE = {"former": 0, "latter": -1}  # these stand alone: "the latter", never "the latter one" only


@dataclass(frozen=True, slots=True)
class Picked:
    """The fact an ordinal stands for (`fact`), the question asked of it (`text`: the ordinal replaced by the sum
    that fact was named by) and, when the answer named exactly two, the fact of the other one (`other`; "")."""

    fact: str
    text: str
    other: str = ""


def in_order(brief: Brief, told: str) -> list[tuple[str, str]]:
    """The facts the brief links to fact `told` (its `related`), each with the sum it shares with `told`'s statement,
    in the order that statement names those sums; [] unless two or more do, each a sum of its own (two facts giving
    one sum are not told apart by it)."""
    fact = brief.facts.get(told)
    if fact is None:
        return []
    statement = fact.statement
    sums = list(dict.fromkeys(AMOUNT.findall(statement)))
    placed: list[tuple[int, str, str]] = []
    for linked in fact.related:
        other = brief.facts.get(linked)
        if other is None:
            continue
        shared = [s for s in dict.fromkeys(AMOUNT.findall(other.statement)) if s in sums]
        if len(shared) == 1:  # a fact giving several of its sums is no one of the things named
            placed.append((statement.find(shared[0]), linked, shared[0]))
    named = [s for _, _, s in placed]
    if len(placed) < 2 or len(set(named)) != len(named):
        return []
    return [(linked, said) for _, linked, said in sorted(placed)]


def _place(tokens: list[str]) -> tuple[int, int, int] | None:
    """Where the question's ordinal stand-in is, as (start, end, place in the order), the place -1 for the last."""
    for i, word in enumerate(tokens[:-1]):
        if word != "the":
            continue
        following = tokens[i + 1]
        if following in PLACES and tokens[i + 2 : i + 3] == ["one"]:
            return i, i + 3, PLACES[following]
        # "the latter", "the former" ending the question or before its verb ("when does the latter expire"), never
        # before a word that may be a noun ("the latter half")
        after = tokens[i + 2] if i + 2 < len(tokens) else ""
        if following in PLACES_ALONE and (after in ("", "one") or not _noun(after)):
            end = i + 3 if tokens[i + 2 : i + 3] == ["one"] else i + 2
            return i, end, PLACES_ALONE[following]
    return None


def ordinal_picked(brief: Brief, question: str, told: str) -> Picked | None:
    """What `question` asks of one of the things the fact `told` (the one the last answer led with) named in order
    (`in_order`), when it names one by its place ("how much was the first one"); None when it names none, or that
    fact named fewer things than the place asked."""
    norm = normalize(question)
    tokens = list(norm.tokens)
    where = _place(tokens)
    if where is None:
        return None
    things = in_order(brief, told)
    start, end, place = where
    if not things or place >= len(things):
        return None
    fact, said = things[place]
    text = " ".join([*tokens[:start], f"the {said} one", *tokens[end:]])
    other = next((f for f, _ in things if f != fact), "") if len(things) == 2 else ""
    return Picked(fact=fact, text=text, other=other)


def _noun(word: str) -> bool:
    """Whether lemminflect knows `word` as a noun ("the latter part": "part" is the thing, no stand-in); English.lemmas
    loads it on the first "the former/latter" asked, kept out of start-up."""
    return English.may_be(word, "NOUN")
