"""Generated briefs and question streams, shared by the scale tests and `benchmarks/answer.py`.

A generated brief recombines the shipped facts (real entities, real verbatim quotes) into as many facts as asked,
so that size can be varied without writing new content.

A fact about an article itself (one with `describes:`: its reporter, photo credit, headline…) is copied once; the
further copies recombine only facts about what the articles report. A real brief has one photo credit or headline
per article: with every such fact copied, "who took the VICE cover photo" rightly listed all ~658 credits of a
100,000-fact brief, a cost no real brief has. (Such a fact may quote page furniture, which only a `describes:`
fact may cite, so its copies could not simply drop the field.)
"""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import yaml

from bot.brief import DEFAULT_BRIEF

ROOT = Path(__file__).resolve().parent.parent


def questions(n: int, seed: int = 7) -> list[str]:
    """The development question set, cycled with light perturbations (case, a typo, a trailing word) up to n."""
    base = []
    for path in sorted((ROOT / "tests" / "questions").glob("*.yaml")):
        base += [str(q["q"]) for q in yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]]
    rng = random.Random(seed)
    out = []
    while len(out) < n:
        q = base[len(out) % len(base)]
        r = rng.random()
        if r < 0.25:
            q = q.upper()
        elif r < 0.5 and len(q) > 6:
            i = rng.randrange(1, len(q) - 2)
            q = q[:i] + q[i + 1] + q[i] + q[i + 2 :]
        elif r < 0.6:
            q += " please"
        out.append(q)
    return out


FACTS_PER_FILE = 50_000  # ~34 MB of JSON a file: a 1,000,000-fact brief stays far under the per-file size limit


def generate_brief(target: Path, n_facts: int, seed: int = 11, per_file: int = FACTS_PER_FILE) -> Path:
    """A brief of n_facts facts recombined from the shipped ones, written as JSON facts files of at most `per_file`
    facts each (`generated.json`, or `generated-000.json`, `generated-001.json`… in brief order when more)."""
    shutil.copytree(DEFAULT_BRIEF, target)
    meta = yaml.safe_load((target / "brief.yaml").read_text(encoding="utf-8"))
    meta["seeds"] = str(ROOT / "seeds")
    meta["made_up_figures"] = True  # each statement numbers its variant ("Variant 12"), which no quote gives
    (target / "brief.yaml").write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")
    shipped = []
    for path in sorted((target / "facts").glob("*.yaml")):
        shipped += yaml.safe_load(path.read_text(encoding="utf-8"))["facts"]
        path.unlink()
    rng = random.Random(seed)
    words = [w for f in shipped for w in f["statement"].split() if w.isalpha()]
    reported = [f for f in shipped if not f.get("describes")]  # what the articles report (see the docstring)
    facts = []
    for i in range(n_facts):
        model = shipped[i] if i < len(shipped) else reported[i % len(reported)]
        extra = " ".join(rng.choice(words) for _ in range(8))
        facts.append(
            {
                "id": f"gen-{i}",
                "kind": model["kind"],
                "statement": f"{model['statement'][:300]} Variant {i}: {extra}.",
                "topics": model.get("topics", []),
                "entities": model.get("entities", []),
                "citations": model["citations"][:1],
                **({"date": str(model["date"])} if model.get("date") else {}),
                **({"date_note": model["date_note"]} if model.get("date_note") else {}),
                **({"describes": model["describes"]} if model.get("describes") else {}),  # the first copy only
            }
        )
    parts = [facts[start : start + per_file] for start in range(0, len(facts), per_file)] or [[]]
    width = max(3, len(str(len(parts) - 1)))  # numbered to sort in brief order
    for number, part in enumerate(parts):
        name = "generated.json" if len(parts) == 1 else f"generated-{number:0{width}d}.json"
        (target / "facts" / name).write_text(json.dumps({"facts": part}), encoding="utf-8")
    return target
