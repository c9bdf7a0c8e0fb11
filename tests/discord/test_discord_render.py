"""render.py is pure: reply models in, discord.Embed out, always within Discord's limits."""

from __future__ import annotations

import datetime as dt

import discord
from hypothesis import given, settings
from hypothesis import strategies as st

from adapters.discord import render
from bot.calendar import on_this_date, timeline
from bot.core import Core
from bot.models import Answer, Citation, DatedItem, Item, OnThisDate, Timeline, TimelineEntry


def _citation(quote: str, n: int = 0) -> Citation:
    return Citation(
        fact_id=f"f{n}",
        source_id="vice",
        source_file="vice.txt",
        outlet="VICE News",
        source_name="VICE News",
        published="2019-09-13",
        published_label="13 September 2019",
        quote=quote,
    )


def _within_limits(embeds: list[discord.Embed]) -> None:
    assert len(embeds) <= 10
    assert sum(len(e) for e in embeds) <= 6000
    for embed in embeds:
        data = embed.to_dict()
        assert len(data.get("title", "")) <= 256
        assert len(data.get("description", "")) <= 4096
        assert len(data.get("fields", [])) <= 25
        for f in data.get("fields", []):
            assert 0 < len(f["name"]) <= 256
            assert 0 < len(f["value"]) <= 1024
        assert len(data.get("footer", {}).get("text", "")) <= 2048


def test_answer_embed_has_the_lead_one_field_per_citation_and_the_fact_id(core: Core) -> None:
    answer = core.ask("what is FALCON?")
    (embed,) = render.render_answer(answer)
    best = next(i for i in answer.items if i.role == "best")
    assert embed.description == answer.lead
    shown = sum(len(i.citations) for i in answer.evidence) + len(answer.differing) + bool(answer.related_items)
    assert len(embed.fields) == shown
    assert embed.fields[0].value == f"“{best.citations[0].quote}”"
    assert embed.footer.text is not None and embed.footer.text.startswith(f"fact {best.id}")


def test_a_huge_answer_is_clipped_to_discords_limits() -> None:
    items = [
        Item(
            id=f"fact-{n}",
            kind="fact",
            statement="s" * 5000,
            role="best" if n == 0 else "related",
            citations=[_citation("q" * 2000, n) for _ in range(4)],
        )
        for n in range(12)
    ]
    answer = Answer(question="?" * 400, answered=True, outcome="answered", text="t", items=items)
    embeds = render.render_answer(answer)
    _within_limits(embeds)
    assert embeds[0].description is not None and embeds[0].description.endswith("…")


def test_a_digest_with_too_many_items_stays_within_limits_and_says_how_many_were_left_out() -> None:
    items = [
        DatedItem(
            fact_id=f"fact-{n}",
            event_date="2019-09-13",
            date_label="13 September 2019",
            years_ago=7,
            text="x" * 600,
            citations=[_citation("quote " * 30)],
        )
        for n in range(80)
    ]
    digest = OnThisDate(date=dt.date(2026, 9, 13), items=items, text="On this date")
    embeds = render.render_digest(digest)
    _within_limits(embeds)
    assert (embeds[-1].footer.text or "").endswith("more: /palantir-ice today date:2026-09-13")


def test_digest_from_the_brief_shows_one_screen_then_the_timeline_command_for_the_rest(core: Core) -> None:
    """As the console: the anniversaries the core put on one screen, then "…and N more" naming the slash command
    (with its options: a footer shows no markdown) that lists the rest."""
    digest = on_this_date(core.brief, dt.date(2026, 9, 13))
    assert 0 < digest.shown < len(digest.items) and digest.more == ["timeline 2019-09"]  # the premise
    (embed,) = render.render_digest(digest)
    assert embed.title == "On this date: 13 September"
    assert len(embed.fields) == digest.shown
    left = len(digest.items) - digest.shown
    assert embed.footer.text == f"…and {left} more: /palantir-ice timeline year:2019 month:9"


def test_an_empty_digest_says_nothing_happened(core: Core) -> None:
    digest = OnThisDate(date=dt.date(2026, 1, 1), items=[], text="Nothing in my fact base happened on 1 January.")
    (embed,) = render.render_digest(digest)
    assert embed.description == digest.text


def test_timeline_pages_cover_every_entry_once_in_order(core: Core) -> None:
    full = timeline(core.brief)
    pages = render.render_timeline_pages(full)
    names = [f.name for page in pages for f in page.fields]
    assert names == [f"{e.date_label} · {e.fact_id}" for e in full.entries]
    assert all(len(p.fields) <= render.PAGE_ENTRIES for p in pages)
    assert pages[-1].footer.text == f"Page {len(pages)} of {len(pages)} · {len(full.entries)} dated facts"
    for page in pages:
        _within_limits([page])


def test_a_timeline_of_huge_entries_still_puts_each_entry_on_a_page() -> None:
    entries = [
        TimelineEntry(
            fact_id=f"f{n}", date="2019", date_label="2019", precision="year", text="y" * 3000, topics=[], citations=[]
        )
        for n in range(12)
    ]
    pages = render.render_timeline_pages(Timeline(entries=entries, text="t"))
    assert sum(len(p.fields) for p in pages) == 12
    for page in pages:
        _within_limits([page])


@settings(max_examples=60, deadline=None)
@given(
    question=st.text(max_size=3000),
    statement=st.text(min_size=1, max_size=6000),
    quotes=st.lists(st.text(min_size=3, max_size=3000), min_size=1, max_size=40),
)
def test_any_answer_renders_within_limits(question: str, statement: str, quotes: list[str]) -> None:
    item = Item(id="f", kind="fact", statement=statement, citations=[_citation(q, n) for n, q in enumerate(quotes)])
    answer = Answer(question=question, answered=True, outcome="answered", text=statement, items=[item])
    _within_limits(render.render_answer(answer))


def test_notices_are_plain_text_clipped_to_2000() -> None:
    from bot.models import Notice

    rendered = render.render(Notice(kind="usage", text="z" * 5000))
    assert rendered.embeds == []
    assert rendered.content is not None and len(rendered.content) == 2000


def test_a_two_line_messages_second_answer_is_shown_with_its_source(dcore: Core) -> None:
    # tester 72 U3: the next line's answer carried no source line on any platform
    answer = dcore.ask("how much was the 2015 contract\nand who reported it")
    (embed, *_) = render.render_answer(answer)
    assert embed.description is not None and "Your next line, read as" in embed.description
    assert embed.description.rstrip("*").endswith("— Truthout, July 2019 (fact hsi-gotham-2013-renewed-2015-39m)")
