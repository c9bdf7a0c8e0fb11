"""The nouns that class the brief's glossary entries ("initiative" -> a program, "company" -> a company, "CEO" ->
a person): English words and the schema's kinds only (read by the answering package's classes, which tell whether an
entry's description calls it one), and which of them a fact's words hold, by stem (`class_stems`): compiling saves
those in the snapshot's `classing` table and answering reads facts through it, so the rule is one.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, MutableMapping
from collections.abc import Set as AbstractSet

from bot.search import stem
from bot.text import STOPWORDS, fold, words

PERSON_KINDS = frozenset({"person"})
# the noun a name question asks about, and the glossary kinds that fit it (English words, the schema's kinds)
NOUN_KINDS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        "document documents report reports memo study paper papers book letter letters petition op-ed article"
        " flyer flyers flier fliers leaflet leaflets pamphlet pamphlets".split(),
        frozenset({"document", "program", "policy"}),  # a document on a program is named by it
    ),
    **dict.fromkeys(
        "initiative program programme operation project system software app application tool database platform"
        " product surge raid".split(),
        frozenset({"program", "event"}),
    ),
    **dict.fromkeys(
        "group groups organization organisation coalition nonprofit charity".split(),
        frozenset({"organization"}),
    ),
    **dict.fromkeys(
        "network networks".split(),
        frozenset({"organization", "media"}),  # an activist network, a TV network
    ),
    **dict.fromkeys("company firm contractor startup".split(), frozenset({"company"})),
    **dict.fromkeys("agency department office".split(), frozenset({"agency"})),
    **dict.fromkeys("policy law rule".split(), frozenset({"policy"})),
    **dict.fromkeys("place memorial building city town".split(), frozenset({"place"})),
    **dict.fromkeys(
        "person man woman activist organizer reporter rabbi ceo founder director chair leader head spokesperson"
        " spokesman spokeswoman employee worker agent officer official executive manager engineer lawyer staffer"
        " journalist photographer".split(),
        PERSON_KINDS,
    ),
    **dict.fromkeys("protest event campaign conference hashtag".split(), frozenset({"event"})),
    # a day kept ("which holiday was the sit-in on"): an event the glossary would list, a date being no name of one
    **dict.fromkeys("holiday holidays festival".split(), frozenset({"event"})),
}
# the stems of every class noun (a fact's words are saved by these alone: `class_stems`)
CLASS_STEMS = frozenset(stem(n) for n in NOUN_KINDS)
HYPHEN_JOINED = re.compile(r"(?<=\w)-(?=\w)")  # "salvage-minded": one word


def class_texts(statement: str, quotes: Iterable[str]) -> list[str]:
    """A fact's texts read for class nouns: its statement and each of its quotes, a word joined by hyphens one word
    (as `Answerer._quote_calls` reads quotes)."""
    return [statement, *(HYPHEN_JOINED.sub("", quote) for quote in quotes)]


def quote_texts(quotes: Iterable[str]) -> list[str]:
    """Quotes read for class nouns both ways answering reads them: as written (a label checked against a quote,
    `bot.answering._label_quoted`) and with a word joined by hyphens one (`Answerer._quote_calls`)."""
    return [text for quote in quotes for text in (quote, HYPHEN_JOINED.sub("", quote))]


def qualified_stems(texts: Iterable[str], stem_of: MutableMapping[str, str]) -> Iterator[str]:
    """The stems of the words (folded) of each of `texts` standing right after a word that may qualify them: no stop
    word, or "and" ("data analysis company", "data and salvage firm"; not "the company"). What calling an entry by a
    noun needs in an article's words (`bot.answering._qualifies` and `_classed_before`: a qualifying word, then the
    noun); `stem_of` keeps the stems worked out (a caller's)."""
    for text in texts:
        tokens = words(fold(text))
        for before, token in itertools.pairwise(tokens):
            if before == "and" or before not in STOPWORDS:
                got = stem_of.get(token)
                if got is None:
                    got = stem_of[token] = stem(token)
                yield got


def _stems(texts: Iterable[str], stem_of: MutableMapping[str, str]) -> Iterator[str]:
    """The stems of the words (folded) of each of `texts`, a text's word once; `stem_of` keeps the stems worked out
    (a caller's, so a fact's words are stemmed once across its texts and calls)."""
    for text in texts:
        for token in set(words(fold(text))):
            got = stem_of.get(token)
            if got is None:
                got = stem_of[token] = stem(token)
            yield got


def has_class_word(texts: Iterable[str], classes: AbstractSet[str], stem_of: MutableMapping[str, str]) -> bool:
    """Some word (folded) of `texts` has a stem among `classes` (any stems: those of a noun no class lists too), the
    first one found ending the look. `stem_of` keeps the stems worked out (a caller's)."""
    return any(got in classes for got in _stems(texts, stem_of))


def class_stems(texts: Iterable[str], stem_of: MutableMapping[str, str]) -> set[str]:
    """The stems of the words (folded) of `texts` that are stems of class nouns (CLASS_STEMS). `stem_of` keeps the
    stems worked out (a caller's)."""
    return {got for got in _stems(texts, stem_of) if got in CLASS_STEMS}
