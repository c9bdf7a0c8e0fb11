"""A small fake of the Slack Web API on 127.0.0.1, for tests and benchmarks that must not touch the network.

It speaks the protocol slack_sdk speaks (form, query or JSON bodies, a bearer token, `{"ok": ...}` replies,
HTTP 429 with `Retry-After`), records every call, and can be told to fail. Usage::

    async with FakeSlackAPI() as api:
        client = AsyncWebClient(token="xoxb-test", base_url=api.base_url)   # "http://127.0.0.1:PORT/api/"
        await client.chat_postMessage(channel="C1", text="hi")
        assert api.calls_to("chat.postMessage")[0].args["channel"] == "C1"

or, in a test module, `from tests.fakes.slack_api import slack_api` and take the `slack_api` fixture.

API
- `base_url`: the Web API base for `AsyncWebClient(base_url=...)` / `SLACK_API_URL` (ends with "/api/").
- `response_url(name="r1")`: a URL to put in a slash command's or action's `response_url`; posts land in
  `responses` (and `responses_to(name)`) as `ResponsePost(name, json)`.
- `calls: list[Call]` every Web API call in arrival order (including refused ones; `Call.status` says what was
  answered); `calls_to(method)` filters; `Call.args` merges query, form and JSON; `Call.token` is the bearer.
- `posted(channel=None)`: the `chat.postMessage` calls that were carried out (what a person would see).
- `fail(error, *, method=None, channel=None, times=None, after_posting=False, status=200)`: answer `{"ok": false,
  "error": error}` (HTTP 200, like Slack; `status=500` for a 5xx) to matching calls; `times=None` means until
  `clear_failures()`. Typical errors:
  channel_not_found, not_in_channel, is_archived, invalid_auth, account_inactive (final), internal_error,
  fatal_error, service_unavailable, request_timeout, ratelimited (transient: Slack sends these in a 200 too).
  `after_posting=True` carries the call out first (the message is in the channel and in `posted()`), then answers
  the error: what Slack's internal_error can mean ("the request may or may not have been processed"), and what a
  5xx can mean too.
- `drop(*, method=None, channel=None, times=1, after_posting=True)`: the next `times` matching calls are carried out
  (with `after_posting`), then their connection is closed without an answer: a connection dropped after Slack
  posted. The caller sees a disconnect; `posted()` shows the message.
- `fail_response_urls(status=404, text="expired_url")`: response_url posts are recorded but refused.
- `throttle(*, method=None, times=1, retry_after=0)`: the next `times` matching calls get HTTP 429 with
  `Retry-After`, deterministically (use this in tests).
- `rate_limit(per_second, *, method="chat.postMessage", retry_after=1)`: a token bucket like Slack's tiers; calls
  beyond it get 429 (use this in benchmarks; it depends on wall-clock time).
- `team_id`, `team_name`, `bot_user_id`, `bot_id`: what `auth.test` and `oauth.v2.access` answer.
- `wait_for(method, count=1, timeout=5.0)` / `wait_for_responses(count, timeout)`: await background work.
- Outages, for the Web API and response_url posts alike (what public reports of lost bot replies describe):
  `go_down()` / `come_up()` stop and restart listening on the same port (connections refused, open keep-alive
  connections dropped); `serve_errors(500)` answers every request with that HTTP status until `clear_outage()`;
  `serve_429(retry_after=1)` answers every request with HTTP 429 and `Retry-After` until `clear_outage()`;
  `await outage(kind, seconds)` does one of them ("down", "500", "429") for a while, then recovers.
  Requests refused by an outage are counted in `refused` and never recorded as calls or responses.
- `reset()`: forget calls, posts, failures and limits.
- Socket Mode: `apps.connections.open` answers `ws://127.0.0.1:PORT/socket`; the socket says hello, then
  `await socket_send(envelope)` delivers an envelope and `await wait_for_ack(envelope_id)` returns the app's ack.

Implemented methods: auth.test, chat.postMessage (ok, channel, ts, message), chat.postEphemeral (message_ts),
chat.update, conversations.history (what was posted to that channel, newest first), conversations.replies (a
thread: its parent and replies, oldest first); both return a message's `metadata` only with `include_all_metadata`
(`oldest` is ignored: the fake's ts are not wall-clock times), oauth.v2.access,
apps.connections.open; any other
method answers `{"ok": true}` and is recorded. Recording is in-memory lists: 10,000s of calls are fine.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiohttp import WSMsgType, web


@dataclass
class Call:
    method: str
    query: dict[str, str]
    form: dict[str, str]
    json: dict[str, Any] | None
    token: str | None
    status: int = 200
    response: dict[str, Any] = field(default_factory=dict)
    at: float = field(default_factory=time.monotonic)
    carried_out: bool = False  # the call took effect (a chat.postMessage is in the channel), whatever was answered

    @property
    def args(self) -> dict[str, Any]:
        """Query, form and JSON arguments merged: slack_sdk sends each method one way or another."""
        return {**self.query, **self.form, **(self.json or {})}

    @property
    def ok(self) -> bool:
        return self.status == 200 and bool(self.response.get("ok"))


@dataclass
class ResponsePost:
    name: str
    json: dict[str, Any]
    at: float = field(default_factory=time.monotonic)  # when it arrived (benchmarks measure answer lag with it)


@dataclass
class _Failure:
    error: str
    method: str | None
    channel: str | None
    times: int | None
    after_posting: bool = False
    status: int = 200
    drop: bool = False
    needed: str | None = None  # a missing_scope error's `needed` field: the scope Slack says the call needs


@dataclass
class _Throttle:
    method: str | None
    times: int
    retry_after: int


@dataclass
class _Bucket:
    per_second: float
    method: str | None
    retry_after: int
    tokens: float
    stamp: float


class FakeSlackAPI:
    """The fake server; an async context manager (`async with FakeSlackAPI() as api`)."""

    def __init__(
        self,
        *,
        team_id: str = "T0TEST",
        team_name: str = "Test Team",
        bot_user_id: str = "UBOT",
        bot_id: str = "BBOT",
    ) -> None:
        self.team_id = team_id
        self.team_name = team_name
        self.bot_user_id = bot_user_id
        self.bot_id = bot_id
        self.calls: list[Call] = []
        self.responses: list[ResponsePost] = []
        self.port = 0
        self._failures: list[_Failure] = []
        self._throttles: list[_Throttle] = []
        self._buckets: list[_Bucket] = []
        self._history: dict[str, list[dict[str, Any]]] = {}
        self._ts = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self._changed = asyncio.Condition()
        self._sockets: list[web.WebSocketResponse] = []
        self.socket_acks: list[dict[str, Any]] = []
        self._response_failure: tuple[int, str] | None = None
        self._counts: dict[str, int] = {}  # calls per method, so wait_for stays O(1) per call at 10,000s of calls
        self._site: web.TCPSite | None = None
        self._outage: tuple[int, int] | None = None  # (HTTP status, Retry-After) answered to every request
        self.down = False
        self.refused = 0

    # -- lifecycle ---------------------------------------------------------------------------------------------

    async def start(self) -> FakeSlackAPI:
        app = web.Application(middlewares=[self._outage_middleware])
        app.router.add_route("*", "/api/{method}", self._api)
        app.router.add_post("/respond/{name}", self._respond)
        app.router.add_get("/socket", self._socket)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await self._listen()
        return self

    async def _listen(self) -> None:
        assert self._runner is not None
        site = web.TCPSite(self._runner, "127.0.0.1", self.port, reuse_address=True)
        await site.start()
        server = site._server
        assert server is not None and server.sockets  # type: ignore[union-attr]
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self._site = site

    async def stop(self) -> None:
        for ws in list(self._sockets):
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeSlackAPI:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    def response_url(self, name: str = "r1") -> str:
        return f"http://127.0.0.1:{self.port}/respond/{name}"

    # -- configuring ---------------------------------------------------------------------------------------------

    def fail(
        self,
        error: str,
        *,
        method: str | None = None,
        channel: str | None = None,
        times: int | None = None,
        after_posting: bool = False,
        status: int = 200,
        needed: str | None = None,
    ) -> None:
        self._failures.append(_Failure(error, method, channel, times, after_posting, status, needed=needed))

    def drop(
        self,
        *,
        method: str | None = None,
        channel: str | None = None,
        times: int | None = 1,
        after_posting: bool = True,
    ) -> None:
        self._failures.append(_Failure("dropped", method, channel, times, after_posting, drop=True))

    async def go_down(self) -> None:
        """Stop listening: new connections are refused and requests on open connections are dropped unanswered."""
        self.down = True
        if self._site is not None:
            await self._site.stop()
            self._site = None

    async def come_up(self) -> None:
        self.down = False
        if self._site is None:
            await self._listen()

    def serve_errors(self, status: int = 500) -> None:
        self._outage = (status, 0)

    def serve_429(self, retry_after: int = 1) -> None:
        self._outage = (429, retry_after)

    def clear_outage(self) -> None:
        self._outage = None

    async def outage(self, kind: str, seconds: float) -> None:
        """One outage of `kind` ("down", "500" or "429" with Retry-After: 1) lasting `seconds`, then recovery."""
        if kind == "down":
            await self.go_down()
        elif kind == "429":
            self.serve_429(1)
        else:
            self.serve_errors(int(kind))
        try:
            await asyncio.sleep(seconds)
        finally:
            self.clear_outage()
            await self.come_up()

    @web.middleware
    async def _outage_middleware(self, request: web.Request, handler: Any) -> web.StreamResponse:
        if self.down:  # a keep-alive connection opened before the outage: drop it without an answer
            self.refused += 1
            if request.transport is not None:
                request.transport.abort()
            return web.Response(status=503)  # never sent: the connection is gone
        if self._outage is not None:
            self.refused += 1
            status, retry_after = self._outage
            headers = {"Retry-After": str(retry_after)} if status == 429 else {}
            error = "ratelimited" if status == 429 else "internal_error"
            return web.json_response({"ok": False, "error": error}, status=status, headers=headers)
        response: web.StreamResponse = await handler(request)
        return response

    def clear_failures(self) -> None:
        self._failures.clear()

    def throttle(self, *, method: str | None = None, times: int = 1, retry_after: int = 0) -> None:
        self._throttles.append(_Throttle(method, times, retry_after))

    def rate_limit(self, per_second: float, *, method: str | None = "chat.postMessage", retry_after: int = 1) -> None:
        self._buckets.append(_Bucket(per_second, method, retry_after, per_second, time.monotonic()))

    def fail_response_urls(self, status: int = 404, text: str = "expired_url") -> None:
        """Answer every response_url post with this error (they are still recorded), as Slack does after 30 min."""
        self._response_failure = (status, text)

    def reset(self) -> None:
        self._outage = None
        self.refused = 0
        self._response_failure = None
        self._counts.clear()
        self.calls.clear()
        self.responses.clear()
        self._failures.clear()
        self._throttles.clear()
        self._buckets.clear()
        self._history.clear()

    # -- inspecting ------------------------------------------------------------------------------------------------

    def calls_to(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

    def posted(self, channel: str | None = None) -> list[Call]:
        return [
            c
            for c in self.calls
            if c.method == "chat.postMessage"
            and c.carried_out
            and (channel is None or c.args.get("channel") == channel)
        ]

    def responses_to(self, name: str) -> list[ResponsePost]:
        return [r for r in self.responses if r.name == name]

    async def wait_for(self, method: str, count: int = 1, timeout: float = 20.0) -> list[Call]:
        """Wait until `count` calls to `method` arrived (whatever they were answered); return them."""
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(lambda: self._counts.get(method, 0) >= count), timeout)
        return self.calls_to(method)

    async def wait_for_responses(self, count: int = 1, timeout: float = 20.0) -> list[ResponsePost]:
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(lambda: len(self.responses) >= count), timeout)
        return list(self.responses)

    # -- serving ------------------------------------------------------------------------------------------------------

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        form: dict[str, str] = {}
        body: dict[str, Any] | None = None
        ctype = request.content_type
        if request.can_read_body:
            if ctype == "application/json":
                raw = await request.read()
                body = json.loads(raw) if raw else None
            else:
                form = {k: str(v) for k, v in (await request.post()).items()}
        auth = request.headers.get("Authorization", "")
        token = auth[7:] if auth.startswith("Bearer ") else form.get("token")
        call = Call(method, dict(request.query), form, body, token)
        self.calls.append(call)
        self._counts[method] = self._counts.get(method, 0) + 1
        response = self._refusal(call, request)
        if response is None:
            call.response = self._answer(call)
            response = web.json_response(call.response)
        await self._notify()
        return response

    def _refusal(self, call: Call, request: web.Request) -> web.Response | None:
        for throttle in self._throttles:
            if throttle.times > 0 and throttle.method in (None, call.method):
                throttle.times -= 1
                return self._too_many(call, throttle.retry_after)
        now = time.monotonic()
        for bucket in self._buckets:
            if bucket.method in (None, call.method):
                bucket.tokens = min(bucket.per_second, bucket.tokens + (now - bucket.stamp) * bucket.per_second)
                bucket.stamp = now
                if bucket.tokens < 1:
                    return self._too_many(call, bucket.retry_after)
                bucket.tokens -= 1
        channel = call.args.get("channel")
        for failure in self._failures:
            if failure.times is not None and failure.times <= 0:
                continue
            if failure.method not in (None, call.method) or failure.channel not in (None, channel):
                continue
            if failure.times is not None:
                failure.times -= 1
            if failure.after_posting:
                self._answer(call)
            if failure.drop:  # like go_down on an open connection: no answer at all
                call.status = 0
                if request.transport is not None:
                    request.transport.abort()
                return web.Response(status=503)  # never sent: the connection is gone
            call.status = failure.status
            call.response = {"ok": False, "error": failure.error}
            if failure.needed is not None:
                call.response["needed"] = failure.needed
            return web.json_response(call.response, status=failure.status)
        return None

    @staticmethod
    def _too_many(call: Call, retry_after: int) -> web.Response:
        call.status = 429
        call.response = {"ok": False, "error": "ratelimited"}
        return web.json_response(call.response, status=429, headers={"Retry-After": str(retry_after)})

    def _next_ts(self) -> str:
        n = next(self._ts)
        return f"{1_700_000_000 + n // 1_000_000}.{n % 1_000_000:06d}"

    def _answer(self, call: Call) -> dict[str, Any]:
        args = call.args
        if call.method == "auth.test":
            return {
                "ok": True,
                "url": f"https://{self.team_name.lower().replace(' ', '-')}.slack.com/",
                "team": self.team_name,
                "user": "palantir-ice",
                "team_id": self.team_id,
                "user_id": self.bot_user_id,
                "bot_id": self.bot_id,
                "is_enterprise_install": False,
            }
        if call.method == "chat.postMessage":
            ts = self._next_ts()
            message = {
                "type": "message",
                "user": self.bot_user_id,
                "bot_id": self.bot_id,
                "text": args.get("text", ""),
                "blocks": _as_list(args.get("blocks")),
                "ts": ts,
            }
            if args.get("thread_ts"):
                message["thread_ts"] = args["thread_ts"]
            metadata = _as_dict(args.get("metadata"))
            if metadata:
                message["metadata"] = metadata
            self._history.setdefault(str(args.get("channel")), []).append(message)
            call.carried_out = True
            return {"ok": True, "channel": args.get("channel"), "ts": ts, "message": message}
        if call.method == "chat.postEphemeral":
            return {"ok": True, "message_ts": self._next_ts()}
        if call.method == "chat.update":
            return {"ok": True, "channel": args.get("channel"), "ts": args.get("ts"), "text": args.get("text", "")}
        if call.method in ("conversations.history", "conversations.replies"):
            messages = self._history.get(str(args.get("channel")), [])
            if call.method == "conversations.history":
                messages = list(reversed(messages))
            else:
                root = str(args.get("ts"))
                messages = [m for m in messages if root in (m["ts"], m.get("thread_ts"))]
            if str(args.get("include_all_metadata")).lower() not in ("1", "true"):
                messages = [{k: v for k, v in m.items() if k != "metadata"} for m in messages]
            limit = int(args.get("limit", 100))
            return {"ok": True, "messages": messages[:limit], "has_more": len(messages) > limit}
        if call.method == "apps.connections.open":
            return {"ok": True, "url": f"ws://127.0.0.1:{self.port}/socket"}
        if call.method == "oauth.v2.access":
            return {
                "ok": True,
                "app_id": "A0TEST",
                "authed_user": {"id": "UINSTALLER"},
                "scope": "commands,chat:write,app_mentions:read,im:history",
                "token_type": "bot",
                "access_token": f"xoxb-installed-{self.team_id}",
                "bot_user_id": self.bot_user_id,
                "team": {"id": self.team_id, "name": self.team_name},
                "enterprise": None,
                "is_enterprise_install": False,
            }
        return {"ok": True}

    async def _respond(self, request: web.Request) -> web.Response:
        raw = await request.read()
        self.responses.append(ResponsePost(request.match_info["name"], json.loads(raw) if raw else {}))
        await self._notify()
        if self._response_failure is not None:
            status, text = self._response_failure
            return web.Response(status=status, text=text)
        return web.Response(text="ok")

    # -- Socket Mode --------------------------------------------------------------------------------------------------

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._sockets.append(ws)
        await ws.send_json({"type": "hello", "num_connections": 1, "connection_info": {"app_id": "A0TEST"}})
        await self._notify()
        try:
            async for msg in ws:
                if msg.type == WSMsgType.TEXT:
                    self.socket_acks.append(json.loads(msg.data))
                    await self._notify()
        finally:
            self._sockets.remove(ws)
        return ws

    async def socket_send(self, envelope: dict[str, Any], timeout: float = 5.0) -> None:
        """Send a Socket Mode envelope to the connected app (waits for it to connect)."""
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(lambda: bool(self._sockets)), timeout)
        await self._sockets[-1].send_json(envelope)

    async def wait_for_ack(self, envelope_id: str, timeout: float = 20.0) -> dict[str, Any]:
        """The app's acknowledgement of a Socket Mode envelope."""

        def acked() -> bool:
            return any(a.get("envelope_id") == envelope_id for a in self.socket_acks)

        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(acked), timeout)
        return next(a for a in self.socket_acks if a.get("envelope_id") == envelope_id)


def _as_dict(value: Any) -> dict[str, Any]:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return {}
    return value if isinstance(value, dict) else {}


def _as_list(value: Any) -> list[Any]:
    if isinstance(value, str):
        try:
            loaded = json.loads(value)
        except ValueError:
            return []
        return loaded if isinstance(loaded, list) else []
    return value if isinstance(value, list) else []


@pytest.fixture
async def slack_api() -> AsyncIterator[FakeSlackAPI]:
    """A running FakeSlackAPI for one test."""
    async with FakeSlackAPI() as api:
        yield api
