"""The console people start with `palantir-ice run`: line editing and history, paged timelines, honest subscribe."""

from __future__ import annotations

import io
import logging
import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func
from sqlalchemy import select as sql_select

from adapters.console import PAGE_CHARS, chat, line_editing
from bot import calendar, messages
from bot.brief import Brief
from bot.core import Core
from bot.store import Store, Subscription
from bot.subscriptions import Subscriptions
from tests.conftest import ROOT
from tests.test_run import PLATFORM_VARS


def test_a_long_timeline_shows_one_screen_then_more_shows_the_rest(core: Core, brief: Brief) -> None:
    out = io.StringIO()
    chat(core, stdin=io.StringIO("timeline\n" + "more\n" * 30), stdout=out, lines_per_page=20)
    replies = [r for r in out.getvalue().split("\n\n") if r]
    first = replies[0].splitlines()
    assert first[0] == "Timeline" and first[-1].endswith("more lines: type more —")
    assert len(first) <= 21 and len(replies[0]) <= PAGE_CHARS + 60  # one screen: the height, and long lines wrap
    pages = []
    for r in replies:
        pages += [line for line in r.splitlines() if not line.endswith("type more —")]
        if r == messages.CONSOLE_NOTHING_MORE:
            break
    whole = calendar.timeline(brief).text.splitlines()
    assert pages[: len(whole)] == whole  # every entry once, in order
    assert replies[-1] == messages.CONSOLE_NOTHING_MORE


def test_a_short_timeline_is_shown_whole(core: Core) -> None:
    out = io.StringIO()
    chat(core, stdin=io.StringIO("timeline 2017\n"), stdout=out, lines_per_page=20)
    assert "type more" not in out.getvalue() and out.getvalue().startswith("Timeline 2017")


def test_console_subscribe_refuses_with_the_reason_and_stores_nothing(brief: Brief, store: Store) -> None:
    core = Core(brief, rate_limit=0, subscriptions=Subscriptions(store))
    out = io.StringIO()
    chat(core, stdin=io.StringIO("subscribe 09:00 Europe/Berlin\n"), stdout=out)
    assert out.getvalue().strip() == messages.CONSOLE_NO_DIGESTS
    assert "Slack or Discord channel" in messages.CONSOLE_NO_DIGESTS
    with store.session() as s:
        assert s.scalar(sql_select(func.count()).select_from(Subscription)) == 0


def _read_until(fd: int, wanted: bytes, seen: bytearray, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while wanted not in seen:
        left = deadline - time.monotonic()
        assert left > 0, f"waited for {wanted!r}; got {bytes(seen[-2000:])!r}"
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            try:
                seen += os.read(fd, 65536)
            except OSError:  # the child closed the terminal
                break


def test_arrow_keys_recall_history_which_is_kept_in_the_data_directory(tmp_path: Path, user_data_dir: Path) -> None:
    data_home = tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if k not in PLATFORM_VARS}
    env |= {"XDG_DATA_HOME": str(data_home), "PYTHONPATH": str(ROOT), "TERM": "xterm", "DIGESTS_ENABLED": "false"}
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "adapters.cli", "chat"], stdin=slave, stdout=slave, stderr=slave, env=env, cwd=tmp_path
    )
    os.close(slave)
    seen = bytearray()
    try:
        _read_until(master, b"palantir-ice> ", seen)
        os.write(master, b"sources\r")
        _read_until(master, b"[004_", seen)
        _read_until(master, b"palantir-ice> ", seen[seen.index(b"[004_") :])
        seen.clear()
        os.write(master, b"\x1b[A\r")  # up arrow, then Enter: the previous command again
        _read_until(master, b"Sources (the articles", seen)
        os.write(master, b"quit\r")
        proc.wait(60)
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
    assert b"^[[A" not in seen
    history = data_home / "palantir-ice" / "history"
    lines = history.read_text().splitlines()
    assert "sources" in lines and lines[-1] == "quit"
    assert history.stat().st_mode & 0o777 == 0o600  # what people typed is readable by them only


def test_an_existing_history_readable_by_others_is_tightened_and_kept(tmp_path: Path) -> None:
    import readline

    path = tmp_path / "history"
    path.write_text("timeline 2019\n")
    path.chmod(0o644)
    try:
        with line_editing(path):
            assert path.stat().st_mode & 0o777 == 0o600  # at once, not only when the console closes
            readline.add_history("sources")
    finally:
        readline.clear_history()
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.read_text().splitlines()[-2:] == ["timeline 2019", "sources"]


def test_console_unsubscribe_and_status_each_say_there_is_no_digest_here_and_never_suggest_subscribe(
    brief: Brief, store: Store
) -> None:
    core = Core(brief, rate_limit=0, subscriptions=Subscriptions(store))
    for line, said in (("unsubscribe", messages.CONSOLE_NOTHING_TO_STOP), ("status", messages.CONSOLE_NO_STATUS)):
        out = io.StringIO()
        chat(core, stdin=io.StringIO(line + "\n"), stdout=out)
        assert out.getvalue().strip() == said, line
        assert "subscribe 09:00" not in out.getvalue()


def test_console_help_does_not_offer_the_digest_commands_it_refuses(core: Core) -> None:
    out = io.StringIO()
    chat(core, stdin=io.StringIO("help\n"), stdout=out)
    assert "timeline" in out.getvalue() and "fact ID" in out.getvalue()
    assert "subscribe" not in out.getvalue()


def test_an_unexpected_failure_shows_the_apology_and_one_log_line_without_a_traceback(
    core: Core, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*args: object, **kwargs: object) -> object:  # a bug somewhere under the core
        raise OverflowError("date value out of range")

    monkeypatch.setattr(calendar, "on_this_date", broken)
    out = io.StringIO()
    with caplog.at_level(logging.WARNING):
        chat(core, stdin=io.StringIO("today\n"), stdout=out)
    assert messages.APOLOGY in out.getvalue() and "Traceback" not in out.getvalue()
    assert [r.getMessage() for r in caplog.records] == [
        "console command failed: OverflowError (run with --verbose for the traceback)"
    ]
    assert all(r.exc_info is None for r in caplog.records)
