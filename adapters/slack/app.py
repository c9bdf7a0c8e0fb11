"""Build slack-bolt's AsyncApp around a Core: listeners translate Slack payloads into core calls, render replies.

Nothing here decides what to answer. Every listener acks first (Slack wants it within 3 seconds), then runs the
core on a single worker thread so a slow answer never holds up other requests' acks, then replies:

- `/palantir-ice ...`   ephemeral, through `response_url` (works in channels, DMs and private channels alike)
- a DM to the bot       a message in the DM, no thread
- a mention             a reply in a thread under the mention (a rate-limit notice stays ephemeral)
- buttons               Share in channel (repost, attributed), Sources, Related, More (timeline pages), fact ids

Slack retries events it thinks failed; `SeenEvents` remembers event ids so a retry is acknowledged, marked
`X-Slack-No-Retry: 1`, and never answered twice.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import aiohttp
from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncRespond
from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from adapters.slack import render
from bot import messages
from bot.commands import AnyCommand, FactCmd, TimelineCmd, parse
from bot.core import Core
from bot.models import Answer, FactView, Notice, Reply
from bot.ports import ChannelKind, Context

log = logging.getLogger(__name__)
T = TypeVar("T")

COMMAND = "/palantir-ice"
CANNOT_POST = frozenset({"not_in_channel", "channel_not_found", "is_archived", "restricted_action", "cant_post"})
# User mentions are dropped from questions: "<@UBOT> what is FALCON?" asks "what is FALCON?" (in DMs too).
_USER_MENTION = re.compile(r"<@[UW][A-Z0-9]+(?:\|[^>]*)?>")


class SeenEvents:
    """Event ids answered recently (default 1 hour, 50,000 ids), so Slack's retries are answered once."""

    def __init__(self, *, ttl: float = 3600.0, max_size: int = 50_000) -> None:
        self.ttl = ttl
        self.max_size = max_size
        self._seen: OrderedDict[str, float] = OrderedDict()

    def first_time(self, event_id: str, now: float) -> bool:
        """True the first time an id is seen within the ttl; records it."""
        while self._seen:
            oldest, stamp = next(iter(self._seen.items()))
            if now - stamp < self.ttl and len(self._seen) < self.max_size:
                break
            del self._seen[oldest]
        if event_id in self._seen:
            return False
        self._seen[event_id] = now
        return True


def _outcome(reply: Reply) -> str:
    if isinstance(reply, Answer):
        return reply.outcome
    if isinstance(reply, Notice):
        return reply.kind
    return "ok"


def _kind_of_slash_channel(channel_name: str | None) -> ChannelKind:
    if channel_name == "directmessage":
        return "dm"
    if channel_name in ("privategroup", "mpdm"):
        return "group"
    return "channel"


def _kind_of_event_channel(event: dict[str, Any]) -> ChannelKind:
    kind = event.get("channel_type")
    if kind == "im":
        return "dm"
    if kind in ("mpim", "group"):
        return "group"
    return "thread" if event.get("thread_ts") else "channel"


def _is_from_a_person(event: dict[str, Any], bot_user_id: str | None) -> bool:
    """Bots (this one included), edits, deletions and every other subtype are not questions."""
    if event.get("subtype") or event.get("bot_id") or event.get("bot_profile") or "edited" in event:
        return False
    user = event.get("user")
    return bool(user) and user != bot_user_id


class SlackAdapter:
    """The listeners, holding the core and an executor; `register(app)` wires them into an AsyncApp."""

    def __init__(
        self,
        core: Core,
        *,
        seen: SeenEvents | None = None,
        executor: ThreadPoolExecutor | None = None,
        http_session: aiohttp.ClientSession | None = None,
        answer_concurrency: int = 8,
    ):
        self.core = core
        self.http_session = http_session
        # Answers wait their turn here, after the ack: under a burst, acks (cheap) keep flowing while at most
        # `answer_concurrency` answers are computed and posted at once, instead of every ack queueing behind them.
        self.answering = asyncio.Semaphore(answer_concurrency)
        self.seen = seen or SeenEvents()
        self.executor = executor or ThreadPoolExecutor(max_workers=1, thread_name_prefix="slack-core")

    # -- running the core ----------------------------------------------------------------------------------------

    async def _call(self, fn: Callable[[], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self.executor, fn)

    async def handle(self, command: AnyCommand, ctx: Context) -> Reply:
        """The core's reply, or the fixed apology if the core failed unexpectedly (logged with its traceback)."""
        try:
            return await self._call(lambda: self.core.handle(command, ctx))
        except Exception:
            log.exception("slack: the core failed on %s", command.name)
            return Notice(kind="error", text=messages.APOLOGY)

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
            outcome == "answered",
        )

    # -- wiring ----------------------------------------------------------------------------------------------------

    def register(self, app: AsyncApp) -> None:
        app.middleware(self.drop_retried_events)
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

    async def drop_retried_events(
        self, req: AsyncBoltRequest, resp: BoltResponse, next: Callable[[], Awaitable[BoltResponse]]
    ) -> BoltResponse:
        """An event id seen before is acknowledged and dropped; `X-Slack-No-Retry` asks Slack to stop."""
        body = req.body
        event_id = body.get("event_id") if body.get("type") == "event_callback" else None
        if event_id and not self.seen.first_time(str(event_id), time.monotonic()):
            retry = req.headers.get("x-slack-retry-num", ["0"])[0]
            log.info("slack: dropped a repeat of event %s (retry %s)", event_id, retry)
            return BoltResponse(status=200, body="", headers={"X-Slack-No-Retry": "1"})
        return await next()

    async def on_error(self, error: Exception, body: dict[str, Any]) -> None:
        """The catch-all: whatever escaped a listener is logged; the listener already told the person."""
        log.error("slack: unhandled error for a %s request", body.get("type", "?"), exc_info=error)

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
        command = parse(render.from_slack(body.get("text") or ""))
        async with self.answering:
            reply = await self.handle(command, ctx)
            text, blocks = self._render(reply, shareable=True)
            await self._respond(body, respond, text=text, blocks=blocks, response_type="ephemeral")
        self._log(ctx, "command", command.name, started, _outcome(reply))

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
        ctx = self._event_context(body, event)
        typed = _USER_MENTION.sub(" ", event.get("text") or "")
        command = parse(render.from_slack(typed))
        reply = await self.handle(command, ctx)
        text, blocks = self._render(reply, shareable=False)
        where: dict[str, Any] = {"channel": event["channel"]}
        if thread:
            where["thread_ts"] = event.get("thread_ts") or event["ts"]
        try:
            if isinstance(reply, Notice) and reply.kind == "rate_limited" and thread:
                await client.chat_postEphemeral(user=event["user"], text=text, blocks=blocks, **where)
            else:
                await client.chat_postMessage(text=text, blocks=blocks, **where)
        except SlackApiError as exc:
            log.warning("slack: could not reply to a %s: %s", kind, exc.response.get("error"))
        self._log(ctx, kind, command.name, started, _outcome(reply))

    async def on_mention(
        self, body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient, context: Any
    ) -> None:
        if _is_from_a_person(event, context.get("bot_user_id")):
            async with self.answering:
                await self._answer_event(body, event, client, thread=True, kind="mention")

    async def on_message(
        self, body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient, context: Any
    ) -> None:
        """Only direct messages: a mention in a channel arrives as app_mention (and, with more scopes, here too)."""
        if event.get("channel_type") == "im" and _is_from_a_person(event, context.get("bot_user_id")):
            async with self.answering:
                await self._answer_event(body, event, client, thread=False, kind="dm")

    # -- buttons ------------------------------------------------------------------------------------------------------

    @staticmethod
    def _value(body: dict[str, Any]) -> Any:
        raw = (body.get("actions") or [{}])[0].get("value") or ""
        try:
            return json.loads(raw)
        except ValueError:
            return raw

    def _action_context(self, body: dict[str, Any]) -> Context:
        return Context(
            platform="slack",
            workspace=(body.get("team") or {}).get("id"),
            channel=(body.get("channel") or {}).get("id"),
            user=(body.get("user") or {}).get("id"),
        )

    async def _respond(self, body: dict[str, Any], respond: AsyncRespond, **message: Any) -> None:
        """Post to response_url, reusing one keep-alive session when there is one (bolt opens a new one each time)."""
        url = body.get("response_url")
        try:
            if self.http_session is not None and url:
                sent = await AsyncWebhookClient(url, session=self.http_session).send(**message)
            else:
                sent = await respond(**message)
            if sent.status_code != 200:  # e.g. 404 expired_url: the person waited over 30 minutes to press
                log.warning("slack: response_url answered %s %s", sent.status_code, sent.body[:80])
        except Exception:
            log.exception("slack: could not answer through response_url")

    async def _show(self, body: dict[str, Any], respond: AsyncRespond, text: str, blocks: list[dict[str, Any]]) -> None:
        await self._respond(body, respond, text=text, blocks=blocks, response_type="ephemeral", replace_original=False)

    async def on_share(
        self, ack: AsyncAck, body: dict[str, Any], client: AsyncWebClient, respond: AsyncRespond
    ) -> None:
        """Repost the same answer in the channel for everyone, attributed to the person who asked."""
        await ack()
        started = time.perf_counter()
        ctx = self._action_context(body)
        value = self._value(body)
        question = value.get("q", "") if isinstance(value, dict) else ""
        try:
            answer = await self._call(lambda: self.core.ask(question))
        except Exception:
            log.exception("slack: the core failed while sharing an answer")
            await self._show(body, respond, messages.APOLOGY, [render.section(messages.APOLOGY)])
            return
        text, blocks = render.render_answer(answer, shareable=False, shared_by=ctx.user)
        try:
            await client.chat_postMessage(channel=ctx.channel or "", text=text, blocks=blocks)
        except SlackApiError as exc:
            error = exc.response.get("error")
            log.warning("slack: could not share in %s: %s", ctx.channel, error)
            notice = messages.SLACK_CANNOT_POST if error in CANNOT_POST else messages.APOLOGY
            await self._show(body, respond, notice, [render.section(notice)])
        self._log(ctx, "action", "share", started, answer.outcome)

    async def on_sources(self, ack: AsyncAck, body: dict[str, Any], respond: AsyncRespond) -> None:
        await ack()
        value = self._value(body)
        only = set(value.get("s") or []) if isinstance(value, dict) else None
        sources = await self._call(self.core.sources)
        await self._show(body, respond, *render.render_sources(sources, only=only or None))

    async def on_related(self, ack: AsyncAck, body: dict[str, Any], respond: AsyncRespond) -> None:
        await ack()
        value = self._value(body)
        fact_id = value.get("f") if isinstance(value, dict) else None

        def related() -> list[FactView]:
            if not fact_id:
                return []
            view = self.core.fact(str(fact_id))
            return [self.core.fact(fid) for fid in [*view.related, *view.differs][:12]]

        views = await self._call(related)
        if not views:
            await self._show(body, respond, messages.NO_RELATED, [render.section(messages.NO_RELATED)])
            return
        await self._show(body, respond, *render.render_related(views))

    async def on_more(self, ack: AsyncAck, body: dict[str, Any], respond: AsyncRespond) -> None:
        """The next page of a timeline: the filters and the page number travel in the button's value."""
        await ack()
        value = self._value(body)
        if not isinstance(value, dict):
            return
        year, topic, page = value.get("y"), value.get("t"), value.get("p")
        year = year if isinstance(year, int) else None
        topic = topic if isinstance(topic, str) else None
        page = page if isinstance(page, int) else 0
        reply = await self.handle(TimelineCmd(year=year, topic=topic), self._action_context(body))
        await self._show(body, respond, *self._render(reply, page=page))

    async def on_feedback(self, ack: AsyncAck, body: dict[str, Any], respond: AsyncRespond) -> None:
        """Helpful / Not helpful: recorded once per person and answer (a second press replaces the first)."""
        await ack()
        value = self._value(body)
        if not isinstance(value, dict):
            return
        action_id = (body.get("actions") or [{}])[0].get("action_id")
        question = str(value.get("q") or "")[:1000]
        fact_id = value.get("f") if isinstance(value.get("f"), str) else None
        ctx = self._action_context(body)
        try:
            notice = await self._call(
                lambda: self.core.feedback(ctx, question=question, fact_id=fact_id, helpful=action_id == render.HELPFUL)
            )
        except Exception:
            log.exception("slack: could not record feedback")
            notice = Notice(kind="error", text=messages.APOLOGY)
        await self._show(body, respond, *self._render(notice))

    async def on_fact(self, ack: AsyncAck, body: dict[str, Any], respond: AsyncRespond) -> None:
        await ack()
        value = self._value(body)
        reply = await self.handle(FactCmd(fact_id=str(value)[:120]), self._action_context(body))
        await self._show(body, respond, *self._render(reply))


def build_app(
    core: Core,
    *,
    client: AsyncWebClient,
    signing_secret: str | None = None,
    oauth_settings: AsyncOAuthSettings | None = None,
    seen: SeenEvents | None = None,
    executor: ThreadPoolExecutor | None = None,
    http_session: aiohttp.ClientSession | None = None,
) -> AsyncApp:
    """The AsyncApp for one Core. `client` carries the bot token (single workspace) and the Web API base URL;
    `http_session`, when given, is reused for every response_url post (the caller closes it)."""
    app = AsyncApp(
        client=client,
        signing_secret=signing_secret or "",  # never let bolt read the environment itself
        oauth_settings=oauth_settings,
        process_before_response=False,
        logger=logging.getLogger("slack_bolt"),
    )
    SlackAdapter(core, seen=seen, executor=executor, http_session=http_session).register(app)
    return app


__all__ = ["COMMAND", "SeenEvents", "SlackAdapter", "build_app"]
