"""The Slack app in HTTP mode under load and faults: signed requests over loopback, answers via the fake Web API.

    python benchmarks/slack_http.py [--requests 2000] [--concurrency 50] [--in-process]      # acks
    python benchmarks/slack_http.py --scenario overload [--clients 50] [--seconds 10] [--full]
    python benchmarks/slack_http.py --scenario faults [--rate 20] [--seconds 12] [--outage 5] [--full]

acks (default): ack latency p50/p99 (request sent -> HTTP 200 from /slack/events), errors, and whether every command
got exactly one response_url post. Target: p99 ack under 100 ms, zero errors, zero lost or duplicate responses.

overload: `--clients` clients send slash commands back to back for `--seconds` (issue 11 item 2 used 50 clients for
60 s: `--full`). Prints ack p99, answer lag p50/p99 (command sent -> response_url post), real answers and "busy"
replies, lost and duplicated, and the app's RSS before and after. Target: nothing lost, answer lag p99 within the
app's `max_wait` (10 s) plus a second, RSS back near where it started.

faults: for each fault kind (Web API and response_url down, HTTP 500, HTTP 429 with Retry-After: 1), a steady
`--rate` of requests (3 slash commands to 1 DM) for `--seconds`, with the fault lasting `--outage` seconds from the
third second (`--full`: 30 s runs with 10 s outages, as in the issue). Prints answers lost per kind: 0 is the target
for outages shorter than the 30 s retry budget (adapters/slack/retry.py).

By default the app runs as it is deployed, `palantir-ice run` in a child process (HTTP mode, SLACK_API_URL at the
fake), while this process plays Slack: the signed requests and the fake Web API / response_url receiver.
`--in-process` puts app, client and fake in one event loop instead (slower: they compete for one core).
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import gc
import json
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


async def start_child(api: FakeSlackAPI, port: int, **extra_env: str) -> asyncio.subprocess.Process:
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
    env.update(extra_env)
    for name in ("SLACK_APP_TOKEN", "SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "DISCORD_TOKEN"):
        env.pop(name, None)
    Path(env["DATABASE_URL"].removeprefix("sqlite:///")).unlink(missing_ok=True)  # a fresh "already answered" ledger
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


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def command_body(api: FakeSlackAPI, i: int, text: str) -> str:
    return urllib.parse.urlencode(
        {
            "team_id": "T0BENCH",
            "channel_id": f"C{i % 20}",
            "channel_name": "general",
            "user_id": f"U{i}",
            "user_name": "bench",
            "command": "/palantir-ice",
            "text": text,
            "response_url": api.response_url(f"r{i}"),
            "trigger_id": f"t{i}",
        }
    )


def dm_body(i: int, text: str) -> str:
    event = {"type": "message", "channel": f"D{i}", "channel_type": "im", "user": f"U{i}", "text": text, "ts": "1.1"}
    return json.dumps({"type": "event_callback", "team_id": "T0BENCH", "event_id": f"Ev{i}", "event": event})


async def post_signed(
    session: aiohttp.ClientSession, url: str, body: str, content_type: str, verifier: SignatureVerifier
) -> int:
    ts = str(int(time.time()))
    headers = {
        "Content-Type": content_type,
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": verifier.generate_signature(timestamp=ts, body=body) or "",
    }
    async with session.post(url, data=body.encode(), headers=headers) as resp:
        await resp.read()
        return resp.status


def is_busy(post: dict[str, object]) -> bool:
    return "answering a lot of questions" in str(post.get("text", ""))


async def overload(clients: int, seconds: float) -> int:
    logging.basicConfig(level=logging.WARNING)
    verifier = SignatureVerifier(SECRET)
    async with FakeSlackAPI() as api:
        port = free_port()
        child = await start_child(api, port, RATE_LIMIT_PER_MINUTE="0", LOG_LEVEL="WARNING")
        url = f"http://127.0.0.1:{port}/slack/events"
        sent_at: dict[str, float] = {}
        acks: list[float] = []
        errors: collections.Counter[str] = collections.Counter()
        counter = iter(range(10**9))
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=clients)) as session:
            for i in range(20):  # warm-up, not counted
                await post_signed(session, url, command_body(api, 10**8 + i, "sources"), FORM, verifier)
            await api.wait_for_responses(20, timeout=30)
            api.reset()
            gc.collect()
            await asyncio.sleep(1)
            before = rss_mb(child.pid)
            deadline = time.monotonic() + seconds

            async def client() -> None:
                while time.monotonic() < deadline:
                    i = next(counter)
                    started = time.monotonic()
                    sent_at[f"r{i}"] = started
                    try:
                        status = await post_signed(
                            session, url, command_body(api, i, TEXTS[i % len(TEXTS)]), FORM, verifier
                        )
                    except aiohttp.ClientError as exc:
                        errors[type(exc).__name__] += 1
                        continue
                    if status != 200:
                        errors[f"HTTP {status}"] += 1
                    acks.append((time.monotonic() - started) * 1000)

            await asyncio.gather(*(client() for _ in range(clients)))
        settle = time.monotonic() + 40
        while len({r.name for r in api.responses}) < len(sent_at) and time.monotonic() < settle:
            await asyncio.sleep(0.2)
        after = rss_mb(child.pid)
        await asyncio.sleep(5)
        later = rss_mb(child.pid)
        child.send_signal(signal.SIGTERM)
        await child.wait()
    per_name = collections.Counter(r.name for r in api.responses)
    lags = [(r.at - sent_at[r.name]) * 1000 for r in api.responses if r.name in sent_at]
    answer_lags = [(r.at - sent_at[r.name]) * 1000 for r in api.responses if r.name in sent_at and not is_busy(r.json)]
    busy = sum(1 for r in api.responses if is_busy(r.json))
    lost = sum(1 for n in sent_at if per_name[n] == 0)
    print(f"overload            {clients} clients back to back for {seconds:.0f} s (app in a child `palantir-ice run`)")
    print(f"commands            {len(sent_at)} sent, {len(acks)} acked, errors {sum(errors.values())} {dict(errors)}")
    if acks:
        print(f"ack latency ms      p50 {percentile(acks, 0.5):.1f}  p99 {percentile(acks, 0.99):.1f}")
    print(
        f"replies             {len(answer_lags)} answers, {busy} busy, {lost} lost, "
        f"{sum(1 for n in per_name.values() if n > 1)} duplicated"
    )
    if answer_lags:
        print(
            f"answer lag ms       p50 {percentile(answer_lags, 0.5):.0f}  p99 {percentile(answer_lags, 0.99):.0f}"
            f"  (all replies incl. busy: p99 {percentile(lags, 0.99):.0f})"
        )
    print(f"app RSS MB          before {before:.0f}, after {after:.0f}, 5 s later {later:.0f}")
    return 0


FORM = "application/x-www-form-urlencoded"
KINDS = ("down", "500", "429")


async def faults(rate: float, seconds: float, outage: float) -> int:
    logging.basicConfig(level=logging.WARNING)
    verifier = SignatureVerifier(SECRET)
    rows: list[str] = []
    async with FakeSlackAPI() as api:
        port = free_port()
        child = await start_child(api, port, RATE_LIMIT_PER_MINUTE="0", LOG_LEVEL="WARNING")
        url = f"http://127.0.0.1:{port}/slack/events"
        base = 0
        async with aiohttp.ClientSession() as session:
            for kind in KINDS:
                api.reset()
                commands: list[str] = []
                dms: list[str] = []
                fault = asyncio.get_running_loop().call_later(
                    3.0, lambda k=kind: asyncio.ensure_future(api.outage(k, outage))
                )
                pending: list[asyncio.Task[int]] = []
                started = time.monotonic()
                n = 0
                while time.monotonic() - started < seconds:
                    i = base + n
                    if n % 4 == 3:
                        dms.append(f"D{i}")
                        body, ctype = dm_body(i, "sources"), "application/json"
                    else:
                        commands.append(f"r{i}")
                        body, ctype = command_body(api, i, TEXTS[i % len(TEXTS)]), FORM
                    pending.append(asyncio.ensure_future(post_signed(session, url, body, ctype, verifier)))
                    n += 1
                    await asyncio.sleep(max(0.0, started + n / rate - time.monotonic()))
                base += n
                statuses = collections.Counter(await asyncio.gather(*pending, return_exceptions=True))
                fault.cancel()
                settle = time.monotonic() + 45  # the retry budget (30 s) and then some
                while time.monotonic() < settle:
                    got = {r.name for r in api.responses}
                    posted = {c.args.get("channel") for c in api.posted()}
                    if all(c in got for c in commands) and all(d in posted for d in dms) and not api.down:
                        break
                    await asyncio.sleep(0.25)
                got = {r.name for r in api.responses}
                posted = {c.args.get("channel") for c in api.posted()}
                lost_cmd = sum(1 for c in commands if c not in got)
                lost_dm = sum(1 for d in dms if d not in posted)
                acked = statuses.get(200, 0)
                rows.append(
                    f"{kind:<6} {len(commands):>5} slash  {lost_cmd:>4} lost   {len(dms):>4} DMs  {lost_dm:>4} lost"
                    f"   ({acked} acked, {api.refused} refused by the fault)"
                )
        child.send_signal(signal.SIGTERM)
        await child.wait()
    print(f"faults              {rate:.0f} requests/s for {seconds:.0f} s each; fault of {outage:.0f} s from t=3 s")
    print("kind   sent          answers lost")
    for row in rows:
        print(row)
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenario", choices=("acks", "overload", "faults"), default="acks")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--in-process", action="store_true")
    parser.add_argument("--warmup", type=int, default=100, help="requests sent first and not counted")
    parser.add_argument("--clients", type=int, default=50, help="overload: clients sending back to back")
    parser.add_argument("--seconds", type=float, default=None, help="overload: 10 (60 with --full); faults: 12 (30)")
    parser.add_argument("--rate", type=float, default=20, help="faults: requests per second")
    parser.add_argument(
        "--outage", type=float, default=None, help="faults: seconds each fault lasts, 5 (10 with --full)"
    )
    parser.add_argument("--full", action="store_true", help="the issue's full-size runs (minutes; not on a shared box)")
    args = parser.parse_args()
    if args.scenario == "overload":
        sys.exit(asyncio.run(overload(args.clients, args.seconds or (60 if args.full else 10))))
    if args.scenario == "faults":
        outage = args.outage or (10 if args.full else 5)
        sys.exit(asyncio.run(faults(args.rate, args.seconds or (30 if args.full else 12), outage)))
    sys.exit(asyncio.run(main(args.requests, args.concurrency, args.in_process, args.warmup)))
