"""What a snapshot directory holds: its format, the names of its files, and its manifest.

The manifest (MANIFEST, written last) gives every file's size, modification time and SHA-256; opening a snapshot
checks the sizes and times (bot/snapshot/serving.py), `palantir-ice compile` the hashes too.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path

FORMAT = "26"  # bump when what a snapshot holds changes (the code hash below catches most changes anyway)
MANIFEST = "manifest.json"
BRIEF_FILE = "brief.pickle"  # everything but the facts (and their files): meta, sources, glossary, aliases, seeds
FACTS_FILE = "facts.sqlite"  # one row per fact, read when asked for
RECORD_FILE = "recompile.pickle"  # what a later compile may reuse, per fact file (bot/recompile.py)
# in the cache directory: the SHA-256 of the files every snapshot links in from there (the word table and language
# model, bot/english_tables.py), by device and inode, with the size and modification time they had when hashed
SHARED_RECORD = ".shared-sha256.json"
INDEX_DIR = "index"


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


def _shared_sha256(paths: Iterable[Path], record: Path) -> dict[Path, str]:
    """The SHA-256 of each of `paths` (files linked from the cache directory's shared files, bot/english_tables.py),
    as `_flushed_sha256` gives it: taken from `record` for a file it lists as it is now (the same device and inode,
    size and modification time: the same file, unchanged, and flushed when it was hashed), else worked out and
    listed there. A compile links the same shared files into every snapshot, ~43 MB hashed again each time
    otherwise (perf28: ~0.06 CPU-s and a flush per compile, the shipped brief's too). `record` is replaced whole, in
    one step, when it changes (it then lists `paths` only)."""
    try:
        known = json.loads(record.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        known = {}
    if not isinstance(known, dict):
        known = {}
    found: dict[Path, str] = {}
    listed: dict[str, list[object]] = {}
    for path in paths:
        stat = path.stat()
        key = f"{stat.st_dev}:{stat.st_ino}"
        entry = known.get(key)
        if (
            isinstance(entry, list)
            and len(entry) == 3
            and entry[:2] == [stat.st_size, stat.st_mtime_ns]
            and isinstance(entry[2], str)
        ):
            sha = entry[2]
        else:
            sha = _flushed_sha256(path)
            after = path.stat()
            if (after.st_size, after.st_mtime_ns) != (stat.st_size, stat.st_mtime_ns):  # changed while read: unlisted
                found[path] = sha
                continue
        found[path] = sha
        listed[key] = [stat.st_size, stat.st_mtime_ns, sha]
    if listed != known:
        scratch = record.with_name(f"{record.name}.{os.getpid()}.tmp")
        try:
            scratch.write_text(json.dumps(listed), encoding="utf-8")
            os.replace(scratch, record)
        except OSError:
            scratch.unlink(missing_ok=True)  # only a record: the next compile hashes them again
    return found
