"""Ack latency of the Slack app in HTTP mode: signed slash commands over loopback, answers via the fake Web API.

    python benchmarks/slack_http.py [--requests 2000] [--concurrency 50] [--in-process]

Prints ack latency p50/p99 (request sent -> HTTP 200 from /slack/events), errors, and whether every command got
exactly one response_url post. Target: p99 ack under 100 ms, zero errors, zero lost or duplicate responses.

By default the app runs as it is deployed, `palantir-ice run` in a child process (HTTP mode, SLACK_API_URL at the
fake), while this process plays Slack: the signed requests and the fake Web API / response_url receiver.
`--in-process` puts app, client and fake in one event loop instead (slower: they compete for one core).
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import gc
import logging
import os
import signal
import socket
import statistics
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

import aiohttp
from aiohttp import web
from slack_sdk.signature import SignatureVerifier
from slack_sdk.web.async_client import AsyncWebClient

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from adapters.slack.app import build_app
from adapters.slack.service import http_app
from bot.core import Core
from tests.fakes.slack_api import FakeSlackAPI

SECRET = "benchmark-signing-secret"
TEXTS = [
    "how much is the ICE contract?",
    "what is FALCON?",
    "who protested at Palantir's offices?",
    "today 2019-09-13",
    "timeline 2019",
    "sources",
    "fact contract-49m-2019",
    "help",
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def start_child(api: FakeSlackAPI, port: int) -> asyncio.subprocess.Process:
    """`palantir-ice run` in HTTP mode against the fake; returns once /healthz answers."""
    env = {
        **os.environ,
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_BOT_TOKEN": "xoxb-bench",
        "SLACK_API_URL": api.base_url,
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "LOG_LEVEL": "INFO",
        "DATABASE_URL": f"sqlite:///{Path(tempfile.gettempdir()) / 'slack_http_bench.db'}",
    }
    for name in ("SLACK_APP_TOKEN", "SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "DISCORD_TOKEN"):
        env.pop(name, None)
    log_file = open(Path(tempfile.gettempdir()) / "slack_http_bench.log", "wb")  # noqa: SIM115 - the child owns it
    child = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "adapters.cli", "run", env=env, stdout=log_file, stderr=log_file
    )
    async with aiohttp.ClientSession() as session:
        for _ in range(300):
            try:
                async with session.get(f"http://127.0.0.1:{port}/healthz") as resp:
                    if resp.status == 200:
                        return child
            except aiohttp.ClientError:
                pass
            if child.returncode is not None:
                raise SystemExit(f"palantir-ice run exited with {child.returncode}; see {log_file.name}")
            await asyncio.sleep(0.1)
    raise SystemExit(f"palantir-ice run did not start; see {log_file.name}")


async def main(requests: int, concurrency: int, in_process: bool, warmup: int) -> int:
    logging.basicConfig(level=logging.WARNING)
    verifier = SignatureVerifier(SECRET)
    async with FakeSlackAPI() as api:
        keep_alive: aiohttp.ClientSession | None = None
        runner: web.AppRunner | None = None
        child: asyncio.subprocess.Process | None = None
        if in_process:
            keep_alive = aiohttp.ClientSession()  # as service.build_from_settings does: one session for all posts
            client = AsyncWebClient(token="xoxb-bench", base_url=api.base_url, session=keep_alive)
            app = build_app(Core.from_path(), client=client, signing_secret=SECRET, http_session=keep_alive)
            runner = web.AppRunner(http_app(app, signing_secret=SECRET), access_log=None)
            await runner.setup()
            site = web.TCPSite(runner, "127.0.0.1", 0)
            await site.start()
            port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        else:
            port = free_port()
            child = await start_child(api, port)
        url = f"http://127.0.0.1:{port}/slack/events"
        latencies: list[float] = []
        errors: collections.Counter[str] = collections.Counter()
        queue: asyncio.Queue[int] = asyncio.Queue()

        async def worker(session: aiohttp.ClientSession) -> None:
            while not queue.empty():
                i = queue.get_nowait()
                body = urllib.parse.urlencode(
                    {
                        "team_id": "T0BENCH",
                        "channel_id": f"C{i % 20}",
                        "channel_name": "general",
                        "user_id": f"U{i % 200}",  # 10 requests each: under the 20-a-minute limit
                        "user_name": "bench",
                        "command": "/palantir-ice",
                        "text": TEXTS[i % len(TEXTS)],
                        "response_url": api.response_url(f"r{i}"),
                        "trigger_id": f"t{i}",
                    }
                )
                ts = str(int(time.time()))
                headers = {
                    "Content-Type": "application/x-www-form-urlencoded",
                    "X-Slack-Request-Timestamp": ts,
                    "X-Slack-Signature": verifier.generate_signature(timestamp=ts, body=body),
                }
                started = time.perf_counter()
                try:
                    async with session.post(url, data=body.encode(), headers=headers) as resp:
                        await resp.read()
                        if resp.status != 200:
                            errors[f"HTTP {resp.status}"] += 1
                            continue
                except aiohttp.ClientError as exc:
                    errors[type(exc).__name__] += 1
                    continue
                latencies.append((time.perf_counter() - started) * 1000)

        async def burst(first: int, count: int) -> None:
            for i in range(first, first + count):
                queue.put_nowait(i)
            async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=concurrency)) as session:
                await asyncio.gather(*(worker(session) for _ in range(concurrency)))

        # Warm-up (not counted): the first requests pay for lazy imports and connection set-up.
        await burst(requests, warmup)
        await api.wait_for_responses(warmup, timeout=30)
        latencies.clear()
        errors.clear()
        api.reset()
        gc.collect()
        gc.disable()  # this process plays Slack: keep its own collector's pauses out of the app's figures
        wall = time.perf_counter()
        await burst(0, requests)
        acked = time.perf_counter() - wall
        gc.enable()
        deadline = time.monotonic() + 30
        while len(api.responses) < requests and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        total = time.perf_counter() - wall
        per_name = collections.Counter(r.name for r in api.responses)
        lost = sum(1 for i in range(requests) if per_name[f"r{i}"] == 0)
        duplicated = sum(1 for n in per_name.values() if n > 1)
        if runner is not None:
            await runner.cleanup()
        if keep_alive is not None:
            await keep_alive.close()
        if child is not None:
            child.send_signal(signal.SIGTERM)
            await child.wait()

    where = "app in this process" if in_process else "app in a child `palantir-ice run`"
    print(f"requests            {requests} ({concurrency} concurrent, {where}, after {warmup} warm-up)")
    print(f"all acked in        {acked:.2f} s ({requests / acked:.0f} acks/s)")
    if latencies:
        print(
            f"ack latency ms      p50 {percentile(latencies, 0.50):.1f}  p99 {percentile(latencies, 0.99):.1f}  "
            f"max {max(latencies):.1f}  mean {statistics.fmean(latencies):.1f}"
        )
    print(f"errors              {sum(errors.values())} {dict(errors) if errors else ''}")
    print(f"responses           {len(api.responses)} for {requests} commands in {total:.2f} s")
    print(f"lost / duplicated   {lost} / {duplicated}")
    ok = not errors and not lost and not duplicated and bool(latencies) and percentile(latencies, 0.99) < 100
    print("target (p99 < 100 ms, no errors, exactly one response each):", "met" if ok else "NOT met")
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--in-process", action="store_true")
    parser.add_argument("--warmup", type=int, default=100, help="requests sent first and not counted")
    args = parser.parse_args()
    sys.exit(asyncio.run(main(args.requests, args.concurrency, args.in_process, args.warmup)))
