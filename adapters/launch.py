"""The `palantir-ice` command's entry point. It imports nothing before its interrupt handler is in place: a Ctrl-C
while the program loads (about half a second of imports) then ends it quietly with status 130, as one during a
command does (bot/cli.py), instead of printing a traceback."""

from __future__ import annotations

import sys

INTERRUPTED = 130  # 128 + SIGINT, as shells report a process ended by Ctrl-C


def entry() -> None:
    """Run the command line (adapters.cli), exiting with INTERRUPTED on a Ctrl-C at any point, imports included."""
    try:
        from adapters.cli import _entry

        _entry()
    except KeyboardInterrupt:
        sys.exit(INTERRUPTED)
