"""A fingerprint of what the bot answers, so that a speed-up can show it changed nothing.

    python -m benchmarks.answers_digest                    # shipped brief + the 3,000-fact determinism set
    python -m benchmarks.answers_digest --facts 100000     # a larger generated brief instead of 3,000 facts

Prints a SHA-256 of the plain-text answers (and one of the whole Answer JSON) for every question in
`tests/questions/*.yaml` on the shipped brief, and for the 1,000 questions of `tests/test_scale.py` on a generated
brief. Answers are served the way every command serves them: from a compiled snapshot (a temporary cache), and
compared with answers from the brief loaded in memory. Run it on main and on a branch at the same point: a change
that is only about speed must print the same digests. It asserts nothing; the figures are for people to compare.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.brief import DEFAULT_BRIEF, load_brief  # noqa: E402
from bot.core import Core  # noqa: E402
from bot.snapshot import open_brief  # noqa: E402
from tests.generated import generate_brief, questions  # noqa: E402


def development_questions() -> list[str]:
    out: list[str] = []
    for path in sorted((ROOT / "tests" / "questions").glob("*.yaml")):
        out += [str(q["q"]) for q in yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]]
    return out


def digests(brief_dir: Path, cache: Path, qs: list[str]) -> tuple[str, str, int]:
    """(text digest, JSON digest, answers that differ between the snapshot and a brief loaded in memory)."""
    snapshot = open_brief(brief_dir, cache)
    served = Core(snapshot.brief, rate_limit=0, cache_dir=snapshot.index_dir)
    loaded = Core(load_brief(brief_dir), rate_limit=0)
    text, full = hashlib.sha256(), hashlib.sha256()
    differ = 0
    for q in qs:
        answer = served.ask(q)
        text.update(answer.text.encode() + b"\x00")
        dumped = answer.dump_json()
        full.update(dumped.encode() + b"\x00")
        differ += loaded.ask(q).dump_json() != dumped
    return text.hexdigest()[:16], full.hexdigest()[:16], differ


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--facts", type=int, default=3000, help="size of the generated brief (default 3,000)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp) / "cache"
        dev = development_questions()
        rows = [("shipped, development set", *digests(DEFAULT_BRIEF, cache, dev), len(dev))]
        generated = generate_brief(Path(tmp) / "brief", args.facts)
        qs = questions(1000)
        rows.append((f"{args.facts:,} facts, 1,000 questions", *digests(generated, cache, qs), len(qs)))
    for name, text, full, differ, n in rows:
        print(f"{name:34} text {text}  json {full}  ({n} answers, {differ} differ from a fresh load)")


if __name__ == "__main__":
    main()
