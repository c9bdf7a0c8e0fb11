"""Helpers shared by the Discord tests."""

from __future__ import annotations

from typing import Any

import discord

from adapters.discord.bot import PalantirBot


async def invoke(bot: PalantirBot, payload: dict[str, Any]) -> discord.Interaction[Any]:
    """Run an interaction through the command tree as discord.py does on INTERACTION_CREATE, and wait for it."""
    interaction: discord.Interaction[Any] = discord.Interaction(data=payload, state=bot._connection)  # type: ignore[arg-type]
    await bot.tree._call(interaction)
    return interaction
