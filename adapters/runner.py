"""`palantir-ice run`: start every adapter whose settings are present in one asyncio loop, else the console."""

from __future__ import annotations

import argparse
import logging
import sys

from bot import cli as core_cli
from bot.core import Core

log = logging.getLogger(__name__)


def run(args: argparse.Namespace) -> int:
    from bot.settings import Settings

    settings = Settings()
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    core = Core(core_cli.load(args), rate_limit=settings.rate_limit_per_minute)
    configured = settings.configured_platforms()
    if not configured:
        print(
            "No Slack or Discord settings found (set SLACK_BOT_TOKEN with SLACK_APP_TOKEN or "
            "SLACK_SIGNING_SECRET, or DISCORD_TOKEN); starting the console.",
            file=sys.stderr,
        )
        from adapters.console import chat

        return chat(core)
    print(f"Configured: {', '.join(configured)}; no adapter for them is installed in this build yet.", file=sys.stderr)
    return 1
