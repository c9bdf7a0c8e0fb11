"""Step 2's reader: `Understander` turns a normalized question into a `Question` (kind, entities, subject words,
sources, dates, premises), with the typo fixer and the name finder it needs. The grammar it reads by lives in the
sibling modules (kinds, clauses, times, lexicon).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Collection
from collections.abc import Set as AbstractSet
from dataclasses import replace
from functools import lru_cache

from bot.answering.acts import LANDING_FORMS, intending_at, intends
from bot.answering.articles import (
    ARTICLE_VOCABULARY,
    ARTICLE_WORDS,
    CITING_FRAME,
    DESCRIBING,
    DESCRIPTION_WORDS,
    MENTIONING,
    OUTLET_GUESS,
    OUTLET_NOUNS,
    PUBLISHING_VERBS,
    QUOTING_VERBS,
    READERS,
    READING_VERBS,
    REPORTING_VERBS,
    SOURCE_REPORTING,
    any_article_naming,
    article_description,
    asks_about,
    asks_cited,
    asks_outlet,
)
from bot.answering.english import English
from bot.answering.normalize import TURN_WORDS, TURNS, Normalized
from bot.answering.understand.asked import asked_noun, phrase_head
from bot.answering.understand.classes import NOUN_KINDS, described_as
from bot.answering.understand.clauses import (
    QUOTED,
    Pieces,
    concedes,
    context_positions,
    gerund,
    pieces_of,
    quotation_at,
    remark_positions,
    turning_breaks,
    whole_attribution,
)
from bot.answering.understand.kinds import CAUSE_ASKED, CLASSED_BY_ARTICLES, PADDED_CUES, has_cue, kind_of
from bot.answering.understand.lexicon import (
    ACTOR_KINDS,
    ADDING,
    AGREEMENTS,
    ANYONE,
    APOLOGIES,
    ARTICLES,
    AUXILIARIES,
    CHAT,
    COMPARATIVES,
    COPULAS,
    CUE_STEMS,
    CUE_TERMS,
    DETERMINERS,
    GATHERINGS,
    JUSTIFYING,
    LEAD_INS,
    OCCASIONS,
    PAST,
    PERSON_NOUNS,
    POSSESSIVE_DETERMINERS,
    PRONOUNS,
    SIZE_WORDS,
    SPEECH_VERBS,
    TAGS,
    TAKING_IN,
    THANKS,
    VOICING,
    WEEKDAYS,
    WH_WORDS,
    asks_size_of_agreement,
    claim_start,
)
from bot.answering.understand.question import NameSpans, Question
from bot.answering.understand.times import (
    CURRENT,
    MONTH_NUMBER,
    PART_OF_YEAR,
    REPORTED_NOW,
    STARTING,
    TODAY,
    explicit_date,
)
from bot.caches import Recent
from bot.english_tables import PHRASAL_VERBS, nouns_of
from bot.factbase import Brief
from bot.search import Index, stem
from bot.text import (
    CRITICISM_IDIOMS,
    IRREGULAR,
    SCALE_WORDS,
    STOPWORDS,
    Deferred,
    fold,
    is_number,
    on_first_use,
    receives_criticism,
    typed_pattern,
    unaccented,
    words,
)

_CAUSING = on_first_use(CAUSE_ASKED)  # (kinds.py) "what set off …": its words past "what" say how it asks
# determiners before a class noun that refer back to a thing named in the same question ("the company")
REFERRING = frozenset({"the", "this", "that"})
# nouns that name nothing of their own after a name ("the harbour lease thing"): general English
VAGUE_NOUNS = frozenset("thing things stuff".split())

MAX_ALIAS_WORDS = 8
LONG_NAME = 5  # the fewest words of a name typed with one of its inner words left out that is still read as it
NAME_SLIP_SIZE = 4  # the fewest letters of a name's word that `_named_again` takes one edit off ("lynd": "lind")
DATED_ONE = 2  # "the july 2018 one": the words of a date that may stand between "the" and an article's "one"
INFLECTIONS = ("ed", "d", "ing", "es", "s")  # endings of an inflected English word ("themed": "theme" + "d")
MIN_SPELLED = 5  # letters of the shortest alias read as a misspelling of its name's word ("guidl", never "nyc")
VOWELS = "aeiouy"  # put back into a short word typed without one ("py": "pay"): `_vowel_restored`
# vowel letters `_vowel_respelled` spells one of a short word's with, past its first letter ("pai": "pay")
RESPELLED_VOWELS = "aeiouyw"
RESPELLED_LEAD = 2.0  # Zipf points a respelled word leads the typed one by (100x as frequent), as for QUESTION_WORDS
# wordfreq's full-list Zipf from which an unknown word is English as typed, never respelled (`_respelled`): chat's
# vowel-dropping typos are rare ("grps" 1.4, "contrct", "protestd" 0), the names and words that are a brief word's
# letters with vowels left out are not ("statins" 2.6, "hoss" 2.6 of "houses", "ponting" 2.5, "fuld" 2.1 of "fueled";
# names are from Zipf 1.5 up: "saito" 2.8, "reyna" 2.5)
RESPELLED_RARE_ZIPF = 2.0
# wordfreq's full-list Zipf from which a word is a name or word of its own, never a slip of a name's word the brief
# spells (`_slipped_name`): the typos of names chat makes are in no list ("okafr", "okafro", "lnid": Zipf 0, where the
# list starts at 1.0; so every name typo in the development set), the surnames a reader may ask of are (the lowest a
# fresh tester asked of, 1.35; "okoro" 1.7, "lindh" 2.0, "lindt" 2.3)
NAME_TYPO_ZIPF = 1.3
VOWEL_LEAD = 1.0  # Zipf points the word a vowel restores leads the next by (10x as frequent): one reading, no guess
MIN_NAME_WORD = 3  # letters of the shortest word read as part of a name beside a guessed typo fix
MAX_FIXED = 100_000  # words whose typo fix is kept (a typo costs a fuzzy search of the brief's words)
# word sequences whose names are kept (`name_spans`): a question's words are read for names ~6 times (understanding
# it, then its opening actor in deciding and composing), a fact's clause each time an amount's owner is asked
SPANS_KEPT = 4096
HOW_LONG_SINCE = re.compile(r" how long (has|have|s|ve) ")  # "how long has the guild run the lamp": since when
COMING = frozenset("come comes came coming".split())  # "come out": published, in a phrasal verb (general English)
TELLING = PUBLISHING_VERBS | MENTIONING | frozenset("wrote write writes written writing authored penned".split())
GUESS_WORDS = frozenset("was is it that this the or maybe right from by in on one article piece story".split())
PROPORTION = frozenset("share percent percentage proportion fraction".split())
ACRONYM = on_first_use(r"\b[A-Z]{2,6}\b")  # a word typed in capitals: "IRS", "FBI"
# words typed in quote marks, straight or curly, single or double ("the 'no need' line", "the “be remembered” bit"),
# a mark not inside a word ("what's", "keepers' letter"); at most 40 characters between them
TYPED_QUOTE = on_first_use(r"(?<!\w)['\"“‘]([^'\"“”‘’]{2,40}?)['\"”’](?!\w)")


def _typed_quote(text: str) -> frozenset[str]:
    """The stems of the words `text` types in quote marks (TYPED_QUOTE), stop words aside: what someone's or a
    document's words are asked by ("how does the letter open, the 'choose' line": {"choos"})."""
    return frozenset(stem(t) for m in TYPED_QUOTE().finditer(text) for t in words(fold(m[1])) if t not in STOPWORDS)
# an agent noun's ending, which English spells both ways for many words ("protestor/protester", "adviser/advisor"):
# read as the brief spells it, the letters before it at least four ("motor" and "meter" are no pair)
AGENT_SPELLING = on_first_use(r"(?<=[a-z]{4})(or|er)(s?)$")
# nouns of a happening that a name before them only qualifies ("the rye vigil", "the Courier walkout")
EVENT_NOUNS = frozenset(
    "protest protests rally rallies march marches vigil vigils action actions demonstration demonstrations sit-in"
    " strike strikes walkout walkouts occupation".split()
)
ORGANIZER_KINDS = frozenset({"person", "organization"})  # who may hold an event named after them
DESCRIBED_SOURCE = 2  # words describing an article that may tell it apart from the others (Understander._told_by_one)
# a preposition before an article ("the date of / on the piece"): what comes before it is asked of the article
OF_THE_ARTICLE = frozenset({"of", "on"})
PHRASE_HITS = 40  # the facts a phrasal verb is looked for in (`_says_phrase`): one bounded search, any brief size
DESCRIBED_HITS = 20  # the facts a description is checked against (one bounded search, any brief size)
FAMILIAR_ZIPF = 3.5  # below this a word unknown to the brief may be another language's ("ist" 3.35, "qué")
# Two such words among many that English shares with other languages ("il", "di", "con", "der", "mit" are all
# familiar in English text) still ask the language model, which must then be surer than for a question that looks
# foreign throughout: on the development set no English question scored above 0.8 for another language.
FEW_STRANGE, SURE_FOREIGN = 2, 0.95
OUTLET_WORDS = frozenset({"news", "the", "daily", "times", "post"})
# the words of a question that asks nothing of a source but what it is or what it reported ("what did the Gazette
# report / say / write / cover", "the Gazette's story"): the source is then its subject
SOURCE_ONLY = ARTICLE_WORDS | PUBLISHING_VERBS | REPORTING_VERBS | SOURCE_REPORTING
# (asking what it is or says: "when was the Gazette report" asks its date, answered as a question about the article)
SOURCE_SUBJECT_KINDS = frozenset({"what-is", "who", "quote", "topic"})
# cue words of a comparison question ("compare the two contracts"); in any other question they are what is asked
COMPARING = frozenset("compare compared compares comparing comparison comparisons".split())
THANKS_WORDS = 3  # words beside the thanks that still only praise ("that was super helpful")
OVERVIEW = frozenset(
    "tell show explain everything anything know cover covers summary summarize summarise overview help topics".split()
)
# Questions about using the bot itself ("how do i subscribe this channel to the digest", "how do i use this bot"):
# its own commands' words, and everyday words that only ask how to use them
BOT_COMMANDS = frozenset(
    "subscribe subscribed subscribing subscription subscriptions unsubscribe digest digests command commands".split()
)
USAGE_WORDS = BOT_COMMANDS | frozenset(
    "use using work works channel channels set setup add remove stop start turn off on daily schedule time".split()
)
# Questions about the articles the bot answers from, naming nothing in them ("what are your sources", "list the
# articles", "how many articles do you have"): plural nouns only, as "source?" after an answer asks that answer's
OWN_SOURCES = frozenset("articles sources stories outlets pieces".split())
OWN_SOURCES_ASKING = OWN_SOURCES | frozenset(
    "use using used have based base rely read list number total come from cite draw there news".split()
)
# Questions about what the bot covers, naming nothing in the brief ("what topics do you cover", "what subjects can I
# ask about"): the overview's topics are the answer, as "tell me everything" has them
OWN_TOPICS = frozenset("topics topic subjects subject areas cover covers covered".split())
OWN_TOPICS_ASKING = OWN_TOPICS | frozenset("ask asking answer answers question questions list main discuss".split())
# "what can i ask you": what the asker may ask, asked with a modal (not "what did i ask"): what it covers
ASKING_YOU = frozenset("ask asking questions question".split())
ASKER_MAY = frozenset("can could should may".split())
# a link asked for ("link?", "url to the article"): what the articles are, which have no address in the brief
LINK_WORDS = frozenset("link links url urls hyperlink hyperlinks".split())
LINK_ASKING = LINK_WORDS | OWN_SOURCES_ASKING | frozenset("article source story piece send share give show get".split())
# ... or for the first or last of them by date ("which of your articles is the oldest", "which source is newest"):
# a superlative of age makes the singular noun one of the articles too (general English: "the oldest source")
OWN_SOURCE = frozenset("article source story outlet piece".split())
# a part of a piece, named by what it says ("the lamp bit", "the section on the lease"); general English
PASSAGE_NOUNS = frozenset("bit bits passage passages section sections paragraph paragraphs".split())
SOURCE_AGES = {
    **dict.fromkeys("oldest earliest first".split(), False),
    **dict.fromkeys("newest latest recent recently last".split(), True),
}
MEMBERSHIP_WORDS = 5  # "is X one of your sources", "is X among your articles": the fewest words it takes
# ... and how one came out, which asks its date as "came" does ("which article was published first", "which story
# ran last"): general English verbs of publishing
AGE_ASKING = frozenset(
    "came out published publish posted appeared released written wrote ran run printed reported dated".split()
)


SOURCE_TOPIC = frozenset("about regarding covering re concerning".split())  # what an article tells of (general English)


def source_dated(tokens: list[str]) -> str:
    """The date (times.explicit_date's prefix of a year, month or day: "2019-08") for which `tokens` (a question's
    words but stopwords, chat and thanks) asks which of the bot's own articles are of it ("which article is from
    august 2019", "what stories were published in 2018"); "" when it asks no such thing, or anything more (the
    asked words beyond the date are only article words and words of publishing, AGE_ASKING), or when the date
    stands before the last article word and so names the article ("which outlet ran the 2018 article"). A date of
    any year ("--08") says no one period, so none; a day is left to the facts dating an article's own line."""
    date, at = explicit_date(tokens)
    rest = {t for i, t in enumerate(tokens) if i not in at}
    if not date or date.startswith("--") or date.count("-") == 2 or (OWN_SOURCES | OWN_SOURCE).isdisjoint(rest):
        return ""  # (a day names one article, whose own date line its facts tell: "what article is dated aug 22 2019")
    if min(at) < max(i for i, t in enumerate(tokens) if t in OWN_SOURCES | OWN_SOURCE):
        return ""  # "what outlet published the 2018 article": the year names the article asked of
    return date if rest <= OWN_SOURCES_ASKING | OWN_SOURCE | AGE_ASKING else ""


def source_age(content: list[str]) -> bool | None:
    """True when `content` (a question's words but stopwords and chat) asks for the newest of the bot's own
    articles ("which source is newest"), False for the oldest ("which of your articles is the oldest"), else None."""
    aged = {t for t in content if t in SOURCE_AGES}
    asking = OWN_SOURCES_ASKING | OWN_SOURCE | AGE_ASKING
    if len(aged) != 1 or not set(content) - aged <= asking or (OWN_SOURCES | OWN_SOURCE).isdisjoint(content):
        return None
    return SOURCE_AGES[aged.pop()]


# the verbs among QUESTION_WORDS: a slip fixed into one of them must fit where it stands
FIXED_VERBS = frozenset(
    "did does do is are was were have has had can could would should will say said says tell told".split()
)
# a preposition takes a noun, never a finite verb: "the deal with hbs" names a thing, no slip of "has"
OBJECT_PREPOSITIONS = frozenset("with from for to of about into against by at on in".split())


# modals, after which a verb is in its base form ("would take"), never the past the brief may state elsewhere
BASE_FORM_MODALS = frozenset("would will could can should shall might may must wont wouldnt couldnt cant".split())


def _letters_in(typed: str, word: str) -> bool:
    """The typed letters stand in `word` in the same order ("whn" in "when"): `word` with letters dropped."""
    rest = iter(word)
    return all(c in rest for c in typed)


# words that may stand between a modal and its verb, which keeps its base form ("would not leave", "will never take")
MODAL_NEGATIONS = frozenset({"not", "never"})


def _modal_before(typed: list[str], i: int) -> bool:
    """A modal (BASE_FORM_MODALS) right before position `i` of `typed`, or before a negation there (MODAL_NEGATIONS)."""
    before = i - 1 - (typed[i - 1] in MODAL_NEGATIONS)
    return before >= 0 and typed[before] in BASE_FORM_MODALS


def _verbs_unfixed_after_prepositions(tokens: list[str], typed: list[str]) -> list[str]:
    """`tokens` with a word's fix into a verb (FIXED_VERBS) undone where the word before it is a preposition
    (OBJECT_PREPOSITIONS): "what is the lease with hbs" asks of an unknown name, never "with has" (general English:
    a preposition's object is a noun; the preposition as fixed, "wit hbs"). Shapes: both lists of one length."""
    out = list(tokens)
    for i in range(1, len(tokens)):
        if tokens[i] != typed[i] and tokens[i] in FIXED_VERBS and tokens[i - 1] in OBJECT_PREPOSITIONS:
            out[i] = typed[i]
    return out


SORTED_CUES = sorted(CUE_TERMS)  # (an order of its own: the first as near is the same in every run)
QUESTION_WORDS = sorted(
    """how what when where who whom whose which why much many did does do is are was were the and for with about
    that this there their have has had can could would should will from into after before more than say said says
    tell told""".split(),  # (and the verbs a quote question is built on: "what did the flyer sya")
    key=len,
)
BARE_DOLLAR = re.compile(r"\$(?!\s?\d)")  # "$ value", "total $$": money asked for, not a figure named ("$12M")
# ... unless it is the object of a preposition: "what did they want done w the guild $$", "what happened to the $$"
# name money as a thing something is done with (general English: a preposition's object is not what "what" asks)
# "Ada Lind's take on the lease", "her views about it": what someone thinks of a thing, which their own words tell
# (a noun of opinion after a possessive; "take" is no verb there, so no past "took" of the brief's is searched)
# (after the lexical units of FrameNet's Opinion frame, with "attitude"; views.VIEW_ASKED reads the same nouns)
OPINION_NOUNS = nouns_of(
    *"take view viewpoint opinion thought stance perspective position attitude feeling belief".split()
)
OPINION_MARKERS = frozenset("on about of re regarding".split())
OPINION_OF = Deferred(
    rf"(?:'s|s'|’s|\b(?:his|her|their|its))\s+(?:{'|'.join(sorted(OPINION_NOUNS))})\s+"
    rf"(?:{'|'.join(sorted(OPINION_MARKERS))})\b"
)
POSSESSIVES = frozenset("his her their its".split())
HELD_DOLLAR = Deferred(r"\b(?:with|w|to|into|from|towards?)\s+(?:\S+\s+){0,2}?\$(?!\s?\d)")
MIN_PART = 2  # letters of the shorter word a closed-up compound is made of ("co" of "cofounder")
# verbs of speaking aloud: in a quote question they say the answer is words, not what the words are about
LOUD_SPEECH = frozenset(
    "yell yells yelled yelling shout shouts shouted shouting scream screams screamed screaming holler hollered"
    " cry cried exclaim exclaimed".split()
)
# a phrase of three words or more hyphenated into one label ("the cancel-your-contracts letter", "a pay-what-you-can
# night"): it names which thing by what it says, asking no act of its words (general English)
HYPHEN_LABEL = re.compile(r"\b[a-z']+(?:-[a-z']+){2,}\b")
# words asking for words worth repeating (general English): in a quote question, what the answer is, not its subject
WORTH_QUOTING = frozenset("quotable quotation quotations soundbite soundbites".split())
# how much more used the word with a "g" after its "in" is than as typed (wordfreq's Zipf scale) for the typed one to
# be the -ing form with its g dropped ("tryin" 3.5, "trying" 5.5; "begin" and "cousin" have no such form)
G_DROPPED_ZIPF = 1.5

EXCLUDING = frozenset({"besides", "except", "excluding"})  # "who else besides Lind": Lind is set aside
OTHER_THAN = ("other", "than")  # "other than Eastport, which towns …": Eastport is set aside as well
# two words setting aside the name after them, as "other than" does (general English): "not counting Beacon"
SETTING_ASIDE_PAIRS = frozenset({OTHER_THAN, ("not", "counting"), ("not", "including"), ("apart", "from")})
SET_ASIDE_WORDS = 3  # "not counting the 2015 renewal": the words after the setting aside that name what is set aside
YEARS_JOINED = frozenset({"and", "or", "nor"})  # "not counting 2018 and 2019": both years set aside (general English)
# words standing for the thing asked, said again (general English): "not counting the 2015 one" sets aside 2015's
PRO_FORMS = frozenset({"one", "ones"})
# words asking of a thing apart from whatever it is told with, right before or after its name (general English):
# "Lantern specifically", "only Lantern", "Lantern on its own"
ISOLATING = frozenset("specifically alone only solely just separately exclusively individually".split())
ISOLATING_AFTER = (("by", "itself"), ("on", "its", "own"))
ISOLATING_REACH = 2  # words from a name to the word asking it alone: "only for Lantern", "Lantern, specifically"
ACCOMPANYING = frozenset({"with", "alongside"})  # "who founded it with Lind": someone other than Lind is asked
# nouns for the people an organization employs: "Courier employees" are the Courier's
STAFF_NOUNS = frozenset(
    "employee employees worker workers staff staffer staffers agent agents officer officers".split()
)
FIRST_WORDS = frozenset({"first", "earliest", "oldest"})  # "the first article": the one published first
LAST_WORDS = frozenset({"latest", "newest", "last"})  # "the latest story": the one published last
# Words that join a name to a noun as a compound adjective ("Kestrel-themed signs"): they say "about the name"
COMBINING = frozenset("themed related inspired style styled flavored flavoured".split())


# a report asked of what the articles tell ("can you write me a summary of the letter", "give us a quick recap of
# the vigil", "summarize the letter"): a noun for a report, maybe after a verb asking for it, and a verb of making one
REPORT_NOUNS = frozenset("summary summaries overview recap rundown synopsis".split())
REPORT_VERBS = frozenset("summarize summarise summarized summarised".split())
REQUEST_VERBS = frozenset("write give make draft do send show provide".split())
REPORT_FILLERS = frozenset("me us a an the some quick short brief little".split())  # "give me a quick summary"


def report_request(tokens: list[str]) -> set[int]:
    """The positions of the words asking for a report of something (REPORT_NOUNS and REPORT_VERBS, with the verb
    asking for the noun and the words between: "write me a summary of the letter" -> {0, 1, 2, 3}): how the answer
    is wanted, no subject of it. Only when they ask it of something ("of", "on", "about" after the noun, or an
    object after the verb); empty otherwise ("what is the summary": a summary asked of nothing named)."""
    out: set[int] = set()
    for i, t in enumerate(tokens):
        if t in REPORT_VERBS and i + 1 < len(tokens):
            out.add(i)
        elif t in REPORT_NOUNS and tokens[i + 1 : i + 2] in (["of"], ["on"], ["about"]):
            out.add(i)
            j = i - 1
            while j >= 0 and tokens[j] in REPORT_FILLERS:
                j -= 1
            if j >= 0 and tokens[j] in REQUEST_VERBS:
                out.update(range(j, i))
    return out


# "what did the protesters do (with …)", "how did the CEO respond": the act of someone named is asked for
_ACTOR = re.compile(
    r"^(?:(?:so|and|but|then|ok|okay) )?(?:what|whatd|how) (?:(?:did|do|does|had|has|will|would) )?"
    r"(?P<actor>(?:\S+ ){0,3}?\S+) (?:do|doing|did|end up|respond|responded|react|reacted|handle|handled|deal)\b"
)


def actor_of(asked: str, before: list[str] | None = None) -> list[str]:
    """Who a "what did X do" / "how did X respond" question asks about, as content words. "They" is the last
    plural noun of what was said before the question ("staff wouldn't open the door for the protesters - what did
    they do"); any other pronoun names nobody ([])."""
    found = _ACTOR.match(asked)  # anchored at the start: match, not a search trying every position
    if found is None:
        return []
    said = found.group("actor").split()
    if said == ["they"] and before:
        plural = [w for w in before if len(w) > 3 and w.endswith("s") and w not in STOPWORDS and w not in PRONOUNS]
        return plural[-1:]
    return [w for w in said if w not in STOPWORDS and w not in PRONOUNS and w not in CHAT]


# verbs of moving or letting someone somewhere: "into" after one (or "in" ending the clause) says "inside"
ENTERING_VERBS = frozenset(
    "get gets got gotten getting go goes went gone going let lets letting allowed walk walked break broke".split()
)
ENTERING_REACH = 4  # words between the verb and its particle ("let the petition people in")
# a preposition right after "in" opens a phrase of its own: "in" has no object and is the verb's particle ("let the
# keepers in at the hall", "let them in on monday"), as one ending the clause is (general English)
PARTICLE_FOLLOWERS = frozenset("at on during after before by until when while".split())


# "what does the register let clerks record" (a causative, "let <someone> <verb>"): the thing asked is what is done,
# its doer only allowed to do it, as "what does the register record" asks it; read without "let" and the doer (a
# word no fact of the act need hold: "clerks" for a fact's "staff"). Only when the question asks the verb's own thing
# (a "what"/"which" opening, the verb closing it), never of a doer the brief names ("what did the port let the guild
# keep": the guild's act) nor of a light verb naming no act ("what did they let happen"); "did the trust let the
# lease lapse" asks the lease's own act and is kept (general English)
LETTING = frozenset("let lets".split())
LETTING_ASKS = frozenset("what which".split())
LETTING_OPENERS = frozenset("so and but ok".split())
LET_DOER_WORDS = 4  # "let law enforcement agencies monitor"
LIGHT_LET_VERBS = frozenset("be do go happen have get make come".split())


def _let_doer_dropped(norm: Normalized, spans: list[tuple[int, int, str]]) -> Normalized:
    """`norm` with "let <doer>" before its closing verb left out of its tokens (see LETTING), when that verb is a
    verb's base form in lemminflect's tables; `norm` itself otherwise. `spans`: the names in its tokens
    (Understander.name_spans)."""
    tokens = norm.tokens
    opening = 1 if tokens[:1] and tokens[0] in LETTING_OPENERS else 0
    at = max((i for i, t in enumerate(tokens) if t in LETTING), default=-1)
    verb = tokens[-1] if tokens else ""
    if (
        tokens[opening : opening + 1] == []
        or tokens[opening] not in LETTING_ASKS
        or at <= opening
        or not 1 <= len(tokens) - at - 2 <= LET_DOER_WORDS
        or verb in LIGHT_LET_VERBS
        or any(b > at for b in norm.breaks)
        or any(a >= at for a in norm.asides)
        or any(end > at + 1 and start < len(tokens) - 1 for start, end, _ in spans)
    ):
        return norm
    if verb not in English.lemmas(verb).get("VERB", ()):
        return norm
    return replace(norm, tokens=[*tokens[:at], verb], typed=norm.shown)


# "what's the deal with X", "what is the deal with X": an idiom asking what there is to know of X, no contract;
# read, word for word in place, as "tell me about X"
ABOUT_IDIOMS = {
    ("what", "the", "deal", "with"): ["so", "tell", "me", "about"],
    ("what", "is", "the", "deal", "with"): ["so", "please", "tell", "me", "about"],
}


def _idiom_read(tokens: list[str]) -> list[str]:
    """The question's words with an opening idiom of ABOUT_IDIOMS read as its plain words (as many, in place)."""
    for said, read in ABOUT_IDIOMS.items():
        if tuple(tokens[: len(said)]) == said:
            return read + tokens[len(said) :]
    return tokens


# "when is the lease up", "when will the lease be up": a thing that runs for a time being "up" is its running out,
# asked as its ending (general English; read as the first of these verbs the brief uses, as a phrasal verb is read,
# not the brief's "renewed", which the bare noun would find first); only asked with "when" ("are the posts still up",
# "were they left up" ask whether something stayed on show), the subject a noun phrase of at most UP_SUBJECT_WORDS
# words between the copula and the closing "up", and the words the question may open with before the copula
ENDING_MEANT = ("expire", "end", "lapse")
# ... and the other words that close such a question with the subject's end, each read as the first verb of these the
# brief uses: "when is the lease over / done / finished", "when were the vigils over" (general English; "up" keeps
# ENDING_MEANT's order, which questions asked with it have always been read by)
ENDED_STATES = frozenset("over done finished complete completed concluded".split())
ENDED_MEANT = ("end", "expire", "lapse")
# ... but of a written thing, those of them saying it was made whole ("when was the letter finished") ask its writing
# (`_made_asked`), read with the past participle of writing (general English)
MADE_STATES = frozenset("done finished complete completed".split())
WRITTEN = "written"
# verbs telling a thing's own end in other words, closing a "when" question with nothing after them but "up": "when
# does the lease finish", "when will the vigil wrap up", "when did the talks conclude" (read as "end" in the same
# form; "when did they finish the report", with an object, asks of another act)
ENDING_SAID = {
    "finish": "end",
    "finishes": "ends",
    "finished": "ended",
    "finishing": "ending",
    "conclude": "end",
    "concludes": "ends",
    "concluded": "ended",
    "concluding": "ending",
    "wrap": "end",
    "wraps": "ends",
    "wrapped": "ended",
    "wrapping": "ending",
}
# the particle such a verb closes with ("wrap up"), by each of its forms: left out in its reading
ENDING_SAID_PARTICLES = {form: "up" for form in ("wrap", "wraps", "wrapped", "wrapping")}
UP_SUBJECT_WORDS = 6  # "the guild's lease with the port"
UP_OPENERS = frozenset("when and so but".split())
UP_CLAUSES = frozenset("that which who whom where when".split())  # "the group that they set up": another verb's "up"
CUT_COPULA = on_first_use(r"\W*(?:and\s+|so\s+|but\s+)?when['’]?s\b", re.IGNORECASE)  # "whens", "when's": "when is"


_UP_FLAGS = re.IGNORECASE | re.DOTALL


def _up_done(tokens: list[str], verb: str) -> list[str]:
    """ "when is the lease up" as "when does the lease <verb>" (`_ending_up`): the copula made the do-form of its
    tense ("was" -> "did"), or put in after "when" where it was cut short ("whens"); "be up" after a modal made
    the verb ("when will the lease be up": "when will the lease <verb>")."""
    if tokens[-2:-1] == ["be"]:
        return [*tokens[:-2], verb]
    at = next((i for i, t in enumerate(tokens[:-1]) if t in COPULAS), None)
    if at is None:
        at = tokens.index("when") + 1 if "when" in tokens else 0
        return [*tokens[:at], "does", *tokens[at:-1], verb]
    return [*tokens[:at], "did" if tokens[at] in PAST_COPULAS else "does", *tokens[at + 1 : -1], verb]


def _made_asked(tokens: list[str]) -> bool:
    """ "When was the letter finished": a written thing's (NOUN_KINDS "document": a letter, a petition, a flyer, an
    op-ed) being finished, done or completed, asked with "when" and a copula, is its writing, not its end (general
    English); not "when was the vigil finished", nor "when was the lease done", which run for a time."""
    if len(tokens) < len(["when", "was", "letter", "done"]) or tokens[-1] not in MADE_STATES or "when" not in tokens:
        return False
    between = tokens[tokens.index("when") + 1 : -2]  # "was the": the copula and the words before the noun
    nouns = (tokens[-2], "-".join(tokens[-3:-1]))  # ("op-ed" is read as two words)
    return any("document" in NOUN_KINDS.get(n, ()) for n in nouns) and not COPULAS.isdisjoint(between)


def _as_written(tokens: list[str], norm: Normalized, read: str) -> tuple[list[str], Normalized]:
    """ "When was the letter finished" (`_made_asked`) read as "when was the letter written" (`read`: "written" as
    the question's words are read, in the brief's form of the verb), in `norm`'s tokens and text too, and answered
    as that is: from the date a fact gives the written thing, or saying none is given."""
    closing = tokens[-1]
    text = re.sub(rf"\b{closing}\b(?!.*\b{closing}\b)", WRITTEN, norm.text, count=1, flags=_UP_FLAGS)
    return [*tokens[:-1], read], replace(norm, text=text, tokens=[*norm.tokens[:-1], WRITTEN])


def _ending_up(tokens: list[str], text: str) -> bool:
    """The question closes with "when <copula> <subject> up" ("when is the lease up", "whens the lease up": `text`,
    the question as typed, has the copula cut short) or "when <modal> <subject> be up" ("when will the lease be
    up"), or with a word of ENDED_STATES in place of "up" ("when is the lease over"): the subject's running out is
    asked (ENDING_MEANT)."""
    if len(tokens) < 3 or (tokens[-1] != "up" and tokens[-1] not in ENDED_STATES) or "when" not in tokens:
        return False
    if tokens[-2] == "be":  # "when will the lease be up"
        return any(t in BASE_FORM_MODALS for t in tokens[:-2])
    cut = CUT_COPULA().match(text) is not None
    at = tokens.index("when") if cut else max((i for i, t in enumerate(tokens[:-1]) if t in COPULAS), default=-1)
    subject = tokens[at + 1 : -1]
    return (
        at >= 0
        and "when" in tokens[: at + 1]
        and all(t in UP_OPENERS for t in tokens[:at])
        and 1 <= len(subject) <= UP_SUBJECT_WORDS
        and subject[0] not in WH_WORDS
        and UP_CLAUSES.isdisjoint(subject[1:])  # "that one" opening it points, opening no clause
    )


ATTRIBUTION_TAIL = 5  # words at most after a closing attribution's opening ("according to the Gazette's piece")


def _attributed_from(tokens: list[str]) -> int:
    """Where a closing attribution to a source starts ("… according to the Gazette", "… per the Courier"): its
    opening's last place with at most ATTRIBUTION_TAIL words after it; len(tokens) when none closes the question."""
    n = len(tokens)
    for at in range(n - 1, max(-1, n - ATTRIBUTION_TAIL - 3), -1):
        # an opening's first word first (ATTRIBUTION_OPENERS): no slice compared with each opening at most places
        if (
            tokens[at] in ATTRIBUTION_OPENERS
            and n - at > 1
            and any(tuple(tokens[at : at + len(a)]) == a for a in ATTRIBUTIONS)
        ):
            return at
    return n


def _said_ending_at(tokens: list[str]) -> int | None:
    """Where a verb of ENDING_SAID closes the question, alone or with its particle ("… wrap up"); None elsewhere."""
    if len(tokens) >= 2 and tokens[-1] == ENDING_SAID_PARTICLES.get(tokens[-2]):
        return len(tokens) - 2
    if tokens[-1:] and tokens[-1] in ENDING_SAID and tokens[-1] not in ENDING_SAID_PARTICLES:
        return len(tokens) - 1
    return None


def _ending_said(tokens: list[str], norm: Normalized) -> tuple[list[str], Normalized]:
    """ "when does the lease finish", "when will the vigil wrap up": the closing verb of ENDING_SAID (and its
    particle) read as "end" in the same form, in `norm`'s tokens and text too; as they were when no such verb closes
    both, or when "when" does not come before it."""
    at, typed_at = _said_ending_at(tokens), _said_ending_at(norm.tokens)
    if at is None or typed_at is None or "when" not in tokens[:at]:
        return tokens, norm
    read = ENDING_SAID[tokens[at]]
    said = typed_pattern(norm.tokens[typed_at:])
    text = re.sub(rf"{said}(?!.*{said})", read, norm.text, count=1, flags=_UP_FLAGS)
    typed = [*norm.tokens[:typed_at], ENDING_SAID[norm.tokens[typed_at]]]
    return [*tokens[:at], read], replace(norm, text=text, tokens=typed)


def _entering(tokens: list[str]) -> list[str]:
    """ "did they get into the hall", "did anyone let the keepers in": the particle of a verb of moving or letting
    read as "inside", the word the brief's facts and opposites use for being let in or kept out; other "in"s (a
    place, a year) stay as they are."""
    out = list(tokens)
    for i, t in enumerate(tokens):
        if t not in ("into", "in"):
            continue
        if t == "in" and i + 1 < len(tokens) and tokens[i + 1] != "to" and tokens[i + 1] not in PARTICLE_FOLLOWERS:
            continue  # "in new york", "in 2019": a place or a time, not a particle
        if tokens[i + 1 : i + 2] in (["effect"], ["force"], ["detail"], ["details"]):
            continue  # "go into effect": takes effect, enters nothing
        if any(w in ENTERING_VERBS for w in tokens[max(0, i - ENTERING_REACH) : i]):
            out[i] = "inside"
    return out


def _owned_slot(tokens: list[str]) -> tuple[str, ...]:
    """The words with each possessive determiner read as "one", the slot an idiom's key is written with in a brief's
    synonyms ("change one's mind", whose words are "change one mind"): "did he change his mind" and "they changed
    their minds" say the one idiom whoever's mind it is (general English)."""
    return tuple("one" if w in POSSESSIVE_DETERMINERS else w for w in tokens)


def synonym_words(brief: Brief) -> dict[str, list[str]]:
    """The brief's synonyms by lower-cased key, each as the words of its synonyms ("cave": ["budge", "change",
    "course"]); a key of several words is kept whole ("back down")."""
    return {k.lower(): [w for v in vs for w in words(v)] for k, vs in brief.meta.synonyms.items()}


def _from_named(tokens: list[str], at: int, named: set[int]) -> bool:
    """`tokens[at]` is "from" and a name (a position in `named`) follows it, after a determiner or none: "from the
    harbour", "from Lindco"."""
    if tokens[at : at + 1] != ["from"]:
        return False
    after = at + 1 + (tokens[at + 1 : at + 2] != [] and tokens[at + 1] in DETERMINERS)
    return after in named


def _letter(word: str) -> bool:
    return len(word) == 1 and word.isalpha()


# a run of letters of one script, Latin or not: a word, or in Chinese or Japanese often a phrase ("ICE合同" is two)
_WORD_RUN = Deferred(r"[A-Za-z\u00c0-\u024f]+|[^\W\dA-Za-z\u00c0-\u024f_]+")


def other_script(text: str) -> bool:
    """A third or more of the letters are of another script than the Latin one (Chinese, Cyrillic, Arabic …): the
    tokens keep only Latin words, so "Gull Point的灯塔什么时候关的" would read as "gull point". A third, not a
    half: the Latin letters are the names (9 of 18 letters there), and one Chinese letter is often a whole word."""
    if text.isascii():
        return False  # most questions: no letter of another script, and no need to look at each one
    letters = [ch for ch in text if ch.isalpha()]
    others = sum(1 for ch in letters if not ch.isascii() and not unicodedata.name(ch, "").startswith("LATIN"))
    if others * 3 >= len(letters) > 0:
        return True
    # by words: "gull point 灯塔 日期" is half foreign, its Latin words only a name (4 of 13 letters)
    runs = _WORD_RUN.findall(text)
    foreign = sum(1 for run in runs if not unicodedata.name(run[0], "").startswith("LATIN") and not run.isascii())
    return foreign * 2 >= len(runs) - foreign > 0


def counts_done_to(tokens: list[str]) -> bool:
    """A count question asking how many things an act was done to without naming them ("how many did the harbour
    plan to arrest"): "how many" right before an auxiliary of the base form. Such a count is of things or people,
    never of how often ("twice")."""
    at = next((i for i in range(len(tokens) - 2) if tokens[i] == "how" and tokens[i + 1] == "many"), None)
    return at is not None and tokens[at + 2] in OBJECT_COUNTING


def whole_counted(tokens: list[str]) -> str:
    """The number (no year, no sum) of the whole a count question counts a part of, as the question writes it: right
    after "of" / "out of" and a determiner ("how many of the 38 appeals were upheld", "out of the 6200 targets how
    many were caught", "of all 12 keepers") -> "38"; "" when none. The part asked is fewer than the whole, so a
    fact's count of the whole (the number echoed from the question) or of more is no answer (general English)."""
    for i in range(2, len(tokens)):
        token = tokens[i]
        if not token.isdigit() or _is_year(token) or (i + 1 < len(tokens) and tokens[i + 1] in SCALE_WORDS):
            continue  # "renewals of the 41 million contract": a sum, no whole counted
        if tokens[i - 1] in WHOLE_DETERMINERS and tokens[i - 2] == "of":
            return token
    return ""


SIZE_BREAKS = frozenset("on in for of at from to by with that which who whose".split())


PEOPLE_HEAD_REACH = 2  # words after a modifier a people noun heading its phrase is looked for in: "tech sector workers"


def _not_looked_for(q: Question, asked: Collection[str], *, search: bool = True) -> None:
    """The question's `asked` words taken out of what is looked for: its leftover words and terms, and (unless
    `search` is False) its search words; a word that says how the question is put, not what a fact must have."""
    q.leftover = [t for t in q.leftover if t not in asked]
    q.terms = [t for t in q.terms if t not in asked]
    if search:
        q.search = [t for t in q.search if t not in asked]


_PEOPLE_HEAD_STOPS = STOPWORDS | CHAT  # the words a counted people phrase ends at


def _people_head(tokens: list[str], at: int) -> str:
    """The word at `at`, or the people noun (PERSON_NOUNS) heading the noun phrase it opens, up to PEOPLE_HEAD_REACH
    words on with no function word between: "how many tech workers" counts workers, not tech, and "how many
    immigrant rights activists" activists (English puts a compound noun's head last): counted as "tech",
    "more than 400 immigrants" was read as a count of it."""
    return phrase_head(tokens, at, PEOPLE_HEAD_REACH, PERSON_NOUNS, _PEOPLE_HEAD_STOPS) or tokens[at]


def _counted(tokens: list[str]) -> str:
    """The first content word after "how many" / "number of": what a count question counts. A verb there ("how
    many signed", "how many were arrested") counts the people who did it: "people". A count asked as the size of
    a gathering ("how big was the crowd", GATHERINGS) counts the people in it: "people"."""
    for i in range(len(tokens) - 1):
        if (tokens[i], tokens[i + 1]) in (("how", "big"), ("how", "large")):
            # the gathering is the head of the words asked of, past a name or date before it ("how big was the new
            # york city protest"), up to a preposition ("the budget for the march" sizes no march): an event held by
            # people (OCCASIONS) is sized by the people in it, as a crowd is
            asked: list[str] = []
            for w in tokens[i + 2 : i + 9]:
                if w in SIZE_BREAKS:
                    break
                asked.append(w)
            return "people" if any(w in GATHERINGS or w in OCCASIONS for w in asked) else ""
        if (tokens[i], tokens[i + 1]) in (("how", "many"), ("number", "of")):
            if counts_done_to(tokens[i:]):
                return ""  # "how many did the harbour plan to arrest": what the act is done to, not named
            for j in range(i + 2, min(i + 5, len(tokens))):
                w = tokens[j]
                if w not in STOPWORDS and w not in CHAT and w not in COUNT_QUALIFIERS:  # "how many separate …"
                    return "people" if w in PAST or (len(w) > 4 and w.endswith("ed")) else _people_head(tokens, j)
    return ""


MEASURE_BREAKS = frozenset("on in for of at from to".split()) | DETERMINERS | AUXILIARIES


def _measured(left: list[str]) -> tuple[list[str], list[str]]:
    """What a comparative measures and the first side, from the words between the comparative and the side break:
    "more signatures on the guild letter (or …)", "more signatures did the guild letter have (than …)", "more
    hires, the guild or …": a noun or two right after the comparative, ended by a preposition, determiner or
    auxiliary that opens the side. ([], left) when the words open with the side ("more for the guild")."""
    for j in (1, 2):
        if j < len(left) and left[j] in MEASURE_BREAKS:
            measure, rest = left[:j], left[j:]
            if all(w not in STOPWORDS for w in measure) and any(w not in STOPWORDS for w in rest):
                return measure, rest
            break
    return [], left


def _subject_after_than(between: list[str], right: list[str]) -> tuple[list[str], list[str], list[str]] | None:
    """ "how many more signatures than the letter did the petition have": the words between the comparative and
    "than" (`between`) are only what is measured (one or two words, none a stop word), and the words after "than"
    (`right`) hold an auxiliary opening the clause whose subject is the first side ("did the petition have"). The
    measure, the first side (that clause) and the second (the words before the auxiliary); None otherwise ("more
    signatures on the petition than the letter", "… than the letter did": no clause after it). mp24: read as
    'signatures' against 'letter petition' (the noun after 'than' and the clause's subject run together), the
    comparison was lost."""
    if not 1 <= len(between) <= 2 or any(w in STOPWORDS for w in between):
        return None
    aux = next((j for j, w in enumerate(right) if j and w in AUXILIARIES), None)
    if aux is None or not any(w not in STOPWORDS for w in right[:aux]):
        return None
    subject = right[aux + 1 :]
    if not any(w not in STOPWORDS for w in subject):
        return None
    return between, subject, right[:aux]


def _kind_shared(
    tokens: list[str], sides: list[list[str]], names: list[str], verb: Callable[[str], str | None]
) -> tuple[list[list[str]], list[str]]:
    """A comparison's `sides` and their `names` (`_sides`), each side not saying it given the noun an opening "which"
    asks of, right before its verb ("which protest was earlier, Eastport or Millbrook": the Eastport protest and the
    Millbrook protest): in English the noun is what both sides are, and a bare name is of one such thing, never the
    named body itself (fresh tester 90: "Eastport or Gullboard" was told as when the page host Gullboard was founded).
    Unchanged for "which came first" (no noun: `verb` gives the lemma of a word only ever a verb) or any other."""
    if len(sides) != 2 or len(tokens) < 3 or tokens[0] != "which":  # "which", its noun, a verb
        return sides, names
    noun, after = tokens[1], tokens[2]
    if noun in STOPWORDS or noun in CHAT or noun in COMPARATIVES or noun in AUXILIARIES or verb(noun) is not None:
        return sides, names
    if after not in AUXILIARIES and verb(after) is None:
        return sides, names  # "which protest organizer …": the noun is not the phrase's head
    said = [noun in side or noun in names[k].split() for k, side in enumerate(sides)]
    return (
        [side if said[k] else [*side, noun] for k, side in enumerate(sides)],
        [name if said[k] or not name else f"{name} {noun}" for k, name in enumerate(names)],
    )


def _phrase(tokens: list[str], limit: int = 4) -> str:
    """A side's short name: its words from the first content word, at most `limit`, no trailing small words."""
    words_ = [t for t in tokens if t not in CHAT or t not in STOPWORDS]
    while words_ and (words_[0] in STOPWORDS or words_[0] in COMPARATIVES or words_[0] in CHAT):
        words_ = words_[1:]
    words_ = words_[:limit]
    while words_ and (words_[-1] in STOPWORDS or words_[-1] == "one"):
        words_ = words_[:-1]
    return " ".join(words_)


# the past forms of "be": "which lease was still running in 2018" asks of that year, not of now (CURRENT)
PAST_COPULAS = frozenset({"was", "were"})


def _past_opening(tokens: list[str]) -> bool:
    """The question opens with a past auxiliary: "did …", "was …", "were …"."""
    return bool(tokens) and (tokens[0] == "did" or tokens[0] in PAST_COPULAS)


_RELATION = re.compile(
    # "who the …", "what the …": the copula of "who's", "what's" is gone by the time the words are read
    # ("what's the name of …" stays a name question)
    # ("who is currently the chief of …": an adverb of time between them asks the same of today)
    r"^(?:(?:who|what) (?:is|was|are|were|s) (?:currently |now )?(?:the |a |an )?|who the "
    r"|what the (?!(?:names?|titles?) of\b))"
    r"(?P<attr>[a-z]+(?: [a-z]+)?) (?:of|at|for) (?:the )?(?P<owner>[a-z0-9 ]+)$"
)


# nouns for whoever told a claim (general English): "who's the source for the guild having two leases"
CLAIM_SOURCES = frozenset("source sources".split())
# the forms of "head" that say where someone goes (not the noun, "the head of the guild")
HEADING = frozenset("heading headed".split())
LEADING_VERBS = frozenset("runs ran leads led heads headed charge running leading heading".split())
# "who runs the guild (again)": who leads an organization, asked with a verb of leading
_LEADS = re.compile(
    r"^(?:(?:ok|okay|so|and|but|hey|then) )*who (?:runs|ran|leads|led|heads|headed|(?:is|was|s) in charge of"
    r"|(?:is|was|s|were) (?:running|leading|heading)) "
    r"(?:the )?(?P<owner>[a-z0-9 ]+?)(?: again| now| currently| today)?$"
)
# "who does Lind work for", "where does Lind work", "who employs Lind": a person's employer is asked, and who the
# person is (a role "with the guild", "the guild's keeper") answers it; the verb is how it asks, not a word the fact
# must have. "which group does Lind run": the organization a person leads is asked the same way, the role ("the
# guild's executive director") answering it as it answers "who runs the guild" (_LEADS)
EMPLOYING_VERBS = frozenset("work works worked employs employed hires hired".split()) | {
    "run",
    "lead",
    "head",
    "direct",
    "chair",
    "manage",
}
_EMPLOYER = re.compile(
    r"^(?:(?:ok|okay|so|and|but|hey|then) )*(?:"
    r"(?:who|what|which [a-z]+) (?:does|did|do) (?P<worker>[a-z0-9 ]+?) work (?:for|with|at)"
    r"|(?:what|which) [a-z]+ (?:does|did|do) (?P<leader>[a-z0-9 ]+?) (?:run|lead|head|direct|chair|manage)"
    r"|where (?:does|did|do) (?P<placed>[a-z0-9 ]+?) work"
    r"|(?:who|what|which [a-z]+) (?:employs|employed|hires|hired) (?P<hired>[a-z0-9 ]+?)"
    r")(?: again| now| currently| today)?$"
)
# nouns for whoever leads an organization: "who runs X" and "who is the head of X" are answered by any of them
# "how many did …", "how many will …": the count is of what the question's verb is done to, which it does not name
# what stands between "of" and the number of a whole counted a part of: "of the 38", "of all 12", "of those 40"
WHOLE_DETERMINERS = frozenset("the all those these".split())
OBJECT_COUNTING = frozenset("did do does will would could can should".split())
COUNT_QUALIFIERS = frozenset("separate distinct different individual unique total actual real".split())
CLASS_ASKING = frozenset("kind type sort describe describes described description".split())
DESCRIBE_VERBS = frozenset("describe describes described".split())
_CLASSED = re.compile(r"^what (?:kind|type|sort) of (?P<noun>\S+(?: \S+)?) (?:is|are|was|were) ")
_CLASSED_BY = re.compile(f"^{CLASSED_BY_ARTICLES}")  # "… do the articles call …": who gives the class, what it is
LEADER_ROLES = frozenset("head leader chief boss director ceo chair chairman chairwoman chairperson president".split())
# verbs of undergoing (general English): "how many protests did the guild face" counts what befell it, as "have" does
UNDERGOING = frozenset("face faced faces facing experience experienced experiences suffer suffered suffers".split())
LEADING = "head"  # the attribute a "who runs X" question asks
# describing words that say when a role is held, not which role (general English): "the current chief" is the chief
NOW_HELD = frozenset("current present sitting incumbent".split())

POSSESSIVE = re.compile(r"\w['’]s\b|s['’](?!\w)")  # "the guild's", "the keepers'"
WHO_IS = re.compile(r"\bwho['’]?s\b")  # "whos" too: chat's "who's" typed without the apostrophe (blind set CA)
_OWNED = re.compile(r"^(?:who|what) (?:is|was|s) (?P<the>the )?(?P<owner>[a-z0-9 ]+?) (?P<attr>[a-z]+)$")


def _criticism_receivers(tokens: list[str], typed: str) -> frozenset[str]:
    """The verbs of receiving ("catch", "take", "draw") of an idiom of being criticized that the question as typed
    has ("catch so much heat", read as "catch so much criticism" by normalize); empty when it has none."""
    if CRITICISM_IDIOMS.isdisjoint(words(typed.lower())):
        return frozenset()
    return frozenset(t for i, t in enumerate(tokens) if receives_criticism(tokens, i))


# nouns of a great amount said as a mass of water or weather (general English): "a wave of criticism" is much
# criticism, what an article says as "wide criticism"; the noun before "of" says how much, not what
SWELLS = frozenset("wave waves flood floods storm storms torrent torrents barrage deluge flurry outpouring".split())


SWELL_SIZES = frozenset("big huge large massive giant great whole".split())  # "a big wave of": its size too


def _swells(tokens: list[str]) -> frozenset[str]:
    """The SWELLS nouns right before an "of" and a content word ("a big wave of criticism"), with a size adjective
    right before the noun ("big"); empty for none."""
    found: set[str] = set()
    for i, t in enumerate(tokens[:-2]):
        if t in SWELLS and tokens[i + 1] == "of" and tokens[i + 2] not in STOPWORDS:
            found.add(t)
            if i and tokens[i - 1] in SWELL_SIZES:
                found.add(tokens[i - 1])
    return frozenset(found)


# nouns for a share of something ("the saturday part of the protest"): with a time before them saying which share,
# the time (searched as a date or a weekday) and the whole it is of are what is asked, not the noun ("was part of a
# wave" is no such share; "the online part of it" keeps its noun, one word of what it asks among others)
PARTITIVES = frozenset("part parts portion portions leg legs stage stages phase phases".split())


def _partitives(tokens: list[str]) -> frozenset[str]:
    """The PARTITIVES nouns after a weekday, a month or a year and before "of" ("the saturday part of the
    protest"); empty for none."""
    return frozenset(
        t
        for i, t in enumerate(tokens[:-1])
        if t in PARTITIVES
        and i
        and (tokens[i - 1] in WEEKDAYS or tokens[i - 1] in MONTH_NUMBER or _is_year(tokens[i - 1]))
        and tokens[i + 1] == "of"
    )


CLOSING_ASIDE = on_first_use(r"\(([^()]*)\)\W*$")  # "… hit (courier story)": words in brackets closing the question


def _aside_article(tokens: list[str], typed: str, source_words: set[int]) -> set[int]:
    """The positions of the article words in brackets closing the question `typed` that name a source ("… (courier
    story)", "(the Gazette piece)"): they say where it was told, as "in the Gazette story" does; empty for none."""
    aside = CLOSING_ASIDE().search(typed)
    if aside is None:
        return set()
    said = words(aside.group(1).lower())
    start = len(tokens) - len(said)
    if not said or start <= 0 or tokens[start:] != said:
        return set()
    tail = range(start, len(tokens))
    if not any(i in source_words for i in tail):
        return set()
    if not all(i in source_words or tokens[i] in ARTICLE_WORDS or tokens[i] == "the" for i in tail):
        return set()  # "(the Gazette said so, I think)": more than a source named
    return {i for i in tail if tokens[i] in ARTICLE_WORDS}


def _outlets_article(tokens: list[str], source_words: set[int]) -> set[int]:
    """The positions of article words right after a source's name ("how does the Gazette article describe the
    guild", "the Gazette piece"): with the name, they say which article, as "the Gazette" alone does, and ask
    nothing of it (blind set BE: "article" was weighed as a word the facts must hold, and nothing answered). Not
    before a verb of saying ("what date did the Gazette article say the vigil happened"): there it is read as before,
    the facts' dates and the article's own weighed as they were (a narrower step than wanted: the search then ranked
    the article's own date first)."""
    return {
        i
        for i, t in enumerate(tokens)
        if t in ARTICLE_WORDS and i - 1 in source_words and tokens[i + 1 : i + 2] not in (["say"], ["said"], ["says"])
    }


def _copula_back(asked: str, typed: str) -> str:
    """ "who's the guild's ceo" is read as "who the guild ceo": the "is" its "'s" stood for, put back after the
    opening "who" when the question as typed has "who's" (the possessive "'s" is gone by now too)."""
    opens = asked.startswith("who ") and not asked.startswith(("who is ", "who was ", "who s "))
    return "who is " + asked[len("who ") :] if opens and WHO_IS.search(typed.lower()) else asked


def _after_set_aside(tokens: list[str]) -> int:
    """Where the question opens by what it sets aside (EXCLUDING, SETTING_ASIDE_PAIRS: "excluding 2019 what
    contracts …", "not counting the 2015 one which leases …"), the position of its first question word (WH_WORDS)
    past SET_ASIDE_WORDS words or fewer after it; 0 when it opens otherwise or no question word follows so near."""
    opening = 1 if tokens[:1] and tokens[0] in EXCLUDING else 2 if tuple(tokens[:2]) in SETTING_ASIDE_PAIRS else 0
    if not opening:
        return 0
    reach = tokens[opening : opening + SET_ASIDE_WORDS + 1]
    return next((opening + i for i, t in enumerate(reach) if t in WH_WORDS and i), 0)


def _tells_of(tokens: list[str], i: int) -> bool:
    """The word at `i` is a verb of an article's telling of a thing: one of MENTIONING ("the contract the Gazette
    talked about", "covered"), or any verb with "about" right after it ("wrote about", general English); not one
    with "to" or "with" after it ("the worker the Gazette talked to": whom it spoke with, a subject)."""
    if tokens[i + 1 : i + 2] in (["to"], ["with"]):
        return False
    return tokens[i] in MENTIONING or (tokens[i + 1 : i + 2] == ["about"] and tokens[i] not in STOPWORDS)


def _speaks_first(tokens: list[str], source_words: set[int]) -> bool:
    """An article's outlet is who speaks: it stands right before the first verb of speech, or its article word does
    ("what does the Gazette say …", "what does the Gazette piece say …"; not "what did the keeper tell the Gazette",
    nor "what did the flyer in the Gazette piece say")."""
    verb = next((i for i, t in enumerate(tokens) if t in SPEECH_VERBS), 0)
    # ("what does the Gazette piece say the guild did": the piece the outlet's, and so is the saying; not "… piece
    # say about X", whose words on X are asked, read as before: the kind read without the piece lost such answers)
    named = verb - 1 - (verb > 1 and tokens[verb - 1] in ARTICLE_WORDS and tokens[verb + 1 : verb + 2] != ["about"])
    if named not in source_words:
        return False
    start = named
    while start - 1 in source_words:
        start -= 1
    # the outlet's words are the first said, not what was "in" it ("the flyer in the Gazette piece")
    return all(t in STOPWORDS or t in CHAT for t in tokens[:start])


def known(index: Index, word: str, *, closed_up: bool = False) -> bool:
    """A word the brief uses, as typed or by its stem ("opened" is known through "open"); with `closed_up`, also
    one closed up from two of its words ("longtime" for "long-time", "cofounder" for "co-founder"), as the
    foreign-word check counts words (Decider); the typo fixer and synonyms look words up without it. A number is
    never closed up ("2020" is not "20" twice). A number the brief has only as a larger one's first digit group
    ("120" of "120,000") is known: a question naming it asks of that one, short of its thousands."""
    if index.knows(word) or index.idf_known(stem(word)):
        return True
    if word.isdigit():
        return index.leads_a_number(word)
    return (
        closed_up
        and word.isalpha()
        and any(index.knows(word[:i]) and index.knows(word[i:]) for i in range(MIN_PART, len(word) - MIN_PART + 1))
    )


def _swapped(typed: str, word: str) -> bool:
    """Whether `typed` is `word` with two letters side by side swapped ("lnid" of "lind")."""
    return len(typed) == len(word) and any(
        typed[:i] + typed[i + 1] + typed[i] + typed[i + 2 :] == word for i in range(len(typed) - 1)
    )


def closed_up_parts(index: Index, word: str) -> list[tuple[str, str]]:
    """The ways `word` closes up two words the brief uses (`known` with `closed_up`): "longtime" -> [("long",
    "time")], a fact writing them open or hyphenated ("long-time"); [] for a word the brief uses as it is."""
    if not word.isalpha() or known(index, word):
        return []
    cuts = range(MIN_PART, len(word) - MIN_PART + 1)
    return [(word[:i], word[i:]) for i in cuts if index.knows(word[:i]) and index.knows(word[i:])]


ATTRIBUTIONS = (("per",), ("according", "to"), ("acc", "to"))
ATTRIBUTION_OPENERS = frozenset(a[0] for a in ATTRIBUTIONS)
QUESTION_NOUNS = frozenset({"question", "questions", "q", "qn", "qs"})  # "dumb q": the question itself (chat English)


def _after_attribution(tokens: list[str], source_words: set[int]) -> int:
    """Where the ask starts after an opening attribution to a source ("per the Gazette", "according to the Gazette
    piece"): 0 when the question does not open with one."""
    lead = next((len(a) for a in ATTRIBUTIONS if tuple(tokens[: len(a)]) == a), 0)
    end = lead
    while lead and end < len(tokens) and (end in source_words or tokens[end] == "the" or tokens[end] in ARTICLE_WORDS):
        end += 1
    return end if lead and end > lead + (tokens[lead] == "the") else 0


def actors_in(
    tokens: list[str], name_spans: NameSpans, kinds: Callable[[str], str | None], *, at_start: bool = False
) -> list[str]:
    """The people and organizations `tokens` name, in order, each by its longest alias ("guild lamp fund" is a
    program, not the guild: Understander.name_spans); with `at_start`, only a name the tokens open with. `kinds`
    gives an entity's kind."""
    spans = name_spans(tokens)
    if at_start:
        spans = spans[:1] if spans and spans[0][0] == 0 else []
    return [e for _, _, e in spans if kinds(e) in ACTOR_KINDS]


def opening_actor(tokens: list[str], name_spans: NameSpans, kinds: Callable[[str], str | None]) -> str | None:
    """The person or organization a question opens with after its auxiliary ("did the Gazette …", "when did
    Lind …"), even the brief's own subject (`Question.actor` leaves that out: it singles no fact out), or None. In
    "is it true (that) the guild paid …" the claim opens at `claim_start`, whatever auxiliary it has or lacks."""
    claim = claim_start(tokens)
    aux = claim - 1 if claim else next((i for i, t in enumerate(tokens) if t in AUXILIARIES), None)
    if aux is None:
        return None
    start = aux + 1 + (aux + 1 < len(tokens) and tokens[aux + 1] == "the")
    found = actors_in(tokens[start:], name_spans, kinds, at_start=True)
    return found[0] if found else None


def _article_ones(tokens: list[str], outlet_words: AbstractSet[str] = frozenset()) -> list[str]:
    """ "The 2018 one about the protest": a "one" after "the" (maybe with a year or a month between) and before a
    word saying what it covers stands for an article, and is read as "article"; so does one asked what it is about
    ("the 2018 one - what's it about", "the Gazette one, what is it about"). A date or the words of an outlet's name,
    `outlet_words`, may stand between ("what's the Gazette one about"). A "one" after an article word refers back to
    it ("which article was the one about the vigil" asks which article, not of a second one) and stays."""
    out = list(tokens)
    for i, token in enumerate(tokens[:-1]):
        if token != "one" or not ARTICLE_WORDS.isdisjoint(tokens[:i]):
            continue
        about = tokens[i + 1] == "what" and asks_about(tokens[i + 2 :])
        if tokens[i + 1] not in DESCRIBING and not about:
            continue
        j = i - 1
        while (
            j >= 0
            and i - j <= DATED_ONE
            and (tokens[j] in MONTH_NUMBER or _is_year(tokens[j]) or tokens[j] in outlet_words)
        ):
            j -= 1
        if j >= 0 and tokens[j] in REFERRING and (not about or j < i - 1):
            out[i] = "article"
    return out


def _progressive(asked: str, attr: str) -> bool:
    """ "what are the organizers doing at …", "what were the keepers saying at …": a plural copula, a noun and an
    "-ing" form make a verb in progress, not an attribute ("the organizers of …") the noun phrase names."""
    said = attr.split()
    return asked.split(" ")[1:2] in (["are"], ["were"]) and len(said) == 2 and said[1].endswith("ing")


def _shown_by(tokens: list[str], i: int) -> bool:
    """ "What did the documents show": "show" after an auxiliary and its subject is what the thing asked about did,
    a word of the question, not the asker's request ("show me the figures")."""
    return (
        tokens[i] == "show"
        and i >= 2
        and tokens[i + 1 : i + 2] not in (["me"], ["us"])
        and (not AUXILIARIES.isdisjoint(tokens[: i - 1]))
    )


def _is_year(token: str) -> bool:
    """A word that is a year of the 1900s or 2000s ("2018")."""
    return len(token) == 4 and token.isdigit() and token[:2] in ("19", "20")


def _asked_alone(tokens: list[str], start: int, end: int) -> bool:
    """The name at tokens[start:end] is asked of apart from what it is told with: a word of ISOLATING within
    ISOLATING_REACH words before or after it ("only for Lantern", "Lantern specifically"), or ISOLATING_AFTER right
    after it ("Lantern on its own")."""
    near = [*tokens[max(0, start - ISOLATING_REACH) : start], *tokens[end : end + ISOLATING_REACH]]
    return not ISOLATING.isdisjoint(near) or any(tuple(tokens[end : end + len(p)]) == p for p in ISOLATING_AFTER)


def _figures_set_aside(tokens: list[str], setting_aside: AbstractSet[str]) -> set[str]:
    """The numbers (no year) the question sets aside as it sets a name aside: right after a word of `setting_aside`
    or a pair of SETTING_ASIDE_PAIRS, past a determiner ("not counting the 9 million one" -> {"9"}, "besides $4
    million"). A figure set aside is no sum asked: the answer must not lead with it."""
    found: set[str] = set()
    for i, token in enumerate(tokens):
        if not token.replace(".", "", 1).isdigit() or _is_year(token):
            continue
        before = [t for t in tokens[max(0, i - 3) : i] if t not in DETERMINERS][-2:]
        if (before and before[-1] in setting_aside) or tuple(before) in SETTING_ASIDE_PAIRS:
            found.add(token)
    return found


def _words_set_aside(
    tokens: list[str], setting_aside: AbstractSet[str], named: set[int], breaks: AbstractSet[int] = frozenset()
) -> set[str]:
    """The words of the thing the question sets aside, no name (`named`: indexes of names' words) nor function word:
    those of SET_ASIDE_WORDS words right after a word of `setting_aside` or a pair of SETTING_ASIDE_PAIRS, past
    determiners, up to the first word of STOPWORDS ("not counting the 2015 renewal" -> {"2015", "renewal"}) or the
    first piece break (`breaks`, Normalized.breaks: "not counting 2019, list the protests" sets aside 2019 only, the
    comma ending it). Years joined ("not counting 2018 and 2019", "… 2018 or 2019") are all set aside, the joining
    word no end (YEARS_JOINED). An act or year set aside, as a name or figure is, is no sum asked: a sum told of it
    is what the asker left out."""
    found: set[str] = set()
    for i in range(len(tokens)):
        before = tokens[max(0, i - 2) : i]
        if not ((before and before[-1] in setting_aside) or tuple(before) in SETTING_ASIDE_PAIRS):
            continue
        taken = 0
        for j in range(i, len(tokens)):
            if j > i and j in breaks:
                break
            if tokens[j] in DETERMINERS:
                continue
            if (
                tokens[j] in YEARS_JOINED
                and _is_year(tokens[j - 1])
                and j + 1 < len(tokens)
                and _is_year(tokens[j + 1])
                and j + 1 not in breaks
            ):
                taken -= 1  # (the year after it is one more of the same list, not a word past the thing)
                continue
            if tokens[j] in STOPWORDS or taken == SET_ASIDE_WORDS:
                break
            if j not in named and tokens[j] not in PRO_FORMS:
                found.add(tokens[j])
            taken += 1
    return found


class Understander:
    def __init__(self, brief: Brief, index: Index, english: English) -> None:
        self.brief = brief
        self.index = index
        self.english = english
        self._max_alias = min(max((len(k.split()) for k in brief.aliases), default=1), MAX_ALIAS_WORDS)
        # the most words of any alias opening with a word: most words of a question open none, so they cost one
        # lookup instead of one per possible length
        self._alias_words: dict[str, int] = {}
        for key in brief.aliases:
            first, *rest = key.split(" ")
            self._alias_words[first] = min(max(self._alias_words.get(first, 1), 1 + len(rest)), self._max_alias)
        # an outlet is named by its name, that name without words like "news", or an alias the glossary gives the
        # media entity of that name ("per BI")
        outlets = {e.name: e for e in brief.entities.values() if e.kind == "media"}
        self._outlet_entities = {
            src.id: outlets[src.outlet].id for src in brief.sources.values() if src.outlet in outlets
        }
        self._source_names = [
            (name, src.id)
            for src in brief.sources.values()
            if src.outlet
            for name in {
                tuple(words(src.outlet)),
                tuple(w for w in words(src.outlet) if w not in OUTLET_WORDS),
                *(tuple(words(a)) for a in (outlets[src.outlet].aliases if src.outlet in outlets else [])),
            }
            if name and not (len(name) == 1 and name[0] in STOPWORDS)
        ]
        # the stems of the acts the brief lists opposites for ("cancel", "drop"): verbs, though the word may be a noun
        # too ("a drop"); read after a name opening a statement made a question (`_stated_asking`)
        self._acts = frozenset(stem(w) for key in brief.meta.opposites for w in words(key))
        self._outlet_words = frozenset(  # "the Gazette one"
            w for name, _ in self._source_names for w in name if w not in STOPWORDS and w not in OUTLET_WORDS
        )
        self._source_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}  # the names by their first word
        for name, source_id in self._source_names:
            self._source_first.setdefault(name[0], []).append((name, source_id))
        # a year only one article was published in names it ("the 2018 article")
        by_year: dict[str, list[str]] = {}
        for source_id, src in brief.sources.items():
            dated = src.published or (src.published_between[0] if src.published_between else "")
            if dated:
                by_year.setdefault(dated[:4], []).append(source_id)
        self._source_years = {year: ids[0] for year, ids in by_year.items() if len(ids) == 1}
        # and a month only one was published in ("the july 2018 article", "the september 2019 story")
        by_month: dict[str, list[str]] = {}
        for source_id, src in brief.sources.items():
            dated = src.published or (src.published_between[0] if src.published_between else "")
            if len(dated) >= 7:
                by_month.setdefault(dated[:7], []).append(source_id)
        self._source_months = {month: ids[0] for month, ids in by_month.items() if len(ids) == 1}
        # "the first article", "the latest story": the one published first or last, when no other shares its date
        dates = sorted(
            (src.published or (src.published_between[0] if src.published_between else ""), source_id)
            for source_id, src in brief.sources.items()
        )
        dates = [(d, i) for d, i in dates if d]
        self._source_ends: dict[str, str] = {}
        if len(dates) > 1 and dates[0][0] != dates[1][0]:
            self._source_ends.update(dict.fromkeys(FIRST_WORDS, dates[0][1]))
        if len(dates) > 1 and dates[-1][0] != dates[-2][0]:
            self._source_ends.update(dict.fromkeys(LAST_WORDS, dates[-1][1]))
        self._fixed: Recent[str, str] = Recent(MAX_FIXED)  # _fix's answers: a word is fixed alike in every question
        # the words among them fixed by a guess of the nearest word (one or two edits), not by a rule of spelling
        self._guessed: Recent[str, bool] = Recent(MAX_FIXED)
        self._names: frozenset[str] | None = None  # `_name_words`, worked out on the first typo fixed
        self._spans_of = lru_cache(maxsize=SPANS_KEPT)(self._spans)  # name_spans' answers, by the words as a tuple
        self._multiword = [k for k in brief.aliases if " " in k]
        # each word of a multi-word alias but function words ("the"), with the alias's words and where it stands in
        # them: `_named_again` looks a name typed with a slip in one word up by its other words
        self._alias_places: dict[str, list[tuple[list[str], int]]] = {}
        for k in self._multiword:
            said = k.split()
            for j, w in enumerate(said):
                if w not in STOPWORDS:
                    self._alias_places.setdefault(w, []).append((said, j))
        # each alias of LONG_NAME words or more with one inner word left out, by its first word: the alias's words
        # and the shortened ones (`_skipped_restored`); none that is itself an alias
        self._skipped: dict[str, list[tuple[list[str], list[str]]]] = {}
        for k in self._multiword:
            said = k.split()
            for j in range(1, len(said) - 1) if len(said) >= LONG_NAME else ():
                short = said[:j] + said[j + 1 :]
                if " ".join(short) not in brief.aliases:
                    self._skipped.setdefault(said[0], []).append((said, short))
            # and without its last word too, what kind of thing it is ("the Gull Point Harbour Keepers Relief
            # thing" for "… Relief Initiative"), with or without an inner word left out, still LONG_NAME words
            headless = said[:-1]
            shortened = [headless, *(headless[:j] + headless[j + 1 :] for j in range(1, len(headless) - 1))]
            for short in shortened:
                if len(short) >= LONG_NAME and " ".join(short) not in brief.aliases:
                    self._skipped.setdefault(said[0], []).append((said, short))
        # the multi-word aliases one edit can reach from words of each length (an edit changes the length by one
        # at most), in the same order: `_near_alias` compares a span with these only, and finds the same alias
        near: dict[int, list[str]] = {}  # by length: each alias under its own length and the two beside it
        for k in self._multiword:
            for n in (len(k) - 1, len(k), len(k) + 1):
                near.setdefault(n, []).append(k)
        lengths = {len(k) for k in self._multiword}
        self._multiword_near = {n: tuple(near[n]) for n in {m + d for m in lengths for d in (-1, 0, 1)}}
        self._synonyms = synonym_words(brief)
        # a key of several words ("back down": a phrasal verb) is read as the words of its first synonym
        self._phrases = {
            tuple(words(k)): words(vs[0]) for k, vs in brief.meta.synonyms.items() if len(words(k)) > 1 and vs
        }
        # an English phrasal verb the brief has no key for ("who put out the report") is read as the one verb it
        # stands for that the brief uses ("who release the report"), unless the brief says the phrase itself
        # (`_says_phrase`); one whose verbs the brief never uses stays as typed
        self._phrasal: dict[tuple[str, ...], tuple[tuple[str, ...], str]] = {}
        # (one standing for a cue verb, "take place" for "happen", is read so whatever the brief says: the cue asks
        # nothing of the subject, where a "took" kept as a term led "where did the protests take place" with
        # someone who "took part"; fresh tester)
        for phrase, (forms, meant) in PHRASAL_VERBS.items():
            verb = next((v for v in meant if self.knows(v) or v in CUE_TERMS), None)
            if verb is not None and phrase not in self._phrases:
                self._phrasal[phrase] = (forms, verb)
        self._phrase_starts = frozenset(k[0] for k in [*self._phrases, *self._phrasal])
        # the keys by their first word (as `_owned_slot` reads it), in the brief's order: a word beginning some
        # tries only those, not every key's slices (~40 tuples built per such word on the shipped brief)
        self._phrases_from: dict[str, list[tuple[str, ...]]] = {}
        for phrase_key in self._phrases:
            self._phrases_from.setdefault(phrase_key[0], []).append(phrase_key)
        self._said_phrases: dict[tuple[str, ...], bool] = {}

    def _base_forms_after_modals(self, tokens: list[str], typed: list[str]) -> list[str]:
        """`tokens` with an irregular verb's past (IRREGULAR: "take" read "took") undone right after a modal
        (BASE_FORM_MODALS) where the brief uses the base form as typed: "would take … away from" is the words a
        quote prints ("would take the power … away from"), which the past would miss (general English: a modal
        takes the base form, a negation between them too: "would not leave", "will never take"). Shapes: both lists
        of one length."""
        out = list(tokens)
        for i in range(1, min(len(tokens), len(typed))):
            if (
                _modal_before(typed, i)
                and tokens[i] != typed[i]
                and IRREGULAR.get(typed[i]) == tokens[i]
                and self.index.knows(typed[i])
            ):
                out[i] = typed[i]
        return out

    def knows(self, word: str) -> bool:
        """A word the brief uses, as typed or by its stem ("opened" is known through "open")."""
        return known(self.index, word)

    def alternatives(self, word: str) -> list[str]:
        """The words the brief gives as synonyms of a question word that it uses ("staff": ["employees"])."""
        return [a for a in self._synonyms.get(word, []) if self.knows(a)]

    def read_as(self, w: str) -> str:
        """The word a question's `w` is read as: itself, or the word it is a probable typo of ("wen" -> "when")."""
        return self._fix(w)

    def _fix(self, w: str) -> str:
        """A probable typo fixed: function words first ("hw" -> "how"), then the brief's words; an irregular verb
        becomes the form the brief uses ("pay" -> "paid")."""
        fixed = self._fixed.get(w)
        if fixed is None:
            fixed = self._fixed.put(w, self._fixed_word(w))
        return fixed

    def _fixed_word(self, w: str) -> str:
        irregular = IRREGULAR.get(w)
        if irregular and self.knows(irregular) and (w not in CUE_TERMS or irregular in CUE_TERMS):
            return irregular  # "pay" -> "paid", but "stand" (for) stays a cue word
        if w in self.brief.aliases:
            return self._alias_spelled(w)
        if w in STOPWORDS or w in CUE_TERMS or w in CHAT or w.isdigit():
            return w
        if len(w) > 3 and w.endswith("s") and w[:-1] in self.brief.aliases:
            return w[:-1]  # a possessive typed without its apostrophe, "okafors name": before the stem knows it
        if self.knows(w) or w in self._synonyms:
            return w
        if w.endswith("in") and self.english.zipf(w + "g") - self.english.zipf(w) >= G_DROPPED_ZIPF:
            return self._fixed_word(w + "g")  # "tryin" -> "trying": chat drops the g of an -ing
        from breame.spelling import get_american_spelling  # imported on the first unknown word (8 ms)

        american = str(get_american_spelling(w))
        if american != w and self.knows(american):
            return american  # "organisation" -> "organization": the brief's spelling, not a typo fixed
        variant = AGENT_SPELLING().sub(lambda m: ("er" if m.group(1) == "or" else "or") + m.group(2), w)
        if variant != w and self.knows(variant):
            return variant  # "protestors" -> "protesters": an agent noun's other spelling, as the brief writes it
        if len(w) > 3 and w.endswith("s") and self.index.knows(w[:-1]):
            return w[:-1]  # "guilds contract"
        if len(w) <= 4 and not self.english.everyday(w):  # "hw" -> "how", "wat" -> "what": only to a far more
            # common function word, and never an everyday word of its own ("fox" is no "for")
            from rapidfuzz import process  # imported on the first typo: most questions have none
            from rapidfuzz.distance import OSA

            found = process.extractOne(w, QUESTION_WORDS, scorer=OSA.distance, score_cutoff=1)
            # of words as near, one the typed letters stand in, in order, with one dropped ("whn": "when", not "who";
            # "ws": "was", not "is"): chat drops letters, vowels most (general English)
            dropped = next((c for c in QUESTION_WORDS if len(c) == len(w) + 1 and _letters_in(w, c)), None)
            found = (dropped, 1, 0) if found is not None and dropped is not None else found
            if found is not None and self.english.zipf(str(found[0])) - self.english.zipf(w) >= 2:
                return str(found[0])
            if (restored := self._vowel_restored(w)) is not None:
                # "py" -> "pay" -> "paid": chat drops vowels, which no edit search of a word this short reaches
                return self._fixed_word(restored)
            if (respelled := self._vowel_respelled(w)) is not None and self.index.correct(w) is None:
                # "pai" -> "pay" -> "paid": a vowel spelled as heard, the consonants kept; a brief word one edit
                # away is the likelier reading and keeps its precedence ("kaep" is a name's slip, not "keep")
                return self._fixed_word(respelled)
        clipped = None if self.english.everyday(w) else self.index.completion(w)
        if clipped:
            return clipped  # "exec" -> "executive": chat clips a word the brief spells out
        if self.english.common(w):
            return w
        clipped = self.index.plural_completion(w)
        if clipped:  # "sigs" -> "signatures": a plural clipped, not "signs" with a letter dropped (blind set BL)
            return clipped
        corrected = self.index.correct(w) or next((n for n in self.english.near(w) if self.knows(n)), None)
        # "renue": spelled as heard, two edits from the brief's "renew" and alone in sounding like it
        corrected = corrected or self.index.sounded(w)
        # "grps", "renu": chat drops a word's vowels or spells them as heard, keeping its consonants
        corrected = corrected or self._respelled(w)
        if corrected in STOPWORDS:  # "contract amout": a function word says nothing the question is read by, and
            # a word deciding what kind of question it is ("amount") as near is the likelier one meant
            corrected = self._cue_as_near(w, corrected) or corrected
        if corrected in STOPWORDS and len(w) > len(corrected):
            # "what did the letr say": a function word with a letter too many ("let" and a stray "r") is a poorer
            # reading than a brief word it abbreviates by dropped letters ("letter"), which explains every letter
            corrected = self.index.unabbreviated(w) or corrected
        if corrected and not self._slipped_name(w, corrected):
            return w  # "what did Lund say": a name of its own the articles never mention, not a slip of "Lind"
        if corrected:  # "gihtub"; or a typo of an English word whose stem the brief uses ("floodign" for "flooded")
            self._guessed.put(w, True)
            return corrected
        return w

    def _name_words(self) -> frozenset[str]:
        """The words of the glossary's names and aliases that English's dictionary lacks (lemminflect: "lind",
        "okafor"; not "harbour", "guild"): names, which a typo fix must not reach from a name of another's."""
        if self._names is None:
            said = {w for e in self.brief.entities.values() for n in (e.name, *e.aliases) for w in words(n.lower())}
            self._names = frozenset(
                w for w in said if w.isalpha() and w not in STOPWORDS and len(w) > 2 and not self.english.lemmas(w)
            )
        return self._names

    def _slipped_name(self, typed: str, name: str) -> bool:
        """Whether `typed` may be a slip of `name`, the brief word an edit search reached: always, of a word that is
        no name (`_name_words`); of a name, when it is two of its letters side by side swapped ("lnid": a slip of the
        hand), or else one edit off and neither a word English's dictionary has nor one wordfreq's full list has from
        NAME_TYPO_ZIPF ("Lindt", "Okoro" are names of their own). Two edits off a name ("okafro" is one, a swap) is
        as likely another name or a word misspelled ("okaford" is no "Okafor" with two slips)."""
        from rapidfuzz.distance import OSA

        if name not in self._name_words() or _swapped(typed, name):
            return True
        if OSA.distance(typed, name) > 1:
            return False
        return not self.english.lemmas(typed) and self.english.rare_zipf(typed) < NAME_TYPO_ZIPF

    def _alias_spelled(self, w: str) -> str:
        """A one-word alias the glossary gives as a misspelling of a word of its entry's name ("guidl" of
        "Guild"), within Index.correct's reach of it (one edit up to eight letters, two beyond): that word, which
        the facts use and the search finds; `w` itself for any other alias ("nyc")."""
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        entry = self.brief.entities.get(self.brief.aliases[w])
        if entry is None or " " in w or not w.isalpha():
            return w
        spelled = [t for t in words(entry.name.lower()) if t != w and t.isalpha() and len(t) >= len(w) - 1]
        limit = 1 if len(w) <= 8 else 2
        found = process.extractOne(w, spelled, scorer=OSA.distance, score_cutoff=limit) if spelled else None
        return str(found[0]) if found is not None and min(len(w), len(found[0])) >= MIN_SPELLED else w

    def _vowel_restored(self, w: str) -> str | None:
        """The word `w` (a short unknown one) stands for with one vowel put back ("py" -> "pay"): the most frequent
        English word so made (wordfreq's Zipf scale, English.zipf) when it is an everyday word, the brief uses it (or
        its IRREGULAR form: "paid"), and it is clearly ahead of the next such word (VOWEL_LEAD); None otherwise."""
        if not w.isalpha():
            return None
        made = {w[:i] + v + w[i:] for i in range(len(w) + 1) for v in VOWELS}
        ranked = sorted(((self.english.zipf(m), m) for m in made), reverse=True)
        (top, word), runner = ranked[0], ranked[1][0] if len(ranked) > 1 else 0.0
        if not self.english.everyday(word) or top - runner < VOWEL_LEAD:
            return None
        return word if self.knows(word) or self.knows(IRREGULAR.get(word, word)) else None

    def _vowel_respelled(self, w: str) -> str | None:
        """The word `w` (a short one, not everyday) stands for with one vowel letter spelled otherwise ("pai" ->
        "pay"; "y" and "w" count as vowels after one, `consonant_skeleton`): the most frequent English word so made
        (English.zipf), when it is everyday, RESPELLED_LEAD ahead of `w` itself, clearly ahead of the next such word
        (VOWEL_LEAD), no function word, and the brief uses it (or its IRREGULAR form). Never for a word English's
        dictionary has (lemminflect: "bet", "wen" are words, not typos of "but" or "when")."""
        if not w.isalpha() or self.english.lemmas(w):
            return None
        made = {
            w[:i] + v + w[i + 1 :]
            for i, c in enumerate(w)
            if i and (c in VOWELS or (c == "w" and w[i - 1] in VOWELS))
            for v in RESPELLED_VOWELS
            if v != c
        }
        ranked = sorted(((self.english.zipf(m), m) for m in made), reverse=True)
        if not ranked:
            return None
        (top, word), runner = ranked[0], ranked[1][0] if len(ranked) > 1 else 0.0
        if not self.english.everyday(word) or top - runner < VOWEL_LEAD or top - self.english.zipf(w) < RESPELLED_LEAD:
            return None
        if word in STOPWORDS:
            return None
        return word if self.knows(word) or self.knows(IRREGULAR.get(word, word)) else None

    def _respelled(self, w: str) -> str | None:
        """The brief word an unknown `w` is typed for with some vowels dropped (`Index.respellings`: "grps" ->
        "groups", "contrct" -> "contract"; chat keeps a word's consonants and its start): the most frequent of them in
        English (wordfreq's Zipf scale) when it is clearly ahead (VOWEL_LEAD) of every other of another stem; None when
        there is none or no one reading ("prt" of both "part" and "port" as often), and for a word English has: one
        lemminflect's dictionary knows ("reined" is no "renewed") or one wordfreq's full list has as often as
        RESPELLED_RARE_ZIPF, a name most ("ponting" is no "pointing", "hoss" no "houses")."""
        if self.english.lemmas(w) or self.english.rare_zipf(w) >= RESPELLED_RARE_ZIPF:
            return None  # a real word ("reined", "abate") or a name ("saito", "reyna"), not a typo
        found = self.index.respellings(w)
        if not found:
            return None
        ranked = sorted(((self.english.zipf(f), f) for f in found), reverse=True)
        top, word = ranked[0]
        others = [z for z, f in ranked[1:] if stem(f) != stem(word)]
        return word if not others or top - max(others) >= VOWEL_LEAD else None

    @staticmethod
    def _cue_as_near(typed: str, guessed: str) -> str | None:
        """The first of CUE_TERMS (in sorted order) as few edits (OSA) from `typed` as `guessed` is, or None."""
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        near = OSA.distance(typed, guessed)
        found = process.extractOne(typed, SORTED_CUES, scorer=OSA.distance, score_cutoff=near)
        return str(found[0]) if found is not None else None

    def _head_name(self, tokens: list[str], spans: list[tuple[int, int, str]]) -> str | None:
        """The one thing a "what is" question asks to define when it names it after another name that qualifies it
        ("what was Lind's harbour lease", "what is the Gazette Lantern program"): English puts a noun phrase's head
        last, and a name before it, possessive or not, says whose or which it is. The last name's id, when the words
        after "what" and its copula are names only, side by side (an article first or an "s" between aside), and
        that entry's own words name each earlier one (it is theirs, as the brief tells it); None otherwise, or when
        they name one thing."""
        if tokens[:1] != ["what"]:
            return None
        at = 2 if tokens[1:2] and tokens[1] in COPULAS else 1
        at += tokens[at : at + 1] == ["the"] and spans[0][0] != at  # (a name may hold its "the")
        for start, end, _ in spans:
            if start != at:
                return None
            at = end + (tokens[end : end + 1] == ["s"])
        head = spans[-1][2]
        # "what was Lind's harbour lease about", "…, per these articles": what it is, asked all the same
        attribution = whole_attribution(tokens)  # (once, not per word)
        # ("what was linds harbour lease thing": a noun that names nothing of its own ends it as if unsaid; blind
        # set BL, where the possessive's name had been taken for a second thing asked)
        ending = [t for i, t in enumerate(tokens[at:], at) if i not in attribution and t not in VAGUE_NOUNS]
        if ending not in ([], ["about"]) or {e for _, _, e in spans} == {head}:
            return None
        entry = self.brief.entities[head]
        said = set(words(" ".join([entry.name, *entry.aliases, entry.description]).lower()))
        for _, _, earlier in spans[:-1]:
            named = self.brief.entities[earlier]
            if not any(set(words(n.lower())) <= said for n in (named.name, *named.aliases)):
                return None
        return head

    def _unguessed_names(self, tokens: list[str], typed: list[str]) -> list[str]:
        """`tokens` with a word's guessed fix undone where a word beside it is one neither the brief nor the typo
        fixer knows ("did the guild deal with Harbour Analytica": "analytica" is no slip of the brief's
        "analytical"): two such words side by side read as a name the articles never mention, and the question
        must stay about it, not about the brief word one edit away."""
        out = list(tokens)
        # "what is Lanternix": the one word a definition is asked of, guessed as a brief word ("lantern") that names
        # nothing of the glossary, is a name the articles never mention (a slip of a name, "falcn", is fixed)
        defined = len(tokens) - 1 if tokens[:1] in (["what"], ["who"]) and tokens[1:2] and tokens[1] in COPULAS else -1
        for i, (fixed, word) in enumerate(zip(tokens, typed, strict=False)):
            if fixed == word or word not in self._guessed:
                continue
            named_once = i == defined == 2 and fixed not in self.brief.aliases
            if named_once or (
                any(self._strange(tokens, typed, j) for j in (i - 1, i + 1)) and not self._slipped_pair(tokens, i)
            ):
                out[i] = word
        return out

    def _slipped_pair(self, tokens: list[str], at: int) -> bool:
        """Whether the word fixed at `at` is a word of a multi-word alias whose other words stand beside it as
        typed, one of them with one slip (`_named_again` reads it as the alias): "mariah okafro" for "Maria
        Okafor", a slip in each word of one name, and not a name the articles never mention beside a brief word
        (a neighbour that near one name's other word is that name's, not another's)."""
        from rapidfuzz.distance import OSA

        for said, j in self._alias_places.get(tokens[at], ()):
            start = at - j
            typed = tokens[start : start + len(said)] if start >= 0 else []
            if len(typed) != len(said):
                continue
            slips = [(t, w) for k, (t, w) in enumerate(zip(typed, said, strict=True)) if k != j and t != w]
            if len(slips) == 1 and len(slips[0][1]) >= NAME_SLIP_SIZE and OSA.distance(*slips[0]) <= 1:
                return True
        return False

    def _strange(self, tokens: list[str], typed: list[str], at: int) -> bool:
        """The word typed at `at` may be part of a name: left as typed, an English word (a typo's glued halves,
        "yprotesters", are none) but no everyday one ("man" of "how man yprotesters"), in its bare form ("themed",
        "signs" are a word inflected, no name), no function word, and unknown to the brief."""
        if not 0 <= at < min(len(tokens), len(typed)):
            return False
        word = typed[at]
        return (
            tokens[at] == word
            and len(word) >= MIN_NAME_WORD
            and word.isalpha()
            and self.english.common(word)
            and not self.english.everyday(word)
            and not self._inflected(word)
            and word not in STOPWORDS
            and word not in CUE_TERMS
            and word not in CHAT
            and word not in self.brief.aliases
            and word not in self._synonyms
            and not self.knows(word)
        )

    def _inflected(self, word: str) -> bool:
        """An English word with an ending of inflection: "themed" ("theme"), "signed", "signs", "boxes", "going"."""
        for ending in INFLECTIONS:
            base = word[: -len(ending)]
            if not word.endswith(ending) or len(base) < 2:
                continue
            if self.english.common(base) or self.english.common(base + "e"):
                return True
        return False

    def _name_slip(self, word: str, at: int, spans: list[tuple[int, int, str]]) -> bool:
        """A word the brief never uses, right before or after a name found (`spans`: name_spans), one edit (OSA) from
        a word of that entity's name or aliases ("alx" beside "Lind" for "Ada Lind"): a slip in the name, which
        typo fixing leaves alone in words under four letters."""
        if len(word) < 3 or not word.isalpha() or self.knows(word):
            return False
        from rapidfuzz.distance import OSA  # imported on the first such word: most questions have none

        for a, b, entity_id in spans:
            if at not in (a - 1, b):
                continue
            entity = self.brief.entities.get(entity_id)
            names = [entity.name, *entity.aliases] if entity is not None else []
            if any(OSA.distance(word, part) <= 1 for name in names for part in words(name.lower()) if len(part) >= 3):
                return True
        return False

    def source_age(self, tokens: list[str]) -> bool | None:
        """`source_age` of the question's words but stopwords, chat and thanks: True when it asks for the newest of
        the bot's own articles, False for the oldest, else None."""
        # only asked which one it is: "which source is newest", "what's (is) the latest article"; "what did the latest
        # article say", "when was the first story published" ask something of that one (find_sources)
        named = tokens[-1:] != [] and tokens[-1] in OWN_SOURCES | OWN_SOURCE
        what_is = tokens[:1] == ["what"] and tokens[1:2] in (["is"], ["the"], ["was"])
        which = tokens[:1] == ["which"] or (what_is and named)
        if not which:
            return None
        return source_age([t for t in tokens if t not in CHAT and t not in STOPWORDS and t not in THANKS])

    def source_dated(self, tokens: list[str]) -> str:
        """`source_dated` of a question asking which of the bot's own articles ("which article is from august 2019",
        "what stories came out in 2018"): the date asked, else ""."""
        if tokens[:1] not in (["which"], ["what"]) or not SOURCE_TOPIC.isdisjoint(tokens):
            return ""  # "which article is about 2017": what it tells of, not when it came out
        return source_dated([t for t in tokens if t not in CHAT and t not in STOPWORDS and t not in THANKS])

    def source_membership(self, tokens: list[str]) -> tuple[list[str], str | None] | None:
        """Whether a thing is one of the bot's own articles ("is the Gazette one of your sources", "is the Courier
        among the articles"): the words naming it (as typed, with their article) and the id of the source they
        name, or None for the source when they name only an outlet that is no source of the brief (a `media` entry
        the articles cite) or words the brief never uses; None when not so asked, or when the words name anything
        else ("is the lease one of your sources" asks whether the articles tell of it)."""
        if len(tokens) < MEMBERSHIP_WORDS or tokens[0] not in ("is", "are", "was", "were"):
            return None
        at = next((i for i in range(2, len(tokens)) if tokens[i : i + 2] == ["one", "of"] or tokens[i] == "among"), 0)
        if not at:
            return None
        after = tokens[at + (2 if tokens[at] == "one" else 1) :]
        # "one of the sources", asked of the bot, is one of its own as "one of your sources" is; words after the
        # noun ("one of the sources cited") would make them some others
        if after[:1] not in (["your"], ["ur"], ["the"]) or after[1:] not in [[w] for w in OWN_SOURCES]:
            return None
        named = [t for t in tokens[1:at] if t not in ("the", "a", "an")]
        if not named:
            return None
        found, where = self.find_sources(named)
        if len(found) == 1 and len(where) == len(named):
            return tokens[1:at], next(iter(found))
        entities, consumed = self.find_entities(named)
        if entities and len(consumed) == len(named):
            media = all(self.brief.entities[e].kind == "media" for e in entities)
            return (tokens[1:at], None) if media else None
        # (a word the typo fixer reads as a brief word may be a source's name mistyped: "truthot")
        unknown = not any(self.knows(t) or self._fix(t) != t for t in named)
        return (tokens[1:at], None) if unknown else None

    def chatter(self, tokens: list[str]) -> str:
        """Greetings and pleasantries only ("good morning all", "how's it going"): nothing is asked. Which kind:
        "thanks", "overview" (a request for everything: "tell me everything", "what do you know"), "usage" (how
        to use the bot itself: "how do i subscribe this channel"), "sources" (the articles it answers from: "what
        are your sources"), "links" (a link to them: "link?") or "hello"; "" when something is asked."""
        content = [t for t in tokens if t not in CHAT and t not in STOPWORDS and t not in THANKS]
        thanked = not THANKS.isdisjoint(tokens) and len(content) <= THANKS_WORDS
        if thanked and kind_of(" ".join(tokens)) == "topic" and not self.find_entities(tokens)[0]:
            return "thanks"  # "thx that was helpful!": thanks, asking nothing
        if content and set(content) <= USAGE_WORDS and ("bot" in tokens or not BOT_COMMANDS.isdisjoint(content)):
            return "usage"
        if content and set(content) <= OWN_SOURCES_ASKING and not OWN_SOURCES.isdisjoint(content):
            return "sources"  # "what are your sources", "how many articles are there": the articles answers rest on
        if content and set(content) <= OWN_TOPICS_ASKING and not OWN_TOPICS.isdisjoint(content):
            return "overview"  # "what topics do you cover": the brief's topics, as "tell me everything" gives them
        if content and set(content) <= ASKING_YOU and "what" in tokens and not ASKER_MAY.isdisjoint(tokens):
            return "overview"  # "what can i ask you", "what questions should we ask": what it covers, as above
        if content and not LINK_WORDS.isdisjoint(content) and self._asks_link_only(tokens, content):
            return "links"  # "link?", "url for the article": no topic of the brief, and never "off topic"
        if (
            self.source_age(tokens) is not None
            or self.source_membership(tokens) is not None
            or self.source_dated(tokens)
        ):
            return "sources"  # "which source is newest": one of them, by when each was published
        if content and set(content) <= TURNS and not TURN_WORDS.isdisjoint(tokens):
            return "hello"  # "ok, new question", "next topic": a question is coming, none asked yet
        if not tokens or content:
            return ""
        if not THANKS.isdisjoint(tokens):
            return "thanks"
        return "overview" if not OVERVIEW.isdisjoint(tokens) else "hello"

    def _asks_link_only(self, tokens: list[str], content: list[str]) -> bool:
        """Every content word asks for a link (LINK_ASKING) or names one of the sources by its outlet ("the link to
        the Gazette article"): an address asked, not the link between two things of the brief."""
        _, where = self.find_sources(tokens)
        asked = set(content)
        return all(t in LINK_ASKING or i in where for i, t in enumerate(tokens) if t in asked)

    def foreign(self, norm: Normalized) -> bool:
        """Written in another language: mostly in letters of another script than the Latin one, or so decided by
        py3langid, asked only when the words look foreign at all (an accented letter, a third of the words or at
        least two of them neither English nor the brief's), so most questions never load it."""
        tokens = norm.tokens
        if other_script(norm.text):
            return True  # "Gull Point的灯塔…": the language model only tells European languages apart
        if len(tokens) < 2:
            return False
        # an accented word is a sign of another language, but not one the brief names once its accents are dropped
        # ("who is Okafór": a name typed with an accent, which English keeps on names it borrows)
        accented = not norm.text.isascii() and any(
            not run.isascii() and unaccented(run.lower()) not in self.brief.aliases
            for run in _WORD_RUN.findall(norm.text)
        )
        strange = 0  # counted in a loop, not summed over a generator: every question is checked
        for t in tokens:
            if (
                t not in STOPWORDS
                and t not in CHAT
                and not t.isdigit()
                and self.english.zipf(t) < FAMILIAR_ZIPF
                and not self.knows(t)
                and t not in self.brief.aliases
            ):
                strange += 1
        looks_foreign = accented or strange * 3 >= len(tokens)
        if not looks_foreign and strange < FEW_STRANGE:
            return False
        return self.english.foreign(norm.text, 0.5 if accented else 0.8 if looks_foreign else SURE_FOREIGN)

    def _hedges(self, tokens: list[str], pieces: Pieces) -> set[int]:
        """The positions of what the asker says before turning to the question with "but" when it names nothing the
        brief knows ("sorry if this is obvious but", "might be a dumb q but"), or of an apology before it ("sorry
        to bug you, …"): manners, not the question's words. `pieces`: the question's (`pieces_of`)."""
        ranges, asking = pieces
        return self._question_named(tokens) | {
            i
            for p, after in itertools.pairwise(ranges)
            if after in asking
            and p not in asking
            and (
                tokens[p.start] in APOLOGIES  # "sorry to bug you, how much …": an apology, whatever its words
                or (
                    tokens[p.stop - 1] == "but"
                    and not any(
                        self.knows(tokens[j])
                        for j in p
                        if tokens[j] not in STOPWORDS and tokens[j] not in CHAT and not _letter(tokens[j])  # "dumb q"
                    )
                )
            )
            for i in p
        }

    def _question_named(self, tokens: list[str]) -> set[int]:
        """The positions of an opening remark naming the question itself right before it asks ("noob question what
        is X", "sorry dumb q, who …"), when its other words name nothing the brief knows ("contract question: how
        much …" keeps its subject): manners, as "quick question" is."""
        at = next((k for k, t in enumerate(tokens[:-1]) if t in QUESTION_NOUNS), None)
        if at is None or (tokens[at + 1] not in WH_WORDS and tokens[at + 1] not in AUXILIARIES):
            return set()
        if any(self.knows(t) for t in tokens[:at] if t not in STOPWORDS and t not in CHAT and not _letter(t)):
            return set()
        return set(range(at + 1))

    def _phrased(self, tokens: list[str], norm: Normalized) -> tuple[list[str], Normalized]:
        """The question's words (`tokens`, as fixed, and `norm`'s as typed, position for position) with each phrase
        the brief's synonyms have a key of several words for ("did they back down") read as the words of its first
        synonym ("did they budge"), in its text too; `norm`'s breaks and asides moved with them."""
        fixed: list[str] = []
        typed: list[str] = []
        at: list[int] = []  # each old position's new one
        text = norm.text
        starts = self._phrase_starts
        i = 0
        while i < len(tokens):
            key = None  # no key is tried at a word none begins with (most words): each would build two tuples
            meaning: list[str] = []
            if tokens[i] in starts or norm.tokens[i] in starts:
                first, typed_first = _owned_slot(tokens[i : i + 1])[0], _owned_slot(norm.tokens[i : i + 1])[0]
                keys = (
                    self._phrases_from.get(first, ())
                    if first == typed_first
                    else [k for k in self._phrases if k[0] in (first, typed_first)]  # a word fixed: either's, in order
                )
                key = next(  # as typed or as fixed ("taken down" is read "took down")
                    (
                        k
                        for k in keys
                        if k in (_owned_slot(tokens[i : i + len(k)]), _owned_slot(norm.tokens[i : i + len(k)]))
                    ),
                    None,
                )
                if key is not None:
                    meaning = self._phrases[key]
                elif (phrasal := self._phrasal.get(tuple(norm.tokens[i : i + 2]))) is not None:
                    forms, verb = phrasal
                    if verb in CUE_TERMS or not self._says_phrase(forms, norm.tokens[i + 1]):
                        key, meaning = tuple(norm.tokens[i : i + 2]), [verb]
            if key is None:
                at.append(len(fixed))
                fixed.append(tokens[i])
                typed.append(norm.tokens[i])
                i += 1
                continue
            at.extend([len(fixed)] * len(key))
            fixed.extend(meaning)
            typed.extend(meaning)
            # the text too, which the act and other patterns are read in
            typed_key = typed_pattern(norm.tokens[i : i + len(key)])
            text = re.sub(typed_key, " ".join(meaning), text, count=1, flags=re.IGNORECASE)
            i += len(key)
        breaks = tuple(dict.fromkeys(at[b] for b in norm.breaks if b < len(at)))
        asides = frozenset(at[a] for a in norm.asides if a < len(at))
        return fixed, replace(norm, text=text, tokens=typed, breaks=breaks, asides=asides)

    def _up_as_ending(self, tokens: list[str], norm: Normalized) -> tuple[list[str], Normalized]:
        """The question's closing "up" of "when is the lease up" (`_ending_up`) read as the first verb of ending the
        brief uses (ENDING_MEANT: "when is the lease expire"), in `norm`'s tokens and text too; as it was when the
        brief uses none of them."""
        closing = tokens[-1]
        verb = next((v for v in (ENDING_MEANT if closing == "up" else ENDED_MEANT) if self.knows(v)), None)
        if verb is None or norm.tokens[-1:] != [closing]:
            return tokens, norm
        # asked as "when does the lease expire" is, copula and all: "when is the lease expire" took another path,
        # which dated a lease's signing as its running out
        text = norm.text
        if tokens[-2:-1] == ["be"]:  # "when will the lease be up": "when will the lease expire"
            text = re.sub(rf"\bbe\s+{closing}\b(?!.*\b{closing}\b)", verb, text, count=1, flags=_UP_FLAGS)
        else:
            at = next((i for i, t in enumerate(tokens[:-1]) if t in COPULAS), None)
            done = "did" if at is not None and tokens[at] in PAST_COPULAS else "does"
            if at is None:  # "whens the lease up": the copula cut short after "when"
                text = re.sub(r"\bwhen['’]?s\b", "when " + done, text, count=1, flags=_UP_FLAGS)
            else:
                text = re.sub(rf"\b{tokens[at]}\b", done, text, count=1, flags=_UP_FLAGS)
            text = re.sub(rf"\b{closing}\b(?!.*\b{closing}\b)", verb, text, count=1, flags=_UP_FLAGS)
        return _up_done(tokens, verb), replace(norm, text=text, tokens=_up_done(norm.tokens, verb))

    def read_phrases(self) -> int:
        """Work out now, for every phrasal verb the brief may be read with (`_phrasal`), whether its text says the
        phrase itself (`_says_phrase`), as the first question using each would: for a process answering many
        questions (`Answerer.warm`). Each is a search and a look through its hits (~1-1.5 ms, once per phrase, on
        whichever question first used it; ~7 ms for the shipped brief's 19). Returns how many are worked out."""
        for phrase, (forms, _) in self._phrasal.items():  # keyed (verb form, particle), as a question reads them
            self._says_phrase(forms, phrase[1])
        return len(self._said_phrases)

    def _says_phrase(self, forms: tuple[str, ...], particle: str) -> bool:
        """The brief's own text has the phrasal verb, in any of its verb's `forms` ("backed out of the contract"):
        its words are the brief's, not another verb's. Looked for in the facts a bounded search ranks best for the
        verb (PHRASE_HITS), once per phrase."""
        key = (*forms, particle)
        said = self._said_phrases.get(key)
        if said is None:
            phrase = re.compile(rf"\b(?:{'|'.join(forms)})\W+{particle}\b")
            said = any(
                phrase.search(self.index.doc(doc_id).all_text.lower())
                for doc_id, _ in self.index.search([*forms, particle], PHRASE_HITS)
            )
            self._said_phrases[key] = said
        return said

    def understand(self, norm: Normalized) -> Question:
        # a word typed in capitals in a question that is not all capitals is a name or an acronym ("the IRS"), never a
        # typo of a word the brief or English knows ("its")
        typed_caps = (
            frozenset(a.lower() for a in ACRONYM().findall(norm.text))
            if norm.text != norm.text.upper()
            else frozenset()
        )
        if not LETTING.isdisjoint(norm.tokens):
            norm = _let_doer_dropped(norm, self.name_spans(norm.tokens))
        fixed = self._fixed  # a word's fix, kept once worked out (never empty): read here without a call per word
        tokens = _entering([w if w in typed_caps else fixed.get(w) or self._fix(w) for w in norm.tokens])
        if tokens != norm.tokens and len(tokens) == len(norm.tokens):
            tokens = _verbs_unfixed_after_prepositions(tokens, norm.tokens)
        opinion = "'" in norm.text or "’" in norm.text or not POSSESSIVES.isdisjoint(norm.tokens)
        opinion = opinion and OPINION_OF.search(norm.text.lower()) is not None
        if not BASE_FORM_MODALS.isdisjoint(norm.tokens):
            tokens = self._base_forms_after_modals(tokens, norm.tokens)
        if opinion and "take" in norm.tokens:  # "Lind's take on it": the noun, not a verb read as the brief's "took"
            tokens = [t if n != "take" else n for t, n in zip(tokens, norm.tokens, strict=True)]
        if self._guessed and not self._guessed.keys().isdisjoint(norm.tokens):
            tokens = self._unguessed_names(tokens, norm.tokens)
        if tokens[:1] == ["what"]:  # every idiom opens so: most questions skip the look
            tokens = _idiom_read(tokens)
        if not self._alias_places.keys().isdisjoint(tokens):
            tokens = self._named_again(tokens)
        if not self._skipped.keys().isdisjoint(tokens):
            tokens = self._skipped_restored(tokens)
        if not self._phrase_starts.isdisjoint(tokens) or not self._phrase_starts.isdisjoint(norm.tokens):
            tokens, norm = self._phrased(tokens, norm)
        # (read before a closing attribution: "when is the lease up according to the Gazette")
        cut, typed_cut = _attributed_from(tokens), _attributed_from(norm.tokens)
        ending_part, typed_head = tokens[:cut], replace(norm, tokens=norm.tokens[:typed_cut])
        read: tuple[list[str], Normalized] | None = None
        if _made_asked(ending_part) and typed_head.tokens[-1:] == ending_part[-1:]:
            read = _as_written(ending_part, typed_head, fixed.get(WRITTEN) or self._fix(WRITTEN))
        elif (
            ending_part
            and (ending_part[-1] == "up" or ending_part[-1] in ENDED_STATES)
            and _ending_up(ending_part, norm.text)
        ):
            read = self._up_as_ending(ending_part, typed_head)
        elif "when" in ending_part and not ENDING_SAID.keys().isdisjoint(ending_part[-2:]):
            read = _ending_said(ending_part, typed_head)
        if read is not None:
            tokens, norm = (
                [*read[0], *tokens[cut:]],
                replace(read[1], tokens=[*read[1].tokens, *norm.tokens[typed_cut:]]),
            )
        if "one" in tokens:
            tokens = _article_ones(tokens, self._outlet_words)
        joined = " ".join(tokens)
        breaks = turning_breaks(tokens, norm.breaks)
        pieces = pieces_of(tokens, breaks)  # read by each of the next steps: split and judged once
        hedges = self._hedges(tokens, pieces)  # manners before a turning "but": neither asked nor a scene
        clause = context_positions(tokens, breaks, norm.asides, split=pieces) - hedges
        start = pieces[1][-1].start if pieces[1] else 0  # where the last asking piece begins (0 when none asks)
        asked_piece = " ".join(t for i, t in enumerate(tokens) if i >= start and i not in clause)
        actor = actor_of(asked_piece, tokens[:start])
        scene = clause if actor else self.scene(tokens, clause, norm.asides)  # "what did X do when …": X's act
        asked_part = " ".join(t for i, t in enumerate(tokens) if i not in clause)
        kind = kind_of(asked_part if clause else joined)
        if kind == "topic" and (asking := _after_set_aside(tokens)):  # "excluding 2019 what contracts did the guild
            kind = kind_of(" ".join(tokens[asking:]))  # have": the kind the question after the setting aside asks
        whole = whole_attribution(tokens)  # "…, per these articles": where every answer is told, said
        if kind == "topic" and whole:  # "what was the policy about, per these articles": asked as without it
            kind = kind_of(" ".join(t for i, t in enumerate(tokens) if i not in whole and i not in clause))
        if kind == "topic" and start:  # "the letter got taped to the door - when was that?": the asking piece's
            kind = kind_of(" ".join(tokens[start:]))  # kind, when the whole reads as none
        if kind == "topic" and hedges:  # "dumb question is the lease still on": the kind of what follows the manners
            kind = kind_of(" ".join(t for i, t in enumerate(tokens) if i not in hedges))
        if kind == "topic" and opinion:  # "Ada Lind's take on the lease": her words on it
            kind = "quote"
        tagged = len(tokens) > 2 and tokens[-1] in TAGS
        if kind == "topic" and tagged:  # "so the guild dropped the lease after the vote, right?": the tag asks
            kind = "yes-no"  # of the whole, scene and all
        q = Question(text=norm.text, words=tokens, kind=kind, capitals=typed_caps, typed_quote=_typed_quote(norm.text))
        if q.kind == "comparison":
            q.sides, q.side_names = _kind_shared(tokens, *self._sides(tokens), self.english.verb)
            if not q.sides:  # "more than 120 hires": a quantity, not a comparison
                q.kind = kind_of(joined, skip=("comparison",))  # before anything reads the kind
        guess = self._outlet_guess(tokens, norm)  # "… - was that the Gazette?": a guess, not a source
        unguessed = tokens[: min(guess)] if guess else tokens
        q.sources, source_words = self.find_sources(unguessed)
        source_words |= _aside_article(tokens, norm.text, source_words) | _outlets_article(tokens, source_words)
        # "the article quoting the keeper, was that the Gazette?": which article it is, asked by a guess alone
        which_article = bool(guess) and WH_WORDS.isdisjoint(unguessed) and not ARTICLE_WORDS.isdisjoint(unguessed)
        if which_article and q.kind == "yes-no":
            q.kind = "topic"
        attributed = _after_attribution(tokens, source_words) if q.kind == "topic" and source_words else 0
        if attributed:  # "per the Gazette when did …": the ask after the attribution
            q.kind = kind_of(" ".join(tokens[attributed:]))
        if q.kind == "quote" and source_words and _speaks_first(tokens, source_words):
            q.kind = kind_of(joined, skip=("quote",))  # "what does the Gazette say X does": what it reports
            # ("what does the Gazette piece say X did": the piece says which article, as the name does: no subject)
            source_words |= {i for i, t in enumerate(tokens) if t in ARTICLE_WORDS and i - 1 in source_words}
        q.years = {  # not a year naming an article ("per the 2018 article")
            t for i, t in enumerate(tokens) if _is_year(t) and i not in source_words
        }
        spans = self.name_spans(tokens)  # the names, as read by the steps below
        q.named, consumed = self.find_entities(tokens, norm.tokens, spans=spans)
        q.entities, q.named_at = list(q.named), consumed
        if q.kind == "what-is" and len(spans) > 1:
            head = self._head_name(tokens, spans)
            q.entities = [head] if head is not None else q.entities
        if q.kind == "topic" and self._stated_asking(tokens, spans, norm):
            q.kind = "yes-no"  # "the guild dropped the lease?", "guild drop the lease?": whether it did
        # "who organized it besides the guild", and in a who-question "who founded it with Lind": named right after
        setting_aside = EXCLUDING | ACCOMPANYING if q.kind == "who" else EXCLUDING
        if not setting_aside.isdisjoint(tokens) or any(pair[0] in tokens for pair in SETTING_ASIDE_PAIRS):
            q.excluded = {
                e
                for a, _, e in spans
                if any(t in setting_aside for t in tokens[max(0, a - 2) : a])
                or tuple(tokens[max(0, a - 2) : a]) in SETTING_ASIDE_PAIRS
            }
            q.excluded_figures = _figures_set_aside(tokens, setting_aside)
            named = {i for a, b, _ in spans for i in range(a, b)}
            q.excluded_words = _words_set_aside(tokens, setting_aside, named, set(breaks)) - q.excluded_figures
        q.isolated = {e for a, b, e in spans if e not in q.excluded and _asked_alone(tokens, a, b)}
        q.on_date, dated = explicit_date(tokens)
        if dated and dated <= source_words:
            q.on_date, dated = "", set()  # "the 2018 article": the year names the article, no date is asked of
        q.date_words = {tokens[i] for i in dated}
        if set_aside_years := {w for w in q.excluded_words if _is_year(w)}:
            # "not counting the 2015 renewal": the year names what is set aside, no date asked of
            q.years -= set_aside_years
            if q.on_date in set_aside_years:
                q.on_date, q.date_words = "", q.date_words - set_aside_years
        q.weekdays = WEEKDAYS.intersection(tokens)
        free = " ".join(t for i, t in enumerate(tokens) if i not in consumed)  # "Now Is The Hour" is a name
        q.current = CURRENT.search(free) is not None
        if q.current and q.sources and q.kind in ("count", "amount"):
            q.current = False  # "per the july 2018 article, how many contracts does it currently have": then, not now
        if q.current and "still" in tokens and q.years and q.kind in ("count", "amount"):
            q.current = False  # "how much was the lease still running in 2018": still then, not now
        if q.current and "still" in tokens and q.years and q.kind != "yes-no" and not PAST_COPULAS.isdisjoint(tokens):
            q.current = False  # "which of the 2018 leases was still running": still in the year named, told in the past
        if q.current and CURRENT.findall(free) == ["still"] and _past_opening(tokens) and concedes(tokens):
            # "did the guild still renew the lease even though keepers objected": "still" concedes (all the same),
            # of a past act; it asks nothing of today
            q.current = False
        if q.current and REPORTED_NOW.search(free) is not None and CURRENT.findall(free) == TODAY.findall(free):
            # "what did Lind say was currently happening": the present of her words, not today; no word to search
            q.current = False
            _not_looked_for(q, [t for t in TODAY.findall(free) if " " not in t])
        q.today = q.current and TODAY.search(free) is not None
        padded = f" {joined} "
        for name, cues in PADDED_CUES:
            if has_cue(padded, cues):
                q.cues.add(name)
        if q.kind != "quote" and asks_cited(tokens):  # a quote question's speakers say whose words
            q.cues.add("cited")  # whose reporting an article passes on: a fact naming the outlet or reporter
            if q.kind in ("where", "who"):  # "where did the piece get its figures": from whom, not a place; and
                q.kind = "topic"  # whoever it is, what the names in the question say is which piece, not whose act
        if BARE_DOLLAR.search(norm.text) and q.kind in ("topic", "amount", "what-is"):  # "total $$", "the $ value"
            q.cues.update(("money", "money_ask"))
            # ... not when a "which" phrase asks a thing of a kind ("which contractor got the big $": the contractor,
            # the sum only telling which; asked_noun)
            if (
                q.kind == "topic"
                and HELD_DOLLAR.search(norm.text) is None
                and asked_noun(tokens, norm.text, self.english.verb, q.named_at) is None
            ):
                q.kind = "amount"
        # "when did X start", and "since when has X …": the earliest date the sources give; so does "how long has X
        # worked with Y", a present perfect asking the length of what still goes on, which only its start tells
        # (not "how long has X been trying to …": an effort whose length a fact may give, "for more than a year")
        since = bool(HOW_LONG_SINCE.search(padded)) and "been" not in tokens
        q.earliest = q.kind == "date" and (not STARTING.isdisjoint(tokens) or " since when " in padded or since)
        # "where was the first protest": the place of the earliest told (Dates.earliest, of facts naming a place)
        q.earliest = q.earliest or (q.kind == "where" and not FIRST_WORDS.isdisjoint(tokens))
        if q.kind == "amount" and "count" not in q.cues:
            q.cues.update(("money", "money_ask"))  # "how big is the deal": a sum is asked without a money word
        if asks_size_of_agreement(tokens) and "count" not in q.cues:
            q.cues.update(("money", "money_ask"))  # "who got the bigger contract": the larger sum is asked
        if q.kind == "count":
            q.cues.add("count")  # "how big was the crowd"
        if q.kind == "date":
            q.cues.add("when")  # "what exact date …", "what was the year …": a date is asked without a cue word
        else:
            q.cues.discard("when")  # "what did they do when nobody came": a conjunction, not a date question
        if q.kind in ("why-how", "date") or not PROPORTION.isdisjoint(tokens):
            # "why did they reject the guild's money": a reason, not an amount, is asked; "when did they publish the
            # report on the guild's money ties": a date (blind set BI); "what share of the guild's money comes from
            # dues": a proportion
            q.cues.discard("money_ask")
        if q.kind != "where":
            q.cues.discard("where")  # "where does the name come from": an origin, not a place
        if q.kind == "count":
            q.whole = whole_counted(tokens)
            q.counted = _counted([t for t in tokens if t not in self.brief.aliases and t != q.whole])
            q.counted_owner = self._counted_owner(tokens, q.counted)
        if q.kind == "date":
            q.staff_owner = self._staff_owner(tokens)
        dropped: list[str] = []  # the outlets named only as the source
        if source_words:  # "according to the Harbour Post": the source, not an entity the question is about
            named_sources = {tokens[i] for i in source_words}
            outlets = {self._outlet_entities.get(s) for s in q.sources}
            kept = [
                e
                for e in q.entities
                if e not in outlets and not set(words(self.brief.entities[e].name)) <= named_sources
            ]
            dropped, q.entities = [e for e in q.entities if e not in kept], kept
        remarks = remark_positions(tokens, breaks, split=pieces) | hedges | guess
        if guess:  # a name said only in the guess is no subject
            q.entities = [e for e in q.entities if e in self.find_entities(unguessed)[0]]
        # "whose figures does the piece on the vigil pass on": the words saying which piece are no subject
        q.outlet = which_article or asks_outlet(unguessed)
        # "whose figure does the Gazette piece on the vigil pass on": the words saying which piece are no subject;
        # but "which site wrote the Gazette article w the lamp signs" asks whose that piece is, told by what it tells
        described = (
            article_description(tokens, breaks) if q.sources and not (q.outlet and "cited" not in q.cues) else set()
        )
        if q.kind == "count" and q.counted in OWN_SOURCES and q.entities:
            # "how many articles mention the lamp": which articles do, counted (compose/composer.py)
            q.kind, q.outlet = "topic", True
            q.cues.discard("count")
        elif q.kind == "yes-no" and q.entities and any_article_naming(unguessed):
            # "does any article mention the lamp": yes, so many, which (refused, as ever, when none is found)
            q.kind, q.outlet, q.counted = "topic", True, "articles"
        noun_at = max((i for i, t in enumerate(tokens) if t in OUTLET_NOUNS), default=-1)
        if q.outlet and q.sources and 0 <= len(tokens) - noun_at - 1 <= OUTLET_GUESS:
            q.sources = self.find_sources(tokens[:noun_at])[0]  # "… which outlet? the Gazette?": a guess at the answer
        said_articles = (t for i, t in enumerate(tokens) if i not in whole)  # not "per these articles"
        if not q.sources and not q.outlet and not ARTICLE_WORDS.isdisjoint(said_articles):
            # "in the harbour-lamp-relit-at-dawn article, where …": the article it describes (not "which
            # outlet ran the … piece", which asks whose that article is)
            told = self.described_source(tokens)
            q.sources = {told} if told is not None else q.sources
        if q.outlet and q.kind == "quote":
            q.kind = kind_of(joined, skip=("quote",))  # "what paper wrote up the vigil": its publisher, no words
        if q.outlet and q.kind == "where":
            # "where's the vigil stuff from, which article", "where did I read about the vigil": the article is the
            # place asked
            q.kind = "topic"
            q.cues.discard("where")
        reporting = report_request(tokens)
        # "which article quotes someone saying it's just paper": the words after "saying" are a quotation, searched
        # as typed ("paper" there is no outlet, "what are you afraid of" no remark of the asker's)
        quoting = quotation_at(tokens)
        for i, w in enumerate(tokens):
            if i in source_words or (i in remarks and i < quoting) or i in reporting:
                continue  # (nor are the words asking for a report of it: "write me a summary of the letter")
            if (w in STOPWORDS or w in CHAT) and i not in consumed and not _shown_by(tokens, i) and i not in dated:
                continue  # (a function word read as a month, "in may 2019", is searched as the others are)
            if (
                q.outlet
                and i < quoting
                and (w in OUTLET_NOUNS or w in PUBLISHING_VERBS or w in ARTICLE_WORDS or w in MENTIONING)
            ):
                continue  # "which outlet ran the … piece": what the piece says is the subject
            if q.outlet and w in PASSAGE_NOUNS:
                continue  # "which outlet had the lamp bit": a part of a piece, what it says the subject (blind set BU)
            if q.outlet and _in_news_compound(tokens, i):
                continue  # "which news org / news agency said …": a publisher named by a compound, as by "outlet"
            if q.outlet and w in READING_VERBS and tokens[i - 1 : i] and tokens[i - 1] in READERS:
                continue  # "where did I read about the vigil": the vigil is
            if q.kind not in ("quote", "who") and i - 1 in source_words and _tells_of(tokens, i):
                continue  # "how much was the contract the Gazette wrote about", "which lease did the Gazette write
                # about": the article's telling, no subject (what it told in words is a quote question's subject,
                # and whom it quoted a who-question's: "the director the Gazette quoted" is one it quotes)
            if i in described or ("cited" in q.cues and w in CITING_FRAME):
                continue  # "which outlet is the piece's figure credited to": what is passed on is the subject
            if w in PART_OF_YEAR and w in q.date_words:
                continue  # "in mid 2018": when, as the year is (times.explicit_date), no subject
            if w == "one" and i and tokens[i - 1] == "the" and (i + 1 in remarks or i + 1 == len(tokens)):
                continue  # "…, the one everyone brings up": a pronoun for what is asked about, no number
            if _prop_one(tokens, i):
                continue  # "when does the current one run out": a word standing for a noun, no number
            if w in ("manage", "managed", "manages") and tokens[i + 1 : i + 2] == ["to"]:
                continue  # "did they manage to get inside": whether it was done, not any managing
            if w in ("word", "term") and q.kind == "why-how" and i and tokens[i - 1] == "the":
                w = "name"  # "the word Gull" in a question of what it means: the name, as the facts call it
            if w in NOUN_KINDS and i and tokens[i - 1] in REFERRING and i not in consumed and self._names_one(w, q):
                continue  # "why is the company called Gazette": the company is the one named, no other subject
            if w == "short" and i + 1 < len(tokens) and tokens[i + 1] == "for":
                continue  # "what is X short for": what the letters stand for, not anything short
            if w in ("refer", "refers") and tokens[i + 1 : i + 2] == ["to"] and q.kind == "why-how":
                continue  # "what does the name Gull refer to": what it means (kinds), no act of referring
            if w in COUNT_QUALIFIERS and q.counted and q.counted in tokens[i + 1 : i + 4]:
                continue  # "how many separate contracts": how they are counted ("separate" is no "separated")
            if w == "old" and i > 0 and tokens[i - 1] == "how" and q.kind == "date":
                continue  # "how old is the guild, what year was it founded": its age, which the date asked tells
            if w == "far" and i > 0 and tokens[i - 1] in ("so", "thus"):
                continue  # "so far": up to now, not a subject
            if w.isdigit() and not w.strip("0") and i > 0 and tokens[i - 1].isdigit():
                continue  # the "000" of "140 000": a group of zeros in every figure of thousands, naming none
            if opinion and w in OPINION_NOUNS and tokens[i + 1 : i + 2] != [] and tokens[i + 1] in OPINION_MARKERS:
                continue  # "Lind's take on the lease": her words on it are asked, not anything taken or viewed
            if w in EXCLUDING or {tuple(tokens[i - 1 : i + 1]), tuple(tokens[i : i + 2])} & SETTING_ASIDE_PAIRS:
                continue  # "excluding 2018", "apart from 2018": the words setting a thing aside ask nothing, as
                # "besides" (a stop word) does not; a subject term the brief never uses made the question off topic
            if w in ("lot", "bit") and i > 0 and tokens[i - 1] == "a":
                continue  # "paid a lot", "a bit": how much, not what
            if w in COMBINING and i - 1 in consumed:
                continue  # "kestrel themed signs", "guild related": the name says what about, the suffix word nothing
            if tagged and i == len(tokens) - 1 and q.kind == "yes-no":
                continue  # the tag ("… right?") asks for a verdict; it is no subject
            if i not in consumed and self._name_slip(w, i, spans):
                continue  # "who is alx Lind": a slip in a word of the name beside it, too short for typo fixing
            if w in LANDING_FORMS and i + 1 < len(tokens) and tokens[i + 1] == "up":
                continue  # "did they end up doing", "the day they wound up taping": eventually, not an ending
            if q.kind == "amount" and w in TAKING_IN and _from_named(tokens, i + 1, consumed):
                w = "earn"  # "how much did the guild make from the harbour": what it earned from it (and so what the
                # brief gives for earning, its synonyms), never "made" as in "made public"
            if w in ADDING and tokens[i + 1 : i + 2] in (["up"], ["together"]):
                continue  # "add up the leases": a sum asked (a cue, as "sum" is), not what it is of
            if w in STARTING and q.kind != "date" and i + 1 < len(tokens) and gerund(tokens[i + 1]):
                continue  # "why did they start getting criticism": the getting is asked, not a beginning
            if q.kind == "quote" and (w in LOUD_SPEECH or w in WORTH_QUOTING) and not self.knows(w):
                continue  # "what did the keeper yell": words are asked; how loudly, in words the brief never uses,
                # is no subject; nor is "anything quotable from the keeper": words worth quoting, hers
            q.search.append(w)
            if _letter(w) and i not in consumed:
                continue  # a lone letter outside a name ("quick q") is searched for, never judged as the subject
            if i + 1 < len(tokens) and _prop_one(tokens, i + 1) and not self.knows(w):
                continue  # "when's the old one running out": which of a thing unnamed, in a word the brief never
                # uses, is searched for, never judged as the subject (the thing is the one asked of)
            alternatives = self.alternatives(w)
            q.search.extend(alternatives)
            # "what did they compare the guild to" asks what it was compared to; "how does X compare" a comparison
            comparing = w in COMPARING and q.kind not in ("comparison", "why-how")
            # "did the guild justify the lease" asks whether it did so, an act a fact must tell
            act_asked = w in JUSTIFYING and q.kind == "yes-no"
            # ("where was the earliest protest": which one is asked by its date, no subject; Dates.earliest)
            first = w in STARTING or (q.kind == "where" and w in FIRST_WORDS)
            cue = w in CUE_TERMS or stem(w) in CUE_STEMS or (q.earliest and first)
            if cue and not comparing and not act_asked:
                continue
            term = self._term_of(w, alternatives)  # most words have no synonym to take
            q.terms.append(term)
            if i not in consumed:
                q.leftover.append(term)
        if dropped and not q.entities and set(q.terms) <= SOURCE_ONLY and q.kind in SOURCE_SUBJECT_KINDS:
            # "what is the Gazette", "what did the Gazette report": nothing asked of it but the source itself, which
            # is then the subject (its entry and its article), never an empty question; what it reported is what its
            # entry says its article covered, never one fact of that article picked by the word "report"
            q.entities = dropped
            q.terms, q.leftover, q.search = [], [], [w for w in q.search if w not in SOURCE_ONLY]
            if q.kind in ("quote", "topic") and tokens[:1] == ["what"]:
                q.kind = "what-is"
        if described:  # "the story on the New York vigil": the names saying which story are not what is asked
            inside = {e for a, b, e in spans if set(range(a, b)) <= described}
            outside = {e for a, b, e in spans if not set(range(a, b)) <= described}
            q.entities = [e for e in q.entities if e not in inside or e in outside]
        for quoted in QUOTED().finditer(norm.text):  # "who said 'we've seen this before'": its words as typed,
            # not fixed ("seen" is no "saw" there), are searched for the fact that quotes them
            q.search.extend(w for w in words(quoted.group(1)) if w not in STOPWORDS and w not in q.search)
        if q.kind == "why-how" and len(tokens) == len(norm.tokens):
            # "why did the guild come under fire": a verb read as the brief's other form of it ("came", IRREGULAR) is
            # searched as typed too when the brief has that form as well ("has come under fire"), which it may not
            # have found among facts holding the other. Only for a reason asked, of an act the brief tells: a yes/no
            # question searching "meet" beside "met" lost its answer ("did the keeper meet with the crowd")
            q.search.extend(
                typed
                for read, typed in zip(tokens, norm.tokens, strict=True)
                if read in q.search and typed not in q.search and IRREGULAR.get(typed) == read and self.knows(typed)
            )
        # "the monday protest": a chat word elsewhere ("happy monday"), searched for the facts saying that day
        q.search.extend(w for w in sorted(q.weekdays) if w not in q.search and self.knows(w))
        asked_stems = {stem(t) for i, t in enumerate(tokens) if i not in scene}
        q.context = {stem(t) for i, t in enumerate(tokens) if i in scene} - asked_stems
        # and the brief's synonym a scene's word is read as when the brief lacks the word itself (the term taken
        # above): "even though staff were upset" has "upset" read as "frustration", as much of the scene (blind set BN)
        q.context |= {stem(self._term_of(t)) for i, t in enumerate(tokens) if i in scene} - {
            stem(self._term_of(t)) for i, t in enumerate(tokens) if i not in scene
        }
        if "-" in norm.text:  # "the cancel-your-contracts letter": words made one label say which letter, no act
            labelled = {
                stem(w)
                for m in HYPHEN_LABEL.finditer(norm.text.lower())
                if not self.name_spans(words(m.group(0)))  # a hyphenated name ("x-ray-co"), no label
                for w in words(m.group(0))
            }
            if labelled:
                q.context |= labelled - {stem(t) for t in tokens if t not in STOPWORDS and stem(t) not in labelled}
        if scene:  # a name said only in the scene ("after the rye/ely actions") says which event, like its words
            asked_names, _ = self.find_entities([t for i, t in enumerate(tokens) if i not in scene])
            scene_names, _ = self.find_entities([t for i, t in enumerate(tokens) if i in scene])
            q.scene_entities = set(scene_names) - set(asked_names)
            for ent_id in q.scene_entities:
                q.context |= {stem(w) for w in words(self.brief.entities[ent_id].name)} - asked_stems
        mentions = [(e, b < len(tokens) and tokens[b] in EVENT_NOUNS) for _, b, e in spans]
        # "the revelations behind the rye vigil": the name says which vigil (each mention of it so), it is no actor
        qualifying = {e for e, _ in mentions} - {e for e, qualifies in mentions if not qualifies}
        # not a person's or a group's: "the guild rally" is the guild's own, whose act it is
        q.scene_entities |= {e for e in qualifying if self.brief.entities[e].kind not in ORGANIZER_KINDS}
        q.actor = {stem(w) for w in actor}
        if q.actor and start:  # "staff wouldn't open the door - what did the protesters do": the act asked is
            q.context |= {stem(t) for t in tokens[:start]} - {stem(t) for t in tokens[start:]}  # not the background
        premise = {  # as typed and as fixed: "leave" is read as the brief's "left", and either may be what it says
            stem(t)
            for said in (tokens, norm.tokens)
            for i, t in enumerate(said)
            if (i < start or i in clause) and t not in STOPWORDS and i not in hedges
        }
        q.premise = premise - {stem(t) for i, t in enumerate(tokens) if i >= start and i not in clause}
        if q.kind == "yes-no" and not q.actor:
            q.actor = self._yes_no_actor(tokens, consumed)
        # the ask without the manners before it ("sorry if dumb q but what kind of …"): the anchored shapes below
        # read from where the question itself begins
        asked = " ".join(t for i, t in enumerate(tokens) if i not in hedges) if hedges else joined
        opening = asked.split(" ")
        lead = next((i for i, t in enumerate(opening) if t not in LEAD_INS), 0)
        asked = " ".join(opening[lead:]) if lead else asked  # "wait what kind of company is …": past the lead-in
        if received := _criticism_receivers(tokens, norm.text):
            # "why did the guild catch heat": the idiom is read as "criticism" (normalize); its verb of receiving is
            # how it is said, no act a fact must state
            _not_looked_for(q, received, search=False)
        if q.kind == "count" and self.knows("planned") and intends(tokens, self.english.verb):
            # "how many was the guild aiming to hire": what it meant to do is what it planned, the word a fact tells
            # it by; the verb of intending only says so (a count only: "how long has Lind been trying to …" asks of
            # an effort made, "why does Lind want to keep …" of a wish)
            meant = {t for i, t in enumerate(tokens[:-1]) if intending_at(tokens, i, self.english.verb)}
            q.leftover = [("planned" if t in meant else t) for t in q.leftover]
            q.terms = [("planned" if t in meant else t) for t in q.terms]
            q.search = [("planned" if t in meant else t) for t in q.search]
            if "planned" not in q.terms:  # "going" is a stop word, gone from the terms: the plan is asked all the same
                q.leftover, q.terms, q.search = ["planned", *q.leftover], ["planned", *q.terms], ["planned", *q.search]
        if swells := _swells(tokens):  # "a big wave of criticism": criticism, much of it
            _not_looked_for(q, swells)
        if asks_size_of_agreement(tokens) and "count" not in q.cues:
            # "the biggest lease": the size word asks which sum, as "how much" does, no word a fact must share
            _not_looked_for(q, SIZE_WORDS)
        # (imported here: the compose package imports this module while it loads)
        from bot.answering.compose.questions import succeeding_at

        if q.kind == "yes-no" and (succeeded := succeeding_at(tokens)) is not None:
            # "did the vigil succeed": whether an effort came off, asked as "did the vigil work" is, in the verb the
            # composer answers it in ("don't say whether that worked"): "succeed" or "win" need be no word of the
            # brief's (fresh tester 86: "did the petition succeed" was refused, "did the petition work" answered)
            verb = tokens[succeeded]
            form = "worked" if verb in ("succeeded", "won") else "works" if verb.endswith("s") else "work"
            form = verb if verb.startswith("work") else form
            q.leftover = [form if t == verb else t for t in q.leftover]
            q.terms = [form if t == verb else t for t in q.terms]
            q.search = [form if t == verb else t for t in q.search]
        if shares := _partitives(tokens):  # "the saturday part of the protest": the saturday protest
            _not_looked_for(q, shares, search=False)
        if q.kind == "why-how" and (causing := _CAUSING().match(asked)) is not None:
            # "what set off the outcry": the verb of causing asks the cause, as "why" does; no act a fact must state
            said = causing.group(0).split()[1:]
            _not_looked_for(q, said)
        if q.kind == "where" and not HEADING.isdisjoint(q.words):
            # "where are the keepers heading next": the place they go to, as "where did they go" asks (CUE_TERMS)
            _not_looked_for(q, HEADING, search=False)
        relation = _RELATION.match(asked)
        owner_words = relation.group("owner").split() if relation is not None else []
        tail, at = self.find_entities(owner_words)
        named_only = all(i in at or w in STOPWORDS for i, w in enumerate(owner_words))
        if relation is not None and _progressive(asked, relation.group("attr")):
            relation = None  # "what are the organizers doing at the Harbour": what they do there, no attribute of it
        if relation is not None and self._clause_after_name(owner_words, at):
            # "who's the source for the guild having two leases": the source of a claim, a name and what it does in
            # a gerund's clause, not an attribute of the name, as "the source of the guild's funds" is (blind set BN);
            # whoever the facts telling it say told it, no word they must have ("a source who spoke to the Gazette"
            # in another fact would lead)
            if set(relation.group("attr").split()) <= CLAIM_SOURCES:
                _not_looked_for(q, CLAIM_SOURCES)
            relation = None
        if relation is not None and q.kind != "quote" and (named_only or q.kind not in ("amount", "count", "date")):
            # (not "what was the organizer shouting at the door in New York": words are asked, no attribute)
            # "what is the value of the contract lind claimed …": a describing clause, not an owner's name
            q.attribute = [w for w in relation.group("attr").split() if w not in STOPWORDS]
            q.owner = tail
        elif (leads := _LEADS.match(asked)) is not None and (led := self.find_entities(leads["owner"].split())[0]):
            # "who runs the guild": the guild's head; the verb is how it asks, not a word the fact must have
            q.attribute, q.owner = [LEADING], led
            _not_looked_for(q, LEADING_VERBS, search=False)  # "led" is also "led to 12 hires"
        elif (employer := _EMPLOYER.match(asked)) is not None and self._one_person(
            (employer["worker"] or employer["leader"] or employer["placed"] or employer["hired"]).split()
        ):
            q.kind = "what-is"
            _not_looked_for(q, EMPLOYING_VERBS)
        elif (classed := _CLASSED.match(asked) or _CLASSED_BY.match(asked)) is not None and q.kind == "what-is":
            # "what kind of company is the Gazette": what it is; the class noun is how it asks, as "what" would (and
            # "do the articles call": whose words give the class)
            q.leftover = [t for t in q.leftover if t not in classed.group(0).split()[3:]]
        elif (owned := _OWNED.match(_copula_back(asked, norm.text))) is not None:  # "who is the guild's ceo"
            rest = owned.group("owner").split()
            attr = [owned.group("attr")]
            owner, at = self.find_entities(rest)
            if len(rest) > 1 and at != set(range(len(rest))) and rest[-1] not in STOPWORDS:
                # "who is the guild's executive director": a role of two words, its modifier before its noun, when
                # the words before them name the owner
                shorter, short_at = self.find_entities(rest[:-1])
                if shorter and short_at == set(range(len(rest) - 1)):
                    owner, at, rest, attr = shorter, short_at, rest[:-1], [rest[-1], *attr]
            _, whole = self.find_entities([*rest, *attr])
            named_whole = len(rest) in whole  # "harbour lamp", "lind brothers": one name, not an attribute
            # "what was the lamp protest" without a possessive: one noun phrase naming an event, not an attribute
            compound = joined.startswith("what") and owned.group("the") is not None and not POSSESSIVE.search(norm.text)
            if (
                owner
                and at == set(range(len(rest)))
                and not named_whole
                and not compound
                and owned.group("attr") not in STOPWORDS
                and owned.group("attr") not in CUE_TERMS  # "what is the Gull specifically": no attribute asked
                # "who was the guild person": someone of the guild, asked as "who" alone asks; no role it has
                and not (joined.startswith("who") and owned.group("attr") in ANYONE)
            ):
                q.attribute, q.owner = attr, owner
        if q.kind == "count" and q.counted and (undergone := UNDERGOING.intersection(tokens)):
            # "how many protests did the guild face": the verb only says the protests befell it, as "have" would; no
            # word a fact counting them must have
            _not_looked_for(q, undergone)
        if q.words[:1] == ["who"] and len(q.attribute) > 1 and q.attribute[0] in NOW_HELD:
            # "who is the current chief of the guild", "the guild's current chief": who holds the role today, not a
            # kind of chief
            when_held = q.attribute[0]
            q.attribute = q.attribute[1:]
            _not_looked_for(q, {when_held})
            q.current = True
        # "how does the Herald describe the Gazette": how it is described is what it is, even with no class noun
        class_asked = bool(q.leftover) or not DESCRIBE_VERBS.isdisjoint(tokens)
        # "what company is the Gazette": a class noun asked of a name that is all the rest asks what it is, as
        # "what kind of company" does (not "what company is suing the port": who does that)
        named_class = (
            tokens[:1] == ["what"]
            and len(tokens) > 3
            and tokens[2] in ("is", "was")
            and tokens[1] in NOUN_KINDS
            and all(i in q.named_at or tokens[i] in ARTICLES for i in range(3, len(tokens)))
        )
        class_words = named_class or not CLASS_ASKING.isdisjoint(tokens)
        if len(q.entities) == 1 and class_asked and class_words and q.kind != "yes-no":
            # "what even is the Gazette, what kind of company", "how does the Herald describe the Gazette as a
            # company": what it is, asked by its class; the class noun is how it asks
            entity = self.brief.entities[q.entities[0]]
            # ("how do the articles describe it": the articles are whose account is asked, as a named one is, no
            # class of the entry, nor words to search for: "all three articles that name him" is no description)
            classes = [t for t in q.leftover if t not in ARTICLE_WORDS]
            if all(entity.kind in NOUN_KINDS.get(t, ()) or described_as(entity.description, t) for t in classes):
                if len(classes) < len(q.leftover) and not q.sources:
                    q.terms = [t for t in q.terms if t not in ARTICLE_WORDS]
                    q.search = [t for t in q.search if t not in ARTICLE_WORDS]
                q.leftover, q.kind = [], "what-is"
        if q.kind == "topic" and q.sources and not q.entities and q.terms == q.leftover == _one_noun_asked(tokens):
            # "which contract did the Gazette write about", "the contract the 2018 article talked about": the things
            # of that noun the article tells, as "which contracts …" lists them (one, when it tells one); read as a
            # topic, the closest fact of any kind led, though the article told of that noun elsewhere
            q.kind = "list"
        return q

    def _term_of(self, word: str, alternatives: list[str] | None = None) -> str:
        """The term a question word is searched and weighed as: itself, or the first synonym the brief gives for it
        (`alternatives`, worked out when not given) when the brief never uses the word ("upset" -> "frustration")."""
        alternatives = self.alternatives(word) if alternatives is None else alternatives
        return word if not alternatives or self.knows(word) else alternatives[0]

    def _clause_after_name(self, owner: list[str], at: set[int]) -> bool:
        """The words after "of" / "for" are a name and a gerund right after it with words of its own after it:
        "the guild having two leases", "Lind signing the letter" tell of a deed, no owner alone ("the guild funding"
        may be a noun's compound)."""
        return any(i - 1 in at and i not in at and gerund(w) and i + 1 < len(owner) for i, w in enumerate(owner))

    def _one_person(self, named: list[str]) -> bool:
        """The words name one person and nothing else ("Ada Lind", "the keeper Ada Lind")."""
        found, at = self.find_entities(named)
        whole = all(i in at or w in STOPWORDS for i, w in enumerate(named))
        return whole and len(found) == 1 and self.brief.entities[found[0]].kind == "person"

    def _names_one(self, noun: str, q: Question) -> bool:
        """The question names exactly one entity of the kinds the class noun fits (NOUN_KINDS): "the company" in a
        question naming one company is that company."""
        return sum(self.brief.entities[e].kind in NOUN_KINDS[noun] for e in q.entities) == 1

    def _yes_no_actor(self, tokens: list[str], consumed: set[int]) -> set[str]:
        """ "did Lind give in", "is Harbourwatch an activist group": the person or organization named right after the
        opening auxiliary is whom the question is about as a subject. A name after an article, or followed by a
        noun after "is/was", modifies what is asked about instead ("did the Eastport protesters …", "was the Kestrel
        protest organized …"), and a place is never the actor."""
        i = 0
        while i < len(tokens) and tokens[i] in LEAD_INS:
            i += 1
        if i >= len(tokens) or tokens[i] not in AUXILIARIES:
            return set()
        copula = tokens[i] in COPULAS
        i += 1
        span = []
        while i < len(tokens) and i in consumed:
            span.append(tokens[i])
            i += 1
        ent_id = self.brief.aliases.get(" ".join(span)) if span else None
        if ent_id is None or self.brief.entities[ent_id].kind not in ACTOR_KINDS:
            return set()
        if copula and (i >= len(tokens) or tokens[i] not in ("a", "an", "the")):
            return set()  # "is Harbourwatch an activist group", not "is Kestrel protest …"
        # the brief's own subject is the subject of most facts: it singles none out
        return {stem(w) for w in span if self.index.doc_freq(stem(w)) * 2 <= self.index.size}

    def scene(self, tokens: list[str], found: set[int], asides: frozenset[int] = frozenset()) -> set[int]:
        """The positions of a scene-setting clause (`context_positions`), kept only when the rest still asks about
        something of its own: in "the flyer told workers to ask something - what was it" the first piece is the
        subject, not the scene."""
        if not found:
            return found
        for i, t in enumerate(tokens):
            if i in found or t in STOPWORDS or t in CHAT or t in CUE_TERMS or t in PRONOUNS or t in WH_WORDS:
                continue
            if t in AUXILIARIES or t.isdigit() or _letter(t):
                continue
            s = stem(t)
            if s in CUE_STEMS or self.index.doc_freq(s) * 2 > self.index.size:
                continue  # the brief's ubiquitous words ask about nothing in particular
            return found
        return found & asides  # a bracketed aside stays an aside

    @staticmethod
    def _sides(tokens: list[str]) -> tuple[list[list[str]], list[str]]:
        """The two things compared: 'more names on it, the petition … or the letter …', 'was the 12 million
        contract bigger than the 9 million one', 'compare the 9m and 12m contracts'."""
        splits = [i for i, t in enumerate(tokens) if t in ("or", "vs", "versus", "than")]
        if not splits and any(t in ("compare", "between") for t in tokens):
            splits = [i for i, t in enumerate(tokens) if t == "and"]
        if not splits:
            return [], []
        split = splits[0]
        if (
            tokens[split] == "than"
            and split + 1 < len(tokens)
            and tokens[split + 1].isdigit()
            and (split == 0 or tokens[split - 1] in COMPARATIVES)
        ):
            return [], []  # "more than 120": a quantity ("how much more is the 53m than 39m" sets a side against it)
        marks = [i for i, t in enumerate(tokens[:split]) if t in COMPARATIVES or t in ("compare", "between")]
        mark = marks[-1] if marks else -1
        left = tokens[mark + 1 : split] if mark >= 0 else tokens[:split]
        if not [w for w in left if w not in STOPWORDS and w not in CHAT] and mark >= 0:
            left = tokens[:mark]  # "was the 12 million contract bigger than …": the side is before the comparative
        measure, left = _measured(left) if mark >= 0 and mark < split else ([], left)
        right = tokens[split + 1 :]
        if tokens[split] == "than" and not measure and (moved := _subject_after_than(left, right)) is not None:
            measure, left, right = moved
        keep = [
            [w for w in side if w not in STOPWORDS and w not in CHAT and w not in COMPARATIVES]
            for side in (left, right)
        ]
        if not all(keep):
            return [], []
        # the measure is both sides' ("more signatures on the guild letter or the port petition": the port
        # petition's signatures too), though only the first side is said with it
        measured = [side + [w for w in measure if w not in side] for side in keep]
        # so is an agreement one side is named with when the other names none, sides set against each other by a
        # comparative ("bigger, the Kestrel contract or the port's": the port's contract; fresh tester 89; not
        # "lease amount gazette vs courier", whose sides are the articles telling it)
        agreements = [[w for w in side if w in AGREEMENTS] for side in keep]
        if mark >= 0 and sum(map(bool, agreements)) == 1:
            shared = next(a for a in agreements if a)
            # (not a side named by its figure: "the 38m contract or the 49m one" names both by their sums)
            measured = [
                side if a or any(w[:1].isdigit() for w in side) else side + shared
                for side, a in zip(measured, agreements, strict=True)
            ]
        return measured, [_phrase(side) for side in (left, right)]

    def find_sources(self, tokens: list[str]) -> tuple[set[str], set[int]]:
        """Sources the question names by their outlet ("according to the harbour post", "for the herald"), and the
        positions of those words: they say where the answer should come from, not what it is about."""
        found: set[str] = set()
        where: set[int] = set()
        for i, token in enumerate(tokens):
            for name, source_id in self._source_first.get(token, ()):
                n = len(name)
                if tuple(tokens[i : i + n]) == name:
                    # "per the herald article": after an attribution, the article word after the name only says
                    # which source too ("the herald article's correction" asks about the article itself)
                    before = tokens[i - 2 : i] if tokens[i - 1 : i] == ["the"] else tokens[i - 1 : i]
                    # "per (the)", "according to (the)", "in / from (the) herald story": where it was told
                    attributed = before[:1] in (["per"], ["to"], ["in"], ["from"])
                    speaking = tokens[i + n : i + n + 1] and tokens[i + n] in VOICING
                    if not attributed and speaking and not QUOTING_VERBS.isdisjoint(tokens[:i]):
                        # "which article quotes the Gazette saying …": the outlet is asked as the one quoted, only in
                        # its own words (composer._speech_asked), not as the article to answer from
                        continue
                    found.add(source_id)
                    end = i + n + (attributed and i + n < len(tokens) and tokens[i + n] in ARTICLE_WORDS)
                    where.update(range(i, end))
            if token in ARTICLE_WORDS and i and tokens[i - 1] in self._source_ends:
                found.add(self._source_ends[tokens[i - 1]])  # "the first article": the earliest published
                where.update((i - 1, i))
            elif token in ARTICLE_WORDS and (month := self._month_named(tokens[: i + 1])) is not None:
                # "the july 2018 article": the month and year name it, no date asked of (blind set BP)
                found.add(self._source_months[month[0]])
                where.update((*month[1], i))
            elif token in ARTICLE_WORDS and i and tokens[i - 1] in self._source_years:
                found.add(self._source_years[tokens[i - 1]])  # "the 2018 article": the one article of that year
                where.update((i - 1, i))
            elif token in ARTICLE_WORDS:  # "the 2018 harbour vigil article": that year's too, words between said
                years = [j for j in article_description(tokens[: i + 1]) if tokens[j] in self._source_years]
                if years:
                    found.add(self._source_years[tokens[years[0]]])
                    where.update((years[0], i))
        return found, where

    def _month_named(self, tokens: list[str]) -> tuple[str, tuple[int, int]] | None:
        """The month ("2018-07") and the positions of its month and year words when `tokens`, ending in an article
        word, describe the article by a month and year only one article was published in ("the july 2018 article",
        "the july 2018 protest story"); None otherwise."""
        end = len(tokens) - 1
        for j in sorted({end - 1, *article_description(tokens)}):
            if j < 1 or not _is_year(tokens[j]) or tokens[j - 1] not in MONTH_NUMBER:
                continue
            month = f"{tokens[j]}-{MONTH_NUMBER[tokens[j - 1]]:02d}"
            if month in self._source_months:
                return month, (j - 1, j)
        return None

    def _stated_asking(self, tokens: list[str], spans: list[tuple[int, int, str]], norm: Normalized) -> bool:
        """A statement made a question by its question mark alone ("the guild dropped the lease?", and in chat
        without its auxiliary "guild drop the lease after the vote?"): it opens (past lead-ins and "the") with a
        person or organization, and the word right after the name is a verb: one only ever a verb (English.verb), a
        past form, or an act the brief lists opposites for (a verb there, though "drop" may be a noun elsewhere)."""
        if not norm.text.rstrip().endswith("?"):
            return False
        start = next((i for i, t in enumerate(tokens) if t not in LEAD_INS), len(tokens))
        start += start < len(tokens) and tokens[start] == "the"
        opening = next(((b, e) for a, b, e in spans if a == start), None)
        if opening is None or self.brief.entities[opening[1]].kind not in ACTOR_KINDS or opening[0] >= len(tokens):
            return False
        after = tokens[opening[0]]
        return (
            self.english.verb(after) is not None
            or after in PAST
            or (len(after) > 4 and after.endswith("ed"))
            or stem(after) in self._acts
        )

    def _outlet_guess(self, tokens: list[str], norm: Normalized) -> set[int]:
        """The positions of a closing piece that only guesses an outlet ("… - vice?", "…, was that the Gazette?",
        "… - the Herald or the Courier?"): one of the brief's sources or a media entry, with GUESS_WORDS around it,
        asked (a question mark, or "was that …"); not one in brackets ("… (the Gazette)": where it was read). Empty
        when there is none."""
        if not norm.breaks or len(norm.tokens) != len(tokens):
            return set()
        start = norm.breaks[-1]
        piece = tokens[start:]
        asked = norm.text.rstrip().endswith("?") or piece[:1] in (["was"], ["is"])
        if not asked or start in norm.asides:
            return set()
        rest = [t for t in piece if t not in GUESS_WORDS]
        if not rest:
            return set()
        _, where = self.find_sources(rest)
        covered = set(where)
        for a, b, ent_id in self.name_spans(rest):
            if self.brief.entities[ent_id].kind == "media":
                covered.update(range(a, b))
        return set(range(start, len(tokens))) if len(covered) == len(rest) else set()

    def _staff_owner(self, tokens: list[str]) -> str:
        """The entity named right before a noun for its staff ("when did 300 Courier employees sign": the Courier's),
        or "" (not "the Courier protesters": protesting is no staff of it)."""
        for _, end, ent_id in self.name_spans(tokens):
            if tokens[end : end + 1] and tokens[end] in STAFF_NOUNS:
                return ent_id
        return ""

    def _counted_owner(self, tokens: list[str], counted: str) -> str:
        """The entity named right between "how many" / "number of" and the counted noun ("how many Courier
        employees signed": the Courier's), or ""."""
        for start, end, ent_id in self.name_spans(tokens):
            opening = tuple(tokens[max(start - 2, 0) : start])
            if opening in (("how", "many"), ("number", "of")) and tokens[end : end + 1] == [counted]:
                return ent_id
        return ""

    def described_source(self, tokens: list[str]) -> str | None:
        """The one source an article word's description tells of ("in the lamp-relit-at-dawn article": the one
        article whose facts state all those words), or None."""
        for i, token in enumerate(tokens):
            if token in ARTICLE_WORDS:
                told = self._told_by_one(self._described_words(tokens, i))
                if told is not None:
                    return told
        return None

    @staticmethod
    def _described_words(tokens: list[str], at: int) -> list[str]:
        """The words before the article word at `at` that describe it ("where does [the harbour lamp relit at the
        pier] article get its figures"), back to a question word or the start, at most DESCRIPTION_WORDS of them
        that are not stopwords."""
        said: list[str] = []
        for token in reversed(tokens[:at]):
            if token in WH_WORDS or token in AUXILIARIES or token in TELLING or len(said) == DESCRIPTION_WORDS:
                break  # "who published [the aug 2019] piece": the verb asks of the article, describes none
            if token in OF_THE_ARTICLE:
                break  # "the publication date of the piece", "the date on the story": asked of it, not describing
            if token not in STOPWORDS:
                said.append(token)
        if tokens[at + 1 : at + 2] and tokens[at + 1] in DESCRIBING:  # "the article [about the harbour flood]"
            for j, token in enumerate(tokens[at + 2 :], at + 2):
                if token in WH_WORDS or token in AUXILIARIES or token in TELLING or len(said) == 2 * DESCRIPTION_WORDS:
                    break
                if token in COMING and tokens[j + 1 : j + 2] == ["out"]:
                    break  # "… the article about the flood [come out]": publishing's phrasal verb, as "published"
                if token not in STOPWORDS:
                    said.append(token)
        return said

    def article_described(self, tokens: list[str]) -> list[str]:
        """The words describing the first article word's article ("the [harbour flood] article"), or []."""
        at = next((i for i, t in enumerate(tokens) if t in ARTICLE_WORDS), None)
        return [] if at is None else [w for w in self._described_words(tokens, at) if w not in ARTICLE_VOCABULARY]

    def _told_by_one(self, described: list[str]) -> str | None:
        """The one source whose facts state every described word (stems), among the DESCRIBED_HITS facts the index
        ranks best for them (a bounded search, whatever the brief's size); None when none or several sources do,
        or fewer than DESCRIBED_SOURCE words describe it (one word, "the protest article", tells no article apart)."""
        if len(described) < DESCRIBED_SOURCE:
            return None
        telling = self.telling_sources(described)
        return telling.pop() if len(telling) == 1 else None

    def telling_sources(self, described: list[str]) -> set[str]:
        """The sources of the facts stating every described word (itself or a synonym the brief gives for it: "the
        piece about staff arguing on the forum" of a fact telling staff "divided" on it), among the DESCRIBED_HITS
        facts the index ranks best for them (a bounded search, whatever the brief's size). A word the brief never
        uses tells no article apart: it is left out while DESCRIBED_SOURCE others describe the article."""
        used = [w for w in described if self.knows(w) or w in self._synonyms]
        if len(used) >= DESCRIBED_SOURCE:
            described = used
        wanted = [{stem(w), *(stem(a) for a in self._synonyms.get(w, ()))} for w in described]
        searched = [*described, *(a for w in described for a in self._synonyms.get(w, ()))]
        return {
            self.brief.facts[doc_id].citations[0].source
            for doc_id, _ in self.index.search(searched, DESCRIBED_HITS)
            if doc_id in self.brief.facts and all(not f.isdisjoint(self.index.doc_stems(doc_id)) for f in wanted)
        }

    def name_spans(self, tokens: list[str]) -> list[tuple[int, int, str]]:
        """Longest alias matches, left to right, whole words only ("keepers for a safe and open harbour"), as
        (start, end, entity id), one per mention (an entity named twice is there twice); a one-word alias that is a
        stopword ("us") is no name. They depend on the brief alone: kept for the word sequences read most recently
        (a new list each call, for a caller to keep or change)."""
        return list(self._spans_of(tuple(tokens)))

    def _spans(self, tokens: tuple[str, ...]) -> tuple[tuple[int, int, str], ...]:
        """`name_spans` of `tokens`, as a tuple (kept by `_spans_of`, so never changed by a caller)."""
        spans: list[tuple[int, int, str]] = []
        i, size = 0, len(tokens)
        while i < size:
            found = self._alias_at(tokens, i)
            if found is None:
                i += 1
                continue
            n, ent_id = found
            # an alias opening with an article ("the harbour") gives way to a name right after the article that
            # reaches further ("the harbour watch" names the Harbour Watch, not the harbour and a watch)
            after = self._alias_at(tokens, i + 1) if n > 1 and tokens[i] in ARTICLES else None
            if after is not None and after[0] > n - 1:
                i += 1
                continue
            spans.append((i, i + n, ent_id))
            i += n
        return tuple(spans)

    def _alias_at(self, tokens: tuple[str, ...], i: int) -> tuple[int, str] | None:
        """The longest alias starting at word `i` (a one-word one that is a stopword is none), as its length in
        words and its entity's id; None when none starts there."""
        longest = self._alias_words.get(tokens[i], 0) if i < len(tokens) else 0
        for n in range(min(longest, len(tokens) - i), 0, -1):  # most words begin no name: nothing is looked up
            key = " ".join(tokens[i : i + n])
            ent_id = self.brief.aliases.get(key)
            if ent_id is not None and (n > 1 or key not in STOPWORDS):
                return n, ent_id
        return None

    def find_entities(
        self, tokens: list[str], raw: list[str] | None = None, *, spans: list[tuple[int, int, str]] | None = None
    ) -> tuple[list[str], set[int]]:
        """Longest alias matches (name_spans), each entity once, and the positions they take; then a name typed
        with a lone letter one edit off ("in q tell"). `spans`: `name_spans(tokens)`, when worked out already."""
        found: list[str] = []
        consumed: set[int] = set()
        for start, end, ent_id in self.name_spans(tokens) if spans is None else spans:
            if ent_id not in found:
                found.append(ent_id)
            consumed.update(range(start, end))
        for i, token in enumerate(tokens):
            if _letter(token) and i not in consumed:  # "in q tell": a name with a lone letter, typed with a typo
                near = self._near_alias(raw or tokens, i, consumed)  # as typed: "tell" is not yet "told"
                if near is not None:
                    ent_id, span = near
                    if ent_id not in found:
                        found.append(ent_id)
                    consumed.update(span)
        return found, consumed

    def _named_again(self, tokens: list[str]) -> list[str]:
        """`tokens` with a multi-word alias typed with one slip in one of its words written as the alias ("ada
        lynd" for "Ada Lind", "lynd" being a real word no typo fixing touches): every other word of it as typed, the
        slipped one (of at least NAME_SLIP_SIZE letters, and no word the brief uses) one edit off (OSA distance).
        Names are then found whole, and searched for in the brief's spelling."""
        # a slipped word is one the brief does not know, of three letters or more (one edit off a word of four):
        # a question with none such (two in three of those naming a word of an alias) has no slip to look for
        # among its ~12 aliases' places, each sliced and compared (~30 µs a question on the shipped brief)
        if all(len(t) < NAME_SLIP_SIZE - 1 or self.knows(t) for t in tokens):
            return list(tokens)
        from rapidfuzz.distance import OSA

        out = list(tokens)
        for i, token in enumerate(tokens):
            for said, j in self._alias_places.get(token, ()):
                start = i - j
                typed = out[start : start + len(said)] if start >= 0 else []
                slips = [k for k, (t, w) in enumerate(zip(typed, said, strict=False)) if t != w]
                if len(typed) == len(said) and len(slips) == 1:
                    typed_word, alias_word = typed[slips[0]], said[slips[0]]
                    if (
                        len(alias_word) >= NAME_SLIP_SIZE
                        and not self.knows(typed_word)  # "new work": a word of the brief's own is meant
                        and OSA.distance(typed_word, alias_word) <= 1
                        and self._slip_in_name(typed_word, [w for k, w in enumerate(said) if k != slips[0]])
                    ):
                        out[start : start + len(said)] = said
                        break
        return out

    def _slip_in_name(self, typed: str, others: list[str]) -> bool:
        """Whether `typed`, one edit off a word of a multi-word alias whose `others` words are typed as the alias
        has them, is a slip of that word: a word English's dictionary lacks and wordfreq counts under COMMON_ZIPF
        always ("ada lynd"); an English word ("Operation Halo" of the brief's "Operation Hale") only beside a name
        among the others (`_name_words`: "ada"), which says whose name it is; "operation" is any operation's."""
        if not self.english.lemmas(typed) and not self.english.common(typed):
            return True
        return not self._name_words().isdisjoint(others)

    def _skipped_restored(self, tokens: list[str]) -> list[str]:
        """`tokens` with a long name (an alias of LONG_NAME words or more) typed with one inner word left out, or its
        last, or both, written whole ("keepers for a safe open harbour" for "Keepers for a Safe and Open Harbour"):
        the rest of its words, in its order and next to each other, say which name is meant. Names are then found
        whole."""
        out = list(tokens)
        i = 0
        while i < len(out):
            for said, short in self._skipped.get(out[i], ()):
                # (not a name typed whole: its words without the last are its own start)
                if out[i : i + len(short)] == short and out[i : i + len(said)] != said:
                    out[i : i + len(short)] = said
                    i += len(said) - 1
                    break
            i += 1
        return out

    def _near_alias(self, tokens: list[str], at: int, consumed: set[int]) -> tuple[str, range] | None:
        """A multi-word alias one edit away from a few words around position `at`, and those words' positions."""
        if not self._multiword:
            return None
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        for n in (3, 4, 2):
            for start in range(max(0, at - n + 1), min(at, len(tokens) - n) + 1):
                span = range(start, start + n)
                if consumed & set(span):
                    continue
                key = " ".join(tokens[start : start + n])
                near = self._multiword_near.get(len(key), ())
                hit = process.extractOne(key, near, scorer=OSA.distance, score_cutoff=1) if near else None
                if hit is not None and len(key) >= 6:
                    return self.brief.aliases[str(hit[0])], span
        return None


def _in_news_compound(tokens: list[str], i: int) -> bool:
    """Whether word `i` is part of "news <noun>" right after "which" or "what" ("which news org said …"): a
    publisher named by a compound, not "news" anywhere ("which paper broke the news Lind resigned")."""
    at = i if tokens[i] == "news" else i - 1  # the compound's "news": this word, or the one before it
    return at >= 1 and tokens[at] == "news" and tokens[at - 1] in ("which", "what")


def _prop_one(tokens: list[str], at: int) -> bool:
    """The "one" at `at` stands for a noun after a describing word, as English's prop-word does: "the current one",
    "the new one expires" ("the" and one word no number before it, no "of" after it: "the first one of them" counts
    among others, "the 2018 one" names a year, read elsewhere), or after a sum, "the 53 million one" (a number and
    its scale word, SCALE_WORDS, after "the": the thing that sum was, as "the current one" is)."""
    if at < 2 or tokens[at : at + 1] != ["one"] or tokens[at + 1 : at + 2] == ["of"]:
        return False
    if at >= 3 and tokens[at - 1] in SCALE_WORDS and tokens[at - 3] == "the" and is_number(tokens[at - 2]):
        return True
    before = tokens[at - 1]
    return tokens[at - 2] == "the" and before.isalpha() and before != "one"


def _one_noun_asked(tokens: list[str]) -> list[str]:
    """The noun a question opens by asking of, "which contract …", "what contract …", or names as a bare noun phrase,
    "the contract the article talked about": that one word; [] for any other opening."""
    return tokens[1:2] if tokens[:1] in (["which"], ["what"], ["the"]) else []
