"""The kind of answer a question asks for (amount, count, date, who, where, what-is, why-how, yes-no, comparison,
list, quote, topic), read from its words by patterns of English grammar, and the cue phrases that steer ranking.
"""

from __future__ import annotations

from bot.answering.understand.lexicon import AUX_PATTERN, LEAD_INS, TAGS, TIMELINE_WORDS, VOICING
from bot.class_nouns import NOUN_KINDS, PERSON_KINDS
from bot.replies import QuestionKind
from bot.text import Deferred

# Each kind's pattern, with words at least one of which it cannot match without (as text, anywhere in the
# question's words: a necessary condition, not a reading): most questions hold none of most kinds' words, and a
# search that cannot match is not run (every kind's pattern was searched, 18 µs a question on the shipped brief's
# benchmark questions). () for a pattern run on every question. tests/test_understand_kinds.py checks each list
# against its pattern on the development and benchmark questions.
SPEECH_NEEDS = (
    "say said write wrote shout yell scream declare state proclaim tell told ask argue argued insist insisted".split()
)
COMPARATIVE_NEEDS = "more less fewer larger bigger smaller higher lower greater earlier later sooner first".split()
LISTED = "groups organizations companies cities protests people contracts offices programs events actions".split()
# "what caused …", "what set off …": a cause asked as the subject of a verb of causing (general English), whose words
# say how it asks, as "why" does
CAUSE_ASKED = (
    r"what (caused|causes|sparked|sparks|triggered|triggers|prompted|prompts|led to|leads to"
    r"|set off|sets off|kicked off|touched off|brought on|brought about)\b"
)
# "what kind of company do the articles call …": the class the articles give a thing, asked of them as of the thing
CLASSED_BY_ARTICLES = (
    r"what (kind|type|sort) of \S+( \S+)? (do|does|did) (the |these |those |ur |your )?"
    r"(articles?|stories|story|pieces?|reports?|sources?) (call|calls|describe|describes|label|labels) "
)
# nouns for a sum of money by what it measures (general English): each asks an amount as "how much" does
MONEY_MEASURES = "revenue|revenues|income|earnings|profit|profits|salary|salaries|wage|wages|budget|budgets|valuation"
# a sum asked by a verb of adding or a noun of one (general English): "add up", "added together", "the total of"
SUM_ASKED = r"(add|adds|added|adding) (up|together)|(total|sum) of"
# the nouns of a source of words, and the verbs it tells them by (general English): "what article says …"
_SOURCE_NOUNS = r"(sources?|articles?|stor(y|ies)|pieces?|reports?|outlets?|papers?|newspapers?|sites?|websites?)"
_SAYS = r"(say|says|said|state|states|stated|write|writes|wrote|tell|tells|told)"
# the nouns of people (class_nouns: "employee", "organizer"), after which a "who" opens a relative clause
_PEOPLE = "|".join(sorted((n for n, kinds in NOUN_KINDS.items() if kinds == PERSON_KINDS), key=len, reverse=True))
_CHANTING = "(chant|chants|chanted|chanting|slogan|slogans|motto)"
# how a list question opens, its head the things listed: "list the …", "name all the …", "which groups …"
_LIST_OPENING = (
    r"(list|enumerate)\b|name (the|all|every)\b"
    r"|(which|what) (groups|organizations|companies|cities|protests|people|contracts|offices|programs|events|actions)"
)
_PATTERNS: list[tuple[QuestionKind, Deferred, tuple[str, ...]]] = [  # compiled on first search
    (
        "who",
        # "who asked what if the firm had said no": the speaker of words that are themselves a question, "what if"
        # opening a supposition (general English), not "what" they said ("who said what about the lease" asks both,
        # a quote's question; "who said what are you afraid of" stays one, its follow-ups read as of the words)
        Deferred(r"^who (said|says|asked|asks|wrote|writes|shouted|yelled|wondered|tweeted) what if\b"),
        ("who",),
    ),
    (
        "quote",
        Deferred(
            # "what did X tell Y": X's words; "what did X tell Y to do": a request, told as the fact tells it
            # ("what date/year did the Gazette say …" asks a date the words give: not a quote)
            # (not words quoted inside a "when" or "where" question: 'where were the words "why is the lamp dark"
            # said' asks a place, as "where did Lind say that" does)
            r"^(?!(when|where) (did|do|does|was|were|is|are)\b).*?"
            # (not "what source says $5 million": "what" of a source's noun, the verb's subject, asks which source
            # gave what follows the verb, as "which source says …" does; "what did the source say" stays its words)
            rf"(?!\bwhat {_SOURCE_NOUNS} {_SAYS} \S)"
            r"\bwhat(?! (date|day|year|month|time)\b)( did|d| d)? .{1,60} (say|said|write|wrote|shout|yell|scream|chant"
            r"|declare|declared|state|stated|proclaim|proclaimed"
            # arguing and insisting give words too ("what did Lind argue in her op-ed")
            r"|argue|argued|insist|insisted"
            # calling out or crying out is shouting words ("what did a marcher call out"), not calling someone
            r"|(call|called|cry|cried) out"
            r"|(tell|told)(?! (\S+ ){0,3}to\b)"
            # "what did the rabbi ask": the question asked in words; not "ask X to do", "ask for" (a request)
            r"|(ask|asked)(?! (\S+ ){0,3}(to|for)\b))\b"
            # not a clause inside the ask: "what's the value of the contract the Gazette said had nothing to do …"
            r"(?! (had|has|have|was|were|is|are|would|will|did|does)\b)"
            # (not "who made the flyer the Gazette quotes": who did another act is asked, the quoting says which flyer)
            # ("anything quotable from the guild's director": words of hers worth quoting)
            # (nor "how many articles quote Lind": a count of the articles whose words are hers, as "which articles
            # quote Lind" asks which)
            rf"|^(?!how many {_SOURCE_NOUNS} )"
            r"(?!who (?!(said|says|say|wrote|writes|write|quoted|is|was|are|were)\b)\S+ )"
            r".*\b(quotes?|quotable|quotations?|soundbites?)\b"
            r"|\bin (his|her|their) (own )?words\b"
            # "what was chanted", "what was the organizer yelling": words asked, in the passive or as an act going on
            r"|\bwhat (was|were) .{0,30}(said|chanted|shouted|yelled|saying|chanting|shouting|yelling|screaming)\b"
            # a statement of who spoke, then "what?": "the flyer told staff to ask themselves what?"
            r"|\b(said|says|told|tells|wrote|writes|stated|states)\b.* what$"
            # ... or "what" right after the verb, its topic after it: "the flyer said what about the harbour"
            r"|^(?!what\b)\S+.* (said|says|wrote|writes|stated|states|argued|argues) what\b"
            # (not of "when" or "where" asked: "when did the protesters chant" asks a date, as of any act)
            # (nor of a list's head narrowed by a clause of chanting: "list the groups that marched where people
            # chanted 'free the lamp'" asks the groups; the chant only says which)
            rf"|^(?!(when|where)\b)(?!(?:{_LIST_OPENING})\b.*\b(where|that|who|which|when)\b.*\b{_CHANTING}\b)"
            rf".*\b{_CHANTING}\b"
            # "the guild's line about the lease", "her words on the lease": their words
            r"|\b(line|lines|words) (about|on|re|regarding)\b"
            # a piece of words asked by its noun, whatever verb puts it out: "what line did the guild use about the
            # lease", "what remark did Lind make", "what words did she pick"
            r"|^what (line|lines|phrase|phrases|words|wording|remark|remarks|comment|comments) (did|does|do)\b"
            # a statement that someone spoke, the words left unsaid: "the keeper said something about the lamp?"
            # (not after an opening auxiliary: "did the keeper say something about it" asks whether she spoke)
            rf"|^(?!{AUX_PATTERN}\b).*\b(said|says|wrote|writes|told|tells) (something|stuff|smth|sth)\b"
            # the words of a passage named by its own words: "what's the 'choose the lamp' bit from the letter"
            r"|^what( is| was|s)? the (\S+ ){1,6}(bit|line|passage|wording)\b(?! of\b)"
            # ... or after whose they are, the noun ending the question: "what's the guild's 'choose the lamp' line"
            r"|^what( is| was|s)? (\S+ ){2,6}(bit|line|passage)$"
            # someone's argument is their words ("Ada Lind's argument in the op-ed", "what was her argument")
            r"|\b(argument|arguments)\b"
            # words asked as words: "the rabbi's harbour line, exact words?", "her actual wording"
            r"|\b(exact|actual|precise) (words|wording)\b"
            # a thing said, asked to the word: "what was Lind's harbour comparison exactly", "her remark verbatim"
            r"|\b(comparison|analogy|remark|remarks|comment|comments|statement|claim|wording|phrase)"
            r" (exactly|precisely|verbatim|word for word)\b"
            # the wording of a line half remembered: "… something like 'we are …' - how does it go", "finish the line"
            # ("go" may be read as the brief's "went" by now)
            r"|\bhow (does|did|do) (it|that|the (line|quote|chant|slogan|rest)) (go|went)\b"
            r"|\bwhat (is|was|s) the rest\b|\bfinish the (line|quote|sentence)\b"
            # "how did Ada Lind describe the vigil": her words of it; "how did the agency describe who it targeted":
            # its words of those it names, the "who" clause what they are of (not "how does the Gazette describe the
            # guild for people who don't know it": a description for readers, no words someone said)
            r"|^how (did|does|do|would) (\S+ ){1,5}(describe|characterize|characterise)\b"
            r"(?!.* (people|person|folks|those|anyone|someone|guy|guys) who\b)"
        ),
        # not "what", in most questions: each branch asking after "what" also needs one of the verbs of speech
        (
            *SPEECH_NEEDS,
            *VOICING,
            *"quotable quotation soundbite".split(),
            *"quote words chant slogan motto line go went rest finish phrase remark comment".split(),
            *"says writes tells argument arguments bit passage wording describe characterize characterise".split(),
            *"exactly precisely verbatim word".split(),
            *"call called cry cried".split(),
        ),
    ),
    (
        "comparison",
        Deferred(
            r"\b(more|less|fewer|larger|bigger|smaller|higher|lower|greater|earlier|later|sooner|first)\b.*\b(or|than)\b"
            # "vs" after an opening auxiliary means against: "had the campaigns vs X worked"
            rf"|\bcompare|^(?!{AUX_PATTERN}\b).*\b(versus|vs)\b|\bdifference between\b"
        ),
        # the comparative, not "or"/"than" (in "for", "more", "report"…: 40% of questions, 3% hold a comparative)
        (*COMPARATIVE_NEEDS, "compare", "versus", "vs", "difference between"),
    ),
    (
        "list",
        Deferred(
            r"^(list|enumerate)\b|^name (the|all|every)\b|\blist (of )?the\b"
            # (not a sum asked of them all: "add up all the leases", "the total of all the grants" ask one figure)
            rf"|^(?!{AUX_PATTERN}\b)(?!.*\b({SUM_ASKED})\b)(\S+ ){{0,3}}all (of )?the\b"
            rf"|^({_LIST_OPENING})\b"
            r"|\b(timelines?|chronology)\b"  # "timeline of the lease": its facts, by date
        ),
        ("list", "enumerate", "name", "all", *LISTED, *TIMELINE_WORDS),
    ),
    (
        "amount",
        Deferred(
            r"\bhow much\b|\b(cost|costs|worth|prices?|amounts?|values?|dollars?)\b"  # "the dollar figure"
            # a sum of money named by what it measures, the thing a "what is" question asks: "what's the guild's
            # total yearly revenue", "what was its budget in 2019" (general English nouns for money a party takes in,
            # keeps, pays out or is valued at); not such a noun describing another thing ("what was the profits
            # petition"), nor one a question asks about ("what did staff want done with the profits")
            rf"|^what( is| was| are| were| s)? (\S+ ){{0,3}}({MONEY_MEASURES})"
            r"($| (in|for|from|of|per|during|over|since|last|this|each|every|now|exactly|roughly|about|again|then"
            r"|(19|20)\d\d)\b)"
            # ... and such a noun asked of a party by the verb of its taking it in: "what profit did the guild make",
            # "what revenue does it bring in" (not "what profits did staff want given away": no taking in)
            rf"|^what (\S+ ){{0,2}}({MONEY_MEASURES}) (did|does|do|has|have|had|will|would) (\S+ ){{1,4}}"
            r"(make|makes|made|earn|earns|earned|get|gets|got|receive|receives|received|bring|brings|brought"
            r"|take|takes|took|report|reports|reported|post|posts|posted)\b"
            # the size of a sum of money: "how big is the contract", "the deal's size" (general English nouns)
            r"|\b(how (big|large)|size)\b(?=.*\b(contracts?|deals?|donations?|grants?|payments?|budgets?|funding)\b)"
            r"|\b(contracts?|deals?|donations?|grants?|payments?|budgets?|funding)\b(?=.*\b(how (big|large)|size)\b)"
            # and of a part of one: "how big was the guild's share of the refit", "its piece of it, how big"
            r"|\b(how (big|large)|size)\b(?=.*\b(piece|share|slice|portion) of\b)"
            r"|\b(piece|share|slice|portion) of\b(?=.*\b(how (big|large)|size)\b)"
            # a bare "total of all the leases", "the sum of the grants": the sum of sums of money is asked, asked
            # so after a question word too ("what is the sum of the two grants")
            r"|(^|\bthe )(total|sum|combined total) (of|for)\b"
            r"(?=.*\b(contracts?|deals?|donations?|grants?|payments?|funding)\b)"
            # a total a party took in, asked by the verb of taking it: "the total the guild made from its leases",
            # "what's the total they got" (general English verbs of earning or being paid); the party, its subject,
            # one word ("they", a name) or opened by a determiner: "the total signatures the petition got" totals
            # the noun after "total", a count (fresh review 19, M5)
            r"|\bthe total (?:(?:the|a|an|its|their|his|her|our|my|your|this|that|these|those) (?:\S+ ){0,2}|\S+ )"
            r"(made|make|makes|earned|earn|earns|got|gets|received|receives|was paid|were paid|took in|brought in)\b"
            # and asked to add them: "add up all the leases", "what do the grants add up to"
            r"|\b(add|adds|added|adding) (up|together)\b(?=.*\b(contracts?|deals?|donations?|grants?|payments?)\b)"
            r"|\b(contracts?|deals?|donations?|grants?|payments?)\b(?=.*\b(add|adds|added|adding) (up|together)\b)"
        ),
        (
            *("how much", "cost", "worth", "price", "amount", "value", "dollar", "dollars", "how big", "how large"),
            *("size", "total", "sum", "add up", "adds up", "added up", "adding up", "add together", "added together"),
            *MONEY_MEASURES.split("|"),
        ),
    ),
    (
        "count",
        Deferred(r"\bhow many\b|\bnumber of\b|\bcount\b|\bhow (big|large)\b|\bsize of\b"),
        ("how many", "number of", "count", "how big", "how large", "size of"),
    ),
    (
        "date",
        Deferred(
            r"(^|\b(and|so|but|know|me|wondering|tell|remember|since|until|idea)\s)when\b"
            r"|\b(what|which) (exact |precise |specific |actual )?(year|date|day|month)\b"
            # ("what's the date of …" reaches here as "what the date of …": the "'s" is dropped with the words)
            r"|\bwhat (is |was |s )?the (exact |precise |specific |actual )?(year|date|day|month)\b|\bhow long\b"
            # "and the current one expires when": a closing "when" asks, and so it does before a word that only
            # presses for it ("the lease starts when exactly")
            r"|\bsince when\b|\bwhen( exactly| precisely| again)?$"
            r"|^(the |its |their )?(exact |publication |pub )?(date|year) (on|of) "  # "date on the memo?": a fragment
            # "lind op ed date", "lease start date": a fragment closed by the noun it asks for, no question word
            rf"|^(?!(what|which|who|whom|whose|where|why|how|{AUX_PATTERN})\b)(\S+ ){{1,6}}date$"
        ),
        ("when", "year", "date", "day", "month", "how long"),
    ),
    (
        "why-how",
        Deferred(
            r"\bwhere (does|did|do) .{1,40} (come|came|comes) from\b|\borigin of\b"
            # "where's the name from", "where is the name Gull from": a name's origin, no place
            r"|\bwhere (is |was )?(\S+ ){0,3}(name|word|term)( \S+){0,2} from\b"
            # what a name means as a word: "what does the word Gull mean", "what is a gull anyway, like the word";
            # what it refers to is what it names, the same ("what does the name Gull even refer to")
            r"|\bwhat does the (word|name|term) \S+( \S+)? (mean|refers? to)\b|\blike the (word|name|term)\b"
        ),
        ("come", "came", "origin of", "mean", "like the", "from", "refer"),
    ),
    (
        "where",
        Deferred(r"\bwhere\b|\b(which|what) (city|cities|office|place|state|country)\b"),
        ("where", "city", "cities", "office", "place", "state", "country"),
    ),
    (
        "what-is",
        Deferred(
            # not "who was arrested in X" (a passive: who underwent it, never what X is) nor "who was running X"
            # (a progressive: who did it)
            r"^(who|what) (is|are|was|were|s) (?!the (name|number|date|amount)|\S{3,}(ed|ing)\b)\S+( \S+){0,5}$"
            r"|^what (kind|type|sort) of \S+( \S+)? (is|are|was|were) \S+( \S+){0,4}$"
            # "what kind of company do the articles call the Gazette": what they say it is
            rf"|^{CLASSED_BY_ARTICLES}\S+( \S+){{0,4}}$"
            r"|\b(stand|stands|short) for\b|\b(abbreviation|acronym) (of|for)\b|^define\b"
            r"|\bwhat does \S+( \S+){0,3} (do|mean)$"
        ),
        (),
    ),
    (
        "who",
        Deferred(
            # "what's the guild, for people who …": a "who" after a person word, in a question opened by another
            # question word or by an auxiliary ("did those who marched win": a yes/no question), starts a relative
            # clause; so does any "who" in a question opened by "why" ("why did the guild fire the keepers who
            # signed …"), or by "how" and an auxiliary ("how did the agency describe who it targeted": what it said
            # is asked, the "who" clause is its object)
            r"^(?!why\b)(?!how (did|does|do|was|were|is|are)\b)"
            rf"(?!(what|where|when|how|which|{AUX_PATTERN})\b.* "
            # "did the guild fire any keepers who marched": a quantifier's noun (acts.QUANTIFIERS), as "anyone who";
            # "did the employees who confronted him quit": a noun of people (class_nouns), singular or plural
            rf"(people|person|folks|those|anyone|someone|guy|guys|any \S+|(?:{_PEOPLE})(?:s|es)?) who\b)"
            r"(.*\bwho\b|.*\bwhom\b|.*\bwhose\b|.*\b(which|what) (group|organization|person|company|agency)\b)"
        ),
        ("who", "group", "organization", "person", "company", "agency"),
    ),
    (
        "why-how",
        Deferred(
            r"^(why|how)\b|\bwhy\b|\bhow (did|does|do|was|were|is|are)\b|\bwhat for\b"
            # "what did the keepers think about the lease": their view, asked as "how did they feel about it" is
            r"|^what (did|does|do) (\S+ ){1,5}(think|feel) (about|of)\b"
            # "what set off the outcry", "what led to the walkout": a cause asked as the subject of a verb of causing
            rf"|^{CAUSE_ASKED}"
        ),
        ("why", "how", "what for", "what"),
    ),
    ("yes-no", Deferred(rf"^{AUX_PATTERN}\b|^(and|so|but) {AUX_PATTERN}\b|\b({'|'.join(sorted(TAGS))})$"), ()),
]


MONEY_CUES = ("how much", "worth", "cost", "paid", "pay", "amount", "value", "dollar", "dollars", "money", "price")
MONEY_ASK = ("how much", "worth", "cost", "costs", "amount", "value", "price", "dollar", "dollars", "money")
CUES = (
    ("money", MONEY_CUES),
    ("count", ("how many", "number of", "count")),
    ("when", ("when", "what year", "what date", "which year", "what day", "since when", "how long")),
    ("who", ("who", "whom", "whose", "which group", "which groups", "which organization", "which organizations")),
    ("where", ("where", "which city", "what city", "which office", "what place")),
    ("define", ("who is", "who are", "who was", "what is", "what are", "what was", "what does", "stand for", "define")),
    ("money_ask", MONEY_ASK),
)
PADDED_CUES = tuple((name, tuple(f" {c} " for c in cues)) for name, cues in CUES)  # matched as whole words


def has_cue(padded: str, cues: tuple[str, ...]) -> bool:
    """`padded` (a question's words between spaces) holds one of the cues as whole words."""
    # a loop, not any() over a generator (~40% less): asked of 7 cue lists and up to 12 kinds' words every question
    for c in cues:  # noqa: SIM110 - see above
        if c in padded:
            return True
    return False


# the nouns of a sum of money a list question may ask for ("list the contract amounts", "all the dollar values")
SUMS_LISTED = Deferred(r"\b(amounts?|sums|values?|prices?)\b")


def lists_sums(joined: str) -> bool:
    """A list question asking for sums (SUMS_LISTED), read as an amount question by `kind_of`: "list the leases with
    their amounts", "list every contract amount" ask every sum given, side by side, not the closest one's."""
    tokens = joined.split(" ")
    lead = next((i for i, t in enumerate(tokens) if t not in LEAD_INS), len(tokens))
    joined = " ".join(tokens[lead:])
    _, pattern, needs = next(p for p in _PATTERNS if p[0] == "list")
    return has_cue(joined, needs) and pattern.search(joined) is not None and SUMS_LISTED.search(joined) is not None


def kind_of(joined: str, *, skip: tuple[QuestionKind, ...] = ()) -> QuestionKind:
    """The kind of question `joined` (its words, space-joined) asks, read past chatty lead-ins ("hey did …")."""
    tokens = joined.split(" ")
    lead = next((i for i, t in enumerate(tokens) if t not in LEAD_INS), len(tokens))
    if lead:
        joined = " ".join(tokens[lead:])
    for kind, pattern, needs in _PATTERNS:
        if kind in skip or (needs and not has_cue(joined, needs)):
            continue
        if pattern.search(joined):
            if kind == "list" and "amount" not in skip and SUMS_LISTED.search(joined):
                return "amount"  # "list every contract amount": the sums, which an amount answer lists side by side
            return kind
    return "topic"
