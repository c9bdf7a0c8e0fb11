"""A second question joined to the first by "and" ("how much is the lease and when does it expire"): the answer is
the first part's, a note names the part left, and a follow-up asked next is read after the first part's subject."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot import messages
from bot.answering.normalize import normalize
from bot.answering.render import rendered
from bot.answering.untold import PURPOSING
from bot.replies import Answer
from bot.search import stem
from bot.text import STOPWORDS, on_first_use, words

# a second question joined by "and": its question word, then a verb of its own ("… and when does it expire"); "who
# protested and when" asks no second question of its own
# ("… and what else did they say": "else" asks beyond the first part, a second question all the same; fresh tester
# 78: read as one, "who said its just paper and what else did they say" was "outside what I cover")
# ("… and who deleted them": "who" is its own subject, so a past-tense verb after it asks a second question too;
# fresh tester 76 R3: read as one question, its untold "who" made the told date "no date")
# (or by "and whether", a yes/no question: "… how much it got, and also whether that's still going on"); a comma
# ends it (", can you help": the asker's words around it); or a second question after the first one's end ("what is
# the lease? also what is the grant", "what is the lease. what is the grant": two asked in one message); or a yes/no
# question of the person a "who" first part asks of, an auxiliary before a personal pronoun, after "and" or a comma
# ("who is Ada Lind, does she work at the guild": WHO_FIRST; blind set CC). Not after "what about the guild, did they
# drop it", whose yes/no question is all it asks.
SECOND_PART = on_first_use(
    r"(?:\band |(?<=[.?!]) |(?<=,) (?=(?:does|did|is|was|has|do|are|were)\s+(?:she|he|they)\b))(?:also )?"
    r"(?:(when|where|who|why|how much|how many|how long|what|which)\s+(?:else\s+)?"
    r"(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could)\b|(who)(?=\s+\w+ed\b)|(whether)\s"
    r"|(does|did|is|was|has|do|are|were)(?=\s+(?:she|he|they)\b))[^?,]*",
    re.IGNORECASE,
)
WHO_FIRST = on_first_use(r"^\s*(?:(?:so|and|but|ok)\s+)?(?:who|whos|who['’]s)\b", re.IGNORECASE)
# a second question run on after a comma, as chat runs questions together ("why did the guild keep it, what reason
# did it give at the meeting"): read apart only when the whole finds no answer ("how old is the guild, what year was
# it founded" asks one thing twice); "what" with a noun of its own before the verb asks too ("what reason did it
# give"; not a pronoun: "what it was" is a clause of the first part)
RUN_ON_PART = on_first_use(
    r"(?<=,) (?:also )?(?:(when|where|who|why|how much|how many|how long|what|which)\s+"
    r"(?:else\s+|(?<=what )(?!(?:it|he|she|they|we|you|i|that|this|there)\b)[a-z]+\s+)?"
    r"(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could)\b|(who)(?=\s+\w+ed\b)|(whether)\s)[^?,]*",
    re.IGNORECASE,
)
# a question's opening: a question word or an auxiliary ("what is the lease?"); text after which a second question
# follows its end without "and" is a first question only so opened, not a premise ("the guild had two leases.. how
# much was the one that expired": one question)
OPENING = on_first_use(
    r"^\s*(?:how|what|whats|who|whom|whose|when|where|which|why|is|are|was|were|do|does|did|has|have|had|can|could"
    r"|will|would)\b",
    re.IGNORECASE,
)
# "what did the Courier report about the lease and when": a bare "when" closing a question asking what an article or
# someone reported or said; the date asked is the telling's, which the article's date gives
REPORT_WHEN = on_first_use(
    r"\b(?:report|reports|reported|say|says|said|write|writes|wrote)\b.*?(,?\s*\band when\s*\??\s*)$", re.IGNORECASE
)
# a second part asking what someone wanted ("… and what did they want", "what were they demanding"): an aim, which
# a first item telling what they urged or asked for (untold.PURPOSING) states (general English)
AIM_ASKED = on_first_use(
    r"^what (?:did|do|does|were|was|are|is) (?:\S+ ){1,3}(?:want|wanted|wanting|demand|demanded|demanding"
    r"|ask for|asked for|asking for|call for|calling for|seek|sought|seeking)\b"
)
# what each question word asks, as Answer.kind: a second part of the answer's own kind is answered with it
SECOND_KINDS = {
    "when": "date",
    "where": "where",
    "who": "who",
    "why": "why-how",
    "how much": "amount",
    "how many": "count",
    "how long": "duration",
    "whether": "yes-no",
}


def _second_part(text: str) -> re.Match[str] | None:
    """The second part of the question `text`: joined by "and", or after the end of a first question (OPENING)."""
    for found in SECOND_PART().finditer(text):
        if not words(text[: found.start()]):
            continue  # "and what did he say at the town hall": an "and" opening a follow-up joins no first part
        if found.group(4) and not WHO_FIRST().match(text):
            continue  # "what about the guild, did they drop it": the yes/no question is what is asked
        if found.group(0).lower().startswith("and ") or OPENING().match(text[: found.start()]):
            return found
    return None


def _run_on_part(text: str) -> re.Match[str] | None:
    """The second question run on after a comma (RUN_ON_PART) of a question opened as one (OPENING), or None."""
    for found in RUN_ON_PART().finditer(text):
        if OPENING().match(text[: found.start()]):
            return found
    return None


# a run-on second question asking only what the first part's thing is or does, by a pronoun for it ("what was the
# lease, what did it do", "…, what does it mean"): what a question of what the thing is answers (general English)
RESTATING = on_first_use(
    r"^,?\s*(?:also )?what (?:did|does|do|was|is|were|are) (?:it|they|that|this)"
    r"(?: (?:do|did|mean|involve))?\s*\??\s*$",
    re.IGNORECASE,
)


def restated_first_part(text: str) -> str | None:
    """The question before a run-on second one (`run_on_first_part`) that only asks again of its thing by a pronoun
    (RESTATING: "what was the lease, what did it do"); None otherwise. The first part answers it: read as one, the
    pronoun's "do" asked of whatever the closest fact tells done."""
    found = _run_on_part(text)
    if found is None or RESTATING().match(text[found.start() :]) is None:
        return None
    return text[: found.start()].rstrip(" ,")


def run_on_first_part(text: str) -> str | None:
    """The question before a second one run on after a comma ("why did the guild keep it"), or None."""
    found = _run_on_part(text)
    return text[: found.start()].rstrip(" ,") if found is not None else None


def own_first_part(text: str) -> str | None:
    """The question before a second part asking with a verb of its own (SECOND_PART: "how much did the guild get for
    the lease" before "and how much did the mill get"); None when it has none, or only a bare "and when" closing a
    telling asked of (REPORT_WHEN: answered by the article's date, `with_second_part`)."""
    found = _second_part(text)
    return text[: found.start()] if found is not None else None


def first_part(text: str) -> str | None:
    """The question before its second part ("how much is the lease"), or None when it has none."""
    found = _second_part(text)
    if found is None and (when := REPORT_WHEN().search(text)) is not None:
        return text[: when.start(1)]  # "what did the Courier report about the lease" (and when: its article's date)
    return text[: found.start()] if found is not None else None


# "who are Ada Lind and Ben Okafor": a question of what each of two things named is, asked with a plural verb
PAIR_OPENINGS = frozenset({"who", "what"})
PAIR_VERBS = {"are": "is", "were": "was"}


def named_pair(
    question: str, find_entities: Callable[[list[str]], tuple[list[str], set[int]]]
) -> tuple[str, str] | None:
    """ "who are Lind and Ada Okafor": two questions, "who is lind" and "who is ada okafor", when the
    words either side of its one "and" after "who/what are" each name one thing and nothing else (`find_entities`,
    as Understander.find_entities: the entities and the word positions they take); None otherwise. Answered as one,
    a fact naming both led, which tells neither (fresh testers 86/87)."""
    tokens = normalize(question).tokens
    if len(tokens) < 5 or tokens[0] not in PAIR_OPENINGS or tokens[1] not in PAIR_VERBS or tokens[2:].count("and") != 1:
        return None
    at = tokens.index("and")
    sides = [tokens[2:at], tokens[at + 1 :]]
    named = []
    for side in sides:
        found, taken = find_entities(side)
        if len(found) != 1 or not all(i in taken or w in STOPWORDS for i, w in enumerate(side)):
            return None
        named.extend(found)
    if named[0] == named[1]:
        return None
    asked = f"{tokens[0]} {PAIR_VERBS[tokens[1]]}"
    first, second = (f"{asked} {' '.join(side)}" for side in sides)
    return first, second


def _told_by(answer: Answer, part: str) -> bool:
    """The answer's first item states every word the second part asks of (its words but stopwords, as stems): "how
    many were targeted and how many were arrested" is answered with its first part by "targeted 120 … led to 9
    arrests", not by a fact that tells of no prosecutions when "how many were prosecuted" is the second part."""
    if not answer.items:
        return True
    told = {stem(w) for w in words(answer.items[0].statement)}
    return {stem(w) for w in words(part) if w not in STOPWORDS} <= told


def _part(found: re.Match[str]) -> str:
    """The second part's words as asked ("how much did the mill get")."""
    return found.group(0).strip().removeprefix("and ").removeprefix("also ").strip(" ?")


def _answers_both(found: re.Match[str], answer: Answer) -> bool:
    """`answer`, to the first part, answers the second part `found` too: of the kind its question word asks
    (SECOND_KINDS) and its first item states what the part asks (`_told_by`)."""
    if AIM_ASKED().match(_part(found).lower()) and answer.items:
        # "who protested outside the offices and what did they want": the first item's "urging it to end …"
        return PURPOSING().search(answer.items[0].statement) is not None
    pronoun_asked = len(found.groups()) > 3 and found.group(4)  # (RUN_ON_PART has no such group)
    kind = "yes-no" if pronoun_asked else SECOND_KINDS.get(found.group(1) or found.group(2) or found.group(3))
    return kind == answer.kind and _told_by(answer, _part(found))


def answered_with_first(text: str, answer: Answer) -> bool:
    """`answer`, to the first part of `text`, answers its second part too ("how many were targeted and how many were
    arrested", told by one fact of 260 targeted and 18 arrests): no other fact is to be sought for the second part
    (fixer mp26: a fact of other arrests was led for it, though the first part's fact told them)."""
    found = _second_part(text)
    return found is not None and answer.answered and _answers_both(found, answer)


def with_second_part(text: str, answer: Answer, *, run_on: bool = False) -> Answer:
    """`answer` to the question `text`, with a note naming the second part ("That answers the first part; ask “when
    does it expire” next for the rest.") when the question has one of a kind the answer is not; `answer` as it is
    otherwise (of the answer's own kind, when its first item states what the part asks: `_told_by`), and when it
    is no answer. `run_on`: the answer is to the part before a comma (`run_on_first_part`), named so."""
    found = _run_on_part(text) if run_on else _second_part(text)
    if found is None and answer.answered and REPORT_WHEN().search(text) and answer.evidence:
        first = answer.evidence[0]
        cited = first.citations[:1]
        if not cited or first.kind != "fact":  # (a glossary entry rests on several articles: no one telling)
            return answer
        # "… and when": the article telling it is dated, and that is when it was reported
        note = messages.REPORT_DATED.format(source=cited[0].source_name, date=cited[0].published_label)
        answer = replace(answer, note=f"{answer.note} {note}".strip())
        return rendered(answer)
    if not answer.answered or found is None:
        return answer
    part = _part(found)
    if _answers_both(found, answer):
        return answer
    note = messages.SECOND_PART.format(part=part)
    answer = replace(answer, note=f"{answer.note} {note}".strip())
    return rendered(answer)
