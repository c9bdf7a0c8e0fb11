"""Fan-out benchmark: N subscriptions due in the same minute, delivered to the fake Slack Web API on 127.0.0.1, which
enforces a token-bucket rate limit with 429 + Retry-After (like Slack's tiers).

Prints the time to deliver all, deliveries per second, the ratio of achieved to allowed rate, 429s seen, p50/p99 of
per-delivery latency from due time, and checks zero duplicates and zero missing.

    python benchmarks/digest_fanout.py [--subscriptions 10000] [--rate 500] [--concurrency 50] [--db sqlite|URL]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from adapters.slack.publisher import SlackPublisher  # noqa: E402
from bot import calendar  # noqa: E402
from bot.brief import load_brief  # noqa: E402
from bot.digest import Digests, DigestSettings  # noqa: E402
from bot.store import Delivery, Subscription, open_store  # noqa: E402
from tests.fakes.slack_api import FakeSlackAPI  # noqa: E402

DUE = dt.datetime(2026, 9, 13, 16, 0, tzinfo=dt.UTC)  # 09:00 in Los Angeles, a day with facts


def seed(url: str, n: int) -> None:
    store = open_store(url)
    created = DUE - dt.timedelta(hours=1)
    rows = [
        {
            "platform": "slack",
            "workspace": "T0TEST",
            "channel": f"C{i:06d}",
            "local_time": "09:00",
            "timezone": "America/Los_Angeles",
            "empty_policy": "nearest",
            "created_at": created,
            "schedule_from": created,
            "updated_at": created,
            "enabled": True,
        }
        for i in range(n)
    ]
    with store.session() as s:
        s.execute(Subscription.__table__.insert(), rows)
    store.dispose()


async def run(args: argparse.Namespace) -> int:
    tmp = tempfile.TemporaryDirectory()
    url = f"sqlite:///{Path(tmp.name) / 'bench.db'}" if args.db == "sqlite" else args.db
    seed(url, args.subscriptions)
    brief = load_brief()
    store = open_store(url)
    async with FakeSlackAPI() as api:
        api.rate_limit(args.rate, method="chat.postMessage", retry_after=1)
        publisher = SlackPublisher(token="xoxb-bench", base_url=api.base_url)
        digests = Digests(
            store,
            lambda day: calendar.on_this_date(brief, day),
            {"slack": publisher},
            settings=DigestSettings(concurrency=args.concurrency),
        )
        started = time.perf_counter()
        report = await digests.run_due(DUE)
        elapsed = time.perf_counter() - started
        await publisher.aclose()
        posted = api.posted()
        throttled = sum(1 for c in api.calls_to("chat.postMessage") if c.status == 429)
    per_channel = Counter(c.args["channel"] for c in posted)
    duplicates = sum(v - 1 for v in per_channel.values() if v > 1)
    missing = args.subscriptions - len(per_channel)
    with store.session() as s:
        rows = s.query(Delivery).all()
        sent_rows = sum(1 for r in rows if r.status == "sent")
        latencies = sorted(((r.sent_at or r.updated_at) - r.claimed_at).total_seconds() for r in rows if r.claimed_at)
    store.dispose()
    # What the limit allows in `elapsed`: the bucket starts full (one second's worth), then refills at `rate`.
    allowed = args.rate * elapsed + args.rate
    rate = len(posted) / elapsed
    print(f"subscriptions due        {args.subscriptions}")
    print(f"fake API limit           {args.rate}/s (429 + Retry-After: 1 beyond it)")
    print(f"concurrency              {args.concurrency}")
    print(f"time to deliver all      {elapsed:.2f} s")
    print(f"deliveries per second    {rate:.1f}")
    print(f"achieved / allowed       {len(posted) / allowed:.3f}  (allowed = rate x time + initial burst)")
    print(f"achieved rate / limit    {rate / args.rate:.3f}")
    print(f"429 answers              {throttled}")
    if latencies:
        p50 = statistics.median(latencies)
        p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
        print(f"claim->recorded latency  p50 {p50:.2f} s, p99 {p99:.2f} s")
    print(f"report                   {report}")
    print(f"duplicates               {duplicates}")
    print(f"missing                  {missing}")
    print(f"rows marked sent         {sent_rows}")
    tmp.cleanup()
    return 0 if duplicates == 0 and missing == 0 and sent_rows == args.subscriptions else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscriptions", type=int, default=10_000)
    parser.add_argument("--rate", type=float, default=500.0, help="the fake API's chat.postMessage limit per second")
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--db", default="sqlite", help="sqlite (a temp file) or a PostgreSQL URL")
    return asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    raise SystemExit(main())
