"""The brief as every command reads it: the `Brief` and its lookups, with nothing that validates or parses YAML.

`bot/brief.py` loads and checks a brief directory into a `Brief` of pydantic models; a compiled snapshot
(`bot/snapshot/`) opens as a `Brief` of plain records (`bot/records.py`). Either way the code that answers reads
it through this module, so a process serving from a snapshot imports neither pydantic nor a YAML parser.
"""

from __future__ import annotations

import gc
import itertools
import re
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from bot.dates import date_order
from bot.records import CitationData, EntityData, FactData, MetaData, SourceData
from bot.replies import Citation
from bot.text import fold, words

# The shipped brief: inside the package in an installed wheel (setup.py maps briefs/ and seeds/ to bot/_shipped/),
# at the top of the repository in a checkout or an editable install.
_SHIPPED = Path(__file__).resolve().parent / "_shipped" / "briefs" / "palantir-ice"
DEFAULT_BRIEF = _SHIPPED if _SHIPPED.is_dir() else Path(__file__).resolve().parent.parent / "briefs" / "palantir-ice"
DEFAULT_SEEDS = "../../seeds"  # where a brief's seeds are when `brief.yaml` does not say: beside `briefs/`


@dataclass
class SeedText:
    """A seed's folded text, and the same text with boilerplate paragraphs masked out."""

    full: str
    citable: str


@dataclass
class Brief:
    """A validated brief. Loaded (bot/brief.py) its parts are pydantic models in dicts; opened from a snapshot
    (bot/snapshot/) they are plain records, the facts read on demand: code reads them through the protocols of
    bot/records.py."""

    root: Path
    meta: MetaData
    sources: Mapping[str, SourceData]
    entities: Mapping[str, EntityData]
    facts: Mapping[str, FactData]
    seeds: dict[str, SeedText] = field(repr=False)
    related: Mapping[str, list[str]] = field(default_factory=dict)
    differs: Mapping[str, list[str]] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)
    fingerprint: str = ""  # a hash of every file the brief was loaded from: names a saved index
    fact_aliases: dict[str, str] = field(default_factory=dict)  # a merged fact's former id -> the id it lives on as
    link_notes: dict[tuple[str, str], str] = field(default_factory=dict)  # (a, b) -> why a `differs` pair may agree
    fact_files: Mapping[str, str] = field(default_factory=dict, repr=False)  # fact id -> the file it is curated in
    _positions: dict[str, int] | None = field(default=None, init=False, repr=False, compare=False)

    def position(self, fact_id: str) -> int | None:
        """A number ordering the facts as the brief lists them (an article's facts in the article's order,
        briefs/FORMAT.md), or None for an id that is no fact: a loaded brief numbers its facts once, 0 first; a
        compiled one reads the fact's saved place (its file's, then its own: not consecutive)."""
        read = getattr(self.facts, "position", None)
        if read is not None:
            found: int | None = read(fact_id)
            return found
        if self._positions is None:
            self._positions = {f: n for n, f in enumerate(self.facts)}
        return self._positions.get(fact_id)

    def fact_id(self, ident: str) -> str | None:
        """The current id for `ident`: itself, or the fact it was merged into; None when unknown."""
        if ident in self.facts:
            return ident
        return self.fact_aliases.get(ident)

    def fact(self, ident: str) -> FactData | None:
        """A fact by id or by a former id (old buttons and links keep working after a merge)."""
        current = self.fact_id(ident)
        return self.facts[current] if current is not None else None

    def citation(self, fact_id: str, ref: CitationData) -> Citation:
        source = self.sources[ref.source]
        return Citation(
            fact_id=fact_id,
            source_id=source.id,
            source_file=source.file,
            outlet=source.outlet,
            source_name=source.name,
            published=source.published_day,
            published_label=source.published_label,
            quote=ref.quote,
        )

    def citations(self, fact: FactData | EntityData) -> list[Citation]:
        return [self.citation(fact.id, ref) for ref in fact.citations]

    def fact_sources(self, fact: FactData) -> list[SourceData]:
        return [self.sources[s] for s in dict.fromkeys(ref.source for ref in fact.citations) if s in self.sources]

    def facts_citing(self, source_id: str, limit: int | None = None) -> list[FactData]:
        """The facts citing a source, in brief order; the first `limit` of them when given (a source of a large
        brief is cited by tens of thousands: reading them all took ~0.5 s at 100,000 facts)."""
        citing = getattr(self.facts, "citing", None)  # a compiled brief's rows know which facts cite a source
        if citing is not None:
            return list(citing(source_id, -1 if limit is None else limit))
        found = (f for f in self.facts.values() if any(c.source == source_id for c in f.citations))
        return list(itertools.islice(found, limit))

    def facts_naming(
        self,
        entities: Sequence[str],
        citing: Collection[str] = (),
        classes: AbstractSet[str] | None = None,
        *,
        quoted: bool = False,
        calling: str = "",
    ) -> Iterator[FactData]:
        """The facts naming every one of `entities` (entry ids, one or more) and, when `citing` is given, citing one
        of those sources, and when `classes` (stems) is given, with a word of those stems in their statement or a
        quote (`bot.class_nouns.has_class_word`), and when `quoted` too, with one right after a qualifying word in a
        quote they cite from one of `citing` (`bot.class_nouns.qualified_stems` of `quote_texts`: what a kind asked of
        a named article needs in its words), and when `calling` (a way: `bot.class_nouns.AFTER_ARTICLE`,
        BEFORE_NAME, IN_QUOTE) too, with one by which it may call the first of `entities` that way in the words of one
        of `citing` (`bot.class_nouns.calling_stems`: what that kind's check of that way needs), in brief order, read
        as the caller goes (it may stop early). A compiled brief reads only those facts' rows (its `names` and
        `cites` tables, and its `classing`, `quoted_classing` and `kind_calling` tables when `classes` are all class
        nouns' stems, which they save); a loaded one walks its facts.

        Raises ValueError, at the call, when `entities` is empty: no entry named means no question, not "every fact"
        (a walk's `all()` of nothing), and a compiled brief's query needs a first entry (review 23 #9: the two
        backends disagreed, every fact against an IndexError)."""
        from bot.class_nouns import (
            CLASS_STEMS,
            calling_stems,
            class_texts,
            has_class_word,
            name_words,
            qualified_stems,
            quote_texts,
        )

        if not entities:
            raise ValueError("facts_naming needs at least one entry id")
        naming = getattr(self.facts, "naming", None)
        if naming is not None and (classes is None or classes <= CLASS_STEMS):
            stems = None if classes is None else sorted(classes)
            found: Iterator[FactData] = naming(list(entities), sorted(citing), stems, quoted=quoted, calling=calling)
            return found
        if naming is not None:
            found = naming(list(entities), sorted(citing))
        else:
            found = (
                f
                for f in self.facts.values()
                if all(e in f.entities for e in entities)
                and (not citing or any(c.source in citing for c in f.citations))
            )
        if classes is None:
            return found
        stem_of: dict[str, str] = {}
        entry = self.entities.get(entities[0])
        names = name_words(entry.name, tuple(entry.aliases)) if entry is not None else ()

        def calls(f: FactData) -> bool:
            quotes = [(c.source, c.quote) for c in f.citations if c.source in citing]
            return any(
                way == calling and got in classes for _, way, got in calling_stems(f.statement, quotes, names, stem_of)
            )

        return (
            f
            for f in found
            if has_class_word(class_texts(f.statement, (c.quote for c in f.citations)), classes, stem_of)
            and (
                not quoted
                or any(
                    got in classes
                    for got in qualified_stems(quote_texts(c.quote for c in f.citations if c.source in citing), stem_of)
                )
            )
            and (not calling or calls(f))
        )

    def facts_telling(self, marks: Collection[str]) -> Iterator[FactData]:
        """The facts with one of `marks` among their `told_words` (the words a verb of telling may name its hearer
        by), in brief order. A compiled brief reads only those facts' rows (its `telling` table); a loaded one walks
        its facts."""
        from bot.reporting import told_words

        telling = getattr(self.facts, "telling", None)
        if telling is not None:
            found: Iterator[FactData] = telling(sorted(marks))
            return found
        return (f for f in self.facts.values() if not told_words(f.statement).isdisjoint(marks))

    def told_spans(self, marks: Collection[str]) -> dict[str, list[str]]:
        """The spans of words a verb of telling may name its hearer in (`bot.reporting.hearer_spans`: words joined by
        spaces) holding one of `marks`, each with the ids of the facts whose statement has it, in brief order. A
        compiled brief reads them from its `telling` table, reading no statement; a loaded one walks its facts."""
        from bot.reporting import hearer_spans

        spans = getattr(self.facts, "told_spans", None)
        if spans is not None:
            read: dict[str, list[str]] = spans(sorted(marks))
            return read
        found: dict[str, list[str]] = {}
        for fact in self.facts_telling(marks):
            for span, held in hearer_spans(fact.statement).items():
                if not held.isdisjoint(marks):
                    found.setdefault(span, []).append(fact.id)
        return found

    def statements_telling(self, marks: Collection[str]) -> Iterator[tuple[str, str]]:
        """`facts_telling`'s facts as (id, statement), in brief order: what `Speakers` reads of each (a compiled
        brief builds no record for them: bot/snapshot/rows.py)."""
        telling = getattr(self.facts, "statements_telling", None)
        if telling is not None:
            found: Iterator[tuple[str, str]] = telling(sorted(marks))
            return found
        return ((f.id, f.statement) for f in self.facts_telling(marks))

    def statements_cited(self, fact_ids: Collection[str]) -> Iterator[tuple[str, str, str]]:
        """The facts of `fact_ids` as (id, statement, source id of the first citation), in no order a caller may rely
        on (a compiled brief reads them a chunk at a time, in brief order within one: a caller stopping early reads
        few rows); ids that are no fact are skipped."""
        cited = getattr(self.facts, "statements_cited", None)
        if cited is not None:
            found: Iterator[tuple[str, str, str]] = cited(sorted(fact_ids))
            return found
        facts = (self.facts.get(f) for f in sorted(fact_ids))
        return ((f.id, f.statement, f.citations[0].source) for f in facts if f is not None)

    def facts_undated(self, kinds: AbstractSet[str], topic: str) -> list[FactData]:
        """The facts with no date, of one of `kinds` and with `topic` among their topics, in brief order. A compiled
        brief picks them from its rows without decoding the others; a loaded one walks its facts."""
        undated = getattr(self.facts, "undated", None)
        if undated is not None:
            return list(undated(kinds, topic))
        return [f for f in self.facts.values() if not f.date and f.kind in kinds and topic in f.topics]

    def statements_giving_digits(self, digits: str) -> Iterator[tuple[str, str]]:
        """(id, statement) of the facts with a run of digits that, commas dropped, starts with `digits` (`digit_runs`:
        "140000" of "more than 140,000 signatures", "12" of "1,200", not of "2012"), in brief order, as they are
        read: every fact whose statement may give that count (a count is read from the start of a run of digits).
        A compiled brief picks them through its `digits` table's index a chunk at a time, no record built; a loaded
        one walks its facts."""
        giving = getattr(self.facts, "giving_digits", None)
        if giving is not None:
            found: Iterator[tuple[str, str]] = giving(digits)
            return found
        return (
            (f.id, f.statement)
            for f in self.facts.values()
            if any(run.startswith(digits) for run in digit_runs(f.statement))
        )

    def statements_counting(self, digits: str, noun: str) -> Iterator[tuple[str, str]]:
        """(id, statement) of the facts whose statement gives the count `digits` with the noun `noun` (a stem) after
        it as written (`bot.counted.gives_count`: "140000" and "signatur" of "more than 140,000 signatures"), in brief
        order. A compiled brief picks them through its `counting` table's index (`bot.counted.counted_nouns` of each
        statement), reading no other row; a loaded one reads the statements with a run of digits starting with
        `digits` (`statements_giving_digits`)."""
        counting = getattr(self.facts, "counting", None)
        if counting is not None:
            found: Iterator[tuple[str, str]] = counting(digits, noun)
            return found
        from bot.counted import gives_count  # (it imports bot.search, which imports this module)

        return (
            (ident, statement)
            for ident, statement in self.statements_giving_digits(digits)
            if gives_count(statement, digits, noun)
        )

    def dated_event_topics(self) -> list[tuple[str, Sequence[str]]]:
        """(id, topics) of every fact of kind "event" with a date, in brief order. A compiled brief reads them from its
        date index's rows without building a record; a loaded one walks its facts."""
        events = getattr(self.facts, "dated_events", None)
        if events is not None:
            return list(events())
        return [(f.id, f.topics) for f in self.facts.values() if f.kind == "event" and f.date]

    def dated_events_worded(self, forms: Collection[str]) -> list[tuple[str, str]]:
        """(id, word) of each fact of kind "event" with a date and each word of its topics (`topic_words`) among
        `forms`, in brief order (a fact's words in sorted order). A compiled brief reads only those facts' ids,
        through its `event_words` table's index; a loaded one walks its facts."""
        worded = getattr(self.facts, "events_worded", None)
        if worded is not None:
            return list(worded(sorted(forms)))
        chosen = set(forms)
        events = (f for f in self.facts.values() if f.kind == "event" and f.date)
        return [(f.id, w) for f in events for w in sorted(chosen.intersection(topic_words(f.topics)))]

    def facts_dated(self, keep: Callable[[str], bool]) -> list[FactData]:
        """The facts with a date that `keep` accepts, in brief order. A compiled brief looks them up in its date
        index (`keep` then sees each distinct date once); a loaded one walks its facts."""
        dated = getattr(self.facts, "dated", None)
        if dated is not None:
            return list(dated(keep))
        return [f for f in self.facts.values() if f.date and keep(f.date)]

    def first_dated(self, keep: Callable[[str], bool], limit: int) -> tuple[list[str], int]:
        """The ids of the first `limit` facts whose date `keep` accepts, in date order (`bot.dates.date_order`; on
        one date events first, then by id), and how many facts it accepts. A compiled brief reads only those ids, from
        its date index, and the count from the facts per date saved at compile (a date of a generated 100,000-fact
        brief is given by up to ~11,000 facts: building each one's record to sort them took ~0.25 s); a loaded one
        sorts them all."""
        first = getattr(self.facts, "first_dated", None)
        if first is not None:
            ids, count = first(keep, limit)
            return list(ids), int(count)
        dated = self.facts_dated(keep)
        dated.sort(key=lambda f: (date_order(f.date or ""), f.kind != "event", f.id))
        return [f.id for f in dated[:limit]], len(dated)

    def describing(self) -> list[tuple[str, str, str]]:
        """(first cited source, article part, fact id) of every fact stating a part of an article. A compiled brief
        reads them from its table; a loaded one walks its facts."""
        table = getattr(self.facts, "describing", None)
        if table is not None:
            return list(table())
        return [(f.citations[0].source, f.describes, f.id) for f in self.facts.values() if f.describes is not None]

    def count_citing(self, source_id: str) -> int:
        counter = getattr(self.facts, "count_citing", None)
        return int(counter(source_id)) if counter is not None else len(self.facts_citing(source_id))

    @property
    def topics(self) -> list[str]:
        return sorted(self.meta.topics)


# a run of digits, commas between them kept (dropped after): "140,000" of "more than 140,000 signatures"
# (each one that starts after a comma too: "1,200" of "5,1,200", so matched looking ahead)
_ASCII_RUN = re.compile(r"(?<![0-9])(?=([0-9][0-9,]*))")


def digit_runs(statement: str) -> set[str]:
    """The runs of digits (`str.isdigit` characters) of `statement`, each read from where it starts with the commas
    among and after its digits dropped: "140000" of "more than 140,000 signatures", "51200", "1200" and "200" of
    "5,1,200".
    A count the answering reads (its NUMBER: never right after a word character, commas between its digits) starts
    where one of them starts, so its digits start one of them: a compiled brief's `digits` table of them (by fact)
    picks `Brief.statements_giving_digits` through an index (one rule for compiling and for the loaded walk)."""
    if statement.isascii():
        return {run.replace(",", "") for run in _ASCII_RUN.findall(statement)}
    found: set[str] = set()  # (`isdigit` holds of more than ASCII digits: "²", "١")
    for k, c in enumerate(statement):
        if c.isdigit() and (k == 0 or not statement[k - 1].isdigit()):
            end = k
            while end < len(statement) and (statement[end].isdigit() or statement[end] == ","):
                end += 1
            found.add(statement[k:end].replace(",", ""))
    return found


def topic_words(topics: Sequence[str]) -> list[str]:
    """The words of `topics` as an event filed under them is asked by (`words` of each folded: "protests" of
    `topics: [protests]`), each once, in order: a compiled brief's `event_words` table of them (by dated event) picks
    `Brief.dated_events_worded` through an index (one rule for compiling and for the loaded walk)."""
    return list(dict.fromkeys(w for topic in topics for w in words(fold(topic))))


def alias_key(text: str) -> str:
    """How aliases are matched: lower-case words joined by single spaces."""
    return " ".join(words(text))


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Loading creates objects that all live on: cyclic collections in the middle only rescan them (~30%).

    When the pause ends, the objects made during it are moved to the oldest generation at once (a freeze and an
    unfreeze: two list splices), where only a full collection looks at them: left young, the first collections
    after the pause would scan each of them once or twice on their way there (~0.6 s after a 100,000-fact
    compile, perf12). Nothing is kept from collection: a full collection sees them as before. Skipped when the
    process holds frozen objects of its own (an unfreeze would release those too)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()
            gc.enable()
