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
