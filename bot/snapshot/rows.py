"""A snapshot's facts as a serving process reads them: rows of its SQLite file (FACTS_FILE), read and parsed when a
question reaches them (`FactRows`), and the per-fact fields read from the same rows (`FileRows`, `LinkRows`).

Compiling writes the rows (bot/snapshot/writing.py); this module only reads them, and imports nothing of compiling.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from bot.caches import stem_set
from bot.dates import date_order
from bot.records import FactRecord, decode

# facts kept built after they are first read: a record ~1.2 KB, a miss ~35 µs (at 100,000 facts, 1,000 questions:
# 7,926 misses of 23,631 reads with 2,048 kept, 7,042 with 4,096)
FACT_CACHE = 2048
WALK_CHUNK = 2000  # rows read at a time when walking every fact
NAMING_FIRST = 16  # the rows of facts naming entries read first (`FactRows.naming`)


DATES_PER_QUERY = 500  # dates asked for in one query (SQLite limits the parameters of one statement)


class FactRows(Mapping[str, FactRecord]):
    """A compiled brief's facts, read from the snapshot's SQLite file on demand as plain records (bot/records.py,
    validated at compile); the most recently read stay built.

    Looking one up costs a row read and a JSON parse (a few µs) the first time. Walking all of them (the
    calendar, questions about a date) reads every row, so on a very large brief those are the slow commands;
    `facts_citing` and its count read only the rows citing the source.
    """

    def __init__(self, path: Path) -> None:
        self._db = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self._len = int(self._query("SELECT facts FROM counts")[0][0])  # counted at compile: no scan at start
        self.fact = lru_cache(maxsize=FACT_CACHE)(self._read)
        self._dates: list[tuple[str, int]] | None = None  # the distinct dates and their facts, read on first use
        # id -> (data, stems, features) of the rows `prefetch` last read
        self._fetched: dict[str, tuple[str, str, str]] = {}
        # the facts whose record was built, when every fact's fits in the cache (`built`)
        self._built: set[str] | None = set() if self._len <= FACT_CACHE else None

    def _query(self, sql: str, *params: object) -> list[tuple[str, ...]]:
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    def _read(self, fact_id: str) -> FactRecord | None:
        fetched = self._fetched.get(fact_id)
        found: FactRecord | None
        if fetched is not None:
            found = decode(fetched[0])
        else:
            rows = self._query("SELECT data FROM facts WHERE id = ?", fact_id)
            found = decode(rows[0][0]) if rows else None
        if found is not None and self._built is not None:
            self._built.add(fact_id)
        return found

    def built(self, fact_id: str) -> bool:
        """The fact's record was built, and is kept: known only of a brief whose facts all fit in the cache (False for
        any other). For `Index.read_rows`, which then leaves its row unread: a record pushed out all the same (by
        thousands of lookups of ids that are no fact) is read again on its own when asked for, the same record."""
        return self._built is not None and fact_id in self._built

    def prefetch(self, fact_ids: list[str]) -> None:
        """Read the rows of several facts in one query (re-ranking reads ~20 hits: one query instead of 60); the
        next lookups of their records, saved stems and features take them from there. Ids that are no fact are
        skipped; the rows of those the last prefetch read are not read again (a second look reads its hits' rows,
        then re-ranks them)."""
        kept = self._fetched
        wanted = [fact_id for fact_id in fact_ids if fact_id not in kept]
        marks = ", ".join("?" * len(wanted))
        sql = f"SELECT id, data, stems, features FROM facts WHERE id IN ({marks})"
        rows = self._query(sql, *wanted) if wanted else []
        fetched = {fact_id: kept[fact_id] for fact_id in fact_ids if fact_id in kept}
        fetched.update((fact_id, (data, stems, features)) for fact_id, data, stems, features in rows)
        self._fetched = fetched

    def position(self, fact_id: str) -> int | None:
        """The fact's saved place (orders facts as the brief does; not consecutive); None for no such fact."""
        rows = self._query("SELECT pos FROM facts WHERE id = ?", fact_id)
        return int(rows[0][0]) if rows else None

    def column(self, fact_id: str, column: str) -> str | None:
        if column not in ("related", "differs", "file", "stems", "features"):
            raise ValueError(f"no column {column!r}")
        rows = self._query(f"SELECT {column} FROM facts WHERE id = ?", fact_id)
        return rows[0][0] if rows else None

    def saved_stems(self, fact_id: str) -> AbstractSet[str] | None:
        """The stems of a fact's search document, worked out at compile (None: no such fact), as a dict's keys
        (see `bot.caches.stem_set`)."""
        fetched = self._fetched.get(fact_id)
        found = fetched[1] if fetched is not None else self.column(fact_id, "stems")
        return stem_set(found.split()) if found is not None else None

    def saved_features(self, fact_id: str) -> str | None:
        """What re-ranking reads of a fact, worked out at compile, as `bot.features.encode` wrote it (None: no such
        fact): read from its row, without building its record."""
        fetched = self._fetched.get(fact_id)
        return fetched[2] if fetched is not None else self.column(fact_id, "features")

    def links(self, fact_id: str, column: str) -> list[str] | None:
        found = self.column(fact_id, column)
        return list(json.loads(found)) if found is not None else None

    def __getitem__(self, fact_id: str) -> FactRecord:
        found = self.fact(fact_id) if isinstance(fact_id, str) else None
        if found is None:
            raise KeyError(fact_id)
        return found

    def __contains__(self, fact_id: object) -> bool:
        return isinstance(fact_id, str) and self.fact(fact_id) is not None

    def get(self, fact_id: str, default: FactRecord | None = None) -> FactRecord | None:  # type: ignore[override]
        """`Mapping.get` without raising and catching a KeyError for an id that is no fact (answering asks with
        glossary ids too, several times a question)."""
        found = self.fact(fact_id) if isinstance(fact_id, str) else None
        return default if found is None else found

    def __iter__(self) -> Iterator[str]:
        return iter([row[0] for row in self._query("SELECT id FROM facts ORDER BY pos")])

    def __len__(self) -> int:
        return self._len

    def citing(self, source_id: str, limit: int = -1) -> list[FactRecord]:
        """The facts citing a source, in brief order, reading only their rows: the first `limit` (all when
        negative)."""
        rows = self._query(
            "SELECT f.data FROM cites c JOIN facts f ON f.pos = c.pos WHERE c.source = ? ORDER BY c.pos LIMIT ?",
            source_id,
            limit,
        )
        return [decode(data) for (data,) in rows]

    def naming(
        self,
        entities: Sequence[str],
        citing: Sequence[str] = (),
        classes: Sequence[str] | None = None,
        *,
        quoted: bool = False,
        calling: str = "",
    ) -> Iterator[FactRecord]:
        """`Brief.facts_naming`: the facts naming every one of `entities` (one or more) and, when `citing` is given,
        citing one of those sources, in brief order, reading only their rows (the `names` and `cites` indexes), a
        chunk at a time: NAMING_FIRST rows, then twice as many each time up to WALK_CHUNK, so a caller stopping at
        an early one reads few (a check over an entry's facts stops at the first telling it: reading all ~90,000
        naming two entries of a generated 100,000-fact brief first took ~0.4 s). When `classes` (class nouns' stems) is
        given, only the facts whose `classing` rows hold one of them (a kind asked of an entry an article names read
        and tokenized thousands of facts naming it at 100,000 facts, ~0.5 s, to keep the few with a class noun), and
        when `quoted` too, only those whose `quoted_classing` rows hold one qualified in a quote cited from one of
        `citing` (the same question still read ~5,400 rows at 100,000 facts, ~0.25 s), and when `calling` (a way)
        too, only those whose `kind_calling` rows of the first entry, that way and one of `citing` hold one (~1,430
        rows still read and checked, ~90 ms).
        Raises ValueError (at the first row read) when `entities` is empty, as `Brief.facts_naming` does at the
        call."""
        if not entities:
            raise ValueError("naming needs at least one entry id")
        if classes is not None and not classes:
            return
        others = "".join(f" JOIN names n{i} ON n{i}.entity = ? AND n{i}.pos = n0.pos" for i in range(1, len(entities)))
        cited = ""
        if citing:
            marks = ", ".join("?" * len(citing))
            cited = f" AND EXISTS (SELECT 1 FROM cites c WHERE c.source IN ({marks}) AND c.pos = n0.pos)"
        if classes:
            marks = ", ".join("?" * len(classes))
            cited += f" AND EXISTS (SELECT 1 FROM classing k WHERE k.pos = n0.pos AND k.stem IN ({marks}))"
        if classes and calling:
            # (the few facts that may call the entry that way, read first through the `kind_calling` index, drive
            # the walk: SQLite walked every fact naming the entry, tens of thousands at 100,000 facts, to find
            # none for two of the three ways, ~20-60 ms a check; the same facts, in the same order)
            yield from self._calling(entities, citing, classes, calling, others, cited, quoted=quoted)
            return
        quoting: tuple[str, ...] = ()
        if classes and quoted:
            sourced, marks = ", ".join("?" * len(citing)), ", ".join("?" * len(classes))
            # (a list SQLite builds once a query, through the table's index by source and stem: not a probe for
            # each of an entry's tens of thousands of facts, ~60 ms at 100,000 facts against ~20)
            chosen = f"source IN ({sourced}) AND stem IN ({marks})"
            cited += f" AND n0.pos IN (SELECT pos FROM quoted_classing WHERE {chosen})"
            quoting = (*citing, *classes)
        sql = (
            f"SELECT n0.pos, f.data FROM names n0{others} JOIN facts f ON f.pos = n0.pos"
            f" WHERE n0.entity = ? AND n0.pos > ?{cited} ORDER BY n0.pos LIMIT ?"
        )
        after, chunk = -1, NAMING_FIRST
        while True:
            rows = self._query(sql, *entities[1:], entities[0], after, *citing, *(classes or ()), *quoting, chunk)
            for _, data in rows:
                yield decode(data)
            if len(rows) < chunk:
                return
            after, chunk = int(rows[-1][0]), min(chunk * 2, WALK_CHUNK)

    def _calling(
        self,
        entities: Sequence[str],
        citing: Sequence[str],
        classes: Sequence[str],
        way: str,
        others: str,
        cited: str,
        *,
        quoted: bool,
    ) -> Iterator[FactRecord]:
        """`naming` with `quoted` and `calling`: the positions of the facts whose `kind_calling` rows of the first
        of `entities`, `way`, one of `citing` and one of `classes` hold one, in brief order, then their rows a chunk
        of positions at a time (as `naming` reads them: NAMING_FIRST, then twice as many up to WALK_CHUNK), those
        meeting `naming`'s other conditions (`others`, `cited`: its joins and tests of n0; when `quoted`, the quoted
        class words' test added here, probed for each of the few rather than listed)."""
        sourced, marks = ", ".join("?" * len(citing)), ", ".join("?" * len(classes))
        chosen = f"entity = ? AND way = ? AND source IN ({sourced}) AND stem IN ({marks})"
        sql = f"SELECT DISTINCT pos FROM kind_calling WHERE {chosen} ORDER BY pos"
        positions = [pos for (pos,) in self._query(sql, entities[0], way, *citing, *classes)]
        quoting: tuple[str, ...] = ()
        if quoted:
            cited += f" AND EXISTS (SELECT 1 FROM quoted_classing WHERE source IN ({sourced}) AND stem IN ({marks})"
            cited += " AND pos = n0.pos)"
            quoting = (*citing, *classes)
        sql = (
            f"SELECT f.data FROM names n0{others} JOIN facts f ON f.pos = n0.pos"
            f" WHERE n0.entity = ? AND n0.pos IN ({{marks}}){cited} ORDER BY n0.pos"
        )
        yield from self._at(positions, sql, (*entities[1:], entities[0]), (*citing, *classes, *quoting))

    def _at(
        self, positions: Sequence[str], sql: str, before: Sequence[str] = (), after: Sequence[str] = ()
    ) -> Iterator[FactRecord]:
        """The records of the rows `sql` selects (one column, `data`) among `positions` (in brief order), a chunk of
        positions at a time, in their order: NAMING_FIRST, then twice as many each time up to WALK_CHUNK, so a caller
        stopping at an early one reads few rows. `sql` holds `{marks}` where the chunk's positions go, bound between
        the parameters `before` and `after`."""
        for (data,) in self._rows_at(positions, sql, before, after):
            yield decode(data)

    def _rows_at(
        self, positions: Sequence[str], sql: str, before: Sequence[str] = (), after: Sequence[str] = ()
    ) -> Iterator[tuple[str, ...]]:
        """`_at`'s rows as `sql` selects them, undecoded."""
        start, chunk = 0, NAMING_FIRST
        while start < len(positions):
            part = positions[start : start + chunk]
            chosen = sql.format(marks=", ".join("?" * len(part)))
            yield from self._query(chosen, *before, *part, *after)
            start, chunk = start + chunk, min(chunk * 2, WALK_CHUNK)

    def telling(self, marks: Sequence[str]) -> Iterator[FactRecord]:
        """`Brief.facts_telling`: the facts with one of `marks` among their `told_words`, in brief order, reading
        only their rows (the `telling` index), a chunk at a time (`_at`: a check stopping at the first read 2 of
        the 3,130 rows of the facts telling words to an outlet at 100,000 facts, and all 3,130 were read, ~14 ms)."""
        yield from self._at(self._telling_at(marks), "SELECT data FROM facts WHERE pos IN ({marks}) ORDER BY pos")

    def statements_telling(self, marks: Sequence[str]) -> Iterator[tuple[str, str]]:
        """`Brief.statements_telling`: `telling`'s facts as (id, statement), in brief order, a chunk at a time as it
        reads them; SQLite picks the two from each row (`records.encode`'s JSON array: id first, statement third)
        and no record is built (building the 7,514 of the facts telling words to any outlet took ~100 ms of "which
        outlet did Ada Lind talk to" at 100,000 facts, which reads only their statements)."""
        sql = "SELECT json_extract(data, '$[0]'), json_extract(data, '$[2]') FROM facts WHERE pos IN ({marks})"
        rows = self._rows_at(self._telling_at(marks), sql + " ORDER BY pos")
        for ident, statement in rows:  # noqa: UP028  # unpacked: the rows are pairs, which `yield from` leaves untyped
            yield ident, statement

    def statements_cited(self, fact_ids: Sequence[str]) -> Iterator[tuple[str, str, str]]:
        """`Brief.statements_cited`: the facts of `fact_ids` as (id, statement, source of the first citation), a chunk
        at a time as `_at` reads them, in brief order within a chunk; ids that are no fact are skipped. SQLite picks
        the three from each row (`records.encode`'s JSON array: citations ninth), no record is built ("which outlet
        did Ada Lind talk to" looked up each of the 1,429 facts of her words told to one by id at 100,000 facts)."""
        sql = (
            "SELECT json_extract(data, '$[0]'), json_extract(data, '$[2]'), json_extract(data, '$[8][0][0]')"
            " FROM facts WHERE id IN ({marks}) ORDER BY pos"
        )
        for ident, statement, source in self._rows_at(fact_ids, sql):  # noqa: UP028  # as in `statements_telling`
            yield ident, statement, source

    def told_spans(self, marks: Sequence[str]) -> dict[str, list[str]]:
        """`Brief.told_spans`: the spans holding one of `marks` (the `telling` table's), each with the ids of the
        facts saying it, in brief order, read from the table and the facts' ids alone (no statement)."""
        if not marks:
            return {}
        chosen = ", ".join("?" * len(marks))
        sql = (
            f"SELECT DISTINCT t.span, t.pos, f.id FROM telling t JOIN facts f ON f.pos = t.pos"
            f" WHERE t.word IN ({chosen}) ORDER BY t.pos"
        )
        found: dict[str, list[str]] = {}
        for span, _, fact_id in self._query(sql, *marks):
            found.setdefault(span, []).append(fact_id)
        return found

    def _telling_at(self, marks: Sequence[str]) -> list[str]:
        """The positions of the facts with one of `marks` among their `told_words`, in brief order (the `telling`
        index)."""
        if not marks:
            return []
        chosen = ", ".join("?" * len(marks))
        sql = f"SELECT DISTINCT pos FROM telling WHERE word IN ({chosen}) ORDER BY pos"
        return [pos for (pos,) in self._query(sql, *marks)]

    def dated(self, keep: Callable[[str], bool]) -> list[FactRecord]:
        """The facts whose date `keep` accepts, in brief order, through the date index: `keep` sees each distinct
        date once, and only the rows of the dates it keeps are read."""
        chosen = [date for date, _ in self._distinct_dates() if keep(date)]
        rows: list[tuple[int, str]] = []
        for start in range(0, len(chosen), DATES_PER_QUERY):
            part = chosen[start : start + DATES_PER_QUERY]
            marks = ", ".join("?" * len(part))
            found = self._query(f"SELECT pos, data FROM facts WHERE date IN ({marks})", *part)
            rows += [(int(pos), data) for pos, data in found]
        rows.sort()
        return [decode(data) for _, data in rows]

    def undated(self, kinds: AbstractSet[str], topic: str) -> list[FactRecord]:
        """`Brief.facts_undated`: the facts with no date, of one of `kinds` and with `topic`, in brief order; SQLite
        picks them from the rows (a row is `records.encode`'s JSON array: its kind second, its topics fourth), so
        only theirs are decoded."""
        if not kinds:
            return []
        marks = ", ".join("?" * len(kinds))
        sql = (
            f"SELECT data FROM facts WHERE date IS NULL AND json_extract(data, '$[1]') IN ({marks})"
            " AND EXISTS (SELECT 1 FROM json_each(data, '$[3]') WHERE value = ?) ORDER BY pos"
        )
        return [decode(data) for (data,) in self._query(sql, *sorted(kinds), topic)]

    def giving_digits(self, digits: str) -> Iterator[tuple[str, str]]:
        """`Brief.statements_giving_digits`: (id, statement) of the facts with a run of digits starting with `digits`,
        in brief order, reading only their rows (the `digits` table, `bot.factbase.digit_runs`, through its index: every
        string starting with `digits` sorts between it and it with its last character the next one), a chunk at a
        time (`_rows_at`), so a reader stopping early leaves the rest unread; SQLite picks the two from each row
        (`records.encode`'s JSON array: id first, statement third) and no record is built. (SQLite searched every
        statement for the digits and each one holding them was built: ~530-680 ms of a question asking of "12" at
        100,000 facts, held by 4,657 statements, starting a run in 1,818.)"""
        if digits:
            beyond = digits[:-1] + chr(ord(digits[-1]) + 1)
            sql = "SELECT DISTINCT pos FROM digits WHERE run >= ? AND run < ? ORDER BY pos"
            positions = [pos for (pos,) in self._query(sql, digits, beyond)]
        else:  # (every run starts with the empty string)
            positions = [pos for (pos,) in self._query("SELECT DISTINCT pos FROM digits ORDER BY pos")]
        sql = "SELECT json_extract(data, '$[0]'), json_extract(data, '$[2]') FROM facts WHERE pos IN ({marks})"
        rows = self._rows_at(positions, sql + " ORDER BY pos")
        for ident, statement in rows:  # noqa: UP028  # unpacked, as in `statements_telling`
            yield ident, statement

    def counting(self, digits: str, noun: str) -> Iterator[tuple[str, str]]:
        """`Brief.statements_counting`: (id, statement) of the facts whose `counting` rows (`bot.counted.counted_nouns`)
        hold the count `digits` with the noun `noun`, in brief order, reading only their rows, a chunk at a time
        (`_rows_at`). (`giving_digits` read every statement with a run of digits starting with the count's and the
        answering checked each: ~27 ms of a question asking of "12 harbour" at 100,000 facts, 1,818 statements read.)"""
        sql = "SELECT pos FROM counting WHERE digits = ? AND noun = ? ORDER BY pos"
        positions = [pos for (pos,) in self._query(sql, digits, noun)]
        sql = "SELECT json_extract(data, '$[0]'), json_extract(data, '$[2]') FROM facts WHERE pos IN ({marks})"
        rows = self._rows_at(positions, sql + " ORDER BY pos")
        for ident, statement in rows:  # noqa: UP028  # unpacked, as in `statements_telling`
            yield ident, statement

    def dated_events(self) -> list[tuple[str, list[str]]]:
        """`Brief.dated_event_topics`: the id and topics of every fact of kind "event" with a date, in brief order,
        from the date index (`later` is 0 for an event); no record built."""
        sql = "SELECT id, json_extract(data, '$[3]') FROM facts WHERE date IS NOT NULL AND later = 0 ORDER BY pos"
        return [(ident, json.loads(topics)) for ident, topics in self._query(sql)]

    def events_worded(self, forms: Sequence[str]) -> list[tuple[str, str]]:
        """`Brief.dated_events_worded`: (id, word) of the dated events with a topic word among `forms`, in brief
        order, through the `event_words` table's index; no record built."""
        if not forms:
            return []
        marks = ", ".join("?" * len(forms))
        sql = (
            "SELECT facts.id, event_words.word FROM event_words JOIN facts ON facts.pos = event_words.pos"
            f" WHERE event_words.word IN ({marks}) ORDER BY event_words.pos, event_words.word"
        )
        return [(ident, word) for ident, word in self._query(sql, *forms)]

    def _distinct_dates(self) -> list[tuple[str, int]]:
        """The brief's distinct dates, each with how many facts give it, in date order (`bot.dates.date_order`)."""
        if self._dates is None:
            found = [(date, int(n)) for date, n in self._query("SELECT date, facts FROM dates")]
            self._dates = sorted(found, key=lambda dn: date_order(dn[0]))
        return self._dates

    def first_dated(self, keep: Callable[[str], bool], limit: int) -> tuple[list[str], int]:
        """`Brief.first_dated`: the ids of the first `limit` facts whose date `keep` accepts and how many it accepts,
        reading the date index only (date by date, in date order; on each, events first, then by id, as the index
        holds them), and no fact's row."""
        ids: list[str] = []
        count = 0
        for date, n in self._distinct_dates():
            if not keep(date):
                continue
            count += n
            if len(ids) < limit:
                sql = "SELECT id FROM facts WHERE date = ? ORDER BY later, id LIMIT ?"
                ids += [fact_id for (fact_id,) in self._query(sql, date, limit - len(ids))]
        return ids, count

    def passing(self, source_id: str, asked: Sequence[str]) -> list[tuple[str, int]]:
        """The facts citing a source that pass on reporting (`bot.reporting.passes_on`), in brief order, from the
        `passes` table (no fact row is read), each with how many of the stems `asked` it states (`stated_stems`, saved
        with it); given stems, only those stating any of them. SQLite counts them where the table's rows are."""
        if not asked:
            rows = self._query("SELECT id, 0 FROM passes WHERE source = ? ORDER BY pos", source_id)
        else:
            held = " + ".join(["(instr(stated, ?) > 0)"] * len(asked))  # `stated` is " stem stem … ": a stem whole
            sql = f"SELECT id, n FROM (SELECT pos, id, {held} AS n FROM passes WHERE source = ?) WHERE n ORDER BY pos"
            rows = self._query(sql, *[f" {s} " for s in asked], source_id)
        return [(fact_id, int(n)) for fact_id, n in rows]

    def quoted_runs(self) -> list[tuple[str, ...]]:
        """The distinct stretches of words the facts give in quotation marks, as stems (`bot.quotations.quoted_runs`),
        from the `quoting` table (no fact row is read), in the table's order."""
        return [tuple(run.split()) for (run,) in self._query("SELECT DISTINCT run FROM quoting ORDER BY run")]

    def describing(self) -> list[tuple[str, str, str]]:
        """(first cited source, article part, fact id) of every fact stating a part of an article, from its table."""
        rows = self._query("SELECT source, part, id FROM describes")
        return [(source, part, fact_id) for source, part, fact_id in rows]

    def count_citing(self, source_id: str) -> int:
        return int(self._query("SELECT count(*) FROM cites WHERE source = ?", source_id)[0][0])

    def values(self) -> Iterator[FactRecord]:  # type: ignore[override]  # one pass over the rows, not one per id
        """Every fact in brief order, read a chunk of rows at a time (never all the rows' text at once)."""
        after = -1
        while True:
            rows = self._query("SELECT pos, data FROM facts WHERE pos > ? ORDER BY pos LIMIT ?", after, WALK_CHUNK)
            for _, data in rows:
                yield decode(data)
            if len(rows) < WALK_CHUNK:
                return
            after = int(rows[-1][0])


V = TypeVar("V")


class _PerFact(Mapping[str, V]):
    """A per-fact field of a compiled brief read from the fact rows: keyed, ordered and sized like the facts."""

    def __init__(self, facts: FactRows) -> None:
        self._facts = facts

    def _read(self, fact_id: str) -> V | None:
        raise NotImplementedError

    def __getitem__(self, fact_id: str) -> V:
        found = self._read(fact_id) if isinstance(fact_id, str) else None
        if found is None:
            raise KeyError(fact_id)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._facts)

    def __len__(self) -> int:
        return len(self._facts)


class FileRows(_PerFact[str]):
    """`fact_files` of a compiled brief (which file each fact is curated in), read from the fact rows."""

    def _read(self, fact_id: str) -> str | None:
        return self._facts.column(fact_id, "file")


class LinkRows(_PerFact[list[str]]):
    """`related` or `differs` of a compiled brief, read from the fact rows."""

    def __init__(self, facts: FactRows, column: str) -> None:
        super().__init__(facts)
        self._column = column
        # answering reads the best fact's links for every question: the most recently read stay parsed
        self._links = lru_cache(maxsize=FACT_CACHE)(self._links_of)

    def _links_of(self, fact_id: str) -> tuple[str, ...] | None:
        found = self._facts.links(fact_id, self._column)
        return tuple(found) if found is not None else None

    def _read(self, fact_id: str) -> list[str] | None:
        found = self._links(fact_id)
        return list(found) if found is not None else None  # a list of its own: the caller may change it
