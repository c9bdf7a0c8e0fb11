"""`palantir-ice run`: every configured adapter and the digest scheduler in one asyncio loop, else the console.

Each service is an `async def serve_*(settings, core, stop)` in its adapter package, imported only when its
settings are present so that an unconfigured platform costs nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Awaitable

from bot import cli as core_cli
from bot.core import Core
from bot.errors import ConfigError
from bot.settings import Settings

log = logging.getLogger(__name__)


def build_core(args: argparse.Namespace, settings: Settings) -> Core:
    """The core with whatever storage-backed services are available (subscriptions, question log)."""
    from bot.gaps import GapLog
    from bot.store import open_store

    question_log = GapLog(
        open_store(settings.database_url), salt=settings.question_log_salt, retention_days=settings.gaps_retention_days
    )
    return Core(core_cli.load(args), rate_limit=settings.rate_limit_per_minute, question_log=question_log)


async def serve(settings: Settings, core: Core) -> int:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # not on every platform
            loop.add_signal_handler(sig, stop.set)
    services: list[Awaitable[None]] = []
    if settings.slack_mode():
        from adapters.slack.service import serve_slack

        services.append(serve_slack(settings, core, stop))
    if settings.discord_token:
        from adapters.discord.service import serve_discord

        services.append(serve_discord(settings, core, stop))
    if not services:
        return 0
    try:
        await asyncio.gather(*services)
    except ConfigError as exc:
        print(f"palantir-ice: {exc.message}", file=sys.stderr)
        return 1
    return 0


def run(args: argparse.Namespace) -> int:
    settings = Settings()
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    core = build_core(args, settings)
    missing = settings.missing_explained()
    if not settings.configured_platforms():
        print(f"No chat platform configured ({missing}); starting the console.", file=sys.stderr)
        from adapters.console import chat

        return chat(core)
    return asyncio.run(serve(settings, core))
