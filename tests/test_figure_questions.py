"""Amount, count and comparison questions: the figure of what is asked, never a neighbouring one."""

from __future__ import annotations

import re

import pytest

from bot import messages
from bot.answering.compose.comparisons import _difference
from bot.answering.compose.lead import Lead
from bot.answering.normalize import normalize
from bot.answering.understand import kinds
from bot.core import Core


def _first_line(text: str) -> str:
    return text.splitlines()[0]


def test_a_comparison_states_both_figures_with_their_sources_larger_first(core: Core) -> None:
    a = core.ask("which had more names on it, the petition at the new york office or the letter to microsoft's ceo?")
    assert a.answered and a.kind == "comparison"
    first = _first_line(a.text)
    assert "300,000" in first and "140,000" in first and first.index("300,000") < first.index("140,000")
    assert len({c.source_id for item in a.evidence for c in item.citations}) == 2


def test_a_comparison_inside_one_fact_reads_both_figures_from_it(core: Core) -> None:
    a = core.ask("were there more criminal arrests or accepted prosecutions after the 2017 surge?")
    assert a.answered and a.kind == "comparison"
    first = _first_line(a.text)
    assert re.search(r"38 prosecutions.* vs 35 criminal arrests", first), first
    assert a.evidence[0].citations


def test_a_count_leads_with_the_figure_of_the_asked_quantity_not_a_neighbouring_one(core: Core) -> None:
    arrested = core.ask("how many criminal arrests were there in the 2017 operation")
    assert arrested.answered and _first_line(arrested.text).startswith("35:")
    # (fresh tester 35: asked plainly, "35 criminal arrests" counts only some: never the 440 targeted either)
    plain = _first_line(core.ask("how many immigrants were arrested in the 2017 operation").text)
    assert not plain.startswith(("35", "More than 440")), plain
    targeted = core.ask("how many immigrants were targeted in the 2017 operation")
    # (the noun's own modifier the question leaves out leads with the count: the 440 were undocumented immigrants)
    assert targeted.answered and _first_line(targeted.text).startswith("More than 440 undocumented immigrants:")


def test_a_headline_figure_keeps_the_qualifier_the_fact_gives_it(core: Core) -> None:
    a = core.ask("how much has ICE paid Palantir in total")
    assert _first_line(a.text).startswith("Over $150 million")


def test_a_planned_figure_is_led_as_planned_never_as_an_outcome(core: Core) -> None:
    from bot.answering.compose.figures import with_qualifier

    text = "According to a report, ICE planned in 2017 to arrest no fewer than 8,400 people. It arrested 35."
    assert with_qualifier(text, text.index("8,400"), "8,400") == "no fewer than 8,400 (planned)"
    assert with_qualifier(text, text.index("35"), "35") == "35"  # another sentence: not the plan's clause
    lead = _first_line(core.ask("how many people did ICE plan to arrest in operation mega?").text)
    assert lead.startswith("No fewer than 8,400 (planned):"), lead


def test_a_count_spelt_as_a_word_is_led_as_planned_when_its_clause_plans_it(core: Core) -> None:
    # "planned marches in three cities": the three are cities of planned marches, not all the cities the day's
    # protesters went to (Palo Alto's own protest is a fourth; fresh tester 94)
    lead = _first_line(core.ask("how many cities did protesters target on july 31").text)
    assert lead.startswith("Three (planned):"), lead


def test_a_comparison_of_two_bare_figures_names_them_and_says_the_sources_may_mean_one_thing(core: Core) -> None:
    a = core.ask("$38M vs $39M")
    assert a.answered and a.kind == "comparison"
    first = _first_line(a.text)
    assert re.match(r"\$39 million \(.*\) vs \$38 million \(.*\): \$39 million is the larger\.$", first), first
    assert a.note and "contract-38m-claim" in a.note and a.note in a.text


def test_two_sums_named_alone_are_compared_as_the_one_fact_giving_both_has_them(core: Core) -> None:
    # fresh tester 44 §2.3: "compare the 39m and 53m contracts" paired Truthout's $53 million TECS contract with the
    # 2018 report's $39 million, though that report gives both ("one for $39 million … another for $53 million")
    a = core.ask("compare the 39m and 53m contracts")
    first = _first_line(a.text)
    assert a.answered and "Truthout" not in first and first.endswith("$53 million is the larger."), first
    assert [item.id for item in a.evidence] == ["pa-two-ice-contracts-2018"], a.evidence


def test_a_count_given_as_a_word_of_repetition_answers_how_many_times(core: Core) -> None:
    a = core.ask("how many times were the protesters denied entry at the nyc office")
    assert a.answered and _first_line(a.text).startswith("Twice:")


def test_an_amount_that_names_another_thing_never_answers_for_the_asked_one(core: Core) -> None:
    assert not core.ask("how much is the salesforce contract").answered  # its only amount is a donation
    a = core.ask("how much was the TECS contract")
    assert a.answered and "$53 million" in _first_line(a.text)


def test_whom_a_sum_was_offered_to_says_nothing_of_what_it_is_a_sum_of(core: Core) -> None:
    """ "offer that immigrant rights nonprofit": the one given to (blind set BK), not a thing the fact's "a $250,000
    donation" would be another sum than; refused before, the nonprofit read as what the sum was of."""
    for q in (
        "how much $ did salesforce offer that immigrant rights nonprofit that said no thx",
        "how much did salesforce offer the nonprofit",
    ):
        a = core.ask(q)
        assert a.answered and _first_line(a.text).startswith("$250,000: "), a.text
    assert not core.ask("how much is the salesforce contract").answered  # a thing asked: still the donation's no sum


def test_an_amount_of_a_thing_in_a_year_is_the_related_fact_of_that_years_act_on_it(core: Core) -> None:
    # fresh tester 68 R4 (was "I don't have a sourced answer"): the FALCON fact tells the contracts "renewed in 2015"
    # and is related to the 2015 renewal's fact, which gives the sum but names the software otherwise; a year the
    # FALCON fact gives no sum of (the 2013 signing) stays unanswered
    a = core.ask("how much was the falcon contract in 2015")
    assert a.answered and _first_line(a.text).startswith("About $39 million"), a.text
    assert not core.ask("how much was the falcon contract in 2013").answered


def test_a_count_of_one_thing_is_never_given_as_the_count_of_another(core: Core) -> None:
    assert not core.ask("how many protesters were arrested").answered  # "arrests of more than 400 immigrants"
    a = core.ask("how many immigrants were arrested with palantir's help")
    assert a.answered and _first_line(a.text).startswith("More than 400")


@pytest.mark.parametrize("question", ["how much is Palantir worth?", "what is ICE's value?"])
def test_what_an_entity_is_worth_is_not_answered_by_the_amounts_of_contracts_it_holds(
    core: Core, question: str
) -> None:
    a = core.ask(question)
    assert not a.answered and "$" not in _first_line(a.text), a.text


def test_an_amount_listing_keeps_only_amounts_of_what_is_asked_not_another_partys_or_things(core: Core) -> None:
    a = core.ask("how much is the new contract worth?")
    first = _first_line(a.text)
    assert a.answered and a.kind == "amount"
    assert "$400 million" not in first and "$250,000" not in first, first  # another company's; a donation
    named = core.ask("how much was northrop grumman given?")
    assert _first_line(named.text).startswith("$400 million"), named.text  # asked about by name, it is theirs


def test_a_count_noun_before_of_and_the_number_is_what_the_number_counts(core: Core) -> None:
    """'the arrests of more than 400 immigrants' counts arrests; it still counts no protesters."""
    lead = _first_line(core.ask("how many arrests did palantir help ice make").text)
    assert lead.startswith("More than 400:"), lead
    assert not core.ask("how many protesters were arrested").answered


def test_a_number_word_counts_the_noun_after_of_and_its_modifiers(core: Core) -> None:
    a = core.ask("how many messages were posted on github")  # "the hundreds of anti-ICE messages"
    assert a.answered and "hundreds" in _first_line(a.text).lower(), a.text


def test_a_count_of_people_is_not_answered_by_a_number_of_something_else(core: Core) -> None:
    a = core.ask("how many ppl attended the sept 13 protest in new york")  # "more than 140,000 signatures"
    assert not a.answered, a.text
    b = core.ask("How many people were targeted in the 2017 ICE operation?")  # "more than 440 undocumented immigrants"
    assert b.answered and "440" in _first_line(b.text), b.text
    c = core.ask("how many people signed the petition at the nyc protest")  # signatures are what was asked
    assert c.answered and "140,000" in _first_line(c.text), c.text
    # "several groups demonstrated": "demonstrated" shares a stem with "demonstrators" but counts nobody
    d = core.ask("how many people got arrested at the sept 13 palantir protest in palo alto")
    assert not d.answered, d.text


def test_a_count_may_follow_the_counted_act_and_an_amount_the_synonym_of_what_is_asked(core: Core) -> None:
    a = core.ask("operation mega - how many arrests was ice planning")  # "to arrest no fewer than 8,400 people"
    assert a.answered and "8,400" in _first_line(a.text), a.text
    b = core.ask("how many signatures were on the letter microsoft employees handed nadella")  # "signed by 300,000"
    assert b.answered and "300,000" in _first_line(b.text), b.text
    c = core.ask("palantir's 2014 deal to modernize TECS - how much was it")  # "deal": "a $53 million contract"
    assert c.answered and "$53 million" in _first_line(c.text), c.text
    assert not core.ask("how many employees does microsoft have").answered  # 300,000 signed: no headcount


def test_a_count_whose_report_counts_nothing_is_given_by_the_fact_it_relates_counting_them(core: Core) -> None:
    # fresh tester 79 R3: "how many were targeted in operation mega" was refused: the closest fact, the report's
    # release ("thousands of documents"), counts no people, and the fact the brief relates to it counting those the
    # operation planned to arrest ranked a little lower; it answers, marked as planned
    lead = _first_line(core.ask("how many were targeted in operation mega").text)
    assert lead.startswith("No fewer than 8,400 (planned):"), lead


def test_a_count_of_an_occasion_described_in_the_best_facts_words_is_given_by_the_fact_it_relates(core: Core) -> None:
    # blind set BN: the 2017 operation described by what its documents tell ("going after parents of unaccompanied
    # minors") ranked those documents first, which count no one; the linked fact counting those targeted covered
    # less of the question than they did, and the question was refused
    lead = _first_line(
        core.ask("how many immigrants did the 2017 op chasing parents of unaccompanied kids target").text
    )
    assert lead.startswith("More than 440"), lead
    # the parents themselves the linked fact never counts
    assert not core.ask("how many parents of unaccompanied minors were targeted in 2017").answered


def test_a_count_of_a_thing_made_by_an_act_is_the_count_of_those_said_to_have_done_it(core: Core) -> None:
    # fresh tester 38: "signatures" of "a petition signed by more than 60 Palantir employees" were no count (the
    # number counts people), and the question was refused
    a = core.ask("how many signatures did the employee petition have")
    assert a.answered and a.lead.startswith("More than 60"), a.text


def test_people_describing_what_a_count_is_of_pick_the_fact_naming_them(core: Core) -> None:
    # fresh tester 38: "the employee petition" led the protesters' 140,000-signature petition, which names no
    # employee
    a = core.ask("how many signatures were on the employee petition")
    assert a.answered and a.lead.startswith("More than 60"), a.text
    b = core.ask("how many signatures were on the petition")
    assert b.answered and b.lead.startswith("More than 140,000"), b.text


def test_an_everyday_word_the_brief_gives_a_key_synonym_for_anchors_as_that_synonym(core: Core) -> None:
    # brief.yaml: "deal: [contract]"; "deal" alone is everyday English the brief uses in passing (tester 31: refused
    # as outside the brief, where "how much is the ice contract" is answered)
    a = core.ask("how much is the ice deal")
    assert a.answered and "million" in _first_line(a.text), a.text
    assert not core.ask("whats a good deal on a used car").answered


def test_an_amount_asked_by_what_the_brief_links_to_its_sum_takes_the_linked_facts_sum(core: Core) -> None:
    # blind set AK: the question's words describe the 2019 protest, whose `related` contract fact gives the sum,
    # ranked lower than the protest's other facts (was "I don't have a sourced answer")
    a = core.ask("how much is the ice deal the jewish groups wanted palantir to bail on before it starts in sept")
    assert a.answered and "$49 million" in _first_line(a.text), a.text


def test_a_figure_question_is_read_through_its_describing_clause(core: Core) -> None:
    a = core.ask(
        "whats the value of the palantir ice contract that was due to run out the year after the july 2018 palo alto"
        " protest"
    )
    assert a.answered and _first_line(a.text).startswith("$53 million"), a.text


def test_a_describing_clause_after_an_amount_is_no_owner_whose_attribute_is_asked(core: Core) -> None:
    a = core.ask("what was the $ value of the ice contract palantir claimed didnt help deportations")
    assert a.answered and _first_line(a.text).startswith("$38 million"), a.text


def test_several_figures_in_a_lead_that_names_no_source_are_cited_with_their_articles(core: Core) -> None:
    a = core.ask("what is TECS")  # the lead states two figures and names no article
    second = a.text.splitlines()[1]
    assert second.startswith("— Truthout, July 2019 (fact ")
    listed = core.ask("how much is the ICE contract?")  # the lead names each figure's article: ids only
    assert listed.text.splitlines()[1].startswith("— fact ")


def test_a_why_question_naming_money_asks_for_a_reason_not_an_amount(core: Core) -> None:
    a = core.ask("why did the immigrant rights group reject the money from salesforce")
    assert a.answered and a.kind == "why-how", a.text
    assert "rejected a $250,000 donation" in _first_line(a.text)
    assert not core.ask("why is palantir's stock price so high").answered


def test_the_size_of_a_sum_of_money_is_an_amount_question(core: Core) -> None:
    from bot.answering.understand.kinds import kind_of

    assert kind_of("how big is the lamp contract") == "amount" and kind_of("whats the grant size") == "amount"
    assert kind_of("how big was the crowd") == "count"  # no sum of money named: a number of people or things
    big = core.ask("how big is palantir's ice contract")
    assert _first_line(big.text) == _first_line(core.ask("how much is palantir's ice contract").text)
    assert _first_line(core.ask("how big is the new ice contract").text).startswith("$49 million")
    assert not core.ask("whats the size of palantir's contract with the us army").answered


def test_a_dollar_figure_or_value_asks_an_amount(core: Core) -> None:
    from bot.answering.understand.kinds import kind_of

    # blind set AI: "what's the dollar figure on the contract …" was read as a topic and led with the protest
    assert kind_of("what's the dollar figure on the lamp contract") == "amount"
    a = core.ask("what's the dollar figure on the contract the jewish groups wanted palantir to pull out of")
    assert _first_line(a.text).startswith("$49 million"), a.text


def test_a_count_of_a_named_document_is_not_another_documents_count(core: Core) -> None:
    # fresh tester 28: "how many people signed the letter to palantir" -> "300,000: … presented CEO Satya Nadella
    # with a letter signed by 300,000 people" (Microsoft's letter); a letter to Palantir's head is counted instead
    line = _first_line(core.ask("how many people signed the letter to palantir").text)
    assert "300,000" not in line and "Nadella" not in line, line
    assert _first_line(core.ask("how many people signed the letter to microsoft").text).startswith("300,000")


def test_a_count_or_amount_about_a_named_actor_is_not_answered_by_a_fact_about_others(core: Core) -> None:
    # the 140,000 signatures were on the protesters' petition to Palantir, not on anything of Microsoft's
    answer = core.ask("how many signatures did the microsoft employees petition get in 2019")
    assert not answer.answered, answer.text
    # a place the question names is where it happened, not whom it is about
    placed = "how many contracts did palantir have w ice at the time of the july 2018 protest in palo alto"
    assert core.ask(placed).answered


def test_an_amount_question_about_a_party_is_not_answered_by_an_amount_another_party_holds(core: Core) -> None:
    # the fact names Mijente's report in passing; its $53 million is Palantir's contract
    assert not core.ask("how much money did mijente get").answered


def test_an_amount_in_words_answers_how_much_but_not_exactly_how_much(core: Core) -> None:
    a = core.ask("how much did in-q-tel invest in palantir")  # had no answer: no "$" figure in the fact
    assert a.answered and "millions of dollars" in _first_line(a.text), a.text
    assert not core.ask("exactly how much did in-q-tel invest in palantir?").answered


def test_a_figure_typed_without_thousands_separators_reads_as_the_brief_writes_it(core: Core) -> None:
    # the brief writes "140,000"; "140000" had been an unknown word, and the question off-topic
    a = core.ask("which outlet reported the 140000 signature petition")
    assert a.answered and _first_line(a.text).startswith("VICE News"), a.text

    assert normalize("in 2019, 8400 people").tokens == ["in", "2019", "8400", "people"]
    assert normalize("in 2019, 8,400 people").tokens == ["in", "2019", "8400", "people"]  # one word, however typed
    assert normalize("the 300k letter, 8.4k arrests").tokens == ["the", "300000", "letter", "8400", "arrests"]


def test_a_count_asked_of_a_named_day_is_not_answered_by_a_count_of_another_day(core: Core) -> None:
    # "Mijente's flier set out how ICE had arrested hundreds of people" is no count of the 13 September protest
    assert not core.ask("how many people were arrested at the sept 13 protest").answered
    a = core.ask("how many signatures did the petition have on september 13")
    assert a.answered and "140,000" in _first_line(a.text), a.text


def test_a_figure_of_thousands_is_matched_by_its_digits_not_by_its_group_of_zeros(core: Core) -> None:
    # "140000" reads as the brief's "140,000" ("140", "000"); every figure of thousands has a "000"
    a = core.ask("did 140000 people sign the petition")
    assert a.answered and "140,000" in _first_line(a.text), a.text


def test_what_something_was_compared_to_is_asked_not_a_comparison_cue(core: Core) -> None:
    a = core.ask("what did the protesters compare palantirs work to")
    assert a.answered and "compared" in _first_line(a.text) and "IBM" in _first_line(a.text), a.text


@pytest.mark.parametrize(
    "question", ["how much is the 49 million contract worth per year", "how much does ice pay palantir a year"]
)
def test_a_figure_asked_per_year_is_not_answered_by_a_total(core: Core, question: str) -> None:
    # "$49 million: …" had been given as the yearly worth of a contract the sources give only a total for
    a = core.ask(question)
    assert not a.answered, a.text
    assert core.ask("how much is the 49 million contract worth").lead.startswith("$49 million")


@pytest.mark.parametrize("question", ["how much is the 2019 contract", "how big is the new contract"])
def test_an_amount_question_whose_best_fact_gives_no_sum_is_answered_by_an_about_as_good_one_that_does(
    core: Core, question: str
) -> None:
    # the 2019 renewal (no sum) had ranked first and the question was refused; the $49 million contract is as close
    assert core.ask(question).lead.startswith("$49 million"), core.ask(question).text


def test_a_figure_is_attached_to_the_asked_act_past_the_words_that_join_them(core: Core) -> None:
    # "one worth $39 million that had recently expired, and one worth $53 million due to expire in 2019": "that had
    # recently" had kept "expired" out of reach, and the $53 million led; the leading "in the … piece about …" names
    # the article and had drowned the question (refused)
    asked = "in the july 2018 piece about the palo alto protest, how much was the ice contract that had just expired"
    a = core.ask(asked)
    assert a.answered and a.lead.startswith("$39 million"), a.text


def test_a_count_of_people_who_underwent_an_act_needs_a_fact_stating_that_act(core: Core) -> None:
    # "dozens of protesters … gathered": a count of protesters, not of arrests ("got" makes the passive as "were")
    assert not core.ask("how many protesters got arrested at the palo alto letter protest in 2018").answered
    assert not core.ask("how many people were actually deported as a result of operation mega").answered
    a = core.ask("how many immigrants got arrested thanks to palantir")  # "the arrests of more than 400 immigrants"
    assert a.answered and "400" in a.text.splitlines()[0], a.text
    b = core.ask("how many people signed the petition for the microsoft ceo")  # the act stated: still answered
    assert b.answered and "300,000" in b.text.splitlines()[0], b.text


def test_how_many_before_a_verb_counts_the_people_who_did_it(core: Core) -> None:
    # "how many signed" had counted "signed", which no number in the fact stands next to
    for question in ("how many signed the letter to karp", "and how many signed the letter to karp last year"):
        a = core.ask(question)
        assert a.answered and a.text.startswith("More than 200"), a.text


def test_a_count_of_a_thing_is_not_answered_by_a_fact_that_counts_only_people(core: Core) -> None:
    # "dozens of protesters" counts people; the letter's signatures are counted nowhere
    a = core.ask("how many signatures did the 2018 palo alto letter to palantir end up getting")
    assert not a.answered, a.text
    b = core.ask("how many signatures did the microsoft letter get")  # "a letter signed by 300,000 people"
    assert b.answered and "300,000" in b.text.splitlines()[0], b.text


def test_a_sum_the_question_names_is_never_answered_by_a_fact_of_another_sum(core: Core) -> None:
    # the fresh tester's overclaims: the $39 million contract's expiry for the $49 million one, "38 prosecutions"
    # for "the 38 million contract"
    for question in ("when does the $49 million contract expire", "when did the 38 million contract start"):
        a = core.ask(question)
        assert not a.answered, a.text
    b = core.ask("when did the $53 million contract expire")  # its own fact: answered
    assert b.answered and b.text.startswith("Due by 2019"), b.text


@pytest.mark.parametrize(
    "question",
    [
        "how much was the contract that hadn't expired in 2018",
        "in 2018 palantir had two contracts — how big was the one that hadn't expired yet",
        "how much was the contract that had not expired yet in 2018",
    ],
)
def test_a_sum_asked_of_the_one_whose_end_is_negated_is_not_the_one_that_ended(core: Core, question: str) -> None:
    # fresh tester 57 (W1): "the contract that hadn't expired" was answered $39 million, the one that "had recently
    # expired"; the other ("$53 million that will expire next year") is asked
    line = core.ask(question).text.splitlines()[0]
    assert line.startswith("$53 million"), line
    assert core.ask("how much was the contract that expired in 2018").text.startswith("$39 million")


def test_which_one_asked_of_the_one_whose_end_is_negated_is_not_led_by_the_one_that_ended(core: Core) -> None:
    # "which contract hadn't expired in 2018" was led by the $39 million one alone, "had recently expired"
    line = core.ask("which contract hadn't expired in 2018").text.splitlines()[0]
    assert "$53 million" in line, line


@pytest.mark.parametrize(
    "question",
    ["which of palantir's 2018 contracts was still active", "which of the 2018 contracts was still running"],
)
def test_which_one_was_still_running_in_a_year_named_is_the_fact_telling_which_had_ended(
    core: Core, question: str
) -> None:
    # fresh tester 68 R5: "still" read as now refused it (the sources stop at their dates); "was" and the year set
    # it then, and the fact telling which had expired and which was due to expire answers, not the 2018 protest
    line = core.ask(question).text.splitlines()[0]
    assert "$53 million due to expire" in line, line
    assert not core.ask("which contracts are still active").answered  # now: the sources stop at their dates


def test_a_years_figure_is_not_answered_by_a_running_total(core: Core) -> None:
    # "ICE has paid Palantir over $150 million in total" (VICE, September 2019) is no figure for 2019 alone
    assert not core.ask("how much did ICE pay palantir in 2019").answered
    for question in ("how much has ice paid palantir in total", "how much had ice paid palantir by 2019"):
        a = core.ask(question)
        assert a.answered and a.text.startswith("Over $150 million"), a.text


def test_a_sum_in_a_yes_no_question_is_never_matched_inside_a_larger_number(core: Core) -> None:
    # "400" had matched the "8,400" people of Operation Mega (fresh tester 10)
    a = core.ask("did ICE sign a $400 million contract with palantir")
    assert "8,400" not in a.text.splitlines()[0] and not a.text.startswith("Yes"), a.text


@pytest.mark.parametrize("question", ["who reported the 400 arrests", "did the 2017 operation lead to 400 arrests"])
def test_a_number_in_a_question_matches_that_number_never_a_digit_group_of_a_larger_one(
    core: Core, question: str
) -> None:
    # fresh tester 29: "400" was a word of Operation Mega's "8,400" (the index split it into "8" and "400"), which led
    line = _first_line(core.ask(question).text)
    assert "8,400" not in line and re.search(r"\b4[04]0\b", line), line  # The Hill's 400 arrests, or 440 targeted


@pytest.mark.parametrize("question", ["8400 arrests?", "8,400 arrests?", "how many arrests did operation mega plan"])
def test_a_figure_typed_with_or_without_its_separator_finds_the_fact_giving_it(core: Core, question: str) -> None:
    assert "8,400" in _first_line(core.ask(question).text)


def test_which_came_first_compares_events_that_took_place_not_one_only_planned(core: Core) -> None:
    # the Palo Alto side had been the protest Close the Camps planned for 12 July 2019, not the held 31 July 2018 one
    a = core.ask("which came first, the github protest or the palo alto protest")
    assert a.text.startswith("31 July 2018 (palo alto protest) vs May 2019 (github protest)"), a.text


def test_a_comparison_states_a_bound_as_a_bound_never_as_the_exact_figure(core: Core) -> None:
    # the petition "carried more than 140,000 signatures": the comparison had said "140,000 signatures"
    line = _first_line(core.ask("were there more signatures on the microsoft letter or the palantir petition").text)
    assert "vs more than 140,000 signatures" in line, line
    line = _first_line(core.ask("did more palantir employees sign the letter to karp or the petition").text)
    assert line.startswith("more than 200 Palantir") and "vs more than 60 Palantir" in line, line


def test_which_came_first_of_two_events_one_fact_tells_together_takes_the_other_events_own_fact(core: Core) -> None:
    # fresh tester 41: both sides' best fact was the 13 September 2019 protest in Palo Alto and New York City, and no
    # comparison was made; the Palo Alto protest asked beside it is the 31 July 2018 one
    for question in (
        "which was earlier, the palo alto protest or the nyc jewish protest",
        "which came first, the nyc jewish protest or the palo alto protest",
    ):
        line = _first_line(core.ask(question).text)
        assert line.startswith("31 July 2018 (palo alto protest) vs 13 September 2019"), line
    # a document's fact shared by both sides is not split so: its date (2017) is of the program it tells, not of
    # when the report on it came out (May 2019)
    line = _first_line(core.ask("which came first, the intercept report or the mijente report").text)
    assert not line.startswith("2017"), line


def test_how_much_one_party_got_compared_to_another_is_never_led_by_the_others_figure(core: Core) -> None:
    # "$400 million" is Northrop Grumman's; the question asks what Palantir got (fresh tester 10)
    a = core.ask("how much did palantir get compared to northrop grumman")
    assert not a.text.startswith("$400 million"), a.text
    b = core.ask("how much did northrop grumman get for tecs")  # asked of Northrop Grumman itself: its figure
    assert b.answered and b.text.startswith("$400 million"), b.text


def test_a_name_qualifying_an_event_says_which_event_and_is_no_actor_of_the_counted_act(core: Core) -> None:
    # "the github protest": the fact of the arrests it followed does not name the code host, and need not
    a = core.ask("the revelations behind the github protest said palantir products helped arrest how many immigrants")
    assert a.answered and a.evidence[0].id == "arrests-over-400" and a.text.startswith("More than 400")
    # a company named as the actor still has to be the fact's ("how many google employees signed …")
    assert not core.ask("how many google employees signed the letter to karp").answered


@pytest.mark.parametrize(
    "question",
    [
        "what percent of truthout's funding comes from small individual donations?",
        "what share of truthout's money comes from small individual donations",  # a proportion, not a sum of money
    ],
)
def test_a_share_of_someones_money_is_answered_by_the_proportion_the_source_states(core: Core, question: str) -> None:
    a = core.ask(question)
    assert a.answered and "over 80 percent" in a.text.splitlines()[0], a.text


def test_once_as_a_conjunction_counts_nothing_asked_of_people(core: Core) -> None:
    # "… dropped a Pentagon contract once its employees pressed it to" was "Once:" for a count of employees
    assert not core.ask("how many google employees protested").answered


def test_currently_per_a_named_article_is_the_articles_present_not_today(core: Core) -> None:
    a = core.ask("per the july 2018 article how many contracts does palantir currently have with ice")  # was refused
    assert a.answered and "two contracts" in a.text.splitlines()[0], a.text
    assert not core.ask("how many contracts does palantir currently have with ice").answered  # today: unknown


@pytest.mark.parametrize(
    "question",
    ["how much did in-q-tel invest in palantir, roughly", "how much did in-q-tel invest in palantir approximately"],
)
def test_a_hedge_on_the_figure_asked_is_no_subject_the_brief_lacks(core: Core, question: str) -> None:
    # "roughly" asks how exact the figure need be: with one other word asked, it had made half the question
    # unknown to the brief, and the question was refused as outside it
    a = core.ask(question)
    assert a.answered and "millions of dollars" in _first_line(a.text)


def test_the_petition_counted_is_one_the_articles_call_a_petition(core: Core) -> None:
    # fresh tester 14: Microsoft's letter (the source: "a letter signed by 300,000 individuals") carried the
    # curated keyword "petition" and led with 300,000; the petition the articles tell of carried 140,000 signatures
    a = core.ask("how many people signed the petition")
    assert a.answered and "140,000" in _first_line(a.text), a.text


def test_a_sum_of_money_is_no_count_of_the_things_it_pays_for(core: Core) -> None:
    # fresh tester 14: "how many contracts" was answered by "its $38 million contract" (38 read as a count)
    a = core.ask("how many contracts does palantir have with ice")
    assert "$38 million" not in _first_line(a.text), a.text


def test_a_share_asked_needs_a_fact_stating_a_share(core: Core) -> None:
    # blind set V: "what percent of palantir's total revenue comes from ICE" was led by "over $150 million in total"
    assert not core.ask("what percent of palantir's total revenue comes from ICE").answered
    assert not core.ask("what percentage of palantir employees signed the petition").answered  # "more than 60"
    a = core.ask("what share of truthout's funding comes from small individual donations")
    assert a.answered and "80 percent" in _first_line(a.text)


@pytest.mark.parametrize(
    "question",
    ["what fraction of the arrests led to prosecutions", "what proportion of the arrests led to prosecutions"],
)
def test_a_share_told_by_its_size_in_words_answers_a_share_asked(core: Core, question: str) -> None:
    # fresh tester 64 (R1): "of which only a small share resulted in criminal prosecutions" states a share in words,
    # but only "share of", a percentage or a named part counted as one: the question was refused
    a = core.ask(question)
    assert a.answered and "small share" in _first_line(a.text), a.text


def test_a_number_no_article_gives_asked_of_what_they_tell_is_unanswered_not_out_of_scope(core: Core) -> None:
    # fresh tester 64 (R3): "how many of the 443 were prosecuted" (The Hill: "Over 440 … targeted", "38 prosecutions")
    # was "outside what I cover": the number alone, which no article gives, made the question another topic's
    a = core.ask("how many of the 443 were prosecuted")
    assert not a.answered and a.outcome == "no_match", a.text
    assert core.ask("how many of the 443 were eaten by dragons").outcome == "off_topic"  # its other words: none


def test_a_count_of_an_act_at_an_occasion_needs_a_fact_naming_the_occasion(core: Core) -> None:
    # fresh tester 16: "how many arrested at the september protest" was answered by ICE's arrests of "hundreds of
    # people" (a flier's words), which no article places at a protest
    a = core.ask("how many people were arrested at the september protest")
    assert not a.answered, a.text
    assert core.ask("how many immigrants were arrested").text.startswith("More than 400")


def test_a_count_the_first_candidates_miss_gets_a_wider_stricter_second_look(core: Core) -> None:
    # fresh tester 16: refused: "had two contracts with ICE" shares only everyday words with the question and ranked
    # below the 20 candidates read; the second look takes only a fact counting the noun with the question's verb
    a = core.ask("how many contracts does palantir have with ice")
    assert a.answered and "two contracts" in a.text.splitlines()[0], a.text
    for question in ("how many employees does palantir have", "how many offices does palantir have"):
        assert not core.ask(question).answered, question  # "200 employees signed", a date's "13": no such count


def test_the_second_look_reads_a_statements_verbs_as_its_words_give_them_kept_or_not(core: Core) -> None:
    # the verbs of a fact's statement are kept once read (SecondLook.stated_verbs): kept or read afresh, a statement
    # states exactly the base forms of its own words ("had" -> "have"), and an id that is no fact states none
    from bot.text import fold, words

    look = core.answerer.second_look
    for fact_id, fact in core.brief.facts.items():
        said = {look.base_verb(t) for t in words(fold(fact.statement))} - {None}
        for _ in range(2):  # read, then kept
            assert set(look.stated_verbs(fact_id)) == said, fact_id
            assert all(look.states_verb(fact_id, verb) for verb in said)
    assert look.states_verb("pa-two-ice-contracts-2018", "have")  # "had two contracts"
    assert not look.stated_verbs("no-such-fact") and not look.states_verb("no-such-fact", "have")


def test_each_figure_in_a_list_of_figures_is_labelled_by_the_source_that_gave_it_and_when(core: Core) -> None:
    # fresh tester 16: "$53 million (2019, …)" gave the contract's expiry year as if the figure were 2019's, beside
    # "$49 million (20 September 2019, VICE News)"
    line = core.ask("how much is the ICE contract?").text.splitlines()[0]
    assert "$53 million (Palo Alto protest report (outlet not named), 31 July 2018)" in line, line
    assert line.index("$39 million") < line.index("$49 million"), line


def test_the_amounts_a_statement_gives_are_found_once_and_read_alike_when_kept(core: Core) -> None:
    # the figure list ("how much is the ICE contract") reads up to ~120 statements' amounts, kept once found
    # (Composer._amounts_in): each as AMOUNT finds it, with the qualifier before it, kept or found afresh
    from bot.answering.compose.figures import AMOUNT, with_qualifier

    composer = core.answerer.composer
    given = 0
    for fact_id, fact in core.brief.facts.items():
        found = [
            (m.start(), m.end(), with_qualifier(fact.statement, m.start(), m.group(0)))
            for m in AMOUNT.finditer(fact.statement)
        ]
        for _ in range(2):  # found, then kept
            assert list(composer.figures.amounts_in(fact_id, fact.statement)) == found, fact_id
        given += bool(found)
    assert 10 < given < len(core.brief.facts) / 2  # most statements give no amount
    paid = core.brief.facts["ice-paid-over-150m"]
    assert composer.figures.amounts_in(paid.id, paid.statement)[0][2] == "over $150 million"


def test_a_count_question_whose_best_fact_counts_nothing_takes_an_as_close_one_counting_the_noun(core: Core) -> None:
    # fresh tester 17: refused, while "how many protesters gathered in palo alto" answered "dozens"; the best fact
    # (the planned July 2019 protest) gives no count, the July 2018 one, as close, does
    a = core.ask("how many protesters were at the palo alto protest")
    assert a.answered and "dozens of protesters" in a.text.splitlines()[0], a.text
    assert not core.ask("how many employees does palantir have").answered  # "200 employees signed": not as close


def test_a_sum_no_article_gives_is_not_taken_for_a_contract_stating_no_sum(core: Core) -> None:
    # fresh tester 19: "when does the $3 million contract expire" was answered by the ICM contract's expiry (a fact
    # stating no sum at all); "$5 million" and "$35 million" were refused only because no fact has a "5" or "35"
    assert not core.ask("when does the $3 million contract expire").answered
    assert core.ask("when does the $49 million contract start").answered
    tecs = core.ask("what was palantir's 2014 $53m deal supposed to do")  # a year before a sum is no "2014.53"
    assert tecs.answered and "$53 million" in tecs.text.splitlines()[0], tecs.text


def test_a_count_of_people_in_one_part_is_never_answered_by_a_count_of_people_in_another(core: Core) -> None:
    # the stated 400 are immigrants ICE arrested; "protesters" shares its stem with the "protest" that fact tells of
    a = core.ask("how many protesters were arrested in new york")
    assert not a.answered or "400" not in _first_line(a.text), a.text
    immigrants = core.ask("how many immigrants were arrested after the revelations")
    assert immigrants.answered and "400" in _first_line(immigrants.text), immigrants.text
    # words of one part stand for each other: activists are counted by "dozens of protesters"
    activists = core.ask("how many activists protested in palo alto")
    assert activists.answered and "dozens" in _first_line(activists.text).lower(), activists.text


def test_the_current_amount_is_never_one_its_own_clause_says_has_expired(core: Core) -> None:
    # "one worth $39 million that had recently expired, and one worth $53 million due to expire in 2019"
    a = core.ask("how much is the current contract")
    assert a.answered and not _first_line(a.text).startswith("$39 million"), a.text
    expired = core.ask("how much was the contract that expired")  # asked of the ended one: it answers
    assert expired.answered and _first_line(expired.text).startswith("$39 million"), expired.text


def test_a_count_of_what_was_done_yields_to_as_close_a_fact_counting_it_done_not_planned(core: Core) -> None:
    # fresh tester 20: "No fewer than 8,400 (planned)" for people arrested in 2017; The Hill: "35 criminal arrests"
    a = core.ask("how many criminal arrests were there in 2017")
    assert a.answered and _first_line(a.text).startswith("35:"), a.text
    # (fresh tester 35: asked plainly, "35 criminal arrests" counts only some, so neither leads)
    plain = _first_line(core.ask("how many people were arrested in 2017").text)
    assert "8,400" not in plain and not plain.startswith("35"), plain
    planned = core.ask("how many people did ice plan to arrest in 2017")  # the plan is asked: the plan answers
    assert planned.answered and "8,400 (planned)" in _first_line(planned.text), planned.text


def test_a_count_of_people_of_one_part_is_never_a_count_of_things_they_might_have_made(core: Core) -> None:
    # fresh tester 21: "More than 140,000" employees, from the protesters' petition's 140,000 signatures
    a = core.ask("how many palantir employees signed the 140,000 petition")
    assert not a.answered or "140,000" not in _first_line(a.text), a.text
    people = core.ask("how many people signed the petition")  # people sign: signatures count them
    assert people.answered and "140,000" in _first_line(people.text), people.text


def test_a_payment_asked_of_the_party_paid_is_said_to_go_the_other_way(core: Core) -> None:
    # fresh tester 21: "how much did palantir pay ice" was led by "Over $150 million: … ICE has paid Palantir"
    from bot import messages

    a = core.ask("how much did palantir pay ice")
    assert not a.answered and a.text.startswith(messages.OTHER_WAY), a.text
    paid = core.ask("how much did ice pay palantir")
    assert paid.answered and _first_line(paid.text).startswith("Over $150 million"), paid.text


def test_a_total_asked_is_never_answered_by_one_contracts_sum(core: Core) -> None:
    # fresh tester 21: "what is the total value of palantir's ice contracts" led with "$38 million"; the one total
    # the articles give is what ICE paid ("over $150 million in total"), which speaks of no contract's value
    a = core.ask("what is the total value of palantir's ice contracts")
    assert not a.answered or "150 million" in _first_line(a.text), a.text
    paid = core.ask("how much has ice paid palantir in total")
    assert paid.answered and _first_line(paid.text).startswith("Over $150 million"), paid.text


def test_the_list_of_a_contracts_figures_keeps_the_latest_one(core: Core) -> None:
    # fresh testers 20 and 21: "how much is the contract worth" listed five figures and left out VICE's $49 million,
    # the contract of the 2019 campaign
    first = _first_line(core.ask("how much is the contract worth").text)
    assert "$49 million" in first and "over $150 million" in first, first


def test_a_count_of_those_who_underwent_an_act_is_never_a_count_of_others_near_a_mention_of_it(core: Core) -> None:
    # fresh tester 21: "thousands of protesters pressed Salesforce … over the policy of separating migrant families"
    # answered "how many people were separated from their families"
    a = core.ask("how many people were separated from their families")
    assert not a.answered or "thousands" not in _first_line(a.text).lower(), a.text
    arrested = core.ask("how many immigrants were arrested after the revelations")  # "the arrests of over 400 …"
    assert arrested.answered and "400" in _first_line(arrested.text), arrested.text


def test_a_count_asked_as_what_actually_happened_is_not_answered_by_a_planned_figure(core: Core) -> None:
    # blind set AA: "how many … actually got arrested … in the end" was led by "No fewer than 8,400 (planned)"
    a = core.ask("how many ppl actually got arrested in operation mega in the end")
    assert not a.answered and "planned" in a.text.splitlines()[0], a.text
    planned = core.ask("how many people was operation mega supposed to arrest")
    assert planned.answered and "8,400" in planned.text.splitlines()[0], planned.text


def test_a_count_at_an_occasion_reads_the_occasion_up_to_the_next_preposition_and_by_its_names(core: Core) -> None:
    # blind set AA: "at the nyc office in the vice story" needed "vice" and "story" (and "nyc" as typed) in the fact
    a = core.ask("how many times were the protesters denied entry at the nyc office in the vice story")
    assert a.answered and a.text.startswith("Twice"), a.text
    assert not core.ask("how many protesters were arrested at the nyc office").answered


@pytest.mark.parametrize(
    "question",
    [
        "how many separate ice contracts did palantir have as of summer 2018",
        "how many ice contracts did palantir have at the time of the palo alto protest",
    ],
)
def test_a_count_reads_past_a_counting_word_and_is_not_answered_by_a_count_of_the_scene(
    core: Core, question: str
) -> None:
    # blind sets H, I, M, U, X: "separate" was the counted noun (and found "separated" families); "dozens of
    # protesters" answered the count of contracts at the time of the protest
    a = core.ask(question)
    assert a.answered and "two contracts" in a.text.splitlines()[0], a.text


@pytest.mark.parametrize(
    "question",
    [
        "did over 400 immigrants get arrested because of palantir",
        "how many immigrants were arrested because of palantir",
    ],
)
def test_a_count_the_brief_links_as_differing_is_shown_beside_it_as_sums_are(core: Core, question: str) -> None:
    # fresh tester 22: "Yes: … more than 400" alone, though the brief links the same article's "more than 440 …
    # targeted, 35 criminal arrests" as differing; only sums of money were compared
    a = core.ask(question)
    assert a.answered and "400" in a.text.splitlines()[0], a.text
    assert [i.id for i in a.items if i.role == "differs"] == ["uac-2017-over-440-targeted"], a.text


def test_now_does_not_single_out_a_fact_that_says_now_in_another_sense(core: Core) -> None:
    # fresh tester 24: "how much is the contract now" -> "About $39 million: In 2015 … (now Palantir Gotham) …",
    # a 2015 renewal, because the fact's "now" matched the question's
    first = core.ask("how much is the contract now").text.splitlines()[0]
    assert first.endswith("the figures the sources give, in the order they reported them.") and "$49 million" in first


def test_a_figure_of_someone_elses_act_does_not_answer_what_the_asked_actor_did(core: Core) -> None:
    # fresh tester 26: "how much money did palantir donate" was "$250,000" (a donation from Salesforce): the brief's
    # own subject, in most facts, still has to be in the fact that tells its act
    assert not core.ask("how much money did palantir donate").answered
    a = core.ask("how much did salesforce donate")  # its own act: its sum, told as turned down (fresh tester 85)
    assert a.answered and "$250,000" in _first_line(a.text), a.text


@pytest.mark.parametrize(
    "question",
    [
        "how much is the ice contract the jewish groups wanted palantir to pull out of",
        "how much was the contract the jewish protesters wanted palantir to drop",
    ],
)
def test_a_sum_asked_of_a_thing_described_by_an_event_comes_from_the_fact_related_to_that_events(
    core: Core, question: str
) -> None:
    # blind sets AE, AF, AH, H: the protest fact is closest and states no sum; the contract fact the brief relates
    # to it covers less than half the question (its words describe the protest) and was passed over
    a = core.ask(question)
    assert a.answered and a.text.startswith("$49 million"), a.text


@pytest.mark.parametrize(
    "question",
    [
        "how much is the ice contract the jewish groups were trying to kill before it starts in sept",
        "whats the value of the contract the jewish groups wanted palantir to walk away from before it kicked in",
    ],
)
def test_a_sum_asked_of_a_thing_named_by_a_relative_clause_of_others_acts_comes_from_the_fact_linked_to_them(
    core: Core, question: str
) -> None:
    # blind sets AT and AS: the relative clause after "contract" ("the jewish groups were trying to kill ...") is the
    # protest fact's to tell; the contract fact linked to it covers the rest ("the ice contract") but under a third of
    # the whole, and (AS) ranked below the few closest: both had no answer
    a = core.ask(question)
    assert a.answered and a.text.startswith("$49 million"), a.text


def test_a_payment_asked_of_one_the_fact_tells_got_the_money_is_not_answered_with_that_sum(core: Core) -> None:
    # fresh tester 29: "how much did northrop grumman pay palantir" led with "$400 million" of "Northrop Grumman was
    # given $400 million": no payment of Northrop Grumman's, and not one the other way round either
    from bot import messages

    a = core.ask("how much did northrop grumman pay palantir")
    assert not a.answered and "400" not in a.text.splitlines()[0], a.text
    assert not a.text.startswith(messages.OTHER_WAY), a.text
    b = core.ask("how much was northrop grumman paid")  # what it got is asked: the sum answers
    assert b.answered and b.text.startswith("$400 million"), b.text


def test_an_amount_asked_of_a_year_is_not_a_sum_the_fact_gives_of_another_year(core: Core) -> None:
    # fresh tester 30: "how much was the contract in 2013" led with "About $39 million" of "In 2015 the … contract,
    # first signed in 2013, was renewed for about $39 million": no sum of 2013
    a = core.ask("how much was the contract in 2013")
    assert not a.answered and "39" not in a.text.splitlines()[0], a.text
    b = core.ask("how much was the contract in 2015")
    assert b.answered and b.text.startswith("About $39 million"), b.text
    # fresh tester 32: a thing named by its year likewise ("the 2013 contract" led with the renewal's sum)
    assert not core.ask("how much was the 2013 contract").answered
    c = core.ask("how much was the 2014 tecs contract")
    assert c.answered and "$53 million" in _first_line(c.text), c.text
    # fresh tester 35: and by its year and a name ("the 2011 hsi software deal" led with the 2015 renewal's sum)
    d = core.ask("how much was the 2011 hsi software deal worth")
    assert not d.answered and "39" not in _first_line(d.text), d.text
    # fresh tester 66 O1: "the 2014 icm contract" led with "Over $150 million for ICM and FALCON together" of a
    # running total the articles date to no year: no sum of one contract of 2014
    e = core.ask("how much was the 2014 icm contract")
    assert not e.answered and not _first_line(e.text).startswith("Over $150"), e.text


def test_an_amount_of_another_partys_act_does_not_answer_what_people_the_question_names_did(core: Core) -> None:
    # fresh tester 32: "how much money did the employees want to donate" led with "$250,000" of "rejected a $250,000
    # donation from Salesforce": the fact names no employees, so the sum is another party's act
    a = core.ask("how much money did the employees want to donate")
    assert not a.answered and "250,000" not in _first_line(a.text), a.text
    b = core.ask("how much was the donation the nonprofit rejected")  # no one's act asked: the sum answers
    assert b.answered and b.text.startswith("$250,000"), b.text


@pytest.mark.parametrize(
    "question",
    ["how many palantir employees work on ice", "how many employees work at palantir"],
)
def test_a_count_of_people_who_did_something_is_no_count_of_the_people_working_somewhere(
    core: Core, question: str
) -> None:
    # fresh tester 32: "how many palantir employees work on ice" led with "More than 200: More than 200 Palantir
    # employees reportedly signed a letter": the signers, not how many work on it
    a = core.ask(question)
    assert not a.answered and "200" not in _first_line(a.text), a.text
    b = core.ask("how many palantir employees signed the letter to karp")  # the signers asked: the count answers
    assert b.answered and b.text.startswith("More than 200"), b.text


def test_a_count_of_whom_another_act_was_done_to_is_no_count_of_who_did_the_asked_act(core: Core) -> None:
    # fresh tester 32: "how many people signed the flyer" was answered with "Mijente's flier set out how ICE had
    # arrested hundreds of people": the arrested, the object of another act, signed nothing
    a = core.ask("how many people signed the flyer")
    assert not a.answered and "hundreds" not in _first_line(a.text), a.text
    # the count names the act in a noun of its own ("carried more than 140,000 signatures"): it counts the signing
    b = core.ask("how many ppl signed the petition they tried to hand in at the nyc office")
    assert b.answered and b.text.startswith("More than 140,000"), b.text


@pytest.mark.parametrize("question", ["how many protests did mijente organize", "how many protests were held"])
def test_a_thing_counted_is_not_named_by_the_people_of_its_act_nor_counted_by_a_preposition(
    core: Core, question: str
) -> None:
    # fresh tester 32: "how many protests did mijente organize" led with a fact of "protesters … affiliated with
    # several organizations" ("protesters" shares the stem of "protests"); "how many protests were held" led with
    # "More than 400" of "held a protest over several days … arrest more than 400 immigrants" ("over several days"
    # read as a bound on protests)
    a = core.ask(question)
    assert not a.answered, a.text


def test_a_differing_count_is_shown_by_its_figure_not_only_by_its_date(core: Core) -> None:
    # fresh tester 32: "how many immigrants were arrested" listed "2017: According to The Intercept …" under
    # "Other figures in the sources": the year read as the figure, the count itself not shown
    a = core.ask("how many immigrants were arrested")
    line = next(x for x in a.text.splitlines() if x.startswith("• 2017"))
    assert line.startswith("• 2017: more than 440 — "), a.text


def test_a_sum_for_the_asked_thing_and_another_of_its_kind_together_says_so(core: Core) -> None:
    # fresh tester 33: "how much was falcon" led "Over $150 million" of "paid … for … both its case management system
    # and its FALCON analytical platform": a flyer line "FALCON cost over $150 million" would be wrong
    a = core.ask("how much was falcon")
    assert a.answered and "together" in _first_line(a.text) and "Case Management" in _first_line(a.text), a.text
    b = core.ask("how much has ice paid palantir")  # names neither system: the total as it is
    assert b.answered and _first_line(b.text).startswith("Over $150 million:"), b.text


def test_a_party_described_in_other_words_after_a_possessive_is_no_word_the_figure_is_of(core: Core) -> None:
    # blind sets AL and AM: "how much did the cia's venture arm put into palantir" was refused: "venture" reached
    # the investment fact only through its keywords, so the figure was taken for one of "venture"; the words after
    # "the cia's", one of them never used by the brief ("arm"), describe who invested, not what the sum is of
    a = core.ask("how much did the cia's venture arm put into palantir")
    assert a.answered and "invested millions of dollars in Palantir" in a.lead, a.text
    # a possessive naming what the figure is of, in the brief's own words, still needs a fact stating it
    assert not core.ask("how much was palantir's revenue").answered
    # nor are such words, and a verb the brief never uses ("sink"), weighed as a subject outside the brief (blind
    # set AK had been refused so)
    b = core.ask("how much did the cia's venture arm sink into palantir early on")
    assert b.answered and "invested millions of dollars in Palantir" in b.lead, b.text
    assert not core.ask("how much did palantir's evil twin pay ice").answered


def test_a_word_in_the_verbs_place_after_did_and_a_name_is_the_act_though_english_has_it_as_a_noun(core: Core) -> None:
    # blind set AR: "sink" (a noun too) after "did in-q-tel" and before "into palantir" was weighed as a subject the
    # brief never names, and the question refused
    a = core.ask("how much did in-q-tel sink into palantir")
    assert a.answered and "invested millions of dollars in Palantir" in a.lead, a.text
    # a noun in no verb's place is still a subject outside the brief
    assert not core.ask("how much did the in-q-tel sink cost").answered
    # nor when a system is put as the doer: it pays nobody ("bill" is no act the $53 million contract tells)
    assert not core.ask("how much did tecs bill palantir").answered
    # nor in a question of what the act was for
    assert not core.ask("what did mijente sue palantir for").answered


def test_a_count_of_doers_named_by_an_agent_noun_is_the_people_said_to_have_done_the_act(core: Core) -> None:
    # blind set AR: "signers" was no people noun, so "more than 200 employees signed a letter" counted none of them
    a = core.ask("last yr's letter to karp had how many signers")
    assert a.answered and _first_line(a.text).startswith("More than 200"), a.text
    # the people counted must be said to have done it: "voters" of a letter nobody voted on are no signers
    assert not core.ask("how many voters did the letter to karp have").answered


def test_how_big_a_piece_or_share_of_something_is_asks_a_sum_as_of_a_contract(core: Core) -> None:
    # blind set AR: "how big" of a "piece" (no money word) was read as a count, and no fact counts any pieces
    a = core.ask("and palantirs piece of the tecs modernization, how big")
    assert a.answered and _first_line(a.text).startswith("$53 million"), a.text
    b = core.ask("how big was northrop's piece of the tecs modernization")
    assert b.answered and _first_line(b.text).startswith("$400 million"), b.text


def test_a_sum_for_a_thing_named_by_its_day_is_not_taken_from_a_linked_fact_without_that_day(core: Core) -> None:
    # fresh tester 34: the contract VICE says expires on September 25 has no sum in any article; a linked fact of
    # another article's contract "due to expire in 2019" had given "$53 million" as its sum
    a = core.ask("how much was the contract that expires sept 25")
    assert "$53 million" not in _first_line(a.text), a.text


def test_overall_asks_for_the_total_as_total_does(core: Core) -> None:
    a = core.ask("how much money has palantir gotten from ice overall?")
    assert a.answered and _first_line(a.text).startswith("Over $150 million"), a.text


def test_a_perfect_passive_payment_asks_what_the_subject_was_paid_not_what_it_paid(core: Core) -> None:
    a = core.ask("how much has palantir been paid")
    assert a.answered and "ICE has paid Palantir" in _first_line(a.text), a.text


def test_a_count_of_a_named_partys_document_comes_from_the_close_fact_of_theirs(core: Core) -> None:
    a = core.ask("how many signatures did the microsoft petition have")
    assert a.answered and _first_line(a.text).startswith("300,000"), a.text


def test_a_count_the_fact_qualifies_is_not_the_plain_count_asked(core: Core) -> None:
    # fresh tester 35: "how many were actually arrested in 2017" led with "35" of "led to 35 criminal arrests",
    # where the articles give over 400 arrests: 35 counts only the criminal ones
    for question in ("how many were actually arrested in 2017", "how many immigrants were arrested in 2017"):
        a = core.ask(question)
        assert not _first_line(a.text).startswith("35"), a.text
    # asked in the fact's own words, the count answers
    b = core.ask("how many criminal arrests were there in 2017")
    assert b.answered and _first_line(b.text).startswith("35"), b.text


def test_a_comparison_of_things_named_by_their_figures_says_which_figure_is_the_larger(core: Core) -> None:
    # fresh tester 35: "the 38m and 39m contracts" were answered "more for the 39 million contracts"
    line = core.ask("what is the difference between the 38m and 39m contracts").text.splitlines()[0]
    assert line.endswith(": $39 million is the larger.") and "more for the" not in line, line
    assert "more for the" not in core.ask("compare the 49m and 53m contracts").text.splitlines()[0]


def test_a_bare_number_naming_one_sum_of_a_fact_giving_two_compares_that_sum(core: Core) -> None:
    # fresh tester 98: "39 or 53" named the $39 million and $53 million sums of one 2018 fact, and was answered
    # "more than one sum for 39 contract … so I can't compare"
    line = _first_line(core.ask("which contract was bigger 39 or 53").text)
    assert line.endswith(": $53 million is the larger."), line
    # a year names no sum: the 2018 fact's two sums are still not told apart
    assert "more than one sum" in _first_line(core.ask("which was bigger 2018 or 2019 contracts").text)


def test_what_a_comparison_measures_is_neither_sides_name_and_counts_for_both_sides(core: Core) -> None:
    # fresh tester 41: "more signatures on the microsoft letter or the palantir petition" read "signatures on the
    # microsoft" as the first side ("more for the signatures on the microsoft") and took the second side's figure
    # from a petition of 60 employees, not the 140,000 signatures its fact counts
    for question in (
        "were there more signatures on the microsoft letter or the palantir petition",
        "how many more signatures did the microsoft letter have than the palantir petition",
    ):
        line = _first_line(core.ask(question).text)
        assert "140,000 signatures" in line and line.endswith("more for the microsoft letter."), line
    # the difference "how many more" asks is no figure the articles give: said so before the two figures
    assert _first_line(core.ask(question).text).startswith("The articles I have don't give the difference")


def test_how_many_more_x_than_y_did_z_have_compares_z_with_y(core: Core) -> None:
    # mp24's leftover: "how many more signatures than the microsoft letter did the petition have" split its sides
    # 'signatures' against 'microsoft letter petition' and led the Microsoft letter's fact alone, no comparison
    question = "how many more signatures than the microsoft letter did the petition have"
    q = core.answerer.understander.understand(normalize(question))
    assert q.sides == [["petition", "signatures"], ["microsoft", "letter", "signatures"]], q.sides
    line = _first_line(core.ask(question).text)
    assert line.startswith("The articles I have don't give the difference"), line
    assert "140,000 signatures" in line and line.endswith("more for the microsoft letter."), line
    # not so read: the side's own words before "than", or no clause after the auxiliary
    for other in (
        "how many more signatures on the petition than the microsoft letter",
        "were there more signatures on the petition than the microsoft letter did",
    ):
        q = core.answerer.understander.understand(normalize(other))
        assert q.sides and "petition" in q.sides[0], (other, q.sides)


def test_how_much_according_to_a_named_outlet_gives_every_sum_that_outlet_told(core: Core) -> None:
    # fresh tester 41: "according to gizmodo how much" led with $53 million alone; Gizmodo gave $39M and $53M
    for question in ("according to gizmodo how much", "how much according to gizmodo"):
        line = _first_line(core.ask(question).text)
        assert "$39 million" in line and "$53 million" in line, line
        assert "$49 million" not in line and "$38 million" not in line, line


def test_a_sum_asked_from_a_named_payer_is_not_led_by_money_going_the_other_way_or_by_an_unnamed_payer(
    core: Core,
) -> None:
    # the only sum of the first is a donation *from* the asked receiver; no article names who paid the second
    for question in ("how much did salesforce get from cbp", "how much did northrop get from ice"):
        a = core.ask(question)
        assert not a.answered, (question, _first_line(a.text))
    a = core.ask("how much money did palantir receive from ice")
    assert a.answered and "150 million" in _first_line(a.text)


def test_a_count_asked_of_a_named_month_is_never_led_by_a_fact_of_another_month(core: Core) -> None:
    # the month's fact gives the act only in its keywords, and a fact of September was put in its stead
    a = core.ask("how many offices did protesters target in may 2019")
    assert "September" not in _first_line(a.text), a.text
    a = core.ask("how many offices did protesters target in september 2019")
    assert a.answered and _first_line(a.text).startswith("Two")


def test_a_comparison_of_contract_sizes_compares_sums_of_each_side_never_other_numbers_or_one_sum_twice(
    core: Core,
) -> None:
    # no article gives a sum for one side: never a signature count against "80 years" read as the sizes
    a = core.ask("who got a bigger contract, microsoft or palantir")
    assert not a.answered and "300,000" not in _first_line(a.text), a.text
    # one year's fact gives two sums, and one fact's sum was read for both sides
    a = core.ask("palantir ice contract 2018 vs 2019 amounts")
    first = _first_line(a.text)
    assert not a.answered and "$39 million and $53 million" in first, first
    a = core.ask("which contract was bigger, the 38m or the 39m")
    assert a.answered and _first_line(a.text).endswith("$39 million is the larger.")


def test_a_bigger_contract_asked_of_no_named_sides_leads_with_the_largest_sum(core: Core) -> None:
    a = core.ask("who got the bigger contract")
    assert a.answered and "$400 million" in _first_line(a.text), a.text


def test_a_size_compared_of_two_organizations_is_said_to_be_untold_not_read_from_a_sum_one_got(core: Core) -> None:
    # tester 36: led by the fact of one company's $400 million contract, as if it settled which company is bigger
    a = core.ask("is palantir bigger than northrop grumman")
    assert not a.answered and _first_line(a.text) == messages.NO_SIZES.format(
        a="Palantir Technologies", b="Northrop Grumman"
    ), a.text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("how much was the bigger tecs contract", "$400 million"),
        ("how much was the smaller tecs contract", "$53 million"),
    ],
)
def test_the_bigger_or_smaller_named_contract_is_the_one_with_the_larger_or_smaller_sum(
    core: Core, question: str, lead: str
) -> None:
    # "the bigger tecs contract" (a name between the size word and the noun) led with the $53 million one
    a = core.ask(question)
    assert a.answered and a.lead.startswith(lead), a.text


def test_who_got_the_bigger_named_contract_is_its_holder_whatever_its_sum_pays_for(core: Core) -> None:
    # "$400 million to develop the TECS platform" states a sum: a who question asks its holder, not that sum's object
    a = core.ask("who got the bigger tecs contract")
    assert a.answered and "Northrop Grumman" in a.lead, a.text
    assert "which was bigger" not in a.lead


def test_a_count_asked_of_a_place_the_fact_does_not_name_never_leads_with_its_figure(core: Core) -> None:
    # the 140,000 signatures are the New York petition's; no petition is told of at Palo Alto (fresh tester 37)
    a = core.ask("how many signatures did the petition have in palo alto")
    assert a.lead.startswith(messages.OTHER_OCCASION_LEAD.split("{")[0]), a.text
    assert core.ask("how many signatures did the petition have in new york").lead.startswith("More than 140,000")


@pytest.mark.parametrize(
    "question",
    [
        "how much was the contract palantir renewed in 2019",
        "how much is the 2019 contract palantir renewed",
        "2019 renewed contract amount?",  # fresh tester 38: a participle after a year, in a fragment
        "renewed 2019 contract value",
    ],
)
def test_the_sum_of_an_agreement_known_by_what_was_done_to_it_comes_only_from_a_fact_telling_that_act(
    core: Core, question: str
) -> None:
    # fresh tester 38: led "$53 million" (Gizmodo's contract due to expire in 2019), but no article gives the sum of
    # the contract renewed in August 2019
    a = core.ask(question)
    assert not a.answered, a.text
    b = core.ask("how much was the contract that expired in 2018")  # a fact tells that act and its sum
    assert b.answered and b.lead.startswith("$39 million"), b.text


def test_a_total_paid_listed_among_agreements_sums_is_labelled_a_total(core: Core) -> None:
    # fresh tester 38: "how much is the ice contract" listed "over $150 million" (paid in total for two systems)
    # among the contracts' sums as if it were one of them
    a = core.ask("how much is the ice contract")
    assert "over $150 million in total (" in a.lead, a.text
    assert "$39 million (" in a.lead, a.text


def test_a_count_of_a_thing_is_not_answered_by_a_count_naming_another_thing(core: Core) -> None:
    # fresh tester 38: "thousands of documents" led as the count of prosecutions
    a = core.ask("how many prosecutions came from operation mega")
    assert not a.answered, a.text
    b = core.ask("how many sigs on the petition they tried to deliver at the nyc office")  # a clipped noun
    assert b.answered and b.lead.startswith("More than 140,000"), b.text


@pytest.mark.parametrize("question", ["compare the 2018 and 2019 contracts", "2018 contract vs 2019 contract"])
def test_agreements_compared_by_year_say_so_when_one_year_has_several_sums(core: Core, question: str) -> None:
    # fresh tester 38: "more for the 2019 contracts" compared $49 million with $39 million, leaving out the $53
    # million contract also running in 2018: no size word was asked, but the sides were told apart by sums all the same
    a = core.ask(question)
    assert not a.answered and "$39 million and $53 million" in _first_line(a.text), a.text
    # a side naming its own sum picks it among the fact's (fresh tester 39 on the change above: "can't compare")
    b = core.ask("which was bigger, the 39m or the 53m contract")
    # (both from the 2018 report's one fact, fresh tester 44: not Truthout's $53 million TECS contract)
    assert b.answered and _first_line(b.text).endswith("$53 million is the larger."), b.text
    assert "Truthout" not in _first_line(b.text), b.text


@pytest.mark.parametrize(
    "question",
    [
        "is it true that palantir's contract with ice is worth $150 million?",  # fresh tester 40: "Over $150 million"
        "is palantir's contract with ice worth $150 million",  # said "don't say one ice is worth"
    ],
)
def test_a_verdict_on_one_agreements_worth_given_only_as_a_total_names_the_agreement(core: Core, question: str) -> None:
    a = core.ask(question)
    assert not a.answered and a.text.startswith(messages.SUM_ONLY_TOTAL.format(sum="$150 million", noun="contract")), (
        a.text
    )


@pytest.mark.parametrize("question", ["did palantir get a $150 million contract", "is the $150m one contract"])
def test_a_sum_asked_as_one_agreements_given_only_as_a_total_leads_by_saying_so(core: Core, question: str) -> None:
    # fresh tester 48: both led with "ICE has paid Palantir over $150 million in total …", easily read as a yes
    a = core.ask(question)
    assert not a.answered and a.text.startswith(messages.SUM_ONLY_TOTAL.format(sum="$150 million", noun="contract")), (
        a.text
    )
    assert core.ask("did palantir get a $49 million contract").lead.startswith("Yes: ")  # one contract's sum


def test_a_total_asked_of_several_agreements_is_answered_by_a_total_paid_over_them(core: Core) -> None:
    # fresh tester 39: "how much did palantir earn from ice contracts in total" was refused, though ICE has paid it
    # "more than $150 million" for two systems; one agreement's total ("the ice contract in total") is still no such sum
    a = core.ask("how much did palantir earn from ice contracts in total")
    assert a.answered and a.lead.startswith("Over $150 million"), a.text
    assert not core.ask("how much is the ice contract in total").answered


def test_how_many_before_an_auxiliary_counts_what_the_act_is_done_to(core: Core) -> None:
    # fresh tester 41: "how many did ice plan to arrest in operation mega" was refused, its verb "plan" read as the
    # thing counted ("how many people did ice plan to arrest …" was answered)
    a = core.ask("how many did ice plan to arrest in operation mega")
    assert a.answered and "8,400" in a.text.splitlines()[0], a.text
    # such a count is of things or people, never of how often: "refused entry twice" counts no deliveries
    assert not core.ask("how many did the protesters deliver").answered


def test_a_list_of_sums_asked_is_answered_as_an_amount_question(core: Core) -> None:
    # fresh tester 41: "what are the contract amounts" led with the 2013 contract's "no amount is given", "list all
    # the contract amounts" with one sum; "wat is the contrct amount" gave $49 million alone, the one fact whose
    # keywords hold "amount" singled out, while "what was the contract worth" lists every contract's sum
    for question in ("what are the contract amounts", "list all the contract amounts", "wat is the contrct amount"):
        line = _first_line(core.ask(question).text)
        assert "$39 million" in line and "$53 million" in line, (question, line)
    assert _first_line(core.ask("how much is the 49m contract").text).startswith("$49 million")


@pytest.mark.parametrize(
    "question",
    [
        "how many employees in total signed the letter and the petition",  # fresh tester 41: "More than 200"
        "what's the total number of arrests and prosecutions from the 2017 program",  # and "38", one of two parts
        "what's the combined value of the 39 million and 53 million contracts",  # "$39 million", one of two sums
        # fresh tester 69 W4: a name after a preposition qualifies the part ("the letter to karp"): "More than 200"
        "how many ppl signed the 2018 letter to karp and the 2019 petition combined",
    ],
)
def test_a_total_of_two_things_given_apart_is_not_led_by_one_part(core: Core, question: str) -> None:
    a = core.ask(question)
    assert not a.answered and a.text.startswith(messages.TOTAL_UNTOLD), a.text


def test_a_total_of_two_named_things_is_answered_by_a_total_paid_for_both(core: Core) -> None:
    a = core.ask("how much has ice paid palantir in total for the case mgmt system and falcon")
    assert a.answered and a.lead.startswith("Over $150 million"), a.text


def test_a_single_figure_lead_is_cited_only_by_the_fact_it_comes_from(core: Core) -> None:
    # fresh tester 41: "how much was the contract renewed in 2015" cited the 2018 Palo Alto report beside Truthout,
    # because another fact of that report gives the same $39 million (another contract, maybe): that article says
    # nothing of a 2015 renewal, and `ask --json` did not cite it
    lines = core.ask("how much was the contract renewed in 2015").text.splitlines()
    assert lines[0].startswith("About $39 million"), lines[0]
    assert "Truthout" in lines[1] and "Palo Alto" not in lines[1], lines[1]
    # a lead listing several figures still cites each one's fact
    assert "fact contract-53m-expires-2019" in core.ask("how much is the contract").text


def test_a_yes_no_bound_below_a_larger_sum_told_shows_that_sum_not_a_refusal(core: Core) -> None:
    # fresh tester 41: "did palantir get more than 100 million from ice" was refused "No article I have gives a sum of
    # $100 million", which reads as a no, though VICE says ICE paid "over $150 million"
    a = core.ask("did palantir get more than 100 million from ice")
    assert a.answered and a.lead.startswith("The articles I have give no sum of exactly $100 million; "), a.text
    assert "$150 million" in a.lead
    # a bound above the largest sum told, or a sum asked as it is, is still untold
    assert core.ask("did palantir get more than 200 million from ice").text.startswith("No article I have gives")
    assert core.ask("did palantir get 100 million from ice").text.startswith("No article I have gives")


def test_a_thing_named_by_a_year_is_the_one_of_that_year_not_one_due_to_end_then(core: Core) -> None:
    # fresh tester 42: "how much was the 2019 contract worth" led with the $53 million contract of July 2018 that
    # was due to expire in 2019; asked of the one expiring then, that one still answers
    line = core.ask("ok new question: how much was the 2019 contract worth").text.splitlines()[0]
    assert line.startswith("$49 million: "), line
    line = core.ask("how much was the contract expiring in 2019 worth").text.splitlines()[0]
    assert line.startswith("$53 million: "), line


def test_a_size_compared_of_things_no_sum_measures_is_said_to_be_untold_not_read_from_a_sum(core: Core) -> None:
    # fresh tester 42 (§1a.4): "was the 2018 protest bigger than the 2019 one" answered with the 2018 contract sums;
    # only the 2018 protest's people are counted ("dozens"), which is said, and no sum is read as a size (ld40)
    line = _first_line(core.ask("was the 2018 protest bigger than the 2019 one").text)
    assert line.startswith("The articles I have give a size only for the 2018 protest: dozens of protesters"), line
    assert "$" not in line and "2019 one, so I can't compare the two" in line, line
    # contracts compared by size are still compared by their sums
    assert "more for the 2014 contract" in _first_line(core.ask("was the 2014 contract bigger than the 2013 one").text)


def test_the_biggest_contract_is_read_from_agreements_sums_never_from_a_sum_of_another_thing(core: Core) -> None:
    # fresh tester 42 (§1a.2): "what's the biggest contract figure in the articles" led with a $250,000 donation (no
    # contract, and the smallest sum told), the only candidate covering the question as well as itself
    line = _first_line(core.ask("what's the biggest contract figure in the articles").text)
    assert "$400 million" in line and "donation" not in line, line


def test_the_sum_of_an_agreement_known_by_an_act_on_a_weekday_comes_from_a_fact_telling_that_day(core: Core) -> None:
    # fresh tester 43: "what was the contract renewed on monday worth" gave the 2015 renewal's $39 million; the
    # Monday renewal (Business Insider, August 2019) has no sum in any article
    assert not core.ask("what was the contract renewed on monday worth").answered
    assert _first_line(core.ask("how much was the contract renewed in 2015").text).startswith("About $39 million")


def test_a_count_of_people_who_did_an_act_is_not_a_count_of_people_told_doing_another(core: Core) -> None:
    # fresh tester 43: "dozens of protesters gathered … to present a letter" counts no signers of it
    assert not core.ask("how many people signed the letter to palantir in 2018 palo alto").answered
    signed = core.ask("how many employees signed the petition")
    assert signed.answered and signed.text.startswith("More than 60")
    there = core.ask("how many protesters showed up at palo alto in 2018")  # a phrasal verb: being there
    assert there.answered and "dozens" in there.text.splitlines()[0]


def test_a_qualified_count_yields_to_the_plain_count_the_brief_says_counts_the_same_thing(core: Core) -> None:
    # fresh tester 43: "how many immigrants were arrested in the 2017 operation" was refused; "35 criminal arrests"
    # counts only some, and the brief links (`differs`) The Hill's "over 400 arrests" to that operation's count
    a = core.ask("how many immigrants were arrested in the 2017 operation")
    assert a.answered and _first_line(a.text).startswith("More than 400"), a.text
    assert "440" in a.text  # the differing count is shown with it


def test_the_first_of_several_sums_asked_is_said_to_be_untold_when_no_fact_says_which(core: Core) -> None:
    # fresh tester 43: "how much was palantirs first ice contract" listed every figure as if one of them answered
    # it; none of them says which contract came first
    for q in ("how much was palantirs first ice contract", "how much was the original ice contract"):
        line = core.ask(q).text.split("\n")[0]
        assert line.startswith("The articles I have don't say which was first; the figures they give"), (q, line)
        assert "$53 million" in line and "$38 million" in line, line


def test_a_sum_told_of_a_renewal_is_never_given_as_the_first_ones(core: Core) -> None:
    # "how much was the first contract" led "About $39 million: … first signed in 2013, was renewed for about $39
    # million": the sum is the 2015 renewal's, and no article gives the 2013 signing's
    line = core.ask("how much was the first contract").text.split("\n")[0]
    assert line.startswith("The articles I have don't say how much the first one was; they tell only this: "), line


def test_a_sum_of_one_of_two_times_an_act_was_done_says_which_and_that_the_other_has_none(core: Core) -> None:
    # round 2: the contract was renewed in 2015 for about $39 million and again on 19 August 2019 with no sum given;
    # fresh tester 84: "the renewed contract" most likely means the latest renewal, so that its sum is untold leads
    for question in ("what is the renewed contract worth", "how much is the renewed contract worth"):
        line = core.ask(question).text.splitlines()[0]
        assert line.startswith(
            "The articles I have give no sum for the contract renewed on 19 August 2019; the sum they give, about $39"
            " million, is of one renewed in 2015:"
        ), (question, line)


def test_a_figure_asked_before_a_dated_event_is_not_refused_for_that_events_year(core: Core) -> None:
    # blind set AU: "before the 2014 deal" was read as asking of a sum given in 2014, and the undated fact ("before
    # the 2014 TECS contract, In-Q-Tel … had invested millions") was put aside as of another day
    line = core.ask("how much did the cia's venture arm sink into palantir b4 the 2014 deal").text.split("\n")[0]
    assert "millions" in line and "In-Q-Tel" in line, line


def test_a_count_of_the_thing_from_some_people_is_not_another_partys_count(core: Core) -> None:
    # fresh tester 46: "how many people signed the 2018 letter from activists" -> "300,000: … Microsoft employees
    # presented … a letter signed by 300,000 people": "the letter from activists" is the activists' letter, as
    # "the activists' letter" is (refused); the 300,000 is a letter no activist is told of
    for question in (
        "how many people signed the 2018 letter from activists",
        "how many people signed the letter by activists",
    ):
        line = _first_line(core.ask(question).text)
        assert "300,000" not in line and "Nadella" not in line, (question, line)
    line = _first_line(core.ask("how many people signed the letter from microsoft employees").text)
    assert line.startswith("300,000"), line


def test_a_bare_total_of_sums_of_money_asks_an_amount(core: Core) -> None:
    # fresh tester 46: "total of all palantir ice contracts" was read as a topic and led with one contract's
    # "$38 million" as if it were the total; a total of contracts is a sum of money asked, and the sum the
    # articles give as paid in total leads
    a = core.ask("total of all palantir ice contracts")
    assert a.kind == "amount" and "$38 million" not in _first_line(a.text), a.text
    assert _first_line(a.text).startswith("Over $150 million"), a.text


def test_a_figure_two_facts_of_one_kind_give_alike_leads_with_both_never_one_picked(core: Core) -> None:
    # fresh tester 46: "whats the $53m contract" led only with Gizmodo's contract expiring in 2019, though Truthout
    # tells of a $53 million TECS contract signed in 2014 and no article says the two are one
    for question in ("whats the $53m contract", "what is the 53 million contract"):
        line = core.ask(question).text.splitlines()[0]
        assert line.startswith("The articles give $53 million for two things and never say they are one: "), line
        assert "expire in 2019" in line and "September 2014" in line, line
    # a question telling them apart gets the one it asks of
    line = core.ask("whats the 2014 $53m contract").text.splitlines()[0]
    assert line.startswith("Truthout, right after describing"), line


def test_the_difference_between_two_named_entries_leads_with_what_each_one_is(core: Core) -> None:
    # fresh tester 46: "whats the differnce between icm and falcon" led with the $150 million paid for both; nothing
    # measured is asked, so each one's glossary entry tells them apart
    for question in ("whats the differnce between icm and falcon", "icm vs falcon"):
        line = core.ask(question).text.splitlines()[0]
        assert line.startswith("Investigative Case Management (ICM): ICE's case management system"), line
        assert "FALCON: A Palantir analytical platform" in line, line
    # a measure asked is still compared by figures, never by what each one is
    assert not core.ask("which is bigger, icm or falcon").text.startswith("Investigative Case Management (ICM):")


def test_the_size_of_a_crowd_is_a_count_of_its_people(core: Core) -> None:
    # blind set AV: "how big was the crowd in palo alto that tuesday in 2018" found nothing: "crowd" was no counted
    # noun, so it was a word the protest fact only had as a keyword; a gathering's size counts the people in it
    a = core.ask("how big was the crowd in palo alto that tuesday in 2018")
    assert a.answered and "dozens of protesters" in a.text.splitlines()[0], a.text


def test_a_crowd_is_counted_in_those_who_gathered_never_in_others_a_fact_counts(core: Core) -> None:
    # avm: "how big was the crowd at the github office" led "More than 400" of the immigrants ICE arrested
    a = core.ask("how big was the crowd at the github office")
    assert "400" not in a.text.splitlines()[0], a.text
    # a count of protesters still answers it
    a = core.ask("how big was the crowd at the palo alto office")
    assert a.answered and "dozens" in a.text.splitlines()[0], a.text


def test_a_sum_compared_between_two_articles_leads_with_what_each_article_gives(core: Core) -> None:
    # tester 44: "palantir ice contract amount vice vs truthout" read the first side as "Palantir, ICE and VICE News"
    # and said no sum was given for that; each side is an article: the sums each gives for what is asked lead, and an
    # article giving none is said to (Truthout's $53 million names no agency, its $39 million is HSI's)
    line = core.ask("palantir ice contract amount vice vs truthout").text.splitlines()[0]
    assert line == "VICE News gives $49 million; Truthout gives no such sum.", line


@pytest.mark.parametrize(
    "question",
    [
        "how much is $39 million plus $53 million",  # fresh tester 50: "$39 million:", one addend led
        "what is $39 million plus $53 million",
        "how many employees signed the 2018 letter and the 2019 petition combined",  # fresh tester 50: "More than 200"
    ],
)
def test_a_sum_asked_by_plus_or_of_parts_qualified_by_years_is_said_not_given(core: Core, question: str) -> None:
    a = core.ask(question)
    assert not a.answered and a.text.startswith(messages.TOTAL_UNTOLD), a.text


def test_a_difference_asked_of_two_exact_sums_in_one_scale_is_worked_out_from_both(core: Core) -> None:
    # fresh tester 50: "how much more was the 53m than the 39m" led "$53 million is the larger", no difference; fresh
    # tester 91 asked for the difference itself: two stated sums in one scale give it by arithmetic, both still shown
    for question in ("how much more was the 53m than the 39m", "by how much was the 53m contract bigger than the 39m"):
        line = _first_line(core.ask(question).text)
        assert line.startswith("$53 million is $14 million more than $39 million, worked out"), (question, line)
        assert "is the larger" not in line, (question, line)
    # (a side named by its figure alone after "than" is a side, not "more than 39 million" read as a quantity)
    line = _first_line(core.ask("how much more is the 53m than 39m").text)
    assert line.startswith("$53 million is $14 million more than $39 million"), line
    line = _first_line(core.ask("how much less was the 39m than the 53m").text)
    assert line.startswith("$39 million is $14 million less than $53 million"), line
    # which is the larger, asked, is still answered so
    assert _first_line(core.ask("was the 53m bigger than the 39m").text).endswith("$53 million is the larger.")


def test_a_difference_is_worked_out_only_of_exact_sums_in_the_same_scale() -> None:
    assert _difference("$53 million", "$39 million") == "$14 million"
    assert _difference("$2.5 million", "$1.25 million") == "$1.25 million"
    assert _difference("$1.5 million", "$750,000") is None  # scales differ: not worked out across them
    assert _difference("about $5 million", "$3 million") is None  # an approximation's difference is no exact sum


def test_a_count_asked_with_a_verb_of_intending_is_answered_by_the_planned_count(core: Core) -> None:
    # blind set AW: "how many people was ice aiming to arrest in op mega" was refused; the fact says ICE "planned"
    # to arrest at least 8,400, as "how many did ice plan to arrest" is answered
    for q in ("how many people was ice aiming to arrest in op mega", "how many people was ice hoping to arrest"):
        line = core.ask(q).text.splitlines()[0]
        assert "8,400" in line and "planned" in line, (q, line)


def test_a_figure_linked_as_differing_that_never_names_the_thing_asked_is_not_offered_for_it(core: Core) -> None:
    # fresh tester 48: "how much was the TECS contract" listed The Hill's $38 million ICE contract under "Other
    # figures", though no article ties it to TECS (the brief links the two only as possibly one contract)
    a = core.ask("how much was the TECS contract")
    assert a.answered and a.lead.startswith("$53 million"), a.text
    assert "$38 million" not in a.text, a.text
    assert "$38 million" in core.ask("how much is the ICE contract?").text  # a figure of the thing asked stays


def test_a_word_after_did_and_its_subject_is_the_act_a_qualified_count_is_checked_against(core: Core) -> None:
    # fresh tester 48: "how many people did ice arrest in 2017 using palantir" led with "35" (criminal arrests only):
    # "arrest", a noun too, was not read as the act asked, so "35 criminal arrests" passed for a plain count of it
    a = core.ask("how many people did ice arrest in 2017 using palantir")
    assert a.answered and _first_line(a.text).startswith("More than 400"), a.text
    b = core.ask("how many criminal arrests did ice make in 2017")  # asked in the fact's own words
    assert b.answered and _first_line(b.text).startswith("35"), b.text


def test_a_party_described_by_chat_shorthand_after_a_possessive_is_not_what_a_figure_is_asked_of(core: Core) -> None:
    # blind set AY: "how much did the cia's vc arm put into palantir" was refused: "vc", chat's "venture capital",
    # was a word no fact has, and the words it stands for were not read as describing who gave the sum
    line = _first_line(core.ask("how much did the cia's vc arm put into palantir").text)
    assert "millions" in line and "In-Q-Tel" in line, line
    assert not core.ask("how much did the cia's zorblax arm put into palantir").answered  # a word no one knows


def test_a_possessive_typed_without_its_apostrophe_describes_the_party_as_one_with_it_does(core: Core) -> None:
    # blind set BJ: "how much did the cias venture arm put into palantir" was refused, though "the cia's venture arm"
    # answers: the understander reads "cias" as the name, so the words after it describe who gave the sum just as well
    line = _first_line(core.ask("how much did the cias venture arm put into palantir").text)
    assert "millions" in line and "In-Q-Tel" in line, line
    assert not core.ask("how much did the cias zorblax arm put into palantir").answered  # a word no one knows


def test_the_biggest_or_smallest_agreement_is_picked_among_every_sum_the_sources_give(core: Core) -> None:
    # "whats the smallest contract" had been called off-topic and "the biggest contract" unanswered; the lead says
    # whose sums these are (another company's larger contract is not among them) and lists them all with sources
    smallest = core.ask("whats the smallest contract").text.splitlines()[0]
    opening = "Of the sums the articles give for Palantir Technologies' contracts, $38 million"
    assert smallest.startswith(opening), smallest
    assert "is the smallest" in smallest and "$53 million" in smallest and "$49 million" in smallest
    for question in ("what's the biggest contract", "what is the largest palantir contract"):
        line = core.ask(question).text.splitlines()[0]
        assert "$53 million (" in line and "is the largest" in line and "$400 million" not in line, question
    # another word for an agreement still finds the sums said to be a contract's
    deal = core.ask("the smallest deal").text.splitlines()[0]
    assert "$38 million (The Hill, May 2019) is the smallest" in deal, deal


def test_a_yes_no_tying_a_sum_to_a_day_no_fact_of_that_sum_is_dated_says_none_ties_them(core: Core) -> None:
    # fresh tester 52: "was the 49 million contract signed on aug 19" led with the renewal on 19 August (no sum
    # given), read as a yes; the $49 million fact is dated by its start, 20 September, and none links the two
    line = core.ask("was the 49 million contract signed on aug 19").text.splitlines()[0]
    assert line == "The articles I have don't say that: none of them ties the $49 million to 19 August.", line
    assert "20 September 2019" in core.ask("does the $49 million contract start on sept 20").text.splitlines()[0]


@pytest.mark.parametrize(
    ("question", "counted"),
    [
        # fresh tester 55 (O1, R9): led with "$39 million", one of the two, or refused with no figures; since blind
        # set CG, things counted as many as one fact gives sums for are answered by it, the sums apart leading
        ("what's the total value of the two 2018 contracts", True),
        ("how much were both contracts worth together", True),
        ("sum of 39m and 53m contracts", False),
        ("what is the sum of the two contracts palantir had in 2018", True),
        ("what were the two 2018 contracts worth combined", True),
        # fresh reviewer 18 (F8): "the sum of the contracts", counted by no number, led with one contract's $53 million
        ("what is the sum of the contracts", False),
    ],
)
def test_a_sum_asked_of_things_counted_or_added_is_said_not_given_with_the_sums_told_apart(
    core: Core, question: str, counted: bool
) -> None:
    a = core.ask(question)
    line = _first_line(a.text)
    if counted:
        assert a.answered and line.startswith(messages.TOTAL_GIVEN_APART_LEAD.split("{")[0]), a.text
    else:
        assert not a.answered and line.startswith(messages.TOTAL_UNTOLD), a.text
    assert "$39 million and $53 million" in line, line


def test_things_counted_by_a_small_number_or_both_are_what_a_sum_is_asked_of(core: Core) -> None:
    from bot.answering.decide.figures import total_of_parts
    from bot.answering.normalize import normalize

    def reads(question: str) -> bool:
        return total_of_parts(core.answerer.understander.understand(normalize(question)))

    assert reads("the total value of the two 2018 contracts")
    assert reads("how much were both contracts worth together")
    assert reads("add up the three leases")
    assert not reads("how much is the 2 million contract worth in total")  # a sum named, not two things
    assert not reads("how much has ice paid palantir in total")  # nothing counted or joined
    assert not reads("how much were both contracts worth")  # each asked, no sum
    assert reads("what is the sum of the contracts")  # several named by a plural noun, no count
    assert not reads("how much has ice paid palantir in millions in total")  # a word of money, no things


@pytest.mark.parametrize(
    "question", ["average value of palantir ice contracts", "what's the mean value of the contracts"]
)
def test_an_average_asked_is_said_not_given_when_no_fact_states_one(core: Core, question: str) -> None:
    # fresh tester 55 (O2): "$38 million", one contract's sum, led as the average
    a = core.ask(question)
    assert not a.answered and a.text.startswith(messages.AVERAGE_UNTOLD), a.text


@pytest.mark.parametrize(
    "question",
    [
        "how many ppl were arrested in nyc protest",
        "how many were arrested in the protest",
        "how many were arrested in the protest in new york",
        "how many were arrested at the protest in new york",
    ],
)
def test_a_count_in_an_event_is_checked_as_at_it_and_a_count_of_what_set_it_off_is_none(
    core: Core, question: str
) -> None:
    # fresh testers 55: "in the protest" led with the flier's ICE arrests of "hundreds" (an occasion after "in" went
    # unchecked), and "at the protest in new york" with the 400 arrests The Hill says the protest came after
    a = core.ask(question)
    assert not a.answered, a.text
    assert core.ask("how many times were the protesters denied entry at the nyc office").answered


def test_a_count_asked_as_done_is_not_answered_by_a_figure_only_planned(core: Core) -> None:
    # fresh testers 55: "how many people were arrested in operation mega" led with the planned 8,400
    a = core.ask("how many people were arrested in operation mega")
    assert not a.answered and a.text.splitlines()[0] == messages.ONLY_PLANNED, a.text
    planned = core.ask("how many ppl was ice planning to arrest in operation mega")
    assert planned.answered and "8,400" in planned.text.splitlines()[0]


def test_a_figure_linked_as_differing_is_not_shown_against_another_count_of_the_same_fact(core: Core) -> None:
    # fresh testers 55: "how many criminal arrests" (35) listed "more than 400" arrests, linked as differing from
    # the same fact's "more than 440" targeted
    text = core.ask("how many criminal arrests").text
    assert text.startswith("35") and "more than 400" not in text, text
    targeted = core.ask("how many immigrants were targeted in 2017").text
    assert targeted.startswith("More than 440") and "more than 400" in targeted, targeted


def test_a_sum_of_money_named_by_what_it_measures_asks_an_amount_no_payment_by_one_party_gives(core: Core) -> None:
    # blind set BA: "whats palantirs total yearly revenue" was read as a topic and led with ICE's payments to Palantir
    # ("over $150 million in total"): a company's revenue is not what one customer paid it
    assert kinds.kind_of("what palantirs total yearly revenue") == "amount"
    assert kinds.kind_of("what was palantir annual revenue in 2019") == "amount"
    assert not core.ask("whats palantirs total yearly revenue").answered
    assert not core.ask("what's palantir's total revenue").answered
    # such a noun describing another thing, or one asked about, asks no amount
    assert kinds.kind_of("what was the profits petition") != "amount"
    a = core.ask("what did the employees want done with the ice profits")
    assert a.answered and "nonprofit" in _first_line(a.text), a.text


def test_a_sum_asked_of_an_agreement_named_by_another_act_is_never_the_sum_of_one_told_otherwise(core: Core) -> None:
    # "the contract expiring in september 2019" led "$49 million", the sum of a contract "scheduled to start" then;
    # the one due to expire that month has no sum in any article
    a = core.ask("how much is the contract expiring in september 2019")
    assert not a.answered and "$49 million" not in a.lead, a.text


def test_the_sums_of_several_things_counted_are_each_given_never_one_alone(core: Core) -> None:
    # "how much were both contracts worth" led "$39 million", which reads as what both were worth
    a = core.ask("how much were both contracts worth")
    assert a.lead.startswith("$39 million and $53 million: "), a.text
    # two counted before the question is asked, of one of them: that one's sum
    b = core.ask("2018 palo alto protest piece mentions 2 contracts. how much was the one that had just expired")
    assert b.lead.startswith("$39 million: "), b.text


def test_a_count_undergone_is_taken_from_a_close_fact_counting_that_act(core: Core) -> None:
    # "how many were prosecuted": the closest fact counts "hundreds of arrests", the next "38 prosecutions"
    a = core.ask("how many were prosecuted")
    assert a.lead.startswith("38: "), a.text


@pytest.mark.parametrize(
    "question",
    [
        "add up all palantir ice contracts",
        "sum of all palantir ice contracts",
        "what do all palantir ice contracts add up to",
    ],
)
def test_a_sum_of_every_contract_is_never_led_by_one_contracts_figure(core: Core, question: str) -> None:
    # fresh tester 55 W1: "add up all …" led with the $38 million contract's fact ("sum of all …" as "$38 million: …"),
    # one contract's figure read as the sum; no article adds them up
    a = core.ask(question)
    assert not a.answered and a.text.startswith(messages.TOTAL_UNTOLD), a.text


@pytest.mark.parametrize("question", ["how much did palantir earn in total", "how much has palantir earned overall"])
def test_what_one_party_earned_naming_no_payer_is_its_income_not_a_customers_payment(core: Core, question: str) -> None:
    # "earn" is given as "paid" by the brief: "ICE has paid Palantir over $150 million in total" led as what Palantir
    # earned, though one customer's payments are no company's earnings
    a = core.ask(question)
    assert not a.answered and not a.lead.startswith("Over $150 million"), a.text


def test_what_one_party_earned_from_a_payer_it_names_is_that_payers_payments(core: Core) -> None:
    a = core.ask("how much did palantir earn from ice")
    assert a.answered and a.lead.startswith("Over $150 million"), a.text


@pytest.mark.parametrize("question", ["how much were the contracts worth", "how much are the contracts worth"])
def test_agreements_asked_in_the_plural_are_each_given_their_sum(core: Core, question: str) -> None:
    # "one worth $39 million …, and one worth $53 million": "$39 million" alone read as what the contracts were worth
    a = core.ask(question)
    assert a.lead.startswith("$39 million and $53 million: "), a.text


def test_one_of_the_agreements_asked_is_given_one_sum(core: Core) -> None:
    a = core.ask("how much was one of the contracts worth")
    assert a.lead.startswith("$39 million: "), a.text


@pytest.mark.parametrize("question", ["which contract is biggest", "which contract was largest"])
def test_a_size_said_of_an_agreement_by_a_copula_asks_the_largest_sum(core: Core, question: str) -> None:
    # "which contract is biggest" was refused ("biggest" no cue), "which contract was largest" led by an ICE raid
    # called its "largest"; as "what is the biggest contract", the largest of the sums given
    a = core.ask(question)
    assert a.answered and "$53 million" in a.lead and "is the largest" in a.lead, a.text


def test_a_count_asked_in_place_as_an_acts_object_is_of_those_it_was_done_to(core: Core) -> None:
    # blind set BB: "… said ice arrested how many ppl thanks to palantir software" found nothing, "thanks" after the
    # counted people read as what they did (as "how many people signed the flier" asks, which still finds no count)
    a = core.ask("the truthout flier said ice arrested how many ppl thanks to palantir software")
    assert a.answered and a.evidence[0].id == "to-flier-hundreds-arrested", a.text
    assert "hundreds" in _first_line(a.text)
    assert not core.ask("how many people signed the flier").answered
    assert not core.ask("the flier revealed how many people signed it").answered  # a question as the object


def test_a_sum_of_all_the_subjects_contracts_says_none_is_given_and_shows_the_sums_told_apart(core: Core) -> None:
    # fresh tester 59 W1: "add up all the palantir ice contracts" led "8 matching facts …" with Microsoft's contract;
    # no one fact gives several sums here, so the close facts' own sums are shown, each with its article
    a = core.ask("add up all the palantir ice contracts")
    line = _first_line(a.text)
    assert not a.answered and line.startswith(messages.TOTAL_UNTOLD), a.text
    assert "$38 million (The Hill)" in line and "$49 million (VICE News)" in line, line
    assert "Microsoft" not in line, line


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        # fresh tester 59 W2: "$39 million and $53 million", one fact's two sums, for the $53m and the $49m asked
        ("how much is the $53m contract plus the $49m one", ("$53 million (", "$49 million (VICE News)")),
        ("what's the $49 million contract plus the $38 million one", ("$49 million (VICE News)", "$38 million (")),
        # fresh tester 59 R6: no arithmetic on sums given apart (the contracts may overlap), the asked ones named
        ("how much is 39 plus 53", ("$39 million and $53 million",)),
        ("total of the 39m and 53m contracts", ("$39 million and $53 million",)),
    ],
)
def test_a_sum_of_named_figures_shows_those_figures_each_from_a_fact_stating_it(
    core: Core, question: str, shown: tuple[str, ...]
) -> None:
    a = core.ask(question)
    line = _first_line(a.text)
    assert not a.answered and line.startswith(messages.TOTAL_UNTOLD), a.text
    assert all(s in line for s in shown), line
    assert line.index(shown[0]) <= line.index(shown[-1]), line  # in the question's order
    assert "39" in question or "$39 million" not in line, line  # no sum the question did not name


def test_a_total_asked_by_what_a_party_made_from_a_payer_is_led_by_the_total_paid(core: Core) -> None:
    # fresh tester 57 W2: "whats the total palantir made from ice contracts" led with the $38 million claim
    a = core.ask("whats the total palantir made from ice contracts")
    assert a.answered and a.lead.startswith("Over $150 million"), a.text
    # its income with no payer named is still no customer's payments (what one party earned)
    assert not core.ask("whats the total palantir made").lead.startswith("Over $150 million")


def test_a_thing_named_by_its_year_whose_closest_fact_states_no_sum_is_the_one_begun_that_year(core: Core) -> None:
    # fresh tester 57 W8: "whats the $ value of the 2019 contract": its closest fact, the 2019 renewal, states no sum,
    # and the next one stating a sum, the $53 million contract due to end in 2019, led over the one starting then
    a = core.ask("whats the $ value of the 2019 contract")
    assert a.answered and a.lead.startswith("$49 million"), a.text
    b = core.ask("how much was the contract that expires in 2019")  # its end asked: the one ending then
    assert b.answered and b.lead.startswith("$53 million"), b.text


@pytest.mark.parametrize("question", ["how much is the FALCON contract", "how much is the falcon deal worth"])
def test_a_contract_named_by_the_thing_it_pays_for_is_led_by_what_was_paid_for_it_saying_what_it_covers(
    core: Core, question: str
) -> None:
    # fresh tester 57 R2: refused, the payment fact being only tagged "contract"; VICE's "paid … more than $150
    # million to design and run its case management system and its FALCON analytical platform" is what is told
    a = core.ask(question)
    assert a.answered and a.lead.startswith("Over $150 million for FALCON and Investigative Case Management"), a.text
    # a contract naming nothing a payment was for is still no total paid
    assert not core.ask("how much is the contract").lead.startswith("Over $150 million")


@pytest.mark.parametrize(
    "question", ["compare the 2018 and 2019 protests", "compare the 2018 protest and the 2019 protest"]
)
def test_a_comparison_asking_no_measure_lays_each_sides_own_fact_apart(core: Core, question: str) -> None:
    # fresh tester 59 W4: "compare the 2018 and 2019 protests" led with the 2019 protesters comparing 2018 policy with
    # the Holocaust (a fact stating both years and "protests"), as if it compared the protests; no article compares
    # them, so each one's own fact is given, said as not compared ("2018" lends "protests" from the other side)
    line = core.ask(question).text.splitlines()[0]
    assert line.startswith(messages.COMPARED_APART.split(":")[0]), line
    assert "31 July 2018" in line and "Holocaust" not in line, line


def test_a_total_of_two_named_agreements_joined_by_and_shows_each_ones_sum_not_one_as_the_total(core: Core) -> None:
    # fresh tester 60 (O5): "About $39 million", the HSI renewal's sum alone, led as the total: a name qualifying the
    # second part ("the hsi renewal") no longer hid that two things are summed
    a = core.ask("how much did palantir get for the tecs contract and the hsi renewal together")
    line = _first_line(a.text)
    assert not a.answered and line.startswith(messages.TOTAL_UNTOLD), a.text
    assert "$53 million" in line and "$39 million" in line, line


def test_a_comparison_of_figures_counting_different_things_says_they_cannot_be_compared(core: Core) -> None:
    # fresh tester 60: "more than 140,000 signatures vs more than 400 immigrants: more for the new york"
    for question in ("compare the new york and dc protests", "which protest was bigger, new york or dc"):
        a = core.ask(question)
        line = _first_line(a.text)
        assert not a.answered and "count different things" in line and "more for" not in line, a.text
    # sides naming what each counts compare those counts all the same
    line = _first_line(core.ask("were there more criminal arrests or accepted prosecutions after the 2017 surge?").text)
    assert "vs 35 criminal arrests" in line, line


def test_which_came_first_of_a_report_and_what_it_is_about_dates_each_on_its_own(core: Core) -> None:
    # fresh tester 60 (W10): one fact ("Mijente published … a report on ICE's Operation Mega") was both sides' best,
    # and only its date was given; the side it names later (what the report is about) takes its own dated fact
    for question in (
        "which came first the mijente report or operation mega",
        "which came first, operation mega or the mijente report",
    ):
        line = _first_line(core.ask(question).text)
        assert line.startswith("2017 (operation mega) vs 3 July 2019 (mijente report)"), line


@pytest.mark.parametrize(
    "question",
    [
        "the contract that was still running in 2018, how much was it",
        "what's the value of the ice contract that was still going in mid 2018",
    ],
)
def test_a_sum_asked_of_one_still_running_in_a_named_year_is_the_one_not_yet_ended_then(
    core: Core, question: str
) -> None:
    # fresh tester 60 (R2): refused, "still" read as "now" though a year is named; and once read, "$39 million" (the
    # one that "had recently expired") was the lead: "still" asks of the one in force then, $53 million
    line = _first_line(core.ask(question).text)
    assert line.startswith("$53 million:"), line


@pytest.mark.parametrize(
    "question",
    ["combined value of palantirs two ice contracts as of july 2018?", "how much were the two contracts combined"],
)
def test_a_total_of_as_many_things_as_one_fact_gives_sums_for_is_answered_by_those_sums_apart(
    core: Core, question: str
) -> None:
    # blind set CG: refused, though one fact gives both contracts' sums; it answers, led by the sums apart, and no
    # total is worked out of them (the articles give none)
    a = core.ask(question)
    line = _first_line(a.text)
    assert a.answered and line.startswith(messages.TOTAL_GIVEN_APART_LEAD.split("{")[0]), a.text
    assert "$39 million and $53 million: " in line and "92" not in line, line
    # counting more things than the fact gives sums for, or none, is still no answer from it
    assert not core.ask("add up all the palantir ice contracts").answered


def test_bare_numbers_summed_with_no_money_asked_are_not_written_as_sums_of_money(core: Core) -> None:
    # fresh review 19 (M8): "what is 39 plus 53" showed "$39 million and $53 million", sums the question never gave
    line = _first_line(core.ask("what is 39 plus 53").text)
    assert line.startswith(messages.TOTAL_UNTOLD) and "$" not in line and "million" not in line, line


def test_some_close_facts_sums_beside_an_untold_total_are_said_as_among_them(core: Core) -> None:
    # fresh review 19 (M8): "add up all the … contracts" listed two sums as if they were the parts, others left out
    line = _first_line(core.ask("add up all the palantir ice contracts").text)
    assert line.startswith(messages.TOTAL_UNTOLD_AMONG.split("{")[0]), line


def test_a_source_label_with_its_own_brackets_is_not_bracketed_twice(core: Core) -> None:
    # fresh review 19 (M8): "(Palo Alto protest report (outlet not named))"
    from bot.answering import _unbracketed

    assert _unbracketed("a harbour report (outlet not named)") == "a harbour report, outlet not named"
    line = _first_line(core.ask("how much is the $53m contract plus the $49m one").text)
    assert "))" not in line and "$53 million (" in line, line


def test_a_comparison_with_an_empty_side_does_not_fail(core: Core) -> None:
    # fresh review 19 (L2): a side of years beside an empty one read the empty side's last word
    from dataclasses import replace

    q = core.answerer.understander.understand(normalize("compare the 2018 and 2019 vigils"))
    assert core.answerer.composer.comparisons._apart(replace(q, sides=[["2018"], []]), []) is None


def test_a_year_asked_never_lends_another_named_things_sum(core: Core) -> None:
    # fresh tester 63 O1: "the 2014 icm contract" led with Truthout's $53 million TECS contract of 2014 (no article
    # says TECS is ICM): the year drew it near, the thing named is not its subject; VICE's joint sum, said as joint,
    # or nothing answers
    for question in ("how much did the 2014 icm contract cost", "how much was the icm contract signed in 2014"):
        first = _first_line(core.ask(question).text)
        assert "$53 million" not in first and "TECS" not in first, (question, first)
    # fresh tester 66 O1: VICE's joint sum is a running total of no year, no sum of a 2014 contract: said as the
    # closest sum given, never led as the contract's
    joint = _first_line(core.ask("how much did the 2014 icm contract cost").text)
    assert joint.startswith("The articles I have don't give a sum for the 2014 icm contract"), joint
    assert "total of over $150 million" in joint, joint
    assert _first_line(core.ask("how much was the 2014 tecs contract").text).startswith("$53 million")


def test_a_remark_of_another_acts_missing_sum_is_of_the_named_thing_and_of_the_act_asked_by_its_noun(
    core: Core,
) -> None:
    # fresh tester 63 O2: "how much was the tecs contract" remarked "no sum for the one signed in 2013", the 2013
    # contract being another (an O&M contract of another system): the remark invented a second TECS signing
    tecs = _first_line(core.ask("how much was the tecs contract and who signed it").text)
    assert tecs.startswith("$53 million") and "2013" not in tecs, tecs
    # W2: "the renewal" asks the act by its noun: its sum is 2015's, and the 2019 renewal has none
    renewal = _first_line(core.ask("how much was the renewal worth").text)
    assert renewal.startswith("The articles I have give no sum for the one renewed on 19 August 2019; the sum they")
    assert "about $39 million, is of one renewed in 2015" in renewal, renewal


def test_a_joint_sum_says_it_is_joint_though_the_question_names_neither_thing(core: Core) -> None:
    # fresh tester 63 W6: "the case management contract" (no entry's name) led "Over $150 million:" as if ICM's own
    # sum, while "the icm contract" says it is ICM's and FALCON's together
    first = _first_line(core.ask("how much was the case management contract").text)
    assert first.startswith("Over $150 million for") and "together" in first, first


def test_a_count_asked_as_what_came_of_something_is_no_planned_figure(core: Core) -> None:
    # fresh tester 63 W1: "lead to" asks an outcome, as "end up" does: 8,400 were only planned
    for question in ("how many arrests did operation mega lead to", "how many arrests did operation mega result in"):
        a = core.ask(question)
        assert not a.answered and "only that it was planned" in _first_line(a.text), (question, a.text)


def test_a_total_asked_of_sums_given_apart_gives_the_parts_and_says_no_total_is_given(core: Core) -> None:
    # tester 62 W5/R2/R3/R4: "the two contracts combined" and "add the 38 million and 49 million" were refused as if
    # the articles told nothing, "39m + 53m" gave the parts with no word that no total is given: the house answer is
    # no arithmetic across separate contracts, the parts with their sources
    for question in (
        "add the 38 million and 49 million",
        "whats 39m + 53m",
        "total of the 53m and 400m contracts",
    ):
        a = core.ask(question)
        assert not a.answered and _first_line(a.text).startswith("The articles I have don't give a total"), (
            question,
            a.text,
        )
    # "the two contracts combined", one fact giving both sums: that fact answers, the sums apart leading, no total
    # worked out (blind set CG)
    combined = core.ask("how much were the two contracts combined")
    assert combined.answered and _first_line(combined.text).startswith("The articles I have give no combined figure")
    parts = _first_line(core.ask("add the 38 million and 49 million").text)
    assert "$38 million" in parts and "$49 million" in parts, parts
    # tester 62 W8: the $53 million beside Northrop's $400 million is Truthout's TECS contract, told with it
    told = _first_line(core.ask("total of the 53m and 400m contracts").text)
    assert "Palo Alto" not in told and "(Truthout)" in told, told


def test_a_thing_asked_by_an_act_negated_is_never_the_one_a_fact_tells_it_done_to(core: Core) -> None:
    # tester 62 W3: "the contract that wasnt renewed" led the 2015 renewal's $39 million, the negation dropped
    for question in ("how much was the contract that wasnt renewed", "how much was the contract that was not renewed"):
        first = _first_line(core.ask(question).text)
        assert "as renewed" not in first and "was renewed" not in first, (question, first)
    still = _first_line(core.ask("how much was the contract that hadnt expired").text)  # an end negated: as before
    assert still.startswith("$53 million"), still


@pytest.mark.parametrize(
    "question",
    ["how many criminal arrests in operation mega", "how many criminal prosecutions came out of operation mega"],
)
def test_a_figure_of_a_named_operation_is_not_given_by_a_fact_of_another_operation(core: Core, question: str) -> None:
    # fresh tester 64 (O1, O2): "35 criminal arrests" and "38 prosecutions" led for Operation Mega, though they are
    # the Hill's 2017 smuggling initiative's (a program the facts name, never Operation Mega); both ICE's, both 2017
    a = core.ask(question)
    assert not a.answered and not a.lead[:1].isdigit(), a.text
    # a product told under the name of the suite it runs on still gets its contract's sum
    b = core.ask("falcon operations & maintenance contract got renewed in 2015 for roughly how much")
    assert b.answered and b.lead.startswith("About $39 million"), b.text


def test_a_figure_of_an_act_by_a_doer_no_article_names_is_not_answered(core: Core) -> None:
    # fresh tester 64 (W4): "how many prosecutions did the fbi accept" led "38", the prosecutions ICE's statement
    # gives, though no article names that bureau
    a = core.ask("how many prosecutions did the fbi accept")
    assert not a.answered and not a.lead[:1].isdigit(), a.text
    assert core.ask("how many prosecutions were accepted").lead.startswith("38"), "the figure itself is still told"


@pytest.mark.parametrize(
    "question",
    [
        "how much did palantir make from ice",
        "how much did palantir earn from ice",
        "how much did palantir receive from ice",
    ],
)
def test_money_made_from_a_named_payer_is_what_that_payer_paid(core: Core, question: str) -> None:
    # fresh tester 64 (t64a): "make" had read as the brief's "made" ("made public" in another fact) and was refused,
    # while "how much did ice pay palantir" answers; a total stays led as VICE's, never the sum of everything
    a = core.ask(question)
    assert a.answered and _first_line(a.text).startswith("Over $150 million: According to VICE News"), a.text


@pytest.mark.parametrize(
    "question", ["how many people did operation mega target", "how many people were targeted by operation mega"]
)
def test_how_many_an_operation_targeted_is_the_count_its_plan_gives_as_planned(core: Core, question: str) -> None:
    # fresh tester 64 R2: refused, though "ICE planned … to arrest no fewer than 8,400 people in Operation Mega";
    # whom a plan aims at is whom it targeted, led as planned (and never the 440 another operation targeted)
    a = core.ask(question)
    assert a.answered and _first_line(a.text).startswith("No fewer than 8,400 (planned)"), a.text


@pytest.mark.parametrize("question", ["how many people did the police arrest", "how many people did the cops arrest"])
def test_a_figure_of_an_act_by_a_doer_the_fact_does_not_state_is_not_answered(core: Core, question: str) -> None:
    # review 20 (F4): a doer the brief knows (the police are called in a fact) that the closest fact does not name
    # led "ICE had arrested hundreds of people", another party's arrests
    a = core.ask(question)
    assert not a.answered, a.text
    # the fact's own doer still gets it
    assert core.ask("how many people did ice arrest").answered


def test_a_sum_asked_of_one_part_alone_is_not_led_by_the_sum_of_both(core: Core) -> None:
    # blind set BD: "over $150 million" is told only for ICM and FALCON together, never for either apart
    for question in (
        "how much did ice pay for falcon specifically, not counting icm",
        "how much did ice pay for icm only",
        "how much was falcon on its own",
        "how much did ice pay for falcon, not counting icm",
    ):
        a = core.ask(question)
        assert not a.answered, question
        assert _first_line(a.text).startswith("The articles I have don't give a separate sum for"), a.text
    # asked plainly, the sum of both answers, saying what more it covers
    plain = core.ask("how much did ice pay for falcon")
    assert plain.answered and " together:" in _first_line(plain.text)


def test_a_side_of_a_comparison_never_takes_the_sum_the_other_side_names_a_party_to(core: Core) -> None:
    # fresh tester 66 W5: "which was bigger, the tecs contract or northrop's" found Northrop Grumman's $400 million
    # (the fact names Palantir's TECS contract too) for both sides, compared nothing and led the Northrop fact
    line = _first_line(core.ask("which was bigger, the tecs contract or northrop's").text)
    assert "$400 million" in line and "$53 million" in line and " vs " in line, line


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # fresh tester 69 W1: a figure set aside is what the asker left out; the fact gives the other one too
        ("how much was the 53m contract specifically not counting the 39m one", "$53 million: "),
        # fresh tester 69 W2: a sum owned by a name set aside is no answer; the question is asked without it
        ("how much was the tecs contract not counting northrop", "$53 million: "),
        ("how much was the tecs contract not including northrop", "$53 million: "),
    ],
)
def test_a_sum_the_question_sets_aside_never_leads(core: Core, question: str, lead: str) -> None:
    assert _first_line(core.ask(question).text).startswith(lead)


def test_a_figure_after_words_setting_it_aside_is_set_aside_not_asked(core: Core) -> None:
    understand = core.answerer.understander.understand
    assert understand(normalize("how much was the 53m contract not counting the 39m one")).excluded_figures == {"39"}
    assert not understand(normalize("how much was the 53m contract")).excluded_figures


def test_a_lead_told_only_of_another_place_is_a_refusal_whatever_its_message_says(
    core: Core, monkeypatch: pytest.MonkeyPatch
) -> None:
    # review 21 L1: "answered" was read from the lead's opening words, so rewording OTHER_OCCASION_LEAD would have
    # turned the pointer into an answer; it is carried as what the lead is
    monkeypatch.setattr(messages, "OTHER_OCCASION_LEAD", "Not told of that place; only this: {statement}")
    a = core.ask("how many signatures did the petition get in palo alto")
    assert a.lead.startswith("Not told of that place; only this: ") and not a.answered, a.text


def test_a_pointer_lead_says_it_answers_nothing_by_a_flag_beside_its_words(core: Core) -> None:
    # review 22 L5: the pointer was a str subclass, which any string operation on the lead (a strip, a format, a
    # rewrite around it) would have turned into a plain answer with nothing failing; the lead is now its words and
    # whether it answers, side by side
    question = "how many signatures did the petition get in palo alto"
    a = core.ask(question)
    composer = core.answerer.composer
    led = composer._lead(core.answerer.understander.understand(normalize(question)), composer.item(a.evidence[0].id))
    assert led == Lead(a.lead, answers=False) and not a.answered, a.text


@pytest.mark.parametrize(
    "question",
    [
        # fresh tester 71 O1: the only sum Truthout gives is the 2015 renewal's, the very one set aside
        "how much was the hsi contract not counting the 2015 renewal",
        "how much was the hsi contract not counting the renewal",
    ],
)
def test_a_sum_of_an_act_the_question_sets_aside_never_leads(core: Core, question: str) -> None:
    a = core.ask(question)
    assert not a.answered, a.text
    assert _first_line(a.text).startswith("The articles I have give no sum for it apart from the one you set aside:")
    # the act set aside is no year asked either; another act set aside leaves the renewal's sum to answer
    q = core.answerer.understander.understand(normalize(question))
    assert "2015" not in q.years and not q.on_date
    other = core.ask("how much was the hsi contract not counting the 2013 signing")
    assert _first_line(other.text).startswith("About $39 million: "), other.text


def test_a_count_of_part_of_a_stated_whole_is_not_answered_by_the_whole_or_more(core: Core) -> None:
    # (blind set BG: "how many of the 38 prosecutions ended in convictions" led "38: … 38 prosecutions": the whole the
    # question states, echoed; no article counts the convictions. Nor is a larger count of something else a part)
    for question in (
        "how many of the 38 prosecutions ended in convictions",
        "of the 38 prosecutions how many were for smuggling",
        "how many of the 35 arrests led to prosecutions",
    ):
        a = core.ask(question)
        assert not a.answered, a.text
    assert _first_line(core.ask("how many prosecutions were accepted").text).startswith("38:")
    # a whole told only as planned ("planned to arrest 8,400"): the articles say it was planned, not how it went
    planned = core.ask("out of the 8400 op mega targets how many actually got picked up")
    assert not planned.answered and planned.text.startswith(messages.ONLY_PLANNED), planned.text
    understand = core.answerer.understander.understand
    assert understand(normalize("how many of the 38 prosecutions ended in convictions")).whole == "38"
    assert understand(normalize("how many renewals of the 41m contract were there")).whole == ""  # a sum, no whole


def test_a_count_of_part_of_a_stated_whole_is_not_answered_by_a_fact_not_telling_that_whole(core: Core) -> None:
    # (fresh tester 74 O1: "how many of the 140,000 signatures were palantir employees" led "More than 60: … a petition
    # signed by more than 60 Palantir employees …": another petition, the employees' own; the 140,000 signed the
    # protesters'. No article tells how many of those were employees)
    for question in (
        "how many of the 140,000 signatures were palantir employees",
        "out of the 140000 signatures how many came from palantir staff",
    ):
        a = core.ask(question)
        assert not a.answered, a.text
    # the count asked with no whole still answers from the employees' petition
    assert _first_line(core.ask("how many palantir employees signed the petition").text).startswith("More than 60:")


def test_a_sum_asked_of_a_payer_named_by_its_verb_is_not_a_sum_said_to_come_from_another(core: Core) -> None:
    # (blind set BG: "how much is cbp paying salesforce" led "$250,000: … turned down a $250,000 donation from the
    # company": Salesforce's money, offered a nonprofit, never what CBP pays; no article gives the contract's sum)
    for question in ("how much is cbp paying salesforce", "how much does cbp pay salesforce"):
        a = core.ask(question)
        assert not a.answered, a.text
    # the doer paying is the one the sum comes from: ICE's payments to Palantir still answer, active or passive
    for question in ("how much did ice pay palantir", "how much was palantir paid by ice"):
        assert _first_line(core.ask(question).text).startswith("Over $150 million"), question


def test_a_sum_asked_of_a_thing_described_by_what_a_linked_fact_of_its_article_tells_is_given(core: Core) -> None:
    # blind set BH: "how much is the ice contract the jewish groups wanted palantir to pull out of before it kicks
    # in" was refused: the $49 million fact tells the protests' aim, and the protest fact it links to (VICE's too)
    # tells the Jewish groups; no one fact held enough of the question's words
    a = core.ask("how much is the ice contract the jewish groups wanted palantir to pull out of before it kicks in")
    assert a.answered and _first_line(a.text).startswith("$49 million"), a.text
    # what no linked fact tells is still refused
    for question in (
        "how much is the contract the google employees wanted palantir to drop",
        "how much is the contract the jewish groups wanted amazon to drop",
    ):
        assert not core.ask(question).answered, question


@pytest.mark.parametrize(
    "question", ["how much were palantirs contracts", "not counting the renewal how much were palantirs contracts"]
)
def test_a_thing_named_only_as_the_time_of_another_event_is_no_thing_an_amount_in_words_is_of(
    core: Core, question: str
) -> None:
    # fresh tester 73 (W1): "Before the 2014 TECS contract, In-Q-Tel … had invested millions of dollars in Palantir"
    # names the contract only as when the investment was made: it led the sum asked of the contracts
    a = core.ask(question)
    assert a.answered and "In-Q-Tel" not in a.lead and "contract" in a.lead, a.text
    # asked the same way it stays the investment ("before the tecs deal": the question times it so too)
    told = core.ask("how much did in-q-tel sink into palantir before the tecs deal")
    assert told.answered and "invested millions of dollars" in told.lead, told.text


def test_a_count_asked_of_an_occasion_its_article_tells_in_a_linked_fact_is_not_taken_as_reached_by_keywords(
    core: Core,
) -> None:
    # chat-style BG "and prosecutions?" after "the 2017 op targeting parents of unaccompanied kids - how many
    # criminal arrests came out of it": read as "how many prosecutions came out of the 2017 op targeting parents of
    # unaccompanied kids" and refused; the 38-prosecutions fact states none of the occasion's words, but the fact it
    # links to from its own article tells the operation "targeted", which `only_tagged` now counts as stated
    a = core.ask("how many prosecutions came out of the 2017 op targeting parents of unaccompanied kids")
    assert a.answered and _first_line(a.text).startswith("38:"), a.text
    # a count no fact gives, nor a linked one, is still refused
    for question in (
        "how many deportations came out of the 2017 op targeting parents of unaccompanied kids",
        "how many prosecutions came out of the github protest",
    ):
        assert not core.ask(question).answered, question


def test_a_count_of_an_occasion_described_only_by_the_best_fact_is_taken_from_a_linked_fact_stating_that_noun(
    core: Core,
) -> None:
    # blind set CG: "how many prosecutions came out of that 2017 ice op targeting parents of unaccompanied minors"
    # was refused: the op's documents (no count) covered it best, and the 38-prosecutions fact they link to covered
    # just under half; a linked fact stating the noun counted needs only RELATED_COVERAGE, as an amount's does
    a = core.ask("how many prosecutions came out of that 2017 ice op targeting parents of unaccompanied minors")
    assert a.answered and _first_line(a.text).startswith("38:"), a.text
    # a noun no linked fact counts is still refused
    assert not core.ask(
        "how many deportations came out of that 2017 ice op targeting parents of unaccompanied minors"
    ).answered


@pytest.mark.parametrize(
    "question",
    [
        "how many actual criminal arrests came out of the 2017 operation",
        "how many real arrests came out of the 2017 operation",
    ],
)
def test_a_count_reads_past_a_word_stressing_the_counted_noun_is_real(core: Core, question: str) -> None:
    # chat-style J "and out of all that how many actual criminal arrests" (after the 440 targeted in the 2017
    # operation): "actual" was taken as the counted noun, so no fact's count fitted and it was refused
    a = core.ask(question)
    # ("real arrests": the 35 are criminal ones, which "real" does not ask, so that leads with the count)
    assert a.answered and _first_line(a.text).startswith(("35:", "35 criminal arrests:")), a.text


def test_a_sum_asked_of_a_thing_described_by_who_wished_it_dropped_or_the_article_telling_it_is_given(
    core: Core,
) -> None:
    # fresh tester 76 R2, R4: "how much was the contract mijente wanted cancelled" read "cancelled" as done to the
    # contract (none was) and Mijente as its holder, and "… the contract vice talked about" read "talked" as done to it
    # with VICE's telling held by no statement: both refused, though VICE gives the $49 million contract
    for question in (
        "how much was the contract mijente wanted cancelled",
        "how much was the contract vice talked about",
    ):
        a = core.ask(question)
        assert a.answered and _first_line(a.text).startswith("$49 million"), (question, a.text)


def test_a_sum_asked_of_a_thing_an_article_told_of_never_matches_the_verb_of_telling_in_the_facts(core: Core) -> None:
    # fresh tester 78 R4/R5: "how much was the contract the hill wrote about" / "… talked about" matched "wrote"
    # and "talked" against facts telling of other things (a flier's words), so no sum fitted and it was refused;
    # the verb of the article's telling right after its name ("wrote about", MENTIONING) is no subject
    for question in (
        "how much was the contract the hill wrote about",
        "how much was the contract the hill talked about",
    ):
        a = core.ask(question)
        assert a.answered and _first_line(a.text).startswith("$38 million"), (question, a.text)
    a = core.ask("how much was the contract truthout talked about")
    assert a.answered and "Truthout" in a.text.splitlines()[1], a.text


def test_a_sum_asked_of_a_thing_a_clause_names_by_its_people_is_given_by_the_close_fact_of_it_naming_them(
    core: Core,
) -> None:
    # fresh tester 78: "how much was the contract the protesters wanted dropped" was refused, led by The Hill's
    # protesters pressing another firm to drop its contracts (no sum); VICE's $49 million contract, whose dropping was
    # the protests' aim, is close and names the contract and the protesters; a clause naming people no fact of a
    # contract names is still refused
    a = core.ask("how much was the contract the protesters wanted dropped")
    assert a.answered and _first_line(a.text).startswith("$49 million"), a.text
    assert not core.ask("how much was the contract the police wanted dropped").answered


def test_a_figure_of_a_thing_restricted_to_what_no_article_names_is_refused(core: Core) -> None:
    # fresh tester 78: "how many prosecutions came out of the 2017 op targeting teachers" led 38 (the operation
    # targeted parents and relatives of children, no teachers): the word a participle restricts it by is one no
    # article uses (Decider._unknown_done_to), so the figure of the thing told is not one of it
    a = core.ask("how many prosecutions came out of the 2017 op targeting teachers")
    assert not a.answered and a.text.startswith("I don't have a sourced answer"), a.text
    told = core.ask("how many prosecutions came out of the 2017 op targeting parents")
    assert _first_line(told.text).startswith("38"), told.text


def test_a_sum_asked_of_a_thing_not_yet_begun_is_given_by_a_fact_of_one_scheduled_to_begin(core: Core) -> None:
    # fresh tester 78: "how much is the contract that hasnt started yet" was refused, "scheduled to start" read as
    # a start told done (Decider._tells_done): an act in an infinitive is one to come
    for question in ("how much is the contract that hasnt started yet", "how much is the contract that hasnt started"):
        a = core.ask(question)
        assert a.answered and _first_line(a.text).startswith("$49 million"), (question, a.text)


def test_a_comparison_with_two_named_sums_added_is_a_total_untold_with_each_sum_given(core: Core) -> None:
    # fresh tester 78: "is the 150m more than the 49m and 53m together" compared $150 million with $49 million
    # alone, the $53 million dropped; no article adds the two (the house rule for sums given apart)
    a = core.ask("is the 150m more than the 49m and 53m together")
    line = a.text.splitlines()[0]
    assert not a.answered and line.startswith(messages.TOTAL_UNTOLD), line
    assert "$49 million" in line and "$53 million" in line, line
    alone = core.ask("is the 150m more than the 49m")  # one sum each side: still compared
    assert alone.answered and "is the larger" in alone.text.splitlines()[0], alone.text


def test_a_thing_named_by_its_sum_is_found_by_that_sum_unless_another_party_is_named_for_it(core: Core) -> None:
    # fresh tester 79 F4: "how much was the 400 million contract" was refused, "$400 million to develop the TECS
    # platform" read as a sum of another thing than the contract; the question names the contract by that very sum
    for question in ("how much was the 400 million contract", "how much was northrops $400 million contract"):
        a = core.ask(question)
        assert a.answered and _first_line(a.text).startswith("$400 million"), a.text
    # named for a party the fact does not give it to, it is not that sum's thing: no "$400 million" for Palantir
    for question in ("how much was the 400 million contract for palantir", "how much did palantir get for the 400m"):
        a = core.ask(question)
        assert not _first_line(a.text).startswith("$400 million"), a.text


def test_a_figure_only_planned_is_never_compared_with_one_done(core: Core) -> None:
    # fresh tester 80: "how many more arrests than prosecutions did the 2017 operation have" set Operation Mega's
    # planned 8,400 arrests (Truthout) against the 2017 program's 35 made (The Hill) and said "more for the 2017
    # operation"; a plan is no measure of what was done: said so, no side called the larger
    a = core.ask("how many more arrests than prosecutions did the 2017 operation have")
    line = _first_line(a.text)
    assert not a.answered and "only as planned" in line and "more for" not in line, line


def test_a_count_of_a_described_doers_thing_is_weighed_by_the_doers_noun_not_its_describing_word(core: Core) -> None:
    # blind set BL: "jewish", the word after "did the", was taken for whoever had the petition, and no fact of the
    # 140,000 signatures says it: nothing was answered
    a = core.ask("how many signatures did the jewish protesters petition have")
    assert a.answered and "140,000" in a.text.splitlines()[0], a.text


def test_a_clipped_plural_reads_as_the_brief_plural_it_clips_when_its_clipping_has_several_stems(core: Core) -> None:
    # blind set BL: "sigs" was read as "signs" (a typo one letter off), and the employees' petition of 60 answered
    assert core.answerer.index.plural_completion("sigs") == "signatures"
    assert core.answerer.index.plural_completion("recs") is None  # "records" starts a word of another stem too
    a = core.ask("how many sigs did the jewish protesters petition have")
    assert a.answered and "140,000" in a.text.splitlines()[0], a.text


def test_a_difference_asked_of_two_named_contracts_gives_both_sums_not_one_fact(core: Core) -> None:
    # fixer mp25: "how much more was northrop's contract than palantir's tecs one" led the Northrop fact alone, its
    # $400 million read for both sides; a difference asked of agreements compares their sums
    for question in (
        "how much more was northrop's contract than palantir's tecs one",
        "how much more was the northrop contract than the palantir tecs contract",
    ):
        line = _first_line(core.ask(question).text)
        assert line.startswith("The articles I have don't give the difference"), (question, line)
        assert "$400 million" in line and "$53 million" in line, (question, line)


def test_a_sum_of_money_is_never_compared_with_a_count_of_something_else(core: Core) -> None:
    # fixer mp25: "who got more, palantir or northrop" led "$400 million (Truthout) vs 80 years (Truthout): more for
    # the northrop", a count of years against a sum of money
    a = core.ask("who got more, palantir or northrop")
    line = _first_line(a.text)
    assert "more for" not in line and not ("80 years" in line and a.answered), a.text


def test_a_sum_asked_of_one_of_two_agreements_nothing_tells_apart_gives_both(core: Core) -> None:
    # fixer mp25: "how much was the contract the 2018 article talked about" led "$39 million" alone, the first of the
    # two contracts the article gives apart; the one expired, or the one due to expire, is still told alone
    line = _first_line(core.ask("how much was the contract the 2018 article talked about").text)
    assert line.startswith("$39 million and $53 million:"), line
    assert _first_line(core.ask("how much was the contract that expired").text).startswith("$39 million:")
    assert _first_line(core.ask("how much was the contract due to expire in 2019").text).startswith("$53 million:")


def test_a_sums_holder_asked_by_the_description_the_fact_gives_it_is_the_one_asked(core: Core) -> None:
    # "how big was the military contractor's contract" found no answer: the sum's holder, "the military contractor
    # Northrop Grumman", was read as another party than the one asked (the military, a name in the description);
    # the military itself asked is still not that contractor
    line = _first_line(core.ask("how big was the military contractor's contract").text)
    assert line.startswith("$400 million:") and "Northrop Grumman" in line, line
    assert not _first_line(core.ask("how much was the military's contract").text).startswith("$400 million")


def test_a_year_naming_a_side_picks_the_contract_told_of_that_year_and_a_plural_side_is_all_its_sums(
    core: Core,
) -> None:
    # the 2019 side had been read from the July 2018 fact giving the $39 and $53 million contracts (it mentions
    # 2019 as one's expiry, and the other side's "2018" was searched for too): "more than one sum for 2019 contract"
    a = core.ask("was the 2019 contract bigger than the 2018 ones")
    first = _first_line(a.text)
    assert a.answered and first.startswith("$49 million"), first
    assert "more than $39 million and less than $53 million" in first, first
    # one 2018 contract asked of: which of the two sums it is, is not told
    one = _first_line(core.ask("was the 2019 contract bigger than the 2018 one").text)
    assert one.startswith("The articles I have give more than one sum for 2018"), one


@pytest.mark.parametrize(
    "question", ["how much profit does palantir make from ice", "how much profit did palantir get from ice contracts"]
)
def test_a_sum_of_another_measure_is_told_but_never_led_as_the_measure_asked(core: Core, question: str) -> None:
    """A payment is no profit: the sum paid is told under a lead saying no profit figure is given (fresh tester 82)."""
    first = _first_line(core.ask(question).text)
    assert not first.startswith("Over $150 million"), first
    assert "no profit figure" in first or "don't have a sourced answer" in first, first


def test_a_measure_named_in_the_brief_s_own_words_leads_with_its_sum(core: Core) -> None:
    """ "Money" is what the brief says is paid: the sum leads as before."""
    first = _first_line(core.ask("how much money does palantir make from ice").text)
    assert first.startswith("Over $150 million:"), first


@pytest.mark.parametrize("question", ["what profit did palantir make", "how much profit did palantir make"])
def test_a_money_measure_no_article_gives_is_said_untold_by_its_noun(core: Core, question: str) -> None:
    # fresh tester (ld28): "what profit did palantir make" led the employees' petition about the profits of its ICE
    # contracts, as if it told a profit; asked by "what <measure> did X make", a sum is asked as by "how much"
    a = core.ask(question)
    assert not a.answered and _first_line(a.text) == messages.MEASURE_UNTOLD.format(noun="profit"), a.text


def test_a_sum_asked_of_a_payer_and_a_payee_is_never_the_payers_money_to_another(core: Core) -> None:
    # fresh tester 85: "how much did salesforce pay palantir" led "$250,000:", a donation Salesforce offered a
    # nonprofit (no fact tells Salesforce paying Palantir)
    a = core.ask("how much did salesforce pay palantir")
    assert not a.answered and "$" not in _first_line(a.text), a.text
    assert _first_line(core.ask("how much did ice pay palantir").text).startswith("Over $150 million")


@pytest.mark.parametrize("question", ["how much did salesforce pay", "how much did salesforce donate"])
def test_a_sum_told_only_as_turned_down_never_leads_as_paid(core: Core, question: str) -> None:
    first = _first_line(core.ask(question).text)
    assert first.startswith("The articles I have tell of no such payment; they give $250,000 only as"), first


@pytest.mark.parametrize(
    "question",
    [
        "how much did the nonprofit turn down",
        "how much did salesforce try to donate",
        "how much did salesforce donate to the nonprofit that turned it down",
    ],
)
def test_a_sum_asked_by_the_act_that_held_it_back_still_leads(core: Core, question: str) -> None:
    first = _first_line(core.ask(question).text)
    assert first.startswith("$250,000:"), first


def test_a_trailing_according_to_names_whose_sum_and_is_no_act_of_the_contract(core: Core) -> None:
    # blind set BR: "… how much was that contract according to the hill" was refused, "according" read as what the
    # contract does ("the contract expiring in 2019"), which no fact giving its sum tells
    asked = (
        "palantir said its ice contract didnt help w deportations.. how much was that contract according to the hill"
    )
    assert _first_line(core.ask(asked).text).startswith("$38 million:")
    assert _first_line(core.ask("how much was the contract, according to the hill").text).startswith("$38 million:")


def test_a_sum_asked_of_a_year_whose_facts_give_it_to_another_date_leads_the_sum_of_that_year(core: Core) -> None:
    # fresh tester 86: "was the 2014 contract worth $49 million" was refused; the $49 million contract is 2019's,
    # and Truthout gives the September 2014 contract's $53 million
    line = core.ask("was the 2014 contract worth $49 million").text.splitlines()[0]
    assert line.startswith("$53 million: ") and "2014" in line, line
    # a yes/no question of "a" contract of that sum keeps its year told otherwise, no sum of another contract
    line = core.ask("did palantir sign a $49 million contract in 2014").text.splitlines()[0]
    assert line.startswith("The articles I have don't tell of that in 2014; they tell of it in 2019"), line


def test_a_count_spelt_as_a_word_right_before_the_noun_counted_leads_the_answer(core: Core) -> None:
    """ "how many contracts" of "had two contracts with ICE": the word count leads, as a count in digits does."""
    a = core.ask("how many contracts did palantir have w ice as of mid 2018")
    assert a.answered and a.lead.startswith("Two: "), a.text


def test_a_vague_count_word_never_leads_as_a_count(core: Core) -> None:
    """ "dozens of protesters (no exact count was given)": no figure is put in front of it."""
    a = core.ask("how many protesters were in palo alto")
    assert not a.lead.lower().startswith("dozens:"), a.text


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("what did the 300 employees sign", "300"),  # more than 200 signed the letter (300,000 is another letter's)
        ("what did the 200 employees sign", None),  # the count the fact gives
        ("what did the 2018 protesters do", None),  # a year, no count
    ],
)
def test_a_count_of_people_a_question_takes_as_given_and_no_fact_gives_is_said_not_to_be_given(
    core: Core, question: str, count: str | None
) -> None:
    # fresh tester 88 (fault 5): "what did the 300 employees sign" led the letter of more than 200 and never said
    # that no article counts 300 employees
    line = _first_line(core.ask(question).text)
    untold = messages.COUNT_NOT_GIVEN_LEAD.split("{")[0]
    assert line.startswith(untold) is (count is not None), line
    if count is not None:
        assert line.startswith(messages.COUNT_NOT_GIVEN_LEAD.format(count=count, statement="More than 200")), line


def test_which_was_bigger_of_two_parties_agreements_compares_their_sums(core: Core) -> None:
    # fresh tester 89: "which was bigger the northrop contract or palantirs" led Northrop's $400 million alone, the
    # fact of it mentioning Palantir's contract read as Palantir's side too; the agreement word is both sides'
    for question in (
        "which was bigger the northrop contract or palantirs",
        "which was bigger the northrop contract or the palantir contract",
    ):
        line = _first_line(core.ask(question).text)
        assert line.startswith("$400 million (Truthout) vs $53 million"), line
        assert line.endswith("more for the northrop contract."), line


def test_how_much_was_an_agreement_named_by_its_sum_for_asks_its_purpose(core: Core) -> None:
    # fresh tester 89: "how much was the 38m contract for" led "$38 million:", the sum the question gives; "for" asks
    # what it was for (The Hill: Palantir said it served ICE's wider criminal enforcement work)
    a = core.ask("how much was the 38m contract for")
    assert not a.lead.startswith("$38 million") and "criminal enforcement" in _first_line(a.text), a.text
    # the sum is still what "how much was the contract for" asks, no sum being named
    assert _first_line(core.ask("how much was the contract for").text).startswith("$39 million ("), a.text


@pytest.mark.parametrize(
    "question", ["palantir ice contract 49m or 53m", "was the ice contract worth $49 million or $53 million"]
)
def test_two_sums_offered_as_alternatives_are_both_given_when_each_is_told(core: Core, question: str) -> None:
    """ "49m or 53m": the articles give each (two facts, two articles); leading one alone read as the answer (ld34)."""
    a = core.ask(question)
    first = a.text.splitlines()[0]
    assert a.answered and "$49 million" in first and "$53 million" in first
    assert {i.id for i in a.evidence} >= {"contract-49m-2019", "contract-53m-expires-2019"}


def test_a_sum_asked_of_a_year_the_closest_thing_was_only_due_to_end_in_is_said_untold(core: Core) -> None:
    """Fresh tester 90: "the 2019 contract renewal" led "$53 million" of a contract of 2018 due to expire in 2019."""
    a = core.ask("how much was the 2019 contract renewal worth")
    first = _first_line(a.text)
    assert not a.answered and first.startswith("The articles I have give no sum for one of 2019"), first
    assert not first.startswith("$53 million"), first


def test_a_sum_named_with_the_prop_word_one_picks_the_contract_of_that_sum(core: Core) -> None:
    """ "the 53m one" names a contract by its sum as "the 53m contract" does (fresh tester 90): never the first sum of
    a fact giving two contracts ("$39 million: … two contracts …"), nor that fact's report date for its expiry."""
    for q in ("how much was the 53m one for", "what was the 53m one for", "how much was the 53 million one"):
        line = _first_line(core.ask(q).text)
        assert not line.startswith("$39 million") and "$53 million" in line and "two contracts" not in line, (q, line)
    line = _first_line(core.ask("when does the 53m one expire").text)
    assert line.startswith("Due by 2019:"), line


@pytest.mark.parametrize("question", ["how big was the nyc protest", "how large was the rally in new york"])
def test_the_size_of_an_event_is_a_count_of_its_people_never_another_figure_its_fact_gives(
    core: Core, question: str
) -> None:
    # ld40: "how big was the nyc protest" was led by "More than 140,000", the petition's signatures
    a = core.ask(question)
    assert "140,000" not in _first_line(a.text), a.text


def test_events_compared_by_size_say_which_one_has_a_count_of_its_people_and_that_the_other_has_none(
    core: Core,
) -> None:
    # ld40: led by the 13 September 2019 fact, which gives no size; only the 2018 article counts its protesters
    a = core.ask("which protest was bigger, palo alto 2018 or nyc 2019")
    first = _first_line(a.text)
    assert first.startswith("The articles I have give a size only for the palo alto 2018 protest: dozens of"), first
    assert "no count of the people at the new york city 2019 protest" in first, first


def test_the_new_agreements_sum_is_the_latest_ones_not_every_sum_in_report_order(core: Core) -> None:
    # "the new contract" asks the latest, as "the newest" does: six sums with the $49 million last led it (fresh
    # tester 94); "new" in a name ("New York") is no recency
    line = _first_line(core.ask("how much is the new contract worth").text)
    assert line.startswith("$49 million"), line


def test_a_count_of_people_named_with_a_modifier_counts_the_head_noun_not_the_modifier(core: Core) -> None:
    # "tech workers" counts workers: read as a count of "tech", "more than 400 immigrants" (those arrested, in the
    # fact about the protest) was led as the number of protesters
    for question in ("how many tech workers protested at github", "how many tech workers protested"):
        a = core.ask(question)
        assert "400" not in _first_line(a.text), a.text


def test_a_count_of_what_was_going_to_be_done_is_the_planned_figure_never_one_of_an_act_done(core: Core) -> None:
    # "going to" before a verb asks what was planned: "the arrests of more than 400 immigrants" were done (another
    # program), the 8,400 planned
    for question in ("how many were they going to arrest", "how many was ice going to arrest"):
        first = _first_line(core.ask(question).text)
        assert "400" not in first.replace("8,400", ""), first
        assert "8,400" in first and "planned" in first, first


def test_a_count_of_days_in_a_fact_is_no_count_of_the_people_asked_and_lets_no_other_figure_lead(core: Core) -> None:
    # "held a protest over several days" counts days: taken as the count of activists, it let the fact's "more than
    # 400 immigrants" (arrested) lead
    a = core.ask("how many tech activists protested")
    assert "400" not in _first_line(a.text), a.text
    b = core.ask("how many days did the protest last")  # the days are what is asked here
    assert "several days" in _first_line(b.text), b.text


def test_how_many_acts_is_answered_by_how_many_times_the_act_was_done_said_as_the_article_says_it(core: Core) -> None:
    # task rf47: "how many protests did palantir face this year per business insider" got no sourced answer, though
    # Business Insider's "protested at Palantir's offices multiple times this year" is all the count it gives: the
    # verb of undergoing ("face") was searched as a word the fact must have, and a count of times no count of protests
    line = core.ask("how many protests did palantir face this year per business insider").text.splitlines()[0]
    assert "several times" in line, line
    # a count of times the act was done counts no people who did it
    assert not core.ask("how many protesters did palantir face this year per business insider").answered


@pytest.mark.parametrize(
    "question", ["list palantir's ice contracts with amounts", "list the contracts with their amounts"]
)
def test_a_list_of_things_with_their_sums_lists_every_sum_given_not_the_closest_ones(core: Core, question: str) -> None:
    """ "List X with their amounts" is a list of X: every figure the sources give, by date, as "how much is the
    contract" has them, not one contract's sum alone."""
    first = _first_line(core.ask(question).text)
    for figure in ("$38 million", "$39 million", "$49 million", "$53 million", "$150 million"):
        assert figure in first, (figure, first)


def test_either_sum_asked_of_an_act_leads_the_one_told_as_that_act_and_one_article_is_no_two_accounts(
    core: Core,
) -> None:
    # fresh tester (ov56 3): "did ice pay palantir 150m or 49m" was answered "The articles I have give both, each in
    # its own account: $150 million (VICE News) and $49 million (VICE News)": one article, and only the $150 million
    # is told as paid (the $49 million is a contract yet to start)
    for question in ("did ice pay palantir 150m or 49m", "how much did ice pay palantir, 150m or 49m"):
        line = _first_line(core.ask(question).text)
        assert line.startswith("Of the two, the articles tell only $150 million as paid: "), line
        assert "The $49 million they give is told of something else: " in line, line
    # no act asked: both, from the one article that gives them
    line = _first_line(core.ask("was the new contract 49m or 150m").text)
    assert line == "The articles I have give both, in one article (VICE News): $49 million and $150 million.", line
    # two articles' sums are still each its own account's
    line = _first_line(core.ask("was the contract 49m or 53m").text)
    assert line.startswith("The articles I have give both, each in its own account: "), line


@pytest.mark.parametrize(
    ("question", "given"),
    [
        # a letter's signers and a petition's
        ("how many employees signed things altogether", "They give more than 200 and more than 60 apart"),
        # a petition's signatures, and another petition's signers (each signature theirs)
        ("how many signatures in total across the petitions", "more than 140,000 (VICE News) and more than 60"),
    ],
)
def test_a_total_count_asked_is_never_one_facts_count_when_others_count_the_same(
    core: Core, question: str, given: str
) -> None:
    """Fresh tester ov57: "how many employees signed things altogether" led "More than 200: … a letter" as if the
    total, though the articles also tell of a petition signed by more than 60: no article gives a total, nor is one
    worked out (the same people may be in both); each count, with its article."""
    a = core.ask(question)
    line = _first_line(a.text)
    assert not a.answered and line.startswith(messages.TOTAL_UNTOLD) and given in line, line


def test_a_total_count_asked_of_one_fact_alone_counting_it_is_that_count(core: Core) -> None:
    """Only The Hill's "more than 400" counts arrests plainly ("35 criminal arrests" counts some of them, the 8,400 a
    plan): that count answers."""
    line = _first_line(core.ask("how many arrests in total").text)
    assert line.startswith("More than 400: "), line


def test_a_total_of_people_asked_reads_every_noun_for_persons_as_people(core: Core) -> None:
    # task ov58 (2): "how many people signed letters in total" led "300,000" (a letter signed by 300,000 people)
    # though Business Insider tells of over 200 employees signing another: both are counts of people
    first = core.ask("how many people signed letters in total").text.splitlines()[0]
    assert not first.startswith("300,000"), first
    assert "300,000" in first and "more than 200" in first, first


def test_a_count_of_a_state_asked_in_the_present_leads_the_date_it_holds_as_of(core: Core) -> None:
    """ "In July 2018 Palantir had two contracts": "how many … does it have" is told as of the article's date, as a
    yes/no asked in the present is (fresh tester, ld61); asked in the past, or of a saying, the count alone leads."""
    a = core.ask("how many contracts does palantir have with ice")
    assert a.lead.startswith("Two, as of 31 July 2018: "), a.text
    assert core.ask("how many contracts did palantir have with ice").lead.startswith("Two: ")
    assert core.ask("how many prosecutions does ice say got accepted").lead.startswith("38: ")


def test_a_count_by_naming_holders_counts_the_holders_never_what_they_hold(core: Core) -> None:
    """ "the ICE and CBP contracts of Microsoft, Amazon and Salesforce" names three companies, each of which may hold
    several contracts: no count of contracts (task ov63 1); the count a fact gives of the asked noun still leads."""
    for company in ("microsoft", "salesforce", "amazon"):
        line = core.ask(f"how many contracts does {company} have w ice").lead
        assert not line.startswith("Three"), line
    assert core.ask("how many contracts did palantir have with ice in 2018").lead.startswith("Two: ")


def test_a_count_stands_for_the_noun_right_after_it_never_a_noun_it_names_later(core: Core) -> None:
    """ "a letter with 300,000 signatures handed to CEO Satya Nadella" counts signatures, no CEOs (task ov63 1)."""
    line = core.ask("how many ceos does microsoft have").lead
    assert not line.startswith("300,000"), line
    assert core.ask("how many signatures did the microsoft letter have").lead.startswith("300,000: ")


def test_a_count_asked_in_one_place_is_not_that_of_a_list_of_several_places(core: Core) -> None:
    """ "outside Palantir's Palo Alto and New York City offices" counts two offices in two cities, none in one city
    asked (task ov63 2); asked with no place, the count by naming stays."""
    for place in ("nyc", "dc", "palo alto"):
        line = core.ask(f"how many offices does palantir have in {place}").lead
        assert not line.startswith("Two"), line
    assert core.ask("how many offices did protesters demonstrate outside").lead.startswith("Two on 13 September 2019")
    a = core.ask("how many offices did activists gather in front of in may 2019")
    assert a.lead.startswith("Two"), a.text


def test_a_count_asked_with_a_means_needs_a_fact_naming_that_means(core: Core) -> None:
    """ "how many immigrants did ice target with falcon": the 2017 operation's count names no software it was done
    with (task ov64 2); a means its facts name keeps the count."""
    for means, name in (("with falcon", "with FALCON"), ("with tecs", "with TECS"), ("using gotham", "using Palantir")):
        line = core.ask(f"how many immigrants did ice target {means}").lead
        assert line.startswith(f"The articles I have don't give the number of immigrants {name}"), line
    line = core.ask("how many immigrants did ice target with palantir software").lead
    assert line.startswith("More than 440 undocumented immigrants: "), line


def test_a_count_of_one_documents_signers_is_no_count_of_another_documents(core: Core) -> None:
    """ "how many employees signed the petition in 2018" against the 2018 letter's signers (task ov64 3): the brief
    links that letter to the petition as another document; each document's own count stays."""
    line = core.ask("how many employees signed the petition in 2018").lead
    assert line.startswith("The articles I have don't give the number of employees who signed the petition"), line
    assert core.ask("how many employees signed the petition").lead.startswith("More than 60: ")
    assert core.ask("how many employees signed the letter in 2018").lead.startswith("More than 200: ")


def test_a_count_is_of_the_head_noun_after_it_past_a_name_the_question_has(core: Core) -> None:
    """ "a petition signed by more than 60 Palantir employees" counts employees (the phrase's head noun, past the
    name), no petitions: "how many petitions did palantir employees sign" is not answered by 60 (task ov65 1), nor
    "how many letters …" by the 200 who signed one letter; the employees' counts stay."""
    for document in ("petitions", "letters"):
        line = core.ask(f"how many {document} did palantir employees sign").lead
        assert not line.startswith("More than"), line
    assert core.ask("how many palantir employees signed the petition").lead.startswith("More than 60: ")
    assert core.ask("how many signatures did the microsoft letter have").lead.startswith("300,000: ")


def test_a_place_asked_by_a_word_of_its_name_is_that_place_for_a_count_of_a_list(core: Core) -> None:
    """ "offices in New York City and Washington, D.C." counts two offices in two cities, none in "washington" (a
    word of the place's name, no glossary name alone) nor in "the capital" (the brief's synonym of that word), nor
    in "york" (task ov65 2); naming both places (one by a word of its name), or none, keeps the count."""
    for place in ("washington", "the capital", "york"):
        line = core.ask(f"how many offices does palantir have in {place}").lead
        assert not line.startswith("Two"), line
    for both in ("new york and dc", "new york and washington"):
        line = core.ask(f"how many offices did activists gather in front of in {both}").lead
        assert line.startswith("Two in May 2019: "), line
    assert core.ask("how many offices did protesters demonstrate outside").lead.startswith("Two on 13 September 2019")


def test_a_count_of_a_modified_noun_leads_with_its_modifier_when_the_plain_noun_is_asked(core: Core) -> None:
    """Fresh tester ov66 1: "how many arrests did ice make with palantir software in 2017" led "35" of "35 criminal
    arrests", as if all the arrests; the modifier the question leaves out leads with the count, and one it asks
    keeps the bare count."""
    for question in (
        "how many arrests did ice make with palantir software in 2017",
        "how many arrests did ice make in 2017",
    ):
        line = core.ask(question).lead
        assert line.startswith("35 criminal arrests: "), line
    assert core.ask("how many criminal arrests were there in 2017").lead.startswith("35: ")
    assert core.ask("how many employees signed the petition").lead.startswith("More than 60: ")  # a name: whose


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("how many contracts did palantir have with ice in total", "two"),
        ("how many contracts does palantir have with ice altogether", "two"),
        ("how many times were protesters denied entry in total", "twice"),
    ],
)
def test_a_total_count_asked_of_a_count_dated_or_placed_is_no_total(core: Core, question: str, count: str) -> None:
    """Fresh tester ov66 2: "in total" of "in July 2018 Palantir had two contracts" (others name more contracts) or
    of entry refused twice at one office on one day (another door was refused in Palo Alto) led the count as the
    total; a count of its own time or place, never said to be the total, is given as no total."""
    a = core.ask(question)
    assert not a.answered and a.lead.startswith(f"The articles I have give no total, only this count ({count}): ")
