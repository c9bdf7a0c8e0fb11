from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot import text
from bot.factbase import Brief


def test_compile_deferred_compiles_every_pattern_deferred_so_far() -> None:
    getter = text.on_first_use(r"deferred (?:for|by) a test")
    assert getter.cache_info().currsize == 0  # type: ignore[attr-defined]  # functools.cache's getter
    assert text.compile_deferred() >= 1
    assert getter.cache_info().currsize == 1  # type: ignore[attr-defined]
    assert getter().search("deferred by a test")


def test_english_words_one_edit_away_are_found_with_or_without_saved_rows(tmp_path: Path) -> None:
    from bot.answering.english import English
    from bot.english_tables import save_word_table

    save_word_table(tmp_path / "index", tmp_path / "english.json")
    in_memory, saved = English(None), English(tmp_path / "index")
    for english in (in_memory, saved):
        assert english.near("floodign")[:1] == ["flooding"]
        assert english.near("wat") == []  # too short to guess
    assert saved._zipf is None  # the saved rows were read by range, not the whole table loaded


def test_saved_rows_give_near_the_same_candidates_in_the_same_order_as_the_table_in_memory(tmp_path: Path) -> None:
    from bot.answering.english import English
    from bot.english_tables import save_word_table

    save_word_table(tmp_path / "index", tmp_path / "english.json")
    in_memory, saved = English(None), English(tmp_path / "index")
    letters = [*sorted({w[0] for w in in_memory.table}), "\u00e9", "1"]  # and letters no word starts with
    for letter in letters:
        for length in (1, 5, 6, 9, 13):
            assert saved._read_starting(letter, length) == in_memory._read_starting(letter, length), (letter, length)
    assert saved._zipf is None


def _words_by_pattern(found: str) -> list[str]:
    """`text.words` as it is defined: NUMBER_WORD's tokens of the text in lower case, its possessives and apostrophes
    out, its accents dropped and its numbers' thousands separators dropped."""
    return text.NUMBER_WORD.findall(text.joined_groups(text.unaccented(text._POSSESSIVE.sub("", found.lower()))))


@pytest.mark.parametrize(
    ("found", "expected"),
    [
        ("no fewer than 8,400 people", ["no", "fewer", "than", "8400", "people"]),  # no "400" to match a question's
        ("8400 arrests", ["8400", "arrests"]),  # typed without its comma: the same word
        ("a $49.5 million contract", ["a", "49.5", "million", "contract"]),  # no "5"
        ("1,200,000 and 1,000.5", ["1200000", "and", "1000.5"]),
        ("in 2017,2018 and 2019.", ["in", "2017", "2018", "and", "2019"]),  # a year is no group
        ("then 12,34 and v1.2.3", ["then", "12", "34", "and", "v1.2.3"]),
    ],
)
def test_a_numbers_digit_groups_are_one_word(found: str, expected: list[str]) -> None:
    assert text.words(found) == expected


def test_words_of_every_shipped_text_are_the_patterns_tokens(brief: Brief) -> None:
    texts = [f.statement for f in brief.facts.values()] + [c.quote for f in brief.facts.values() for c in f.citations]
    texts += [e.description for e in brief.entities.values()] + [e.name for e in brief.entities.values()]
    assert texts and all(text.words(t) == _words_by_pattern(t) for t in texts)


@pytest.mark.parametrize(
    "found",
    [
        "".join(map(chr, range(128))),  # every ASCII character: all but letters and digits split words
        "The Guild's members' 2019 \"vote\"\tof 8,400 - in_full\x1c\x1dagain\x0bdone",
        "don't it's the guilds's 'quoted' x'sy",
        "\u212a\u0130stanbul K\u00e9vin caf\u00e9 na\u00efve \u017fome",  # lower case of a non-ASCII letter is ASCII
        "\u00a0spaced\u2003out\u3000wide\u0085next",  # spaces that are not ASCII
    ],
)
def test_words_splits_as_the_pattern_does(found: str) -> None:
    assert text.words(found) == _words_by_pattern(found)


@given(st.text(alphabet=st.characters(max_codepoint=0x2FF) | st.sampled_from("'s ,.0123")))
@settings(max_examples=300, deadline=None)
def test_words_of_any_text_are_the_patterns_tokens(found: str) -> None:
    assert text.words(found) == _words_by_pattern(found)


@pytest.mark.parametrize(
    ("number", "scale", "value"),
    [("53", "million", 53e6), ("1.5", "billion", 1.5e9), ("$250,000", "", 250_000.0), ("9", "thousand", 9e3)],
)
def test_a_sums_value_is_its_number_as_written_times_its_scale_word(number: str, scale: str, value: float) -> None:
    # review 22: five copies of this reading had drifted apart (one lacked "thousand"); follow-ups, comparisons and
    # composing now share it
    assert text.sum_value(number, scale) == value


def test_a_sum_with_no_number_has_no_value() -> None:
    assert text.sum_value("about", "million") is None


def test_typed_between_keeps_the_text_as_typed_and_gives_none_where_words_are_read() -> None:
    assert text.typed_between("who deleted the anti-ICE messages", 3, 5) == "anti-ICE messages"
    assert text.typed_between("who deleted the guild's messages", 3, 4) is None  # the possessive is dropped
    assert text.typed_between("who deleted them", 2, 3) is None  # out of range


def test_as_typed_finds_words_whole_with_what_the_text_types_between_them() -> None:
    """`find_typed`/`as_typed` read words as `words` gives them back in the text that typed them: case and
    punctuation between the words kept, each word whole, and the words joined as read where the text lacks them."""
    asked = "Who wrote the Anti-HQ notices, Lind?"
    assert text.as_typed(asked, ["anti", "hq", "notices"]) == "Anti-HQ notices"
    found = text.find_typed(asked, ["lind"])
    assert found is not None and asked[found.end() :] == "?"
    assert text.find_typed("the hqs", ["hq"]) is None  # a word whole, not a word's start
    assert text.find_typed(asked, []) is None
    assert text.as_typed(asked, ["port", "lantern"]) == "port lantern"
    assert text.typed_pattern(["a.b", "c"]) == r"\ba\.b\W+c\b"


def test_a_words_accents_are_dropped_so_an_accented_word_is_the_word() -> None:
    assert text.words("Mijenté, naïve Okafór") == ["mijente", "naive", "okafor"]
    assert text.unaccented("Gull Point的灯塔") == "Gull Point的灯塔"  # no accent to drop: other scripts are kept
