"""The digest scheduler: APScheduler 3's AsyncIOScheduler in the bot's own event loop (the only apscheduler import).

One in-memory job wakes `Digests.run_due` at second 0 of every minute, and once at start for catch-up. Why not a
job per subscription: APScheduler's job stores must not be shared between processes, and a cron trigger on a
spring-forward day can land on a local time that does not exist. Keeping the truth in our tables and computing each
subscription's due instant in its own zone (`bot.subscriptions.due_instant`) stays correct with several copies of
the bot, with subscriptions added by other processes, and across daylight-saving changes.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger

from bot.digest import Digests, RunReport, utcnow

log = logging.getLogger(__name__)

JOB_ID = "palantir-ice-digests"


class DigestScheduler:
    """Start it inside a running loop; `serve(stop)` runs it until `stop` is set."""

    def __init__(self, digests: Digests, *, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self.digests = digests
        self.clock = clock
        self.scheduler: AsyncIOScheduler | None = None
        self.reports: list[RunReport] = []

    async def tick(self) -> RunReport | None:
        """One run; never raises, so one bad minute cannot stop the scheduler. A database failure (locked past its
        timeout, unreachable…) is one ERROR line naming it (`Store.failure`); anything else is logged with its
        traceback. Either way the next minute's run tries again (deliveries are claimed, so none is doubled)."""
        try:
            report = await self.digests.run_due(self.clock())
        except asyncio.CancelledError:  # shutdown mid-run: run_due released its unsent claims for the next run
            log.info("digest run cancelled by shutdown")
            return None
        except Exception as exc:
            failure = self.digests.store.failure(exc)
            if failure is not None:  # locked, unreachable, read-only…: the operator's one line, not a traceback
                log.error(
                    "digest run failed on the database: %s The next run, each minute, tries again.", failure.message
                )
                return None
            log.exception("digest run failed")
            return None
        self.reports.append(report)
        del self.reports[:-100]
        return report

    def start(self, *, catch_up: bool = True) -> None:
        asyncio.get_running_loop()  # fail early outside a loop: the scheduler must share the bot's loop
        scheduler = AsyncIOScheduler(timezone=dt.UTC)
        first = {"next_run_time": self.clock()} if catch_up else {}  # None would mean "paused"
        scheduler.add_job(
            self.tick,
            CronTrigger(second=0, timezone=dt.UTC),
            id=JOB_ID,
            coalesce=True,
            max_instances=1,
            misfire_grace_time=55,
            **first,
        )
        scheduler.start()
        self.scheduler = scheduler
        log.info("digest scheduler started (every minute%s)", ", catching up now" if catch_up else "")

    def wakeup(self) -> None:
        if self.scheduler is not None:
            self.scheduler.wakeup()

    def shutdown(self) -> None:
        if self.scheduler is not None and self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        self.scheduler = None

    async def serve(self, stop: asyncio.Event) -> None:
        self.start()
        try:
            await stop.wait()
        finally:
            self.shutdown()
