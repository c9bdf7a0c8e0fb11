"""The embedded default adapter: the slash-command grammar in a terminal, plain text out, no token, no network.

At a terminal the console has line editing and history (the standard library's readline, history kept in the
user's data directory), pages long timelines (`more` shows the next screen), and says plainly that daily digests
need a channel: it refuses `subscribe` with the reason instead of promising a digest it cannot deliver.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

from bot import messages
from bot.commands import Help, Status, Subscribe, Unsubscribe, parse
from bot.core import Core
from bot.models import Notice, Reply, Timeline
from bot.ports import Context

log = logging.getLogger(__name__)

PROMPT = "palantir-ice> "
QUIT = frozenset({"quit", "exit", ":q", "bye"})
MORE = frozenset({"more", "m"})
HISTORY_FILE = "history"
HISTORY_LENGTH = 1000
PAGE_CHARS = 2500  # a page also stops here, whatever the terminal's height: long entries wrap


def reply(core: Core, line: str, ctx: Context, now: dt.datetime | None = None) -> Reply:
    """One line in, the reply out; unexpected errors become the fixed apology."""
    try:
        command = parse(line)
        if isinstance(command, Subscribe):  # never suggest a `subscribe` it would refuse
            return Notice(kind="info", text=messages.CONSOLE_NO_DIGESTS)
        if isinstance(command, Unsubscribe | Status):  # each answered for what it asks, not with the refusal
            stop = isinstance(command, Unsubscribe)
            return Notice(kind="info", text=messages.CONSOLE_NOTHING_TO_STOP if stop else messages.CONSOLE_NO_STATUS)
        if isinstance(command, Help):  # the digest commands are refused here: help does not offer them
            lines = [line for line in core.help_text().splitlines() if "subscribe" not in line]
            return Notice(kind="help", text="\n".join(lines))
        return core.handle(command, ctx, now=now)
    except Exception as exc:
        # The person at the console is shown the apology and one log line; the traceback only with --verbose
        # (DEBUG), since a stack trace in the chat is noise to them and the bug is reproducible by its line.
        log.error("console command failed: %s (run with --verbose for the traceback)", type(exc).__name__)
        log.debug("console command failed", exc_info=True)
        return Notice(kind="error", text=messages.APOLOGY)


def reply_text(core: Core, line: str, ctx: Context, now: dt.datetime | None = None) -> str:
    """One line in, the text a person would be shown out."""
    return reply(core, line, ctx, now).text


def page_lines() -> int:
    """Lines in one screen of timeline: the terminal's height less room for the prompt (24-line fallback)."""
    return max(8, shutil.get_terminal_size((80, 24)).lines - 4)


class Pager:
    """A long timeline shows its first screen; `more` shows the next, until none is left."""

    def __init__(self, lines_per_page: int | None = None) -> None:
        self.lines_per_page = lines_per_page
        self.pending: list[str] = []

    def first(self, text: str, *, paged: bool) -> str:
        lines = text.splitlines()
        if not paged:
            self.pending = []
            return text
        self.pending = lines
        return self.next()

    def next(self) -> str:
        if not self.pending:
            return messages.CONSOLE_NOTHING_MORE
        size = self.lines_per_page or page_lines()
        shown: list[str] = []
        chars = 0
        while self.pending and len(shown) < size and (not shown or chars + len(self.pending[0]) <= PAGE_CHARS):
            chars += len(self.pending[0]) + 1
            shown.append(self.pending.pop(0))
        if self.pending:
            shown.append(messages.CONSOLE_MORE.format(count=len(self.pending)))
        return "\n".join(shown)


def history_path() -> Path:
    from bot.settings import data_dir

    return data_dir() / HISTORY_FILE


@contextlib.contextmanager
def line_editing(path: Path) -> Iterator[bool]:
    """readline for arrow keys, Ctrl-R and history across sessions (saved to `path`); False where it is missing."""
    try:
        import readline
    except ImportError:  # pragma: no cover - Python builds without readline (Windows)
        yield False
        return
    readline.set_history_length(HISTORY_LENGTH)
    with contextlib.suppress(OSError):
        _owner_only(path)  # one left readable by others (an older version, a copied profile) is tightened now
        readline.read_history_file(path)
    try:
        yield True
    finally:
        try:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            _owner_only(path)
            readline.write_history_file(path)  # rewrites the file in place: the mode set above stays
        except OSError as exc:
            log.warning("could not save the console history to %s: %s", path, exc)


def _owner_only(path: Path) -> None:
    """The history holds what people typed: it is created 0600, and an existing one readable by others is made 0600.

    The file is created by us with the mode, not by readline (which would take the umask's, usually 0644)."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        if path.stat().st_mode & 0o077:
            path.chmod(0o600)


def chat(
    core: Core,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    user: str | None = None,
    lines_per_page: int | None = None,
) -> int:
    """Read commands until end of input or `quit`; at a terminal, prompt with line editing and history."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    ctx = Context(platform="console", workspace="local", channel="console", user=user)
    interactive = stdin.isatty()
    pager = Pager(lines_per_page)
    if not (interactive and stdin is sys.stdin and stdout is sys.stdout):
        return _loop(core, ctx, pager, stdout, stdin.readline, prompt=interactive, interactive=interactive)
    stdout.write("palantir-ice console. Type a question, or help. Ctrl-D or quit to leave.\n")
    with line_editing(history_path()):

        def read() -> str:
            try:
                return input(PROMPT) + "\n"
            except EOFError:
                stdout.write("\n")
                return ""

        return _loop(core, ctx, pager, stdout, read, prompt=False, interactive=True)  # input() prompts


def _loop(
    core: Core, ctx: Context, pager: Pager, stdout: TextIO, read: Callable[[], str], *, prompt: bool, interactive: bool
) -> int:
    while True:
        if prompt:
            stdout.write(PROMPT)
            stdout.flush()
        try:
            line = read()
        except (KeyboardInterrupt, UnicodeDecodeError):
            stdout.write("\n")
            if interactive:
                continue
            return 0
        if not line:
            return 0
        word = line.strip().lower()
        if word in QUIT:
            return 0
        if not word:
            continue
        if word in MORE:
            text = pager.next()
        else:
            answer = reply(core, line, ctx)
            text = pager.first(answer.text, paged=isinstance(answer, Timeline))
        stdout.write(text + "\n\n")
        stdout.flush()
