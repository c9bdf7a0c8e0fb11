"""/palantir-ice subcommands run through discord.py's real command tree, replies read off the fake Discord API."""

from __future__ import annotations

import asyncio
import logging
import re
from pathlib import Path
from typing import Any

import pytest

from adapters.discord.bot import PalantirBot
from bot import messages
from bot.brief import Brief
from bot.commands import date_problem
from bot.core import Core
from bot.store import open_store
from bot.subscriptions import Subscriptions
from tests.discord.helpers import EPHEMERAL, NO_PINGS, callbacks, invoke, labels, only_callback
from tests.fakes.discord_api import ALL_PERMISSIONS, FakeDiscordAPI, autocomplete, slash

ASK = "how much is the ICE contract?"


def _every_body_pings_nobody(api: FakeDiscordAPI) -> None:
    for call in api.calls:
        if call.method in ("POST", "PATCH") and isinstance(call.json, dict):
            data = call.json.get("data", call.json)
            if "content" in data or "embeds" in data:
                assert data.get("allowed_mentions", {}).get("parse") == [], call


async def test_ask_in_a_server_answers_ephemerally_with_an_embed_citing_the_quote(
    bot: PalantirBot, discord_api: FakeDiscordAPI
) -> None:
    await invoke(bot, slash(discord_api, "ask", question=ASK))
    body = only_callback(discord_api)
    assert body["type"] == 4
    data = body["data"]
    assert data["flags"] & EPHEMERAL
    assert data["allowed_mentions"] == NO_PINGS
    (embed,) = data["embeds"]
    assert embed["title"] == ASK
    assert "$38 million" in embed["description"]  # the lead lists every figure by date (issue 9)
    first = embed["fields"][0]
    assert first["name"] == "The Hill, May 2019"
    assert first["value"].startswith("“Palantir had previously claimed")
    assert embed["footer"]["text"].startswith("fact contract-38m-claim")
    assert labels(data["components"]) == ["Sources", "Related", "Helpful", "Not helpful", "Share"]


async def test_ask_in_the_bots_dm_is_public_and_has_no_share_button(
    bot: PalantirBot, discord_api: FakeDiscordAPI
) -> None:
    await invoke(bot, slash(discord_api, "ask", question=ASK, where="dm"))
    data = only_callback(discord_api)["data"]
    assert not data.get("flags", 0) & EPHEMERAL
    assert "Share" not in labels(data["components"])


async def test_ask_in_a_private_channel_is_ephemeral(bot: PalantirBot, discord_api: FakeDiscordAPI) -> None:
    await invoke(bot, slash(discord_api, "ask", question=ASK, where="group", install="user"))
    assert only_callback(discord_api)["data"]["flags"] & EPHEMERAL


async def test_off_topic_question_says_so_and_suggests_without_feedback_buttons(
    bot: PalantirBot, discord_api: FakeDiscordAPI
) -> None:
    await invoke(bot, slash(discord_api, "ask", question="what is the weather in paris tomorrow"))
    data = only_callback(discord_api)["data"]
    (embed,) = data["embeds"]
    assert embed["description"].startswith(messages.OFF_TOPIC)
    assert "fields" not in embed or not embed["fields"]
    assert labels(data["components"]) == ["Sources", "Share"]


async def test_unanswerable_question_gets_a_miss_not_an_error(bot: PalantirBot, discord_api: FakeDiscordAPI) -> None:
    await invoke(bot, slash(discord_api, "ask", question="what did palantir pay for its ice cream social in 2017?"))
    (embed,) = only_callback(discord_api)["data"]["embeds"]
    assert embed["description"]
    assert messages.APOLOGY not in embed["description"]


async def test_slow_answers_are_deferred_then_followed_up(bot: PalantirBot, discord_api: FakeDiscordAPI) -> None:
    bot.defer_after = 0  # the answer cannot be ready before the first await: forces the deferred path
    await invoke(bot, slash(discord_api, "ask", question=ASK))
    body = only_callback(discord_api)
    assert body["type"] == 5
    assert body["data"]["flags"] & EPHEMERAL
    (followup,) = discord_api.calls_to("POST", f"/webhooks/{discord_api.application_id}/")
    assert followup.json["flags"] & EPHEMERAL
    assert followup.json["allowed_mentions"] == NO_PINGS
    assert "$38 million" in followup.json["embeds"][0]["description"]
    assert labels(followup.json["components"])[0] == "Sources"


async def test_today_with_a_date_lists_anniversaries_as_fields(bot: PalantirBot, discord_api: FakeDiscordAPI) -> None:
    await invoke(bot, slash(discord_api, "today", date="2019-09-13"))
    data = only_callback(discord_api)["data"]
    (embed,) = data["embeds"]
    assert embed["title"] == "On this date: 13 September"
    assert embed["fields"]
    assert any("fact " in f["value"] for f in embed["fields"])
    assert labels(data["components"]) == ["Share"]


async def test_today_with_a_bad_date_explains_the_format(bot: PalantirBot, discord_api: FakeDiscordAPI) -> None:
    await invoke(bot, slash(discord_api, "today", date="2019-13-45"))
    data = only_callback(discord_api)["data"]
    assert data["content"] == date_problem("2019-13-45")  # says why: there is no month 13
    assert data["flags"] & EPHEMERAL
    assert "components" not in data or not data["components"]


async def test_today_with_words_in_the_date_option_gives_usage_not_an_answer(
    bot: PalantirBot, discord_api: FakeDiscordAPI
) -> None:
    await invoke(bot, slash(discord_api, "today", date="next tuesday please"))
    assert only_callback(discord_api)["data"]["content"].startswith("I couldn't read those options")


async def test_sources_with_a_match_lists_only_the_articles_it_names(
    bot: PalantirBot, discord_api: FakeDiscordAPI
) -> None:
    await invoke(bot, slash(discord_api, "sources", match="vice"))
    (embed,) = only_callback(discord_api)["data"]["embeds"]
    assert embed["description"] == "The articles matching “vice”: 1 of 5."
    assert [f["name"] for f in embed["fields"]] == ["VICE News, 13–19 September 2019"]


async def test_sources_with_a_match_that_reads_as_a_question_is_answered_as_in_chat(
    bot: PalantirBot, discord_api: FakeDiscordAPI
) -> None:
    """A claim ("for the 49m figure") or a sentence ("say palantir renewed") in the option is answered, as the chat
    and `palantir-ice sources` answer it (bot.commands.asks_of_sources), not shown as a list nothing matched."""
    for match in ("for the 49m figure", "say palantir renewed"):
        discord_api.calls.clear()
        await invoke(bot, slash(discord_api, "sources", match=match))
        (embed,) = only_callback(discord_api)["data"]["embeds"]
        assert not embed["description"].startswith("No article matches"), embed["description"]
        assert embed["description"] == bot.core.ask(f"sources {match}").text.splitlines()[0], match


async def test_timeline_for_a_year_and_topic_lists_dated_facts(bot: PalantirBot, discord_api: FakeDiscordAPI) -> None:
    await invoke(bot, slash(discord_api, "timeline", year=2019, topic="protests"))
    (embed,) = only_callback(discord_api)["data"]["embeds"]
    assert embed["title"] == "Timeline 2019 — protests"
    assert all("2019" in f["name"] for f in embed["fields"])
    assert embed["footer"]["text"].startswith("Page 1 of ")


async def test_timeline_with_a_month_lists_that_month_only(bot: PalantirBot, discord_api: FakeDiscordAPI) -> None:
    """The command a long digest points to ("…and 5 more: /palantir-ice timeline year:2019 month:9") works."""
    await invoke(bot, slash(discord_api, "timeline", year=2019, month=9))
    (embed, *_) = only_callback(discord_api)["data"]["embeds"]
    assert embed["title"] == "Timeline September 2019"
    assert embed["fields"] and all("September 2019" in field["name"] for field in embed["fields"])


async def test_timeline_with_a_month_and_no_year_says_a_month_goes_with_a_year(
    bot: PalantirBot, discord_api: FakeDiscordAPI
) -> None:
    """Fresh tester 61 U6: "I couldn't read '-09' as a year", text the person never typed."""
    await invoke(bot, slash(discord_api, "timeline", month=9))
    data = only_callback(discord_api)["data"]
    assert data["content"] == messages.DISCORD_MONTH_WITHOUT_YEAR and "-09" not in data["content"]
    assert data["flags"] & EPHEMERAL


async def test_timeline_with_an_unknown_topic_lists_the_topics(bot: PalantirBot, discord_api: FakeDiscordAPI) -> None:
    await invoke(bot, slash(discord_api, "timeline", topic="bananas"))
    content = only_callback(discord_api)["data"]["content"]
    assert content.startswith("Unknown topic 'bananas'")
    assert "protests" in content


async def test_fact_shows_statement_quotes_and_links(bot: PalantirBot, discord_api: FakeDiscordAPI) -> None:
    await invoke(bot, slash(discord_api, "fact", id="contract-38m-claim"))
    (embed,) = only_callback(discord_api)["data"]["embeds"]
    assert embed["title"].startswith("contract-38m-claim")
    assert embed["fields"][0]["value"].startswith("“Palantir had previously claimed")
    assert embed["footer"]["text"] == "fact contract-38m-claim"


async def test_unknown_fact_suggests_close_ids(bot: PalantirBot, discord_api: FakeDiscordAPI) -> None:
    await invoke(bot, slash(discord_api, "fact", id="contract-38m-claims"))
    (embed,) = only_callback(discord_api)["data"]["embeds"]
    assert "Did you mean: contract-38m-claim" in embed["description"]


async def test_sources_lists_the_five_articles(bot: PalantirBot, discord_api: FakeDiscordAPI, brief: Brief) -> None:
    await invoke(bot, slash(discord_api, "sources"))
    (embed,) = only_callback(discord_api)["data"]["embeds"]
    assert len(embed["fields"]) == len(brief.sources) == 5


async def test_help_names_the_discord_ways_in(bot: PalantirBot, discord_api: FakeDiscordAPI) -> None:
    await invoke(bot, slash(discord_api, "help"))
    (embed,) = only_callback(discord_api)["data"]["embeds"]
    assert messages.DISCORD_HELP in embed["description"]
    assert "timeline [YEAR] [TOPIC]" in embed["description"]


@pytest.mark.parametrize("name", ["subscribe", "unsubscribe", "status"])
async def test_digest_commands_say_digests_are_not_enabled_without_a_service(
    bot: PalantirBot, discord_api: FakeDiscordAPI, name: str
) -> None:
    await invoke(bot, slash(discord_api, name, permissions=ALL_PERMISSIONS))
    assert only_callback(discord_api)["data"]["content"] == messages.DIGESTS_DISABLED


@pytest.fixture
def subscriptions(tmp_path: Path, dcore: Core) -> Subscriptions:
    service = Subscriptions(open_store(f"sqlite:///{tmp_path / 'bot.db'}"))
    dcore.subscriptions = service
    return service


async def test_subscribe_by_a_channel_manager_is_stored(
    bot: PalantirBot, discord_api: FakeDiscordAPI, subscriptions: Subscriptions
) -> None:
    await invoke(
        bot, slash(discord_api, "subscribe", time="08:30", timezone="Europe/Berlin", permissions=ALL_PERMISSIONS)
    )
    sub = subscriptions.get(platform="discord", workspace="700000000000000001", channel="710000000000000001")
    assert sub is not None
    assert only_callback(discord_api)["data"]["flags"] & EPHEMERAL


@pytest.mark.parametrize("name", ["subscribe", "unsubscribe"])
async def test_subscription_changes_without_manage_channels_are_refused_and_nothing_is_stored(
    bot: PalantirBot, discord_api: FakeDiscordAPI, subscriptions: Subscriptions, name: str
) -> None:
    await invoke(bot, slash(discord_api, name))
    data = only_callback(discord_api)["data"]
    assert data["content"] == messages.DISCORD_NEEDS_MANAGE_CHANNELS
    assert data["flags"] & EPHEMERAL
    assert subscriptions.get(platform="discord", workspace="700000000000000001", channel="710000000000000001") is None


async def test_subscribe_from_a_user_install_in_a_server_without_the_bot_is_refused(
    bot: PalantirBot, discord_api: FakeDiscordAPI, subscriptions: Subscriptions
) -> None:
    await invoke(bot, slash(discord_api, "subscribe", permissions=ALL_PERMISSIONS, install="user"))
    assert only_callback(discord_api)["data"]["content"] == messages.DISCORD_NEEDS_BOT_IN_SERVER


async def test_status_needs_no_permission(
    bot: PalantirBot, discord_api: FakeDiscordAPI, subscriptions: Subscriptions
) -> None:
    await invoke(bot, slash(discord_api, "status"))
    assert only_callback(discord_api)["data"]["content"] != messages.DISCORD_NEEDS_MANAGE_CHANNELS


async def test_status_without_a_digest_shows_the_slash_commands_own_options(
    bot: PalantirBot, discord_api: FakeDiscordAPI, subscriptions: Subscriptions
) -> None:
    """Fresh tester 61 U7: the hint was the text grammar ("subscribe 09:00 America/Los_Angeles")."""
    await invoke(bot, slash(discord_api, "status"))
    content = only_callback(discord_api)["data"]["content"]
    assert content.startswith("This channel has no digest. Start one with: /palantir-ice subscribe time:09:00 ")


async def test_topic_autocomplete_offers_matching_topics(bot: PalantirBot, discord_api: FakeDiscordAPI) -> None:
    await invoke(bot, autocomplete(discord_api, "timeline", "topic", topic="prot"))
    body = only_callback(discord_api)
    assert body["type"] == 8
    choices = body["data"]["choices"]
    assert [c["value"] for c in choices] == ["protests"]
    assert choices[0]["name"].startswith("protests — ")


async def test_fact_id_autocomplete_puts_prefix_matches_first_within_discords_limits(
    bot: PalantirBot, discord_api: FakeDiscordAPI
) -> None:
    await invoke(bot, autocomplete(discord_api, "fact", "id", id="contract-3"))
    choices = only_callback(discord_api)["data"]["choices"]
    assert choices and choices[0]["value"].startswith("contract-3")
    assert len(choices) <= 25
    assert all(len(c["name"]) <= 100 and len(c["value"]) <= 100 for c in choices)


async def test_autocomplete_leaves_out_ids_longer_than_discord_accepts(
    brief_copy: Path, discord_api: FakeDiscordAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One value over 100 characters makes Discord reject the whole list: such ids are left out, the rest offered."""
    import discord
    import yaml

    from bot.brief import load_brief

    facts_file = brief_copy / "facts" / "the-hill-2019.yaml"
    data = yaml.safe_load(facts_file.read_text(encoding="utf-8"))
    long_id = "contract-" + "x" * 105
    # (its related facts kept: its statement gives a figure only their quotes give)
    data["facts"].append(dict(data["facts"][0], id=long_id, differs=[]))
    facts_file.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    monkeypatch.setattr(discord.http.Route, "BASE", discord_api.base_url)
    client = PalantirBot(Core(load_brief(brief_copy), rate_limit=0))
    await client.login(discord_api.token)
    try:
        await invoke(client, autocomplete(discord_api, "fact", "id", id="contract-"))
    finally:
        await client.close()
    choices = only_callback(discord_api)["data"]["choices"]
    assert choices and long_id not in [c["value"] for c in choices]
    assert all(len(c["name"]) <= 100 and len(c["value"]) <= 100 for c in choices)


async def test_fact_id_autocomplete_with_nothing_typed_offers_25(bot: PalantirBot, discord_api: FakeDiscordAPI) -> None:
    await invoke(bot, autocomplete(discord_api, "fact", "id", id=""))
    assert len(only_callback(discord_api)["data"]["choices"]) == 25


async def test_beyond_the_rate_limit_the_reply_is_a_clear_ephemeral_notice(
    brief: Brief, discord_api: FakeDiscordAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    import discord

    monkeypatch.setattr(discord.http.Route, "BASE", discord_api.base_url)
    async with PalantirBot(Core(brief, rate_limit=2), defer_after=30.0) as client:
        await client.login(discord_api.token)
        for _ in range(3):
            await invoke(client, slash(discord_api, "ask", question=ASK, where="dm"))
    last = callbacks(discord_api)[-1]["data"]
    assert last["content"] == messages.RATE_LIMITED.format(limit=2, wait=60)
    assert last["flags"] & EPHEMERAL
    assert not callbacks(discord_api)[0]["data"].get("flags", 0) & EPHEMERAL


async def test_hostile_question_is_echoed_without_pinging_anyone(bot: PalantirBot, discord_api: FakeDiscordAPI) -> None:
    hostile = "@everyone @here <@&123456789012345678> <@800000000000000002> palantir contract?"
    await invoke(bot, slash(discord_api, "ask", question=hostile))
    await invoke(bot, slash(discord_api, "timeline", topic="@everyone"))
    _every_body_pings_nobody(discord_api)
    assert "@\u200beveryone" in callbacks(discord_api)[1]["data"]["content"]  # shown as typed, never a mention


async def test_over_long_question_gets_the_too_long_message(bot: PalantirBot, discord_api: FakeDiscordAPI) -> None:
    await invoke(bot, slash(discord_api, "ask", question="palantir " * 700))
    (embed,) = only_callback(discord_api)["data"]["embeds"]
    assert embed["description"].startswith(messages.TOO_LONG.format(limit=1000))
    assert len(embed["title"]) <= 256


async def test_over_long_fact_id_is_answered_within_limits(bot: PalantirBot, discord_api: FakeDiscordAPI) -> None:
    await invoke(bot, slash(discord_api, "fact", id="x" * 6000))
    (embed,) = only_callback(discord_api)["data"]["embeds"]
    assert len(embed["description"]) <= 4096


async def test_an_unexpected_failure_is_logged_and_the_user_gets_the_apology(
    bot: PalantirBot, discord_api: FakeDiscordAPI, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(question: str, previous: object) -> None:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(bot.core.answerer, "answer_in_turn", broken)
    with caplog.at_level(logging.ERROR):
        await invoke(bot, slash(discord_api, "ask", question=ASK))
    data = only_callback(discord_api)["data"]
    assert data["content"] == messages.APOLOGY
    assert data["flags"] & EPHEMERAL
    assert "secret internals" not in str(discord_api.calls[-1].json)
    assert any(r.exc_info and "secret internals" in str(r.exc_info[1]) for r in caplog.records)


async def test_a_failed_command_is_logged_by_interaction_kind_and_size_never_by_what_was_typed(
    bot: PalantirBot, discord_api: FakeDiscordAPI, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(question: str, previous: object) -> None:
        raise RuntimeError("internals")

    question = "my private note TYPED-SECRET: what did palantir sign?"
    monkeypatch.setattr(bot.core.answerer, "answer_in_turn", broken)
    interaction = slash(discord_api, "ask", question=question)
    with caplog.at_level(logging.DEBUG):
        await invoke(bot, interaction)
    assert only_callback(discord_api)["data"]["content"] == messages.APOLOGY
    logged = "\n".join(caplog.text.splitlines() + [r.getMessage() for r in caplog.records])
    assert "TYPED-SECRET" not in logged and "private note" not in logged
    (failure,) = [r for r in caplog.records if r.exc_info]
    assert str(interaction["id"]) in failure.getMessage()
    assert "failed on ask" in failure.getMessage()
    size = re.search(r"(\d+) characters", failure.getMessage())
    assert size is not None and len(question) <= int(size[1]) <= len(question) + len("ask ")


@pytest.mark.parametrize("typed", ["9am", "9 am"])
async def test_subscribe_with_a_twelve_hour_time_blames_the_time_option_and_suggests_the_hh_mm(
    bot: PalantirBot, discord_api: FakeDiscordAPI, subscriptions: Subscriptions, typed: str
) -> None:
    """fresh tester 45: time:9am answered "'9am' is not a time zone I know"."""
    await invoke(bot, slash(discord_api, "subscribe", time=typed, timezone="UTC", permissions=ALL_PERMISSIONS))
    content = only_callback(discord_api)["data"]["content"]
    assert content.startswith("I couldn't read '9am' as a time") and content.endswith("Did you mean 09:00?")
    assert subscriptions.get(platform="discord", workspace="700000000000000001", channel="710000000000000001") is None


async def test_subscribe_while_the_database_is_locked_says_so_in_one_line_and_logs_one_line(
    bot: PalantirBot, discord_api: FakeDiscordAPI, dcore: Core, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """fresh tester 45: the generic apology, and a traceback in the log."""
    import sqlite3

    dcore.subscriptions = Subscriptions(open_store(f"sqlite:///{tmp_path / 'bot.db'}", timeout=0.2))
    holder = sqlite3.connect(tmp_path / "bot.db", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        await invoke(bot, slash(discord_api, "subscribe", time="08:30", permissions=ALL_PERMISSIONS))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert only_callback(discord_api)["data"]["content"] == messages.DATABASE_UNAVAILABLE
    [line] = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert "is locked by another program" in line.getMessage() and line.exc_info is None


async def test_a_subscribe_waiting_on_a_locked_database_holds_up_no_one_elses_answer(
    bot: PalantirBot, discord_api: FakeDiscordAPI, dcore: Core, tmp_path: Path
) -> None:
    """fresh tester 56 O1: under a lock, /subscribe held the core's one thread and another person's /ask was
    answered only when the subscribe gave up (30.6 s); with a 5 s lock timeout here it took ~5 s, now at once."""
    import asyncio
    import sqlite3
    import time

    dcore.subscriptions = Subscriptions(open_store(f"sqlite:///{tmp_path / 'bot.db'}", timeout=5))
    holder = sqlite3.connect(tmp_path / "bot.db", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        subscribing = asyncio.ensure_future(
            invoke(bot, slash(discord_api, "subscribe", time="08:30", permissions=ALL_PERMISSIONS))
        )
        await asyncio.sleep(0.2)  # the subscribe is waiting on the lock
        started = time.monotonic()
        await invoke(bot, slash(discord_api, "ask", question=ASK, user_id=555))
        waited = time.monotonic() - started
        assert not subscribing.done()
        await subscribing
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert waited < 2.5, waited
    bodies = callbacks(discord_api)
    assert bodies[0]["data"]["embeds"][0]["title"] == ASK  # answered first, while the subscribe waited
    assert any(messages.DATABASE_UNAVAILABLE in str(body) for body in (c.json for c in discord_api.calls)), bodies


async def test_status_in_a_group_dm_says_no_digest_can_be_set_up_in_a_direct_message(
    bot: PalantirBot, discord_api: FakeDiscordAPI, subscriptions: Subscriptions
) -> None:
    """fresh tester 56 P1: it said "This channel has no digest. Start one with: subscribe 09:00 …", though
    subscribe is refused there (the README: status there says no digest can be set up in a direct message)."""
    await invoke(bot, slash(discord_api, "status", where="group", install="user"))
    assert only_callback(discord_api)["data"]["content"] == messages.STATUS_IN_DM


async def test_subscribe_in_a_group_dm_is_refused(
    bot: PalantirBot, discord_api: FakeDiscordAPI, subscriptions: Subscriptions
) -> None:
    await invoke(bot, slash(discord_api, "subscribe", where="group", install="user"))
    assert only_callback(discord_api)["data"]["content"] == messages.SUBSCRIBE_IN_DM


async def test_subscribe_in_the_bots_dm_is_explained_by_the_subscription_service(
    bot: PalantirBot, discord_api: FakeDiscordAPI, subscriptions: Subscriptions
) -> None:
    await invoke(bot, slash(discord_api, "subscribe", where="dm"))
    assert only_callback(discord_api)["data"]["content"] == messages.SUBSCRIBE_IN_DM


async def test_database_commands_past_the_queue_bound_are_told_busy_not_queued(
    bot: PalantirBot, discord_api: FakeDiscordAPI, subscriptions: Subscriptions
) -> None:
    """reviewer 18 F6: Slack bounds the database commands' queue (bot.commands.DATABASE_PENDING); Discord queued a
    burst without limit, each waiting up to DATABASE_TIMEOUT_SECONDS. Past the bound: the busy line, at once."""
    from bot.commands import DATABASE_PENDING

    queue = bot.database_admission
    queue.pending = DATABASE_PENDING  # a burst already running and waiting
    await invoke(bot, slash(discord_api, "status", permissions=ALL_PERMISSIONS))
    assert only_callback(discord_api)["data"]["content"] == messages.BUSY
    queue.pending = DATABASE_PENDING - 1
    await invoke(bot, slash(discord_api, "status", permissions=ALL_PERMISSIONS))
    assert callbacks(discord_api)[-1]["data"]["content"] != messages.BUSY
    assert queue.pending == DATABASE_PENDING - 1  # the finished one counted out


async def test_database_commands_behind_four_stuck_ones_are_told_busy_within_the_wait_not_after_the_stuck_ones(
    bot: PalantirBot, discord_api: FakeDiscordAPI, subscriptions: Subscriptions
) -> None:
    """Fresh tester 65 O1: on a locked database, 3 of 7 concurrent status commands waited for a database thread behind
    4 stuck ones and showed "thinking…" for twice the database timeout. As on Slack, one that gets no thread within
    DATABASE_WAIT_SECONDS (here 0.3 s) is told "busy" at once, while the stuck ones are still stuck."""
    import threading
    import time

    from bot.commands import DATABASE_WORKERS

    released = threading.Event()
    handle = bot.core.handle

    def stuck(command: Any, ctx: Any, **kw: Any) -> Any:
        released.wait(10)  # a database held by another process's lock
        return handle(command, ctx, **kw)

    bot.core.handle = stuck  # type: ignore[method-assign]
    bot.database_admission.max_wait = 0.3
    waiting = [
        asyncio.ensure_future(invoke(bot, slash(discord_api, "status", permissions=ALL_PERMISSIONS)))
        for _ in range(DATABASE_WORKERS)
    ]
    await asyncio.sleep(0.1)
    started = time.monotonic()
    await invoke(bot, slash(discord_api, "status", permissions=ALL_PERMISSIONS))
    assert time.monotonic() - started < 2
    assert [c["data"]["content"] for c in callbacks(discord_api)] == [messages.BUSY]
    released.set()
    await asyncio.gather(*waiting)
    assert len(callbacks(discord_api)) == DATABASE_WORKERS + 1


@pytest.mark.parametrize("typed", ["noon", "nine", "half past 9"])
async def test_subscribe_reads_the_time_option_as_the_time_however_it_is_written(
    bot: PalantirBot, discord_api: FakeDiscordAPI, subscriptions: Subscriptions, typed: str
) -> None:
    """fresh tester 70 U2: time:noon answered "'noon' is not a time zone I know… 'UTC': more than subscribe takes"."""
    await invoke(bot, slash(discord_api, "subscribe", time=typed, timezone="UTC", permissions=ALL_PERMISSIONS))
    content = only_callback(discord_api)["data"]["content"]
    assert content.startswith(f"I couldn't read '{''.join(typed.split())}' as a time")
    assert "time zone" not in content and "more than subscribe takes" not in content
    assert subscriptions.get(platform="discord", workspace="700000000000000001", channel="710000000000000001") is None
