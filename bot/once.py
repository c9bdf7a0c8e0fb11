"""`OnceLedger`: "has any copy of the bot taken this request already?", answered by the shared database.

Each adapter names its requests with an opaque key (a platform event id, a request signature). `claim(key, now)`
inserts the key and returns True for the first claimant only, on every replica sharing the database: the primary
key decides, with `INSERT ... ON CONFLICT DO NOTHING RETURNING` (SQLite 3.35+ and PostgreSQL), so a repeat costs
one indexed insert and no error. Keys older than `retention` are deleted now and then (`seen_at` is indexed),
keeping the table small. `claim(key, now, within=…)` makes a key claimable again once its row is older than `within`
(a Slack share: the same answer to the same channel once per window), with `ON CONFLICT DO UPDATE … WHERE seen_at <
now - within`; `release(key)` gives a claim back when what it guarded surely did not happen.
"""

from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy import delete
from sqlalchemy.dialects import postgresql, sqlite

from bot.store import HandledRequest, Store

log = logging.getLogger(__name__)


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

    def purge(self, now: dt.datetime) -> int:
        """Forget keys older than the retention; returns how many."""
        with self.store.session() as s:
            stale = delete(HandledRequest).where(HandledRequest.seen_at < now - self.retention)
            gone = s.execute(stale.execution_options(synchronize_session=False)).rowcount  # type: ignore[attr-defined]
        if gone:
            log.debug("forgot %d handled request keys", gone)
        return int(gone or 0)
