"""End to end: `serve_discord` against the fake REST API and gateway on 127.0.0.1, and the `discord` CLI."""

from __future__ import annotations

import argparse
import asyncio
import functools
import logging
import sys
from collections.abc import AsyncIterator

import discord
import pytest
from discord.gateway import DiscordWebSocket

from adapters.cli import main
from adapters.discord import cli as discord_cli
from adapters.discord import service
from adapters.discord.bot import PalantirBot
from adapters.discord.service import GatewayRetryLine, serve_discord
from bot import messages
from bot.brief import DEFAULT_BRIEF
from bot.core import Core
from bot.errors import ConfigError
from bot.settings import Settings
from tests.discord.helpers import DEFERRED, EPHEMERAL, final_reply
from tests.fakes.discord_api import GUILD_ID, FakeDiscordAPI, dm_message, slash

ASK = "how much is the ICE contract?"


@pytest.fixture
def restore_endpoints(monkeypatch: pytest.MonkeyPatch) -> None:
    """serve_discord sets discord.py's globals from settings; put them back after the test."""
    monkeypatch.setattr(discord.http.Route, "BASE", discord.http.Route.BASE)
    monkeypatch.setattr(DiscordWebSocket, "DEFAULT_GATEWAY", DiscordWebSocket.DEFAULT_GATEWAY)


def _settings(api: FakeDiscordAPI, token: str | None = None) -> Settings:
    return Settings(discord_token=token or api.token, discord_api_url=api.base_url, discord_gateway_url=api.gateway_url)


@pytest.fixture
async def running(
    discord_api: FakeDiscordAPI, dcore: Core, restore_endpoints: None
) -> AsyncIterator[tuple[FakeDiscordAPI, asyncio.Event, asyncio.Task[None]]]:
    stop = asyncio.Event()
    task = asyncio.create_task(serve_discord(_settings(discord_api), dcore, stop))
    await discord_api.wait_until(lambda: discord_api.identifies == 1)
    yield discord_api, stop, task
    stop.set()
    await asyncio.wait_for(task, 5)


@pytest.fixture(params=["in time", "deferred"])
def answer_speed(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both ways an answer reaches Discord: in the first callback, or (a busy machine: the core took longer than
    `defer_after`) as a followup after a deferral; "deferred" forces the latter with `defer_after=0`."""
    if request.param == "deferred":
        monkeypatch.setattr(service, "PalantirBot", functools.partial(PalantirBot, defer_after=0.0))
    return str(request.param)


async def test_slash_command_and_dm_through_the_gateway_and_rest_api(
    answer_speed: str, running: tuple[FakeDiscordAPI, asyncio.Event, asyncio.Task[None]]
) -> None:
    api, _, _ = running
    await api.dispatch("INTERACTION_CREATE", slash(api, "ask", question=ASK))
    first, reply = await final_reply(api)
    assert first["data"]["flags"] & EPHEMERAL  # the deferral too: "thinking…" is seen by the asker alone
    assert reply["flags"] & EPHEMERAL
    assert "$38 million" in reply["embeds"][0]["description"]
    if answer_speed == "deferred":
        assert first["type"] == DEFERRED

    await api.dispatch("MESSAGE_CREATE", dm_message(api, "sources"))
    posted = await api.wait_for("POST", "/messages")
    assert posted.json["embeds"][0]["title"] == "Sources"
    assert posted.json["allowed_mentions"] == {"parse": []}


async def test_the_bot_keeps_answering_after_the_gateway_drops(
    running: tuple[FakeDiscordAPI, asyncio.Event, asyncio.Task[None]],
) -> None:
    api, _, _ = running
    await api.drop_gateway(code=4000)
    await api.wait_until(lambda: api.resumes + api.identifies >= 2, timeout=10)
    await api.dispatch("INTERACTION_CREATE", slash(api, "help"))
    callback = await api.wait_for("POST", "/callback")
    assert messages.DISCORD_HELP in callback.json["data"]["embeds"][0]["description"]


async def test_a_subcommand_the_bot_does_not_know_gets_a_clear_line_and_the_operator_a_sync_hint(
    running: tuple[FakeDiscordAPI, asyncio.Event, asyncio.Task[None]], caplog: pytest.LogCaptureFixture
) -> None:
    """fresh tester 49: a stale command (before `discord sync`) got the generic apology and an ERROR traceback."""
    api, _, _ = running
    await api.dispatch("INTERACTION_CREATE", slash(api, "nosuchsub"))
    callback = await api.wait_for("POST", "/callback")
    assert callback.json["data"]["content"] == messages.DISCORD_STALE_COMMAND
    assert callback.json["data"]["flags"] & EPHEMERAL
    lines = [r for r in caplog.records if r.name.startswith(("adapters", "discord")) and r.levelno >= logging.WARNING]
    assert [(r.levelno, r.exc_info) for r in lines] == [(logging.WARNING, None)]
    assert "'nosuchsub'" in lines[0].getMessage() and "palantir-ice discord sync" in lines[0].getMessage()


async def test_a_command_whose_shape_differs_from_this_versions_gets_the_same_clear_line(
    running: tuple[FakeDiscordAPI, asyncio.Event, asyncio.Task[None]], caplog: pytest.LogCaptureFixture
) -> None:
    """`/palantir-ice` as a command without subcommands (an older shape): discord.py's CommandSignatureMismatch."""
    api, _, _ = running
    payload = slash(api, "help")
    payload["data"]["options"] = []
    await api.dispatch("INTERACTION_CREATE", payload)
    callback = await api.wait_for("POST", "/callback")
    assert callback.json["data"]["content"] == messages.DISCORD_STALE_COMMAND
    lines = [r for r in caplog.records if r.name.startswith(("adapters", "discord")) and r.levelno >= logging.WARNING]
    assert [(r.levelno, r.exc_info) for r in lines] == [(logging.WARNING, None)]
    assert "'palantir-ice'" in lines[0].getMessage() and "palantir-ice discord sync" in lines[0].getMessage()


async def test_a_429_on_the_interaction_callback_is_retried(
    running: tuple[FakeDiscordAPI, asyncio.Event, asyncio.Task[None]],
) -> None:
    api, _, _ = running
    api.throttle("POST", "/callback", times=1, retry_after=0.0)
    await api.dispatch("INTERACTION_CREATE", slash(api, "sources"))
    answered = await api.wait_for("POST", "/callback", count=2)
    assert [c.status for c in api.calls_to("POST", "/callback")] == [429, 200]
    assert answered.json["data"]["embeds"][0]["title"] == "Sources"


async def test_stop_ends_the_service(running: tuple[FakeDiscordAPI, asyncio.Event, asyncio.Task[None]]) -> None:
    _, stop, task = running
    stop.set()
    await asyncio.wait_for(task, 5)
    assert task.done() and task.exception() is None


async def test_a_wrong_token_is_one_clear_config_error(
    discord_api: FakeDiscordAPI, dcore: Core, restore_endpoints: None
) -> None:
    with pytest.raises(ConfigError) as caught:
        await serve_discord(_settings(discord_api, token="wrong"), dcore, asyncio.Event())
    assert caught.value.message == messages.DISCORD_BAD_TOKEN
    assert discord_api.identifies == 0


async def test_an_unreachable_api_is_one_clear_config_error(dcore: Core, restore_endpoints: None) -> None:
    settings = Settings(discord_token="t", discord_api_url="http://127.0.0.1:9/api/v10")
    with pytest.raises(ConfigError) as caught:
        await serve_discord(settings, dcore, asyncio.Event())
    assert caught.value.message.startswith("Could not reach Discord at http://127.0.0.1:9/api/v10")


@pytest.mark.parametrize(
    ("status", "expected"),
    [(404, messages.DISCORD_API_URL_REFUSED), (503, messages.DISCORD_FAILING_AT_START)],
    ids=["no-api-there", "failing"],
)
async def test_an_api_answering_an_error_at_start_says_it_answered_and_what_to_check(
    discord_api: FakeDiscordAPI, dcore: Core, restore_endpoints: None, status: int, expected: str
) -> None:
    """Fresh tester 77 U3: a DISCORD_API_URL answering 404 was reported "Could not reach Discord …: NotFound"; it
    was reached, and answered: a 404 points at DISCORD_API_URL, a 5xx is Discord failing (not the token either)."""
    discord_api.fail("GET", "/users/@me", status=status, times=10)
    with pytest.raises(ConfigError) as caught:
        await serve_discord(_settings(discord_api), dcore, asyncio.Event())
    assert caught.value.message == expected.format(url=discord_api.base_url.rstrip("/"), status=status)
    assert "Could not reach" not in caught.value.message


def _args(**kw: object) -> argparse.Namespace:
    return argparse.Namespace(brief=str(DEFAULT_BRIEF), **kw)


async def test_sync_to_a_guild_registers_the_command_group(
    discord_api: FakeDiscordAPI,
    restore_endpoints: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DISCORD_TOKEN", discord_api.token)
    monkeypatch.setenv("DISCORD_API_URL", discord_api.base_url)
    assert await discord_cli._sync(_args(guild=GUILD_ID)) == 0
    (call,) = discord_api.calls_to("PUT", f"/guilds/{GUILD_ID}/commands")
    (group,) = call.json
    assert group["name"] == "palantir-ice"
    names = {o["name"] for o in group["options"]}
    assert names == {"ask", "today", "timeline", "fact", "sources", "help", "subscribe", "unsubscribe", "status"}
    assert "Synced 1 command(s) to server" in capsys.readouterr().out


async def test_global_sync_declares_user_install_and_every_context(
    discord_api: FakeDiscordAPI, restore_endpoints: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISCORD_TOKEN", discord_api.token)
    monkeypatch.setenv("DISCORD_API_URL", discord_api.base_url)
    await discord_cli._sync(_args(guild=None))
    (call,) = discord_api.calls_to("PUT", f"/applications/{discord_api.application_id}/commands")
    (group,) = call.json
    assert sorted(group["integration_types"]) == [0, 1]
    assert sorted(group["contexts"]) == [0, 1, 2]
    timeline = next(o for o in group["options"] if o["name"] == "timeline")
    topic = next(o for o in timeline["options"] if o["name"] == "topic")
    assert topic["autocomplete"] is True


async def test_invite_looks_up_the_application_id_with_the_token(
    discord_api: FakeDiscordAPI, restore_endpoints: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISCORD_TOKEN", discord_api.token)
    monkeypatch.setenv("DISCORD_API_URL", discord_api.base_url)
    monkeypatch.delenv("DISCORD_APPLICATION_ID", raising=False)
    assert await discord_cli._application_id(_args(client_id=None)) == discord_api.application_id


def test_invite_prints_server_and_user_install_urls(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["discord", "invite", "--client-id", "123"]) == 0
    out = capsys.readouterr().out
    assert "client_id=123&scope=bot+applications.commands&permissions=274877991936&integration_type=0" in out
    assert "client_id=123&integration_type=1&scope=applications.commands" in out


def test_sync_without_a_token_is_one_line(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    assert main(["discord", "sync"]) == 1
    assert capsys.readouterr().err.strip() == f"palantir-ice: {messages.DISCORD_NEEDS_TOKEN}"


async def test_the_sharded_bot_answers_too(discord_api: FakeDiscordAPI, dcore: Core, restore_endpoints: None) -> None:
    settings = _settings(discord_api).model_copy(update={"discord_sharded": True})
    stop = asyncio.Event()
    task = asyncio.create_task(serve_discord(settings, dcore, stop))
    await discord_api.wait_until(lambda: discord_api.identifies == 1)
    await discord_api.dispatch("INTERACTION_CREATE", slash(discord_api, "sources"))
    callback = await discord_api.wait_for("POST", "/callback")
    assert callback.json["data"]["embeds"][0]["title"] == "Sources"
    stop.set()
    await asyncio.wait_for(task, 5)


async def test_a_500_on_the_interaction_callback_is_retried(
    running: tuple[FakeDiscordAPI, asyncio.Event, asyncio.Task[None]],
) -> None:
    api, _, _ = running
    api.fail("POST", "/callback", status=500, message="Internal Server Error", times=1)
    await api.dispatch("INTERACTION_CREATE", slash(api, "sources"))
    answered = await api.wait_for("POST", "/callback", count=2, timeout=10)  # discord.py waits 1 s, then retries
    assert [c.status for c in api.calls_to("POST", "/callback")] == [500, 200]
    assert answered.json["data"]["embeds"][0]["title"] == "Sources"


async def test_a_dm_reply_waits_out_retry_after(
    running: tuple[FakeDiscordAPI, asyncio.Event, asyncio.Task[None]],
) -> None:
    api, _, _ = running
    api.throttle("POST", "/messages", times=1, retry_after=1.0)
    await api.dispatch("MESSAGE_CREATE", dm_message(api, "sources"))
    posted = await api.wait_for("POST", "/messages", count=2, timeout=10)
    assert [c.status for c in api.calls_to("POST", "/messages")] == [429, 200]
    assert posted.json["embeds"][0]["title"] == "Sources"


async def test_after_discord_was_down_the_bot_reconnects_and_answers(
    running: tuple[FakeDiscordAPI, asyncio.Event, asyncio.Task[None]],
) -> None:
    api, _, task = running
    await api.go_down()
    await asyncio.sleep(1.0)  # connections refused meanwhile: discord.py retries the gateway with backoff
    await api.come_back()
    await api.wait_until(lambda: api.identifies + api.resumes >= 2, timeout=30)
    assert not task.done()
    await api.dispatch("INTERACTION_CREATE", slash(api, "sources"))
    callback = await api.wait_for("POST", "/callback", timeout=10)
    assert callback.json["data"]["embeds"][0]["title"] == "Sources"


async def test_while_the_gateway_is_unreachable_each_retry_is_one_warning_line_without_a_traceback(
    running: tuple[FakeDiscordAPI, asyncio.Event, asyncio.Task[None]], caplog: pytest.LogCaptureFixture
) -> None:
    """fresh tester 49: each attempt logged discord.py's ERROR "Attempting a reconnect in 0.35s" with 25 lines of
    traceback; the operator gets one WARNING per attempt naming the cause instead."""
    api, _, _ = running
    caplog.set_level(logging.INFO)
    await api.go_down()
    await asyncio.sleep(1.5)  # two or three refused attempts (discord.py backs off from about 0.4 s)
    await api.come_back()
    await api.wait_until(lambda: api.identifies + api.resumes >= 2, timeout=30)
    retries = [r for r in caplog.records if r.name == "discord.client" and "retrying in" in r.getMessage()]
    assert retries, [r.getMessage() for r in caplog.records]
    assert all(r.levelno == logging.WARNING and r.exc_info is None and r.exc_text is None for r in retries)
    assert "discord: cannot reach the gateway: ClientConnectorError: Cannot connect to host 127.0.0.1" in (
        retries[-1].getMessage()
    )
    assert not [
        r for r in caplog.records if r.name.startswith("discord") and (r.exc_info or r.levelno >= logging.ERROR)
    ]


def test_a_reconnect_record_for_an_unexpected_error_keeps_its_traceback() -> None:
    """Only connection faults are reshaped: anything else discord.py logs there stays an ERROR with its traceback."""
    try:
        raise ValueError("a bug, not an outage")
    except ValueError:
        record = logging.LogRecord(
            "discord.client", logging.ERROR, __file__, 1, "Attempting a reconnect in %.2fs", (0.35,), sys.exc_info()
        )
    assert GatewayRetryLine().filter(record)
    assert record.levelno == logging.ERROR and record.exc_info is not None
    assert record.getMessage() == "Attempting a reconnect in 0.35s"


def test_a_shard_reconnect_record_names_the_shard_and_drops_the_traceback() -> None:
    try:
        raise discord.GatewayNotFound()
    except discord.GatewayNotFound:
        record = logging.LogRecord(
            "discord.shard",
            logging.ERROR,
            __file__,
            1,
            "Attempting a reconnect for shard ID %s in %.2fs",
            (3, 6.05),
            sys.exc_info(),
        )
    assert GatewayRetryLine().filter(record)
    assert record.levelno == logging.WARNING and record.exc_info is None
    assert record.getMessage().startswith("discord: cannot reach the gateway (shard 3): GatewayNotFound: ")
    assert record.getMessage().endswith("; retrying in 6.05s")


@pytest.mark.parametrize("sharded", [False, True])
async def test_starting_the_bot_logs_no_warning_about_voice_libraries_it_never_uses(
    dcore: Core, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, sharded: bool
) -> None:
    """fresh tester 45: every start warned 'PyNaCl is not installed' and 'davey is not installed'."""
    from adapters.discord.bot import PalantirBot, ShardedPalantirBot

    # as in a fresh process without the voice extras (discord.py clears the flags after warning once)
    monkeypatch.setattr(discord.VoiceClient, "warn_nacl", True)
    monkeypatch.setattr(discord.VoiceClient, "warn_dave", True)
    bot = (ShardedPalantirBot if sharded else PalantirBot)(dcore)  # never logged in: nothing to close but its pool
    bot.executor.shutdown()
    assert [r.getMessage() for r in caplog.records if r.name.startswith("discord")] == []


async def test_a_gateway_unreachable_at_start_up_is_retried_with_one_warning_line_each_and_then_answers(
    discord_api: FakeDiscordAPI, dcore: Core, restore_endpoints: None, caplog: pytest.LogCaptureFixture
) -> None:
    """p50: discord.py's first connection failing (gateway 503) logged a traceback, then ended `run` on its own
    AttributeError (Rapptz/discord.py#10520); now each start-up attempt is one WARNING and the bot connects later."""
    caplog.set_level(logging.INFO)
    discord_api.refuse_gateway()
    stop = asyncio.Event()
    task = asyncio.create_task(serve_discord(_settings(discord_api), dcore, stop))
    try:
        # discord.py's own first delay (up to 2 s, jittered), then connect_gateway's line: waited for, not slept on,
        # so a loaded machine cannot make the test fail
        for _ in range(300):
            if task.done() or any("cannot reach the gateway" in r.getMessage() for r in caplog.records):
                break
            await asyncio.sleep(0.05)
        assert not task.done(), task
        retries = [r for r in caplog.records if "cannot reach the gateway" in r.getMessage()]
        assert retries, [r.getMessage() for r in caplog.records]
        assert "at start-up: WSServerHandshakeError: 503" in retries[0].getMessage()
        assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]
        discord_api.refuse_gateway(False)
        await discord_api.wait_until(lambda: discord_api.identifies == 1, timeout=15)
        await discord_api.dispatch("INTERACTION_CREATE", slash(discord_api, "help"))
        callback = await discord_api.wait_for("POST", "/callback")
        assert messages.DISCORD_HELP in callback.json["data"]["embeds"][0]["description"]
    finally:
        stop.set()
        await asyncio.wait_for(task, 5)
    assert task.exception() is None


async def test_stopping_while_the_gateway_is_unreachable_at_start_up_ends_the_service_quietly(
    discord_api: FakeDiscordAPI, dcore: Core, restore_endpoints: None
) -> None:
    discord_api.refuse_gateway()
    stop = asyncio.Event()
    task = asyncio.create_task(serve_discord(_settings(discord_api), dcore, stop))
    await asyncio.sleep(1.0)
    stop.set()
    await asyncio.wait_for(task, 5)
    assert task.exception() is None


async def test_a_shard_unreachable_at_start_up_is_one_warning_line_per_attempt_without_a_traceback(
    discord_api: FakeDiscordAPI, dcore: Core, restore_endpoints: None, caplog: pytest.LogCaptureFixture
) -> None:
    """AutoShardedClient retries a shard's first connection every 5 s itself, but logged each with a traceback."""
    caplog.set_level(logging.INFO)
    discord_api.refuse_gateway()
    stop = asyncio.Event()
    settings = _settings(discord_api).model_copy(update={"discord_shard_count": 1})
    task = asyncio.create_task(serve_discord(settings, dcore, stop))
    try:
        await asyncio.sleep(0.5)
        discord_api.refuse_gateway(False)
        await discord_api.wait_until(lambda: discord_api.identifies == 1, timeout=10)
    finally:
        stop.set()
        await asyncio.wait_for(task, 5)
    lines = [r for r in caplog.records if r.name.startswith("discord") and r.levelno >= logging.WARNING]
    assert [(r.levelno, r.exc_info) for r in lines] == [(logging.WARNING, None)], [r.getMessage() for r in lines]
    assert lines[0].getMessage().startswith("discord: cannot reach the gateway (shard 0): WSServerHandshakeError: 503")
    assert lines[0].getMessage().endswith("; retrying in 5.00s")
