"""How every Slack call is retried: Web API methods (chat.postMessage, auth.test, ...) and response_url posts alike.

slack_sdk's own retry handlers do the work; only their budget is ours. A call is retried

- after a refused or dropped connection, and after HTTP 500/503, with exponential backoff and jitter
  (0.5, 1, 2, 4, 8 s ... until `RETRY_BUDGET_SECONDS` of waiting is spent),
- after HTTP 429, after exactly the `Retry-After` Slack asked for (plus jitter), within the same budget;
- after HTTP 200 `{"ok": false}` with an error Slack documents as transient (`TRANSIENT_ERRORS`: internal_error,
  fatal_error, service_unavailable, request_timeout, ratelimited), with the same backoff as a 500. Every other
  error (channel_not_found, not_in_channel, invalid_auth...) is final and raised at once.
- except that a post (`chat.*`: postMessage, postEphemeral...) answered with an error that may mean it went through
  (`MAYBE_DONE_ERRORS`: internal_error, fatal_error, request_timeout) is not retried: posting again could show the
  person the same answer twice, which cannot be taken back, while a reply that did not arrive can be asked again.
  The caller gets the SlackApiError and logs it (adapters/slack/app.py: "answer may not have arrived").

So an outage shorter than the budget costs a late answer, never a lost one. The budget (30 s) is far inside a
response_url's validity (30 minutes), and long enough for the outages public reports describe (seconds).
"""

from __future__ import annotations

import time
from typing import Any

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
# Web API methods that post something a person sees: retried only when Slack surely did not carry them out.
_POST_PREFIX = "chat."
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
    pass


class ServerErrorRetry(_Budgeted, AsyncServerErrorRetryHandler):
    pass


class RateLimitRetry(_Budgeted, AsyncRateLimitErrorRetryHandler):
    pass


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
        if transient and isinstance(body, dict) and body.get("error") in MAYBE_DONE_ERRORS and _is_post(request):
            return False
        return transient and _within_budget(state, self.budget)


def _is_post(request: HttpRequest) -> bool:
    """True for a Web API call that posts a message (`.../api/chat.postMessage`...)."""
    method = request.url.rsplit("/", 1)[-1].split("?", 1)[0]
    return method.startswith(_POST_PREFIX)


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
