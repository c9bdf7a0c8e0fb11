"""A brief file that cannot be parsed is reported once; the problems that only follow from its absence (references
to the ids it defines) are counted, not listed, so the one real problem is not buried."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bot.brief import DEFAULT_BRIEF, load_brief
from bot.errors import BriefError
from tests.conftest import ROOT

BROKEN_YAML = "\n  - id: [this list is never closed\n"


def broken(brief_copy: Path, rel: str) -> BriefError:
    with (brief_copy / rel).open("a", encoding="utf-8") as f:
        f.write(BROKEN_YAML)
    with pytest.raises(BriefError) as caught:
        load_brief(brief_copy)
    return caught.value


def test_a_broken_fact_file_is_one_problem_and_the_dangling_links_to_its_facts_are_counted(brief_copy: Path) -> None:
    defined_there = {
        f["id"] for f in yaml.safe_load((brief_copy / "facts/business-insider-2019.yaml").read_text())["facts"]
    }
    intact = load_brief(brief_copy)
    links_into_it = sum(
        1
        for fact in intact.facts.values()
        if intact.fact_files[fact.id] != "facts/business-insider-2019.yaml"
        for target in [*fact.related, *(link.fact for link in fact.differs)]
        if target in defined_there
    )
    assert links_into_it > 0  # the premise: other files link to facts in this one

    error = broken(brief_copy, "facts/business-insider-2019.yaml")
    assert len(error.problems) == 1
    assert error.problems[0].file == "facts/business-insider-2019.yaml"
    assert error.problems[0].reason.startswith("not valid YAML at line")
    assert error.suppressed == links_into_it
    assert f"({links_into_it} more problem(s) not listed" in error.message


def test_a_dangling_reference_the_broken_file_does_not_explain_is_still_listed(brief_copy: Path) -> None:
    path = brief_copy / "facts/vice-2019.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["facts"][0]["related"] = [*data["facts"][0].get("related", []), "no-such-fact-anywhere"]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")

    error = broken(brief_copy, "facts/business-insider-2019.yaml")
    reasons = [p.reason for p in error.problems]
    assert "broken related link to 'no-such-fact-anywhere'" in reasons
    assert len(reasons) == 2 and error.suppressed > 0


def test_a_fact_file_replaced_by_one_broken_line_is_the_one_problem_and_the_links_it_may_explain_are_marked(
    brief_copy: Path,
) -> None:
    """Fresh tester 67 U3: a fact file replaced by `facts: [ {id: x` made "18 problem(s)", 17 of them broken links to
    its facts: its text no longer names them, so it could not be told that they were its own. When an unparsed file's
    text names none of the facts found nowhere, it is no guide: the links are listed apart, marked as possibly
    following from it, and not counted as problems of their own."""
    rel, target, links = _incoming_links(brief_copy)
    (brief_copy / rel).write_text("facts: [ {id: x\n", encoding="utf-8")
    with pytest.raises(BriefError) as caught:
        load_brief(brief_copy)
    error = caught.value
    assert [(p.file, p.reason.startswith("not valid YAML")) for p in error.problems] == [(rel, True)]
    assert len(error.following) >= links and all("broken" in p.reason for p in error.following)
    assert any(repr(target) in p.reason for p in error.following)
    lines = error.message.splitlines()
    assert lines[0] == "The brief has 1 problem(s):"
    assert lines[2].startswith(
        f"  and {len(error.following)} link(s) to facts found nowhere, which may only follow from {rel}"
    )
    assert all(line.startswith("    facts/") for line in lines[3 : 3 + len(error.following)])


@pytest.mark.parametrize(
    ("rel", "follow_on"),
    [("sources.yaml", "unknown source"), ("glossary/core.yaml", "unknown entity"), ("brief.yaml", "unknown topic")],
)
def test_a_broken_file_that_defines_ids_hides_only_the_references_to_them(
    brief_copy: Path, rel: str, follow_on: str
) -> None:
    error = broken(brief_copy, rel)
    assert error.problems[0].file == rel and "not valid YAML" in error.problems[0].reason
    assert not [p for p in error.problems if follow_on in p.reason]
    assert error.suppressed > 0


def _incoming_links(brief_copy: Path) -> tuple[str, str, int]:
    """The fact most linked to from other files: (its file, its id, how many links point at it)."""
    intact = load_brief(brief_copy)
    counts: dict[str, int] = {}
    for fact in intact.facts.values():
        for target in [*fact.related, *(link.fact for link in fact.differs)]:
            if intact.fact_files[target] != intact.fact_files[fact.id]:
                counts[target] = counts.get(target, 0) + 1
    target = max(sorted(counts), key=lambda fid: counts[fid])
    return intact.fact_files[target], target, counts[target]


def test_a_fact_that_fails_validation_is_listed_and_the_links_to_it_are_counted(brief_copy: Path) -> None:
    rel, target, links = _incoming_links(brief_copy)
    data = yaml.safe_load((brief_copy / rel).read_text(encoding="utf-8"))
    fact = next(f for f in data["facts"] if f["id"] == target)
    fact["statment"] = fact.pop("statement")  # a typo in a key: the fact is refused, its id is gone
    (brief_copy / rel).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(BriefError) as caught:
        load_brief(brief_copy)
    assert {(p.file, p.item) for p in caught.value.problems} == {(rel, target)}
    assert not [p for p in caught.value.problems if "link" in p.reason]
    assert caught.value.suppressed >= links
    assert caught.value.message.endswith(
        f"({caught.value.suppressed} more problem(s) not listed: they are references to the entries above, which are"
        " left out of the brief until they are valid)"
    )


def test_a_fact_file_without_its_facts_list_is_one_problem(brief_copy: Path) -> None:
    rel, _, links = _incoming_links(brief_copy)
    data = yaml.safe_load((brief_copy / rel).read_text(encoding="utf-8"))
    (brief_copy / rel).write_text(yaml.safe_dump({"fact": data["facts"]}, allow_unicode=True), encoding="utf-8")
    with pytest.raises(BriefError) as caught:
        load_brief(brief_copy)
    assert [(p.file, p.reason) for p in caught.value.problems] == [(rel, "unknown top-level key(s): fact")]
    assert caught.value.suppressed >= links


def _validate(brief: Path) -> subprocess.CompletedProcess[str]:
    """`palantir-ice --brief BRIEF validate` in a process of its own, as an operator runs it."""
    command = [sys.executable, "-m", "adapters.cli", "--brief", str(brief), "validate"]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=120, check=False)


def test_validate_prints_the_broken_file_once_and_how_many_problems_it_hid(brief_copy: Path) -> None:
    with (brief_copy / "facts/business-insider-2019.yaml").open("a", encoding="utf-8") as f:
        f.write(BROKEN_YAML)
    result = _validate(brief_copy)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines[0] == f"palantir-ice: brief {brief_copy} has 1 problem(s):"  # a report, not "refusing to start"
    assert lines[1].startswith("  facts/business-insider-2019.yaml: not valid YAML")
    assert "more problem(s) not listed" in lines[2] and len(lines) == 3


@pytest.mark.parametrize("content", ["", "sources: []\n"])
def test_a_sources_file_listing_no_sources_is_one_problem_naming_it_and_the_citations_are_counted(
    brief_copy: Path, content: str
) -> None:
    (brief_copy / "sources.yaml").write_text(content, encoding="utf-8")
    with pytest.raises(BriefError) as caught:
        load_brief(brief_copy)
    assert [str(p) for p in caught.value.problems] == ["sources.yaml: lists no sources"]
    assert caught.value.suppressed > 100  # every citation of an unknown source, counted once in a line


def test_a_missing_sources_file_is_one_problem_and_the_citations_are_counted(brief_copy: Path) -> None:
    (brief_copy / "sources.yaml").unlink()
    with pytest.raises(BriefError) as caught:
        load_brief(brief_copy)
    assert [str(p) for p in caught.value.problems] == ["sources.yaml: missing"]
    assert caught.value.suppressed > 100


def test_a_sources_file_refused_whole_is_one_problem_and_the_citations_are_counted(brief_copy: Path) -> None:
    # a fresh tester's alias bomb: the file names no source id, yet every citation only follows from its refusal
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{b}: &{b} [{', '.join([f'*{a}'] * 9)}]\n" for a, b in zip("abcde", "bcdef", strict=True)
    )
    (brief_copy / "sources.yaml").write_text(bomb, encoding="utf-8")
    with pytest.raises(BriefError) as caught:
        load_brief(brief_copy)
    assert [p.file for p in caught.value.problems] == ["sources.yaml"], [str(p) for p in caught.value.problems]
    assert "aliases expand" in str(caught.value.problems[0]) and caught.value.suppressed > 100


@pytest.mark.parametrize("content", ["", "facts: []\n"])
def test_an_emptied_fact_file_is_one_problem_naming_it_and_the_links_to_its_facts_are_counted(
    brief_copy: Path, content: str
) -> None:
    rel = "facts/vice-2019.yaml"
    intact = load_brief(brief_copy)
    links = sum(
        1
        for fact in intact.facts.values()
        if intact.fact_files[fact.id] != rel
        for target in [*fact.related, *(link.fact for link in fact.differs)]
        if intact.fact_files.get(intact.fact_id(target) or "") == rel
    )
    assert links > 0  # the premise: other files link to facts in this one
    (brief_copy / rel).write_text(content, encoding="utf-8")
    with pytest.raises(BriefError) as caught:
        load_brief(brief_copy)
    assert [str(p) for p in caught.value.problems] == [
        f"{rel}: lists no facts, yet {links} link(s) elsewhere point at facts found nowhere: was it emptied?"
    ]
    assert caught.value.suppressed == links


def test_an_empty_fact_file_nothing_links_into_is_a_valid_placeholder(brief_copy: Path) -> None:
    (brief_copy / "facts" / "awaiting-drafts.yaml").write_text("facts: []\n", encoding="utf-8")
    assert len(load_brief(brief_copy).facts) == len(load_brief(DEFAULT_BRIEF).facts)


def test_a_missing_brief_yaml_is_named_once_and_what_follows_from_it_is_counted(brief_copy: Path) -> None:
    (brief_copy / "brief.yaml").unlink()
    result = _validate(brief_copy)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines[:2] == [
        f"palantir-ice: brief {brief_copy} has 1 problem(s):",
        "  brief.yaml: missing (every brief needs id, title, topics)",
    ]
    assert len(lines) == 3 and "more problem(s) not listed" in lines[2]  # every topic and seed it named, counted


def test_an_emptied_brief_yaml_is_said_to_be_empty_not_missing(brief_copy: Path) -> None:
    # fresh tester 29: an emptied brief.yaml was reported "missing"
    (brief_copy / "brief.yaml").write_text("", encoding="utf-8")
    result = _validate(brief_copy)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[1] == "  brief.yaml: empty (every brief needs id, title, topics)"


@pytest.mark.parametrize("content", ["id: [unclosed\n- a\n", "id: 5\n", "&a [*a, *a]\n"])
def test_a_brief_yaml_that_cannot_be_used_is_said_once_and_what_follows_from_it_is_counted(
    brief_copy: Path, content: str
) -> None:
    (brief_copy / "brief.yaml").write_text(content, encoding="utf-8")
    with pytest.raises(BriefError) as raised:
        load_brief(brief_copy)
    assert {p.file for p in raised.value.problems} == {"brief.yaml"}  # not ~280 "unknown topic" lines
    assert raised.value.suppressed > 0


def test_a_brief_yaml_missing_its_title_is_one_problem_its_topics_still_checking_the_facts(brief_copy: Path) -> None:
    # fresh tester 34: a deleted title was reported with "281 more problem(s) not listed": its topics and seeds
    # directory, still readable, had been set aside with it, so every fact's topics read as unknown
    path = brief_copy / "brief.yaml"
    path.write_text("\n".join(line for line in path.read_text().splitlines() if not line.startswith("title:")))
    with pytest.raises(BriefError) as caught:
        load_brief(brief_copy)
    assert [str(p) for p in caught.value.problems] == ["brief.yaml: palantir-ice: title: missing field"]
    assert caught.value.suppressed == 0


def test_a_brief_yaml_that_is_a_list_says_it_must_be_a_mapping(brief_copy: Path) -> None:
    # fresh tester 34: "brief.yaml: item #1: must be a mapping of fields", as if the file held several entries
    (brief_copy / "brief.yaml").write_text("- id: palantir-ice\n- title: Palantir and ICE\n", encoding="utf-8")
    with pytest.raises(BriefError) as caught:
        load_brief(brief_copy)
    assert str(caught.value.problems[0]) == "brief.yaml: must be a mapping of fields (id, title, topics), not a list"


def test_links_to_a_fact_with_an_impossible_date_are_no_problem_and_nothing_is_counted(brief_copy: Path) -> None:
    """fresh tester 48 §5: the count said the cause was a file or entry "missing, empty or could not be read", though
    the one fact was read and had only an impossible date; its id was read, so links into it are not broken at all."""
    rel, target, links = _incoming_links(brief_copy)
    data = yaml.safe_load((brief_copy / rel).read_text(encoding="utf-8"))
    next(f for f in data["facts"] if f["id"] == target)["date"] = "2019-02-30"
    (brief_copy / rel).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(BriefError) as caught:
        load_brief(brief_copy)
    assert links > 0  # the premise: other facts link to it
    assert [p.reason for p in caught.value.problems] == ["date: impossible date '2019-02-30'"]
    assert caught.value.suppressed == 0 and "not listed" not in caught.value.message


def test_a_fact_with_an_unknown_key_is_one_problem_its_links_checked_and_links_into_it_not_counted(
    brief_copy: Path,
) -> None:
    """fresh tester 50 §5.4: `colour: blue` gave "(10 more problem(s) not listed …)", as if the fact were dropped and
    the links into it dangled; the README says such a fact is still checked for the rest (its own links too)."""
    rel, target, links = _incoming_links(brief_copy)
    data = yaml.safe_load((brief_copy / rel).read_text(encoding="utf-8"))
    fact = next(f for f in data["facts"] if f["id"] == target)
    fact["colour"] = "blue"
    (brief_copy / rel).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(BriefError) as caught:
        load_brief(brief_copy)
    assert links > 0  # the premise: other facts link to it
    assert [str(p) for p in caught.value.problems] == [f"{rel}: {target}: colour: unknown key"]
    assert caught.value.suppressed == 0 and "not listed" not in caught.value.message

    fact["related"] = ["no-such-fact-anywhere", *fact.get("related", [])]  # its own links are still checked
    (brief_copy / rel).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(BriefError) as caught:
        load_brief(brief_copy)
    assert [p.reason for p in caught.value.problems] == [
        "colour: unknown key",
        "broken related link to 'no-such-fact-anywhere'",
    ]


def test_a_broken_file_and_an_invalid_entry_both_explain_the_count(brief_copy: Path) -> None:
    path = brief_copy / "facts/vice-2019.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["facts"][0]["statment"] = data["facts"][0].pop("statement")  # refused: the links into it are counted
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    error = broken(brief_copy, "facts/business-insider-2019.yaml")
    assert "missing, empty or could not be read, or are references to the entries above" in error.message
