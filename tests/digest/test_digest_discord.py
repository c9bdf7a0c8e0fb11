"""Digests to Discord through discord.py's HTTP client and the fake Discord REST API on 127.0.0.1."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Callable
from typing import Any

import discord
import pytest
from aiohttp import web

from adapters.discord.publisher import DiscordPublisher
from bot.brief import Brief
from bot.digest import DeliveryError, Digests
from bot.store import Store
from bot.subscriptions import Subscriptions
from tests.digest.conftest import always_something, at
from tests.fakes.discord_api import CHANNEL_ID, FakeDiscordAPI, _json

NOW = at("2026-09-13T07:00")  # 09:00 in Berlin
OTHER_CHANNEL = CHANNEL_ID + 1


class DiscordWithHistory(FakeDiscordAPI):
    """The shared fake plus what digests use of Discord beyond it: reading a channel's messages
    (`GET /channels/{id}/messages`, newest first) and enforced nonces (a repeat returns the first message)."""

    def _channel_message(self, method: str, parts: list[str], body: dict[str, Any]) -> web.Response:
        if method == "GET" and len(parts) == 3:
            return _json([m for m in reversed(list(self.messages.values())) if m["channel_id"] == parts[1]])
        if method == "POST" and len(parts) == 3 and body.get("enforce_nonce"):
            for message in self.messages.values():
                if message["channel_id"] == parts[1] and message.get("nonce") == body.get("nonce"):
                    return _json(message)
            response = super()._channel_message(method, parts, body)
            self.messages[max(self.messages)]["nonce"] = body.get("nonce")
            return response
        return super()._channel_message(method, parts, body)


@pytest.fixture
async def api(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscordAPI]:
    async with DiscordWithHistory() as fake:
        monkeypatch.setattr(discord.http.Route, "BASE", fake.base_url)
        yield fake


@pytest.fixture
async def publisher(api: FakeDiscordAPI) -> AsyncIterator[DiscordPublisher]:
    pub = DiscordPublisher(token=api.token)
    yield pub
    await pub.aclose()


@pytest.fixture
def make(store: Store, brief: Brief, publisher: DiscordPublisher) -> Callable[[], Digests]:
    return lambda: Digests(store, always_something(brief), {"discord": publisher})


def subscribe(subs: Subscriptions, *channels: int) -> None:
    for channel in channels:
        subs.add(platform="discord", workspace="G1", channel=str(channel), time="09:00", timezone="Europe/Berlin",
                 empty=None, now=at("2026-09-13T00:00"))  # fmt: skip


async def test_a_digest_is_posted_as_an_embed_with_the_delivery_key_as_an_enforced_nonce(
    subs: Subscriptions, make: Callable[[], Digests], api: FakeDiscordAPI
):
    subscribe(subs, CHANNEL_ID)
    assert (await make().run_due(NOW)).sent == 1
    [call] = api.calls_to("POST", f"/channels/{CHANNEL_ID}/messages")
    assert call.json["nonce"] == "1:2026-09-13" and call.json["enforce_nonce"] is True
    assert call.json["embeds"][0]["title"] == "On this date: 13 September"
    assert call.json["allowed_mentions"] == {"parse": []}


async def test_discords_429_is_waited_out_by_discord_py_and_the_digest_goes_once(
    subs: Subscriptions, make: Callable[[], Digests], api: FakeDiscordAPI
):
    subscribe(subs, CHANNEL_ID)
    api.throttle("POST", f"/channels/{CHANNEL_ID}/messages", times=2, retry_after=0.01)
    assert (await make().run_due(NOW)).sent == 1
    assert len(api.posted(CHANNEL_ID)) == 1


@pytest.mark.parametrize(("status", "code"), [(403, 50001), (404, 10003), (403, 50013)])
async def test_missing_access_or_an_unknown_channel_pauses_that_subscription_only(
    subs: Subscriptions, make: Callable[[], Digests], api: FakeDiscordAPI, status: int, code: int
):
    subscribe(subs, CHANNEL_ID, OTHER_CHANNEL)
    api.fail("POST", f"/channels/{CHANNEL_ID}/messages", status=status, code=code, message="Missing Access")
    report = await make().run_due(NOW)
    assert (report.sent, report.disabled) == (1, 1)
    assert len(api.posted(OTHER_CHANNEL)) == 1
    sub = subs.get(platform="discord", workspace="G1", channel=str(CHANNEL_ID))
    assert sub is not None and not sub.enabled and f"code {code}" in (sub.last_error or "")


async def test_a_channel_id_that_is_not_a_snowflake_is_a_permanent_error(publisher: DiscordPublisher, brief: Brief):
    with pytest.raises(DeliveryError) as err:
        await publisher.publish(workspace=None, channel="general",
                                digest=always_something(brief)(dt.date(2026, 9, 13)), key="1:2026-09-13")  # fmt: skip
    assert err.value.permanent


async def test_after_a_crash_between_send_and_record_the_discord_digest_is_found_in_the_channel_not_posted_again(
    subs: Subscriptions, make: Callable[[], Digests], api: FakeDiscordAPI, publisher: DiscordPublisher, store: Store
):
    subscribe(subs, CHANNEL_ID)
    crashed = make()
    [job] = crashed._plan(NOW).new
    assert crashed._claim([job]) == [job]
    digest = crashed.compose(job.local_date, "nearest")
    assert digest is not None
    await publisher.publish(workspace="G1", channel=str(CHANNEL_ID), digest=digest, key=job.key)  # then killed
    later = Digests(store, crashed.on_this_date, {"discord": publisher}, clock=lambda: dt.datetime.now(dt.UTC)
                    + dt.timedelta(minutes=10))  # fmt: skip
    report = await later.run_due(NOW + dt.timedelta(minutes=10))
    assert (report.sent, report.recovered) == (1, 1)
    assert len(api.posted(CHANNEL_ID)) == 1
    assert api.calls_to("GET", f"/channels/{CHANNEL_ID}/messages")


async def test_sending_the_same_delivery_twice_within_minutes_gives_back_the_first_message(
    publisher: DiscordPublisher, api: FakeDiscordAPI, brief: Brief
):
    digest = always_something(brief)(dt.date(2026, 9, 13))
    first = await publisher.publish(workspace=None, channel=str(CHANNEL_ID), digest=digest, key="1:2026-09-13")
    second = await publisher.publish(workspace=None, channel=str(CHANNEL_ID), digest=digest, key="1:2026-09-13")
    assert first == second and len(api.posted(CHANNEL_ID)) == 1
