"""The act a question asks about: its main verb ("when did the keeper *become* captain", "when was the map *deleted*").

A date answers "when did X do Y" only if its fact tells of Y. The names and nouns of a question are matched by
retrieval; the verb is the part a fact about the same people and things may lack ("volunteers confronted captain
Ada Lind" names Lind and captain, and dates the confrontation, not her becoming captain). This module finds that verb
by English grammar alone:
- after "did/does/do" the main verb is in its base form ("did the keeper become"); after "was/were/is/are" it is a
  participle ("was the map deleted"), "get" makes a passive of the next one ("did sailors get arrested"), "end
  up" leads to an -ing form ("did the guild end up keeping the lease") and "manage to" to the act ("did they manage
  to enter");
- only words lemminflect knows solely as verbs count ("become", "deleted"): a word that is a noun too ("protest",
  "contract", "drop") may be the thing named, so it is never taken for the act;
- light verbs ("happen", "take place", "start") and phrasal verbs ("put out") say little of the act itself, and a
  participle in a compound ("sailor-led") or after a relative pronoun ("the vigil that the guide photographed") is not
  the main verb: those questions have no act to check;
- verbs that ask about an article as a publication ("published", "reported", "updated") are answered by the
  article's own date, not by a fact telling of the act.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from bot.answering.articles import ARTICLE_VOCABULARY
from bot.english_tables import forms_of
from bot.search import stem
from bot.text import Deferred, words

AUXILIARIES_BASE = frozenset({"did", "does", "do"})
AUXILIARIES_PARTICIPLE = frozenset({"was", "were", "is", "are"})
# verbs that say when something took place without saying what it was
LIGHT_VERBS = frozenset(
    {"be", "do", "have", "happen", "occur", "go", "come", "begin", "start", "make", "take", "give", "put"}
)
PASSIVE = "get"  # "did they get arrested": the participle after it is the act
# "how many sailors got arrested": with no auxiliary before it, "got" makes the passive as "were" does
PASSIVE_FORMS = frozenset({"get", "gets", "got", "gotten"})
OUTCOME = ("end", "up")  # "did they end up keeping it": the -ing form after it is the act
# "where did the letter end up", "where'd it wind up": phrasal verbs of coming to rest, before "up" (general English)
LANDING_LEMMAS = ("end", "wind")
LANDING_FORMS = frozenset(form for lemma in LANDING_LEMMAS for form in forms_of(lemma))
SUCCEEDING = ("manage", "to")  # "did they manage to enter": the verb after it is the act
# "was the guild hoping to cancel", "did they try to enter": a verb of intending or attempting before "to" says how
# the act after it was meant; that act, in its base form, is what a fact must tell (as after "manage to")
INTENDING = frozenset("aim hope try want intend plan seek attempt expect wish".split())
# a phrasal verb's particle ("split up", "tearing apart"); not "in", "on": as often prepositions
PARTICLES = frozenset({"out", "up", "off", "down", "back", "away", "apart"})
OBJECT_OPENINGS = frozenset("the a an its their his her this that these those".split())  # what a verb is done to
# prepositions a verb's object may follow ("sink into the guild", "hand over to Lind"): with `through_preposition`
# the word before one, after "did <a name>", is the verb as well
VERB_PREPOSITIONS = frozenset("into onto to toward towards with from for at against".split())
RELATIVE = frozenset({"that", "which", "who", "whom", "whose", "where", "when"})
# adverbs English puts between a subject and its verb without changing the act ("did the guild ever / really /
# finally drop it"); "never" and "not" are left out, as they turn the act around
MID_ADVERBS = frozenset("ever really actually also still even just finally eventually later already ultimately".split())


@dataclass(frozen=True, slots=True)
class Act:
    """The question's main verb as typed (`word`, "deleted") and its lemma (`lemma`, "delete")."""

    word: str
    lemma: str


# verbs saying only that an event took place, the event named by its noun ("where did the vigil take place", "when
# did it occur"): no act of its own a fact must tell (general English)
TAKING_PLACE = frozenset("take takes took taken taking".split())
OCCURRING = frozenset("happen happens happened happening occur occurs occurred occurring".split())


def event_verbs(words: list[str]) -> set[int]:
    """Positions of the words in `words` that say only that an event took place: "take place" (and its forms),
    "happen", "occur"."""
    found: set[int] = set()
    for i, w in enumerate(words):
        if w in TAKING_PLACE and i + 1 < len(words) and words[i + 1] == "place":
            found |= {i, i + 1}
        elif w in OCCURRING:
            found.add(i)
    return found


def intending_at(words: list[str], at: int, verb: Callable[[str], str | None]) -> bool:
    """The word at `at` is a verb of intending or attempting (INTENDING) right before "to" ("was the guild aiming to
    hire …"), or "going to" before a verb, English's future ("were they going to arrest"; not "going to the march",
    a way gone: an object opens there): what is asked was meant, as "planned" says. `verb` as for `asked_act`."""
    if words[at + 1 : at + 2] != ["to"]:
        return False
    if (verb(words[at]) or words[at]) in INTENDING:
        return True
    return words[at] == "going" and at + 2 < len(words) and words[at + 2] not in OBJECT_OPENINGS


def intends(words: list[str], verb: Callable[[str], str | None]) -> bool:
    """A word of intending opens the infinitive after it somewhere in `words` (`intending_at`)."""
    return any(intending_at(words, i, verb) for i in range(len(words) - 1))


def asked_act(words: list[str], text: str, verb: Callable[[str], str | None]) -> Act | None:
    """The main verb of a "when did X do Y" / "when was X done" question, or None when it has none worth checking.

    `words` are the question's tokens in order, `text` its normalized text (for compounds: "jewish-led"), `verb` maps
    a word to its lemma when the word is only ever a verb (English.verb), else None.
    """
    aux = next((i for i, w in enumerate(words) if w in AUXILIARIES_BASE or w in AUXILIARIES_PARTICIPLE), None)
    if aux is None:  # not after a relative pronoun: "the letter that got handed over" is no main clause
        aux = next((i for i, w in enumerate(words) if w in PASSIVE_FORMS and words[i - 1 : i] != ["that"]), None)
    if aux is None:
        return None
    base_form = words[aux] in AUXILIARIES_BASE
    clause_verb = -1
    for i in range(aux + 1, len(words)):
        w = words[i]
        if i == clause_verb:
            continue
        clause_passive = w == "who" and i + 2 < len(words) and words[i + 1] in PASSIVE_FORMS | AUXILIARIES_PARTICIPLE
        if clause_passive and i > aux + 1 and verb(words[i + 2]) is not None:
            # "were the keepers who got (were) arrested ever charged": the clause's passive, its auxiliary and its
            # participle, is the subject's; the main verb ("charged") comes after it
            clause_verb = i + 2
            continue
        if w == "who" and i + 1 < len(words) and verb(words[i + 1]) is not None and i > aux + 1:
            # "did the keepers who marched get fired": a clause of the subject's own act, its verb right after "who";
            # the main verb comes after it
            clause_verb = i + 1
            continue
        if i == clause_verb - 1 and words[i - 1 : i] == ["who"]:
            continue  # the clause's auxiliary
        if w in RELATIVE:
            return None  # what follows describes something the question names: no main verb was found before it
        if tuple(words[i - 1 : i + 1]) == SUCCEEDING:
            continue
        if tuple(words[i : i + 2]) == SUCCEEDING:
            continue
        if tuple(words[i : i + 2]) == OUTCOME and base_form:
            base_form = False
            continue
        lemma = verb(w)
        if lemma is None:
            continue
        if lemma == PASSIVE:
            if words[i + 1 : i + 2] and words[i + 1] in OBJECT_OPENINGS:
                # "did they get the contract expiring in 2019": "get" has an object, so it is the act (one of
                # receiving, said in many ways), not a passive's; a participle after its object only picks the
                # thing out ("expiring"), and is not the act asked
                return None
            base_form = False
            continue
        if lemma in INTENDING and words[i + 1 : i + 2] == ["to"]:
            base_form = True
            continue
        if (w == lemma) != base_form or f"-{w}" in text:
            continue
        if lemma in LIGHT_VERBS or w in ARTICLE_VOCABULARY or (i + 1 < len(words) and words[i + 1] in PARTICLES):
            return None
        return Act(w, lemma)
    return None


def act_after_name(
    words: list[str],
    named: set[int],
    *,
    named_object: bool = False,
    publishing: bool = False,
    through_preposition: bool = False,
    closing: bool = False,
) -> Act | None:
    """The main verb of "when did <a name> <verb> <the|its …|a name> …" ("when did Gazette sign its lease"): after
    "did/does/do" and a name (the token positions in `named`), a word followed by a determiner or a name is the verb
    in its base form, even one that is a noun too ("sign", "drop"), which `asked_act` leaves alone; with
    `through_preposition`, one followed by a preposition before those ("did the Admiralty sink into the guild") too;
    with `closing`, the question's last word right after the name ("did Ada Lind comment"): after "did" and its
    subject only the bare verb can stand; and one before a bare plural closing the question ("did Ada Lind meet
    with keepers"). None when the question is not of that shape or the verb is a light one."""
    aux = next((i for i, w in enumerate(words) if w in AUXILIARIES_BASE), None)
    if aux is None or aux + 1 not in named:
        return None
    end = aux + 1
    while end in named:
        end += 1
    while end + 1 < len(words) and words[end] in MID_ADVERBS:  # "did the guild ever drop it": the act after it
        end += 1
    done_to = end + 1
    if through_preposition and done_to + 1 < len(words) and words[done_to] in VERB_PREPOSITIONS:
        done_to += 1  # "sink into the guild": the object after the preposition
    closes = closing and end == len(words) - 1  # "did Ada Lind comment": the verb closes the question
    # "did Ada Lind meet (with) keepers": a bare plural closing the question is what the verb is done to (a verb in
    # its base form after "did" and its subject ends in no plural "s": "did the guild's keepers strike" is not so)
    bare_plural = words[-1].endswith("s") and not words[-1].endswith("ss") and done_to == len(words) - 1
    closes = closes or (closing and bare_plural and (not words[end].endswith("s") or words[end].endswith("ss")))
    if not closes and (
        done_to >= len(words) or (words[done_to] not in OBJECT_OPENINGS and not (named_object and done_to in named))
    ):
        # "did Gazette staff sign …": the name is not the whole subject, or nothing is done to anything (with
        # `named_object`, for a yes/no question's verdict, "did the Gazette drop Harbourwatch": done to a name)
        return None
    if words[end] in LIGHT_VERBS or (words[end] in ARTICLE_VOCABULARY and not publishing):
        return None  # (a verb of publishing asks an article's date, unless `publishing`: "did the guild publish")
    return Act(words[end], words[end])


# pronouns that stand only as what a verb is done to ("arrest anyone", "fire them"), never as a noun's modifier
OBJECT_PRONOUNS = frozenset("anyone anybody someone somebody anything something everyone everybody them him".split())
# determiners of any number of people or things, before the noun a verb is done to as an object pronoun is ("did
# the guild fire any keepers" as "… fire anyone"): never a noun's modifier after a subject's verb (blind set BJ)
QUANTIFIERS = frozenset({"any"})
SUBJECT_REACH = 3  # words a subject may take between "did" and its verb ("did the harbour police arrest anyone")
# prepositions placing a subject ("the conference at Lamport", "the keepers in Eastport"), before a name only: the
# subject goes on past them and the name (general English)
SUBJECT_PLACING = frozenset("at in of from".split())
# verbs of saying, knowing and perceiving done to "anything": what was said or known is asked ("did Lind say
# anything about the lease"), which facts tell in any words ("Lind attacked the guild"), not an act to find
TELLING = frozenset(
    "say said tell told write wrote mention mentioned comment commented announce announced know knew hear heard see saw"
    " think thought".split()
)  # (a question word may be read as the brief's past form: "say" as "said")


def act_before_pronoun(words: list[str]) -> Act | None:
    """The main verb of "did <a subject> <verb> <anyone|them …>" ("did the wardens arrest anyone"): after
    "did/does/do" and a subject of one to SUBJECT_REACH words, a word right before an object pronoun (OBJECT_PRONOUNS)
    or a quantifier and its noun (QUANTIFIERS: "did the guild fire any keepers") can only be the verb in its base
    form, even one that is a noun too ("arrest"); None when the question is not of that shape or the verb is a light
    one."""
    aux = next((i for i, w in enumerate(words) if w in AUXILIARIES_BASE), None)
    if aux is None:
        return None
    for at in range(aux + 2, min(aux + 2 + SUBJECT_REACH, len(words) - 1)):
        quantified = words[at + 1] in QUANTIFIERS and at + 2 < len(words)
        if words[at + 1] in OBJECT_PRONOUNS or quantified:
            w = words[at]
            if w in LIGHT_VERBS or w in TELLING or w in OBJECT_OPENINGS or w in RELATIVE or w in MID_ADVERBS:
                return None
            return Act(w, w)
    return None


def act_after_subject(words: list[str], named: set[int]) -> Act | None:
    """The main verb of "when did <a subject> <verb> <the|its …|a name|anyone …> …" ("when did the wardens arrest the
    keepers", "when did the guild fire its captain"): after "did/does/do" and a subject of one to SUBJECT_REACH words
    (a determiner and nouns, or a name), the first word followed by what opens an object (a determiner, a name, an
    object pronoun) can only be the verb in its base form, even one that is a noun too ("arrest", "fire"), which
    `asked_act` leaves alone. None when the question is not of that shape, or the word is a light verb, a verb of
    telling (told in many words) or one of the subject's own words ("the harbour police": "police" is no act)."""
    aux = next((i for i, w in enumerate(words) if w in AUXILIARIES_BASE), None)
    if aux is None:
        return None
    start = aux + 2 if words[aux + 1 : aux + 2] and words[aux + 1] in OBJECT_OPENINGS else aux + 1
    reach = start + 1 + SUBJECT_REACH  # the subject's words after its determiner, if any
    at = start
    while (at := at + 1) < min(reach, len(words) - 1):
        if words[at] in MID_ADVERBS:
            reach += 1  # "did the guild actually drop …": no word of the subject, nor the act
            continue
        if words[at] in SUBJECT_PLACING and at > start and at + 1 in named:
            # "did that conference at Lamport drop …": a place named inside the subject, passed with its name
            while at + 1 in named:
                at, reach = at + 1, reach + 1
            reach += 1
            continue
        if words[at] in VERB_PREPOSITIONS or words[at] in LIGHT_VERBS:
            return None  # "did that happen with the petition": the subject's verb is passed, no act to find
        if at in named and at - 1 in named:
            continue  # inside a name ("did New Harbour …")
        follows = words[at + 1]
        if follows not in OBJECT_OPENINGS and follows not in OBJECT_PRONOUNS and at + 1 not in named:
            continue
        w = words[at]
        if at in named or w in LIGHT_VERBS or w in TELLING or w in OBJECT_OPENINGS or w in RELATIVE or w in MID_ADVERBS:
            return None
        return Act(w, w)
    return None


# particles of going in ("break in", "sneak into"; "in" and "into" are read "inside" by normalize): not "up", "off"
# or "out", whose particle verbs name aspects told in other words ("kick off" a protest is its start, "show up" is
# to arrive)
CLOSING_PARTICLES = frozenset("in inside into".split())


def particle_verb_after_subject(words: list[str], named: set[int], people: AbstractSet[str]) -> Act | None:
    """The main verb of "when did <people> <verb> <a particle> …" ("when did the keepers break in", "… sneak into the
    yard"): after "did/does/do" and a subject of one to SUBJECT_REACH words (a determiner and nouns, or a name) that
    ends in a word for people (`people`), the first word followed by a particle of going in (CLOSING_PARTICLES) can
    only be the verb, in its base form; done by people, it is an act ("a contract kicks in" is no act of anyone).
    None when the question is not of that shape, or the word is a light verb, a verb of telling or inside a name."""
    aux = next((i for i, w in enumerate(words) if w in AUXILIARIES_BASE), None)
    if aux is None:
        return None
    start = aux + 2 if words[aux + 1 : aux + 2] and words[aux + 1] in OBJECT_OPENINGS else aux + 1
    # (a name's words beyond its first do not count against the reach: "the Port Lantern keepers")
    reach = aux + 2 + SUBJECT_REACH + sum(1 for i in named if i > aux and i - 1 in named)
    for at in range(start + 1, min(reach, len(words) - 1)):
        w = words[at]
        if w in VERB_PREPOSITIONS or w in LIGHT_VERBS or w in TELLING or w in RELATIVE or w in MID_ADVERBS:
            return None
        if at in named:
            continue
        if words[at + 1] in CLOSING_PARTICLES:
            return Act(w, w) if words[at - 1] in people else None
    return None


# verbs of becoming, whose act is told by the word after them ("go public", "became profitable"), not by themselves
BECOMING = frozenset("go goes went gone going become becomes became becoming turn turns turned turning".split())
# their form after "did/does/do" (the base) and after "has/have/had" (the participle): the main verb, never an -ing
# form describing the subject ("did everyone going inside take …")
BECOMING_AFTER = {"did": ("go", "become", "turn"), "has": ("gone", "become", "turned")}
# words after a verb of becoming that start something else than its complement ("go on for days", "went to court")
NOT_COMPLEMENT = (
    OBJECT_OPENINGS
    | PARTICLES
    | VERB_PREPOSITIONS
    | frozenset("on in inside outside over through by about ahead after forward around again home".split())
)


def becoming(words: list[str]) -> str | None:
    """The complement of a verb of becoming after "did/does/do/has/have/had" and a subject of one to SUBJECT_REACH
    words ("did the guild go public": "public"): what the question asks it became, which a fact tells only right
    after such a verb (a fact of "public campaigns" tells of no going public). `words` as typed (a question's may be
    read as the brief's forms: "go" as "went"). None when the question has no such verb, or a particle, a
    preposition or a determiner follows it ("did the vigil go on for days": another act)."""
    aux = (
        "did"
        if words[:1] and words[0] in AUXILIARIES_BASE
        else "has"
        if words[:1] in (["has"], ["have"], ["had"])
        else ""
    )
    if not aux:
        return None
    forms = BECOMING_AFTER[aux]
    at = next((i for i in range(2, min(2 + SUBJECT_REACH, len(words))) if words[i] in forms), None)
    if at is None or at + 1 >= len(words) or words[at + 1] in NOT_COMPLEMENT:
        return None
    return words[at + 1]


# a plan and the act planned ("scheduled to start", "planned to arrest"): the act's word, as the statement says it
# ("planned in 2017 to arrest": a few words may stand between)
PLANNED_ACT = Deferred(
    r"\b(?:planned|plans|planning|scheduled|set|due|expected|intended)\s+(?:[\w,]+\s+){0,3}?to\s+(\w+)", re.IGNORECASE
)


def planned_only(statement: str, asked: set[str]) -> bool:
    """The statement tells an act whose stem is among `asked` as planned (PLANNED_ACT: "scheduled to start") and
    nowhere else as done: not "planned to seize 80 boats and seized 20" (the act told done outside the plan), nor
    "due to" a cause ("fell due to protests": `_caused_by`)."""
    for m in PLANNED_ACT.finditer(statement):
        act = stem(m.group(1))
        if act not in asked or _caused_by(m):
            continue
        rest = statement[: m.start()] + " " + statement[m.end() :]
        if act not in {stem(w) for w in words(rest)}:
            return True
    return False


def _caused_by(planned: re.Match[str]) -> bool:
    """A PLANNED_ACT match that is "due to" a cause, not a plan ("due to protests", "due to the vote"; "due to
    expire" is a plan): "due" right before "to", and a plural noun (a single final "s") after it (general English:
    a verb after "to" takes no "s")."""
    opening = planned.group(0).lower().split()
    act = planned.group(1).lower()
    return opening[:2] == ["due", "to"] and act.endswith("s") and not act.endswith("ss")
