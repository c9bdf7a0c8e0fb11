"""The core's half of the `palantir-ice` console script: commands that need no chat platform.

`adapters/cli.py` is the entry point; it adds `run`, `chat` and the platform commands to this parser.
Exit codes: 0 for any answer (answered or not), 1 for a broken brief or a failed operation, 2 for usage errors
(an unknown fact id among them: the input was wrong, not the brief or the setup).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import errno
import json
import logging
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from bot.errors import BotError, BriefError, CommandError, validator_message
from bot.factbase import DEFAULT_BRIEF, Brief

if TYPE_CHECKING:
    from bot.core import Core
    from bot.replies import Answer
    from bot.snapshot import Compiled

Handler = Callable[[argparse.Namespace], int]
Registrar = Callable[["argparse._SubParsersAction[Any]"], None]


class Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in one line with exit code 2, as the CLI contract asks."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


class CommandParser(Parser):
    """A command's parser: it takes the global options too, after the command ("validate --brief X" as
    "--brief X validate"), left unset when not given there so that those given before the command stand."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.add_argument("--brief", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        self.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)

    def parse_known_args(  # type: ignore[override]  # (typeshed's overloads: the one form argparse calls here)
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        """A command's words it does not take are its usage error, named after it ("palantir-ice ask: error:
        unrecognized arguments: --bogus"), not the whole program's (argparse hands them up to the top parser)."""
        parsed, extras = super().parse_known_args(args, namespace)
        if extras and self._subparsers is None:  # a command of its own, not a group of them
            self.error(f"unrecognized arguments: {' '.join(extras)}")
        return parsed, extras


def date_argument(value: str) -> dt.date:
    """A date argument (`--date`) as people type it ("2019-9-13" too: commands.parse_date); the reason a value is
    none in one line (commands.date_problem), as argparse shows it. Every verb's --date takes dates so."""
    from bot.commands import date_problem, parse_date

    try:
        return parse_date(value)
    except ValueError:
        raise argparse.ArgumentTypeError(date_problem(value)) from None


def _fact_id(value: str) -> str:
    """A fact or glossary id as pasted, the spaces around it dropped; a blank one is a usage error (review 20 F6:
    `fact " "` said "There is no fact with the id ''"), as a missing one is."""
    if not value.strip():
        raise argparse.ArgumentTypeError("an ID is required, not only spaces")
    return value.strip()


def _period(value: str) -> tuple[int, int | None]:
    """YYYY or YYYY-MM (or YYYY-M, as --date takes 2019-9-13), as the chat command's `timeline 2019-09` takes it;
    a whole date is told to be a day, as the chat command tells it (commands.timeline_day)."""
    from bot.commands import timeline_day

    day = timeline_day(value)
    if day is not None:
        raise argparse.ArgumentTypeError(day)
    found = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?", value)
    if not found or (found[2] is not None and not 1 <= int(found[2]) <= 12):
        raise argparse.ArgumentTypeError(f"{value!r} is not a year or a month like 2019 or 2019-09")
    return int(found[1]), int(found[2]) if found[2] is not None else None


def _period_text(period: tuple[int, int | None]) -> str:
    year, month = period
    return f"{year}" if month is None else f"{year}-{month:02d}"


_said_unwritable = False


def compiled(args: argparse.Namespace, *, verify: bool = False, quiet: bool = False) -> Compiled:
    """The brief named by --brief from its snapshot (compiled first when not current); a broken brief stops the
    command with its problems, no traceback. When the cache directory cannot be written the brief is served from
    memory and one line on stderr says so (once per process; `quiet`: the caller reports it itself)."""
    global _said_unwritable
    from bot.settings import directory
    from bot.snapshot import default_cache_dir, open_brief

    # A CACHE_DIR someone set is created, but not the folders above it: creating /nonexistent/x whole, silently,
    # would hide a typo (fresh tester 48), as a SQLite path in a missing folder is refused too; the default, in the
    # user's cache directory, is created with its parents (a fresh account has no ~/.cache yet)
    chosen = directory("cache_dir")
    cache_dir = chosen or default_cache_dir()
    snapshot = open_brief(Path(args.brief), cache_dir, verify=verify, create_parents=chosen is None)
    if snapshot.unwritable is not None and not quiet and not _said_unwritable:
        from bot import messages

        _said_unwritable = True
        line = messages.CACHE_NOT_WRITABLE.format(cache_dir=cache_dir, reason=snapshot.unwritable)
        print(f"palantir-ice: {line}", file=sys.stderr)
    return snapshot


def load(args: argparse.Namespace) -> Brief:
    return compiled(args).brief


def core(args: argparse.Namespace, **kwargs: Any) -> Core:
    """The core over the brief's snapshot: its saved index is reopened, not rebuilt."""
    from bot.core import Core

    snapshot = compiled(args)
    return Core(snapshot.brief, cache_dir=snapshot.index_dir, **kwargs)


def _print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def reader_gone() -> None:
    """Point standard output at os.devnull once its reader has closed it (`| head -1`), as Python's note on SIGPIPE
    advises, so the rest of a command still runs and the interpreter's final flush raises nothing."""
    with contextlib.suppress(OSError, ValueError):  # no file descriptor (a test's captured stdout): swap the object
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - stays open for the rest of the process, as stdout would


def say(text: str) -> bool:
    """Print `text` and flush it; False when the reader has gone (stdout then goes to os.devnull), for commands
    with work left after their output."""
    try:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        reader_gone()
        return False
    return True


def cmd_ask(args: argparse.Namespace) -> int:
    """Answer, then record a miss in the question log (`palantir-ice gaps`), as the chat services do.

    The answer never needs the database, so it is printed first; a reader that stops early (`| head -1`) does not
    stop the record. When the miss cannot be recorded, one line on stderr says so and why, and the exit code stays
    0: the command did its job (the answer), a script reading it should not fail because a curators' log is down,
    and `run` treats a failed log write the same way.
    """
    from bot.answering.normalize import ADDRESSED
    from bot.core import is_gap

    # the chat's slash name typed before it ("/palantir-ice today", "/today") is no more the question's there than
    # in a channel (review 20 F5: the greeting answered them)
    typed = ADDRESSED.sub("", args.question).split()
    if typed and typed[0].startswith("/"):
        typed[0] = typed[0][1:]
    word = typed[0].lower().rstrip(":") if typed and not args.json else ""  # --json: a question's shape, always
    if len(typed) <= COMMAND_WORDS.get(word, 2) and (word in CLI_COMMANDS or word in CHANNEL_COMMANDS):
        from bot import messages
        from bot.commands import Ask, parse

        if not isinstance(parse(" ".join(typed)), Ask):  # "ask today": the command, not a question about today
            typed[0] = word
            if word == "today" and len(typed) == 2:  # the chat's "today 2019-09-13" is the command line's --date
                typed.insert(1, "--date")
            hint = messages.ASKED_A_COMMAND if word in CLI_COMMANDS else messages.ASKED_A_CHAT_COMMAND
            say(hint.format(word=word, command=" ".join(typed)))
            return 0
    answer = core(args).ask(args.question)
    say(json.dumps(answer.to_json(), ensure_ascii=False, indent=2) if args.json else answer.text)
    if is_gap(answer):
        problem = _record_gap(answer)
        if problem is not None:
            from bot import messages

            print(f"palantir-ice: {messages.QUESTION_LOG_NOT_WRITTEN.format(reason=problem)}", file=sys.stderr)
    return 0


# The chat grammar's command words (bot.commands.parse): `ask` given one of them as it is typed in a channel points to
# the command line doing the same, or to the channel for those only a channel takes
CLI_COMMANDS = frozenset({"today", "timeline", "sources", "fact", "help"})
CHANNEL_COMMANDS = frozenset({"subscribe", "unsubscribe", "status"})
# words a command typed as a question may run to, beyond the two most take: "timeline 2019 protests" (a period and a
# topic, as the chat's help shows it) is the command, as "timeline 2019" is (fresh tester 60 C2); `sources` takes an
# outlet and a year with their small words ("sources from the courier in 2019"), and the grammar tells those from a
# question ("sources for the 12m figure")
COMMAND_WORDS = {"timeline": 3, "sources": 8}


# Where a miss asked with `ask` comes from, as a `bot.ports.Context`: no user, so the question log stores no user hash.
ASK_CONTEXT = {"platform": "console", "workspace": "local", "channel": "cli", "channel_kind": "channel"}


def _record_gap(answer: Answer) -> str | None:
    """Write one unanswered question to the question log; the one-line reason when that failed, else None.

    A SQLite file whose schema is current takes the row through sqlite3 alone (`bot.gaps_record`); anything else
    (PostgreSQL, a new or old schema) goes through `GapLog`, migrating first, as `run` does at start-up."""
    from bot import settings
    from bot.gaps_record import record_in_sqlite_file, unanswered_row

    url = settings.setting("database_url")
    timeout = settings.setting("question_log_timeout_seconds")  # as in `run`: a log write waits this long at most
    where = {key: ASK_CONTEXT[key] for key in ("platform", "workspace", "channel_kind")}
    row = unanswered_row(**where, question=answer.question, outcome=answer.outcome, asked_at=_now())
    if row is None:
        return None
    try:
        if record_in_sqlite_file(url, {**row, "user_hash": None}, timeout=timeout):
            return None
    except Exception as exc:
        from bot.store import database_failure

        reason = database_failure(exc, url, timeout=timeout)
        if reason is None:
            raise
        return reason
    return _record_gap_through_gap_log(answer, url, timeout)


def _record_gap_through_gap_log(answer: Answer, url: str, timeout: float) -> str | None:
    from bot import settings
    from bot.gaps import GapLog
    from bot.ports import Context
    from bot.store import database_failure, open_store

    try:
        store = open_store(url, timeout=timeout)
    except BotError as exc:
        return exc.message
    try:
        gaps = GapLog(
            store, salt=settings.setting("question_log_salt"), retention_days=settings.setting("gaps_retention_days")
        )
        gaps.record_unanswered(Context(**ASK_CONTEXT), answer, _now())
    except Exception as exc:
        reason = database_failure(exc, url, timeout=timeout)
        if reason is None:
            raise
        return reason
    finally:
        store.dispose()
    return None


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def cmd_today(args: argparse.Namespace) -> int:
    from bot import calendar

    if args.day is not None and args.date is not None and args.day != args.date:
        raise CommandError(f"{args.day} and --date {args.date} disagree: give one")  # as `timeline` says
    day = args.day or args.date or dt.datetime.now().astimezone().date()
    result = calendar.on_this_date(load(args), day)
    if args.json:
        _print_json(result.to_json())
    else:
        print(result.text)
    return 0


def cmd_timeline(args: argparse.Namespace) -> int:
    from bot import calendar, messages
    from bot.commands import timeline_args, timeline_periods

    # the positional words as the chat command reads them (`timeline 2019-09 protests`, `timeline of sept 2019`:
    # fresh tester 59, the session-19 review), in any order: a word with a digit is the period, any other the topic
    periods: list[tuple[int, int | None]] = []
    topics = [args.topic] if args.topic is not None else []
    words = timeline_args(args.words)
    several = timeline_periods(words)
    if several is not None:
        raise CommandError(several)
    for word in words:
        if any(ch.isdigit() for ch in word):
            try:
                periods.append(_period(word))
            except argparse.ArgumentTypeError as problem:
                raise CommandError(str(problem)) from None
        else:
            topics.append(word)
    if len(periods) > 1:
        shown = [_period_text(p) for p in periods]
        raise CommandError(messages.TIMELINE_ONE_PERIOD.format(periods=" and ".join(shown), first=shown[0]))
    if len(set(topics)) > 1:
        raise CommandError(f"{' and '.join(topics)}: give one topic")
    period = periods[0] if periods else None
    given = [p for p in (period, args.year) if p is not None]
    years = {year for year, _ in given}
    months = {month for _, month in given if month is not None}
    if period is not None and (len(years) > 1 or len(months) > 1):  # `timeline 2019 --year 2019-09` agrees: the
        # month is the finer of the two; two values clash only when both the positional and --year are given
        raise CommandError(f"{_period_text(period)} and --year {_period_text(args.year)} disagree: give one")
    year, month = next(iter(years), None), next(iter(months), None)
    result = calendar.timeline(load(args), year=year, month=month, topic=topics[0] if topics else None)
    if args.json:
        _print_json(result.to_json())
    else:
        print(result.text)
    return 0


def cmd_fact(args: argparse.Namespace) -> int:
    view = core(args).fact(args.id)
    if not view.found:  # the reason (and any near ids) on stderr, and exit 2: the id given was wrong
        print(f"palantir-ice: {view.text}", file=sys.stderr)
        return 2
    print(view.text)
    return 0


def cmd_sources(args: argparse.Namespace) -> int:
    """The articles, or those `words` name (`sources vice`, as in chat); --json lists only those named ([] for
    none), where the text, after the line saying none matched, lists them all to pick from. Words the chat reads as
    a question (`sources for the 12m figure`, `sources say the lease was renewed`: commands.asks_of_sources) are
    answered as `ask` answers them, so the shell and the chat agree."""
    from bot.commands import asks_of_sources

    # one quoted argument ("for the lease") is the same words typed apart, as the chat splits them (fresh tester 88)
    words = " ".join(args.words).split()
    if words and asks_of_sources(words):
        args.question = " ".join(["sources", *words])
        return cmd_ask(args)
    listed = core(args).sources(" ".join(words) or None)
    if args.json:
        _print_json([view.model_dump(mode="json") for view in listed.sources] if listed.found else [])
    else:
        print(listed.text)
    return 0


def cmd_compile(args: argparse.Namespace) -> int:
    """Validate the brief and write its snapshot; exit 1 when it cannot be written (a release step must not pass
    having written nothing)."""
    snapshot = compiled(args, verify=True, quiet=True)  # current only when every file's hash matches
    brief = snapshot.brief
    if snapshot.path is None:
        from bot import messages
        from bot.settings import directory
        from bot.snapshot import default_cache_dir

        cache_dir = directory("cache_dir") or default_cache_dir()
        reason = snapshot.unwritable or "unknown reason"
        print(
            f"palantir-ice: {messages.SNAPSHOT_NOT_WRITTEN.format(cache_dir=cache_dir, reason=reason)}", file=sys.stderr
        )
        return 1
    what = f"compiled in {snapshot.seconds:.2f} s" if snapshot.compiled else "already current"
    if snapshot.reused:
        what += f" ({snapshot.reused} unchanged fact files reused from the previous snapshot)"
    print(f"ok: brief {brief.meta.id!r} ({len(brief.facts)} facts) {what}: snapshot {snapshot.path}")
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from bot.brief import copied_runs, load_brief, unquoted_figures, unrelated_citations

    brief = load_brief(Path(args.brief))  # always the full check, never a snapshot
    # a figure no quote gives, or a quote unrelated to its fact, would be answered as sourced when it is not (an
    # overclaim): refused always; words copied from a seed are a matter of style, refused with --strict
    overclaims = unquoted_figures(brief) + unrelated_citations(brief)
    warnings = copied_runs(brief)
    refused = overclaims + (warnings if args.strict else [])
    # listed as every other brief problem is (main's BriefError report), so one format serves them all (fresh
    # tester 46: these came as "error: …" lines and "N problem(s) refused …", the others under this header)
    if refused:
        print(f"palantir-ice: brief {args.brief} has {len(refused)} problem(s):", file=sys.stderr)
        print("\n".join(f"  {problem}" for problem in refused), file=sys.stderr)
    if warnings and not args.strict:
        header = f"palantir-ice: brief {args.brief} has {len(warnings)} warning(s) (refused with --strict):"
        print(header, file=sys.stderr)
        print("\n".join(f"  {problem}" for problem in warnings), file=sys.stderr)
    if refused:
        return 1
    print(
        f"ok: brief {brief.meta.id!r} at {brief.root}: {len(brief.sources)} sources, "
        f"{len(brief.facts)} facts, {len(brief.entities)} glossary entries"
        + (f", {len(warnings)} warning(s)" if warnings else "")
    )
    return 0


# Extra command groups register themselves here (digests, subscriptions, curation); see their modules.
REGISTRARS: list[Registrar] = []


def _register_curation(sub: argparse._SubParsersAction[Any]) -> None:
    from bot.cli_curation import register

    register(sub)


REGISTRARS.append(_register_curation)


def _register_digests(sub: argparse._SubParsersAction[Any]) -> None:
    from bot.cli_digest import register

    register(sub)


REGISTRARS.append(_register_digests)


def build_parser(
    prog: str = "palantir-ice", *, only_ask: bool = False
) -> tuple[Parser, argparse._SubParsersAction[Any]]:
    """The whole command line; `only_ask`: the global options and `ask` alone, which parses an `ask` command line
    the same way (argparse spends ~0.4 ms per subcommand, most of it looking for translations of its messages, and
    `ask` runs once per question from scripts)."""
    parser = Parser(prog=prog, description="Sourced answers from a curated brief of news articles.")
    parser.add_argument("--brief", help="brief directory (default: BRIEF_DIR, else the shipped brief)")
    parser.add_argument("-v", "--verbose", action="store_true", help="show the bot's INFO logs on stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CommandParser)

    p = sub.add_parser("ask", help="answer one question")
    p.add_argument("question")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_ask)
    if only_ask:
        return parser, sub

    p = sub.add_parser("today", help="what happened on this date (default: today, local time)")
    p.add_argument("day", nargs="?", type=date_argument, metavar="YYYY-MM-DD", help="the same as --date")
    p.add_argument("--date", type=date_argument)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_today)

    p = sub.add_parser("timeline", help="dated facts in order")
    p.add_argument(
        "words", nargs="*", metavar="YYYY[-MM] | TOPIC", help="a year or a month of it, and/or a topic, in any order"
    )
    p.add_argument("--year", type=_period, metavar="YYYY[-MM]", help="the same as a positional year or month")
    p.add_argument("--topic", help="the same as a positional topic")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_timeline)

    p = sub.add_parser("fact", help="one fact in full")
    p.add_argument("id", type=_fact_id)
    p.set_defaults(handler=cmd_fact)

    p = sub.add_parser("sources", help="the source articles (those an outlet, a year or a headline's words name)")
    p.add_argument(
        "words",
        nargs="*",
        metavar="OUTLET|YEAR|WORDS",
        help="only the articles these words name: an outlet, a year (2019), a headline's words; a claim or a"
        " sentence (for the 12m figure, say the lease was renewed) is answered as `ask` answers it",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_sources)
    p = sub.add_parser("validate", help="check the whole brief")
    p.add_argument(
        "--strict", action="store_true", help="treat warnings (e.g. statements copied from a seed) as errors"
    )
    p.set_defaults(handler=cmd_validate)
    help_compile = "validate the brief once and write its snapshot (every command opens it while it is current)"
    sub.add_parser("compile", help=help_compile).set_defaults(handler=cmd_compile)

    for register in REGISTRARS:
        register(sub)

    def cmd_help(args: argparse.Namespace) -> int:
        """`palantir-ice help [COMMAND [SUBCOMMAND]]`: what `--help` prints (the console's `help` word, from the
        shell); `help digest preview` is `digest preview --help`. An unknown word: CommandError naming the words
        that were known and where the commands there are listed."""
        shown: argparse.ArgumentParser = parser
        known: list[str] = []
        for word in args.topic:
            choices = _subcommands(shown)
            if word not in choices:
                asked = " ".join([*known, word])
                where = " ".join(["palantir-ice help", *known])
                lists = f"`{where}` lists them" if choices else f"`{' '.join(known)}` has no subcommands"
                raise CommandError(f"no command {asked!r}: {lists}")
            shown = choices[word]
            known.append(word)
        shown.print_help()
        return 0

    p = sub.add_parser("help", help="this help, or one command's (same as --help)")
    p.add_argument("topic", nargs="*", metavar="COMMAND", help="a command, and a subcommand of it (digest preview)")
    p.set_defaults(handler=cmd_help)
    return parser, sub


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The commands `parser` takes by name (`digest`: preview, run-due), {} when it takes none."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


# a write that cannot succeed however often it is retried ("> /dev/full", a full disk, a failing device)
WRITE_FAILURES = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO})
INTERNAL_ERROR_EXIT = 70  # sysexits.h EX_SOFTWARE: not the brief's (1) nor the caller's (2) fault
STARTS = frozenset({"run", "chat"})  # commands that start a service, and so refuse to start on a broken brief


def closed_streams() -> None:
    """Give a standard stream the process was started without (`>&-`, `<&-`: Python then sets it to None) os.devnull
    in its place: closed input reads as its end, closed output goes nowhere, as when a reader has gone (`| head`)."""
    if sys.stdin is None:
        sys.stdin = open(os.devnull)  # noqa: SIM115 - stays open for the rest of the process, as stdin would
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - likewise
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - likewise


def run(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> int:
    closed_streams()
    args = parser.parse_args(argv)
    problems = settings_problems() if args.command != "help" else []  # help works whatever the environment says
    if problems:
        for problem in problems:
            print(f"palantir-ice: {problem}", file=sys.stderr)
        return 1
    if getattr(args, "brief", None) is None:
        from bot.settings import directory

        args.brief = str(directory("brief_dir") or DEFAULT_BRIEF)
    args.brief = str(Path(args.brief))  # "--brief ''" is this directory, and is named so in messages
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    try:
        code = handler(args)
        sys.stdout.flush()  # a full disk or a gone reader shows here, not as an error at the interpreter's exit
        return code
    except BriefError as exc:
        # one header for every command, naming the brief's directory (fresh tester 75 U1: `run` printed "The brief
        # has N problem(s):" under a separate line, so the header an operator greps for had no path); a service
        # says it refuses to start in the same line
        refusing = "refusing to start: " if args.command in STARTS else ""
        _, _, listed = exc.message.partition("\n")
        print(f"palantir-ice: {refusing}brief {args.brief} has {len(exc.problems)} problem(s):", file=sys.stderr)
        print(listed, file=sys.stderr)
        return 1
    except BotError as exc:
        print(f"palantir-ice: {exc.message}", file=sys.stderr)
        return 2 if exc.__class__.__name__ == "CommandError" else 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (`| head`): nothing left to say, and no traceback
        reader_gone()
        return 0
    except OSError as exc:
        if exc.errno not in WRITE_FAILURES:
            raise
        reader_gone()  # what is still buffered must not fail again at exit
        print(f"palantir-ice: could not write: {exc.strerror}", file=sys.stderr)
        return 1
    except Exception as exc:  # a database failing in the middle of a command: one line too, never a traceback
        message = _database_failure(exc)
        if message is None and getattr(args, "verbose", False):
            raise  # asked for: the traceback, to report or debug the fault
        if message is None:  # a fault of ours: one line naming it, never a traceback, and a distinct exit code
            from bot import messages

            message = messages.INTERNAL_ERROR.format(command=args.command, error=type(exc).__name__)
            print(f"palantir-ice: {message}", file=sys.stderr)
            return INTERNAL_ERROR_EXIT
        print(f"palantir-ice: {message}", file=sys.stderr)
        return 1


def settings_problems() -> list[str]:
    """One line per setting the environment gets wrong (before any command runs, so none fails half-way)."""
    from bot import settings

    if settings.only_directories_set():
        return []  # Settings would hold its defaults: nothing to get wrong, and pydantic-settings stays unimported
    from pydantic import ValidationError

    try:
        settings.Settings()
    except ValidationError as exc:
        lines = []
        for error in exc.errors():
            field = str(error["loc"][0]) if error["loc"] else ""
            name = field.upper() or "a setting"
            message = validator_message(error["msg"])
            if message.startswith(name):  # our own validators' words, naming the setting already
                lines.append(message)
            elif field in settings.Settings.model_fields:  # pydantic's wording ("Input should be …"): ours instead
                value = str(error.get("input"))[:40]  # a number, a flag or a list: never a token or a URL
                lines.append(f"{name} must be {settings.accepted(field)}, not {value!r}")
            else:
                lines.append(f"{name}: {message}")
        return lines
    return []


def _database_failure(exc: BaseException) -> str | None:
    """The one-line reason when `exc` came from the database (bot/store.py tells), else None."""
    if not type(exc).__module__.startswith(("sqlalchemy", "sqlite3", "psycopg", "alembic")):
        return None
    from bot.settings import Settings
    from bot.store import database_failure

    settings = Settings()
    return database_failure(exc, settings.database_url, timeout=settings.database_timeout_seconds)


def main(argv: Sequence[str] | None = None) -> int:
    plain_warnings()
    parser, _ = build_parser(only_ask=asks(argv))
    return run(parser, argv)


def plain_warnings() -> None:
    """A warning logged on the way of a command (a snapshot compiled again, a saved index rebuilt) reads as one of
    the command's own lines ("palantir-ice: …"). Only Python's last-resort handler is shaped: `chat` and `run` set up
    their own logging (adapters/runner.py), which then takes over."""
    if logging.lastResort is not None:
        logging.lastResort.setFormatter(logging.Formatter("palantir-ice: %(message)s"))


def asks(argv: Sequence[str] | None) -> bool:
    """Whether the command line (sys.argv's when None) starts with `ask`: then only its parser is needed."""
    return list(sys.argv[1:2] if argv is None else argv[:1]) == ["ask"]


if __name__ == "__main__":
    raise SystemExit(main())
