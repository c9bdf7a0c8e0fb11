"""What-is and who-is questions asking a thing by its name: a name the articles never use is said so, and the nearest
entry or fact is given as another thing, never led as if it were the one asked."""

from __future__ import annotations

import pytest

from bot.core import Core

UNMENTIONED = "The articles I have don't mention"


@pytest.mark.parametrize(
    ("question", "name", "nearest"),
    [
        # a word the brief never uses added to an entry's name ("union" for "coalition", "dm" after a hyphen)
        ("what is the tech workers union", "the tech workers union", "They name Tech Workers Coalition: "),
        ("what is falcon-dm", "falcon-dm", "They name FALCON: "),
        # a negation: "no tech for ice" is no name of what a fact tells of tech and ICE
        ("what is no tech for ice", "no tech for ice", "The nearest they tell: In October 2018 Mijente"),
        # words the brief never uses beside ones it does ("jewish")
        ("what is jewish voice for peace", "jewish voice for peace", "The nearest they tell: "),
        # another entry's name ("nyc") that the fact leading never names
        ("what is close the camps nyc", "close the camps nyc", "The nearest they tell: "),
    ],
)
def test_a_name_the_articles_never_use_is_said_unmentioned_before_the_nearest_thing(
    core: Core, question: str, name: str, nearest: str
) -> None:
    # fresh tester: each led the nearest entry or fact as if it were the thing asked ("Tech Workers Coalition: …"
    # for "the tech workers union", Mijente's report for "no tech for ice")
    first = core.ask(question).text.splitlines()[0]
    assert first.startswith(f"{UNMENTIONED} {name}. {nearest}"), first


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("what is falcon", "FALCON: "),
        ("what is the tech workers coalition", "Tech Workers Coalition: "),
        ("what is twc", "Tech Workers Coalition: "),
        ("what is mijente", "Mijente: "),
        ("what is never again action", "Never Again Action: "),
        ("who is karp", "Alex Karp: "),
        ("what is icm", "Investigative Case Management (ICM): "),
        ("what is the coalition to close the concentration camps", "Coalition to Close the Concentration Camps"),
        ("wat is falcn", "FALCON: "),  # a typo of a name the entry holds
        ("what is the mijente group", "Mijente"),  # a noun classing the entry's kind, said by the asker
        ("what is TECS in the truthout article", "TECS: "),  # the name ends where a phrase qualifies it
        ("what is FALCON-SA specifically", "FALCON Search and Analysis: "),  # a word shaping the answer
        ("what was the zero tolerance thing everyone mentions", "Zero-tolerance policy: "),  # words the reading drops
        ("who are the two women in the truthout photo", "On 2 July 2019"),  # a description of whom, not a name
    ],
)
def test_a_name_the_entry_holds_every_word_of_is_led_by_the_entry(core: Core, question: str, lead: str) -> None:
    first = core.ask(question).text.splitlines()[0]
    assert first.startswith(lead), first
