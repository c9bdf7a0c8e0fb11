"""Whose words a quote question asks for: "what did X say / write / tell …" is answered only by words the sources
put in X's mouth, never by someone else's quote that merely mentions X (a misattributed quote is repeated on a
flyer; a plain "the articles quote no words of X" is not)."""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from bot.answering.articles import GIVING, OUTLET_NOUNS, gave_words_to
from bot.answering.articles import OUTLET_KIND as OUTLET_KIND
from bot.answering.compose.speech import DOCUMENTS as DOCUMENTS
from bot.answering.compose.speech import document_noun as document_noun
from bot.answering.decide.figures import role_of
from bot.answering.retrieve import PLACE_KINDS, Hit, Retriever
from bot.answering.understand.classes import PERSON_KINDS
from bot.answering.understand.lexicon import ACTOR_KINDS, NOUN_DETERMINERS, WH_WORDS
from bot.answering.understand.question import Question
from bot.answering.understand.understander import LEADER_ROLES, OBJECT_PREPOSITIONS, OUTLET_WORDS, Understander
from bot.caches import Recent
from bot.calling_verbs import CALL_FORMS, DESCRIBING_VERBS
from bot.factbase import Brief
from bot.features import SPOKEN  # words in speech marks, never who says them
from bot.records import FactData
from bot.reporting import INTERVIEWING, LONE_LETTER, TELLING, told_spans
from bot.search import stem, stems
from bot.text import ABBREVIATIONS, STOPWORDS, fold, words

# the question's own verbs for asking what someone said ("what did X say / write / tell them / respond")
ASKING = frozenset(
    "say said saying tell told write wrote argue argued claim claimed respond responded reply replied answer "
    "answered shout shouted chant chanted think post posted tweet tweeted describe characterize characterise".split()
)
# the verbs with which a fact reports words as someone's: the names before the first of them are the speaker
# ("ask", "call" and "urge" are left out: "a letter … handed to Ada Lind asking her", "called the police")
REPORTING = frozenset(
    "say said says saying tell told tells telling write wrote writes writing argue argued argues arguing claim "
    "claimed claims state stated states add added respond responded reply replied suggest suggested suggests shout "
    "shouted chant chanted warn warned note noted wish wished insist insisted describe described describes defend "
    "defended defends defending justify justified justifies".split()
)  # (defending or justifying a decision is done in words: a town hall's defence is what was said there)
# shouting words is calling or crying them out ("what did a marcher call out"); "call" alone is not ("called the
# police")
CALLING_OUT = [[verb, "out"] for verb in ("call", "called", "cry", "cried")]
# who speaks for an organization: "what did the guild's spokesperson say" asks the guild's words
SPOKESPEOPLE = frozenset(
    "spokesperson spokespersons spokesman spokesmen spokeswoman spokeswomen spokespeople representative rep".split()
)
# nouns for the press in general (general English): an audience that any outlet an article cites stands for
PRESS_STEMS = frozenset(
    stem(w) for w in "reporter reporters journalist journalists press media newspaper newspapers".split()
)
# verbs of talking with someone (general English): an outlet doing it interviews them, and whom it interviewed are
# those whose words it gives as told to it ("who did the Gazette talk to / speak with / interview")
INTERVIEWED = frozenset({"to", "with"})  # "talk to", "speak with": the words that may close such a question
RELATIVE_PRONOUNS = frozenset({"that", "whom", "who", "which"})  # "the clerk that the Gazette spoke to"
CLAUSE_OUTLET_WORDS = 4  # "the new york times": the words an outlet's name may run to before its verb
CLAUSE_REST_WORDS = 3  # "who is X": the words a question asks with before such a clause
OPENERS = frozenset({"what", "wat", "wht", "how"})
AUXILIARIES = frozenset({"did", "does", "do", "has", "had", "have", "was", "is"})
PLURAL_AUXILIARIES = frozenset({"were", "are"})  # "which outlet were Lind and Okafor talking to"
# the nouns a question asks for a broadcaster by (general English: "which tv network did Lind talk to", "which cable
# channel did she go on"); a paper's or outlet's (articles.OUTLET_NOUNS: "which outlet did Lind talk to") too, which
# an article quoting her as told to itself answers by its name (`Answerer`, `told_own_outlet`)
OUTLET_ASKED = frozenset("network networks channel channels station stations broadcaster".split()) | OUTLET_NOUNS
NEWS = "news"  # "which news organization", "what news agency": any noun after it names an outlet (general English)
# prepositions by which an organization named after a person says whose they are ("Ada Lind from the guild", "Lind of
# the guild", "Lind with the guild"): which person is meant, never a second speaker
AFFILIATION = frozenset("from of with at".split())
ON_AIR = frozenset("go went appear appeared come came".split())  # "go on" an outlet: be interviewed on it
# "Lind was quoted by / in which paper": a passive of quoting or interviewing, whose agent is the outlet she talked
# to (general English); the auxiliary, the participle, the marker and "which" after one word of a name at least
QUOTED_BY = frozenset("quoted interviewed".split())
AGENT_MARKERS = frozenset({"by", "in"})
PASSIVE_AUXILIARIES = frozenset("was were is are got get gets".split())
PASSIVE_SPAN = 4
OUTLET_NAME_WORDS = 2  # an outlet's name: a word ("Eastport") and one outlets are named with ("Times")
SPAN = 10  # words between "did" and the asking verb: "what did the harbour post op-ed by lind say"
WINDOW = 4  # words before a reporting verb that name who speaks: "Ada Lind told", "the guild in a statement said"
TOPIC_MARKERS = frozenset({"about", "regarding", "concerning"})  # "what did X say about …"
OCCASION_MARKERS = frozenset({"at", "during"})  # "what did X say at the town hall": X's words there
OCCASION_RUN = 2  # words of an occasion's name in a row that name it ("town hall"); one alone may mean else
# "quote Ada Lind on tolls", "what did Lind say on the lease": "on" after the asking word names the topic too
ON_MARKERS = frozenset({"on"})
PLACING = frozenset({"on", "in", "to"})  # "say on / in / to the Harbour": the outlet the words ran in or were told to
QUOTE_NOUNS = frozenset({"quote", "quotes", "quotation", "quotations"})  # "Ada Lind quotes": her words asked
WHOSE_DOCUMENT = frozenset({"to", "from", "by"})  # "the letter to Ada Lind": whose document
# a request that words be given as they were said ("exact words", "precise wording", "verbatim quote"): how the answer
# gives them, nothing of what they said (general English), never content a fact must state
TO_THE_LETTER = frozenset("exact actual precise verbatim".split())
WORDS_NOUNS = frozenset("words wording quote quotes phrasing".split())


def to_the_letter(tokens: list[str]) -> set[int]:
    """The positions of `tokens` asking for words to the letter (TO_THE_LETTER before one of WORDS_NOUNS: "exact
    words", both words)."""
    return {
        k + d
        for k, (a, b) in enumerate(itertools.pairwise(tokens))
        if a in TO_THE_LETTER and b in WORDS_NOUNS
        for d in (0, 1)
    }


# words asking what was voiced aloud by a crowd or a caller ("what did they chant", "what was the slogan"), and the
# words a fact tells such voicing with: a chant asked is never answered by a remark someone made (English usage)
VOICING_ASKED = frozenset(stem(w) for w in "chant chanted chanting shout shouted shouting yell yelled".split())
VOICING_TOLD = VOICING_ASKED | frozenset(stem(w) for w in "scream screamed cheer cheered sing sang".split())
NAME_JOINS = frozenset({"and", "or", "the"})  # words joining the names of those told ("the Harbour and the Gazette")
INFORMANT_NEAR = 0.75  # how close to the best a fact told to the outlet asked must be to stand in for it
NAME_REACH = 4  # words a name after such a word may run to ("the letter to guild director Ada Lind")
PHRASE_BREAKS = frozenset({"about", "on", "in", "at", "and", "that", "which", "who", "where", "when"})
# calling something a name is saying it ("attacked the guild, calling it “reckless”"): what follows is what was said
CALLING = CALL_FORMS
SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")  # where a statement's or quote's sentences (and clauses) end
CANDIDATES = 12  # ranked candidates searched for the speaker's own words
BEING = frozenset("is are was were be been being".split())  # before a reporting verb, a passive: no one speaking
UNSAID = frozenset("not never declined refused".split())  # before the reporting verb: nothing said
HEARD_CANDIDATES = 3 * CANDIDATES  # how far down words told to the hearers asked are looked for
FIRST_SAID_NEAR = 0.9  # a speaker's quotes scored this close are told apart by article order (development set: +3)
# "what did a protester shout about the neighbours", no speaker named: a candidate this close to the best whose words
# are on the topic answers instead of a best that says nothing of it
TOPIC_NEAR = 0.9
MAX_SPEAKING = 16_384  # facts whose speaking documents stay worked out (bounded on a large brief)
MAX_TOLD_TO = 64  # sets of outlets whose `told_to` facts stay worked out (each a few thousand ids at most)
# spans of words a statement may name a hearer in (`told_spans`: four words) whose named entries stay worked out:
# a large brief says "told the Gazette that …" in thousands of statements, in far fewer spans
MAX_HEARER_SPANS = 8_192
# verbs of saying that a document undergoes rather than does: "the messages posted on the board were taken down"
PUBLISHED = frozenset("post posted tweet tweeted".split())
# the verbs with which a document gives its words, beyond REPORTING ("the leaflet asked / urged / listed / pointed
# out / declared"), as stems; a question asks a document's words with them or with ASKING
WRITING = frozenset(stem(w) for w in [*REPORTING, *ASKING] if w not in PUBLISHED) | frozenset(
    stem(w)
    for w in "ask asked urge urged list listed point pointed declare declared outline outlined demand "
    "demanded read reads want wanted documented documenting".split()
)  # ("a report documenting the trade": what the report says)
# the verbs any of a document's words answer ("what did the leaflet say"): no line of it tells more of them than another
PLAIN_SAYING = frozenset(stem(w) for w in "say said says tell told tells".split())
# words before a document that give it as where the asked words are ("in the 1921 notice, what …", "per the
# leaflet"); at most DOCUMENT_MODIFIERS words ("the", "1921", "harbour") between them and the noun
DOCUMENT_MARKERS = frozenset({"in", "per", "from", "according"})
DOCUMENT_MODIFIERS = 3
OPENINGS = frozenset("the a an this that these those".split())  # a document noun phrase's first word
# verbs of making documents public, the releaser no writer of them: "the documents the guild released"
RELEASING = frozenset("released releases published leaked obtained revealed uncovered".split())
DOER_REACH = 3  # words from a document to the verb it does: "the flier set out", "the 1921 notice asked"
DOCUMENT_SPAN = 12  # words from a document to its verb: "the leaflets at the harbour office in the port town and … say"
# words that stand for whoever a document speaks to or of: a leaflet's "ask yourself" is a question's "ask themselves"
PRONOUNS = frozenset(
    "myself yourself yourselves himself herself itself ourselves themselves themself us him her they them".split()
)
# verbs whose object is whom a document speaks to: "told / asked / urged the keepers to …" ("said 'go' to …" is not);
# "wanted the keepers to …" asks as "asked the keepers to …" does
ADDRESSING = frozenset(stem(w) for w in "tell told ask asked urge urged warn warned call called want wanted".split())
ADDRESSED = frozenset({"to", "who", "that", "what", "about", "if", "whether", "how"})  # end whom a verb addresses
ADDRESSEE = 4  # words between "told" / "asked" and "to" that say to whom: "told the harbour's keepers to …"
QUOTING = ASKING | {"quoted", "quote", "quotes"}  # "who is the keeper the Gazette quoted"
WHO_SHARE = 0.8  # of the best's score: a candidate close enough to answer "who" in place of a document's words
# a subject of its own between a name and the reporting verb: "the guild, which it describes as …" is the
# reporter's description of the guild, not the guild's words; after "and" the verb's subject is an earlier one
# ("Lind described the guild as … and added")
CLAUSE_SUBJECTS = frozenset({"it", "he", "she", "they", "we", "i", "which", "who", "and"})
# of the words a "who said <words>" question gives (beyond everyday function words), the share one text of a fact
# (its statement, or one quote) must hold for the fact to tell who said them: "we shut it down" (an occupied shop)
# is no one saying "we will shut the guild down" (2 of its 3 words); a paraphrase keeps most ("tear families apart
# and deport people": 6 of 7)
SAID_SHARE = 0.75
RELATIVES = frozenset({"who", "that", "which"})  # "the keepers who confronted her": a clause saying which keepers
# of the best's score: a candidate holding more of a "who said <words>" question's words that may answer it in its
# place (`closer_saying`); close, so a fact on something else sharing everyday words does not
SAYING_NEAR = 0.5
# "Ada Lind said the lamp is being used to do what": a question repeating ECHO_RUN or more of a quote's printed words
# in a row (one of them no stop word) asks for the rest of those words; of a speaker's quotes scored within ECHO_NEAR
# of the best, the one it echoes longest answers it, not another quote sharing its words one by one
ECHO_RUN = 3
ECHO_NEAR = 0.8
# nouns for one kind of person whose words a question may ask ("a quote from a protester", "what did an employee
# say"): only words a fact gives as said by one of that kind answer (general English; "person" asks of anyone)
SPEAKER_KINDS = frozenset(
    f"{w}{ending}"
    for w in "protester demonstrator activist employee worker staffer member participant marcher organizer "
    "volunteer resident student officer agent official".split()
    for ending in ("", "s")
)
# words between a document noun and the people it is from, passed over ("the letter from over 200 employees",
# "signed by the keepers"): whose document it is, not which people
AUTHOR_FILLERS = frozenset(
    "the a an some several over more than about nearly almost around at least signed written sent".split()
)
# words a statement's people noun may stand before its document: "200 keepers reportedly signed a letter"
AUTHOR_REACH = 6
AUTHOR_AFTER = 8  # and after it: "a petition signed by more than 40 guild keepers"
# words before a reporting verb that may name its speaker by kind: "an agent involved in the raid crudely wished"
KIND_REACH = 8
# the kinds of person that are one of a crowd at a protest: words asked of one of them are answered by words the
# sources give to any who took part, an organizer or an activist among them ("what did a marcher shout" is answered
# by "one organizer shouted at the door"; the line names who it was); an asked organizer is only an organizer
CROWD = frozenset("protester demonstrator marcher participant".split())
TAKING_PART = CROWD | {"organizer", "activist"}
KIND_OPENINGS = frozenset({"a", "an", "the", "one", "any", "some"})  # before such a noun: "a quote from a protester"
# words for a written piece of opinion or news, as typed ("op-ed" normalized to "op ed"): "Lind's op-ed"
PIECES = frozenset("op ed oped opinion piece column essay article editorial".split())
# a kind of person's words are reported by asking too ("the guild employee asked the protesters to leave", "an
# organizer asking an employee for a meeting"): verbs a name before them would not make a speaker of ("a letter
# handed to Ada Lind asking her …"), a kind noun does
KIND_REPORTING = REPORTING | frozenset({"asked", "asking", "requested", "requesting"})
# kinds of hearer by their standing to the speaker (general English): words told to one kind are no words told to
# another ("told colleagues" is nothing said to a boss), while words of one kind stand for each other
HEARERS = tuple(
    frozenset(f"{w}{ending}" for w in group.split() for ending in ("", "s"))
    for group in (
        "boss manager supervisor superior chief ceo executive management",
        "colleague coworker co-worker peer teammate workmate",
    )
)
HEARER_REACH = 3  # words from a telling verb to its hearer: "crudely told his colleagues"


def hearer_kind(word: str) -> int | None:
    """The HEARERS group a word names a hearer of (its index), or None."""
    return next((n for n, group in enumerate(HEARERS) if word in group), None)


def _hearers(text: str) -> set[int]:
    """The HEARERS kinds a text gives words as told to: a hearer noun within HEARER_REACH words after a telling verb
    (outside speech marks: "an agent crudely told colleagues, …" -> the colleagues' kind)."""
    told = _outside_speech(text)
    return {
        kind
        for i, t in enumerate(told)
        if t in TELLING
        for n in told[i + 1 : i + 1 + HEARER_REACH]
        if (kind := hearer_kind(n)) is not None
    }


def released_documents(window: list[str]) -> bool:
    """The words after "according to" name documents someone released (a document noun, after a determiner or not,
    then a RELEASING verb within the window: "the documents the guild released", "emails obtained by the Gazette"):
    the releaser passes on others' words (what the documents' writers said), it does not say them."""
    start = 1 if window[:1] and window[0] in OPENINGS else 0
    return document_noun(window[start] if start < len(window) else "") is not None and not RELEASING.isdisjoint(window)


def reported_speakers(tokens: list[str], names: Callable[[list[str]], list[str]]) -> list[str]:
    """Entity ids a statement's tokens give as who speaks, in order: named within WINDOW words before a reporting
    verb (after any subject of its own or "and": "the guild, which it describes" names no speaker), or right after
    "according to". `names` finds entity ids in a run of tokens."""
    out: list[str] = []
    for j, token in enumerate(tokens):
        if token in REPORTING:
            window = tokens[max(0, j - WINDOW) : j]
            window = window[max((k + 1 for k, t in enumerate(window) if t in CLAUSE_SUBJECTS), default=0) :]
        elif token == "according" and tokens[j + 1 : j + 2] == ["to"]:
            window = tokens[j + 2 : j + 2 + WINDOW + 2]  # "according to guild executive director Ada Lind"
            if released_documents(window):
                continue  # "according to the documents the guild released": whoever wrote them speaks, not it
        else:
            continue
        out += [e for e in names(window) if e not in out]
    return out


@dataclass(frozen=True)
class WrittenAsk:
    """A question asking what a document said: the document nouns, the stem of the verb the question gives it
    ("" when none: "per the leaflet, which …"), and the stems of what the question asks of its words (its content
    words but the noun, the verb and whom the document addressed: "the leaflet told keepers to ask themselves
    what" -> {"ask", "themselv"})."""

    nouns: frozenset[str]  # the noun, singular, and its synonyms in the brief ("leaflet": "flyer", "flier")
    verb: str
    content: frozenset[str]
    request: bool = False  # the verb asks someone to act: "what did the notice want / ask keepers to do"


def speaking_documents(tokens: list[str]) -> set[str]:
    """The document nouns (singular) a statement's tokens give as speaking: each within WINDOW words before a verb
    giving words (WRITING), with no subject of its own between them: "The 1921 notice asked keepers to …", "as the
    guild's leaflet pointed out"."""
    named = [i for i, t in enumerate(tokens) if document_noun(t) is not None]
    out: set[str] = set()
    for j in sorted({j for i in named for j in range(i + 1, min(i + 1 + WINDOW, len(tokens)))}):
        if stem(tokens[j]) in WRITING:
            window = tokens[max(0, j - WINDOW) : j]
            window = window[max((k + 1 for k, t in enumerate(window) if t in CLAUSE_SUBJECTS), default=0) :]
            out.update(n for n in map(document_noun, window) if n is not None)
    return out


def written_by(tokens: list[str], nouns: AbstractSet[str]) -> bool:
    """One of `nouns` (singular document nouns) is given as speaking (speaking_documents)."""
    return not speaking_documents(tokens).isdisjoint(nouns)


def addressee(tokens: list[str], verb: int) -> range:
    """The positions after the verb at `verb` that say whom a document spoke to: "told the keepers to …", "asked
    keepers who …", "said to the keepers"; empty when none do, or where they end is not clear ("told keepers the
    lamp was out")."""
    addressing = stem(tokens[verb]) in ADDRESSING
    if addressing:
        start = verb + 1
    elif tokens[verb + 1 : verb + 2] == ["to"]:
        start = verb + 2
    else:
        return range(0)
    end = next((k for k in range(start, min(start + 1 + ADDRESSEE, len(tokens))) if tokens[k] in ADDRESSED), None)
    if end is None:
        if addressing:
            return range(0)
        end = min(len(tokens), start + ADDRESSEE) - 1
    return range(verb + 1, end + 1)


def requesting(tokens: list[str], verb: int) -> bool:
    """The verb at `verb` asks whom it addresses to act: "asked / wanted the keepers to …" (ADDRESSING, then whom,
    then "to"), not "told the keepers about …"."""
    spoken_to = addressee(tokens, verb)
    return stem(tokens[verb]) in ADDRESSING and bool(spoken_to) and tokens[spoken_to[-1]] == "to"


def requests(tokens: list[str]) -> bool:
    """Some verb of the tokens asks whom it addresses to act (`requesting`)."""
    return any(requesting(tokens, j) for j in range(len(tokens) - 1))


def _singular(word: str) -> str:
    return document_noun(word) or word


def _order(position: int | None) -> float:
    """A place in brief order to sort by: a glossary entry (no position) after every fact."""
    return math.inf if position is None else position


class Speakers:
    def __init__(self, brief: Brief, understander: Understander, retriever: Retriever) -> None:
        self.brief = brief
        # a document noun's synonyms in the brief, singular ("leaflet": {"flyer", "flier"})
        self._synonyms = {
            _singular(k): {_singular(v) for v in vs if len(words(v)) == 1} for k, vs in brief.meta.synonyms.items()
        }
        self._speaking: Recent[str, frozenset[str]] = Recent(MAX_SPEAKING)  # fact id -> documents speaking in it
        # `told_to` of each set of outlets asked: a brief's outlets are few, and each walk reads every statement with
        # a word of their names where a verb of telling names its hearer (~1,430 at 100,000 facts, ~100 ms)
        self._told_kept: Recent[frozenset[str], frozenset[str]] = Recent(MAX_TOLD_TO)
        self._hearers: Recent[tuple[str, ...], frozenset[str]] = Recent(MAX_HEARER_SPANS)  # span -> entries it names
        self.understander = understander
        self.retriever = retriever  # what a fact states (stated_stems) and opens with (features), worked out once
        # `_echo_breaks` of the last question: `echo` reads it for each of up to CANDIDATES facts of one question
        self._breaks_kept: tuple[tuple[str, ...], frozenset[int]] | None = None

    def names(self, tokens: list[str]) -> list[str]:
        """Entity ids whose aliases occur in `tokens` (the question's own entity finder: longest, whole words)."""
        return self.understander.find_entities(tokens)[0]

    def asked(self, q: Question, *, outlets: bool = False) -> set[str]:
        """The entities named between "what did" and its asking verb ("what did Ada Lind say": Ada Lind);
        empty when the question names no one there ("what did the protesters chant"); and those named right after an
        opening "quote" ("quote Ada Lind on tolls": Ada Lind). With `outlets`, only the news outlets named there
        ("what did the Gazette say": the Gazette), which are otherwise left out. Never a place: "what was the
        Eastport chant" asks the words chanted there, which no one named says."""
        found = self._asked(q)
        kinds = {n: self.brief.entities[n].kind for n in found}
        return {n for n, k in kinds.items() if k not in PLACE_KINDS and (k == OUTLET_KIND) == outlets}

    def interviewed_by(self, q: Question) -> tuple[str, set[str]] | None:
        """ "Who did the Gazette talk to / speak with / interview": whom a news outlet, named alone between "who did"
        and a verb of INTERVIEWING that closes the question (maybe with "to" / "with"), interviewed, which is whom it
        quotes: the question asked so ("who did the gazette quote") and the outlets; None for any other question
        ("who did Lind talk to": a person's talk is no interview)."""
        w = q.words
        if w[:2] not in (["who", "did"], ["whom", "did"]):
            return None
        verb = next((j for j in range(3, len(w)) if w[j] in INTERVIEWING), None)
        if verb is None or not set(w[verb + 1 :]) <= INTERVIEWED or len(w) - verb > 2:
            return None
        span = w[2:verb]
        names, taken = self.understander.find_entities(span)
        if not names or any(t not in NOUN_DETERMINERS and n not in taken for n, t in enumerate(span)):
            return None
        if any(self.brief.entities[e].kind != OUTLET_KIND for e in names):
            return None
        return " ".join(["who", "did", *span, "quote"]), set(names)

    def interviewed_clause(self, q: Question) -> tuple[str, set[str]] | None:
        """ "Who is the tech worker the Gazette interviewed", "the clerk that the Gazette spoke to": a question
        closed by a clause of a news outlet's interviewing (the outlet's name alone, then a verb of INTERVIEWING,
        maybe with "to" / "with"), which points at whom its article gives as told to it, not at a fact using the
        verb: the question without the clause (and its "that" / "whom") and the outlets; None for any other
        question, and for "who did the Gazette interview" (`interviewed_by`)."""
        w = q.words
        verb = next((j for j in range(3, len(w)) if w[j] in INTERVIEWING), None)
        if verb is None or not set(w[verb + 1 :]) <= INTERVIEWED or len(w) - verb > 2:
            return None
        for start in range(max(2, verb - CLAUSE_OUTLET_WORDS), verb):
            span = w[start:verb]
            names, taken = self.understander.find_entities(span)
            if (
                names
                and all(t in NOUN_DETERMINERS or n in taken for n, t in enumerate(span))
                and all(self.brief.entities[e].kind == OUTLET_KIND for e in names)
            ):
                rest = w[:start]
                while rest and rest[-1] in RELATIVE_PRONOUNS:
                    rest = rest[:-1]
                # "who did the Gazette interview": the outlet is the subject asked of, not a clause's
                if len(rest) < CLAUSE_REST_WORDS or rest[-1] in AUXILIARIES or rest[-1] in PLURAL_AUXILIARIES:
                    return None
                return " ".join(rest), set(names)
        return None

    def outlet_told(self, q: Question) -> tuple[str, set[str], bool] | None:
        """ "Which tv network did Lind talk to", "which cable channel did she go on", "what station did Lind tell",
        "which paper did Lind talk to": the news outlet someone told their words to, asked by a noun for outlets
        (OUTLET_ASKED) right before "did", the speakers named alone after it and a verb closing the question (of
        INTERVIEWING and "to" / "with", of ON_AIR and "on", or of TELLING): which is said by their words the articles
        give as told to an outlet (fresh tester 79 R1), never by a fact on them naming the outlet it is from (fresh
        tester 79a: "which outlet did Lind talk to" led a fact on her role); "who did Lind talk to" too, when she is a
        person whose words the articles give as told to an outlet (fresh tester 85), and "who was Lind talking to (when
        she gave that quote)" (blind set BV: a closing time clause says which words). The question asked so
        ("what did lind say"), the speakers, and whether the noun is a paper's or outlet's (articles.OUTLET_NOUNS);
        None for any other question ("which network did the Gazette talk to": an outlet's talk is an interview,
        `interviewed_by`)."""
        w = _asked_first(q.words)
        if "when" in w[4:]:
            # "who was Lind talking to when she gave that quote": the time clause says which words, the talking is
            # asked all the same (blind set BV)
            w = w[: w.index("when", 4)]
        # "who did Lind talk to" asks the same of a person's words the articles give as told to an outlet (fresh
        # tester 85: it led her words); one told to none may have talked to anyone, and an organization's talk is
        # no one's words told (its head's "told the Gazette" is not it: `interviewed_by`), so those are asked as
        # they were
        # ("who was Lind talking to": asked as she talked, her words as told; blind set BV)
        who = w[:1] in (["who"], ["whom"]) and w[1:2] in (["did"], ["was"], ["were"])
        if (w[:1] not in (["which"], ["what"]) and not who) or len(w) < 4 + (not who):
            return None
        aux = (
            1
            if who
            else next((i for i in range(2, min(len(w), 5)) if w[i] in AUXILIARIES or w[i] in PLURAL_AUXILIARIES), None)
        )
        if aux is None or (not who and not _outlet_noun(w, aux - 1)):
            return None
        if (w[-1] in INTERVIEWED and w[-2] in INTERVIEWING) or (w[-1] == "on" and w[-2] in ON_AIR):
            verb = len(w) - 2
        elif w[-1] in TELLING or w[-1] in INTERVIEWING:
            verb = len(w) - 1
        elif w[-1] == "to" and (given := [i for i in range(aux + 1, len(w)) if w[i] in GIVING]):
            verb = given[0]  # "which paper did Lind give her quotes to": telling it, as talking to it is (blind set BN)
            if not gave_words_to(w[verb:]):
                return None
        else:
            return None
        span = w[aux + 1 : verb]
        names, taken = self.understander.find_entities(span)
        aside, joins = self._affiliated_aside(span)  # "Lind from the guild": Lind speaks, "from" joins them
        # ("Lind and Okafor": several speakers asked together, any of whose words told to an outlet answer)
        if not names or any(
            t not in NOUN_DETERMINERS and t != "and" and n not in taken and n not in joins for n, t in enumerate(span)
        ):
            return None
        names = [e for e in names if e not in aside] or names
        if any(self.brief.entities[e].kind == OUTLET_KIND for e in names):
            return None
        if who and (
            any(self.brief.entities[e].kind not in PERSON_KINDS for e in names)
            or next(self._told_by(set(names), None), None) is None
        ):
            return None
        paper = w[aux - 1] in OUTLET_NOUNS or w[aux - 2] == NEWS  # "which news organization": an outlet's name leads
        return " ".join(["what", "did", *span, "say"]), set(names), who or paper

    def _affiliated_aside(self, span: list[str]) -> tuple[set[str], set[int]]:
        """The names in `span` saying only whose a person named right before is, and the positions of the words
        joining them: "Ada Lind from the guild", "Lind of the guild" name one speaker, the guild saying which Lind (a
        person's name, an AFFILIATION word, at most an article, then a name of no person; blind set CL)."""
        spans = self.understander.name_spans(span)
        people = {end for _, end, e in spans if self.brief.entities[e].kind in PERSON_KINDS}
        aside: set[str] = set()
        joins: set[int] = set()
        for start, _, e in spans:
            if self.brief.entities[e].kind in PERSON_KINDS:
                continue
            for k in range(max(0, start - 2), start):
                if k in people and span[k] in AFFILIATION and all(t in NOUN_DETERMINERS for t in span[k + 1 : start]):
                    aside.add(e)
                    joins.add(k)
        return aside, joins

    def told_own_outlet(self, facts: Collection[str]) -> bool:
        """Whether each of `facts` gives words as told to the outlet whose article the fact is first cited from ("Ada
        Lind told the Gazette", from the Gazette): the article itself is the outlet they spoke to, and its name
        answers. Read up to the first that does not (`Brief.statements_cited`: its statement and first source, no
        record built; each fact was looked up by id, ~50 ms for the 1,429 of "which outlet did Ada Lind talk to" at
        100,000 facts, and all 723 of another speaker's, of which 4 were)."""
        by_name = {entry.name: e for e, entry in self.brief.entities.items() if entry.kind == OUTLET_KIND}
        for _, statement, source in self.brief.statements_cited(facts):
            outlet = by_name.get(self.brief.sources[source].name)
            # (its statement read, as `told_to` reads each fact it walks: `told_to({outlet})` once a fact walked them
            # all, ~100 ms each at 100,000 facts, and "which paper did Lind talk to" ran for minutes)
            if outlet is None or not self._told(statement, {outlet}):
                return False
        return True

    def told_outlets_by(self, speakers: set[str], outlets: set[str] | None = None) -> frozenset[str]:
        """The facts giving words as told to a news outlet the brief names (`told_to`; of `outlets` only, when
        given: entity ids of news outlets) whose statement names one of the `speakers` as telling them (`of`: "Ada
        Lind told the Gazette"), not a source telling of them ("a source who spoke to the Gazette said Lind wanted
        …")."""
        return frozenset(self._told_by(speakers, outlets))

    def tells_told(self, speakers: set[str], outlets: set[str]) -> bool:
        """Whether a fact gives one of the `speakers`' words as told to one of the `outlets` (`told_outlets_by`),
        read in brief order up to the first that does."""
        return next(self._told_by(speakers, outlets), None) is not None

    def _told_by(self, speakers: set[str], outlets: set[str] | None) -> Iterator[str]:
        """`told_outlets_by`'s facts, in brief order, read in one walk of the facts `told_to` reads. A statement
        names a speaker (`of`) only with the last word of one of their aliases, or with a lone letter (a name typed
        one edit off: the entity finder's typo rule), outside speech: the others are not read further (each fact
        was read twice and each told one's speakers found, ~0.5 s at 100,000 facts)."""
        if outlets is None:
            outlets = {e for e, entry in self.brief.entities.items() if entry.kind == OUTLET_KIND}
        if not outlets or not speakers:
            return
        said = {key.rsplit(" ", 1)[-1] for key, entity in self.brief.aliases.items() if entity in speakers}
        for fact_id, statement in self.brief.statements_telling(self._hearer_marks(outlets)):
            outside = _outside_speech(statement)
            if said.isdisjoint(outside) and not any(len(t) == 1 and t.isalpha() for t in outside):
                continue
            # (whom it gives as speaking first: it rules out more of those read, ~2 in 3 for "which outlet did Ada
            # Lind talk to" at 100,000 facts, where the hearer's test rules out 1 in 3)
            if not speakers.isdisjoint(reported_speakers(outside, self.names)) and self._told(statement, outlets):
                yield fact_id

    def told_to(self, outlets: set[str]) -> frozenset[str]:
        """The facts whose statement gives someone's words as told to one of the `outlets` (entity ids): a verb of
        TELLING (or of INTERVIEWING and "to" / "with") with the outlet's name within its reach after it ("Ada Lind
        told the Gazette", "a source who spoke to the Gazette"), or right before it
        put in the passive ("the Gazette was told by a source"): `told_spans`. Only the spans with a word of an
        outlet's alias (its last: every word of a name found is in the span) or a lone letter are looked at, each
        once (`Brief.told_spans`: a compiled brief's `telling` table, no statement read; every fact was read, ~2 s
        at 100,000, then the statements of those with such a span, ~70-100 ms), once per set of outlets (the last
        MAX_TOLD_TO kept)."""
        key = frozenset(outlets)
        kept = self._told_kept.get(key)
        if kept is not None:
            return kept
        spans = self.brief.told_spans(self._hearer_marks(outlets))
        # (a span naming one of them has one of their marks: the spans without one are neither read nor looked at)
        told = frozenset(
            f for span, ids in spans.items() if not outlets.isdisjoint(self.hearers(span.split(" "))) for f in ids
        )
        return self._told_kept.put(key, told)

    def _hearer_marks(self, outlets: set[str]) -> set[str]:
        """The `told_words` a statement names one of the `outlets` to by: its aliases' last words, LONE_LETTER."""
        marks = {LONE_LETTER}
        marks.update(key.rsplit(" ", 1)[-1] for key, entity in self.brief.aliases.items() if entity in outlets)
        return marks

    def _told(self, statement: str, outlets: set[str]) -> bool:
        """The statement gives words as told to one of the `outlets` (`told_to`; whether walked or not: every
        statement it holds for has one of `_hearer_marks(outlets)` among its `told_words`)."""
        tokens = words(fold(statement.lower()))
        return any(not outlets.isdisjoint(self.hearers(span)) for span in told_spans(tokens))

    def hearers(self, span: Sequence[str]) -> frozenset[str]:
        """The entries a span of `told_spans` names (`Understander.find_entities`: its names, then one typed with a
        lone letter one edit off, ~0.1 ms a span with a lone letter such as "a"), which depend on its words alone:
        kept for the last MAX_HEARER_SPANS spans read (the first "who told the Hill …" read 2,329 spans of 1,431
        statements at 100,000 facts, each found its names again)."""
        key = tuple(span)
        found = self._hearers.get(key)
        if found is None:
            found = self._hearers.put(key, frozenset(self.understander.find_entities(list(key))[0]))
        return found

    def informant(self, q: Question, ranked: Sequence[Hit], best: Hit) -> Hit | None:
        """ "Who told the Gazette about the split", "who spoke to the Gazette about it": whoever told a news outlet
        (named right after a verb of TELLING, or of INTERVIEWING with "to" / "with") what it reported is asked. When
        `best` is that report and tells of no one telling it, the candidate among `ranked` the brief relates to it
        (`related`) that tells of something told to the outlet (`told_to`: "the Gazette was told by a source");
        None otherwise."""
        outlets = self.told_outlets(q)
        if not outlets:
            return None
        told = self.told_to(outlets)
        if best.id in told:
            return None
        # what was told the outlet must be of what the question asks about (`on` its `topic`), unless the best is the
        # outlet's own report of it (naming the outlet), which the brief relates to what it was told: a source who
        # told the Gazette of Lind's reasons told it nothing "about the town hall" another paper reported, though the
        # brief relates the two, nor, standing in, "about the protests" (review 23)
        about = self.topic(q)
        if best.id in outlets and not any(about):
            # "who spoke to the Gazette", of nothing more: the outlet's own entry (the listener) leads on its name
            # alone, and tells no one speaking to it; the best-ranked fact of words told to it does (fresh tester 78)
            return next((h for h in ranked if h.id in told), None)
        fact = self.brief.facts.get(best.id)
        # (the outlet's own report: one naming it, or one only its article gives, "according to the Gazette's source
        # …", whose entities need not list the outlet: fresh tester 79 R2)
        report = fact is not None and (not outlets.isdisjoint(fact.entities) or self._only_from(fact, outlets))
        related = told.intersection(self.brief.related.get(best.id, ()))
        linked = frozenset(f for f in related if report or self.on(f, about))
        if not linked:  # "who told the Gazette about Lind's views": a close fact of what was told of her ("a source
            # told the Gazette Lind wanted …"), when the best is her words to another ("Lind told the Courier …")
            linked = frozenset(
                h.id
                for h in ranked
                if h.id in told
                and h.score >= INFORMANT_NEAR * best.score
                and set(q.entities) <= set(self.brief.facts[h.id].entities)
                and self.on(h.id, about)
            )
        return next((h for h in ranked if h.id in linked), None)

    def _only_from(self, fact: FactData, outlets: set[str]) -> bool:
        """Every source the fact is cited from is an article of one of the `outlets` (entity ids), and its statement
        names no other outlet: one passing on another's reporting ("…, the Courier reported") is not its own."""
        names = {self.brief.entities[o].name for o in outlets}
        sources = {src.outlet for src in self.brief.fact_sources(fact)}
        if not sources or not sources <= names:
            return False
        named = {*fact.entities, *self.names(words(fold(fact.statement.lower())))}
        entities = self.brief.entities
        return not any(e in entities and entities[e].kind == OUTLET_KIND and e not in outlets for e in named)

    def told_outlets(self, q: Question) -> set[str]:
        """The news outlets (entity ids) a "who told the Gazette …" / "who spoke to the Gazette …" question names
        right after its verb of TELLING (or of INTERVIEWING with "to" / "with"); empty for any other question."""
        w = q.words
        if w[:1] != ["who"] or len(w) < 3:
            return set()
        if w[1] in TELLING:
            at = 2
        elif w[1] in INTERVIEWING and w[2] in INTERVIEWED:
            at = 3
        else:
            return set()
        # the name right after the verb, or after its "the" ("told the Gazette"; "the Courier" holds its own "the")
        for start in (at, at + 1) if w[at : at + 1] == ["the"] else (at,):
            names, taken = self.understander.find_entities(w[start : start + NAME_REACH])
            outlets = {n for n in names if self.brief.entities[n].kind == OUTLET_KIND}
            if outlets and 0 in taken:
                return outlets
        return set()

    def informant_untold(self, q: Question, best_id: str) -> bool:
        """ "Who told the Gazette about the lease" (`told_outlets`) led by a fact (`best_id`, no informant found for
        it) that tells of nothing told to the outlet (`told_to`) and names no person (PERSON_KINDS): the Gazette's
        own account of the lease tells no one who told it anything (tester 78), so no one is to be named."""
        outlets = self.told_outlets(q)
        fact = self.brief.facts.get(best_id)
        if not outlets or fact is None or best_id in self.told_to(outlets):
            return False
        entities = self.brief.entities
        return not any(e in entities and entities[e].kind in PERSON_KINDS for e in fact.entities)

    def outlet_off_topic(self, q: Question, best_id: str) -> bool:
        """ "What did the Gazette say about the lamp": the question names an outlet as who said it (`asked`) and a
        topic (`topic`) that the fact (`_speaks_of`) never touches: it tells what the outlet reported of something
        else."""
        if not self.asked(q, outlets=True):
            return False
        named, content = self.topic(q)
        return bool(named or content) and not self._speaks_of(best_id, named, content)

    def unknown_outlet(self, q: Question) -> str | None:
        """ "What did the Eastport Times say": the words between "what did" and the asking verb end in a word outlets
        are named with (understander.OUTLET_WORDS: "times", "post") that no name the brief gives takes, after words
        that name a place or anything else ("Eastport"): a paper the articles never cite, which the name inside it
        must not stand for. Those words as typed, or None."""
        w = q.words
        if q.sources or not w or w[0] in QUOTING:
            return None
        for i in range(1, len(w)):
            if w[i] in AUXILIARIES and w[i - 1] in OPENERS:
                j = next((j for j in range(i + 1, min(i + 1 + SPAN, len(w))) if w[j] in ASKING), None)
                span = w[i + 1 : j] if j is not None else []
                head = [t for t in span if t not in NOUN_DETERMINERS]
                if len(head) < OUTLET_NAME_WORDS or head[-1] not in OUTLET_WORDS:
                    return None
                _, taken = self.understander.find_entities(span)
                return None if len(span) - 1 in taken else " ".join(head)
        return None

    def _asked(self, q: Question) -> set[str]:
        w = q.words
        # "Ada Lind quote(s)", "Ada Lind quotes on tolls", "a quote from Ada Lind": the speaker named alone before the
        # noun, or after it and "from" / "by", as after an opening "quote"
        at = next((i for i, t in enumerate(w) if t in QUOTE_NOUNS), None)
        if at is not None and w[at + 1 : at + 2] in (["from"], ["by"]):
            return self._quoted_by_imperative(w[at + 2 :])
        if w and w[0] in QUOTING:
            return self._quoted_by_imperative(w[1:])
        if at is not None and (at + 1 == len(w) or w[at + 1] in TOPIC_MARKERS | ON_MARKERS | OCCASION_MARKERS):
            return self._quoted_by_imperative(w[:at])
        for i in range(1, len(w)):
            if w[i] in AUXILIARIES and w[i - 1] in OPENERS:
                _, inside = self.understander.find_entities(w[i + 1 : i + 1 + SPAN])  # "post" of "The Harbour Post"
                for j in range(i + 1, min(i + 1 + SPAN, len(w))):
                    if w[j] in ASKING and j - i - 1 not in inside:
                        span = w[i + 1 : j]
                        if "by" in span:  # "the op-ed by Lind": the author, not the paper it ran in
                            span = span[len(span) - span[::-1].index("by") :]
                        names, taken = self.understander.find_entities(span)
                        # only a speaker named alone ("what did Ada Lind say"): "a guild agent", "the Eastport
                        # crowd" or "the letter to its staff" name someone else, whom no alias stands for
                        # ("the guild's spokesperson" speaks for the guild: its words are the guild's)
                        rest = [n for n, t in enumerate(span) if t not in NOUN_DETERMINERS and t not in SPOKESPEOPLE]
                        if rest and not set(rest) <= taken:
                            return self._piece_author(span, names, taken)
                        # an outlet "says" what it reports ("what did the Gazette say about the vigil"): its
                        # reporting answers, not only words it is quoted as saying (left out by `asked`)
                        return set(names)
                return set()
        return set()

    def role_asked(self, q: Question) -> tuple[str, str] | None:
        """ "What did the CEO of Lindco say", "what did Lindco's CEO say": the speaker asked by the one-person role
        (LEADER_ROLES) they hold in a party named alone between "what did" and the asking verb, which is no person,
        as (the role, the party's entity id); None when a speaker is named otherwise, or for any other question."""
        w = q.words
        for i in range(1, len(w)):
            if w[i] in AUXILIARIES and w[i - 1] in OPENERS:
                verb = next((j for j in range(i + 1, min(i + 1 + SPAN, len(w))) if w[j] in ASKING), None)
                if verb is None:
                    return None
                span = w[i + 1 : verb]
                names, taken = self.understander.find_entities(span)
                rest = [t for n, t in enumerate(span) if n not in taken and t not in NOUN_DETERMINERS and t != "of"]
                if len(names) != 1 or len(rest) != 1 or rest[0] not in LEADER_ROLES:
                    return None
                return (rest[0], names[0]) if self.brief.entities[names[0]].kind != "person" else None
        return None

    def role_named(self, q: Question, name: str) -> str:
        """The question of `role_asked` with the role and its party replaced by `name` ("what did Ada Lind say")."""
        w = q.words
        aux = next(i for i in range(1, len(w)) if w[i] in AUXILIARIES and w[i - 1] in OPENERS)
        verb = next(j for j in range(aux + 1, len(w)) if w[j] in ASKING)
        return " ".join([*w[: aux + 1], name, *w[verb:]])

    def role_holders(self, role: str, party: str) -> set[str]:
        """The people whose glossary entry's first sentence gives them `role` in `party` by one of its names
        ("Lindco's CEO. …", "Head of the guild."): whom "the CEO of Lindco" names; empty when none is."""
        entity = self.brief.entities[party]
        said = {tuple(words(fold(n))) for n in (entity.name, *entity.aliases)}
        found = set()
        for ent_id, person in self.brief.entities.items():
            if person.kind != "person":
                continue
            first = words(fold(person.description.split(". ", 1)[0]))
            if role in first and any(first[k : k + len(n)] == list(n) for n in said for k in range(len(first))):
                found.add(ent_id)
        return found

    def role_label(self, role: str, party: str) -> str:
        """ "Lindco's CEO": the role as the glossary writes it (else as asked) of the party's name."""
        name = self.brief.entities[party].name
        written = (
            m.group(0)
            for e in self.brief.entities.values()
            if (m := re.search(rf"\b{re.escape(role)}\b", e.description, re.IGNORECASE)) is not None
        )
        return f"{name}{'' if name.endswith('s') else chr(39) + 's'} {next(written, role)}"

    def _piece_author(self, span: list[str], names: list[str], taken: set[int]) -> set[str]:
        """ "what did Lind's Harbour Post op-ed say" (the possessive gone in normalizing: "lind harbour post op ed"):
        the words between "did" and the asking verb are names and then only words for a written piece (PIECES), the
        first name a person's: that person, whose piece it is; empty otherwise ("the guild crowd", "a guild
        agent")."""
        untaken = [t for n, t in enumerate(span) if n not in taken and t not in NOUN_DETERMINERS]
        first = names[0] if names and 0 in taken else None
        if first is None or not untaken or not set(untaken) <= PIECES or span[-1] not in PIECES:
            return set()
        return {first} if self.brief.entities[first].kind == "person" else set()

    def outlet_untold(self, q: Question, fact_id: str, speakers: set[str]) -> str | None:
        """A news outlet the question names as where the words ran ("the Harbour Post op-ed by Lind", "what did Lind
        say in the Harbour Post"), other than who says them, that the fact neither involves, names nor is cited
        from: its name, or None. Words the articles give without saying where they ran are no words in that paper."""
        fact = self.brief.facts.get(fact_id)
        if fact is None:
            return None
        sources = {src.outlet for src in self.brief.fact_sources(fact)}
        statement = fact.statement.lower()
        for e in q.entities:
            entry = self.brief.entities[e]
            if entry.kind != OUTLET_KIND or e in speakers or e in fact.entities or entry.name in sources:
                continue
            if entry.name.lower() not in statement:
                return entry.name
        return None

    def asked_kind(self, q: Question) -> str | None:
        """The noun for a kind of person whose words a quote question asks (SPEAKER_KINDS), right after "quote(s)
        from / by" ("give me a quote from a protester") or between "what did" and the asking verb ("what did an
        employee say"), maybe after "a", "the" … and a name saying whose ("the guild employee"), maybe before a
        name saying where ("an employee in Eastport say"); None otherwise."""
        w = self._unplaced(q.words)
        for i, t in enumerate(w):
            if t in QUOTING and w[i + 1 : i + 2] in (["from"], ["by"]):
                at = i + 2
            elif t in AUXILIARIES and i > 0 and w[i - 1] in OPENERS:
                at = i + 1
            else:
                continue
            at += w[at : at + 1] != [] and w[at] in KIND_OPENINGS
            at = self._past_name(w, at)  # "the guild employee": whose employee, not who
            if w[at : at + 1] == [] or w[at] not in SPEAKER_KINDS:
                continue
            asking = w[at + 1 : at + 2] != [] and (w[at + 1] in ASKING or w[at + 1 : at + 3] in CALLING_OUT)
            if t in QUOTING or (asking and not w[at].endswith("s")):
                return w[at]  # (not "what did the protesters chant": what a crowd did, however the fact tells it)
        return None

    def _past_name(self, tokens: list[str], at: int) -> int:
        """The position after the name starting at `at` (the understander's entities), or `at` when none does."""
        _, taken = self.understander.find_entities(tokens[at : at + NAME_REACH])
        end = 0
        while end in taken:
            end += 1
        return at + end

    def _unplaced(self, tokens: list[str]) -> list[str]:
        """The tokens without a place phrase right before the asking verb ("an employee in Eastport say" -> "an
        employee say"): where the speaker was, not who."""
        for j, t in enumerate(tokens):
            if t not in ASKING or j < 2:
                continue
            for k in range(max(0, j - 1 - NAME_REACH), j - 1):
                if tokens[k] in ("in", "at") and self._past_name(tokens, k + 1) == j:
                    return [*tokens[:k], *tokens[j:]]
        return tokens

    def pick_kind(self, noun: str, ranked: Iterable[Hit], best: Hit) -> Hit | None:
        """For words asked of a kind of person (`asked_kind`): the best-ranked of the closest candidates (the
        decided best first) whose statement, outside speech marks, gives one of that kind within KIND_REACH words before
        a reporting verb ("a guild activist said", "Protester Ada Lind told"), or None: a headline's quoted words
        that no one is said to have said are no protester's, nor is a letter to employees their words. A kind of
        CROWD found nowhere is answered by any of TAKING_PART (an organizer's shout for "what did a marcher shout")."""
        asked = noun.removesuffix("s")
        # one of the kind itself first; only then any who took part with them
        for kinds in ({asked}, TAKING_PART if asked in CROWD else set()):
            forms = {f"{k}{ending}" for k in kinds for ending in ("", "s")}
            for h in [best, *(h for h in list(ranked)[:CANDIDATES] if h.id != best.id)]:
                fact = self.brief.facts.get(h.id)
                if fact is None:
                    continue
                told = _outside_speech(fact.statement)
                before = (told[max(0, j - KIND_REACH) : j] for j, t in enumerate(told) if t in KIND_REPORTING)
                if any(_kind_speaks(words_before, forms) for words_before in before):
                    return h
        return None

    def _told_stems(self, fact_id: str) -> set[str]:
        """The stems a fact states, quotes or is curated with (its keywords)."""
        return set(self.retriever.stated_stems(fact_id)) | self._keyword_stems(fact_id)

    def _heard_stems(self, fact_id: str) -> set[str]:
        """The stems a fact tells of besides what was said: in each sentence of its statement (the brief's own words
        for the claim; a quote runs on in the article's order, where who pressed whom is not told apart), the words
        outside speech marks before its first verb of saying (REPORTING, or CALLING something so) and whom that
        verb addresses (`addressee`: "told the keepers that …"), with its keywords. Whom words were told to is never
        inside them: "Lind argued that guilds facing scrutiny from keepers …" tells nothing said to keepers."""
        fact = self.brief.facts.get(fact_id)
        if fact is None:
            return set()
        out = self._keyword_stems(fact_id)
        for sentence in SENTENCE_END.split(fact.statement):
            told = _outside_speech(sentence)
            verb = next((i for i, t in enumerate(told) if t in REPORTING or t in CALLING), None)
            kept = told if verb is None else told[:verb] + [told[i] for i in addressee(told, verb)]
            out |= set(stems(" ".join(kept)))
        return out

    def _keyword_stems(self, fact_id: str) -> set[str]:
        """The stems of a fact's curated keywords (none for a glossary entry)."""
        fact = self.brief.facts.get(fact_id)
        return set(stems(" ".join(fact.keywords))) if fact is not None else set()

    def _quoted_by_imperative(self, after: list[str]) -> set[str]:
        """The speaker an opening "quote" names, in the words after it up to a topic marker: only a speaker named
        alone ("quote Ada Lind on tolls"), as for "what did X say"; empty otherwise ("quote the leaflet")."""
        end = next((i for i, t in enumerate(after) if t in TOPIC_MARKERS | ON_MARKERS | OCCASION_MARKERS), len(after))
        span = after[:end]
        names, taken = self.understander.find_entities(span)
        rest = [n for n, t in enumerate(span) if t not in NOUN_DETERMINERS and t not in SPOKESPEOPLE]
        if not rest or not set(rest) <= taken:
            return set()
        return set(names)

    def unsaid(self, phrases: tuple[str, ...], fact_id: str) -> bool:
        """For "who said <words>" (`phrases`: clauses.spoken_phrases), no text of the fact (statement, a quote, or
        a glossary entry's description) holds SAID_SHARE of the words' stems beyond STOPWORDS: it does not tell who
        said them, and naming whoever it quotes would put words in their mouth."""
        share = self._said_share(phrases, fact_id)
        return share is not None and share < SAID_SHARE

    def closer_saying(self, phrases: tuple[str, ...], ranked: Iterable[Hit], best: Hit) -> Hit | None:
        """For "who said <words>" (`phrases`) given in other words than any fact prints ("who said the guild
        should have said no to the admiralty"): of the closest candidates (CANDIDATES) scored within SAYING_NEAR of
        the best, the first whose one text holds SAID_SHARE or more of the words' stems and a larger share than any
        text of the best, or as large a share and a larger one inside speech marks: the one giving the words as
        someone's, not a report naming what they name (protesters likening X to the guild's work for the
        admiralty); None when the best holds as many, or no candidate does."""
        own = (self._said_share(phrases, best.id) or 0.0, self._said_share(phrases, best.id, spoken=True) or 0.0)
        for h in list(ranked)[:CANDIDATES]:
            if h.id == best.id or h.score < SAYING_NEAR * best.score:
                continue
            share = self._said_share(phrases, h.id) or 0.0
            spoken = self._said_share(phrases, h.id, spoken=True) or 0.0
            if share >= SAID_SHARE and (share, spoken) > own:
                return h
        return None

    def _said_share(self, phrases: tuple[str, ...], fact_id: str, *, spoken: bool = False) -> float | None:
        """The largest share of the stems of `phrases`' words beyond STOPWORDS that one text of the fact (statement,
        a quote, or a glossary entry's description) holds, or with `spoken` one run of words in speech marks in
        them (a text giving the words as said, not a report naming what they name); None when the words are all
        stop words."""
        # chat's shorthand read as the words it stands for, on both sides ("gonna see if" is the article's
        # "going to see if"; blind set CA)
        asked = {stem(w) for phrase in phrases for w in _spelled_out(phrase.split()) if w not in STOPWORDS}
        if not asked:
            return None
        fact = self.brief.facts.get(fact_id)
        if fact is None:
            texts = [self.brief.entities[fact_id].description]
        else:
            texts = [fact.statement, *(c.quote for c in fact.citations)]
        if spoken:
            texts = [m for t in texts for m in SPOKEN().findall(t)]
        return max(
            (len(asked & {stem(w) for w in _spelled_out(words(fold(t)))}) / len(asked) for t in texts), default=0.0
        )

    def said_by(self, fact_id: str, speakers: set[str]) -> bool:
        """The fact reports words, and one of `speakers` is named within WINDOW words before a reporting verb
        ("In a Harbour Post op-ed, Ada Lind argued …" is Lind's; "Ben Ashby told the Herald … the
        guild" is not the guild's). The words a fact reports from an unnamed teller are those of whoever its source
        quotes as saying them ("according to a source, Lind wanted …" of "a source said Lind said she wanted …")."""
        tellers = self.of(fact_id)
        if not speakers.isdisjoint(tellers):
            return True
        fact = self.brief.facts.get(fact_id)
        if fact is None or tellers:
            return False  # (a teller the statement names is who speaks: "Lind, of the guild, told …" is not the guild)
        told = _outside_speech(fact.statement)
        reported = any(t in REPORTING or (t == "according" and n == "to") for t, n in itertools.pairwise(told))
        return reported and any(
            not speakers.isdisjoint(reported_speakers(_outside_speech(c.quote), self.names)) for c in fact.citations
        )

    def kind_of(self, fact_id: str) -> str:
        """Who, unnamed, the fact gives as speaking, by kind, with its opening word: "an organizer" of "an organizer
        shouted …" or "one organizer" of "“…” one organizer shouted" (a SPEAKER_KINDS noun within KIND_REACH words
        before a reporting verb, as `pick_kind` finds it), from its statement, else its quotes; "" when none."""
        fact = self.brief.facts.get(fact_id)
        if fact is None:
            return ""
        for text in (fact.statement, *(c.quote for c in fact.citations)):
            told = _outside_speech(text)
            for j, t in enumerate(told):
                if t not in KIND_REPORTING:
                    continue
                before = told[max(0, j - KIND_REACH) : j]
                for k, noun in enumerate(before):
                    if noun in SPEAKER_KINDS and _kind_speaks(before[k:], {noun}):
                        opening = before[k - 1] if k > 0 and before[k - 1] in KIND_OPENINGS else ""
                        return f"{opening} {noun}".strip()
        return ""

    def of(self, fact_id: str) -> list[str]:
        """Who the fact gives as speaking (reported_speakers), or [] for a glossary entry."""
        fact = self.brief.facts.get(fact_id)
        return reported_speakers(_outside_speech(fact.statement), self.names) if fact is not None else []

    def pick(self, speakers: set[str], ranked: Iterable[Hit], best: Hit, q: Question) -> Hit | None:
        """For "what did X say", with `speakers` = asked(q): the best-ranked candidate holding X's own words (the
        decided best first) on what the question asks them about, or None when none of the closest does. Asked
        about nothing in particular, of a person's words scored within FIRST_SAID_NEAR of the best of them the ones
        their article gives first (briefs list an article's facts in its order): a reporter leads with the quote
        that says why the speaker is there ("told the Courier …"), and a close score says nothing either way. (Not
        for an organization, whose statements and reports an article gives in no such order.)"""
        if self._untold_occasion(q):
            return None  # "what did X say on the guild's latest earnings call": no article tells of such a call
        ranked = list(ranked)
        candidates = [best, *(h for h in ranked[:CANDIDATES] if h.id != best.id)]
        named, content = self.topic(q)
        # the outlet the words were told to or ran in is part of what they are asked to be, wherever the question
        # puts it: "what did X say on the Harbour about tolls" asks what "… about tolls on the Harbour" asks (an
        # outlet none of X's close words involve narrows nothing: `outlet_untold` then says no article places them)
        placed = {
            o
            for o in self._outlets_placed(q) - speakers
            if any(self.said_by(h.id, speakers) and o in self._entities_of(h.id) for h in candidates)
        }
        topic = (named | placed, content)
        if addressed := self._told_to(q) - speakers:  # "what did Lind tell the Harbour": words told to them only
            close = candidates
            candidates = [h for h in candidates if not addressed.isdisjoint(self._entities_of(h.id))]
            if not any(self.on(h.id, topic) for h in candidates):
                # "what did Lind tell the Harbour about the guild": words told to them that the brief curates as
                # related to her words on the guild (the article tells them together), as "… on the Harbour" has
                on = [
                    h.id
                    for h in close
                    if self.on(h.id, topic) and (self.said_by(h.id, speakers) or self._quote_of(h.id, speakers))
                ]
                candidates = [h for h in candidates if any(self._related(h.id, other) for other in on)]
                return next((h for h in candidates if self.said_by(h.id, speakers)), None)
        elif (audience := self._audience(q)) and self._people(speakers):
            # "what did Lind tell the keepers": only words a fact tells of them (not her words told to the Gazette)
            heard = [h for h in candidates if not audience.isdisjoint(self._heard_stems(h.id))]
            if not any(self.said_by(h.id, speakers) for h in heard):
                # words told to some hearers are few among a speaker's words, and a question naming the hearers
                # ranks every fact naming them (their own acts) above those: looked for further down
                wider = (h for h in ranked[CANDIDATES:HEARD_CANDIDATES] if self.said_by(h.id, speakers))
                heard += [h for h in wider if not audience.isdisjoint(self._heard_stems(h.id))]
            if act := self._audience_act(q):
                # "what did Lind say to the keepers who confronted her": her words the brief curates as related to
                # the fact telling that act of theirs (a reply to them), before her words elsewhere that only name
                # keepers (an essay on the scrutiny of keepers)
                acts = [h.id for h in candidates if audience | act <= self._told_stems(h.id)]
                replies = [h for h in heard if any(self._related(h.id, a) for a in acts)]
                heard = replies if any(self.said_by(h.id, speakers) for h in replies) else heard
            candidates = heard
        on_topic = [h for h in candidates if self.on(h.id, topic)]
        if naming := [h for h in candidates if self._names_occasion(h.id, self._occasion(q))]:
            # "what did X say at the all hands": a fact naming that occasion (a curated keyword may), never X's
            # words on the hands of companies, which share one of its words only
            on_topic = naming
        if not any(topic) and self._people(speakers):  # no topic asked: of close ones, the article's first
            said = [h for h in on_topic if self.said_by(h.id, speakers)]
            close = [h for h in said if h.coverage >= said[0].coverage and h.score >= FIRST_SAID_NEAR * said[0].score]
            if close:
                return min(close, key=lambda h: _order(self.brief.position(h.id)))
        said_on = [h for h in on_topic if self.said_by(h.id, speakers)]
        # of X's close statements on the topic, one whose own words (in speech marks) speak of it before one that
        # only reports what X found or counted ("X's report found 90 tolls" vs "“every toll is theft,” X said")
        close_said = [h for h in said_on if h.score >= FIRST_SAID_NEAR * said_on[0].score] if topic[1] else []
        found = next((h for h in close_said if self._words_on(h.id, topic[1])), None)
        found = (
            found or next(iter(said_on), None) or next((h for h in on_topic if self._quote_of(h.id, speakers)), None)
        )
        if found is None and not q.leftover and not q.on_date and not self._people(speakers):
            found = self._own_statement(speakers, q)
        if found is not None or not topic[1]:
            return found
        # none states the topic's words: X's words the brief curates as on that topic (a keyword), when they are in
        # other words ("what did X say about democracy": "the democratic principles …")
        # (its keywords, not the index's words for it: those spell out the names it involves, and an agency named
        # for what it polices is no topic of every word of its subject's)
        tagged = [h for h in candidates if not topic[1].isdisjoint(self._keyword_stems(h.id))]
        return next((h for h in tagged if self.said_by(h.id, speakers) or self._quote_of(h.id, speakers)), None)

    def _outlets_placed(self, q: Question) -> set[str]:
        """The news outlets the question names right after "on", "in" or "to" past its asking verb, or as whom it is
        told (`_addressee_at`: "tell the Harbour about …", "say on the Harbour", "say in the Gazette about …"):
        where the words ran or whom they were told to; empty when it names none so."""
        w = q.words
        asking = next((i for i, t in enumerate(w) if t in ASKING), None)
        if asking is None:
            return set()
        starts = [i + 1 for i in range(asking + 1, len(w)) if w[i] in PLACING]
        if (told := self._addressee_at(q)) is not None:
            starts.append(told)
        out: set[str] = set()
        for start in starts:
            start += w[start : start + 1] == ["the"]
            named, taken = self.understander.find_entities(w[start : start + NAME_REACH])
            if 0 in taken:
                out |= {e for e in named if self.brief.entities[e].kind == OUTLET_KIND}
        return out

    def unquoted(self, q: Question, fact_id: str) -> bool:
        """A question asking for someone's quote by the noun ("Ada Lind quote", "a quote from Ada Lind": QUOTE_NOUNS)
        against a fact giving no words of anyone's in speech marks, nor of the kind quote (whose citation is the words
        themselves): it reports what they said or did ("Lind wrote an essay attacking the guild"), which quotes
        nothing of theirs."""
        fact = self.brief.facts.get(fact_id)
        if QUOTE_NOUNS.isdisjoint(q.words) or fact is None:
            return False
        if fact.kind == "quote":
            return False  # a fact of the kind quote cites the speaker's own words, marks or none round them
        return not any(SPOKEN().findall(text) for text in [fact.statement, *(c.quote for c in fact.citations)])

    def _words_on(self, fact_id: str, content: set[str]) -> bool:
        """The words the fact or one of its quotes gives in speech marks state one of the topic's `content` stems."""
        fact = self.brief.facts.get(fact_id)
        if fact is None:
            return False
        spoken = (m for text in [fact.statement, *(c.quote for c in fact.citations)] for m in SPOKEN().findall(text))
        return any(not content.isdisjoint(stem(w) for w in words(fold(m))) for m in spoken)

    @staticmethod
    def _addressee_at(q: Question) -> int | None:
        """Where the question names whom it asks the words to be told to: right after its asking verb "tell" ("what
        did Lind tell the Harbour") or after "say / write … to" ("say to the Harbour"); None when it does not."""
        w = q.words
        asking = next((i for i, t in enumerate(w) if t in ASKING), None)
        if asking is None:
            return None
        if stem(w[asking]) in ADDRESSING:
            return asking + 1
        return asking + 2 if w[asking + 1 : asking + 2] == ["to"] else None

    def _told_to(self, q: Question) -> set[str]:
        """The entities the question names as whom it asks the words to be told to (`_addressee_at`), or none: the
        names in a row from there, maybe joined ("tell the Harbour and the Gazette"), never a name past another
        word ("tell the Gazette about the guild": the guild is what the words are on, not who heard them)."""
        w = q.words
        if (start := self._addressee_at(q)) is None:
            return set()
        start += w[start : start + 1] == ["the"]
        span = w[start : start + NAME_REACH]
        names, taken = self.understander.find_entities(span)
        if 0 not in taken:
            return set()
        heard: set[str] = set()
        reached = 0
        for begin, end, ent_id in sorted(self.understander.name_spans(span)):
            if any(t not in NAME_JOINS for t in span[reached:begin]):
                break
            heard.add(ent_id)
            reached = end
        return heard or set(names)

    def hearer_outlets(self, q: Question) -> set[str]:
        """The news outlets the brief names that the question asks the words to be told to (`_told_to`): "what did
        Lind tell the Gazette" -> {the Gazette's entity}; empty when it names none so."""
        return {e for e in self._told_to(q) if self.brief.entities[e].kind == OUTLET_KIND}

    def unknown_hearer(self, q: Question) -> str | None:
        """ "What did Lind tell the Eastport Times": the words naming whom the words are asked told to
        (`_addressee_at`), past a first "the" and up to a stop word, are two or more (OUTLET_NAME_WORDS) ending in a
        word outlets are named with (OUTLET_WORDS, as `unknown_outlet` reads a paper asked as the speaker) that no name
        the brief gives takes: an outlet no article tells anyone told anything (fresh tester 79). Those words as typed,
        or None ("tell the Gazette", "tell the keepers")."""
        w = q.words
        if (start := self._addressee_at(q)) is None:
            return None
        start += w[start : start + 1] == ["the"]
        end = next((i for i in range(start, len(w)) if w[i] in STOPWORDS or w[i] in q.date_words), len(w))
        head = w[start:end]
        if len(head) < OUTLET_NAME_WORDS or head[-1] not in OUTLET_WORDS or head[-1] == "the":
            return None
        # a place's name inside it is no outlet the brief gives ("the New York Times"): only one its last word is of
        return None if len(head) - 1 in self.understander.find_entities(head)[1] else " ".join(head)

    def told_an_outlet(self, speakers: set[str], ranked: Iterable[Hit]) -> Hit | None:
        """The best-ranked of `ranked` giving the `speakers`' words as told to a news outlet the brief names
        (`told_outlets_by`), or None: what the articles do tell them told the press, asked of another outlet."""
        told = self.told_outlets_by(speakers)
        return next((h for h in ranked if h.id in told), None)

    def _audience(self, q: Question) -> set[str]:
        """The stems of the words naming whom the question asks the words to be told to (`_addressee_at`) when they
        name no entity (`_told_to`): up to the first stop word, past a first "the" ("tell the striking keepers
        about …": {"strike", "keeper"}); empty when there are none ("tell them")."""
        w = q.words
        if (start := self._addressee_at(q)) is None:
            return set()
        if 0 in self.understander.find_entities(w[start : start + NAME_REACH])[1]:
            return set()  # "say to the Gazette" names an entity, which `_told_to` asks of
        start += w[start : start + 1] == ["the"]
        out: set[str] = set()
        for t in w[start:]:
            if t in STOPWORDS or t in q.date_words:
                break
            out.add(stem(t))
        # "what did Lind tell reporters": words an article quotes were told to the press, whichever outlet it was
        # ("told the Gazette"): no audience that narrows them
        return set() if out <= PRESS_STEMS else out

    def _audience_act(self, q: Question) -> set[str]:
        """The stems of the content words of a clause describing the hearers by what they did, right after the words
        naming them (`_audience`): "say to the keepers who confronted her" -> {"confront"}; empty when there is none
        ("say to the keepers", "say to the keepers about the lease")."""
        w = q.words
        if (start := self._addressee_at(q)) is None or not self._audience(q):
            return set()
        start += w[start : start + 1] == ["the"]
        end = next((i for i in range(start, len(w)) if w[i] in STOPWORDS or w[i] in q.date_words), len(w))
        if w[end : end + 1] == [] or w[end] not in RELATIVES:
            return set()
        return {stem(t) for t in w[end + 1 :] if t not in STOPWORDS and t not in CLAUSE_SUBJECTS}

    def unaddressed(self, q: Question, fact_id: str) -> str:
        """For words asked as told to one kind of hearer (HEARERS: "what did the agent say to his boss"), the words
        naming that hearer as typed ("his boss") when the fact gives its words as told to another kind ("an agent
        told colleagues, …"): words told to colleagues are no words told to a boss. "" when the question names no
        such hearer, or the fact names none (`_hearer`), or the same kind ("coworkers" for "colleagues")."""
        start = self._addressee_at(q)
        if start is None:
            return ""
        w = q.words
        end = next((i for i in range(start, len(w)) if w[i] in PHRASE_BREAKS), len(w))
        asked = next((kind for t in w[start:end] if (kind := hearer_kind(t)) is not None), None)
        fact = self.brief.facts.get(fact_id)
        if asked is None or fact is None:
            return ""
        told = {kind for text in [fact.statement, *(c.quote for c in fact.citations)] for kind in _hearers(text)}
        return " ".join(w[start:end]) if told and asked not in told else ""

    def unvoiced(self, q: Question, fact_id: str) -> bool:
        """A question asking what was chanted or shouted (VOICING_ASKED) against a fact whose statement and quotes
        tell no voicing (VOICING_TOLD): "said a Harbour Watch activist" is a remark, not the chant asked."""
        fact = self.brief.facts.get(fact_id)
        if fact is None or VOICING_ASKED.isdisjoint(stem(t) for t in q.words):
            return False
        told = [words(fold(text)) for text in [fact.statement, *(c.quote for c in fact.citations)]]
        if any(w[i : i + 2] in CALLING_OUT for w in told for i in range(len(w))):
            return False  # "one protester called out to a crowd": words shouted
        return VOICING_TOLD.isdisjoint(stem(t) for w in told for t in w)

    def _related(self, one: str, other: str) -> bool:
        """The brief curates either fact as related to the other (`related:`)."""
        a, b = self.brief.facts.get(one), self.brief.facts.get(other)
        return (a is not None and other in a.related) or (b is not None and one in b.related)

    def _entities_of(self, fact_id: str) -> set[str]:
        fact = self.brief.facts.get(fact_id)
        return set(fact.entities) if fact is not None else set()

    def echo(self, q: Question, fact_id: str) -> int:
        """The most of the question's words in a row that one of the fact's quotes prints in that order, at least
        ECHO_RUN and one of them no stop word; 0 when none are (or for a glossary entry)."""
        fact = self.brief.facts.get(fact_id)
        asked = q.words
        if fact is None or len(asked) < ECHO_RUN:
            return 0
        printed = [f" {' '.join(words(fold(c.quote)))} " for c in fact.citations]
        breaks = self._echo_breaks(q)
        longest = 0
        for i in range(len(asked) - ECHO_RUN + 1):
            n = max(ECHO_RUN, longest + 1)  # only a run longer than the longest found counts
            # a run the quotes print may grow into a longer one; one they do not print cannot
            while (
                i + n <= len(asked)
                and not breaks.intersection(range(i, i + n))
                and any(f" {' '.join(asked[i : i + n])} " in t for t in printed)
            ):
                if any(w not in STOPWORDS for w in asked[i : i + n]):
                    longest = n
                n += 1
        return longest

    def _echo_breaks(self, q: Question) -> frozenset[int]:
        """The positions of the question's names and date words, which no echoed run may hold: a name or a date
        says whom or when the words are of, not which words ("what charges did the agency say came out of the 2017
        program" echoes no quote printing "the 2017 program"). Worked out once per question."""
        key = tuple(q.words)
        if self._breaks_kept is None or self._breaks_kept[0] != key:
            _, naming = self.understander.find_entities(q.words)
            self._breaks_kept = (key, frozenset(naming | {k for k, t in enumerate(q.words) if t in q.date_words}))
        return self._breaks_kept[1]

    def completes(self, q: Question) -> bool:
        """The question gives someone's words and asks for the rest of them in place, its question word last:
        "the keeper said they refuse to be like who", "Ada Lind said the lamp is being used to do what"."""
        w = q.words
        return len(w) > 1 and w[-1] in WH_WORDS and any(t in ASKING for t in w[:-1])

    def echoed(
        self, q: Question, ranked: Iterable[Hit], best: Hit, speakers: set[str], nouns: frozenset[str]
    ) -> Hit | None:
        """For a quote question: the candidate scored within ECHO_NEAR of the best whose quotes the question echoes
        longest (`echo`), when that is longer than the best's echo; of `speakers`' own words when the question
        names whose words it asks, of the document `nouns` stand for when its words were chosen (`pick_written`),
        and always of one naming every entity of the question's that the best names (the same speaker's other
        quote, not another's echoing the same everyday words); None otherwise."""
        top = self.brief.facts.get(best.id)
        if top is None:
            return None
        named = set(q.entities) & set(top.entities)
        own = self.echo(q, best.id)
        found: Hit | None = None
        for h in list(ranked)[:CANDIDATES]:
            fact = self.brief.facts.get(h.id)
            if h.id == best.id or fact is None or h.score < ECHO_NEAR * best.score:
                continue
            if speakers and not (self.said_by(h.id, speakers) or self._quote_of(h.id, speakers)):
                continue
            if nouns and not self.written(h.id, nouns):
                continue
            if not named <= set(fact.entities):
                continue
            if (n := self.echo(q, h.id)) > own:
                found, own = h, n
        return found

    def _own_statement(self, speakers: set[str], q: Question) -> Hit | None:
        """ "What did the guild say", asked of nothing but its saying (no word left over, no date), when none of the
        closest candidates holds its words: an organization the articles name everywhere ranks its few statements
        below the facts about it, so the first fact of the brief (in its articles' order) giving only the speakers
        as telling (`of`, by an active reporting verb), not after a negation (UNSAID: "did not respond when asked
        to comment" tells no words), and that `q.among` allows. None when no fact does."""
        for fact in self.brief.facts_naming(sorted(speakers)):
            tokens = _outside_speech(fact.statement)
            # (a passive reporting verb tells what others say of them: "the guild is described as …")
            active = ["" if t in REPORTING and i and tokens[i - 1] in BEING else t for i, t in enumerate(tokens)]
            tellers = reported_speakers(active, self.names)
            telling = next((i for i, t in enumerate(active) if t in REPORTING), len(active))
            if (
                tellers
                and set(tellers) <= speakers
                and (q.among is None or fact.id in q.among)
                and UNSAID.isdisjoint(active[:telling])
                and self.said_by(fact.id, speakers)
            ):
                return Hit(fact.id, 0.0, 0.0)
        return None

    def _people(self, speakers: set[str]) -> bool:
        """Every one of the speakers is a person in the glossary."""
        kinds = [self.retriever.entity_kind(s) for s in speakers]
        return bool(kinds) and all(k == "person" for k in kinds)

    def on_topic(self, ranked: Iterable[Hit], best: Hit, q: Question) -> Hit | None:
        """For a quote question naming no speaker, with a topic (`topic`): the best-ranked candidate within TOPIC_NEAR
        of the best whose statement or quotes state the topic, when the best's do not; None otherwise (the best is
        on the topic, or no close candidate is)."""
        named, content = self.topic(q)
        if not named and not content:
            return None
        if self._speaks_of(best.id, named, content):
            return None
        return next(
            (
                h
                for h in list(ranked)[:CANDIDATES]
                if h.score >= TOPIC_NEAR * best.score and self._speaks_of(h.id, named, content)
            ),
            None,
        )

    def _speaks_of(self, fact_id: str, named: set[str], content: set[str]) -> bool:
        """The fact involves one of the entities or states one of the content stems in its statement (`on`) or
        quotes."""
        fact = self.brief.facts.get(fact_id)
        if fact is None:
            return False
        if self.on(fact_id, (named, content)):  # its entities or statement
            return True
        quoted = {stem(w) for c in fact.citations for w in words(fold(c.quote))}
        if not content.isdisjoint(quoted):
            return True
        # "what did the clerk say about the raid": a fact of an event the brief also names as a kind of thing ("the
        # Tidewater raid": its last word) is about that thing, in words its statement need not repeat
        heads = {
            stem(words(name)[-1])
            for e in fact.entities
            if e in self.brief.entities and self.brief.entities[e].kind == "event"
            for name in [self.brief.entities[e].name, *self.brief.entities[e].aliases]
            if len(words(name)) > 1
        }
        return not content.isdisjoint(heads)

    def _quote_of(self, fact_id: str, speakers: set[str]) -> bool:
        """A fact curated as a quote that opens with one of `speakers` as its subject and gives no one else as
        speaking ("X had attacked the council, calling it “reckless”": no reporting verb, but X's words)."""
        fact = self.brief.facts.get(fact_id)
        if fact is None or fact.kind != "quote" or self.of(fact_id):
            return False
        opening = frozenset(self.retriever.features(fact_id).opening)
        return any(
            e in self.brief.entities and not opening.isdisjoint(stem(w) for w in words(name) if w not in STOPWORDS)
            for e in speakers
            for name in [self.brief.entities[e].name, *self.brief.entities[e].aliases]
        )

    def authors(self, q: Question, asked: WrittenAsk) -> frozenset[str]:
        """The kinds of people (SPEAKER_KINDS, singular) the question gives as the asked document's writers or
        signers: after its noun and "from" / "by" ("the letter from 200 employees", "signed by keepers"), or right
        before it ("the keepers' letter"); empty when it gives none so (a name there is `_addressed`'s)."""
        w = q.words
        out: set[str] = set()
        for i, token in enumerate(w):
            if document_noun(token) not in asked.nouns:
                continue
            if i > 0 and w[i - 1] in SPEAKER_KINDS and i - 1 not in q.named_at:
                out.add(w[i - 1].removesuffix("s"))
            if w[i + 1 : i + 2] in (["from"], ["by"]) or w[i + 1 : i + 3] in (["signed", "by"], ["written", "by"]):
                k = i + 2
                while k < len(w) and (w[k] in AUTHOR_FILLERS or w[k] == "by" or w[k].isdigit() or k in q.named_at):
                    k += 1
                if k < len(w) and w[k] in SPEAKER_KINDS:
                    out.add(w[k].removesuffix("s"))
        return frozenset(out)

    @staticmethod
    def asked_plural(q: Question, asked: WrittenAsk) -> bool:
        """The question asks of the document in the plural ("the leaflets from the keepers")."""
        return any(t not in DOCUMENTS and document_noun(t) in asked.nouns for t in q.words)

    def by_authors(self, fact_id: str, nouns: frozenset[str], authors: frozenset[str], *, plural: bool = False) -> bool:
        """The fact's statement gives the document (`nouns`) as of people of one of the `authors`' kinds (as the
        part they play: PERSON_ROLES, so "protesters" for "activists"): such a noun within AUTHOR_REACH words before
        the document with no "to" between ("the activists' July 2018 letter", "200 keepers reportedly signed a
        letter"), or after it and "from" / "by" / "signed by" ("a petition signed by 60 keepers"); in the number
        asked (`plural`: "the petition" is one, not "petitions" listed among what keepers elsewhere did). Never as
        whom it went to ("a letter to the keepers")."""
        fact = self.brief.facts.get(fact_id)
        if fact is None:
            return False
        kinds = {k for a in authors for k in (role_of(a) or {a, f"{a}s"})}
        tokens = words(fold(fact.statement))
        for i, token in enumerate(tokens):
            if document_noun(token) not in nouns or (token not in DOCUMENTS) != plural:
                continue
            before = tokens[max(0, i - AUTHOR_REACH) : i]
            cut = max((k + 1 for k, t in enumerate(before) if t == "to"), default=0)
            if not kinds.isdisjoint(before[cut:]):
                return True
            after = tokens[i + 1 : i + 1 + AUTHOR_AFTER]
            after = after[1:] if after[:1] in (["signed"], ["written"], ["sent"]) else after
            if after[:1] in (["from"], ["by"]) and not kinds.isdisjoint(after[1:]):
                return True
        return False

    def of_authors(self, q: Question, asked: WrittenAsk, ranked: list[Hit], best: Hit) -> Hit | None:
        """For a question giving the asked document's writers (`authors`): the best when it gives the document as
        theirs (`by_authors`), else the first of the CANDIDATES best ranked within TOPIC_NEAR of it that does, else
        None."""
        authors, plural = self.authors(q, asked), self.asked_plural(q, asked)
        return next(
            (
                h
                for h in [best, *ranked[:CANDIDATES]]
                if (h is best or h.score >= TOPIC_NEAR * best.score)
                and self.by_authors(h.id, asked.nouns, authors, plural=plural)
            ),
            None,
        )

    def _addressed(self, q: Question, asked: WrittenAsk) -> set[str]:
        """The people and groups named right after the asked document's noun and "to" / "from" / "by" ("the letter
        to Ada Lind", "the notice from the guild"): whose document it is."""
        w = q.words
        out: set[str] = set()
        for i in range(len(w) - 2):
            if document_noun(w[i]) in asked.nouns and w[i + 1] in WHOSE_DOCUMENT:
                named, at = self.understander.find_entities(w[i + 2 : i + 2 + NAME_REACH])
                if 0 in at:
                    out |= {e for e in named if self.brief.entities[e].kind in ACTOR_KINDS}
        return out

    @staticmethod
    def _occasion(q: Question) -> list[str]:
        """The words naming the occasion the question asks words said on: after "at" / "during" right after the
        asking verb, past an opening determiner, up to a topic marker ("say at the all hands meeting about …" ->
        ["all", "hands", "meeting"]); [] when it names none."""
        w = q.words
        asking = next((i for i, t in enumerate(w) if t in ASKING), None)
        if asking is None or w[asking + 1 : asking + 2] not in (["at"], ["during"]):
            return []
        start = asking + 2 + (w[asking + 2 : asking + 3] != [] and w[asking + 2] in OPENINGS)
        end = next((i for i in range(start, len(w)) if w[i] in TOPIC_MARKERS), len(w))
        return w[start:end]

    def _names_occasion(self, fact_id: str, occasion: list[str]) -> bool:
        """The fact prints (in its statement, quotes or curated keywords) at least OCCASION_RUN words of the
        occasion's name in a row, one of them no stop word: "a company town hall meeting" names "the town hall",
        a keyword "all-hands" names "the all hands meeting"; a fact sharing one of its words does not ("in the
        hands of companies"). A one-word occasion ("at the protest") is named by any fact stating it (`on`)."""
        fact = self.brief.facts.get(fact_id)
        if fact is None or len(occasion) < OCCASION_RUN:
            return False
        texts = [fact.statement, *(c.quote for c in fact.citations), *fact.keywords]
        printed = [f" {' '.join(words(fold(t)))} " for t in texts]
        for n in range(len(occasion), OCCASION_RUN - 1, -1):
            for i in range(len(occasion) - n + 1):
                run = occasion[i : i + n]
                if any(t not in STOPWORDS for t in run) and any(f" {' '.join(run)} " in t for t in printed):
                    return True
        return False

    def _untold_occasion(self, q: Question) -> bool:
        """The question asks for words said on an occasion ("say at / during / on the …" after the asking verb, up
        to what they are about) that it names with a word the brief never uses: no fact gives words said there."""
        w = q.words
        asking = next((i for i, t in enumerate(w) if t in ASKING), None)
        if asking is None or w[asking + 1 : asking + 2] not in (["at"], ["during"], ["on"]):
            return False
        end = next((i for i in range(asking + 2, len(w)) if w[i] in TOPIC_MARKERS), len(w))
        said = [t for t in w[asking + 2 : end] if t not in STOPWORDS and not t.isdigit()]
        return any(not self.retriever.index.idf_known(stem(t)) for t in said)

    def topic(self, q: Question) -> tuple[set[str], set[str]]:
        """What "what did X say about …" asks X's words to be about: the entities and the stems of the other content
        words after "about" / "regarding", or after "at" / "during" / "on" following the asking verb or "quote" ("say
        at the town hall", "quote Lind on tolls"; not dates: "the september 13 protests" is about protests); empty
        sets when it names no topic."""
        w = q.words
        at = next((i for i, t in enumerate(w) if t in TOPIC_MARKERS), None)
        if at is None:  # "what did X say at the town hall": where, after the asking verb, as what about
            asking = next((i for i, t in enumerate(w) if t in ASKING or t in QUOTING), None)
            markers = OCCASION_MARKERS | ON_MARKERS
            at = next((i for i, t in enumerate(w) if t in markers and asking is not None and i > asking), None)
        if at is None:
            # "how did X describe the guild": a name a verb of describing or calling takes is what the words are
            # about, as after "say about" (fresh tester 86 c20: X's words on something else led); its other words
            # ("describe the whole effort") are the asker's, which X's words need not repeat; the object ends at a
            # preposition ("describe the program in its statement to the Hill": the Hill is whom it was told)
            describing = next((i for i, t in enumerate(w) if t in DESCRIBING_VERBS), len(w))
            obj = list(itertools.takewhile(lambda t: t not in OBJECT_PREPOSITIONS, w[describing + 1 :]))
            return set(self.understander.find_entities(obj)[0]) if obj else set(), set()
        if at is None:
            return set(), set()
        tail = w[at + 1 :]
        named, taken = self.understander.find_entities(tail)
        content = {
            stem(t) for n, t in enumerate(tail) if n not in taken and t not in STOPWORDS and t not in q.date_words
        }
        return set(named), {c for c in content if not c.isdigit()}

    def on(self, fact_id: str, topic: tuple[set[str], set[str]]) -> bool:
        """The fact involves one of the topic's entities or states one of its words."""
        named, content = topic
        if not named and not content:
            return True
        fact = self.brief.facts.get(fact_id)
        if fact is None:
            return True
        return not named.isdisjoint(fact.entities) or not content.isdisjoint(self.retriever.stated_stems(fact_id))

    def document(self, q: Question) -> WrittenAsk | None:
        """What a question asks of a document's words: a document noun (DOCUMENTS) followed within DOCUMENT_SPAN
        words by a verb giving or asking words ("what did the leaflets handed out at the quay say", "the notice told
        keepers to …"), or after "in" / "per" ("in the 1921 notice, what were keepers asked to do"); None when the
        question names no document so ("who handed out the leaflets", "what did they do with the letter")."""
        w = q.words
        for i, token in enumerate(w):
            noun = document_noun(token)
            if noun is None:
                continue
            verb = next((j for j in self._within_span(q, i) if stem(w[j]) in WRITING), None)
            marked = any(w[k] in DOCUMENT_MARKERS for k in range(max(0, i - 1 - DOCUMENT_MODIFIERS), i))
            if verb is None and not marked:
                continue
            skipped = {i}
            opening = next((k for k in range(i - 1, max(-1, i - 2 - DOCUMENT_MODIFIERS), -1) if w[k] in OPENINGS), i)
            skipped.update(range(opening, i))  # "the monday leaflets": which leaflets, not what they said
            if verb is None and w[i + 1 : i + 2] and w[i + 1] in WHOSE_DOCUMENT:
                # "the ask in the letter to the guild staff": to whom the letter went, up to a word of another
                # phrase, says which letter, not what it said
                end = next((k for k in range(i + 2, len(w)) if w[k] in PHRASE_BREAKS), len(w))
                skipped.update(range(i + 1, min(end, i + 2 + NAME_REACH)))
            if verb is not None:  # and the words between, which say which document ("handed out at the quay")
                skipped.update(range(i, verb + 1))
                skipped.update(addressee(w, verb))  # "told the keepers to ask …": to whom, not what
                skipped.update(self._place_after(w, verb))  # "what did the leaflet say at the quay": which one
            _, naming_source = self.understander.find_sources(w)  # "(the Gazette one)": whose report, not its words
            skipped |= naming_source | {k + 1 for k in naming_source if w[k + 1 : k + 2] == ["one"]}
            skipped |= to_the_letter(w)  # "…, exact words if you have them": how the words be given, not which
            content = frozenset(
                stem(t)
                for k, t in enumerate(w)
                if k not in skipped
                and t not in STOPWORDS
                and t not in PRONOUNS
                and t not in q.date_words
                and not t.isdigit()
            )
            nouns = frozenset({noun, *self._synonyms.get(noun, ())})
            return WrittenAsk(
                nouns,
                stem(w[verb]) if verb is not None else "",
                content - {stem(n) for n in nouns},
                request=verb is not None and requesting(w, verb),
            )
        return None

    @staticmethod
    def _within_span(q: Question, at: int) -> list[int]:
        """The positions after `at` up to DOCUMENT_SPAN words on, a name counting as one word however many its
        words are as read ("at the plt office" reads "port lantern town"; blind set CB)."""
        out: list[int] = []
        counted = 0
        for j in range(at + 1, len(q.words)):
            counted += not (j in q.named_at and j - 1 in q.named_at)
            if counted > DOCUMENT_SPAN:
                break
            out.append(j)
        return out

    def written(self, fact_id: str, nouns: frozenset[str]) -> bool:
        """The fact gives the document `nouns` (singular) stand for as speaking, in its statement or a quote: "The
        1921 notice asked …", "the leaflet declared, “…”"; not a fact about the document ("the notice was posted
        by …")."""
        found = self._speaking.get(fact_id)
        if found is None:
            fact = self.brief.facts.get(fact_id)
            texts = [fact.statement, *(c.quote for c in fact.citations)] if fact is not None else []
            found = self._speaking.put(fact_id, frozenset(n for t in texts for n in speaking_documents(words(fold(t)))))
        return not found.isdisjoint(nouns)

    def _document_does(self, fact_id: str, nouns: frozenset[str], verb: str) -> bool:
        """The fact (statement or a quote) has the verb stem `verb` done by the document: one of `nouns`, or "it",
        within DOER_REACH words before it ("the guild's leaflet set out …", "It outlined how …"), not another's act in
        that word ("a keeper shouted at the gate asking what …, since the leaflet was only ink")."""
        fact = self.brief.facts.get(fact_id)
        texts = [fact.statement, *(c.quote for c in fact.citations)] if fact is not None else []
        for text in texts:
            tokens = words(fold(text))
            for i, token in enumerate(tokens):
                before = tokens[max(0, i - DOER_REACH) : i]
                if stem(token) == verb and any(t == "it" or document_noun(t) in nouns for t in before):
                    return True
        return False

    def _names_document(self, fact_id: str, nouns: frozenset[str]) -> bool:
        """The fact's statement names one of `nouns` (singular document nouns) by word form, as document_noun reads
        it ("signs", not "signed")."""
        fact = self.brief.facts.get(fact_id)
        return fact is not None and any(document_noun(t) in nouns for t in words(fold(fact.statement)))

    def pick_written(self, asked: WrittenAsk, ranked: list[Hit], best: Hit, q: Question) -> Hit | None:
        """For a question asking what a document said (`document`): among the closest candidates (the decided best
        first), the one giving that document's words that states most of what the question asks of them
        (weighed as the question's words are), then one linked to the decided best (the leaflet's words, not
        another's, for "what did the leaflets at the quay say" led by the handing out), then one whose verb is the
        question's ("asked" for "what did the notice ask"), then the best ranked; None when none gives its words
        or the decided best states more of what is asked."""
        top = self.brief.facts.get(best.id)
        linked = top.related if top is not None else []
        candidates = [best, *(h for h in ranked[:CANDIDATES] if h.id != best.id)]
        seen = {h.id for h in candidates}
        # the facts the brief links to the decided best, however they rank: the leaflet's words for "what did the
        # leaflets handed out at the quay say", led by the handing out
        place = {h.id: n for n, h in enumerate(ranked)}
        further = [Hit(i, 0.0, 0.0) for i in linked if i not in seen and i in self.brief.facts]
        candidates += sorted(further, key=lambda h: place.get(h.id, len(place)))
        written = [(n, h) for n, h in enumerate(candidates) if self.written(h.id, asked.nouns)]
        # "what did the letter to Ada Lind say": a person or group named right after the document noun and "to",
        # "from" or "by", and involved in the decided best, says whose document it is; another document's words (a
        # letter to the guild's staff, neither involving them nor linked to the best) are no answer
        pinned = self._addressed(q, asked) & set(top.entities) if top is not None else set()
        if pinned:
            written = [
                (n, h)
                for n, h in written
                if not pinned.isdisjoint(self.brief.facts[h.id].entities)
                or h.id in linked
                or best.id in self.brief.facts[h.id].related
            ]
            if not written:
                return None
        # "what did the letter from 200 employees say": a document its writers are asked by is theirs only where a
        # fact gives it as theirs; activists' words in a letter of their own are no employees' letter
        authors = self.authors(q, asked)
        if authors:
            plural = self.asked_plural(q, asked)
            written = [(n, h) for n, h in written if self.by_authors(h.id, asked.nouns, authors, plural=plural)]
            if not written:
                return None
        if not written:
            # no candidate gives the document as speaking: for "what did the signs say", the closest one that at
            # least names it ("held up signs admonishing …"), when the best only shares its stem ("signed a contract")
            if q.kind != "quote" or not asked.verb or self._names_document(best.id, asked.nouns):
                return None  # "according to the report, why …": the article, whose words are not asked
            return next((h for h in candidates if self._names_document(h.id, asked.nouns)), None)
        weights = self.retriever.weights(q)

        def found(doc_id: str, *, curated: bool = False) -> float:
            held = self.retriever.index.doc_stems(doc_id) if curated else self.retriever.stated_stems(doc_id)
            return round(sum(weights.get(s, self.retriever.index.idf(s)) for s in asked.content if s in held), 6)

        def key(item: tuple[int, Hit]) -> tuple[float, bool, bool, int]:
            n, hit = item
            fact = self.brief.facts[hit.id]
            related = hit.id == best.id or hit.id in linked or best.id in fact.related
            # the question's verb, or for one asking what someone was asked to do ("what did the notice want
            # keepers to do"), any asking whom it addresses to act ("the notice asked keepers to …")
            own_verb = bool(asked.verb) and (
                asked.verb in self.retriever.stated_stems(hit.id)
                or (asked.request and requests(words(fold(fact.statement))))
            )
            return (found(hit.id), related, own_verb, -n)

        chosen = max(written, key=key)[1]
        if (
            found(chosen.id) == found(best.id)
            and asked.verb
            and asked.verb not in PLAIN_SAYING
            and asked.verb in self.retriever.stated_stems(best.id)
            and asked.verb not in self.retriever.stated_stems(chosen.id)
            and self._names_document(best.id, asked.nouns)
            and self._document_does(best.id, asked.nouns, asked.verb)
            and (chosen.id in linked or best.id in self.brief.facts[chosen.id].related)
        ):
            # "what did the flier outline" led by the flier's outline ("It outlined how …"), whose words give no
            # document as speaking: the verb asked, of the document named (the brief links the two facts: the same
            # flier), tells what it outlined, not another of its lines that states no more of the question (blind
            # set BO); a fact only naming such documents ("a flyer noted petitions …") is none of the one asked
            return None
        # the decided best states more of what is asked than any of the document's words: "the 'choose a side'
        # line from the notice" is led by the fact holding that line, whoever it gives as speaking
        if found(chosen.id) != found(best.id) or found(best.id) > 0:
            return chosen if found(chosen.id) >= found(best.id) else None
        # neither states any of it: the brief's keywords tell which is about it ("the ultimatum line in the notice":
        # the one curated as the ultimatum, though the article calls it no such thing)
        return chosen if found(chosen.id, curated=True) >= found(best.id, curated=True) else None

    def _place_after(self, tokens: list[str], verb: int) -> range:
        """The positions of a place phrase right after the verb at `verb` ("say in Eastport", "say at the Lamport
        office"): "in" / "at", maybe "the", and a name of a place (PLACE_KINDS); an empty range when there is none.
        Where a document was handed out says which one, as it does before the verb ("the leaflet at the quay")."""
        at = verb + 1
        if tokens[at : at + 1] == [] or tokens[at] not in ("in", "at"):
            return range(0)
        start = at + 1 + (tokens[at + 1 : at + 2] == ["the"])
        spans = [(b, e, i) for b, e, i in self.understander.name_spans(tokens[start : start + NAME_REACH]) if b == 0]
        if not spans or self.brief.entities[spans[0][2]].kind not in PLACE_KINDS:
            return range(0)
        return range(at, start + max(e for _, e, _ in spans))

    def asks_whose_words(self, q: Question) -> bool:
        """ "Who …" asks who said something ("who is the keeper quoted by the Gazette", "who told the crowd …") and
        names no document ("who was the notice addressed to": the notice is the subject)."""
        w = q.words
        return any(t in QUOTING for t in w) and not any(document_noun(t) for t in w)

    def not_written(self, ranked: list[Hit], best: Hit) -> Hit | None:
        """For "who …" asking whose words: when the decided best gives a document's words and no person's ("The
        guild's leaflet urged …"), the best ranked close candidate (WHO_SHARE of its score) giving a person's words
        and no document's; None otherwise."""
        if not self.written(best.id, DOCUMENTS) or self._person_speaks(best.id):
            return None
        close = [h for h in ranked[:CANDIDATES] if h.id != best.id and h.score >= WHO_SHARE * best.score]
        return next((h for h in close if self._person_speaks(h.id) and not self.written(h.id, DOCUMENTS)), None)

    def _person_speaks(self, fact_id: str) -> bool:
        entities = self.brief.entities
        return any(e in entities and entities[e].kind == "person" for e in self.of(fact_id))

    def label(self, speakers: set[str]) -> str:
        return " or ".join(sorted(self.brief.entities[e].name for e in speakers if e in self.brief.entities))


def kind_forms(noun: str) -> frozenset[str]:
    """The words, singular and plural, for the speakers whose words are words of the kind `noun` names
    ("protesters"): the kind itself and, for one of a CROWD, any of TAKING_PART (an organizer's shout at the door is
    one of the protesters'), as `Speakers.pick_kind` answers; empty for a noun of no SPEAKER_KINDS."""
    if noun not in SPEAKER_KINDS:
        return frozenset()
    asked = noun.removesuffix("s")
    kinds = TAKING_PART if asked in CROWD else {asked}
    return frozenset(f"{k}{ending}" for k in kinds for ending in ("", "s"))


def _kind_speaks(before: list[str], forms: AbstractSet[str]) -> bool:
    """The words `before` a reporting verb name one of a kind of speaker (`forms`) as who speaks: not as whom
    something was sent to ("a letter to employees said") nor with a document speaking after it ("employees' letter
    said")."""
    at = [k for k, t in enumerate(before) if t in forms]
    return any((k == 0 or before[k - 1] != "to") and not any(document_noun(t) for t in before[k + 1 :]) for k in at)


def _outside_speech(text: str) -> list[str]:
    """The words of `text` outside speech marks, folded: who a statement or quote says spoke, not what was said."""
    return words(fold(SPOKEN().sub(" ", text)))


def _outlet_noun(tokens: list[str], at: int) -> bool:
    """Whether the word at `at` of `tokens` is a noun asking for a news outlet: one of OUTLET_ASKED, or any noun
    right after "news" ("which news organization quoted Lind", "by what news agency"; blind set CL)."""
    return 0 <= at < len(tokens) and (tokens[at] in OUTLET_ASKED or (at > 0 and tokens[at - 1] == NEWS))


def _quoted_by(tokens: list[str]) -> list[str] | None:
    """ "Lind was quoted by which news site", "Lind got interviewed by what paper": the outlet she was quoted by is
    the one she talked to, asked as "which site did Lind talk to" (a passive of QUOTED_BY, its agent a "which" phrase
    of at most two words closing the question, the last a noun of OUTLET_ASKED); None for any other question (blind
    set BU)."""
    at = next((i for i, t in enumerate(tokens) if t in ("which", "what")), None)
    if at is None or at < PASSIVE_SPAN or tokens[at - 1] not in AGENT_MARKERS or tokens[at - 2] not in QUOTED_BY:
        return None
    if tokens[at - 3] not in PASSIVE_AUXILIARIES or not 1 <= len(tokens) - at - 1 <= OUTLET_NAME_WORDS:
        return None
    if not _outlet_noun(tokens, len(tokens) - 1):
        return None
    return [*tokens[at:], "did", *tokens[: at - 3], "talk", "to"]


def _asked_first(tokens: list[str]) -> list[str]:
    """A question asking by a "which <noun>" phrase left where its answer stands ("Lind was talking to which
    outlet", "Lind talked to which paper") as it reads with the phrase first: "which outlet was Lind talking to",
    "which paper did Lind talked to" (the verb as typed: its form does not matter to `outlet_told`); any other
    tokens as they are."""
    if (quoted := _quoted_by(tokens)) is not None:
        return quoted
    phrase = len(tokens) - 2 - (tokens[-2:-1] == [NEWS])  # "… talked to which news organization"
    if len(tokens) < 4 or tokens[phrase] not in ("which", "what") or not _outlet_noun(tokens, len(tokens) - 1):
        return tokens
    rest = tokens[:phrase]
    aux = next((i for i, t in enumerate(rest) if t in AUXILIARIES or t in PLURAL_AUXILIARIES), None)
    if aux is None:
        return [*tokens[phrase:], "did", *rest]
    return [*tokens[phrase:], rest[aux], *rest[:aux], *rest[aux + 1 :]]


def _spelled_out(tokens: Iterable[str]) -> list[str]:
    """`tokens` with each chat shorthand (bot.text.ABBREVIATIONS) as the words it stands for: ["gonna", "see"] ->
    ["going", "to", "see"]."""
    return [part for t in tokens for part in ABBREVIATIONS.get(t, t).split()]
