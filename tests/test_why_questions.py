"""'Why' and 'how' questions presume the act they ask about: a fact about other actors, or one telling only that
the act was demanded, does not answer them (an answer would repeat the question's premise as if sourced)."""

from __future__ import annotations

import pytest

from bot import messages
from bot.answering.normalize import keeping_read, normalize, target_read
from bot.answering.views import named_as_doer, view_asked
from bot.core import Core


def test_a_why_question_about_one_company_is_not_answered_by_a_fact_about_others(core: Core) -> None:
    # the 2018 article tells of Microsoft, Amazon and Salesforce being pressed; Google ended a Pentagon contract
    a = core.ask("why did google cancel its contract with ICE")
    assert not a.answered and a.outcome == "no_match", a.text
    b = core.ask("why did salesforce refuse to cancel its cbp contract")  # its own fact still answers
    assert b.answered and "salesforce" in b.lead.lower(), b.text


def test_a_why_question_is_not_answered_by_a_fact_that_only_tells_of_a_demand(core: Core) -> None:
    # the petition asked management to donate the profits; nothing says the company agreed
    a = core.ask("why did palantir agree to donate its ice profits to charity")
    assert not a.answered and a.outcome == "no_match", a.text
    b = core.ask("why did palantir employees ask management to donate the profits")  # the demand itself is asked
    assert b.answered and "petition" in b.lead.lower(), b.text


def test_a_why_question_of_a_named_groups_act_leads_the_reason_given_for_its_own_act(core: Core) -> None:
    # the 2018 letter only mentions, in passing, that Amazon workers had protested; The Hill tells what they asked
    # for and why: the reason of their own act leads (fresh tester 94)
    a = core.ask("why did amazon workers protest")
    assert a.answered and "stop hosting" in a.lead and "because" in a.lead, a.text


def test_how_a_named_doer_uses_a_thing_leads_a_told_use_over_another_partys_denial(core: Core) -> None:
    # Palantir's own words (its contract "was not helping" deportations) led "how does ice use palantir", over the
    # articles' own telling of ICE's use (fresh tester 94)
    line = core.ask("how does ice use palantir").text.splitlines()[0]
    assert " said " not in line and "raids" in line, line


def test_how_someone_reacted_may_be_told_by_a_fact_with_a_request_in_it(core: Core) -> None:
    # "asked the protesters to switch off their camera, and … called the police" is what was done in response
    a = core.ask("how did palantir react when the group in dc refused to leave")
    assert a.answered and a.evidence[0].id == "to-dc-police-called", a.text


def test_how_a_claim_was_contradicted_is_answered_by_what_the_brief_links_to_the_claim(core: Core) -> None:
    a = core.ask("how did the docs contradict palantir's claim about its $38m contract")  # was led by the claim
    assert a.answered and a.evidence[0].id == "uac-initiative-may-2017-document", a.text
    b = core.ask("what did palantir claim about its $38m contract")  # the claim itself, when it is what is asked
    assert b.answered and b.evidence[0].id == "contract-38m-claim", b.text


def test_how_an_event_only_planned_went_is_said_to_be_untold(core: Core) -> None:
    a = core.ask("how did the july 12 palo alto protest go, were people arrested")  # was led by the plan
    assert not a.answered and a.text.startswith("The articles I have tell only that it was planned"), a.text
    b = core.ask("how did the dc office confrontation end")  # held: what followed it answers
    assert b.answered, b.text
    # blind set V: the event named at length ("the july 12 close the camps protest in palo alto": 10 words)
    c = core.ask("how did the july 12 close the camps protest in palo alto go, any arrests?")
    assert not c.answered and c.text.startswith("The articles I have tell only that it was planned"), c.text
    # blind set Y: "what happened at" asks the same, whatever kind the rest of the question reads as
    d = core.ask("what happened at the july 12 close the camps protest, did ppl get arrested")
    assert not d.answered and d.text.startswith("The articles I have tell only that it was planned"), d.text
    e = core.ask("what happened at the palo alto protest in 2018")  # it took place: told
    assert e.answered and "31 July 2018" in e.text.splitlines()[0], e.text


@pytest.mark.parametrize(
    "question",
    [
        "why did amazon stop hosting palantir",  # employees urged it to; it did not (fresh tester 12)
        "why did palantir cancel its ICE contract",  # it renewed it
        "why did thiel leave palantir",
        "why did ICE turn down amazon's facial recognition pitch",  # blind set T
        "why did alex karp step down as ceo",  # blind set AF: led by employees confronting him
    ],
)
def test_why_someone_did_what_no_fact_says_they_did_is_refused(core: Core, question: str) -> None:
    assert not core.ask(question).answered


@pytest.mark.parametrize(
    "question",
    ["why did palantir renew its contract", "why did jfrej occupy the amazon bookstore", "why did karp trash google"],
)
def test_why_someone_did_what_a_fact_tells_or_in_words_the_brief_never_uses_is_answered(
    core: Core, question: str
) -> None:
    assert core.ask(question).answered


@pytest.mark.parametrize(
    "question",
    [
        "since palantir cancelled the $49m contract in sept 2019, who did ICE replace them with?",  # blind set S
        "since palantir cancelled its ICE contract in aug 2019, which company took over?",  # blind set R
    ],
)
def test_a_premise_stated_as_done_that_no_fact_tells_is_not_answered_around(core: Core, question: str) -> None:
    assert not core.ask(question).answered  # were led by the contract and by the demand to cancel it


def test_a_why_question_in_the_passive_is_led_by_a_fact_about_its_named_subject(core: Core) -> None:
    # fresh tester 14: "why did ice get criticized" was led by "Palantir was facing growing criticism for its
    # contracts with US federal immigration agencies" (ICE tagged, but Palantir criticized)
    for question in ("why did ice get criticized", "why was ice criticized"):
        a = core.ask(question)
        assert a.answered and a.text.startswith("ICE came under wide criticism"), (question, a.text)


def test_why_someone_underwent_an_act_is_not_led_by_a_fact_only_its_keywords_give_the_act(core: Core) -> None:
    # fresh tester 16: "why did karp get criticized" was led by Karp attacking Google (its keywords: "criticized
    # Google"): the act there is Karp's own, and the statement does not state it
    line = core.ask("why did karp get criticized").text.splitlines()[0]
    assert "criticism" in line and "Google" not in line, line


def test_why_an_act_no_candidate_tells_of_is_answered_that_the_articles_do_not_say_it_happened(core: Core) -> None:
    # fresh tester 16: "why did karp cancel the contract" was led by the activists' letter (which demanded it)
    a = core.ask("why did karp cancel the contract")
    assert not a.answered and a.text.startswith("The articles I have don't say that happened"), a.text
    assert core.ask("why did palantir renew the contract").answered  # told: "Palantir renewed its ICE contract"


def test_a_who_clause_inside_a_why_question_does_not_make_it_a_who_question(core: Core) -> None:
    # fresh testers 16 and 18: "why did palantir fire the employees who signed the petition" was read as a who
    # question and led by the petition; no article tells of anyone being fired
    a = core.ask("why did palantir fire the employees who signed the petition")
    assert a.kind == "why-how" and not a.answered, a.text


def test_what_happened_when_something_was_done_is_answered_by_the_related_fact_telling_what_followed(
    core: Core,
) -> None:
    # blind set AA: led by the fact telling the premise itself (the organizer said they would not leave)
    a = core.ask("what happened when the dc organizer refused to leave")
    assert a.answered and "police" in a.text.splitlines()[0], a.text


def test_how_something_was_done_given_a_premise_is_answered_by_the_related_fact_telling_what_was_done_then(
    core: Core,
) -> None:
    # blind set BF: "… when nobody opened up" led by the fact telling the premise itself (the door kept shut)
    a = core.ask("how did the 2018 protesters get the letter to them when nobody opened up")
    assert a.answered and "taped it to the door" in a.text.splitlines()[0], a.text


def test_how_someone_handled_people_asks_their_reaction_not_an_unknown_subject(core: Core) -> None:
    # blind set AE: "handle", a word no article uses, was read as an unknown subject and the question as off-topic
    answer = core.ask("how did palantir handle the dc protesters")
    assert answer.answered and "D.C." in answer.text.splitlines()[0], answer.text


def test_how_someone_responded_is_untold_when_no_fact_has_them_act_on_what_was_asked(core: Core) -> None:
    # development set X: Thiel's co-founding fact answered how he responded to the Jewish protesters
    assert not core.ask("how did peter thiel respond to the jewish protesters").answered
    assert "police" in core.ask("how did palantir respond to the dc protesters").text.splitlines()[0]


@pytest.mark.parametrize(
    "question",
    [
        "why does karp think dropping contracts is bad",
        "how did karp argue that pulling out of the contracts would be bad",
    ],
)
def test_karps_reason_against_dropping_contracts_leads_with_his_argument(core: Core, question: str) -> None:
    # asked in ten development sets: the op-ed's reason (democratic principles, elected officials and judges) is
    # split over three facts, and Karp's attack on Google (a dropped contract) led
    first = core.ask(question).text.splitlines()[0]
    assert "democratic" in first or "elected officials" in first, first


def test_money_named_in_a_question_of_what_was_wanted_asks_no_sum(core: Core) -> None:
    # blind set AK: "… want done w the ice money" needed a fact stating a sum, so the petition's fact was set aside
    a = core.ask("what did the employee petition want done w the ice money")
    assert a.answered and "nonprofit" in a.text.splitlines()[0], a.text


def test_a_why_question_whose_closest_fact_only_restates_it_says_the_articles_give_no_reason(core: Core) -> None:
    # "In June 2019 the … Conference … dropped Palantir as a sponsor, as Mijente's flier pointed out": the act, names,
    # a date and whose account, nothing else: that it was dropped is no reason why
    a = core.ask("why did the berkeley privacy conference drop palantir as sponsor, what reason did they give")
    assert not a.answered
    line = a.text.splitlines()[0]
    assert line.startswith("The articles I have don't say why") and "dropped Palantir as a sponsor" in line, line
    # (blind set BG: asked without the role, "why exactly did the berkeley privacy conference drop palantir", the
    # fact's "as a sponsor" and the named object were taken for more than the question: it led the drop as the reason)
    for question in (
        "why exactly did the berkeley privacy conference drop palantir",
        "why did the berkeley privacy conference drop palantir",
    ):
        line = core.ask(question).text.splitlines()[0]
        assert line.startswith("The articles I have don't say why"), line


def test_a_why_question_whose_closest_fact_tells_more_than_it_asks_is_answered_by_it(core: Core) -> None:
    # "When the employees … refused to accept their letter …, the protesters taped it to the door instead"
    a = core.ask("why did they end up taping the letter to the door")
    assert a.answered and "refused to accept" in a.text.splitlines()[0], a.text


def test_how_something_ended_is_led_by_a_close_fact_telling_the_reaction_there_when_none_is_linked_to_the_best(
    core: Core,
) -> None:
    # the Hill's fact of the gathering at the D.C. office links to no ending; Truthout's of the D.C. action tells it
    line = core.ask("how did the dc confrontation end").text.splitlines()[0]
    assert "called the police" in line, line


def test_how_a_line_went_is_not_led_by_a_reaction_when_the_question_names_only_the_brief_subject(core: Core) -> None:
    line = core.ask("how did the 'choose a side' line in the 2018 letter to palantir go").text.splitlines()[0]
    assert "choose a side" in line, line


@pytest.mark.parametrize(
    "question",
    [
        "how did they get the letter delivered when nobody opened up",
        "so no one opened up in palo alto — how'd they get the letter to them",
    ],
)
def test_how_something_was_done_after_a_stated_failure_is_answered_by_what_was_done_in_answer(
    core: Core, question: str
) -> None:
    # "how did they deliver it when nobody opened the door": not the failure restated, nor the attempt before it,
    # but what was done in answer ("taped it to the door instead")
    a = core.ask(question)
    assert a.answered and a.items[0].id == "pa-letter-taped-to-door"


def test_how_someone_described_who_asks_their_description_not_a_who(core: Core) -> None:
    # "how did the agency describe who the program targeted": the "who" clause is what the description is of; the
    # agency's own words answer, not another outlet's count of those targeted
    a = core.ask("how did ice describe who the 2017 thing was targeting")
    assert a.answered and a.kind != "who"
    assert a.items[0].id == "hill-ice-statement-smuggling-facilitators"


def test_a_statement_turned_into_a_question_by_so_is_a_premise_not_what_is_asked(core: Core) -> None:
    # "<statement> so how did …": as after a dash or "but", the statement is what the asker knows already; the
    # failure it restates must not lead, what was done in answer does
    a = core.ask("nobody opened the door in palo alto so how did the letter get delivered")
    assert a.answered and a.items[0].id == "pa-letter-taped-to-door", a.text


def test_what_was_done_after_a_stated_failure_is_answered_by_the_response_not_the_failure(core: Core) -> None:
    # blind set AT: "<failure> so what did they do w the letter" (a general "what did they do", "they" unnamed) led
    # with the failure restated ("would not open the door"); as "how did they deliver it" does, the response leads
    a = core.ask("nobody opened the door in palo alto so what did they do w the letter")
    assert a.answered and a.items[0].id == "pa-letter-taped-to-door", a.text


def test_a_season_before_a_year_is_part_of_the_year_not_a_subject(core: Core) -> None:
    # "in summer 2018": the season says when, as "mid 2018" does; no fact has to say "summer" (one dated July 2018
    # tells of it), so the word is no subject left unmatched (it was: refused)
    a = core.ask("why was ice getting criticized in summer 2018")
    assert a.answered and a.items[0].id == "pa-ice-criticism-zero-tolerance", a.text


@pytest.mark.parametrize("question", ["how exactly do u protest on github", "how did ppl even protest on github"])
def test_how_something_was_done_is_answered_by_the_means_not_by_a_cause(core: Core, question: str) -> None:
    # "how do you protest on X" asks the manner: the fact telling what was done (messages filling the page), not a
    # description whose "because" gives a cause (a cause answers "why", so only "why" questions favour one)
    a = core.ask(question)
    assert a.answered and a.items[0].id == "github-protest-2019-05", a.text


@pytest.mark.parametrize(
    "question", ["why bring up the holocaust at all", "why were the protesters bringing up the holocaust"]
)
def test_a_name_said_only_inside_a_places_name_is_no_fact_of_it(core: Core, question: str) -> None:
    # "the holocaust": a fact of a protest at a memorial named after it matches its word, but tells of the place; the
    # protesters' comparison with it answers (an organization named after someone, "the X administration", is of X)
    a = core.ask(question)
    assert a.answered and a.items[0].id == "vice-protesters-holocaust-comparison", a.text


def test_what_a_thing_was_for_is_led_by_a_fact_telling_its_purpose_not_one_of_its_sum_alone(core: Core) -> None:
    # fresh tester 41: "what was the 53 million contract for" led with Gizmodo's $53M fact (its sum and end only);
    # Truthout's fact of the same sum says it was signed to "modernize" TECS
    for question in ("what was the 53 million contract for", "what was the purpose of the 53 million contract"):
        line = core.ask(question).text.splitlines()[0]
        assert "modernize" in line, line
    # a "for" taking what was asked, not a purpose: no purpose fact traded in
    assert "modernize" not in core.ask("what did the petition ask for").text.splitlines()[0]


def test_how_one_justified_a_thing_asks_the_reason_it_gave_in_whatever_words(core: Core) -> None:
    # blind set AS: "how did ice justify the 2017 program" was "I don't have a sourced answer"; the agency's statement
    # of what the program was aimed at is its justification, told without the word
    answer = core.ask("how did ice justify the 2017 program")
    assert answer.answered and answer.items[0].id == "hill-ice-statement-smuggling-facilitators", answer.text
    # a reason asked, as "why" asks it: the reason given leads, not that he defended the decision
    answer = core.ask("how did karp justify working with ice")
    assert answer.items[0].id == "bi-karp-us-government-commitment", answer.text
    # whether someone justified it is an act asked, which no fact tells
    assert not core.ask("did palantir justify the contracts").answered


def test_why_someone_caught_heat_is_answered_without_the_idioms_verb_in_the_fact(core: Core) -> None:
    # blind set AU: "catch heat" was read "catch criticism", but "catch", a word no article uses, was left as half of
    # what was asked, and "take" (which the brief uses) as the act a fact must state
    for q in ("why did amazon catch heat in the hill article", "why did amazon take so much flak"):
        line = core.ask(q).text.split("\n")[0]
        assert "facial recognition" in line, (q, line)


def test_what_caused_asks_a_cause_as_why_does(core: Core) -> None:
    # blind set AV ("what set off the big wave of criticism of ice in 2018"): "what caused/set off X" was a topic
    # question whose verb of causing a fact had to state; it asks X's cause, as "why was there X" does
    a = core.ask("what caused the criticism of ice in 2018")
    assert a.answered and "zero tolerance" in a.text.splitlines()[0], a.text


def test_a_wave_of_something_is_much_of_it_not_a_wave(core: Core) -> None:
    # "a big wave of criticism" is much criticism (an article's "wide criticism"): "big wave" says how much, so no
    # fact must state it
    a = core.ask("why was there a big wave of criticism of ice in 2018")
    assert a.answered and "zero tolerance" in a.text.splitlines()[0], a.text


@pytest.mark.parametrize(
    "question",
    [
        "why did the police arrest the protesters",  # fresh tester 50: answered with the arrests of 400 immigrants
        "why were the protesters arrested",
        "why did ice arrest the activists",
    ],
)
def test_a_reason_asked_for_an_act_told_only_of_other_people_says_it_is_not_told(core: Core, question: str) -> None:
    a = core.ask(question)
    assert not a.answered and a.text.startswith(messages.PREMISE_UNTOLD), a.text


def test_a_reason_asked_for_an_act_told_of_those_people_is_still_answered(core: Core) -> None:
    assert "400 immigrants" in core.ask("why did ice arrest the immigrants").text.splitlines()[0]


def test_a_cause_told_of_something_else_does_not_answer_a_why(core: Core) -> None:
    # fresh reviewer 18 (F10, F18): "why did ice arrest people" led with revelations that "set off the tech
    # activists' protests": the cause of the protests, not of the arrests
    line = core.ask("why did ice arrest people").text.splitlines()[0]
    assert "set off" not in line and "protests" not in line, line


@pytest.mark.parametrize("asked", ["what set off", "what sparked"])
def test_a_cause_asked_is_answered_by_a_fact_telling_one_not_by_how_the_event_began(core: Core, asked: str) -> None:
    # blind sets BA and J: "what set off the multiday protest in the hill story" was led by how it began ("began on
    # a Saturday …, when participants filled …"); a fact as close telling it came "after reports that" ICE arrested
    # more than 400 immigrants with Palantir's help gives the cause
    a = core.ask(f"{asked} the multiday protest in the hill story")
    assert a.answered and "after reports that" in a.text.splitlines()[0], a.text
    # a manner asked ("how did it begin") is no cause
    b = core.ask("how did the multiday protest begin")
    assert b.answered and "after reports that" not in b.text.splitlines()[0], b.text


def test_a_reason_asked_for_an_act_the_articles_deny_gets_the_denial(core: Core) -> None:
    # "why did palantir cancel the ice contract" was a plain refusal; "did palantir cancel …" is "No, … renewed"
    a = core.ask("why did palantir cancel the ice contract")
    assert not a.answered and a.lead.startswith("No") and "renewed" in a.lead, a.text


def test_a_reason_asked_for_an_act_whose_word_the_fact_has_only_in_another_sense_says_it_is_not_told(
    core: Core,
) -> None:
    # fresh tester 57 (O4): "why did ice fire palantir" gave Palantir's coming "under fire" as the reason: the noun,
    # not the act of firing, which no article tells
    a = core.ask("why did ice fire palantir")
    assert not a.answered and a.text.startswith(messages.PREMISE_UNTOLD), a.text
    line = core.ask("did ice fire palantir").text.splitlines()[0]
    assert line.startswith(messages.ACT_UNSTATED_LEAD.split("{")[0]), line


def test_a_reason_asked_with_a_purpose_the_fact_does_not_give_says_that_was_not_why(core: Core) -> None:
    # fresh tester 59 (W7): "why did thiel found palantir to help ice" led with Thiel co-founding Palantir, keeping
    # the purpose the question put in, which no article gives
    for question in ("why did thiel found palantir to help ice", "did thiel found palantir to help ice"):
        line = core.ask(question).text.splitlines()[0]
        assert line.startswith(messages.REASON_UNTOLD_LEAD.split("{")[0]) and "co-founder" in line, line
    # a purpose the fact gives is still answered with it
    line = core.ask("why did palantir sign a contract to modernize tecs").text.splitlines()[0]
    assert "modernize" in line and not line.startswith("The articles I have"), line


def test_a_reason_asked_for_an_act_told_only_as_demanded_or_refused_says_it_is_not_told(core: Core) -> None:
    # fresh tester 60 (W6): "why did the 49 million contract get cancelled" led with the contract and the protests'
    # aim, keeping the premise: the near facts tell a cancelling only as demanded ("demanding that Palantir …
    # cancel", "urged to cancel") or refused ("refused to cancel"), never done
    for question in ("why did the 49 million contract get cancelled", "why did the $49 million contract get cancelled"):
        a = core.ask(question)
        assert not a.answered and a.text.startswith(messages.PREMISE_UNTOLD), a.text
    # a premise the articles say no to is still corrected with that "No"
    line = core.ask("why did palantir cancel the ice contract").text.splitlines()[0]
    assert line.startswith("No, as of "), line


def test_why_an_act_was_done_is_answered_by_a_close_fact_telling_it_done_not_one_telling_only_a_demand(
    core: Core,
) -> None:
    # blind set BC: the protest fact ranked first tells only what the groups urged, so nothing answered; the fact
    # telling they compared the policy with the one that ended in the Holocaust is as close and answers
    a = core.ask("why are jewish groups comparing palantirs ice work to the holocaust")
    assert a.answered and "compared" in a.lead and "Holocaust" in a.lead, a.text


def test_a_why_question_whose_named_subject_follows_a_determiner_is_checked_for_its_act(core: Core) -> None:
    # fresh tester 64 (W7): "why did the lapd stop using palantir" led the LAPD's use of the software as if it
    # gave the reason for a stop no article tells; "the" before the name had hidden the verb after it
    a = core.ask("why did the lapd stop using palantir")
    assert not a.answered and "Los Angeles" not in a.text.splitlines()[0], a.text


def test_a_reason_asked_for_ending_a_thing_told_only_as_running_out_says_it_is_not_told(core: Core) -> None:
    # fresh tester 64 (W3): "why did ice end its contract with palantir" led with a contract that "had recently
    # expired" ("expire" a synonym the brief gives "end"): told of the contract alone, nothing it was done to and no
    # one ending it ("ICE contracts" names whose contracts, not who ended one), so the premise is not told
    a = core.ask("why did ice end its contract with palantir")
    assert not a.answered and a.text.startswith(messages.PREMISE_UNTOLD), a.text


@pytest.mark.parametrize(
    "question",
    ["what did operation mega lead to", "how did operation mega turn out", "what came of operation mega"],
)
def test_what_came_of_an_event_told_only_as_a_plan_is_said_untold(core: Core, question: str) -> None:
    # f22b list: "what did operation mega lead to" led Mijente's publication of the documents; Truthout tells only
    # that ICE planned to arrest at least 8,400 people, nothing of how the operation went
    a = core.ask(question)
    assert not a.answered and a.text.splitlines()[0] == messages.ONLY_PLANNED, a.text
    assert core.ask("how many people did operation mega target").answered  # what the plan aimed at is told


def test_an_act_asked_by_its_noun_is_led_by_the_articles_account_not_the_agencys_words(core: Core) -> None:
    # fresh tester 71 W3: "what was the target of the 2017 program" led ICE's statement that it aimed at smuggling
    # facilitators; the articles report Palantir software was used to target the parents of unaccompanied minors
    line = core.ask("what was the target of the 2017 program").text.splitlines()[0]
    assert "single out parents" in line and not line.startswith("ICE said"), line


@pytest.mark.parametrize(
    "question",
    ["why was ice getting slammed so hard in 2018", "why did ice get blasted in 2018", "why was ice being slammed"],
)
def test_why_someone_was_criticized_asked_in_a_passive_idiom_of_striking_is_the_criticism_told(
    core: Core, question: str
) -> None:
    # blind set BL: "getting slammed" was read as a word no article uses, and the question refused as off-topic
    a = core.ask(question)
    assert a.answered and "criticism" in a.lead and "zero tolerance" in a.lead, a.text


def test_a_verb_of_striking_outside_the_passive_is_not_read_as_criticism(core: Core) -> None:
    assert not core.ask("who slammed the door").answered


@pytest.mark.parametrize("question", ["why did palantir come under fire", "why has palantir come under fire"])
def test_why_someone_came_under_fire_is_led_by_the_fact_saying_so_in_those_words(core: Core, question: str) -> None:
    # fresh testers (ld25): refused, as "come" was searched only as the brief's "came" (IRREGULAR), which found the
    # facts holding "came" and not VICE's "has increasingly come under fire"; the typed form is searched too
    a = core.ask(question)
    assert a.answered and a.evidence[0].id == "vice-palantir-under-fire", a.text


def test_why_someone_underwent_an_act_no_close_fact_tells_says_it_is_untold(core: Core) -> None:
    # fresh tester fp26: "why were protesters arrested at palantirs nyc office" led the revelations of 400 arrests
    # that set off the protests, as if protesters had been arrested there; no article tells they were
    line = core.ask("why were protesters arrested at palantirs nyc office").text.splitlines()[0]
    assert line == messages.PREMISE_UNTOLD, line
    line = core.ask("why were protesters denied entry").text.splitlines()[0]
    assert line != messages.PREMISE_UNTOLD, line


@pytest.mark.parametrize(
    "question", ["why wont karp drop the ice contracts", "why won't palantir stop working with ice"]
)
def test_why_an_act_is_not_done_is_answered_by_the_reason_given_for_its_opposite(core: Core, question: str) -> None:
    # fresh testers (ld26): "why won't Karp drop the contracts" led with the 2018 letter asking him to end them; not
    # dropping them is keeping them (the brief's opposites), and a source gives why he wanted them kept
    a = core.ask(question)
    assert a.answered and a.evidence[0].id == "bi-karp-us-government-commitment", a.text


@pytest.mark.parametrize(
    "question", ["why did jfrej shut down that amazon bookstore", "why'd jfrej occupy an amazon bookstore"]
)
def test_a_reason_given_in_its_givers_own_words_leads_in_those_words_beside_the_briefs(
    core: Core, question: str
) -> None:
    # blind set BO: the brief tells Sasson's reason in its own words ("to draw attention to Amazon's ties to ICE");
    # hers, "to expose the relationship between Amazon and ICE", stood only under the answer, cut for length
    a = core.ask(question)
    first = a.text.splitlines()[0]
    assert a.answered and first.startswith("According to JFREJ") and "expose the relationship" in first, a.text
    # a quote reporting words ("A source told Business Insider that Karp said …") is no one's own: the lead alone
    b = core.ask("why did karp want to keep the ice contract")
    assert b.answered and "In their words" not in b.text, b.text


def test_a_why_leads_a_close_fact_stating_the_aim_over_the_best_telling_none(core: Core) -> None:
    # fresh tester (ld28): "why are jewish groups protesting palantir" led the list of the protesters' groups; the
    # fact as close telling they urged Palantir to end its ICE work gives the aim asked
    line = core.ask("why are jewish groups protesting palantir").text.splitlines()[0]
    assert "urging the company to end its work with ICE" in line, line


def test_why_something_is_brought_up_is_led_by_the_fact_that_names_it(core: Core) -> None:
    # "bringing up the holocaust" asks why it is invoked: the protesters' affiliations (which name no Holocaust) led
    a = core.ask("why are jewish groups bringing up the holocaust re palantir")
    assert a.answered and a.evidence[0].id == "vice-protesters-holocaust-comparison", a.text


def test_how_an_online_protest_worked_leads_with_the_articles_word_for_it(core: Core) -> None:
    # blind set BS: the brief's statement said participants "filled" the page where The Hill says "flooded": a
    # paraphrase drifting from the article's word, which a reader repeating the answer would not find in it
    line = core.ask("how did the github protest actually work").text.splitlines()[0]
    assert "flooded" in line and "GitHub" in line, line


def test_why_a_refusal_is_read_as_why_the_act_was_not_done_when_that_finds_the_reason(core: Core) -> None:
    # fresh tester 86: "why did karp refuse to drop ice" led the 2018 letter to Karp; the reason the articles give
    # for keeping the contracts (Business Insider) answers it
    line = core.ask("why did karp refuse to drop ice").text.splitlines()[0]
    assert "committed to working with the US government" in line, line
    # a refusal told in that word is still answered as typed
    line = core.ask("why did salesforce refuse to cancel its cbp contract").text.splitlines()[0]
    assert "Salesforce repeatedly refused to cancel" in line, line


@pytest.mark.parametrize(
    "question",
    ["why was karp dunking on google", "why was karp hating on google", "why did karp rip into google"],
)
def test_a_slang_verb_of_criticizing_is_read_as_criticizing(core: Core, question: str) -> None:
    # a phrasal one ("dunking on", "ripped into"): the form of "criticize", its particle dropped (blind BT)
    a = core.ask(question)
    assert a.answered and "pentagon" in a.lead.lower(), a.text


def test_what_someone_thought_about_a_thing_is_asked_as_how_they_felt_about_it(core: Core) -> None:
    """Fresh tester 90: "what did palantir employees think about ice" was refused; their views are told."""
    a = core.ask("what did palantir employees think about ice")
    assert a.answered and a.kind == "why-how", a.text
    assert "employees" in a.text.splitlines()[0], a.text


def test_why_someone_acted_on_a_thing_is_a_facts_reason_not_the_things_glossary_entry(core: Core) -> None:
    """ "why did the protesters invoke the holocaust" (fresh tester 92): the Holocaust's entry says what it is, no
    reason anyone invoked it; the fact of the protesters comparing ICE's policy to it leads, as it does for "bring
    up". A why-question of the thing itself ("why is the company called palantir") keeps its own answer."""
    for q in ("why did the protesters invoke the holocaust", "why did protesters bring up the holocaust"):
        a = core.ask(q)
        assert a.answered and a.evidence[0].id == "vice-protesters-holocaust-comparison", (q, a.text)
    assert "crystal ball" in core.ask("why is the company called palantir").text.splitlines()[0]


def test_how_someone_reacted_to_a_request_is_the_reply_the_fact_of_the_request_tells(core: Core) -> None:
    # blind set BX: "how did palantir react when the dc organizer asked for a meeting" led the police called, which
    # answered her refusal to leave; the fact of her request tells the reply to it ("was told to leave immediately")
    a = core.ask("how did palantir react when the dc organizer asked for a meeting")
    assert a.answered and "told to leave" in a.text.splitlines()[0], a.text
    # the reply's own fact is no answer to what came after it: the police were called once she would not leave
    later = core.ask("how did palantir react when the dc organizer refused to leave")
    assert later.answered and "police" in later.text.splitlines()[0], later.text


def test_a_reply_undergone_answers_only_a_reaction_to_a_request(core: Core) -> None:
    # dev chat-style-aw: "respond to the protesters" asks no reaction to a request, so the fact of the organizer's
    # request and the reply to it ("was told to leave") is no answer in place of what the employee did (police)
    a = core.ask("how did the palantir employee in dc respond to the protesters")
    assert a.answered and "police" in a.text.splitlines()[0], a.text


def test_a_why_question_naming_a_party_no_close_fact_tells_the_act_of_says_the_premise_is_untold(core: Core) -> None:
    # ld40: led by Google dropping a Pentagon contract; no article says Google had a contract with ICE
    a = core.ask("why did google sign a contract with ice")
    assert not a.answered, a.text
    assert a.text.splitlines()[0] == messages.NOT_TOLD_OF_WHY.format(name="US Immigration and Customs Enforcement"), (
        a.text
    )


def test_a_why_question_naming_a_party_as_what_an_act_is_done_to_keeps_its_answer(core: Core) -> None:
    # ld40: the party check a verdict makes ("dropping ICE" read as ICE the act is done to) is no why question's
    a = core.ask("why does karp think dropping ICE would be bad for democracy")
    assert a.answered and "backed out of government contracts" in a.text.splitlines()[0], a.text


def test_why_someone_thought_a_judgement_is_answered_by_the_fact_telling_it_said(core: Core) -> None:
    # blind set CA: "think" was read as an act that the fact (Karp calling it "treasonous" that Google dropped a
    # Pentagon contract once its employees pressed it to) told only as requested, and the question was refused
    line = core.ask("why did karp think googles move was treasonous").text.splitlines()[0]
    assert '"treasonous" that Google dropped a Pentagon contract' in line, line


def test_a_why_question_in_the_get_passive_of_an_act_told_only_as_called_for_says_it_is_untold(core: Core) -> None:
    # no article tells a contract cancelled (the 2018 one "recently expired", another was renewed): the protesters'
    # "cancel your contracts" was led as the reason (fresh testers 97, 98), as "why was it cancelled" never was
    a = core.ask("why did palantir's 2018 contract get cancelled")
    assert not a.answered and a.text.startswith(messages.PREMISE_UNTOLD), a.text
    b = core.ask("why did palantir's contract get renewed")  # told: renewed in August 2019
    assert b.answered and "renewed" in b.text.splitlines()[0], b.text


@pytest.mark.parametrize(
    "question", ["what was the point of palantirs TECS contract", "what is the purpose of the tecs contract"]
)
def test_the_point_or_purpose_of_a_thing_asks_what_it_was_for(core: Core, question: str) -> None:
    # blind set CB: "the point of" was a subject word no fact covers, so "I don't have a sourced answer"; it asks what
    # "what was the TECS contract for" asks, which Truthout's "to modernize" tells
    line = core.ask(question).text.splitlines()[0]
    assert "modernize" in line, line
    # the point of a piece of writing is what it says, not what it was for
    assert not core.ask("whats the point of the hill article").text.startswith("The Hill: Outlet")


@pytest.mark.parametrize(
    "question", ["why did karp refuse to cancel the contracts", "why did karp not cancel the contracts"]
)
def test_why_an_act_was_not_done_is_answered_by_a_fact_telling_its_opposite(core: Core, question: str) -> None:
    # blind set CC: "The articles I have don't say that happened": no close fact tells a cancelling, but the act
    # asked is its not being done, which Business Insider tells as Karp wanting the contracts kept
    a = core.ask(question)
    assert a.answered and a.items[0].id == "bi-karp-us-government-commitment", a.text


def test_a_why_question_run_on_after_a_comma_into_a_second_question_is_answered_by_its_first_part(core: Core) -> None:
    # blind set CC: the comma-joined "what reason did he give at the town hall" was read into the first part, whose
    # town hall no fact of the reason covers: "I don't have a sourced answer"
    a = core.ask("why does karp want to keep the ice contracts, what reason did he give at the town hall")
    assert a.answered and a.items[0].id == "bi-karp-us-government-commitment", a.text
    assert "what reason did he give at the town hall" in a.text, a.text


def test_why_an_act_was_not_done_is_no_reason_when_its_opposite_is_told_without_a_cause(core: Core) -> None:
    # review 33: "why did palantir not cancel the contract" led the renewal alone, as if it were the reason; a fact
    # telling what was done instead, with no word of cause, says the articles don't say why
    a = core.ask("why did palantir not cancel the contract")
    assert a.text.startswith("The articles I have don't say why; they tell only this: "), a.text
    # a fact telling the opposite with its cause is the reason, as before
    b = core.ask("why did karp refuse to cancel the contracts")
    assert b.answered and "because" in b.text.splitlines()[0], b.text


def test_a_place_gone_to_is_no_purpose_given_the_act(core: Core) -> None:
    """ "… they moved to Denver": "to" before a word with no verb reading says where, not what for; the question is
    no "was that why" (blind set CE: "don't say that was why" led a yes/no question of today)."""
    line = core.ask("is palantir still headquartered in palo alto? heard they moved to denver").text.splitlines()[0]
    assert "was why" not in line, line
    assert line.startswith("As of ") and "based in Palo Alto" in line, line


@pytest.mark.parametrize(
    "question",
    [
        "why does karp say palantir is sticking w ice",  # blind set CG: "sticking w" was read as no act the facts tell
        "why did palantir stick with ice",
        "why is palantir holding on to its ice contracts",
    ],
)
def test_why_someone_sticks_with_a_thing_is_asked_as_why_they_keep_it(core: Core, question: str) -> None:
    # a phrasal verb of keeping on ("stick with", "hold on to") reads as "keep": the fact telling why it was kept
    line = core.ask(question).text.splitlines()[0]
    assert "kept because" in line and "US government" in line, line


@pytest.mark.parametrize(
    "question",
    [
        "how did the intercept docs show palantir was lying abt its role in deportations",  # blind set CG
        "how exactly was palantir lying about its role in deportations per the intercept docs",  # blind set CF
    ],
)
def test_how_a_finding_was_shown_is_answered_by_what_was_shown_not_that_it_was(core: Core, question: str) -> None:
    # the fact that the documents "showed" Palantir "was lying" restates the question; the fact the brief links to
    # it telling what they showed (hundreds of arrests, few prosecutions) answers how
    a = core.ask(question)
    assert a.answered and a.evidence[0].id == "to-intercept-hundreds-arrests", a.text
    # ... not when the finding is told in its own words: "documents … showed that in a 2017 program Palantir software
    # was used to single out parents" tells how it was used
    b = core.ask("how was palantir software used in the 2017 op, per the hill")
    assert b.answered and b.evidence[0].id == "uac-initiative-may-2017-document", b.text
    # ... nor when the question names nothing that showed it: "how do we know" is told by the documents showing it
    c = core.ask("how do we know palantir lied abt its role in deportations")
    assert c.answered and c.evidence[0].id == "to-intercept-documents-may-2019", c.text


def test_how_doers_used_a_named_thing_leads_their_act_over_what_the_thing_is(core: Core) -> None:
    # blind set CG: "GitHub, a source code platform …, lets users flag software bugs, but …" led: what GitHub is,
    # not what the protesters did on it (flooded Palantir's page with messages)
    for question in ("how did protesters use github to protest palantir", "how did the protesters use github"):
        a = core.ask(question)
        assert a.answered and a.evidence[0].id == "github-protest-2019-05", a.text
    # a word before the name that is no verb reads no doers: "the 2018 letter" is not asked to do anything "to" it
    from bot.answering.retrieve import manner_parts

    read = core.answerer.understander.understand(normalize("how does the 2018 letter to palantir open"))
    assert manner_parts(read) == (set(), set())


@pytest.mark.parametrize(
    "question",
    [
        "how did activists use github to protest palantir",  # blind set CH (and CG)
        "how did activists use github for the protest",  # "for" after the thing gives the use's purpose, no reason
        "how did protesters use github to get their message out",  # not "messages posted on …'s GitHub page were
        # taken down": the thing there is only where the messages were posted, no object of the act
    ],
)
def test_how_doers_used_a_thing_leads_the_act_done_on_it_not_the_fact_opening_with_them(
    core: Core, question: str
) -> None:
    """ "In May 2019 tech activists held a protest …, online on GitHub" opens with the doers asked but tells no act
    done on the thing (it is only where); "participants flooded Palantir's GitHub … page with messages" does, and
    so does not lose to it, nor to an outlet describing the protest ("The Hill described the GitHub protest …")."""
    a = core.ask(question)
    assert a.answered and a.evidence[0].id == "github-protest-2019-05", a.text


def test_a_thing_wanted_kept_by_the_one_asked_is_their_act_not_the_thing_running_its_course(core: Core) -> None:
    """ "Alex Karp wanted the ICE contracts kept because …": the participle after "wanted the contracts" is what
    Karp would have done to them (an object complement), so "why did karp keep the contracts" is answered by it, not
    read as the contracts keeping on by themselves (fixer rf53: "don't say that happened")."""
    a = core.ask("why did karp keep the contracts")
    assert a.answered and a.items[0].id == "bi-karp-us-government-commitment", a.text
    # a thing that ran its course with no one's verb before it still asks a premise the articles don't tell
    b = core.ask("why did ice end the contract")
    assert not b.answered, b.text


def test_a_view_asked_of_a_party_rests_on_its_own_words_not_anothers_words_about_it(core: Core) -> None:
    """ "What does google think about palantir" was led by Karp attacking Google: words about Google, none of
    Google's; the articles are said not to give its view, with what they tell (fixer rf53). The speaker's own view
    still answers."""
    a = core.ask("what does google think about palantir")
    line = a.text.splitlines()[0]
    assert not a.answered, a.text
    assert line.startswith(messages.VIEW_UNTOLD_LEAD.split("{holder}")[0] + "Google thinks of Palantir"), line
    assert "treasonous" in line, line
    b = core.ask("what does karp think about google")
    assert b.answered and b.text.startswith("Alex Karp had attacked Google"), b.text


def test_a_thing_stuck_to_a_place_in_the_passive_is_fixed_there_not_kept(core: Core) -> None:
    """ "Why was the letter stuck to the door": a participle after "was" tells a thing fixed to a place, not a
    keeping on with it (a fresh review: read "kept the door", the articles "don't say that happened"); the fact
    telling the letter taped to the door answers."""
    assert keeping_read("why was the letter stuck to the door") == "why was the letter stuck to the door"
    assert keeping_read("why has the guild stuck with the lease") == "why has the guild kept the lease"
    line = core.ask("why was the letter stuck to the door").text.splitlines()[0]
    assert "taped it to the door" in line, line


@pytest.mark.parametrize(
    ("question", "holder"),
    [("how does amazon feel about palantir", "Amazon"), ("what does google think about ice", "Google")],
)
def test_a_view_asked_of_a_party_named_only_as_the_object_or_place_of_others_acts_is_untold(
    core: Core, question: str, holder: str
) -> None:
    """ "How does the guild feel about the port" led by "Keepers planned to march at the guild's hall": the guild,
    named first but after the verb, did nothing, so it is no view of the guild's (a fresh review: both led bare)."""
    line = core.ask(question).text.splitlines()[0]
    assert line.startswith(f"The articles I have don't say what {holder} thinks of "), line
    # the holder as the subject after an opening phrase of attribution still gives the view
    line = core.ask("how does karp feel about ice").text.splitlines()[0]
    assert line.startswith("According to a source who spoke to Business Insider, Alex Karp wanted"), line


@pytest.mark.parametrize("question", ["what does thiel think about trump", "how does thiel feel about donald trump"])
def test_a_view_told_by_a_stance_noun_of_the_thing_leads(core: Core, question: str) -> None:
    """ "What does Lind think of the mayor" of "Lind is … a long-time supporter of the mayor": a noun of stance
    toward the thing, told of the holder, is a view of it (fresh tester at c8e0d43a: an unrelated flier fact led
    under "don't say")."""
    line = core.ask(question).text.splitlines()[0]
    assert line.startswith("Peter Thiel is a co-founder of Palantir and a long-time supporter of President"), line
    # a thing the stance noun is not of is still untold
    line = core.ask("what does thiel think about ice").text.splitlines()[0]
    assert line.startswith("The articles I have don't say what Peter Thiel thinks of "), line


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("what does karp feel about his employees", "Despite the employee pushback, Alex Karp defended"),
        ("what does karp think about the employees", "Despite the employee pushback, Alex Karp defended"),
        # (its act toward the thing, once "employees and activists had pressed Microsoft": none of Microsoft's)
        ("what does microsoft think about ice", "Microsoft decided to keep its contract with ICE"),
    ],
)
def test_a_view_asked_of_a_holder_leads_its_own_act_toward_the_thing_not_what_it_is(
    core: Core, question: str, lead: str
) -> None:
    """ "What does Lind feel about the keepers" was led by the fact telling what Lind is ("Lind is the guild's
    head …", which names the keepers): no view of hers; the close fact telling her act toward them leads (a fresh
    tester: "karp feel about his employees" got his entry's description)."""
    line = core.ask(question).text.splitlines()[0]
    assert line.startswith(lead), line


@pytest.mark.parametrize(
    "question",
    [
        "what is karp's opinion of the protesters",
        "what does karp make of the protesters",
        "what was karp's attitude toward the protesters",
        "how does karp feel toward the protesters",
    ],
)
def test_a_view_asked_by_a_noun_or_verb_of_opinion_with_none_told_is_said_untold(core: Core, question: str) -> None:
    """A view asked with a noun of opinion ("Lind's stance on the lease") or "make of" / "feel toward" is a view
    asked as "think about" is: with no act of the holder's toward the thing told, the lead says so and tells the
    close fact naming the thing, not the holder's description (a fresh tester)."""
    a = core.ask(question)
    line = a.text.splitlines()[0]
    assert not a.answered, line
    assert line.startswith("The articles I have don't say what Alex Karp th"), line
    assert "protesters" in line.split("they tell this:")[1] and " is Palantir's chief" not in line, line


def test_a_view_noun_needs_a_holder_and_a_word_of_toward() -> None:
    assert view_asked("what is karp opinion of the protesters".split()) == ("is", ["karp"], ["the", "protesters"])
    assert view_asked("what is the guild share of the money".split()) is None  # a share is no view
    assert view_asked("what is the value of the lease".split()) is None


def test_a_holder_is_named_as_doer_before_the_clause_s_first_verb() -> None:
    spans = lambda told: [(k, k + 1, t) for k, t in enumerate(told) if t in ("guild", "lind")]  # noqa: E731
    verb = {"planned": "plan", "argued": "argue", "spoke": "speak"}.get
    assert not named_as_doer("Keepers planned to march at the guild's hall.", "guild", spans, verb)
    assert named_as_doer("In a letter, the guild argued the lease was unfair.", "guild", spans, verb)
    assert named_as_doer("According to a source who spoke to the Gazette, Lind argued …", "lind", spans, verb)


@pytest.mark.parametrize(
    "question",
    [
        "why did ice become such a target of criticism in 2018",  # blind set CI (was no_match)
        "why was ice such a target of criticism in 2018",
        "why did ice become the focus of criticism",
    ],
)
def test_becoming_a_target_of_a_noun_is_asked_as_undergoing_it(core: Core, question: str) -> None:
    """ "Become a target / the focus of criticism" is being criticized ("came under criticism"): "become", "target"
    and "focus" are no words the reason must have. "The subject of the letter" and "what was the target of …" stay
    as typed: a topic, and the target asked."""
    a = core.ask(question)
    assert a.answered and "zero tolerance" in a.text.splitlines()[0], a.text
    assert target_read("what was the subject of the letter") == "what was the subject of the letter"
    assert target_read("what was the target of the raid") == "what was the target of the raid"


@pytest.mark.parametrize(
    "question", ["what does the name palantir even refer to", "what does the word palantir refer to"]
)
def test_what_a_name_refers_to_asks_what_it_means_as_a_word(core: Core, question: str) -> None:
    # blind set CJ: "refer" was searched as a subject, and the fact telling which noun a clause "may refer to" led
    a = core.ask(question)
    assert a.answered and a.kind == "why-how" and "crystal ball" in a.text.splitlines()[0], a.text


def test_a_noun_with_wise_after_it_is_read_as_the_respect_asked_in() -> None:
    """Blind set CL: "tech-wise" was read as the words "tech" and "wise", and "wise", no word of any fact, kept a how
    question from its answer; "-wise" says in what respect ("in terms of tech")."""
    tokens = normalize("how were the keepers told to get ready tech-wise").tokens
    assert "wise" not in tokens and tokens[-3:] == ["terms", "of", "tech"], tokens


def test_a_how_question_closing_on_a_respect_with_wise_is_answered(core: Core) -> None:
    a = core.ask("how were officers told to get ready for the raids tech-wise")
    assert a.answered and "FALCON" in a.text.splitlines()[0], a.text
