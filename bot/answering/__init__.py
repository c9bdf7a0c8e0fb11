"""Question in, Answer out, one step per module, in the order a question goes through them:

    normalize.py   clean text (invisible characters out), words, chat shorthand, "12m" -> "12 million"
    understand/    the kind of question (kinds.py), which words ask (clauses.py), dates (times.py), the
                   entities it names, typo fixes, subject words (understander.py)
    retrieve.py    tantivy BM25 candidates, re-scored by subject coverage and by what the kind asks for
    decide/        answer, or refuse as outside the brief / without a sourced answer (decider.py), with the
                   checks of the asked act (acts_told.py), of figures (figures.py) and of named subjects (subjects.py)
    compose/       the structure for the kind: lead, evidence, differing figures, related titles, one module
                   per job (the lead line, yes/no verdicts, dates, figures, comparisons, lists, speech)
    render.py      the plain text the console and CLI print

The Answerer that runs them (answerer/), one layer per job, each module a class the next one extends:

    answerer/state.py       the steps it holds, a miss and its suggestions, reads every layer uses
    answerer/sources.py     the articles and their outlets; questions asking the brief nothing
    answerer/called.py      what an article or fact calls a thing ("what kind of company …", "is X a …")
    answerer/names.py       names, role holders and the things a question names
    answerer/dates.py       dates, durations, planned against done
    answerer/premises.py    the checks of a question's premise before a verdict or a lead
    answerer/flow.py        one question answered on its own (`_answer_understood`: retrieve -> decide -> compose)
    answerer/follow_ups.py  a follow-up read against what the last answer told
    answerer/turns.py       `Answerer`: a conversation's turn (`answer_in_turn`, `_turn`), `warm`

A miss is an Answer with `answered=False` and suggestions, never an exception. `english.py` holds the general
English word frequencies (wordfreq) and the language identifier (py3langid) the steps consult.
"""

from __future__ import annotations

# the names other modules and the tests import from here, wherever they live now
from bot.answering.acts import planned_only as planned_only
from bot.answering.answerer.called import _classed_before as _classed_before
from bot.answering.answerer.called import _label_quoted as _label_quoted
from bot.answering.answerer.called import _qualifies as _qualifies
from bot.answering.answerer.follow_ups import FactsWhere as FactsWhere
from bot.answering.answerer.premises import _unbracketed as _unbracketed
from bot.answering.answerer.sources import KIND_CALLING as KIND_CALLING
from bot.answering.answerer.turns import Answerer

__all__ = ["Answerer"]
