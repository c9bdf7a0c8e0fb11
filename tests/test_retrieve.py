from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.core import Core
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


# pieces of statements that reach every branch of the features' shortcuts: request verbs with their "to"/"that",
# how a request fared, sentence and clause ends, possessives and apostrophes, speech marks, leading clauses and
# dates, days of a month, counts, and letters a case-blind pattern matches to others
STATEMENT_PIECES = st.sampled_from(
    "asked urged pressed demanding called wanted to that the guild cancel contracts stop and but so not n't never "
    "despite refused said told because since in order . ; ! ? , , 's ' \" “ ” When On In 12 July 2019 two 400 "
    "1,000 dozens several İ ſ K a_b guild's employees' Asked URGED Not".split(" ")
)
STATEMENTISH = st.tuples(st.lists(STATEMENT_PIECES, max_size=24), st.sampled_from([" ", "", ", ", ". "])).map(
    lambda parts: parts[1].join(parts[0])
)


def _fact_stating(text: str):  # type: ignore[no-untyped-def]
    from bot.records import CitedRecord, FactRecord

    return FactRecord("f", "event", text, [], [], None, None, [], [CitedRecord("s", "q")], [], [], None, [], None, None)


@given(STATEMENTISH)
def test_features_worked_out_from_the_statements_words_are_those_worked_out_from_its_text(text: str) -> None:
    from bot.features import of, requested_only
    from bot.text import words

    assert of(_fact_stating(text), {}, words(text)) == of(_fact_stating(text), {})
    assert requested_only(text, words(text)) == requested_only(text)


@given(st.one_of(STATEMENTISH.map(str.lower), NUMBERISH.map(str.lower)))
def test_a_count_and_what_it_counts_are_found_in_one_pass_as_apart(text: str) -> None:
    from bot.features import _count_and_counted, _without_dates_lower, counted_stems

    undated = _without_dates_lower(text)
    count = COUNT().search(undated) is not None
    assert _count_and_counted(undated) == (count, counted_stems(undated) if count else ())


@given(STATEMENTISH)
def test_a_statement_settles_what_happened_as_the_patterns_say_with_speech_taken_out(text: str) -> None:
    from bot.features import REPORTING, SETTLES, SPOKEN, settles

    own = SPOKEN().sub(" ", text.lower())
    assert settles(text) == any(REPORTING().search(own[: m.start()]) is None for m in SETTLES().finditer(own))


def test_the_brief_synonym_kin_is_worked_out_once_per_core_and_shared_by_the_checks_reading_it(core: Core) -> None:
    """`synonym_kin` (~1 ms on the shipped brief) was worked out four times at every start: by the retriever, the
    attribution checks, the untold premises and the yes/no verdicts; the retriever's is the one they read."""
    from bot.answering.retrieve import synonym_kin

    answerer = core.answerer
    kin = answerer.retriever.kin
    assert kin == synonym_kin(core.brief) and kin
    assert answerer.attribution._kin is kin and answerer.untold._kin is kin
    assert answerer.composer.verdicts._kin is kin
