"""The curators' commands: `draft`, `draft --accept`, `gaps` and `export` (registered in bot.cli.REGISTRARS).

Every failure a curator can cause (a missing file, a bad date, a draft that would break the brief) is a one-line
message or the validator's list of problems, never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from bot.cli import date_argument
from bot.errors import BriefError, CommandError

MAX_DAYS = 36_500  # a century: further back than any record, and a date Python can still subtract it from


def _days(value: str) -> int:
    if not value.isdigit() or not 1 <= int(value) <= MAX_DAYS:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of days from 1 to {MAX_DAYS:,}")
    return int(value)


def _rows(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of rows (1 or more)")
    return int(value)


def _brief_of(drafts_file: Path, default: Path) -> Path:
    """The brief a drafts file belongs to: the directory above drafts/ when it is a brief, else --brief."""
    parent = drafts_file.resolve().parent
    if parent.name == "drafts" and (parent.parent / "brief.yaml").is_file():
        return parent.parent
    return default


def cmd_draft(args: argparse.Namespace) -> int:
    from bot import drafting

    if args.accept is not None:
        if args.article is not None:
            raise CommandError("draft --accept takes the drafts file only, not an article")
        path = Path(args.accept)
        try:
            report = drafting.accept(path, _brief_of(path, Path(args.brief)))
        except BriefError as exc:
            print(f"palantir-ice: nothing accepted from {path}; fix these and run it again:", file=sys.stderr)
            print(exc.message, file=sys.stderr)
            return 1
        print(report.text())
        return 0
    if args.article is None:
        raise CommandError("draft needs an article file (or --accept DRAFTS.yaml)")
    wrong = []  # every problem in one run: a missing file said first, not only after the options are added
    if not Path(args.article).exists():
        wrong.append(f"no such article file: {args.article}")
    if not args.outlet or args.published is None:
        wrong.append("draft needs --outlet NAME and --published YYYY-MM-DD")
    if wrong:
        for line in wrong:
            print(f"palantir-ice: {line}", file=sys.stderr)
        return 2
    draft_report = drafting.draft(
        Path(args.brief),
        Path(args.article),
        outlet=args.outlet,
        published=args.published,
        headline=args.headline,
        today=dt.datetime.now(dt.UTC).date(),
    )
    print(draft_report.text())
    return 0


def _gap_log() -> Any:
    from bot.gaps import GapLog
    from bot.settings import Settings
    from bot.store import open_store

    settings = Settings()
    return GapLog(
        open_store(settings.database_url, timeout=settings.database_timeout_seconds),
        salt=settings.question_log_salt,
        retention_days=settings.gaps_retention_days,
    )


def cmd_gaps(args: argparse.Namespace) -> int:
    log = _gap_log()
    now = dt.datetime.now(dt.UTC)
    try:
        if args.purge:
            questions, feedback = log.purge(now)
            print(
                f"Deleted {questions} unanswered questions and {feedback} feedback records older than "
                f"{log.retention_days} days."
            )
            return 0
        report = log.report(now, since_days=args.since or log.retention_days, limit=args.limit)
    finally:
        log.store.dispose()
    if args.json:
        sys.stdout.write(json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n")
    else:
        print(report.text())
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from bot.brief import load_brief
    from bot.export import export

    text = export(load_brief(Path(args.brief)), args.format)
    if args.out:
        out = Path(args.out)
        if out.is_dir():  # not "already exists … add --force", which then fails as "Is a directory" (tester 33)
            raise CommandError(f"{out} is a directory: name a file to write, such as {out / ('brief.' + args.format)}")
        try:
            # never over an existing file unless asked: --out naming the bot's database would wipe every subscription
            with out.open("w" if args.force else "x", encoding="utf-8", newline="") as file:
                file.write(text)
        except FileExistsError:
            raise CommandError(f"{out} already exists: name a new file, or add --force to replace it") from None
        except OSError as exc:
            raise CommandError(f"cannot write {out}: {exc.strerror}") from None
        print(f"Wrote {args.format} export to {out}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser(
        "draft",
        help="add a new article and draft facts from it (or --accept reviewed drafts)",
        description="Copy ARTICLE into the seeds unchanged, add its source record, and write ranked draft facts "
        "to the brief's drafts/ folder for review. Then: draft --accept DRAFTS.yaml.",
    )
    p.add_argument("article", nargs="?", help="the article as a UTF-8 text file")
    p.add_argument("--outlet", help="the publication, e.g. 'The Guardian'")
    p.add_argument("--published", type=date_argument, help="publication date, YYYY-MM-DD")
    p.add_argument("--headline")
    p.add_argument("--accept", metavar="FILE", help="move drafts marked review: done into the brief and validate")
    p.set_defaults(handler=cmd_draft)

    p = sub.add_parser("gaps", help="questions the bot could not answer, and answers marked not helpful")
    p.add_argument("--since", type=_days, metavar="DAYS", help="look back this many days (default: the retention)")
    p.add_argument("--limit", type=_rows, default=20, help="rows per list (default 20)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--purge", action="store_true", help="delete records older than GAPS_RETENTION_DAYS (default 90)")
    p.set_defaults(handler=cmd_gaps)

    p = sub.add_parser("export", help="the whole brief as CSV, JSON or JSON-LD (schema.org)")
    p.add_argument("--format", choices=["csv", "json", "jsonld"], default="json")
    p.add_argument("--out", metavar="FILE", help="write here instead of standard output")
    p.add_argument("--force", action="store_true", help="with --out, replace FILE when it exists")
    p.set_defaults(handler=cmd_export)
