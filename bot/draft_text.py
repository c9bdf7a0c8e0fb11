"""The language work behind `palantir-ice draft`: boilerplate, sentences, figures, dates, names, near-duplicates.

Libraries do the hard parts (pysbd splits sentences, dateparser resolves dates, rapidfuzz compares wording); this
module only decides what to ask them and explains the result, so a curator can check every proposal.
Nothing here reads the clock or the network: the publication date is the only "now".
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

from rapidfuzz import fuzz, process

from bot.models import MONTHS
from bot.records import FactData
from bot.text import STOPWORDS, WORD, fold, words

# --- boilerplate ---------------------------------------------------------------------------------------------

# Paragraphs a news page wraps around an article. Short labels must make up the whole paragraph (or lead it, for
# "Tags …" and "Read: …" links); appeals and notices are long enough to be recognised anywhere in a paragraph.
NAV_LABELS = (
    "Most Popular",
    "Most Read",
    "Load more",
    "See all Video",
    "Skip to content",
    "Skip to footer",
    "Skip to main content",
    "Advertisement",
    "Share this article",
    "Share on Facebook",
    "Sign up",
    "Subscribe",
    "Donate",
    "Donate now",
    "Related",
    "Recommended",
    "Trending",
    "Menu",
    "Search",
    "Newsletter",
    "Comments",
    "View comments",
)
LEADING_LABELS = ("Tags", "Read:", "Read more:", "Related:", "See also:", "Topics", "Filed under", "Photo:", "Image:")
NOTICES = (
    ("donation appeal", "comes from small individual donations"),
    ("donation appeal", "You can help by giving today"),
    ("donation appeal", "make a small monthly donation or a larger gift"),
    ("donation appeal", "only works with your support"),
    ("donation appeal", "please consider making a donation"),
    ("donation appeal", "support our independent journalism"),
    ("donation appeal", "independent media organizations are faced with urgent mandates"),
    ("donation appeal", "we are reaffirming our commitments on this front"),
    ("donation appeal", "requires us to ground ourselves in our principles"),
    ("comment notice", "has removed its comment section"),
    ("comment notice", "join the discussion on Facebook and Twitter"),
    ("comment notice", "Comments are closed"),
    ("comment notice", "comments are moderated"),
    ("update notice", "This report was updated at"),
    ("update notice", "This story has been updated"),
    ("correction notice", "An earlier version of this article"),
    ("newsletter appeal", "Sign up for our newsletter"),
    ("newsletter appeal", "Subscribe to our newsletter"),
    ("copyright notice", "All rights reserved"),
    ("navigation", "Skip to content Skip to footer"),
)


@dataclass(frozen=True)
class Stripped:
    """One paragraph judged boilerplate, with the reason, and the verbatim snippet recorded in sources.yaml."""

    line: int
    text: str
    reason: str

    @property
    def snippet(self) -> str:
        """What goes into the source's `boilerplate:` list: the paragraph itself, cut to a verbatim prefix."""
        text = self.text.strip()
        return text if len(text) <= 160 else text[:120].rstrip()


def _norm(text: str) -> str:
    return " ".join(words(fold(text)))


def boilerplate_reason(paragraph: str) -> str | None:
    """Why a paragraph is page furniture rather than article text, or None when it is article text."""
    norm = _norm(paragraph)
    if not norm:
        return None
    n_words = len(norm.split())
    if n_words <= 6:
        best = process.extractOne(norm, [_norm(x) for x in NAV_LABELS], scorer=fuzz.ratio, score_cutoff=88)
        if best is not None:
            return f"navigation ({NAV_LABELS[best[2]]!r})"
    if n_words <= 14:
        stripped = fold(paragraph).strip().lower()
        for label in LEADING_LABELS:
            if stripped.startswith(label.lower()):
                return f"navigation ({label!r} line)"
    for reason, phrase in NOTICES:
        if fuzz.partial_ratio(_norm(phrase), norm) >= 92:
            return f"{reason} ({phrase!r})"
    return None


def find_boilerplate(text: str) -> list[Stripped]:
    return [
        Stripped(line=i + 1, text=line, reason=reason)
        for i, line in enumerate(text.splitlines())
        if (reason := boilerplate_reason(line)) is not None
    ]


# --- sentences -----------------------------------------------------------------------------------------------

MAX_QUOTE = 400


@dataclass(frozen=True)
class Sentence:
    """A verbatim piece of one paragraph: a sentence, or a clause of one too long to quote whole."""

    paragraph: int
    text: str


@lru_cache(maxsize=1)
def _segmenter() -> Any:
    import pysbd  # imported lazily: only drafting needs it

    return pysbd.Segmenter(language="en", clean=False, char_span=False)


def _clauses(sentence: str, limit: int = MAX_QUOTE) -> list[str]:
    """Cut an over-long sentence at clause punctuation into verbatim pieces no longer than `limit`."""
    if len(sentence) <= limit:
        return [sentence]
    pieces: list[str] = []
    rest = sentence
    while len(rest) > limit:
        window = rest[:limit]
        cut = max(window.rfind("; "), window.rfind(", "), window.rfind(" — "), window.rfind(": "))
        if cut < limit // 4:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = limit - 1
        pieces.append(rest[: cut + 1].strip())
        rest = rest[cut + 1 :].strip()
    if rest:
        pieces.append(rest)
    return [p for p in pieces if len(p) >= 3]


def paragraphs(text: str, skip_lines: Iterable[int] = ()) -> list[tuple[int, str]]:
    """(first line number, text) of each paragraph: lines up to a blank one, a hard-wrapped paragraph joined by spaces.

    Joining is safe for quotes: the validator folds whitespace, so a quote across a line break still matches.
    """
    skip = set(skip_lines)
    out: list[tuple[int, str]] = []
    start, lines = 0, list[str]()
    for i, line in enumerate([*text.splitlines(), ""]):
        if i + 1 in skip or not line.strip():
            if lines:
                out.append((start, " ".join(lines)))
            start, lines = 0, []
            continue
        if not lines:
            start = i + 1
        lines.append(line.strip())
    return out


def sentences(text: str, skip_lines: Iterable[int] = (), headline: str | None = None) -> list[Sentence]:
    """Every quotable sentence of the article, paragraph by paragraph, skipping boilerplate lines and the headline."""
    head = _norm(headline) if headline else None
    out: list[Sentence] = []
    for number, para in paragraphs(text, skip_lines):
        if head and _norm(para) == head:
            continue
        for raw in _segmenter().segment(para):
            sent = str(raw).strip()
            if len(sent) < 3:
                continue
            out.extend(Sentence(paragraph=number, text=piece) for piece in _clauses(sent))
    return out


# --- figures -------------------------------------------------------------------------------------------------

_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6, "bn": 1e9, "k": 1e3}
MONEY = re.compile(
    r"(?P<cur>[$€£])\s?(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)(?:\s?(?P<scale>thousand|million|billion|trillion|bn|m|k)\b)?"
    r"|(?P<num2>\d+(?:,\d{3})*(?:\.\d+)?)\s?(?P<scale2>thousand|million|billion)?\s(?P<cur2>dollars|euros|pounds)\b",
    re.IGNORECASE,
)
NUMBER = re.compile(r"(?<![\w$€£.,])(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)(?:\s(?P<scale>thousand|million|billion)\b)?")
VAGUE_COUNTS = frozenset({"hundreds", "thousands", "dozens", "millions", "billions", "scores"})


def _value(num: str, scale: str | None) -> float:
    return float(num.replace(",", "")) * _SCALE.get((scale or "").lower(), 1.0)


@dataclass(frozen=True)
class Figure:
    kind: Literal["money", "count"]
    text: str
    value: float


def figures(text: str) -> list[Figure]:
    """Money amounts and counts stated in a sentence; bare years and day numbers of dates are not counts."""
    found: list[Figure] = []
    taken: list[tuple[int, int]] = []
    for m in MONEY.finditer(text):
        num = m.group("num") or m.group("num2")
        found.append(Figure("money", m.group(0).strip(), _value(num, m.group("scale") or m.group("scale2"))))
        taken.append(m.span())
    month_words = {m.lower() for m in MONTHS} | {m[:3].lower() for m in MONTHS} | {"sept"}
    for m in NUMBER.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        value = _value(m.group("num"), m.group("scale"))
        before = text[: m.start()].rstrip(" .").split()
        prev = before[-1].lower().strip(",.") if before else ""
        if prev in month_words or (m.group("scale") is None and 1900 <= value <= 2100 and "," not in m.group("num")):
            continue  # "Sept. 13", "in 2017": dates, not counts
        found.append(Figure("count", m.group(0), value))
    return found


def figure_values(text: str) -> set[float]:
    """Figures worth matching across facts: money, and counts of ten or more (small numbers recur everywhere)."""
    return {f.value for f in figures(text) if f.kind == "money" or f.value >= 10}


# --- dates ---------------------------------------------------------------------------------------------------

_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
# What to hand to dateparser: weekday names, month-day, month-year, relative periods and bare years.
DATE_PHRASES = re.compile(
    rf"\b(?:(?:last|next|this)\s+)?(?:{_WEEKDAYS})\b"
    rf"|\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b"
    rf"|\b(?:{_MONTHS})\.?\s+\d{{4}}\b"
    r"|\b(?:last|next|this|earlier this|later this)\s+(?:week|month|year|weekend|summer|winter|spring|fall|autumn)\b"
    r"|\b(?:yesterday|today|tomorrow)\b"
    r"|\b\d+\s+(?:days|weeks|months|years)\s+ago\b"
    r"|\b(?:in|since|until|by|from)\s+(?:19|20)\d{2}\b",
    re.IGNORECASE,
)
FUTURE_CUES = re.compile(r"\b(?:will|planned|plans|plan|scheduled|upcoming|set to|is to|are to)\b|'ll\b", re.IGNORECASE)
RELATIVE_WORDS = re.compile(r"\b(?:last|next|this|yesterday|today|tomorrow|ago|earlier|later)\b", re.IGNORECASE)
WEEKDAY = re.compile(rf"\b(?:{_WEEKDAYS})\b", re.IGNORECASE)
HAS_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


@dataclass(frozen=True)
class DateFinding:
    """A date expression, what it resolves to (YYYY-MM-DD, YYYY-MM, YYYY or None) and why."""

    phrase: str
    value: str | None
    relative: bool
    note: str


def _weekday_name(day: dt.date) -> str:
    return day.strftime("%A")


def _parse(phrase: str, base: dt.date, prefer: str) -> tuple[dt.date | None, str]:
    from dateparser import DateDataParser  # imported lazily: it takes a moment to load its language data

    settings = {
        "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": prefer,
        "RETURN_TIME_AS_PERIOD": True,
        "PREFER_DAY_OF_MONTH": "first",
    }
    data = DateDataParser(languages=["en"], settings=settings).get_date_data(phrase)
    if data.date_obj is None:
        return None, "none"
    return data.date_obj.date(), str(data.period or "day")


def resolve_date(phrase: str, published: dt.date, sentence: str = "") -> DateFinding:
    """Resolve one date phrase against the publication date, noting the reasoning for the curator."""
    phrase = " ".join(phrase.split())
    spoken = f'"{phrase}"'
    relative = bool(RELATIVE_WORDS.search(phrase) or (WEEKDAY.search(phrase) and not HAS_YEAR.search(phrase)))
    future = bool(FUTURE_CUES.search(ANY_QUOTE.sub("", sentence)))  # the tense of the report, not of what was said
    pub = f"the publication date {published.isoformat()} ({_weekday_name(published)})"
    if re.match(r"(?i)^(?:in|since|until|by|from)\s", phrase):
        stated = phrase.split()[-1]
        return DateFinding(phrase, stated, False, f"{spoken}: the year {stated}")
    bare_weekday = WEEKDAY.fullmatch(re.sub(r"(?i)^on\s+", "", phrase).strip())
    if bare_weekday:
        # "on Friday" in news copy means the nearest such day: on or before publication for past events,
        # after it when the sentence speaks of the future.
        if future:
            day, _ = _parse(phrase, published, "future")
            why = "the sentence speaks of the future, so the first such day after"
        else:
            day, _ = _parse(phrase, published + dt.timedelta(days=1), "past")
            why = "the most recent such day on or before"
        if day is None:
            return DateFinding(phrase, None, True, f"{spoken}: could not be resolved; check by hand")
        return DateFinding(phrase, day.isoformat(), True, f"{spoken} resolved against {pub}: {why}, {day.isoformat()}")
    prefer = "future" if future and not re.search(r"(?i)\b(?:last|ago|yesterday)\b", phrase) else "past"
    if not relative and not HAS_YEAR.search(phrase):
        prefer = "current_period"
    day, period = _parse(phrase, published, prefer)
    if day is None:
        return DateFinding(phrase, None, relative, f"{spoken}: dateparser could not resolve it; check by hand")
    if not relative and not HAS_YEAR.search(phrase) and period == "day":
        # A month and day without a year: take the occurrence nearest the publication date (across a new year).
        options = []
        for year in (published.year - 1, published.year, published.year + 1):
            try:
                options.append(day.replace(year=year))
            except ValueError:  # 29 February
                continue
        day = min(options, key=lambda d: abs((d - published).days))
        return DateFinding(
            phrase, day.isoformat(), True, f"{spoken} has no year: the occurrence nearest {pub}, {day.isoformat()}"
        )
    value: str | None
    if period == "year":
        value = f"{day.year:04d}"
    elif period in ("month",):
        value = f"{day.year:04d}-{day.month:02d}"
    elif period == "week":
        monday = day - dt.timedelta(days=day.weekday())
        sunday = monday + dt.timedelta(days=6)
        value = f"{monday.year:04d}-{monday.month:02d}" if monday.month == sunday.month else None
        note = f"{spoken} resolved against {pub}: the week of {monday.isoformat()} to {sunday.isoformat()}"
        return DateFinding(phrase, value, True, note + ("" if value else "; it spans two months, no date set"))
    else:
        value = day.isoformat()
    if relative:
        later = value is not None and day > published  # the validator wants a date after publication explained
        return DateFinding(
            phrase, value, True, f"{spoken} resolved against {pub}: {value}" + ("; in the future then" if later else "")
        )
    return DateFinding(phrase, value, False, f"{spoken}: {value}")


def find_dates(sentence: str, published: dt.date | None) -> list[DateFinding]:
    found = []
    for m in DATE_PHRASES.finditer(sentence):
        phrase = m.group(0)
        if published is None:
            found.append(DateFinding(phrase, None, True, f'"{phrase}": no publication date to resolve it against'))
            continue
        if phrase.lower() == "may" or (phrase.lower().startswith("may ") and not re.search(r"\d", phrase)):
            continue  # the verb "may"
        found.append(resolve_date(phrase, published, sentence))
    return found


# --- names ---------------------------------------------------------------------------------------------------

HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "ceo", "prof", "rev"})
CONNECTORS = frozenset({"of", "for", "and", "the", "de", "la", "von", "&"})
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’.&-]*")
NOT_NAMES = (
    STOPWORDS
    | {m.lower() for m in MONTHS}
    | set(_WEEKDAYS.split("|"))
    | {"mr", "mrs", "ms", "dr", "according", "read", "photo", "update", "correction", "however", "meanwhile"}
)


# Words that open sentences in news copy without being names (imperatives, adverbs, generic subjects).
VERBISH = frozenset(
    "ask talk tell read see look join help stop tech documents activists protesters workers employees officials "
    "critics organizers many several some most".split()
)


@dataclass
class Names:
    """Glossary ids linked through aliases, and capitalised names the glossary does not know yet."""

    linked: list[str] = field(default_factory=list)
    how: dict[str, str] = field(default_factory=dict)
    new: list[str] = field(default_factory=list)


def _key(token: str) -> str:
    """The alias key of one token: lower case, possessive dropped, as bot.brief.alias_key does."""
    return " ".join(words(fold(token)))


def find_names(sentence: str, aliases: Mapping[str, str]) -> Names:
    """Link glossary entities by their aliases (exact, then close spellings) and list unknown capitalised names."""
    tokens = [(m.group(0), m.start()) for m in _TOKEN.finditer(fold(sentence))]
    keys = [_key(t) for t, _ in tokens]
    covered = [False] * len(tokens)
    names = Names()

    def link(ent: str, how: str) -> None:
        if ent not in names.linked:
            names.linked.append(ent)
            names.how[ent] = how

    i = 0
    while i < len(tokens):  # longest exact alias first
        for n in range(min(8, len(tokens) - i), 0, -1):
            key = " ".join(k for k in keys[i : i + n] if k)
            ent = aliases.get(key) if key else None
            if ent is not None and (n > 1 or len(key) > 2 or tokens[i][0].isupper()):
                link(ent, f"alias {' '.join(t for t, _ in tokens[i : i + n])!r}")
                for j in range(i, i + n):
                    covered[j] = True
                i += n
                break
        else:
            i += 1

    runs: list[list[int]] = []
    current: list[int] = []
    folded = fold(sentence)
    for idx, (tok, start) in enumerate(tokens):
        opens = idx == 0 or folded[:start].rstrip()[-1:] in {".", '"', "!", "?", ":"}
        if opens and keys[idx] in STOPWORDS | VERBISH:
            covered[idx] = True  # a capital that only opens a sentence or a quote
        capital = tok[0].isupper() and not covered[idx]
        if capital or (current and keys[idx] in CONNECTORS and not covered[idx]):
            current.append(idx)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)

    def split(run: list[int]) -> list[list[int]]:
        """'Rosa Delgado of the Sunrise Alliance' is two names; 'Department of the Treasury' is one."""
        for at in range(len(run) - 1):
            pair = keys[run[at]] in CONNECTORS and keys[run[at + 1]] in CONNECTORS
            if pair and sum(1 for j in run[:at] if keys[j] not in CONNECTORS) >= 2:
                return [run[:at], *split(run[at + 2 :])]
        return [run]

    alias_keys = list(aliases)
    for run in [part for whole in runs for part in split(whole)]:
        while run and keys[run[-1]] in CONNECTORS:
            run = run[:-1]
        while run and keys[run[0]] in HONORIFICS | CONNECTORS:
            run = run[1:]
        if not run:
            continue
        parts = [tokens[j][0].rstrip(".,") for j in run]
        key = " ".join(keys[j] for j in run if keys[j])
        if len(run) == 1 and (key in NOT_NAMES or len(key) < 3):
            continue
        if len(run) == 1 and run[0] == 0 and keys[0] in STOPWORDS:
            continue
        if all(k in NOT_NAMES for k in key.split()):
            continue
        close = process.extractOne(key, alias_keys, scorer=fuzz.ratio, score_cutoff=90) if len(key) >= 5 else None
        if close is not None:
            link(aliases[close[0]], f"close to alias {close[0]!r} ({close[1]:.0f}%)")
            continue
        name = re.sub(r"['’]s$", "", " ".join(parts))
        if name not in names.new:
            names.new.append(name)
    return names


# --- attributed quotes ---------------------------------------------------------------------------------------

QUOTED = re.compile(r"[“\"]([^”\"]{12,})[”\"]")
ANY_QUOTE = re.compile(r"[“\"][^”\"]*[”\"]")
SPEECH = frozenset(
    "said says told wrote writes reads read stated added declared tweeted argued asked urged noted according "
    "announced claimed insisted warned".split()
)


def attributed_quote(sentence: str) -> bool:
    """True when the sentence quotes someone's words and says who (a speech verb or 'according to')."""
    if not QUOTED.search(sentence):
        return False
    return bool(SPEECH & set(WORD.findall(sentence.lower())))


# --- near-duplicates -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Lookalike:
    fact_id: str
    score: float
    why: str


# Entities named by more than a third of a brief's facts say nothing about whether two facts are the same;
# which they are comes from the brief's own document frequencies (the answerer's rule in bot/answering/decide/).
UBIQUITOUS_SHARE = 3


@dataclass
class FactIndex:
    """The existing facts in the form duplicate detection needs, computed once per draft."""

    texts: dict[str, list[str]]
    figures: dict[str, set[float]]
    entities: dict[str, set[str]]
    flat: list[str] = field(default_factory=list)
    owners: list[str] = field(default_factory=list)
    ubiquitous: frozenset[str] = frozenset()

    @classmethod
    def build(cls, facts: Iterable[FactData]) -> FactIndex:
        texts: dict[str, list[str]] = {}
        figs: dict[str, set[float]] = {}
        ents: dict[str, set[str]] = {}
        for fact in facts:
            parts = [fact.statement, *(c.quote for c in fact.citations)]
            texts[fact.id] = [_norm(p) for p in parts]
            figs[fact.id] = set().union(*(figure_values(p) for p in parts))
            ents[fact.id] = set(fact.entities)
        flat = [t for ts in texts.values() for t in ts]
        owners = [fid for fid, ts in texts.items() for _ in ts]
        spread = Counter(e for es in ents.values() for e in es)
        ubiquitous = frozenset(e for e, n in spread.items() if n * UBIQUITOUS_SHARE > len(ents))
        return cls(texts, figs, ents, flat, owners, ubiquitous)

    def wording(self, norm: str) -> dict[str, float]:
        """Per fact, how alike its best-matching text reads (see `_wording`), scored in rapidfuzz's C loop."""
        best: dict[str, float] = {}
        short = len(norm.split()) < SHORT_WORDS
        scorer = fuzz.ratio if short else fuzz.token_set_ratio
        for choice, score, i in process.extract(norm, self.flat, scorer=scorer, limit=None, score_cutoff=40):
            if not short and len(choice.split()) < SHORT_WORDS:
                score = fuzz.ratio(norm, choice)
            owner = self.owners[i]
            best[owner] = max(best.get(owner, 0.0), float(score))
        return best


SHORT_WORDS = 6


def lookalikes(text: str, entities: Iterable[str], index: FactIndex, limit: int = 3) -> list[Lookalike]:
    """Existing facts this candidate may repeat: same figure, same entities, or similar wording."""
    norm = _norm(text)
    figs = figure_values(text)
    money = {f.value for f in figures(text) if f.kind == "money"}
    ents = set(entities)
    alike = index.wording(norm)
    found: list[Lookalike] = []
    for fact_id in index.texts:
        wording = alike.get(fact_id, 0.0)
        same_figs = figs & index.figures[fact_id]
        shared = ents & index.entities[fact_id]
        telling = shared - index.ubiquitous
        same_money = same_figs & money
        flagged = (
            wording >= 85
            or (same_money and shared)
            or (same_figs and (telling or wording >= 50))
            or (len(telling) >= 2 and wording >= 60)
        )
        if not flagged:
            continue
        reasons = []
        if same_figs:
            reasons.append("same figure " + ", ".join(_fmt(v) for v in sorted(same_figs)))
        if shared:
            reasons.append("shared entities " + ", ".join(sorted(shared)))
        reasons.append(f"wording {wording:.0f}% alike")
        score = wording + 25 * len(same_figs) + 5 * len(telling)
        found.append(Lookalike(fact_id, score, "; ".join(reasons)))
    found.sort(key=lambda x: -x.score)
    return found[:limit]


def _fmt(value: float) -> str:
    if value >= 1e6 and value % 1e5 == 0:
        return f"{value / 1e6:g} million"
    return f"{value:g}"
