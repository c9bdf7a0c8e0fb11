"""'How long / how fast / how quickly' questions lead with the duration a fact gives for what is asked, never
with the duration of something else the fact mentions; when no fact gives one they are answered as before."""

from __future__ import annotations

import pytest

from bot.answering.durations import duration_in
from bot.core import Core


@pytest.mark.parametrize(
    ("question", "duration"),
    [
        ("how fast were those github msgs removed", "Within hours: "),
        ("how long did the anti-ice messages on palantir's github stay up?", "Within hours: "),
        ("how long did JFREJ shut down the amazon bookstore for", "For two hours: "),
    ],
)
def test_a_duration_question_leads_with_the_duration_of_what_it_asks(core: Core, question: str, duration: str) -> None:
    a = core.ask(question)
    assert a.answered and a.text.startswith(duration)
    assert a.evidence[0].citations


def test_the_duration_of_something_else_in_the_fact_never_leads(core: Core) -> None:
    """'a protest over several days against Palantir's work for ICE' says how long the protest was, not the work."""
    a = core.ask("how long has palantir worked with ice")
    assert "several days" not in a.text.splitlines()[0]
    # fresh tester 20: led by that protest; "working with" is the brief's "supplied" (brief.yaml synonyms)
    b = core.ask("how long has palantir been working with ice")
    assert b.answered and b.text.startswith("Since 2014"), b.text


def test_a_duration_question_outside_the_brief_is_still_refused(core: Core) -> None:
    assert not core.ask("how fast can a peregrine falcon dive").answered
    assert not core.ask("how long do i boil an egg for a jammy yolk").answered


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("were taken down within hours that same day", "within hours"),
        ("has provided the software since 2014", "since 2014"),
        ("kept it shut for two hours", "for two hours"),
        ("Over the past year, employees", "Over the past year"),
        ("for the last two weeks", "for the last two weeks"),
        ("two years ago", None),
        ("in 2017", None),
    ],
)
def test_durations_are_read_as_a_length_of_time_not_a_date(text: str, found: str | None) -> None:
    assert duration_in(text) == found


def test_a_duration_opening_a_clause_is_the_length_of_what_that_clause_tells(core: Core) -> None:
    # "… reported that over the past year Palantir's workforce had become sharply split …"
    a = core.ask("how long have palantir employees been split over the ice work")
    assert a.text.splitlines()[0].startswith("Over the past year: ")
    assert duration_in("Over the past year, the crew were split; the lamp stayed lit", {"lamp"}) is None
    assert duration_in("Over the past year, the crew were split", {"crew"}) == "Over the past year"


def test_how_long_of_something_no_fact_gives_a_length_of_is_never_led_by_a_date(core: Core) -> None:
    # "Scheduled for 20 September 2019: …" had answered how long the contract is with when it starts
    a = core.ask("how long is the 49 million contract")
    assert a.text.startswith("The articles I have don't say how long; they tell only this: "), a.text
    assert "20 September 2019:" not in a.lead and not a.lead.startswith("Scheduled"), a.lead


@pytest.mark.parametrize(
    "question",
    [
        "was the tech activist protest in the hill story a one day thing or longer",
        "was the hill protest a one-day thing or longer",  # the offered length is no subject either
        "was the hill's tech activist protest a one day thing or how long did it run",
    ],
)
def test_a_length_offered_to_choose_from_asks_how_long(core: Core, question: str) -> None:
    a = core.ask(question)  # were refused
    # (The Hill gives the protest's length both ways: "over several days", "the multiday protest")
    assert a.answered and a.text.startswith(("Over several days", "Multiday")), a.text


@pytest.mark.parametrize(
    "question",
    [
        "was the hill protest a one day thing",  # a length offered alone
        "was the tech worker protest at palantir a one day thing or longer",
        "how long did the tech worker protest at palantir last",
    ],
)
def test_a_length_offered_alone_or_asked_of_a_thing_is_the_things_own_length(core: Core, question: str) -> None:
    # ld27 / blind set BN: a length offered alone to a yes/no question kept its verdict's checks (no sourced
    # answer), "a one day thing" measured nothing (the length of "a wave of tech worker activism over several
    # years" led), and the protest's own length ranked below the closest facts' was never read
    a = core.ask(question)
    assert a.answered and a.text.startswith(("Over several days", "Multiday")), a.text


def test_a_length_is_found_in_a_related_fact_and_in_the_briefs_words_for_the_question(core: Core) -> None:
    # blind set AM: "for how long have palantir's staff been at odds over ice according to BI" was "no date for
    # that": the closest fact (staff at odds) gives no length, the fact the brief relates to it does ("over the past
    # year … employees had become sharply split"), in the brief's word for "staff"
    a = core.ask("for how long have palantir's staff been at odds over ice according to BI")
    assert a.answered and a.lead.startswith("Over the past year"), a.text
    b = core.ask("how long did the github posts stay up before getting wiped")  # "posts": the brief's "messages"
    assert b.answered and b.lead.startswith("Within hours"), b.text
    # a related fact not involving whom the question names tells another matter's length (ICE's case software)
    c = core.ask("how long has mijente been on palantir's case")
    assert c.answered and "Since 2014" not in c.lead, c.text


def test_a_length_offered_alone_to_a_yes_no_question_is_answered_by_the_things_length(core: Core) -> None:
    # blind set AM: "was the github + flyering thing a one day protest?" was refused: a length offered without "or
    # longer" asked none; "the multiday protest" gives the length of the protest it offers one for
    a = core.ask("was the github + flyering thing a one day protest?")
    assert a.answered and a.lead.lower().startswith("multiday"), a.text
    # only the offered thing's length: the messages taken down "within hours" of the protest are not its length
    b = core.ask("was the github protest a single-day event")
    assert b.answered and not b.lead.startswith("Within hours"), b.text


def test_how_long_has_x_done_something_is_answered_by_when_it_began(core: Core) -> None:
    # "how long has the guild worked for the port": a present perfect asking the length of what still goes on, which
    # a fact telling since when it does answers ("since 2014"), not "no date for that"
    a = core.ask("how long has palantir worked for ice")
    assert a.answered and a.items[0].id == "icm-since-2014"


@pytest.mark.parametrize(
    "question", ["how many years has palantir worked on ICM", "how many years has palantir worked on icm as of 2019"]
)
def test_how_many_years_asks_a_length_led_by_its_start_as_of_the_articles_date(core: Core, question: str) -> None:
    # fresh tester 59 R3 / tester 57 R5: refused, though VICE says "since 2014"; no number of years is worked out (the
    # articles give none, and it would run to a date they do not give): the start, as of the article's date
    a = core.ask(question)
    assert a.answered and a.lead.startswith("Since 2014 (as of 13–19 September 2019): "), a.text
    b = core.ask("how long has palantir worked on ICM")  # asked as "how long", the same
    assert b.lead.startswith("Since 2014 (as of 13–19 September 2019): "), b.text


def test_how_many_years_ago_or_back_is_no_length() -> None:
    from bot.answering.durations import asks_duration

    assert asks_duration("how many years has the guild run the lamp")
    assert not asks_duration("how many years back was the rabbi's example")
    assert not asks_duration("how many years ago did she say it")


def test_a_length_of_an_ongoing_act_is_not_the_length_of_what_it_is_done_to() -> None:
    # fresh review 19 (M4): "how many years were the contracts" led "For more than a year: … Mijente had been pushing
    # Palantir to drop its ICE contracts for more than a year", the pushing's length, not the contracts'
    from bot.answering.durations import duration_in
    from bot.search import stem

    pushed = "The crew said the guild had been pushing the port to drop its leases for more than a year."
    assert duration_in(pushed, {stem("leases")}) is None
    assert duration_in("The guild had been leasing the pier for two years.", {stem("pier")}) is None
    assert duration_in("The guild had been leasing the pier for two years.", {stem("guild")}) == "for two years"
    assert duration_in("The guild had been leasing the pier for two years.", {stem("pier"), stem("leased")})
    assert duration_in("The leases had been running for three years.", {stem("leases")}) == "for three years"


def test_how_long_someone_has_been_at_something_is_told_by_a_fact_involving_them(core: Core) -> None:
    # blind set BC: "about ice" ranked a fact on the ICE case-management system ("since 2014"), which names no
    # Mijente, first; the length of Mijente's push is in the fact telling it
    a = core.ask("how long has mijente been on palantirs case about ice (per vice)")
    assert "more than a year" in a.lead and "2014" not in a.lead, a.text


@pytest.mark.parametrize(
    "question",
    ["how long was the contract renewed for in august 2019", "how long is the 49 million contract"],
)
def test_a_length_no_fact_gives_is_said_untold_before_the_closest_fact(core: Core, question: str) -> None:
    # fresh tester 68 W5: "how long was the contract renewed for in august 2019" led "Palantir renewed its ICE
    # contract on Monday 19 August 2019" as if that were the length; the closest fact now follows the untold length
    a = core.ask(question)
    assert a.lead.startswith("The articles I have don't say how long; they tell only this: "), a.lead


@pytest.mark.parametrize(
    "question",
    ["how long was the contract renewed for in august 2019", "how long is the 49 million contract"],
)
def test_a_length_said_untold_is_a_refusal_pointing_at_the_closest_fact(core: Core, question: str) -> None:
    # review 21 (M4): "don't say how long; they tell only this" was marked answered, so not logged as a gap and
    # counted right, while "don't say why; they tell only this" and "don't say that happened there" are refusals
    a = core.ask(question)
    assert not a.answered and a.outcome == "no_match", a.text


def test_how_long_until_an_end_a_fact_dates_stays_answered_by_it(core: Core) -> None:
    # review 21 (M4) made "don't say how long" a refusal; "how long until … runs out" of a contract "due to expire
    # in 2019" is told, roughly, by the end it gives
    a = core.ask("in the 2018 article how long until the $53m contract runs out")
    assert a.answered and "due to expire in 2019" in a.text, a.text


def test_an_ing_form_typed_with_its_g_dropped_is_read_as_the_ing_form(core: Core) -> None:
    # "tryin" is "trying" (chat drops the g): how long the effort has run is found as when it is spelled out (blind BT)
    a = core.ask("how long has mijente been tryin to get palantir off ice")
    assert a.answered and "more than a year" in a.lead, a.text


def test_how_many_years_has_x_done_something_asks_what_how_long_asks(core: Core) -> None:
    # fresh tester 97: "how many years has palantir worked with ice" was refused where "how long has …" is answered
    # by when the work began (VICE: "since 2014"); the number of years is the reader's to count, never the bot's
    a = core.ask("how many years has palantir worked with ice")
    assert a.answered and a.items[0].id == "icm-since-2014" and a.lead.startswith("Since 2014"), a.text


def test_a_bare_length_offered_of_an_event_is_answered_by_that_events_own_length(core: Core) -> None:
    # blind set CF: "just one day or longer" offers no "a one day …", so the length of any asked word led ("over
    # several years" of a wave of activism the protest was part of); the subject it is offered of is measured
    from bot.answering.durations import measured

    assert measured("was the tech worker protest in the hill just one day or longer") == {"protest"}
    assert measured("was it only a day or longer") == frozenset()  # a pronoun measures nothing named
    line = core.ask("was the tech worker protest in the hill just one day or longer").text.splitlines()[0]
    assert line.startswith("Over several days:"), line


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("did the github messages stay up for hours", ""),  # review ov53 6: "No: … taken down within hours"
        ("were the github messages taken down within minutes", ""),
        ("did the github messages stay up for days", "No: "),  # within hours settles these
        ("were the github messages taken down within days", "Yes: "),
    ],
)
def test_a_verdict_on_a_length_stands_only_when_the_length_told_settles_it(
    core: Core, question: str, verdict: str
) -> None:
    """A bound told ("within hours") settles a length asked only in a longer unit: a few hours are hours, so "for
    hours" is neither denied nor granted, and the fact leads as it is."""
    line = core.ask(question).text.splitlines()[0]
    if verdict:
        assert line.startswith(verdict), line
    else:
        assert line.startswith("The hundreds of anti-ICE messages"), line
