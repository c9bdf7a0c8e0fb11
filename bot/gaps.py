"""What the bot could not answer, and which answers people found unhelpful: the curators' to-do list.

`GapLog` implements `bot.ports.QuestionLog` over the same database as subscriptions. It stores no user id in
clear: a user is an HMAC of (platform, workspace, user) under a salt from QUESTION_LOG_SALT, or, when that is not
set, a random salt generated once and kept in the database. Records older than the retention period are deleted by
`palantir-ice gaps --purge`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import logging
import queue
import re
import secrets
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import Boolean, Integer, String, UniqueConstraint, delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, mapped_column

from bot.gaps_record import QUESTION_CHARS, unanswered_row
from bot.models import Answer
from bot.ports import Context
from bot.store import Base, Store, UTCDateTime
from bot.text import STOPWORDS, clean

log = logging.getLogger(__name__)

DEFAULT_RETENTION_DAYS = 90
GROUP_SIMILARITY = 85
# the word a question asks with, which the normalized wording leaves out as filler: questions asking with different
# ones are never grouped ("what is the Lantern foundry" is not "when was Lantern founded", ~87 alike in words)
ASKING = {w: w.rstrip("s") for w in "what which who whom whose how why where when whats whos hows wheres whens".split()}
_ANY_WORD = re.compile(r"[^\W_]+")  # letters and digits of any script
_APOSTROPHE = re.compile(r"['’]s\b|['’]")  # "the keeper's" -> "the keeper", as bot.text.words reads it


class UnansweredQuestion(Base):
    """One question the bot had no sourced answer for."""

    __tablename__ = "unanswered_questions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(16))
    workspace: Mapped[str] = mapped_column(String(64))  # "" when the platform has none
    channel_kind: Mapped[str] = mapped_column(String(16))
    question: Mapped[str] = mapped_column(String(QUESTION_CHARS))
    outcome: Mapped[str] = mapped_column(String(16))
    user_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    asked_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)


class AnswerFeedback(Base):
    """One person's verdict on one answer; pressing again replaces it (the unique key is person + answer)."""

    __tablename__ = "answer_feedback"
    __table_args__ = (
        UniqueConstraint("platform", "workspace", "user_hash", "question_key", "fact_id", name="uq_feedback_once"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(16))
    workspace: Mapped[str] = mapped_column(String(64))
    user_hash: Mapped[str] = mapped_column(String(64))
    question_key: Mapped[str] = mapped_column(String(64))
    question: Mapped[str] = mapped_column(String(QUESTION_CHARS))
    fact_id: Mapped[str] = mapped_column(String(120))  # "" when the answer had no fact
    helpful: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)


class CurationMeta(Base):
    """Small settings the curation loop keeps for itself (the generated salt)."""

    __tablename__ = "curation_meta"

    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[str] = mapped_column(String(128))


def normalize(question: str) -> str:
    """How questions are compared: cleaned, lower-case words of any script without the filler ("what is the ..."):
    "灯塔 和 keeper 的…" is not "what did the keeper say about the lamp"."""
    found = _ANY_WORD.findall(_APOSTROPHE.sub("", clean(question).lower()))
    kept = [w for w in found if w not in STOPWORDS]
    return " ".join(kept) or " ".join(found)


def _question_key(question: str) -> str:
    return hashlib.sha256(normalize(question).encode()).hexdigest()[:32]


@dataclass
class GapGroup:
    """Near-duplicate unanswered questions, with the most common wording first."""

    question: str
    count: int
    users: int
    variants: list[str]
    platforms: list[str]
    last_asked: dt.datetime
    _norm: str = field(default="", repr=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "count": self.count,
            "users": self.users,
            "variants": self.variants,
            "platforms": self.platforms,
            "last_asked": self.last_asked.isoformat(),
        }


@dataclass
class Unhelpful:
    """One answer (its best fact, or the question when no fact) and how people judged it."""

    fact_id: str | None
    not_helpful: int
    helpful: int
    questions: list[str]

    def to_json(self) -> dict[str, Any]:
        return {
            "fact_id": self.fact_id,
            "not_helpful": self.not_helpful,
            "helpful": self.helpful,
            "questions": self.questions,
        }


@dataclass
class GapsReport:
    since_days: int
    unanswered: list[GapGroup]
    unhelpful: list[Unhelpful]
    total_unanswered: int
    groups: int = 0  # the groups of near-identical questions in all, of which `unanswered` holds the first `limit`

    def to_json(self) -> dict[str, Any]:
        return {
            "since_days": self.since_days,
            "total_unanswered": self.total_unanswered,
            "groups": max(self.groups, len(self.unanswered)),
            "unanswered": [g.to_json() for g in self.unanswered],
            "not_helpful": [u.to_json() for u in self.unhelpful],
        }

    def text(self) -> str:
        lines = [f"Unanswered questions in the last {self.since_days} days: {self.total_unanswered}"]
        if not self.unanswered:
            lines.append("  none")
        for g in self.unanswered:
            also = f" (also: {'; '.join(v for v in g.variants[1:3])})" if len(g.variants) > 1 else ""
            # the console and the CLI carry no user id: "0 people" would read as nobody having asked
            who = f"{g.users} {'person' if g.users == 1 else 'people'}; " if g.users else ""
            lines.append(f"  {g.count:>4}x  {g.question}{also}  [{who}{', '.join(g.platforms)}]")
        hidden = self.groups - len(self.unanswered)
        if hidden > 0:  # the header counts every question; say the list stops short, and how to see the rest
            lines.append(f"  …and {hidden} more group(s) of questions: --limit {self.groups} shows them all")
        lines.append("Answers most often marked not helpful:")
        if not self.unhelpful:
            lines.append("  none")
        for u in self.unhelpful:
            what = f"fact {u.fact_id}" if u.fact_id else "answer without a fact"
            lines.append(f"  {u.not_helpful:>4}x  {what} ({u.helpful} helpful); asked as: {'; '.join(u.questions[:3])}")
        return "\n".join(lines)


def group_questions(
    rows: list[tuple[str, str | None, str, dt.datetime]], limit: int | None = 20
) -> list[GapGroup]:
    """Group (question, user_hash, platform, asked_at) rows whose normalized wording is near-identical: the
    `limit` largest groups, or all of them when `limit` is None."""
    groups: list[tuple[str, list[tuple[str, str | None, str, dt.datetime]]]] = []
    # each group's first normalized wording, by its number of words, matched in rapidfuzz's C loop: a typo keeps
    # the count, a word more or less changes the question ("keepers lamp" is not "lamp paid keepers")
    reps: dict[tuple[str, int], list[tuple[str, int]]] = {}
    exact: dict[tuple[str, str], int] = {}
    for row in rows:
        norm = normalize(row[0])
        asking = next((ASKING[w] for w in _ANY_WORD.findall(clean(row[0]).lower()) if w in ASKING), "")
        at = exact.get((asking, norm))
        same_length = reps.setdefault((asking, len(norm.split())), [])
        if at is None:
            close = process.extractOne(
                norm, [r for r, _ in same_length], scorer=fuzz.token_sort_ratio, score_cutoff=GROUP_SIMILARITY
            )
            at = same_length[close[2]][1] if close is not None else None
        if at is None:
            groups.append((norm, []))
            at = len(groups) - 1
            same_length.append((norm, at))
        exact[asking, norm] = at
        groups[at][1].append(row)
    out = []
    for norm, members in groups:
        forms = Counter(clean(m[0]) for m in members)
        variants = [q for q, _ in forms.most_common()]
        out.append(
            GapGroup(
                question=variants[0],
                count=len(members),
                users=len({m[1] for m in members if m[1]}),
                variants=variants[:5],
                platforms=sorted({m[2] for m in members}),
                last_asked=max(m[3] for m in members),
                _norm=norm,
            )
        )
    out.sort(key=lambda g: (-g.count, -g.users, g.question))
    return out if limit is None else out[:limit]


class GapLog:
    """The QuestionLog port over SQLAlchemy: record misses and feedback, report and purge them."""

    def __init__(self, store: Store, *, salt: str | None = None, retention_days: int = DEFAULT_RETENTION_DAYS) -> None:
        self.store = store
        self.retention_days = retention_days
        self._salt = salt.encode() if salt else None

    # -- hashing --------------------------------------------------------------------------------------------

    def _salt_bytes(self) -> bytes:
        if self._salt is None:
            self._salt = self._stored_salt().encode()
        return self._salt

    def _stored_salt(self) -> str:
        with self.store.session() as s:
            row = s.get(CurationMeta, "user_salt")
            if row is not None:
                return row.value
        try:
            with self.store.session() as s:
                s.add(CurationMeta(key="user_salt", value=secrets.token_hex(32)))
        except IntegrityError:  # another process made it first: use theirs
            pass
        with self.store.session() as s:
            row = s.get(CurationMeta, "user_salt")
            assert row is not None
            return row.value

    def user_hash(self, ctx: Context) -> str | None:
        if ctx.user is None:
            return None
        message = f"{ctx.platform}\x00{ctx.workspace or ''}\x00{ctx.user}".encode()
        return hmac.new(self._salt_bytes(), message, hashlib.sha256).hexdigest()[:32]

    # -- the port -------------------------------------------------------------------------------------------

    def record_unanswered(self, ctx: Context, answer: Answer, now: dt.datetime) -> None:
        """Stores one miss. A follow-up is stored as it was read ("did they win?" after a question about the keeper's
        strike: "did the keeper's strike win"), not as typed: curators read gaps for the facts missing, and a stub
        names no subject, so two follow-ups about different things would be one gap (fresh tester 46). The reading
        keeps the follow-up's own words around the borrowed subject and is what the person saw answered."""
        row = unanswered_row(
            platform=ctx.platform,
            workspace=ctx.workspace,
            channel_kind=ctx.channel_kind,
            question=answer.read_as or answer.question,
            outcome=answer.outcome,
            asked_at=now,
        )
        if row is None:
            return
        row["user_hash"] = self.user_hash(ctx)  # before the session: a first hash may read or write the salt
        with self.store.session() as s:
            s.add(UnansweredQuestion(**row))

    def record_feedback(
        self, ctx: Context, *, question: str, fact_id: str | None, helpful: bool, now: dt.datetime
    ) -> None:
        """Once per person and answer: a second press updates the first (a race between two presses keeps one)."""
        key = dict(
            platform=ctx.platform,
            workspace=(ctx.workspace or "")[:64],
            user_hash=self.user_hash(ctx) or "anonymous",
            question_key=_question_key(question),
            fact_id=(fact_id or "")[:120],
        )
        for attempt in (1, 2):
            try:
                with self.store.session() as s:
                    existing = s.scalars(select(AnswerFeedback).filter_by(**key)).first()
                    if existing is not None:
                        existing.helpful = helpful
                        existing.updated_at = now
                    else:
                        s.add(
                            AnswerFeedback(
                                **key,
                                question=clean(question)[:QUESTION_CHARS],
                                helpful=helpful,
                                created_at=now,
                                updated_at=now,
                            )
                        )
                return
            except IntegrityError:
                if attempt == 2:
                    raise
                log.debug("feedback insert raced another press; updating instead")

    # -- curators -------------------------------------------------------------------------------------------

    def report(self, now: dt.datetime, *, since_days: int = 30, limit: int = 20) -> GapsReport:
        since = now - dt.timedelta(days=since_days)
        with self.store.session() as s:
            rows = [
                (r.question, r.user_hash, r.platform, r.asked_at)
                for r in s.scalars(
                    select(UnansweredQuestion)
                    .where(UnansweredQuestion.asked_at >= since)
                    .order_by(UnansweredQuestion.asked_at)
                )
            ]
            votes = s.execute(
                select(
                    AnswerFeedback.fact_id,
                    AnswerFeedback.helpful,
                    AnswerFeedback.question_key,
                    AnswerFeedback.question,
                    func.count(),
                )
                .where(AnswerFeedback.updated_at >= since)
                .group_by(
                    AnswerFeedback.fact_id, AnswerFeedback.helpful, AnswerFeedback.question_key, AnswerFeedback.question
                )
            ).all()
        tallies: dict[str, Unhelpful] = {}
        for fact_id, helpful, qkey, question, count in votes:
            key = fact_id or f"q:{qkey}"
            item = tallies.setdefault(key, Unhelpful(fact_id or None, 0, 0, []))
            if helpful:
                item.helpful += count
            else:
                item.not_helpful += count
            if question not in item.questions:
                item.questions.append(question)
        unhelpful = sorted(
            (u for u in tallies.values() if u.not_helpful),
            key=lambda u: (-u.not_helpful, u.helpful, u.fact_id or ""),
        )[:limit]
        groups = group_questions(rows, None)
        return GapsReport(
            since_days=since_days,
            unanswered=groups[:limit],
            unhelpful=unhelpful,
            total_unanswered=len(rows),
            groups=len(groups),
        )

    def purge(self, now: dt.datetime, *, older_than_days: int | None = None) -> tuple[int, int]:
        """Delete records older than the retention period; returns (questions, feedback) deleted."""
        cutoff = now - dt.timedelta(days=older_than_days if older_than_days is not None else self.retention_days)
        with self.store.session() as s:
            q = s.execute(delete(UnansweredQuestion).where(UnansweredQuestion.asked_at < cutoff))
            f = s.execute(delete(AnswerFeedback).where(AnswerFeedback.updated_at < cutoff))
            return int(getattr(q, "rowcount", 0) or 0), int(getattr(f, "rowcount", 0) or 0)


class OffPathQuestionLog:
    """The question log as answering sees it: recording never makes a person wait for the database.

    Each record is handed to one background thread and written there through `log` (give it a store opened with a
    short timeout, e.g. 2 s). A write that fails (locked or unreachable database, a full queue) is dropped, counted
    in `failed`, and logged once as a warning; later failures are only counted, so a database that stays down
    neither floods the log nor piles up retries. Implements `bot.ports.QuestionLog`.
    """

    def __init__(self, log: GapLog, *, max_pending: int = 1000) -> None:
        self.log = log
        self.failed = 0
        self.written = 0
        self._warned = False
        self._jobs: queue.Queue[Callable[[], None] | None] = queue.Queue(maxsize=max_pending)
        self._thread = threading.Thread(target=self._work, name="question-log", daemon=True)
        self._thread.start()

    def record_unanswered(self, ctx: Context, answer: Answer, now: dt.datetime) -> None:
        self._put(lambda: self.log.record_unanswered(ctx, answer, now))

    def record_feedback(
        self, ctx: Context, *, question: str, fact_id: str | None, helpful: bool, now: dt.datetime
    ) -> None:
        self._put(lambda: self.log.record_feedback(ctx, question=question, fact_id=fact_id, helpful=helpful, now=now))

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until every record handed in so far is written or given up; False if `timeout` passed first."""
        deadline = time.monotonic() + timeout
        while self._jobs.unfinished_tasks:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.01)
        return True

    def close(self, timeout: float = 5.0) -> None:
        """Write what is queued (within `timeout`), then stop the thread and close its connections."""
        self.flush(timeout)
        try:
            self._jobs.put_nowait(None)
        except queue.Full:
            return
        self._thread.join(timeout)
        self.log.store.dispose()
        if self.failed:
            log.warning("question log: %d record(s) could not be written and were dropped", self.failed)

    def _put(self, job: Callable[[], None]) -> None:
        try:
            self._jobs.put_nowait(job)
        except queue.Full:
            self._failed("the queue of records to write is full")

    def _work(self) -> None:
        while True:
            job = self._jobs.get()
            try:
                if job is None:
                    return
                job()
                self.written += 1
            except Exception as exc:
                # the driver's own words ("attempt to write a readonly database"), not SQLAlchemy's wrapping of them
                cause = getattr(exc, "orig", None) or exc
                self._failed(f"{type(cause).__name__}: {str(cause).splitlines()[0][:200] if str(cause) else ''}")
            finally:
                self._jobs.task_done()

    def _failed(self, reason: str) -> None:
        self.failed += 1
        if not self._warned:
            self._warned = True
            log.warning(
                "question log: could not record an unanswered question or feedback (%s); dropped, and later "
                "failures are only counted",
                reason,
            )
