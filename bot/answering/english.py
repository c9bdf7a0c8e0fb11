"""General English, as opposed to the brief's own words: word frequencies and language identification.

- `wordfreq` (its "small" English list: words used at least once per million) says how everyday a word is, so
  that "moving" or "company" never anchor a match the way "KESTREL" or "Lindqvist" do, and so that a real English word
  is never "corrected" into a brief word. Loading it costs ~0.25 s, so the list is read once and saved as a plain
  JSON table next to the saved index when a cache directory is given.
- `py3langid` (a naive Bayes model over byte n-grams, ~0.7 s to load, ~0.1 ms a question) says whether a question
  is in another language. It is loaded only for questions that look foreign to begin with (accented letters, or
  most words neither English nor the brief's), so English questions never pay for it. `lingua-language-detector`
  was measured too: 12 s to load six languages on this machine and "qué es X?" (X a program the brief names)
  detected as French.
  Its packaged model covers 97 languages and takes ~100 MB to load (a 39 MB byte automaton, the full weight table,
  decompression). Compiling saves the same model cut down to LANGUAGES beside the index, as raw arrays: a process
  reads the automaton's entries a question walks from the file, one at a time (the file stays in the system's
  cache, shared by every process serving the snapshot, none of it in the process) and reads the 1.4 MB weight
  table. Same arrays, same arithmetic, same answers; without a saved copy the packaged model is loaded as before.
- `lemminflect` (a lemma dictionary with parts of speech) says which words are only ever verbs ("become", "deleted";
  not "protest" or "contract", which are nouns too) and their lemma, so that the act a question asks about can be
  told from the things it names. Loading it costs ~0.9 s, so compiling saves it as a column of the word table's rows
  (for the table's ~30,000 words); a word outside the table is never taken for a verb.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import os
import sqlite3
import struct
import sys
import threading
import unicodedata
from array import array
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from bot.caches import Recent
from bot.english_tables import (  # built at compile, outside this package (see bot/english_tables.py)
    LANGID,
    TABLE,
    TABLE_DB,
    _build_table,
    _packaged_language_model,
    _read_meta,
    _untracked_rows,
    _verbs,
    plain_word,
)

log = logging.getLogger(__name__)

EVERYDAY_ZIPF = 4.6  # "moving" 5.0, "company" 5.4, "office" 5.1; "petition" 4.3, "lighthouse" 3.55, "subpoena" 3.34
COMMON_ZIPF = 3.0  # a word at least this frequent is English as typed, never a typo to correct
MIN_NEAR = 5  # letters a word needs before near() looks for English words one edit away ("wat" is left alone)
NEAR_LIMIT = 5  # near() candidates kept
NEAR_SHAPES = 16  # near() candidate lists kept (by first letter and length; ~60 KB each)
SEEN_WORDS = 100_000  # saved rows kept read (arbitrary user words must not grow it without bound)
ROWS_READ = 500  # words `read_rows` asks for in one query (SQLite allows 32,766 parameters, older ones 999)
# automaton entries kept once read (~100 bytes each: ~0.8 MB at most); a classification visits ~50, the 79 of the
# benchmark's 1,000 questions ~2,500 distinct ones, a third of their visits to an entry read before
AUTOMATON_KEPT = 8192
_TABLES: dict[str, dict[str, float]] = {}  # tables already read in this process, by directory ("" for none)


class English:
    """Zipf frequencies (log10 of uses per billion words) of English words; 0 for words not in the list."""

    def __init__(self, cache_dir: Path | None = None) -> None:
        self._cache_dir = cache_dir
        self._zipf: dict[str, float] | None = None
        self._langid: Any = None
        self._weights: _SavedWeights | Literal[False] | None = None  # `foreign`'s model: False when there is none
        self._db: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self._seen: Recent[str, tuple[float, str | None]] = Recent(SEEN_WORDS)  # saved rows read: Zipf, verb lemma
        self._by_letter: dict[str, dict[str, float]] | None = None  # near() without saved rows: words by letter
        # near()'s candidates by first letter and lengths, kept for the next typo of that shape (a few hundred words)
        self._starting = lru_cache(maxsize=NEAR_SHAPES)(self._read_starting)

    def _load(self) -> dict[str, float]:
        path = self._cache_dir / TABLE if self._cache_dir is not None else None
        if path is not None and path.is_file():
            try:
                data: dict[str, float] = json.loads(path.read_text(encoding="utf-8"))
                return data
            except (OSError, ValueError):
                log.warning("saved word table %s is unreadable; rebuilding", path)
        table = _build_table()
        if path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(json.dumps(table, separators=(",", ":")), encoding="utf-8")
            except OSError:
                log.warning("could not save the word table to %s", path)
        return table

    def load(self) -> dict[str, float]:
        """The table, read (or built from wordfreq and saved) on first use; once per process and directory."""
        if self._zipf is None:
            key = str(self._cache_dir) if self._cache_dir is not None else ""
            table = _TABLES.get(key)
            if table is None:
                table = _TABLES[key] = self._load()
            self._zipf = table
        return self._zipf

    @property
    def table(self) -> dict[str, float]:
        return self.load()

    def zipf(self, word: str) -> float:
        """From the table in memory once loaded; else, in a snapshot, from its rows, one word at a time (loading
        all 30,000 words cost each process ~15 ms and ~4 MB for the dozen a question asks about)."""
        row = self._row(word)
        return self.table.get(word, 0.0) if row is None else row[0]

    def verb(self, word: str) -> str | None:
        """The lemma of a word that is only ever a verb ("deleted" -> "delete"; None for "protest", which is a noun
        too, and for a word outside the table), from lemminflect's dictionary."""
        row = self._row(word)
        if row is not None:
            return row[1]
        return _verbs(self.table).get(word)

    @staticmethod
    def lemmas(word: str) -> dict[str, tuple[str, ...]]:
        """lemminflect's lemmas of `word` by part of speech ("work": {"NOUN": ("work",), "VERB": ("work",)}; {} for
        a word it lacks), for any word, in the table or not. lemminflect is imported on first use: loading its
        tables takes a moment, and most questions need none."""
        from lemminflect import getAllLemmas

        lemmas: dict[str, tuple[str, ...]] = getAllLemmas(word)
        return lemmas

    @staticmethod
    def noun_forms(word: str) -> frozenset[str]:
        """The noun `word` as typed, its lemma and its plurals, as lemminflect inflects them ("directors": director,
        directors; a word it lacks, itself alone). Imported on first use, as `lemmas`."""
        from lemminflect import getInflection

        lemma = next(iter(English.lemmas(word).get("NOUN", ())), word)
        return frozenset({word, lemma, *getInflection(lemma, "NNS")})

    @staticmethod
    def may_be(word: str, part: str) -> bool:
        """lemminflect knows `word` as the part of speech `part` ("VERB", "NOUN", "ADJ"), of other parts too ("work"
        may be a verb and a noun): unlike `verb`, which keeps the words that are only ever verbs."""
        return part in English.lemmas(word)

    def _open(self) -> sqlite3.Connection | None:
        """The saved rows, opened on first use; None when there are none (or the table is in memory)."""
        if self._zipf is None and self._db is None and self._cache_dir is not None:
            rows = self._cache_dir / TABLE_DB
            if rows.is_file():
                db = sqlite3.connect(f"file:{rows}?mode=ro&immutable=1", uri=True, check_same_thread=False)
                try:  # a damaged cache file answers nothing: the table in memory (wordfreq's) does instead
                    db.execute("SELECT zipf, verb FROM words LIMIT 1").fetchall()
                    db.execute("SELECT words FROM near LIMIT 1").fetchall()
                    db.execute("SELECT centizipf FROM rare LIMIT 1").fetchall()
                except sqlite3.DatabaseError as exc:
                    db.close()
                    log.warning("saved word rows %s are unreadable (%s); using the word table instead", rows, exc)
                    self._zipf = self.load()
                    return None
                self._db = db
        return self._db

    def read_rows(self, words: Iterable[str]) -> None:
        """Read the saved rows of those of `words` not read yet, ROWS_READ at a time, and keep them as `_row` keeps
        one (a statement's ~20 words were ~20 queries of ~10 µs each; one query reads them all)."""
        db = self._open()
        if db is None:
            return
        todo = [w for w in dict.fromkeys(words) if w not in self._seen]
        for start in range(0, len(todo), ROWS_READ):
            batch = todo[start : start + ROWS_READ]
            query = f"SELECT word, zipf, verb FROM words WHERE word IN ({','.join('?' * len(batch))})"
            with self._lock:
                found = {word: (float(zipf), verb) for word, zipf, verb in db.execute(query, batch)}
            for word in batch:
                if word not in self._seen:
                    self._seen.put(word, found.get(word, (0.0, None)))

    def _row(self, word: str) -> tuple[float, str | None] | None:
        """The word's saved row (Zipf 0 and no verb when absent), or None when there are no saved rows."""
        db = self._db if self._db is not None else self._open()
        if db is None:
            return None
        found = self._seen.get(word)
        if found is None:
            with self._lock:
                row = db.execute("SELECT zipf, verb FROM words WHERE word = ?", (word,)).fetchone()
            found = self._seen.put(word, (float(row[0]), row[1]) if row is not None else (0.0, None))
        return found

    def near(self, word: str) -> list[str]:
        """English words one edit from `word` (a transposition counts as one: "floodign" -> "flooding"), with its
        first letter and a length within one of it, the most used first; [] for a word under five letters. Read
        from the saved rows when there are any (one row of candidates, not the whole table in memory)."""
        if len(word) < MIN_NEAR or not word.isalpha():
            return []
        from rapidfuzz import process  # imported on the first typo: most questions have none
        from rapidfuzz.distance import OSA

        choices = self._starting(word[0], len(word))
        found = process.extract(word, choices, scorer=OSA.distance, score_cutoff=1, limit=NEAR_LIMIT)
        # the candidates are the most used first; rapidfuzz keeps that order among equal distances
        return [str(m[0]) for m in sorted(found, key=lambda m: (m[1], m[2])) if m[0] != word]

    def _read_starting(self, letter: str, length: int) -> tuple[str, ...]:
        """The table's words that start with `letter` and are `length` letters long give or take one, letters
        only, the most used first: the candidates for a typo of that shape."""
        self._row(letter)  # opens the saved rows, if any
        if self._db is not None and self._zipf is None:
            # one string saved at compile (`_write_rows`): reading the letter's rows and sorting them cost ~1-3 ms
            with self._lock:
                saved = self._db.execute(
                    "SELECT words FROM near WHERE letter = ? AND length = ?", (letter, length)
                ).fetchone()
            return tuple(str(saved[0]).split()) if saved is not None else ()
        else:
            shortest, longest = length - 1, length + 1
            if self._by_letter is None:  # the table is in memory: grouped once by first letter
                grouped: dict[str, dict[str, float]] = {}
                for w, z in self.table.items():
                    if w.isalpha():
                        grouped.setdefault(w[0], {})[w] = z
                self._by_letter = grouped
            found = [(w, z) for w, z in self._by_letter.get(letter, {}).items() if shortest <= len(w) <= longest]
        return tuple(w for w, _ in sorted(found, key=lambda f: (-f[1], f[0])))

    def everyday(self, word: str) -> bool:
        return self.zipf(word) >= EVERYDAY_ZIPF

    def rare_zipf(self, word: str) -> float:
        """The word's Zipf frequency in wordfreq's full ("large") English list, which goes down to Zipf 1: names and
        rare words the table (its "small" list, from Zipf 3) lacks have one ("saito" 2.8, "reyna" 2.5), and so have
        chat's commonest misspellings ("grps" 1.4). A plain word (ASCII letters and digits in lower case, `plain_word`)
        is read from the saved rows when there are any (compiled from the list, `rare_centizipf`); any other word, or
        with no saved rows, from wordfreq, whose list is loaded on first use (~0.4 s, once per process)."""
        db = self._db if self._db is not None else self._open()
        if db is not None and plain_word(word):
            with self._lock:
                row = db.execute("SELECT centizipf FROM rare WHERE word = ?", (word,)).fetchone()
            return row[0] / 100 if row is not None else 0.0
        import wordfreq

        return float(wordfreq.zipf_frequency(word, "en", wordlist="large"))

    def common(self, word: str) -> bool:
        return self.zipf(word) >= COMMON_ZIPF

    def foreign(self, text: str, sure: float) -> bool:
        """Whether the likeliest of a few European languages is not English, with a probability of at least `sure`
        (> 0): `language`'s decision, made from the snapshot's saved model without loading numpy when its margin
        allows (`_SavedWeights`), else by `language` itself."""
        self.read_weights()
        if self._weights:
            decided = self._weights.foreign(text, sure)
            if decided is not None:
                return decided
        lang, prob = self.language(text)
        return lang != "en" and prob >= sure

    def read_weights(self) -> None:
        """Read `foreign`'s saved model (`_SavedWeights`: plain arrays, ~4 MB, no numpy) unless read already or there
        is none: on the first question that looks foreign, or at start-up (`Answerer.warm`), where its ~10 ms of
        reading would otherwise land on that one question."""
        if self._weights is None and self._cache_dir is not None:
            self._weights = _SavedWeights.read(self._cache_dir / LANGID) or False

    def language(self, text: str) -> tuple[str, float]:
        """The likeliest of a few European languages, with its probability."""
        if self._langid is None:
            saved = _read_language_model(self._cache_dir / LANGID) if self._cache_dir is not None else None
            self._langid = saved if saved is not None else _packaged_language_model()
        lang, prob = self._langid.classify(text)
        return str(lang), float(prob)


class _FileArray:
    """A saved array of numbers (native byte order), each read from the file when indexed, one `pread` apiece.

    The automaton a classification walks is 39 MB, and a question visits a few dozen scattered entries of it.
    Memory-mapped, each visit mapped the file's cached pages around it into the process (the kernel maps whole
    large folios: ~360 KB a visit, ~5 MB for one question, 23-29 MB after a thousand questions); read this way,
    the process holds none of it, for ~2 µs a visit (~0.1 ms more per classified question). The first AUTOMATON_KEPT
    entries read are kept (a dict of ints, which the garbage collector never walks): English questions walk the
    same common n-grams, and a visit to a kept entry costs no read."""

    __slots__ = ("_fd", "_kept", "_signed", "_size")

    def __init__(self, path: Path, typecode: str) -> None:
        self._size = array(typecode).itemsize
        self._signed = typecode.islower()  # array's signed typecodes are the lower-case ones
        self._fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        self._kept: dict[int, int] = {}

    def __getitem__(self, index: int) -> int:
        found = self._kept.get(index)
        if found is None:
            size = self._size
            found = int.from_bytes(os.pread(self._fd, size, index * size), sys.byteorder, signed=self._signed)
            if len(self._kept) < AUTOMATON_KEPT:
                self._kept[index] = found
        return found

    def __del__(self) -> None:
        with contextlib.suppress(OSError, AttributeError):
            os.close(self._fd)


def _read_language_model(directory: Path) -> Any:
    """py3langid's identifier over the saved arrays (the automaton read from its file as walked); None when absent
    or unusable."""
    meta = _read_meta(directory)
    if meta is None:
        return None
    try:
        import numpy as np
        from py3langid.langid import LanguageIdentifier

        nextmove = _FileArray(directory / "nextmove.bin", meta["nextmove"])
        row = array(meta["row"], (directory / "row.bin").read_bytes())
        output = array("i", (directory / "output.bin").read_bytes())
        ptc = np.load(directory / "ptc.npy", allow_pickle=False)
        pc = np.load(directory / "pc.npy", allow_pickle=False)
        identifier = LanguageIdentifier(ptc, pc, list(meta["classes"]), nextmove, output, norm_probs=True, tk_row=row)
        return _untracked_rows(identifier)
    except (OSError, ValueError, TypeError):
        log.warning("saved language model %s is unreadable; loading the packaged one", directory, exc_info=True)
        return None


UNIT = 2.0**-24  # single precision's unit roundoff: py3langid scores in float32


class _SavedWeights:
    """The saved language model's arithmetic in plain Python (no numpy: importing it and the model's arrays held
    ~12 MB of a serving process at 100,000 facts, the most of any one step), for `English.foreign`.

    py3langid's float32 sums run in an order of BLAS's choosing, so these scores (in double precision) may differ
    from its own in the last bits (up to ~3e-6 in a probability was seen). With each score goes a bound on that
    difference, worked out from the summands (a float32 sum of k terms is off by at most (k + 1) units of roundoff
    times the sum of their magnitudes; an input rounded, a scaling, an exponential and a division add a few more
    units): a decision is made here only when the likeliest language leads the next by more than twice the bound,
    and its probability is farther than the bound from the threshold; otherwise (never seen on the development or
    benchmark questions) `foreign` returns None and the caller asks py3langid itself. The decision is then the
    same as py3langid's: the same automaton walk and the same features, only the rounding differs."""

    __slots__ = ("_classes", "_nextmove", "_output", "_pc", "_ptc", "_row_format", "_rowbase")

    def __init__(self, directory: Path, meta: dict[str, Any]) -> None:
        self._classes: list[str] = list(meta["classes"])
        self._nextmove = _FileArray(directory / "nextmove.bin", meta["nextmove"])
        self._rowbase = array("q", (r << 8 for r in array(meta["row"], (directory / "row.bin").read_bytes())))
        self._output = array("i", (directory / "output.bin").read_bytes())
        ptc, ptc_shape, ptc_type = _npy(directory / "ptc.npy")
        pc, pc_shape, pc_type = _npy(directory / "pc.npy")
        n = len(self._classes)
        if len(set(self._classes)) != n:  # py3langid folds a label listed twice into one: not done here
            raise ValueError(f"a language listed twice in {directory}")
        if ptc_shape[1:] != (n,) or pc_shape != (n,) or ptc_type not in _NPY_TYPES or pc_type not in _NPY_TYPES:
            raise ValueError(f"unexpected arrays in {directory}")
        self._ptc = ptc
        self._row_format = struct.Struct(f"<{n}{_NPY_TYPES[ptc_type]}")
        self._pc: tuple[float, ...] = struct.unpack(f"<{n}{_NPY_TYPES[pc_type]}", pc)

    @classmethod
    def read(cls, directory: Path) -> _SavedWeights | None:
        meta = _read_meta(directory)
        if meta is None:
            return None
        try:
            return cls(directory, meta)
        except (OSError, ValueError, TypeError, KeyError, struct.error):
            log.warning("saved language model %s is unreadable for plain scoring", directory, exc_info=True)
            return None

    def foreign(self, text: str, sure: float) -> bool | None:
        """`English.foreign`'s decision, or None when the scores are too close to call here (see the class)."""
        if text.isupper():  # as py3langid's `_encode` prepares a text
            text = text.lower()
        data = unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass")
        nextmove, rowbase, output = self._nextmove, self._rowbase, self._output
        state, found = 0, []
        for letter in data:
            state = nextmove[rowbase[state] + letter]
            feature = output[state]
            if feature >= 0:
                found.append(feature)
        n = len(self._classes)
        if not found:  # py3langid: every probability 1/n, the first class "likeliest"
            return None if abs(1 / n - sure) < 1e-6 else self._classes[0] != "en" and 1 / n >= sure
        raw, size = list(self._pc), [abs(p) for p in self._pc]
        unpack, ptc, width = self._row_format.unpack_from, self._ptc, self._row_format.size
        visits = Counter(found)
        for feature, count in visits.items():
            weight = math.log1p(count)
            row = unpack(ptc, feature * width)
            for c in range(n):
                raw[c] += weight * row[c]
                size[c] += abs(weight * row[c])
        scale = 1.0 / math.sqrt(len(data))
        scores = [r * scale for r in raw]
        top = max(range(n), key=scores.__getitem__)
        # how far py3langid's float32 score may be from this one (and the scaling and exponentials after it)
        bound = max(((len(visits) + 4) * size[c] + 2 * abs(raw[c])) * UNIT * scale for c in range(n)) + 32 * UNIT
        lead = min(scores[top] - scores[c] for c in range(n) if c != top) if n > 1 else math.inf
        if lead <= 4 * bound:
            return None
        if self._classes[top] == "en":
            return False
        log_prob = -math.log(sum(math.exp(s - scores[top]) for s in scores))
        if abs(log_prob - math.log(sure)) <= 2 * bound:
            return None
        return log_prob >= math.log(sure)


_NPY_TYPES = {"<f2": "e", "<f4": "f", "<f8": "d"}


def _npy(path: Path) -> tuple[bytes, tuple[int, ...], str]:
    """A saved .npy array (C order) as its raw bytes, shape and type, read without numpy."""
    import ast

    raw = path.read_bytes()
    if raw[:6] != b"\x93NUMPY":
        raise ValueError(f"{path} is no .npy file")
    width = 2 if raw[6] == 1 else 4
    length = int.from_bytes(raw[8 : 8 + width], "little")
    header = ast.literal_eval(raw[8 + width : 8 + width + length].decode("latin1"))
    if header["fortran_order"]:
        raise ValueError(f"{path} is in Fortran order")
    return raw[8 + width + length :], tuple(header["shape"]), str(header["descr"])
