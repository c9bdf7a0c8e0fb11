"""The saved search index a compile writes (bot/search.py): one index being written per segment (`_Writings`),
those segments composed into the index a snapshot serves (`compose_index`, their files linked, not copied), and its
vocabulary files (`write_words`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import TYPE_CHECKING

from bot.factbase import Brief

if TYPE_CHECKING:
    from bot.search import IndexWriting


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
