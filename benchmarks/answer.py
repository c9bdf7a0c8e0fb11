"""Answering at scale: compile time, start-up from the snapshot, latency (wall and CPU) and peak memory, for the
shipped brief and generated briefs of growing size; tantivy (ours) against a plain rank_bm25 ranker (baseline).

    python benchmarks/answer.py                       # shipped, 1,000, 10,000 and 100,000 facts
    python benchmarks/answer.py --facts 1000000       # the 1M row (minutes, gigabytes while compiling)
    python benchmarks/answer.py --facts 1000 --questions 300 --no-process

Compile is timed in wall-clock and CPU seconds (every thread, and the second process a large compile forks): on a
shared machine the wall time says more about the other work than about compiling. Each generated brief is written
as fact files of FACTS_PER_FILE facts, compiled in full, then one of its files is edited and it is compiled again
from that snapshot (an incremental compile, bot/recompile.py): both are printed.

Every scenario runs in a fresh process (`python benchmarks/answer.py --child ...`): compiling in one, serving in
another, so each start-up and each peak is its own. Peak memory is the process's VmHWM from /proc (getrusage's
maxrss would include the parent's size at fork); a serving child imports only what serving does (bot.core,
bot.snapshot: no pydantic, no YAML; the questions come from a JSON file the parent writes), and its resident size
after those imports is printed beside its peak. CPU time per answer is the answering thread's own, so a busy
machine shows in wall-clock p99 but much less in CPU p99. Prints figures and the issue's targets; asserts nothing.

The brief rows ask each question on its own (`Core.ask`, as `palantir-ice ask` does). The "shipped conversation"
row asks the same questions through `Core.handle`, one after another by one person in one channel (as Slack,
Discord and the console ask them: each read as a possible follow-up to the last answered one), in a child of its
own since commands and contexts are pydantic models; its CPU is printed as a ratio to the shipped row's.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.factbase import DEFAULT_BRIEF  # noqa: E402  # not bot.brief: a serving child imports no pydantic

NO_BYTECODE = bool(os.environ.get("PYTHONDONTWRITEBYTECODE"))
# A grown brief keeps its facts in many files (the shipped one: a file per article, 20-43 facts each): the generated
# briefs are split the same way, so that editing one file and compiling again measures what a curator waits for
FACTS_PER_FILE = 100
BASELINE_MAX_FACTS = 10_000  # rank_bm25 scores every document per question: beyond this it only costs minutes


def peak_mb() -> float:
    """This process's peak resident memory (VmHWM), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # pragma: no cover - not Linux


class RankBM25Search:
    """The baseline: rank_bm25's BM25Okapi over the same documents and tokens, scoring every document per query."""

    def __init__(self, index: Any) -> None:
        from rank_bm25 import BM25Okapi

        from bot.search import stems

        docs = index.all_docs()
        self.ids = [d.id for d in docs]
        self.bm25 = BM25Okapi([stems(d.all_text) for d in docs])
        self._stems = stems

    def search(
        self, terms: list[str], limit: int = 12, *, weak: frozenset[str] = frozenset(), boost: float = 1.0
    ) -> list[tuple[str, float]]:
        del weak, boost  # the baseline weighs every word alike (scene words are weighed by the re-score only)
        scores = self.bm25.get_scores(self._stems(" ".join(terms)))
        best = sorted(range(len(scores)), key=lambda i: (-scores[i], i))[:limit]
        return [(self.ids[i], float(scores[i])) for i in best if scores[i] > 0]


def run_compile(brief_dir: str, cache: str) -> dict[str, float]:
    """Compile in this process: wall time, CPU time (every thread, and the second process compiling forks), peak."""
    from bot.snapshot import compile_brief

    started, before = time.perf_counter(), os.times()
    compiled = compile_brief(Path(brief_dir), Path(cache))
    after = os.times()
    cpu = sum(getattr(after, f) - getattr(before, f) for f in ("user", "system", "children_user", "children_system"))
    return {
        "compile_s": time.perf_counter() - started,
        "compile_cpu_s": cpu,
        "compile_peak_mb": peak_mb(),
        "compile_reused": float(compiled.reused),
    }


def resident_mb() -> float:
    """This process's resident memory now (VmRSS), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0  # pragma: no cover - not Linux


CONVERSATION_STEP = 20  # seconds between one person's questions in the conversation scenario: within the window


def in_conversation(core: Any, qs: list[str]) -> Any:
    """A function asking each of `qs` in turn as one person in one Slack channel does, through `Core.handle`: each
    question read as a possible follow-up to the last one answered (the clock passed in, CONVERSATION_STEP seconds
    apart). The `Ask` commands are built before any is timed (parsing them is the adapter's work)."""
    import datetime as dt

    from bot.commands import Ask
    from bot.ports import Context

    asker = Context(platform="slack", workspace="T1", channel="C1", user="U1")
    commands = {q: Ask(question=q) for q in qs}
    start = dt.datetime(2026, 1, 1, 12, tzinfo=dt.UTC)
    asked = 0

    def ask(question: str) -> Any:
        nonlocal asked
        asked += 1
        return core.handle(commands[question], asker, now=start + dt.timedelta(seconds=CONVERSATION_STEP * asked))

    return ask


def run_serve(brief_dir: str, cache: str, engine: str, questions_file: str) -> dict[str, float]:
    """Open the snapshot, build the core, answer the file's questions (after 20 warm-up ones). `engine` "tantivy" asks
    each with `Core.ask` (on its own, as `palantir-ice ask` does), "rank_bm25" the same with the baseline ranker,
    "conversation" through `Core.handle` one after another in one conversation (`in_conversation`)."""
    from bot.core import Core
    from bot.snapshot import open_brief
    from bot.text import compile_deferred

    imports_mb = resident_mb()
    started = time.perf_counter()
    snapshot = open_brief(Path(brief_dir), Path(cache))
    core = Core(snapshot.brief, rate_limit=0, cache_dir=snapshot.index_dir)
    compile_deferred()  # as `palantir-ice run` does at start-up (adapters/runner.py): counted in start-up
    core.answerer.warm()  # likewise
    startup = time.perf_counter() - started
    gc.collect()  # as `palantir-ice run` does after start-up (adapters/runner.py): long-lived objects leave the GC's
    gc.freeze()  # young generations, so collections during answering do not rescan them
    if engine == "rank_bm25":
        core.answerer.index.search = RankBM25Search(core.answerer.index).search  # type: ignore[method-assign]
    qs: list[str] = json.loads(Path(questions_file).read_text(encoding="utf-8"))
    ask = core.ask if engine != "conversation" else in_conversation(core, qs)
    for q in qs[:20]:
        ask(q)
    wall, cpu = [], []
    answered = 0
    for q in qs:
        w, c = time.perf_counter_ns(), time.thread_time_ns()
        answer = ask(q)
        cpu.append((time.thread_time_ns() - c) / 1e6)
        wall.append((time.perf_counter_ns() - w) / 1e6)
        answered += answer.answered
    wall.sort()
    cpu.sort()
    p99 = max(int(len(qs) * 0.99) - 1, 0)
    return {
        "from_snapshot": float(not snapshot.compiled),
        "startup_s": startup,
        "p50_ms": statistics.median(wall),
        "p99_ms": wall[p99],
        "cpu_p50_ms": statistics.median(cpu),
        "cpu_p99_ms": cpu[p99],
        "answered": answered / len(qs),
        "peak_mb": peak_mb(),
        "imports_mb": imports_mb,
    }


def run_costs() -> dict[str, float]:
    """What answering's language tools cost (issue 9): wordfreq's table built, then read back; py3langid's model
    cut down and saved (as compiling does), then loaded from the snapshot, then one classification; and the
    packaged model loaded in full. Measured in a fresh process so imports are cold."""
    from bot.answering import english
    from bot.answering.english import English
    from bot.english_tables import save_language_model

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        English(Path(tmp)).load()  # imports wordfreq, builds the table, saves it
        built = time.perf_counter() - started
        english._TABLES.clear()  # read it back from disk, as a new process would
        started = time.perf_counter()
        saved = English(Path(tmp))
        saved.load()
        read = time.perf_counter() - started
        started = time.perf_counter()
        save_language_model(Path(tmp))
        langid_save = time.perf_counter() - started
        started = time.perf_counter()
        saved.language("qué es FALCON?")
        langid_load = time.perf_counter() - started
        started = time.perf_counter()
        for _ in range(100):
            saved.language("was ist Palantir?")
        langid_ms = (time.perf_counter() - started) * 10
    started = time.perf_counter()
    English(None).language("qué es FALCON?")
    return {
        "wordfreq_build_s": built,
        "table_read_s": read,
        "langid_save_s": langid_save,
        "langid_load_s": langid_load,
        "langid_packaged_s": time.perf_counter() - started,
        "langid_ms": langid_ms,
    }


def child(*args: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", *args], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout
    return json.loads(out.strip().splitlines()[-1])  # type: ignore[no-any-return]


# `ask` answers the first and refuses the second, which it then records in the question log (a database write).
ASKED = {"answered": "how much is the ICE contract", "refused": "who won the world cup"}
PROCESS_RUNS = 15


def whole_process(
    cache: str, n: int = PROCESS_RUNS, *, bytecode: bool = False
) -> dict[str, tuple[float, float, float]]:
    """`palantir-ice ask` on the shipped brief, its snapshot compiled, for each of ASKED: median and max wall, median
    CPU (s) of the child process, the two questions alternating run by run so both see the same machine.

    `bytecode`: with the modules' compiled bytecode kept (in a folder beside the cache), as an installed package
    has it; otherwise as the environment says (PYTHONDONTWRITEBYTECODE set: every module compiled each run). The
    question log is the default SQLite database in a data directory beside the cache (DATABASE_URL unset, as on a
    console user's machine), created and migrated by the first refused question, before the timed runs."""
    env = {**os.environ, "CACHE_DIR": cache, "XDG_DATA_HOME": str(Path(cache).parent / "data")}
    env.pop("DATABASE_URL", None)
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(cache).parent / "bytecode")
    commands = {kind: [sys.executable, "-m", "adapters.cli", "ask", q] for kind, q in ASKED.items()}
    for command in commands.values():  # compiles once, creates the question log's database once
        subprocess.run(command, capture_output=True, check=True, cwd=ROOT, env=env)
    wall: dict[str, list[float]] = {kind: [] for kind in commands}
    cpu: dict[str, list[float]] = {kind: [] for kind in commands}
    for _ in range(n):
        for kind, command in commands.items():
            before = os.times()
            s = time.perf_counter()
            subprocess.run(command, capture_output=True, check=True, cwd=ROOT, env=env)
            wall[kind].append(time.perf_counter() - s)
            after = os.times()
            cpu[kind].append(
                after.children_user + after.children_system - before.children_user - before.children_system
            )
    return {kind: (statistics.median(wall[kind]), max(wall[kind]), statistics.median(cpu[kind])) for kind in commands}


def edit_one_file(brief_dir: Path) -> str:
    """Edit the middle fact file of a generated brief as a curator would: one statement reworded, one fact added.
    The file's name."""
    files = sorted((brief_dir / "facts").glob("*.json"))
    path = files[len(files) // 2]
    data = json.loads(path.read_text(encoding="utf-8"))
    facts = data["facts"]
    facts[0] = {**facts[0], "statement": f"{facts[0]['statement']} (reworded by the benchmark)"}
    taken = {fact["id"] for fact in facts}
    added = next(f"benchmark-added-{n}" for n in range(len(facts) + 1) if f"benchmark-added-{n}" not in taken)
    facts.append({**facts[-1], "id": added, "statement": "A fact the benchmark added to one file."})
    path.write_text(json.dumps(data), encoding="utf-8")
    return path.name


def measure(name: str, brief_dir: str, cache: str, qs: Path, baseline: Path | None) -> dict[str, dict[str, float]]:
    """Compile in one child, serve the questions in `qs` in another (and `baseline`'s with rank_bm25 in a third);
    for a generated brief, then edit one fact file and compile again in a fourth (from the first's snapshot)."""
    compiled = child("compile", brief_dir, cache)
    rows = {name: {**compiled, **child("serve", brief_dir, cache, "tantivy", str(qs))}}
    if Path(brief_dir) == DEFAULT_BRIEF:  # the path chat questions take, in a child of its own (it imports pydantic)
        rows[f"{name} conversation"] = child("serve", brief_dir, cache, "conversation", str(qs))
    if baseline is not None:
        rows[f"{name} rank_bm25"] = child("serve", brief_dir, cache, "rank_bm25", str(baseline))
    if Path(brief_dir) != DEFAULT_BRIEF:
        edit_one_file(Path(brief_dir))
        again = child("compile", brief_dir, cache)
        rows[name].update({f"re{k}": v for k, v in again.items()})
    return rows


def show(rows: dict[str, dict[str, float]]) -> None:
    head = (
        "compile s",
        "compile CPU",
        "start s",
        "p50 ms",
        "p99 ms",
        "CPU p50",
        "CPU p99",
        "peak MB",
        "imports MB",
        "compile MB",
        "answered",
    )
    print(f"\n{'brief':24} " + " ".join(f"{h:>10}" for h in head))
    for name, r in rows.items():
        compile_s = f"{r['compile_s']:10.2f}" if "compile_s" in r else f"{'':>10}"
        compile_s += f" {r['compile_cpu_s']:11.2f}" if "compile_cpu_s" in r else f" {'':>11}"
        compile_mb = f"{r['compile_peak_mb']:10.0f}" if "compile_peak_mb" in r else f"{'':>10}"
        print(
            f"{name:24} {compile_s} {r['startup_s']:10.3f} {r['p50_ms']:10.3f} {r['p99_ms']:10.3f} "
            f"{r['cpu_p50_ms']:10.3f} {r['cpu_p99_ms']:10.3f} {r['peak_mb']:10.0f} {r['imports_mb']:10.0f} "
            f"{compile_mb} {r['answered']:10.1%}"
        )
        if not r["from_snapshot"]:
            print(f"  (warning: {name} did not start from its snapshot)")
    for name, r in rows.items():
        if "recompile_s" in r:
            print(
                f"{name}: one fact file of {r['files']:.0f} edited (a statement reworded, a fact added), compiled "
                f"again from the previous snapshot: {r['recompile_s']:.2f} s wall, {r['recompile_cpu_s']:.2f} "
                f"CPU-s, peak {r['recompile_peak_mb']:.0f} MB ({r['recompile_reused']:.0f} files' rows and checks "
                "reused; a full compile above)"
            )
    for name, r in rows.items():
        if name.endswith(" conversation"):
            alone = rows[name.removesuffix(" conversation")]
            print(
                f"ratio conversation/ask [{name.removesuffix(' conversation')}] (Core.handle with an Ask, one person "
                f"asking in one channel, against Core.ask): CPU p50 x{r['cpu_p50_ms'] / alone['cpu_p50_ms']:.2f}, "
                f"CPU p99 x{r['cpu_p99_ms'] / alone['cpu_p99_ms']:.2f}"
            )
    for name, r in rows.items():
        if name.endswith(" rank_bm25"):
            ours = rows[name.removesuffix(" rank_bm25")]
            print(
                f"ratio rank_bm25/tantivy [{name.removesuffix(' rank_bm25')}]: "
                f"p50 x{r['p50_ms'] / ours['p50_ms']:.1f}, p99 x{r['p99_ms'] / ours['p99_ms']:.1f}, "
                f"CPU p99 x{r['cpu_p99_ms'] / ours['cpu_p99_ms']:.1f}, "
                f"peak memory x{r['peak_mb'] / ours['peak_mb']:.2f}"
            )


def targets(rows: dict[str, dict[str, float]], process: dict[str, tuple[float, float, float]] | None) -> None:
    """The issue's targets beside what was measured."""
    checks: list[tuple[str, str, float, float]] = []
    for facts, limits in (
        (
            100_000,
            {"startup_s": 0.1, "compile_s": 3.0, "recompile_s": 3.0, "peak_mb": 100.0, "cpu_p99_ms": 1.0},
        ),
        (1_000_000, {"startup_s": 0.5, "peak_mb": 300.0, "cpu_p99_ms": 3.0}),
    ):
        row = rows.get(f"{facts:,} facts")
        if row is not None:
            checks += [(f"{facts:,} facts", key, row[key], limit) for key, limit in limits.items() if key in row]
    checks.append(("shipped", "p99_ms", rows["shipped"]["p99_ms"], 0.5))
    checks.append(("shipped", "cpu_p99_ms", rows["shipped"]["cpu_p99_ms"], 0.5))
    for kind, (wall, _, cpu) in (process or {}).items():
        checks.append(("shipped", f"`ask` {kind} wall s", wall, 0.2))
        checks.append(("shipped", f"`ask` {kind} CPU s", cpu, 0.2))
    print("\ntargets:")
    labels = {"compile_s": "compile s (full)", "recompile_s": "compile s (1 file edited)"}
    for where, key, value, limit in checks:
        label = labels.get(key, key)
        print(f"  {where:16} {label:25} {value:10.3f}  target <= {limit:<8g} {'met' if value <= limit else 'MISSED'}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--facts",
        default="1000,10000,100000",
        help="comma-separated sizes of generated briefs (default 1000,10000,100000; add 1000000 for the 1M row)",
    )
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--no-process", action="store_true", help="skip timing `palantir-ice ask` as a process")
    parser.add_argument("--child", nargs="+")
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "costs":
            print(json.dumps(run_costs()))
            return
        result = run_compile(*rest) if kind == "compile" else run_serve(*rest)
        print(json.dumps(result))
        return

    from tests.generated import generate_brief, questions  # the parent's: they import YAML and pydantic

    sizes = [int(s) for s in args.facts.split(",") if s.strip()]
    rows: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        cache = str(Path(tmp) / "cache")
        qs, few = Path(tmp) / "questions.json", Path(tmp) / "questions-baseline.json"
        qs.write_text(json.dumps(questions(args.questions)), encoding="utf-8")
        few.write_text(json.dumps(questions(min(args.questions, 300))), encoding="utf-8")
        rows.update(measure("shipped", str(DEFAULT_BRIEF), cache, qs, few))
        for n in sizes:
            t = time.perf_counter()
            brief = generate_brief(Path(tmp) / f"brief-{n}", n, per_file=FACTS_PER_FILE)
            hour_ago = time.time_ns() - 3600 * 10**9  # as a deployed brief's files are: not written a moment ago
            for path in brief.rglob("*"):
                os.utime(path, ns=(hour_ago, hour_ago))
            print(f"generated a {n:,}-fact brief in {time.perf_counter() - t:.1f} s", flush=True)
            rows.update(measure(f"{n:,} facts", str(brief), cache, qs, few if n <= BASELINE_MAX_FACTS else None))
            rows[f"{n:,} facts"]["files"] = float(len(list((brief / "facts").iterdir())))
        process = None if args.no_process else whole_process(cache)
        compiled = None if args.no_process else whole_process(cache, bytecode=True)
    show(rows)
    if process is not None and compiled is not None:
        print(
            f"`palantir-ice ask` as a whole process (shipped brief, snapshot current), median CPU of {PROCESS_RUNS} "
            "runs each, the two questions alternating:"
        )
        for kind, question in ASKED.items():
            wall, most, cpu = process[kind]
            kept = compiled[kind]
            print(
                f"  {kind:8} ({question!r}): CPU {cpu:.3f} s, wall median {wall:.3f} s, max {most:.3f} s"
                + (" (PYTHONDONTWRITEBYTECODE: every module compiled each run)" if NO_BYTECODE else "")
                + f"; with bytecode kept, as installed: CPU {kept[2]:.3f} s, wall median {kept[0]:.3f} s, "
                f"max {kept[1]:.3f} s"
            )
    costs = child("costs")
    print(
        f"language tools: wordfreq table built {costs['wordfreq_build_s']:.2f} s (at compile), read back "
        f"{costs['table_read_s'] * 1000:.0f} ms; py3langid cut down and saved {costs['langid_save_s']:.2f} s (once "
        f"per cache directory), loaded from the snapshot {costs['langid_load_s'] * 1000:.0f} ms "
        f"(only for questions that look foreign), the packaged model "
        f"{costs['langid_packaged_s']:.2f} s; {costs['langid_ms']:.2f} ms a question"
    )
    targets(rows, process)


if __name__ == "__main__":
    main()
