"""Digests for workspaces that installed the bot through OAuth: posted with that workspace's installation token
(never a leftover SLACK_BOT_TOKEN); a subscription no token could serve is refused at `subscribe`, with the reason."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

import aiohttp

from adapters.publishers import build_delivery_check, build_publishers
from bot import calendar, messages
from bot.brief import Brief
from bot.commands import Status, Subscribe
from bot.core import Core
from bot.digest import Digests, settings_from
from bot.models import Notice
from bot.ports import Context
from bot.settings import Settings
from bot.store import Subscription, open_store
from bot.subscriptions import Subscriptions, next_due
from tests.fakes.slack_api import FakeSlackAPI
from tests.slack.conftest import SECRET, Slack, install, running


def _settings(api: FakeSlackAPI, db: Path, **extra: object) -> Settings:
    return Settings(  # type: ignore[arg-type]
        slack_api_url=api.base_url,
        slack_signing_secret=SECRET,
        database_url=f"sqlite:///{db}",
        **extra,
    )


def _core(brief: Brief, settings: Settings) -> tuple[Core, Subscriptions]:
    subs = Subscriptions(open_store(settings.database_url), delivery_check=build_delivery_check(settings))
    return Core(brief, rate_limit=0, subscriptions=subs), subs


async def test_an_installed_workspace_gets_its_digest_with_its_own_installation_token(
    brief: Brief, slack_api: FakeSlackAPI, tmp_path: Path
) -> None:
    settings = _settings(
        slack_api,
        tmp_path / "bot.db",
        slack_client_id="111.222",
        slack_client_secret="shh",
        slack_bot_token="xoxb-leftover",
    )
    core, subs = _core(brief, settings)
    async with aiohttp.ClientSession() as session, running(settings, core) as url:
        await install(url, session)
        slack = Slack(slack_api, url, session)
        _, name = await slack.command("subscribe 09:00 UTC", channel="CDIGEST")
        assert "Subscribed" in (await slack.reply_to(name))["text"]
    [sub] = subs.list()
    publishers = build_publishers(settings)
    digests = Digests(
        subs.store, lambda day: calendar.on_this_date(brief, day), publishers, settings=settings_from(settings)
    )
    anniversary = dt.datetime(dt.datetime.now(dt.UTC).year + 1, 9, 13, tzinfo=dt.UTC)  # a date the brief has
    due = next_due(sub.local_time, sub.timezone, anniversary)
    try:
        report = await digests.run_due(due + dt.timedelta(minutes=1))
    finally:
        for publisher in publishers.values():
            close = getattr(publisher, "aclose", None)
            if close is not None:
                await close()
        subs.store.dispose()
    assert report.sent == 1, (sub.local_time, sub.timezone, sub.empty_policy, due)
    [post] = slack_api.posted("CDIGEST")
    assert post.token == f"xoxb-installed-{slack_api.team_id}"


def test_subscribing_in_a_workspace_without_an_installation_is_refused_and_nothing_stored(
    brief: Brief, slack_api: FakeSlackAPI, tmp_path: Path
) -> None:
    settings = _settings(slack_api, tmp_path / "bot.db", slack_client_id="111.222", slack_client_secret="shh")
    core, subs = _core(brief, settings)
    ctx = Context(platform="slack", workspace="TELSEWHERE", channel="C9", user="U1")
    reply = core.handle(Subscribe(time="09:00", timezone="UTC"), ctx)
    assert isinstance(reply, Notice) and reply.text == messages.SLACK_DIGEST_NOT_INSTALLED
    assert subs.list() == []
    subs.store.dispose()


async def test_with_one_bot_token_only_its_own_workspace_can_subscribe(
    brief: Brief, slack_api: FakeSlackAPI, tmp_path: Path
) -> None:
    settings = _settings(slack_api, tmp_path / "bot.db", slack_bot_token="xoxb-test")
    core, subs = _core(brief, settings)

    other = await asyncio.to_thread(
        core.handle,
        Subscribe(time="09:00", timezone="UTC"),
        Context(platform="slack", workspace="TOTHER", channel="C9"),
    )
    own = await asyncio.to_thread(
        core.handle,
        Subscribe(time="09:00", timezone="UTC"),
        Context(platform="slack", workspace=slack_api.team_id, channel="C9"),
    )
    assert isinstance(other, Notice) and other.text == messages.SLACK_DIGEST_OTHER_WORKSPACE
    assert isinstance(own, Notice) and "Subscribed" in own.text
    assert [(s.workspace, s.channel) for s in subs.list()] == [(slack_api.team_id, "C9")]
    assert isinstance(subs.list()[0], Subscription)
    subs.store.dispose()


async def test_status_where_subscribe_is_refused_says_why_instead_of_suggesting_subscribe(
    brief: Brief, slack_api: FakeSlackAPI, tmp_path: Path
) -> None:
    """Fresh tester 61 U7: status in a workspace the token cannot post to said "Start one with: subscribe …", which
    would then be refused."""
    settings = _settings(slack_api, tmp_path / "bot.db", slack_bot_token="xoxb-test")
    core, subs = _core(brief, settings)
    other = await asyncio.to_thread(core.handle, Status(), Context(platform="slack", workspace="TOTHER", channel="C9"))
    own = await asyncio.to_thread(
        core.handle, Status(), Context(platform="slack", workspace=slack_api.team_id, channel="C9")
    )
    assert isinstance(other, Notice) and "Start one with" not in other.text
    assert other.text == messages.NOT_SUBSCRIBED_CANNOT.format(refusal=messages.SLACK_DIGEST_OTHER_WORKSPACE)
    assert isinstance(own, Notice) and own.text == messages.NOT_SUBSCRIBED
    subs.store.dispose()
