"""The gaps log through the real core and console adapter, on SQLite and PostgreSQL: what is kept, how it groups."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, text

from adapters.console import reply_text
from bot.brief import Brief
from bot.core import Core
from bot.gaps import AnswerFeedback, GapLog, UnansweredQuestion, group_questions
from bot.models import Answer
from bot.ports import Context
from bot.store import Store

NOW = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
CONSOLE = Context(platform="console", workspace="local", channel="console", user="alice-123")


def _core(brief: Brief, log: GapLog) -> Core:
    return Core(brief, rate_limit=0, question_log=log)


def _rows(store: Store) -> list[UnansweredQuestion]:
    with store.session() as s:
        return list(s.scalars(select(UnansweredQuestion).order_by(UnansweredQuestion.id)))


def _miss(question: str) -> Answer:
    return Answer(question=question, answered=False, outcome="no_match", text="")


def test_an_unanswered_console_question_is_recorded_without_the_user_in_clear(
    brief: Brief, gap_log: GapLog, store: Store
) -> None:
    reply = reply_text(_core(brief, gap_log), "who is the mayor of Lisbon?", CONSOLE, now=NOW)
    assert reply  # the person still gets the bot's answer
    [row] = _rows(store)
    assert (row.platform, row.workspace, row.channel_kind) == ("console", "local", "channel")
    assert row.question == "who is the mayor of Lisbon?"
    assert row.asked_at == NOW
    assert row.user_hash and "alice" not in row.user_hash
    with store.engine.connect() as conn:
        dump = [str(r) for r in conn.execute(text("SELECT * FROM unanswered_questions"))]
    assert not any("alice-123" in line for line in dump)


def test_a_follow_up_is_recorded_as_it_was_read_so_different_subjects_are_different_gaps(
    brief: Brief, gap_log: GapLog, store: Store
) -> None:
    """fresh tester 46: "did they win?" after two subjects was stored twice as typed and grouped as one.

    ("who voted for it?" here: both subjects leave it unanswered; "did they win?" after a thing is now unresolved.)
    """
    core = _core(brief, gap_log)
    for question in ("what is tecs", "who voted for it?", "what is falcon", "who voted for it?"):
        reply_text(core, question, CONSOLE, now=NOW)
    # (the readings' exact words are the answering's; what is pinned is that each names its own subject)
    first, second = (row.question for row in _rows(store))
    assert "tecs" in first.lower() and "falcon" in second.lower() and "who voted for it?" not in (first, second)
    groups = gap_log.report(NOW + dt.timedelta(minutes=1)).unanswered
    assert sorted(g.question for g in groups) == sorted([first, second])


def test_answered_and_empty_questions_are_not_gaps(brief: Brief, gap_log: GapLog, store: Store) -> None:
    core = _core(brief, gap_log)
    reply_text(core, "how much is the ICE contract?", CONSOLE, now=NOW)
    reply_text(core, "   ", CONSOLE, now=NOW)
    assert _rows(store) == []


def test_a_message_refused_as_too_long_is_no_gap(brief: Brief, gap_log: GapLog, store: Store) -> None:
    """fresh tester 64 (C2): a message over the length limit, refused unread, went into the curators' list as its
    first 300 characters ("2x how much is the contract how much is the contract…"): noise, never a question the
    brief lacks."""
    core = _core(brief, gap_log)
    reply = reply_text(core, "how much is the contract " * 60, CONSOLE, now=NOW)
    assert "too long" in reply  # the person is still told why
    assert _rows(store) == []


def test_the_question_is_cut_to_300_characters(gap_log: GapLog, store: Store) -> None:
    gap_log.record_unanswered(CONSOLE, _miss("why " * 200), NOW)
    assert len(_rows(store)[0].question) == 300


def test_the_same_user_hashes_alike_and_salts_change_the_hash(store: Store) -> None:
    one, other = GapLog(store, salt="a"), GapLog(store, salt="b")
    assert one.user_hash(CONSOLE) == one.user_hash(CONSOLE) != other.user_hash(CONSOLE)
    assert one.user_hash(CONSOLE.model_copy(update={"workspace": "elsewhere"})) != one.user_hash(CONSOLE)
    assert one.user_hash(CONSOLE.model_copy(update={"user": None})) is None


def test_without_a_configured_salt_one_is_generated_once_and_kept(store: Store) -> None:
    first, second = GapLog(store), GapLog(store)
    assert first.user_hash(CONSOLE) == second.user_hash(CONSOLE)
    assert first.user_hash(CONSOLE) != GapLog(store, salt="x").user_hash(CONSOLE)


def test_near_duplicate_questions_are_grouped_most_frequent_first(gap_log: GapLog) -> None:
    asks = [
        ("alice", "Who is Rosa Delgado?"),
        ("bob", "who is rosa delgado"),
        ("carol", "Who's Rosa Delgado??"),
        ("alice", "who is Rosa Delgdo?"),
        ("bob", "What is Palantir's stock price?"),
        ("dave", "Does Palantir work with the FBI?"),
        ("erin", "does palantir work with the fbi"),
    ]
    for i, (user, question) in enumerate(asks):
        ctx = CONSOLE.model_copy(update={"user": user})
        gap_log.record_unanswered(ctx, _miss(question), NOW + dt.timedelta(minutes=i))
    report = gap_log.report(NOW + dt.timedelta(hours=1), since_days=7)
    assert report.total_unanswered == 7
    assert [(g.count, g.users) for g in report.unanswered] == [(4, 3), (2, 2), (1, 1)]
    top = report.unanswered[0]
    assert top.question == "Who is Rosa Delgado?" and "who is rosa delgado" in top.variants
    assert top.last_asked == NOW + dt.timedelta(minutes=3)
    assert "4x  Who is Rosa Delgado?" in report.text()
    assert "more group" not in report.text() and report.groups == 3
    # fresh tester 20: a list cut at --limit said nothing of the groups left out
    short = gap_log.report(NOW + dt.timedelta(hours=1), since_days=7, limit=1)
    assert len(short.unanswered) == 1 and short.groups == 3 and short.to_json()["groups"] == 3
    assert "…and 2 more group(s) of questions: --limit 3 shows them all" in short.text()


def test_grouping_keeps_different_questions_apart() -> None:
    rows = [(q, None, "slack", NOW) for q in ("who is alex karp", "who is peter thiel", "what is falcon")]
    assert [g.count for g in group_questions(rows)] == [1, 1, 1]

    # a word more changes the question; words of another script are words (fresh tester's two false groups)
    def counts(*questions: str) -> list[int]:
        return [g.count for g in group_questions([(q, None, "slack", NOW) for q in questions])]

    assert counts("how many employees does palantir have", "how much did palantir pay its employees") == [1, 1]
    assert counts("palantir 和 ICE 的合同值多少钱", "what did ice say about palantir") == [1, 1]
    assert counts("who is the cfo of palantir", "who is palantirs cfo?", "who is palantir's cfo") == [3]
    # fresh tester 34: the same words but for the one asked with ("what", "when"), near in spelling, are two questions
    assert counts("what is palantir foundry", "when was palantir founded") == [1, 1]
    assert counts("when was palantir founded", "whens palantir founded?", "When was Palantir founded") == [3]


def test_since_limits_the_report_and_purge_deletes_past_retention(store: Store) -> None:
    log = GapLog(store, salt="s", retention_days=90)
    log.record_unanswered(CONSOLE, _miss("an old question about contracts"), NOW - dt.timedelta(days=100))
    log.record_unanswered(CONSOLE, _miss("a recent question about contracts"), NOW - dt.timedelta(days=3))
    old = NOW - dt.timedelta(days=95)
    log.record_feedback(CONSOLE, question="old", fact_id="contract-38m-claim", helpful=False, now=old)
    log.record_feedback(CONSOLE, question="new", fact_id="contract-38m-claim", helpful=False, now=NOW)
    assert log.report(NOW, since_days=7).total_unanswered == 1
    assert log.report(NOW, since_days=365).total_unanswered == 2
    assert log.purge(NOW) == (1, 1)
    assert [r.question for r in _rows(store)] == ["a recent question about contracts"]
    assert log.purge(NOW) == (0, 0)


def test_feedback_is_once_per_user_and_answer_and_pressing_again_changes_it(
    brief: Brief, gap_log: GapLog, store: Store
) -> None:
    core = _core(brief, gap_log)
    question = "how much is the ICE contract?"
    alice = CONSOLE
    bob = CONSOLE.model_copy(update={"user": "bob-456"})
    core.feedback(alice, question=question, fact_id="contract-38m-claim", helpful=True)
    core.feedback(alice, question="How much is the ICE contract", fact_id="contract-38m-claim", helpful=False)
    core.feedback(bob, question=question, fact_id="contract-38m-claim", helpful=False)
    core.feedback(bob, question="what is FALCON?", fact_id="falcon", helpful=True)
    with store.session() as s:
        votes = sorted((r.fact_id, r.helpful) for r in s.scalars(select(AnswerFeedback)))
    assert votes == [("contract-38m-claim", False), ("contract-38m-claim", False), ("falcon", True)]
    report = gap_log.report(dt.datetime.now(dt.UTC) + dt.timedelta(minutes=1), since_days=1)
    [worst] = report.unhelpful
    assert (worst.fact_id, worst.not_helpful, worst.helpful) == ("contract-38m-claim", 2, 0)


def test_feedback_on_an_answer_without_a_fact_is_kept_by_question(gap_log: GapLog) -> None:
    gap_log.record_feedback(CONSOLE, question="who is rosa?", fact_id=None, helpful=False, now=NOW)
    gap_log.record_feedback(CONSOLE, question="Who is Rosa", fact_id=None, helpful=False, now=NOW)
    [item] = gap_log.report(NOW, since_days=1).unhelpful
    assert (item.fact_id, item.not_helpful) == (None, 1)
    assert item.to_json()["questions"] == ["who is rosa?"]  # the first wording is kept; the verdict is updated


def test_a_broken_log_never_costs_the_person_their_answer(brief: Brief, store: Store) -> None:
    log = GapLog(store, salt="s")
    store.dispose()
    with store.engine.begin() as conn:
        conn.execute(text("DROP TABLE unanswered_questions"))
    reply = reply_text(_core(brief, log), "who is the mayor of Lisbon?", CONSOLE, now=NOW)
    assert reply and "Sorry" not in reply


def test_simultaneous_presses_by_one_person_leave_one_verdict(store: Store) -> None:
    """Two copies of the bot handling the same person's double-click: the unique key holds, the loser updates."""
    import threading

    logs = [GapLog(store, salt="s") for _ in range(8)]
    barrier = threading.Barrier(len(logs))
    errors: list[BaseException] = []

    def press(log: GapLog, helpful: bool) -> None:
        barrier.wait()
        try:
            log.record_feedback(CONSOLE, question="how much?", fact_id="contract-38m-claim", helpful=helpful, now=NOW)
        except BaseException as exc:  # collected for the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=press, args=(log, i % 2 == 0)) for i, log in enumerate(logs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with store.session() as s:
        assert len(list(s.scalars(select(AnswerFeedback)))) == 1


def test_the_report_counts_people_only_when_the_platform_knows_who_asked(
    brief: Brief, gap_log: GapLog, store: Store
) -> None:
    anonymous = Context(platform="console", workspace="local", channel="cli")  # `ask` knows no user
    reply_text(_core(brief, gap_log), "who is the mayor of Lisbon?", anonymous, now=NOW)
    reply_text(_core(brief, gap_log), "who is the mayor of Porto?", CONSOLE, now=NOW)
    report = gap_log.report(NOW).text()
    assert "who is the mayor of Lisbon?  [console]" in report
    assert "who is the mayor of Porto?  [1 person; console]" in report
    assert "0 people" not in report
