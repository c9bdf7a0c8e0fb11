"""Post a reply with chat.postMessage at most once, through 5xx answers and dropped connections.

A 5xx, a connection dropped after the request went out, or an HTTP 200 internal_error/fatal_error/request_timeout
may come after Slack posted the message. The client does not retry those for chat.postMessage (retry.py); here the
message carries a key (as message metadata and as its first block's `block_id`, as digests do: publisher.py), and
before each new try the channel (`conversations.history`) or the thread (`conversations.replies`) is searched for
that key: found, the reply is there and is not posted again; not found, it is posted again. Waits grow 0.5, 1, 2,
4, 8 s within the budget (30 s).

Reading the conversation needs the history scope of its kind: `im:history` (DMs), `channels:history`,
`groups:history`, `mpim:history` (group DMs). Without it (or when the search itself keeps failing) nothing tells
whether the reply went out, so it is not posted again: `Unconfirmed` is raised, and the caller logs "answer may not
have arrived" (a possibly lost reply can be asked again; a duplicate cannot be taken back).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.publisher import find_marked, mark
from adapters.slack.retry import MAX_BACKOFF_SECONDS, MAYBE_DONE_ERRORS, RETRY_BUDGET_SECONDS

MARKER = "palantir-ice-reply:"
METADATA_EVENT = "palantir_ice_reply"
# How far back the search starts before the first try: Slack's ts are its clock, not ours.
CLOCK_SLACK_SECONDS = 60.0


class Unconfirmed(Exception):
    """The post may or may not be in the conversation: it was not posted again. `reason` names the last error
    (e.g. "internal_error", "HTTP 500", "ServerDisconnectedError"); `checked` is True when the conversation was read
    and did not hold it, and only the last try, which Slack failed on with the budget spent, is unknown (fresh tester
    72 U1: told "I couldn't check this conversation" after six checks that found nothing)."""

    def __init__(self, reason: str, *, checked: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.checked = checked


def _maybe_done(exc: BaseException) -> str | None:
    """The reason when `exc` may have come after Slack posted (else None: surely not posted, or a final error)."""
    if isinstance(exc, SlackApiError):
        status = exc.response.status_code
        error = exc.response.get("error")
        if status >= 500:
            return f"HTTP {status}"
        if status == 200 and error in MAYBE_DONE_ERRORS:
            return str(error)
        return None
    if isinstance(exc, aiohttp.ClientConnectorError):  # the connection never opened: nothing was sent
        return None
    if isinstance(exc, aiohttp.ClientError | TimeoutError | OSError):
        return type(exc).__name__
    return None


async def post_once(
    client: AsyncWebClient,
    *,
    key: str,
    channel: str,
    text: str,
    blocks: list[dict[str, Any]],
    thread_ts: str | None = None,
    budget: float = RETRY_BUDGET_SECONDS,
) -> str:
    """Post `text`/`blocks` to `channel` (in the thread `thread_ts` when given) once; returns the message's ts.

    Raises SlackApiError for a final refusal (channel_not_found...) or a 429 outlasting the client's retries;
    aiohttp.ClientError/OSError when no connection could be opened within the client's retries (nothing posted);
    `Unconfirmed` when the message may be there but neither finding it nor posting again safely was possible."""
    since = time.time() - CLOCK_SLACK_SECONDS
    deadline = time.monotonic() + budget
    where: dict[str, Any] = {"channel": channel}
    if thread_ts:
        where["thread_ts"] = thread_ts
    wait = 0.5
    checked = False  # the conversation was read (and did not hold the post) at least once
    while True:
        try:
            response = await client.chat_postMessage(
                text=text,
                blocks=mark(blocks, key, marker=MARKER) or None,
                metadata={"event_type": METADATA_EVENT, "event_payload": {"key": key}},
                **where,
            )
            return str(response.get("ts"))
        except (SlackApiError, aiohttp.ClientError, TimeoutError, OSError) as exc:
            reason = _maybe_done(exc)
            if reason is None:
                raise
        if time.monotonic() + wait > deadline:
            raise Unconfirmed(reason, checked=checked)
        await asyncio.sleep(wait)  # also gives the message time to show in the conversation
        wait = min(MAX_BACKOFF_SECONDS, wait * 2)
        found = await _find(client, key=key, channel=channel, thread_ts=thread_ts, since=since, reason=reason)
        if found is not None:
            return found
        checked = True


async def _find(
    client: AsyncWebClient, *, key: str, channel: str, thread_ts: str | None, since: float, reason: str
) -> str | None:
    """The ts of the message marked with `key` (newest 1,000 of the channel, or the thread's since `since`), or
    None; `Unconfirmed(reason + why)` when the conversation cannot be read (the client retried outages already)."""

    def page(cursor: str | None) -> Awaitable[Any]:
        if thread_ts:
            return client.conversations_replies(
                channel=channel,
                ts=thread_ts,
                oldest=f"{since:.6f}",
                limit=200,
                include_all_metadata=True,
                cursor=cursor,
            )
        return client.conversations_history(
            channel=channel, oldest=f"{since:.6f}", limit=200, include_all_metadata=True, cursor=cursor
        )

    try:
        return await find_marked(page, key, marker=MARKER, event=METADATA_EVENT)
    except SlackApiError as exc:
        error = exc.response.get("error") or f"HTTP {exc.response.status_code}"
        raise Unconfirmed(f"{reason}; cannot check the conversation: {error}") from exc
    except (aiohttp.ClientError, TimeoutError, OSError) as exc:
        raise Unconfirmed(f"{reason}; cannot check the conversation: {type(exc).__name__}") from exc
