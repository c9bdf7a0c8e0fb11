from __future__ import annotations

from pathlib import Path

from bot import text


def test_compile_deferred_compiles_every_pattern_deferred_so_far() -> None:
    getter = text.on_first_use(r"deferred (?:for|by) a test")
    assert getter.cache_info().currsize == 0  # type: ignore[attr-defined]  # functools.cache's getter
    assert text.compile_deferred() >= 1
    assert getter.cache_info().currsize == 1  # type: ignore[attr-defined]
    assert getter().search("deferred by a test")


def test_english_words_one_edit_away_are_found_with_or_without_saved_rows(tmp_path: Path) -> None:
    from bot.answering.english import English, save_word_table

    save_word_table(tmp_path / "index", tmp_path / "english.json")
    in_memory, saved = English(None), English(tmp_path / "index")
    for english in (in_memory, saved):
        assert english.near("floodign")[:1] == ["flooding"]
        assert english.near("wat") == []  # too short to guess
    assert saved._zipf is None  # the saved rows were read by range, not the whole table loaded


def test_saved_rows_give_near_the_same_candidates_in_the_same_order_as_the_table_in_memory(tmp_path: Path) -> None:
    from bot.answering.english import English, save_word_table

    save_word_table(tmp_path / "index", tmp_path / "english.json")
    in_memory, saved = English(None), English(tmp_path / "index")
    letters = [*sorted({w[0] for w in in_memory.table}), "\u00e9", "1"]  # and letters no word starts with
    for letter in letters:
        for length in (1, 5, 6, 9, 13):
            assert saved._read_starting(letter, length) == in_memory._read_starting(letter, length), (letter, length)
    assert saved._zipf is None
