"""The stretches of words a fact gives in quotation marks (its statement's or its quotes'), as stems: what a question
asking what someone said is checked against (bot/answering/attribution.py). Compiling saves each fact's in the
snapshot's `quoting` table and serving reads the distinct ones from it (`FactRows.quoted_runs`), so the rule is one
and a process starting from a snapshot does not read every fact for them (~3 s at 100,000 facts)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from bot.search import stem
from bot.text import fold, words

# a span of words in quotation marks (curly or straight)
QUOTATION = re.compile(r"[\"“]([^\"“”]+)[\"”]")


def quoted_runs(texts: Iterable[str]) -> Iterator[tuple[str, ...]]:
    """The stems of each stretch of words `texts` (a fact's statement and quotes) give in quotation marks, in order
    (one per stretch: repeats kept)."""
    for text in texts:
        for m in QUOTATION.finditer(text):
            yield tuple(stem(t) for t in words(fold(m.group(1))))
