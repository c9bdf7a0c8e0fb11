"""Every sentence the bot says to people, in one place, so Slack, Discord and the console say the same thing."""

from __future__ import annotations

APOLOGY = "Sorry, something went wrong on my side while answering that. The team has been told; please try again."
EMPTY_QUESTION = "Ask me a question about {title}, for example: {example}"
TOO_LONG = "That message is too long for me to read ({limit} characters at most). Ask in a sentence or two."
INTERNAL_ERROR = (
    "{command} failed on an internal error ({error}); run it again with --verbose for the details to report"
)
UNRESOLVED = "I can't tell who or what “{words}” is here: ask again naming it, for example: {example}"
# a stand-in right after a question I had no answer to (what it asked about may be what "it" is, but nothing told it)
UNRESOLVED_AFTER_MISS = (
    "I can't tell who or what “{words}” is here: I found no answer to your last question (“{last}”), so I won't"
    " guess what it stands for. Ask again naming it, for example: {example}"
)
UNRESOLVED_ASK = "“{words}” of what? Ask again naming who or what you mean, for example: {example}"
READ_AS = "(Read as a follow-up to your last question: “{reading}”.)"
# "did the guild or the port cancel the lease": each doer's answer, one after the other
EACH_OF_TWO = "{first} And: {second}"
EACH_OTHER = "And “{reading}”: {lead}"
NEXT_LINE = "Your next line, read as “{reading}”: {lead}"
# "how much did X get and how much did Y get": a second part joined by "and", answered after the first (as
# SECOND_PART says when it is not: the first part's answer comes first either way)
SECOND_PART_READ = "That answers the first part; the second, read as “{reading}”: {lead}"
LINE_LEFT_OUT = "(Answered your first line alone; the next line, “{line}”, was left out.)"
NO_ANSWER = "I don't have a sourced answer to that in my fact base."
NO_DATE = "The articles I have give no date for that."
# "when was the beacon used" of an undated "used before the Lantern raids", the raids placed in a year by their
# glossary entry ({phrase}: the statement's own words, "Before the Lantern raids"; {when}: "planned for 2017")
EVENT_TIED_LEAD = "{phrase}, {when}: {statement}"
# "when did Lind write that" of an undated op-ed its article says she "recently" wrote: the article's date bounds it
RECENT_UNDATED = (
    "The articles I have give no date for that; {outlet} said on {published} that it was recent: {statement}"
)
# a when-question of an act the article tells as done "recently": its date bounds the act, gives no day of it
RECENT_AS_OF_LEAD = "Recently, as of {published}; the articles give no exact date: {statement}"
# a when-question of an act the articles tell only as tried ("tried to deliver a petition"): the date is of the try
TRIED_ON_LEAD = "{date} is when it was tried; the articles don't say it was done: {statement}"
# a when-question of an act its article tells undated, the brief's year being the article's alone (no linked fact
# dates it): the article's date bounds the act ({source}: the article; {published}: its date)
UNDATED_REPORTED_BY_LEAD = "The articles don't date it; {source} reported it by {published}: {statement}"
# a bare "when?" or "where?" of what the last answer told, which its article does not date or place: said of that
# article, with its date and what it tells ({what}: "when" or "where"; {source}: the outlet; {published}: its date)
UNTOLD_OF_TOLD_LEAD = (
    "The article doesn't say {what} that was; {source}, published {published}, tells this: {statement}"
)
# the same of a glossary entry the last answer gave (an organization, no occasion): no date or place of its own
UNTOLD_OF_ENTRY_LEAD = "The articles I have give no {what} for {name} itself; they tell this: {statement}"
# "and the other one?" when no fact tells of another of what the last answer gave ({noun}: "town hall")
NO_OTHER = "The articles I have tell of no other {noun} than the one my last answer gave."
# "who else spoke there" after someone's words at an occasion, when no other words of that day and place are told
NO_OTHER_SPEAKER = "The articles I have name no one else who spoke there than those I have told of."
# "which was first" after a list whose dates do not tell it ({age}: "first"; {items}: each "May 2019: …", "; "-joined)
DATES_UNSETTLED = "The dates the articles give don't settle which was {age}; it may be any of these: {items}."
# "which was first" after an answer telling two things in one fact, which dates neither ({age}: "first")
ORDER_UNTOLD_LEAD = "The articles I have don't say which was {age}; they tell this: {statement}"
# "which was bigger" after answers telling two or more sums of one kind of thing: the one the comparative picks
# ({picked}: "$12 million"; {noun}: "lease"; {size}: the word asked, "bigger"; {sums}: each sum, and-joined)
SIZE_PICKED_LEAD = "The {picked} {noun} was the {size} of {sums}: {statement}"
OTHER_SUM_LEAD = "The {sum} {noun}: {statement}"
# "how many were there" after a list of actors its lead named: their number, or no total when the fact names them as
# some of more ("several groups, among them …")
LISTED_COUNT_LEAD = "{count}: {names}: {statement}"
LISTED_NO_TOTAL_LEAD = "The articles I have give no total; they name {count} of them ({names}): {statement}"
# the same after a list, not each of whose facts gives one sum ({items}: each "$9 million: …" or its statement)
SIZES_UNSETTLED = "The sums the articles give don't settle which was {size}; they tell these: {items}."
NONE_OF_YEAR = "The articles I have don't tell of a {year} {noun}."
UNTOLD_DATE = "The articles I have don't tell of that, so they give no date for it."
# a thing's end asked ("when is the lease over") of which no fact tells the end: said plainly, then what they tell of
# it ({thing}: as asked, "the renewed lease"; {ends}: "ends", "end" or "ended"), never its start given as its end
END_UNTOLD = "The articles I have don't say when {thing} {ends}."
# "what does the guild think about the port" of a fact telling another's words or acts about the guild: the holder's
# view is untold ({thinks}: "thinks", "think" or "thought"), then what they tell
VIEW_UNTOLD_LEAD = "The articles I have don't say what {holder} {thinks} of {thing}; they tell this: {statement}"
END_UNTOLD_LEAD = "The articles I have don't say when {thing} {ends}; they tell this: {statement}"
# the end of several things asked at once ("when do both leases expire"): one end is never given as all of theirs
# ({statements}: each fact telling one's end, " And: "-joined)
ENDS_APART = "The articles I have give no one date when {thing} {ends}; they tell each apart: {statements}"
END_OF_ONE = "The articles I have don't say when {thing} {ends}; they tell the end of one: {statement}"
# "when did the guild say that about the lease": the only date near is of the lease, not of the saying
SAYING_UNDATED = "The articles I have give no date for when that was said; the date they give is of what it is about."
# "when did the Gazette report the figure": the only date near is of what was reported, not of the reporting
EXAMINING_UNDATED = (
    "The articles I have give no date for when that was reported or reviewed; the date they give is of what it is"
    " about."
)
NOTHING_AFTER = "The articles I have end in {latest}: they tell nothing of what came after."
# "what happened next" after an answer telling a dated thing: the next thing the articles date, said as only that
# (the articles may not tie it to the one before)
NEXT_DATED_LEAD = "{date} (the next date the articles give after {after}): {statement}"
NEXT_DATED_OF_TOPIC_LEAD = "{date} (the next date the articles give on {topic} after {after}): {statement}"
NEXT_NONE = "The articles I have date nothing after {after}."
# "which one" after an answer telling one of a kind of thing several articles tell of (the last subject's noun)
WHICH_TOLD_LEAD = "The one told in {source}: {statement}"
WHICH_OTHER = "The articles also tell of a {noun} in {source}: {statement}"
# "what happened next" of an occasion its article goes on telling (the order told, not a date)
NEXT_NARRATED_LEAD = "Next, as {source} tells it: {statement}"
NEXT_UNDATED = "The articles I have give no date for that, so I can't tell what came after it."
AFTER_SOURCES = "The articles I have end in {latest}: they tell nothing of {year}."
# "is Lind still the guild's chief in 2030" of a fact told of 2019: a year after the articles' end, which they cannot
# tell of (no answer); what they tell, as of its date, follows
AFTER_SOURCES_AS_OF_LEAD = "The articles I have end in {latest}: they tell nothing of {year}; as of {date}: {statement}"
# "what happened in Eastport in August 2019" led by an Eastport fact of another month, or of the year only
# (dated: "in mid-2019" may be of that month, which the articles do not say)
NOTHING_THERE_THEN_LEAD = "The articles I have date nothing in {place} to {period}; they tell this: {statement}"
NO_DATE_THEN = "The articles I have give no date for that in {period}."
# "what were the july flyers" led by a fact of the year only, whose words name no month: it may or may not be July's
NOT_DATED_THEN_LEAD = "The articles I have don't date that to {period}; they tell this: {statement}"
# "how much was the 2019 renewal worth" led by a sum of a thing that was only due to end in 2019
YEAR_ONLY_BY_END_LEAD = (
    "The articles I have give no sum for one of {year}; {year} is only when this one was due to end: {statement}"
)
NO_OTHER_DATE = "The articles I have give no date for that beyond the year you named."
NO_START_DATE = "The articles I have give no start date for that."  # the year named is only an end's
ONLY_REPORT_DATED = "The articles I have date only a report about that, not the thing itself."
PERSON_NOT_NAMED = "The articles I have don't name that person."
NOT_NAMED = "The articles I have don't name that {noun}."
NAME_UNTOLD = "The articles I have don't tell of {name}."  # "does Lindco sell lamps": a name no article uses
# "what is the Guild-Lamp union": a name asked whose words the nearest entry or fact does not all hold ({name}: as
# typed), told as another thing, never as the one asked ({entry}: the entry's "<name>: <description>" lead)
NAME_UNMENTIONED_ENTRY = "The articles I have don't mention {name}. They name {entry}"
NAME_UNMENTIONED_FACT = "The articles I have don't mention {name}. The nearest they tell: {statement}"
COUNTED_NOT_NAMED = "The articles I have don't say who they were: they give only how many, and name none of them."
ONLY_CALLED_FOR = (
    "The articles I have report that only as something people called for, not as done, so I have no date for it."
)
PREMISE_UNTOLD = "The articles I have don't say that happened, so they give no reason for it."
# "who did the guild fire": no fact tells the act (only "came under fire"), so no one is named for it
ACT_UNTOLD_NO_ONE = "The articles I have don't say that happened, so they name no one for it."
REASON_UNTOLD = "The articles I have don't say why; they tell only this: {statement}"
# "why?" after an answer whose fact gives a cause in passing ("in response, …"): that fact is all there is of why
REASON_NO_MORE = "The articles I have say no more of why than this: {statement}"
REPORT_DATED = "{source} reported it in the article dated {date}."  # "what did the Courier report … and when"
# "what else did they say" after "who said <words>", of a quote holding those words and others of the same speaker
OTHER_WORDS = "{words} (the same speaker's other words in the article, which quotes: {quote})"
# "what else did she say about the lease" when no fact but the one just told (and those giving its sum) answers
ELSE_UNTOLD = "That's all the articles I have tell of that: they say nothing more than my last answer did."
SECOND_PART = "That answers the first part; ask “{part}” next for the rest."
TITLE_UNTOLD = "The articles I have don't give its title."
NOT_SPELLED_OUT = "The articles I have don't say what {name} stands for."
NOT_TOLD_OF = "The articles I have don't tell that of {name}."
# "are they jewish" after a list of groups: those of them the articles tell it of (each one's answer after it, in
# ASKED_OF_LISTED), then NOT_TOLD_OF the rest
YES_OF_LISTED = "Yes for {names}."
ASKED_OF_LISTED = "• {title} ({source})"
EACH_LISTED_READ = "{question}, of each of the {count} my last answer listed"
# "why did the port sign a lease with the guild" of no fact telling it of the guild: no reason for what is not told
NOT_TOLD_OF_WHY = "The articles I have don't tell that of {name}, so they give no reason for it."
# "what did they chant" after a protest: the people that answer told of, whose occasion's facts tell no chant
NOT_TOLD_OF_THEM = "The articles I have don't tell that of the {people} the last answer told of."
# "any arrests?" after "what happened at the vigil": the reading ("any arrests at the vigil"), which none of the
# facts of that occasion tells
NONE_AT_OCCASION = "The articles I have don't tell of {asked}."
# "what happened on monday" after an answer citing an article whose story has no Monday in it
DAY_UNTOLD_IN_SOURCE = "The article my last answer cited tells of nothing on a {day}."
DOER_UNTOLD = "The articles I have don't say who {act} the {noun}."
# "who signed it" of a letter just told: who did that to it is untold, and what is told of it follows
DOER_UNTOLD_LEAD = "The articles I have don't say who {act} {thing}; they tell this of it: {statement}"
QUALITY_UNTOLD = (
    "The articles I have don't say whether {name} is {word}; they use the word only of something else: {statement}"
)
OTHER_WAY = "The articles I have don't say that: they tell of a payment the other way round."
# "did the guild pay the port $5 million" of "the port paid the guild …": a No, with the payment as told (a reader
# copying the figure must not take the direction asked with it; fresh tester 86)
OTHER_WAY_NO_LEAD = "No: they tell of a payment the other way round: {statement}"
COUNTS_OTHER = "The articles I have don't say that: the {figure} they give are {other}, not {noun}."
FIGURE_UNTOLD = "No article I have gives the figure {figure}."
SUM_UNTOLD = "No article I have gives a sum of {sum}."
MEASURE_UNTOLD = "The articles I have give no {noun} figure."  # "what profit did the guild make"
# "how much for Lantern specifically": a sum the articles give only for it and another thing together
JOINT_SUM_ONLY = (
    "The articles I have don't give a separate sum for {part}; they give one only for {joint} together: {statement}"
)
SUM_ONLY_TOTAL = "The articles I have don't say one {noun} is worth {sum}: they give that sum only as a total."
# "how much was the 2014 lease": the only close sum is a total the articles tie to no year, nor to that one thing
YEAR_SUM_ONLY_TOTAL = (
    "The articles I have don't give a sum for the {year} {noun}: the closest they give is a total of {sum}, which"
    " they tie to no year."
)
# "how much was the lease not counting the 2015 renewal": the only sum given is the one set aside
SET_ASIDE_SUM_ONLY = "The articles I have give no sum for it apart from the one you set aside: {statement}"
# "what contracts did the guild have in 2017": none of the kind asked is of that year, others are
LIST_NONE_OF_YEAR = "The articles I have date no {noun} to {year}; they date those they tell of to {years}."
SET_ASIDE_ONLY = "The articles I have tell of none apart from what you set aside."
TOTAL_UNTOLD = "The articles I have don't give a total of those: ask for each on its own."
TOTAL_UNTOLD_PARTS = TOTAL_UNTOLD + " They give {figures} apart ({source})."  # "the two leases": the parts' sums
TOTAL_UNTOLD_CITED = TOTAL_UNTOLD + " They give {figures} apart."  # the parts' sums, each with its article
# "was it $49m or $53m", each sum stated by its own fact: both, never one led as the one it was
SUMS_EACH_TOLD = "The articles I have give both, each in its own account: {figures}."
# "was it $49m or $53m" of one article giving both: both, from the one article, not as if two accounts differed
SUMS_ONE_ACCOUNT = "The articles I have give both, in one article ({source}): {figures}."
# "did the guild pay $9m or $4m" when only the $9m is told as paid: that one, and the other as told of something else
SUM_OF_ACT_ASKED_LEAD = (
    "Of the two, the articles tell only {figure} as {act}: {statement} The {others} they give is told of something "
    "else: {other}"
)
# "the combined value of the two leases" of one fact giving each one's sum: those sums, never one worked out of them
TOTAL_GIVEN_APART_LEAD = "The articles I have give no combined figure; they give {figures}: {statement}"
# some close facts' sums, not every one the articles give for the things asked (which may also overlap)
TOTAL_UNTOLD_AMONG = TOTAL_UNTOLD + " Among the sums they give apart: {figures}."
AVERAGE_UNTOLD = "The articles I have don't give an average of those: ask for each figure on its own."
SAME_UNTOLD = "The articles I have don't say whether those are one and the same."
SUM_UNLINKED = "The articles I have don't say that: none of them ties the {sum} to {name}."
NOT_SAID = "I find no one in the articles I have saying that."
NO_WORDS_OF_KIND = "The articles I have quote no words they give as said by any {noun}."
NO_WORDS_OF_DOCUMENT = "The articles I have quote no {noun} from {people}."
# "what did Lind tell the Eastport Times": no article tells her speaking to that outlet; what she told others follows
NOT_TOLD_TO = "The articles I have don't tell of {names} speaking to {outlet}."
NOT_TOLD_TO_LEAD = "The articles I have don't tell of {names} speaking to {outlet}; they tell this: {statement}"
NO_WORDS_TO = "The articles I have quote no words said to {hearer}."  # "what did the agent say to his boss"
NO_VOICING = "The articles I have quote no chant or shout that answers that."  # a remark is no chant
NO_WORDS_IN = "The articles I have don't say anything by {names} ran in {outlet}."  # another paper, or none named
NO_WORDS_OF = "The articles I have quote no words of {names} on that."
# "when did Ben Ashby call the lease reckless": no fact gives those words as his (answering/attribution.py), so no
# time or place of his saying them; another's they may be
WORDS_NOT_OF = "The articles I have don't give those words as said by {name}."
WORDS_OF_OTHER_LEAD = (
    "The articles I have don't give those words as said by {name}; they give them as said by {other}: {statement}"
)
# "when did Ben Ashby call the keepers reckless" of his calling the lease so: his words, of another thing
WORDS_OF_OTHER_TARGET_LEAD = "The articles I have don't say {name} called {target} that; they tell this: {statement}"
PLACE_OF_SAYING_UNTOLD = "The articles I have don't say where {name} said that; they tell this: {statement}"
OUTLET_UNCITED = "The articles I have don't cite the {name}."  # "what did the Eastport Times say"
# "where did Lind publish her op-ed" of a fact telling she wrote it and naming no outlet (answering/venues.py)
# "where did the petition end up": no article puts it anywhere ({thing}: as the question names it)
LANDING_UNTOLD_LEAD = "The articles I have don't say where {thing} ended up; they tell this: {statement}"
PUBLICATION_UNTOLD_LEAD = "The articles I have don't say where it was published; they tell this: {statement}"
# "did the Gazette say 400 arrests" against the Courier's count: another's account, shown as what they tell
VENUE_UNTOLD_LEAD = "The articles I have don't say it ran in {venue}; they tell this: {statement}"
OUTLET_UNATTRIBUTED_LEAD = "The articles I have don't give that as {name}'s; they tell this: {statement}"
# "how does the Gazette describe the guild" of a fact or entry written from the Gazette and other articles: the
# Gazette's own words in it, not the blend (answering: Answerer._article_part)
ARTICLE_WORDS_LEAD = "In {article}'s words: {quotes}"
# ... of an article with no outlet, named by its description ("the harbour vigil report (outlet not named)")
ARTICLE_WORDS_UNNAMED_LEAD = "In the words of {article}: {quotes}"
NO_WORDS_THEN = "The articles I have quote no such words from {day}."  # of anyone, or of the names asked
NO_WORDS_OF_THEN = "The articles I have quote no words of {names} from {day}."
ASKED_A_COMMAND = "`{word}` is one of my commands, not a question: run `palantir-ice {command}`."
ASKED_A_CHAT_COMMAND = (
    "`{word}` is a command for a Slack or Discord channel, not a question: type it there (`palantir-ice subscriptions`"
    " manages digests from here)."
)
OFF_TOPIC = "That's outside what I cover: I only answer from the news articles in my fact base."
NO_LEAD = "No: {statement}"
ADVICE_UNTOLD = (
    "Whether that should be done is a matter of opinion, which I don't give: the articles I have tell only what "
    "happened."
)
FUTURE_LEAD = (
    "The articles I have end in {latest}, so they can't tell what will happen, only what had by then: {statement}"
)
ONLY_PLANNED = "The articles I have tell only that it was planned, not how it went."
WORKED_UNTOLD = "The articles I have (up to {latest}) don't say whether that worked."
WORKED_UNTOLD_LEAD = "The articles I have (up to {latest}) don't say whether that worked; they tell this: {statement}"
LATER_UNTOLD = "The articles I have end in {latest} and do not say whether that happened later."
EVER_UNTOLD = "The articles I have (up to {latest}) don't say whether that ever happened."
NEXT_UNTOLD = "The articles I have end in {latest}; they tell of no {noun} planned after that."
# "did they respond" of "did not immediately respond": a "No" limited to then in its own words (a bare "No" would
# tell that no reply ever came, which the article does not; the "No" first keeps the verdict where readers look)
NOT_RIGHT_AWAY_LEAD = "No, not right away: {statement}"
NOT_AT_FIRST_LEAD = "No, not at first: {statement}"
NO_AS_OF_LEAD = "No, as of {date}: {statement}"  # "did they ever / eventually …": not done by the sources' date
OTHER_OCCASION_LEAD = "The articles I have don't say that happened there; they tell only this: {statement}"
OTHER_YEAR_LEAD = "The articles I have don't tell of that in {year}; they tell of it in {told}: {statement}"
# "was the protest on Friday" against "on a Monday in May 2019 …": no verdict (another day's may be untold)
OTHER_WEEKDAY_LEAD = "The articles I have don't tell of that on a {day}; they tell of it on a {told}: {statement}"
UNDATED_YEAR_LEAD = "The articles I have don't say that was in {year}; they give no date for it: {statement}"
# "why did the guild occupy the quay": the account the brief gives, then the purpose in its giver's own words
REASON_IN_OWN_WORDS = "{statement} In their words: “{words}”"
REASON_UNTOLD_LEAD = "The articles I have don't say that was why; they tell only this: {statement}"
# "did 300 keepers sign it": the count asked is not the one the articles give for it (no "No": theirs may be a bound)
COUNT_NOT_GIVEN_LEAD = "The articles I have give no count of {count} for that; they tell this: {statement}"
# "did the group release 8400 documents" against "… planned to arrest at least 8,400 people": the number is theirs, of
# things of another class
COUNT_OF_ANOTHER_NO_LEAD = "No: the {count} the articles give counts {told}, not {asked}: {statement}"
# "did the 2018 letter have 140000 signatures": the count asked is another thing's, in another fact ({other})
COUNT_ELSEWHERE_NO_LEAD = "No: {statement} The {count} {noun} the articles give are another's: {other}"
# "how many keepers were arrested in 2017" of an undated count, "… with the Lantern app" of a count naming no means,
# "how many signed the petition" of a letter's signers: the count given is not of what was asked, so it is withheld
COUNT_QUALIFIER_UNTOLD_LEAD = (
    "The articles I have don't give the number of {counted} {qualifier}; they tell this: {statement}"
)
# "how many leases did the guild hold in total" of a count no fact says is the total: that count, as of its own
# time or place, not led as the total ({count}: the count the fact gives)
COUNT_TOTAL_UNTOLD_LEAD = "The articles I have give no total, only this count ({count}): {statement}"
SUM_NOT_GIVEN_LEAD = "The articles I have give no sum of exactly {sum}; they tell this: {statement}"
# "did the Gazette mention the Courier": only another article's facts name it ({other}: that article's name)
MENTIONED_ELSEWHERE_LEAD = "No: {named} is mentioned by {other}, not by {source}: {statement}"
MENTION_UNTOLD_LEAD = "The articles I have don't say whether that was mentioned; they tell only this: {statement}"
# "what is the renewed lease worth": the sum is of one of two times it was renewed, the other's untold
ONE_ACT_SUM_LEAD = "{figure}, as {act} {told} (the articles I have give no sum for the one {act} {other}): {statement}"
# the same, the time with no sum being the later one: "the renewed lease" most likely means the latest renewal, so
# its missing sum leads and the other's comes after, as another's ({thing}: the question's noun, or "one")
LATER_ACT_UNSUMMED_LEAD = (
    "The articles I have give no sum for the {thing} {act} {other}; the sum they give, {figure}, is of one {act}"
    " {told}: {statement}"
)
# "was the contract used for evictions" led by the guild's claim that it was not, while a fact the brief links to the
# claim tells the same act otherwise (documents that showed it): neither is a verdict, the claim and the other come
CONTESTED_CLAIM_LEAD = (
    "The articles I have give no verdict, only a claim and other reporting beside it: {statement} {other}"
)
CLAIM_LEAD = "The articles I have give that as {name} own claim: {statement}"  # {name}: possessive ("Lind's")
PLANNED_ONLY_LEAD = "The articles I have tell of it only as planned, not whether it was done: {statement}"
# "when did the guild open the door" of "the guild would not open the door": no date for what was not done
# "when did the Eastport protest happen" told on several dates: each one, then the earliest's statement
SEVERAL_DATED_LEAD = "{dates}: the articles I have tell of one on each of these dates, the earliest first."
# "when did the port pay the guild $5 million" of an undated fact: no date, then what is told (its account's date, if
# any, is when it was told)
NO_DATE_LEAD = "The articles I have give no date for that; they tell this: {statement}"
NOT_DONE_UNDATED_LEAD = "The articles I have say that was not done, so they give no date for it: {statement}"
# "how much profit did the guild make" of a payment to it: a sum of another measure, not the one asked
MEASURE_UNTOLD_LEAD = "The articles I have give no {measure} figure; they tell only this: {statement}"
TRIED_LEAD = "The articles I have tell of it only as tried: {statement}"
# "how long was the lease renewed for": no fact gives a length; the closest fact follows ({asked}: "how long")
LENGTH_UNTOLD_LEAD = "The articles I have don't say {asked}; they tell only this: {statement}"
# "how much did the guild pay" of "a nonprofit turned down a $40,000 donation from the guild": the sum was no payment
SUM_NOT_HANDED_LEAD = "The articles I have tell of no such payment; they give {figure} only as {act}: {statement}"
# "did the organizer leave" of "she was told to leave and said they would not leave until …": only ordered or meant
# "what did Lind say in her shareholder letter": no fact naming her tells of one; what they give of her elsewhere
DOCUMENT_UNTOLD_LEAD = (
    "The articles I have tell of no {document} by {name}; of {name} elsewhere they tell this: {statement}"
)
WHETHER_UNTOLD_LEAD = "The articles I have don't say whether that happened; they tell only this: {statement}"
ACT_UNSTATED_LEAD = "The articles I have don't say that; they tell only this: {statement}"
# "is Lind the founder of the guild" when the articles name only another of its founders (flow.Flow._holder); {role}
# with its article ("a founder", "an executive")
ROLE_UNTOLD_LEAD = (
    "The articles I have don't say whether {name} {be} {role} of {owner}; they tell only this: {statement}"
)
# "did the guild use the Courier": a tie between the two told in other words, neither a "Yes" nor "don't say that"
OTHER_WORDS_LEAD = "The articles I have don't put it in those words; they tell this: {statement}"
NOT_TOLD_OF_LEAD = "The articles I have don't tell that of {name}; they tell only this: {statement}"
YES_LEAD = "Yes: {statement}"
# "did the lease expire before the vigil started": no fact tells the order of the two acts, nor dates both apart
ACTS_ORDER_UNTOLD_LEAD = "The articles I have don't say which came first; they tell: {statement}"
YES_AS_OF_LEAD = "Yes, as of {date}: {statement}"  # "is the guild a member": so by the sources' date, maybe not today
# "did the Gazette say the lease was $9 million" when the Gazette's one sum for it is another, and none of its facts
# gives $9 million
SUM_SAID_OTHERWISE_LEAD = "No: {source} gives {told}, not {asked}: {statement}"
# "did the guild get $5 million for the lamp" against "the Courier was given $5 million …": the sum is another's
SUM_OF_ANOTHER_NO_LEAD = "No: the articles give {sum} to {owner}; of {name} they tell this: {statement}"
SUM_OF_ANOTHER_LEAD = "The articles I have give {sum} to {owner}, not to {name}: {statement}"
DESCRIBED_AS = "the articles describe {name} as {description}."
# "what kind of company does the Gazette call the guild" when no fact of the Gazette's qualifies it so
KIND_CALLED_UNTOLD = "The articles I have don't say what kind of {noun} {name} is according to {who}."
# "which article calls the guild a rival": no article's own words (the quotes cited from it) call it so
# "what does the Gazette call the guild" of a fact telling it inside another act: the calling first, then the fact
CALLED_SO_LEAD = "{caller} calls {name} {label}: {statement}"
CALLED_BY_NONE = "None of the articles I have calls {name} that in those words; they tell this: {statement}"
QUOTED_BY_NONE = "None of the articles I have quotes words of {name}; they tell this: {statement}"
# "which article quotes someone saying 'void'": no article's quoted words hold those words, whoever said them
QUOTED_SAYING_NONE = 'None of the articles I have quotes anyone saying "{said}"; they tell this: {statement}'
# "which article quotes a rabbi saying 'void'": the words are quoted, but as no such speaker's
QUOTED_SAYING_OTHERS = (
    'None of the articles I have quotes {who} saying "{said}"; {source} gives them, not as {whose}: {statement}'
)
# "which article quotes the guild saying 'void'": its officer said them, for it
QUOTED_MEMBER_SAYING = '{source} quotes {person}, of {group}, saying "{said}": {statement}'
# "which article quotes Lind saying 'void'": she is quoted, never in those words
QUOTED_NOT_SAYING = (
    "The articles I have quote {name} (in {sources}) but none quotes {name} saying "
    '"{said}"; they tell this: {statement}'
)
# "which article quotes Lind saying 'void'": she is quoted, and another's quoted words hold them
QUOTED_NOT_SAYING_OTHERS = (
    "The articles I have quote {name} (in {sources}) but none quotes {name} saying "
    '"{said}"; {source} gives them, not as {whose}: {statement}'
)
QUOTING_UNTOLD = "The articles I have don't say which of them quote {name}; they tell this: {statement}"
DESCRIBED_UNTOLD = "The articles I have don't say that; they describe {name} as {description}."
NAMED_ELSEWHERE_LEAD = "{name} (so named by {source}): {statement}"  # the name is another article's than the fact's
OUTLET_UNNAMED = "The articles I have don't say where that ran; {source} reported it: {statement}"
PASSED_ON_LEAD = "{outlet}, as cited by {source}: {statement}"  # "which outlet reported it": "according to the Courier"
EARLIEST_LEAD = "{date} is the earliest the sources give: {statement}"
# "when was the first lease": none is called the first, and an earlier fact is linked to the one led (not surely the
# earliest either)
FIRST_UNRANKED_LEAD = (
    "The articles I have don't say which was the first; they tell of this one from {date}: {statement}"
)
# "when was the last lease": none is called the last, so the one led is said to be only one they tell of
LAST_UNRANKED_LEAD = "The articles I have don't say which was the last; they tell of this one from {date}: {statement}"
EARLIEST_PLACE_LEAD = "{place}, {when}, is the earliest the sources give: {statement}"
EARLIEST_PLACED_IN_YEAR_LEAD = (
    "{place}, {when}, is the earliest that year whose place I can tell; the sources may tell of earlier ones: "
    "{statement}"
)
SINCE_AS_OF = "{since} (as of {date}): {statement}"  # "how long has it run": "Since 2014", as the article's date
BEGUN_BEFORE_LEAD = "The articles I have don't say when it began; as of {date}: {statement}"
# "is the guild still working with the port": a fact led with no verdict, as of the sources' date
AS_OF_LEAD = "As of {date} (the articles I have cannot tell whether it is still so today): {statement}"
# "is the guild still working with the port today": the present itself asked, which no article can tell; what they
# tell as of their date follows (no answer: the sources end before today)
TODAY_UNTOLD_LEAD = (
    "The articles I have end in {latest} and cannot tell whether that is still so today; as of {date}: {statement}"
)
# "is Lind still the guild's chief": a verdict the articles give, as of their date and no later (the present they end
# before); the openings are YES_AS_OF_LEAD's and NO_AS_OF_LEAD's, which readers of a lead's verdict key on
STILL_YES_LEAD = "Yes, as of {date} (the articles I have cannot tell whether it is still so today): {statement}"
STILL_NO_LEAD = "No, as of {date} (the articles I have cannot tell whether it is still so today): {statement}"
# "what is happening with the guild now": the present asked of a question other than a yes/no one, which no article
# can tell; the fact closest to it follows, as of its article's date (its own "now" is that date's)
NOW_UNTOLD_LEAD = "The articles I have end in {latest} and cannot tell how things stand now; as of {date}: {statement}"
AS_OF_SOURCES = "That is what the sources say as of {date}; they cannot tell whether it is still so today."
COMPARE_MORE = "more for the {side}"
COMPARE_LESS = "fewer for the {side}"
# one sum against a plural side's several ("the 2019 contract vs the 2018 ones"), more than some, less than others
BETWEEN_SUMS = "{figure} is more than {below} and less than {above}"
COMPARE_LARGER_FIGURE = "{figure} is the larger"
COMPARE_SMALLER_FIGURE = "{figure} is the smaller"
DIFFERENCE_UNTOLD_LEAD = "The articles I have don't give the difference; they give {figures}"  # "how much more …"
# "how much more was the $53 million one than the $39 million one": worked out from the two sums stated
DIFFERENCE_WORKED_OUT = (
    "{first} is {difference} {than} than {second}, worked out from the sums the articles give: {figures}"
)
MAY_BE_THE_SAME = "The sources may be describing the same thing differently: see fact {a} and fact {b}."
COMPARE_EARLIER = "the {side} came first"
# "which came first, the 2018 letter or the July 2018 vigil": dates whose spans overlap leave the order untold
ORDER_UNTOLD = "The articles I have don't say which came first: they date {a} and {b}."
# a side of "which came first" no fact dates by when it came (only by its end, or by another sum's fact)
SIDE_UNDATED = "The articles I have don't say when the {side} came, so they don't say which came first."
SIDE_DATED = "the {side} to {date}"  # "the vigil to July 2018"
# "the raids" of "On 3 July 2019 the Gazette published a report on the raids": the report's date, not theirs
SIDE_REPORTED = "the {side} only by a report on it, published {date}"
# "compare the 2018 and 2019 vigils": what each is, when no article compares them and no figure settles it
COMPARED_APART = "The articles I have don't compare those; of each they tell: {a}: {told_a} {b}: {told_b}"
NO_SIDE_SUM = "The articles I have give no sum for {side}, so I can't compare the two."
# "which came first, the guild or the vigil": a named body or person "came" when it began, which no fact tells
NO_BEGINNING = "The articles I have don't say when {side} was {begun}, so I can't tell which came first."
BEGUN = {"person": "born"}  # how a kind of entity began, "founded" for any other
SIDE_SUMS = "The articles I have give more than one sum for {side} ({figures}), so I can't compare the two."
NO_SIZES = "The articles I have don't say how big {a} or {b} is."
# a size compared of things a sum of money does not measure ("was the 2018 vigil bigger than the 2019 one")
NO_MEASURE = "The articles I have give no figure for how big the {a} or the {b} was, so I can't compare the two."
# the size of one event given and not the other's ("which protest was bigger, the 2018 one or the 2019 one")
ONE_SIZE_ONLY = (
    "The articles I have give a size only for the {sized}: {figure} ({source}); they give no count of the people at"
    " the {unsized}, so I can't compare the two."
)
# figures counting different things compared ("compare the 2018 and 2019 vigils": 300 signatures, 40 sailors)
UNLIKE_FIGURES = (
    "The articles I have give no figure of the same thing for both: {figure_a} ({a}) and {figure_b} ({b}) count"
    " different things, so I can't compare the two."
)
# a figure only planned set against one done ("how many more arrests than …": a sweep's planned arrests vs made ones)
PLANNED_AGAINST_DONE = (
    "The articles I have give {planned} only as planned ({a}) and {done} as done ({b}), so I can't compare the two."
)
NO_MONTH = "{year} (the articles I have give no month)"  # "which month was the lease": a year-only date
ARTICLE_SUMS = "{source} gives {sums}"  # one article's sums in a comparison of two articles' ("the Gazette gives …")
NO_ARTICLE_SUM = "no such sum"  # an article giving none, in a comparison of two articles' sums
ONE_SUM_FOR_BOTH = "The articles I have don't give a separate sum for each of those, so I can't compare them."
# the same, a sum both were read to have told: one sum the articles give for the two together
ONE_SUM_FOR_BOTH_TOLD = (
    "The articles I have don't give a separate sum for each of those, so I can't compare them; they give one sum for"
    " both together: {statement}"
)
# "where was it published" of words a fact tells were written in or told to another outlet than its article's
WORDS_PUBLISHED_IN = "{outlet}, as {source} reports: {statement}"
# "and the other one?" after an answer giving one figure for two things together: the other one has no figure of its
# own either
ONE_FIGURE_FOR_BOTH = "The articles I have give one figure for both together, not one for each: {statement}"
# "when was the $16 million lease signed" of a fact giving the sum of a later step (a renewal) of a lease signed before
SUM_OF_OTHER_STEP_LEAD = (
    "The articles I have don't give that date for the {figure} one: they give {figure} for another step than the one "
    "asked; they tell this: {statement}"
)
# two facts of one kind giving the figure a question names, equally near it ("what's the 12 million lease" when the
# articles tell of two 12 million leases): both, never one picked silently
SAME_FIGURE_TWICE = "The articles give {figure} for two things and never say they are one: {a} And: {b}"
ARTICLE_SILENT = "The article from {source} does not say {part}."
# what each part of an article is, as ARTICLE_SILENT says it ("does not say who took its photos")
ARTICLE_PARTS = {
    "published": "when it was published",
    "headline": "what its headline is",
    "reporter": "who reported or wrote it",
    "photo": "what its photos show or where they were taken",
    "photo-credit": "who took its photos",
    "updated": "when it was updated",
    "correction": "that it corrected anything",
}
LIST_LEAD = "{count} matching facts, the closest first:"
# places of events told only as planned, after those of events told as done (answering.occasions)
OCCASIONS_PLANNED = "and {events} planned in {places}"
LIST_DATED_LEAD = "{count} matching facts, the earliest first:"  # a list of a kind of fact no close fact was of
TIMELINE_LEAD = "{count} matching dated facts, earliest first (`timeline` lists every dated fact):"
ON_DATE_LEAD = "{count} facts dated then, by date:"
NO_SUCH_DAY = "There is no {day} in the calendar. Try `timeline` for every dated fact, or `today YYYY-MM-DD`."
NOTHING_DATED = "Nothing in my fact base is dated {day}. Try `timeline` for every dated fact, or `today YYYY-MM-DD`."
LIST_MORE = "…and {count} more: ask a narrower question, or see `timeline`."
DIFFERS = "Other figures in the sources:"
DIFFERS_DATES = "Other dates in the sources:"  # a date question's (an earlier date the brief links to the lead)
# a date asked of "the lease" when the sources tell of several, each by its figure: the lead's date is of one of them
ONE_OF_SEVERAL = "{lead} That is the {figure} one; the sources tell of others too: {others}."
FIGURES_LEAD = "{figures}: the figures the sources give, in the order they reported them."
# "what's the biggest lease": the largest (smallest) of the sums the sources give, then all of them ({owner}: a
# possessive, "Harbour Works'")
SIZE_FIGURES_LEAD = (
    "Of the sums the articles give for {owner} {noun}s, {figure} ({where}) is the {size}; all of them, in the order"
    " they were reported: {figures}."
)
FIRST_UNTOLD_LEAD = "The articles I have don't say how much the first one was; they tell only this: {statement}"
FIRST_UNTOLD_FIGURES_LEAD = (
    "The articles I have don't say which was first; the figures they give, in the order they reported them: {figures}."
)
SEE_ALSO = "See also:"
NON_ENGLISH = "Sorry, I understand English only for now. Try for example: {example}"
SMALL_TALK = "Hello! I answer questions about {title} from the articles I have, with sources. For example: {example}"
YOU_ARE_WELCOME = "You're welcome! Ask me anything else about {title}, for example: {example}"
SOURCE_MEMBER = "Yes: {source} is one of them."
NOT_SOURCE_MEMBER = "No: {named} is not one of them."
NOT_SOURCE_MEMBER_CITED = "No: {named} is not one of them; it is cited in {sources}."  # the articles citing it
AGED_SOURCE = "The {age} of my articles: {source}."
SOURCES_DATED = "Of my articles, published {period}: {sources}."
NO_SOURCE_DATED = "None of my articles was published {period}."
OWN_SOURCES = "I answer from {count} articles: {sources}. Type `sources` for their files and headlines."
ONE_OF_LISTED = (
    "My last answer listed {count} matching facts, and “it” could be any of them: ask again naming the one you mean"
    " (by its year, its figure or its name)."
)
# "which one" after an answer giving several figures, each from its own article: which the asker means, by its figure
WHICH_OF_FIGURES = (
    "My last answer gave several figures, each from its own article: which one do you mean? Ask about one by its"
    " figure, for example: “{example}”."
)
# "who reported that" after an answer listing several facts: the articles they come from, each once
SOURCES_OF_LISTED = "The {count} facts my last answer showed come from these articles: {articles}."
SOURCE_OF_SEVERAL = (
    "My last answer gave several figures, each from its own article: ask about one of them to have its source alone."
)
NO_LINKS = (
    "I have no links to the articles, only their outlets, dates and headlines: each answer names the article it"
    " rests on below it, and I answer from {count} articles: {sources}. Type `sources` for their files and headlines."
)
OVERVIEW = (
    "I answer questions about {title} from the articles I have, with sources. Topics: {topics}. "
    "Try a question such as {example}, `timeline` for everything by date, or `help` for the commands."
)
USAGE = (
    "Ask me a question about {title} in plain words (for example: {example}), or type `help` for my commands. "
    "In a Slack or Discord channel, `subscribe [HH:MM] [Area/City]` sends a daily “on this date” digest "
    "and `unsubscribe` stops it."
)
SUGGEST_HEADER = "Things I can answer:"
RATE_LIMITED = "You're asking faster than I can keep up ({limit} questions a minute). Please wait {wait} seconds."
BUSY = "I'm answering a lot of questions right now and couldn't get to yours in time: please try again in a minute."
BUSY_NOTHING_CHANGED = (
    "I'm handling a lot of requests right now and couldn't get to yours in time, so nothing was changed: please try "
    "again in a minute."
)
DIGESTS_DISABLED = "Scheduled digests are not enabled on this bot."
# `run` with DIGESTS_ENABLED=false: this process delivers nothing, though it still takes subscriptions.
DIGEST_SCHEDULER_OFF = (
    "digests: the scheduler is off in this process (DIGESTS_ENABLED=false); subscriptions are still taken, and "
    "are delivered only by a process running it (palantir-ice run --only digests, or digest run-due)"
)
NOTHING_ON_THIS_DATE = "Nothing in my fact base happened on {day}, or within a week of it."
# `today 1999-07-31`: anniversaries are of earlier years, so a later 31 July is not denied but pointed to
NOTHING_BY_THIS_DATE = (
    "Nothing in my fact base happened on {day} in {year} or any earlier year, or within a week of it."
)
LATER_ON_THIS_DATE = " Later years have facts {on} it: {commands}."
AND_MORE = "…and {count} more: {commands}"
NEAREST_HEADER = "Nothing on {day} itself. Nearest anniversaries within a week:"
UNKNOWN_FACT = "There is no fact with the id {fact_id!r}."
TIMELINE_NAMING = "(no topic: the dated facts naming it)"  # `timeline falcon`: a glossary entry's, not a topic's
UNKNOWN_TOPIC = "Unknown topic {topic!r}. Topics: {topics}."
EMPTY_TIMELINE = "No dated facts match that timeline."
UNDATED_LABEL = "Undated"  # a timeline entry telling who someone is, with no date (bot.calendar.WHO_KINDS)
BAD_DATE = "I couldn't read {value!r} as a date: use YYYY-MM-DD, for example 2019-09-13."
TODAY_USAGE = "Usage: today [YYYY-MM-DD], for example today 2019-09-13 (or just today)."
# no example id: the ids are the loaded brief's, which the core does not name
FACT_USAGE = "Usage: fact ID, with the id each timeline entry shows (in [brackets], or after the date on Discord)."
NOT_LEAP_YEAR = "{value!r} is not a date: {year} is not a leap year, so it has no 29 February."
BAD_MONTH = "{value!r} is not a date: there is no month {month} (months go from 01 to 12)."
BAD_DAY = "{value!r} is not a date: {month} {year} has {days} days."
BAD_YEAR = "I couldn't read {value!r} as a year: use four digits, for example 2019."
# two periods ("timeline 2018 2019", "timeline 2018-2019", `palantir-ice timeline 2019 2018`): a range is not taken,
# and the year given second is no typo (it read "I couldn't read '2019' as a year")
TIMELINE_ONE_PERIOD = (
    "timeline takes one year or one month, not {periods}: give one of them (timeline {first}), "
    "or none for every dated fact."
)
# a whole date given to timeline (fresh tester 78 C1: "2019-02-30 is not a year or a month" did not say why)
TIMELINE_DAY = (
    "{value!r} is a day, and timeline takes a year or a month, like {year} or {month}: "
    "for one day's events use today YYYY-MM-DD."
)
THANKS_FEEDBACK = "Thanks, noted: it helps the curators fix and extend the fact base."
SUBSCRIBE_IN_DM = (
    "Digests go to channels, not direct messages (group DMs included): run subscribe in the channel that should "
    "receive them."
)
# a subscribe whose conversation Slack could not say the kind of (a channel, or a group DM where no digest can go)
CONVERSATION_UNCHECKED = (
    "I couldn't check this conversation with Slack just now, so nothing was changed: try again in a minute."
)
STATUS_IN_DM = (
    "No digest can be set up in a direct message (group DMs included), so this one has none: digests go to "
    "channels (run status or subscribe there)."
)
SLACK_BUTTON_UNREADABLE = "I couldn't read this button (it may come from an older reply): run the command again."
SLACK_CANNOT_POST = "I can't post in this conversation: add me to it first (/invite @palantir-ice), then try again."
# The "asked:" line of a shared follow-up: the words typed, then the standalone question they were read as.
SLACK_SHARE_RATE_LIMITED = "Slack is rate-limiting me right now, so nothing was shared: try Share again in a minute."
SLACK_SHARE_CHANGED = (
    "I can't share that answer as it was: it comes out differently now (my fact base may have changed since). "
    "Ask the question again, then share the new answer."
)
# Under an answer whose key (what Share, Sources, Related and feedback need to show it again) does not fit in a Slack
# button's 2,000 characters: said, rather than buttons that could only say it "comes out differently".
SLACK_NO_BUTTONS = (
    "No Share, Sources or feedback buttons under this answer: the question is too long for Slack to carry them. "
    "Ask it shorter to get them."
)
SLACK_SHARED_READ_AS = "{asked} (read as: “{reading}”)"
SLACK_SHARED = "Shared in {channel}: everyone there can see this answer now."
# A Share pressed in a direct message: a DM id is no channel, and "<#D…>" draws as an unreadable link.
SLACK_SHARED_IN_DM = "Shared in this direct message: it stays here as a regular message now."
SLACK_SHARED_IN_GROUP_DM = "Shared in this group DM: everyone in it can see this answer now."
# Slack answered a Share with an error after which the post may be there, and the conversation could not be read to
# check (adapters/slack/post_once.py): posting again could show it twice, so the presser is told what is known.
SLACK_SHARE_UNCONFIRMED = (
    "Slack didn't confirm the share and I couldn't check this conversation, so I didn't post it again: it may be "
    "there already. Look: if it isn't, press Share in channel again in a minute."
)
# ... when the conversation WAS checked (and did not hold it) but Slack kept failing, so its last try is unknown.
SLACK_SHARE_FAILING = (
    "Slack kept failing ({reason}), so the share isn't confirmed: it wasn't in this conversation when I checked, "
    "but the last try may still show up, so I didn't post it again. Look: if it isn't there, press Share in channel "
    "again in a minute."
)
# Share pressed again within a minute of an unconfirmed one (bot.once.SHARE_UNCONFIRMED_HOLD_SECONDS): not posted,
# since the first may be there; after the minute a press shares it.
SLACK_SHARE_UNCONFIRMED_WAIT = (
    "A share of this answer a moment ago wasn't confirmed by Slack: it may be there already, so I didn't post it "
    "again. Look: if it isn't, press Share in channel again in a minute."
)
SLACK_ALREADY_SHARED = (
    "This answer was shared in this channel a moment ago: it is there already, so I didn't post it again."
)
NO_RELATED = "There are no related facts for this answer."
SLACK_BAD_TOKEN = (
    "Slack refused SLACK_BOT_TOKEN ({error}): copy the Bot User OAuth Token (xoxb-…) from your app's page."
)
SLACK_UNREACHABLE = "Could not reach Slack at {url} to check SLACK_BOT_TOKEN: {error}."
# Slack answered the start-up check with a rate limit or its own fault (HTTP 429/5xx, or `ratelimited`,
# `internal_error`…) past the retry budget: the token was not refused, so it must not be blamed (fresh tester 72 P2).
SLACK_RATE_LIMITED_AT_START = (
    "Slack is rate-limiting this app ({error}{wait}), so {variable} could not be checked; the token was not refused. "
    "Start again after that wait."
)
SLACK_FAILING_AT_START = (
    "Slack failed while checking {variable} ({error}); the token was not refused. Start again in a minute."
)
# the Slack HTTP server could not bind HOST:PORT: the port taken, the host not this machine's or not resolvable
SLACK_CANNOT_LISTEN = "Could not listen for Slack on {host}:{port}: {reason}. {advice}"
SLACK_PORT_IN_USE = "Another program (or another copy of the bot) has that port: stop it, or set PORT to a free one."
SLACK_PORT_DENIED = "This user may not listen on that port (below 1024 needs privileges): set PORT to a higher one."
SLACK_HOST_UNUSABLE = "Set HOST to an address of this machine (0.0.0.0 listens on all of them)."
SLACK_BAD_APP_TOKEN = (
    "Slack refused SLACK_APP_TOKEN ({error}): make an app-level token (xapp-…) with connections:write."
)
SLACK_API_DOWN = "I can't reach Slack's API right now, so I can't answer: please try again in a minute."
SLACK_NOT_INSTALLED = (
    "I'm not installed in this workspace (or was uninstalled): ask an admin to install me again, then try again."
)
SLACK_NO_SECRET_KEY = (
    "slack: SECRET_KEY is not set, so installed workspaces' bot tokens are stored in clear in the database: "
    "set SECRET_KEY to a Fernet key to encrypt them (README, Operations)"
)
SLACK_DIGEST_NOT_INSTALLED = (
    "I can't promise a digest here: this workspace has no installation of mine to post it with. "
    "Ask an admin to install me (the /slack/install page), then subscribe again."
)
# a Slack conversation id starting with D is a direct message (the chat refuses a DM before, by its kind)
SLACK_DIGEST_DM_ID = "{channel} is a Slack direct message: digests go to channels (ids starting with C or G)."
SLACK_DIGEST_OTHER_WORKSPACE = (
    "I can't promise a digest here: my Slack token belongs to another workspace, so I could not post it. "
    "Ask the bot's operator to install me in this workspace."
)
SLACK_INCOMPLETE = (
    "Slack needs SLACK_BOT_TOKEN (one workspace) or both SLACK_CLIENT_ID and SLACK_CLIENT_SECRET (installs)."
)

# Operating the bot (adapters/runner.py, bot/cli.py)
# `run` starting other services while one platform's variables are only partly set (fresh tester 58: a signing
# secret left empty or misspelt went unnoticed: Discord started and no line named what Slack still needed)
PARTLY_CONFIGURED = "{platform} not started: {set_} set, but it needs {needs}."
MISSING_SETTINGS = "missing settings for --only: {needs}. Set {them}, or drop --only to get the console."
# `--only digests` in a process whose DIGESTS_ENABLED is false: the setting is there, but says no.
DIGESTS_OFF_FOR_ONLY = (
    "--only digests asks for the digest scheduler, but DIGESTS_ENABLED is false: set DIGESTS_ENABLED=true for this "
    "process, or leave digests out of --only."
)

# The database (bot/store.py): one line each, printed as "palantir-ice: ..." with a non-zero exit
DB_NEEDS_EXTRA = (
    "DATABASE_URL points to PostgreSQL but its driver is not installed: pip install 'palantir-ice[postgres]'."
)
DB_BAD_URL = "DATABASE_URL is not a database URL I can use ({error}): use sqlite:///PATH or postgresql://…"
DB_UNREACHABLE = "Could not connect to the database at {where}: {error}."
DB_IS_DIRECTORY = "Could not open the SQLite file {where}: it is a directory; DATABASE_URL must name a file."
DB_CANNOT_OPEN = "Could not open the SQLite file {where}: its directory does not exist or cannot be written to."
DB_RELATIVE_PATH = (
    " DATABASE_URL's path {where} was read relative to the working directory, as {resolved}; for the absolute path"
    " /{where} write sqlite:////{where} (four slashes)."
)
DB_LOCKED = "The SQLite file {where} is locked by another program (waited {seconds:g} s); stop it or try again."
DB_CORRUPT = "The SQLite file {where} is not a usable database (corrupted, or not SQLite): restore it from a backup."
DB_READ_ONLY = "The SQLite file {where} is read-only: the bot needs to write to it and to its directory."
DB_FULL = "The disk holding the database at {where} is full: free some space and start again."
DB_UNKNOWN_REVISION = (
    "The database at {where} was migrated by a newer palantir-ice (revision {revision} is unknown here): "
    "upgrade palantir-ice, or point DATABASE_URL at another database."
)
DB_FOREIGN_TABLE = (
    "The database at {where} already has a table {table} that palantir-ice did not make (no migration of ours is "
    "recorded there): point DATABASE_URL at a database of its own."
)
DB_FAILED = "The database at {where} failed: {error}."
DB_FILE_GONE = (
    "The SQLite file {where} is gone (deleted or moved while the bot was running), so nothing was written: restore "
    "it, or restart the bot to start a new one."
)
# what a person in a chat is told when the database failed under their command; the operator's log has the cause
DATABASE_UNAVAILABLE = (
    "I couldn't reach my database just now, so nothing was changed. Please try again in a minute; "
    "the team has been told."
)
# the same for `status`, a read: there was nothing to change
DATABASE_UNREADABLE = (
    "I couldn't reach my database just now, so I couldn't read this channel's digest status. Please try again in a "
    "minute; the team has been told."
)
QUESTION_LOG_OFF = "answering without the question log (palantir-ice gaps): {reason}"
QUESTION_LOG_NOT_WRITTEN = (
    "the answer above is complete, but the question could not be written to the question log (palantir-ice gaps): "
    "{reason}"
)

# The console (adapters/console.py)
CONSOLE_NO_STATUS = (
    "No daily digest comes to the console: digests go to Slack or Discord channels (subscribe there). "
    "Type today here for this date's anniversaries."
)
CONSOLE_NOTHING_TO_STOP = "There is no digest to stop: the console takes no subscriptions, so nothing is sent here."
CONSOLE_NO_DIGESTS = (
    "The console has no channel to deliver a daily digest to, so it does not take subscriptions: subscribe in a "
    "Slack or Discord channel, or type today here (or run `palantir-ice digest preview`)."
)
CONSOLE_MORE = "— {count} more lines: type more —"
CONSOLE_NOTHING_MORE = "Nothing more to show: ask a question, or type help."

# Digests and subscriptions (bot/subscriptions.py, bot/digest.py)
SUBSCRIBED = "Subscribed: this channel gets an “on this date” digest every day at {time} {zone} (next: {next})."
SUBSCRIPTION_UPDATED = "Updated: this channel's digest now comes every day at {time} {zone} (next: {next})."
CLI_SUBSCRIPTION_ADDED = "Added {where}: it gets the digest every day at {time} {zone} (next: {next})."
CLI_SUBSCRIPTION_UPDATED = "Updated {where}: it now gets the digest every day at {time} {zone} (next: {next})."
# `subscriptions add` refused by a platform's delivery check: the chat's words speak to someone in the channel
# `subscriptions add` with an id of the wrong shape (adapters/publishers.py IdShapeCheck), one line each
CLI_BAD_SLACK_WORKSPACE = (
    "--workspace {value!r} is not a Slack team id: expected T (E for an Enterprise Grid org) then capital letters "
    "and digits, like T0123ABCD."
)
CLI_BAD_SLACK_CHANNEL = (
    "--channel {value!r} is not a Slack channel id: expected C (G for an older private channel) then capital "
    "letters and digits, like C0123ABCD (the channel's details show it), not its #name."
)
CLI_BAD_DISCORD_ID = (
    "{option} {value!r} is not a Discord id: expected a snowflake, the digits of a number from 1 to 2^64 − 1, like "
    "1234567890123456789 (Copy ID, with Developer Mode on)."
)
CLI_DELIVERY_REFUSALS = {
    SLACK_DIGEST_OTHER_WORKSPACE: (
        "--workspace is not the Slack workspace SLACK_BOT_TOKEN serves, so its digest could not be posted: give the "
        "token's workspace (its team id), or set SLACK_CLIENT_ID and SLACK_CLIENT_SECRET to serve installs."
    ),
    SLACK_DIGEST_NOT_INSTALLED: (
        "--workspace has no installation of the Slack app to post its digest with: install it there (the "
        "/slack/install page) first."
    ),
}
SUBSCRIPTION_EMPTY_POLICY = "On days with nothing in the fact base: {policy}."
EMPTY_POLICY_LABELS = {"skip": "no message", "nearest": "the nearest anniversaries within a week"}
SUBSCRIBE_EXTRA = "{words}: more than subscribe takes. Usage: subscribe [HH:MM] [Area/City] [--empty skip|nearest]"
SUBSCRIBE_DEFAULT_ZONE_HINT = "Add a time zone to change it, for example: subscribe 09:00 America/Los_Angeles"
UNSUBSCRIBED = "Unsubscribed: this channel will get no more digests."
UNSUBSCRIBE_DM = "There are no digests in direct messages: run unsubscribe in the channel that receives them."
NOT_SUBSCRIBED = "This channel has no digest. Start one with: subscribe 09:00 America/Los_Angeles"
# the same on Discord, in its slash command's options (fresh tester 61 U7: the text grammar was shown there)
NOT_SUBSCRIBED_DISCORD = (
    "This channel has no digest. Start one with: /palantir-ice subscribe time:09:00 timezone:America/Los_Angeles"
)
# ... where subscribe would be refused (a workspace the bot cannot post to): no hint to run it, but why not
NOT_SUBSCRIBED_CANNOT = "This channel has no digest. {refusal}"
# the operator's command line: the chat command above is no command there
NO_SUBSCRIPTION_TO_REMOVE = (
    "{platform} channel {channel} has no digest to remove (palantir-ice subscriptions list shows every subscription)."
)
CLI_SUBSCRIPTION_REMOVED = "Removed {where}: it gets no more digests."
CLI_REMOVE_NEEDS_WORKSPACE = (
    "--workspace is required for {platform}: channel {channel} has a digest in {workspaces} (give one with "
    "--workspace, as subscriptions list shows them)."
)
CLI_EMPTY_CHANNEL = "--channel is empty: give the channel's id, as subscriptions list shows it."
NEEDS_WORKSPACE = (
    "--workspace is required for {platform}: give the {kind} id the channel belongs to ({example}), the one the "
    "chat commands in that channel use, so that status, subscribe and unsubscribe there see this subscription."
)
WORKSPACE_KINDS = {"slack": ("workspace (team)", "T0123ABCD"), "discord": ("server (guild)", "123456789012345678")}
STATUS_ACTIVE = "This channel gets the digest every day at {time} {zone} (next: {next})."
STATUS_LAST = "Last digest: {last}."
STATUS_DISABLED = (
    "This channel's digest is paused since {when}: {platform} refused it ({reason}). "
    "Fix that ({fix}), then run subscribe again."
)
# What fixes a pause, by the error the chat platform refused the digest with (Slack's Web API error codes; fresh
# tester 72 U5: an archived channel was told to "invite the bot back"); any other error gets PAUSE_FIX_DEFAULT.
PAUSE_FIXES = {
    "is_archived": "unarchive the channel",
    "not_in_channel": "invite the bot back",
    "channel_not_found": "check the channel still exists and the bot can see it",
    "missing_scope": "reinstall the app so it gets the permissions it asks for",
    "invalid_auth": "reinstall the app, or give the bot a new token",
    "token_revoked": "reinstall the app, or give the bot a new token",
    "token_expired": "reinstall the app, or give the bot a new token",
    "not_authed": "reinstall the app, or give the bot a new token",
    "account_inactive": "reinstall the app, or give the bot a new token",
}
PAUSE_FIX_DEFAULT = "for example invite the bot back"
RESTRICTED_PAUSE_FIX = "let the bot post in the channel"  # Slack's restricted_action… errors
NO_CHANNEL = "I can't tell which channel this is, so I can't set up a digest here."
BAD_CHANNEL = "{value!r} is not a channel or workspace id: one has at most 64 letters, no spaces or control characters."
BAD_TIME = "I couldn't read {value!r} as a time: use 24-hour HH:MM, for example 09:00 or 17:30."
TIME_SUGGESTION = " Did you mean {time}?"
UNKNOWN_ZONE = "{value!r} is not a time zone I know: use an IANA name such as America/Los_Angeles or Europe/Berlin."
ZONE_SUGGESTIONS = " Did you mean {suggestions}?"
# after an offset's suggestion: the tz database's Etc/GMT zones carry the POSIX sign, the reverse of the usual one
ZONE_SIGN_REVERSED = " (Not a typo: the time zone database writes {typed} as {zone}, with the sign reversed.)"
RUN_DUE_FUTURE = (
    "--now {now} is later than this machine's clock ({clock}): run-due replays earlier instants only, because a "
    "later day's digest sent now would be recorded as that day's and never sent on the day."
)
DIGEST_PLATFORM_NOT_CONFIGURED = "not configured here: set {needs}"
BAD_EMPTY = "--empty takes skip or nearest, not {value!r}."

# Discord
DISCORD_HELP = (
    "Use `/palantir-ice ask`, `today`, `timeline`, `fact`, `sources` (an outlet or a year narrows them; replies only "
    "you can see, with a Share button), "
    "mention me in a channel, or send me a direct message with a question."
)
DISCORD_STALE_COMMAND = "That command is not one I know (any more): try `/palantir-ice help`."
DISCORD_ONLY_ASKER = "Only the person who asked can turn these pages: run the command yourself to browse."
DISCORD_NEEDS_MANAGE_CHANNELS = "Only members with the Manage Channels permission can change this channel's digest."
DISCORD_NEEDS_BOT_IN_SERVER = "Digests need the bot added to this server: ask an admin to invite it."
DISCORD_BAD_OPTIONS = "I couldn't read those options. Usage: {usage}"
DISCORD_SHARED_BY = "Shared by {user}"
DISCORD_ALREADY_SHARED = (
    "This answer was shared in this channel a moment ago: it is there already, so I didn't post it again."
)
DISCORD_NO_RELATED = "No related facts for this answer."
# /palantir-ice timeline with month and no year (README: "a month goes with a year")
DISCORD_MONTH_WITHOUT_YEAR = (
    "A month goes with a year: add the year too, for example /palantir-ice timeline year:2019 month:9."
)
# The sources list's line under its title: every article (`sources`), or one answer's (its Sources button).
SOURCES_ALL = "The articles every answer rests on."
# `sources vice`, `sources 2018` (Core.sources): the articles those words name, or every one when they name none
SOURCES_MATCHING = "The articles matching “{match}”: {count} of {total}."
SOURCES_NONE_MATCH = (
    "No article matches “{match}” (I look at the outlet, the year and month, and the headline's words): "
    "here are all {total}."
)
SOURCES_CITED = "The articles this answer cites."
# A button under an answer that no longer comes out the same (bot/answer_key.py): never another answer instead.
ANSWER_CHANGED = "That answer comes out differently now (my fact base may have changed since): ask the question again."
DISCORD_BUTTON_EXPIRED = "This button has expired (the bot has restarted since this reply): run the command again."
DISCORD_BAD_TOKEN = "Discord refused DISCORD_TOKEN: copy the bot token from your application's Bot page."
DISCORD_UNREACHABLE = "Could not reach Discord at {url} to check DISCORD_TOKEN: {error}."
# Discord answered the token check with an error other than a refusal (401 is DISCORD_BAD_TOKEN): reached, so not
# "could not reach" (fresh tester 77 U3: a DISCORD_API_URL answering 404 was reported "Could not reach …: NotFound")
DISCORD_FAILING_AT_START = (
    "Discord at {url} answered HTTP {status} while checking DISCORD_TOKEN; the token was not refused. "
    "Start again in a minute."
)
DISCORD_API_URL_REFUSED = (
    "Discord at {url} answered HTTP {status} while checking DISCORD_TOKEN; the token was not refused. "
    "Check DISCORD_API_URL (unset, it is Discord's own https://discord.com/api/v10)."
)
DISCORD_DISALLOWED_INTENTS = "Discord refused the gateway intents this bot asked for: {error}."
DISCORD_NEEDS_TOKEN = "Set DISCORD_TOKEN (the bot token from your application's Bot page) first."
DISCORD_SHARD_IDS_NEED_COUNT = "DISCORD_SHARD_IDS needs DISCORD_SHARD_COUNT (the total number of shards) as well."
DISCORD_SHARD_ID_RANGE = (
    "DISCORD_SHARD_IDS must be numbers from 0 to {last} (DISCORD_SHARD_COUNT is {count}): got {ids}."
)
DISCORD_NEEDS_CLIENT_ID = "Pass --client-id, set DISCORD_APPLICATION_ID, or set DISCORD_TOKEN so it can be looked up."

# {title}, {articles} ("5 news articles (2018-2019)"), {example}, {year} and {topic} come from the brief
# (Core.help_text)
HELP = """I answer questions about {title} from {articles}, and cite them.
Commands:
  <question>                 ask anything, e.g. "{example}"
  today [YYYY-MM-DD]         what happened on this date in past years
  timeline [YEAR] [TOPIC]    dated facts in order, e.g. "timeline {year} {topic}"; one month: "timeline YYYY-MM"
  sources [OUTLET|YEAR]      the articles I rely on; with an outlet, a year or a headline's words, those only
  fact ID                    one fact in full, with its quotes
  subscribe [HH:MM] [Area/City] [--empty skip|nearest]   a daily "on this date" digest in this channel
  unsubscribe | status       stop the digest, or show this channel's subscription
  help                       this text"""
SNAPSHOT_NOT_WRITTEN = "cannot write the brief's snapshot under CACHE_DIR {cache_dir}: {reason}"
CACHE_NOT_WRITABLE = (
    "the cache directory (CACHE_DIR {cache_dir}) cannot be written ({reason}): the brief is loaded in memory"
)
