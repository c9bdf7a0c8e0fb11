"""Step 5: the Answer's structure for the question's kind: a lead sentence, evidence, differing figures, titles.

- amount, count and date questions lead with the value ("$12 million: …");
- comparisons fetch each side, state both figures with their sources and which is larger;
- lists enumerate every matching fact compactly (date, statement, source), capped with "and N more";
- yes/no questions lead with the settling fact, and say when the question asks about today while the sources
  stop at their dates;
- quote questions lead with the words and who said them;
- differing figures are shown only when the question asks for a figure and the figures really differ.

One module per job:

    composer.py       the Composer: which fact leads for the question's kind, and its first line
    yes_no.py         yes/no leads: the settling fact, and whether it says yes or no (Verdicts)
    yes_no_checks.py  word-level checks of the asked act in a statement: to whom, when, where, with what bound
    dates.py          dates in leads: held or only planned, the earliest start, the facts on a day
    figures.py        amounts and counts in leads, every sum the sources give, the differing ones
    comparisons.py    comparison answers: each side's figure or date, and which is larger or earlier
    lists.py          list answers: the facts of a kind or topic, by date
    speech.py         speech and writing: verbs of saying, quotes and whom they are labelled with
    evidence.py       the items an answer shows, with their titles and citations, and related ones
    questions.py      tests of a question's shape (asks_passive, asks_outcome, succeeding_at …)
    wording.py        text helpers (shorten, title_of) and word-level helpers the checks share
"""

from bot.answering.compose.composer import Composer

__all__ = ["Composer"]
