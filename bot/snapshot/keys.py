"""The content hash naming a brief's snapshot (`snapshot_key`): the SHA-256 of every file of the brief, of its seeds
and of the code that reads them (CODE: the whole bot package), with a record of the files' sizes, times and inodes
so that a process starting with an unchanged brief does not hash its files again (`current_hashes`).
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Mapping
from pathlib import Path

from bot.factbase import DEFAULT_SEEDS
from bot.snapshot.files import FORMAT, _sha256

CODE = Path(__file__).resolve().parent.parent  # the bot package (this module is in bot/snapshot/)


def _code_files() -> list[tuple[str, str]]:
    """The code that decides what a snapshot holds and how it is read: every module of the core (answering keeps
    its own tables beside the index), so any change to it compiles again. Labelled ("code/answering/retrieve.py")
    and ordered as `sorted(CODE.rglob("*.py"))` gives them, listed as `_files_below` lists a brief's files: pathlib's
    walk and `relative_to` took ~2.5 ms of every `palantir-ice ask` at ~120 modules (perf40)."""
    return [(label, path) for label, path in _files_below(CODE, "code") if label.endswith(".py")]


def _seeds_dir(root: Path) -> Path | None:
    """The seeds directory `brief.yaml` names, when it lies outside the brief (inside, its files are the brief's)."""
    from bot.brief import read_yaml_safely

    seeds_setting = DEFAULT_SEEDS
    meta = read_yaml_safely(root / "brief.yaml", root)  # None when broken: compiling reports it
    if isinstance(meta, dict) and isinstance(meta.get("seeds"), str):
        seeds_setting = meta["seeds"]
    seeds = (root / seeds_setting).resolve()
    return seeds if seeds.is_dir() and seeds != root and not seeds.is_relative_to(root) else None


def _files_below(top: Path, label: str) -> list[tuple[str, str]]:
    """Every file below `top` (`label` + its path there, and its path), in the order `sorted(top.rglob("*"))`
    gives, filtered with `is_file`: symbolic links to files are files, linked folders are not walked, unreadable
    ones skipped. Listed with `os.scandir`, whose entries know their kind without a stat, as strings, not paths:
    pathlib's took ~30 ms of every start-up at 1,000 files (perf34)."""
    found: list[tuple[list[str], str, str]] = []

    def walk(directory: str, parts: list[str]) -> None:
        try:
            with os.scandir(directory) as listing:
                entries = list(listing)
        except PermissionError:  # as pathlib's glob: a folder that cannot be listed is skipped
            return
        for entry in entries:
            if entry.is_file():
                found.append(([*parts, entry.name], "/".join([*parts, entry.name]), entry.path))
            elif entry.is_dir(follow_symlinks=False):
                walk(entry.path, [*parts, entry.name])

    walk(str(top), [])
    found.sort(key=lambda file: file[0])  # as paths compare: part by part
    return [(f"{label}/{rel}", path) for _, rel, path in found]


def _brief_files(root: Path, seeds: Path | bool | None) -> list[tuple[str, str]]:
    """Every file of the brief and of its seeds directory, labelled and in a stable order."""
    files = _files_below(root, "brief")
    if isinstance(seeds, Path) and seeds.is_dir():
        files += _files_below(seeds, "seeds")
    return files


def _inputs(root: Path, seeds: Path | bool | None) -> list[tuple[str, str]]:
    """Every file the key is worked out from: (label, path)."""
    return _code_files() + _brief_files(root, seeds)


def snapshot_key(root: Path, seeds: Path | bool | None = False) -> str:
    """The content hash naming a brief's snapshot: the brief's place, its files, its seeds and the code (`seeds`:
    the seeds directory when already read from `brief.yaml`)."""
    return snapshot_hashes(root, seeds)[0]


def snapshot_hashes(root: Path, seeds: Path | bool | None = False) -> tuple[str, dict[str, str]]:
    """`snapshot_key`, and the SHA-256 of every file it was worked out from, by label ("brief/facts/a.json")."""
    inputs = _inputs(root, _seeds_dir(root) if seeds is False else seeds)
    shas = {label: _sha256(Path(path)) for label, path in inputs}
    return _key_of(root, shas), shas


def _key_of(root: Path, shas: Mapping[str, str]) -> str:
    digest = hashlib.sha256(f"snapshot v{FORMAT}\x00{root.resolve()}\x00".encode())
    for label, sha in shas.items():
        digest.update(f"{label}\x00{sha}\x00".encode())
    return digest.hexdigest()[:32]


RACY_NS = 2_000_000_000  # a file modified this close to when its stat was recorded may change again unseen


def _stats(inputs: list[tuple[str, str]]) -> list[list[object]]:
    out: list[list[object]] = []
    for label, path in inputs:
        stat = os.stat(path)
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
        now = {label: known.get(label) or _sha256(Path(path)) for label, path in inputs}
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


def _is_brief(root: Path) -> bool:
    """A directory holding a brief.yaml: only then are its files hashed for a key. Another path ("", "/", /usr) is
    loaded as it is, which reports the missing brief.yaml at once instead of hashing every file below it."""
    return (root / "brief.yaml").is_file()
