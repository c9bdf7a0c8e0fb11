"""Opening a brief from its snapshot (`open_brief`): the snapshot named by the brief's current key, checked against
its manifest (`_read`) and served as a `Brief` whose facts are read on demand (bot/snapshot/rows.py); compiled
first (bot/snapshot/compiling.py) when there is none or it fails its check, which is then moved aside
(`_discard`), never served.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import pickle
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from bot.factbase import DEFAULT_BRIEF, Brief
from bot.snapshot.files import BRIEF_FILE, FACTS_FILE, FORMAT, INDEX_DIR, MANIFEST, _sha256
from bot.snapshot.keys import _is_brief, current_key
from bot.snapshot.rows import FactRows, FileRows, LinkRows

log = logging.getLogger(__name__)


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


def _below_a_file(path: Path) -> bool:
    """Whether a folder above `path` is a file (then writing there fails as "it, or a folder above it, is a file")."""
    return any(parent.is_file() for parent in path.parents)


def _in_memory(root: Path, started: float, reason: str) -> Compiled:
    """The brief loaded and validated in this process, no snapshot written (`reason`: why none could be)."""
    from bot.brief import load_brief

    brief = load_brief(root)
    seconds = time.perf_counter() - started
    return Compiled(brief=brief, index_dir=None, path=None, compiled=False, seconds=seconds, unwritable=reason)


def _discard(directory: Path) -> None:
    """Move a bad snapshot aside (one rename, so no reader sees it half-deleted), then delete it."""
    aside = directory.with_name(f".discarded-{directory.name}-{os.getpid()}-{time.monotonic_ns()}")
    try:
        directory.rename(aside)
    except OSError:
        return  # another process moved it first
    shutil.rmtree(aside, ignore_errors=True)


def open_brief(
    root: Path | str | None = None, cache_dir: Path | None = None, *, verify: bool = False, create_parents: bool = True
) -> Compiled:
    """The brief from its current snapshot; compiled first when there is none or it fails its check.

    When the cache directory cannot be written, the brief is loaded and validated in this process instead (the
    reason in `Compiled.unwritable`). A missing cache directory is created, with the folders above it unless
    `create_parents` is False: then a missing parent is such a reason (a CACHE_DIR someone typed, see bot/cli.py).
    """
    started = time.perf_counter()
    root = Path(root) if root is not None else DEFAULT_BRIEF
    cache_dir = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    if not create_parents and not cache_dir.exists() and not cache_dir.parent.exists() and not _below_a_file(cache_dir):
        reason = f"the folder above it, {cache_dir.parent.absolute()}, does not exist"
        log.info("cannot write a snapshot under %s (%s): loading the brief in memory", cache_dir, reason)
        return _in_memory(root, started, reason)
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
    from bot.snapshot.compiling import compile_brief  # (it imports this module)

    try:
        compiled = compile_brief(root, cache_dir)
    except OSError as exc:
        # the caller says so (Compiled.unwritable): once on stderr, or as a failure for `compile`
        log.info("cannot write a snapshot under %s (%s): loading the brief in memory", cache_dir, exc)
        reason = exc.strerror or str(exc)
        if isinstance(exc, FileExistsError | NotADirectoryError) and not cache_dir.is_dir():
            reason = "it, or a folder above it, is a file"  # mkdir's "File exists" names no culprit
        return _in_memory(root, started, reason)
    assert compiled.path is not None
    served = _read(compiled.path, compiled.path.name)  # serve what the next process will: the snapshot itself
    if served is None:  # pragma: no cover - only if the snapshot is damaged between writing and reading it
        return compiled
    return dataclasses.replace(compiled, brief=served, seconds=time.perf_counter() - started)
