"""Step 2: what the question asks for (its kind) and what it is about (entities and subject words).

Kinds: amount, count, date, who, where, what-is, why-how, yes-no, comparison, list, quote, topic (a bare subject
such as "github protest"), small-talk, non-english. They are told apart by the question's grammar (its first
words and cue phrases), never by brief content. Typos are fixed in two passes: first against English question and
function words ("hw" -> "how"), then against the brief's own vocabulary ("petiton" -> "petition"); a word that
is common English as typed is never "corrected".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.answering.english import English
from bot.answering.normalize import Normalized
from bot.brief import Brief
from bot.models import QuestionKind
from bot.search import Index, stem
from bot.text import IRREGULAR, STOPWORDS, words

MAX_ALIAS_WORDS = 8

# Words that shape the kind of answer (figure, date, person) rather than what it is about: they steer ranking,
# but a fact need not contain them to answer the question.
CUE_TERMS = frozenset(
    """much many pay paid pays cost costs worth amount value money dollars number count total when year years date
    dates day days time where city place places location who kind type sort happen happened happening stand
    mean means meaning define definition role job involved involvement know known exactly really came come
    comes get gets got getting go goes went gone more less fewer larger bigger smaller higher lower compare
    compared comparison versus list remind recall""".split()
)
FAMILIAR_ZIPF = 3.5  # below this a word unknown to the brief may be another language's ("ist" 3.35, "qué")
CUE_STEMS = frozenset(stem(w) for w in CUE_TERMS)
# Greetings, thanks and filler: they never make a question about anything.
CHAT = frozenset(
    """hi hello hey hiya howdy yo morning afternoon evening night good great cool nice awesome thanks thank thx ty
    cheers bye goodbye please pls plz folks all everyone guys team there friend buddy bot sorry lol ok okay
    sure yeah yep nope going doing up sup whats how are you u is it im i am fine well quick question wondering
    putting together could would can you remind me tell help hmm um uh oh wow""".split()
)
QUESTION_WORDS = sorted(
    """how what when where who whom whose which why much many did does do is are was were the and for with about
    that this there their have has had can could would should will from into after before more than""".split(),
    key=len,
)
_AUX = r"(?:is|are|was|were|did|does|do|has|have|had|can|could|will|would|should|shall)"
_PATTERNS: list[tuple[QuestionKind, re.Pattern[str]]] = [
    (
        "comparison",
        re.compile(
            r"\b(more|less|fewer|larger|bigger|smaller|higher|lower|greater)\b.*\bor\b"
            r"|\bcompare|\bversus\b|\bvs\b|\bdifference between\b"
        ),
    ),
    (
        "list",
        re.compile(
            r"^(list|name|enumerate)\b|\b(list|all) (of )?the\b|^(which|what) (groups|organizations|"
            r"companies|cities|protests|people|contracts|offices|programs|events|actions)\b"
        ),
    ),
    (
        "quote",
        re.compile(
            r"\bwhat did .{1,60} (say|said|write|wrote|tell|shout|chant)\b|\bquotes?\b|"
            r"\bwhat (was|were) .{0,30}(said|chanted|shouted)\b|\bin (his|her|their) (own )?words\b"
        ),
    ),
    ("amount", re.compile(r"\bhow much\b|\b(cost|costs|worth|price|amount|value|dollars)\b")),
    ("count", re.compile(r"\bhow many\b|\bnumber of\b|\bcount\b")),
    (
        "date",
        re.compile(
            r"(^|\b(and|so|but|know|me|wondering|tell|remember|since|until)\s)when\b"
            r"|\b(what|which) (year|date|day|month)\b|\bhow long\b"
            r"|\bsince when\b"
        ),
    ),
    ("where", re.compile(r"\bwhere\b|\b(which|what) (city|cities|office|place|state|country)\b")),
    (
        "what-is",
        re.compile(
            r"^(who|what) (is|are|was|were|s) (?!the (name|number|date|amount))\S+( \S+){0,5}$"
            r"|\bstand for\b|^define\b|\bwhat does \S+( \S+){0,3} (do|mean)$"
        ),
    ),
    ("who", re.compile(r"\bwho\b|\bwhom\b|\bwhose\b|\b(which|what) (group|organization|person|company|agency)\b")),
    ("why-how", re.compile(r"^(why|how)\b|\bwhy\b|\bhow (did|does|do|was|were|is|are)\b|\bwhat for\b")),
    ("yes-no", re.compile(rf"^{_AUX}\b|^(and|so|but) {_AUX}\b|\b(right|true|correct)$")),
]


MONEY_CUES = ("how much", "worth", "cost", "paid", "pay", "amount", "value", "dollars", "money", "price")
MONEY_ASK = ("how much", "worth", "cost", "costs", "amount", "value", "price", "dollars", "money")
CUES = (
    ("money", MONEY_CUES),
    ("count", ("how many", "number of", "count")),
    ("when", ("when", "what year", "what date", "which year", "what day", "since when", "how long")),
    ("who", ("who", "whom", "whose", "which group", "which groups", "which organization", "which organizations")),
    ("where", ("where", "which city", "what city", "which office", "what place")),
    ("define", ("who is", "who are", "who was", "what is", "what are", "what was", "what does", "stand for", "define")),
    ("money_ask", MONEY_ASK),
)


def _has(text: str, cues: tuple[str, ...]) -> bool:
    padded = f" {text} "
    return any(f" {c} " in padded for c in cues)


@dataclass
class Question:
    """A question after normalization and understanding."""

    text: str
    words: list[str]
    kind: QuestionKind = "topic"
    entities: list[str] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)  # content words after typo and synonym fixes: for coverage
    search: list[str] = field(default_factory=list)  # what goes to the index (terms, synonyms, cue words)
    leftover: list[str] = field(default_factory=list)  # content words not part of a named entity
    sides: list[list[str]] = field(default_factory=list)  # a comparison's two sides, as words
    cues: set[str] = field(default_factory=set)  # money, count, when, who, where, define, money_ask: steer ranking
    years: set[str] = field(default_factory=set)  # years the question names: facts of other years rank lower
    current: bool = False  # "still", "now", "currently": asks about today, beyond the sources' dates

    @property
    def about_entity(self) -> bool:
        """'what is FALCON', 'who is Karp', 'jfrej': the question names one entity and asks nothing else."""
        return len(self.entities) == 1 and not self.leftover and self.kind in ("what-is", "topic", "who")


def kind_of(joined: str) -> QuestionKind:
    for kind, pattern in _PATTERNS:
        if pattern.search(joined):
            return kind
    return "topic"


class Understander:
    def __init__(self, brief: Brief, index: Index, english: English) -> None:
        self.brief = brief
        self.index = index
        self.english = english
        self._max_alias = min(max((len(k.split()) for k in brief.aliases), default=1), MAX_ALIAS_WORDS)
        self._synonyms = {k.lower(): [w for v in vs for w in words(v)] for k, vs in brief.meta.synonyms.items()}

    def knows(self, word: str) -> bool:
        """A word the brief uses, as typed or by its stem ("opened" is known through "open")."""
        return self.index.knows(word) or self.index.idf_known(stem(word))

    def _fix(self, w: str) -> str:
        """A probable typo fixed: function words first ("hw" -> "how"), then the brief's words; an irregular verb
        becomes the form the brief uses ("pay" -> "paid")."""
        irregular = IRREGULAR.get(w)
        if irregular and self.knows(irregular) and (w not in CUE_TERMS or irregular in CUE_TERMS):
            return irregular  # "pay" -> "paid", but "stand" (for) stays a cue word
        if w in STOPWORDS or w in CUE_TERMS or w in CHAT or w.isdigit() or self.knows(w) or w in self._synonyms:
            return w
        if w in self.brief.aliases:
            return w
        if len(w) <= 4:  # "hw" -> "how", "wat" -> "what": only to a far more common function word
            found = process.extractOne(w, QUESTION_WORDS, scorer=OSA.distance, score_cutoff=1)
            if found is not None and self.english.zipf(str(found[0])) - self.english.zipf(w) >= 2:
                return str(found[0])
        if self.english.common(w):
            return w
        return self.index.correct(w) or w

    def chatter(self, tokens: list[str]) -> bool:
        """Greetings and pleasantries only ("good morning all", "how's it going"): nothing is asked."""
        content = [t for t in tokens if t not in CHAT and t not in STOPWORDS]
        return bool(tokens) and not content

    def foreign(self, norm: Normalized) -> bool:
        """Written in another language: decided by py3langid, asked only when the words look foreign at all (an
        accented letter, or a third of the words neither English nor the brief's), so most questions never load it."""
        tokens = norm.tokens
        if len(tokens) < 2:
            return False
        accented = any(ch.isalpha() and not ch.isascii() for ch in norm.text)
        strange = sum(
            1
            for t in tokens
            if t not in STOPWORDS
            and t not in CHAT
            and not t.isdigit()
            and self.english.zipf(t) < FAMILIAR_ZIPF
            and not self.knows(t)
            and t not in self.brief.aliases
        )
        if not accented and strange * 3 < len(tokens):
            return False
        lang, prob = self.english.language(norm.text)
        return lang != "en" and prob >= (0.5 if accented else 0.8)

    def understand(self, norm: Normalized) -> Question:
        tokens = [self._fix(w) for w in norm.tokens]
        joined = " ".join(tokens)
        q = Question(text=norm.text, words=tokens, kind=kind_of(joined))
        q.current = bool(re.search(r"\b(still|now|currently|today|anymore|these days|right now)\b", joined))
        q.years = {t for t in tokens if len(t) == 4 and t.isdigit() and t[:2] in ("19", "20")}
        q.entities, consumed = self.find_entities(tokens)
        for name, cues in CUES:
            if _has(joined, cues):
                q.cues.add(name)
        if q.kind != "date":
            q.cues.discard("when")  # "what did they do when nobody came": a conjunction, not a date question
        for i, w in enumerate(tokens):
            if (w in STOPWORDS or w in CHAT) and i not in consumed:
                continue
            q.search.append(w)
            alternatives = [a for a in self._synonyms.get(w, []) if self.knows(a)]
            q.search.extend(alternatives)
            if w in CUE_TERMS or stem(w) in CUE_STEMS:
                continue
            term = w if self.knows(w) or not alternatives else alternatives[0]
            q.terms.append(term)
            if i not in consumed:
                q.leftover.append(term)
        if q.kind == "comparison":
            q.sides = self._sides(tokens)
        return q

    @staticmethod
    def _sides(tokens: list[str]) -> list[list[str]]:
        """'more names on it, the petition at the new york office or the letter to microsoft's ceo' -> two sides."""
        if "or" not in tokens and "vs" not in tokens and "versus" not in tokens:
            return []
        split = next(i for i, t in enumerate(tokens) if t in ("or", "vs", "versus"))
        left, right = tokens[:split], tokens[split + 1 :]
        for i in range(len(left) - 1, -1, -1):  # the left side starts after the comparative word
            if left[i] in ("more", "less", "fewer", "larger", "bigger", "smaller", "higher", "lower", "greater"):
                left = left[i + 1 :]
                break
        keep = [[w for w in side if w not in STOPWORDS and w not in CHAT] for side in (left, right)]
        return keep if all(keep) else []

    def find_entities(self, tokens: list[str]) -> tuple[list[str], set[int]]:
        """Longest alias matches, left to right, whole words only ("jews for racial and economic justice")."""
        found: list[str] = []
        consumed: set[int] = set()
        i = 0
        while i < len(tokens):
            for n in range(min(self._max_alias, len(tokens) - i), 0, -1):
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
