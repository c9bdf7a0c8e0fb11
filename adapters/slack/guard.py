"""The door in front of bolt: a request to /slack/events is checked before bolt reads, parses or logs it.

bolt's own verification logs a rejected request's whole body at INFO (100 forged 1 MB requests wrote 100 MB of
log, and a newline in the body forged log lines), and a malformed body or timestamp raised a 500 with a traceback.
Here a rejected request costs one bounded line (status, reason, size, never the body, which may hold a person's
question and a response_url) and gets 400 or 401:

- 401: no or non-numeric `X-Slack-Request-Timestamp`, one more than 5 minutes away, or a signature that does not
  match (Slack's v0 HMAC-SHA256 over the raw bytes, compared in constant time; slack_sdk's `SignatureVerifier`
  would raise on a body that is not UTF-8);
- 400: a correctly signed body bolt could not read (JSON that is not an object, a form whose `payload` is not a
  JSON object).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
import urllib.parse
from collections.abc import Awaitable, Callable

from aiohttp import web
from aiohttp.typedefs import Middleware

log = logging.getLogger(__name__)

MAX_CLOCK_SKEW_SECONDS = 300
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def _refuse(request: web.Request, status: int, reason: str, size: int) -> web.Response:
    peer = request.remote or "?"
    log.warning("slack: refused a request from %s: %s %s (%d bytes)", peer[:64], status, reason, size)
    return web.Response(status=status, text=reason)


def _readable(body: bytes, content_type: str) -> bool:
    """Whether bolt can parse this body into a dict without failing."""
    try:
        text = body.decode("utf-8")
        if content_type == "application/json":
            return isinstance(json.loads(text), dict)
        form = urllib.parse.parse_qs(text, keep_blank_values=True)
        if "payload" in form:
            return isinstance(json.loads(form["payload"][0]), dict)
        return True
    except (UnicodeDecodeError, ValueError):
        return False


def signature_guard(signing_secret: str, path: str, *, clock: Callable[[], float] = time.time) -> Middleware:
    """An aiohttp middleware refusing unsigned, stale or unreadable POSTs to `path` before bolt sees them."""
    secret = signing_secret.encode()

    def signed(body: bytes, stamp: str, signature: str) -> bool:
        digest = hmac.new(secret, b"v0:" + stamp.encode() + b":" + body, hashlib.sha256).hexdigest()
        return hmac.compare_digest(f"v0={digest}".encode(), signature.encode("utf-8", "replace"))

    @web.middleware
    async def guard(request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.method != "POST" or request.path != path:
            return await handler(request)
        body = await request.read()  # aiohttp keeps it: bolt's adapter reads it again from memory
        stamp = request.headers.get("X-Slack-Request-Timestamp", "")
        signature = request.headers.get("X-Slack-Signature", "")
        if not stamp.isdigit() or len(stamp) > 12:
            return _refuse(request, 401, "missing or malformed timestamp", len(body))
        if abs(clock() - int(stamp)) > MAX_CLOCK_SKEW_SECONDS:
            return _refuse(request, 401, "stale timestamp", len(body))
        if not signature or not signed(body, stamp, signature):
            return _refuse(request, 401, "bad signature", len(body))
        if not _readable(body, request.content_type):
            return _refuse(request, 400, "unreadable body", len(body))
        return await handler(request)

    return guard
