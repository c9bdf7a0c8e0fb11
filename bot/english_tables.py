"""The English word table and cut-down language model a snapshot holds beside its saved index: built once per cache
directory at compile (`save_word_table`, `save_language_model`) and read by answering (bot/answering/english.py,
which says what they are). Kept outside the answering package so that compiling does not import it (perf23: its
import cost a compile ~0.3 s, ~0.3 s of a 100,000-fact compile's wall time on the first process's last stretch).
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from array import array
from itertools import pairwise
from pathlib import Path
from typing import Any

LANGUAGES = ["en", "es", "fr", "de", "pt", "it", "nl"]
TABLE = "english-v1.json"  # word -> Zipf, shared by the compiles of one cache directory
# the table as rows with each verb's lemma, and wordfreq's full list's Zipf of each word (`rare`), in a snapshot: read
# word by word
TABLE_DB = "english-v5.sqlite"
LANGID = "langid-v1"  # the cut-down language model: a directory beside the saved index
_LANGID_FILES = ("meta.json", "ptc.npy", "pc.npy", "nextmove.bin", "row.bin", "output.bin")
# Idiomatic phrasal verbs, whose sense is not their verb's ("put out" a report is no putting; "hand over" is a
# handing, so it is not here), each with the one-word verbs it stands for, most usual sense first: a question's
# phrase is read as the first of them that a brief uses ("who put out the report": who released it). Each line:
# the verb's forms | its particle | the verbs meant (bare: the index matches them by stem). By hand: neither
# lemminflect nor wordfreq knows what a phrasal verb means.
_PHRASAL = """
put puts putting | out | release publish issue
turn turns turned turning | down | reject refuse decline
call calls called calling | off | cancel
carry carries carried carrying | out | conduct perform
find finds found finding | out | learn discover
shut shuts shutting | down | close
step steps stepped stepping | down | resign
pull pulls pulled pulling | out | withdraw
back backs backed backing | out | withdraw
drop drops dropped dropping | out | withdraw
drop drops dropped dropping | off | deliver
put puts putting | off | postpone delay
put puts putting | forward | propose
lay lays laid laying | off | dismiss fire
point points pointed pointing | out | note
lay lays laid laying | out | outline describe detail
sign signs signed signing | up | join register
look looks looked looking | into | investigate examine
reach reaches reached reaching | out | contact
get gets got getting | back | respond reply
set sets setting | up | establish create organize
bake bakes baked baking | in | integrate build
bake bakes baked baking | into | integrate build
kick kicks kicked kicking | in | start begin
take takes took taken taking | over | occupy seize acquire
take takes took taken taking | place | happen occur
kick kicks kicked kicking | off | start begin launch
re | up | renew extend
"""
# ("put", "out") -> (("put", "puts", "putting"), ("release", "publish", "issue")): for each form of the verb, all
# its forms (to find the phrase in a brief's own text) and the verbs it stands for
PHRASAL_VERBS: dict[tuple[str, str], tuple[tuple[str, ...], tuple[str, ...]]] = {
    (form, particle): (tuple(forms.split()), tuple(meant.split()))
    for forms, particle, meant in ((part.strip() for part in line.split("|")) for line in _PHRASAL.strip().splitlines())
    for form in forms.split()
}

# Each verb's forms as lemminflect inflects it (its first spelling of each; FORM_TAGS): the tables below take a verb's
# forms from here, none typed again beside its reading. tests/test_english_tables.py checks every row against
# lemminflect, which is not imported here: its tables cost a process ~0.5 s, and every question is read with these.
FORM_TAGS = ("VB", "VBZ", "VBD", "VBG", "VBN")  # base, -s, past, -ing, participle
_FORMS = """
keep keeps kept keeping kept
end ends ended ending ended
wind winds wound winding wound
say says said saying said
criticize criticizes criticized criticizing criticized
make makes made making made
stick sticks stuck sticking stuck
hold holds held holding held
hang hangs hung hanging hung
dunk dunks dunked dunking dunked
rag rags ragged ragging ragged
hate hates hated hating hated
crap craps crapped crapping crapped
rip rips ripped ripping ripped
lay lays laid laying laid
tear tears tore tearing torn
voice voices voiced voicing voiced
air airs aired airing aired
express expresses expressed expressing expressed
raise raises raised raising raised
describe describes described describing described
reveal reveals revealed revealing revealed
publish publishes published publishing published
print prints printed printing printed
post posts posted posting posted
run runs ran running run
appear appears appeared appearing appeared
report reports reported reporting reported
"""
VERB_FORMS: dict[str, tuple[str, ...]] = {row.split()[0]: tuple(row.split()) for row in _FORMS.strip().splitlines()}


def forms_of(verb: str, *tags: str) -> tuple[str, ...]:
    """The verb's distinct forms (VERB_FORMS), in FORM_TAGS order: "stick sticks stuck sticking"; only those of
    `tags` when some are given (FORM_TAGS' names: "VB", "VBD" gives "run ran")."""
    forms = zip(VERB_FORMS[verb], FORM_TAGS, strict=True)
    return tuple(dict.fromkeys(form for form, tag in forms if not tags or tag in tags))


# Each noun's forms as lemminflect inflects it (its first spelling of each; NOUN_TAGS), checked against lemminflect
# by tests/test_english_tables.py as VERB_FORMS is, and for the same reason not imported here.
NOUN_TAGS = ("NN", "NNS")  # singular, plural
_NOUN_FORMS = """
comment comments
statement statements
response responses
reply replies
remark remarks
interview interviews
take takes
view views
viewpoint viewpoints
opinion opinions
thought thoughts
stance stances
perspective perspectives
position positions
attitude attitudes
feeling feelings
belief beliefs
"""
NOUN_FORMS: dict[str, tuple[str, ...]] = {
    row.split()[0]: tuple(row.split()) for row in _NOUN_FORMS.strip().splitlines()
}


def nouns_of(*nouns: str) -> frozenset[str]:
    """The nouns' forms (NOUN_FORMS), singular and plural: "comment comments reply replies"."""
    return frozenset(form for noun in nouns for form in NOUN_FORMS[noun])


# Phrasal verbs read as the same form of another verb, the particle dropped, where `_PHRASAL`'s stand for a bare verb
# the index finds by stem (general English): keeping on with something ("sticking with the guild", "hang on to the
# lease"), criticizing (slang: "dunking on", "ripped into"), and giving voice to what is said before a noun of it
# ("voicing their objections", "aired concerns": no particle, bot/answering/normalize.py reads the noun). Each line:
# the verb (its forms: VERB_FORMS) | its particles, ", " between alternatives | the verb it is read as.
_READINGS = """
stick | with, by, to | keep
hold | on to, onto | keep
hang | on to, onto | keep
dunk | on | criticize
rag | on | criticize
hate | on | criticize
crap | on | criticize
rip | into | criticize
lay | into | criticize
tear | into | criticize
voice | | say
air | | say
express | | say
raise | | say
"""
READINGS: tuple[tuple[str, tuple[str, ...], str], ...] = tuple(
    (verb, tuple(p.strip() for p in particles.split(",") if p.strip()), meant)
    for verb, particles, meant in ((part.strip() for part in row.split("|")) for row in _READINGS.strip().splitlines())
)


def read_as(meant: str) -> dict[tuple[str, str], str]:
    """(form, particle) -> the form of `meant` in the same place (FORM_TAGS), for each verb READINGS reads as
    `meant`: ("stuck", "with") -> "kept"; the particle "" for a verb read alone ("voiced" -> "said")."""
    read: dict[tuple[str, str], str] = {}
    for verb, particles, reading in READINGS:
        if reading == meant:
            for form, as_meant in zip(VERB_FORMS[verb], VERB_FORMS[meant], strict=True):
                for particle in particles or ("",):
                    read.setdefault((form, particle), as_meant)
    return read


# a phrasal verb of keeping on with something, each verb's forms (as a regular expression's words) with its
# particles (as one: "on\s+to|onto")
KEEPING_VERBS = {
    " ".join(forms_of(verb)): "|".join(r"\s+".join(p.split()) for p in particles)
    for verb, particles, meant in READINGS
    if meant == "keep"
}
KEEPING_PHRASALS = {form: kept for (form, _), kept in read_as("keep").items()}  # "stuck" -> "kept"
CRITICIZING_PHRASALS = read_as("criticize")  # ("ripped", "into") -> "criticized"
VOICING_PHRASALS = {form: said for (form, _), said in read_as("say").items()}  # "voiced" -> "said"

_MADE: dict[str, Path] = {}  # what this process already built ("table", "langid"): linked from there, not rebuilt
_VERBS: dict[str, str] = {}  # verb-only word -> lemma, worked out once in this process (compiling, or no saved rows)
_RARE: dict[str, int] = {}  # word -> centi-Zipf in wordfreq's full list, worked out once in this process (compiling)


def _build_table() -> dict[str, float]:
    import wordfreq

    return {
        w: round(math.log10(f * 1e9), 2)
        for w, f in wordfreq.get_frequency_dict("en", wordlist="small").items()
        if w.isascii() and w.isalpha()
    }


def plain_word(word: str) -> bool:
    """Whether `word` is ASCII letters and digits in lower case, no two digits in a row ("tto", "july1", not "2018"):
    wordfreq reads such a word as its own one token, its digits unchanged (a run of digits is read as zeros and
    weighed apart), so its Zipf frequency is its list entry's."""
    return (
        word.isascii()
        and word.isalnum()
        and word == word.lower()
        and not any(a.isdigit() and b.isdigit() for a, b in pairwise(word))
    )


def rare_centizipf() -> dict[str, int]:
    """Each plain word (`plain_word`) of wordfreq's full ("large") English list, with its Zipf frequency in hundredths,
    as `wordfreq.zipf_frequency(word, "en", wordlist="large")` gives it: its frequency rounded to three significant
    digits and its Zipf to two decimals (the same arithmetic; a test compares them). ~290,000 words; once per
    process (loading the list costs ~0.3-0.5 s)."""
    if not _RARE:
        import wordfreq

        for w, f in wordfreq.get_frequency_dict("en", wordlist="large").items():
            if plain_word(w):
                rounded = round(f, math.floor(-math.log(f, 10)) + 3)
                _RARE[w] = round(round(math.log(rounded, 10) + 9, 2) * 100)
    return _RARE


def _verbs(table: dict[str, float]) -> dict[str, str]:
    """_build_verbs, once per process (~1.8 s: loading lemminflect and looking up ~28,000 words)."""
    if not _VERBS:
        _VERBS.update(_build_verbs(table))
    return _VERBS


def _build_verbs(table: dict[str, float]) -> dict[str, str]:
    """The table's words that lemminflect knows only as verbs, with their lemma."""
    import lemminflect

    verbs: dict[str, str] = {}
    for w in table:
        lemmas = lemminflect.getAllLemmas(w)
        if lemmas and lemmas.keys() == {"VERB"}:
            verbs[w] = lemmas["VERB"][0]
    return verbs


def save_word_table(target: Path, shared: Path) -> None:
    """Write the word table into `target` (a snapshot's index directory), linked from `shared`, where it is built
    once per cache directory: importing wordfreq and building the table costs ~0.3-2 s per compile otherwise."""
    if not _usable_table(shared):
        shared.parent.mkdir(parents=True, exist_ok=True)
        scratch = shared.with_name(f"{shared.name}.{os.getpid()}.tmp")
        earlier = _MADE.get("table")
        if earlier is not None and earlier != shared and _usable_table(earlier):
            shutil.copyfile(earlier, scratch)
        else:
            scratch.write_text(json.dumps(_build_table(), separators=(",", ":")), encoding="utf-8")
        os.replace(scratch, shared)
        _MADE["table"] = shared
    rows = shared.with_name(f".{TABLE_DB}")  # a new TABLE_DB name (another column) is rebuilt, not an old file read
    stale = not rows.is_file() or rows.stat().st_mtime_ns < shared.stat().st_mtime_ns
    if stale or not _usable_rows(rows):  # a damaged file is written anew, not linked into every snapshot again
        earlier = _rows_written_from(shared)
        if earlier is not None and earlier != rows:  # copied: writing the ~290,000 rows of `rare` takes ~1 s
            scratch = rows.with_name(f"{rows.name}.{os.getpid()}.tmp")
            shutil.copyfile(earlier, scratch)
            os.replace(scratch, rows)
        else:
            _write_rows(json.loads(shared.read_text(encoding="utf-8")), rows)
        _MADE["rows"], _MADE["rows table"] = rows, shared
    target.mkdir(parents=True, exist_ok=True)
    _link_or_copy(rows, target / TABLE_DB)


def _rows_written_from(shared: Path) -> Path | None:
    """The rows file this process last wrote (for another cache directory), when it is whole and was written from a
    table of the same bytes as `shared`; else None."""
    rows, table = _MADE.get("rows"), _MADE.get("rows table")
    if rows is None or table is None or not _usable_rows(rows):
        return None
    try:
        return rows if table.read_bytes() == shared.read_bytes() else None
    except OSError:
        return None


def _write_rows(table: dict[str, float], path: Path) -> None:
    scratch = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    scratch.unlink(missing_ok=True)
    db = sqlite3.connect(scratch)
    try:
        verbs = _verbs(table)
        db.execute("CREATE TABLE words (word TEXT PRIMARY KEY, zipf REAL NOT NULL, verb TEXT) WITHOUT ROWID")
        db.executemany("INSERT INTO words VALUES (?, ?, ?)", ((w, z, verbs.get(w)) for w, z in sorted(table.items())))
        # near()'s candidates for a typo of each shape: the words of letters with its first letter and its length
        # give or take one, the most used first, space-separated (each word in three rows)
        shapes: dict[tuple[str, int], list[str]] = {}
        for w, _ in sorted(table.items(), key=lambda item: (-item[1], item[0])):
            if w.isalpha():
                for length in (len(w) - 1, len(w), len(w) + 1):
                    shapes.setdefault((w[0], length), []).append(w)
        db.execute("CREATE TABLE near (letter TEXT, length INTEGER, words TEXT NOT NULL, PRIMARY KEY (letter, length))")
        db.executemany("INSERT INTO near VALUES (?, ?, ?)", ((c, n, " ".join(ws)) for (c, n), ws in shapes.items()))
        # English.rare_zipf's words: loading wordfreq's full list cost the first question asking for one ~0.4 s
        db.execute("CREATE TABLE rare (word TEXT PRIMARY KEY, centizipf INTEGER NOT NULL) WITHOUT ROWID")
        db.executemany("INSERT INTO rare VALUES (?, ?)", sorted(rare_centizipf().items()))
        db.commit()
    finally:
        db.close()
    os.replace(scratch, path)


def _usable_rows(path: Path) -> bool:
    """The rows file opens as SQLite and holds the three of `_write_rows`' tables."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            db.execute("SELECT zipf, verb FROM words LIMIT 1").fetchall()
            db.execute("SELECT words FROM near LIMIT 1").fetchall()
            db.execute("SELECT centizipf FROM rare LIMIT 1").fetchall()
        finally:
            db.close()
    except sqlite3.Error:
        return False
    return True


def _usable_table(path: Path) -> bool:
    try:
        return isinstance(json.loads(path.read_text(encoding="utf-8")), dict)
    except (OSError, ValueError):
        return False


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:  # another file system, or links not allowed: a copy does as well
        shutil.copyfile(source, target)


def _packaged_language_model() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(LANGUAGES)
    return _untracked_rows(ident)


def _untracked_rows(identifier: Any) -> Any:
    """`identifier` with its row offsets (py3langid keeps `_rowbase`, one per automaton row: ~105,000 for the
    packaged model, a list of ints) as an array of the same numbers. The model loads after start-up, so the list
    stayed in the garbage collector's oldest generation: every full collection walked its ~105,000 items (a third
    of what one walked at 100,000 facts), and its int objects took ~3 MB. An array is one untracked object; reading
    an item gives the same int. Left as it is if py3langid keeps its rows otherwise."""
    rows = getattr(identifier, "_rowbase", None)
    if isinstance(rows, list) and rows and type(rows[0]) is int:
        identifier._rowbase = array("q", rows)
    return identifier


def _langid_version() -> str:
    """What the saved cut-down model was made from: the installed py3langid's files' sizes and modification times
    (found without importing py3langid, which loads the whole model, or importlib.metadata, which scans every
    installed distribution: ~30-80 ms on the first foreign-looking question of a process), the languages kept and
    the byte order."""
    import importlib.util

    spec = importlib.util.find_spec("py3langid")
    origin = spec.origin if spec is not None else None
    made_from = "none"
    if origin is not None:
        with contextlib.suppress(OSError):
            package = Path(origin).parent
            files = [package / "__init__.py", *sorted((package / "data").iterdir())]
            parts = []
            for f in files:
                found = f.stat()
                parts.append(f"{f.name}:{found.st_size}:{found.st_mtime_ns}")
            made_from = ";".join(parts)
    return f"{made_from}:{','.join(LANGUAGES)}:{sys.byteorder}"


def save_language_model(target: Path, shared: Path | None = None) -> None:
    """Write the cut-down language model into `target`/LANGID. With `shared` (a directory outside any snapshot),
    it is built there once and linked into each snapshot, so compiling again costs no second model load."""
    made = shared if shared is not None else target / LANGID
    if _read_meta(made) is None:
        earlier = _MADE.get("langid")
        if earlier is not None and earlier != made and _read_meta(earlier) is not None:
            shutil.rmtree(made, ignore_errors=True)
            made.mkdir(parents=True)
            for name in _LANGID_FILES:
                _link_or_copy(earlier / name, made / name)
        else:
            _build_language_model(made)
        _MADE["langid"] = made
    if shared is not None:
        (target / LANGID).mkdir(parents=True, exist_ok=True)
        for name in _LANGID_FILES:
            _link_or_copy(shared / name, target / LANGID / name)


def _build_language_model(directory: Path) -> None:
    """The packaged model restricted to LANGUAGES, written under a temporary name and renamed into place."""
    import numpy as np

    ident = _packaged_language_model()
    directory.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{directory.name}-", dir=directory.parent))
    try:
        np.save(work / "ptc.npy", np.ascontiguousarray(ident.nb_ptc), allow_pickle=False)
        np.save(work / "pc.npy", np.ascontiguousarray(ident.nb_pc), allow_pickle=False)
        nextmove, row = array(ident.tk_nextmove.typecode, ident.tk_nextmove), array(ident.tk_row.typecode, ident.tk_row)
        (work / "nextmove.bin").write_bytes(nextmove.tobytes())
        (work / "row.bin").write_bytes(row.tobytes())
        (work / "output.bin").write_bytes(array("i", ident.tk_output).tobytes())
        meta = {
            "version": _langid_version(),
            "classes": list(ident.nb_classes),
            "nextmove": nextmove.typecode,
            "row": row.typecode,
            "sizes": {name: (work / name).stat().st_size for name in _LANGID_FILES if name != "meta.json"},
        }
        (work / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
        if _read_meta(directory) is not None:
            return  # another process built it meanwhile (and may be linking from it now): keep theirs
        with contextlib.suppress(OSError):  # a stale or damaged one is moved aside in one step, then deleted
            aside = directory.with_name(f".{directory.name}-old-{os.getpid()}-{time.monotonic_ns()}")
            directory.rename(aside)
            shutil.rmtree(aside, ignore_errors=True)
        with contextlib.suppress(OSError):  # when it fails, another process built it first
            work.rename(directory)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _read_meta(directory: Path) -> dict[str, Any] | None:
    """The saved model's description when every file is there at its recorded size and it matches this py3langid."""
    try:
        meta: dict[str, Any] = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
        if meta.get("version") != _langid_version():
            return None
        for name, size in meta["sizes"].items():
            if (directory / name).stat().st_size != size:
                return None
        return meta
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
