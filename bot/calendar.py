"""On-this-date and timeline. The clock is always passed in: nothing here reads today's date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot import messages
from bot.errors import CommandError
from bot.factbase import Brief, alias_key
from bot.models import MONTHS, DatedItem, OnThisDate, Timeline, TimelineEntry, date_label
from bot.records import NOT_EVENTS, FactData

NEAREST_WINDOW = 7
# later days `today` points to when an earlier date has none: the nearest few, a line's worth
LATER_DAYS = 3
# What a digest or `today` shows before "and N more": it must fit one screen (a phone, a Slack message unfolded).
SCREEN_ITEMS = 5
SCREEN_CHARS = 1500
MORE_LINE = 60  # room kept for the "and N more" line
# Facts that tell who someone is (a person's role, what a group does) and so mostly carry no date: a timeline of one
# topic lists those of its own after its dated facts, or the topic of who the people are lists only the few whose
# article happened to date them (`timeline people` left out most of the brief's people)
WHO_KINDS = frozenset({"person", "organization"})
# The most telling anniversaries first: what happened, then what it cost and who, then what people said about it.
KIND_ORDER = {"event": 0, "contract": 1, "program": 2, "document": 3, "figure": 4, "organization": 5, "person": 6}


def _anniversary(event: dt.date, year: int) -> dt.date:
    """The event's anniversary in `year`; a 29 February event is remembered on 28 February in common years."""
    try:
        return event.replace(year=year)
    except ValueError:
        return dt.date(year, 2, 28)


def _shifted(day: dt.date, days: int) -> dt.date | None:
    """`day` moved by `days`, or None past the calendar's ends (1 January of year 1, 31 December 9999): a date
    asked about near either end still gets its own day's facts instead of an OverflowError."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None


def _ago(years: int) -> str:
    return f"{years} year{'s' if years != 1 else ''} ago"


def _item(brief: Brief, fact: FactData, event: dt.date, asked: dt.date, days_away: int) -> DatedItem:
    anniversary = asked + dt.timedelta(days=days_away)
    years = anniversary.year - event.year
    # The same year as the date asked about is labelled by the year alone: "this year" would read as the current
    # year, which it is only when the date asked about is today.
    if days_away:
        # "7 years ago, 2 days earlier: ..." (renderers put the event's date in front)
        shift = f"{abs(days_away)} day{'s' if abs(days_away) != 1 else ''} {'earlier' if days_away < 0 else 'later'}"
        text = f"{_ago(years)}, {shift}: {fact.statement}" if years else f"{shift}: {fact.statement}"
    else:
        text = f"{event.year} ({_ago(years)}): {fact.statement}" if years else f"{event.year}: {fact.statement}"
    return DatedItem(
        fact_id=fact.id,
        event_date=event.isoformat(),
        date_label=date_label(fact.date),
        years_ago=years,
        days_away=days_away,
        text=text,
        citations=brief.citations(fact)[:1],
    )


def _matches(event: dt.date, day: dt.date) -> bool:
    return _anniversary(event, day.year) == day and event <= day


def _near(event: dt.date, days: list[dt.date]) -> bool:
    """Whether an event matches any of the days (the date index's test: only those facts are read)."""
    return any(_matches(event, day) for day in days)


def _rank(brief: Brief, item: DatedItem) -> tuple[int, int, int, str]:
    kind = KIND_ORDER.get(brief.facts[item.fact_id].kind, len(KIND_ORDER))
    return (abs(item.days_away), kind, -item.years_ago, item.fact_id)


def _screen(header: str, items: list[DatedItem], line: Callable[[DatedItem], str]) -> tuple[str, int, list[str]]:
    """The header and as many items as fit one screen, then "and N more: `timeline 2019-09`"."""
    lines = [header]
    size = len(header)
    shown = 0
    for item in items:
        text = line(item)
        if shown and (shown >= SCREEN_ITEMS or size + len(text) + 1 > SCREEN_CHARS - MORE_LINE):
            break
        lines.append(text)
        size += len(text) + 1
        shown += 1
    rest = items[shown:]
    more = sorted({f"timeline {i.event_date[:7]}" for i in rest})
    if rest:
        lines.append(messages.AND_MORE.format(count=len(rest), commands=", ".join(f"`{m}`" for m in more)))
    return "\n".join(lines), shown, more


def on_this_date(brief: Brief, day: dt.date) -> OnThisDate:
    """Facts whose day-precision date falls on `day`'s month and day in an earlier (or the same) year."""
    shifted = (_shifted(day, days_away) for days_away in range(-NEAREST_WINDOW, NEAREST_WINDOW + 1))
    window = [other for other in shifted if other is not None]
    facts = brief.facts_dated(lambda date: len(date) == 10 and _near(dt.date.fromisoformat(date), window))
    dated = [(f, f.event_date) for f in facts if f.event_date is not None and f.kind not in NOT_EVENTS]
    exact = [(f, d) for f, d in dated if d is not None and _matches(d, day)]
    label = f"{day.day} {MONTHS[day.month - 1]}"
    if exact:
        items = sorted((_item(brief, f, d, day, 0) for f, d in exact), key=lambda i: _rank(brief, i))
        text, shown, more = _screen(f"On this date: {label}", items, lambda i: f"• {i.text} ({_source(i)})")
        return OnThisDate(date=day, items=items, nearest=False, text=text, shown=shown, more=more)
    near: list[DatedItem] = []
    for offset in range(1, NEAREST_WINDOW + 1):
        for days_away in (-offset, offset):
            other = _shifted(day, days_away)
            if other is None:
                continue
            for f, d in dated:
                if d is not None and _matches(d, other):
                    near.append(_item(brief, f, d, day, days_away))
    if not near:
        later = _later_days(brief, day, window)
        if not later:
            return OnThisDate(date=day, items=[], nearest=False, text=messages.NOTHING_ON_THIS_DATE.format(day=label))
        # the anniversaries above are of earlier years only: "nothing on 31 July" would deny a later 31 July
        nearby = any((d.month, d.day) != (day.month, day.day) for d in later)
        commands = [f"today {d.isoformat()}" for d in later]
        text = messages.NOTHING_BY_THIS_DATE.format(day=label, year=day.year) + messages.LATER_ON_THIS_DATE.format(
            on="on or near" if nearby else "on", commands=", ".join(f"`{c}`" for c in commands)
        )
        return OnThisDate(date=day, items=[], nearest=False, text=text, more=commands)
    near.sort(key=lambda i: _rank(brief, i))
    text, shown, more = _screen(
        messages.NEAREST_HEADER.format(day=label), near, lambda i: f"• {i.date_label}, {i.text} ({_source(i)})"
    )
    return OnThisDate(date=day, items=near, nearest=True, text=text, shown=shown, more=more)


def _later_days(brief: Brief, day: dt.date, window: list[dt.date]) -> list[dt.date]:
    """The days of years after `day`'s that have events on its month and day or within a week of it, the nearest
    first, at most LATER_DAYS: where `today` finds what `on_this_date` (anniversaries, so earlier years only) leaves
    out. Read from the date index without building the facts, then each day checked for an event (`NOT_EVENTS`)."""
    candidates: dict[dt.date, int] = {}

    def note(date: str) -> bool:  # collects, and keeps no fact: only the days chosen are read
        if len(date) == 10 and int(date[:4]) > day.year:
            event = dt.date.fromisoformat(date)
            away = [(other - day).days for other in window if _anniversary(event, other.year) == other]
            if away:
                candidates[event] = min(away, key=abs)
        return False

    brief.facts_dated(note)
    days: list[dt.date] = []
    for event in sorted(candidates, key=lambda e: (abs(candidates[e]), e)):
        told = brief.facts_dated(event.isoformat().__eq__)
        if any(f.kind not in NOT_EVENTS and f.event_date is not None for f in told):
            days.append(event)
            if len(days) == LATER_DAYS:
                break
    return days


def _source(item: DatedItem | TimelineEntry) -> str:
    if not item.citations:
        return ""
    return item.citations[0].label


def _undated_who(brief: Brief, topic: str) -> list[FactData]:
    """The undated facts of `topic` that tell who someone is (`WHO_KINDS`), in brief order: a whole topic's
    timeline lists them after its dated facts."""
    return brief.facts_undated(WHO_KINDS, topic)


def _named_entity(brief: Brief, word: str) -> str | None:
    """The glossary entry `word` names (its name or an alias, as `alias_key` matches them), or None: a timeline's
    word that is no topic of the brief may name one (fresh tester 88: `timeline falcon` was an unknown topic)."""
    return brief.aliases.get(alias_key(word))


def _sort_key(fact: FactData) -> tuple[int, int, int, str]:
    """Month-precision facts go after that month's dated days, year-precision after the year's months."""
    assert fact.date is not None
    parts = [int(p) for p in fact.date.split("-")]
    year = parts[0]
    month = parts[1] if len(parts) > 1 else 13
    day = parts[2] if len(parts) > 2 else 32
    return (year, month, day, fact.id)


def timeline(brief: Brief, *, year: int | None = None, month: int | None = None, topic: str | None = None) -> Timeline:
    """Dated facts in order; `month` (with `year`) keeps one month, its dated days and the month-precision facts."""
    named = _named_entity(brief, topic) if topic is not None and topic not in brief.meta.topics else None
    if topic is not None and topic not in brief.meta.topics and named is None:
        raise CommandError(messages.UNKNOWN_TOPIC.format(topic=topic, topics=", ".join(brief.topics)))

    def in_period(date: str) -> bool:  # the date index's test: only the facts of the period asked for are read
        return year is None or (int(date[:4]) == year and (month is None or date[5:7] == f"{month:02d}"))

    facts = [f for f in brief.facts_dated(in_period) if f.kind not in NOT_EVENTS]
    if year is not None:
        facts = [f for f in facts if f.date is not None and int(f.date[:4]) == year]
        if month is not None:
            facts = [f for f in facts if f.date is not None and f.date[5:7] == f"{month:02d}"]
    if named is not None:  # "timeline <glossary name>": the dated facts naming the glossary entry, whatever their topic
        facts = [f for f in facts if named in f.entities]
        topic = brief.entities[named].name
    elif topic is not None:
        facts = [f for f in facts if topic in f.topics]
    undated = _undated_who(brief, topic) if topic is not None and year is None and named is None else []
    entries = [
        TimelineEntry(
            fact_id=f.id,
            date=f.date or "",
            date_label=date_label(f.date) or messages.UNDATED_LABEL,
            precision=f.precision,
            text=f.statement,
            topics=f.topics,
            citations=brief.citations(f)[:1],
        )
        for f in [*sorted(facts, key=_sort_key), *undated]
    ]
    if not entries:
        return Timeline(year=year, month=month, topic=topic, entries=[], text=messages.EMPTY_TIMELINE)
    when = f" {MONTHS[month - 1]} {year}" if year and month else (f" {year}" if year else "")
    title = "Timeline" + when + (f" — {topic}" if topic else "")
    if named is not None:  # no topic of the brief: said, so the list is not read as a topic's
        title += " " + messages.TIMELINE_NAMING
    lines = [title] + [f"• {e.date_label}: {e.text} ({_source(e)}) [{e.fact_id}]" for e in entries]
    return Timeline(year=year, month=month, topic=topic, entries=entries, text="\n".join(lines))
