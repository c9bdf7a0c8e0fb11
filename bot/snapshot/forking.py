"""A large brief's full compile split between two processes: this one forks a second (`_fork_rows`) that validates
the later segments' fact files and works out their rows and index segments, while this one does the others
(`_load_for_compile`); any problem or failure on either side compiles the brief again in one process
(`_SplitFailed`).
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import pickle
import signal
import threading
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from bot.errors import BriefError
from bot.factbase import Brief
from bot.records import FactData
from bot.snapshot.indexing import _Writings
from bot.snapshot.layout import Layout, _layout, _layout_of, fact_file_names, position
from bot.snapshot.vocabulary import FileWords
from bot.snapshot.writing import _INSERT, _fact_tables, _new_rows, _Rows

if TYPE_CHECKING:
    from bot.brief import ParsedFile


log = logging.getLogger(__name__)

PARALLEL_MIN = 20_000  # facts from which compiling validates and works out some rows in a second process
# of the fact files, about, validated, worked out and indexed by that process (whole segments: see `_child_groups`);
# this one also reads and parses every fact file before starting it and indexes the glossary, and fills its own
# facts' citation tables before waiting for it, then builds the indexes over every row and installs the snapshot.
# Half: at 100,000 facts (8 segments) both then finish their rows at about the same time (perf12: with 0.6, 5
# segments of 8, this process waited ~7 s of ~20)
CHILD_SHARE = 0.5


CHECK_EVERY = 1000  # rows worked out between looks at whether the second process loaded its half of the brief


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
    tables: dict[str, str] = field(default_factory=dict)  # what it linked in beside the index, by path: SHA-256


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


def _load_for_compile(
    root: Path,
    shas: Mapping[str, str],
    part: Path,
    segments: Path,
    *,
    split: bool,
    tables: Callable[[], dict[str, str]] = dict,
) -> _Loaded:
    """The brief at `root` loaded for a full compile (`shas`: its files' SHA-256 by label, as the key was worked
    out). Its fact files are read and parsed first; then, for a large brief (`split`, and see `_may_fork`), a
    second process (`_fork_rows`) validates the later segments' files and works out their rows while this one
    validates the others: each checks its own files in full and the other's across files only (ids, former ids,
    links), so loading costs each about half (perf16: ~0.6 s of ~1.3 at 100,000 facts), and this process holds
    half the facts. A problem found on either side compiles it again in one process (`_SplitFailed`), which names
    every problem in order. `tables`: what that process does once its rows are written (see `_fork_rows`)."""
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
        mine,
        layout,
        first,
        part,
        segments,
        say,
        tables,
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
    others: Mapping[str, ParsedFile],
    layout: Layout,
    first: int,
    part: Path,
    segments: Path,
    say: int,
    tables: Callable[[], dict[str, str]] = dict,
) -> int | None:
    """In a child process (fork): load the brief at `root` with its fact files `parsed` validated in full and the
    `others` checked across files only (`bot.brief.load_brief`'s `checked`, worked out there: perf28, ~0.02 s at
    100,000 facts the parent no longer spends before forking), then write the rows of the facts of `layout`'s
    segments from `first` on, and their `cites` and `describes` rows, into `part`, their segments of the index in
    `segments`/0, /1… as `_Writings` does, and their words and segment entries beside `part` (`part`.words, see
    `_forked_words`), then calls `tables` (files it links in beside the index: their SHA-256 by path, handed over
    with its words); the child's id, or None when no process could be started. Once its half is loaded it writes
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
        from bot.brief import checked_file, load_brief

        checked = {label: checked_file(found) for label, found in others.items()}
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
        # their citations, parts and reporting passed on, copied in with them
        _fact_tables(db, ((pos, fact) for _, pos, fact in facts), brief)
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
                 dict(enumerate(entries, start=first)), tables())  # fmt: skip
        part.with_suffix(".words").write_bytes(pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL))
        status = 0
    except BriefError:
        status = 3  # said by the compile in one process, with every other problem
    except Exception:
        log.exception("working out fact rows in a second process failed")
    finally:
        os._exit(status)  # never back into the caller's code: the parent carries on from here


Forked = tuple[FileWords, Counter[str], Counter[str], dict[int, dict[str, object] | None], dict[str, str]]


def _forked_words(pid: int, part: Path) -> Forked:
    """Wait for `_fork_rows`'s child; the words and texts of its rows' first fact file (`FileWords`), for the
    others how many files hold each statement word and each text (see `WordCounts`), and its segments' entries
    (see `_Writings.finish`, by segment), and the SHA-256 of what it linked in beside the index (by path);
    `_SplitFailed` when it failed. (The file is a pickle this process's own copy wrote a moment ago, in its private
    directory.)"""
    code = _exit_code(pid)
    words = part.with_suffix(".words")
    if code != 0 or not words.is_file():
        raise _failed(code)
    shared, statements, texts, entries, tables = pickle.loads(words.read_bytes())
    return shared, statements, texts, entries, tables
