"""Group DMs are direct messages: no digest there (digests go to channels, and without `mpim:history` the digest's
exactly-once check could not read one), as for a 1:1 DM."""

from __future__ import annotations

from pathlib import Path

import pytest

from adapters.slack import render
from bot import messages
from bot.core import Core
from bot.store import open_store
from bot.subscriptions import Subscriptions
from tests.slack.conftest import Slack


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


async def test_a_probe_failing_with_any_slack_client_error_keeps_the_events_kind() -> None:
    """reviewer 18 F5: a SlackRequestError (not a SlackApiError) from the probe escaped the listener."""
    from slack_sdk.errors import SlackRequestError

    from adapters.slack.app import SlackAdapter

    class Failing:
        async def conversations_history(self, **_: object) -> None:
            raise SlackRequestError("bad request")

    assert await SlackAdapter._probed_kind(Failing(), "C1", "channel") == "channel"  # type: ignore[arg-type]
