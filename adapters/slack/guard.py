"""The door in front of bolt: a request to /slack/events is checked before bolt reads, parses or logs it.

bolt's own verification logs a rejected request's whole body at INFO (100 forged 1 MB requests wrote 100 MB of
log, and a newline in the body forged log lines), and a malformed body or timestamp raised a 500 with a traceback.
Here a rejected request costs one bounded line (status, reason, size, never the body, which may hold a person's
question and a response_url) and gets 400 or 401:

- 401: no or non-numeric `X-Slack-Request-Timestamp`, one more than 5 minutes away, or a signature that does not
  match (Slack's v0 HMAC-SHA256 over the raw bytes, compared in constant time; slack_sdk's `SignatureVerifier`
  would raise on a body that is not UTF-8);
- 400: a correctly signed body bolt could not read (JSON that is not an object, a form whose `payload` is not a
  JSON object, a Content-Type other than JSON or a form) or whose fields have shapes no Slack request has
  (`"event": null`, an empty `actions` list, a `team` that is a number...): bolt indexes those fields unchecked
  and answered 500 with a traceback, and Slack retries a 500 on an event. A body that is no Slack request at all
  (an empty form, JSON without `type`) gets 400 too (bolt answered 404 "no listener"). Should bolt still fail on
  a signed body, the request gets 400 and one line too.

A body that is not in the `Content-Encoding` it declares needs no signature to be read, on any path: aiohttp
answered 500 (or 404/405 and then failed draining it) with one or two ERROR tracebacks per request. So aiohttp
decodes nothing here (`HANDLER_ARGS`: Slack sends no encoded bodies) and `undecodable_guard` does, first, on every
path: gzip and deflate, applied in the order the header lists them, each of which must end where the body ends; a
body that does not (truncated, or "gzip, gzip" over one gzip) gets 400, an encoding other than those two (br, zstd)
415, both in one line that asks nobody to install anything (fresh tester 61 U5: a truncated gzip body was a
"401 bad signature", and br answered aiohttp's "Please install `Brotli`"). `UndecodableBodyFilter` still turns a
decoding failure aiohttp meets while parsing into that one WARNING line, should it decode after all.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
import urllib.parse
import zlib
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web
from aiohttp.http_exceptions import ContentEncodingError
from aiohttp.typedefs import Middleware

log = logging.getLogger(__name__)

MAX_CLOCK_SKEW_SECONDS = 300
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def _refuse(request: web.Request, status: int, reason: str, size: int) -> web.Response:
    peer = request.remote or "?"
    log.warning("slack: refused a request from %s: %s %s (%d bytes)", peer[:64], status, reason, size)
    return web.Response(status=status, text=reason)


# Fields bolt reads from every request before any listener runs (slack_bolt/request/internals.py and the
# listener matchers): objects, or (for the first four) an id string; absent or null is fine.
_OBJECT_OR_ID = ("team", "user", "channel", "enterprise")
_OBJECT = ("event", "view", "container", "message", "previous_message", "item", "assistant_thread", "function_data")
# The fields that make a plain form (no `payload`) a Slack request: a slash command, or Slack's ssl_check.
_FORM_KINDS = ("command", "ssl_check")
# An answered event's own fields the listeners read as ids or text (Slack's message and app_mention events: all
# strings); a `user` object there failed deep in the answering (a pydantic error) after the 200.
_ANSWERED_EVENTS = ("message", "app_mention")
_EVENT_TEXT = ("user", "channel", "team", "text", "ts", "thread_ts", "channel_type", "subtype", "bot_id")
_TEXT = ("type", "team_id", "enterprise_id", "user_id", "channel_id", "event_id", "trigger_id", "response_url")


def _parsed(body: bytes, content_type: str) -> tuple[dict[str, Any] | None, bool]:
    """The request as bolt will see it, and whether it was a plain form (no `payload`): a JSON object, a form's
    `payload` object, or a plain form's `command` and `ssl_check` (a slash command's fields are all strings). None
    when bolt could not parse it into a dict, or when the body comes as anything but JSON or a form, the only two
    Slack sends (bolt would guess, and a form sent as text/plain was answered 200 with no listener: a caller must
    not read that as "it worked")."""
    if content_type not in ("application/json", "application/x-www-form-urlencoded"):
        return None, False
    try:
        text = body.decode("utf-8")
        if content_type == "application/json":
            parsed = json.loads(text)
            return (parsed if isinstance(parsed, dict) else None), False
        form = urllib.parse.parse_qs(text, keep_blank_values=True)
        if "payload" in form:
            parsed = json.loads(form["payload"][0])
            return (parsed if isinstance(parsed, dict) else None), False
        return {name: values[0] for name, values in form.items() if name in _FORM_KINDS}, True
    except (UnicodeDecodeError, ValueError):
        return None, False


def shape_problem(body: dict[str, Any], *, form: bool = False) -> str | None:
    """What is wrong with a parsed request's shape, in a few words, or None when bolt can read it safely. `form`:
    the body was a plain form (no `payload`), which Slack sends only for a slash command or its ssl_check."""
    if form and not any(body.get(name) for name in _FORM_KINDS):
        return "a form with no command, payload or ssl_check"
    if not form and not body.get("type") and "event" not in body:  # every JSON body and payload Slack sends
        return "no type"
    for name in _TEXT:
        if body.get(name) is not None and not isinstance(body[name], str):
            return f"{name} is not a string"
    for name in _OBJECT_OR_ID:
        if body.get(name) is not None and not isinstance(body[name], dict | str):
            return f"{name} is not an object"
    for name in _OBJECT:
        if body.get(name) is not None and not isinstance(body[name], dict):
            return f"{name} is not an object"
    if "event" in body and not isinstance(body["event"], dict):  # bolt takes any `event` key for an event
        return "event is not an object"
    authorizations = body.get("authorizations")
    if authorizations is not None and not (
        isinstance(authorizations, list) and all(isinstance(a, dict) for a in authorizations)
    ):
        return "authorizations is not a list of objects"
    if body.get("type") == "event_callback" and not isinstance((body.get("event") or {}).get("type"), str):
        return "event_callback without an event type"
    event = body.get("event")
    if isinstance(event, dict) and event.get("type") in _ANSWERED_EVENTS:
        for name in _EVENT_TEXT:
            if event.get(name) is not None and not isinstance(event[name], str):
                return f"event {name} is not a string"
    if "actions" in body or body.get("type") in ("block_actions", "interactive_message"):
        actions = body.get("actions")
        if not isinstance(actions, list) or not actions or not all(isinstance(a, dict) for a in actions):
            return "actions is not a non-empty list of objects"
        if any(not isinstance(a.get(key, ""), str | None) for a in actions for key in ("action_id", "block_id")):
            return "an action id is not a string"
    return None


def _undecodable(exc: BaseException | None) -> ContentEncodingError | None:
    """The content-decoding failure behind `exc` (aiohttp wraps it in RequestPayloadError), or None."""
    while exc is not None:
        if isinstance(exc, ContentEncodingError):
            return exc
        exc = exc.__cause__
    return None


def _encoding_reason(request_encoding: str) -> str:
    return f"body not in its Content-Encoding {request_encoding[:20]!r}"


# What the web application hands aiohttp's request handler: no decoding of request bodies by aiohttp's parser, which
# answers an encoding it cannot decode with its own text ("Please install `Brotli`") before any middleware runs.
HANDLER_ARGS = {"auto_decompress": False}
# zlib's window bits for each content coding (RFC 9110 8.4.1): gzip's header, and deflate's zlib wrapper
_WBITS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}


class _NotInEncoding(ValueError):
    pass


class _TooLarge(ValueError):
    pass


def _decoded(body: bytes, codings: list[str], limit: int) -> bytes:
    """`body` with `codings` (in the order applied) undone, last first; _NotInEncoding unless each coding's stream
    ends exactly where its input does, _TooLarge past `limit` bytes decoded (a decompression bomb)."""
    for coding in reversed(codings):
        if coding == "identity":
            continue
        unpacker = zlib.decompressobj(wbits=_WBITS[coding])
        try:
            out = unpacker.decompress(body, limit + 1)
        except zlib.error:
            raise _NotInEncoding(coding) from None
        if len(out) > limit:
            raise _TooLarge(coding)
        if not unpacker.eof or unpacker.unused_data or unpacker.unconsumed_tail:
            raise _NotInEncoding(coding)  # cut short, or more after its end
        body = out
    return body


@web.middleware
async def undecodable_guard(request: web.Request, handler: Handler) -> web.StreamResponse:
    """On every path, a body that declares a Content-Encoding is read and decoded before any handler (which reads
    the decoded body): an encoding not accepted gets 415, one that is not what it says 400, one decoding past the
    request size limit 413, each with one line, and its connection is closed."""
    encoding = request.headers.get("Content-Encoding", "")
    codings = [c.strip().lower() for c in encoding.split(",") if c.strip()]
    if not codings or not request.body_exists:
        return await handler(request)
    try:
        raw = await request.read()  # bounded by client_max_size, like any read
    except web.RequestPayloadError as exc:
        if _undecodable(exc) is None:
            raise
        request.content.feed_eof()  # nothing more to drain: aiohttp would read it again and log a traceback
        raw = None
    unknown = [c for c in codings if c not in _WBITS and c != "identity"]
    if unknown:
        reason = f"Content-Encoding {unknown[0][:20]!r} not accepted (gzip, deflate or none)"
        return _closed(_refuse(request, 415, reason, request.content_length or 0))
    try:
        if raw is None:
            raise _NotInEncoding(encoding)
        decoded = _decoded(raw, codings, request.client_max_size)
    except _TooLarge:
        return _closed(_refuse(request, 413, "body too large once decoded", len(raw or b"")))
    except _NotInEncoding:
        return _closed(_refuse(request, 400, _encoding_reason(encoding), request.content_length or 0))
    # aiohttp keeps a read body here and every later read() (the signature check's, bolt's) returns it: no public
    # way to hand the handlers the decoded body instead
    request._read_bytes = decoded
    return await handler(request)


def _closed(response: web.Response) -> web.Response:
    response.force_close()  # what is left of the body is not drained
    return response


class UndecodableBodyFilter(logging.Filter):
    """On aiohttp's `aiohttp.server` logger: a content-decoding failure aiohttp meets while parsing (an encoding it
    cannot decode, such as br without Brotli) is handled before any middleware and logged at ERROR with a
    traceback; it becomes `_refuse`'s one WARNING line. Any other record passes untouched."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = _undecodable(record.exc_info[1] if record.exc_info else None)
        if exc is None:
            return True
        peer = str(record.args[0] if isinstance(record.args, tuple) and record.args else "?")
        record.msg = "slack: refused a request from %s: 400 %s"
        record.args = (peer[:64], f"undecodable body ({str(exc.message)[:60]})")
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        record.exc_info, record.exc_text = None, None
        return True


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
        try:
            body = await request.read()  # aiohttp keeps it: bolt's adapter reads it again from memory
        except web.HTTPRequestEntityTooLarge:  # past client_max_size: one line, as every refused request gets
            reason = f"body too large (over {request.client_max_size} bytes)"  # (fresh tester 72 O1: no line)
            return _closed(_refuse(request, 413, reason, request.content_length or 0))
        stamp = request.headers.get("X-Slack-Request-Timestamp", "")
        signature = request.headers.get("X-Slack-Signature", "")
        if not stamp.isdigit() or len(stamp) > 12:
            return _refuse(request, 401, "missing or malformed timestamp", len(body))
        if abs(clock() - int(stamp)) > MAX_CLOCK_SKEW_SECONDS:
            return _refuse(request, 401, "stale timestamp", len(body))
        if not signature or not signed(body, stamp, signature):
            return _refuse(request, 401, "bad signature", len(body))
        parsed, plain_form = _parsed(body, request.content_type)
        if parsed is None:
            return _refuse(request, 400, "unreadable body", len(body))
        problem = shape_problem(parsed, form=plain_form)
        if problem is not None:
            return _refuse(request, 400, f"malformed body ({problem})", len(body))
        try:
            return await handler(request)
        except web.HTTPException:
            raise
        except Exception as exc:  # a signed body bolt still could not read: one line, not aiohttp's traceback
            where = exc.__traceback__
            while where is not None and where.tb_next is not None:
                where = where.tb_next
            at = f" at {where.tb_frame.f_code.co_filename.rsplit('/', 1)[-1]}:{where.tb_lineno}" if where else ""
            return _refuse(request, 400, f"malformed body ({type(exc).__name__}{at})", len(body))

    return guard
