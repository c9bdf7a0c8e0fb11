"""Chat spelling read as the words meant: vowels dropped or spelled as heard ("grps", "renu", "pai"), and digits typed
for the words they sound like ("4" for "for"), never where a digit counts, dates or sizes something."""

from __future__ import annotations

import pytest

from bot.answering.normalize import normalize
from bot.core import Core
from bot.search import consonant_skeleton, word_opening


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("who r the jewish grps that protestd", "The 13 September 2019 protesters"),
        ("hw mch $$ did ice pai palntir 4 falcn", "Over $150 million"),
        ("wen did palanteer renu the contrct", "19 August 2019"),
    ],
)
def test_a_chat_question_with_vowels_dropped_or_respelled_is_answered_as_spelled_right(
    core: Core, question: str, opening: str
) -> None:
    """Fresh tester: "grps" (no edit search reaches "groups"), "renu" (too short for the sound search), "pai" (an
    English-list word, not a dictionary one) and "4" between words made these a refusal or no answer."""
    a = core.ask(question)
    assert a.answered and a.text.splitlines()[0].startswith(opening), a.text


def test_a_words_consonant_skeleton_leaves_out_its_vowels_and_vowel_sounds() -> None:
    assert consonant_skeleton("groups") == consonant_skeleton("grps") == "grps"
    assert consonant_skeleton("renew") == consonant_skeleton("renu") == "rn"  # "ew": a vowel sound
    assert consonant_skeleton("year") == "yr"  # a "y" first is a consonant
    assert (word_opening("renu"), word_opening("grps"), word_opening("protestd")) == ("re", "g", "pro")


def test_a_respelling_keeps_the_words_start_and_a_real_word_is_left_alone(core: Core) -> None:
    """ "renu" is "renew", not the more frequent "run" with the same consonants (a respelling keeps the start);
    "bet" is an English word, never respelled into a more frequent one ("but")."""
    fix = core.answerer.understander._fix
    assert (fix("grps"), fix("renu"), fix("pai")) == ("groups", "renew", "paid")
    assert fix("bet") == "bet"
    assert core.answerer.index.respellings("groups") == []  # a word the brief uses is never respelled


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("did the guild pay okafor 4 the lease", "for"),
        ("did lind talk 2 the press", "to"),
        ("what happened on july 4 2019", "4"),
        ("did they pay 2 million", "2"),
        ("was it a 2 year lease", "2"),
        ("did it open at 4 pm", "4"),
        ("were there 2 of them", "2"),
        ("what did the 4 keepers do", "four"),
    ],
)
def test_a_digit_between_words_is_read_as_its_homophone_only_where_no_number_goes(question: str, read: str) -> None:
    typed = question.split()
    at = next(i for i, w in enumerate(typed) if w.isdigit())
    tokens = normalize(question).tokens
    assert tokens[:at] == typed[:at] and tokens[at] == read, tokens
