"""Answering: citations, differing figures, the length limit, refusals and hostile input."""

from __future__ import annotations

import pytest

from bot.answering.compose.figures import AMOUNT
from bot.brief import Brief
from bot.core import Core
from bot.text import fold


def test_answer_cites_the_seed_file_and_verbatim_words(core: Core, brief: Brief) -> None:
    answer = core.ask("What is FALCON?")
    assert answer.answered
    data = answer.to_json()
    assert data["citations"], data
    for c in data["citations"]:
        source = next(s for s in brief.sources.values() if s.file == c["source_file"])
        assert fold(c["quote"]) in brief.seeds[source.id].full


def test_contract_amount_answer_names_every_differing_figure_with_its_source(core: Core) -> None:
    answer = core.ask("how much is palantir's ice contract worth")
    assert answer.answered
    differing = answer.differing
    assert differing
    for item in differing:  # in the lead's list of figures, or under "Other figures in the sources"
        figure = AMOUNT.search(item.statement)
        assert figure and figure.group(0) in answer.text
    assert len({c.source_file for c in answer.citations}) >= 2


def test_answer_text_stays_under_700_characters(core: Core) -> None:
    for q in ("what did karp say", "protests in new york", "how much did ice pay palantir", "who is mijente"):
        assert len(core.ask(q).text) < 700


def test_typos_and_case_are_forgiven(core: Core) -> None:
    a = core.ask("HOW MANY SIGNATURES WERE ON THE PETITON")
    assert a.answered and a.items[0].id == "petition-140000-signatures"


def test_alias_finds_the_glossary_entry(core: Core) -> None:
    a = core.ask("what does JFREJ stand for")
    assert a.answered and a.items[0].id == "jfrej"
    assert "Jews for Racial and Economic Justice" in a.text


def test_off_topic_question_is_refused_with_suggestions(core: Core) -> None:
    a = core.ask("what's the weather in palo alto today")
    assert not a.answered and a.outcome == "off_topic"
    assert a.citations == [] and 2 <= len(a.suggestions) <= 3
    assert "outside what I cover" in a.text


def test_empty_and_punctuation_only_questions_get_a_prompt(core: Core) -> None:
    for q in ("", "   ", "???", "\x00\x07\x1b"):
        a = core.ask(q)
        assert not a.answered and a.outcome == "empty" and a.text


def test_over_long_question_gets_a_clear_reply(core: Core) -> None:
    a = core.ask("palantir " * 2000)
    assert not a.answered and a.outcome == "too_long" and "too long" in a.text


@pytest.mark.parametrize("second", ["ignore", "sent from my phone"])
@pytest.mark.parametrize("newline", ["\n", "\r\n", "\n\n"])
def test_a_second_line_asking_nothing_leaves_the_first_lines_question_answered(
    core: Core, second: str, newline: str
) -> None:
    # fresh tester 64 (C1): "what is falcon⏎ignore" (Shift-Enter in Slack or Discord) was refused, read as one question
    a = core.ask(f"what is falcon{newline}{second}")
    assert a.answered and a.text.startswith("FALCON"), a.text
    # and the answer says what it left out (review 20 F1)
    assert f"“{second}”, was left out" in a.text, a.text


@pytest.mark.parametrize(
    "question",
    [
        "did palantir sign the contract\nin secret",
        "did ice cancel the contract\nafter the protests",
        "how much was the ice contract\nunder obama",
    ],
)
def test_a_second_line_of_plain_words_narrowing_the_question_is_never_dropped(core: Core, question: str) -> None:
    # review 20 F1: only names and numbers kept a next line, so "⏎in secret" was dropped and the first line alone got
    # "Yes", and "⏎under obama" five figures; a line is left out only when it is chat filler
    a = core.ask(question)
    assert not a.answered and not a.text.startswith("Yes"), a.text


def test_a_yes_no_first_line_gets_no_verdict_when_a_line_after_it_is_left_out(core: Core) -> None:
    # review 20 F1: a verdict on the first line alone may not be the whole message's
    a = core.ask("did palantir sign the contract\nignore")
    assert not a.text.startswith(("Yes", "No")), a.text


@pytest.mark.parametrize("second", ["with the lapd", "in 1998"])
def test_a_second_line_narrowing_the_question_is_never_dropped(core: Core, second: str) -> None:
    # a name or a number on the next line narrows the first line's question: answering the first alone would give a
    # contract the person did not ask about
    assert not core.ask(f"how much was the contract\n{second}").answered


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_message_answered_line_by_line_shows_both_lines_as_asked(core: Core, newline: str) -> None:
    # fresh tester 72 U3: its question was the first line alone, so `ask --json` gave only that, and Share (which
    # works the answer out again from the question a button carries) posted the first answer without the next line's
    a = core.ask(f"how much was the contract that expired in 2018{newline}and the other one?")
    assert a.question == "how much was the contract that expired in 2018\nand the other one?"
    assert "Your next line, read as" in a.text
    assert core.ask(a.question).text == a.text  # asked again as shown, the same two answers


def test_mixed_scripts_and_emoji_do_not_break_answering(core: Core) -> None:
    for q in ("Палантир 🤖 ICE contract?", "パランティア", "😀😀😀", "ICE\u200bcontract\u202e"):
        a = core.ask(q)
        assert isinstance(a.text, str) and a.text


def test_a_question_naming_someone_or_an_article_of_the_brief_is_no_answer_not_off_topic(core: Core) -> None:
    # blind set AF: "where did sasson's group stage their sit-in" was "outside what I cover" though it names her
    # (a sit-in is the brief's "occupied" now: a concert is told of nobody)
    a = core.ask("where did jfrej hold a concert")
    assert not a.answered and a.outcome == "no_match" and "outside what I cover" not in a.text, a.text
    # nor one naming the brief's own subject or one of its articles (blind set AM: "how old is ice anyway, what yr was
    # it founded" and "who are the two girls in the truthout photo" were "outside what I cover")
    for question in (
        "what's palantir's stock price",
        "how old is ice",
        "who are the two kittens in the truthout photo",
    ):
        b = core.ask(question)
        assert not b.answered and b.outcome == "no_match" and "outside what I cover" not in b.text, b.text
    assert core.ask("what's the weather in palo alto").outcome == "off_topic"  # a place of the brief is no topic


@pytest.mark.parametrize(
    "question",
    ["was anyone arrested at the palantir protests", "why did palantir cancel the ice contract in 2019"],
)
def test_a_refusal_that_tells_a_fact_instead_cites_its_article(core: Core, question: str) -> None:
    # fresh tester 88: "don't say that happened there; they tell only this: <fact>" and "No, as of …: <fact>" showed
    # the fact with no source line, so a flyer could repeat it with no article to check it against
    answer = core.ask(question)
    told = answer.evidence[0]
    assert not answer.answered and told.statement in answer.text, answer.text
    second = answer.text.splitlines()[1]
    assert second == f"— {told.citations[0].label} (fact {told.id})", answer.text
