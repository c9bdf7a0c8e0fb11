"""benchmarks/question_sets.py scores files of shapes it has not seen without stopping (the blind set is one)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.question_sets import contains, main


def test_odd_shapes_are_scored_or_skipped_and_grouped_by_kind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    odd = tmp_path / "odd.yaml"
    odd.write_text(
        "questions:\n"
        "  - {q: 'how much did ICE pay Palantir in total?', kind: amount, answer_contains: '$150 million'}\n"
        "  - {q: 'hello there', refuse: 'yes', kind: small-talk}\n"
        "  - {kind: no-question}\n"
        "  - {q: 'what is FALCON?', expect: falcon, kind: what-is, source: [x.txt], extra: 1}\n"
        "  - {q: 'who won the world cup?', refuse: true}\n",
        encoding="utf-8",
    )
    broken = tmp_path / "broken.yaml"
    broken.write_text("questions: [unclosed", encoding="utf-8")
    assert main([str(odd), str(broken), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    figures = report["files"][str(odd)]
    assert figures["answerable"] == 2 and figures["first_line_right"] == 2 and figures["skipped"] == 1
    assert figures["must_refuse"] == 2 and figures["refused"] == 2
    assert set(report["kinds"]) == {"amount", "small-talk", "what-is", "must-refuse"}
    assert report["files"][str(broken)]["answerable"] == 0


def test_expected_strings_of_three_characters_or_fewer_match_whole_words_only() -> None:
    assert contains("no, microsoft kept its contract", "no")
    assert not contains("not cancelled", "no")
    assert contains("38 prosecutions vs 35 arrests", "38")
    assert not contains("380 prosecutions", "38")
    assert contains("$39 million", "$39")
    assert contains("the $39 million contract", "39 million") and contains("in 2019.", "2019")


def test_a_day_of_a_month_is_found_in_either_order_and_never_as_the_start_of_another_day() -> None:
    assert contains("the vigil was on 13 september 2019.", "september 13")
    assert contains("september 13, 2019: the vigil.", "13 september")
    assert not contains("september 13, 2019: the vigil.", "september 1")
    assert not contains("on 13 september 2019", "september 14")


def test_a_generated_brief_is_scored_from_its_compiled_snapshot_as_when_loaded_and_reopened_the_second_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    asked = tmp_path / "asked.yaml"
    asked.write_text(
        "questions:\n"
        "  - {q: 'how much did ICE pay Palantir in total?', answer_contains: '$150 million'}\n"
        "  - {q: 'who organized the September 2019 protests at Palantir?', answer_contains: 'jfrej'}\n"
        "  - {q: 'who won the world cup?', refuse: true}\n",
        encoding="utf-8",
    )
    cache = tmp_path / "cache"
    assert main([str(asked), "--facts", "300", "--cache", str(cache), "--json"]) == 0
    served = json.loads(capsys.readouterr().out)["total"]
    snapshots = sorted(p for p in cache.iterdir() if not p.name.startswith("."))
    assert len(snapshots) == 1 and served["answerable"] == 2 and served["first_line_right"] >= 1
    assert served["must_refuse"] == served["refused"] == 1
    assert main([str(asked), "--facts", "300", "--cache", str(cache), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == served
    assert sorted(p for p in cache.iterdir() if not p.name.startswith(".")) == snapshots  # opened, not compiled anew
    generated = tmp_path / "cache-generated-300"
    assert main([str(asked), "--brief", str(generated), "--json"]) == 0  # loaded in memory
    assert json.loads(capsys.readouterr().out)["total"] == served


def test_a_conversation_reads_a_follow_up_after_the_question_before_it_in_its_own_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    talk = tmp_path / "talk.yaml"
    talk.write_text(
        "questions:\n"
        "  - {q: 'what is falcon', kind: what-is, answer_contains: 'FALCON'}\n"
        "  - {q: 'who uses it', kind: who, answer_contains: 'ICE'}\n",
        encoding="utf-8",
    )
    other = tmp_path / "other.yaml"  # another file is another channel: nothing before its first question
    other.write_text("questions:\n  - {q: 'who uses it', kind: who, answer_contains: 'ICE'}\n", encoding="utf-8")
    assert main([str(talk), str(other), "--json", "--conversation"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["files"][str(talk)]["first_line_right"] == 2
    assert report["files"][str(other)]["first_line_right"] == 0
    assert main([str(talk), "--json"]) == 0  # on its own, "who uses it" names nothing
    assert json.loads(capsys.readouterr().out)["files"][str(talk)]["first_line_right"] == 1


def test_a_yes_no_question_counts_its_verdict_first_only_when_the_first_line_opens_with_the_expected_word(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the same question twice: the answer's first line opens "No" and names Microsoft, so both are first-line
    # right by the key word, but only the one expecting "no" has its verdict first
    verdicts = tmp_path / "verdicts.yaml"
    verdicts.write_text(
        "questions:\n"
        "  - {q: 'did microsoft end its ice contract', kind: yes-no, answer_contains: ['no', 'microsoft']}\n"
        "  - {q: 'did microsoft end its ice contract', kind: yes-no, answer_contains: ['yes', 'microsoft']}\n"
        "  - {q: 'how much did ICE pay Palantir in total?', kind: amount, answer_contains: '$150 million'}\n",
        encoding="utf-8",
    )
    assert main([str(verdicts), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)["files"][str(verdicts)]
    assert figures["first_line_right"] == 3
    assert figures["verdicts"] == 2 and figures["verdict_first"] == 1
