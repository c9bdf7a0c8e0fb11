"""Buttons under replies: Sources, Related, Helpful / Not helpful, Share, and page turning for long timelines.

Views live in memory and time out before the interaction token does (15 minutes), so that on timeout the buttons
can still be disabled on the message; after a restart old buttons simply do nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

import discord

from adapters.discord import render
from bot import messages
from bot.models import Answer, Notice, SourcesList
from bot.ports import Context

log = logging.getLogger(__name__)

NO_MENTIONS = discord.AllowedMentions.none()
TIMEOUT = 600.0

Feedback = Callable[[Context, str, str | None, bool], Awaitable[Notice]]
SourcesFn = Callable[[], Awaitable[SourcesList]]


class ReplyView(discord.ui.View):
    """Base: remembers where its message is, so a timeout can disable the buttons; logs any button failure."""

    def __init__(self, *, owner_id: int, timeout: float = TIMEOUT) -> None:
        super().__init__(timeout=timeout)
        self.owner_id = owner_id
        self.interaction: discord.Interaction[Any] | None = None
        self.message: discord.Message | None = None

    def attach(
        self, *, interaction: discord.Interaction[Any] | None = None, message: discord.Message | None = None
    ) -> None:
        self.interaction = interaction
        self.message = message

    async def on_timeout(self) -> None:
        """Grey the buttons out; an edit that fails (message deleted, token gone) is not worth a retry."""
        for item in self.children:
            if isinstance(item, discord.ui.Button):
                item.disabled = True
        try:
            if self.interaction is not None:
                await self.interaction.edit_original_response(view=self)
            elif self.message is not None:
                await self.message.edit(view=self)
        except discord.HTTPException as exc:
            log.info("could not disable expired buttons: %s", exc)

    async def on_error(
        self, interaction: discord.Interaction[Any], error: Exception, item: discord.ui.Item[Any]
    ) -> None:
        log.exception("button %r failed", getattr(item, "label", item), exc_info=error)
        await send_ephemeral(interaction, messages.APOLOGY)


async def send_ephemeral(interaction: discord.Interaction[Any], text: str, **kwargs: Any) -> None:
    if interaction.response.is_done():
        await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS, **kwargs)
    else:
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_MENTIONS, **kwargs)


def _button(label: str, style: discord.ButtonStyle, custom_id: str, callback: Callable[..., Awaitable[None]]) -> Any:
    button: discord.ui.Button[Any] = discord.ui.Button(label=label, style=style, custom_id=custom_id)
    button.callback = callback  # type: ignore[method-assign,assignment]  # a plain Button with a callback
    return button


async def share(interaction: discord.Interaction[Any], embeds: list[discord.Embed], content: str | None) -> None:
    """Repost a reply publicly in the channel, saying who shared it (a mention that pings nobody)."""
    shared = messages.DISCORD_SHARED_BY.format(user=interaction.user.mention)
    text = f"{shared}\n{content}" if content else shared
    await interaction.response.send_message(
        render.clip(text, render.CONTENT), embeds=embeds, allowed_mentions=NO_MENTIONS
    )


class ShareView(ReplyView):
    """An ephemeral reply's Share button."""

    def __init__(self, rendered: render.Rendered, *, owner_id: int, timeout: float = TIMEOUT) -> None:
        super().__init__(owner_id=owner_id, timeout=timeout)
        self.rendered = rendered
        self.add_item(_button("Share", discord.ButtonStyle.secondary, "pice:share", self._share))

    async def _share(self, interaction: discord.Interaction[Any]) -> None:
        await share(interaction, self.rendered.embeds, self.rendered.content)


class AnswerView(ReplyView):
    """Sources and Related open ephemeral detail; Helpful / Not helpful go to the core; Share when ephemeral."""

    def __init__(
        self,
        answer: Answer,
        rendered: render.Rendered,
        *,
        owner_id: int,
        feedback: Feedback,
        sources: SourcesFn,
        context_of: Callable[[discord.Interaction[Any]], Context],
        shareable: bool,
        timeout: float = TIMEOUT,
    ) -> None:
        super().__init__(owner_id=owner_id, timeout=timeout)
        self.answer = answer
        self.rendered = rendered
        self._feedback = feedback
        self._sources = sources
        self._context_of = context_of
        self.add_item(_button("Sources", discord.ButtonStyle.secondary, "pice:sources", self._on_sources))
        if answer.related:
            self.add_item(_button("Related", discord.ButtonStyle.secondary, "pice:related", self._on_related))
        if answer.answered:
            self.add_item(_button("Helpful", discord.ButtonStyle.success, "pice:helpful", self._on_helpful))
            self.add_item(_button("Not helpful", discord.ButtonStyle.danger, "pice:unhelpful", self._on_unhelpful))
        if shareable:
            self.add_item(_button("Share", discord.ButtonStyle.primary, "pice:share", self._on_share))

    @property
    def fact_id(self) -> str | None:
        best = [i.id for i in self.answer.items if i.role == "best"]
        return best[0] if best else None

    async def _on_sources(self, interaction: discord.Interaction[Any]) -> None:
        everything = await self._sources()
        cited = {c.source_id for c in self.answer.citations}
        chosen = [s for s in everything.sources if s.id in cited] or everything.sources
        embeds = render.render_sources(SourcesList(sources=chosen, text=everything.text))
        await interaction.response.send_message(embeds=embeds, ephemeral=True, allowed_mentions=NO_MENTIONS)

    async def _on_related(self, interaction: discord.Interaction[Any]) -> None:
        embed = discord.Embed(title="Related", colour=render.COLOUR_ANSWER)
        for item in self.answer.items:
            if item.role == "best":
                continue
            quote = f"\n“{item.citations[0].quote}” ({item.citations[0].source_name})" if item.citations else ""
            label = "sources differ" if item.role == "differs" else "related"
            render._add_field(embed, f"{item.id} · {label}", item.statement + quote)
        await interaction.response.send_message(
            embeds=render.fit([embed]), ephemeral=True, allowed_mentions=NO_MENTIONS
        )

    async def _vote(self, interaction: discord.Interaction[Any], helpful: bool) -> None:
        notice = await self._feedback(self._context_of(interaction), self.answer.question, self.fact_id, helpful)
        await send_ephemeral(interaction, notice.text)

    async def _on_helpful(self, interaction: discord.Interaction[Any]) -> None:
        await self._vote(interaction, True)

    async def _on_unhelpful(self, interaction: discord.Interaction[Any]) -> None:
        await self._vote(interaction, False)

    async def _on_share(self, interaction: discord.Interaction[Any]) -> None:
        await share(interaction, self.rendered.embeds, self.rendered.content)


class PagerView(ReplyView):
    """Previous / Next through a timeline's pages; only the person who asked may turn them."""

    def __init__(self, pages: list[discord.Embed], *, owner_id: int, shareable: bool, timeout: float = TIMEOUT) -> None:
        super().__init__(owner_id=owner_id, timeout=timeout)
        self.pages = pages
        self.index = 0
        self.previous = _button("Previous", discord.ButtonStyle.secondary, "pice:prev", self._on_previous)
        self.next = _button("Next", discord.ButtonStyle.secondary, "pice:next", self._on_next)
        self.add_item(self.previous)
        self.add_item(self.next)
        if shareable:
            self.add_item(_button("Share", discord.ButtonStyle.primary, "pice:share", self._on_share))
        self._sync()

    def _sync(self) -> None:
        self.previous.disabled = self.index == 0
        self.next.disabled = self.index >= len(self.pages) - 1

    async def interaction_check(self, interaction: discord.Interaction[Any]) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        await send_ephemeral(interaction, messages.DISCORD_ONLY_ASKER)
        return False

    async def _turn(self, interaction: discord.Interaction[Any], step: int) -> None:
        self.index = max(0, min(len(self.pages) - 1, self.index + step))
        self._sync()
        await interaction.response.edit_message(embed=self.pages[self.index], view=self)

    async def _on_previous(self, interaction: discord.Interaction[Any]) -> None:
        await self._turn(interaction, -1)

    async def _on_next(self, interaction: discord.Interaction[Any]) -> None:
        await self._turn(interaction, 1)

    async def _on_share(self, interaction: discord.Interaction[Any]) -> None:
        await share(interaction, [self.pages[self.index]], None)
