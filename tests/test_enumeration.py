"""Counts a fact gives by naming the things counted (bot/answering/enumeration.py)."""

from __future__ import annotations

from bot.answering.enumeration import enumerated, number_word
from bot.core import Core
from bot.text import words

NAMES = {("guild",): "guild", ("eastport",): "eastport", ("westport",): "westport", ("north", "bay"): "north-bay"}


def spans(tokens: list[str]) -> list[tuple[int, int, str]]:
    found = []
    for i in range(len(tokens)):
        for key, entity in NAMES.items():
            if tuple(tokens[i : i + len(key)]) == key:
                found.append((i, i + len(key), entity))
    return found


def test_things_named_after_the_counted_noun_and_a_preposition_are_counted() -> None:
    text = words("Keepers picketed the guild's offices in Eastport, North Bay and Westport on Monday.")
    assert enumerated(text, "offices", spans) == ["eastport", "north-bay", "westport"]
    assert number_word(3) == "Three" and number_word(12) == "12"


def test_one_name_a_singular_noun_or_a_gap_between_names_is_no_count() -> None:
    assert enumerated(words("the guild's offices in Eastport"), "offices", spans) == []  # one office named
    assert enumerated(words("its office in Eastport and Westport"), "offices", spans) == []  # singular noun
    assert enumerated(words("offices in Eastport and later Westport"), "offices", spans) == []  # not one list
    assert enumerated(words("offices in Eastport and Westport"), "", spans) == []  # nothing counted


def test_a_count_question_is_answered_from_a_fact_naming_each_counted_thing(core: Core) -> None:
    a = core.ask("on the monday of the hill protest, how many palantir offices had activists outside")
    assert a.answered and a.text.startswith("Two: "), a.text  # "offices in New York City and Washington, D.C."
    assert not core.ask("how many offices does palantir have").answered  # two named are not all it has


def test_names_one_after_another_without_an_and_name_one_thing_not_a_list() -> None:
    # fresh tester 24: "protesters at Palantir's New York City office" counted two protesters' names, and "how many
    # protesters were in new york" was answered with the petition's 140,000 signatures
    assert enumerated(words("protesters at Eastport's North Bay office carried a petition"), "protesters", spans) == []


def test_how_many_protesters_is_not_answered_by_a_count_of_signatures(core: Core) -> None:
    assert not core.ask("how many protesters were in new york").answered


def test_things_named_before_the_counted_noun_are_counted_without_their_owner() -> None:
    # fresh tester 32: "how many offices did the jewish protesters go to" of "outside Palantir's Palo Alto and New
    # York City offices" was refused; the owner right before the list ("the guild's") is none of the offices
    text = words("Keepers picketed outside the Guild's Eastport and North Bay offices on Monday.")
    assert enumerated(text, "offices", spans) == ["eastport", "north-bay"]
    assert enumerated(words("the Guild's Eastport offices"), "offices", spans) == []  # one named


def test_a_count_of_offices_named_before_the_noun_is_answered(core: Core) -> None:
    a = core.ask("how many offices did the jewish protesters go to")
    assert a.answered and a.text.startswith("Two"), a.text


def test_a_count_named_by_one_fact_is_of_its_day_when_other_facts_name_more_of_the_kind(core: Core) -> None:
    """review ov53 7: "how many palantir offices were protested" led "Two" of the 13 September 2019 protest (Palo
    Alto, New York City) as if all, though The Hill names a Washington, D.C. office protested in May 2019: the count
    is said as that day's; asked of one day, it stands alone."""
    first = core.ask("how many palantir offices were protested").text.splitlines()[0]
    assert first.startswith("Two on 13 September 2019: "), first
    dated = core.ask("how many palantir offices were protested on 13 september 2019").text.splitlines()[0]
    assert dated.startswith("Two: "), dated
