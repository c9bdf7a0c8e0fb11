"""'Where' questions whose answer is a venue, not a place on a map: when the best fact states no place at all, a
near-best fact that does (in conversations, on the company's Slack) answers; dates, spans of time and what the
question itself names are not venues."""

from __future__ import annotations

import pytest

from bot.answering.venues import NOT_VENUES, VENUE
from bot.core import Core


@pytest.mark.parametrize(
    "question",
    [
        "where were palantir employees arguing about ice internally",
        "Where were Palantir staff airing their objections to the ICE work internally?",
    ],
)
def test_a_where_question_is_answered_by_a_fact_stating_where(core: Core, question: str) -> None:
    a = core.ask(question)
    assert a.answered and a.evidence[0].id == "bi-employees-slack-want-contracts-end"
    assert "Slack" in a.text.splitlines()[0]


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("said in conversations and on the company's Slack", "conversations"),
        ("reported in August 2019 that", None),
        ("over the preceding year", None),
        ("at a company town hall meeting", "company"),
    ],
)
def test_venues_are_what_follows_in_on_or_at_never_a_date(text: str, venue: str | None) -> None:
    found = [m.group(1) for m in VENUE().finditer(text) if m.group(1).lower() not in NOT_VENUES]
    assert (found[0] if found else None) == venue


def test_a_where_question_whose_best_fact_names_a_place_keeps_it(core: Core) -> None:
    a = core.ask("where did the sept 13 2019 protests take place")
    assert a.answered and "New York" in a.text.splitlines()[0]
