"""Words said or written in a fact: speech marks, verbs of saying and writing, the words a fact tells someone
speaking up or keeping silent with, and the quote a quote question leads with and whom it is labelled with.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence, Set

from bot.answering.retrieve import Hit
from bot.answering.understand.lexicon import SPEECH_VERBS
from bot.answering.understand.question import Question
from bot.calling_verbs import CALL_FORMS
from bot.factbase import Brief
from bot.records import FactData
from bot.replies import Citation
from bot.search import stem
from bot.text import STOPWORDS, Deferred, contractions_opened, fold, on_first_use, words

# words in speech marks, and how many of them make speech rather than a term or a spelling
MARKED = Deferred(r'["“]([^"“”]+)["”]')
SPEECH_WORDS = 3
# verbs telling that someone wrote a piece of their own (general English)
WRITING = frozenset("wrote written writes penned authored".split())

REPORTED = frozenset("said says claimed claims argued insisted denied wrote told".split())  # a claim, not a fact

# nouns for things written or printed whose words a source may report as it reports a person's ("the leaflet told
# the keepers …", "the notice asked …", "the Gazette's headline read …"): a question may ask what one of them said
DOCUMENTS = frozenset(
    "flyer flier leaflet pamphlet handout brochure letter petition report headline sign placard banner poster memo "
    "email message post tweet note notice caption statement editorial document".split()
)
# words that bring in someone's words aloud ("chanting that it was time to cancel"): what follows is no settled act
SPOKEN = REPORTED | frozenset("chant chants chanted chanting shout shouted shouting yelled yelling saying".split())
# a verb of writing (general English), which before an article or a possessive names the thing written ("wrote a
# letter", "writes an essay", "wrote the op-ed", "wrote his essay"), not words reported: what is written is given
# after "that" or in quotation marks
WRITING = frozenset("write writes wrote written writing".split())
THING_OPENINGS = frozenset("a an the his her their its our my your".split())


def writes_a_thing(tokens: Sequence[str], j: int) -> bool:
    """The word at j is a verb of writing whose object follows, after an article or a possessive (THING_OPENINGS:
    "Lind wrote an essay attacking the guild", "wrote the op-ed", "wrote her essay"): the essay is a thing written,
    and what the sentence goes on to tell is told in its own voice, not reported."""
    return tokens[j] in WRITING and tokens[j + 1 : j + 2] != [] and tokens[j + 1] in THING_OPENINGS


def thing_written(tokens: Sequence[str]) -> str | None:
    """The head noun of the thing a verb of writing names (`writes_a_thing`: "did Lind write an essay on the guild"
    -> "essay"): the last word of its phrase (`written_phrase`); None without one."""
    phrase = written_phrase(tokens)
    return phrase[-1] if phrase else None


def written_phrase(tokens: Sequence[str]) -> list[str]:
    """The words naming the thing the first verb of writing names (`writes_a_thing`), past its article or
    possessive, to the first function word ("did Lind write an essay on the guild": essay; "wrote her op-ed for
    the Gazette": op, ed); [] without one."""
    at = next((j for j in range(len(tokens)) if writes_a_thing(tokens, j)), None)
    if at is None:
        return []
    return list(itertools.takewhile(lambda t: t not in STOPWORDS, tokens[at + 2 :]))


def writes_another_thing(asked: Sequence[str], told: Sequence[str], quoted: Sequence[str] = ()) -> bool:
    """A question asking whether someone wrote a thing (`written_phrase` of its words, `asked`: "did Lind write a
    letter") of a text (`told`, its words) telling a thing written (`writes_a_thing`: "Lind wrote an essay"), that
    text and the words it quotes (`quoted`) never naming the thing asked: an essay is not a letter, what it tells is
    another piece (an "opinion piece" quoted as an "op-ed" is the op-ed asked)."""
    thing = written_phrase(asked)
    if not thing or not written_phrase(told):
        return False
    named = {stem(t) for t in [*told, *quoted]}
    return not all(stem(t) in named for t in thing)


def piece_named_by(told: Sequence[str], thing: str, name: Sequence[str]) -> bool:
    """The words of a name (`name`: "the gazette") stand in a text (`told`, its words) only inside phrases naming a
    piece, between an "in" and the piece's head noun (`thing`: "in a September Gazette op-ed, Lind argued"): the
    name is the outlet that ran the piece, not its writer. General English."""
    head, size = stem(thing), len(name)
    at_name = [i for i in range(len(told)) if list(told[i : i + size]) == list(name)]
    if not at_name:
        return False
    inside: set[int] = set()
    for i, t in enumerate(told):
        if t != "in":
            continue
        at = next((m for m in range(i + 1, min(len(told), i + 1 + PIECE_REACH)) if stem(told[m]) == head), None)
        # one noun phrase: a function word only right after the "in" ("in October Lind published a report" is none)
        if at is not None and not any(w in STOPWORDS for w in told[i + 2 : at]):
            inside.update(range(i + 1, at))
    return all(set(range(i, i + size)) <= inside for i in at_name)


# words from "in" to the head noun of the piece it names ("in a September 2019 Harbour Gazette op-ed": 7), and from
# that noun to the saying verb the piece is the sayer's own in (", Ada Lind argued": 3)
PIECE_REACH = 8
SAYER_REACH = 4


def said_in_piece(tokens: Sequence[str], j: int, thing: str) -> bool:
    """The saying verb at j (REPORTED: "argued", "said") is said in a piece whose head noun is `thing` ("In a
    Gazette essay, Lind argued …", "Lind argued in her essay …"): the piece is the sayer's own writing, what "did
    Lind write an essay" asks; general English (an op-ed or letter one argues in is one's own)."""
    if tokens[j] not in REPORTED:
        return False
    head = stem(thing)
    for i, t in enumerate(tokens):
        if t != "in":
            continue
        at = next((m for m in range(i + 1, min(len(tokens), i + 1 + PIECE_REACH)) if stem(tokens[m]) == head), None)
        if at is None or any(tokens[k] in REPORTED for k in range(i, at)):
            continue
        if i == j + 1 or (at < j and j - at <= SAYER_REACH and not any(tokens[k] in REPORTED for k in range(at, j))):
            return True
    return False


# an attribution opening a clause, to the clause's end: whose account the rest of the sentence is
ATTRIBUTION = on_first_use(r"\baccording to [^,;.]*", re.IGNORECASE)

# "calling it “a disgrace”": "call" naming something in words in speech marks a few words on, a saying (not the
# request of "called on the guild to", nor "called the police"): English usage
CALLED_IN_WORDS = Deferred(r"\bcall(?:s|ed|ing)?\s+(?:[\w'’]+\s+){0,2}?[\"“]", re.IGNORECASE)
# "what did harbour workers ask": the act the question ends on, in a fact, is theirs when all their words are at most
# this many words before it ("Harbour workers last year asked": two words between)
DOER_WINDOW = 5
# the words opening whom an act was done to, right after its verb: "ask the keepers", "ask them" (general English)
OBJECT_OPENINGS = frozenset("the a an this that these those his her their its them him us me you".split())
DID = frozenset({"did", "does", "do"})  # before who did it, in "what did harbour workers ask"
SAY_STEMS = frozenset(stem(w) for w in "say says said".split())  # an act asked that is a saying
# acts asked that are a saying of something, however it is put (general English: "did the guild claim / admit /
# deny …"): whether one said it is settled by facts giving them as speaking, before others' words on the same thing
ASSERTING_STEMS = SAY_STEMS | frozenset(
    stem(w) for w in "claim claimed admit admitted acknowledge acknowledged concede conceded".split()
)
SAYING_STEMS = ASSERTING_STEMS | frozenset(stem(w) for w in "deny denied".split())  # a denial says the opposite
# "did the guild call the lease a disgrace": "call" naming something as something, a saying when a name or pronoun
# it names follows it with words said of it (not "did the guild call the police", a summons): English usage
CALLING_STEMS = frozenset(stem(w) for w in CALL_FORMS)
# "did the guild think the lease unfair", "believe", "consider": holding a thing to be so, which the articles tell
# only as said or called; a saying or calling of the same words reports the judgement held (general English)
HOLDING_STEMS = frozenset(stem(w) for w in "think thought believe believed consider considered".split())

# the words a fact tells someone's speaking up or keeping silent with ("did not immediately respond to a request for
# comment", "declined to comment", "did not answer"): a negation right before one (or before "say", "speak") says no
# to such a question; a question typing none of them searches for them
RESPONSE_WORDS = ("respond", "comment", "answer", "reply", "react")
RESPONSE_STEMS = frozenset(stem(w) for w in RESPONSE_WORDS)
SILENCE_STEMS = RESPONSE_STEMS | {stem("say"), stem("speak")}  # "did not say", "would not speak"


def has_speech(fact: FactData) -> bool:
    """The fact or one of its quotes carries words in speech marks: "chanted, “Time to cancel, the lamp!”". A word
    or two in marks is a term or a spelling ("spells the name “Lind”, then “Linde”"), not speech."""
    return any(
        len(m.group(1).split()) >= SPEECH_WORDS
        for text in [fact.statement, *(c.quote for c in fact.citations)]
        for m in MARKED.finditer(text)
    )


def gives_words(fact: FactData) -> bool:
    """The fact is someone's words: curated as a quote, or carrying words in speech marks (`has_speech`: "chanted,
    “Time to cancel, the lamp!”", a fact of an event whose words are a crowd's)."""
    return fact.kind == "quote" or has_speech(fact)


def other_words(quote: str, known: str) -> str:
    """The words in speech marks of `quote` besides those holding the `known` words ("what are you afraid of" of
    "“What are you afraid of?” one organizer shouted. “It’s just paper!”" -> "“It’s just paper!”"), each in its marks,
    joined by a space; "" when no span of it holds the known words (all of the quote is other words then) or none
    else is speech (SPEECH_WORDS or more words)."""
    asked = {stem(w) for w in words(fold(known)) if w not in STOPWORDS}
    if not asked:
        return ""
    spans = [m for m in MARKED.finditer(quote) if len(m.group(1).split()) >= SPEECH_WORDS]
    holding = [asked <= {stem(w) for w in words(fold(m.group(1)))} for m in spans]
    if not any(holding):
        return ""
    return " ".join(f"“{m.group(1).strip()}”" for m, held in zip(spans, holding, strict=True) if not held)


def spoken_citation(citations: list[Citation], known: str = "") -> Citation:
    """The citation that gives someone's words: the first whose quote holds speech in marks ("… calling on the
    workers" then "“take a principled stand”": the second), else the first. With `known`, the words the question
    names the speaker by ("what did those who said happy hunting say"), the first whose speech does not hold them
    all comes first: what else they said is asked, and the words known are no answer (fresh tester 78)."""
    spoken = [c for c in citations if any(len(m.group(1).split()) >= SPEECH_WORDS for m in MARKED.finditer(c.quote))]
    asked = {stem(w) for w in words(fold(known)) if w not in STOPWORDS}
    for c in spoken if asked else []:
        said = {stem(w) for m in MARKED.finditer(c.quote) for w in words(fold(m.group(1)))}
        if not asked <= said:
            return c
    return spoken[0] if spoken else citations[0]


def quoted(brief: Brief, specific_entities: Set[str], q: Question, ranked: list[Hit], best: Hit) -> Hit:
    """For "what did X say": the closest fact that is a quote (of X, when the question names X)."""
    named = set(q.entities) & specific_entities
    current = brief.facts.get(best.id)
    if current is not None and gives_words(current):
        return best  # already words someone said or wrote, in the fact or its quote
    if current is not None and _reports_of(brief, current.statement, q.entities):
        return best  # "the Harbour had said its lease served …": what the one asked said, in other words
    if current is not None and _does_asked(current, q.words):
        return best  # "what did harbour workers ask" of "Harbour workers last year asked the guild to …"
    for hit in ranked[:6]:
        fact = brief.facts.get(hit.id)
        if fact is None or fact.kind != "quote" or hit.score < 0.6 * best.score:
            continue
        if not named or named & set(fact.entities):
            return hit
    return best


def _reports_of(brief: Brief, statement: str, named: list[str]) -> bool:
    """The statement reports what one of the `named` entities said ("the Harbour had earlier said that …"): a verb of
    REPORTED whose words before it (its subject) hold a name or an alias of one of them, word for word."""
    tokens = words(fold(statement))
    verb = next((i for i, t in enumerate(tokens) if t in REPORTED), None)
    if verb is None:
        return False
    opening = tokens[:verb]
    for e in named:
        entity = brief.entities.get(e)
        if entity is None:
            continue
        for name in (entity.name, *entity.aliases):
            said = words(fold(name))
            if said and any(opening[i : i + len(said)] == said for i in range(len(opening))):
                return True
    return False


def _does_asked(fact: FactData, asked: list[str]) -> bool:
    """ "What did harbour workers ask": the fact, in its statement or one of its quotes, tells the act the question
    ends on (its last word, or the one before a closing "for" / "of", by stem) with every content word of who does
    it (those between "did" / "does" / "do" and it) within DOER_WINDOW words before it: "Harbour workers last year
    asked the guild to …" tells what they asked, not "the letter asked keepers to follow harbour workers" (whom the
    act names after it is not who did it)."""
    did = next((i for i, t in enumerate(asked) if t in DID), None)
    last = len(asked) - 1 - (asked[-1:] in (["for"], ["of"]))  # "what did they ask for"
    if did is None or last <= did + 1:
        return False
    # the act is the question's last word, or a word right before whom it was done to, opened by a determiner or
    # an object pronoun ("what did the guard ask the keepers", "… ask them"): what comes before it is the doer
    for at in range(did + 2, last + 1):
        if asked[at] in STOPWORDS:  # (a stopword: "say", a word for any act)
            continue
        if at < last and asked[at + 1] not in OBJECT_OPENINGS:
            continue
        doer = {stem(t) for t in asked[did + 1 : at] if t not in STOPWORDS}
        if doer and _tells_act_by(fact, stem(asked[at]), doer):
            return True
    return False


def _tells_act_by(fact: FactData, act: str, doer: Set[str]) -> bool:
    """The fact's statement or a quote of it tells the act (a stem) with every one of `doer` (stems) within
    DOER_WINDOW words before it."""
    for text in [fact.statement, *(c.quote for c in fact.citations)]:
        tokens = words(fold(text))
        for j, token in enumerate(tokens):
            if stem(token) == act and doer <= {stem(t) for t in tokens[max(0, j - DOER_WINDOW) : j]}:
                return True
    return False


def quote_speaker(brief: Brief, speakers_of: Callable[[str], list[str]], fact_id: str, q: Question) -> str:
    """The person a quote is labelled with: one the fact gives as speaking ("Ada Lind argued …"), the one the
    question names first; for a fact curated as a quote that names no speaker so, its first person; else none
    ("the Gazette called … the Ada Lind-founded firm" is the Gazette's words, not Lind's)."""
    fact = brief.facts[fact_id]
    entities = brief.entities
    spoken = [e for e in speakers_of(fact_id) if e in entities and entities[e].kind == "person"]
    if not spoken and fact.kind == "quote":
        spoken = [e for e in fact.entities if e in entities and entities[e].kind == "person"]
    named = [e for e in spoken if e in q.entities]
    chosen = (named or spoken)[:1]
    return entities[chosen[0]].name if chosen else ""


def document_noun(token: str) -> str | None:
    """The document noun (DOCUMENTS) a word is, singular ("leaflets": "leaflet"), or None: by word form, not stem
    ("signed" is no sign)."""
    if token in DOCUMENTS:
        return token
    return token[:-1] if token.endswith("s") and token[:-1] in DOCUMENTS else None


def told_asked(q: Question) -> bool:
    """The question asks what was done, not anyone's words: no verb of speech, no article named, no document noun
    ("what did the letter demand" asks the letter's words)."""
    return SPEECH_VERBS.isdisjoint(q.words) and not q.sources and not any(document_noun(w) is not None for w in q.words)


def word_run(text: str) -> str:
    """`text`'s `words` joined by single spaces between spaces, "its" read as "it" ("it's" is "it" once its "'s" is
    dropped as a possessive's; typed without its apostrophe it is "its"): one run holds another's words in a row
    when it holds it as a string."""
    return f" {' '.join(words(text))} ".replace(" its ", " it ")


def holds_words(quote: str, said: str) -> bool:
    """Whether the quoted words of an article's `quote` of someone's words (those in speech marks, one span or
    them run together; all of it when it has none: "one organizer shouted" is no words of theirs) hold the words
    `said` in a row, as typed: case, punctuation and apostrophes aside ("its just paper" in "“It’s just paper!”"), a
    contraction written out on either side the same ("we have seen this" in "We’ve seen this")."""
    asked = fold(said)
    if not words(asked):
        return False
    spans = MARKED.findall(quote)
    for given in map(fold, [*spans, " ".join(spans)] if spans else [quote]):
        if word_run(asked) in word_run(given):
            return True
        if word_run(contractions_opened(asked)) in word_run(contractions_opened(given)):
            return True
    return False
