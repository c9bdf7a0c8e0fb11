"""Score question-set YAML files against the answerer, the way the suite's gates do.

    python -m benchmarks.question_sets FILE.yaml [FILE.yaml ...] [--brief DIR] [--misses] [--json]

Each file holds `questions:`, a list of mappings. Understood keys (anything else is ignored):
  q                the question (required; entries without one are skipped and counted)
  kind             a label to group figures by (free text; "?" when absent)
  answer_contains  strings, one of which must appear in the answer (case-insensitive); a string of three
                   characters or fewer ("no", "38", "$39") must appear as a whole word, so "no" is not found in
                   "not" or "38" in "380"
  expect           fact or glossary ids, one of which must be the answer's first evidence item
  refuse           true when the bot must not answer (kinds "near-domain" and "small-talk" are reported apart)
An answerable question is FIRST-LINE RIGHT when one of `answer_contains` is in the first line of the plain-text
answer or an `expect` id is the first evidence item; ANYWHERE-RIGHT (secondary) when a string is anywhere in the
text or an id among the items. Also printed: refused/total for must-refuse questions, median and max characters
of the answered texts, and how many answers carry a word cut mid-way (a word right before "…" that the brief's
own text continues with more letters).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.brief import DEFAULT_BRIEF, Brief, load_brief  # noqa: E402
from bot.core import Core  # noqa: E402
from bot.models import Answer  # noqa: E402

_CUT = re.compile(r"(\S{1,40})…")


@dataclass
class Tally:
    answerable: int = 0
    first: int = 0
    anywhere: int = 0
    must_refuse: int = 0
    refused: int = 0
    lengths: list[int] = field(default_factory=list)
    cut: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in ("answerable", "first", "anywhere", "must_refuse", "refused", "cut"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.lengths += other.lengths
        self.misses += other.misses

    def figures(self) -> dict[str, Any]:
        lengths = sorted(self.lengths)
        return {
            "answerable": self.answerable,
            "first_line_right": self.first,
            "first_line_share": round(self.first / self.answerable, 4) if self.answerable else None,
            "anywhere_right": self.anywhere,
            "must_refuse": self.must_refuse,
            "refused": self.refused,
            "median_chars": statistics.median(lengths) if lengths else None,
            "max_chars": lengths[-1] if lengths else None,
            "cut_mid_word": self.cut,
        }

    def line(self, name: str) -> str:
        f = self.figures()
        parts = [f"{name:28}"]
        if self.answerable:
            parts.append(
                f"first-line right {self.first}/{self.answerable} ({self.first / self.answerable:.1%}), "
                f"anywhere {self.anywhere}/{self.answerable} ({self.anywhere / self.answerable:.1%})"
            )
        if self.must_refuse:
            parts.append(f"refused {self.refused}/{self.must_refuse}")
        if self.lengths:
            parts.append(f"chars median {f['median_chars']:.0f} max {f['max_chars']}")
        parts.append(f"cut mid-word {self.cut}")
        return " · ".join(parts)


class Scorer:
    def __init__(self, brief: Brief) -> None:
        self.core = Core(brief, rate_limit=0)
        texts = [f.statement for f in brief.facts.values()] + [e.description for e in brief.entities.values()]
        texts += [c.quote for f in brief.facts.values() for c in f.citations]
        texts += [s.full for s in brief.seeds.values()]
        self._corpus = " ".join(" ".join(texts).split()).lower()

    def cut_mid_word(self, text: str) -> bool:
        """A word right before an ellipsis that the brief's text continues with more letters ("was due t…"): the
        words before the ellipsis (30, then 15, then 8 characters of them) are looked up in the brief's text."""
        for match in _CUT.finditer(text):
            before = " ".join(text[max(0, match.start() - 30) : match.end() - 1].split()).lower()
            for size in (30, 15, 8):
                fragment = before[-size:]
                start = self._corpus.find(fragment)
                if start < 0:
                    continue
                while start >= 0:
                    after = self._corpus[start + len(fragment) : start + len(fragment) + 1]
                    if after.isalnum():
                        return True
                    start = self._corpus.find(fragment, start + 1)
                break  # found, and never continued by a letter: a whole word
        return False

    def score(self, q: dict[str, Any], tally: Tally, label: str) -> None:
        try:
            answer: Answer = self.core.ask(str(q["q"]))
        except Exception as exc:  # a crash is a miss (or a failed refusal), reported, never the end of the run
            answer = Answer(question=str(q["q"]), answered=False, outcome="empty", text=f"ERROR {exc!r}")
            tally.misses.append(f"{label}: ERROR {q['q']!r} -> {exc!r}")
        text = answer.text
        if answer.answered:
            tally.lengths.append(len(text))
            tally.cut += self.cut_mid_word(text)
        if must_refuse(q):
            tally.must_refuse += 1
            tally.refused += not answer.answered
            if answer.answered:
                tally.misses.append(f"{label}: MUST REFUSE {q['q']!r} -> {text.splitlines()[0][:100]!r}")
            return
        tally.answerable += 1
        wanted = [str(s).lower() for s in as_list(q.get("answer_contains")) if str(s).strip()]
        expect = {str(e) for e in as_list(q.get("expect"))}
        lines = text.lower().splitlines()
        first_line = lines[0] if lines else ""
        ids = [i.id for i in answer.items]
        first_id = answer.evidence[0].id if answer.evidence else None
        first = answer.answered and (
            any(contains(first_line, w) for w in wanted) or (first_id is not None and first_id in expect)
        )
        anywhere = answer.answered and (any(contains(text.lower(), w) for w in wanted) or bool(expect & set(ids)))
        tally.first += first
        tally.anywhere += anywhere
        if not first:
            got = text.splitlines()[0][:100] if answer.answered else answer.outcome
            tally.misses.append(f"{label}: {q['q']!r} -> {got!r} {ids[:1]}")


SHORT_STRING = 3  # expected strings this short match whole words only


_MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october|november|december"
# "september 13" and "13 september" are one date: answers write either order (US style or "13 September 2019")
_DAY_OF_MONTH = re.compile(
    rf"^(?:(?P<month>{_MONTH_NAMES}) (?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}}) (?P<month2>{_MONTH_NAMES}))$"
)


def contains(text: str, wanted: str) -> bool:
    """`wanted` in `text` (both lower-cased); a short string only as a whole word, not inside a longer one; a day
    of a month in either order ("september 13" is found as "13 september")."""
    date = _DAY_OF_MONTH.match(wanted)
    if date is not None:
        month, day = date["month"] or date["month2"], date["day"] or date["day2"]
        return any(_contains(text, w) for w in (f"{month} {day}", f"{day} {month}"))
    return _contains(text, wanted)


def _contains(text: str, wanted: str) -> bool:
    if len(wanted) > SHORT_STRING:
        return re.search(rf"{re.escape(wanted)}(?![0-9])", text) is not None if wanted[-1].isdigit() else wanted in text
    return re.search(rf"(?<![0-9a-z]){re.escape(wanted)}(?![0-9a-z])", text) is not None


def as_list(value: Any) -> list[Any]:
    """A YAML value that should be a list: one string or number becomes a list of one; nothing becomes []."""
    if value is None:
        return []
    if isinstance(value, (list, tuple, set)):
        return list(value)
    return [value]


def must_refuse(q: dict[str, Any]) -> bool:
    value = q.get("refuse")
    if isinstance(value, str):
        return value.strip().lower() in ("true", "yes", "y", "1")
    return bool(value)


def load_questions(path: Path) -> tuple[list[dict[str, Any]], int]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        print(f"{path}: cannot read ({exc})", file=sys.stderr)
        return [], 0
    raw = data.get("questions", []) if isinstance(data, dict) else data if isinstance(data, list) else []
    good = [q for q in raw if isinstance(q, dict) and str(q.get("q", "")).strip()]
    return good, len(raw) - len(good)


def kind_of(q: dict[str, Any], path: Path) -> str:
    kind = q.get("kind")
    if kind:
        return str(kind)
    if must_refuse(q):
        return path.stem if path.stem in ("near-domain", "off-topic", "small-talk") else "must-refuse"
    return "?"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--brief", type=Path, default=DEFAULT_BRIEF)
    parser.add_argument("--misses", action="store_true", help="list every question not first-line right")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    scorer = Scorer(load_brief(args.brief))
    total = Tally()
    by_kind: dict[str, Tally] = defaultdict(Tally)
    report: dict[str, Any] = {"files": {}, "kinds": {}}
    for path in args.files:
        questions, skipped = load_questions(path)
        tally = Tally()
        for q in questions:
            one = Tally()
            scorer.score(q, one, path.stem)
            tally.add(one)
            by_kind[kind_of(q, path)].add(one)
        total.add(tally)
        report["files"][str(path)] = tally.figures() | {"skipped": skipped}
        if not args.json:
            print(tally.line(path.name) + (f" · {skipped} entries without a question skipped" if skipped else ""))
    for kind, tally in sorted(by_kind.items()):
        report["kinds"][kind] = tally.figures()
    report["total"] = total.figures()
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print("\nby kind:")
    for kind, tally in sorted(by_kind.items()):
        print("  " + tally.line(kind))
    print("\n" + total.line("TOTAL"))
    if args.misses:
        print("\nnot first-line right / not refused:")
        for miss in total.misses:
            print("  " + miss)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
