"""The Answerer, one layer per job: each module holds one class, which extends the one below it, and each method
sits in the lowest layer holding every method it calls (methods calling each other share one), so a method calls
only its own layer and those below:

    state.py       State       the steps it holds (built in `__init__`), a miss and its suggestions, the shown item,
                               reads every layer uses (the asked act, the question as searched)
    sources.py     Sources     the articles and their outlets; questions asking the brief nothing (`_unasked`)
    called.py      Called      what an article or fact calls a thing (`_kind_called`, `_described`)
    names.py       Names       names, role holders, the things a question names (`_named`, `_itemized`)
    dates.py       Dates       dates, durations, planned against done (`_lasting`, `_told_done`)
    premises.py    Premises    the checks of a question's premise (`_outcome_untold`, `_tells_sameness`, sums)
    flow.py        Flow        one question answered on its own: `answer`, `_answer_text`, `_answer_read`,
                               `_answer_understood` (retrieve -> decide -> compose, with the checks above)
    follow_ups.py  Followed    a follow-up read against what the last answer told (`_next_dated`, `_others`…)
    turns.py       Answerer    a conversation's turn: `answer_in_turn`, `_turn`, `missed`, `warm`

Only `Answerer` is meant to be built (`bot.answering.Answerer`); the layers below it are its parts.
"""

from __future__ import annotations

from bot.answering.answerer.turns import Answerer

__all__ = ["Answerer"]
