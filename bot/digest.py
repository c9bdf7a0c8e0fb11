"""Daily digests, exactly once per channel per local date: what is due, the claim, the send, the record.

The database is the truth. A delivery row, unique on (subscription, local date), is inserted as the claim *before*
anything is sent, so two copies of the bot (or `digest run-due` run twice) never both send: the insert of one of
them does nothing. After the platform answers, the row is marked sent with the message id. A claim whose process
died is "stale" after `claim_timeout`; whoever finds it first re-claims it (compare-and-set on `attempts`) and asks
the platform whether the marked message is already in the channel before sending it again.

Due times, catch-up and daylight saving are computed here from each subscription's local time and IANA zone (see
`bot.subscriptions.due_instant`); the scheduler only wakes `run_due` every minute.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import logging
import os
import random
import socket
import uuid
import zoneinfo
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from bot.models import OnThisDate
from bot.ports import Publisher
from bot.settings import Settings
from bot.store import Delivery, Store, Subscription
from bot.subscriptions import MAX_ATTEMPTS, due_instant

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]
Status = Literal["sent", "skipped", "missed", "failed", "abandoned"]


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class DeliveryError(Exception):
    """A publisher could not post. `permanent` errors (channel gone, bot removed) pause the subscription;
    others are retried on a later run while the digest is still inside the grace window. `retry_after` (seconds)
    is the platform's rate-limit answer: the send waits that long and tries again. `transient` errors (a 5xx, a
    dropped connection, Slack's HTTP 200 `internal_error`) are also retried within the run, after a short backoff,
    for up to `DigestSettings.retry_budget`: such a post may have gone out all the same, so the channel is checked
    for it (`Publisher.find_published`) before each new try.
    """

    def __init__(
        self, reason: str, *, permanent: bool = False, retry_after: float | None = None, transient: bool = False
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent
        self.retry_after = retry_after
        self.transient = transient and not permanent


# The scheduler wakes once a minute: a digest sent during the minute it is due is on time. A grace of 0 therefore
# means "on time or not at all", and any grace shorter than this minute behaves as this minute.
ON_TIME = dt.timedelta(minutes=1)


@dataclass(frozen=True)
class DigestSettings:
    grace: dt.timedelta = dt.timedelta(hours=3)
    claim_timeout: dt.timedelta = dt.timedelta(minutes=5)
    concurrency: int = 50
    max_attempts: int = MAX_ATTEMPTS
    chunk: int = 200
    max_rate_limit_waits: int = 30
    # Transient errors: retried within the run like the answer path's replies (adapters/slack/retry.py), waiting
    # `retry_backoff` seconds, doubling up to 8 s, with jitter, while less than `retry_budget` has passed since
    # the first one; after that the delivery is `failed` and the next minute's run takes it up.
    retry_budget: dt.timedelta = dt.timedelta(seconds=30)
    retry_backoff: float = 0.5


@dataclass
class Job:
    """One digest to deliver (or to check, when recovering a stale claim)."""

    subscription_id: int
    platform: str
    workspace: str
    channel: str
    empty_policy: str
    local_date: dt.date
    due_at: dt.datetime
    delivery_id: int | None = None
    attempts: int = 0
    status: str | None = None
    recover_since: dt.datetime | None = None
    late: bool = False
    claimed_at: dt.datetime | None = None

    @property
    def key(self) -> str:
        return f"{self.subscription_id}:{self.local_date.isoformat()}"


@dataclass
class Result:
    job: Job
    status: Status
    message_id: str | None = None
    error: str | None = None
    recovered: bool = False


@dataclass
class RunReport:
    """What one `run_due` did. `sent`, `skipped`, `missed` and `failed` (with `disabled`, the channels its refusals
    paused) are this run's own results. Digests another run took are counted apart, as what each came to by the end
    of this run (`Digests._settle_elsewhere`), and never in this run's counts: with several schedulers, the sum of
    every run's `failed` counts one refusal once (review 22 M5). `already`: sent there (today's only, `_Plan`);
    `sending`: still claimed there; `failed_elsewhere`: failed there (the next run retries it) or refused for good
    (`paused_elsewhere` of them paused the channel). Another run's skipped or missed digests are no news."""

    sent: int = 0
    skipped: int = 0
    missed: int = 0
    failed: int = 0
    disabled: int = 0
    recovered: int = 0
    already: int = 0
    # today's digests another run had claimed and was still sending when this run ended: neither sent nor failed
    # yet, so not "already sent" (fresh tester 70 U4: a refused digest in flight was counted as sent)
    sending: int = 0
    failed_elsewhere: int = 0
    paused_elsewhere: int = 0
    sent_keys: list[str] = field(default_factory=list)
    # Per platform: how many digests ended in each status this run, the last error, and how many were due on a
    # platform this run has no publisher for (left untouched, so they go out once it has one, within the grace).
    by_platform: dict[str, dict[str, int]] = field(default_factory=dict)
    last_error: dict[str, str] = field(default_factory=dict)
    last_error_elsewhere: dict[str, str] = field(default_factory=dict)  # of another run's failures, per platform
    unpublished: dict[str, int] = field(default_factory=dict)

    def tally(self, platform: str, status: str, n: int = 1) -> None:
        counts = self.by_platform.setdefault(platform, {})
        counts[status] = counts.get(status, 0) + n

    def handled_elsewhere(self, platform: str, n: int = 1) -> None:
        """`n` digests of `platform` another run had sent (a twin's: sent or claimed): the total and the platform's
        line, "already sent today"."""
        self.already += n
        self.tally(platform, "already", n)

    def sending_elsewhere(self, platform: str) -> None:
        """A digest another run had claimed and not finished when this run ended."""
        self.sending += 1
        self.tally(platform, "sending")

    def failed_in_another_run(self, platform: str, error: str | None, *, paused: bool) -> None:
        """A digest another run tried and failed (retried by a later run) or gave up (`abandoned`): its own part,
        "failed in another run", with the channel's pause when the platform refused it for good; never this run's
        `failed`, which that run counts (review 22 M5: one refusal was failed in every scheduler's summary)."""
        self.failed_elsewhere += 1
        self.tally(platform, "failed_elsewhere")
        if error:
            self.last_error_elsewhere[platform] = error
        if paused:
            self.paused_elsewhere += 1
            self.tally(platform, "paused_elsewhere")

    def platform_lines(self, no_publisher_reason: Callable[[str], str]) -> list[str]:
        """One line per platform that had a digest due: what was sent, skipped (and why), missed, failed."""
        lines = []
        for platform in sorted(set(self.by_platform) | set(self.unpublished)):
            counts = self.by_platform.get(platform, {})
            parts = [f"sent {counts.get('sent', 0)}"]
            if counts.get("skipped"):
                parts.append(f"skipped {counts['skipped']} (nothing dated near that day to post)")
            if self.unpublished.get(platform):
                parts.append(f"skipped {self.unpublished[platform]} ({no_publisher_reason(platform)})")
            if counts.get("missed"):
                parts.append(f"missed {counts['missed']} (past the grace window)")
            if counts.get("already"):
                parts.append(f"already sent today: {counts['already']}")
            if counts.get("sending"):
                parts.append(f"being sent by another run: {counts['sending']}")
            # a digest refused for good ends "abandoned": it failed, and is counted once, with the others
            failed = counts.get("failed", 0) + counts.get("abandoned", 0)
            if failed:
                parts.append(f"failed {failed}" + _notes(self.last_error.get(platform), counts.get("paused", 0)))
            if counts.get("failed_elsewhere"):
                notes = _notes(self.last_error_elsewhere.get(platform), counts.get("paused_elsewhere", 0))
                parts.append(f"failed in another run: {counts['failed_elsewhere']}{notes}")
            lines.append(f"{platform}: " + ", ".join(parts))
        return lines

    def __str__(self) -> str:
        """No digest is counted twice, and each part is the sum of the platform lines' (fresh tester 49): this
        run's own results (sent, skipped, missed, failed), then another run's, each in its own part (already sent
        today, being sent, failed in another run). Not counted: this run's earlier results and another run's
        skipped or missed digests (no news: fresh tester 61 U2). The channels paused because their platform refused
        a digest for good are a note on the failed part, not a count beside it (fresh tester 45: one refusal read
        as one failed digest plus one more disabled)."""
        paused = f" ({_paused(self.disabled)})" if self.disabled else ""
        # a digest due on a platform this run cannot post to is skipped here (left for a run that can), as the
        # platform's own line says: the two lines must agree (fresh tester 49)
        skipped = self.skipped + sum(self.unpublished.values())
        sending = f", being sent by another run: {self.sending}" if self.sending else ""
        failed_there = ""
        if self.failed_elsewhere:
            failed_there = f", failed in another run: {self.failed_elsewhere}" + _notes(None, self.paused_elsewhere)
        return (
            f"sent {self.sent} (recovered {self.recovered}), skipped {skipped}, missed {self.missed}, "
            f"failed {self.failed}{paused}, already sent today: {self.already}{sending}{failed_there}"
        )


def _paused(channels: int) -> str:
    return f"{channels} channel{'' if channels == 1 else 's'} paused: refused for good, subscribe there resumes it"


def _notes(why: str | None, paused: int) -> str:
    """' (why; N channels paused: …)' after a failed count, or '' when there is nothing to say."""
    notes = [why] if why else []
    notes += [_paused(paused)] if paused else []
    return f" ({'; '.join(notes)})" if notes else ""


@dataclass
class _Plan:
    new: list[Job] = field(default_factory=list)
    reclaim: list[Job] = field(default_factory=list)
    missed: list[Job] = field(default_factory=list)
    # another run's digests the report names (per subscription once): `already_by` counts those settled now (a
    # workspace-less twin's send today: "already sent today"); `elsewhere` holds those whose row is read again at
    # the run's end to count each as what it came to (`Digests._settle_elsewhere`: sent, still being sent, or failed
    # in another run): today's that another run had sent or was sending when planned, and, added by `run_due`,
    # those another run recorded or claimed before this one could
    already_by: dict[str, int] = field(default_factory=dict)
    elsewhere: list[Job] = field(default_factory=list)
    unpublished: dict[str, int] = field(default_factory=dict)  # due, not handled, per platform without a publisher

    def handled(self, job: Job, *, counted: bool, settled: bool = False) -> None:
        """`job` needs nothing from this run; `counted` when it is one the report names: fresh tester 61 U2, every
        finished delivery of yesterday and today was "already handled" again on every tick (20 for 10
        subscriptions, hours later, by the very process that sent them). `settled`: sent for sure (a twin's row)."""
        if counted and settled:
            self.already_by[job.platform] = self.already_by.get(job.platform, 0) + 1
        elif counted:
            self.elsewhere.append(job)


class _Gate:
    """Per platform-and-workspace pause after a 429, shared by every concurrent send to it."""

    def __init__(self) -> None:
        self._until: dict[str, float] = {}

    async def wait(self, key: str) -> None:
        loop = asyncio.get_running_loop()
        while (delay := self._until.get(key, 0.0) - loop.time()) > 0:
            await asyncio.sleep(delay)

    def block(self, key: str, seconds: float) -> None:
        until = asyncio.get_running_loop().time() + max(seconds, 0.0)
        self._until[key] = max(self._until.get(key, 0.0), until)


def compose(digest: OnThisDate, empty_policy: str) -> OnThisDate | None:
    """The digest to post, or None when there is nothing to post (no facts, or only nearby ones under `skip`)."""
    if not digest.items:
        return None
    if digest.nearest and empty_policy == "skip":
        return None
    return digest


def settings_from(settings: Settings) -> DigestSettings:
    return DigestSettings(
        grace=dt.timedelta(minutes=settings.digest_grace_minutes),
        claim_timeout=dt.timedelta(seconds=settings.digest_claim_timeout_seconds),
        concurrency=settings.digest_concurrency,
    )


def default_owner() -> str:
    return f"{socket.gethostname()[:30]}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


class Digests:
    """Computes what is due and delivers it through the platform publishers."""

    def __init__(
        self,
        store: Store,
        on_this_date: Callable[[dt.date], OnThisDate],
        publishers: Mapping[str, Publisher],
        *,
        settings: DigestSettings | None = None,
        owner: str | None = None,
        clock: Clock = utcnow,
    ) -> None:
        self.store = store
        self.on_this_date = on_this_date
        self.publishers = dict(publishers)
        self.settings = settings or DigestSettings()
        self.owner = owner or default_owner()
        self.clock = clock
        self._gate = _Gate()

    # -- content ----------------------------------------------------------------------------------------------

    def compose(self, day: dt.date, empty_policy: str) -> OnThisDate | None:
        return compose(self.on_this_date(day), empty_policy)

    # -- one run ------------------------------------------------------------------------------------------------

    async def run_due(self, now: dt.datetime | None = None) -> RunReport:
        """Deliver every digest due at `now` that nobody has delivered; record missed ones. Safe to run anywhere,
        any number of times, concurrently: each digest is sent at most once (exactly once unless it keeps failing).
        """
        now = now or self.clock()
        report = RunReport()
        plan = await asyncio.to_thread(self._plan, now)
        for platform, n in plan.already_by.items():
            report.handled_elsewhere(platform, n)
        elsewhere = plan.elsewhere  # another run's, counted at the end as what each came to
        composed: dict[tuple[dt.date, str], OnThisDate | None] = {}

        def content(job: Job) -> OnThisDate | None:
            k = (job.local_date, job.empty_policy)
            if k not in composed:
                composed[k] = self.compose(job.local_date, job.empty_policy)
            return composed[k]

        report.unpublished = plan.unpublished
        if plan.missed:
            missed = await asyncio.to_thread(self._record_missed, plan.missed)
            report.missed += len(missed)
            for job in missed:
                report.tally(job.platform, "missed")
        empty = [j for j in plan.new if content(j) is None]
        plan.new = [j for j in plan.new if content(j) is not None]
        if empty:
            skipped = await asyncio.to_thread(self._insert_final, empty, "skipped")
            report.skipped += len(skipped)
            for job in skipped:
                report.tally(job.platform, "skipped")
            elsewhere += _others(empty, skipped)

        queue: asyncio.Queue[Job | None] = asyncio.Queue(maxsize=max(self.settings.chunk, 1))
        pending: list[Result] = []
        workers = max(1, self.settings.concurrency)
        # claimed by this run and not yet done (delivery id -> job), and which of them a send was started for: what
        # a clean stop releases (`_release`); keyed by the row, not the object, so it does not rest on object lifetime
        outstanding: dict[int, Job] = {}
        started: set[int] = set()

        async def claim(call: Callable[[], list[Job]]) -> list[Job]:
            """Run a claiming `call` in a thread; what it claimed is in `outstanding` even when the run is cancelled
            meanwhile. The thread commits its claims whatever happens to the await, so a cancel waits for it
            (reviewer 18 F1: claims committed during a stop were never released and waited out `claim_timeout`)."""
            thread = asyncio.ensure_future(asyncio.to_thread(call))
            try:
                claimed = await asyncio.shield(thread)
            except asyncio.CancelledError:
                await asyncio.wait({thread})
                if not thread.cancelled() and thread.exception() is None:
                    outstanding.update((_row(job), job) for job in thread.result())
                raise
            outstanding.update((_row(job), job) for job in claimed)
            return claimed

        async def produce() -> None:
            try:
                for job in plan.reclaim:
                    if await claim(functools.partial(self._reclaimed, job)):
                        await queue.put(job)
                    else:
                        elsewhere.append(job)
                for chunk in _chunks(plan.new, max(self.settings.chunk, 1)):
                    claimed = await claim(functools.partial(self._claim, chunk))
                    elsewhere.extend(_others(chunk, claimed))
                    for job in claimed:
                        await queue.put(job)
            finally:
                for _ in range(workers):
                    await queue.put(None)

        async def flush() -> None:
            if pending:
                batch = pending[:]
                pending.clear()
                await asyncio.to_thread(self._record, batch, report)

        async def work() -> None:
            while (job := await queue.get()) is not None:
                started.add(_row(job))
                pending.append(await self._deliver(job, content(job)))
                outstanding.pop(_row(job), None)
                if len(pending) >= self.settings.chunk:
                    await flush()

        try:
            await asyncio.gather(producer := asyncio.ensure_future(produce()), *(work() for _ in range(workers)))
        except asyncio.CancelledError:
            # a clean stop (SIGTERM) mid-run: what this run claimed and did not finish is released, so the next
            # run (after a restart, at once) takes it up instead of waiting out `claim_timeout` (fresh tester 56:
            # every deploy during a send delayed those digests 5 minutes, reported as "already handled"). gather
            # gives up at the first cancelled worker: the producer may still be waiting for a claim to be written
            await asyncio.wait({producer})
            unfinished = list(outstanding.values())
            await asyncio.shield(flush())
            if unfinished:
                await asyncio.shield(asyncio.to_thread(self._release, unfinished, started))
            raise
        finally:
            await asyncio.shield(flush())
        if elsewhere:
            await asyncio.to_thread(self._settle_elsewhere, elsewhere, report)
        log.info("digest run at %s: %s", now.isoformat(timespec="seconds"), report)
        return report

    # -- sending ------------------------------------------------------------------------------------------------

    async def _deliver(self, job: Job, digest: OnThisDate | None) -> Result:
        publisher = self.publishers[job.platform]
        gate_key = f"{job.platform}:{job.workspace}"
        if job.recover_since is not None:
            try:
                found = await publisher.find_published(
                    workspace=job.workspace or None, channel=job.channel, key=job.key, since=job.recover_since
                )
            except DeliveryError as exc:
                return Result(job, "abandoned" if exc.permanent else "failed", error=exc.reason)
            except Exception:
                log.exception("checking channel %s for digest %s failed", job.channel, job.key)
                return Result(job, "failed", error="could not check the channel for an earlier send")
            if found is not None:
                log.info(
                    "digest %s was already in channel %s (message %s): recorded, not re-sent",
                    job.key,
                    job.channel,
                    found,
                )
                return Result(job, "sent", message_id=found, recovered=True)
            if job.late:
                return Result(job, "missed", error="claim went stale and the grace window has passed")
        if digest is None:
            return Result(job, "skipped")
        rate_limited = 0
        transient: list[float] = []  # loop times of this send's transient failures
        loop = asyncio.get_running_loop()
        while True:
            await self._gate.wait(gate_key)
            if self._claim_expiring(job):
                # Another process may take the claim over soon; stop here and let whoever does check the channel.
                return Result(job, "failed", error="claim expired while waiting for the platform's rate limit")
            if transient:
                # The last try may have been posted before the platform answered an error: never post it twice.
                since = (job.claimed_at or self.clock()) - dt.timedelta(minutes=1)
                try:
                    found = await publisher.find_published(
                        workspace=job.workspace or None, channel=job.channel, key=job.key, since=since
                    )
                except DeliveryError as exc:
                    return Result(job, "abandoned" if exc.permanent else "failed", error=exc.reason)
                if found is not None:
                    log.info("digest %s reached channel %s (message %s) before the error", job.key, job.channel, found)
                    return Result(job, "sent", message_id=found, recovered=True)
            try:
                message_id = await publisher.publish(
                    workspace=job.workspace or None, channel=job.channel, digest=digest, key=job.key
                )
            except DeliveryError as exc:
                if exc.retry_after is not None:
                    rate_limited += 1
                    if rate_limited >= self.settings.max_rate_limit_waits:
                        return Result(job, "failed", error="rate limited too many times")
                    self._gate.block(gate_key, exc.retry_after)
                    continue
                if exc.permanent:
                    log.warning(
                        "digest %s to %s %s refused for good: %s", job.key, job.platform, job.channel, exc.reason
                    )
                    return Result(job, "abandoned", error=exc.reason)
                if exc.transient and self._may_retry(transient, loop.time()):
                    wait = min(8.0, self.settings.retry_backoff * 2 ** (len(transient) - 1))
                    log.info("digest %s to %s %s: %s, retrying", job.key, job.platform, job.channel, exc.reason)
                    await asyncio.sleep(wait + random.uniform(0, wait / 2))
                    continue
                log.warning("digest %s to %s %s failed, will retry: %s", job.key, job.platform, job.channel, exc.reason)
                return Result(job, "failed", error=exc.reason)
            except Exception:
                log.exception("digest %s to %s %s failed unexpectedly", job.key, job.platform, job.channel)
                return Result(job, "failed", error="unexpected error (see the bot's log)")
            return Result(job, "sent", message_id=message_id)

    def _may_retry(self, failures: list[float], now: float) -> bool:
        """Records a transient failure at `now` (loop time); True while the first one is inside the retry budget."""
        failures.append(now)
        return now - failures[0] < self.settings.retry_budget.total_seconds()

    def _claim_expiring(self, job: Job) -> bool:
        if job.claimed_at is None:
            return False
        return self.clock() - job.claimed_at > self.settings.claim_timeout * 0.8

    # -- the database ---------------------------------------------------------------------------------------------

    def _plan(self, now: dt.datetime) -> _Plan:
        """Every (subscription, local date) whose due time has passed, sorted into new / to re-claim / missed."""
        plan = _Plan()
        grace = max(self.settings.grace, ON_TIME)
        stale_before = self.clock() - self.settings.claim_timeout
        candidates: dict[tuple[int, dt.date], Job] = {}
        # due on a platform this run has no publisher for: left for a run that has one, unless already handled
        elsewhere: set[tuple[int, dt.date]] = set()
        todays: set[tuple[int, dt.date]] = set()  # each subscription's own local today
        with self.store.session() as s:
            subs = s.scalars(select(Subscription).where(Subscription.enabled.is_(True))).all()
            twins = self._twins(s, subs)
            for sub in subs:
                if sub.id in twins:
                    continue
                today = now.astimezone(zoneinfo.ZoneInfo(sub.timezone)).date()
                todays.add((sub.id, today))
                for day in (today - dt.timedelta(days=1), today):
                    due = due_instant(day, sub.local_time, sub.timezone)
                    if due > now or due < sub.schedule_from:
                        continue
                    if sub.platform not in self.publishers:
                        if now - due >= grace:  # no longer deliverable by a run that has the platform either
                            continue
                        elsewhere.add((sub.id, day))
                    candidates[(sub.id, day)] = Job(
                        subscription_id=sub.id,
                        platform=sub.platform,
                        workspace=sub.workspace,
                        channel=sub.channel,
                        empty_policy=sub.empty_policy,
                        local_date=day,
                        due_at=due,
                    )
            if not candidates:
                return plan
            dates = sorted({day for _, day in candidates})
            rows = s.scalars(select(Delivery).where(Delivery.local_date.in_(dates))).all()
            existing = {
                (r.subscription_id, r.local_date): r for r in rows if (r.subscription_id, r.local_date) in candidates
            }
            # what the channel's twin without a workspace already posted that day (before this rule, or by an
            # older copy of the bot still running): the channel has had that day's digest
            twin_sent = {
                (twins[r.subscription_id], r.local_date)
                for r in rows
                if r.subscription_id in twins and r.status in ("sent", "claimed")
            }
        for k, job in candidates.items():
            late = now - job.due_at >= grace
            row = existing.get(k)
            if k in elsewhere:
                # handled once a run recorded it (sent, skipped, claimed…); a failed one waits for a retry there
                if k in twin_sent or (row is not None and row.status != "failed"):
                    plan.handled(job, counted=k in todays and self._sent_by_another(row), settled=row is None)
                else:
                    plan.unpublished[job.platform] = plan.unpublished.get(job.platform, 0) + 1
                continue
            if row is None and k in twin_sent:
                plan.handled(job, counted=k in todays, settled=True)
                continue
            if row is None:
                (plan.missed if late else plan.new).append(job)
                continue
            job.delivery_id, job.attempts, job.status = row.id, row.attempts, row.status
            if row.status == "failed" and row.attempts < self.settings.max_attempts and not late:
                # a failed send (a timeout, a 5xx, Slack's internal_error) may have been posted all the same:
                # the channel is checked before it is sent again, as for a stale claim
                job.recover_since = (row.claimed_at or row.due_at) - dt.timedelta(minutes=1)
                plan.reclaim.append(job)
            elif row.status == "failed" and late:
                plan.missed.append(job)
            elif row.status == "claimed" and row.claimed_at is not None and row.claimed_at < stale_before:
                job.recover_since = row.claimed_at - dt.timedelta(minutes=1)
                job.late = late
                plan.reclaim.append(job)
            else:
                plan.handled(job, counted=k in todays and self._sent_by_another(row))
        return plan

    def _sent_by_another(self, row: Delivery | None) -> bool:
        """A delivery another run sent or is sending (this run's own earlier sends, when it is a scheduler's, and
        digests skipped, missed or given up are no news to the operator)."""
        return row is None or (row.status in ("sent", "claimed") and row.claimed_by != self.owner)

    def _settle_elsewhere(self, jobs: list[Job], report: RunReport) -> None:
        """Count each digest another run had taken as what it came to by the end of this run, read from its row:
        sent ("already sent today"), still claimed ("being sent by another run"), failed or refused for good
        ("failed in another run", with the channel's pause; that run counts it failed, this one does not: review 22
        M5). Fresh tester 70 U4: with two schedulers, a digest the platform refused was "already sent today" in the
        other's line, read while it was in flight. Skipped and missed rows are no news to the operator (as
        `_sent_by_another`), among them a digest this run found empty and another had recorded first."""
        keys = {(j.subscription_id, j.local_date) for j in jobs}
        with self.store.session() as s:
            rows = s.execute(
                select(Delivery.subscription_id, Delivery.local_date, Delivery.status, Delivery.last_error)
                .add_columns(Subscription.enabled, Subscription.removed_at)
                .join(Subscription, Subscription.id == Delivery.subscription_id)
                .where(
                    Delivery.subscription_id.in_({sub for sub, _ in keys}),
                    Delivery.local_date.in_({day for _, day in keys}),
                )
            ).all()
        # paused: refused for good, the subscription disabled and not unsubscribed (an unsubscribed row is disabled
        # too, with `removed_at`: review 22 L2)
        found = {
            (sub, day): (status, error, not enabled and removed_at is None)
            for sub, day, status, error, enabled, removed_at in rows
        }
        for job in jobs:
            status, error, paused = found.get((job.subscription_id, job.local_date), (None, None, False))
            if status == "sent":
                report.handled_elsewhere(job.platform)
            elif status == "claimed":
                report.sending_elsewhere(job.platform)
            elif status in ("failed", "abandoned"):
                report.failed_in_another_run(job.platform, error, paused=status == "abandoned" and paused)

    @staticmethod
    def _twins(s: Session, subs: Sequence[Subscription]) -> dict[int, int]:
        """Subscription id of each row stored without a workspace (by `subscriptions add` before it required
        `--workspace`) -> the id of the same platform and channel's row with one, which alone is delivered.

        One channel, one digest (fresh tester 45: both rows posted, every day, until someone ran subscribe or
        unsubscribe there). The row with the workspace wins: it is the one the channel's own status, subscribe and
        unsubscribe show and change, and the one an install's token can be found for; the channel's next
        subscribe or unsubscribe deletes the other (bot.subscriptions.Subscriptions.add). While it is paused the
        twin stays silent too: the channel refused, and subscribe there resumes it."""
        legacy = {(sub.platform, sub.channel): sub.id for sub in subs if not sub.workspace}
        if not legacy:
            return {}
        found = s.execute(
            select(Subscription.id, Subscription.platform, Subscription.channel)
            .where(
                Subscription.workspace != "",
                Subscription.removed_at.is_(None),
                Subscription.channel.in_({c for _, c in legacy}),
            )
            .order_by(Subscription.id)
        ).all()
        twins: dict[int, int] = {}
        for winner, platform, channel in found:
            loser = legacy.get((platform, channel))
            if loser is not None:
                twins.setdefault(loser, winner)
        return twins

    def _insert(self, jobs: list[Job], status: str) -> list[Job]:
        """Insert one row per job unless one exists; returns the jobs whose row this call inserted."""
        stamp = self.clock()
        rows = [
            {
                "subscription_id": j.subscription_id,
                "local_date": j.local_date,
                "due_at": j.due_at,
                "status": status,
                "attempts": 1 if status == "claimed" else 0,
                "claimed_by": self.owner if status == "claimed" else None,
                "claimed_at": stamp if status == "claimed" else None,
                "updated_at": stamp,
            }
            for j in jobs
        ]
        insert = pg_insert if self.store.dialect == "postgresql" else sqlite_insert
        stmt = (
            insert(Delivery)
            .values(rows)
            .on_conflict_do_nothing(index_elements=["subscription_id", "local_date"])
            .returning(Delivery.id, Delivery.subscription_id, Delivery.local_date)
        )
        by_key = {(j.subscription_id, j.local_date): j for j in jobs}
        mine: list[Job] = []
        with self.store.session() as s:
            for row_id, sub_id, day in s.execute(stmt).all():
                job = by_key[(sub_id, day)]
                job.delivery_id, job.attempts, job.status = row_id, 1, status
                job.claimed_at = stamp if status == "claimed" else None
                mine.append(job)
        return mine

    def _claim(self, jobs: list[Job]) -> list[Job]:
        return self._insert(jobs, "claimed")

    def _insert_final(self, jobs: list[Job], status: str) -> list[Job]:
        return [job for chunk in _chunks(jobs, 500) for job in self._insert(chunk, status)]

    def _reclaimed(self, job: Job) -> list[Job]:
        """[job] when `_reclaim` took it, else []: the shape `run_due`'s claim records."""
        return [job] if self._reclaim(job) else []

    def _reclaim(self, job: Job) -> bool:
        """Take over a failed or stale claim, unless another process took it first (compare-and-set)."""
        assert job.delivery_id is not None
        stamp = self.clock()
        with self.store.session() as s:
            result = s.execute(
                update(Delivery)
                .where(Delivery.id == job.delivery_id, Delivery.status == job.status, Delivery.attempts == job.attempts)
                .values(
                    status="claimed",
                    claimed_by=self.owner,
                    claimed_at=stamp,
                    attempts=Delivery.attempts + 1,
                    updated_at=stamp,
                )
            )
            taken = bool(getattr(result, "rowcount", 0) == 1)
        if taken:
            job.attempts += 1
            job.claimed_at = stamp
        return taken

    def _release(self, jobs: list[Job], started: set[int]) -> None:
        """Give back the claims of `jobs` a stopping run did not finish: each becomes `failed`, which the next run
        retries at once within the grace window, after checking the channel (a send in flight may have posted).
        A job whose send never started made no attempt: its count goes back. Only a claim still this run's is
        changed (compare-and-set on owner and attempts)."""
        stamp = self.clock()
        with self.store.session() as s:
            for job in jobs:
                s.execute(
                    update(Delivery)
                    .where(
                        Delivery.id == job.delivery_id,
                        Delivery.status == "claimed",
                        Delivery.claimed_by == self.owner,
                        Delivery.attempts == job.attempts,
                    )
                    .values(
                        status="failed",
                        attempts=job.attempts if _row(job) in started else max(job.attempts - 1, 0),
                        last_error="the bot stopped before this digest was sent",
                        updated_at=stamp,
                    )
                )
        log.info("digest run stopped: %d claimed digest(s) released for the next run", len(jobs))

    def _record_missed(self, jobs: list[Job]) -> list[Job]:
        """Mark each job missed unless another run got there first; the jobs this call marked, each logged once: a
        job another run marked is that run's to report (fresh tester 77 U1: two runs at once both printed every
        "missed" line, one of them counting "missed 0")."""
        fresh = [j for j in jobs if j.delivery_id is None]
        known = [j for j in jobs if j.delivery_id is not None]
        marked = self._insert_final(fresh, "missed") if fresh else []
        stamp = self.clock()
        with self.store.session() as s:
            for job in known:
                result = s.execute(
                    update(Delivery)
                    .where(Delivery.id == job.delivery_id, Delivery.status == job.status)
                    .values(status="missed", updated_at=stamp)
                )
                if getattr(result, "rowcount", 0) == 1:
                    marked.append(job)
        for job in marked:
            log.warning(
                "digest %s for %s %s missed: due %s, outside the grace window",
                job.key,
                job.platform,
                job.channel,
                job.due_at.isoformat(),
            )
        return marked

    def _record(self, results: Iterable[Result], report: RunReport) -> None:
        stamp = self.clock()
        disabled: dict[int, tuple[str, str]] = {}  # subscription id -> (platform, why)
        with self.store.session() as s:
            for r in results:
                values: dict[str, Any] = {"status": r.status, "updated_at": stamp, "last_error": r.error}
                report.tally(r.job.platform, r.status)
                if r.error:
                    report.last_error[r.job.platform] = r.error
                if r.status == "sent":
                    values |= {"message_id": r.message_id, "sent_at": stamp}
                    report.sent += 1
                    report.recovered += int(r.recovered)
                    report.sent_keys.append(r.job.key)
                elif r.status == "skipped":
                    report.skipped += 1
                elif r.status == "missed":
                    report.missed += 1
                elif r.status == "failed":
                    report.failed += 1
                    if r.job.attempts >= self.settings.max_attempts:
                        values["status"] = "abandoned"
                else:
                    report.failed += 1
                    disabled[r.job.subscription_id] = (r.job.platform, r.error or "refused")
                s.execute(update(Delivery).where(Delivery.id == r.job.delivery_id).values(**values))
            for sub_id, (platform, reason) in disabled.items():
                report.tally(platform, "paused")
                s.execute(
                    update(Subscription)
                    .where(Subscription.id == sub_id)
                    .values(enabled=False, last_error=reason, disabled_at=stamp, updated_at=stamp)
                )
                report.disabled += 1


def _others(jobs: list[Job], taken: list[Job]) -> list[Job]:
    """The jobs of `jobs` not in `taken` (another run got there first)."""
    ids = {id(job) for job in taken}
    return [job for job in jobs if id(job) not in ids]


def _row(job: Job) -> int:
    """A claimed job's delivery row id (every claimed job has one)."""
    assert job.delivery_id is not None
    return job.delivery_id


def _chunks(items: list[Job], size: int) -> Iterable[list[Job]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
