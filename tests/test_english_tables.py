"""The phrasal readings of bot/english_tables.py: each verb's forms are lemminflect's, and a phrasal verb is read as
the form of its meaning in the same place."""

from __future__ import annotations

import lemminflect
import pytest

from bot import english_tables
from bot.english_tables import FORM_TAGS, NOUN_FORMS, NOUN_TAGS, VERB_FORMS, forms_of, nouns_of, read_as


@pytest.mark.parametrize("verb", sorted(VERB_FORMS))
def test_a_verbs_forms_are_lemminflects_first_spelling_of_each(verb: str) -> None:
    """VERB_FORMS is lemminflect's table, written out so that reading a question does not load lemminflect: a row
    typed by hand that it would inflect otherwise fails here (the message gives its row)."""
    generated = tuple(lemminflect.getInflection(verb, tag)[0] for tag in FORM_TAGS)
    assert VERB_FORMS[verb] == generated, " ".join(generated)


@pytest.mark.parametrize("noun", sorted(NOUN_FORMS))
def test_a_nouns_forms_are_lemminflects_first_spelling_of_each(noun: str) -> None:
    """NOUN_FORMS is lemminflect's table written out, as VERB_FORMS is (the message gives the row it would make)."""
    generated = tuple(lemminflect.getInflection(noun, tag)[0] for tag in NOUN_TAGS)
    assert NOUN_FORMS[noun] == generated, " ".join(generated)


def test_nouns_of_gives_the_singular_and_plural_of_each() -> None:
    assert nouns_of("reply", "belief") == frozenset({"reply", "replies", "belief", "beliefs"})


def test_forms_of_gives_only_the_forms_of_the_tags_asked() -> None:
    assert forms_of("run", "VB", "VBD") == ("run", "ran")
    assert forms_of("describe", "VBZ", "VBD") == ("describes", "described")
    assert forms_of("tear", "VBN") == ("torn",)


def test_every_verb_a_reading_names_has_its_forms() -> None:
    assert all(verb in VERB_FORMS and meant in VERB_FORMS for verb, _, meant in english_tables.READINGS)


def test_forms_of_gives_each_form_once_in_the_order_of_form_tags() -> None:
    assert forms_of("stick") == ("stick", "sticks", "stuck", "sticking")
    assert forms_of("tear") == ("tear", "tears", "tore", "tearing", "torn")


def test_a_phrasal_verb_is_read_as_its_meanings_form_in_the_same_place() -> None:
    keeping = read_as("keep")
    assert keeping[("stuck", "with")] == "kept"
    assert keeping[("hanging", "on to")] == "keeping"
    assert read_as("criticize")[("torn", "into")] == "criticized"
    assert read_as("say")[("voices", "")] == "says"  # a verb of voicing has no particle
    assert english_tables.KEEPING_VERBS["hold holds held holding"] == r"on\s+to|onto"
