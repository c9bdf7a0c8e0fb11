"""The brief's vocabulary as compiling counts it: the words of every search document's fields, by the fact file
holding the document (`FileWords`), and how many files hold each (`WordCounts`), kept with the snapshot so that a
recompile (bot/recompile.py) finds the vocabulary from the changed files alone.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.search import Doc


GLOSSARY_WORDS = "glossary/"  # the glossary's entry among the fact files' words (no fact file is named so)


class FileWords:
    """What the brief's vocabulary (the words of every search document's fields, as `bot.text.words` splits
    them) is made of, by the fact file holding the document (the glossary's under GLOSSARY_WORDS): the words of
    its statements (`statements`), and its other field texts (`texts`: facts share those, entity names, keywords,
    quoted passages, so each text is split once, however many facts or files hold it)."""

    def __init__(self) -> None:
        from bot.text import words

        self._split = words
        self.statements: dict[str, set[str]] = {}
        self.texts: dict[str, set[str]] = {}
        self._file: str | None = None
        self._words: set[str] = set()
        self._texts: set[str] = set()

    def add(self, rel: str, doc: Doc) -> list[str]:
        """Add the document's words and texts to file `rel`'s; its statement's words, for the caller to reuse."""
        if rel != self._file:
            self._file = rel
            self._words = self.statements.setdefault(rel, set())
            self._texts = self.texts.setdefault(rel, set())
        fields = doc.fields  # (`bot.search.FIELDS`)
        statement_words = self._split(fields["statement"])
        self._words.update(statement_words)
        self._texts.update((fields["names"], fields["keywords"], fields["entities"], fields["quote"]))
        return statement_words

    def count_statements(self) -> Counter[str]:
        """How many of these files hold each statement word."""
        return Counter(itertools.chain.from_iterable(self.statements.values()))

    def count_texts(self) -> Counter[str]:
        """How many of these files hold each text."""
        return Counter(itertools.chain.from_iterable(self.texts.values()))

    def merge(self, statements: Mapping[str, Iterable[str]], texts: Mapping[str, Iterable[str]]) -> None:
        """Add another process's files' words and texts (a file may be split between the two)."""
        for rel, found in statements.items():
            self.statements.setdefault(rel, set()).update(found)
        for rel, found in texts.items():
            self.texts.setdefault(rel, set()).update(found)


@dataclass
class WordCounts:
    """The brief's vocabulary, counted so that a recompile finds it from the changed files alone: how many fact
    files (the glossary one of them) hold each statement word in their statements (`statements`) and each other
    field text (`texts`), and how many of those texts hold each of their words (`text_words`). The vocabulary is
    the statement words and the texts' words."""

    statements: dict[str, int]
    texts: dict[str, int]
    text_words: dict[str, int]

    @classmethod
    def of(cls, words: FileWords, statements: Counter[str], texts: Counter[str]) -> WordCounts:
        """The counts of `words`' files, added to those of other files (`statements`, `texts`)."""
        return cls.counted(added(statements, words.count_statements()), added(texts, words.count_texts()))

    @classmethod
    def counted(cls, statements: Counter[str], texts: Counter[str]) -> WordCounts:
        """The counts of files holding each statement word (`statements`) and each other text (`texts`)."""
        from bot.text import words as split

        text_words = Counter(itertools.chain.from_iterable(set(split(text)) for text in texts))
        return cls(dict(statements), dict(texts), dict(text_words))

    def vocabulary(self) -> set[str]:
        return self.statements.keys() | self.text_words.keys()

    def knows(self, word: str) -> bool:
        return word in self.statements or word in self.text_words

    def update(self, gone: FileWords, added: FileWords) -> set[str]:
        """Count the words and texts of files as they were (`gone`) out, and those of files as they are (`added`)
        in; the words that came into the vocabulary or left it. Counting out what was never counted in raises
        KeyError: the counts do not match the snapshot they were kept with."""
        from bot.text import words as split

        seen = set().union(*gone.statements.values(), *added.statements.values())
        for text in set().union(*gone.texts.values(), *added.texts.values()):
            seen.update(split(text))
        before = {word for word in seen if self.knows(word)}
        for step, files in ((-1, gone), (1, added)):
            for found in files.statements.values():
                _count(self.statements, found, step)
            for found in files.texts.values():
                for text in found:
                    if _count(self.texts, (text,), step):  # the first file to hold it, or the last
                        _count(self.text_words, set(split(text)), step)
        return before ^ {word for word in seen if self.knows(word)}


def added(first: Mapping[str, int], *others: Mapping[str, int]) -> Counter[str]:
    """The counts (each at least 1) added up, keys in first-seen order: what `first + other + …` gives, at a fifth
    of its cost (perf23: `+` builds a Counter per `+`, checking each count is positive, ~50 ms a 100,000-word sum
    on the last stretch of a compile; this copies `first` in one step and adds the others to it)."""
    total = Counter(first)
    for other in others:
        total.update(other)
    return total


def _count(counts: dict[str, int], keys: Iterable[str], step: int) -> bool:
    """Add `step` (1 or -1) to each key's count, dropping those that reach 0; whether any key came or went."""
    flipped = False
    for key in keys:
        now = (counts[key] if step < 0 else counts.get(key, 0)) + step
        if now:
            counts[key] = now
        else:
            del counts[key]
        flipped = flipped or now == 0 or now == step
    return flipped
