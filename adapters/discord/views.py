"""Buttons under replies: Sources, Related, Helpful / Not helpful, Share, and Previous / Next through long timelines.

Every button is one `PiceButton`, a discord.py `DynamicItem` registered with `bot.add_dynamic_items` in
`setup_hook`: its state lives in its `custom_id` (100 characters at most), so a button pressed after a restart or a
deploy, or on another process, is answered by whichever bot receives it. discord.py calls a `DynamicItem` only while
its custom_id is on the message; a press of one that is gone (page 1's Next pressed again after the page turned) is
answered from its id by `answer_stale_press`, through the bot's `on_interaction`. No button state is kept in a
database (a Share's claim, "this answer was shared in this channel", is, for 5 minutes: `bot.once`).

    pice:s:<question>                      Sources of the answer to <question>   (the answer is worked out again)
    pice:r:<question>                      Related and differing facts
    pice:y:<question> / pice:n:<question>  Helpful / Not helpful
    pice:k<s|r|y|n>:<digest>:<ids>:<read as>  the same four under a follow-up's answer: the standalone question it
                                           was read as, its evidence ids and digest (bot/answer_key.py), so that
                                           the answer shown is worked out again, not the typed words alone
    pice:h<s|r|y|n>:<digest>:<question>    the same four under any other answer: its question and the answer's
                                           digest, so that a press after the brief changed is told the answer
                                           changed, never given another (the ids do not fit in 100 characters:
                                           the digest covers them); `pice:s:<question>` etc. are older buttons
    pice:p:<owner>:<page>:<year>:<topic>   a timeline page; only <owner> may turn it (<year> may be 2019-09)
    pice:share                             repost the message the button is on, publicly

When the state does not fit (a long question), the custom_id carries `~<token>` instead and the state is kept in
this process's bounded `ButtonMemory`; after a restart such a button gets a clear "this button has expired" reply,
as do buttons in an older custom_id format. A button whose work needs the core (the database, a search) defers
after `bot.defer_after` seconds, so Discord's 3-second deadline is met however slow the core is.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import re
import secrets
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

import discord

from adapters.discord import escape, render
from bot import messages
from bot.answer_key import AnswerKey, key_of, question_to_carry
from bot.commands import TimelineCmd
from bot.models import Answer, Item, Notice, SourcesList, Timeline

if TYPE_CHECKING:
    from adapters.discord.bot import PalantirBot

log = logging.getLogger(__name__)

T = TypeVar("T")
NO_MENTIONS = discord.AllowedMentions.none()
CUSTOM_ID = 100  # Discord's limit on a component's custom_id
PREFIX = "pice:"
MEMORY_SIZE = 10_000  # long questions remembered per process, for buttons whose state does not fit in custom_id

ANSWER_ACTIONS = {"s": "Sources", "r": "Related", "y": "Helpful", "n": "Not helpful"}


def fits(custom_id: str) -> bool:
    """Within Discord's 100 characters, counted as Discord's clients count them (UTF-16 code units)."""
    return len(custom_id.encode("utf-16-le")) // 2 <= CUSTOM_ID


class ButtonMemory:
    """State that did not fit in a custom_id, by a short random token; bounded, and lost on restart by design."""

    def __init__(self, size: int = MEMORY_SIZE) -> None:
        self.size = size
        self._kept: OrderedDict[str, str] = OrderedDict()

    def keep(self, payload: str) -> str:
        token = secrets.token_urlsafe(9)
        self._kept[token] = payload
        while len(self._kept) > self.size:
            self._kept.popitem(last=False)
        return token

    def recall(self, token: str) -> str | None:
        return self._kept.get(token)


def custom_id(action: str, payload: str, memory: ButtonMemory) -> str:
    """`pice:<action>:<payload>` when it fits, else `pice:<action>~<token>` with the payload kept in `memory`."""
    plain = f"{PREFIX}{action}:{payload}"
    if fits(plain):
        return plain
    return f"{PREFIX}{action}~{memory.keep(payload)}"


@dataclass(frozen=True)
class Press:
    """A pressed button's state, read back from its custom_id; `payload` None means it has expired."""

    action: str
    payload: str | None


def parse_custom_id(value: str, memory: ButtonMemory) -> Press:
    match = re.fullmatch(r"pice:([a-z]+)(?:([:~])(.*))?", value, re.DOTALL)
    if match is None:
        return Press("expired", None)
    action, sep, rest = match.groups()
    if sep == "~":
        return Press(action, memory.recall(rest))
    return Press(action, rest if sep == ":" else "")


class PiceButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=re.compile(r"pice:.*", re.DOTALL)):
    """Any of the bot's buttons; what it does is read from its custom_id when it is pressed."""

    def __init__(
        self,
        custom_id: str,
        *,
        label: str | None = None,
        style: discord.ButtonStyle = discord.ButtonStyle.secondary,
        disabled: bool = False,
    ) -> None:
        super().__init__(discord.ui.Button(label=label, style=style, custom_id=custom_id, disabled=disabled))

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> PiceButton:
        button = item if isinstance(item, discord.ui.Button) else None
        return cls(
            match.group(0),
            label=button.label if button else None,
            style=button.style if button else discord.ButtonStyle.secondary,
        )

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        await answer_press(interaction, self.item.custom_id or "")


def on_message_now(message: discord.Message | None, custom_id: str) -> bool:
    """Whether a button with `custom_id` is on `message` as the press delivered it: discord.py's condition for
    calling a `DynamicItem` (`ViewStore.schedule_dynamic_item_call` looks the pressed id up among the message's
    components and drops the press, unanswered, when it is not there)."""
    if message is None:
        return False
    shown = discord.ui.View.from_message(message).walk_children()
    return any(getattr(item, "custom_id", None) == custom_id for item in shown)


async def answer_stale_press(interaction: discord.Interaction[Any]) -> bool:
    """Answer a press of one of our buttons that discord.py drops: its custom_id is no longer on the message, as
    when Next is pressed twice quickly and the second press arrives after the first turned the page (fresh tester
    77 O1: no callback at all, so Discord shows "This interaction failed"). The press is answered from its own
    custom_id like any other (a page id re-renders the page it names: the second Next shows page 2 again, as
    Slack's More does). Returns whether it was answered here; called for every interaction (`on_interaction`)."""
    if interaction.type is not discord.InteractionType.component or not isinstance(interaction.data, dict):
        return False
    custom_id = str(interaction.data.get("custom_id", ""))
    if not custom_id.startswith(PREFIX) or on_message_now(interaction.message, custom_id):
        return False  # not ours, or discord.py calls `PiceButton` for it
    log.info("discord: button no longer on its message pressed (%s), answered from its id", custom_id[:40])
    await answer_press(interaction, custom_id)
    return True


async def answer_press(interaction: discord.Interaction[Any], custom_id: str) -> None:
    """A press of the button `custom_id`, answered from the state it carries; a lost reply is one ERROR line, any
    other failure the apology."""
    from adapters.discord.bot import DISCORD_FAULTS, PalantirBot, fault

    bot = interaction.client
    if not isinstance(bot, PalantirBot):  # pragma: no cover - only this bot registers the item
        return
    press = parse_custom_id(custom_id, bot.button_memory)
    try:
        await handle_press(bot, interaction, press)
    except DISCORD_FAULTS as exc:
        log.error("discord: answer to button %s (interaction %s) lost: %s", press.action, interaction.id, fault(exc))
    except Exception:
        log.exception("button %s failed (interaction %s)", press.action, interaction.id)
        try:
            await send_ephemeral(interaction, messages.APOLOGY)
        except DISCORD_FAULTS as exc:
            log.warning("could not send the apology for interaction %s: %s", interaction.id, fault(exc))


# -- building the buttons under a reply ---------------------------------------------------------------------------


def _view(*buttons: PiceButton) -> discord.ui.View:
    view = discord.ui.View(timeout=None)  # nothing to time out: every press is answered from its custom_id
    for button in buttons:
        view.add_item(button)
    return view


def share_button() -> PiceButton:
    return PiceButton(f"{PREFIX}share", label="Share", style=discord.ButtonStyle.primary)


def answer_view(answer: Answer, memory: ButtonMemory, *, shareable: bool, typed: str = "") -> discord.ui.View:
    """Sources and Related open ephemeral detail; Helpful / Not helpful go to the core; Share when ephemeral.

    A follow-up's buttons carry its key (`pice:k…`): asked again alone, "what does it do" is no question of the
    answer shown (fresh tester 65 P2: Related found none). Any other answer's carry its question, as `typed` when
    `answer.question` was cut for showing back (`question_to_carry`, fresh tester 72 P1); past 100 characters it is
    kept in `memory`."""
    key = key_of(answer, question=answer.read_as)  # (the custom_id carries the reading alone: `key_from`)
    asked = question_to_carry(answer, typed)[:1000]
    if key.read_as:
        kind, payload = "k", f"{key.digest}:{','.join(key.facts)}:{key.read_as}"
    elif answer.answered:  # the digest of the answer as this button carries it (its question), as Slack's Share's
        kind, payload = "h", f"{key_of(answer, question=asked).digest}:{asked}"
    else:  # a refusal (Sources alone): no fact shown to keep the same, and `Core.reshow` shows answers only
        kind, payload = "", asked

    def button(action: str, style: discord.ButtonStyle) -> PiceButton:
        return PiceButton(custom_id(kind + action, payload, memory), label=ANSWER_ACTIONS[action], style=style)

    buttons = [button("s", discord.ButtonStyle.secondary)]
    if answer.related:
        buttons.append(button("r", discord.ButtonStyle.secondary))
    if answer.answered:
        buttons += [button("y", discord.ButtonStyle.success), button("n", discord.ButtonStyle.danger)]
    if shareable:
        buttons.append(share_button())
    return _view(*buttons)


def share_view() -> discord.ui.View:
    return _view(share_button())


def pager_view(
    timeline: Timeline, memory: ButtonMemory, *, owner_id: int, index: int, pages: int, shareable: bool
) -> discord.ui.View:
    """Previous / Next, each carrying the page it turns to; only the person who asked may turn them."""

    def turn(label: str, target: int, disabled: bool) -> PiceButton:
        when = f"{timeline.year}-{timeline.month:02d}" if timeline.year and timeline.month else timeline.year or ""
        payload = f"{owner_id}:{target}:{when}:{timeline.topic or ''}"
        return PiceButton(custom_id("p", payload, memory), label=label, disabled=disabled)

    buttons = [turn("Previous", index - 1, index <= 0), turn("Next", index + 1, index >= pages - 1)]
    if shareable:
        buttons.append(share_button())
    return _view(*buttons)


# -- answering a press ----------------------------------------------------------------------------------------------


async def send_ephemeral(interaction: discord.Interaction[Any], text: str, **kwargs: Any) -> None:
    if interaction.response.is_done():
        await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS, **kwargs)
    else:
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_MENTIONS, **kwargs)


async def send_new(interaction: discord.Interaction[Any], *, embeds: list[discord.Embed]) -> None:
    """An ephemeral message answering the press, as a response or, after a deferral, as its followup."""
    if interaction.response.is_done():
        await interaction.followup.send(embeds=embeds, ephemeral=True, allowed_mentions=NO_MENTIONS)
    else:
        await interaction.response.send_message(embeds=embeds, ephemeral=True, allowed_mentions=NO_MENTIONS)


async def in_time(
    bot: PalantirBot, interaction: discord.Interaction[Any], work: Awaitable[T], *, edit: bool = False
) -> T:
    """Await the core's `work`, deferring the interaction if it is not done within `bot.defer_after` seconds:
    "thinking…" for a press that answers with a new message, a silent deferred update for one that edits."""
    task = asyncio.ensure_future(work)
    done, _ = await asyncio.wait({task}, timeout=bot.defer_after)
    if not done and not interaction.response.is_done():
        log.info("discord: button deferred after %.1f s (core busy or database slow)", bot.defer_after)
        if edit:
            await interaction.response.defer()
        else:
            await interaction.response.defer(ephemeral=True, thinking=True)
    return await task


async def handle_press(bot: PalantirBot, interaction: discord.Interaction[Any], press: Press) -> None:
    if press.payload is None:
        log.info("discord: expired button pressed (%s)", press.action)
        await send_ephemeral(interaction, messages.DISCORD_BUTTON_EXPIRED)
        return
    handlers: dict[str, Callable[[PalantirBot, discord.Interaction[Any], str], Awaitable[None]]] = {
        "share": _share,
        "s": _sources,
        "r": _related,
        "y": _helpful,
        "n": _not_helpful,
        "p": _page,
    }
    keyed = press.action[:1] in ("k", "h") and press.action[1:] in ANSWER_ACTIONS
    handler = handlers.get(press.action[1:] if keyed else press.action)
    if handler is None:
        await send_ephemeral(interaction, messages.DISCORD_BUTTON_EXPIRED)
        return
    payload = press.payload
    if press.action in ANSWER_ACTIONS:  # an older plain answer button: its question alone, as a key (`key_from`)
        payload = f"::{payload}"
    elif keyed and press.action[0] == "h":  # an answer's question and digest: no ids (`key_from`'s UNCARRIED)
        digest, _, question = payload.partition(":")
        payload = f"{digest}:{UNCARRIED}:{question}"
    await handler(bot, interaction, payload)


UNCARRIED = "-"  # in a key's payload, where the ids go: a plain answer's button, its question and digest alone


def key_from(payload: str) -> AnswerKey:
    """An answer button's key from its payload `<digest>:<ids>:<question>` (bot/answer_key.py); a button from before
    keys carries its question alone, given here as `::<question>` (asked again alone, as it always was), and a
    plain answer's (`pice:h…`) its question and digest, with UNCARRIED for the ids: a key with no reading and no
    ids, checked by its digest (which covers the evidence ids). Nothing in it is trusted: a digest or ids that do
    not fit the answer worked out again make `Core.reshow` refuse."""
    digest, _, rest = payload.partition(":")
    ids, _, question = rest.partition(":")
    if digest and ids == UNCARRIED:
        return AnswerKey(question, digest=digest[:64])
    facts = tuple(f for f in ids.split(",") if f)[:50]
    return AnswerKey(question, read_as=question if digest else "", facts=facts, digest=digest[:64])


def share_key(interaction: discord.Interaction[Any], message: discord.Message) -> str:
    """The same answer (the message's text and embeds, whoever's ephemeral copy it is) to the same channel: what a
    second press must not post again."""
    shown = json.dumps([message.content, [e.to_dict() for e in message.embeds]], sort_keys=True, default=str)
    answer = hashlib.sha256(shown.encode()).hexdigest()[:32]
    return f"discord:share:{interaction.channel_id or ''}:{answer}"


async def _share(bot: PalantirBot, interaction: discord.Interaction[Any], _payload: str) -> None:
    """Repost the message the button is on, publicly, saying who shared it (a mention that pings nobody), once: the
    same answer to the same channel within `SHARE_WINDOW_SECONDS` is posted once (a double-click, two people); the
    later presser is told it is there already. The message is Discord's copy of what the bot sent, already escaped,
    so nothing needs remembering."""
    message = interaction.message
    if message is None:  # pragma: no cover - Discord always sends the message with a component press
        await send_ephemeral(interaction, messages.DISCORD_BUTTON_EXPIRED)
        return
    key = share_key(interaction, message)
    if not await bot.first_share(key):
        log.info("discord: share of the same answer in %s a moment ago, not posted again", interaction.channel_id)
        await send_ephemeral(interaction, messages.DISCORD_ALREADY_SHARED)
        return
    shared = messages.DISCORD_SHARED_BY.format(user=interaction.user.mention)
    text = f"{shared}\n{message.content}" if message.content else shared
    try:
        await interaction.response.send_message(
            render.clip(text, render.CONTENT), embeds=message.embeds, allowed_mentions=NO_MENTIONS
        )
    except discord.HTTPException:  # Discord refused it, so it is not there: the next press may try again
        await bot.release_share(key)  # (a lost connection keeps the claim: the post may have gone through)
        raise


async def _answer(bot: PalantirBot, interaction: discord.Interaction[Any], payload: str) -> Answer | None:
    """The answer the pressed button is under, worked out again from its key (`key_from`); None, the presser told
    so, when it no longer comes out the same."""
    answer = await in_time(bot, interaction, bot.call_core(bot.core.reshow, key_from(payload)))
    if answer is None:
        await send_ephemeral(interaction, messages.ANSWER_CHANGED)
    return answer


async def _sources(bot: PalantirBot, interaction: discord.Interaction[Any], payload: str) -> None:
    async def work() -> tuple[Answer | None, SourcesList]:
        return await bot.call_core(bot.core.reshow, key_from(payload)), await bot.call_core(bot.core.sources)

    answer, everything = await in_time(bot, interaction, work())
    if answer is None:
        await send_ephemeral(interaction, messages.ANSWER_CHANGED)
        return
    cited = {c.source_id for c in answer.citations}
    chosen = [s for s in everything.sources if s.id in cited]
    listed = SourcesList(sources=chosen or everything.sources, text=everything.text)
    embeds = render.render_sources(listed, cited=bool(chosen))
    await send_new(interaction, embeds=embeds)


def related_embeds(answer: Answer) -> list[discord.Embed]:
    """The answer's related and differing facts, one field each with its first quote."""
    embed = discord.Embed(title="Related", colour=render.COLOUR_ANSWER)
    items: list[Item] = [item for item in answer.items if item.role != "best"]
    if not items:
        embed.description = messages.DISCORD_NO_RELATED
    for item in items:
        quote = f"\n“{item.citations[0].quote}” ({item.citations[0].source_name})" if item.citations else ""
        label = "sources differ" if item.role == "differs" else "related"
        render._add_field(embed, f"{item.id} · {label}", item.statement + quote)
    return render.fit([embed])


async def _related(bot: PalantirBot, interaction: discord.Interaction[Any], payload: str) -> None:
    answer = await _answer(bot, interaction, payload)
    if answer is not None:
        await send_new(interaction, embeds=related_embeds(escape.reply(answer)))


async def _vote(bot: PalantirBot, interaction: discord.Interaction[Any], payload: str, helpful: bool) -> None:
    from adapters.discord.bot import context_of

    ctx = context_of(interaction)
    key = key_from(payload)

    def record() -> Notice | None:
        answer = bot.core.reshow(key)
        if answer is None:
            return None
        best = [i.id for i in answer.items if i.role == "best"]
        # recorded as the question the answer was made for: a follow-up's reading, not "what does it do"
        asked = answer.read_as or answer.question
        return bot.core.feedback(ctx, question=asked, fact_id=best[0] if best else None, helpful=helpful)

    notice = await in_time(bot, interaction, bot.call_core(record))
    await send_ephemeral(interaction, notice.text if notice is not None else messages.ANSWER_CHANGED)


async def _helpful(bot: PalantirBot, interaction: discord.Interaction[Any], payload: str) -> None:
    await _vote(bot, interaction, payload, True)


async def _not_helpful(bot: PalantirBot, interaction: discord.Interaction[Any], payload: str) -> None:
    await _vote(bot, interaction, payload, False)


async def _page(bot: PalantirBot, interaction: discord.Interaction[Any], payload: str) -> None:
    from adapters.discord.bot import context_of

    parts = payload.split(":", 3)
    if len(parts) != 4 or not parts[0].isdigit() or not parts[1].lstrip("-").isdigit():
        await send_ephemeral(interaction, messages.DISCORD_BUTTON_EXPIRED)
        return
    owner, target, year, topic = int(parts[0]), int(parts[1]), parts[2], parts[3]
    if interaction.user.id != owner:
        await send_ephemeral(interaction, messages.DISCORD_ONLY_ASKER)
        return
    when = re.fullmatch(r"(\d{4})(?:-(\d{2}))?", year)  # "2019", or "2019-09" for one month
    command = TimelineCmd(
        year=int(when[1]) if when else None, month=int(when[2]) if when and when[2] else None, topic=topic or None
    )
    reply = await in_time(bot, interaction, bot.call_core(bot.core.handle, command, context_of(interaction)), edit=True)
    if not isinstance(reply, Timeline):
        await send_ephemeral(interaction, messages.DISCORD_BUTTON_EXPIRED)
        return
    rendered = render.render(reply)
    pages = rendered.pages or rendered.embeds
    index = max(0, min(len(pages) - 1, target))
    shareable = bool(interaction.message and interaction.message.flags.ephemeral)
    view = pager_view(reply, bot.button_memory, owner_id=owner, index=index, pages=len(pages), shareable=shareable)
    if interaction.response.is_done():
        await interaction.edit_original_response(embed=pages[index], view=view)
    else:
        await interaction.response.edit_message(embed=pages[index], view=view)
