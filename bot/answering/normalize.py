"""Step 1: the question as typed -> clean text and word tokens.

Invisible characters are removed and NFKC applied (bot/text.py `clean`), words are lower-cased, chat shorthand is
expanded ("ppl", "abt", "sept") and amounts typed as "12m" or "75k" are split into a number and its unit.
Shorthand for things in a brief (an abbreviated title) belongs in that brief's `synonyms`, not here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from bot.answering.english import English
from bot.caches import Recent
from bot.dates import MONTHS
from bot.english_tables import CRITICIZING_PHRASALS, KEEPING_PHRASALS, KEEPING_VERBS, VOICING_PHRASALS
from bot.text import (
    ABBREVIATIONS,
    ALWAYS_CRITICISM,
    CRITICISM_IDIOMS,
    CRITICIZED_IDIOMS,
    DIGIT_HOMOPHONES,
    NUMBER_WORDS,
    PASSIVE_OPENERS,
    QUANTIFIERS,
    RECEIVING,
    SCALE_WORDS,
    STOPWORDS,
    STRESSING,
    VOICED_DETERMINERS,
    VOICED_NOUNS,
    Deferred,
    clean,
    words,
)

MAX_QUESTION = 1000  # characters; longer text gets a clear "too long" reply
# Punctuation that parts a question into pieces: a dash, colon or semicolon between words, an ellipsis or a run of
# dots, a comma, a question or exclamation mark followed by more text ("so they wouldn't open the door - what did
# they do with the letter?"). Dots inside words ("e.g.", "$1.5") and digit groups ("1,000") part nothing.
# A single dot parts a sentence from a question opening with an asking word ("the piece says there were two. how
# big was the one that ran out"); before any other word it may close an abbreviation ("sept. 20", "dr. lind").
PIECE_BREAK = Deferred(
    r"\s+[-–—]+\s*|\s*[–—]\s*|\s*[;:]\s+|\.{2,}\s*|…\s*|,\s+|[?!]+\s+"
    r"|(?<=[a-z0-9])\.\s+(?=(?:how|what|who|whom|whose|when|where|which|why)\b)",
    re.IGNORECASE,
)
# a line break after a word, before a question word: a line's question ended ("what is the lease\nwhat is the grant")
_LINE_QUESTION = Deferred(
    r"(?<=[A-Za-z0-9])[ \t]*[\r\n]+\s*(?=(?:how|what|who|whom|whose|when|where|which|why)\b)", re.IGNORECASE
)
_PARTED = re.compile(r"[-\u2013\u2014;:,.\u2026()\[\]]|[?!]\s")
_BRACKET = re.compile(r"([()\[\]])")
# Chat markup that is no part of what is asked: Slack and Discord mentions and links ("<@U123>", "<#C1|general>",
# "<!here>", "<@&123>", "<:wave:123>"; a link keeps its label), "@here"/"@everyone", HTML tags (a script's or a
# style's content too) and the marks of
# bold, italics, strike-through and code ("**what** is _the lamp_").
_LINK_LABEL = Deferred(r"<(?:https?|mailto):[^|>\s]*\|([^>]*)>")
_MARKDOWN_LINK = Deferred(r"\[([^\]]{0,200})\]\((?:https?|mailto):[^)\s]*\)")  # Discord's [label](url)
_BARE_URL = re.compile(r"\b(?:https?|mailto):[^\s<>]+")  # a pasted address: no words of a question
_CHAT_MARKUP = Deferred(
    r"<(script|style)\b[^>]{0,200}>.{0,1000}?</\1\s*>|<[@#!:][^>\s]*>|<(?:https?|mailto):[^>\s]*>|(?<!\w)@(?:here|channel|everyone)\b|</?[a-zA-Z][^<>]{0,200}>"
    r"|(?<!\w)[*_~`]+|[*_~`]+(?!\w)"
)
# "@sam how much …", "@sam @kim: how much …"; a slash command's name typed before the question as words ("/guild how
# much …": the chat's own command, typed in a DM or pasted from its help), as little the question's as a handle
ADDRESSED = re.compile(r"^\s*(?:[@/][\w.-]+[\s,:]+)+(?=\S)")
ROUGHLY = "ish"  # the suffix chat makes a number rough with ("60ish employees"): about that number
_UNITS = {"m": "million", "k": "thousand", "b": "billion", "mln": "million", "mil": "million", "bn": "billion"}


@dataclass(frozen=True)
class Normalized:
    text: str  # cleaned (dates typed in numbers spelled out: _SLASH_DATE), as the person typed it otherwise
    tokens: list[str]
    breaks: tuple[int, ...] = field(default=())  # token positions where a new piece of the question starts
    asides: frozenset[int] = field(default=frozenset())  # token positions inside brackets: "(the gazette piece had it)"
    # the question as typed (cleaned), when `text` reads it otherwise (NEGATED_OPENING: "didn't the guild renew the
    # lease" is understood as "did the guild …"): what is shown back and logged, never the reading (review 19, M7)
    typed: str = ""

    @property
    def shown(self) -> str:
        """The question to show back or log: as typed (`typed`), else `text`."""
        return self.typed or self.text

    @property
    def joined(self) -> str:
        return " ".join(self.tokens)


def split_amounts(tokens: list[str]) -> list[str]:
    """'12m' -> '12 million', '1.5b' -> '1.5 billion'; thousands as the digits news writes them, which are one word
    (`bot.text.words`: "120,000" -> "120000"): '120k' and '120 thousand' -> '120000', '6.2k' -> '6200'. So figures
    match however they are typed. A number made rough by "-ish" ("60ish", "60-ish") is "about" it, as prose says."""
    out: list[str] = []
    for w in tokens:
        if w.endswith(ROUGHLY) and w[: -len(ROUGHLY)].isdigit():
            out += ["about", w[: -len(ROUGHLY)]]
        elif w == ROUGHLY and out and out[-1].isdigit():  # "60-ish": `words` parts it from its number
            out.insert(len(out) - 1, "about")
        elif len(w) > 1 and w[-1] in "mkb" and w[:-1].replace(".", "").isdigit():
            thousands = _thousands(w[:-1]) if w[-1] == "k" else ""
            out += [thousands] if thousands else [w[:-1], _UNITS[w[-1]]]
        elif w in ("mln", "mil", "bn"):
            out.append(_UNITS[w])
        elif w == "thousand" and out and (thousands := _thousands(out[-1])):
            out[-1] = thousands
        else:
            out.append(w)
    return out


def _thousands(number: str) -> str:
    """A number of thousands as whole digits ("6.2" -> "6200"); "" for no number or no whole one ("1.2345")."""
    whole, _, fraction = number.partition(".")
    if not whole.isdigit() or len(fraction) > 3 or (fraction and not fraction.isdigit()):
        return ""
    return str(int(whole + fraction.ljust(3, "0")))


# "7/31/2018", "9/13", "9/13/19": a date typed in numbers, month first as in the US (day first when the first number
# cannot be a month, in a whole date: "31/7/2018"; never a fraction, "1/2 of"); read as "july 31 2018" so that
# dates match however they are typed
_SLASH_DATE = Deferred(r"(?<![\d/.,$])(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?![\d/%])(?!\s+of\b)")
# chat's shorthands typed with a slash ("keepers w/o permits"): read as the words they stand for, before the
# slash splits them into letters ("w" "o", read "with o"; blind set BL); "w/" alone is ABBREVIATIONS' "w"
SLASHED = {"w/o": "without", "w/out": "without", "b/c": "because"}
_SLASHED = Deferred(r"(?<![\w/])(?:w/out|w/o|b/c)(?![\w/])", re.IGNORECASE)
LAST_MONTH, LAST_DAY = 12, 31
CENTURY = 2000  # a two-digit year: of this century (the briefs' articles and the chat are)


def _slash_date(match: re.Match[str]) -> str:
    first, second, year = int(match[1]), int(match[2]), match[3] or ""
    month, day = (first, second) if first <= LAST_MONTH else (second, first)
    if first > LAST_MONTH and not year:
        return match[0]  # "24/7": day first only in a whole date
    if not (1 <= month <= LAST_MONTH and 1 <= day <= LAST_DAY):
        return match[0]
    if len(year) == 2:
        year = str(CENTURY + int(year))
    return f"{MONTHS[month - 1].lower()} {day} {year}".rstrip()


def _tokens(text: str) -> list[str]:
    tokens: list[str] = []
    for w in split_amounts(words(text)):
        expanded = ABBREVIATIONS.get(w)  # a word of `words` is one token unless it is an abbreviation
        if expanded is None:
            tokens.append(w)
        else:
            tokens += expanded.split()
    # most words are in no idiom: `_idiom` is asked only of those that may be
    tokens = [_idiom(tokens, i) if t in _IDIOM_WORDS else t for i, t in enumerate(tokens)]
    tokens = [_spelled_count(tokens, i) if t in _DIGIT_WORDS else t for i, t in enumerate(tokens)]
    return [_digit_homophone(tokens, i) if t in DIGIT_HOMOPHONES else t for i, t in enumerate(tokens)]


# words a number goes with after it, which make a digit before them a figure, never a homophone ("4 pm", "2 million",
# "4 september", "a 2 year lease", "2 of them"): units, scales, months, units of time, and what follows a count
_FIGURE_AFTER = frozenset("minute hour day week month year decade century times of or and to than more less".split())
# words a digit after them may be read for ("pay them 4 the lease", "talk 2 him"): determiners and pronouns, the
# function words a preposition stands before (general English)
_HOMOPHONE_BEFORE = frozenset(
    "the a an this that these those his her its their our my your them him it me us you what which whom".split()
)


def _digit_homophone(tokens: list[str], i: int) -> str:
    """The digit at i read as the word it sounds like (DIGIT_HOMOPHONES: "did the guild pay Okafor 4 the lease" ->
    "for") when it stands between two words where no number goes: after a content word (no function word, month or
    word before a figure: "the 4", "in 2", "no 2", "july 4"), before a content word or a determiner or pronoun, that
    is no unit, scale, month or unit of time ("4 pm", "2 million", "2 year lease"). A count of a plural noun is
    spelled out before this (`_spelled_count`: "2 leases", "two"), so never read so."""
    if i and i == len(tokens) - 1:
        return _stranded_homophone(tokens, i)
    if not 0 < i < len(tokens) - 1:
        return tokens[i]
    before, after = tokens[i - 1], tokens[i + 1]
    if not before.isalpha() or before in STOPWORDS or before in _MONTH_WORDS or before in _NOT_COUNTING:
        return tokens[i]
    if not after.isalpha() or (after in STOPWORDS and after not in _HOMOPHONE_BEFORE):
        return tokens[i]
    if after in _FIGURE_AFTER or after in _SCALE_WORDS or after in _MONTH_WORDS or after in _UNITS:
        return tokens[i]
    return DIGIT_HOMOPHONES[tokens[i]]


# the question words that leave a preposition at the question's end ("what was the lease for", "who did they sell it
# to"): English strands the preposition of a question's fronted object (general English grammar)
_STRANDING_OPENERS = frozenset("what which who whom".split())


def _stranded_homophone(tokens: list[str], i: int) -> str:
    """The question's last word, a digit, read as the preposition it sounds like when the question opens with a word
    that strands one there ("what was the lease 4": "for") and a content word comes before it (no function word,
    month or word before a figure: "what happened on july 4", "which of them had 2" keep the number)."""
    before = tokens[i - 1]
    if tokens[0] not in _STRANDING_OPENERS or not before.isalpha():
        return tokens[i]
    if before in STOPWORDS or before in _MONTH_WORDS or before in _NOT_COUNTING or before in _FIGURE_AFTER:
        return tokens[i]
    return DIGIT_HOMOPHONES[tokens[i]]


# counts from one to nine, as English prose spells them ("two leases"): a chat question types them in digits
_DIGIT_WORDS = {str(n): w for n, w in enumerate(NUMBER_WORDS[:10]) if n}
COUNTED_NOUN_REACH = 3  # words from a count to the plural noun it counts ("2 harbour leases", "3 big new offices")


def _spelled_count(tokens: list[str], i: int) -> str:
    """The digit at i spelled out when it counts the plural noun right after it, past describing words ("the guild's
    2 harbour leases": "two", as the articles write it, so their word is found); else the digit (a day after a month,
    a sum, a time, a figure's part: "july 2", "$2 million", "2 pm")."""
    before = tokens[i - 1] if i else ""
    if before.isdigit() or before in _MONTH_WORDS or before in _NOT_COUNTING:
        return tokens[i]
    for t in tokens[i + 1 : i + 1 + COUNTED_NOUN_REACH]:
        if not t.isalpha() or t in _UNITS or t in _SCALE_WORDS or t in _MONTH_WORDS or t in STOPWORDS:
            break  # (a stopword ends the phrase: "at 2 pm the protests" counts no protests)
        if len(t) > 3 and t.endswith("s") and not t.endswith("ss"):
            return _DIGIT_WORDS[tokens[i]]
    return _DIGIT_WORDS[tokens[i]] if _counts_singular(tokens, i) else tokens[i]


def _counts_singular(tokens: list[str], i: int) -> bool:
    """Whether the digit at i counts the noun right after it, left singular as chat types a count ("did the guild
    have 2 lease with Okafor"): it follows a function word (or opens the question), where no homophone reads it
    (`_digit_homophone`), and the noun (lemminflect's dictionary) ends its phrase, a function word or the end after
    it; a noun with another after it describes that one ("a 2 year lease"), and units and months are no count."""
    before = tokens[i - 1] if i else ""
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    following = tokens[i + 2] if i + 2 < len(tokens) else ""
    if (before and before not in STOPWORDS) or after in _UNITS or after in _SCALE_WORDS or after in _MONTH_WORDS:
        return False
    if after in STOPWORDS or (following and following not in STOPWORDS):
        return False
    return after.isalpha() and English.may_be(after, "NOUN")


_MONTH_WORDS = frozenset(m.lower() for m in MONTHS)
# words before a digit that make it no count to spell ("no 2", "#2"), or whose noun reading it would lose ("which 2
# offices": "which two" is read less well, the numeral then standing where the asked noun is looked for)
_NOT_COUNTING = frozenset({"$", "no", "number", "#", "which", "what"})
_SCALE_WORDS = SCALE_WORDS | frozenset("hundred hundreds percent am pm oclock".split())


# the words `_idiom` may read otherwise
_IDIOM_WORDS = CRITICISM_IDIOMS | CRITICIZED_IDIOMS | {"acc", "cos", "cuz", "right"}
# words of place or time after which "right" only stresses them ("right outside", "right after the vote"), as "just"
# does: no subject of the question (general English)
RIGHT_STRESSES = frozenset(
    "outside inside in at on by next near across behind beside opposite after before there here away".split()
)
# words after which "cos" is a plural noun (companies), not "because": determiners, quantifiers, describing words
COMPANIES_AFTER = frozenset(
    "the these those other which what many some all several few both two three four tech big major large small"
    " private software".split()
)
# words before which "cos" is the subject of a verb, so companies: "because" is followed by a clause with a subject of
# its own ("cos they are"), never by its verb ("cos are being pressured")
COMPANIES_BEFORE = frozenset("are were have had do did will would can could should must".split())


def _idiom(tokens: list[str], i: int) -> str:
    """The token at i as its context reads it: "according" for the "acc" of "acc to the Gazette" (alone, "acc" may be
    an account), "criticism" for an idiom of being criticized ("catch flak", "getting so much heat"), "just" for a
    "right" stressing a place or time ("right outside"), else itself."""
    word = tokens[i]
    if word == "acc" and tokens[i + 1 : i + 2] == ["to"]:
        return "according"
    if word == "right":  # "gathered right outside": stressing the place, as "just" does
        return "just" if i + 1 < len(tokens) and tokens[i + 1] in RIGHT_STRESSES else word
    if word in ("cos", "cuz"):  # "other tech cos": companies after a word saying which; else "because"
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        companies = (i > 0 and tokens[i - 1] in COMPANIES_AFTER) or after in COMPANIES_BEFORE
        return "companies" if word == "cos" and companies else "because"
    if word in CRITICIZED_IDIOMS:  # "why was the guild getting slammed": criticized (blind set BL)
        j = i - 1
        while j >= 0 and tokens[j] in STRESSING:
            j -= 1
        return "criticized" if j >= 0 and tokens[j] in PASSIVE_OPENERS else word
    if word not in CRITICISM_IDIOMS:
        return word
    if word in ALWAYS_CRITICISM:
        return "criticism"
    j = i - 1
    while j >= 0 and tokens[j] in QUANTIFIERS:
        j -= 1
    return "criticism" if j >= 0 and tokens[j] in RECEIVING else word


def criticism_at(tokens: list[str], i: int) -> bool:
    """The token at i is an idiom's word for being criticized ("came under fire", "took so much heat", "flak"),
    as `_idiom` reads it: no act of firing or heating."""
    return tokens[i] in CRITICISM_IDIOMS and _idiom(tokens, i) == "criticism"


# the words of a piece that only turns the conversation before a question ("ok switching topics, …", "now a diff
# question - …", "one more thing, …", "completely different q: …"): they say a question comes, never what it asks
TURN_WORDS = frozenset(
    "switching switch switched changing change topic topics subject subjects question questions q qs thing things"
    " different diff unrelated separate another".split()
)
TURNS = TURN_WORDS | frozenset(
    "ok okay so and but also anyway btw hey now next new random side quick last other one more totally completely"
    " a an the".split()
)
# a participle that turns the conversation, whatever its object ("switching gears, …", "moving on - …", "shifting
# focus, …"): an opening piece of at most TURN_PIECE words led by one says what is done, never what is asked, unless
# a preposition says what it turns to ("switching to the lease, …", "moving on to Ada Lind - …")
TURN_VERBS = frozenset("switching changing shifting moving".split())
TURNED_TO = frozenset("to onto toward towards".split())
TURN_PIECE = 3


def _turning_piece(tokens: list[str]) -> bool:
    """`tokens` (everything before a break) are turning words, then a TURN_VERBS participle and at most TURN_PIECE
    words in all from it: "ok switching gears", "moving on"."""
    at = next((i for i, t in enumerate(tokens) if t not in TURNS or t in TURN_VERBS), len(tokens))
    piece = tokens[at:]
    return bool(piece) and piece[0] in TURN_VERBS and len(piece) <= TURN_PIECE and TURNED_TO.isdisjoint(piece)


def without_markup(text: str) -> str:
    """The text without chat markup (_CHAT_MARKUP), pasted addresses and a handle typed to address someone at its
    start ("@sam how much …": not a mention the platform made, but as little the question's), or a slash command's
    name ("/guild how much …"); a link is replaced by its label."""
    if "<" not in text and "@" not in text and ":" not in text and not any(c in text for c in "*_~`/"):
        return text
    text = ADDRESSED.sub("", text)
    text = _MARKDOWN_LINK.sub(r" \1 ", _LINK_LABEL.sub(r" \1 ", text))
    return " ".join(_BARE_URL.sub(" ", _CHAT_MARKUP.sub(" ", text)).split())


# "did the guild drop the lease or not": a yes/no question's closing "or not" offers no second question, only the
# "no" every yes/no question allows (general English); read without it, so its "not" never reads as a negation asked
OR_NOT_CLOSING = re.compile(
    r"^(\s*(?:(?:so|and|but)\s+)?(?:is|are|was|were|did|does|do|has|have|had|can|could|will|would)\b.*?)"
    r",?\s+or\s+not\s*([?.!]*)\s*$",
    re.IGNORECASE,
)

# "… is that true or did they say that": the alternative asks whether the claim is the one the articles give as
# someone's word, which the answer to "… is that true" shows (a claim is led as the claimer's own); read without it
CLAIM_ALTERNATIVE = re.compile(
    r"\b(true|right|correct)\s+or\s+(?:did|do|does)\s+(?:they|he|she|it|someone|somebody)\s+(?:just\s+)?"
    r"(?:say|claim|write)\s+(?:that|so|it)\s*[?.!]*\s*$",
    re.IGNORECASE,
)


# "how many years ago was the vigil": a time before now, which is when it was (the articles give the date; the
# years since are the reader's clock's, which an answer is never given): asked as "when" (general English)
ELAPSED_OPENING = re.compile(
    r"^(\s*(?:(?:so|and|but)\s+)?)how\s+(?:many|much)\s+(?:years|months|weeks|days|decades|time)\s+ago\b",
    re.IGNORECASE,
)

# "how many years has the guild worked with the port": a present perfect asking a length in units of time asks
# what "how long has …" asks, the length of what still goes on, which only its start tells (general English;
# fresh tester 97). Not "how many years ago" (ELAPSED_OPENING) nor a past tense ("how many years did it last").
LENGTH_OPENING = re.compile(
    r"^(\s*(?:(?:so|and|but)\s+)?)how\s+many\s+(?:years|months|decades)\s+(?=(?:has|have)\b)",
    re.IGNORECASE,
)

# "how much was the 9m lease for" of an agreement the question names by its sum: the sum is given, so "for" asks what
# the agreement was for, as "what was the 9m lease for" asks (general English; fresh tester 89). Not "how much was
# the lease for", whose sum is what is asked. "The 9m one" names it by the prop-word "one", as "the 9m lease" does.
SUM_NAMED_PURPOSE = re.compile(
    r"^(\s*(?:(?:so|and|but)\s+)?)how\s+much(?=\s+(?:is|was|are|were)\s+(?:the|its|their|that|this|his|her)\s+"
    r"(?:\S+\s+){0,2}\$?\d[\d.,]*\s*(?:k|m|mn|mil|b|bn|million|billion|thousand)?\s+(?:\S+\s+){0,2}"
    r"(?:contract|deal|grant|award|lease|one)s?\s+for\s*[?.!]*\s*$)",
    re.IGNORECASE,
)

# "what was the point of the lease": the point or purpose of a thing is what it is for, asked as "what was the lease
# for" (general English; blind set CB), which the facts tell in their own words ("signed to refit the dock"), never
# with the noun "point". Up to the first mark that ends the ask ("…, and who signed it" keeps its second part). Not
# the point of a piece of writing, which is what it says ("what's the point of the Gazette article").
PURPOSE_NOUN_OPENING = re.compile(
    r"^(\s*(?:(?:so|and|but)\s+)?)what(?:\s+(is|was|are|were)|['’]?s)\s+(?:the|its|their)\s+"
    r"(?:(?:real|whole|actual)\s+)?(?:point|purpose)\s+(?:of|behind)\s+(?P<thing>[^,;:?!]+?)"
    r"(?=\s*(?:[,;:?!]|\.\s|\.?$))",
    re.IGNORECASE,
)
WRITINGS = frozenset(
    "article articles story stories piece pieces report op ed oped column essay editorial letter".split()
)


# a question opened by a negated auxiliary ("isn't it true that …", "didn't the guild renew the lease") asks what
# the same question without the negation asks, expecting a yes (general English): read without it, so a verdict is
# given ("No: …" when the articles say otherwise) and its act is not taken as denied
NEGATED_OPENING = re.compile(
    r"^(\s*(?:(?:so|and|but)\s+)?)(is|are|was|were|did|does|do|has|have|had)(?:n['’]?t|\s+not)\b",
    re.IGNORECASE,
)


# a claim passed on rather than asked ("sources say the guild dropped the lease", "i heard that the vigil was
# cancelled", "apparently the guild lied"): it asks whether the claim holds, as "…, right?" asks it, so it is read
# so (a verdict when a fact tells the act or its opposite); not "i heard about the vigil", which names a topic, nor
# "someone told me why the guild left", which asks (general English; fresh tester 87)
HEARSAY_OPENING = re.compile(
    r"^(\s*(?:(?:so|and|but|ok|okay)\s*,?\s+)?)(?:i\s+(?:heard|read|was\s+told)|(?:some\s+)?(?:sources|people|they"
    r"|folks|someone|somebody)\s+(?:say|says|said|claim|claims|claimed|told\s+me)|apparently|supposedly)\s*,?\s+"
    r"(?:that\s+)?(?!(?:about|of|from|on|so|it|this|that|what|which|who|whom|whose|how|why|where|when|whether|if)\b)(?P<claim>[a-z0-9].*?)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_ENDS_TAGGED = re.compile(r"\b(?:right|true|correct)\W*$", re.IGNORECASE)


def hearsay_as_tagged(text: str) -> str:
    """ "sources say the guild dropped the lease" -> "sources say the guild dropped the lease" read as "the guild
    dropped the lease, right?" (HEARSAY_OPENING); `text` itself when it does not open so."""
    match = HEARSAY_OPENING.match(text)
    if match is None:
        return text
    claim = match["claim"]
    return match[1] + claim + ("" if _ENDS_TAGGED.search(claim) else ", right?")


# "go ahead and <verb>" ("so the guild went ahead and renewed the lease anyway?", "did they go ahead and sign it"):
# the verb after "and" is the act asked, "go ahead" only says it was done though something stood against it; read
# as that verb alone, as a fact tells it ("renewed"), its "ahead" no word asked (general English). "go ahead" with
# no "and" and verb after it ("did the vigil go ahead") asks whether it happened, and is kept.
GO_AHEAD_AND = re.compile(r"\b(?:go|goes|went|gone|going)\s+ahead\s+and\s+(?=[a-z])", re.IGNORECASE)
# "how did the keepers get ready tech-wise", "how big was it money-wise": "-wise" after a noun says in what respect
# (general English), read as "in terms of tech": the noun is asked of, "wise" no word asked (blind set CL)
RESPECT_WISE = re.compile(r"\b([a-z]+)-wise\b", re.IGNORECASE)
# "what is the guild, the way the Gazette describes it": whose account is asked, as "according to the Gazette" asks
# it; the manner words ("way", "describes") are no subject (general English)
WAY_OF_TELLING = re.compile(
    r"\bthe\s+way\s+(?P<who>(?:\S+\s+){0,4}?\S+)\s+(?:describes|described|puts|put|tells|told|calls|called|explains"
    r"|explained|sees|saw|reports|reported|frames|framed)\s+(?:it|them|him|her)\b",
    re.IGNORECASE,
)

# a phrasal verb of criticizing with its particle (CRITICIZING_PHRASALS: "dunking on", "ripped into")
_PHRASAL = Deferred(
    r"\b(" + "|".join(sorted({v for v, _ in CRITICIZING_PHRASALS}, key=len, reverse=True)) + r")\s+(on|into)\b",
    re.IGNORECASE,
)
_PHRASAL_WORDS = frozenset({v for v, _ in CRITICIZING_PHRASALS})


def criticizing_read(text: str) -> str:
    """`text` with a phrasal verb of criticizing read as the same form of "criticize", its particle dropped ("why
    was the mayor dunking on the guild" -> "… criticizing the guild"). Verbs of striking in the active ("slamming
    the guild") stay as typed: "slamming the door" is no criticism, and a brief's own synonym of one ("trashing")
    reads it better than "criticizing" does."""
    if not _PHRASAL_WORDS.isdisjoint(words(text)):
        text = _PHRASAL.sub(lambda m: CRITICIZING_PHRASALS.get((m[1].lower(), m[2].lower()), m[0]), text)
    return text


# being made the object of a noun of acting on someone, told as a thing one is the target of (general English):
# "the guild became a target of criticism" is the guild criticized, as "came under criticism" tells it. "Become"
# (and "come") with a target, subject, focus or object of it; else only "a target" or "a butt" of it, wherever its
# verb stands ("why was the guild such a target of …"): "was the subject of the letter" names what the letter is
# about, no one acted on, and "what was the target of the raid" asks the target
TARGET_OF = re.compile(
    r"\b(?:(?P<become>become|becomes|became|becoming|come|comes|came|coming)\s+(?:(?:such|quite)\s+)?"
    r"(?:(?:a|an|the)\s+)?(?:[a-z]+\s+)?(?:target|subject|focus|object|butt)"
    r"|(?:(?:such|quite)\s+)?\b(?:a|an)\s+(?:[a-z]+\s+)?(?:target|butt))\s+of\s+(?=[a-z])",
    re.IGNORECASE,
)
BECOMING = {"become": "come", "becomes": "comes", "became": "came", "becoming": "coming"}


def target_read(text: str) -> str:
    """`text` with the target of a noun read as under it ("why did the guild become such a target of criticism" ->
    "… come under criticism"; TARGET_OF): the target, subject or focus are no words of what was done."""
    if "of" not in text.lower():
        return text

    def under(m: re.Match[str]) -> str:
        verb = m["become"]
        return f"{BECOMING.get(verb.lower(), verb)} under " if verb else "under "

    return TARGET_OF.sub(under, text)


def _particles(particles: str) -> str:
    """A verb's particles (KEEPING_VERBS) and their chat shorthands (ABBREVIATIONS' "w" for "with": "sticking w the
    guild")."""
    told = particles.split("|")
    return "|".join(told + [short for short, full in ABBREVIATIONS.items() if full in told])


# a phrasal verb of keeping on with something, with its particle (KEEPING_VERBS: "sticking with", "hang on to")
_KEEPING = Deferred(
    r"\b(?:"
    + "|".join(rf"({'|'.join(forms.split())})\s+(?:{_particles(told)})" for forms, told in KEEPING_VERBS.items())
    + r")(?:/|\b)",
    re.IGNORECASE,
)


def keeping_read(text: str) -> str:
    """`text` with a phrasal verb of keeping on with something read as the same form of "keep", its particle dropped
    ("why is the guild sticking with the lease" -> "… keeping the lease", "why did Lind hang on to it" -> "… keep
    it"): the facts tell what was kept, and why, in the plain verb. Not after a verb making it passive
    (`_passive_at`: "why was the letter stuck to the door" tells where it was fixed)."""
    if not KEEPING_PHRASALS.keys().isdisjoint(words(text)):
        text = _KEEPING.sub(lambda m: m[0] if _passive_at(text, m) else _kept_form(m), text)
    return text


# the verbs before a participle that make it passive or a state ("was stuck to the door", "is the letter stuck to
# it", "got stuck to it"): general English
PASSIVE_HEADS = frozenset("be is are am was were been being get gets got gotten getting".split())


def _passive_at(text: str, m: re.Match[str]) -> bool:
    """The phrasal verb matched is a participle (the past form of KEEPING_PHRASALS) after a verb making it passive
    in the clause before it, its subject between or not ("why was the letter stuck to the door"): a thing fixed to
    a place, not a keeping on with it."""
    if KEEPING_PHRASALS[next(g for g in m.groups() if g).lower()] != "kept":
        return False
    return not PASSIVE_HEADS.isdisjoint(words(re.split(r"[,;:.?!]", text[: m.start()])[-1]))


def _kept_form(m: re.Match[str]) -> str:
    """The form of "keep" standing for the matched phrasal verb of keeping (KEEPING_PHRASALS)."""
    return KEEPING_PHRASALS[next(g for g in m.groups() if g).lower()]


# a verb of giving voice, an optional determiner and a noun of what was voiced (VOICING_PHRASALS, VOICED_NOUNS)
_VOICING = Deferred(
    r"\b(" + "|".join(sorted(VOICING_PHRASALS, key=len, reverse=True)) + r")(?=\s+"
    r"(?:(?:" + "|".join(sorted(VOICED_DETERMINERS)) + r")\s+)?"
    r"(?:" + "|".join(sorted(VOICED_NOUNS, key=len, reverse=True)) + r")\b)",
    re.IGNORECASE,
)


def voicing_read(text: str) -> str:
    """`text` with a verb of giving voice before its noun read as the same form of "say" ("where have the keepers
    been voicing their objections" -> "… saying their objections"; "aired concerns" -> "said concerns"): the facts
    tell it as what was said, and the noun still says what. A noun before the one voiced ("voicing their lease
    concerns") is kept as typed, pair and all."""
    if not VOICING_PHRASALS.keys().isdisjoint(words(text)):
        text = _VOICING.sub(lambda m: VOICING_PHRASALS[m[1].lower()], text)
    return text


# "why did the guild refuse to drop the lease": a refusal is the act not done, whose reason is what is asked, as in
# "why did the guild not drop the lease" (a fact tells why it kept it, seldom in the word "refuse"); only after
# "why" and a "did/does/do/would/will" that takes the bare verb (general English; fresh tester 86)
WHY_REFUSED = re.compile(
    r"^(\s*(?:(?:so|and|but)\s+)?why\s+(?:did|does|do|would|will)\s+(?:\S+\s+){1,5}?)(?:refuse|decline)\s+to\s+(?=[a-z])",
    re.IGNORECASE,
)


def refusal_as_not(text: str) -> str | None:
    """ "why did the guild refuse to drop the lease" -> "why did the guild not drop the lease" (WHY_REFUSED); None
    for a question not asking so. A second reading, tried first: a fact may tell the refusal in that word too."""
    read = WHY_REFUSED.sub(r"\1not ", text)
    return read if read != text else None


# "did the guild deny helping the wardens": a denial of an act put as a gerund, which is a saying that it was not so
# (general English: to deny doing something is to say one is not doing it); the auxiliary, who, and the gerund on
DENIED_GERUND = re.compile(r"^(did|does|do|has|have|had)\s+(.+?)\s+(?:deny|denied|denies)\s+(\w+ing\b.*)$")


def denial_as_said_not(text: str) -> tuple[str, str] | None:
    """ "did the guild deny helping the wardens" -> ("did the guild say it was not helping the wardens", "helping")
    (DENIED_GERUND): the reading and the act denied; None for a question not asking so. A second reading, tried when
    the words as typed find nothing: the articles tell a denial as a saying ("the guild said its lease was not
    helping …")."""
    m = DENIED_GERUND.match(text)
    if m is None:
        return None
    return f"{m.group(1)} {m.group(2)} say it was not {m.group(3)}", m.group(3).split()[0]


# words closing a chat question that only set its tone ("what is the guild btw", "who is Lind anyway", "… tho"):
# never what is asked, nor a thing of the subject's ("the guild's btw"); general English
CLOSING_PARTICLES = frozenset("btw anyway anyways tho though lol haha lmao".split())


# A zero-width space (U+200B) is the one invisible character Unicode gives as parting words (UAX #29 leaves it out of
# the Format characters a word runs over); chat clients paste it between words ("what\u200bis\u200blamp") as well
# as inside them ("HAR\u200bBOUR"), which bot/text.py `clean` joins
_PARTING = "\u200b"
_PARTED_RUN = re.compile(r"\w+(?:\u200b+\w+)+")


def parted(question: str, known: Callable[[str], bool]) -> str:
    r"""`question` with each run of word characters parted by zero-width spaces given spaces instead, when the run
    joined is no word `known` takes (lower-cased) while each of its parts is one: "what\u200bis\u200blamp" ->
    "what is lamp", while "HAR\u200bBOUR" stays (and is joined as `clean` joins it)."""
    if _PARTING not in question:
        return question

    def part(match: re.Match[str]) -> str:
        run = match.group(0)
        pieces = [p for p in run.split(_PARTING) if p]
        joined = "".join(pieces).lower()
        if known(joined) or not all(known(p.lower()) for p in pieces):
            return run
        return " ".join(pieces)

    return _PARTED_RUN.sub(part, question)


def first_line(question: str) -> tuple[str, str] | None:
    """The first line of a message of several (a Slack or Discord message with a second line typed after
    Shift-Enter, a pasted note) and the rest after it, each stripped; None for a message of one line."""
    lines = [line.strip() for line in question.splitlines()]
    lines = [line for line in lines if line]
    if len(lines) < 2:
        return None
    return lines[0], " ".join(lines[1:])


# the questions normalized last, each with its reading: an answer normalizes its question more than once (the
# two-part checks before answering, then answering; `Normalized` is frozen, its tokens read and never changed)
_RECENT: Recent[str, Normalized] = Recent(16)


def normalize(question: str) -> Normalized:
    """`question` read as words (`Normalized`): a pure function of the text, kept for the last few questions."""
    found = _RECENT.get(question)
    return found if found is not None else _RECENT.put(question, _normalize(question))


def _normalize(question: str) -> Normalized:
    norm = _normalized(question)
    tokens = norm.tokens
    end = len(tokens)
    while end > 2 and tokens[end - 1] in CLOSING_PARTICLES:
        end -= 1
    if end == len(tokens):
        return norm
    breaks = tuple(b for b in norm.breaks if b < end)
    return Normalized(
        text=norm.text,
        tokens=tokens[:end],
        breaks=breaks,
        asides=frozenset(a for a in norm.asides if a < end),
        typed=norm.typed,
    )


def _normalized(question: str) -> Normalized:
    if "\n" in question or "\r" in question:  # two pasted lines, each a question: the first one ends at its line's end
        question = _LINE_QUESTION.sub(". ", question)
    cleaned = without_markup(clean(question))
    text = NEGATED_OPENING.sub(r"\1\2", CLAIM_ALTERNATIVE.sub(r"\1", OR_NOT_CLOSING.sub(r"\1\2", cleaned)))
    text = ELAPSED_OPENING.sub(r"\1when", text)
    text = LENGTH_OPENING.sub(r"\1how long ", text)
    purpose = SUM_NAMED_PURPOSE.match(text) is not None
    text = SUM_NAMED_PURPOSE.sub(r"\1what", text) if purpose else text
    noun = PURPOSE_NOUN_OPENING.match(text)
    if noun is not None and WRITINGS.isdisjoint(_tokens(noun["thing"])):
        purpose = True
        text = f"{noun[1]}what {noun[2] or 'is'} {noun['thing']} for{text[noun.end() :]}"
    read = hearsay_as_tagged(WAY_OF_TELLING.sub(r"according to \g<who>", GO_AHEAD_AND.sub("", text)))
    read = RESPECT_WISE.sub(r"in terms of \1", read)
    read = voicing_read(keeping_read(criticizing_read(target_read(read))))
    typed = cleaned if NEGATED_OPENING.match(cleaned) or purpose or read != text else ""
    text = read
    if "/" in text:
        text = _SLASHED.sub(lambda m: SLASHED[m[0].lower()], _SLASH_DATE.sub(_slash_date, text))
    if not _PARTED.search(text):  # one piece: no dashes, colons, commas, dots, brackets, marks followed by more
        return Normalized(text=text, tokens=_tokens(text), typed=typed)
    tokens: list[str] = []
    breaks: list[int] = []
    asides: set[int] = set()
    depth = 0
    for part in _BRACKET.split(text):
        if part in ("(", "["):
            depth += 1
            continue
        if part in (")", "]"):
            depth = max(0, depth - 1)
            continue
        for piece in PIECE_BREAK.split(part):
            found = _tokens(piece)
            if found and tokens:
                breaks.append(len(tokens))
            if depth:
                asides.update(range(len(tokens), len(tokens) + len(found)))
            tokens += found
    # "ok switching topics, what is the guild", "anyway, unrelated: …": the question alone
    turning = [b for b in breaks if all(t in TURNS for t in tokens[:b]) or _turning_piece(tokens[:b])]
    if turning and (not TURN_WORDS.isdisjoint(tokens[: turning[-1]]) or _turning_piece(tokens[: turning[-1]])):
        cut = turning[-1]
        tokens = tokens[cut:]
        breaks = [b - cut for b in breaks if b > cut]
        asides = {a - cut for a in asides if a >= cut}
    if breaks and _answer_form(tokens[breaks[-1] :]):  # "what is the guild, in one line": the question alone
        cut = breaks[-1]
        tokens = tokens[:cut]
        breaks = breaks[:-1]
        asides = {a for a in asides if a < cut}
    return Normalized(text=text, tokens=tokens, breaks=tuple(breaks), asides=frozenset(asides), typed=typed)


# a closing piece asking how long the answer be ("…, in one line", "…, in a sentence or two", "…, briefly"): how to
# answer, never what is asked (general English)
ANSWER_LENGTHS = frozenset("line lines sentence sentences word words".split())
ANSWER_COUNTS = frozenset("a one 1 two 2 three 3 few a couple of or".split())


def _answer_form(piece: list[str]) -> bool:
    """`piece` (the words after a question's last break) only asks for the answer's length: "in one line", "in a
    sentence or two", "in a few words", "in short", "briefly"."""
    if piece in (["briefly"], ["in", "short"], ["in", "brief"]):
        return True
    return (
        len(piece) >= 2
        and piece[0] == "in"
        and any(w in ANSWER_LENGTHS for w in piece[1:])
        and all(w in ANSWER_LENGTHS or w in ANSWER_COUNTS for w in piece[1:])
    )
