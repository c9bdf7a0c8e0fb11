"""Helpful / Not helpful pressed in Slack (signed requests over a real socket, fake Web API) land in the log."""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import pytest
from sqlalchemy import select

from adapters.slack import render
from bot import messages
from bot.brief import Brief
from bot.core import Core
from bot.gaps import AnswerFeedback, GapLog, UnansweredQuestion
from bot.store import Store
from tests.fakes.slack_api import FakeSlackAPI, slack_api
from tests.slack.conftest import Slack, start

__all__ = ["slack_api"]


@pytest.fixture
async def slack(brief: Brief, gap_log: GapLog, slack_api: FakeSlackAPI) -> AsyncIterator[Slack]:
    runner, url = await start(Core(brief, rate_limit=0, question_log=gap_log), slack_api)
    async with aiohttp.ClientSession() as session:
        yield Slack(slack_api, url, session)
    await runner.cleanup()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_slack_presses_are_recorded_once_per_user_and_the_last_press_wins(slack: Slack, store: Store) -> None:
    _, name = await slack.command("how much is the ICE contract?")
    post = await slack.reply_to(name)
    value = {el["action_id"]: el["value"] for el in post["blocks"][-1]["elements"]}
    thanks = await slack.reply_to(await slack.action(render.HELPFUL, value[render.HELPFUL], user="U1"))
    assert thanks["text"] == render.mrkdwn(messages.THANKS_FEEDBACK)
    await slack.reply_to(await slack.action(render.NOT_HELPFUL, value[render.NOT_HELPFUL], user="U1"))
    await slack.reply_to(await slack.action(render.NOT_HELPFUL, value[render.NOT_HELPFUL], user="U2"))
    with store.session() as s:
        rows = list(s.scalars(select(AnswerFeedback)))
    assert sorted((r.platform, r.fact_id, r.helpful) for r in rows) == [
        ("slack", "contract-38m-claim", False),
        ("slack", "contract-38m-claim", False),
    ]
    assert len({r.user_hash for r in rows}) == 2 and not any("U1" in r.user_hash for r in rows)


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_an_unanswered_slack_question_is_recorded_for_curators(slack: Slack, store: Store) -> None:
    _, name = await slack.command("who won the world cup in 2022")
    await slack.reply_to(name)
    with store.session() as s:
        rows = list(s.scalars(select(UnansweredQuestion)))
    assert [r.platform for r in rows] == ["slack"]
    assert "world cup" in rows[0].question


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_helpful_pressed_twice_is_thanked_each_time_and_recorded_once(slack: Slack, store: Store) -> None:
    """fresh tester 70's note: a second Helpful press is thanked again (the press did something) and counts once."""
    _, name = await slack.command("how much is the ICE contract?")
    value = {el["action_id"]: el["value"] for el in (await slack.reply_to(name))["blocks"][-1]["elements"]}
    for _ in range(2):
        thanks = await slack.reply_to(await slack.action(render.HELPFUL, value[render.HELPFUL], user="U1"))
        assert thanks["text"] == render.mrkdwn(messages.THANKS_FEEDBACK)
    with store.session() as s:
        rows = list(s.scalars(select(AnswerFeedback)))
    assert [(r.fact_id, r.helpful) for r in rows] == [("contract-38m-claim", True)]
