"""What the core needs from the outside, as Protocols: adapters and storage implement them, the core calls them."""

from __future__ import annotations

import datetime as dt
from typing import Literal, Protocol

from pydantic import BaseModel, ConfigDict

from bot.models import Answer, Notice, OnThisDate

Platform = Literal["slack", "discord", "console"]
ChannelKind = Literal["channel", "dm", "group", "thread"]


class Context(BaseModel):
    """Where a command came from. `user` is the platform's id; it is never stored in clear."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    platform: Platform = "console"
    workspace: str | None = None
    channel: str | None = None
    user: str | None = None
    channel_kind: ChannelKind = "channel"
    user_name: str | None = None


class SubscriptionService(Protocol):
    """subscribe / unsubscribe / status: implemented by the digest service over the database."""

    def subscribe(
        self,
        ctx: Context,
        *,
        time: str | None,
        timezone: str | None,
        empty: str | None,
        now: dt.datetime,
        extra: tuple[str, ...] = (),
    ) -> Notice:
        """`extra`: words that fit no argument; named (with every other problem) and nothing is stored."""
        ...

    def unsubscribe(self, ctx: Context) -> Notice: ...

    def status(self, ctx: Context) -> Notice: ...


class QuestionLog(Protocol):
    """Records unanswered questions and Helpful / Not helpful presses, for curators (`palantir-ice gaps`)."""

    def record_unanswered(self, ctx: Context, answer: Answer, now: dt.datetime) -> None: ...

    def record_feedback(
        self, ctx: Context, *, question: str, fact_id: str | None, helpful: bool, now: dt.datetime
    ) -> None: ...


class Publisher(Protocol):
    """Posts a digest to one channel; returns the platform's message id. Raises bot.digest.DeliveryError on failure.

    `key` names the delivery ("<subscription id>:<local date>"): the publisher marks the message with it (Slack
    block_id and metadata, Discord nonce) so that `find_published` can tell, after a crash between send and record,
    whether the digest already went out; it returns the message id, or None when it did not.
    """

    platform: Platform

    async def publish(self, *, workspace: str | None, channel: str, digest: OnThisDate, key: str) -> str: ...

    async def find_published(
        self, *, workspace: str | None, channel: str, key: str, since: dt.datetime
    ) -> str | None: ...


class DeliveryCheck(Protocol):
    """Whether digests subscribed from `ctx` could be delivered at all (a platform adapter knows: is the bot
    installed there, does a token serve that workspace). Returns the reason to tell the person, or None."""

    def refusal(self, ctx: Context) -> str | None: ...
