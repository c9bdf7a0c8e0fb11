"""Where a brief's facts go in a snapshot: each fact's position (its file's key and its place in the file: see
POS_BITS) and the index segments of whole fact files (`Group`, `Layout`, SEGMENTS).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot.factbase import Brief
from bot.snapshot.vocabulary import WordCounts

# Positions. A fact's position orders it in the brief (ties in search score, walks over every fact): its file's key
# times 2**POS_BITS plus its place in the file. File keys are spaced KEY_GAP apart at a full compile, so a file added
# later gets a key between its neighbours' and an edited file keeps its own: no other fact moves, and the rows and
# index segments of other files stay valid (bot/recompile.py). Glossary entries come first, at 0, 1, 2…
POS_BITS = 24  # facts a file may hold: 16,777,216 (a fact file may be at most 256 MB)
KEY_GAP = 1 << 16
MAX_KEY = 1 << 38  # positions stay under 2**62: SQLite's integers are signed 64-bit
# The index is written in segments of whole fact files, each segment's documents in a file of its own: a recompile
# writes again only the segments holding a changed file. More segments cost each search a little (a term lookup per
# segment), fewer cost a recompile more documents: up to SEGMENTS of them, none under SEGMENT_FACTS facts.
SEGMENTS = 8
SEGMENT_FACTS = 10_000


def position(key: int, index: int) -> int:
    return key << POS_BITS | index


@dataclass
class Group:
    """The fact files one index segment holds (the first segment also holds the glossary), in brief order."""

    files: list[str]
    segment: dict[str, object] | None = None  # its entry in the index's meta.json, once written (None: no documents)


@dataclass
class Layout:
    """Where a brief's facts go: each fact file's key (see POS_BITS) and its facts' ids, and the segments; once
    written, the brief's vocabulary, counted."""

    files: dict[str, tuple[int, list[str]]]  # fact file (as `Brief.fact_files` names it) -> (key, fact ids)
    groups: list[Group]
    words: WordCounts | None = None
    # the rows file's SHA-256, once the thread finishing it has ended (`_write_facts`)
    rows_sha256: Callable[[], str] | None = None

    def positions(self) -> dict[str, int]:
        return {fid: position(key, i) for key, ids in self.files.values() for i, fid in enumerate(ids)}


def fact_file_names(root: Path) -> list[str]:
    """The brief's fact files as `Brief.fact_files` names them, in brief order (empty ones too)."""
    from bot.brief import _yaml_files

    return [str(path.relative_to(root)) for path in _yaml_files(root / "facts")]


def _layout(brief: Brief) -> Layout:
    """A full compile's layout (see `_layout_of`) of a loaded brief."""
    ids: dict[str, list[str]] = {rel: [] for rel in fact_file_names(brief.root)}
    for fact_id, rel in brief.fact_files.items():
        ids.setdefault(rel, []).append(fact_id)
    return _layout_of(ids)


def _layout_of(ids: dict[str, list[str]]) -> Layout:
    """A full compile's layout of fact files holding `ids` (by file, in brief order): keys KEY_GAP apart, segments
    of whole files of about the same size."""
    files = {rel: ((n + 1) * KEY_GAP, found) for n, (rel, found) in enumerate(ids.items())}
    size = max(SEGMENT_FACTS, -(-sum(map(len, ids.values())) // SEGMENTS))
    groups: list[Group] = [Group([])]
    count = 0
    for rel, (_, found) in files.items():
        if count >= size:
            groups.append(Group([]))
            count = 0
        groups[-1].files.append(rel)
        count += len(found)
    return Layout(files, groups)
