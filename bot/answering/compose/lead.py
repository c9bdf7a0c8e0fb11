"""An answer's first line with whether it answers what was asked: what `Composer._lead` words and its parts use."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Lead:
    """An answer's first line as `Composer._lead` words it, and whether it answers what was asked (`answers`): False
    for a pointer, which tells that the act asked is told only at another place or occasion, or (asked whether it
    happened at all) nowhere, then what the articles tell instead (OTHER_OCCASION_LEAD, ACT_UNSTATED_LEAD). Said by
    the rule that words the lead, never read back from its words (review 21 L1), nor carried by a str subclass that
    any string operation drops (review 22 L5)."""

    text: str
    answers: bool = True
