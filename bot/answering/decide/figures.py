"""Whether a fact holds the figure an amount, count or date question asks for: an amount of the asked thing and
party (not "a $40,000 donation" for a contract), a count of the asked noun, a date the fact itself gives.
"""

from __future__ import annotations

import itertools
import re
import sys
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet

from bot.answering.acts import LIGHT_VERBS
from bot.answering.compose.figures import AMOUNT, NUMBER, REPEATS, TIMES, no_part, whole_untold
from bot.answering.compose.questions import asks_passive
from bot.answering.compose.yes_no_checks import bound_before
from bot.answering.decide.acts_told import CLIPPED, ActsTold
from bot.answering.decide.subjects import Subjects
from bot.answering.english import English
from bot.answering.enumeration import enumerated_as_asked
from bot.answering.retrieve import (
    OWNER_KINDS,
    Retriever,
    amount_owner,
    attached_after,
    names_other_thing,
    stems_after,
)
from bot.answering.understand.classes import NOUN_KINDS
from bot.answering.understand.lexicon import (
    ACTOR_KINDS,
    ADDING,
    AGREEMENTS,
    ARTICLES,
    AUXILIARIES,
    COPULAS,
    DETERMINERS,
    DURATION_UNITS,
    GATHERINGS,
    OCCASIONS,
    PERSON_NOUNS,
    SUMMING_WORDS,
)
from bot.answering.understand.question import NameSpans, Question
from bot.answering.understand.understander import counts_done_to, opening_actor
from bot.caches import Recent
from bot.class_nouns import PERSON_ROLES
from bot.dates import MONTHS
from bot.features import _COUNT_LOWER, COUNT, REQUEST_VERBS, _without_dates_lower, is_sum, without_dates
from bot.search import stem, stems
from bot.text import NUMBER_WORDS, SCALE_WORDS, STOPWORDS, Deferred, on_first_use, words

OCCASION_ENDS = frozenset("in per from according by for".split())  # what may follow an occasion named after "at"
OCCASION_OPENERS = frozenset({"in", "during"})  # open an occasion only before an event noun: "in the march"
# what opens a clause of another event in a fact ("held a protest … after reports that the port arrested 400";
# "; these reports set off the protests"): a count there is of that event, not of the occasion the fact also names
OTHER_EVENT = Deferred(r";|\b(?:after|before|following|because|since|amid|prompted by|set off)\b")
# a clause opened by one of those words, up to its end ("Before the 2014 contract, the fund invested …"): what it
# names is the time of what the rest of the sentence tells, not its subject
EVENT_CLAUSE = on_first_use(r"\b(?:after|before|following|since|amid)\b[^,;.]*", re.IGNORECASE)

WORTH_WORDS = frozenset({"worth", "value", "valued", "valuation", "revenue", "revenues"})
# verbs of what a party takes in (general English): asked of it alone, its income as a whole
EARNING = frozenset("earn earns earned earning".split())
PAYING = frozenset("pay pays paying paid".split())  # verbs whose doer is the payer (general English)
# verbs whose first object is who gets the money (general English: "offer the nonprofit $75,000", "pay the guild")
GIVING = PAYING | frozenset(
    "give gives gave giving offer offers offered offering grant grants granted award awards awarded hand hands handed"
    " lend lends lent send sends sent donate donates donated".split()
)
RECIPIENT_WORDS = 4  # the noun phrase after a verb of giving is read this far ("that immigrant rights nonprofit")
PAYMENT_WORDS = frozenset({"pay", "paid", "pays", "paying", "cost", "costs", "spend", "spent", "charge", "charged"})
VALUATION = on_first_use(r"\b(?:valuation|valued at|revenues?|market (?:value|capitali[sz]ation)|net worth)\b")

COUNTED_OF = on_first_use(
    r"\b(\w+)\s+(?:of\s+|by\s+)?"
    r"(?:(?:no\s+)?(?:more|fewer|less)\s+than\s+|(?:just\s+|well\s+)?over\s+|about\s+|nearly\s+|almost\s+"
    r"|around\s+|at\s+least\s+|some\s+|roughly\s+)?$",
    re.IGNORECASE,
)
BARE_OVER = on_first_use(r"^\w+\s+over\s+$", re.IGNORECASE)  # a word and "over" right before a number: no "of"
# "how many people": a count of people, which a number of anything else does not answer (general English)
PEOPLE = frozenset("people persons person folks individuals attendees participants".split())
# nouns for people, as words rather than stems: "demonstrated" shares the stem of "demonstrators"
# words asking for a figure, which an amount in words ("millions of dollars") does not give (general English)
PRECISE = frozenset("exactly exact precisely precise specifically".split())
# the endings English makes a noun for the doer of an act with ("signer", "voter", "actor"): the verb before them
AGENT_ENDINGS = ("er", "r", "or")
BOUND_WORDS = frozenset("of more than over about nearly almost around some at least up to roughly".split())
MONEY = on_first_use(r"\$|\b(million|billion|thousand|dollars?)\b")
DATE = Deferred(r"\b(1[89]|20)\d\d\b|\b(" + "|".join(m.lower() for m in MONTHS) + r")\b")
# "…, the Gazette noted in August 2019": when the report was made, not when what it tells of happened
REPORTED_WHEN = Deferred(
    r"\b(?:reported|noted|said|wrote|added|told)\s+in\s+(?:(?:early|mid|late)\s+)?(?:(?:"
    + "|".join(m.lower() for m in MONTHS)
    + r")\s+)?(?:1[89]|20)\d\d\b"
)
CONTRASTING = frozenset("compared comparison than versus vs unlike whereas".split())  # "how much … compared to X"


_LETTERS = re.compile(r"[A-Za-z]+")


# words that may stand between "and" and the second thing joined ("the letter and the petition")
JOINED_DETERMINERS = frozenset("the a an its their his her our".split())
# prepositions by which a name qualifies the noun before it ("the letter to Lind", "the lease with the guild")
QUALIFYING_PREPOSITIONS = frozenset("to from for with by of against".split())


# words counting several things a total is asked of ("the two leases", "both grants", "the 3 deals"): small numbers
# only, as typed or in words (general English)
SEVERAL = frozenset({"both", *NUMBER_WORDS[2:], *map(str, range(2, len(NUMBER_WORDS)))})
SEVERAL_REACH = 3  # words from a counting word to the noun it counts: "the two 2018 Harbour leases"
# words picking one of several things (general English): "one of the leases", "the first of the grants", "each"
ONE_OF = frozenset("one single either first second last latest earliest biggest largest smallest newest oldest".split())
EVERY_ONE = frozenset({"all", "every"})  # "the sum of all the leases", "add up every grant": each one of them


def total_of_parts(q: Question) -> bool:
    """The question asks a total of several things given apart: a word asking a sum (SUMMING_WORDS: "total",
    "combined", "sum", "together", or "add up") of two things it joins by "and" ("how many in total signed the letter
    and the petition", "the total number of arrests and prosecutions", "the combined value of the 9 million and 12
    million leases"), or of things it counts (`counts_several`: "the total value of the two 2018 leases", "how much
    were both leases worth together", "the sum of the three grants"); or "plus", which asks a sum by itself ("how
    much is $5 million plus $7 million"). For the joined things: content words (`Question.terms`, figures too) on
    both sides of the joining word, neither a year nor a name (a named pair, "Kestrel and Lantern", may have a sum
    paid for both); a year after the joining word's determiner qualifies the part that follows ("the 2018 letter and
    the 2019 petition")."""
    summing = "plus" in q.words
    if not summing and not _asks_sum(q):
        return False
    if not summing and (counts_several(q) or _of_every_one(q) or (q.kind == "amount" and plural_asked(q))):
        return True
    return _joining(q) is not None


def _joining(q: Question) -> int | None:
    """The position of the "and" (or "plus") joining two things a total is asked of (`total_of_parts`), or None."""
    tokens = q.words
    for at, token in enumerate(tokens[1:-1], start=1):
        if token != "and" and token != "plus":
            continue
        joined = (_head_before(q, at), _head_joined(q, at))
        if all(
            n not in q.named_at and tokens[n] in q.terms and tokens[n] not in q.years and tokens[n] not in SUMMING_WORDS
            for n in joined
        ):
            return at
    return None


def joined_parts(q: Question) -> tuple[list[str], list[str]] | None:
    """The two things a total is asked of, joined by "and" (`total_of_parts`), each as its content words
    (`Question.terms`, no word asking a sum): ("kestrel", "contract") and ("lantern", "renewal") of "the Kestrel
    contract and the Lantern renewal together", each searched for on its own for the sum it was given; None when none
    are joined."""
    at = _joining(q)
    if at is None:
        return None
    terms = set(q.terms) - SUMMING_WORDS
    return [t for t in q.words[:at] if t in terms], [t for t in q.words[at + 1 :] if t in terms]


def _head_before(q: Question, at: int) -> int:
    """The position of the word heading the part joined before the joining word at `at`: the word right before it,
    or, when that ends a name after a preposition ("the 2018 letter to Lind and the petition"), the word before the
    preposition, which the name only qualifies (the part is a letter, not Lind). General English prepositions."""
    left = at - 1
    while left > 0 and left in q.named_at:
        left -= 1
    if left < at - 1 and left > 0 and q.words[left] in QUALIFYING_PREPOSITIONS:
        return left - 1
    return at - 1


def _head_joined(q: Question, at: int) -> int:
    """The position of the word heading the part joined after the joining word at `at`: past determiners and years
    ("and the 2019 petition"), and past names that qualify a noun after them ("and the Harbour renewal": the part is
    a renewal, as "the Kestrel contract and the Lantern renewal" asks two agreements' sum, not a named pair's)."""
    tokens = q.words
    right = at + 1
    while right < len(tokens) - 1 and (tokens[right] in JOINED_DETERMINERS or tokens[right] in q.years):
        right += 1
    end = right
    while end < len(tokens) - 1 and end in q.named_at:
        end += 1
    if end > right and end not in q.named_at and tokens[end] in q.terms and tokens[end] not in SUMMING_WORDS:
        return end
    return right


def sum_of_all(q: Question) -> bool:
    """The question asks the sum of every one of the things it names: a word asking a sum (SUMMING_WORDS) or "add
    up" / "add together", and "all" or "every" before their plural noun (`_of_every_one`: "the sum of all the
    leases", "add up all harbour leases"): a total over them all, which a fact giving a total answers."""
    return _asks_sum(q) and _of_every_one(q)


def _asks_sum(q: Question) -> bool:
    """A word asking a sum (SUMMING_WORDS) or "add up" / "added together" (ADDING before "up" or "together")."""
    adding = any(t in ADDING and q.words[i + 1 : i + 2] in (["up"], ["together"]) for i, t in enumerate(q.words))
    return adding or not SUMMING_WORDS.isdisjoint(q.words)


# "5m + 7m", "$5 million+$7 million": a plus sign between two figures asks their sum, as "plus" does
PLUS_SIGN = on_first_use(r"\d\s*[a-z]*\s*\+\s*\$?\d", re.IGNORECASE)


def asks_adding(q: Question) -> bool:
    """The question asks figures added: "plus" or a plus sign between figures (PLUS_SIGN), a word asking a sum
    (`_asks_sum`), or a word of adding (ADDING: "add the $5 million and the $7 million")."""
    return "plus" in q.words or PLUS_SIGN().search(q.text) is not None or _asks_sum(q) or not ADDING.isdisjoint(q.words)


def asking_words(q: Question) -> frozenset[str]:
    """The words by which a question asks a total of parts (`total_of_parts`): those asking a sum (SUMMING_WORDS),
    of adding (ADDING) and counting the parts (SEVERAL: "the two contracts combined"); none when it asks no total.
    They say how the figure is asked, not of what: a brief need not use them."""
    return SUMMING_WORDS | ADDING | SEVERAL if total_of_parts(q) else frozenset()


def _counted_after(q: Question, at: int) -> list[str]:
    """The words a counting word at `at` may count: the next SEVERAL_REACH words, past years and determiners."""
    return [t for t in q.words[at + 1 : at + 1 + SEVERAL_REACH] if t not in q.years and t not in JOINED_DETERMINERS]


def _of_every_one(q: Question) -> bool:
    """ "All" or "every" (EVERY_ONE) with one of the question's plural terms within SEVERAL_REACH words after it,
    past years and determiners ("all the 2018 leases", "all harbour leases")."""
    for at, token in enumerate(q.words):
        if token not in EVERY_ONE:
            continue
        after = _counted_after(q, at)
        if any(t.endswith("s") and t in q.terms and t not in SCALE_WORDS for t in after):
            return True
    return False


# words ending in "s" that name no several things (general English): sums of money, and "news", "business"
NOT_PLURAL = SCALE_WORDS | frozenset("dollars news business analytics always perhaps its this".split())


def plural_asked(q: Question) -> bool:
    """A sum of money is asked of several things named by a plural noun with no count ("the sum of the leases",
    "what do the grants add up to"): a content word (`Question.terms`) ending in a single "s", neither a name the
    question names nor a word of money (NOT_PLURAL). Each of them may have a sum of its own, so one sum is no sum
    of them (the sum of several is asked as "what is the sum of the leases", as "of the two leases" is)."""
    return any(
        t in q.terms and t.endswith("s") and not t.endswith("ss") and t not in NOT_PLURAL and i not in q.named_at
        for i, t in enumerate(q.words)
    )


def counts_several(q: Question, start: int = 0) -> bool:
    """The question counts the things it asks of by a small number or "both" (SEVERAL) before their plural noun,
    within SEVERAL_REACH words past years and determiners ("the two 2018 leases", "both of the grants"), or "both"
    standing for them ("how much were both worth together"); not a figure of a sum ("2 million"). `start`: the
    first word looked at."""
    for at, token in enumerate(q.words[start:], start=start):
        if token not in SEVERAL:
            continue
        after = [t for t in _counted_after(q, at) if t != "of"]
        if not after:
            if token == "both":
                return True
            continue
        if after[0] in SCALE_WORDS:
            continue  # "2 million": a sum, not two things
        if after[0].endswith("s") and after[0] in q.terms:
            return True
        if token == "both" and after[0] not in q.terms:
            return True  # "were both worth …": both of the things talked about
    return False


# the counting words of SEVERAL as numbers ("both" counts two)
COUNTED = {"both": 2, **{w: n for n, w in enumerate(NUMBER_WORDS)}}


def parts_counted(q: Question) -> int | None:
    """How many things the question counts for a total of them (`counts_several`): 2 of "the two 2018 leases" or
    "both grants", 3 of "the guild's three grants"; None when it counts none (or only a sum's figure, "2 million")."""
    for at, token in enumerate(q.words):
        if token not in SEVERAL:
            continue
        after = [t for t in _counted_after(q, at) if t != "of"]
        if after and after[0] in SCALE_WORDS:
            continue  # "2 million": a sum, not two things
        if token == "both" or any(t.endswith("s") and t in q.terms for t in after):
            return int(token) if token.isdigit() else COUNTED[token]
    return None


def asks_plural_agreements(q: Question, start: int = 0) -> bool:
    """The question asks the sum of agreements it names in the plural ("how much were the leases worth", "what are
    the guild's grants worth"), past `start` (the asking word), no word picking one of them (ONE_OF: "one of the
    leases", "the first of the grants") nor asking their total (SUMMING_WORDS: "the total value of the leases", a sum
    the decider weighs): each one's sum is asked, as of "both leases" (`counts_several`)."""
    tokens = q.words[start:]
    return (
        any(t in AGREEMENTS and t.endswith("s") for t in tokens)
        and ONE_OF.isdisjoint(q.words)
        and SUMMING_WORDS.isdisjoint(q.words)
        and not any(t in ADDING for t in q.words)
    )


def gathered(q: Question) -> bool:
    """The question counts people by the gathering they made ("how big was the crowd", "the turnout"): GATHERINGS."""
    return q.counted == "people" and not (GATHERINGS | OCCASIONS).isdisjoint(q.words)


def role_of(noun: str) -> frozenset[str] | None:
    """The PERSON_ROLES part a people noun belongs to, or None when it is of none."""
    return next((r for r in PERSON_ROLES if noun in r), None)


def _counts_in(clause: str) -> bool:
    """The clause gives a count (COUNT) that is no length of time ("over several days", "for two hours")."""
    return any(
        not DURATION_UNITS.intersection(words(clause[m.end() : m.end() + 20])[:1]) for m in COUNT().finditer(clause)
    )


def _unit_asked(after: list[str], asked: list[str]) -> bool:
    """The word right after a count (`after`: [] or one word) is no unit of time (DURATION_UNITS), or one the
    question's words (`asked`) name, in the singular or the plural."""
    unit = next((w for w in after if w in DURATION_UNITS), None)
    return unit is None or not {unit.removesuffix("s"), f"{unit.removesuffix('s')}s"}.isdisjoint(asked)


def counted_noun(after: str) -> str:
    """The noun a figure counts, in the text right after it: past bounds and names ("more than 40 Harbour
    employees") and describing words ("over 260 undocumented immigrants"), the first people noun or plural word
    within three words; "" when none is found."""
    words_after = [w for w in _LETTERS.findall(after) if w.lower() not in BOUND_WORDS and not w[0].isupper()][:3]
    return next((w.lower() for w in words_after if w.lower() in PERSON_NOUNS or w.lower().endswith("s")), "")


def _counts_own_noun(after: str, forms: AbstractSet[str], noun_forms: frozenset[str]) -> bool:
    """The word right after a count is a plural noun (lemminflect's lemma of it as a noun is another word) whose stem
    is none of `forms` (the counted noun's, its synonyms the brief gives, the question's words): the count is of that
    noun, whatever the words after it name ("a letter with 300 signatures handed to the guild's chair" counts
    signatures, no chairs). A name there the question has ("a letter signed by 60 Harbour keepers" for "how many
    letters did Harbour keepers sign") only describes the noun the count is of, its head (`_head_past_names`),
    which, when it is another word of the question (`forms`), must be the head noun the question counts itself
    (`noun_forms`: its stem and the brief's synonyms, or a clipped form; `head_counted`): 60 counts the keepers
    the question names as signers, no letters. (A head the question does not have may be its counted noun in
    other words, "messages" for "comments"; when the question's head is unknown, `noun_forms` is empty: neither
    is read as another noun's count.)"""
    following = words(after)[:1]
    if not following:
        return False
    if _plural_noun(following[0]):
        return stem(following[0]) not in forms
    head = _head_past_names(after)
    if head is None or not noun_forms or stem(head) not in forms:
        return False
    return not ActsTold.said(noun_forms, frozenset({stem(head)}))


HEAD_REACH = 3  # words after a count within which the noun it counts stands ("60 Harbour dock employees")


def _plural_noun(word: str) -> bool:
    """lemminflect's lemma of `word` as a noun is another word: a plural noun ("employees", not "staff")."""
    lemmas = English.lemmas(word).get("NOUN", ())
    return bool(lemmas) and word not in lemmas


def _may_be_plural(word: str) -> bool:
    """lemminflect has a lemma of `word` as a noun that is another word: a plural noun, maybe a singular one too
    ("letters", which is its own lemma in "a man of letters"), as a phrase's head may be."""
    return any(lemma != word for lemma in English.lemmas(word).get("NOUN", ()))


def head_counted(q: Question) -> str | None:
    """The head noun of the phrase a count question counts, from its counted word on: the first plural noun within
    HEAD_REACH words, before a stopword ends the phrase ("how many criminal arrests" -> "arrests", "how many
    petitions did …" -> "petitions"); None when there is none lemminflect knows ("how many msgs")."""
    if not q.counted or q.counted not in q.words:
        return None
    for w in q.words[q.words.index(q.counted) :][:HEAD_REACH]:
        if _may_be_plural(w):
            return w
        if w in STOPWORDS:
            return None
    return None


def _head_past_names(after: str) -> str | None:
    """The head of the noun phrase right after a count that opens with no plural noun ("60 Harbour employees"):
    the first plural noun within HEAD_REACH words, past names and describing words (general English: the count is
    of the phrase's head noun, which the name only describes); None when a stopword ends the phrase first ("60 in
    the raids") or it has no such noun."""
    for w in [w for w in words(after[:60]) if w not in BOUND_WORDS][:HEAD_REACH]:
        if _may_be_plural(w):
            return w
        if w in STOPWORDS:
            return None
    return None


REPEAT_REACH = 5  # words before "<count> times" within which the act counted may stand ("protested at its offices")


def _repeats_act(text: str, match: Count, counted: set[str]) -> bool:
    """The count is of times ("several times", "three times"), after a word of the counted noun's stem within
    REPEAT_REACH words of the same clause: "activists protested at its offices several times" counts protests, as
    how often the act was done (general English: a count of an act's times is a count of those acts)."""
    if counted_noun(text[match[1] : match[1] + 60]) != "times":
        return False
    before = re.split(r"[.;:,]", text[: match[0]])[-1]
    return not counted.isdisjoint(stem(w) for w in words(before)[-REPEAT_REACH:])


SCALES = frozenset({"million", "billion"})  # sums of money; thousands are written out ("120,000")


DOES = frozenset({"did", "does", "do"})


def _act_after_did(q: Question) -> str | None:
    """ "How many people did the port arrest": the word right after "did" (or "does", "do") and its subject (a name
    the question names, else one word after an optional "the"), which the grammar makes a verb; None when there is
    none."""
    for i, t in enumerate(q.words):
        if t not in DOES:
            continue
        at = i + 1
        if at in q.named_at:
            while at in q.named_at:
                at += 1
        else:
            at += 2 if q.words[at : at + 1] == ["the"] else 1
        if at < len(q.words) and q.words[at].isalpha() and q.words[at] not in STOPWORDS:
            return q.words[at]
    return None


def scaled_figures(tokens: list[str]) -> set[tuple[str, str]]:
    """The sums `tokens` (text.words of a question or a fact) tell with a scale word, as (number, scale): "$49
    million" and "12m" (normalized to "12 million") give ("12", "million"); "1.5 billion", whose point `words`
    keeps, gives ("1.5", "billion")."""
    found: set[tuple[str, str]] = set()
    for i in range(1, len(tokens)):
        if tokens[i] in SCALES and tokens[i - 1].replace(".", "", 1).isdigit():
            found.add((tokens[i - 1], tokens[i]))
    return found


def exceeds(asked: list[str], told: list[str]) -> str:
    """The one sum a question puts a bound above on ("more than $5 million", as "5 million"), when `told` (a
    statement's words) does not give it but gives a larger one of the same scale, itself as a bound above or as it
    is ("more than $8 million", "$8 million"); "" otherwise."""
    sums = [k for k in range(1, len(asked)) if asked[k] in SCALES and asked[k - 1].replace(".", "", 1).isdigit()]
    if len(sums) != 1 or bound_before(asked, sums[0] - 1) != "above":
        return ""
    number, scale = asked[sums[0] - 1], asked[sums[0]]
    given = [k for k in range(len(told) - 1) if told[k + 1] == scale and told[k].replace(".", "", 1).isdigit()]
    if any(told[k] == number for k in given):
        return ""
    larger = any(float(told[k]) > float(number) and bound_before(told, k) in ("above", "") for k in given)
    return f"{number} {scale}" if larger else ""


# verbs that tell a sum as not (yet) handed over when it is their object (general English): "turned down a $40,000
# donation", "offered the nonprofit $40,000", "called for $2 million": asked as paid, such a sum was not
UNDONE_SUM_VERBS = on_first_use(
    r"\b(?:(?:turn|turns|turned|turning) down|(?:call|calls|called|calling|ask|asks|asked|asking) for"
    r"|refus|reject|declin|offer|propos|sought|seek|demand|request)\w*\b",
    re.IGNORECASE,
)
# the words between such a verb and its sum object: a noun phrase's few words, no clause break nor new verb
UNDONE_SUM_GAP = on_first_use(r"^\s+(?:(?!and\b|but\b|which\b|who\b|that\b|after\b)[\w'-]+\s+){0,3}$", re.IGNORECASE)
# verbs of a sum handed over (general English): a question asking one asks the sum as paid
HANDING_OVER = PAYING | frozenset(
    "give gives gave given giving donate donates donated donating spend spends spent spending contribute"
    " contributes contributed contributing".split()
)


def undone_sum(text: str, figure: str) -> str | None:
    """The verb phrase as `text` writes it ("turned down") that takes every sum in `text` written as `figure`
    ("$250,000", the lead's figure) as its object, a few words after it (UNDONE_SUM_VERBS: a sum turned down,
    offered, called for); None when one such sum is not so taken or `text` has none. Fresh tester 85: "how much
    did the guild pay" led "$40,000" of "a nonprofit turned down a $40,000 donation from the guild"."""
    digits = re.sub(r"[^\d.a-z]", "", figure.lower())
    sums = [m for m in AMOUNT.finditer(text) if re.sub(r"[^\d.a-z]", "", m.group(0).lower()) == digits]
    verbs: list[str] = []
    for m in sums:
        before = text[max(0, m.start() - 60) : m.start()]
        verb = next((v for v in UNDONE_SUM_VERBS().finditer(before) if UNDONE_SUM_GAP().match(before[v.end() :])), None)
        if verb is None:
            return None
        verbs.append(verb.group(0))
    return verbs[0] if verbs else None


# a question telling the handing over as tried or refused: "how much did the guild try to donate", "… the nonprofit
# that turned it down", "… that said no" (general English)
TRIED_OR_REFUSED = on_first_use(
    r"\b(?:try|tries|tried|trying|attempt\w*|wanted|wants|want|meant|intend\w*|plann?\w*)\b"
    r"|\b(?:turn|turns|turned|turning) (?:\w+ )?down\b|\b(?:say|says|said|saying) no\b"
)


def asks_handed_over(tokens: list[str]) -> bool:
    """The question's words ask a sum as handed over ("how much did the guild pay", "… donate") and name none of
    the acts that hold one back ("how much did the guild offer": what was offered is asked), nor tell it as tried
    or refused ("how much did the guild try to donate")."""
    if HANDING_OVER.isdisjoint(tokens):
        return False
    joined = " ".join(tokens)
    return UNDONE_SUM_VERBS().search(joined) is None and TRIED_OR_REFUSED().search(joined) is None


SUMS_KEPT = 4096  # statements whose words and sums are kept (`Figures._stated_sums`; its counts, `_counts_of`…)
Count = tuple[int, int, str]  # a count in a text: its start, its end and the figure as written
# what stands around a count (`Figures._neighbours`): the stems after it, the counted word's stem before it, and
# whether a bare "over" stands between them
Neighbours = tuple[tuple[str, ...], str | None, bool]


def _names_counted_in(said: Sequence[str], stemmed: Sequence[str], counted: str) -> bool:
    """A text whose `words` are `said` (`stemmed`: their stems, one for one) names the counted noun: by its stem, or
    for people by the noun itself, since people share a stem with their act ("protesters" and "a protest over
    several days", which counts no protesters); and a thing by a word that is no people noun ("the protesters" name
    no protests: `Figures.named_as_people`)."""
    if not counted:
        return False
    if counted in PERSON_NOUNS:
        base = counted.removesuffix("s")
        return not {base, f"{base}s", counted}.isdisjoint(said)
    asked = stem(counted)
    sharing = [w for w, s in zip(said, stemmed, strict=True) if s == asked]
    return bool(sharing) and not all(w in PERSON_NOUNS for w in sharing)


# a holder described before its name, from an article: "the naval contractor Harbour Works" (up to 3 words)
DESCRIPTION_REACH = 4
OTHER_ASKED = frozenset({"other", "another"})  # "the other contract": not the one told


def recipient_phrase(said: list[str]) -> list[str]:
    """The words of the noun phrase right after a verb of GIVING when its head (its last word before a function
    word, RECIPIENT_WORDS at most) is a word for a person or an organization (NOUN_KINDS of ACTOR_KINDS, PERSON_NOUNS):
    "how much did the firm offer that immigrant rights nonprofit" -> ["immigrant", "rights", "nonprofit"], whom the
    sum went to, which says nothing of what it is a sum of (the fact's "a $75,000 donation"); [] otherwise ("how
    much did the agency award the contract": the thing given)."""
    for v, w in enumerate(said):
        if w not in GIVING:
            continue
        j = v + 1
        while j < len(said) and said[j] in DETERMINERS:
            j += 1
        phrase = list(itertools.takewhile(lambda t: t not in STOPWORDS, said[j : j + RECIPIENT_WORDS]))
        head = phrase[-1] if phrase else ""
        if (head in NOUN_KINDS and NOUN_KINDS[head] <= ACTOR_KINDS) or head in PERSON_NOUNS:
            return phrase
    return []


class Figures:
    """Checks of a fact's figures against what an amount, count or date question asks."""

    def __init__(self, retriever: Retriever, subjects: Subjects, told: ActsTold, name_spans: NameSpans) -> None:
        self.retriever = retriever
        self.subjects = subjects
        self.told = told
        self._name_spans = name_spans
        self.brief = retriever.brief
        self._kind_of = retriever.entity_kind
        # a statement's words and the sums they tell, kept for the facts read most recently: `other_sum` reads them
        # for each of the 20-60 candidates of a question naming a sum (tuples of strings, never tracked by the GC)
        self._sums_kept: Recent[str, tuple[tuple[str, ...], tuple[tuple[str, str], ...]]] = Recent(SUMS_KEPT)
        # a text's counts, words and what stands around each count, kept the same way (`counts_asked` reads them for
        # each of the up to 40 facts of a second look, whose questions come back to the same facts)
        self._counts_kept: Recent[str, tuple[str, tuple[Count, ...]]] = Recent(SUMS_KEPT)
        self._words_kept: Recent[str, tuple[tuple[str, ...], tuple[str, ...]]] = Recent(SUMS_KEPT)
        self._neighbours_kept: Recent[str, tuple[Neighbours, ...]] = Recent(SUMS_KEPT)

    def fits_kind(self, doc_id: str, q: Question) -> bool:
        """How much / how many / when questions need a best fact holding an amount, a count or a date."""
        fact = self.brief.facts.get(doc_id)
        text = (fact.statement if fact else self.brief.entities[doc_id].description).lower()
        # (a sum is asked by how much, not by naming money: "what did the keepers want done with the money")
        sum_asked = "money_ask" in q.cues and "count" not in q.cues and q.kind not in ("topic", "what-is", "why-how")
        if sum_asked and not MONEY().search(text):
            return False
        # (who got "the bigger contract" asks a holder, the sum only tells which: a fact stating one answers, its
        # sum naming what it pays for or not: "Harbour Works was given $7 million to develop the pier")
        if sum_asked and q.kind != "who" and not self.amount_asked(text, q):
            return False
        if sum_asked and not self.paid_by_asked(text, fact.entities if fact else [], q):
            return False
        if "count" in q.cues and not self.counts_asked(text, q) and not self.counts_by_naming(text, q):
            return False
        # the occasion may be named in the fact's curated keywords or its article's words ("HQ", "headquarters")
        named = " ".join([*fact.keywords, *(c.quote for c in fact.citations)]) if fact is not None else ""
        if "count" in q.cues and not self.counts_where_asked(text, q, named):
            return False
        if "when" not in q.cues:
            return True
        # an undated fact is dated by a date it states, not by the date its article reported it
        return (fact is not None and fact.date is not None) or DATE.search(REPORTED_WHEN.sub("", text)) is not None

    def amount_asked(self, text: str, q: Question) -> bool:
        """An amount question about something the fact names is not answered by a fact whose every amount names
        another thing right after it ("how much is the Gazette contract" is not answered by "… refused to cancel
        its contract after a nonprofit turned down a $40,000 donation")."""
        asked = self.retriever.asked_stems(q)
        asked |= {
            f for t in q.leftover if stem(t) in asked for f in self.told.forms(t)
        }  # "deal": "$2 million contract"
        asked -= {stem(w) for w in recipient_phrase(q.words)}  # "offer the nonprofit": whom, not what the sum is of
        if self.worth_of_entity(q):
            return VALUATION().search(text) is not None  # a contract's amount is not what its holder is worth
        amounts = list(AMOUNT.finditer(text))
        if not amounts:  # an amount in words ("millions of dollars"), which MONEY found: no answer to "exactly"
            # nor to a thing the fact names only as the time of another event ("before the 2014 contract, a fund had
            # invested millions in the company": no sum of the contract)
            # (unless the question names it so too: "how much did the fund put in before the contract")
            timing = {stem(w) for m in EVENT_CLAUSE().finditer(" ".join(q.words)) for w in words(m.group(0))}
            main = asked - timing - {f for t in q.leftover if stem(t) in timing for f in self.told.forms(t)}
            named_apart = not main.isdisjoint(stems(text)) and main.isdisjoint(stems(EVENT_CLAUSE().sub(" ", text)))
            return PRECISE.isdisjoint(q.words) and not named_apart
        named = scaled_figures(q.words)
        if named and any(
            named & scaled_figures(words(m.group(0))) and self._held_as_named(text, m.start(), q) for m in amounts
        ):
            return True
        if not asked or asked.isdisjoint(stems(text)):
            return any(self.owned_as_asked(text, m.start(), q) for m in amounts)  # the asked party's amount
        return any(
            not names_other_thing(text, m.start(), m.end(), asked, self.brief.aliases)  # "$7 million to develop …"
            and self.owned_as_asked(text, m.start(), q)
            for m in amounts
        )  # every amount names its own thing ("a $40,000 donation"), not what is asked

    def payer_asked(self, q: Question) -> str | None:
        """The entity a sum question names right after "from" as the one the money came from ("how much did the
        guild get from the Harbour" -> the Harbour's id), or None when it names none."""
        return next((e for i, _, e in self._name_spans(q.words) if i > 0 and q.words[i - 1] == "from"), None)

    def paying_asked(self, q: Question) -> str | None:
        """The entity a sum question names as the doer of paying, right before a verb of PAYING ("how much is the
        Harbour paying the guild", "how much did the Harbour pay") or after "by" once one is said ("how much was the
        guild paid by the Harbour") -> the Harbour's id; None when it names none ("how much was the guild paid":
        the one paid). Its payer's money, never a sum the fact says came from another ("a $40,000 donation from the
        guild" is the guild's, not the Harbour's)."""
        said = q.words
        paid_at = next((j for j, w in enumerate(said) if w in PAYING), None)
        if paid_at is None:
            return None
        for i, end, e in self._name_spans(said):
            if end == paid_at and not (said[paid_at] == "paid" and i > 0 and said[i - 1] in COPULAS):
                return e  # (not "was the guild paid": the one paid)
            if i > paid_at and said[i - 1] == "by":
                return e
        return None

    def payee_asked(self, q: Question) -> str | None:
        """The entity a sum question names as the one paid: the first object of a verb of PAYING ("how much did the
        Harbour pay the guild") or the one after "to" behind it ("paid to the guild") -> the guild's id; None when
        it names none ("how much did the Harbour pay")."""
        said = q.words
        paid_at = next((j for j, w in enumerate(said) if w in PAYING), None)
        if paid_at is None:
            return None
        for i, _, e in self._name_spans(said):
            if i == paid_at + 1 or (i == paid_at + 2 and said[paid_at + 1] in ("the", "to")):
                return e
            if i == paid_at + 3 and said[paid_at + 1 : paid_at + 3] == ["to", "the"]:
                return e
        return None

    def paid_by_asked(self, text: str, entities: Sequence[str], q: Question) -> bool:
        """A sum asked as coming "from" a named payer needs a fact naming that payer (its entities or its words),
        and an amount not said to come from someone else: "how much did the guild get from the Harbour" is not
        answered by "a nonprofit turned down a $40,000 donation from the guild" (money from the guild, to another),
        nor by "Harbour Works was given $7 million" when no fact names who gave it."""
        payer = self.payer_asked(q)
        if payer is None:
            # its doer named by the verb ("how much is the Harbour paying the guild"): only no sum said to come from
            # another, the fact need not name the payer (the sums of a contract name one party)
            payer = self.paying_asked(q)
            if payer is None:
                return True
        elif payer not in entities and payer not in {e for _, _, e in self._name_spans(words(text))}:
            return False
        spans = self._name_spans(words(text))
        # a sum paid to a named payee is one the fact says goes to them, not the payer's money to another: "how much
        # did the guild pay the Harbour" is not answered by "a nonprofit turned down a $40,000 donation from the
        # guild" (fresh tester 85: a donation offered a nonprofit led as a payment to the brief's subject)
        payee = self.payee_asked(q)
        if payee is not None and payee != payer and payee not in entities and payee not in {e for _, _, e in spans}:
            return False
        subject = spans[0][2] if spans else None  # whom "the company" after "from" stands for (`_from_other`)
        return any(not self._from_other(text[m.end() : m.end() + 80], payer, subject) for m in AMOUNT.finditer(text))

    def _from_other(self, after: str, payer: str, subject: str | None) -> bool:
        """The words after an amount say it came "from" someone (within its noun phrase: "a $40,000 donation from
        the guild") other than `payer`: one the next words name, or for "the <noun>" ("from the company") the first
        one the fact names, which such a noun refers back to. False when no "from" follows or it names no one."""
        following = words(after)[:8]
        at = next((i for i, w in enumerate(following[:3]) if w == "from"), None)
        if at is None:
            return False
        named = {e for _, _, e in self._name_spans(following[at + 1 : at + 6])}
        if named:
            return payer not in named
        if following[at + 1 : at + 2] == ["the"] and len(following) > at + 2:
            return subject is not None and subject != payer
        return False

    def _held_as_named(self, text: str, start: int, q: Question) -> bool:
        """The sum at `start`, one the question names, is the asked thing's: "how much was the $7 million contract"
        names it by that sum, whoever holds it and whatever the fact names right after it ("Harbour Works was given
        $7 million to develop the pier"), unless the question names another party for it ("the $7 million contract
        for the guild": the guild's, which this one is not, the brief's own subject too). Fresh tester 79 F4: a
        thing carried as "the <sum> contract" is found by its sum."""
        owner = amount_owner(text, start, self._name_spans, self._kind_of)
        if owner is None or owner in q.entities:
            return True
        return not any(e not in q.scene_entities and self._kind_of(e) in OWNER_KINDS for e in q.entities)

    def owned_as_asked(self, text: str, start: int, q: Question) -> bool:
        """The amount at `start` is not another party's: the organization or person its clause names as holding it
        is one the question names or one the brief is about ("Harbour Works was given $7 million" does not
        answer "how much is the new contract worth")."""
        owner = amount_owner(text, start, self._name_spans, self._kind_of)
        if owner is not None and owner in q.entities and not CONTRASTING.isdisjoint(q.words):
            # "how much did the guild get compared to the port": the guild's, whom the question opens with
            acting = opening_actor(q.words, self._name_spans, self._kind_of)
            return acting is None or acting == owner or acting not in q.entities
        if owner is None or owner in q.entities or self._described_as_asked(text, owner, q):
            return True
        if not OTHER_ASKED.isdisjoint(q.words):
            return True  # "how much was the other contract": another's, maybe, the one the brief's subject holds aside
        # the brief's own subject holds most amounts, unless the question asks about another party ("how much did
        # the guild get": "the harbour signed a $5 million lease" is the harbour's)
        # (one named right before a verb of asking for something, "the contract the groups wanted cancelled", names
        # the thing by its wish, not as its holder: fresh tester 76 R2)
        wishing = {e for _, end, e in self._name_spans(q.words) if end < len(q.words) and q.words[end] in REQUEST_VERBS}
        asked_about = [
            e
            for e in q.entities
            if e not in q.scene_entities
            and e not in wishing
            and self._kind_of(e) in OWNER_KINDS
            and not self.subjects.ubiquitous_entity(e)
        ]
        return self.subjects.ubiquitous_entity(owner) and not asked_about

    def _described_as_asked(self, text: str, owner: str, q: Question) -> bool:
        """The question names the amount's holder by the words the fact describes it with between an article and
        its name, in a row ("the naval contractor Harbour Works": "the naval contractor's contract"), their last
        word no name (a name there, "the Gazette", is another party the question names)."""
        tokens = words(text)
        asked = [stem(w) for w in q.words]
        spans = self._name_spans(tokens)
        for begin, _, ent in spans:
            reach = range(begin - 1, max(-1, begin - 1 - DESCRIPTION_REACH), -1)
            article = next((k for k in reach if tokens[k] in ARTICLES), None)
            if ent != owner or article is None or article + 1 == begin:
                continue
            if any(b <= begin - 1 < e for b, e, _ in spans):
                continue
            described = [stem(w) for w in tokens[article + 1 : begin]]
            if any(asked[i : i + len(described)] == described for i in range(len(asked))):
                return True
        return False

    def worth_of_entity(self, q: Question) -> bool:
        """ "How much is X worth", "X's value": what the named entity itself is worth, asked about nothing else
        (no contract, no payment), which only a valuation or revenue answers. So too what one named party earned,
        naming nothing it earned from or for ("how much did the guild earn in total"): its income as a whole, which
        one payer's payments to it (a word the brief gives for "earn", such as "paid") do not answer."""
        said = set(q.words)
        if not q.entities or said & PAYMENT_WORDS:
            return False
        if set(q.leftover) <= WORTH_WORDS and said & WORTH_WORDS:
            return True
        earning = said & EARNING
        given = {f for w in earning for f in self.told.forms(w)}  # the earning verb, or a word the brief gives for it
        return len(q.entities) == 1 and bool(earning) and all(stem(t) in given for t in q.leftover)

    def counts_by_naming(self, text: str, q: Question) -> bool:
        """The fact counts what is asked by naming each one ("offices in Eastport and Westport": two offices) and
        gives no number for it."""
        if not q.counted:
            return False
        return bool(
            enumerated_as_asked(
                list(self.words_of(text)[0]), q, self._name_spans, self._kind_of, self.retriever.places_worded
            )
        )

    def counts_asked(self, text: str, q: Question) -> bool:
        """A count question needs a count in the fact; when the fact names the counted noun, a number standing next
        to it or to what the question asks ("how many employees does the Gazette have" is not answered by "Gazette
        employees presented … a letter signed by 90,000 people"): a neighbouring figure stated as the answer would
        claim more than the fact says."""
        text, found = self._counts_of(text)  # "$7 million" counts no contracts
        matches = list(found)
        if q.counted not in TIMES or counts_done_to(q.words):  # "once its employees pressed it to" counts no
            # employees (nor anything); "how many did they deliver" is no "twice"
            matches = [m for m in matches if m[2].lower() not in REPEATS]
        # "how many of the 90,000 signatures were employees'": a fact not telling that whole counts another set
        # ("a petition signed by more than 40 employees" was another petition): no part of the whole asked
        if whole_untold(q, (m[2] for m in matches)):
            return False
        # "how many of the 7 prosecutions ended in convictions": 7 (or more) counts the whole, never the part asked
        matches = [m for m in matches if not no_part(q, m[2])]
        acts = q.counted and q.counted not in TIMES and q.counted not in PERSON_NOUNS  # (no people: "protesters")
        if acts and any(_repeats_act(text, m, {stem(q.counted)}) for m in matches):
            return True  # "how many protests": "protested at the offices several times" counts how often it was done
        # "a protest over several days" counts days, no protesters: unless days are asked ("how many days", "how
        # many yrs ago")
        matches = [m for m in matches if _unit_asked(words(text[m[1] : m[1] + 20])[:1], q.words)]
        if not matches:
            return False
        # "how big was the crowd": its people are those who gathered, a count of whom is one of protesters (the
        # first PERSON_ROLES part), never one of others the fact tells of ("arrests of over 400 immigrants")
        counted_as = "protesters" if gathered(q) else q.counted
        matches = [m for m in matches if not self._counts_other_role(text[m[1] :], counted_as)]
        if not matches:
            return False
        if self._doers_told(text, q.counted):  # "how many signers": the people the fact says signed, counted
            return any(self._counts_people(text[m[1] :], set()) for m in matches)
        counted = {stem(q.counted)} if q.counted else set()
        said, stemmed = self.words_of(text)
        named = _names_counted_in(said, stemmed, q.counted)
        if counted and q.counted in PERSON_NOUNS and not named:
            if q.counted not in PEOPLE:  # "how many employees signed": 90,000 signatures are no employees
                role = role_of(q.counted) or frozenset({q.counted})
                return any(counted_noun(text[m[1] : m[1] + 60]) in role for m in matches)
            asked = self.retriever.asked_stems(q)
            return any(self._counts_people(text[m[1] :], asked) for m in matches)
        # "how many signatures did the letter get" is no count of "dozens of protesters": every number here counts
        # people, and the question counts a thing the fact does not name
        thing = bool(counted) and q.counted not in PERSON_NOUNS and not named
        if thing and all(self._counts_people(text[m[1] :], set()) for m in matches):
            # unless they are counted as the doers of the act the thing is made by: "a letter signed by over 60
            # keepers" counts 60 signatures
            return any(self._done_by(text[: m[0]], q.counted) for m in matches)
        clipped = q.counted.removesuffix("s")  # "sigs" for "signatures": a clipped word starts the whole one
        if (
            thing
            and q.counted not in TIMES
            and all((noun := counted_noun(text[m[1] : m[1] + 60])) and not noun.startswith(clipped) for m in matches)
        ):
            return False  # "how many appeals came of it": "dozens of letters" counts another thing, named as such
        if not counted or not named:
            return True  # the fact names what is counted in its own words ("dozens of protesters" for "people")
        # not the words of the scene: "how many contracts did it have at the time of the protest" is not answered
        # by "dozens of protesters"
        asked = self.retriever.asked_stems(q) - q.context
        # or the counted word right before the number, maybe with "of" or "by" and a bound between: "the arrests of
        # over 400 immigrants" counts 400 arrests, as "a crowd of 200" the crowd, "signed by 400 people" the
        # signatures; but a number spelled in words after a bare "over" is no bound's ("a vigil over several days"
        # counts days, not vigils; "over 400" is a bound)
        kept = set(matches)
        forms = self.told.forms(q.counted) | asked
        head = head_counted(q)
        noun_forms = self.told.forms(head) if head is not None else frozenset()
        return any(
            (attached_after(after, asked, counted) > 0 and not _counts_own_noun(text[m[1] :], forms, noun_forms))
            or (before is not None and before in counted and not (bare_over and not m[2][:1].isdigit()))
            for m, (after, before, bare_over) in zip(found, self._neighbours(text, found), strict=True)
            if m in kept
        )

    def occasion(self, q: Question, *, present: bool = False) -> list[str]:
        """The words of the occasion a question names after its act and "at" ("how many were arrested at the harbour
        office in the Gazette story" -> ["harbour", "office"]): up to the next preposition (the story says where it
        was told), without stopwords, date words or the names of its entities (theirs to match, as typed or not:
        "nyc"); [] when it names none. With `present`, a count of the people at an occasion, with no act ("how
        many protesters were at the guild's HQ"), names it after the counted noun."""
        forms = self.told.act_forms(q)
        act = next((j for j, t in enumerate(q.words) if stem(t) in forms), None)
        if act is None and present and q.counted in q.words:
            act = q.words.index(q.counted)
        if act is None:
            return []
        at = next((j for j in range(act + 1, len(q.words)) if self._opens_occasion(q.words, j)), None)
        if at is None:
            return []
        end = next((j for j in range(at + 1, len(q.words)) if q.words[j] in OCCASION_ENDS), len(q.words))
        return [
            q.words[j]
            for j in range(at + 1, end)
            if q.words[j] not in STOPWORDS and q.words[j] not in q.date_words and j not in q.named_at
        ]

    @staticmethod
    def _opens_occasion(tokens: list[str], at: int) -> bool:
        """The word at `at` opens an occasion: "at", or "in" / "during" before an event noun (OCCASIONS) within
        the phrase it opens ("in the nyc protest"; not "in 2017", "in that op", "in total")."""
        if tokens[at] == "at":
            return True
        if tokens[at] not in OCCASION_OPENERS:
            return False
        end = next((j for j in range(at + 1, len(tokens)) if tokens[j] in OCCASION_ENDS), len(tokens))
        return not OCCASIONS.isdisjoint(tokens[at + 1 : end])

    def counts_where_asked(self, text: str, q: Question, naming: str = "") -> bool:
        """A count of an act done at an occasion the question names after its verb ("how many were arrested at the
        vigil", "in the march") needs a fact naming the occasion (a word of it) in `text` or `naming` (its keywords
        and quoted words): "the harbour had arrested hundreds of sailors" counts no arrests at the vigil. When `text`
        names it, a number must stand in the same clause: "a march held after reports that the harbour arrested
        400" counts the arrests the march was over, none at it (OTHER_EVENT). ("In" only before an event noun: "in
        that op", "from the surge" are paraphrased too often to ask the words.)"""
        occasion = {stem(w) for w in self.occasion(q)}
        if not occasion:
            return True
        if occasion.isdisjoint(stems(text)):
            return not occasion.isdisjoint(stems(naming))  # "… office door": named in the article's words
        clauses = OTHER_EVENT.split(without_dates(text).lower())
        return any(not occasion.isdisjoint(stems(c)) and _counts_in(c) for c in clauses)

    def _doers_told(self, text: str, counted: str) -> bool:
        """The counted noun is one for those who do an act (English's agent nouns: a verb and "-er" or "-or",
        "signers", "voters") and the fact tells of that act in a form only a verb has ("signed"): people are
        counted, by what they did. False for a people noun of its own (PERSON_NOUNS) and for any other noun."""
        single = counted.removesuffix("s")
        if counted in PERSON_NOUNS or not single.endswith(AGENT_ENDINGS):
            return False
        verbs = {single[: -len(cut)] for cut in AGENT_ENDINGS if single.endswith(cut)}
        english = self.retriever.english
        return any(english.verb(w) in verbs for w in set(words(text)))

    def _counts_of(self, text: str) -> tuple[str, tuple[Count, ...]]:
        """`text` without its dates (`without_dates`) and the counts in that (COUNT) that are no sums ("$7 million"
        counts no contracts), kept for the texts read most recently: a second look checks up to 40 facts, and
        questions come back to the same ones."""
        found = self._counts_kept.get(text)
        if found is None:
            # `fits_kind` gives the text in lower case: for ASCII, the patterns without their case-blindness find
            # the same (bot/features.py), at a third of the cost
            lowered = text.isascii() and text.lower() == text
            undated = _without_dates_lower(text) if lowered else without_dates(text)
            counting = _COUNT_LOWER() if lowered else COUNT()
            matches = counting.finditer(undated)
            counts = tuple((m.start(), m.end(), m.group(0)) for m in matches if not is_sum(undated, m))
            found = self._counts_kept.put(text, (undated, counts))
        return found

    def words_of(self, text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """`words` of `text` and their stems, one for one, kept for the texts read most recently."""
        found = self._words_kept.get(text)
        if found is None:
            said = tuple(map(sys.intern, words(text)))  # words recur across facts: one string each in the cache
            found = self._words_kept.put(text, (said, tuple([stem(w) for w in said])))
        return found

    def _neighbours(self, text: str, counts: tuple[Count, ...]) -> tuple[Neighbours, ...]:
        """For each of the counts in `text`: the stems after it `attachment` reads (`stems_after`), the stem of the
        word counted right before it (`COUNTED_OF`: "arrests of over 400"; None when none) and whether that is a bare
        "over" (`BARE_OVER`), kept for the texts read most recently."""
        found = self._neighbours_kept.get(text)
        if found is None:
            near: list[Neighbours] = []
            for start, end, _ in counts:
                before = COUNTED_OF().search(text[:start])
                of = stem(before.group(1).lower()) if before is not None else None
                bare = before is not None and BARE_OVER().search(before.group(0)) is not None
                near.append((stems_after(text, end), of, bare))
            found = self._neighbours_kept.put(text, tuple(near))
        return found

    @staticmethod
    def named_as_people(text: str, counted: str) -> bool:
        """A counted thing (no people noun) whose stem `text` states only in people nouns (PERSON_NOUNS): "how
        many protests" against "the protesters belonged to several groups" names the people of the act, no protest
        (the two share a stem); False when the text names it otherwise too, or names no word of its stem."""
        if not counted or counted in PERSON_NOUNS:
            return False
        asked = stem(counted)
        sharing = [w for w in words(text) if stem(w) == asked]
        return bool(sharing) and all(w in PERSON_NOUNS for w in sharing)

    def qualified_count(self, q: Question, statement: str) -> str | None:
        """ "How many were arrested" against "led to 18 criminal arrests": every number the statement gives of the
        question's act (a verb of the question whose noun, or the verb, is the second content word after it) stands
        before a word the question does not have ("criminal"), which makes it a count of only some of those acts;
        that word, or None when the statement counts the act plainly ("35 arrests"), or counts it in the question's
        own words ("how many criminal arrests"), or gives no count of it."""
        english = self.retriever.english
        acts = {stem(lemma) for t in q.leftover if (lemma := english.verb(t)) is not None and lemma not in LIGHT_VERBS}
        if (done := _act_after_did(q)) is not None and done not in LIGHT_VERBS:
            acts.add(stem(done))  # "how many did the port arrest": a verb there, though "arrest" is a noun too
        if not acts:
            return None
        text = without_dates(statement)
        qualifiers: list[str] = []
        for m in NUMBER().finditer(text):
            after = [w for w in words(text[m.end() : m.end() + 40]) if w not in STOPWORDS][:2]
            if after and stem(after[0]) in acts:
                return None  # "35 arrests": the act counted as asked
            if len(after) == 2 and stem(after[1]) in acts:
                if after[0] in q.words or self.told.said(self.told.forms(after[0]), set(map(stem, q.words))):
                    return None
                qualifiers.append(after[0])
        return qualifiers[0] if qualifiers else None

    def counts_done_to(self, q: Question, statement: str) -> bool:
        """ "How many people signed the leaflet" against "the leaflet told how the port had arrested hundreds of
        people": the question counts people as the ones doing its act (a verb right after the counted noun, only ever
        a verb, not in the passive nor a light one, nor the count the object of a verb before it: `_object_asked`),
        and every count in the statement stands right after another
        verb only ever a verb (past bounds: "arrested more than 400"), as its object, and counts no word of the
        question's act ("carried 90,000 signatures" counts the signing): it counts whom that act was done to,
        never who did the question's."""
        if q.counted not in PERSON_NOUNS or q.counted not in q.words or asks_passive(q.words):
            return False
        at = q.words.index(q.counted) + 1
        english = self.retriever.english
        if _object_asked(q.words, at - 1, english.verb):
            return False  # "the port detained how many people thanks to …": whom the act was done to is what is asked
        lemma = english.verb(q.words[at]) if at < len(q.words) else None
        if lemma is None or lemma in LIGHT_VERBS or q.words[at] in AUXILIARIES:
            return False
        forms = self.told.forms(q.words[at]) | {stem(lemma)}
        text = without_dates(statement)
        counts = [m for m in COUNT().finditer(text) if not is_sum(text, m)]

        def done_to(m: re.Match[str]) -> bool:
            before = words(text[: m.start()].lower())
            while before and before[-1] in BOUND_WORDS:
                before.pop()
            verb = english.verb(before[-1]) if before else None
            if verb is None or self.told.said(forms, {stem(before[-1]), stem(verb)}):
                return False
            return not self.told.said(forms, {stem(w) for w in words(text[m.end() : m.end() + 40])[:2]})

        return bool(counts) and all(done_to(m) for m in counts)

    @staticmethod
    def counts_other(q: Question, statement: str) -> tuple[str, str, str] | None:
        """ "Did 90,000 employees sign the petition" against "a petition … carrying more than 90,000 signatures":
        the figure a yes/no question gives as a count of people (its noun within three words after it, names
        between) stands in the fact before another noun, not people of that part (PERSON_ROLES). (figure as the
        fact writes it, the fact's noun, the question's noun), or None when the fact counts what is asked, or
        does not give the figure."""
        # its words, not its text: a figure typed short ("140k") is read as the digits the articles print
        text = " ".join(q.words)
        for asked in NUMBER().finditer(text):
            noun = next((w for w in words(text[asked.end() :])[:3] if w in PERSON_NOUNS), None)
            if noun is None or noun in PEOPLE:
                continue  # "did 90,000 people sign": signatures are people signing
            role = role_of(noun) or frozenset({noun})
            figure = asked.group(0).replace(",", "")
            for told in NUMBER().finditer(statement):
                if told.group(0).replace(",", "") != figure:
                    continue
                counted = counted_noun(statement[told.end() : told.end() + 60])
                if counted and counted not in role and counted not in PEOPLE:
                    return told.group(0), counted, noun
        return None

    @staticmethod
    def _counts_other_role(after: str, counted: str) -> bool:
        """The noun right after a number, past "of" and bounds, names people of another part than the counted ones
        (PERSON_ROLES): "over 400 immigrants" is no count of protesters, "dozens of activists" may be one."""
        asked = role_of(counted)
        if asked is None:  # most counted nouns are no people's (no words read)
            return False
        following = [w for w in words(after[:40]) if w not in BOUND_WORDS][:1]
        return any(w not in asked and role_of(w) is not None for w in following)

    @staticmethod
    def _counts_people(after: str, asked: set[str]) -> bool:
        """The first two words after a number, past "of" and bounds, name people ("dozens of protesters") or what the
        question asks them to have done ("120 signatures" for "how many people signed"), not another thing
        ("more than 120 signatures" is no count of the people at a vigil)."""
        following = [w for w in words(after[:60]) if w not in BOUND_WORDS][:2]  # "150 unpaid keepers"
        return any(
            w in PERSON_NOUNS or any(len(a) > CLIPPED and stem(w).startswith(a) for a in asked) for w in following
        )

    @staticmethod
    def _done_by(before: str, counted: str) -> bool:
        """The number is of those who did the act the counted noun is made by, named right before it with "by" and
        maybe a bound: "signed by over 60" for "signatures", whose stem opens with the verb's (general English:
        a noun of an act is its verb and an ending, "sign" and "signatures")."""
        found = COUNTED_OF().search(before)
        if found is None or found.group(0).split()[1:2] != ["by"]:
            return False
        verb = stem(found.group(1).lower())
        return len(verb) > CLIPPED and stem(counted).startswith(verb)

    def other_sum(self, doc_id: str, named: set[tuple[str, str]], *, any_sum: bool = False) -> bool:
        """The fact tells of another sum than the ones the question names (`scaled_figures`): it states sums and
        none of them, or has a named sum's number as something else ("7 prosecutions" for "the $7 million
        contract"). A fact stating no sum and none of the numbers may be about the named one ("the contract was
        renewed"). With `any_sum`, a fact stating other sums is not another's (a yes/no question's real figure)."""
        fact = self.brief.facts.get(doc_id)
        if fact is None:
            return False
        said, sums = self._stated_sums(fact.statement)
        if sums and named.isdisjoint(sums):
            return not any_sum
        numbers = {n for n, _ in named}
        return not numbers.isdisjoint(said) and named.isdisjoint(sums)

    def _stated_sums(self, statement: str) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
        """The statement's `words` and the sums they tell (`scaled_figures`), kept for the statements read most
        recently."""
        found = self._sums_kept.get(statement)
        if found is None:
            said = words(statement)
            found = self._sums_kept.put(statement, (tuple(said), tuple(scaled_figures(said))))
        return found


# verbs whose object may be a whole question ("revealed how many people signed", "asked how many were there"):
# English grammar's verbs of telling, asking and knowing, as lemmas (English.verb), not any brief's
EMBEDDING_VERBS = frozenset(
    "say tell write report show reveal disclose explain describe outline detail document state claim note know ask"
    " wonder find estimate".split()
)


def _object_asked(tokens: list[str], counted_at: int, verb: Callable[[str], str | None]) -> bool:
    """The count at `counted_at` ("how many <counted>") is asked in place, as the object of the verb right before it
    ("the port detained how many people thanks to its lamp", "the port planned to detain how many people"): a word
    only ever a verb (`verb`: English.verb) that is no verb of telling or knowing (EMBEDDING_VERBS), whose clause the
    count may open ("the leaflet revealed how many people signed" asks who signed). The count's people are those
    the act was done to, whatever word follows them."""
    at = counted_at - 2
    if at < 1 or tokens[at : at + 2] != ["how", "many"]:
        return False
    lemma = verb(tokens[at - 1])
    return lemma is not None and lemma not in EMBEDDING_VERBS
