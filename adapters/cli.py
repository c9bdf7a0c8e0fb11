"""The `palantir-ice` entry point: the core's commands plus `chat`, `run` and the platform commands.

Platform packages are imported only inside the commands that need them, so `palantir-ice ask` stays fast.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from bot import cli as core_cli

if TYPE_CHECKING:
    from bot.ports import DeliveryCheck, Publisher
    from bot.settings import Settings


def cmd_chat(args: argparse.Namespace) -> int:
    """The console with the same core `run` builds: subscriptions and the question log included (without the log,
    said in one line, when the database cannot be opened)."""
    from adapters.console import chat
    from adapters.runner import build_console_core, close_question_log, setup_logging
    from bot.settings import Settings

    settings = Settings()
    setup_logging(settings, console=True, verbose=args.verbose)
    core = build_console_core(args, settings)
    try:
        return chat(core)
    finally:
        close_question_log(core)


def cmd_run(args: argparse.Namespace) -> int:
    from adapters.runner import run

    return run(args)


def _services(value: str) -> list[str]:
    names = [v.strip() for v in value.split(",") if v.strip()]
    unknown = [n for n in names if n not in ("slack", "discord", "digests")]
    if unknown or not names:
        raise argparse.ArgumentTypeError(f"{value!r}: choose from slack, discord, digests")
    return names


def _digest_publishers(settings: Settings) -> dict[str, Publisher]:
    from adapters.publishers import build_publishers

    return build_publishers(settings)


# Imported when the whole parser is built, not for `ask` (bot/cli.py registers its own command groups the same way).
def _register_discord(sub: argparse._SubParsersAction[Any]) -> None:
    from adapters.discord import cli as discord_cli

    discord_cli.register(sub)


def _give_digests_publishers(sub: argparse._SubParsersAction[Any]) -> None:
    """`digest run-due` (bot.cli_digest) publishes through the adapters' publishers: bot/ never imports adapters."""
    from bot import cli_digest

    if _digest_publishers not in cli_digest.PUBLISHER_FACTORIES:
        cli_digest.PUBLISHER_FACTORIES.append(_digest_publishers)


def _delivery_check(settings: Settings) -> DeliveryCheck | None:
    from adapters.publishers import build_delivery_check

    return build_delivery_check(settings)


def _give_subscriptions_delivery_check(sub: argparse._SubParsersAction[Any]) -> None:
    """`subscriptions add` (bot.cli_digest) refuses what the chat's subscribe refuses, with the adapters' checks."""
    from adapters.publishers import build_id_shape_check
    from bot import cli_digest

    if build_id_shape_check not in cli_digest.DELIVERY_CHECK_FACTORIES:  # first: a malformed id is asked no more
        cli_digest.DELIVERY_CHECK_FACTORIES.insert(0, build_id_shape_check)
    if _delivery_check not in cli_digest.DELIVERY_CHECK_FACTORIES:
        cli_digest.DELIVERY_CHECK_FACTORIES.append(_delivery_check)


ADAPTER_REGISTRARS: list[core_cli.Registrar] = [
    _register_discord,
    _give_digests_publishers,
    _give_subscriptions_delivery_check,
]


def build_parser(*, only_ask: bool = False) -> argparse.ArgumentParser:
    """The whole command line; `only_ask`: the global options and `ask` alone (see bot.cli.build_parser)."""
    parser, sub = core_cli.build_parser(only_ask=only_ask)
    if only_ask:
        return parser
    sub.add_parser("chat", help="interactive console with the slash-command grammar").set_defaults(handler=cmd_chat)
    p = sub.add_parser("run", help="start every configured adapter (console when none is)")
    p.add_argument(
        "--only",
        type=_services,
        help="comma-separated subset of slack,discord,digests for this process (default: all configured)",
    )
    p.set_defaults(handler=cmd_run)
    for register in ADAPTER_REGISTRARS:
        register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    core_cli.plain_warnings()
    return core_cli.run(build_parser(only_ask=core_cli.asks(argv)), argv)


def _entry(argv: Any = None) -> None:
    if not core_cli.asks(argv):
        sys.exit(main(argv))
    # One question, then the process ends: the cyclic collector would only walk the modules and records just loaded,
    # while importing and again at exit (~6% of an `ask` process's instructions). Frozen objects are torn down at
    # exit without that walk. Commands that keep running (`run`, `chat`) keep their collector.
    gc.disable()
    code = main(argv)
    gc.freeze()
    sys.exit(code)


if __name__ == "__main__":
    _entry()
