"""How the bot opens a SQLite file, with SQLAlchemy (`bot.store`) or without it (`bot.gaps_record`).

The file is created readable by its owner only; each connection waits for locks instead of failing at once, puts
the file in write-ahead-log mode and takes its transactions over (the caller then opens them with BEGIN IMMEDIATE),
so that several processes on one file wait for each other.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from typing import Any

log = logging.getLogger(__name__)


def create_private_file(path: str | os.PathLike[str]) -> None:
    """Create the SQLite file readable by its owner only (0600), before SQLite would create it world-readable:
    it holds installed Slack bot tokens. SQLite gives the `-wal` and `-shm` files the database file's mode."""
    # It may exist already, or its directory may not: then SQLite says so in its own words.
    with contextlib.suppress(OSError):
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def prepare_connection(dbapi_conn: Any, *, timeout: float, in_file: bool) -> None:
    """Set up one sqlite3 connection: no implicit transactions (the caller sends BEGIN IMMEDIATE), a busy timeout of
    `timeout` seconds, foreign keys enforced, and for a file (`in_file`) WAL with synchronous=NORMAL."""
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
    cur.execute("PRAGMA foreign_keys = ON")
    if in_file:
        write_ahead_log(cur)
        cur.execute("PRAGMA synchronous = NORMAL")
    cur.close()


def write_ahead_log(cur: Any) -> None:
    """Put the file in WAL mode (it stays so: the mode is stored in the file) unless it is already.

    Switching needs the file to itself; when several processes open a new file at once, one's switch can find
    another's transaction open and get "database is locked" at once (SQLite's deadlock rule skips the busy
    timeout). The file then stays in its rollback journal until one switch succeeds, which BEGIN IMMEDIATE and the
    busy timeout serialize just as well, so that error is not a failure to open the database.
    """
    if str(cur.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
        return
    try:
        cur.execute("PRAGMA journal_mode = WAL")
    except sqlite3.OperationalError as exc:
        if "locked" not in str(exc) and "busy" not in str(exc):
            raise
        log.debug("SQLite file busy while switching to WAL; staying in its rollback journal for now: %s", exc)
