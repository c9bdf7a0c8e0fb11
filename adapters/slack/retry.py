"""How every Slack call is retried: Web API methods (chat.postMessage, auth.test, ...) and response_url posts alike.

slack_sdk's own retry handlers do the work; only their budget is ours. A call is retried

- after a refused or dropped connection, and after HTTP 500/503, with exponential backoff and jitter
  (0.5, 1, 2, 4, 8 s ... until `RETRY_BUDGET_SECONDS` of waiting is spent),
- after HTTP 429, after exactly the `Retry-After` Slack asked for (plus jitter), within the same budget;
- after HTTP 200 `{"ok": false}` with an error Slack documents as transient (`TRANSIENT_ERRORS`: internal_error,
  fatal_error, service_unavailable, request_timeout, ratelimited), with the same backoff as a 500. Every other
  error (channel_not_found, not_in_channel, invalid_auth...) is final and raised at once.
- except chat.postMessage (`FINDABLE_POSTS`), which is retried here only when Slack surely did not carry it out:
  HTTP 429, a 200 `ratelimited` or `service_unavailable`, a connection that could not be opened. After a 5xx, a
  connection dropped once the request was sent, or a 200 internal_error/fatal_error/request_timeout
  (`MAYBE_DONE_ERRORS`) the message may be in the channel already, and the same answer twice cannot be taken back:
  the caller gets the error, looks for the message by its key and posts again only when it is not there
  (adapters/slack/post_once.py).

Posts that cannot be found again (chat.postEphemeral, response_url posts: ephemeral, kept in no history) are retried
in every case above: a duplicate is a second copy of a private answer, seen by the asker only and gone on reload,
while a loss leaves them with no answer at all.

So an outage shorter than the budget costs a late answer, not a lost one, except a findable post that may have gone
through and whose conversation cannot be read (no history scope): that one is not posted again (post_once's
`Unconfirmed`, one WARNING), since a second copy cannot be taken back. The budget (30 s) is far inside a
response_url's validity (30 minutes), and long enough for the outages public reports describe (seconds).
"""

from __future__ import annotations

import time
from typing import Any

import aiohttp
from slack_sdk.http_retry.async_handler import AsyncRetryHandler
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.http_retry.builtin_interval_calculators import BackoffRetryIntervalCalculator
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState

RETRY_BUDGET_SECONDS = 30.0
# Slack's Web API docs: internal_error ("likely due to a transient issue on our end"), fatal_error, service_unavailable
# and request_timeout (the POST data arrived truncated) come back in a 200; ratelimited may too, without Retry-After.
# Like a 500, internal_error and fatal_error may have half-succeeded: retried anyway, except for posts (below).
TRANSIENT_ERRORS = frozenset({"internal_error", "fatal_error", "service_unavailable", "request_timeout", "ratelimited"})
# Of those, the ones after which a post may already be in the channel ("may or may not have been processed"):
# service_unavailable and ratelimited mean Slack refused the call, so they are retried even for posts.
MAYBE_DONE_ERRORS = frozenset({"internal_error", "fatal_error", "request_timeout"})
# Web API methods that post a message the caller can find again by its key (post_once.py does that before posting
# again): retried here only when Slack surely did not carry them out.
FINDABLE_POSTS = frozenset({"chat.postMessage"})
MAX_BACKOFF_SECONDS = 8.0


class _CappedBackoff(BackoffRetryIntervalCalculator):
    """Exponential backoff with jitter, each wait at most `MAX_BACKOFF_SECONDS`."""

    def calculate_sleep_duration(self, current_attempt: int) -> float:
        return min(MAX_BACKOFF_SECONDS, super().calculate_sleep_duration(current_attempt))


def _within_budget(state: RetryState, budget: float) -> bool:
    """True while the first failure of this call is less than `budget` seconds ago (the clock starts on it)."""
    started: float | None = getattr(state, "palantir_started", None)
    now = time.monotonic()
    if started is None:
        state.palantir_started = now  # type: ignore[attr-defined]  # RetryState is per call: a spare attribute
        return True
    return now - started < budget


class _Budgeted:
    """Mixed into a handler: retries stop when the call's budget is spent, whatever the attempt count."""

    budget: float

    async def _can_retry_async(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        can: bool = await super()._can_retry_async(  # type: ignore[misc]
            state=state, request=request, response=response, error=error
        )
        return can and _within_budget(state, self.budget)


class ConnectionRetry(_Budgeted, AsyncConnectionErrorRetryHandler):
    """slack_sdk's: ServerConnectionError (ServerDisconnectedError...) and ClientOSError; for a findable post only
    a connection never opened (ClientConnectorError: nothing was sent)."""

    async def _can_retry_async(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        if _is_findable_post(request) and not isinstance(error, aiohttp.ClientConnectorError):
            return False
        return await super()._can_retry_async(state=state, request=request, response=response, error=error)


class ServerErrorRetry(_Budgeted, AsyncServerErrorRetryHandler):
    """slack_sdk's: HTTP 500 and 503; never for a findable post (Slack may have posted it before failing)."""

    async def _can_retry_async(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        if _is_findable_post(request):
            return False
        return await super()._can_retry_async(state=state, request=request, response=response, error=error)


class RateLimitRetry(_Budgeted, AsyncRateLimitErrorRetryHandler):
    """slack_sdk's: HTTP 429, retried after its `Retry-After`, but only when that wait ends within the budget: a
    60 s Retry-After under a 30 s budget gives up at once (the caller says so) rather than waiting past the ceiling
    (fresh tester 61 O4: a mention's reply came 61 s late)."""

    async def _can_retry_async(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        if not await super()._can_retry_async(state=state, request=request, response=response, error=error):
            return False
        started: float = getattr(state, "palantir_started", time.monotonic())
        wait = _retry_after(response)
        return time.monotonic() - started + wait < self.budget


def _retry_after(response: HttpResponse | None) -> float:
    """The seconds a 429's `Retry-After` asks for (slack_sdk's headers map a name to a list of values); 1 when it
    names none or an unreadable one, as slack_sdk then waits about that long."""
    for name, values in (response.headers if response is not None else {}).items():
        if name.lower() == "retry-after":
            value = values[0] if isinstance(values, list) and values else values
            try:
                return max(0.0, float(str(value)))
            except (TypeError, ValueError):
                return 1.0
    return 1.0


class TransientErrorRetry(_Budgeted, AsyncRetryHandler):
    """Retries a 2xx answer whose body is `{"ok": false, "error": E}` with E in `TRANSIENT_ERRORS`."""

    async def _can_retry_async(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        body = response.body if response is not None else None
        transient = (
            response is not None
            and 200 <= response.status_code < 300
            and isinstance(body, dict)
            and body.get("ok") is False
            and body.get("error") in TRANSIENT_ERRORS
        )
        maybe_done = isinstance(body, dict) and body.get("error") in MAYBE_DONE_ERRORS
        if transient and maybe_done and _is_findable_post(request):
            return False
        return transient and _within_budget(state, self.budget)


def _is_findable_post(request: HttpRequest) -> bool:
    """True for a Web API call in `FINDABLE_POSTS` (`.../api/chat.postMessage`)."""
    method = request.url.rsplit("/", 1)[-1].split("?", 1)[0]
    return method in FINDABLE_POSTS


def retry_handlers(budget: float = RETRY_BUDGET_SECONDS) -> list[AsyncRetryHandler]:
    """Fresh handlers for one client (each client keeps its own list)."""
    handlers: list[Any] = [
        ConnectionRetry(max_retry_count=100, interval_calculator=_CappedBackoff(backoff_factor=0.5)),
        ServerErrorRetry(max_retry_count=100, interval_calculator=_CappedBackoff(backoff_factor=0.5)),
        RateLimitRetry(max_retry_count=100),
        TransientErrorRetry(max_retry_count=100, interval_calculator=_CappedBackoff(backoff_factor=0.5)),
    ]
    for handler in handlers:
        handler.budget = budget
    return handlers
