from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.answering.retrieve import COUNT, has_count

# digits, commas, the letters of the number words in both cases, word joiners, and letters a case-blind pattern
# matches to others ("ſ" for "s", "İ"/"ı" for "i", the Kelvin sign for "k")
NUMBERISH = st.text(alphabet="0123456789,. _-'twohrefivsxngdzculaTWOHREFIVSXNGDZCULAſİıK", max_size=40)


@given(NUMBERISH)
def test_has_count_finds_a_count_exactly_where_the_count_pattern_does(text: str) -> None:
    assert has_count(text) == (COUNT().search(text) is not None)


@given(st.text(max_size=60))
def test_has_count_agrees_with_the_count_pattern_on_any_text(text: str) -> None:
    assert has_count(text) == (COUNT().search(text) is not None)


def test_has_count_reads_number_words_in_any_case_and_skips_years() -> None:
    assert has_count("TWICE denied entry") and has_count("several dozen") and has_count("400 signatures")
    assert not has_count("in 2019 the protest") and not has_count("tens of")
