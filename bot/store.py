"""Storage: one SQLAlchemy 2 engine from DATABASE_URL (SQLite file by default, PostgreSQL when it points to one).

The schema is owned by Alembic (`bot/migrations/`), applied at start-up by `open_store`, so every copy of the bot
and every CLI command sees the same tables. Other modules add their tables to `Base.metadata` and a migration on top
of the latest revision (`0001` is subscriptions and deliveries).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    create_engine,
    event,
    text,
)
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker
from sqlalchemy.types import TypeDecorator

from bot import messages
from bot.errors import StorageError
from bot.migrations import HEAD
from bot.sqlite_file import create_private_file, prepare_connection

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).parent / "migrations"
# PostgreSQL advisory-lock key that serialises migrations when several copies start at once ("pal-ice" in hex-ish).
MIGRATION_LOCK_KEY = 0x9A1_1CE


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Aware UTC datetimes in and out on every backend (SQLite has no time zones and returns naive values)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored: pass an aware UTC datetime")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    pass


ID_LENGTH = 64  # characters of a workspace or channel id the table holds


class Subscription(Base):
    """One daily digest per channel: (platform, workspace, channel) is unique; subscribing again updates it.

    Unsubscribing keeps the row, disabled, with `removed_at` set (migration 0004): the row is the channel's key in
    the deliveries' claim, so a channel that unsubscribes and subscribes again the same day is not sent that day's
    digest twice (fresh tester 56). Subscribing again revives it; every listing leaves removed rows out.
    """

    __tablename__ = "subscriptions"
    __table_args__ = (UniqueConstraint("platform", "workspace", "channel", name="uq_subscriptions_channel"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(16))
    workspace: Mapped[str] = mapped_column(String(ID_LENGTH))  # "" when the platform has none (console)
    channel: Mapped[str] = mapped_column(String(ID_LENGTH))
    local_time: Mapped[str] = mapped_column(String(5))  # "HH:MM"
    timezone: Mapped[str] = mapped_column(String(64))  # IANA name, canonical spelling
    empty_policy: Mapped[str] = mapped_column(String(16), default="nearest")  # skip | nearest
    subscribed_by: Mapped[str | None] = mapped_column(String(64), nullable=True)  # hashed user id, never in clear
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    # When time or zone last changed: a due time before this is never delivered late for this schedule.
    schedule_from: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    disabled_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    removed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)  # unsubscribed then


class Delivery(Base):
    """One digest for one subscription on one local date. The unique row is the claim that makes sends exactly once.

    status: claimed (being sent) | sent | skipped (no facts and policy skip) | missed (too late) | failed (will retry
    while inside the grace window) | abandoned (permanent error or out of attempts).
    """

    __tablename__ = "deliveries"
    __table_args__ = (UniqueConstraint("subscription_id", "local_date", name="uq_deliveries_subscription_date"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    subscription_id: Mapped[int] = mapped_column(ForeignKey("subscriptions.id", ondelete="CASCADE"), index=True)
    local_date: Mapped[dt.date] = mapped_column(Date)
    due_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    status: Mapped[str] = mapped_column(String(16), index=True)
    message_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    claimed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)


class HandledRequest(Base):
    """A chat request some copy of the bot already took (an event id, a signed command), or a Slack share of one
    answer to one channel: the row is the claim that makes several replicas act on each once. Rows older than an
    hour are purged (`bot.once`)."""

    __tablename__ = "handled_requests"

    key: Mapped[str] = mapped_column(String(96), primary_key=True)
    seen_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)


def _sqlite_pragmas(engine: Engine, timeout: float = 30.0) -> None:
    """WAL, a busy timeout and BEGIN IMMEDIATE, so several processes on one file wait for each other instead of failing
    (`bot.sqlite_file.prepare_connection`).

    pysqlite's own transaction handling skips BEGIN before DDL and starts read transactions that cannot be upgraded
    without SQLITE_BUSY; SQLAlchemy's documented recipe takes transactions over (isolation_level=None + our BEGIN).
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        prepare_connection(dbapi_conn, timeout=timeout, in_file=engine.url.database not in (None, "", ":memory:"))

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str, *, timeout: float = 30.0) -> Engine:
    """An engine for `url`; `postgresql://` uses psycopg 3, `sqlite:///file` gets the pragmas above (and a file
    created 0600, see `create_private_file`).

    `timeout` (seconds) bounds how long one statement waits for a lock (SQLite) or a connection (PostgreSQL).
    """
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": timeout})
        database = engine.url.database
        if database and database != ":memory:" and not database.startswith("file:"):
            create_private_file(database)
        _sqlite_pragmas(engine, timeout)
        return engine
    connect: dict[str, Any] = {}
    if url.startswith("postgresql+psycopg"):  # the same bound on waiting for the server and for a lock
        connect = {"connect_timeout": max(1, int(timeout)), "options": f"-c lock_timeout={int(timeout * 1000)}"}
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10, connect_args=connect)


def alembic_config(engine: Engine) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    return cfg


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema up to `revision`; safe to call from several processes at once.

    A database at the newest revision already (`at_head`) is left as it is without importing alembic (~0.2 s of
    every start and every command that opens the database)."""
    if revision == "head" and at_head(engine):
        return
    from alembic import command

    cfg = alembic_config(engine)
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK_KEY})
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def at_head(engine: Engine) -> bool:
    """Whether the schema is at `bot.migrations.HEAD`: alembic's version table holds that one revision and no other.

    Read as alembic reads it (the table in the connection's default schema, when it exists), in one transaction."""
    from sqlalchemy import inspect

    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return False
        return [tuple(row) for row in conn.execute(text("SELECT version_num FROM alembic_version"))] == [(HEAD,)]


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


@dataclass
class Store:
    """The engine and its session factory; `session()` is a unit of work that commits or rolls back."""

    engine: Engine
    sessions: sessionmaker[Session]
    timeout: float = 30.0  # seconds a statement waits for a lock (make_engine's `timeout`)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work; StorageError first when the SQLite file this store opened is no longer there."""
        gone = self._file_gone()
        if gone is not None:
            raise StorageError(messages.DB_FILE_GONE.format(where=gone))
        with self.sessions.begin() as s:
            yield s

    def _file_gone(self) -> str | None:
        """The SQLite file's path when it was deleted (or moved) under this running store, else None: its open
        connections would go on writing to the unlinked file, lost at the next start (fresh tester 61 O3: subscribe
        kept answering "Subscribed" after `rm`). One stat per unit of work."""
        path = self._file_path
        return None if path is None or Path(path).exists() else path

    @cached_property
    def _file_path(self) -> str | None:
        """The SQLite file this store's engine opened; None for another database, in-memory and URI databases (the
        engine's URL never changes, so it is read once, not at every unit of work)."""
        url = self.engine.url
        path = url.database if url.get_backend_name() == "sqlite" else None
        if not path or path == ":memory:" or path.startswith("file:") or url.query.get("uri"):
            return None
        return path

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def dispose(self) -> None:
        self.engine.dispose()

    def with_timeout(self, seconds: float) -> Store:
        """The same database through another engine whose statements give up after `seconds` waiting for a lock."""
        engine = make_engine(self.engine.url.render_as_string(hide_password=False), timeout=seconds)
        return Store(engine=engine, sessions=sessionmaker(engine, expire_on_commit=False), timeout=seconds)

    def failure(self, exc: BaseException) -> StorageError | None:
        """The StorageError naming in one line what is wrong with this database behind `exc` (locked past the
        timeout, corrupted, read-only, gone…), or None when `exc` is no database failure."""
        url = self.engine.url.render_as_string(hide_password=False)
        message = database_failure(exc, url, timeout=self.timeout)
        return StorageError(message) if message is not None else None


def open_store(url: str, *, migrate_schema: bool = True, timeout: float = 30.0) -> Store:
    """Open the database at `url` and apply pending migrations (start-up does this; tests too).

    Any failure (no driver, unreachable, locked, corrupted, read-only, full, unknown revision) is a StorageError
    whose message says what is wrong in one line.
    """
    from bot.settings import data_dir, default_database_url

    if url == default_database_url():  # the default file lives in the user's data directory: create it once
        try:
            data_dir().mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(messages.DB_CANNOT_OPEN.format(where=_where(url))) from exc
    engine: Engine | None = None
    try:
        engine = make_engine(url, timeout=timeout)
        if migrate_schema:
            migrate(engine)
    except Exception as exc:
        if engine is not None:  # a migration that failed leaves the pool's connection open: closed, not leaked
            engine.dispose()
        message = database_failure(exc, url, timeout=timeout)
        if message is None:
            raise
        raise StorageError(message) from exc
    return Store(engine=engine, sessions=sessionmaker(engine, expire_on_commit=False), timeout=timeout)


def _where(url: str) -> str:
    """The database as a person would name it: the SQLite file, or the server URL without its password."""
    try:
        parsed = make_url(url)
    except Exception:
        return "DATABASE_URL"
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string(hide_password=True)


def _relative_hint(path: str) -> str:
    """For a relative SQLite path (sqlite:///tmp/x: three slashes, then a path without its leading "/"), what it was
    read as and how to write the absolute path people usually meant (fresh tester 48); "" for an absolute one."""
    if path == ":memory:" or Path(path).is_absolute():
        return ""
    return messages.DB_RELATIVE_PATH.format(where=path, resolved=Path(path).absolute())


def _one_line(text: str, limit: int = 200) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def database_failure(exc: BaseException, url: str, *, timeout: float = 30.0) -> str | None:
    """One line saying what is wrong with the database behind `exc`, or None when `exc` is not a database failure."""
    from alembic.util.exc import CommandError as AlembicCommandError
    from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

    where = _where(url)
    if isinstance(exc, StorageError):
        return exc.message
    if isinstance(exc, ImportError) and (exc.name or "").split(".")[0] in ("psycopg", "psycopg2", "asyncpg"):
        return messages.DB_NEEDS_EXTRA
    if isinstance(exc, NoSuchModuleError | ArgumentError):
        return messages.DB_BAD_URL.format(error=_one_line(str(exc), 120))
    if isinstance(exc, AlembicCommandError):
        found = re.search(r"Can't locate revision identified by '([^']+)'", str(exc))
        if found:
            return messages.DB_UNKNOWN_REVISION.format(where=where, revision=found[1])
        return messages.DB_FAILED.format(where=where, error=_one_line(str(exc)))
    original: BaseException = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    kind = type(original).__module__.split(".")[0]
    if kind not in ("sqlite3", "psycopg") and not isinstance(exc, DBAPIError):
        return None
    text = str(original).lower()
    if kind == "sqlite3" or url.startswith("sqlite"):
        if "unable to open database file" in text:
            if Path(where).is_dir():  # the path names a directory, not a file in one
                return messages.DB_IS_DIRECTORY.format(where=where)
            return messages.DB_CANNOT_OPEN.format(where=where) + _relative_hint(where)
        if "locked" in text or "busy" in text:
            return messages.DB_LOCKED.format(where=where, seconds=timeout)
        if "not a database" in text or "malformed" in text or "corrupt" in text:
            return messages.DB_CORRUPT.format(where=where)
        if "readonly" in text or "read-only" in text:
            return messages.DB_READ_ONLY.format(where=where)
    if "disk is full" in text or "no space left" in text or "could not extend file" in text:
        return messages.DB_FULL.format(where=where)
    # the first migration's CREATE TABLE meeting another program's table of the same name: SQLite says 'table x
    # already exists', PostgreSQL 'relation "x" already exists'
    clash = re.search(r"""(?:table|relation) "?(\w+)"? already exists""", text)
    if clash:
        return messages.DB_FOREIGN_TABLE.format(where=where, table=clash[1])
    first = _one_line(str(original).strip().splitlines()[0] if str(original).strip() else type(original).__name__)
    if kind == "psycopg" and type(original).__name__ == "OperationalError":  # refused, timed out, login, no such db
        return messages.DB_UNREACHABLE.format(where=where, error=first)
    return messages.DB_FAILED.format(where=where, error=first)
