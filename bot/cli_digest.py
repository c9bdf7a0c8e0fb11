"""`palantir-ice digest preview|run-due` and `palantir-ice subscriptions list|add|remove`, for operators.

`run-due` is the cron-style alternative to the long-running scheduler (and the way to replay a window after an
outage): it delivers what is due at `--now` once; run twice, or in two processes at once, it never sends a digest
twice, because it goes through the same database claims as the scheduler. Platform publishers come from the
adapters: `adapters/cli.py` appends a factory to PUBLISHER_FACTORIES when it builds its parser (bot/ never imports
adapters).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from bot import messages
from bot.cli import date_argument
from bot.errors import CommandError

if TYPE_CHECKING:
    from bot.ports import DeliveryCheck, Publisher
    from bot.settings import Settings
    from bot.store import Subscription

PublisherFactory = Callable[["Settings"], "dict[str, Publisher]"]
PUBLISHER_FACTORIES: list[PublisherFactory] = []
# What `subscriptions add` asks before storing, as the chat's subscribe does (`bot.ports.DeliveryCheck`: a DM, a
# workspace no token serves): appended by adapters/cli.py, as the publishers are (fresh tester 56: the CLI stored a
# Slack DM and a workspace the token could not post to, and that digest went out with another workspace's token)
DeliveryCheckFactory = Callable[["Settings"], "DeliveryCheck | None"]
DELIVERY_CHECK_FACTORIES: list[DeliveryCheckFactory] = []


def _instant(value: str) -> dt.datetime:
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not an ISO-8601 time like 2026-09-13T16:00:00Z") from None
    return parsed.replace(tzinfo=dt.UTC) if parsed.tzinfo is None else parsed.astimezone(dt.UTC)


def _iso(instant: dt.datetime) -> str:
    return instant.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _subscriptions(settings: Settings) -> Any:
    from bot.store import open_store
    from bot.subscriptions import Subscriptions

    return Subscriptions(
        open_store(settings.database_url, timeout=settings.database_timeout_seconds),
        default_time=settings.digest_default_time,
        default_timezone=settings.digest_default_timezone,
    )


def cmd_preview(args: argparse.Namespace) -> int:
    from bot import calendar
    from bot.cli import load
    from bot.digest import compose

    if args.day is not None and args.date is not None and args.day != args.date:
        raise CommandError(f"{args.day} and --date {args.date} disagree: give one")  # as `today` says
    day = args.day or args.date or dt.datetime.now().astimezone().date()
    digest = calendar.on_this_date(load(args), day)
    posted = compose(digest, args.empty)
    if posted is None:
        why = "nothing on this date or within a week" if not digest.items else "only nearby dates, and --empty skip"
        print(f"{digest.heading}\n(no digest would be sent: {why})")
        return 0
    body = posted.text if posted.text.startswith(posted.heading) else f"{posted.heading}\n{posted.text}"
    print(body)
    return 0


def cmd_run_due(args: argparse.Namespace) -> int:
    from bot import calendar
    from bot.cli import load
    from bot.digest import Digests, settings_from
    from bot.settings import Settings

    clock = dt.datetime.now(dt.UTC)  # the CLI is an adapter: it reads the clock; the core is given instants
    if args.now is not None and args.now > clock:
        text = messages.RUN_DUE_FUTURE.format(now=_iso(args.now), clock=_iso(clock))
        print(f"palantir-ice: {text}", file=sys.stderr)
        return 2
    settings = Settings()
    brief = load(args)
    publishers: dict[str, Publisher] = {}
    for factory in PUBLISHER_FACTORIES:
        publishers.update(factory(settings))
    if not publishers:
        print("palantir-ice: no publishers available (run this through the palantir-ice command)", file=sys.stderr)
        return 1
    subs = _subscriptions(settings)
    digests = Digests(
        subs.store, lambda day: calendar.on_this_date(brief, day), publishers, settings=settings_from(settings)
    )

    def no_publisher(platform: str) -> str:
        needs = settings.posting_needs(platform)  # a token posts: no service (Socket Mode, HTTP) needs to run
        return messages.DIGEST_PLATFORM_NOT_CONFIGURED.format(needs=needs or "its settings")

    async def go() -> str:
        try:
            report = await digests.run_due(args.now)
            return "\n".join([str(report), *report.platform_lines(no_publisher)])
        finally:
            for publisher in publishers.values():
                close = getattr(publisher, "aclose", None)
                if close is not None:
                    await close()

    import asyncio  # imported here: `palantir-ice ask` never needs an event loop

    try:
        report = asyncio.run(go())
    finally:
        subs.store.dispose()
    print(report)  # after the delivery and the store's release: a reader gone early (`| head`) loses only text
    return 0


def _where(sub: Subscription) -> str:
    """A subscription's channel as `subscriptions list` shows it: platform:workspace:channel ("-": no workspace)."""
    return _where_of(sub.platform, sub.workspace, sub.channel)


def _where_of(platform: str, workspace: str | None, channel: str) -> str:
    """`_where` of a channel given by its parts."""
    return f"{platform}:{workspace or '-'}:{channel}"


def cmd_list(args: argparse.Namespace) -> int:
    from bot.settings import Settings

    subs = _subscriptions(Settings())
    rows = subs.list()
    now = dt.datetime.now(dt.UTC)
    if args.json:  # for scripts: the same rows as fields, `[]` when there are none
        views = [subs.view(sub, now=now).model_dump(mode="json") for sub in rows]
        print(json.dumps(views, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("no subscriptions")
    for sub in rows:
        where = _where(sub)
        state = "on " if sub.enabled else "OFF"
        print(f"{sub.id:>5} {state} {where:<40} {sub.local_time} {sub.timezone:<24} {subs.describe(sub, now=now)}")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    if args.platform == "console":  # refused for the reason the console itself gives
        print(f"palantir-ice: {messages.CONSOLE_NO_DIGESTS}", file=sys.stderr)
        return 2
    missing: list[str] = []
    if args.platform in messages.WORKSPACE_KINDS and not (args.workspace or "").strip():
        # the chat side keys a channel's subscription by its workspace (Slack team, Discord guild), and a Slack
        # install's digest is posted with that workspace's token: a row without one would be a second subscription
        # for the channel that its own status/unsubscribe never see (fresh tester 45, a digest posted twice).
        # Named with every other bad argument, in one run (`Subscriptions.add` refuses them all together)
        kind, example = messages.WORKSPACE_KINDS[args.platform]
        missing.append(messages.NEEDS_WORKSPACE.format(platform=args.platform, kind=kind, example=example))
    from bot.ports import Context
    from bot.settings import Settings

    settings = Settings()
    where = Context(platform=args.platform, workspace=args.workspace, channel=args.channel)
    for factory in DELIVERY_CHECK_FACTORIES if not missing and args.channel.strip() else ():
        check = factory(settings)
        refusal = check.refusal(where) if check is not None else None
        if refusal is not None:  # the chat's words speak to a person in the channel: the operator's instead
            missing.append(messages.CLI_DELIVERY_REFUSALS.get(refusal, refusal))
            break  # one line: the first check refusing (an id's shape) makes the others moot
    subs = _subscriptions(settings)
    try:
        sub, created = subs.add(
            platform=args.platform,
            workspace=args.workspace,
            channel=args.channel,
            time=args.time,
            timezone=args.tz,
            empty=args.empty,
            now=dt.datetime.now(dt.UTC),
            refused=missing,
        )
    except CommandError as exc:
        for line in exc.message.splitlines():  # one per bad argument; the chat's "this channel" in the CLI's words
            print(
                f"palantir-ice: {messages.CLI_EMPTY_CHANNEL if line == messages.NO_CHANNEL else line}", file=sys.stderr
            )
        return 2
    from bot.subscriptions import describe_instant

    # one sentence naming the row as `subscriptions list` does (the chat's "this channel" means nothing here)
    template = messages.CLI_SUBSCRIPTION_ADDED if created else messages.CLI_SUBSCRIPTION_UPDATED
    when = describe_instant(subs.next_delivery(sub, now=dt.datetime.now(dt.UTC)), sub.timezone)
    policy = messages.SUBSCRIPTION_EMPTY_POLICY.format(policy=messages.EMPTY_POLICY_LABELS[sub.empty_policy])
    print(template.format(where=_where(sub), time=sub.local_time, zone=sub.timezone, next=when), policy)
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    from bot.settings import Settings

    if not args.channel.strip():  # before the store is opened: nothing to look up
        print(f"palantir-ice: {messages.CLI_EMPTY_CHANNEL}", file=sys.stderr)
        return 2
    subs = _subscriptions(Settings())
    if not subs.remove(platform=args.platform, workspace=args.workspace, channel=args.channel):
        elsewhere = [] if args.workspace else subs.workspaces_of(platform=args.platform, channel=args.channel)
        if elsewhere:  # the channel has one, under a workspace not given (fresh tester 56: "has no digest")
            text = messages.CLI_REMOVE_NEEDS_WORKSPACE.format(
                platform=args.platform, channel=args.channel, workspaces=" and ".join(elsewhere)
            )
        else:
            text = messages.NO_SUBSCRIPTION_TO_REMOVE.format(platform=args.platform, channel=args.channel)
        print(f"palantir-ice: {text}", file=sys.stderr)
        return 2  # a usage error, as an unknown fact id is (README: exit codes)
    print(messages.CLI_SUBSCRIPTION_REMOVED.format(where=_where_of(args.platform, args.workspace, args.channel)))
    return 0


def register(sub: argparse._SubParsersAction[Any]) -> None:
    digest = sub.add_parser("digest", help="daily digests: preview one, or deliver what is due now")
    dsub = digest.add_subparsers(dest="digest_command", metavar="ACTION", required=True, parser_class=type(digest))
    p = dsub.add_parser("preview", help="print what a digest would say")
    p.add_argument("day", nargs="?", type=date_argument, metavar="YYYY-MM-DD", help="the same as --date")
    p.add_argument("--date", type=date_argument, help="YYYY-MM-DD (default: today, local time)")
    p.add_argument("--empty", choices=["skip", "nearest"], default="nearest", help="policy on a day without facts")
    p.set_defaults(handler=cmd_preview)
    p = dsub.add_parser("run-due", help="deliver every digest due at --now, once (for cron and for replays)")
    p.add_argument("--now", type=_instant, default=None, help="ISO-8601 instant (default: now)")
    p.set_defaults(handler=cmd_run_due)

    subs = sub.add_parser("subscriptions", help="list, add or remove digest subscriptions")
    ssub = subs.add_subparsers(dest="subscriptions_command", metavar="ACTION", required=True, parser_class=type(subs))
    p = ssub.add_parser("list", help="every subscription with its state")
    p.add_argument("--json", action="store_true", help="as a JSON array of objects, one per subscription")
    p.set_defaults(handler=cmd_list)
    p = ssub.add_parser("add", help="subscribe a channel (same validation as the chat command)")
    p.add_argument("--platform", required=True, choices=["slack", "discord", "console"])
    p.add_argument("--workspace", help="Slack team id or Discord server id (required for both)")
    p.add_argument("--channel", required=True)
    p.add_argument("--time", help="HH:MM, 24-hour")
    p.add_argument("--tz", help="IANA zone, e.g. America/Los_Angeles")
    p.add_argument("--empty", help="skip | nearest")
    p.set_defaults(handler=cmd_add)
    p = ssub.add_parser("remove", help="unsubscribe a channel")
    p.add_argument("--platform", required=True, choices=["slack", "discord", "console"])
    p.add_argument("--workspace")
    p.add_argument("--channel", required=True)
    p.set_defaults(handler=cmd_remove)
