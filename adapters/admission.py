"""`Admission`, a bounded queue in front of blocking work, and the one WARNING a database command told "busy" leaves.

Shared by the Slack and Discord adapters, so a burst of database commands on a locked database is answered the same
on both (fresh tester 65 O1: Discord queued them behind the 4 database threads, some "thinking…" for twice the
database timeout): at most `bot.commands.DATABASE_WORKERS` run, `DATABASE_PENDING` are admitted, and one that gets
no thread within `DATABASE_WAIT_SECONDS` is told "busy" at once instead of waiting out the stuck ones.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from bot import messages
from bot.commands import DATABASE_WORKERS

CHANGING_COMMANDS = frozenset({"subscribe", "unsubscribe"})  # the database commands that change something


class Admission:
    """A bounded queue in front of the core: `concurrency` answers at a time, at most `max_pending` admitted
    (waiting or running), none waiting longer than `max_wait` seconds. `turn()` yields False when the person
    should be told "busy" instead: memory and answer lag stay bounded however fast requests arrive."""

    def __init__(self, *, concurrency: int = 8, max_pending: int = 100, max_wait: float = 10.0) -> None:
        self.max_pending = max_pending
        self.max_wait = max_wait
        self._slots = asyncio.Semaphore(concurrency)
        self.pending = 0
        self.busy = 0

    @asynccontextmanager
    async def turn(self) -> AsyncIterator[bool]:
        """True once a slot is free; False at once past `max_pending`, or when no slot came free within `max_wait`
        (the person is told "busy" then, not when a slot finally frees: fresh tester 61 U1, six database commands
        behind four stuck on a locked database were told "busy" after 32 s)."""
        if self.pending >= self.max_pending:
            self.busy += 1
            yield False
            return
        self.pending += 1
        try:
            await asyncio.wait_for(self._slots.acquire(), self.max_wait)
        except TimeoutError:
            self.pending -= 1
            self.busy += 1
            yield False
            return
        try:
            yield True
        finally:
            self._slots.release()
            self.pending -= 1


def log_database_busy(log: logging.Logger, platform: str, command: str, admission: Admission) -> None:
    """One WARNING for a database command told "busy": its threads were all taken (a slow or locked database, whose
    own ERROR lines follow as each running command gives up), so the operator sees why it was not done. Worded so
    that any count reads right (fresh tester 65 U2: "(1 commands waiting, none longer than 3 s)")."""
    log.warning(
        "%s: %s not carried out, told busy: no database thread came free within %.0f s (all %d taken, %d other "
        "database command(s) still waiting); is the database slow or locked?",
        platform,
        command,
        admission.max_wait,
        DATABASE_WORKERS,
        max(0, admission.pending - DATABASE_WORKERS),
    )


def busy_text(command: str) -> str:
    """What a person told "busy" reads: after a subscribe or unsubscribe, that nothing was changed (fresh tester 65
    U2: they asked for a change, not a question); otherwise the general busy line."""
    return messages.BUSY_NOTHING_CHANGED if command in CHANGING_COMMANDS else messages.BUSY
