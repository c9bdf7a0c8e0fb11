"""Digests to Slack through the real slack_sdk client and the fake Web API on 127.0.0.1: 429s, permanent errors,
recovery from the channel's history, and a fan-out that never sends twice."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest

from adapters.slack.publisher import MARKER, SlackPublisher
from bot.brief import Brief
from bot.digest import DeliveryError, Digests, DigestSettings, RunReport
from bot.models import OnThisDate
from bot.schedule import DigestScheduler
from bot.store import Delivery, Store, Subscription
from bot.subscriptions import Subscriptions
from tests.digest.conftest import always_something, at
from tests.fakes.slack_api import FakeSlackAPI

NOW = at("2026-09-13T16:00")  # 09:00 in Los Angeles


@pytest.fixture
async def slack(slack_api: FakeSlackAPI) -> AsyncIterator[SlackPublisher]:
    publisher = SlackPublisher(token="xoxb-test", base_url=slack_api.base_url)
    yield publisher
    await publisher.aclose()


@pytest.fixture
def make(store: Store, brief: Brief, slack: SlackPublisher) -> Callable[..., Digests]:
    def build(**kwargs: object) -> Digests:
        return Digests(store, always_something(brief), {"slack": slack}, **kwargs)  # type: ignore[arg-type]

    return build


def subscribe(subs: Subscriptions, *channels: str) -> None:
    for channel in channels:
        subs.add(
            platform="slack",
            workspace="T0TEST",
            channel=channel,
            time="09:00",
            timezone="America/Los_Angeles",
            empty=None,
            now=at("2026-09-13T00:00"),
        )


async def test_a_digest_is_posted_as_block_kit_with_a_header_and_marked_with_its_delivery_key(
    subs: Subscriptions,
    make: Callable[..., Digests],
    slack_api: FakeSlackAPI,
):
    subscribe(subs, "C1")
    report = await make().run_due(NOW)
    assert report.sent == 1
    [call] = slack_api.posted("C1")
    blocks = call.args["blocks"]
    assert "On this date: 13 September" in str(blocks)
    assert MARKER + "1:2026-09-13" in str(blocks)
    assert call.args["text"]


async def test_429_with_retry_after_is_honoured_and_each_channel_gets_one_digest(
    subs: Subscriptions,
    make: Callable[..., Digests],
    slack_api: FakeSlackAPI,
):
    subscribe(subs, *(f"C{n}" for n in range(20)))
    slack_api.throttle(method="chat.postMessage", times=5, retry_after=0)
    report = await make(settings=DigestSettings(concurrency=4)).run_due(NOW)
    assert report.sent == 20
    assert sum(1 for c in slack_api.calls_to("chat.postMessage") if c.status == 429) == 5
    assert sorted(c.args["channel"] for c in slack_api.posted()) == sorted(f"C{n}" for n in range(20))


@pytest.mark.parametrize("error", ["channel_not_found", "not_in_channel", "is_archived"])
async def test_a_channel_slack_refuses_for_good_is_paused_with_the_reason_and_never_blocks_the_others(
    subs: Subscriptions,
    make: Callable[..., Digests],
    slack_api: FakeSlackAPI,
    error: str,
):
    subscribe(subs, "C1", "C2", "C3")
    slack_api.fail(error, method="chat.postMessage", channel="C2")
    report = await make().run_due(NOW)
    assert (report.sent, report.disabled) == (2, 1)
    assert sorted(c.args["channel"] for c in slack_api.posted()) == ["C1", "C3"]
    sub = subs.get(platform="slack", workspace="T0TEST", channel="C2")
    assert sub is not None and not sub.enabled and sub.last_error == error


async def test_the_run_summary_counts_a_refused_digest_once_and_the_platform_line_includes_it(
    subs: Subscriptions,
    make: Callable[..., Digests],
    slack_api: FakeSlackAPI,
):
    """fresh tester 45: 'failed 1, disabled 1' for one refusal, and the slack line left it out."""
    subscribe(subs, "C1", "C2", "C3")
    slack_api.fail("channel_not_found", method="chat.postMessage", channel="C2")
    report = await make().run_due(NOW)
    summary = str(report)
    assert summary.startswith("sent 2 (recovered 0), skipped 0, missed 0, failed 1 (1 channel paused")
    assert "disabled" not in summary and summary.endswith(", already sent today: 0")
    [line] = report.platform_lines(lambda platform: "unused")
    assert line.startswith("slack: sent 2, failed 1 (channel_not_found; 1 channel paused"), line


QUICK = DigestSettings(retry_backoff=0.01)  # transient retries in milliseconds, not the real 0.5 s, 1 s, 2 s...


@pytest.mark.parametrize("error", ["internal_error", "fatal_error", "service_unavailable", "request_timeout"])
async def test_a_transient_ok_false_error_is_retried_within_the_run_and_the_digest_goes_out_once(
    subs: Subscriptions,
    make: Callable[..., Digests],
    slack_api: FakeSlackAPI,
    error: str,
):
    """As the answer path does (adapters/slack/retry.py): an HTTP 200 `{"ok": false}` that Slack documents as
    transient is retried at once with backoff, not left for the next minute's run (nor, with `run-due` from cron,
    lost)."""
    subscribe(subs, "C1")
    slack_api.fail(error, method="chat.postMessage", times=2)
    report = await make(settings=QUICK).run_due(NOW)
    assert (report.sent, report.failed, report.disabled) == (1, 0, 0)
    assert len(slack_api.calls_to("chat.postMessage")) == 3
    assert len(slack_api.posted("C1")) == 1


async def test_a_digest_slack_posted_before_answering_internal_error_is_not_posted_again(
    subs: Subscriptions,
    make: Callable[..., Digests],
    slack_api: FakeSlackAPI,
    store: Store,
):
    """internal_error may come after the message went out: the retry looks in the channel first and records it."""
    subscribe(subs, "C1")
    slack_api.fail("internal_error", method="chat.postMessage", times=1, after_posting=True)
    report = await make(settings=QUICK).run_due(NOW)
    assert (report.sent, report.recovered, report.failed) == (1, 1, 0)
    assert len(slack_api.posted("C1")) == 1 and len(slack_api.calls_to("chat.postMessage")) == 1
    with store.session() as s:
        row = s.query(Delivery).one()
        assert (row.status, row.attempts) == ("sent", 1) and row.message_id


async def test_a_transient_error_outlasting_the_retry_budget_is_retried_next_minute_without_posting_twice(
    subs: Subscriptions,
    make: Callable[..., Digests],
    slack_api: FakeSlackAPI,
):
    """Past the budget the delivery is `failed`; the next run checks the channel before sending again, so a post
    that did go out before the error is recorded, not doubled."""
    subscribe(subs, "C1", "C2")
    slack_api.fail("internal_error", method="chat.postMessage", channel="C1", times=1, after_posting=True)
    slack_api.fail("fatal_error", method="chat.postMessage", channel="C2", times=1)
    digests = make(settings=DigestSettings(retry_budget=dt.timedelta(0)))
    first = await digests.run_due(NOW)
    assert (first.sent, first.failed, first.disabled) == (0, 2, 0)
    second = await digests.run_due(NOW + dt.timedelta(minutes=1))
    assert (second.sent, second.recovered) == (2, 1)
    assert len(slack_api.posted("C1")) == 1 and len(slack_api.posted("C2")) == 1


async def test_the_scheduler_rides_out_a_transient_slack_error_and_a_refused_channel_is_still_paused(
    subs: Subscriptions,
    make: Callable[..., Digests],
    slack_api: FakeSlackAPI,
):
    """Through the real DigestScheduler and SlackPublisher: one transient error costs a late digest, not a lost or
    doubled one; channel_not_found still pauses its channel at once (no retries)."""
    subscribe(subs, "C1", "C2")
    slack_api.fail("service_unavailable", method="chat.postMessage", channel="C1", times=1, after_posting=True)
    slack_api.fail("channel_not_found", method="chat.postMessage", channel="C2")
    scheduler = DigestScheduler(make(settings=QUICK, clock=lambda: NOW), clock=lambda: NOW)
    scheduler.start()
    try:
        for _ in range(250):
            if scheduler.reports:
                break
            await asyncio.sleep(0.02)
    finally:
        scheduler.shutdown()
    [report] = scheduler.reports
    assert (report.sent, report.failed, report.disabled) == (1, 1, 1)
    assert len(slack_api.posted("C1")) == 1 and slack_api.posted("C2") == []
    assert len(slack_api.calls_to("chat.postMessage")) == 2  # C1 once (found afterwards), C2 once (refused for good)
    paused = subs.get(platform="slack", workspace="T0TEST", channel="C2")
    assert paused is not None and not paused.enabled and paused.last_error == "channel_not_found"


async def test_after_a_crash_between_send_and_record_the_digest_is_found_in_history_and_not_posted_again(
    subs: Subscriptions,
    make: Callable[..., Digests],
    slack_api: FakeSlackAPI,
    store: Store,
):
    subscribe(subs, "C1")
    crashed = make(clock=lambda: NOW)
    [job] = crashed._plan(NOW).new
    assert crashed._claim([job]) == [job]  # claimed ...
    digest = crashed.compose(job.local_date, "nearest")
    assert digest is not None
    await crashed.publishers["slack"].publish(workspace="T0TEST", channel="C1", digest=digest, key=job.key)  # ... sent
    # ... and the process died before recording it. Ten minutes later another copy starts:
    report = await make(clock=lambda: NOW + dt.timedelta(minutes=10)).run_due(NOW + dt.timedelta(minutes=10))
    assert (report.sent, report.recovered) == (1, 1)
    assert len(slack_api.posted("C1")) == 1
    assert slack_api.calls_to("conversations.history")
    with store.session() as s:
        row = s.query(Delivery).one()
        assert row.status == "sent" and row.message_id == slack_api.posted("C1")[0].response["ts"]


async def test_publisher_turns_a_429_into_a_retry_after_and_channel_errors_into_permanent_ones(
    slack: SlackPublisher,
    slack_api: FakeSlackAPI,
    brief: Brief,
):
    digest = always_something(brief)(dt.date(2026, 9, 13))
    slack_api.throttle(method="chat.postMessage", times=1, retry_after=7)
    with pytest.raises(DeliveryError) as limited:
        await slack.publish(workspace=None, channel="C1", digest=digest, key="1:2026-09-13")
    assert limited.value.retry_after == 7 and not limited.value.permanent
    slack_api.fail("not_in_channel", method="chat.postMessage", times=1)
    with pytest.raises(DeliveryError) as refused:
        await slack.publish(workspace=None, channel="C1", digest=digest, key="1:2026-09-13")
    assert refused.value.permanent and refused.value.reason == "not_in_channel" and not refused.value.transient
    slack_api.fail("internal_error", method="chat.postMessage", times=1)
    with pytest.raises(DeliveryError) as transient:
        await slack.publish(workspace=None, channel="C1", digest=digest, key="1:2026-09-13")
    assert transient.value.transient and not transient.value.permanent
    assert await slack.find_published(workspace=None, channel="C1", key="1:2026-09-13", since=NOW) is None


def legacy_twin(subs: Subscriptions, store: Store, channel: str, *, time: str = "09:00") -> None:
    """What the database holds after an old CLI's `subscriptions add` without --workspace, then an old version's
    chat `subscribe` in that channel (which did not see the first row): slack:-:C8 and slack:T0TEST:C8."""
    subs.add(
        platform="slack",
        workspace=None,
        channel=channel,
        time=time,
        timezone="America/Los_Angeles",
        empty=None,
        now=at("2026-09-13T00:00"),
    )
    with store.session() as s:
        s.add(
            Subscription(
                platform="slack",
                workspace="T0TEST",
                channel=channel,
                local_time="09:00",
                timezone="America/Los_Angeles",
                empty_policy="nearest",
                created_at=at("2026-09-13T00:00"),
                schedule_from=at("2026-09-13T00:00"),
                updated_at=at("2026-09-13T00:00"),
                enabled=True,
            )
        )


async def test_a_channel_with_a_workspace_less_twin_row_gets_one_digest_from_the_workspace_row(
    subs: Subscriptions,
    make: Callable[..., Digests],
    slack_api: FakeSlackAPI,
    store: Store,
):
    """fresh tester 45 §1.1: both rows posted every day until someone ran subscribe or unsubscribe there."""
    legacy_twin(subs, store, "C8")
    subscribe(subs, "C9")
    digests = make()
    report = await digests.run_due(NOW)
    assert report.sent == 2
    assert len(slack_api.posted("C8")) == 1 and len(slack_api.posted("C9")) == 1
    with store.session() as s:
        [row] = s.query(Delivery).join(Subscription).filter(Subscription.channel == "C8").all()
        assert s.get(Subscription, row.subscription_id).workspace == "T0TEST"  # the row status and unsubscribe see
    assert (await digests.run_due(NOW + dt.timedelta(days=1))).sent == 2  # and so every day, nothing lost
    assert len(slack_api.posted("C8")) == 2
    assert len(subs.list()) == 3  # nothing was deleted: the channel's next subscribe merges the rows, as before


async def test_a_day_the_workspace_less_twin_already_posted_is_not_posted_again_by_the_workspace_row(
    subs: Subscriptions,
    make: Callable[..., Digests],
    slack_api: FakeSlackAPI,
    store: Store,
):
    """The day a new version takes over: the old twin posted at 08:00, the workspace row is due at 09:00."""
    legacy_twin(subs, store, "C8", time="08:00")
    with store.session() as s:
        legacy = s.query(Subscription).filter(Subscription.workspace == "").one()
        s.add(
            Delivery(
                subscription_id=legacy.id,
                local_date=dt.date(2026, 9, 13),
                due_at=at("2026-09-13T15:00"),
                status="sent",
                attempts=1,
                message_id="1.0",
                updated_at=at("2026-09-13T15:00"),
            )
        )
    report = await make().run_due(NOW)
    assert (report.sent, report.already) == (0, 1) and slack_api.posted("C8") == []


async def test_a_paused_workspace_row_keeps_its_workspace_less_twin_silent(
    subs: Subscriptions,
    make: Callable[..., Digests],
    slack_api: FakeSlackAPI,
    store: Store,
):
    """The channel refused the digest for good (channel_not_found): its twin must not post there behind the pause."""
    legacy_twin(subs, store, "C8")
    with store.session() as s:
        s.query(Subscription).filter(Subscription.workspace == "T0TEST").update(
            {"enabled": False, "last_error": "channel_not_found"}
        )
    report = await make().run_due(NOW)
    assert report.sent == 0 and slack_api.calls_to("chat.postMessage") == []


class HeldSlack:
    """The real SlackPublisher, with a hook run before a channel's post: lets a test hold one run mid-send."""

    def __init__(self, inner: SlackPublisher, hooks: dict[str, Callable[[], Awaitable[None]]]) -> None:
        self.inner, self.hooks = inner, hooks

    async def publish(self, *, workspace: str | None, channel: str, digest: OnThisDate, key: str) -> str:
        if channel in self.hooks:
            await self.hooks[channel]()
        return await self.inner.publish(workspace=workspace, channel=channel, digest=digest, key=key)

    async def find_published(self, *, workspace: str | None, channel: str, key: str, since: dt.datetime) -> str | None:
        return await self.inner.find_published(workspace=workspace, channel=channel, key=key, since=since)


def two_runs(
    store: Store, brief: Brief, slack: SlackPublisher, hooks_a: dict[str, Any], hooks_b: dict[str, Any]
) -> tuple[Digests, Digests]:
    def build(owner: str, hooks: dict[str, Any]) -> Digests:
        publisher = HeldSlack(slack, hooks)
        return Digests(store, always_something(brief), {"slack": publisher}, owner=owner)  # type: ignore[dict-item]

    return build("A", hooks_a), build("B", hooks_b)


async def test_a_refused_digest_another_run_is_still_sending_is_not_counted_as_already_sent(
    subs: Subscriptions, slack_api: FakeSlackAPI, store: Store, brief: Brief, slack: SlackPublisher
):
    """fresh tester 70 U4: with two `run --only digests`, the one that did not send counted the other's digest in
    flight, which Slack then refused (channel_not_found), as "already sent today"."""
    subscribe(subs, "C1", "C2", "C3")
    slack_api.fail("channel_not_found", method="chat.postMessage", channel="C2")
    release = asyncio.Event()
    a, b = two_runs(store, brief, slack, {"C2": release.wait}, {})
    sending = asyncio.ensure_future(a.run_due(NOW))
    await slack_api.wait_for("chat.postMessage", 2)  # C1 and C3 went out; C2 is held; A records all three at its end
    meanwhile = await b.run_due(NOW)
    assert (meanwhile.sent, meanwhile.already, meanwhile.sending, meanwhile.failed) == (0, 0, 3, 0)
    assert str(meanwhile).endswith("already sent today: 0, being sent by another run: 3")
    assert meanwhile.platform_lines(str) == ["slack: sent 0, being sent by another run: 3"]
    release.set()
    done = await sending
    assert (done.sent, done.failed, done.disabled) == (2, 1, 1)
    later = await b.run_due(NOW + dt.timedelta(minutes=1))  # the paused channel is no news, and nothing is re-sent
    assert (later.sent, later.already, later.sending, later.failed) == (0, 2, 0, 0)
    assert [len(slack_api.posted(c)) for c in ("C1", "C2", "C3")] == [1, 0, 1]
    paused = subs.get(platform="slack", workspace="T0TEST", channel="C2")
    assert paused is not None and not paused.enabled and paused.last_error == "channel_not_found"


async def held_while_a_finishes(
    subs: Subscriptions,
    store: Store,
    brief: Brief,
    slack: SlackPublisher,
    slack_api: FakeSlackAPI,
    a_settings: DigestSettings | None = None,
    meanwhile: Callable[[], None] = lambda: None,
) -> tuple[RunReport, RunReport, Digests]:
    """Run A sends C1 and C2 (C2 held); run B, planned while C2 was in flight, sends C4 (subscribed after A
    planned) only once A has finished and `meanwhile` has run: (A's report, B's report, B)."""
    release = asyncio.Event()
    sending: asyncio.Future[RunReport] | None = None

    async def let_a_finish() -> None:
        release.set()
        assert sending is not None
        await asyncio.wait({sending})
        meanwhile()

    a, b = two_runs(store, brief, slack, {"C2": release.wait}, {"C4": let_a_finish})
    if a_settings is not None:
        a.settings = a_settings
    sending = asyncio.ensure_future(a.run_due(NOW))
    await slack_api.wait_for("chat.postMessage", 1)
    subscribe(subs, "C4")  # subscribed after A's run planned: B's own digest to send
    report = await b.run_due(NOW)
    return sending.result(), report, b


async def test_a_digest_another_run_had_in_flight_and_slack_refused_meanwhile_is_failed_in_another_run_and_paused(
    subs: Subscriptions, slack_api: FakeSlackAPI, store: Store, brief: Brief, slack: SlackPublisher
):
    """The other run's digest is counted as what it came to by the end of this run: refused for good, so "failed
    in another run" with the channel paused, not "already sent today" (fresh tester 70 U4), and not this run's
    `failed` (review 22 M5: that run counts it, so with two runs one refusal was failed twice)."""
    subscribe(subs, "C1", "C2")
    slack_api.fail("channel_not_found", method="chat.postMessage", channel="C2")
    done, report, _ = await held_while_a_finishes(subs, store, brief, slack, slack_api)
    assert (done.failed, done.disabled) == (1, 1)
    assert (report.sent, report.already, report.sending, report.failed, report.disabled) == (1, 1, 0, 0, 0)
    assert (report.failed_elsewhere, report.paused_elsewhere) == (1, 1)
    assert str(report) == (
        "sent 1 (recovered 0), skipped 0, missed 0, failed 0, already sent today: 1, failed in another run: 1 "
        "(1 channel paused: refused for good, subscribe there resumes it)"
    )
    assert report.platform_lines(str) == [
        "slack: sent 1, already sent today: 1, failed in another run: 1 "
        "(channel_not_found; 1 channel paused: refused for good, subscribe there resumes it)"
    ]
    assert [len(slack_api.posted(c)) for c in ("C1", "C2", "C4")] == [1, 0, 1]


async def test_a_transient_failure_in_another_run_is_not_this_runs_failure_and_a_later_run_sends_it_once(
    subs: Subscriptions, slack_api: FakeSlackAPI, store: Store, brief: Brief, slack: SlackPublisher
):
    """Review 22 M5: a failure another run will retry was "failed 1" in this run's summary too. It is that run's
    failure, said here apart and with no pause; the next minute's run sends it, once."""
    subscribe(subs, "C1", "C2")
    slack_api.fail("internal_error", method="chat.postMessage", channel="C2", times=1)
    no_retry = DigestSettings(retry_budget=dt.timedelta(0))  # A gives the transient error up at once
    done, report, b = await held_while_a_finishes(subs, store, brief, slack, slack_api, a_settings=no_retry)
    assert (done.sent, done.failed, done.disabled) == (1, 1, 0)
    assert (report.sent, report.failed, report.disabled, report.failed_elsewhere, report.paused_elsewhere) == (
        1,
        0,
        0,
        1,
        0,
    )
    assert str(report).endswith("already sent today: 1, failed in another run: 1")
    assert report.platform_lines(str) == [
        "slack: sent 1, already sent today: 1, failed in another run: 1 (internal_error)"
    ]
    later = await b.run_due(NOW + dt.timedelta(minutes=1))
    assert (later.sent, later.failed, later.failed_elsewhere) == (1, 0, 0)
    assert [len(slack_api.posted(c)) for c in ("C1", "C2", "C4")] == [1, 1, 1]
    sub = subs.get(platform="slack", workspace="T0TEST", channel="C2")
    assert sub is not None and sub.enabled


async def test_a_refusal_in_another_run_of_a_channel_unsubscribed_meanwhile_is_no_pause(
    subs: Subscriptions, slack_api: FakeSlackAPI, store: Store, brief: Brief, slack: SlackPublisher
):
    """Review 22 L2: an unsubscribed row is disabled too; only `removed_at` tells it from a paused one, and the
    channel is gone from the digests, not paused until a subscribe there."""
    subscribe(subs, "C1", "C2")
    slack_api.fail("channel_not_found", method="chat.postMessage", channel="C2")

    def unsubscribe() -> None:
        assert subs.remove(platform="slack", workspace="T0TEST", channel="C2", now=NOW)

    _, report, _ = await held_while_a_finishes(subs, store, brief, slack, slack_api, meanwhile=unsubscribe)
    assert (report.failed, report.failed_elsewhere, report.paused_elsewhere) == (0, 1, 0)
    assert str(report).endswith("failed in another run: 1")
    assert report.platform_lines(str) == [
        "slack: sent 1, already sent today: 1, failed in another run: 1 (channel_not_found)"
    ]


async def test_two_schedulers_on_one_database_send_each_digest_once_and_never_count_a_refusal_as_sent(
    subs: Subscriptions, slack_api: FakeSlackAPI, store: Store, brief: Brief, slack: SlackPublisher
):
    """Two real DigestSchedulers (APScheduler) on one database, Slack refusing one channel for good: each other
    channel gets one digest, the refused one none and is paused (kept, not lost), and neither run's line counts the
    refusal as already sent."""
    subscribe(subs, "C1", "C2", "C3")
    slack_api.fail("channel_not_found", method="chat.postMessage", channel="C2")
    runs = two_runs(store, brief, slack, {}, {})
    schedulers = [DigestScheduler(run, clock=lambda: NOW) for run in runs]
    for scheduler in schedulers:
        scheduler.start()
    try:
        for _ in range(250):
            if all(s.reports for s in schedulers):
                break
            await asyncio.sleep(0.02)
    finally:
        for scheduler in schedulers:
            scheduler.shutdown()
    reports = [s.reports[0] for s in schedulers]
    assert [len(slack_api.posted(c)) for c in ("C1", "C2", "C3")] == [1, 0, 1]
    # one refusal, failed and paused in the one run that sent it, whatever the other saw (review 22 M5: it was
    # failed in both runs' summaries)
    assert sum(r.sent for r in reports) == 2 and sum(r.failed for r in reports) == sum(r.disabled for r in reports) == 1
    for report in reports:
        assert report.sent + report.already <= 2, report  # C2 is never among what was sent
        # each digest once: sent, or another's (sent, being sent, or refused); C2 is no news once already paused
        counted = report.sent + report.already + report.sending + report.failed + report.failed_elsewhere
        assert counted in (2, 3), report
    assert len(subs.list()) == 3
    paused = subs.get(platform="slack", workspace="T0TEST", channel="C2")
    assert paused is not None and not paused.enabled and paused.last_error == "channel_not_found"
