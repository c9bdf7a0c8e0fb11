"""When Slack's Web API fails (down, HTTP 500, HTTP 429 with Retry-After), answers arrive late, not never; an outage is
never reported to people as an uninstall; an answer lost for good is one log line naming its request."""

from __future__ import annotations

import asyncio
import logging
import socket
import time

import aiohttp
import pytest

from adapters.slack import render, service
from adapters.slack.retry import MAYBE_DONE_ERRORS, TRANSIENT_ERRORS
from bot import messages
from bot.core import Core
from bot.settings import Settings
from tests.fakes.slack_api import FakeSlackAPI
from tests.slack.conftest import SECRET, Slack, start

KINDS = ["down", "500", "429"]
DM = {"type": "message", "channel": "D1", "channel_type": "im", "user": "U1", "text": "sources"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize("kind", KINDS)
async def test_answers_outlive_an_outage_shorter_than_the_retry_budget(slack: Slack, kind: str) -> None:
    """A slash answer (response_url) and a DM reply (chat.postMessage) sent into a 2.5-second outage both arrive
    (429s with `Retry-After: 1` take three retries)."""
    _, warm = await slack.command("help")  # bolt's first request checks the token: tested separately below
    await slack.reply_to(warm)
    outage = asyncio.create_task(slack.api.outage(kind, 2.5))
    await asyncio.sleep(0.05)
    sent = time.monotonic()
    status, name = await slack.command("sources")
    assert status == 200
    await slack.event({**DM, "ts": "1.1"})
    post = await slack.reply_to(name, timeout=20)
    assert "VICE News" in post["text"]
    await slack.api.wait_for("chat.postMessage", timeout=20)
    assert time.monotonic() - sent > 2.3  # both could only arrive after the outage
    await outage
    assert slack.api.refused > 0 or kind == "down"  # the outage really was in the way (refused connections aside)
    assert len(slack.api.responses_to(name)) == 1 and len(slack.api.posted("D1")) == 1


async def test_an_answer_lost_for_good_is_one_log_line_with_the_request_id(
    core: Core, slack_api: FakeSlackAPI, caplog: pytest.LogCaptureFixture
) -> None:
    runner, url = await start(core, slack_api, retry_budget=0.5, client_retry_budget=0.5)
    try:
        async with aiohttp.ClientSession() as session:
            slack = Slack(slack_api, url, session)
            await slack.command("warm up")  # bolt's first request asks auth.test: not under test here
            await slack_api.wait_for_responses(1)
            slack_api.serve_errors(500)
            await slack.command("sources")
            await slack.event({**DM, "ts": "2.2"}, event_id="EvLOST")
            for _ in range(200):
                # the DM met a 500, which may come after posting, and its DM could not be read: "may not have
                # arrived" (post_once.py); the response_url post surely was refused: "lost for good"
                lost = [r.getMessage() for r in caplog.records if "lost for good" in r.getMessage()]
                lost += [r.getMessage() for r in caplog.records if "may not have arrived" in r.getMessage()]
                if len(lost) >= 2:
                    break
                await asyncio.sleep(0.05)
    finally:
        await runner.cleanup()
    assert len(lost) == 2
    assert any("EvLOST" in line for line in lost) and any("1.2." in line for line in lost)  # event id, trigger id
    assert not [r for r in caplog.records if r.exc_info]


async def test_the_request_line_of_an_answer_lost_for_good_says_lost_not_answered(
    core: Core, slack_api: FakeSlackAPI, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    runner, url = await start(core, slack_api, retry_budget=0.3, client_retry_budget=0.3)
    try:
        async with aiohttp.ClientSession() as session:
            slack = Slack(slack_api, url, session)
            await slack.command("warm up")  # bolt's first request asks auth.test: not under test here
            await slack_api.wait_for_responses(1)
            slack_api.fail_response_urls(500, "oops")
            slack_api.fail("channel_not_found", method="chat.postMessage")
            await slack.command("what is FALCON?")
            await slack.event({**DM, "text": "what is FALCON?", "ts": "2.3"})
            for _ in range(200):
                lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("slack request")]
                if len(lines) >= 3:
                    break
                await asyncio.sleep(0.05)
    finally:
        await runner.cleanup()
    assert len(lines) == 3 and "outcome=lost answered=False" not in lines[0]
    assert all("outcome=lost answered=False" in line for line in lines[1:]), lines
    assert {line.split("kind=")[1].split()[0] for line in lines[1:]} == {"command", "dm"}


@pytest.mark.parametrize("kind", ["500", "429"])
async def test_an_api_failure_on_the_first_request_is_retried_not_reported_as_an_uninstall(
    core: Core, slack_api: FakeSlackAPI, kind: str
) -> None:
    """bolt checks the token lazily on the first request; a 429 or 500 then must not say "reinstall"."""
    runner, url = await start(core, slack_api)
    try:
        async with aiohttp.ClientSession() as session:
            slack = Slack(slack_api, url, session)
            if kind == "429":
                slack_api.serve_429(retry_after=1)
            else:
                slack_api.serve_errors(500)
            asyncio.get_running_loop().call_later(4.5, slack_api.clear_outage)
            _, name = await slack.command("sources")
            post = await slack.reply_to(name, timeout=20)
    finally:
        await runner.cleanup()
    assert "reinstall" not in post["text"].lower()
    assert "VICE News" in post["text"]


async def test_an_api_outage_longer_than_the_budget_says_try_again_never_reinstall(
    core: Core, slack_api: FakeSlackAPI
) -> None:
    runner, url = await start(core, slack_api, client_retry_budget=0.3)
    try:
        async with aiohttp.ClientSession() as session:
            slack_api.throttle(method="auth.test", times=10_000, retry_after=0)
            status, _, text = await Slack(slack_api, url, session).post(
                "command=%2Fpalantir-ice&text=sources&team_id=T0TEST&user_id=U1&channel_id=C1&trigger_id=t",
                "application/x-www-form-urlencoded",
            )
    finally:
        await runner.cleanup()
    assert status == 200
    assert "reinstall" not in text.lower()
    assert messages.SLACK_API_DOWN in text


async def test_start_up_token_check_rides_out_a_short_outage(core: Core, slack_api: FakeSlackAPI) -> None:
    """`run` during a 2-second Slack outage starts once Slack is back, instead of exiting with "unreachable"."""
    port = _free_port()
    settings = Settings(
        slack_api_url=slack_api.base_url,
        slack_signing_secret=SECRET,
        slack_bot_token="xoxb-test",
        host="127.0.0.1",
        port=port,
    )
    slack_api.serve_errors(500)
    asyncio.get_running_loop().call_later(1.5, slack_api.clear_outage)
    stop = asyncio.Event()
    task = asyncio.create_task(service.serve_slack(settings, core, stop))
    try:
        async with aiohttp.ClientSession() as session:
            for _ in range(300):
                try:
                    async with session.get(f"http://127.0.0.1:{port}/healthz") as resp:
                        if resp.status == 200:
                            break
                except aiohttp.ClientConnectionError:
                    assert not task.done(), task.exception()
                    await asyncio.sleep(0.05)
            slack_api.serve_429(1)  # and the first request after start meets a rate limit: answered all the same
            asyncio.get_running_loop().call_later(1.0, slack_api.clear_outage)
            slack = Slack(slack_api, f"http://127.0.0.1:{port}", session)
            _, name = await slack.command("sources")
            post = await slack.reply_to(name, timeout=20)
    finally:
        stop.set()
        await asyncio.wait_for(task, 10)
    assert "VICE News" in post["text"]
    assert len(slack_api.calls_to("auth.test")) == 1  # the start-up identity is reused, not asked again


@pytest.mark.parametrize("error", sorted(TRANSIENT_ERRORS - MAYBE_DONE_ERRORS))
async def test_a_reply_refused_with_a_transient_ok_false_is_retried_and_posted_once(
    slack: Slack, caplog: pytest.LogCaptureFixture, error: str
) -> None:
    """Slack answers some transient failures with HTTP 200 `{"ok": false}`: retried like a 500, posted once (those
    that say Slack refused the call; for the ones that may mean it went through, see the next test)."""
    slack.api.fail(error, method="chat.postMessage", times=1)
    await slack.event({**DM, "ts": "5.5"})
    await slack.api.wait_for("chat.postMessage", count=2, timeout=10)
    calls = slack.api.calls_to("chat.postMessage")
    assert [c.response.get("ok") if c.response else None for c in calls] == [False, True]
    assert len(slack.api.posted("D1")) == 1
    assert not [r for r in caplog.records if "lost for good" in r.getMessage()]


@pytest.mark.parametrize("error", ["channel_not_found", "not_in_channel", "invalid_auth"])
async def test_a_reply_refused_with_a_final_error_is_not_retried(
    slack: Slack, caplog: pytest.LogCaptureFixture, error: str
) -> None:
    slack.api.fail(error, method="chat.postMessage", times=1)
    status, _ = await slack.event({**DM, "ts": "6.6"}, event_id="EvFINAL")
    assert status == 200
    for _ in range(100):
        if any("lost for good" in r.getMessage() for r in caplog.records):
            break
        await asyncio.sleep(0.02)
    await asyncio.sleep(0.3)
    assert len(slack.api.calls_to("chat.postMessage")) == 1
    [line] = [r.getMessage() for r in caplog.records if "lost for good" in r.getMessage()]
    assert "EvFINAL" in line and error in line


AFTER_POSTING = [*sorted(MAYBE_DONE_ERRORS), "HTTP 500", "HTTP 502", "dropped"]
MENTION = {"type": "app_mention", "channel": "C1", "user": "U1", "text": "<@UBOT> sources"}


def _fail_after_posting(api: FakeSlackAPI, kind: str, *, times: int = 2, after_posting: bool = True) -> None:
    """chat.postMessage answered `kind` (a 200 error, an HTTP status, or a dropped connection) `times` times."""
    if kind == "dropped":
        api.drop(method="chat.postMessage", times=times, after_posting=after_posting)
    elif kind.startswith("HTTP "):
        api.fail(
            "internal_error", method="chat.postMessage", times=times, after_posting=after_posting, status=int(kind[5:])
        )
    else:
        api.fail(kind, method="chat.postMessage", times=times, after_posting=after_posting)


async def _request_line(caplog: pytest.LogCaptureFixture, having: str = "") -> str:
    for _ in range(400):
        lines = [m for r in caplog.records if (m := r.getMessage()).startswith("slack request") and having in m]
        if lines:
            return lines[0]
        await asyncio.sleep(0.02)
    raise AssertionError("no request line")


@pytest.mark.parametrize("where", ["dm", "mention"])
@pytest.mark.parametrize("kind", AFTER_POSTING)
async def test_a_reply_that_failed_after_slack_posted_it_is_found_and_never_posted_twice(
    slack: Slack, caplog: pytest.LogCaptureFixture, kind: str, where: str
) -> None:
    """Tester 49 §1.1: a DM reply posted 3 times. A 5xx, a dropped connection or internal_error may come after
    Slack posted: the conversation (the DM, or the thread for a mention) is searched for the reply's key before
    any new try; it is there, so it is not posted again and the request counts as answered."""
    caplog.set_level(logging.INFO)
    _fail_after_posting(slack.api, kind)
    event = {**DM, "ts": "7.7"} if where == "dm" else {**MENTION, "ts": "7.8"}
    status, _ = await slack.event(event, event_id="EvMAYBE")
    assert status == 200
    line = await _request_line(caplog)
    await asyncio.sleep(1.0)  # a second post would come within the next backoff
    channel = "D1" if where == "dm" else "C1"
    assert len(slack.api.posted(channel)) == 1 and len(slack.api.calls_to("chat.postMessage")) == 1
    looked = slack.api.calls_to("conversations.history" if where == "dm" else "conversations.replies")
    assert len(looked) == 1 and looked[0].args["channel"] == channel
    if where == "mention":
        assert looked[0].args["ts"] == "7.8" and slack.api.posted("C1")[0].args["thread_ts"] == "7.8"
    assert "outcome=answered" in line or "outcome=ok" in line, line
    assert not [r for r in caplog.records if "may not have arrived" in r.getMessage() or r.exc_info]


@pytest.mark.parametrize("kind", AFTER_POSTING)
async def test_a_reply_that_failed_before_slack_posted_it_is_posted_once_after_the_check(
    slack: Slack, caplog: pytest.LogCaptureFixture, kind: str
) -> None:
    """The same failures when Slack did NOT post: the DM is checked, the reply is not there, it is posted again:
    nothing lost, nothing doubled."""
    _fail_after_posting(slack.api, kind, times=1, after_posting=False)
    await slack.event({**DM, "ts": "7.9"})
    await slack.api.wait_for("chat.postMessage", count=2, timeout=10)
    await asyncio.sleep(0.5)
    assert len(slack.api.posted("D1")) == 1 and len(slack.api.calls_to("chat.postMessage")) == 2
    assert len(slack.api.calls_to("conversations.history")) == 1
    assert not [r for r in caplog.records if "lost for good" in r.getMessage() or "may not" in r.getMessage()]


async def test_without_the_history_scope_a_reply_that_may_have_posted_is_not_posted_again(
    slack: Slack, caplog: pytest.LogCaptureFixture
) -> None:
    """Nothing can tell whether the reply went out when the DM cannot be read (no im:history): not posted again,
    one WARNING naming the request and the reason, request line `outcome=unconfirmed`."""
    caplog.set_level(logging.INFO)
    slack.api.fail("missing_scope", method="conversations.history")
    _fail_after_posting(slack.api, "HTTP 500")
    await slack.event({**DM, "ts": "8.1"}, event_id="EvNOSCOPE")
    line = await _request_line(caplog)
    await asyncio.sleep(1.0)
    assert len(slack.api.posted("D1")) == 1 and len(slack.api.calls_to("chat.postMessage")) == 1
    [warning] = [r.getMessage() for r in caplog.records if "may not have arrived" in r.getMessage()]
    assert "EvNOSCOPE" in warning and "missing_scope" in warning and "HTTP 500" in warning
    assert "outcome=unconfirmed" in line
    assert not [r for r in caplog.records if r.exc_info]


@pytest.mark.parametrize("kind", ["HTTP 500", "dropped"])
async def test_a_share_that_failed_after_slack_posted_it_is_in_the_channel_once(
    slack: Slack, caplog: pytest.LogCaptureFixture, kind: str
) -> None:
    caplog.set_level(logging.INFO)
    _fail_after_posting(slack.api, kind)
    value = '{"q": "what is FALCON?", "f": null, "s": []}'
    await slack.action(render.SHARE, value, channel="C7")
    line = await _request_line(caplog)
    await asyncio.sleep(1.0)
    assert len(slack.api.posted("C7")) == 1 and len(slack.api.calls_to("chat.postMessage")) == 1
    assert "command=share" in line and "outcome=answered" in line, line
    # no apology (the share is there): only the presser's answer replaced by "Shared in <#C7>"
    assert [r.json["text"] for r in slack.api.responses] == [render.render_shared("C7")["text"]]


async def test_retries_that_succeed_log_nothing_as_the_readme_says(
    slack: Slack, caplog: pytest.LogCaptureFixture
) -> None:
    """Tester 49 §3.3: slack_sdk logged INFO "A retry handler found: ..." per retry; the README says nothing."""
    caplog.set_level(logging.INFO)
    _, warm = await slack.command("help")
    await slack.reply_to(warm)
    slack.api.throttle(times=1, retry_after=0)
    slack.api.fail("service_unavailable", method="chat.postMessage", times=1)
    await slack.event({**DM, "ts": "8.8"})
    await slack.api.wait_for("chat.postMessage", count=3, timeout=10)
    outage = asyncio.create_task(slack.api.outage("500", 1.0))  # a response_url post retried (the webhook client)
    await asyncio.sleep(0.05)
    _, name = await slack.command("sources")
    await slack.reply_to(name, timeout=10)
    await outage
    assert slack.api.refused > 0 and [c.status for c in slack.api.calls_to("chat.postMessage")][:1] == [429]
    assert not [r.getMessage() for r in caplog.records if "retry handler" in r.getMessage()]


async def test_a_share_that_cannot_reach_slack_logs_its_request_line_not_an_unhandled_error(
    core: Core, slack_api: FakeSlackAPI, caplog: pytest.LogCaptureFixture
) -> None:
    """A share whose post meets a network error past the budget is one WARNING and the request line, never an
    exception escaping to bolt's error handler."""
    caplog.set_level(logging.INFO)
    runner, url = await start(core, slack_api, retry_budget=0.3, client_retry_budget=0.3)
    try:
        async with aiohttp.ClientSession() as session:
            slack = Slack(slack_api, url, session)
            await slack.command("warm up")  # bolt's first request asks auth.test: not under test here
            await slack_api.wait_for_responses(1)
            slack_api.drop(method="chat.postMessage", times=None, after_posting=False)
            slack_api.fail("internal_error", method="conversations.history", status=500)
            await slack.action(render.SHARE, '{"q": "what is FALCON?", "f": null, "s": []}', channel="C8")
            line = await _request_line(caplog, "command=share")
    finally:
        await runner.cleanup()
    assert "outcome=unconfirmed" in line, line
    assert slack_api.posted("C8") == []
    assert any("share may not have arrived in C8" in r.getMessage() for r in caplog.records)
    assert not [r for r in caplog.records if r.exc_info or "unhandled error" in r.getMessage()]
