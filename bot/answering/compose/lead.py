"""An answer's first line with whether it answers what was asked: what `Composer._lead` words and its parts use."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Lead:
    """An answer's first line as `Composer._lead` words it, and whether it answers what was asked (`answers`): False
    for a pointer, which tells that the act asked is told only at another place or occasion, or (asked whether it
    happened at all) nowhere, then what the articles tell instead (OTHER_OCCASION_LEAD, ACT_UNSTATED_LEAD), or that
    whether the thing asked was mentioned is untold (MENTION_UNTOLD_LEAD: "don't say whether"). Said by the rule that
    words the lead, never read back from its words (review 21 L1), nor carried by a str subclass that any string
    operation drops (review 22 L5).

    Decided per family of "don't say X; they tell only this" leads (review 22 L5): a lead declining the premise of a
    yes/no about one named, in the act, party or cause asked ("don't tell that of <the one named>", NOT_TOLD_OF_LEAD;
    "don't say that" of an act asked of one named, ACT_UNSTATED_LEAD; "don't say that was why" of a cause asked,
    REASON_UNTOLD_LEAD) answers: the premise put to the test is what was asked, and it is declined with what is told
    (the development set's false premises expect it as the answer); one telling only that the asked thing is untold
    ("don't say whether that was mentioned", or whether anything happened at all, or there) gives no answer and is
    logged as a gap."""

    text: str
    answers: bool = True
    # the lead opens with the bot's own "Yes" (YES_LEAD, or "does any article mention …" counted): said where it is
    # worded, for a reader that needs the verdict (Answerer._alternative_told), never read back from "Yes: "
    says_yes: bool = False
    # the facts the lead rests on, each with the article whose own words in it are what was asked ("which articles
    # quote Lind": each listed article's fact giving her words): shown as its evidence, in place of the item it was
    # worded from, which may be another article's (fresh tester: one naming her was shown under the list)
    shown: tuple[tuple[str, str], ...] = ()
