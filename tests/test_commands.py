"""The one grammar shared by Slack, Discord and the console."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot import calendar, messages
from bot.brief import Brief
from bot.commands import Ask, FactCmd, Help, Invalid, Sources, Status, Subscribe, TimelineCmd, Today, Unsubscribe, parse
from bot.core import Core
from bot.ports import Context


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("help", Help()),
        ("", Help()),
        ("today", Today()),
        ("today 2019-09-13", Today(date=dt.date(2019, 9, 13))),
        ("timeline", TimelineCmd()),
        ("timeline 2019", TimelineCmd(year=2019)),
        ("timeline 2019 protests", TimelineCmd(year=2019, topic="protests")),
        ("timeline protests", TimelineCmd(topic="protests")),
        ("sources", Sources()),
        ("fact contract-49m-2019", FactCmd(fact_id="contract-49m-2019")),
        ("subscribe 09:00 America/Los_Angeles", Subscribe(time="09:00", timezone="America/Los_Angeles")),
        (
            "subscribe 9:30 Europe/Berlin --empty nearest",
            Subscribe(time="9:30", timezone="Europe/Berlin", empty="nearest"),
        ),
        ("subscribe", Subscribe()),
        ("subscribe 09:00 America/Los Angeles", Subscribe(time="09:00", timezone="America/Los Angeles")),
        ("unsubscribe", Unsubscribe()),
        ("status", Status()),
        ("what is FALCON?", Ask(question="what is FALCON?")),
        ("today is when the contract started?", Ask(question="today is when the contract started?")),
        # a date and words after it: the command malformed, not a question (fresh tester 45: it was answered)
        ("today 2019-09-13 extra", Invalid(message=messages.TODAY_USAGE)),
        ("/palantir-ice today 2019-9-13 and more", Invalid(message=messages.TODAY_USAGE)),
        ("<@U123ABC> how much is the contract", Ask(question="how much is the contract")),
        ("/palantir-ice sources", Sources()),
        # the sources asked for in words (fresh tester 26: "list the sources" was off-topic), not an article's part
        ("list the sources", Sources()),
        ("what are your sources?", Sources()),
        ("which articles do you have", Sources()),
        ("how many articles are there", Sources()),  # fresh tester 28: "outside what I cover"
        ("the number of sources you have", Sources()),
        ("which article is from business insider", Ask(question="which article is from business insider")),
        ("what are the sources for the 49m figure", Ask(question="what are the sources for the 49m figure")),
        # an outlet, a year or a few words after `sources` narrow the list (it answered "sources vice" with Karp)
        ("sources vice", Sources(match="vice")),
        ("/palantir-ice sources 2018", Sources(match="2018")),
        ("sources from the hill in 2019", Sources(match="from the hill in 2019")),
        # the articles behind a claim, or a sentence: still a question
        ("sources for the 49m figure", Ask(question="sources for the 49m figure")),
        ("sources say palantir renewed the contract", Ask(question="sources say palantir renewed the contract")),
        # a sentence as short as a filter: a verb after `sources`, with words after it, makes "sources" its subject
        ("sources say palantir renewed", Ask(question="sources say palantir renewed")),
        ("sources reported the renewal", Ask(question="sources reported the renewal")),
        # a word that is a noun too, followed by a year only, stays a headline's word narrowing the list
        ("sources protest 2019", Sources(match="protest 2019")),
        ("sources business insider", Sources(match="business insider")),
    ],
)
def test_commands_parse(text: str, expected: object) -> None:
    assert parse(text) == expected


@pytest.mark.parametrize(
    "text", ["timeline 2018 2019", "timeline 2018-2019", "timeline 2018–2019", "timeline from 2018 to 2019"]
)
def test_two_years_given_to_timeline_are_told_it_takes_one(text: str) -> None:
    """A range of years read "I couldn't read '2019' as a year", as for a typo: the reply says what is taken."""
    result = parse(text)
    assert isinstance(result, Invalid)
    assert result.message.startswith("timeline takes one year or one month, not 2018 and 2019:"), result.message
    assert "(timeline 2018)" in result.message


def test_bad_date_is_a_clear_usage_message() -> None:
    result = parse("today 13/09/2019")
    assert isinstance(result, Invalid) and "YYYY-MM-DD" in result.message


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("today 2019-02-29", "2019 is not a leap year"),
        ("today 2019-02-30", "February 2019 has 28 days"),
        ("today 2020-04-31", "April 2020 has 30 days"),
        ("today 2019-13-01", "there is no month 13"),
        ("timeline 2019-13", "there is no month 13"),
    ],
)
def test_an_impossible_date_says_why_it_is_impossible(text: str, reason: str) -> None:
    result = parse(text)
    assert isinstance(result, Invalid) and reason in result.message


@pytest.mark.parametrize(
    ("text", "month"), [("timeline 2019-02-30", "2019-02"), ("timeline 2019-9-13 protests", "2019-09")]
)
def test_a_whole_date_given_to_timeline_is_told_to_be_a_day_with_today_for_one(text: str, month: str) -> None:
    # fresh tester 78 C1: "'2019-02-30' is not a year or a month", as for any typo, not that timeline takes no day
    result = parse(text)
    assert isinstance(result, Invalid)
    assert "is a day, and timeline takes a year or a month" in result.message and f"or {month}:" in result.message
    assert "today YYYY-MM-DD" in result.message


def test_a_leap_day_in_a_leap_year_is_a_date() -> None:
    assert parse("today 2020-02-29") == Today(date=dt.date(2020, 2, 29))


@pytest.mark.parametrize("text", ["today tomorrow", "today yesterday", "TODAY next"])
def test_today_with_a_word_that_is_not_a_date_gets_the_usage_line(text: str) -> None:
    result = parse(text)
    assert isinstance(result, Invalid) and result.message.startswith("Usage: today")


def test_fact_without_an_id_gets_the_usage_line_not_a_fact() -> None:
    result = parse("fact")
    assert isinstance(result, Invalid) and result.message.startswith("Usage: fact ID")


def test_timeline_takes_a_month() -> None:
    assert parse("timeline 2019-09") == TimelineCmd(year=2019, month=9)
    assert parse("timeline 2019-09 protests") == TimelineCmd(year=2019, month=9, topic="protests")


def test_a_month_timeline_keeps_that_months_facts_only(brief: Brief) -> None:
    september = calendar.timeline(brief, year=2019, month=9)
    assert september.entries and all(e.date.startswith("2019-09") for e in september.entries)
    assert september.text.startswith("Timeline September 2019")
    assert len(september.entries) < len(calendar.timeline(brief, year=2019).entries)


def test_malformed_commands_reach_people_as_their_usage_line_through_the_core(core: Core) -> None:
    ctx = Context(platform="console", workspace="local", channel="console")
    cases = (("fact", "Usage: fact ID"), ("today tomorrow", "Usage: today"), ("today 2019-02-29", "leap"))
    for text, expected in cases:
        assert expected in core.handle(parse(text), ctx).text


def test_bad_year_is_a_clear_usage_message() -> None:
    result = parse("timeline 19")
    assert isinstance(result, Invalid) and "four digits" in result.message


@pytest.mark.parametrize(
    "typed",
    [
        "timeline 2019-09",
        "timeline for 2019-09",
        "timeline sept 2019",
        "show me the timeline for September 2019",
        "timeline 2019–09.",
        "can i see the timeline 2019-09",
    ],
)
def test_a_month_timeline_typed_in_chat_is_read_as_the_timeline_command(typed: str) -> None:
    command = parse(typed)
    assert isinstance(command, TimelineCmd) and (command.year, command.month, command.topic) == (2019, 9, None)


def test_today_takes_a_date_typed_without_zero_padding() -> None:
    assert parse("today 2019-9-13") == Today(date=dt.date(2019, 9, 13))
    result = parse("today 2019-2-30")
    assert isinstance(result, Invalid) and "February 2019 has 28 days" in result.message


def test_help_and_the_empty_question_prompt_speak_of_the_brief_loaded_not_of_another() -> None:
    second = Core.from_path(Path(__file__).parent / "briefs" / "lighthouse")
    helped = second.help_text()
    assert helped.startswith("I answer questions about The Gull Point lighthouse from 1 news article (")
    assert "Palantir" not in helped and "ICE" not in helped and "FALCON" not in helped
    assert '"timeline ' in helped and "restoration" in helped  # its first topic as the timeline example
    empty = second.ask("???")
    assert empty.outcome == "empty" and empty.text.startswith("Ask me a question about The Gull Point lighthouse")


@pytest.mark.parametrize(
    ("typed", "question"),
    [
        ("how much was the 2015 contract\nand who reported it", "how much was the 2015 contract\nand who reported it"),
        ("<@UBOT> how much was it\r\n\r\n  and who signed it  ", "how much was it\nand who signed it"),
        ("/palantir-ice ask how much was it\nand who signed it", "how much was it\nand who signed it"),
        ("ask: what is it\x1b[31m\n\u200bwho made it", "what is it\nwho made it"),
    ],
)
def test_a_question_keeps_its_lines_each_cleaned(typed: str, question: str) -> None:
    """Fresh tester 70 P1: cleaned whole, a message's newline became a space, so the core never saw its two lines."""
    assert parse(typed) == Ask(question=question)


def test_a_command_typed_over_two_lines_is_still_the_command() -> None:
    assert parse("subscribe 09:00\nEurope/Paris") == Subscribe(time="09:00", timezone="Europe/Paris")


@pytest.mark.parametrize(
    ("text", "outlets"),
    [
        ("sources vice", ["VICE News"]),
        ("sources 2018", [None]),  # the Palo Alto report, its outlet not named
        ("sources the hill", ["The Hill"]),
        ("sources business insider 2019", ["Business Insider"]),
        ("sources 2019-09", ["VICE News"]),
        ("sources truth", ["Truthout"]),  # the start of an outlet's name
    ],
)
def test_sources_with_words_lists_only_the_articles_they_name(core: Core, text: str, outlets: list[str | None]) -> None:
    from bot.models import SourcesList

    listed = core.handle(parse(text), Context(platform="console", workspace="local", channel="console"))
    assert isinstance(listed, SourcesList) and listed.found
    assert [view.outlet for view in listed.sources] == outlets
    assert listed.text.splitlines()[0].startswith(f"The articles matching “{text.split(None, 1)[1]}”: 1 of 5.")


def test_sources_with_words_naming_no_article_says_so_and_lists_them_all(core: Core) -> None:
    from bot.models import SourcesList

    listed = core.handle(parse("sources vice 2018"), Context(platform="console", workspace="local", channel="console"))
    assert isinstance(listed, SourcesList) and not listed.found
    assert listed.text.splitlines()[0].startswith("No article matches “vice 2018”")
    assert len(listed.sources) == 5 and listed.text.count("\n• ") == 5
