"""Helpful / Not helpful pressed in Discord (real discord.py objects, fake Discord API on 127.0.0.1) land in the log."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import discord
import pytest
from sqlalchemy import select

from adapters.discord.bot import PalantirBot
from bot.brief import Brief
from bot.core import Core
from bot.gaps import AnswerFeedback, GapLog, UnansweredQuestion
from bot.store import Store
from tests.discord.helpers import invoke, press, sent_message
from tests.fakes.discord_api import OTHER_USER_ID, FakeDiscordAPI, buttons, component, discord_api, slash

__all__ = ["discord_api"]

ASK = "how much is the ICE contract?"


@pytest.fixture
async def bot(
    discord_api: FakeDiscordAPI, brief: Brief, gap_log: GapLog, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[PalantirBot]:
    monkeypatch.setattr(discord.http.Route, "BASE", discord_api.base_url)
    client = PalantirBot(Core(brief, rate_limit=0, question_log=gap_log), defer_after=30.0)
    await client.login(discord_api.token)
    yield client
    await client.close()


async def _answer(bot: PalantirBot, api: FakeDiscordAPI, question: str) -> dict[str, Any]:
    await invoke(bot, slash(api, "ask", question=question))
    return sent_message(api, api.calls_to("POST", "/callback")[-1])


async def _press(bot: PalantirBot, api: FakeDiscordAPI, message: dict[str, Any], label: str, **kw: Any) -> None:
    await press(bot, api, component(api, message, buttons(message)[label]["custom_id"], **kw))


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_discord_presses_are_recorded_once_per_user_and_the_last_press_wins(
    bot: PalantirBot, discord_api: FakeDiscordAPI, store: Store
) -> None:
    message = await _answer(bot, discord_api, ASK)
    await _press(bot, discord_api, message, "Helpful")
    await _press(bot, discord_api, message, "Not helpful")
    await _press(bot, discord_api, message, "Not helpful", user_id=OTHER_USER_ID)
    with store.session() as s:
        rows = list(s.scalars(select(AnswerFeedback)))
    assert sorted((r.platform, r.fact_id, r.helpful) for r in rows) == [
        ("discord", "contract-38m-claim", False),
        ("discord", "contract-38m-claim", False),
    ]
    assert len({r.user_hash for r in rows}) == 2
    assert not any(str(OTHER_USER_ID) in r.user_hash for r in rows)


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_a_discord_question_without_an_answer_is_recorded_with_its_guild(
    bot: PalantirBot, discord_api: FakeDiscordAPI, store: Store
) -> None:
    await _answer(bot, discord_api, "who is the mayor of Lisbon?")
    with store.session() as s:
        [row] = list(s.scalars(select(UnansweredQuestion)))
    assert (row.platform, row.question) == ("discord", "who is the mayor of Lisbon?")
    assert row.workspace and row.user_hash
