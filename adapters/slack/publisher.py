"""Posts scheduled digests to Slack channels (implements bot.ports.Publisher) with slack_sdk's AsyncWebClient.

Each digest carries its delivery key twice: as the header block's `block_id` and as message metadata, so that after
a crash between send and record `find_published` can find it in `conversations.history` instead of posting again.
Slack's 429s are not retried here: they become `DeliveryError(retry_after=...)` so the fan-out pauses every send to
that workspace together. Errors that will not go away (channel gone, bot removed) are marked permanent; those the
answer path retries (adapters/slack/retry.py: a dropped connection, HTTP 5xx, an HTTP 200 `{"ok": false}` with a
transient error such as internal_error) are marked transient, and the fan-out retries them after checking the
channel, since such a post may have gone out (a reply retried twice is late; a digest posted twice is not wanted).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.oauth.installation_store.async_installation_store import AsyncInstallationStore
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.retry import TRANSIENT_ERRORS
from bot import messages
from bot.digest import DeliveryError
from bot.models import OnThisDate
from bot.ports import Context, Platform
from bot.settings import Settings

log = logging.getLogger(__name__)

MARKER = "palantir-ice-digest:"
METADATA_EVENT = "palantir_ice_digest"
PERMANENT_ERRORS = frozenset(
    {
        "channel_not_found",
        "not_in_channel",
        "is_archived",
        "account_inactive",
        "invalid_auth",
        "token_revoked",
        "token_expired",
        "not_authed",
        "missing_scope",
        "restricted_action",
        "restricted_action_read_only_channel",
        "restricted_action_thread_only_channel",
        "restricted_action_non_threadable_channel",
        "team_access_not_granted",
        "ekm_access_denied",
        "access_denied",
        "cannot_reply_to_message",
    }
)


def _render(digest: OnThisDate) -> tuple[str, list[dict[str, Any]]]:
    try:
        from adapters.slack.render import render_digest
    except ImportError:  # pragma: no cover - the Slack renderer ships with the adapter; plain text keeps digests alive
        return digest.text, []
    text, blocks = render_digest(digest)
    return text, [dict(b) for b in blocks]


def mark(blocks: list[dict[str, Any]], key: str, *, marker: str = MARKER) -> list[dict[str, Any]]:
    """The blocks with `marker + key` as the first block's block_id (Slack keeps block ids in history)."""
    if not blocks:
        return blocks
    return [{**blocks[0], "block_id": f"{marker}{key}"}, *blocks[1:]]


def found_keys(message: dict[str, Any], *, marker: str = MARKER, event: str = METADATA_EVENT) -> set[str]:
    """The keys a message from history carries: in a block_id after `marker`, in metadata of type `event`."""
    found = {
        str(b.get("block_id"))[len(marker) :]
        for b in message.get("blocks") or []
        if isinstance(b, dict) and str(b.get("block_id", "")).startswith(marker)
    }
    metadata = message.get("metadata") or {}
    if metadata.get("event_type") == event:
        found.add(str((metadata.get("event_payload") or {}).get("key")))
    return found


async def find_marked(
    fetch: Callable[[str | None], Awaitable[Any]], key: str, *, marker: str = MARKER, event: str = METADATA_EVENT
) -> str | None:
    """The ts of the first message carrying `key` (`found_keys`) in up to 5 pages of 200 that `fetch(cursor)` returns
    (conversations.history or .replies), or None; `fetch`'s errors pass through to the caller, which names them."""
    cursor: str | None = None
    for _ in range(5):
        response = await fetch(cursor)
        for message in response.get("messages") or []:
            if isinstance(message, dict) and key in found_keys(message, marker=marker, event=event):
                return str(message.get("ts"))
        cursor = (response.get("response_metadata") or {}).get("next_cursor") or None
        if not response.get("has_more") or not cursor:
            return None
    return None


class SlackPublisher:
    """One client per token for every send. `token` serves a single workspace; with installs, `token_for(workspace)`
    looks up that workspace's installation token instead (and `token` is never used as a fallback: a token from
    another workspace would post in the wrong place or fail). A workspace no token serves is a permanent error."""

    platform: Platform = "slack"

    def __init__(
        self,
        *,
        token: str | None = None,
        base_url: str | None = None,
        token_for: Callable[[str | None], Awaitable[str | None]] | None = None,
        timeout: int = 30,
    ) -> None:
        self.token = token
        self.base_url = base_url or AsyncWebClient.BASE_URL
        self.token_for = token_for
        self.timeout = timeout
        self._session: aiohttp.ClientSession | None = None
        self._clients: dict[str, AsyncWebClient] = {}
        self._rendered: dict[int, tuple[OnThisDate, str, list[dict[str, Any]]]] = {}

    def _render_once(self, digest: OnThisDate) -> tuple[str, list[dict[str, Any]]]:
        """A fan-out posts the same digest object to thousands of channels: draw it once (keyed by identity)."""
        hit = self._rendered.get(id(digest))
        if hit is not None and hit[0] is digest:
            return hit[1], hit[2]
        text, blocks = _render(digest)
        if len(self._rendered) >= 16:
            self._rendered.clear()
        self._rendered[id(digest)] = (digest, text, blocks)
        return text, blocks

    async def _client(self, workspace: str | None) -> AsyncWebClient:
        token = await self.token_for(workspace) if self.token_for is not None else self.token
        if not token:
            raise DeliveryError(f"no Slack installation for workspace {workspace}", permanent=True)
        client = self._clients.get(token)
        if client is None:
            if self._session is None:
                self._session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=200))
            client = AsyncWebClient(token=token, base_url=self.base_url, session=self._session, timeout=self.timeout)
            client.retry_handlers = []  # 429s, connection and transient errors are the fan-out's to handle
            self._clients[token] = client
        return client

    async def publish(self, *, workspace: str | None, channel: str, digest: OnThisDate, key: str) -> str:
        text, blocks = self._render_once(digest)
        try:
            client = await self._client(workspace)
            response = await client.chat_postMessage(
                channel=channel,
                text=text,
                blocks=mark(blocks, key) or None,
                metadata={"event_type": METADATA_EVENT, "event_payload": {"key": key}},
                unfurl_links=False,
                unfurl_media=False,
            )
        except SlackApiError as exc:
            raise _delivery_error(exc) from exc
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            raise DeliveryError(f"network error: {type(exc).__name__}", transient=True) from exc
        return str(response.get("ts"))

    async def find_published(self, *, workspace: str | None, channel: str, key: str, since: dt.datetime) -> str | None:
        """The ts of a message in `channel` since `since` marked with `key`, or None (pages up to 1,000 messages)."""
        client = await self._client(workspace)

        def page(cursor: str | None) -> Awaitable[Any]:
            return client.conversations_history(
                channel=channel, oldest=f"{since.timestamp():.6f}", limit=200, include_all_metadata=True, cursor=cursor
            )

        try:
            return await find_marked(page, key)
        except SlackApiError as exc:
            if exc.response.get("error") in ("missing_scope", "not_allowed_token_type"):
                log.warning(
                    "cannot read %s's history to check for digest %s (add channels:history): sending", channel, key
                )
                return None
            raise _delivery_error(exc) from exc
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            raise DeliveryError(f"network error: {type(exc).__name__}") from exc

    async def aclose(self) -> None:
        close = getattr(self.token_for, "aclose", None)
        if close is not None:
            await close()
        if self._session is not None:
            await self._session.close()
            self._session = None
        self._clients.clear()


class InstalledTokens:
    """`token_for` for installs: each workspace's bot token from the installation store in the bot's database
    (decrypted with SECRET_KEY when set), the same store the OAuth flow writes."""

    def __init__(self, settings: Settings) -> None:
        from slack_sdk.oauth.installation_store.sqlalchemy import AsyncSQLAlchemyInstallationStore
        from sqlalchemy.ext.asyncio import create_async_engine

        from adapters.slack.service import async_database_url
        from adapters.slack.tokens import EncryptedInstallationStore, fernet_from

        self.engine = create_async_engine(async_database_url(settings.database_url))
        self.stored = AsyncSQLAlchemyInstallationStore(client_id=settings.slack_client_id or "", engine=self.engine)
        self.store: AsyncInstallationStore = self.stored
        if settings.secret_key:
            self.store = EncryptedInstallationStore(self.stored, fernet_from(settings.secret_key))
        self._ready = False

    async def __call__(self, workspace: str | None) -> str | None:
        if not self._ready:  # a worker may start before any web process made the tables
            await self.stored.create_tables()  # type: ignore[no-untyped-call]
            self._ready = True
        bot = await self.store.async_find_bot(enterprise_id=None, team_id=workspace)
        return bot.bot_token if bot is not None else None

    async def aclose(self) -> None:
        await self.engine.dispose()


class SlackDeliveryCheck:
    """bot.ports.DeliveryCheck for Slack: `subscribe` is refused where no token could post the digest."""

    def __init__(self, settings: Settings) -> None:
        from bot.store import make_engine

        self.installs = bool(settings.slack_client_id and settings.slack_client_secret)
        self.token = settings.slack_bot_token
        self.base_url = settings.slack_api_url
        self._team: str | None = None
        self._engine = make_engine(settings.database_url) if self.installs else None
        self._client_id = settings.slack_client_id or ""

    def refusal(self, ctx: Context) -> str | None:
        if ctx.platform != "slack":
            return None
        if (ctx.channel or "").startswith("D"):  # Slack's ids for a direct message: no channel for a digest
            return messages.SLACK_DIGEST_DM_ID.format(channel=ctx.channel)
        if self.installs:
            return None if self._installed(ctx.workspace) else messages.SLACK_DIGEST_NOT_INSTALLED
        team = self._token_team()
        if team and ctx.workspace and team != ctx.workspace:
            return messages.SLACK_DIGEST_OTHER_WORKSPACE
        return None

    def _installed(self, workspace: str | None) -> bool:
        from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
        from sqlalchemy.exc import SQLAlchemyError

        assert self._engine is not None
        store = SQLAlchemyInstallationStore(client_id=self._client_id, engine=self._engine)
        try:
            return store.find_bot(enterprise_id=None, team_id=workspace) is not None
        except SQLAlchemyError:  # no installation tables yet: nothing was ever installed
            return False

    def _token_team(self) -> str | None:
        """The single-workspace token's team (one auth.test, remembered); None when Slack cannot say."""
        if self._team is None and self.token:
            from slack_sdk import WebClient
            from slack_sdk.errors import SlackClientError

            base = self.base_url or WebClient.BASE_URL
            try:
                me = WebClient(token=self.token, base_url=base if base.endswith("/") else base + "/").auth_test()
                self._team = str(me.get("team_id") or "") or None
            except (SlackClientError, OSError) as exc:
                log.warning("slack: could not check which workspace SLACK_BOT_TOKEN serves: %s", type(exc).__name__)
        return self._team


def _delivery_error(exc: SlackApiError) -> DeliveryError:
    response = exc.response
    error = str(response.get("error") or f"HTTP {response.status_code}")
    if response.status_code == 429 or error == "ratelimited":
        headers = {k.lower(): v for k, v in (response.headers or {}).items()}
        raw = headers.get("retry-after", "1")
        value = raw[0] if isinstance(raw, list) else raw
        try:
            retry_after = float(value)
        except (TypeError, ValueError):
            retry_after = 1.0
        return DeliveryError("ratelimited", retry_after=retry_after)
    transient = error in TRANSIENT_ERRORS or response.status_code >= 500
    return DeliveryError(error, permanent=error in PERMANENT_ERRORS, transient=transient)
