"""On-this-date and timeline. The clock is always passed in: nothing here reads today's date."""

from __future__ import annotations

import datetime as dt

from bot import messages
from bot.brief import Brief
from bot.errors import CommandError
from bot.models import MONTHS, DatedItem, Fact, OnThisDate, Timeline, TimelineEntry, date_label

NEAREST_WINDOW = 7


def _anniversary(event: dt.date, year: int) -> dt.date:
    """The event's anniversary in `year`; a 29 February event is remembered on 28 February in common years."""
    try:
        return event.replace(year=year)
    except ValueError:
        return dt.date(year, 2, 28)


def _item(brief: Brief, fact: Fact, event: dt.date, asked: dt.date, days_away: int) -> DatedItem:
    anniversary = asked + dt.timedelta(days=days_away)
    years = anniversary.year - event.year
    ago = "this year" if years == 0 else f"{years} year{'s' if years != 1 else ''} ago"
    return DatedItem(
        fact_id=fact.id,
        event_date=event.isoformat(),
        date_label=date_label(fact.date),
        years_ago=years,
        days_away=days_away,
        text=f"{event.year} ({ago}): {fact.statement}",
        citations=brief.citations(fact)[:1],
    )


def _matches(event: dt.date, day: dt.date) -> bool:
    return _anniversary(event, day.year) == day and event <= day


def on_this_date(brief: Brief, day: dt.date) -> OnThisDate:
    """Facts whose day-precision date falls on `day`'s month and day in an earlier (or the same) year."""
    dated = [(f, f.event_date) for f in brief.facts.values() if f.event_date is not None]
    exact = [(f, d) for f, d in dated if d is not None and _matches(d, day)]
    label = f"{day.day} {MONTHS[day.month - 1]}"
    if exact:
        items = [_item(brief, f, d, day, 0) for f, d in sorted(exact, key=lambda p: (p[1], p[0].id))]
        text = "\n".join([f"On this date: {label}", *(f"• {i.text} ({_source(i)})" for i in items)])
        return OnThisDate(date=day, items=items, nearest=False, text=text)
    near: list[DatedItem] = []
    for offset in range(1, NEAREST_WINDOW + 1):
        for days_away in (-offset, offset):
            other = day + dt.timedelta(days=days_away)
            for f, d in dated:
                if d is not None and _matches(d, other):
                    near.append(_item(brief, f, d, day, days_away))
    if not near:
        return OnThisDate(date=day, items=[], nearest=False, text=messages.NOTHING_ON_THIS_DATE.format(day=label))
    lines = [messages.NEAREST_HEADER.format(day=label)]
    for i in near:
        when = f"{abs(i.days_away)} day{'s' if abs(i.days_away) != 1 else ''} {'ago' if i.days_away < 0 else 'ahead'}"
        lines.append(f"• {when}, {i.date_label}: {i.text} ({_source(i)})")
    return OnThisDate(date=day, items=near, nearest=True, text="\n".join(lines))


def _source(item: DatedItem | TimelineEntry) -> str:
    if not item.citations:
        return ""
    c = item.citations[0]
    return f"{c.source_name}, {c.published_label}" if c.published_label else c.source_name


def _sort_key(fact: Fact) -> tuple[int, int, int, str]:
    """Month-precision facts go after that month's dated days, year-precision after the year's months."""
    assert fact.date is not None
    parts = [int(p) for p in fact.date.split("-")]
    year = parts[0]
    month = parts[1] if len(parts) > 1 else 13
    day = parts[2] if len(parts) > 2 else 32
    return (year, month, day, fact.id)


def timeline(brief: Brief, *, year: int | None = None, month: int | None = None, topic: str | None = None) -> Timeline:
    """Dated facts in order; `month` (with `year`) keeps one month, its dated days and the month-precision facts."""
    if topic is not None and topic not in brief.meta.topics:
        raise CommandError(messages.UNKNOWN_TOPIC.format(topic=topic, topics=", ".join(brief.topics)))
    facts = [f for f in brief.facts.values() if f.date is not None]
    if year is not None:
        facts = [f for f in facts if f.date is not None and int(f.date[:4]) == year]
        if month is not None:
            facts = [f for f in facts if f.date is not None and f.date[5:7] == f"{month:02d}"]
    if topic is not None:
        facts = [f for f in facts if topic in f.topics]
    entries = [
        TimelineEntry(
            fact_id=f.id,
            date=f.date or "",
            date_label=date_label(f.date),
            precision=f.precision,
            text=f.statement,
            topics=f.topics,
            citations=brief.citations(f)[:1],
        )
        for f in sorted(facts, key=_sort_key)
    ]
    if not entries:
        return Timeline(year=year, month=month, topic=topic, entries=[], text=messages.EMPTY_TIMELINE)
    when = f" {MONTHS[month - 1]} {year}" if year and month else (f" {year}" if year else "")
    title = "Timeline" + when + (f" — {topic}" if topic else "")
    lines = [title] + [f"• {e.date_label}: {e.text} ({_source(e)}) [{e.fact_id}]" for e in entries]
    return Timeline(year=year, month=month, topic=topic, entries=entries, text="\n".join(lines))
