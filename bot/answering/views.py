"""Views asked of a holder ("what does the guild think about the port", "how did Lind feel about the lease"): a view
rests on the holder's own words or acts, so a fact telling another's words about the holder ("Lind attacked the
guild") is not the holder's view of anything. Pure functions over a question's words and a fact's statement."""

from __future__ import annotations

from collections.abc import Callable

from bot.answering.understand.lexicon import AUXILIARIES, COPULAS
from bot.answering.understand.question import NameSpans
from bot.answering.understand.understander import OPINION_NOUNS, actors_in
from bot.search import stem
from bot.text import as_typed, fold, on_first_use, words

# The words of a view, after the lexical units of FrameNet's Opinion frame (a general English resource: believe,
# feel, think, reckon; belief, opinion, view, position, stance, take, feeling, thought…) with "attitude": the verbs
# asked "what does/did <holder> <verb> about/of <thing>" ("how … feel about/toward …"; "make of" too, the phrasal
# verb of judging), the nouns "what is <holder>'s <noun> of/on/about/toward <thing>" (the possessive's "'s" is gone
# once normalized)
VIEW_VERBS = "think|feel|believe|reckon"
VIEW_NOUNS = "|".join(sorted(OPINION_NOUNS))  # the nouns the understander reads after a possessive as such
VIEW_TOWARD = "about|of|on|toward|towards|regarding"
# (the kinds grammar reads the verb forms as a why-how question, the noun forms as a what-is one: understand/kinds.py)
VIEW_ASKED = on_first_use(
    rf"^(?:what (?P<aux>did|does|do) (?P<holder>(?:\S+ ){{0,4}}?\S+) (?:(?:{VIEW_VERBS}) (?:about|of|toward|towards)"
    r"|(?:make|made) of)"  # (the understander reads "does … make" as done: "made")
    rf"|how (?P<aux2>did|does|do) (?P<holder2>(?:\S+ ){{0,4}}?\S+) feel (?:about|toward|towards)"
    rf"|what (?P<aux3>is|was|are|were) (?P<holder3>(?:\S+ ){{0,4}}?\S+) (?:{VIEW_NOUNS}) (?:{VIEW_TOWARD}))"
    r" (?P<thing>.+)$"
)
REPORTER_KINDS = frozenset({"media"})  # an outlet tells the facts; its naming one is no party acting in it
THINKS = {
    "did": "thought",
    "does": "thinks",
    "do": "think",
    "was": "thought",
    "were": "thought",
    "is": "thinks",
    "are": "think",
}


def view_asked(tokens: list[str]) -> tuple[str, list[str], list[str]] | None:
    """(auxiliary, holder's words, thing's words) of a question asking a holder's view, or None."""
    found = VIEW_ASKED().match(" ".join(tokens))
    if found is None:
        return None
    aux = found.group("aux") or found.group("aux2") or found.group("aux3")
    holder = found.group("holder") or found.group("holder2") or found.group("holder3")
    return aux, holder.split(), found.group("thing").split()


def first_party(statement: str, name_spans: NameSpans, kind_of: Callable[[str], str | None]) -> str | None:
    """The first person or organization a statement names that is no news outlet (REPORTER_KINDS): whose words or
    acts it opens with ("Lind had attacked the guild, the Gazette reported": Lind), or None."""
    actors = actors_in(words(fold(statement)), name_spans, kind_of)
    return next((a for a in actors if kind_of(a) not in REPORTER_KINDS), None)


def view_holder(tokens: list[str], name_spans: NameSpans, kind_of: Callable[[str], str | None]) -> str | None:
    """The party whose view the question asks (a person or organization, no outlet), when it asks one."""
    return holder_of(view_asked(tokens), name_spans, kind_of)


def holder_of(
    asked: tuple[str, list[str], list[str]] | None, name_spans: NameSpans, kind_of: Callable[[str], str | None]
) -> str | None:
    """`view_holder` of a question's `view_asked` reading."""
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


BEING = COPULAS  # "Lind is the guild's head", "Lind was fired": what she is or underwent
# a thing asked as "his employees", "the protesters": the words naming it, without these before them
THING_DETERMINERS = frozenset("the a an his her its their our my your this that these those".split())


def described(statement: str, holder: str, name_spans: NameSpans) -> bool:
    """The statement tells what the holder is or what was done to it ("Lind is the guild's head", "Lind was
    fired"): a form of "be" right after its first naming of the holder, so no act or words of the holder's."""
    told = words(fold(statement))
    end = next((e for _, e, entity in name_spans(told) if entity == holder), None)
    return end is not None and told[end : end + 1] != [] and told[end] in BEING


def acts_next(statement: str, holder: str, name_spans: NameSpans, verb: Callable[[str], str | None]) -> bool:
    """The word right after the statement's first naming of the holder is a verb (`verb`: only ever one) or an
    auxiliary: the holder is the subject of the act ("Lind defended the lease", "Lind had argued"), not a word
    before another noun ("Lind's keepers urged …", "guild keepers urged …")."""
    told = words(fold(statement))
    end = next((e for _, e, entity in name_spans(told) if entity == holder), None)
    return end is not None and end < len(told) and (verb(told[end]) is not None or told[end] in AUXILIARIES)


def gives_view(
    statement: str,
    holder: str,
    name_spans: NameSpans,
    kind_of: Callable[[str], str | None],
    verb: Callable[[str], str | None],
) -> bool:
    """The statement gives the holder's own words or acts (`rests_on_holder`, the holder named as its doer:
    `named_as_doer`, by `verb`), not what the holder is (`described`)."""
    return (
        rests_on_holder(statement, holder, name_spans, kind_of)
        and named_as_doer(statement, holder, name_spans, verb, kind_of)
        and not described(statement, holder, name_spans)
    )


# nouns naming one by a stance toward a thing ("a long-time supporter of the mayor", "a critic of the lease") (general
# English): what the holder is, told by them, is a view of the thing named after "of"
STANCE_NOUNS = frozenset(
    "supporter supporters backer backers champion champions ally allies admirer admirers fan fans advocate advocates "
    "critic critics opponent opponents detractor detractors foe foes".split()
)
STANCE_REACH = 4  # words after the stance noun's "of" the thing may be named within ("of President Ada Lind")


def stance_toward(statement: str, holder: str, thing: str, thing_stems: set[str], name_spans: NameSpans) -> bool:
    """The statement names the holder, then calls them by a stance noun (STANCE_NOUNS) of the thing: "Lind, a
    long-time supporter of the mayor", "Lind is a critic of the lease". `thing` is an entity's id, or words whose
    stems (`thing_stems`) are all named within STANCE_REACH words after the noun's "of"."""
    told = words(fold(statement))
    spans = name_spans(told)
    named = next((e for _, e, entity in spans if entity == holder), None)
    if named is None:
        return False
    for k in range(named, len(told) - 1):
        if told[k] not in STANCE_NOUNS or told[k + 1] != "of":
            continue
        reach = range(k + 2, k + 2 + STANCE_REACH)
        if any(start in reach and entity == thing for start, _, entity in spans):
            return True
        if thing_stems and thing_stems <= {stem(t) for t in told[k + 2 : k + 2 + STANCE_REACH]}:
            return True
    return False


def thing_words(asked: list[str]) -> list[str]:
    """The words naming the thing a view is asked of, without a determiner or possessive before it."""
    return [w for w in asked if w not in THING_DETERMINERS]


def view_untold(
    text: str,
    tokens: list[str],
    statement: str,
    name_spans: NameSpans,
    kind_of: Callable[[str], str | None],
    verb: Callable[[str], str | None] = lambda word: None,
) -> tuple[str, str, str] | None:
    """(holder, verb, thing) when the question asks a holder's view (`view_holder`) and the statement does not give
    the holder's own words or acts (`gives_view`); None otherwise. The thing is an entity's id when its words are
    one name, else its words as typed."""
    asked = view_asked(tokens)
    holder = holder_of(asked, name_spans, kind_of)
    if holder is None or asked is None or gives_view(statement, holder, name_spans, kind_of, verb):
        return None
    return holder, THINKS[asked[0]], view_thing(text, asked[2], name_spans)


def view_thing(text: str, asked: list[str], name_spans: NameSpans) -> str:
    """The thing a view is asked of: an entity's id when its words are one name, else its words as typed."""
    thing = thing_words(asked)
    spans = name_spans(thing)
    named = spans[0][2] if len(spans) == 1 and spans[0][:2] == (0, len(thing)) else None
    return named or as_typed(text, asked).rstrip("?!. ")
