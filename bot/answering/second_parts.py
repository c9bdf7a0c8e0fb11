"""A second question joined to the first by "and" ("how much is the lease and when does it expire"): the answer is
the first part's, a note names the part left, and a follow-up asked next is read after the first part's subject."""

from __future__ import annotations

import re
from dataclasses import replace

from bot import messages
from bot.answering.render import render_text
from bot.replies import Answer
from bot.text import on_first_use

# a second question joined by "and": its question word, then a verb of its own ("… and when does it expire"); "who
# protested and when" asks no second question of its own
# (or by "and whether", a yes/no question: "… how much it got, and also whether that's still going on"); a comma
# ends it (", can you help": the asker's words around it)
SECOND_PART = on_first_use(
    r"\band (?:also )?(?:(when|where|who|why|how much|how many|how long|what|which)\s+"
    r"(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could)\b|(whether)\s)[^?,]*",
    re.IGNORECASE,
)
# what each question word asks, as Answer.kind: a second part of the answer's own kind is answered with it
SECOND_KINDS = {
    "when": "date",
    "where": "where",
    "who": "who",
    "why": "why-how",
    "how much": "amount",
    "how many": "count",
    "how long": "duration",
    "whether": "yes-no",
}


def first_part(text: str) -> str | None:
    """The question before its second part ("how much is the lease"), or None when it has none."""
    found = SECOND_PART().search(text)
    return text[: found.start()] if found is not None else None


def with_second_part(text: str, answer: Answer) -> Answer:
    """`answer` to the question `text`, with a note naming the second part ("That answers the first part; ask “when
    does it expire” next for the rest.") when the question has one of a kind the answer is not; `answer` as it is
    otherwise, and when it is no answer."""
    found = SECOND_PART().search(text)
    if not answer.answered or found is None or SECOND_KINDS.get(found.group(1) or found.group(2)) == answer.kind:
        return answer
    part = found.group(0).removeprefix("and ").removeprefix("also ").strip(" ?")
    note = messages.SECOND_PART.format(part=part)
    answer = replace(answer, note=f"{answer.note} {note}".strip())
    return replace(answer, text=render_text(answer))
