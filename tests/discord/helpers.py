"""Helpers shared by the Discord tests: run interactions and messages through the real bot, read what was sent."""

from __future__ import annotations

from typing import Any

import discord

from adapters.discord.bot import PalantirBot
from tests.fakes.discord_api import Call, FakeDiscordAPI

EPHEMERAL = 64
NO_PINGS = {"parse": []}
DEFERRED = 5  # the callback type of a deferral ("thinking…"): the reply follows as a followup webhook


async def invoke(bot: PalantirBot, payload: dict[str, Any]) -> discord.Interaction[Any]:
    """Run an interaction through the command tree as discord.py does on INTERACTION_CREATE, to completion."""
    interaction: discord.Interaction[Any] = discord.Interaction(data=payload, state=bot._connection)  # type: ignore[arg-type]
    await bot.tree._call(interaction)
    return interaction


async def press(bot: PalantirBot, api: FakeDiscordAPI, payload: dict[str, Any]) -> Call:
    """Press a button as the gateway would deliver it, and return the callback it caused."""
    before = len(api.calls_to("POST", "/callback"))
    bot._connection.parse_interaction_create(payload)
    return await api.wait_for("POST", "/callback", count=before + 1)


def message_from(bot: PalantirBot, payload: dict[str, Any]) -> discord.Message:
    """A real discord.Message from a MESSAGE_CREATE payload, as the connection state builds it."""
    state = bot._connection
    channel, _ = state._get_guild_channel(payload)
    return discord.Message(state=state, channel=channel, data=payload)  # type: ignore[arg-type]


async def final_reply(api: FakeDiscordAPI, timeout: float = 20.0) -> tuple[dict[str, Any], dict[str, Any]]:
    """(the first callback's body, the message the reply finally is) for the one interaction sent so far: the
    callback's data when the bot answered within `defer_after`, else, after a deferral (a busy machine), the
    followup's body. A test waiting for the first callback alone fails whenever the core takes > 2 s."""
    first = await api.wait_for("POST", "/callback", timeout=timeout)
    if first.json["type"] != DEFERRED:
        return first.json, first.json["data"]
    followup = await api.wait_for("POST", f"/webhooks/{api.application_id}/", timeout=timeout)
    return first.json, followup.json


def callbacks(api: FakeDiscordAPI) -> list[dict[str, Any]]:
    return [c.json for c in api.calls_to("POST", "/callback")]


def only_callback(api: FakeDiscordAPI) -> dict[str, Any]:
    (body,) = callbacks(api)
    return body


def sent_message(api: FakeDiscordAPI, call: Call) -> dict[str, Any]:
    """The message a callback created, as Discord stored it (for pressing its buttons)."""
    return api.messages[int(call.response["resource"]["message"]["id"])]


def labels(components: list[dict[str, Any]]) -> list[str]:
    return [c["label"] for row in components for c in row["components"]]
