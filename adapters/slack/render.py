"""The core's reply models drawn as Slack Block Kit: pure functions, no network, testable by comparing dicts.

Every string that reaches Slack passes through `mrkdwn()`, which escapes `&`, `<`, `>` (as Slack requires) and
breaks `@channel`-style words, so text a person typed (echoed back in a question, an unknown fact id, a topic)
can never ping anyone. Slack's limits are kept here: 3,000 characters per section text, 10 elements per context
block, 50 blocks per message, 150 characters per header, 2,000 per button value.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from bot import messages
from bot.answer_key import DIGEST_CHARS, key_of, question_to_carry
from bot.models import (
    MONTHS,
    Answer,
    Citation,
    FactView,
    Item,
    Notice,
    OnThisDate,
    Reply,
    SourcesList,
    Timeline,
)

Block = dict[str, Any]

MAX_BLOCKS = 50
MAX_SECTION = 3000
MAX_HEADER = 150
MAX_BUTTON_VALUE = 2000
MAX_FALLBACK = 3000  # notification text; Slack truncates `text` far later, but nobody reads that much in a toast
NOTIFIED_NOTE = 600  # characters of an answer's note the notification text keeps after the lead
MAX_CONTEXT_ELEMENTS = 10
TIMELINE_PAGE = 10  # entries per message: each entry is a section and a context block
MAX_CITATIONS_PER_ITEM = 3
MAX_DIGEST_ITEMS = 20

# action ids: app.py registers a handler for each
SHARE = "share_in_channel"
SOURCES = "show_sources"
RELATED = "show_related"
MORE = "timeline_more"
FACT = "show_fact"
HELPFUL = "feedback_helpful"
NOT_HELPFUL = "feedback_not_helpful"

_SLACK_MARKUP = re.compile(r"<([@#!])([^>|]*)(?:\|([^>]*))?>")
_LINK = re.compile(r"<((?:https?|mailto):[^>|]*)(?:\|([^>]*))?>")
_BROADCAST = re.compile(r"(?i)([@!])(channel|here|everyone|group)\b")
ZWSP = "\u200b"


def from_slack(text: str) -> str:
    """Slack's encoded message text as a person typed it: mentions become inert words, entities are unescaped.

    `<@U123>` -> `@U123`, `<@U123|ana>` -> `@ana`, `<#C1|general>` -> `#general`, `<!here>` -> `@here`,
    `<!subteam^S1|@devs>` -> `@devs`, `<https://x|label>` -> `label (https://x)`; then `&lt;` `&gt;` `&amp;`.
    """

    def markup(match: re.Match[str]) -> str:
        sigil, target, label = match.group(1), match.group(2), match.group(3)
        if sigil == "!":
            if target.startswith("subteam^"):
                return label or "@group"
            if target.startswith("date^"):
                return label or ""
            return "@" + target
        return (sigil + label.lstrip("@#")) if label else sigil + target

    def link(match: re.Match[str]) -> str:
        url, label = match.group(1), match.group(2)
        return f"{label} ({url})" if label and label != url else url

    text = _LINK.sub(link, text)
    text = _SLACK_MARKUP.sub(markup, text)
    return html.unescape(text) if "&" in text else text


def question_text(text: str) -> str:
    """What the core reads from a command's or message's encoded text: `from_slack` without Slack's addressing.

    Mentions of people, channels and groups (`<@U1>`, `<#C1|general>`, `<!here>`, `<!subteam^S1|@devs>`) are
    dropped: they say whom a question is for, and a trailing "#general" made an answerable question "outside
    what I cover". A link Slack made from typed text (`<https://vice.com|vice.com>`, `<mailto:a@b.c|a@b.c>`)
    keeps that text; a link with a label of its own (`<http://x|click here>`, pasted formatting) is dropped.
    A date keeps its label.
    """

    def markup(match: re.Match[str]) -> str:
        sigil, target, label = match.group(1), match.group(2), match.group(3)
        if sigil == "!" and target.startswith("date^"):
            return label or ""
        return " "

    def link(match: re.Match[str]) -> str:
        url, label = match.group(1), match.group(2)
        if not label:
            return url
        typed = url.split(":", 1)[1].removeprefix("//").rstrip("/")
        return label if label.rstrip("/") in (url.rstrip("/"), typed) else " "

    text = _LINK.sub(link, text)
    text = _SLACK_MARKUP.sub(markup, text)
    return re.sub(r"[ \t]{2,}", " ", from_slack(text)).strip()


def mrkdwn(text: str) -> str:
    """Text made safe to show in Slack: escaped as Slack requires and unable to mention anyone."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _BROADCAST.sub(lambda m: m.group(1) + ZWSP + m.group(2), text)


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _safe(text: str, limit: int = MAX_SECTION) -> str:
    """Escape first, then cut, so an escape sequence never pushes a text over Slack's limit."""
    escaped = mrkdwn(text)
    if len(escaped) <= limit:
        return escaped
    cut = escaped[: limit - 1]
    amp = cut.rfind("&")
    if amp > len(cut) - 5 and ";" not in cut[amp:]:  # never leave half an entity
        cut = cut[:amp]
    return cut.rstrip() + "…"


def section(text: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": _safe(text)}}


def context(*texts: str) -> Block:
    elements = [{"type": "mrkdwn", "text": _safe(t)} for t in texts[:MAX_CONTEXT_ELEMENTS]]
    return {"type": "context", "elements": elements}


def header(text: str) -> Block:
    return {"type": "header", "text": {"type": "plain_text", "text": _cut(text, MAX_HEADER), "emoji": False}}


def button(text: str, action_id: str, value: str | dict[str, Any], *, primary: bool = False) -> Block:
    raw = value if isinstance(value, str) else json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    out: Block = {
        "type": "button",
        "text": {"type": "plain_text", "text": text, "emoji": False},
        "action_id": action_id,
        "value": raw[:MAX_BUTTON_VALUE],
    }
    if primary:
        out["style"] = "primary"
    return out


def actions(*buttons: Block) -> Block:
    return {"type": "actions", "elements": list(buttons)}


def citation_text(c: Citation) -> str:
    when = f", {c.published_label}" if c.published_label else ""
    return f"*{c.source_name}*{when}: “{c.quote}”"


def fit(blocks: list[Block], *, more: str | None = None) -> list[Block]:
    """At most 50 blocks, a trailing actions block kept; `more` says what was left out."""
    if len(blocks) <= MAX_BLOCKS:
        return blocks
    tail = [blocks[-1]] if blocks[-1]["type"] == "actions" else []
    room = MAX_BLOCKS - len(tail) - 1
    note = context(more or "(More than fits in one Slack message; ask a narrower question.)")
    return [*blocks[:room], note, *tail]


def fallback(text: str) -> str:
    return _safe(text, MAX_FALLBACK)


# -- replies ------------------------------------------------------------------------------------------------------


def _item_blocks(item: Item, *, lead: str = "") -> list[Block]:
    when = f" ({item.date_label})" if item.date_label else ""
    blocks = [section(f"{lead}{item.statement}{when}")]
    blocks += [context(citation_text(c)) for c in item.citations[:MAX_CITATIONS_PER_ITEM]]
    return blocks


def answer_value(answer: Answer, *, typed: str = "") -> dict[str, Any] | None:
    """What the buttons under an answer carry: enough to show the same answer again, nothing secret; None when that
    does not fit in Slack's 2,000 characters (Block Kit's button `value`), and the answer gets no buttons.

    `{"q": question as typed, "f": first evidence id or null, "s": [cited source ids], "e": [evidence ids],
    "h": digest, "r": the standalone question a follow-up was read as (only then)}`: `e`, `h` and `r` are
    bot/answer_key.py's key, with which Share, Related and feedback work from the answer shown, not from the typed
    words asked again alone (fresh tester 65 P1/P2). `typed` is the question as the person typed it (the core's
    `Ask.question`), carried when the answer's own `question` was cut for showing back (`question_to_carry`). A
    follow-up is asked again by its reading, so its typed words are only shown, and are cut first to fit; anything
    else that does not fit is refused whole, never cut into a key that cannot work (a value cut at 2,000 characters
    was unreadable JSON)."""
    facts = [item.id for item in answer.evidence]
    value: dict[str, Any] = {
        "q": (answer.question if answer.read_as else question_to_carry(answer, typed))[:1000],
        "f": facts[0] if facts else None,
        "s": sorted({c.source_id for c in answer.citations}),
        "e": facts,
        "h": "0" * DIGEST_CHARS,  # (the digest's room while the value is measured; it covers q and r as carried)
    }
    if answer.read_as:
        value["r"] = answer.read_as[:1000]
    over = _value_size(value) - MAX_BUTTON_VALUE
    if over > 0 and answer.read_as:
        value["q"] = value["q"][: max(1, len(value["q"]) - over - 1)]
        while value["q"] and _value_size(value) > MAX_BUTTON_VALUE:  # (JSON escapes count double)
            value["q"] = value["q"][:-1]
    if not value["q"] or _value_size(value) > MAX_BUTTON_VALUE:
        return None
    value["h"] = key_of(answer, question=value["q"], read_as=value.get("r", "")).digest
    return value


def _value_size(value: dict[str, Any]) -> int:
    return len(json.dumps(value, separators=(",", ":"), ensure_ascii=False))


def render_answer(
    answer: Answer, *, shareable: bool = True, shared_by: str | None = None, typed: str = ""
) -> tuple[str, list[Block]]:
    """An answer: the statement, a context block per citation, differing sources, then the buttons.

    `typed` is the question as typed, for the buttons' key (`answer_value`). `shared_by` is the Slack name of the
    person who reposted the answer in the channel (from Slack's payload, never from typed text), shown as plain text
    (a `plain_text` element: no bold, italics or links read into it): a `<@U…>` mention notifies the person it names
    wherever it stands (a context block too), so the asker was notified of their own share (fresh tester 65 U3), and
    Slack has no silent mention. Discord's "Shared by" pings nobody either.
    """
    blocks: list[Block] = []
    if shared_by:
        asked = _cut(answer.question, 300)
        if answer.read_as:  # a follow-up: the words typed, and how they were read (they lean on an earlier question)
            asked = messages.SLACK_SHARED_READ_AS.format(asked=asked, reading=_cut(answer.read_as, 300))
        # plain_text, not mrkdwn: the name and the words are people's own (a name `*ana*` or `_ana_` showed bold or
        # italic, fresh tester 70 O2); a context block takes plain_text elements (Slack's Block Kit reference). Still
        # escaped: Slack reads &, < and > as control characters in every text object
        line = f"{_safe(shared_by, 80)} asked: {_safe(asked)}"
        blocks.append({"type": "context", "elements": [{"type": "plain_text", "text": line}]})
    if not answer.answered:
        blocks.append(section(answer.text))
        return fallback(answer.text), blocks
    evidence = answer.evidence
    listed = answer.kind in ("list", "comparison") and len(evidence) > 1
    blocks.append(section(answer.lead or (evidence[0].statement if evidence else answer.text)))
    for item in evidence:
        if listed:
            when = f"*{item.date_label}* · " if item.date_label else ""
            blocks.append(section(f"{when}{item.statement}"))  # Slack has room for the whole statement
        blocks += [context(citation_text(c)) for c in item.citations[:MAX_CITATIONS_PER_ITEM]]
    if answer.more:
        blocks.append(context(f"…and {answer.more} more"))
    if answer.read_as and not shared_by:  # (a shared one says it in its "asked:" line, to everyone)
        blocks.append(context(messages.READ_AS.format(reading=answer.read_as)))
    if answer.note:
        blocks.append(context(answer.note))
    for item in answer.differing:
        blocks += _item_blocks(item, lead="*Sources differ:* ")
    if answer.related_items:
        blocks.append(context("See also: " + "; ".join(i.title for i in answer.related_items)))
    value = answer_value(answer, typed=typed)
    notified = answer.lead or answer.text
    if answer.lead and answer.note:
        # the note too (a two-line message's second answer is in it: tester 72 U3, the notification had the first
        # answer only), capped so the lead is never what a long note pushes out
        notified = f"{answer.lead}\n{_cut(answer.note, NOTIFIED_NOTE)}"
    if value is None:  # said, not left silently off: the person may look for Share
        blocks.append(context(messages.SLACK_NO_BUTTONS))
        return fallback(notified), fit(blocks)
    buttons = []
    if shareable:
        buttons.append(button("Share in channel", SHARE, value, primary=True))
    buttons.append(button("Sources", SOURCES, value))
    if value["f"] or answer.related:
        buttons.append(button("Related", RELATED, value))
    buttons.append(button("Helpful", HELPFUL, value))
    buttons.append(button("Not helpful", NOT_HELPFUL, value))
    blocks.append(actions(*buttons))
    return fallback(notified), fit(blocks)


def render_digest(digest: OnThisDate) -> tuple[str, list[Block]]:
    """A daily digest or a `today` reply: a header, then each anniversary with its citations."""
    blocks: list[Block] = [header(digest.heading)]
    if not digest.items:
        blocks.append(section(digest.text))
        return fallback(digest.text), blocks
    if digest.nearest:
        blocks.append(section(digest.text.splitlines()[0]))
    shown = digest.items[: min(digest.shown or MAX_DIGEST_ITEMS, MAX_DIGEST_ITEMS)]  # one screen, as the core chose
    for item in shown:
        lead = f"*{item.date_label}* · " if digest.nearest else ""
        blocks.append(section(f"{lead}{item.text}"))
        cites = [citation_text(c) for c in item.citations[:MAX_CITATIONS_PER_ITEM]]
        if cites:
            blocks.append(context(*cites))
    if len(digest.items) > len(shown):
        blocks.append(
            context(and_more(len(digest.items) - len(shown), digest.more, f"today {digest.date.isoformat()}"))
        )
    count = len(digest.items)
    first = digest.items[0].text
    summary = f"{digest.heading}: {count} item{'s' if count != 1 else ''}. {first}"
    return fallback(summary), fit(blocks)


def and_more(count: int, commands: list[str], fallback_command: str) -> str:
    """ "…and N more: `/palantir-ice timeline 2019-09`": the core's commands that show the rest, as slash commands."""
    shown = commands or [fallback_command]
    return messages.AND_MORE.format(count=count, commands=", ".join(f"`/palantir-ice {c}`" for c in shown))


def render_timeline(timeline: Timeline, *, page: int = 0) -> tuple[str, list[Block]]:
    """One page of a timeline; a "More" button carries the next page's number and the same filters."""
    entries = timeline.entries
    if not entries:
        return fallback(timeline.text), [section(timeline.text)]
    pages = (len(entries) + TIMELINE_PAGE - 1) // TIMELINE_PAGE
    page = max(0, min(page, pages - 1))
    chunk = entries[page * TIMELINE_PAGE : (page + 1) * TIMELINE_PAGE]
    when = f" {MONTHS[timeline.month - 1]}" if timeline.year and timeline.month else ""
    when += f" {timeline.year}" if timeline.year else ""
    title = "Timeline" + when + (f" · {timeline.topic}" if timeline.topic else "")
    blocks: list[Block] = [header(f"{title} ({page + 1}/{pages})")]
    for e in chunk:
        blocks.append(section(f"*{e.date_label}*: {e.text}"))
        cites = [citation_text(c) for c in e.citations[:MAX_CITATIONS_PER_ITEM]]
        blocks.append(context(*cites, f"[{e.fact_id}]"))  # the id `fact ID` takes (messages.FACT_USAGE)
    if page + 1 < pages:
        value = {"y": timeline.year, "m": timeline.month, "t": timeline.topic, "p": page + 1}
        blocks.append(actions(button(f"More ({page + 2}/{pages})", MORE, value)))
    lines = [f"{title} ({page + 1}/{pages})", *(f"{e.date_label}: {e.text}" for e in chunk)]
    return fallback("\n".join(lines)), fit(blocks)


def render_sources(sources: SourcesList, *, only: set[str] | None = None) -> tuple[str, list[Block]]:
    """The articles; `only` narrows to the ones an answer cited (the "Sources" button)."""
    views = [v for v in sources.sources if only is None or v.id in only] or sources.sources
    blocks: list[Block] = [header("Sources" if only is None else "Sources for this answer")]
    if sources.note and only is None:  # `sources gazette`: which articles the words named, or that they named none
        blocks.append(section(sources.note))
    lines = [sources.note] if sources.note and only is None else []
    for v in views:
        title = f" — {v.headline}" if v.headline else ""
        line = f"*{v.name}*, {v.published_label}{title}"
        blocks.append(section(line))
        note = f"{v.file} · {v.fact_count} facts" + (f" · {v.published_note}" if v.published_note else "")
        blocks.append(context(note))
        lines.append(f"{v.name}, {v.published_label}{title}")
    return fallback("\n".join(lines)), fit(blocks)


def render_fact(view: FactView) -> tuple[str, list[Block]]:
    """One fact in full; its related facts become buttons that open them."""
    if not view.found or view.item is None:
        missing = [section(view.text)]
        if view.suggestions:
            missing.append(actions(*(button(s, FACT, s) for s in view.suggestions[:5])))
        return fallback(view.text), missing
    item = view.item
    when = f" · {item.date_label}" if item.date_label else ""
    blocks: list[Block] = [context(f"`{view.id}`{when}"), section(item.statement)]
    blocks += [context(citation_text(c)) for c in item.citations]
    if view.differs:
        blocks.append(section("*Sources differ:* " + ", ".join(view.differs)))
    linked = [*view.related, *view.differs][:5]
    if linked:
        blocks.append(actions(*(button(_cut(fid, 75), FACT, fid) for fid in linked)))
    return fallback(item.statement), fit(blocks)


def render_related(views: list[FactView]) -> tuple[str, list[Block]]:
    """The facts related to an answer (the "Related" button): each statement, its first source, a button."""
    found = [v for v in views if v.found and v.item is not None]
    blocks: list[Block] = [header("Related")]
    for v in found:
        assert v.item is not None
        block = section(v.item.statement + (f" ({v.item.date_label})" if v.item.date_label else ""))
        block["accessory"] = button("Open", FACT, v.id)
        blocks.append(block)
        if v.item.citations:
            blocks.append(context(citation_text(v.item.citations[0])))
    return fallback("Related: " + "; ".join(v.item.statement for v in found if v.item)), fit(blocks)


def render_notice(notice: Notice) -> tuple[str, list[Block]]:
    if notice.kind == "help":
        return fallback(notice.text), [section("```" + notice.text + "```")]
    return fallback(notice.text), [section(notice.text)]


def render_shared(channel_id: str, place: str = "channel") -> dict[str, Any]:
    """What replaces the presser's ephemeral answer once it is shared: a line naming the channel (a real channel
    link: the id comes from Slack's payload), no buttons. Keyword arguments for a response_url post.

    `place` is "channel", "dm" or "group_dm" (`app.share_place`): a DM or group DM is said so in words, for
    "<#D…>" names no channel and draws as an unreadable link."""
    if place == "dm" or channel_id.startswith("D"):  # Slack's 1:1 DM ids start with D
        return _line(messages.SLACK_SHARED_IN_DM)
    if place == "group_dm":
        return _line(messages.SLACK_SHARED_IN_GROUP_DM)
    where = f"<#{channel_id}>" if re.fullmatch(r"[A-Z0-9]{1,40}", channel_id) else "this channel"
    text = _safe(messages.SLACK_SHARED).replace("{channel}", where)
    return {"text": text, "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": text}}]}


def _line(text: str) -> dict[str, Any]:
    safe = _safe(text)
    return {"text": safe, "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": safe}}]}


def render(reply: Reply, *, shareable: bool = True, page: int = 0, typed: str = "") -> tuple[str, list[Block]]:
    """Any reply from the core, drawn for Slack; `typed` the question asked as typed, for an answer's buttons."""
    if isinstance(reply, Answer):
        return render_answer(reply, shareable=shareable, typed=typed)
    if isinstance(reply, OnThisDate):
        return render_digest(reply)
    if isinstance(reply, Timeline):
        return render_timeline(reply, page=page)
    if isinstance(reply, SourcesList):
        return render_sources(reply)
    if isinstance(reply, FactView):
        return render_fact(reply)
    return render_notice(reply)
