"""A real PalantirBot logged in to the fake Discord API on 127.0.0.1, and helpers to drive it."""

from __future__ import annotations

from collections.abc import AsyncIterator

import discord
import pytest

from adapters.discord.bot import PalantirBot
from bot.brief import Brief
from bot.core import Core
from tests.fakes.discord_api import FakeDiscordAPI, discord_api

__all__ = ["discord_api"]


@pytest.fixture
def dcore(brief: Brief) -> Core:
    """A fresh core per test, so one test's rate-limit counts never leak into another."""
    return Core(brief, rate_limit=20)


@pytest.fixture
async def bot(discord_api: FakeDiscordAPI, dcore: Core, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[PalantirBot]:
    monkeypatch.setattr(discord.http.Route, "BASE", discord_api.base_url)
    client = PalantirBot(dcore, defer_after=30.0)
    await client.login(discord_api.token)
    yield client
    await client.close()
