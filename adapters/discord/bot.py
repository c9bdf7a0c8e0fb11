"""The Discord bot: slash commands, DMs and mentions translated into core calls, replies drawn by render.py.

Dependencies come in through `__init__` and async set-up happens in `setup_hook` (discord.py's advanced_startup
example). The command tree is not synced here: `palantir-ice discord sync` does that on demand, because Discord
rate-limits syncing and commands persist between runs.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import aiohttp
import discord
from discord import app_commands
from discord.ext import commands

from adapters.admission import Admission, busy_text, log_database_busy
from adapters.discord import render, views
from adapters.discord.commands import AUTOCOMPLETE_LIMIT, PalantirGroup, choices
from bot import messages
from bot.commands import (
    DATABASE_PENDING,
    DATABASE_WAIT_SECONDS,
    DATABASE_WORKERS,
    AnyCommand,
    Command,
    Invalid,
    Subscribe,
    Unsubscribe,
    parse,
    typed_question,
    uses_database,
)
from bot.core import Core
from bot.models import Answer, Notice, Reply, Timeline
from bot.once import SHARE_WINDOW_SECONDS, OnceLedger, SeenEvents, first_claim, release_claim
from bot.ports import ChannelKind, Context

log = logging.getLogger(__name__)

T = TypeVar("T")
# Discord refusing or failing a request, or not reachable at all: the reply is lost, and an apology would be too
DISCORD_FAULTS = (discord.HTTPException, aiohttp.ClientError, OSError, TimeoutError)
NO_MENTIONS = discord.AllowedMentions.none()
DEFER_AFTER = 2.0  # seconds; Discord wants a first response within 3


def fault(exc: BaseException) -> str:
    """One line for a failed Discord request: its status and Discord's code, or the connection error's kind."""
    if isinstance(exc, discord.HTTPException):
        return f"HTTP {exc.status} code {exc.code}"
    return f"{type(exc).__name__}: {exc}"[:200]


def intents() -> discord.Intents:
    """Default intents, no privileged ones: DM text and messages that mention the bot arrive with their content."""
    wanted = discord.Intents.default()
    wanted.message_content = False
    wanted.presences = False
    wanted.members = False
    return wanted


def context_of(interaction: discord.Interaction[Any]) -> Context:
    """Where an interaction came from, in the core's terms."""
    kind: ChannelKind = "channel"
    if interaction.context.dm_channel or interaction.context.private_channel:
        # a group DM is a direct message too, as on Slack (adapters/slack/app.py): the core's status says no digest
        # can be set up there (fresh tester 56: "This channel has no digest. Start one with: subscribe …")
        kind = "dm"
    elif isinstance(interaction.channel, discord.Thread):
        kind = "thread"
    return Context(
        platform="discord",
        workspace=str(interaction.guild_id) if interaction.guild_id else None,
        channel=str(interaction.channel_id) if interaction.channel_id else None,
        user=str(interaction.user.id),
        channel_kind=kind,
        user_name=interaction.user.name,
    )


def subscription_refusal(interaction: discord.Interaction[Any]) -> str | None:
    """Why this person may not change this channel's digest here, or None when they may."""
    if interaction.context.private_channel:
        return messages.SUBSCRIBE_IN_DM  # a group DM: the bot is not a member and could never post the digest
    if interaction.guild_id is None:
        return None  # the bot's own DM: the subscription service explains that digests go to channels
    if not interaction.permissions.manage_channels:
        return messages.DISCORD_NEEDS_MANAGE_CHANNELS
    if not interaction.is_guild_integration():
        return messages.DISCORD_NEEDS_BOT_IN_SERVER  # a user install: the bot cannot post in this server
    return None


def message_context(message: discord.Message) -> Context:
    guild_id = message.guild.id if message.guild else getattr(message.channel, "guild_id", None)
    kind: ChannelKind = "dm" if isinstance(message.channel, discord.DMChannel) else "channel"
    if isinstance(message.channel, discord.Thread):
        kind = "thread"
    return Context(
        platform="discord",
        workspace=str(guild_id) if guild_id else None,
        channel=str(message.channel.id),
        user=str(message.author.id),
        channel_kind=kind,
        user_name=message.author.name,
    )


class PalantirBot(commands.Bot):
    """One bot per process; holds the core and a single worker thread that runs it off the event loop."""

    def __init__(
        self,
        core: Core,
        *,
        defer_after: float = DEFER_AFTER,
        ledger: OnceLedger | None = None,
        **options: Any,
    ) -> None:
        # The bot joins no voice channel: discord.py's Client.__init__ warns at every start that PyNaCl and davey
        # (its voice dependencies) are missing unless these class flags, which it reads for that, are off.
        discord.VoiceClient.warn_nacl = False
        discord.VoiceClient.warn_dave = False
        super().__init__(
            command_prefix=commands.when_mentioned,  # unused: on_message below never runs prefix commands
            intents=intents(),
            allowed_mentions=NO_MENTIONS,
            help_command=None,
            **options,
        )
        self.core = core
        self.defer_after = defer_after
        self.button_memory = views.ButtonMemory()  # only for state too long for a custom_id; lost on restart
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="palantir-core")
        # The database commands' own threads (bot.commands.DATABASE_COMMANDS): a subscribe waiting on a locked
        # database (DATABASE_TIMEOUT_SECONDS) never holds the answering thread (fresh tester 56: 30 s for everyone).
        self.database_executor = ThreadPoolExecutor(max_workers=DATABASE_WORKERS, thread_name_prefix="discord-db")
        # database commands running or waiting for a thread, as on Slack: past DATABASE_PENDING admitted, or no thread
        # within DATABASE_WAIT_SECONDS, "busy" at once (fresh tester 65 O1: queued behind 4 stuck ones, "thinking…"
        # for twice DATABASE_TIMEOUT_SECONDS)
        self.database_admission = Admission(
            concurrency=DATABASE_WORKERS, max_pending=DATABASE_PENDING, max_wait=DATABASE_WAIT_SECONDS
        )
        # Answers shared recently, per channel (as Slack's Share): a second press of the same Share (a double-click,
        # two people, two processes) finds the claim here or, when processes share a database, in its ledger.
        self.shared = SeenEvents(ttl=SHARE_WINDOW_SECONDS)
        self.ledger = ledger
        self._ledger_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="discord-once")
        self.tree.error(self.on_app_command_error)

    async def setup_hook(self) -> None:
        self.tree.add_command(PalantirGroup(self))
        self.add_dynamic_items(views.PiceButton)  # buttons of any earlier message, whichever process sent it

    async def on_interaction(self, interaction: discord.Interaction[Any]) -> None:
        """Every interaction passes here after discord.py's own dispatch: a press of one of our buttons that it
        drops, its custom_id no longer on the message (a double-clicked Next), is answered all the same."""
        await views.answer_stale_press(interaction)

    async def on_ready(self) -> None:
        """Logged on each new session, so an operator can see the bot came back after a gateway drop."""
        log.info("discord: connected as %s to %d server(s)", self.user, len(self.guilds))

    async def on_resumed(self) -> None:
        log.info("discord: gateway session resumed")

    async def on_shard_ready(self, shard_id: int) -> None:
        log.info("discord: shard %d of %s connected", shard_id, self.shard_count)

    async def on_shard_resumed(self, shard_id: int) -> None:
        log.info("discord: shard %d resumed", shard_id)

    async def close(self) -> None:
        await super().close()
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.database_executor.shutdown(wait=False, cancel_futures=True)
        self._ledger_executor.shutdown(wait=False, cancel_futures=True)

    # -- sharing once ------------------------------------------------------------------------------------------

    async def first_share(self, key: str) -> bool:
        """True for the first Share of this answer to this channel within `SHARE_WINDOW_SECONDS` (`bot.once`)."""
        return await first_claim(
            key,
            seen=self.shared,
            ledger=self.ledger,
            executor=self._ledger_executor,
            within=SHARE_WINDOW_SECONDS,
            platform="discord",
        )

    async def release_share(self, key: str) -> None:
        """A share that surely did not reach the channel may be pressed again."""
        await release_claim(
            key, seen=self.shared, ledger=self.ledger, executor=self._ledger_executor, platform="discord"
        )

    # -- the core, off the loop --------------------------------------------------------------------------------

    async def call_core(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """The core is synchronous (search, database): run it on the worker thread so the gateway keeps beating."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.executor, functools.partial(fn, *args, **kwargs))

    async def run_command(self, command: AnyCommand, ctx: Context) -> Reply:
        """The core's reply to `command`: on the answering thread, or on the database threads for a command that
        waits on the database (`bot.commands.uses_database`)."""
        if not uses_database(command):
            return await self.call_core(self.core.handle, command, ctx)
        async with self.database_admission.turn() as admitted:
            if not admitted:  # a burst queues no further (reviewer 18 F6), nor waits out the stuck ones (tester 65 O1)
                log_database_busy(log, "discord", command.name, self.database_admission)
                return Notice(kind="error", text=busy_text(command.name))
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(self.database_executor, functools.partial(self.core.handle, command, ctx))

    # -- autocomplete ------------------------------------------------------------------------------------------

    def topic_choices(self, current: str) -> list[app_commands.Choice[str]]:
        current = current.strip().lower()
        topics = self.core.brief.meta.topics
        matches = [t for t in sorted(topics) if current in t or current in topics[t].lower()]
        return choices([(f"{t} — {topics[t]}", t) for t in matches])

    def fact_choices(self, current: str) -> list[app_commands.Choice[str]]:
        """Ids starting with what was typed first, then ids containing it, then close spellings."""
        current = current.strip().lower()[:100]
        facts = self.core.brief.facts
        ids = sorted(facts)
        found = [i for i in ids if i.startswith(current)] + [
            i for i in ids if current in i and not i.startswith(current)
        ]
        if not found and current:
            from rapidfuzz import process

            found = [m[0] for m in process.extract(current, ids, limit=AUTOCOMPLETE_LIMIT * 2, score_cutoff=50)]
        return choices([(f"{i} — {facts[i].statement}", i) for i in found])

    # -- slash commands ----------------------------------------------------------------------------------------

    async def respond(
        self,
        interaction: discord.Interaction[Any],
        text: str,
        *,
        expect: type[Command],
        usage: str,
        parsed: AnyCommand | None = None,
    ) -> None:
        """Parse with the one grammar (or take `parsed`, a command an app command's options already gave), check
        permissions, run the core (deferring if slow), send the reply."""
        command: AnyCommand = parse(text) if parsed is None else parsed
        if not isinstance(command, (expect, Invalid)):
            command = Invalid(message=messages.DISCORD_BAD_OPTIONS.format(usage=usage))
        ephemeral = not interaction.context.dm_channel
        refusal = subscription_refusal(interaction) if isinstance(command, (Subscribe, Unsubscribe)) else None
        if refusal is not None:
            await views.send_ephemeral(interaction, refusal)
            return
        task = asyncio.ensure_future(self.run_command(command, context_of(interaction)))
        done, _ = await asyncio.wait({task}, timeout=self.defer_after)
        if not done:
            log.info("discord: command deferred after %.1f s (core busy or database slow)", self.defer_after)
            await interaction.response.defer(ephemeral=ephemeral, thinking=True)
        try:
            reply = await task
        except Exception:
            # What was typed stays out of the log (it is the person's, and may hold anything): its size only.
            log.exception(
                "discord: the core failed on %s (interaction %s, %d characters typed)",
                command.name,
                interaction.id,
                len(text),
            )
            await views.send_ephemeral(interaction, messages.APOLOGY)
            return
        await self._send_interaction_reply(interaction, reply, ephemeral=ephemeral, typed=typed_question(command))

    async def _send_interaction_reply(
        self, interaction: discord.Interaction[Any], reply: Reply, *, ephemeral: bool, typed: str = ""
    ) -> None:
        rendered = render.render(reply)
        if isinstance(reply, Notice):
            ephemeral = ephemeral or reply.kind == "rate_limited"
        view = self._view_for(reply, rendered, owner_id=interaction.user.id, shareable=ephemeral, typed=typed)
        kwargs: dict[str, Any] = {"embeds": rendered.embeds, "ephemeral": ephemeral, "allowed_mentions": NO_MENTIONS}
        if view is not None:
            kwargs["view"] = view
        if interaction.response.is_done():
            await interaction.followup.send(rendered.content or "", wait=True, **kwargs)
        else:
            await interaction.response.send_message(rendered.content, **kwargs)

    def _view_for(
        self, reply: Reply, rendered: render.Rendered, *, owner_id: int, shareable: bool, typed: str = ""
    ) -> discord.ui.View | None:
        """The buttons under a reply; their state is in their custom_ids (views.py), so they outlive this process.
        `typed` is the question as typed (`bot.commands.typed_question`), for an answer's buttons."""
        if isinstance(reply, Notice):
            return None
        if isinstance(reply, Answer):
            return views.answer_view(reply, self.button_memory, shareable=shareable, typed=typed)
        if isinstance(reply, Timeline) and rendered.paginated:
            return views.pager_view(
                reply, self.button_memory, owner_id=owner_id, index=0, pages=len(rendered.pages), shareable=shareable
            )
        if shareable:
            return views.share_view()
        return None

    async def on_app_command_error(
        self, interaction: discord.Interaction[Any], error: app_commands.AppCommandError
    ) -> None:
        """The catch-all: log the real error, show the fixed apology, never the exception text. A command Discord
        offers but this version lacks (not synced since) gets its own line to the person and a WARNING, no traceback."""
        original = getattr(error, "original", error)
        if isinstance(original, DISCORD_FAULTS):
            log.error("discord: answer to interaction %s lost: %s", interaction.id, fault(original))
            return
        text = messages.APOLOGY
        if isinstance(error, app_commands.CommandNotFound | app_commands.CommandSignatureMismatch):
            # Discord still offers a command (or options) this version no longer has: not a fault, and "try
            # again" would never help; the commands Discord shows are refreshed only by `discord sync`
            name = error.name if isinstance(error, app_commands.CommandNotFound) else error.command.qualified_name
            log.warning(
                "discord: interaction %s used a command this bot does not have (%r): run `palantir-ice discord sync`"
                " to update the commands Discord shows",
                interaction.id,
                name,
            )
            text = messages.DISCORD_STALE_COMMAND
        else:
            log.exception("discord app command failed (interaction %s)", interaction.id, exc_info=error)
        try:
            await views.send_ephemeral(interaction, text)
        except DISCORD_FAULTS as exc:
            log.warning("could not send the apology for interaction %s: %s", interaction.id, fault(exc))

    # -- DMs and mentions --------------------------------------------------------------------------------------

    def question_text(self, message: discord.Message) -> str | None:
        """The text to parse: all of a DM, or a server message that mentions the bot, minus the mention.

        A reply to one of the bot's messages with "mention" on (Discord's default for replies) mentions the bot
        without putting `<@id>` in the text: it is a question too. A reply with the mention turned off does not
        mention the bot, and without the privileged message-content intent its text never arrives, so it is left.
        """
        if message.author.bot or self.user is None:
            return None
        if isinstance(message.channel, discord.DMChannel):
            return message.content
        me = self.user.id
        tokens = (f"<@{me}>", f"<@!{me}>")
        if not any(u.id == me for u in message.mentions):
            return None
        if not any(t in message.content for t in tokens) and not self.replies_to_me(message):
            return None
        text = message.content
        for token in tokens:
            text = text.replace(token, " ")
        return text

    def replies_to_me(self, message: discord.Message) -> bool:
        """A reply to one of this bot's messages (when Discord resolved it; a deleted one counts by its type)."""
        if message.type is not discord.MessageType.reply or message.reference is None:
            return False
        replied = message.reference.resolved
        if isinstance(replied, discord.Message):
            return self.user is not None and replied.author.id == self.user.id
        return True  # the bot is mentioned and the message is a reply: only a reply ping mentions without <@id>

    async def on_message(self, message: discord.Message) -> None:
        text = self.question_text(message)
        if text is None:
            return
        try:
            await self.answer_message(message, text)
        except DISCORD_FAULTS as exc:
            log.error("discord: reply to message %s in channel %s lost: %s", message.id, message.channel.id, fault(exc))
        except Exception:
            log.exception("discord message handling failed (message %s)", message.id)
            try:
                await self._send_message_reply(message, content=messages.APOLOGY)
            except DISCORD_FAULTS as exc:
                log.warning("could not send the apology for message %s: %s", message.id, fault(exc))

    async def answer_message(self, message: discord.Message, text: str) -> None:
        command: AnyCommand = parse(text)
        if isinstance(command, (Subscribe, Unsubscribe)) and not isinstance(message.channel, discord.DMChannel):
            author = message.author
            channel = message.channel
            allowed = (
                isinstance(author, discord.Member)
                and isinstance(channel, discord.abc.GuildChannel | discord.Thread)
                and channel.permissions_for(author).manage_channels
            )
            if not allowed:  # fails closed: an uncached server or member cannot prove the permission
                await self._send_message_reply(message, content=messages.DISCORD_NEEDS_MANAGE_CHANNELS)
                return
        reply = await self.run_command(command, message_context(message))
        rendered = render.render(reply)
        view = self._view_for(
            reply, rendered, owner_id=message.author.id, shareable=False, typed=typed_question(command)
        )
        await self._send_message_reply(message, content=rendered.content, embeds=rendered.embeds, view=view)

    async def _send_message_reply(
        self,
        message: discord.Message,
        *,
        content: str | None = None,
        embeds: list[discord.Embed] | None = None,
        view: discord.ui.View | None = None,
    ) -> discord.Message:
        kwargs: dict[str, Any] = {"embeds": embeds or [], "allowed_mentions": NO_MENTIONS}
        if view is not None:
            kwargs["view"] = view
        if isinstance(message.channel, discord.DMChannel):
            return await message.channel.send(content, **kwargs)
        return await message.reply(content, mention_author=False, **kwargs)


class ShardedPalantirBot(PalantirBot, commands.AutoShardedBot):
    """The same bot over several gateway shards, for very many servers: DISCORD_SHARDED=true lets Discord say how
    many; DISCORD_SHARD_COUNT with DISCORD_SHARD_IDS runs only some of them here, the rest in other processes.
    Buttons carry their state in their custom_ids, so whichever shard receives a press can answer it."""
