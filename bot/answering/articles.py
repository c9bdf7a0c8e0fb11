"""Questions about the articles themselves rather than what they report: who reported one, what its photo shows and
who took it, when it was updated, what it corrected.

The answers are facts the brief marks with `describes:` (an `ArticlePart`), each citing the one article it is
about. A question asks for a part by its words ("who took the cover photo", "which reporter covered … for
the Gazette", "what time was the Herald's story updated"); when it names an article whose facts do not state that part,
the answer says so instead of answering something else. Which words ask for which part is English grammar, never
brief content.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from bot.calling_verbs import CALLING_VERBS  # "which article calls the guild a rival" asks the article
from bot.factbase import Brief
from bot.records import ArticlePart
from bot.reporting import REPORTING
from bot.text import words

if TYPE_CHECKING:  # (the question model imports this module's words: a type only, not imported when run)
    from bot.answering.understand.question import NameSpans

OUTLET_KIND = "media"  # the glossary kind of a news outlet (bot/records.py EntityKind)
# words that make a question about an article as a publication ("the gazette story", "the herald piece")
# ("report" is not one: "who wrote the report" is as often about a report the articles cite)
ARTICLE_WORDS = frozenset("article articles story stories piece pieces coverage writeup".split())
PHOTO_WORDS = frozenset(
    "photo photos pic pics photograph photographs photographer photographers caption captions pictured".split()
)
CAPTION_WORDS = frozenset("caption captions".split())  # a photo's words, read as an article's are
# words that mean a photo only when the question is about an article ("what image did protesters invoke" is not)
PICTURE_WORDS = frozenset("picture pictures image images".split())
# where on the page a photo stands: "the header photo", "the top image" (which photo, not what it shows)
PLACEMENT_WORDS = frozenset("header banner top cover lead main featured".split())
# what a question about an article's correction may say of it and where it stands ("a correction at the bottom,
# what was wrong"), which the brief need not know
# how a correction is asked about, besides its own words: what it was for, and how a paper puts one out ("ran",
# "issued", "printed": a paper "runs" a correction as it runs a story)
CORRECTION_ASKING = frozenset(
    "wrong mistake mistakes error errors fixed fix bottom end note says said ran run runs issued printed added".split()
)
# an article as a page that can be updated or corrected ("when was the Herald's report updated")
PAGE_WORDS = ARTICLE_WORDS | {"report", "page", "post"}
# who made the photo, as opposed to what or whom it shows and where it was taken
CREDIT_WORDS = frozenset("photographer photographers credit credited took take shot snapped photographed".split())
REPORTER_NOUNS = frozenset(
    "reporter reporters journalist journalists author authors byline writer correspondent".split()
)
# (every tense: "who was reporting on the vigil for the Gazette" asks as "who reported" does)
REPORTER_VERBS = frozenset(
    "wrote written write writes writing reported reports reporting covered covers covering".split()
)
# words asking who wrote the article itself ("who wrote the Gazette piece", "its author"), not whose reporting on
# something it passes on ("who reported on the vigil for the Gazette")
WRITER_WORDS = frozenset(
    "wrote written write writes writing writer writers author authors authored penned byline".split()
)
WHEN = frozenset("when date day year month".split())
PUBLISHED_WORDS = frozenset("published publish publication dated posted".split())
SUMMARY_WORDS = frozenset(
    "summary summarize summarise summarized summarised gist recap overview synopsis takeaway takeaways upshot".split()
)
# two words that ask for the gist together, each ordinary alone (general English): "the main point of the piece"
SUMMARY_PAIRS = frozenset(
    (a, b)
    for a in ("main", "key", "central", "big", "overall")
    for b in ("point", "points", "idea", "message", "story")
) | {("bottom", "line"), ("in", "short"), ("in", "brief"), ("nutshell", "nutshell"), ("sum", "up"), ("sums", "up")}
# how a summary is wanted, said after "about" ("what's the Gazette piece about, in like one sentence")
SUMMARY_MANNER = frozenset(
    "in one a few two three sentence sentences words line lines short brief briefly quick quickly basically like "
    "nutshell tho though again really roughly generally overall please pls plz".split()
)
# the words of SUMMARY_MANNER that say how long a summary should be, which asks for one on their own ("the Gazette
# piece in one line")
SUMMARY_SIZE = frozenset("sentence sentences words line lines short brief briefly quick quickly nutshell".split())
# "…, short version": how a summary is wanted, after what the article says
SUMMARY_VERSION = frozenset("version answer form".split())
ADVERB_LETTERS = 5  # "fly", "ally", "holy" are no adverbs; "only", "early", "daily" pass and say nothing asked
# what stands between "what" and "about" when a pronoun stands for an article named before ("… what's it about")
IT_IS = frozenset("is was it its this that actually really even basically exactly all".split())
TOLD_HAPPENING = frozenset("happened happen happens".split())  # "what does the Gazette piece say happened"
# an article asked of by a pronoun after what happens: "the 2018 one - what happened in it"
IN_IT = (["in", "it"], ["in", "this"], ["in", "that"], ["in", "there"], ["there"])
DOING = frozenset("do does did done".split())  # "which outlet did the vigil piece": the publisher asked
SAYER_WORDS = 5  # "the" and a year and an outlet of up to three words before the article word
# words that ask for a summary or say how, which the brief need not know ("in a nutshell", "the main point")
SUMMARY_ASKING = SUMMARY_MANNER | SUMMARY_VERSION | {w for pair in SUMMARY_PAIRS for w in pair}
HEADLINE_WORDS = frozenset("headline headlines headlined title titled".split())
UPDATE_WORDS = frozenset("updated update updates revised".split())
CORRECTION_WORDS = frozenset("correction corrections corrected misspelled misspelling".split())
ASKING = frozenset("who whom which what when where whose".split())
# "which outlet ran / had / carried the … piece", "what paper wrote up the protest": the publisher of an article
# the question describes. Not "reported" or "broke": "which outlet reported the documents" asks who first reported
# them, which may be an outlet the articles cite rather than one of the articles.
OUTLET_NOUNS = frozenset(
    "outlet outlets paper papers newspaper newspapers publication publications magazine site sites website"
    " websites".split()
)
THAT_WAS = (["was", "that"], ["is", "that"], ["was", "it"], ["is", "it"])  # "… which outlet was that (in)"
OUTLET_GUESS = 2  # words after a closing "which outlet" that may guess it ("… which outlet? BI?")
# the verbs asking what an outlet's article tells ("what did the Gazette report / say / write / cover")
SOURCE_REPORTING = frozenset("say says said write writes wrote report reports reported cover covers covered".split())
MIN_SOURCE_REPORTED = 4  # "what did <outlet> report": a word of the outlet at least
PUBLISHING_VERBS = frozenset(
    "ran run runs published publish publishes covered cover covers had has carried carry".split()
)
# after "which outlet": "which outlet reported the vigil" asks the publisher as "which outlet ran" does ("who
# reported" may ask the reporter: not in PUBLISHING_VERBS)
REPORTING_VERBS = frozenset(
    "reported report reports broke break breaks talk talked talking spoke speak speaking told tell interviewed".split()
)  # "which outlet did the keeper talk to": the one that quotes her
# "broke the story", "broke the news": to report a story first (general English), asked as "reported" is
BREAKING = frozenset("broke break breaks breaking".split())
BROKEN_NEWS = frozenset("story news scoop".split())
# what an article does with a subject, asked right after "which article": "which article mentions the vigil"
MENTIONING = frozenset(
    "mention mentions mentioned discuss discusses discussed talk talks talked cover covers covered report reports"
    " reported describe describes described name names named quote quotes quoted bring brings brought refer refers"
    " referred reference references referenced touch touches touched raise raises raised include includes included"
    " feature features featured address addresses addressed".split()
)  # with the verbs a thesaurus gives for "mention" ("brings up the vigil", "touches on", "refers to")
# ... of them, what it does with a name: names it, whatever it tells of what is named ("which articles mention the
# Courier" asks for those citing it, "does any article mention Lantern" whether one does)
NAMING_VERBS = frozenset(
    "mention mentions mentioned name names named refer refers referred reference references referenced".split()
)
# what an article does with a claim, asked right after "which article" as MENTIONING is: "which article said the guild
# lied" asks which one reports it (general English verbs of saying; kept apart from MENTIONING, whose words other
# steps read as asking nothing of the subject)
SAYING = frozenset("say says said saying write writes wrote claim claims claimed state states stated".split())
# "which outlet quoted …": the outlet asked is the one whose article holds the quoted words (general English)
QUOTING_VERBS = frozenset("quote quotes quoted quoting".split())
# every word that asks about an article rather than naming what the question is about
ARTICLE_VOCABULARY = (
    ARTICLE_WORDS
    | PHOTO_WORDS
    | PICTURE_WORDS
    | PAGE_WORDS
    | CREDIT_WORDS
    | REPORTER_NOUNS
    | REPORTER_VERBS
    | UPDATE_WORDS
    | CORRECTION_WORDS
    | PUBLISHED_WORDS
    | HEADLINE_WORDS
    | SUMMARY_WORDS
    | PLACEMENT_WORDS
    | {"tl", "dr", "tldr"}
    | OUTLET_NOUNS
    | WHEN
    | {"cover", "lead", "come", "came", "out"}
)
# words naming a part of an article or its making, without the words for when (which ask of events as well) nor
# everyday verbs of PUBLISHED_WORDS and PLACEMENT_WORDS ("came out", "took", "top"): a question with one of these
# may be answered by what a caption or credit says of its article
ARTICLE_PART_WORDS = ARTICLE_VOCABULARY - frozenset(
    "when date dated day month year came come out take took main lead top".split()
)


def any_article_naming(tokens: list[str]) -> bool:
    """ "does any article mention Lantern", "do any of the stories refer to the Courier": whether some article names
    what follows (a form of "do", "any", an article noun, then one of NAMING_VERBS)."""
    if tokens[:1] not in (["do"], ["does"], ["did"]) or tokens[1:2] != ["any"]:
        return False
    at = 4 if tokens[2:4] in (["of", "the"], ["of", "your"], ["of", "ur"]) else 2
    return tokens[at : at + 1] != [] and tokens[at] in ARTICLE_WORDS | {"source", "sources"} and (
        tokens[at + 1 : at + 2] != [] and tokens[at + 1] in NAMING_VERBS
    )


def did_article(tokens: list[str]) -> bool:
    """ "did the vigil piece", "does the story on …": a form of "do" whose object is an article (doing a piece is
    writing and running it, as English says of a report: "the Gazette did a story on the vigil"); the article word
    closes the object, at most SAYER_WORDS words after the verb ("did the 2019 harbour vigil piece")."""
    if not tokens or tokens[0] not in DOING:
        return False
    return not ARTICLE_WORDS.isdisjoint(tokens[1 : SAYER_WORDS + 2])


def asks_outlet(tokens: list[str]) -> bool:
    """ "which outlet ran the … piece", "what paper wrote up the harbour vigil", "who published the story about
    …": the question asks which of the articles is the one it describes (a word for a publisher after which/what
    and a verb of publishing one, or "who" with a verb of publishing an article)."""
    opening = [i for i, t in enumerate(tokens) if t in ("which", "what")]
    wrote_up = any(  # "what paper wrote up / wrote about the vigil"
        a in ("wrote", "write", "writes", "written") and b in ("up", "about") for a, b in itertools.pairwise(tokens)
    )
    # the word after the outlet's noun: one on from "which outlet", two from "which news organization"
    verb_at = (opening[0] + 2 + (tokens[opening[0] + 1 : opening[0] + 2] == ["news"])) if opening else 0
    if (
        bool(opening)
        and any(t in OUTLET_NOUNS or t == "news" for t in tokens[opening[0] + 1 : opening[0] + 3])  # "news org"
        and (
            wrote_up
            or not (PUBLISHING_VERBS | REPORTING_VERBS).isdisjoint(tokens)  # "… is cited in": not asked
            # "which outlet said the guild lied": an outlet saying a claim is one reporting it, as "which article
            # said" is (SAYING); right after the outlet, so "what paper quoted Lind, who said …" is not read so
            or not SAYING.isdisjoint(tokens[verb_at : verb_at + 2])
            # "what paper quoted Lind", "which news organization quoted Lind" (blind set CL)
            or not QUOTING_VERBS.isdisjoint(tokens[verb_at : verb_at + 1])
            or did_article(tokens[verb_at:])
            or gave_words_to(tokens)
        )
    ):
        return True
    # "which source covers the vigil": a news source doing what an article does with a subject (not "what's the
    # source for the figure", which asks whose reporting an article passes on)
    if (
        opening
        and tokens[opening[0] + 1 : opening[0] + 2] in (["source"], ["sources"])
        and not MENTIONING.isdisjoint(tokens[opening[0] + 2 : opening[0] + 4])
    ):
        return True
    if any(
        a == "who" and b in ("wrote", "writes") and c in ("up", "about")
        for a, b, c in zip(tokens, tokens[1:], tokens[2:], strict=False)
    ):
        return True  # "who wrote up the vigil": whose article it is ("who wrote the story" asks its reporter)
    if any(
        a == "who" and b in BREAKING and (c in BROKEN_NEWS or (c == "the" and d in BROKEN_NEWS))
        for a, b, c, d in zip(tokens, tokens[1:], tokens[2:], [*tokens[3:], ""], strict=False)
    ):
        return True  # "who broke the story about the vigil": the outlet that reported it, as "which paper broke …"
    # "the piece about the vigil, which outlet was that": a publisher asked of an article described before
    # "the piece saying staff are split - which outlet? the Gazette?": the question ends there, but for a guess
    if any(
        tokens[i + 1 : i + 2]
        and tokens[i + 1] in OUTLET_NOUNS
        and (
            tokens[i + 2 : i + 4] in THAT_WAS
            or (len(tokens) - i - 2 <= OUTLET_GUESS and (PUBLISHING_VERBS | REPORTING_VERBS).isdisjoint(tokens[i:]))
        )
        for i in opening
    ) and not ARTICLE_WORDS.isdisjoint(tokens):
        return True
    # "the vigil article, whose is that": an article's owner is its publisher (the question closing on it)
    if len(tokens) > 3 and tokens[-3] == "whose" and tokens[-2:] in THAT_WAS and not ARTICLE_WORDS.isdisjoint(tokens):
        return True
    # "where's the vigil stuff from, which article": the question closes asking which article it was
    if len(tokens) > 2 and tokens[-2] in ("which", "what") and tokens[-1] in ARTICLE_WORDS:
        return True
    # "the Lind quote, which outlet was that in": what was described before, asked whose article it is in
    if any(
        i > 0
        and not (ARTICLE_WORDS | OUTLET_NOUNS).isdisjoint(tokens[i + 1 : i + 2])
        and tokens[i + 2 : i + 4] in THAT_WAS
        and tokens[i + 4 :] in ([], ["in"], ["from"])
        for i in opening
    ):
        return True
    # "which article mentions the vigil", "which stories talk about the lease": the article, known by its outlet
    if opening:
        at = opening[0] + 1
        if tokens[at : at + 1] and tokens[at].isdigit():
            at += 1  # "which 2019 story mentions …"
        if not ARTICLE_WORDS.isdisjoint(tokens[at : at + 1]):
            # "which piece had / has the vigil stuff (in it)", "which article was the one with the vigil": what an
            # article holds, as "mentions" says
            held = tokens[at + 1 : at + 2] in (["had"], ["has"])
            # "which article is about the vigil", "which piece was the one on / with the vigil": what it covers
            rest = tokens[at + 2 :] if tokens[at + 1 : at + 2] in (["is"], ["was"]) else []
            rest = rest[2:] if rest[:2] == ["the", "one"] else rest
            held = held or (bool(rest) and rest[0] in DESCRIBING)
            # "which article is the day of action one": the one known by what it covers
            known_by = tokens[at + 1 : at + 3] in (["is", "the"], ["was", "the"]) and tokens[-1] == "one"
            return held or known_by or not (MENTIONING | SAYING | CALLING_VERBS).isdisjoint(tokens[at + 1 : at + 3])
    if _read_where(tokens):
        return True
    # "who ran the story": the publisher; "who wrote the story" asks for its reporter (asked_part)
    return any(
        tokens[i] == "who" and tokens[i + 1] in PUBLISHING_VERBS and not ARTICLE_WORDS.isdisjoint(tokens[i + 2 : i + 4])
        for i in range(len(tokens) - 2)
    )


# giving one's words to someone (general English): "she gave her quotes / an interview / a comment to the Gazette" is
# telling it, as "she talked to the Gazette" is (REPORTING_VERBS)
GIVING = frozenset("give gives gave given giving".split())
WORDS_GIVEN = frozenset(
    "quote quotes comment comments remark remarks interview interviews statement statements words account".split()
)
GIVEN_REACH = 3  # words from the verb to the noun for words given: "gave her first quotes", "gave an interview"


def gave_words_to(tokens: list[str]) -> bool:
    """ "Lind gave her quotes to what outlet", "which paper did Lind give an interview to": a verb of GIVING, a noun
    for words (WORDS_GIVEN) within GIVEN_REACH after it and "to" right after the noun (blind set BN)."""
    return any(
        t in GIVING
        and any(
            w in WORDS_GIVEN and tokens[j + 1 : j + 2] == ["to"]
            for j, w in enumerate(tokens[: i + 1 + GIVEN_REACH][i + 1 :], i + 1)
        )
        for i, t in enumerate(tokens)
    )


# what a reader does with an article: "where did I read about the vigil" asks which article it was
READING_VERBS = frozenset("read see saw seen hear heard find found".split())
READERS = frozenset("i we".split())


def _read_where(tokens: list[str]) -> bool:
    """ "Where did I read about the vigil", "where have we seen that figure": a question opening with "where", an
    auxiliary, a reader (I, we) and a verb of reading asks which article it was in."""
    return tokens[:1] == ["where"] and len(tokens) > 3 and tokens[2] in READERS and tokens[3] in READING_VERBS


# what an article may take from elsewhere: "where did the piece get its figures from"
INFO_NOUNS = frozenset(
    "numbers number figures figure stats statistics data info information details detail estimates totals".split()
)
CITING_WORDS = frozenset("cite cites cited citing credited credit attributed attribute".split())
RELYING = frozenset(
    "lean leans leaned leaning rely relies relied relying draw draws drew drawing pass passes passed passing based"
    .split()
)
# words ending a verb of RELYING's reach before an "on" ("passed out at …", "passed around outside …")
PARTICLES = frozenset("out around at to in by through over up down off away along outside inside from for with".split())
FROM_VERBS = frozenset("get gets got getting come comes came coming".split())
GETTING = frozenset("get gets got getting gotten".split())
# the words that ask whose reporting an article passes on, never what it is about
CITING_FRAME = (
    ARTICLE_WORDS
    | OUTLET_NOUNS
    | INFO_NOUNS
    | CITING_WORDS
    | RELYING
    | FROM_VERBS
    | frozenset("reporting reported report reports account originally initially source sources".split())
    # what kind of reporting is passed on: "whose on-the-ground reporting", "a firsthand account", "original work"
    | frozenset("ground firsthand eyewitness original underlying".split())
)


DESCRIBING = frozenset("on about covering regarding re with".split())  # "the piece on the vigil": which piece
DESCRIPTION_OPENINGS = frozenset("the that this a".split())
DESCRIPTION_WORDS = 6  # "the 2018 harbour vigil letter piece": the most words said before an article word


def article_description(tokens: list[str], breaks: tuple[int, ...] = ()) -> set[int]:
    """The positions of words that say which article is meant rather than what is asked of it: between an opening
    determiner and an article word ("the [2018 vigil] piece", at most DESCRIPTION_WORDS of them), and after an
    article word and "on"/"about" up to the next break or question word ("the story [on the vigil] - whose
    figures …")."""
    found: set[int] = set()
    stops = set(breaks)
    for i, token in enumerate(tokens):
        if token not in ARTICLE_WORDS:
            continue
        for j in range(i - 1, max(-1, i - DESCRIPTION_WORDS - 2), -1):
            if j + 1 in stops or tokens[j] in ASKING:
                break  # a break starts a piece at its position: word j is in the piece before
            if tokens[j] in DESCRIPTION_OPENINGS:
                found.update(range(j + 1, i))
                break
        if tokens[i + 1 : i + 2] and tokens[i + 1] in DESCRIBING:
            j = i + 1
            while j < len(tokens) and j not in stops and tokens[j] not in ASKING:
                found.add(j)
                j += 1
    return found


def article_at(tokens: list[str]) -> int:
    """The position of the first article word ("piece", "story"…), or len(tokens) when there is none."""
    return next((i for i, t in enumerate(tokens) if t in ARTICLE_WORDS), len(tokens))


def _relies_on(tokens: list[str]) -> bool:
    """A verb of RELYING with its own "on" ("lean on", "relies heavily on", "pass the figures on"): within three
    words after it, before any other particle, which would make it another verb ("the flyer passed out at the
    offices on Monday", blind set BJ: "on" of a day)."""
    for k, t in enumerate(tokens):
        if t not in RELYING:
            continue
        for after in tokens[k + 1 : k + 4]:
            if after == "on":
                return True
            if after in PARTICLES:
                break
    return False


def asks_cited(tokens: list[str]) -> bool:
    """ "which outlet is cited for the figures", "whose reporting does the Herald lean on", "who reported those
    originally", "where did the piece get its numbers from", "where do the figures come from", "which paper did the
    piece get the story from": the question asks whose reporting an article passes on (an outlet or reporter it
    cites), not who published it or what happened. "Where does the name come from" asks an origin: only what an
    article can take from another (INFO_NOUNS) is asked this way."""
    have = set(tokens)
    asking = not {"which", "what", "who", "whose", "where"}.isdisjoint(have)
    if not asking:
        return False
    if not CITING_WORDS.isdisjoint(have) and not {"which", "who", "whose", "where"}.isdisjoint(have):
        return True
    if "whose" in have and not ({"reporting", "report", "reports", "account", "work"} | INFO_NOUNS).isdisjoint(have):
        return True  # "whose reporting does the Herald lean on", "whose figures does the piece pass on"
    if _relies_on(tokens) and not {"whose", "who", "which"}.isdisjoint(have):
        return True
    if "reported" in have and not {"originally", "first", "initially"}.isdisjoint(have):
        return True
    if not {"source", "sources"}.isdisjoint(have) and not ARTICLE_WORDS.isdisjoint(have):
        return True  # "the Gazette piece on the petition - what's their source for that": whose reporting it passes on
    if "from" in have and not GETTING.isdisjoint(have) and not (ARTICLE_WORDS | OUTLET_NOUNS).isdisjoint(have):
        # "which paper did the piece get the petition story from", "the piece got it from which outlet": an article
        # or an outlet asked for, and a getting from (blind set BJ); not "which firm did the guild get it from", nor
        # "the piece came from which outlet", the piece's own publisher
        return True
    if "where" not in have or INFO_NOUNS.isdisjoint(have):
        return False
    # "where did the piece get its numbers": "where … get" asks from where, its "from" left out as English allows
    # ("where did the name come" is no English: "come" needs it)
    return ("from" in have and not FROM_VERBS.isdisjoint(have)) or not GETTING.isdisjoint(have)


# a paper's verbs of printing a piece (general English: "the Star ran a story"), publishing only with a piece as their
# object ("when did the contract run" asks of the contract); RUN_REACH: words from the verb to that noun ("ran its
# long piece")
RUNNING = frozenset("run runs ran carry carries carried".split())
RUN_REACH = 3


def _ran_article(tokens: list[str]) -> bool:
    """A verb of RUNNING with an article noun (ARTICLE_WORDS) within RUN_REACH words after it: "run its piece"."""
    return any(
        t in RUNNING and not ARTICLE_WORDS.isdisjoint(tokens[i + 1 : i + 1 + RUN_REACH]) for i, t in enumerate(tokens)
    )


def asked_part(tokens: list[str], *, names_source: bool, for_source: bool) -> ArticlePart | None:
    """The part of an article a question asks about, or None when it asks about what the articles report.

    `names_source`: the question names one of the brief's outlets; `for_source`: right after "for" ("reported …
    for the Gazette"), so the outlet is who published the reporting, not who is quoted in it ("according to")."""
    have = set(tokens)
    about_article = names_source or not ARTICLE_WORDS.isdisjoint(have)
    if not PHOTO_WORDS.isdisjoint(have) or (about_article and not PICTURE_WORDS.isdisjoint(have)):
        # "where was the photo taken", "when was the photo taken": where or when it shows, not who took it
        asks_when = not WHEN.isdisjoint(have) and {"who", "whose", "whom"}.isdisjoint(have)
        if not CREDIT_WORDS.isdisjoint(have) and "where" not in have and not asks_when:
            return "photo-credit"
        return "photo"
    summary = about_article and _asks_summary(tokens)  # "tl;dr of the Gazette piece": what its headline says
    if ASKING.isdisjoint(have):
        if about_article and _dated_article(tokens):
            return "published"  # "date on the Gazette piece?": no question word, its own date asked
        return "headline" if summary else None
    came_out = "out" in have and not {"come", "came", "coming"}.isdisjoint(have)  # "when did the Star piece come out"
    came_out = came_out or _ran_article(tokens)  # "when did the Star run its piece": a paper's running is publishing
    if (came_out or not PUBLISHED_WORDS.isdisjoint(have)) and about_article and not WHEN.isdisjoint(have):
        return "published"
    if about_article and _dated_article(tokens):
        return "published"  # "what date is on the Gazette article": the article's own date
    if not HEADLINE_WORDS.isdisjoint(have) and about_article:
        return "headline"  # "the title of the Gazette article"; "the title of the guild's report" is a name question
    if not REPORTER_NOUNS.isdisjoint(have) and about_article:
        return "reporter"
    if (
        not REPORTER_VERBS.isdisjoint(have)
        and ("who" in have or "whom" in have)
        and (for_source or (about_article and not ARTICLE_WORDS.isdisjoint(have)))
    ):
        return "reporter"
    page = not PAGE_WORDS.isdisjoint(have)  # "when was the contract updated, per the Herald" is not about the page
    if not UPDATE_WORDS.isdisjoint(have) and page:
        return "updated"
    if not CORRECTION_WORDS.isdisjoint(have) and page:
        return "correction"
    return "headline" if summary else None  # "what is the Herald article about"


def _asks_summary(tokens: list[str]) -> bool:
    """A summary of an article is asked: a word for one ("tl;dr", "gist", "summarize") or a pair of words ("main
    point"), or "about" closing a question that asks what an article is ("what is the Gazette piece about"), maybe
    with how it is wanted after it ("…, in like one sentence")."""
    if not SUMMARY_WORDS.isdisjoint(tokens) or "tldr" in tokens or ("tl", "dr") in itertools.pairwise(tokens):
        return True
    if not SUMMARY_PAIRS.isdisjoint(itertools.pairwise(tokens)) or "nutshell" in tokens:
        return True
    if ARTICLE_WORDS.isdisjoint(tokens):
        return False
    if "what" not in tokens:  # "the Gazette piece in one line?": an article and only how its summary is wanted
        last = max(i for i, t in enumerate(tokens) if t in ARTICLE_WORDS)
        return bool(tokens[last + 1 :]) and set(tokens[last + 1 :]) <= SUMMARY_MANNER and not SUMMARY_SIZE.isdisjoint(
            tokens[last + 1 :]
        )
    if tokens[0] != "what":  # "the Gazette piece - what's it actually about": the article named, then "it"
        at = len(tokens) - 1 - tokens[::-1].index("what")
        if ARTICLE_WORDS.isdisjoint(tokens[:at]) or not asks_about(tokens[at + 1 :]):
            return False
        if "about" not in tokens[at:]:
            return True  # "… - what happened in it": what it tells
    said = [i for i, t in enumerate(tokens) if t in SAYING]
    if tokens[1:2] in (["does"], ["did"]) and said:  # "what does the Gazette piece say, short version"
        # the article says it: an article word within SAYER_WORDS of the start ("the 2019 Gazette piece"), not
        # "what did the leaflets handed out in the Gazette piece say", what someone else in it said
        sayer = any(t in ARTICLE_WORDS for t in tokens[2 : 2 + SAYER_WORDS])
        # "…, short version"; "what does the Gazette piece say happened": what it tells, its lede
        return sayer and set(tokens[said[-1] + 1 :]) <= SUMMARY_MANNER | SUMMARY_VERSION | TOLD_HAPPENING
    if "about" not in tokens:
        return False
    after = tokens[len(tokens) - tokens[::-1].index("about") :]  # past the last "about": only how it is wanted
    return set(after) <= SUMMARY_MANNER


def asks_what_source_reported(tokens: list[str], source_at: AbstractSet[int]) -> bool:
    """ "What did the Gazette report / say / write / cover": nothing between "what did" and the verb but the words
    naming one of the brief's outlets (`source_at`, their positions) and nothing after it, so what its article is
    about is asked (not "what did the keepers in the Gazette piece say", someone's words in it)."""
    if len(tokens) < MIN_SOURCE_REPORTED or tokens[0] != "what" or tokens[1] not in ("did", "does", "do", "has"):
        return False
    between = {i for i in range(2, len(tokens) - 1) if tokens[i] != "the"}
    return tokens[-1] in SOURCE_REPORTING and bool(between) and between <= source_at


def asks_about(after_what: list[str]) -> bool:
    """The words after "what" ask what an article is about or tells: "'s it about", "is it really about",
    "happened in it"."""
    if "about" in after_what:  # an adverb in -ly may stand between too: "was it mainly about", "mostly"
        return all(w in IT_IS or w == "s" or adverb(w) for w in after_what[: after_what.index("about")])
    return after_what[:1] != [] and after_what[0] in TOLD_HAPPENING and after_what[1:] in IN_IT


def adverb(word: str) -> bool:
    """A word of five letters or more in -ly, read as an adverb of degree or manner ("mainly", "mostly",
    "largely"): English makes them so, and none of them is what an article is asked about."""
    return len(word) >= ADVERB_LETTERS and word.endswith("ly")


def _dated_article(tokens: list[str]) -> bool:
    """ "What date is on the Gazette piece", "the date of the article": a date said of an article itself (a date
    word, then "on" or "of" and, within three words, an article word)."""
    for i, t in enumerate(tokens):
        if t in ("date", "dated"):
            at = i + 1 + (tokens[i + 1 : i + 2] in (["is"], ["s"], ["was"]))  # "what date is on …"
            if tokens[at : at + 1] in (["on"], ["of"]) and not ARTICLE_WORDS.isdisjoint(tokens[at + 1 : at + 5]):
                return True
            if at > i + 1 and not ARTICLE_WORDS.isdisjoint(tokens[at : at + 5]) and tokens[-1:] == ["from"]:
                return True  # "what date is the Gazette article about the vigil from"
    return False


class Articles:
    """The brief's facts about its articles, by source and part, read once on the first question that asks."""

    def __init__(self, brief: Brief) -> None:
        self.brief = brief
        self._parts: dict[tuple[str, str], list[str]] | None = None

    def parts(self) -> dict[tuple[str, str], list[str]]:
        if self._parts is None:
            table: dict[tuple[str, str], list[str]] = {}
            for source, part, fact_id in self.brief.describing():  # a compiled brief's table: no walk over every fact
                table.setdefault((source, part), []).append(fact_id)
            self._parts = {key: sorted(ids) for key, ids in table.items()}
        return self._parts

    def facts(self, part: ArticlePart, sources: set[str]) -> list[str]:
        """The facts stating `part` of the named articles (of every article when none is named), in source order. A
        photo's credit line is also its caption ("Protesters gathered outside … (Name for Outlet)"): it answers what
        a photo shows when the article has no other caption."""
        wanted = sources or set(self.brief.sources)
        table = self.parts()
        out = []
        for src in self.brief.sources:
            if src in wanted:
                found = table.get((src, part), [])
                out += found or (table.get((src, "photo-credit"), []) if part == "photo" else [])
        return out

    def written_by(self, fact_ids: list[str]) -> list[str]:
        """Those of the reporter facts `fact_ids` that may name their article's writer: not one whose every quote
        passes the person's account on ("As Ada Lind reported, …", "according to Lind"), which an article says of
        a reporter it relies on, never of its own byline."""
        return [i for i in fact_ids if not all(_passes_on(c.quote) for c in self.brief.facts[i].citations)]

    def stating(self, part: ArticlePart) -> list[str]:
        """Every fact stating `part` of any article: what to suggest when the asked article is silent on it."""
        return self.facts(part, set())


def _passes_on(quote: str) -> bool:
    """The quote passes on someone's account: "according to Lind", "As Ada Lind reported" (English grammar)."""
    said = words(quote)
    if ("according", "to") in itertools.pairwise(said):
        return True
    return said[:1] == ["as"] and not set(REPORTING).isdisjoint(said)


def outlet_opening(
    tokens: list[str], aux: int, name_spans: NameSpans, kind_of: Callable[[str], str | None]
) -> tuple[str, int] | None:
    """ "What did the Gazette report about …", "did the Gazette say …": the news outlet (OUTLET_KIND)
    named right after the question's auxiliary at `aux` (a "the" between them allowed), as its entity id and the
    index of the word after its name (the verb, which may be `len(tokens)`); None when no outlet stands there. The
    one reading of such an opening (Decider.report_asked and Untold.outlet_unattributed, each with its own verbs;
    review 22)."""
    start = aux + 1 + (aux + 1 < len(tokens) and tokens[aux + 1] == "the")
    span = next((sp for sp in name_spans(tokens) if sp[0] in (aux + 1, start)), None)
    if span is None or kind_of(span[2]) != OUTLET_KIND:
        return None
    return span[2], span[1]
