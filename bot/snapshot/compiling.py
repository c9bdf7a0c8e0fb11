"""Compiling a brief into a snapshot (`compile_brief`): from the previous snapshot when only fact files changed
(bot/recompile.py), otherwise afresh (`_compile_full`): the brief loaded and validated (in two processes for a large
brief, bot/snapshot/forking.py), its shell (everything but the facts, `write_shell`), its fact rows
(bot/snapshot/writing.py) and search index (bot/snapshot/indexing.py) written in a temporary directory, which
`install` finishes with its manifest and renames into place in one step.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import os
import pickle
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from bot.factbase import DEFAULT_BRIEF, Brief, _gc_paused
from bot.records import FactData, entity_record, meta_record, source_record
from bot.snapshot.files import (
    BRIEF_FILE,
    FACTS_FILE,
    FORMAT,
    INDEX_DIR,
    MANIFEST,
    SHARED_RECORD,
    _manifest,
    _shared_sha256,
)
from bot.snapshot.forking import (
    CHECK_EVERY,
    _check_child,
    _end,
    _facts_of,
    _forked_words,
    _load_for_compile,
    _Loaded,
    _SplitFailed,
)
from bot.snapshot.indexing import _Writings, compose_index, saved_index_dir, write_words
from bot.snapshot.keys import _is_brief, current_hashes
from bot.snapshot.layout import Layout, _layout
from bot.snapshot.serving import Compiled, _discard, _read, default_cache_dir
from bot.snapshot.vocabulary import GLOSSARY_WORDS, FileWords, WordCounts, added
from bot.snapshot.writing import _INSERT, _fact_tables, _new_rows, _Rows, _RowsFinishing

if TYPE_CHECKING:
    from bot.recompile import RecordParts


log = logging.getLogger(__name__)


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
                _fact_tables(db, ((pos, fact) for _, pos, fact in facts), brief)
                own = (words.count_statements(), words.count_texts())  # (its files' words are all in)
                if meanwhile is not None:
                    meanwhile(layout)
                _check_child(loaded)
                loaded.child = None
                found = _forked_words(child, part)
                shared, more_statements, more_texts, forked_segments, loaded.tables = found
                if words.statements.keys().isdisjoint(shared.statements) and words.texts.keys().isdisjoint(
                    shared.texts
                ):  # no file of its is one of this process's: the counts add up (perf16: ~0.1 s less after the wait)
                    counts = WordCounts.counted(
                        added(own[0], more_statements, shared.count_statements()),
                        added(own[1], more_texts, shared.count_texts()),
                    )
                else:
                    words.merge(shared.statements, shared.texts)
                copied = part  # copied in by the finishing thread
            else:
                _fact_tables(db, ((pos, fact) for _, pos, fact in facts), brief)
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
    # installing, it is not scanned by the collections the steps after loading set off (~1 s at 100,000 facts), and it
    # joins the oldest generation as the pause ends (~0.6 s more when it was left young to be scanned then, see
    # `_gc_paused`)
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

        def tables() -> dict[str, str]:
            """The word table and language model linked in (on a fresh cache directory built then, ~0.3-2 s) and
            hashed (~0.1 s; taken from the cache directory's record while unchanged, see `_shared_sha256`): by the
            second process once its rows are written, when there is one (it ends before this one has written its
            own: perf23, 0.5-1.4 s before at 100,000 facts), else by `meanwhile`. Their SHA-256 by path in the
            snapshot."""
            save_tables(work / INDEX_DIR, cache_dir)
            linked = [
                path
                for path in sorted((work / INDEX_DIR).rglob("*"))
                if path.is_file() and not path.relative_to(work / INDEX_DIR).parts[0].startswith(".")
            ]
            return {
                path.relative_to(work).as_posix(): sha
                for path, sha in _shared_sha256(linked, cache_dir / SHARED_RECORD).items()
            }

        def meanwhile(layout: Layout) -> None:
            """What needs none of the rows, done while the second process (if any) still works: the record's parts
            of the brief alone (~0.15 s, perf16), and the tables when no second process links them in."""
            assert loaded is not None
            if loaded.layout is None:  # compiled in one process
                known.update((rel, (work / rel, sha)) for rel, sha in tables().items())
            parts.append(record_parts(loaded.brief, layout, shas))

        try:
            rows = work / FACTS_FILE
            loaded = _load_for_compile(
                root, shas, _part_file(rows), _segments_dir(work / INDEX_DIR), split=split, tables=tables
            )
            brief = loaded.brief
            write_shell(brief, work)
            layout = _write_facts(loaded, rows, work / INDEX_DIR, meanwhile=meanwhile)
            known.update((rel, (work / rel, sha)) for rel, sha in loaded.tables.items())  # (the second process's)
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
    """answering's English word table and language model, beside the index in `index_dir` (bot/english_tables.py):
    built once per cache directory, outside any snapshot, and linked into each."""
    from bot.english_tables import LANGID, TABLE, save_language_model, save_word_table

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
