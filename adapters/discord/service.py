"""`serve_discord(settings, core, stop)`: the Discord bot as one coroutine inside `palantir-ice run`.

DISCORD_API_URL and DISCORD_GATEWAY_URL replace discord.py's REST base (`Route.BASE`, also used for interaction
webhooks) and gateway address (`DiscordWebSocket.DEFAULT_GATEWAY`), for proxies and for tests. Reconnects after a
dropped gateway are discord.py's own (`connect(reconnect=True)`); while they fail, each attempt logs one WARNING line
naming the cause (`GatewayRetryLine`) instead of discord.py's ERROR with a full traceback. A gateway unreachable at
start-up is retried the same way, one WARNING per attempt (`connect_gateway`), while the REST API unreachable at
start-up (the token cannot be checked) stops the start with one line.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

import aiohttp
import discord
import yarl
from discord.backoff import ExponentialBackoff
from discord.gateway import DiscordWebSocket

from adapters.discord.bot import DISCORD_FAULTS, PalantirBot, ShardedPalantirBot, fault
from bot import messages
from bot.core import Core
from bot.errors import ConfigError
from bot.once import OnceLedger
from bot.settings import Settings
from bot.store import Store

log = logging.getLogger(__name__)

DISCORD_API = "https://discord.com/api/v10"
# What discord.py's reconnect loops catch and retry (Client.connect, Shard._handle_disconnect): an outage, not a bug
GATEWAY_FAULTS = (*DISCORD_FAULTS, discord.GatewayNotFound, discord.ConnectionClosed)
RECONNECT_LOGGERS = ("discord.client", "discord.shard")
FIRST_CONNECT_RETRY_CAP = 60.0  # seconds between start-up attempts at most (discord.py's backoff goes to 1024)
SHARD_LAUNCH_RETRY = 5.0  # seconds: AutoShardedClient.launch_shard sleeps this long before trying a shard again


def _first_connection(record: logging.LogRecord) -> bool:
    """Whether a "reconnect" record comes from a Client that never connected: `Client.connect`'s frame (where its
    except clause logged) holds the client, whose `ws` is still None. connect_gateway logs that attempt itself."""
    traceback = record.exc_info[2] if record.exc_info else None
    client = traceback.tb_frame.f_locals.get("self") if traceback is not None else None
    return isinstance(client, discord.Client) and client.ws is None


class GatewayRetryLine(logging.Filter):
    """Reshape discord.py's "Attempting a reconnect [for shard ID N] in X.XXs" (logged at ERROR with the connection
    error's full traceback, once per attempt) into one WARNING line naming the cause and the delay. Any other record,
    and a reconnect record whose exception is not a connection fault, passes unchanged.

    AutoShardedClient's "Failed to connect for shard_id: N. Retrying..." (a shard's first connection, retried every
    5 s, logged with `_log.exception`) becomes the same line; an unsharded client's failed first connection is left
    to connect_gateway (the record is dropped: discord.py would not retry it, see there)."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        message = record.msg if isinstance(record.msg, str) else ""
        if not message.startswith(("Attempting a reconnect", "Failed to connect for shard_id")):
            return True
        if not isinstance(error, GATEWAY_FAULTS) or not isinstance(record.args, tuple) or not record.args:
            return True
        delay: object = SHARD_LAUNCH_RETRY
        if message.startswith("Failed to connect"):
            shard = f" (shard {record.args[0]})"
        else:
            if _first_connection(record):
                return False
            shard, delay = (f" (shard {record.args[0]})" if len(record.args) == 2 else ""), record.args[-1]
        record.msg = "discord: cannot reach the gateway%s: %s; retrying in %.2fs"
        record.args = (shard, fault(error), delay)
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
    # The bot's database also holds the Share claims, so processes sharing it post a shared answer once.
    store = getattr(core.subscriptions, "store", None)
    ledger = OnceLedger(store) if isinstance(store, Store) else None
    if settings.discord_sharded or count is not None:
        return ShardedPalantirBot(core, shard_count=count, shard_ids=sorted(ids) if ids else None, ledger=ledger)
    return PalantirBot(core, ledger=ledger)


def start_error(exc: discord.HTTPException) -> ConfigError:
    """The one line for a token check Discord answered with an error but no refusal (discord.py raises
    LoginFailure for 401): a 5xx or 429 is Discord failing, so start again; any other status (404: no API at that
    address) points at DISCORD_API_URL. As Slack's `start_refusal` tells refusals from failures (fresh tester 77 U3:
    a 404 read "Could not reach Discord …: NotFound")."""
    url, status = discord.http.Route.BASE, exc.status
    failing = status >= 500 or status == 429
    text = messages.DISCORD_FAILING_AT_START if failing else messages.DISCORD_API_URL_REFUSED
    return ConfigError(text.format(url=url, status=status))


async def login(bot: PalantirBot, token: str) -> None:
    """Log in over REST, turning a refused or unreachable token into one clear ConfigError line."""
    try:
        await bot.login(token)
    except discord.LoginFailure as exc:
        raise ConfigError(messages.DISCORD_BAD_TOKEN) from exc
    except discord.HTTPException as exc:  # reached, and it answered with an error: which one says what to check
        raise start_error(exc) from exc
    except (TimeoutError, aiohttp.ClientError, OSError) as exc:
        url = discord.http.Route.BASE
        raise ConfigError(messages.DISCORD_UNREACHABLE.format(url=url, error=type(exc).__name__)) from exc


async def connect_gateway(bot: PalantirBot) -> None:
    """`bot.connect(reconnect=True)`, retrying a failed FIRST connection until it succeeds or the bot is closed.

    discord.py 2.7.1 cannot retry its first connection: after the first delay it reads `self.ws.sequence` while `ws`
    is still None and stops on AttributeError (Rapptz/discord.py#10520), which ended `run` as an "internal error".
    Each failed start-up attempt logs one WARNING naming the cause and the next delay (discord.py's jittered backoff,
    its ceiling doubling each time; 60 s at most).
    """
    backoff = ExponentialBackoff()
    while True:
        try:
            await bot.connect(reconnect=True)
            return
        except AttributeError as exc:
            cause = exc.__context__  # the connection error discord.py was handling when it tripped
            if bot.is_closed():
                return
            if bot.ws is not None or not isinstance(cause, GATEWAY_FAULTS):
                raise
        delay = min(backoff.delay(), FIRST_CONNECT_RETRY_CAP)
        log.warning("discord: cannot reach the gateway at start-up: %s; retrying in %.2fs", fault(cause), delay)
        await asyncio.sleep(delay)


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
        gateway = asyncio.create_task(connect_gateway(bot), name="discord-gateway")
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
        gateway.cancel()  # ends connect_gateway's sleep between start-up attempts; a connected loop has ended already
        with contextlib.suppress(asyncio.CancelledError, discord.ConnectionClosed):
            await gateway
