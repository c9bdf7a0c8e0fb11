"""The nouns that class the brief's glossary entries ("initiative" -> a program, "company" -> a company, "CEO" ->
a person): English words and the schema's kinds only (read by the answering package's classes, which tell whether an
entry's description calls it one), and which of them a fact's words hold, by stem (`class_stems`): compiling saves
those in the snapshot's `classing` table and answering reads facts through it, so the rule is one.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, MutableMapping, Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache

from bot.calling_verbs import DESCRIBING_VERBS
from bot.search import stem
from bot.text import STOPWORDS, Deferred, fold, words

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
KIND_REACH = 3  # words from the first qualifying one to the noun ("a data and salvage company")
DESCRIBING = DESCRIBING_VERBS  # the verbs of calling and describing
# what may stand between a name and the "a" of what it is called (`answerer.called._qualifies`, `calling_labels`):
# nothing ("the guild, a salvage firm"), a copula ("the guild is a …") or a clause of calling ("the guild, which the
# Gazette calls a …": any verb of calling, "which activists call a …", "which the Gazette labelled a …")
CALLED_AS = Deferred(rf"(?:is|was|(?:which|whom) (?:\S+ ){{0,3}}(?:{'|'.join(sorted(DESCRIBING))})(?: as)?)?")
CALLED_AS_WORDS = 6  # words CALLED_AS may run to
# the ways words may call an entry by a class noun (`calling_labels`, `calling_stems`), as the three checks of a kind
# asked of a named article read them (`answerer.called.Called._kind_called`): its statement after "a" or "an" (the
# guild, a salvage firm), its statement right before a name (the salvage firm Harbour), a quote's own words either way
AFTER_ARTICLE, BEFORE_NAME, IN_QUOTE = "after-article", "before-name", "in-quote"


def class_texts(statement: str, quotes: Iterable[str]) -> list[str]:
    """A fact's texts read for class nouns: its statement and each of its quotes, a word joined by hyphens one word
    (as `Answerer._quote_calls` reads quotes)."""
    return [statement, *(HYPHEN_JOINED.sub("", quote) for quote in quotes)]


def quote_texts(quotes: Iterable[str]) -> list[str]:
    """Quotes read for class nouns both ways answering reads them: as written (a label checked against a quote,
    `answerer.called._label_quoted`) and with a word joined by hyphens one (`Answerer._quote_calls`)."""
    return [text for quote in quotes for text in (quote, HYPHEN_JOINED.sub("", quote))]


def qualified_stems(texts: Iterable[str], stem_of: MutableMapping[str, str]) -> Iterator[str]:
    """The stems of the words (folded) of each of `texts` standing right after a word that may qualify them: no stop
    word, or "and" ("data analysis company", "data and salvage firm"; not "the company"). What calling an entry by a
    noun needs in an article's words (`answerer.called._qualifies` and `_classed_before`: a qualifying word, then the
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


@lru_cache(maxsize=1024)
def name_words(name: str, aliases: tuple[str, ...]) -> tuple[list[str], ...]:
    """The words of an entry's name and of each alias (folded), those with any: what `answerer.called._qualifies` and
    `_classed_before` (and `calling_stems`) match a statement's words against, worked out once per entry, not once per
    fact read (a kind asked of one named article reads thousands of facts naming the entry on a large brief: ~0.3 s
    of ~0.7 at 100,000 facts). The lists are shared: read, never changed."""
    return tuple(said for said in (words(fold(n)) for n in (name, *aliases)) if said)


def calling_labels(
    tokens: list[str], names: Sequence[list[str]], stem_of: MutableMapping[str, str]
) -> set[tuple[str, str, str]]:
    """The words by which the words `tokens` (folded) may call an entry whose name and aliases have the words `names`
    (folded, none empty) by a class noun (CLASS_STEMS), as `answerer.called._qualifies` and
    `_classed_before` find a calling, less the nouns asked: after "a" or "an", one to KIND_REACH qualifying words
    (none a stop word but "and", the first not "and") and the noun, a name and CALLED_AS (a copula, a clause of
    calling or nothing) before the "a" (AFTER_ARTICLE); or a word that is no stop word and the noun, right before a
    word opening a name (BEFORE_NAME). Whatever those two find calling the entry by a class noun, the way, its words
    (what they give as the label) and the noun's stem are among these (way, words, stem): compiling saves the ways
    and stems (the snapshot's `kind_calling` table) so a kind asked of a named article reads only the facts that may
    tell it. `stem_of` keeps the stems worked out (a caller's)."""

    def class_stem(token: str) -> str | None:
        got = stem_of.get(token)
        if got is None:
            got = stem_of[token] = stem(token)
        return got if got in CLASS_STEMS else None

    found: set[tuple[str, str, str]] = set()
    for j, t in enumerate(tokens[:-2]):
        if t not in ("a", "an"):
            continue
        if not any(
            tokens[k - len(name) : k] == name and CALLED_AS.fullmatch(" ".join(tokens[k:j]))
            for name in names
            for k in range(max(len(name), j - CALLED_AS_WORDS), j + 1)
        ):
            continue
        between = tokens[j + 1 : j + 1 + KIND_REACH + 1]
        if not between or between[0] == "and":
            continue
        for at in range(1, len(between)):
            if between[at - 1] != "and" and between[at - 1] in STOPWORDS:
                break  # every word before the noun qualifies it
            if (got := class_stem(between[at])) is not None:
                found.add((AFTER_ARTICLE, " ".join(between[: at + 1]), got))
    opening = {name[0] for name in names}
    for i in range(2, len(tokens)):
        if tokens[i] in opening and tokens[i - 2] not in STOPWORDS and (got := class_stem(tokens[i - 1])) is not None:
            found.add((BEFORE_NAME, f"{tokens[i - 2]} {tokens[i - 1]}", got))
    return found


def calling_stems(
    statement: str, quotes: Iterable[tuple[str, str]], names: Sequence[list[str]], stem_of: MutableMapping[str, str]
) -> set[tuple[str, str, str]]:
    """The (source, way, stem) triples of the class nouns by which a fact whose statement is `statement` and whose
    quotes are `quotes` ((source, quote) pairs) may call an entry (`names`: `calling_labels`') in the words of that
    source, as `answerer.called.Called._kind_called`'s three checks need: the statement's words calling it so
    (`calling_labels`, AFTER_ARTICLE or BEFORE_NAME), those words standing in a row in the quote
    (`answerer.called._label_quoted`); or the quote's own words calling it so either way, a word joined by hyphens
    one (IN_QUOTE: `Answerer._quote_calls`). `stem_of`: as `calling_labels`."""
    labels = calling_labels(words(fold(statement)), names, stem_of)
    found: set[tuple[str, str, str]] = set()
    for source, quote in quotes:
        if labels:
            said = f" {' '.join(words(fold(quote)))} "
            found.update((source, way, got) for way, label, got in labels if f" {label} " in said)
        own = calling_labels(words(fold(HYPHEN_JOINED.sub("", quote))), names, stem_of)
        found.update((source, IN_QUOTE, got) for _, _, got in own)
    return found


# people nouns by the part people play (general English): a count of one part is no count of another ("arrests of
# over 400 immigrants" counts no protesters), while words of one part may stand for each other
PERSON_ROLES = tuple(
    frozenset(f"{w}{ending}" for w in group.split() for ending in ("", "s"))
    for group in (
        "protester demonstrator activist marcher organizer volunteer participant attendee",
        "employee worker staff staffer",
        "immigrant",
        "officer agent",
        "student",
        "reporter journalist correspondent",
    )
)
