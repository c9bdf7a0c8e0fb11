"""Sharding: DISCORD_SHARD_COUNT / DISCORD_SHARD_IDS split one bot's gateway shards across processes, against the
fake gateway, which delivers each server's events only to the shard Discord would ((guild_id >> 22) % count)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import discord
import pytest
from discord.gateway import DiscordWebSocket
from sqlalchemy import select

from adapters.discord.service import build_bot, serve_discord
from bot import messages
from bot.brief import Brief
from bot.core import Core
from bot.errors import ConfigError
from bot.gaps import GapLog, UnansweredQuestion
from bot.settings import Settings
from bot.store import open_store
from tests.fakes.discord_api import GUILD_ID, FakeDiscordAPI, slash

UNANSWERABLE = "who is the mayor of Lisbon?"
GUILD_ON_SHARD_1 = GUILD_ID  # (700000000000000001 >> 22) % 2 == 1
GUILD_ON_SHARD_0 = GUILD_ID + (1 << 22)


@pytest.fixture(autouse=True)
def restore_endpoints(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(discord.http.Route, "BASE", discord.http.Route.BASE)
    monkeypatch.setattr(DiscordWebSocket, "DEFAULT_GATEWAY", DiscordWebSocket.DEFAULT_GATEWAY)


def _settings(api: FakeDiscordAPI, **kw: Any) -> Settings:
    return Settings(discord_token=api.token, discord_api_url=api.base_url, discord_gateway_url=api.gateway_url, **kw)


def in_guild(payload: dict[str, Any], guild_id: int) -> dict[str, Any]:
    payload["guild_id"] = str(guild_id)
    payload["channel"]["guild_id"] = str(guild_id)
    payload["authorizing_integration_owners"] = {"0": str(guild_id)}
    return payload


def _recorded(log: GapLog) -> list[str]:
    with log.store.session() as s:
        return [row.workspace for row in s.scalars(select(UnansweredQuestion))]


async def test_two_processes_each_run_one_shard_and_answer_only_their_servers(
    discord_api: FakeDiscordAPI, brief: Brief, tmp_path: Path
) -> None:
    """Each "process" (a bot with its own core and question log) answers the servers of its shard, exactly once."""
    logs = [GapLog(open_store(f"sqlite:///{tmp_path / f'shard{i}.db'}"), salt="s") for i in (0, 1)]
    stops = [asyncio.Event(), asyncio.Event()]
    tasks = [
        asyncio.create_task(
            serve_discord(
                _settings(discord_api, discord_shard_count=2, discord_shard_ids=[i]),
                Core(brief, rate_limit=0, question_log=logs[i]),
                stops[i],
            )
        )
        for i in (0, 1)
    ]
    try:
        await discord_api.wait_until(lambda: discord_api.identifies == 2, timeout=10)
        assert sorted(discord_api.identified_shards) == [(0, 2), (1, 2)]
        for guild in (GUILD_ON_SHARD_0, GUILD_ON_SHARD_1):
            await discord_api.dispatch(
                "INTERACTION_CREATE", in_guild(slash(discord_api, "ask", question=UNANSWERABLE), guild)
            )
        await discord_api.wait_for("POST", "/callback", count=2)
        await asyncio.sleep(0.2)  # a duplicate answer would arrive now
    finally:
        for stop in stops:
            stop.set()
        await asyncio.wait_for(asyncio.gather(*tasks), 10)
    assert len(discord_api.calls_to("POST", "/callback")) == 2
    assert _recorded(logs[0]) == [str(GUILD_ON_SHARD_0)]
    assert _recorded(logs[1]) == [str(GUILD_ON_SHARD_1)]


async def test_one_process_can_run_every_shard(discord_api: FakeDiscordAPI, dcore: Core) -> None:
    stop = asyncio.Event()
    task = asyncio.create_task(serve_discord(_settings(discord_api, discord_shard_count=2), dcore, stop))
    try:
        # discord.py waits 5 s between IDENTIFYs of one process (Discord's identify rate limit)
        await discord_api.wait_until(lambda: discord_api.identifies == 2, timeout=15)
        assert discord_api.identified_shards == [(0, 2), (1, 2)]
        for guild in (GUILD_ON_SHARD_0, GUILD_ON_SHARD_1):
            await discord_api.dispatch("INTERACTION_CREATE", in_guild(slash(discord_api, "sources"), guild))
        await discord_api.wait_for("POST", "/callback", count=2)
        await discord_api.dispatch("INTERACTION_CREATE", slash(discord_api, "help", where="dm"))  # shard 0
        await discord_api.wait_for("POST", "/callback", count=3)
    finally:
        stop.set()
        await asyncio.wait_for(task, 10)


def test_shard_ids_are_read_comma_separated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISCORD_SHARD_COUNT", "4")
    monkeypatch.setenv("DISCORD_SHARD_IDS", "2, 3")
    settings = Settings()
    assert (settings.discord_shard_count, settings.discord_shard_ids) == (4, [2, 3])


@pytest.mark.parametrize(
    ("count", "ids", "message"),
    [
        (None, [0], messages.DISCORD_SHARD_IDS_NEED_COUNT),
        (2, [2], messages.DISCORD_SHARD_ID_RANGE.format(last=1, count=2, ids=[2])),
        (2, [1, 1], messages.DISCORD_SHARD_ID_RANGE.format(last=1, count=2, ids=[1, 1])),
    ],
)
def test_shard_settings_that_cannot_work_are_one_clear_line(
    dcore: Core, count: int | None, ids: list[int], message: str
) -> None:
    with pytest.raises(ConfigError) as caught:
        build_bot(Settings(discord_token="t", discord_shard_count=count, discord_shard_ids=ids), dcore)
    assert caught.value.message == message
