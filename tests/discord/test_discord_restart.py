"""Buttons keep working across restarts and deploys, and always answer within Discord's 3 seconds.

A first bot sends replies with buttons to the fake Discord API; it is closed, and a second bot (a new instance
with its own connection state, as after a restart or on another process) receives the presses from the gateway.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import discord
import pytest

from adapters.discord.bot import DEFER_AFTER, PalantirBot
from bot import messages
from bot.brief import Brief
from bot.core import Core
from bot.gaps import GapLog
from bot.store import open_store
from tests.discord.helpers import EPHEMERAL, invoke, sent_message
from tests.fakes.discord_api import OTHER_USER_ID, FakeDiscordAPI, buttons, component, slash

ASK = "how much is the ICE contract?"
DEADLINE = 3.0  # Discord shows "This interaction failed" when nothing answers a press within 3 seconds


async def _bot(api: FakeDiscordAPI, core: Core, **kw: Any) -> PalantirBot:
    client = PalantirBot(core, **kw)
    await client.login(api.token)
    return client


@pytest.fixture
def gap_log(tmp_path: Path) -> GapLog:
    return GapLog(open_store(f"sqlite:///{tmp_path / 'bot.db'}"), salt="test-salt")


@pytest.fixture
async def sent(
    discord_api: FakeDiscordAPI, brief: Brief, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[dict[str, dict[str, Any]]]:
    """Replies with buttons sent by a first bot, which is then closed: an answer, a timeline, a long question."""
    monkeypatch.setattr(discord.http.Route, "BASE", discord_api.base_url)
    first = await _bot(discord_api, Core(brief, rate_limit=0))
    out = {}
    for name, payload in {
        "answer": slash(discord_api, "ask", question=ASK),
        "timeline": slash(discord_api, "timeline"),
        "long": slash(discord_api, "ask", question=ASK + " " + "and what did the articles say about it " * 3),
    }.items():
        await invoke(first, payload)
        out[name] = sent_message(discord_api, discord_api.calls_to("POST", "/callback")[-1])
    await first.close()
    yield out


async def _timed_press(
    bot: PalantirBot, api: FakeDiscordAPI, message: dict[str, Any], label: str, **kw: Any
) -> tuple[float, Any]:
    """Deliver a press as the gateway does; how long until Discord got the first response, and that response."""
    before = len(api.calls_to("POST", "/callback"))
    start = time.perf_counter()
    bot._connection.parse_interaction_create(component(api, message, buttons(message)[label]["custom_id"], **kw))
    call = await api.wait_for("POST", "/callback", count=before + 1, timeout=10)
    return time.perf_counter() - start, call


async def test_every_button_of_a_reply_sent_before_a_restart_is_answered_by_the_new_bot(
    sent: dict[str, dict[str, Any]], discord_api: FakeDiscordAPI, brief: Brief, gap_log: GapLog
) -> None:
    core = Core(brief, rate_limit=0, question_log=gap_log)
    second = await _bot(discord_api, core)
    try:
        answer = sent["answer"]
        took, sources = await _timed_press(second, discord_api, answer, "Sources")
        assert took < DEADLINE
        assert sources.json["type"] == 4 and sources.json["data"]["flags"] & EPHEMERAL
        names = [f["name"] for f in sources.json["data"]["embeds"][0]["fields"]]
        assert 1 <= len(names) < 5 and any(n.startswith("The Hill") for n in names)

        took, related = await _timed_press(second, discord_api, answer, "Related")
        assert took < DEADLINE
        others = [i for i in core.ask(ASK).items if i.role != "best"]
        assert any(i.role == "differs" for i in others)
        assert [f["name"] for f in related.json["data"]["embeds"][0]["fields"]] == [
            f"{i.id} · {'sources differ' if i.role == 'differs' else 'related'}" for i in others
        ]

        took, helpful = await _timed_press(second, discord_api, answer, "Helpful")
        assert took < DEADLINE and helpful.json["data"]["content"] == messages.THANKS_FEEDBACK

        took, share = await _timed_press(second, discord_api, answer, "Share")
        assert took < DEADLINE
        assert not share.json["data"].get("flags", 0) & EPHEMERAL
        assert share.json["data"]["embeds"] == answer["embeds"]

        timeline = sent["timeline"]
        took, turned = await _timed_press(second, discord_api, timeline, "Next")
        assert took < DEADLINE and turned.json["type"] == 7
        assert turned.json["data"]["embeds"][0]["footer"]["text"].startswith("Page 2 of ")
        took, back = await _timed_press(second, discord_api, timeline, "Previous")  # the edited message's buttons
        assert back.json["data"]["embeds"][0]["footer"]["text"].startswith("Page 1 of ")
        took, refused = await _timed_press(second, discord_api, timeline, "Next", user_id=OTHER_USER_ID)
        assert refused.json["data"]["content"] == messages.DISCORD_ONLY_ASKER
    finally:
        await second.close()


async def test_feedback_pressed_after_a_restart_is_recorded_with_the_question_and_fact(
    sent: dict[str, dict[str, Any]], discord_api: FakeDiscordAPI, brief: Brief, gap_log: GapLog
) -> None:
    from sqlalchemy import select

    from bot.gaps import AnswerFeedback

    second = await _bot(discord_api, Core(brief, rate_limit=0, question_log=gap_log))
    try:
        await _timed_press(second, discord_api, sent["answer"], "Not helpful")
    finally:
        await second.close()
    with gap_log.store.session() as s:
        (row,) = s.scalars(select(AnswerFeedback))
    assert (row.platform, row.question, row.fact_id, row.helpful) == ("discord", ASK, "contract-38m-claim", False)


async def test_a_button_whose_state_did_not_fit_says_it_has_expired_after_a_restart(
    sent: dict[str, dict[str, Any]], discord_api: FakeDiscordAPI, brief: Brief
) -> None:
    long = sent["long"]
    assert all(len(b["custom_id"]) <= 100 for b in buttons(long).values())
    second = await _bot(discord_api, Core(brief, rate_limit=0))
    try:
        took, call = await _timed_press(second, discord_api, long, "Sources")
    finally:
        await second.close()
    assert took < DEADLINE
    assert call.json["data"]["content"] == messages.DISCORD_BUTTON_EXPIRED
    assert call.json["data"]["flags"] & EPHEMERAL


async def test_a_long_questions_buttons_work_until_the_restart(
    discord_api: FakeDiscordAPI, brief: Brief, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(discord.http.Route, "BASE", discord_api.base_url)
    core = Core(brief, rate_limit=0)
    question = ASK + " " + "and what did the articles say " * 4
    cited = {c.source_id for c in core.ask(question).citations}
    bot = await _bot(discord_api, core)
    try:
        await invoke(bot, slash(discord_api, "ask", question=question))
        message = sent_message(discord_api, discord_api.calls_to("POST", "/callback")[-1])
        _, call = await _timed_press(bot, discord_api, message, "Sources")
        if call.json["type"] == 5:  # a loaded machine made the press defer (as designed): the embed follows up
            followup = await discord_api.wait_for("POST", f"/webhooks/{discord_api.application_id}/", timeout=10)
            embed = followup.json["embeds"][0]
        else:
            embed = call.json["data"]["embeds"][0]
    finally:
        await bot.close()
    assert embed["title"] == "Sources"
    assert len(embed["fields"]) == len(cited) < len(brief.sources)


async def _answered_by(bot: PalantirBot, api: FakeDiscordAPI) -> dict[str, Any]:
    await invoke(bot, slash(api, "ask", question=ASK))
    return sent_message(api, api.calls_to("POST", "/callback")[-1])


async def test_a_press_defers_before_the_deadline_while_the_database_is_locked(
    discord_api: FakeDiscordAPI, brief: Brief, gap_log: GapLog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(discord.http.Route, "BASE", discord_api.base_url)
    bot = await _bot(discord_api, Core(brief, rate_limit=0, question_log=gap_log), defer_after=DEFER_AFTER)
    locker = sqlite3.connect(tmp_path / "bot.db", isolation_level=None)
    try:
        message = await _answered_by(bot, discord_api)
        locker.execute("BEGIN EXCLUSIVE")  # another process holding the database: the feedback write has to wait
        took, first = await _timed_press(bot, discord_api, message, "Helpful")
        assert took < DEADLINE
        assert first.json["type"] == 5 and first.json["data"]["flags"] & EPHEMERAL
        await asyncio.sleep(max(0.0, DEADLINE + 0.5 - took))
        locker.execute("ROLLBACK")
        followup = await discord_api.wait_for("POST", f"/webhooks/{discord_api.application_id}/", timeout=10)
    finally:
        locker.close()
        await bot.close()
    assert followup.json["content"] == messages.THANKS_FEEDBACK
    assert followup.json["flags"] & EPHEMERAL


async def test_sources_defers_before_the_deadline_while_the_core_is_busy(
    discord_api: FakeDiscordAPI, brief: Brief, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(discord.http.Route, "BASE", discord_api.base_url)
    bot = await _bot(discord_api, Core(brief, rate_limit=0), defer_after=DEFER_AFTER)
    try:
        message = await _answered_by(bot, discord_api)
        busy = asyncio.ensure_future(bot.call_core(time.sleep, DEADLINE + 0.5))  # a long job on the core's thread
        took, first = await _timed_press(bot, discord_api, message, "Sources")
        assert took < DEADLINE
        assert first.json["type"] == 5
        await busy
        followup = await discord_api.wait_for("POST", f"/webhooks/{discord_api.application_id}/", timeout=10)
    finally:
        await bot.close()
    assert followup.json["embeds"][0]["title"] == "Sources"


async def test_a_page_turn_defers_before_the_deadline_while_the_core_is_busy(
    sent: dict[str, dict[str, Any]], discord_api: FakeDiscordAPI, brief: Brief
) -> None:
    second = await _bot(discord_api, Core(brief, rate_limit=0), defer_after=DEFER_AFTER)
    try:
        busy = asyncio.ensure_future(second.call_core(time.sleep, DEADLINE + 0.5))  # a long job on the core's thread
        took, first = await _timed_press(second, discord_api, sent["timeline"], "Next")
        assert took < DEADLINE
        assert first.json["type"] == 6  # a deferred update: the page is edited when the core is free
        await busy
        edit = await discord_api.wait_for("PATCH", "/messages/@original", timeout=10)
    finally:
        await second.close()
    assert edit.json["embeds"][0]["footer"]["text"].startswith("Page 2 of ")
    assert sent["timeline"]["embeds"][0]["footer"]["text"].startswith("Page 2 of ")


async def _worker(api: FakeDiscordAPI, tmp_path: Path) -> asyncio.subprocess.Process:
    """`palantir-ice run --only discord` as its own process, against the fake Discord API."""
    import os
    import sys

    from tests.conftest import ROOT

    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DISCORD_", "DIGEST"))}
    env |= {
        "PYTHONPATH": str(ROOT),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'bot.db'}",
        "DISCORD_TOKEN": api.token,
        "DISCORD_API_URL": api.base_url,
        "DISCORD_GATEWAY_URL": api.gateway_url,
        "DIGESTS_ENABLED": "false",
    }
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "adapters.cli", "run", "--only", "discord", cwd=ROOT, env=env,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
    )  # fmt: skip


async def test_buttons_are_answered_by_a_new_process_after_the_first_one_stopped(
    discord_api: FakeDiscordAPI, tmp_path: Path
) -> None:
    first = await _worker(discord_api, tmp_path)
    try:
        await discord_api.wait_until(lambda: discord_api.identifies == 1, timeout=60)
        await discord_api.dispatch("INTERACTION_CREATE", slash(discord_api, "ask", question=ASK))
        message = sent_message(discord_api, await discord_api.wait_for("POST", "/callback", timeout=10))
    finally:
        first.terminate()
        await first.wait()
    second = await _worker(discord_api, tmp_path)
    try:
        await discord_api.wait_until(lambda: discord_api.identifies == 2, timeout=60)
        for label in ("Sources", "Helpful"):
            before = len(discord_api.calls_to("POST", "/callback"))
            start = time.perf_counter()
            await discord_api.dispatch(
                "INTERACTION_CREATE", component(discord_api, message, buttons(message)[label]["custom_id"])
            )
            call = await discord_api.wait_for("POST", "/callback", count=before + 1, timeout=10)
            assert time.perf_counter() - start < DEADLINE
            assert call.json["data"]["flags"] & EPHEMERAL
            assert call.json["data"].get("content") != messages.DISCORD_BUTTON_EXPIRED
        assert call.json["data"]["content"] == messages.THANKS_FEEDBACK
    finally:
        second.terminate()
        await second.wait()
