"""The one grammar shared by /palantir-ice in Slack and Discord, DMs, mentions and the console.

help | today [YYYY-MM-DD] | timeline [YEAR|YYYY-MM] [TOPIC] | sources [OUTLET|YEAR|WORDS] | fact ID
subscribe [HH:MM] [Area/City] [--empty skip|nearest] | unsubscribe | status
anything else is a question
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict

from bot import messages
from bot.text import clean


class Command(BaseModel):
    model_config = ConfigDict(frozen=True, defer_build=True)


class Help(Command):
    name: Literal["help"] = "help"


class Ask(Command):
    name: Literal["ask"] = "ask"
    question: str


class Today(Command):
    name: Literal["today"] = "today"
    date: dt.date | None = None


class TimelineCmd(Command):
    name: Literal["timeline"] = "timeline"
    year: int | None = None
    month: int | None = None  # only with a year ("timeline 2019-09")
    topic: str | None = None


class Sources(Command):
    name: Literal["sources"] = "sources"
    # "gazette", "2018", "the courier": list only the articles these words name, as typed (`Core.sources` matches them)
    match: str | None = None


class FactCmd(Command):
    name: Literal["fact"] = "fact"
    fact_id: str


class Subscribe(Command):
    name: Literal["subscribe"] = "subscribe"
    time: str | None = None
    timezone: str | None = None
    empty: str | None = None
    # words that fit no argument ("extra" in `subscribe 5:30pm pacific extra`, a second --empty): named by the
    # subscription service together with the other arguments' problems, so nothing is stored
    extra: tuple[str, ...] = ()


class Unsubscribe(Command):
    name: Literal["unsubscribe"] = "unsubscribe"


class Status(Command):
    name: Literal["status"] = "status"


class Invalid(Command):
    """The text started like a command but its arguments were wrong; `message` says how to fix it."""

    name: Literal["invalid"] = "invalid"
    message: str


AnyCommand = Help | Ask | Today | TimelineCmd | Sources | FactCmd | Subscribe | Unsubscribe | Status | Invalid

# The commands whose answer is read from or written to the database (the digest subscriptions): the adapters run
# them apart from the answering, on threads of their own, so one waiting on a locked or slow database (up to
# DATABASE_TIMEOUT_SECONDS) holds up no one else's answer (fresh tester 56: a subscribe held every answer 30 s).
DATABASE_COMMANDS = frozenset({"subscribe", "unsubscribe", "status"})
# Database commands carried out at a time, on each adapter's own threads, and how many more may wait for one: past
# that a burst is told the bot is busy instead of queueing without limit, each waiting DATABASE_TIMEOUT_SECONDS.
DATABASE_WORKERS = 4
DATABASE_PENDING = 50
# How long a database command waits for one of those threads before its person is told "busy" (Slack): about
# Slack's 3 s acknowledgement budget, far above a healthy command's milliseconds; four commands holding the threads
# that long are stuck on the database, and the rest would otherwise wait out their DATABASE_TIMEOUT_SECONDS in turn.
DATABASE_WAIT_SECONDS = 3.0


def uses_database(command: Command) -> bool:
    """Whether carrying out `command` waits on the database (`DATABASE_COMMANDS`)."""
    return getattr(command, "name", None) in DATABASE_COMMANDS


_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_MENTION = re.compile(r"^(?:<@[A-Z0-9]+>|<@!?\d+>)\s*")
_YEAR = re.compile(r"^\d{4}$")
_YEAR_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_YEARS = re.compile(r"^\d{4}-\d{4}$")  # "2018-2019": a range of years, which timeline does not take
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def typed_question(command: Command) -> str:
    """The question as the person typed it, for an `Ask` ("" for any other command): what an answer's buttons carry
    to work it out again (an `Answer.question` is cut to 300 characters for showing back)."""
    return command.question if isinstance(command, Ask) else ""


def parse_date(value: str) -> dt.date:
    """YYYY-MM-DD, with the month and day also taken unpadded ("2019-9-13"), as people type them.

    Raises ValueError for anything else or a day the calendar does not have (say why with `date_problem`)."""
    found = _ISO_DATE.match(value.strip())
    if found is None:
        raise ValueError(value)
    year, month, day = (int(g) for g in found.groups())
    return dt.date(year, month, day)


def timeline_day(value: str) -> str | None:
    """The reason a timeline refuses `value` when it is a whole date ("2019-02-30", "2019-9-13"; valid or not):
    timeline takes a year or a month, and a day is `today`'s (fresh tester 78 C1: the reason given was that it was
    not a year or a month, as for any typo); None for any other value. Shared by the chat command and the CLI."""
    found = _ISO_DATE.match(value)
    if found is None:
        return None
    year, month = found[1], int(found[2])
    shown_month = f"{year}-{month:02d}" if 1 <= month <= 12 else f"{year}-09"
    return messages.TIMELINE_DAY.format(value=value[:20], year=year, month=shown_month)


# what joins two years into a range ("timeline 2018 to 2019", "2018 through 2019"); "-" once a dash stood alone
_RANGE_JOINS = frozenset("to and through thru until till -".split())


def timeline_periods(args: list[str]) -> str | None:
    """The reason a timeline refuses `args` (as `timeline_args` gives them) when they give two periods ("2018 2019",
    "2018 to 2019", "2018-2019"): it takes one year or one month, and the second is no typo; None for any other
    `args`. Shared by the chat command and the CLI, so both say what is accepted."""
    parts = [part for arg in args for part in (arg.split("-") if _YEARS.match(arg) else [arg])]
    periods = [part for part in parts if _YEAR.match(part) or _YEAR_MONTH.match(part)]
    if len(periods) < 2 or any(part not in periods and part.lower() not in _RANGE_JOINS for part in parts):
        return None  # "2018 protests 2019": words besides the years make it a question, as before
    shown = [value[:20] for value in periods]
    return messages.TIMELINE_ONE_PERIOD.format(periods=" and ".join(shown), first=shown[0])


def date_problem(value: str) -> str:
    """Why `value` is not a date a person meant, in words: "2019 is not a leap year", "there is no month 13"."""
    shown = value[:20]
    found = _ISO_DATE.match(value)
    if found is None:
        return messages.BAD_DATE.format(value=shown)
    year, month, day = (int(g) for g in found.groups())
    if not 1 <= month <= 12:
        return messages.BAD_MONTH.format(value=shown, month=month)
    if month == 2 and day == 29 and not calendar.isleap(year):
        return messages.NOT_LEAP_YEAR.format(value=shown, year=year)
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        return messages.BAD_DAY.format(value=shown, month=calendar.month_name[month], year=year, days=days)
    return messages.BAD_DATE.format(value=shown)


def parse(text: str) -> AnyCommand:
    """Parse what a person typed; never raises. A question keeps its lines ("how much was the lease⏎and who signed
    it"), each cleaned on its own: the core answers a next line asking of what the first named as its follow-up,
    which it can do only when it gets the lines (fresh tester 70 P1: cleaned whole, the newline became a space and
    "it" stood for nothing in every Slack and Discord message of two lines)."""
    # only a typed line break parts lines (other separators stay spaces, as `clean` makes them)
    cleaned = "\n".join(line for line in (clean(line).strip() for line in _LINE_BREAK.split(text)) if line)
    cleaned = _MENTION.sub("", cleaned).strip()
    if cleaned.startswith("/palantir-ice"):
        cleaned = cleaned[len("/palantir-ice") :].strip()
    parts = cleaned.split()
    if not parts:
        return Help()
    head = parts[0].lower().rstrip(":")
    args = parts[1:]
    lowered = [p.lower().rstrip(":,") for p in parts]
    if "timeline" in lowered[1:5] and all(w in _LEAD_IN for w in lowered[: lowered.index("timeline")]):
        at = lowered.index("timeline")  # "show me the timeline for sept 2019", "can i see the timeline 2019-09"
        head, args = "timeline", parts[at + 1 :]
    if head in ("help", "?", "-h", "--help") and len(args) <= 1:
        return Help()
    if head == "today" and len(args) <= 1:
        if not args:
            return Today()
        try:
            return Today(date=parse_date(args[0]))
        except ValueError:
            if any(ch.isdigit() for ch in args[0]):
                return Invalid(message=date_problem(args[0]))
            return Invalid(message=messages.TODAY_USAGE)  # "today tomorrow": one word that is not a date
    if head == "today" and len(args) > 1 and re.match(r"^\d{4}-\d{1,2}-\d{1,2}$", args[0]):
        # "today 2019-09-13 extra": a date and words after it is a malformed command, not a question (fresh tester
        # 45: it was answered as one); "today is when the contract started?" stays a question
        return Invalid(message=messages.TODAY_USAGE)
    if head == "timeline":
        args = timeline_args(args)
    if head == "timeline" and (several := timeline_periods(args)) is not None:
        return Invalid(message=several)
    if head == "timeline" and len(args) <= 2:
        year: int | None = None
        month: int | None = None
        topic: str | None = None
        for arg in args:
            year_month = _YEAR_MONTH.match(arg)
            if _YEAR.match(arg) and year is None:
                year = int(arg)
            elif year_month and year is None:
                year, month = int(year_month[1]), int(year_month[2])
                if not 1 <= month <= 12:
                    return Invalid(message=messages.BAD_MONTH.format(value=arg[:20], month=month))
            elif (day := timeline_day(arg)) is not None:
                return Invalid(message=day)
            elif any(ch.isdigit() for ch in arg) and not any(ch.isalpha() for ch in arg):
                return Invalid(message=messages.BAD_YEAR.format(value=arg[:20]))
            elif topic is None:
                topic = arg.lower()
            else:
                return Ask(question=cleaned)
        return TimelineCmd(year=year, month=month, topic=topic)
    if head == "sources" and not args:
        return Sources()
    if head == "sources" and _filters_sources(args):
        return Sources(match=" ".join(args))
    if _asks_sources(lowered):
        return Sources()
    if head == "fact" and len(args) == 1:
        return FactCmd(fact_id=args[0].lower())
    if head == "fact" and not args:
        return Invalid(message=messages.FACT_USAGE)
    if head == "subscribe" and len(args) <= 8:  # a few words too many is a command to correct, not a question
        return _subscribe(args)
    if head == "unsubscribe" and not args:
        return Unsubscribe()
    if head == "status" and not args:
        return Status()
    if head == "ask" and args:
        return Ask(question=cleaned.split(None, 1)[1])  # its lines kept, as any question's
    return Ask(question=cleaned)


_LEAD_IN = frozenset("show me the a give can could i we see get please pls plz hey hi bot".split())
# "list the sources", "what are your sources?", "which articles do you have": the sources command in words, every
# word one of these (one naming an outlet or a subject asks something else of the articles)
_SOURCE_NOUNS = frozenset("sources articles".split())
_ASKING_SOURCES = (
    _LEAD_IN
    | _SOURCE_NOUNS
    # "how many articles are there", "the number of sources you have in total"
    | frozenset("list what which are is your you do have use using all news here".split())
    | frozenset("how many there number of the total".split())
)

_DASHES = str.maketrans({"‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "/": "-"})
_FILLER = frozenset("for of in on from the a me my please pls plz show give during".split())
_MONTHS = (
    {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
    | {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
    | {"sept": 9}
)


# "sources gazette", "sources from 2018", "sources the courier": the words of `sources` that narrow nothing
SOURCE_FILLER = frozenset("from in by published dated the a an".split())
# "sources for the 12m figure", "sources about the mayor": the articles behind a claim, asked as a question (answered
# with its quotes), not the list narrowed to an outlet or a year
_CLAIM_LINKS = frozenset("for on about of behind backing regarding re".split())
# more words than an outlet and a year take ("sources the gazette march 2019 lease"), asked as a question
SOURCE_FILTER_WORDS = 3


def source_words(match: str) -> list[str]:
    """The words of a `sources` filter that narrow the list, lowered and without punctuation or `SOURCE_FILLER`:
    "from the Courier, 2019?" -> ["courier", "2019"]. Shared by the grammar (how many there are) and `Core.sources`."""
    words = (w.strip(".,;:!?()[]\"'“”‘’").lower() for w in match.split())
    return [w for w in words if w and w not in SOURCE_FILLER]


def asks_of_sources(args: list[str]) -> bool:
    """`sources` followed by `args` (as typed, `args` not empty) asks a question, answered with its quotes, rather
    than for the list narrowed: a claim asked after a link ("sources for the 12m figure", `_CLAIM_LINKS`), a sentence
    ("sources say the contract was renewed": `_opens_a_clause`) or more words than an outlet and a year take
    (`SOURCE_FILTER_WORDS`). One rule for the chat, DMs and the shell's `palantir-ice sources` (`bot.cli`)."""
    said = source_words(" ".join(args))
    return args[0].lower() in _CLAIM_LINKS or len(said) > SOURCE_FILTER_WORDS or _opens_a_clause(said)


def _opens_a_clause(said: list[str]) -> bool:
    """`said` (`source_words`) starts with a word English uses as a verb and goes on with words, not only a year:
    "sources" is then the subject of a sentence ("say the guild lied", "reported renewing") rather than a list narrowed
    to an outlet, a headline's word or a year ("gazette", "protest 2019"). lemminflect knows the verbs; it is imported
    only here, when `sources` is followed by two words or more."""
    if len(said) < 2 or not any(ch.isalpha() for word in said[1:] for ch in word):
        return False
    from bot.answering.english import English  # imported here: the grammar alone loads no answering

    return English.may_be(said[0], "VERB")


def _filters_sources(args: list[str]) -> bool:
    """`sources` followed by `args` asks for the list narrowed to an outlet, a year or a few words of a headline."""
    return bool(source_words(" ".join(args))) and not asks_of_sources(args)


def _asks_sources(lowered: list[str]) -> bool:
    """The words (lowered, as `parse` splits them) ask for the list of sources and nothing else."""
    said = [w.strip("?!.") for w in lowered]
    return not _SOURCE_NOUNS.isdisjoint(said) and all(w in _ASKING_SOURCES for w in said if w)


def timeline_args(args: list[str]) -> list[str]:
    """A timeline's arguments as people type them in chat: "timeline for sept 2019", "timeline 2019–09." (a
    typographic dash, a full stop), "timeline of september 2019 protests" -> ["2019-09", "protests"]."""
    out: list[str] = []
    for raw in args:
        arg = raw.translate(_DASHES).strip(".,;:!?()[]\"'")
        if not arg or arg.lower() in _FILLER:
            continue
        out.append(arg)
    for i, arg in enumerate(out):
        month = _MONTHS.get(arg.lower().rstrip("."))
        year_at = (
            i + 1
            if i + 1 < len(out) and _YEAR.match(out[i + 1])
            else i - 1
            if i > 0 and _YEAR.match(out[i - 1])
            else -1
        )
        if month is not None and year_at >= 0:
            first, last = sorted((i, year_at))
            return [*out[:first], f"{out[year_at]}-{month:02d}", *out[last + 1 :]]
    return out


def _continues_a_city(words: str, following: str) -> bool:
    """`bot.subscriptions.continues_a_city`, imported here only when a subscribe has a word after its zone (that
    module brings the database layer, which parsing a command otherwise does without)."""
    from bot.subscriptions import continues_a_city

    return continues_a_city(words, following)


def _subscribe(args: list[str]) -> AnyCommand:
    """`subscribe [time] [zone] [--empty policy]`; words that fit none of them are kept as `extra` (fresh tester
    53: one extra word dropped the time's and the zone's suggestions, or made the command an off-topic question)."""
    time: str | None = None
    zone: str | None = None
    empty: str | None = None
    extra: list[str] = []
    rest = list(args)
    while rest:
        arg = rest.pop(0)
        if arg.startswith("--empty"):
            value = arg.partition("=")[2] or (rest.pop(0) if rest else "")
            if empty is None:
                empty = value.lower()
            else:  # a second --empty: which one was meant is not for me to guess
                extra.append(f"{arg} {value}".strip() if "=" not in arg else arg)
        elif time is None and arg.lstrip("+-")[:1].isdigit():  # a time, however written ("9am", "0930", "-1:00"):
            time = arg  # no zone starts so, and the time's own check names it (fresh testers 45 and 51)
        elif zone is None:
            zone = arg
        elif not arg.startswith("-") and ("/" in zone or _continues_a_city(zone, arg)):
            zone = f"{zone} {arg}"  # "America/Los Angeles", "new york": the zone check suggests the zone meant
        else:
            extra.append(arg)
    return Subscribe(time=time, timezone=zone, empty=empty, extra=tuple(extra))
