"""Compiled briefs: validate a brief once, then every process opens the result.

A snapshot is a directory under the cache directory (`CACHE_DIR`) named by a content hash of every file of the
brief, of its seeds and of the code that reads them. It holds the validated brief and the saved search index, with
a manifest giving every file's size and SHA-256. It is written under a temporary name and renamed into place in
one step, so a reader never sees half a snapshot and two processes compiling at once leave one whole snapshot. A
snapshot that fails its check (a file missing, cut short or changed) is moved aside and compiled again: it is
never served. A changed brief has another hash, so a stale snapshot is never even looked at.

The facts are rows of a SQLite file, read and parsed when a question reaches them, so opening a snapshot costs
milliseconds and little memory at any size. The rest of the brief (meta, sources, glossary, aliases, seeds: small)
is a pickle, written and read only here, inside the service's own cache directory (created private), and checked
against the manifest before it is unpickled.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import itertools
import json
import logging
import math
import os
import pickle
import shutil
import signal
import sqlite3
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from bot.caches import stem_set
from bot.errors import BriefError
from bot.factbase import DEFAULT_BRIEF, DEFAULT_SEEDS, Brief, _gc_paused
from bot.records import FactData, FactRecord, decode, encode, entity_record, meta_record, row, source_record

if TYPE_CHECKING:
    from bot.brief import CheckedFile, ParsedFile
    from bot.recompile import RecordParts
    from bot.search import Doc, IndexWriting

log = logging.getLogger(__name__)

FORMAT = "12"  # bump when what a snapshot holds changes (the code hash below catches most changes anyway)
MANIFEST = "manifest.json"
BRIEF_FILE = "brief.pickle"  # everything but the facts (and their files): meta, sources, glossary, aliases, seeds
FACTS_FILE = "facts.sqlite"  # one row per fact, read when asked for
RECORD_FILE = "recompile.pickle"  # what a later compile may reuse, per fact file (bot/recompile.py)
INDEX_DIR = "index"
# facts kept built after they are first read: a record ~1.2 KB, a miss ~35 µs (at 100,000 facts, 1,000 questions:
# 7,926 misses of 23,631 reads with 2,048 kept, 7,042 with 4,096)
FACT_CACHE = 2048
WALK_CHUNK = 2000  # rows read at a time when walking every fact
PARALLEL_MIN = 20_000  # facts from which compiling validates and works out some rows in a second process
# of the fact files, about, validated, worked out and indexed by that process (whole segments: see `_child_groups`);
# this one also reads and parses every fact file before starting it and indexes the glossary, and fills its own
# facts' citation tables before waiting for it, then builds the indexes over every row and installs the snapshot.
# Half: at 100,000 facts (8 segments) both then finish their rows at about the same time (perf12: with 0.6, 5
# segments of 8, this process waited ~7 s of ~20)
CHILD_SHARE = 0.5
STEMS_CACHE = 20_000  # shared field texts (and combinations of them) whose stems (or words) compiling keeps
GLOSSARY_WORDS = "glossary/"  # the glossary's entry among the fact files' words (no fact file is named so)
CHECK_EVERY = 1000  # rows worked out between looks at whether the second process loaded its half of the brief
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
        self._dates: list[str] | None = None  # the brief's distinct dates, read on first use
        # id -> (data, stems, features) of the rows `prefetch` last read
        self._fetched: dict[str, tuple[str, str, str]] = {}

    def _query(self, sql: str, *params: object) -> list[tuple[str, ...]]:
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    def _read(self, fact_id: str) -> FactRecord | None:
        fetched = self._fetched.get(fact_id)
        if fetched is not None:
            return decode(fetched[0])
        rows = self._query("SELECT data FROM facts WHERE id = ?", fact_id)
        return decode(rows[0][0]) if rows else None

    def prefetch(self, fact_ids: list[str]) -> None:
        """Read the rows of several facts in one query (re-ranking reads ~20 hits: one query instead of 60); the
        next lookups of their records, saved stems and features take them from there. Ids that are no fact are
        skipped."""
        marks = ", ".join("?" * len(fact_ids))
        sql = f"SELECT id, data, stems, features FROM facts WHERE id IN ({marks})"
        rows = self._query(sql, *fact_ids) if fact_ids else []
        self._fetched = {fact_id: (data, stems, features) for fact_id, data, stems, features in rows}

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

    def citing(self, source_id: str) -> list[FactRecord]:
        """The facts citing a source, in brief order, reading only their rows."""
        rows = self._query(
            "SELECT f.data FROM cites c JOIN facts f ON f.pos = c.pos WHERE c.source = ? ORDER BY c.pos", source_id
        )
        return [decode(data) for (data,) in rows]

    def dated(self, keep: Callable[[str], bool]) -> list[FactRecord]:
        """The facts whose date `keep` accepts, in brief order, through the date index: `keep` sees each distinct
        date once, and only the rows of the dates it keeps are read."""
        if self._dates is None:
            self._dates = [date for (date,) in self._query("SELECT date FROM dates ORDER BY date")]
        chosen = [date for date in self._dates if keep(date)]
        rows: list[tuple[int, str]] = []
        for start in range(0, len(chosen), DATES_PER_QUERY):
            part = chosen[start : start + DATES_PER_QUERY]
            marks = ", ".join("?" * len(part))
            found = self._query(f"SELECT pos, data FROM facts WHERE date IN ({marks})", *part)
            rows += [(int(pos), data) for pos, data in found]
        rows.sort()
        return [decode(data) for _, data in rows]

    def citing_naming(self, source_id: str, kinds: tuple[str, ...]) -> Iterator[FactRecord]:
        """The facts citing a source whose saved features list an entity of one of `kinds` (glossary kinds), in
        brief order: only their rows are read and parsed, WALK_CHUNK at a time (a source of a large brief is cited
        by tens of thousands of facts: reading all their records at once took ~75 MB and ~0.5 s at 100,000)."""
        from bot.features import Features  # imported where used, as `_Rows` does: opening a snapshot needs none of it

        at = Features._fields.index("entity_kinds")  # where `features.encode`'s array holds the fact's entity kinds
        marks = ", ".join("?" * len(kinds))
        sql = (
            "SELECT c.pos, f.data FROM cites c JOIN facts f ON f.pos = c.pos WHERE c.source = ? AND c.pos > ? AND "
            f"EXISTS (SELECT 1 FROM json_each(f.features, '$[{at}]') WHERE value IN ({marks})) "
            "ORDER BY c.pos LIMIT ?"
        )
        after = -1
        while True:
            rows = self._query(sql, source_id, after, *kinds, WALK_CHUNK)
            for _, data in rows:
                yield decode(data)
            if len(rows) < WALK_CHUNK:
                return
            after = int(rows[-1][0])

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


def _links_json(links: list[str]) -> str:
    return json.dumps(links) if links else "[]"  # most facts link to nothing: skip the encoder


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
        statement_words = self._split(doc.fields["statement"])
        self._words.update(statement_words)
        texts = self._texts
        for name, text in doc.fields.items():
            if name != "statement":
                texts.add(text)
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
        return cls.counted(statements + words.count_statements(), texts + words.count_texts())

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


class _Rows:
    """Fact rows as `_write_facts` writes them; each fact's search document built once, for its saved stems and
    for the vocabulary (`words`, by the file the fact is curated in) and, given an index being written, for the
    index."""

    def __init__(self, brief: Brief, words: FileWords) -> None:
        import orjson  # compiling only: its import costs a serving process ~10 ms

        from bot import features, search

        self._dumps, self._encode_error = orjson.dumps, orjson.JSONEncodeError
        self._features, self._encode_features = features.of, features.encode
        self._fact_doc, self._stem, self._stems = search.fact_doc, search.stem, search.stems
        self.brief = brief
        self.words = words
        self.names: dict[tuple[str, ...], str] = {}
        # Facts share the texts of every field but the statement (entity names, keywords, quoted passages): their
        # stems are worked out once per text, and once per combination of them (kept sorted, as text)
        self._text_stems: dict[str, frozenset[str]] = {}
        self._combined: dict[tuple[str, ...], tuple[frozenset[str], str]] = {}

    def _row_json(self, fact: FactData) -> str:
        """`encode`'s row, by orjson (a third of the standard encoder's time at 100,000 facts)."""
        figure = fact.figure
        if figure is not None and not math.isfinite(figure.value):
            return encode(fact)  # orjson writes an infinite value as null
        return self._dumps(row(fact)).decode()

    def _features_json(self, fact: FactData, statement_words: list[str]) -> str:
        """`features.encode`'s text of the fact's features, by orjson (the same text: no floats, and both escape only
        quotes, backslashes and control characters; ~a tenth of the standard encoder's time)."""
        found = self._features(fact, self.brief.entities, statement_words)
        try:
            return self._dumps(tuple(found)).decode()
        except self._encode_error:  # a text orjson refuses (a lone surrogate): the standard encoder's way
            return self._encode_features(found)

    def _doc_stems(self, doc: Doc, statement_words: list[str]) -> str:
        """The stems of the fact's search document, as `stems(doc.all_text)` gives them (its fields' words are the
        document's words: the fields are joined with spaces), space-separated: those of the shared fields, sorted,
        then the statement's others, sorted (two compiles write the same file)."""
        key = tuple(text for field, text in doc.fields.items() if field != "statement")
        found = self._combined.get(key)
        if found is None:
            text_stems = self._text_stems
            for cache in (text_stems, self._combined):
                if len(cache) >= STEMS_CACHE:  # a brief whose facts share little: keep memory bounded
                    cache.clear()
            stems = self._stems
            parts = [text_stems[t] if t in text_stems else text_stems.setdefault(t, frozenset(stems(t))) for t in key]
            union = frozenset().union(*parts)
            found = self._combined[key] = (union, " ".join(sorted(union)))
        known, text = found
        extra = " ".join(sorted(set(map(self._stem, statement_words)) - known))
        return f"{text} {extra}" if text and extra else text or extra

    def row(self, pos: int, fact: FactData, writing: IndexWriting | None = None) -> tuple[object, ...]:
        brief = self.brief
        doc = self._fact_doc(brief, fact, self.names)
        if writing is not None:
            writing.index_only(doc, pos)
        rel = brief.fact_files.get(fact.id, "facts/")
        statement_words = self.words.add(rel, doc)
        return (
            fact.id,
            pos,
            self._row_json(fact),
            _links_json(brief.related.get(fact.id, [])),
            _links_json(brief.differs.get(fact.id, [])),
            rel,
            fact.date or None,
            self._doc_stems(doc, statement_words),  # what re-ranking matches
            self._features_json(fact, statement_words),  # what re-ranking reads of the fact
        )


def _new_rows(path: Path) -> sqlite3.Connection:
    """A new SQLite file with an empty `facts` table, written with no journal and no syncing (the file is new,
    private to this compile, and flushed before the manifest is written)."""
    db = _unsynced(path)
    db.execute("PRAGMA page_size = 16384")  # rows of ~1.3 KB: fewer pages and overflow chains to write
    db.execute(
        "CREATE TABLE facts (id TEXT NOT NULL, pos INTEGER NOT NULL, data TEXT NOT NULL,"
        " related TEXT NOT NULL, differs TEXT NOT NULL, file TEXT NOT NULL, date TEXT, stems TEXT NOT NULL,"
        " features TEXT NOT NULL)"
    )
    return db


def _unsynced(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    return db


_INSERT = "INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"

# Positions. A fact's position orders it in the brief (ties in search score, walks over every fact): its file's key
# times 2**POS_BITS plus its place in the file. File keys are spaced KEY_GAP apart at a full compile, so a file added
# later gets a key between its neighbours' and an edited file keeps its own: no other fact moves, and the rows and
# index segments of other files stay valid (bot/recompile.py). Glossary entries come first, at 0, 1, 2…
POS_BITS = 24  # facts a file may hold: 16,777,216 (a fact file may be at most 256 MB)
KEY_GAP = 1 << 16
MAX_KEY = 1 << 38  # positions stay under 2**62: SQLite's integers are signed 64-bit
# The index is written in segments of whole fact files, each segment's documents in a file of its own: a recompile
# writes again only the segments holding a changed file. More segments cost each search a little (a term lookup per
# segment), fewer cost a recompile more documents: up to SEGMENTS of them, none under SEGMENT_FACTS facts.
SEGMENTS = 8
SEGMENT_FACTS = 10_000


def position(key: int, index: int) -> int:
    return key << POS_BITS | index


@dataclass
class Group:
    """The fact files one index segment holds (the first segment also holds the glossary), in brief order."""

    files: list[str]
    segment: dict[str, object] | None = None  # its entry in the index's meta.json, once written (None: no documents)


@dataclass
class Layout:
    """Where a brief's facts go: each fact file's key (see POS_BITS) and its facts' ids, and the segments; once
    written, the brief's vocabulary, counted."""

    files: dict[str, tuple[int, list[str]]]  # fact file (as `Brief.fact_files` names it) -> (key, fact ids)
    groups: list[Group]
    words: WordCounts | None = None
    # the rows file's SHA-256, once the thread finishing it has ended (`_write_facts`)
    rows_sha256: Callable[[], str] | None = None

    def positions(self) -> dict[str, int]:
        return {fid: position(key, i) for key, ids in self.files.values() for i, fid in enumerate(ids)}


def fact_file_names(root: Path) -> list[str]:
    """The brief's fact files as `Brief.fact_files` names them, in brief order (empty ones too)."""
    from bot.brief import _yaml_files

    return [str(path.relative_to(root)) for path in _yaml_files(root / "facts")]


def _layout(brief: Brief) -> Layout:
    """A full compile's layout (see `_layout_of`) of a loaded brief."""
    ids: dict[str, list[str]] = {rel: [] for rel in fact_file_names(brief.root)}
    for fact_id, rel in brief.fact_files.items():
        ids.setdefault(rel, []).append(fact_id)
    return _layout_of(ids)


def _layout_of(ids: dict[str, list[str]]) -> Layout:
    """A full compile's layout of fact files holding `ids` (by file, in brief order): keys KEY_GAP apart, segments
    of whole files of about the same size."""
    files = {rel: ((n + 1) * KEY_GAP, found) for n, (rel, found) in enumerate(ids.items())}
    size = max(SEGMENT_FACTS, -(-sum(map(len, ids.values())) // SEGMENTS))
    groups: list[Group] = [Group([])]
    count = 0
    for rel, (_, found) in files.items():
        if count >= size:
            groups.append(Group([]))
            count = 0
        groups[-1].files.append(rel)
        count += len(found)
    return Layout(files, groups)


def _may_fork(facts: int) -> bool:
    """Whether compiling this many facts splits its work with a second process: a large brief, where the process
    can be copied (os.fork) and runs no other Python thread a copy could catch holding a lock."""
    return facts >= PARALLEL_MIN and hasattr(os, "fork") and threading.active_count() == 1


def _child_groups(sizes: list[int]) -> int:
    """The first of the segments a second process writes (it writes that one and those after it), of segments
    holding `sizes` facts: the segment boundary nearest to leaving it CHILD_SHARE of the facts."""
    groups, total = len(sizes), sum(sizes)
    best, best_gap, ahead = groups, float("inf"), 0
    for first in range(groups, 0, -1):  # the child's share grows as its first segment moves back
        gap = abs(ahead - CHILD_SHARE * total)
        if gap < best_gap:
            best, best_gap = first, gap
        ahead += sizes[first - 1]
    return best if best < groups else groups - 1


class _SplitFailed(Exception):
    """A compile split between two processes could not finish so (a problem in the brief, the second process
    failed): it is compiled again in one, which reports every problem. `problem`: the brief has one (said then
    as one process says it, with nothing more in the log)."""

    def __init__(self, reason: str, *, problem: bool = False) -> None:
        super().__init__(reason)
        self.problem = problem


def _exit_code(pid: int) -> int:
    """Wait for the second process to end: its exit code (see `_fork_rows`)."""
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


def _failed(code: int) -> _SplitFailed:
    return _SplitFailed(f"the second process ended with {code}", problem=code == 3)


@dataclass
class _Loaded:
    """A brief loaded for a full compile. Split between two processes (`layout` set), `brief` holds this process's
    facts only (those of `layout`'s segments before `first`; of the others, what the checks across files read:
    see `bot.brief.load_brief`'s `checked`), and the second process works out the rows of the others."""

    brief: Brief
    layout: Layout | None = None
    first: int = 0  # the first of the second process's segments
    child: int | None = None  # its process id, until it has been waited for
    said: int | None = None  # the pipe it says it has loaded its half on (`_check_child`), until it has


def _check_child(loaded: _Loaded) -> None:
    """Raise `_SplitFailed` when the second process has ended without loading its half of the brief (a problem in
    its files, which the compile in one process then names without waiting for this one's rows); else go on."""
    if loaded.said is None:
        return
    try:
        said = os.read(loaded.said, 1)
    except BlockingIOError:
        return  # still loading
    os.close(loaded.said)
    loaded.said = None
    if not said and loaded.child is not None:
        child, loaded.child = loaded.child, None
        raise _failed(_exit_code(child))


def _facts_of(brief: Brief, layout: Layout, groups: range) -> list[tuple[int, int, FactData]]:
    """(segment, position, fact) of every fact of these segments of `layout`, in brief order."""
    out: list[tuple[int, int, FactData]] = []
    for g in groups:
        for rel in layout.groups[g].files:
            key, ids = layout.files[rel]
            out += [(g, position(key, i), brief.facts[fact_id]) for i, fact_id in enumerate(ids)]
    return out


def _load_for_compile(root: Path, shas: Mapping[str, str], part: Path, segments: Path, *, split: bool) -> _Loaded:
    """The brief at `root` loaded for a full compile (`shas`: its files' SHA-256 by label, as the key was worked
    out). Its fact files are read and parsed first; then, for a large brief (`split`, and see `_may_fork`), a
    second process (`_fork_rows`) validates the later segments' files and works out their rows while this one
    validates the others: each checks its own files in full and the other's across files only (ids, former ids,
    links), so loading costs each about half (perf16: ~0.6 s of ~1.3 at 100,000 facts), and this process holds
    half the facts. A problem found on either side compiles it again in one process (`_SplitFailed`), which names
    every problem in order."""
    from bot.brief import ParsedFile, checked_file, load_brief, read_fact_items

    parsed: dict[str, ParsedFile] = {}
    ids: dict[str, list[str]] = {}
    for rel in fact_file_names(root):
        label = Path(rel).as_posix()
        sha = shas.get(f"brief/{label}")
        items = read_fact_items(root, rel) if sha is not None else None
        if sha is None or items is None:
            return _Loaded(load_brief(root))  # loading says what is wrong with it
        parsed[label] = ParsedFile(sha, items)
        ids[rel] = [str(raw["id"]) for raw in items]
    layout = _layout_of(ids)
    sizes = [sum(len(ids[rel]) for rel in group.files) for group in layout.groups]
    if not split or len(sizes) < 2 or not _may_fork(sum(sizes)):
        return _Loaded(load_brief(root, parsed=parsed))
    first = _child_groups(sizes)
    theirs = {Path(rel).as_posix() for group in layout.groups[first:] for rel in group.files}
    mine = {label: found for label, found in parsed.items() if label not in theirs}
    said, say = os.pipe()
    child = _fork_rows(
        root,
        {label: parsed[label] for label in theirs},
        {label: checked_file(found) for label, found in mine.items()},
        layout,
        first,
        part,
        segments,
        say,
    )
    os.close(say)  # (the pipe ends, telling this process, when the child ends)
    if child is None:
        os.close(said)
        return _Loaded(load_brief(root, parsed=parsed))
    os.set_blocking(said, False)
    try:
        others = {label: checked_file(parsed[label]) for label in theirs}
        parsed.clear()  # (this process's copy of the other files' items goes)
        try:
            brief = load_brief(root, parsed=mine, checked=others)
        except BriefError as exc:
            raise _SplitFailed("the brief has a problem", problem=True) from exc
        if _layout(brief).files != layout.files:  # (only if a file changed between reading it and now)
            raise _SplitFailed("its fact files changed while it was compiled")
    except BaseException:
        _end(child)
        os.close(said)
        raise
    return _Loaded(brief, layout, first, child, said)


def _end(child: int) -> None:
    """Stop a second process this one no longer waits for."""
    with contextlib.suppress(OSError):
        os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)


def _fork_rows(
    root: Path,
    parsed: Mapping[str, ParsedFile],
    checked: Mapping[str, CheckedFile],
    layout: Layout,
    first: int,
    part: Path,
    segments: Path,
    say: int,
) -> int | None:
    """In a child process (fork): load the brief at `root` with its fact files `parsed` validated in full and the
    `checked` ones across files only (`bot.brief.load_brief`), then write the rows of the facts of `layout`'s
    segments from `first` on, and their `cites` and `describes` rows, into `part`, their segments of the index in
    `segments`/0, /1… as `_Writings` does, and their words and segment entries beside `part` (`part`.words, see
    `_forked_words`); the child's id, or None when no process could be started. Once its half is loaded it writes
    a byte on the pipe `say` (see `_check_child`). It exits with 3 when the brief has a problem (the compile in one
    process then reports it), 1 when it fails otherwise.

    Called before tantivy starts a writer thread, so the process being copied runs no thread of its own (the
    child starts its own writers)."""
    try:
        pid = os.fork()
    except OSError:
        return None
    if pid:
        return pid
    status = 1
    try:
        from bot.brief import load_brief

        brief = load_brief(root, parsed=parsed, checked=checked)
        if _layout(brief).files != layout.files:
            raise RuntimeError("the fact files changed while they were compiled")
        os.write(say, b"1")
        os.close(say)
        facts = _facts_of(brief, layout, range(first, len(layout.groups)))
        words = FileWords()
        rows = _Rows(brief, words)
        writings = _Writings(segments)
        db = _new_rows(part)
        db.executemany(_INSERT, (rows.row(pos, fact, writings.of(group)) for group, pos, fact in facts))
        _fact_tables(db, ((pos, fact) for _, pos, fact in facts))  # their citations and parts, copied in with them
        db.commit()
        db.close()
        entries = writings.finish(len(layout.groups), first=first)
        # the first file's words as they are (this process may hold only its end), the other files' counted
        first_file = next(iter(words.statements), "")
        shared = FileWords()
        shared.merge(
            {first_file: words.statements.pop(first_file, set())}, {first_file: words.texts.pop(first_file, set())}
        )
        found = (shared, Counter(itertools.chain.from_iterable(words.statements.values())),
                 Counter(itertools.chain.from_iterable(words.texts.values())),
                 dict(enumerate(entries, start=first)))  # fmt: skip
        part.with_suffix(".words").write_bytes(pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL))
        status = 0
    except BriefError:
        status = 3  # said by the compile in one process, with every other problem
    except Exception:
        log.exception("working out fact rows in a second process failed")
    finally:
        os._exit(status)  # never back into the caller's code: the parent carries on from here


Forked = tuple[FileWords, Counter[str], Counter[str], dict[int, dict[str, object] | None]]


def _forked_words(pid: int, part: Path) -> Forked:
    """Wait for `_fork_rows`'s child; the words and texts of its rows' first fact file (`FileWords`), for the
    others how many files hold each statement word and each text (see `WordCounts`), and its segments' entries
    (see `_Writings.finish`, by segment); `_SplitFailed` when it failed. (The file is a pickle this process's own
    copy wrote a moment ago, in its private directory.)"""
    code = _exit_code(pid)
    words = part.with_suffix(".words")
    if code != 0 or not words.is_file():
        raise _failed(code)
    shared, statements, texts, entries = pickle.loads(words.read_bytes())
    return shared, statements, texts, entries


def _write_facts(
    loaded: _Loaded, path: Path, index_dir: Path, meanwhile: Callable[[Layout], None] | None = None
) -> Layout:
    """One row per fact in brief order, and the search index (bot/search.py) in `index_dir`, in segments (see
    SEGMENTS); the layout written, with each segment's entry and each file's words filled in. `meanwhile`, work that
    reads none of the rows, is called once with the layout (its segments and words not yet filled in): before
    waiting for the second process when there is one (it then runs while that process finishes), after the rows
    otherwise.

    The rows file is finished (the second process's rows copied in, the indexes over the rows built, the file
    flushed to disk and its SHA-256 worked out) on a thread of its own while this one writes the vocabulary:
    `layout.rows_sha256` waits for it (the caller must call it, also when it fails, to end that thread).

    Each fact's search document is built once for its row, its words and the index: tantivy's writer threads
    index it while this thread works out the row. A large brief's later segments (about CHILD_SHARE of the rows,
    from PARALLEL_MIN facts) are worked out and indexed meanwhile by a second process (`_load_for_compile`), their
    rows copied in from its file (`_part_file`) and their index segments taken as it wrote them (in
    `_segments_dir`): the same rows and segments, on another core. The indexes over the rows are built after them,
    in one pass. When that process fails, `_SplitFailed` is raised (this one holds none of its facts)."""
    from bot.search import entity_doc

    brief, child = loaded.brief, loaded.child
    part, segments = _part_file(path), _segments_dir(index_dir)
    if child is None:
        layout = _layout(brief)
        positions = layout.positions()
        group_of = {rel: g for g, group in enumerate(layout.groups) for rel in group.files}
        facts = [(group_of[brief.fact_files[f.id]], positions[f.id], f) for f in brief.facts.values()]
    else:
        assert loaded.layout is not None
        layout = loaded.layout
        facts = _facts_of(brief, layout, range(loaded.first))
    groups = len(layout.groups)
    copied: Path | None = None  # the second process's rows file, once handed to the finishing thread
    try:
        writings = _Writings(segments)
        words = FileWords()
        for i, entity in enumerate(brief.entities.values()):
            doc = entity_doc(entity)
            writings.of(0).index_only(doc, i)
            words.add(GLOSSARY_WORDS, doc)
        rows = _Rows(brief, words)
        more_statements: Counter[str] = Counter()  # counted by the second process
        more_texts: Counter[str] = Counter()
        forked_segments: dict[int, dict[str, object] | None] = {}  # written by the second process
        counts: WordCounts | None = None  # the vocabulary, once counted

        def worked_out(part: list[tuple[int, int, FactData]], index: bool) -> Iterator[tuple[object, ...]]:
            for n, (group, pos, fact) in enumerate(part):
                if n % CHECK_EVERY == 0:
                    _check_child(loaded)
                yield rows.row(pos, fact, writings.of(group) if index else None)

        db = _new_rows(path)
        try:
            db.executemany(_INSERT, worked_out(facts, True))
            finished: list[dict[str, object] | None] | None = None
            if child is not None:
                # what needs none of the second process's work is done before waiting for it: this process's
                # segments committed, its facts' citations and parts filled in (perf12: ~0.5 CPU-s at 100,000 facts)
                finished = writings.finish(groups)
                _fact_tables(db, ((pos, fact) for _, pos, fact in facts))
                own = (words.count_statements(), words.count_texts())  # (its files' words are all in)
                if meanwhile is not None:
                    meanwhile(layout)
                _check_child(loaded)
                loaded.child = None
                found = _forked_words(child, part)
                shared, more_statements, more_texts, forked_segments = found
                if words.statements.keys().isdisjoint(shared.statements) and words.texts.keys().isdisjoint(
                    shared.texts
                ):  # no file of its is one of this process's: the counts add up (perf16: ~0.1 s less after the wait)
                    counts = WordCounts.counted(
                        own[0] + more_statements + shared.count_statements(),
                        own[1] + more_texts + shared.count_texts(),
                    )
                else:
                    words.merge(shared.statements, shared.texts)
                copied = part  # copied in by the finishing thread
            else:
                _fact_tables(db, ((pos, fact) for _, pos, fact in facts))
                if meanwhile is not None:
                    meanwhile(layout)
            db.commit()
        finally:
            db.close()
        finishing = _RowsFinishing(path, copied)
        finishing.start()
        layout.rows_sha256 = finishing.result
        try:
            if counts is None:
                counts = WordCounts.of(words, more_statements, more_texts)
            layout.words = counts
            if finished is None:  # no second process: every segment was written here
                finished = writings.finish(groups)
            for g, segment in enumerate(finished):  # None for the second process's segments
                layout.groups[g].segment = segment
            for g, segment in forked_segments.items():
                layout.groups[g].segment = segment
            parts = [(segments / str(g), group.segment) for g, group in enumerate(layout.groups)]
            target = saved_index_dir(brief, index_dir)
            compose_index(target, parts)
            write_words(target, counts.vocabulary())
        except BaseException:
            finishing.join()  # nothing of this compile runs on once it fails
            raise
    finally:
        if loaded.child is not None:  # this process failed before waiting for it
            _end(loaded.child)
            loaded.child = None
        if loaded.said is not None:
            os.close(loaded.said)
            loaded.said = None
        if copied is None:  # (else the finishing thread copies it in, then removes it)
            part.unlink(missing_ok=True)
        part.with_suffix(".words").unlink(missing_ok=True)
        shutil.rmtree(segments, ignore_errors=True)
    return layout


def _part_file(path: Path) -> Path:
    """Where the second process compiling the rows file `path` writes its rows."""
    return path.with_name(f".part-{path.name}")


def _segments_dir(index_dir: Path) -> Path:
    """Where a compile writes its index segments, before they are linked into the index in `index_dir`."""
    return index_dir / ".segments"


class _RowsFinishing(threading.Thread):
    """Finishes a rows file `_write_facts` wrote: copies in the second process's rows (`part`, when given; then
    removes it), builds the indexes over every row (`_index_facts`), flushes the file to disk and works out its
    SHA-256 for the manifest. SQLite and hashlib let go of the interpreter while they work, so this runs beside the
    vocabulary, record and shell the compiling thread writes meanwhile (perf16: ~0.3-0.5 s of a 100,000-fact
    compile's tail, on the core the second process leaves)."""

    def __init__(self, path: Path, part: Path | None) -> None:
        super().__init__(name="compile-rows", daemon=True)
        self._path, self._part = path, part
        self._sha256: str | None = None
        self._error: BaseException | None = None

    def run(self) -> None:
        try:
            db = _unsynced(self._path)
            try:
                if self._part is not None:
                    db.execute("ATTACH DATABASE ? AS part", (str(self._part),))
                    # in the order written, which is brief order: no sort, and SQLite copies each record whole
                    # instead of decoding and encoding it again (its transfer optimization)
                    for table in ("facts", "cites", "describes"):
                        db.execute(f"INSERT INTO {table} SELECT * FROM part.{table}")
                    db.commit()
                    db.execute("DETACH DATABASE part")
                _index_facts(db)
            finally:
                db.close()
                if self._part is not None:
                    self._part.unlink(missing_ok=True)
            self._sha256 = _flushed_sha256(self._path)
        except BaseException as exc:  # handed to the compiling thread by `result`
            self._error = exc

    def result(self) -> str:
        """The finished file's SHA-256, once the thread has ended; its error, raised again, if it failed."""
        self.join()
        if self._error is not None:
            raise self._error
        assert self._sha256 is not None
        return self._sha256


def saved_index_dir(brief: Brief, index_dir: Path) -> Path:
    from bot import search

    return search.saved_index_dir(brief, index_dir)


class _Writings:
    """One index being written per segment (`directory`/0, /1…), created when first asked for."""

    def __init__(self, directory: Path) -> None:
        self._directory = directory
        self._writings: dict[int, IndexWriting] = {}

    def of(self, group: int) -> IndexWriting:
        writing = self._writings.get(group)
        if writing is None:
            from bot.search import IndexWriting

            writing = self._writings[group] = IndexWriting(self._directory / str(group))
        return writing

    def finish(self, groups: int, *, first: int = 0) -> list[dict[str, object] | None]:
        """Commit every index: for each of segments `first` to `groups` - 1 in order, its meta.json entry (None:
        no documents, no segment)."""
        out: list[dict[str, object] | None] = []
        for group in range(first, groups):
            writing = self._writings.get(group)
            if writing is None:
                out.append(None)
                continue
            writing.finish()
            meta = json.loads((self._directory / str(group) / "meta.json").read_text(encoding="utf-8"))
            found = meta["segments"]
            if len(found) > 1:
                raise RuntimeError(f"segment {group} was written as {len(found)} segments")
            out.append(found[0] if found else None)
        return out


META_TEMPLATE = "meta.json"


def _segment_files(directory: Path, segment: Mapping[str, object]) -> list[Path]:
    prefix = f"{str(segment['segment_id']).replace('-', '')}."
    return sorted(p for p in directory.iterdir() if p.name.startswith(prefix))


def compose_index(target: Path, parts: list[tuple[Path, dict[str, object] | None]]) -> None:
    """An index in `target` made of segments written elsewhere ((directory, meta.json entry) each, in brief order,
    each segment's documents in brief order; their files linked, not copied), with tantivy's meta.json listing
    them. Its vocabulary files are the caller's (`write_words`)."""
    from bot.search import ORDERED_FILE, _schema

    target.mkdir(parents=True)
    entries: list[dict[str, object]] = []
    for directory, segment in parts:
        if segment is None:  # files with no facts
            continue
        for found in _segment_files(directory, segment):
            os.link(found, target / found.name)
        entries.append(segment)
    import tantivy

    tantivy.Index(_schema(), path=str(target))  # writes the meta.json of an empty index of this schema
    meta = json.loads((target / "meta.json").read_text(encoding="utf-8"))
    meta["segments"] = entries
    meta["opstamp"] = sum(int(str(e["max_doc"])) for e in entries) + 1
    scratch = target / "meta.json.tmp"
    scratch.write_text(json.dumps(meta, indent=2), encoding="utf-8")
    os.replace(scratch, target / "meta.json")
    (target / ORDERED_FILE).write_text("segments and their documents in brief order")
    (target / "complete").write_text("ok")


def write_words(target: Path, vocabulary: Iterable[str], *, letters: bool = True, others: bool = True) -> None:
    """The vocabulary files `bot.search.Index` reads, in the index directory `target`: the words of letters, and
    the others (numbers…), each sorted and space-separated; `letters` or `others` False leaves that file to the
    caller (a recompile links it from the previous snapshot when it is the same)."""
    from bot.search import OTHER_FILE, WORDS_FILE

    found = vocabulary if isinstance(vocabulary, AbstractSet) else set(vocabulary)
    if letters:
        (target / WORDS_FILE).write_text(" ".join(sorted(w for w in found if w.isalpha())), encoding="utf-8")
    if others:
        (target / OTHER_FILE).write_text(" ".join(sorted(w for w in found if not w.isalpha())), encoding="utf-8")


def _fact_tables(db: sqlite3.Connection, facts: Iterable[tuple[int, FactData]]) -> None:
    """The tables of citations and articles' parts, filled from `facts` (facts with their positions, in brief
    order: every fact, or one process's share; they read no fact row), and the empty tables `_index_facts` fills."""
    db.execute("CREATE TABLE dates (date TEXT PRIMARY KEY)")
    # which sources each fact cites (once each), so "facts citing a source" reads those rows, not all
    db.execute("CREATE TABLE cites (source TEXT NOT NULL, pos INTEGER NOT NULL, PRIMARY KEY (source, pos))")
    # the facts stating a part of an article (its headline, reporter, photo…), so a question about one reads them
    db.execute("CREATE TABLE describes (source TEXT NOT NULL, part TEXT NOT NULL, id TEXT NOT NULL)")
    db.execute("CREATE TABLE counts (facts INTEGER NOT NULL)")
    add_fact_tables(db, facts)


def _index_facts(db: sqlite3.Connection) -> None:
    """The indexes over every fact row (by id, by position, by date) and the `dates` and `counts` tables."""
    db.execute("CREATE UNIQUE INDEX facts_id ON facts (id)")
    db.execute("CREATE UNIQUE INDEX facts_pos ON facts (pos)")
    # the date index: facts by date, and the brief's distinct dates (a few thousand at most: days in its span)
    db.execute("CREATE INDEX facts_date ON facts (date, pos) WHERE date IS NOT NULL")
    count_rows(db)


def add_fact_tables(db: sqlite3.Connection, facts: Iterable[tuple[int, FactData]]) -> None:
    """The `cites` and `describes` rows of these facts (position, fact)."""
    described: list[tuple[str, str, str]] = []
    cited: list[tuple[str, int]] = []
    for pos, fact in facts:
        cited += [(source, pos) for source in dict.fromkeys(c.source for c in fact.citations)]
        if fact.describes is not None:
            described.append((fact.citations[0].source, fact.describes, fact.id))
    db.executemany("INSERT INTO cites VALUES (?, ?)", cited)
    db.executemany("INSERT INTO describes VALUES (?, ?, ?)", described)


def count_rows(db: sqlite3.Connection) -> None:
    """The `dates` and `counts` tables, from the rows as they are."""
    db.execute("DELETE FROM dates")
    db.execute("INSERT INTO dates SELECT DISTINCT date FROM facts WHERE date IS NOT NULL")
    db.execute("DELETE FROM counts")
    db.execute("INSERT INTO counts SELECT count(*) FROM facts")
    db.commit()


@dataclass(frozen=True)
class Compiled:
    """A validated brief and where its saved index lives (None: no snapshot could be written, build in memory)."""

    brief: Brief
    index_dir: Path | None
    path: Path | None
    compiled: bool  # this call compiled it (False: an existing snapshot was opened)
    seconds: float
    unwritable: str | None = None  # why no snapshot could be written under the cache directory (path is None)
    reused: int = 0  # fact files whose rows and checks came from the previous snapshot (bot/recompile.py)


def default_cache_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("palantir-ice"))


CODE = Path(__file__).resolve().parent  # the bot package


def _code_files() -> list[Path]:
    """The code that decides what a snapshot holds and how it is read: every module of the core (answering keeps
    its own tables beside the index), so any change to it compiles again."""
    return sorted(CODE.rglob("*.py"))


def _seeds_dir(root: Path) -> Path | None:
    """The seeds directory `brief.yaml` names, when it lies outside the brief (inside, its files are the brief's)."""
    from bot.brief import read_yaml_safely

    seeds_setting = DEFAULT_SEEDS
    meta = read_yaml_safely(root / "brief.yaml", root)  # None when broken: compiling reports it
    if isinstance(meta, dict) and isinstance(meta.get("seeds"), str):
        seeds_setting = meta["seeds"]
    seeds = (root / seeds_setting).resolve()
    return seeds if seeds.is_dir() and seeds != root and not seeds.is_relative_to(root) else None


def _brief_files(root: Path, seeds: Path | bool | None) -> list[tuple[str, Path]]:
    """Every file of the brief and of its seeds directory, labelled and in a stable order."""
    files = [(f"brief/{p.relative_to(root).as_posix()}", p) for p in sorted(root.rglob("*")) if p.is_file()]
    if isinstance(seeds, Path) and seeds.is_dir():
        files += [(f"seeds/{p.relative_to(seeds).as_posix()}", p) for p in sorted(seeds.rglob("*")) if p.is_file()]
    return files


def _inputs(root: Path, seeds: Path | bool | None) -> list[tuple[str, Path]]:
    return [(f"code/{p.relative_to(CODE).as_posix()}", p) for p in _code_files()] + _brief_files(root, seeds)


def snapshot_key(root: Path, seeds: Path | bool | None = False) -> str:
    """The content hash naming a brief's snapshot: the brief's place, its files, its seeds and the code (`seeds`:
    the seeds directory when already read from `brief.yaml`)."""
    return snapshot_hashes(root, seeds)[0]


def snapshot_hashes(root: Path, seeds: Path | bool | None = False) -> tuple[str, dict[str, str]]:
    """`snapshot_key`, and the SHA-256 of every file it was worked out from, by label ("brief/facts/a.json")."""
    inputs = _inputs(root, _seeds_dir(root) if seeds is False else seeds)
    shas = {label: _sha256(path) for label, path in inputs}
    return _key_of(root, shas), shas


def _key_of(root: Path, shas: Mapping[str, str]) -> str:
    digest = hashlib.sha256(f"snapshot v{FORMAT}\x00{root.resolve()}\x00".encode())
    for label, sha in shas.items():
        digest.update(f"{label}\x00{sha}\x00".encode())
    return digest.hexdigest()[:32]


RACY_NS = 2_000_000_000  # a file modified this close to when its stat was recorded may change again unseen


def _stats(inputs: list[tuple[str, Path]]) -> list[list[object]]:
    out: list[list[object]] = []
    for label, path in inputs:
        stat = path.stat()
        out.append([label, stat.st_size, stat.st_mtime_ns, stat.st_ino])
    return out


def current_key(root: Path, cache_dir: Path) -> str:
    """`snapshot_key`, without rereading files whose size, time and inode are as when the key was last worked out
    (see `current_hashes`)."""
    return current_hashes(root, cache_dir)[0]


def current_hashes(root: Path, cache_dir: Path) -> tuple[str, dict[str, str]]:
    """`snapshot_hashes`, without rereading files whose size, time and inode are as when they were last hashed.

    As git does for its index: a record is trusted only for files last modified well before it was written, so a
    file changed twice within one timestamp tick is still hashed. When every file is as recorded, the recorded key
    is the answer; otherwise only the files that changed are hashed again.
    """
    record = cache_dir / f".key-{hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:16]}.json"
    try:
        saved = json.loads(record.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        saved = None
    seeds = _recorded_seeds(root, saved)
    if seeds is False:
        seeds = _seeds_dir(root)
    inputs = _inputs(root, seeds)
    stats = _stats(inputs)
    try:
        if not isinstance(saved, dict):
            raise TypeError("no record")
        shas = saved["shas"]
        newest = max((int(s[2]) for s in stats), default=0)  # type: ignore[call-overload]
        if (
            saved["stats"] == stats
            and newest < int(saved["written_ns"]) - RACY_NS
            and list(shas) == [s[0] for s in stats]
        ):
            return str(saved["key"]), {str(k): str(v) for k, v in shas.items()}
    except (OSError, ValueError, KeyError, TypeError):
        pass
    written_ns = time.time_ns()
    seeds = _seeds_dir(root)  # read afresh: what the record keeps must be what the key was worked out from
    inputs = _inputs(root, seeds)
    stats = _stats(inputs)
    known = _still_hashed(saved, stats)
    if known:
        now = {label: known.get(label) or _sha256(path) for label, path in inputs}
        key = _key_of(root, now)
    else:
        key, now = snapshot_hashes(root, seeds)
    try:
        cache_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        scratch = record.with_name(f"{record.name}.{os.getpid()}.tmp")
        scratch.write_text(
            json.dumps(
                {
                    "key": key,
                    "stats": stats,
                    "shas": now,
                    "written_ns": written_ns,
                    "seeds": None if seeds is None else str(seeds),
                }
            ),
            encoding="utf-8",
        )
        os.replace(scratch, record)
    except OSError:
        pass  # no record: the next start hashes again
    return key, now


def _still_hashed(saved: object, stats: list[list[object]]) -> dict[str, str]:
    """The recorded hashes of the files whose size, time and inode are as recorded, last modified well before the
    record was written (by label)."""
    try:
        if not isinstance(saved, dict):
            return {}
        trusted = int(saved["written_ns"]) - RACY_NS
        recorded = {str(stat[0]): stat for stat in saved["stats"]}
        shas = saved["shas"]
        return {
            str(stat[0]): str(shas[stat[0]])
            for stat in stats
            if recorded.get(str(stat[0])) == stat and int(stat[2]) < trusted  # type: ignore[call-overload]
        }
    except (ValueError, KeyError, TypeError, AttributeError):
        return {}


def _recorded_seeds(root: Path, saved: object) -> Path | bool | None:
    """The seeds directory as recorded with the key, while `brief.yaml` is the file it was read from (same size,
    time and inode; the key check below then decides as before); False when it must be read again. Reading YAML
    costs the import of a YAML parser, which a process starting from its snapshot otherwise never needs."""
    if not isinstance(saved, dict) or "seeds" not in saved:
        return False
    try:
        stat = (root / "brief.yaml").stat()
        for label, size, mtime_ns, inode in saved["stats"]:
            if label == "brief/brief.yaml" and [size, mtime_ns, inode] == [stat.st_size, stat.st_mtime_ns, stat.st_ino]:
                return None if saved["seeds"] is None else Path(saved["seeds"])
    except (OSError, ValueError, TypeError):
        pass
    return False


def _sha256(path: Path) -> str:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def _flushed_sha256(path: Path) -> str:
    """The file flushed to disk, then its SHA-256 (as the manifest lists a file this compile wrote)."""
    with path.open("rb") as fh:
        os.fsync(fh.fileno())
        return hashlib.file_digest(fh, "sha256").hexdigest()


def _manifest(directory: Path, known: Mapping[str, tuple[Path, str]] | None = None) -> dict[str, list[object]]:
    """Every file's size, modification time and SHA-256; each file is flushed to disk first. `known`: files linked
    from another snapshot (path there, SHA-256 its manifest gives), whose hash is taken from there while they are
    that very file (a recompile reuses most of the index this way)."""
    files: dict[str, list[object]] = {}
    for path in sorted(directory.rglob("*")):
        if path.is_file() and path.name != MANIFEST:
            rel = path.relative_to(directory).as_posix()
            linked = (known or {}).get(rel)
            stat = path.stat()
            if linked is not None and linked[0].exists() and os.path.samefile(linked[0], path):
                files[rel] = [stat.st_size, stat.st_mtime_ns, linked[1]]
                continue
            files[rel] = [stat.st_size, stat.st_mtime_ns, _flushed_sha256(path)]
    return files


def _read(directory: Path, key: str, *, full: bool = False) -> Brief | None:
    """The snapshot's brief when every file matches the manifest; None when anything does not.

    Opening checks every file's size and modification time (cheap at any size: any rewrite, truncation or lost
    file shows); `full` also checks every SHA-256, which `palantir-ice compile` does before calling one current.
    """
    try:
        manifest = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
        if manifest.get("key") != key or manifest.get("format") != FORMAT:
            return None
        files = manifest["files"]
        if BRIEF_FILE not in files or FACTS_FILE not in files:
            return None
        for rel, (size, mtime_ns, sha) in files.items():
            stat = (directory / rel).stat()
            if stat.st_size != size or stat.st_mtime_ns != mtime_ns or (full and _sha256(directory / rel) != sha):
                return None
        shell = pickle.loads((directory / BRIEF_FILE).read_bytes())
        if not isinstance(shell, Brief):
            return None
        facts = FactRows(directory / FACTS_FILE)
        return dataclasses.replace(
            shell,
            facts=facts,
            related=LinkRows(facts, "related"),
            differs=LinkRows(facts, "differs"),
            fact_files=FileRows(facts),
        )
    except Exception:  # unreadable in any way: compile again rather than serve it
        log.debug("snapshot %s is unreadable", directory, exc_info=True)
        return None


def _discard(directory: Path) -> None:
    """Move a bad snapshot aside (one rename, so no reader sees it half-deleted), then delete it."""
    aside = directory.with_name(f".discarded-{directory.name}-{os.getpid()}-{time.monotonic_ns()}")
    try:
        directory.rename(aside)
    except OSError:
        return  # another process moved it first
    shutil.rmtree(aside, ignore_errors=True)


def _prune(cache_dir: Path, keep: Path, root: Path) -> None:
    """Remove this brief's older snapshots (a process still reading one keeps its open files)."""
    for other in cache_dir.iterdir():
        if other == keep or other.name.startswith(".") or not other.is_dir():
            continue
        try:
            if json.loads((other / MANIFEST).read_text(encoding="utf-8")).get("root") == str(root.resolve()):
                _discard(other)
        except (OSError, ValueError):
            continue


def compile_brief(root: Path | str | None = None, cache_dir: Path | None = None) -> Compiled:
    """Validate the brief (raising BriefError with every problem) and write its snapshot.

    When an earlier snapshot of the brief is in the cache and only fact files changed since, the snapshot is made
    from it, redoing only what belongs to the changed files (bot/recompile.py); otherwise, or when that fails in
    any way, everything is compiled afresh."""
    started = time.perf_counter()
    root = Path(root) if root is not None else DEFAULT_BRIEF
    cache_dir = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    key, shas = current_hashes(root, cache_dir) if _is_brief(root) else ("", {})
    if shas:
        from bot.recompile import recompile

        done = recompile(root, cache_dir, key, shas, started)
        if done is not None:
            return done
    try:
        return _compile_full(root, cache_dir, key, shas, started, split=True)
    except _SplitFailed as exc:
        if not exc.problem:
            log.warning("compiling %s in two processes failed (%s): compiling it in one", root, exc)
        return _compile_full(root, cache_dir, key, shas, started, split=False)


def _compile_full(
    root: Path, cache_dir: Path, key: str, shas: dict[str, str], started: float, *, split: bool
) -> Compiled:
    """`compile_brief` afresh; `split`: in two processes when the brief is large (see `_load_for_compile`)."""
    from bot.brief import load_brief
    from bot.recompile import record_parts, write_record

    # The loaded brief is ~all the objects, and all live on: a collection only rescans it. Paused from loading to
    # installing, it is not scanned by the collections the steps after loading set off (~1 s at 100,000 facts:
    # installing imports the answering package), and it joins the oldest generation as the pause ends (~0.6 s
    # more when it was left young to be scanned then, see `_gc_paused`)
    with _gc_paused():
        target = cache_dir / key
        if not shas:  # not a brief directory: loading says so
            load_brief(root)
        cache_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=".compiling-", dir=cache_dir))
        known: dict[str, tuple[Path, str]] = {}  # files flushed and hashed before the manifest (see `_manifest`)
        parts: list[RecordParts] = []
        loaded: _Loaded | None = None
        layout: Layout | None = None

        def meanwhile(layout: Layout) -> None:
            """What needs none of the rows, done while the second process (if any) still works: the word table
            and language model linked in (on a fresh cache directory built then, ~0.3-2 s; their import ~0.15 s,
            perf12) and hashed, and the record's parts of the brief alone (~0.15 s, perf16)."""
            save_tables(work / INDEX_DIR, cache_dir)
            for path in sorted((work / INDEX_DIR).rglob("*")):
                if path.is_file() and not path.relative_to(work / INDEX_DIR).parts[0].startswith("."):
                    known[path.relative_to(work).as_posix()] = (path, _flushed_sha256(path))
            assert loaded is not None
            parts.append(record_parts(loaded.brief, layout, shas))

        try:
            rows = work / FACTS_FILE
            loaded = _load_for_compile(root, shas, _part_file(rows), _segments_dir(work / INDEX_DIR), split=split)
            brief = loaded.brief
            write_shell(brief, work)
            layout = _write_facts(loaded, rows, work / INDEX_DIR, meanwhile=meanwhile)
            write_record(work, brief, layout, shas, parts[0] if parts else None)
            assert layout.rows_sha256 is not None
            known[FACTS_FILE] = (rows, layout.rows_sha256())
            install(work, target, key, root, cache_dir, known)
        finally:
            if loaded is not None and loaded.child is not None:  # failed before `_write_facts` waited for it
                _end(loaded.child)
            if loaded is not None and loaded.said is not None:
                os.close(loaded.said)
            if layout is not None and layout.rows_sha256 is not None:
                with contextlib.suppress(Exception):  # raised above already: here only its thread is waited for
                    layout.rows_sha256()
            shutil.rmtree(work, ignore_errors=True)
    if loaded.layout is not None:  # split: this process loaded half the facts; the snapshot serves them all
        served = _read(target, key)
        brief = served if served is not None else load_brief(root)
    seconds = time.perf_counter() - started
    log.info("compiled brief %s (%d facts) into %s in %.2f s", brief.meta.id, len(brief.facts), target, seconds)
    return Compiled(brief=brief, index_dir=target / INDEX_DIR, path=target, compiled=True, seconds=seconds)


def write_shell(brief: Brief, work: Path) -> None:
    """The brief but its facts, meta, sources and glossary as plain records: a process opening the snapshot never
    imports pydantic."""
    shell = dataclasses.replace(
        brief,
        meta=meta_record(brief.meta),
        sources={i: source_record(s) for i, s in brief.sources.items()},
        entities={i: entity_record(e) for i, e in brief.entities.items()},
        facts={},
        related={},
        differs={},
        fact_files={},
    )
    (work / BRIEF_FILE).write_bytes(pickle.dumps(shell, protocol=pickle.HIGHEST_PROTOCOL))


def install(
    work: Path,
    target: Path,
    key: str,
    root: Path,
    cache_dir: Path,
    known: Mapping[str, tuple[Path, str]] | None = None,
    *,
    beside: tuple[Path, str] | None = None,
) -> None:
    """Finish the snapshot written in `work` (the word table and language model linked in, the manifest: see
    `_manifest` for `known`) and move it into place as `target`; then remove the brief's older snapshots.

    `beside`: the index directory of a snapshot this same code wrote, and its saved index's name; what lies beside
    that index there (the word table and language model) is linked in from it, which spares importing the
    answering package (a recompile). Without it, the caller has linked them in (`save_tables`)."""
    if beside is not None:
        source, index_name = beside
        for entry in source.iterdir():
            if entry.name != index_name:
                _link_tree(entry, work / INDEX_DIR / entry.name)
    manifest = {"format": FORMAT, "key": key, "root": str(root.resolve()), "files": _manifest(work, known)}
    (work / MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    for _ in range(3):
        try:
            work.rename(target)  # atomic: the snapshot appears whole or not at all
            break
        except OSError:
            if _read(target, key, full=True) is not None:
                break  # another process compiled the same brief first: theirs is as good as ours
            _discard(target)
    _prune(cache_dir, target, root)


def save_tables(index_dir: Path, cache_dir: Path) -> None:
    """answering's English word table and language model, beside the index in `index_dir` (bot/answering/english.py):
    built once per cache directory, outside any snapshot, and linked into each."""
    from bot.answering.english import LANGID, TABLE, save_language_model, save_word_table

    save_word_table(index_dir, shared=cache_dir / f".{TABLE}")
    save_language_model(index_dir, shared=cache_dir / f".{LANGID}")


def _link_tree(source: Path, target: Path) -> None:
    """`source` linked as `target`: a file hard-linked, a directory made again with its files linked."""
    if not source.is_dir():
        os.link(source, target)
        return
    target.mkdir()
    for entry in source.iterdir():
        _link_tree(entry, target / entry.name)


def _is_brief(root: Path) -> bool:
    """A directory holding a brief.yaml: only then are its files hashed for a key. Another path ("", "/", /usr) is
    loaded as it is, which reports the missing brief.yaml at once instead of hashing every file below it."""
    return (root / "brief.yaml").is_file()


def open_brief(root: Path | str | None = None, cache_dir: Path | None = None, *, verify: bool = False) -> Compiled:
    """The brief from its current snapshot; compiled first when there is none or it fails its check.

    When the cache directory cannot be written, the brief is loaded and validated in this process instead.
    """
    started = time.perf_counter()
    root = Path(root) if root is not None else DEFAULT_BRIEF
    cache_dir = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    if _is_brief(root):
        key = current_key(root, cache_dir)
        target = cache_dir / key
        if target.is_dir():
            brief = _read(target, key, full=verify)
            if brief is not None:
                seconds = time.perf_counter() - started
                return Compiled(brief=brief, index_dir=target / INDEX_DIR, path=target, compiled=False, seconds=seconds)
            log.warning("snapshot %s failed its check: compiling the brief again", target)
            _discard(target)
    try:
        compiled = compile_brief(root, cache_dir)
    except OSError as exc:
        # the caller says so (Compiled.unwritable): once on stderr, or as a failure for `compile`
        log.info("cannot write a snapshot under %s (%s): loading the brief in memory", cache_dir, exc)
        from bot.brief import load_brief

        brief = load_brief(root)
        seconds = time.perf_counter() - started
        reason = exc.strerror or str(exc)
        if isinstance(exc, FileExistsError | NotADirectoryError) and not cache_dir.is_dir():
            reason = "it, or a folder above it, is a file"  # mkdir's "File exists" names no culprit
        return Compiled(brief=brief, index_dir=None, path=None, compiled=False, seconds=seconds, unwritable=reason)
    assert compiled.path is not None
    served = _read(compiled.path, compiled.path.name)  # serve what the next process will: the snapshot itself
    if served is None:  # pragma: no cover - only if the snapshot is damaged between writing and reading it
        return compiled
    return dataclasses.replace(compiled, brief=served, seconds=time.perf_counter() - started)
