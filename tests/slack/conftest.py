"""The Slack app in HTTP mode on a free loopback port, its Web API pointed at the fake, and signed requests."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
import urllib.parse
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from slack_sdk.signature import SignatureVerifier

from adapters.slack import service
from adapters.slack.app import build_app
from adapters.slack.service import http_app, make_client
from bot.brief import Brief
from bot.core import Core
from bot.settings import Settings
from tests.fakes.slack_api import FakeSlackAPI, slack_api

__all__ = ["slack_api"]

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"


@pytest.fixture(autouse=True)
def _slack_logger_levels() -> Iterator[None]:
    """Building an app raises slack_sdk's and slack_bolt's log levels (no bodies at DEBUG): undo it per test."""
    names = ("slack_sdk", "slack_bolt")
    levels = {name: logging.getLogger(name).level for name in names}
    yield
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


@pytest.fixture
def core(brief: Brief) -> Core:
    """A core per test (tests/conftest.py shares one per session): some tests here patch or rate-limit it."""
    return Core(brief, rate_limit=0)


def signed_headers(body: str, *, secret: str = SECRET, timestamp: int | None = None) -> dict[str, str]:
    """Exactly what Slack sends: v0 HMAC-SHA256 over `v0:{timestamp}:{body}`."""
    ts = str(timestamp if timestamp is not None else int(time.time()))
    return {
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": SignatureVerifier(secret).generate_signature(timestamp=ts, body=body),
    }


@dataclass
class Slack:
    """A running app and helpers to talk to it the way Slack does."""

    api: FakeSlackAPI
    url: str
    session: aiohttp.ClientSession
    team: str = "T0TEST"
    _n: int = field(default=0)

    def _next(self) -> int:
        self._n += 1
        return self._n

    async def post(
        self, body: str, content_type: str, *, headers: dict[str, str] | None = None, **sign: Any
    ) -> tuple[int, dict[str, str], str]:
        h = {"Content-Type": content_type, **signed_headers(body, **sign), **(headers or {})}
        async with self.session.post(f"{self.url}/slack/events", data=body.encode(), headers=h) as resp:
            return resp.status, {k.lower(): v for k, v in resp.headers.items()}, await resp.text()

    async def command(
        self,
        text: str,
        *,
        user: str = "U1",
        channel: str = "C1",
        channel_name: str = "general",
        response: str | None = None,
        **sign: Any,
    ) -> tuple[int, str]:
        """A form-encoded `/palantir-ice` request; returns (status, response_url name)."""
        name = response or f"cmd{self._next()}"
        form = {
            "token": "legacy",
            "team_id": self.team,
            "team_domain": "test",
            "channel_id": channel,
            "channel_name": channel_name,
            "user_id": user,
            "user_name": "someone",
            "command": "/palantir-ice",
            "text": text,
            "api_app_id": "A0TEST",
            "response_url": self.api.response_url(name),
            "trigger_id": f"1.2.{self._next()}",
        }
        status, _, _ = await self.post(urllib.parse.urlencode(form), "application/x-www-form-urlencoded", **sign)
        return status, name

    async def event(
        self, event: dict[str, Any], *, event_id: str | None = None, retry: int | None = None
    ) -> tuple[int, dict[str, str]]:
        body = {
            "token": "legacy",
            "team_id": self.team,
            "api_app_id": "A0TEST",
            "event": event,
            "type": "event_callback",
            "event_id": event_id or f"Ev{self._next():08d}",
            "event_time": 1_700_000_000,
            "authorizations": [{"team_id": self.team, "user_id": self.api.bot_user_id, "is_bot": True}],
        }
        headers = {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"} if retry else None
        status, resp_headers, _ = await self.post(json.dumps(body), "application/json", headers=headers)
        return status, resp_headers

    async def action(
        self,
        action_id: str,
        value: str,
        *,
        user: str = "U1",
        channel: str = "C1",
        response: str | None = None,
        channel_name: str = "general",
        username: str = "someone",
        ephemeral: bool = True,
    ) -> str:
        """A block_actions interaction payload (form field `payload`); returns the response_url name. `ephemeral`:
        the pressed message is one only the presser sees (a slash command's reply), else one posted for everyone."""
        name = response or f"act{self._next()}"
        payload = {
            "type": "block_actions",
            "team": {"id": self.team, "domain": "test"},
            "user": {"id": user, "username": username, "team_id": self.team},
            "api_app_id": "A0TEST",
            "token": "legacy",
            "container": {"type": "message", "message_ts": "1.1", "channel_id": channel, "is_ephemeral": ephemeral},
            "trigger_id": f"1.2.{self._next()}",
            "channel": {"id": channel, "name": channel_name},
            "response_url": self.api.response_url(name),
            "actions": [
                {
                    "action_id": action_id,
                    "block_id": "b1",
                    "type": "button",
                    "value": value,
                    "action_ts": "1.3",
                    "text": {"type": "plain_text", "text": "x"},
                }
            ],
        }
        body = urllib.parse.urlencode({"payload": json.dumps(payload)})
        status, _, _ = await self.post(body, "application/x-www-form-urlencoded")
        assert status == 200
        return name

    async def reply_to(self, name: str, timeout: float = 20.0) -> dict[str, Any]:
        """The one response_url post for `name`, waiting for it."""
        async with self.api._changed:
            await asyncio.wait_for(self.api._changed.wait_for(lambda: bool(self.api.responses_to(name))), timeout)
        posts = self.api.responses_to(name)
        return posts[0].json


async def start(
    core: Core, api: FakeSlackAPI, *, client_retry_budget: float | None = None, **kwargs: Any
) -> tuple[web.AppRunner, str]:
    """The app as service.py builds it (same client: SLACK_API_URL, retries), minus the keep-alive session."""
    budget = {"retry_budget": client_retry_budget} if client_retry_budget is not None else {}
    client = make_client(Settings(slack_api_url=api.base_url), token="xoxb-test", **budget)
    app = build_app(core, client=client, signing_secret=SECRET, **kwargs)
    runner = web.AppRunner(http_app(app, signing_secret=SECRET), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    return runner, f"http://127.0.0.1:{port}"


@asynccontextmanager
async def running(settings: Settings, core: Core) -> AsyncIterator[str]:
    built = await service.build_from_settings(settings, core)
    runner = web.AppRunner(service.http_app(built.app, signing_secret=SECRET), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        yield f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"  # type: ignore[union-attr]
    finally:
        await runner.cleanup()
        await built.aclose()


async def install(url: str, session: aiohttp.ClientSession) -> None:
    async with session.get(f"{url}/slack/install", allow_redirects=False) as resp:
        page = await resp.text()
        cookie = resp.headers["Set-Cookie"].split(";")[0]
    state = urllib.parse.unquote(re.search(r"state=([^&\"']+)", page).group(1))  # type: ignore[union-attr]
    redirect = f"{url}/slack/oauth_redirect?code=the-code&state={state}"
    async with session.get(redirect, headers={"Cookie": cookie}, allow_redirects=False) as resp:
        assert resp.status == 200


@pytest.fixture
async def slack(core: Core, slack_api: FakeSlackAPI) -> AsyncIterator[Slack]:
    runner, url = await start(core, slack_api)
    async with aiohttp.ClientSession() as session:
        yield Slack(slack_api, url, session)
    await runner.cleanup()
