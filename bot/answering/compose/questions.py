"""Tests of a question's shape, read from its words: whether it asks in the passive, of the past, of an end still
to come, what came of something, what followed it, whether someone spoke up or an effort worked, or offers
alternatives.
"""

from __future__ import annotations

import itertools
import re

from bot.answering.understand.lexicon import AUXILIARIES, COPULAS, PAST, SPEAKING_TO, claim_start
from bot.english_tables import nouns_of
from bot.search import stem
from bot.text import STOPWORDS, Deferred

GET_FORMS = frozenset({"get", "got", "gets", "getting", "gotten"})  # the passive's "get": "did they get dropped"

# an end asked of as still to come ("the one expiring the next year", "due to run out"): not a figure that had ended
UPCOMING_WORDS = frozenset("expire expires expiring due upcoming".split())
PERFECT = frozenset("had has have already recently".split())  # "the deal that had just run out": it has ended
# an end negated ("the lease that hadn't expired"): still running, as one still to end is (general English)
ENDING_WORDS = frozenset("expire expired end ended lapse lapsed".split())
NOT_DONE = frozenset("not never hadnt hasnt havent didnt wasnt werent".split())


def negated_acts(tokens: list[str]) -> list[str]:
    """The acts a question negates ("the contract that wasn't renewed", "the one they never signed", "didn't renew"):
    a past form, or any word right after "didn't"/"never", with a NOT_DONE word at most two words before it; not an
    end (ENDING_WORDS: "hadn't expired" asks of one still running, `ends_negated`)."""
    return [
        t
        for i, t in enumerate(tokens)
        if i > 0
        and t not in ENDING_WORDS
        and not NOT_DONE.isdisjoint(tokens[max(0, i - 2) : i])
        and (t in PAST or t.endswith("ed") or tokens[i - 1] in ("didnt", "never"))
    ]


# "where will the vigil be", "when is the march going to happen": asked of a time to come (general English)
_FUTURE = re.compile(r"\b(?:will|shall|going to)\b")


def asks_future(text: str) -> bool:
    """The question asks of a time to come ("where will the vigil be"): what was planned, not what was done."""
    return _FUTURE.search(text.lower()) is not None


def asks_upcoming(tokens: list[str]) -> bool:
    """The question asks of an end still to come: an UPCOMING_WORDS word not after a perfect ("had just expire", as
    "had just run out" reads), or an ending word (ENDING_WORDS) right after a negation ("the one that hadn't
    expired", "had not ended yet"): not the one that had ended."""
    return ends_negated(tokens) or any(
        w in UPCOMING_WORDS and PERFECT.isdisjoint(tokens[max(0, i - 2) : i]) for i, w in enumerate(tokens)
    )


def ends_negated(tokens: list[str]) -> bool:
    """An ending word (ENDING_WORDS) right after a negation: "the lease that hadn't expired", "had not ended yet"."""
    return any(w in ENDING_WORDS and not NOT_DONE.isdisjoint(tokens[max(0, i - 2) : i]) for i, w in enumerate(tokens))


# "how did the vigil end", "how did it end up", "how did things turn out": what came of it is asked
_OUTCOME_VERBS = frozenset({"end", "ended", "ends", "finish", "finished", "turn", "turned", "wind", "wound"})
# "how did the vigil go" ("go" may be read as the brief's "went"): the verb after its subject, named at length at times
# ("how did the july 12 lamp vigil of the keepers guild at gull point go": 11 words)
_WENT_PATTERN = Deferred(r"\bhow (?:did|does|do) (?:\S+ ){1,12}?(?:go|goes|went)\b")


# "what did the vigil lead to", "what came of the vigil", "what was the outcome of the vigil": what came of it
# (general English)
_CAME_OF = Deferred(
    r"\bwhat (?:did|has|have|does|do) (?:\S+ ){1,12}?(?:lead|led|result|resulted) (?:to|in)\b"
    r"|\bwhat (?:came|has come|comes) of\b|\bwhat (?:was|were|is) the (?:outcome|result|results|upshot) of\b"
)
# "what happened at the vigil": what came of an event, asked of the event
_HAPPENED_AT = re.compile(r"\bwhat (?:happened|happens|went on) (?:at|during)\b")
# "did the july 12 vigil happen", "has the march taken place yet", "did the lease take effect": whether an event came
# off, asked of the event
# ("so did …", "and did …": a word leading into the question is no part of it; "go through" with no object after it:
# "did the lease go through", not "did they go through the files")
_DID_HAPPEN = Deferred(
    r"(?:(?:so|and|but|ok|okay|well|then) )?"
    r"(?:did|does|has|have|had|was|were) (?:\S+ ){1,12}?(?:\S+ )?(?:happen|happened|(?:take|took|taken) place"
    r"|(?:go|went|gone) ahead|(?:go|went|gone) through(?= (?:on|in|at|by|or|and|as)\b|$)"
    r"|occur|occurred|(?:come|came) off|(?:take|took|taken) effect"
    r"|(?:go|went|gone|come|came) into (?:effect|force)|(?:kick|kicked) in)\b"  # (normalizing may give the past form)
)


# "how many were actually arrested", "in the end", "did they end up": what was done, as against what was planned
ACTUAL_WORDS = frozenset("actually ultimately eventually finally really".split())
# ("how many arrests did the raid lead to / result in": what came of it, as "end up" asks)
ACTUAL_PAIRS = frozenset(
    {("the", "end"), ("end", "up"), ("ended", "up"), ("in", "reality"), ("in", "practice")}
    | {(verb, "to") for verb in ("lead", "leads", "led")}
    | {(verb, "in") for verb in ("result", "results", "resulted")}
)


def asks_actual(tokens: list[str]) -> bool:
    """The question insists on what was done ("how many were actually arrested in the end"): a figure only planned
    does not answer it."""
    return not ACTUAL_WORDS.isdisjoint(tokens) or not ACTUAL_PAIRS.isdisjoint(itertools.pairwise(tokens))


# words asking of an intention, not a deed ("was supposed to arrest", "was gonna", "planned to"): general English
INTENDING = frozenset(
    "plan plans planned planning supposed gonna going meant aim aims aimed intend intends intended scheduled expected"
    " proposed would".split()
)
DONE_TO = frozenset({"was", "were", "got", "get", "been"})  # before a past form: "were arrested", "got fired"


def asks_done_to(tokens: list[str]) -> bool:
    """The question asks of an act as done to someone, in the past and the passive ("how many were arrested", "how
    many people got detained"), with no word of intention (INTENDING): a figure only planned does not answer it, as
    it does not answer "how many were actually arrested"."""
    if not INTENDING.isdisjoint(tokens):
        return False
    return any(t in DONE_TO and (n in PAST or n.endswith("ed")) for t, n in itertools.pairwise(tokens))


NOT_ALTERNATIVES = frozenset("not nah no nope what".split())  # "… or not", "… or nah": the same question


def either_or(tokens: list[str]) -> bool:
    """A question offering alternatives ("were they left up or taken down"): "or" between words, not "or not", "or
    nah", a closing "or?" nor a second question ("did they stay up or did they get deleted" asks the first); a yes
    or a no answers neither."""
    return any(
        t == "or" and 0 < i < len(tokens) - 1 and tokens[i + 1] not in NOT_ALTERNATIVES | AUXILIARIES
        for i, t in enumerate(tokens)
    )


def asks_what_followed(tokens: list[str]) -> bool:
    """ "what happened when / after / once …", "what happened next after …": what followed something the question
    tells."""
    if tokens[:1] != ["what"] or tokens[1:2] not in (["happened"], ["happens"]):
        return False
    at = 3 if tokens[2:3] == ["next"] else 2
    return tokens[at : at + 1] in (["when"], ["after"], ["once"])


def asks_outcome(tokens: list[str]) -> bool:
    """A question asking what came of something: "how did X end (up)", "how did it turn out", "how did X go", "what
    happened at X", "did X (actually) happen / take place / go ahead", "what did X lead to", "what came of X"."""
    joined = " ".join(tokens)
    if _HAPPENED_AT.search(joined) or _DID_HAPPEN.match(joined) or _CAME_OF.search(joined):
        return True
    if "how" not in tokens:
        return False
    if _WENT_PATTERN.search(" ".join(tokens)):
        return True
    for i, t in enumerate(tokens):
        phrasal = t in ("turn", "turned", "wind", "wound")  # only with "out"/"up": "turn" alone is no ending
        if t in _OUTCOME_VERBS and (not phrasal or tokens[i + 1 : i + 2] in (["out"], ["up"])):
            return True
    return False


def asks_identity(tokens: list[str]) -> bool:
    """A yes/no question whether two things are one: "is the lease the same as the 2019 one", "are they the same
    contract", "is X identical to Y"."""
    return (
        "identical" in tokens
        or any(
            tokens[i - 1 : i] == ["the"] and tokens[i] == "same" and TIME_NOUNS.isdisjoint(tokens[i + 1 : i + 4])
            for i in range(1, len(tokens))
        )
        or equated(tokens)
    )


def equated(tokens: list[str]) -> bool:
    """ "Is the $5 million lease the harbour one", "was the 2014 lease the Lantern lease": a copula opening the
    question, then two noun phrases each opened by "the", the second ending in "one" or in the first one's last
    word, with no word of order or degree in it ("is the lease the biggest one" asks of a size): whether two things
    are one (fresh tester 82: a fact giving the sum of one of them was read as a yes)."""
    if tokens[:1] not in (["is"], ["was"], ["are"], ["were"]) or tokens[1:2] != ["the"]:
        return False
    second = next((i for i in range(3, len(tokens) - 1) if tokens[i] == "the"), None)
    if second is None:
        return False
    first_phrase, second_phrase = tokens[2:second], tokens[second + 1 :]
    if not first_phrase or not second_phrase or not all(t.isalnum() for t in first_phrase + second_phrase):
        return False
    if any(t in ORDERING or (t.endswith("est") and len(t) > 4) for t in second_phrase):
        return False
    return second_phrase[-1] in ("one", "ones") or second_phrase[-1] == first_phrase[-1]


# words of order or degree (general English): "the first one", "the only one" name a place in an order, not a thing
ORDERING = frozenset("first last latest next only main most least other".split())


# "what did the guild sign at the same time", "on the same day": one time asked, not whether two things are one
TIME_NOUNS = frozenset("time times day week month year date period moment".split())


def asks_weekday(tokens: list[str]) -> bool:
    """ "What day of the week was …", "which weekday …"."""
    return "weekday" in tokens or any(tokens[i : i + 4] == ["day", "of", "the", "week"] for i in range(len(tokens)))


def asks_day(tokens: list[str]) -> bool:
    """ "What day did …", "on which day …": a day asked, which a date of the month alone does not give."""
    return any(t in ("which", "what") and tokens[i + 1 : i + 2] == ["day"] for i, t in enumerate(tokens))


def asks_month(tokens: list[str]) -> bool:
    """ "Which month was …", "in what month …" (not "how many months": a length)."""
    return any(t in ("which", "what") and tokens[i + 1 : i + 2] == ["month"] for i, t in enumerate(tokens))


# auxiliaries asking about what happened, not what holds now ("does the guild own the lamp", "is it growing"),
# which articles from years ago cannot settle with a "Yes"
PAST_AUXILIARIES = frozenset({"did", "was", "were", "had", "has", "have"})
# auxiliaries asking what holds now ("is the guild a member", "does the port use the lamp"): a "Yes" from the articles
# holds only as of their dates, and says so
PRESENT_AUXILIARIES = frozenset({"is", "are", "does", "do"})

# verbs asking whether someone spoke up at all ("did the guild say anything", "did it comment", "did they respond"),
# and the words after one that keep it so: "say that the lamp was …" asks whether given words were said, not whether
# anything was (general English)
SPEAKING_ASKS = frozenset(
    "say says said comment comments commented respond responds responded react reacts reacted reply replies replied"
    " speak speaks spoke".split()
)
SPOKE_AT_ALL = frozenset("anything something publicly back about on to regarding".split())


# a verb saying little of its own before a noun of speaking, the two asking what the noun's verb does ("give the
# Gazette a comment" asks whether it commented, "make a statement", "offer any response"): general English
WORD_GIVING = frozenset("give gives gave given giving make makes made offer offers offered issue issues issued".split())
WORD_NOUNS = nouns_of("comment", "statement", "response", "reply", "remark", "interview")
WORD_REACH = 4  # words from such a verb to its noun: "give the Gazette's reporter a comment"


def gave_word(tokens: list[str]) -> bool:
    """A yes/no question asking whether someone gave anyone a word at all, in a verb saying little of its own and a
    noun of speaking (WORD_GIVING, WORD_NOUNS): "did the guild give the Gazette a comment", "did it make a
    statement"; past its opening auxiliary and subject (a verb at position 2 or later)."""
    return any(t in WORD_GIVING and _noun_of_word_after(tokens, i) is not None for i, t in enumerate(tokens) if i > 1)


def spoke_to(tokens: list[str]) -> bool:
    """A yes/no question asking whether someone spoke to someone, in a verb of speaking to (SPEAKING_TO) with "to"
    or "with" right after it, past its opening auxiliary and subject: "did Lind talk to the Gazette", "did she speak
    with the Courier". Like `gave_word`, it asks of a word given to a hearer: an outlet that reports what someone
    did, or that a source told of it, is not one they spoke to."""
    return any(t in SPEAKING_TO and tokens[i + 1 : i + 2] in (["to"], ["with"]) for i, t in enumerate(tokens) if i > 1)


def _noun_of_word_after(tokens: list[str], verb: int) -> int | None:
    """The position of the first noun of speaking (WORD_NOUNS) within WORD_REACH words after the verb at `verb`,
    determiners and possessives (GIVEN_TO_SKIPPED) not counted ("give the Gazette's reporter a comment", "give the
    Harbour Gazette an interview"), or None."""
    counted = 0
    for j in range(verb + 1, len(tokens)):
        if tokens[j] in WORD_NOUNS:
            return j
        counted += tokens[j] not in GIVEN_TO_SKIPPED
        if counted >= WORD_REACH:
            return None
    return None


# words before the one a word was given to that tell nothing of who it is ("give the Gazette a comment")
GIVEN_TO_SKIPPED = frozenset("a an the any some its their his her".split())


def word_given_to(tokens: list[str]) -> list[int]:
    """The positions of the words naming whom a word was given to (`gave_word`), determiners aside: between the
    verb and its noun of speaking ("give the Gazette a comment": "gazette"), else after "to" right after the noun
    ("issue a statement to the keepers": "keepers", up to a word of SPOKE_AT_ALL: "… to the keepers about the
    lease"); empty when the question names no one."""
    for i, t in enumerate(tokens):
        if i <= 1 or t not in WORD_GIVING:
            continue
        noun = _noun_of_word_after(tokens, i)
        if noun is None:
            continue
        between = [k for k in range(i + 1, noun) if tokens[k] not in GIVEN_TO_SKIPPED]
        if between:
            return between
        if tokens[noun + 1 : noun + 2] == ["to"]:
            after = itertools.takewhile(lambda k: tokens[k] not in SPOKE_AT_ALL, range(noun + 2, len(tokens)))
            return [k for k in after if tokens[k] not in GIVEN_TO_SKIPPED]
        return []
    return []


def asks_whether_spoke(tokens: list[str]) -> bool:
    """A yes/no question asking whether someone spoke up at all on an occasion or to someone it names: after its
    opening auxiliary, a speaking verb (SPEAKING_ASKS) followed by SPOKE_AT_ALL and then a word of what about or to
    whom ("did the guild say anything about the vigil", "did it comment to the Gazette"); not "did the guild say
    that the lamp was lit", which asks of given words, nor "did the guild say anything", which one silence does not
    settle."""
    if not tokens or tokens[0] not in AUXILIARIES:
        return False
    return gave_word(tokens) or any(
        t in SPEAKING_ASKS
        and tokens[i + 1 : i + 2] != []
        and tokens[i + 1] in SPOKE_AT_ALL
        and any(w not in STOPWORDS and w not in SPOKE_AT_ALL for w in tokens[i + 1 :])
        for i, t in enumerate(tokens)
        if i > 1
    )


# verbs asking whether an effort came off ("did the vigils work", "had the campaign succeeded"), the words a fact tells
# that with ("none of the campaigns had succeeded"), and what may follow such a verb: nothing, a date ("by July
# 2018"), "out" (general English)
SUCCEEDING = frozenset("work works worked succeed succeeds succeeded win wins won".split())  # "did they win?": came off
SUCCESS_WORDS = ("succeeded", "success", "failed")
SUCCESS_STEMS = frozenset(stem(w) for w in ("succeed", "success", "work", "worked"))
SUCCEEDED_AFTER = frozenset({"by", "out"})
POSSESSIVES = frozenset("its their his her our my your".split())
SUBJECT_DETERMINERS = frozenset("the a an this that these those".split())
# words after which a determiner still belongs to the subject ("the vigil at the harbour", "of the campaigns")
SUBJECT_LINKS = frozenset("of about on at in for with from by against to over outside near during and or".split())


def succeeding_at(tokens: list[str]) -> int | None:
    """Where a yes/no question asks whether an effort came off: after its opening auxiliary and a subject, a verb of
    SUCCEEDING with no object ("did the vigils work", "had any of the campaigns actually worked by July 2018", "did
    it work out"); None for "did the guild work with the harbour", for "did the guild end its harbour work" (a
    noun after a possessive, POSSESSIVES) and any other question."""
    if not tokens or tokens[0] not in AUXILIARIES:
        return None
    for i, t in enumerate(tokens):
        if i > 1 and t in SUCCEEDING and (i == len(tokens) - 1 or tokens[i + 1] in SUCCEEDED_AFTER):
            # "did the guild end its harbour work": a noun, what another act was done to, after a possessive
            if not POSSESSIVES.isdisjoint(tokens[1:i]):
                return None
            # "did Lind defend the harbour work": a determiner after a word that is no preposition opens another
            # act's object ("defend the …"), of which "work" is the noun; "did the vigil at the harbour work" is not
            objects = any(tokens[k] in SUBJECT_DETERMINERS and tokens[k - 1] not in SUBJECT_LINKS for k in range(2, i))
            return None if objects else i
    return None


def asks_passive(tokens: list[str]) -> bool:
    """The question asks in the passive: "was/were …", "get/got" before the act ("did they get dropped"), or "been"
    before a past form ("how much has the guild been paid")."""
    aux = next((t for t in tokens if t in AUXILIARIES), "")
    if aux in COPULAS or not GET_FORMS.isdisjoint(tokens):
        return True
    return any(t == "been" and (n in PAST or n.endswith("ed")) for t, n in itertools.pairwise(tokens))


def asks_past(tokens: list[str]) -> bool:
    """The question's first auxiliary asks about the past ("did", "was", "has" …)."""
    return next((t in PAST_AUXILIARIES for t in tokens if t in AUXILIARIES), False)


def asks_present(tokens: list[str]) -> bool:
    """The question's first auxiliary asks about the present ("does", "is", "are" …; not "will", "can"), the claim's
    own in "is it true (that) …" (`claim_start`: "is it true the guild said …" asks of the past)."""
    return next((t in PRESENT_AUXILIARIES for t in tokens[claim_start(tokens) :] if t in AUXILIARIES), False)


# words before a closing "for" that ask something else than a purpose: "short for", "known for", "asking for"
_NOT_PURPOSE_FOR = frozenset(
    "short stand stands known famous responsible asking ask asked looking calling call called pay paid charged"
    " arrested prosecuted blamed named praised criticized criticised targeted fired sued punished".split()
)


def asks_purpose(tokens: list[str]) -> bool:
    """The question asks what something is for: "what was the harbour lease for", "what is the system used for",
    "what is the purpose of the lease" (a copula or "used"/"use" opening or closing the ask, not "what did the
    guild ask for", whose "for" takes what was asked)."""
    if "purpose" in tokens:
        return True
    if len(tokens) < 4 or tokens[0] != "what" or tokens[-1] != "for" or tokens[-2] in _NOT_PURPOSE_FOR:
        return False
    return tokens[1] in COPULAS or tokens[-2] in ("use", "used")


# a purpose told: "in order to", "used (the system) to/for", "aimed at", or an agreement's infinitive of purpose ("a
# lease signed in 2014 to “refit” the dock"), not a verb's or adjective's ("due to expire", "set to start"), or
# what an agreement is for ("a lease with the guild for upkeep of its boats", not "for $5 million" or "for the guild")
STATES_PURPOSE = Deferred(
    r"\b(?:in order to|so as to|so that|used (?:\S+ ){0,3}?(?:to|for)|aimed at|intended to|designed to|meant to)\b"
    r"|\b(?:contracts?|deals?|grants?|awards?|leases?|agreements?)\b[^.;:]{0,50}?"
    r"(?:(?<!\bdue)(?<!\bset)(?<!\bscheduled)(?<!\bgoing)(?<!\babout)(?<!\bexpected)(?<!\blikely)(?<!\bable)"
    r" to [“\"]?(?!(?:the|a|an|its|their|his|her|be|end|expire|start|run)\b)"
    r"| for (?![$\d])(?!(?:the|a|an|its|their|his|her|more|over|about|nearly|years?|months?)\b))[a-z]{3,}",
    re.IGNORECASE,
)
