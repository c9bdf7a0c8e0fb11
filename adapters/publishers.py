"""Digest publishers for the configured platforms, and the console's: what `run` and `digest run-due` deliver through.

Platform packages are imported only when their settings are present.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from typing import TextIO

from bot import messages
from bot.models import OnThisDate
from bot.ports import Context, DeliveryCheck, Platform, Publisher
from bot.settings import Settings


class ConsolePublisher:
    """Prints console subscriptions' digests (the embedded default has no channels to post to)."""

    platform: Platform = "console"

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream
        self.count = 0

    async def publish(self, *, workspace: str | None, channel: str, digest: OnThisDate, key: str) -> str:
        out = self.stream or sys.stdout
        body = digest.text if digest.text.startswith(digest.heading) else f"{digest.heading}\n{digest.text}"
        out.write(f"--- digest for console channel {channel} ({key})\n{body}\n\n")
        out.flush()
        self.count += 1
        return f"console-{key}"

    async def find_published(self, *, workspace: str | None, channel: str, key: str, since: dt.datetime) -> str | None:
        return None  # a terminal keeps no history to look in


def build_publishers(settings: Settings) -> dict[str, Publisher]:
    publishers: dict[str, Publisher] = {"console": ConsolePublisher()}
    installs = bool(settings.slack_client_id and settings.slack_client_secret)
    if settings.slack_bot_token or installs:
        from adapters.slack.publisher import InstalledTokens, SlackPublisher

        base_url = settings.slack_api_url
        if base_url and not base_url.endswith("/"):
            base_url += "/"
        if installs:  # each workspace's own installation token; a leftover SLACK_BOT_TOKEN is never used
            publishers["slack"] = SlackPublisher(base_url=base_url, token_for=InstalledTokens(settings))
        else:
            publishers["slack"] = SlackPublisher(token=settings.slack_bot_token, base_url=base_url)
    if settings.discord_token:
        from adapters.discord.publisher import DiscordPublisher

        publishers["discord"] = DiscordPublisher(token=settings.discord_token, api_url=settings.discord_api_url)
    return publishers


def build_delivery_check(settings: Settings) -> DeliveryCheck | None:
    """What `subscribe` asks before promising a digest: can a configured platform post it there?"""
    if settings.slack_bot_token or (settings.slack_client_id and settings.slack_client_secret):
        from adapters.slack.publisher import SlackDeliveryCheck

        return SlackDeliveryCheck(settings)
    return None


# The shapes of the ids each platform gives (an operator copies them from the app): a Slack team id (T…, or E… for an
# Enterprise Grid org) and channel id (C…, G… for an older private channel), capitals and digits; a Discord id is a
# snowflake, a positive 64-bit integer written in decimal.
_SLACK_WORKSPACE = re.compile(r"^[TE][A-Z0-9]+$")
_SLACK_CHANNEL = re.compile(r"^[CG][A-Z0-9]+$")
_DISCORD_ID = re.compile(r"^[0-9]{1,20}$")


def _is_snowflake(value: str) -> bool:
    return bool(_DISCORD_ID.match(value)) and 0 < int(value) < 2**64


class IdShapeCheck:
    """`subscriptions add`'s first check, whatever is configured: ids of the platform's own shape (fresh tester 61
    O1: "#general", lowercase "t1", a negative or 26-digit Discord id were stored, then posted to, or posted with
    another workspace's token). The chat's subscribe never needs it: there the platform gives the ids."""

    def refusal(self, ctx: Context) -> str | None:
        workspace, channel = (ctx.workspace or "").strip(), (ctx.channel or "").strip()
        if ctx.platform == "slack":
            if channel.startswith("D"):
                return messages.SLACK_DIGEST_DM_ID.format(channel=channel)
            if workspace and not _SLACK_WORKSPACE.match(workspace):
                return messages.CLI_BAD_SLACK_WORKSPACE.format(value=workspace[:40])
            if not _SLACK_CHANNEL.match(channel):
                return messages.CLI_BAD_SLACK_CHANNEL.format(value=channel[:40])
        if ctx.platform == "discord":
            for option, value in (("--workspace", workspace), ("--channel", channel)):
                if value and not _is_snowflake(value):
                    return messages.CLI_BAD_DISCORD_ID.format(option=option, value=value[:40])
        return None


def build_id_shape_check(settings: Settings) -> DeliveryCheck:
    """The `bot.cli_digest.DeliveryCheckFactory` for `IdShapeCheck` (`settings` unused: shapes are the platforms')."""
    return IdShapeCheck()
