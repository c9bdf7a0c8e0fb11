"""The validator rules that keep the fact base honest, each shown failing on a broken copy of the shipped brief:
`differs` only between like figures with a note, no statement copied from its seed, links that survive merges,
no fact dated after the article that reports it (unless it was planned), and merged ids that still resolve."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bot.brief import Brief, copied_runs, load_brief, unquoted_figures, unrelated_citations
from bot.commands import parse
from bot.core import Core
from bot.errors import BriefError
from bot.models import Answer, FactView
from bot.ports import Context
from bot.snapshot import compile_brief
from tests.conftest import ROOT


def _edit(root: Path, name: str, fact_id: str, **changes: object) -> None:
    path = root / "facts" / name
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    fact = next(f for f in data["facts"] if f["id"] == fact_id)
    for key, value in changes.items():
        if value is None:
            fact.pop(key, None)
        else:
            fact[key] = value
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def _problems(root: Path) -> str:
    with pytest.raises(BriefError) as info:
        load_brief(root)
    return " | ".join(str(p) for p in info.value.problems)


def _validate(root: Path, *flags: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "adapters.cli", "--brief", str(root), "validate", *flags],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )


# --- differs -------------------------------------------------------------------------------------------------


def test_differs_needs_a_figure_on_both_facts(brief_copy: Path) -> None:
    _edit(
        brief_copy, "vice-2019.yaml", "contract-49m-2019", differs=[{"fact": "vice-palantir-under-fire", "note": "x"}]
    )
    assert "vice-palantir-under-fire: differs from 'contract-49m-2019' but carries no figure" in _problems(brief_copy)


def test_differs_between_money_and_a_count_is_refused(brief_copy: Path) -> None:
    _edit(brief_copy, "vice-2019.yaml", "contract-49m-2019", differs=[{"fact": "arrests-over-400", "note": "x"}])
    assert "arrests-over-400: differs from 'contract-49m-2019', but their figures measure different things" in (
        _problems(brief_copy)
    )


def test_differs_without_a_note_saying_why_they_may_be_one_thing_is_refused(brief_copy: Path) -> None:
    _edit(brief_copy, "vice-2019.yaml", "contract-49m-2019", differs=["ice-paid-over-150m"])
    problems = _problems(brief_copy)
    assert "differs link with 'ice-paid-over-150m' has no note" in problems


def test_shipped_differs_links_are_only_the_figures_that_may_be_one_thing(brief: Brief) -> None:
    pairs = {tuple(sorted((a, b))) for a, others in brief.differs.items() for b in others}
    assert pairs == {
        ("contract-38m-claim", "contract-39m-expired-2018"),
        ("contract-38m-claim", "hsi-gotham-2013-renewed-2015-39m"),
        ("contract-38m-claim", "contract-53m-expires-2019"),
        ("contract-38m-claim", "tecs-53m-contract-2014"),
        ("arrests-over-400", "uac-2017-over-440-targeted"),
    }
    for a, b in pairs:
        assert brief.link_notes[(a, b)] == brief.link_notes[(b, a)]
    # equal figures that may be one contract are related, not "differing"; the cumulative total and the new
    # contract are neither
    assert "hsi-gotham-2013-renewed-2015-39m" in brief.related["contract-39m-expired-2018"]
    assert "tecs-53m-contract-2014" in brief.related["contract-53m-expires-2019"]
    assert brief.differs["ice-paid-over-150m"] == [] and brief.differs["contract-49m-2019"] == []


# --- own words -----------------------------------------------------------------------------------------------


def test_shipped_statements_share_no_run_of_eight_words_with_their_seed(brief: Brief) -> None:
    assert [str(p) for p in copied_runs(brief)] == []


def test_a_copied_statement_is_a_warning_and_strict_validation_refuses_it(brief_copy: Path) -> None:
    copied = "Jewish protesters from several groups rallied outside Palantir’s offices in Palo Alto and New York."
    _edit(brief_copy, "vice-2019.yaml", "protest-nyc-palo-alto-2019-09-13", statement=copied)
    lenient = _validate(brief_copy)
    assert lenient.returncode == 0
    assert (
        "has 1 warning(s) (refused with --strict):\n  facts/vice-2019.yaml: protest-nyc-palo-alto-2019-09-13: "
        "statement copies" in lenient.stderr
    )
    strict = _validate(brief_copy, "--strict")
    assert strict.returncode == 1
    assert "has 1 problem(s):\n  facts/vice-2019.yaml: protest-nyc-palo-alto-2019-09-13: statement copies" in (
        strict.stderr
    )
    assert "Traceback" not in strict.stderr


def test_shipped_statements_give_no_figure_their_quotes_do_not(brief: Brief) -> None:
    assert [str(p) for p in unquoted_figures(brief)] == []


def test_a_statement_figure_no_quote_gives_is_refused_by_validation_with_or_without_strict(brief_copy: Path) -> None:
    # fresh tester 20: "$94 million" for the quote's "$49 million" passed --strict and was answered as the sum; fresh
    # tester 44: it still passed plain `validate` (a warning, exit 0), and a curator skipping --strict would serve it
    statement = "Palantir had a $94 million ICE contract scheduled to start on 20 September 2019, VICE News reported."
    _edit(brief_copy, "vice-2019.yaml", "contract-49m-2019", statement=statement)
    lenient = _validate(brief_copy)
    assert lenient.returncode == 1
    assert "  facts/vice-2019.yaml: contract-49m-2019: statement gives '94'" in lenient.stderr
    assert "'20'" not in lenient.stderr and "'2019'" not in lenient.stderr  # a day beside its month, a year
    assert "Traceback" not in lenient.stderr
    strict = _validate(brief_copy, "--strict")
    assert strict.returncode == 1 and "  facts/vice-2019.yaml: contract-49m-2019" in strict.stderr


def test_an_unquoted_figure_is_listed_in_the_same_format_as_every_other_brief_problem(brief_copy: Path) -> None:
    """fresh tester 46: "statement gives '5000', which none of its quotes gives" came as `error: …` plus "1
    problem(s) refused …", unlike `palantir-ice: brief X has N problem(s):` and its indented lines elsewhere."""
    statement = "Palantir had a $5000 million ICE contract scheduled to start on 20 September 2019, VICE News reported."
    _edit(brief_copy, "vice-2019.yaml", "contract-49m-2019", statement=statement)
    figure = _validate(brief_copy)
    assert figure.returncode == 1
    assert figure.stderr.splitlines() == [
        f"palantir-ice: brief {brief_copy} has 1 problem(s):",
        "  facts/vice-2019.yaml: contract-49m-2019: statement gives '5000', which none of its quotes gives",
    ]
    _edit(brief_copy, "vice-2019.yaml", "contract-49m-2019", statement=None)  # a loading problem, for comparison
    missing = _validate(brief_copy)
    assert missing.returncode == 1
    assert missing.stderr.splitlines()[:2] == [
        f"palantir-ice: brief {brief_copy} has 1 problem(s):",
        "  facts/vice-2019.yaml: contract-49m-2019: statement: missing field",
    ]


def test_a_statement_figure_no_quote_gives_is_never_served_by_ask_or_compile(brief_copy: Path, tmp_path: Path) -> None:
    # fresh tester 47: `validate` refused the "$94 million" fact, but `ask` (which skipped these checks to start
    # quickly) answered "$94 million: …" under the quote's "$49 million"; now the compile every command opens
    # refuses the brief as `validate` does, so the checks run once per brief content, not at every start
    statement = "Palantir had a $94 million ICE contract scheduled to start on 20 September 2019, VICE News reported."
    _edit(brief_copy, "vice-2019.yaml", "contract-49m-2019", statement=statement)
    env = {**os.environ, "CACHE_DIR": str(tmp_path / "cache")}
    for command in (["ask", "how much is the 94 million contract"], ["compile"]):
        done = subprocess.run(
            [sys.executable, "-m", "adapters.cli", "--brief", str(brief_copy), *command],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            check=False,
        )
        assert done.returncode == 1, done.stdout
        assert "94 million" not in done.stdout
        assert "contract-49m-2019: statement gives '94', which none of its quotes gives" in done.stderr
        assert "Traceback" not in done.stderr


def test_a_figure_a_related_fact_quoted_is_checked_again_when_that_fact_changes_in_another_file(
    brief_copy: Path, tmp_path: Path
) -> None:
    # a statement may give a figure its related fact's quote gives; a compile from the previous snapshot re-reads
    # only changed files, so the unchanged fact leaning on the changed one is decided by a full compile
    vice = yaml.safe_load((brief_copy / "facts" / "vice-2019.yaml").read_text(encoding="utf-8"))
    fact = next(f for f in vice["facts"] if f["id"] == "contract-49m-2019")
    statement = fact["statement"] + " ICE's 2017 program led to 38 prosecutions."
    _edit(brief_copy, "vice-2019.yaml", "contract-49m-2019", statement=statement,
          related=[*fact["related"], "uac-2017-38-prosecutions"])  # fmt: skip
    cache = tmp_path / "cache"
    assert compile_brief(brief_copy, cache).path is not None  # 38 is quoted by the related fact
    quote = (
        "Over 440 immigrants without legal status were targeted as part of operation, leading to 35 criminal "
        "arrests, according to The Intercept."
    )
    _edit(brief_copy, "the-hill-2019.yaml", "uac-2017-38-prosecutions",
          statement="ICE said its 2017 program led to 35 criminal arrests.",
          citations=[{"source": "the-hill-2019", "quote": quote}])  # fmt: skip
    with pytest.raises(BriefError) as info:
        compile_brief(brief_copy, cache)
    assert "contract-49m-2019: statement gives '38', which none of its quotes gives" in str(info.value.message)


def test_validate_names_every_problem_of_a_brief_broken_several_ways_at_once(brief_copy: Path) -> None:
    # fresh tester 47: an impossible date hid a duplicate id, an unknown topic and an unknown entity, and a date
    # after publication hid an unquoted figure: a curator fixed and re-ran once per hidden problem
    path = brief_copy / "facts" / "vice-2019.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    quote = next(f for f in data["facts"] if f["id"] == "contract-49m-2019")["citations"][0]["quote"]
    data["facts"] += [
        {
            "id": "contract-49m-2019",
            "kind": "claim",
            "statement": "Palantir's primary goal contract with ICE, VICE said.",
            "topics": ["weather"],
            "entities": ["palantir", "nobody-known"],
            "date": "2019-02-30",
            "citations": [{"source": "vice-2019", "quote": "Their primary goal"}],
        },
        {
            "id": "vice-94m",
            "kind": "claim",
            "statement": "Palantir had a $94 million ICE contract due to start on 20 September 2019.",
            "topics": ["contracts"],
            "entities": ["palantir", "ice"],
            "date": "2019-09-20",
            "citations": [{"source": "vice-2019", "quote": quote}],
        },
    ]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    done = _validate(brief_copy)
    assert done.returncode == 1
    for said in (
        "contract-49m-2019: date: impossible date '2019-02-30'",
        "contract-49m-2019: duplicate fact id (also in facts/vice-2019.yaml)",
        "contract-49m-2019: unknown topic 'weather'",
        "contract-49m-2019: unknown entity 'nobody-known'",
        "vice-94m: statement gives '94', which none of its quotes gives",
        "vice-94m: date 2019-09-20 is after its source was published",
    ):
        assert f"facts/vice-2019.yaml: {said}" in done.stderr, said
    assert "has 6 problem(s)" in done.stderr and "Traceback" not in done.stderr


def test_a_brief_declaring_made_up_figures_loads_but_validate_still_refuses_them(brief_copy: Path) -> None:
    # generated briefs (tests/generated.py) number their made-up variants; they say so in brief.yaml
    statement = "Palantir had a $94 million ICE contract scheduled to start on 20 September 2019, VICE News reported."
    _edit(brief_copy, "vice-2019.yaml", "contract-49m-2019", statement=statement)
    meta = yaml.safe_load((brief_copy / "brief.yaml").read_text(encoding="utf-8"))
    (brief_copy / "brief.yaml").write_text(yaml.safe_dump({**meta, "made_up_figures": True}), encoding="utf-8")
    assert load_brief(brief_copy).facts["contract-49m-2019"].statement == statement
    done = _validate(brief_copy)
    assert done.returncode == 1 and "contract-49m-2019: statement gives '94'" in done.stderr


def test_shipped_citations_each_quote_words_of_what_their_fact_says(brief: Brief) -> None:
    assert [str(p) for p in unrelated_citations(brief)] == []


def test_a_citation_quoting_words_unrelated_to_its_fact_is_refused_by_validation_with_or_without_strict(
    brief_copy: Path,
) -> None:
    # fresh tester 39: a second citation of the $49 million contract quoting Truthout's donation appeal passed
    # --strict, and the answer then named Truthout as a source of the sum
    path = brief_copy / "facts" / "vice-2019.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    fact = next(f for f in data["facts"] if f["id"] == "contract-49m-2019")
    appeal = "Over 80 percent of Truthout‘s funding comes from small individual donations"
    fact["citations"].append({"source": "truthout-2019", "quote": appeal})
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    lenient = _validate(brief_copy)
    assert lenient.returncode == 1, lenient.stderr
    assert "  facts/vice-2019.yaml: contract-49m-2019: citation 2 (truthout-2019) quotes words" in lenient.stderr
    strict = _validate(brief_copy, "--strict")
    assert strict.returncode == 1 and "Traceback" not in strict.stderr


def test_a_citation_sharing_only_the_briefs_subject_with_its_fact_is_refused_by_validation(brief_copy: Path) -> None:
    """Fresh tester: a quote sharing one word with its fact, the company's name, passed. Words in over a third of the
    brief's statements are its subject, no evidence for one claim; one word beyond them still is (a shipped quote,
    "But Karp didn't budge", supports "did not change course" by its one word "Karp")."""
    path = brief_copy / "facts" / "vice-2019.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    fact = next(f for f in data["facts"] if f["id"] == "contract-49m-2019")
    fact["citations"].append({"source": "vice-2019", "quote": "And they see Palantir as aiding and abetting."})
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    done = _validate(brief_copy)
    assert done.returncode == 1, done.stderr
    assert (
        "contract-49m-2019: citation 2 (vice-2019) quotes words that share none with what the fact says but the "
        "brief's whole subject (palantir)" in done.stderr
    )
    assert len(load_brief(brief_copy).facts) > 100  # a compile checks each fact alone: it still loads


def test_ci_runs_strict_validation() -> None:
    assert "palantir-ice validate --strict" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


# --- links and merged ids ------------------------------------------------------------------------------------


def test_broken_differs_link_is_reported(brief_copy: Path) -> None:
    _edit(brief_copy, "the-hill-2019.yaml", "arrests-over-400", differs=[{"fact": "no-such-fact", "note": "x"}])
    assert "broken differs link to 'no-such-fact'" in _problems(brief_copy)


def test_a_link_to_a_merged_id_resolves_to_the_fact_it_was_merged_into(brief_copy: Path) -> None:
    _edit(brief_copy, "vice-2019.yaml", "icm-since-2014", related=["vice-protest-goal-drop-49m"])
    loaded = load_brief(brief_copy)
    assert "contract-49m-2019" in loaded.related["icm-since-2014"]
    assert "icm-since-2014" in loaded.related["contract-49m-2019"]


def test_an_alias_that_is_also_a_fact_id_is_refused(brief_copy: Path) -> None:
    _edit(brief_copy, "vice-2019.yaml", "contract-49m-2019", aliases=["icm-since-2014"])
    assert "alias 'icm-since-2014' is also the id of a fact" in _problems(brief_copy)


def test_every_merged_id_resolves_everywhere_a_fact_id_is_looked_up(brief: Brief, core: Core) -> None:
    assert brief.fact_aliases, "the shipped brief has merged facts"
    for old, new in brief.fact_aliases.items():
        assert old not in brief.facts
        assert brief.fact(old) is brief.facts[new]
        view = core.fact(old)  # `fact ID`, and the Slack and Discord buttons, all go through Core.fact
        assert view.found and view.id == new
        reply = core.handle(parse(f"fact {old}"), Context(platform="console"))
        assert isinstance(reply, FactView) and reply.id == new


# --- dates after publication ---------------------------------------------------------------------------------


def test_a_fact_dated_after_its_source_was_published_is_refused(brief_copy: Path) -> None:
    _edit(brief_copy, "business-insider-2019.yaml", "bi-activists-protested-2019", date="2019-08-30")
    problems = _problems(brief_copy)
    assert "bi-activists-protested-2019: date 2019-08-30 is after its source was published (by 2019-08-22)" in problems


def test_a_planned_event_may_be_dated_after_publication(brief_copy: Path) -> None:
    _edit(
        brief_copy,
        "business-insider-2019.yaml",
        "bi-activists-protested-2019",
        date="2019-08-30",
        date_note="A protest planned for the following week.",
    )
    assert load_brief(brief_copy).facts["bi-activists-protested-2019"].date == "2019-08-30"


def test_vice_publication_is_the_window_its_text_supports(brief: Brief) -> None:
    vice = brief.sources["vice-2019"]
    assert vice.published == "2019-09" and vice.published_between == ("2019-09-13", "2019-09-19")
    assert vice.published_label == "13–19 September 2019"
    assert vice.published_day is None  # no single day is claimed


# --- answers follow the brief ----------------------------------------------------------------------------------


def _differing(answer: Answer) -> set[tuple[str, str]]:
    """(best fact, fact shown as 'Sources differ') pairs in an answer's structured items."""
    best = [i.id for i in answer.items if i.role == "best"]
    return {(b, i.id) for b in best for i in answer.items if i.role == "differs"}


@pytest.mark.parametrize(
    "question",
    [
        "how much is the ICE contract?",
        "How much is Palantir's contract with ICE worth?",
        "How much has ICE paid Palantir in total?",
        "How much is the contract that takes effect on September 20 worth?",
        "how much was the TECS contract",
        "how many immigrants were arrested with palantir's help",
    ],
)
def test_money_and_count_answers_say_sources_differ_only_for_linked_disagreements(core: Core, question: str) -> None:
    answer = core.ask(question)
    assert answer.answered
    for best, other in _differing(answer):
        assert other in core.brief.differs[best], (question, best, other)


def test_a_cumulative_total_and_a_new_contract_are_not_shown_as_disagreeing(core: Core) -> None:
    total = core.ask("How much has ICE paid Palantir in total?")
    assert total.items[0].id == "ice-paid-over-150m" and _differing(total) == set()
    new = core.ask("How much is the contract that takes effect on September 20 worth?")
    assert new.items[0].id == "contract-49m-2019" and _differing(new) == set()


def test_the_ice_contract_answer_gives_the_38m_claim_and_the_figures_that_may_be_the_same_contract(core: Core) -> None:
    # issue 9: a question naming no particular figure lists every figure by date (the lead), the closest match
    # first among the evidence; figures the brief links as differing are among them, none shown as "differs"
    # unless linked (test above)
    answer = core.ask("how much is the ICE contract?")
    assert answer.items[0].id == "contract-38m-claim"
    shown = {i.id for i in answer.items}
    assert shown & set(core.brief.differs["contract-38m-claim"])
    assert "$38 million" in answer.lead and "$39 million" in answer.lead
