"""Word-level checks of how a statement tells the act a yes/no question asks: to whom it was done (the passive's
subject), when (the year and month told of it), where (the occasion), to what, and with what bound on a figure.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Sequence, Set

from bot.answering.compose.wording import is_year, singular
from bot.answering.english import English
from bot.answering.retrieve import CLAUSE_END, month_of
from bot.answering.understand.lexicon import AUXILIARIES, COPULAS, DETERMINERS, DURATION_UNITS, PAST
from bot.answering.understand.question import Question
from bot.calling_verbs import DESCRIBING_VERBS
from bot.dates import MONTHS
from bot.features import REQUEST_VERBS
from bot.records import FactData
from bot.search import stem
from bot.text import IRREGULAR, NUMBER_WORDS, STOPWORDS, Deferred, fold, is_number, on_first_use, words

OBJECT_PREPOSITIONS = frozenset({"to", "with"})  # "respond to", "meet with": what a verb is done to, after it

# what the word or two before a figure say of it: a bound ("more than 400") is a different claim from the figure
# itself ("were 400 arrested", "exactly 400"), and from a bound the other way (general English)
BOUND_KINDS = {
    "over": "above",
    "more than": "above",
    "at least": "above",
    "upwards of": "above",
    "well over": "above",
    "no fewer than": "above",
    "no less than": "above",
    "just over": "above",
    "under": "below",
    "less than": "below",
    "fewer than": "below",
    "up to": "below",
    "at most": "below",
    "no more than": "below",
    "nearly": "below",
    "almost": "below",
    "just under": "below",
    "about": "about",
    "around": "about",
    "roughly": "about",
    "approximately": "about",
    "some": "about",
    "approx": "about",
    "circa": "about",
}


YEAR_REACH = 8  # words between an act and the year told of it ("confronting CEO Ada Lind in 2018": 4)

PASSIVE_HELPERS = frozenset("get got gets getting be been being ever actually really".split())
BEING = frozenset("is are was were be been being get got gets getting".split())  # before a participle: the passive
PASSIVE_REACH = 6  # words before a passive's auxiliary, or after an act's "of", that may name who underwent it
SUBJECT_HEAD_REACH = 8  # words a subject may run to before the phrase describing it ("the hundreds of … messages")
# words opening a clause of its own within a sentence ("…, and the company called"), general English
CLAUSE_OPENERS = frozenset("and but which who while when whereas".split())
OBJECT_REACH = 4  # words after an active verb that may name whom it was done to ("confronted CEO Ada Lind")
OCCASION_OPENINGS = frozenset({"at", "during"})  # "arrested at the vigil", "during the march": an occasion
# words after an act that may tell the occasion it was done at ("defended its decision to keep working with the
# harbour at a guild meeting": 9)
OCCASION_REACH = 12
PREPOSITIONS = frozenset("at in on outside inside near by for with to from during after before over about".split())
OTHERS = frozenset({"other", "others", "another"})  # "workers at other firms", "other workers": not the ones asked
# words an active's subject may stand before its act ("more than 40 harbour keepers signed": 1; "keepers, the
# Gazette reported on Monday, signed": 6)
DOER_REACH = 8
# words a passive's "by" may stand before its doer ("signed by more than 40 harbour keepers": 4)
BY_DOER_REACH = 5
OTHERS_REACH = 3  # words after a subject's word that may say whose it is ("workers at other firms": 2)


def one_asked_many_told(asked: list[str], stem_: str, told: list[str]) -> bool:
    """The question names one thing of `stem_` with "the" ("at the vigil") and the fact tells of it only in the
    plural ("at vigils across the coast") or as an activity ("arrested while protesting"): other occasions, not
    that one."""
    one = any(not t.endswith("s") and stem(t) == stem_ and asked[i - 1 : i] == ["the"] for i, t in enumerate(asked))
    return one and all(t.endswith(("s", "ing")) for t in told)  # "arrested protesting outside …": an activity


def of_others(tokens: list[str], at: int) -> bool:
    """The subject's word at `at` is told of others than the ones asked: "other" right before it ("other keepers")
    or after a preposition within OTHERS_REACH words after it ("keepers at other harbours")."""
    if tokens[at - 1 : at] and tokens[at - 1] in OTHERS:
        return True
    after = tokens[at + 1 : at + 1 + OTHERS_REACH]
    return bool(after) and after[0] in PREPOSITIONS and not OTHERS.isdisjoint(after[1:])


def year_after(tokens: list[str], at: int) -> str | None:
    """The first year within YEAR_REACH words after the word at `at` ("confronting the keeper in 2018")."""
    return next((t for t in tokens[at + 1 : at + 1 + YEAR_REACH] if is_year(t)), None)


def _year_of_act(tokens: list[str], at: int) -> str | None:
    """The year told of the act at `at`: the first year within YEAR_REACH words after it (`year_after`), else the
    last one within reach before it ("in May 2019 they held a vigil"); None when none is."""
    after = year_after(tokens, at)
    if after is not None:
        return after
    before = [k for k in range(max(0, at - YEAR_REACH), at) if is_year(tokens[k])]
    return tokens[before[-1]] if before else None


def dated_as_asked(q: Question, fact: FactData, tokens: list[str], at: int) -> bool:
    """A verdict on the act at `at` of a question naming a year or a month: the fact tells the act of that year
    (`_year_of_act`, else the fact's own date) and month (its date). "did they open the door in 2019" is not
    answered no by a door kept shut in 2018, nor "were they arrested in 2019" yes by arrests the fact never dates."""
    years = q.years - q.context  # not "(as of the 2018 piece)": a year setting the scene says which article
    if years:
        told = _year_of_act(tokens, at) or (fact.date[:4] if fact.date else None)
        if told not in years:
            return False
    month = month_of(q.on_date) if q.on_date else ""
    return not month or (fact.date or "")[5:7] == month


def passive_subject(q: Question, forms: Set[str], *, names: bool = False) -> list[str]:
    """The words naming who or what undergoes the act in a passive yes/no question ("did the keepers get
    arrested": ["keepers"]), names aside (an entity is checked as the acting name is) unless `names`."""
    tokens = q.words
    aux = next((i for i, t in enumerate(tokens) if t in AUXILIARIES), None)
    if aux is None:
        return []
    act = next((j for j in range(aux + 1, len(tokens)) if stem(tokens[j]) in forms), len(tokens))
    return [
        tokens[i]
        for i in range(aux + 1, act)
        if tokens[i] not in STOPWORDS and tokens[i] not in PASSIVE_HELPERS and (names or i not in q.named_at)
    ]


def undergoes_at(tokens: list[str], at: int, subject: list[str]) -> bool:
    """The fact's act at `at` is done to `subject` (a passive question's subject words): told in the passive after
    it ("the keepers were arrested"), with it as the object ("arrested 40 keepers"), or as the act's noun "of" it
    ("the arrests of 40 keepers"); not with it as the one acting ("keepers confronted the captain"). A question
    whose subject is only a pronoun or nothing is not checked here."""
    said = {singular(w) for w in subject}
    if not said:
        return True

    def names(span: list[str]) -> bool:
        return not said.isdisjoint(singular(t) for t in span)

    being = [k for k in range(max(0, at - 2), at) if tokens[k] in BEING]
    if being and (names(tokens[max(0, at - 2 - PASSIVE_REACH) : at]) or names(_subject_head(tokens, being[0]))):
        return True
    if tokens[at + 1 : at + 2] in (["of"], ["against"]):
        return names(tokens[at + 2 : at + 2 + PASSIVE_REACH])
    following = tokens[at + 1 : at + 1 + OBJECT_REACH]
    cut = next((k for k, t in enumerate(following) if t in PREPOSITIONS), len(following))  # "arrested at protests"
    return names(following[:cut])


def _subject_head(tokens: list[str], aux: int) -> list[str]:
    """The words of the subject before a passive's auxiliary at `aux` up to the first participle after them, which
    opens a phrase describing it ("the hundreds of messages posted on the Courier's page on the Saturday of the
    protest were taken down": "the hundreds of messages"): its clause opens after the last CLAUSE_OPENERS word;
    at most SUBJECT_HEAD_REACH words (general English)."""
    start = next((k + 1 for k in range(aux - 1, -1, -1) if tokens[k] in CLAUSE_OPENERS), 0)
    end = next((k for k in range(start + 1, aux) if tokens[k].endswith("ed")), aux)
    return tokens[start : min(end, start + SUBJECT_HEAD_REACH)]


def occasion_stems(q: Question, forms: Set[str]) -> set[str]:
    """The stems of the occasion a question asks its act done at: its words after "at" or "during" following the act
    ("was anyone arrested at the harbour vigils": {"vigil"}), names, stop words, dates and figures aside; when only
    names follow, the names' words ("arrested at the Guild": {"guild"}); empty when it names none."""
    act = next((j for j, t in enumerate(q.words) if stem(t) in forms), None)
    if act is None:
        return set()
    at = next((k for k in range(act + 1, len(q.words)) if q.words[k] in OCCASION_OPENINGS), None)
    if at is None:
        return set()
    unnamed = {
        stem(t)
        for i, t in enumerate(q.words[at + 1 :], at + 1)
        if i not in q.named_at and t not in STOPWORDS and t not in q.date_words and not t.isdigit()
    }
    if unnamed:
        return unnamed
    # "was anyone arrested at the Guild": a name alone is the occasion (its premises), told as where the act was
    # done only by a fact naming it after the act, as "arrested outside the Guild's hall" does
    return {stem(t) for i, t in enumerate(q.words[at + 1 :], at + 1) if i in q.named_at and t not in STOPWORDS}


def at_occasion(tokens: list[str], clause: list[int], at: int, occasion: Set[str]) -> bool:
    """The act at `at` is told as done at the occasion: one of its stems after the act in its clause (`clause`:
    clause_numbers), within OCCASION_REACH words ("arrested at protests outside …", "defended the lease at a guild
    meeting"), not only before it ("held a vigil … after reports that the harbour had helped arrest 40 sailors") nor
    in another clause ("arrests of 40 sailors; these set off the vigils")."""
    return any(
        stem(tokens[k]) in occasion and clause[k] == clause[at]
        for k in range(at + 1, min(len(tokens), at + 1 + OCCASION_REACH))
    )


def complement_stems(q: Question, forms: Set[str]) -> set[str]:
    """The stems of the words after a question's main verb ("arrested [at the protest]"), dates aside: where,
    to whom or with what the act was done, which a fact settling it (or counting it) must tell."""
    act = next((j for j, t in enumerate(q.words) if stem(t) in forms), None)
    if act is None:
        return set()
    return {stem(t) for t in q.words[act + 1 :] if t not in STOPWORDS and t not in q.date_words}


def undergoes(subject: list[str], tokens: list[str], given: Mapping[str, Set[str]], stems_: Set[str]) -> bool:
    """Every word of a passive question's subject is in the fact as that word, singular or plural, or as a word
    the brief gives for it (`given`: a word's synonyms' stems; `stems_`: the fact's stems): its own stem is not
    enough ("protesters" and "protests" share one)."""
    said = {singular(t) for t in tokens}
    return all(singular(w) in said or not given.get(w, frozenset()).isdisjoint(stems_) for w in subject)


def reason_stems(q: Question) -> set[str]:
    """The stems of the reason a yes/no question gives its act ("did the guild drop the lease because of the vigils":
    {"vigil"}): its words after "because" or "due to", stop words and dates aside; empty when it gives none."""
    tokens = q.words
    at = next((k + 1 for k, t in enumerate(tokens) if t == "because"), None)
    if at is None:
        at = next((k + 2 for k in range(len(tokens) - 1) if tokens[k : k + 2] == ["due", "to"]), None)
    if at is None:
        return set()
    return {stem(t) for t in tokens[at:] if t not in STOPWORDS and t not in q.date_words}


# words opening the cause a statement gives an act ("dropped the lease after pressure from its keepers") and the
# marks or words closing it (general English)
CAUSE_OPENINGS = on_first_use(
    r"\b(?:because(?: of)?|due to|in response to|(?:after|under) pressure from|after protests? (?:by|from))\s+"
    r"(?P<cause>[^,;:()]*?)(?=\s+and\b|[,;:()]|$)",
    re.IGNORECASE,
)


def cause_stems(statement: str) -> set[str] | None:
    """The stems of the causes a statement gives for what it tells (CAUSE_OPENINGS: "after pressure from its
    employees" -> {"pressur", "employe"}, with the opening's own words), stop words aside; None when it gives none.
    A reason asked that is none of them ("did the guild drop it because of the port") is not the one it gives."""
    found = list(CAUSE_OPENINGS().finditer(statement))
    if not found:
        return None
    return {stem(t) for m in found for t in words(fold(m.group(0))) if t not in STOPWORDS}


# verbs whose object is followed by what it is to do ("told the keepers to leave", "forced the guild to pay"): that
# "to" is the act's own, no purpose given it (general English; REQUEST_VERBS are the asking ones)
CONTROL_VERBS = frozenset(
    "tell tells told order orders ordered force forces forced allow allows allowed persuade persuaded convince"
    " convinced invite invited".split()
)


def purpose_stems(q: Question, forms: Set[str], known: Callable[[str], bool] = lambda word: True) -> set[str]:
    """The stems of the purpose a question gives its act (`forms`, its stems): "why did the guild sign the lease to
    help the port", "did the guild sign the lease to help the port": {"help", "port"}, its words after a "to" that
    follows the act and a word after it (what it was done to), stop words and dates aside. Empty when it gives none,
    or the "to" opens a name, a stop word, a figure or a word `known` says English lacks ("sold the maps to the
    port", "to Ada Lind", "to 2019", "donated to Harbourfund", a name the brief does not know): whom or what it went to,
    not what for (a purpose opens with a verb)."""
    tokens = q.words
    act = next((k for k, t in enumerate(tokens) if k and stem(t) in forms), None)
    if act is None or tokens[act] in REQUEST_VERBS | CONTROL_VERBS:
        return set()  # "why did the keepers ask the guild to cancel": what was asked, part of the act, not its aim
    to = next((k for k in range(act + 2, len(tokens) - 1) if tokens[k] == "to"), None)
    if to is None or to + 1 in q.named_at or tokens[to + 1] in STOPWORDS or tokens[to + 1].isdigit():
        return set()
    if not known(tokens[to + 1]):
        return set()
    return {stem(t) for t in tokens[to + 1 :] if t not in STOPWORDS and t not in q.date_words}


# "did the raid lead to evictions", "did the vigil result in arrests": an outcome asked of something
OUTCOME_VERBS = {"lead": "to", "leads": "to", "led": "to", "result": "in", "results": "in", "resulted": "in"}


def outcome_stems(q: Question) -> set[str]:
    """The stems of the outcome a yes/no question asks something led to ("did the raid lead to evictions":
    {"eviction"}): its words after "lead to" / "result in", stop words and dates aside; empty when it asks none."""
    tokens = q.words
    if tokens[:1] == [] or tokens[0] not in AUXILIARIES:
        return set()
    at = next(
        (k + 2 for k, t in enumerate(tokens) if t in OUTCOME_VERBS and tokens[k + 1 : k + 2] == [OUTCOME_VERBS[t]]),
        None,
    )
    if at is None:
        return set()
    return {stem(t) for t in tokens[at:] if t not in STOPWORDS and t not in q.date_words and not t.isdigit()}


MENTIONING = frozenset("mention mentions mentioned cite cites cited".split())  # "did the essay mention the guild"
SPEAKING = frozenset("say says said talk talks talked speak speaks spoke write writes wrote".split())  # "… about X"


def mentioned_stems(q: Question) -> set[str]:
    """The stems of what a yes/no question asks whether something mentioned ("did the Gazette essay mention the
    harbour": {"harbour"}): its words after a verb of mentioning (MENTIONING), stop words and dates aside; empty when
    it asks no such thing or opens otherwise than with an auxiliary."""
    tokens = q.words
    if tokens[:1] == [] or tokens[0] not in AUXILIARIES:
        return set()
    at = next((k for k, t in enumerate(tokens) if t in MENTIONING), None)
    if at is None:
        # "did Ada Lind say anything about the harbour", "did she talk about it": what follows "about" a verb of
        # speaking (one word may come between) is what was mentioned
        at = next(
            (
                k + j
                for k, t in enumerate(tokens)
                if t in SPEAKING
                for j in (1, 2)
                if tokens[k + j : k + j + 1] == ["about"]
            ),
            None,
        )
    if at is None:
        return set()
    return {stem(t) for t in tokens[at + 1 :] if t not in STOPWORDS and t not in q.date_words}


# verbs of saying something is so ("did Lind say the lease was unfair"), and of calling it so ("did Lind call the
# lease unfair"): general English
SAYING_SO = frozenset("say says said claim claims claimed state states stated".split())
CALLING = DESCRIBING_VERBS
# verbs of holding a thing to be so ("did Lind think the lease was unfair", "did she consider it unfair"): a judgement,
# which the articles tell only as said or called ("calling it “unfair”"); read as a saying of it (general English)
HOLDING = frozenset("think thinks thought believe believes believed consider considers considered".split())
CALLED_PRONOUNS = frozenset("it them him her".split())  # what "call" names in words: "called it a disgrace"
PREDICATE_OPENINGS = frozenset("a an the as".split())  # "called it a disgrace", "described it as a disgrace"
# prepositions after a participle that make it a passive act done to the thing, not a word for what it is ("was used
# in raids", "was renewed for $12 million"; "was unfair" describes it): general English
PASSIVE_ADJUNCTS = frozenset("in at on for by to during from with".split())


def predicate_stems(q: Question) -> set[str]:
    """The stems of what a yes/no question asks whether someone said a thing was, or called it ("did Lind say the
    lease was unfair", "did Lind call the lease unfair": {"unfair"}): a saying verb's (SAYING_SO) words after the
    first copula following it, or a calling verb's (CALLING) words after the name or pronoun it is done to (a
    holding verb's, HOLDING, either way: "think it was unfair", "consider it unfair"), stop words and dates aside;
    empty when it asks no such thing or opens otherwise than with an auxiliary. What was said of it is the asked
    predicate, which a fact giving another word for it ("calling it “treasonous”") does not settle."""
    tokens = q.words
    if tokens[:1] == [] or tokens[0] not in AUXILIARIES:
        return set()
    at = next((k for k, t in enumerate(tokens) if t in SAYING_SO or t in CALLING or t in HOLDING), None)
    if at is None or tokens[at + 1 : at + 2] == ["about"]:
        return set()  # "did Lind say anything about the lease": a mention (`mentioned_stems`)
    # (a holding is worded as a saying, "thought the lease was unfair", or as a calling, "considered it unfair")
    copula = next((k for k in range(at + 1, len(tokens)) if tokens[k] in COPULAS), None)
    if tokens[at] in SAYING_SO or (tokens[at] in HOLDING and copula is not None):
        rest = tokens[copula + 1 :] if copula is not None else []
        if rest[1:2] and (rest[0].endswith("ed") or rest[0] in PAST) and rest[1] in PASSIVE_ADJUNCTS:
            # "did the Gazette say the maps were used in raids": an act told done to them (its words, as any saying's
            # are read), not what they were called (tester 78 R2)
            return set()
        if progressive_act(rest):
            # "did the guild say it was not helping the wardens evict anyone": an act told as going on (its words,
            # as any saying's are read), not what it was called
            return set()
    else:
        # what it is done to: a name (its words, `q.named_at`) or a pronoun, right after the verb
        k = at + 1
        while k < len(tokens) and (k in q.named_at or tokens[k] in CALLED_PRONOUNS):
            k += 1
        rest = tokens[k:] if k > at + 1 else []  # "did the guild call the police": no name or pronoun, no saying
    return {stem(t) for t in rest if t not in STOPWORDS and t not in PREDICATE_OPENINGS and t not in q.date_words}


# words negating what a copula joins ("was not helping", "were never used"): general English
COPULA_NEGATIONS = frozenset("not never".split())


def progressive_act(rest: Sequence[str]) -> bool:
    """`rest` (a question's words after a copula, a negation aside) opens with a verb's present participle that has
    words after it ("was not helping the wardens evict keepers"): an act told as going on, not a word for what the
    thing was ("was boring", "was interesting": nothing follows). lemminflect knows the participle's verb."""
    at = next((k for k, t in enumerate(rest) if t not in COPULA_NEGATIONS), len(rest))
    if at + 1 >= len(rest) or not rest[at].endswith("ing"):
        return False
    lemmas = English.lemmas(rest[at]).get("VERB", ())
    return any(lemma != rest[at] for lemma in lemmas)


def progressive_said(q: Question) -> tuple[int, int | None] | None:
    """For a saying asked of an act going on ("did Lind say the guild was dropping the leases", `progressive_act`):
    the positions in `q.words` of the act's participle ("dropping") and of its object's first word, determiners
    aside ("leases"; None when nothing follows); None when the question asks no such saying."""
    tokens = q.words
    if tokens[:1] == [] or tokens[0] not in AUXILIARIES:
        return None
    at = next((k for k, t in enumerate(tokens) if t in SAYING_SO or t in CALLING or t in HOLDING), None)
    if at is None or tokens[at] in CALLING:
        return None
    copula = next((k for k in range(at + 1, len(tokens)) if tokens[k] in COPULAS), None)
    if copula is None or (tokens[at] not in SAYING_SO and tokens[at] not in HOLDING):
        return None
    if not progressive_act(tokens[copula + 1 :]):
        return None
    act = next(k for k in range(copula + 1, len(tokens)) if tokens[k] not in COPULA_NEGATIONS)
    thing = next((k for k in range(act + 1, len(tokens)) if tokens[k] not in DETERMINERS), None)
    return act, thing


def act_told_on(told: Sequence[str], acts: Set[str], is_object: Callable[[int], bool]) -> bool:
    """A text's words (`told`) tell an act (`acts`, stems) done to its object: the first word after a word of the
    act, determiners aside, is the object (`is_object(position)`): "dropping the leases", not "dropping others"
    nor "help cancel the lease" (general English: a verb's object follows it)."""
    for j, t in enumerate(told):
        if stem(t) not in acts:
            continue
        k = next((k for k in range(j + 1, len(told)) if told[k] not in DETERMINERS), None)
        if k is not None and is_object(k):
            return True
    return False


# "calling it “reckless” that the guild dropped the lease": the word is said of the act the clause tells, whose doer
# and verb (its first CLAUSE_HEAD words) say which act (general English extraposition)
CALLED_ACT = on_first_use(
    r"\bcall(?:ing|ed|s)? it [\"“]?(?P<word>[\w'’-]+)[\"”]? that (?P<clause>[^,;:.]*)", re.IGNORECASE
)
CLAUSE_HEAD = 3


def said_of_another_act(q: Question, statement: str) -> bool:
    """ "Did Lind say the leases were reckless" against "… calling it “reckless” that the guild dropped a lease": the
    word asked (`predicate_stems`) is said of an act (CALLED_ACT), and what the question says it of (its words
    between the saying verb and the copula) names neither that act's doer nor its verb: it was said of something
    else. False when the question asks no such thing or the fact says the word otherwise."""
    tokens = q.words
    asked = predicate_stems(q)
    at = next((k for k, t in enumerate(tokens) if t in SAYING_SO or t in HOLDING), None)
    copula = next((k for k in range(at + 1, len(tokens)) if tokens[k] in COPULAS), None) if at is not None else None
    if not asked or at is None or copula is None:
        return False
    subject = {stem(t) for t in tokens[at + 1 : copula] if t not in STOPWORDS}
    for m in CALLED_ACT().finditer(statement):
        if stem(fold(m.group("word")).strip("'’")) not in asked:
            continue
        head = {stem(t) for t in words(fold(m.group("clause")))[:CLAUSE_HEAD] if t not in STOPWORDS}
        return bool(subject) and subject.isdisjoint(head)
    return False


# words opening a clause that supposes what follows rather than telling it ("asking what would have happened if the
# guild had refused"): general English
SUPPOSING = frozenset("if unless whether".split())


def said_as_supposed(q: Question, statement: str, verb_of: Callable[[str], str | None]) -> bool:
    """ "Did Lind say the guild refused the lease" against "… asking what would have happened if the guild had
    refused": the first verb of what the question says was said (a word `verb_of`, the brief's English, reads as only
    ever a verb, after the saying verb, SAYING_SO, and not inside a name) is stated, and each time only in a clause a
    supposing word (SUPPOSING) opens before it: the fact supposes the act, it does not tell it said as done. False
    when the question asks no such saying, or the fact states the verb anywhere else."""
    tokens = q.words
    if tokens[:1] == [] or tokens[0] not in AUXILIARIES:
        return False
    at = next((k for k, t in enumerate(tokens) if t in SAYING_SO), None)
    if at is None:
        return False
    verb = next(
        (verb_of(t) for k, t in enumerate(tokens[at + 1 :], at + 1) if k not in q.named_at and verb_of(t)), None
    )
    if verb is None:
        return False
    forms = {stem(verb), stem(IRREGULAR.get(verb, verb))}
    supposed: list[bool] = []
    for clause in CLAUSE_END().split(statement):
        told = words(fold(clause))
        for j, t in enumerate(told):
            if stem(t) in forms or stem(verb_of(t) or t) in forms:
                supposed.append(not SUPPOSING.isdisjoint(told[:j]))
    return bool(supposed) and all(supposed)


CLOSING_NOUNS = 1  # words a figure closing a question may have after it ("target 6200 people")


def closing_object(q: Question, names: Sequence[tuple[int, int, str]]) -> tuple[int, int] | None:
    """ "Did <subject> <act> <object>" whose object closes the question: a name (`names`, the question's name spans
    as (start, end, entity)) ending it, or a figure with at most CLOSING_NOUNS word after it ("did the guild target
    6200 keepers"); the act is the one word right before it (no function word, preposition or name's word) and the
    subject the words between the opening auxiliary and the act. (act position, object start), or None when the
    question is not of that shape."""
    tokens = q.words
    if len(tokens) < 4 or tokens[0] not in AUXILIARIES:
        return None
    start = next((a for a, end, _ in names if end == len(tokens)), None)
    if start is None:
        start = next((k for k in range(len(tokens) - 1 - CLOSING_NOUNS, len(tokens)) if is_number(tokens[k])), None)
    if start is None or start < 3:
        return None
    act = start - 1
    if tokens[act] in STOPWORDS or tokens[act] in PREPOSITIONS or act in q.named_at or is_number(tokens[act]):
        return None
    return act, start


def called_of_another_noun(text: str, content: Set[str]) -> bool:
    """A quotation in `text` holding the called words (`content`, stems) whose last is followed, in the quotation,
    by a word they do not include: it is said of that noun, a modifier of another thing ("calling it “a loser
    position”" calls no one losers; general English: a word before a noun qualifies it), not of what was asked
    (fresh tester 73, O3)."""
    for quoted in re.split(r"[“”\"]", text)[1::2]:
        tokens = words(fold(quoted))
        held = [j for j, t in enumerate(tokens) if stem(t) in content]
        if not held or not content <= {stem(tokens[j]) for j in held}:
            continue
        following = tokens[held[-1] + 1 : held[-1] + 2]
        if following and following[0] not in STOPWORDS and stem(following[0]) not in content:
            return True
    return False


def date_part(tokens: list[str], at: int) -> bool:
    """The number at `at` is part of a date: a year ("2019") or a day next to a month's name ("13 September")."""
    word = tokens[at]
    if len(word) == 4 and word[:2] in ("19", "20"):
        return True
    near = {w.capitalize() for w in tokens[max(0, at - 1) : at + 2]}
    return int(word) <= 31 and not near.isdisjoint(MONTHS)


def bound_before(tokens: list[str], at: int) -> str:
    """The kind of bound (BOUND_KINDS) the one to three words before the figure at `at` put on it ("no fewer than"
    before "fewer than"), or "" for a figure stated as it is."""
    for width in (3, 2, 1):
        if at >= width and (kind := BOUND_KINDS.get(" ".join(tokens[at - width : at]))):
            return kind
    return ""


def to_asked(q: Question, verb: str, after: list[str]) -> bool:
    """A negated verb of the fact (`verb`, the stems `after` it) denies the act as the question asks it: when the
    question has that verb with a preposition and what it is done to ("did the guild respond to the keepers"), the
    fact names one of those words (stems) right after its own ("did not respond to the keepers"); "did not respond
    when the Gazette asked it to comment on the keepers' vigil" is no to another question."""
    at = next((i for i, t in enumerate(q.words) if stem(t) == stem(verb)), -1)
    if at < 0 or q.words[at + 1 : at + 2] == [] or q.words[at + 1] not in OBJECT_PREPOSITIONS:
        return True
    objects = {stem(t) for t in q.words[at + 2 :] if t not in STOPWORDS and t not in q.date_words}
    return not objects or not objects.isdisjoint(after)


def bounded_as_asked(asked: list[str], tokens: list[str]) -> bool:
    """Every figure the question gives stands somewhere in the fact with the same bound (BOUND_KINDS) the
    question puts before it: "more than 400" settles "were over 400 arrested", not "were 400 arrested" nor
    "exactly 400"; a figure the fact gives without a bound settles one asked "about"."""
    for k, word in enumerate(asked):
        if not word.isdigit():
            continue
        wanted = bound_before(asked, k)
        told = {bound_before(tokens, j) for j, t in enumerate(tokens) if t == word}
        if told and wanted not in told and not (wanted == "about" and "" in told):
            return False
    return True


# words before a comparative that turn the comparison around or deny it ("is not older than", "no larger than")
COMPARISON_DENIALS = frozenset("not no never nt neither nor".split())


def compared_as_told(asked: Sequence[str], statement: str) -> bool:
    """ "Is the vigil older than the lease" of "the vigil is older than the 2019 lease": the statement says, in its own
    voice (before any words in speech marks) and in one clause, what the question asks: the same comparative word
    before "than" (and the "more" / "less" before it, if asked), not denied, with the question's first side the
    statement's side before it and its second side the one after it (`_same_side`). `asked`: the question's words,
    opening with a copula (English grammar; such a question led with the fact saying it, without its "Yes")."""
    if not asked or asked[0] not in COPULAS or "than" not in asked:
        return False
    k = asked.index("than")
    comparative = asked[k - 2 : k] if k >= 3 and asked[k - 2] in ("more", "less") else asked[k - 1 : k]
    first = _content(asked[1 : k - len(comparative)])
    second = _content(asked[k + 1 :])
    # a word both sides name ("is the lease over the mill older than the strike at the mill") tells neither apart
    shared = set(first) & set(second)
    first, second = [w for w in first if w not in shared], [w for w in second if w not in shared]
    if not comparative or not first or not second:
        return False
    own_voice = re.split(r"[“”\"]", statement, maxsplit=1)[0]
    return any(_compares(words(fold(clause)), comparative, first, second, shared) for clause in own_voice.split(";"))


# comparatives that say the other way round of each other (general English): "A is older than B" tells that A is not
# newer than B, nor younger
_OPPOSITE_PAIRS = (
    ("older", "newer"),
    ("older", "younger"),
    ("bigger", "smaller"),
    ("larger", "smaller"),
    ("greater", "smaller"),
    ("higher", "lower"),
    ("earlier", "later"),
    ("longer", "shorter"),
    ("more", "less"),
    ("more", "fewer"),
)
OPPOSITE_COMPARATIVES: dict[str, frozenset[str]] = {
    w: frozenset(b if w == a else a for a, b in _OPPOSITE_PAIRS if w in (a, b))
    for pair in _OPPOSITE_PAIRS
    for w in pair
}


def compared_otherwise(asked: Sequence[str], statement: str) -> bool:
    """ "Is the vigil newer than the lease" of "the vigil is older than the 2019 lease": the
    statement says the comparison the other way round (`compared_as_told` of the question with its comparative's
    opposite, OPPOSITE_COMPARATIVES, or with its two sides swapped), which answers the question "No" (blind set BL:
    it led with the fact and no verdict). `asked` as for `compared_as_told`."""
    turned, swapped = _turned(asked, swap=False), _turned(asked, swap=True)
    return any(compared_as_told(other, statement) for other in [*turned, *swapped[:1]])


def compared_conversely(asked: Sequence[str], statement: str) -> bool:
    """ "Is the lease newer than the vigil" of "the vigil is older than the 2019 lease": the statement
    says the same comparison with its sides swapped and the opposite comparative (a "Yes", as `compared_as_told`)."""
    return any(compared_as_told(other, statement) for other in _turned(asked, swap=True)[1:])


def _turned(asked: Sequence[str], *, swap: bool) -> list[list[str]]:
    """The question's words with its comparative's opposites (OPPOSITE_COMPARATIVES) in its place, each, or when
    `swap`: with its two sides swapped, then swapped with each opposite; [] for no "<copula> A <comparative> than B"."""
    if not asked or asked[0] not in COPULAS or "than" not in asked or asked.index("than") < 3:
        return []
    k = asked.index("than")
    # (with "more"/"less" before it, "more costly": the opposite of its "more", the adjective kept)
    at = k - 2 if asked[k - 2] in ("more", "less") else k - 1
    first, compared, second = list(asked[1:at]), list(asked[at:k]), list(asked[k + 1 :])
    opposites = [[other, *compared[1:]] for other in sorted(OPPOSITE_COMPARATIVES.get(compared[0], ()))]
    if not swap:
        return [[asked[0], *first, *other, "than", *second] for other in opposites]
    return [[asked[0], *second, *other, "than", *first] for other in [compared, *opposites]]


# an order in time asked as an act's ("did A start before B", "was A founded after B", "does A predate B"), read as
# the comparison of the two it makes (general English): coming to be before the other is being older, or earlier
_ORDER_MARKS = {
    ("before",): "before",
    ("prior", "to"): "before",
    ("earlier", "than"): "before",
    ("sooner", "than"): "before",
    ("after",): "after",
    ("later", "than"): "after",
}
_ORDER_COMPARATIVES = {"before": ("older", "earlier"), "after": ("newer", "later")}
_IN_TIME = {w: order for order, alike in _ORDER_COMPARATIVES.items() for w in alike} | {
    "sooner": "before",
    "younger": "after",
}
# verbs of coming to be or taking place, by stem ("began" and "came" are their own stems)
_ORDER_VERBS = frozenset(
    stem(w)
    for w in "start began begun begin came come exist happen occur form found emerge arise arose appear launch".split()
)
_ORDER_AS_VERBS = {stem(w): order for w, order in (("predate", "before"), ("precede", "before"), ("postdate", "after"))}


def order_compared(asked: Sequence[str]) -> list[list[str]]:
    """ "Did A start before B" read as the comparisons it asks, each as a copula question's words for
    `compared_as_told` and its kin: ["is", *A, "older", "than", *B] and the same with "earlier" (with "newer" and
    "later" for "after"). A question opening with an auxiliary, then A, then a verb of coming to be (`_ORDER_VERBS`,
    or "around": "was A around before B") right before the order word (`_ORDER_MARKS`), then B; "does A predate B"
    (`_ORDER_AS_VERBS`); or a copula's comparison in one of those comparatives ("was A earlier than B", `_IN_TIME`),
    which a statement may tell in the other ("A is older than B"). [] for any other question: "did A start with B"
    or "because of B" asks no order (blind set BM: "did the movement start before the controversy" was read as
    "start" against its brief opposite "older than", a "No" to what the fact says yes to)."""
    if len(asked) < 4 or asked[0] not in AUXILIARIES:
        return []
    if asked[0] in COPULAS and "than" in asked and asked.index("than") >= 3:
        k = asked.index("than")
        order = _IN_TIME.get(asked[k - 1], "")
        first, second = list(asked[1 : k - 1]), list(asked[k + 1 :])
    else:
        order, first, second = _order_asked(asked)
    if not order or not second:
        return []
    return [["is", *first, comparative, "than", *second] for comparative in _ORDER_COMPARATIVES[order]]


# verbs of a thing's start or end, by stem: "did A expire before B started" orders two acts, each dated on its own
_CLAUSE_VERBS = _ORDER_VERBS | frozenset(
    stem(w) for w in "start started begin began expire expired end ended lapse lapsed stop stopped finish".split()
)


def acts_ordered(asked: Sequence[str]) -> bool:
    """ "Did A expire before B started": a yes/no question whose order word ("before", "after", "prior to") is
    followed by a second clause with its own verb of starting, ending or coming to be (`_CLAUSE_VERBS`), after at
    least one word naming its subject. A "Yes" needs both acts dated and apart, which the words of a fact telling of
    both need not give ("one had recently expired, the other is due to expire next year" dates neither start);
    "did the guild drop the lease after the vigil" names no second act and is not one of these."""
    if len(asked) < 5 or asked[0] not in AUXILIARIES:
        return False
    for k in range(2, len(asked) - 2):
        mark = next((m for m in _ORDER_MARKS if tuple(asked[k : k + len(m)]) == m), None)
        if mark is None:
            continue
        tail = asked[k + len(mark) :]
        return any(stem(w) in _CLAUSE_VERBS for w in tail[1:])
    return False


def _order_asked(asked: Sequence[str]) -> tuple[str, list[str], list[str]]:
    """`order_compared`'s act read: the order ("before" / "after"), and the words of its two sides; "" when none."""
    for k in range(2, len(asked) - 1):
        if (order := _ORDER_AS_VERBS.get(stem(asked[k]))) is not None:
            return order, list(asked[1:k]), list(asked[k + 1 :])
        mark = next((m for m in _ORDER_MARKS if tuple(asked[k : k + len(m)]) == m), None)
        if mark is not None and k >= 3 and (asked[k - 1] == "around" or stem(asked[k - 1]) in _ORDER_VERBS):
            return _ORDER_MARKS[mark], list(asked[1 : k - 1]), list(asked[k + len(mark) :])
    return "", [], []


def _content(tokens: Sequence[str]) -> list[str]:
    """The stems of a side's content words (no stop word, no figure), in order."""
    return [stem(t) for t in tokens if t not in STOPWORDS and not t.isdigit()]


def _head(tokens: Sequence[str]) -> str:
    """The stem of a noun phrase's head, read as the last content word of its first run of them ("the progressive
    movement to abolish the guild": "movement"; "the 2018 strike over wages": "strike"); "" when it has none."""
    run: list[str] = []
    for t in tokens:
        if t in STOPWORDS:
            if run:
                break
            continue
        run.append(t)
    content = [t for t in run if not t.isdigit()]
    return stem(content[-1]) if content else ""


def _same_side(asked: Sequence[str], told: Sequence[str], shared: Set[str]) -> bool:
    """The question's side (`asked`, its content stems) is the statement's (`told`, its words): the statement
    side's head is one of the question side's words ("the guild's movement" of "the movement to abolish the guild"),
    or at least half of each side's content words are the other's ("the strike mess" of "the 2018 strike over
    wages"). One word in common is not enough: "is the guild older than …" asks of the guild, not of a movement
    against it (review 20 F2)."""
    head = _head(told)
    if head and head in asked:
        return True
    own = {w for w in _content(told) if w not in shared}
    common = own & set(asked)
    return bool(own) and 2 * len(common) >= len(set(asked)) and 2 * len(common) >= len(own)


def _compares(
    tokens: list[str], comparative: Sequence[str], first: Sequence[str], second: Sequence[str], shared: Set[str]
) -> bool:
    """`compared_as_told` in one clause's words (one part of a statement between semicolons): its side before the
    comparative runs from the clause's start, its side after "than" to the clause's end."""
    size = len(comparative)
    for j in range(1, len(tokens) - size):
        if tokens[j : j + size] != list(comparative) or tokens[j + size] != "than":
            continue
        if not COMPARISON_DENIALS.isdisjoint(tokens[max(0, j - 2) : j]):
            continue
        if _same_side(first, tokens[:j], shared) and _same_side(second, tokens[j + size + 1 :], shared):
            return True
    return False


def doer_as_told(tokens: Sequence[str], doers: Set[str], acts: Set[str]) -> bool:
    """A text's words (`tokens`) give a word of `doers` (stems) as doing a word of `acts` (stems): in the DOER_REACH
    words before it (the active's subject, "more than 40 harbour keepers signed a letter"), or within BY_DOER_REACH
    words after a "by" right after it (the passive's doer, "a letter signed by 60 keepers"). General English: a noun
    after the act with no "by" is its object or another clause's ("keepers signed a letter asking the wardens": the
    wardens signed nothing)."""
    told = [stem(t) for t in tokens]
    for j, s in enumerate(told):
        if s not in acts:
            continue
        if not doers.isdisjoint(told[max(0, j - DOER_REACH) : j]):
            return True
        by = next((k for k in range(j + 1, min(j + 3, len(tokens))) if tokens[k] == "by"), None)
        if by is not None and not doers.isdisjoint(told[by + 1 : by + 1 + BY_DOER_REACH]):
            return True
    return False


def done_to_as_told(tokens: Sequence[str], things: Set[str], acts: Set[str]) -> bool:
    """A text's words (`tokens`) give a word of `things` (stems, a noun phrase's head) as what a word of `acts`
    (stems) was done to: within OBJECT_REACH words after it in the active ("the guild renewed its harbour lease"), or
    in the DOER_REACH words before it in the passive, a form of "be" or "get" (BEING) just before the act ("the lease
    was renewed"); as the head of its phrase, with a function word or nothing after it ("the harbour lease was
    renewed" tells no harbour renewed). General English: the subject of a passive is the active's object, never its
    doer ("wardens arrested keepers" does not tell that the wardens were arrested)."""
    told = [stem(t) for t in tokens]

    def head_in(span: range) -> bool:
        return any(told[k] in things and (k + 1 == len(tokens) or tokens[k + 1] in STOPWORDS) for k in span)

    for j, s in enumerate(told):
        if s not in acts:
            continue
        if BEING.isdisjoint(tokens[max(0, j - 2) : j]):
            if head_in(range(j + 1, min(len(tokens), j + 1 + OBJECT_REACH))):
                return True
        elif head_in(range(max(0, j - DOER_REACH), j)):
            return True
    return False


# words opening a clause of its own after a noun ("owners who had paid …"): what follows is that clause's (general
# English)
RELATIVES = frozenset("who whom whose which that".split())
# words before "of" telling how many of a group ("one of the parents", "hundreds of parents"): the group is the act's
QUANTITIES = frozenset("one some many most all several few none each any hundreds dozens thousands millions".split())
OBJECT_ENDS = frozenset("in at on during outside near from for by to against with after before".split())


def object_phrase(q: Question, forms: Set[str]) -> range:
    """The positions in a yes/no question of its object phrase: its words after its act (`forms`, the act's stems)
    up to a preposition ("did the wardens arrest keepers' children in May": "keepers' children"); none when it has
    no act after its first word."""
    act = next((j for j, t in enumerate(q.words) if j and stem(t) in forms), None)
    if act is None:
        return range(0)
    phrase = list(itertools.takewhile(lambda t: t not in OBJECT_ENDS, q.words[act + 1 :]))
    return range(act + 1, act + 1 + len(phrase))


def asked_object_stems(q: Question, forms: Set[str]) -> set[str]:
    """The stems of a yes/no question's object phrase (`object_phrase`), but its small words and figures."""
    phrase = [q.words[k] for k in object_phrase(q, forms)]
    return {stem(t) for t in phrase if t not in STOPWORDS and not t.isdigit()}


def taken_by_another(
    tokens: list[str],
    act: int,
    at: int,
    asked: Set[str],
    verb_of: Callable[[str], str | None],
    named: Set[int] = frozenset(),
) -> bool:
    """The word at `at`, after an act at `act` in `tokens`, is not that act's own object but another word's: it
    stands in an "of"-phrase of a noun not asked (`asked`, stems; "singled out owners and other kin of young
    sailors" does not single out the sailors), or after a second verb (a relative pronoun after a noun, or "to"
    before a bare verb: "arrest sailors, owners who had paid crews to bring cargo" brings the cargo, no arrest of
    it). A count of a group ("one of the keepers"), the act's own "of" ("the arrests of 400 sailors") and an "of"
    inside a name (`named`, its word positions: "obtained Harbour Department of Fisheries papers") keep it the
    act's. General English; yn34's overclaims (task ov12)."""
    for k in range(act + 1, at):
        before = tokens[k - 1]
        counted = before in QUANTITIES or before.isdigit()
        if tokens[k] == "of" and k - 1 != act and stem(before) not in asked and not counted and k not in named:
            return True
        if tokens[k] in RELATIVES and k - 1 != act:
            return True
        if tokens[k] == "to" and verb_of(tokens[k + 1]) == tokens[k + 1]:
            return True
    return False


def _bare(word: str, verb_of: Callable[[str], str | None]) -> bool:
    """A word that may be a verb's bare form: no other form of a verb-only word, no "-ed" or "-s" ending."""
    return verb_of(word) in (word, None) and not word.endswith(("ed", "s"))


def aim_shared(tokens: list[str], j: int, verb_of: Callable[[str], str | None]) -> bool:
    """The bare verb at `j` is one of two joined under one "to" ("a drive to find and arrest sailors"): an aim told,
    no act done, even of words that are nouns too, which a "to" alone leaves unsure ("returned to work") (general
    English; task ov12: "did the wardens arrest sailors" led "Yes"
    on it)."""

    def pair(first: int) -> bool:
        return (
            first >= 1
            and tokens[first - 1] == "to"
            and tokens[first + 1 : first + 2] in (["and"], ["or"])
            and first + 2 < len(tokens)
            and _bare(tokens[first], verb_of)
            and _bare(tokens[first + 2], verb_of)
        )

    return pair(j) or pair(j - 2)


# words between a verb and its subject: helpers, "to" of "used to", adverbs of time ("the guild had already cut it")
VERB_HELPERS = frozenset("to used had has have was were is are be been being would could will should might may".split())
TIME_ADVERBS = frozenset("also later then already once still first again".split())
JOINING = frozenset({"and", "or"})  # "the guild and the Gazette signed": both did
ARTICLES = frozenset("the a an".split())
PLACE_OF = frozenset("of at in outside inside near from".split())  # "a conference at the harbour": the conference's


def doer_otherwise(tokens: Sequence[str], act: int, actor: str, spans: Sequence[tuple[int, int, str]]) -> bool:
    """The act at `act` is told of a subject other than `actor` (an entity id): the names (`spans`: start, end,
    entity) just before its verb group (VERB_HELPERS, TIME_ADVERBS, "-ly" adverbs), joined by "and"/"or", are
    others ("Lind is named after the lamp the Warden used to light"); or they stand in a place or "of" phrase
    (PLACE_OF) of a noun before it, which did the act, and `actor` is not that noun ("the vigil at the Harbour
    Guild dropped it": the vigil did). No name just before the verb group leaves it unsaid (False). General
    English: a verb's subject stands right before it (task ov13: "did <place> drop <firm>" and "did <firm> watch
    others" led "Yes" on another's act)."""
    named = {k for start, end, _ in spans for k in range(start, end)}
    ending = {end: (start, ent) for start, end, ent in spans}

    def names_ending(k: int) -> tuple[set[str], int]:
        found: set[str] = set()
        while k + 1 in ending:
            start, ent = ending[k + 1]
            found.add(ent)
            k = start - 1
            while k >= 0 and tokens[k] in ARTICLES:
                k -= 1
            if k < 0 or tokens[k] not in JOINING:
                break
            k -= 1
            while k >= 0 and tokens[k] in ARTICLES:
                k -= 1
        return found, k

    k = act - 1
    while k >= 0 and k not in named and (tokens[k] in VERB_HELPERS | TIME_ADVERBS or tokens[k].endswith("ly")):
        k -= 1
    doers, k = names_ending(k)
    if doers and k >= 1 and tokens[k] in PLACE_OF and tokens[k - 1] not in STOPWORDS and not is_number(tokens[k - 1]):
        heads, _ = names_ending(k - 1)  # the noun the place phrase belongs to did it, named or not
        return actor not in heads
    return bool(doers) and actor not in doers


def of_another(tokens: Sequence[str], actor: str, spans: Sequence[tuple[int, int, str]]) -> bool:
    """The last naming of `actor` (an entity id) in `tokens` (`spans`: start, end, entity) stands in an "of" or place
    phrase (after a PLACE_OF word and any article): it describes another noun, which is the one a later act is told
    of ("protesters outside the guild's office compared …"). General
    English: "a co-founder of the guild and a supporter of Lind" tells the co-founder's support, not the guild's
    (task ov14: "did <firm> support <president>" was answered "Yes" by "<founder> is a co-founder of <firm> and a
    long-time supporter of <president>")."""
    start = max((s for s, _, e in spans if e == actor), default=None)
    if start is None:
        return False
    k = start - 1
    while k >= 0 and tokens[k] in ARTICLES:
        k -= 1
    return k >= 0 and tokens[k] in PLACE_OF


def partner_otherwise(
    tokens: Sequence[str], act: int, placed: str, told: Sequence[int], spans: Sequence[tuple[int, int, str]]
) -> bool:
    """The act at `act` is followed by the preposition `placed` (the one a yes/no question asks a name after) and,
    past any article, another name (`spans`: start, end, entity), while the name asked is told only before the act
    or not at all (`told`: its starts): the act's partner is that other. General English: the words after an
    act's preposition are its own (task ov14: "did <firm> collaborate with <other firm>" was answered "Yes" by
    "compared <other firm>'s contracts to <firm>'s collaboration with <state>")."""
    if any(k > act for k in told) or tokens[act + 1 : act + 2] != [placed]:
        return False
    k = act + 2
    while k < len(tokens) and tokens[k] in ARTICLES:
        k += 1
    return any(start == k for start, _, _ in spans)


# prepositions that may tie a name to a noun other than the act's object ("a decision to keep working with …")
TYING = frozenset("to with for of at in on from against about into".split())
RECIPIENT = frozenset({"to", "for"})  # "sold software to the guild": the guild took it, as "sold the guild software"


def placed_otherwise(tokens: Sequence[str], act: int, at: int, asked: Set[str], placed: str | None) -> bool:
    """A name told at `at`, after the act at `act`, is tied to another noun than as a yes/no question asks it: asked
    after the preposition `placed` ("compare the guild to the navy"), the last preposition before it in `tokens` is
    another, after a noun not asked ("compared the guild's deals to the town's pact with the navy"); asked as the
    object (`placed` None), a preposition after a noun not asked (`asked`: stems) stands between, but for a
    recipient's own "to"/"for" just before it ("supplied lamps to the guild"). A date after the preposition ("in
    2019") ties nothing, nor one before a word asked. General English (task ov13: "did <person> defend <agency>" led
    "Yes" on "defended the firm's decision to keep working with <agency>")."""

    def ties(k: int) -> bool:
        before, after = tokens[k - 1], tokens[k + 1]
        return (
            tokens[k] in TYING
            and k - 1 != act
            and before not in STOPWORDS
            and not is_number(before)
            and stem(before) not in asked
            and not is_number(after)
            and after.capitalize() not in MONTHS
        )

    # a word asked after the act places the name as asked ("defend the navy work" of "keep working with the navy")
    told = max((k for k in range(act + 1, at) if stem(tokens[k]) in asked), default=act)
    tying = [k for k in range(told + 1, at) if ties(k)]
    if placed is not None:
        return bool(tying) and tokens[tying[-1]] != placed
    if not tying:
        return False
    last = tying[-1]
    direct = all(t in ARTICLES for t in tokens[last + 1 : at])
    return len(tying) > 1 or not (direct and tokens[last] in RECIPIENT)


# nouns of hearsay before "that" ("after reports that the guild met them"): what follows is told as reported
HEARSAY = frozenset("reports claims allegations rumors rumours accusations suggestions".split())


def hearsay_at(tokens: Sequence[str]) -> int:
    """The position of the first hearsay noun (HEARSAY) before "that" used as a noun (after a preposition or an
    article: "after reports that", not "the Gazette reports that"), else len(tokens): the act after it is told only
    as reported, no bare "Yes" (general English; task ov13: "did <firm> meet <agency> officials")."""
    return next(
        (
            k
            for k in range(1, len(tokens) - 1)
            if tokens[k] in HEARSAY and tokens[k + 1] == "that" and tokens[k - 1] in TYING | ARTICLES | HEARSAY_AFTER
        ),
        len(tokens),
    )


HEARSAY_AFTER = frozenset("after amid following despite".split())


# the endings of an agent noun, the one who does a verb's act ("founder", "builder", "creator"): general English
AGENT_ENDINGS = ("er", "or")
# a prefix joined to an agent noun that keeps its act ("co-founder": one of those who founded it)
AGENT_PREFIXES = frozenset({"co"})


def agent_noun_of(noun: str, verb: str) -> bool:
    """`noun` is the agent noun of `verb` (a word as a question puts it, "found"): lemminflect knows it as a noun,
    and it is the verb's lemma with an agent ending (AGENT_ENDINGS; a lemma's closing "e" dropped, "create" ->
    "creator"). Morphology, not meaning: "founder" of "found", not of "find" (its past is no lemma here)."""
    if not noun.endswith(AGENT_ENDINGS) or not English.may_be(noun, "NOUN"):
        return False
    if verb not in English.lemmas(verb).get("VERB", ()):
        return False  # "did they founded it": only a verb's lemma, as "did" asks it, has an agent noun here
    return noun[: -len(AGENT_ENDINGS[0])] in (verb, verb.removesuffix("e"))


def told_as_agent(tokens: list[str], doer_ends: Sequence[int], object_starts: Set[int], verb: str) -> bool:
    """`tokens` (a statement's words) give the doer whose names end at `doer_ends` as the act's agent (`agent_noun_of`
    `verb`) of the thing named at `object_starts`: "<doer> is a co-founder of <thing>", or in apposition ("<doer>, a
    founder of the guild"), which tells the doer did it ("did <doer> found <thing>"). Nothing may stand between but a
    copula, one article and an AGENT_PREFIXES word: a negation, a hedge or another noun ("a long-time supporter")
    keeps it untold."""
    for k in doer_ends:
        k += tokens[k : k + 1] != [] and tokens[k] in COPULAS
        if tokens[k : k + 1] not in (["a"], ["an"], ["the"]):
            continue
        k += 1 + (tokens[k + 1 : k + 2] != [] and tokens[k + 1] in AGENT_PREFIXES)
        if k + 1 < len(tokens) and tokens[k + 1] == "of" and agent_noun_of(tokens[k], verb):
            at = k + 2 + (tokens[k + 2 : k + 3] == ["the"])
            if at in object_starts:
                return True
    return False


# participles that call a thing something, as "was <thing> <participle> [as] <predicate>" asks it: the verbs of
# calling and describing, and those of holding a view ("considered", "seen as"); general English
CALLED_PARTICIPLES = frozenset(w for w in DESCRIBING_VERBS if w.endswith("ed")) | frozenset(
    "considered regarded seen viewed deemed".split()
)
CALLING_REACH = 12  # words after the participle its predicate may span ("a precursor to the Trump … policy")


def calling_asked(q: Question) -> tuple[list[str], list[str]] | None:
    """ "Was <thing> called / considered / seen as <predicate>" (CALLED_PARTICIPLES, right after the subject): the
    subject's words and the predicate's, stop words and "as" aside (the question's words: "was that 2017 program
    considered a precursor" -> (["2017", "program"], ["precursor"])); None for any other question."""
    tokens = q.words
    if not tokens or tokens[0] not in COPULAS:
        return None
    at = next((k for k, t in enumerate(tokens) if k >= 2 and t in CALLED_PARTICIPLES), None)
    if at is None:
        return None
    subject = [t for t in tokens[1:at] if t not in STOPWORDS]
    predicate = [t for t in tokens[at + 1 :] if t not in STOPWORDS and t != "as"]
    return (subject, predicate) if subject and predicate else None


def called_as_asked(tokens: list[str], subject: list[str], predicate: list[str]) -> bool:
    """`tokens` (a statement's words, its own voice) call the subject the predicate (`calling_asked`'s words): a
    participle of calling (CALLED_PARTICIPLES) right after the subject's last word ("a 2017 program described as a
    precursor") or after a copula ("been", "is", "was") that follows it directly or closes a relative clause opened
    right after it ("the 2017 program in which … has been called a precursor"), every subject word before it and
    every predicate word (by stem) within CALLING_REACH words after it. General English: the passive and the reduced
    relative clause; a negation before the participle ("was not called") tells no calling."""
    head = subject[-1]
    stems_after = [{stem(t) for t in tokens[k + 1 : k + 1 + CALLING_REACH]} for k in range(len(tokens))]
    for c, t in enumerate(tokens):
        if t not in CALLED_PARTICIPLES or not {stem(w) for w in predicate} <= stems_after[c]:
            continue
        if not set(subject) <= set(tokens[:c]):
            continue
        if tokens[c - 1 : c] == [head]:
            return True  # "a 2017 program described as a precursor"
        if not (tokens[c - 1 : c] and tokens[c - 1] in BEING | {"been"}) or "not" in tokens[max(0, c - 3) : c]:
            continue
        be = c - 1 - (tokens[c - 2 : c - 1] in (["has"], ["have"], ["had"]))  # "has been called"
        heads = [k for k in range(be) if tokens[k] == head]
        if heads and (heads[-1] == be - 1 or _relative_after(tokens, heads[-1] + 1)):
            return True
    return False


def _relative_after(tokens: list[str], at: int) -> bool:
    """A relative clause opens at `at` ("which …", "in which …", "that …"): what follows, up to the next verb of its
    own sentence, says which thing the noun before it is."""
    return tokens[at : at + 1] in ([w] for w in RELATIVES) or (
        tokens[at : at + 1] in ([w] for w in PREPOSITIONS) and tokens[at + 1 : at + 2] in (["which"], ["whom"])
    )


# a negation bounded in time ("did not immediately respond", "did not respond right away", "at first refused"):
# it tells the act was not done then, not that it never was (general English; task yn39: "did <firm> respond to
# <outlet>" led a bare "No" of "did not immediately respond"). The words between stay in one clause (no comma).
_NEGATING = r"(?:\bnot|n['’]t|\brefused|\bdeclined|\bfailed)\b"
_SOON = r"(?:immediately|right away|straight away|at once|promptly)"
_FIRST = r"(?:at first|initially|originally)"
_NEGATION_THEN = Deferred(rf"{_NEGATING}(?:\s+[\w'’-]+){{0,5}}?\s+(?P<when>{_SOON}|{_FIRST})\b", re.IGNORECASE)
_THEN_NEGATION = Deferred(rf"\b(?P<when>{_FIRST})(?:\s+[\w'’-]+){{0,2}}?\s+{_NEGATING}", re.IGNORECASE)
_FIRST_WORDS = re.compile(rf"^{_FIRST}$", re.IGNORECASE)


def negation_bounded_in_time(texts: Sequence[str]) -> str | None:
    """How the negation in one of `texts` (a fact's statement and quotes) is bounded in time: "soon" ("did not
    immediately respond", "right away", "at once") or "first" ("at first refused", "did not initially"); None when
    no negation in them is so bounded. Such a fact answers "did they respond" only "not at first", never "No"."""
    for text in texts:
        folded = fold(text)
        if found := _NEGATION_THEN.search(folded) or _THEN_NEGATION.search(folded):
            return "first" if _FIRST_WORDS.match(found.group("when")) else "soon"
    return None


PREDICATE_REACH = 3  # words a copula may stand before the word it predicates ("was not very democratic", "is a fair")


def predicated(told: list[str], predicate: Set[str]) -> bool:
    """A text's words (`told`) say a word of `predicate` (stems) of something, as a predicate: a copula (COPULAS, or
    "be", "been") at most PREDICATE_REACH words before it ("the lease was fair", "it is not a fair one"). General
    English: an adjective standing before its noun ("undermine fair principles") names a kind of that noun and says
    nothing of the sentence's subject, so it neither grants nor denies that the subject is so."""
    being = COPULAS | {"be", "been"}
    return any(
        stem(t) in predicate and not being.isdisjoint(told[max(0, j - PREDICATE_REACH) : j]) for j, t in enumerate(told)
    )


def _amount(word: str) -> str | None:
    """A count in figures ("2", "02") or spelled from zero to ten (NUMBER_WORDS: "two", "ten"), as figures; else
    None."""
    if word.isdigit():
        return str(int(word))
    return str(NUMBER_WORDS.index(word)) if word in NUMBER_WORDS else None


def _lengths_of_time(tokens: Sequence[str]) -> set[tuple[str, str]]:
    """Each length of time in `tokens`: a count right before a unit of time (DURATION_UNITS), as (figures, the unit
    in the singular): "for two hours" gives ("2", "hour")."""
    return {
        (amount, unit.removesuffix("s"))
        for word, unit in itertools.pairwise(tokens)
        if unit in DURATION_UNITS and (amount := _amount(word)) is not None
    }


def lengths_told(asked: Sequence[str], told: Sequence[str]) -> bool:
    """Every length of time the question gives ("did they shut it for two days") is one `told` gives, the count
    with its unit: "kept it shut for two hours" is no yes to two days, nor is its "two" beside "a day of mourning"
    elsewhere in it."""
    return _lengths_of_time(asked) <= _lengths_of_time(told)
