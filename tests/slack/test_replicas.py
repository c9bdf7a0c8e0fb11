"""Two `web` processes behind one load balancer, sharing one PostgreSQL: each request is answered once, whichever
process Slack's retry or a replayed signed request reaches."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import sys
import urllib.parse
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from tests.fakes.slack_api import FakeSlackAPI
from tests.pg import PostgresCluster
from tests.slack.conftest import SECRET, signed_headers

SLACK_VARS = ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _replica(api: FakeSlackAPI, database_url: str, port: int, log: Path) -> asyncio.subprocess.Process:
    env = {k: v for k, v in os.environ.items() if k not in SLACK_VARS and k != "DISCORD_TOKEN"}
    env.update(
        DATABASE_URL=database_url,
        SLACK_BOT_TOKEN="xoxb-test",
        SLACK_SIGNING_SECRET=SECRET,
        SLACK_API_URL=api.base_url,
        HOST="127.0.0.1",
        PORT=str(port),
    )
    with open(log, "wb") as out:  # the child keeps its own descriptor
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "adapters.cli", "run", "--only", "slack", env=env, stdout=out, stderr=out
        )


@pytest.fixture
async def replicas(slack_api: FakeSlackAPI, postgres: PostgresCluster, tmp_path: Path) -> AsyncIterator[list[str]]:
    database_url = postgres.new_database().replace("postgresql+psycopg://", "postgresql://")
    ports = [_free_port(), _free_port()]
    procs = [await _replica(slack_api, database_url, p, tmp_path / f"replica{i}.log") for i, p in enumerate(ports)]
    urls = [f"http://127.0.0.1:{p}" for p in ports]
    try:
        async with aiohttp.ClientSession() as session:
            for url, proc in zip(urls, procs, strict=True):
                for _ in range(1200):
                    if proc.returncode is not None:
                        logs = "\n".join(p.read_text()[-2000:] for p in tmp_path.glob("replica*.log"))
                        pytest.fail(f"a replica exited with {proc.returncode}:\n{logs}")
                    try:
                        async with session.get(f"{url}/healthz") as resp:
                            if resp.status == 200:
                                break
                    except aiohttp.ClientConnectionError:
                        await asyncio.sleep(0.1)
        yield urls
    finally:
        for proc in procs:
            if proc.returncode is None:
                proc.terminate()
        for proc in procs:
            await asyncio.wait_for(proc.wait(), 30)


async def _post(session: aiohttp.ClientSession, url: str, body: str, content_type: str, headers: dict[str, str]) -> int:
    async with session.post(
        f"{url}/slack/events", data=body.encode(), headers={"Content-Type": content_type, **headers}
    ) as r:
        await r.read()
        return r.status


async def test_two_replicas_on_one_postgresql_answer_each_event_and_command_once(
    slack_api: FakeSlackAPI, replicas: list[str]
) -> None:
    first, second = replicas
    event = {
        "type": "event_callback",
        "team_id": "T0TEST",
        "api_app_id": "A0TEST",
        "event_id": "EvREPLICA",
        "event_time": 1,
        "event": {
            "type": "message",
            "channel": "D1",
            "channel_type": "im",
            "user": "U1",
            "text": "sources",
            "ts": "1.1",
        },
    }
    command = urllib.parse.urlencode(
        {
            "team_id": "T0TEST",
            "channel_id": "C1",
            "channel_name": "general",
            "user_id": "U1",
            "command": "/palantir-ice",
            "text": "sources",
            "response_url": slack_api.response_url("replayed"),
            "trigger_id": "1.2.3",
        }
    )
    async with aiohttp.ClientSession() as session:
        # The event reaches the first replica; Slack's retry (new timestamp and signature, same event id) the second.
        body = json.dumps(event)
        assert await _post(session, first, body, "application/json", signed_headers(body)) == 200
        retry_headers = {**signed_headers(body, timestamp=None), "X-Slack-Retry-Num": "1"}
        assert await _post(session, second, body, "application/json", retry_headers) == 200
        # A signed slash command replayed, byte for byte, against both replicas.
        headers = signed_headers(command)
        statuses = await asyncio.gather(
            *(
                _post(session, url, command, "application/x-www-form-urlencoded", headers)
                for url in (first, second, first)
            )
        )
        assert statuses == [200, 200, 200]
    await slack_api.wait_for("chat.postMessage", timeout=30)
    await slack_api.wait_for_responses(1, timeout=30)
    await asyncio.sleep(1.0)
    assert len(slack_api.posted("D1")) == 1
    assert len(slack_api.responses_to("replayed")) == 1
