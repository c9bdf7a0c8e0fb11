"""Follow-up questions, read with the conversation's last question: people ask "when did it start" or "who signed
it" right after an answer, as they would ask a person.

Three shapes, each needing a previous question whose subject can be found (`subject`):

    anaphor     "when did it start", "what were their demands", "what did he say": a pronoun stands for the last
                question's subject (he/she for the one person it named) and the question adds at most
                MAX_OWN_TERMS words of its own; "when did it start" after "how much was the 1998 harbour contract"
                reads "when did the 1998 harbour contract start"
    bare ask    "when?", "how much": an ask with no subject at all; "when the 1998 harbour contract"
    ellipsis    "what about the 2001 one", "and the keeper's guild?": the last question asked again of another
                subject; "how much was the 2001 one"

The reading is a plain question, answered as any other and shown to the person beside the answer, so what was
taken as "it" is never hidden. A question that names something of its own (an entity of the brief, or more words
than a follow-up adds) is answered on its own, as is any question without a previous one.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.answering.normalize import normalize
from bot.answering.understand import (
    AUXILIARIES,
    CHAT,
    CUE_TERMS,
    DETERMINERS,
    LEAD_INS,
    PRONOUNS,
    WH_WORDS,
    Understander,
    kind_of,
)
from bot.factbase import Brief
from bot.text import STOPWORDS

PERSONAL = frozenset("he him his she her".split())
AUXILIARY_THERE = frozenset({"is", "are", "was", "were"})
NEUTER = frozenset("it its they them their this that these those".split())
POSSESSIVE = frozenset("its their his her".split())
DEMONSTRATIVE = frozenset("this that these those".split())  # "that letter" names its noun: not a stand-in
ELLIPSIS_OPENINGS = (("what", "about"), ("how", "about"), ("and", "what", "about"), ("and",))
PREPOSITIONS = frozenset("of about on at in for with from by against to over behind".split())
MAX_OWN_TERMS = 2  # "who signed it", "how many people were at it": a follow-up adds few words of its own
BARE_WORDS = 3  # "when?", "how much?", "and where": an ask this short with no subject is a follow-up


@dataclass(frozen=True, slots=True)
class Reading:
    """A follow-up as read: `text` is the question answered; `subject_from` the question the next follow-up
    borrows from (the same earlier question when a pronoun stood for its subject, this reading when the subject
    changed: "what about the 2001 one")."""

    text: str
    subject_from: str


@dataclass(frozen=True, slots=True)
class Subject:
    """The last question split for reuse: `ask` is what it asked ("how much was"), `phrase` what it asked it of
    ("the 1998 harbour contract"), `person` the name of the one person it named ("" when none or several)."""

    ask: str
    phrase: str
    person: str


class FollowUps:
    def __init__(self, brief: Brief, understander: Understander) -> None:
        self.brief = brief
        self.understander = understander

    def reading(self, question: str, previous: str) -> Reading | None:
        """`question` read as a follow-up to `previous` (both as typed), or None when it is not one or the
        previous question has no subject to lend."""
        norm = normalize(question)
        if not norm.tokens:
            return None
        q = self.understander.understand(norm)
        tokens = q.words  # typo-fixed and in one tense, for reading the question ...
        typed = norm.tokens  # ... and as typed, for the reading shown: one word each, in the same places
        subject = self.subject(previous)
        if subject is None:
            return None
        opening = next((o for o in ELLIPSIS_OPENINGS if tuple(tokens[: len(o)]) == o), None)
        if opening is not None and subject.ask:
            rest = tokens[len(opening) :]
            if rest and kind_of(" ".join(rest)) == "topic" and _content(rest):
                head = subject.phrase.split()[-1]  # "the 2001 one": the noun the last question asked of
                rest = typed[len(opening) :]
                text = " ".join([subject.ask, *(head if t == "one" and i else t for i, t in enumerate(rest))])
                return Reading(text, text)
        if q.entities:
            return None  # it names its own subject
        stands = _stand_ins(tokens)
        if stands:
            if len(q.terms) > MAX_OWN_TERMS:
                return None
            personal = [i for i in stands if tokens[i] in PERSONAL]
            if personal:
                if not subject.person:
                    return None
                at, phrase = personal[0], subject.person
            else:
                at, phrase = stands[0], subject.phrase
            word, after = tokens[at], typed[at + 1 : at + 2]
            if word == "there":
                words = [*typed[:at], "at", phrase, *typed[at + 1 :]]
            elif word in POSSESSIVE and personal and (word != "her" or _content(after)):  # not "say to her"
                words = [*typed[:at], f"{phrase}'s", *typed[at + 1 :]]
            elif word in POSSESSIVE and after:  # "their demands": "the demands of the harbour protest"
                words = [*typed[:at], "the", after[0], "of", phrase, *typed[at + 2 :]]
            else:
                words = [*typed[:at], phrase, *typed[at + 1 :]]
            return Reading(" ".join(words), previous)
        if not q.terms and len(tokens) <= BARE_WORDS and q.kind not in ("topic", "small-talk"):
            return Reading(f"{' '.join(typed)} {subject.phrase}", previous)
        return None

    def subject(self, question: str) -> Subject | None:
        """The subject of an earlier question: from its first noun-like content word (a name of the brief, a
        number, or a word after a determiner or preposition) to its last content word, with the article before
        it; None when it has no content word."""
        norm = normalize(question)
        if not norm.tokens:
            return None
        tokens = self.understander.understand(norm).words  # typo-fixed, for finding the subject
        entities, named = self.understander.find_entities(tokens, norm.tokens)
        typed = norm.tokens  # and as typed, for the phrase lent
        content = [i for i, t in enumerate(tokens) if i in named or _content([t])]
        if not content:
            return None
        start = next(
            (
                i
                for i in content
                if i in named or tokens[i].isdigit() or (i > 0 and tokens[i - 1] in DETERMINERS | PREPOSITIONS)
            ),
            content[0],
        )
        if start > 0 and tokens[start - 1] in ("the", "a", "an"):
            start -= 1
        phrase = " ".join(typed[start : content[-1] + 1])
        ask = " ".join(t for t in typed[:start] if t not in LEAD_INS)
        people = [e for e in entities if self.brief.entities[e].kind == "person"]
        person = self.brief.entities[people[0]].name if len(people) == 1 else ""
        return Subject(ask=ask, phrase=phrase, person=person)


def _content(tokens: list[str]) -> bool:
    """Any word that says what is asked about (not a function word, a pronoun or a word of the ask itself)."""
    return any(
        t not in STOPWORDS
        and t not in CHAT
        and t not in CUE_TERMS
        and t not in PRONOUNS
        and t not in WH_WORDS
        and t not in AUXILIARIES
        and t not in LEAD_INS
        for t in tokens
    )


def _stand_ins(tokens: list[str]) -> list[int]:
    """Positions of words standing for something named earlier: pronouns, and "there" as a place ("how many
    people were there", "what happened there"). "that letter" is not one (it names its noun), nor is a "that"
    joining a clause ("the one that ended") or a "there" that only says something exists ("were there arrests")."""
    found = []
    for i, t in enumerate(tokens):
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if t == "there":
            if not after or (after not in AUXILIARY_THERE and not (i > 0 and tokens[i - 1] in AUXILIARIES)):
                found.append(i)
            continue
        if t not in PERSONAL and t not in NEUTER:
            continue
        if t in DEMONSTRATIVE and after and after not in AUXILIARIES and _content([after]):
            continue
        if t == "that" and i > 0 and _content([tokens[i - 1]]):
            continue
        found.append(i)
    return found
