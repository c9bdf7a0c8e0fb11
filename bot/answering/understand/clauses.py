"""Which words of a question ask and which do not: scene-setting clauses ("after that big letter, …"), the
asker's remarks ("saw it in the gazette"), asides, and phrases in quotation marks. Positions only; grammar, never
brief content.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from functools import lru_cache

from bot.answering.articles import (
    ARTICLE_WORDS,
    OUTLET_NOUNS,
    PHOTO_WORDS,
)
from bot.answering.understand.lexicon import (
    AUXILIARIES,
    DETERMINERS,
    LEAD_INS,
    MANNERS,
    PAST,
    PRONOUNS,
    VOICING,
    WH_WORDS,
)
from bot.answering.understand.times import MONTH_NUMBER
from bot.text import on_first_use, words

# Words that open a clause setting the scene for what is asked ("after that big letter", "when nobody opened the
# door", "as of the 2018 protest", "at the time of the protest"): its words say which event is meant, not what is
# asked about it. Grammar, not brief content.
SUBORDINATORS: tuple[tuple[str, ...], ...] = tuple(
    tuple(s.split())
    for s in (
        "according to",
        "at the time of",
        "by the time",
        "in the wake of",
        "in response to",
        "as of",
        "after",
        "when",
        "whenever",
        "once",
        "since",
        "before",
        "until",
        "till",
        "while",
        "following",
        "despite",
        "in spite of",
        "even with",  # "did they renew even with all the staff pushback": a concession, as "despite"
        "although",
        "even though",
        "if nobody",  # "how did they deliver it if nobody opened the door": a stated premise, no condition asked
        "if no one",
    )
)
TRAILING_ONLY = frozenset({("according", "to")})
# the subordinators that concede ("did they still renew even though staff objected"): with one, "still" before the
# act means "all the same", not "to this day"
CONCEDING = frozenset(
    {("despite",), ("in", "spite", "of"), ("even", "with"), ("although",), ("even", "though"), ("though",)}
)


def concedes(tokens: list[str]) -> bool:
    """`tokens` hold a conceding subordinator (CONCEDING): "despite", "even though" …"""
    return any(tuple(tokens[i : i + len(c)]) == c for c in CONCEDING for i in range(len(tokens)))


SIMULTANEOUS = frozenset({("when",), ("whenever",), ("while",)})  # "after getting the letter" is an earlier event
EMBEDDING = frozenset("know knows remember recall wonder wondering idea sure me ask asking unclear".split())
RESPONDING = frozenset("respond responded responds react reacted reacts reply replied replies".split())
SUBORDINATOR_STARTS = frozenset({words_[0] for words_ in SUBORDINATORS} | {"to"})
# adverbs that may open an asker's remark before its verb ("never heard of them", "just saw it in the paper")
REMARK_ADVERBS = frozenset("never just only really still already actually honestly literally".split())
# a reporting verb ending a short remark after the question ("the Gazette mentions it"): who told, not what is asked
REPORTING = frozenset(
    "mentions mentioned says said reports reported writes wrote notes noted explains explained covers covered".split()
)
# a phrase in quotation marks, opened after a space (not the apostrophe of "the keeper's") and closed before one
QUOTED = on_first_use(r"""(?:^|\s)["“‘']([^"“”‘’]+?)["”’'](?=$|[\s?.!,;:])""")
QUOTED_WORDS = 3  # a quoted phrase this long is the words asked about, not a term in quotes
QUOTED_KEPT = 64  # question texts whose quoted phrases stay worked out (one question asks up to ~7 times)


# "who said it's just paper": the words after an opening "who said" are the words asked about, marks or none
WHO_SAID = on_first_use(r"^(?:(?:so|and|but|ok|hey|wait) )*who (?:said|says|wrote|writes|chanted|shouted|yelled) (.+)$")


# "which article quotes an organizer saying it's just paper", "what piece has Lind saying …": an article asked for
# by someone it gives as saying some words (or chanting, shouting them: VOICING); the words after the verb are a
# quotation to find, never the question's own
# (their "it" or "you" is the speaker's)
ARTICLE_QUOTES_SAYING = on_first_use(
    rf"^(?:(?:so|and|but|ok|hey|wait) )*(?:which|what) (?:\w+ )?(?:{'|'.join(sorted(ARTICLE_WORDS | OUTLET_NOUNS))})"
    r" (?:quotes|quoted|quote|has|had|shows|showed|show) (.+?)"
    rf" (?:{'|'.join(sorted(VOICING))}) (?:that )?(.+)$"
)


def quoted_saying(text: str) -> tuple[str, str]:
    """The speaker and the words of a question asking which article gives someone as saying them ("which article
    quotes an organizer saying it's just paper" -> ("an organizer", "its just paper")), each as `words` joined by
    single spaces; ("", "") for any other question."""
    found = ARTICLE_QUOTES_SAYING().match(" ".join(words(text)))
    return (found.group(1), found.group(2)) if found else ("", "")


def quotation_at(tokens: Sequence[str]) -> int:
    """Where in a question's `tokens` the words it asks an article to quote begin (`quoted_saying`: "which article
    quotes an organizer saying it's just paper" -> the index of the word after "saying"), found where the match
    begins, not counted back from the end (a token may be more than one word: "2-3"); len(tokens) when it asks
    none."""
    joined = " ".join(tokens)
    found = ARTICLE_QUOTES_SAYING().match(joined)
    if found is None:
        return len(tokens)
    starts = list(itertools.accumulate((len(t) + 1 for t in tokens), initial=0))
    return bisect.bisect_right(starts, found.start(2)) - 1


def quotation_typed(text: str) -> str:
    """The words a question asks an article to quote (`quoted_saying`), as typed: apostrophes, digits and case kept,
    the question's closing marks and any speech marks around them dropped ("which article quotes someone saying
    “we've got 2 hours”?" -> "we've got 2 hours"); "" for any other question."""
    at = quotation_at(words(text))
    counted = 0
    for chunk in re.finditer(r"\S+", text):  # (`words` reads each run between spaces on its own)
        if counted >= at and words(chunk.group()):
            return text[chunk.start() :].rstrip(" ?.!").strip("\"“”‘’' ")
        counted += len(words(chunk.group()))
    return ""


# "who said / shouted …": words someone is asked to have spoken aloud ("who wrote the op-ed attacking …" names a piece)
WHO_SPOKE = on_first_use(r"^(?:(?:so|and|but|ok|hey|wait) )*who (?:said|says|chanted|shouted|yelled) ")


# "what did those who said we won't stand by say": whoever spoke some words, named by them (a follow-up's "they"
# after "who said …" reads so), asked what they said
THOSE_WHO_SPOKE = on_first_use(r"\bthose who (?:said|say|says|chanted|shouted|yelled) (.+) (?:say|said)$")


def words_of_speakers(text: str) -> str:
    """The words a question asking what someone said names that one by ("what did those who said happy hunting
    say" -> "happy hunting"): what they said besides is asked; "" for any other question."""
    found = THOSE_WHO_SPOKE().search(" ".join(words(text)))
    return found.group(1) if found else ""


def words_spoken(text: str) -> str:
    """The words a question asking who spoke them gives after its verb ("who said happy hunting" -> "happy
    hunting"), quotation marks or none; "" for any other question."""
    said = " ".join(words(text))
    found = WHO_SPOKE().match(said)
    return said[found.end() :] if found else ""


SPOKEN_WORDS = 2  # words in quotation marks after "who said" that are the words asked about ("who said 'abolish it'")


def spoken_phrases(text: str) -> tuple[str, ...]:
    """The words a question asking who spoke them gives: in quotation marks, SPOKEN_WORDS or more of them ("who said
    'abolish the guild'"), or quoted_phrases ("who said it's just paper"); () for any other question."""
    if not WHO_SPOKE().match(" ".join(words(text))):
        return ()
    marked = tuple(" ".join(words(m.group(1))) for m in QUOTED().finditer(text))
    return tuple(p for p in marked if p.count(" ") + 1 >= SPOKEN_WORDS) or quoted_phrases(text)


@lru_cache(maxsize=QUOTED_KEPT)
def quoted_phrases(text: str) -> tuple[str, ...]:
    """The phrases `text` quotes that are words asked about (QUOTED_WORDS or more of them), each as its `words`
    joined by single spaces: "who said 'we've seen this before'" -> ("weve seen this before",); without quotation
    marks, the words after an opening "who said" ("who said it's just paper" -> ("its just paper",)). Kept for the
    last texts: deciding asks it of one question's text once per near candidate."""
    said = [" ".join(words(m.group(1))) for m in QUOTED().finditer(text)]
    if not said:
        unmarked = WHO_SAID().match(" ".join(words(text)))
        said = [_named_by(unmarked.group(1))] if unmarked else []
    if not said and (asked := quoted_saying(text)[1]):
        said = [asked]  # "which article quotes someone saying it's just paper": the words after "saying"
    return tuple(p for p in said if p.count(" ") + 1 >= QUOTED_WORDS)


# nouns for a piece of someone's words: "who said the tech line" names the words by some of them
SAYING_NOUNS = frozenset("line lines quote quotes bit remark remarks comment comments phrase slogan".split())


def _named_by(phrase: str) -> str:
    """The words a "who said" phrase gives as said: "the lantern line" (a determiner, some of the words, a noun for
    a piece of words: SAYING_NOUNS) gives only "lantern", which stand for the words, not their whole; any other
    phrase is the words themselves ("its just paper")."""
    tokens = phrase.split()
    if len(tokens) > 2 and tokens[0] in ("the", "that", "this") and tokens[-1] in SAYING_NOUNS:
        return " ".join(tokens[1:-1])
    return phrase


HEARSAY = frozenset("people everyone everybody folks someone somebody".split())  # who keeps saying it
# whom an answer is asked to suit, in a piece of its own: "…, for people who aren't sailors", "for a newbie - …" (and
# "for the non sailors": people named by what they are not)
AUDIENCE = frozenset(
    "people folks someone somebody anyone those us me a an beginners newbies dummies outsiders".split()
)
# "what's the X they mention": a clause closing the question on a pronoun and a reporting verb says where the asker
# met X (the article, a speaker), not what is asked of it
CLOSING_SUBJECTS = frozenset({"they", "it", "he", "she", "you", "u"})
CLOSING_REPORTING = REPORTING | frozenset(
    "mention say report write note explain cover describe describes described cite cites cited quote quotes quoted"
    " talk talks talked refer refers referred reference references referenced".split()
)
REPEATING = frozenset("keep keeps kept always often constantly".split())  # "… the policy they keep mentioning"
TALKING = frozenset(
    "mentioning talking saying bringing posting sharing tweeting discussing"
    " mentions mention talks talk says say brings bring cites cite quotes quote discusses discuss".split()
)  # ("… the one everyone brings up": a clause of hearsay in the present too)
SOURCE_REMARK_WORDS = 6  # such a remark is a name, maybe its piece, and its verb: "the gazette piece explains it"
REMARK_ENDINGS = frozenset({"so", "too", "somewhere", "there"})  # "… says so", "… mentions it somewhere"
CLOSING_ENDINGS = REMARK_ENDINGS | {"about", "to", "here"}  # "… the group they talk about"
# "…, per these articles", "according to the sources, …": the asker's articles as a whole said to be where the answer
# is told, which every answer is; no one article named (that is a source: `Understander.find_sources`). Grammar.
WHOLE_ATTRIBUTIONS = (("per",), ("according", "to"), ("acc", "to"), ("based", "on"), ("going", "by"))
WHOLE_SOURCES = frozenset(w for w in ARTICLE_WORDS if w.endswith("s")) | {"sources", "reports", "texts"}
WHOLE_DETERMINERS = frozenset("the these those your ur my our its all".split())
ASKER = frozenset({"i", "im", "we", "ive", "weve"})  # ("im": "i'm" as read, the apostrophe gone)
REQUESTERS = ASKER | {"me", "us"}
PURPOSE_WORDS = 4  # a piece saying what the answer is for: "for the leaflet", "for my zine", "for a school project"


def _asks(piece: list[str]) -> bool:
    """A piece of a question that asks something: it holds a question word, or opens with an auxiliary ("did …")."""
    opening = [t for t in piece if t not in LEAD_INS]
    if not WH_WORDS.isdisjoint(piece) or (opening and opening[0] in AUXILIARIES):
        return True
    if opening[:1] == ["when"] and len(opening) > 1 and opening[1] in AUXILIARIES:
        return True  # "… - when was that?"
    n = _subordinate_at(opening, 0)  # "as of the 2018 protest had any of the campaigns worked"
    return bool(n) and not AUXILIARIES.isdisjoint(opening[n:])


# words that only press for what a closing question word asks ("… starts when exactly", "… when again"): no clause
PRESSING = frozenset({"exactly", "precisely", "again"})


def _subordinate_at(tokens: list[str], i: int, *, trailing: bool = False) -> int:
    """The length of a subordinator starting at position i, 0 when none does. "when"/"since"/"before"/"after"
    followed by an auxiliary ("when did", "since when") asks rather than sets the scene. "According to" only
    trails (`trailing`: "why …, according to the report on the vigil" points to where; "according to the keeper,
    who …" names whose account is asked)."""
    if i >= len(tokens) or tokens[i] not in SUBORDINATOR_STARTS:
        return 0
    if i > 0 and tokens[i - 1] in DETERMINERS:
        return 0  # "the following year", "the before and after": a word of a noun phrase
    if i > 0 and tokens[i] == "to" and tokens[i - 1] in RESPONDING:
        return 1  # "how did X respond to the staff's dissent": what was responded to sets the scene
    for words_ in SUBORDINATORS:
        n = len(words_)
        if tuple(tokens[i : i + n]) == words_:
            if words_ in TRAILING_ONLY and not trailing:
                return 0
            nxt = tokens[i + n] if i + n < len(tokens) else ""
            if not nxt or nxt in AUXILIARIES or nxt in WH_WORDS or nxt == "when":
                return 0
            after = tokens[i + n + 1] if i + n + 1 < len(tokens) else ""
            if nxt in PRESSING and (not after or after in AUXILIARIES):
                # "the lease starts when exactly", "when exactly did the lease expire": a question word pressed for
                # asks, closing the question or before its auxiliary as it would without the pressing word
                return 0
            if nxt.isdigit() or nxt in MONTH_NUMBER:
                return 0  # "since 2011", "after july 2011": when, which the years and dates the question names steer
            if words_ == ("when",) and i > 0 and tokens[i - 1] in EMBEDDING:
                return 0  # "do you know when …", "tell me when …": the question itself, embedded
            if len(nxt) > 4 and nxt.endswith("ing") and words_ in SIMULTANEOUS:
                return 0  # "when claiming its contract …": how the asked act was done, the same event
            return n
    return 0


def _states(tokens: list[str], piece: range) -> bool:
    """A piece with a verb form a bare noun phrase lacks: an auxiliary or a past participle ("had", "described")."""
    return any(
        tokens[i] in AUXILIARIES or tokens[i] in PAST or (len(tokens[i]) > 4 and tokens[i].endswith("ed"))
        for i in piece
    )


def _tells_source(tokens: list[str], piece: range) -> bool:
    """A statement by the asker, opening with "I"/"we" or a past verb, maybe after an adverb ("saw the name in the
    gazette story", "i read it in the herald", "never heard of them"), or a short one saying who reported it ("the
    Gazette mentions it", "the Post says so"), rather than a noun phrase that says which thing is meant ("the one that
    had expired")."""
    opening = [i for i in piece if tokens[i] not in LEAD_INS and tokens[i] not in REMARK_ADVERBS][:1]
    if not opening:
        return False
    if tokens[opening[0]] in ASKER or _states(tokens, range(opening[0], opening[0] + 1)):
        return True
    said = [tokens[i] for i in piece if i > opening[0]]
    if tokens[opening[0]] in HEARSAY and not TALKING.isdisjoint(said):
        return True  # "ppl keep mentioning it in the guild thread": where the asker met it
    return len(said) <= SOURCE_REMARK_WORDS and any(
        w in REPORTING and set(said[k + 1 :]) <= PRONOUNS | REMARK_ENDINGS for k, w in enumerate(said)
    )


def context_positions(
    tokens: list[str],
    breaks: tuple[int, ...] = (),
    asides: frozenset[int] = frozenset(),
    *,
    split: Pieces | None = None,
) -> set[int]:
    """The positions of words that set the scene rather than say what is asked: a piece opening with a
    subordinator before or after the pieces that ask ("after the lamp thing, which offices …"), and a
    subordinate clause of an asking piece ("did the guild drop its contract after that big letter?", "as of the
    2018 protest, had any of the campaigns worked?"). Empty when the question is one clause. `split`: `pieces_of` of
    the same tokens and breaks, when worked out already."""
    pieces, asking = split or pieces_of(tokens, breaks)
    if not asking:
        asking = [p for p in pieces if not set(p) <= asides]  # "total paid so far? (the piece had a number)"
    if not asking:
        return set()
    # a piece of its own sets the scene when it opens with a subordinator ("after the lamp thing, which …"); a
    # statement before the question ("in 2018 it had two contracts - how big was the one …") is its subject
    context = {
        i
        for p in pieces
        if p not in asking and _subordinate_at([tokens[i] for i in p], 0, trailing=p.start > asking[0].start)
        for i in p
    }
    # where the asker read it: "in the 2018 piece about the vigil, how much …" says which article, not what is asked;
    # "in the photo caption, …", "according to the guild's report, …" say which words to read (blind set BN)
    context.update(i for p in pieces if p not in asking and _read_in(tokens[p.start : p.stop]) for i in p)
    # what the asker says before turning to the question with "but" ("sorry if this is obvious but what is …")
    context.update(
        i
        for p, after in itertools.pairwise(pieces)
        if after in asking and p not in asking and tokens[p.stop - 1] == "but"
        for i in p
    )
    # an aside in brackets that asks nothing and states something: "(the gazette piece had a number)", not a
    # clarification of what is asked ("(the ones in eastport and millbrook)")
    context.update(i for p in pieces if p not in asking and set(p) <= asides and _states(tokens, p) for i in p)
    # a statement after the question ("what's X? saw the name in the gazette story"): where the asker met the subject,
    # not what is asked
    context.update(_remarks(tokens, pieces, asking))
    for main in asking:
        start, end = main.start, main.stop
        while start < end and tokens[start] in LEAD_INS:
            start += 1
        wh = next((i for i in range(start + 1, end) if tokens[i] in WH_WORDS), None)
        if (
            wh is not None
            and _read_in(tokens[start:wh])
            and (tokens[start : start + 2] == ["according", "to"] or tokens[wh - 1] in READ_IN)
        ):
            # "according to the guild's report what were the keepers told", "in the op-ed what did Lind say …" (the
            # thing read right before the question word: not "in his op-ed Lind says they are pressured into doing
            # what", whose words up to "what" ask): the report is where, as after a comma
            context.update(range(start, wh))
            start = wh
        n = _subordinate_at(tokens, start)
        if n:  # a leading clause: up to the question word that opens the main clause, or its last auxiliary
            rest = range(start + n, end)
            opening = [i for i in rest if tokens[i] in WH_WORDS] or [i for i in rest if tokens[i] in AUXILIARIES][-1:]
            if opening:
                context.update(range(start, opening[0]))
                start = opening[0]
        for i in range(start + 1, end):  # a trailing clause: to the end of the piece
            if _subordinate_at(tokens, i, trailing=True):
                context.update(range(i, end))
                break
        if start < end and tokens[start] in DESCRIBED_ASKS:
            context.update(_describing_piece(tokens, range(start, end)))
    return context


# "when did Lind publish her op-ed defending the lease": after "when", asking the time of the act itself, a gerund
# right after a written piece's noun opens a clause saying which piece, by what it does, not the act dated; it runs
# to the end of the question's piece when no verb form follows (`_states`: "… the letter urging a stop was sent"
# keeps its verb). General English. ("where did Lind publish …" is left as it was: its outlet leads it by its words.)
DESCRIBED_ASKS = frozenset({"when"})
WRITTEN_PIECES = frozenset(
    "article articles story piece report op ed oped editorial column essay letter petition flyer flier leaflet memo"
    " statement".split()
)


def _describing_piece(tokens: list[str], piece: range) -> range:
    """The positions of a gerund clause describing a written piece named in `piece` (WRITTEN_PIECES), empty if none."""
    for i in range(piece.start + 2, piece.stop):
        if gerund(tokens[i]) and tokens[i - 1] in WRITTEN_PIECES and not _states(tokens, range(i + 1, piece.stop)):
            return range(i, piece.stop)
    return range(0)


# what a reader reads in, besides an article (ARTICLE_WORDS): "in the photo caption", "according to the report"
READ_IN = (
    ARTICLE_WORDS
    | PHOTO_WORDS
    | frozenset("report reports caption captions document documents op ed oped editorial column".split())
)
READ_IN_OPENINGS = (["in"], ["per"], ["according", "to"])


def _read_in(piece: list[str]) -> bool:
    """The words open with "in", "per" or "according to" and name something read (READ_IN): "in the 2018 piece
    about the vigil", "according to the guild's report", "in the cover photo caption"."""
    return any(piece[: len(o)] == o for o in READ_IN_OPENINGS) and not READ_IN.isdisjoint(piece)


def gerund(word: str) -> bool:
    return len(word) > 4 and word.endswith("ing")


TURNING = frozenset({"but", "so"})  # conjunctions that turn from a statement to a question after them


def turning_breaks(tokens: list[str], breaks: tuple[int, ...]) -> tuple[int, ...]:
    """The question's piece breaks with one more after a "but" or "so" that turns from what the asker says to a
    question ("sorry if this is obvious but what is the guild", "i read the gazette piece but when was it", "nobody
    opened the door so how did the note get in"): the words before it then form a piece of their own, which
    `context_positions` may leave out of what is asked (a premise stated, not asked)."""
    turns = [i + 1 for i, t in enumerate(tokens[:-1]) if t in TURNING and i and _opens_question(tokens[i + 1 :])]
    return tuple(sorted({*breaks, *turns})) if turns else breaks


def _opens_question(rest: list[str]) -> bool:
    return bool(rest) and (rest[0] in WH_WORDS or rest[0] in AUXILIARIES)


def remark_positions(tokens: list[str], breaks: tuple[int, ...] = (), *, split: Pieces | None = None) -> set[int]:
    """The positions of the asker's remarks after the question ("saw him on tv", "never heard of them"): they tell
    where the asker met the subject, not what is asked, so their words are not the question's words at all.
    `split`: `pieces_of` of the same tokens and breaks, when worked out already."""
    pieces, asking = split or pieces_of(tokens, breaks)
    found = _remarks(tokens, pieces, asking) if asking else set()
    # "what's the guild, for people who aren't sailors", "for the non sailors - what's the guild": whom to explain
    # it to, after the question or before one that asks
    for n, piece in enumerate(pieces):
        if tokens[piece.start] != "for" or (n == 0 and (not asking or asking[0] == piece)):
            continue
        whom = piece.start + 1 + (tokens[piece.start + 1 : piece.start + 2] == ["the"])
        if tokens[whom : whom + 1] and (tokens[whom] in AUDIENCE or (tokens[whom] == "non" and whom + 1 < piece.stop)):
            found |= set(piece)
        elif n == 0 and len(piece) <= PURPOSE_WORDS and PRONOUNS.isdisjoint(tokens[i] for i in asking[0]):
            # "for the leaflet: how much did the harbour pay the guild": what the answer is for, when the question
            # after it is whole (not "for the 2018 lease: how much was it", whose "it" is the piece's lease)
            found |= set(piece)
    # "give me a one liner for a leaflet about how much the harbour paid": the request's words frame the question
    # embedded after "about", which alone asks (no question word before it); so do they before "know" and the like
    # ("i need to know how much the harbour paid", "we wonder who signed it")
    # (an adverb between: "i need to know basically how much")
    about = next(
        (
            i + (tokens[i + 1] not in WH_WORDS)
            for i, t in enumerate(tokens[:-1])
            if (t == "about" or t in EMBEDDING)
            and (
                tokens[i + 1] in WH_WORDS
                or (_adverb(tokens[i + 1]) and tokens[i + 2 : i + 3] != [] and tokens[i + 2] in WH_WORDS)
            )
        ),
        None,
    )
    if about is not None and WH_WORDS.isdisjoint(tokens[:about]) and not REQUESTERS.isdisjoint(tokens[:about]):
        found |= set(range(about + 1))  # ("give me", "i need", "we want": the asker asks, no one of the brief)
    # "what was the harbour act people keep mentioning": a clause of hearsay closing the question, without a break
    for i in range(1, len(tokens) - 1):
        after_ask = tokens[i - 1] not in AUXILIARIES and tokens[i - 1] not in WH_WORDS  # not "what did people say"
        if after_ask and tokens[i] in HEARSAY and not TALKING.isdisjoint(tokens[i + 1 : i + 3]):
            found |= set(range(i, len(tokens)))
            break
        verb = i + 2 if tokens[i + 1] in REPEATING and i + 2 < len(tokens) else i + 1
        said = tokens[verb] in CLOSING_REPORTING or (verb > i + 1 and tokens[verb] in TALKING)
        closing = tokens[i] in CLOSING_SUBJECTS and said
        if after_ask and closing and set(tokens[verb + 1 :]) <= CLOSING_ENDINGS:
            found |= set(range(i, len(tokens)))  # "… the policy they (keep) mention(ing)", "… the group it talks about"
            break
        told = tokens[i] in ARTICLE_WORDS and said
        if told and set(tokens[verb + 1 :]) <= CLOSING_ENDINGS:
            # "… the policy the Gazette article mentions": the article and its verb, from the determiner on ("… the
            # articles keep mentioning", repeated, as a pronoun's clause is)
            opening = next((j for j in range(i - 1, max(0, i - 5) - 1, -1) if tokens[j] == "the"), None)
            if opening is not None and opening > 0:
                found |= set(range(opening, len(tokens)))
                break
    return found | whole_attribution(tokens)


def whole_attribution(tokens: list[str]) -> set[int]:
    """The positions of an attribution to the articles as a whole (WHOLE_ATTRIBUTIONS, determiners, a plural of
    WHOLE_SOURCES) that closes the question ("what was the policy about, per these articles") or opens it ("according
    to the articles, who signed"): where every answer is told, no word of what is asked. Empty otherwise."""
    if WHOLE_SOURCES.isdisjoint(tokens):  # each attribution ends in one: most questions name none, and skip the scan
        return set()
    for opening in WHOLE_ATTRIBUTIONS:
        n = len(opening)
        for i in (j for j in range(len(tokens) - n) if tuple(tokens[j : j + n]) == opening):
            end = i + n
            while end < len(tokens) and tokens[end] in WHOLE_DETERMINERS:
                end += 1
            if end >= len(tokens) or tokens[end] not in WHOLE_SOURCES:
                continue
            if end + 1 == len(tokens) and i > 0:
                return set(range(i, end + 1))  # closing the question
            if i == 0 and end + 1 < len(tokens):
                return set(range(end + 1))  # opening it
    return set()


Pieces = tuple[list[range], list[range]]  # a question's pieces and those of them that ask (`pieces_of`)


def pieces_of(tokens: list[str], breaks: tuple[int, ...]) -> Pieces:
    """The question's pieces (token ranges between breaks) and those of them that ask."""
    bounds = [0, *breaks, len(tokens)]
    pieces = [range(a, b) for a, b in itertools.pairwise(bounds) if b > a]
    return pieces, [p for p in pieces if _asks([tokens[i] for i in p])]


def _remarks(tokens: list[str], pieces: list[range], asking: list[range]) -> set[int]:
    """The positions of the pieces after the last asking one that are the asker's statements (_tells_source) or
    manners: an apology or thanks and what goes with it ("sorry, blanking", "thanks in advance")."""
    after = [p for p in pieces if p.start >= asking[-1].stop]
    polite = next((n for n, p in enumerate(after) if tokens[p.start] in MANNERS), len(after))
    return {i for n, p in enumerate(after) if n >= polite or _tells_source(tokens, p) for i in p}


def _adverb(token: str) -> bool:
    """A word that only hedges what follows: "basically", "really", "just"."""
    return token in REMARK_ADVERBS or (len(token) > 4 and token.endswith("ly"))
