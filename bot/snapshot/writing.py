"""Writing a snapshot's fact rows (FACTS_FILE): one row per fact (`_Rows`: its record, links, file, date, saved stems
and features, and its search document for the index), the tables of citations, articles' parts and facts passing on
reporting, and the indexes over the rows, built on a thread of their own once the rows are in (`_RowsFinishing`).
"""

from __future__ import annotations

import json
import math
import sqlite3
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from bot.class_nouns import (
    CLASS_STEMS,
    HYPHEN_JOINED,
    calling_stems,
    class_stems,
    name_words,
    qualified_stems,
    quote_texts,
)
from bot.counted import counted_nouns
from bot.factbase import Brief, digit_runs, topic_words
from bot.quotations import quoted_runs
from bot.records import FactData, encode, row
from bot.reporting import Passing, hearer_spans
from bot.snapshot.files import _flushed_sha256
from bot.snapshot.vocabulary import FileWords
from bot.text import words

if TYPE_CHECKING:
    from bot.search import Doc, IndexWriting


STEMS_CACHE = 20_000  # shared field texts (and combinations of them) whose stems (or words) compiling keeps
STEM_WORDS = 500_000  # statement words whose stems compiling keeps (`_StemOf`: ~100,000 at 100,000 generated facts)


def _links_json(links: list[str]) -> str:
    return json.dumps(links) if links else "[]"  # most facts link to nothing: skip the encoder


class _StemOf(dict[str, str]):
    """`bot.search.stem` of each word looked up, kept: a hit is a plain dict lookup, which `map` makes without a Python
    call (perf20: a fact's ~40 statement words ~1.5 µs cheaper than through `stem`'s lru_cache)."""

    def __init__(self, stem: Callable[[str], str]) -> None:
        super().__init__()
        self._stem = stem

    def __missing__(self, word: str) -> str:
        found = self[word] = self._stem(word)
        return found


class _Rows:
    """Fact rows as `_write_facts` writes them; each fact's search document built once, for its saved stems and
    for the vocabulary (`words`, by the file the fact is curated in) and, given an index being written, for the
    index."""

    def __init__(self, brief: Brief, words: FileWords) -> None:
        import orjson  # compiling only: its import costs a serving process ~10 ms

        from bot import features, search

        self._dumps, self._encode_error = orjson.dumps, orjson.JSONEncodeError
        self._features, self._encode_features = features.of, features.encode
        self._fact_doc, self._stems, self._statement_terms = search.fact_doc, search.stems, search.statement_terms
        self._stem_of = _StemOf(search.stem)
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

    def _doc_stems(self, doc: Doc, statement_stems: list[str]) -> str:
        """The stems of the fact's search document, as `stems(doc.all_text)` gives them (its fields' words are the
        document's words: the fields are joined with spaces), space-separated: those of the shared fields, sorted,
        then the statement's others (`statement_stems`, its words' stems), sorted (two compiles write the same
        file)."""
        fields = doc.fields  # (a fact's document: `bot.search.fact_doc`)
        key = (fields["names"], fields["keywords"], fields["entities"], fields["quote"])
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
        extra = " ".join(sorted(set(statement_stems) - known))
        return f"{text} {extra}" if text and extra else text or extra

    def row(self, pos: int, fact: FactData, writing: IndexWriting | None = None) -> tuple[object, ...]:
        brief = self.brief
        doc = self._fact_doc(brief, fact, self.names)
        rel = brief.fact_files.get(fact.id, "facts/")
        statement_words = self.words.add(rel, doc)
        stem_of = self._stem_of
        if len(stem_of) >= STEM_WORDS:  # a brief of that many different words: keep memory bounded
            stem_of.clear()
        statement_stems = list(map(stem_of.__getitem__, statement_words))
        if writing is not None:  # (tantivy's writer thread indexes it while this one works out the row)
            terms = self._statement_terms(fact.statement, statement_words, statement_stems, stem_of.__getitem__)
            writing.index_only(doc, pos, statement=terms)
        return (
            fact.id,
            pos,
            self._row_json(fact),
            _links_json(brief.related.get(fact.id, [])),
            _links_json(brief.differs.get(fact.id, [])),
            rel,
            fact.date or None,
            self._doc_stems(doc, statement_stems),  # what re-ranking matches
            self._features_json(fact, statement_words),  # what re-ranking reads of the fact
            int(fact.kind != "event"),  # on one date, events first (`FactRows.first_dated`)
        )


def _new_rows(path: Path) -> sqlite3.Connection:
    """A new SQLite file with an empty `facts` table, written with no journal and no syncing (the file is new,
    private to this compile, and flushed before the manifest is written)."""
    db = _unsynced(path)
    db.execute("PRAGMA page_size = 16384")  # rows of ~1.3 KB: fewer pages and overflow chains to write
    db.execute(
        "CREATE TABLE facts (id TEXT NOT NULL, pos INTEGER NOT NULL, data TEXT NOT NULL,"
        " related TEXT NOT NULL, differs TEXT NOT NULL, file TEXT NOT NULL, date TEXT, stems TEXT NOT NULL,"
        " features TEXT NOT NULL, later INTEGER NOT NULL)"
    )
    return db


def _unsynced(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    return db


# the tables of fact rows a second process writes and the first copies in, in the order written
FACT_TABLES = (
    "facts",
    "cites",
    "names",
    "telling",
    "classing",
    "quoted_classing",
    "kind_calling",
    "quoting",
    "digits",
    "counting",
    "event_words",
    "describes",
    "passes",
)
_INSERT = "INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"


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
                    for table in FACT_TABLES:
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


def _fact_tables(db: sqlite3.Connection, facts: Iterable[tuple[int, FactData]], brief: Brief) -> None:
    """The tables of citations, articles' parts and facts passing on reporting, filled from `facts` (facts with their
    positions, in brief order: every fact, or one process's share; they read no fact row) of `brief`, and the empty
    tables `_index_facts` fills."""
    db.execute("CREATE TABLE dates (date TEXT PRIMARY KEY, facts INTEGER NOT NULL)")  # with how many facts give it
    # which sources each fact cites (once each), so "facts citing a source" reads those rows, not all (through its
    # index, built with the others once every row is in: perf25, inserting 50,000 rows 0.14 -> 0.08 s)
    db.execute("CREATE TABLE cites (source TEXT NOT NULL, pos INTEGER NOT NULL)")
    # which entries each fact names (once each), so "facts naming an entry" reads those rows, not all (a question's
    # check over an entry's facts walked every fact: ~0.3 s at 100,000 facts)
    db.execute("CREATE TABLE names (entity TEXT NOT NULL, pos INTEGER NOT NULL)")
    # the words a verb of telling may name its hearer by in each fact (bot.reporting.told_words), so "who told the
    # Gazette" reads the facts with a word of the outlet's name there, not all (~2 s at 100,000 facts); with the span
    # of words each is in (bot.reporting.hearer_spans), so whom a span names is found once, not in every statement
    # saying it, and no statement is read (its 1,431 statements and 2,329 spans, 945 distinct: ~70 ms at 100,000)
    db.execute("CREATE TABLE telling (word TEXT NOT NULL, span TEXT NOT NULL, pos INTEGER NOT NULL)")
    # the class nouns' stems (bot.class_nouns.class_stems) each fact's statement or quotes hold, so "what kind of
    # company is the guild according to the Gazette" reads the article's facts naming the entry with such a word, not
    # every one naming it (thousands of a source at 100,000 facts: ~0.5 s of reading and tokenizing)
    db.execute("CREATE TABLE classing (stem TEXT NOT NULL, pos INTEGER NOT NULL)")
    # of those, the ones each fact's quotes hold right after a qualifying word, by the source quoted
    # (bot.class_nouns.qualified_stems of quote_texts, each once a fact and source), so the same question reads only
    # the facts whose quote from that article could call the entry so (~5,400 rows read at 100,000 facts, ~0.25 s)
    db.execute("CREATE TABLE quoted_classing (source TEXT NOT NULL, stem TEXT NOT NULL, pos INTEGER NOT NULL)")
    # of those, the ones by which each fact may call each entry it names in the words of a source it quotes, and
    # which way (bot.class_nouns.calling_stems: its statement's words calling it so, found in the quote, or the
    # quote's own), so each of the same question's three checks reads only the facts it may take (its first read and
    # checked ~1,430 rows at 100,000 facts, ~90 ms, none taken, before the third took the first)
    db.execute(
        "CREATE TABLE kind_calling"
        " (entity TEXT NOT NULL, way TEXT NOT NULL, source TEXT NOT NULL, stem TEXT NOT NULL, pos INTEGER NOT NULL)"
    )
    # the stretches of words each fact gives in quotation marks, as stems (bot.quotations.quoted_runs, joined by
    # spaces, each once a fact), so a serving process reads the distinct ones (`FactRows.quoted_runs`), not every fact
    db.execute("CREATE TABLE quoting (run TEXT NOT NULL, pos INTEGER NOT NULL)")
    # the runs of digits each fact's statement holds, each from where it starts, commas dropped
    # (bot.factbase.digit_runs, each once a fact), so the other facts giving a count a question asks of ("140000
    # signatures") are read through an index: SQLite searched every statement for the digits (~270 ms at 100,000)
    db.execute("CREATE TABLE digits (run TEXT NOT NULL, pos INTEGER NOT NULL)")
    # the counts each fact's statement gives with the stem of the noun after each (bot.counted.counted_nouns, each once
    # a fact), so the other facts giving a count of a noun a question asks of ("12 harbour") are read through an index:
    # the answering read every statement with a run of the count's digits (~1,800 for "12" at 100,000 facts, ~27 ms)
    db.execute("CREATE TABLE counting (digits TEXT NOT NULL, noun TEXT NOT NULL, pos INTEGER NOT NULL)")
    # the words of the topics each dated event is filed under (folded, each once a fact), so the events filed under a
    # noun (`Brief.dated_events_filed`) are read through an index: a place or date asked of events read and filed all
    # ~21,000 dated events' topics on its first question at 100,000 facts (~0.15-0.35 s)
    db.execute("CREATE TABLE event_words (word TEXT NOT NULL, pos INTEGER NOT NULL)")
    # the facts stating a part of an article (its headline, reporter, photo…), so a question about one reads them
    db.execute("CREATE TABLE describes (source TEXT NOT NULL, part TEXT NOT NULL, id TEXT NOT NULL)")
    # the facts passing on reporting (bot.reporting), once per source they cite, with the stems of what they state
    # (Retriever.stated_stems), so "whose reporting does the piece cite" reads and ranks those, not every fact citing
    # the piece (~20,000 on a generated 100,000-fact brief, whose records and stems took ~0.4 s to build)
    db.execute(
        "CREATE TABLE passes (source TEXT NOT NULL, pos INTEGER NOT NULL, id TEXT NOT NULL, stated TEXT NOT NULL,"
        " PRIMARY KEY (source, pos)) WITHOUT ROWID"
    )
    db.execute("CREATE TABLE counts (facts INTEGER NOT NULL)")
    add_fact_tables(db, facts, brief)


def _index_facts(db: sqlite3.Connection) -> None:
    """The indexes over every fact row (by id, by position, by date) and over the `cites` and `names` rows, and the
    `dates` and `counts` tables."""
    db.execute("CREATE UNIQUE INDEX facts_id ON facts (id)")
    db.execute("CREATE UNIQUE INDEX facts_pos ON facts (pos)")
    # the date index: facts by date, on one date events first, then by id (the order `FactRows.first_dated` reads
    # them in); and the brief's distinct dates (a few thousand at most: days in its span)
    db.execute("CREATE INDEX facts_date ON facts (date, later, id) WHERE date IS NOT NULL")
    db.execute("CREATE UNIQUE INDEX cites_source ON cites (source, pos)")
    db.execute("CREATE UNIQUE INDEX names_entity ON names (entity, pos)")
    db.execute("CREATE UNIQUE INDEX telling_word ON telling (word, pos, span)")
    db.execute("CREATE UNIQUE INDEX classing_pos ON classing (pos, stem)")
    db.execute("CREATE UNIQUE INDEX quoted_classing_stem ON quoted_classing (source, stem, pos)")
    db.execute("CREATE UNIQUE INDEX kind_calling_entity ON kind_calling (entity, way, source, stem, pos)")
    db.execute("CREATE UNIQUE INDEX quoting_run ON quoting (run, pos)")
    db.execute("CREATE UNIQUE INDEX digits_run ON digits (run, pos)")
    db.execute("CREATE UNIQUE INDEX counting_count ON counting (digits, noun, pos)")
    db.execute("CREATE UNIQUE INDEX event_words_word ON event_words (word, pos)")
    count_rows(db)


def add_fact_tables(db: sqlite3.Connection, facts: Iterable[tuple[int, FactData]], brief: Brief) -> None:
    """The `cites`, `names`, `telling`, `classing`, `quoted_classing`, `kind_calling`, `quoting`, `digits`,
    `counting`, `event_words`, `describes` and `passes` rows of these facts (position, fact) of `brief`."""
    from bot.search import stem

    described: list[tuple[str, str, str]] = []
    cited: list[tuple[str, int]] = []
    named: list[tuple[str, int]] = []
    telling: list[tuple[str, str, int]] = []
    classing: list[tuple[str, int]] = []
    quoted_classing: list[tuple[str, str, int]] = []
    kind_calling: list[tuple[str, str, str, str, int]] = []
    quoting: list[tuple[str, int]] = []
    digits: list[tuple[str, int]] = []
    counting: list[tuple[str, str, int]] = []
    event_words: list[tuple[str, int]] = []
    runs_of: dict[str, list[str]] = {}  # `quoted_runs` of a quote, by its text (facts share quoted passages)
    class_stem_of: dict[str, str] = {}  # (the stems of folded words: `class_stems`' own)
    class_quoted: dict[str, frozenset[str]] = {}
    class_read: dict[str, frozenset[str]] = {}  # a quote's class nouns' `qualified_stems`, by its text
    passing: list[tuple[str, int, str, str]] = []
    passes = Passing(brief.entities, brief.sources)
    stem_of = _StemOf(stem)
    quoted: dict[str, list[str]] = {}  # the stems of facts' quotes, by their text (facts share quoted passages)
    for pos, fact in facts:
        if len(stem_of) >= STEM_WORDS or max(len(quoted), len(class_quoted)) >= STEMS_CACHE:  # keep memory bounded
            stem_of.clear()
            quoted.clear()
            class_stem_of.clear()
            class_quoted.clear()
            class_read.clear()
            runs_of.clear()
        citations = fact.citations
        cites = [citations[0].source] if len(citations) == 1 else list(dict.fromkeys(c.source for c in citations))
        cited += [(source, pos) for source in cites]
        named += [(entity, pos) for entity in dict.fromkeys(fact.entities)]
        telling += [(word, span, pos) for span, marks in hearer_spans(fact.statement).items() for word in marks]
        # (`class_stems` of the statement and of each quote, a quote's kept by its text: facts share quoted passages)
        classed = class_stems([fact.statement], class_stem_of)
        for c in citations:
            of_quote = class_quoted.get(c.quote)
            if of_quote is None:
                said = [HYPHEN_JOINED.sub("", c.quote)]  # (as `class_texts` gives a quote)
                of_quote = class_quoted[c.quote] = frozenset(class_stems(said, class_stem_of))
            classed |= of_quote
        classing += [(found, pos) for found in sorted(classed)]
        by_source: dict[str, set[str]] = {}
        for c in citations:
            read = class_read.get(c.quote)
            if read is None:
                qualified = qualified_stems(quote_texts([c.quote]), class_stem_of)
                read = class_read[c.quote] = frozenset(qualified) & CLASS_STEMS
            by_source.setdefault(c.source, set()).update(read)
        quoted_classing += [(source, found, pos) for source, read in by_source.items() for found in sorted(read)]
        if classed:  # (a noun calling an entry is a class noun the fact's texts hold)
            kind_calling += _kind_calling(fact, pos, brief, class_stem_of)
        runs = [" ".join(run) for run in quoted_runs([fact.statement])]
        for c in citations:
            quote_runs = runs_of.get(c.quote)
            if quote_runs is None:
                quote_runs = runs_of[c.quote] = [" ".join(run) for run in quoted_runs([c.quote])]
            runs += quote_runs
        quoting += [(run, pos) for run in dict.fromkeys(runs)]
        digits += [(run, pos) for run in sorted(digit_runs(fact.statement))]
        if digits and digits[-1][1] == pos:  # (a count starts a run of digits: a statement with none gives none)
            counting += [(count, noun, pos) for count, noun in dict.fromkeys(counted_nouns(fact.statement))]
        if fact.kind == "event" and fact.date:
            event_words += [(word, pos) for word in topic_words(fact.topics)]
        if fact.describes is not None:
            described.append((citations[0].source, fact.describes, fact.id))
        if passes(fact):
            # `stated_stems`: the stems of its statement and quotes (`stems` of the two joined by a space: `words`
            # finds no word across a space), each once, between spaces (`FactRows.passing`)
            quotes = " ".join(c.quote for c in citations)
            quote_stems = quoted.get(quotes)
            if quote_stems is None:
                quote_stems = quoted[quotes] = list(map(stem_of.__getitem__, words(quotes)))
            found = dict.fromkeys(map(stem_of.__getitem__, words(fact.statement)))
            found.update(dict.fromkeys(quote_stems))
            stated = f" {' '.join(found)} "
            passing += [(source, pos, fact.id, stated) for source in cites]
    db.executemany("INSERT INTO cites VALUES (?, ?)", cited)
    db.executemany("INSERT INTO names VALUES (?, ?)", named)
    db.executemany("INSERT INTO telling VALUES (?, ?, ?)", telling)
    db.executemany("INSERT INTO classing VALUES (?, ?)", classing)
    db.executemany("INSERT INTO quoted_classing VALUES (?, ?, ?)", quoted_classing)
    db.executemany("INSERT INTO kind_calling VALUES (?, ?, ?, ?, ?)", kind_calling)
    db.executemany("INSERT INTO quoting VALUES (?, ?)", quoting)
    db.executemany("INSERT INTO digits VALUES (?, ?)", digits)
    db.executemany("INSERT INTO counting VALUES (?, ?, ?)", counting)
    db.executemany("INSERT INTO event_words VALUES (?, ?)", event_words)
    db.executemany("INSERT INTO describes VALUES (?, ?, ?)", described)
    db.executemany("INSERT INTO passes VALUES (?, ?, ?, ?)", passing)


def _kind_calling(
    fact: FactData, pos: int, brief: Brief, stem_of: dict[str, str]
) -> list[tuple[str, str, str, str, int]]:
    """The `kind_calling` rows of a fact at `pos`: for each entry it names, the `calling_stems` of its statement and
    quotes, by way and source quoted."""
    rows: set[tuple[str, str, str, str, int]] = set()
    quotes = [(c.source, c.quote) for c in fact.citations]
    for entity in dict.fromkeys(fact.entities):
        entry = brief.entities.get(entity)
        if entry is not None:
            names = name_words(entry.name, tuple(entry.aliases))
            rows.update(
                (entity, way, source, got, pos)
                for source, way, got in calling_stems(fact.statement, quotes, names, stem_of)
            )
    return sorted(rows)


def count_rows(db: sqlite3.Connection) -> None:
    """The `dates` and `counts` tables, from the rows as they are."""
    db.execute("DELETE FROM dates")
    db.execute("INSERT INTO dates SELECT date, count(*) FROM facts WHERE date IS NOT NULL GROUP BY date")
    db.execute("DELETE FROM counts")
    db.execute("INSERT INTO counts SELECT count(*) FROM facts")
    db.commit()
