"""Counts a fact gives by naming the things counted instead of a number: "the guild's offices in Eastport and
Westport" are two offices. English grammar and the glossary's names only.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.answering.understand.question import NameSpans, Question
from bot.search import stem
from bot.text import NUMBER_WORDS

# what may stand between the counted noun and the names ("offices in A and B", "chapters of A, B and C")
NAMING_PREPOSITIONS = frozenset({"in", "at", "of", "from"})
JOINERS = frozenset({"and", "the"})  # between two names ("A and B", "A, the B"); commas are gone from `words`
MIN_NAMED = 2  # one name is no count: "its office in Eastport" says nothing of how many offices there are
# kinds of glossary entry that hold things ("the leases of the guild, the Gazette and the Harbour"): each may hold
# several, so naming them counts them, not what they hold (retrieve.OWNER_KINDS, kept here below the retriever)
HOLDER_KINDS = frozenset({"person", "organization", "company", "agency"})


def enumerated_as_asked(
    tokens: list[str],
    q: Question,
    name_spans: NameSpans,
    kind_of: Callable[[str], str | None],
    worded: Callable[[Question, list[str]], set[str]],
) -> list[str]:
    """`enumerated` of the noun `q` counts, when naming them counts that noun as asked; [] otherwise. Names of
    holders (HOLDER_KINDS: "the contracts of Lind, Okafor and the guild") count the holders, never what they hold,
    unless the noun counted is their kind ("how many companies": "… of the guild, Harbour Works and the Gazette").
    And a count asked in a place (a glossary place the question names: "how many offices does the guild have in
    Eastport") is not that of a list naming other places too ("offices in Eastport and Westport": two in all, not
    in Eastport): only one asked of every place the list names, and of none else, is. A place is asked by a word of
    its name too (`worded`, Retriever.places_worded: "in westport" for "Westport Harbour"), which makes no glossary
    name alone."""
    named = enumerated(tokens, q.counted, name_spans)
    counted = stem(q.counted)
    if any(kind_of(e) in HOLDER_KINDS and stem(kind_of(e) or "") != counted for e in named):
        return []
    places = {e for e in q.entities if kind_of(e) == "place"} | worded(q, named)
    if named and places and places != set(named):
        return []
    return named


def enumerated(tokens: list[str], counted: str, name_spans: NameSpans) -> list[str]:
    """The glossary entries a statement's words (`tokens`, as `bot.text.words` gives them) name as the things
    `counted` (a plural noun) right after it and a preposition: "offices in eastport and north bay" ->
    ["eastport", "north-bay"]; the names must follow one another with nothing but "and" or "the" between, an "and"
    among them ("protesters at the Guild's Eastport office" names no list). [] when the noun is not so followed by
    MIN_NAMED different names or more."""
    target = stem(counted) if counted else ""
    if not target:
        return []
    spans = {start: (end, entity) for start, end, entity in name_spans(tokens)}
    for i, token in enumerate(tokens[:-1]):
        if stem(token) != target or not token.endswith("s") or tokens[i + 1] not in NAMING_PREPOSITIONS:
            continue  # the noun in the plural ("offices", not "office"), then "in", "at" …
        named: list[str] = []
        listed = False  # an "and" before a later name: "in A and B" lists; "at A's B office" names one place
        j = i + 2
        while j in spans:
            end, entity = spans[j]
            if entity not in named:
                named.append(entity)
            j = end
            if j < len(tokens) and tokens[j] in JOINERS and j + 1 in spans:
                listed = listed or tokens[j] == "and"
                j += 1
        if len(named) >= MIN_NAMED and listed:
            return named
    return _enumerated_before(tokens, target, name_spans)


def _enumerated_before(tokens: list[str], target: str, name_spans: NameSpans) -> list[str]:
    """`enumerated`'s names standing before the plural noun as its modifiers: "the guild's eastport and north bay
    offices" -> ["eastport", "north-bay"], with the same rules (an "and" among them, MIN_NAMED or more)."""
    ends = {end: (start, entity) for start, end, entity in name_spans(tokens)}
    for i, token in enumerate(tokens):
        if stem(token) != target or not token.endswith("s") or i not in ends:
            continue
        named: list[str] = []
        listed = False
        j = i
        while j in ends:
            start, entity = ends[j]
            if entity not in named:
                named.insert(0, entity)
            if not (start >= 1 and tokens[start - 1] in JOINERS and start - 1 in ends):
                break  # the owner before the list ("the guild's eastport and …") is none of it
            listed = listed or tokens[start - 1] == "and"
            j = start - 1
        if len(named) >= MIN_NAMED and listed:
            return named
    return []


def number_word(n: int) -> str:
    """A count as a word ("Two") up to ten, else its digits."""
    return NUMBER_WORDS[n].capitalize() if 0 <= n < len(NUMBER_WORDS) else str(n)
