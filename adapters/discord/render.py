"""The core's reply models drawn as Discord embeds: pure functions, no network, no client.

Discord refuses a whole message when one limit is exceeded, so every string is clipped here and every message is
fitted to the totals (4,096 description, 1,024 field value, 25 fields, 6,000 characters, 10 embeds).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import discord

from adapters.discord import escape
from bot import messages
from bot.models import (
    MONTHS,
    Answer,
    Citation,
    DatedItem,
    FactView,
    Notice,
    OnThisDate,
    Reply,
    SourcesList,
    Timeline,
    TimelineEntry,
)

TITLE = 256
DESCRIPTION = 4096
FIELD_NAME = 256
FIELD_VALUE = 1024
FIELDS = 25
FOOTER = 2048
TOTAL = 6000
EMBEDS = 10
CONTENT = 2000
PAGE_ENTRIES = 8

COLOUR_ANSWER = discord.Colour(0x2B6CB0)
COLOUR_MISS = discord.Colour(0x718096)
COLOUR_DATE = discord.Colour(0xB7791F)
ELLIPSIS = "…"


@dataclass(frozen=True)
class Rendered:
    """What one reply becomes: text and embeds for the first message, and every page when it paginates."""

    content: str | None = None
    embeds: list[discord.Embed] = field(default_factory=list)
    pages: list[discord.Embed] = field(default_factory=list)

    @property
    def paginated(self) -> bool:
        return len(self.pages) > 1


def clip(text: str, limit: int) -> str:
    """Cut `text` to `limit` characters, marking the cut with an ellipsis."""
    text = text.strip()
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + ELLIPSIS


def _name(citation: Citation) -> str:
    who = citation.outlet or citation.source_name
    return f"{who}, {citation.published_label}" if citation.published_label else who


def _quote(citation: Citation) -> str:
    return f"“{citation.quote}”"


def _add_field(embed: discord.Embed, name: str, value: str) -> bool:
    """Add a field if it fits in the embed's field count and 6,000-character total; say whether it did."""
    name = clip(name, FIELD_NAME) or "\u200b"
    value = clip(value, FIELD_VALUE) or "\u200b"
    if len(embed.fields) >= FIELDS or len(embed) + len(name) + len(value) > TOTAL:
        return False
    embed.add_field(name=name, value=value, inline=False)
    return True


def _footer(embed: discord.Embed, text: str) -> None:
    if text and len(embed) + min(len(text), FOOTER) <= TOTAL:
        embed.set_footer(text=clip(text, FOOTER))


def fit(embeds: list[discord.Embed]) -> list[discord.Embed]:
    """Keep at most 10 embeds whose characters add up to 6,000 at most, dropping trailing fields then embeds."""
    out: list[discord.Embed] = []
    used = 0
    for embed in embeds[:EMBEDS]:
        while len(embed) + used > TOTAL and embed.fields:
            embed.remove_field(len(embed.fields) - 1)
        if len(embed) + used > TOTAL:
            break
        used += len(embed)
        out.append(embed)
    return out


def render_answer(answer: Answer) -> list[discord.Embed]:
    """The answer as description, one field per citation (outlet and date, then the quote), the fact ids below."""
    if not answer.answered or not answer.items:
        embed = discord.Embed(
            title=clip(answer.question, TITLE) or None, description=clip(answer.text, DESCRIPTION), colour=COLOUR_MISS
        )
        return fit([embed])
    evidence = answer.evidence or answer.items[:1]
    description = answer.lead or evidence[0].statement
    if answer.read_as:
        description += f"\n*{messages.READ_AS.format(reading=answer.read_as)}*"  # read_as is escaped already
    if answer.note:
        description += f"\n*{answer.note}*"
    embed = discord.Embed(
        title=clip(answer.question, TITLE) or None,
        description=clip(description, DESCRIPTION),
        colour=COLOUR_ANSWER,
    )
    listed = answer.kind in ("list", "comparison") and len(evidence) > 1
    for item in evidence:
        for citation in item.citations[:1] if listed else item.citations:
            if listed:
                when = f"{item.date_label} · " if item.date_label else ""
                _add_field(embed, f"{when}{_name(citation)}", f"{item.statement}\n{_quote(citation)} ({item.id})")
            else:
                _add_field(embed, _name(citation), _quote(citation))
    for item in answer.differing:
        for citation in item.citations[:1]:
            _add_field(embed, f"Sources differ · {_name(citation)}", f"{item.title}\n{_quote(citation)} ({item.id})")
    if answer.related_items:
        _add_field(embed, "See also", "\n".join(f"{i.title} ({i.id})" for i in answer.related_items))
    others = [i.id for i in answer.items if i.role != "best"]
    more = f" · and {answer.more} more" if answer.more else ""
    footer = f"fact {evidence[0].id}" + (f" · see also {', '.join(others)}" if others else "") + more
    _footer(embed, footer)
    return fit([embed])


def _dated_field(item: DatedItem) -> tuple[str, str]:
    if item.days_away:
        away = abs(item.days_away)
        when = f"{away} day{'s' if away != 1 else ''} {'ago' if item.days_away < 0 else 'ahead'}"
        name = f"{item.date_label} ({when})"
    else:
        name = item.date_label
    lines = [item.text]
    lines += [f"{_quote(c)} ({_name(c)})" for c in item.citations]
    lines.append(f"fact {item.fact_id}")
    return name, "\n".join(lines)


def render_digest(digest: OnThisDate) -> list[discord.Embed]:
    """An on-this-date reply or scheduled digest: one field per anniversary, more embeds past 25, within 6,000."""
    if not digest.items:
        return [discord.Embed(title=clip(digest.heading, TITLE), description=clip(digest.text, DESCRIPTION))]
    description = digest.text.splitlines()[0] if digest.nearest else None
    embeds = [discord.Embed(title=clip(digest.heading, TITLE), description=description, colour=COLOUR_DATE)]
    shown = 0
    total = 0
    for item in digest.items[: digest.shown or len(digest.items)]:  # one screen, as the core chose
        name, value = _dated_field(item)
        cost = len(clip(name, FIELD_NAME)) + len(clip(value, FIELD_VALUE))
        if total + sum(len(e) for e in embeds) + cost > TOTAL - 200:
            break
        if len(embeds[-1].fields) >= FIELDS:
            if len(embeds) >= EMBEDS:
                break
            embeds.append(discord.Embed(colour=COLOUR_DATE))
        _add_field(embeds[-1], name, value)
        shown += 1
    left = len(digest.items) - shown
    if left:
        commands = digest.more or [f"today {digest.date.isoformat()}"]
        _footer(embeds[-1], messages.AND_MORE.format(count=left, commands=", ".join(map(slash_command, commands))))
    return fit(embeds)


def slash_command(command: str) -> str:
    """A command of the shared grammar as Discord's slash command with its options: "timeline 2019-09" is
    "/palantir-ice timeline year:2019 month:9" (a footer shows no markdown, so plain)."""
    name, _, rest = command.partition(" ")
    if name == "timeline" and (when := re.fullmatch(r"(\d{4})(?:-(\d{2}))?", rest)):
        return f"/palantir-ice timeline year:{when[1]}" + (f" month:{int(when[2])}" if when[2] else "")
    if name == "today" and rest:
        return f"/palantir-ice today date:{rest}"
    return f"/palantir-ice {command}"


def _timeline_field(entry: TimelineEntry) -> tuple[str, str]:
    lines = [entry.text]
    lines += [f"{_quote(c)} ({_name(c)})" for c in entry.citations]
    return f"{entry.date_label} · {entry.fact_id}", "\n".join(lines)


def render_timeline_pages(timeline: Timeline, *, per_page: int = PAGE_ENTRIES) -> list[discord.Embed]:
    """One embed per page of at most `per_page` entries, each page within Discord's limits; page n of m below."""
    title = "Timeline" + (f" {MONTHS[timeline.month - 1]}" if timeline.year and timeline.month else "")
    title += f" {timeline.year}" if timeline.year else ""
    title += f" — {timeline.topic}" if timeline.topic else ""
    if not timeline.entries:
        return [discord.Embed(title=clip(title, TITLE), description=clip(timeline.text, DESCRIPTION))]
    pages: list[discord.Embed] = []
    page = discord.Embed(title=clip(title, TITLE), colour=COLOUR_DATE)
    for entry in timeline.entries:
        name, value = _timeline_field(entry)
        if len(page.fields) >= per_page or not _add_field(page, name, value):
            pages.append(page)
            page = discord.Embed(title=clip(title, TITLE), colour=COLOUR_DATE)
            _add_field(page, name, value)
    pages.append(page)
    count = len(timeline.entries)
    for number, embed in enumerate(pages, start=1):
        _footer(embed, f"Page {number} of {len(pages)} · {count} dated fact{'s' if count != 1 else ''}")
    return pages


def render_sources(sources: SourcesList, *, cited: bool = False) -> list[discord.Embed]:
    """The articles: all of them (`sources`), or, `cited`, those one answer cites (its Sources button: fresh tester
    67 U2, it said "every answer rests on" over an answer's two)."""
    # `sources gazette`: the line saying which articles the words named, or that they named none
    description = messages.SOURCES_CITED if cited else sources.note or messages.SOURCES_ALL
    embed = discord.Embed(title="Sources", description=description, colour=COLOUR_ANSWER)
    for view in sources.sources:
        lines = [view.headline] if view.headline else []
        lines.append(f"`{view.file}` · {view.fact_count} facts")
        if view.published_note:
            lines.append(view.published_note)
        _add_field(embed, f"{view.name}, {view.published_label}", "\n".join(lines))
    return fit([embed])


def render_fact(view: FactView) -> list[discord.Embed]:
    if not view.found or view.item is None:
        return [discord.Embed(description=clip(view.text, DESCRIPTION), colour=COLOUR_MISS)]
    item = view.item
    title = item.id + (f" ({item.date_label})" if item.date_label else "")
    embed = discord.Embed(title=clip(title, TITLE), description=clip(item.statement, DESCRIPTION), colour=COLOUR_ANSWER)
    for citation in item.citations:
        _add_field(embed, _name(citation), f"{_quote(citation)}\n`{citation.source_file}`")
    if view.differs:
        _add_field(embed, "Sources differ", ", ".join(view.differs))
    if view.related:
        _add_field(embed, "Related", ", ".join(view.related))
    _footer(embed, f"fact {item.id}")
    return fit([embed])


def render_notice(notice: Notice) -> Rendered:
    """Help goes in an embed with the Discord ways in; other notices are one line of text."""
    if notice.kind == "help":
        embed = discord.Embed(
            title="palantir-ice",
            description=clip(f"{messages.DISCORD_HELP}\n```\n{notice.text}\n```", DESCRIPTION),
            colour=COLOUR_ANSWER,
        )
        return Rendered(embeds=[embed])
    return Rendered(content=clip(notice.text, CONTENT))


def render(reply: Reply) -> Rendered:
    """Any reply from the core, drawn for Discord; whatever a person typed is escaped first (escape.py)."""
    reply = escape.reply(reply)
    if isinstance(reply, Answer):
        return Rendered(embeds=render_answer(reply))
    if isinstance(reply, OnThisDate):
        return Rendered(embeds=render_digest(reply))
    if isinstance(reply, Timeline):
        pages = render_timeline_pages(reply)
        return Rendered(embeds=pages[:1], pages=pages)
    if isinstance(reply, SourcesList):
        return Rendered(embeds=render_sources(reply))
    if isinstance(reply, FactView):
        return Rendered(embeds=render_fact(reply))
    return render_notice(reply)
