"""Every database failure is one line on stderr and a non-zero exit, for `run` and for the other commands.

Real SQLite files in each broken state, a real refused connection for PostgreSQL, and a real missing driver (the
`psycopg` import blocked in the child process, as on a machine without the [postgres] extra).
"""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text
from sqlalchemy.engine import Engine

from adapters.cli import main
from bot import messages
from bot.errors import StorageError
from bot.store import open_store
from tests.conftest import ROOT
from tests.test_run import PLATFORM_VARS

# `run` as a real process (it sets up logging and the event loop); the other commands in this process, to stay quick.
COMMANDS = (["run"], ["subscriptions", "list"], ["gaps"], ["digest", "run-due"])


@pytest.fixture
def cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Callable[..., subprocess.CompletedProcess[str]]:
    def attempt(
        *args: str, url: str, block_psycopg: bool = False, timeout: str = "1", stdin: str = "", cwd: Path | None = None
    ) -> subprocess.CompletedProcess[str]:
        if args[0] not in ("run", "chat"):  # the services run as processes of their own
            monkeypatch.setenv("DATABASE_URL", url)
            monkeypatch.setenv("DATABASE_TIMEOUT_SECONDS", timeout)
            if block_psycopg:  # as on a machine without the [postgres] extra: `import psycopg` fails
                monkeypatch.setitem(sys.modules, "psycopg", None)
            code = main(list(args))
            out, err = capsys.readouterr()
            return subprocess.CompletedProcess(list(args), code, out, err)
        block = "sys.modules['psycopg'] = None; " if block_psycopg else ""
        code_text = f"import sys; {block}from adapters.cli import main; sys.exit(main(sys.argv[1:]))"
        env = {k: v for k, v in os.environ.items() if k not in PLATFORM_VARS}
        env |= {"DATABASE_URL": url, "DATABASE_TIMEOUT_SECONDS": timeout, "PYTHONPATH": str(ROOT)}
        return subprocess.run(
            [sys.executable, "-c", code_text, *args],
            capture_output=True,
            text=True,
            env=env,
            input=stdin,
            timeout=120,
            check=False,
            cwd=cwd,
        )

    return attempt


Cli = Callable[..., subprocess.CompletedProcess[str]]


def assert_one_line(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode != 0, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert lines[0].startswith("palantir-ice: ")
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


def migrated(path: Path) -> str:
    url = f"sqlite:///{path}"
    open_store(url).dispose()
    return url


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize("command", COMMANDS)
def test_a_postgresql_url_without_the_postgres_extra_names_the_extra(cli: Cli, command: list[str]) -> None:
    result = cli(*command, url="postgresql://bot@127.0.0.1:5432/bot", block_psycopg=True)
    assert_one_line(result, "palantir-ice[postgres]")


@pytest.mark.parametrize("command", COMMANDS)
def test_an_unreachable_postgresql_server_is_one_line_without_the_password(cli: Cli, command: list[str]) -> None:
    result = cli(*command, url=f"postgresql://bot:s3cret@127.0.0.1:{free_port()}/bot")
    assert_one_line(result, "Could not connect to the database at postgresql://bot:***@127.0.0.1")
    assert "s3cret" not in result.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_a_sqlite_path_in_a_missing_directory_is_one_line(cli: Cli, command: list[str], tmp_path: Path) -> None:
    result = cli(*command, url=f"sqlite:///{tmp_path / 'nowhere' / 'bot.db'}")
    assert_one_line(result, "Could not open the SQLite file", str(tmp_path / "nowhere" / "bot.db"))


@pytest.mark.parametrize("command", COMMANDS)
def test_a_relative_sqlite_path_says_it_was_read_from_the_working_directory_and_shows_the_four_slash_form(
    cli: Cli, command: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """fresh tester 48 §5: sqlite:///tmp/x (meant: /tmp/x) said only "Could not open the SQLite file tmp/x"."""
    monkeypatch.chdir(tmp_path)  # the commands run in this process; `run` gets the same cwd
    result = cli(*command, url="sqlite:///nowhere/bot.db", cwd=tmp_path)
    assert_one_line(
        result,
        "Could not open the SQLite file nowhere/bot.db: its directory does not exist",
        f"read relative to the working directory, as {tmp_path / 'nowhere' / 'bot.db'};",
        "for the absolute path /nowhere/bot.db write sqlite:////nowhere/bot.db (four slashes).",
    )


@pytest.mark.parametrize("command", COMMANDS)
def test_a_sqlite_path_in_a_missing_directory_is_one_line_without_the_relative_path_hint(
    cli: Cli, command: list[str], tmp_path: Path
) -> None:
    result = cli(*command, url=f"sqlite:///{tmp_path / 'nowhere' / 'bot.db'}")
    assert_one_line(result, "Could not open the SQLite file")
    assert "relative" not in result.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_a_sqlite_path_naming_a_directory_says_so_in_one_line(cli: Cli, command: list[str], tmp_path: Path) -> None:
    result = cli(*command, url=f"sqlite:///{tmp_path}")  # it said the directory "does not exist"
    assert_one_line(result, f"Could not open the SQLite file {tmp_path}: it is a directory")


@pytest.mark.parametrize("command", COMMANDS)
def test_a_locked_sqlite_file_is_one_line_after_the_timeout(cli: Cli, command: list[str], tmp_path: Path) -> None:
    url = migrated(tmp_path / "bot.db")
    holder = sqlite3.connect(tmp_path / "bot.db", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = cli(*command, url=url, timeout="0.5")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert_one_line(result, "is locked by another program", "0.5 s")


@pytest.mark.parametrize("command", COMMANDS)
def test_a_corrupted_sqlite_file_is_one_line(cli: Cli, command: list[str], tmp_path: Path) -> None:
    (tmp_path / "bot.db").write_bytes(b"these are not the pages you are looking for\n" * 200)
    result = cli(*command, url=f"sqlite:///{tmp_path / 'bot.db'}")
    assert_one_line(result, "is not a usable database")


@pytest.mark.parametrize("command", COMMANDS)
def test_a_read_only_sqlite_file_is_one_line(cli: Cli, command: list[str], tmp_path: Path) -> None:
    path = tmp_path / "bot.db"
    sqlite3.connect(path).execute("CREATE TABLE something_else (x)").connection.close()
    result = cli(*command, url=f"sqlite:///file:{path}?mode=ro&uri=true")
    assert_one_line(result, "is read-only")


@pytest.mark.parametrize("command", COMMANDS)
def test_a_database_migrated_by_a_newer_version_is_one_line(cli: Cli, command: list[str], tmp_path: Path) -> None:
    url = migrated(tmp_path / "bot.db")
    with sqlite3.connect(tmp_path / "bot.db") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    result = cli(*command, url=url)
    assert_one_line(result, "migrated by a newer palantir-ice", "9999_from_the_future")


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_a_database_holding_another_programs_table_of_ours_names_the_table_in_one_line(
    cli: Cli, engine: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    # fresh tester 36: "The database at … failed: table subscriptions already exists." suggested no way out
    if engine == "sqlite":
        url = f"sqlite:///{tmp_path / 'bot.db'}"
        sqlite3.connect(tmp_path / "bot.db").execute("CREATE TABLE subscriptions (x)").connection.close()
    else:
        url = str(request.getfixturevalue("postgres").new_database())
        import sqlalchemy

        engine_ = sqlalchemy.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
        with engine_.begin() as conn:
            conn.execute(sqlalchemy.text("CREATE TABLE subscriptions (x int)"))
        engine_.dispose()
    result = cli("subscriptions", "list", url=url)
    assert_one_line(result, "already has a table subscriptions that palantir-ice did not make")


@pytest.fixture
def full_disk() -> Iterator[None]:
    """Every SQLite connection in this process may not grow its file past 2 pages: a disk that is full."""

    def cap(dbapi_conn: Any, _record: Any) -> None:
        if isinstance(dbapi_conn, sqlite3.Connection):
            dbapi_conn.execute("PRAGMA max_page_count = 2")

    event.listen(Engine, "connect", cap)
    yield
    event.remove(Engine, "connect", cap)


@pytest.mark.usefixtures("full_disk")
@pytest.mark.parametrize("command", [["subscriptions", "list"], ["subscriptions", "list", "--json"], ["gaps"]])
def test_a_full_disk_is_one_line(
    command: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'bot.db'}")
    assert main(command) == 1
    err = capsys.readouterr().err
    assert err.strip().splitlines() == [f"palantir-ice: {messages.DB_FULL.format(where=tmp_path / 'bot.db')}"]


def test_a_failure_in_the_middle_of_a_command_is_one_line_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The store opened fine, then the table the command reads is gone (a half-restored backup)."""
    url = migrated(tmp_path / "bot.db")
    store = open_store(url)
    with store.session() as s:
        s.execute(text("DROP TABLE deliveries"))
        s.execute(text("DROP TABLE subscriptions"))
    store.dispose()
    monkeypatch.setenv("DATABASE_URL", url)
    assert main(["subscriptions", "list"]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("palantir-ice: The database at") and "no such table" in lines[0]


def test_open_store_raises_a_storage_error_with_the_line(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="Could not open the SQLite file"):
        open_store(f"sqlite:///{tmp_path / 'missing' / 'bot.db'}")


def test_a_sqlite_file_deleted_under_a_running_store_fails_in_one_line_and_nothing_is_written(tmp_path: Path) -> None:
    """Fresh tester 61 O3: after `rm` of the file under the running bot, subscribe kept answering "Subscribed",
    written to the unlinked file and lost at the next start. The person hears the database line instead."""
    import datetime as dt

    from bot.ports import Context
    from bot.subscriptions import Subscriptions

    path = tmp_path / "bot.db"
    store = open_store(f"sqlite:///{path}")
    subs = Subscriptions(store)
    where, now = Context(platform="slack", workspace="T1", channel="C1"), dt.datetime(2026, 9, 13, tzinfo=dt.UTC)
    assert subs.subscribe(where, time="09:00", timezone="UTC", empty=None, now=now).text.startswith("Subscribed")
    path.unlink()
    with pytest.raises(StorageError) as failed:  # the core turns it into the person's database line (Core.handle)
        subs.subscribe(where, time="10:00", timezone="UTC", empty=None, now=now)
    assert failed.value.message == messages.DB_FILE_GONE.format(where=str(path))
    assert not path.exists()
    store.dispose()


# Every command, including those that never open the database: a DATABASE_URL the bot cannot use is a setup mistake
# to hear about at once, not when the first digest is due.
EVERY_COMMAND = (
    ["run"],
    ["ask", "what is the brief about?"],
    ["chat"],
    ["compile"],
    ["validate"],
    ["digest", "run-due"],
)


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("mysql://bot:s3cret@127.0.0.1/bot", "uses mysql://, which is not supported"),
        ("mongodb+srv://bot:s3cret@cluster/bot", "uses mongodb+srv://, which is not supported"),
        ("bot:s3cret@127.0.0.1/bot", "is not a database URL"),
        ("postgresql://bot:s3cret@127.0.0.1:fivefourthreetwo/bot", "its port is not a number"),
        ("sqlite://s3cret-host/bot.db", "a SQLite URL is sqlite:///PATH"),
        # fresh tester 15: a NUL reached os.open ("embedded null byte") once a miss was logged: exit 70
        ("sqlite:////tmp/s3cret/%00bot.db", "holds a NUL character"),
        # fresh tester 17: accepted, "subscriptions add" said "added", and the subscription was gone at exit
        ("sqlite://", "in-memory SQLite database"),
        ("sqlite:///", "in-memory SQLite database"),
        ("sqlite:///:memory:", "in-memory SQLite database"),
        ("sqlite:///file:s3cret?mode=memory&uri=true", "in-memory SQLite database"),
        # fresh tester 18: a query made another file ("bot.db?cache=shared") or a read-only one: subscriptions "lost"
        ("sqlite:////tmp/s3cret.db?cache=shared&uri=true", "gives SQLite options after a plain path"),
        ("sqlite:////tmp/s3cret.db?mode=ro", "gives SQLite options after a plain path"),
    ],
)
@pytest.mark.parametrize("command", EVERY_COMMAND, ids=lambda c: c[0])
def test_an_unusable_database_url_is_one_line_naming_the_setting_and_what_is_supported(
    cli: Cli, command: list[str], url: str, reason: str
) -> None:
    result = cli(*command, url=url)
    assert_one_line(result, "DATABASE_URL", reason, "sqlite:///PATH", "postgresql://")
    assert result.stdout == ""  # nothing ran: not even an answer that needs no database
    assert "s3cret" not in result.stderr  # the URL may hold a password: it is never echoed


def test_every_supported_database_url_spelling_is_accepted() -> None:
    from bot.settings import database_url_problem

    for url in (
        "sqlite:////var/lib/palantir-ice/bot.db",
        "sqlite:///bot.db?timeout=5",
        "sqlite:///file:/tmp/bot.db?mode=ro&uri=true",
        "sqlite+pysqlite:///bot.db",
        "postgresql://bot:pw@db.internal:5432/bot",
        "postgres://bot@db/bot",
        "postgresql+psycopg:///bot",
    ):
        assert database_url_problem(url) is None, url


# `ask` answers without the database, then records a miss in the question log, as the chat services do.
MISS = "what is the capital of Mongolia?"


@pytest.fixture
def ask(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str, str]]:
    def attempt(question: str, *, url: str, timeout: str = "0.5") -> tuple[int, str, str]:
        monkeypatch.setenv("DATABASE_URL", url)
        monkeypatch.setenv("QUESTION_LOG_TIMEOUT_SECONDS", timeout)
        code = main(["ask", question])
        out, err = capsys.readouterr()
        return code, out, err

    return attempt


def test_ask_records_a_question_it_could_not_answer_in_the_question_log(
    ask: Callable[..., tuple[int, str, str]], core: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.core import is_gap

    assert is_gap(core.ask(MISS))  # the premise: the brief cannot answer it
    code, out, err = ask(MISS, url=f"sqlite:///{tmp_path / 'bot.db'}")
    assert (code, err) == (0, "")
    assert out.strip() == core.ask(MISS).text.strip()
    assert main(["gaps", "--json"]) == 0
    report = capsys.readouterr().out
    assert "capital of mongolia" in report.lower()


def test_ask_records_each_miss_in_a_new_database_then_in_the_same_one_again(
    ask: Callable[..., tuple[int, str, str]], tmp_path: Path
) -> None:
    """The first creates and migrates the file; the next finds it current and only adds its row."""
    url = f"sqlite:///{tmp_path / 'bot.db'}"
    for question in (MISS, MISS, "who won the world cup?"):
        code, _, err = ask(question, url=url)
        assert (code, err) == (0, "")
    with sqlite3.connect(tmp_path / "bot.db") as conn:
        rows = conn.execute("SELECT platform, workspace, channel_kind, question, user_hash FROM unanswered_questions")
        assert rows.fetchall() == [("console", "local", "channel", MISS, None)] * 2 + [
            ("console", "local", "channel", "who won the world cup?", None)
        ]


def test_ask_migrates_a_database_an_older_version_left_before_recording_its_miss(
    ask: Callable[..., tuple[int, str, str]], tmp_path: Path
) -> None:
    from bot.migrations import HEAD
    from bot.store import make_engine, migrate

    engine = make_engine(f"sqlite:///{tmp_path / 'bot.db'}")
    migrate(engine, "0002")  # before the handled_requests table
    engine.dispose()
    code, _, err = ask(MISS, url=f"sqlite:///{tmp_path / 'bot.db'}")
    assert (code, err) == (0, "")
    with sqlite3.connect(tmp_path / "bot.db") as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(HEAD,)]
        assert conn.execute("SELECT question FROM unanswered_questions").fetchall() == [(MISS,)]
        assert conn.execute("SELECT count(*) FROM handled_requests").fetchall() == [(0,)]


@pytest.mark.parametrize(
    "broken", ["missing directory", "locked", "corrupted", "tables missing", "unreachable postgresql"]
)
def test_ask_prints_the_answer_and_one_line_when_the_question_log_cannot_be_written(
    ask: Callable[..., tuple[int, str, str]], core: Any, tmp_path: Path, broken: str
) -> None:
    """Exit 0: the answer is the command's job and it was done; the stderr line tells the operator."""
    holder = None
    if broken == "missing directory":
        url, reason = f"sqlite:///{tmp_path / 'nowhere' / 'bot.db'}", "Could not open the SQLite file"
    elif broken == "locked":
        url, reason = migrated(tmp_path / "bot.db"), "is locked by another program"
        holder = sqlite3.connect(tmp_path / "bot.db", isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")
    elif broken == "corrupted":
        (tmp_path / "bot.db").write_bytes(b"these are not the pages you are looking for\n" * 200)
        url, reason = f"sqlite:///{tmp_path / 'bot.db'}", "is not a usable database"
    elif broken == "tables missing":  # a half-restored backup: the revision says current, the table is gone
        url, reason = migrated(tmp_path / "bot.db"), "no such table: unanswered_questions"
        with sqlite3.connect(tmp_path / "bot.db") as conn:
            conn.execute("DROP TABLE unanswered_questions")
    else:
        url, reason = f"postgresql://bot:s3cret@127.0.0.1:{free_port()}/bot", "Could not connect to the database"
    try:
        code, out, err = ask(MISS, url=url)
    finally:
        if holder is not None:
            holder.execute("ROLLBACK")
            holder.close()
    assert code == 0
    assert out.strip() == core.ask(MISS).text.strip()
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    assert lines[0].startswith("palantir-ice: ") and "could not be written to the question log" in lines[0]
    assert reason in lines[0] and "s3cret" not in err


def test_ask_that_is_answered_never_touches_a_broken_database(
    ask: Callable[..., tuple[int, str, str]], core: Any, tmp_path: Path
) -> None:
    from bot.core import is_gap

    question = "what is FALCON?"
    assert not is_gap(core.ask(question))
    code, out, err = ask(question, url=f"sqlite:///{tmp_path / 'nowhere' / 'bot.db'}")
    assert (code, err) == (0, "")
    assert out.strip() == core.ask(question).text.strip()


def test_an_empty_database_url_means_the_default_sqlite_database(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from bot.settings import Settings, default_database_url

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("DATABASE_URL", "")
    assert Settings().database_url == default_database_url()
    assert str(tmp_path / "data") in default_database_url()
    result = cli("subscriptions", "list", url="")
    assert result.returncode == 0, result.stderr
    assert "DATABASE_URL" not in result.stderr


def test_chat_answers_without_the_question_log_when_the_database_cannot_be_opened(cli: Cli, tmp_path: Path) -> None:
    """The console's answers need no database: it says in one line that the question log is off, then answers."""
    url = f"postgresql://bot:s3cret@127.0.0.1:{free_port()}/bot"
    result = cli("chat", url=url, stdin="what is FALCON?\n", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "FALCON" in result.stdout  # answered
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "without the question log" in lines[0] and "Could not connect" in lines[0], lines
    assert lines[0].startswith("palantir-ice: answering without"), lines  # not a timestamped log record
    assert "s3cret" not in result.stderr and "Traceback" not in result.stderr


def test_a_read_only_database_the_console_cannot_log_to_is_told_in_plain_lines(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "bot.db"
    assert cli("run", url=f"sqlite:///{path}", stdin="sources\n").returncode == 0  # made and migrated
    result = cli("run", url=f"sqlite:///file:{path}?mode=ro&uri=true", stdin="who won the world cup\nwhat is falcon\n")
    assert result.returncode == 0 and "FALCON" in result.stdout, result.stderr
    # fresh tester 20: two timestamped WARNING lines quoting SQLAlchemy's wrapping of the driver's error
    warned = [line for line in result.stderr.splitlines() if "question log" in line]
    assert warned and all(line.startswith("palantir-ice: question log:") for line in warned), result.stderr
    assert "readonly database" in warned[0] and "sqlalchemy" not in result.stderr.lower(), result.stderr
