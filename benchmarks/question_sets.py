"""Score question-set YAML files against the answerer, the way the suite's gates do.

    python -m benchmarks.question_sets FILE.yaml [FILE.yaml ...] [--brief DIR] [--misses] [--json]
    python -m benchmarks.question_sets tests/questions/*.yaml --facts 100000 [--cache DIR]
    python -m benchmarks.question_sets tests/questions/*.yaml --conversation

`--conversation` asks each file's questions in order as one person in one channel (`Core.handle`, a channel per
file, one fixed clock: every question within the follow-up window of the one before), as Slack, Discord and the
console ask them, so a follow-up ("and the other one?") is read after the question before it and every other
question may be misread as one. Without it each question is asked on its own (`Core.ask`, as `palantir-ice ask`).

`--facts N` scores a generated brief of N facts instead (tests/generated.py, split into files as benchmarks/answer.py
splits it: the same brief the benchmark serves): every generated fact is a shipped statement and "Variant N: <8
words>", so the expected strings still apply, and the figures are the answering quality at that size. A generated
brief's facts have ids of their own (gen-0, gen-1…), so a question checked by `expect` ids alone cannot be right
there; compare a size's figures with main's at the same size. `--cache DIR` serves the brief from its compiled
snapshot under DIR (compiled first when not current), as every command does: a 100,000-fact brief opens in a
fraction of a second instead of loading and indexing in memory; with `--facts`, the brief is written beside DIR
(DIR-generated-N), so a second run opens the snapshot the first compiled. `--facts` without `--cache` compiles into
a temporary directory.

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
text or an id among the items. A question whose first `answer_contains` string is "yes" or "no" also counts toward
VERDICT FIRST: right when the first line opens with that word ("Yes:", "No, as of …"), so a first line telling the
fact without its verdict ("The messages were removed …" for ['yes', 'removed']) is first-line right but no verdict
first. Also printed: refused/total for must-refuse questions, median and max characters
of the answered texts, and how many answers carry a word cut mid-way (a word right before "…" that the brief's
own text continues with more letters).
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import re
import shutil
import statistics
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.brief import DEFAULT_BRIEF, Brief, load_brief  # noqa: E402
from bot.commands import Ask  # noqa: E402
from bot.core import Core  # noqa: E402
from bot.models import Answer  # noqa: E402
from bot.ports import Context  # noqa: E402

_CUT = re.compile(r"(\S{1,40})…")
_SPACES = re.compile(r"\s+")


@dataclass
class Tally:
    answerable: int = 0
    first: int = 0
    anywhere: int = 0
    must_refuse: int = 0
    refused: int = 0
    lengths: list[int] = field(default_factory=list)
    cut: int = 0
    verdicts: int = 0
    verdict_first: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in ("answerable", "first", "anywhere", "must_refuse", "refused", "cut", "verdicts", "verdict_first"):
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
            "verdicts": self.verdicts,
            "verdict_first": self.verdict_first,
        }

    def line(self, name: str) -> str:
        f = self.figures()
        parts = [f"{name:28}"]
        if self.answerable:
            parts.append(
                f"first-line right {self.first}/{self.answerable} ({self.first / self.answerable:.1%}), "
                f"anywhere {self.anywhere}/{self.answerable} ({self.anywhere / self.answerable:.1%})"
            )
        if self.verdicts:
            parts.append(f"verdict first {self.verdict_first}/{self.verdicts}")
        if self.must_refuse:
            parts.append(f"refused {self.refused}/{self.must_refuse}")
        if self.lengths:
            parts.append(f"chars median {f['median_chars']:.0f} max {f['max_chars']}")
        parts.append(f"cut mid-word {self.cut}")
        return " · ".join(parts)


class Scorer:
    def __init__(self, brief: Brief, *, cache_dir: Path | None = None) -> None:
        """`cache_dir`: where the brief's saved search index is (a compiled snapshot's `index_dir`), or None."""
        self.core = Core(brief, rate_limit=0, cache_dir=cache_dir)
        self._brief = brief

    @functools.cached_property
    def _corpus(self) -> str:
        """The brief's text, for `cut_mid_word`: built when an answer first has an ellipsis (a compiled brief reads
        every fact's row for it)."""
        brief = self._brief
        statements, quotes = [], []
        for fact in brief.facts.values():  # one pass: a compiled brief's records are not all kept at once
            statements.append(fact.statement)
            quotes += [c.quote for c in fact.citations]
        texts = statements + [e.description for e in brief.entities.values()] + quotes
        texts += [s.full for s in brief.seeds.values()]
        # whitespace runs made one space (as str.split and join would, without a list of every word of the brief)
        return _SPACES.sub(" ", " ".join(texts)).strip().lower()

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

    def ask(self, question: str, channel: str | None) -> Answer:
        """The answer to `question`: on its own, or (`channel` given) as the next question of one person there."""
        if channel is None:
            return self.core.ask(question)
        ctx = Context(platform="console", workspace="sets", channel=channel, user="asker")
        reply = self.core.handle(Ask(question=question), ctx, now=CLOCK)
        if not isinstance(reply, Answer):
            raise TypeError(f"an ask was answered with {type(reply).__name__}")
        return reply

    def score(self, q: dict[str, Any], tally: Tally, label: str, *, conversation: bool = False) -> None:
        try:
            answer: Answer = self.ask(str(q["q"]), label if conversation else None)
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
        if wanted and wanted[0] in VERDICTS:
            tally.verdicts += 1
            opening = _OPENING_WORD.match(first_line)
            tally.verdict_first += answer.answered and opening is not None and opening.group(1) == wanted[0]
        if not first:
            got = text.splitlines()[0][:100] if answer.answered else answer.outcome
            tally.misses.append(f"{label}: {q['q']!r} -> {got!r} {ids[:1]}")


CLOCK = dt.datetime(2026, 1, 1, 12, tzinfo=dt.UTC)  # one instant for a whole conversation: no question times out
GENERATED_PER_FILE = 100  # facts per file of a generated brief: as benchmarks/answer.py writes it (FACTS_PER_FILE)
SHORT_STRING = 3  # expected strings this short match whole words only
VERDICTS = ("yes", "no")  # a first expected string naming the verdict the first line must open with
_OPENING_WORD = re.compile(r"\W*(\w+)")


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
    parser.add_argument("--facts", type=int, help="score a generated brief of this many facts instead (see above)")
    parser.add_argument("--cache", type=Path, help="serve the brief from its compiled snapshot under this directory")
    parser.add_argument("--conversation", action="store_true", help="ask each file's questions in order (see above)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        brief_dir, cache = args.brief, args.cache
        if args.facts is not None:
            from tests.generated import generate_brief

            cache = cache or Path(tmp) / "cache"
            # beside the cache, at a path of its own: the same brief has the same snapshot key run after run (a
            # key covers the brief's place), so a second run with the same cache opens the snapshot it compiled
            brief_dir = cache.parent / f"{cache.name}-generated-{args.facts}"
            shutil.rmtree(brief_dir, ignore_errors=True)
            generate_brief(brief_dir, args.facts, per_file=GENERATED_PER_FILE)
        if cache is None:
            scorer = Scorer(load_brief(brief_dir))
        else:
            from bot.snapshot import open_brief

            snapshot = open_brief(brief_dir, cache)
            scorer = Scorer(snapshot.brief, cache_dir=snapshot.index_dir)
        return score(args, scorer)


def score(args: argparse.Namespace, scorer: Scorer) -> int:
    """Ask every question of `args.files`, print the figures as `main`'s options say."""
    total = Tally()
    by_kind: dict[str, Tally] = defaultdict(Tally)
    report: dict[str, Any] = {"files": {}, "kinds": {}}
    for path in args.files:
        questions, skipped = load_questions(path)
        tally = Tally()
        for q in questions:
            one = Tally()
            scorer.score(q, one, path.stem, conversation=args.conversation)
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
