"""The APScheduler job in the bot's loop, with the clock moved by time-machine."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
import time_machine

from bot.brief import Brief
from bot.digest import Digests
from bot.schedule import DigestScheduler
from bot.store import open_store
from bot.subscriptions import Subscriptions
from tests.digest.conftest import RecordingPublisher, always_something, at


async def until(condition: Callable[[], bool], timeout: float = 5.0) -> bool:
    for _ in range(int(timeout / 0.02)):
        if condition():
            return True
        await asyncio.sleep(0.02)
    return condition()


async def test_the_scheduler_sends_each_channel_its_digest_at_local_time_across_spring_forward(
    subs: Subscriptions, make_digests: Callable[..., Digests], publisher: RecordingPublisher
):
    subs.add(
        platform="console",
        workspace="W",
        channel="LA",
        time="02:30",
        timezone="America/Los_Angeles",
        empty=None,
        now=at("2026-03-01T00:00"),
    )
    subs.add(
        platform="console",
        workspace="W",
        channel="BER",
        time="09:00",
        timezone="Europe/Berlin",
        empty=None,
        now=at("2026-03-01T00:00"),
    )
    with time_machine.travel(at("2026-03-08T08:00"), tick=False) as clock:  # 00:00 PST, 09:00 CET
        scheduler = DigestScheduler(make_digests())
        scheduler.start()
        try:
            assert await until(lambda: len(scheduler.reports) == 1)  # the catch-up run at start
            assert publisher.channels() == ["BER"]
            for minute in ("2026-03-08T10:29", "2026-03-08T10:30", "2026-03-08T10:31"):
                clock.move_to(at(minute))
                scheduler.wakeup()
                await until(lambda: len(scheduler.reports) >= 2 and publisher.channels()[-1] == "LA", 0.5)
            assert publisher.channels() == ["BER", "LA"]  # 02:30 PST does not exist: 03:30 PDT, once
            assert publisher.posts[1].digest.date == dt.date(2026, 3, 8)
        finally:
            scheduler.shutdown()


async def test_a_failing_run_is_logged_and_the_scheduler_keeps_going(
    subs: Subscriptions, make_digests: Callable[..., Digests], caplog
):
    subs.add(
        platform="console",
        workspace="W",
        channel="C",
        time="09:00",
        timezone="UTC",
        empty=None,
        now=at("2025-12-01T00:00"),
    )
    digests = make_digests()
    broken = DigestScheduler(digests, clock=lambda: dt.datetime(2026, 1, 1))  # naive: run_due cannot use it
    assert await broken.tick() is None
    assert "digest run failed" in caplog.text
    working = DigestScheduler(digests, clock=lambda: at("2026-01-01T09:00"))
    report = await working.tick()
    assert report is not None and report.sent == 1


async def test_a_run_on_a_locked_database_logs_one_line_naming_the_lock_and_the_next_tick_retries(
    brief: Brief, publisher: RecordingPublisher, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """fresh tester 53 §2.1: another program holding the SQLite file gave a 73-line traceback; now one ERROR line
    saying what is wrong (as slash commands do) and that the next minute's run tries again, which then delivers."""
    path = tmp_path / "bot.db"
    store = open_store(f"sqlite:///{path}", timeout=0.1)
    Subscriptions(store).add(
        platform="console",
        workspace="W",
        channel="C",
        time="09:00",
        timezone="UTC",
        empty=None,
        now=at("2025-12-01T00:00"),
    )
    digests = Digests(store, always_something(brief), {"console": publisher})  # type: ignore[dict-item]
    scheduler = DigestScheduler(digests, clock=lambda: at("2026-01-01T09:00"))
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        assert await scheduler.tick() is None
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    [line] = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert line.exc_info is None and "\n" not in line.getMessage()
    assert "is locked by another program (waited 0.1 s)" in line.getMessage()
    assert "the next run, each minute, tries again" in line.getMessage().lower()
    report = await scheduler.tick()
    assert report is not None and report.sent == 1
    store.dispose()
