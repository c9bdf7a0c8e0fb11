"""Loading the brief and every kind of validation problem, each named with file, id and reason."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bot.brief import Brief, load_brief
from bot.errors import BriefError
from bot.models import Fact
from bot.text import fold
from tests.conftest import ROOT, tiny_fact


def _edit_facts(root: Path, name: str, change) -> None:  # type: ignore[no-untyped-def]
    path = root / "facts" / name
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data["facts"])
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def _problems(root: Path) -> list[str]:
    with pytest.raises(BriefError) as info:
        load_brief(root)
    return [str(p) for p in info.value.problems]


def test_shipped_brief_loads_with_over_100_facts_and_every_seed(brief: Brief) -> None:
    assert len(brief.facts) > 100
    assert len(brief.sources) == 5
    assert {s.file for s in brief.sources.values()} == {p.name for p in (ROOT / "seeds").glob("*.txt")}


def test_every_quote_is_verbatim_in_its_seed_and_outside_boilerplate(brief: Brief) -> None:
    """Outside boilerplate, except a fact about the article itself (`describes:`), which may quote its update line."""
    for item in [*brief.facts.values(), *brief.entities.values()]:
        furniture = isinstance(item, Fact) and item.describes is not None
        for ref in item.citations:
            seed = brief.seeds[ref.source]
            assert fold(ref.quote) in (seed.full if furniture else seed.citable), (item.id, ref.quote)


def test_every_shipped_quote_keeps_its_seeds_own_characters_typographic_quotes_included(brief: Brief) -> None:
    """Answers promise the exact words: a quote differs from its seed only in line breaks and runs of spaces."""
    for item in [*brief.facts.values(), *brief.entities.values()]:
        for ref in item.citations:
            seed = brief.sources[ref.source].file
            text = " ".join((ROOT / "seeds" / seed).read_text(encoding="utf-8").split())
            assert " ".join(ref.quote.split()) in text, (item.id, ref.quote)


def test_differing_contract_figures_are_linked_both_ways(brief: Brief) -> None:
    assert "contract-38m-claim" in brief.differs["contract-39m-expired-2018"]
    assert "contract-39m-expired-2018" in brief.differs["contract-38m-claim"]
    assert "uac-2017-over-440-targeted" in brief.differs["arrests-over-400"]


def test_both_spellings_of_names_are_aliases(brief: Brief) -> None:
    assert brief.aliases["pierce"] == brief.aliases["salem pearce"] == "salem-pearce"
    assert brief.aliases["jews for economic and racial justice"] == brief.aliases["jfrej"] == "jfrej"


def test_unknown_key_is_reported_with_file_and_id(brief_copy: Path) -> None:
    _edit_facts(brief_copy, "vice-2019.yaml", lambda facts: facts[0].update(colour="red"))
    problems = _problems(brief_copy)
    assert any(p.startswith("facts/vice-2019.yaml: ") and "colour: unknown key" in p for p in problems)


def test_a_missing_seeds_directory_is_reported_with_the_setting_that_named_it(tmp_path: Path) -> None:
    # fresh tester 32: a copied brief keeps its relative `seeds:`, and "not found in /seeds" did not say why
    import shutil

    from bot.brief import DEFAULT_BRIEF

    copy = tmp_path / "copy"
    shutil.copytree(DEFAULT_BRIEF, copy)
    relative = yaml.safe_load((copy / "brief.yaml").read_text(encoding="utf-8"))["seeds"]
    problems = _problems(copy)
    assert any(f"(seeds: {relative!r}, read from {copy.resolve()})" in p for p in problems), problems[:3]


def test_a_wrong_seeds_folder_is_one_problem_naming_it_and_counting_the_sources(tmp_path: Path) -> None:
    # fresh tester 50 §5.7: one line per source ("seed file … not found in /seeds"), five saying the same
    import shutil

    from bot.brief import DEFAULT_BRIEF

    copy = tmp_path / "copy"
    shutil.copytree(DEFAULT_BRIEF, copy)
    sources = len(yaml.safe_load((copy / "sources.yaml").read_text(encoding="utf-8"))["sources"])
    meta = yaml.safe_load((copy / "brief.yaml").read_text(encoding="utf-8"))
    meta["seeds"] = str(tmp_path / "nowhere")
    (copy / "brief.yaml").write_text(yaml.safe_dump(meta, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert _problems(copy) == [
        f"brief.yaml: seeds folder {(tmp_path / 'nowhere').resolve()} not found (seeds: {meta['seeds']!r}): the seed"
        f" files of {sources} source(s) cannot be read, nor any quote checked"
    ]


def test_missing_field_is_reported(brief_copy: Path) -> None:
    _edit_facts(brief_copy, "vice-2019.yaml", lambda facts: facts[0].pop("statement"))
    assert any("statement: missing field" in p for p in _problems(brief_copy))


def test_duplicate_fact_id_across_files_is_reported(brief_copy: Path) -> None:
    first = yaml.safe_load((brief_copy / "facts" / "vice-2019.yaml").read_text(encoding="utf-8"))["facts"][0]
    _edit_facts(brief_copy, "the-hill-2019.yaml", lambda facts: facts.append(first))
    assert any("duplicate fact id" in p and first["id"] in p for p in _problems(brief_copy))


def test_quote_not_in_seed_is_reported(brief_copy: Path) -> None:
    _edit_facts(brief_copy, "vice-2019.yaml", lambda facts: facts[0]["citations"][0].update(quote="words nobody wrote"))
    assert any("quote not found in vice-2019" in p for p in _problems(brief_copy))


def test_quote_from_boilerplate_is_reported(brief_copy: Path) -> None:
    quote = "You can help by giving today."
    _edit_facts(
        brief_copy,
        "truthout-2019.yaml",
        lambda facts: next(f for f in facts if "describes" not in f)["citations"].append(  # not about the article
            {"source": "truthout-2019", "quote": quote}
        ),
    )
    assert any("inside boilerplate" in p for p in _problems(brief_copy))


def test_a_fact_about_its_article_may_quote_the_update_line_but_cites_that_article_only(brief_copy: Path) -> None:
    update_line = "You can help by giving today."  # boilerplate of truthout-2019: only `describes:` facts may cite it

    def describe(facts: list[dict[str, object]]) -> None:
        facts[0].update(describes="updated", citations=[{"source": "truthout-2019", "quote": update_line}])
        facts[1].update(describes="photo")
        facts[1]["citations"].append(  # type: ignore[attr-defined]
            {"source": "the-hill-2019", "quote": "Tech activists protest Palantir’s work with ICE"}
        )

    _edit_facts(brief_copy, "truthout-2019.yaml", describe)
    problems = " | ".join(_problems(brief_copy))
    assert "inside boilerplate" not in problems
    assert "describes 'photo' of an article: cite only that one" in problems


def test_unknown_source_entity_topic_and_broken_link_are_reported(brief_copy: Path) -> None:
    def break_it(facts: list[dict[str, object]]) -> None:
        facts[0]["citations"] = [{"source": "nowhere", "quote": "anything at all"}]
        facts[1]["entities"] = ["nobody-at-all"]
        facts[2]["topics"] = ["gardening"]
        facts[3]["related"] = ["no-such-fact"]

    _edit_facts(brief_copy, "vice-2019.yaml", break_it)
    problems = " | ".join(_problems(brief_copy))
    for reason in (
        "unknown source 'nowhere'",
        "unknown entity 'nobody-at-all'",
        "unknown topic 'gardening'",
        "broken related link to 'no-such-fact'",
    ):
        assert reason in problems


def test_impossible_dates_are_reported(brief_copy: Path) -> None:
    def break_it(facts: list[dict[str, object]]) -> None:
        facts[0]["date"] = "2019-02-30"
        facts[1]["date"] = "13/09/2019"
        facts[2]["date"] = "1066"

    _edit_facts(brief_copy, "vice-2019.yaml", break_it)
    problems = " | ".join(_problems(brief_copy))
    assert "impossible date '2019-02-30'" in problems
    assert "must look like YYYY-MM-DD" in problems
    assert "impossible date '1066'" in problems


def test_invalid_yaml_names_the_file_and_line(brief_copy: Path) -> None:
    (brief_copy / "facts" / "broken.yaml").write_text("facts:\n  - id: x\n    statement: [unclosed\n", encoding="utf-8")
    assert any(p.startswith("facts/broken.yaml: not valid YAML at line") for p in _problems(brief_copy))


def test_every_problem_is_collected_before_failing(make_brief) -> None:  # type: ignore[no-untyped-def]
    root = make_brief(
        [tiny_fact("c", date="2019-13-01"), tiny_fact("a"), tiny_fact("a"), tiny_fact("b", related=["zzz"])]
    )
    problems = _problems(root)
    assert len(problems) == 3


def test_validate_command_refuses_a_broken_brief_without_traceback(brief_copy: Path) -> None:
    _edit_facts(brief_copy, "vice-2019.yaml", lambda facts: facts[0].update(colour="red"))
    result = subprocess.run(
        [sys.executable, "-m", "adapters.cli", "--brief", str(brief_copy), "validate"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 1
    assert "colour: unknown key" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_second_brief_directory_just_works(make_brief) -> None:  # type: ignore[no-untyped-def]
    root = make_brief([tiny_fact("alpha-contract", date="2020-02-29")])
    loaded = load_brief(root)
    assert list(loaded.facts) == ["alpha-contract"]
    assert loaded.facts["alpha-contract"].precision == "day"


def test_seeds_are_byte_for_byte_the_shared_articles() -> None:
    shared = ROOT.parent / "shared" / "seeds"
    if not shared.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    for path in shared.glob("*.txt"):
        assert (ROOT / "seeds" / path.name).read_bytes() == path.read_bytes(), path.name
