"""Digest subscriptions over the database: the `SubscriptionService` behind subscribe / unsubscribe / status.

Chat commands and `palantir-ice subscriptions add|remove` go through the same validation here, so a bad time or
zone is refused with the same words everywhere and nothing is stored. One subscription per channel: subscribing
again updates it (and turns a paused one back on).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import zoneinfo
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache

from pydantic import BaseModel
from sqlalchemy import Select, select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from bot import messages
from bot.errors import CommandError
from bot.models import MONTHS, Notice
from bot.ports import Context, DeliveryCheck, Platform
from bot.store import ID_LENGTH, Delivery, Store, Subscription

log = logging.getLogger(__name__)

EMPTY_POLICIES = ("skip", "nearest")
DEFAULT_TIME = "09:00"
DEFAULT_TIMEZONE = "UTC"
# How many sends of one digest are tried (`bot.digest.DigestSettings.max_attempts`): a failed delivery row with this
# many is not retried, which `Subscriptions.next_delivery` must know to say when the next digest comes.
MAX_ATTEMPTS = 5

# Words people type for a zone, and the IANA zone they almost always mean. Abbreviations are refused with
# suggestions rather than accepted, because "EST" in the tz database has no daylight saving and "CST" is ambiguous;
# the zones using an abbreviation come from tzdata (`_abbreviations`), and only "ist" is here (tzdata's order would
# put Ireland's summer time before India's). "GMT" is no abbreviation to guess from: it is accepted (`_FIXED_WORDS`).
_ZONE_WORDS = {
    "pacific": "America/Los_Angeles",
    "pt": "America/Los_Angeles",
    "mountain": "America/Denver",
    "arizona": "America/Phoenix",
    "central": "America/Chicago",
    "eastern": "America/New_York",
    "et": "America/New_York",
    "alaska": "America/Anchorage",
    "hawaii": "Pacific/Honolulu",
    "uk": "Europe/London",
    "ist": "Asia/Kolkata",
    "nyc": "America/New_York",
    "sf": "America/Los_Angeles",
    "la": "America/Los_Angeles",
    "dc": "America/New_York",
}
_ALWAYS_OK = {"UTC", "Etc/UTC"}
# Names of a fixed zone with no summer time, accepted as the tz database's own (fresh tester 61 U3: "GMT" was refused
# while "UTC" and "Etc/GMT" were taken, and Europe/London, suggested first, is an hour off from late March to late
# October). GMT is the tz database's "Etc/GMT"; Z and Zulu are military and ISO 8601 names for UTC, UCT an old alias.
_FIXED_WORDS = {"gmt": "Etc/GMT", "z": "UTC", "zulu": "UTC", "uct": "UTC", "universal": "UTC"}
_OFFSET = re.compile(r"^(?:utc|gmt)\s*([+-])\s*(\d{1,2})(?::?00)?$")
# An offset with minutes ("UTC+5:30", "GMT+0545"): no Etc zone has one, so the zones at that offset are offered
# (fresh tester 67 U1: "UTC+5:30" was fuzzy-matched to plain "UTC", five and a half hours off)
# "Etc/GMT+14": a tz database fixed zone typed with the usual sign, which that database reverses (its Etc/GMT+14
# does not exist; UTC+14 is Etc/GMT-14)
_ETC_OFFSET = re.compile(r"^etc/gmt([+-])(\d{1,2})$")
_OFFSET_MINUTES = re.compile(r"^(?:utc|gmt)\s*([+-])\s*(\d{1,2}):?(\d{2})$")


@lru_cache(maxsize=1)
def _zones() -> dict[str, str]:
    """Lower-case name -> canonical IANA name, for Area/City zones (plus UTC), in name order: zoneinfo gives a set,
    whose order changes from process to process, and suggestions that tie keep this order (fresh tester 67 U5:
    "pacific" got "Canada/Pacific or US/Pacific" on Slack and "US/Pacific or Canada/Pacific" on Discord)."""
    names = {z for z in zoneinfo.available_timezones() if "/" in z and not z.startswith(("posix/", "right/"))}
    names |= _ALWAYS_OK
    return {z.lower(): z for z in sorted(names)}


@lru_cache(maxsize=1)
def _cities() -> dict[str, list[str]]:
    """'los angeles' -> ['America/Los_Angeles']: the last part of each zone, as people write city names."""
    out: dict[str, list[str]] = {}
    for canonical in _zones().values():
        city = canonical.rsplit("/", 1)[-1].replace("_", " ").lower()
        out.setdefault(city, []).append(canonical)
    return out


# zonenow.tab's comment above each zone: its UTC offsets, then (for most) the abbreviations it uses now, standard
# first ("# -05/-04 - EST/EDT (North America DST)"); what follows "until" is a future change, not today's names.
_ZONENOW_COMMENT = re.compile(r"^#\s*[+-]\d[\d:]*(?:/[+-]\d[\d:]*)?\s+-\s+([A-Z]{2,6}(?:/[A-Z]{2,6})?)\b")
# a zone line's description naming them instead: "New Zealand (NZST/NZDT)"
_ZONENOW_DESCRIBED = re.compile(r"\(([A-Z]{2,5}(?:/[A-Z]{2,5})?)\)")


@lru_cache(maxsize=1)
def _zones_now() -> frozenset[str]:
    """The zones tzdata's `zonenow.tab` lists (one per region whose clocks agree today); empty without the file."""
    from importlib import resources

    try:
        text = resources.files("tzdata").joinpath("zoneinfo", "zonenow.tab").read_text(encoding="utf-8")
    except (ModuleNotFoundError, OSError):
        return frozenset()
    fields = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return frozenset(f[2] for f in fields if len(f) >= 3)


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, list[str]]:
    """'est' -> ['America/New_York', 'America/Jamaica']: the zones tzdata's `zonenow.tab` (one zone per region whose
    clocks agree today) says use an abbreviation now. A zone that pairs it with daylight time ("EST/EDT") comes
    first: a daily time given as "EST" almost always means the clocks of the place, not a fixed offset the place
    leaves in summer; within each, the file's order (by UTC offset). Empty when the tzdata package lacks the file."""
    from importlib import resources

    try:
        text = resources.files("tzdata").joinpath("zoneinfo", "zonenow.tab").read_text(encoding="utf-8")
    except (ModuleNotFoundError, OSError):
        return {}
    paired: dict[str, list[str]] = {}
    single: dict[str, list[str]] = {}
    comment: str | None = None
    for line in text.splitlines():
        if line.startswith("#"):
            found = _ZONENOW_COMMENT.match(line)
            comment = found.group(1) if found else None if line.strip() != "#" else comment
            continue
        fields = line.split("\t")
        # the abbreviations are in the comment or, for some zones, in the description ("New Zealand (NZST/NZDT)":
        # reviewer 18 F7, Auckland's comment has none)
        described = _ZONENOW_DESCRIBED.search(fields[3]) if len(fields) >= 4 else None
        comment = comment or (described.group(1) if described else None)
        if len(fields) >= 3 and comment:
            names = comment.split("/")
            for name in names:
                (paired if len(names) > 1 else single).setdefault(name.lower(), []).append(fields[2])
        comment = None
    return {key: [*paired.get(key, []), *single.get(key, [])] for key in paired.keys() | single.keys()}


def zone_suggestions(value: str, limit: int = 3) -> list[str]:
    """IANA zones a person probably meant by `value` ("pacific", "America/Los Angeles", "berlin", "Europe/Berln")."""
    from rapidfuzz import fuzz, process

    key = value.strip().lower()
    offset = _OFFSET.match(key)
    if offset is not None:  # "UTC+2": the fixed zone of that offset (POSIX names flip the sign), never plain UTC
        sign, hours = offset.groups()
        zone = f"Etc/GMT{'-' if sign == '+' else '+'}{int(hours)}"
        return [zone] if zone.lower() in _zones() else []
    etc = _ETC_OFFSET.match(key)
    if etc is not None and (reversed_zone := _sign_reversed(etc)) is not None:
        # the one it is most likely to mean first, then near spellings (fresh tester 70 U3: Etc/GMT+14 offered
        # Etc/GMT+1, +4 and +10, not Etc/GMT-14)
        near = process.extract(key, list(_zones()), scorer=fuzz.WRatio, limit=limit, score_cutoff=85)
        return list(dict.fromkeys([reversed_zone, *(_zones()[m[0]] for m in near)]))[:limit]
    minutes = _OFFSET_MINUTES.match(key)
    if minutes is not None:
        sign, hours, mins = minutes.groups()
        return _at_offset(dt.timedelta(hours=int(hours), minutes=int(mins)) * (-1 if sign == "-" else 1), limit)
    spaced = key.replace("_", " ")
    found: list[str] = []
    if key in _ZONE_WORDS:
        found.append(_ZONE_WORDS[key])
    underscored = re.sub(r"\s+", "_", value.strip()).lower()
    if underscored in _zones():
        found.append(_zones()[underscored])
    abbreviated = _by_offset([zone for zone in _abbreviations().get(key, []) if zone.lower() in _zones()])
    found.extend(abbreviated)
    city = spaced.rsplit("/", 1)[-1].strip()
    found.extend(_cities().get(city, []))
    if not abbreviated:  # a zone's abbreviation is no misspelt zone name ("EST" is not "Europe/Bucharest")
        matches = process.extract(underscored, list(_zones()), scorer=fuzz.WRatio, limit=limit, score_cutoff=85)
        found.extend(_zones()[m[0]] for m in matches)
    unique = list(dict.fromkeys(found))
    return unique[:limit]


def _sign_reversed(etc: re.Match[str]) -> str | None:
    """The tz database's name of the Etc/GMT zone `etc` (an `_ETC_OFFSET` match) with its sign reversed, when that
    zone exists; None otherwise."""
    sign, hours = etc.groups()
    zone = f"etc/gmt{'-' if sign == '+' else '+'}{int(hours)}"
    return _zones().get(zone)


def _at_offset(offset: dt.timedelta, limit: int) -> list[str]:
    """Up to `limit` Area/City zones whose UTC offset is `offset` mid-January (the instant `_by_offset` takes): the
    zones tzdata's `zonenow.tab` lists first (one per region; "Asia/Kolkata", not its old alias "Asia/Calcutta"),
    each group in name order; none for an offset no zone keeps, never plain UTC."""
    instant = dt.datetime(2026, 1, 15, 12, tzinfo=dt.UTC)
    listed = _zones_now()
    zones = sorted((zone for zone in _zones().values() if zone not in _ALWAYS_OK), key=lambda z: (z not in listed, z))
    return [zone for zone in zones if instant.astimezone(zoneinfo.ZoneInfo(zone)).utcoffset() == offset][:limit]


def _by_offset(zones: list[str]) -> list[str]:
    """`zones` (one abbreviation's, in tzdata's order) with one zone per UTC offset first, then the rest: an
    ambiguous abbreviation's first suggestions show its different meanings (fresh tester 61 U3: "CST" offered three
    North American zones and not Asia/Shanghai). Offsets are taken mid-January, one instant for every zone."""
    instant = dt.datetime(2026, 1, 15, 12, tzinfo=dt.UTC)
    seen: set[dt.timedelta | None] = set()
    first: list[str] = []
    for zone in zones:
        offset = instant.astimezone(zoneinfo.ZoneInfo(zone)).utcoffset()
        if offset not in seen:
            seen.add(offset)
            first.append(zone)
    return [*first, *(zone for zone in zones if zone not in first)]


@lru_cache(maxsize=1)
def _city_starts() -> frozenset[str]:
    """The first words of every city name of more than one word ("new", "new york", "rio", "rio de"…)."""
    starts: set[str] = set()
    for city in _cities():
        words = city.split()
        starts.update(" ".join(words[:n]) for n in range(1, len(words)))
    return frozenset(starts)


def continues_a_city(words: str, following: str) -> bool:
    """Whether `following` continues the city name `words` started ("new" + "york"): a zone typed as a city of
    several words is one zone, not a zone and extra words (fresh tester 61 U3: "new york" was two errors)."""
    joined = f"{words} {following}".strip().lower()
    return words.strip().lower() in _city_starts() and (joined in _cities() or joined in _city_starts())


def resolve_timezone(value: str) -> str:
    """The canonical IANA name for `value`, or CommandError naming the near misses."""
    cleaned = value.strip()
    canonical = _zones().get(cleaned.lower()) or _FIXED_WORDS.get(cleaned.lower())
    if canonical is not None:
        return canonical
    message = messages.UNKNOWN_ZONE.format(value=cleaned[:40])
    suggestions = zone_suggestions(cleaned[:60])
    if suggestions:
        message += messages.ZONE_SUGGESTIONS.format(suggestions=" or ".join(suggestions))
        if _OFFSET.match(cleaned[:60].lower()):  # "UTC+2" -> "Etc/GMT-2" reads as a typo unless said (tester 65 U4)
            message += messages.ZONE_SIGN_REVERSED.format(typed=cleaned[:20], zone=suggestions[0])
        elif (etc := _ETC_OFFSET.match(cleaned[:60].lower())) and suggestions[0] == _sign_reversed(etc):
            typed = f"UTC{etc.group(1)}{int(etc.group(2))}"  # "Etc/GMT+14" was meant as UTC+14
            message += messages.ZONE_SIGN_REVERSED.format(typed=typed, zone=suggestions[0])
    raise CommandError(message)


_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")


# What people write for a time besides HH:MM: "9am", "5:30 pm", "0930", "9.30", "9h30", "9"
_LOOSE_TIME = re.compile(r"^(\d{1,2})(?:[:.h]?(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?$")


def time_suggestion(value: str) -> str | None:
    """The 24-hour HH:MM a person clearly meant by `value` ("9am" -> "09:00", "5:30 pm" -> "17:30"), or None."""
    match = _LOOSE_TIME.match(value.strip().lower())
    if match is None:
        return None
    hour, minute, half = int(match.group(1)), int(match.group(2) or 0), (match.group(3) or "")[:1]
    if minute > 59 or hour > (12 if half else 23) or (half and hour == 0):
        return None
    if half:
        hour = hour % 12 + (12 if half == "p" else 0)
    return f"{hour:02d}:{minute:02d}"


def parse_time(value: str) -> str:
    """'9:05' -> '09:05'; anything that is not a 24-hour clock time is refused (CommandError), with the HH:MM meant
    when it is clear ("9am": did you mean 09:00?). Only HH:MM is stored, so a 12-hour time is never guessed into
    the schedule."""
    match = _TIME.match(value.strip())
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        message = messages.BAD_TIME.format(value=value.strip()[:20])
        meant = time_suggestion(value[:20])
        if meant is not None:
            message += messages.TIME_SUGGESTION.format(time=meant)
        raise CommandError(message)
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def parse_empty(value: str) -> str:
    key = value.strip().lower().lstrip("-")
    if key not in EMPTY_POLICIES:
        raise CommandError(messages.BAD_EMPTY.format(value=value.strip()[:20]))
    return key


def due_instant(day: dt.date, local_time: str, timezone: str) -> dt.datetime:
    """When the digest for local `day` is due, in UTC.

    On a spring-forward day a time inside the gap (02:30 in a zone that jumps 02:00 -> 03:00) does not exist: it is
    due at the same distance after the jump (03:30), so the day still gets its digest. On a fall-back day an
    ambiguous time is due at its first occurrence; deliveries are keyed by local date, so never twice.
    """
    hour, minute = (int(p) for p in local_time.split(":"))
    local = dt.datetime.combine(day, dt.time(hour, minute), tzinfo=zoneinfo.ZoneInfo(timezone))
    return local.astimezone(dt.UTC)


def next_due(sub_time: str, timezone: str, after: dt.datetime) -> dt.datetime:
    """The first due instant strictly after `after`."""
    zone = zoneinfo.ZoneInfo(timezone)
    day = after.astimezone(zone).date() - dt.timedelta(days=1)
    for offset in range(4):
        due = due_instant(day + dt.timedelta(days=offset), sub_time, timezone)
        if due > after:
            return due
    raise AssertionError("a daily time is always due within three days")  # pragma: no cover


def describe_instant(instant: dt.datetime, timezone: str) -> str:
    """'Tue 24 November, 09:00 PST' in the subscription's own zone."""
    local = instant.astimezone(zoneinfo.ZoneInfo(timezone))
    weekday = local.strftime("%a")
    return f"{weekday} {local.day} {MONTHS[local.month - 1]}, {local:%H:%M} {local.tzname()}"


def hash_user(platform: str, user: str | None) -> str | None:
    """Who subscribed, without storing a platform user id in clear."""
    if not user:
        return None
    return hashlib.sha256(f"{platform}:{user}".encode()).hexdigest()[:16]


def _channel_query(platform: str, workspace: str | None, channel: str) -> Select[Subscription]:
    """The one subscription a channel can have (a missing workspace is stored as "")."""
    return select(Subscription).where(
        Subscription.platform == platform,
        Subscription.workspace == (workspace or ""),
        Subscription.channel == channel,
    )


def _channel_rows(s: Session, platform: str, workspace: str | None, channel: str) -> list[Subscription]:
    """The channel's subscription, then one stored without a workspace for the same platform and channel; removed
    ones (`Subscription.removed_at`) included, for `add` to revive: callers that show or change a live one use
    `_live`.

    Before `subscriptions add` required `--workspace` for Slack and Discord, it could store a channel's row with
    workspace "" that the chat commands (which always know the workspace) did not see: they treat it as the same
    channel's, so it is found, adopted and never doubled (fresh tester 45: two rows, two digests a day)."""
    rows = [row for row in [s.scalars(_channel_query(platform, workspace, channel)).one_or_none()] if row is not None]
    if workspace:
        legacy = s.scalars(_channel_query(platform, None, channel)).one_or_none()
        if legacy is not None:
            rows.append(legacy)
    return rows


def _live(rows: Sequence[Subscription]) -> list[Subscription]:
    """The subscriptions of `rows` not removed by an unsubscribe."""
    return [row for row in rows if row.removed_at is None]


# what a subscription's schedule and state are, as `_fold_twins` carries them from a live twin to the kept row
_CARRIED = (
    "local_time",
    "timezone",
    "empty_policy",
    "subscribed_by",
    "created_at",
    "schedule_from",
    "updated_at",
    "enabled",
    "last_error",
    "disabled_at",
    "removed_at",
)


def _fold_twins(s: Session, found: Sequence[Subscription]) -> Subscription:
    """`found` (from `_channel_rows`, not empty) as one row: the first (the workspace's) is kept and each twin is
    deleted. A live twin's schedule and state replace a removed kept row's (reviewer 18 F3: the removed row was
    revived with defaults and the live subscription's time, zone and policy lost), and each twin's deliveries move
    to the kept row: they say which days the channel had, so the same day is never sent twice. When both rows have
    a date, the one that is not `failed` stays."""
    kept, *twins = found
    for twin in twins:
        if kept.removed_at is not None and twin.removed_at is None:
            for name in _CARRIED:
                setattr(kept, name, getattr(twin, name))
        have = {d.local_date: d for d in s.scalars(select(Delivery).where(Delivery.subscription_id == kept.id))}
        for delivery in s.scalars(select(Delivery).where(Delivery.subscription_id == twin.id)).all():
            mine = have.get(delivery.local_date)
            if mine is not None and (mine.status != "failed" or delivery.status == "failed"):
                s.delete(delivery)
                continue
            if mine is not None:
                s.delete(mine)
                s.flush()
            delivery.subscription_id = kept.id
        s.flush()
        s.delete(twin)
    s.flush()
    return kept


def pause_fix(reason: str) -> str:
    """What fixes a digest paused with `reason` (the platform's error): messages.PAUSE_FIXES by its error code."""
    code = reason.strip()
    if code.startswith("restricted_action"):
        return messages.RESTRICTED_PAUSE_FIX
    return messages.PAUSE_FIXES.get(code, messages.PAUSE_FIX_DEFAULT)


class SubscriptionView(BaseModel):
    """One subscription as `palantir-ice subscriptions list --json` prints it: what the text listing says, as fields.

    `workspace` is None for a platform without one; `next_due` the next delivery instant (UTC, None while paused);
    `last_delivery` the newest delivery row's local date and status (claimed, sent, skipped, missed, failed,
    abandoned; None before the first); `paused_reason` why it is paused (None while enabled)."""

    id: int
    platform: str
    workspace: str | None
    channel: str
    enabled: bool
    local_time: str  # "HH:MM", 24-hour, in `timezone`
    timezone: str  # IANA name
    empty_policy: str  # skip | nearest
    next_due: dt.datetime | None
    last_delivery_date: dt.date | None
    last_delivery_status: str | None
    paused_reason: str | None
    paused_at: dt.datetime | None


class Subscriptions:
    """The subscription service over a `Store`; also what operators' CLI commands use."""

    def __init__(
        self,
        store: Store,
        *,
        default_time: str = DEFAULT_TIME,
        default_timezone: str = DEFAULT_TIMEZONE,
        delivery_check: DeliveryCheck | None = None,
    ) -> None:
        self.store = store
        self.delivery_check = delivery_check  # refuses at `subscribe` what no publisher could ever deliver
        self.default_time = parse_time(default_time)
        self.default_timezone = resolve_timezone(default_timezone)

    # -- the chat commands (SubscriptionService) ----------------------------------------------------------------

    @contextmanager
    def _database(self) -> Iterator[None]:
        """A database failure inside (locked past DATABASE_TIMEOUT_SECONDS, corrupted, gone) becomes a StorageError
        whose message is the operator's one line; the core answers the person with its own line (fresh tester 45:
        the generic apology and a traceback). A transaction that failed was rolled back: nothing changed."""
        try:
            yield
        except DBAPIError as exc:
            failure = self.store.failure(exc)
            if failure is None:  # pragma: no cover - database_failure names every DBAPIError
                raise
            raise failure from exc

    def subscribe(
        self,
        ctx: Context,
        *,
        time: str | None,
        timezone: str | None,
        empty: str | None,
        now: dt.datetime,
        extra: tuple[str, ...] = (),
    ) -> Notice:
        with self._database():
            return self._subscribe(ctx, time=time, timezone=timezone, empty=empty, now=now, extra=extra)

    def unsubscribe(self, ctx: Context) -> Notice:
        with self._database():
            return self._unsubscribe(ctx)

    def status(self, ctx: Context) -> Notice:
        with self._database():
            return self._status(ctx)

    def _subscribe(
        self,
        ctx: Context,
        *,
        time: str | None,
        timezone: str | None,
        empty: str | None,
        now: dt.datetime,
        extra: tuple[str, ...] = (),
    ) -> Notice:
        if ctx.channel_kind == "dm":
            return Notice(kind="usage", text=messages.SUBSCRIBE_IN_DM)
        if not ctx.channel:
            return Notice(kind="usage", text=messages.NO_CHANNEL)
        refusal = self.delivery_check.refusal(ctx) if self.delivery_check is not None else None
        if refusal is not None:
            return Notice(kind="usage", text=refusal)
        sub, created = self.add(
            platform=ctx.platform,
            workspace=ctx.workspace,
            channel=ctx.channel,
            time=time,
            timezone=timezone,
            empty=empty,
            user=ctx.user,
            now=now,
            extra=extra,
        )
        when = describe_instant(self.next_delivery(sub, now=now), sub.timezone)
        template = messages.SUBSCRIBED if created else messages.SUBSCRIPTION_UPDATED
        lines = [template.format(time=sub.local_time, zone=sub.timezone, next=when)]
        lines.append(messages.SUBSCRIPTION_EMPTY_POLICY.format(policy=messages.EMPTY_POLICY_LABELS[sub.empty_policy]))
        if timezone is None and created and sub.timezone == self.default_timezone:
            lines.append(messages.SUBSCRIBE_DEFAULT_ZONE_HINT)
        return Notice(kind="info", text=" ".join(lines), ephemeral=False)

    def _unsubscribe(self, ctx: Context) -> Notice:
        if ctx.channel_kind == "dm":
            return Notice(kind="usage", text=messages.UNSUBSCRIBE_DM)
        if not ctx.channel or not self.remove(platform=ctx.platform, workspace=ctx.workspace, channel=ctx.channel):
            return Notice(kind="info", text=self._not_subscribed(ctx))
        return Notice(kind="info", text=messages.UNSUBSCRIBED, ephemeral=False)

    def _status(self, ctx: Context) -> Notice:
        if ctx.channel_kind == "dm":  # answers what status asks (is there a digest here?), not how to subscribe
            return Notice(kind="info", text=messages.STATUS_IN_DM)
        sub = self.get(platform=ctx.platform, workspace=ctx.workspace, channel=ctx.channel or "")
        if sub is None:
            return Notice(kind="info", text=self._not_subscribed(ctx))
        return Notice(kind="info", text=self.describe(sub, now=dt.datetime.now(dt.UTC)))

    def _not_subscribed(self, ctx: Context) -> str:
        """ "No digest here", with how to start one in the platform's own command, or why none can be started
        here (fresh tester 61 U7: a workspace whose subscribe is refused was told to run subscribe)."""
        refusal = self.delivery_check.refusal(ctx) if self.delivery_check is not None else None
        if refusal is not None:
            return messages.NOT_SUBSCRIBED_CANNOT.format(refusal=refusal)
        return messages.NOT_SUBSCRIBED_DISCORD if ctx.platform == "discord" else messages.NOT_SUBSCRIBED

    # -- operations shared with the CLI ------------------------------------------------------------------------

    def add(
        self,
        *,
        platform: Platform,
        workspace: str | None,
        channel: str,
        time: str | None,
        timezone: str | None,
        empty: str | None,
        user: str | None = None,
        now: dt.datetime,
        extra: tuple[str, ...] = (),
        refused: Sequence[str] = (),
    ) -> tuple[Subscription, bool]:
        """Create or update the channel's subscription; every argument is validated before anything is written.

        Returns the subscription and whether it was created. Values not given keep the existing subscription's,
        or the defaults for a new one. Every bad argument is named at once: CommandError with one line for each,
        `extra` (words that fit no argument) and `refused` (lines the caller found wrong already, such as the CLI's
        missing --workspace) included.
        """
        wrong: list[str] = list(refused)  # one run names them all, as `validate` does (fresh tester 50)

        def checked(parse: Callable[[str], str], value: str | None) -> str | None:
            if value is None:
                return None
            try:
                return parse(value)
            except CommandError as exc:
                wrong.append(exc.message)
                return None

        new_time = checked(parse_time, time)
        new_zone = checked(resolve_timezone, timezone)
        new_empty = checked(parse_empty, empty)
        if extra:
            words = " ".join(f"'{word[:40]}'" for word in extra[:5])
            wrong.append(messages.SUBSCRIBE_EXTRA.format(words=words))
        if not channel.strip():
            wrong.append(messages.NO_CHANNEL)
        for given in (channel, workspace or ""):
            # Slack and Discord ids hold neither, and are far shorter than the column (store.ID_LENGTH)
            if len(given) > ID_LENGTH or any(ch.isspace() or not ch.isprintable() for ch in given):
                wrong.append(messages.BAD_CHANNEL.format(value=given[:ID_LENGTH]))
        if wrong:
            raise CommandError("\n".join(wrong))
        for attempt in range(2):
            try:
                with self.store.session() as s:
                    found = _channel_rows(s, platform, workspace, channel)
                    # a workspace-less twin of this channel's row: one subscription stays
                    sub = _fold_twins(s, found) if found else None
                    if sub is not None and workspace and sub.workspace != workspace:
                        sub.workspace = workspace  # adopted: from now on found under its workspace directly
                    created = sub is None or sub.removed_at is not None
                    if sub is not None and sub.removed_at is not None:
                        # unsubscribed earlier: the same row again (its deliveries say which days the channel
                        # had), with what this subscribe gives or the defaults, as for a new one
                        sub.local_time = new_time or self.default_time
                        sub.timezone = new_zone or self.default_timezone
                        sub.empty_policy = new_empty or "nearest"
                        sub.subscribed_by = hash_user(platform, user)
                        sub.created_at = sub.schedule_from = sub.updated_at = now
                        sub.enabled, sub.removed_at, sub.last_error, sub.disabled_at = True, None, None, None
                    elif sub is None:
                        sub = Subscription(
                            platform=platform,
                            workspace=workspace or "",
                            channel=channel,
                            local_time=new_time or self.default_time,
                            timezone=new_zone or self.default_timezone,
                            empty_policy=new_empty or "nearest",
                            subscribed_by=hash_user(platform, user),
                            created_at=now,
                            schedule_from=now,
                            updated_at=now,
                            enabled=True,
                        )
                        s.add(sub)
                    else:
                        changed = (new_time and new_time != sub.local_time) or (new_zone and new_zone != sub.timezone)
                        if changed or not sub.enabled:
                            sub.schedule_from = now
                        sub.local_time = new_time or sub.local_time
                        sub.timezone = new_zone or sub.timezone
                        sub.empty_policy = new_empty or sub.empty_policy
                        sub.subscribed_by = hash_user(platform, user) or sub.subscribed_by
                        sub.updated_at = now
                        sub.enabled = True
                        sub.last_error = None
                        sub.disabled_at = None
                    s.flush()
                    log.info(
                        "subscription %s platform=%s workspace=%s channel=%s at %s %s",
                        "created" if created else "updated",
                        platform,
                        workspace,
                        channel,
                        sub.local_time,
                        sub.timezone,
                    )
                    return sub, created
            except IntegrityError:  # another copy subscribed the same channel at the same moment: update theirs
                if attempt:
                    raise
        raise AssertionError("unreachable")  # pragma: no cover

    def remove(self, *, platform: str, workspace: str | None, channel: str, now: dt.datetime | None = None) -> bool:
        """Stop the channel's digests; False when it has none. The row stays, removed (`Subscription.removed_at`),
        with its deliveries: a subscribe there the same day must know the channel had that day's digest (fresh
        tester 56: a second one was sent). A workspace-less twin of it is folded into it, as `add` does."""
        now = now or dt.datetime.now(dt.UTC)
        with self.store.session() as s:
            found = _channel_rows(s, platform, workspace, channel)
            if not _live(found):
                return False
            first = _fold_twins(s, found)
            if first.removed_at is None:
                first.enabled, first.removed_at, first.updated_at = False, now, now
                first.subscribed_by = None  # who subscribed is kept no longer than the subscription
            log.info("subscription removed platform=%s workspace=%s channel=%s", platform, workspace, channel)
            return True

    def get(self, *, platform: str, workspace: str | None, channel: str) -> Subscription | None:
        with self.store.session() as s:
            found = _live(_channel_rows(s, platform, workspace, channel))
            return found[0] if found else None

    def workspaces_of(self, *, platform: str, channel: str) -> list[str]:
        """The workspaces in which `channel` of `platform` has a subscription (not removed), sorted."""
        with self.store.session() as s:
            query = select(Subscription.workspace).where(
                Subscription.platform == platform,
                Subscription.channel == channel,
                Subscription.workspace != "",
                Subscription.removed_at.is_(None),
            )
            return sorted(s.scalars(query))

    def list(self) -> list[Subscription]:
        with self.store.session() as s:
            query = select(Subscription).where(Subscription.removed_at.is_(None))
            return list(s.scalars(query.order_by(Subscription.platform, Subscription.id)))

    def next_delivery(self, sub: Subscription, *, now: dt.datetime, max_attempts: int = MAX_ATTEMPTS) -> dt.datetime:
        """The first due instant after `now` of a local date the channel has not had its digest for.

        A date with a delivery row other than `failed` (sent, skipped, missed, abandoned, or claimed by a run now)
        gets no other digest (`bot.digest`), so a time moved later after today's digest went out is next due
        tomorrow (fresh tester 56: "next: today 09:04", and nothing came). A failed one is retried at the new time,
        unless it has had `max_attempts` sends (`bot.digest.Digests._plan` does not retry it: reviewer 18 F2).
        """
        due = next_due(sub.local_time, sub.timezone, now)
        zone = zoneinfo.ZoneInfo(sub.timezone)
        with self.store.session() as s:
            done = set(
                s.scalars(
                    select(Delivery.local_date).where(
                        Delivery.subscription_id == sub.id,
                        Delivery.local_date >= due.astimezone(zone).date(),
                        (Delivery.status != "failed") | (Delivery.attempts >= max_attempts),
                    )
                )
            )
        while due.astimezone(zone).date() in done:
            due = next_due(sub.local_time, sub.timezone, due)
        return due

    def last_delivery(self, subscription_id: int) -> Delivery | None:
        with self.store.session() as s:
            return s.scalars(
                select(Delivery)
                .where(Delivery.subscription_id == subscription_id)
                .order_by(Delivery.local_date.desc())
                .limit(1)
            ).one_or_none()

    def view(self, sub: Subscription, *, now: dt.datetime) -> SubscriptionView:
        """What `describe` says of `sub` at `now` (an aware instant), as fields."""
        last = self.last_delivery(sub.id)
        return SubscriptionView(
            id=sub.id,
            platform=sub.platform,
            workspace=sub.workspace or None,
            channel=sub.channel,
            enabled=sub.enabled,
            local_time=sub.local_time,
            timezone=sub.timezone,
            empty_policy=sub.empty_policy,
            next_due=self.next_delivery(sub, now=now).astimezone(dt.UTC) if sub.enabled else None,
            last_delivery_date=last.local_date if last is not None else None,
            last_delivery_status=last.status if last is not None else None,
            paused_reason=None if sub.enabled else sub.last_error or "unknown error",
            paused_at=None if sub.enabled else sub.disabled_at or sub.updated_at,
        )

    def describe(self, sub: Subscription, *, now: dt.datetime) -> str:
        """What `status` says: the schedule and the last delivery, or why the digest is paused."""
        if not sub.enabled:
            when = describe_instant(sub.disabled_at or sub.updated_at, sub.timezone)
            reason = sub.last_error or "unknown error"
            return messages.STATUS_DISABLED.format(
                when=when, platform=sub.platform.capitalize(), reason=reason, fix=pause_fix(reason)
            )
        when = describe_instant(self.next_delivery(sub, now=now), sub.timezone)
        lines = [messages.STATUS_ACTIVE.format(time=sub.local_time, zone=sub.timezone, next=when)]
        lines.append(messages.SUBSCRIPTION_EMPTY_POLICY.format(policy=messages.EMPTY_POLICY_LABELS[sub.empty_policy]))
        last = self.last_delivery(sub.id)
        if last is not None:
            day = f"{last.local_date.day} {MONTHS[last.local_date.month - 1]} {last.local_date.year}"
            lines.append(messages.STATUS_LAST.format(last=f"{day}, {last.status}"))
        return " ".join(lines)
