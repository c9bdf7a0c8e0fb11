"""Share, Related and feedback under a FOLLOW-UP's answer work from the answer shown, through signed requests and the
fake Slack Web API (fresh tester 65 P1/P2): the button carries the answer's key (bot/answer_key.py), not only the
typed words, which asked again alone ("what does it do") are another question or none."""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

import pytest

from adapters.slack import render
from bot import messages
from bot.core import Core
from tests.slack.conftest import Slack


def _section_texts(blocks: list[dict[str, Any]]) -> list[str]:
    return [b["text"]["text"] for b in blocks if b["type"] == "section"]


def _value(reply: dict[str, Any], action_id: str) -> str:
    buttons = [e for b in reply["blocks"] if b["type"] == "actions" for e in b["elements"]]
    return next(e["value"] for e in buttons if e["action_id"] == action_id)


async def _follow_up(slack: Slack, first: str, then: str, channel: str) -> dict[str, Any]:
    await slack.reply_to((await slack.command(first, channel=channel))[1])
    return await slack.reply_to((await slack.command(then, channel=channel))[1])


@pytest.mark.parametrize(
    ("first", "then", "lead_starts"),
    [
        ("what did Karp say about Google", "what about Thiel", "Peter Thiel recently wrote"),
        ("what is FALCON", "what does it do", "FALCON: "),
        # only the conversation narrows "the other contract" to the $53 million one: re-answered among its evidence
        ("how much was the contract that expired in 2018", "and the other one?", "$53 million"),
    ],
)
async def test_share_on_a_follow_up_posts_the_same_answer_with_what_was_typed_and_how_it_was_read(
    slack: Slack, first: str, then: str, lead_starts: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    shown = await _follow_up(slack, first, then, "CF1")
    lead = _section_texts(shown["blocks"])[0]
    assert lead.startswith(lead_starts)
    value = json.loads(_value(shown, render.SHARE))
    assert value["q"] == then and value["r"] and value["e"] and value["h"]
    await slack.reply_to(await slack.action(render.SHARE, _value(shown, render.SHARE), channel="CF1"))
    [post] = slack.api.posted("CF1")
    blocks = json.loads(post.args["blocks"]) if isinstance(post.args["blocks"], str) else post.args["blocks"]
    assert _section_texts(blocks)[0] == lead  # the same answer, not the typed words asked again alone
    asked = blocks[0]["elements"][0]["text"]
    assert asked.startswith("someone asked: ") and then.replace("?", "") in asked and "read as" in asked
    assert render.mrkdwn(value["r"]) in asked
    await asyncio.sleep(0.2)  # the request line is written after the reply
    outcomes = [r.getMessage() for r in caplog.records if "command=share" in r.getMessage()]
    assert outcomes and "outcome=answered" in outcomes[-1]


async def test_a_share_whose_answer_comes_out_differently_now_is_refused_and_nothing_is_posted(
    slack: Slack, caplog: pytest.LogCaptureFixture
) -> None:
    """A key whose digest does not fit (the fact base changed since, or an edited value): never another answer."""
    caplog.set_level(logging.INFO)
    shown = await _follow_up(slack, "what is FALCON", "what does it do", "CF2")
    value = json.loads(_value(shown, render.SHARE))
    value["h"] = "0" * 12
    reply = await slack.reply_to(await slack.action(render.SHARE, json.dumps(value), channel="CF2"))
    assert reply["text"] == render.mrkdwn(messages.SLACK_SHARE_CHANGED)
    assert slack.api.posted("CF2") == []
    await asyncio.sleep(0.2)
    assert any("command=share" in r.getMessage() and "outcome=share_changed" in r.getMessage() for r in caplog.records)


async def test_related_on_a_follow_up_lists_the_see_also_facts_of_the_answer_shown(slack: Slack) -> None:
    shown = await _follow_up(slack, "what is FALCON", "what does it do", "CF3")
    reply = await slack.reply_to(await slack.action(render.RELATED, _value(shown, render.RELATED), channel="CF3"))
    opened = [b["accessory"]["value"] for b in reply["blocks"] if b.get("accessory")]
    assert {"to-falcon-sa-purpose", "vice-falcon-coordinates-raids"} <= set(opened)


async def test_feedback_on_a_follow_up_records_the_question_it_was_read_as(slack: Slack, core: Core) -> None:
    recorded: list[tuple[str, str | None]] = []

    def feedback(ctx: Any, *, question: str, fact_id: str | None, helpful: bool) -> Any:
        recorded.append((question, fact_id))
        return Core.feedback(core, ctx, question=question, fact_id=fact_id, helpful=helpful)

    core.feedback = feedback  # type: ignore[method-assign]
    shown = await _follow_up(slack, "what is FALCON", "what does it do", "CF4")
    await slack.reply_to(await slack.action(render.HELPFUL, _value(shown, render.HELPFUL), channel="CF4"))
    assert recorded == [("what does falcon do", "falcon")]


async def test_a_button_value_from_before_keys_is_still_asked_again_alone(slack: Slack) -> None:
    """Buttons posted before keys carry q, f and s only: Share asks q alone, as it always did."""
    value = json.dumps({"q": "what is FALCON?", "f": "falcon", "s": ["truthout-2019", "vice-2019"]})
    await slack.reply_to(await slack.action(render.SHARE, value, channel="CF5"))
    assert len(slack.api.posted("CF5")) == 1


@pytest.mark.parametrize("edit", [{"e": "falcon"}, {"e": [1]}, {"h": 5}, {"r": ["x"]}, {"x": 1}])
async def test_an_edited_key_in_a_button_value_is_unreadable(
    slack: Slack, edit: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    value = {"q": "what is FALCON?", "f": "falcon", "s": [], "e": ["falcon"], "h": "", **edit}
    reply = await slack.reply_to(await slack.action(render.SHARE, json.dumps(value), channel="CF6"))
    assert slack.api.posted("CF6") == []
    assert reply["text"] == render.mrkdwn(messages.SLACK_BUTTON_UNREADABLE)
    await asyncio.sleep(0.2)  # the request line is written after the reply
    # logged as every Share is (fresh tester 67 U6: `command=share_in_channel outcome=unreadable`)
    lines = [r.getMessage() for r in caplog.records if "outcome=unreadable" in r.getMessage()]
    assert lines and all("command=share " in line for line in lines), lines


@pytest.mark.parametrize(
    "edit",
    [
        {"q": "what does it dox"},  # the typed words, shown in the channel's "asked:" line
        {"r": "what does falcon dox"},  # the reading, shown there too
        {"e": ["falcon", "contract-49m-2019"]},  # a fact id added
        {"q": "what does it do ", "r": "what does falcon do "},  # even a space
    ],
)
async def test_a_share_whose_key_was_edited_in_any_field_is_refused_and_nothing_is_posted(
    slack: Slack, edit: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    """Fresh tester 67 O1: the digest covered the lead and evidence only, so an edited question or reading was shared
    ("<@U1> asked: what does it dox") over the real answer, and reversed or added fact ids passed."""
    caplog.set_level(logging.INFO)
    shown = await _follow_up(slack, "what is FALCON", "what does it do", "CE1")
    value = {**json.loads(_value(shown, render.SHARE)), **edit}
    reply = await slack.reply_to(await slack.action(render.SHARE, json.dumps(value), channel="CE1"))
    assert reply["text"] == render.mrkdwn(messages.SLACK_SHARE_CHANGED)
    assert slack.api.posted("CE1") == []


async def test_a_share_of_an_answer_asked_directly_with_its_question_edited_is_refused(slack: Slack) -> None:
    reply = await slack.reply_to((await slack.command("what is FALCON?", channel="CE2"))[1])
    value = {**json.loads(_value(reply, render.SHARE)), "q": "what is FALCON really?"}
    refused = await slack.reply_to(await slack.action(render.SHARE, json.dumps(value), channel="CE2"))
    assert refused["text"] == render.mrkdwn(messages.SLACK_SHARE_CHANGED)
    assert slack.api.posted("CE2") == []


async def test_a_key_whose_first_fact_is_not_its_first_evidence_id_is_unreadable(slack: Slack) -> None:
    shown = await _follow_up(slack, "what is FALCON", "what does it do", "CE3")
    value = {**json.loads(_value(shown, render.SHARE)), "f": "contract-49m-2019"}
    reply = await slack.reply_to(await slack.action(render.SHARE, json.dumps(value), channel="CE3"))
    assert reply["text"] == render.mrkdwn(messages.SLACK_BUTTON_UNREADABLE)
    assert slack.api.posted("CE3") == []


async def test_copies_of_one_share_value_written_differently_post_the_answer_once(slack: Slack) -> None:
    """The claim is on the answer posted, not on the raw value: the same key re-spaced is the same share."""
    shown = await _follow_up(slack, "what is FALCON", "what does it do", "CE4")
    value = json.loads(_value(shown, render.SHARE))
    first = await slack.reply_to(await slack.action(render.SHARE, json.dumps(value), channel="CE4"))
    second = await slack.reply_to(await slack.action(render.SHARE, json.dumps(value, indent=2), channel="CE4"))
    assert len(slack.api.posted("CE4")) == 1
    assert first["replace_original"] is True
    assert second["text"] == render.mrkdwn(messages.SLACK_ALREADY_SHARED)


async def test_sources_under_an_edited_key_lists_nothing(slack: Slack) -> None:
    shown = await _follow_up(slack, "what is FALCON", "what does it do", "CE5")
    value = json.loads(_value(shown, render.SOURCES))
    listed = await slack.reply_to(await slack.action(render.SOURCES, json.dumps(value), channel="CE5"))
    assert "differently" not in listed["text"] and "couldn't read" not in listed["text"]
    edited = {**value, "r": "what does falcon dox"}
    changed = await slack.reply_to(await slack.action(render.SOURCES, json.dumps(edited), channel="CE5"))
    assert changed["text"] == render.mrkdwn(messages.ANSWER_CHANGED)
    others = {**value, "s": ["truthout-2019"] if value["s"] != ["truthout-2019"] else ["vice-2019"]}
    unreadable = await slack.reply_to(await slack.action(render.SOURCES, json.dumps(others), channel="CE5"))
    assert unreadable["text"] == render.mrkdwn(messages.SLACK_BUTTON_UNREADABLE)


async def test_feedback_under_an_edited_key_records_nothing(slack: Slack, core: Core) -> None:
    recorded: list[str] = []

    def feedback(ctx: Any, *, question: str, fact_id: str | None, helpful: bool) -> Any:
        recorded.append(question)
        return Core.feedback(core, ctx, question=question, fact_id=fact_id, helpful=helpful)

    core.feedback = feedback  # type: ignore[method-assign]
    shown = await _follow_up(slack, "what is FALCON", "what does it do", "CE6")
    value = {**json.loads(_value(shown, render.HELPFUL)), "r": "what does falcon dox"}
    reply = await slack.reply_to(await slack.action(render.HELPFUL, json.dumps(value), channel="CE6"))
    assert reply["text"] == render.mrkdwn(messages.ANSWER_CHANGED)
    assert recorded == []


async def test_related_under_an_edited_key_says_the_answer_comes_out_differently(slack: Slack) -> None:
    """Fresh tester 70 U7: it said "There are no related facts" where Sources and Helpful say it comes out
    differently now."""
    shown = await _follow_up(slack, "what is FALCON", "what does it do", "CE7")
    value = {**json.loads(_value(shown, render.RELATED)), "r": "what does falcon dox"}
    reply = await slack.reply_to(await slack.action(render.RELATED, json.dumps(value), channel="CE7"))
    assert reply["text"] == render.mrkdwn(messages.ANSWER_CHANGED)


async def test_a_key_with_its_digest_removed_is_its_question_alone_for_every_button(slack: Slack, core: Core) -> None:
    """Fresh tester 70 O1: with "h" deleted, Sources and feedback used the reading and evidence unchecked (Sources
    listed the follow-up's articles), while Share asked q alone: every button now asks q alone."""
    recorded: list[str] = []

    def feedback(ctx: Any, *, question: str, fact_id: str | None, helpful: bool) -> Any:
        recorded.append(question)
        return Core.feedback(core, ctx, question=question, fact_id=fact_id, helpful=helpful)

    core.feedback = feedback  # type: ignore[method-assign]
    shown = await _follow_up(slack, "what is FALCON", "what does it do", "CE8")
    value = json.loads(_value(shown, render.SOURCES))
    del value["h"]
    assert not core.ask(value["q"]).answered  # "what does it do" alone names nothing
    sources = await slack.reply_to(await slack.action(render.SOURCES, json.dumps(value), channel="CE8"))
    assert sources["text"] == render.mrkdwn(messages.ANSWER_CHANGED)
    await slack.reply_to(await slack.action(render.HELPFUL, json.dumps(value), channel="CE8"))
    assert recorded in ([], [value["q"]])  # never the reading the value carried unchecked
    legacy = {"q": "what is FALCON?", "f": "falcon", "s": ["vice-2019"]}
    listed = await slack.reply_to(await slack.action(render.SOURCES, json.dumps(legacy), channel="CE8"))
    cited = {c.source_id for c in core.ask("what is FALCON?").citations}
    assert cited != {"vice-2019"}  # (else this would not tell the two apart)
    assert listed["text"] == render.render_sources(core.sources(), only=cited)[0]
