"""Posts scheduled digests to Discord channels (implements bot.ports.Publisher) with discord.py's HTTP client.

No gateway connection is needed: a REST login and `POST /channels/{id}/messages`. discord.py's HTTP client already
waits out Discord's rate-limit buckets (and the global limit); only a wait longer than `max_ratelimit_timeout`
comes back here, as `DeliveryError(retry_after=...)`. Each digest is sent with the delivery key as an enforced
nonce, Discord's own idempotency: a repeat within minutes returns the first message instead of a second one. After
longer, `find_published` looks in the channel for the bot's digest embed for that date.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Any

import aiohttp
import discord
from discord.http import HTTPClient, Route, handle_message_parameters
from discord.utils import time_snowflake

from bot.digest import DeliveryError
from bot.models import MONTHS, OnThisDate
from bot.ports import Platform

log = logging.getLogger(__name__)

# Discord JSON error codes that will not go away by retrying: unknown channel, missing access / permissions,
# cannot send messages in a non-text channel or to this user.
PERMANENT_CODES = frozenset({10003, 50001, 50013, 50008, 50007, 10004})


def _render(digest: OnThisDate) -> list[discord.Embed]:
    try:
        from adapters.discord.render import render_digest
    except ImportError:  # pragma: no cover - plain text keeps digests alive if the renderer is missing
        return [discord.Embed(title=digest.heading, description=digest.text[:4000])]
    return render_digest(digest)


def _heading(key: str) -> str:
    day = dt.date.fromisoformat(key.split(":", 1)[1])
    return f"On this date: {day.day} {MONTHS[day.month - 1]}"


class DiscordPublisher:
    """Logs in once, lazily, inside the running loop; `aclose` closes the HTTP session."""

    platform: Platform = "discord"

    def __init__(self, *, token: str, api_url: str | None = None, max_ratelimit_timeout: float = 60.0) -> None:
        self.token = token
        self.api_url = api_url
        self.max_ratelimit_timeout = max_ratelimit_timeout
        self._http: HTTPClient | None = None
        self._me: str | None = None
        self._lock = asyncio.Lock()

    async def _client(self) -> HTTPClient:
        async with self._lock:
            if self._http is None:
                if self.api_url:
                    Route.BASE = self.api_url.rstrip("/")
                http = HTTPClient(asyncio.get_running_loop(), max_ratelimit_timeout=self.max_ratelimit_timeout)
                try:
                    me: Any = await http.static_login(self.token)
                except discord.LoginFailure as exc:
                    await http.close()
                    raise DeliveryError("Discord refused DISCORD_TOKEN") from exc
                except (discord.HTTPException, aiohttp.ClientError, TimeoutError, OSError) as exc:
                    await http.close()
                    raise DeliveryError(f"could not log in to Discord: {type(exc).__name__}") from exc
                self._me = str(me.get("id")) if isinstance(me, dict) else None
                self._http = http
            return self._http

    async def publish(self, *, workspace: str | None, channel: str, digest: OnThisDate, key: str) -> str:
        http = await self._client()
        embeds = _render(digest)
        params = handle_message_parameters(
            embeds=embeds, nonce=key[:25], allowed_mentions=discord.AllowedMentions.none()
        )
        try:
            with params:
                message: Any = await http.send_message(int(channel), params=params)
        except discord.RateLimited as exc:
            raise DeliveryError("rate limited", retry_after=exc.retry_after) from exc
        except discord.HTTPException as exc:
            raise _delivery_error(exc) from exc
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            raise DeliveryError(f"network error: {type(exc).__name__}") from exc
        except ValueError as exc:
            raise DeliveryError(f"not a Discord channel id: {channel[:30]}", permanent=True) from exc
        return str(message["id"])

    async def find_published(self, *, workspace: str | None, channel: str, key: str, since: dt.datetime) -> str | None:
        """The id of this bot's digest embed for the key's date posted since `since`, or None."""
        http = await self._client()
        heading = _heading(key)
        try:
            messages: Any = await http.logs_from(int(channel), 100, after=time_snowflake(since))
        except discord.HTTPException as exc:
            raise _delivery_error(exc) from exc
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            raise DeliveryError(f"network error: {type(exc).__name__}") from exc
        for message in messages:
            author = str((message.get("author") or {}).get("id"))
            if self._me is not None and author != self._me:
                continue
            if message.get("nonce") == key[:25]:
                return str(message["id"])
            if any((embed.get("title") or "") == heading for embed in message.get("embeds") or []):
                return str(message["id"])
        return None

    async def aclose(self) -> None:
        if self._http is not None:
            await self._http.close()
            self._http = None


def _delivery_error(exc: discord.HTTPException) -> DeliveryError:
    reason = f"{exc.status} {exc.text or type(exc).__name__}".strip()
    if exc.code:
        reason = f"{reason} (code {exc.code})"
    permanent = isinstance(exc, (discord.Forbidden, discord.NotFound)) or exc.code in PERMANENT_CODES
    return DeliveryError(reason[:200], permanent=permanent)
