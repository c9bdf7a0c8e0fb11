"""On-this-date and timeline, with the clock passed in."""

from __future__ import annotations

import datetime as dt
import re

from bot import messages
from bot.brief import Brief, load_brief
from bot.calendar import SCREEN_ITEMS, on_this_date, timeline
from tests.conftest import tiny_fact


def test_13_september_lists_the_2019_protests_with_years_ago(brief: Brief) -> None:
    result = on_this_date(brief, dt.date(2026, 9, 13))
    assert not result.nearest
    ids = [i.fact_id for i in result.items]
    assert "protest-nyc-palo-alto-2019-09-13" in ids
    assert all(i.years_ago == 7 and i.event_date == "2019-09-13" for i in result.items)
    assert "7 years ago" in result.text


def test_a_day_without_facts_offers_the_nearest_anniversaries_labelled(brief: Brief) -> None:
    result = on_this_date(brief, dt.date(2026, 9, 10))
    assert result.nearest and result.items
    assert all(abs(i.days_away) <= 7 for i in result.items)
    assert "Nearest anniversaries within a week" in result.text


def test_a_day_far_from_any_fact_says_nothing_on_this_date(make_brief) -> None:  # type: ignore[no-untyped-def]
    tiny = load_brief(make_brief([tiny_fact("only", date="2019-06-15")]))
    result = on_this_date(tiny, dt.date(2026, 1, 1))
    assert result.items == [] and not result.nearest
    assert "Nothing in my fact base happened on 1 January" in result.text


def test_leap_day_event_is_remembered_on_28_february_in_common_years(make_brief) -> None:  # type: ignore[no-untyped-def]
    tiny = load_brief(make_brief([tiny_fact("leap", date="2016-02-29")]))
    assert [i.fact_id for i in on_this_date(tiny, dt.date(2020, 2, 29)).items] == ["leap"]
    common = on_this_date(tiny, dt.date(2021, 2, 28))
    assert [i.fact_id for i in common.items] == ["leap"] and not common.nearest
    assert common.items[0].years_ago == 5


def test_nearest_search_crosses_the_year_boundary(make_brief) -> None:  # type: ignore[no-untyped-def]
    tiny = load_brief(make_brief([tiny_fact("new-year", date="2018-01-02"), tiny_fact("old-year", date="2018-12-27")]))
    result = on_this_date(tiny, dt.date(2025, 12, 30))
    assert result.nearest
    by_id = {i.fact_id: i for i in result.items}
    assert by_id["new-year"].days_away == 3 and by_id["new-year"].years_ago == 8
    assert by_id["old-year"].days_away == -3 and by_id["old-year"].years_ago == 7


def test_future_events_are_not_anniversaries(make_brief) -> None:  # type: ignore[no-untyped-def]
    tiny = load_brief(make_brief([tiny_fact("later", date="2030-05-05", date_note="A planned event.")]))
    assert on_this_date(tiny, dt.date(2026, 5, 5)).items == []


def test_a_date_before_every_event_says_earlier_years_have_none_and_points_to_the_later_ones(brief: Brief) -> None:
    # "today 1999-07-31" said nothing happened on 31 July, though 31 July 2018 has the Palo Alto protest
    result = on_this_date(brief, dt.date(1999, 7, 31))
    assert result.items == []
    assert result.text.startswith("Nothing in my fact base happened on 31 July in 1999 or any earlier year")
    assert result.more[0] == "today 2018-07-31" and "`today 2018-07-31`" in result.text


def test_a_later_event_on_the_day_itself_is_pointed_to_as_on_it(make_brief) -> None:  # type: ignore[no-untyped-def]
    tiny = load_brief(make_brief([tiny_fact("later", date="2030-05-05", date_note="A planned event.")]))
    text = on_this_date(tiny, dt.date(2026, 5, 5)).text
    assert text.endswith("Later years have facts on it: `today 2030-05-05`.")


def test_a_later_caption_is_not_pointed_to(make_brief) -> None:  # type: ignore[no-untyped-def]
    root = make_brief([tiny_fact("signing", "2019-01-10"), tiny_fact("credit", "2019-05-05", kind="caption")])
    tiny = load_brief(root)
    result = on_this_date(tiny, dt.date(2018, 5, 5))
    assert result.text == "Nothing in my fact base happened on 5 May, or within a week of it." and result.more == []


def test_timeline_is_in_date_order_with_months_after_their_days(brief: Brief) -> None:
    entries = timeline(brief).entries
    keys = [(e.date + "-99")[:10] if e.precision == "month" else e.date for e in entries]
    assert [e.date[:4] for e in entries] == sorted(e.date[:4] for e in entries)
    day_then_month = [
        (k[:7], 0 if e.precision == "day" else 1) for k, e in zip(keys, entries, strict=True) if e.precision != "year"
    ]
    assert day_then_month == sorted(day_then_month)


def test_timeline_filters_by_year_and_topic(brief: Brief) -> None:
    result = timeline(brief, year=2019, topic="protests")
    assert result.entries
    assert all(e.date.startswith("2019") and "protests" in e.topics for e in result.entries)


def test_unknown_topic_is_a_usage_error_listing_topics(core) -> None:  # type: ignore[no-untyped-def]
    from bot.commands import parse
    from bot.ports import Context

    reply = core.handle(parse("timeline 2019 gardening"), Context())
    assert reply.kind == "usage" and "contracts" in reply.text


def test_a_topics_timeline_lists_its_undated_facts_of_who_someone_is_after_the_dated(brief: Brief) -> None:
    """`timeline people` listed one person, the one whose article dated her fact: Karp, Gonzalez and Sasson, whose
    facts tell who they are with no date, were left out. They follow the dated facts, labelled undated; a year or a
    month asked keeps its dated facts only."""
    people = timeline(brief, topic="people").entries
    listed = [e.fact_id for e in people]
    assert {"pa-alex-karp-ceo", "vice-priscilla-gonzalez-mijente", "vice-audrey-sasson-jfrej"} <= set(listed)
    dated = [e for e in people if e.date]
    assert people[: len(dated)] == dated and all(e.date_label == "Undated" for e in people[len(dated) :])
    assert all(e.date.startswith("2019") for e in timeline(brief, year=2019, topic="people").entries)


def test_a_digest_fits_one_screen_then_names_the_timeline_with_the_rest(brief: Brief) -> None:
    result = on_this_date(brief, dt.date(2026, 9, 13))
    lines = result.text.splitlines()
    assert len(result.text) <= 1500 and len(lines) <= 1 + SCREEN_ITEMS + 1
    assert result.shown == len(lines) - 2 and len(result.items) > result.shown
    assert lines[-1] == f"…and {len(result.items) - result.shown} more: `timeline 2019-09`"
    assert result.more == ["timeline 2019-09"]
    assert brief.facts[result.items[0].fact_id].kind == "event"  # what happened comes first


def test_near_day_items_say_when_they_happened_and_how_far_from_the_day_once(brief: Brief) -> None:
    result = on_this_date(brief, dt.date(2026, 9, 15))
    assert result.nearest
    first = result.text.splitlines()[1]
    assert first.startswith("• 13 September 2019, 7 years ago, 2 days earlier: ")
    assert ": 2019 (" not in result.text  # the old label repeated the year: "13 September 2019: 2019 (7 years ago)"


def test_captions_and_credits_are_never_anniversaries_or_timeline_entries(make_brief) -> None:  # type: ignore[no-untyped-def]
    root = make_brief([tiny_fact("signing", "2020-02-29"), tiny_fact("photo-credit", "2020-02-29", kind="caption")])
    brief = load_brief(root)
    assert [i.fact_id for i in on_this_date(brief, dt.date(2024, 2, 29)).items] == ["signing"]
    assert [e.fact_id for e in timeline(brief).entries] == ["signing"]


def test_the_shipped_photo_credit_is_not_served_on_its_day(brief: Brief) -> None:
    day = on_this_date(brief, dt.date(2026, 9, 13))
    kinds = {brief.facts[i.fact_id].kind for i in day.items}
    assert "caption" not in kinds and all("photo" not in i.text.lower() for i in day.items)


def test_a_date_in_the_events_own_year_labels_it_by_the_year_alone_never_this_year(brief: Brief) -> None:
    same_day = on_this_date(brief, dt.date(2019, 9, 13))
    assert same_day.items and all(i.text.startswith("2019: ") for i in same_day.items)
    near = on_this_date(brief, dt.date(2019, 9, 15))
    assert near.nearest and near.items[0].text.startswith("2 days earlier: ")
    assert all(re.match(r"(\d+ years? ago, )?\d+ days? (earlier|later): ", i.text) for i in near.items)
    for result in (same_day, near):
        assert "this year" not in result.text
    assert on_this_date(brief, dt.date(2026, 9, 13)).items[0].text.startswith("2019 (7 years ago): ")


def test_dates_at_the_calendars_ends_answer_instead_of_overflowing(make_brief) -> None:  # type: ignore[no-untyped-def]
    tiny = load_brief(make_brief([tiny_fact("only", date="2019-01-03")]))
    start = on_this_date(tiny, dt.date(1, 1, 1))  # the week around it starts before year 1
    assert start.items == [] and "Nothing in my fact base happened on 1 January" in start.text
    end = on_this_date(tiny, dt.date(9999, 12, 31))  # and this one ends after year 9999
    assert end.items == [] and "31 December" in end.text
    assert [i.fact_id for i in on_this_date(tiny, dt.date(9999, 1, 1)).items] == ["only"]


def test_a_timeline_word_naming_a_glossary_entry_lists_the_dated_facts_naming_it(brief: Brief) -> None:
    # fresh tester 88: `timeline falcon` and `timeline 2017 mijente` were "Unknown topic", though each names an entry
    entity = next(
        e for e in brief.entities.values() if any(e.id in f.entities and f.date for f in brief.facts.values())
    )
    result = timeline(brief, topic=entity.name.lower())
    assert result.entries and all(entity.id in brief.facts[e.fact_id].entities for e in result.entries)
    assert result.text.splitlines()[0] == f"Timeline — {entity.name} {messages.TIMELINE_NAMING}"
    year = int(result.entries[0].date[:4])
    assert all(e.date.startswith(str(year)) for e in timeline(brief, year=year, topic=entity.name).entries)
