"""Share in channel posts an answer once: a double-click (two presses, each with its own trigger id) or two
replicas sharing a database post it to the channel once, and the presser's ephemeral answer loses its button."""

from __future__ import annotations

import asyncio
import json
import logging
from pathlib import Path

import aiohttp
import pytest

from adapters.slack import render
from bot import messages
from bot.core import Core
from bot.once import OnceLedger
from bot.store import Store, open_store
from bot.subscriptions import Subscriptions
from tests.fakes.slack_api import FakeSlackAPI
from tests.slack.conftest import Slack, start

VALUE = json.dumps({"q": "what is FALCON?", "f": "falcon", "s": ["truthout-2019", "vice-2019"]})


async def _replies(slack: Slack, *names: str) -> dict[str, list[dict]]:
    await slack.api.wait_for_responses(len(names))
    await asyncio.sleep(0.2)  # anything further (a second post per press) would have arrived by now
    return {name: [p.json for p in slack.api.responses_to(name)] for name in names}


async def test_a_double_clicked_share_posts_the_answer_to_the_channel_once(
    slack: Slack, caplog: pytest.LogCaptureFixture
) -> None:
    """Tester 51 §1.1: two block_actions racing, each with its own trigger id, gave two channel posts."""
    caplog.set_level(logging.INFO)
    first, second = await asyncio.gather(
        slack.action(render.SHARE, VALUE, channel="CDBL"), slack.action(render.SHARE, VALUE, channel="CDBL")
    )
    replies = await _replies(slack, first, second)
    assert len(slack.api.posted("CDBL")) == 1 and len(slack.api.calls_to("chat.postMessage")) == 1
    texts = sorted(r["text"] for posts in replies.values() for r in posts)
    assert texts == sorted([render.mrkdwn(messages.SLACK_ALREADY_SHARED), render.render_shared("CDBL")["text"]])
    lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("slack request")]
    assert sorted(line.split("outcome=")[1].split()[0] for line in lines) == ["already_shared", "answered"]


async def test_after_a_share_the_ephemeral_answer_is_replaced_by_a_line_without_the_button(slack: Slack) -> None:
    """The standard Slack pattern: the presser's ephemeral answer is replaced through its response_url."""
    _, asked = await slack.command("what is FALCON?", channel="C1")
    value = (await slack.reply_to(asked))["blocks"][-1]["elements"][0]["value"]
    pressed = await slack.action(render.SHARE, value, channel="C1")
    reply = await slack.reply_to(pressed)
    assert reply["replace_original"] is True
    assert reply["text"].startswith("Shared in <#C1>")
    assert not [b for b in reply["blocks"] if b["type"] == "actions"]
    assert len(slack.api.posted("C1")) == 1


async def test_a_share_pressed_again_after_the_window_or_in_another_channel_is_posted(slack: Slack) -> None:
    """The guard is "this answer, this channel, a few minutes": another channel is another share."""
    await slack.reply_to(await slack.action(render.SHARE, VALUE, channel="CA"))
    await slack.reply_to(await slack.action(render.SHARE, VALUE, channel="CB"))
    assert len(slack.api.posted("CA")) == 1 and len(slack.api.posted("CB")) == 1


async def test_a_share_that_failed_for_sure_can_be_pressed_again(slack: Slack) -> None:
    """A refused post (the bot not in the channel) releases the claim: after /invite, pressing again shares."""
    slack.api.fail("not_in_channel", method="chat.postMessage", channel="CNEW", times=1)
    refused = await slack.reply_to(await slack.action(render.SHARE, VALUE, channel="CNEW"))
    assert refused["text"] == render.mrkdwn(messages.SLACK_CANNOT_POST)
    shared = await slack.reply_to(await slack.action(render.SHARE, VALUE, channel="CNEW"))
    assert shared["text"].startswith("Shared in <#CNEW>")
    assert len(slack.api.posted("CNEW")) == 1


async def test_two_replicas_sharing_a_database_post_a_double_clicked_share_once(
    core: Core, slack_api: FakeSlackAPI, store: Store
) -> None:
    """Each press reaches another process (memory alone cannot tell): the database's ledger decides."""
    runners = [await start(core, slack_api, ledger=OnceLedger(store)) for _ in range(2)]
    try:
        async with aiohttp.ClientSession() as session:
            one, two = (Slack(slack_api, url, session) for _, url in runners)
            two._n = 100  # distinct trigger ids and response_url names
            first, second = await asyncio.gather(
                one.action(render.SHARE, VALUE, channel="CREP"), two.action(render.SHARE, VALUE, channel="CREP")
            )
            await _replies(one, first, second)
    finally:
        for runner, _ in runners:
            await runner.cleanup()
    assert len(slack_api.posted("CREP")) == 1


@pytest.fixture
def short_hold(monkeypatch: pytest.MonkeyPatch) -> float:
    """An unconfirmed share held half a second instead of a minute (asked for before `slack`, which reads it)."""
    monkeypatch.setattr("adapters.slack.app.SHARE_UNCONFIRMED_HOLD_SECONDS", 0.5)
    return 0.5


async def test_a_share_slack_did_not_confirm_tells_the_presser_to_look_and_may_be_pressed_again_after_a_minute(
    short_hold: float, slack: Slack, caplog: pytest.LogCaptureFixture
) -> None:
    """Fresh tester: an unconfirmed share (a 500 after which the channel could not be read) left the presser with
    nothing. They get one ephemeral line. Reviewer 18 F4: the claim is kept for a minute, so a second press meanwhile
    (a retry, another member) is told to look instead of posting it again; after the minute a press shares it."""
    caplog.set_level(logging.INFO)
    slack.api.fail("internal_error", method="chat.postMessage", channel="CUNS", times=1, status=500)
    slack.api.fail("missing_scope", method="conversations.history", channel="CUNS", times=1)
    told = await slack.reply_to(await slack.action(render.SHARE, VALUE, channel="CUNS"), timeout=10)
    assert told["text"] == render.mrkdwn(messages.SLACK_SHARE_UNCONFIRMED)
    assert told["response_type"] == "ephemeral" and not told["replace_original"]
    for _ in range(100):  # the request line follows the reply
        lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("slack request")]
        if lines:
            break
        await asyncio.sleep(0.02)
    assert "outcome=unconfirmed answered=False" in lines[-1]
    again = await slack.reply_to(await slack.action(render.SHARE, VALUE, channel="CUNS"))
    assert again["text"] == render.mrkdwn(messages.SLACK_SHARE_UNCONFIRMED_WAIT)
    assert len(slack.api.calls_to("chat.postMessage")) == 1  # only the unconfirmed one
    await asyncio.sleep(short_hold + 0.1)
    shared = await slack.reply_to(await slack.action(render.SHARE, VALUE, channel="CUNS"))
    assert shared["text"].startswith("Shared in <#CUNS>")


async def test_an_unconfirmed_share_is_held_across_replicas_sharing_a_database(
    short_hold: float, core: Core, slack_api: FakeSlackAPI, store: Store
) -> None:
    """Reviewer 18 F4, with replicas: the hold is in the ledger too, so a press reaching the other process meanwhile
    posts nothing; after the hold it shares."""
    slack_api.fail("internal_error", method="chat.postMessage", channel="CUR", times=1, status=500)
    slack_api.fail("missing_scope", method="conversations.history", channel="CUR", times=1)
    runners = [await start(core, slack_api, ledger=OnceLedger(store)) for _ in range(2)]
    try:
        async with aiohttp.ClientSession() as session:
            one, two = (Slack(slack_api, url, session) for _, url in runners)
            two._n = 100
            told = await one.reply_to(await one.action(render.SHARE, VALUE, channel="CUR"), timeout=10)
            assert told["text"] == render.mrkdwn(messages.SLACK_SHARE_UNCONFIRMED)
            again = await two.reply_to(await two.action(render.SHARE, VALUE, channel="CUR"))
            assert again["text"] == render.mrkdwn(messages.SLACK_ALREADY_SHARED)  # that process cannot know more
            assert len(slack_api.calls_to("chat.postMessage")) == 1
            await asyncio.sleep(short_hold + 0.1)
            shared = await two.reply_to(await two.action(render.SHARE, VALUE, channel="CUR"))
            assert shared["text"].startswith("Shared in <#CUR>")
    finally:
        for runner, _ in runners:
            await runner.cleanup()


@pytest.mark.parametrize(
    ("channel", "name", "said"),
    [("D42", "directmessage", messages.SLACK_SHARED_IN_DM), ("C43", "mpdm-a--b-1", messages.SLACK_SHARED_IN_GROUP_DM)],
)
async def test_a_share_in_a_dm_says_so_in_words_not_as_a_channel_link(
    slack: Slack, channel: str, name: str, said: str
) -> None:
    """Fresh tester: a Share pressed in a DM said "Shared in <#D…>", a DM id drawn as a channel mention."""
    reply = await slack.reply_to(await slack.action(render.SHARE, VALUE, channel=channel, channel_name=name))
    assert reply["text"] == render.mrkdwn(said) and "<#" not in reply["text"]
    assert len(slack.api.posted(channel)) == 1


async def test_request_lines_say_what_happened_a_subscribe_done_a_refused_share_refused(
    slack: Slack, core: Core, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    """Fresh tester: a subscribe logged outcome=info answered=False, a share Slack refused outcome=lost (the presser
    was told why: nothing was lost)."""
    core.subscriptions = Subscriptions(open_store(f"sqlite:///{tmp_path / 'bot.db'}"))
    caplog.set_level(logging.INFO)
    await slack.reply_to((await slack.command("subscribe 09:00 UTC", channel="CSUB"))[1])
    slack.api.fail("not_in_channel", method="chat.postMessage", channel="COUT", times=1)
    await slack.reply_to(await slack.action(render.SHARE, VALUE, channel="COUT"))
    await slack.reply_to((await slack.command("sources", channel="CSUB"))[1])
    for _ in range(100):  # each request line follows its reply
        lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("slack request")]
        if len(lines) >= 3:
            break
        await asyncio.sleep(0.02)
    outcomes = [line.split("outcome=")[1] for line in lines]
    assert outcomes == ["done answered=True", "share_refused answered=False", "answered answered=True"], lines


async def test_a_share_rate_limited_past_the_retry_budget_says_so_and_can_be_pressed_again(
    core: Core, slack_api: FakeSlackAPI, caplog: pytest.LogCaptureFixture
) -> None:
    """Fresh tester 65 U1: a 429 whose Retry-After outlasts the budget got "something went wrong on my side … the
    team has been told" and outcome=error. A rate limit is Slack's: one line saying so, its own outcome."""
    caplog.set_level(logging.INFO)
    slack_api.throttle(method="chat.postMessage", times=1, retry_after=60)
    runner, url = await start(core, slack_api, retry_budget=0.3, client_retry_budget=0.3)
    try:
        async with aiohttp.ClientSession() as session:
            slack = Slack(slack_api, url, session)
            reply = await slack.reply_to(await slack.action(render.SHARE, VALUE, channel="C429"))
            assert reply["text"] == render.mrkdwn(messages.SLACK_SHARE_RATE_LIMITED)
            assert slack_api.posted("C429") == []
            await asyncio.sleep(0.2)  # the request line is written after the reply
            lines = [r.getMessage() for r in caplog.records if "command=share " in r.getMessage()]
            assert len(lines) == 1 and "outcome=share_rate_limited" in lines[0]
            shared = await slack.reply_to(await slack.action(render.SHARE, VALUE, channel="C429"))  # claim released
            assert shared["text"].startswith("Shared in <#C429>") and len(slack_api.posted("C429")) == 1
    finally:
        await runner.cleanup()


async def test_a_share_slack_kept_failing_on_says_the_conversation_was_checked_not_that_it_could_not_be(
    core: Core, slack_api: FakeSlackAPI
) -> None:
    """Fresh tester 72 U1: chat.postMessage answered HTTP 500 every time while conversations.history worked (six
    checks found nothing), and the presser was told "I couldn't check this conversation"."""
    slack_api.fail("internal_error", method="chat.postMessage", channel="CKF", status=500)
    runner, url = await start(core, slack_api, retry_budget=2.0)
    try:
        async with aiohttp.ClientSession() as session:
            slack = Slack(slack_api, url, session)
            told = await slack.reply_to(await slack.action(render.SHARE, VALUE, channel="CKF"), timeout=15)
    finally:
        await runner.cleanup()
    assert slack_api.calls_to("conversations.history")  # it did check
    assert told["text"] == render.mrkdwn(messages.SLACK_SHARE_FAILING.format(reason="HTTP 500"))
    assert "couldn't check" not in told["text"]
    assert slack_api.posted("CKF") == []
