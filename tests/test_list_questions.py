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
