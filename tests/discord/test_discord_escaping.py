"""Whatever a person typed is shown as typed: no masked links, formatting or mentions in any reply, repost or reply
to a mention (pings are stopped separately, by allowed_mentions on every send)."""

from __future__ import annotations

import re
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from adapters.discord import escape
from adapters.discord.bot import PalantirBot
from bot import messages
from tests.discord.helpers import invoke, message_from, only_callback, press
from tests.fakes.discord_api import BOT_USER_ID, USER_ID, FakeDiscordAPI, buttons, component, guild_message, slash

PHISH = "[Verify-your-account](https://example.invalid/login)"
HOSTILE = f"{PHISH} **loud** ||spoiler|| `code` <@&123456789012345678> @everyone"


def _unescaped(text: str, i: int) -> bool:
    """Whether the character at `i` is live markdown: not preceded by an odd number of backslashes."""
    slashes = len(text[:i]) - len(text[:i].rstrip("\\"))
    return slashes % 2 == 0


def live_markup(text: str) -> list[str]:
    """What Discord would act on in `text`: masked links, emphasis, spoilers, code, and mentions that render."""
    found = []
    for match in re.finditer(r"\[[^\]\n]*\]\(", text):
        if _unescaped(text, match.start()) and _unescaped(text, match.end() - 2):
            found.append(f"masked link {match.group(0)!r}")
    for token in ("**", "||", "`"):
        found += [f"{token!r}" for m in re.finditer(re.escape(token), text) if _unescaped(text, m.start())]
    found += [m.group(0) for m in re.finditer(r"@(everyone|here)|<@[!&]?\d+>", text)]
    return found


def shown(data: dict[str, Any]) -> list[str]:
    """Every string of a message body Discord draws as markdown."""
    texts = [data.get("content") or ""]
    for embed in data.get("embeds") or []:
        texts += [embed.get("title") or "", embed.get("description") or ""]
        for f in embed.get("fields") or []:
            texts += [f["name"], f["value"]]
    return texts


def assert_inert(data: dict[str, Any]) -> None:
    for text in shown(data):
        assert live_markup(text) == [], text


def test_live_markup_sees_the_phishing_link_it_must_catch() -> None:
    assert live_markup(PHISH) and live_markup("<@&123456789012345678>") and live_markup("@everyone")


async def test_a_masked_link_typed_as_a_fact_id_is_shown_as_text(bot: PalantirBot, discord_api: FakeDiscordAPI) -> None:
    await invoke(bot, slash(discord_api, "fact", id=PHISH))
    data = only_callback(discord_api)["data"]
    assert_inert(data)
    assert "verify-your-account" in data["embeds"][0]["description"].lower()


async def test_the_share_repost_of_an_echoed_question_is_inert(bot: PalantirBot, discord_api: FakeDiscordAPI) -> None:
    await invoke(bot, slash(discord_api, "ask", question=f"how much is the ICE contract? {HOSTILE}"))
    call = discord_api.calls_to("POST", "/callback")[-1]
    message = discord_api.messages[int(call.response["resource"]["message"]["id"])]
    assert_inert(call.json["data"])
    repost = await press(bot, discord_api, component(discord_api, message, buttons(message)["Share"]["custom_id"]))
    assert not repost.json["data"].get("flags", 0) & 64  # public
    sharer = messages.DISCORD_SHARED_BY.format(user=f"<@{USER_ID}>")  # ours: a name pill that pings nobody
    assert repost.json["data"]["content"].startswith(sharer)
    assert_inert(repost.json["data"] | {"content": repost.json["data"]["content"].removeprefix(sharer)})
    assert repost.json["data"]["allowed_mentions"] == {"parse": []}


async def test_a_public_mention_reply_echoes_the_question_inertly(
    bot: PalantirBot, discord_api: FakeDiscordAPI
) -> None:
    await bot.on_message(message_from(bot, guild_message(discord_api, f"<@{BOT_USER_ID}> {HOSTILE}")))
    (call,) = discord_api.calls_to("POST", "/messages")
    assert_inert(call.json)
    assert call.json["allowed_mentions"] == {"parse": [], "replied_user": False}


async def test_usage_notices_that_quote_the_input_are_inert(bot: PalantirBot, discord_api: FakeDiscordAPI) -> None:
    await invoke(bot, slash(discord_api, "timeline", topic=PHISH))
    await invoke(bot, slash(discord_api, "today", date="[x](https://example.invalid)"))
    for call in discord_api.calls_to("POST", "/callback"):
        assert_inert(call.json["data"])


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text).replace("\u200b", "")


PIECES = [*"ab @[]()*_~`|<>#-+1.\\\n:/&!", "everyone", "here", "1" * 18]


@given(st.lists(st.sampled_from(PIECES)).map("".join))
def test_escaped_text_reads_as_typed_and_has_no_live_markup(typed: str) -> None:
    safe = escape.text(typed)
    assert live_markup(safe) == []
    assert _unescape(safe) == typed
