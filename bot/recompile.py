"""Incremental compiles: a brief whose fact files changed is compiled from its previous snapshot.

A full compile of a large brief spends its time on every fact (parsing and validating it, its row, its search
document; ~14 CPU-s at 100,000 facts). When only fact files changed since the brief's last snapshot, nearly all of
that still holds: `recompile` copies the previous snapshot's fact rows and drops the changed files' rows, validates
only the changed files (the checks across files, on ids, former ids and links, still run over every fact, from
records of what each file holds: see `bot.brief.load_brief`'s `checked`), writes their rows, and writes again only
the index segments holding a changed file (`bot.snapshot.layout.SEGMENTS`), linking the others in. Each fact keeps
its position (`bot.snapshot.layout.POS_BITS`), so nothing else moves.

The result answers exactly as a full compile of the same brief: BM25 reads its statistics (document counts, term
frequencies, field lengths) summed over the segments, and a segment written again holds no deleted documents. Any
other change (brief.yaml, sources, seeds, glossary, the code) affects every fact, and compiles in full. So does any
doubt: a previous snapshot whose files do not match its manifest's SHA-256, a record that cannot be read, a brief
with a problem (the full compile then reports every problem), or any error on the way, said in one line.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import shutil
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bot.errors import BriefError
from bot.factbase import Brief, _gc_paused
from bot.records import IndexedRow, decode
from bot.snapshot.compiling import install, write_shell
from bot.snapshot.files import FACTS_FILE, FORMAT, INDEX_DIR, MANIFEST, RECORD_FILE
from bot.snapshot.indexing import _segment_files, _Writings, compose_index, saved_index_dir, write_words
from bot.snapshot.layout import KEY_GAP, MAX_KEY, POS_BITS, Group, Layout, fact_file_names, position
from bot.snapshot.serving import Compiled, _read
from bot.snapshot.vocabulary import FileWords, WordCounts
from bot.snapshot.writing import _INSERT, _links_json, _Rows, _unsynced, add_fact_tables, count_rows

if TYPE_CHECKING:
    from bot.brief import Checked, CheckedFile
    from bot.records import FactData

log = logging.getLogger(__name__)

RECORD_VERSION = 3  # 3: `Checked.borrows`
COPY_CHUNK = 1 << 20


@dataclass
class FileRecord:
    """A fact file as the snapshot holds it: its SHA-256, its key (see POS_BITS), its facts' ids in order, and what
    the checks across files read of those with former ids, links or a figure (the others give only their id)."""

    sha256: str
    key: int
    ids: list[str]
    checked: dict[int, Checked]

    def checked_file(self) -> CheckedFile:
        from bot.brief import CheckedFile

        return CheckedFile(self.sha256, self.ids, self.checked)


@dataclass
class Record:
    """What a snapshot's later recompile reuses (RECORD_FILE, a pickle written and read only here, checked
    against the snapshot's manifest first)."""

    version: int
    inputs: dict[str, str]  # SHA-256 of every file the snapshot key was worked out from, by label
    files: dict[str, FileRecord]  # by fact file as `Brief.fact_files` names it, in brief order
    groups: list[Group]
    links: dict[str, tuple[str, str]]  # fact id -> (related, differs) rows of the facts with any link
    index_name: str  # the saved index's directory under INDEX_DIR
    words: WordCounts  # the vocabulary, counted


def _label(rel: str) -> str:
    return f"brief/{Path(rel).as_posix()}"


def _file_ids(brief: Brief, names: list[str], reused: Mapping[str, FileRecord]) -> dict[str, list[str]]:
    """Every fact file's fact ids in order (empty files too, `names` in brief order): a reused file's from its
    record (`load_brief` took them from there), the others' from the facts read now."""
    from bot.brief import Checked

    out: dict[str, list[str]] = {rel: reused[rel].ids if rel in reused else [] for rel in names}
    for fact_id, fact in brief.facts.items():  # the facts read now, and a few of the others (see load_brief)
        if not isinstance(fact, Checked):
            out.setdefault(brief.fact_files[fact_id], []).append(fact_id)
    return out


def _links(brief: Brief) -> dict[str, tuple[str, str]]:
    """The related and differs rows of the facts with any link (by fact id)."""
    linked = [fact_id for fact_id, found in brief.related.items() if found]
    linked += [fact_id for fact_id, found in brief.differs.items() if found]
    return {
        fact_id: (_links_json(brief.related.get(fact_id, [])), _links_json(brief.differs.get(fact_id, [])))
        for fact_id in dict.fromkeys(linked)
    }


def _extras(brief: Brief, ids: list[str]) -> dict[int, Checked]:
    from bot.brief import Checked
    from bot.models import Fact

    out: dict[int, Checked] = {}
    for i, fact_id in enumerate(ids):
        fact = brief.facts.get(fact_id)  # None: a fact another process checked, with nothing to record
        if isinstance(fact, Checked):  # one it checked, recorded as that process would
            out[i] = fact
        elif isinstance(fact, Fact) and (fact.aliases or fact.related or fact.differs or fact.figure is not None):
            out[i] = Checked.of(fact)
    return out


RecordParts = tuple[dict[str, FileRecord], dict[str, tuple[str, str]]]


def record_parts(brief: Brief, layout: Layout, shas: dict[str, str]) -> RecordParts:
    """What a full compile's record holds of the brief alone (its files' records and its facts' links): worked out
    before the rows are finished, while the second process compiling them still works (perf16)."""
    files = {
        rel: FileRecord(shas[_label(rel)], key, ids, _extras(brief, ids)) for rel, (key, ids) in layout.files.items()
    }
    return files, _links(brief)


def write_record(
    work: Path, brief: Brief, layout: Layout, shas: dict[str, str], parts: RecordParts | None = None
) -> None:
    """A full compile's record (`Record`) in the snapshot being written in `work`; `parts`: `record_parts`' for
    this brief and layout, when worked out already."""
    files, links = parts if parts is not None else record_parts(brief, layout, shas)
    index_name = saved_index_dir(brief, work / INDEX_DIR).name
    assert layout.words is not None  # counted as the facts were written
    record = Record(RECORD_VERSION, dict(shas), files, layout.groups, links, index_name, layout.words)
    (work / RECORD_FILE).write_bytes(pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL))


class _Unusable(Exception):
    """The previous snapshot cannot be reused (said in the log line)."""


def recompile(root: Path, cache_dir: Path, key: str, shas: dict[str, str], started: float) -> Compiled | None:
    """The brief compiled from its previous snapshot under `cache_dir` (see the module's docstring); None when it
    must be compiled in full: there is no previous snapshot, something other than fact files changed, the brief
    has a problem, or anything failed (one line in the log)."""
    previous = _previous(cache_dir, root)
    if previous is None:
        return None
    directory, manifest = previous
    try:
        work = Path(tempfile.mkdtemp(prefix=".compiling-", dir=cache_dir))
    except OSError:
        return None  # the full compile says why the cache cannot be written
    try:
        record = _record(directory, manifest)
        if record is None:
            return None
        with _gc_paused():
            return _recompile(root, cache_dir, key, shas, directory, manifest, record, work, started)
    except BriefError:
        return None  # the full compile reports every problem
    except Exception as exc:
        log.warning("could not compile %s from its previous snapshot (%s): compiling it in full", root, _said(exc))
        log.debug("recompile failed", exc_info=True)
        return None
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _said(exc: Exception) -> str:
    return str(exc) if isinstance(exc, _Unusable) else f"{type(exc).__name__}: {exc}"


def _previous(cache_dir: Path, root: Path) -> tuple[Path, dict[str, object]] | None:
    """The brief's latest snapshot in the cache directory that has a record, and its manifest."""
    found: list[tuple[int, Path, dict[str, object]]] = []
    where = str(root.resolve())
    try:
        children = list(cache_dir.iterdir())
    except OSError:
        return None
    for other in children:
        if other.name.startswith(".") or not other.is_dir():
            continue
        try:
            path = other / MANIFEST
            manifest = json.loads(path.read_text(encoding="utf-8"))
            files = manifest.get("files", {})
            if manifest.get("root") == where and manifest.get("format") == FORMAT and RECORD_FILE in files:
                found.append((path.stat().st_mtime_ns, other, manifest))
        except (OSError, ValueError, AttributeError):
            continue
    if not found:
        return None
    _, directory, manifest = max(found, key=lambda entry: entry[0])
    return directory, manifest


def _checked(directory: Path, manifest: dict[str, object], rel: str) -> str:
    """The SHA-256 the manifest gives a file of the previous snapshot, once the file is seen to match it."""
    files = manifest["files"]
    assert isinstance(files, dict)
    size, _, sha = files[rel]
    path = directory / rel
    if path.stat().st_size != size or _sha256(path) != sha:
        raise _Unusable(f"its {rel} does not match its manifest")
    return str(sha)


def _sha256(path: Path) -> str:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def _record(directory: Path, manifest: dict[str, object]) -> Record | None:
    _checked(directory, manifest, RECORD_FILE)
    try:
        record = pickle.loads((directory / RECORD_FILE).read_bytes())
    except Exception:  # whole (its hash is right) but written by other code: a full compile, nothing to say
        log.debug("the record of %s does not read", directory, exc_info=True)
        return None
    if not isinstance(record, Record) or record.version != RECORD_VERSION:
        return None
    return record


def _copy_checked(source: Path, target: Path, sha: str) -> None:
    """Copy a file, checking on the way that its SHA-256 is `sha`."""
    digest = hashlib.sha256()
    with source.open("rb") as fh, target.open("wb") as out:
        while chunk := fh.read(COPY_CHUNK):
            digest.update(chunk)
            out.write(chunk)
    if digest.hexdigest() != sha:
        raise _Unusable(f"its {source.name} does not match its manifest")


def _keys(now: list[str], old: dict[str, int]) -> dict[str, int]:
    """Each fact file's key: its own when it had one, else one between its neighbours' (see POS_BITS)."""
    keys: dict[str, int] = {}
    waiting: list[str] = []
    last = 0

    def place(upper: int) -> None:
        step = (upper - last) // (len(waiting) + 1)
        if step < 1:
            raise _Unusable("no room for the new fact files' positions")
        for n, rel in enumerate(waiting, start=1):
            keys[rel] = last + n * step
        waiting.clear()

    for rel in now:
        if rel not in old:
            waiting.append(rel)
            continue
        if old[rel] <= last:
            raise _Unusable("its fact files are out of order")
        place(old[rel])
        keys[rel] = last = old[rel]
    place(last + KEY_GAP * (len(waiting) + 1))
    if keys and max(keys.values()) >= MAX_KEY:
        raise _Unusable("no room for the new fact files' positions")
    return keys


def _recompile(
    root: Path,
    cache_dir: Path,
    key: str,
    shas: dict[str, str],
    directory: Path,
    manifest: dict[str, object],
    record: Record,
    work: Path,
    started: float,
) -> Compiled | None:
    import orjson

    from bot.brief import load_brief
    from bot.search import OTHER_FILE, WORDS_FILE, entity_doc, fact_doc

    names = fact_file_names(root)
    facts_labels = {_label(rel) for rel in record.files} | {_label(rel) for rel in names}
    other = sorted(label for label in set(record.inputs) | set(shas)
                   if record.inputs.get(label) != shas.get(label) and label not in facts_labels)  # fmt: skip
    if other:
        log.debug("recompile: %s changed, compiling in full", other[0])
        return None
    reused = {rel: found for rel, found in record.files.items() if shas.get(_label(rel)) == found.sha256}
    brief = load_brief(root, checked={Path(rel).as_posix(): found.checked_file() for rel, found in reused.items()})
    file_ids = _file_ids(brief, names, reused)
    now = list(file_ids)
    gone = [rel for rel in record.files if rel not in reused]  # changed or removed: their rows go
    keys = _keys(now, {rel: found.key for rel, found in record.files.items() if rel in file_ids})

    # segments: a new file joins its predecessor's; those holding a changed, new or removed file are written again
    old_group = {rel: g for g, group in enumerate(record.groups) for rel in group.files}
    groups = [Group([], group.segment) for group in record.groups]
    touched = {old_group[rel] for rel in gone}
    current = 0
    for rel in now:
        current = old_group.get(rel, current)
        groups[current].files.append(rel)
        if rel not in reused:
            touched.add(current)
    if not touched:  # no fact file changed, yet the snapshot is not current: the code or the format changed
        log.debug("recompile: no fact file changed, compiling in full")
        return None
    for g in touched:
        groups[g].segment = None

    # the rows: the previous snapshot's, less the changed files', plus theirs
    rows_path = work / FACTS_FILE
    _copy_checked(directory / FACTS_FILE, rows_path, _checked_sha(manifest, FACTS_FILE))
    db = _unsynced(rows_path)
    gone_words, new_words = FileWords(), FileWords()  # of the changed and removed files as they were; as they are
    rows = _Rows(brief, new_words)
    try:
        for rel in gone:
            first, end = position(record.files[rel].key, 0), position(record.files[rel].key + 1, 0)
            for (data,) in db.execute("SELECT data FROM facts WHERE pos >= ? AND pos < ? ORDER BY pos", (first, end)):
                gone_words.add(rel, fact_doc(brief, decode(data, orjson.loads), rows.names))
            db.execute("DELETE FROM facts WHERE pos >= ? AND pos < ?", (first, end))
        gone_keys = {record.files[rel].key for rel in gone}
        if gone_keys:
            marks = ", ".join("?" * len(gone_keys))
            tables = (
                *("cites", "names", "telling", "classing", "quoted_classing", "kind_calling"),
                *("quoting", "digits", "counting", "event_words", "passes"),
            )
            for table in tables:
                db.execute(f"DELETE FROM {table} WHERE (pos >> {POS_BITS}) IN ({marks})", tuple(gone_keys))
            gone_ids = [fact_id for rel in gone for fact_id in record.files[rel].ids]
            for start in range(0, len(gone_ids), 500):
                part = gone_ids[start : start + 500]
                db.execute(f"DELETE FROM describes WHERE id IN ({', '.join('?' * len(part))})", part)
        index_dir = work / INDEX_DIR
        segments = index_dir / ".segments"
        writings = _Writings(segments)
        added: list[tuple[object, ...]] = []
        new_facts: list[tuple[int, FactData]] = []
        for g in sorted(touched):
            writing = writings.of(g)
            if g == 0:
                for i, entity in enumerate(brief.entities.values()):
                    writing.index_only(entity_doc(entity), i)
            for rel in groups[g].files:
                file_key = keys[rel]
                if rel in reused:  # indexed again from its rows (its words are counted already)
                    found = db.execute(
                        "SELECT pos, data FROM facts WHERE pos >= ? AND pos < ? ORDER BY pos",
                        (position(file_key, 0), position(file_key + 1, 0)),
                    ).fetchall()
                    for pos, data in found:
                        writing.index_only(fact_doc(brief, IndexedRow(data, orjson.loads), rows.names), int(pos))
                    continue
                for i, fact_id in enumerate(file_ids[rel]):
                    fact: FactData = brief.facts[fact_id]
                    added.append(rows.row(position(file_key, i), fact, writing))
                    new_facts.append((position(file_key, i), fact))
        db.executemany(_INSERT, added)
        add_fact_tables(db, new_facts, brief)
        # links from and to the changed files: rows of unchanged facts whose related or differs changed
        links = _links(brief)
        fresh = {fact.id for _, fact in new_facts}
        for fact_id in set(links) | set(record.links):
            if fact_id not in fresh and links.get(fact_id) != record.links.get(fact_id):
                related, differs = links.get(fact_id, ("[]", "[]"))
                db.execute("UPDATE facts SET related = ?, differs = ? WHERE id = ?", (related, differs, fact_id))
        count_rows(db)
    finally:
        db.close()

    # the index: segments of unchanged files linked from the previous snapshot, the others written again
    finished = writings.finish(len(groups))
    for g in touched:
        groups[g].segment = finished[g]
    previous_index = directory / INDEX_DIR / record.index_name
    # files linked from the previous snapshot keep the hash its manifest gives (`_manifest` checks they are the
    # same file): the reused segments, vocabulary files and the word table and language model every snapshot links
    listed = manifest["files"]
    assert isinstance(listed, dict)
    known: dict[str, tuple[Path, str]] = {rel: (directory / rel, str(entry[2])) for rel, entry in listed.items()}
    target_index = saved_index_dir(brief, index_dir)

    def reuse(path: Path) -> None:
        rel = f"{INDEX_DIR}/{record.index_name}/{path.name}"
        known[f"{INDEX_DIR}/{target_index.name}/{path.name}"] = (path, _checked(directory, manifest, rel))

    for g, group in enumerate(groups):
        if g not in touched and group.segment is not None:
            for path in _segment_files(previous_index, group.segment):
                reuse(path)
    kept = [g for g, group in enumerate(groups) if g == 0 or group.files]
    parts = [(segments / str(g) if g in touched else previous_index, groups[g].segment) for g in kept]
    groups = [groups[g] for g in kept]
    compose_index(target_index, parts)
    shutil.rmtree(segments)
    # the vocabulary: the files' word counts less the changed files' words as they were, plus theirs as they are;
    # a vocabulary file no word came into or left is the previous snapshot's
    words = record.words
    changed = words.update(gone_words, new_words)
    letters, others = any(w.isalpha() for w in changed), any(not w.isalpha() for w in changed)
    if letters or others:
        write_words(target_index, words.vocabulary(), letters=letters, others=others)
    for name, same in ((WORDS_FILE, not letters), (OTHER_FILE, not others)):
        if same:
            os.link(previous_index / name, target_index / name)
            reuse(previous_index / name)

    write_shell(brief, work)
    files = {
        rel: reused[rel] if rel in reused else FileRecord(shas[_label(rel)], keys[rel], ids, _extras(brief, ids))
        for rel, ids in file_ids.items()
    }
    new_record = Record(RECORD_VERSION, dict(shas), files, groups, links, target_index.name, words)
    (work / RECORD_FILE).write_bytes(pickle.dumps(new_record, protocol=pickle.HIGHEST_PROTOCOL))
    target = cache_dir / key
    install(work, target, key, root, cache_dir, known, beside=(directory / INDEX_DIR, record.index_name))
    served = _read(target, key)
    if served is None:
        raise _Unusable("the snapshot it wrote does not read back")
    seconds = time.perf_counter() - started
    log.info(
        "compiled brief %s (%d facts) into %s in %.2f s, from %s: %d of %d fact files unchanged, %d of %d index "
        "segments written again",
        brief.meta.id,
        len(brief.fact_files),
        target,
        seconds,
        directory.name,
        len(reused),
        len(file_ids),
        len(touched),
        len(groups),
    )
    return Compiled(
        brief=served,
        index_dir=target / INDEX_DIR,
        path=target,
        compiled=True,
        seconds=seconds,
        reused=len(reused),
    )


def _checked_sha(manifest: dict[str, object], rel: str) -> str:
    files = manifest["files"]
    assert isinstance(files, dict)
    return str(files[rel][2])
