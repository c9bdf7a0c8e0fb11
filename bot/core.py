"""The core as adapters see it: one object that takes a parsed command and a context and returns a Reply.

The command models (bot/commands.py), the calendar and the pydantic reply models (bot/models.py) are imported when
a command first needs them: `palantir-ice ask` goes straight to `Core.ask`, whose Answer is a plain object
(bot/replies.py), and never imports pydantic.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from bot import messages
from bot.answer_key import SHOWN_CHARS, AnswerKey, fits
from bot.answering import Answerer
from bot.answering.followups import of_own_articles
from bot.answering.render import rendered
from bot.conversations import Conversations
from bot.errors import CommandError, StorageError
from bot.factbase import Brief
from bot.ratelimit import RateLimiter
from bot.replies import Answer

if TYPE_CHECKING:
    from bot.answering.followups import Subject
    from bot.commands import AnyCommand
    from bot.models import FactView, Notice, Reply, SourcesList
    from bot.ports import Context, QuestionLog, SubscriptionService
    from bot.records import SourceData

log = logging.getLogger(__name__)


def is_gap(answer: Answer) -> bool:
    """Whether `answer` belongs in the question log: a real question the brief could not answer.

    A message refused unread for its length is none: its first few hundred characters, all that is kept of it, tell
    the curators nothing the brief lacks (often one question pasted over and over), and it was never read."""
    return not answer.answered and answer.outcome not in ("empty", "small_talk", "too_long")


def _source_words(source: SourceData) -> set[str]:
    """The words a `sources` filter may name an article by: its outlet, name, headline, id and file name, and its
    date as written (years and months: "2019", "2019-09", "september")."""
    said = " ".join(
        part or ""
        for part in (source.outlet, source.name, source.headline, source.id, source.file, source.published_label)
    )
    words = set(re.findall(r"[^\W_]+", said.lower()))
    for day in (source.published, *(source.published_between or ())):
        if day:
            words |= {day[:4], day[:7], day}
    return words


def names_source(words: list[str], source: SourceData) -> bool:
    """Whether every one of `words` (`bot.commands.source_words`) names `source`: a word of it, or, for a word of
    letters, the start of one ("insider", "truth") or one with an ending more ("protests" for "protest")."""
    own = _source_words(source)

    def named(word: str) -> bool:
        if word in own:
            return True
        if not word.isalpha() or len(word) < 3:  # "201" is no year, "a" no outlet
            return False
        return any(w.startswith(word) or (len(w) >= 4 and word.startswith(w) and len(word) - len(w) <= 2) for w in own)

    return all(named(word) for word in words)


class Core:
    """Holds the brief and the index; everything an adapter asks goes through `handle`."""

    def __init__(
        self,
        brief: Brief,
        *,
        rate_limit: int = 20,
        subscriptions: SubscriptionService | None = None,
        question_log: QuestionLog | None = None,
        cache_dir: Path | None = None,
        follow_up_window: dt.timedelta = dt.timedelta(minutes=10),
    ) -> None:
        self.brief = brief
        self.answerer = Answerer(brief, cache_dir=cache_dir)
        self.limiter = RateLimiter(limit=rate_limit)
        # the subject of each conversation's last answered question: what a follow-up's "it" stands for
        self.conversations: Conversations[Subject | None] = Conversations(follow_up_window)
        self.subscriptions = subscriptions
        self.question_log = question_log

    @classmethod
    def from_path(cls, path: Path | str | None = None, **kwargs: object) -> Core:
        from bot.brief import load_brief

        return cls(load_brief(path), **kwargs)  # type: ignore[arg-type]

    # -- the verbs -------------------------------------------------------------------------------------------

    def help_text(self) -> str:
        """messages.HELP for this brief: its title, how many articles it rests on and the years they were
        published in ("5 news articles (2018-2019)"), an example question drawn from it, and a timeline example of
        its latest year and first topic."""
        sources = list(self.brief.sources.values())
        years = sorted({d[:4] for s in sources for d in (s.published, *(s.published_between or ())) if d})
        span = f" ({years[0]}-{years[-1]})" if len(years) > 1 else f" ({years[0]})" if years else ""
        articles = f"{len(sources)} news article{'s' if len(sources) != 1 else ''}{span}"
        return messages.HELP.format(
            title=self.brief.meta.title,
            articles=articles,
            example=self.answerer.example,
            year=years[-1] if years else "YYYY",
            topic=next(iter(self.brief.meta.topics), "TOPIC"),
        )

    def ask(self, question: str) -> Answer:
        """One question on its own, as `palantir-ice ask` asks it (no earlier question to lean on)."""
        return self.answerer.answer_in_turn(question, None)[0]

    def reshow(self, key: AnswerKey) -> Answer | None:
        """The answer a button's `key` was made from, shown again the same (bot/answer_key.py), or None when it
        comes out differently (the fact base changed since, or the key was edited): never another answer.

        The standalone question a follow-up was read as mostly answers the same alone; when it does not ("how much
        was the other contract", which only the conversation narrowed to the other one), it is answered with only
        the answer's own evidence allowed to answer, as the follow-up was. A key without a digest (a button from
        before keys) is its question asked again alone, as such buttons always were."""
        if not key.digest:
            return self.ask(key.question)
        tries: list[Callable[[], Answer]] = [lambda: self.ask(key.asked)]
        if key.facts:
            among = frozenset(key.facts)
            tries.append(lambda: self.answerer.answer_among(key.asked, among))
        for attempt in tries:
            answer = attempt()
            shown = fits(key, answer) if answer.answered else None
            if shown is not None:
                if not key.read_as:
                    # the question as shown back, cut as the answerer cuts it (the key may carry the whole typed one)
                    return replace(shown, question=key.question[:SHOWN_CHARS])
                # shown as it was: the words typed, and how they were read
                return rendered(shown, question=key.question[:300])
        return None

    def _ask_in_conversation(self, question: str, ctx: Context, now: dt.datetime) -> Answer:
        """The answer, read as a follow-up when the person asked something else in this channel just before."""
        key = (ctx.platform, ctx.workspace, ctx.channel, ctx.user)
        answer, subject = self.answerer.answer_in_turn(question, self.conversations.previous(key, now))
        listed = subject() if answer.outcome == "small_talk" else None
        if listed is not None and of_own_articles(listed):
            # the list of the articles I answer from, which "which one is the oldest" next is of; "it" still stands
            # for what it stood for before (`Subject.articles_listed`)
            earlier = self.conversations.previous(key, now)
            kept = earlier if earlier is not None else listed
            self.conversations.remember(key, replace(kept, articles_listed=True), now)
        elif answer.answered or answer.read_as:
            # (a follow-up read with the last subject keeps to it, answered or not: "who signed it" unanswered, then
            # "when was it delivered" is still of the letter; one read as of a new subject gives none when unanswered)
            self.conversations.remember(key, subject(), now)
        elif answer.outcome not in ("empty", "small_talk"):
            # "it" after a question I could not answer would stand for a guess, a follow-up's reading included: only
            # the question is kept, which an unresolved "it" next is said of (`Answerer.missed`)
            self.conversations.remember(key, self.answerer.missed(answer.question), now)
        return answer

    def today(self, day: dt.date) -> Reply:
        from bot import calendar

        return calendar.on_this_date(self.brief, day)

    def _remember_day(self, shown: Reply, ctx: Context, now: dt.datetime) -> None:
        """After `today` listed what happened on its day ("On this date: 13 May"), the conversation's subject is that
        day, with its year when every item is of one: "what happened on that day" next asks of it, as after "what
        happened on 13 May 1998" (read with the question before `today`, "that" stood for nothing, or for that
        question's date). A list of days near it, or none, leads with no one day: the subject is left as it was."""
        from bot.models import MONTHS, OnThisDate

        if not isinstance(shown, OnThisDate) or not shown.items or shown.nearest:
            return
        years = {item.event_date[:4] for item in shown.items}
        day = f"{shown.date.day} {MONTHS[shown.date.month - 1]}" + (f" {min(years)}" if len(years) == 1 else "")
        subject = self.answerer.answer_in_turn(f"what happened on {day}", None)[1]()
        if subject is not None:
            key = (ctx.platform, ctx.workspace, ctx.channel, ctx.user)
            self.conversations.remember(key, subject, now)

    def handle(self, command: AnyCommand, ctx: Context, *, now: dt.datetime | None = None) -> Reply:
        """Carry out one command. Known failures become a Notice; unexpected ones propagate to the adapter."""
        from bot.models import Notice

        now = now or dt.datetime.now(dt.UTC)
        try:
            return self._dispatch(command, ctx, now)
        except CommandError as exc:
            return Notice(kind="usage", text=exc.message)
        except StorageError as exc:  # the database failed: a known failure, told in one line to each side
            log.error("%s failed on the database: %s", command.name, exc.message)
            # "nothing was changed" is news after a subscribe; after a status, a read, it would only puzzle
            text = messages.DATABASE_UNREADABLE if command.name == "status" else messages.DATABASE_UNAVAILABLE
            return Notice(kind="error", text=text)

    def _dispatch(self, command: AnyCommand, ctx: Context, now: dt.datetime) -> Reply:
        from bot import calendar
        from bot.commands import (
            Ask,
            FactCmd,
            Help,
            Invalid,
            Sources,
            Status,
            Subscribe,
            TimelineCmd,
            Today,
            Unsubscribe,
        )
        from bot.models import Notice

        if isinstance(command, Help):
            return Notice(kind="help", text=self.help_text())
        if isinstance(command, Invalid):
            return Notice(kind="usage", text=command.message)
        if isinstance(command, Ask):
            wait = self.limiter.check(f"{ctx.platform}:{ctx.workspace}:{ctx.user}", time.monotonic())
            if ctx.user is not None and wait:
                return Notice(
                    kind="rate_limited", text=messages.RATE_LIMITED.format(limit=self.limiter.limit, wait=int(wait))
                )
            answer = self._ask_in_conversation(command.question, ctx, now)
            if self.question_log is not None and is_gap(answer):
                try:
                    self.question_log.record_unanswered(ctx, answer, now)
                except Exception:  # recording a gap must never cost the person their answer
                    log.exception("could not record an unanswered question")
            log.info(
                "ask platform=%s workspace=%s answered=%s outcome=%s chars=%d",  # the question's size, never its text
                ctx.platform,
                ctx.workspace,
                answer.answered,
                answer.outcome,
                len(command.question),
            )
            return answer
        if isinstance(command, Today):
            shown = self.today(command.date or now.date())
            self._remember_day(shown, ctx, now)
            return shown
        if isinstance(command, TimelineCmd):
            return calendar.timeline(self.brief, year=command.year, month=command.month, topic=command.topic)
        if isinstance(command, Sources):
            return self.sources(command.match)
        if isinstance(command, FactCmd):
            return self.fact(command.fact_id)
        if isinstance(command, (Subscribe, Unsubscribe, Status)):
            if self.subscriptions is None:
                return Notice(kind="info", text=messages.DIGESTS_DISABLED)
            if isinstance(command, Subscribe):
                return self.subscriptions.subscribe(
                    ctx, time=command.time, timezone=command.timezone, empty=command.empty, now=now, extra=command.extra
                )
            if isinstance(command, Unsubscribe):
                return self.subscriptions.unsubscribe(ctx)
            return self.subscriptions.status(ctx)
        raise AssertionError(f"unhandled command {command!r}")  # pragma: no cover - the union is exhaustive

    def feedback(self, ctx: Context, *, question: str, fact_id: str | None, helpful: bool) -> Notice:
        """A Helpful / Not helpful press on an answer; recorded once per user and answer (a new press replaces)."""
        from bot.models import Notice

        if self.question_log is not None:
            try:
                self.question_log.record_feedback(
                    ctx, question=question, fact_id=fact_id, helpful=helpful, now=dt.datetime.now(dt.UTC)
                )
            except Exception:
                log.exception("could not record feedback")
        return Notice(kind="info", text=messages.THANKS_FEEDBACK)

    def sources(self, match: str | None = None) -> SourcesList:
        """The brief's articles; with `match` ("gazette", "2018", "the courier"), those it names (`names_source`). When
        none is named, every article, with a line saying so (`found` False): the list to pick from."""
        from bot.commands import source_words
        from bot.models import SourcesList, SourceView

        views = []
        for src in self.brief.sources.values():
            views.append(
                SourceView(
                    id=src.id,
                    file=src.file,
                    name=src.name,
                    outlet=src.outlet,
                    headline=src.headline,
                    published=src.published,
                    published_label=src.published_label or "date unknown",
                    published_note=src.published_note,
                    fact_count=self.brief.count_citing(src.id),
                )
            )
        listed = list(zip(views, self.brief.sources.values(), strict=True))
        words = source_words(match or "")
        note = None
        found = True
        if words:
            chosen = [(v, src) for v, src in listed if names_source(words, src)]
            shown = (match or "").strip()[:80]
            if chosen:
                note = messages.SOURCES_MATCHING.format(match=shown, count=len(chosen), total=len(listed))
                listed = chosen
            else:
                note = messages.SOURCES_NONE_MATCH.format(match=shown, total=len(listed))
                found = False
        # a filter's matches under its own line; every article under the usual heading, after a miss's line too
        lines = [note] if note else []
        if note is None or not found:
            lines.append("Sources (the articles every answer rests on):")
        for v, src in listed:
            title = f" — {v.headline}" if v.headline else ""
            how = {"stated": "date stated in the file", "derived": "date worked out from the text"}.get(
                src.published_basis, "date unknown"
            )
            lines.append(f"• {v.name}, {v.published_label} ({how}){title} [{v.file}, {v.fact_count} facts]")
        return SourcesList(sources=[v for v, _ in listed], text="\n".join(lines), note=note, found=found)

    def fact(self, fact_id: str) -> FactView:
        from bot.models import FactView

        brief = self.brief
        # an id pasted with spaces around it, or typed in capitals ("HARBOUR-LEASE-1998"): ids are lower-case, no spaces
        fact_id = fact_id.strip()
        fact_id = fact_id if brief.fact(fact_id) is not None or fact_id in brief.entities else fact_id.lower()
        fact = brief.fact(fact_id)  # a merged fact's former id still resolves (old buttons and links)
        entity = brief.entities.get(fact_id) if fact is None else None
        if entity is not None:  # answers cite glossary entries by id too: `fact ID` opens them
            item = self.answerer.item(entity.id, "best")
            lines = [f"{entity.id} (glossary entry, {entity.kind})", f"{entity.name}: {entity.description}"]
            for c in brief.citations(entity):
                lines.append(f"“{c.quote}” ({c.label}; {c.source_file})")
            item = replace(item, citations=brief.citations(entity))
            return FactView(found=True, id=entity.id, item=item, text="\n".join(lines))
        if fact is None:
            from rapidfuzz import process
            from rapidfuzz.distance import Levenshtein

            # only ids a typo away: a few edits, a quarter of the id's length at most (never a random partial match)
            edits = max(2, len(fact_id) // 4)
            found = process.extract(
                fact_id, list(brief.facts), scorer=Levenshtein.distance, limit=3, score_cutoff=edits
            )
            close = [m[0] for m in found]
            if not close and len(fact_id) >= 6:  # an id cut short: the ids it begins
                close = sorted(i for i in brief.facts if i.startswith(fact_id.lower()))[:3]
            text = messages.UNKNOWN_FACT.format(fact_id=fact_id[:80])
            if close:
                text += " Did you mean: " + ", ".join(close) + "?"
            return FactView(found=False, id=fact_id[:80], suggestions=close, text=text)
        item = self.answerer.item(fact.id, "best")
        lines = [f"{fact.id} ({fact.kind}{', ' + item.date_label if item.date_label else ''})", fact.statement]
        for c in brief.citations(fact):
            lines.append(f"“{c.quote}” ({c.label}; {c.source_file})")
        if fact.date_note:
            lines.append(f"Date: {fact.date_note}")
        if brief.differs[fact.id]:
            lines.append("Sources differ, see: " + ", ".join(brief.differs[fact.id]))
        if brief.related[fact.id]:
            lines.append("Related: " + ", ".join(brief.related[fact.id]))
        return FactView(
            found=True,
            id=fact.id,
            item=replace(item, citations=brief.citations(fact)),
            related=brief.related[fact.id],
            differs=brief.differs[fact.id],
            text="\n".join(lines),
        )
