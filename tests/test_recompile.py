"""Incremental compiles: a brief whose fact files changed, compiled from its previous snapshot, answers exactly as a
full compile of the same brief; anything that touches every fact, or any doubt, compiles in full."""

from __future__ import annotations

import json
import logging
import os
import pickle
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from bot import snapshot
from bot.brief import load_brief
from bot.core import Core
from bot.errors import BriefError
from bot.records import IndexedRow, decode, encode
from bot.search import OTHER_FILE, WORDS_FILE, fact_doc
from bot.snapshot import compile_brief, keys, layout
from tests.generated import generate_brief, questions


def answers_of(compiled: snapshot.Compiled, qs: list[str]) -> list[str]:
    core = Core(compiled.brief, rate_limit=0, cache_dir=compiled.index_dir)
    return [core.ask(q).dump_json() for q in qs]


@pytest.fixture
def small_segments(monkeypatch: pytest.MonkeyPatch) -> None:
    """Segments of a few hundred facts, so that a small brief has several and a recompile reuses some."""
    monkeypatch.setattr(layout, "SEGMENT_FACTS", 300)
    monkeypatch.setattr(layout, "SEGMENTS", 100)


def vocabulary_of(compiled: snapshot.Compiled) -> tuple[str, str, object]:
    """The vocabulary files of a snapshot's index, and the word counts its record keeps for a recompile."""
    assert compiled.path is not None and compiled.index_dir is not None
    index = next(p for p in compiled.index_dir.iterdir() if (p / WORDS_FILE).is_file())
    record = pickle.loads((compiled.path / snapshot.RECORD_FILE).read_bytes())
    words, others = ((index / name).read_text(encoding="utf-8") for name in (WORDS_FILE, OTHER_FILE))
    return words, others, record.words


def tables_of(compiled: snapshot.Compiled) -> dict[str, list[tuple[object, ...]]]:
    """What a snapshot's tables beside the fact rows hold, by fact id (a recompile keeps positions that a full compile
    gives otherwise): the facts passing on reporting and what they state, the entries each fact names, the words its
    telling verbs may name a hearer by, the class nouns' stems it holds (and those qualified in its quotes, by
    source), the stretches it quotes, the topic words of each dated event, the dates and how many facts give each,
    and the facts on each date in the order the date index holds them."""
    assert compiled.path is not None
    db = sqlite3.connect(compiled.path / snapshot.FACTS_FILE)
    try:
        return {
            "passes": db.execute("SELECT source, id, stated FROM passes ORDER BY source, id").fetchall(),
            "names": db.execute(
                "SELECT n.entity, f.id FROM names n JOIN facts f ON f.pos = n.pos ORDER BY n.entity, f.id"
            ).fetchall(),
            "telling": db.execute(
                "SELECT t.word, f.id FROM telling t JOIN facts f ON f.pos = t.pos ORDER BY t.word, f.id"
            ).fetchall(),
            "classing": db.execute(
                "SELECT k.stem, f.id FROM classing k JOIN facts f ON f.pos = k.pos ORDER BY k.stem, f.id"
            ).fetchall(),
            "quoted_classing": db.execute(
                "SELECT w.source, w.stem, f.id FROM quoted_classing w JOIN facts f ON f.pos = w.pos"
                " ORDER BY w.source, w.stem, f.id"
            ).fetchall(),
            "quoting": db.execute(
                "SELECT q.run, f.id FROM quoting q JOIN facts f ON f.pos = q.pos ORDER BY q.run, f.id"
            ).fetchall(),
            "event_words": db.execute(
                "SELECT e.word, f.id FROM event_words e JOIN facts f ON f.pos = e.pos ORDER BY e.word, f.id"
            ).fetchall(),
            "dates": db.execute("SELECT date, facts FROM dates ORDER BY date").fetchall(),
            "days": db.execute(
                "SELECT date, later, id FROM facts WHERE date IS NOT NULL ORDER BY date, later, id"
            ).fetchall(),
        }
    finally:
        db.close()


def edit_json(path: Path, change: Callable[[list[dict[str, object]]], None]) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data["facts"])
    path.write_text(json.dumps(data), encoding="utf-8")


def reworded_and_one_added(facts: list[dict[str, object]]) -> None:
    facts[3]["statement"] = "An edited statement: Palantir's ICE contract money and its surveillance software."
    facts.insert(5, {**facts[0], "id": "added-fact", "related": ["gen-5"], "statement": "A new fact about FALCON."})


def test_a_recompiled_snapshot_answers_as_a_full_compile_of_the_edited_brief(
    tmp_path: Path, small_segments: None
) -> None:
    brief_dir = generate_brief(tmp_path / "brief", 1500, per_file=100)
    cache = tmp_path / "cache"
    assert compile_brief(brief_dir, cache).reused == 0
    qs = questions(300, seed=5)
    facts = brief_dir / "facts"
    edits: list[tuple[str, Callable[[], None]]] = [
        ("one file edited, a fact added that links into another file", lambda: edit_json(
            facts / "generated-007.json", reworded_and_one_added)),
        ("a file added between two others", lambda: (facts / "generated-003a.json").write_text(json.dumps(
            {"facts": [{**json.loads((facts / "generated-003.json").read_text())["facts"][1], "id": "new-file-fact",
                        "statement": "A fact in a new file about the ICE contract renewal."}]}))),
        ("a file deleted", lambda: (facts / "generated-011.json").unlink()),
        ("the new file emptied", lambda: (facts / "generated-003a.json").write_text('{"facts": []}')),
    ]  # fmt: skip
    for n, (what, edit) in enumerate(edits):
        edit()
        recompiled = compile_brief(brief_dir, cache)
        assert recompiled.reused > 0, what
        full = compile_brief(brief_dir, tmp_path / f"full-{n}")
        assert full.reused == 0
        assert list(recompiled.brief.facts) == list(full.brief.facts), what
        assert vocabulary_of(recompiled) == vocabulary_of(full), what
        assert tables_of(recompiled) == tables_of(full), what
        assert answers_of(recompiled, qs) == answers_of(full, qs), what
    assert recompiled.brief.related["gen-5"] == ["added-fact"]  # the link's other end, in an unchanged file


def test_a_recompile_of_the_shipped_brief_keeps_links_aliases_and_differing_figures_as_a_full_compile(
    brief_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(layout, "SEGMENT_FACTS", 40)
    cache = tmp_path / "cache"
    compile_brief(brief_copy, cache)
    path = brief_copy / "facts" / "business-insider-2019.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["facts"][0]["statement"] = "Business Insider said Palantir's staff were split over the ICE work."
    data["facts"][0]["related"] = data["facts"][0]["related"][:2]  # a link to another file's fact dropped
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    recompiled = compile_brief(brief_copy, cache)
    full = compile_brief(brief_copy, tmp_path / "full")
    assert recompiled.reused == 4 and full.reused == 0
    qs = [str(q["q"]) for p in sorted((Path(__file__).parent / "questions").glob("*.yaml"))
          for q in yaml.safe_load(p.read_text(encoding="utf-8"))["questions"]]  # fmt: skip
    assert answers_of(recompiled, qs) == answers_of(full, qs)
    loaded = load_brief(brief_copy)
    for fact_id in loaded.facts:
        assert recompiled.brief.related[fact_id] == loaded.related[fact_id]
        assert recompiled.brief.differs[fact_id] == loaded.differs[fact_id]
    assert recompiled.brief.fact_aliases == loaded.fact_aliases
    assert recompiled.brief.link_notes == loaded.link_notes


def test_a_search_document_from_a_row_alone_is_the_one_from_the_whole_record(tmp_path: Path) -> None:
    """A recompile indexes unchanged facts again from `IndexedRow`s: their documents must be the full compile's."""
    shipped = load_brief()
    generated = load_brief(generate_brief(tmp_path / "brief", 300, per_file=100))
    for brief in (shipped, generated):
        names: dict[tuple[str, ...], str] = {}
        for fact in brief.facts.values():
            assert fact_doc(brief, IndexedRow(encode(fact)), names) == fact_doc(brief, decode(encode(fact))), fact.id


def test_an_edited_glossary_compiles_every_fact_again(brief_copy: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    compile_brief(brief_copy, cache)
    glossary = brief_copy / "glossary" / "core.yaml"
    glossary.write_text(glossary.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    assert compile_brief(brief_copy, cache).reused == 0


def test_a_problem_in_an_edited_file_is_reported_as_a_full_compile_reports_it(brief_copy: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    compile_brief(brief_copy, cache)
    path = brief_copy / "facts" / "the-hill-2019.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["facts"][1]["id"] = data["facts"][0]["id"]  # a duplicate id
    data["facts"][2]["related"] = ["no-such-fact"]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(BriefError) as recompiling:
        compile_brief(brief_copy, cache)
    with pytest.raises(BriefError) as loading:
        load_brief(brief_copy)
    assert recompiling.value.problems == loading.value.problems
    assert len(snapshot_dirs(cache)) == 1  # the previous snapshot only: nothing written for the broken brief


def test_a_duplicate_id_across_an_edited_and_an_unchanged_file_is_refused(brief_copy: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    compile_brief(brief_copy, cache)
    other = yaml.safe_load((brief_copy / "facts" / "vice-2019.yaml").read_text(encoding="utf-8"))["facts"][0]["id"]
    path = brief_copy / "facts" / "the-hill-2019.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["facts"][0]["id"] = other
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(BriefError, match="duplicate fact id"):
        compile_brief(brief_copy, cache)


def snapshot_dirs(cache: Path) -> list[Path]:
    return [p for p in cache.iterdir() if not p.name.startswith(".")]


@pytest.mark.parametrize("damage", ["a byte of the rows flipped, time restored", "the record cut short"])
def test_a_damaged_previous_snapshot_is_not_reused_and_the_full_compile_answers_the_same(
    tmp_path: Path, small_segments: None, caplog: pytest.LogCaptureFixture, damage: str
) -> None:
    brief_dir = generate_brief(tmp_path / "brief", 900, per_file=100)
    cache = tmp_path / "cache"
    first = compile_brief(brief_dir, cache)
    assert first.path is not None
    name = snapshot.FACTS_FILE if damage.startswith("a byte") else snapshot.RECORD_FILE
    path = first.path / name
    stat = path.stat()
    blob = bytearray(path.read_bytes())
    if name == snapshot.FACTS_FILE:
        blob[len(blob) // 2] ^= 0x01
    else:
        del blob[len(blob) // 2 :]
    path.write_bytes(bytes(blob))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    edit_json(brief_dir / "facts" / "generated-004.json", reworded_and_one_added)
    with caplog.at_level(logging.WARNING, logger="bot.recompile"):
        again = compile_brief(brief_dir, cache)
    assert again.reused == 0
    warned = [r for r in caplog.records if r.name == "bot.recompile"]
    assert len(warned) == 1 and "compiling it in full" in warned[0].getMessage() and warned[0].exc_info is None
    full = compile_brief(brief_dir, tmp_path / "full")
    qs = questions(100, seed=9)
    assert answers_of(again, qs) == answers_of(full, qs)


def test_a_recompile_that_fails_midway_leaves_no_snapshot_and_the_full_compile_takes_over(
    tmp_path: Path, small_segments: None, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from bot import recompile

    brief_dir = generate_brief(tmp_path / "brief", 900, per_file=100)
    cache = tmp_path / "cache"
    compile_brief(brief_dir, cache)
    edit_json(brief_dir / "facts" / "generated-002.json", reworded_and_one_added)

    def broken(*_: object, **__: object) -> None:
        raise OSError("disk trouble")

    monkeypatch.setattr(recompile, "compose_index", broken)
    with caplog.at_level(logging.WARNING, logger="bot.recompile"):
        again = compile_brief(brief_dir, cache)
    assert again.reused == 0 and "disk trouble" in caplog.text
    assert not [p for p in cache.iterdir() if p.name.startswith(".compiling-")]
    monkeypatch.undo()
    full = compile_brief(brief_dir, tmp_path / "full")
    qs = questions(100, seed=4)
    assert answers_of(again, qs) == answers_of(full, qs)


def test_a_snapshot_of_several_segments_answers_as_one_of_a_single_segment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Segments listed in brief order break ties in brief order, as one segment does (no refetch by position)."""
    brief_dir = generate_brief(tmp_path / "brief", 1500, per_file=100)
    single = compile_brief(brief_dir, tmp_path / "single")
    monkeypatch.setattr(layout, "SEGMENT_FACTS", 200)
    monkeypatch.setattr(layout, "SEGMENTS", 100)
    several = compile_brief(brief_dir, tmp_path / "several")
    monkeypatch.undo()
    qs = questions(300, seed=2)
    one = Core(single.brief, rate_limit=0, cache_dir=single.index_dir)
    many = Core(several.brief, rate_limit=0, cache_dir=several.index_dir)
    assert one.answerer.index._searcher.num_segments == 1 and many.answerer.index._searcher.num_segments > 5
    assert [many.ask(q).dump_json() for q in qs] == [one.ask(q).dump_json() for q in qs]


def test_a_snapshot_out_of_date_with_no_fact_file_changed_compiles_in_full_without_a_failure(
    brief_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # another snapshot format (or code) with the same brief: nothing for a recompile to write again; it had failed
    # on the segments folder it never made and said "could not compile … from its previous snapshot"
    cache = tmp_path / "cache"
    compile_brief(brief_copy, cache)
    monkeypatch.setattr(keys, "FORMAT", keys.FORMAT + "-next")  # the key changes; the rest reads as before
    with caplog.at_level(logging.INFO):
        again = compile_brief(brief_copy, cache)
    assert again.reused == 0 and not [r for r in caplog.records if r.levelno >= logging.WARNING], caplog.text
