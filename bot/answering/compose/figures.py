"""Figures in leads: the amounts and counts a statement gives (with the bound or plan said before them), the one a
question asks for, every sum the sources give for one thing, and the differing figures shown beside the lead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot import messages
from bot.answering.compose.evidence import Evidence
from bot.answering.compose.lists import CATEGORY_SEARCH
from bot.answering.compose.questions import asks_upcoming
from bot.answering.retrieve import (
    Hit,
    Retriever,
    amount_owner,
    attachment,
    names_other_thing,
    own_clause,
    stems_after,
)
from bot.answering.understand.lexicon import ACTOR_KINDS, AGREEMENTS, SIZE_WORDS, TOTAL_WORDS, states_total
from bot.answering.understand.question import NameSpans, Question
from bot.answering.understand.times import CURRENT
from bot.caches import Recent
from bot.counted import NUMBER as NUMBER  # (the answering's modules import it from here)
from bot.factbase import Brief
from bot.features import COUNT, without_dates
from bot.records import FactData
from bot.replies import Answer
from bot.search import stem
from bot.text import NUMBER_WORDS, STOPWORDS, fold, on_first_use, sum_value, words

# the kinds of whom an agreement's sum is paid to (the articles' "Harbour Works got a $7 million lease")
OWNER_KINDS = frozenset({"company", "organization", "person"})
MAX_DIFFERS = 2
MAX_FIGURES = 6  # a list of five dropped the latest of the six sums the shipped brief gives for one contract

# statements whose amounts stay found: "how much is X" reads up to ~120 candidates' statements for a list of figures,
# and AMOUNT, tried at every position of each, was most of that (~0.4 ms of such a question). Most statements give
# none (an empty tuple); one that does keeps ~200 bytes
MAX_AMOUNTS = 4_096

AMOUNT = re.compile(r"\$\s?\d[\d,.]*(?:\s(?:million|billion|thousand))?|\b\d[\d,.]*\s(?:million|billion)\s(?:dollars)")

# nouns that ask for a sum without saying which ("what is the contract amount"), unlike a verb of what was done
# ("how much did the harbour pay"), which may single out the fact stating it
SUM_ASKING = frozenset(stem(w) for w in "amount amounts value values worth money dollars cost price prices".split())
REPEATS = frozenset({"once", "twice", "thrice"})
EXACT_COUNT_WORDS = frozenset(NUMBER_WORDS[2:])  # of COUNT's words  # how many times: the count is the word itself
TIMES = frozenset({"time", "times", ""})  # what those count: how often ("how many times"), or left unsaid

NAMED_SHORT_WORDS = 3  # a name this long may be said without its head noun (`Figures._named_short`)
BOTH = on_first_use(r"\bboth\b", re.IGNORECASE)  # a sum "for both" things (`Figures.shared_with`)
QUALIFIER = on_first_use(
    # negated bounds come first and whole: "no fewer than 2,600" cut to "fewer than 2,600" reverses the claim
    r"\b((?:no|not)\s+(?:more|less|fewer)\s+than|more than|less than|fewer than|well over|over|under|about|around|"
    r"nearly|almost|roughly|approximately|at least|at most|up to|some|just over|just under|only)\s+$",
    re.IGNORECASE,
)


# a figure whose own clause says it was intended, not done ("the guild planned … to hire no fewer than 2,600")
PLANNED = on_first_use(
    r"\b(?:plan|plans|planned|planning|aimed|aims|intended|intends|scheduled|proposed|expected)\b", re.IGNORECASE
)


def with_qualifier(text: str, start: int, figure: str) -> str:
    """A figure with the qualifier right before it in the text ("over $12 million", "more than 150"): a lead never
    states a bound as an exact figure, nor an intention as an outcome ("no fewer than 2,600 (planned)" when the
    figure's own clause says it was planned or expected)."""
    found = QUALIFIER().search(text[max(0, start - 20) : start])
    headline = f"{found.group(1).lower()} {figure}" if found else figure
    planned = planned_before(text, start)
    if planned is None:
        return headline
    return f"{headline} ({'expected' if planned.group(0).lower() == 'expected' else 'planned'})"


def planned_before(text: str, start: int) -> re.Match[str] | None:
    """The word in the clause of the figure at `start` saying it was planned or expected (PLANNED); None if none."""
    return PLANNED().search(own_clause(text[:start]))


# "how much is the current lease": what is in force, which an amount its clause says has ended is not
# words asking for the first of several ("how much was the first lease", "the original deal"): general English
FIRST_ASKED = frozenset("first earliest original originally initial initially".split())
PRESENT_WORDS = frozenset("current currently now active existing ongoing present".split())


def figure_ended(text: str, figure: re.Match[str]) -> bool:
    """What `text` says of the figure found at `figure`, up to the end of its clause (past a comma right after it:
    "worth $16 million, had recently expired"), is that it had ended."""
    said = SUM_CLAUSE_END.split(text[figure.end() :].lstrip(", "), maxsplit=1)[0]
    return ENDED().search(said) is not None


ENDED = on_first_use(r"\b(?:had|has|have)\s+(?:recently\s+|already\s+)?(?:expired|ended|lapsed|run out)\b|\bexpired\b")
SUM_CLAUSE_END = re.compile(r"[,;]|\band\b")  # where what is said of a sum ends ("worth $16 million, had expired")


def _exact_sum(shown: str) -> float | None:
    """The value of a sum as a lead shows it ("$21 million" -> 21,000,000); None for a bound, a total or a plan
    ("over $9 million in total", "$5 million (planned)"), which are no one agreement's size."""
    if not AMOUNT.fullmatch(shown):
        return None
    number, *scale = shown.split()
    return sum_value(number, scale[0] if scale else "")


def _sums_in(text: str) -> set[str]:
    """The sums of money a statement gives, as written ("$12 million")."""
    return {m.group(0) for m in AMOUNT.finditer(text)}


def _counts_in(text: str) -> set[str]:
    """The numbers a statement gives that are no year nor a day of its dates ("more than 400 immigrants": {"400"})."""
    return {m.group(0) for m in NUMBER().finditer(without_dates(text))}


SUM_ACT_REACH = 5  # "was renewed in 2015 for about $5 million": the act a sum is of is told just before it


def figure_number(shown: str) -> str:
    """The number of a figure as a question writes it ("$16 million" -> "16", "1,200" -> "1200")."""
    found = re.search(r"\d[\d,.]*", shown)
    return found.group(0).replace(",", "").rstrip(".") if found else ""


def no_part(q: Question, shown: str) -> bool:
    """The figure `shown` ("38", "more than 400") is as many as the whole the question counts a part of or more
    (`Question.whole`: "how many of the 7 prosecutions ended in convictions"): the whole echoed, or a count of
    something else, never the part asked. False when no whole is asked or the figure is in words ("dozens")."""
    number = figure_number(shown)
    if not q.whole or not number.replace(".", "", 1).isdigit():
        return False
    return float(number) >= float(q.whole)


def whole_untold(q: Question, shown: Iterable[str]) -> bool:
    """A part of a whole is asked (`Question.whole`: "how many of the 90,000 signatures were employees'") and none of
    the figures a fact gives (`shown`: "more than 40", "90,000") is that whole: the fact counts another set (another
    petition's 60 signers), so its count is no part of the whole asked. False when no whole is asked."""
    return bool(q.whole) and all(figure_number(figure) != q.whole for figure in shown)


def sum_set_aside(q: Question, text: str, start: int, end: int, owner: str | None, date: str = "") -> bool:
    """The amount at text[start:end] is one the question sets aside: its number is a figure set aside ("not counting
    the 9m one": `Question.excluded_figures`), or it is owned (`amount_owner`: `owner`) by a name set aside ("the
    lease not counting Harbour Works'"), or it is of an act or year set aside (`act_set_aside`; `date`: the date of
    the fact telling it). Such a sum is what the asker left out, never the sum to lead with."""
    if figure_number(text[start:end]) in q.excluded_figures or (owner is not None and owner in q.excluded):
        return True
    return bool(q.excluded_words) and act_set_aside(q, text, start, date)


def act_set_aside(q: Question, text: str, start: int, date: str) -> bool:
    """The amount at text[start:] is told of the act or year the question sets aside (`Question.excluded_words`):
    "not counting the renewal" against "was renewed in 2015 for about $5 million" (the act told last within
    SUM_ACT_REACH words before the sum, by its stem: "renewal" is "renewed"); "not counting 2015" against a fact of
    2015; "not counting the 2015 renewal" against a renewal told in a fact of 2015 (both must hold)."""
    years = {w for w in q.excluded_words if w.isdigit() and len(w) == 4}
    others = {stem(w) for w in q.excluded_words - years}
    if years and date[:4] not in years:
        return False
    if not others:
        return bool(years)
    before = words(text[:start])[-SUM_ACT_REACH:]
    acts = [w for w in before if w.endswith("ed") and w not in STOPWORDS]
    return bool(acts) and stem(acts[-1]) in others


class Figures:
    """Finds the figures a lead gives and the ones shown beside it."""

    def __init__(
        self,
        brief: Brief,
        retriever: Retriever,
        specific_entities: set[str],
        name_spans: NameSpans,
        evidence: Evidence,
    ) -> None:
        self.brief = brief
        self.retriever = retriever
        self.specific_entities = specific_entities  # entities not in most facts
        self._name_spans = name_spans
        self._kind_of = retriever.entity_kind
        self.evidence = evidence
        self._amounts: Recent[str, tuple[tuple[int, int, str], ...]] = Recent(MAX_AMOUNTS)  # fact id -> amounts_in

    def several(
        self, q: Question, ranked: list[Hit], best: Hit, *, size: str = ""
    ) -> list[tuple[str, list[str], bool]] | None:
        """The facts giving amounts for what the question names, when there are several and the question's own words
        single out none of them: (fact id, the amounts it adds, whether it states a total) by when each was
        reported, or None. With `size` ("largest" or "smallest"), every agreement's sum is one of those asked."""
        brief = self.brief
        if best.id not in brief.facts or any(w.isdigit() for w in q.words) or q.sources or q.among is not None:
            return None  # (not "and the other one?" either: one thing, not the last one's, is asked)
        # the question's words that may single out one fact ("in total"), not those asking when ("now" is no word of a
        # fact's, as in "Harbour Keep (now Lantern)", that asks for it)
        asked = {
            stem(w)
            for w in q.words
            if w not in STOPWORDS and not CURRENT.fullmatch(w) and not self.retriever.ubiquitous(stem(w))
        } - SUM_ASKING  # "the contract amount": the word asks for a sum; a fact keyed "amount" is not singled out
        asked -= {stem(w) for w in SIZE_WORDS}  # "the biggest lease" asks which sum, as "how much" does
        if not TOTAL_WORDS.isdisjoint(q.words):
            asked.add(stem("total"))  # "how much overall": a total asked, which a fact "in total" gives
        named = set(q.entities)
        found: list[tuple[str, str, list[str]]] = []  # (sort key, fact id, amounts)
        shown: set[str] = set()
        weights = self.retriever.weights(q, known_only=True)
        searched = [
            i for i, _ in self.retriever.index.search(self.retriever.search_terms(q, ["million"]), CATEGORY_SEARCH)
        ]
        self.retriever.index.prefetch(searched)  # a compiled brief: their rows in one query, not one query each
        found_ids = [h.id for h in ranked] + searched
        asked_stems = self.retriever.asked_stems(q)
        if size:  # "the smallest deal": a sum said to be a contract's, a lease's … is one of those asked
            asked_stems = set(asked_stems) | {stem(w) for w in AGREEMENTS}
        for fact_id in dict.fromkeys(found_ids):
            fact = brief.facts.get(fact_id)
            if fact is None or not named <= set(fact.entities):
                continue
            stated = self.amounts_in(fact_id, fact.statement)
            if not stated:
                continue  # most statements give no amount: no coverage worked out for them
            if weights and not size and self.retriever.coverage(fact_id, weights) < best.coverage:
                continue  # (a size asked is of every agreement's sum: "the smallest deal" may be a "contract")
            amounts = [
                shown for start, end, shown in stated if self.amount_of(q, fact.statement, start, end, asked_stems)
            ]
            if not amounts:
                continue
            # by when the source reported it: a fact's own date may be when the contract ends ("due to expire in
            # 2019" in a 2018 report), which next to the others' dates reads as when the figure was given
            sources = brief.fact_sources(fact)
            key = (sources[0].published if sources and sources[0].published else "9999") + (fact.date or "")
            found.append((key, fact.id, amounts))
        if len({a for _, _, amounts in found for a in amounts}) < 2:
            return None
        best_stems = self.retriever.index.doc_stems(best.id)
        others = set().union(*(self.retriever.index.doc_stems(i) for _, i, _ in found if i != best.id))
        if (asked & best_stems) - others:
            return None  # the question's words single out the best fact ("in total")
        listed: list[tuple[str, list[str], bool]] = []
        for _key, fact_id, amounts in sorted(found):
            new = [a for a in amounts if a not in shown]
            if not new:
                continue  # a fact restating figures already listed
            shown.update(amounts)
            # "over $5 million in total" beside the leases' sums: a sum paid over several of them, not one's
            listed.append((fact_id, new, len(amounts) == 1 and states_total(brief.facts[fact_id].statement)))
        return listed if len(listed) >= 2 else None

    def figures_of(self, q: Question, ranked: list[Hit], best: Hit, *, size: str = "") -> Answer | None:
        """ "How much is the harbour contract?": when several facts give amounts for what the question names and none
        of them is singled out by the question's own words ("in total" singles out the total), every figure by
        date, each with its source, rather than one picked. None when one fact answers. With `size` ("largest" or
        "smallest": "what's the biggest lease"), the lead first says which of them, no total nor bound, is that."""
        listed = self.several(q, ranked, best, size=size)
        if listed is None:
            return None
        brief = self.brief
        parts: list[str] = []
        ids: list[str] = []
        sized: list[tuple[float, str, str]] = []  # (value, amount, source) of each exact sum that is no total
        for fact_id, new, total in listed:
            ids.append(fact_id)
            if total:
                new = [f"{new[0]} in total"]
            where = self.where(fact_id)
            parts.append(f"{' and '.join(new)} ({where})")
            if len(parts) <= MAX_FIGURES:
                sized += [(v, a, where) for a in new if (v := _exact_sum(a)) is not None]
        lead = messages.FIGURES_LEAD.format(figures="; ".join(parts[:MAX_FIGURES]))
        if size:
            # whose sums they are: the one company, organization or person every listed fact involves (a sum of
            # another's, "Harbour Works was given $7 million", is left out of the list: `amount_of`); the lead says
            # so, never that no other sum is larger
            owners = set.intersection(*(set(brief.facts[i].entities) for i in ids[:MAX_FIGURES]))
            owners = {e for e in owners if self._kind_of(e) in OWNER_KINDS}
            noun = next((w.removesuffix("s") for w in q.words if w in AGREEMENTS), "")
            if not sized or len(owners) != 1 or not noun:
                return None
            value, figure, where = (min if size == "smallest" else max)(sized, key=lambda s: s[0])
            if sum(1 for s in sized if s[0] == value) > 1:
                return None  # two sources give the same sum: neither is "the" one
            owner = brief.entities[owners.pop()].name
            owner += "'" if owner.endswith("s") else "'s"
            figures = "; ".join(parts[:MAX_FIGURES])
            lead = messages.SIZE_FIGURES_LEAD.format(
                owner=owner, noun=noun, figure=figure, where=where, size=size, figures=figures
            )
        if not FIRST_ASKED.isdisjoint(q.words):
            # "how much was the first lease": no fact of these says which came first (a fact saying so singles itself
            # out above), and the order they were reported in is no order of the deals
            lead = messages.FIRST_UNTOLD_FIGURES_LEAD.format(figures="; ".join(parts[:MAX_FIGURES]))
        ids = ids[:MAX_FIGURES]
        ids.sort(key=lambda i: i != best.id)  # the evidence: the closest match first (buttons record it), then by date
        linked = set(brief.differs[best.id]) if best.id in ids else set()
        # the closest match is the evidence; figures the brief links to it as differing are "differs", the rest
        # "related": every one of them is named in the lead with its source
        items = [
            self.evidence.item(i, "best" if n == 0 else "differs" if i in linked else "related")
            for n, i in enumerate(ids)
        ]
        return Answer(question="", answered=True, outcome="answered", text="", kind="amount", lead=lead, items=items)

    def where(self, fact_id: str) -> str:
        """The label of the article a fact cites first ("The Gazette, May 2019"), or ""."""
        cites = self.brief.citations(self.brief.facts[fact_id])
        return cites[0].label if cites else ""

    def amounts_in(self, fact_id: str, statement: str) -> tuple[tuple[int, int, str], ...]:
        """The amounts a fact's statement gives (AMOUNT), in its order, each as (start, end, the amount with its
        qualifier: `with_qualifier`), kept for the statements read most recently (they depend on the statement
        alone)."""
        found = self._amounts.get(fact_id)
        if found is None:
            found = tuple(
                (m.start(), m.end(), with_qualifier(statement, m.start(), m.group(0)))
                for m in AMOUNT.finditer(statement)
            )
            self._amounts.put(fact_id, found)
        return found

    def amount_of(self, q: Question, text: str, start: int, end: int, asked: set[str]) -> bool:
        """The amount at text[start:end] is of what the question asks: not of another thing named right after it
        ("a $40,000 donation" for a contract), nor of an organization or person the question does not name and
        the brief is not about ("Harbour Works was given $7 million" for "the new contract"). `asked`: the
        question's asked_stems."""
        if asked and names_other_thing(text, start, end, asked, self.brief.aliases):
            return False
        owner = amount_owner(text, start, self._name_spans, self._kind_of)
        if (q.excluded or q.excluded_figures) and sum_set_aside(q, text, start, end, owner):
            return False  # "not counting Harbour Works": its sum is the one left out
        return owner is None or owner in q.entities or owner not in self.specific_entities

    def each_of(self, q: Question, fact_id: str, statement: str) -> list[str]:
        """Every distinct amount a fact's statement gives of what the question asks (`amount_of`), with its qualifier,
        in the statement's order: the sums of several things the question counts ("both leases": "$9 million",
        "$12 million"). A word asking a sum right before an amount ("one worth $12 million due in 2019") ties it to
        what is asked, whatever word follows it."""
        asked = set(self.retriever.asked_stems(q)) | SUM_ASKING
        found = self.amounts_in(fact_id, statement)
        of_asked = (shown for start, end, shown in found if self.amount_of(q, statement, start, end, asked))
        return list(dict.fromkeys(of_asked))

    def shared_with(self, q: Question, fact: FactData, statement: str) -> str:
        """ "How much was Lantern" against "paid over $9 million for both its Beacon and its Lantern systems": the sum
        is of the thing asked and another of its kind together, which the lead says (" for Beacon and Lantern
        together"); "" when the statement says no "both" or the fact involves no other thing of that kind."""
        asked, others = self._sharing(q, fact, statement)
        if not others:
            return ""
        names = [self.brief.entities[e].name for e in (*asked, *others)]
        return f" for {' and '.join(names)} together"

    def part_of_joint(self, q: Question, fact: FactData, statement: str) -> tuple[str, str] | None:
        """ "How much for Lantern specifically, not counting Beacon" against a sum "for both its Beacon and its Lantern
        systems": the question asks one thing apart (`Question.isolated`) or sets the other aside
        (`Question.excluded`), and the statement gives only the sum of both (`_sharing`), which is no sum of the
        part. (The part's names, the names of all it is given with), or None."""
        if q.kind != "amount" or not (q.isolated or q.excluded):
            return None
        asked, others = self._sharing(q, fact, statement)
        if not others or (q.isolated.isdisjoint(asked) and q.excluded.isdisjoint(others)):
            return None
        part = " and ".join(self.brief.entities[e].name for e in asked)
        return part, " and ".join(self.brief.entities[e].name for e in (*asked, *others))

    def _sharing(self, q: Question, fact: FactData, statement: str) -> tuple[list[str], list[str]]:
        """The things of the fact the question asks the sum of (not those it sets aside) and the others of their
        kind its "both" sum is of as well (named by the fact, not asked, or set aside): ([], []) when the statement
        says no "both" or there is no other. A thing named short of its head noun ("the case management contract"
        for "case management system", `_named_short`) is asked as if named."""
        if BOTH().search(statement) is None:
            return [], []
        aside = q.excluded
        asked = [e for e in q.entities if e in fact.entities and e not in aside and self._kind_of(e) not in ACTOR_KINDS]
        if not asked:  # (no entry holds the short name as a name of its own)
            said = set(q.words)
            asked = [
                e
                for e in fact.entities
                if e not in aside
                and self._kind_of(e) not in ACTOR_KINDS
                and any(self._named_short(form, said) for form in self._forms(e))
            ]
        kinds = {self._kind_of(e) for e in asked}
        others = [
            e
            for e in fact.entities
            if (e not in q.entities or e in aside) and e not in asked and self._kind_of(e) in kinds
        ]
        return (asked, others) if asked and others else ([], [])

    def _forms(self, ent_id: str) -> list[str]:
        """An entity's name and aliases."""
        entity = self.brief.entities[ent_id]
        return [entity.name, *entity.aliases]

    @staticmethod
    def _named_short(form: str, said: set[str]) -> bool:
        """The question's words (`said`) hold every word but the last (the head noun) of a name of NAMED_SHORT_WORDS
        content words or more ("case management" of "case management system"): the thing named without saying what
        it is (two words at least: "Harbour" of "Harbour Lantern" names the harbour as well)."""
        content = [w for w in words(form.lower()) if w not in STOPWORDS]
        return len(content) >= NAMED_SHORT_WORDS and set(content[:-1]) <= said

    def asked_figure(self, q: Question, statement: str, *, tied: list[str] | None = None) -> str | None:
        """The figure the question asks for, with the qualifier the statement gives it ("more than 150"): among the
        statement's amounts (amount questions) or numbers (count questions), the one standing next to what is
        asked ("how many … hired": "12 permanent hires", not "150 … keepers" trained). None when the
        statement has none. `tied` is given the other figures read as close to what is asked, in order."""
        text = without_dates(statement)
        pattern = AMOUNT if q.kind == "amount" else NUMBER()
        matches = list(pattern.finditer(text))
        if q.kind == "count" and not matches and q.counted in TIMES:
            matches = [m for m in COUNT().finditer(text) if m.group(0).lower() in REPEATS]  # "twice denied entry"
        elif q.kind == "count" and not matches and q.counted:
            # "how many leases did the guild hold" of "the guild held two leases": a count spelt as a word is the
            # figure only right before the noun counted, an exact number ("several", "dozens" count nothing exactly)
            counted_stem = stem(q.counted)
            # (told as planned as a figure in digits is: "three (planned)" of "planned marches in three cities")
            return next(
                (
                    with_qualifier(text, m.start(), m.group(0).lower())
                    for m in COUNT().finditer(text)
                    if m.group(0).lower() in EXACT_COUNT_WORDS and stems_after(text, m.end())[:1] == (counted_stem,)
                ),
                None,
            )
        if not matches:
            return None
        asked = self.retriever.asked_stems(q)
        counted = {stem(q.counted)} if q.counted else set()
        present = (
            not PRESENT_WORDS.isdisjoint(q.words) or "still" in q.words or asks_upcoming(q.words)
        )  # "still" of a time: in force then ("the lease still running in 2018")

        def ended(m: re.Match[str]) -> bool:  # "worth $16 million that had recently expired": no longer in force
            return present and figure_ended(text, m)

        def kept(m: re.Match[str]) -> bool:  # not a figure the question sets aside ("not counting the 9m one")
            if no_part(q, m.group(0)):  # nor the whole a part is asked of ("how many of the 38 …")
                return False
            if not (q.excluded or q.excluded_figures):
                return True
            owner = amount_owner(text, m.start(), self._name_spans, self._kind_of) if q.kind == "amount" else None
            return not sum_set_aside(q, text, m.start(), m.end(), owner)

        def key(m: re.Match[str]) -> tuple[bool, bool, int]:
            return kept(m), not ended(m), attachment(text, m.start(), m.end(), asked, counted)

        best = max(matches, key=lambda m: (*key(m), -m.start()))
        if tied is not None and key(best)[2] == 0:  # no word asked stands by the best: the others no word asked
            # stands by either (`tied_figures`); ("the one that had just expired" of "$9 million that expired"
            # and "$12 million due to expire": each stands by a word of it, the first the one done, as told first)
            tied.extend(
                with_qualifier(text, m.start(), m.group(0)) for m in matches if m != best and key(m) == key(best)
            )
        return with_qualifier(text, best.start(), best.group(0))

    def tied_figures(self, q: Question, fact_id: str, statement: str) -> list[str]:
        """The amounts of what is asked (`each_of`) that the question tells apart by nothing (no word of it stands
        by any of them, and `asked_figure`'s reading of tense and set-asides ties them), the one it leads first:
        "how much was the contract the Gazette wrote about" of "two leases, one worth $9 million that expired and
        one worth $12 million due in 2019" asks of either, so both are said ("the one that expired" leads $9
        million alone). One figure or none when they are told apart."""
        tied: list[str] = []
        best = self.asked_figure(q, statement, tied=tied)
        if best is None or not tied:
            return [best] if best else []
        of_asked = set(self.each_of(q, fact_id, statement))
        found = [f for f in (best, *tied) if f in of_asked]
        return found if best in found and len(found) > 1 else [best]

    @staticmethod
    def first_untold(q: Question, statement: str) -> bool:
        """An amount question asking the first of several (FIRST_ASKED: "how much was the first lease") whose
        statement never tells a sum as the first's: no clause of it (between commas and semicolons) holds both a
        word of FIRST_ASKED and a sum ("the lease, first signed in 2013, was renewed for $16 million": the sum is the
        renewal's)."""
        if q.kind != "amount" or FIRST_ASKED.isdisjoint(q.words):
            return False
        clauses = [words(fold(c)) for c in re.split(r"[,;]", without_dates(statement)) if AMOUNT.search(c)]
        return not any(not FIRST_ASKED.isdisjoint(c) for c in clauses)

    def differing(self, best_id: str, ranked: list[Hit] | None) -> list[str]:
        """Facts linked as differing whose amount is really another figure than the best fact's: among the
        candidates when `ranked` is given, else all of them."""
        brief = self.brief
        order = {h.id: i for i, h in enumerate(ranked or [])}
        # sums of money when the best gives one, else its counts ("more than 250" against "over 260 … 18")
        figures = _sums_in if _sums_in(brief.facts[best_id].statement) else _counts_in
        mine = figures(brief.facts[best_id].statement)
        out = []
        for other in sorted(brief.differs[best_id], key=lambda d: (order.get(d, 99), d)):
            theirs = figures(brief.facts[other].statement)
            if theirs and theirs != mine and (ranked is None or other in order):
                out.append(other)
        return out
