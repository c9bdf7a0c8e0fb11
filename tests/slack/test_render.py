"""render.py draws replies within Slack's limits and never lets echoed text ping anyone."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from adapters.slack import render
from bot.commands import parse
from bot.core import Core
from bot.models import Notice, OnThisDate
from bot.ports import Context

CTX = Context(platform="slack", workspace="T1", channel="C1", user="U1")


@pytest.fixture(scope="module")
def core() -> Core:
    return Core.from_path(rate_limit=0)


def _all_text(blocks: list[dict]) -> str:
    return json.dumps(blocks, ensure_ascii=False)


def _assert_within_limits(blocks: list[dict]) -> None:
    assert len(blocks) <= render.MAX_BLOCKS
    for block in blocks:
        if block["type"] == "section":
            assert len(block["text"]["text"]) <= render.MAX_SECTION
        if block["type"] == "context":
            assert len(block["elements"]) <= render.MAX_CONTEXT_ELEMENTS
        if block["type"] == "header":
            assert len(block["text"]["text"]) <= render.MAX_HEADER
        if block["type"] == "actions":
            for el in block["elements"]:
                assert len(el["value"]) <= render.MAX_BUTTON_VALUE


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("<!channel> hi", "@\u200bchannel hi"),
        ("<!here>", "@\u200bhere"),
        ("<!everyone>", "@\u200beveryone"),
        ("<@U123ABC> look", "@U123ABC look"),
        ("<@U123|ana>", "@ana"),
        ("<#C999|general>", "#general"),
        ("<!subteam^S1|@devs> ping", "@devs ping"),
        ("a &lt;b&gt; &amp; c", "a &lt;b&gt; &amp; c"),
        ("@channel typed plainly", "@\u200bchannel typed plainly"),
    ],
)
def test_echoed_slack_markup_cannot_mention_anyone(typed: str, shown: str) -> None:
    assert render.mrkdwn(render.from_slack(typed)) == shown


def test_an_answer_leads_with_the_lead_a_context_block_per_citation_and_the_buttons(core: Core) -> None:
    answer = core.ask("how much is the ICE contract?")
    text, blocks = render.render_answer(answer)
    assert answer.answered and text
    contexts = [b for b in blocks if b["type"] == "context"]
    assert blocks[0] == render.section(answer.lead)
    evidence = [c for i in answer.evidence for c in i.citations]
    differing = [c for i in answer.differing for c in i.citations]
    assert len(contexts) == len(evidence) + len(differing) + bool(answer.related_items)
    assert answer.citations[0].quote[:40] in contexts[0]["elements"][0]["text"]
    ids = [el["action_id"] for el in blocks[-1]["elements"]]
    assert ids == [render.SHARE, render.SOURCES, render.RELATED, render.HELPFUL, render.NOT_HELPFUL]
    _assert_within_limits(blocks)


@pytest.mark.parametrize("name", ["ana", "<@U2>", "<!channel>", "@here"])
def test_a_shared_answer_names_its_presser_as_plain_text_never_as_a_mention(core: Core, name: str) -> None:
    """Fresh tester 65 U3: "<@U1> asked: …" notified the asker of their own share (any `<@U…>` notifies)."""
    _, blocks = render.render_answer(core.ask("what is FALCON?"), shareable=False, shared_by=name)
    line = blocks[0]["elements"][0]["text"]
    assert line.endswith("asked: what is FALCON?") and "<" not in line


def test_a_share_pressed_with_no_name_in_the_payload_says_someone() -> None:
    from adapters.slack.app import presser_name

    assert presser_name({"user": {"id": "U1", "username": "ana", "name": "ana.b"}}) == "ana"
    assert presser_name({"user": {"id": "U1", "name": "ana.b"}}) == "ana.b"
    assert presser_name({"user": {"id": "U1"}}) == presser_name({}) == "Someone"


def test_an_unanswerable_question_has_no_buttons(core: Core) -> None:
    _, blocks = render.render_answer(core.ask("who won the 1998 world cup final?"))
    assert all(b["type"] != "actions" for b in blocks)


def test_a_long_timeline_paginates_with_a_more_button(core: Core) -> None:
    timeline = core.handle(parse("timeline"), CTX)
    _, first = render.render(timeline)
    _assert_within_limits(first)
    more = first[-1]["elements"][0]
    assert more["action_id"] == render.MORE and json.loads(more["value"])["p"] == 1
    pages = (len(timeline.entries) + render.TIMELINE_PAGE - 1) // render.TIMELINE_PAGE
    _, last = render.render(timeline, page=pages - 1)
    assert last[-1]["type"] != "actions"


def test_each_timeline_entry_shows_the_fact_id_the_fact_usage_line_points_to(core: Core) -> None:
    """fresh tester 45: the usage line promised ids in [brackets] after each entry, and Slack showed none."""
    from bot import messages

    timeline = core.handle(parse("timeline 2019"), CTX)
    _, blocks = render.render(timeline)
    contexts = [b for b in blocks if b["type"] == "context"]
    shown = [e.fact_id for e in timeline.entries[: render.TIMELINE_PAGE]]  # type: ignore[union-attr]
    assert [c["elements"][-1]["text"] for c in contexts] == [f"[{fact_id}]" for fact_id in shown]
    assert "[brackets]" in messages.FACT_USAGE


def test_every_date_of_the_year_renders_within_limits(core: Core) -> None:
    day = dt.date(2020, 1, 1)
    while day.year == 2020:
        text, blocks = render.render_digest(core.today(day))  # type: ignore[arg-type]
        assert text and len(text) <= render.MAX_FALLBACK
        _assert_within_limits(blocks)
        day += dt.timedelta(days=1)


def test_a_digest_starts_with_its_heading_and_cites_its_sources(core: Core) -> None:
    digest = core.today(dt.date(2021, 9, 13))
    text, blocks = render.render_digest(digest)  # type: ignore[arg-type]
    assert blocks[0]["type"] == "header" and "13 September" in blocks[0]["text"]["text"]
    assert "VICE News" in _all_text(blocks)
    assert text.startswith("On this date: 13 September")


def test_a_long_digest_shows_one_screen_then_the_timeline_command_for_the_rest(core: Core) -> None:
    """As the console: the items the core put on one screen, then "…and N more: `/palantir-ice timeline 2019-09`"."""
    digest = core.today(dt.date(2026, 9, 13))
    assert isinstance(digest, OnThisDate) and 0 < digest.shown < len(digest.items) and digest.more  # the premise
    _, blocks = render.render_digest(digest)
    sections = [b for b in blocks if b["type"] == "section"]
    assert len(sections) == digest.shown
    rest = ", ".join(f"`/palantir-ice {command}`" for command in digest.more)
    assert blocks[-1] == render.context(f"…and {len(digest.items) - digest.shown} more: {rest}")
    assert "timeline 2019-09" in rest


def test_sources_narrowed_by_words_say_which_above_the_articles(core: Core) -> None:
    text, blocks = render.render(core.handle(parse("/palantir-ice sources vice"), CTX))
    assert blocks[1]["text"]["text"] == "The articles matching “vice”: 1 of 5." and text.startswith("The articles")
    _, missed = render.render(core.handle(parse("sources vice 2018"), CTX))
    assert missed[1]["text"]["text"].startswith("No article matches “vice 2018”")
    assert sum(b["type"] == "section" for b in missed) == 1 + 5  # the line, then every article to pick from


def test_an_overlong_notice_is_cut_to_one_section() -> None:
    _, blocks = render.render_notice(Notice(text="<&>" * 5000))
    assert len(blocks[0]["text"]["text"]) <= render.MAX_SECTION
    assert blocks[0]["text"]["text"].endswith("…")
    assert "<" not in blocks[0]["text"]["text"]


def test_an_unknown_fact_id_is_escaped(core: Core) -> None:
    _, blocks = render.render(core.fact("<!channel>"))
    assert "<!channel>" not in _all_text(blocks)


def test_fifty_blocks_at_most_keeping_the_buttons() -> None:
    blocks = [render.section(str(i)) for i in range(80)] + [render.actions(render.button("x", "a", "v"))]
    out = render.fit(blocks)
    assert len(out) == 50 and out[-1]["type"] == "actions"


PIECES = st.sampled_from([*"<>&!@#|^ aUCS1;", "channel", "here", "everyone", "<!channel>", "<@U1>", "&lt;", "\u200b"])


@given(st.lists(PIECES, max_size=30).map("".join))
def test_no_text_can_become_a_mention_or_raw_markup(typed: str) -> None:
    shown = render.mrkdwn(render.from_slack(typed))
    assert "<" not in shown and ">" not in shown
    assert not re.search(r"(?i)[@!](channel|here|everyone)\b", shown)
    assert not re.search(r"&(?!amp;|lt;|gt;)", shown)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("what is FALCON? <#C123|general>", "what is FALCON?"),
        ("<#C123> what is FALCON?", "what is FALCON?"),
        ("<@U999> what is FALCON?", "what is FALCON?"),
        ("<@U999|ana> what is FALCON? <!channel>", "what is FALCON?"),
        ("<!subteam^S1|@devs> what is FALCON?", "what is FALCON?"),
        ("<http://evil|click> what is FALCON?", "what is FALCON?"),
        ("what did <http://vice.com|vice.com> report?", "what did vice.com report?"),
        ("what did <https://vice.com/> report?", "what did https://vice.com/ report?"),
        ("write to <mailto:a@b.org|a@b.org>", "write to a@b.org"),
        ("what happened on <!date^1568332800^{date}|13 September 2019>?", "what happened on 13 September 2019?"),
        ("fact to-falcon-sa-purpose", "fact to-falcon-sa-purpose"),
        ("a &lt;b&gt; &amp; c", "a <b> & c"),
    ],
)
def test_the_core_reads_questions_without_slack_addressing(typed: str, read: str) -> None:
    assert render.question_text(typed) == read


def test_a_two_line_messages_notification_text_has_both_answers_and_the_next_ones_source(core: Core) -> None:
    # tester 72 U3: the notification `text` had the first line's answer only, and the next line's had no source
    answer = core.ask("how much was the 2015 contract\nand who reported it")
    text, blocks = render.render_answer(answer)
    first, second, cited = text.split("\n")
    assert first == answer.lead and second.startswith("Your next line, read as")
    assert cited == "— Truthout, July 2019 (fact hsi-gotham-2013-renewed-2015-39m)"
    assert any(b["type"] == "context" and b["elements"][0]["text"].endswith(cited) for b in blocks)
    long = core.ask("what is falcon\nis it still used")
    assert len(render.render_answer(long)[0]) <= len(long.lead) + 1 + render.NOTIFIED_NOTE  # capped
