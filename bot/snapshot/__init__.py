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

One module per job, from the files up:
    files.py       what a snapshot directory holds: its format, file names and manifest
    keys.py        the content hash naming a snapshot, and the record that spares hashing an unchanged brief again
    rows.py        the fact rows as a serving process reads them
    layout.py      where facts go: positions and index segments
    vocabulary.py  the brief's words, counted by fact file (what a recompile updates)
    writing.py     writing the fact rows and their tables
    indexing.py    writing the search index's segments and composing them
    forking.py     a large brief's full compile split between two processes
    compiling.py   compiling a brief into a snapshot and installing it
    serving.py     opening a brief from its snapshot (compiling it first when needed)
A recompile from the previous snapshot is bot/recompile.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot.snapshot.files import BRIEF_FILE, FACTS_FILE, FORMAT, INDEX_DIR, MANIFEST, RECORD_FILE
from bot.snapshot.keys import current_hashes, current_key, snapshot_hashes, snapshot_key
from bot.snapshot.rows import FactRows, FileRows, LinkRows
from bot.snapshot.serving import Compiled, default_cache_dir, open_brief

if TYPE_CHECKING:
    from bot.snapshot.compiling import compile_brief, install, write_shell

# compiling's names, imported on first use: a process opening a current snapshot compiles nothing, so it imports
# none of the writing modules (compiling, forking, writing, indexing, layout, vocabulary: their dataclasses and
# tables cost every `palantir-ice ask` a few milliseconds); serving.py imports compiling when a snapshot is missing
_COMPILING = frozenset({"compile_brief", "install", "write_shell"})


def __getattr__(name: str) -> Any:
    if name in _COMPILING:
        from bot.snapshot import compiling

        return getattr(compiling, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "BRIEF_FILE",
    "FACTS_FILE",
    "FORMAT",
    "INDEX_DIR",
    "MANIFEST",
    "RECORD_FILE",
    "Compiled",
    "FactRows",
    "FileRows",
    "LinkRows",
    "compile_brief",
    "current_hashes",
    "current_key",
    "default_cache_dir",
    "install",
    "open_brief",
    "snapshot_hashes",
    "snapshot_key",
    "write_shell",
]
