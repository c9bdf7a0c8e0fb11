"""Answering never waits on the database: the core `run` builds records unanswered questions in the background."""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, text

from adapters.runner import build_core
from bot.brief import DEFAULT_BRIEF
from bot.commands import Ask
from bot.core import Core
from bot.gaps import GapLog, OffPathQuestionLog
from bot.ports import Context
from bot.settings import Settings
from bot.store import open_store
from bot.subscriptions import Subscriptions

CTX = Context(platform="slack", workspace="T1", channel="C1", user="U1")
UNANSWERABLE = "who won the world cup in 1998"


@contextmanager
def locked(db_url: str) -> Iterator[None]:
    """Another program holds the question table: an open write transaction (SQLite) or a table lock (PostgreSQL)."""
    if db_url.startswith("sqlite"):
        holder = sqlite3.connect(db_url.removeprefix("sqlite:///"), isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")
        try:
            yield
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        return
    engine = create_engine(db_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.connect() as conn, conn.begin() as tx:
        conn.execute(text("LOCK TABLE unanswered_questions IN ACCESS EXCLUSIVE MODE"))
        yield
        tx.rollback()
    engine.dispose()


@pytest.fixture
def core_as_run_builds_it(db_url: str) -> Iterator[Core]:
    settings = Settings(
        database_url=db_url, question_log_timeout_seconds=3, digests_enabled=False, rate_limit_per_minute=0
    )
    core = build_core(argparse.Namespace(brief=str(DEFAULT_BRIEF)), settings)
    yield core
    assert isinstance(core.question_log, OffPathQuestionLog)
    core.question_log.close()
    # the subscriptions' store stays open whatever DIGESTS_ENABLED says (it switches the scheduler only): close it,
    # or its PostgreSQL connection is left for the garbage collector to warn about in a later test
    assert isinstance(core.subscriptions, Subscriptions)
    core.subscriptions.store.dispose()


def unanswered_count(db_url: str) -> int:
    store = open_store(db_url)
    try:
        return GapLog(store, salt="x").report(dt.datetime.now(dt.UTC)).total_unanswered
    finally:
        store.dispose()


def timed(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def test_an_answer_does_not_wait_while_the_database_is_locked_and_the_failed_write_is_counted_and_logged_once(
    core_as_run_builds_it: Core, db_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    core = core_as_run_builds_it
    question_log = core.question_log
    assert isinstance(question_log, OffPathQuestionLog)
    core.handle(Ask(question="warm up the index"), CTX)
    assert question_log.flush(10)
    written_before = question_log.written
    with caplog.at_level(logging.WARNING, logger="bot.gaps"), locked(db_url):
        waits = [timed(lambda: core.handle(Ask(question=UNANSWERABLE), CTX)) for _ in range(3)]
        assert question_log.flush(20)
    assert max(waits) < 1.5, waits  # a write waits up to 3 s for the lock (30 s before), but not on the answer path
    assert question_log.failed == 3 and question_log.written == written_before
    warnings = [r for r in caplog.records if r.name == "bot.gaps" and r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "later failures are only counted" in warnings[0].getMessage()

    core.handle(Ask(question=UNANSWERABLE), CTX)  # the database is back: records are written again, none retried
    assert question_log.flush(10)
    assert question_log.failed == 3
    assert unanswered_count(db_url) == written_before + 1


def test_a_full_queue_drops_records_instead_of_blocking(db_url: str, core: Core) -> None:
    store = open_store(db_url)
    question_log = OffPathQuestionLog(GapLog(store.with_timeout(0.2), salt="s"), max_pending=2)
    answer = core.ask(UNANSWERABLE)
    now = dt.datetime.now(dt.UTC)
    with locked(db_url):
        elapsed = timed(lambda: [question_log.record_unanswered(CTX, answer, now) for _ in range(20)])
        assert question_log.flush(20)
    question_log.close()
    store.dispose()
    assert elapsed < 0.2
    assert question_log.failed == 20 and question_log.written == 0
