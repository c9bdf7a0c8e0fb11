"""Buttons under replies, pressed as the gateway delivers them: pages, Share, Sources, Related, feedback, timeouts."""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from typing import Any

import discord
import pytest

from adapters.discord.bot import PalantirBot
from bot import calendar, messages
from bot.brief import Brief
from bot.core import Core
from bot.models import Answer
from bot.once import OnceLedger
from bot.ports import Context
from bot.store import Store
from tests.discord.helpers import (
    EPHEMERAL,
    NO_PINGS,
    invoke,
    labels,
    message_from,
    only_callback,
    press,
    sent_message,
)
from tests.fakes.discord_api import OTHER_USER_ID, USER_ID, FakeDiscordAPI, buttons, component, dm_message, slash

ASK = "how much is the ICE contract?"


async def _reply(bot: PalantirBot, api: FakeDiscordAPI, payload: dict[str, Any]) -> dict[str, Any]:
    await invoke(bot, payload)
    return sent_message(api, api.calls_to("POST", "/callback")[-1])


async def _press(bot: PalantirBot, api: FakeDiscordAPI, message: dict[str, Any], label: str, **kw: Any) -> Any:
    return await press(bot, api, component(api, message, buttons(message)[label]["custom_id"], **kw))


async def test_next_turns_the_timeline_page_for_the_asker(bot: PalantirBot, discord_api: FakeDiscordAPI) -> None:
    message = await _reply(bot, discord_api, slash(discord_api, "timeline"))
    first = message["embeds"][0]
    assert first["footer"]["text"].startswith("Page 1 of ")
    assert buttons(message)["Previous"]["disabled"] is True
    call = await _press(bot, discord_api, message, "Next")
    assert call.json["type"] == 7
    page = call.json["data"]["embeds"][0]
    assert page["footer"]["text"].startswith("Page 2 of ")
    assert page["fields"][0]["name"] != first["fields"][0]["name"]
    assert {c["label"]: c["disabled"] for row in call.json["data"]["components"] for c in row["components"]} == {
        "Previous": False,
        "Next": False,
        "Share": False,
    }


async def test_next_pressed_twice_quickly_answers_the_second_press_with_the_same_page(
    bot: PalantirBot, discord_api: FakeDiscordAPI
) -> None:
    """Fresh tester 77 O1: the second press carries page 1's Next, no longer on the message the first press turned;
    discord.py drops it unanswered ("This interaction failed"). It is answered, showing page 2 again."""
    message = await _reply(bot, discord_api, slash(discord_api, "timeline"))
    stale_next = buttons(message)["Next"]["custom_id"]
    first = await _press(bot, discord_api, message, "Next")
    turned = discord_api.messages[int(message["id"])]
    assert buttons(turned)["Next"]["custom_id"] != stale_next  # the premise: the pressed id is gone
    second = await press(bot, discord_api, component(discord_api, turned, stale_next))
    assert second.json["type"] == 7
    assert second.json["data"]["embeds"] == first.json["data"]["embeds"]
    assert second.json["data"]["embeds"][0]["footer"]["text"].startswith("Page 2 of ")
    await asyncio.sleep(0.05)  # one answer per press: discord.py's own dispatch did not answer it too
    assert len(discord_api.calls_to("POST", "/callback")) == 3


async def test_next_keeps_the_month_of_a_month_timeline(
    bot: PalantirBot, discord_api: FakeDiscordAPI, brief: Brief
) -> None:
    """`timeline 2019-09` in a DM, then Next: the second page is still September 2019, not the year's other months."""
    september = calendar.timeline(brief, year=2019, month=9).entries
    await bot.on_message(message_from(bot, dm_message(discord_api, "timeline 2019-09")))
    (call,) = discord_api.calls_to("POST", "/messages")
    message = discord_api.messages[int(call.response["id"])]
    assert message["embeds"][0]["title"] == "Timeline September 2019"
    shown = len(message["embeds"][0]["fields"])
    assert len(september) > shown  # the premise: the month needs a second page
    turned = await _press(bot, discord_api, message, "Next", where="dm")
    page = turned.json["data"]["embeds"][0]
    assert page["title"] == "Timeline September 2019" and page["footer"]["text"].startswith("Page 2 of ")
    names = [f["name"] for f in page["fields"]]
    assert names == [f"{e.date_label} · {e.fact_id}" for e in september[shown : shown + len(names)]]


async def test_pages_refuse_anyone_but_the_asker(bot: PalantirBot, discord_api: FakeDiscordAPI) -> None:
    message = await _reply(bot, discord_api, slash(discord_api, "timeline"))
    call = await _press(bot, discord_api, message, "Next", user_id=OTHER_USER_ID)
    assert call.json["type"] == 4
    assert call.json["data"]["content"] == messages.DISCORD_ONLY_ASKER
    assert call.json["data"]["flags"] & EPHEMERAL
    assert not [c for c in discord_api.calls_to("POST", "/callback") if c.json["type"] == 7]


async def test_pages_stop_at_the_last_page(bot: PalantirBot, discord_api: FakeDiscordAPI) -> None:
    message = await _reply(bot, discord_api, slash(discord_api, "timeline", year=2019))
    pages = int(message["embeds"][0]["footer"]["text"].split(" of ")[1].split(" ")[0])
    call = None
    for _ in range(pages + 2):
        call = await _press(bot, discord_api, message, "Next")
    assert call is not None
    assert call.json["data"]["embeds"][0]["footer"]["text"].startswith(f"Page {pages} of {pages}")
    states = {c["label"]: c["disabled"] for row in call.json["data"]["components"] for c in row["components"]}
    assert states["Next"] is True


async def test_a_button_in_an_older_custom_id_format_says_it_has_expired(
    bot: PalantirBot, discord_api: FakeDiscordAPI
) -> None:
    message = await _reply(bot, discord_api, slash(discord_api, "sources"))
    message["components"][0]["components"][0]["custom_id"] = "pice:sources"  # as sent before DynamicItem buttons
    call = await press(bot, discord_api, component(discord_api, message, "pice:sources"))
    assert call.json["data"]["content"] == messages.DISCORD_BUTTON_EXPIRED
    assert call.json["data"]["flags"] & EPHEMERAL


async def test_share_reposts_the_answer_publicly_naming_who_shared_without_a_ping(
    bot: PalantirBot, discord_api: FakeDiscordAPI
) -> None:
    message = await _reply(bot, discord_api, slash(discord_api, "ask", question=ASK))
    assert message["flags"] & EPHEMERAL
    call = await _press(bot, discord_api, message, "Share")
    data = call.json["data"]
    assert call.json["type"] == 4
    assert not data.get("flags", 0) & EPHEMERAL
    assert data["content"] == messages.DISCORD_SHARED_BY.format(user=f"<@{USER_ID}>")
    assert data["allowed_mentions"] == NO_PINGS
    assert data["embeds"] == message["embeds"]


async def test_share_on_a_timeline_reposts_the_current_page(bot: PalantirBot, discord_api: FakeDiscordAPI) -> None:
    message = await _reply(bot, discord_api, slash(discord_api, "timeline"))
    await _press(bot, discord_api, message, "Next")
    call = await _press(bot, discord_api, message, "Share")
    assert call.json["data"]["embeds"][0]["footer"]["text"].startswith("Page 2 of ")


async def test_share_on_sources_reposts_them(bot: PalantirBot, discord_api: FakeDiscordAPI) -> None:
    message = await _reply(bot, discord_api, slash(discord_api, "sources"))
    call = await _press(bot, discord_api, message, "Share")
    assert call.json["data"]["embeds"][0]["title"] == "Sources"
    assert call.json["data"]["embeds"][0]["description"] == messages.SOURCES_ALL


async def test_sources_button_lists_only_the_cited_articles(bot: PalantirBot, discord_api: FakeDiscordAPI) -> None:
    message = await _reply(bot, discord_api, slash(discord_api, "ask", question=ASK))
    call = await _press(bot, discord_api, message, "Sources")
    data = call.json["data"]
    assert data["flags"] & EPHEMERAL
    names = [f["name"] for f in data["embeds"][0]["fields"]]
    assert 1 <= len(names) < 5
    assert any(n.startswith("The Hill") for n in names)
    assert data["embeds"][0]["description"] == messages.SOURCES_CITED  # not "every answer rests on" (tester 67 U2)


async def test_related_button_shows_the_related_and_differing_facts(
    bot: PalantirBot, discord_api: FakeDiscordAPI
) -> None:
    message = await _reply(bot, discord_api, slash(discord_api, "ask", question=ASK))
    call = await _press(bot, discord_api, message, "Related")
    fields = call.json["data"]["embeds"][0]["fields"]
    answer = bot.core.ask(ASK)
    assert any(i.role == "differs" for i in answer.items)
    assert [f["name"] for f in fields] == [
        f"{i.id} · {'sources differ' if i.role == 'differs' else 'related'}" for i in answer.items if i.role != "best"
    ]
    assert call.json["data"]["flags"] & EPHEMERAL


class RecordingLog:
    """A QuestionLog (a port the core calls) that keeps what it is told, standing in for the database one."""

    def __init__(self) -> None:
        self.feedback: list[tuple[Context, str, str | None, bool]] = []

    def record_unanswered(self, ctx: Context, answer: Answer, now: dt.datetime) -> None:
        pass

    def record_feedback(
        self, ctx: Context, *, question: str, fact_id: str | None, helpful: bool, now: dt.datetime
    ) -> None:
        self.feedback.append((ctx, question, fact_id, helpful))


async def test_helpful_and_not_helpful_reach_core_feedback_with_the_question_and_fact(
    bot: PalantirBot, discord_api: FakeDiscordAPI
) -> None:
    log = RecordingLog()
    bot.core.question_log = log
    message = await _reply(bot, discord_api, slash(discord_api, "ask", question=ASK))
    helpful = await _press(bot, discord_api, message, "Helpful")
    await _press(bot, discord_api, message, "Not helpful", user_id=OTHER_USER_ID)
    assert helpful.json["data"]["content"] == messages.THANKS_FEEDBACK
    assert helpful.json["data"]["flags"] & EPHEMERAL
    assert [(c.user, q, f, h) for c, q, f, h in log.feedback] == [
        (str(USER_ID), ASK, "contract-38m-claim", True),
        (str(OTHER_USER_ID), ASK, "contract-38m-claim", False),
    ]
    assert log.feedback[0][0].platform == "discord"


async def test_a_failing_button_gets_the_apology(bot: PalantirBot, discord_api: FakeDiscordAPI) -> None:
    message = await _reply(bot, discord_api, slash(discord_api, "ask", question=ASK))

    def broken() -> None:
        raise RuntimeError("boom")

    bot.core.sources = broken  # type: ignore[method-assign,assignment]
    call = await _press(bot, discord_api, message, "Sources")
    assert call.json["data"]["content"] == messages.APOLOGY


async def test_dm_answer_buttons_have_no_share(bot: PalantirBot, discord_api: FakeDiscordAPI) -> None:
    await invoke(bot, slash(discord_api, "timeline", where="dm"))
    assert labels(only_callback(discord_api)["data"]["components"]) == ["Previous", "Next"]


def _public_shares(api: FakeDiscordAPI) -> list[dict[str, Any]]:
    return [
        c.json
        for c in api.calls_to("POST", "/callback")
        if c.json["type"] == 4 and not c.json["data"].get("flags", 0) & EPHEMERAL
    ]


async def test_a_double_clicked_share_posts_the_answer_publicly_once(
    bot: PalantirBot, discord_api: FakeDiscordAPI
) -> None:
    """Two INTERACTION_CREATE for the same Share arrive together (tester 53 §1.1): one public post; the second
    press is told, privately, that the answer is there already."""
    message = await _reply(bot, discord_api, slash(discord_api, "ask", question=ASK))
    before = len(discord_api.calls_to("POST", "/callback"))
    custom_id = buttons(message)["Share"]["custom_id"]
    for _ in range(2):
        bot._connection.parse_interaction_create(component(discord_api, message, custom_id))
    await discord_api.wait_for("POST", "/callback", count=before + 2)
    assert len(_public_shares(discord_api)) == 1
    second = discord_api.calls_to("POST", "/callback")[-1].json
    assert second["data"]["content"] == messages.DISCORD_ALREADY_SHARED
    assert second["data"]["flags"] & EPHEMERAL


async def test_the_same_answer_shared_by_two_people_is_posted_once(
    bot: PalantirBot, discord_api: FakeDiscordAPI
) -> None:
    """Each asked the same question (their own ephemeral copies), then each pressed Share: one public post."""
    mine = await _reply(bot, discord_api, slash(discord_api, "ask", question=ASK))
    theirs = await _reply(bot, discord_api, slash(discord_api, "ask", question=ASK, user_id=OTHER_USER_ID))
    await _press(bot, discord_api, mine, "Share")
    call = await _press(bot, discord_api, theirs, "Share", user_id=OTHER_USER_ID)
    assert len(_public_shares(discord_api)) == 1
    assert call.json["data"]["content"] == messages.DISCORD_ALREADY_SHARED


async def test_a_share_discord_refused_may_be_pressed_again(bot: PalantirBot, discord_api: FakeDiscordAPI) -> None:
    """A refused repost is not in the channel, so its claim is given back and the next press posts it."""
    message = await _reply(bot, discord_api, slash(discord_api, "ask", question=ASK))
    discord_api.fail("POST", "/callback", status=403, code=50013, message="Missing Permissions")
    before = len(discord_api.calls_to("POST", "/callback"))
    bot._connection.parse_interaction_create(component(discord_api, message, buttons(message)["Share"]["custom_id"]))
    await discord_api.wait_for("POST", "/callback", count=before + 1)
    for _ in range(50):  # the refused press's handler gives its claim back after Discord's answer
        if not bot.shared._seen:
            break
        await asyncio.sleep(0.02)
    call = await _press(bot, discord_api, message, "Share")
    assert call.json["data"]["content"] == messages.DISCORD_SHARED_BY.format(user=f"<@{USER_ID}>")


async def test_two_processes_sharing_a_database_post_a_double_clicked_share_once(
    discord_api: FakeDiscordAPI, dcore: Core, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each press reaches another process (memory alone cannot tell): the database's ledger decides."""
    monkeypatch.setattr(discord.http.Route, "BASE", discord_api.base_url)
    one, two = (
        PalantirBot(dcore, defer_after=30.0, ledger=OnceLedger(store)),
        PalantirBot(dcore, defer_after=30.0, ledger=OnceLedger(store)),
    )
    try:
        for client in (one, two):
            await client.login(discord_api.token)
        message = await _reply(one, discord_api, slash(discord_api, "ask", question=ASK))
        before = len(discord_api.calls_to("POST", "/callback"))
        custom_id = buttons(message)["Share"]["custom_id"]
        for client in (one, two):
            client._connection.parse_interaction_create(component(discord_api, message, custom_id))
        await discord_api.wait_for("POST", "/callback", count=before + 2)
    finally:
        for client in (one, two):
            await client.close()
    assert len(_public_shares(discord_api)) == 1
    # either process may win the claim and either answer may reach Discord first: the loser's is the "already" line
    answers = [call.json["data"]["content"] for call in discord_api.calls_to("POST", "/callback")[before:]]
    assert len(answers) == 2 and answers.count(messages.DISCORD_ALREADY_SHARED) == 1, answers  # and one share


async def test_related_and_feedback_on_a_follow_up_work_from_the_answer_shown(
    bot: PalantirBot, discord_api: FakeDiscordAPI
) -> None:
    """Fresh tester 65 P2: "what is FALCON", then "what does it do": Related said "No related facts" though the
    answer's footer listed two, and feedback recorded "what does it do"; the buttons asked the typed words again
    alone. A follow-up's buttons carry its key (bot/answer_key.py): the answer shown is worked out again."""
    log = RecordingLog()
    bot.core.question_log = log
    await _reply(bot, discord_api, slash(discord_api, "ask", question="what is FALCON"))
    message = await _reply(bot, discord_api, slash(discord_api, "ask", question="what does it do"))
    assert "falcon" in message["embeds"][0]["footer"]["text"]
    call = await _press(bot, discord_api, message, "Related")
    names = [f["name"] for f in call.json["data"]["embeds"][0].get("fields", [])]
    assert "to-falcon-sa-purpose · related" in names and "vice-falcon-coordinates-raids · related" in names
    await _press(bot, discord_api, message, "Helpful")
    assert [(q, f) for _, q, f, _ in log.feedback] == [("what does falcon do", "falcon")]


async def test_a_follow_up_button_whose_answer_changed_says_so_and_shows_no_other_answer(
    bot: PalantirBot, discord_api: FakeDiscordAPI
) -> None:
    """A key whose digest no longer fits (the fact base changed, or an edited custom_id) is refused in one line."""
    from adapters.discord.views import PREFIX

    await _reply(bot, discord_api, slash(discord_api, "ask", question="what is FALCON"))
    message = await _reply(bot, discord_api, slash(discord_api, "ask", question="what does it do"))
    related = buttons(message)["Related"]
    assert related["custom_id"].startswith(f"{PREFIX}kr:")
    related["custom_id"] = f"{PREFIX}kr:000000000000:falcon:what does falcon do"  # as an edited one would come
    call = await _press(bot, discord_api, message, "Related")
    assert call.json["data"]["content"] == messages.ANSWER_CHANGED


async def test_a_plain_answers_buttons_carry_its_digest_and_a_changed_answer_is_told_not_shown(
    bot: PalantirBot, discord_api: FakeDiscordAPI
) -> None:
    """A plain answer's buttons carried its question alone and asked it again: after a brief change Related, Sources
    and feedback acted on whatever answer came out then, not the one shown. They carry the answer's digest now, as
    a follow-up's key and Slack's Share do: a press whose answer comes out differently gets the one line."""
    from adapters.discord.views import PREFIX

    log = RecordingLog()
    bot.core.question_log = log
    message = await _reply(bot, discord_api, slash(discord_api, "ask", question="what is FALCON"))
    related = buttons(message)["Related"]
    assert re.fullmatch(rf"{PREFIX}hr:[0-9a-f]{{12}}:what is FALCON", related["custom_id"]), related["custom_id"]
    call = await _press(bot, discord_api, message, "Related")  # the same answer: shown
    assert call.json["data"]["embeds"][0]["title"] == "Related"
    for label in ("Related", "Sources", "Helpful"):  # as after the fact base changed: the digest no longer fits
        button = buttons(message)[label]
        button["custom_id"] = re.sub(r":[0-9a-f]{12}:", ":000000000000:", button["custom_id"], count=1)
        call = await _press(bot, discord_api, message, label)
        assert call.json["data"]["content"] == messages.ANSWER_CHANGED
    assert log.feedback == []
    refused = await _reply(bot, discord_api, slash(discord_api, "ask", question="what is the weather on mars"))
    assert buttons(refused)["Sources"]["custom_id"].startswith(f"{PREFIX}s:")  # a refusal's: nothing to keep
    call = await _press(bot, discord_api, refused, "Sources")
    assert call.json["data"]["embeds"][0]["title"] == "Sources"


@pytest.mark.parametrize(
    "edit",
    [
        (":falcon:", ":contract-49m-2019:"),  # another fact in the evidence ids
        (":falcon:", ":contract-49m-2019,falcon:"),  # a fact added before it
        (":what does falcon do", ":what does falcon dox"),  # the reading
    ],
)
async def test_a_follow_up_button_with_any_part_of_its_key_edited_is_refused(
    bot: PalantirBot, discord_api: FakeDiscordAPI, edit: tuple[str, str]
) -> None:
    """Fresh tester 67 O1: the digest covered the lead and evidence only, so a custom_id whose ids were changed to
    another fact (its digest kept) was answered; every part of the key is covered now."""
    log = RecordingLog()
    bot.core.question_log = log
    await _reply(bot, discord_api, slash(discord_api, "ask", question="what is FALCON"))
    message = await _reply(bot, discord_api, slash(discord_api, "ask", question="what does it do"))
    for label in ("Related", "Helpful"):
        button = buttons(message)[label]
        assert edit[0] in button["custom_id"]
        button["custom_id"] = button["custom_id"].replace(*edit)
        call = await _press(bot, discord_api, message, label)
        assert call.json["data"]["content"] == messages.ANSWER_CHANGED
    assert log.feedback == []


async def test_buttons_under_a_long_question_work_from_the_whole_question(
    bot: PalantirBot, discord_api: FakeDiscordAPI
) -> None:
    """Fresh tester 72 P1: an answer's `question` is cut to 300 characters for showing back, and the buttons
    carried the cut words, another question asked again. They carry the question as typed (kept in this process's
    ButtonMemory past Discord's 100 characters)."""
    long = "what is FALCON " + "really " * 60 + "?"
    log = RecordingLog()
    bot.core.question_log = log
    message = await _reply(bot, discord_api, slash(discord_api, "ask", question=long))
    call = await _press(bot, discord_api, message, "Helpful")
    assert call.json["data"]["content"] == messages.THANKS_FEEDBACK
    whole = bot.core.ask(long)  # (recorded as shown back, cut to 300 characters; worked out from the whole)
    assert [(q, f) for _, q, f, _ in log.feedback] == [(whole.question, whole.evidence[0].id)]
    sources = await _press(bot, discord_api, message, "Sources")
    assert sources.json["data"]["embeds"][0]["description"] == messages.SOURCES_CITED
