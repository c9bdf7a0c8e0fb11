"""What a snapshot directory holds: its format, the names of its files, and its manifest.

The manifest (MANIFEST, written last) gives every file's size, modification time and SHA-256; opening a snapshot
checks the sizes and times (bot/snapshot/serving.py), `palantir-ice compile` the hashes too.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from pathlib import Path

FORMAT = "14"  # bump when what a snapshot holds changes (the code hash below catches most changes anyway)
MANIFEST = "manifest.json"
BRIEF_FILE = "brief.pickle"  # everything but the facts (and their files): meta, sources, glossary, aliases, seeds
FACTS_FILE = "facts.sqlite"  # one row per fact, read when asked for
RECORD_FILE = "recompile.pickle"  # what a later compile may reuse, per fact file (bot/recompile.py)
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
