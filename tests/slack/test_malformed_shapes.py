"""Correctly signed requests whose fields have the wrong shape: 400 and one short line, never a 500 or a
traceback (Slack retries a 500 on an event); and requests no listener handles: one line, no bolt advice."""

from __future__ import annotations

import json
import logging
import urllib.parse
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from adapters.slack.guard import signature_guard
from tests.slack.conftest import SECRET, Slack, signed_headers


def _event(**over: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "type": "event_callback",
        "team_id": "T0TEST",
        "api_app_id": "A0TEST",
        "event_id": "EvSHAPE",
        "event": {"type": "app_mention", "channel": "C1", "user": "U1", "text": "<@UBOT> sources", "ts": "1.1"},
    }
    body.update(over)
    return body


def _action(**over: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "type": "block_actions",
        "team": {"id": "T0TEST"},
        "user": {"id": "U1"},
        "channel": {"id": "C1"},
        "trigger_id": "1.2.3",
        "response_url": "http://127.0.0.1:9/respond/x",
        "actions": [{"action_id": "show_sources", "block_id": "b1", "type": "button", "value": "{}"}],
    }
    payload.update(over)
    return payload


EVENTS = {
    "event-null": _event(event=None),
    "event-string": _event(event="app_mention"),
    "event-list": _event(event=[1]),
    "event-type-missing": _event(event={"channel": "C1", "user": "U1", "text": "hi"}),
    "event-type-number": _event(event={"type": 7, "channel": "C1"}),
    "team-id-object": _event(team_id={"id": "T0TEST"}),
    "authorizations-null-entry": _event(authorizations=[None]),
    "authorizations-string": _event(authorizations="T0TEST"),
    "enterprise-number": _event(enterprise_id=5, is_ext_shared_channel=True, event=None),
    "shared-event-null": _event(is_ext_shared_channel=True, event=None),
    "type-missing-event-null": {"team_id": "T0TEST", "event": None},
    "dm-user-object": _event(
        event={"type": "message", "channel_type": "im", "channel": "D1", "user": {"a": 1}, "text": "hi", "ts": "1.2"}
    ),
    "mention-text-list": _event(event={"type": "app_mention", "channel": "C1", "user": "U1", "text": ["hi"]}),
    "mention-ts-number": _event(event={"type": "app_mention", "channel": "C1", "user": "U1", "text": "hi", "ts": 1.5}),
}
PAYLOADS = {
    "actions-empty": _action(actions=[]),
    "actions-null": _action(actions=None),
    "actions-string": _action(actions="show_sources"),
    "action-not-object": _action(actions=["show_sources"]),
    "action-id-number": _action(actions=[{"action_id": 5, "value": "{}"}]),
    "team-number": _action(team=5),
    "team-list": _action(team=[1]),
    "user-number": _action(user=5),
    "user-list": _action(user=["U1"]),
    "channel-number": _action(channel=5),
    "enterprise-number": _action(enterprise=5),
    "view-number": _action(view=5),
    "container-number": _action(container=5),
    "message-number": _action(message=5),
    "type-number": _action(type=5),
}


async def _post_json(slack: Slack, body: dict[str, Any]) -> tuple[int, str]:
    status, _, text = await slack.post(json.dumps(body), "application/json")
    return status, text


async def _post_payload(slack: Slack, payload: dict[str, Any]) -> tuple[int, str]:
    body = urllib.parse.urlencode({"payload": json.dumps(payload)})
    status, _, text = await slack.post(body, "application/x-www-form-urlencoded")
    return status, text


@pytest.mark.parametrize("name", list(EVENTS))
async def test_a_signed_event_of_the_wrong_shape_gets_400_and_one_line(
    slack: Slack, caplog: pytest.LogCaptureFixture, name: str
) -> None:
    status, _ = await _post_json(slack, EVENTS[name])
    assert status == 400
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]
    assert len([r for r in caplog.records if "refused a request" in r.getMessage()]) == 1


@pytest.mark.parametrize("name", list(PAYLOADS))
async def test_a_signed_interaction_of_the_wrong_shape_gets_400_and_one_line(
    slack: Slack, caplog: pytest.LogCaptureFixture, name: str
) -> None:
    status, _ = await _post_payload(slack, PAYLOADS[name])
    assert status == 400
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]
    assert len([r for r in caplog.records if "refused a request" in r.getMessage()]) == 1


async def test_an_interaction_without_team_or_user_is_still_answered_without_a_traceback(
    slack: Slack, caplog: pytest.LogCaptureFixture
) -> None:
    payload = _action(response_url=slack.api.response_url("bare"))
    del payload["team"], payload["user"]
    status, _ = await _post_payload(slack, payload)
    assert status == 200
    assert (await slack.reply_to("bare"))["blocks"]
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]


async def test_a_signed_body_bolt_still_fails_on_gets_400_and_one_line_naming_where(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The guard's last resort: an exception out of the handler behind it is one line and a 400, not a 500."""

    async def broken(_: web.Request) -> web.Response:
        return web.Response(text=str({}["missing"]))

    app = web.Application(middlewares=[signature_guard(SECRET, "/slack/events")])
    app.router.add_post("/slack/events", broken)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        body = '{"type": "event_callback", "event": {"type": "app_mention"}}'
        headers = {"Content-Type": "application/json", **signed_headers(body)}
        url = f"http://127.0.0.1:{port}/slack/events"
        async with aiohttp.ClientSession() as session, session.post(url, data=body, headers=headers) as resp:
            assert resp.status == 400
    finally:
        await runner.cleanup()
    [line] = [r.getMessage() for r in caplog.records if "refused a request" in r.getMessage()]
    assert "KeyError at test_malformed_shapes.py" in line
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]


UNHANDLED_EVENTS = {
    "unsubscribed-event": {"type": "reaction_added", "user": "U1", "reaction": "x", "item": {"type": "message"}},
    "event-without-channel-type": {"type": "app_home_opened", "user": "U1"},
}


@pytest.mark.parametrize("name", list(UNHANDLED_EVENTS))
async def test_an_event_no_listener_handles_is_one_line_and_not_retried(
    slack: Slack, caplog: pytest.LogCaptureFixture, name: str
) -> None:
    caplog.set_level(logging.INFO)
    status, headers = await slack.event(UNHANDLED_EVENTS[name], event_id="EvNOBODY")
    assert status == 200 and headers.get("x-slack-no-retry") == "1"
    lines = [r.getMessage() for r in caplog.records if r.name.startswith(("slack_bolt", "adapters", "aiohttp"))]
    kind = UNHANDLED_EVENTS[name]["type"]
    assert lines == [f"slack: no listener for a event_callback request EvNOBODY ('{kind}'): ignored"]


async def test_an_unknown_button_or_command_is_one_line_without_bolt_advice(
    slack: Slack, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    unknown = [{"action_id": "open_fact", "block_id": "b1", "value": "x"}]
    status, _ = await _post_payload(slack, _action(actions=unknown))
    assert status == 404
    form = {"team_id": "T0TEST", "channel_id": "C1", "user_id": "U1", "command": "/other", "text": "hi"}
    form |= {"trigger_id": "TRIG-OTHER", "response_url": slack.api.response_url("other")}
    status, _, _ = await slack.post(urllib.parse.urlencode(form), "application/x-www-form-urlencoded")
    assert status == 404
    lines = [r.getMessage() for r in caplog.records if r.name.startswith(("slack_bolt", "adapters", "aiohttp"))]
    assert lines == [
        "slack: no listener for a block_actions request 1.2.3 ('open_fact'): ignored",
        "slack: no listener for a /other request TRIG-OTHER ('/other'): ignored",
    ]
    assert slack.api.responses == []


@pytest.mark.parametrize(
    ("body", "content_type", "reason"),
    [
        ("", "application/x-www-form-urlencoded", "a form with no command, payload or ssl_check"),
        ("token=x&team_id=T0TEST", "application/x-www-form-urlencoded", "a form with no command, payload or ssl_check"),
        ("{}", "application/json", "no type"),
    ],
    ids=["empty-form", "form-without-command", "json-without-type"],
)
async def test_a_signed_but_empty_request_gets_400_and_one_readable_line(
    slack: Slack, caplog: pytest.LogCaptureFixture, body: str, content_type: str, reason: str
) -> None:
    """Tester 51 §2.3: an empty signed form got 404 and "no listener for a ? request - ('-')"."""
    caplog.set_level(logging.INFO)
    status, _, _ = await slack.post(body, content_type)
    assert status == 400
    lines = [r.getMessage() for r in caplog.records if r.name.startswith(("slack_bolt", "adapters", "aiohttp"))]
    assert len(lines) == 1 and lines[0].endswith(f": 400 malformed body ({reason}) ({len(body)} bytes)"), lines


async def test_slacks_ssl_check_still_gets_200(slack: Slack) -> None:
    status, _, _ = await slack.post("ssl_check=1&token=legacy", "application/x-www-form-urlencoded")
    assert status == 200
