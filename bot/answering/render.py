"""The plain-text rendering of an Answer, for the console and the CLI (Slack and Discord draw the structure).

Short by design: the lead, its source and fact id, the quote when it fits, differing figures and list lines, then
related titles while the text stays short. Nothing is ever cut inside a word.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from bot import messages
from bot.answering.compose.figures import AMOUNT, NUMBER, with_qualifier
from bot.answering.compose.wording import shorten
from bot.features import is_sum, without_dates
from bot.replies import Answer, Citation, Item

SHORT = 300  # a single answer aims at this many characters
MAX_TEXT = 700  # and lists never go past this
AMOUNTS_KEPT = 4096  # statements whose first amount is kept (bounded on a large brief)


def source_line(c: Citation, fact_id: str, *, entry: bool = False, more: tuple[Citation, ...] = ()) -> str:
    """The source of the lead, and the id `fact ID` opens (a glossary entry's is labelled as one); `more`: further
    citations of a glossary entry, whose description may join what several articles say: each other article is
    named too."""
    labels = [c.label]
    labels += [label for label in dict.fromkeys(other.label for other in more) if label not in labels]
    return f"— {'; '.join(labels)} ({'glossary entry' if entry else 'fact'} {fact_id})"


def _cite(item: Item) -> str:
    return f" ({item.citations[0].label})" if item.citations else ""


def _facts_line(items: list[Item], lead: str) -> str:
    """ "— fact a, fact b" when the lead already names every item's source ("$12 million (The Herald, May 2019); …"),
    else the facts grouped by their source ("— The Gazette, July 2019 (fact a, fact b)"): no figure is shown without
    the article it comes from."""
    labels = [_cite(item).strip(" ()") for item in items]
    if all(not item.citations or item.citations[0].source_name in lead for item in items):
        return "— " + ", ".join(f"fact {item.id}" for item in items)
    groups: dict[str, list[str]] = {}
    for label, item in zip(labels, items, strict=True):
        groups.setdefault(label, []).append(f"fact {item.id}")
    return "— " + "; ".join(f"{label} ({', '.join(ids)})" if label else ", ".join(ids) for label, ids in groups.items())


def _each_listed(items: list[Item], lead: str) -> bool:
    """Each item is cited first from another article, and the lead lists every one of them by its label."""
    labels = [item.citations[0].label if item.citations else "" for item in items]
    return all(labels) and len(set(labels)) == len(labels) and all(label in lead for label in labels)


def _figure_in_lead(item: Item, lead: str) -> bool:
    """The lead already states this item's amount: it is not repeated as another figure."""
    found = _amount(item.statement)
    return found is not None and found in lead


@lru_cache(maxsize=AMOUNTS_KEPT)
def _amount(statement: str) -> str | None:
    """The first amount a statement states ("$12 million"), or None. Kept per statement: every answer searches its
    two or three facts' statements again (~5 µs each), and answers show the same facts again and again."""
    found = AMOUNT.search(statement)
    return found.group(0) if found is not None else None


@lru_cache(maxsize=AMOUNTS_KEPT)
def _count(statement: str) -> str | None:
    """The first count a statement states that is no date of it, with the bound before it ("more than 260"), or
    None: a differing count is shown as its figure, never only by its fact's date ("2017: …" read as the count)."""
    text = without_dates(statement)
    found = next((m for m in NUMBER().finditer(text) if not is_sum(text, m)), None)
    return with_qualifier(text, found.start(), found.group(0)) if found is not None else None


def _states(lead: str, item: Item) -> bool:
    """The lead of an answer that does not answer words `item`'s statement whole (what the articles tell instead):
    every answer that tells a fact names the article it comes from (fresh tester 88: "No, as of …" had no source)."""
    return bool(item.statement) and item.statement.casefold() in lead.casefold()


def render_text(answer: Answer) -> str:
    if not answer.answered:
        lines = [answer.lead or answer.text]
        told = next((i for i in answer.evidence if i.citations and _states(lines[0], i)), None)
        if told is not None:  # "don't say that; they tell only this: <a fact>": the fact's article is cited too
            lines.append(source_line(told.citations[0], told.id, entry=told.kind == "entity"))
        if answer.read_as:
            lines.append(messages.READ_AS.format(reading=answer.read_as))
        if answer.suggestions:
            lines.append(messages.SUGGEST_HEADER)
            lines += [f"• {s}" for s in answer.suggestions]
        return _fit(lines, MAX_TEXT)
    evidence = answer.evidence
    first = evidence[0]
    lines = [answer.lead]
    if answer.kind == "list" and len(evidence) > 1:
        for item in evidence[1:]:
            when = f"{item.date_label}: " if item.date_label else ""
            lines.append(f"• {when}{item.title}{_cite(item)}")
        if answer.more:
            lines.append(messages.LIST_MORE.format(count=answer.more))
        return _fit(lines, MAX_TEXT)
    stated = [i for i in answer.items if _figure_in_lead(i, answer.lead)]
    if len({_amount(i.statement) for i in stated}) < 2:
        # one figure led ("About $12 million: … renewed in 2015"): another fact giving the same sum is not a source
        # of this lead (a sum alike may be another lease's)
        stated = stated[:1]
    differing = [i for i in answer.differing if len(stated) < 2 or i not in stated]
    if answer.kind == "comparison" and len(evidence) > 1:
        lines += [f"• {item.title}{_cite(item)}" for item in evidence]
    elif len(stated) > 1:  # the lead lists several figures: the facts behind them, each with its source
        lines.append(_facts_line(stated, answer.lead))
    elif answer.kind == "where" and len(evidence) > 1:  # places gathered from several facts (Items.gathered)
        lines.append(_facts_line(evidence, answer.lead))
    elif len(evidence) > 1 and _each_listed(evidence, answer.lead):
        # "which articles quote Lind": each article the lead lists, with its own fact giving what was asked
        lines.append(_facts_line(evidence, ""))
    elif first.citations:
        entry = first.kind == "entity"
        more = tuple(first.citations[1:]) if entry else ()
        lines.append(source_line(first.citations[0], first.id, entry=entry, more=more))
    if answer.read_as:
        lines.append(messages.READ_AS.format(reading=answer.read_as))
    if answer.note:
        lines.append(answer.note)
    if differing:
        lines.append(messages.DIFFERS_DATES if answer.kind == "date" else messages.DIFFERS)
        for item in differing:
            value = _amount(item.statement) or _count(item.statement)
            when = f"{item.date_label}: " if item.date_label else ""
            lines.append(f"• {when}{value + ' — ' if value else ''}{item.title}{_cite(item)}")
    optional = []
    if first.citations and answer.kind not in ("quote", "comparison"):
        optional.append(f"“{first.citations[0].quote}”")
    related = [i for i in answer.related_items if len(stated) < 2 or i not in stated]
    if related:
        optional.append(f"{messages.SEE_ALSO} " + "; ".join(f"{i.title} ({i.id})" for i in related[:1]))
    for line in optional:
        if len("\n".join([*lines, line])) <= SHORT:
            lines.append(line)
    return _fit(lines, MAX_TEXT)


def rendered(answer: Answer, *, question: str | None = None) -> Answer:
    """`answer` as shown: its plain text rendered from its structure (`render_text`), and `question` as the
    question shown when given (the text never reads the question: one copy either way). Building an answer and
    rendering its text is this one call."""
    if question is None:
        return replace(answer, text=render_text(answer))
    return replace(answer, question=question, text=render_text(answer))


def note_room(answer: Answer) -> int:
    """How many characters one more note line after `answer`'s own may take and still be shown in its text: the
    text keeps whole lines under MAX_TEXT (`_fit`), and the lines before a note (the lead, its source, the reading,
    notes already there) come first; 0 when the answer's text shows no note (a list). A note longer than this would
    be dropped from the text without a word (review 21 M1: the next line's answer after a long glossary entry)."""
    marker = "\x00"
    shown = render_text(replace(answer, note=f"{answer.note}\n{marker}" if answer.note else marker))
    return MAX_TEXT - shown.index(marker) if marker in shown else 0


def _fit(lines: list[str], limit: int) -> str:
    """Whole lines while they fit; a line that would not fit alone is shortened at a word boundary."""
    out: list[str] = []
    for line in lines:
        room = limit - len("\n".join(out)) - (1 if out else 0)
        if len(line) <= room:
            out.append(line)
        elif not out:
            out.append(shorten(line, limit))
            break
        else:
            break
    # a header whose items did not fit says nothing ("Other figures in the sources:" under a long note, fresh tester
    # 70 U1): left out with them
    while len(out) > 1 and out[-1] in _HEADERS:
        out.pop()
    return "\n".join(out)


_HEADERS = frozenset({messages.DIFFERS, messages.DIFFERS_DATES})
