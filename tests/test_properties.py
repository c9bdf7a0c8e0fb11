"""No text a person can type makes the core raise."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.commands import parse
from bot.core import Core
from bot.models import Reply
from bot.ports import Context

ANY_TEXT = st.text(st.characters(codec=None), max_size=300) | st.sampled_from(
    [
        "today 9999-99-99",
        "timeline 0000",
        "fact ../../etc/passwd",
        "subscribe 25:99 Mars/Base",
        "<!channel>",
        "ice" * 500,
    ]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=ANY_TEXT)
def test_any_text_gets_a_reply_and_never_an_exception(core: Core, text: str) -> None:
    reply = core.handle(parse(text), Context(user=None), now=dt.datetime(2026, 11, 23, tzinfo=dt.UTC))
    assert isinstance(reply, Reply.__args__)  # type: ignore[attr-defined]
    assert isinstance(reply.text, str) and reply.text


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=2000))
def test_answers_stay_short_for_any_question(core: Core, text: str) -> None:
    answer = core.ask(text)
    assert len(answer.text) <= 700
