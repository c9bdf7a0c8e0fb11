"""Posts scheduled digests to Slack channels (implements bot.ports.Publisher) with slack_sdk's AsyncWebClient.

Each digest carries its delivery key twice: as the header block's `block_id` and as message metadata, so that after
a crash between send and record `find_published` can find it in `conversations.history` instead of posting again.
Slack's 429s are not retried here: they become `DeliveryError(retry_after=...)` so the fan-out pauses every send to
that workspace together. Errors that will not go away (channel gone, bot removed) are marked permanent.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.digest import DeliveryError
from bot.models import OnThisDate
from bot.ports import Platform

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


def mark(blocks: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    """The blocks with the delivery key as the first block's block_id (Slack keeps block ids in history)."""
    if not blocks:
        return blocks
    return [{**blocks[0], "block_id": f"{MARKER}{key}"}, *blocks[1:]]


def _keys(message: dict[str, Any]) -> set[str]:
    found = {
        str(b.get("block_id"))[len(MARKER) :]
        for b in message.get("blocks") or []
        if isinstance(b, dict) and str(b.get("block_id", "")).startswith(MARKER)
    }
    metadata = message.get("metadata") or {}
    if metadata.get("event_type") == METADATA_EVENT:
        found.add(str((metadata.get("event_payload") or {}).get("key")))
    return found


class SlackPublisher:
    """One client for every send; `token_for(workspace)` picks a workspace's token when the bot is installed in many."""

    platform: Platform = "slack"

    def __init__(
        self,
        *,
        token: str,
        base_url: str | None = None,
        token_for: Callable[[str | None], str | None] | None = None,
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

    def _client(self, workspace: str | None) -> AsyncWebClient:
        token = (self.token_for(workspace) if self.token_for else None) or self.token
        client = self._clients.get(token)
        if client is None:
            if self._session is None:
                self._session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=200))
            client = AsyncWebClient(token=token, base_url=self.base_url, session=self._session, timeout=self.timeout)
            client.retry_handlers = []  # 429s and connection errors are the fan-out's to handle
            self._clients[token] = client
        return client

    async def publish(self, *, workspace: str | None, channel: str, digest: OnThisDate, key: str) -> str:
        text, blocks = self._render_once(digest)
        try:
            response = await self._client(workspace).chat_postMessage(
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
            raise DeliveryError(f"network error: {type(exc).__name__}") from exc
        return str(response.get("ts"))

    async def find_published(self, *, workspace: str | None, channel: str, key: str, since: dt.datetime) -> str | None:
        """The ts of a message in `channel` since `since` marked with `key`, or None (pages up to 1,000 messages)."""
        client = self._client(workspace)
        cursor: str | None = None
        for _ in range(5):
            try:
                response = await client.conversations_history(
                    channel=channel,
                    oldest=f"{since.timestamp():.6f}",
                    limit=200,
                    include_all_metadata=True,
                    cursor=cursor,
                )
            except SlackApiError as exc:
                if exc.response.get("error") in ("missing_scope", "not_allowed_token_type"):
                    log.warning(
                        "cannot read %s's history to check for digest %s (add channels:history): sending", channel, key
                    )
                    return None
                raise _delivery_error(exc) from exc
            except (TimeoutError, aiohttp.ClientError, OSError) as exc:
                raise DeliveryError(f"network error: {type(exc).__name__}") from exc
            for message in response.get("messages") or []:
                if key in _keys(message):
                    return str(message.get("ts"))
            cursor = (response.get("response_metadata") or {}).get("next_cursor") or None
            if not response.get("has_more") or not cursor:
                return None
        return None

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None
        self._clients.clear()


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
    return DeliveryError(error, permanent=error in PERMANENT_ERRORS)
