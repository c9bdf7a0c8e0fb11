"""Text from the core made inert before Discord draws it: no masked links, no formatting, no mentions.

The core's reply models hold plain text (questions people typed, ids they asked for, the brief's statements and
quotes), never markup. Discord reads markdown in message content, embed descriptions, titles and fields, so a
question like ``[Verify your account](https://example.invalid/login)`` would otherwise come back as a clickable
link with a hidden destination, in the ephemeral reply, the public Share repost and the public mention reply.

`text` backslash-escapes every character Discord's markdown acts on (Discord drops a backslash before any ASCII
punctuation, so the words read exactly as typed) and breaks mentions with a zero-width space, as
`discord.utils.escape_mentions` does. `reply` returns a copy of a reply model (a pydantic model, or one of the plain
answer objects of bot/replies.py) with every free-text field escaped;
render.py calls it once, before drawing, so new fields in the reply models are covered without extra code.
Pings are stopped separately by `allowed_mentions` on every send: this only changes what people see.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import typing
from typing import TYPE_CHECKING, Any, TypeVar

import discord
from pydantic import BaseModel

from bot.models import Notice

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

M = TypeVar("M", bound="BaseModel | DataclassInstance")

# Markdown and mention syntax: emphasis, code, strike, spoiler, masked links, quotes, headings, <@…>/<#…>/<t:…>
_SPECIAL = re.compile(r"([\\*_~`|\[\]<>#])")
# List and subtext markers only matter at the start of a line: "- item", "+ item", "1. item"
_LINE_MARKER = re.compile(r"^(\s*)([-+]|\d+)(\.?)(?=\s)", re.MULTILINE)

# A quick test for all of the above and for "@" (mentions), so plain prose costs one search
_ANYTHING = re.compile(r"[\\*_~`|\[\]<>#@]|^\s*(?:[-+]|\d+)\.?\s", re.MULTILINE)

# Fields that are identifiers, dates, files or links: drawn inside code spans, used as keys, never typed prose
_VERBATIM = ("id", "date", "published", "file", "url", "topics")


def text(value: str) -> str:
    """`value` as it reads, with nothing Discord would turn into a link, formatting or a mention."""
    if _ANYTHING.search(value) is None:  # most statements and quotes: nothing to do
        return value
    escaped = _SPECIAL.sub(r"\\\1", value)
    escaped = _LINE_MARKER.sub(_escape_marker, escaped)
    return discord.utils.escape_mentions(escaped)


def _escape_marker(match: re.Match[str]) -> str:
    indent, marker, dot = match.groups()
    if dot:
        return f"{indent}{marker}\\."
    if marker.isdigit():
        return match.group(0)
    return f"{indent}\\{marker}"


def _verbatim(name: str, annotation: Any) -> bool:
    if typing.get_origin(annotation) is typing.Literal:
        return True  # kind, role, outcome: values the renderer compares, never shown as typed
    return any(name == v or name.endswith(("_" + v, v)) for v in _VERBATIM)


@functools.cache
def _free_text_fields(model: type[BaseModel | DataclassInstance]) -> tuple[str, ...]:
    if issubclass(model, BaseModel):
        return tuple(name for name, info in model.model_fields.items() if not _verbatim(name, info.annotation))
    hints = typing.get_type_hints(model)  # a dataclass's annotations are text (`from __future__ import annotations`)
    return tuple(f.name for f in dataclasses.fields(model) if not _verbatim(f.name, hints[f.name]))


def _is_reply(value: Any) -> bool:
    return isinstance(value, BaseModel) or (dataclasses.is_dataclass(value) and not isinstance(value, type))


def _escape(value: Any) -> Any:
    """`value` with its text escaped; the very same object when nothing in it needed escaping."""
    if isinstance(value, str):
        escaped = text(value)
        return value if escaped == value else escaped
    if _is_reply(value):
        return reply(value)
    if isinstance(value, list):
        items = [_escape(v) for v in value]
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    return value


def reply(model: M) -> M:
    """A copy of a reply model with every free-text field escaped (help stays as is: it is drawn as a code block)."""
    if isinstance(model, Notice) and model.kind == "help":
        return model
    updates: dict[str, Any] = {}
    for name in _free_text_fields(type(model)):  # type: ignore[arg-type]  # classes hash; mypy doubts protocol ones
        value = getattr(model, name)
        escaped = _escape(value)
        if escaped is not value:
            updates[name] = escaped
    if not updates:
        return model
    if isinstance(model, BaseModel):
        return model.model_copy(update=updates)
    return dataclasses.replace(model, **updates)
