"""Discord adapter figures: render cost, slash-command latency through discord.py and the fake REST API on
127.0.0.1 (a real socket), button presses answered by a bot that did not send the message (after a restart),
behaviour under a burst, and how long the event loop (the gateway heartbeat) is blocked.

    python benchmarks/discord_adapter.py [--questions 300] [--burst 100]

Prints figures; asserts nothing. Latency here excludes Discord's own network time.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import discord  # noqa: E402

from adapters.discord import render  # noqa: E402
from adapters.discord.bot import PalantirBot  # noqa: E402
from bot.brief import load_brief  # noqa: E402
from bot.calendar import on_this_date, timeline  # noqa: E402
from bot.core import Core  # noqa: E402
from tests.fakes.discord_api import FakeDiscordAPI, buttons, component, slash  # noqa: E402


def questions(n: int) -> list[str]:
    base = []
    for path in sorted((ROOT / "tests" / "questions").glob("*.yaml")):
        base += [str(q["q"]) for q in yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]]
    return [base[i % len(base)] for i in range(n)]


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def line(name: str, values: list[float], unit: str) -> None:
    print(
        f"  {name:<34} n={len(values):<5} p50={pct(values, 50):8.2f}{unit}  p99={pct(values, 99):8.2f}{unit}  "
        f"max={max(values):8.2f}{unit}"
    )


def bench_render(core: Core, qs: list[str]) -> None:
    print("render (pure, no network; escaping what people typed included):")
    answers = [core.ask(q) for q in qs]
    t: list[float] = []
    for a in answers:
        start = time.perf_counter()
        render.render(a)
        t.append((time.perf_counter() - start) * 1e6)
    line("answer -> embeds", t, "µs")
    full = timeline(core.brief)
    t = []
    for _ in range(50):
        start = time.perf_counter()
        pages = render.render_timeline_pages(full)
        t.append((time.perf_counter() - start) * 1e6)
    line(f"full timeline -> {len(pages)} pages", t, "µs")
    import datetime as dt

    days = [dt.date(2026, 1, 1) + dt.timedelta(days=i) for i in range(365)]
    digests = [on_this_date(core.brief, d) for d in days]
    t = []
    for d in digests:
        start = time.perf_counter()
        render.render_digest(d)
        t.append((time.perf_counter() - start) * 1e6)
    line("digest -> embeds (365 days)", t, "µs")


class LoopLag:
    """Measures how late a 1 ms ticker wakes up: the time the loop (and the gateway heartbeat) was blocked."""

    def __init__(self) -> None:
        self.lags: list[float] = []
        self._task: asyncio.Task[None] | None = None

    async def _tick(self) -> None:
        while True:
            start = time.perf_counter()
            await asyncio.sleep(0.001)
            self.lags.append((time.perf_counter() - start - 0.001) * 1000)

    def __enter__(self) -> LoopLag:
        self._task = asyncio.get_running_loop().create_task(self._tick())
        return self

    def __exit__(self, *exc: Any) -> None:
        assert self._task is not None
        self._task.cancel()


async def bench_slash(core: Core, qs: list[str], burst: int) -> None:
    async with FakeDiscordAPI() as api:
        discord.http.Route.BASE = api.base_url
        async with PalantirBot(core) as bot:
            await bot.login(api.token)
            state = bot._connection

            print("slash commands through discord.py -> fake REST API on 127.0.0.1 (sequential):")
            for name, payloads in (
                ("ask (question set)", [slash(api, "ask", question=q) for q in qs]),
                ("timeline (all, paginated)", [slash(api, "timeline") for _ in range(50)]),
                ("today 2019-09-13", [slash(api, "today", date="2019-09-13") for _ in range(50)]),
            ):
                t = []
                with LoopLag() as lag:
                    for p in payloads:
                        start = time.perf_counter()
                        await bot.tree._call(discord.Interaction(data=p, state=state))  # type: ignore[arg-type]
                        t.append((time.perf_counter() - start) * 1000)
                line(name, t, "ms")
                within = sum(1 for v in t if v < 3000) / len(t)
                print(
                    f"  {'':<34} answered within 3 s: {within:.1%}; loop blocked p99={pct(lag.lags, 99):.2f}ms "
                    f"max={max(lag.lags or [0]):.2f}ms"
                )

            print("button presses on a new bot instance (as after a restart), first response time:")
            sent = []
            for q in qs[:50]:
                await bot.tree._call(discord.Interaction(data=slash(api, "ask", question=q), state=state))  # type: ignore[arg-type]
                call = api.calls_to("POST", "/callback")[-1]
                sent.append(api.messages[int(call.response["resource"]["message"]["id"])])
            async with PalantirBot(core) as fresh:  # its own connection state: knows nothing of the first bot's replies
                await fresh.login(api.token)
                for label in ("Sources", "Related", "Helpful"):
                    t, expired = [], 0
                    for message in sent:
                        button = buttons(message).get(label)
                        if button is None:
                            continue
                        before = len(api.calls_to("POST", "/callback"))
                        start = time.perf_counter()
                        fresh._connection.parse_interaction_create(component(api, message, button["custom_id"]))
                        call = await api.wait_for("POST", "/callback", count=before + 1)
                        t.append((time.perf_counter() - start) * 1000)
                        expired += "expired" in (call.json["data"].get("content") or "")
                    line(f"{label} (expired: {expired})", t, "ms")

            print(f"burst: {burst} asks arriving at once from the gateway:")
            before = len(api.calls_to("POST", "/callback"))
            start = time.perf_counter()
            with LoopLag() as lag:
                for q in qs[:burst]:
                    state.parse_interaction_create(slash(api, "ask", question=q))
                await api.wait_for("POST", "/callback", count=before + burst, timeout=120)
            total = time.perf_counter() - start
            calls = api.calls_to("POST", "/callback")[before:]
            deferred = sum(1 for c in calls if c.json["type"] == 5)
            print(
                f"  all answered in {total * 1000:.0f} ms ({burst / total:.0f}/s); deferred: {deferred}/{burst}; "
                f"loop blocked p99={pct(lag.lags, 99):.2f}ms max={max(lag.lags or [0]):.2f}ms"
            )

            print("loop blocking, core on the worker thread vs called directly on the loop (same 100 asks):")
            direct: list[float] = []
            with LoopLag() as lag_direct:
                for q in qs[:100]:
                    s = time.perf_counter()
                    core.ask(q)
                    direct.append((time.perf_counter() - s) * 1000)
                    await asyncio.sleep(0)
            threaded: list[float] = []
            with LoopLag() as lag_thread:
                for q in qs[:100]:
                    s = time.perf_counter()
                    await bot.call_core(core.ask, q)
                    threaded.append((time.perf_counter() - s) * 1000)
            d, th = max(lag_direct.lags or [0]), max(lag_thread.lags or [0])
            ratio = d / th if th else float("inf")
            print(f"  max loop stall direct={d:.2f}ms  worker thread={th:.2f}ms  ratio={ratio:.1f}x")
            line("ask latency direct", direct, "ms")
            line("ask latency via worker thread", threaded, "ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--questions", type=int, default=300)
    parser.add_argument("--burst", type=int, default=100)
    args = parser.parse_args()
    import logging

    logging.basicConfig(level=logging.ERROR)
    core = Core(load_brief(), rate_limit=0)
    qs = questions(args.questions)
    core.ask("warm up")
    bench_render(core, qs)
    asyncio.run(bench_slash(core, qs, min(args.burst, len(qs))))
    print(
        f"python {sys.version.split()[0]}, discord.py {discord.__version__}, median of question lengths "
        f"{statistics.median(len(q) for q in qs):.0f} chars"
    )


if __name__ == "__main__":
    main()
