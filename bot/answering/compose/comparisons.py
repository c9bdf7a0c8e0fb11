"""Comparison answers: each side's figure (or date) with its source, and which is the larger (or earlier)."""

from __future__ import annotations

from dataclasses import replace

from bot import messages
from bot.answering.compose.dates import PLANNING, planned_as
from bot.answering.compose.evidence import Evidence
from bot.answering.compose.figures import AMOUNT, NUMBER, QUALIFIER
from bot.answering.compose.wording import is_year, shorten
from bot.answering.compose.yes_no_checks import (
    compared_as_told,
    compared_conversely,
    compared_otherwise,
    order_compared,
)
from bot.answering.decide.acts_told import BEGINNING, BEGINNING_REACH, PUBLICATION_TOPIC, PUBLICATION_WORDS, TITLE
from bot.answering.decide.figures import counted_noun, scaled_figures
from bot.answering.endings import EXPIRING
from bot.answering.retrieve import OWNER_KINDS, Hit, Retriever, amount_owner
from bot.answering.understand.lexicon import (
    ACTOR_KINDS,
    AGREEMENTS,
    COMPARATIVES,
    COPULAS,
    EARLIER,
    GATHERINGS,
    OCCASIONS,
    SIZE_WORDS,
    SMALLER,
    SUM_WORDS,
    asks_size_of_agreement,
)
from bot.answering.understand.question import NameSpans, Question
from bot.caches import Recent
from bot.class_nouns import PERSON_ROLES
from bot.dates import date_label, period_bounds
from bot.factbase import Brief
from bot.features import COUNT, without_dates
from bot.replies import Answer
from bot.search import stem
from bot.text import SCALE_VALUES, STOPWORDS, WORD, fold, is_number, on_first_use, sum_value, words

MAX_NUMBERED = 2_048  # statements whose figures stay worked out for comparisons (~1 KB each with the statement)

COMPARATIVE_LESS = frozenset({"less", "fewer", "smaller", "lower"})

UNIT_WORDS = frozenset({"million", "billion", "thousand", "dollars", "dollar"})
ORGANIZATION_KINDS = frozenset({"company", "agency", "organization"})  # glossary kinds whose size may be asked
SOURCE_FACTS = 2_000  # an article's facts read for the sums it gives (a comparison of two articles' sums)
SIDE_CANDIDATES = 8  # ranked facts read for each side's figure
ORDER_REACH = 5  # best ranked facts read for one telling two sides' order itself ("the vigil is older than the lease")
SUM_NOUN_REACH = 3  # words after an amount that may name what it is of ("$12 million Harbour lease contract")
Scored = tuple[float, str, str, float]  # a candidate side figure: score, fact id, figure as shown, value
TWO_SIDES = 2  # a comparison of named things: one entry each side
APART_CHARS = 200  # of each side's statement in a comparison that lays the two apart (`_apart`): both fit one lead
# nouns naming a measure, not a thing (general English): "the number planned or the number targeted" asks one measure
MEASURE_NOUNS = frozenset("number count amount total figure tally size".split())
DATED_SUBJECT_REACH = 2  # words after a statement's date that may name the subject of the act it dates ("the Gazette")
REFERRING = frozenset({"one", "ones"})  # "the 2019 one": the other side's thing again
# a difference asked of two figures (general English): "how much more", "how many fewer", "by how much": which
# figure is the larger does not answer it. ("the difference between the lease and the grant" may ask what sets
# them apart, which the two figures and the larger one do answer.)
# a sum of money as the articles write it with nothing around it: dollars, a number and perhaps a scale word
EXACT_SUM = on_first_use(r"\$\s?(\d[\d,]*(?:\.\d+)?)(?:\s(million|billion|thousand))?")
DIFFERENCE = on_first_use(
    r"\bhow (?:much|many) (?:more|less|fewer|bigger|larger|smaller|higher|lower|greater)\b|\bby how much\b"
)


def _bare(side: list[str]) -> bool:
    """A comparison side that is only a figure ("9 million"), or named by one with at most one word after it ("the
    9 million one", "the 9m contracts"): the figures are what tells the sides apart, so the answer says which figure
    is the larger ("more for the 9 million contracts" read as nonsense; fresh tester 35)."""
    figure = [w.replace(".", "", 1).isdigit() or w in UNIT_WORDS for w in side]
    if all(figure):
        return True
    named = bool(side) and figure[0] and not is_year(side[0])
    return named and sum(1 for f in figure if not f) <= 1 and not any(figure[figure.index(False) :])


LEADING_NUMBER = on_first_use(r"\d[\d,]*(?:\.\d+)?")  # "39" of "$39 million", "1,200" of "$1,200"


def _leading_number(figure: str) -> str:
    """The number a sum as written opens with, without its sign or scale: "39" of "$39 million"; "" if none."""
    found = LEADING_NUMBER().search(figure)
    return found.group(0).replace(",", "") if found else ""


def _plural(side: list[str]) -> bool:
    """A side naming several things of a kind: "the 2018 ones", "the 2018 contracts" (general English)."""
    return any(w == "ones" or (w in AGREEMENTS and w.endswith("s")) for w in side)


def _counted(figure: str) -> str | None:
    """The stem of what a figure counts: its first word after the number that is no stop word or scale word
    ("more than 90,000 signatures" -> "signatur"); None for an amount of money (what it counts is money) or a
    figure with no word after its number (a side named by its figure alone: "the 9m one")."""
    if AMOUNT.fullmatch(figure) or "$" in figure:
        return None
    parts = figure.split()
    at = next((i for i, w in enumerate(parts) if any(c.isdigit() for c in w)), None)
    if at is None:
        return None
    rest = [w.strip(",.;:()").lower() for w in parts[at + 1 :]]
    rest = [w for w in rest if w.isalpha() and w not in STOPWORDS and w not in UNIT_WORDS]
    return stem(rest[0]) if rest else None


def _number(text: str) -> float | None:
    """The value of a figure as written, with its scale word ("$21 million" -> 21,000,000, "$75,000" -> 75,000):
    unscaled, a sum in millions compared as smaller than one written out in thousands."""
    number, *rest = text.split() or [""]
    return sum_value(number, next((w for w in SCALE_VALUES if w in rest), ""))


def _difference(larger: str, smaller: str) -> str | None:
    """The difference of two sums of money as written in the articles ("$53 million", "$39 million" -> "$14
    million"), or None unless both are exact sums (no "about", "more than": a difference of approximations would be
    told as exact) in the same scale word, whose difference is then plain arithmetic on the figures the articles
    state."""
    from decimal import Decimal  # imported for the few questions comparing two sums (~1.3 ms of every start)

    parts = []
    for figure in (larger, smaller):
        m = EXACT_SUM().fullmatch(figure)
        if m is None:
            return None
        parts.append((Decimal(m.group(1).replace(",", "")), m.group(2) or ""))
    (a, scale_a), (b, scale_b) = parts
    if scale_a != scale_b or a == b:
        return None
    apart = abs(a - b)
    shown = f"{apart:,f}".rstrip("0").rstrip(".") if apart != apart.to_integral_value() else f"{int(apart):,}"
    return f"${shown}" + (f" {scale_a}" if scale_a else "")


def _agreement_sums(statement: str) -> list[float]:
    """The values of the statement's amounts that may be an agreement's: each followed by a stop word, by
    nothing, or by an agreement's noun within SUM_NOUN_REACH words ("$12 million Harbour contract"); not one of
    another thing ("a $75,000 donation from the guild")."""
    out = []
    for m in AMOUNT.finditer(statement):
        after = words(statement[m.end() :])[:SUM_NOUN_REACH]
        if after and after[0] not in STOPWORDS and AGREEMENTS.isdisjoint(after):
            continue
        if (value := _number(m.group(0))) is not None:
            out.append(value)
    return out


def asks_sums(q: Question) -> bool:
    """A comparison of sums: a size of an agreement ("who got a bigger contract, X or Y"), or a money word ("2018 vs
    2019 amounts"): only amounts of money answer it, never another number the sides' facts give; or a difference
    asked of an agreement ("how much more was the guild's lease than the port's"), whose size is its sum."""
    if DIFFERENCE().search(" ".join(q.words)) and not AGREEMENTS.isdisjoint(q.words):
        return True
    return asks_size_of_agreement(q.words) or not SUM_WORDS.isdisjoint(q.words) or "$" in q.text


def _told_either_way(asked: list[str], statement: str) -> bool:
    """The statement tells the comparison `asked` (a copula question's words, `compared_as_told`) either way round."""
    return (
        compared_as_told(asked, statement)
        or compared_conversely(asked, statement)
        or compared_otherwise(asked, statement)
    )


class Comparisons:
    """Answers a comparison of two sides."""

    def __init__(self, brief: Brief, retriever: Retriever, evidence: Evidence, name_spans: NameSpans) -> None:
        self.brief = brief
        self.retriever = retriever
        self.evidence = evidence
        self._name_spans = name_spans
        self._numbers_kept: Recent[str, tuple[tuple[str, float, list[str], list[str]], ...]] = Recent(MAX_NUMBERED)

    def comparison(self, q: Question, ranked: list[Hit], *, money: bool = False) -> Answer | None:
        """The answer to a comparison of two sides (`q.sides`), or None when it is answered as any other question.
        With `money`, only sums of money answer it, as when the question asks sums (`asks_sums`)."""
        entries = self._entries_compared(q)
        if entries is not None:  # "the difference between Lantern and Harbour Keep": what each one is
            lead = " ".join(f"{e.name}: {e.description}" for e in (self.brief.entities[i] for i in entries))
            return self._compared(q, ranked, lead, entries)
        early = any(w in EARLIER for w in q.words)
        if (early or order_compared(q.words)) and (told := self._order_told(q, ranked)) is not None:
            return told
        if early:
            return self._date_comparison(q, ranked)
        if self._sizes_of_actors(q):  # "is the guild bigger than the port": no figure of theirs is their size
            names = [self._side_label(q, i) for i in range(len(q.sides))]
            return self._untold(messages.NO_SIZES.format(a=names[0], b=names[-1]))
        sums = money or asks_sums(q)
        if not sums and (sized := self._gathering_sizes(q)) is not None:
            return sized
        if sums and (by_article := self._sums_by_article(q, ranked)) is not None:
            return by_article
        unpriced = not sums and self._unpriced(q)
        named: list[list[Scored]] = []  # per side: the facts giving the very sum it is named by, with their scores
        sides = []
        several: dict[int, list[str]] = {}  # a plural side's sums, when its fact gives more than one
        for i, side in enumerate(q.sides):
            named.append([])
            found = self._side_figure(q, side, sums=sums, named=named[-1])
            if found is None:  # a sum asked of a side no fact gives one for: said, not another side's sum led
                return (
                    self._untold(messages.NO_SIDE_SUM.format(side=self._side_label(q, i)))
                    if sums
                    else self._apart(q, ranked)
                )
            if unpriced and AMOUNT.fullmatch(found[1]):
                # "was the 2018 vigil bigger than the 2019 one": a sum a fact of 2018 gives is no vigil's size
                return self._untold(messages.NO_MEASURE.format(a=" ".join(q.sides[0]), b=" ".join(q.sides[-1])))
            if (sums or AMOUNT.fullmatch(found[1])) and (others := self._unpicked_sums(found, side)):
                if _plural(side) and len(q.sides) == TWO_SIDES:
                    several[i] = others  # "the 2018 ones": each of the sums its fact gives is one of the side's
                    sides.append(found)
                    continue
                # "2018 vs 2019 amounts" of a fact giving two 2018 sums: which one is the side's is not told (nor
                # in "compare the 2018 and 2019 leases", whose sides are told apart by a sum all the same)
                label = self._side_label(q, i)
                return self._untold(messages.SIDE_SUMS.format(side=label, figures=" and ".join(others)))
            sides.append(found)
        if several:
            return self._against_several(q, ranked, sides, several)
        money_sides = [i for i, (_, figure, _) in enumerate(sides) if "$" in figure]
        if not sums and len(money_sides) == 1:
            # "who got more, the guild or the port" of "$4 million" and "80 years": a sum of money one side got
            # makes it a question of sums, and another count of the other side's ("80 years") is none of its money;
            # when no sum of that side is found among its closest facts, the two figures are said as unlike (not
            # "no sum for" a side whose sums the articles may give elsewhere)
            summed = self.comparison(q, ranked, money=True)
            if summed is not None and summed.answered:
                return summed
            (_, fig_a, _), (_, fig_b, _) = sides
            return self._untold(
                messages.UNLIKE_FIGURES.format(figure_a=fig_a, a=q.side_names[0], figure_b=fig_b, b=q.side_names[-1])
            )
        sides = self._one_article_pair(q, sides, named)
        (fact_a, fig_a, val_a), (fact_b, fig_b, val_b) = sides
        if (mixed := self._planned_against_done(q, sides)) is not None:
            return mixed
        counted = [_counted(fig_a), _counted(fig_b)]
        asked = any(c in {stem(w) for w in side} for c, side in zip(counted, q.sides, strict=True)) or any(
            (w.endswith("s") or w in MEASURE_NOUNS) and w not in STOPWORDS for w in set(q.sides[0]) & set(q.sides[-1])
        )  # "which had more names, the petition or the letter", "the number planned or the number targeted": a plural
        # or a measure noun of both sides is what both figures count
        if not sums and None not in counted and counted[0] != counted[1] and not asked:
            # "compare the 2018 and 2019 vigils" of "300 signatures" and "40 sailors": counts of different things
            # are no measure of which is the larger; what each side is told as, else both figures said as unlike
            # (unless a side names what its figure counts: "were there more volunteers or signatures" asks counts of
            # two things, and "150 residents" signing is the petition's count)
            return self._apart(q, ranked) or self._untold(
                messages.UNLIKE_FIGURES.format(figure_a=fig_a, a=q.side_names[0], figure_b=fig_b, b=q.side_names[-1])
            )
        if fact_a == fact_b and (fig_a == fig_b or val_a == val_b):
            # one figure read for both sides ("$12 million harbour lease vs $12 million harbour") compares nothing
            if self._joint_sum(q, fact_a):
                # "which was bigger, the lamp contract or the ledger one" of one sum paid for the two together: that
                # sum, with the fact giving it for both (its fact led alone answered nothing asked; fresh tester
                # fu57 1), which "and the other one?" next is of (`Subject.unled`)
                lead = messages.ONE_SUM_FOR_BOTH_TOLD.format(statement=self.brief.facts[fact_a].statement)
                return self._compared(q, ranked, lead, [fact_a, fact_a])
            return self._untold(messages.ONE_SUM_FOR_BOTH) if sums else self._apart(q, ranked)
        less = any(w in COMPARATIVE_LESS for w in q.words)
        first_i = 0 if (val_a >= val_b) != less else 1
        first, second = sides[first_i], sides[1 - first_i]
        src = {fid: self._source_label(fid) for fid in (fact_a, fact_b)}
        if fact_a == fact_b:
            lead = f"{first[1]} vs {second[1]} ({src[fact_a]})"
        else:
            lead = f"{first[1]} ({src[first[0]]}) vs {second[1]} ({src[second[0]]})"
        bare = all(_bare(side) for side in q.sides)  # "$9M vs $10M": the figures are the sides' names
        if val_a != val_b:
            if bare:
                template = messages.COMPARE_SMALLER_FIGURE if less else messages.COMPARE_LARGER_FIGURE
                lead += ": " + template.format(figure=first[1])
            else:
                template = messages.COMPARE_LESS if less else messages.COMPARE_MORE
                lead += ": " + template.format(side=q.side_names[first_i])
        if val_a != val_b and DIFFERENCE().search(" ".join(q.words)):
            # "how much more was the 9 million lease than the 5 million one": the difference is no figure the
            # articles give; both figures are shown with their sources, neither led as the answer (which side is
            # the larger kept when the sides are named by more than their figures)
            figures = lead.split(": ")[0]
            worked = _difference(first[1], second[1])
            lead = (
                messages.DIFFERENCE_WORKED_OUT.format(
                    first=first[1],
                    difference=worked,
                    than="less" if less else "more",
                    second=second[1],
                    figures=figures,
                )
                if worked is not None
                else messages.DIFFERENCE_UNTOLD_LEAD.format(figures=figures if bare else lead)
            )
        answer = self._compared(q, ranked, lead + ".", [first[0], second[0]])
        if fact_b in self.brief.differs[fact_a]:  # the brief links them: perhaps one thing counted two ways
            answer = replace(answer, note=messages.MAY_BE_THE_SAME.format(a=fact_a, b=fact_b))
        return answer

    def _against_several(
        self, q: Question, ranked: list[Hit], sides: list[tuple[str, str, float]], several: dict[int, list[str]]
    ) -> Answer:
        """One side's sum against each of a plural side's (`several`: "the 2019 contract against the 2018 ones" of a
        fact giving two 2018 sums): every sum with its source, and whether the one side's is more or less than all of
        them, or between them; SIDE_SUMS when both sides are plural or the one side's figure is no sum."""
        if len(several) != 1:
            i = min(several)
            return self._untold(
                messages.SIDE_SUMS.format(side=self._side_label(q, i), figures=" and ".join(several[i]))
            )
        many = next(iter(several))
        one = 1 - many
        (fact_one, fig_one, val_one), (fact_many, _, _) = sides[one], sides[many]
        values = [v for v in (_number(f) for f in several[many]) if v is not None]
        if "$" not in fig_one or len(values) != len(several[many]) or val_one in values:
            # no sum, or one of the plural side's own sums ("the 2019 one" read as the $21 million due in 2019)
            return self._untold(
                messages.SIDE_SUMS.format(side=self._side_label(q, many), figures=" and ".join(several[many]))
            )
        lead = (
            f"{fig_one} ({self._source_label(fact_one)}) vs {' and '.join(several[many])}"
            f" ({self._source_label(fact_many)})"
        )
        if all(val_one > v for v in values) or all(val_one < v for v in values):
            larger = one if val_one > values[0] else many
            lead += ": " + messages.COMPARE_MORE.format(side=q.side_names[larger])
        else:
            below = [f for f, v in zip(several[many], values, strict=True) if v < val_one]
            above = [f for f, v in zip(several[many], values, strict=True) if v > val_one]
            shown = m.group(0) if (m := AMOUNT.search(fig_one)) else fig_one
            lead += ": " + messages.BETWEEN_SUMS.format(
                figure=shown, below=" and ".join(below), above=" and ".join(above)
            )
        return self._compared(q, ranked, lead + ".", [fact_one, fact_many])

    def _planned_against_done(self, q: Question, sides: list[tuple[str, str, float]]) -> Answer | None:
        """Two sides' counts (fact id, figure, value) of which one fact tells only a plan (`planned_as`: "planned to
        arrest 900") and the other a thing done: no measure of which was more (fresh tester 80: a planned sweep's
        arrests were set against another operation's made ones and called "more"); said so, unless the question
        asks of plans itself ("how many more were planned than …"). Not of sums: an agreement's sum is its own
        whatever it will pay for ("the $9 million lease will fund …"). None otherwise."""
        sums = asks_sums(q) or any("$" in f or AMOUNT.fullmatch(f) for _, f, _ in sides)
        if sums or {stem(w) for w in q.words} & PLANNING:
            return None
        planned = [bool(planned_as(self.brief.facts[fact].statement)) for fact, _, _ in sides]
        if planned[0] == planned[-1]:
            return None
        (plan, plan_figure, _), (done, done_figure, _) = sides if planned[0] else sides[::-1]
        told = {"a": self._source_label(plan), "b": self._source_label(done)}
        return self._untold(messages.PLANNED_AGAINST_DONE.format(planned=plan_figure, done=done_figure, **told))

    def _apart(self, q: Question, ranked: list[Hit]) -> Answer | None:
        """ "Compare the 2018 and 2019 vigils", asking no measure (no comparative, no sum) that a figure of each side
        settles: no fact compares them, and the closest fact stating both sides' words ("at the 2019 vigil they
        compared the 2018 policy …") would lead as if it did; each side's own closest fact, side by side, said as
        not compared. A side of years alone lends the other side's noun ("2018" of "the 2018 and 2019 vigils").
        None when a side has no fact stating all its words, or both have the same."""
        if len(q.sides) != TWO_SIDES or asks_sums(q) or not COMPARATIVES.isdisjoint(q.words):
            return None
        sides, names = [list(side) for side in q.sides], list(q.side_names)
        for i, side in enumerate(sides):
            other = sides[1 - i]
            if side and other and all(is_year(w) for w in side) and not is_year(other[-1]):  # (a side may be empty)
                sides[i], names[i] = [*side, other[-1]], f"{names[i]} {other[-1]}"
        picks = []
        for side in sides:
            sub = replace(q, search=side, terms=side, leftover=side, sides=[])
            hits = self.retriever.rank(sub)[:SIDE_CANDIDATES]
            hit = next((h for h in hits if h.id in self.brief.facts and h.coverage >= 1.0), None)
            if hit is None:
                return None
            picks.append(hit.id)
        if picks[0] == picks[1]:
            return None
        told = [shorten(self.brief.facts[i].statement, APART_CHARS) for i in picks]
        lead = messages.COMPARED_APART.format(a=names[0], told_a=told[0], b=names[1], told_b=told[1])
        return self._compared(q, ranked, lead, picks)

    def _gathering_sizes(self, q: Question) -> Answer | None:
        """ "Which protest was bigger, the 2018 one or the 2019 one": the size of an event people hold (OCCASIONS)
        or of a crowd (GATHERINGS) is the number of people in it, never another figure its fact gives (a petition's
        signatures). Each side's closest fact stating all its words (as `_apart` finds it) is read for a count of
        those who gathered (the first PERSON_ROLES part, or "people"); when only one side has one, that side's size
        and the other's lack are said (ONE_SIZE_ONLY), when neither has, NO_MEASURE. None when the question sizes
        no such event, or both sides have a count (compared as any figures are)."""
        if len(q.sides) != TWO_SIDES or SIZE_WORDS.isdisjoint(q.words) or (GATHERINGS | OCCASIONS).isdisjoint(q.words):
            return None
        gathered = PERSON_ROLES[0] | {"people", "persons"}
        picks: list[tuple[str, str]] = []  # per side: its fact and the count of those gathered it gives ("" for none)
        for side in q.sides:
            sub = replace(q, search=side, terms=side, leftover=side, sides=[])
            hits = self.retriever.rank(sub)[:SIDE_CANDIDATES]
            hit = next((h for h in hits if h.id in self.brief.facts and h.coverage >= 1.0), None)
            if hit is None:  # no fact tells of that side at all ("the Lantern petition"): no count of it is told
                picks.append(("", ""))
                continue
            statement = without_dates(self.brief.facts[hit.id].statement)  # "13 September" counts no one
            found = ""
            for m in COUNT().finditer(statement):
                after = statement[m.end() : m.end() + 60]
                noun = counted_noun(after)
                if noun in gathered:  # as the fact words it: "dozens of protesters"
                    found = statement[m.start() : m.end() + after.lower().index(noun) + len(noun)]
                    break
            picks.append((hit.id, found))
        if not any(fact for fact, _ in picks) or picks[0][0] == picks[1][0] or all(found for _, found in picks):
            return None
        names = [" ".join(side) for side in q.sides]
        if not any(found for _, found in picks):
            return self._untold(messages.NO_MEASURE.format(a=names[0], b=names[1]))
        i = 0 if picks[0][1] else 1
        lead = messages.ONE_SIZE_ONLY.format(
            figure=picks[i][1], sized=names[i], source=self._source_label(picks[i][0]), unsized=names[1 - i]
        )
        return self._compared(q, [], lead, [picks[i][0], picks[1 - i][0] or picks[i][0]])

    def _sums_by_article(self, q: Question, ranked: list[Hit]) -> Answer | None:
        """A sum compared between two articles, each side naming one and one side, besides, what is asked ("the lease
        amount Gazette vs Courier", whose first side the question's words are read into): the
        sums each article gives for what the rest of the question asks, in the article's facts (several when it
        gives several: which one the other article's matches is not told), or None when the sides are not two
        articles. The sums are told side by side, never one as larger: two articles' sums may be of two agreements."""
        if len(q.sides) != TWO_SIDES:
            return None
        sources = [self.retriever.side_sources(q, side) for side in q.sides]
        if any(len(s) != 1 for s in sources) or sources[0] == sources[1]:
            return None
        named = {w for s in sources for w in self.retriever.source_words(next(iter(s)))}
        rests = [[w for w in side if w not in named and w not in STOPWORDS] for side in q.sides]
        if all(rests) or not any(rests):
            return None  # two things each of one article ("the Gazette's lease vs the Courier's toll"), or no measure
        measure = [w for side in q.sides for w in side if w not in named]
        asked = {stem(w) for w in measure if w not in STOPWORDS and w not in SUM_WORDS}
        told: list[tuple[str, list[str], list[str]]] = []  # (article's name, its sums, their facts)
        for s in sources:
            source = next(iter(s))
            sums: list[str] = []
            ids: list[str] = []
            # the article's facts stating a sum of an agreement and every word the question asks it of (its entries
            # by their index words: "the Harbour Guild" for "guild")
            for fact in self.brief.facts_citing(source, SOURCE_FACTS):
                if not _agreement_sums(fact.statement) or not asked <= set(self.retriever.stated_stems(fact.id)):
                    continue
                found = AMOUNT.search(fact.statement)
                if found is not None and found.group(0) not in sums:
                    sums.append(found.group(0))
                    ids.append(fact.id)
            told.append((self.brief.sources[source].name, sums, ids))
        if not any(found for _, found, _ in told):
            return self._untold(messages.NO_SIDE_SUM.format(side=told[0][0]))
        lead = "; ".join(
            messages.ARTICLE_SUMS.format(source=name, sums=" and ".join(found) if found else messages.NO_ARTICLE_SUM)
            for name, found, _ in told
        )
        firsts = [ids[0] for _, _, ids in told if ids]
        return self._compared(q, ranked, lead[:1].upper() + lead[1:] + ".", [firsts[0], firsts[-1]])

    def _entries_compared(self, q: Question) -> list[str] | None:
        """The two glossary entries a comparison's two sides are wholly the names of ("icm vs lantern", "the difference
        between the Guild and the Lodge"), when it asks no measure (no comparative, size or sum word, no "$"): what
        tells two named things apart is what each one is, which their entries say. None otherwise."""
        if len(q.sides) != TWO_SIDES or asks_sums(q) or not COMPARATIVES.isdisjoint(q.words):
            return None
        found = []
        for side in q.sides:
            spans = self._name_spans(side)
            inside = {k for a, b, _ in spans for k in range(a, b)}
            if len(spans) != 1 or any(k not in inside and w not in STOPWORDS for k, w in enumerate(side)):
                return None
            found.append(spans[0][2])
        return found if found[0] != found[1] else None

    def _order_told(self, q: Question, ranked: list[Hit]) -> Answer | None:
        """ "Which came first, the vigil or the lease", "did the vigil begin earlier than the lease": the first of
        the best ranked facts (ORDER_REACH) that tells the two sides' order itself ("the vigil is older than the
        lease": `compared_as_told` and its kin, of "<first side> older / earlier than <second>") leads, before any
        side's dated fact: a date found for a side may be another thing's named alike (blind set BM: "did the
        movement begin earlier than the controversy" dated the movement by a 2017 program of the agency it would
        abolish). Asked as a yes/no ("did …", `order_compared`; "was A earlier than B"), with its verdict when the
        fact settles it. None when no such fact."""
        first, second = q.sides[0], q.sides[-1]
        sides = [["is", *first, comparative, "than", *second] for comparative in ("older", "earlier")]
        asked = order_compared(q.words) or ([q.words] if q.words[:1] and q.words[0] in COPULAS else [])
        for hit in ranked[:ORDER_REACH]:
            fact = self.brief.facts.get(hit.id)
            if fact is None:
                continue
            told = fact.statement
            if not any(_told_either_way(o, told) for o in sides):
                continue
            answer = self._compared(q, ranked, told, [hit.id, hit.id])
            if any(compared_as_told(o, told) or compared_conversely(o, told) for o in asked):
                return replace(answer, kind="yes-no", lead=messages.YES_LEAD.format(statement=told), says_yes=True)
            if any(compared_otherwise(o, told) for o in asked):
                return replace(answer, kind="yes-no", lead=messages.NO_LEAD.format(statement=told))
            return answer
        return None

    def _date_comparison(self, q: Question, ranked: list[Hit]) -> Answer | None:
        """'which came first, X or Y': each side's best dated fact (one that took place before one only planned),
        the earlier first."""
        picks: list[list[Hit]] = []
        every_dated: list[list[Hit]] = []
        reported: set[int] = set()  # the sides dated only by a publication about them
        for side in q.sides:
            # an article named in one side says which that side is ("the sit-in or the Gazette's vigil"), not where
            # the other is told (Retriever.sources_outside_sides)
            sources = self.retriever.side_sources(q, side) | self.retriever.sources_outside_sides(q)
            sub = replace(q, search=side, terms=side, leftover=side, sides=[], sources=sources)
            dated = [
                h for h in self.retriever.rank(sub)[:5] if h.id in self.brief.facts and self.brief.facts[h.id].date
            ]
            if not dated:
                return None
            if (actor := self._actor_named(side)) is not None:
                # "which came first, the guild or the vigil": a body or person came when it began, and a fact
                # merely dated and naming it ("a 2017 guild program") dates something else (fresh tester fp26)
                dated = [h for h in dated if self._tells_beginning(h.id, actor)]
                if not dated:
                    entity = self.brief.entities[actor]
                    begun = messages.BEGUN.get(entity.kind, "founded")
                    return self._untold(messages.NO_BEGINNING.format(side=entity.name, begun=begun))
            else:
                named = scaled_figures(side)
                # a thing named by its sum ("the $9 million lease") is dated only by a fact giving that sum; and a
                # fact telling the thing's end ("the lease, due to expire in 2019") dates its end, not when it came
                # (fresh tester 103: a lease's expiry, or another sum's signing, was given as when it came first)
                if named:
                    dated = [h for h in dated if not named.isdisjoint(self._sums(h.id))]
                # a date is the thing's own when the fact names the thing ("the lease": "in 2013 the guild signed a
                # lease"), not when it tells a related act only ("the guild supplied software to the port in 2011")
                # (the side as named back, "keeper software" of "the keeper software or the port contract", whose words
                # searched may take the other side's noun too)
                shown = words(fold(q.side_names[0 if not picks else -1]))
                dated = [h for h in dated if self._names_thing(h.id, shown)] or dated
                came = [h for h in dated if not _tells_end(self.brief.facts[h.id].statement, side)]
                if not came:
                    name = q.side_names[0 if not picks else -1]
                    return self._untold(messages.SIDE_UNDATED.format(side=name))
                dated = came
            # "the raids" of "On 3 July 2019 the Gazette published a report on the raids": the date is the report's,
            # which the raids came before by an untold time; a side dated only so has no date of its own
            own = [h for h in dated if not _only_reported_on(side, self.brief.facts[h.id].statement)]
            if not own:
                reported.add(len(picks))
            dated = own or dated
            held = [h for h in dated if not planned_as(self.brief.facts[h.id].statement)]  # not one only planned
            picks.append(held or dated)
            every_dated.append(dated)
        events = {h.id for p in picks for h in p if self.brief.facts[h.id].kind == "event"}
        if picks[0][0].id == picks[1][0].id and picks[0][0].id in events:
            # one event fact tells of both ("the harbour vigil or the Gazette sit-in" of a fact of both on one day):
            # the sides are two events, so a side whose next event fact tells of it as fully is that other event
            # (not a document's fact, whose date may be of what it tells rather than of when it came out)
            full = [[h for h in p[1:] if h.coverage >= p[0].coverage and h.id in events] for p in picks]
            if bool(full[0]) != bool(full[1]):
                i = 0 if full[0] else 1
                picks[i] = full[i]
        if picks[0][0].id == picks[1][0].id:
            picks = self._subject_keeps_date(q, picks, every_dated)
        a, b = (self.brief.facts[p[0].id] for p in picks)
        found = [a, b]
        if a.id == b.id or a.date == b.date:
            return None  # (one date for both: left to the facts' words, which may tell the order within it)
        names = q.side_names
        if reported or not _dates_ordered(a.date or "", b.date or ""):
            # "2018" and "July 2018" may be the same day: a date is the span its precision leaves open, and two
            # spans that overlap leave the order untold (fresh tester: "the 2018 letter or the 31 July 2018 vigil")
            told = [
                (messages.SIDE_REPORTED if i in reported else messages.SIDE_DATED).format(
                    side=names[i if i == 0 else -1],
                    date=_dated_at(f.date or "") if i in reported else date_label(f.date or ""),
                )
                for i, f in enumerate(found)
            ]
            return self._untold(messages.ORDER_UNTOLD.format(a=told[0], b=told[1]))
        first_i = 0 if (a.date or "") < (b.date or "") else 1
        first, second = found[first_i], found[1 - first_i]
        one, other = date_label(first.date or ""), date_label(second.date or "")
        lead = (
            f"{one} ({names[first_i]}) vs {other} ({names[1 - first_i]}): "
            + messages.COMPARE_EARLIER.format(side=names[first_i])
            + "."
        )
        return self._compared(q, ranked, lead, [first.id, second.id])

    def _names_thing(self, fact_id: str, side: list[str]) -> bool:
        """The fact's statement has every word of `side` beside names and stop words (a word the brief gives for one
        standing for it: `Retriever.kin`), the thing the side is ("contract" of "the port contract")."""
        inside = {k for a, b, _ in self._name_spans(side) for k in range(a, b)}
        thing = {stem(w) for k, w in enumerate(side) if k not in inside and w not in STOPWORDS}
        told = {stem(t) for t in words(fold(self.brief.facts[fact_id].statement))}
        return all(s in told or not told.isdisjoint(self.retriever.kin.get(s, ())) for s in thing)

    def _sums(self, fact_id: str) -> set[tuple[str, str]]:
        """The sums the fact's statement gives (`scaled_figures`: ("39", "million"))."""
        return scaled_figures(words(fold(self.brief.facts[fact_id].statement)))

    def _actor_named(self, side: list[str]) -> str | None:
        """The entity a side is wholly the name of (beside stop words), when it is a person or a body that acts
        (ACTOR_KINDS: "the guild", "Ada Lind"), else None ("the vigil", "the guild's lease")."""
        spans = self._name_spans(side)
        inside = {k for a, b, _ in spans for k in range(a, b)}
        if len(spans) != 1 or any(k not in inside and w not in STOPWORDS for k, w in enumerate(side)):
            return None
        entity = spans[0][2]
        return entity if self.brief.entities[entity].kind in ACTOR_KINDS else None

    def _tells_beginning(self, fact_id: str, entity: str) -> bool:
        """The fact's statement has a word of beginning (acts_told.BEGINNING) within BEGINNING_REACH words of the
        entity's name: it dates when the entity began ("the guild, founded in 1990")."""
        tokens = words(fold(self.brief.facts[fact_id].statement))
        at = [a for a, _, e in self._name_spans(tokens) if e == entity]
        return any(t in BEGINNING and any(abs(i - a) <= BEGINNING_REACH for a in at) for i, t in enumerate(tokens))

    def _subject_keeps_date(self, q: Question, picks: list[list[Hit]], dated: list[list[Hit]]) -> list[list[Hit]]:
        """One fact dated for both sides of "which came first" ("the Gazette's report or the vigil" of "On 3 May 2019
        the Gazette published a report on the vigil"): when its date stands right before one side's words (the
        subject of the act it dates), that side keeps it and the other (what the act was about) takes its own next
        dated fact (`dated`, planned ones too: "the vigil was planned in 2017"). `picks` unchanged otherwise: "in a
        2017 program … the Gazette and the Courier reported" dates the program, neither side's act."""
        fact = self.brief.facts[picks[0][0].id]
        statement = fold(fact.statement)
        at = statement.find(fold(date_label(fact.date or "")))
        if at < 0:
            return picks
        after = {stem(w) for w in words(statement[at + len(date_label(fact.date or "")) :])[:DATED_SUBJECT_REACH]}
        keeps = [bool(after & {stem(w) for w in side if w not in STOPWORDS}) for side in q.sides]
        if keeps[0] == keeps[1]:
            return picks
        later = 1 if keeps[0] else 0
        other = next((h for h in dated[later] if h.id != fact.id), None)
        if other is None:
            return picks
        out = list(picks)
        out[later] = [other]
        return out

    def _compared(self, q: Question, ranked: list[Hit], lead: str, ids: list[str]) -> Answer:
        items = [self.evidence.item(ids[0])]
        if ids[1] != ids[0]:
            items.append(self.evidence.item(ids[1]))
        seen = {i.id for i in items}
        if ranked:
            items += self.evidence.related(ranked[0], ranked, q, seen)
        return Answer(
            question="", answered=True, outcome="answered", text="", kind="comparison", lead=lead, items=items
        )

    def _source_label(self, fact_id: str) -> str:
        cites = self.brief.citations(self.brief.facts[fact_id])
        return cites[0].source_name if cites else ""

    def largest(self, q: Question, ranked: list[Hit], best: Hit) -> Hit:
        """ "Who got the bigger contract", naming no sides: of the candidates covering the question as well as the
        best, the fact stating the largest sum of an agreement (`_agreement_sums`; the smallest for "smaller"),
        which is what the question asks of; of every candidate read when none of those states one ("the biggest
        contract figure": not the best's "$75,000 donation"); the best when it names sides or asks no size of an
        agreement, or no candidate states such a sum."""
        if q.sides or not asks_size_of_agreement(q.words):
            return best
        smaller = not SMALLER.isdisjoint(q.words)
        sized: list[tuple[bool, float, int, Hit]] = []  # (less covering than the best, value to sort by, rank, hit)
        for n, hit in enumerate(ranked[:SIDE_CANDIDATES]):
            fact = self.brief.facts.get(hit.id)
            if fact is None:
                continue
            values = _agreement_sums(fact.statement)
            if values:
                covered = hit.coverage >= best.coverage
                sized.append(((not covered), (min(values) if smaller else -max(values)), n, hit))
        covering = [s for s in sized if not s[0]] or sized
        return min(covering, key=lambda s: (s[1], s[2]))[3] if covering else best

    def _unpicked_sums(self, found: tuple[str, str, float], side: list[str]) -> list[str]:
        """Every sum of the side's fact, when it gives several different ones and the side's words stand after none
        of them ("a $16 million one and a $21 million one" for "the 2018 amounts"); [] when one sum is the side's."""
        statement = self.brief.facts[found[0]].statement
        sums = {m.group(0): _number(m.group(0)) for m in AMOUNT.finditer(statement)}
        if len(set(sums.values())) < 2:
            return []
        side_stems = {stem(w) for w in side}
        if any(near for _, _, near in self._figures(statement, side_stems)):
            return []
        named = scaled_figures(side)  # "the 16m one": the side names its own sum, one of these
        if any(_number(f"{number} {scale}") in sums.values() for number, scale in named):
            return []
        # "which contract was bigger 39 or 53": a bare number, no year, that is the number of one sum alone ("$39
        # million") names that sum, as its scale left off (fresh tester 98)
        bare = {w for w in side if w.replace(".", "", 1).isdigit() and not is_year(w)}
        if any(sum(1 for told in sums if _leading_number(told) == w) == 1 for w in bare):
            return []
        return list(sums)

    def _sizes_of_actors(self, q: Question) -> bool:
        """ "Is the guild bigger than the port": a size word compares sides that are each only a company, agency or
        organization, with no other word saying what is measured (leftover): their size, which a sum one of them
        paid or got does not give."""
        if SIZE_WORDS.isdisjoint(q.words) or any(w not in SIZE_WORDS for w in q.leftover) or len(q.sides) != 2:
            return False
        for side in q.sides:
            spans = self._name_spans(side)
            inside = {k for a, b, _ in spans for k in range(a, b)}
            if not spans or len(inside) < len([w for w in side if w not in STOPWORDS]):
                return False
            if any(self.brief.entities[e].kind not in ORGANIZATION_KINDS for _, _, e in spans):
                return False
        return True

    def _unpriced(self, q: Question) -> bool:
        """A size word ("bigger") compares sides naming something (a word that is no stop word, number, unit or name:
        "the 2018 vigil" against "the 2019 one") in a question naming no agreement or sum: what is measured is no
        sum of money."""
        if SIZE_WORDS.isdisjoint(q.words) or not (AGREEMENTS | SUM_WORDS).isdisjoint(q.words):
            return False  # "which contract was bigger, the 7m or the 16m": an agreement's size
        plain = STOPWORDS | REFERRING | UNIT_WORDS | SIZE_WORDS
        for side in q.sides:
            inside = {k for a, b, _ in self._name_spans(side) for k in range(a, b)}
            if any(k not in inside and w not in plain and not is_number(w) for k, w in enumerate(side)):
                return True
        return False

    def _joint_sum(self, q: Question, fact_id: str) -> bool:
        """The fact gives one sum of money, of things it names that each side names one of, none the other's (the
        lamp on one side, the ledger on the other, "paid $9 million for the lamp and the ledger"): one sum for both
        sides together, never a sum of one of them (a fact giving two sums, or naming one side's thing alone, is
        not)."""
        fact = self.brief.facts.get(fact_id)
        sums = scaled_figures(words(fact.statement)) if fact is not None else set()
        if fact is None or len(sums) != 1 or len(q.sides) != TWO_SIDES:
            return False
        named = [{e for _, _, e in self._name_spans(side)} for side in q.sides]
        return all(named) and not named[0] & named[1] and named[0] | named[1] <= set(fact.entities)

    def _untold(self, text: str) -> Answer:
        return Answer(question="", answered=False, outcome="no_match", text="", kind="comparison", lead=text)

    def _side_label(self, q: Question, i: int) -> str:
        """A side as the answer names it: the names of the entities it names ("Lindco" for "contract lindco", whose
        other words name the measure), else its words as asked ("lindco contract 2018")."""
        spans = self._name_spans(q.sides[i])
        inside = {k for a, b, _ in spans for k in range(a, b)}
        rest = [w for k, w in enumerate(q.sides[i]) if k not in inside and w not in STOPWORDS]
        if not spans or any(w not in AGREEMENTS and w not in SUM_WORDS for w in rest):
            return q.side_names[i]
        return " and ".join(dict.fromkeys(self.brief.entities[e].name for _, _, e in spans))

    def _of_side(self, fact_id: str, side: list[str]) -> bool:
        """The fact involves every entity the side names, and is of every year it names (dated then, or stating
        it): another's sum, or another year's, is no sum of this side."""
        fact = self.brief.facts[fact_id]
        named = {e for _, _, e in self._name_spans(side)}
        if not named <= set(fact.entities):
            return False
        return self._of_years(fact.statement, fact.date, side)

    @staticmethod
    def _of_years(statement: str, date: str | None, side: list[str]) -> bool:
        """The statement is of every year the side names: dated then, or stating it (True for a side naming none)."""
        years = [w for w in side if is_year(w)]
        said = words(statement) if years else []
        return all((date or "").startswith(w) or w in said for w in years)

    def _side_figure(
        self, q: Question, side: list[str], *, sums: bool = False, named: list[Scored] | None = None
    ) -> tuple[str, str, float] | None:
        """The fact that best gives a figure for one side, that figure with the words after it, and its value. With
        `sums`, only an amount of money, in a fact of the side (`_of_side`). Each candidate giving the figure the side
        is named by ("the 9m one") is added to `named`, with its score."""
        # The side's words and the rest of the question's are searched for: when the side adds no word, that is
        # the question's own search, in its order, so the index hands back the hits it found for the question
        searched = q.search if set(side) <= set(q.search) else side + [w for w in q.search if w not in side]
        sub = replace(q, search=searched, terms=side, leftover=side, sides=[])
        side_stems = {stem(w) for w in side}
        typed = {float(w) for w in side if w.replace(".", "", 1).isdigit()}  # the side's alone: once, not per hit
        bare = _bare(side)
        others = self._others_owners(q, side)
        # "the 2019 contract against the 2018 ones": a fact dated in a year only another side names is that side's,
        # though it may mention this side's year ("one due to expire in 2019", told in July 2018)
        years = {w for w in side if is_year(w)}
        # (only when this side names its own year: "arrests or prosecutions after the 2017 surge" dates both)
        other_years = {w for s in q.sides if s is not side for w in s if is_year(w)} - years if years else set()
        best: tuple[float, str, str, float] | None = None
        for hit in self.retriever.rank(sub)[:SIDE_CANDIDATES]:
            fact = self.brief.facts.get(hit.id)
            if fact is None or (sums and (not AMOUNT.search(fact.statement) or not self._of_side(hit.id, side))):
                continue
            if (fact.date or "")[:4] in other_years or not self._of_years(fact.statement, fact.date, side):
                continue
            # dated in the side's year, as a word of the side standing by its figure: "the 2018 contracts" are
            # those told of in 2018 before one a fact merely mentions beside 2018 ("after an October 2018 report")
            dated = int((fact.date or "")[:4] in years)
            if others and self._sums_owned_by(fact.statement, others):
                continue  # "the Kestrel lease or the port's": "the port was given $4 million" is the other side's sum
            for figure, value, near in self._figures(fact.statement, side_stems, bare=bare):
                score = hit.score + 0.6 * (near + dated) + (2.0 if typed & {value, value / 1e6} else 0.0)
                if best is None or score > best[0]:
                    best = (score, hit.id, figure, value)
                if named is not None and typed & {value, value / 1e6}:
                    named.append((score, hit.id, figure, value))
        return None if best is None else (best[1], best[2], best[3])

    def _others_owners(self, q: Question, side: list[str]) -> set[str]:
        """The parties (OWNER_KINDS) another side is wholly the name of ("the port's" against "the Kestrel lease":
        the port's sum is that side), when `side` does not name them: whose sums are theirs, not this side's. (Not
        a party the other side only names among more words: "the total the agency paid the guild" is no sum of
        the agency's or the guild's alone.) A party named with the agreement the sides are ("the Kestrel contract or
        the port's", "the Kestrel contract or the port contract") is as wholly the side: the agreement word only
        says whose sum is asked (fresh tester 89)."""

        def owners(words_: list[str]) -> set[str]:
            return {e for _, _, e in self._name_spans(words_) if self.retriever.entity_kind(e) in OWNER_KINDS}

        named: set[str] = set()
        for other in q.sides:
            spans = self._name_spans(other) if other is not side else []
            inside = {k for a, b, _ in spans for k in range(a, b)}
            if len(spans) == 1 and all(k in inside or w in STOPWORDS or w in AGREEMENTS for k, w in enumerate(other)):
                named |= owners(other)
        return named - owners(side)

    def _sums_owned_by(self, statement: str, parties: set[str]) -> bool:
        """Every sum (AMOUNT) the statement gives is one of `parties`' (`amount_owner`: the party named last before
        it in its clause, "the port was given $4 million"); False when it gives none."""
        found = list(AMOUNT.finditer(statement))
        kind_of = self.retriever.entity_kind
        return bool(found) and all(
            amount_owner(statement, m.start(), self._name_spans, kind_of) in parties for m in found
        )

    def _one_article_pair(
        self, q: Question, sides: list[tuple[str, str, float]], named: list[list[Scored]]
    ) -> list[tuple[str, str, float]]:
        """Two sides named by their sums alone ("compare the 9m and 12m leases"), found in facts of two articles,
        when one article gives both sums: that article's pair, as the asker had them from one place (the
        Gazette's "one for $9 million that expired and another for $12 million"); `sides` as they were otherwise."""
        if len(sides) != 2 or not all(_bare(side) for side in q.sides):
            return sides
        if self._source_label(sides[0][0]) == self._source_label(sides[1][0]):
            return sides
        # one fact giving both ("one for $9 million … and another for $12 million") before two facts of one article
        pairs = [
            (a[1] == b[1], a[0] + b[0], a, b)
            for a in named[0]
            for b in named[1]
            if (a[1] != b[1] or a[3] != b[3]) and self._source_label(a[1]) == self._source_label(b[1]) != ""
        ]
        if not pairs:
            return sides
        _, _, a, b = max(pairs, key=lambda p: p[:2])
        return [(a[1], a[2], a[3]), (b[1], b[2], b[3])]

    def _figures(self, statement: str, side_stems: set[str], *, bare: bool = False) -> list[tuple[str, float, int]]:
        """Each number in a statement with up to three words after it (as far as the side's last word; none for a
        side that is only a figure), its value, and how many of the side's words stand right after it."""
        out = []
        for text, value, after, stems_after in self._numbers(statement):
            keep = 0 if bare else 1
            near = 0
            for i, s in enumerate(stems_after):
                if s in side_stems:
                    keep, near = i + 1, near + 1
            tail = [w.strip(",.;:") for w in after[:keep] if w.strip(",.;:").lower() not in STOPWORDS or keep > 1]
            figure = " ".join([text, *tail]).strip()
            out.append((figure, value, near))
        return out

    def _numbers(self, statement: str) -> tuple[tuple[str, float, list[str], list[str]], ...]:
        """The statement's amounts (else its numbers) with a value: each one's text, value, the three words after
        it and their stems. Kept per statement: a comparison reads the same facts' figures for both sides, and
        questions compare the same facts again (the patterns cost more than the rest of `_figures`)."""
        found = self._numbers_kept.get(statement)
        if found is None:
            out = []
            for m in list(AMOUNT.finditer(statement)) or list(NUMBER().finditer(statement)):
                value = _number(m.group(0))
                if value is None:
                    continue
                after = statement[m.end() :].split(None, 3)[:3]  # the first three words: no split of the whole rest
                # "more than 90,000": a bound stays one in the lead, never stated as the exact figure
                shown = QUALIFIER().search(statement[max(0, m.start() - 20) : m.start()])
                text = f"{shown.group(1).lower()} {m.group(0)}" if shown else m.group(0)
                out.append((text, value, after, [stem(w) for w in (words(" ".join(after)) or [""])]))
            found = self._numbers_kept.put(statement, tuple(out))
        return found


# the words of a statement telling an end or a renewal (a lease "due to expire", "expired", "lapsed", "ended",
# "renewed"): its date is of that end or renewal, after the thing came (endings.EXPIRING and general English)
CAME_BEFORE = EXPIRING | frozenset("ended renew renews renewed renewal renewing".split())


def _tells_end(statement: str, side: list[str]) -> bool:
    """The statement tells an end or a renewal ("was worth $39 million and had recently expired", "renewed in 2015
    for $39 million") that the side does not ask of ("the renewal" does): a date it carries is of that act, after
    the thing came."""
    return CAME_BEFORE.isdisjoint(side) and not CAME_BEFORE.isdisjoint(words(fold(statement)))


def _dates_ordered(one: str, other: str) -> bool:
    """Two partial dates order what they date only when the spans their precision leaves open do not overlap:
    "2018" (1 January to 31 December) and "July 2018" may be the same day; "May 2019" and "2019-09-13" may not."""
    (a_first, a_last), (b_first, b_last) = period_bounds(one), period_bounds(other)
    return a_last < b_first or b_last < a_first


def _dated_at(value: str) -> str:
    """A partial date with its preposition: "on 3 July 2019", "in July 2019", "in 2019"."""
    return ("on " if len(value.split("-")) == 3 else "in ") + date_label(value)


def _only_reported_on(side: list[str], statement: str) -> bool:
    """Every word of the side (beside stop words) the statement states stands only inside what a publication there
    is about ("documents with a report on the raid", a title in quotation marks), and there is one: the statement's
    date is the publication's, not the side's. False when the side asks of a publication ("the report")."""
    if not PUBLICATION_WORDS.isdisjoint(side):
        return False
    spans = [m.span() for m in PUBLICATION_TOPIC().finditer(statement)]
    spans += [m.span() for m in TITLE().finditer(statement)]
    asked = {stem(w) for w in side if w not in STOPWORDS}
    stated = [m.start() for m in WORD.finditer(statement.lower()) if stem(m.group(0)) in asked]
    return bool(spans) and bool(stated) and all(any(a <= at < b for a, b in spans) for at in stated)
