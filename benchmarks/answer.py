"""Answering latency, start-up cost and peak memory: shipped brief vs a generated 100,000-fact brief,
tantivy (ours) vs a plain rank_bm25 ranker (baseline) on the same questions, end to end.

    python benchmarks/answer.py [--facts 100000] [--questions 1000]

Each scenario runs in a fresh child process so that start-up time and peak RSS are its own.
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.brief import DEFAULT_BRIEF  # noqa: E402
from tests.generated import generate_brief, questions  # noqa: E402


class RankBM25Search:
    """The baseline: rank_bm25's BM25Okapi over the same documents and tokens, scoring every document per query."""

    def __init__(self, index: object) -> None:
        from rank_bm25 import BM25Okapi

        from bot.search import stems

        docs = index.all_docs()  # type: ignore[attr-defined]
        self.ids = [d.id for d in docs]
        self.bm25 = BM25Okapi([stems(d.all_text) for d in docs])
        self._stems = stems

    def search(self, terms: list[str], limit: int = 12) -> list[tuple[str, float]]:
        scores = self.bm25.get_scores(self._stems(" ".join(terms)))
        best = sorted(range(len(scores)), key=lambda i: -scores[i])[:limit]
        return [(self.ids[i], float(scores[i])) for i in best if scores[i] > 0]


def scenario(brief_dir: str, engine: str, n_questions: int, cache_dir: str | None) -> dict[str, float]:
    """Run in a child process: start up, answer n questions, report timings and peak RSS."""
    from bot.answer import Answerer
    from bot.brief import load_brief

    t0 = time.perf_counter()
    brief = load_brief(Path(brief_dir))
    t_load = time.perf_counter()
    answerer = Answerer(brief, cache_dir=Path(cache_dir) if cache_dir else None)
    if engine == "rank_bm25":
        answerer.index.search = RankBM25Search(answerer.index).search  # type: ignore[method-assign]
    t_index = time.perf_counter()
    qs = questions(n_questions)
    for q in qs[:20]:  # warm caches the same way for both engines
        answerer.answer(q)
    lat = []
    answered = 0
    for q in qs:
        s = time.perf_counter()
        a = answerer.answer(q)
        lat.append((time.perf_counter() - s) * 1000)
        answered += a.answered
    lat.sort()
    return {
        "load_s": t_load - t0,
        "index_s": t_index - t_load,
        "startup_s": t_index - t0,
        "p50_ms": statistics.median(lat),
        "p99_ms": lat[int(len(lat) * 0.99) - 1],
        "mean_ms": statistics.fmean(lat),
        "answered": answered / len(qs),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def child(*args: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", *args], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout
    return json.loads(out.strip().splitlines()[-1])  # type: ignore[no-any-return]


def whole_process(n: int = 10) -> tuple[float, float]:
    times = []
    for _ in range(n):
        s = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "adapters.cli", "ask", "how much is the ICE contract"],
            capture_output=True,
            check=True,
            cwd=ROOT,
        )
        times.append(time.perf_counter() - s)
    times.sort()
    return statistics.median(times), times[-1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--child", nargs=4, metavar=("BRIEF", "ENGINE", "N", "CACHE"))
    args = parser.parse_args()
    if args.child:
        brief_dir, engine, n, cache = args.child
        print(json.dumps(scenario(brief_dir, engine, int(n), None if cache == "-" else cache)))
        return

    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        big = generate_brief(Path(tmp) / "big", args.facts)
        print(f"generated a {args.facts:,}-fact brief in {time.perf_counter() - t:.1f} s")
        cache = str(Path(tmp) / "index-cache")
        n = str(args.questions)
        rows = {
            "shipped / tantivy": child(str(DEFAULT_BRIEF), "tantivy", n, "-"),
            "shipped / rank_bm25": child(str(DEFAULT_BRIEF), "rank_bm25", n, "-"),
            f"{args.facts:,} / tantivy (build, saved)": child(str(big), "tantivy", n, cache),
            f"{args.facts:,} / tantivy (saved index reused)": child(str(big), "tantivy", n, cache),
            f"{args.facts:,} / rank_bm25": child(str(big), "rank_bm25", str(min(args.questions, 200)), "-"),
        }
    head = ("p50 ms", "p99 ms", "start s", "(load", "index)", "peak MB", "answered")
    print(f"\n{'scenario':42} " + " ".join(f"{h:>8}" for h in head))
    for name, r in rows.items():
        print(
            f"{name:42} {r['p50_ms']:8.3f} {r['p99_ms']:8.3f} {r['startup_s']:8.2f} {r['load_s']:7.2f} "
            f"{r['index_s']:7.2f} {r['peak_rss_mb']:8.0f} {r['answered']:8.1%}"
        )
    names = list(rows)
    for ours, base in ((names[0], names[1]), (names[3], names[4])):
        a, b = rows[ours], rows[base]
        print(
            f"ratio rank_bm25/tantivy [{ours.split(' / ')[0]}]: p50 x{b['p50_ms'] / a['p50_ms']:.1f}, "
            f"p99 x{b['p99_ms'] / a['p99_ms']:.1f}, start-up x{b['startup_s'] / a['startup_s']:.2f}, "
            f"peak memory x{b['peak_rss_mb'] / a['peak_rss_mb']:.2f}"
        )
    med, worst = whole_process()
    print(f"`palantir-ice ask` as a whole process (shipped brief): median {med:.3f} s, max {worst:.3f} s over 10 runs")


if __name__ == "__main__":
    main()
