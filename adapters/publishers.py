"""Digest publishers for the configured platforms, and the console's: what `run` and `digest run-due` deliver through.

Platform packages are imported only when their settings are present.
"""

from __future__ import annotations

import datetime as dt
import sys
from typing import TextIO

from bot.models import OnThisDate
from bot.ports import DeliveryCheck, Platform, Publisher
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
