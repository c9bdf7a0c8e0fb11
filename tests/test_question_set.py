"""The development set (tests/questions/, tuned on), scored as benchmarks/question_sets.py scores any set.

The headline is FIRST-LINE right: an expected string in the first line of the plain-text answer, or an expected
fact as the first evidence item; "anywhere among the items" is printed as a secondary figure only.
Gates (issue 9 asks for 95% first-line right and 90% of near-domain and small talk refused; the floors below are
what this code measures today, so they stop regressions; the first-line one meets 95% on this tuned-on set
only, which says nothing of unseen questions: see the README):
- first-line right on the answerable questions;
- every question in off-topic.yaml refused;
- near-domain.yaml and small-talk.yaml refused;
- answered texts: median under 300 characters, none over 700, none cut inside a word.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from benchmarks.question_sets import Scorer, Tally, load_questions
from bot.brief import Brief
from bot.core import Core

QUESTIONS = Path(__file__).parent / "questions"
# target 0.95: met at 95.1% (777/817) with blind set E; blind set F joined after its one run (94.4%, 911/965), and
# blind set G after its one run (first run 81.0%; the whole set 93.6%, 1041/1112, after fixes of kinds it showed),
# and blind set H untuned (79.2%; the whole set 91.9%, 1159/1261); blind sets I (first run 88.0%) and J (first run
# 82.7%, joined untuned) bring it to 92.2% (1440/1561), so the floor follows the measured figure, rounded down, as it
# did when E, F and G joined; blind sets K-O (first runs 85.3%, 88.7%, 86.0%, 84.7%, 92.0%) joined after their
# runs: 94.2% (2177/2311) on 2026-12-02, floor raised to 0.93 (a percent below, for the next blind set to join);
# blind set P (first run 92.7%) joined after its run: 94.8% (2332/2461)
FIRST_LINE_FLOOR = 0.93
NEAR_AND_SMALL_TALK_FLOOR = 0.9  # target 0.9, met (measured 34/37 = 91.9% with set D; 15/15 before it)


@pytest.fixture(scope="module")
def scored(brief: Brief) -> dict[str, Tally]:
    scorer = Scorer(brief)
    out: dict[str, Tally] = {}
    for path in sorted(QUESTIONS.glob("*.yaml")):
        tally = Tally()
        for q in load_questions(path)[0]:
            scorer.score(q, tally, path.stem)
        out[path.stem] = tally
    return out


def test_question_set_is_large_enough_and_points_at_real_ids(core: Core) -> None:
    answerable = refused = 0
    known = set(core.brief.facts) | set(core.brief.entities)
    for path in sorted(QUESTIONS.glob("*.yaml")):
        for q in yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]:
            if q.get("refuse"):
                refused += 1
                continue
            answerable += 1
            assert q.get("expect") or q.get("answer_contains"), q
            assert set(q.get("expect") or []) <= known, q
    assert answerable >= 300 and refused >= 90


def test_answerable_questions_are_answered_in_the_first_line(
    scored: dict[str, Tally], capsys: pytest.CaptureFixture[str]
) -> None:
    total = Tally()
    for tally in scored.values():
        total.add(tally)
    with capsys.disabled():
        print()
        for name, tally in scored.items():
            print("  " + tally.line(name))
        print("  " + total.line("development set"))
    assert total.first / total.answerable >= FIRST_LINE_FLOOR


def test_off_topic_questions_are_all_refused(scored: dict[str, Tally]) -> None:
    off = scored["off-topic"]
    assert off.refused == off.must_refuse, off.misses


def test_near_domain_questions_and_small_talk_are_mostly_refused(scored: dict[str, Tally]) -> None:
    near, small = scored["near-domain"], scored["small-talk"]
    assert small.refused == small.must_refuse, small.misses
    assert (near.refused + small.refused) / (near.must_refuse + small.must_refuse) >= NEAR_AND_SMALL_TALK_FLOOR


def test_answers_are_short_and_never_cut_inside_a_word(scored: dict[str, Tally]) -> None:
    lengths = sorted(n for tally in scored.values() for n in tally.lengths)
    assert lengths[len(lengths) // 2] < 300
    assert lengths[-1] <= 700
    assert sum(tally.cut for tally in scored.values()) == 0
