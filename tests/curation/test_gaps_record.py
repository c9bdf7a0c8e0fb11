"""The question log's quick write (bot/gaps_record.py): the row GapLog writes, or nothing when it takes more."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from bot.gaps import GapLog
from bot.gaps_record import record_in_sqlite_file, sqlite_file, unanswered_row
from bot.models import Answer
from bot.ports import Context
from bot.store import make_engine, migrate, open_store

# Not UTC, with microseconds: both are stored as UTC with six digits, as SQLAlchemy writes them.
ASKED = dt.datetime(2026, 3, 1, 14, 30, 5, 123, tzinfo=dt.timezone(dt.timedelta(hours=2)))
CTX = Context(platform="console", workspace="w" * 80, channel="cli")
MISS = Answer(question="  who won the   world cup?  " + "x" * 400, answered=False, outcome="off_topic", text="")


def _row(ctx: Context = CTX, answer: Answer = MISS) -> dict[str, object]:
    row = unanswered_row(
        platform=ctx.platform,
        workspace=ctx.workspace,
        channel_kind=ctx.channel_kind,
        question=answer.question,
        outcome=answer.outcome,
        asked_at=ASKED,
    )
    assert row is not None
    return {**row, "user_hash": None}


def _stored(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT platform, workspace, channel_kind, question, outcome, user_hash, asked_at, typeof(asked_at) "
            "FROM unanswered_questions ORDER BY id"
        ).fetchall()


def _contents(path: Path) -> str | None:
    """The file's tables and indexes, its revision and its unanswered questions; None when there is no file."""
    if not path.exists():
        return None
    with sqlite3.connect(path) as conn:
        tables = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        names = {name for _, name, _ in tables}
        versions = conn.execute("SELECT * FROM alembic_version").fetchall() if "alembic_version" in names else []
    return repr((tables, versions, _stored(path) if "unanswered_questions" in names else []))


def test_a_miss_written_without_sqlalchemy_is_stored_as_gap_log_stores_it(tmp_path: Path) -> None:
    quick, logged = tmp_path / "quick.db", tmp_path / "logged.db"
    for path in (quick, logged):
        open_store(f"sqlite:///{path}").dispose()
    assert record_in_sqlite_file(f"sqlite:///{quick}", _row(), timeout=1)
    store = open_store(f"sqlite:///{logged}")
    log = GapLog(store, salt="s")
    log.record_unanswered(CTX, MISS, ASKED)
    [row] = _stored(quick)
    assert [row] == _stored(logged)
    assert row[6] == "2026-03-01 12:30:05.000123" and len(row[3]) == 300 and len(row[1]) == 64  # type: ignore[arg-type]
    quick_store = open_store(f"sqlite:///{quick}")
    [group] = GapLog(quick_store, salt="s").report(ASKED, since_days=1).unanswered  # read back by the ORM
    assert group.last_asked == ASKED and group.question.startswith("who won the world cup?")
    for s in (store, quick_store):
        s.dispose()


def test_an_empty_question_makes_no_row() -> None:
    assert (
        unanswered_row(
            platform="console", workspace=None, channel_kind="channel", question=" \n ", outcome="empty", asked_at=ASKED
        )
        is None
    )


def test_a_naive_time_is_refused(tmp_path: Path) -> None:
    open_store(f"sqlite:///{tmp_path / 'bot.db'}").dispose()
    with pytest.raises(ValueError, match="naive"):
        record_in_sqlite_file(
            f"sqlite:///{tmp_path / 'bot.db'}", {**_row(), "asked_at": dt.datetime(2026, 3, 1)}, timeout=1
        )


@pytest.mark.parametrize("state", ["missing", "empty file", "never migrated", "one revision behind"])
def test_a_database_that_is_new_or_behind_is_left_to_gap_log_untouched(tmp_path: Path, state: str) -> None:
    """GapLog migrates it first; the quick write neither creates the file nor migrates it nor writes a row."""
    path = tmp_path / "bot.db"
    if state == "empty file":
        path.touch()
    elif state == "never migrated":
        sqlite3.connect(path).execute("CREATE TABLE something_else (x)").connection.close()
    elif state == "one revision behind":
        engine = make_engine(f"sqlite:///{path}")
        migrate(engine, "0002")
        engine.dispose()
    before = _contents(path)
    assert not record_in_sqlite_file(f"sqlite:///{path}", _row(), timeout=1)
    assert _contents(path) == before


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://bot:pw@127.0.0.1:1/bot",
        "sqlite://",
        "sqlite:///:memory:",
        "sqlite:///file:{path}?mode=rw&uri=true",
        "sqlite:///{path}?timeout=5",
        "sqlite:///{escaped}",
    ],
)
def test_urls_that_are_not_a_plain_file_path_are_left_to_gap_log(tmp_path: Path, url: str) -> None:
    path = tmp_path / "my bot.db"
    open_store(f"sqlite:///{path}").dispose()
    url = url.format(path=path, escaped=str(path).replace(" ", "%20"))
    assert not record_in_sqlite_file(url, _row(), timeout=1)
    assert _stored(path) == []


@pytest.mark.parametrize(
    "url",
    [
        "sqlite:///bot.db",
        "sqlite:////var/lib/palantir-ice/bot.db",
        "sqlite+pysqlite:////tmp/a b/bot.db",
        "sqlite:///./data/bot@home#1.db",
        "sqlite:///:memory:",
        "sqlite://",
        "sqlite:///bot.db?timeout=5",
        "sqlite:///a%20b.db",
        "sqlite:///file:/tmp/bot.db?mode=ro&uri=true",
        "postgresql://bot@db/bot",
    ],
)
def test_the_file_a_url_names_is_the_one_sqlalchemy_opens_or_none(url: str) -> None:
    path = sqlite_file(url)
    if path is not None:
        assert path == make_url(url).database
