"""Questions wanting several things of one kind ('which offices', 'what cities', 'name the groups behind …') lead
with the items, from the candidate fact whose statement names the most of them; things the question itself names
('besides Palo Alto') are not items of the answer."""

from __future__ import annotations

import pytest

from bot.answering.items import asks_things, wanted_kinds
from bot.answering.normalize import normalize
from bot.core import Core


@pytest.mark.parametrize(
    ("question", "items", "fact_id"),
    [
        (
            "on the monday which palantir offices did tech activists stand outside of?",
            "New York City and Washington, D.C.: ",
            "hill-office-protests-nyc-dc-2019-05",
        ),
        (
            "besides palo alto, what cities had marches planned for that anti-ice day of action in 2018?",
            "Boston, Philadelphia and New York City: ",
            "pa-wewontbecomplicit-marches",
        ),
        (  # programs asked as systems, tools or products: the glossary's program entries
            "which two ice systems does vice say palantir designs and runs",
            "Investigative Case Management (ICM) and FALCON: ",
            "ice-paid-over-150m",
        ),
    ],
)
def test_a_question_for_several_things_leads_with_them(core: Core, question: str, items: str, fact_id: str) -> None:
    a = core.ask(question)
    assert a.answered and a.text.startswith(items)
    assert a.evidence[0].id == fact_id


def test_a_thing_the_question_names_is_not_one_of_the_items(core: Core) -> None:
    first = core.ask("besides palo alto, what cities had marches planned for that anti-ice day of action in 2018?")
    assert "Palo Alto" not in first.lead.split(":")[0]


@pytest.mark.parametrize(
    "question",
    [
        "other than palo alto which cities had marches that day of action",  # "other than" sets aside as "besides"
        "besides palo alto which cities had marches that day of action",
    ],
)
def test_a_place_set_aside_does_not_lead_with_the_fact_placed_there_alone(core: Core, question: str) -> None:
    # blind set AT: the Palo Alto protest fact (no other place named) led, as the place's own fact
    a = core.ask(question)
    assert a.answered and a.evidence[0].id == "pa-wewontbecomplicit-marches", a.text


def test_items_held_only_as_tags_are_taken_from_the_linked_fact_that_states_them(core: Core) -> None:
    """The event says 'protesters from several groups'; the fact linked to it names the groups."""
    a = core.ask("Name the groups behind the September protests at Palantir's Palo Alto and NY offices.")
    assert a.answered and a.kind == "list"
    assert a.evidence[0].id == "vice-protest-organizers-2019-09-13"
    first = a.text.splitlines()[0]
    assert "Never Again Action" in first and "Mijente" in first
    assert len(a.text) <= 700


def test_a_list_of_several_facts_keeps_them_after_the_one_naming_the_items(core: Core) -> None:
    a = core.ask("which groups protested at palantir in 2019?")
    assert a.answered and a.kind == "list" and len(a.evidence) >= 3
    assert all(item.citations for item in a.evidence)


@pytest.mark.parametrize(
    "question",
    [
        "which tactics from workers at other tech companies did the mijente flyer list",
        "the flyer listed stuff workers at other tech cos had done to organize - what were they",
    ],
)
def test_several_things_of_no_glossary_kind_are_answered_by_the_fact_enumerating_them(
    core: Core, question: str
) -> None:
    a = core.ask(question)
    assert a.answered and a.evidence[0].id == "hill-flyer-quote-other-companies"
    assert "walkouts" in a.text.splitlines()[0]


def test_asking_what_kind_of_thing_is_not_asking_for_a_list(core: Core) -> None:
    understand = core.answerer.understander.understand
    assert asks_things(understand(normalize("which tactics did the flyer list")))
    assert not asks_things(understand(normalize("what kinds of ICE activity has Palantir software been used for")))


def test_what_kinds_of_places_asks_the_sorts_not_the_places_named(core: Core) -> None:
    # blind set BQ: "aimed at what kinds of places" led the three cities of the marches, not what the day targeted
    understand = core.answerer.understander.understand
    assert not wanted_kinds(understand(normalize("the national day of action was aimed at what kinds of places")))
    line = core.ask("the national day of action was aimed at what kinds of places").text.splitlines()[0]
    assert "businesses, schools and local governments" in line and "Boston" not in line, line


def test_a_plural_noun_past_the_asked_nouns_verb_asks_for_no_list(core: Core) -> None:
    # "what city were palantir's offices in for the july 2018 protest" led with the three cities of the marches
    # that day (the offices read as the items asked); one city is asked: the Palo Alto protest's
    understand = core.answerer.understander.understand
    assert not wanted_kinds(understand(normalize("what city were palantir's offices in for the july 2018 protest")))
    assert wanted_kinds(understand(normalize("what were the cities protesters marched in")))
    line = core.ask("what city were palantir's offices in for the july 2018 protest").text.splitlines()[0]
    assert "Palo Alto" in line and "Boston" not in line, line


def test_items_lead_only_from_a_fact_stating_what_else_the_question_asks(core: Core) -> None:
    """A list of companies a march aimed at is no answer to which companies Amazon acquired."""
    understand = core.answerer.understander.understand
    items = core.answerer.items
    assert items._states_asked(
        "pa-wewontbecomplicit-marches", understand(normalize("which companies did the marches target"))
    )
    assert not items._states_asked(
        "pa-wewontbecomplicit-marches", understand(normalize("which companies did amazon acquire"))
    )


def test_words_naming_the_grammar_of_the_answer_are_no_topic(core: Core) -> None:
    # blind set AW: "list the verbs" read "verbs" as a topic no article has, so off topic
    a = core.ask("falcon-sa is supposed to do what with info, list the verbs")
    assert a.answered and "visualize" in a.lead, a.text


def test_a_finding_asked_is_told_by_what_was_shown(core: Core) -> None:
    # "what did the intercept find": documents "which … showed that Palantir 'was lying'" was refused as untold
    a = core.ask("what did the intercept find")
    assert a.answered and "Intercept" in a.lead and "showed" in a.lead, a.text


def test_items_of_the_thing_asked_are_not_replaced_by_more_items_of_other_actions(core: Core) -> None:
    """review ov53 9: "what groups organized the may 2019 flyer" led Mijente, JFREJ and the Tech Workers Coalition
    from a fact of mid-2019 actions that tells no flyer; the flyer's own fact (Mijente and the Coalition) leads."""
    first = core.ask("what groups organized the may 2019 flyer").text.splitlines()[0]
    assert "Mijente and Tech Workers Coalition: The flyer" in first, first
    assert "Jews for Racial and Economic Justice" not in first, first
