"""The time a question names or asks about: an explicit date ("september 13 2019", "2019-09"), "still/now", "ever/
eventually", "when did X start".
"""

from __future__ import annotations

import re

from bot.answering.articles import SAYING
from bot.answering.understand.lexicon import SPEECH_VERBS
from bot.dates import MONTHS
from bot.text import Deferred

STARTING = frozenset(
    "start started starts starting begin began begun begins beginning first initially originally".split()
)
CURRENT = re.compile(r"\b(still|now|currently|today|anymore|these days|nowadays)\b")
# the present named itself ("is the guild still working with the port today"), not only a state's going on ("still",
# "anymore", which the sources' latest account answers as of its date): what holds today, which no article can tell
TODAY = re.compile(r"\b(now|currently|today|these days|nowadays)\b")
# the present named inside words reported as another's ("what did Lind say was currently happening": a saying verb,
# then a clause with its own verb "is"/"was"… before the time word): the speaker's present, not today's
REPORTED_NOW = Deferred(
    rf"\b(?:{'|'.join(sorted(SAYING | SPEECH_VERBS))})\b"
    r"(?: \S+){0,4}? (?:is|was|are|were|has|had|have)\b(?: \S+){0,3}? (?:now|currently|these days|nowadays)\b"
)
# "did they ever / eventually / end up …": whether it was done at some later time, which a "No" can tell only as of
# the sources' dates
LATER = Deferred(r"\b(ever|eventually|later|finally|yet|end up|ended up|in the end|since then|afterwards?)\b")


# "mid 2018", "summer 2018": a part of the year or a season of it, read as the year (a fact dated July tells of the
# summer without the word)
PART_OF_YEAR = frozenset({"early", "mid", "late", "spring", "summer", "fall", "autumn", "winter"})
MONTH_NUMBER = {m.lower(): i for i, m in enumerate(MONTHS, start=1)}


def _int(token: str, low: int, high: int) -> int | None:
    return int(token) if token.isdigit() and len(token) <= 2 and low <= int(token) <= high else None


def explicit_date(tokens: list[str]) -> tuple[str, set[int]]:
    """A date the question names, as a prefix of the brief's dates, and the positions of its words: "2019-09-13"
    and "2019 09 13" (year, month, day), "september 13 2019", "13 sept 2019", "september 13" ("--09-13": any year),
    "september 2019" ("2019-09"), a lone year ("2019"), a lone month ("august": "--08", of any year). ("", set())
    when there is none."""
    n = len(tokens)
    for i, t in enumerate(tokens):
        if len(t) == 4 and t.isdigit() and t[:2] in ("19", "20") and i + 1 < n:
            month = _int(tokens[i + 1], 1, 12)
            if month is not None:
                day = _int(tokens[i + 2], 1, 31) if i + 2 < n else None
                if day is not None:
                    return f"{t}-{month:02d}-{day:02d}", {i, i + 1, i + 2}
                return f"{t}-{month:02d}", {i, i + 1}
        month = MONTH_NUMBER.get(t)
        if month is None:
            continue
        day_at = (
            i + 1 if i + 1 < n and _int(tokens[i + 1], 1, 31) else i - 1 if i > 0 and _int(tokens[i - 1], 1, 31) else -1
        )
        year_at = next((j for j in (i + 1, i + 2) if j < n and len(tokens[j]) == 4 and tokens[j].isdigit()), -1)
        if day_at >= 0:
            day = int(tokens[day_at])
            if year_at >= 0 and year_at != day_at:
                return f"{tokens[year_at]}-{month:02d}-{day:02d}", {i, day_at, year_at}
            return f"--{month:02d}-{day:02d}", {i, day_at}
        if year_at == i + 1:
            return f"{tokens[year_at]}-{month:02d}", {i, year_at}
    years = [i for i, t in enumerate(tokens) if len(t) == 4 and t.isdigit() and t[:2] in ("19", "20")]
    if not years:  # "what happened in august": that month of any year ("--08"); "may" and "march" only after "in"
        # ("may" also last, "dc protest may": the modal has a verb after it; "march" last is as often the noun)
        for i, t in enumerate(tokens):
            last_may = t == "may" and i == n - 1 and i > 0
            if t in MONTH_NUMBER and (t not in ("may", "march") or tokens[i - 1 : i] == ["in"] or last_may):
                return f"--{MONTH_NUMBER[t]:02d}", {i}
    if len(years) == 1:  # "what happened in 2018": the year's facts, when nothing more specific is asked
        at = years[0]
        # "in mid 2018", "early 2019": the part of the year is said, no subject ("mid" is no word a fact tells)
        return tokens[at], {at, at - 1} if at > 0 and tokens[at - 1] in PART_OF_YEAR else {at}
    return "", set()
