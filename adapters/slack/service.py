"""`serve_slack(settings, core, stop)`: the Slack adapter as one coroutine inside `palantir-ice run`.

Socket Mode when SLACK_APP_TOKEN is set (no public URL); otherwise HTTP on HOST:PORT serving `/slack/events`,
`/healthz` and, with SLACK_CLIENT_ID/SLACK_CLIENT_SECRET, the OAuth install flow (`/slack/install`,
`/slack/oauth_redirect`) with installations and OAuth state in the bot's database through slack_sdk's stores.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

import aiohttp
from aiohttp import ClientError, web
from slack_bolt.app.async_server import AsyncSlackAppServer
from slack_bolt.async_app import AsyncApp
from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import AsyncRateLimitErrorRetryHandler
from slack_sdk.web.async_client import AsyncWebClient
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from adapters.slack.app import build_app
from bot import messages
from bot.core import Core
from bot.errors import ConfigError
from bot.settings import Settings

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
SLACK_API = "https://slack.com/api/"
# Only what the listeners use: the slash command, replies, mentions and DMs.
# channels:history / groups:history let digest recovery find a digest already posted before a crash (exactly once)
BOT_SCOPES = ["commands", "chat:write", "app_mentions:read", "im:history", "channels:history", "groups:history"]


def make_client(
    settings: Settings, *, token: str | None = None, session: aiohttp.ClientSession | None = None
) -> AsyncWebClient:
    """The Web API client: SLACK_API_URL if set, and a retry after `Retry-After` when Slack answers 429."""
    base_url = settings.slack_api_url or SLACK_API
    if not base_url.endswith("/"):
        base_url += "/"
    client = AsyncWebClient(token=token, base_url=base_url, session=session)
    client.retry_handlers.append(AsyncRateLimitErrorRetryHandler(max_retry_count=2))
    return client


async def check_token(client: AsyncWebClient) -> dict[str, str]:
    """auth.test, turning a refused or unreachable token into one clear ConfigError line."""
    try:
        resp = await client.auth_test()
    except SlackApiError as exc:
        raise ConfigError(messages.SLACK_BAD_TOKEN.format(error=exc.response.get("error", "refused"))) from exc
    except (TimeoutError, ClientError, OSError) as exc:
        raise ConfigError(messages.SLACK_UNREACHABLE.format(url=client.base_url, error=type(exc).__name__)) from exc
    return {"team": str(resp.get("team", "")), "team_id": str(resp.get("team_id", "")), "user": str(resp.get("user"))}


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
    """Install flow settings with installations and OAuth state stored in the bot's own database (and its engine)."""
    from slack_sdk.oauth.installation_store.sqlalchemy import AsyncSQLAlchemyInstallationStore
    from slack_sdk.oauth.state_store.sqlalchemy import AsyncSQLAlchemyOAuthStateStore

    engine = create_async_engine(async_database_url(settings.database_url))
    client_id = settings.slack_client_id or ""
    installations = AsyncSQLAlchemyInstallationStore(client_id=client_id, engine=engine)
    states = AsyncSQLAlchemyOAuthStateStore(expiration_seconds=600, engine=engine)
    await installations.create_tables()  # type: ignore[no-untyped-call]  # slack_sdk leaves it unannotated
    await states.create_tables()  # type: ignore[no-untyped-call]
    oauth = AsyncOAuthSettings(
        client_id=client_id,
        client_secret=settings.slack_client_secret,
        scopes=BOT_SCOPES,
        installation_store=installations,
        state_store=states,
    )
    return oauth, engine


def http_app(app: AsyncApp) -> web.Application:
    """bolt's aiohttp application (events, commands, interactivity, OAuth routes) plus `/healthz`."""
    web_app = AsyncSlackAppServer(port=0, path=EVENTS_PATH, app=app).web_app

    async def healthz(_: web.Request) -> web.Response:
        return web.json_response({"ok": True})

    web_app.router.add_get("/healthz", healthz)
    return web_app


@dataclass
class Built:
    """The app and what must be closed with it: the keep-alive HTTP session and the OAuth stores' engine."""

    app: AsyncApp
    session: aiohttp.ClientSession
    engine: AsyncEngine | None = None

    async def aclose(self) -> None:
        await self.session.close()
        if self.engine is not None:
            await self.engine.dispose()


async def build_from_settings(settings: Settings, core: Core) -> Built:
    """Check the token (single workspace) or set up the install flow (multi-workspace), then build the app."""
    session = aiohttp.ClientSession()
    try:
        if settings.slack_client_id and settings.slack_client_secret:
            if settings.slack_bot_token:
                log.warning("slack: SLACK_CLIENT_ID is set, so SLACK_BOT_TOKEN is ignored: tokens come from installs")
            oauth, engine = await oauth_settings(settings)
            client = make_client(settings, session=session)
            app = build_app(
                core,
                client=client,
                signing_secret=settings.slack_signing_secret,
                oauth_settings=oauth,
                http_session=session,
            )
            return Built(app, session, engine)
        if not settings.slack_bot_token:
            raise ConfigError(messages.SLACK_INCOMPLETE)
        client = make_client(settings, token=settings.slack_bot_token, session=session)
        me = await check_token(client)
    except BaseException:
        await session.close()
        raise
    log.info("slack: signed in as %s in %s (%s)", me["user"], me["team"], me["team_id"])
    app = build_app(core, client=client, signing_secret=settings.slack_signing_secret, http_session=session)
    return Built(app, session)


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
            raise ConfigError(messages.SLACK_BAD_APP_TOKEN.format(error=exc.response.get("error", "refused"))) from exc
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
    runner = web.AppRunner(http_app(app), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, settings.host, settings.port)
    await site.start()
    log.info("slack: listening on http://%s:%s%s", settings.host, settings.port, EVENTS_PATH)
    try:
        await stop.wait()
    finally:
        await runner.cleanup()
