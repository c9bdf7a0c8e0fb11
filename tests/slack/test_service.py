"""serve_slack and its helpers: token checks, the HTTP service, and the multi-workspace OAuth install."""

from __future__ import annotations

import asyncio
import re
import socket
import urllib.parse
from pathlib import Path

import aiohttp
import pytest
import sqlalchemy as sa
from aiohttp import web

from adapters.slack import service
from bot.core import Core
from bot.errors import ConfigError
from bot.settings import Settings
from tests.fakes.slack_api import FakeSlackAPI
from tests.pg import PostgresCluster, postgres
from tests.slack.conftest import SECRET, Slack

__all__ = ["postgres"]


def _settings(api: FakeSlackAPI, **extra: object) -> Settings:
    return Settings(slack_api_url=api.base_url, slack_signing_secret=SECRET, **extra)  # type: ignore[arg-type]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_a_refused_token_is_one_clear_line(slack_api: FakeSlackAPI) -> None:
    slack_api.fail("invalid_auth", method="auth.test")
    client = service.make_client(_settings(slack_api), token="xoxb-wrong")
    with pytest.raises(ConfigError) as err:
        await service.check_token(client)
    assert "invalid_auth" in err.value.message and "SLACK_BOT_TOKEN" in err.value.message
    assert "\n" not in err.value.message and "xoxb-wrong" not in err.value.message


async def test_a_rate_limit_on_the_start_up_check_says_slack_is_rate_limiting_not_that_the_token_is_bad(
    slack_api: FakeSlackAPI,
) -> None:
    """Fresh tester 72 P2: a 429 with Retry-After 300 (past the retry budget) said "Slack refused SLACK_BOT_TOKEN
    (ratelimited): copy the Bot User OAuth Token"."""
    slack_api.throttle(method="auth.test", times=1, retry_after=300)
    with pytest.raises(ConfigError) as err:
        await service.check_token(service.make_client(_settings(slack_api), token="xoxb-test", retry_budget=0.5))
    message = err.value.message
    assert "rate-limiting" in message and "300 s" in message and "not refused" in message
    assert "copy the" not in message and "\n" not in message


async def test_slack_failing_on_the_start_up_check_blames_no_token(slack_api: FakeSlackAPI) -> None:
    slack_api.serve_errors(500)
    with pytest.raises(ConfigError) as err:
        await service.check_token(service.make_client(_settings(slack_api), token="xoxb-test", retry_budget=0.5))
    assert "Slack failed while checking SLACK_BOT_TOKEN" in err.value.message
    assert "not refused" in err.value.message and "copy the" not in err.value.message


async def test_an_unreachable_api_is_one_clear_line() -> None:
    settings = Settings(slack_api_url=f"http://127.0.0.1:{_free_port()}/api/")
    with pytest.raises(ConfigError) as err:
        await service.check_token(service.make_client(settings, token="xoxb-x", retry_budget=0.5))
    assert "Could not reach Slack" in err.value.message


async def test_serve_slack_runs_http_mode_until_stopped(core: Core, slack_api: FakeSlackAPI) -> None:
    port = _free_port()
    settings = _settings(slack_api, slack_bot_token="xoxb-test", host="127.0.0.1", port=port)
    stop = asyncio.Event()
    task = asyncio.create_task(service.serve_slack(settings, core, stop))
    async with aiohttp.ClientSession() as session:
        for _ in range(100):
            try:
                async with session.get(f"http://127.0.0.1:{port}/healthz") as resp:
                    assert resp.status == 200
                    break
            except aiohttp.ClientConnectionError:
                await asyncio.sleep(0.02)
        s = Slack(slack_api, f"http://127.0.0.1:{port}", session)
        status, name = await s.command("sources")
        assert status == 200 and "VICE News" in (await s.reply_to(name))["text"]
    stop.set()
    await asyncio.wait_for(task, 5)
    assert slack_api.calls_to("auth.test")[0].token == "xoxb-test"


async def test_serve_slack_with_a_wrong_token_raises_config_error(core: Core, slack_api: FakeSlackAPI) -> None:
    slack_api.fail("invalid_auth", method="auth.test")
    settings = _settings(slack_api, slack_bot_token="xoxb-wrong", host="127.0.0.1", port=_free_port())
    with pytest.raises(ConfigError):
        await service.serve_slack(settings, core, asyncio.Event())


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("sqlite:///palantir-ice.db", "sqlite+aiosqlite:///palantir-ice.db"),
        ("postgresql://u:p@h/db", "postgresql+psycopg://u:p@h/db"),
        ("postgresql+psycopg://u:p@h/db", "postgresql+psycopg://u:p@h/db"),
    ],
)
def test_the_database_url_is_made_async(url: str, expected: str) -> None:
    assert service.async_database_url(url) == expected


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The bot's DATABASE_URL: a SQLite file (the default) or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'bot.db'}"
    cluster: PostgresCluster = request.getfixturevalue("postgres")
    return cluster.new_database().replace("postgresql+psycopg://", "postgresql://")


async def test_the_oauth_install_stores_an_installation_and_its_token_answers(
    core: Core, slack_api: FakeSlackAPI, database_url: str
) -> None:
    settings = _settings(slack_api, slack_client_id="111.222", slack_client_secret="shh", database_url=database_url)
    built = await service.build_from_settings(settings, core)
    runner = web.AppRunner(service.http_app(built.app, signing_secret=SECRET), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    url = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"  # type: ignore[union-attr]
    try:
        async with aiohttp.ClientSession() as session:
            async with session.get(f"{url}/slack/install", allow_redirects=False) as resp:
                page = await resp.text()
                cookie = resp.headers["Set-Cookie"].split(";")[0]
            state = urllib.parse.unquote(re.search(r"state=([^&\"']+)", page).group(1))  # type: ignore[union-attr]
            redirect = f"{url}/slack/oauth_redirect?code=the-code&state={state}"
            async with session.get(redirect, headers={"Cookie": cookie}, allow_redirects=False) as resp:
                assert resp.status == 200, await resp.text()
            [access] = slack_api.calls_to("oauth.v2.access")
            assert access.args["code"] == "the-code"

            s = Slack(slack_api, url, session)
            event = {"type": "app_mention", "channel": "C1", "user": "U1", "text": "<@UBOT> sources", "ts": "1.1"}
            await s.event(event)
            [post] = await slack_api.wait_for("chat.postMessage")
            assert post.token == f"xoxb-installed-{slack_api.team_id}"
    finally:
        await runner.cleanup()
        await built.aclose()
    engine = sa.create_engine(database_url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.connect() as conn:
        rows = conn.execute(sa.text("select team_id, bot_token from slack_installations")).all()
    engine.dispose()
    assert rows == [(slack_api.team_id, f"xoxb-installed-{slack_api.team_id}")]


async def test_socket_mode_acks_a_slash_command_and_answers_through_response_url(
    core: Core, slack_api: FakeSlackAPI
) -> None:
    settings = Settings(slack_api_url=slack_api.base_url, slack_bot_token="xoxb-test", slack_app_token="xapp-test")
    assert settings.slack_mode() == "socket"
    stop = asyncio.Event()
    task = asyncio.create_task(service.serve_slack(settings, core, stop))
    payload = {
        "team_id": slack_api.team_id,
        "channel_id": "C1",
        "channel_name": "general",
        "user_id": "U1",
        "command": "/palantir-ice",
        "text": "sources",
        "response_url": slack_api.response_url("socket"),
        "trigger_id": "1.2.3",
        "api_app_id": "A0TEST",
    }
    try:
        await slack_api.socket_send(
            {"envelope_id": "env-1", "type": "slash_commands", "accepts_response_payload": True, "payload": payload}
        )
        await slack_api.wait_for_ack("env-1")
        [post] = await slack_api.wait_for_responses(1)
        assert post.name == "socket" and "VICE News" in post.json["text"]
        assert slack_api.calls_to("apps.connections.open")[0].token == "xapp-test"
    finally:
        stop.set()
        await asyncio.wait_for(task, 5)


async def test_socket_mode_with_a_refused_app_token_is_one_clear_line(core: Core, slack_api: FakeSlackAPI) -> None:
    slack_api.fail("invalid_auth", method="apps.connections.open")
    settings = Settings(slack_api_url=slack_api.base_url, slack_bot_token="xoxb-test", slack_app_token="xapp-bad")
    with pytest.raises(ConfigError) as err:
        await service.serve_slack(settings, core, asyncio.Event())
    assert "SLACK_APP_TOKEN" in err.value.message


async def test_a_client_id_without_its_secret_or_a_bot_token_is_one_clear_line(
    core: Core, slack_api: FakeSlackAPI
) -> None:
    settings = _settings(slack_api, slack_client_id="111.222")
    with pytest.raises(ConfigError) as err:
        await service.serve_slack(settings, core, asyncio.Event())
    assert "SLACK_CLIENT_SECRET" in err.value.message


async def test_a_start_with_slack_bot_token_in_the_environment_logs_no_bolt_token_warning(
    core: Core,
    slack_api: FakeSlackAPI,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """bolt reads SLACK_BOT_TOKEN itself and warned "`token` will be unused" at every start."""
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
    settings = _settings(slack_api, slack_bot_token="xoxb-test", database_url=f"sqlite:///{tmp_path}/bot.db")
    built = await service.build_from_settings(settings, core)
    await built.aclose()
    assert not [r for r in caplog.records if r.name.startswith("slack_bolt")]
    assert not [r for r in caplog.records if "will be unused" in r.getMessage()]
