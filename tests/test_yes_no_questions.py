"""Yes/no questions: which fact settles one, when it leads with "Yes:" or "No:", and when no verdict is given."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from bot import messages
from bot.answering.acts import act_after_subject
from bot.answering.alternatives import alternative_questions, alternative_subjects
from bot.answering.compose.questions import gave_word, spoke_to, word_given_to
from bot.answering.compose.yes_no import hedged, never_verb
from bot.answering.compose.yes_no_checks import (
    act_told_on,
    agent_noun_of,
    aim_shared,
    called_as_asked,
    compared_as_told,
    doer_otherwise,
    done_to_as_told,
    hearsay_at,
    lengths_told,
    negation_bounded_in_time,
    of_another,
    placed_otherwise,
    predicated,
    taken_by_another,
    told_as_agent,
)
from bot.answering.normalize import normalize
from bot.answering.understand.classes import described_as_phrase
from bot.answering.understand.question import Question
from bot.brief import load_brief
from bot.core import Core
from bot.search import stem
from bot.text import words
from tests.conftest import tiny_fact


def _first_line(text: str) -> str:
    return text.splitlines()[0]


def _says_no(line: str) -> bool:
    """A "No" verdict: "No: …", or "No, as of <date>: …" for whether it was ever or eventually done."""
    return re.match(r"No(, as of [^:]+)?: ", line) is not None


def _says_not_then(line: str) -> bool:
    """The verdict of a fact whose negation is bounded in time ("did not immediately respond"): "No, not right away: …"
    or "No, not at first: …", never a bare "No" (task yn39)."""
    return re.match(r"No, not (right away|at first): ", line) is not None


def test_a_yes_no_question_about_today_leads_with_the_fact_and_says_what_the_sources_cannot_tell(
    core: Core,
) -> None:
    a = core.ask("is palantir still hosted on amazon's servers?")
    assert a.answered and a.kind == "yes-no"
    assert "amazon" in a.lead.lower() and "server" in a.lead.lower()
    # fresh tester 68 W6: said in the first line itself ("is palantir still working with ice today" had it only in a
    # note under the fact), which a line repeated on its own keeps
    for question in ("is palantir still hosted on amazon's servers?", "is palantir still working with ice"):
        line = _first_line(core.ask(question).text)
        assert line.startswith("As of ") and "cannot tell whether it is still so today" in line, line


@pytest.mark.parametrize(
    "question",
    [
        "is palantir still working with ice today",
        "does palantir still have contracts w ice today",
        "is palantir currently working with ice",
    ],
)
def test_a_yes_no_question_naming_today_is_told_the_articles_end_before_it_then_what_they_tell_as_of_their_date(
    core: Core, question: str
) -> None:
    # blind sets CD and CF: "is palantir still working with ice today" was answered "As of 13–19 September 2019 (…
    # cannot tell whether it is still so today): …"; what holds today is asked, which no article can tell: no answer,
    # said first, the fact as of its date after it
    a = core.ask(question)
    line = _first_line(a.text)
    assert not a.answered, a.text
    assert line.startswith(
        "The articles I have end in September 2019 and cannot tell whether that is still so today; as of "
    ), line
    assert "ICE" in line.split("; as of ", 1)[1], line
    # "still" alone asks whether the state went on: the sources' latest account answers it, as of its date
    still = core.ask("is karp still ceo")
    assert still.answered and _first_line(still.text).startswith("As of "), still.text


@pytest.mark.parametrize("question", ["is alex karp still ceo in 2025", "is alex karp still palantirs ceo in 2024"])
def test_a_still_question_naming_a_year_after_the_articles_end_is_told_they_end_before_it(
    core: Core, question: str
) -> None:
    # blind sets CH and CI: "is alex karp still ceo in 2025" was answered "The articles I have don't tell of that in
    # 2025; they tell of it in 2019: …" as if 2025 were one more year of theirs told otherwise; a year after their end
    # is one they cannot tell of: no answer, what they tell as of their date after it
    a = core.ask(question)
    assert not a.answered, a.text
    year = question.rsplit(" ", 1)[1]
    assert _first_line(a.text).startswith(f"The articles I have end in September 2019: they tell nothing of {year}"), (
        a.text
    )
    # a year of theirs is asked of then, and answered
    assert core.ask("is palantir still working with ice in 2019").answered


def test_a_verdict_whether_someone_still_holds_a_role_is_said_as_of_the_articles_date(core: Core) -> None:
    # fresh tester (ov56 1): "is karp still the ceo" was answered a bare "Yes: Alex Karp is … (CEO) …" (the role
    # question's own verdict), as if the articles, which end in September 2019, told of today
    line = _first_line(core.ask("is karp still the ceo").text)
    assert line.startswith("Yes, as of ") and "cannot tell whether it is still so today" in line, line
    # the present named ("currently") is what no article can tell: said first, no answer
    now = core.ask("is karp currently the ceo")
    assert not now.answered, now.text
    assert _first_line(now.text).startswith("The articles I have end in September 2019"), now.text
    # with no "still", the role question keeps its plain verdict
    assert _first_line(core.ask("is karp the ceo").text).startswith("Yes: "), core.ask("is karp the ceo").text


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("does clearview ai sell facial recognition to ice", "clearview ai"),
        ("does Clearview AI sell facial recognition to ICE", "Clearview AI"),
    ],
)
def test_a_yes_no_question_whose_subject_is_a_name_no_article_uses_says_the_articles_dont_tell_of_it(
    core: Core, question: str, name: str
) -> None:
    # blind set CG: "does clearview ai sell facial recognition to ice" led Amazon's pitch to ICE, another company's
    # act ("clearview" passed for known, closed up from "clear" and "view"); no article names it
    a = core.ask(question)
    assert not a.answered and _first_line(a.text) == messages.NAME_UNTOLD.format(name=name), a.text
    # a misspelt name the brief knows is still read as that name, and answered
    b = core.ask("does amazn sell facial recognition to ice")
    assert b.answered and "Amazon" in b.lead, b.text


@pytest.mark.parametrize(
    "question", ["did palantir give the hill a comment?", "did palantir give the hill a statement"]
)
def test_giving_a_word_asked_in_a_light_verb_and_a_noun_of_speaking_is_denied_by_a_silence_told(
    core: Core, question: str
) -> None:
    # blind set CF: "did palantir give the hill a comment?" led the fact "did not respond right away when The Hill
    # asked it to comment" with no verdict: "give … a comment" asks whether it commented, as "did palantir comment to
    # the hill" does
    line = _first_line(core.ask(question).text)
    assert _says_not_then(line) and "did not respond right away" in line, line
    # a light verb with no noun of speaking asks no such thing
    assert not _says_not_then(_first_line(core.ask("did palantir give the hill documents").text))


@pytest.mark.parametrize(
    "question", ["is gordon-mckeon employed by a tech company", "does gordon-mckeon work for a tech company"]
)
def test_a_tie_to_any_such_thing_denied_is_a_no_to_a_narrower_tie(core: Core, question: str) -> None:
    # blind set BQ: "a tech worker not affiliated with any company" led without a verdict
    line = core.ask(question).text.splitlines()[0]
    assert line.startswith("No: ") and "not affiliated with any company" in line, line
    assert not core.ask("did gordon-mckeon sue a company").text.startswith("No")  # no tie asked: no verdict


@pytest.mark.parametrize(
    ("question", "settling"),
    [
        ("did microsoft drop its ice contract", "pa-microsoft-keeps-ice-contract"),
        (
            "is palantir still working with ice after all the protests? like as of aug 2019",
            "contract-renewed-2019-08-19",
        ),
    ],
)
def test_a_yes_no_question_leads_with_the_fact_that_settles_it(core: Core, question: str, settling: str) -> None:
    a = core.ask(question)
    assert a.answered and a.kind == "yes-no" and a.evidence[0].id == settling


@pytest.mark.parametrize(
    "question",
    [
        "did palantir staff accept the letter",
        "did karp budge after the employee petition?",
        "did salesforce cancel its cbp contract",
    ],
)
def test_a_yes_no_question_the_fact_answers_in_its_own_voice_leads_with_no(core: Core, question: str) -> None:
    a = core.ask(question)
    assert a.answered and a.lead.startswith("No: ")


def test_a_claim_in_reported_speech_never_becomes_a_settled_no(core: Core) -> None:
    a = core.ask("does palantir's contract help ice deport immigrants")  # Palantir *said* it was not helping
    assert a.answered and not a.lead.startswith("No")
    # and the claim does not lead over VICE's own "ICE has used the system to plan and conduct … deportations"
    # (fresh tester 34)
    assert a.evidence[0].id == "icm-since-2014", a.text


def test_a_yes_no_question_is_settled_by_the_asked_act_not_by_the_event_its_clause_recalls(core: Core) -> None:
    a = core.ask("did microsoft drop its ice contract after employees gave the ceo that big letter?")
    assert a.answered and a.evidence[0].id == "pa-microsoft-keeps-ice-contract", a.text


def test_an_act_only_requested_of_someone_does_not_settle_whether_it_happened(core: Core) -> None:
    from bot.features import requested_only

    assert requested_only("Visitors urged the keeper to stop lighting the lamp.") == {"stop", "light", "lamp"}
    assert requested_only("The keeper lights the lamp whenever visitors ask him to light it.") == set()  # stated too
    assert requested_only("The keeper did not reply when asked to comment.") == set()  # how the request fared
    a = core.ask("is palantir hosted on amazon web services")
    assert a.answered and a.evidence[0].id == "to-aws-hosting-mega", a.text  # not "urged AWS to stop hosting"


def test_a_yes_no_question_naming_two_things_is_not_settled_by_a_fact_silent_on_one(core: Core) -> None:
    # the LAPD fact tells of Palantir's software there, never of FALCON (ICE's): no verdict, no lead to read as one
    assert not core.ask("did palantir build FALCON for the LAPD").answered
    a = core.ask("does the lapd use palantir too")  # the brief's ubiquitous subject and one other: the fact settles it
    assert a.answered and "Los Angeles Police" in a.lead, a.text
    # a place sets the scene and need not be named: "the nyc building" is the New York office of the flier handout
    a = core.ask("did everyone going into the nyc building take the mijente flier")
    assert a.answered and "refused" in _first_line(a.text), a.text


def test_a_passive_questions_subject_may_be_a_word_the_brief_gives_for_it(core: Core) -> None:
    # "posts" is the brief's synonym of "messages": "the messages were removed" settles whether the posts were
    a = core.ask("were the anti-ice posts on palantirs github taken down")
    assert a.lead.startswith("Yes: ") and "GitHub" in a.lead, a.text


def test_a_yes_no_question_about_someone_is_not_settled_by_a_fact_about_others(core: Core) -> None:
    assert not core.ask("did karp resign").answered  # the flyer's "mass resignations" were at other firms
    a = core.ask("did karp change course after the employee protests")
    assert a.answered and _first_line(a.text).startswith("No: "), a.text


def test_a_yes_no_question_about_someone_prefers_facts_where_they_are_the_subject(core: Core) -> None:
    a = core.ask("is mijente an activist group")
    assert a.answered and a.evidence[0].id == "to-mijente-org", a.text  # "Mijente is a Latinx activist group"
    b = core.ask("did karp give in after the employee petition and protests in 2019")
    assert b.answered and b.evidence[0].id == "vice-karp-didnt-budge", b.text  # not the employees' own acts
    c = core.ask("was the github protest organized by mijente?")  # GitHub names the protest here, it acts not
    assert c.answered and not _first_line(c.text).startswith("GitHub"), c.text


def test_a_fact_settles_a_yes_no_question_in_its_own_voice_not_in_reported_speech(core: Core) -> None:
    from bot.features import settles

    assert settles("When visitors came to the lighthouse, they were denied entry twice.")
    assert not settles("A visitor told the crowd that they would not stand by.")  # what someone said
    assert not settles('The keeper shouted "we will never leave".')
    a = core.ask("Were the protesters let into Palantir's Manhattan office?")
    assert a.answered and a.evidence[0].id == "vice-nyc-denied-entry-twice", a.text


def test_a_fact_stating_the_opposite_act_settles_a_yes_no_question_with_no(core: Core) -> None:
    """The brief's `opposites` ("cancel": "keep", "inside": "refused entry") let a fact in its own voice say no."""
    for question in (
        "did microsoft end up canceling its ICE contract after that big letter?",
        "did the nyc protesters manage to get inside palantir to hand over the petition?",
    ):
        a = core.ask(question)
        assert a.answered and _says_no(_first_line(a.text)), a.text
    kept = core.ask("did microsoft keep its ice contract")
    assert kept.answered and not kept.text.startswith("No:"), kept.text  # the act itself, stated: no verdict
    wished = core.ask("did palantir stop working with ice?")  # "according to a source, Karp wanted them kept"
    assert not wished.text.startswith("No:"), wished.text


def test_a_negation_beside_the_point_does_not_make_a_weaker_fact_settle_a_yes_no_question(core: Core) -> None:
    a = core.ask("was the 2018 palo alto protest part of a national day of action?")
    assert a.answered and a.evidence[0].id == "pa-national-day-of-action", a.text  # not "(no exact count was given)"


@pytest.mark.parametrize(
    "question",
    [
        "did karp defend the ice work at the town hall",
        "did palantir renew its ice contract in aug 2019",
        "did microsoft end up keeping its ice contract after the letter?",  # "end up": the -ing form is the act
        "did in-q-tel invest in palantir",
        "did jfrej occupy the amazon bookstore",
        "did palantir get dropped as a sponsor by the privacy law scholars conference",  # passive: Palantir after
    ],
)
def test_a_yes_no_question_whose_act_the_fact_states_in_its_own_voice_is_answered_yes(
    core: Core, question: str
) -> None:
    assert _first_line(core.ask(question).text).startswith("Yes: ")


@pytest.mark.parametrize(
    "question",
    [
        "were the protesters let into palantirs nyc office",  # "let" is not stated: "refused entry twice" is
        "did palantir say anything about the july 2018 palo alto protest",  # the protest, not anything said
        "do palantir employees trust their leadership",  # "voiced distrust": no verb of the question's own
        "did palantir renew the ice contract 3 times in aug 2019",  # the fact gives no 3
        "did ice renew palantirs contract",  # the fact has Palantir renew it: another actor first
        "did the intercept report on palantir and child separation",  # a name is not an act
        "is tech worker activism growing",  # asked in the present: the articles stop in 2019
        # found by a fresh tester: an attempt, reversed roles and another agency's contract
        "was the petition delivered",  # "tried to deliver … refused entry twice"
        "did palantir deliver a petition",
        "did palantir invest in in-q-tel",  # In-Q-Tel invested in Palantir
        "did palantir renew its ice contract in 2015",  # an HSI contract was renewed in 2015
    ],
)
def test_a_yes_no_question_is_not_answered_yes_unless_the_fact_states_its_act_numbers_and_actor(
    core: Core, question: str
) -> None:
    assert not _first_line(core.ask(question).text).startswith("Yes")


def test_a_yes_no_question_is_answered_no_by_a_negation_of_a_word_the_brief_gives_for_the_asked_one(core: Core) -> None:
    # brief.yaml: cave -> budge, change course; the fact: "Karp did not change course" ("didn't budge")
    a = core.ask("did karp cave to the employee pressure?")
    assert _first_line(a.text).startswith("No: Despite criticism from his own employees")


def test_a_yes_no_question_after_a_lead_in_is_settled_as_one(core: Core) -> None:
    a = core.ask("btw did microsoft drop its ice contract")  # was led by the call to cancel, without a verdict
    assert a.answered and _says_no(_first_line(a.text)) and "Microsoft decided to keep" in a.text, a.text


def test_a_yes_no_question_is_not_settled_by_a_fact_about_another_party(core: Core) -> None:
    # the closest fact was "Salesforce repeatedly refused to cancel its contract with CBP": "No:" about Salesforce
    a = core.ask("did palantir cancel its ice contract")
    assert "Salesforce" not in _first_line(a.text), a.text
    b = core.ask("did microsoft drop its ice contract")  # its own party: still settled
    assert _says_no(_first_line(b.text)) and "Microsoft decided to keep" in b.text, b.text


def test_a_statement_tagged_right_is_a_yes_no_question_about_all_of_it(core: Core) -> None:
    # "after the … letter" read as a scene had left "so msft dropped ice" a topic, and the letter's fact led
    answer = core.ask("so msft dropped ice after the 300k signature letter right?")
    assert _says_no(_first_line(answer.text)) and "Microsoft decided to keep" in answer.text, answer.text


def test_a_yes_no_question_is_not_settled_by_a_fact_that_only_tells_of_a_demand(core: Core) -> None:
    # "Amazon employees urged Amazon Web Services to stop hosting Palantir": a demand, not what AWS did
    assert not core.ask("did aws end up dropping palantir as a customer after the protests").answered
    # the opposite act stated is a verdict, demand or not ("decided to keep … asking him to end it")
    a = core.ask("did microsoft end up dropping its ice contract")
    assert _first_line(a.text).startswith("No, as of 31 July 2018: Microsoft decided to keep"), a.text


def test_a_yes_no_question_with_a_figure_the_brief_never_gives_is_answered_by_the_real_figure(core: Core) -> None:
    a = core.ask("did over 100 employees sign the august petition")
    assert a.answered and "more than 60" in _first_line(a.text), a.text
    assert not _first_line(a.text).startswith("Yes")
    later = core.ask("did palantir renew the ice contract in 2024")  # a year no article tells of is still refused
    assert not later.answered


@pytest.mark.parametrize(
    "question",
    [
        "did the petition people get into palantir's manhattan office",
        "did palantir let the protesters into the new york office",
        "did the nyc protesters ever get in",
    ],
)
def test_getting_or_letting_someone_in_is_settled_by_being_refused_entry(core: Core, question: str) -> None:
    a = core.ask(question)
    assert _says_no(_first_line(a.text)) and "refused entry" in _first_line(a.text), a.text


@pytest.mark.parametrize(
    "question",
    [
        "did palantir cancel its contract",  # only chanted by protesters ("time to cancel")
        "did the campaigns succeed",  # "none of the … campaigns … had succeeded"
        "did the 53 million contract expire in 2018",  # the $39 million one had; the $53 million one was "due to"
        "was in-q-tel funded by the cia",  # In-Q-Tel invests on the CIA's behalf: nothing says the CIA funded it
    ],
)
def test_no_yes_for_an_act_only_chanted_negated_by_its_subject_still_due_or_done_by_another(
    core: Core, question: str
) -> None:
    assert not _first_line(core.ask(question).text).startswith("Yes"), question


def test_no_no_for_an_act_another_organization_refused(core: Core) -> None:
    a = core.ask("did microsoft cancel its cbp contract")  # "Salesforce repeatedly refused to cancel …"
    assert not _first_line(a.text).startswith("No:"), a.text
    assert _first_line(core.ask("did salesforce cancel its cbp contract").text).startswith("No:")
    other = core.ask("did salesforce cancel its ice contract")  # its CBP contract's "refused to cancel"
    assert not _first_line(other.text).startswith("No:"), other.text


def test_a_day_or_year_is_no_figure_the_yes_no_act_must_own(core: Core) -> None:
    # "renewed its ICE contract on Monday 19 August 2019": 19 is the day, not a figure of the contract
    a = core.ask("did palantir renew its ice contract on 19 august 2019")
    assert _first_line(a.text).startswith("Yes: "), a.text


def test_no_yes_for_an_act_done_on_another_weekday_than_the_one_asked(core: Core) -> None:
    # "renewed its ICE contract on Monday 19 August 2019"
    assert not _first_line(core.ask("did palantir renew the contract on a tuesday").text).startswith("Yes")
    assert _first_line(core.ask("did palantir renew the contract on a monday").text).startswith("Yes: ")


def test_no_yes_for_an_act_told_of_another_year_than_the_one_asked(core: Core) -> None:
    # "confronting CEO Alex Karp in 2018 and petitioning management in August 2019": 2019 is the petition's year
    assert not core.ask("did employees confront karp in 2019").lead.startswith("Yes:")
    assert core.ask("did employees confront karp in 2018").lead.startswith("Yes:")


@pytest.mark.parametrize(
    "question", ["did protesters get arrested at palantir", "did protesters get arrested at palantir's office"]
)
def test_no_yes_when_the_fact_does_not_say_the_asked_ones_underwent_the_act(core: Core, question: str) -> None:
    # "the arrests of more than 400 immigrants" beside "protests": the stems of "protesters" and "protests" agree
    a = core.ask(question)
    assert not a.lead.startswith("Yes:"), a.text


@pytest.mark.parametrize(
    "question", ["were protesters refused entry", "were the protesters denied entry at the nyc office"]
)
def test_a_question_asking_of_a_refusal_is_never_answered_no_by_that_refusal(core: Core, question: str) -> None:
    # "they were twice refused entry" had been read as denying the asked "entry"
    a = core.ask(question)
    assert a.answered and not a.lead.startswith("No:"), a.text


def test_a_figure_the_fact_reports_after_a_request_is_no_request_and_answers_without_a_verdict(core: Core) -> None:
    # "a petition urging the company to stop working with ICE, which they said carried more than 140,000 signatures":
    # the figure had been read as part of what was asked for, and the question refused; it is their word, no "Yes"
    a = core.ask("did the petition have 140,000 signatures")
    assert a.answered and "140,000" in a.lead and not a.lead.startswith("Yes:"), a.text


@pytest.mark.parametrize(
    "question",
    [
        "were immigrants arrested thanks to palantir in 2019",  # the arrests are never dated; 2019 is the report
        "did the employees open the door in 2019",  # the door stayed shut on 31 July 2018
        "did microsoft cancel its ice contract in 2019",  # Microsoft kept it in July 2018
    ],
)
def test_no_verdict_on_an_act_asked_of_a_year_the_fact_does_not_tell_it_of(core: Core, question: str) -> None:
    # each had led with "Yes:" or "No:" (the second fresh tester of the session)
    lead = core.ask(question).lead
    assert not lead.startswith(("Yes:", "No:")), lead


def test_a_year_setting_the_scene_does_not_hold_back_a_verdict(core: Core) -> None:
    assert _says_no(core.ask("did microsoft cancel its ice contract").lead)
    assert core.ask("has salesforce cancelled its cbp contract (as of the 2018 piece)").lead.startswith("No:")


@pytest.mark.parametrize(
    "question",
    ["did salesforce ever drop its cbp contract", "did salesforce eventually drop its CBP contract later on"],
)
def test_a_no_to_whether_something_was_ever_done_says_as_of_when(core: Core, question: str) -> None:
    # the 2018 article's "repeatedly refused" is no verdict on what Salesforce did after it
    a = core.ask(question)
    assert _first_line(a.text).startswith("No, as of 31 July 2018: Salesforce repeatedly refused"), a.text
    once = core.ask("did salesforce drop its cbp contract")  # asks of the time the article tells of
    assert _first_line(once.text).startswith("No: Salesforce"), once.text


def test_a_yes_needs_where_or_to_what_the_act_was_done_in_the_acts_own_clause(core: Core) -> None:
    # fresh tester 11: "the arrests of more than 400 immigrants; these revelations set off the … protests" had
    # settled "was anyone arrested at the palantir protest" with a "Yes:"
    a = core.ask("was anyone arrested at the palantir protest")
    assert not a.text.startswith("Yes"), a.text
    b = core.ask("did palantir renew its ice contract in aug 2019")  # the month is a date, checked as one
    assert b.text.startswith("Yes: Business Insider reported that Palantir renewed"), b.text


@pytest.mark.parametrize(
    "question",
    ["did palantir renew with ICE even with all the staff pushback", "did palantir renew in spite of the pushback"],
)
def test_a_concession_after_the_act_sets_the_scene_and_the_act_is_settled(core: Core, question: str) -> None:
    a = core.ask(question)  # "even with", "in spite of" as "despite": the pushback is no part of what is asked
    assert a.answered and a.evidence[0].id == "contract-renewed-2019-08-19" and a.text.startswith("Yes")


def test_a_later_outcome_no_fact_settles_is_said_to_be_untold_not_answered_by_the_event(core: Core) -> None:
    # was led by the contract without a verdict: the articles end before the outcome asked
    a = core.ask("did palantir end up cancelling the ice contract after the sept 2019 protests?")
    assert not a.answered and a.text.startswith("The articles I have end in September 2019"), a.text
    b = core.ask("did salesforce eventually drop its CBP contract")  # a fact settles it as of its date
    assert b.answered and b.text.startswith("No, as of"), b.text
    c = core.ask("did palantir employees ever confront karp directly about ice?")  # "ever": any time, told
    assert c.answered, c.text


def test_whether_a_change_was_ever_made_that_no_fact_tells_is_said_to_be_untold(core: Core) -> None:
    # "stop" is an act the brief lists opposites for: its best fact (the police's use) told nothing of stopping and
    # was the first line, read as "no, still in use" past the sources' dates
    a = core.ask("did the LAPD ever stop using palantir's crime prediction stuff")
    assert not a.answered and a.text.startswith(messages.EVER_UNTOLD.format(latest="September 2019")), a.text
    # a fact stating the change's word tells of it as far as the sources go ("employees inside … would not open")
    b = core.ask("did the protesters ever get inside palantir's office")
    assert b.answered and "would not open the door" in _first_line(b.text), b.text


def test_a_start_said_to_follow_what_the_fact_says_it_is_older_than_is_answered_no(core: Core) -> None:
    a = core.ask("so the abolish ice movement started bc of the family separations right?")  # no verdict before
    assert a.answered and a.text.startswith("No: The progressive movement to abolish ICE is older"), a.text


def test_a_question_asking_of_a_refusal_is_never_answered_no_by_the_opposite_of_the_refused_act(core: Core) -> None:
    # "did salesforce refuse to cancel": its quote's keeping the contract is no "No" (fresh tester 13)
    a = core.ask("did salesforce refuse to cancel its cbp contract")
    assert a.answered and not a.text.startswith("No"), a.text
    # the act itself: "kept" is a no
    assert core.ask("did microsoft drop its ice contract").text.startswith("No, as of 31 July 2018:")


@pytest.mark.parametrize(
    "question",
    [
        "did Palantir renew its ICE contract even though ICE cancelled it?",  # no one cancelled (fresh tester 13)
        "did Microsoft keep its ICE contract even after Amazon cancelled its own?",  # Amazon was only urged to
    ],
)
def test_a_concession_no_fact_tells_is_not_conceded_with_a_verdict(core: Core, question: str) -> None:
    assert not core.ask(question).answered


def test_a_concession_a_fact_tells_or_names_no_one_keeps_its_verdict(core: Core) -> None:
    a = core.ask("did palantir renew with ICE even though employees pushed back?")
    assert a.answered and a.text.startswith("Yes:"), a.text


@pytest.mark.parametrize(
    "question",
    ["did palantir renew its ice contract even though staff were upset", "did palantir renew w ice even tho upset"],
)
def test_a_concessions_word_read_as_a_brief_synonym_stays_in_the_scene(core: Core, question: str) -> None:
    # blind set BN: "upset" is read as the brief's "frustration", which no longer counted as the concession's word:
    # weighed as what was asked, no fact covered the question and it was refused
    a = core.ask(question)
    assert a.answered and a.text.startswith("Yes: Business Insider reported that Palantir renewed"), a.text


@pytest.mark.parametrize(
    "question",
    [
        "did palantir cancel its contract after the 2018 protest",  # "a warning … to choose a side: cancel its …"
        "did palantir cancel the contract even though employees protested",
        "did palantir choose a side",  # "to choose": an infinitive
    ],
)
def test_an_act_in_its_bare_form_after_to_or_opening_a_clause_is_no_yes(core: Core, question: str) -> None:
    # fresh tester 14: an order given to the company ("… : cancel its ICE contracts or be remembered") was read as
    # the company cancelling, "Yes:" while the articles say it renewed
    assert not _first_line(core.ask(question).text).startswith("Yes")


def test_a_negative_subject_anywhere_in_the_acts_clause_is_no_yes(core: Core) -> None:
    # "none of the … campaigns against the ICE and CBP contracts of … had succeeded": "none" 15 words before
    assert not core.ask("did the 2018 contract succeed").text.startswith("Yes")


def test_a_negation_inside_what_was_asked_for_is_no_no(core: Core) -> None:
    # "messages asking its workers to … not work on projects …": what the protesters asked, no verdict on the protest
    assert not core.ask("did the protests work").text.startswith("No")


def test_a_bound_on_a_figure_is_no_negation_that_settles_a_yes_no_question(core: Core) -> None:
    # fresh tester 14: "planned … to arrest no fewer than 8,400 people" counted as saying what did not happen and
    # led "were 400 immigrants arrested" (its words "8,400" hold a "400"); The Hill's "arrests of more than 400" answers
    a = core.ask("were 400 immigrants arrested")
    assert a.answered and "more than 400 immigrants" in _first_line(a.text), a.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("were exactly 400 immigrants arrested", False),  # fresh tester 16: "Yes:" on "the arrests of more than 400"
        ("were 400 immigrants arrested", False),
        ("were more than 400 immigrants arrested", True),
        ("were over 400 immigrants arrested", True),
        ("were fewer than 400 immigrants arrested", False),
    ],
)
def test_a_figure_asked_settles_yes_only_with_the_bound_the_fact_puts_on_it(
    core: Core, question: str, verdict: bool
) -> None:
    line = _first_line(core.ask(question).text)
    assert line.startswith("Yes") is verdict, line
    assert "more than 400" in line or not verdict, line


def test_a_concession_is_not_told_by_whom_a_passive_act_was_done_to(core: Core) -> None:
    # "presented CEO Satya Nadella with a letter signed by 300,000 people": Nadella is named before "signed", but
    # the letter was signed by the 300,000, so "even though nadella signed the letter" is a premise no fact tells
    a = core.ask("did microsoft keep its ice contract even though nadella signed the letter")
    assert not a.text.startswith("Yes"), a.text
    b = core.ask("did microsoft keep its ice contract even though employees signed a letter")
    assert b.text.startswith("Yes"), b.text


@pytest.mark.parametrize(
    "question",
    [
        "was palantir prosecuted",  # "hundreds of arrests, of which only a small share resulted in … prosecutions"
        "was palantir arrested",  # "Palantir's products helped ICE carry out the arrests of more than 400 immigrants"
        "did palantir get arrested",
        "were the employees confronted",  # "employees confronted CEO Alex Karp": they did the confronting
        "were immigrants arrested",  # "its members were arrested at protests outside immigrant detention facilities"
    ],
)
def test_a_passive_yes_is_only_for_a_fact_telling_the_subject_undergoing_the_act(core: Core, question: str) -> None:
    # fresh tester 15: the subject named anywhere in a fact stating the act gave "Yes:"
    assert not core.ask(question).text.startswith("Yes"), question


def test_a_passive_yes_stands_for_a_fact_telling_the_subject_undergoing_the_act(core: Core) -> None:
    assert core.ask("were over 400 immigrants arrested").text.startswith("Yes")  # "the arrests of more than 400 …"
    assert core.ask("was karp confronted by employees").text.startswith("Yes")  # "… confronted CEO Alex Karp"


def test_a_yes_no_question_about_one_organization_is_not_answered_by_anothers_entry(core: Core) -> None:
    # fresh tester 15: "did comcast cancel its contract" was answered by Microsoft's glossary entry ("… decided to
    # keep it"); the articles name Comcast only as a march target
    a = core.ask("did comcast cancel its contract")
    assert not a.answered and "Microsoft" not in _first_line(a.text), a.text


@pytest.mark.parametrize(
    "question",
    [
        "did palantir cancel the ice contract",
        "did palantir ever cancel the ice contract",  # "No, as of 22 August 2019: …"
        "palantir cancelled the ice contract right?",  # no auxiliary: the question's own verb is the act
        "is it true that palantir cancelled its ICE contract in 2019",
    ],
)
def test_a_fact_stating_the_opposite_act_is_found_and_answers_no(core: Core, question: str) -> None:
    # fresh tester 16: refused ("I don't have a sourced answer"): the renewal shares none of the act's words, so it
    # was neither searched for nor counted as covering "cancel"
    line = _first_line(core.ask(question).text)
    assert _says_no(line) and "renewed" in line, line


def test_a_yes_no_question_about_a_persons_act_is_not_answered_by_a_fact_about_someone_else(core: Core) -> None:
    # fresh tester 16: "did karp support trump" was led by Peter Thiel's support, which a reader may take for Karp's
    a = core.ask("did karp support trump")
    assert not a.answered and a.text.startswith("The articles I have don't tell that of Alex Karp"), a.text
    assert "Thiel" in a.text  # what the articles do tell is offered
    assert core.ask("did thiel support trump").answered
    thiel = core.ask("did peter thiel call google treasonous?")  # fresh tester 18: led by Thiel's op-ed on Google,
    assert not thiel.answered and "of Peter Thiel" in thiel.text, thiel.text  # while "treasonous" is Karp's word
    other = core.ask("did mijente call google treasonous")  # fresh tester 17: led by Karp's words
    assert not other.answered and other.text.startswith("The articles I have don't tell that of Mijente"), other.text


def test_a_yes_no_question_about_a_persons_act_is_not_answered_by_that_act_done_to_them(core: Core) -> None:
    # fresh tester 50: "did karp sign the letter" led with the employees' letter to Karp, with no verdict: a reader
    # may take it for a yes, though the letter was written to him
    a = core.ask("did karp sign the letter")
    assert a.text.startswith("The articles I have don't tell that of Alex Karp"), a.text
    assert "letter to Alex Karp" in a.text  # what the articles do tell is offered
    assert core.ask("did the employees sign the letter").answered


def test_a_yes_no_question_about_an_act_on_one_party_is_not_answered_by_the_act_on_another(core: Core) -> None:
    # fresh tester 27: "did karp call amazon treasonous" led with Karp calling Google "treasonous", which a reader may
    # take for a yes about Amazon
    a = core.ask("did karp call amazon treasonous")
    assert not a.answered and a.text.startswith("The articles I have don't tell that of Amazon"), a.text
    assert "Google" in a.text  # what the articles do tell is offered
    assert core.ask("did karp call google treasonous").answered


def test_a_fact_in_the_articles_own_verb_settles_a_yes_no_question(core: Core) -> None:
    # fresh tester 17: refused: the fact said "ending" where Business Insider says Google "dropped" the contract, and
    # "after pressure from its employees" read as a demand only
    assert core.ask("did google drop its pentagon contract").text.startswith("Yes: ")


def test_a_yes_no_question_giving_a_figure_is_led_by_a_fact_stating_that_figure(core: Core) -> None:
    # fresh tester 17: "did palantir renew the $49 million contract" was led by the 2015 renewal "for about $39 million"
    line = _first_line(core.ask("did palantir renew the $49 million contract").text)
    assert "$49 million" in line and not line.startswith(("Yes", "No")), line


def test_a_light_verbs_act_told_only_as_demanded_is_no_verdict_even_when_the_question_recalls_the_demand(
    core: Core,
) -> None:
    # "give" says nothing; its objects (the profits, a charity) are told only inside the petition's request, and
    # "like the employees asked" recalls that request: it does not ask about it
    a = core.ask("did palantir ever actually give the ice profits to a charity like the employees asked")
    assert not a.answered and "employees-petition-over-60-2019" in a.text, a.text
    asked = core.ask("did the employees ask palantir to give the profits to a charity")
    assert asked.answered and "petition" in asked.text.splitlines()[0], asked.text


def test_a_light_verbs_act_is_not_told_by_a_fact_holding_only_one_of_its_objects(core: Core) -> None:
    # a fact as close whose quote tells the profits only as what a petition asked for, and no charity, was taken for
    # the act done (one object was enough) and led without a verdict once the brief's Mijente fact stopped saying
    # "profitable" and let it into the search's pool
    a = core.ask("did palantir ever actually give the ice profits to charity like the staff asked")
    assert not a.answered, a.text


@pytest.mark.parametrize(
    ("question", "sum_"),
    [
        ("was the contract 50 million?", "$50 million"),
        ("was the contract worth 50 million?", "$50 million"),  # read as an amount question by "worth"
        ("is it true the contract was worth $1 billion", "$1 billion"),  # "billion", "true": no foreign words here
    ],
)
def test_a_verdict_asked_on_a_sum_no_article_gives_says_so_never_leads_with_another_sum(
    core: Core, question: str, sum_: str
) -> None:
    # fresh tester 20: "was the contract 50 million?" was led, unjudged, by the $39 million contract
    a = core.ask(question)
    assert not a.answered and a.text.startswith(messages.SUM_UNTOLD.format(sum=sum_)), a.text
    told = core.ask("was the contract worth $49 million")  # a sum an article gives: that fact answers
    assert told.answered and "$49 million" in told.text.splitlines()[0], told.text


def test_a_figure_given_as_a_count_of_people_that_the_fact_gives_of_another_thing_is_said_not_to_be_told(
    core: Core,
) -> None:
    # fresh tester 20: "did 140,000 palantir employees sign the petition" was led by the 140,000 signatures
    a = core.ask("did 140,000 palantir employees sign the petition")
    expected = messages.COUNTS_OTHER.format(figure="140,000", other="signatures", noun="employees")
    assert not a.answered and a.text.startswith(expected), a.text
    # people sign petitions: 140,000 signatures may be 140,000 people; the figure's own people still answer
    assert core.ask("did 140,000 people sign the petition").answered
    assert core.ask("did more than 60 employees sign the petition").answered  # "60 Palantir employees": a name between


def test_the_article_word_after_a_source_named_with_in_only_says_which_source(core: Core) -> None:
    # blind set Z: "story" in "in the vice story" counted as a word the fact must cover, so nothing matched
    a = core.ask("did the protesters get inside the nyc office in the vice story")
    assert a.answered and a.text.startswith("No:") and "refused entry" in a.text.splitlines()[0], a.text


def test_a_describing_word_after_a_figure_is_not_what_it_counts(core: Core) -> None:
    # fresh tester 21: "the 440 they give are undocumented, not immigrants" ("over 440 undocumented immigrants")
    a = core.ask("were 440 immigrants arrested")
    assert "undocumented, not" not in a.text, a.text


def test_a_yes_no_question_is_settled_by_the_quote_a_fact_rests_on_when_its_statement_paraphrases(core: Core) -> None:
    # blind set AA: "removed" is the article's word ("were removed within hours"); the statement says "taken down"
    a = core.ask("were the anti-ice github msgs removed?")
    assert a.answered and a.text.startswith("Yes: "), a.text


@pytest.mark.parametrize("question", ["did karp back down after all the employee pushback", "Did Karp BACK DOWN?"])
def test_a_phrasal_verb_the_brief_gives_a_synonym_for_is_read_as_it(core: Core, question: str) -> None:
    # blind sets X, Z, AA: "back down" was two words of nothing ("back", "down"); the brief says it is "budge"
    a = core.ask(question)
    assert a.answered and a.text.startswith("No: ") and "did not change course" in a.text, a.text


@pytest.mark.parametrize("question", ["did alex karp change his mind", "has karp changed his mind"])
def test_an_idiom_with_a_possessive_slot_is_read_as_the_brief_gives_it_whoever_is_named(
    core: Core, question: str
) -> None:
    # "did alex karp change his mind" had no sourced answer while "did karp back down" got the No: the brief's key
    # "change one's mind" stands for "change his/her/their mind"
    a = core.ask(question)
    assert a.answered and a.text.startswith("No: ") and "did not change course" in a.text, a.text


@pytest.mark.parametrize("question", ["did the protesters back down", "did the employees budge"])
def test_a_no_about_someone_unnamed_needs_them_as_the_subject_of_the_act_denied(core: Core, question: str) -> None:
    # "did the protesters back down" was answered "No: … Karp did not change course"
    a = core.ask(question)
    assert not a.text.startswith("No"), a.text
    assert core.ask("did the ceo back down").text.startswith("No: ")


def test_a_phrasal_verb_read_as_the_brief_says_settles_a_yes_no_and_alternatives_get_no_verdict(core: Core) -> None:
    # blind sets N, U: "were the github posts left up" led by the protest's start; "left up" reads "stayed up",
    # whose opposite the brief lists ("taken down"); "left up or taken down" offers two: neither yes nor no
    a = core.ask("were the github protest posts left up?")
    assert a.answered and a.text.startswith("No: ") and "taken down" in a.text, a.text
    both = core.ask("were the anti-ice github posts left up or taken down?")
    assert both.answered and not both.text.startswith(("No", "Yes")) and "taken down" in both.text, both.text
    assert core.ask("did the github msgs stay up or did they get deleted").text.startswith("No: ")


def test_a_change_asked_after_an_event_that_no_fact_settles_is_said_to_be_untold(core: Core) -> None:
    # blind set O: "did amazon stop hosting palantir on aws after all the protests" was led by the hosting fact
    a = core.ask("did amazon stop hosting palantir on aws after all the protests")
    assert not a.answered and "do not say whether that happened later" in a.text, a.text
    settled = core.ask("did microsoft drop its ice contract after the letter")
    assert settled.answered and _says_no(_first_line(settled.text)), settled.text


def test_the_one_occasion_asked_is_not_affirmed_by_a_fact_of_many_such_occasions(core: Core) -> None:
    # fresh tester 22 (and 20): "was anyone arrested at the protest" -> "Yes: Never Again Action … arrested at
    # protests outside immigrant detention facilities" (its quote: "arrested protesting"), no Palantir protest
    a = core.ask("was anyone arrested at the protest")
    assert not a.text.startswith("Yes"), a.text
    assert core.ask("did palantir renew the contract").text.startswith("Yes: ")


def test_a_yes_needs_the_unnamed_subject_doing_the_act_and_a_year_no_fact_gives_is_put_to_the_test(
    core: Core,
) -> None:
    # fresh tester 22: "did immigration groups obtain the documents" -> "Yes: The Hill's report carries no date: … the
    # documents … were obtained"; "did palantir employees confront karp in 2016" was "outside what I cover"
    a = core.ask("did immigration groups obtain the documents")
    assert not a.text.startswith("Yes"), a.text
    dated = core.ask("did palantir employees confront karp in 2016")
    assert dated.outcome != "off_topic" and not dated.text.startswith("Yes"), dated.text


def test_a_yes_no_question_with_is_and_a_noun_is_asked_of_the_one_it_opens_with(core: Core) -> None:
    # the fourth session's tester: "is karp a trump supporter" led with Thiel's support of Trump (the fact names
    # Trump): a question with "is" was taken for a passive one, whose opening name does not act
    a = core.ask("is karp a trump supporter")
    assert not a.answered and a.text.startswith("The articles I have don't tell that of Alex Karp"), a.text
    b = core.ask("is thiel a trump supporter")
    assert b.answered and "Thiel" in b.text.splitlines()[0], b.text


def test_a_passive_yes_no_question_is_not_settled_by_the_act_done_to_others(core: Core) -> None:
    # the fourth session's tester: "were protesters arrested at palantir" was led, without a verdict, by the
    # revelation that the software helped arrest over 400 immigrants
    a = core.ask("were protesters arrested at palantir")
    assert not a.answered and "400" not in a.text.splitlines()[0], a.text
    # nor, in its stead, by a close fact not telling the act at all (set Z: the Holocaust comparison led)
    assert not core.ask("did any of the protesters get arrested at the palantir offices in sept 2019").answered
    assert core.ask("was the contract renewed").text.startswith("Yes: ")


@pytest.mark.parametrize(
    ("question", "figure"),
    [("did 300 employees sign the petition", "300"), ("did 300 people sign the letter", "300")],
)
def test_a_count_typed_without_commas_that_no_fact_states_whole_is_said_untold(
    core: Core, question: str, figure: str
) -> None:
    # the fourth session's tester: "did 300 employees sign the petition" led with the 300,000-signature letter
    a = core.ask(question)
    assert not a.answered and a.text.startswith(f"No article I have gives the figure {figure}"), a.text
    told = core.ask("did 140000 people sign")  # stated as "140,000": found as the brief writes it
    assert "140,000" in told.text.splitlines()[0], told.text
    assert "2018" not in core.ask("has salesforce cancelled its cbp contract per the 2018 article").text.splitlines()[0]


@pytest.mark.parametrize("question", ["did 8,400 people get arrested", "did 8400 people get arrested"])
def test_a_figure_the_brief_gives_whole_is_matched_whole_by_the_fact_telling_the_act(core: Core, question: str) -> None:
    # "8,400" is one word: the act's check reads the fact's words as the question's ("planned … to arrest no fewer than
    # 8,400 people": who the arrests were planned for), and no verdict is given on a plan
    line = _first_line(core.ask(question).text)
    assert "8,400 people" in line and "planned" in line and not line.startswith(("Yes", "No")), line


@pytest.mark.parametrize("question", ["was the contract worth $49.5 million", "did ice pay palantir 1.5 billion"])
def test_a_sum_with_a_decimal_point_no_article_gives_is_said_untold(core: Core, question: str) -> None:
    # "49.5" is one word, which the brief never uses: a sum put to the test, as "$49 million" is, not off-topic
    assert core.ask(question).text.startswith("No article I have gives a sum of $"), question


@pytest.mark.parametrize("question", ["did palantir drop ice in 2019", "did palantir drop ice"])
def test_an_act_done_to_a_name_is_settled_by_a_fact_stating_its_opposite(core: Core, question: str) -> None:
    # fresh tester 25: refused, while "did palantir cancel its contract with ice" answered "No: … renewed": the verb
    # before a name (not "the …") was no act, so its opposites were never searched for
    answer = core.ask(question)
    assert _says_no(_first_line(answer.text)) and "renewed" in answer.text.splitlines()[0], answer.text


def test_a_sum_the_articles_give_names_the_contract_a_yes_no_question_asks_of(core: Core) -> None:
    # fresh tester 25: led with "Palantir signed a $53 million contract in September 2014", a reader's "yes"
    a = core.ask("was the $49 million contract signed in 2014")
    assert a.answered and "$49 million" in a.lead and "$53" not in a.lead and not a.lead.startswith("Yes"), a.text
    b = core.ask("was the $53 million contract signed in 2014")  # the sum named is the one signed then
    assert b.lead.startswith("Yes: ") and "$53 million" in b.lead, b.text


def test_a_yes_no_question_about_an_act_is_not_settled_by_a_fact_sharing_only_its_names(core: Core) -> None:
    # fresh tester 25: led with "Peter Thiel is a co-founder of Palantir and a long-time supporter of President
    # Donald Trump", which says nothing of working with a campaign
    assert not core.ask("did palantir work with the trump campaign").answered
    a = core.ask("did the abolish ice movement only start after the family separation stuff")  # one word, told
    assert a.answered and "older than" in a.lead, a.text  # in others ("older than") still settles it


@pytest.mark.parametrize(
    "question",
    [
        "did ice pay palantir over 150 million for falcon only",
        "did ice pay palantir over 150 million just for the case management system",
    ],
)
def test_a_yes_no_question_narrowed_to_one_thing_is_not_settled_yes_by_a_fact_naming_more(
    core: Core, question: str
) -> None:
    # fresh tester 27: "Yes: … for … both its case management system and its FALCON analytical platform"
    a = core.ask(question)
    assert not a.text.startswith("Yes"), a.text
    assert core.ask("did ice pay palantir over 150 million").text.startswith("Yes")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("is peter thiel the ceo of palantir", "No: Alex Karp is Palantir's chief executive"),  # fresh tester 30
        ("is alex karp the ceo of palantir", "Yes: Alex Karp is Palantir's chief executive"),
        ("was thiel a founder of palantir", "Yes: Peter Thiel is a co-founder"),
        # fresh tester 69 W3: the same asked in other orders led Thiel's co-founding with no verdict
        ("is palantir's ceo peter thiel", "No: Alex Karp is Palantir's chief executive"),
        ("is peter thiel palantir's ceo", "No: Alex Karp is Palantir's chief executive"),
        ("is the ceo of palantir peter thiel", "No: Alex Karp is Palantir's chief executive"),
        ("is alex karp palantir's ceo", "Yes: Alex Karp is Palantir's chief executive"),
    ],
)
def test_whether_a_person_holds_a_role_is_answered_by_who_holds_it(core: Core, question: str, verdict: str) -> None:
    answer = core.ask(question)
    assert answer.answered and answer.text.startswith(verdict), answer.text


def test_a_role_others_share_is_never_denied_for_want_of_the_asked_person(core: Core) -> None:
    # a founder has co-founders: the fact naming one founder says nothing against another
    answer = core.ask("is karp the founder of palantir")
    assert not answer.text.startswith("No"), answer.text


@pytest.mark.parametrize("question", ["is alex karp a co-ceo of palantir", "was peter thiel a co-ceo of palantir"])
def test_a_shared_form_of_a_one_holder_role_gets_no_verdict_from_who_holds_the_role(core: Core, question: str) -> None:
    # review of the thirty-second session: "co-ceo" was read as "ceo", so the fact naming the CEO said Yes of him
    # and No of another; the facts tell of no co-CEO
    first = core.ask(question).text.splitlines()[0]
    assert not first.startswith(("Yes", "No")), first


def test_a_role_told_only_of_another_takes_an_before_a_vowel(core: Core) -> None:
    # review of the thirty-second session: the untold-role lead wrote "a executive"
    first = core.ask("is peter thiel an executive of palantir").text.splitlines()[0]
    assert " a executive" not in first, first


@pytest.mark.parametrize(
    "question",
    [
        "does palantir work with cbp",  # was Salesforce's CBP contract (fresh tester 32)
        "did microsoft employees protest palantir",  # was Microsoft's staff letter to their own CEO
    ],
)
def test_a_yes_no_question_is_not_led_by_a_fact_of_another_party_that_never_names_the_one_asked_of(
    core: Core, question: str
) -> None:
    a = core.ask(question)
    assert not a.answered and "Palantir" in a.text.splitlines()[0], a.text


def test_a_synonym_read_for_a_typed_word_does_not_make_the_fact_of_the_actor_asked_about_untold(core: Core) -> None:
    # blind set AK: "cave" is read as the brief's "budge", which only Karp's "didn't budge" states; Salesforce's own
    # fact was set aside as not telling it of Salesforce ("The articles I have don't tell that of Salesforce")
    a = core.ask("did salesforce cave and cancel the cbp contract")
    assert a.answered and _first_line(a.text).startswith("No"), a.text
    assert "Salesforce" in _first_line(a.text)


def test_a_fact_denying_the_asked_act_settles_it_though_it_scores_a_little_below_the_best(core: Core) -> None:
    # blind set AK: the petition fact ("tried to hand over a petition") shares more of the question's words; VICE's
    # "refused entry twice", the opposite of getting in, scored 0.79 of it and was left out of the settling ones
    line = _first_line(core.ask("did they get in to hand over the petition in nyc").text)
    assert _says_no(line) and "refused entry" in line, line


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # blind set AK: was the letter taped to the door; "say" is no word of the silent fact's, which was not found
        ("did palantir say anything about the palo alto protest", "31 July 2018"),
        ("did palantir react to the 2018 protest", "31 July 2018"),
        ("did palantir comment to business insider?", "Business Insider"),
    ],
)
def test_whether_someone_spoke_up_on_an_occasion_is_answered_by_their_not_responding_right_away(
    core: Core, question: str, said: str
) -> None:
    line = _first_line(core.ask(question).text)
    assert _says_not_then(line) and "did not" in line and said in line, line


@pytest.mark.parametrize(
    "question",
    [
        "did palantir say anything",  # one request left unanswered is no silence on everything
        "did palantir say that its contract was not helping deportations",  # given words: it had said them
    ],
)
def test_whether_someone_said_anything_at_all_or_given_words_is_not_answered_no_by_one_silence(
    core: Core, question: str
) -> None:
    line = _first_line(core.ask(question).text)
    assert not _says_no(line), line


def test_a_name_after_an_article_is_read_whole_not_as_an_alias_opening_with_the_article(core: Core) -> None:
    # blind set AK: "the border patrol" was read as the US-Mexico border's alias "the border" and a stray "patrol",
    # and VICE's zero-tolerance fact (Border Patrol stations, no FALCON) led the answer as if it settled it
    line = _first_line(core.ask("did palantir build falcon for the border patrol").text)
    assert "zero-tolerance" not in line and not line.startswith(("Yes", "No")), line


def test_whether_an_effort_worked_is_found_by_its_not_succeeding_and_answered_no(core: Core) -> None:
    # "worked" is no word of the fact telling "none of those campaigns had succeeded", which was not among the
    # candidates; a negative subject ("none of …") before the act says no as a negation right before it does
    line = _first_line(core.ask("had any of the tech worker campaigns against ice actually worked by july 2018?").text)
    assert "none of the employee and activist campaigns" in line, line
    line = _first_line(core.ask("had any of the salesforce/microsoft/amazon campaigns worked by july 2018?").text)
    assert _says_no(line) and "had succeeded" in line, line


def test_whether_an_effort_worked_that_no_fact_settles_is_said_untold_not_led_by_a_fact_of_it(core: Core) -> None:
    # blind set AK: was the GitHub protest's description; none of the other campaigns' failure is of these protests
    a = core.ask("did the protests work")
    assert not a.answered and "don't say whether that worked" in _first_line(a.text), a.text
    assert not _says_no(_first_line(core.ask("did palantir work with ice").text))  # working with: no effort's outcome


@pytest.mark.parametrize(
    "question",
    [
        "did anyone get arrested at the palantir protests",  # blind set AK: "arrests …; these set off the protests"
        "did anyone get arrested at the github protest",  # was "Yes:": "held a protest … after reports … arrest"
    ],
)
def test_an_act_asked_at_an_occasion_told_only_of_another_is_said_untold_there(core: Core, question: str) -> None:
    line = _first_line(core.ask(question).text)
    assert line.startswith("The articles I have don't say that happened there"), line


def test_an_act_told_at_the_occasion_later_in_its_clause_is_still_settled_yes(core: Core) -> None:
    # "defended Palantir's decision to keep working with ICE at a company town hall meeting": 9 words apart
    line = _first_line(core.ask("did karp defend the ice work at the town hall").text)
    assert line.startswith("Yes: ") and "town hall" in line, line


def test_a_persons_act_the_lead_fact_never_states_is_said_untold_of_them(core: Core) -> None:
    # blind set AK: "… gathered … to present the company's employees and its CEO Alex Karp with a letter" read as if
    # they met him; it tells of Karp as the one a letter was for, never of a meeting (the door stayed shut)
    line = _first_line(core.ask("did karp meet the protesters").text)
    assert line.startswith("The articles I have don't tell that of Alex Karp"), line


def test_a_persons_act_told_in_other_words_by_a_fact_opening_with_them_is_not_said_untold(core: Core) -> None:
    # "cave" is not stated, but "Alex Karp did not change course" is of him, and says no
    line = _first_line(core.ask("did karp cave").text)
    assert _says_no(line), line


def test_whether_a_change_was_made_that_no_fact_tells_says_the_articles_end_before_it(core: Core) -> None:
    # blind set AK: was a protest planned "over Amazon hosting Palantir's technology", read as an answer
    a = core.ask("did amazon stop hosting palantir")
    assert not a.answered and _first_line(a.text).startswith("The articles I have end in"), a.text


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("did ice cancel the palantir contract", "renewed"),  # the change's opposite, told of the other party
        ("Did Amazon employees ask AWS to drop Palantir?", "urged"),  # a change asked for, not made
        ("did everyone going into the ny building take the flier", "refused"),  # "kept out" is no going on
    ],
)
def test_a_fact_telling_what_became_of_it_or_another_act_still_answers(core: Core, question: str, told: str) -> None:
    line = _first_line(core.ask(question).text)
    assert told in line, line


def test_whether_someone_spoke_to_an_outlet_is_answered_by_not_responding_to_that_outlet(core: Core) -> None:
    # the Hill's "did not respond … on the May 2019 protests" never says GitHub: it covered 0.43 of the question and
    # the GitHub protest's description (keyword "comments") led
    line = _first_line(core.ask("did palantir say anything to the hill regarding the github protest").text)
    assert _says_not_then(line) and "The Hill" in line, line


@pytest.mark.parametrize(
    "question",
    ["did palantir get back to the hill when they asked for comment", "did palantir get back to the hill"],
)
def test_getting_back_to_someone_is_read_as_responding(core: Core, question: str) -> None:
    # (blind set BG: "get back to" an outlet, an English phrasal verb for responding, was read as "back" and refused;
    # the Hill tells Palantir did not respond right away)
    line = _first_line(core.ask(question).text)
    assert _says_not_then(line) and "did not respond" in line, line


@pytest.mark.parametrize(
    "question",
    [
        "did the hill say anything about the github protest",  # was "No: Palantir did not respond … The Hill asked"
        "did vice say anything about the palo alto protest",  # was "No: VICE News headlined its report …"
    ],
)
def test_whether_an_outlet_said_anything_is_never_answered_no_by_someone_elses_silence(
    core: Core, question: str
) -> None:
    line = _first_line(core.ask(question).text)
    assert not _says_no(line), line


def test_whether_a_named_person_spoke_up_is_said_untold_when_no_close_fact_gives_their_words(core: Core) -> None:
    # a fact naming Trump (Thiel a supporter of his, the Truthout headline on his crackdown) gives no word of his
    a = core.ask("did trump say anything about palantir's work for ice")
    assert not a.answered and "don't tell that of President Donald Trump" in _first_line(a.text), a.text


def test_whether_an_effort_worked_is_answered_no_by_what_was_done_in_spite_of_it(core: Core) -> None:
    # "Microsoft decided to keep its contract with ICE despite a letter with 300,000 signatures": was said untold
    line = _first_line(core.ask("did the microsoft letter work").text)
    assert _says_no(line) and "despite a letter" in line, line


def test_whether_the_one_effort_worked_is_not_answered_no_by_other_efforts_failing(core: Core) -> None:
    # "the campaign" is one; "none of the … campaigns against … Microsoft, Amazon and Salesforce" are others'
    line = _first_line(core.ask("did the campaign succeed").text)
    assert not _says_no(line), line


def test_whether_a_person_spoke_up_is_not_said_untold_when_a_close_fact_tells_them_doing_so_in_other_words(
    core: Core,
) -> None:
    # "Alex Karp defended Palantir's decision … at a company town hall meeting": no reporting verb, but of him
    line = _first_line(core.ask("did karp speak to the employees about ice").text)
    assert "don't tell that of Alex Karp" not in line, line


def test_work_as_the_noun_another_act_is_done_to_asks_no_effort_whether_it_worked(core: Core) -> None:
    # "its ice work" is what ending was done to: the other campaigns' failure was found for it as for "did X work"
    line = _first_line(core.ask("did amazon end its ice work").text)
    assert "succeeded" not in line and "worked" not in line, line


@pytest.mark.parametrize(
    "question",
    ["microsoft drop its ice deal after nadella got the letter?", "so microsoft dropped its ice contract?"],
)
def test_a_statement_made_a_question_by_its_question_mark_alone_gets_a_verdict(core: Core, question: str) -> None:
    # a name then its act, no auxiliary ("did" left out in chat): whether it did, as "did microsoft drop …" is asked
    a = core.ask(question)
    assert a.kind == "yes-no", a.kind
    line = _first_line(a.text)
    assert _says_no(line) and "keep its contract" in line, line


def test_a_name_then_a_noun_with_a_question_mark_is_no_yes_no_question(core: Core) -> None:
    # "karp response to the protests?": "response" is no verb, so nothing is stated to be asked whether it happened
    assert core.ask("karp response to the protests?").kind != "yes-no"


def test_whether_a_name_is_what_a_word_says_is_untold_when_the_fact_says_the_word_only_of_another_noun(
    core: Core,
) -> None:
    # a "lucrative relationship" between tech companies and ICE (the brief said "profitable" until blind set BS had
    # it keep the article's word): the relationship is called so, not Palantir
    a = core.ask("is palantir lucrative")
    assert not a.answered, a.text
    assert _first_line(a.text).startswith("The articles I have don't say whether Palantir Technologies is lucrative")


def test_whether_someone_said_quoted_words_is_settled_by_the_fact_with_those_words(core: Core) -> None:
    # fresh tester 34: 'did karp say "it's just paper"' led with another fact of Karp's ("did not change course"),
    # though an organizer shouted the words; 'did karp say "that is a loser position"' was refused, though he did
    line = _first_line(core.ask('did karp say "it\'s just paper"').text)
    assert "change course" not in line and not line.startswith("Yes"), line
    a = core.ask('did karp say "that is a loser position"')
    assert a.answered and "loser position" in _first_line(a.text), a.text


def test_a_no_to_an_act_done_to_someone_needs_the_fact_to_deny_it_of_them(core: Core) -> None:
    # fresh tester 34: "did palantir respond to the protesters" was answered "No: Palantir did not respond right
    # away when The Hill asked it to comment …": a press request, not the protesters
    line = _first_line(core.ask("did palantir respond to the protesters").text)
    assert not _says_no(line), line
    line = _first_line(core.ask("did palantir respond to the hill").text)  # whom the fact denies it of: not then
    assert _says_not_then(line), line


def test_a_partys_own_word_on_an_act_does_not_lead_over_a_fact_telling_the_act(core: Core) -> None:
    # fresh tester 34: "did palantir help ice deport people" led with Palantir's own claim that its contract "was
    # not helping the agency deport"; VICE states in its own voice that ICE used the software for deportations
    line = _first_line(core.ask("did palantir help ice deport people").text)
    assert "had earlier said" not in line and "deportations" in line, line


def test_a_yes_no_question_naming_a_year_is_not_answered_with_another_years_act_as_if_of_it(core: Core) -> None:
    # fresh tester 34: "did palantir employees sign a letter in 2019" led with the 2018 letter alone
    line = _first_line(core.ask("did palantir employees sign a letter in 2019").text)
    assert line.startswith("The articles I have don't tell of that in 2019"), line
    line = _first_line(core.ask("did palantir employees sign a letter in 2018").text)  # the year it was
    assert "don't tell of that" not in line, line


def test_called_that_a_name_is_no_request_so_the_fact_settles_whether_it_was_said(core: Core) -> None:
    a = core.ask("did karp say that is a loser position")
    assert a.answered and "a loser position" in _first_line(a.text), a.text


@pytest.mark.parametrize(
    "question", ["is the ice contract worth $150 million", "is palantir's ice contract worth 150 million dollars"]
)
def test_a_verdict_on_one_things_worth_is_not_given_by_a_total(core: Core, question: str) -> None:
    # tester 37: "Over $150 million: … ICE has paid Palantir over $150 million in total for … both …" read as a yes
    a = core.ask(question)
    assert not a.answered, a.text
    assert _first_line(a.text) == messages.SUM_ONLY_TOTAL.format(noun="contract", sum="$150 million")
    assert core.ask("has ice paid palantir 150 million").answered  # the total itself is asked


def test_a_sum_asked_of_a_thing_by_what_was_done_to_it_needs_a_fact_telling_that_act(core: Core) -> None:
    # tester 37: "the renewed contract" led by the $49 million contract, which no article says was renewed
    a = core.ask("was the renewed contract worth 49 million")
    assert not a.answered, a.text
    assert _first_line(a.text) == messages.SUM_UNLINKED.format(sum="$49 million", name="the renewed contract")
    a = core.ask("was the renewed contract worth 39 million")  # the 2015 renewal's sum
    assert a.answered and "renewed" in _first_line(a.text), a.text


def test_a_yes_no_question_tying_a_named_sum_to_a_thing_no_fact_ties_it_to_says_the_articles_dont(
    core: Core,
) -> None:
    # tester 36: led by the case-management contract's end, which gives no sum: read as a "yes"
    a = core.ask("was the 53 million contract for ICM")
    assert not a.answered, a.text
    assert _first_line(a.text) == messages.SUM_UNLINKED.format(
        sum="$53 million", name="Investigative Case Management (ICM)"
    )
    a = core.ask("was the 53 million contract for TECS")  # a fact ties them
    assert a.answered and "$53 million" in _first_line(a.text)


@pytest.mark.parametrize(
    "question",
    ["did ice pay palantir 150 million for the 49m contract", "did palantir get $150 million for the $49m contract"],
)
def test_a_sum_asked_of_a_thing_named_by_another_sum_needs_a_fact_stating_both(core: Core, question: str) -> None:
    # fresh tester 93: led by the $150 million total for ICM and FALCON, unjudged: read as a yes
    a = core.ask(question)
    assert not a.answered, a.text
    assert _first_line(a.text) == messages.SUM_UNLINKED.format(sum="$150 million", name="the $49 million contract")


@pytest.mark.parametrize("question", ["did palantir ever drop ice", "did palantir ever drop its ice contract"])
def test_an_adverb_between_the_name_and_its_verb_still_asks_of_that_act(core: Core, question: str) -> None:
    # "did the guild ever drop the harbour": "ever" sits between the subject and its verb; the act is still a drop
    a = core.ask(question)
    assert a.answered and _says_no(_first_line(a.text))
    assert a.items[0].id == "contract-renewed-2019-08-19"


def test_a_fact_telling_how_a_request_fared_is_no_mere_demand_so_it_answers_the_act(core: Core) -> None:
    # "did the guild answer the Gazette's request": "did not respond when the Gazette asked it to comment" tells how
    # the request fared, so it answers (never a "Yes" on the asked "comment"), not "no sourced answer"
    a = core.ask("did palantir answer the hill's request for comment")
    assert a.answered and a.items[0].id == "hill-palantir-no-comment"
    assert not _first_line(a.text).startswith("Yes")


@pytest.mark.parametrize("question", ["did employees resign at palantir", "did employees resign"])
def test_an_act_told_of_others_than_the_asked_subject_is_no_yes(core: Core, question: str) -> None:
    # the flyer tells of resignations by "employees at other tech firms", not by the employees asked about
    # (fresh tester 37)
    a = core.ask(question)
    assert not a.lead.startswith("Yes"), a.text


@pytest.mark.parametrize(
    "question",
    [
        "did the july 12 protest happen",
        "did the july 12 protest actually take place",
        "did the 49m contract take effect",  # fresh tester 40: led by the VICE report's date ("had yet to take effect")
        "did the september 20 contract go into effect",
        # blind set AW: led by the contract's planned start ("go through", after a leading "so")
        "so did the 49m contract actually go through on sept 20 or did palantir back out",
        "did the 49m contract go through",
    ],
)
def test_whether_an_event_only_planned_came_off_is_said_to_be_untold(core: Core, question: str) -> None:
    # fresh tester 39: led "Close the Camps Bay Area planned a protest … on 12 July 2019" as if it settled it
    a = core.ask(question)
    assert not a.answered and a.text.startswith(messages.ONLY_PLANNED), a.text


@pytest.mark.parametrize("question", ["has palantir ever dropped a contract", "did palantir ever cancel any contracts"])
def test_one_agreement_kept_is_no_no_to_whether_any_was_ever_dropped(core: Core, question: str) -> None:
    # fresh tester 39: "No, as of 22 August 2019" from the renewal of one contract
    a = core.ask(question)
    assert not a.answered and not a.text.startswith("No"), a.text
    assert core.ask("did palantir cancel its ice contract").lead.startswith("No, as of 22 August 2019: ")


@pytest.mark.parametrize(
    "question",
    [
        "is the 49 million contract the same as the 38 million one",  # fresh tester 39: the $49M fact led
        "are the 38m and 39m contracts the same",
        "is the 53m tecs contract the same as the 53m one gizmodo mentioned",
    ],
)
def test_whether_two_things_are_one_that_no_fact_settles_is_said_to_be_untold(core: Core, question: str) -> None:
    a = core.ask(question)
    assert not a.answered and a.text.startswith(messages.SAME_UNTOLD), a.text
    # one glossary entry named twice, by its old name and its new one: the articles tell that much
    b = core.ask("is palantir gotham the same as palantir government")
    assert b.answered and "now called Palantir Gotham" in b.lead, b.text


def test_a_fact_telling_of_two_things_at_the_same_time_does_not_settle_whether_two_things_are_one(core: Core) -> None:
    # fresh tester 48: "is the 53 million contract the same as the tecs contract" led with the TECS contract, no "don't
    # say whether", because a close fact tells of another contract given "at the same time as" it
    a = core.ask("is the 53 million contract the same as the tecs contract")
    assert not a.answered and a.text.startswith(messages.SAME_UNTOLD), a.text
    # nor does a question asking of one time ask whether two things are one
    b = core.ask("and northrop grumman got what at the same time?")
    assert b.answered and "$400 million" in b.lead, b.text


def test_a_persons_act_followed_by_a_preposition_is_checked_against_what_the_fact_tells_of_them(core: Core) -> None:
    # fresh testers 39 and 41: "did karp meet with the protesters" led with the protest that came to hand him a
    # letter, which a reader may take for a yes; "meet" before "with" was not read as the asked act
    a = core.ask("did karp meet with the protesters")
    assert a.text.startswith("The articles I have don't tell that of Alex Karp"), a.text
    assert "letter" in a.text  # what the articles do tell is offered


def test_an_act_the_statement_gives_only_in_quotation_marks_is_no_yes(core: Core) -> None:
    # "did palantir lie about deportations": the statement has Truthout's words ("was lying"); with "lie" read as the
    # act, a quote the fact rests on made it a "Yes" in the bot's own voice
    line = _first_line(core.ask("did palantir lie about deportations").text)
    assert not line.startswith("Yes") and "was lying" in line, line
    assert _first_line(core.ask("did palantir renew its ice contract").text).startswith("Yes"), "a plain yes still"


def test_a_verdict_on_the_document_naming_no_party_is_not_given_from_another_partys_document(core: Core) -> None:
    # fresh tester 41: "was the 2018 letter signed by 300,000 people" led bare with the letter to Microsoft's CEO;
    # the letter asked of, naming no one, is the brief's own subject's
    a = core.ask("was the 2018 letter signed by 300,000 people")
    assert a.text.startswith(messages.NOT_TOLD_OF.format(name="Palantir Technologies")), a.text
    # a party named, the verdict is of its letter
    assert core.ask("was the 300k letter given to nadella").lead.startswith("Microsoft decided")


def test_dropping_something_off_is_delivering_it_not_dropping_it(core: Core) -> None:
    # "did they get in to drop off the petition": "drop off" is delivering (a phrasal verb), never "drop" and its
    # synonym "cancel"; the fact that they were refused entry as they tried to deliver it answers, with a "No"
    a = core.ask("did they get in to drop off the petition in nyc")
    assert a.answered and a.lead.startswith("No") and "refused entry" in a.lead, a.text


def test_a_no_from_the_opposite_of_an_ending_act_holds_as_of_the_articles_date(core: Core) -> None:
    # fresh tester 41: "did palantir cancel the ice contract" led "No:" from the renewal, with no date, while "did
    # palantir ever drop ice" says "No, as of 22 August 2019": a contract renewed then may be cancelled later
    assert core.ask("did palantir cancel the ice contract").lead.startswith("No, as of 22 August 2019: ")
    assert core.ask("did microsoft drop its ice contract").lead.startswith("No, as of 31 July 2018: ")
    # an occasion's act told undone is a plain no: a door stays shut on that day
    assert _first_line(core.ask("were the nyc protesters let in").text).startswith("No: ")
    assert _first_line(core.ask("did the github messages stay up").text).startswith("No: ")


def test_a_year_asked_of_what_an_undated_fact_tells_is_said_to_be_untold(core: Core) -> None:
    # fresh tester 41: "was karp at the town hall in 2019" led with the undated town hall, which reads as a yes to 2019
    a = core.ask("was karp at the town hall in 2019")
    assert a.lead.startswith("The articles I have don't say that was in 2019; they give no date for it: "), a.text
    assert "town hall" in a.lead  # what the articles do tell is offered
    assert not core.ask("was karp at the town hall").lead.startswith("The articles I have")  # no year asked


def test_whether_a_person_was_at_an_occasion_is_untold_by_a_fact_naming_them_otherwise(core: Core) -> None:
    # fresh tester 41: "was thiel at any of the protests" led with the protests against the "Peter Thiel-founded"
    # firm, which reads as a yes, while "did thiel attend" was refused
    a = core.ask("was thiel at any of the protests")
    assert a.lead.startswith("The articles I have don't tell that of Peter Thiel; they tell only this: "), a.text
    # a fact telling the person doing something there is no "untold"
    assert not core.ask("was karp at the town hall").lead.startswith("The articles I have")


def test_a_reason_asked_that_the_fact_does_not_give_is_said_to_be_untold(core: Core) -> None:
    # fresh tester 41: "did the privacy conference drop palantir because of ice" led with the conference dropping
    # Palantir, which reads as a yes to the reason too; the article gives none
    a = core.ask("did the privacy conference drop palantir because of ice")
    assert a.lead.startswith("The articles I have don't say that was why; they tell only this: "), a.text
    assert "Privacy Law Scholars Conference" in a.lead  # what the articles do tell is offered
    assert not core.ask("did the privacy conference drop palantir").lead.startswith("The articles I have")


def test_whether_a_piece_mentioned_something_is_untold_when_only_the_articles_framing_names_it(core: Core) -> None:
    # fresh tester 41: "did the washington post op-ed mention ice" led with the op-ed, whose quoted words do not name
    # ICE (VICE's framing after them does), which reads as a yes
    a = core.ask("did the washington post op-ed mention ice")
    assert a.lead.startswith("The articles I have don't say whether that was mentioned; they tell only this: "), a.text
    assert "picking and choosing" in a.lead  # what the articles do tell is offered


def test_people_of_a_named_party_asked_as_doers_are_untold_by_a_fact_naming_others(core: Core) -> None:
    # fresh tester 41: "did palantir employees sign the 140,000 petition" led with the protesters' petition, which does
    # not say who signed it, and read as a yes
    a = core.ask("did palantir employees sign the 140,000 petition")
    assert a.lead.startswith("The articles I have don't tell that of Palantir Technologies employees; "), a.text
    assert "140,000" in a.lead  # what the articles do tell is offered
    # a word the brief gives for them is them ("staff" for "employees"); a fact naming them is no "untold"
    assert _says_no(_first_line(core.ask("did palantir staff accept the letter").text))
    assert not core.ask("did palantir employees sign a letter").lead.startswith("The articles I have")


def test_people_of_a_named_party_asked_by_another_word_for_their_role_are_the_ones_the_fact_names(core: Core) -> None:
    # fresh tester 50: "did amazon workers protest palantir" was told "don't tell that of Amazon workers" against a
    # fact of Amazon employees: a worker and an employee are the same part played
    for question, told in (
        ("did amazon workers protest palantir", "Amazon employees urged"),
        ("did palantir workers sign a letter", "Palantir employees reportedly signed"),
    ):
        line = _first_line(core.ask(question).text)
        assert not line.startswith("The articles I have") and told in line, question


def test_a_claim_put_to_the_test_led_by_the_named_partys_own_word_says_whose_word_it_is(core: Core) -> None:
    # fresh tester 41: "… palantir only does criminal investigations for ice and not deportations is that true" led
    # bare with Palantir's own claim, which reads as the articles confirming it (they go on to documents against it)
    a = core.ask(
        "ok so my coworker says palantir only does criminal investigations for ice and not deportations is that true"
        " according to the articles"
    )
    assert a.lead.startswith("The articles I have give that as Palantir Technologies' own claim: "), a.text
    # whether the party said so is told by the fact: no such lead
    said = core.ask("is it true palantir said its contract was not helping deport immigrants")
    assert said.lead.startswith("Palantir had earlier said"), said.text


def test_an_act_whose_word_the_fact_has_only_as_a_noun_is_untold_of_the_one_asked(core: Core) -> None:
    # fresh tester 41: "did palantir build the ICE detention centers" led with protesters outside "the New York
    # building", whose "building" was taken for the act, and read as a yes
    a = core.ask("did palantir build the ICE detention centers")
    assert a.lead.startswith("The articles I have don't tell that of Palantir Technologies; "), a.text
    # "showed that Palantir “was lying”": "that" opens a clause, and the act stays told (no "untold" lead)
    assert "The articles I have" not in _first_line(core.ask("did palantir lie about deportations").text)


def test_an_act_the_fact_tells_only_as_tried_is_said_to_be_only_tried(core: Core) -> None:
    # fresh tester 41 (§2.22, of the 140,000 petition): a bare lead with "tried to deliver" reads as done
    a = core.ask("did the protesters deliver the petition")
    assert a.lead.startswith("The articles I have tell of it only as tried: "), a.text
    # a "No" from what followed the attempt stays ("refused entry" for getting in)
    assert _says_no(_first_line(core.ask("did the nyc protesters get inside").text))


def test_an_ing_noun_after_a_determiner_is_no_act_told_done(core: Core) -> None:
    # fresh tester 42: "did palantir meet with the dc organizer" led "Yes:" from an organizer "asking a Palantir
    # employee for a meeting" (she was told to leave): "a meeting" asked for is no meeting held
    line = _first_line(core.ask("did palantir meet with the dc organizer").text)
    assert not line.startswith("Yes") and "told to leave" in line, line


def test_an_act_the_fact_never_states_nor_denies_is_said_to_be_untold(core: Core) -> None:
    # "did palantir's ppl in dc agree to sit down w the organizer?" led bare with the organizer's words to an
    # employee, which a reader may take for a yes
    line = _first_line(core.ask("did palantir's ppl in dc agree to sit down w the organizer?").text)
    assert line.startswith("The articles I have don't say that; they tell only this: "), line
    # a fact saying no in other words is left to the verdict reader, never called untold
    assert not _first_line(core.ask("did palantir staff let the 2018 protesters in").text).startswith("The articles")


def test_a_verb_closing_the_question_after_a_name_is_its_act(core: Core) -> None:
    # fresh tester 42 (§1b.12): "did trump comment" led bare with a fact naming him only as someone's ally; after
    # "did" and a name, a closing word can only be the bare verb ("comment" is a noun too)
    line = _first_line(core.ask("did trump comment").text)
    assert line.startswith("The articles I have don't tell that of President Donald Trump; "), line


def test_an_act_told_only_of_others_than_the_subject_asked_is_said_to_be_untold(core: Core) -> None:
    # fresh tester 42 (§1b.10): "did any palantir employees resign" led bare with a flyer's "employees at other tech
    # firms had organized … mass resignations", which a reader may take for a yes
    line = _first_line(core.ask("did any palantir employees resign").text)
    assert line.startswith("The articles I have don't say that; they tell only this: "), line
    # §1b.11: with no act found ("strike" is a noun too), a word asked that the fact has only as others
    line = _first_line(core.ask("did palantir employees strike").text)
    assert line.startswith("The articles I have don't say that; they tell only this: "), line


def test_a_no_to_the_asked_word_of_another_subject_is_no_verdict(core: Core) -> None:
    # fresh tester 42 (§1a.3): "did the protests change anything" led "No:" from "Karp did not change course": with
    # no act found ("change" is a noun too), the question's subject before the word must stand before the negation
    line = _first_line(core.ask("did the protests change anything").text)
    assert not _says_no(line), line
    # the subject named before it still gets its no
    assert _says_no(_first_line(core.ask("did karp change course").text))


def test_an_outlet_named_before_a_verb_is_its_doer_and_the_act_is_checked(core: Core) -> None:
    # fresh tester 42 (§1b.13): "did the hill interview mijente" led bare with a fact of what Mijente is; an outlet
    # named before "interview" makes it the act ("interview" is a noun too), which that fact never tells
    line = _first_line(core.ask("did the hill interview mijente").text)
    assert line.startswith("The articles I have don't say that; they tell only this: "), line


def test_an_act_told_only_of_an_unnamed_other_in_a_relative_clause_is_said_to_be_untold(core: Core) -> None:
    # fresh tester 42 (§1b.18): "did any palantir employee speak to the press" led bare with "… according to a
    # source who spoke to Business Insider": the source spoke, not an employee the article names as one
    line = _first_line(core.ask("did any palantir employee speak to the press").text)
    assert line.startswith("The articles I have don't say that; they tell only this: "), line
    # "the … Department, which uses it": the one asked in other words, never called untold
    assert not _first_line(core.ask("does lapd actually use palantir").text).startswith("The articles")


def test_a_leader_asked_by_role_is_untold_in_a_fact_of_the_organization_alone(core: Core) -> None:
    # fresh tester 42 (§1b.16): "did the ceo of salesforce respond" led bare with Salesforce refusing to cancel its
    # contract; no article names or quotes its CEO
    line = _first_line(core.ask("did the ceo of salesforce respond").text)
    assert line.startswith("The articles I have don't tell that of the CEO of Salesforce; "), line
    # a fact naming the leader keeps its verdict
    assert _says_no(_first_line(core.ask("did the ceo budge").text))


def test_whether_a_name_is_of_a_kind_is_settled_by_its_description(core: Core) -> None:
    # fresh tester 43: "was sophie hurwitz a protester" led with a fact she reported, no verdict; the glossary
    # entry describes her as a reporter, which does not exclude a protester: untold, with what she is called
    line = _first_line(core.ask("was sophie hurwitz a protester").text)
    assert line.startswith("The articles I have don't say that; they describe Sophie Hurwitz as a reporter"), line
    line = _first_line(core.ask("was audrey sasson a reporter").text)
    assert line.startswith("The articles I have don't say that; they describe Audrey Sasson as executive"), line
    # the role the entry states, or one of its part, is a "Yes"
    for q in ("is sophie hurwitz a reporter", "was sophie hurwitz a journalist"):
        line = _first_line(core.ask(q).text)
        assert line.startswith("Yes: the articles describe Sophie Hurwitz as a reporter"), (q, line)
    # a group is never a person
    assert _first_line(core.ask("is mijente a person").text).startswith("No: the articles describe Mijente as")


def test_a_change_a_fact_tells_only_as_an_aim_does_not_settle_whether_it_came(core: Core) -> None:
    # "rallied … to get the company to stop collaborating": what the protesters wanted, not that it stopped
    a = core.ask("did the 2019 protests stop the contract")
    assert not a.answered
    assert _first_line(a.text).startswith("The articles I have end in"), a.text


def test_a_reply_received_asks_whether_anyone_replied_and_a_fact_of_no_reply_gives_no_verdict(core: Core) -> None:
    # fresh tester 44 §1.3: "did the 2018 letter get a reply from karp" was led, with no verdict, by the protest that
    # came to hand the letter over; "get a reply" is the act of replying, which no article tells of
    line = _first_line(core.ask("did the 2018 letter get a reply from karp").text)
    assert not line.startswith("On Tuesday 31 July 2018"), line
    assert not line.startswith("Yes"), line


def test_an_act_asked_at_a_named_place_is_no_yes_from_a_fact_telling_it_done_elsewhere(core: Core) -> None:
    # fresh tester 46: "did anyone get arrested at palantir" led "Yes:" with the arrests Palantir's products helped ICE
    # carry out: the name after "at" is where the act is asked, and no article tells of arrests at Palantir
    for question in ("did anyone get arrested at palantir", "was anyone arrested at palantir"):
        line = core.ask(question).text.splitlines()[0]
        assert not line.startswith("Yes"), line
        assert line.startswith("The articles I have don't say that happened there"), line


def test_presence_asked_of_a_person_is_untold_by_a_fact_of_them_naming_no_such_occasion(core: Core) -> None:
    # fresh tester 46: "was thiel at the town hall" led with "Peter Thiel is a co-founder of Palantir …", which
    # opens with him but tells nothing of a town hall; Karp's fact names the town hall he spoke at
    line = core.ask("was thiel at the town hall").text.splitlines()[0]
    assert line.startswith("The articles I have don't tell that of Peter Thiel"), line
    line = core.ask("was karp at the town hall").text.splitlines()[0]
    assert not line.startswith("The articles I have don't") and "town hall" in line, line


def test_a_passive_act_asked_of_people_is_not_implied_by_a_fact_telling_something_else_of_them(core: Core) -> None:
    # fresh tester 46: "did the protesters in nyc in sept get arrested" led with "they were refused entry twice",
    # which a reader could take for arrests; no article tells of arrests there, and the lead now says so
    line = core.ask("did the protesters in nyc in sept get arrested").text.splitlines()[0]
    assert line.startswith("The articles I have don't say that; they tell only this: "), line
    # a passive of things, or a request passed on, may be told in other words: no such hedge
    line = core.ask("were officers told to use palantir's phone app before the raids").text.splitlines()[0]
    assert not line.startswith("The articles I have don't"), line
    assert not core.ask("is tech worker activism growing").text.startswith("The articles I have don't")


def test_a_yes_no_payment_asked_the_other_way_round_is_told_so(core: Core) -> None:
    # fresh tester 47: "did palantir pay ice $150 million" gave ICE's payment to Palantir as if it settled it
    # fresh tester 86: a "No" with the payment as told, so a line copied keeps who paid whom; "is it true (that)"
    # opens a claim whose own words say who paid
    for question in ("did palantir pay ice $150 million", "is it true palantir paid 150 million to ice"):
        line = core.ask(question).text.splitlines()[0]
        assert line.startswith("No: they tell of a payment the other way round: "), line
        assert "ICE has paid Palantir" in line, line
    # the payment asked the right way round is still answered
    a = core.ask("did ice pay palantir over 150 million")
    assert a.answered and "150" in a.text.splitlines()[0], a.text


def test_an_act_done_to_anyone_is_checked_against_the_fact(core: Core) -> None:
    # t46a: "did police arrest anyone in dc" led "… and Palantir called the police", as if that settled it
    line = core.ask("did police arrest anyone in dc").text.splitlines()[0]
    assert "called the police" not in line or line.startswith("The articles I have don't"), line
    # a word before "anyone" that is a noun too is never a "Yes" on a fact using it as the noun ("under fire")
    assert not core.ask("did palantir fire anyone").text.startswith("Yes"), core.ask("did palantir fire anyone").text


def test_is_x_a_described_thing_leads_with_the_fact_calling_it_so(core: Core) -> None:
    # fresh tester 47: "is palantir a surveillance company" led with the glossary entry, while Truthout calls it
    # exactly that
    a = core.ask("is palantir a surveillance company")
    line = a.text.splitlines()[0]
    assert a.answered and "surveillance company" in line and not line.startswith("Yes"), line


def test_what_something_became_is_told_only_after_a_verb_of_becoming(core: Core) -> None:
    # fresh tester 47: "did palantir go public" led with workers' "public campaigns" (The Hill)
    a = core.ask("did palantir go public")
    assert not a.answered, a.text
    # a particle after "go" asks another act, answered as before
    assert core.ask("did the github protest go on for days").answered


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("did 300,000 palantir employees sign a letter", "300,000"),
        ("did over 200 employees sign the petition in august 2019", "over 200"),
    ],
)
def test_a_count_of_people_the_fact_does_not_give_is_said_to_be_untold(core: Core, question: str, count: str) -> None:
    # fresh tester 47: the fact's "more than 200" / "more than 60" was given with no word on the count asked
    line = core.ask(question).text.splitlines()[0]
    assert line.startswith(messages.COUNT_NOT_GIVEN_LEAD.format(count=count, statement="")), line
    # the count the fact gives is no such hedge
    assert not core.ask("did 60 employees sign the petition").text.startswith("The articles I have")


@pytest.mark.parametrize("question", ["was priscilla gonzalez arrested", "did priscilla gonzalez get arrested"])
def test_a_passive_act_asked_of_a_named_person_whose_fact_tells_only_her_role_is_said_unstated(
    core: Core, question: str
) -> None:
    # fresh tester 48: her role led as if it answered; like "was the dc organizer arrested", the fact is no answer
    line = _first_line(core.ask(question).text)
    assert line.startswith("The articles I have don't say that; they tell only this: "), line


@pytest.mark.parametrize("question", ["did the washington post op-ed mention ice", "did karp talk about immigrants"])
def test_a_lead_saying_only_that_whether_something_was_mentioned_is_untold_is_no_answer(
    core: Core, question: str
) -> None:
    # review 22 L5: "don't say whether that was mentioned; they tell only this" gives neither a verdict nor a premise
    # declined, only a pointer at what is told: no answer (logged as a gap), its wording kept
    a = core.ask(question)
    assert a.lead.startswith(messages.MENTION_UNTOLD_LEAD.split("{")[0]), a.text
    assert not a.answered and a.outcome == "no_match", a.text


def test_a_lead_declining_the_premise_about_one_named_answers_the_yes_no(core: Core) -> None:
    # review 22 L5: "don't tell that of <the one named>; they tell only this" puts the premise asked to the test and
    # declines it (the development set's false premises expect it as the answer), as "don't say that was why" does
    a = core.ask("did karp meet with protesters")
    assert a.lead.startswith(messages.NOT_TOLD_OF_LEAD.split("{")[0]) and a.answered, a.text
    a = core.ask("did the privacy conference drop palantir because of ice")
    assert a.lead.startswith(messages.REASON_UNTOLD_LEAD.split("{")[0]) and a.answered, a.text


def test_a_negation_word_inside_a_name_is_no_no_to_an_act_the_fact_never_states(core: Core) -> None:
    # fresh tester 48: "Never Again Action" in the organizers fact was read as a "no" in other words, so the fact
    # led as if it told how the company responded
    line = _first_line(core.ask("did palantir respond to the jewish protesters").text)
    assert line.startswith("The articles I have don't say that; they tell only this: "), line


@pytest.mark.parametrize("question", ["did karp say anything about immigrants", "did karp talk about immigrants"])
def test_what_someone_is_asked_to_have_said_something_about_is_untold_when_their_fact_never_touches_it(
    core: Core, question: str
) -> None:
    # fresh tester 48: a fact of Karp not touching immigrants led as if it told what he said of them
    line = _first_line(core.ask(question).text)
    assert line.startswith(messages.MENTION_UNTOLD_LEAD.split("{")[0]), line


def test_what_someone_said_about_a_thing_their_fact_tells_is_still_answered(core: Core) -> None:
    line = _first_line(core.ask("did karp say anything about google").text)
    assert "Google" in line and not line.startswith("The articles I have"), line


def test_a_count_asked_of_one_thing_that_the_fact_gives_for_another_is_said_not_given(core: Core) -> None:
    # fresh tester 48: the count of the letter's signers led, with no word that it was a letter, not the petition
    line = _first_line(core.ask("did 200 employees sign the petition").text)
    assert line.startswith(messages.COUNT_NOT_GIVEN_LEAD.split("{")[0]), line
    kept = _first_line(core.ask("did 200 employees sign the letter").text)
    assert not kept.startswith("The articles I have"), kept


@pytest.mark.parametrize(
    "question", ["did the 2017 program lead to deportations", "did the 2017 operation result in deportations"]
)
def test_an_outcome_asked_that_the_fact_never_names_is_said_unstated_not_answered_by_another_outcome(
    core: Core, question: str
) -> None:
    # fresh tester 48: "led to 35 criminal arrests" led as if it told of deportations
    line = _first_line(core.ask(question).text)
    assert line.startswith("The articles I have don't say that; they tell only this: "), line
    kept = _first_line(core.ask("did the 2017 operation lead to arrests").text)
    assert not kept.startswith("The articles I have"), kept


def test_whether_an_outlet_said_something_is_not_answered_by_another_outlets_account(core: Core) -> None:
    # fresh tester 50: "did the intercept say 400 arrests" led The Hill's "more than 400" with no word that the
    # figure is The Hill's (The Intercept gives 440 targeted, 35 criminal arrests)
    for question in ("did the intercept say 400 arrests", "did the intercept report 400 arrests"):
        a = core.ask(question)
        assert not a.answered and a.text.startswith("The articles I have don't give that as The Intercept's"), a.text
    # the outlet's own account still answers
    assert "According to The Intercept" in core.ask("did the intercept say 440 immigrants were targeted").text


@pytest.mark.parametrize(
    ("question", "outlet"),
    [
        ("did the hill say ice paid palantir 150 million", "The Hill"),
        ("did business insider report the 49 million contract", "Business Insider"),
    ],
)
def test_whether_an_outlet_said_a_figure_only_another_outlet_gives_is_said_not_to_be_its(
    core: Core, question: str, outlet: str
) -> None:
    # task rf47: a figure said of one outlet ("150 million", "the 49 million contract") that only VICE's facts give got
    # no sourced answer at all, as no verb was said for the other account to state; the figure is what it must state
    line = _first_line(core.ask(question).text)
    assert line.startswith(f"The articles I have don't give that as {outlet}'s; they tell this: "), line
    assert "VICE News" in line, line
    # the outlet's own figure is still its own
    assert core.ask("did vice report the 49 million contract").text.startswith("Yes: ")


@pytest.mark.parametrize("question", ["was the $250,000 donation from microsoft", "was the donation from microsoft"])
def test_whether_a_thing_came_from_one_party_is_no_when_the_fact_tells_it_came_from_another(
    core: Core, question: str
) -> None:
    # task rf47: the fact tells "a $250,000 donation from Salesforce"; naming the wrong giver got no sourced answer
    line = _first_line(core.ask(question).text)
    assert line.startswith("No: ") and "donation from Salesforce" in line, line
    # the giver the fact names is no "No"
    assert not core.ask("was the $250,000 donation from salesforce").text.startswith("No")


def test_whether_an_outlet_said_what_its_own_quote_tells_in_a_word_the_brief_lists_with_the_asked_one_is_yes(
    core: Core,
) -> None:
    # task yn2b: "did vice say employees signed a petition" was told "don't give that as VICE News's" of a fact citing
    # VICE ("more than 60 workers signed a petition"; the brief lists "workers" with "employees"), and "did <outlet>
    # say <people> <did something>" got no verdict at all, though the outlet's own quote tells it
    for question in ("did vice say employees signed a petition", "did vice say employees confronted karp"):
        line = _first_line(core.ask(question).text)
        assert line.startswith("Yes: "), line
    # nor is a doer the quote gives only after the act with no "by" ("signed a petition asking management")
    line = _first_line(core.ask("did vice say managers signed a petition").text)
    assert not line.startswith("Yes"), line


def test_an_act_told_as_the_role_someone_had_is_not_said_untold(core: Core) -> None:
    # task yn2b: "did palantir sponsor the privacy law scholars conference" was told "don't say that; … dropped
    # Palantir as a sponsor", which tells it was one
    line = _first_line(core.ask("did palantir sponsor the privacy law scholars conference").text)
    assert "dropped Palantir as a sponsor" in line and not line.startswith("The articles I have don't"), line
    assert not line.startswith("No"), line


def test_an_act_asked_in_a_word_the_brief_lists_with_the_facts_word_as_synonyms_is_not_said_untold_of_the_actor(
    core: Core,
) -> None:
    # fresh tester 48: "did thiel bash google" was said untold of Thiel because another's fact says "bashed"; his
    # own fact says "attacking", which the brief lists with "bashed" as synonyms of "attacked"
    a = core.ask("did thiel bash google")
    line = a.text.splitlines()[0]
    assert a.answered, a.text
    assert "Peter Thiel" in line and "attacking Google" in line, line


def test_whether_an_event_was_held_at_a_date_is_settled_by_one_held_then_before_one_only_planned(core: Core) -> None:
    # fresh tester 48: "was the palo alto protest in 2019" led with a protest only planned for 12 July 2019, though
    # the 13 September 2019 protest at the same office took place
    a = core.ask("was the palo alto protest in 2019")
    assert a.answered and "13 September 2019" in a.lead and "planned" not in a.lead, a.text


def test_a_yes_no_question_naming_a_month_is_told_the_month_the_articles_date_the_act(core: Core) -> None:
    # fresh tester 50: "did mijente release documents in may" led with what the released documents showed, with no
    # date; the articles date the release 3 July, and no May release by Mijente
    line = _first_line(core.ask("did mijente release documents in may").text)
    assert line.startswith("The articles I have don't tell of that in May; they tell of it in July 2019"), line
    assert not _says_no(line) and not line.startswith("Yes")


def test_a_yes_no_question_naming_another_month_of_the_year_told_is_told_the_month_the_fact_gives(core: Core) -> None:
    # fresh tester 86: "did palantir renew the contract in september 2019" led with the 19 August 2019 renewal as if
    # it settled it; the month asked with its year is no Yes when the fact's words give another month of that year
    line = _first_line(core.ask("did palantir renew the contract in september 2019").text)
    assert line.startswith("The articles I have don't tell of that in September 2019; they tell of it in August"), line
    assert _first_line(core.ask("did palantir renew the contract in august 2019").text).startswith("Yes: ")


def test_work_as_the_noun_of_another_acts_object_is_not_asked_whether_it_worked(core: Core) -> None:
    # found while fixing fresh tester 50's list: "did karp defend the ice work" was read as "did it work" and led
    # "No: Despite the employee pushback, Alex Karp defended …" ("despite" read as the effort failing): he did
    line = _first_line(core.ask("did karp defend the ice work").text)
    assert not _says_no(line) and "Karp defended" in line, line
    assert "worked" in _first_line(core.ask("did the protest at the palo alto office work").text)


def test_a_party_s_people_asked_of_are_not_told_only_another_s_contrary_wish(core: Core) -> None:
    # fresh tester 52: "did palantir employees want the ice contracts to end" led with Karp wanting them kept
    # (settling swapped to it for its "kept"), and said the articles don't tell it of the employees; 004 tells
    # that many employees said they want the contracts to end
    line = _first_line(core.ask("did palantir employees want the ice contracts to end").text)
    assert "employees said" in line and "to end" in line and "Karp" not in line, line
    assert not line.startswith("The articles I have don't tell"), line


def test_whether_one_replied_to_an_outlet_is_not_answered_by_its_entry_or_another_s_words(core: Core) -> None:
    # fresh tester 52: "did palantir respond to vice" led with the company's glossary entry; no article tells of
    # a reply to (or a request from) VICE; "… to truthout" led with a rabbi's words as if they were the reply
    assert not core.ask("did palantir respond to vice").answered
    line = _first_line(core.ask("did palantir respond to truthout").text)
    assert line.startswith("The articles I have don't say that"), line
    assert _says_not_then(_first_line(core.ask("did palantir respond to the hill").text))  # its silence is told


@pytest.mark.parametrize(
    "question",
    [
        # blind set AZ: the police being called (the question's own scene) led, as if it settled an arrest
        "did anyone get arrested at the dc palantir office after they called the cops",
        "did anyone get arrested at the july 12 close the camps protest",  # blind set AV: the planned protest led
    ],
)
def test_whether_anyone_underwent_an_act_the_closest_fact_does_not_tell_is_refused(core: Core, question: str) -> None:
    a = core.ask(question)
    assert not a.answered, a.text


def test_an_act_named_only_as_what_a_request_asked_for_is_no_yes(core: Core) -> None:
    # fresh tester 55 (O4): "Yes: Palantir did not immediately answer … requests for comment": "comment" there is what
    # was requested, not an act done
    lead = core.ask("did palantir comment").lead
    assert not lead.startswith("Yes"), lead
    assert "did not" in lead, lead


def test_an_agreement_asked_as_done_to_in_the_passive_needs_a_fact_stating_that_act(core: Core) -> None:
    # fresh testers 55: "was the 49m contract signed" led with the contract's start date, no word of signing
    line = core.ask("was the 49m contract signed").text.splitlines()[0]
    assert line.startswith("The articles I have don't say that; they tell only this:"), line


@pytest.mark.parametrize("question", ["did the sept 20 contract start", "did ice arrest 8400 people in operation mega"])
def test_an_act_a_fact_tells_only_as_planned_is_not_told_as_done(core: Core, question: str) -> None:
    # fresh testers 55: "scheduled to start", "planned … to arrest": whether it happened the articles do not say
    line = core.ask(question).text.splitlines()[0]
    assert line.startswith("The articles I have tell of it only as planned, not whether it was done:"), line


def test_a_yes_no_question_against_a_party_the_fact_never_names_is_untold_of_that_party(core: Core) -> None:
    # fresh tester 55 (W2): a Boston protest "against migrant jails" led bare, which read as one against Palantir
    a = core.ask("were there protests in boston against palantir")
    assert a.lead.startswith("The articles I have don't tell that of Palantir Technologies; "), a.text


@pytest.mark.parametrize("question", ["was the palantir protest in boston", "was there a palantir protest in boston"])
def test_a_yes_no_question_of_a_gathering_named_for_a_party_the_fact_never_names_is_untold_of_that_party(
    core: Core, question: str
) -> None:
    # fresh tester 59 (W5): "the palantir protest" names the protest's target as "against palantir" does; the Boston
    # protest "against migrant jails" led bare, which read as a yes
    a = core.ask(question)
    assert a.lead.startswith("The articles I have don't tell that of Palantir Technologies; "), a.text
    assert core.ask("was the palantir protest in new york").answered  # one the articles tell of stays answered


def test_speaking_asked_in_general_is_told_by_a_verb_of_putting_a_case(core: Core) -> None:
    # fresh tester 55 (W3): "Karp defended this decision at a town hall meeting" was led "The articles I have don't
    # say that; they tell only this: …", which contradicts itself
    a = core.ask("did karp speak at a town hall")
    assert a.lead.startswith("Yes: ") and "town hall" in a.lead, a.text


def test_speaking_to_someone_is_told_by_telling_them(core: Core) -> None:
    # "did karp speak to cnbc" was refused though "Alex Karp told CNBC …"
    a = core.ask("did karp speak to cnbc")
    assert a.answered and "told CNBC" in a.lead and not a.lead.startswith("The articles I have"), a.text


def test_a_saying_asked_is_told_by_calling_it_so_whatever_else_was_requested(core: Core) -> None:
    # "calling it “treasonous” … once its employees pressed it to": the request is Google's staff's, not what Karp
    # said; the question was refused as if only demanded, then as if the saying were untold
    for question in ("did karp say google was treasonous", "did karp say google's actions were treasonous"):
        a = core.ask(question)
        assert a.answered and "treasonous" in a.lead and not a.lead.startswith("The articles I have"), a.text


def test_a_change_told_in_a_word_the_brief_gives_as_alike_is_no_later_outcome(core: Core) -> None:
    # "did google cancel its pentagon contract": "dropping a Pentagon contract" tells it, no "end in September 2019"
    a = core.ask("did google cancel its pentagon contract")
    assert a.answered and "Pentagon contract" in a.lead and "end in" not in a.lead, a.text


def test_a_yes_no_question_on_what_was_done_is_led_by_the_reported_account_not_a_worry_voiced(core: Core) -> None:
    # the D.C. organizer's worry led; the documents on the 2017 program (a precursor to family separation) lead,
    # without a bare "Yes" the articles do not give
    a = core.ask("did palantir help separate families")
    first = _first_line(a.text)
    assert a.answered and "Documents" in first and "unaccompanied" in first, a.text
    assert not first.startswith("Yes")


@pytest.mark.parametrize("question", ["did karp speak to the washington post", "did karp talk to the washington post"])
def test_a_name_the_fact_gives_only_as_whose_report_it_is_settles_nothing_of_it(core: Core, question: str) -> None:
    # "… at a company town hall meeting, the Washington Post reported": the Post reported his speaking, it did not
    # hear it; the lead said "Yes: …". Talking to an outlet asks of a word given to it (`spoke_to`), as "give the
    # Post an interview" does: untold of him, said so
    a = core.ask(question)
    assert a.lead.startswith("The articles I have don't tell of Alex Karp speaking to The Washington Post"), a.text


def test_whose_report_asked_of_is_still_settled_by_a_fact_passing_it_on(core: Core) -> None:
    a = core.ask("did the washington post report that karp defended the decision")
    assert a.answered and "town hall" in a.lead and not a.lead.startswith("The articles I have"), a.text


@pytest.mark.parametrize(
    "question", ["did karp say google was great", "did karp call google great", "did karp say that ice was great"]
)
def test_a_saying_asked_with_a_word_the_fact_never_gives_is_not_led_as_told(core: Core, question: str) -> None:
    # "calling it “treasonous”" was led bare for "did karp call google great", which reads as a yes
    a = core.ask(question)
    assert a.lead.startswith("The articles I have don't say that; "), a.text


def test_a_saying_asked_with_the_word_the_fact_gives_is_still_told(core: Core) -> None:
    a = core.ask("did karp call google treasonous")
    assert a.answered and "treasonous" in a.lead and not a.lead.startswith("The articles I have"), a.text


def test_an_act_told_as_planned_and_as_done_or_due_to_a_cause_is_not_planned_only() -> None:
    # fresh reviewer 18 (F11): the planned-act rule fired when the statement also told the act done, and read
    # "due to protests" as a plan to "protests"
    from bot.answering import planned_only
    from bot.search import stem

    assert planned_only("The guild planned to seize 80 boats in the harbour.", {stem("seize")})
    assert not planned_only("The guild planned to seize 80 boats and seized 20.", {stem("seize")})
    assert not planned_only("The lease ended due to protests by keepers.", {stem("protests")})
    assert planned_only("The lease was due to expire in May.", {stem("expire")})


def test_a_yes_no_question_asking_advice_is_refused_as_an_opinion_not_answered_no(core: Core) -> None:
    # tester 57 O3: "should …" asks what ought to be done; a "No, as of …: renewed" would read as taking a side
    a = core.ask("should palantir cancel the contract")
    assert not a.answered and a.text.splitlines()[0] == messages.ADVICE_UNTOLD, a.text


def test_a_yes_no_question_about_the_future_says_the_articles_end_before_it_not_no(core: Core) -> None:
    # tester 57 O5: "will …" asks what is to come; the renewal is what had happened by the last article
    a = core.ask("will palantir cancel the contract")
    first = a.text.splitlines()[0]
    assert first.startswith("The articles I have end in September 2019, so they can't tell what will happen"), a.text
    assert "renewed" in first and not first.startswith("No"), a.text


@pytest.mark.parametrize(
    "question", ["palantir got 400 million for TECS right?", "did palantir get 400 million for tecs"]
)
def test_a_sum_asked_as_one_partys_that_the_fact_gives_as_anothers_is_corrected_with_the_partys_own(
    core: Core, question: str
) -> None:
    # fresh tester 59 (W8): "At the same time as Palantir's … TECS contract, … Northrop Grumman was given $400 million"
    # led bare, which a skimmer reads as a yes; Truthout gives Palantir's TECS contract as $53 million
    line = _first_line(core.ask(question).text)
    assert line.startswith("No: the articles give $400 million to Northrop Grumman; of Palantir Technologies "), line
    assert "$53 million" in line, line
    for other in ("did northrop get 400 million for tecs", "did ice give 150 million to palantir"):
        assert not _first_line(core.ask(other).text).startswith("No"), other  # the receiver is the one asked of


@pytest.mark.parametrize(
    "question",
    ["did palantir get 53 million", "did palantir win a 53 million contract", "was palantir paid 53 million"],
)
def test_a_sum_whose_clause_names_the_asked_party_is_never_said_to_be_anothers(core: Core, question: str) -> None:
    # fresh review 19 (H2): "Palantir's other ICE contract … was worth $53 million" gave the sum to ICE (the last
    # name before it, a modifier), so a "No" contradicted the very fact it quoted
    line = _first_line(core.ask(question).text)
    assert not line.startswith("No") and "give $53 million to" not in line, line


def test_a_partys_own_fact_giving_the_asked_sum_makes_it_no_other_partys(core: Core) -> None:
    # the second way a sum is the asked party's (fresh review 19, H2): its own fact gives that very figure
    verdicts = core.answerer.composer.verdicts
    own, other = core.brief.facts["tecs-53m-contract-2014"], core.brief.facts["northrop-grumman-400m-tecs"]
    assert verdicts.gives_figure("palantir", own, "$53 million")
    assert not verdicts.gives_figure("palantir", own, "$400 million")
    assert not verdicts.gives_figure("palantir", other, "$400 million")


def test_a_general_act_between_two_parties_told_in_other_words_is_neither_a_yes_nor_said_untold(core: Core) -> None:
    # fresh tester 59 (R2): "did palantir use aws" was led "The articles I have don't say that; they tell only this:
    # … hosted on Amazon Web Services", which contradicts what it quotes
    line = _first_line(core.ask("did palantir use aws").text)
    assert line.startswith(messages.OTHER_WORDS_LEAD.split("{")[0]) and "Amazon Web Services" in line, line
    assert not line.startswith("Yes"), line  # the tie is Mijente's word, and not "use" in so many words


@pytest.mark.parametrize(
    ("question", "settled"),
    [
        ("isn't it true palantir got 400 million for tecs", "No: "),  # fresh tester 59 (W8), "isn't it X" form
        ("didn't palantir renew the contract", "Yes: "),
        ("wasn't the palantir protest in boston", "The articles I have don't tell that of Palantir Technologies"),
    ],
)
def test_a_question_opened_by_a_negated_auxiliary_is_settled_as_the_question_without_it(
    core: Core, question: str, settled: str
) -> None:
    # "didn't palantir renew the contract" asks what "did palantir renew the contract" does: it was led bare, with
    # no verdict, and "isn't it true …" was not read as a yes/no question at all
    line = _first_line(core.ask(question).text)
    assert line.startswith(settled), line


def test_a_yes_no_question_negating_its_act_is_never_answered_yes(core: Core) -> None:
    # "did palantir not renew the contract" was led "Yes: … Palantir renewed its ICE contract", which reads either
    # way: as "yes, it renewed" and as "yes, it did not"
    line = _first_line(core.ask("did palantir not renew the contract").text)
    assert not line.startswith("Yes") and "renewed" in line, line
    assert _first_line(core.ask("did palantir renew the contract").text).startswith("Yes: ")


def test_a_passive_yes_no_question_is_matched_by_the_active_telling_of_its_verb_and_object(core: Core) -> None:
    # fresh tester 59 R5 (beside it): "were the police called" was "outside what I cover", though Truthout tells "the
    # company called the police": two everyday words, its object before its verb, as the fact has them the other way
    a = core.ask("were the police called")
    assert a.answered and "called the police" in a.text.splitlines()[0], a.text


def test_a_claim_put_as_a_question_of_an_act_told_only_as_planned_says_so(core: Core) -> None:
    # fresh tester 60 (W14): "palantir software used for 8400 arrests?" (no auxiliary: read as a topic) led with the
    # 8,400 arrests ICE planned, as if done; "did ice arrest 8400 people" already said it was only planned
    for question in ("palantir software used for 8400 arrests?", "did ice arrest 8400 people"):
        line = core.ask(question).text.splitlines()[0]
        assert line.startswith(messages.PLANNED_ONLY_LEAD.split("{")[0]) and "8,400" in line, line
    # a topic named, not put as a claim, is told as before
    line = core.ask("protest at amazon offices").text.splitlines()[0]
    assert line.startswith("Organizers planned to protest at Amazon"), line


def test_working_with_a_party_told_in_other_words_is_never_said_untold(core: Core) -> None:
    # fresh tester 60 (R3): "does palantir work with the lapd" led "don't say that; they tell only this: Palantir
    # also sells its software to the Los Angeles Police Department", which contradicts itself
    # (yn30: a selling by the party asked is a way of working with the other, led as "does it sell …" is)
    line = core.ask("does palantir work with the lapd").text.splitlines()[0]
    assert line.startswith("Palantir also sells its software to the Los Angeles Police"), line


def test_a_dealing_the_party_asked_of_is_told_doing_is_a_yes_to_working_with_the_other(core: Core) -> None:
    # fresh tester 85: "does palantir work with the lapd" hedged "don't put it in those words" before "Palantir also
    # sells its software to the Los Angeles Police Department"
    line = _first_line(core.ask("did palantir work with the lapd").text)
    assert line.startswith("Yes: Palantir also sells its software to the Los Angeles Police"), line
    # a fact whose main clause is another's (a protest "over Amazon hosting Palantir's technology") is no "Yes"
    assert not _first_line(core.ask("did palantir work with amazon").text).startswith("Yes")
    # working for a party is being employed by it, which a sale to it is not
    assert not _first_line(core.ask("did palantir work for the lapd").text).startswith("Yes")


def test_whether_a_counted_group_did_an_act_the_fact_tells_another_of_says_what_they_did(core: Core) -> None:
    # fresh tester 60 (R4): "did 200 employees quit" said only that the articles end in September 2019 and do not
    # say whether that happened later, as if it might have: the 200 are told of, signing a letter
    line = core.ask("did 200 employees quit").text.splitlines()[0]
    assert line.startswith(messages.ACT_UNSTATED_LEAD.split("{")[0]) and "200" in line and "letter" in line, line
    # "ever" asks of any time, which a later article could tell
    line = core.ask("did 200 employees ever quit").text.splitlines()[0]
    assert not line.startswith(messages.ACT_UNSTATED_LEAD.split("{")[0]), line


def test_whether_it_was_done_at_a_place_the_fact_tells_it_done_at_another_says_not_there(core: Core) -> None:
    # fresh tester 60 (W5): "was the 140k petition delivered in palo alto" was refused; VICE tells it handed over at
    # the New York City office
    line = core.ask("was the 140k petition delivered in palo alto").text.splitlines()[0]
    assert line.startswith(messages.OTHER_OCCASION_LEAD.split("{")[0]) and "New York City" in line, line


def test_whether_it_was_on_a_weekday_the_articles_give_another_day_for_says_which(core: Core) -> None:
    # fresh tester 60 (W4): "the protest in dc was on friday right" led with the D.C. action's meeting request, on
    # no day told, as if it agreed; The Hill gives the office protests in New York City and D.C. on a Monday
    for question in ("the protest in dc was on friday right", "was the protest in dc on friday"):
        line = core.ask(question).text.splitlines()[0]
        assert line.startswith(messages.OTHER_WEEKDAY_LEAD.format(day="Friday", told="Monday", statement="")), line
    # the day asked is the one told: no such lead
    line = core.ask("was the dc protest on monday").text.splitlines()[0]
    assert line.startswith("On a Monday in May 2019"), line


def test_a_count_typed_short_is_the_figure_the_articles_print_when_checking_what_it_counts(core: Core) -> None:
    # fresh tester 60 (W4): "140k employees" was not read as the 140,000 the articles give (as signatures), so
    # "did 140k employees sign the petition" was not told they are signatures, as "140000 employees" was
    for question in ("did 140k employees sign the petition", "did 140000 employees sign the petition"):
        a = core.ask(question)
        assert a.text.startswith(messages.COUNTS_OTHER.format(figure="140,000", other="signatures", noun="employees"))


def test_whether_someone_asked_for_an_act_the_fact_tells_them_asking_for_another_says_not_that(core: Core) -> None:
    # fresh tester 60 (W5, "the 60 employees wanted palantir to quit ice, correct?"): asked as "did they want / ask
    # palantir to drop ice", the petition of more than 60 employees led as if it agreed; it asked for the ICE
    # profits to go to a nonprofit
    for question in ("did the 60 employees want palantir to drop ice", "did the 60 employees ask palantir to quit ice"):
        line = core.ask(question).text.splitlines()[0]
        assert line.startswith(messages.ACT_UNSTATED_LEAD.split("{")[0]) and "nonprofit" in line, line
    # what they asked for is still told as asked, and an end asked for in other words ("stop hosting") is one
    line = core.ask("did the 60 employees ask palantir to give the profits to charity").text.splitlines()[0]
    assert line.startswith(messages.YES_LEAD.format(statement="In August 2019 a petition")), line
    line = core.ask("Did Amazon employees ask AWS to drop Palantir?").text.splitlines()[0]
    assert line.startswith("In 2018 Amazon employees urged"), line


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("did employees want profits to go to charity", True),  # "to a nonprofit charity" in Business Insider's words
        ("did employees want the profits to go to the police", False),  # no police in the request
        ("did employees want palantir to give the profits to ice", False),  # ICE named, but not where they go
    ],
)
def test_a_wish_worded_with_a_light_verb_is_weighed_by_the_words_around_it(
    core: Core, question: str, told: bool
) -> None:
    # fresh tester 88 (fault 1): "want profits to go to charity" was weighed by "go" alone, which the petition's
    # "asked management to give the profits … to a nonprofit" lacks, and led "don't say that"
    line = core.ask(question).text.splitlines()[0]
    assert line.startswith(messages.YES_LEAD.format(statement="In August 2019 a petition")) is told, line


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("did employees want profits to go to charity", True),
        ("did the employees petition for the profits to go to charity", True),
        ("did management want profits to go to charity", False),  # asked of, not asking
        ("do employees want profits to go to charity", False),  # today's want: the articles stop at their dates
    ],
)
def test_a_request_told_is_a_yes_to_the_want_of_whoever_made_it_only(core: Core, question: str, yes: bool) -> None:
    # fresh tester 88 (fault 1): "asked management to give the profits … to a nonprofit" states the employees'
    # want; management's is not told
    line = core.ask(question).text.splitlines()[0]
    assert line.startswith(messages.YES_LEAD.split("{")[0]) is yes, line
    assert "In August 2019 a petition" in line, line


def test_a_question_opened_by_a_negated_auxiliary_is_shown_back_as_typed() -> None:
    # fresh review 19 (M7): the negation is dropped only for understanding; the question echoed (--json "question",
    # the question log, a miss) is the one typed
    from bot.answering.normalize import normalize

    norm = normalize("didn't the guild renew the lease")
    assert norm.tokens[:2] == ["did", "the"] and norm.shown == "didn't the guild renew the lease"
    assert normalize("did the guild renew the lease").shown == "did the guild renew the lease"


def test_an_answer_to_a_negated_question_echoes_it_as_typed(core: Core) -> None:
    assert core.ask("didn't ice fire palantir").question == "didn't ice fire palantir"


@pytest.mark.parametrize("question", ["did thiel use palantir", "did ice use microsoft"])
def test_a_tie_that_is_no_way_of_using_is_not_said_to_be_using_in_other_words(core: Core, question: str) -> None:
    # fresh review 19 (M3): co-founding a company, or keeping a contract with an agency, is no use of it told in other
    # words; "don't put it in those words" hinted at a link the fact does not state
    line = _first_line(core.ask(question).text)
    assert line.startswith(messages.ACT_UNSTATED_LEAD.split("{")[0]), line


@pytest.mark.parametrize(
    "question", ["did ice use falcon to plan raids", "why did ice use palantir software to target parents"]
)
def test_a_purpose_the_fact_gives_in_other_words_is_not_said_untold(core: Core, question: str) -> None:
    # fresh review 19 (M2): "used to coordinate immigration raids" and "used to single out parents" tell those
    # purposes in other words; "don't say that was why" contradicted what they quote
    line = _first_line(core.ask(question).text)
    assert not line.startswith(messages.REASON_UNTOLD_LEAD.split("{")[0]), line
    assert not line.startswith("Yes"), line
    assert _first_line(core.ask("did palantir use aws to spy on people").text).startswith("I don't have")


@pytest.mark.parametrize("question", ["did karp meet with protesters", "did karp meet protesters"])
def test_an_act_done_to_a_bare_plural_that_no_fact_tells_is_not_led_as_told(core: Core, question: str) -> None:
    # tester 63 W4: "did karp meet with protesters" led with the Palo Alto protest as if it said yes (the
    # protesters came to present him a letter; employees would not open the door): the act was never read from
    # a question whose object is a bare plural ("the protesters" was)
    a = core.ask(question)
    assert a.lead.startswith("The articles I have don't"), a.text


def test_a_cause_asked_wrongly_is_met_by_the_cause_the_article_gives_and_no_guess_of_ours(core: Core) -> None:
    # tester 63 W9: "did google cancel the pentagon contract bc of thiel" led with "… it does not say these are the
    # same project, though they apparently are": the brief's own guess; Business Insider: Google ended it "after
    # pressure from employees"
    a = core.ask("did google cancel the pentagon contract bc of thiel")
    assert "after pressure from its employees" in a.lead and "apparently" not in a.text, a.text


def test_a_reason_asked_that_is_not_the_cause_the_fact_gives_is_said_not_to_be_why(core: Core) -> None:
    # tester 63 W9: Thiel is named in the fact (his op-ed), so the reason asked was "stated"; the cause it gives is
    # "after pressure from its employees"
    a = core.ask("did google cancel the pentagon contract bc of thiel")
    assert a.lead.startswith("The articles I have don't say that was why"), a.text
    same = core.ask("did google cancel the pentagon contract because of its employees")
    assert not same.lead.startswith("The articles I have"), same.text


@pytest.mark.parametrize("question", ["is karp ceo", "is karp still ceo"])
def test_whether_a_name_is_what_a_title_says_is_led_by_the_fact_saying_it_is(core: Core, question: str) -> None:
    # tester 63 W7: "is karp still ceo" led with his not changing course (a fact naming him "CEO Alex Karp" on the
    # way to something else); "is karp ceo" was even refused as if the articles used the word only of something
    # else ("… confronted CEO Alex Karp": a title before his name is said of him)
    a = core.ask(question)
    assert a.answered and "chief executive (CEO)" in a.lead, a.text
    if "still" in question:  # as of the sources' date, in the first line since fresh tester 68 W6
        assert a.lead.startswith("As of ") and "still so today" in a.lead, a.text


def test_a_word_said_of_an_act_is_not_said_of_a_thing_the_act_does_not_name(core: Core) -> None:
    # tester 62 W6: "did karp say the contracts were treasonous" led plainly with Karp "calling it “treasonous” that
    # Google dropped a Pentagon contract": said of Google's dropping it, not of the contracts
    a = core.ask("did karp say the contracts were treasonous")
    assert a.lead.startswith("The articles I have don't say that"), a.text
    assert "treasonous" in a.lead  # what they tell is shown
    assert not core.ask("did karp say google was treasonous").lead.startswith("The articles I have")


def test_a_comparison_asked_is_settled_yes_by_the_fact_saying_it_in_the_same_comparative(core: Core) -> None:
    # blind set BC: "The progressive movement to abolish ICE is older than the 2018 controversy …" led without "Yes"
    lead = core.ask("is the abolish ice movement older than the family separation mess").lead
    assert lead.startswith("Yes: The progressive movement to abolish ICE is older"), lead


@pytest.mark.parametrize(
    "question",
    [
        "is the family separation mess older than the abolish ice movement",  # the sides the other way round
        "is the abolish ice movement newer than the family separation mess",  # another comparative
    ],
)
def test_a_comparison_the_fact_tells_otherwise_is_no_yes(core: Core, question: str) -> None:
    assert not core.ask(question).lead.startswith("Yes"), question


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("is the abolish ice movement newer than the family seperation stuff", "No: "),  # the opposite comparative
        ("is the abolish ice movement younger than the family separation controversy", "No: "),
        ("is the family separation controversy older than the abolish ice movement", "No: "),  # the sides swapped
        ("is the family separation controversy newer than the abolish ice movement", "Yes: "),  # both: the same claim
    ],
)
def test_a_comparison_the_fact_tells_the_other_way_round_leads_with_its_verdict(
    core: Core, question: str, verdict: str
) -> None:
    # blind set BL: "… newer than …" of "the movement … is older than the 2018 controversy" led the fact, no "No"
    lead = core.ask(question).lead
    assert lead.startswith(f"{verdict}The progressive movement to abolish ICE is older"), lead


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("did the abolish ice movement start before the family separation stuff", "Yes: "),  # before = older
        ("did the abolish ice movement start after the family separation stuff", "No: "),
        ("did the family separation controversy come after the abolish ice movement", "Yes: "),  # sides swapped
        ("did the family separation controversy happen before the abolish ice movement", "No: "),
        ("does the abolish ice movement predate the family separation stuff", "Yes: "),
        ("was the abolish ice movement around before the family separation policy", "Yes: "),
        ("did the abolish ice movement begin earlier than the family separation controversy", "Yes: "),
        ("was the family separation controversy earlier than the abolish ice movement", "No: "),
        ("did the family separation controversy come later than the abolish ice movement", "Yes: "),
        ("was the abolish ice movement later than the family separation controversy", "No: "),
    ],
)
def test_an_order_in_time_asked_is_read_as_the_comparison_the_fact_tells(
    core: Core, question: str, verdict: str
) -> None:
    # blind set BM: "start before" was read against "start"'s brief opposite "older than", a "No" to a "Yes"; and
    # "begin earlier than" dated the movement by another fact's 2017 program
    lead = core.ask(question).lead
    assert lead.startswith(f"{verdict}The progressive movement to abolish ICE is older"), lead


def test_an_order_asked_between_two_sides_leads_with_the_fact_telling_it_not_a_date_of_another_thing(
    core: Core,
) -> None:
    lead = core.ask("which came first, the abolish ice movement or the family separation controversy").lead
    assert lead.startswith("The progressive movement to abolish ICE is older"), lead


@pytest.mark.parametrize(
    "question",
    [
        "did the family separation controversy start after the zero tolerance policy",  # the fact compares others
        "did the abolish ice movement start before 2003",  # a year the fact does not compare the movement with
    ],
)
def test_an_order_asked_that_the_fact_does_not_tell_gets_no_verdict_from_the_opposite_of_start(
    core: Core, question: str
) -> None:
    # the brief's opposite of "start" ("older than") said "No" to an order it never compares
    lead = core.ask(question).lead
    assert not lead.startswith(("No", "Yes")), lead


def test_a_start_asked_with_a_cause_is_still_told_no_by_an_older_movement(core: Core) -> None:
    # "start with" / "because of" asks no order: the brief's opposite of "start" ("older than") still says no
    lead = core.ask("did the abolish ice movement start with the family separation controversy").lead
    assert lead.startswith("No: The progressive movement to abolish ICE is older"), lead


@pytest.mark.parametrize(
    "question",
    [
        "did the nyc protesters get inside to hand over the 140k petition",
        "were the protesters let in to hand over the petition",
    ],
)
def test_an_act_asked_with_its_purpose_is_told_no_by_the_linked_refusal_of_the_act(core: Core, question: str) -> None:
    # blind set BM: the purpose's words ("hand over the petition") raised the petition fact, which led without a
    # verdict over the fact it links saying they were refused entry
    lead = core.ask(question).lead
    assert lead.startswith("No: ") and "refused entry" in lead, lead


def test_a_refusal_of_the_act_is_no_no_to_going_there_for_that_purpose(core: Core) -> None:
    lead = core.ask("did the protesters go to palantir's nyc office to deliver the petition").lead
    assert not lead.startswith("No"), lead


@pytest.mark.parametrize("question", ["did vice news mention the town hall meeting", "did vice report the town hall"])
def test_whether_an_article_told_something_is_not_led_by_an_entry_written_from_it_and_another(
    core: Core, question: str
) -> None:
    # fresh tester 64 (O4): the Washington Post's entry ("per Business Insider and VICE News, … a town hall") led,
    # reading as "yes", though only Business Insider tells of the town hall
    a = core.ask(question)
    assert not a.answered and "town hall" not in a.text.splitlines()[0], a.text


@pytest.mark.parametrize(
    "question", ["did business insider mention the town hall", "did business insider say anything about the town hall"]
)
def test_whether_an_article_mentioned_something_its_own_fact_names_is_yes(core: Core, question: str) -> None:
    # r2a: Business Insider's fact passes on the Washington Post's report of the town hall; that is Business Insider
    # mentioning it, though no fact states "mention" as an act ("The articles I have don't say that" was false)
    a = core.ask(question)
    assert a.lead.startswith("Yes: ") and "town hall" in a.lead, a.text
    assert a.evidence[0].id == "karp-town-hall-defense"


@pytest.mark.parametrize(
    ("question", "named", "other"),
    [
        ("did the hill mention jfrej", "Jews for Racial and Economic Justice", "VICE News"),
        ("did the 2018 article mention mijente", "Mijente", "Truthout"),
        ("did the hill mention karp", "Alex Karp", "VICE News"),
    ],
)
def test_whether_an_article_mentioned_a_name_none_of_its_facts_holds_is_no_with_who_does(
    core: Core, question: str, named: str, other: str
) -> None:
    # tester 78 R6: "did the hill mention jfrej" had no sourced answer (none of The Hill's facts is near it, so the
    # search kept nothing), though "did business insider mention mijente" led "No: … mentioned by Truthout"
    line = _first_line(core.ask(question).text)
    assert line.startswith(f"No: {named} is mentioned by {other}, not by "), line


@pytest.mark.parametrize(
    "question",
    [
        "is ice older than the family separation controversy",  # the fact is of a movement against the agency
        "is the controversy over ice older than the movement over family separations",  # sides swapped, words shared
    ],
)
def test_a_comparison_sharing_only_a_word_with_each_side_of_the_fact_is_no_yes(core: Core, question: str) -> None:
    # review 20 F2: one content word of each side anywhere around the comparative was enough for "Yes"
    assert not core.ask(question).lead.startswith("Yes"), question


def test_a_comparison_is_read_off_a_question_given_as_a_tuple_or_empty() -> None:
    # review 20 F8: `asked[:1] == []` let an empty tuple through to `asked[0]`
    assert not compared_as_told((), "The vigil is older than the lease.")
    asked = ("is", "the", "vigil", "older", "than", "the", "lease")
    assert compared_as_told(asked, "The vigil is older than the lease.")


def test_whether_someone_said_what_a_source_tells_they_said_is_yes_per_that_source(core: Core) -> None:
    # fresh tester 66 (R1): "The articles I have don't tell that of Alex Karp; they tell only this: According to a
    # source …, Alex Karp wanted the ICE contracts kept …" contradicted itself; the source tells he said it
    first = _first_line(core.ask("did karp say palantir would keep the ice contract because of the us government").text)
    assert first.startswith("Yes: According to a source who spoke to Business Insider, Alex Karp wanted"), first


def test_whether_someone_said_the_opposite_of_what_a_source_tells_they_said_is_no(core: Core) -> None:
    # fresh tester 68 (W2): "did karp say palantir would drop ice" said the articles end in September 2019, after a
    # letter asking him to drop the contracts led; the source tells he wanted them kept ("keep", the brief's
    # opposite of "drop")
    first = _first_line(core.ask("did karp say palantir would drop ice").text)
    assert first.startswith("No: According to a source who spoke to Business Insider, Alex Karp wanted"), first


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("did palantir say its contract didnt help deportations", "Yes: "),
        ("did palantir claim its contract did not aid deportations", "Yes: "),
        ("did palantir admit it helped deportations", "No: "),  # it said the opposite
        ("did palantir say its contract helped deportations", "No: "),
    ],
)
def test_whether_someone_said_a_thing_is_settled_by_their_own_words_on_it(
    core: Core, question: str, verdict: str
) -> None:
    # fresh tester 66 (W1/W2): a protester's words, or the activists' flyer, led; The Hill gives Palantir's own
    # earlier claim that its contract was not helping ICE deport immigrants
    first = _first_line(core.ask(question).text)
    assert first.startswith(verdict + "Palantir had earlier said that its $38 million contract"), first


@pytest.mark.parametrize(
    "question",
    [
        "did palantir say it wasnt helping ice",
        "did palantir say it wasn't helping ice",
        "did palantir claim it wasnt helping ice deport people",
    ],
)
def test_a_negation_inside_the_words_said_is_part_of_what_was_said_not_the_verdict(core: Core, question: str) -> None:
    # task ov48: "said it wasn't helping" led "No:" of Palantir's saying its contract "was not helping": the
    # contracted "wasn't" was no negation to the reading of the words said, and a pronoun after the saying verb hid
    # the saying as the act asked; "people" said is told by any noun for persons ("immigrants")
    first = _first_line(core.ask(question).text)
    assert first.startswith("Yes: Palantir had earlier said that its $38 million contract"), first


def test_a_contracted_negation_of_be_or_have_in_a_text_negates_the_words_said() -> None:
    from bot.answering.compose.yes_no import negated_where_said

    assert negated_where_said("Lind said the lease wasn't renewed by the guild.", {"renew"}) is True
    assert negated_where_said("Lind said the keepers haven't been paid.", {"paid"}) is True
    assert negated_where_said("Lind said the lease was renewed by the guild.", {"renew"}) is False


@pytest.mark.parametrize(
    "question",
    [
        "did palantir say it had a 38 million contract",
        "did palantir say the contract served criminal enforcement",
        "did palantir claim its contract served criminal enforcement work",
    ],
)
def test_a_negation_in_another_clause_than_the_words_said_gives_no_verdict(core: Core, question: str) -> None:
    # review 21 (H1): "was not helping … deport" negated the whole claim, so "No: Palantir had earlier said that its
    # $38 million contract … was not helping …, and that it served ICE's wider criminal enforcement work" denied
    # words it says (the contract, its criminal enforcement work); the negation is read in the words' own clause
    first = _first_line(core.ask(question).text)
    assert not _says_no(first) and not first.startswith("No"), first


def test_whether_an_outlet_an_article_passes_on_mentioned_something_is_yes(core: Core) -> None:
    # fresh tester 68 (W1): "did the washington post mention the town hall" said the articles don't say so, then
    # quoted Business Insider passing on the Post's report of it
    first = _first_line(core.ask("did the washington post mention the town hall").text)
    assert first.startswith("Yes: Despite the employee pushback, Alex Karp defended"), first
    assert not _first_line(core.ask("did the washington post mention google").text).startswith("Yes")


def test_an_act_told_only_of_another_occasion_is_a_refusal_pointing_at_what_is_told(core: Core) -> None:
    # blind set BD: "was anyone arrested at the dc palantir protest" pointed at The Hill's protest, telling of arrests
    # ICE made before it, yet was answered: what is told instead answers nothing asked
    a = core.ask("was anyone arrested at the dc palantir protest")
    assert not a.answered, a.text
    assert a.text.startswith(messages.OTHER_OCCASION_LEAD.split("{")[0]) and "May 2019" in a.text, a.text


@pytest.mark.parametrize(
    "question",
    [
        "did the cops arrest anyone at the dc office after palantir called them",
        "were any of the JFREJ people arrested at the amazon bookstore sit-in",
    ],
)
def test_whether_anything_happened_at_all_told_nowhere_is_a_refusal_pointing_at_what_is_told(
    core: Core, question: str
) -> None:
    # blind set BF: "did the cops arrest anyone …" led "don't say that; they tell only this: … called the police" and
    # was answered: whether anyone was arrested at all is untold, and the pointer answers nothing asked
    a = core.ask(question)
    assert not a.answered, a.text
    assert a.text.startswith(messages.ACT_UNSTATED_LEAD.split("{")[0]), a.text
    # an act of one named, not of anyone at all, keeps its pointer as the answer
    assert core.ask("did palantir's ppl in dc agree to sit down w the organizer?").answered


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("did business insider say palantir renewed the contract on monday", "Yes: Business Insider reported that"),
        ("did business insider say that palantir renewed its contract", "Yes: Business Insider reported that"),
        ("did mijente call palantir the tech backbone of ice raids", "Yes: Mijente said that whenever people read"),
    ],
)
def test_whether_an_outlet_said_what_it_reported_or_someone_called_a_thing_what_they_did_is_yes(
    core: Core, question: str, lead: str
) -> None:
    # fresh tester 71 (W1/W2): "The articles I have don't say that; they tell only this: Business Insider reported
    # that …" contradicted itself: the outlet's own report (the fact it is cited for), or the speaker's own words
    # calling it so, is the saying asked
    first = _first_line(core.ask(question).text)
    assert first.startswith(lead), first


@pytest.mark.parametrize(
    "question",
    [
        "did the hill say palantir renewed the contract on monday",  # another outlet's report: not The Hill's
        "did business insider say palantir is complicit",  # words it never reported
        "did mijente call the police",  # a summons, not a naming
    ],
)
def test_an_outlet_or_speaker_is_not_told_saying_what_is_not_theirs(core: Core, question: str) -> None:
    first = _first_line(core.ask(question).text)
    assert not first.startswith("Yes"), first


@pytest.mark.parametrize(
    ("question", "other"),
    [("did vice mention gizmodo", "Palo Alto protest report"), ("did vice mention cnbc", "Business Insider")],
)
def test_whether_an_article_mentioned_an_outlet_only_another_article_cites_is_no(
    core: Core, question: str, other: str
) -> None:
    # fresh tester 71 (O2): "did vice mention gizmodo" led the Palo Alto report's "According to Gizmodo, …" with no
    # verdict, reading as a yes; VICE never names Gizmodo
    lead = core.ask(question).lead
    assert lead.startswith("No: ") and other in lead and "not by VICE News" in lead, lead


def test_whether_an_article_mentioned_an_outlet_is_settled_by_its_own_words_not_a_fact_shared_with_another(
    core: Core,
) -> None:
    # fresh tester 71 (W7): "did vice mention the washington post" led "Yes:" with a fact whose statement credits
    # the Post from Business Insider's words, VICE's own quote in it naming no outlet
    a = core.ask("did vice mention the washington post")
    assert a.lead.startswith("Yes: ") and a.evidence[0].id != "employees-confronted-karp-2018", a.text
    assert any(c.source_id == "vice-2019" and "Washington Post" in c.quote for c in a.evidence[0].citations), a.text


def test_whether_an_article_mentioned_a_name_asked_short_that_it_writes_in_full_is_yes(core: Core) -> None:
    # tester yn2 (round two): "did truthout mention jfrej" was told "don't say that", though Truthout names
    # "Jews for Racial and Economic Justice" (the glossary's alias JFREJ)
    a = core.ask("did truthout mention jfrej")
    assert a.lead.startswith("Yes: ") and "Jews for Racial and Economic Justice" in a.lead, a.text


def test_whether_an_article_mentioned_an_outlet_it_quotes_someone_telling_is_yes(core: Core) -> None:
    # "did business insider mention cnbc" was refused: Karp's words to CNBC tell of Silicon Valley "refusing", which
    # was read as a request the mention only asked for
    a = core.ask("did business insider mention cnbc")
    assert a.lead.startswith("Yes: ") and "CNBC" in a.lead, a.text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("did bi say palantir renewed the contract on monday", "Yes: Business Insider reported that"),  # an alias
        ("did business insider report that palantir renewed its contract", "Yes: Business Insider reported that"),
        ("did business insider report that palantir dropped its contract", "No, as of 22 August 2019: Business"),
    ],
)
def test_whether_an_outlet_named_by_an_alias_or_reporting_said_what_it_reported_is_settled(
    core: Core, question: str, lead: str
) -> None:
    # fresh tester 71 follow-up: the outlet's alias ("bi") and "report that" led the report with no verdict, where
    # "did business insider say …" led "Yes:"
    first = _first_line(core.ask(question).text)
    assert first.startswith(lead), first


@pytest.mark.parametrize(
    "question", ["did vice say palantir renewed the contract", "did the hill report that palantir renewed its contract"]
)
def test_whether_an_outlet_said_what_only_another_article_tells_is_said_to_be_not_its_own(
    core: Core, question: str
) -> None:
    # tester yn2 (round two): refused, though Business Insider reports the renewal; none of the outlet's own facts
    # tells it (the search keeps them when the question names the outlet)
    a = core.ask(question)
    assert not a.answered and a.text.startswith("The articles I have don't give that as "), a.text
    assert "Business Insider reported that Palantir renewed" in a.text, a.text
    # another's account of something else is not given so: "Alex Karp is Palantir's CEO" tells no firing
    assert "don't give that as" not in core.ask("did truthout say karp was fired").text


def test_an_outlet_is_not_told_reporting_what_another_outlet_reported(core: Core) -> None:
    first = _first_line(core.ask("did the hill report that palantir renewed its contract").text)
    assert not first.startswith("Yes"), first


@pytest.mark.parametrize(
    ("question", "told"),
    [
        # fresh tester 71 (W4): his word was of Google's dropping a contract, not of protesters
        ("did karp call the protesters treasonous", "don't say Alex Karp called the protesters that"),
        # fresh tester 71 (R2): VICE gives those words to an unnamed protester; it was refused
        ('did priscilla gonzalez say "we refuse to be like the neighbors"', "as said by a protester"),
    ],
)
def test_whether_someone_said_words_the_articles_give_of_another_thing_or_another_speaker_is_no(
    core: Core, question: str, told: str
) -> None:
    a = core.ask(question)
    assert a.answered and a.lead.startswith("No: ") and told in a.lead, a.text


def test_whether_an_outlet_said_a_name_is_something_needs_the_words_said_of_that_name(core: Core) -> None:
    # tester yn2 (round two): "Yes: In October 2018 Mijente published a report documenting the profitable
    # relationship between tech companies and ICE, with detailed coverage of Palantir": the words were of other
    # companies; Truthout calls Palantir "a surveillance company"
    lead = core.ask("did truthout say palantir is a tech company").lead
    assert not lead.startswith(("Yes", "No")), lead


def test_whether_an_outlet_whose_name_opens_with_the_said_what_a_name_is_is_settled_by_its_own_words(
    core: Core,
) -> None:
    # tester yn2 (round two): "The Hill" was never read as the outlet opening "did the hill say …" (its name's "the"
    # was taken for the article before it), and a tech worker "not affiliated with any company" led with no verdict;
    # The Hill calls Palantir a "tech software company"
    lead = core.ask("did the hill say palantir is a tech company").lead
    assert lead.startswith("Yes: ") and "tech software company Palantir" in lead, lead


@pytest.mark.parametrize(
    "question",
    [
        "did karp call google's decision treasonous",  # his words, of what he called so ("Google's actions")
        "did karp call the company treasonous",  # a company may be Google: no "No"
        "did mijente call palantir the tech backbone of ice raids",
    ],
)
def test_whether_someone_called_a_thing_what_they_called_it_is_not_no(core: Core, question: str) -> None:
    assert not core.ask(question).lead.startswith("No"), question


def test_whether_an_outlet_called_a_name_something_is_not_led_by_the_glossary_entry(core: Core) -> None:
    # fresh tester 71: "did the hill call palantir a surveillance company" led Palantir's glossary entry, the brief's
    # own description, as if it were The Hill's words
    a = core.ask("did the hill call palantir a surveillance company")
    assert a.lead.startswith("The articles I have don't give that as The Hill's"), a.text


def test_whether_an_outlet_said_a_name_is_something_is_not_told_unattributed_by_its_glossary_entry(core: Core) -> None:
    # its saying may be of words the entry gives (The Hill does call it a tech software company): no such lead
    lead = core.ask("did the hill say palantir is a tech company").lead
    assert not lead.startswith("The articles I have don't give that as"), lead


@pytest.mark.parametrize(
    "question",
    [
        # fresh tester 71's list (f22b): the Palo Alto report has the $39 million contract recently expired; "No" to
        # cancelling, with the 2015 renewal, answered neither alternative
        "did palantir cancel the 39m contract or did it expire",
        "was the 39m contract cancelled or did it expire",
        "did the 39m contract expire or was it cancelled",
    ],
)
def test_a_question_offering_two_alternatives_is_led_by_the_one_the_articles_tell(core: Core, question: str) -> None:
    a = core.ask(question)
    line = a.text.splitlines()[0]
    assert a.answered and line.startswith("According to Gizmodo") and "recently expired" in line, a.text


def test_the_yes_an_alternative_is_chosen_by_travels_with_the_answer_as_data(core: Core) -> None:
    # note 22 second read (2): Answerer._alternative_told chose the alternative whose lead started "Yes: "; the verdict
    # is said where the lead is worded (Lead.says_yes -> Answer.says_yes), and a lead rewritten after it says it anew
    expired = core.ask("did the 39m contract expire")
    assert expired.says_yes and expired.lead.startswith(messages.YES_LEAD.split("{")[0]), expired.text
    cancelled = core.ask("was the 39m contract cancelled")
    assert not cancelled.says_yes, cancelled.text
    chosen = core.ask("did the 39m contract expire or was it cancelled")
    assert not chosen.says_yes and chosen.lead == expired.lead.removeprefix("Yes: "), chosen.text
    untold = core.ask("did the washington post op-ed mention ice")  # a pointer, no verdict
    assert not untold.says_yes, untold.text


def test_the_second_alternative_is_asked_of_the_first_ones_thing() -> None:
    assert alternative_questions(normalize("did the guild drop the lease or did it expire").tokens) == (
        "did the guild drop the lease",
        "did the lease expire",
    )
    assert alternative_questions(normalize("was the lease dropped or did it expire").tokens) == (
        "was the lease dropped",
        "did the lease expire",
    )
    assert alternative_questions(normalize("did the guild drop the lease or not").tokens) is None


def test_a_second_alternative_of_a_verb_and_apart_is_a_whole_predicate() -> None:
    """ "apart" is a particle (acts.PARTICLES, as "up" and "down" are), so "fall apart" is the second's own verb."""
    assert alternative_questions(normalize("did the guild stay up or fall apart").tokens) == (
        "did the guild stay up",
        "did the guild fall apart",
    )


def test_an_act_only_supposed_in_what_someone_asked_is_no_saying_that_it_was_done(core: Core) -> None:
    # f22a's leftover: "asking what would have happened if IBM had refused" is a hypothetical, not her claim
    a = core.ask("did rabbi pearce say ibm refused to help the nazis")
    line = a.text.splitlines()[0]
    assert line.startswith(messages.ACT_UNSTATED_LEAD.split("{")[0]) and "if IBM had refused" in line, a.text
    # what she did do is still a yes
    assert core.ask("did rabbi pearce compare palantir to ibm").lead.startswith("Yes")


def test_a_verb_said_only_after_a_supposing_word_is_read_as_supposed() -> None:
    from bot.answering.compose.yes_no_checks import said_as_supposed

    def verb_of(word: str) -> str | None:
        return {"refused": "refuse", "refuses": "refuse"}.get(word)

    q = normalize("did lind say the guild refused the lease")
    asked = Question(text=q.text, words=q.tokens)
    assert said_as_supposed(asked, "Lind asked what would have happened if the guild had refused the lease.", verb_of)
    assert not said_as_supposed(asked, "Lind said the guild refused the lease, which it had wanted.", verb_of)
    assert not said_as_supposed(asked, "Lind asked if the guild knew; the guild refused the lease.", verb_of)


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("did the flyer target amazon", "the flyer"),  # the marches aimed at Amazon are another doer's
        ("did the 2017 program target 8400 people", "the 2017 program"),  # Operation Mega's planned arrests
    ],
)
def test_a_yes_no_questions_subject_the_fact_has_no_word_for_is_not_told_to_have_done_it(
    core: Core, question: str, subject: str
) -> None:
    # f22a's leftovers: the fact's act and object were read as the subject's
    line = core.ask(question).text.splitlines()[0]
    assert line.startswith(messages.NOT_TOLD_OF_LEAD.format(name=subject, statement="")), line


def test_a_subject_the_fact_names_by_what_its_party_is_still_did_it(core: Core) -> None:
    # "the protesters" are in the marches fact; no "don't tell that of" for them
    line = core.ask("did the protesters target amazon").text.splitlines()[0]
    assert not line.startswith("The articles I have don't"), line


def test_an_act_told_with_the_one_asked_named_only_before_it_is_not_done_to_them(core: Core) -> None:
    # f22a's leftover: "a letter to Palantir staff pointed out that workers at Salesforce … had protested" tells no
    # protest of Palantir
    line = core.ask("did salesforce employees protest palantir").text.splitlines()[0]
    assert line.startswith(messages.ACT_UNSTATED_LEAD.split("{")[0]) and "had recently protested" in line, line


def test_an_act_word_used_only_as_a_noun_in_the_fact_is_no_yes(core: Core) -> None:
    # fresh tester 73 (O1): "did anyone get fired from palantir over ice" led "Yes:" from VICE's "come under fire":
    # the act's word in another sense (a noun after a preposition) affirms nothing, and is said to be untold
    for question in ("did anyone get fired from palantir over ice", "was anyone fired from palantir"):
        line = _first_line(core.ask(question).text)
        assert line.startswith("The articles I have don't say that; they tell only this: "), line


def test_an_act_whose_word_the_brief_has_only_as_a_noun_is_plainly_refused(core: Core) -> None:
    # fresh tester 74 (W2): "was karp fired" led VICE's "Karp didn't budge" (nothing of firing), though "did karp
    # resign" and "was karp sacked" refuse: the brief has "fire" only in "come under fire", another sense, so no fact
    # tells that act; asked any way, the plain refusal
    for question in ("was karp fired", "did palantir fire karp", "did karp get fired", "why was karp fired"):
        line = _first_line(core.ask(question).text)
        assert line == messages.NO_ANSWER.splitlines()[0], (question, line)
    # a closest fact that has the word is led as the other sense it tells, as before
    line = _first_line(core.ask("did anyone get fired from palantir over ice").text)
    assert line.startswith("The articles I have don't say that; they tell only this: "), line


def test_an_act_done_to_any_of_a_kind_is_read_as_done_to_anyone(core: Core) -> None:
    # blind set BJ: "did palantir fire any staff for protesting the ice work" led the 2018 letter to Palantir's staff
    # (no verdict, nothing of firing), while "did palantir fire the employees" was refused: "any <noun>" is what the
    # act is done to, as "anyone" is, so the act asked is found and, told nowhere but as "under fire", refused
    for question in ("did palantir fire any staff for protesting the ice work", "did palantir fire any employees"):
        line = _first_line(core.ask(question).text)
        assert line == messages.NO_ANSWER.splitlines()[0], (question, line)


def test_any_of_a_kind_who_did_something_is_what_the_act_is_done_to_not_a_who_question(core: Core) -> None:
    # fresh tester 79 W1: "did palantir fire any employees who protested" was read as a "who" question for its
    # relative "who" and led an unrelated D.C. organizer's words: "any <noun> who …", as "anyone who …", opens a
    # relative clause in a yes/no question, whose act (told nowhere) is refused as "… fire any staff" is
    for question in ("did palantir fire any employees who protested", "did palantir fire any workers who signed"):
        line = _first_line(core.ask(question).text)
        assert line == messages.NO_ANSWER.splitlines()[0], (question, line)


def test_a_keeping_is_no_no_when_a_related_fact_tells_the_thing_ended_since(core: Core) -> None:
    # fresh tester 74: "did palantir cancel the 39m contract" led "No, as of July 2019: … renewed for about $39
    # million" (in 2015), though Gizmodo says that $39 million contract had recently expired by July 2018: the end
    # the articles tell, later, settles it, and no article says it was cancelled
    line = _first_line(core.ask("did palantir cancel the 39m contract").text)
    assert line.startswith("The articles I have don't say that; they tell only this: "), line
    assert "recently expired" in line, line
    # an end only due (the ICM contract "due to expire" after the August 2019 renewal) is no end told
    line = _first_line(core.ask("did palantir cancel the contract").text)
    assert _says_no(line) and "renewed" in line, line


def test_an_end_told_by_a_related_fact_settles_it_whatever_party_names_the_thing(core: Core) -> None:
    # review 23 #3: "did palantir drop the hsi contract" led "No, as of July 2019: … renewed for about $39 million"
    # (in 2015); the fact the brief relates to that renewal says the $39 million contract had expired by 2018, but
    # names ICE, not HSI, and the search did not find it: the link says they are one contract
    for question in ("did palantir drop the hsi contract", "did palantir cancel the hsi contract"):
        line = _first_line(core.ask(question).text)
        assert line.startswith("The articles I have don't say that; they tell only this: "), (question, line)
        assert "recently expired" in line, (question, line)


def test_a_word_that_only_looks_like_the_act_asked_is_no_yes(core: Core) -> None:
    # review 23 #14: "did ice end the 39m contract" led "Yes:" from "had recently expired … as of the end of July"
    # (a thing's own end is no doer's act, and "the end" is a noun); "did palantir back ice" led "Yes:" from
    # "getting Palantir to back out of it" (a particle after the verb makes another verb)
    for question in ("did ice end the 39m contract", "did palantir back ice"):
        line = _first_line(core.ask(question).text)
        assert not line.startswith("Yes"), (question, line)
    # the thing's own end, asked as such, is still told
    line = _first_line(core.ask("did the 39m contract expire").text)
    assert line.startswith("Yes: ") and "recently expired" in line, line


def test_an_outlet_telling_an_act_as_due_did_not_say_it_was_done(core: Core) -> None:
    # "did vice say the contract expired" led "Yes: … was due to expire on 25 September 2019": a plan, not the act
    line = _first_line(core.ask("did vice say the contract expired").text)
    assert not line.startswith("Yes"), line
    assert "due to expire" in line, line


def test_an_outlet_saying_an_act_was_done_to_a_thing_is_read_as_its_words_not_a_description(core: Core) -> None:
    # tester 78 R2: "did business insider say palantir software was used in raids" was told "don't say that", the
    # participle after "was" read as a word for what the software is (predicate_stems); BI: "used for … workplace raids"
    line = _first_line(core.ask("did business insider say palantir software was used in raids").text)
    assert line.startswith("Yes: ") and "raids" in line, line
    line = _first_line(core.ask("did business insider say palantir software was used in protests").text)
    assert not line.startswith("Yes"), line


def test_words_only_another_cited_outlet_gives_are_not_given_as_the_outlet_asked(core: Core) -> None:
    # "did vice say thiel supports trump" led Business Insider's "long-time supporter of President Donald Trump" bare,
    # as if VICE's (the fact cites VICE too, for "the Peter Thiel-founded tech firm" only)
    line = _first_line(core.ask("did vice say thiel supports trump").text)
    assert line.startswith("The articles I have don't give that as VICE News's; they tell this: "), line
    line = _first_line(core.ask("did business insider say thiel supports trump").text)
    assert line.startswith("Yes: "), line


def test_a_keeping_in_the_year_asked_is_no_only_as_of_the_article(core: Core) -> None:
    # tester 76 W1 (its year part): "did palantir cancel the contract in 2019" led a plain "No:" from the August 2019
    # renewal, though the rest of 2019 lies after the articles; a year asked wholly before the article is asked of then
    for question in ("did palantir cancel the contract in 2019", "did palantir cancel the contract in august 2019"):
        line = _first_line(core.ask(question).text)
        assert line.startswith("No, as of 22 August 2019: "), (question, line)


def test_a_venue_asked_as_running_a_piece_is_not_kept_when_no_article_places_it_there(core: Core) -> None:
    # "did the nyt run karps op-ed" led the Washington Post op-ed bare, keeping the premise that the paper ran it,
    # as "did karp write an op-ed in the nyt" no longer does (fresh tester 73, W6)
    line = _first_line(core.ask("did the nyt run karps op-ed").text)
    assert line.startswith("The articles I have don't say it ran in the nyt; they tell this: "), line


def test_whether_anyone_did_an_act_told_only_of_others_is_no_yes(core: Core) -> None:
    # fresh tester 73 (O2): "did anyone resign from palantir" led "Yes:" from the flyer's "employees at other tech
    # firms had organized … mass resignations": the act's doers there are others, not anyone at the place asked
    line = _first_line(core.ask("did anyone resign from palantir").text)
    assert line.startswith("The articles I have don't say that; they tell only this: "), line


def test_a_word_said_of_another_noun_in_the_quote_is_no_calling_of_the_asked_target(core: Core) -> None:
    # fresh tester 73 (O3): "did karp call silicon valley losers" led "Yes:" from "called that “a loser position”":
    # the word qualifies another noun in the quote (a position), and calls no one losers
    for question in ("did karp call silicon valley losers", "did karp say silicon valley were losers"):
        line = _first_line(core.ask(question).text)
        assert line.startswith("The articles I have don't say that; they tell only this: "), line
    # the quote's own words asked are not turned away
    line = _first_line(core.ask("did karp call it a loser position").text)
    assert not line.startswith("The articles I have don't"), line


def test_two_verbs_offered_as_alternatives_share_what_follows(core: Core) -> None:
    # fresh tester 73 (R1): "did palantir renew or cancel the contract" was told the articles end before it could
    # be known; only "… or did it …" was split. Word against word, the rest shared by both
    assert alternative_questions(normalize("did the guild renew or cancel the lease").tokens) == (
        "did the guild renew the lease",
        "did the guild cancel the lease",
    )
    assert alternative_questions(normalize("was the lease renewed or not").tokens) is None
    line = _first_line(core.ask("did palantir renew or cancel the contract").text)
    assert "renewed" in line and not line.startswith(("Yes", "No", "The articles I have")), line


def test_a_second_alternative_that_is_a_whole_predicate_is_asked_of_the_doer_and_no_no_denies_both(core: Core) -> None:
    # fresh tester (ov52, item 1): "did the github messages stay up or get removed" was split word against word
    # ("… stay up removed", "… stay get removed"), both said "No" by the fact telling the removal: a "No" to an
    # either/or when the fact tells one of the two
    assert alternative_questions(normalize("did the notes stay up or get removed").tokens) == (
        "did the notes stay up",
        "did the notes get removed",
    )
    assert alternative_questions(normalize("did the lease expire or get renewed").tokens) == (
        "did the lease expire",
        "did the lease get renewed",
    )
    assert alternative_questions(normalize("did the notes stay up or come down").tokens) == (
        "did the notes stay up",
        "did the notes come down",
    )
    for question in ("did the github messages stay up or get removed", "did the github messages stay up or come down"):
        line = _first_line(core.ask(question).text)
        assert "taken down" in line and not line.startswith(("Yes", "No", "The articles I have")), line


def test_a_second_alternative_with_its_own_verb_on_the_first_ones_thing_is_split(core: Core) -> None:
    # fresh tester 74 (W1): "did palantir renew the contract or let it expire" led the contract's due expiry, not the
    # renewal; only "… or did it …" and word against word were split. A verb of letting asks the thing's own act,
    # any other verb asks it of the first's doer
    assert alternative_questions(normalize("did the guild renew the lease or let it expire").tokens) == (
        "did the guild renew the lease",
        "did the lease expire",
    )
    assert alternative_questions(normalize("did the guild renew the lease or allow it to lapse").tokens) == (
        "did the guild renew the lease",
        "did the lease lapse",
    )
    assert alternative_questions(normalize("did the guild renew the lease or drop it").tokens) == (
        "did the guild renew the lease",
        "did the guild drop the lease",
    )
    assert alternative_questions(normalize("did the guild renew the lease or let it").tokens) is None
    for question in ("did palantir renew the contract or let it expire", "did palantir renew the contract or drop it"):
        line = _first_line(core.ask(question).text)
        assert "renewed" in line and not line.startswith(("Yes", "No", "The articles I have")), line


@pytest.mark.parametrize(
    "question",
    [
        "did karp tell the employees the truth or hide it",  # was "did karp tell the hide the truth"
        "did ice give palantir the contract or take it back",  # was "did ice give take the contract back"
        "did palantir sign a deal with the agency or break it",  # was "did palantir sign a deal break the agency"
    ],
)
def test_a_second_alternative_is_no_question_unless_the_thing_follows_the_doers_verb(question: str) -> None:
    # review 23 (#7): the word before the thing was taken for the verb, whatever it was
    assert alternative_questions(normalize(question).tokens) is None


def test_a_second_alternatives_doer_of_several_words_ends_where_its_name_does() -> None:
    tokens = normalize("did ada lind renew the lease or drop it").tokens
    assert alternative_questions(tokens) is None  # no name told: a doer of two words is not guessed
    assert alternative_questions(tokens, [(1, 3, "ada-lind")]) == (
        "did ada lind renew the lease",
        "did ada lind drop the lease",
    )


def test_a_yes_no_question_placing_a_piece_in_a_paper_no_article_names_is_told_so(core: Core) -> None:
    # fresh tester 73 (W6): "did karp write an op ed in the nyt" led bare with his Washington Post op-ed, keeping
    # the premise; as "who wrote the op ed in the nyt" is, it is told the articles don't place it there
    line = _first_line(core.ask("did karp write an op ed in the nyt").text)
    assert line.startswith("The articles I have don't say it ran in the nyt; "), line
    assert "Washington Post" in line, line
    # placed where the article gives it, no such pointer
    line = _first_line(core.ask("did karp write an op ed in the washington post").text)
    assert not line.startswith("The articles I have don't"), line


@pytest.mark.parametrize(
    "question",
    [
        "did the hill say mijente is a latinx group",  # only VICE and Truthout call it Latinx
        "did the hill call mijente latinx",
        "did vice say thiel supports trump",  # only Business Insider says so; VICE: "Peter Thiel-founded"
    ],
)
def test_an_outlet_is_not_told_saying_what_only_another_article_cited_beside_it_says(core: Core, question: str) -> None:
    # fresh tester 78, O1/O2: "Yes: Mijente is a Latinx activist group …" (a statement blending several articles,
    # whose words only Truthout and VICE give; The Hill says "activist organization Mijente")
    lead = core.ask(question).lead
    assert not lead.startswith("Yes"), lead


def test_an_outlet_is_told_saying_what_its_own_quote_beside_others_says(core: Core) -> None:
    # VICE: "the grassroots Latinx group Mijente", in a fact Truthout and The Hill are cited in too
    lead = core.ask("did vice say mijente is a latinx group").lead
    assert lead.startswith("Yes: "), lead


@pytest.mark.parametrize(
    "question",
    [
        "did palantir still renew w ice even tho employees pushed back",  # blind set BK
        "did palantir still renew the contract despite the protests",
    ],
)
def test_still_conceding_a_past_act_asks_of_that_act_not_of_today(core: Core, question: str) -> None:
    # "did X still <act> even though/despite …": "still" means "all the same", so the act's own fact settles it
    # (the renewal), not the latest fact on the two parties, which was told as "they don't say that"
    line = _first_line(core.ask(question).text)
    assert line.startswith("Yes: ") and "renewed" in line, line
    today = _first_line(core.ask("is palantir still working with ice").text)
    assert today.startswith("As of "), today  # no concession: still asks of today


def test_an_outcome_an_outlet_tells_in_other_words_is_not_denied(core: Core) -> None:
    # blind set BK: The Hill's own fact tells the arrests of more than 400 that Palantir's products helped ICE carry
    # out; "led to" is not its verb, but "don't say that" would deny what it says
    line = _first_line(core.ask("did the hill say palantir software led to 400 arrests").text)
    assert line.startswith(messages.OTHER_WORDS_LEAD.split("{")[0]) and "400" in line, line
    # another number than the fact's is still not said
    other = _first_line(core.ask("did the hill say palantir software led to 500 arrests").text)
    assert other.startswith(messages.ACT_UNSTATED_LEAD.split("{")[0]), other


def test_a_things_own_end_is_told_as_no_act_of_the_doer_asked(core: Core) -> None:
    # yn24's leftover of review 23 #14: "had recently expired as of the end of July 2018" tells no one ended it, so
    # it is shown as what the articles tell instead, not led bare as if it answered
    line = _first_line(core.ask("did ice end the 39m contract").text)
    assert line.startswith(messages.ACT_UNSTATED_LEAD.split("{")[0]) and "expired" in line, line
    assert _first_line(core.ask("did the 39m contract expire").text).startswith("Yes: ")


def test_a_paper_named_for_a_place_is_a_venue_no_article_places_the_piece_in(core: Core) -> None:
    # yn24's leftover: "new york" is a place the brief names, so "the new york times" was read as that place and the
    # Washington Post op-ed led bare, keeping the premise
    line = _first_line(core.ask("did the new york times publish karps op-ed").text)
    assert line.startswith("The articles I have don't say it ran in the new york times"), line
    # a place named after a piece is read as before: "the report on the palo alto protest" names no paper
    asked = "why had ice come under widespread criticism by mid-2018, according to the report on the palo alto protest"
    report = _first_line(core.ask(asked).text)
    assert not report.startswith("The articles I have don't say it ran"), report


def test_a_paper_named_for_a_place_after_the_piece_is_a_venue_no_article_places_it_in(core: Core) -> None:
    # fresh tester (c8e0d43a): "did karp write an op ed in the new york times" led the Washington Post op-ed bare,
    # keeping the premise: the paper named for the place, after the piece, is read as the paper that runs first
    for question in ("did karp write an op ed in the new york times", "did karp write an op-ed in the new york times"):
        line = _first_line(core.ask(question).text)
        assert line.startswith("The articles I have don't say it ran in the new york times; "), line
        assert "Washington Post op-ed" in line, line
    # the place alone is no paper
    line = _first_line(core.ask("did karp write an op-ed in new york").text)
    assert not line.startswith("The articles I have don't say it ran in"), line


@pytest.mark.parametrize("question", ["did vice publish karps op-ed", "did karp write an op-ed in vice"])
def test_the_outlet_reporting_a_piece_another_outlet_ran_is_not_where_it_ran(core: Core, question: str) -> None:
    # yn24's leftover: VICE News reported Karp's Washington Post op-ed; its citing the fact made VICE read as the venue
    line = _first_line(core.ask(question).text)
    assert line.startswith("The articles I have don't say it ran in VICE News"), line


@pytest.mark.parametrize("question", ["did jfrej get arrested", "was jfrej arrested"])
def test_an_act_done_to_a_named_organization_is_not_told_by_a_fact_listing_it(core: Core, question: str) -> None:
    # mp24's finding: the check of an act done to one named read only people; VICE tells Never Again Action's members
    # were arrested, nothing of JFREJ's, whose fact only lists it among the protest's groups
    line = _first_line(core.ask(question).text)
    assert line.startswith(messages.ACT_UNSTATED_LEAD.split("{")[0]), line


def test_an_outlet_named_with_the_is_found_mentioned_by_another_article(core: Core) -> None:
    # yn24's leftover: the search for the facts naming "the washington post" took "the" too, matched every fact, so
    # no "No" was risked; Truthout's seed never names it, Business Insider's and VICE's do
    line = _first_line(core.ask("did truthout mention the washington post").text)
    assert line.startswith("No: The Washington Post is mentioned by ") and "not by Truthout" in line, line
    assert _first_line(core.ask("did vice mention the washington post").text).startswith("Yes: ")


def test_a_passive_act_asked_of_a_named_group_is_untold_by_a_fact_of_it_done_to_others(core: Core) -> None:
    # fresh testers (yn25): "did mijente get arrested" led bare with "Mijente's flier set out how ICE had arrested
    # hundreds of people", as if that answered; "was mijente arrested" was told "only as planned" of ICE's plan to
    # arrest 8,400 people (its "no fewer than" no negation of the act asked)
    for question in ("did mijente get arrested", "was mijente arrested"):
        line = core.ask(question).text.splitlines()[0]
        assert line.startswith("The articles I have don't say that; they tell only this: "), line
    # an organization's own people undergoing it are it: no "don't say that" over "its members were arrested"
    line = core.ask("was never again action arrested").text.splitlines()[0]
    assert not line.startswith("The articles I have don't"), line


def test_a_yes_no_sum_for_a_dated_deed_is_answered_no_with_the_one_sum_told_for_it(core: Core) -> None:
    # fresh testers (yn25): "was the 2015 renewal for $53 million" led bare with the renewal "for around $39 million"
    line = core.ask("was the 2015 renewal for $53 million").text.splitlines()[0]
    assert line.startswith("No: ") and "$39 million" in line, line
    # a bound asked is no such claim; a year whose deeds the asked sum is told of (the $53 million contract due to
    # expire in 2019) is no "No"
    assert not core.ask("was the 2015 renewal for more than $53 million").text.startswith("No")
    assert not core.ask("was the 2019 contract for $53 million").text.startswith("No")


def test_an_act_asked_done_to_people_is_untold_by_a_fact_of_it_done_to_others(core: Core) -> None:
    # fresh testers (yn25): "did the police arrest the dc protesters" found no act in "arrest" (a noun too) and led
    # bare with "Palantir called the police", which a flyer could take for arrests; the act after the subject, done
    # to people, is now checked, and ICE's arrests of immigrants are no arrests of protesters
    for question in ("did the police arrest the dc protesters", "did the police arrest the protesters in dc"):
        line = core.ask(question).text.splitlines()[0]
        assert line.startswith("The articles I have don't say that"), line
    # done to the ones the fact tells of, it is still answered
    assert core.ask("did ice arrest immigrants").text.startswith("Yes")


def test_whether_an_outlet_said_a_doer_did_what_it_tells_done_to_them_is_no_yes(core: Core) -> None:
    # fresh tester fp26: "did vice say karp confronted employees" was "Yes" of "employees confronted CEO Alex Karp":
    # who did what to whom is the words' order, and the article tells it the other way round
    first = _first_line(core.ask("did vice say karp confronted employees").text)
    assert not first.startswith("Yes"), first
    first = _first_line(core.ask("did vice say employees confronted karp").text)
    assert first.startswith("Yes: In 2018 several Palantir employees confronted CEO Alex Karp"), first
    # the asked doer named only where the act was ("stood outside of Palantir's … offices, … confronting workers")
    first = _first_line(core.ask("did the hill say palantir confronted workers").text)
    assert not first.startswith("Yes"), first


def test_whether_an_outlet_said_a_doer_did_an_act_it_tells_in_a_participial_phrase_of_their_sentence_is_yes(
    core: Core,
) -> None:
    # "groups of tech activists stood outside …, passing out flyers and confronting workers": the phrase's doer is
    # its sentence's subject, eighteen words back ("did the hill say activists confronted workers" had no "Yes")
    first = _first_line(core.ask("did the hill say activists confronted workers").text)
    assert first.startswith("Yes: "), first
    first = _first_line(core.ask("did the hill say workers confronted activists").text)
    assert not first.startswith("Yes"), first


def test_an_act_told_done_by_a_close_fact_is_led_over_one_told_only_as_planned(core: Core) -> None:
    # fresh tester fp26: "did anyone protest palantir" said the articles tell it "only as planned" (a protest planned
    # at Amazon's offices), while a close fact tells activists protested at Palantir's offices
    first = _first_line(core.ask("did anyone protest palantir").text)
    assert first.startswith("Activists protested at Palantir's offices several times during 2019"), first
    first = _first_line(core.ask("did the 49 million contract start").text)
    assert first.startswith("The articles I have tell of it only as planned"), first


def test_whether_a_group_is_described_so_is_not_settled_by_the_next_names_description(core: Core) -> None:
    # fresh tester fp26: "is mijente a jewish group" led "… the grassroots Latinx group Mijente, the Jewish group
    # Never Again Action …": the words before Never Again Action are its description, not Mijente's
    first = _first_line(core.ask("is mijente a jewish group").text)
    assert first.startswith("The articles I have don't say that; they describe Mijente as"), first
    first = _first_line(core.ask("is never again action a jewish group").text)
    # its own description opens with those words: a "Yes" (yn30)
    assert first.startswith("Yes: the articles describe Never Again Action as a left-leaning Jewish group"), first


def test_a_word_qualifying_the_named_ones_own_description_or_fact_is_a_yes(core: Core) -> None:
    # fresh tester 94: "is mijente latinx" said "don't say whether Mijente is latinx; they use the word only of
    # something else: Mijente is a Latinx activist group …", contradicting itself; "is jfrej jewish" refused while
    # its own entry opens "A Jewish social-justice group"
    first = _first_line(core.ask("is mijente latinx").text)
    assert first.startswith("Yes: Mijente is a Latinx activist group"), first
    first = _first_line(core.ask("is jfrej jewish").text)
    assert first.startswith("Yes: the articles describe Jews for Racial and Economic Justice as a Jewish"), first
    # the words before another name are that name's: no "Yes" of Mijente from "the Jewish group Never Again Action"
    first = _first_line(core.ask("is mijente jewish").text)
    assert not first.startswith("Yes"), first


def test_to_before_a_word_english_lacks_is_whom_it_went_to_not_a_purpose(core: Core) -> None:
    # fresh tester fp26: "did salesforce donate 250k to raices" said "don't say that was why": "to Raices" (a name
    # the brief does not know) is whom the donation went to, no purpose asked
    first = _first_line(core.ask("did salesforce donate 250k to raices").text)
    assert not first.startswith(messages.REASON_UNTOLD_LEAD.split("{")[0]), first
    assert "$250,000 donation" in first, first


def test_two_names_offered_as_alternatives_at_the_end_are_split_and_the_one_told_leads(core: Core) -> None:
    # fresh testers (ld26): "does palantir work with ice or cbp" was told the articles say nothing of Palantir; the
    # last name against the one before "or", what comes before shared by both
    assert alternative_questions(normalize("does the guild work with the port or navy").tokens) == (
        "does the guild work with the port",
        "does the guild work with the navy",
    )
    tokens = normalize("did the guild sell to harbour watch or navy").tokens
    assert alternative_questions(tokens, [(5, 7, "harbour-watch")]) == (
        "did the guild sell to harbour watch",
        "did the guild sell to navy",
    )
    for question in ("does palantir work with ice or cbp", "does palantir work with cbp or ice"):
        a = core.ask(question)
        line = _first_line(a.text)
        assert a.answered and "ICE" in line and not line.startswith(("Yes", "No", "The articles I have")), line


def test_whether_a_named_effort_worked_untold_says_so_then_what_the_articles_tell_of_it(core: Core) -> None:
    # fresh testers (ld26): "did the employee petition work" was only "don't say whether that worked"; the articles
    # tell of the employees' petitioning, given after it with no verdict. "Did the petition work" (several are told)
    # stays the plain refusal
    a = core.ask("did the employee petition work")
    line = _first_line(a.text)
    assert not a.answered and line.startswith("The articles I have (up to September 2019) don't say whether"), line
    assert "petitioning management in August 2019" in line, line
    b = core.ask("did the petition work")
    assert _first_line(b.text) == messages.WORKED_UNTOLD.format(latest="September 2019"), b.text


@pytest.mark.parametrize(
    "question", ["did palantir stop working with ice in 2019", "did palantir stop working with ice"]
)
def test_a_change_asked_before_a_gerund_is_settled_by_a_fact_telling_its_opposite(core: Core, question: str) -> None:
    # "stop working with" has no act found ("stop" and "working" are nouns too): the renewal, which states the
    # opposite the brief lists for "stop", was passed over as naming only the parties ("don't tell that of Palantir",
    # or "do not say whether that happened later" with 2019)
    first = _first_line(core.ask(question).text)
    assert first.startswith("No, as of 22 August 2019: ") and "renewed its ICE contract" in first, first


def test_stopping_a_contract_is_settled_by_its_renewal_as_cancelling_or_ending_it_is(core: Core) -> None:
    # brief.yaml's opposites of "stop" lacked "renew" (those of "cancel", "end" and "drop" had it): "did palantir stop
    # its ice contract" was "don't tell that of Palantir Technologies"
    first = _first_line(core.ask("did palantir stop its ice contract").text)
    assert first.startswith("No, as of 22 August 2019: "), first


@pytest.mark.parametrize(
    "question",
    ["is the 53m contract the tecs one", "is the tecs contract the 53m one", "was the 39m contract the hsi one"],
)
def test_two_things_of_one_sum_are_not_said_to_be_one_unless_every_account_ties_them(core: Core, question: str) -> None:
    """Gizmodo's $53 million ICE contract and Truthout's $53 million TECS contract are never said to be one: the
    TECS fact alone would read as a yes (fresh tester 82)."""
    assert _first_line(core.ask(question).text) == messages.SAME_UNTOLD


def test_a_keeping_asked_is_answered_no_by_an_ending_told_done(core: Core) -> None:
    """The brief lists "keep" as an opposite of "drop"; read backwards, "did they keep it" is answered no by "dropped
    it" (yn28: the fact led with no verdict), but never by an ending only urged ("urged … to stop")."""
    first = _first_line(core.ask("did the berkeley privacy conference keep palantir as a sponsor").text)
    assert first.startswith("No: ") and "dropped Palantir as a sponsor" in first, first
    first = _first_line(core.ask("did palantir renew w ice even tho employees pushed back").text)
    assert first.startswith("Yes: ") and "renewed" in first, first


def test_still_asked_of_what_a_fact_tells_ended_is_no_as_of_the_article(core: Core) -> None:
    # "dropped Palantir as a sponsor" led "As of July 2019 (… cannot tell whether it is still so today)" (yn28)
    first = _first_line(core.ask("is palantir still sponsoring that privacy law scholars conference").text)
    assert first.startswith("No, as of July 2019: ") and "dropped Palantir as a sponsor" in first, first
    # a relation told going on is no ending: no verdict
    first = _first_line(core.ask("is palantir still hosted on amazon's servers?").text)
    assert first.startswith("As of "), first


def test_an_outcome_asked_is_yes_when_the_fact_counts_some_of_it_for_what_is_asked(core: Core) -> None:
    # "produced 35 criminal arrests and 38 prosecutions" led with no verdict (yn28)
    first = _first_line(core.ask("did the 2017 ice surge lead to any prosecutions").text)
    assert first.startswith("Yes: ") and "38 prosecutions" in first, first
    # another's count of the outcome ("the 2017 ICE operation … led to 35 criminal arrests") is none of the protests'
    first = _first_line(core.ask("did the protests lead to any arrests").text)
    assert not first.startswith("Yes"), first


def test_a_named_things_act_dated_another_year_is_no_and_an_indefinite_one_gets_no_verdict(core: Core) -> None:
    # the 2015 Gotham renewal ranked first for its year and was about another contract: no sourced answer (yn28)
    first = _first_line(core.ask("was the tecs contract signed in 2015").text)
    assert first.startswith("No: ") and "September 2014" in first, first
    first = _first_line(core.ask("was the tecs contract signed in 2014").text)
    assert first.startswith("Yes: "), first
    first = _first_line(core.ask("did palantir sign a contract in 2016").text)
    assert not first.startswith(("No", "Yes")), first


def test_an_article_asked_whether_it_gave_a_sum_it_never_gives_is_no_with_its_own_sum(core: Core) -> None:
    # The Hill gives $38 million for the contract and never $49 million (VICE's): it was refused (yn28)
    first = _first_line(core.ask("did the hill say the contract was 49 million").text)
    assert first.startswith("No: The Hill gives $38 million, not $49 million: "), first
    # a sum the article does give is no "No"
    first = _first_line(core.ask("did the hill say the contract was 38 million").text)
    assert not first.startswith("No"), first


def test_an_agreement_asked_of_its_party_is_told_of_that_partys_not_anothers(core: Core) -> None:
    # "did ice end the contract" led with Microsoft's contract with ICE (yn28)
    first = _first_line(core.ask("did ice end the contract").text)
    assert "Microsoft" not in first and "Palantir" in first, first
    assert not first.startswith(("Yes", "No")), first
    # the other party named keeps its own contract's fact
    first = _first_line(core.ask("did microsoft end the contract").text)
    assert first.startswith("No, as of 31 July 2018: Microsoft"), first


def test_a_claim_with_other_reporting_linked_to_it_is_led_as_a_claim_beside_that_reporting(core: Core) -> None:
    """Fresh tester 84: "was the 38m contract used for deportations" led only Palantir's claim that it was not;
    Truthout, linked to the claim in the brief, tells of documents showing Palantir "was lying" about its part in
    deportations. Neither is a verdict; nor is the denial said by a company not answering a request (no claim)."""
    line = core.ask("was the 38m contract used for deportations").text.splitlines()[0]
    assert line.startswith(
        "The articles I have give no verdict, only a claim and other reporting beside it: Palantir had earlier said"
    ), line
    assert line.endswith('showed that Palantir "was lying" about the part it played in deportations.'), line
    line = core.ask("did palantir comment on the protest").text.splitlines()[0]
    assert line.startswith("No, not right away: Palantir did not immediately answer a request for comment"), line


def test_a_year_asked_that_dates_another_act_of_the_fact_is_said_not_to_be_the_asked_acts(core: Core) -> None:
    """Fresh tester 84: "did palantir employees sign a petition in 2018" led, with no word on the year, a fact whose
    2018 is the confronting of Karp and whose petitioning is dated August 2019."""
    line = _first_line(core.ask("did palantir employees sign a petition in 2018").text)
    assert line.startswith("The articles I have don't tell of that in 2018; they tell of it in August 2019: "), line


def test_a_description_the_entry_opens_with_is_a_yes_by_the_fact_calling_it_so(core: Core) -> None:
    # fresh tester 85: "is gordon-mckeon a tech worker" led the fact saying so without a verdict
    line = _first_line(core.ask("is gordon-mckeon a tech worker").text)
    assert line.startswith("Yes: ") and "a tech worker not affiliated" in line, line
    # the noun closing one joined part of the opening phrase ("a data analysis and software company")
    assert _first_line(core.ask("is palantir a software company").text).startswith("Yes: ")
    # an article's own label the entry does not open with stays the article's words (fresh tester 47)
    assert not _first_line(core.ask("is palantir a surveillance company").text).startswith("Yes")


def test_a_noun_in_a_negated_qualifier_is_not_what_the_entry_is(core: Core) -> None:
    # "a tech worker not affiliated with any company" was read as calling the person a company: "Yes"
    line = _first_line(core.ask("is gordon-mckeon a company").text)
    assert not line.startswith("Yes"), line


def test_a_count_the_articles_give_of_another_class_of_things_is_a_no(core: Core) -> None:
    # fresh tester 85: "did mijente release 8400 documents" led the 8,400 people ICE planned to arrest with no verdict
    line = _first_line(core.ask("did mijente release 8400 documents").text)
    assert line.startswith("No: the 8,400 the articles give counts people, not documents"), line
    # the same class counted ("people"), or an act on them ("arrests"), is no other thing
    for question in ("did ice plan to arrest 8400 people", "did ice plan 8400 arrests"):
        assert not _first_line(core.ask(question).text).startswith("No"), question


def test_an_act_told_only_as_ordered_or_meant_is_neither_yes_nor_no(core: Core) -> None:
    # fresh tester 85: "did they leave" after the D.C. organizer led "she was told to leave … said the group would not
    # leave until …" bare, read as a "No"; the article never says whether they left
    line = _first_line(core.ask("did the dc organizer leave").text)
    assert line.startswith(messages.WHETHER_UNTOLD_LEAD.split("{")[0]) and "told to leave" in line, line
    # an act told done is no such case ("renewed its ICE contract")
    assert not _first_line(core.ask("did palantir renew its contract").text).startswith("The articles I have")


def test_a_purpose_asked_after_to_told_as_such_is_no_act_only_meant(core: Core) -> None:
    # fresh tester 86: "did the lapd use palantir to predict crime" led "don't say whether that happened", then the
    # fact telling the LAPD "uses it to predict" crime: "to predict" is the purpose asked, told as asked
    line = _first_line(core.ask("did the lapd use palantir to predict crime").text)
    assert not line.startswith("The articles I have don't") and "uses it to predict" in line, line


def test_other_before_a_phrase_of_asked_words_qualifies_its_head_not_the_word_it_stands_before(core: Core) -> None:
    # fresh tester 86: "was the 53m contract with ice" led "don't say that" before "Palantir's other ICE contract …
    # was worth $53 million": "other" qualifies the contract, not ICE
    line = _first_line(core.ask("was the 53m contract with ice").text)
    assert not line.startswith("The articles I have don't") and "$53 million" in line, line


def test_a_yes_no_act_unstated_by_the_best_fact_is_settled_by_a_close_fact_stating_it(core: Core) -> None:
    # fresh tester 86: "did palantir call the police on protesters in nyc" led the NYC refusal of entry, which tells
    # no call; the fact telling the call puts it in D.C.: that place is said, with the fact
    line = _first_line(core.ask("did palantir call the police on protesters in nyc").text)
    assert line.startswith(messages.OTHER_OCCASION_LEAD.split("{")[0]) and "D.C." in line, line


def test_a_bounded_count_asked_keeps_the_fact_giving_a_count_over_one_giving_none(core: Core) -> None:
    # fresh tester 86: "did more than 500 immigrants get arrested" led Never Again Action's members being arrested;
    # the count told (The Hill's "more than 400" arrests) is what answers, with no verdict on 500
    for question in ("did more than 500 immigrants get arrested", "were more than 500 immigrants arrested"):
        line = _first_line(core.ask(question).text)
        assert line.startswith("The articles I have give no count of more than 500") and "400" in line, line
        assert "Never Again" not in line, line


def test_whether_an_effort_succeeded_is_asked_in_any_verb_of_succeeding(core: Core) -> None:
    # fresh tester 86: "did the 2019 petition succeed" was refused, while "… work" was answered: "succeed" is no word
    # of the brief's, and no word a fact must share to tell whether the effort came off
    line = _first_line(core.ask("did the 2019 petition succeed").text)
    assert line.startswith("The articles I have (up to September 2019) don't say whether that worked; they tell"), line
    assert "petition" in line, line


def test_a_view_never_stating_the_act_of_the_one_asked_does_not_settle_over_a_fact_stating_it(core: Core) -> None:
    """ "did palantir help deport families": a protester's words on tech's use to deport people name no doer; the
    flyer's claim that Palantir's software helped ICE deport families leads, as the flyer's, with no verdict."""
    a = core.ask("did palantir help deport families")
    first = _first_line(a.text)
    assert first.startswith("The May 2019 flyer told"), first
    assert not first.startswith("Yes"), first


@pytest.mark.parametrize(
    "question",
    [
        "sources say the contract was cancelled",
        "i heard the contract was cancelled",
        "someone told me that palantir stopped working with ice",
    ],
)
def test_a_claim_passed_on_rather_than_asked_gets_the_verdict_its_tagged_form_gets(core: Core, question: str) -> None:
    # fresh tester 87: "sources say the contract was cancelled" led the employees' wish, no verdict on the claim
    line = _first_line(core.ask(question).text)
    assert _says_no(line) and "renewed" in line, line


def test_a_topic_heard_of_is_no_claim_put_to_the_test() -> None:
    # "i heard about the protest": what was heard is named, not claimed; nothing is tagged onto it
    assert "right" not in normalize("i heard about the protest in palo alto").tokens
    assert normalize("i heard the vigil was cancelled").tokens[-1] == "right"


@pytest.mark.parametrize(
    "question", ["did the letter in 2018 have 140000 signatures", "did the 2018 letter have 140,000 signatures"]
)
def test_a_count_another_fact_gives_of_another_thing_is_a_no_with_both(core: Core, question: str) -> None:
    # fresh tester 86: the 2018 letter (over 200 employees) led with no verdict; the 140,000 are the petition's
    line = _first_line(core.ask(question).text)
    assert line.startswith("No: ") and "200" in line and "140,000" in line and "petition" in line, line


def test_a_count_the_thing_asked_of_is_given_in_another_fact_is_no_no(core: Core) -> None:
    # the petition is named by the fact giving 140,000: the same thing, whatever the lead fact, no "No"
    assert not core.ask("did the petition have 140000 signatures").text.startswith("No")


def test_a_month_outside_the_part_of_the_year_a_fact_tells_is_not_led_as_that_months(core: Core) -> None:
    # fresh tester 87: "mid-2019" actions in D.C. led with no word that September is not when they are told of
    line = _first_line(core.ask("did the protest in dc happen in september 2019").text)
    assert line.startswith("The articles I have don't tell of that in September 2019; they tell of it in mid-2019")
    # a month inside that part of the year is the fact's, led as before
    assert _first_line(core.ask("was there a protest in dc in june 2019").text).startswith("In mid-2019")


def test_people_asked_by_an_everyday_word_are_weighed_as_people_an_act_was_done_to(core: Core) -> None:
    # fresh tester 88 (fault 7): "kids" was no word for people, so "help ICE deport kids" was led, unjudged, by the
    # system ICE uses for deportations, which says nothing of children ("children" was told "don't say that")
    line = core.ask("did palantir help ice deport kids").text.splitlines()[0]
    assert line.startswith(messages.ACT_UNSTATED_LEAD.split("{")[0]), line


@pytest.mark.parametrize(
    "question",
    [
        "did ice arrest kids",  # the children are what sponsors paid to "bring", not whom the surge would arrest
        "did palantir target minors",  # "parents and other relatives of unaccompanied children": the parents
        "did ice arrest smugglers",  # "a surge to find and arrest people …": an aim described, no arrest told
        "did ice find smugglers",  # the first of the aim's two verbs
        # found by ov12 trying more of the kind
        "did salesforce refuse the donation",  # it "refused to cancel its contract, even after a nonprofit turned down
        # a donation from the company": the nonprofit's refusal
        "did the intercept obtain palantir documents",  # "obtained DHS documents which … showed that Palantir …"
    ],
)
def test_no_yes_when_the_asked_object_is_another_words_or_the_act_only_an_aim(core: Core, question: str) -> None:
    """Task ov12 (found by yn34): the asked object must be the act's own, and an act joined under an aim's "to" is
    no act done."""
    assert not _first_line(core.ask(question).text).startswith("Yes"), question


def test_an_object_the_act_takes_itself_still_gets_a_yes(core: Core) -> None:
    """The of-phrase rule spares the act's own object: "single out parents and other relatives of …" targets the
    parents."""
    assert _first_line(core.ask("did palantir target parents").text).startswith("Yes")


def test_an_object_in_another_nouns_of_phrase_or_after_a_second_verb_is_not_the_acts() -> None:
    """`taken_by_another`, read word by word on a brief-neutral sentence."""
    verb = {"bring": "bring", "paid": "pay"}.get
    tokens = "the wardens arrested owners of boats and sailors who paid crews to bring cargo".split()
    act = tokens.index("arrested")
    assert taken_by_another(tokens, act, tokens.index("boats"), {"sailor"}, verb)
    assert taken_by_another(tokens, act, tokens.index("cargo"), {"sailor"}, verb)
    assert not taken_by_another(tokens, act, tokens.index("owners"), {"owner"}, verb)
    assert not taken_by_another(tokens, act, tokens.index("boats"), {"owner"}, verb)  # "owners of boats" asked
    counted = "the wardens arrested one of the keepers".split()
    assert not taken_by_another(counted, 2, counted.index("keepers"), {"keeper"}, verb)
    named = "the gazette obtained harbour department of fisheries documents".split()
    inside = set(range(named.index("harbour"), named.index("documents")))  # a name's words: its "of" is no phrase
    assert taken_by_another(named, 2, named.index("documents"), {"document"}, verb)
    assert not taken_by_another(named, 2, named.index("documents"), {"document"}, verb, inside)


def test_a_bare_verb_joined_under_an_aims_to_is_an_aim() -> None:
    """`aim_shared`: "a drive to find and arrest sailors" arrests no one; "found and arrested" does."""
    verb = {"found": "find", "arrested": "arrest"}.get
    aim = "a drive to find and arrest sailors".split()
    assert aim_shared(aim, aim.index("arrest"), verb)
    assert aim_shared(aim, aim.index("find"), verb)
    went = "they went to work and arrested sailors".split()
    assert not aim_shared(went, went.index("work"), verb)
    done = "they found and arrested sailors".split()
    assert not aim_shared(done, done.index("arrested"), verb)


@pytest.mark.parametrize(
    "question",
    [
        "did palantir watch others",  # "the magic crystal ball Sauron used to watch others": Sauron's act
        "did berkeley drop palantir",  # "the … Conference at the University of California, Berkeley dropped": the
        # conference's act
        "did karp defend ice",  # "defended Palantir's decision to keep working with ICE": the decision defended
        "did protesters compare palantir to nazi germany",  # "… to IBM's collaboration with Nazi Germany"
        "did amazon meet ice officials",  # "after reports that it had met ICE officials": only reported
    ],
)
def test_no_yes_when_the_asked_doer_or_object_is_not_the_acts_or_the_act_only_reported(
    core: Core, question: str
) -> None:
    """Task ov13: a "Yes" needs the asked subject as the act's doer, the asked name as its object (or after the
    preposition asked), and the act told in the article's voice, not after "reports that"."""
    assert not _first_line(core.ask(question).text).startswith("Yes"), question


@pytest.mark.parametrize(
    "question",
    [
        "did karp defend the ice work at the town hall",  # the asked "work" places ICE as told
        "did karp defend the decision",  # the act's own object
        "did protesters compare palantirs contracts to ibms collaboration with nazi germany",  # "to" as asked
    ],
)
def test_the_acts_own_doer_and_object_still_get_a_yes(core: Core, question: str) -> None:
    assert _first_line(core.ask(question).text).startswith("Yes"), question


def test_the_names_just_before_a_verb_are_its_doers_not_one_in_their_place_phrase() -> None:
    """`doer_otherwise`, on brief-neutral sentences."""
    told = "lind is named after the lamp the warden used to light".split()
    spans = [(0, 1, "lind"), (7, 8, "warden")]
    assert doer_otherwise(told, told.index("light"), "lind", spans)
    assert not doer_otherwise(told, told.index("light"), "warden", spans)
    placed = "the vigil at the harbour guild dropped lind".split()
    vigil_guild = [(1, 2, "vigil"), (4, 6, "guild"), (7, 8, "lind")]
    assert doer_otherwise(placed, placed.index("dropped"), "guild", vigil_guild)
    assert not doer_otherwise(placed, placed.index("dropped"), "vigil", vigil_guild)
    joined = "the guild and the gazette had dropped lind".split()
    guild_gazette = [(1, 2, "guild"), (4, 5, "gazette"), (7, 8, "lind")]
    assert not doer_otherwise(joined, joined.index("dropped"), "guild", guild_gazette)
    unnamed = "the guild's keepers dropped lind".split()
    assert not doer_otherwise(unnamed, unnamed.index("dropped"), "guild", [(1, 2, "guild"), (4, 5, "lind")])


def test_a_name_tied_to_another_noun_by_a_preposition_is_not_the_acts() -> None:
    """`placed_otherwise`, on brief-neutral sentences."""
    kept = "lind defended the guild decision to keep working with the navy".split()
    act, navy = kept.index("defended"), kept.index("navy")
    assert placed_otherwise(kept, act, navy, set(), None)
    assert not placed_otherwise(kept, act, navy, {"work"}, None)  # "defend the navy work": as asked
    compared = "they compared the guild deals to the town pact with the navy".split()
    act, navy = compared.index("compared"), compared.index("navy")
    assert placed_otherwise(compared, act, navy, set(), "to")
    assert not placed_otherwise(compared, act, navy, set(), "with")
    sold = "the guild sold lamps to the navy in 2019".split()
    assert not placed_otherwise(sold, sold.index("sold"), sold.index("navy"), set(), None)  # a recipient's "to"


def test_an_act_after_a_hearsay_noun_is_told_only_as_reported() -> None:
    heard = "the guild faced backlash after reports that it had met the wardens".split()
    assert hearsay_at(heard) == heard.index("reports")
    own = "the gazette reports that the guild met the wardens".split()
    assert hearsay_at(own) == len(own)  # the outlet's own report, in its voice


@pytest.mark.parametrize(
    "question",
    ["did amazon employees urge palantir to stop", "did amazon workers ask palantir to stop working with ice"],
)
def test_a_request_asked_of_one_named_is_not_settled_by_a_request_made_to_another(core: Core, question: str) -> None:
    """Task ov14: the one urged stands between the request and its "to"; a name after "to <verb>" is its object."""
    line = _first_line(core.ask(question).text)
    assert line.startswith(messages.ACT_UNSTATED_LEAD.split("{")[0]), line


@pytest.mark.parametrize(
    "question",
    [
        "did amazon employees urge amazon web services to stop hosting palantir",
        "did the letter ask palantir to end its contracts",  # "asking the company to end …": the glossary's word
    ],
)
def test_a_request_made_to_the_one_named_still_gets_a_yes(core: Core, question: str) -> None:
    line = _first_line(core.ask(question).text)
    assert line.startswith("Yes"), line


def test_an_act_told_of_a_noun_a_name_is_only_in_the_of_phrase_of_is_not_that_names(core: Core) -> None:
    """Task ov14: "X is a co-founder of <firm> and a supporter of <president>" is no support by the firm."""
    assert not _first_line(core.ask("did palantir support trump").text).startswith("Yes")
    assert _first_line(core.ask("did thiel support trump").text).startswith("Yes")


def test_a_name_in_an_of_phrase_describes_another_noun() -> None:
    """`of_another`, on brief-neutral sentences."""
    told = "ward is a co-founder of the guild and a supporter of".split()
    assert of_another(told, "guild", [(0, 1, "ward"), (6, 7, "guild")])
    assert not of_another(told, "ward", [(0, 1, "ward"), (6, 7, "guild")])
    own = "the guild backed lind".split()
    assert not of_another(own[:2], "guild", [(1, 2, "guild")])


def test_what_an_event_was_about_untold_of_the_name_asked_says_so(core: Core) -> None:
    """Fresh tester 89: the fact tells the protest but names no such topic."""
    line = _first_line(core.ask("was the protest in boston about palantir").text)
    assert line.startswith(messages.ACT_UNSTATED_LEAD.split("{")[0]), line


def test_an_act_whose_preposition_names_another_is_not_one_with_the_name_asked(core: Core) -> None:
    """Task ov14: "<firm>'s collaboration with <state>" is no collaboration with another firm named before it."""
    assert not _first_line(core.ask("did ibm collaborate with palantir").text).startswith("Yes")


def test_a_name_in_the_place_phrase_of_the_subject_is_not_the_doer(core: Core) -> None:
    """Task ov14: "protesters outside <firm>'s office compared …" is the protesters' comparing."""
    assert not _first_line(core.ask("did palantir compare ice to ibm").text).startswith("Yes")


def test_a_year_asked_of_an_undated_total_gets_no_verdict(core: Core) -> None:
    """The year in "According to VICE News (September 2019)" dates the report, not the payments: no Yes (task ld35)."""
    a = core.ask("did palantir get paid 150 million in 2019")
    statement = core.brief.facts["ice-paid-over-150m"].statement
    assert a.text.splitlines()[0] == messages.UNDATED_YEAR_LEAD.format(year="2019", statement=statement)


@pytest.mark.parametrize("question", ["did thiel found palantir", "did peter thiel found palantir"])
def test_a_doer_told_as_the_acts_agent_noun_of_the_thing_asked_is_a_yes(core: Core, question: str) -> None:
    # task yn35: "Peter Thiel is a co-founder of Palantir" led "don't say that" of "did thiel found palantir"
    line = _first_line(core.ask(question).text)
    assert line.startswith("Yes: ") and "co-founder of Palantir" in line, line
    # the roles swapped, or another doer, are not told by it
    assert not _first_line(core.ask("did palantir found thiel").text).startswith("Yes")


def test_an_agent_noun_is_the_verbs_lemma_with_an_agent_ending() -> None:
    assert all(agent_noun_of(noun, verb) for noun, verb in [("founder", "found"), ("creator", "create")])
    assert not agent_noun_of("founder", "find") and not agent_noun_of("member", "mem")
    words_ = "ward is not a founder of the guild".split()
    assert not told_as_agent(words_, [1], {7}, "found")  # negated: nothing but a copula and an article between
    assert told_as_agent("ward is a co founder of the guild".split(), [1], {7}, "found")


@pytest.mark.parametrize(
    "question",
    [
        "was the 2017 ice program called a precursor",
        "was the 2017 program described as a precursor to the zero-tolerance policy",
    ],
)
def test_a_thing_asked_as_called_so_is_a_yes_where_a_fact_tells_it_called_so(core: Core, question: str) -> None:
    # task yn35: "has been called a precursor", after a relative clause on the program, led without its "Yes"
    line = _first_line(core.ask(question).text)
    assert line.startswith("Yes: The Hill reports") and "called a precursor" in line, line
    # the thing called is the program, not a name in its relative clause; nor another predicate
    for other in ("was palantir called a precursor", "was the 2017 program called a success"):
        assert not _first_line(core.ask(other).text).startswith("Yes"), other


def test_a_calling_is_read_after_the_subject_or_its_relative_clause_only() -> None:
    subject, predicate = ["2017", "program"], ["precursor"]
    assert called_as_asked("a 2017 program described as a precursor".split(), subject, predicate)
    assert called_as_asked("the 2017 program which ran has been called a precursor".split(), subject, predicate)
    assert not called_as_asked("the 2017 program has not been called a precursor".split(), subject, predicate)
    assert not called_as_asked("the 2017 program led to a raid called a precursor".split(), subject, predicate)


@pytest.mark.parametrize("question", ["were the messages taken down by github", "were the messages removed by github"])
def test_a_name_before_a_passive_act_is_its_subjects_not_the_agent_asked(core: Core, question: str) -> None:
    # task yn35: "messages posted on Palantir's GitHub page … were taken down" led "Yes" to "taken down by github",
    # though no article says who took them down
    line = _first_line(core.ask(question).text)
    assert not line.startswith("Yes") and "taken down" in line, line


def test_a_refusal_word_only_in_the_scene_setting_clause_leaves_the_asked_act_to_be_denied(core: Core) -> None:
    """Blind set BW: "did salesforce cancel its cbp contract after that nonprofit rejected its 250k donation" said the
    articles end before it: "rejected", of the nonprofit, was read as a refusal asked, so "refused to cancel" was no
    "No"."""
    a = core.ask("did salesforce cancel its cbp contract after that nonprofit rejected its 250k donation")
    assert _first_line(a.text).startswith("No: Salesforce repeatedly refused to cancel"), a.text


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("did palantir take the letter in 2018?", "refused to accept their letter"),
        ("did everyone going into the ny office take the flier?", "refused to take the flier"),
    ],
)
def test_an_irregular_verb_read_as_its_past_is_said_no_by_a_refusal_of_its_bare_form(
    core: Core, question: str, told: str
) -> None:
    # task yn36: "take" is read as the brief's "took", whose stem neither the brief's opposites ("take": "refused")
    # nor a negation of the bare form ("refused to take") carried: the fact led without its verdict
    line = _first_line(core.ask(question).text)
    assert line.startswith("No: ") and told in line, line


@pytest.mark.parametrize(
    "question", ["is shauna gordon-mckeon a palantir employee", "does shauna gordon-mckeon work at palantir"]
)
def test_a_tie_denied_to_any_thing_of_a_kind_is_a_no_to_a_tie_to_one_named_of_that_kind(
    core: Core, question: str
) -> None:
    # task yn36: "not affiliated with any company" denies a tie to Palantir, a company (its kind); it led bare
    line = _first_line(core.ask(question).text)
    assert line.startswith("No: ") and "not affiliated with any company" in line, line
    # a group that is no company: the denial says nothing of it
    assert not _first_line(core.ask("is shauna gordon-mckeon a mijente member").text).startswith("No")


def test_a_refusal_by_people_the_fact_does_not_say_are_the_asked_ones_is_no_no(core: Core) -> None:
    # task yn36: once "take" was read for "refused to take", "did palantir workers take the leaflets" led "No:" on
    # "several people refused …" going into a building housing the office: whose people they were is untold
    line = _first_line(core.ask("did palantir workers take the leaflets").text)
    assert not line.startswith("No") and "refused to take the flier" in line, line
    # a party's "people" are any of its persons: its employees refusing say no of them
    line = _first_line(core.ask("did palantir ppl open the door for the palo alto protesters").text)
    assert line.startswith("No: Palantir employees"), line


@pytest.mark.parametrize(
    "question",
    ["was anyone arrested at the protests", "were there arrests at the protests", "was anyone arrested at the protest"],
)
def test_the_protests_asked_with_no_other_name_get_no_yes_from_others_protests(core: Core, question: str) -> None:
    """Fresh tester 91: Never Again Action's members arrested at protests outside detention facilities answered
    "Yes" to "was anyone arrested at the protests", which asks of the brief's own subject's protests."""
    first = core.ask(question).text.splitlines()[0]
    assert first.startswith(messages.ACT_UNSTATED_LEAD.split("{")[0])


def test_others_protests_still_say_yes_when_the_others_are_named(core: Core) -> None:
    first = core.ask("were never again action members arrested").text.splitlines()[0]
    assert first.startswith("Yes: Never Again Action")


@pytest.mark.parametrize(
    ("question", "dated"),
    [
        ("does palantir sell its software to the lapd", "Yes, as of 31 July 2018: Palantir also sells its software"),
        ("does thiel support trump", "Yes, as of 22 August 2019: Peter Thiel"),
        ("does ice use palantir software", "Yes, as of 22 August 2019: Palantir supplies ICE with software"),
    ],
)
def test_a_present_tense_yes_no_question_the_fact_affirms_is_yes_as_of_the_facts_date(
    core: Core, question: str, dated: str
) -> None:
    # task yn37: asked in the present, a fact affirming the act led bare, with no verdict; articles of 2018-2019
    # cannot say it is so today, so the "Yes" is dated, as the "No, as of …" verdicts are
    line = _first_line(core.ask(question).text)
    assert line.startswith(dated), line


def test_a_present_tense_yes_never_reaches_still_now_a_negated_act_or_another_auxiliary(core: Core) -> None:
    # "still" asks of today: told as of the date with no verdict; a negated act or a modal gets no "Yes" either way
    for question in (
        "does palantir still sell its software to the lapd",
        "does palantir not sell its software to the lapd",
        "can palantir sell its software to the lapd",
        "will palantir sell its software to the lapd",
    ):
        line = _first_line(core.ask(question).text)
        assert not line.startswith("Yes") and "Los Angeles Police Department" in line, (question, line)


def test_an_alternative_answered_yes_as_of_a_date_keeps_the_date_without_the_verdict(core: Core) -> None:
    # "does palantir work with ice or cbp" asks neither yes nor no: the alternative told leads with its date only
    line = _first_line(core.ask("does palantir work with ice or cbp").text)
    assert line.startswith("As of May 2019: ") and "ICE" in line, line


def test_a_present_tense_yes_never_rests_on_an_act_told_ended_or_asked_to_end(core: Core) -> None:
    # task yn37 (3k diff): "is palantirs ice stuff hosted on aws" led "Yes, as of …" on "Amazon employees urged Amazon
    # Web Services to stop hosting Palantir": hosted then, maybe not now; asked in the past it is still a "Yes"
    verdicts = core.answerer.composer.verdicts
    answerer = core.answerer
    urged = "hill-amazon-workers-aws-2018"
    present = answerer.understander.understand(normalize("is palantir hosted by amazon web services"))
    past = answerer.understander.understand(normalize("was palantir hosted by amazon web services"))
    assert not verdicts.affirms(present, urged, present=True)
    assert verdicts.affirms(past, urged)


def test_a_month_name_before_a_year_is_a_date_not_the_modal_may(core: Core) -> None:
    """ "the May 2019 protest … were taken down" is told as done; "may be taken down" would only be a possibility."""
    assert not hedged("posted at the may 2019 protest were taken down".split(), 7)
    assert not hedged("posted on 13 may were taken down".split(), 5)
    assert hedged("the posts may be taken down".split(), 4)
    assert _first_line(core.ask("were the github protest posts taken down").text).startswith("Yes: ")


def test_a_leading_role_asked_of_another_with_no_owner_named_is_no_with_its_holder(core: Core) -> None:
    """ "Was Thiel the CEO": the role at the brief's subject, held by one other named person alone, is a cited "No"."""
    for question in ("was thiel the ceo", "is peter thiel the ceo"):
        line = _first_line(core.ask(question).text)
        assert line.startswith("No: Alex Karp is Palantir's chief executive"), (question, line)
    assert _first_line(core.ask("was karp the ceo").text).startswith("Yes: Alex Karp")
    assert not _says_no(_first_line(core.ask("is thiel a ceo").text))  # of any company, which no article tells


def test_a_passive_subject_is_read_before_the_phrase_describing_it_however_long(core: Core) -> None:
    """ "The hundreds of messages posted on … page on the Saturday of the protest were taken down": the messages
    underwent it, eleven words before "were"; the page or the protest named nearer did not."""
    line = _first_line(core.ask("were the github messages taken down").text)
    assert line.startswith("Yes: The hundreds of anti-ICE messages"), line
    assert not _first_line(core.ask("were the protesters taken down").text).startswith("Yes")


def test_a_role_asked_still_held_of_the_one_that_ended_it_is_no_as_of_the_articles_date(core: Core) -> None:
    """ "Is Palantir still a sponsor of the conference": the conference dropped it as a sponsor, so "No" as of the
    article's date; of no one named, or of a place the ender only stood at, no verdict."""
    line = _first_line(core.ask("is palantir still a sponsor of the privacy law scholars conference").text)
    assert line.startswith("No, as of July 2019: "), line
    for question in ("is palantir still a sponsor", "is palantir still a sponsor of berkeley"):
        line = _first_line(core.ask(question).text)
        assert not line.startswith(("No", "Yes")), (question, line)


def test_a_yes_no_question_is_answered_by_a_near_fact_of_the_party_asked_over_one_of_another_party(core: Core) -> None:
    # fresh tester 93: "after the protests" lifted Microsoft keeping its ICE contract over Palantir's renewal, and the
    # answer refused as not told of Palantir
    a = core.ask("did palantir stop working with ice after the protests")
    assert a.answered and _says_no(_first_line(a.text)), a.text
    assert a.items[0].id == "contract-renewed-2019-08-19"


def test_a_passive_yes_no_question_on_a_named_thing_is_never_answered_by_another_such_thing(core: Core) -> None:
    # fresh tester 93: the New York petition's fact never says who signed it, and the one stepped to instead was the
    # employees' own August petition, led as if it were the New York one
    a = core.ask("was the nyc petition signed by palantir employees")
    assert not a.answered, a.text
    assert "60" not in _first_line(a.text), a.text
    assert core.ask("was the petition signed by palantir employees").answered  # the employees' petition asked


@pytest.mark.parametrize(
    "question",
    [
        "did palantir respond to the hill",
        "did palantir comment on the protests",
        "did palantir ever reply to the hill",  # was "No, as of May 2019": not then is no "not by May 2019"
    ],
)
def test_a_negation_bounded_in_time_is_not_a_bare_no(core: Core, question: str) -> None:
    """Task yn39: "did not immediately respond" tells no reply then, not that none ever came: "No, not right away"."""
    line = _first_line(core.ask(question).text)
    assert line.startswith("No, not right away: Palantir did not"), line


def test_how_a_negation_is_bounded_in_time_is_read_in_one_clause() -> None:
    assert negation_bounded_in_time(["Palantir did not immediately respond to a request"]) == "soon"
    assert negation_bounded_in_time(["it did not respond right away when asked"]) == "soon"
    assert negation_bounded_in_time(["At first the guild refused to sign it"]) == "first"
    assert negation_bounded_in_time(["the guild did not sign, at first glance a loss"]) is None  # another clause
    assert negation_bounded_in_time(["Palantir declined to comment"]) is None


@pytest.mark.parametrize("question", ["did the staff accept the letter in 2018", "did the workers accept the letter"])
def test_a_subject_asked_by_another_word_for_the_same_role_is_denied_by_the_fact(core: Core, question: str) -> None:
    """Task yn39: "the staff" are the employees who "refused to accept their letter" (a role's words, general
    English); another role's people are not ("engineers" may be some employees only)."""
    line = _first_line(core.ask(question).text)
    assert line.startswith("No: Palantir employees") and "refused to accept" in line, line
    assert not _says_no(_first_line(core.ask("did the engineers accept the letter").text))


def test_an_asked_request_verb_is_the_act_told_unless_a_naming_is_asked(core: Core) -> None:
    """Task yn39: "were the police called" of "the company called the police": the calling asked is told, the police
    its object, not what was asked for; "was palantir called a precursor" asks a naming, never so settled, and an
    employee's request is no calling by the employee."""
    for question in ("were the police called", "did palantir call the police"):
        line = _first_line(core.ask(question).text)
        assert line.startswith("Yes: ") and "Palantir called the police" in line, (question, line)
    assert not _first_line(core.ask("was palantir called a precursor").text).startswith("Yes")
    assert not _first_line(core.ask("did the employee call the police").text).startswith("Yes")


def test_a_sum_tied_to_another_names_the_agreement_after_that_sum_where_its_number_comes_earlier_too(
    core: Core,
) -> None:
    # the naming sum's number ("20") also counts the staff before it: the agreement's noun is read where the sum
    # stands, not after the number's first use ("the $20 million for")
    q = core.answerer.understander.understand(
        normalize("did the 20 staff pay $49 million for the $20 million contract")
    )
    tied = core.answerer.decider._sum_tied_to_another_sum(q, [], {("49", "million"), ("20", "million")})
    assert tied == ("$49 million", "the $20 million contract"), tied


@pytest.mark.parametrize(
    "question",
    ["is karp the founder of palantir", "was karp a cofounder", "is karp a co-founder of palantir"],
)
def test_a_role_several_hold_told_only_of_another_is_not_denied_but_said_untold(core: Core, question: str) -> None:
    # fresh testers 94/95: led by an unrelated fact; the articles call only Thiel a co-founder and never say who
    # else founded it: not told is not false, so no "No", and what they tell of its founding follows
    line = _first_line(core.ask(question).text)
    assert line.startswith("The articles I have don't say whether Alex Karp"), line
    assert "co-founder" in line and "Thiel" in line, line


def test_a_role_several_hold_told_of_the_one_asked_is_yes_with_an_agent_prefix(core: Core) -> None:
    line = _first_line(core.ask("was thiel a cofounder").text)
    assert line.startswith("Yes: ") and "co-founder" in line, line


def test_the_act_asked_of_a_subject_described_by_a_who_clause_is_the_main_verb_after_it(core: Core) -> None:
    # fresh testers 94/95: "did the employees who confronted karp get fired" had no act, and was led bare by the
    # fact of the confrontation (the clause's act), as if it answered whether they were fired
    q = core.answerer.understander.understand(normalize("did the employees who confronted karp get fired"))
    assert core.answerer.decider.act_forms(q) == {"fire"}
    line = _first_line(core.ask("did the employees who confronted karp get fired").text)
    assert not line.startswith(("Yes", "No", "In 2018 several Palantir employees confronted")), line


@pytest.mark.parametrize(
    "question", ["did palantir call the police on the protesters", "did palantir call the cops on the dc protesters"]
)
def test_the_people_a_request_is_put_to_are_told_though_what_it_asks_of_them_is_not(core: Core, question: str) -> None:
    # task yn42: "asked the protesters to switch off their camera, and Palantir called the police" tells of
    # protesters there; only the switching off, what they were asked to do, is untold
    assert _first_line(core.ask(question).text).startswith("Yes: "), question
    line = _first_line(core.ask("did the protesters switch off their camera").text)
    assert not line.startswith("Yes"), line


def test_a_size_compared_with_an_event_no_fact_tells_of_says_it_has_no_count_not_another_fact(core: Core) -> None:
    # task yn42: "was the palo alto protest bigger than the microsoft petition" led an unrelated letter fact, as no
    # fact tells of a Microsoft petition; that side has no count told, and the other side's own is said (ONE_SIZE_ONLY)
    line = _first_line(core.ask("was the 2018 palo alto protest bigger than the microsoft petition").text)
    assert line.startswith("The articles I have give a size only for the 2018 palo alto protest: dozens"), line
    assert "no count of the people at the microsoft petition" in line, line
    line = _first_line(core.ask("was the palo alto protest bigger than the microsoft petition").text)
    assert line.startswith("The articles I have give "), line


def test_a_fact_settling_it_only_of_others_never_takes_the_lead_from_one_telling_it_of_those_asked(core: Core) -> None:
    # fresh tester 96: the flyer's "employees at other tech firms … petitions … do not want" settles something, of
    # others, and led "the articles don't say that" over the 60 Palantir employees' own petition
    a = core.ask("did employees petition palantir")
    assert a.answered and a.items[0].id == "employees-petition-over-60-2019", a.text
    assert not _first_line(a.text).startswith(messages.ACT_UNSTATED_LEAD.split("{", 1)[0]), a.text


@pytest.mark.parametrize("question", ["did palantir build falcon", "did palantir create falcon"])
def test_a_making_asked_is_told_by_a_verb_whose_doing_entails_it(core: Core, question: str) -> None:
    # task yn46: "paid Palantir … for designing and running … its FALCON analytical platform" tells it built it;
    # the fact saying so leads over a higher-ranked one that only tells the money "went to developing" it
    line = _first_line(core.ask(question).text)
    assert line.startswith("Yes: ") and "designing" in line, line


def test_an_organization_asked_of_an_act_told_only_of_other_doers_is_said_untold(core: Core) -> None:
    # task yn46: "Palantir's HSI contracts … went to developing FALCON" tells no developing by ICE
    for question in ("did ice build falcon", "did ice develop falcon"):
        line = _first_line(core.ask(question).text)
        assert line.startswith("The articles I have don't tell that of US Immigration and Customs"), line


def test_a_noun_the_stemmer_folds_into_an_acts_stem_tells_no_such_act(core: Core) -> None:
    # task yn46: "Palantir's GitHub software development page" was a "Yes" to "did palantir develop the github page"
    assert never_verb("development") and never_verb("settlement")
    assert not never_verb("developing") and not never_verb("arrests") and not never_verb("qwzxv")
    for question in ("did palantir develop the github page", "did palantir build the github page"):
        line = _first_line(core.ask(question).text)
        assert not line.startswith("Yes"), line


def test_a_name_right_after_anothers_genitive_is_not_the_doer_of_the_act_after_it(core: Core) -> None:
    # task yn46: "Palantir's HSI contracts … went to developing FALCON" was a "Yes" to "did hsi develop falcon"
    for question in ("did hsi develop falcon", "did hsi build falcon"):
        line = _first_line(core.ask(question).text)
        assert not line.startswith("Yes"), line


@pytest.mark.parametrize(
    "question",
    [
        "did karp think google was treasonous",
        "did karp consider google treasonous",
        "did karp believe google was treasonous",
        "did karp call google treasonous",
    ],
)
def test_a_judgement_asked_as_held_is_settled_by_its_being_called_so(core: Core, question: str) -> None:
    # task yn46: "Alex Karp had attacked Google, calling it "treasonous" …" reports the judgement he held; a calling
    # after the comma is the main clause's subject's, a saying though no verb of saying names him
    line = _first_line(core.ask(question).text)
    assert line.startswith("Yes: ") and "treasonous" in line, line


def test_a_judgement_asked_in_other_words_than_the_one_called_is_no_yes(core: Core) -> None:
    for question in ("did karp think google was a traitor", "did karp think about google"):
        line = _first_line(core.ask(question).text)
        assert not line.startswith("Yes"), line


def test_an_act_asked_toward_people_is_settled_by_a_fact_naming_them_not_one_toward_another_party(core: Core) -> None:
    # task yn46: "did palantir respond to the protesters" led "Palantir did not respond right away when The Hill asked
    # it to comment" (its "protests" share the protesters' stem); Truthout's "the Palantir employee responded by
    # requesting the group turn off their camera" ranked below the first hits
    a = core.ask("did palantir respond to the protesters")
    assert a.answered and a.items[0].id == "to-dc-police-called", a.text
    line = _first_line(core.ask("did palantir respond to the hill").text)
    assert "The Hill" in line, line


def test_a_short_question_of_one_everyday_noun_the_facts_use_plainly_is_answered_not_off_topic(core: Core) -> None:
    # task yn46: "did the police come" was "outside what I cover", though Truthout tells "the company called the
    # police"; whether they came is untold, and the fact using "police" outside a name (not the Los Angeles Police
    # Department's) is what the articles do tell
    a = core.ask("did the police come")
    assert a.answered and a.items[0].id == "to-dc-police-called", a.text
    assert _first_line(a.text).startswith(messages.ACT_UNSTATED_LEAD.split("{", 1)[0]), a.text
    assert not core.ask("did the dog bark").answered


def test_come_ending_a_yes_no_question_is_the_act_of_arriving(core: Core) -> None:
    # task yn46: "come" is a light verb elsewhere ("came to present"), but with nothing after it is the act asked
    line = _first_line(core.ask("did the activists come").text)
    assert line.startswith("Yes: ") and "activists came" in line, line


@pytest.mark.parametrize(
    "question", ["was the contract renewed in july 2019", "did palantir renew the contract in july 2019"]
)
def test_an_act_done_to_another_thing_settles_nothing_of_the_thing_asked(core: Core, question: str) -> None:
    """A renewal asked of the contract: Truthout's headline renews a push (to cancel the contract), not the contract;
    the contract's own renewal (19 August 2019, Business Insider) leads, told as of another month."""
    a = core.ask(question)
    first = a.text.splitlines()[0]
    assert a.evidence[0].id == "contract-renewed-2019-08-19" and "19 August 2019" in first, a.text
    assert "renewing their push" not in first


def test_two_acts_each_with_its_own_object_are_split_sharing_what_follows_the_second() -> None:
    # blind set CD: "did <firm> staff open the door or take the letter at the <town> protest in 2018" was split word
    # against word ("… open the door the letter …"), and no verdict was given
    assert alternative_questions(normalize("did the keepers open the door or take the letter at the vigil").tokens) == (
        "did the keepers open the door at the vigil",
        "did the keepers take the letter at the vigil",
    )
    assert alternative_questions(normalize("did the harbour keepers sign the lease or drop the map").tokens) == (
        "did the harbour keepers sign the lease",
        "did the harbour keepers drop the map",
    )
    # word against word, and a pronoun after the second verb, are read as before
    assert alternative_questions(normalize("did the guild renew or cancel the lease").tokens) == (
        "did the guild renew the lease",
        "did the guild cancel the lease",
    )
    assert alternative_questions(normalize("did the guild renew the lease or drop it").tokens) == (
        "did the guild renew the lease",
        "did the guild drop the lease",
    )


def _tiny_core(make_brief: Callable[..., Path], *statements: str, name: str = "tiny") -> Core:
    facts = [tiny_fact(f"fact-{n}", statement=s, date="2020-02-01") for n, s in enumerate(statements)]
    return Core(load_brief(make_brief(facts, name=name)), rate_limit=0)


def test_two_acts_joined_by_or_that_one_fact_denies_both_are_a_no(make_brief: Callable[..., Path]) -> None:
    denied = "Alpha Corp staff would not open the door to the protesters and refused to take their letter."
    core = _tiny_core(make_brief, denied)
    line = _first_line(core.ask("did alpha corp staff open the door or take the letter").text)
    assert line == f"No: {denied}", line
    # a fact denying one of them alone settles nothing of the other: no "No"
    one = "Alpha Corp staff would not open the door to the protesters but took their letter."
    one_core = _tiny_core(make_brief, one, name="one")
    line = _first_line(one_core.ask("did alpha corp staff open the door or take the letter").text)
    assert not _says_no(line), line


def test_two_acts_joined_by_or_in_the_blind_set_are_a_no(core: Core) -> None:
    line = _first_line(
        core.ask("did palantir staff open the door or take the letter at the palo alto protest in 2018").text
    )
    assert line.startswith("No: ") and "refused to accept their letter" in line, line


def test_a_subject_with_a_determiner_adverbs_and_a_named_place_finds_the_act_done_to_a_name() -> None:
    # blind sets CD, CE: "did that privacy law conference at <city> actually drop <firm> as a sponsor" found no act,
    # so no "Yes": the place named inside the subject and the adverb of emphasis were read as the end of the subject
    words = "did that harbour conference at lamport actually drop the guild as a sponsor".split()
    assert act_after_subject(words, {5, 9}) is not None and act_after_subject(words, {5, 9}).word == "drop"
    words = "did the harbour lamport vigil really drop okafor".split()
    assert act_after_subject(words, {3, 7}) is not None and act_after_subject(words, {3, 7}).word == "drop"
    # "with" after the subject still ends the search: no act in "did that happen with the petition"
    assert act_after_subject("did that happen with the petition".split(), set()) is None


def test_an_act_done_to_a_name_after_a_subject_of_nouns_is_a_yes_when_told(make_brief: Callable[..., Path]) -> None:
    core = _tiny_core(make_brief, "The Gamma City vigil dropped Alpha Corp as a sponsor in 2019.")
    for question in ("did the gamma city vigil drop alpha corp as a sponsor", "did the vigil actually drop alpha corp"):
        line = _first_line(core.ask(question).text)
        assert line.startswith("Yes: ") and "dropped Alpha Corp" in line, line


def test_whether_something_is_still_so_is_answered_from_the_fact_telling_it_not_the_latest_naming_its_words(
    core: Core,
) -> None:
    """ "Is X still headquartered in Y": the fact saying where X is based, as of its date, not the latest fact naming X
    and Y for another reason (a protest at X's Y office led with "don't say that"; blind set CE)."""
    for question in ("is palantir still headquartered in palo alto", "is palantir still based in palo alto"):
        line = _first_line(core.ask(question).text)
        assert line.startswith("As of ") and "cannot tell whether it is still so today" in line, line
        assert "based in Palo Alto" in line, line


@pytest.mark.parametrize(
    "question",
    [
        "did that privacy law conference at berkeley actually drop palantir as a sponsor",
        "did the berkeley privacy conference actually drop palantir as a sponsor",
        "did any conference actually drop palantir as a sponsor",
    ],
)
def test_the_blind_sets_conference_questions_are_a_yes(core: Core, question: str) -> None:
    line = _first_line(core.ask(question).text)
    assert line.startswith("Yes: ") and "dropped Palantir as a sponsor" in line, line


def test_a_noun_qualifying_the_head_is_told_by_an_of_after_it() -> None:
    # blind set CE: "is <person> a <president> supporter" of "a long-time supporter of President <name>": no "Yes"
    description = "Co-founder of the guild and a long-time supporter of captain Ada Lind, per the Gazette. More."
    assert described_as_phrase(description, ("lind", "supporter"))
    assert not described_as_phrase(description, ("guild", "supporter"))  # the guild's part has another head
    assert not described_as_phrase(description, ("gazette", "supporter"))  # after the comma: whose telling it is
    assert not described_as_phrase("A keeper who met a supporter of Ada Lind.", ("lind", "supporter"))


@pytest.mark.parametrize(
    "question",
    ["is peter thiel a trump supporter according to these articles", "is thiel a trump supporter"],
)
def test_a_copular_question_settled_by_an_of_phrase_is_a_yes(core: Core, question: str) -> None:
    # "according to these articles" points at the sources, every answer's; no party whose account is asked
    line = _first_line(core.ask(question).text)
    assert line.startswith("Yes: Peter Thiel is a co-founder") and "supporter of President Donald Trump" in line, line


@pytest.mark.parametrize(
    "question",
    [
        "did google ever go back to working w the pentagon on project maven",
        "did google go back to the pentagon contract",
        "did google ever return to working with the pentagon",
    ],
)
def test_a_return_to_what_ended_is_untold_by_a_fact_of_the_ending(core: Core, question: str) -> None:
    """A return asked ("go back to", "return to", "resume") is not told by a fact telling only that it ended: the
    articles don't say whether it happened, then what they tell (blind set CE: led as if it answered)."""
    a = core.ask(question)
    assert not a.answered
    line = _first_line(a.text)
    assert line.startswith("The articles I have don't say whether that happened; they tell only this: "), line
    assert "Google" in line, line


def test_the_act_asked_of_people_a_relative_clause_picks_out_is_the_main_verb_not_the_clauses(core: Core) -> None:
    """ "Were the <group> people who got arrested … ever charged": "charged" is asked, not "arrested", which only says
    who; a fact telling the arrests does not answer it (blind set CE: the group's entry was led)."""
    a = core.ask("were the never again action ppl who got arrested at detention centers ever charged")
    assert not a.answered
    assert not _first_line(a.text).startswith("Never Again Action is"), a.text


@pytest.mark.parametrize(
    "question",
    [
        "did the 39m contract expire before the 53m contract started",
        "did the 39m contract end before the 53m one began",
    ],
)
def test_an_order_of_two_acts_no_fact_tells_or_dates_apart_gets_no_verdict(core: Core, question: str) -> None:
    # fresh tester: "Yes: According to Gizmodo, … one worth $39 million that had recently expired, and one worth
    # $53 million due to expire in 2019": the fact tells of both contracts but dates no start of the second
    line = core.ask(question).text.splitlines()[0]
    assert line.startswith("The articles I have don't say which came first; they tell: According to Gizmodo"), line


def test_an_order_asked_against_a_thing_named_without_an_act_keeps_its_verdict(core: Core) -> None:
    line = core.ask("did microsoft drop its ice contract after the letter").text.splitlines()[0]
    assert line.startswith("No, as of 31 July 2018: "), line


def test_a_year_asked_that_the_fact_gives_to_the_act_asked_is_not_called_another_year(core: Core) -> None:
    # fresh tester: "did palantir renew falcon in 2015" got "don't tell of that in 2015; they tell of it in 2013" of
    # a fact dated 2013 whose words say the contract was "signed in 2013 and renewed in 2015"
    line = core.ask("did palantir renew falcon in 2015").text.splitlines()[0]
    assert not line.startswith("The articles I have don't tell of that in 2015"), line
    assert "renewed in 2015" in line, line
    line = core.ask("did palantir renew falcon in 2013").text.splitlines()[0]
    assert line.startswith("The articles I have don't tell of that in 2013; they tell of it in 2015: "), line


def test_whether_someone_said_an_act_was_going_on_or_not_is_settled_by_the_saying_told(core: Core) -> None:
    """ "Said it was not helping the agency deport" is an act told as going on (a progressive), not a word for what
    the thing was: the fact saying it settles whether it was said, though it words the people otherwise ("immigrants"
    for "people"; fixer rf53: "don't say that" led the very fact)."""
    a = core.ask("did palantir say it was not helping ice deport people")
    line = _first_line(a.text)
    assert line.startswith("Yes: ") and "not helping the agency deport" in line, a.text
    # said of it as a word of what it was, the predicate still has to be the fact's ("boring" is no word of it)
    assert not _first_line(core.ask("did palantir say the contract was boring").text).startswith("Yes")


@pytest.mark.parametrize(
    "question", ["did palantir open the door in new york", "did palantir open the door in new york or let them in"]
)
def test_a_verdict_asked_of_a_place_never_rests_on_a_fact_of_another_place(core: Core, question: str) -> None:
    """review ov53 8: "No: Palantir employees inside the Palo Alto office would not open the door …" answered of New
    York; no verdict from another place's fact: a fact of New York leads, or the Palo Alto one as told elsewhere."""
    first = core.ask(question).text.splitlines()[0]
    assert not first.startswith(("No", "Yes")), first
    assert "New York" in first or first.startswith("The articles I have don't say that happened there"), first


def test_a_negated_word_asked_of_a_saying_is_denied_only_by_a_text_saying_it_of_something() -> None:
    # fresh tester (ov56 4): "did he say it was not democratic" (of Karp's op-ed) was answered "No: … giving in …
    # would perversely undermine democratic principles …": "democratic" names a kind of principles there and says
    # nothing is democratic, so it is no opposite of what was asked
    democratic, fair = {stem("democratic")}, {stem("fair")}
    assert not predicated("would perversely undermine democratic principles".split(), democratic)
    assert predicated("he said the vote was democratic".split(), democratic)
    assert predicated("it is not a fair one".split(), fair)


def test_a_word_asked_negated_is_not_denied_by_the_word_standing_before_a_noun(core: Core) -> None:
    line = _first_line(core.ask("did karp say it was not democratic").text)
    assert not _says_no(line), line
    assert "democratic principles" in line, line


@pytest.mark.parametrize(
    "question", ["did karp say palantir was dropping the contracts", "did mijente say palantir was helping ice"]
)
def test_a_saying_of_an_act_going_on_needs_the_act_told_done_to_the_thing_asked(core: Core, question: str) -> None:
    """ "Did Lind say the guild was dropping the leases": a fact holding the act's word of another thing ("keeping
    some and dropping others") or of another act ("help cancel the … contract") tells no such saying (a fresh
    review: both led "Yes")."""
    line = _first_line(core.ask(question).text)
    assert line.startswith("The articles I have don't say that; "), line


def test_an_act_is_told_done_to_the_first_word_after_it_determiners_aside() -> None:
    told = "keepers said the guild was not helping the wardens evict anyone and kept dropping others".split()
    assert act_told_on(told, {"help"}, lambda k: told[k] == "wardens")
    assert not act_told_on(told, {"drop"}, lambda k: told[k] == "leases")
    assert not act_told_on(told, {"evict"}, lambda k: told[k] == "wardens")


def test_a_word_asked_as_given_to_someone_is_denied_only_by_a_silence_to_them(core: Core) -> None:
    """ "Did the guild issue a response to the keepers": the guild not answering the Gazette's request for comment
    is no silence to the keepers, so no verdict (a fresh review: "No, not right away" of The Hill's request); given
    to the one the fact names, it still settles it."""
    line = _first_line(core.ask("did palantir issue a response to the protesters").text)
    assert not line.startswith(("No", "Yes")), line
    line = _first_line(core.ask("did palantir give the hill a comment").text)
    assert line.startswith("No, not right away: "), line


def test_whom_a_word_is_given_to_is_read_between_the_verb_and_its_noun_or_after_to() -> None:
    def given(question: str) -> list[str]:
        tokens = question.split()
        return [tokens[k] for k in word_given_to(tokens)]

    assert given("did the guild give the gazette a comment") == ["gazette"]
    assert given("did the guild issue a statement to the keepers about the lease") == ["keepers"]
    assert given("did the guild make a statement") == []


def test_whether_one_gave_a_comment_is_led_by_their_words_not_another_partys_silence(core: Core) -> None:
    """Task ld55: "did ice give a comment" led with Palantir not answering Business Insider (another party's
    silence); the agency's own statement leads, with no verdict, and the party that kept silent still hears "No"."""
    line = _first_line(core.ask("did ice give a comment").text)
    assert line.startswith("ICE said in a statement"), line
    # another act of the one asked ("Karp did not change course") is no word of his either
    line = _first_line(core.ask("did karp give a comment").text)
    assert line.startswith("Alex Karp") and "change course" not in line, line
    assert _says_not_then(_first_line(core.ask("did palantir give a comment").text))


def test_whether_one_gave_an_outlet_a_comment_says_when_no_words_are_told_to_it(core: Core) -> None:
    """Task ld55: "did karp give vice a comment" led with "Karp did not change course"; no fact gives his words as
    told to VICE, which is said, then the words of his the articles give. A silence told to the outlet still says
    "No" ("did palantir comment to the hill")."""
    for question in ("did karp give vice a comment", "did karp give vice news a statement"):
        a = core.ask(question)
        line = _first_line(a.text)
        assert not a.answered and line.startswith("The articles I have don't tell of Alex Karp speaking to VICE"), line
    assert _says_not_then(_first_line(core.ask("did palantir comment to the hill").text))


@pytest.mark.parametrize("question", ["did palantir issue a statement to vice", "did palantir give vice a comment"])
def test_a_word_asked_as_given_to_an_outlet_is_not_denied_by_the_outlets_own_silence_on_who_spoke(
    core: Core, question: str
) -> None:
    """Fresh tester 106: "did palantir issue a statement to vice" got "No: VICE News headlined its report … the article
    does not say who said them": VICE's own not saying is no silence of Palantir's, whom that statement does not
    name; the articles tell of no words of Palantir's to VICE, which is said."""
    a = core.ask(question)
    line = _first_line(a.text)
    assert not a.answered and not line.startswith(("No", "Yes")), line
    if "statement" in question:
        assert line.startswith("The articles I have don't tell of Palantir Technologies speaking to VICE"), line
    # a silence the statement tells of the one asked still says no: "Palantir did not respond … when The Hill asked"
    assert _first_line(core.ask("did palantir give the hill a comment").text).startswith("No, not right away: ")


@pytest.mark.parametrize("question", ["is palantir a defense contractor", "is palantir a government contractor"])
def test_a_described_thing_no_fact_calls_the_entry_is_refused_with_what_they_call_it(core: Core, question: str) -> None:
    """Task ld55: "is palantir a defense contractor" led the fact calling Northrop Grumman "the military contractor";
    a word of the phrase neither in the entry's description nor said beside its name: they don't call it that, and
    what they call it follows."""
    a = core.ask(question)
    line = _first_line(a.text)
    assert not a.answered and line.startswith("The articles I have don't say that; they describe Palantir"), line
    assert "Northrop" not in line
    # a phrase a fact does call it by still answers by that fact ("which Truthout calls a surveillance company"), and
    # one no fact uses the noun of may be told in other words ("a long-time supporter of President Donald Trump")
    assert "surveillance company" in _first_line(core.ask("is palantir a surveillance company").text)
    assert "supporter of President Donald Trump" in _first_line(core.ask("is thiel a trump guy").text)


@pytest.mark.parametrize(
    "question", ["did the organizer say they would not leave", "did the organizer say she wouldnt leave"]
)
def test_a_stated_intent_asked_is_answered_by_the_fact_telling_it(core: Core, question: str) -> None:
    """Task ld55: "say they would not leave" was read "would not left" (the brief's past, after a modal and a
    negation), which found "left-leaning"; and the fact telling she "said the group would not leave" was put as
    "don't say whether that happened", though the intent, not the leaving, is asked."""
    line = _first_line(core.ask(question).text)
    assert line.startswith("At the Washington, D.C. action") and "would not leave" in line, line
    # whether she left is still untold by a stated intent (fresh tester 85)
    lead = _first_line(core.ask("did the organizer end up leaving").text)
    assert not lead.startswith(("Yes", "No")), lead


def test_a_denial_of_an_act_asked_is_answered_by_the_saying_that_it_was_not_so(core: Core) -> None:
    """Task ld55: "did palantir deny helping ice deport people" had no answer, though The Hill tells Palantir "had
    earlier said that its $38 million contract with ICE was not helping the agency deport …": to deny doing a thing is
    to say one is not doing it. Led with no verdict (what was denied may be narrower than what is asked), and never
    by a fact wording another act ("deny working with ice")."""
    for question in ("did palantir deny helping ice deport people", "did palantir deny helping ice"):
        a = core.ask(question)
        line = _first_line(a.text)
        assert a.answered and line.startswith("Palantir had earlier said that its $38 million contract"), line
    assert not core.ask("did palantir deny working with ice").answered


def test_a_noun_of_the_act_said_is_told_by_its_verb(core: Core) -> None:
    """Fresh tester ov57: "did palantir say it was not helping deportations" led "don't say that" over the fact
    telling it "was not helping the agency deport …": "deportations" is the noun of "deport", told after its doer as
    a verb asked is."""
    line = _first_line(core.ask("did palantir say it was not helping deportations").text)
    assert line.startswith("Yes: ") and "not helping the agency deport" in line, line


def test_a_saying_of_an_act_on_a_thing_the_fact_tells_done_to_it_in_other_words_is_not_said_untold(
    core: Core,
) -> None:
    """Fresh tester ov57: "tearing apart families" of "its use to split up families": the same thing, done to in
    other words; the fact leads with no verdict, never "don't say that"."""
    line = _first_line(core.ask("did gordon-mckeon say tech was tearing apart families").text)
    assert line.startswith("Protester Shauna Gordon-McKeon told The Hill") and "split up families" in line, line


def test_a_saying_of_a_change_not_made_is_answered_by_the_saying_in_other_words(core: Core) -> None:
    """Fresh tester ov57: "did karp say he would not drop ice" got "do not say whether that happened later" (a
    saying asked, not the change), though a source tells he wanted the contracts kept: that fact, with no "Yes"
    (its words are not the ones asked)."""
    line = _first_line(core.ask("did karp say he would not drop ice").text)
    assert line.startswith("According to a source who spoke to Business Insider, Alex Karp wanted"), line
    # asked the other way, the same saying is the opposite: "No"
    line = _first_line(core.ask("did karp say he would drop ice").text)
    assert line.startswith("No: According to a source who spoke to Business Insider"), line


@pytest.mark.parametrize(
    "question",
    [
        # "in" before another preposition is the verb's particle ("let them in at the office"), read as "inside"
        "did palantir let the protesters in at the nyc office",
        # and a close fact telling the act's opposite done (refused entry) answers in place of the best-ranked one
        # telling only of a demand (the petition they tried to deliver)
        "did palantir let the protesters in at the nyc office in sept 2019",
    ],
)
def test_whether_someone_was_let_in_is_denied_by_a_fact_telling_them_refused_entry(core: Core, question: str) -> None:
    # blind set CH: no verdict, then no answer at all ("in sept 2019"), of "… they were refused entry twice"
    line = _first_line(core.ask(question).text)
    assert line.startswith("No: ") and "refused entry" in line, line


def test_an_act_asked_of_either_of_two_doers_is_answered_for_each(core: Core) -> None:
    """ "Did the guild or the port cancel the lease": each doer's answer, one after the other; the answer was only
    "don't tell that of the port", as if nothing were told of the guild (a fresh tester)."""
    line = core.ask("did microsoft or salesforce cancel").text.splitlines()[0]
    assert line.startswith("No, as of 31 July 2018: Microsoft decided to keep"), line
    assert "And: No: Salesforce repeatedly refused to cancel" in line, line
    line = core.ask("did amazon or microsoft cancel their ice contracts").text.splitlines()[0]
    assert line.startswith("The articles I have don't tell that of Amazon. And: No, as of 31 July 2018: Micro"), line
    names = [(2, 3, "guild"), (5, 6, "port")]
    assert alternative_subjects("did the guild or the port cancel the lease".split(), names) == (
        ("did the guild cancel the lease", "did the port cancel the lease"),
        ("guild", "port"),
    )
    assert alternative_subjects("did the guild renew or cancel the lease".split(), names[:1]) is None


@pytest.mark.parametrize(
    "question", ["did karp give the washington post an interview", "did karp give the washington post a comment"]
)
def test_a_word_asked_as_given_to_an_outlet_no_article_is_from_is_untold_when_no_words_are_told_to_it(
    core: Core, question: str
) -> None:
    """ "Did Lind give the Courier an interview": an outlet none of the articles is from, whose name is two words
    (the noun of speaking further from the verb), with no words of hers told to it: the articles don't tell of her
    speaking to it; the Courier's report of her words at a meeting was led with no verdict (a fresh tester)."""
    a = core.ask(question)
    line = _first_line(a.text)
    assert not a.answered, line
    assert line.startswith("The articles I have don't tell of Alex Karp speaking to The Washington Post"), line
    assert gave_word("did lind give the harbour gazette an interview".split())
    assert core.ask("did karp give cnbc an interview").text.startswith("Alex Karp told CNBC")


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # the act asked told only as what others are pressured into ("pushed to … by picking and choosing")
        ("did karp say palantir should pick and choose contracts", "In a September 2019 Washington Post op-ed"),
        # the act asked told only as what others claim to do; he said giving in would undermine them
        ("did karp say giving in to pressure would support democratic principles", "Alex Karp argued in his"),
        # "to elected officials" of power told shifting "from elected officials"
        ("did karp say backing out would give power to elected officials", "Alex Karp suggested in September"),
    ],
)
def test_a_saying_whose_words_the_fact_holds_pressed_professed_or_reversed_gets_no_yes(
    core: Core, question: str, lead: str
) -> None:
    # task ov58 (1): the content words matched and "Yes:" led each, though the fact tells the saying against them
    first = _first_line(core.ask(question).text)
    assert first.startswith(lead), first


def test_a_saying_told_refused_in_any_form_is_said_the_other_way(core: Core) -> None:
    # task ov58 (1): "was refusing to support" was no negation ("refused" alone was), and the saying led "Yes:"
    first = _first_line(core.ask("did karp say silicon valley supports american defense needs").text)
    assert first.startswith("No: Alex Karp told CNBC that Silicon Valley was refusing to support"), first


def test_pressing_and_direction_are_read_as_general_english() -> None:
    from bot.answering.compose.yes_no import direction_reversed, put_on

    told = "keepers are pressured to avoid trouble by dropping the lease".split()
    assert put_on(told, {stem("dropping"), stem("lease")}, "they should drop the lease".split())
    asked = "they were pressured to drop the lease".split()
    assert not put_on(told, {stem("pressured"), stem("dropping")}, asked)  # the pressing is what is asked
    assert not put_on("keepers dropped the lease".split(), {stem("dropping")}, "they dropped it".split())
    assert direction_reversed("give power to the wardens".split(), "power would shift from wardens to keepers".split())
    assert not direction_reversed("give power to keepers".split(), "power would shift from wardens to keepers".split())


@pytest.mark.parametrize(
    ("question", "hearer"),
    [
        # a name the brief has only part of ("New York", a place) with more words: a name it does not have
        ("did karp give the new york times an interview", "the New York Times"),
    ],
)
def test_a_word_asked_as_given_to_a_hearer_no_article_names_is_untold(core: Core, question: str, hearer: str) -> None:
    # task ov58 (6): "did karp give the new york times an interview" led his words to CNBC with no verdict, where
    # the Washington Post (an outlet the glossary has) got "The articles I have don't tell of …"
    a = core.ask(question)
    line = _first_line(a.text)
    assert not a.answered, line
    assert line.startswith(f"The articles I have don't tell of Alex Karp speaking to {hearer}"), line
    assert core.ask("did karp give palantir employees a comment").answered  # people the brief has: not untold


@pytest.mark.parametrize(
    "question",
    [
        "did jfrej occupy the amazon bookstore for two days",
        "did audrey sasson say they occupied the amazon bookstore for two days",
        "did jfrej shut the amazon bookstore for two days",
        "did sasson say they shut the amazon bookstore for 2 weeks",
    ],
)
def test_a_length_of_time_asked_is_never_a_yes_on_the_same_count_of_another_unit(core: Core, question: str) -> None:
    """ "for two days" is not settled by "kept it shut for two hours" (whose "two" a "day of mourning" elsewhere
    does not make days): the count and its unit are the claim."""
    line = _first_line(core.ask(question).text)
    assert not line.startswith("Yes"), line
    assert "two hours" in line


def test_a_length_of_time_is_told_only_as_a_count_before_the_same_unit() -> None:
    told = words("kept it shut for two hours on a day of mourning, a few weeks before")
    assert lengths_told(words("did they shut it for 2 hours"), told)
    assert not lengths_told(words("did they shut it for two days"), told)
    assert not lengths_told(words("did they shut it for 2 weeks"), told)
    assert lengths_told(words("did they shut it"), told)


@pytest.mark.parametrize("question", ["did karp talk to business insider", "did karp talk to bi"])
def test_talking_to_an_outlet_that_only_reports_or_is_told_by_a_source_is_not_told(core: Core, question: str) -> None:
    """ "Did Lind talk to the Gazette" asks of a word given to it, as "give the Gazette an interview" does: the
    Gazette's report of her defending a decision elsewhere (or a source telling it what she said) tells no word of
    hers to it, so no "Yes" (a fresh tester)."""
    line = _first_line(core.ask(question).text)
    assert line.startswith("The articles I have don't tell of Alex Karp speaking to Business Insider"), line


def test_a_verb_of_speaking_to_asks_of_a_hearer() -> None:
    assert spoke_to("did lind talk to the gazette".split())
    assert spoke_to("did she speak with the courier".split())
    assert not spoke_to("did lind talk about the lease".split())


def test_yet_asks_up_to_now_and_is_no_subject_a_fact_must_hold(core: Core) -> None:
    # blind set CK: "yet" was weighed as a subject word, and a fact of the coalition's flyer (other firms' walkouts)
    # led a question of an act no article tells the coalition did
    a = core.ask("has the tech workers coalition actually unionized any company yet")
    assert not a.answered, a.text
    assert core.ask("has the tech workers coalition unionized any company").answered is False  # as without "yet"


@pytest.mark.parametrize(
    "question", ["did thiel write an opinion piece", "did thiel attack google", "did peter thiel attack google"]
)
def test_a_thing_written_and_what_it_does_are_told_acts_of_its_writer(core: Core, question: str) -> None:
    """ "Lind wrote an essay attacking the guild": the essay is the thing written, not words reported, and
    "attacking" the act it does (a participle, not an "-ing" noun): both are told of Lind, a "Yes" (task ld62 1)."""
    line = _first_line(core.ask(question).text)
    assert line.startswith("Yes: Peter Thiel recently wrote an opinion piece attacking Google"), line


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("did thiel write an op ed in the new york times", "The articles I have don't say it ran in the new york"),
        ("did thiel attack the us military", "Peter Thiel recently wrote an opinion piece"),
        # an op-ed is not a letter: said plainly before the piece told (fresh reviewer, ld65)
        ("did thiel write a letter", "The articles I have don't say that; they tell only this: Peter Thiel recently"),
        ("did google write an opinion piece", "The articles I have don't tell that of Google"),
        ("did karp write an op ed in the new york times", "The articles I have don't say it ran in the new york"),
    ],
)
def test_a_writing_told_of_another_thing_place_or_writer_gets_no_yes(core: Core, question: str, lead: str) -> None:
    line = _first_line(core.ask(question).text)
    assert line.startswith(lead), line


def test_an_act_told_around_a_quotation_is_not_said_untold_of_the_person_asked(core: Core) -> None:
    """ "“…,” he wrote in a September Gazette op-ed": the article's own words around the quotation tell the writing;
    "did Lind write an op-ed" is not "The articles I have don't tell that of Lind" (task ld62 1); since rf64 the op-ed
    he argued in is a "Yes" (`test_a_piece_someone_argued_in_is_a_writing_told_of_them`)."""
    line = _first_line(core.ask("did karp write an op ed").text)
    assert line.startswith("Yes: In a September 2019 Washington Post op-ed, Alex Karp argued"), line


def test_a_participle_after_a_noun_is_no_ing_noun() -> None:
    from bot.answering.compose.yes_no import _ing_noun

    told = words("lind wrote an essay attacking the guild after a meeting and the building")
    assert not _ing_noun(told, told.index("attacking"))
    assert _ing_noun(told, told.index("meeting")) and _ing_noun(told, told.index("building"))


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("did salesforce cancel its contract with cbp or not", "No: Salesforce repeatedly refused to cancel"),
        ("did karp budge or not?", "No: Despite criticism from his own employees"),
        ("did palantir renew its contract with ice, or not", "Yes: Business Insider reported that Palantir renewed"),
    ],
)
def test_a_closing_or_not_asks_the_same_yes_no_question(core: Core, question: str, lead: str) -> None:
    """Fresh tester rf64: "… or not" offers only the "no" any yes/no question allows; its "not" had been read as a
    negation asked, and the told refusal lost its "No"."""
    assert _first_line(core.ask(question).text).startswith(lead)


def test_an_act_told_of_another_but_not_of_the_one_asked_shows_what_the_closest_fact_tells_of_them(
    core: Core,
) -> None:
    """Fresh tester rf64: "did karp refuse to cancel the contracts" (the refusal told of Salesforce; the closest
    fact tells Karp did not change course) was the bare "don't tell that of Alex Karp": now what is told of him
    follows, with no verdict."""
    line = _first_line(core.ask("did karp refuse to cancel the contracts").text)
    assert line.startswith("The articles I have don't tell that of Alex Karp; they tell only this: Despite"), line


@pytest.mark.parametrize(
    "question",
    ["did salesforce refuse to cancel the contract", "did salesforce refuse to cancel its contract with cbp"],
)
def test_a_refusal_asked_is_affirmed_by_the_refusal_told(core: Core, question: str) -> None:
    """Fresh tester rf64: "did X refuse to cancel" of "X repeatedly refused to cancel its contract" had no verdict
    (the refusal read as negating the cancelling, and "to cancel" as an aim); the refusal asked is the one told."""
    line = _first_line(core.ask(question).text)
    assert line.startswith("Yes: Salesforce repeatedly refused to cancel its contract"), line


def test_a_refusal_asked_is_no_yes_where_the_fact_tells_another_act(core: Core) -> None:
    """ "Microsoft decided to keep its contract": no refusal told, so no verdict on one."""
    line = _first_line(core.ask("did microsoft refuse to cancel its contract").text)
    assert not line.startswith(("Yes", "No")), line


@pytest.mark.parametrize("question", ["did karp write an op ed", "did karp write an op-ed"])
def test_a_piece_someone_argued_in_is_a_writing_told_of_them(core: Core, question: str) -> None:
    """Fresh tester rf64: "In a September 2019 Washington Post op-ed, Alex Karp argued …" tells his op-ed, so "did
    karp write an op ed" is a "Yes" (it had no verdict: the fact has no verb of writing)."""
    line = _first_line(core.ask(question).text)
    assert line.startswith("Yes: In a September 2019 Washington Post op-ed, Alex Karp argued"), line


def test_a_saying_is_a_writing_only_in_a_piece_of_the_kind_asked() -> None:
    from bot.answering.compose.speech import said_in_piece, thing_written

    opened = "in a june gazette essay ada lind argued that the guild".split()
    closed = "ada lind argued in her essay that the guild".split()
    elsewhere = "ada lind argued at a rally that the guild".split()
    assert thing_written("did lind write an essay on the guild".split()) == "essay"
    assert said_in_piece(opened, opened.index("argued"), "essay")
    assert said_in_piece(closed, closed.index("argued"), "essay")
    assert not said_in_piece(elsewhere, elsewhere.index("argued"), "essay")
    assert not said_in_piece(opened, opened.index("argued"), "letter")


@pytest.mark.parametrize("question", ["did mijente write a report", "did mijente write the report"])
def test_writing_a_report_is_told_by_publishing_it(core: Core, question: str) -> None:
    # fresh reviewer (ld65): "did mijente write a report" said the articles don't say it, of "Mijente published a
    # report" (release was already a Yes); and "write the report" was no writing of a thing at all
    first = core.ask(question).text.splitlines()[0]
    assert first.startswith("Yes: ") and "published a report" in first, first


def test_a_verb_of_writing_names_a_thing_after_any_article_or_possessive() -> None:
    from bot.answering.compose.speech import writes_a_thing

    assert writes_a_thing("lind wrote the op ed".split(), 1)
    assert writes_a_thing("lind wrote her essay".split(), 1)
    assert writes_a_thing("lind wrote an essay".split(), 1)
    assert not writes_a_thing("lind wrote that the guild".split(), 1)  # words reported


def test_another_piece_written_and_a_piece_an_outlet_ran_are_no_writing_of_the_thing_asked() -> None:
    from bot.answering.compose.speech import piece_named_by, writes_another_thing

    essay = "lind recently wrote an essay attacking the guild".split()
    assert writes_another_thing("did lind wrote a letter".split(), essay)
    assert not writes_another_thing("did lind wrote an essay".split(), essay)
    # an "opinion piece" the article quotes as an "op-ed" is the op-ed asked
    assert not writes_another_thing("did lind wrote an op ed".split(), essay, "wrote an op ed".split())
    ran = "in a september 2019 harbour gazette op ed lind argued that".split()
    assert piece_named_by(ran, "ed", ["harbour", "gazette"])
    assert not piece_named_by(ran, "ed", ["lind"])
    assert not piece_named_by("in october 2018 the guild published a report".split(), "report", ["guild"])


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("did thiel write a letter", "opinion piece"),  # an op-ed is not a letter
        ("did the washington post write an op-ed", "Alex Karp argued"),  # the Post ran it, Karp wrote it
    ],
)
def test_whether_someone_wrote_a_thing_is_untold_by_another_piece_or_anothers_piece_they_ran(
    core: Core, question: str, told: str
) -> None:
    # fresh reviewer (ld65): both led the fact as if it answered, with no word that it tells something else
    first = core.ask(question).text.splitlines()[0]
    assert first.startswith("The articles I have don't say"), first
    assert told in first, first
    for asked in ("did karp write an op-ed", "did thiel write an opinion piece"):
        kept = core.ask(asked).text.splitlines()[0]
        assert kept.startswith("Yes: "), kept


@pytest.mark.parametrize(
    "question",
    ["did business insider say the contract was renewed", "did business insider say the ice contract was renewed"],
)
def test_a_saying_asked_in_the_passive_is_told_by_the_act_done_to_that_thing(core: Core, question: str) -> None:
    # fresh tester at 92cf76c8: "the contract" before "was renewed" was checked as the renewer, which "Palantir
    # renewed its ICE contract" does not tell: "don't say that" before the very report asked of
    line = _first_line(core.ask(question).text)
    assert line.startswith("Yes: Business Insider reported"), line


@pytest.mark.parametrize(
    "question", ["did business insider say ice was renewed", "did business insider say palantir was renewed"]
)
def test_a_saying_asked_in_the_passive_of_the_doer_or_a_modifier_gets_no_yes(core: Core, question: str) -> None:
    line = _first_line(core.ask(question).text)
    assert not line.startswith("Yes"), line


@pytest.mark.parametrize(
    "question",
    [
        "did the hill say the messages were removed by palantir",
        "did the hill say the messages were removed by github",
        "did vice say the raids were planned by palantir",
        "did truthout say the raid was planned by mijente",
    ],
)
def test_a_saying_asked_in_the_passive_with_a_doer_after_by_needs_that_doer_told(core: Core, question: str) -> None:
    # final fresh tester at 4ee6e5dc: "were removed by palantir" of messages "removed within hours" (no one named) and
    # "planned by palantir" of "ICE has used the system to plan … raids" got "Yes": the doer asked after "by" was
    # never checked, only the thing done to
    line = _first_line(core.ask(question).text)
    assert not line.startswith("Yes"), line


def test_a_saying_asked_in_the_passive_with_its_told_doer_after_by_is_yes(core: Core) -> None:
    line = _first_line(core.ask("did business insider say the contract was renewed by palantir").text)
    assert line.startswith("Yes: Business Insider reported"), line


def test_what_a_text_tells_an_act_done_to_is_the_head_of_its_object_or_of_a_passives_subject() -> None:
    renewed, renew = words("Palantir renewed its ICE contract on Monday"), {stem("renewed")}
    assert done_to_as_told(renewed, {stem("contract")}, renew)
    assert not done_to_as_told(renewed, {stem("ice")}, renew)  # a modifier, not the thing renewed
    assert not done_to_as_told(renewed, {stem("palantir")}, renew)  # the doer
    assert done_to_as_told(words("the lease was renewed"), {stem("lease")}, renew)
    assert not done_to_as_told(words("the harbour lease was renewed"), {stem("harbour")}, renew)
    assert not done_to_as_told(words("wardens arrested keepers"), {stem("wardens")}, {stem("arrested")})
