"""The lexical index over a brief: tantivy's BM25 with per-field weights, plus the vocabulary for typo fixing.

tantivy was chosen by benchmarks/answer.py (p99 well under a millisecond at 100,000 facts); the index lives in
memory for small briefs and is saved under `cache_dir` when given, keyed by the brief's content signature.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import logging
import math
import mmap
import os
import re
import shutil
import struct
from collections.abc import Callable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import tantivy

from bot.caches import Recent, stem_set
from bot.factbase import Brief, _gc_paused
from bot.records import EntityData, IndexedData
from bot.text import joined_groups, separated, words
from bot.text import tokens as text_tokens

log = logging.getLogger(__name__)

# Field weights: the statement is what we curated; names and aliases are how people refer to things.
FIELD_BOOSTS = {"statement": 3.0, "names": 2.5, "keywords": 2.0, "entities": 1.5, "quote": 1.2}
FIELDS = list(FIELD_BOOSTS)
# tantivy's SimpleTokenizer (runs of alphanumeric characters), but a number with decimal points is one token ("12.5",
# as `bot.text.words` keeps it: a question's "5" is no word of it); the texts it splits have their thousands
# separators dropped first (`joined_groups`: "6,200" -> "6200"), so a number's digit groups are one token, as in
# `words`. (Rust's regex has no look-around: a digit run with decimals is tried before each single character.) Only
# for a text with a digit group or a decimal (`separated`): tantivy's regex tokenizer took ~40 µs for a shipped fact's
# quote where SimpleTokenizer takes ~6.5 µs, and on other text both give the same tokens.
NUMBER_TOKENS = r"(?:[0-9]+(?:\.[0-9]+)+|[\p{Alphabetic}\p{N}])+"
_ANALYZER = (
    tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
    .filter(tantivy.Filter.lowercase())
    .filter(tantivy.Filter.stemmer("english"))
    .build()
)
_SAFE = re.compile(r"[^0-9a-z ,.]+")  # what a query word may hold (`tokens` splits at the commas and dots)
# The fields other than the statement repeat a few texts across many facts (entity names, keywords, quoted passages),
# so the index holds them already stemmed, each text's stems worked out once (`_stemmed`), and tantivy only splits
# them on spaces ("whitespace"): the terms and counts tantivy's "en_stem" would give, from a fraction of its work.
# en_stem is tantivy's SimpleTokenizer, tokens of 40 bytes or more dropped, lower case, the English stemmer; here a
# text with a digit group or a decimal is split by NUMBER_TOKENS, its groups joined, as `words` splits it.
# The statement is held as its terms too (`statement_terms`): compiling has stemmed its words already, for the saved
# stems, and those are en_stem's terms of an ASCII statement without an apostrophe (perf25: tantivy's writer thread
# spent ~60% of its time stemming statements, ~13 µs a generated fact; joining the stems costs ~1 µs).
_TOKENS = (
    tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
    .filter(tantivy.Filter.remove_long(40))
    .filter(tantivy.Filter.lowercase())
    .build()
)
_NUMBER_TOKENS = (
    tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.regex(NUMBER_TOKENS))
    .filter(tantivy.Filter.remove_long(40))
    .filter(tantivy.Filter.lowercase())
    .build()
)
_STEMMER = tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.raw()).filter(tantivy.Filter.stemmer("english")).build()
TOKENIZERS = dict.fromkeys(FIELDS, "whitespace")
MAX_TOKEN = 40  # en_stem drops a token this long (in bytes) or longer


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    if word.isdigit() and word.isascii():  # figures stem to themselves: most of a large brief's distinct words
        return word
    if "." in word:  # a number with decimals ("12.5", one word of `words`), which SimpleTokenizer would split
        return _token_stem(word)
    tokens = _ANALYZER.analyze(word)
    return tokens[0] if tokens else word


def _single(x: float) -> float:
    """`x` rounded to single precision, as tantivy holds boosts and scores."""
    return float(struct.unpack("f", struct.pack("f", x))[0])


def stems(text: str) -> list[str]:
    return [stem(w) for w in words(text)]


@lru_cache(maxsize=65536)
def _token_stem(token: str) -> str:
    return str(_STEMMER.analyze(token)[0])


def en_stem_terms(text: str) -> str:
    """A field text as en_stem's terms, space-separated (see TOKENIZERS)."""
    if separated(text):
        return " ".join(map(_token_stem, _NUMBER_TOKENS.analyze(joined_groups(text))))
    return " ".join(map(_token_stem, _TOKENS.analyze(text)))


_stemmed = lru_cache(maxsize=4096)(en_stem_terms)  # for the fields other than the statement: facts share their texts


def statement_terms(statement: str, tokens: list[str], stemmed: list[str], stem_of: Callable[[str], str] = stem) -> str:
    """`en_stem_terms` of a statement whose `words` are `tokens`, `stemmed` by `stem`: for an ASCII statement, en_stem's
    tokens are its runs of letters and digits in lower case (a number's digit groups whole, as `words` keeps them:
    see NUMBER_TOKENS), less those of MAX_TOKEN bytes or more, and en_stem's stems theirs. Without an apostrophe
    those runs are its words; with one, `words` drops it ("guild's" -> "guild", "don't" -> "dont") where en_stem
    splits at it ("guild", "s"; "don", "t"): the runs are split again and stemmed by `stem_of` (`stem`, or a
    caller's kept copy of it), still without tantivy's analyzer (perf28: about half of a generated brief's
    statements hold an apostrophe: ~9.9 -> ~7.4 µs for one)."""
    if not statement.isascii():
        return en_stem_terms(statement)
    if "'" in statement:
        tokens = text_tokens(statement.lower())
        stemmed = list(map(stem_of, tokens))
    if max(map(len, tokens), default=0) < MAX_TOKEN:
        return " ".join(stemmed)
    return " ".join([s for token, s in zip(tokens, stemmed, strict=True) if len(token) < MAX_TOKEN])


@dataclass(frozen=True)
class Doc:
    id: str
    is_entity: bool
    fields: dict[str, str]

    @property
    def all_text(self) -> str:
        return " ".join(self.fields.values())


def _entity_names(brief: Brief, ids: Sequence[str]) -> str:
    parts = []
    for ent_id in ids:
        ent = brief.entities.get(ent_id)
        if ent is not None:
            parts.append(ent.name)
            parts.extend(ent.aliases)
    return " ; ".join(parts)


def fact_doc(brief: Brief, fact: IndexedData, names: dict[tuple[str, ...], str] | None = None) -> Doc:
    """A fact's document; `names` keeps entity-name strings already built (facts share their entities)."""
    if names is None:
        entity_names = _entity_names(brief, fact.entities)
    else:
        key = tuple(fact.entities)
        entity_names = names.get(key) or names.setdefault(key, _entity_names(brief, fact.entities))
    return Doc(
        id=fact.id,
        is_entity=False,
        fields={
            "statement": fact.statement,
            "names": "",
            "keywords": " ".join([*fact.keywords, *fact.topics, fact.kind]),
            "entities": entity_names,
            "quote": " ".join(c.quote for c in fact.citations),
        },
    )


def entity_doc(entity: EntityData) -> Doc:
    return Doc(
        id=entity.id,
        is_entity=True,
        fields={
            "statement": entity.description,
            "names": " ; ".join([entity.name, *entity.aliases]),
            "keywords": entity.kind,
            "entities": "",
            "quote": " ".join(c.quote for c in entity.citations),
        },
    )


def _schema(tokenizers: dict[str, str] = TOKENIZERS) -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("id", stored=True, tokenizer_name="raw")
    builder.add_unsigned_field("pos", fast=True, indexed=False)  # the document's place in the brief: breaks ties
    for name in FIELDS:
        # Frequencies, not positions: BM25 needs only how often a term occurs, and a query here is plain words
        # (`search` keeps [0-9a-z ] only), never a phrase. Positions cost a quarter of the indexing time.
        builder.add_text_field(name, stored=False, tokenizer_name=tokenizers[name], index_option="freq")
    return builder.build()


def signature(docs: list[Doc]) -> str:
    digest = hashlib.sha256()
    for doc in docs:
        digest.update(doc.id.encode())
        for name in FIELDS:
            digest.update(b"\x00" + doc.fields[name].encode())
    return digest.hexdigest()[:24]


INDEX_FORMAT = "8"  # part of a saved index's name: bump when the schema or what goes into a document changes
WORDS_FILE = "words.txt"  # the vocabulary's words of letters, sorted
OTHER_FILE = "other-tokens.txt"  # the rest of it (numbers, "7m"), read on first use
# Marks an index whose segments are listed in brief order, each holding its documents in brief order (a compiled
# snapshot's, bot/snapshot/indexing.py): tantivy breaks ties by document address (segment, then document), which is then
# brief order, as in one segment, and `_ties_by_position` is not needed
ORDERED_FILE = "ordered"
# documents and their stem sets kept built: re-ranking reads a question's few hits again and again. Most reuse is
# within one question (at 100,000 facts, 1,000 questions: 256 kept miss 13,672 of 17,427 reads, 1,024 13,277, 4,096
# 9,037); a kept stem set costs ~4.5 KB there (1,024 of them were 4.6 MB of a serving process), a miss ~10-20 µs
# (the saved stems split): 256 keep the reuse within a question
DOC_CACHE = 256
DF_CACHE = 200_000  # stems whose document frequency is kept
SEARCHES_KEPT = 256  # searches whose hits are kept (~6 KB each): a question repeats one, and people repeat questions
SEARCHED_AT = 60  # hits a search of a large index reads at least (`Index.search`): the widest re-ranking asks
# documents from which an index is large: there tantivy's scoring of every matching document is what a search costs
# (100,000 facts: ~54% of answering's instructions); below, the extra hits' objects cost more than the wider searches
# saved (the shipped brief, 234 documents: +0.7% instructions)
WIDE_FROM = 10_000
# A large index's common clauses (perf29). tantivy scores every document holding any clause's term, so a search costs
# its clauses' postings: at 100,000 facts ~116,000 a search, a third of them in clauses whose field holds the word in
# 30% of the documents or more ("immigration" among the facts' entity names, "protest" among their keywords), which
# weigh least (idf). A search first leaves out each clause whose field holds its word in more than COMMON_SHARE of the
# documents and more than COMMON_FLOOR (`Index.common_above`), and falls back to every clause when that finds fewer
# than SEARCHED_AT documents. Tuned on the development set asked of the generated 100,000-fact brief (first-line
# right / refused of 4,861 / 1,161; main 3,853 / 1,050): 10% 3,824 / 1,065, 15% 3,875 / 1,057, 20% 3,858 / 1,057,
# 25% 3,835 / 1,061, 30% 3,841 / 1,053; tantivy's instructions over the benchmark's searches -46% at 15% (callgrind).
# The floor: at 10,000 facts, where a clause costs a tenth as much, 15% alone lost 14 first-line answers and 20% 35, so
# the field must hold the word in more than 10,000 documents too (the 10,000-fact brief answers as before)
COMMON_SHARE = 0.15
COMMON_FLOOR = 10_000
RawHit = tuple[float, tantivy.DocAddress]  # a search hit as tantivy gives it: (score, address)


class Searched:
    """A search's hits as kept (`Index.search`): their scores and their addresses, in two tuples. Kept as tantivy
    gives them, 60 hits were 120 objects the garbage collector tracks (a tuple each, and one more for each served id
    and score) in every kept search; a tuple of floats, or of addresses (which the collector does not track), is
    one, untracked by the first collection that sees it. With the facts' kept features and records, those objects
    filled the young generation between collections (each entry a kept cache drops frees as much as a new one
    allocates, so the collector's count hardly grows) until collections of 10-30 ms, at 100,000 facts, landed on
    whichever question was asked then. (Arrays of scores and of addresses as ints, read through each address's
    two attributes, cost ~2% more instructions a question.)"""

    __slots__ = ("addresses", "scores")

    def __init__(self, hits: list[RawHit]) -> None:
        self.scores: tuple[float, ...] = tuple([score for score, _ in hits])
        self.addresses: tuple[tantivy.DocAddress, ...] = tuple([address for _, address in hits])


# documents whose id is kept by address: reading a hit's stored document for its id cost ~0.7 µs a hit, 12-14 µs a
# search on the shipped brief (one in seven of its CPU); ~200 bytes each, ~3 MB when full
IDS_KEPT = 16_384
MIN_CLIPPED = 4  # letters a clipped word ("exec", "admin") needs before it is read as a brief word
CLIPPED_OFF = 4  # letters at least that it leaves off ("exec" for "executive"; "marc" is not "march")
ABBREVIATED_OFF = 3  # letters at most an abbreviation drops from inside a word ("letr" for "letter")
ADD_BATCH = 1000  # documents handed to tantivy's writer thread at a time
WORD_CLAUSES = 8192  # stems whose query clauses stay built
LENGTH_WINDOWS = 128  # ranges of word lengths whose typo candidates stay listed (two per typed length at most)
WRITER_HEAP = 512_000_000  # a budget, not an allocation: large briefs still index into one segment


def in_sorted(words: mmap.mmap | bytes, word: bytes) -> bool:
    """Whether `word` is one of the space-separated, sorted (UTF-8 byte order, which is code point order) words."""
    lo, hi = 0, len(words)  # both always at the start of a word (or the end)
    while lo < hi:
        mid = (lo + hi) // 2
        start = words.rfind(b" ", lo, mid) + 1 or lo  # the word holding `mid` starts here
        end = words.find(b" ", start)
        end = len(words) if end < 0 else end
        found = words[start:end]
        if found == word:
            return True
        if found < word:
            lo = end + 1
        else:
            hi = start
    return False


def starting_with(words: mmap.mmap | bytes, prefix: bytes) -> Iterator[bytes]:
    """The space-separated, sorted words (as `in_sorted` reads them) that start with `prefix`, in order."""
    lo, hi = 0, len(words)  # as in `in_sorted`; `lo` ends at the first word not before `prefix`
    while lo < hi:
        mid = (lo + hi) // 2
        start = words.rfind(b" ", lo, mid) + 1 or lo
        end = words.find(b" ", start)
        end = len(words) if end < 0 else end
        if words[start:end] < prefix:
            lo = end + 1
        else:
            hi = start
    while lo < len(words):
        end = words.find(b" ", lo)
        end = len(words) if end < 0 else end
        found = words[lo:end]
        if not found.startswith(prefix):
            return
        yield found
        lo = end + 1


def saved_index_dir(brief: Brief, cache_dir: Path) -> Path:
    """Where a brief's index is saved under `cache_dir`: named by the brief's fingerprint and INDEX_FORMAT."""
    key = brief.fingerprint or signature(Index.documents(brief))
    return cache_dir / f"{key}-v{INDEX_FORMAT}"


class Vocabulary:
    """The words of documents' field texts (as `words` splits them): each text but a statement is split once,
    however many documents share it (facts share names, keywords and quoted passages)."""

    def __init__(self) -> None:
        self.words: set[str] = set()
        self._texts: set[str] = set()  # field texts other than statements whose words are in `words` already

    def add(self, doc: Doc) -> list[str]:
        """Add the document's words; its statement's words, for the caller to reuse."""
        statement_words = words(doc.fields["statement"])
        self.words.update(statement_words)
        for name, text in doc.fields.items():
            if name != "statement" and text not in self._texts:
                self._texts.add(text)
                self.words.update(words(text))
        return statement_words


SOUNDED_MIN = 5  # letters of the shortest typo `Index.sounded` reads by its sound


def sound_key(word: str) -> str:
    """The word's Metaphone code (jellyfish's: "renew", "renue": "RN"; "refuse" "RFS", "rebase" "RBS", "revenue"
    "RFN"): how an English word sounds, its vowels and silent letters aside, which a word spelled as heard most often
    gets wrong. Imported on first use: only a typo one edit does not mend reaches it."""
    import jellyfish  # a typo's path only: plain questions never load it

    return str(jellyfish.metaphone(word.lower()))


SKELETON_VOWELS = frozenset("aeiou")


def consonant_skeleton(word: str) -> str:
    """The word's consonant letters in order, its vowels left out: what chat writing keeps of a word when it drops
    the vowels ("grps", "contrct" and "groups", "contract": "grps", "cntrct") or spells them as heard. "y" past the
    first letter is a vowel ("city"), and "w" or "y" after a vowel ends a vowel sound ("renew", "pay"), as English
    spelling uses them; other letters are kept as typed (no sound rules: that is `sound_key`'s Metaphone).

    Compared with jellyfish's nearest key, `match_rating_codex` (the Match Rating Approach, which also drops vowels):
    it keeps a first vowel ("oppose" OPS, here "pps"), folds doubled letters ("letter" LTR, here "lttr"), keeps "y"
    and "w" ("city" CTY, "renew" RNW) and keeps only the first and last three letters of a longer code, so a dropped
    vowel would no longer be all that tells two words apart; `nysiis`, `soundex` and `metaphone` respell by sound.
    None is the letters as typed, which `vowels_dropped` and `respellings` need, so the rule stays here."""
    return "".join(c for c, vowel in zip(word, _vowel_letters(word), strict=True) if not vowel)


def vowels_dropped(typed: str, word: str) -> bool:
    """Whether `typed` is `word` with some of its vowels left out and nothing else changed: its letters are the
    word's, in order, and every letter of the word it lacks is a vowel as `consonant_skeleton` reads one ("grps" of
    "groups", "contrct" of "contract", "protestd" of "protested"). A vowel spelled otherwise is no dropped one: that
    is how a name or another word shares a brief word's consonants ("reined" and "renewed", "moaned" and "monday"),
    which chat typing, dropping vowels, does not make."""
    vowel = _vowel_letters(word)
    at = 0
    for c in typed:
        while at < len(word) and word[at] != c:
            if not vowel[at]:
                return False
            at += 1
        if at == len(word):
            return False
        at += 1
    return all(vowel[at:])


def _vowel_letters(word: str) -> list[bool]:
    """For each of the word's letters, whether `consonant_skeleton` leaves it out as a vowel."""
    marks: list[bool] = []
    for i, c in enumerate(word):
        marks.append(c in SKELETON_VOWELS or (c == "y" and i > 0) or (c == "w" and i > 0 and marks[i - 1]))
    return marks


def word_opening(word: str) -> str:
    """A word's letters up to its first vowel, that vowel included ("re" of "renu", "pro" of "protestd"); its first
    letter when it has none ("g" of "grps"): the part of a word a respelling keeps as typed, for chat shortens or
    respells what follows the first syllable's vowel, rarely the start a reader knows the word by.

    rapidfuzz's `distance.Prefix` (the length of the prefix two words share) was compared: it measures a prefix
    shared, whatever its length, where this is a prefix fixed by the word's own first vowel, so it stays here."""
    for i, c in enumerate(word):
        if c in SKELETON_VOWELS or (c == "y" and i > 0):
            return word[: i + 1]
    return word[:1]


class IndexWriting:
    """An index being written (into `target`, or in memory for None), one document at a time in brief order.

    tantivy's writer thread indexes each added document while the caller goes on, so work done between `add`
    calls (compiling writes the fact rows) runs beside the indexing, on another core when there is one. `finish`
    commits and, with a target, saves the vocabulary beside the index and marks it complete.
    """

    def __init__(self, target: Path | None) -> None:
        self._target = target
        if target is None:
            self.index = tantivy.Index(_schema())
        else:
            shutil.rmtree(target, ignore_errors=True)
            target.mkdir(parents=True, exist_ok=True)
            self.index = tantivy.Index(_schema(), path=str(target))
        # One writer thread: with two, documents land in segments in a different order from build to build (ties
        # are broken by position either way, see `_ties_by_position`, but one segment needs no second fetch).
        self._writer = self.index.writer(heap_size=WRITER_HEAP, num_threads=1)
        self.vocabulary = Vocabulary()
        self.added = 0
        # documents as JSON text, handed over ADD_BATCH at a time: the writer thread then wakes once per batch
        # instead of sleeping and waking for every document
        self._pending: list[str] = []
        import orjson  # building an index only: its import costs a serving process ~10 ms

        self._dumps = orjson.dumps

    def add(self, doc: Doc, pos: int | None = None) -> list[str]:
        """Index `doc` at the next position (or at `pos`: any number, ordered as the brief) and add its words to the
        vocabulary; its statement's words (as `words` splits them) for the caller to reuse."""
        self.index_only(doc, pos)
        return self.vocabulary.add(doc)

    def index_only(self, doc: Doc, pos: int | None = None, *, statement: str | None = None) -> None:
        """Index `doc` as `add` does, its words left out of the vocabulary (the caller adds them). `statement`: the
        statement's terms (`statement_terms`), when the caller has them."""
        fields = doc.fields
        # FIELDS by name, each as its en_stem terms (TOKENIZERS), handed to tantivy as JSON text: building a
        # `tantivy.Document` from them costs this thread about twice as much (perf25: ~17 -> ~10 µs a document).
        # (Every text went through tantivy's analyzers, which refuse what orjson would: a lone surrogate.)
        document = {
            "id": doc.id,
            "pos": self.added if pos is None else pos,
            "statement": en_stem_terms(fields["statement"]) if statement is None else statement,
            "names": _stemmed(fields["names"]),
            "keywords": _stemmed(fields["keywords"]),
            "entities": _stemmed(fields["entities"]),
            "quote": _stemmed(fields["quote"]),
        }
        self._pending.append(self._dumps(document).decode())
        if len(self._pending) >= ADD_BATCH:
            self._flush()
        self.added += 1

    def _flush(self) -> None:
        add = self._writer.add_json
        for document in self._pending:
            add(document)
        self._pending.clear()

    def finish(self) -> tuple[tantivy.Index, list[str], list[str]]:
        """Commit; the index, and the vocabulary's sorted words of letters and sorted other words (numbers…)."""
        self._flush()
        self._writer.commit()
        self._writer.wait_merging_threads()
        self.index.reload()
        vocabulary = self.vocabulary.words
        letters = sorted(w for w in vocabulary if w.isalpha())
        other = sorted(w for w in vocabulary if not w.isalpha())
        if self._target is not None:
            (self._target / WORDS_FILE).write_text(" ".join(letters), encoding="utf-8")
            (self._target / OTHER_FILE).write_text(" ".join(other), encoding="utf-8")
            (self._target / "complete").write_text("ok")
        return self.index, letters, other


class Index:
    """Facts and glossary entries in one BM25 index; ids are unique across both (the brief checks).

    With `cache_dir`, the index and the vocabulary are saved under the brief's fingerprint and reopened as they
    are the next time, without rebuilding any document.
    """

    def __init__(self, brief: Brief, *, cache_dir: Path | None = None) -> None:
        self.brief = brief
        self.size = len(brief.entities) + len(brief.facts)
        self._docs: Recent[str, Doc] = Recent(DOC_CACHE)
        self._doc_stems: Recent[str, AbstractSet[str]] = Recent(DOC_CACHE)
        self._df: Recent[str, int] = Recent(DF_CACHE)  # arbitrary user words must not grow it without bound
        self._target: Path | None = None
        if cache_dir is not None:
            self._target = saved_index_dir(brief, Path(cache_dir))
        # The vocabulary in two parts: words of letters (also the typo candidates, sorted) and the rest, mostly
        # numbers (99% of a large brief's vocabulary), read from the saved index only when a question asks.
        self._other: frozenset[str] | None = None
        self._other_file: mmap.mmap | bytes | None = None
        with _gc_paused():
            self._index, self._vocab_list = self._open_or_build(self._target)
        self._words = frozenset(self._vocab_list)
        self._searcher = self._index.searcher()
        self._ordered = self._target is not None and (self._target / ORDERED_FILE).is_file()
        self._schema = self._index.schema
        self._clauses = lru_cache(maxsize=WORD_CLAUSES)(self._word_clauses)  # a stem's query clauses, built once
        self._lengths = lru_cache(maxsize=LENGTH_WINDOWS)(self._of_lengths)  # typo candidates by length, built once
        self._skeletons: dict[str, tuple[str, ...]] | None = None  # `respellings`' words by skeleton, built once
        # a query's clauses (`_query_words`) -> the limit it was searched with, the hits found (`Searched`) and the
        # ids of as many of them as served yet
        self._searched: Recent[tuple[tuple[str, float], ...], tuple[int, Searched, tuple[str, ...]]]
        self._searched = Recent(SEARCHES_KEPT)
        self.searched_at = SEARCHED_AT if self.size >= WIDE_FROM else 0  # hits a search reads at least
        # documents above which a field holding a word is left out of a search's first try (COMMON_SHARE)
        self.common_above = max(int(COMMON_SHARE * self.size), COMMON_FLOOR)
        self._ids: Recent[int, str] = Recent(IDS_KEPT)  # a document's id by its address (_id_at)

    def all_docs(self) -> list[Doc]:
        """Every document, built afresh and not kept: only the few that reach re-ranking stay cached."""
        return self.documents(self.brief)

    @staticmethod
    def documents(brief: Brief) -> list[Doc]:
        """The brief's documents in index order: glossary entries, then facts, each in brief order."""
        names: dict[tuple[str, ...], str] = {}
        return [entity_doc(e) for e in brief.entities.values()] + [
            fact_doc(brief, f, names) for f in brief.facts.values()
        ]

    def doc(self, doc_id: str) -> Doc:
        found = self._docs.get(doc_id)
        if found is None:
            entity = self.brief.entities.get(doc_id)
            found = entity_doc(entity) if entity is not None else fact_doc(self.brief, self.brief.facts[doc_id])
            self._docs.put(doc_id, found)  # a large brief: memory stays bounded (rebuilt when asked again)
        return found

    # -- building ------------------------------------------------------------------------------------------

    def _open_or_build(self, target: Path | None) -> tuple[tantivy.Index, list[str]]:
        """The index, and the sorted words of letters in the brief's vocabulary (the rest goes to `_other`)."""
        if target is not None and (target / "complete").is_file():
            try:
                index = tantivy.Index.open(str(target))
                if not (target / OTHER_FILE).is_file():
                    raise FileNotFoundError(target / OTHER_FILE)
                return index, (target / WORDS_FILE).read_text(encoding="utf-8").split()
            except Exception:  # a damaged cache is rebuilt, never fatal
                log.warning("saved index at %s is unreadable; rebuilding", target)
        writing = IndexWriting(target)
        for doc in self.all_docs():
            writing.add(doc)
        index, letters, other = writing.finish()
        if target is None:
            self._other = frozenset(other)
        return index, letters

    # -- lookups -------------------------------------------------------------------------------------------

    def knows(self, word: str) -> bool:
        """The word is in the brief's text (as `words` splits it)."""
        if word in self._words:
            return True
        return not word.isalpha() and self._other_known(word)

    def _other_known(self, word: str) -> bool:
        """Whether a word not of letters is in the vocabulary: a set when built in memory; from a saved index, a
        binary search of the saved sorted file, memory-mapped (at 100,000 facts a set of it is ~10 MB)."""
        if self._other is not None:
            return word in self._other
        return in_sorted(self._other_words(), word.encode())

    def _other_words(self) -> mmap.mmap | bytes:
        """The vocabulary's words not of letters, sorted and space-separated: the saved file, memory-mapped on first
        use, or (built in memory) the set's words joined so, once."""
        if self._other_file is None:
            if self._other is not None:  # built in memory: the same words, sorted, as the file would hold them
                self._other_file = " ".join(sorted(self._other)).encode()
            else:
                assert self._target is not None  # built in memory, `_other` is set while building
                with (self._target / OTHER_FILE).open("rb") as fh:
                    empty = os.fstat(fh.fileno()).st_size == 0
                    self._other_file = b"" if empty else mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        return self._other_file

    def leads_a_number(self, digits: str) -> bool:
        """Whether the brief's text has a number whose first digit group is `digits`, its others whole groups of
        three: "120" of "120,000" (the word "120000"), a figure a question may name short of its thousands."""
        return any(
            (rest := found[len(digits) :]).isdigit() and len(rest) % 3 == 0
            for found in starting_with(self._other_words(), digits.encode())
        )

    def doc_freq(self, stem_: str) -> int:
        n = self._df.get(stem_)
        if n is None:
            # the most documents any one field has it in: a lower bound of the true count, exact for "known or not"
            n = self._df.put(stem_, max(int(self._searcher.doc_freq(f, stem_)) for f in FIELDS))
        return n

    def field_doc_freq(self, field: str, stem_: str) -> int:
        """How many documents have the stem in one field (the `entities` field: facts naming an entity)."""
        return int(self._searcher.doc_freq(field, stem_))

    def holding(self, stem_: str) -> list[str]:
        """The ids of every document holding the stem `stem_` in any field, best match first: searched by the stem
        itself (`search` stems the words it is given, and a stem stemmed again may be another), as many as the
        fields' counts summed (an upper bound: a document holding it in two fields is counted twice, where
        `doc_freq`, the most of any one field, is a lower bound that can leave one unread; review 23 #11)."""
        limit = sum(self.field_doc_freq(field, stem_) for field in FIELDS)
        if not limit:
            return []
        return [self._id_at(address) for _, address in self._hits(((stem_, 1.0),), limit)]

    def idf_known(self, stem_: str) -> bool:
        return self.doc_freq(stem_) > 0

    def idf(self, stem_: str) -> float:
        """Inverse document frequency; a stem the brief never uses weighs as much as the rarest one."""
        n = self.doc_freq(stem_)
        return math.log(1 + (self.size - n + 0.5) / (n + 0.5))

    def correct(self, word: str) -> str | None:
        """The closest brief word to a probable typo, or None.

        One edit (a transposition counts as one) for words up to eight letters, two for longer ones: enough for
        "gihtub" or "leadrship", too little to turn "weather" into "whether"; never a brief word that the typed one
        only lengthens by two letters or more ("immigrationos").
        """
        if len(word) < 4 or word.isdigit():
            return None
        from rapidfuzz import process  # imported on the first typo: most questions and commands have none
        from rapidfuzz.distance import OSA

        limit = 1 if len(word) <= 8 else 2
        candidates = self._lengths(len(word) - limit, len(word) + limit)
        found = process.extractOne(word, candidates, scorer=OSA.distance, score_cutoff=limit)
        if found is None or (word.startswith(found[0]) and len(word) - len(found[0]) > 1):
            return None  # "immigrationos" is not "immigration" mistyped: a name made longer, not a slip of a key
        return str(found[0])

    def sounded(self, word: str) -> str | None:
        """The one brief word two edits from a probable typo with its consonants (`sound_key`: "renue" for "renew",
        not "refuse" or "revenue", each two edits off too): a word spelled as heard, which one edit (`correct`) does
        not reach. None when there is no such word or more than one, or for a word under SOUNDED_MIN letters (a short
        word is two edits from too many)."""
        if len(word) < SOUNDED_MIN or not word.isalpha():
            return None
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        key = sound_key(word)
        candidates = self._lengths(len(word) - 2, len(word) + 2)
        found = process.extract(word, candidates, scorer=OSA.distance, score_cutoff=2, limit=None)
        alike = [str(m[0]) for m in found if m[1] == 2 and sound_key(str(m[0])) == key]
        return alike[0] if len(alike) == 1 else None

    def respellings(self, word: str) -> list[str]:
        """The brief's words that `word` may be typed for with some vowels dropped (chat's "grps" for "groups",
        "contrct" for "contract"): those with its consonant skeleton (`consonant_skeleton`) that start as it does
        (`word_opening`) and of which it is the letters with vowels left out (`vowels_dropped`: no vowel spelled
        otherwise, "reined" is no "renewed"), in the vocabulary's order; [] for a word
        under MIN_CLIPPED letters, one not of letters, or one the brief uses as typed. The skeletons are indexed once,
        on the first call: a lookup, not a pass over the vocabulary per word."""
        if len(word) < MIN_CLIPPED or not word.isalpha() or word in self._words:
            return []
        if self._skeletons is None:
            found: dict[str, list[str]] = {}
            for w in self._vocab_list:
                found.setdefault(consonant_skeleton(w), []).append(w)
            self._skeletons = {k: tuple(v) for k, v in found.items()}
        opening = word_opening(word)
        return [
            w
            for w in self._skeletons.get(consonant_skeleton(word), ())
            if w != word and w.startswith(opening) and vowels_dropped(word, w)
        ]

    def _of_lengths(self, shortest: int, longest: int) -> tuple[str, ...]:
        """The vocabulary's words of letters `shortest` to `longest` characters long, in its (sorted) order. An edit
        changes a word's length by one at most, so only these are within `correct`'s reach of a word of the length
        between: the fuzzy search compares it with them alone (about a third of the vocabulary) and finds the same
        first closest word as among all of them."""
        return tuple(w for w in self._vocab_list if shortest <= len(w) <= longest)

    def completion(self, word: str) -> str | None:
        """The brief word a clipped one stands for ("exec" -> "executive", "admin" -> "administration"): the
        shortest of the brief's words that start with it, when they all share one stem and are all at least four
        letters longer; and so for a clipping's plural ("devs" -> "develop", of "developers"; "execs"), as typed
        four letters or more, its "s" none of the word clipped. None for a word under four letters or one the brief
        uses as typed."""
        if len(word) < MIN_CLIPPED or not word.isalpha() or word in self._words:
            return None
        found = self._completed(word)
        if found is None and word.endswith("s") and not word.endswith("ss"):  # ("boss" is no plural)
            found = self._completed(word[:-1])
        return found

    def plural_completion(self, word: str) -> str | None:
        """The brief plural a clipped plural stands for when `completion` finds none because the clipping starts
        words of several stems ("sigs" -> "signatures", though "sign", "signed" start with "sig" too): the words
        whose stem leaves off fewer than CLIPPED_OFF letters are another reading (a typo of "signs"), set aside;
        the others must share one stem, and the shortest of them ending in one "s" is returned. None otherwise
        (for a word under four letters, no plural, or one the brief uses as typed)."""
        clipped = word[:-1]
        if len(word) < MIN_CLIPPED or not word.isalpha() or word in self._words or not word.endswith("s"):
            return None
        vocab = self._vocab_list  # sorted: the words starting with `clipped` stand together
        after = itertools.islice(vocab, bisect.bisect_left(vocab, clipped), None)
        longer = [
            w
            for w in itertools.takewhile(lambda w: w.startswith(clipped), after)
            if len(stem(w)) >= len(clipped) + CLIPPED_OFF
        ]
        plurals = [w for w in longer if w.endswith("s") and not w.endswith("ss")]
        if not plurals or len({stem(w) for w in longer}) > 1:
            return None
        return min(plurals, key=len)

    def _completed(self, word: str) -> str | None:
        """`completion` of a word as it stands (its length checked by the caller)."""
        vocab = self._vocab_list  # sorted: the words starting with `word` stand together
        after = itertools.islice(vocab, bisect.bisect_left(vocab, word), None)
        longer = list(itertools.takewhile(lambda w: w.startswith(word), after))
        if not longer or len({stem(w) for w in longer}) > 1 or min(map(len, longer)) < len(word) + CLIPPED_OFF:
            return None  # "marc" is not "march" clipped: a clipping drops a syllable or more
        return min(longer, key=len)

    def unabbreviated(self, word: str) -> str | None:
        """The brief word a chat abbreviation stands for, made by dropping letters ("letr" -> "letter", "cntrct" ->
        "contract"): the shortest brief words that keep its first and last letter and all of its letters in order,
        with at most ABBREVIATED_OFF letters more, when they share one stem; None otherwise (or for a word under
        four letters)."""
        if len(word) < MIN_CLIPPED or not word.isalpha() or word in self._words:
            return None
        found = [
            w
            for w in self._lengths(len(word) + 1, len(word) + ABBREVIATED_OFF)
            if w[0] == word[0] and w[-1] == word[-1] and _in_order(word, w)
        ]
        if not found:
            return None
        shortest = min(map(len, found))
        found = [w for w in found if len(w) == shortest]
        return found[0] if len({stem(w) for w in found}) == 1 else None

    def prefetch(self, doc_ids: list[str]) -> None:
        """Have a compiled brief read the facts among `doc_ids` whose stems are not kept, in one query."""
        prefetch = getattr(self.brief.facts, "prefetch", None)
        if prefetch is not None:
            prefetch([i for i in doc_ids if i not in self._doc_stems and i not in self.brief.entities])

    def read_rows(self, doc_ids: list[str]) -> None:
        """Have a compiled brief read the rows of the facts among `doc_ids` in one query, whatever is kept of them:
        for a caller about to read their records (`prefetch` leaves out the facts whose stems are kept, which were
        then read one query each). A fact whose record is built already (`FactRows.built`: on a brief whose records
        all stay built, every fact once read) needs no row: a list's ~100 candidates of the shipped brief were read
        again each list question (~0.3 ms), and none when none is left."""
        prefetch = getattr(self.brief.facts, "prefetch", None)
        if prefetch is not None:
            built = getattr(self.brief.facts, "built", None)
            wanted = [i for i in doc_ids if i not in self.brief.entities and not (built is not None and built(i))]
            if wanted:
                prefetch(wanted)

    def doc_stems(self, doc_id: str) -> AbstractSet[str]:
        cached = self._doc_stems.get(doc_id)
        if cached is None:
            saved = getattr(self.brief.facts, "saved_stems", None)  # a compiled brief's, worked out at compile
            if saved is not None and doc_id not in self.brief.entities:
                cached = saved(doc_id)
            if cached is None:
                cached = stem_set(stems(self.doc(doc_id).all_text))
            self._doc_stems.put(doc_id, cached)
        return cached

    def search(
        self, terms: list[str], limit: int = 12, *, weak: frozenset[str] = frozenset(), boost: float = 1.0
    ) -> list[tuple[str, float]]:
        """The best `limit` documents for the words `terms`, as (id, BM25 score); words whose stem is in `weak`
        count `boost` times (a positive factor).

        The query is what tantivy's query parser made of the words (each word a clause per field, weighted by
        FIELD_BOOSTS; a word repeated as it was typed counted once; a word of 40 letters or more dropped, as the
        `en_stem` tokenizer drops it), built directly: parsing cost as much as the search. A field that never
        holds a word's stem gets no clause (it could add no score). A weakened word's clauses carry the boost
        one by one, where the parser nested them under it: the same product of boosts per clause, but one flat
        list of terms lets tantivy skip documents that cannot reach the top (block-WAND), which halved those
        searches at 100,000 facts; the sum then adds in another order, so a score may differ in a float's last
        bits (never seen to reorder hits; see the commit that made the change). A large index leaves out the clauses
        of fields holding a word in most documents when the others find enough (`_hits`, COMMON_SHARE).

        The hits of the last SEARCHES_KEPT queries are kept, by the query's clauses (`_query_words`): the index
        never changes, so the same clauses find the same hits, whatever words or repeats gave them (a question about
        a name or a length searches its words twice). Hits come best first, equal scores in brief order, so a
        search's best `limit` are the first `limit` of any search of the same query with a larger limit (or of one
        that found fewer hits than its limit): those are served from it (at 100,000 facts, 80 of 936 searches of
        the benchmark's questions repeated an earlier, wider one of the same question). So on a large index (WIDE_FROM
        documents) every search reads at least SEARCHED_AT hits: tantivy scores every document matching any clause
        whatever the limit (12 or 60 hits: +3.4% instructions at 100,000 facts), and a question searching again
        wider (a second look, a date question's 60) is served from its first search. The hits are kept by address,
        each looked up by id the first time it is served."""
        query = self._query_words(terms, weak, boost)
        found = self._searched.get(query)
        if found is None or (found[0] < limit and len(found[1].scores) == found[0]):
            wide = max(limit, self.searched_at)
            hits = Searched(self._hits(query, wide))
            served = tuple([self._id_at(address) for address in hits.addresses[:limit]])
            self._searched.put(query, (wide, hits, served))
        else:
            wide, hits, served = found
            if len(served) < limit and len(served) < len(hits.scores):
                served += tuple([self._id_at(address) for address in hits.addresses[len(served) : limit]])
                self._searched.put(query, (wide, hits, served))  # a new entry: threads share the kept one
        return list(zip(served[:limit], hits.scores[:limit], strict=False))

    def _query_words(self, terms: list[str], weak: frozenset[str], boost: float) -> tuple[tuple[str, float], ...]:
        """The query's words as (stem, boost) pairs in clause order: a word as typed once (weakened or not), a word
        of MAX_TOKEN letters or more left out. Two searches with the same pairs build the same query."""
        reweighed = bool(weak) and boost != 1.0  # "word^1.0" is no boost to the parser either
        out: list[tuple[str, float]] = []
        seen: set[tuple[str, bool]] = set()
        for term in terms:
            for word in text_tokens(_SAFE.sub(" ", term)):
                if len(word) >= MAX_TOKEN:
                    continue
                stem_ = stem(word)
                weakened = reweighed and stem_ in weak
                if (word, weakened) not in seen:
                    seen.add((word, weakened))
                    out.append((stem_, boost if weakened else 1.0))
        return tuple(out)

    def _hits(self, query_words: tuple[tuple[str, float], ...], limit: int) -> list[RawHit]:
        """The best `limit` hits of the query as tantivy gives them (score, address), equal scores in brief order.

        A large index's common clauses (a field holding the word in more than `common_above` documents) are left out
        when the others find SEARCHED_AT documents or more (COMMON_SHARE): whatever the limit, so a narrower search of
        the query still gives the first hits of a wider one."""
        clauses = [clause for stem_, factor in query_words for clause in self._clauses(stem_, factor)]
        if not clauses:
            return []
        rare = [(occur, query) for held, occur, query in clauses if held <= self.common_above]
        if rare and len(rare) < len(clauses):
            hits = self._search(rare, max(limit, SEARCHED_AT))
            if len(hits) >= SEARCHED_AT:
                return hits[:limit]
        return self._search([(occur, query) for _, occur, query in clauses], limit)

    def _search(self, clauses: list[tuple[tantivy.Occur, tantivy.Query]], limit: int) -> list[RawHit]:
        """The best `limit` hits of the clauses' query, equal scores in brief order."""
        query = clauses[0][1] if len(clauses) == 1 else tantivy.Query.boolean_query(clauses)
        searcher = self._searcher
        hits = searcher.search(query, limit, count=False).hits
        if searcher.num_segments > 1 and not self._ordered:
            hits = self._ties_by_position(query, hits, limit)
        return hits

    def _id_at(self, address: tantivy.DocAddress) -> str:
        """The id of the document at `address` (the index never changes while open: an address keeps its id)."""
        key = address.segment_ord << 32 | address.doc  # one int: no tuple for the collector to track
        found = self._ids.get(key)
        if found is None:
            found = self._ids.put(key, str(self._searcher.doc(address).get_first("id")))
        return found

    def _word_clauses(self, stem_: str, boost: float) -> tuple[tuple[int, tantivy.Occur, tantivy.Query], ...]:
        """A word's clauses: its stem in each field that holds it, with the field's boost times `boost` (as
        tantivy multiplies nested boosts: in single precision), each after how many documents the field holds it in."""
        searcher, schema = self._searcher, self._schema
        held = [(int(searcher.doc_freq(field, stem_)), field) for field in FIELDS]
        return tuple(
            (
                n,
                tantivy.Occur.Should,
                tantivy.Query.boost_query(
                    tantivy.Query.term_query(schema, field, stem_, index_option="freq"),
                    FIELD_BOOSTS[field] if boost == 1.0 else _single(_single(boost) * _single(FIELD_BOOSTS[field])),
                ),
            )
            for n, field in held
            if n
        )

    def _ties_by_position(
        self, query: tantivy.Query, hits: list[tuple[float, tantivy.DocAddress]], limit: int
    ) -> list[tuple[float, tantivy.DocAddress]]:
        """The best `limit` hits, equal scores in brief order, whatever the segment layout.

        Within one segment tantivy already breaks ties by document address, which is the brief position (one
        writer thread adds documents in order), so only an index of several segments comes here: hits are
        fetched until every one tied with the last place is in, then sorted by (score, position).
        """
        searcher = self._searcher
        fetch = limit
        while hits and len(hits) == fetch and hits[-1][0] == hits[limit - 1][0]:  # the last place may tie further
            fetch *= 4
            hits = searcher.search(query, fetch, count=False).hits
        positions = searcher.fast_field_values("pos", [address for _, address in hits])
        order = sorted(range(len(hits)), key=lambda i: (-hits[i][0], positions[i]))
        return [hits[i] for i in order[:limit]]


def _in_order(short: str, long: str) -> bool:
    """Every letter of `short` in `long`, in the same order (`long` may have others between)."""
    letters = iter(long)
    return all(c in letters for c in short)
