"""The embedded default adapter: the slash-command grammar in a terminal, plain text out, no token, no network."""

from __future__ import annotations

import datetime as dt
import logging
import sys
from typing import TextIO

from bot import messages
from bot.commands import parse
from bot.core import Core
from bot.ports import Context

log = logging.getLogger(__name__)

PROMPT = "palantir-ice> "
QUIT = frozenset({"quit", "exit", ":q", "bye"})


def reply_text(core: Core, line: str, ctx: Context, now: dt.datetime | None = None) -> str:
    """One line in, the text a person would be shown out; unexpected errors become the fixed apology."""
    try:
        return core.handle(parse(line), ctx, now=now).text
    except Exception:
        log.exception("console command failed")
        return messages.APOLOGY


def chat(core: Core, *, stdin: TextIO | None = None, stdout: TextIO | None = None, user: str | None = None) -> int:
    """Read commands until end of input or `quit`; prompt only when talking to a terminal."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    ctx = Context(platform="console", workspace="local", channel="console", user=user)
    interactive = stdin.isatty()
    if interactive:
        stdout.write("palantir-ice console. Type a question, or help. Ctrl-D or quit to leave.\n")
    while True:
        if interactive:
            stdout.write(PROMPT)
            stdout.flush()
        try:
            line = stdin.readline()
        except (KeyboardInterrupt, UnicodeDecodeError):
            stdout.write("\n")
            if interactive:
                continue
            return 0
        if not line:
            return 0
        if line.strip().lower() in QUIT:
            return 0
        if not line.strip():
            continue
        stdout.write(reply_text(core, line, ctx) + "\n\n")
        stdout.flush()
