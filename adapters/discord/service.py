"""`serve_discord(settings, core, stop)`: the Discord bot as one coroutine inside `palantir-ice run`.

DISCORD_API_URL and DISCORD_GATEWAY_URL replace discord.py's REST base (`Route.BASE`, also used for interaction
webhooks) and gateway address (`DiscordWebSocket.DEFAULT_GATEWAY`), for proxies and for tests. Reconnects after a
dropped gateway are discord.py's own (`connect(reconnect=True)`); while they fail, each attempt logs one WARNING line
naming the cause (`GatewayRetryLine`) instead of discord.py's ERROR with a full traceback.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

import aiohttp
import discord
import yarl
from discord.gateway import DiscordWebSocket

from adapters.discord.bot import DISCORD_FAULTS, PalantirBot, ShardedPalantirBot, fault
from bot import messages
from bot.core import Core
from bot.errors import ConfigError
from bot.settings import Settings

log = logging.getLogger(__name__)

DISCORD_API = "https://discord.com/api/v10"
# What discord.py's reconnect loops catch and retry (Client.connect, Shard._handle_disconnect): an outage, not a bug
GATEWAY_FAULTS = (*DISCORD_FAULTS, discord.GatewayNotFound, discord.ConnectionClosed)
RECONNECT_LOGGERS = ("discord.client", "discord.shard")


class GatewayRetryLine(logging.Filter):
    """Reshape discord.py's "Attempting a reconnect [for shard ID N] in X.XXs" (logged at ERROR with the connection
    error's full traceback, once per attempt) into one WARNING line naming the cause and the delay. Any other record,
    and a reconnect record whose exception is not a connection fault, passes unchanged."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if not (isinstance(record.msg, str) and record.msg.startswith("Attempting a reconnect")):
            return True
        if not isinstance(error, GATEWAY_FAULTS) or not isinstance(record.args, tuple) or not record.args:
            return True
        shard = f" (shard {record.args[0]})" if len(record.args) == 2 else ""
        record.msg = "discord: cannot reach the gateway%s: %s; retrying in %.2fs"
        record.args = (shard, fault(error), record.args[-1])
        record.levelno, record.levelname = logging.WARNING, logging.getLevelName(logging.WARNING)
        record.exc_info, record.exc_text = None, None
        return True


RETRY_LINE = GatewayRetryLine()


def configure_endpoints(settings: Settings) -> None:
    """Point discord.py at DISCORD_API_URL / DISCORD_GATEWAY_URL when set (process-wide: discord.py's own globals)."""
    if settings.discord_api_url:
        discord.http.Route.BASE = settings.discord_api_url.rstrip("/")
    if settings.discord_gateway_url:
        DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(settings.discord_gateway_url)


def build_bot(settings: Settings, core: Core) -> PalantirBot:
    """One gateway connection, or `AutoShardedBot` when DISCORD_SHARDED / DISCORD_SHARD_COUNT / DISCORD_SHARD_IDS say
    so: with a count and ids this process runs only those shards, so several processes can share one bot."""
    count, ids = settings.discord_shard_count, settings.discord_shard_ids
    if ids is not None:
        if count is None:
            raise ConfigError(messages.DISCORD_SHARD_IDS_NEED_COUNT)
        if any(not 0 <= i < count for i in ids) or len(set(ids)) != len(ids):
            raise ConfigError(messages.DISCORD_SHARD_ID_RANGE.format(last=count - 1, count=count, ids=ids))
    if settings.discord_sharded or count is not None:
        return ShardedPalantirBot(core, shard_count=count, shard_ids=sorted(ids) if ids else None)
    return PalantirBot(core)


async def login(bot: PalantirBot, token: str) -> None:
    """Log in over REST, turning a refused or unreachable token into one clear ConfigError line."""
    try:
        await bot.login(token)
    except discord.LoginFailure as exc:
        raise ConfigError(messages.DISCORD_BAD_TOKEN) from exc
    except (TimeoutError, discord.HTTPException, aiohttp.ClientError, OSError) as exc:
        url = discord.http.Route.BASE
        raise ConfigError(messages.DISCORD_UNREACHABLE.format(url=url, error=type(exc).__name__)) from exc


async def serve_discord(settings: Settings, core: Core, stop: asyncio.Event) -> None:
    """Run the bot until `stop` is set; a bad token or refused intents raise ConfigError (one line, no traceback)."""
    if not settings.discord_token:
        raise ConfigError(messages.DISCORD_NEEDS_TOKEN)
    configure_endpoints(settings)
    for name in RECONNECT_LOGGERS:
        logging.getLogger(name).addFilter(RETRY_LINE)  # once: addFilter skips a filter already there
    bot = build_bot(settings, core)
    async with bot:
        await login(bot, settings.discord_token)
        gateway = asyncio.create_task(bot.connect(reconnect=True), name="discord-gateway")
        stopping = asyncio.create_task(stop.wait(), name="discord-stop")
        done, _ = await asyncio.wait({gateway, stopping}, return_when=asyncio.FIRST_COMPLETED)
        stopping.cancel()
        if gateway in done:
            error = gateway.exception()
            if isinstance(error, discord.PrivilegedIntentsRequired):
                raise ConfigError(messages.DISCORD_DISALLOWED_INTENTS.format(error=error)) from error
            if isinstance(error, discord.ConnectionClosed) and error.code == 4004:
                raise ConfigError(messages.DISCORD_BAD_TOKEN) from error
            if error is not None:
                raise error
            return
        log.info("discord: stopping")
        await bot.close()
        with contextlib.suppress(asyncio.CancelledError, discord.ConnectionClosed):
            await gateway
