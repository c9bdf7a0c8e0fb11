"""A yes/no question offering two alternatives, each a question of its own ("did the guild drop the lease or did it
expire"): which one the articles tell is the answer, never a "yes" or "no" to the first alone. The second
alternative is asked with its pronoun read as the first's thing ("did the lease expire")."""

from __future__ import annotations

from collections.abc import Sequence

from bot.answering.acts import PARTICLES
from bot.answering.understand.lexicon import AUXILIARIES, NOUN_DETERMINERS

# pronouns standing for the thing the first alternative names ("… or did it expire", "… or were they sold")
THING_PRONOUNS = frozenset("it they".split())
# words that never stand as one of two alternatives set word against word ("… or did it …", "… or not", "… or
# the other"): an auxiliary, a determiner, a pronoun or a negation opens or closes a phrase, not a single word
ALTERNATIVE_STOPS = AUXILIARIES | NOUN_DETERMINERS | THING_PRONOUNS | frozenset("not no so else what who".split())
# verbs of letting something happen ("… or let it expire", "… or allow it to lapse"): the thing's own act is asked,
# as "… or did it expire" asks it; English grammar (a causative), no word of any brief
LETTING = frozenset("let lets allow allowed allows".split())
SUBJECT_REACH = 4  # words a doer may take before its verb, a determiner too: "did the harbour keepers open …"
# prepositions opening what is said of where or when after an object ("… take the letter at the vigil in 2018"),
# shared by both alternatives; not "of" or "to", which may be the object's own ("the letter of protest")
SHARED_OPENINGS = frozenset("at in on during outside inside near before after".split())
# verbs of becoming that make a passive of their own ("… or get removed", "… or be dropped"): general English
BECOMING = frozenset("get gets got gotten be been become became".split())


def alternative_questions(tokens: list[str], names: Sequence[tuple[int, int, str]] = ()) -> tuple[str, str] | None:
    """The two questions a yes/no question offering alternatives asks ("did the guild drop the lease or did it
    expire" -> ("did the guild drop the lease", "did the lease expire")): opened by an auxiliary, with "or", an
    auxiliary and "it" or "they" after it, the pronoun read as the first part's last noun phrase (from its last
    determiner NOUN_DETERMINERS to its end, less a closing participle: "was the lease dropped" -> "the lease");
    None for any other question. `names`: the names in `tokens` as (start, end, entity id) spans
    (Understander.name_spans), by which a doer of several words ends ("did Ada Lind renew the lease or drop it")."""
    if not tokens or tokens[0] not in AUXILIARIES or tokens.count("or") != 1:
        return None
    at = tokens.index("or")
    first, second = tokens[:at], tokens[at + 1 :]
    if len(second) >= 2 and second[0] not in AUXILIARIES and second[1] in THING_PRONOUNS:
        # "did the guild renew the lease or let it expire" / "… or drop it": the first's doer and thing, the
        # second's act (fresh tester 74 W1: only "… or did it …" and word against word were split)
        return _acted_on(first, second, names)
    if (whole := _whole_predicates(first, second)) is not None:
        # "did the notes stay up or get removed": two predicates of one doer, nothing shared after them (a fresh
        # tester: read word against word, "… stay up removed", both halves said "No" by the fact telling the removal)
        return whole
    if (own := _own_objects(first, second)) is not None:
        # "did the keepers open the door or take the letter at the vigil": each verb with its own object, what
        # follows the second's shared by both
        return own
    if len(first) >= 3 and second[1:] and second[0] not in ALTERNATIVE_STOPS and first[-1] not in ALTERNATIVE_STOPS:
        # "did the guild renew or cancel the lease": one word against another, what follows shared by both
        # (review 22 / fresh tester 73, R1: only "… or did it …" was split)
        return " ".join([*first, *second[1:]]), " ".join([*first[:-1], *second])
    one = len(second) == 1
    if len(first) >= 3 and one and second[0] not in ALTERNATIVE_STOPS and first[-1] not in ALTERNATIVE_STOPS:
        # "does the guild work with the port or the navy" closing on one word, "… with the port or navy": the first's
        # last name (or word) against it, what comes before shared by both
        start = next((s for s, end, _ in names if end == len(first) and s > 1), len(first) - 1)
        return " ".join(first), " ".join([*first[:start], *second])
    if len(second) < 3 or second[0] not in AUXILIARIES or second[1] not in THING_PRONOUNS:
        return None
    phrase = _thing(first)
    if phrase is None:
        return None
    return " ".join(first), " ".join([second[0], *phrase, *second[2:]])


def alternative_subjects(
    tokens: list[str], names: Sequence[tuple[int, int, str]]
) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """The two questions of a yes/no question whose doer is one of two names ("did the guild or the port cancel the
    lease" -> ("did the guild cancel the lease", "did the port cancel the lease")): an auxiliary, a name (a "the"
    before it aside), "or", a name, then what is asked of both, with the two names' entity ids; None for any other
    question. `names`: the names in `tokens` as (start, end, entity id) spans (Understander.name_spans)."""
    if not tokens or tokens[0] not in AUXILIARIES or tokens.count("or") != 1:
        return None
    at = tokens.index("or")
    start = 2 if tokens[1:2] == ["the"] else 1
    first = next((entity for s, e, entity in names if s == start and e == at), None)
    second_start = at + 2 if tokens[at + 1 : at + 2] == ["the"] else at + 1
    second, end = next(((entity, e) for s, e, entity in names if s == second_start), (None, len(tokens)))
    if first is None or second is None or end >= len(tokens):
        return None
    aux, rest = tokens[0], tokens[end:]
    return (" ".join([aux, *tokens[1:at], *rest]), " ".join([aux, *tokens[at + 1 : end], *rest])), (first, second)


def _whole_predicates(first: list[str], second: list[str]) -> tuple[str, str] | None:
    """The two questions of "<auxiliary> <doer> <verb> [particle] or <verb> <particle or participle>", the second a
    whole predicate of two words: a verb of becoming and a participle ("… or get removed", BECOMING) or a verb and a
    particle ("… or come down", PARTICLES). The doer ends before the first's verb, its last word or the one before a
    closing particle ("did the notes stay up" -> "did the notes"). None for any other question ("did the guild renew
    or cancel the lease": the second's object is shared, word against word)."""
    if len(second) != 2 or second[0] in ALTERNATIVE_STOPS:
        return None
    if not (second[0] in BECOMING or second[1] in PARTICLES):
        return None
    verb = len(first) - 2 if first[-1] in PARTICLES else len(first) - 1
    if verb < 2 or first[verb] in ALTERNATIVE_STOPS:
        return None
    return " ".join(first), " ".join([*first[:verb], *second])


def _own_objects(first: list[str], second: list[str]) -> tuple[str, str] | None:
    """The two questions of "did <doer> <verb> <object> or <verb> <object> <what follows>", each verb with an object
    opened by a determiner (NOUN_DETERMINERS): the first's verb the word before its first determiner after the doer
    (one at the doer's start is the doer's own: "did the guild renew the lease"), a doer of at most SUBJECT_REACH words
    before it; what follows the second's object from a preposition of place or time (SHARED_OPENINGS: "at the
    vigil in 2018") asked of both. None for any other question ("did the guild renew or cancel the lease": word
    against word, `alternative_questions`)."""
    if first[0] not in ("did", "does", "do") or len(second) < 3 or second[0] in ALTERNATIVE_STOPS:
        return None
    if second[1] not in NOUN_DETERMINERS:
        return None
    verb = next((i - 1 for i in range(3, len(first)) if first[i] in NOUN_DETERMINERS), None)
    if verb is None or verb - 1 > SUBJECT_REACH or first[verb] in ALTERNATIVE_STOPS or len(first) - verb < 3:
        return None
    shared = next((k for k in range(3, len(second)) if second[k] in SHARED_OPENINGS), len(second))
    return " ".join([*first, *second[shared:]]), " ".join([*first[:verb], *second])


def _thing(first: list[str]) -> list[str] | None:
    """The first alternative's last noun phrase, which "it" or "they" after "or" stands for: from its last determiner
    (NOUN_DETERMINERS) to its end, less a closing participle ("was the lease dropped" -> "the lease"); None when no
    determiner opens one."""
    opened = [i for i in range(1, len(first)) if first[i] in NOUN_DETERMINERS]
    if not opened:
        return None
    phrase = first[opened[-1] :]
    if len(phrase) > 2 and phrase[-1].endswith("ed"):  # "was the lease dropped": the thing, not its act
        phrase = phrase[:-1]
    return phrase


def _acted_on(first: list[str], second: list[str], names: Sequence[tuple[int, int, str]]) -> tuple[str, str] | None:
    """The two questions of "did the guild renew the lease or <verb> it …", the second with no auxiliary of its own:
    a verb of letting (LETTING: "let it expire", "allow it to lapse") asks the thing's own act ("did the lease
    expire"); any other verb asks it of the first's doer ("… or drop it" -> "did the guild drop the lease"). Only
    after "did"/"does"/"do" with the thing right after its verb, the verb right after the doer (a name of `names`
    opening at 1, a determiner and one word, or one word); None otherwise ("was the lease renewed or …"; "did Lind
    tell the clerks the truth or hide it": a second thing after the verb, "did Lind tell the hide the truth")."""
    if first[0] not in ("did", "does", "do") or second[0] in ALTERNATIVE_STOPS:
        return None
    phrase = _thing(first)
    opened = len(first) > 1 and first[1] in NOUN_DETERMINERS  # "the guild": a determiner and one word
    doer_end = next((end for start, end, _ in names if start == 1), 3 if opened else 2)
    if phrase is None or len(first) - len(phrase) != doer_end + 1:  # an auxiliary, a doer and a verb before it
        return None
    rest = second[2:]
    if second[0] in LETTING:
        rest = rest[1:] if rest[:1] == ["to"] else rest
        return (" ".join(first), " ".join([first[0], *phrase, *rest])) if rest else None
    return " ".join(first), " ".join([*first[: len(first) - len(phrase) - 1], second[0], *phrase, *rest])
