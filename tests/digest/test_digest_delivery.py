"""Exactly once per channel per local date: claims, catch-up, DST, leap day, midnight, failures, recovery."""

from __future__ import annotations

import asyncio
import datetime as dt
import threading
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from bot.digest import DeliveryError, Digests, DigestSettings, RunReport
from bot.models import OnThisDate
from bot.store import Delivery, Store
from bot.subscriptions import Subscriptions, due_instant
from tests.digest.conftest import RecordingPublisher, at

MakeDigests = Callable[..., Digests]


def add(subs: Subscriptions, channel: str, time: str, zone: str, *, created: dt.datetime, empty: str | None = None):
    sub, _ = subs.add(
        platform="console", workspace="W", channel=channel, time=time, timezone=zone, empty=empty, now=created
    )
    return sub


def deliveries(store: Store, *, missed: bool = False) -> list[Delivery]:
    """The delivery rows; without `missed`, not the earlier days recorded as missed because the test starts late."""
    with store.session() as s:
        rows = list(s.scalars(select(Delivery).order_by(Delivery.id)))
    return rows if missed else [r for r in rows if r.status != "missed"]


async def tick_every_minute(digests: Digests, start: dt.datetime, end: dt.datetime) -> list[dt.datetime]:
    """Run the digests as the scheduler does, once a minute from start to end; return the minutes that sent."""
    sent_at: list[dt.datetime] = []
    now = start
    while now <= end:
        report = await digests.run_due(now)
        sent_at.extend([now] * report.sent)
        now += dt.timedelta(minutes=1)
    return sent_at


# -- due times ---------------------------------------------------------------------------------------------------


def test_a_time_skipped_by_spring_forward_is_due_just_after_the_jump():
    # 8 March 2026, Los Angeles: 02:00 PST jumps to 03:00 PDT; 02:30 does not exist.
    assert due_instant(dt.date(2026, 3, 8), "02:30", "America/Los_Angeles") == at("2026-03-08T10:30")  # 03:30 PDT


def test_an_ambiguous_fall_back_time_is_due_at_its_first_occurrence():
    # 25 October 2026, Berlin: 03:00 CEST falls back to 02:00 CET; 02:30 happens twice.
    assert due_instant(dt.date(2026, 10, 25), "02:30", "Europe/Berlin") == at("2026-10-25T00:30")


# -- the basic promise --------------------------------------------------------------------------------------------


async def test_a_digest_goes_out_at_its_local_time_once_and_never_again_that_day(
    subs: Subscriptions, make_digests: MakeDigests, publisher: RecordingPublisher, store: Store
):
    add(subs, "C1", "09:00", "America/Los_Angeles", created=at("2026-09-13T00:00"))
    digests = make_digests(content="real")
    assert (await digests.run_due(at("2026-09-13T15:59"))).sent == 0  # 08:59 PDT
    report = await digests.run_due(at("2026-09-13T16:00"))
    assert report.sent == 1
    assert (await digests.run_due(at("2026-09-13T16:01"))).sent == 0
    assert (await digests.run_due(at("2026-09-13T16:00"))).sent == 0
    [post] = publisher.posts
    assert post.digest.heading == "On this date: 13 September"
    assert all("years ago" in item.text and item.citations for item in post.digest.items)
    [row] = deliveries(store)
    assert (row.status, row.message_id, row.local_date) == ("sent", "m1", dt.date(2026, 9, 13))


async def test_already_sent_counts_todays_digests_another_run_sent_once_each_and_never_this_runs_own(
    subs: Subscriptions, make_digests: MakeDigests, publisher: RecordingPublisher, store: Store
):
    """Fresh tester 61 U2: with 10 subscriptions sent yesterday and today, every run-due all day said "already
    handled 20" (each finished delivery of both days, counted again on every tick, even by the process that sent
    them). Now a run counts each subscription once, only today's, and only what another run sent."""
    for channel in ("C1", "C2"):
        add(subs, channel, "08:00", "UTC", created=at("2026-09-13T00:00"))
    sender = make_digests(owner="scheduler")
    assert (await sender.run_due(at("2026-09-14T08:00"))).sent == 2
    assert (await sender.run_due(at("2026-09-15T08:00"))).sent == 2
    assert (await sender.run_due(at("2026-09-15T08:01"))).already == 0  # its own sends are no news
    report = await make_digests(owner="cli").run_due(at("2026-09-15T14:00"))
    assert (report.sent, report.already) == (0, 2)
    assert str(report).endswith("already sent today: 2")
    assert report.platform_lines(lambda _: "") == ["console: sent 0, already sent today: 2"]


async def test_a_digest_two_runs_both_found_empty_is_skipped_in_the_run_that_recorded_it_and_counted_nowhere_else(
    subs: Subscriptions, store: Store, publisher: RecordingPublisher
):
    """Review 22 L1: run B plans, run A records the empty digest as skipped before B can, then B finds its row
    taken. Counted once over both runs: skipped by A, no news to B (as another run's skipped digests always are),
    which the summary's docstring now says instead of "each digest this run looked at is counted once"."""
    add(subs, "C1", "08:00", "UTC", created=at("2026-09-13T00:00"))

    def nothing(day: dt.date) -> OnThisDate:
        return OnThisDate(date=day, items=[], text="")

    a, b = (Digests(store, nothing, {"console": publisher}, owner=owner) for owner in ("A", "B"))
    loop = asyncio.get_running_loop()
    planned = b._plan
    first: list[RunReport] = []

    def plan_then_let_a_run(now: dt.datetime) -> Any:
        plan = planned(now)  # in B's planning thread: A runs on the loop meanwhile, B waits for it
        first.append(asyncio.run_coroutine_threadsafe(a.run_due(now), loop).result())
        return plan

    b._plan = plan_then_let_a_run  # type: ignore[method-assign]
    later = await b.run_due(at("2026-09-14T08:00"))
    [done] = first
    assert (done.skipped, later.skipped) == (1, 0)
    assert str(later) == "sent 0 (recovered 0), skipped 0, missed 0, failed 0, already sent today: 0"
    assert later.platform_lines(lambda _: "") == []
    assert [row.status for row in deliveries(store)] == ["skipped"] and publisher.posts == []


async def test_a_missed_digest_two_runs_both_found_is_reported_only_by_the_run_that_recorded_it(
    subs: Subscriptions, store: Store, publisher: RecordingPublisher, caplog: pytest.LogCaptureFixture
):
    """Fresh tester 77 U1: two `digest run-due` at once both printed the same "… missed: … outside the grace window"
    lines, though one of them counted "missed 0". Run B plans, run A records the missed digest first: only A says
    so, and its lines match its count."""
    add(subs, "C1", "08:00", "UTC", created=at("2026-09-14T00:00"))
    a, b = (Digests(store, lambda day: None, {"console": publisher}, owner=owner) for owner in ("A", "B"))
    loop = asyncio.get_running_loop()
    planned = b._plan
    first: list[RunReport] = []
    said: list[list[str]] = []

    def missed_lines() -> list[str]:
        return [r.getMessage() for r in caplog.records if "outside the grace window" in r.getMessage()]

    def plan_then_let_a_run(now: dt.datetime) -> Any:
        plan = planned(now)
        first.append(asyncio.run_coroutine_threadsafe(a.run_due(now), loop).result())
        said.append(missed_lines())
        return plan

    b._plan = plan_then_let_a_run  # type: ignore[method-assign]
    caplog.set_level("WARNING", logger="bot.digest")
    later = await b.run_due(at("2026-09-14T12:00"))  # yesterday's 08:00 is long past the grace window
    [done] = first
    [by_a] = said
    assert (done.missed, later.missed) == (1, 0)
    assert len(by_a) == 1 and "C1 missed" in by_a[0]
    assert missed_lines() == by_a  # B found the digest recorded already, and says nothing of it


async def test_two_schedulers_on_one_database_firing_the_same_minute_send_each_digest_once(
    subs: Subscriptions, make_digests: MakeDigests, publisher: RecordingPublisher, store: Store
):
    for n in range(40):
        add(subs, f"C{n}", "09:00", "Europe/Berlin", created=at("2026-01-01T00:00"))
    a, b = make_digests(owner="a"), make_digests(owner="b")
    now = at("2026-06-01T07:00")  # 09:00 CEST
    ra, rb = await asyncio.gather(a.run_due(now), b.run_due(now))
    assert ra.sent + rb.sent == 40
    assert sorted(publisher.channels()) == sorted(f"C{n}" for n in range(40))
    assert len(deliveries(store)) == 40  # plus yesterday's 40, recorded missed: the test starts the bot late


async def test_a_subscription_made_after_todays_time_starts_tomorrow(
    subs: Subscriptions, make_digests: MakeDigests, publisher: RecordingPublisher
):
    add(subs, "C1", "09:00", "UTC", created=at("2026-06-01T09:30"))
    digests = make_digests()
    assert (await digests.run_due(at("2026-06-01T10:00"))).sent == 0
    assert (await digests.run_due(at("2026-06-02T09:00"))).sent == 1


# -- catch-up -----------------------------------------------------------------------------------------------------


async def test_on_start_a_digest_due_inside_the_grace_window_is_sent_late(
    subs: Subscriptions, make_digests: MakeDigests, publisher: RecordingPublisher
):
    add(subs, "C1", "09:00", "UTC", created=at("2026-06-01T00:00"))
    report = await make_digests().run_due(at("2026-06-01T11:59"))  # down from 08:50 to 11:59
    assert report.sent == 1 and publisher.channels() == ["C1"]


async def test_on_start_a_digest_older_than_the_grace_window_is_recorded_missed_not_sent(
    subs: Subscriptions, make_digests: MakeDigests, publisher: RecordingPublisher, store: Store
):
    add(subs, "C1", "09:00", "UTC", created=at("2026-06-01T00:00"))
    digests = make_digests()
    report = await digests.run_due(at("2026-06-01T12:00"))  # exactly three hours late
    assert (report.sent, report.missed) == (0, 1)
    assert publisher.posts == []
    assert [r.status for r in deliveries(store, missed=True)] == ["missed"]
    assert (await digests.run_due(at("2026-06-01T12:01"))).missed == 0  # recorded once


async def test_the_grace_window_is_a_setting(subs: Subscriptions, make_digests: MakeDigests):
    add(subs, "C1", "09:00", "UTC", created=at("2026-06-01T00:00"))
    digests = make_digests(settings=DigestSettings(grace=dt.timedelta(minutes=30)))
    assert (await digests.run_due(at("2026-06-01T09:31"))).missed == 1


@pytest.mark.parametrize("seconds_late", [0, 1, 59])
async def test_a_grace_of_zero_sends_a_digest_during_the_minute_it_is_due(
    subs: Subscriptions, make_digests: MakeDigests, publisher: RecordingPublisher, seconds_late: int
):
    add(subs, "C1", "09:00", "UTC", created=at("2026-06-01T00:00"))
    digests = make_digests(settings=DigestSettings(grace=dt.timedelta(0)))
    report = await digests.run_due(at("2026-06-01T09:00") + dt.timedelta(seconds=seconds_late))
    assert (report.sent, report.missed) == (1, 0)
    assert publisher.channels() == ["C1"]


async def test_a_grace_of_zero_records_a_digest_missed_once_its_minute_has_passed(
    subs: Subscriptions, make_digests: MakeDigests, publisher: RecordingPublisher
):
    add(subs, "C1", "09:00", "UTC", created=at("2026-06-01T00:00"))
    digests = make_digests(settings=DigestSettings(grace=dt.timedelta(0)))
    report = await digests.run_due(at("2026-06-01T09:01"))
    assert (report.sent, report.missed) == (0, 1)
    assert publisher.posts == []


async def test_yesterdays_digest_inside_the_grace_window_is_caught_up_after_local_midnight(
    subs: Subscriptions, make_digests: MakeDigests, publisher: RecordingPublisher, store: Store
):
    add(subs, "C1", "23:30", "Asia/Tokyo", created=at("2026-06-01T00:00"))
    await make_digests().run_due(at("2026-06-02T15:45"))  # 00:45 on 3 June in Tokyo
    [row] = deliveries(store)
    assert (row.local_date, row.status) == (dt.date(2026, 6, 2), "sent")


# -- daylight saving, leap day, midnight ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "time", "start", "end", "expected"),
    [
        # Los Angeles spring-forward (8 March 2026): 02:30 does not exist, sent once at 03:30 PDT.
        ("America/Los_Angeles", "02:30", "2026-03-08T08:00", "2026-03-08T13:00", ["2026-03-08T10:30"]),
        # Los Angeles fall-back (1 November 2026): 01:30 happens twice, sent once at the first.
        ("America/Los_Angeles", "01:30", "2026-11-01T07:00", "2026-11-01T11:00", ["2026-11-01T08:30"]),
        # Berlin spring-forward (29 March 2026): 02:15 does not exist, sent once at 03:15 CEST.
        ("Europe/Berlin", "02:15", "2026-03-29T00:00", "2026-03-29T03:00", ["2026-03-29T01:15"]),
        # Berlin fall-back (25 October 2026): 02:30 twice, sent once at 02:30 CEST.
        ("Europe/Berlin", "02:30", "2026-10-24T23:00", "2026-10-25T03:00", ["2026-10-25T00:30"]),
        # An ordinary time on the changeover day in Berlin: 09:00 CET is 08:00 UTC after the change.
        ("Europe/Berlin", "09:00", "2026-10-25T06:00", "2026-10-25T09:00", ["2026-10-25T08:00"]),
    ],
)
async def test_daylight_saving_changes_lose_no_digest_and_double_none(
    subs: Subscriptions, make_digests: MakeDigests, zone, time, start, end, expected
):
    add(subs, "C1", time, zone, created=at("2026-01-01T00:00"))
    sent = await tick_every_minute(make_digests(), at(start), at(end))
    assert sent == [at(e) for e in expected]


async def test_a_leap_day_gets_its_own_digest_dated_29_february(
    subs: Subscriptions, make_digests: MakeDigests, publisher: RecordingPublisher, store: Store
):
    add(subs, "C1", "08:00", "Europe/London", created=at("2028-01-01T00:00"))
    digests = make_digests()
    for day in ("2028-02-28", "2028-02-29", "2028-03-01"):
        assert (await digests.run_due(at(f"{day}T08:00"))).sent == 1
    assert [p.digest.date for p in publisher.posts] == [dt.date(2028, 2, 28), dt.date(2028, 2, 29), dt.date(2028, 3, 1)]
    assert [r.local_date.day for r in deliveries(store)] == [28, 29, 1]


async def test_a_midnight_subscription_sends_for_the_new_local_date(
    subs: Subscriptions, make_digests: MakeDigests, publisher: RecordingPublisher, store: Store
):
    add(subs, "C1", "00:00", "America/New_York", created=at("2026-01-01T00:00"))
    sent = await tick_every_minute(make_digests(), at("2026-09-13T03:55"), at("2026-09-13T04:05"))
    assert sent == [at("2026-09-13T04:00")]
    assert [r.local_date for r in deliveries(store)] == [dt.date(2026, 9, 13)]
    assert publisher.posts[0].digest.date == dt.date(2026, 9, 13)


# -- days without facts --------------------------------------------------------------------------------------------


async def test_a_day_without_facts_is_skipped_silently_under_the_skip_policy(
    subs: Subscriptions, make_digests: MakeDigests, publisher: RecordingPublisher, store: Store
):
    add(subs, "C1", "09:00", "UTC", created=at("2026-01-01T00:00"), empty="skip")
    add(subs, "C2", "09:00", "UTC", created=at("2026-01-01T00:00"))
    digests = make_digests(content="real")
    report = await digests.run_due(at("2026-09-15T09:00"))  # nothing on 15 September, two days from the 13th
    assert (report.sent, report.skipped) == (1, 1)
    assert publisher.channels() == ["C2"] and publisher.posts[0].digest.nearest
    assert sorted(r.status for r in deliveries(store)) == ["sent", "skipped"]


async def test_a_day_with_nothing_even_nearby_sends_nothing(
    subs: Subscriptions, make_digests: MakeDigests, publisher: RecordingPublisher
):
    add(subs, "C1", "09:00", "UTC", created=at("2026-01-01T00:00"))
    report = await make_digests(content="real").run_due(at("2026-02-01T09:00"))
    assert (report.sent, report.skipped) == (0, 1) and publisher.posts == []


# -- failures -----------------------------------------------------------------------------------------------------


async def test_a_channel_that_refuses_for_good_pauses_its_subscription_with_the_reason_and_others_still_get_theirs(
    subs: Subscriptions, make_digests: MakeDigests, publisher: RecordingPublisher, store: Store
):
    for channel in ("C1", "C2", "C3"):
        add(subs, channel, "09:00", "UTC", created=at("2026-01-01T00:00"))
    publisher.fail("C2", DeliveryError("channel_not_found", permanent=True))
    digests = make_digests()
    report = await digests.run_due(at("2026-06-01T09:00"))
    assert (report.sent, report.disabled) == (2, 1)
    assert sorted(publisher.channels()) == ["C1", "C3"]
    sub = subs.get(platform="console", workspace="W", channel="C2")
    assert sub is not None and not sub.enabled and sub.last_error == "channel_not_found"
    assert "channel_not_found" in subs.describe(sub, now=at("2026-06-01T09:01"))
    assert (await digests.run_due(at("2026-06-02T09:00"))).sent == 2  # paused: not tried again


@pytest.mark.parametrize(
    ("error", "fix", "not_said"),
    [
        ("is_archived", "unarchive the channel", "invite"),
        ("not_in_channel", "invite the bot back", "unarchive"),
        ("restricted_action_read_only_channel", "let the bot post in the channel", "invite"),
        ("500 Internal Server Error", "for example invite the bot back", "unarchive"),
    ],
)
async def test_a_paused_digest_s_status_says_the_fix_for_the_error_it_was_refused_with(
    subs: Subscriptions, make_digests: MakeDigests, publisher: RecordingPublisher, error: str, fix: str, not_said: str
):
    """Fresh tester 72 U5: a channel refused with is_archived was told "invite the bot back"; it needs unarchiving."""
    add(subs, "C9", "09:00", "UTC", created=at("2026-01-01T00:00"))
    publisher.fail("C9", DeliveryError(error, permanent=True))
    await make_digests().run_due(at("2026-06-01T09:00"))
    sub = subs.get(platform="console", workspace="W", channel="C9")
    assert sub is not None and not sub.enabled
    said = subs.describe(sub, now=at("2026-06-01T09:01"))
    assert f"({error})" in said and f"Fix that ({fix})" in said and not_said not in said


async def test_a_transient_failure_is_retried_on_the_next_run_and_sent_once(
    subs: Subscriptions, make_digests: MakeDigests, publisher: RecordingPublisher, store: Store
):
    add(subs, "C1", "09:00", "UTC", created=at("2026-01-01T00:00"))
    publisher.fail("C1", DeliveryError("HTTP 503"))
    digests = make_digests()
    first = await digests.run_due(at("2026-06-01T09:00"))
    assert (first.sent, first.failed) == (0, 1)
    assert [r.status for r in deliveries(store)] == ["failed"]
    second = await digests.run_due(at("2026-06-01T09:01"))
    assert second.sent == 1 and publisher.channels() == ["C1"]
    [row] = deliveries(store)
    assert (row.status, row.attempts) == ("sent", 2)


async def test_rate_limit_answers_are_waited_out_and_the_digest_still_goes_once(
    subs: Subscriptions, make_digests: MakeDigests, publisher: RecordingPublisher
):
    add(subs, "C1", "09:00", "UTC", created=at("2026-01-01T00:00"))
    publisher.fail("C1", DeliveryError("ratelimited", retry_after=0), DeliveryError("ratelimited", retry_after=0))
    report = await make_digests().run_due(at("2026-06-01T09:00"))
    assert report.sent == 1 and publisher.channels() == ["C1"]


async def test_a_digest_failing_until_the_grace_window_ends_is_recorded_missed(
    subs: Subscriptions, make_digests: MakeDigests, publisher: RecordingPublisher, store: Store
):
    add(subs, "C1", "09:00", "UTC", created=at("2026-01-01T00:00"))
    publisher.fail("C1", *[DeliveryError("HTTP 502") for _ in range(3)])
    digests = make_digests()
    await digests.run_due(at("2026-06-01T09:00"))
    await digests.run_due(at("2026-06-01T12:30"))
    today = [r for r in deliveries(store, missed=True) if r.local_date == dt.date(2026, 6, 1)]
    assert [r.status for r in today] == ["missed"] and publisher.posts == []


# -- crash recovery -------------------------------------------------------------------------------------------------


def stale_claim(store: Store, subs: Subscriptions, claimed_at: dt.datetime) -> None:
    """What a process killed between claim and record leaves behind."""
    sub = add(subs, "C1", "09:00", "UTC", created=at("2026-01-01T00:00"))
    with store.session() as s:
        s.add(
            Delivery(
                subscription_id=sub.id,
                local_date=dt.date(2026, 6, 1),
                due_at=at("2026-06-01T09:00"),
                status="claimed",
                attempts=1,
                claimed_by="dead-process",
                claimed_at=claimed_at,
                updated_at=claimed_at,
            )
        )


async def test_a_claim_left_by_a_crashed_process_is_sent_once_after_it_goes_stale(
    subs: Subscriptions, make_digests: MakeDigests, publisher: RecordingPublisher, store: Store
):
    stale_claim(store, subs, at("2026-06-01T09:00"))
    fresh = make_digests(clock=lambda: at("2026-06-01T09:02"))
    assert (await fresh.run_due(at("2026-06-01T09:02"))).sent == 0  # the other process may still be sending
    later = make_digests(clock=lambda: at("2026-06-01T09:06"))
    report = await later.run_due(at("2026-06-01T09:06"))
    assert report.sent == 1 and publisher.channels() == ["C1"]
    assert publisher.lookups == ["1:2026-06-01"]  # it looked in the channel first
    [row] = deliveries(store)
    assert (row.status, row.attempts) == ("sent", 2)


async def test_a_claim_whose_message_did_go_out_is_recorded_from_the_channel_not_sent_again(
    subs: Subscriptions, make_digests: MakeDigests, publisher: RecordingPublisher, store: Store
):
    stale_claim(store, subs, at("2026-06-01T09:00"))
    digest = make_digests().compose(dt.date(2026, 6, 1), "nearest")
    assert digest is not None
    await publisher.publish(workspace="W", channel="C1", digest=digest, key="1:2026-06-01")  # sent, then killed
    later = make_digests(clock=lambda: at("2026-06-01T09:10"))
    report = await later.run_due(at("2026-06-01T09:10"))
    assert (report.sent, report.recovered) == (1, 1)
    assert len(publisher.posts) == 1
    [row] = deliveries(store)
    assert (row.status, row.message_id) == ("sent", "m1")


async def test_subscriptions_for_a_platform_without_a_publisher_are_left_for_a_process_that_has_one(
    subs: Subscriptions, make_digests: MakeDigests, store: Store
):
    subs.add(
        platform="slack",
        workspace="T1",
        channel="C9",
        time="09:00",
        timezone="UTC",
        empty=None,
        now=at("2026-01-01T00:00"),
    )
    report = await make_digests().run_due(at("2026-06-01T09:00"))
    assert report.sent == 0 and deliveries(store) == []


async def test_a_send_held_up_by_rate_limits_until_its_claim_nearly_expires_gives_up_instead_of_racing_a_takeover(
    subs: Subscriptions, make_digests: MakeDigests, publisher: RecordingPublisher, store: Store
):
    add(subs, "C1", "09:00", "UTC", created=at("2026-01-01T00:00"))
    publisher.fail("C1", *[DeliveryError("ratelimited", retry_after=0) for _ in range(10)])
    ticks = iter(at("2026-06-01T09:00") + dt.timedelta(minutes=2 * n) for n in range(100))
    report = await make_digests(clock=lambda: next(ticks)).run_due(at("2026-06-01T09:00"))
    assert (report.sent, report.failed) == (0, 1) and publisher.posts == []
    assert [r.status for r in deliveries(store)] == ["failed"]


# -- one digest per channel per day, whatever was done to its subscription --------------------------------------


async def test_unsubscribing_and_subscribing_again_the_same_day_sends_no_second_digest_that_day(
    subs: Subscriptions, make_digests: MakeDigests, publisher: RecordingPublisher, store: Store
):
    """fresh tester 56 D1: the new subscription row had a new id, so the (subscription, date) claim did not see
    that the channel had its digest at 08:56; it got a second one at 09:04, and the next day only one."""
    add(subs, "C1", "08:56", "UTC", created=at("2026-12-04T12:00"))
    digests = make_digests()
    assert (await digests.run_due(at("2026-12-05T08:56"))).sent == 1
    assert subs.remove(platform="console", workspace="W", channel="C1")
    add(subs, "C1", "09:04", "UTC", created=at("2026-12-05T09:00"))
    assert await tick_every_minute(digests, at("2026-12-05T09:00"), at("2026-12-05T09:10")) == []
    assert publisher.channels() == ["C1"]
    assert (await digests.run_due(at("2026-12-06T09:04"))).sent == 1  # the next day's, at the new time
    assert publisher.channels() == ["C1", "C1"]


async def test_removing_a_subscription_stops_its_digests_and_keeps_what_was_delivered(
    subs: Subscriptions, make_digests: MakeDigests, publisher: RecordingPublisher, store: Store
):
    add(subs, "C1", "09:00", "UTC", created=at("2026-01-01T00:00"))
    digests = make_digests()
    await digests.run_due(at("2026-06-01T09:00"))
    assert subs.remove(platform="console", workspace="W", channel="C1")
    assert [r.status for r in deliveries(store)] == ["sent"]  # the record that the channel had its digest that day
    assert subs.list() == [] and subs.get(platform="console", workspace="W", channel="C1") is None
    assert not subs.remove(platform="console", workspace="W", channel="C1")  # nothing left to remove
    assert (await digests.run_due(at("2026-06-02T09:00"))).sent == 0
    assert publisher.channels() == ["C1"]


async def test_a_run_stopped_cleanly_mid_send_releases_its_claims_and_the_restarted_run_sends_them_at_once(
    subs: Subscriptions, make_digests: MakeDigests, publisher: RecordingPublisher, store: Store
):
    """fresh tester 56 O3: SIGTERM during a send (a 429 wait) kept the run's claims; after the restart the digests
    were "already handled 3" until the 300 s claim timeout, then sent. Now the restarted run sends them at once,
    checking the channel first for the one whose send was in flight."""
    for channel in ("C1", "C2", "C3"):
        add(subs, channel, "09:12", "UTC", created=at("2026-12-04T12:00"))
    held = asyncio.Event()
    publish = publisher.publish

    async def slow(**kwargs):  # the platform holds the first send (a rate-limit wait) until the stop
        held.set()
        await asyncio.sleep(3600)
        return await publish(**kwargs)

    publisher.publish = slow  # type: ignore[method-assign]
    stopping = asyncio.ensure_future(
        make_digests(settings=DigestSettings(concurrency=1)).run_due(at("2026-12-05T09:12"))
    )
    await asyncio.wait_for(held.wait(), 5)
    stopping.cancel()
    with pytest.raises(asyncio.CancelledError):
        await stopping
    assert [r.status for r in deliveries(store)] == ["failed"] * 3
    publisher.publish = publish  # type: ignore[method-assign]
    report = await make_digests(clock=lambda: at("2026-12-05T09:13")).run_due(at("2026-12-05T09:13"))
    assert (report.sent, report.already) == (3, 0)
    assert sorted(publisher.channels()) == ["C1", "C2", "C3"]
    assert [r.status for r in deliveries(store)] == ["sent"] * 3
    assert [r.attempts for r in deliveries(store)] == [2, 1, 1]  # the send in flight counted, the queued ones not
    # reviewer 18 F16: every released claim is checked in the channel before it is sent again (one may have posted)
    assert sorted(publisher.lookups) == sorted(f"{r.subscription_id}:2026-12-05" for r in deliveries(store))


async def test_a_run_stopped_while_its_claims_are_being_written_releases_them_too(
    subs: Subscriptions, make_digests: MakeDigests, publisher: RecordingPublisher, store: Store
):
    """reviewer 18 F1: a stop that lands while the claim is being written (in its thread) still commits the claims;
    they are released with the rest, so the restarted run sends them at once instead of after `claim_timeout`."""
    for channel in ("C1", "C2"):
        add(subs, channel, "09:12", "UTC", created=at("2026-12-04T12:00"))
    digests = make_digests()
    entered, go, written = threading.Event(), threading.Event(), threading.Event()
    claim = digests._claim

    def slow_claim(jobs):  # the database is slow to take the claim: the stop arrives meanwhile
        entered.set()
        go.wait(10)
        try:
            return claim(jobs)
        finally:
            written.set()

    digests._claim = slow_claim  # type: ignore[method-assign]
    stopping = asyncio.ensure_future(digests.run_due(at("2026-12-05T09:12")))
    assert await asyncio.to_thread(entered.wait, 10)
    stopping.cancel()
    await asyncio.sleep(0.05)
    go.set()
    with pytest.raises(asyncio.CancelledError):
        await stopping
    assert await asyncio.to_thread(written.wait, 10)
    assert [r.status for r in deliveries(store)] == ["failed"] * 2
    assert [r.attempts for r in deliveries(store)] == [0, 0]  # no send was started
    report = await make_digests(clock=lambda: at("2026-12-05T09:13")).run_due(at("2026-12-05T09:13"))
    assert (report.sent, report.already) == (2, 0)
    assert sorted(publisher.channels()) == ["C1", "C2"]
