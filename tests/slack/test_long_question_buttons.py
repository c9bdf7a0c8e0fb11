"""Buttons under the answer to a long question (fresh tester 72 P1), through signed requests and the fake Slack Web
API: the answer's `question` is cut to 300 characters for showing back, and every button under a 436-character
question said the answer "comes out differently now", since the cut words asked again are another question. The
buttons carry the question as typed (at most 1,000 characters, well within a button value's 2,000); an answer
whose key does not fit gets no buttons and says so."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from adapters.slack import render
from bot import messages
from bot.brief import Brief
from bot.core import Core
from tests.slack.conftest import Slack

LONG = "what is FALCON " + "really " * 60 + "?"  # 436 characters: under the 1,000 a question may have


def _value(reply: dict[str, Any], action_id: str) -> str:
    buttons = [e for b in reply["blocks"] if b["type"] == "actions" for e in b["elements"]]
    return next(e["value"] for e in buttons if e["action_id"] == action_id)


def _section_texts(blocks: list[dict[str, Any]]) -> list[str]:
    return [b["text"]["text"] for b in blocks if b["type"] == "section"]


async def test_every_button_under_the_answer_to_a_long_question_shows_that_answer(slack: Slack) -> None:
    assert 300 < len(LONG) <= 1000
    shown = await slack.reply_to((await slack.command(LONG, channel="CL1"))[1])
    lead = _section_texts(shown["blocks"])[0]
    assert json.loads(_value(shown, render.SHARE))["q"] == LONG
    changed = render.mrkdwn(messages.ANSWER_CHANGED)
    for action in (render.SOURCES, render.RELATED, render.HELPFUL):
        reply = await slack.reply_to(await slack.action(action, _value(shown, action), channel="CL1"))
        assert reply["text"] != changed, action
        assert "couldn't read" not in reply["text"], action
    await slack.reply_to(await slack.action(render.SHARE, _value(shown, render.SHARE), channel="CL1"))
    [post] = slack.api.posted("CL1")
    blocks = json.loads(post.args["blocks"]) if isinstance(post.args["blocks"], str) else post.args["blocks"]
    assert _section_texts(blocks)[0] == lead  # the same answer, shared
    assert "asked: what is FALCON really" in blocks[0]["elements"][0]["text"]


async def test_buttons_under_a_long_question_asked_by_mention_work_too(slack: Slack) -> None:
    await slack.event(
        {
            "type": "app_mention",
            "user": "U1",
            "channel": "CL2",
            "ts": "5.1",
            "text": f"<@{slack.api.bot_user_id}> {LONG}",
        }
    )
    shown = await _posted_reply(slack, "CL2")
    reply = await slack.reply_to(await slack.action(render.SOURCES, _value(shown, render.SOURCES), channel="CL2"))
    assert reply["text"] != render.mrkdwn(messages.ANSWER_CHANGED)


async def _posted_reply(slack: Slack, channel: str) -> dict[str, Any]:
    for _ in range(200):
        posted = slack.api.posted(channel)
        if posted:
            blocks = posted[0].args["blocks"]
            return {"blocks": json.loads(blocks) if isinstance(blocks, str) else blocks}
        await asyncio.sleep(0.05)
    raise AssertionError("nothing posted")


def test_an_answer_whose_key_does_not_fit_a_button_value_gets_no_buttons_and_says_so(brief: Brief) -> None:
    """A question within 1,000 characters whose JSON escapes double it past Slack's 2,000: no buttons (a value cut at
    2,000 characters was unreadable JSON), and the answer says why."""
    core = Core(brief, rate_limit=0)
    typed = "what is FALCON " + '"' * 980
    answer = core.ask(typed)
    assert answer.answered
    assert render.answer_value(answer, typed=typed) is None
    _, blocks = render.render_answer(answer, typed=typed)
    assert not [b for b in blocks if b["type"] == "actions"]
    assert render.mrkdwn(messages.SLACK_NO_BUTTONS) in json.dumps(blocks, ensure_ascii=False)


@pytest.mark.parametrize("length", [299, 300, 301, 999])
def test_a_button_value_fits_and_carries_the_question_cut_for_showing_back_as_typed(brief: Brief, length: int) -> None:
    core = Core(brief, rate_limit=0)
    typed = ("what is FALCON " + "really " * 200)[:length].strip() + "?"
    answer = core.ask(typed)
    value = render.answer_value(answer, typed=typed)
    assert value is not None
    assert value["q"] == (typed if len(answer.question) >= 300 else answer.question)
    assert len(json.dumps(value, separators=(",", ":"), ensure_ascii=False)) <= render.MAX_BUTTON_VALUE
