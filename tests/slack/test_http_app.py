"""The Slack app in HTTP mode, driven by signed requests over a real socket, against the fake Web API."""

from __future__ import annotations

import asyncio
import json
import logging
import time

import aiohttp
import pytest

from adapters.slack import render
from bot import calendar, messages
from bot.brief import Brief
from bot.core import Core
from tests.slack.conftest import Slack, start


def _texts(post: dict) -> str:
    return json.dumps(post.get("blocks", []), ensure_ascii=False) + post.get("text", "")


async def test_a_question_is_answered_ephemerally_with_citations_in_blocks(slack: Slack) -> None:
    status, name = await slack.command("how much is the ICE contract?")
    assert status == 200
    post = await slack.reply_to(name)
    assert post["response_type"] == "ephemeral"
    contexts = [b for b in post["blocks"] if b["type"] == "context"]
    assert contexts and "$38 million contract with ICE" in _texts(post)
    buttons = [el["action_id"] for el in post["blocks"][-1]["elements"]]
    assert buttons == [render.SHARE, render.SOURCES, render.RELATED, render.HELPFUL, render.NOT_HELPFUL]


async def test_an_unanswerable_question_says_so_without_buttons(core: Core, slack: Slack) -> None:
    question = "who won the 1998 world cup final?"
    assert not core.ask(question).answered
    _, name = await slack.command(question)
    post = await slack.reply_to(name)
    assert messages.OFF_TOPIC in post["text"] or messages.NO_ANSWER in post["text"]
    assert all(b["type"] != "actions" for b in post["blocks"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("help", "Commands:"),
        ("", "Commands:"),
        ("today 2019-09-13", "On this date: 13 September"),
        ("today 2019-13-45", "there is no month 13"),
        ("timeline 2019", "Timeline 2019"),
        ("sources", "VICE News"),
        ("fact contract-49m-2019", "$49 million"),
        ("fact no-such-fact", "There is no fact"),
        ("subscribe 09:00 Europe/Paris", messages.DIGESTS_DISABLED),
        ("unsubscribe", messages.DIGESTS_DISABLED),
        ("status", messages.DIGESTS_DISABLED),
    ],
)
async def test_each_subcommand_answers(slack: Slack, text: str, expected: str) -> None:
    _, name = await slack.command(text)
    post = await slack.reply_to(name)
    assert expected in _texts(post).replace("&#39;", "'")


@pytest.mark.parametrize("broken", ["locked", "corrupted"])
async def test_subscribe_on_a_locked_or_corrupted_database_says_so_in_one_line_and_logs_one_line(
    core: Core, slack: Slack, tmp_path, caplog: pytest.LogCaptureFixture, broken: str
) -> None:
    """fresh tester 45: the generic apology, and an ERROR with a traceback, when the database failed under it."""
    import sqlite3

    from bot.store import open_store
    from bot.subscriptions import Subscriptions

    path = tmp_path / "bot.db"
    store = open_store(f"sqlite:///{path}", timeout=0.2)
    core.subscriptions = Subscriptions(store)
    holder = sqlite3.connect(path, isolation_level=None)
    if broken == "locked":
        holder.execute("BEGIN EXCLUSIVE")
    else:  # overwritten under the running app, as the tester did; its pooled connection is dropped to see it
        store.engine.dispose()
        for extra in ("-wal", "-shm"):
            path.with_name(path.name + extra).unlink(missing_ok=True)
        path.write_bytes(b"these are not the pages you are looking for\n" * 200)
    try:
        _, name = await slack.command("subscribe 11:00 UTC")
        post = await slack.reply_to(name)
    finally:
        holder.close()
    assert post["text"] == messages.DATABASE_UNAVAILABLE
    [line] = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert line.exc_info is None and line.getMessage().startswith("subscribe failed on the database: The SQLite file")


async def test_a_bad_signature_gets_401_and_nothing_runs(slack: Slack) -> None:
    status, _name = await slack.command("sources", secret="not-the-secret")
    assert status == 401
    await asyncio.sleep(0.1)
    assert slack.api.responses == [] and slack.api.calls == []


async def test_a_stale_timestamp_gets_401_and_nothing_runs(slack: Slack) -> None:
    status, _ = await slack.command("sources", timestamp=int(time.time()) - 600)
    assert status == 401
    await asyncio.sleep(0.1)
    assert slack.api.responses == [] and slack.api.calls == []


async def test_healthz_answers_ok(slack: Slack) -> None:
    async with slack.session.get(f"{slack.url}/healthz") as resp:
        assert resp.status == 200 and (await resp.json())["ok"] is True


async def test_mention_injection_in_a_question_is_neutralized(slack: Slack) -> None:
    _, name = await slack.command("fact <!channel><@U999>&lt;x&gt;<!subteam^S1|@devs><#C9|general>")
    post = await slack.reply_to(name)
    body = _texts(post)
    for dangerous in ("<!channel>", "<@U999>", "<!subteam", "<#C9", "<x>"):
        assert dangerous not in body


async def test_an_overlong_message_gets_a_clear_reply(slack: Slack) -> None:
    _, name = await slack.command("why " * 600)
    post = await slack.reply_to(name)
    assert "too long" in post["text"]


async def test_beyond_the_rate_limit_a_polite_ephemeral_reply(brief, slack_api) -> None:  # type: ignore[no-untyped-def]
    runner, url = await start(Core(brief, rate_limit=2), slack_api)
    try:
        async with aiohttp.ClientSession() as session:
            s = Slack(slack_api, url, session)
            names = [(await s.command("what is FALCON?"))[1] for _ in range(3)]
            posts = [await s.reply_to(n) for n in names]
            _, other = await s.command("what is FALCON?", user="U2")
            other_post = await s.reply_to(other)
    finally:
        await runner.cleanup()
    assert "faster than I can keep up" not in posts[0]["text"] + posts[1]["text"]
    assert "faster than I can keep up" in posts[2]["text"] and posts[2]["response_type"] == "ephemeral"
    assert "faster than I can keep up" not in other_post["text"]


async def test_a_direct_message_is_answered_in_the_dm_without_a_thread(slack: Slack) -> None:
    event = {
        "type": "message",
        "channel": "D1",
        "channel_type": "im",
        "user": "U1",
        "text": "what is FALCON?",
        "ts": "5.1",
    }
    status, _ = await slack.event(event)
    assert status == 200
    [call] = await slack.api.wait_for("chat.postMessage")
    assert call.args["channel"] == "D1" and "thread_ts" not in call.args
    assert "FALCON" in call.args["text"]


async def test_a_question_in_a_dm_thread_is_answered_in_that_thread(slack: Slack) -> None:
    """Fresh tester 61 U4: the answer to a reply in a DM thread landed in the DM's main timeline."""
    event = {"type": "message", "channel": "DX1", "channel_type": "im", "user": "U1", "text": "what is FALCON?"}
    await slack.event({**event, "ts": "1700000300.000011", "thread_ts": "1700000300.000010"})
    [call] = await slack.api.wait_for("chat.postMessage")
    assert call.args["channel"] == "DX1" and call.args["thread_ts"] == "1700000300.000010"
    assert "FALCON" in call.args["text"]


async def test_a_429_from_slack_is_retried_after_retry_after_and_the_reply_arrives(slack: Slack) -> None:
    slack.api.throttle(method="chat.postMessage", times=1, retry_after=0)
    event = {"type": "message", "channel": "D1", "channel_type": "im", "user": "U1", "text": "sources", "ts": "5.2"}
    await slack.event(event)
    calls = await slack.api.wait_for("chat.postMessage", count=2)
    assert [c.status for c in calls] == [429, 200]


async def test_an_expired_response_url_is_a_warning_not_a_crash(slack: Slack, caplog: pytest.LogCaptureFixture) -> None:
    slack.api.fail_response_urls(404, "expired_url")
    await slack.command("sources")
    await slack.api.wait_for_responses(1)
    for _ in range(50):
        if any("response_url answered 404" in r.getMessage() for r in caplog.records):
            break
        await asyncio.sleep(0.02)
    assert any("response_url answered 404 expired_url" in r.getMessage() for r in caplog.records)
    assert not [r for r in caplog.records if r.levelname == "ERROR"]


async def test_a_share_whose_response_url_expired_logs_the_lost_note_not_a_lost_answer(
    slack: Slack, caplog: pytest.LogCaptureFixture
) -> None:
    """Fresh tester 72 U2: the share was posted, only the presser's "Shared in" note was lost, and the log said
    "answer lost for good" beside outcome=answered."""
    caplog.set_level(logging.INFO)
    slack.api.fail_response_urls(404, "expired_url")
    value = json.dumps({"q": "what is FALCON?", "f": "falcon", "s": ["truthout-2019", "vice-2019"]})
    await slack.action(render.SHARE, value, channel="CEXP")
    await slack.api.wait_for("chat.postMessage")
    for _ in range(100):
        if any("slack request" in r.getMessage() and "command=share" in r.getMessage() for r in caplog.records):
            break
        await asyncio.sleep(0.02)
    lost = [r.getMessage() for r in caplog.records if "lost for good" in r.getMessage()]
    assert len(lost) == 1 and "Shared in" in lost[0] and "answer lost" not in lost[0], lost
    assert "404 expired_url" in lost[0]
    assert len(slack.api.posted("CEXP")) == 1


async def test_a_fact_id_that_names_no_fact_is_logged_as_such_not_as_answered(
    slack: Slack, caplog: pytest.LogCaptureFixture
) -> None:
    """Fresh tester 72 O2: `fact nope` was logged outcome=answered answered=True beside "There is no fact…"."""
    caplog.set_level(logging.INFO)
    for text in ("fact nope", "fact falcon"):
        await slack.reply_to((await slack.command(text))[1])
    for _ in range(100):
        lines = [r.getMessage() for r in caplog.records if "command=fact" in r.getMessage()]
        if len(lines) == 2:
            break
        await asyncio.sleep(0.02)
    assert "outcome=no_such_fact answered=False" in lines[0], lines
    assert "outcome=answered answered=True" in lines[1], lines


async def test_a_mention_is_answered_in_a_thread_under_it(slack: Slack) -> None:
    event = {"type": "app_mention", "channel": "C1", "user": "U1", "text": "<@UBOT> what is FALCON?", "ts": "7.1"}
    await slack.event(event)
    [call] = await slack.api.wait_for("chat.postMessage")
    assert call.args["channel"] == "C1" and call.args["thread_ts"] == "7.1"
    assert "FALCON" in call.args["text"]


async def test_a_mention_inside_a_thread_replies_in_that_thread(slack: Slack) -> None:
    event = {
        "type": "app_mention",
        "channel": "C1",
        "user": "U1",
        "text": "<@UBOT> sources",
        "ts": "8.2",
        "thread_ts": "8.0",
    }
    await slack.event(event)
    [call] = await slack.api.wait_for("chat.postMessage")
    assert call.args["thread_ts"] == "8.0"


async def test_a_retried_event_is_answered_once(slack: Slack) -> None:
    event = {"type": "message", "channel": "D1", "channel_type": "im", "user": "U1", "text": "sources", "ts": "9.1"}
    await slack.event(event, event_id="EvSAME")
    status, headers = await slack.event(event, event_id="EvSAME", retry=1)
    assert status == 200 and headers.get("x-slack-no-retry") == "1"
    await slack.api.wait_for("chat.postMessage")
    await asyncio.sleep(0.2)
    assert len(slack.api.calls_to("chat.postMessage")) == 1


@pytest.mark.parametrize(
    "event",
    [
        {"type": "message", "subtype": "bot_message", "bot_id": "B2", "channel": "D1", "channel_type": "im", "ts": "1"},
        {"type": "message", "bot_id": "BBOT", "user": "UBOT", "channel": "D1", "channel_type": "im", "text": "x"},
        {"type": "message", "subtype": "message_changed", "channel": "D1", "channel_type": "im", "ts": "2"},
        {"type": "message", "subtype": "message_deleted", "channel": "D1", "channel_type": "im", "ts": "3"},
        {"type": "message", "channel": "C1", "channel_type": "channel", "user": "U1", "text": "sources", "ts": "4"},
    ],
    ids=["other-bot", "itself", "edit", "deletion", "channel-message"],
)
async def test_bots_edits_deletions_and_channel_chatter_are_ignored(slack: Slack, event: dict) -> None:
    event.setdefault("ts", "1.0")
    status, _ = await slack.event(event)
    assert status == 200
    await asyncio.sleep(0.2)
    assert slack.api.calls_to("chat.postMessage") == []


async def test_share_in_channel_reposts_the_answer_attributed_to_the_asker(slack: Slack) -> None:
    _, name = await slack.command("how much is the ICE contract?", user="UASKER")
    post = await slack.reply_to(name)
    share = post["blocks"][-1]["elements"][0]
    await slack.action(render.SHARE, share["value"], user="UASKER", channel="C1")
    [call] = await slack.api.wait_for("chat.postMessage")
    blocks = json.loads(call.args["blocks"]) if isinstance(call.args["blocks"], str) else call.args["blocks"]
    assert call.args["channel"] == "C1"
    # their name as plain text, never a mention: `<@UASKER>` notified them of their own share (tester 65 U3)
    assert blocks[0]["elements"][0]["text"].startswith("someone asked")
    assert "<@" not in json.dumps(blocks)
    assert "$38 million" in json.dumps(blocks)
    assert all(el["action_id"] != render.SHARE for b in blocks if b["type"] == "actions" for el in b["elements"])


async def test_a_shared_answers_asked_line_shows_the_name_and_words_as_plain_text(slack: Slack) -> None:
    """fresh tester 70 O2: a name `*bold* _it_` showed bold and italic (the line was mrkdwn); now a plain_text
    element (a context block takes them), still escaped so `&`, `<` and `>` read as themselves."""
    _, name = await slack.command("what is *FALCON* &amp; _it_?", user="UASKER")  # Slack sends & escaped
    share = (await slack.reply_to(name))["blocks"][-1]["elements"][0]
    await slack.action(render.SHARE, share["value"], user="UASKER", channel="C1", username="*bold* _it_ & <!here>")
    [call] = await slack.api.wait_for("chat.postMessage")
    blocks = json.loads(call.args["blocks"]) if isinstance(call.args["blocks"], str) else call.args["blocks"]
    [element] = blocks[0]["elements"]
    assert blocks[0]["type"] == "context" and element["type"] == "plain_text"
    assert element["text"].startswith("*bold* _it_ &amp; &lt;!\u200bhere&gt; asked: what is FALCON &amp; it")
    assert all(b["type"] != "context" or b is blocks[0] or b["elements"][0]["type"] == "mrkdwn" for b in blocks)


async def test_share_where_the_bot_is_not_a_member_says_how_to_fix_it(slack: Slack) -> None:
    slack.api.fail("not_in_channel", method="chat.postMessage", channel="CNOPE")
    value = json.dumps({"q": "what is FALCON?", "f": None, "s": []})
    name = await slack.action(render.SHARE, value, channel="CNOPE")
    post = await slack.reply_to(name)
    assert post["text"] == render.mrkdwn(messages.SLACK_CANNOT_POST)


async def test_a_share_the_core_fails_on_logs_its_request_line_and_apologises(
    core: Core, slack: Slack, caplog: pytest.LogCaptureFixture
) -> None:
    """Tester 49: every request logs one line, a Share in channel the core fails on included."""
    caplog.set_level(logging.INFO)

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("secret internals")

    core.ask = broken  # type: ignore[method-assign]
    name = await slack.action(render.SHARE, json.dumps({"q": "what is FALCON?", "f": None, "s": []}))
    post = await slack.reply_to(name)
    assert post["text"] == render.mrkdwn(messages.APOLOGY)
    for _ in range(100):
        lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("slack request")]
        if lines:
            break
        await asyncio.sleep(0.02)
    assert len(lines) == 1 and "kind=action command=share" in lines[0] and "outcome=error" in lines[0], lines
    assert slack.api.posted() == []


async def test_sources_and_related_buttons_answer_ephemerally(slack: Slack) -> None:
    _, name = await slack.command("how much is the ICE contract?")
    post = await slack.reply_to(name)
    by_id = {el["action_id"]: el["value"] for el in post["blocks"][-1]["elements"]}
    sources = await slack.reply_to(await slack.action(render.SOURCES, by_id[render.SOURCES]))
    assert "Sources for this answer" in _texts(sources) and sources["replace_original"] is False
    related = await slack.reply_to(await slack.action(render.RELATED, by_id[render.RELATED]))
    assert related["response_type"] == "ephemeral" and related["blocks"][0]["text"]["text"] == "Related"


async def test_related_lists_what_the_answers_see_also_offered(slack: Slack) -> None:
    """The answer on FALCON (a glossary entry, with no related facts of its own) shows two facts under "See also";
    its Related button lists them (it answered "There are no related facts for this answer")."""
    _, name = await slack.command("what is FALCON?")
    post = await slack.reply_to(name)
    assert "See also:" in _texts(post)
    by_id = {el["action_id"]: el["value"] for el in post["blocks"][-1]["elements"]}
    related = await slack.reply_to(await slack.action(render.RELATED, by_id[render.RELATED]))
    opened = [b["accessory"]["value"] for b in related["blocks"] if "accessory" in b]
    assert opened[:2] == ["to-falcon-sa-purpose", "vice-falcon-coordinates-raids"]
    assert messages.NO_RELATED not in _texts(related)


async def test_related_of_the_contract_answer_leads_with_the_differing_figures(slack: Slack) -> None:
    _, name = await slack.command("how much is the ICE contract?")
    post = await slack.reply_to(name)
    by_id = {el["action_id"]: el["value"] for el in post["blocks"][-1]["elements"]}
    related = await slack.reply_to(await slack.action(render.RELATED, by_id[render.RELATED]))
    opened = [b["accessory"]["value"] for b in related["blocks"] if "accessory" in b]
    assert opened[:2] == ["contract-39m-expired-2018", "contract-53m-expires-2019"]


@pytest.mark.parametrize(
    "text", ["what is FALCON? <#C123|general>", "<http://evil|click> what is FALCON?", "what is FALCON? <!here>"]
)
async def test_a_channel_mention_or_link_does_not_turn_a_question_into_a_refusal(slack: Slack, text: str) -> None:
    _, name = await slack.command(text)
    post = await slack.reply_to(name)
    assert "outside what I cover" not in _texts(post)
    assert render.RELATED in [el["action_id"] for el in post["blocks"][-1]["elements"]]
    await slack.event({"type": "app_mention", "channel": "C1", "user": "U1", "text": f"<@UBOT> {text}", "ts": "7.7"})
    [call] = await slack.api.wait_for("chat.postMessage")
    assert "outside what I cover" not in json.dumps(call.args.get("blocks"))


async def test_more_shows_the_next_timeline_page(slack: Slack) -> None:
    _, name = await slack.command("timeline")
    first = await slack.reply_to(name)
    more = first["blocks"][-1]["elements"][0]
    second = await slack.reply_to(await slack.action(render.MORE, more["value"]))
    assert "(2/" in second["blocks"][0]["text"]["text"]


async def test_more_pressed_twice_turns_the_presser_s_page_in_place_instead_of_posting_it_twice(slack: Slack) -> None:
    """Fresh tester 72 D1: More pressed twice on a timeline posted page 2 twice below it (replace_original false).
    The pressed page is the presser's own (ephemeral): each press replaces it, so page 2 is shown once."""
    _, name = await slack.command("timeline")
    first = await slack.reply_to(name)
    value = first["blocks"][-1]["elements"][0]["value"]
    pressed = [await slack.reply_to(await slack.action(render.MORE, value)) for _ in range(2)]
    for page in pressed:
        assert page["replace_original"] is True and page["response_type"] == "ephemeral"
        assert "(2/" in page["blocks"][0]["text"]["text"]


async def test_more_under_a_timeline_posted_for_everyone_leaves_it_and_shows_the_presser_the_next_page(
    slack: Slack,
) -> None:
    """A mention's timeline is read by everyone in the channel: one person's More must not turn it for them all."""
    _, name = await slack.command("timeline")
    value = (await slack.reply_to(name))["blocks"][-1]["elements"][0]["value"]
    page = await slack.reply_to(await slack.action(render.MORE, value, ephemeral=False))
    assert page["replace_original"] is False and page["response_type"] == "ephemeral"
    assert "(2/" in page["blocks"][0]["text"]["text"]


async def test_more_keeps_the_month_of_a_month_timeline(slack: Slack, brief: Brief) -> None:
    """`timeline 2019-09` then More: the second page is still September 2019, not the year's other months."""
    september = calendar.timeline(brief, year=2019, month=9).entries
    assert len(september) > render.TIMELINE_PAGE  # the premise: the month needs a second page
    _, name = await slack.command("timeline 2019-09")
    first = await slack.reply_to(name)
    more = first["blocks"][-1]["elements"][0]
    second = await slack.reply_to(await slack.action(render.MORE, more["value"]))
    assert second["blocks"][0]["text"]["text"].startswith("Timeline September 2019 (2/")
    shown = [b["text"]["text"] for b in second["blocks"] if b["type"] == "section"]
    expected = september[render.TIMELINE_PAGE : 2 * render.TIMELINE_PAGE]
    assert [s.split("*: ", 1)[0].strip("*") for s in shown] == [e.date_label for e in expected]
    assert all(e.date.startswith("2019-09") for e in expected)


async def test_a_slow_answer_is_still_acked_at_once(core: Core, slack: Slack) -> None:
    """The ack does not wait for the core: a blocked core still gets every command a 200."""
    import threading

    gate = threading.Event()
    original = core.handle

    def slow(*args, **kwargs):  # type: ignore[no-untyped-def]
        gate.wait(5)
        return original(*args, **kwargs)

    core.handle = slow  # type: ignore[method-assign]
    try:
        status, name = await asyncio.wait_for(slack.command("sources"), 2.5)
        assert status == 200 and slack.api.responses_to(name) == []
    finally:
        gate.set()
    assert "VICE News" in _texts(await slack.reply_to(name))


async def test_an_unexpected_core_failure_gets_the_apology_and_is_logged(
    core: Core, slack: Slack, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("secret internals")

    core.handle = broken  # type: ignore[method-assign]
    _, name = await slack.command("sources")
    post = await slack.reply_to(name)
    assert post["text"] == render.mrkdwn(messages.APOLOGY)
    assert "secret internals" not in _texts(post)
    assert any(r.exc_info for r in caplog.records)


async def test_a_rate_limited_mention_gets_an_ephemeral_notice_in_the_thread(brief, slack_api) -> None:  # type: ignore[no-untyped-def]
    runner, url = await start(Core(brief, rate_limit=1), slack_api)
    try:
        async with aiohttp.ClientSession() as session:
            s = Slack(slack_api, url, session)
            for ts in ("1.1", "1.2"):
                event = {
                    "type": "app_mention",
                    "channel": "C1",
                    "user": "U1",
                    "text": "<@UBOT> what is FALCON?",
                    "ts": ts,
                }
                await s.event(event)
            [notice] = await slack_api.wait_for("chat.postEphemeral")
            await slack_api.wait_for("chat.postMessage")
    finally:
        await runner.cleanup()
    assert notice.args["user"] == "U1" and notice.args["thread_ts"] == "1.2"
    assert "faster than I can keep up" in notice.args["text"]
    assert len(slack_api.calls_to("chat.postMessage")) == 1


async def test_each_request_logs_one_line_without_tokens_or_the_full_question(
    slack: Slack, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("INFO")
    question = "what is FALCON " + "and also tell me more " * 20 + "SECRET-TAIL"
    _, name = await slack.command(question)
    await slack.reply_to(name)
    for _ in range(50):
        lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("slack request")]
        if lines:
            break
        await asyncio.sleep(0.02)
    assert len(lines) == 1
    assert "team=T0TEST" in lines[0] and "command=ask" in lines[0] and "latency_ms=" in lines[0]
    everything = "\n".join(r.getMessage() for r in caplog.records)
    assert "SECRET-TAIL" not in everything and "xoxb-test" not in everything


@pytest.mark.parametrize(
    ("event", "channel"),
    [
        (
            {
                "type": "message",
                "subtype": "file_share",
                "channel": "D1",
                "channel_type": "im",
                "user": "U1",
                "text": "sources",
                "files": [{"id": "F1", "name": "notes.txt"}],
                "ts": "11.1",
            },
            "D1",
        ),
        (
            {
                "type": "message",
                "subtype": "thread_broadcast",
                "channel": "D1",
                "channel_type": "im",
                "user": "U1",
                "text": "sources",
                "thread_ts": "10.0",
                "ts": "11.2",
            },
            "D1",
        ),
        (
            {
                "type": "app_mention",
                "subtype": "thread_broadcast",
                "channel": "C1",
                "user": "U1",
                "text": "<@UBOT> sources",
                "thread_ts": "10.0",
                "ts": "11.3",
            },
            "C1",
        ),
    ],
    ids=["dm-with-a-file", "dm-thread-reply-sent-to-the-channel", "mention-sent-to-the-channel"],
)
async def test_messages_a_person_sends_with_a_subtype_are_answered(slack: Slack, event: dict, channel: str) -> None:
    await slack.event(event)
    [call] = await slack.api.wait_for("chat.postMessage")
    assert call.args["channel"] == channel and "VICE News" in call.args["text"]


@pytest.mark.parametrize(
    "subtype", ["channel_join", "message_replied", "channel_topic", "bot_message", "message_changed", "tombstone"]
)
async def test_subtypes_no_person_typed_are_ignored(slack: Slack, subtype: str) -> None:
    event = {
        "type": "message",
        "subtype": subtype,
        "channel": "D1",
        "channel_type": "im",
        "user": "U1",
        "text": "sources",
        "ts": "12.1",
    }
    status, _ = await slack.event(event)
    assert status == 200
    await asyncio.sleep(0.2)
    assert slack.api.calls_to("chat.postMessage") == []


@pytest.mark.parametrize(
    "action_id", [render.MORE, render.SOURCES, render.RELATED, render.HELPFUL, render.NOT_HELPFUL, render.SHARE]
)
async def test_a_button_whose_value_cannot_be_read_says_run_the_command_again_and_logs_one_line(
    slack: Slack, caplog: pytest.LogCaptureFixture, action_id: str
) -> None:
    """Tester 49: `timeline_more` with value "garbage{" got no answer and no log line."""
    caplog.set_level(logging.INFO)
    post = await slack.reply_to(await slack.action(action_id, "garbage{"))
    assert post["text"] == render.mrkdwn(messages.SLACK_BUTTON_UNREADABLE)
    assert post["response_type"] == "ephemeral"
    assert slack.api.posted() == []  # nothing in the channel
    for _ in range(50):  # the line is logged once response_url has answered
        lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("slack request")]
        if lines:
            break
        await asyncio.sleep(0.02)
    command = "share" if action_id == render.SHARE else action_id  # as every Share line is named (tester 67 U6)
    assert len(lines) == 1 and f"command={command} " in lines[0] and "outcome=unreadable" in lines[0]


@pytest.mark.parametrize(
    "value",
    [
        '{"bogus": 1}',
        '{"y": 2019, "m": null, "t": null, "p": "2"}',
        '{"y": null, "m": null, "t": null, "p": 0}',
        # fresh tester 58 P1: each of these had its filter dropped or misread instead
        '{"y": "2019", "m": null, "t": null, "p": 1}',
        '{"y": null, "m": null, "t": ["protests"], "p": 1}',
        '{"y": 2019, "m": 13, "t": null, "p": 1}',
        '{"y": 2019, "m": 0, "t": null, "p": 1}',
        '{"y": true, "m": null, "t": null, "p": 1}',
        '{"y": 2019, "m": true, "t": null, "p": 1}',
        '{"y": null, "m": 9, "t": null, "p": 1}',
    ],
)
async def test_a_more_button_with_valid_json_of_another_shape_is_unreadable_not_the_whole_timeline(
    slack: Slack, value: str
) -> None:
    """fresh tester 56 O2: `{"bogus":1}` showed the whole brief's "Timeline (1/10)"."""
    post = await slack.reply_to(await slack.action(render.MORE, value))
    assert post["text"] == render.mrkdwn(messages.SLACK_BUTTON_UNREADABLE)


@pytest.mark.parametrize(
    ("action_id", "value"),
    [
        (render.SOURCES, {"q": "what is FALCON?", "f": "falcon", "s": ["nope", "../../etc/passwd"]}),
        (render.SOURCES, {"q": "what is FALCON?", "f": None, "s": "vice-2019"}),
        (render.SOURCES, {"bogus": 1}),
        (render.HELPFUL, {"q": None, "f": None, "s": []}),
        (render.HELPFUL, {"q": "", "f": None, "s": []}),
        (render.NOT_HELPFUL, {"q": "what is FALCON?", "f": ["x"], "s": []}),
        (render.RELATED, {"q": None, "f": None, "s": []}),
        (render.RELATED, {"q": "what is FALCON?", "f": "no-such-fact", "s": []}),
    ],
)
async def test_a_tampered_sources_related_or_feedback_value_is_unreadable_not_silently_taken(
    slack: Slack, action_id: str, value: dict[str, object]
) -> None:
    """Fresh tester 61 O2: unknown source ids listed all five articles, a null question was thanked for ("Thanks,
    noted") and Related said "There are no related facts": as README says, "I couldn't read this button"."""
    post = await slack.reply_to(await slack.action(action_id, json.dumps(value)))
    assert post["text"] == render.mrkdwn(messages.SLACK_BUTTON_UNREADABLE)


@pytest.mark.parametrize("action_id", [render.SOURCES, render.RELATED, render.MORE, render.HELPFUL, render.FACT])
async def test_every_button_press_logs_one_request_line(
    slack: Slack, caplog: pytest.LogCaptureFixture, action_id: str
) -> None:
    caplog.set_level(logging.INFO)
    value = "ice-contract" if action_id == render.FACT else json.dumps({"q": "what is FALCON?", "f": None, "s": []})
    if action_id == render.MORE:
        value = json.dumps({"y": 2019, "m": None, "t": None, "p": 1})
    await slack.reply_to(await slack.action(action_id, value))
    for _ in range(50):
        lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("slack request")]
        if lines:
            break
        await asyncio.sleep(0.02)
    assert len(lines) == 1 and f"command={action_id}" in lines[0] and "kind=action" in lines[0]


@pytest.mark.parametrize(
    "question",
    ["", "x" * 3000, "what is the weather", "subscribe 09:00 UTC"],
    ids=["empty", "too-long", "tampered-outside", "tampered-command"],
)
async def test_share_of_a_refusal_goes_only_to_the_person_who_pressed(slack: Slack, question: str) -> None:
    """Tester 49: help text or "too long" was posted to the whole channel; fresh tester 58 O2: a tampered value
    that re-answers to no answer posted "That's outside what I cover" there (only answers have a Share button)."""
    name = await slack.action(render.SHARE, json.dumps({"q": question, "f": None, "s": []}), channel="C1")
    post = await slack.reply_to(name)
    assert post["response_type"] == "ephemeral"
    await asyncio.sleep(0.2)
    assert slack.api.calls_to("chat.postMessage") == []


@pytest.mark.parametrize(
    "value",
    [{"q": "x", "f": None, "s": []}, {"q": "what is FALCON?", "f": None, "s": ["tamper"]}],
    ids=["re-answers-to-no-answer", "unknown-article"],
)
async def test_a_share_value_this_app_did_not_write_is_unreadable(slack: Slack, value: dict) -> None:
    """Fresh tester 77 U2: a value without its digest ("h") that re-answers to no answer got the bot's "outside
    what I cover" and topic list; a cut-short or wrongly digested value gets "I couldn't read this button"."""
    post = await slack.reply_to(await slack.action(render.SHARE, json.dumps(value), channel="C1"))
    assert post["response_type"] == "ephemeral"
    assert post["text"] == messages.SLACK_BUTTON_UNREADABLE
    await asyncio.sleep(0.2)
    assert slack.api.calls_to("chat.postMessage") == []


TWO_LINES = "how much was the 2015 contract\nand who reported it"


@pytest.mark.parametrize(
    "event",
    [
        {"type": "message", "channel": "D1", "channel_type": "im", "user": "U1", "text": TWO_LINES, "ts": "9.1"},
        {"type": "app_mention", "channel": "C1", "user": "U1", "text": f"<@UBOT> {TWO_LINES}", "ts": "9.2"},
    ],
)
async def test_a_message_of_two_lines_is_answered_line_by_line(slack: Slack, event: dict) -> None:
    """Fresh tester 70 P1: the newline became a space before the core saw it, so "it" stood for nothing."""
    await slack.event(event)
    [call] = await slack.api.wait_for("chat.postMessage")
    said = _texts(call.args)
    assert "$39 million" in said and "Your next line, read as" in said
    assert "can't tell who or what" not in said


async def test_a_command_of_two_lines_is_answered_line_by_line(slack: Slack) -> None:
    _, name = await slack.command(TWO_LINES)
    said = _texts(await slack.reply_to(name))
    assert "$39 million" in said and "Your next line, read as" in said


async def test_a_shared_answer_of_two_lines_is_shared_as_it_was_shown(slack: Slack) -> None:
    """Fresh tester 72 U3: Share kept the first line alone ("asked: how much was …") and posted its answer without
    the next line's, though the README says an answer is shared as it was shown."""
    _, name = await slack.command(TWO_LINES, user="UASKER")
    share = (await slack.reply_to(name))["blocks"][-1]["elements"][0]
    await slack.action(render.SHARE, share["value"], user="UASKER", channel="C1")
    [call] = await slack.api.wait_for("chat.postMessage")
    blocks = json.loads(call.args["blocks"]) if isinstance(call.args["blocks"], str) else call.args["blocks"]
    assert blocks[0]["elements"][0]["text"] == f"someone asked: {TWO_LINES}"
    said = json.dumps(blocks)
    assert "$39 million" in said and "Your next line, read as" in said


@pytest.mark.parametrize("trigger", ["1.2.77", None], ids=["with-trigger-id", "without"])
async def test_a_replayed_signed_command_is_dropped_with_a_line_naming_the_request(
    slack: Slack, caplog: pytest.LogCaptureFixture, trigger: str | None
) -> None:
    """fresh tester 70 U6: "slack: dropped a repeat of request - (retry 0)"; the README promises "<id> (retry N)".
    The trigger id names it; a body without one is named by its signature's digest, which only a replay shares.
    Fresh tester 72 U4: without Slack's retry header it is a replay, said so, not "(retry 0)"."""
    import urllib.parse

    form = {"team_id": "T0TEST", "channel_id": "C1", "user_id": "U1", "command": "/palantir-ice", "text": "sources"}
    form["response_url"] = slack.api.response_url("replayed")
    if trigger:
        form["trigger_id"] = trigger
    body = urllib.parse.urlencode(form)
    timestamp = int(time.time())
    with caplog.at_level(logging.INFO, logger="adapters.slack.app"):
        for _ in range(2):
            status, headers, _ = await slack.post(body, "application/x-www-form-urlencoded", timestamp=timestamp)
            assert status == 200
    assert headers.get("x-slack-no-retry") == "1"
    [line] = [r.getMessage() for r in caplog.records if "dropped a repeat" in r.getMessage()]
    if trigger:
        assert line == "slack: dropped a repeat of request 1.2.77 (a replay: no retry header)"
    else:
        assert line.startswith("slack: dropped a repeat of request sig:"), line
        assert line.endswith(" (a replay: no retry header)"), line
        assert " - " not in line
    await slack.reply_to("replayed")
    await asyncio.sleep(0.2)
    assert len(slack.api.responses_to("replayed")) == 1
