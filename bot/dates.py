"""Partial dates as a brief writes them: YYYY-MM-DD, YYYY-MM or YYYY, kept as text with a precision.

Plain functions with no validation library, so the serving path (`palantir-ice ask`, bot/records.py) and the
pydantic models that check a brief (bot/models.py) share them.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Literal

Precision = Literal["day", "month", "year", "none"]

_DATE_FORMS = (
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), "day"),
    (re.compile(r"^\d{4}-\d{2}$"), "month"),
    (re.compile(r"^\d{4}$"), "year"),
)

MONTHS = "January February March April May June July August September October November December".split()
# A brief has a few thousand distinct dates at most (days in its span), and its facts repeat them: each date text is
# checked and read once (a generated 100,000-fact brief: 67,624 dated facts, 26 distinct dates)
DATES_KEPT = 4096


def date_order(value: str) -> str:
    """A date's place in date order, as text: a day before its month and a month before its year ("2019-07-31",
    "2019-07", "2019": padded with "~", which sorts after every digit and "-")."""
    return value.ljust(10, "~")


@lru_cache(maxsize=DATES_KEPT)
def check_partial_date(value: str | None) -> str | None:
    """`value` itself when it is a possible date of one of the three forms (or None); ValueError saying why not."""
    if value is None:
        return None
    if len(value) == 10 and _DATE_FORMS[0][0].match(value):  # the common case, checked by the C date parser
        try:
            dt.date.fromisoformat(value)
        except ValueError as exc:
            raise ValueError(f"impossible date {value!r}") from exc
        return value
    for pattern, _ in _DATE_FORMS:
        if pattern.match(value):
            parts = [int(p) for p in value.split("-")]
            year, month, day = ([*parts, 1, 1])[:3]
            try:
                dt.date(year, month, day)
            except ValueError as exc:
                raise ValueError(f"impossible date {value!r}") from exc
            return value
    raise ValueError(f"date {value!r} must look like YYYY-MM-DD, YYYY-MM or YYYY")


@lru_cache(maxsize=DATES_KEPT)
def precision_of(value: str | None) -> Precision:
    if value is None:
        return "none"
    for pattern, precision in _DATE_FORMS:
        if pattern.match(value):
            return precision  # type: ignore[return-value]
    return "none"


def date_label(value: str | None) -> str:
    """'2019-09-13' -> '13 September 2019', '2019-07' -> 'July 2019', '--09-13' (a day of any year) ->
    '13 September', '--08' (a month of any year) -> 'August', None -> ''."""
    if not value:
        return ""
    if value.startswith("--") and "-" not in value[2:]:
        return MONTHS[int(value[2:]) - 1]  # "--08": a month of any year
    if value.startswith("--"):
        month, day = value[2:].split("-")
        return f"{int(day)} {MONTHS[int(month) - 1]}"
    parts = value.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return parts[0]


def weekday(value: str) -> str:
    """The calendar's weekday of a date known to the day: '2019-08-19' -> 'Monday'. Raises ValueError for any other."""
    return dt.date.fromisoformat(value).strftime("%A")


def real_day(value: str) -> bool:
    """A date of the forms `date_label` reads names a day the calendar has: not '2019-02-29' nor '--04-31' (a day
    of any year may be 29 February). Raises nothing."""
    parts = value.lstrip("-").split("-")
    if len(parts) < 2 or not all(p.isdigit() for p in parts):
        return True  # a year alone, or not a date of these forms: nothing to check
    if value.startswith("--"):
        year, month, day = 2000, int(parts[0]), int(parts[1])  # a leap year: any 29 February
    elif len(parts) == 3:
        year, month, day = int(parts[0]), int(parts[1]), int(parts[2])
    else:
        return 1 <= int(parts[1]) <= 12
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


@lru_cache(maxsize=DATES_KEPT)
def period_bounds(value: str) -> tuple[dt.date, dt.date]:
    """The first and last day a partial date can mean: '2019-09' -> (1 Sep, 30 Sep 2019)."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day
    if len(parts) == 2:
        first = dt.date(parts[0], parts[1], 1)
        following = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return first, following - dt.timedelta(days=1)
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
