"""The `/palantir-ice` app command group. Each subcommand writes its options back into the core's grammar,
so Discord, Slack, DMs and the console all go through `bot.commands.parse`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands

from adapters.discord import views
from bot import messages
from bot.commands import (
    Ask,
    Command,
    FactCmd,
    Help,
    Sources,
    Status,
    Subscribe,
    TimelineCmd,
    Today,
    Unsubscribe,
    asks_of_sources,
    parse,
)

if TYPE_CHECKING:
    from adapters.discord.bot import PalantirBot

AUTOCOMPLETE_LIMIT = 25
CHOICE_NAME = 100
CHOICE_VALUE = 100  # Discord refuses the whole list when one choice's name or value is longer

INSTALLS = app_commands.AppInstallationType(guild=True, user=True)
CONTEXTS = app_commands.AppCommandContext(guild=True, dm_channel=True, private_channel=True)


def choice_name(text: str) -> str:
    return text if len(text) <= CHOICE_NAME else text[: CHOICE_NAME - 1] + "…"


def choices(pairs: list[tuple[str, str]]) -> list[app_commands.Choice[str]]:
    """Autocomplete choices Discord accepts: names clipped to 100 characters, values that cannot be clipped (an id
    longer than 100 characters would not find its fact again) left out, at most 25."""
    fitting = [(name, value) for name, value in pairs if 0 < len(value) <= CHOICE_VALUE]
    return [app_commands.Choice(name=choice_name(name), value=value) for name, value in fitting[:AUTOCOMPLETE_LIMIT]]


class PalantirGroup(app_commands.Group):
    """`/palantir-ice …`: installable to servers and to users, usable in servers, DMs and private channels."""

    def __init__(self, bot: PalantirBot) -> None:
        super().__init__(
            name="palantir-ice",
            description="Sourced answers about Palantir's contracts with ICE",
            allowed_installs=INSTALLS,
            allowed_contexts=CONTEXTS,
        )
        self.bot = bot

    async def _run(
        self, interaction: discord.Interaction[PalantirBot], text: str, expect: type[Command], usage: str
    ) -> None:
        await self.bot.respond(interaction, text, expect=expect, usage=usage)

    @app_commands.command(name="ask", description="Ask a question; the answer cites the articles")
    @app_commands.describe(question="for example: how much is the ICE contract?")
    async def ask(self, interaction: discord.Interaction[PalantirBot], question: str) -> None:
        await self._run(interaction, f"ask {question}", Ask, "/palantir-ice ask question")

    @app_commands.command(name="today", description="What happened on this date in past years")
    @app_commands.describe(date="a date like 2019-09-13 (default: today)")
    async def today(self, interaction: discord.Interaction[PalantirBot], date: str | None = None) -> None:
        await self._run(interaction, f"today {date or ''}", Today, "/palantir-ice today [YYYY-MM-DD]")

    @app_commands.command(name="timeline", description="Dated facts in order, by year (and month) and topic")
    @app_commands.describe(
        year="a year like 2019", month="a month of that year, 1 to 12", topic="one of the brief's topics"
    )
    async def timeline(
        self,
        interaction: discord.Interaction[PalantirBot],
        year: app_commands.Range[int, 1900, 2100] | None = None,
        topic: str | None = None,
        month: app_commands.Range[int, 1, 12] | None = None,
    ) -> None:
        if month and not year:  # the grammar would read "-09", text the person never typed (fresh tester 61 U6)
            await views.send_ephemeral(interaction, messages.DISCORD_MONTH_WITHOUT_YEAR)
            return
        when = f"{year}-{month:02d}" if month else str(year or "")  # the grammar's own spelling: "timeline 2019-09"
        text = " ".join(["timeline", when, topic or ""])
        await self._run(interaction, text, TimelineCmd, "/palantir-ice timeline [year] [topic]")

    @timeline.autocomplete("topic")
    async def _topics(
        self, interaction: discord.Interaction[PalantirBot], current: str
    ) -> list[app_commands.Choice[str]]:
        return self.bot.topic_choices(current)

    @app_commands.command(name="fact", description="One fact in full, with its quotes")
    @app_commands.describe(id="a fact id, e.g. contract-38m-claim")
    async def fact(self, interaction: discord.Interaction[PalantirBot], id: str) -> None:
        await self._run(interaction, f"fact {id}", FactCmd, "/palantir-ice fact id")

    @fact.autocomplete("id")
    async def _fact_ids(
        self, interaction: discord.Interaction[PalantirBot], current: str
    ) -> list[app_commands.Choice[str]]:
        return self.bot.fact_choices(current)

    @app_commands.command(name="sources", description="The news articles every answer rests on")
    @app_commands.describe(match="only the articles an outlet, a year (e.g. 2019) or a headline's words name")
    async def sources(self, interaction: discord.Interaction[PalantirBot], match: str | None = None) -> None:
        # the option is a filter, but for words the chat and the shell read as a question ("for the 49m figure", "say
        # the lease was renewed": asks_of_sources), answered as they answer it
        text = " ".join(["sources", match or ""]).strip()
        words = match.split() if match else []
        if words and asks_of_sources(words):
            parsed: Sources | Ask = Ask(question=text)
        else:
            parsed = Sources(match=match) if words else Sources()
        expect = type(parsed)
        await self.bot.respond(interaction, text, expect=expect, usage="/palantir-ice sources [match]", parsed=parsed)

    @app_commands.command(name="help", description="What this bot can do")
    async def help(self, interaction: discord.Interaction[PalantirBot]) -> None:
        await self._run(interaction, "help", Help, "/palantir-ice help")

    @app_commands.command(name="subscribe", description="A daily 'on this date' digest in this channel")
    @app_commands.describe(time="HH:MM, 24-hour (default 09:00)", timezone="Area/City, e.g. America/Los_Angeles")
    async def subscribe(
        self, interaction: discord.Interaction[PalantirBot], time: str | None = None, timezone: str | None = None
    ) -> None:
        # the time option is one value: "9 am" must not become a time "9" and a zone "am" in the grammar
        typed = "".join((time or "").split())
        text = " ".join(["subscribe", typed, timezone or ""])
        usage = "/palantir-ice subscribe [HH:MM] [Area/City]"
        parsed = parse(" ".join(["subscribe", timezone or ""]))
        if typed and isinstance(parsed, Subscribe):
            # and it is the time, however written: the grammar takes a word for a time only when it opens with a
            # digit, so time:noon was read as a zone and the zone option as a word too many (fresh tester 70 U2)
            extra = (*parsed.extra, parsed.time) if parsed.time else parsed.extra
            parsed = parsed.model_copy(update={"time": typed, "extra": extra})
        await self.bot.respond(interaction, text, expect=Subscribe, usage=usage, parsed=parsed)

    @app_commands.command(name="unsubscribe", description="Stop this channel's digest")
    async def unsubscribe(self, interaction: discord.Interaction[PalantirBot]) -> None:
        await self._run(interaction, "unsubscribe", Unsubscribe, "/palantir-ice unsubscribe")

    @app_commands.command(name="status", description="This channel's digest subscription")
    async def status(self, interaction: discord.Interaction[PalantirBot]) -> None:
        await self._run(interaction, "status", Status, "/palantir-ice status")
