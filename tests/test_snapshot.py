"""Compiled briefs: opened while current, compiled again when stale or damaged, never served half-written."""

from __future__ import annotations

import json
import logging
import os
import pickle
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot import brief as brief_module
from bot import english_tables, snapshot
from bot.answering.articles import OUTLET_KIND
from bot.brief import Brief, load_brief
from bot.class_nouns import (
    AFTER_ARTICLE,
    BEFORE_NAME,
    IN_QUOTE,
    NOUN_KINDS,
    class_texts,
    has_class_word,
    qualified_stems,
    quote_texts,
)
from bot.core import Core
from bot.counted import counted_nouns
from bot.errors import BriefError
from bot.factbase import digit_runs
from bot.records import record_of
from bot.reporting import LONE_LETTER
from bot.search import stem
from bot.snapshot import MANIFEST, compile_brief, compiling, forking, keys, layout, open_brief, vocabulary, writing
from bot.snapshot import rows as snapshot_rows
from tests.conftest import ROOT
from tests.generated import questions


def answers_of(compiled: snapshot.Compiled, qs: list[str]) -> list[str]:
    core = Core(compiled.brief, rate_limit=0, cache_dir=compiled.index_dir)
    return [core.ask(q).dump_json() for q in qs]


def snapshots(cache: Path) -> list[Path]:
    return [p for p in cache.iterdir() if not p.name.startswith(".")]


def forbid_validation(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("the brief was validated again")

    monkeypatch.setattr(brief_module, "load_brief", refuse)  # the snapshot module imports it when compiling


def test_a_current_snapshot_is_opened_without_validating_and_answers_as_a_fresh_load(
    brief_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    first = open_brief(brief_copy, cache)
    assert first.compiled and first.path is not None and first.path.parent == cache
    forbid_validation(monkeypatch)
    again = open_brief(brief_copy, cache)
    assert not again.compiled and again.path == first.path
    qs = questions(60)
    fresh = Core(load_brief(brief_copy), rate_limit=0)
    assert answers_of(again, qs) == [fresh.ask(q).dump_json() for q in qs]
    assert dict(again.brief.facts) == {i: record_of(f) for i, f in fresh.brief.facts.items()}
    assert again.brief.related == fresh.brief.related


def test_an_edited_brief_is_compiled_again_and_the_old_snapshot_is_removed(brief_copy: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    old = open_brief(brief_copy, cache)
    fact_file = next((brief_copy / "facts").glob("*.yaml"))
    data = yaml.safe_load(fact_file.read_text(encoding="utf-8"))
    data["facts"][0]["statement"] = "A statement edited after compiling."
    fact_file.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    new = open_brief(brief_copy, cache)
    assert new.compiled and new.path != old.path
    assert any(f.statement == "A statement edited after compiling." for f in new.brief.facts.values())
    assert snapshots(cache) == [new.path]


def test_an_edited_seed_changes_the_snapshot_key(brief_copy: Path, tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for seed in (ROOT / "seeds").iterdir():
        (seeds / seed.name).write_bytes(seed.read_bytes())
    brief_yaml = brief_copy / "brief.yaml"
    brief_yaml.write_text(brief_yaml.read_text(encoding="utf-8").replace(str(ROOT / "seeds"), str(seeds)), "utf-8")
    before = snapshot.snapshot_key(brief_copy)
    seed = next(seeds.iterdir())
    seed.write_text(seed.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    assert snapshot.snapshot_key(brief_copy) != before


@pytest.mark.parametrize("damage", ["flip a byte of the brief", "cut an index file short", "lose the manifest"])
def test_a_damaged_snapshot_is_compiled_again_never_served(
    brief_copy: Path, tmp_path: Path, damage: str, caplog: pytest.LogCaptureFixture
) -> None:
    cache = tmp_path / "cache"
    good = open_brief(brief_copy, cache)
    assert good.path is not None
    if damage == "flip a byte of the brief":
        blob = bytearray((good.path / snapshot.BRIEF_FILE).read_bytes())
        blob[len(blob) // 2] ^= 0x01
        (good.path / snapshot.BRIEF_FILE).write_bytes(bytes(blob))
    elif damage == "cut an index file short":
        files = json.loads((good.path / MANIFEST).read_text(encoding="utf-8"))["files"]
        biggest = max((rel for rel in files if rel.startswith(snapshot.INDEX_DIR)), key=lambda rel: files[rel][0])
        path = good.path / biggest
        path.write_bytes(path.read_bytes()[: files[biggest][0] // 2])
    else:
        (good.path / MANIFEST).unlink()
    again = open_brief(brief_copy, cache)
    assert again.compiled, "a damaged snapshot was served"
    assert "failed its check" in caplog.text
    qs = questions(30)
    assert answers_of(again, qs) == answers_of(good, qs)


def test_a_byte_changed_in_place_with_its_time_restored_is_caught_by_the_full_check(
    brief_copy: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    good = open_brief(brief_copy, cache)
    assert good.path is not None
    facts = good.path / snapshot.FACTS_FILE
    stat = facts.stat()
    blob = bytearray(facts.read_bytes())
    blob[-100] ^= 0x01
    facts.write_bytes(bytes(blob))
    os.utime(facts, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert open_brief(brief_copy, cache, verify=True).compiled


def test_serving_from_a_snapshot_leaves_it_current(brief_copy: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = open_brief(brief_copy, cache)
    assert answers_of(first, questions(5))
    assert not open_brief(brief_copy, cache, verify=True).compiled


def test_a_broken_brief_writes_no_snapshot_and_names_its_problems(brief_copy: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    (brief_copy / "sources.yaml").unlink()
    with pytest.raises(BriefError, match=r"sources\.yaml"):
        open_brief(brief_copy, cache)
    assert not cache.exists() or snapshots(cache) == []


def test_an_unwritable_cache_falls_back_to_loading_in_memory(brief_copy: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where the cache directory should be", encoding="utf-8")
    loaded = open_brief(brief_copy, blocker / "cache")
    assert loaded.path is None and loaded.index_dir is None
    assert len(loaded.brief.facts) == len(load_brief(brief_copy).facts)


COMPILE = (
    "import sys; from bot.snapshot import compile_brief; c = compile_brief(sys.argv[1], sys.argv[2]); print(c.path)"
)


def test_two_processes_compiling_at_once_leave_one_whole_snapshot(brief_copy: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", COMPILE, str(brief_copy), str(cache)], cwd=ROOT, stdout=subprocess.PIPE, text=True
        )
        for _ in range(3)
    ]
    paths = {proc.communicate(timeout=120)[0].strip() for proc in procs}
    assert [proc.returncode for proc in procs] == [0, 0, 0]
    assert len(paths) == 1
    assert [str(p) for p in snapshots(cache)] == list(paths)
    assert not [p for p in cache.iterdir() if p.name.startswith(".compiling-")], "a temporary directory was left behind"
    assert not open_brief(brief_copy, cache).compiled


def test_compile_command_writes_the_snapshot_that_ask_then_uses(brief_copy: Path, tmp_path: Path) -> None:
    env = {"CACHE_DIR": str(tmp_path / "cache"), "PATH": "", "HOME": str(tmp_path)}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "adapters.cli", "--brief", str(brief_copy), *args]
        return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, check=False)

    first = cli("compile")
    assert first.returncode == 0 and "compiled in" in first.stdout, first.stderr
    assert "already current" in cli("compile").stdout
    (written,) = snapshots(tmp_path / "cache")
    asked = cli("ask", "how much is the ICE contract", "--json")
    assert asked.returncode == 0 and json.loads(asked.stdout)["answered"]
    assert snapshots(tmp_path / "cache") == [written]
    assert "already current" in cli("compile").stdout, "serving from the snapshot changed it"


def test_compile_keeps_validation_whole(brief_copy: Path, tmp_path: Path) -> None:
    fact_file = next((brief_copy / "facts").glob("*.yaml"))
    fact_file.write_text(fact_file.read_text(encoding="utf-8") + "\n  - id: broken\n", encoding="utf-8")
    with pytest.raises(BriefError) as caught:
        compile_brief(brief_copy, tmp_path / "cache")
    assert "broken" in caught.value.message


def age(root: Path, seconds: int = 3600) -> None:
    """Give every file of the brief an old modification time, as a deployed brief has."""
    past = time.time_ns() - seconds * 1_000_000_000
    for path in root.rglob("*"):
        if path.is_file():
            os.utime(path, ns=(past, past))


def test_an_unchanged_brief_is_not_hashed_again_at_start(
    brief_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    age(brief_copy)
    first = open_brief(brief_copy, cache)

    def refuse(_: Path) -> str:
        raise AssertionError("the brief's files were hashed again")

    monkeypatch.setattr(keys, "snapshot_hashes", refuse)
    again = open_brief(brief_copy, cache)
    assert not again.compiled and again.path == first.path


def test_a_file_edited_after_its_stat_was_recorded_is_hashed_and_compiled(brief_copy: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    age(brief_copy)
    first = open_brief(brief_copy, cache)
    sources = brief_copy / "sources.yaml"
    text = sources.read_text(encoding="utf-8")
    sources.write_text(text + "\n# a comment\n", encoding="utf-8")
    again = open_brief(brief_copy, cache)
    assert again.compiled and again.path != first.path


def test_a_change_to_the_core_code_changes_the_snapshot_key(
    brief_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = tmp_path / "code"
    (code / "answering").mkdir(parents=True)
    (code / "answering" / "tables.py").write_text("WORDS = 1\n", encoding="utf-8")
    monkeypatch.setattr(keys, "CODE", code)
    before = snapshot.snapshot_key(brief_copy)
    (code / "answering" / "tables.py").write_text("WORDS = 2\n", encoding="utf-8")
    assert snapshot.snapshot_key(brief_copy) != before


def test_the_snapshot_key_covers_the_whole_bot_package_with_the_snapshot_package_in_it(brief_copy: Path) -> None:
    """The code hash reads every module of the core, the snapshot package's own modules too (its CODE is the bot
    package, two folders up from bot/snapshot/keys.py)."""
    _, shas = snapshot.snapshot_hashes(brief_copy)
    package = Path(snapshot.__file__).parent
    assert {f"code/snapshot/{p.name}" for p in package.glob("*.py")} <= set(shas)
    assert {"code/recompile.py", "code/search.py", "code/answering/retrieve.py"} <= set(shas)


def test_the_code_is_listed_without_pathlib_in_the_order_and_labels_its_walk_gave(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every start works out the key from the code's files: listed with `os.scandir` (pathlib's `rglob` and
    `relative_to` were ~2.5 ms of every `palantir-ice ask`), the same files, labels and order, so a snapshot
    compiled before stays current."""
    walked = [(f"code/{p.relative_to(keys.CODE).as_posix()}", str(p)) for p in sorted(keys.CODE.rglob("*.py"))]

    def no_walk(*args: object) -> None:
        raise AssertionError("the code was listed with pathlib")

    monkeypatch.setattr(Path, "rglob", no_walk)
    assert keys._code_files() == walked and len(walked) > 100


def _probe(code: str) -> list[str]:
    """What `code` prints, split in words, run in a fresh Python process (with sys, Path, open_brief and
    compile_brief imported): what a process imports is seen only in one of its own."""
    prelude = "import sys; from pathlib import Path; from bot.snapshot import compile_brief, open_brief; "
    done = subprocess.run([sys.executable, "-c", prelude + code], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_a_process_starting_from_a_current_snapshot_imports_no_yaml_parser(brief_copy: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    age(brief_copy)
    open_brief(brief_copy, cache)
    printed = _probe(
        f"c = open_brief(Path({str(brief_copy)!r}), Path({str(cache)!r})); print(c.compiled, 'yaml' in sys.modules)"
    )
    assert printed == ["False", "False"]


def test_compiling_a_brief_imports_no_answering_module(brief_copy: Path, tmp_path: Path) -> None:
    """The word table and language model a snapshot holds are built outside the answering package (perf23: its
    import cost every compile ~0.3 s)."""
    printed = _probe(
        f"c = compile_brief(Path({str(brief_copy)!r}), Path({str(tmp_path / 'cache')!r})); "
        "print(c.compiled, sorted(m for m in sys.modules if m.startswith('bot.answering')))"
    )
    assert printed == ["True", "[]"]
    assert (tmp_path / "cache" / f".{english_tables.TABLE}").is_file()


def test_seeds_moved_to_another_directory_are_followed_by_later_starts(brief_copy: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    age(brief_copy)
    first = open_brief(brief_copy, cache)
    moved = tmp_path / "moved-seeds"
    moved.mkdir()
    for seed in (ROOT / "seeds").iterdir():
        (moved / seed.name).write_bytes(seed.read_bytes())
    brief_yaml = brief_copy / "brief.yaml"
    brief_yaml.write_text(brief_yaml.read_text(encoding="utf-8").replace(str(ROOT / "seeds"), str(moved)), "utf-8")
    age(brief_copy)
    age(moved)
    second = open_brief(brief_copy, cache)
    assert second.compiled and second.path != first.path
    assert not open_brief(brief_copy, cache).compiled
    seed = next(moved.iterdir())
    seed.write_text(seed.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    third = open_brief(brief_copy, cache)
    assert third.compiled and third.path not in (first.path, second.path)


def test_the_snapshots_language_model_classifies_exactly_as_the_packaged_one(brief_copy: Path, tmp_path: Path) -> None:
    from bot.answering.english import English

    compiled = open_brief(brief_copy, tmp_path / "cache")
    assert compiled.index_dir is not None
    saved, packaged = English(compiled.index_dir), English(None)
    texts = [*questions(200), "qué es FALCON?", "was ist Palantir?", "où est la manifestation ?", "ÉTÉ", "é", "a b"]
    expected = [packaged.language(t) for t in texts]
    assert [saved.language(t) for t in texts] == expected
    assert [saved.language(t) for t in texts] == expected, "differs once the entries walked are kept"
    from bot.answering.english import _FileArray

    assert saved._langid is not None and isinstance(saved._langid.tk_nextmove, _FileArray), "not read from the file"


def test_the_snapshots_plain_language_decisions_are_py3langids_without_loading_it(
    brief_copy: Path, tmp_path: Path
) -> None:
    """`English.foreign` decides from the saved model's arrays in plain Python (no numpy) exactly as py3langid's own
    scores decide, at each threshold the understander uses, and never loads py3langid for these texts."""
    from bot.answering.english import English

    compiled = open_brief(brief_copy, tmp_path / "cache")
    assert compiled.index_dir is not None
    plain, packaged = English(compiled.index_dir), English(None)
    texts = [*questions(300), "qué es FALCON?", "was ist Palantir?", "où est la manifestation ?", "ÉTÉ", "é", "a b"]
    texts += ["Wer hat den Vertrag unterschrieben?", "quem assinou a carta", "qui est le PDG de Palantir ?", "!!"]
    for sure in (0.5, 0.8, 0.95):
        expected = [lang != "en" and prob >= sure for lang, prob in map(packaged.language, texts)]
        assert [plain.foreign(t, sure) for t in texts] == expected, sure
    assert any(plain.foreign(t, 0.95) for t in texts) and not all(plain.foreign(t, 0.5) for t in texts)
    assert plain._langid is None, "py3langid was loaded: a decision was too close to call"


def test_a_second_compile_in_a_cache_builds_neither_the_word_table_nor_the_language_model(
    brief_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot import english_tables as english

    cache = tmp_path / "cache"
    first = open_brief(brief_copy, cache)

    def refuse() -> None:
        raise AssertionError("built again")

    monkeypatch.setattr(english, "_build_table", refuse)
    monkeypatch.setattr(english, "_packaged_language_model", refuse)
    fact_file = next((brief_copy / "facts").glob("*.yaml"))
    fact_file.write_text(fact_file.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    second = open_brief(brief_copy, cache)
    assert second.compiled and second.path != first.path and second.index_dir is not None
    assert (second.index_dir / english.TABLE_DB).is_file()
    assert (second.index_dir / english.LANGID / "meta.json").is_file()


def test_the_snapshots_word_rows_give_the_frequencies_of_the_word_table(brief_copy: Path, tmp_path: Path) -> None:
    from bot.answering.english import English
    from bot.text import words

    compiled = open_brief(brief_copy, tmp_path / "cache")
    assert compiled.index_dir is not None
    saved, table = English(compiled.index_dir), English(None)
    asked = sorted({w for q in questions(300) for w in words(q)} | {"the", "company", "falcon", "zzzqx", ""})
    assert [saved.zipf(w) for w in asked] == [table.zipf(w) for w in asked]
    assert saved._zipf is None, "the whole table was loaded"


def test_the_snapshots_rare_word_rows_give_wordfreqs_full_list_zipf_without_loading_it(
    brief_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`English.rare_zipf` of a plain word (ASCII letters and digits in lower case, no run of digits) is read from the
    compiled rows (`rare`), as wordfreq's full list gives it, so that no question pays for loading that list (~0.4 s
    on the first unknown word); the list is never asked once the snapshot is compiled."""
    import wordfreq

    from bot.answering.english import English
    from bot.text import words

    compiled = open_brief(brief_copy, tmp_path / "cache")
    assert compiled.index_dir is not None
    asked = sorted({w for q in questions(1000) for w in words(q) if english_tables.plain_word(w)})
    asked += ["saito", "reyna", "grps", "okoro", "lindt", "zzzqx", "tto", "ponting", "hoss", "july1", "1st", "x2x"]
    expected = [float(wordfreq.zipf_frequency(w, "en", wordlist="large")) for w in asked]
    assert any(0 < z < 3 for z in expected) and 0.0 in expected

    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("wordfreq's list was asked while answering")

    monkeypatch.setattr(wordfreq, "zipf_frequency", refuse)
    monkeypatch.setattr(wordfreq, "get_frequency_dict", refuse)
    assert [English(compiled.index_dir).rare_zipf(w) for w in asked] == expected


def test_a_plain_word_is_its_own_one_token_to_wordfreq() -> None:
    """The rule `rare_centizipf` and `English.rare_zipf` rely on: wordfreq reads a plain word as itself."""
    from wordfreq import lossy_tokenize

    for w in ["tto", "july1", "1st", "x2x", "a1b2", "z", "7"]:
        assert english_tables.plain_word(w) and lossy_tokenize(w, "en") == [w], w
    assert not any(map(english_tables.plain_word, ["2018", "49m5", "where's", "caf\u00e9", "Lind", "op-ed", ""]))


def test_the_rare_rows_are_wordfreqs_zipf_frequencies_of_its_full_list() -> None:
    """`rare_centizipf` works out wordfreq's own `zipf_frequency` of each word it keeps (every 40th compared)."""
    import wordfreq

    rare = english_tables.rare_centizipf()
    kept = sorted(rare)[::40]
    assert len(kept) > 5000
    assert [rare[w] / 100 for w in kept] == [wordfreq.zipf_frequency(w, "en", wordlist="large") for w in kept]


def test_the_word_rows_written_for_one_cache_are_copied_for_another_of_the_same_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A process compiling into a second cache directory copies the rows it wrote for the first (writing the ~290,000
    rare words again took ~1 s a compile); a table of other bytes has its rows written anew."""
    english_tables.save_word_table(tmp_path / "a" / "index", tmp_path / "a" / "english.json")
    written: list[Path] = []
    write = english_tables._write_rows

    def write_and_note(table: dict[str, float], path: Path) -> None:
        written.append(path)
        write(table, path)

    monkeypatch.setattr(english_tables, "_write_rows", write_and_note)
    english_tables.save_word_table(tmp_path / "b" / "index", tmp_path / "b" / "english.json")
    assert written == [] and english_tables._usable_rows(tmp_path / "b" / "index" / english_tables.TABLE_DB)
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "english.json").write_text('{"lind": 2.5}', encoding="utf-8")
    english_tables.save_word_table(tmp_path / "c" / "index", tmp_path / "c" / "english.json")
    assert written == [tmp_path / "c" / f".{english_tables.TABLE_DB}"]


def _asked_served_and_fresh(
    brief_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qs: list[str]
) -> tuple[list[str], list[str]]:
    """The answers (as JSON) to `qs` from the compiled brief, served with its fact rows never walked whole (`values`
    and `items` refused after start-up, which reads every fact once), and from the same brief loaded fresh."""
    compiled = open_brief(brief_copy, tmp_path / "cache")
    served = Core(compiled.brief, rate_limit=0, cache_dir=compiled.index_dir)

    def refuse() -> None:
        raise AssertionError("every row was read")

    monkeypatch.setattr(compiled.brief.facts, "values", refuse)
    monkeypatch.setattr(compiled.brief.facts, "items", refuse)
    fresh = Core(load_brief(brief_copy), rate_limit=0)
    return [served.ask(q).dump_json() for q in qs], [fresh.ask(q).dump_json() for q in qs]


def _served_without_walking_rows(
    brief_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[snapshot.Compiled, Brief]:
    """The brief served from its snapshot, whose fact rows fail the test if anything walks all of them, and the
    same brief loaded fresh from its files to compare with."""
    compiled = open_brief(brief_copy, tmp_path / "cache")
    rows = compiled.brief.facts
    assert isinstance(rows, snapshot.FactRows)

    def refuse() -> None:
        raise AssertionError("every row was read")

    monkeypatch.setattr(rows, "values", refuse)
    return compiled, load_brief(brief_copy)


def test_the_statements_that_may_give_a_count_are_read_through_the_digits_table_alone_as_a_fresh_load_gives_them(
    brief_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the other facts giving a count a yes/no question asks of (Composer._count_of_another_thing) were picked by
    # SQLite searching every statement, commas dropped, for the digits, and each one holding them built as a record
    # (~250-680 ms at 100,000 facts): now through the `digits` table's index of each statement's runs of digits
    # (from where each starts), reading only their ids and statements
    compiled, fresh = _served_without_walking_rows(brief_copy, tmp_path, monkeypatch)
    rows = compiled.brief.facts
    assert isinstance(rows, snapshot.FactRows)
    runs = sorted({run for f in fresh.facts.values() for run in digit_runs(f.statement)})
    assert "140000" in runs  # "more than 140,000 signatures", commas dropped
    asked = [*runs, *(r[:-1] for r in runs if len(r) > 1), *(r[1:] for r in runs), "", "999999", "1400001", "\u0661"]
    query, read = rows._query, Counter[str]()

    def spy(sql: str, *params: object) -> list[tuple[str, ...]]:
        assert "instr" not in sql, sql  # no statement searched
        found = query(sql, *params)
        read["facts" if "FROM facts" in sql else "other"] += len(found)
        return found

    monkeypatch.setattr(rows, "_query", spy)
    monkeypatch.setattr(rows, "fact", lambda _: pytest.fail("a record was built"))
    for digits in asked:
        given = list(fresh.statements_giving_digits(digits))
        read.clear()
        assert list(compiled.brief.statements_giving_digits(digits)) == given, digits
        assert read["facts"] == len(given), digits  # their rows alone
    # a run holding the digits past its start gives no count of them: "2018" none of "1" (19 facts, not 104)
    holding = [f for f in fresh.facts.values() if "1" in f.statement.replace(",", "")]
    assert 0 < len(list(compiled.brief.statements_giving_digits("1"))) < len(holding)


def test_the_statements_giving_a_count_of_a_noun_are_read_through_the_counting_table_alone_as_a_fresh_load_gives_them(
    brief_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the other facts giving a count of a noun a yes/no question asks of ("12 palo": Composer._count_of_another_thing)
    # were read from every statement with a run of the count's digits, each statement's counts and the noun after
    # them worked out by the answering (~1,800 statements for "12" at 100,000 facts, ~27 ms a question): now
    # through the `counting` table's index of each statement's counts and nouns (`bot.counted.counted_nouns`)
    compiled, fresh = _served_without_walking_rows(brief_copy, tmp_path, monkeypatch)
    rows = compiled.brief.facts
    assert isinstance(rows, snapshot.FactRows)
    pairs = sorted({pair for f in fresh.facts.values() for pair in counted_nouns(f.statement)})
    assert ("140000", stem("signatures")) in pairs  # "more than 140,000 signatures", commas dropped
    asked = [*pairs, *((d, n + "x") for d, n in pairs), *((d[:-1], n) for d, n in pairs if len(d) > 1)]
    asked += [("140000", ""), ("999999", "signatur"), ("12", "palo")]
    query, read = rows._query, Counter[str]()

    def spy(sql: str, *params: object) -> list[tuple[str, ...]]:
        assert "digits WHERE" not in sql, sql  # no statement with the count's digits read
        found = query(sql, *params)
        read["facts" if "FROM facts" in sql else "other"] += len(found)
        return found

    monkeypatch.setattr(rows, "_query", spy)
    monkeypatch.setattr(rows, "fact", lambda _: pytest.fail("a record was built"))
    for digits, noun in asked:
        given = list(fresh.statements_counting(digits, noun))
        read.clear()
        assert list(compiled.brief.statements_counting(digits, noun)) == given, (digits, noun)
        assert read["facts"] == len(given), (digits, noun)  # their rows alone
    assert list(compiled.brief.statements_counting("140000", stem("signatures")))
    # the answer asking of such a count reads it so too, and gives a fresh load's answer
    monkeypatch.undo()  # (a core's first question may read every row once)
    served = Core(compiled.brief, rate_limit=0)
    served.ask("who is alex karp")
    monkeypatch.setattr(compiled.brief, "statements_giving_digits", lambda _: pytest.fail("digits walked"))
    for q in ("did the 2018 letter have 140000 signatures", "what happened at the july 12 palo alto protest"):
        assert served.ask(q).text == Core(fresh, rate_limit=0).ask(q).text


def test_a_statements_runs_of_digits_are_read_from_where_each_starts_with_commas_dropped() -> None:
    # a count the answering reads (NUMBER) never starts right after a word character: the digits asked of it start
    # one of these, so a fact whose runs none start with them gives no such count
    said = "More than 140,000 signed; 2\u00b2, \u0661\u0662 and 5,1,200 in 2018, 3.12."
    assert digit_runs(said) == {"140000", "000", "2\u00b2", "\u0661\u0662", "51200", "1200", "200", "2018", "3", "12"}
    assert digit_runs(said) == digit_runs(said.replace("More", "M\u00f6re"))  # (the non-ASCII reading alike)
    assert digit_runs("no figures") == set()


def test_facts_citing_a_source_and_their_count_are_read_from_the_rows_as_a_fresh_load_gives_them(
    brief_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compiled, fresh = _served_without_walking_rows(brief_copy, tmp_path, monkeypatch)
    for source_id in [*fresh.sources, "no-such-source"]:
        assert compiled.brief.facts_citing(source_id) == [record_of(f) for f in fresh.facts_citing(source_id)]
        assert compiled.brief.count_citing(source_id) == len(fresh.facts_citing(source_id))
        # the first few alone (an article's lede is found among them without reading every fact citing it)
        first = [record_of(f) for f in fresh.facts_citing(source_id, 3)]
        assert compiled.brief.facts_citing(source_id, 3) == first == compiled.brief.facts_citing(source_id)[:3]
    assert sum(compiled.brief.count_citing(s) for s in fresh.sources) >= len(fresh.facts)


def test_facts_naming_entries_and_citing_sources_are_read_from_the_rows_as_a_fresh_load_gives_them(
    brief_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compiled, fresh = _served_without_walking_rows(brief_copy, tmp_path, monkeypatch)
    entities = [*fresh.entities, "no-such-entry"]
    sources = sorted(fresh.sources)
    for entity in entities:
        # an entry alone, with every other (the facts naming both), and among the facts of one or two sources
        for named in ([entity], *([entity, other] for other in entities[:6] if other != entity)):
            for citing in ([], sources[:1], sources[1:3], ["no-such-source"]):
                walked = [record_of(f) for f in fresh.facts_naming(named, citing)]
                assert list(compiled.brief.facts_naming(named, citing)) == walked
    assert next(compiled.brief.facts_naming([next(iter(fresh.entities))]), None)  # some fact names the first entry


def test_facts_naming_no_entry_is_a_value_error_on_a_loaded_and_a_compiled_brief_alike(
    brief_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # review 23 #9: a loaded brief gave every fact (`all()` of nothing), a compiled one an IndexError
    compiled, fresh = _served_without_walking_rows(brief_copy, tmp_path, monkeypatch)
    for brief in (fresh, compiled.brief):
        with pytest.raises(ValueError, match="at least one entry"):
            brief.facts_naming([])


def test_facts_naming_an_entry_with_a_class_noun_are_read_from_the_classing_table_as_a_fresh_load_gives_them(
    brief_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the compiled `classing` table (bot.class_nouns.class_stems of each fact's statement and quotes) picks the same
    # facts as a fresh load's walk with has_class_word; stems of no class noun are walked (the table has none)
    compiled, fresh = _served_without_walking_rows(brief_copy, tmp_path, monkeypatch)
    sources = sorted(fresh.sources)
    stem_sets = [
        frozenset(stem(n) for n in nouns)
        for nouns in (["company", "firm", "contractor"], ["agency"], ["group", "network"], ["zeppelin"], [])
    ]
    picked = quoted = 0
    for entity in [*fresh.entities, "no-such-entry"]:
        for citing in ([], sources[:1], sources[1:3]):
            for classes in stem_sets:
                walked = [record_of(f) for f in fresh.facts_naming([entity], citing, classes)]
                assert list(compiled.brief.facts_naming([entity], citing, classes)) == walked
                picked += len(walked)
                if not classes:
                    assert not walked
                # and those with one qualified in a quote from `citing` (the `quoted_classing` table)
                walked = [record_of(f) for f in fresh.facts_naming([entity], citing, classes, quoted=True)]
                assert list(compiled.brief.facts_naming([entity], citing, classes, quoted=True)) == walked
                quoted += len(walked)
    assert picked > quoted > 0  # some fact names an entry with a class noun, fewer with one qualified in a quote


def test_facts_that_may_call_an_entry_by_a_class_noun_are_read_from_the_kind_calling_table_as_a_fresh_load_gives_them(
    brief_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the compiled `kind_calling` table (bot.class_nouns.calling_stems of each fact's statement and quotes, by entry,
    # way and source quoted) picks the same facts as a fresh load's walk, for each way fewer than the quoted class
    # words alone
    compiled, fresh = _served_without_walking_rows(brief_copy, tmp_path, monkeypatch)
    sources = sorted(fresh.sources)
    classes = {frozenset(stem(n) for n, of in NOUN_KINDS.items() if of == kinds) for kinds in NOUN_KINDS.values()}
    quoted, calling = 0, Counter[str]()
    for entity in [*fresh.entities, "no-such-entry"]:
        for citing in ([], *([s] for s in sources), sources[1:3]):
            for stems in sorted(classes, key=sorted):
                quoted += len(list(fresh.facts_naming([entity], citing, stems, quoted=True)))
                for way in (AFTER_ARTICLE, BEFORE_NAME, IN_QUOTE):
                    walked = [
                        record_of(f) for f in fresh.facts_naming([entity], citing, stems, quoted=True, calling=way)
                    ]
                    read = compiled.brief.facts_naming([entity], citing, stems, quoted=True, calling=way)
                    assert list(read) == walked
                    calling[way] += len(walked)
    assert all(quoted > calling[way] > 0 for way in (AFTER_ARTICLE, BEFORE_NAME, IN_QUOTE)), calling


def test_a_way_no_fact_may_call_an_entry_so_reads_no_row_of_the_facts_naming_it(
    brief_copy: Path, tmp_path: Path
) -> None:
    # the facts that may call an entry a way (`kind_calling`) were a condition on a walk of every fact naming the
    # entry: at 100,000 facts "what kind of company is palantir according to the 2018 article" walked tens of
    # thousands for each of two ways none may (~20-45 ms each); those facts' positions now drive the read
    compiled = open_brief(brief_copy, tmp_path / "cache")
    rows = compiled.brief.facts
    assert isinstance(rows, snapshot.FactRows)
    firms = frozenset(stem(n) for n, kinds in NOUN_KINDS.items() if kinds == NOUN_KINDS["company"])
    statements: list[str] = []
    rows._db.set_trace_callback(statements.append)
    read = Counter[bool]()
    for entity in compiled.brief.entities:
        for source in compiled.brief.sources:
            for way in (AFTER_ARTICLE, BEFORE_NAME, IN_QUOTE):
                statements.clear()
                found = list(compiled.brief.facts_naming([entity], [source], firms, quoted=True, calling=way))
                walked = [s for s in statements if " names " in s]
                read[bool(found)] += 1
                assert found or not walked, (entity, source, way)
    assert read[True] and read[False]


def test_the_facts_a_kind_asked_of_a_named_article_leaves_unread_are_none_its_checks_would_take(brief: Brief) -> None:
    # `calling` (bot.class_nouns.calling_stems) keeps, for each way, every fact that Answerer._kind_called's check of
    # that way could take: what a statement calls the entry after "a" (_qualifies) or by a class noun right before
    # its name (_classed_before) in the article's quoted words (_label_quoted), a quote from the article calling it
    # either way (_quote_calls), of every class of nouns
    from bot.answering import Answerer, _classed_before, _label_quoted, _qualifies
    from bot.text import fold, words

    nouns = {frozenset(n for n, of in NOUN_KINDS.items() if of == kinds) for kinds in NOUN_KINDS.values()}
    left = 0
    for entity_id, entity in brief.entities.items():
        for source in brief.sources:
            for alike in nouns:
                stems = frozenset(stem(n) for n in alike)
                kept = {
                    way: {f.id for f in brief.facts_naming([entity_id], [source], stems, quoted=True, calling=way)}
                    for way in (AFTER_ARTICLE, BEFORE_NAME, IN_QUOTE)
                }
                for fact in brief.facts_naming([entity_id], [source], stems, quoted=True):
                    said = words(fold(fact.statement))
                    if fact.id not in kept[AFTER_ARTICLE]:
                        left += 1
                        label = _qualifies(said, entity, alike)
                        assert label is None or not _label_quoted(label, fact, {source}), fact.id
                    if fact.id not in kept[BEFORE_NAME]:
                        label = _classed_before(said, entity, alike)
                        assert label is None or not _label_quoted(label, fact, {source}), fact.id
                    if fact.id not in kept[IN_QUOTE]:
                        assert not Answerer._quote_calls(fact, {source}, entity, alike, {}), fact.id
    assert left  # some fact with a quoted class word calls the entry in none of those ways


def test_a_core_starts_from_a_snapshot_without_reading_every_fact_and_checks_quoted_words_as_a_fresh_load(
    brief_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Attribution read every fact's row at start-up for the stretches its facts quote (~3 s at 100,000 facts): a
    # compiled brief saves them (the `quoting` table, bot.quotations.quoted_runs, one rule for both)
    compiled, fresh = _served_without_walking_rows(brief_copy, tmp_path, monkeypatch)
    served = Core(compiled.brief, rate_limit=0, cache_dir=compiled.index_dir)
    loaded = Core(fresh, rate_limit=0)
    runs = served.answerer.attribution._quoted_runs
    assert sorted(runs) == sorted(loaded.answerer.attribution._quoted_runs)
    assert len(runs) == len(set(runs)) > 10 and () not in runs
    qs = [
        "why did karp say he wanted to keep ice contracts",
        "when did karp call the protesters treasonous",
        'why did sasson say "what are you afraid of"',
        "did karp say palantir has blood on its hands",
        "when did the protesters say palantir has blood on its hands",
    ]
    assert [served.ask(q).dump_json() for q in qs] == [loaded.ask(q).dump_json() for q in qs]


def test_questions_checking_an_entrys_facts_read_those_alone_and_answer_as_a_fresh_load(
    brief_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a rank asked of an act with another party named (ActsTold.rank_act_untold) and a kind asked as several named
    # articles call an entry (Answerer._kind_called): each walked every fact (O(facts) on a large brief)
    qs = [
        "which google exec met with karp",
        "which ICE official signed the palantir contract",
        "what kind of company is palantir according to the vice and the hill articles",
    ]
    served, fresh = _asked_served_and_fresh(brief_copy, tmp_path, monkeypatch, qs)
    assert served == fresh


def test_a_kind_asked_as_a_named_article_calls_an_entry_reads_each_of_its_facts_naming_the_entry_once(
    brief_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Answerer._kind_called: the article's facts naming the entry, read for its first pass, were read from their rows
    # again by each of its three passes (thousands on a large brief, more than the fact cache holds)
    # (read here without the `kind_calling` filter, which leaves the shipped brief's questions none but the one
    # answering read late; the answers stay the fresh load's, which the filter narrows)
    # (of the 2018 article's facts naming it, those whose quote could call it a company all rank: "firm" reads one
    # that does not)
    qs = [
        "what kind of firm is palantir according to the 2018 article",
        "what kind of company is palantir according to the vice and the hill articles",
    ]
    firms = frozenset(stem(n) for n, kinds in NOUN_KINDS.items() if kinds == NOUN_KINDS["company"])
    compiled = open_brief(brief_copy, tmp_path / "cache")
    served = Core(compiled.brief, rate_limit=0, cache_dir=compiled.index_dir)
    rows = compiled.brief.facts
    assert isinstance(rows, snapshot.FactRows)
    naming, fetched = rows.naming, Counter[str]()
    found: list[str] = []

    asked: set[str] = set()  # the sources the facts were read among

    def spy_naming(
        entities: list[str],
        citing: list[str] | tuple[()] = (),
        classes: Any = None,
        *,
        quoted: bool = False,
        calling: str = "",
    ) -> Iterator[Any]:
        asked.update(citing)
        for f in naming(entities, citing, classes, quoted=quoted):
            found.append(f.id)
            yield f

    def spy_get(fact_id: str, default: Any = None) -> Any:
        fetched[fact_id] += 1
        return snapshot.FactRows.get(rows, fact_id, default)

    rank, ranked = served.answerer.retriever.rank, set[str]()

    def spy_rank(*args: Any, **kwargs: Any) -> Any:
        hits = rank(*args, **kwargs)
        ranked.update(h.id for h in hits)
        return hits

    monkeypatch.setattr(rows, "naming", spy_naming)
    monkeypatch.setattr(rows, "get", spy_get)
    monkeypatch.setattr(served.answerer.retriever, "rank", spy_rank)
    fresh = Core(load_brief(brief_copy), rate_limit=0)
    for q in qs:
        found.clear()
        fetched.clear()
        ranked.clear()
        answer = served.ask(q)
        assert answer.dump_json() == fresh.ask(q).dump_json()
        late = [f for f in found if f not in ranked]  # not among the ranked candidates: read by facts_naming alone
        assert late
        composed = {item.id for item in answer.items}  # (the one composed is read again by the composer)
        assert max(fetched[f] for f in late if f not in composed) <= 1
        # and only the rows of those with a word of the asked noun's class are read (the `classing` table): not the
        # thousands naming it on a large brief
        stem_of: dict[str, str] = {}
        assert all(
            has_class_word(class_texts(rows[f].statement, (c.quote for c in rows[f].citations)), firms, stem_of)
            for f in found
        )
        # and of those, only the facts whose quote from the asked article holds such a word after one qualifying it
        # (the `quoted_classing` table): each pass needs it there, and ~5,400 rows without it were read at 100,000
        # facts, ~0.25 s
        assert asked and found
        assert all(
            not firms.isdisjoint(
                qualified_stems(quote_texts(c.quote for c in rows[f].citations if c.source in asked), stem_of)
            )
            for f in found
        )
        asked.clear()


def test_facts_with_words_a_telling_verb_may_name_its_hearer_by_are_read_from_the_rows_as_a_fresh_load_gives_them(
    brief_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compiled, fresh = _served_without_walking_rows(brief_copy, tmp_path, monkeypatch)
    # every alias's last word (how Speakers.told_to asks), the lone-letter mark, and words of no telling span
    marks = sorted({key.rsplit(" ", 1)[-1] for key in fresh.aliases} | {LONE_LETTER, "no-such-word"})
    for chosen in ([], *([m] for m in marks), marks[:5], marks):
        walked = [record_of(f) for f in fresh.facts_telling(chosen)]
        assert list(compiled.brief.facts_telling(chosen)) == walked
    assert list(compiled.brief.facts_telling(marks))  # some fact tells of something told to someone named


def test_a_walk_stopping_at_the_first_fact_telling_words_to_a_hearer_reads_a_first_chunk_of_their_rows_alone(
    brief_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # whether someone told an outlet anything (Speakers.tells_told) stops at the first fact that says so, yet every
    # row of the facts telling words to the outlet was read: 3,130 at 100,000 facts (~14 ms) for two looked at
    compiled, fresh = _served_without_walking_rows(brief_copy, tmp_path, monkeypatch)
    rows = compiled.brief.facts
    assert isinstance(rows, snapshot.FactRows)
    marks = sorted({key.rsplit(" ", 1)[-1] for key in fresh.aliases} | {LONE_LETTER})
    telling = len(list(compiled.brief.facts_telling(marks)))
    query, read = rows._query, Counter[str]()

    def spy(sql: str, *params: object) -> list[tuple[str, ...]]:
        found = query(sql, *params)
        read["data" if "data" in sql else "other"] += len(found)
        return found

    monkeypatch.setattr(rows, "_query", spy)
    monkeypatch.setattr(snapshot_rows, "NAMING_FIRST", 2)  # a first chunk of 2 rows: the shipped brief's are few
    assert next(iter(compiled.brief.facts_telling(marks)), None) is not None
    assert telling > 2 >= read["data"] > 0


def test_the_statements_of_facts_telling_words_to_a_hearer_are_read_without_building_their_records(
    brief_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "which outlet did gonzalez talk to" built the record of each of the 7,514 facts telling words to any outlet at
    # 100,000 facts (~100 ms) to read its statement
    compiled, fresh = _served_without_walking_rows(brief_copy, tmp_path, monkeypatch)
    marks = sorted({key.rsplit(" ", 1)[-1] for key in fresh.aliases} | {LONE_LETTER, "no-such-word"})
    built = Counter[str]()
    decode = snapshot_rows.decode

    def spy(row: str) -> Any:
        built["records"] += 1
        return decode(row)

    monkeypatch.setattr(snapshot_rows, "decode", spy)
    for chosen in ([], *([m] for m in marks), marks):
        walked = [(f.id, f.statement) for f in fresh.facts_telling(chosen)]
        assert list(compiled.brief.statements_telling(chosen)) == walked
    assert list(compiled.brief.statements_telling(marks))
    speakers = Core(compiled.brief, rate_limit=0, cache_dir=compiled.index_dir).answerer.speakers
    built.clear()
    persons = {e for e, entry in fresh.entities.items() if entry.kind == "person"}
    assert speakers.told_outlets_by(persons)  # someone's words are told to an outlet
    assert built["records"] == 0


def test_whose_words_were_told_to_an_outlet_tests_the_hearer_of_only_the_facts_giving_one_of_them_as_speaking(
    brief_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the hearer's test (a told span naming an outlet, ~50 µs a fact) ran on ~5,600 facts at 100,000 facts for
    # "which outlet did gonzalez talk to", of which the speakers' test then kept 1,430
    from bot.answering.speakers import Speakers, _outside_speech, reported_speakers

    compiled = open_brief(brief_copy, tmp_path / "cache")
    speakers = Core(compiled.brief, rate_limit=0, cache_dir=compiled.index_dir).answerer.speakers
    heard: list[str] = []
    told = Speakers._told

    def spy(self: Speakers, statement: str, outlets: set[str]) -> bool:
        heard.append(statement)
        return told(self, statement, outlets)

    monkeypatch.setattr(Speakers, "_told", spy)
    told_any = False
    for entity, entry in compiled.brief.entities.items():
        if entry.kind != "person":
            continue
        heard.clear()
        told_any |= bool(speakers.told_outlets_by({entity}))
        assert all(entity in reported_speakers(_outside_speech(s), speakers.names) for s in heard), entity
    assert told_any  # someone's words are told to an outlet


def test_whether_words_told_to_an_outlet_were_told_to_their_own_article_s_reads_rows_up_to_the_first_that_were_not(
    brief_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "which paper did karp talk to" looked up each of the 723 facts of his words told to an outlet by id at 100,000
    # facts (~27 ms), building its record, where all but 4 gave them as told to another outlet
    compiled, fresh = _served_without_walking_rows(brief_copy, tmp_path, monkeypatch)
    rows = compiled.brief.facts
    assert isinstance(rows, snapshot.FactRows)
    speakers = Core(compiled.brief, rate_limit=0, cache_dir=compiled.index_dir).answerer.speakers
    persons = {e for e, entry in fresh.entities.items() if entry.kind == "person"}
    outlets = {entry.name: e for e, entry in fresh.entities.items() if entry.kind == OUTLET_KIND}

    def own(fact_id: str) -> bool:
        fact = fresh.facts[fact_id]
        outlet = outlets.get(fresh.sources[fact.citations[0].source].name)
        return outlet is not None and speakers._told(fact.statement, {outlet})

    told = sorted(speakers.told_outlets_by(persons))
    owned, other = [f for f in told if own(f)], [f for f in told if not own(f)]
    assert owned and other
    assert speakers.told_own_outlet(owned) and speakers.told_own_outlet([*owned, "no-such-fact"])
    assert not any(speakers.told_own_outlet([*owned, f]) for f in other)
    query, read, built = rows._query, Counter[str](), Counter[str]()
    decode = snapshot_rows.decode

    def spy(sql: str, *params: object) -> list[tuple[str, ...]]:
        found = query(sql, *params)
        read["rows"] += len(found)
        return found

    def building(row: str) -> Any:
        built["records"] += 1
        return decode(row)

    monkeypatch.setattr(rows, "_query", spy)
    monkeypatch.setattr(snapshot_rows, "decode", building)
    monkeypatch.setattr(snapshot_rows, "NAMING_FIRST", 1)  # a first chunk of 1 row: the shipped brief's are few
    rows.fact.cache_clear()
    # (read in id order a chunk at a time: the one that was not is read first)
    asked = [other[0], *(f for f in owned if f > other[0])]
    assert len(asked) > 1
    assert not speakers.told_own_outlet(asked)
    assert read["rows"] == 1
    assert built["records"] == 0


def test_who_told_an_outlet_reads_the_facts_telling_of_it_alone_and_answers_as_a_fresh_load(
    brief_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "who told <outlet> …" (Speakers.told_to) walked every fact to find the outlet's name after a verb of telling
    qs = ["who told BI about the contract", "who told business insider about the renewal", "who told wapo about it"]
    served, fresh = _asked_served_and_fresh(brief_copy, tmp_path, monkeypatch, qs)
    assert served == fresh


def test_the_spans_a_telling_verb_may_name_its_hearer_in_are_read_from_the_rows_as_a_fresh_load_gives_them(
    brief_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compiled, fresh = _served_without_walking_rows(brief_copy, tmp_path, monkeypatch)
    marks = sorted({key.rsplit(" ", 1)[-1] for key in fresh.aliases} | {LONE_LETTER, "no-such-word"})
    for chosen in ([], *([m] for m in marks), marks[:5], marks):
        assert compiled.brief.told_spans(chosen) == fresh.told_spans(chosen)
    spans = compiled.brief.told_spans(marks)
    assert spans and any(len(ids) > 1 for ids in spans.values())  # some span is said by more than one fact


def test_who_told_an_outlet_reads_no_statement_and_looks_for_names_in_each_span_once(
    brief_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the first "who told the Hill …" read the statement of each fact that may tell words to it and found the names
    # in each of its spans (1,431 statements, 2,329 spans, 945 distinct: ~70-100 ms at 100,000 facts); the spans are
    # read from the `telling` table, and whom each names is found once (`Speakers.hearers`)
    qs = [
        "who told BI about the contract",
        "name of the unaffiliated tech worker the hill interviewed?",
        "who told wapo about it",
    ]
    fresh = [Core(load_brief(brief_copy), rate_limit=0).ask(q).dump_json() for q in qs]
    compiled = open_brief(brief_copy, tmp_path / "cache")
    served = Core(compiled.brief, rate_limit=0, cache_dir=compiled.index_dir)

    def refuse(*_: object) -> None:
        raise AssertionError("a statement was read")

    monkeypatch.setattr(compiled.brief.facts, "statements_telling", refuse)
    monkeypatch.setattr(compiled.brief.facts, "telling", refuse)
    speakers = served.answerer.speakers
    looked_up: Counter[tuple[str, ...]] = Counter()
    put = speakers._hearers.put

    def spy(span: tuple[str, ...], found: frozenset[str]) -> frozenset[str]:
        looked_up[span] += 1
        return put(span, found)

    monkeypatch.setattr(speakers._hearers, "put", spy)
    assert [served.ask(q).dump_json() for q in qs] == fresh
    assert len(looked_up) > 3  # the questions looked at spans, of three outlets
    assert max(looked_up.values()) == 1  # (the spans with a lone letter are of every outlet asked)


def test_the_facts_passing_on_reporting_and_what_they_state_are_read_from_their_table_alone(
    brief_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.answering.english import English
    from bot.answering.retrieve import Retriever
    from bot.search import Index

    compiled, fresh = _served_without_walking_rows(brief_copy, tmp_path, monkeypatch)
    found = Retriever(compiled.brief, Index(compiled.brief, cache_dir=compiled.index_dir), English(None))
    walked = Retriever(fresh, Index(fresh), English(None))

    def refuse(fact_id: str) -> None:
        raise AssertionError(f"the row of {fact_id} was read")

    monkeypatch.setattr(compiled.brief.facts, "fact", refuse)  # the table alone: no fact's row, no record built
    counted = 0
    for source_id in [*fresh.sources, "no-such-source"]:
        every = [f.id for f in fresh.facts_citing(source_id) if walked.cites_reporting(f.id, walked.features(f.id))]
        assert found.reporting_citing(source_id) == walked.reporting_citing(source_id) == every
        # how many of a question's stems each states: stems each of them states, a prefix of one ("contract" is no
        # "contracts"), and stems none states
        stated = [sorted(walked.stated_stems(i)) for i in every]
        asks = [set(s[:3]) | {"zzz-none"} for s in stated] + [{s[0][:-1]} for s in stated if len(s[0]) > 2]
        for asked in [*asks, {"zzz-none"}, set().union(*[set(s[-2:]) for s in stated])]:
            expected = [(i, len(asked & walked.stated_stems(i))) for i in every]
            expected = [(i, n) for i, n in expected if n]
            assert found.reporting_stating(source_id, asked) == walked.reporting_stating(source_id, asked) == expected
            counted += sum(n > 1 for _, n in expected)
    assert any(found.reporting_citing(s) for s in fresh.sources)
    assert counted, "no fact stated more than one of the stems asked"
    assert not found._features, "features were kept for the facts walked"


def test_the_facts_stating_article_parts_are_read_from_their_table_as_walking_every_fact_gives_them(
    brief_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compiled, fresh = _served_without_walking_rows(brief_copy, tmp_path, monkeypatch)
    walked = fresh.describing()
    assert walked  # the shipped brief states headlines, reporters, photos…
    assert sorted(compiled.brief.describing()) == sorted(walked)


def test_the_stems_saved_for_each_fact_are_those_of_its_search_document(brief_copy: Path, tmp_path: Path) -> None:
    from bot.search import fact_doc, stems

    compiled = open_brief(brief_copy, tmp_path / "cache")
    fresh = load_brief(brief_copy)
    rows = compiled.brief.facts
    assert isinstance(rows, snapshot.FactRows)
    for fact in fresh.facts.values():
        assert rows.saved_stems(fact.id) == frozenset(stems(fact_doc(fresh, fact).all_text))
    assert rows.saved_stems("no-such-fact") is None


def test_the_stems_a_compile_writes_stay_those_of_the_search_document_as_its_word_stems_are_let_go(
    brief: Brief, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Compiling keeps the stems of the statement words it has seen (`writing._StemOf`) up to STEM_WORDS, then
    starts again: the rows it writes are the same either way."""
    from bot.search import fact_doc, stems

    monkeypatch.setattr(writing, "STEM_WORDS", 50)
    rows = writing._Rows(brief, vocabulary.FileWords())
    for pos, fact in enumerate(brief.facts.values()):
        saved = rows.row(pos, fact)[7]  # the row's stems column
        assert isinstance(saved, str)
        assert frozenset(saved.split()) == frozenset(stems(fact_doc(brief, fact).all_text)), fact.id
        assert len(rows._stem_of) < 50 + len(fact.statement)  # let go of once it holds 50 words


def test_the_features_saved_for_each_fact_are_those_worked_out_from_the_loaded_fact(
    brief_copy: Path, tmp_path: Path
) -> None:
    from bot import features

    compiled = open_brief(brief_copy, tmp_path / "cache")
    fresh = load_brief(brief_copy)
    rows = compiled.brief.facts
    assert isinstance(rows, snapshot.FactRows)
    for fact in fresh.facts.values():
        saved = rows.saved_features(fact.id)
        assert saved is not None and features.decode(saved) == features.of(fact, fresh.entities)
        assert saved == features.encode(features.of(fact, fresh.entities))  # the text `encode` writes, too
    assert rows.saved_features("no-such-fact") is None


def test_facts_read_together_give_the_records_and_stems_each_read_alone_gives_in_one_query(
    brief_copy: Path, tmp_path: Path
) -> None:
    compiled = open_brief(brief_copy, tmp_path / "cache")
    alone = open_brief(brief_copy, tmp_path / "cache").brief.facts
    rows = compiled.brief.facts
    assert isinstance(rows, snapshot.FactRows) and isinstance(alone, snapshot.FactRows)
    ids = list(rows)[:20]
    queries: list[str] = []
    rows._db.set_trace_callback(queries.append)
    rows.prefetch([*ids, "no-such-fact", next(iter(compiled.brief.entities))])
    assert [(rows[i], rows.saved_stems(i), rows.saved_features(i)) for i in ids] == [
        (alone[i], alone.saved_stems(i), alone.saved_features(i)) for i in ids
    ]
    assert len(queries) == 1
    assert "no-such-fact" not in rows and rows.saved_stems("no-such-fact") is None


def test_a_snapshot_serves_plain_records_that_give_back_every_fact_exactly(brief_copy: Path, tmp_path: Path) -> None:
    from pydantic import BaseModel

    from bot.records import FactRecord, as_fact

    compiled = open_brief(brief_copy, tmp_path / "cache")
    fresh = load_brief(brief_copy)
    assert list(compiled.brief.facts) == list(fresh.facts)
    for fact_id, fact in fresh.facts.items():
        served = compiled.brief.facts[fact_id]
        assert isinstance(served, FactRecord) and not isinstance(served, BaseModel)
        assert as_fact(served) == fact
        assert (served.precision, served.event_date) == (fact.precision, fact.event_date)
    assert [as_fact(f) for f in compiled.brief.facts.values()] == list(fresh.facts.values())


def test_the_first_facts_of_the_dates_asked_for_and_their_count_are_read_from_the_date_index_alone(
    brief_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compiled, fresh = _served_without_walking_rows(brief_copy, tmp_path, monkeypatch)

    def refuse(*_: object) -> None:
        raise AssertionError("a fact's row was read")

    monkeypatch.setattr(compiled.brief.facts, "fact", refuse)
    monkeypatch.setattr(compiled.brief.facts, "dated", refuse)
    facts = list(fresh.facts.values())
    dates = {f.date for f in facts if f.date}
    # what the order is about: a month given beside its days, and a date of events and other facts whose ids are not
    # in that order
    assert any(len(d) == 7 for d in dates) and any(len(d) == 10 and d[:7] in dates for d in dates)
    assert any(
        f.kind != "event" and g.kind == "event" and f.date == g.date and f.id < g.id for f in facts for g in facts
    )
    prefixes = sorted({d[:n] for d in dates for n in (4, 7, 10)} | {"", "1999"})
    for prefix in prefixes:
        for limit in (1, 2, 5, 1000):
            keep = prefix.__eq__ if len(prefix) == 10 else lambda date, p=prefix: date.startswith(p)
            assert compiled.brief.first_dated(keep, limit) == fresh.first_dated(keep, limit), (prefix, limit)
    ids, count = compiled.brief.first_dated(lambda date: True, 1000)
    assert count == len(ids) == sum(1 for f in facts if f.date)
    assert ids == [
        f.id
        for f in sorted((f for f in facts if f.date), key=lambda f: (f.date.ljust(10, "~"), f.kind != "event", f.id))
    ]


def test_the_date_index_gives_what_walking_every_fact_gives_and_reads_only_the_dates_asked_for(
    brief_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as dt

    from bot import calendar

    opened = open_brief(brief_copy, tmp_path / "cache")
    compiled, fresh = opened.brief, load_brief(brief_copy)
    ask = Core(compiled, rate_limit=0, cache_dir=opened.index_dir)
    rows = compiled.facts
    assert isinstance(rows, snapshot.FactRows)

    def refuse() -> None:
        raise AssertionError("every row was read")

    monkeypatch.setattr(rows, "values", refuse)
    days = [dt.date(2020, 1, 1) + dt.timedelta(days=n) for n in range(366)] + [
        dt.date(2019, 2, 28),
        dt.date(2019, 3, 1),
    ]
    for day in days:
        assert calendar.on_this_date(compiled, day) == calendar.on_this_date(fresh, day), day
    years = sorted({int(f.date[:4]) for f in fresh.facts.values() if f.date})
    assert len(years) > 3
    periods = [(None, None), *((y, None) for y in years), *((y, m) for y in years for m in range(1, 13))]
    for year, month in periods:
        for topic in [None, *fresh.meta.topics]:
            got = calendar.timeline(compiled, year=year, month=month, topic=topic)
            assert got == calendar.timeline(fresh, year=year, month=month, topic=topic), (year, month, topic)
    seen: list[str] = []
    in_2019 = compiled.facts_dated(lambda date: seen.append(date) is None and date.startswith("2019"))
    assert [f.id for f in in_2019] == [f.id for f in fresh.facts.values() if (f.date or "").startswith("2019")]
    assert len(seen) == len(set(seen)) == len({f.date for f in fresh.facts.values() if f.date}), "each date once"
    walk = Core(fresh, rate_limit=0)
    for q in ["what happened on 2019-09-13", "what happened on september 13", "what happened in july 2019"]:
        assert ask.ask(q) == walk.ask(q)


def _segments(index_dir: Path) -> list[tuple[object, list[tuple[str, bytes]]]]:
    """The saved index's segments in order: each one's document count and files (named without the segment's
    random id, with their content)."""
    from bot.search import ORDERED_FILE

    (saved,) = [p for p in index_dir.iterdir() if (p / ORDERED_FILE).is_file()]
    found = []
    for segment in json.loads((saved / "meta.json").read_text(encoding="utf-8"))["segments"]:
        prefix = str(segment["segment_id"]).replace("-", "")
        files = sorted((p.name[len(prefix) :], p.read_bytes()) for p in saved.iterdir() if p.name.startswith(prefix))
        found.append((segment["max_doc"], files))
    return found


def _manifest_sha(path: Path, rel: str, listed: list[object]) -> bool:
    """Whether the manifest's entry for `rel` gives the file's SHA-256."""
    import hashlib

    return listed[2] == hashlib.sha256((path / rel).read_bytes()).hexdigest()


def _rows_and_words(compiled: snapshot.Compiled) -> tuple[list[tuple[object, ...]], str, list[str], object, object]:
    import pickle
    import sqlite3

    assert compiled.path is not None and compiled.index_dir is not None
    db = sqlite3.connect(compiled.path / snapshot.FACTS_FILE)
    try:
        rows = db.execute("SELECT * FROM facts ORDER BY pos").fetchall()
    finally:
        db.close()
    words = "".join(p.read_text(encoding="utf-8") for p in sorted(compiled.index_dir.glob("*/*.txt")))
    counted = pickle.loads((compiled.path / snapshot.RECORD_FILE).read_bytes()).words  # what a recompile updates
    return rows, words, sorted(p.name for p in compiled.path.iterdir()), counted, _segments(compiled.index_dir)


@pytest.mark.parametrize("child_fails", [False, True])
def test_rows_and_segments_worked_out_in_a_second_process_are_those_one_process_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, child_fails: bool
) -> None:
    from tests.generated import generate_brief

    brief_dir = generate_brief(tmp_path / "brief", 400, per_file=50)
    monkeypatch.setattr(layout, "SEGMENT_FACTS", 100)  # 4 segments: the second process writes whole ones
    alone = _rows_and_words(compile_brief(brief_dir, tmp_path / "alone"))
    forks: list[int] = []
    fork_rows = forking._fork_rows

    def counted(*args: object) -> int | None:
        if child_fails:  # a child that dies at once: this process works the rows out itself
            pid = os.fork()
            if pid == 0:
                os._exit(1)
        else:
            pid = fork_rows(*args)  # type: ignore[arg-type]
        assert pid is not None
        forks.append(pid)
        return pid

    linked_by = tmp_path / "tables-linked-by"
    save_tables = compiling.save_tables

    def recorded(index_dir: Path, cache_dir: Path) -> None:
        with linked_by.open("a", encoding="utf-8") as out:
            out.write(f"{os.getpid()}\n")
        save_tables(index_dir, cache_dir)

    monkeypatch.setattr(forking, "_may_fork", lambda facts: True)
    monkeypatch.setattr(forking, "_fork_rows", counted)
    monkeypatch.setattr(compiling, "save_tables", recorded)
    done = compile_brief(brief_dir, tmp_path / "forked")
    forked = _rows_and_words(done)
    assert len(forks) == 1
    assert forked == alone
    assert len(alone[0]) == 400
    assert [count for count, _ in alone[4]] == [100 + len(load_brief(brief_dir).entities), 100, 100, 100]
    # the word table and language model are linked in and hashed by the second process, once its rows are written
    # (by this one when that process failed), and listed in the manifest as one process lists them
    assert linked_by.read_text(encoding="utf-8").split() == [str(os.getpid() if child_fails else forks[0])]
    tables = json.loads((done.path / MANIFEST).read_text(encoding="utf-8"))["files"]
    assert {rel for rel in tables if rel.startswith(("index/english", "index/langid"))} == {
        f"index/{english_tables.TABLE_DB}",
        *(f"index/langid-v1/{name}" for name in english_tables._LANGID_FILES),
    }
    assert all(_manifest_sha(done.path, rel, tables[rel]) for rel in tables)


@pytest.mark.parametrize(
    "statement",
    ["plain", 'quotes " and \\ backslash', "control \x00\x1f\x7f\t\n", "é “curly” \u2028 😀", "lone \ud800"],
)
def test_features_are_saved_as_the_text_encode_writes(statement: str) -> None:
    from types import SimpleNamespace

    from bot import features
    from bot.records import CitedRecord, FactRecord
    from bot.text import words

    cited = [CitedRecord("s", "q")]
    fact = FactRecord("f", "quote", statement, ["t"], ["e"], None, None, [], cited, [], [], None, [], None, None)
    rows = writing._Rows(SimpleNamespace(entities={}), vocabulary.FileWords())  # type: ignore[arg-type]
    assert rows._features_json(fact, words(statement)) == features.encode(features.of(fact, {}))


def test_warming_a_small_brief_reads_every_document_and_changes_no_answer(brief_copy: Path, tmp_path: Path) -> None:
    """`palantir-ice run` warms its answerer at start-up (Answerer.warm): the caches hold what the first answers would
    have worked out, and every answer stays as a cold process gives it."""
    qs = questions(60)
    cold = answers_of(open_brief(brief_copy, tmp_path / "cache"), qs)
    compiled = open_brief(brief_copy, tmp_path / "cache")
    core = Core(compiled.brief, rate_limit=0, cache_dir=compiled.index_dir)
    assert core.answerer.warm() == len(compiled.brief.facts) + len(compiled.brief.entities)
    assert [core.ask(q).dump_json() for q in qs] == cold


def test_warming_reads_the_language_weights_so_no_question_waits_for_them(
    brief_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`Answerer.warm` reads the saved language weights at start-up: the first question looking foreign (~10 ms of
    reading, the slowest of the benchmark's shipped answers) reads nothing then, and is told apart all the same."""
    from bot.answering import english

    compiled = open_brief(brief_copy, tmp_path / "cache")
    core = Core(compiled.brief, rate_limit=0, cache_dir=compiled.index_dir)
    core.answerer.warm()

    def unread(directory: Path) -> None:
        raise AssertionError(f"the language weights in {directory} were read after start-up")

    monkeypatch.setattr(english._SavedWeights, "read", unread)
    assert core.ask("qui a signé le contrat de surveillance avec la police ?").outcome == "non_english"


def test_warming_works_out_every_phrasal_verb_so_no_question_searches_for_one(brief_copy: Path, tmp_path: Path) -> None:
    """`Answerer.warm` works out whether the brief says each phrasal verb a question may be read with (a search
    each, ~1-1.5 ms on the first question using it): a question using one searches for none, and is answered as a
    cold process answers it."""
    compiled = open_brief(brief_copy, tmp_path / "cache")
    core = Core(compiled.brief, rate_limit=0, cache_dir=compiled.index_dir)
    core.answerer.warm()
    said = dict(core.answerer.understander._said_phrases)
    assert said, "no phrasal verb was worked out"
    question = "who put out the flyer handed out in front of the offices"
    cold = Core(compiled.brief, rate_limit=0, cache_dir=compiled.index_dir)
    assert core.ask(question).dump_json() == cold.ask(question).dump_json()
    assert cold.answerer.understander._said_phrases, "the question reads no phrasal verb: it pins nothing"
    assert core.answerer.understander._said_phrases == said, "a phrasal verb was worked out after start-up"


def _forced_split(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Compiles from here on split between two processes at a brief of any size (4 segments of a 400-fact brief);
    the processes started, listed."""
    monkeypatch.setattr(layout, "SEGMENT_FACTS", 100)
    monkeypatch.setattr(forking, "_may_fork", lambda facts: True)
    forks: list[int] = []
    fork_rows = forking._fork_rows

    def counted(*args: object) -> int | None:
        pid = fork_rows(*args)  # type: ignore[arg-type]
        assert pid is not None
        forks.append(pid)
        return pid

    monkeypatch.setattr(forking, "_fork_rows", counted)
    return forks


def _edit_facts(path: Path, change: object) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data["facts"])  # type: ignore[operator]
    path.write_text(json.dumps(data), encoding="utf-8")


def test_links_and_former_ids_across_the_two_processes_halves_give_the_snapshot_one_process_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.generated import generate_brief

    brief_dir = generate_brief(tmp_path / "brief", 400, per_file=50)
    files = sorted((brief_dir / "facts").glob("*.json"))
    _edit_facts(files[-1], lambda facts: facts[2].update(aliases=["merged-gen"], related=[facts[5]["id"]]))
    last_ids = [f["id"] for f in json.loads(files[-1].read_text(encoding="utf-8"))["facts"]]
    _edit_facts(
        files[0], lambda facts: [facts[0].update(related=[last_ids[1]]), facts[3].update(related=["merged-gen"])]
    )
    monkeypatch.setattr(layout, "SEGMENT_FACTS", 100)
    alone = compile_brief(brief_dir, tmp_path / "alone")
    forks = _forced_split(monkeypatch)
    forked = compile_brief(brief_dir, tmp_path / "forked")
    assert len(forks) == 1
    assert _rows_and_words(forked) == _rows_and_words(alone)
    assert alone.path is not None and forked.path is not None
    shell = snapshot.BRIEF_FILE  # the fingerprint naming the index, the former ids, link notes…
    assert (forked.path / shell).read_bytes() == (alone.path / shell).read_bytes()
    records = [pickle.loads((c.path / snapshot.RECORD_FILE).read_bytes()) for c in (alone, forked)]  # type: ignore[operator]
    for record in records:  # segment ids are drawn at random by the index writer
        record.groups = [group.files for group in record.groups]
    assert records[1] == records[0]
    assert any(found.checked for found in records[0].files.values()), "some file records a fact with links"
    assert forked.brief.related[last_ids[1]] == [json.loads(files[0].read_text(encoding="utf-8"))["facts"][0]["id"]]
    assert len(forked.brief.facts) == 400, "the compiled brief serves every fact"


def _break(case: str, files: list[Path]) -> None:
    first, last = files[0], files[-1]
    if case == "second process's file":
        _edit_facts(last, lambda facts: facts[4].update(topics=["no-such-topic"], statement="ab"))
    elif case == "this process's file":
        _edit_facts(first, lambda facts: facts[1].update(kind="rumour"))
    elif case == "id in both halves":
        taken = json.loads(first.read_text(encoding="utf-8"))["facts"][7]["id"]
        _edit_facts(last, lambda facts: facts[0].update(id=taken))
    elif case == "links across halves":
        _edit_facts(last, lambda facts: facts[0].update(related=["nowhere"], differs=[{"fact": "gen-1"}]))
    elif case == "unreadable file":
        last.write_text('{"facts": [', encoding="utf-8")


@pytest.mark.parametrize(
    "case",
    ["second process's file", "this process's file", "id in both halves", "links across halves", "unreadable file"],
)
def test_a_compile_split_between_two_processes_names_every_problem_one_load_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, case: str
) -> None:
    from tests.generated import generate_brief

    brief_dir = generate_brief(tmp_path / "brief", 400, per_file=50)
    _break(case, sorted((brief_dir / "facts").glob("*.json")))
    with pytest.raises(BriefError) as loaded:
        load_brief(brief_dir)
    forks = _forced_split(monkeypatch)
    cache = tmp_path / "cache"
    with pytest.raises(BriefError) as compiled:
        compile_brief(brief_dir, cache)
    assert (compiled.value.problems, compiled.value.suppressed) == (loaded.value.problems, loaded.value.suppressed)
    assert len(forks) == (0 if case == "unreadable file" else 1)
    assert not cache.exists() or snapshots(cache) == []
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == [], "the problems, said once"


def test_a_facts_place_orders_facts_as_the_brief_does_compiled_or_loaded(brief_copy: Path, tmp_path: Path) -> None:
    compiled = open_brief(brief_copy, tmp_path / "cache").brief
    loaded = load_brief(brief_copy)
    ids = list(loaded.facts)
    assert [loaded.position(i) for i in ids] == list(range(len(ids)))
    assert sorted(ids, key=lambda i: compiled.position(i) or 0) == ids  # a compiled place: file, then fact
    assert compiled.position("no-such-fact") is None and loaded.position("no-such-fact") is None


def test_shared_files_are_hashed_once_while_unchanged_and_again_once_changed(tmp_path: Path) -> None:
    """What every snapshot links in from the cache directory is hashed once and listed; a file changed since, a
    new file in its place, or an unreadable record is hashed again, and each SHA-256 given is the file's own."""
    import hashlib

    from bot.snapshot import files

    shared, record = tmp_path / "table", tmp_path / files.SHARED_RECORD
    shared.write_bytes(b"first")
    first = {shared: hashlib.sha256(b"first").hexdigest()}
    assert files._shared_sha256([shared], record) == first
    listed = record.read_text(encoding="utf-8")
    linked = tmp_path / "linked"
    os.link(shared, linked)
    assert files._shared_sha256([linked], record) == {linked: first[shared]}  # the same file, by another name
    assert record.read_text(encoding="utf-8") == listed
    stat = shared.stat()
    shared.write_bytes(b"other")  # the same size; its modification time moved on
    os.utime(shared, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1000))
    assert files._shared_sha256([shared], record) == {shared: hashlib.sha256(b"other").hexdigest()}
    replaced = tmp_path / "replaced"
    replaced.write_bytes(b"third")
    os.replace(replaced, shared)  # another inode
    assert files._shared_sha256([shared], record) == {shared: hashlib.sha256(b"third").hexdigest()}
    record.write_text("{not json", encoding="utf-8")
    assert files._shared_sha256([shared], record) == {shared: hashlib.sha256(b"third").hexdigest()}
    assert json.loads(record.read_text(encoding="utf-8")) != {}


def test_a_saved_language_model_is_used_only_while_the_installed_one_it_was_made_from_is_unchanged(
    tmp_path: Path,
) -> None:
    # the check reads the installed package's files, not importlib.metadata (~30-80 ms on a process's first
    # foreign-looking question) nor py3langid itself (its whole model)
    english_tables.save_language_model(tmp_path)
    saved = tmp_path / english_tables.LANGID
    assert english_tables._read_meta(saved) is not None
    meta = json.loads((saved / "meta.json").read_text(encoding="utf-8"))
    meta["version"] = meta["version"].replace("model", "older-model")
    (saved / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    assert english_tables._read_meta(saved) is None  # made from another install: built again


def test_places_of_events_and_a_count_of_another_thing_read_no_walk_of_every_fact_and_answer_as_a_fresh_load(
    brief_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # where-questions asking places of events (Occasions.places) walked every fact's id and record, and a yes/no
    # question giving a count its lead does not (Composer._count_of_another_thing) every fact's row: ~2-4 s each at
    # 100,000 facts. The dated events are read once by topic noun, the facts holding the count's digits alone. A
    # date asked of events at one place told on several dates (Occasions.dated) reads the events filed by its noun.
    qs = [
        "what cities had the #WeWontBeComplicit marches",
        "what happened at the july 12 palo alto protest, did anyone get arrested",
        "did the 2018 letter have 140000 signatures",
        "when did the nyc protest happen",  # (Occasions.dated: the events of one place told on several dates)
    ]
    compiled = open_brief(brief_copy, tmp_path / "cache")
    served = Core(compiled.brief, rate_limit=0, cache_dir=compiled.index_dir)
    served.ask("who is alex karp")  # (a first question may read every fact's position once)
    fresh_brief = load_brief(brief_copy)
    fresh = Core(fresh_brief, rate_limit=0)
    rows = compiled.brief.facts
    assert isinstance(rows, snapshot.FactRows)
    assert compiled.brief.dated_event_topics() == [(i, list(t)) for i, t in fresh_brief.dated_event_topics()]
    for digits in ("140000", "2018", "12", "999999"):
        given = list(fresh_brief.statements_giving_digits(digits))
        assert list(compiled.brief.statements_giving_digits(digits)) == given
    assert next(compiled.brief.statements_giving_digits("140000"), None)  # the petition's signatures

    def refuse() -> None:
        raise AssertionError("every fact was walked")

    monkeypatch.setattr(rows, "values", refuse)
    monkeypatch.setattr(type(rows), "__iter__", lambda _: refuse())
    assert [served.ask(q).dump_json() for q in qs] == [fresh.ask(q).dump_json() for q in qs]


def test_the_dated_events_filed_under_a_noun_are_read_through_the_event_words_table_alone_as_a_fresh_load_files_them(
    brief_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the first question asking places or dates of events (Occasions._events_filed) read and filed every dated
    # event's topics (~21,000 at 100,000 facts, ~0.15-0.35 s): now the events of the noun asked, through the
    # `event_words` table's index of each dated event's topic words
    qs = [
        "what cities had the #WeWontBeComplicit marches",
        "when did the nyc protest happen",
        "where did protests happen",
    ]
    compiled = open_brief(brief_copy, tmp_path / "cache")
    served = Core(compiled.brief, rate_limit=0, cache_dir=compiled.index_dir)
    fresh_brief = load_brief(brief_copy)
    fresh = Core(fresh_brief, rate_limit=0)
    for forms in ({"protest", "protests"}, {"march", "marchs"}, {"marches"}, {"no-such-word"}, set()):
        assert compiled.brief.dated_events_worded(forms) == fresh_brief.dated_events_worded(forms), forms
    assert compiled.brief.dated_events_worded({"protests"})  # (the articles file dated events under "protests")

    def refuse() -> list[tuple[str, list[str]]]:
        raise AssertionError("every dated event's topics were read")

    monkeypatch.setattr(compiled.brief, "dated_event_topics", refuse)
    assert [served.ask(q).dump_json() for q in qs] == [fresh.ask(q).dump_json() for q in qs]


def test_places_and_dates_of_events_asked_again_read_no_event_record_and_place_none_again_as_a_fresh_load_answers(
    brief_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # each asking of "where did protests happen" read and placed every event filed under "protests" (~20,000 at
    # 100,000 facts: ~3.8 s each time): an event's fields and places are now read once per brief
    from bot.answering import occasions

    qs = ["where did protests happen", "when did the nyc protest happen", "which cities had protests"]
    compiled = open_brief(brief_copy, tmp_path / "cache")
    served = Core(compiled.brief, rate_limit=0, cache_dir=compiled.index_dir)
    fresh = Core(load_brief(brief_copy), rate_limit=0)
    expected = [fresh.ask(q).dump_json() for q in qs]
    assert [served.ask(q).dump_json() for q in qs] == expected
    assert "New York City" in served.ask(qs[0]).text.splitlines()[0]  # (places gathered, not a plain fact)

    def refuse(*_: object) -> list[tuple[int, int, str]]:
        raise AssertionError("an event's statement was read again")

    monkeypatch.setattr(served.answerer.occasions, "_name_spans", refuse)
    monkeypatch.setattr(occasions, "planned_as", refuse)
    assert [served.ask(q).dump_json() for q in qs] == expected


def test_a_sum_a_former_name_and_a_document_asked_of_read_the_facts_holding_them_alone_as_a_fresh_load(
    brief_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # three checks walked every fact each asking: whether any statement gives the sum a date question's thing is named
    # by (Endings.sum_untold: now the statements with a run of its digits, the `digits` table), an entry's facts for a
    # former name (Answerer._former_named) and a speaker's for the document asked of (Untold.document_untold: now the
    # facts naming the entry, the `names` table)
    qs = [
        "when does the 49m contract end",
        "when does the 9m deal expire",
        "palantir gotham used to be called?",
        "what did karp say about ice in his latest shareholder letter",
    ]
    served, fresh = _asked_served_and_fresh(brief_copy, tmp_path, monkeypatch, qs)
    assert served == fresh
