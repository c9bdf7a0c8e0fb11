"""One unanswered question as the question log stores it, and its quick write for a one-shot command.

`unanswered_row` is what `bot.gaps.GapLog` stores for a miss (the cleaned, clipped question and where it was asked).
`record_in_sqlite_file` writes such a row with the standard library's sqlite3 alone, for `palantir-ice ask`: a
refused question then costs about what an answered one does, instead of importing SQLAlchemy's ORM and alembic
(~1 s of CPU). It takes only the simple case, a `sqlite:///PATH` file whose schema is current; for anything else
(PostgreSQL, a new file, an old schema) it writes nothing and says so, and the caller goes through `GapLog`, which
migrates first.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from typing import Any

from bot.migrations import HEAD
from bot.sqlite_file import prepare_connection
from bot.text import clean

QUESTION_CHARS = 300
WORKSPACE_CHARS = 64
COLUMNS = ("platform", "workspace", "channel_kind", "question", "outcome", "user_hash", "asked_at")
# A plain file path: a query string (`?mode=ro`), an escaped character (`%20`), `file:` URIs and `:memory:` are
# SQLAlchemy's to read.
_SQLITE_FILE = re.compile(r"sqlite(?:\+pysqlite)?:///([^?%]+)")
# How SQLAlchemy's SQLite dialect stores a DateTime (its documented default storage format), UTC and naive as
# `bot.store.UTCDateTime` hands it over.
_SQLITE_DATETIME = "%Y-%m-%d %H:%M:%S.%f"


def unanswered_row(
    *, platform: str, workspace: str | None, channel_kind: str, question: str, outcome: str, asked_at: dt.datetime
) -> dict[str, Any] | None:
    """The columns of one unanswered question but `user_hash` (the caller's: it may need the salt), or None when
    the question is empty once cleaned. `asked_at` must be aware (UTC or any zone)."""
    text = clean(question)[:QUESTION_CHARS]
    if not text:
        return None
    return {
        "platform": platform,
        "workspace": (workspace or "")[:WORKSPACE_CHARS],
        "channel_kind": channel_kind,
        "question": text,
        "outcome": outcome,
        "asked_at": asked_at,
    }


def sqlite_file(url: str) -> str | None:
    """The file a plain `sqlite:///PATH` URL names, as SQLAlchemy reads it; None for any other URL."""
    found = _SQLITE_FILE.fullmatch(url)
    if found is None or found[1] == ":memory:" or found[1].startswith("file:"):
        return None
    return found[1]


def record_in_sqlite_file(url: str, row: dict[str, Any], *, timeout: float) -> bool:
    """Insert `row` (an `unanswered_row` with its `user_hash`) into the SQLite file `url` names, in one BEGIN
    IMMEDIATE transaction that also checks the schema is at `bot.migrations.HEAD`.

    Returns False, having written nothing, when that takes more than this: `url` is not a plain SQLite file that
    exists, or its schema is not current (never migrated, or migrated by an older version). Raises sqlite3.Error when
    the database fails (locked for longer than `timeout` seconds, corrupt, read-only...)."""
    path = sqlite_file(url)
    if path is None or not os.path.isfile(path):
        return False
    if row["asked_at"].tzinfo is None:
        raise ValueError("naive datetimes are not stored: pass an aware UTC datetime")
    values = {**row, "asked_at": row["asked_at"].astimezone(dt.UTC).strftime(_SQLITE_DATETIME)}
    conn = sqlite3.connect(path, timeout=timeout)
    try:  # closing the connection rolls back whatever it has not committed
        prepare_connection(conn, timeout=timeout, in_file=True)
        conn.execute("BEGIN IMMEDIATE")
        try:
            versions = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        except sqlite3.OperationalError as exc:
            if "no such table" not in str(exc):
                raise
            versions = []
        if versions != [(HEAD,)]:
            return False
        placeholders = ", ".join(f":{column}" for column in COLUMNS)
        conn.execute(f"INSERT INTO unanswered_questions ({', '.join(COLUMNS)}) VALUES ({placeholders})", values)
        conn.execute("COMMIT")
    finally:
        conn.close()
    return True
