"""`OnceLedger`: "has any copy of the bot taken this request already?", answered by the shared database.

Each adapter names its requests with an opaque key (a platform event id, a request signature). `claim(key, now)`
inserts the key and returns True for the first claimant only, on every replica sharing the database: the primary
key decides, with `INSERT ... ON CONFLICT DO NOTHING RETURNING` (SQLite 3.35+ and PostgreSQL), so a repeat costs
one indexed insert and no error. Keys older than `retention` are deleted now and then (`seen_at` is indexed),
keeping the table small. `claim(key, now, within=…)` makes a key claimable again once its row is older than `within`
(a Slack share: the same answer to the same channel once per window), with `ON CONFLICT DO UPDATE … WHERE seen_at <
now - within`; `release(key)` gives a claim back when what it guarded surely did not happen.

`SeenEvents` is one process's cheap first check, and `first_claim` / `release_claim` put the two together for the
adapters (Slack's and Discord's Share use the same key scheme: the same answer to the same channel once per
`SHARE_WINDOW_SECONDS`).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from collections import OrderedDict
from concurrent.futures import Executor

from sqlalchemy import delete, update
from sqlalchemy.dialects import postgresql, sqlite

from bot.store import HandledRequest, Store

log = logging.getLogger(__name__)

# How long a shared answer blocks sharing the same answer to the same channel again (a double-click is two presses
# with their own ids, a second apart), on every platform.
SHARE_WINDOW_SECONDS = 300.0
# How long a share the platform did not confirm (it may or may not be in the channel) still blocks another: long
# enough for the presser to look, short enough that a share that did not arrive can soon be made (reviewer 18 F4:
# releasing it at once let any second press, by anyone, post it again unchecked).
SHARE_UNCONFIRMED_HOLD_SECONDS = 60.0
# A database that cannot answer a claim this fast is skipped (fail open): Slack and Discord both want an
# acknowledgement within 3 seconds.
CLAIM_TIMEOUT_SECONDS = 1.5


class OnceLedger:
    def __init__(
        self, store: Store, *, retention: dt.timedelta = dt.timedelta(hours=1), purge_every: int = 500
    ) -> None:
        self.store = store
        self.retention = retention
        self.purge_every = purge_every
        self._claims = 0

    def claim(self, key: str, now: dt.datetime, *, within: dt.timedelta | None = None) -> bool:
        """True for the first claim of `key` (keys are forgotten some time after `retention`). With `within`
        (shorter than the retention), a claim older than that is taken over, atomically: "first in this window"."""
        insert = postgresql.insert if self.store.dialect == "postgresql" else sqlite.insert
        values = insert(HandledRequest).values(key=key[:96], seen_at=now)
        if within is None:
            statement = values.on_conflict_do_nothing().returning(HandledRequest.key)
        else:  # the row is updated (and returned) only when its claim is older than the window
            statement = values.on_conflict_do_update(
                index_elements=[HandledRequest.key],
                set_={"seen_at": now},
                where=HandledRequest.seen_at < now - within,
            ).returning(HandledRequest.key)
        with self.store.session() as s:
            first = s.execute(statement).first() is not None
        self._claims += 1
        if self._claims % self.purge_every == 0:
            self.purge(now)
        return bool(first)

    def release(self, key: str) -> None:
        """Forget one claim (the work it stood for surely did not happen, so it may be tried again)."""
        with self.store.session() as s:
            s.execute(delete(HandledRequest).where(HandledRequest.key == key[:96]))

    def shorten(self, key: str, now: dt.datetime, *, window: dt.timedelta, left: dt.timedelta) -> None:
        """Make a claim taken with `within=window` claimable again `left` from `now` (its stamp moved back)."""
        with self.store.session() as s:
            s.execute(update(HandledRequest).where(HandledRequest.key == key[:96]).values(seen_at=now - window + left))

    def purge(self, now: dt.datetime) -> int:
        """Forget keys older than the retention; returns how many."""
        with self.store.session() as s:
            stale = delete(HandledRequest).where(HandledRequest.seen_at < now - self.retention)
            gone = s.execute(stale.execution_options(synchronize_session=False)).rowcount  # type: ignore[attr-defined]
        if gone:
            log.debug("forgot %d handled request keys", gone)
        return int(gone or 0)


class SeenEvents:
    """Request ids answered recently by this process (default 1 hour, 50,000 ids): the cheap first check."""

    def __init__(self, *, ttl: float = 3600.0, max_size: int = 50_000) -> None:
        self.ttl = ttl
        self.max_size = max_size
        self._seen: OrderedDict[str, float] = OrderedDict()

    def first_time(self, event_id: str, now: float) -> bool:
        """True the first time an id is seen within the ttl; records it."""
        while self._seen:
            oldest, stamp = next(iter(self._seen.items()))
            if now - stamp < self.ttl and len(self._seen) < self.max_size:
                break
            del self._seen[oldest]
        # an id whose time was cut short (`expire_in`) may sit behind fresher ones: its own stamp decides
        last = self._seen.get(event_id)
        if last is not None and now - last < self.ttl:
            return False
        self._seen[event_id] = now
        self._seen.move_to_end(event_id)
        return True

    def expire_in(self, event_id: str, seconds: float, now: float) -> None:
        """Keep an id seen only `seconds` more from `now` (not the whole ttl)."""
        if event_id in self._seen:
            self._seen[event_id] = min(self._seen[event_id], now - self.ttl + seconds)

    def forget(self, event_id: str) -> None:
        """Drop one id (what it stood for surely did not happen)."""
        self._seen.pop(event_id, None)


async def first_claim(
    key: str,
    *,
    seen: SeenEvents,
    ledger: OnceLedger | None,
    executor: Executor,
    within: float | None = None,
    platform: str,
) -> bool:
    """True unless this process (`seen`, checked before any await, so two presses in one loop cannot both pass) or,
    with a ledger, any replica claimed `key` within the window (`within` seconds, default the ledger's retention).
    A ledger that fails or takes over `CLAIM_TIMEOUT_SECONDS` is skipped with one WARNING (fail open: answering)."""
    if not seen.first_time(key, time.monotonic()):
        return False
    if ledger is None:
        return True
    now = dt.datetime.now(dt.UTC)
    window = dt.timedelta(seconds=within) if within is not None else None
    loop = asyncio.get_running_loop()
    try:
        first = await asyncio.wait_for(
            loop.run_in_executor(executor, lambda: ledger.claim(key, now, within=window)),
            timeout=CLAIM_TIMEOUT_SECONDS,
        )
    except Exception as exc:
        log.warning("%s: could not check for a repeat in the database (%s): answering", platform, type(exc).__name__)
        return True
    if not first:
        # another replica holds it, for as long as its ledger row says (it may shorten or release it): this
        # process's memory must not hold it for a whole window of its own
        seen.forget(key)
    return first


async def release_claim(
    key: str, *, seen: SeenEvents, ledger: OnceLedger | None, executor: Executor, platform: str
) -> None:
    """Give a claim back, here and in the ledger (what it guarded surely did not happen, so it may be tried again);
    a ledger that fails is one WARNING."""
    seen.forget(key)
    if ledger is None:
        return
    try:
        await asyncio.get_running_loop().run_in_executor(executor, lambda: ledger.release(key))
    except Exception as exc:
        log.warning("%s: could not release a failed share's claim (%s)", platform, type(exc).__name__)


async def shorten_claim(
    key: str,
    *,
    left: float,
    window: float,
    seen: SeenEvents,
    ledger: OnceLedger | None,
    executor: Executor,
    platform: str,
) -> None:
    """Keep a claim taken for `window` seconds only `left` seconds more, here and in the ledger (what it guarded may
    or may not have happened: a repeat soon is refused, a later one allowed); a ledger that fails is one WARNING."""
    seen.expire_in(key, left, time.monotonic())
    if ledger is None:
        return
    now = dt.datetime.now(dt.UTC)
    try:
        await asyncio.get_running_loop().run_in_executor(
            executor,
            lambda: ledger.shorten(key, now, window=dt.timedelta(seconds=window), left=dt.timedelta(seconds=left)),
        )
    except Exception as exc:
        log.warning("%s: could not shorten an unconfirmed share's claim (%s)", platform, type(exc).__name__)
