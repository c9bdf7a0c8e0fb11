"""Text folding shared by quote checking, search and the command parser."""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from typing import Any

_DEFERRED: list[Callable[[], re.Pattern[str]]] = []  # every getter `on_first_use` made, for `compile_deferred`


def on_first_use(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A getter of `pattern` compiled on its first call, then kept: for the patterns few questions need. `re`
    compiles in Python, 0.1-0.5 ms a pattern, which at import would land on every `palantir-ice ask` process."""
    getter = cache(lambda: re.compile(pattern, flags))
    _DEFERRED.append(getter)
    return getter


class Deferred:
    """A pattern compiled on its first use (`on_first_use`), used as the compiled pattern is: for a table of patterns
    each question searches only some of (bot/answering/understand/kinds.py: 12 patterns, ~15 ms of every
    `palantir-ice ask` process's imports), and for a module's pattern few questions reach (one in ten or fewer). A
    pattern most questions use stays compiled at import: calling through here costs a little on every use."""

    __slots__ = ("_compiled", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._compiled = on_first_use(pattern, flags)
        self.pattern = pattern  # as `re.Pattern.pattern`: a pattern built of others reads their text, compiling none

    @property
    def compiled(self) -> bool:
        """Whether the pattern has been compiled (used, or `compile_deferred`)."""
        return bool(self._compiled.cache_info().currsize)  # type: ignore[attr-defined]  # a functools.cache getter

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._compiled().match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._compiled().fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self._compiled().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self._compiled().findall(string, pos, endpos)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self._compiled().split(string, maxsplit)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self._compiled().sub(repl, string, count)


def compile_deferred() -> int:
    """Compile every pattern `on_first_use` has deferred so far (in the modules imported by now); returns how many.
    For a process that answers many questions (`palantir-ice run`): it pays at start-up (~10-15 ms for the answering
    path's 30 patterns) what would otherwise land, 1-4 ms at a time, on the first answers needing each one."""
    for getter in _DEFERRED:
        getter()
    return len(_DEFERRED)


_QUOTES = str.maketrans(
    {"‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"'}
)


def fold(text: str) -> str:
    """Fold what may differ between a quote and its seed: typographic quotes and whitespace."""
    if not text.isascii():  # the quotes folded are none of them ASCII: most texts have nothing to translate
        text = text.translate(_QUOTES)
    return " ".join(text.split())  # runs of whitespace as one space, none at the ends (str.split's whitespace is \s)


# Invisible characters pasted inside words (zero-width space and joiners, soft hyphen, word joiner, bidi marks,
# byte-order mark): removed outright, so "KES\u200bTREL" reads "KESTREL". Other control characters become spaces.
_INVISIBLE = Deferred(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]"
)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]|[^\S ]")
# Terminal escape sequences pasted from a console (ECMA-48): CSI ("\x1b[31m", "\x9b2J"), OSC and other string
# commands up to their terminator, and the short escapes terminals send: a character set chosen ("\x1b(B"), cursor
# saved or restored, keypad modes ("\x1b7", "\x1b="), function keys ("\x1bOP"). Removed whole, so "word\x1b[31m"
# reads "word" and not "word 31m" (which would read as "31 million"). An ESC before a letter or a digit is the Escape
# key pressed before typing (a two-character escape by ECMA-48, but none a terminal sends so): the ESC alone becomes
# a space (`_CONTROL`), so "\x1bwhat is …" keeps its "what".
_ESCAPE = Deferred(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b(?:[!-/]+[0-~]|[78=>\\]|O[A-DFHP-S])"
)


def clean(text: str) -> str:
    """Make any user string safe to process: terminal escape sequences and invisible characters removed, NFKC,
    other C0/C1 control characters as spaces, folded quotes and spaces."""
    if text.isascii() and text.isprintable():  # most questions: no escape, invisible or control character, and
        return fold(text)  # NFKC leaves ASCII as it is (about half of cleaning a question's cost)
    text = unicodedata.normalize("NFKC", _INVISIBLE.sub("", _ESCAPE.sub("", text)))
    text = _CONTROL.sub(" ", text)
    if not text.isascii():  # other unassigned, private-use or format characters: spaces
        text = "".join(" " if unicodedata.category(ch)[0] == "C" else ch for ch in text)
    return fold(text)


WORD = re.compile(r"[0-9a-z]+")
_POSSESSIVE = re.compile(r"'s\b|'")
# every ASCII character WORD does not match, as a space: an ASCII text so translated is its WORD tokens between
# spaces, which `str.split` finds at about a third of `findall`'s cost (no other whitespace is left to split at).
# A table of 128 characters, not a dict: `str.translate` then looks each character up faster (perf20: a text of
# 40 characters ~1.7 -> ~1.0 µs, a fact's statement ~4.8 -> ~4.1 µs)
NOT_WORD = "".join(chr(c) if "0" <= chr(c) <= "9" or "a" <= chr(c) <= "z" else " " for c in range(128))


# A number's digit groups are one word, so that a question's "200" is no word of "6,200" nor its "5" of "12.5":
# thousands separators are dropped ("6,200" and "6200" are the word "6200"; a year, "2019", is never grouped) and a
# decimal point is kept ("12.5", "1.2.3"). `NUMBER_WORD` is WORD with such numbers kept whole; the index's tokenizer
# (bot/search.py) finds the same words in a text whose groups are joined (`joined_groups`).
_SEPARATED = re.compile(r"[0-9][,.][0-9]")  # a text without one has no group to join nor decimal to keep
# what _SEPARATED cannot match without: patterns opening with a character, which `re` looks for without trying each
# position (a shipped statement: ~0.5 µs for both, where _SEPARATED alone took ~1.5-1.9 µs)
_COMMA_DIGIT = re.compile(",[0-9]")
_POINT_DIGIT = re.compile(r"\.[0-9]")
_GROUPED = re.compile(r"(?<![0-9])[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])")  # "6,200", "1,200,000"; not "2017,2018"
NUMBER_WORD = re.compile(r"(?:[a-z]+|[0-9]+(?:\.[0-9]+)*)+")


def and_joined(items: list[str]) -> str:
    """'$9 million, $12 million and $4 million': items (at least one) in a row joined as English joins them."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def joined_groups(text: str) -> str:
    """`text` with the thousands separators of its numbers dropped: "6,200 and 1,200,000" -> "6200 and 1200000"."""
    if "," not in text:
        return text
    return _GROUPED.sub(lambda m: m.group().replace(",", ""), text)


def separated(text: str) -> bool:
    """The text has a digit, a comma or point, and a digit: a number's digit groups or decimals (or a list, "1,2")."""
    return bool(_COMMA_DIGIT.search(text) or _POINT_DIGIT.search(text)) and _SEPARATED.search(text) is not None


def tokens(lowered: str) -> list[str]:
    """The words of a lower-case text as they stand (apostrophes split them): runs of ASCII letters and digits, a
    number's digit groups whole ("6,200" -> "6200", "12.5")."""
    lowered = unaccented(lowered)
    if separated(lowered):
        return NUMBER_WORD.findall(joined_groups(lowered))
    if lowered.isascii():  # WORD's tokens, without the pattern (perf20: ~4.5 -> ~2.5 µs for a fact's statement)
        return lowered.translate(NOT_WORD).split()
    return WORD.findall(lowered)


def unaccented(text: str) -> str:
    """`text` with the accents of its letters dropped ("Okafór" -> "Okafor", "naïve" -> "naive"): a word typed with
    an accent is the same word (NFD parts a letter from its combining marks, which are left out; no compatibility
    mapping: "²" stays no digit)."""
    if text.isascii():
        return text
    parted = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(ch for ch in parted if not unicodedata.combining(ch)))


def is_number(word: str) -> bool:
    """A word of `words` that is a number: digits, or digits with decimal points ("12.5")."""
    return word.isdigit() or (word[:1].isdigit() and word.replace(".", "").isdigit())


def in_row(part: list[str], tokens: list[str]) -> bool:
    """`part` (non-empty) stands in `tokens` word for word, in a row ("harbour" in "harbour memorial")."""
    return bool(part) and any(tokens[i : i + len(part)] == part for i in range(len(tokens) - len(part) + 1))


def words(text: str) -> list[str]:
    """Lower-case word tokens, with possessives and apostrophes dropped ("guild's" -> "guild"), a number's digit
    groups kept whole ("6,200" -> "6200", "$12.5 million" -> "12.5", "million"; see `tokens`)."""
    lowered = text.lower()
    if "'" in lowered:
        lowered = _POSSESSIVE.sub("", lowered)
    if lowered.isascii() and _COMMA_DIGIT.search(lowered) is None and _POINT_DIGIT.search(lowered) is None:
        return lowered.translate(NOT_WORD).split()  # `tokens` of most texts, without its call
    return tokens(lowered)


_TYPED_WORD = re.compile(r"[0-9A-Za-z]+")


def typed_between(text: str, first: int, last: int) -> str | None:
    """The stretch of `text` as typed from its word `first` to its word `last` (indices into `words(text)`, both
    kept): "anti-HQ notices" whole where the words are "anti", "hq", "notices", so that an echo keeps a hyphen
    and a name between its words. None when `text`'s words do not stand one for one in it (a possessive dropped, a
    number's groups joined: `words`' own readings) or an index is out of range."""
    spans = [m.span() for m in _TYPED_WORD.finditer(text)]
    if not 0 <= first <= last < len(spans) or [text[a:b].lower() for a, b in spans] != words(text):
        return None
    return text[spans[first][0] : spans[last][1]]


def typed_pattern(words: Sequence[str]) -> str:
    """A pattern of `words` (non-empty; lower-case tokens, as `words` reads a text) as a text may type them: each word
    whole, in a row, with anything not a word between them ("anti-HQ notices" for "anti", "hq", "notices")."""
    return r"\b" + r"\W+".join(map(re.escape, words)) + r"\b"


def find_typed(text: str, words: Sequence[str]) -> re.Match[str] | None:
    """The first place `text` types `words` (`typed_pattern`, case ignored); None when it does not, or `words` is
    empty."""
    return re.search(typed_pattern(words), text, re.IGNORECASE) if words else None


def as_typed(text: str, words: Sequence[str]) -> str:
    """`words` as `text` types them, case and what stands between them kept ("Anti-HQ notices"); joined by spaces,
    as read, when `text` does not type them."""
    found = find_typed(text, words)
    return found.group(0) if found is not None else " ".join(words)


# English contractions of a verb (general English): "we've" and "we have" are the same words said. Irregular ones
# first ("won't" is "will not"), then the suffixes; "'s" and "'d" are left as they are (possessive or "is"/"has";
# "had" or "would": no one reading).
_IRREGULAR_CONTRACTIONS = on_first_use(r"\b(?:(won)|(can)|(shan))'t\b")
_CONTRACTED = on_first_use(r"(?<=[a-z])(n't|'ve|'re|'ll|'m)\b")
_OPENED = {"n't": " not", "'ve": " have", "'re": " are", "'ll": " will", "'m": " am"}


def contractions_opened(text: str) -> str:
    """`text` (quotes folded: `fold`) lower-cased with its contractions written out: "We've seen" -> "we have
    seen", "won't" -> "will not", "can't" -> "can not"; a text without an apostrophe is returned as it is."""
    if "'" not in text:
        return text
    text = text.lower()
    text = _IRREGULAR_CONTRACTIONS().sub(
        lambda m: "will not" if m.group(1) else f"{m.group(2) or m.group(3)} not", text
    )
    return _CONTRACTED().sub(lambda m: _OPENED[m.group(1)], text)


# the numbers English prose spells out, by value ("two leases", "the three grants") (general English): the one list
# of number words; the tables of counts that read or write them take theirs from here
NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
# words scaling a figure into a sum ("2 million", "3 thousand") (general English): a figure before one is one sum,
# no count of things. Callers add what else they read so ("percent", "hundred")
SCALE_WORDS = frozenset("thousand thousands million millions billion billions".split())
# what a scale word multiplies a number by ("$9 million": 9e6), to tell which of two sums is bigger (general English)
SCALE_VALUES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}


def sum_value(number: str, scale: str = "") -> float | None:
    """The value of a number as written ("21", "1.5", "75,000", "$9") times its scale word's (SCALE_VALUES; none
    or another word: 1): ("21", "million") -> 21,000,000; None when the number is none. The one reading of a sum's
    size that follow-ups, comparisons and composing compare sums by (review 22: five copies had drifted apart)."""
    try:
        value = float(number.replace(",", "").replace("$", ""))
    except ValueError:
        return None
    return value * SCALE_VALUES.get(scale, 1.0)


STOPWORDS = frozenset(
    """a an the and or but if of to in on at by for with from into onto about as is are was were be been being am
    do does did done doing have has had having i me my we our you your he him his she her it its they them their
    this that these those there here what which who whom whose when where why how much many any some all each
    can could would should will shall may might must not no yes so than then too very just also only even ever
    tell say said show give know find get got gotten let please explain describe info information details detail
    s t up out over under again further once more most other such own same both few between through during before
    after above below off while until because against per via vs via did does anyone anything something thing things
    besides except else among amongst re
    hi hello hey thanks thank bot ok okay whats what's who's hows wheres whens nothing something anything
    everything supposed actually basically stuff
    dont doesnt didnt isnt arent wasnt werent hasnt havent hadnt cant couldnt wont wouldnt shouldnt
    im youre theyre ive youve weve theyve youll theyll youd theyd
    exactly context
    whole entire
    itself himself herself themselves myself yourself ourselves
    """.split()  # ("the whole effort", "the entire campaign": all of it, as "all" says; no subject of its own; "how
    # did the agency itself put it": a reflexive stresses who, whom the name before it already says)
)


# Irregular English forms, so "write" finds "wrote" and "pay" finds "paid": grammar, not facts.
IRREGULAR = {
    "write": "wrote",
    "writes": "wrote",
    "written": "wrote",
    "say": "said",
    "says": "said",
    "tell": "told",
    "tells": "told",
    "pay": "paid",
    "pays": "paid",
    "go": "went",
    "goes": "went",
    "gone": "went",
    "begin": "began",
    "begins": "began",
    "begun": "began",
    "lead": "led",
    "leads": "led",
    "hold": "held",
    "holds": "held",
    "meet": "met",
    "meets": "met",
    "sell": "sold",
    "sells": "sold",
    "buy": "bought",
    "buys": "bought",
    "give": "gave",
    "gives": "gave",
    "given": "gave",
    "take": "took",
    "takes": "took",
    "taken": "took",
    "make": "made",
    "makes": "made",
    "find": "found",
    "finds": "found",
    "bring": "brought",
    "think": "thought",
    "send": "sent",
    "sends": "sent",
    "spend": "spent",
    "win": "won",
    "wins": "won",
    "seek": "sought",
    "stand": "stood",
    "shut": "shut",
    "run": "ran",
    "runs": "ran",
    "come": "came",
    "comes": "came",
    "know": "knew",
    "knows": "knew",
    "see": "saw",
    "sees": "saw",
    "seen": "saw",
    "fight": "fought",
    "teach": "taught",
    "keep": "kept",
    "keeps": "kept",
    "leave": "left",
    "leaves": "left",
    "lose": "lost",
    "loses": "lost",
    "build": "built",
    "builds": "built",
    "speak": "spoke",
    "speaks": "spoke",
    "spoken": "spoke",
    "choose": "chose",
    "chosen": "chose",
    "hear": "heard",
    "stick": "stuck",
    "sticks": "stuck",
    "rise": "rose",
    "risen": "rose",
}

# Idioms for being criticized, read as the plain word: "catch flak", "get so much heat", "come under fire" (language,
# not facts). "Heat" and "fire" only after a verb of receiving them or "under" ("the heat in July", "who did the guild
# fire" stay as typed); "flak" is criticism wherever it stands.
CRITICISM_IDIOMS = frozenset({"heat", "fire", "flak", "flack", "pushback"})
ALWAYS_CRITICISM = frozenset({"flak", "flack", "pushback"})
RECEIVING = frozenset(
    "get gets got getting gotten take takes took taking taken catch catches caught catching face faces faced facing"
    " draw draws drew drawing drawn under".split()
)
QUANTIFIERS = frozenset("so much a lot of lots some any all the more".split())  # "got so much heat"
# Idioms for being criticized said as a verb of striking, read as the plain word only in the passive, after a form of
# being or getting ("the guild was getting slammed", "got roasted": criticized; "slammed the door" stays as typed)
CRITICIZED_IDIOMS = frozenset("slammed blasted roasted hammered lambasted trashed savaged".split())
PASSIVE_OPENERS = frozenset("is are was were be been being get gets got getting gotten".split())
STRESSING = frozenset("so really very totally just".split())  # "got really slammed"
# the nouns of what a verb of giving voice voices ("voicing their objections": english_tables.VOICING_PHRASALS) and
# what may stand between them (general English); facts tell it as what was said ("employees said … that they wanted …")
VOICED_NOUNS = frozenset(
    "objection objections concern concerns complaint complaints grievance grievances gripe gripes criticism criticisms"
    " opposition dissent frustration frustrations worry worries doubt doubts misgiving misgivings disagreement"
    " disagreements displeasure".split()
)
VOICED_DETERMINERS = frozenset("their his her its our my your the some any these those such".split())


def receives_criticism(tokens: list[str], i: int) -> bool:
    """The word at `i` is a verb of receiving (RECEIVING) whose object, past quantifiers, is "criticism" ("catch so
    much criticism", as "catch so much heat" is read): the idiom's criticism is its act, the verb only how it says it.
    """
    if tokens[i] not in RECEIVING:
        return False
    j = i + 1
    while j < len(tokens) and tokens[j] in QUANTIFIERS:
        j += 1
    return tokens[j : j + 1] == ["criticism"]


# Chat shorthand and month abbreviations, expanded before anything else: language, not facts.
ABBREVIATIONS = {
    "ppl": "people",
    # a question word and "is" typed without the apostrophe read as typed with it ("what's" -> "what")
    "whats": "what",
    "wheres": "where",
    "hows": "how",
    "whens": "when",
    "whys": "why",
    # a question word and "did" ("where'd the letter end up", its apostrophe dropped with the others): in a question
    # before what is asked of, "'d" is "did" ("had" and "would" take a participle or a verb it would not read)
    "whered": "where did",
    "whend": "when did",
    "whyd": "why did",
    "howd": "how did",
    "whos": "who",  # "whos the ceo" (blind set CA: read as a noun phrase, led by another fact naming the CEO)
    "wtf": "what",  # "wtf is the guild": a chat way of asking what
    "wat": "what",  # chat spellings of "what" ("wat is the guild" had been read as another language)
    "wut": "what",
    "wht": "what",
    "whr": "where",  # chat spellings of "where" ("whr is the guild based", fresh tester 36)
    "wher": "where",
    "ppls": "people",
    "mgmt": "management",
    "govt": "government",
    "gov": "government",
    "dept": "department",
    "pic": "photo",  # "the top pic": a photograph, as the articles' captions call it
    "pics": "photos",
    "org": "organization",
    "orgs": "organizations",
    "w": "with",
    "b4": "before",
    "abt": "about",
    "acc": "according",  # "acc to the Gazette" (blind set Z)
    "ops": "operations",  # "which harbour ops was the app built into" (no fact has "ops")
    "db": "database",
    "dbs": "databases",
    "bc": "because",
    "u": "you",
    "ur": "your",
    "r": "are",
    "pls": "please",
    "shld": "should",  # "which one shld i watch" (blind set BF: the asker's own choice, read as a topic)
    "shud": "should",
    "shd": "should",
    "hv": "have",  # "how many contracts did the guild hv": chat's consonant spelling, as "shld" (fresh tester rf64)
    "plz": "please",
    "info": "information",
    "pub": "publication",  # "the pub date on the piece": publishing's shorthand (blind set AK)
    "conf": "conference",
    "confs": "conferences",
    "uni": "university",  # "held at which uni" (blind set AS: read as a word no fact has, "outside what I cover")
    "unis": "universities",
    "smth": "something",  # "was it called smth else before" (blind set AS: likewise)
    "sth": "something",
    "amt": "amount",
    "amnt": "amount",
    "approx": "about",
    "doc": "document",
    "docs": "documents",
    "vc": "venture capital",  # "the agency's vc arm" (blind set AY: read as a word no fact has)
    "sw": "software",  # "what has the agency used their sw for" (blind set AM: read as a word no fact has)
    "n": "and",  # "the guild n the harbour": chat's "and" (blind set AM)
    "msg": "message",
    "msgs": "messages",
    "hr": "hour",
    "hrs": "hours",
    "mins": "minutes",
    "wk": "week",
    "wks": "weeks",
    "yr": "year",
    "yrs": "years",
    "mo": "month",
    "num": "number",
    "emp": "employees",
    "emps": "employees",
    "employes": "employees",
    "jan": "january",
    "feb": "february",
    "mar": "march",
    "apr": "april",
    "jun": "june",
    "jul": "july",
    "aug": "august",
    "sep": "september",
    "sept": "september",
    "oct": "october",
    "nov": "november",
    "dec": "december",
    "thx": "thanks",
    "ty": "thanks",
    "tho": "though",
    "dhs": "dhs",
    "us": "us",
    "nyc": "new york city",
    # informal contractions of two words ("what kinda group is it"): read as the two words they stand for
    "kinda": "kind of",
    "sorta": "sort of",
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "got to",
    "lotta": "lot of",
    "outta": "out of",
    "dunno": "do not know",
}

# Chat's number homophones: a digit typed for the word it sounds like ("pay them 4 it", "talk 2 the press"), as SMS
# language (textese) writes them (David Crystal, "Txtng: The Gr8 Db8", 2008; Wikipedia's "SMS language": "4" for,
# "2" to/too, alongside the "b4", "u", "r" of ABBREVIATIONS). Read so only between words, never where the digit
# counts or dates anything (normalize's `_digit_homophone`).
DIGIT_HOMOPHONES = {"4": "for", "2": "to"}
