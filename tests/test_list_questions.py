"""List questions: a list that asks for nothing but a kind of fact gives every fact of that kind by date, never the one
that uses the kind's word most led as if it were the answer."""

from __future__ import annotations

import pytest

from bot import messages
from bot.core import Core


@pytest.mark.parametrize("question", ["list all the contracts", "what are all the contracts"])
def test_a_list_asking_only_for_a_kind_gives_all_of_it_earliest_first(core: Core, question: str) -> None:
    """(ld34: "list all the contracts" led the 2019 renewal as "the closest", then a 2014 contract and Microsoft's.)"""
    a = core.ask(question)
    first = a.text.splitlines()[0]
    contracts = [f for f in core.brief.facts.values() if f.kind == "contract"]
    assert a.kind == "list"
    assert first.startswith(messages.LIST_DATED_LEAD.format(count=len(contracts)))
    dates = [i.date for i in a.evidence if i.date]
    assert dates == sorted(dates)
    assert dates[0] == min(f.date for f in contracts if f.date)


def test_a_list_of_what_a_document_says_is_led_by_its_words_not_by_who_made_it(core: Core) -> None:
    # blind set CB: the fact of who made the flyer ranks first on its names and led; the flyer's own words, which the
    # answer picks as the best (answering.speakers.pick_written), list the tactics asked
    a = core.ask("list the tactics the mijente/TWC flyer says tech workers elsewhere have used")
    assert a.items[0].id == "hill-flyer-quote-other-companies" and "walkouts" in a.text.splitlines()[0], a.text


@pytest.mark.parametrize(
    "question",
    [
        "list the orgs that mobilized in ny and dc where ppl chanted time to cancel palantir",
        "which groups protested where people chanted time to cancel palantir",
    ],
)
def test_a_list_narrowed_by_a_chant_is_led_by_the_fact_naming_the_groups_of_that_occasion(
    core: Core, question: str
) -> None:
    """(blind set, ld50: the first was told no chant answers it; read as a list, the chant's own fact names no group
    and led, while the fact the brief relates to it names the groups that held that action.)"""
    a = core.ask(question)
    first = a.text.splitlines()[0]
    assert a.answered and a.items[0].id == "to-mobilization-nyc-dc-2019", a.text
    assert "Mijente" in first and "Tech Workers Coalition" in first, first
