"""The one grammar shared by Slack, Discord and the console."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.commands import Ask, FactCmd, Help, Invalid, Sources, Status, Subscribe, TimelineCmd, Today, Unsubscribe, parse


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
        ("<@U123ABC> how much is the contract", Ask(question="how much is the contract")),
        ("/palantir-ice sources", Sources()),
    ],
)
def test_commands_parse(text: str, expected: object) -> None:
    assert parse(text) == expected


def test_bad_date_is_a_clear_usage_message() -> None:
    result = parse("today 2019-02-30")
    assert isinstance(result, Invalid) and "YYYY-MM-DD" in result.message


def test_bad_year_is_a_clear_usage_message() -> None:
    result = parse("timeline 19")
    assert isinstance(result, Invalid) and "four digits" in result.message
