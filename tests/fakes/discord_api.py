"""A small fake of Discord's REST API and gateway on 127.0.0.1, for tests that must not touch the network.

It answers what discord.py 2.x asks (login, interaction callbacks with `with_response`, followup webhooks, channel
messages, command sync), records every call, can be told to fail or to rate limit (429 with `Via`, so discord.py
retries instead of taking it for a Cloudflare ban), and runs a minimal gateway (HELLO, READY, RESUMED, heartbeats,
dispatching events, dropping the connection to force a reconnect). Usage::

    async with FakeDiscordAPI() as api:
        monkeypatch.setattr(discord.http.Route, "BASE", api.base_url)   # or DISCORD_API_URL=api.base_url
        await bot.login(api.token)
        bot._connection.parse_interaction_create(slash(api, "ask", question="what is FALCON?"))
        call = await api.wait_for("POST", "/callback")

API
- `base_url` ("http://127.0.0.1:PORT/api/v10"), `gateway_url` ("ws://127.0.0.1:PORT/gateway"), `token`,
  `application_id`, `bot_user_id`; a request with another token gets 401 like Discord's.
- `calls: list[Call]` in arrival order; `calls_to(method, path_contains)`; `wait_for(method, path_contains,
  count=1, timeout=5)`. `Call.json` is the body, `Call.query` the query string, `Call.status` what was answered.
- `messages: dict[int, dict]` every message created (callbacks, followups, channel posts) by id, as Discord
  returns it (flags 64 for ephemeral); `posted(channel_id)` lists a channel's in order.
- `throttle(method, path_contains, times=1, retry_after=0.0)`: 429 with `Retry-After`, `Via` and JSON body.
- `fail(method, path_contains, status, code, message, times=1)`: a Discord error body (e.g. 403 50001 Missing
  Access, 404 10003 Unknown Channel, 500).
- Gateway: `dispatch(event, data)` sends an event to every connected socket, or only to the shard that owns its
  guild (shard 0 for DMs) when the sockets identified as shards; `drop_gateway(code=4000)` closes them (discord.py
  resumes); `identifies` / `resumes` count sessions, `identified_shards` lists [id, count] per IDENTIFY, and
  `recommended_shards` is what `GET /gateway/bot` answers.
- `go_down()` refuses connections (REST and gateway) until `come_back()`, on the same port.
- Payload builders below (`user_payload`, `slash`, `autocomplete`, `component`, `guild_payload`, `dm_message`,
  `guild_message`)
  build what Discord sends, for `ConnectionState.parse_*` or `discord.Interaction(data=..., state=...)`.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiohttp import WSMsgType, web

APPLICATION_ID = 900000000000000001
BOT_USER_ID = 900000000000000001
GUILD_ID = 700000000000000001
CHANNEL_ID = 710000000000000001
USER_ID = 800000000000000001
OTHER_USER_ID = 800000000000000002
TIMESTAMP = "2026-01-01T00:00:00+00:00"
ALL_PERMISSIONS = str((1 << 50) - 1)
MEMBER_PERMISSIONS = str(0x400 | 0x800 | 0x4000 | 0x10000 | 0x80000000)  # view, send, embed, history, use cmds


@dataclass
class Call:
    method: str
    path: str
    query: dict[str, str]
    json: Any
    token: str | None
    status: int = 200
    response: Any = None


@dataclass
class _Rule:
    method: str
    path: str
    times: int
    status: int
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)

    def matches(self, method: str, path: str) -> bool:
        return self.times > 0 and method == self.method and self.path in path


def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """discord.py parses a body only when Content-Type is exactly application/json (no charset)."""
    return web.Response(
        body=json.dumps(data).encode(), status=status, headers={"Content-Type": "application/json", **(headers or {})}
    )


def user_payload(user_id: int = USER_ID, name: str = "alice", *, bot: bool = False) -> dict[str, Any]:
    return {
        "id": str(user_id),
        "username": name,
        "discriminator": "0",
        "global_name": name.title(),
        "avatar": None,
        "bot": bot,
    }


class FakeDiscordAPI:
    def __init__(self, *, token: str = "fake-token") -> None:
        self.token = token
        self.application_id = APPLICATION_ID
        self.bot_user_id = BOT_USER_ID
        self.calls: list[Call] = []
        self.messages: dict[int, dict[str, Any]] = {}
        self.commands: dict[str, list[dict[str, Any]]] = {}
        self.identifies = 0
        self.resumes = 0
        self.component_messages: dict[str, int] = {}  # interaction token -> the message whose button was pressed
        self.recommended_shards = 1  # what GET /gateway/bot tells an AutoShardedClient to run
        self.identified_shards: list[tuple[int, int]] = []  # [shard_id, shard_count] of each IDENTIFY, in order
        self._shard_of: dict[web.WebSocketResponse, tuple[int, int]] = {}
        self._site: web.TCPSite | None = None
        self._rules: list[_Rule] = []
        self._ids = itertools.count(1_000_000_000_000_000_001)
        self._sockets: list[web.WebSocketResponse] = []
        self._seq = itertools.count(1)
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.port = 0
        self.gateway_refused = False  # the gateway answers the upgrade with 503, REST still works (refuse_gateway)

    # -- lifecycle -----------------------------------------------------------------------------------------

    async def __aenter__(self) -> FakeDiscordAPI:
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        self._site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await self._site.start()
        self.port = self._site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def go_down(self) -> None:
        """Stop listening (connections are refused, as when Discord or the network is down) and drop the gateway."""
        await self.drop_gateway(code=1001)
        if self._site is not None:
            await self._site.stop()
            self._site = None
        if self._runner is not None and self._runner.server is not None:
            for connection in list(self._runner.server.connections):  # kept-alive client connections too
                connection.force_close()

    async def come_back(self) -> None:
        """Listen again on the same port."""
        assert self._runner is not None
        self._site = web.TCPSite(self._runner, "127.0.0.1", self.port, reuse_address=True)
        await self._site.start()

    def refuse_gateway(self, refused: bool = True) -> None:
        """While refused, the gateway answers the websocket upgrade with 503 (as Discord's does in an outage: aiohttp's
        WSServerHandshakeError); the REST API keeps answering."""
        self.gateway_refused = refused

    async def __aexit__(self, *exc: object) -> None:
        for ws in list(self._sockets):
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    def next_id(self) -> int:
        return next(self._ids)

    # -- test controls -------------------------------------------------------------------------------------

    def throttle(self, method: str, path: str, *, times: int = 1, retry_after: float = 0.0) -> None:
        body = {"message": "You are being rate limited.", "retry_after": retry_after, "global": False}
        headers = {
            "Retry-After": str(retry_after),
            "Via": "1.1 google",
            "X-RateLimit-Scope": "user",
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset-After": str(retry_after),
            "X-RateLimit-Bucket": "fake",
            "X-RateLimit-Limit": "5",
        }
        self._rules.append(_Rule(method, path, times, 429, body, headers))

    def fail(
        self, method: str, path: str, *, status: int, code: int = 0, message: str = "error", times: int = 1
    ) -> None:
        self._rules.append(_Rule(method, path, times, status, {"message": message, "code": code}))

    def calls_to(self, method: str, path: str = "") -> list[Call]:
        return [c for c in self.calls if c.method == method and path in c.path]

    async def wait_for(self, method: str, path: str = "", *, count: int = 1, timeout: float = 20.0) -> Call:
        """The `count`-th call matching, once it has been answered."""

        def ready() -> bool:
            return len([c for c in self.calls_to(method, path) if c.response is not None]) >= count

        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(ready), timeout)
        return [c for c in self.calls_to(method, path) if c.response is not None][count - 1]

    def posted(self, channel_id: int) -> list[dict[str, Any]]:
        return [m for m in self.messages.values() if m["channel_id"] == str(channel_id)]

    # -- REST ------------------------------------------------------------------------------------------------

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["tail"]
        body: Any = None
        if request.can_read_body:
            raw = await request.read()
            if request.content_type == "application/json":
                body = json.loads(raw)
            elif request.content_type.startswith("multipart/"):
                body = {"multipart": True}
        auth = request.headers.get("Authorization")
        token = auth.removeprefix("Bot ") if auth else None
        call = Call(request.method, path, dict(request.query), body, token)
        self.calls.append(call)
        response = self._answer(call)
        call.status = response.status
        call.response = json.loads(response.body) if isinstance(response.body, bytes) and response.body else {}
        async with self._changed:
            self._changed.notify_all()
        return response

    def _answer(self, call: Call) -> web.Response:
        for rule in self._rules:
            if rule.matches(call.method, call.path):
                rule.times -= 1
                return _json(rule.body, rule.status, rule.headers)
        webhook = call.path.startswith(("/webhooks/", "/interactions/"))
        if not webhook and call.token != self.token:
            return _json({"message": "401: Unauthorized", "code": 0}, 401)
        parts = call.path.strip("/").split("/")
        method = call.method
        if parts == ["users", "@me"]:
            return _json(user_payload(self.bot_user_id, "palantir-ice", bot=True))
        if parts == ["oauth2", "applications", "@me"]:
            return _json(self._application())
        if parts[0] == "gateway":
            shards = self.recommended_shards
            return _json({"url": self.gateway_url, "shards": shards, "session_start_limit": _session_limit()})
        if parts[0] == "interactions" and parts[-1] == "callback":
            return self._callback(int(parts[1]), parts[2], call.json or {})
        if parts[0] == "webhooks":
            return self._webhook(method, parts, call)
        if parts[0] == "channels" and len(parts) >= 3 and parts[2] == "messages":
            return self._channel_message(method, parts, call.json or {})
        if parts[0] == "channels" and len(parts) == 2:
            return _json({"id": parts[1], "type": 0, "guild_id": str(GUILD_ID), "name": "general", "position": 0})
        if parts == ["users", "@me", "channels"]:
            recipient = (call.json or {}).get("recipient_id", str(USER_ID))
            return _json({"id": str(self.next_id()), "type": 1, "recipients": [user_payload(int(recipient))]})
        if parts[0] == "applications" and parts[-1] == "commands":
            key = "/".join(parts)
            if method == "PUT":
                self.commands[key] = [dict(c, id=str(self.next_id()), application_id=parts[1]) for c in call.json]
            return _json(self.commands.get(key, []))
        return _json({"message": "404: Not Found", "code": 0}, 404)

    def _application(self) -> dict[str, Any]:
        return {
            "id": str(self.application_id),
            "name": "palantir-ice",
            "icon": None,
            "description": "",
            "bot_public": True,
            "bot_require_code_grant": False,
            "verify_key": "0" * 64,
            "flags": 0,
            "owner": user_payload(USER_ID),
        }

    def _message(
        self, channel_id: str, body: dict[str, Any], *, author: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        message = {
            "id": str(self.next_id()),
            "channel_id": channel_id,
            "type": 0,
            "author": author or user_payload(self.bot_user_id, "palantir-ice", bot=True),
            "content": body.get("content") or "",
            "embeds": body.get("embeds") or [],
            "components": body.get("components") or [],
            "flags": body.get("flags") or 0,
            "attachments": [],
            "mentions": [],
            "mention_roles": [],
            "mention_everyone": False,
            "pinned": False,
            "tts": False,
            "timestamp": TIMESTAMP,
            "edited_timestamp": None,
            "allowed_mentions": body.get("allowed_mentions"),
        }
        if "message_reference" in body:
            message["message_reference"] = body["message_reference"]
        self.messages[int(message["id"])] = message
        return message

    def _callback(self, interaction_id: int, token: str, body: dict[str, Any]) -> web.Response:
        kind = body.get("type")
        data = body.get("data") or {}
        interaction = {"id": str(interaction_id), "type": 2}
        resource: dict[str, Any] = {"type": kind}
        pressed = self.messages.get(self.component_messages.get(token, 0))
        if kind == 7 and pressed is not None:  # UPDATE_MESSAGE edits the message whose button was pressed
            self._edit(pressed, data)
            interaction |= {"response_message_id": pressed["id"], "response_message_loading": False}
            resource["message"] = pressed
        elif kind in (4, 5, 7):
            message = self._message(str(CHANNEL_ID), data)
            message["interaction_id"] = str(interaction_id)
            if kind == 5:
                message["flags"] = (data.get("flags") or 0) | 128  # loading
            interaction |= {
                "response_message_id": message["id"],
                "response_message_loading": kind == 5,
                "response_message_ephemeral": bool((data.get("flags") or 0) & 64),
            }
            resource["message"] = message
        return _json({"interaction": interaction, "resource": resource})

    def _original(self, token: str) -> dict[str, Any] | None:
        """The message an interaction's callback created, else (a deferred button press) the message whose button
        was pressed; followups and edits find it through the token."""
        for call in reversed(self.calls):
            if call.path.startswith("/interactions/") and call.path.split("/")[2] == token and call.response:
                message = (call.response.get("resource") or {}).get("message")
                if message is not None:
                    return self.messages.get(int(message["id"]))
        return self.messages.get(self.component_messages.get(token, 0))

    @staticmethod
    def _edit(target: dict[str, Any], body: dict[str, Any]) -> None:
        for key in ("content", "embeds", "components"):
            if key in body:
                target[key] = body[key] or ([] if key != "content" else "")
        target["flags"] = target["flags"] & ~128
        target["edited_timestamp"] = TIMESTAMP

    def _webhook(self, method: str, parts: list[str], call: Call) -> web.Response:
        token = parts[2] if len(parts) > 2 else ""
        body = call.json or {}
        if method == "POST" and len(parts) == 3:
            return _json(self._message(str(CHANNEL_ID), body))
        if len(parts) == 5 and parts[3] == "messages":
            target = self._original(token) if parts[4] == "@original" else self.messages.get(int(parts[4]))
            if target is None:
                return _json({"message": "Unknown Message", "code": 10008}, 404)
            if method == "DELETE":
                self.messages.pop(int(target["id"]), None)
                return web.Response(status=204)
            if method == "PATCH":
                self._edit(target, body)
            return _json(target)
        return _json({"message": "404: Not Found", "code": 0}, 404)

    def _channel_message(self, method: str, parts: list[str], body: dict[str, Any]) -> web.Response:
        if method == "POST" and len(parts) == 3:
            return _json(self._message(parts[1], body))
        if len(parts) == 4:
            target = self.messages.get(int(parts[3]))
            if target is None:
                return _json({"message": "Unknown Message", "code": 10008}, 404)
            if method == "PATCH":
                for key in ("content", "embeds", "components"):
                    if key in body:
                        target[key] = body[key] or ([] if key != "content" else "")
            return _json(target)
        return _json({"message": "405: Method Not Allowed", "code": 0}, 405)

    # -- gateway -----------------------------------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.StreamResponse:
        if self.gateway_refused:
            return web.Response(status=503, text="upstream connect error")
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._sockets.append(ws)
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": 45000}})
        try:
            async for msg in ws:
                if msg.type != WSMsgType.TEXT:
                    continue
                frame = json.loads(msg.data)
                op = frame.get("op")
                if op == 1:
                    await ws.send_json({"op": 11})
                elif op == 2:
                    self.identifies += 1
                    ready = self._ready()
                    if "shard" in (frame.get("d") or {}):
                        shard_id, count = frame["d"]["shard"]
                        ready["shard"] = [shard_id, count]
                        self._shard_of[ws] = (shard_id, count)
                        self.identified_shards.append((shard_id, count))
                    await self._send(ws, "READY", ready)
                elif op == 6:
                    self.resumes += 1
                    await self._send(ws, "RESUMED", {})
                async with self._changed:
                    self._changed.notify_all()
        finally:
            self._sockets.remove(ws)
            self._shard_of.pop(ws, None)
        return ws

    def _ready(self) -> dict[str, Any]:
        return {
            "v": 10,
            "user": user_payload(self.bot_user_id, "palantir-ice", bot=True),
            "guilds": [],
            "session_id": "fake-session",
            "resume_gateway_url": self.gateway_url,
            "application": {"id": str(self.application_id), "flags": 0},
        }

    async def _send(self, ws: web.WebSocketResponse, event: str, data: dict[str, Any]) -> None:
        await ws.send_json({"op": 0, "t": event, "s": next(self._seq), "d": data})

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        """Send an event to every connected socket, or, to sharded sockets, only to the shard Discord would use:
        (guild_id >> 22) % shard_count, and shard 0 for DMs."""
        guild_id = data.get("guild_id")
        for ws in list(self._sockets):
            shard = self._shard_of.get(ws)
            if shard is not None:
                shard_id, count = shard
                if shard_id != ((int(guild_id) >> 22) % count if guild_id else 0):
                    continue
            await self._send(ws, event, data)

    async def drop_gateway(self, code: int = 4000) -> None:
        for ws in list(self._sockets):
            await ws.close(code=code)

    async def wait_until(self, predicate: Any, timeout: float = 20.0) -> None:
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(predicate), timeout)


def _session_limit() -> dict[str, int]:
    return {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}


# -- payloads Discord sends -------------------------------------------------------------------------------------


def _options(values: dict[str, Any], focused: str | None = None) -> list[dict[str, Any]]:
    out = []
    for name, value in values.items():
        kind = 4 if isinstance(value, int) and not isinstance(value, bool) else 3
        option: dict[str, Any] = {"name": name, "type": kind, "value": value}
        if name == focused:
            option["focused"] = True
        out.append(option)
    return out


def interaction_base(
    api: FakeDiscordAPI,
    *,
    kind: int,
    data: dict[str, Any],
    where: str = "guild",
    user_id: int = USER_ID,
    permissions: str = MEMBER_PERMISSIONS,
    install: str = "guild",
) -> dict[str, Any]:
    """An INTERACTION_CREATE payload in a server channel, the bot's DM or a private channel (group DM)."""
    interaction_id = api.next_id()
    user = user_payload(user_id, "alice" if user_id == USER_ID else "mallory")
    payload: dict[str, Any] = {
        "id": str(interaction_id),
        "application_id": str(api.application_id),
        "type": kind,
        "token": f"itoken-{interaction_id}",
        "version": 1,
        "data": data,
        "locale": "en-US",
        "entitlements": [],
        "attachment_size_limit": 8 * 1024 * 1024,
        "app_permissions": ALL_PERMISSIONS,
        "authorizing_integration_owners": {"0": str(GUILD_ID)} if install == "guild" else {"1": str(user_id)},
    }
    if where == "guild":
        payload |= {
            "guild_id": str(GUILD_ID),
            "guild_locale": "en-US",
            "channel_id": str(CHANNEL_ID),
            "channel": {
                "id": str(CHANNEL_ID),
                "type": 0,
                "guild_id": str(GUILD_ID),
                "name": "general",
                "position": 0,
                "permission_overwrites": [],
                "nsfw": False,
                "parent_id": None,
            },
            "member": {
                "user": user,
                "roles": [],
                "joined_at": TIMESTAMP,
                "deaf": False,
                "mute": False,
                "flags": 0,
                "permissions": permissions,
            },
            "context": 0,
        }
    else:
        dm = where == "dm"
        channel_id = api.next_id()
        payload |= {
            "channel_id": str(channel_id),
            "channel": {"id": str(channel_id), "type": 1 if dm else 3, "recipients": [user]},
            "user": user,
            "context": 1 if dm else 2,
        }
    return payload


def slash(api: FakeDiscordAPI, subcommand: str, /, **options: Any) -> dict[str, Any]:
    """`/palantir-ice <subcommand> option:value…`; `where=`, `user_id=`, `permissions=`, `install=` as above."""
    extra = {k: options.pop(k) for k in ("where", "user_id", "permissions", "install") if k in options}
    data = {
        "id": "1",
        "name": "palantir-ice",
        "type": 1,
        "options": [{"name": subcommand, "type": 1, "options": _options(options)}],
    }
    return interaction_base(api, kind=2, data=data, **extra)


def autocomplete(api: FakeDiscordAPI, subcommand: str, focused: str, /, **options: Any) -> dict[str, Any]:
    extra = {k: options.pop(k) for k in ("where", "user_id") if k in options}
    data = {
        "id": "1",
        "name": "palantir-ice",
        "type": 1,
        "options": [{"name": subcommand, "type": 1, "options": _options(options, focused)}],
    }
    return interaction_base(api, kind=4, data=data, **extra)


def component(
    api: FakeDiscordAPI, message: dict[str, Any], custom_id: str, *, user_id: int = USER_ID, where: str = "guild"
) -> dict[str, Any]:
    """A button press on `message` (as stored in `api.messages`)."""
    payload = interaction_base(
        api, kind=3, data={"custom_id": custom_id, "component_type": 2}, where=where, user_id=user_id
    )
    payload["message"] = message
    api.component_messages[payload["token"]] = int(message["id"])
    return payload


def buttons(message: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """A message's buttons by label."""
    return {c["label"]: c for row in message.get("components", []) for c in row.get("components", []) if "label" in c}


def guild_payload(*, owner_id: int = OTHER_USER_ID, everyone_permissions: str = MEMBER_PERMISSIONS) -> dict[str, Any]:
    """A GUILD_CREATE for the test server with its one text channel; the owner holds every permission."""
    return {
        "id": str(GUILD_ID),
        "name": "Organizers",
        "owner_id": str(owner_id),
        "roles": [
            {
                "id": str(GUILD_ID),
                "name": "@everyone",
                "permissions": everyone_permissions,
                "position": 0,
                "color": 0,
                "hoist": False,
                "managed": False,
                "mentionable": False,
                "flags": 0,
            }
        ],
        "channels": [
            {
                "id": str(CHANNEL_ID),
                "type": 0,
                "guild_id": str(GUILD_ID),
                "name": "general",
                "position": 0,
                "permission_overwrites": [],
                "nsfw": False,
                "parent_id": None,
            }
        ],
        "members": [],
        "member_count": 2,
        "emojis": [],
        "stickers": [],
        "features": [],
        "unavailable": False,
    }


def dm_message(api: FakeDiscordAPI, content: str, *, user_id: int = USER_ID, bot: bool = False) -> dict[str, Any]:
    """A MESSAGE_CREATE in the bot's DM with the user."""
    return {
        "id": str(api.next_id()),
        "channel_id": str(CHANNEL_ID + 1),
        "type": 0,
        "author": user_payload(user_id, "alice", bot=bot),
        "content": content,
        "embeds": [],
        "components": [],
        "attachments": [],
        "mentions": [],
        "mention_roles": [],
        "mention_everyone": False,
        "pinned": False,
        "tts": False,
        "timestamp": TIMESTAMP,
        "edited_timestamp": None,
        "flags": 0,
    }


def guild_message(
    api: FakeDiscordAPI, content: str, *, mentions_bot: bool = True, user_id: int = USER_ID, bot: bool = False
) -> dict[str, Any]:
    """A MESSAGE_CREATE in a server channel; with `mentions_bot` the bot is in `mentions`."""
    payload = dm_message(api, content, user_id=user_id, bot=bot)
    payload |= {
        "channel_id": str(CHANNEL_ID),
        "guild_id": str(GUILD_ID),
        "member": {"roles": [], "joined_at": TIMESTAMP, "deaf": False, "mute": False, "flags": 0},
        "mentions": [user_payload(api.bot_user_id, "palantir-ice", bot=True)] if mentions_bot else [],
    }
    return payload


@pytest.fixture
async def discord_api() -> AsyncIterator[FakeDiscordAPI]:
    async with FakeDiscordAPI() as api:
        yield api
