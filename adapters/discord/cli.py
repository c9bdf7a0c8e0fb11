"""`palantir-ice discord sync [--guild ID]` and `palantir-ice discord invite`.

Syncing is on demand, never at start: Discord rate-limits command syncs, and synced commands persist. discord.py
is imported inside the handlers so the rest of the CLI stays fast.
"""

from __future__ import annotations

import argparse
from typing import Any

from bot import cli as core_cli
from bot import messages
from bot.errors import ConfigError

USER_INSTALL_URL = (
    "https://discord.com/oauth2/authorize?client_id={client_id}&integration_type=1&scope=applications.commands"
)


def permissions() -> Any:
    """What the bot needs in a server: see channels, post and reply (also in threads), embed, read replies."""
    import discord

    return discord.Permissions(
        view_channel=True,
        send_messages=True,
        send_messages_in_threads=True,
        embed_links=True,
        read_message_history=True,
    )


def invite_urls(client_id: int) -> tuple[str, str]:
    """The server install URL (scopes bot + applications.commands, with permissions) and the user install URL."""
    import discord

    server = discord.utils.oauth_url(client_id, permissions=permissions(), scopes=("bot", "applications.commands"))
    return server + "&integration_type=0", USER_INSTALL_URL.format(client_id=client_id)


async def _logged_in(args: argparse.Namespace) -> Any:
    from adapters.discord.service import build_bot, configure_endpoints, login
    from bot.settings import Settings

    settings = Settings()
    if not settings.discord_token:
        raise ConfigError(messages.DISCORD_NEEDS_TOKEN)
    configure_endpoints(settings)
    bot = build_bot(settings, core_cli.core(args))
    try:
        await login(bot, settings.discord_token)
    except BaseException:
        await bot.close()
        raise
    return bot


async def _sync(args: argparse.Namespace) -> int:
    import discord

    bot = await _logged_in(args)
    async with bot:
        guild = discord.Object(id=args.guild) if args.guild else None
        if guild is not None:
            bot.tree.copy_global_to(guild=guild)
        synced = await bot.tree.sync(guild=guild)
    where = f"to server {args.guild} (available there at once)" if guild else "globally (may take a while to appear)"
    names = ", ".join(c.name for c in synced)
    print(f"Synced {len(synced)} command(s) {where}: {names}")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    import asyncio  # imported here: `palantir-ice ask` never needs an event loop

    return asyncio.run(_sync(args))


async def _application_id(args: argparse.Namespace) -> int:
    from bot.settings import Settings

    if args.client_id:
        return int(args.client_id)
    settings = Settings()
    if settings.discord_application_id:
        return settings.discord_application_id
    if not settings.discord_token:
        raise ConfigError(messages.DISCORD_NEEDS_CLIENT_ID)
    bot = await _logged_in(args)
    async with bot:
        return int(bot.application_id or 0)


def cmd_invite(args: argparse.Namespace) -> int:
    import asyncio

    server, user = invite_urls(asyncio.run(_application_id(args)))
    print("Add the bot to a server (scopes bot + applications.commands, with its permissions):")
    print(f"  {server}")
    print("Install it for yourself (use /palantir-ice in DMs and in servers that allow user apps):")
    print(f"  {user}")
    return 0


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser("discord", help="Discord: sync the slash commands, print the invite URLs")
    # required, and its actions' parsers the commands' own (as `digest` and `subscriptions`): a missing action or an
    # option an action does not take is a one-line usage error naming it
    actions = parser.add_subparsers(
        dest="discord_action", metavar="ACTION", required=True, parser_class=core_cli.CommandParser
    )
    p = actions.add_parser("sync", help="register /palantir-ice with Discord (run after install or upgrade)")
    p.add_argument("--guild", type=int, metavar="ID", help="sync to one server only: instant, for testing")
    p.set_defaults(handler=cmd_sync)
    p = actions.add_parser("invite", help="print the URLs that add the bot to a server or to a user")
    p.add_argument("--client-id", type=int, metavar="ID", help="application id (default: DISCORD_APPLICATION_ID)")
    p.set_defaults(handler=cmd_invite)
