"""A brief is data from a curator, not code: it may name only plain files inside its own directories, its YAML
aliases may not expand it beyond a small bound, and no file may exceed a size limit. Each bad brief is refused,
naming the file, in under a second."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest
import yaml

from bot.brief import MAX_SEED_BYTES, MAX_YAML_BYTES, load_brief
from bot.errors import BriefError
from tests.conftest import SEEDS

# seconds. Refusing takes ~0.2 s here; an unchecked alias bomb expands billions of nodes (minutes, GBs), so 5 s
# still tells the two apart while a loaded 2-core machine (1.27 s seen once against the 1 s) does not fail it.
FAST = 5.0


def _refused(root: Path) -> str:
    start = time.perf_counter()
    with pytest.raises(BriefError) as info:
        load_brief(root)
    took = time.perf_counter() - start
    assert took < FAST, f"refusing took {took:.2f} s"
    return " | ".join(str(p) for p in info.value.problems)


def _local_seeds(root: Path) -> Path:
    """Give the copy its own seeds directory (the shipped brief shares ../../seeds)."""
    seeds = root / "seeds"
    seeds.mkdir()
    for path in SEEDS.glob("*.txt"):
        (seeds / path.name).write_bytes(path.read_bytes())
    meta = yaml.safe_load((root / "brief.yaml").read_text(encoding="utf-8"))
    meta["seeds"] = "seeds"
    (root / "brief.yaml").write_text(yaml.safe_dump(meta), encoding="utf-8")
    return seeds


def test_a_source_file_outside_the_seeds_directory_is_refused(brief_copy: Path) -> None:
    _local_seeds(brief_copy)
    sources = brief_copy / "sources.yaml"
    data = yaml.safe_load(sources.read_text(encoding="utf-8"))
    data["sources"][0]["file"] = "../../../../../../../../etc/passwd"
    sources.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    problems = _refused(brief_copy)
    assert "sources.yaml: palo-alto-letter-2018: seed file '../../../../../../../../etc/passwd' resolves to" in problems
    assert "outside" in problems


def test_a_seed_that_is_a_symlink_is_refused_even_to_a_real_article(brief_copy: Path, tmp_path: Path) -> None:
    seeds = _local_seeds(brief_copy)
    target = seeds / "000_30ece1b50231a6be.txt"
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_bytes(target.read_bytes())
    target.unlink()
    os.symlink(elsewhere, target)
    assert "seed file '000_30ece1b50231a6be.txt' is a symbolic link" in _refused(brief_copy)


def test_a_fact_file_symlinked_from_outside_the_brief_is_refused(brief_copy: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.yaml"
    outside.write_text("facts: []\n", encoding="utf-8")
    os.symlink(outside, brief_copy / "facts" / "extra.yaml")
    assert "facts/extra.yaml: is a symbolic link" in _refused(brief_copy)


def test_a_facts_directory_linked_to_elsewhere_is_refused(brief_copy: Path, tmp_path: Path) -> None:
    real = brief_copy / "facts"
    moved = tmp_path / "moved-facts"
    real.rename(moved)
    os.symlink(moved, real)
    assert "outside" in _refused(brief_copy)


def test_a_yaml_alias_bomb_is_refused_at_once(brief_copy: Path) -> None:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        lines.append(f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]")
    lines.append("facts:\n  - id: *a9\n")
    (brief_copy / "facts" / "bomb.yaml").write_text("\n".join(lines), encoding="utf-8")
    assert "facts/bomb.yaml: refused: its aliases expand 34 YAML nodes to 8,335,593,971" in _refused(brief_copy)


def test_a_self_referring_alias_is_refused(brief_copy: Path) -> None:
    (brief_copy / "facts" / "loop.yaml").write_text("facts: &loop\n  - *loop\n", encoding="utf-8")
    assert "facts/loop.yaml: refused: an alias refers to the node that contains it" in _refused(brief_copy)


def test_anchors_pyyaml_writes_for_shared_objects_are_accepted(brief_copy: Path) -> None:
    path = brief_copy / "facts" / "the-hill-2019.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    # (its related facts kept: its statement gives a figure only their quotes give)
    data["facts"].append(dict(data["facts"][0], id="a-copy-sharing-lists", differs=[]))
    text = yaml.safe_dump(data, allow_unicode=True)
    assert "&id001" in text  # the shared citations list is written once and referred to
    path.write_text(text, encoding="utf-8")
    assert load_brief(brief_copy).facts["a-copy-sharing-lists"].citations


def test_an_ampersand_or_asterisk_in_text_is_not_an_anchor(brief_copy: Path) -> None:
    path = brief_copy / "facts" / "vice-2019.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["facts"][0]["keywords"] = ["Q&A", "*starred*", "&more"]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert load_brief(brief_copy).facts[data["facts"][0]["id"]].keywords == ["Q&A", "*starred*", "&more"]


def test_an_oversized_fact_file_is_refused_before_it_is_read(brief_copy: Path) -> None:
    big = brief_copy / "facts" / "big.yaml"
    with big.open("w", encoding="utf-8") as out:
        out.write("facts:\n")
        chunk = "  - {id: x, kind: event, statement: " + "word " * 200 + "}\n"
        while out.tell() < 50 * 2**20:
            out.write(chunk * 100)
    problems = _refused(brief_copy)
    assert (
        f"facts/big.yaml: is {big.stat().st_size:,} bytes; a brief file may be at most {MAX_YAML_BYTES:,}" in problems
    )


def test_an_oversized_seed_is_refused(brief_copy: Path) -> None:
    seeds = _local_seeds(brief_copy)
    with (seeds / "000_30ece1b50231a6be.txt").open("a", encoding="utf-8") as out:
        out.write("x" * (MAX_SEED_BYTES + 1))
    assert f"a brief file may be at most {MAX_SEED_BYTES:,} bytes" in _refused(brief_copy)


@pytest.mark.parametrize(
    "text",
    [
        "facts: " + "[" * 100_000 + "]" * 100_000 + "\n",  # flow style
        "facts:\n" + "- " * 100_000 + "x\n",  # block style, no indentation needed
        "facts: &a " + "{k: " * 100_000 + "1" + "}" * 100_000 + "\n",  # the alias-checking path
    ],
    ids=["flow", "block", "anchored"],
)
def test_deeply_nested_yaml_is_refused_without_a_crash(brief_copy: Path, text: str) -> None:
    """libyaml's composer recurses in C with no guard: PyYAML 6.0.3 dies with SIGSEGV on these unless refused.
    (Newer libyaml stops flow nesting itself at 1,000 levels, in its own words.)"""
    (brief_copy / "facts" / "deep.yaml").write_text(text, encoding="utf-8")
    assert re.search(r"facts/deep\.yaml: [^|]*nest", _refused(brief_copy))


def test_a_bomb_in_brief_yaml_is_refused_at_once_on_the_snapshot_path_too(brief_copy: Path, tmp_path: Path) -> None:
    """`run` and `ask` open the brief through its snapshot, which first reads brief.yaml to find the seeds."""
    from bot.snapshot import open_brief

    meta = (brief_copy / "brief.yaml").read_text(encoding="utf-8")
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    (brief_copy / "brief.yaml").write_text(meta + "\n".join(lines) + "\n", encoding="utf-8")
    start = time.perf_counter()
    with pytest.raises(BriefError, match="aliases expand"):
        open_brief(brief_copy, cache_dir=tmp_path / "cache")
    assert time.perf_counter() - start < FAST


def test_an_impossible_unquoted_date_is_its_entrys_problem_and_the_file_is_read(brief_copy: Path) -> None:
    # YAML reads an unquoted 2019-02-30 as a date it cannot build: the whole file was unreadable (fresh tester 25)
    path = next((brief_copy / "facts").glob("*.yaml"))
    lines = path.read_text(encoding="utf-8").splitlines()
    number, line = next((n, text) for n, text in enumerate(lines) if re.search(r"date: \d{4}-\d\d-\d\d", text))
    lines[number] = re.sub(r"\d{4}-\d\d-\d\d", "2019-02-30", line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems = _refused(brief_copy)
    assert "date: impossible date '2019-02-30'" in problems and "not valid YAML" not in problems, problems
    assert " | " not in problems, problems  # one problem: the file's other entries were read
