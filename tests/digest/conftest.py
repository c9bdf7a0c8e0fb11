"""Fixtures for digests: a real database (SQLite file, and PostgreSQL when it can start), the real calendar, and a
recording publisher standing in for a chat platform's edge (the Slack publisher is tested against the fake Web API).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from bot import calendar
from bot.brief import Brief
from bot.digest import DeliveryError, Digests, DigestSettings
from bot.models import OnThisDate
from bot.ports import Platform
from bot.store import Store
from bot.subscriptions import Subscriptions
from tests.fakes.slack_api import slack_api  # noqa: F401  (fixture)
from tests.pg import postgres  # noqa: F401  (the session fixture)

UTC = dt.UTC
FACT_DAY = dt.date(2019, 9, 13)  # the shipped brief has several facts on 13 September


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'digests.db'}"


@pytest.fixture
def subs(store: Store) -> Subscriptions:
    return Subscriptions(store)


@dataclass
class Post:
    workspace: str | None
    channel: str
    key: str
    digest: OnThisDate
    message_id: str


@dataclass
class RecordingPublisher:
    """A platform edge that keeps what it was given; `fail` makes channels refuse, `history` is the channel."""

    platform: Platform = "console"
    posts: list[Post] = field(default_factory=list)
    errors: dict[str, list[DeliveryError]] = field(default_factory=dict)
    lookups: list[str] = field(default_factory=list)

    def fail(self, channel: str, *errors: DeliveryError) -> None:
        self.errors.setdefault(channel, []).extend(errors)

    async def publish(self, *, workspace: str | None, channel: str, digest: OnThisDate, key: str) -> str:
        queue = self.errors.get(channel)
        if queue:
            error = queue[0] if queue[0].permanent else queue.pop(0)
            raise error
        message_id = f"m{len(self.posts) + 1}"
        self.posts.append(Post(workspace, channel, key, digest, message_id))
        return message_id

    async def find_published(self, *, workspace: str | None, channel: str, key: str, since: dt.datetime) -> str | None:
        self.lookups.append(key)
        for post in self.posts:
            if post.channel == channel and post.key == key:
                return post.message_id
        return None

    def channels(self) -> list[str]:
        return [p.channel for p in self.posts]


@pytest.fixture
def publisher() -> RecordingPublisher:
    return RecordingPublisher()


def always_something(brief: Brief) -> Callable[[dt.date], OnThisDate]:
    """The calendar's real digest for 13 September, dated `day`: DST and leap-day tests need content every day."""
    real = calendar.on_this_date(brief, FACT_DAY)

    def on(day: dt.date) -> OnThisDate:
        return real.model_copy(update={"date": day})

    return on


@pytest.fixture
def make_digests(store: Store, brief: Brief, publisher: RecordingPublisher) -> Callable[..., Digests]:
    def make(
        *,
        content: str = "always",
        clock: Callable[[], dt.datetime] | None = None,
        owner: str | None = None,
        settings: DigestSettings | None = None,
        publishers: dict[str, RecordingPublisher] | None = None,
    ) -> Digests:
        on = always_something(brief) if content == "always" else (lambda d: calendar.on_this_date(brief, d))
        kwargs = {"clock": clock} if clock else {}
        return Digests(
            store,
            on,
            publishers or {"console": publisher},  # type: ignore[arg-type]
            settings=settings,
            owner=owner,
            **kwargs,  # type: ignore[arg-type]
        )

    return make


def at(text: str) -> dt.datetime:
    """'2026-03-08T10:30' (UTC) -> aware datetime."""
    return dt.datetime.fromisoformat(text).replace(tzinfo=UTC)
