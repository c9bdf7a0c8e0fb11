"""Question in, Answer out: normalize, expand aliases, fix typos, retrieve, re-rank by cue words, decide, render.

A miss is an Answer with `answered=False` and suggestions, never an exception. The decision to answer rests on
coverage: the best fact must contain most of what the question asks about (weighted by rarity), so a question
about the weather in New York is not answered with a protest that happened in New York.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from bot import messages
from bot.brief import Brief
from bot.models import MONTHS, Answer, Entity, Fact, Item, date_label
from bot.search import Index, stem
from bot.text import ABBREVIATIONS, IRREGULAR, STOPWORDS, clean, words

log = logging.getLogger(__name__)

MAX_QUESTION = 1000  # characters; longer text gets a clear "too long" reply
MAX_TEXT = 700
MAX_EXTRA = 2
MIN_KNOWN = 0.55  # share of the question's (idf-weighted) content the brief uses at all
MIN_COVERAGE = 0.5  # share of it the best fact or entry contains
ANCHORED_COVERAGE = 0.4  # the same when the best fact shares two specific named entities with the question
UBIQUITOUS = frozenset({"palantir", "ice"})  # in nearly every fact: naming them anchors nothing
MAX_ALIAS_WORDS = 8

MONEY_CUES = ("how much", "worth", "cost", "paid", "pay", "amount", "value", "dollars", "money", "price")
MONEY_ASK = ("how much", "worth", "cost", "costs", "amount", "value", "price", "dollars", "money")
COUNT_CUES = ("how many", "number of", "count")
WHEN_CUES = ("when", "what year", "what date", "which year", "what day", "since when", "how long")
WHO_CUES = ("who", "whom", "whose", "which group", "which groups", "which organization", "which organizations")
WHERE_CUES = ("where", "which city", "what city", "which office", "what place")
DEFINE_CUES = ("who is", "who are", "who was", "what is", "what are", "what was", "what does", "stand for", "define")
_MONEY = re.compile(r"\$|\b(million|billion|thousand|dollars?)\b")
_COUNT = re.compile(
    r"\b(?!(?:19|20)\d\d\b)\d"  # a number that is not a year
    r"|\b(one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|several|handful|few)\b"
)
_DATE = re.compile(r"\b(1[89]|20)\d\d\b|\b(" + "|".join(m.lower() for m in MONTHS) + r")\b")
PLACE_KINDS = frozenset({"place"})
PERSON_KINDS = frozenset({"person"})
WHO_KINDS = frozenset({"person", "organization"})  # not companies or agencies: Palantir and ICE are in every fact


@dataclass
class Parsed:
    """A question after normalization: its words, the entities it names, cue words and content terms."""

    text: str
    words: list[str]
    entities: list[str] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)  # content words after typo and synonym fixes: for coverage
    search: list[str] = field(default_factory=list)  # what goes to the index (terms, synonyms, cue words)
    leftover: list[str] = field(default_factory=list)  # content words not part of a named entity
    cues: set[str] = field(default_factory=set)

    @property
    def about_entity(self) -> bool:
        """'what is FALCON', 'who is Karp', 'jfrej': the question names one entity and asks nothing else."""
        return len(self.entities) == 1 and not self.leftover and not self.cues & {"money", "count", "when", "where"}


# Words that shape the kind of answer (figure, date, person) rather than what it is about: they steer ranking,
# but a fact need not contain them to answer the question.
CUE_TERMS = frozenset(
    """much many pay paid pays cost costs worth amount value money dollars number count total when year years date
    dates day days time where city place places location who kind type sort happen happened happening stand
    mean means meaning define definition role job involved involvement know known exactly really came come
    comes get gets got getting""".split()
)


def _has(text: str, cues: tuple[str, ...]) -> bool:
    padded = f" {text} "
    return any(f" {c} " in padded for c in cues)


def _excerpt(text: str, cut: int, focus: re.Pattern[str] | None) -> str:
    """At most `cut` characters of text; around the first `focus` match (a differing figure) when it would be lost."""
    match = focus.search(text) if focus is not None else None
    if match is None or match.end() <= cut - 1:
        return text[: cut - 1].rstrip() + "…"
    start = max(0, match.start() - cut // 3)
    start = text.find(" ", start, match.start()) + 1 or start  # begin at a word
    return "…" + text[start : start + cut - 2].strip() + "…"


def _split_money(tokens: list[str]) -> list[str]:
    """'49m' -> '49 million', '150k' -> '150 thousand', so figures match however they are typed."""
    out = []
    for w in tokens:
        if len(w) > 1 and w[:-1].isdigit() and w[-1] in "mkb":
            out += [w[:-1], {"m": "million", "k": "thousand", "b": "billion"}[w[-1]]]
        elif w in ("mln", "mil"):
            out.append("million")
        else:
            out.append(w)
    return out


class Answerer:
    def __init__(self, brief: Brief, *, cache_dir: Path | None = None) -> None:
        self.brief = brief
        self.index = Index(brief, cache_dir=cache_dir)
        self._max_alias = max((len(k.split()) for k in brief.aliases), default=1)
        self._synonyms = {k.lower(): [w for v in vs for w in words(v)] for k, vs in brief.meta.synonyms.items()}

    # -- understanding ---------------------------------------------------------------------------------------

    def parse(self, question: str) -> Parsed:
        text = clean(question)
        tokens = [t for w in _split_money(words(text)) for t in ABBREVIATIONS.get(w, w).split()]
        joined = " ".join(tokens)
        parsed = Parsed(text=text, words=tokens)
        for name, cues in (
            ("money", MONEY_CUES),
            ("count", COUNT_CUES),
            ("when", WHEN_CUES),
            ("who", WHO_CUES),
            ("where", WHERE_CUES),
            ("define", DEFINE_CUES),
            ("money_ask", MONEY_ASK),
        ):
            if _has(joined, cues):
                parsed.cues.add(name)
        fixed_tokens = []
        for w in tokens:
            if w not in STOPWORDS and w not in CUE_TERMS and not self.knows(w) and w not in self._synonyms:
                irregular = IRREGULAR.get(w)
                w = irregular if irregular and self.knows(irregular) else (self.index.correct(w) or w)
            fixed_tokens.append(w)
        parsed.entities, consumed = self._find_entities(fixed_tokens)
        for i, w in enumerate(fixed_tokens):
            if w in STOPWORDS:
                continue
            parsed.search.append(w)
            alternatives = [a for a in self._synonyms.get(w, []) if self.knows(a)]
            parsed.search.extend(alternatives)
            if w in CUE_TERMS:
                continue
            term = w if self.knows(w) or not alternatives else alternatives[0]
            parsed.terms.append(term)
            if i not in consumed:
                parsed.leftover.append(term)
        return parsed

    def knows(self, word: str) -> bool:
        """A word the brief uses, as typed or by its stem ("opened" is known through "open")."""
        return self.index.knows(word) or self.index.idf_known(stem(word))

    def unknown_terms(self, parsed: Parsed) -> list[str]:
        return [t for t in parsed.leftover if not self.knows(t)]

    def _find_entities(self, tokens: list[str]) -> tuple[list[str], set[int]]:
        """Longest alias matches, left to right ("jews for racial and economic justice" before "justice")."""
        found: list[str] = []
        consumed: set[int] = set()
        i = 0
        limit = min(self._max_alias, MAX_ALIAS_WORDS)
        while i < len(tokens):
            for n in range(min(limit, len(tokens) - i), 0, -1):
                key = " ".join(tokens[i : i + n])
                ent_id = self.brief.aliases.get(key)
                if ent_id is not None and (n > 1 or key not in STOPWORDS):
                    if ent_id not in found:
                        found.append(ent_id)
                    consumed.update(range(i, i + n))
                    i += n
                    break
            else:
                i += 1
        return found, consumed

    # -- deciding --------------------------------------------------------------------------------------------

    def _weights(self, parsed: Parsed, *, known_only: bool = False) -> dict[str, float]:
        weights: dict[str, float] = {}
        for term in parsed.terms:
            s = stem(term)
            if known_only and not self.index.idf_known(s):
                continue  # words the brief never uses are judged by the foreign-word rule, not coverage
            weights[s] = max(weights.get(s, 0.0), self.index.idf(s))
        return weights

    def _coverage(self, doc_id: str, weights: dict[str, float]) -> float:
        total = sum(weights.values())
        if total <= 0:
            return 0.0
        have = self.index.doc_stems(doc_id)
        return sum(w for s, w in weights.items() if s in have) / total

    def _bonus(self, doc_id: str, parsed: Parsed) -> float:
        brief = self.brief
        bonus = 0.0
        entity = brief.entities.get(doc_id)
        if entity is not None:
            if doc_id in parsed.entities:
                bonus += 1.0 if parsed.about_entity else -0.3
                if entity.kind in PERSON_KINDS and "who" in parsed.cues:
                    bonus += 0.2
            elif parsed.entities:
                bonus -= 0.3
            return bonus
        fact = brief.facts[doc_id]
        named = [e for e in parsed.entities if e in fact.entities]
        bonus += 0.12 * len(named)
        statement = fact.statement.lower()
        kinds = {brief.entities[e].kind for e in fact.entities if e in brief.entities}
        if "money" in parsed.cues and ("$" in statement or "million" in statement):
            bonus += 0.35
        if "count" in parsed.cues and any(ch.isdigit() for ch in statement.replace("20", "")):
            bonus += 0.25
        if "when" in parsed.cues and fact.date:
            bonus += 0.3 if fact.precision == "day" else 0.2
        if "who" in parsed.cues and (kinds & WHO_KINDS or fact.kind in ("person", "quote", "organization")):
            bonus += 0.15
        if "where" in parsed.cues and kinds & PLACE_KINDS:
            bonus += 0.3
        if "define" in parsed.cues and parsed.entities and fact.kind in ("program", "organization", "person"):
            bonus += 0.15
        return bonus

    def _specific(self, doc_id: str, parsed: Parsed) -> list[str]:
        """The specific entities (not Palantir or ICE) that the question names and the fact involves."""
        fact = self.brief.facts.get(doc_id)
        if fact is None:
            return []
        return [e for e in parsed.entities if e in fact.entities and e not in UBIQUITOUS]

    def _anchored(self, hit: tuple[str, float, float], parsed: Parsed) -> bool:
        doc_id, _, coverage = hit
        return coverage >= 0.8 and len(self._specific(doc_id, parsed)) >= 2

    def _min_coverage(self, doc_id: str, parsed: Parsed) -> float:
        """Half the question's weight must be in the best fact; a bit less when that fact involves two or more of
        the specific people, groups or places the question names (Karp, Google and the Pentagon, say)."""
        return ANCHORED_COVERAGE if len(self._specific(doc_id, parsed)) >= 2 else MIN_COVERAGE

    def _fits_cue(self, doc_id: str, parsed: Parsed) -> bool:
        """A question asking how much, how many or when needs a best fact that holds an amount, a count or a date:
        "how many employees does Palantir have" must not be answered with the 60 who signed a petition... unless
        that fact does hold a count, which is as far as words can tell."""
        fact = self.brief.facts.get(doc_id)
        text = (fact.statement if fact else self.brief.entities[doc_id].description).lower()
        if "money_ask" in parsed.cues and "count" not in parsed.cues and not _MONEY.search(text):
            return False
        if "count" in parsed.cues and not _COUNT.search(text):
            return False
        dated = (fact is not None and fact.date is not None) or _DATE.search(text) is not None
        return "when" not in parsed.cues or dated

    def rank(self, parsed: Parsed) -> list[tuple[str, float, float]]:
        """(doc id, final score, coverage), best first."""
        query_terms = list(parsed.search)
        for ent_id in parsed.entities:
            query_terms.extend(words(self.brief.entities[ent_id].name))
        # Words in most documents (palantir, ice) barely move BM25 but make the engine score nearly every document:
        # leave them out of the search when the question has anything more specific.
        specific = [t for t in query_terms if self.index.doc_freq(stem(t)) * 2 <= self.index.size]
        hits = self.index.search(specific or query_terms, limit=20)
        if not hits:
            return []
        weights = self._weights(parsed, known_only=True)
        top = hits[0][1] or 1.0
        ranked = []
        for doc_id, score in hits:
            coverage = self._coverage(doc_id, weights) if weights else (1.0 if doc_id in parsed.entities else 0.5)
            final = (score / top) * (0.5 + coverage) + self._bonus(doc_id, parsed)
            ranked.append((doc_id, final, coverage))
        ranked.sort(key=lambda r: -r[1])
        return ranked

    def known_share(self, parsed: Parsed) -> float:
        weights = self._weights(parsed)
        total = sum(weights.values())
        if total <= 0:
            return 1.0 if parsed.entities else 0.0
        known = sum(w for s, w in weights.items() if self.index.idf_known(s))
        return known / total

    # -- answering -------------------------------------------------------------------------------------------

    def answer(self, question: str) -> Answer:
        shown_question = clean(question)[:300]
        if len(question) > MAX_QUESTION:
            return self._miss(shown_question, "too_long", messages.TOO_LONG.format(limit=MAX_QUESTION), [])
        parsed = self.parse(question)
        if not parsed.terms and not parsed.entities and not parsed.search:
            return self._miss(shown_question, "empty", messages.EMPTY_QUESTION, [])
        known = self.known_share(parsed)
        ranked = self.rank(parsed)
        unknown = self.unknown_terms(parsed)
        foreign = any(t.isdigit() for t in unknown) or len(unknown) * 2 >= max(len(parsed.leftover), 1)
        if foreign and ranked and self._anchored(ranked[0], parsed):
            foreign = False  # "who's the rabbi who brought up IBM and the Nazis": the names pin the fact down
        if known < MIN_KNOWN or not ranked or (unknown and foreign):
            outcome = "no_match" if parsed.entities and known >= 0.34 and not unknown else "off_topic"
            text = messages.NO_ANSWER if outcome == "no_match" else messages.OFF_TOPIC
            return self._miss(shown_question, outcome, text, ranked)
        best_id, _, coverage = ranked[0]
        if coverage < self._min_coverage(best_id, parsed) and not (best_id in parsed.entities and parsed.about_entity):
            return self._miss(shown_question, "no_match", messages.NO_ANSWER, ranked)
        if not self._fits_cue(best_id, parsed):
            return self._miss(shown_question, "no_match", messages.NO_ANSWER, ranked)
        items = [self._item(best_id, "best")]
        items += self._extras(best_id, ranked, parsed)
        return Answer(
            question=shown_question,
            answered=True,
            outcome="answered",
            text=self._render(items),
            items=items,
        )

    def _extras(self, best_id: str, ranked: list[tuple[str, float, float]], parsed: Parsed) -> list[Item]:
        brief = self.brief
        extras: list[Item] = []
        seen = {best_id}
        order = {doc_id: i for i, (doc_id, _, _) in enumerate(ranked)}
        if best_id in brief.facts:
            for other in sorted(brief.differs[best_id], key=lambda d: order.get(d, 99)):
                if len(extras) >= MAX_EXTRA:
                    break
                extras.append(self._item(other, "differs"))
                seen.add(other)
            linked = [d for d in brief.related[best_id] if d in order and d not in seen]
            for other in sorted(linked, key=lambda d: order[d]):
                if len(extras) >= MAX_EXTRA:
                    break
                extras.append(self._item(other, "related"))
                seen.add(other)
        best_score = ranked[0][1]
        for doc_id, score, coverage in ranked[1:]:
            if len(extras) >= MAX_EXTRA:
                break
            if doc_id in seen or doc_id in brief.entities or coverage < MIN_COVERAGE or score < 0.6 * best_score:
                continue
            extras.append(self._item(doc_id, "related"))
            seen.add(doc_id)
        return extras

    def _item(self, doc_id: str, role: str) -> Item:
        brief = self.brief
        obj: Fact | Entity
        if doc_id in brief.entities:
            obj = brief.entities[doc_id]
            statement = obj.description
            if obj.variant_note:
                statement = f"{statement} ({obj.variant_note})"
            return Item(
                id=obj.id,
                kind="entity",
                statement=f"{obj.name}: {statement}",
                role=role,
                citations=brief.citations(obj)[:1],
            )
        obj = brief.facts[doc_id]
        return Item(
            id=obj.id,
            kind="fact",
            statement=obj.statement,
            date=obj.date,
            date_label=date_label(obj.date),
            role=role,
            citations=brief.citations(obj)[:2],
        )

    @staticmethod
    def _render(items: list[Item]) -> str:
        """Best statement with its quote and source, then differing and related facts, within MAX_TEXT."""

        def cite(item: Item, with_quote: bool) -> str:
            if not item.citations:
                return ""
            c = item.citations[0]
            when = f", {c.published_label}" if c.published_label else ""
            if with_quote:
                return f"\n“{c.quote}” ({c.source_name}{when})"
            return f" ({c.source_name}{when})"

        def build(quote_extras: bool, cut: int | None, best_quote: bool = True) -> str:
            lines = []
            for item in items:
                statement = item.statement
                if cut is not None and item.role != "best" and len(statement) > cut:
                    statement = _excerpt(statement, cut, _MONEY if item.role == "differs" else None)
                prefix = {"best": "", "differs": "Sources differ: ", "related": "Related: "}[item.role]
                quoted = best_quote if item.role == "best" else quote_extras
                lines.append(prefix + statement + cite(item, quoted))
            return "\n".join(lines)

        # Shorten the extras first; the best fact keeps its full statement and, if at all possible, its quote.
        attempts = [(True, None, True), (False, None, True)] + [(False, cut, True) for cut in (200, 140, 110, 80, 60)]
        attempts += [(False, cut, False) for cut in (160, 110, 80)]
        for quote_extras, cut, best_quote in attempts:
            text = build(quote_extras, cut, best_quote)
            if len(text) <= MAX_TEXT:
                return text
        text = build(False, 60, best_quote=False)
        return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"

    def _miss(self, question: str, outcome: str, text: str, ranked: list[tuple[str, float, float]]) -> Answer:
        suggestions = self.suggestions(ranked)
        lines = [text]
        if suggestions:
            lines.append(messages.SUGGEST_HEADER)
            lines += [f"• {s}" for s in suggestions]
        return Answer(
            question=question,
            answered=False,
            outcome=outcome,
            text="\n".join(lines)[:MAX_TEXT],
            suggestions=suggestions,
        )

    def suggestions(self, ranked: list[tuple[str, float, float]]) -> list[str]:
        """Two or three things the bot can answer: nearby facts when there are any, else the brief's topics."""
        out: list[str] = []
        for doc_id, _, coverage in ranked[:6]:
            if coverage >= 0.25 and doc_id in self.brief.facts and len(out) < 2:
                fact = self.brief.facts[doc_id]
                short = fact.statement if len(fact.statement) <= 110 else fact.statement[:109].rstrip() + "…"
                out.append(f"{short} (fact {fact.id})")
        for topic, description in self.brief.meta.topics.items():
            if len(out) >= 3:
                break
            out.append(f"{topic}: {description}")
        return out
