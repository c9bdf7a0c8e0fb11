"""Who questions asking who did something to a thing: answered by a fact telling that act done to that thing."""

from __future__ import annotations

import pytest

from bot.answering.answerer.makers import entry_maker, tells_a_maker
from bot.answering.retrieve import spelling_variants
from bot.core import Core
from bot.records import EntityKind, EntityRecord


def test_a_word_the_brief_lists_with_its_other_spelling_is_one_word_spelled_two_ways() -> None:
    kin = {
        "flier": frozenset({"flier", "flyer"}),
        "flyer": frozenset({"flier", "flyer"}),
        "keeper": frozenset({"keeper", "warden"}),
        "warden": frozenset({"keeper", "warden"}),
        "sign": frozenset({"sign", "signe"}),  # a stem one letter longer is another form, not another spelling
        "signe": frozenset({"sign", "signe"}),
    }
    assert spelling_variants(kin) == {"flier": frozenset({"flyer"}), "flyer": frozenset({"flier"})}


@pytest.mark.parametrize("question", ["who created the flier", "who created the flyer", "who made the flier"])
def test_who_made_a_document_is_answered_by_its_maker_in_either_spelling_of_its_noun(core: Core, question: str) -> None:
    # task ov48: "who created the flier" led Palantir's co-founder, as the fact naming the flyer's makers spells it
    # "flyer" (the articles use both); "who made the flier" led a reporter's account of people refusing it
    first = core.ask(question).text.splitlines()[0]
    assert "produced by Mijente and the Tech Workers Coalition" in first, first


@pytest.mark.parametrize("question", ["who created the letter", "who created the petition", "who created the website"])
def test_who_created_a_thing_is_never_answered_by_the_founder_of_another(core: Core, question: str) -> None:
    # task ov48: "created" is the brief's "founded", and a co-founder of the brief's subject led: that founding is
    # of a company, not of the thing asked, which no fact tells anyone creating
    a = core.ask(question)
    assert "Thiel" not in a.text.splitlines()[0], a.text


@pytest.mark.parametrize(
    "question",
    [
        "who was the reporter that covered the mijente flier at the ny office",
        "who is the reporter",
        "which reporter covered the flier",
        "who was the reporter who covered the flier",
    ],
)
def test_who_is_the_role_that_did_a_thing_leads_with_the_person_in_that_role(core: Core, question: str) -> None:
    # blind set (ld50): "who was the reporter that covered the mijente flier …" led the flier's handing out, and "who
    # is the reporter" a report Mijente published; the role noun is what is asked, the clause only says which one
    first = core.ask(question).text.splitlines()[0]
    assert first.startswith("Sophie Hurwitz"), first


def test_who_is_the_role_is_still_refused_when_no_close_fact_names_one_in_it(core: Core) -> None:
    a = core.ask("who was the organizer that spoke at the dc protest")
    assert not a.answered, a.text


@pytest.mark.parametrize("question", ["who made the falcon app", "who made falcon", "who built falcon"])
def test_who_made_a_thing_named_leads_the_maker_its_entry_names(core: Core, question: str) -> None:
    """ "Who made the falcon app": the FALCON entry ("A Palantir analytical platform …") names its maker as English
    does, and the maker leads the fact found, as a follow-up "who made it" after "what is falcon" does (fixer rf53:
    VICE's fact led with no maker, its reporter's name first)."""
    a = core.ask(question)
    assert a.answered and a.text.startswith("Palantir Technologies: "), a.text
    # a thing no entry names a maker of is answered as before ("who made the flyer": the fact telling who produced it)
    b = core.ask("who made the flyer")
    assert b.answered and b.text.startswith("The flyer handed out"), b.text


@pytest.mark.parametrize("question", ["who made falcon-sa", "who developed FALCON-SA", "who built falcon sa"])
def test_who_made_a_thing_leads_the_maker_its_words_of_making_name_not_the_user_before_its_class(
    core: Core, question: str
) -> None:
    """ "Who made falcon-sa": its entry opens "An ICE analytical application …, developed under Palantir's HSI
    contracts": the agency before the class uses it; the words of making name the maker (a fresh review: the agency
    led as its maker)."""
    a = core.ask(question)
    assert a.answered and a.text.startswith("Palantir Technologies: "), a.text


def _entry(id_: str, name: str, kind: EntityKind, description: str = "") -> EntityRecord:
    return EntityRecord(
        id=id_, name=name, kind=kind, aliases=[name], variant_note=None, description=description, citations=[]
    )


def test_an_entry_telling_its_making_names_its_maker_only_by_the_words_of_making() -> None:
    """A name before the thing's class is its maker only when the entry tells no making ("A Keepers Guild lamp"); a
    participle of making names the maker after "by"/"under" or, naming none, no one (the name before may be a user)."""
    actors = [_entry("guild", "Keepers Guild", "organization"), _entry("okafor", "Okafor", "person")]
    made = {
        "A Keepers Guild lamp that lights the quay.": "guild",
        "An Okafor lamp built by the Keepers Guild.": "guild",
        "An Okafor lamp developed under the Keepers Guild's leases.": "guild",
        "An Okafor lamp developed in 1840.": None,
        "A Keepers Guild tool used to make repairs.": "guild",  # "make" here is no participle of the thing made
    }
    for description, maker in made.items():
        found = entry_maker(_entry("lamp", "lamp", "program", description), actors)
        assert (found.id if found is not None else None) == maker, description


@pytest.mark.parametrize(("question", "thing"), [("who made github", "GitHub"), ("who built github", "GitHub")])
def test_a_maker_asked_of_a_thing_no_fact_tells_the_making_of_is_said_untold(
    core: Core, question: str, thing: str
) -> None:
    """ "Who made the ledger", of a thing whose entry names no maker and no fact naming it tells a making with its
    maker ("built by …", a founder): the close fact on something else (keepers flooding its page) was led as if
    it answered (a fresh tester); the lead says the maker is untold, with what that fact tells."""
    a = core.ask(question)
    line = a.text.splitlines()[0]
    assert not a.answered, line
    assert line.startswith(f"The articles I have don't say who {question.split()[1]} {thing}; they tell this of it:")
    assert tells_a_maker("software built by the guild") and tells_a_maker("the guild's co-founder Lind")
    assert not tells_a_maker("tools built for keepers") and not tells_a_maker("letters made public")
    # a thing whose entry names its maker still leads the maker
    assert core.ask("who made falcon").text.startswith("Palantir Technologies: ")


@pytest.mark.parametrize(
    ("question", "told"),
    [
        # a passive gerund: "the flyers [being handed out at …]"
        ("who put out the flyers being handed out at palantir nyc and dc per the hill", "produced by Mijente"),
        # a clause with its own subject and auxiliary, no "that": "the flier [the activists were handing out …]"
        ("who reported on the flier the activists were handing out in new york", "Sophie Hurwitz reported"),
    ],
)
def test_a_clause_saying_which_document_never_outweighs_the_act_asked(core: Core, question: str, told: str) -> None:
    # blind set CK: the clause's words (handing out, New York, DC) drew the protest where the flyers were handed out,
    # which tells neither who made the flyer nor who reported on it
    first = core.ask(question).text.splitlines()[0]
    assert told in first, first
