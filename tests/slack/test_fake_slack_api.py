"""The fake Slack Web API behaves like the real one as far as slack_sdk can tell."""

from __future__ import annotations

import pytest
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import AsyncRateLimitErrorRetryHandler
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from tests.fakes.slack_api import FakeSlackAPI, slack_api

__all__ = ["slack_api"]


async def test_post_message_is_recorded_and_shows_in_history(slack_api: FakeSlackAPI) -> None:
    client = AsyncWebClient(token="xoxb-test", base_url=slack_api.base_url)
    sent = await client.chat_postMessage(channel="C1", text="hello", blocks=[{"type": "divider"}])
    assert sent["ok"] and sent["channel"] == "C1" and sent["ts"]
    call = slack_api.posted("C1")[0]
    assert call.token == "xoxb-test" and call.args["text"] == "hello"
    history = await client.conversations_history(channel="C1")
    assert history["messages"][0]["ts"] == sent["ts"]


async def test_auth_test_names_the_team_and_bot(slack_api: FakeSlackAPI) -> None:
    client = AsyncWebClient(token="xoxb-test", base_url=slack_api.base_url)
    me = await client.auth_test()
    assert me["team_id"] == slack_api.team_id and me["user_id"] == slack_api.bot_user_id


async def test_failures_apply_per_channel_and_method(slack_api: FakeSlackAPI) -> None:
    client = AsyncWebClient(token="xoxb-test", base_url=slack_api.base_url)
    slack_api.fail("channel_not_found", method="chat.postMessage", channel="CGONE")
    with pytest.raises(SlackApiError) as err:
        await client.chat_postMessage(channel="CGONE", text="x")
    assert err.value.response["error"] == "channel_not_found"
    assert (await client.chat_postMessage(channel="C2", text="x"))["ok"]
    assert [c.args["channel"] for c in slack_api.posted()] == ["C2"]


async def test_a_throttled_call_gets_429_and_retry_after(slack_api: FakeSlackAPI) -> None:
    client = AsyncWebClient(token="xoxb-test", base_url=slack_api.base_url)
    slack_api.throttle(method="chat.postMessage", times=1, retry_after=7)
    with pytest.raises(SlackApiError) as err:
        await client.chat_postMessage(channel="C1", text="x")
    assert err.value.response.status_code == 429
    assert err.value.response.headers["Retry-After"] == "7"


async def test_a_retry_handler_gets_through_after_a_429(slack_api: FakeSlackAPI) -> None:
    client = AsyncWebClient(token="xoxb-test", base_url=slack_api.base_url)
    client.retry_handlers.append(AsyncRateLimitErrorRetryHandler(max_retry_count=1))
    slack_api.throttle(method="chat.postMessage", times=1, retry_after=0)
    assert (await client.chat_postMessage(channel="C1", text="x"))["ok"]
    assert [c.status for c in slack_api.calls_to("chat.postMessage")] == [429, 200]


async def test_response_url_posts_are_recorded_by_name(slack_api: FakeSlackAPI) -> None:
    hook = AsyncWebhookClient(slack_api.response_url("cmd-1"))
    resp = await hook.send(text="hi", response_type="ephemeral")
    assert resp.status_code == 200
    assert slack_api.responses_to("cmd-1")[0].json["text"] == "hi"


async def test_oauth_access_returns_a_bot_installation(slack_api: FakeSlackAPI) -> None:
    client = AsyncWebClient(base_url=slack_api.base_url)
    resp = await client.oauth_v2_access(client_id="cid", client_secret="secret", code="abc")
    assert resp["access_token"].startswith("xoxb-") and resp["team"]["id"] == slack_api.team_id
