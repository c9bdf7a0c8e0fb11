"""'What did X say' is answered only by words the sources give as X's: a quote misattributed on a flyer is worse
than no answer (the fresh tester's Nadella, Palantir and Thiel questions)."""

from __future__ import annotations

from bot import messages
from bot.core import Core


def _first_line(text: str) -> str:
    return text.splitlines()[0]


def test_someone_the_sources_never_quote_gets_a_plain_no_words_answer(core: Core) -> None:
    for question in ("what did satya nadella say", "what did satya nadella say back to the employees about the letter"):
        a = core.ask(question)
        assert not a.answered, question
        assert _first_line(a.text) == messages.NO_WORDS_OF.format(names="Satya Nadella"), question


def test_the_named_speakers_own_words_lead_not_a_quote_that_mentions_them(core: Core) -> None:
    palantir = core.ask("what did palantir say in response to the protests")
    assert palantir.answered and "Palantir did not respond" in _first_line(palantir.text)
    mijente = core.ask("what did mijente say")
    assert mijente.answered and "Mijente stated" in _first_line(mijente.text)


def test_a_speaker_described_by_a_role_is_not_narrowed_to_the_organization(core: Core) -> None:
    # "an ICE agent" is not ICE's statement: the question is answered as any quote question
    a = core.ask("what did an ice agent tell colleagues before the raids")
    assert a.answered and "happy hunting" in a.text.lower()


def test_a_description_of_a_person_is_never_shown_as_their_words(core: Core) -> None:
    a = core.ask("what did Peter Thiel write")
    assert a.answered
    assert not _first_line(a.text).startswith("Peter Thiel: “")
