"""Build slack-bolt's AsyncApp around a Core: listeners translate Slack payloads into core calls, render replies.

Nothing here decides what to answer. Every listener acks first (Slack wants it within 3 seconds), then runs the
core on a single worker thread so a slow answer never holds up other requests' acks, then replies:

- `/palantir-ice ...`   ephemeral, through `response_url` (works in channels, DMs and private channels alike)
- a DM to the bot       a message in the DM, no thread
- a mention             a reply in a thread under the mention (a rate-limit notice stays ephemeral)
- buttons               Share in channel (repost, attributed), Sources, Related, More (timeline pages), fact ids

Slack retries events it thinks failed, and anyone holding a signed request can replay it within 5 minutes:
`drop_repeats` remembers event ids (and the signatures of commands and button presses) in memory and, with several
replicas, in the shared database (`bot.once.OnceLedger`), so a repeat is acknowledged, marked
`X-Slack-No-Retry: 1`, and never answered twice, whichever replica it reaches.

Under overload `Admission` bounds the work: at most `max_pending` answers wait, none longer than `max_wait`
seconds; anything beyond gets an immediate ephemeral "busy, try again in a minute" instead of a late answer.
Every reply is retried through Web API and response_url failures (adapters/slack/retry.py), a chat.postMessage
only after checking it is not in the conversation already (adapters/slack/post_once.py); an answer lost for good
leaves one log line with its request id.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import aiohttp
from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncRespond
from slack_bolt.authorization import AuthorizeResult
from slack_bolt.authorization.async_authorize import AsyncAuthorize
from slack_bolt.context.async_context import AsyncBoltContext
from slack_bolt.error import BoltUnhandledRequestError
from slack_bolt.logger.messages import warning_client_prioritized_and_token_skipped
from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.oauth.installation_store.async_installation_store import AsyncInstallationStore
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from adapters.admission import Admission, busy_text, log_database_busy
from adapters.slack import render
from adapters.slack.post_once import Unconfirmed, post_once
from adapters.slack.retry import RETRY_BUDGET_SECONDS, TRANSIENT_ERRORS, retry_handlers
from bot import messages
from bot.answer_key import AnswerKey, digest_of
from bot.commands import (
    DATABASE_COMMANDS,
    DATABASE_PENDING,
    DATABASE_WAIT_SECONDS,
    DATABASE_WORKERS,
    AnyCommand,
    FactCmd,
    TimelineCmd,
    parse,
    typed_question,
    uses_database,
)
from bot.core import Core
from bot.models import Answer, FactView, Notice, Reply
from bot.once import (
    SHARE_UNCONFIRMED_HOLD_SECONDS,
    SHARE_WINDOW_SECONDS,
    OnceLedger,
    SeenEvents,
    first_claim,
    release_claim,
    shorten_claim,
)
from bot.ports import ChannelKind, Context

log = logging.getLogger(__name__)
T = TypeVar("T")

COMMAND = "/palantir-ice"
CANNOT_POST = frozenset({"not_in_channel", "channel_not_found", "is_archived", "restricted_action", "cant_post"})
# Message subtypes a person produces: a message with a file, a thread reply also sent to the channel, /me.
# Everything else (edits, deletions, joins, bot messages, channel topic changes...) is not a question.
PERSON_SUBTYPES = frozenset({"file_share", "thread_broadcast", "me_message"})
# How long a claimed request id is kept, in memory and in the database: Slack retries within minutes and a signed
# request is accepted for 5 minutes, so an hour is a wide margin.
REPEAT_WINDOW_SECONDS = 3600.0
# The request line's outcome when the reply never reached Slack (after every retry): not "answered".
LOST = "lost"
# ... when Slack answered an error after which the post may or may not be there, and the conversation could not be
# checked for it (post_once.py), so it was not posted again.
UNSURE = "unconfirmed"
# ... when a button's value could not be read (the person was told to run the command again).
UNREADABLE = "unreadable"
# ... when the same answer was shared to the same channel a moment ago (the second press of a double-click).
ALREADY_SHARED = "already_shared"
# ... when Slack refused a Share for good (the bot not in the channel, an archived channel): the presser was told.
SHARE_REFUSED = "share_refused"
# ... when Slack rate-limited the Share's post past the retry budget (the presser was told to try again in a minute).
SHARE_RATE_LIMITED = "share_rate_limited"
# ... when the answer under a Share button no longer comes out the same (bot/answer_key.py): nothing was posted.
CHANGED = "share_changed"
ANSWER_CHANGED = "answer_changed"  # ... the same, for Sources or feedback: nothing shown or recorded
# What a Notice reply did, by its kind, for the request line: "info" is a command carried out and reported
# (subscribed, unsubscribed, a status), not a bare "info".
NOTICE_OUTCOMES = {"info": "done", "help": "help", "usage": "usage", "error": "error", "rate_limited": "rate_limited"}
# The request line's outcomes in which the person got what the request asked for (`answered=True`).
ANSWERED = frozenset({"answered", "done", "help"})
# The history scopes of DMs and group DMs (Slack's `needed` on missing_scope): a conversation refused for one of
# them is a DM to this app (`_probed_kind`).
DM_HISTORY_SCOPES = frozenset({"im:history", "mpim:history"})
# Answers that are refusals or help, not answers: "Share in channel" shows them to the presser only.
PRIVATE_OUTCOMES = frozenset({"empty", "too_long", "rate_limited", "non_english"})


def _outcome(reply: Reply) -> str:
    """What a delivered reply did, for the request line: an answer's own outcome ("answered", "no_match"…), a
    notice's by its kind (NOTICE_OUTCOMES), "no_such_fact" for a fact id that names none (fresh tester 72 O2: logged
    answered=True beside "There is no fact with the id …"), and "answered" for the rest (a timeline, sources, a
    fact, a digest)."""
    if isinstance(reply, Answer):
        return reply.outcome
    if isinstance(reply, FactView) and not reply.found:
        return "no_such_fact"
    if isinstance(reply, Notice):
        return NOTICE_OUTCOMES.get(reply.kind, reply.kind)
    return "answered"


def _page_number(value: Any) -> bool:
    """A timeline page number as a More button carries it: a whole number from 1 (bool is no number here)."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1


def _whole(value: Any, low: int, high: int) -> bool:
    """A whole number within [low, high] (bool is no number here, though Python counts it one)."""
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _more_filters(value: Any) -> tuple[int | None, int | None, str | None, int] | None:
    """A More button's value as render.py writes it: exactly y, m, t and p, where y is a year or null, m a month
    (1-12) of that year or null, t a topic string or null and p a page number from 1; None for any other value.
    Every field is checked, not only p: a tampered `"y": "2019"`, a list `t` or `"m": 13` had its filter silently
    dropped (a page of the whole timeline) and `"y": true` read as the year 1 (fresh tester 58 P1)."""
    if not isinstance(value, dict) or set(value) != {"y", "m", "t", "p"} or not _page_number(value["p"]):
        return None  # valid JSON of another shape ({"bogus": 1}) is no first page of the whole brief (tester 56)
    year, month, topic = value["y"], value["m"], value["t"]
    if year is not None and not _whole(year, 1, 9999):
        return None
    if month is not None and (year is None or not _whole(month, 1, 12)):
        return None  # a month travels only with its year ("timeline 2019-09")
    if topic is not None and not isinstance(topic, str):
        return None
    return year, month, topic, value["p"]


MAX_KEY_FACTS = 50  # evidence ids a button's key may name: more than any answer leads with


def _answer_button(value: Any) -> tuple[AnswerKey, str | None, list[str]] | None:
    """An answer's button value as render.answer_value writes it, `{"q": question, "f": fact id or null, "s": [source
    ids], "e": [evidence ids], "h": digest, "r": a follow-up's reading}` (e, h and r absent from buttons made before
    them), as (the answer's key, f, s); None for any other value: the question a non-empty string, f a string or
    null, s and e lists of strings, h and r strings, no other key (fresh tester 61 O2: `"q": null` was thanked for,
    `"s": ["nope"]` listed every article)."""
    if not isinstance(value, dict) or not set(value) <= {"q", "f", "s", "e", "h", "r"}:
        return None
    question, fact_id, cited = value.get("q"), value.get("f"), value.get("s", [])
    facts, digest, read_as = value.get("e", []), value.get("h", ""), value.get("r", "")
    if not isinstance(question, str) or not question.strip() or len(question) > 1000:
        return None
    if fact_id is not None and not (isinstance(fact_id, str) and fact_id.strip()):
        return None
    if not isinstance(cited, list) or not all(isinstance(c, str) for c in cited):
        return None
    if not isinstance(facts, list) or len(facts) > MAX_KEY_FACTS or not all(isinstance(f, str) for f in facts):
        return None
    if not isinstance(digest, str) or len(digest) > 64 or not isinstance(read_as, str) or len(read_as) > 1000:
        return None
    if digest and fact_id != (facts[0] if facts else None):
        return None  # f is the first of e in every keyed value this app writes (e is covered by the digest)
    if not digest:
        # a button from before keys carried its question alone, asked again alone: a reading or evidence ids
        # without the digest that covers them are not taken on trust (fresh tester 70 O1: deleting "h" made Sources
        # and feedback use an edited r and e unchecked, while Share asked q alone)
        return AnswerKey(question), fact_id, cited
    return AnswerKey(question, read_as, tuple(facts), digest), fact_id, cited


def presser_name(body: dict[str, Any]) -> str:
    """The name of who pressed a button, as block_actions payloads give it (`user.username`, else `user.name`), for a
    shared answer's "asked:" line; "Someone" when Slack sent none. Never their id as a mention: that notifies them
    (fresh tester 65 U3)."""
    user = body.get("user") or {}
    name = (user.get("username") or user.get("name")) if isinstance(user, dict) else None
    return name.strip() if isinstance(name, str) and name.strip() else "Someone"


def share_place(body: dict[str, Any]) -> str:
    """Where a button was pressed, for "Shared in …": "dm" (Slack names a 1:1 DM `directmessage`, ids D…),
    "group_dm" (`mpdm-…`) or "channel"."""
    channel = body.get("channel") or {}
    kind = _kind_of_slash_channel(channel.get("name") if isinstance(channel, dict) else None)
    if kind != "dm":
        return "channel"
    return "dm" if channel.get("name") == "directmessage" else "group_dm"


def _kind_of_slash_channel(channel_name: str | None) -> ChannelKind:
    """A group DM (Slack names it `mpdm-alice--bob-1`) is a direct message too: digests go to channels, and the
    manifest asks no `mpim:history`, without which a digest's crash-recovery check could not read it."""
    name = channel_name or ""
    if name == "directmessage" or name == "mpdm" or name.startswith("mpdm-"):
        return "dm"
    if name == "privategroup":
        return "group"
    return "channel"


def _kind_of_event_channel(event: dict[str, Any]) -> ChannelKind:
    kind = event.get("channel_type")
    if kind in ("im", "mpim"):  # a group DM is a direct message (see _kind_of_slash_channel)
        return "dm"
    if kind == "group":
        return "group"
    return "thread" if event.get("thread_ts") else "channel"


def _is_from_a_person(event: dict[str, Any], bot_user_id: str | None) -> bool:
    """A person's message (also with a file, or a thread reply sent to the channel); bots, this one included,
    edits, deletions, joins and every other subtype are not questions."""
    subtype = event.get("subtype")
    if subtype and subtype not in PERSON_SUBTYPES:
        return False
    if event.get("bot_id") or event.get("bot_profile") or "edited" in event:
        return False
    user = event.get("user")
    return bool(user) and user != bot_user_id


def request_key(req: AsyncBoltRequest) -> str | None:
    """What makes a request a repeat: the event id for events (Slack's retries carry the same one), otherwise the
    request's signature (a replayed command or button press is the same signed body); None when unsigned (Socket
    Mode's envelopes are not replayable from outside)."""
    body = req.body
    if body.get("type") == "event_callback" and body.get("event_id"):
        return f"slack:event:{body.get('team_id') or ''}:{body['event_id']}"[:96]
    signature = (req.headers.get("x-slack-signature") or [""])[0]
    if signature:
        return "slack:sig:" + hashlib.sha256(signature.encode()).hexdigest()[:40]
    return None


def _unhandled_name(body: dict[str, Any]) -> str:
    """What a request asked for, for the "no listener" line: an event type, an action id or a command (quoted
    with repr, at most 60 characters: it comes from the request)."""
    event = body.get("event")
    actions = body.get("actions")
    if isinstance(event, dict):
        name: Any = event.get("type")
    elif isinstance(actions, list) and actions and isinstance(actions[0], dict):
        name = actions[0].get("action_id")
    else:
        name = body.get("command") or body.get("callback_id")
    return repr(str(name or "-")[:60])


def request_id(body: dict[str, Any], key: str | None = None) -> str:
    """An id to name a request by in logs: the event id, the trigger id, else the short form of its `request_key`
    when given (a signed body without either: "sig:" and 12 hex digits of its signature's digest), else "-".
    Fresh tester 70 U6: a replayed command without a trigger id was "dropped a repeat of request - (retry 0)"."""
    found = body.get("event_id") or body.get("trigger_id")
    if not found and key:
        found = key.removeprefix("slack:")[:16]
    return str(found or "-")[:64]


class SlackAuthorize(AsyncAuthorize):
    """Who the bot is, for each request, without calling Slack on the request path.

    One workspace: the token's identity from the start-up `auth.test` (or, when not given, one lazy `auth.test`
    retried like any call and cached). Installs: the workspace's bot from the installation store. An API outage
    therefore never looks like an uninstall; None (the person is told so) only when nothing can answer for them.
    """

    def __init__(
        self,
        *,
        token: str | None,
        identity: dict[str, Any] | None = None,
        installations: AsyncInstallationStore | None = None,
    ) -> None:
        self.token = token
        self.identity = identity
        self.installations = installations

    async def __call__(
        self,
        *,
        context: AsyncBoltContext,
        enterprise_id: str | None,
        team_id: str | None,
        user_id: str | None,
        actor_enterprise_id: str | None = None,
        actor_team_id: str | None = None,
        actor_user_id: str | None = None,
    ) -> AuthorizeResult | None:
        if self.installations is not None:
            bot = await self.installations.async_find_bot(
                enterprise_id=enterprise_id, team_id=team_id, is_enterprise_install=context.is_enterprise_install
            )
            if bot is None:
                log.warning("slack: no installation for team %s: it gets the reinstall message", team_id)
                return None
            return AuthorizeResult(
                enterprise_id=bot.enterprise_id,
                team_id=bot.team_id,
                bot_user_id=bot.bot_user_id,
                bot_id=bot.bot_id,
                bot_token=bot.bot_token,
                bot_scopes=bot.bot_scopes,
                user_id=user_id,
            )
        if self.identity is None:
            try:
                self.identity = dict((await context.client.auth_test(token=self.token)).data)  # type: ignore[arg-type]
            except (SlackApiError, aiohttp.ClientError, TimeoutError, OSError) as exc:
                error = exc.response.get("error") if isinstance(exc, SlackApiError) else type(exc).__name__
                log.warning("slack: auth.test failed after retries (%s): the person is told to try again", error)
                return None
        return AuthorizeResult(
            enterprise_id=self.identity.get("enterprise_id"),
            team_id=self.identity.get("team_id"),
            team=self.identity.get("team"),
            url=self.identity.get("url"),
            bot_user_id=self.identity.get("user_id"),
            bot_id=self.identity.get("bot_id"),
            bot_token=self.token,
            user_id=user_id,
        )


class SlackAdapter:
    """The listeners, holding the core and an executor; `register(app)` wires them into an AsyncApp."""

    def __init__(
        self,
        core: Core,
        *,
        seen: SeenEvents | None = None,
        executor: ThreadPoolExecutor | None = None,
        http_session: aiohttp.ClientSession | None = None,
        admission: Admission | None = None,
        ledger: OnceLedger | None = None,
        retry_budget: float = RETRY_BUDGET_SECONDS,
    ):
        self.core = core
        self.retry_budget = retry_budget
        self.http_session = http_session
        # Answers wait their turn here, after the ack: under a burst, acks (cheap) keep flowing while a bounded
        # number of answers are computed; posting happens after the turn, so a slow Web API never blocks answering.
        self.admission = admission or Admission()
        self.seen = seen or SeenEvents(ttl=REPEAT_WINDOW_SECONDS)
        # Answers shared recently, per channel: a second press of the same Share (a double-click, two replicas
        # racing) finds the claim here or, with several replicas, in the shared ledger, and posts nothing.
        self.shared = SeenEvents(ttl=SHARE_WINDOW_SECONDS)
        # shares Slack did not confirm, still held (`on_share`): a press in this process is told to look first
        self.unconfirmed = SeenEvents(ttl=SHARE_UNCONFIRMED_HOLD_SECONDS)
        self.ledger = ledger
        self.executor = executor or ThreadPoolExecutor(max_workers=1, thread_name_prefix="slack-core")
        # The database commands' own threads and queue (bot.commands.DATABASE_COMMANDS): a subscribe waiting on a
        # locked database holds one of these, never the answering thread nor an answer's slot (fresh tester 56: a
        # subscribe held every other person's answer for 30 s). Its people are told "busy" past the same bounds.
        self.database_executor = ThreadPoolExecutor(max_workers=DATABASE_WORKERS, thread_name_prefix="slack-db")
        self.database_admission = Admission(
            concurrency=DATABASE_WORKERS, max_pending=DATABASE_PENDING, max_wait=DATABASE_WAIT_SECONDS
        )
        # The shared ledger's own thread, so a slow database delays repeats' checks, never the core's answers.
        self._ledger_executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="slack-once")

    # -- running the core ----------------------------------------------------------------------------------------

    async def _call(self, fn: Callable[[], T], *, database: bool = False) -> T:
        executor = self.database_executor if database else self.executor
        return await asyncio.get_running_loop().run_in_executor(executor, fn)

    def _admission(self, command: AnyCommand) -> Admission:
        """The queue `command` waits in: the database commands' own, or the answers'."""
        return self.database_admission if uses_database(command) else self.admission

    async def handle(self, command: AnyCommand, ctx: Context) -> Reply:
        """The core's reply, or the fixed apology if the core failed unexpectedly (logged with its traceback)."""
        try:
            return await self._call(lambda: self.core.handle(command, ctx), database=uses_database(command))
        except Exception:
            log.exception("slack: the core failed on %s", command.name)
            return Notice(kind="error", text=messages.APOLOGY)

    def _log_busy(self, command: AnyCommand) -> None:
        """One WARNING for a database command told "busy" (`adapters.admission.log_database_busy`)."""
        if uses_database(command):
            log_database_busy(log, "slack", command.name, self.database_admission)

    @staticmethod
    def _render(reply: Reply, **options: Any) -> tuple[str, list[dict[str, Any]]]:
        """Drawn for Slack; a rendering bug costs the person an apology, never silence."""
        try:
            return render.render(reply, **options)
        except Exception:
            log.exception("slack: could not render a %s", type(reply).__name__)
            return render.render_notice(Notice(kind="error", text=messages.APOLOGY))

    @staticmethod
    def _log(ctx: Context, kind: str, command: str, started: float, outcome: str) -> None:
        log.info(
            "slack request team=%s kind=%s command=%s latency_ms=%.1f outcome=%s answered=%s",
            ctx.workspace,
            kind,
            command,
            (time.perf_counter() - started) * 1000,
            outcome,
            outcome in ANSWERED,
        )

    # -- wiring ----------------------------------------------------------------------------------------------------

    def register(self, app: AsyncApp) -> None:
        app.middleware(self.drop_repeats)
        app.command(COMMAND)(self.on_command)
        app.event("app_mention")(self.on_mention)
        app.event("message")(self.on_message)
        app.action(render.SHARE)(self.on_share)
        app.action(render.SOURCES)(self.on_sources)
        app.action(render.RELATED)(self.on_related)
        app.action(render.MORE)(self.on_more)
        app.action(render.FACT)(self.on_fact)
        app.action(render.HELPFUL)(self.on_feedback)
        app.action(render.NOT_HELPFUL)(self.on_feedback)
        app.error(self.on_error)

    async def _first_time(self, key: str, *, seen: SeenEvents | None = None, within: float | None = None) -> bool:
        """True unless this process (`seen`, default the repeats') or (with a ledger) any replica claimed `key`
        within the window (`within` seconds in the ledger, default its retention); `bot.once.first_claim`."""
        return await first_claim(
            key,
            seen=seen or self.seen,
            ledger=self.ledger,
            executor=self._ledger_executor,
            within=within,
            platform="slack",
        )

    async def drop_repeats(
        self, req: AsyncBoltRequest, resp: BoltResponse, next: Callable[[], Awaitable[BoltResponse]]
    ) -> BoltResponse:
        """A request seen before (here or on another replica) is acknowledged and dropped; `X-Slack-No-Retry` asks
        Slack to stop retrying."""
        key = request_key(req)
        if key is not None and not await self._first_time(key):
            retry = (req.headers.get("x-slack-retry-num") or [""])[0]
            # Slack's retries are numbered; a repeat without the header is a replay (fresh tester 72 U4: "retry 0")
            what = f"retry {retry[:8]}" if retry else "a replay: no retry header"
            log.info("slack: dropped a repeat of request %s (%s)", request_id(req.body, key), what)
            return BoltResponse(status=200, body="", headers={"X-Slack-No-Retry": "1"})
        return await next()

    async def on_error(self, error: Exception, body: dict[str, Any]) -> BoltResponse | None:
        """The catch-all: whatever escaped a listener is logged; the listener already told the person.

        A request no listener handles (another command, a button or event type this app does not know) is one
        line instead of bolt's multi-line advice: 200 with `X-Slack-No-Retry: 1` for an event (Slack retries
        anything else, and disables an app whose events keep failing), 404 for the rest (the person sees that
        the command or button did nothing)."""
        if isinstance(error, BoltUnhandledRequestError):
            kind = str(body.get("type") or body.get("command") or "")[:40]
            if kind:
                what = _unhandled_name(body)
                log.info("slack: no listener for a %s request %s (%s): ignored", kind, request_id(body), what)
            else:  # the guard refuses these with 400; a line a person can read should one still get here
                log.info(
                    "slack: no listener for a request with no type or command (request %s): ignored", request_id(body)
                )
            if body.get("type") == "event_callback":
                return BoltResponse(status=200, body="", headers={"X-Slack-No-Retry": "1"})
            return BoltResponse(status=404, body="", headers={"X-Slack-No-Retry": "1"})
        log.error(
            "slack: unhandled error for a %s request %s",
            str(body.get("type", "?"))[:40],
            request_id(body),
            exc_info=error,
        )
        return None

    # -- slash command --------------------------------------------------------------------------------------------

    async def on_command(self, ack: AsyncAck, body: dict[str, Any], respond: AsyncRespond) -> None:
        await ack()
        started = time.perf_counter()
        ctx = Context(
            platform="slack",
            workspace=body.get("team_id"),
            channel=body.get("channel_id"),
            user=body.get("user_id"),
            channel_kind=_kind_of_slash_channel(body.get("channel_name")),
            user_name=body.get("user_name"),
        )
        command = parse(render.question_text(body.get("text") or ""))
        if not body.get("response_url"):
            log.warning("slack: a command without response_url (request %s): nowhere to answer", request_id(body))
            return
        async with self._admission(command).turn() as admitted:
            if admitted:
                reply = await self.handle(command, ctx)
                text, blocks = self._render(reply, shareable=True, typed=typed_question(command))
        if not admitted:
            self._log_busy(command)
            text, blocks = render.render_notice(Notice(kind="rate_limited", text=busy_text(command.name)))
            sent = await self._respond(body, respond, text=text, blocks=blocks, response_type="ephemeral")
            self._log(ctx, "command", command.name, started, "busy" if sent else LOST)
            return
        sent = await self._respond(body, respond, text=text, blocks=blocks, response_type="ephemeral")
        self._log(ctx, "command", command.name, started, _outcome(reply) if sent else LOST)

    # -- events -----------------------------------------------------------------------------------------------------

    def _event_context(self, body: dict[str, Any], event: dict[str, Any]) -> Context:
        return Context(
            platform="slack",
            workspace=body.get("team_id") or event.get("team"),
            channel=event.get("channel"),
            user=event.get("user"),
            channel_kind=_kind_of_event_channel(event),
        )

    async def _answer_event(
        self, body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient, *, thread: bool, kind: str
    ) -> None:
        started = time.perf_counter()
        channel = event.get("channel")
        if not channel or not isinstance(channel, str):
            log.warning("slack: a %s without a channel (request %s): nowhere to answer", kind, request_id(body))
            return
        ctx = self._event_context(body, event)
        command = parse(render.question_text(str(event.get("text") or "")))
        unchecked = False
        if command.name in DATABASE_COMMANDS and "channel_type" not in event:
            probed = await self._probed_kind(client, channel, ctx.channel_kind)
            # A subscribe Slack could not help place is refused: stored, it could be a group DM's (fresh tester 61
            # P1); status and unsubscribe store nothing, so they go on with the event's kind.
            unchecked = probed is None and command.name == "subscribe"
            ctx = ctx.model_copy(update={"channel_kind": probed or ctx.channel_kind})
        where: dict[str, Any] = {"channel": channel}
        anchor = event.get("thread_ts") or event.get("ts")
        if thread and anchor:
            where["thread_ts"] = anchor
        async with self._admission(command).turn() as admitted:
            if admitted:
                reply: Reply = (
                    Notice(kind="error", text=messages.CONVERSATION_UNCHECKED)
                    if unchecked
                    else await self.handle(command, ctx)
                )
                text, blocks = self._render(reply, shareable=False, typed=typed_question(command))
        if not admitted:  # "busy" is for the asker only, wherever they asked
            self._log_busy(command)
            reply = Notice(kind="rate_limited", text=busy_text(command.name))
            text, blocks = render.render_notice(reply)
        limited = isinstance(reply, Notice) and reply.kind == "rate_limited"
        ephemeral = limited and bool(event.get("user")) and (thread or not admitted)
        if ephemeral:
            post: Awaitable[Any] = client.chat_postEphemeral(user=event["user"], text=text, blocks=blocks, **where)
        else:
            key = f"{kind}:{request_id(body)}"
            post = post_once(client, key=key, text=text, blocks=blocks, budget=self.retry_budget, **where)
        delivered = await self._post(post, f"request {request_id(body)} ({kind})")
        outcome = delivered if delivered != "sent" else "busy" if not admitted else _outcome(reply)
        self._log(ctx, kind, command.name, started, outcome)

    @staticmethod
    async def _probed_kind(client: AsyncWebClient, channel: str, kind: ChannelKind) -> ChannelKind | None:
        """The kind of a conversation an event does not name (Slack documents no `channel_type` on app_mention, and
        a group DM's id may start with C like a channel's): one `conversations.history` call with the scopes the
        manifest asks. Refused for want of a DM's history scope (Slack's `needed`: `mpim:history`, `im:history`),
        the conversation is one whose history this app cannot read (a group DM), where a digest's exactly-once check
        could not work: "dm", as group DMs are taken everywhere else. Refused for another reason Slack names for
        good (another scope: an install that predates `channels:history`; channel_not_found…) or readable: `kind`
        stands (reviewer 18 F5: a real channel's subscribe was refused). None when Slack could not say within the
        client's retry budget (429s, a transient error, a 5xx, no connection: fresh tester 61 P1): the caller must
        not take the conversation for a channel. Never raises (reviewer 18 F5: a request error escaped)."""
        try:
            await client.conversations_history(channel=channel, limit=1)
        except SlackApiError as exc:
            error = exc.response.get("error")
            if error == "missing_scope":
                needed = exc.response.get("needed")
                if isinstance(needed, str) and needed:
                    return "dm" if set(needed.split(",")) & DM_HISTORY_SCOPES else kind
                return "dm"  # Slack names the scope; without that, the safe side: no digest set up there
            status = exc.response.status_code
            if error in TRANSIENT_ERRORS or status == 429 or status >= 500 or not error:
                log.warning("slack: could not tell what conversation %s is: %s", channel, error or f"HTTP {status}")
                return None
        except (SlackClientError, aiohttp.ClientError, TimeoutError, OSError) as exc:
            log.warning("slack: could not tell what conversation %s is: %s", channel, type(exc).__name__)
            return None
        return kind

    @staticmethod
    async def _post(post: Awaitable[Any], what: str) -> str:
        """Await a Web API post: "sent", or LOST / UNSURE after one WARNING naming `what` (the request)."""
        try:
            await post
        except Unconfirmed as exc:  # Slack may have posted it, and the conversation could not be checked
            log.warning(
                "slack: answer may not have arrived, not posted again: %s: %s (Slack may have posted it)",
                what,
                exc.reason,
            )
            return UNSURE
        except SlackApiError as exc:
            error = exc.response.get("error") or f"HTTP {exc.response.status_code}"
            log.warning("slack: answer lost for good: %s: %s", what, error)
            return LOST
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            log.warning("slack: answer lost for good: %s: %s", what, type(exc).__name__)
            return LOST
        return "sent"

    async def on_mention(
        self, body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient, context: Any
    ) -> None:
        if _is_from_a_person(event, context.get("bot_user_id")):
            await self._answer_event(body, event, client, thread=True, kind="mention")

    async def on_message(
        self, body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient, context: Any
    ) -> None:
        """Only direct messages: a mention in a channel arrives as app_mention (and, with more scopes, here too).
        Answered where asked: in the DM itself, or in the DM's thread a reply was written in (fresh tester 61 U4: a
        question in a DM thread was answered in the DM's main timeline, away from its context)."""
        if event.get("channel_type") == "im" and _is_from_a_person(event, context.get("bot_user_id")):
            in_thread = bool(event.get("thread_ts"))
            await self._answer_event(body, event, client, thread=in_thread, kind="dm")

    # -- buttons ------------------------------------------------------------------------------------------------------

    @staticmethod
    def _value(body: dict[str, Any]) -> Any:
        raw = (body.get("actions") or [{}])[0].get("value") or ""
        try:
            return json.loads(raw)
        except ValueError:
            return raw

    def _action_name(self, body: dict[str, Any]) -> str:
        """The request line's `command=` for a button: its action id, but `share` for Share in channel, as every
        other Share line says (fresh tester 67 U6: an unreadable one logged `command=share_in_channel`)."""
        action_id = str((body.get("actions") or [{}])[0].get("action_id") or "?")[:40]
        return "share" if action_id == render.SHARE else action_id

    async def _unreadable(self, body: dict[str, Any], respond: AsyncRespond, started: float) -> None:
        """A button whose value is not what this app put there (an older version's, or tampered with): the person is
        told, only them, and the request line says `outcome=unreadable`."""
        text = messages.SLACK_BUTTON_UNREADABLE
        sent = await self._respond(
            body, respond, text=text, blocks=[render.section(text)], response_type="ephemeral", replace_original=False
        )
        self._log(self._action_context(body), "action", self._action_name(body), started, UNREADABLE if sent else LOST)

    async def _show_logged(
        self,
        body: dict[str, Any],
        respond: AsyncRespond,
        started: float,
        text: str,
        blocks: list[dict[str, Any]],
        *,
        replace: bool = False,
    ) -> None:
        """`_show`, then the request line (each button press logs one, as each command does). `replace`: the pressed
        message is replaced (`replace_original`) instead of a new one being added below it."""
        sent = await self._respond(
            body, respond, text=text, blocks=blocks, response_type="ephemeral", replace_original=replace
        )
        self._log(self._action_context(body), "action", self._action_name(body), started, "answered" if sent else LOST)

    def _action_context(self, body: dict[str, Any]) -> Context:
        return Context(
            platform="slack",
            workspace=(body.get("team") or {}).get("id"),
            channel=(body.get("channel") or {}).get("id"),
            user=(body.get("user") or {}).get("id"),
        )

    async def _respond(
        self, body: dict[str, Any], respond: AsyncRespond, *, lost: str = "answer", **message: Any
    ) -> bool:
        """Post to response_url, retried through outages, 5xx and 429 (bolt's `respond` retries nothing), reusing
        one keep-alive session when there is one. True when Slack took it; a post lost for good is one log line
        naming the request and what was lost (`lost`: "answer" unless the caller's post is something else), and
        False."""
        url = body.get("response_url")
        if not url or not isinstance(url, str):
            log.warning("slack: %s lost for good: request %s has no response_url", lost, request_id(body))
            return False
        try:
            client = AsyncWebhookClient(
                url, session=self.http_session, retry_handlers=retry_handlers(self.retry_budget)
            )
            sent = await client.send(**message)
        except (aiohttp.ClientError, TimeoutError, OSError, ValueError) as exc:
            log.warning(
                "slack: %s lost for good: request %s via response_url: %s", lost, request_id(body), type(exc).__name__
            )
            return False
        if sent.status_code != 200:  # e.g. 404 expired_url: the person waited over 30 minutes to press
            log.warning(
                "slack: %s lost for good: request %s: response_url answered %s %s",
                lost,
                request_id(body),
                sent.status_code,
                (sent.body or "")[:80].replace("\n", " "),
            )
            return False
        return True

    async def _show(self, body: dict[str, Any], respond: AsyncRespond, text: str, blocks: list[dict[str, Any]]) -> bool:
        """An ephemeral line for the presser; True when Slack took it."""
        return await self._respond(
            body, respond, text=text, blocks=blocks, response_type="ephemeral", replace_original=False
        )

    @staticmethod
    def _share_key(answer: Answer, ctx: Context) -> str:
        """The same answer (what the channel would be shown: bot/answer_key.py's digest of it) to the same channel:
        what a second press must not post again. Keyed on the answer, not on the button's raw value, which an edit
        (even of its JSON spacing) changed without changing what was posted (fresh tester 67 O1: 5 posts)."""
        return f"slack:share:{ctx.workspace or ''}:{ctx.channel or ''}:{digest_of(answer)}"[:96]

    async def _release_share(self, key: str) -> None:
        """A share that surely did not reach the channel may be pressed again."""
        await release_claim(key, seen=self.shared, ledger=self.ledger, executor=self._ledger_executor, platform="slack")

    async def on_share(
        self, ack: AsyncAck, body: dict[str, Any], client: AsyncWebClient, respond: AsyncRespond
    ) -> None:
        """Repost the same answer in the channel for everyone, attributed to the person who asked, once.

        The presser's ephemeral answer is then replaced (response_url, `replace_original`) by a line saying where
        it was shared, without the button. Two presses racing (a double-click, before the replacement lands) are
        told apart by a claim on the answer and channel for `SHARE_WINDOW_SECONDS`, kept in this process's memory
        and, when replicas share a database, in its ledger (`bot.once`): the second press posts nothing and its
        presser is told the answer is there already."""
        await ack()
        started = time.perf_counter()
        ctx = self._action_context(body)
        read = _answer_button(self._value(body))
        if read is None or not self._names_known(read[1], read[2]):
            await self._unreadable(body, respond, started)
            return
        key = read[0]
        try:
            # the answer the button is under, shown again the same (a follow-up included: fresh tester 65 P1)
            again = await self._call(lambda: self.core.reshow(key))
        except Exception:
            log.exception("slack: the core failed while sharing an answer")
            shown = await self._respond(
                body,
                respond,
                text=messages.APOLOGY,
                blocks=[render.section(messages.APOLOGY)],
                response_type="ephemeral",
                replace_original=False,
            )
            self._log(ctx, "action", "share", started, "error" if shown else LOST)  # one line per request, this too
            return
        if again is None:  # it would come out as another answer now: never posted in its place
            notice = messages.SLACK_SHARE_CHANGED
            told = await self._show(body, respond, notice, [render.section(notice)])
            self._log(ctx, "action", "share", started, CHANGED if told else LOST)
            return
        answer = again
        outcome: str = answer.outcome
        if not answer.answered:
            # only answers carry a Share button, so a value that re-answers to no answer is none this app wrote (a
            # keyed one comes back answered or not at all: only a value without its digest gets here): unreadable,
            # as a cut-short or wrongly digested one is, never posted (fresh tester 58 O2: a tampered "what is the
            # weather" posted "outside what I cover" for everyone; fresh tester 77 U2: shown to the presser, it
            # answered a button with the bot's topic list)
            await self._unreadable(body, respond, started)
            return
        if outcome in PRIVATE_OUTCOMES:  # a refusal is for the person who pressed, never for the whole channel
            await self._show_logged(body, respond, started, *render.render_answer(answer, shareable=False))
            return
        claim = self._share_key(answer, ctx)
        if not await self._first_time(claim, seen=self.shared, within=SHARE_WINDOW_SECONDS):
            unsure = not self.unconfirmed.first_time(claim, time.monotonic())
            if not unsure:
                self.unconfirmed.forget(claim)
            notice = messages.SLACK_SHARE_UNCONFIRMED_WAIT if unsure else messages.SLACK_ALREADY_SHARED
            await self._show(body, respond, notice, [render.section(notice)])
            self._log(ctx, "action", "share", started, ALREADY_SHARED)
            return
        text, blocks = render.render_answer(answer, shareable=False, shared_by=presser_name(body))
        try:
            await post_once(
                client,
                key=f"share:{request_id(body)}",
                channel=ctx.channel or "",
                text=text,
                blocks=blocks,
                budget=self.retry_budget,
            )
        except Unconfirmed as exc:  # perhaps shared; sharing again could show the channel the answer twice
            log.warning("slack: share may not have arrived in %s, not posted again: %s", ctx.channel, exc.reason)
            # the presser is told what is known (it may be there; look, and if not, press again in a minute). The
            # claim is kept for that minute (reviewer 18 F4: released at once, any second press, by anyone or a
            # retry, posted again unchecked), then goes, so a share that did not arrive can be made
            await shorten_claim(
                claim,
                left=SHARE_UNCONFIRMED_HOLD_SECONDS,
                window=SHARE_WINDOW_SECONDS,
                seen=self.shared,
                ledger=self.ledger,
                executor=self._ledger_executor,
                platform="slack",
            )
            self.unconfirmed.first_time(claim, time.monotonic())
            notice = (
                messages.SLACK_SHARE_FAILING.format(reason=exc.reason)
                if exc.checked
                else messages.SLACK_SHARE_UNCONFIRMED
            )
            shown = await self._show(body, respond, notice, [render.section(notice)])
            outcome = UNSURE if shown else LOST
        except SlackApiError as exc:
            error = exc.response.get("error")
            log.warning("slack: could not share in %s: %s", ctx.channel, error)
            refused = error in CANNOT_POST
            # a 429 past the retry budget is Slack's limit, not a fault of ours: said so, with when to try again
            # (fresh tester 65 U1: "something went wrong on my side … the team has been told", outcome=error)
            limited = exc.response.status_code == 429 or error == "ratelimited"
            notice = (
                messages.SLACK_CANNOT_POST
                if refused
                else messages.SLACK_SHARE_RATE_LIMITED
                if limited
                else messages.APOLOGY
            )
            await self._release_share(claim)
            shown = await self._show(body, respond, notice, [render.section(notice)])
            outcome = LOST if not shown else SHARE_REFUSED if refused else SHARE_RATE_LIMITED if limited else "error"
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            log.warning("slack: could not share in %s: %s", ctx.channel, type(exc).__name__)
            await self._release_share(claim)
            shown = await self._show(body, respond, messages.APOLOGY, [render.section(messages.APOLOGY)])
            outcome = "error" if shown else LOST
        else:  # the button goes: the presser's answer becomes "Shared in #channel" (best effort: it is shared)
            shared = render.render_shared(ctx.channel or "", share_place(body))
            # only the presser's private note is lost if this fails, never the share (fresh tester 72 U2: logged
            # "answer lost for good" beside outcome=answered for a share that was posted)
            lost = 'the private "Shared in" note (the answer itself was shared)'
            await self._respond(body, respond, lost=lost, replace_original=True, **shared)
        self._log(ctx, "action", "share", started, outcome)

    async def on_sources(self, ack: AsyncAck, body: dict[str, Any], respond: AsyncRespond) -> None:
        """The articles the answer cites. A keyed value's answer is worked out again (`Core.reshow`), as Discord's
        Sources does, and its `s` must be the articles that answer cites: an edited key lists nothing (fresh
        tester 67 O1: every field of a key is checked, not the digest's alone)."""
        await ack()
        started = time.perf_counter()
        read = _answer_button(self._value(body))
        sources = await self._call(self.core.sources)
        only = set(read[2]) if read is not None else set()
        if read is None or not only <= {v.id for v in sources.sources}:  # an article this brief does not have
            await self._unreadable(body, respond, started)
            return
        key = read[0]
        answer = await self._call(lambda: self.core.reshow(key))
        if answer is None or (not key.digest and not answer.answered):
            # (a button from before keys: its question asked again alone, as every other button asks it)
            await self._answer_changed(body, respond, started)
            return
        if key.digest and only != {c.source_id for c in answer.citations}:
            await self._unreadable(body, respond, started)
            return
        if not key.digest:  # its articles are its question's now, not the ones the value names unchecked
            only = {c.source_id for c in answer.citations}
        await self._show_logged(body, respond, started, *render.render_sources(sources, only=only or None))

    async def _answer_changed(self, body: dict[str, Any], respond: AsyncRespond, started: float) -> None:
        """A keyed button whose answer no longer comes out the same (bot/answer_key.py: the fact base changed, or the
        value was edited): the presser is told, only them, and the request line says `outcome=answer_changed`."""
        text = messages.ANSWER_CHANGED
        sent = await self._show(body, respond, text, [render.section(text)])
        self._log(
            self._action_context(body), "action", self._action_name(body), started, ANSWER_CHANGED if sent else LOST
        )

    async def on_related(self, ack: AsyncAck, body: dict[str, Any], respond: AsyncRespond) -> None:
        """What the answer's "See also" and "Sources differ" offered (the question asked again, as Discord's
        Related does), then the best fact's own related facts: at most 12."""
        await ack()
        started = time.perf_counter()
        read = _answer_button(self._value(body))
        if read is None or (read[1] is not None and not self._known(read[1])):
            await self._unreadable(body, respond, started)
            return
        key, fact_id, _ = read

        def related() -> list[FactView] | None:
            # the answer shown, a follow-up's included (fresh tester 65 P2: asked again alone, it had none); None when
            # a keyed one no longer comes out the same, as Sources and feedback say (fresh tester 70 U7: it said
            # "There are no related facts" of an edited key)
            shown = self.core.reshow(key)
            if shown is None and key.digest:
                return None
            ids = list(shown.related) if shown is not None else []
            if fact_id:
                view = self.core.fact(str(fact_id))
                ids += [*view.related, *view.differs]
            unique = [fid for fid in dict.fromkeys(ids) if fid != fact_id]
            return [self.core.fact(fid) for fid in unique[:12]]

        views = await self._call(related)
        if views is None:
            await self._answer_changed(body, respond, started)
            return
        if not views:
            await self._show_logged(body, respond, started, messages.NO_RELATED, [render.section(messages.NO_RELATED)])
            return
        await self._show_logged(body, respond, started, *render.render_related(views))

    async def on_more(self, ack: AsyncAck, body: dict[str, Any], respond: AsyncRespond) -> None:
        """The next page of a timeline: the filters and the page number travel in the button's value.

        A page the presser alone sees (an ephemeral message: every slash command's reply, and every page shown by
        More) turns in place: the page replaces the pressed message through its response_url (`replace_original`,
        which Slack applies to ephemeral messages too), so More pressed twice shows that page once, not twice below
        each other (fresh tester 72 D1). A timeline posted for everyone (a mention's reply) is not changed under the
        others reading it: its next page comes to the presser alone, as a new message that then turns in place."""
        await ack()
        started = time.perf_counter()
        filters = _more_filters(self._value(body))
        if filters is None:
            await self._unreadable(body, respond, started)
            return
        year, month, topic, page = filters
        reply = await self.handle(TimelineCmd(year=year, month=month, topic=topic), self._action_context(body))
        container = body.get("container")
        own = isinstance(container, dict) and container.get("is_ephemeral") is True
        await self._show_logged(body, respond, started, *self._render(reply, page=page), replace=own)

    async def on_feedback(self, ack: AsyncAck, body: dict[str, Any], respond: AsyncRespond) -> None:
        """Helpful / Not helpful: recorded once per person and answer (a second press replaces the first)."""
        await ack()
        started = time.perf_counter()
        read = _answer_button(self._value(body))
        if read is None or (read[1] is not None and not self._known(read[1])):
            await self._unreadable(body, respond, started)
            return
        action_id = (body.get("actions") or [{}])[0].get("action_id")
        key, fact_id, _ = read
        ctx = self._action_context(body)
        if key.digest and await self._call(lambda: self.core.reshow(key)) is None:
            # recorded only for the answer the button was under: an edited question or reading is not recorded as
            # one the bot answered (fresh tester 67 O1), as Discord's feedback does
            await self._answer_changed(body, respond, started)
            return
        try:
            # recorded as the question the answer was made for: a follow-up's reading, not "what does it do"
            notice = await self._call(
                lambda: self.core.feedback(
                    ctx, question=key.asked, fact_id=fact_id, helpful=action_id == render.HELPFUL
                )
            )
        except Exception:
            log.exception("slack: could not record feedback")
            notice = Notice(kind="error", text=messages.APOLOGY)
        await self._show_logged(body, respond, started, *self._render(notice))

    def _names_known(self, fact_id: str | None, cited: list[str]) -> bool:
        """Whether an answer button's value names only a fact and articles of this brief, as every value this app
        writes does: Share reads it as Sources and Related do (fresh tester 77 U2: `"s": ["tamper"]` was shared)."""
        known_fact = fact_id is None or self._known(fact_id)
        return known_fact and set(cited) <= set(self.core.brief.sources)

    def _known(self, fact_id: str) -> bool:
        """Whether an answer could have put `fact_id` in a button: a fact of the brief (a merged one's former id
        too) or a glossary entry, which answers cite by id as well."""
        brief = self.core.brief
        return brief.fact(fact_id) is not None or fact_id in brief.entities

    async def on_fact(self, ack: AsyncAck, body: dict[str, Any], respond: AsyncRespond) -> None:
        await ack()
        started = time.perf_counter()
        value = self._value(body)
        reply = await self.handle(FactCmd(fact_id=str(value)[:120]), self._action_context(body))
        await self._show_logged(body, respond, started, *self._render(reply))


class _DropMessage(logging.Filter):
    """Drops records whose message is exactly `text`."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def filter(self, record: logging.LogRecord) -> bool:
        return record.getMessage() != self.text


def build_app(
    core: Core,
    *,
    client: AsyncWebClient,
    signing_secret: str | None = None,
    oauth_settings: AsyncOAuthSettings | None = None,
    seen: SeenEvents | None = None,
    executor: ThreadPoolExecutor | None = None,
    http_session: aiohttp.ClientSession | None = None,
    identity: dict[str, Any] | None = None,
    admission: Admission | None = None,
    ledger: OnceLedger | None = None,
    retry_budget: float = RETRY_BUDGET_SECONDS,
) -> AsyncApp:
    """The AsyncApp for one Core. `client` carries the bot token (single workspace) and the Web API base URL;
    `identity` is that token's `auth.test` answer from start-up (else one lazy call); `http_session`, when given,
    is reused for every response_url post (the caller closes it); `ledger` shares "already answered" between
    replicas. With `oauth_settings`, each workspace's token comes from the installation store instead."""
    quiet_slack_loggers()
    installations = oauth_settings.installation_store if oauth_settings is not None else None
    authorize = SlackAuthorize(token=client.token, identity=identity, installations=installations)
    client.token = None  # the token travels with each request's authorization, never as a default
    bolt_logger = logging.getLogger("slack_bolt")
    # bolt reads SLACK_BOT_TOKEN from the environment itself whatever it is given, and then warns at every start
    # that the client's token wins: true and harmless here (the token travels with `authorize`), so not logged.
    token_skipped = _DropMessage(warning_client_prioritized_and_token_skipped())
    bolt_logger.addFilter(token_skipped)
    try:
        app = AsyncApp(
            client=client,
            signing_secret=signing_secret or "",  # never let bolt read the environment itself
            oauth_settings=oauth_settings,
            authorize=authorize,  # type: ignore[arg-type]  # bolt accepts an AsyncAuthorize too (its docs, and code)
            process_before_response=False,
            raise_error_for_unhandled_request=True,  # on_error answers them in one line, without bolt's advice
            logger=bolt_logger,
            user_facing_authorize_error_message=messages.SLACK_NOT_INSTALLED
            if installations is not None
            else messages.SLACK_API_DOWN,
        )
    finally:
        bolt_logger.removeFilter(token_skipped)
    adapter = SlackAdapter(
        core,
        seen=seen,
        executor=executor,
        http_session=http_session,
        admission=admission,
        ledger=ledger,
        retry_budget=retry_budget,
    )
    adapter.register(app)
    return app


class _DropRetryNotes(logging.Filter):
    """Drops slack_sdk's INFO "A retry handler found: ..." (one per retry, with the URL): a retry that works is
    quiet, as the README's failures table says; one that fails for good is our own WARNING "answer lost for good"."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.levelno <= logging.INFO and str(record.msg).startswith("A retry handler found"))


_RETRY_NOTES = _DropRetryNotes()
# The loggers slack_sdk's clients log their retries on (a filter applies to its own logger only, not to children).
RETRY_LOGGERS = (
    "slack_sdk.web.async_base_client",
    "slack_sdk.web.base_client",
    "slack_sdk.webhook.async_client",
    "slack_sdk.webhook.client",
)


def quiet_slack_loggers() -> None:
    """slack_sdk and slack_bolt log whole request and response bodies (questions, tokens) at DEBUG: keep them at
    INFO or above whatever LOG_LEVEL is; our own lines carry no question text and no token. slack_sdk's note on
    each retry is dropped too (`_DropRetryNotes`)."""
    floor = max(logging.INFO, logging.getLogger().getEffectiveLevel())
    for name in ("slack_sdk", "slack_bolt"):
        logger = logging.getLogger(name)
        if logger.getEffectiveLevel() < floor:
            logger.setLevel(floor)
    for name in RETRY_LOGGERS:
        logger = logging.getLogger(name)
        if _RETRY_NOTES not in logger.filters:
            logger.addFilter(_RETRY_NOTES)


__all__ = ["COMMAND", "Admission", "SeenEvents", "SlackAdapter", "SlackAuthorize", "build_app"]
