"""Views asked of a holder ("what does the guild think about the port", "how did Lind feel about the lease"): a view
rests on the holder's own words or acts, so a fact telling another's words about the holder ("Lind attacked the
guild") is not the holder's view of anything. Pure functions over a question's words and a fact's statement."""

from __future__ import annotations

from collections.abc import Callable

from bot.answering.understand.question import NameSpans
from bot.answering.understand.understander import actors_in
from bot.text import as_typed, fold, on_first_use, words

# "what does/did/do <holder> think/feel about/of <thing>", "how does/did/do <holder> feel about <thing>" (general
# English; the kinds grammar reads both as a why-how question, understand/kinds.py)
VIEW_ASKED = on_first_use(
    r"^(?:what (?P<aux>did|does|do) (?P<holder>(?:\S+ ){0,4}?\S+) (?:think|feel) (?:about|of)"
    r"|how (?P<aux2>did|does|do) (?P<holder2>(?:\S+ ){0,4}?\S+) feel about) (?P<thing>.+)$"
)
REPORTER_KINDS = frozenset({"media"})  # an outlet tells the facts; its naming one is no party acting in it
THINKS = {"did": "thought", "does": "thinks", "do": "think"}


def view_asked(tokens: list[str]) -> tuple[str, list[str], list[str]] | None:
    """(auxiliary, holder's words, thing's words) of a question asking a holder's view, or None."""
    found = VIEW_ASKED().match(" ".join(tokens))
    if found is None:
        return None
    aux = found.group("aux") or found.group("aux2")
    holder = found.group("holder") or found.group("holder2")
    return aux, holder.split(), found.group("thing").split()


def first_party(statement: str, name_spans: NameSpans, kind_of: Callable[[str], str | None]) -> str | None:
    """The first person or organization a statement names that is no news outlet (REPORTER_KINDS): whose words or
    acts it opens with ("Lind had attacked the guild, the Gazette reported": Lind), or None."""
    actors = actors_in(words(fold(statement)), name_spans, kind_of)
    return next((a for a in actors if kind_of(a) not in REPORTER_KINDS), None)


def view_holder(tokens: list[str], name_spans: NameSpans, kind_of: Callable[[str], str | None]) -> str | None:
    """The party whose view the question asks (a person or organization, no outlet), when it asks one."""
    asked = view_asked(tokens)
    if asked is None:
        return None
    holders = actors_in(asked[1], name_spans, kind_of, at_start=True)
    if len(holders) != 1 or kind_of(holders[0]) in REPORTER_KINDS:
        return None
    return holders[0]


def rests_on_holder(statement: str, holder: str, name_spans: NameSpans, kind_of: Callable[[str], str | None]) -> bool:
    """The statement opens with the holder's own words or acts (`first_party`): "Lind argued the lease …" is
    Lind's view; "Lind attacked the guild" is none of the guild's."""
    return first_party(statement, name_spans, kind_of) == holder


# prepositions opening a phrase set before a clause by a comma ("According to the Gazette, …", "In a letter, …")
OPENING_ADJUNCTS = frozenset("according in on at by after before during since per as".split())


def named_as_doer(
    statement: str,
    holder: str,
    name_spans: NameSpans,
    verb: Callable[[str], str | None],
    kind_of: Callable[[str], str | None] = lambda entity: None,
) -> bool:
    """The holder's name comes before the statement's first word that is only ever a verb (`verb`), as its subject
    does ("Lind argued …", "In a letter, the guild's keepers wrote …": its clause after an opening phrase,
    OPENING_ADJUNCTS), not after it as its object or place ("Keepers planned to march at the guild's hall": the
    guild did nothing; an outlet's "reported that" before it, `kind_of` REPORTER_KINDS, aside). True when no such
    verb is found, or the opening phrase gives the account as the holder's."""
    opening, comma, rest = fold(statement).partition(", ")
    if comma and words(opening)[:1] and words(opening)[0] in OPENING_ADJUNCTS:
        # "According to a source who spoke to the Gazette, Lind wanted …": the clause is after the opening phrase
        if words(opening)[:2] == ["according", "to"] and any(e == holder for _, _, e in name_spans(words(opening))):
            return True  # "According to Lind, …": the holder's own account
        statement = rest
    told = words(statement)
    first = next((k for k, t in enumerate(told) if verb(t) is not None), None)
    if first is None:
        return True
    before = [e for start, _, e in name_spans(told) if start < first]
    if "that" in told[first:] and before and all(kind_of(e) in REPORTER_KINDS for e in before):
        # "The Gazette reported that the guild's keepers …": the outlet tells it; the clause told is after "that"
        told = told[told.index("that", first) + 1 :]
        first = next((k for k, t in enumerate(told) if verb(t) is not None), len(told))
    return any(start < first for start, _, e in name_spans(told) if e == holder)


def view_untold(
    text: str,
    tokens: list[str],
    statement: str,
    name_spans: NameSpans,
    kind_of: Callable[[str], str | None],
    verb: Callable[[str], str | None] = lambda word: None,
) -> tuple[str, str, str] | None:
    """(holder, verb, thing) when the question asks a holder's view (`view_holder`) and the statement does not rest
    on the holder's own words or acts (`rests_on_holder`, the holder named as its doer: `named_as_doer`, by `verb`);
    None otherwise. The thing is an entity's id when its words are one name, else its words as typed."""
    holder = view_holder(tokens, name_spans, kind_of)
    asked = view_asked(tokens)
    if holder is None or asked is None:
        return None
    if rests_on_holder(statement, holder, name_spans, kind_of) and named_as_doer(
        statement, holder, name_spans, verb, kind_of
    ):
        return None
    thing = [w for w in asked[2] if w != "the"]
    spans = name_spans(thing)
    named = spans[0][2] if len(spans) == 1 and spans[0][:2] == (0, len(thing)) else None
    return holder, THINKS[asked[0]], named or as_typed(text, asked[2]).rstrip("?!. ")
