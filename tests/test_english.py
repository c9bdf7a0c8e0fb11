"""bot/answering/english.py's `English`: the parts of speech lemminflect gives a word, asked in one place."""

from __future__ import annotations

import ast
from pathlib import Path

import lemminflect
import pytest

from bot.answering.english import English

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("word", ["work", "contract", "deleted", "upset", "app", "originally", "founder"])
def test_a_words_lemmas_are_lemminflects_by_part_of_speech(word: str) -> None:
    assert English.lemmas(word) == lemminflect.getAllLemmas(word)
    assert all(English.may_be(word, part) == (part in English.lemmas(word)) for part in ("VERB", "NOUN", "ADJ"))


def test_may_be_keeps_a_word_of_several_parts_unlike_verb() -> None:
    assert English.may_be("work", "VERB") and English.may_be("work", "NOUN")
    assert not English.may_be("originally", "VERB") and not English.may_be("xqzzv", "NOUN")


@pytest.mark.parametrize(
    "module",
    [
        "bot/commands.py",
        "bot/answering/endings.py",
        "bot/answering/followups.py",
        "bot/answering/items.py",
        "bot/answering/ordinals.py",
        "bot/answering/answerer/premises.py",
        "bot/answering/compose/composer.py",
        "bot/answering/compose/yes_no.py",
        "bot/answering/compose/yes_no_checks.py",
        "bot/answering/decide/acts_told.py",
        "bot/answering/decide/decider.py",
        "bot/answering/understand/understander.py",
    ],
)
def test_a_words_parts_of_speech_are_asked_of_english_not_of_lemminflect(module: str) -> None:
    """Each check of what lemminflect knows a word as ("VERB" in its lemmas) goes through `English.lemmas`."""
    tree = ast.parse((ROOT / module).read_text())
    called = {
        node.attr if isinstance(node, ast.Attribute) else node.id
        for node in ast.walk(tree)
        if isinstance(node, (ast.Attribute, ast.Name))
    }
    assert "getAllLemmas" not in called
