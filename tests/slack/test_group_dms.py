"""Group DMs are direct messages: no digest there (digests go to channels, and without `mpim:history` the digest's
exactly-once check could not read one), as for a 1:1 DM."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from adapters.slack import render
from bot import messages
from bot.core import Core
from bot.store import open_store
from bot.subscriptions import Subscriptions
from tests.fakes.slack_api import FakeSlackAPI
from tests.slack.conftest import Slack, start


@pytest.fixture
def subs(core: Core, tmp_path: Path) -> Subscriptions:
    core.subscriptions = Subscriptions(open_store(f"sqlite:///{tmp_path / 'bot.db'}"))
    return core.subscriptions


@pytest.mark.parametrize("channel_name", ["mpdm-a--b-1", "directmessage"])
async def test_subscribe_in_a_group_dm_is_refused_like_a_dm_and_nothing_is_stored(
    slack: Slack, subs: Subscriptions, channel_name: str
) -> None:
    """Tester 51 §3.2: `channel_name=mpdm-a--b-1`, `channel_id=G7` accepted `subscribe 09:00 UTC`."""
    _, name = await slack.command("subscribe 09:00 UTC", channel="G7", channel_name=channel_name)
    assert (await slack.reply_to(name))["text"] == render.mrkdwn(messages.SUBSCRIBE_IN_DM)
    _, name = await slack.command("unsubscribe", channel="G7", channel_name=channel_name)
    assert (await slack.reply_to(name))["text"] == render.mrkdwn(messages.UNSUBSCRIBE_DM)
    assert subs.list() == []


async def test_a_private_channel_still_takes_a_subscription(slack: Slack, subs: Subscriptions) -> None:
    _, name = await slack.command("subscribe 09:00 UTC", channel="GPRIV", channel_name="privategroup")
    assert "Subscribed" in (await slack.reply_to(name))["text"]
    assert [s.channel for s in subs.list()] == ["GPRIV"]


async def test_a_mention_in_a_group_dm_cannot_subscribe_either(slack: Slack, subs: Subscriptions) -> None:
    event = {
        "type": "app_mention",
        "channel": "G8",
        "channel_type": "mpim",
        "user": "U1",
        "text": f"<@{slack.api.bot_user_id}> subscribe 09:00 UTC",
        "ts": "5.5",
    }
    await slack.event(event)
    [call] = await slack.api.wait_for("chat.postMessage")
    assert render.mrkdwn(messages.SUBSCRIBE_IN_DM) in str(call.args["blocks"])
    assert subs.list() == []


@pytest.mark.parametrize("channel_name", ["directmessage", "mpdm-a--b-1"])
async def test_status_in_a_dm_says_no_digest_can_be_set_up_there(
    slack: Slack, subs: Subscriptions, channel_name: str
) -> None:
    """Tester 51 §2.3: `status` in a DM answered "Digests go to channels: run subscribe …", not what it asks."""
    _, name = await slack.command("status", channel="D9", channel_name=channel_name)
    text = (await slack.reply_to(name))["text"]
    assert text == render.mrkdwn(messages.STATUS_IN_DM)
    assert text.startswith("No digest can be set up in a direct message")


async def test_a_mention_without_channel_type_in_a_group_dm_cannot_subscribe(slack: Slack, subs: Subscriptions) -> None:
    """Fresh tester: Slack documents no channel_type on app_mention, and a group DM's id may start with C, so a
    mention there subscribed it. Its history is unreadable with the manifest's scopes (no mpim:history): a group DM."""
    slack.api.fail("missing_scope", method="conversations.history", channel="C9MPIM")
    event = {"type": "app_mention", "channel": "C9MPIM", "user": "U1", "ts": "5.6"}
    await slack.event({**event, "text": f"<@{slack.api.bot_user_id}> subscribe 09:00 UTC"})
    [call] = await slack.api.wait_for("chat.postMessage")
    assert render.mrkdwn(messages.SUBSCRIBE_IN_DM) in str(call.args["blocks"])
    assert subs.list() == []


async def test_a_mention_without_channel_type_in_a_channel_still_subscribes(slack: Slack, subs: Subscriptions) -> None:
    event = {"type": "app_mention", "channel": "C9PUB", "user": "U1", "ts": "5.7"}
    await slack.event({**event, "text": f"<@{slack.api.bot_user_id}> subscribe 09:00 UTC"})
    [call] = await slack.api.wait_for("chat.postMessage")
    assert "Subscribed" in str(call.args["blocks"])
    assert [s.channel for s in subs.list()] == ["C9PUB"]
    assert [c.args["channel"] for c in slack.api.calls_to("conversations.history")] == ["C9PUB"]


async def test_a_mention_in_a_channel_of_an_install_without_channels_history_still_subscribes(
    slack: Slack, subs: Subscriptions
) -> None:
    """reviewer 18 F5: any missing_scope was read as a group DM, so an install that predates channels:history could
    not subscribe a real channel. Slack names the scope it wanted (`needed`): only a DM's history scope means a DM."""
    slack.api.fail("missing_scope", method="conversations.history", channel="C9OLD", needed="channels:history")
    event = {"type": "app_mention", "channel": "C9OLD", "user": "U1", "ts": "5.8"}
    await slack.event({**event, "text": f"<@{slack.api.bot_user_id}> subscribe 09:00 UTC"})
    [call] = await slack.api.wait_for("chat.postMessage")
    assert "Subscribed" in str(call.args["blocks"])
    assert [s.channel for s in subs.list()] == ["C9OLD"]


async def test_a_group_dm_slack_names_mpim_history_for_cannot_subscribe(slack: Slack, subs: Subscriptions) -> None:
    slack.api.fail("missing_scope", method="conversations.history", channel="C9GDM", needed="mpim:history")
    event = {"type": "app_mention", "channel": "C9GDM", "user": "U1", "ts": "5.9"}
    await slack.event({**event, "text": f"<@{slack.api.bot_user_id}> subscribe 09:00 UTC"})
    [call] = await slack.api.wait_for("chat.postMessage")
    assert render.mrkdwn(messages.SUBSCRIBE_IN_DM) in str(call.args["blocks"])
    assert subs.list() == []


async def test_a_probe_failing_with_any_slack_client_error_says_it_could_not_tell_and_does_not_raise() -> None:
    """reviewer 18 F5: a SlackRequestError (not a SlackApiError) from the probe escaped the listener."""
    from slack_sdk.errors import SlackRequestError

    from adapters.slack.app import SlackAdapter

    class Failing:
        async def conversations_history(self, **_: object) -> None:
            raise SlackRequestError("bad request")

    assert await SlackAdapter._probed_kind(Failing(), "C1", "channel") is None  # type: ignore[arg-type]


@pytest.fixture
async def impatient(core: Core, slack_api: FakeSlackAPI) -> AsyncIterator[Slack]:
    """The app with a 2 s retry budget, so a Slack that keeps failing is given up on quickly."""
    runner, url = await start(core, slack_api, client_retry_budget=2)
    async with aiohttp.ClientSession() as session:
        yield Slack(slack_api, url, session)
    await runner.cleanup()


@pytest.mark.parametrize("fault", ["throttled", "internal_error"])
async def test_a_mention_subscribe_is_not_stored_when_slack_cannot_say_what_the_conversation_is(
    impatient: Slack, subs: Subscriptions, fault: str
) -> None:
    """Fresh tester 61 P1: with conversations.history answering 429 (or internal_error) past the retry budget, the
    probe kept the "channel" kind and a group DM's mention subscribed. Slack could not say: nothing is stored."""
    slack = impatient
    if fault == "throttled":
        slack.api.throttle(method="conversations.history", times=100, retry_after=1)
    else:
        slack.api.fail("internal_error", method="conversations.history")
    event = {"type": "app_mention", "channel": "CGRPB", "user": "U1", "ts": "5.10"}
    await slack.event({**event, "text": f"<@{slack.api.bot_user_id}> subscribe 09:00 UTC"})
    [call] = await slack.api.wait_for("chat.postMessage", timeout=20)
    assert render.mrkdwn(messages.CONVERSATION_UNCHECKED) in str(call.args["blocks"])
    assert subs.list() == []


async def test_a_long_retry_after_on_the_probe_is_given_up_on_at_once(slack: Slack, subs: Subscriptions) -> None:
    """Fresh tester 61 O4: a 60 s Retry-After was waited out, past the 30 s retry ceiling, and the reply came 61 s
    late. A wait that would end past the budget is not taken: the person hears at once that Slack could not say."""
    slack.api.throttle(method="conversations.history", times=1, retry_after=60)
    event = {"type": "app_mention", "channel": "CGRPD", "user": "U1", "ts": "5.11"}
    started = time.monotonic()
    await slack.event({**event, "text": f"<@{slack.api.bot_user_id}> subscribe 09:00 UTC"})
    [call] = await slack.api.wait_for("chat.postMessage", timeout=20)
    assert time.monotonic() - started < 10
    assert render.mrkdwn(messages.CONVERSATION_UNCHECKED) in str(call.args["blocks"])
    assert subs.list() == []
