"""`palantir-ice run`: every configured adapter and the digest scheduler in one asyncio loop, else the console.

Each service is an `async def serve_*(settings, core, stop)` in its adapter package, imported only when its
settings are present so that an unconfigured platform costs nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import gc
import logging
import signal
import sys
from collections.abc import Awaitable

from bot import cli as core_cli
from bot import messages
from bot.core import Core
from bot.errors import ConfigError, StorageError
from bot.settings import Settings
from bot.text import compile_deferred

log = logging.getLogger(__name__)


def build_core(args: argparse.Namespace, settings: Settings) -> Core:
    """The core with whatever storage-backed services are available (subscriptions, question log)."""
    from bot.gaps import GapLog, OffPathQuestionLog
    from bot.store import open_store

    store = open_store(settings.database_url, timeout=settings.database_timeout_seconds)
    # Answers never wait on the database: the question log writes in its own thread, with a short timeout.
    question_log = OffPathQuestionLog(
        GapLog(
            store.with_timeout(settings.question_log_timeout_seconds),
            salt=settings.question_log_salt,
            retention_days=settings.gaps_retention_days,
        )
    )
    from adapters.publishers import build_delivery_check
    from bot.subscriptions import Subscriptions

    # Subscriptions are taken whatever DIGESTS_ENABLED says: it switches this process's scheduler only (`serve`), so
    # web replicas run with it off while one process delivers (fresh tester 65 P3: it took subscribe, status and
    # unsubscribe away from everyone with "not enabled on this bot yet")
    subscriptions = Subscriptions(
        store,
        default_time=settings.digest_default_time,
        default_timezone=settings.digest_default_timezone,
        delivery_check=build_delivery_check(settings),
    )
    return core_cli.core(
        args,
        rate_limit=settings.rate_limit_per_minute,
        follow_up_window=dt.timedelta(minutes=settings.follow_up_minutes),
        question_log=question_log,
        subscriptions=subscriptions,
    )


def build_console_core(args: argparse.Namespace, settings: Settings) -> Core:
    """build_core for `chat`: a database that cannot be opened costs it the question log, said in one line, not its
    answers (as for `ask`); `run` stops instead, as the services it starts need the database."""
    try:
        return build_core(args, settings)
    except StorageError as exc:
        # a person reads this at a terminal: the command line's own style, as `ask` says it, not a log record
        print(f"palantir-ice: {messages.QUESTION_LOG_OFF.format(reason=exc.message)}", file=sys.stderr)
        return core_cli.core(
            args,
            rate_limit=settings.rate_limit_per_minute,
            follow_up_window=dt.timedelta(minutes=settings.follow_up_minutes),
        )


async def serve_digests(settings: Settings, core: Core, stop: asyncio.Event) -> None:
    """The digest scheduler in this loop, posting through every configured platform's publisher."""
    from adapters.publishers import build_publishers
    from bot import calendar
    from bot.digest import Digests, settings_from
    from bot.schedule import DigestScheduler
    from bot.subscriptions import Subscriptions

    if not isinstance(core.subscriptions, Subscriptions):
        return
    publishers = build_publishers(settings)
    brief = core.brief
    digests = Digests(
        core.subscriptions.store,
        lambda day: calendar.on_this_date(brief, day),
        publishers,
        settings=settings_from(settings),
    )
    try:
        await DigestScheduler(digests).serve(stop)
    finally:
        for publisher in publishers.values():
            close = getattr(publisher, "aclose", None)
            if close is not None:
                await close()


SERVICES = ("slack", "discord", "digests")


async def serve(settings: Settings, core: Core, only: frozenset[str] = frozenset(SERVICES)) -> int:
    """Run the configured services among `only` (a Procfile gives each process its share) until a signal."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # not on every platform
            loop.add_signal_handler(sig, stop.set)
    services: list[Awaitable[None]] = []
    if settings.slack_mode() and "slack" in only:
        from adapters.slack.service import serve_slack

        services.append(serve_slack(settings, core, stop))
    if settings.discord_token and "discord" in only:
        from adapters.discord.service import serve_discord

        services.append(serve_discord(settings, core, stop))
    if settings.digests_enabled and "digests" in only:
        services.append(serve_digests(settings, core, stop))
    elif "digests" in only and services:  # an operator's choice, said once: subscriptions are still taken
        log.info(messages.DIGEST_SCHEDULER_OFF)
    if not services:
        return 0
    tasks = [asyncio.ensure_future(service) for service in services]
    try:
        done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    finally:
        stop.set()  # one service failing (a wrong token) stops the others cleanly, without cancellation noise
        await asyncio.gather(*tasks, return_exceptions=True)
    failure = next((t.exception() for t in done if not t.cancelled() and t.exception() is not None), None)
    if isinstance(failure, ConfigError):
        print(f"palantir-ice: {failure.message}", file=sys.stderr)
        return 1
    if failure is not None:
        raise failure
    return 0


def setup_logging(settings: Settings, *, console: bool, verbose: bool = False) -> None:
    """Logs go to stderr. The console shows none below WARNING unless asked (--verbose or LOG_LEVEL), and a warning
    as one plain line ("palantir-ice: …"): its stdout and the terminal are for the person reading answers. The chat
    services log INFO by default, with time, level and logger."""
    if settings.log_level:
        level: str | int = settings.log_level.upper()
    elif verbose:
        level = logging.INFO
    else:
        level = logging.WARNING if console else logging.INFO
    # the console's reader gets a warning as one plain line; a service's log keeps time, level and logger
    shape = "palantir-ice: %(message)s" if console and not verbose and not settings.log_level else None
    logging.basicConfig(
        level=level, format=shape or "%(asctime)s %(levelname)s %(name)s %(message)s", stream=sys.stderr
    )
    for chatty in ("alembic", "apscheduler"):  # their INFO lines are per-migration and per-job noise
        logging.getLogger(chatty).setLevel(max(logging.WARNING, logging.getLogger().level))


def run(args: argparse.Namespace) -> int:
    settings = Settings()
    only = frozenset(getattr(args, "only", None) or ())
    if only:
        # A Procfile process (--only) never falls back to the console: a PaaS would restart it forever.
        missing = settings.missing_for(only)
        refusals = []
        if missing:
            needs = "; ".join(f"{name} needs {variables}" for name, variables in missing.items())
            one = len(missing) == 1 and " " not in next(iter(missing.values()))  # DISCORD_TOKEN alone: "Set it"
            refusals.append(messages.MISSING_SETTINGS.format(needs=needs, them="it" if one else "them"))
        if "digests" in only and not settings.digests_enabled:
            refusals.append(messages.DIGESTS_OFF_FOR_ONLY)
        if refusals:
            print(f"palantir-ice: {' '.join(refusals)}", file=sys.stderr)  # one line, as a PaaS log shows it
            return 1
    console = not only and not settings.configured_platforms()
    setup_logging(settings, console=console, verbose=getattr(args, "verbose", False))
    if not console and not only:  # the console's line and --only's refusal name the variables already
        for platform, (given, needs) in settings.partly_configured().items():
            log.warning(messages.PARTLY_CONFIGURED.format(platform=platform, set_=" and ".join(given), needs=needs))
    core = build_core(args, settings)  # `run` stops on a database it cannot open, console or not (one line)
    compile_deferred()  # the answering patterns compiled now, not on the first answers needing them (bot/text.py)
    core.answerer.warm()  # and what the first answers would each read once (a small brief's facts)
    # The brief and its index live as long as the process: freezing them keeps every full garbage collection from
    # rescanning them (seen as ~100 ms pauses in every in-flight Slack ack under load, benchmarks/slack_http.py).
    gc.collect()
    gc.freeze()
    try:
        if console:
            print(
                f"No chat platform configured ({settings.missing_explained()}); starting the console.", file=sys.stderr
            )
            from adapters.console import chat

            return chat(core)
        return asyncio.run(serve(settings, core, only or frozenset(SERVICES)))
    finally:
        close_question_log(core)


def close_question_log(core: Core) -> None:
    """Write what the question log still holds (a few seconds at most) before the process ends."""
    close = getattr(core.question_log, "close", None)
    if close is not None:
        close()
