"""Storage: migrations applied at start-up (also by several processes at once), UTC times on every backend."""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import inspect, select
from sqlalchemy.exc import IntegrityError, StatementError

from bot.migrations import HEAD
from bot.store import Delivery, Store, Subscription, at_head, current_revision, make_engine, migrate, open_store
from tests.digest.conftest import at


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    from bot.store import alembic_config, make_engine

    engine = make_engine("sqlite://")
    script = ScriptDirectory.from_config(alembic_config(engine))
    return str(script.get_current_head())


def test_opening_the_store_applies_every_migration_and_reopening_changes_nothing(db_url: str):
    first = open_store(db_url)
    assert current_revision(first.engine) == head_revision()
    tables = set(inspect(first.engine).get_table_names())
    assert {"subscriptions", "deliveries", "alembic_version"} <= tables
    first.dispose()
    again = open_store(db_url)
    assert current_revision(again.engine) == head_revision()
    again.dispose()


def test_the_newest_revision_known_without_alembic_is_alembics_own_head():
    assert head_revision() == HEAD  # a new migration in bot/migrations/versions/ bumps bot.migrations.HEAD


def test_a_database_an_older_version_migrated_is_brought_up_to_date_when_opened(db_url: str):
    engine = make_engine(db_url)
    assert not at_head(engine)  # a new database: no version table yet
    migrate(engine, "0002")
    assert not at_head(engine) and current_revision(engine) == "0002"
    engine.dispose()
    store = open_store(db_url)
    assert at_head(store.engine) and current_revision(store.engine) == head_revision()
    assert "handled_requests" in inspect(store.engine).get_table_names()
    store.dispose()


def test_several_copies_starting_at_once_migrate_the_database_once(db_url: str):
    with ThreadPoolExecutor(4) as pool:
        stores = list(pool.map(lambda _: open_store(db_url), range(4)))
    assert all(current_revision(s.engine) == head_revision() for s in stores)
    for s in stores:
        s.dispose()


def test_copies_opening_a_new_sqlite_file_at_once_never_fail_switching_it_to_wal(tmp_path):
    # each copy switches the new file to WAL on connect; one found another's transaction open and got "database is
    # locked" at once (SQLite's deadlock rule skips the busy timeout): about 1 start in 3 failed before the fix
    for attempt in range(20):
        url = f"sqlite:///{tmp_path / f'bot{attempt}.db'}"
        with ThreadPoolExecutor(4) as pool:
            stores = list(pool.map(lambda u: open_store(u, timeout=5), [url] * 4))
        for s in stores:
            s.dispose()


def test_the_database_refuses_a_second_delivery_for_the_same_subscription_and_date(store: Store):
    stamp = at("2026-06-01T09:00")
    with store.session() as s:
        sub = Subscription(platform="console", workspace="", channel="C", local_time="09:00", timezone="UTC",
                           empty_policy="nearest", created_at=stamp, schedule_from=stamp, updated_at=stamp,
                           enabled=True)  # fmt: skip
        s.add(sub)
        s.flush()
        sub_id = sub.id
    row = {"subscription_id": sub_id, "local_date": dt.date(2026, 6, 1), "due_at": stamp, "status": "sent",
           "attempts": 1, "updated_at": stamp}  # fmt: skip
    with store.session() as s:
        s.add(Delivery(**row))
    with pytest.raises(IntegrityError), store.session() as s:
        s.add(Delivery(**row))


def test_times_come_back_as_aware_utc_and_naive_times_are_refused(store: Store):
    berlin = dt.datetime(2026, 6, 1, 11, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    with store.session() as s:
        s.add(Subscription(platform="console", workspace="", channel="C", local_time="09:00", timezone="UTC",
                           empty_policy="nearest", created_at=berlin, schedule_from=berlin, updated_at=berlin,
                           enabled=True))  # fmt: skip
    with store.session() as s:
        sub = s.scalars(select(Subscription)).one()
        assert sub.created_at == at("2026-06-01T09:00") and sub.created_at.tzinfo is not None
    with pytest.raises(StatementError), store.session() as s:
        s.add(Subscription(platform="console", workspace="", channel="D", local_time="09:00", timezone="UTC",
                           empty_policy="nearest", created_at=dt.datetime(2026, 6, 1), schedule_from=berlin,
                           updated_at=berlin, enabled=True))  # fmt: skip
