from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.features import COUNT, has_count

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


@given(NUMBERISH.map(str.lower))
def test_what_a_statement_counts_is_read_from_the_words_after_each_count_the_count_pattern_finds(text: str) -> None:
    from bot.answering.retrieve import Retriever
    from bot.features import counted_stems
    from bot.search import stem
    from bot.text import words

    counted = counted_stems(text)
    for noun in {*words(text), "contracts", "signatures"}:
        assert (stem(noun) in counted) == Retriever._counts(text, noun)


REACTIONISH = st.text(alphabet="whenaftrosicpdyWHENAFTROSICPDY ,.İıſK", max_size=40)


@given(REACTIONISH)
def test_a_reaction_is_found_in_any_case_as_the_case_blind_pattern_finds_it(text: str) -> None:
    from bot.features import REACTION, of
    from bot.records import CitedRecord, FactRecord

    fact = FactRecord("f", "event", text, [], [], None, None, [], [CitedRecord("s", "q")], [], [], None, [], None, None)
    assert of(fact, {}).reaction == (REACTION().search(text) is not None)


def test_every_request_verb_holds_one_of_the_roots_its_precheck_looks_for() -> None:
    from bot.features import REQUEST_ROOTS, REQUEST_VERBS

    assert all(any(root in verb for root in REQUEST_ROOTS) for verb in REQUEST_VERBS)


DATEISH = st.text(alphabet="0123456789 januaryfebmchpilgstovdJANUARYFEBMCHPILGSTOVDİıſK", max_size=40)


@given(DATEISH)
def test_days_of_a_month_are_taken_out_of_lower_case_text_as_the_case_blind_pattern_takes_them(text: str) -> None:
    from bot.features import _without_dates_lower, without_dates

    assert _without_dates_lower(text.lower()) == without_dates(text.lower())


@given(st.text(alphabet="becausinordtgmwfBECAUSINORDTGMWF ,.İıſK", max_size=40))
def test_a_reason_is_found_where_the_reason_pattern_finds_one(text: str) -> None:
    from bot.features import REASON, of
    from bot.records import CitedRecord, FactRecord

    fact = FactRecord("f", "event", text, [], [], None, None, [], [CitedRecord("s", "q")], [], [], None, [], None, None)
    assert of(fact, {}).reason == (REASON().search(text.lower()) is not None)
