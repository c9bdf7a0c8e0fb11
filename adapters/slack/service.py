"""`serve_slack(settings, core, stop)`: the Slack adapter as one coroutine inside `palantir-ice run`.

Socket Mode when SLACK_APP_TOKEN is set (no public URL); otherwise HTTP on HOST:PORT serving `/slack/events`,
`/healthz` and, with SLACK_CLIENT_ID/SLACK_CLIENT_SECRET, the OAuth install flow (`/slack/install`,
`/slack/oauth_redirect`) with installations and OAuth state in the bot's database through slack_sdk's stores.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any

import aiohttp
from aiohttp import ClientError, web
from slack_bolt.app.async_server import AsyncSlackAppServer
from slack_bolt.async_app import AsyncApp
from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_sdk.errors import SlackApiError
from slack_sdk.oauth.installation_store.async_installation_store import AsyncInstallationStore
from slack_sdk.web.async_client import AsyncWebClient
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from adapters.slack.app import build_app, quiet_slack_loggers
from adapters.slack.guard import HANDLER_ARGS, UndecodableBodyFilter, signature_guard, undecodable_guard
from adapters.slack.retry import RETRY_BUDGET_SECONDS, TRANSIENT_ERRORS, retry_handlers
from bot import messages
from bot.core import Core
from bot.errors import ConfigError
from bot.once import OnceLedger
from bot.settings import Settings
from bot.store import Store, open_store

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
SLACK_API = "https://slack.com/api/"
# Only what the listeners use: the slash command, replies, mentions and DMs.
# channels:history / groups:history let digest recovery find a digest already posted before a crash (exactly once)
BOT_SCOPES = ["commands", "chat:write", "app_mentions:read", "im:history", "channels:history", "groups:history"]


def make_client(
    settings: Settings,
    *,
    token: str | None = None,
    session: aiohttp.ClientSession | None = None,
    retry_budget: float = RETRY_BUDGET_SECONDS,
) -> AsyncWebClient:
    """The Web API client: SLACK_API_URL if set; every call retried through outages, 5xx and 429 (honouring
    `Retry-After`) for up to `retry_budget` seconds (adapters/slack/retry.py). slack_sdk's loggers are quieted
    here, before the first call (the start-up auth.test), not only when the app is built after it: fresh tester 70
    U5, Slack unreachable at start printed a slack_sdk INFO line per retry before our one line."""
    quiet_slack_loggers()
    base_url = settings.slack_api_url or SLACK_API
    if not base_url.endswith("/"):
        base_url += "/"
    return AsyncWebClient(token=token, base_url=base_url, session=session, retry_handlers=retry_handlers(retry_budget))


def start_refusal(exc: SlackApiError, variable: str, refused: str) -> ConfigError:
    """The one line for a start-up check Slack answered with an error: `refused` (a message with `{error}`) when
    Slack refused the token; when it was rate-limiting (HTTP 429 or `ratelimited`, with its Retry-After) or failing
    (5xx, or a transient error such as `internal_error`: adapters/slack/retry.py's TRANSIENT_ERRORS) past the retry
    budget, says so and blames no token (fresh tester 72 P2: a 429 with Retry-After 300 said "copy the Bot User OAuth
    Token")."""
    status = exc.response.status_code
    error = str(exc.response.get("error") or f"HTTP {status}")
    if status == 429 or error == "ratelimited":
        after = (exc.response.headers or {}).get("Retry-After") or (exc.response.headers or {}).get("retry-after")
        wait = f", asked to wait {after} s" if after and str(after).isdigit() else ""
        return ConfigError(messages.SLACK_RATE_LIMITED_AT_START.format(error=error, wait=wait, variable=variable))
    if status >= 500 or error in TRANSIENT_ERRORS:
        return ConfigError(messages.SLACK_FAILING_AT_START.format(error=error, variable=variable))
    return ConfigError(refused.format(error=error))


async def check_token(client: AsyncWebClient) -> dict[str, str]:
    """auth.test (retried like any call), turning a refused or unreachable token into one clear ConfigError line.
    Returns the token's identity, which the app reuses instead of asking again on the first request."""
    try:
        resp = await client.auth_test()
    except SlackApiError as exc:
        raise start_refusal(exc, "SLACK_BOT_TOKEN", messages.SLACK_BAD_TOKEN) from exc
    except (TimeoutError, ClientError, OSError) as exc:
        raise ConfigError(messages.SLACK_UNREACHABLE.format(url=client.base_url, error=type(exc).__name__)) from exc
    return {str(k): v for k, v in resp.data.items()} if isinstance(resp.data, dict) else {}


def async_database_url(url: str) -> str:
    """The bot's DATABASE_URL for SQLAlchemy's asyncio engine (slack_sdk's async stores need one)."""
    scheme, sep, rest = url.partition("://")
    base = scheme.split("+", 1)[0]
    if base == "sqlite":
        return f"sqlite+aiosqlite{sep}{rest}"
    if base in ("postgresql", "postgres"):
        return f"postgresql+psycopg{sep}{rest}"
    return url


async def oauth_settings(settings: Settings) -> tuple[AsyncOAuthSettings, AsyncEngine]:
    """Install flow settings with installations and OAuth state stored in the bot's own database (and its engine).

    With SECRET_KEY the installation tokens are encrypted at rest, and re-encrypted with its newest key at start
    (adapters/slack/tokens.py); without it they are stored in clear, and a warning says so at every start.
    """
    from slack_sdk.oauth.installation_store.sqlalchemy import AsyncSQLAlchemyInstallationStore
    from slack_sdk.oauth.state_store.sqlalchemy import AsyncSQLAlchemyOAuthStateStore

    from adapters.slack.tokens import EncryptedInstallationStore, fernet_from, reencrypt_tokens

    fernet = fernet_from(settings.secret_key) if settings.secret_key else None
    engine = create_async_engine(async_database_url(settings.database_url))
    client_id = settings.slack_client_id or ""
    stored = AsyncSQLAlchemyInstallationStore(client_id=client_id, engine=engine)
    states = AsyncSQLAlchemyOAuthStateStore(expiration_seconds=600, engine=engine)
    await stored.create_tables()  # type: ignore[no-untyped-call]  # slack_sdk leaves it unannotated
    await states.create_tables()  # type: ignore[no-untyped-call]
    installations: AsyncInstallationStore = stored
    if fernet is not None:
        changed = await reencrypt_tokens(stored, fernet)
        log.info("slack: installation tokens encrypted at rest (%d re-encrypted with the newest SECRET_KEY)", changed)
        installations = EncryptedInstallationStore(stored, fernet)
    else:
        log.warning(messages.SLACK_NO_SECRET_KEY)
    oauth = AsyncOAuthSettings(
        client_id=client_id,
        client_secret=settings.slack_client_secret,
        scopes=BOT_SCOPES,
        installation_store=installations,
        state_store=states,
    )
    return oauth, engine


def http_app(app: AsyncApp, *, signing_secret: str) -> web.Application:
    """bolt's aiohttp application (events, commands, interactivity, OAuth routes) plus `/healthz`, behind
    `signature_guard`: unsigned, stale or unreadable requests are refused in one log line before bolt sees them."""
    bolt_app = AsyncSlackAppServer(port=0, path=EVENTS_PATH, app=app).web_app
    # bolt's routes on an application of ours, whose request bodies aiohttp does not decode (guard.HANDLER_ARGS)
    web_app = web.Application(handler_args=HANDLER_ARGS)
    for route in bolt_app.router.routes():
        web_app.router.add_route(route.method, route.resource.canonical if route.resource else "/", route.handler)
    web_app.middlewares.append(undecodable_guard)
    web_app.middlewares.append(signature_guard(signing_secret, EVENTS_PATH))
    server_log = logging.getLogger("aiohttp.server")
    if not any(isinstance(f, UndecodableBodyFilter) for f in server_log.filters):
        server_log.addFilter(UndecodableBodyFilter())

    async def healthz(_: web.Request) -> web.Response:
        return web.json_response({"ok": True})

    web_app.router.add_get("/healthz", healthz)
    return web_app


@dataclass
class Built:
    """The app and what must be closed with it: the keep-alive HTTP session, the OAuth stores' engine, the store."""

    app: AsyncApp
    session: aiohttp.ClientSession
    engine: AsyncEngine | None = None
    store: Store | None = None

    async def aclose(self) -> None:
        await _close(self.session, self.engine, self.store)


async def _close(session: aiohttp.ClientSession, engine: AsyncEngine | None, store: Store | None) -> None:
    await session.close()
    if engine is not None:
        await engine.dispose()
    if store is not None:
        store.dispose()


async def build_from_settings(settings: Settings, core: Core) -> Built:
    """Check the token (single workspace) or set up the install flow (multi-workspace), then build the app.

    The bot's database also holds the "already answered" ledger, so replicas sharing it answer each request once.
    """
    session = aiohttp.ClientSession()
    store: Store | None = None
    engine: AsyncEngine | None = None
    oauth: AsyncOAuthSettings | None = None
    identity: dict[str, Any] | None = None
    try:
        store = await asyncio.to_thread(open_store, settings.database_url)
        if settings.slack_client_id and settings.slack_client_secret:  # installs: each workspace's token is stored
            if settings.slack_bot_token:
                log.warning("slack: SLACK_CLIENT_ID is set, so SLACK_BOT_TOKEN is ignored: tokens come from installs")
            oauth, engine = await oauth_settings(settings)
            client = make_client(settings, session=session)
        elif settings.slack_bot_token:  # one workspace: its token is checked once, here
            client = make_client(settings, token=settings.slack_bot_token, session=session)
            identity = await check_token(client)
            log.info(
                "slack: signed in as %s in %s (%s)", identity.get("user"), identity.get("team"), identity.get("team_id")
            )
        else:
            raise ConfigError(messages.SLACK_INCOMPLETE)
        app = build_app(
            core,
            client=client,
            signing_secret=settings.slack_signing_secret,
            oauth_settings=oauth,
            http_session=session,
            identity=identity,
            ledger=OnceLedger(store),
        )
    except BaseException:
        await _close(session, engine, store)
        raise
    return Built(app, session, engine, store)


def cannot_listen(host: str, port: int, exc: OSError) -> str:
    """The one line saying why the HTTP server could not bind `host`:`port` (fresh tester 56: a traceback)."""
    import errno
    import os
    import socket

    if isinstance(exc, socket.gaierror):
        reason = f"the host could not be resolved ({exc.strerror or exc})"
    elif exc.errno:  # asyncio rewords the bind's error ("error while attempting to bind on address …"): the cause
        reason = os.strerror(exc.errno)
    else:
        reason = str(exc) or type(exc).__name__
    advice = {errno.EADDRINUSE: messages.SLACK_PORT_IN_USE, errno.EACCES: messages.SLACK_PORT_DENIED}.get(
        exc.errno or 0, messages.SLACK_HOST_UNUSABLE
    )
    return messages.SLACK_CANNOT_LISTEN.format(host=host, port=port, reason=reason[:120].rstrip("."), advice=advice)


async def serve_slack(settings: Settings, core: Core, stop: asyncio.Event) -> None:
    """Run until `stop` is set. Raises ConfigError (one readable line) for a refused token."""
    built = await build_from_settings(settings, core)
    try:
        await _serve(settings, built.app, stop)
    finally:
        await built.aclose()


async def _serve(settings: Settings, app: AsyncApp, stop: asyncio.Event) -> None:
    if settings.slack_mode() == "socket":
        from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

        # Ask for the socket URL ourselves: slack_sdk would retry a refused app token forever, logging tracebacks.
        try:
            opened = await app.client.apps_connections_open(app_token=settings.slack_app_token or "")
        except SlackApiError as exc:
            raise start_refusal(exc, "SLACK_APP_TOKEN", messages.SLACK_BAD_APP_TOKEN) from exc
        except (TimeoutError, ClientError, OSError) as exc:
            url = app.client.base_url
            raise ConfigError(messages.SLACK_UNREACHABLE.format(url=url, error=type(exc).__name__)) from exc
        handler = AsyncSocketModeHandler(app, settings.slack_app_token)
        handler.client.wss_uri = opened["url"]
        await handler.connect_async()  # type: ignore[no-untyped-call]  # unannotated in bolt
        log.info("slack: connected in Socket Mode")
        try:
            await stop.wait()
        finally:
            await handler.close_async()  # type: ignore[no-untyped-call]
        return
    runner = web.AppRunner(http_app(app, signing_secret=settings.slack_signing_secret or ""), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, settings.host, settings.port)
    try:
        await site.start()
    except OSError as exc:  # the port taken, a host not resolvable or not this machine's: one line, no traceback
        await runner.cleanup()
        raise ConfigError(cannot_listen(settings.host, settings.port, exc)) from exc
    log.info("slack: listening on http://%s:%s%s", settings.host, settings.port, EVENTS_PATH)
    try:
        await stop.wait()
    finally:
        await runner.cleanup()
