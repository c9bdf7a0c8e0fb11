"""The language work of drafting, on sentences and pages the tests write themselves."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.brief import load_brief
from bot.draft_text import (
    FactIndex,
    attributed_quote,
    boilerplate_reason,
    figures,
    find_boilerplate,
    find_dates,
    find_names,
    lookalikes,
    resolve_date,
    sentences,
)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Most Popular",
        "Load more",
        "See all Video",
        "Skip to content Skip to footer",
        "Tags ICE Immigration Palantir tech companies",
        "Read: Why Activists Keep Returning to Palantir's Door",
        "Over 80 percent of The Ledger's funding comes from small individual donations.",
        "You can help by giving today. Whether you can make a small monthly donation or a larger gift, it matters.",
        "The Daily Example has removed its comment section, as there are many other forums for readers.",
        "We invite you to join the discussion on Facebook and Twitter.",
        "–This report was updated at 3:05 p.m.",
        "Correction: An earlier version of this article misspelled a name.",
    ],
)
def test_page_furniture_is_recognised_as_boilerplate(paragraph: str) -> None:
    assert boilerplate_reason(paragraph) is not None


@pytest.mark.parametrize(
    "paragraph",
    [
        "Palantir Faces New Pressure Over ICE Work",
        "Activists said they would donate their time to the campaign against the contract.",
        "The most popular demand at the rally was that Palantir cancel its $38 million contract.",
        "Readers of the leaked documents found that ICE used the software to plan raids.",
    ],
)
def test_article_text_is_not_mistaken_for_boilerplate(paragraph: str) -> None:
    assert boilerplate_reason(paragraph) is None


def test_boilerplate_report_names_the_line_and_the_reason() -> None:
    page = "A headline\n\nPalantir signed a contract.\n\nMost Popular\n\nLoad more\n"
    stripped = find_boilerplate(page)
    assert [(s.line, s.text) for s in stripped] == [(5, "Most Popular"), (7, "Load more")]
    assert all("navigation" in s.reason for s in stripped)


def test_sentences_are_verbatim_and_skip_boilerplate_lines_and_the_headline() -> None:
    page = "Big News Today\n\nMr. Karp spoke on Sept. 13, 2019. He said “no.” Then he left.\n\nMost Popular\n"
    sents = sentences(page, skip_lines=[5], headline="Big News Today")
    assert [s.text for s in sents] == ["Mr. Karp spoke on Sept. 13, 2019.", "He said “no.”", "Then he left."]
    assert all(s.text in page for s in sents)


def test_an_overlong_sentence_is_cut_into_verbatim_clauses_short_enough_to_quote() -> None:
    clause = "the protesters, who came from many groups across the country, demanded an end to the contract"
    sentence = "; ".join([clause] * 8) + "."
    sents = sentences(sentence)
    assert len(sents) > 1
    assert all(len(s.text) <= 400 and s.text in sentence for s in sents)


def test_money_and_counts_are_found_but_years_and_days_are_not_counts() -> None:
    found = figures("In 2017, ICE paid $38 million and 1,200 agents made 35 arrests on Sept. 13 under a €2.5m deal.")
    assert [(f.kind, f.value) for f in found] == [
        ("money", 38_000_000),
        ("money", 2_500_000),
        ("count", 1200),
        ("count", 35),
    ]


# --- dates ---------------------------------------------------------------------------------------------------


def test_on_friday_in_an_article_published_that_friday_is_that_day() -> None:
    found = resolve_date("Friday", dt.date(2019, 9, 13))  # a Friday
    assert found.value == "2019-09-13"
    assert "2019-09-13 (Friday)" in found.note


def test_a_weekday_resolves_back_across_the_new_year() -> None:
    found = resolve_date("Friday", dt.date(2020, 1, 1))  # a Wednesday
    assert found.value == "2019-12-27"
    assert found.relative


def test_a_weekday_resolves_back_across_a_week_boundary() -> None:
    assert resolve_date("Saturday", dt.date(2019, 5, 13)).value == "2019-05-11"  # published on a Monday


def test_a_weekday_in_a_sentence_about_the_future_is_the_next_one() -> None:
    found = find_dates("Activists will rally again on Friday.", dt.date(2019, 12, 30))
    assert [d.value for d in found] == ["2020-01-03"]
    assert "future" in found[0].note


def test_last_year_and_next_month_cross_year_boundaries_with_their_precision() -> None:
    assert resolve_date("last year", dt.date(2020, 1, 2)).value == "2019"
    assert resolve_date("next month", dt.date(2019, 12, 15)).value == "2020-01"
    assert resolve_date("this month", dt.date(2019, 5, 20)).value == "2019-05"


def test_a_month_and_day_without_a_year_takes_the_occurrence_nearest_publication() -> None:
    assert resolve_date("Dec. 28", dt.date(2020, 1, 3)).value == "2019-12-28"
    assert resolve_date("July 12", dt.date(2019, 7, 5)).value == "2019-07-12"
    assert resolve_date("January 2", dt.date(2019, 12, 30)).value == "2020-01-02"


def test_absolute_dates_keep_their_stated_precision() -> None:
    found = find_dates("It began in 2014 and was renewed on Sept. 13, 2019 and again in May 2020.", dt.date(2021, 1, 1))
    assert [(d.phrase, d.value, d.relative) for d in found] == [
        ("in 2014", "2014", False),
        ("Sept. 13, 2019", "2019-09-13", False),
        ("May 2020", "2020-05", False),
    ]


def test_the_verb_may_is_not_a_date() -> None:
    assert find_dates("Palantir may lose the contract.", dt.date(2019, 1, 1)) == []


def test_an_unresolvable_period_is_flagged_for_the_curator_not_guessed() -> None:
    found = resolve_date("last summer", dt.date(2019, 5, 1))
    assert found.value is None
    assert "check by hand" in found.note


# --- names, quotes, look-alikes ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def shipped():  # type: ignore[no-untyped-def]
    return load_brief()


def test_names_link_to_the_glossary_through_aliases_and_unknown_names_are_listed(shipped) -> None:  # type: ignore[no-untyped-def]
    names = find_names(
        "Jews for Economic and Racial Justice joined Mr. Karp's critics and Rosa Delgado of the Sunrise Alliance.",
        shipped.aliases,
    )
    assert names.linked == ["jfrej", "alex-karp"]
    assert names.new == ["Rosa Delgado", "Sunrise Alliance"]


def test_a_close_misspelling_of_an_alias_is_linked_and_says_so(shipped) -> None:  # type: ignore[no-untyped-def]
    names = find_names("Organizers from Never Again Actoin marched.", shipped.aliases)
    assert "never-again-action" in names.linked
    assert "close to alias" in names.how["never-again-action"]


def test_capitals_that_only_open_a_sentence_are_not_names(shipped) -> None:  # type: ignore[no-untyped-def]
    assert find_names("Activists marched. Then they left.", shipped.aliases).new == []


def test_attributed_quotes_need_quotation_marks_and_a_speaker() -> None:
    assert attributed_quote("“We will keep coming back until it ends,” Delgado told reporters.")
    assert not attributed_quote("“We will keep coming back until it ends.”")
    assert not attributed_quote("Delgado told reporters they would return.")


def test_a_repeated_figure_about_the_same_parties_is_flagged_as_a_lookalike(shipped) -> None:  # type: ignore[no-untyped-def]
    index = FactIndex.build(shipped.facts.values())
    found = lookalikes("Palantir's $38 million ICE contract was renewed.", ["palantir", "ice"], index)
    assert found and found[0].fact_id == "contract-38m-claim"
    assert "same figure 38 million" in found[0].why


def test_a_new_claim_with_nothing_in_common_is_not_flagged(shipped) -> None:  # type: ignore[no-untyped-def]
    index = FactIndex.build(shipped.facts.values())
    assert lookalikes("The weather in Lisbon was unusually warm for a week.", [], index) == []


def test_a_hard_wrapped_paragraph_is_one_paragraph() -> None:
    page = "Palantir signed a $38 million\ncontract with ICE in 2017.\n\nIt was renewed.\n"
    found = sentences(page)
    assert [s.text for s in found] == ["Palantir signed a $38 million contract with ICE in 2017.", "It was renewed."]
    assert [s.paragraph for s in found] == [1, 4]
