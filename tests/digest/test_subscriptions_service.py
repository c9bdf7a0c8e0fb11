"""subscribe / unsubscribe / status through the core and the service: validation, one subscription per channel."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from bot.brief import Brief
from bot.commands import parse
from bot.core import Core
from bot.digest import Digests
from bot.errors import CommandError
from bot.ports import Context
from bot.store import Store, Subscription
from bot.subscriptions import Subscriptions, resolve_timezone, zone_suggestions
from tests.digest.conftest import RecordingPublisher, at

NOW = at("2026-11-23T16:00")
CHANNEL = Context(platform="slack", workspace="T1", channel="C1", user="U1")


@pytest.fixture
def chat(brief: Brief, subs: Subscriptions) -> Core:
    return Core(brief, rate_limit=0, subscriptions=subs)


def count(store: Store) -> int:
    """The channels' subscriptions (an unsubscribed one's row stays, removed: `Subscription.removed_at`)."""
    with store.session() as s:
        query = select(func.count()).select_from(Subscription).where(Subscription.removed_at.is_(None))
        return int(s.scalar(query) or 0)


def say(chat: Core, text: str, ctx: Context = CHANNEL) -> str:
    return chat.handle(parse(text), ctx, now=NOW).text


def test_subscribe_stores_the_channel_time_and_zone_and_says_when_the_next_digest_comes(chat: Core, store: Store):
    text = say(chat, "/palantir-ice subscribe 09:00 America/Los_Angeles")
    assert "09:00 America/Los_Angeles" in text
    assert "next: Mon 23 November, 09:00 PST" in text
    sub = Subscriptions(store).get(platform="slack", workspace="T1", channel="C1")
    assert sub is not None
    assert (sub.local_time, sub.timezone, sub.empty_policy, sub.enabled) == (
        "09:00",
        "America/Los_Angeles",
        "nearest",
        True,
    )
    assert sub.subscribed_by and sub.subscribed_by != "U1"  # who subscribed, not in clear


def test_subscribing_again_updates_the_one_subscription_and_keeps_what_was_not_given(chat: Core, store: Store):
    say(chat, "subscribe 09:00 Europe/Berlin --empty skip")
    text = say(chat, "subscribe 7:30")
    assert text.startswith("Updated")
    assert count(store) == 1
    sub = Subscriptions(store).get(platform="slack", workspace="T1", channel="C1")
    assert sub is not None
    assert (sub.local_time, sub.timezone, sub.empty_policy) == ("07:30", "Europe/Berlin", "skip")


def test_subscribe_without_arguments_uses_nine_utc_and_hints_how_to_set_a_zone(chat: Core):
    text = say(chat, "subscribe")
    assert "09:00 UTC" in text and "America/Los_Angeles" in text


@pytest.mark.parametrize("bad", ["25:00", "9:60", "24:00", "12:5x"])
def test_malformed_time_is_refused_and_nothing_is_stored(chat: Core, store: Store, bad: str):
    reply = chat.handle(parse(f"subscribe {bad} Europe/Paris"), CHANNEL, now=NOW)
    assert reply.kind == "usage"  # type: ignore[union-attr]
    assert "HH:MM" in reply.text or "couldn't read" in reply.text or "time zone" in reply.text
    assert count(store) == 0


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("9am", "09:00"), ("9am UTC", "09:00"), ("5:30pm Europe/Paris", "17:30"), ("12am", "00:00"), ("0930", "09:30")],
)
def test_a_time_written_otherwise_is_blamed_as_a_time_with_the_hh_mm_meant_and_nothing_is_stored(
    chat: Core, store: Store, typed: str, meant: str
):
    """fresh tester 45: 'subscribe 9am' answered "'9am' is not a time zone I know"."""
    reply = chat.handle(parse(f"subscribe {typed}"), CHANNEL, now=NOW)
    value = typed.split()[0]
    assert reply.text == f"I couldn't read {value!r} as a time: use 24-hour HH:MM, for example 09:00 or 17:30. " + (
        f"Did you mean {meant}?"
    )
    assert count(store) == 0


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [
        ("pacific", "America/Los_Angeles"),
        ("Eastern", "America/New_York"),
        ("America/Los_Angeles_", "America/Los_Angeles"),
        ("Europe/Berln", "Europe/Berlin"),
        ("paris", "Europe/Paris"),
        ("EST", "America/New_York"),
    ],
)
def test_unknown_zone_is_refused_with_the_zone_meant_as_a_suggestion(chat: Core, store: Store, typed, suggested):
    text = say(chat, f"subscribe 09:00 {typed}")
    assert "not a time zone I know" in text
    assert suggested in text
    assert count(store) == 0


def test_zone_with_a_space_like_america_los_angeles_gets_the_underscored_name_suggested():
    with pytest.raises(CommandError) as err:
        resolve_timezone("America/Los Angeles")
    assert "Did you mean America/Los_Angeles" in err.value.message
    assert zone_suggestions("los angeles")[0] == "America/Los_Angeles"


def test_an_offset_from_utc_gets_the_fixed_zone_of_that_offset_suggested_never_utc_itself():
    # fresh tester 20: "UTC+2" was answered "Did you mean UTC?", two hours off; POSIX zone names flip the sign
    assert zone_suggestions("UTC+2") == ["Etc/GMT-2"]
    assert zone_suggestions("gmt-5") == ["Etc/GMT+5"]
    assert zone_suggestions("UTC+15") == []  # no such offset: no guess
    with pytest.raises(CommandError) as err:
        resolve_timezone("UTC+2")
    assert "Did you mean Etc/GMT-2" in err.value.message


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("UTC+5:30", "Asia/Kolkata"),
        ("utc+0530", "Asia/Kolkata"),
        ("GMT+5:45", "Asia/Kathmandu"),
        ("UTC-3:30", "America/St_Johns"),
    ],
)
def test_an_offset_with_minutes_gets_the_zones_at_that_offset_suggested_never_utc_itself(typed: str, meant: str):
    # fresh tester 67 U1: "UTC+5:30" was answered "Did you mean UTC?" (no Etc zone has minutes), 5.5 hours off
    suggested = zone_suggestions(typed)
    assert meant in suggested and "UTC" not in suggested, suggested
    assert "Asia/Calcutta" not in suggested[:2]  # the region's zone before its old alias
    assert zone_suggestions("UTC+5:17") == []  # an offset no zone keeps: no guess


def test_zone_suggestions_come_in_the_same_order_in_every_process():
    """Fresh tester 67 U5: "pacific" got "Canada/Pacific or US/Pacific" on Slack and the reverse on Discord: ties
    kept the order of zoneinfo's set, which changes with each process's string hashing."""
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    code = "from bot.subscriptions import zone_suggestions as z; print(z('pacific'), z('eastern'), z('central'))"
    seen = set()
    for seed in ("1", "2", "3", "4", "5", "6"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        seen.add(run.stdout)
    assert len(seen) == 1, seen


def test_zone_names_are_matched_whatever_their_case_and_stored_canonically(chat: Core, store: Store):
    say(chat, "subscribe 08:15 america/new_york")
    sub = Subscriptions(store).get(platform="slack", workspace="T1", channel="C1")
    assert sub is not None and sub.timezone == "America/New_York"


def test_nonsense_zone_is_refused_without_suggestions(chat: Core):
    text = say(chat, "subscribe 09:00 Mars/Olympus_Mons")
    assert "not a time zone I know" in text and "Did you mean" not in text


@pytest.mark.parametrize("channel", ["C\x01;DROP", "C1 C2", "C1\n", "C" * 65])
def test_a_channel_id_with_a_space_or_control_character_is_refused_and_nothing_is_stored(
    store: Store, channel: str
) -> None:
    # fresh tester 14: the CLI stored "C\x01;DROP" as given, and `subscriptions list` printed the control character
    with pytest.raises(CommandError) as err:
        Subscriptions(store).add(
            platform="slack", workspace="T1", channel=channel, time=None, timezone=None, empty=None, now=NOW
        )
    assert "is not a channel or workspace id" in str(err.value)
    assert count(store) == 0


def test_bad_empty_policy_is_refused(chat: Core, store: Store):
    assert "skip or nearest" in say(chat, "subscribe 09:00 UTC --empty always")
    assert count(store) == 0


def test_subscribe_in_a_direct_message_is_refused_because_digests_go_to_channels(chat: Core, store: Store):
    dm = Context(platform="discord", workspace=None, channel="D1", user="U1", channel_kind="dm")
    assert "Digests go to channels" in say(chat, "subscribe 09:00 UTC", dm)
    assert "direct messages" in say(chat, "unsubscribe", dm)
    assert count(store) == 0


def test_unsubscribe_when_not_subscribed_says_so_and_changes_nothing(chat: Core, store: Store):
    assert "has no digest" in say(chat, "unsubscribe")
    assert count(store) == 0


def test_unsubscribe_removes_the_subscription_and_status_then_says_there_is_none(chat: Core, store: Store):
    say(chat, "subscribe 09:00 UTC")
    assert say(chat, "unsubscribe").startswith("Unsubscribed")
    assert count(store) == 0
    assert "has no digest" in say(chat, "status")


def test_status_shows_the_schedule_of_this_channel_only(chat: Core):
    say(chat, "subscribe 18:45 Asia/Tokyo --empty skip")
    text = say(chat, "status")
    assert "18:45 Asia/Tokyo" in text and "no message" in text
    other = CHANNEL.model_copy(update={"channel": "C2"})
    assert "has no digest" in say(chat, "status", other)


def test_status_of_a_paused_subscription_names_the_platform_error_and_subscribe_resumes_it(chat: Core, store: Store):
    say(chat, "subscribe 09:00 UTC")
    with store.session() as s:
        sub = s.scalars(select(Subscription)).one()
        sub.enabled = False
        sub.last_error = "channel_not_found"
        sub.disabled_at = NOW
    text = say(chat, "status")
    assert "paused" in text and "channel_not_found" in text and "Slack" in text
    say(chat, "subscribe")
    sub2 = Subscriptions(store).get(platform="slack", workspace="T1", channel="C1")
    assert sub2 is not None and sub2.enabled and sub2.last_error is None


def test_channels_with_the_same_id_on_different_platforms_are_different_subscriptions(chat: Core, store: Store):
    say(chat, "subscribe 09:00 UTC")
    say(chat, "subscribe 10:00 UTC", CHANNEL.model_copy(update={"platform": "discord", "workspace": "G1"}))
    assert count(store) == 2


def test_core_without_storage_says_digests_are_not_enabled(brief: Brief):
    assert "not enabled" in Core(brief, rate_limit=0).handle(parse("status"), CHANNEL, now=NOW).text


def _legacy_row(store: Store, channel: str = "C1", time: str = "08:00") -> None:
    """A Slack row as `subscriptions add` stored it without --workspace (before it was required)."""
    Subscriptions(store).add(platform="slack", workspace=None, channel=channel, time=time, timezone="UTC", empty=None,
                             now=NOW)  # fmt: skip


def test_a_channel_row_stored_without_workspace_is_seen_by_status_and_adopted_by_subscribe_never_doubled(
    chat: Core, store: Store
):
    """fresh tester 45: such a row was invisible to status, subscribe added a second one and both posted."""
    _legacy_row(store)
    assert say(chat, "status").startswith("This channel gets the digest every day at 08:00 UTC")
    assert say(chat, "subscribe 09:00 UTC").startswith("Updated")
    assert count(store) == 1
    sub = Subscriptions(store).get(platform="slack", workspace="T1", channel="C1")
    assert sub is not None and (sub.workspace, sub.local_time) == ("T1", "09:00")
    assert say(chat, "unsubscribe").startswith("Unsubscribed") and count(store) == 0


def test_subscribe_in_a_channel_with_both_rows_keeps_one_and_unsubscribe_removes_both(chat: Core, store: Store):
    say(chat, "subscribe 09:00 UTC")
    _legacy_row(store)  # a database where the duplicate already exists
    assert count(store) == 2
    say(chat, "subscribe 10:00 UTC")
    assert count(store) == 1
    _legacy_row(store)
    assert say(chat, "unsubscribe").startswith("Unsubscribed") and count(store) == 0


def test_a_workspace_less_row_of_another_channel_or_platform_is_left_alone(chat: Core, store: Store):
    _legacy_row(store, channel="C2")
    say(chat, "subscribe 09:00 UTC")
    assert count(store) == 2
    assert Subscriptions(store).get(platform="discord", workspace="G", channel="C2") is None


@pytest.mark.parametrize("text", ["subscribe 09:00 UTC", "unsubscribe", "status"])
def test_each_digest_command_on_a_locked_database_gets_one_line_for_the_person_and_one_for_the_log(
    brief: Brief, tmp_path, caplog: pytest.LogCaptureFixture, text: str
):
    """The core's answer on every platform (Slack, Discord, the console): no apology, no traceback."""
    import logging
    import sqlite3

    from bot import messages
    from bot.store import open_store

    path = tmp_path / "bot.db"
    chat = Core(brief, rate_limit=0, subscriptions=Subscriptions(open_store(f"sqlite:///{path}", timeout=0.1)))
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        reply = chat.handle(parse(text), CHANNEL, now=NOW)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    said = messages.DATABASE_UNREADABLE if text == "status" else messages.DATABASE_UNAVAILABLE
    assert (reply.kind, reply.text) == ("error", said)
    [line] = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert line.exc_info is None and "is locked by another program (waited 0.1 s)" in line.getMessage()


def test_status_on_a_locked_database_says_the_status_could_not_be_read_not_that_nothing_was_changed(
    brief: Brief, tmp_path
):
    """fresh tester 49: `status` changes nothing, so "nothing was changed" read oddly; subscribe keeps that line."""
    import sqlite3

    from bot import messages
    from bot.store import open_store

    path = tmp_path / "bot.db"
    chat = Core(brief, rate_limit=0, subscriptions=Subscriptions(open_store(f"sqlite:///{path}", timeout=0.1)))
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        status = chat.handle(parse("status"), CHANNEL, now=NOW)
        subscribe = chat.handle(parse("subscribe 09:00 UTC"), CHANNEL, now=NOW)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert status.text == messages.DATABASE_UNREADABLE
    assert "couldn't read this channel's digest status" in status.text and "changed" not in status.text
    assert subscribe.text == messages.DATABASE_UNAVAILABLE


@pytest.mark.parametrize("typed", ["-1:00", "+9:00", "-9am"])
def test_a_signed_time_is_blamed_as_a_time_not_a_zone(chat: Core, store: Store, typed: str):
    """Tester 51 §2.3: 'subscribe -1:00' answered "'-1:00' is not a time zone I know"."""
    reply = chat.handle(parse(f"subscribe {typed}"), CHANNEL, now=NOW)
    assert reply.text.startswith(f"I couldn't read {typed!r} as a time: use 24-hour HH:MM")
    assert count(store) == 0


def test_a_bad_time_and_a_bad_zone_are_both_named_with_their_suggestions(chat: Core, store: Store):
    """Tester 51 §2.3: 'subscribe 5:30pm pacific' suggested only 17:30, and 'pacific' failed on the next try."""
    reply = chat.handle(parse("subscribe 5:30pm pacific"), CHANNEL, now=NOW)
    assert "Did you mean 17:30?" in reply.text
    assert "'pacific' is not a time zone I know" in reply.text and "America/Los_Angeles" in reply.text
    assert reply.text.index("17:30") < reply.text.index("pacific")
    assert count(store) == 0


@pytest.mark.parametrize(
    ("typed", "named"),
    [
        ("subscribe 5:30pm pacific extra", ["Did you mean 17:30?", "America/Los_Angeles", "'extra': more than"]),
        ("subscribe 9am pacific Europe/Berln", ["Did you mean 09:00?", "America/Los_Angeles", "'Europe/Berln'"]),
        (
            "subscribe 5:30pm pacific --empty maybe extra",
            ["Did you mean 17:30?", "America/Los_Angeles", "'maybe'", "'extra': more than"],
        ),
        ("subscribe 09:00 UTC --empty skip --empty nearest", ["'--empty nearest': more than"]),
    ],
)
def test_a_subscribe_with_an_extra_word_names_it_and_still_gives_the_other_suggestions(
    chat: Core, store: Store, typed: str, named: list[str]
):
    """Fresh tester 53 §2.2/2.3: an extra word gave a bare usage line, or (a fifth word) an off-topic answer."""
    reply = chat.handle(parse(typed), CHANNEL, now=NOW)
    assert reply.kind == "usage"
    for part in named:
        assert part in reply.text
    assert "Usage: subscribe [HH:MM] [Area/City] [--empty skip|nearest]" in reply.text
    assert count(store) == 0


@pytest.mark.parametrize(("typed", "stored"), [("GMT", "Etc/GMT"), ("gmt", "Etc/GMT"), ("Z", "UTC"), ("zulu", "UTC")])
def test_gmt_and_z_are_fixed_zones_accepted_as_the_tz_databases_own(chat: Core, store: Store, typed, stored):
    """Fresh tester 61 U3: "GMT" was refused (UTC and Etc/GMT were taken) with Europe/London suggested first, an hour
    off from late March to late October. GMT is a fixed zone, stored as the tz database names it."""
    text = say(chat, f"subscribe 07:30 {typed}")
    assert text.startswith("Subscribed"), text
    sub = Subscriptions(store).get(platform="slack", workspace="T1", channel="C1")
    assert sub is not None and sub.timezone == stored
    assert resolve_timezone(typed) == stored


def test_a_city_of_two_words_is_one_zone_with_one_suggestion_not_two_errors(chat: Core, store: Store):
    """Fresh tester 61 U3: "new york" read "'new' … Did you mean Canada/Newfoundland or America/New_York?" and then
    "'york': more than subscribe takes"."""
    text = say(chat, "subscribe 09:00 new york")
    assert "'new york' is not a time zone I know" in text and "Did you mean America/New_York?" in text, text
    assert "more than subscribe takes" not in text
    assert count(store) == 0


def test_a_subscribe_with_only_an_extra_word_wrong_stores_nothing(chat: Core, store: Store):
    reply = chat.handle(parse("subscribe 09:00 UTC please"), CHANNEL, now=NOW)
    assert reply.text.startswith("'please': more than subscribe takes.")
    assert count(store) == 0


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("EST", ["America/New_York", "America/Jamaica"]),
        ("EDT", ["America/New_York"]),
        ("PST", ["America/Los_Angeles", "America/Vancouver"]),
        ("PDT", ["America/Los_Angeles", "America/Vancouver"]),
        # fresh tester 61 U3: one zone per UTC offset first, so China's CST is offered beside the Americas'
        ("CST", ["America/Chicago", "America/Havana", "Asia/Shanghai"]),
        ("MST", ["America/Denver", "America/Edmonton", "America/Phoenix"]),
        ("CET", ["Europe/Paris", "Africa/Algiers"]),
        ("BST", ["Europe/London"]),
        ("NZST", ["Pacific/Auckland"]),  # reviewer 18 F7: named in the description column, not the comment
    ],
)
def test_a_zone_abbreviation_suggests_the_zones_tzdata_says_use_it_and_no_lookalike_name(typed: str, meant: list[str]):
    """Fresh tester: "EST" suggested Australia/West and Europe/Bucharest (names merely containing "est"). The zones come
    from tzdata's zonenow.tab, those pairing the abbreviation with daylight time first."""
    assert zone_suggestions(typed) == meant
    assert zone_suggestions(typed.lower()) == meant


def test_a_time_moved_later_after_todays_digest_went_out_is_next_due_tomorrow_in_the_reply_and_in_status(
    chat: Core, make_digests: Callable[..., Digests]
):
    """fresh tester 56 U5/P2: 'Updated … (next: Sat 5 December, 09:04 UTC)' after the 08:56 digest, and nothing
    came at 09:04 (one digest a day); `list` said Sun 6 December."""
    before = chat.handle(parse("subscribe 08:56 UTC"), CHANNEL, now=at("2026-12-04T12:00")).text
    assert "next: Sat 5 December, 08:56 UTC" in before
    digests = make_digests(publishers={"slack": RecordingPublisher(platform="slack")})
    assert asyncio.run(digests.run_due(at("2026-12-05T08:56"))).sent == 1
    updated = chat.handle(parse("subscribe 09:04"), CHANNEL, now=at("2026-12-05T09:00")).text
    assert "next: Sun 6 December, 09:04 UTC" in updated
    assert asyncio.run(digests.run_due(at("2026-12-05T09:04"))).sent == 0  # what the reply says is what happens
    sub = Subscriptions(digests.store).get(platform="slack", workspace="T1", channel="C1")
    assert sub is not None
    assert "next: Sun 6 December, 09:04 UTC" in Subscriptions(digests.store).describe(sub, now=at("2026-12-05T09:05"))


def test_a_time_moved_later_before_todays_digest_is_still_due_today(chat: Core):
    chat.handle(parse("subscribe 08:56 UTC"), CHANNEL, now=at("2026-12-04T12:00"))
    updated = chat.handle(parse("subscribe 09:04"), CHANNEL, now=at("2026-12-05T08:00")).text
    assert "next: Sat 5 December, 09:04 UTC" in updated


def test_unsubscribe_then_subscribe_is_a_new_subscription_with_the_defaults_not_the_old_settings(
    chat: Core, store: Store
):
    say(chat, "subscribe 18:45 Asia/Tokyo --empty skip")
    say(chat, "unsubscribe")
    text = say(chat, "subscribe")
    assert text.startswith("Subscribed") and "09:00 UTC" in text
    sub = Subscriptions(store).get(platform="slack", workspace="T1", channel="C1")
    assert sub is not None and (sub.local_time, sub.timezone, sub.empty_policy) == ("09:00", "UTC", "nearest")
    assert count(store) == 1


def _delivery(store: Store, sub_id: int, day: str, status: str, attempts: int = 1) -> None:
    """A delivery row as a run leaves it."""
    import datetime as dt

    from bot.store import Delivery

    with store.session() as s:
        s.add(
            Delivery(
                subscription_id=sub_id,
                local_date=dt.date.fromisoformat(day),
                due_at=at(f"{day}T08:00"),
                status=status,
                attempts=attempts,
                updated_at=at(f"{day}T08:00"),
            )
        )


def _rows(store: Store) -> list[Subscription]:
    with store.session() as s:
        return list(s.scalars(select(Subscription).order_by(Subscription.id)))


def test_subscribe_over_a_removed_row_keeps_a_live_workspace_less_twins_schedule_and_what_it_delivered(
    chat: Core, store: Store, make_digests: Callable[..., Digests]
):
    """reviewer 18 F3: with the workspace's row unsubscribed and a live twin stored without a workspace, subscribe
    revived the removed row with the defaults (09:00) and deleted the twin and its deliveries: the day's digest,
    already sent by the twin, was sent again."""
    say(chat, "subscribe 07:00 UTC")
    say(chat, "unsubscribe")
    _legacy_row(store, time="08:00")  # live, and today's digest went out from it
    twin = next(r for r in _rows(store) if not r.workspace)
    _delivery(store, twin.id, "2026-11-23", "sent")
    text = say(chat, "subscribe --empty skip")
    assert "08:00 UTC" in text and "next: Tue 24 November" in text
    [kept] = _rows(store)
    assert (kept.workspace, kept.local_time, kept.empty_policy, kept.removed_at) == ("T1", "08:00", "skip", None)
    digests = make_digests(publishers={"slack": RecordingPublisher(platform="slack")})
    assert asyncio.run(digests.run_due(at("2026-11-23T16:00"))).sent == 0  # the twin's digest counts


def test_unsubscribe_over_a_removed_row_and_a_live_twin_keeps_the_twins_deliveries(chat: Core, store: Store):
    """reviewer 18 F3, remove: the live twin's delivery rows were deleted, so a subscribe the same day sent again."""
    say(chat, "subscribe 07:00 UTC")
    say(chat, "unsubscribe")
    _legacy_row(store, time="08:00")
    twin = next(r for r in _rows(store) if not r.workspace)
    _delivery(store, twin.id, "2026-11-23", "sent")
    assert say(chat, "unsubscribe").startswith("Unsubscribed") and count(store) == 0
    text = say(chat, "subscribe 17:00 UTC")
    assert "next: Tue 24 November, 17:00 UTC" in text  # today's digest went out already (from the twin)


def test_status_does_not_promise_today_a_retry_a_failed_delivery_out_of_attempts_will_not_get(
    chat: Core, store: Store, make_digests: Callable[..., Digests]
):
    """reviewer 18 F2: a failed row with every attempt spent is not retried (bot.digest), yet status said "next:
    today", and nothing came."""
    say(chat, "subscribe 08:00 UTC")
    sub = Subscriptions(store).get(platform="slack", workspace="T1", channel="C1")
    assert sub is not None
    _delivery(store, sub.id, "2026-11-24", "failed", attempts=5)
    later = chat.handle(parse("subscribe 10:00"), CHANNEL, now=at("2026-11-24T09:00")).text
    assert "next: Wed 25 November, 10:00 UTC" in later
    digests = make_digests(publishers={"slack": RecordingPublisher(platform="slack")})
    assert asyncio.run(digests.run_due(at("2026-11-24T10:00"))).sent == 0  # what the reply says is what happens


def test_an_offset_suggestion_says_the_reversed_sign_is_the_time_zone_databases_not_a_typo():
    """Fresh tester 65 U4: "UTC+2" -> "Did you mean Etc/GMT-2?" looked like a typo; the reversed sign is explained.
    A suggestion for a name that is no offset says nothing of signs."""
    with pytest.raises(CommandError) as err:
        resolve_timezone("UTC+2")
    assert err.value.message.endswith(
        "Did you mean Etc/GMT-2? (Not a typo: the time zone database writes UTC+2 as Etc/GMT-2, "
        "with the sign reversed.)"
    )
    with pytest.raises(CommandError) as other:
        resolve_timezone("Europe/Berln")
    assert "sign" not in other.value.message


@pytest.mark.parametrize(
    ("typed", "meant", "utc"), [("Etc/GMT+14", "Etc/GMT-14", "UTC+14"), ("etc/gmt+13", "Etc/GMT-13", "UTC+13")]
)
def test_an_etc_zone_that_exists_only_with_the_sign_reversed_is_offered_first_with_the_sign_note(
    typed: str, meant: str, utc: str
) -> None:
    """Fresh tester 70 U3: Etc/GMT+14 offered Etc/GMT+1, +4 and +10, not Etc/GMT-14 (UTC+14, which exists)."""
    assert zone_suggestions(typed)[0] == meant
    with pytest.raises(CommandError) as err:
        resolve_timezone(typed)
    assert f"Did you mean {meant} or" in err.value.message
    assert err.value.message.endswith(f"writes {utc} as {meant}, with the sign reversed.)")
    assert zone_suggestions("Etc/GMT+99")[:1] == ["Etc/GMT+9"]  # no zone of either sign: near spellings alone
