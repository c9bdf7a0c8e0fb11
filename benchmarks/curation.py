"""The curation loop's costs: drafting an article, recording gaps and feedback, the gaps report, export.

    python benchmarks/curation.py [--repeat 20] [--questions 10000]

Drafting runs `propose` (everything `draft` does except writing files) on each shipped seed against the shipped brief,
then the full `draft` on a temporary copy; gaps run on a SQLite file in a temp directory.
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.brief import DEFAULT_BRIEF, load_brief  # noqa: E402
from bot.drafting import draft, propose  # noqa: E402
from bot.export import export  # noqa: E402
from bot.gaps import GapLog  # noqa: E402
from bot.models import Answer  # noqa: E402
from bot.ports import Context  # noqa: E402
from bot.store import open_store  # noqa: E402


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def line(label: str, ms: list[float]) -> None:
    print(f"  {label:<44} p50 {pct(ms, 50):8.2f} ms   p99 {pct(ms, 99):8.2f} ms   (n={len(ms)})")


def bench_drafting(repeat: int) -> None:
    brief = load_brief()
    print(f"Drafting against the shipped brief ({len(brief.facts)} facts, {len(brief.aliases)} aliases)")
    propose(brief, "Warm-up: Palantir signed a $1 million contract on Friday.", published=dt.date(2020, 1, 1))
    drafted = flagged = 0
    for src in brief.sources.values():
        text = (ROOT / "seeds" / src.file).read_text(encoding="utf-8")
        day = dt.date.fromisoformat(src.published_day) if src.published_day else dt.date(2019, 7, 1)
        ms = timed(lambda text=text, day=day: propose(brief, text, published=day), repeat)
        _, cands, _ = propose(brief, text, published=day)
        dup = sum(1 for c in cands if c.looks_like)
        drafted, flagged = drafted + len(cands), flagged + dup
        line(f"{src.id} ({len(text):,} chars, {len(cands)} drafts, {dup} dup)", ms)
    print(f"  re-drafting the curated seeds: {flagged}/{drafted} drafts ({flagged / drafted:.0%}) flagged as existing")
    big = "\n\n".join((ROOT / "seeds" / s.file).read_text(encoding="utf-8") for s in brief.sources.values()) * 4
    ms = timed(lambda: propose(brief, big, published=dt.date(2020, 1, 1)), max(3, repeat // 5))
    line(f"all seeds x4 ({len(big):,} chars)", ms)

    totals = []
    for i in range(max(3, repeat // 4)):
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            shutil.copytree(DEFAULT_BRIEF, root / "briefs" / "palantir-ice", ignore=shutil.ignore_patterns("drafts"))
            shutil.copytree(ROOT / "seeds", root / "seeds")
            article = root / "a.txt"
            article.write_text((ROOT / "seeds" / "002_ea111a214c8759d9.txt").read_text() + f"\nRun {i}.\n")
            start = time.perf_counter()
            draft(root / "briefs" / "palantir-ice", article, outlet="Bench", published=dt.date(2019, 5, 15))
            totals.append((time.perf_counter() - start) * 1000)
    line("full draft (copy, source, drafts, 2 validations)", totals)


QUESTIONS = [
    "who is rosa delgado",
    "what is palantir's stock price",
    "does palantir work with the fbi",
    "how many employees does palantir have",
    "what did amazon say about ice",
    "when was the first contract signed",
    "is palantir working with cbp",
    "what is hhs doing",
]


def bench_gaps(n: int) -> None:
    rng = random.Random(3)
    now = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{tmp}/bench.db")
        log = GapLog(store, salt="bench")
        print(f"Gaps log on SQLite ({n:,} unanswered questions)")
        inserts = []
        for i in range(n):
            q = rng.choice(QUESTIONS)
            q = q.upper() if i % 7 == 0 else q + ("?" if i % 3 else "")
            ctx = Context(platform="slack", workspace=f"T{i % 5}", user=f"U{i % 400}")
            miss = Answer(question=q, answered=False, outcome="no_match", text="")
            start = time.perf_counter()
            log.record_unanswered(ctx, miss, now - dt.timedelta(minutes=i))
            inserts.append((time.perf_counter() - start) * 1000)
        line("record_unanswered (one transaction each)", inserts)
        presses = []
        for i in range(min(n, 2000)):
            ctx = Context(platform="discord", workspace="G1", user=f"U{i % 300}")
            start = time.perf_counter()
            log.record_feedback(ctx, question="how much?", fact_id=f"f{i % 40}", helpful=i % 2 == 0, now=now)
            presses.append((time.perf_counter() - start) * 1000)
        line("record_feedback (upsert)", presses)
        reports = timed(lambda: log.report(now, since_days=365), 5)
        report = log.report(now, since_days=365)
        line(f"gaps report ({report.total_unanswered:,} rows -> {len(report.unanswered)} groups)", reports)
        line("purge (nothing old)", timed(lambda: log.purge(now), 3))
        store.dispose()

        store = open_store(f"sqlite:///{tmp}/distinct.db")
        log = GapLog(store, salt="bench")
        vocab = "contract agency raid protest software office employee letter court border data award".split()
        distinct = min(n, 3000)
        for i in range(distinct):
            words = [*rng.sample(vocab, 4), f"x{i}"]
            miss = Answer(question=" ".join(words), answered=False, outcome="no_match", text="")
            log.record_unanswered(Context(platform="console", user=f"U{i}"), miss, now - dt.timedelta(minutes=i))
        groups = len(log.report(now, since_days=365, limit=10**6).unanswered)
        ms = timed(lambda: log.report(now, since_days=365), 3)
        line(f"gaps report, mostly distinct ({distinct:,} rows -> {groups:,} groups)", ms)
        store.dispose()


def bench_export(repeat: int) -> None:
    brief = load_brief()
    print("Export of the shipped brief")
    for fmt in ("csv", "json", "jsonld"):
        size = len(export(brief, fmt).encode())
        line(f"{fmt} ({size:,} bytes)", timed(lambda fmt=fmt: export(brief, fmt), repeat))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--questions", type=int, default=10_000)
    args = parser.parse_args()
    bench_drafting(args.repeat)
    bench_gaps(args.questions)
    bench_export(args.repeat)
    print(f"python {sys.version.split()[0]}")


if __name__ == "__main__":
    main()
