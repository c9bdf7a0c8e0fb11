"""Requests nobody should trust: forged, stale, malformed or incomplete. Each costs one short log line, never a
body, a question, a token or a traceback, and gets 400/401 (never 500)."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import io
import json
import logging
import socket
import time
import urllib.parse

import aiohttp
import pytest

from bot.core import Core
from tests.fakes.slack_api import FakeSlackAPI
from tests.slack.conftest import SECRET, Slack, signed_headers, start


def _log_text(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(r.getMessage() for r in caplog.records)


async def _post_raw(slack: Slack, body: bytes, headers: dict[str, str]) -> int:
    async with slack.session.post(f"{slack.url}/slack/events", data=body, headers=headers) as resp:
        await resp.read()
        return resp.status


async def test_a_forged_megabyte_costs_one_short_log_line_without_its_body(
    slack: Slack, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    question = "SECRET-QUESTION\n2026-01-01 00:00:00 ERROR forged log line\n" + "x" * 1_000_000
    form = {"command": "/palantir-ice", "text": question, "response_url": slack.api.response_url("forged")}
    body = urllib.parse.urlencode(form)
    for _ in range(5):
        status, _, _ = await slack.post(body, "application/x-www-form-urlencoded", secret="not-the-secret")
        assert status == 401
    logged = _log_text(caplog)
    assert "SECRET-QUESTION" not in logged and "forged log line" not in logged and "respond/forged" not in logged
    refusals = [r for r in caplog.records if "refused a request" in r.getMessage()]
    assert len(refusals) == 5 and all(len(r.getMessage()) < 200 for r in refusals)
    assert len(logged) < 2000
    assert slack.api.calls == [] and slack.api.responses == []


async def test_a_body_over_the_size_limit_gets_413_and_one_warning_line(
    slack: Slack, caplog: pytest.LogCaptureFixture
) -> None:
    """Fresh tester 72 O1: a 3 MB POST got aiohttp's 413 with no log line, where every other refused request has
    one (README, "Hostile requests")."""
    caplog.set_level(logging.INFO)
    body = urllib.parse.urlencode({"command": "/palantir-ice", "text": "SECRET" + "x" * 3_000_000})
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    async with slack.session.post(f"{slack.url}/slack/events", data=io.BytesIO(body.encode()), headers=headers) as r:
        assert r.status == 413
    refusals = [r for r in caplog.records if "refused a request" in r.getMessage()]
    assert len(refusals) == 1 and refusals[0].levelname == "WARNING"
    assert "413 body too large" in refusals[0].getMessage() and "SECRET" not in _log_text(caplog)
    assert slack.api.calls == []


async def test_a_stale_genuine_request_logs_neither_the_question_nor_its_response_url(
    slack: Slack, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    status, name = await slack.command("what did STALE-QUESTION say?", timestamp=int(time.time()) - 600)
    assert status == 401
    logged = _log_text(caplog)
    assert "STALE-QUESTION" not in logged and f"respond/{name}" not in logged
    assert "stale timestamp" in logged


@pytest.mark.parametrize(
    ("body", "content_type", "headers", "expected"),
    [
        (b"[1]", "application/json", {}, 401),
        (b"[1]", "application/json", {"X-Slack-Request-Timestamp": "soon", "X-Slack-Signature": "v0=00"}, 401),
        (b"[1]", "application/json", {"X-Slack-Request-Timestamp": "9" * 40, "X-Slack-Signature": "v0=00"}, 401),
        (b"[1]", "application/json", "signed", 400),
        (b"{not json", "application/json", "signed", 400),
        (b"payload=%5B1%5D", "application/x-www-form-urlencoded", "signed", 400),
        (b"payload=not-json", "application/x-www-form-urlencoded", "signed", 400),
        (b"\xff\xfe\x00", "application/json", "signed", 400),
        (b"\xff\xfe\x00", "application/json", {"X-Slack-Request-Timestamp": "1", "X-Slack-Signature": "v0=\xff"}, 401),
        (b"command=%2Fpalantir-ice&text=help&team_id=T0TEST", "text/plain", "signed", 400),
        (b"command=%2Fpalantir-ice&text=help&team_id=T0TEST", "application/octet-stream", "signed", 400),
    ],
    ids=[
        "unsigned-array",
        "non-numeric-timestamp",
        "huge-timestamp",
        "signed-array",
        "signed-broken-json",
        "signed-array-payload",
        "signed-text-payload",
        "signed-not-utf8",
        "unsigned-not-utf8",
        "signed-form-sent-as-text-plain",
        "signed-form-sent-as-octet-stream",
    ],
)
async def test_malformed_requests_get_400_or_401_and_no_traceback(
    slack: Slack,
    caplog: pytest.LogCaptureFixture,
    body: bytes,
    content_type: str,
    headers: dict[str, str] | str,
    expected: int,
) -> None:
    if headers == "signed":
        ts = str(int(time.time()))
        digest = hmac.new(SECRET.encode(), b"v0:" + ts.encode() + b":" + body, hashlib.sha256).hexdigest()
        headers = {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}
    assert isinstance(headers, dict)
    status = await _post_raw(slack, body, {"Content-Type": content_type, **headers})
    assert status == expected
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]
    assert len([r for r in caplog.records if "refused a request" in r.getMessage()]) == 1


async def test_an_event_without_a_channel_is_one_line_not_a_traceback(
    slack: Slack, caplog: pytest.LogCaptureFixture
) -> None:
    status, _ = await slack.event({"type": "app_mention", "user": "U1", "text": "<@UBOT> sources"}, event_id="EvNOCH")
    assert status == 200
    for _ in range(50):
        if any("without a channel" in r.getMessage() for r in caplog.records):
            break
        await asyncio.sleep(0.02)
    lines = [r for r in caplog.records if "without a channel" in r.getMessage()]
    assert len(lines) == 1 and "EvNOCH" in lines[0].getMessage()
    assert not [r for r in caplog.records if r.exc_info]
    assert slack.api.calls_to("chat.postMessage") == []


async def test_a_mention_without_ts_is_answered_in_the_channel(slack: Slack, caplog: pytest.LogCaptureFixture) -> None:
    await slack.event({"type": "app_mention", "channel": "C1", "user": "U1", "text": "<@UBOT> sources"})
    [call] = await slack.api.wait_for("chat.postMessage")
    assert call.args["channel"] == "C1" and "thread_ts" not in call.args
    assert not [r for r in caplog.records if r.exc_info]


async def test_a_command_without_response_url_is_one_line(slack: Slack, caplog: pytest.LogCaptureFixture) -> None:
    form = {"team_id": "T0TEST", "channel_id": "C1", "user_id": "U1", "command": "/palantir-ice", "text": "sources"}
    form["trigger_id"] = "TRIG-NO-URL"
    status, _, _ = await slack.post(urllib.parse.urlencode(form), "application/x-www-form-urlencoded")
    assert status == 200
    for _ in range(50):
        if any("TRIG-NO-URL" in r.getMessage() for r in caplog.records):
            break
        await asyncio.sleep(0.02)
    assert [r.getMessage() for r in caplog.records if "TRIG-NO-URL" in r.getMessage()]
    assert not [r for r in caplog.records if r.exc_info]


async def test_a_dead_response_url_is_one_line_naming_the_request(
    core: Core, slack_api: FakeSlackAPI, caplog: pytest.LogCaptureFixture
) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}/respond/dead"
    form = {
        "team_id": "T0TEST",
        "channel_id": "C1",
        "user_id": "U1",
        "command": "/palantir-ice",
        "text": "sources",
        "response_url": dead,
        "trigger_id": "TRIG-DEAD",
    }
    runner, url = await start(core, slack_api, retry_budget=0.3)
    try:
        async with aiohttp.ClientSession() as session:
            status, _, _ = await Slack(slack_api, url, session).post(
                urllib.parse.urlencode(form), "application/x-www-form-urlencoded"
            )
            assert status == 200
            for _ in range(200):  # nothing listens there: retried within the budget, then given up in one line
                if any("TRIG-DEAD" in r.getMessage() for r in caplog.records):
                    break
                await asyncio.sleep(0.05)
    finally:
        await runner.cleanup()
    lines = [r.getMessage() for r in caplog.records if "TRIG-DEAD" in r.getMessage()]
    assert len(lines) == 1 and "lost for good" in lines[0]
    assert not [r for r in caplog.records if r.exc_info]


async def test_at_debug_no_question_text_and_no_token_is_logged(
    core: Core, slack_api: FakeSlackAPI, caplog: pytest.LogCaptureFixture
) -> None:
    """No log line carries what a person typed (the core's INFO line and the Slack request line give sizes and
    outcomes only) or a token, not even for a stale request (bolt's verification logged its whole body)."""
    caplog.set_level(logging.DEBUG)  # as LOG_LEVEL=DEBUG does before the app is built
    runner, url = await start(core, slack_api)
    try:
        async with aiohttp.ClientSession() as session:
            slack = Slack(slack_api, url, session)
            await slack.command("STALE-SECRET " * 3, timestamp=int(time.time()) - 400)
            _, name = await slack.command(
                "DEBUG-SECRET-HEAD what is FALCON " + "and also this " * 10 + "DEBUG-SECRET-TAIL?"
            )
            await slack.reply_to(name)
            text = "sources " + "and more " * 12 + "DM-SECRET"
            event = {"type": "message", "channel": "D1", "channel_type": "im", "user": "U1", "text": text}
            await slack.event({**event, "ts": "3.3"})
            await slack_api.wait_for("chat.postMessage")
            await asyncio.sleep(0.1)
    finally:
        await runner.cleanup()
    logged = _log_text(caplog)
    assert "DEBUG-SECRET-TAIL" not in logged and "DM-SECRET" not in logged and "STALE-SECRET" not in logged
    assert "DEBUG-SECRET-HEAD" not in logged and "what is FALCON" not in logged
    assert "xoxb-test" not in logged


@pytest.mark.parametrize("encoding", ["gzip", "br", "deflate"])
@pytest.mark.parametrize("path", ["/slack/events", "/healthz", "/elsewhere"])
async def test_a_body_not_in_its_content_encoding_gets_400_and_one_line_on_every_path(
    slack: Slack, caplog: pytest.LogCaptureFixture, encoding: str, path: str
) -> None:
    """Anyone can send this (no signature is needed to have a body read): aiohttp raised while decoding it, before
    any check, and answered 500 with two ERROR tracebacks."""
    headers = {"Content-Type": "application/json", "Content-Encoding": encoding}
    async with slack.session.post(f"{slack.url}{path}", data=b"not-" + encoding.encode(), headers=headers) as resp:
        text = await resp.text()
        assert resp.status == (415 if encoding == "br" else 400)  # br: not accepted at all (fresh tester 61 U5)
    assert "install" not in text.lower()
    await asyncio.sleep(0.05)
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]
    refusals = [r.getMessage() for r in caplog.records if "refused a request" in r.getMessage()]
    assert len(refusals) == 1 and len(refusals[0]) < 200 and "not-" not in refusals[0]


def _gzip(data: bytes) -> bytes:
    import gzip

    return gzip.compress(data)


@pytest.mark.parametrize(
    ("encoding", "body", "status"),
    [
        ("gzip", _gzip(b'{"type": "event_callback"}')[:-12], 400),  # cut short: was "401 bad signature"
        ("gzip, gzip", _gzip(b'{"type": "event_callback"}'), 400),  # one gzip, two declared: was 401
        ("gzip", _gzip(b'{"type": "event_callback"}') + b"tail", 400),
        ("br", b"\x0b\x02\x80{}\x03", 415),  # was 400 "... Please install `Brotli`"
        ("zstd", b"whatever", 415),
    ],
)
async def test_a_body_not_in_its_content_encoding_is_a_400_and_one_it_does_not_take_a_415_never_a_bad_signature(
    slack: Slack, caplog: pytest.LogCaptureFixture, encoding: str, body: bytes, status: int
) -> None:
    signed = signed_headers(body.decode("latin-1"))
    headers = {"Content-Type": "application/json", "Content-Encoding": encoding, **signed}
    async with slack.session.post(f"{slack.url}/slack/events", data=body, headers=headers) as resp:
        text = await resp.text()
    assert resp.status == status and "signature" not in text and "install" not in text.lower(), text
    await asyncio.sleep(0.05)
    refusals = [r.getMessage() for r in caplog.records if "refused a request" in r.getMessage()]
    assert len(refusals) == 1 and "install" not in refusals[0].lower(), refusals


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "identity"])
async def test_an_honest_encoded_body_is_decoded_checked_and_answered(slack: Slack, encoding: str) -> None:
    import zlib

    body = json.dumps({"type": "url_verification", "challenge": "c-123", "token": "legacy"}).encode()
    sent = {"gzip": _gzip, "deflate": zlib.compress, "identity": lambda b: b}[encoding](body)
    headers = {"Content-Type": "application/json", "Content-Encoding": encoding, **signed_headers(body.decode())}
    async with slack.session.post(f"{slack.url}/slack/events", data=sent, headers=headers) as resp:
        assert resp.status == 200 and "c-123" in await resp.text()
