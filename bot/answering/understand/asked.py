"""The noun a "which …" question asks (asked_noun): read by the question's model (understander: "which contractor
got the big $" asks a contractor, not a sum) and by naming and deciding (which entry of that kind answers)."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Set as AbstractSet

from bot.answering.articles import OUTLET_NOUNS
from bot.answering.understand.classes import NOUN_KINDS
from bot.answering.understand.lexicon import ACTOR_KINDS, ANYONE, AUXILIARIES, PERSON_NOUNS
from bot.text import STOPWORDS

WHICH_OPENS = 3  # "which" among a question's first words asks which one ("ok so which group …")
PHRASE_WORDS = 4  # the noun phrase after "which" is read this far ("which immigrant rights nonprofit")


def phrase_head(
    tokens: list[str], at: int, reach: int, heads: AbstractSet[str], stops: AbstractSet[str]
) -> str | None:
    """The last word of `heads` among the `reach` words after `at`, read up to the first word of `stops`: the head of
    the noun phrase those words open (English puts a compound noun's head last: "tech workers", "harbour office");
    None when none of them is one."""
    head = None
    for w in tokens[at + 1 : at + 1 + reach]:
        if w in stops:
            break
        if w in heads:
            head = w
    return head


def _word_char(text: str, i: int) -> bool:
    """The character at `i` is one `\\w` matches (alphanumeric or "_"); False outside the text."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


def owner_in(word: str, text: str) -> bool:
    """`text` holds `word` as an owner, "word's" or "word’s" between word boundaries: what the pattern
    rf"\\b{re.escape(word)}['’]s\\b" finds, without compiling a pattern for each new word (~0.1-0.2 ms each, on
    questions opening with "which")."""
    for needle in (f"{word}'s", f"{word}’s"):
        at = text.find(needle)
        while at >= 0:
            end = at + len(needle)
            if _word_char(text, at - 1) != _word_char(text, at) and _word_char(text, end - 1) != _word_char(text, end):
                return True
            at = text.find(needle, at + 1)
    return False


def asked_noun(
    tokens: list[str], text: str, verb: Callable[[str], str | None], named: AbstractSet[int] = frozenset()
) -> str | None:
    """ "which nonprofit …", "so which immigrant rights group …": the head noun of the phrase after a "which" that
    opens the question (give or take a filler word; or a "what" right before a noun for an organization: "what
    nonprofit …"), when NOUN_KINDS knows it, else None. The phrase ends at the
    first verb (`verb`: a word's lemma when it is only ever a verb, English.verb) or auxiliary, and its head is its
    last noun ("which activist organization said …" asks an organization, not an activist), or a noun `text` (the
    question as typed) gives as an owner ("which guild's keeper …" asks which guild). A "which" further on
    starts a relative clause ("the contract which the agency renewed"), and "which paper ran …" asks which
    article, answered by its source (as does a noun after "news": "which news org got …" asks a publisher). Words
    at `named` positions (a name the brief knows: "which Harbour Intercept reporter …") say whose, never end the
    phrase; a plain word for people right after one ("which guild member …": PERSON_NOUNS, ANYONE) asks "person"."""
    for i, t in enumerate(tokens[:WHICH_OPENS]):
        # "what" before a noun for an organization is the same determiner ("what nonprofit got …"); not "what is …",
        # nor before a thing's noun, whose words may be what is asked ("what hashtag were they using")
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        if t != "which" and not (t == "what" and following in NOUN_KINDS and NOUN_KINDS[following] <= ACTOR_KINDS):
            continue
        head = None
        lowered = text.lower()
        for j, w in enumerate(tokens[i + 1 : i + 1 + PHRASE_WORDS], start=i + 1):
            if j in named:
                continue
            if w in AUXILIARIES or w in STOPWORDS or verb(w) is not None:
                break
            if w in OUTLET_NOUNS or (w in NOUN_KINDS and tokens[j - 1] == "news"):
                head = "outlet"  # "which news org …" is a publisher, as "which news outlet …" is
            elif w in NOUN_KINDS:
                head = w
            elif j - 1 in named and (w in PERSON_NOUNS or w in ANYONE):
                # "which guild member called the police": a person of the guild's, asked as "who was the guild guy
                # who …" asks (unnamed_noun's "person"; tester 78 on ov3b's states_deed)
                head = "person"
            if owner_in(w, lowered):
                break  # the owner: "which site's article …" asks which site
        return None if head == "outlet" else head
    return None
