"""Questions about the articles and their outlets, and those asking the brief nothing: small talk, empty or
foreign questions and questions about the sources themselves (`Sources._unasked`: which were published when, the
newest or oldest, whether an outlet is one of them), an article's lede and what it said of a thing
(`_about_article`), what one passed on from another (`_passed_on`), the part or author of one asked
(`_article_part`, `_authored`), a yes/no question of one outlet that another told (`_told_by_other`,
`_mentioned_by_other`, `_misattributed`), and dates after the latest article (`_after_latest`).

Layer 2 of the Answerer (above state.py)."""

from __future__ import annotations

from dataclasses import replace
from operator import itemgetter

from bot import messages
from bot.answering.answerer.state import State
from bot.answering.articles import (
    ARTICLE_VOCABULARY,
    CAPTION_WORDS,
    CORRECTION_ASKING,
    HEADLINE_WORDS,
    PAGE_WORDS,
    SUMMARY_ASKING,
    WRITER_WORDS,
    adverb,
    article_at,
    article_description,
    asked_part,
    asks_what_source_reported,
    outlet_opening,
)
from bot.answering.attribution import Misattribution
from bot.answering.decide import Decision
from bot.answering.normalize import Normalized
from bot.answering.render import rendered
from bot.answering.retrieve import Hit
from bot.answering.speakers import OUTLET_KIND
from bot.answering.understand.classes import NOUN_KINDS
from bot.answering.understand.lexicon import ACTOR_KINDS, AUXILIARIES, PERSON_NOUNS, SPEECH_VERBS
from bot.answering.understand.question import Question
from bot.answering.understand.understander import other_script
from bot.calling_verbs import DESCRIBING_VERBS
from bot.dates import date_label, period_bounds
from bot.records import SourceData
from bot.replies import Answer, article_label
from bot.search import stem
from bot.text import fold, on_first_use, words

MENTIONING_READ = 3  # facts of every article read for one naming what "did <article> mention …" asks, best first
LEDE_READ = 16  # facts citing an article read first to find its lede (its first facts: captions and others' lines)


def _shown(answer: Answer, question: str) -> Answer:
    """The composed answer as shown: the question as typed (cleaned) and its plain text rendered from the structure."""
    return rendered(answer, question=question)


# a name's possessive before a noun ("Ada Lind's flier"): whose the thing is
POSSESSED = on_first_use(r"(?P<owner>\w+)['’]s\s+(?P<noun>[\w-]+)")
KIND_CALLING = DESCRIBING_VERBS
PUBLISHING_WORDS = frozenset("published publish publishes ran run runs put out".split())


class Sources(State):
    """Articles, outlets and questions asking the brief nothing (module docstring)."""

    def _unasked(self, norm: Normalized, chatter: str | None = None) -> Answer | None:
        """The answer to a question that asks the brief nothing, answered without understanding it: empty, small
        talk or in another language; None for any other. `chatter`: `Understander.chatter` of its tokens, when the
        caller has it."""
        shown = norm.shown[:300]
        if not norm.tokens and not other_script(norm.text):  # "ما هو العقد": no Latin word, but a question
            return self._miss(shown, "empty", self._empty_question(), [])
        if chatter is None:
            chatter = self.understander.chatter(norm.tokens)
        if chatter:
            title, example = self.brief.meta.title, self.example
            if chatter == "thanks":
                text = messages.YOU_ARE_WELCOME.format(title=title, example=example)
            elif chatter == "usage":
                text = messages.USAGE.format(title=title, example=example)
            elif chatter == "sources":
                labels = "; ".join(self._source_label(src) for src in self.brief.sources.values())
                text = messages.OWN_SOURCES.format(count=len(self.brief.sources), sources=labels)
                aged = self._aged_source(self.understander.source_age(norm.tokens))
                if aged is not None:  # "which source is newest": that one first, then all of them
                    text = f"{aged} {text}"
                dated = self.understander.source_dated(norm.tokens)
                if dated:  # "which article is from august 2019": those published then first, then all of them
                    text = f"{self._dated_sources(dated)} {text}"
                member = self.understander.source_membership(norm.tokens)
                if member is not None:  # "is the Gazette one of your sources": yes or no, then all of them
                    named, source_id = member
                    if source_id is not None:
                        name = self._source_label(self.brief.sources[source_id])
                        text = f"{messages.SOURCE_MEMBER.format(source=name)} {text}"
                    else:
                        text = f"{self._not_source_member(named)} {text}"
            elif chatter == "links":  # the brief keeps no address of an article: what it has, and where to see it
                labels = "; ".join(self._source_label(src) for src in self.brief.sources.values())
                text = messages.NO_LINKS.format(count=len(self.brief.sources), sources=labels)
            elif chatter == "overview":
                topics = ", ".join(self.brief.meta.topics)
                text = messages.OVERVIEW.format(title=title, topics=topics, example=example)
            else:
                text = messages.SMALL_TALK.format(title=title, example=example)
            return self._miss(shown, "small_talk", text, [], kind="small-talk", suggest=False)
        if self.understander.foreign(norm):
            text = messages.NON_ENGLISH.format(example=self.example)
            return self._miss(shown, "non_english", text, [], kind="non-english", suggest=False)
        return None

    @staticmethod
    def _source_label(src: SourceData) -> str:
        return article_label(src.name, src.published_label)

    def _not_source_member(self, named: list[str]) -> str:
        """ "No: the Courier is not one of them", and, when the brief's entry for it cites one of the articles, which
        one cites it ("is the Courier one of the sources": an outlet an article cites is no article of the brief)."""
        bare = [t for t in named if t not in ("the", "a", "an")]
        entities, consumed = self.understander.find_entities(bare)
        no = messages.NOT_SOURCE_MEMBER.format(named=self._named_outlet(named))
        if len(entities) != 1 or len(consumed) != len(bare):
            return no
        citing = dict.fromkeys(
            c.source for c in self.brief.entities[entities[0]].citations if c.source in self.brief.sources
        )
        if not citing:
            return no
        labels = " and ".join(self._source_label(self.brief.sources[s]) for s in citing)
        return messages.NOT_SOURCE_MEMBER_CITED.format(named=self._named_outlet(named), sources=labels)

    def _named_outlet(self, named: list[str]) -> str:
        """How an answer names what `named` (a question's words) names: the brief entry's name ("The Gazette"),
        else the words as typed."""
        bare = [t for t in named if t not in ("the", "a", "an")]
        entities, consumed = self.understander.find_entities(bare)
        if len(entities) == 1 and len(consumed) == len(bare):
            return self.brief.entities[entities[0]].name
        return " ".join(named)

    def _dated_sources(self, date: str) -> str:
        """The sentence naming the brief's articles published within `date` (a year, month or day: "2019-08"), or
        saying none was; an article whose publication the text only bounds ("13–19 September") counts when its days
        meet the asked ones, one whose date is unknown never does."""
        first, last = period_bounds(date)
        then = [
            self._source_label(src)
            for src in self.brief.sources.values()
            if (window := src.published_window) is not None and window[0] <= last and first <= window[1]
        ]
        period = f"{'on' if first == last else 'in'} {date_label(date)}"
        if not then:
            return messages.NO_SOURCE_DATED.format(period=period)
        return messages.SOURCES_DATED.format(period=period, sources="; ".join(then))

    def _aged_source(self, newest: bool | None) -> str | None:
        """The sentence naming the newest (`newest` True) or oldest (False) of the brief's articles by when each was
        published; None when `newest` is None, or when no one article is surely first or last (an article whose
        date is unknown, or whose days overlap the next one's: "13–19 September" against "15 September")."""
        if newest is None:
            return None
        windows = [(src.published_window, src) for src in self.brief.sources.values()]
        if len(windows) < 2 or any(w is None for w, _ in windows):
            return None
        dated = [(w, src) for w, src in windows if w is not None]
        dated.sort(key=lambda ws: ws[0][1] if newest else ws[0][0], reverse=newest)
        (first, src), (second, _) = dated[0], dated[1]
        if (first[0] <= second[1]) if newest else (first[1] >= second[0]):
            return None
        return messages.AGED_SOURCE.format(age="newest" if newest else "oldest", source=self._source_label(src))

    def _opening_outlet(self, q: Question) -> str | None:
        """The outlet named right after the question's "did" ("when did the Gazette publish …"), as the one asked
        to have acted, which `_opening_actor` (and so ActsTold.undated_act's "other_subject") leaves out; or None."""
        aux = next((i for i, t in enumerate(q.words) if t in AUXILIARIES), None)
        if aux is None or q.words[aux] != "did":
            return None
        found = outlet_opening(q.words, aux, self.understander.name_spans, self.retriever.entity_kind)
        # "what year did the Gazette say the guild struck": what it said is the act asked, not its saying
        if found is None or not SPEECH_VERBS.isdisjoint(q.words[found[1] : found[1] + 1]):
            return None
        return found[0]

    def _told_by_other(
        self, q: Question, every: Question, ranked: list[Hit], shown: str, *, own: list[Hit]
    ) -> Answer | None:
        """ "Did the Gazette say the guild renewed the lease", a yes/no question of one article that none of the
        Gazette's facts tells (the search keeps an article's own facts when it names one: no match), answered as
        asked of every article (`every`, ranked as `ranked`): when that answers with another's account, it is said
        to be not the Gazette's (`Untold.outlet_unattributed`), as for an outlet with no article of its own ("did the
        Courier say …"); None otherwise (tester yn2: "did <outlet> say <company> renewed the contract" was refused,
        though another outlet reports it)."""
        opening = outlet_opening(q.words, 0, self.understander.name_spans, self.retriever.entity_kind)
        if opening is None:
            return None
        # the act said (verbs after the outlet's verb of saying: "renewed"), which the other account must state
        verbs = (self.retriever.english.verb(t) for t in q.words[opening[1] + 1 :] if t in q.leftover)
        said = {stem(v) for v in verbs if v is not None}
        # or the figures said ("did the Gazette say 150 million", "… report the 9 million lease"): each one the other
        # account must state, whatever verb it is told with
        figures = {t for t in q.words[opening[1] + 1 :] if t.replace(",", "").replace(".", "").isdigit()}
        if not said and not figures:
            return None
        if not said and self.composer.source_sum_otherwise(q, own) is not None:
            return None  # "did the Gazette say the lease was 9 million": its own sum for the lease says no
        decision = self.decider.decide(every, ranked)
        if decision.outcome != "answered" or decision.best is None:
            return None
        fact = self.brief.facts.get(decision.best.id)
        told = self.retriever.stated_stems(decision.best.id) | set(words(fact.statement) if fact is not None else [])
        if (said and not said & told) or not figures <= told:
            return None  # another's account of something else ("did the Gazette say Lind was fired": her post)
        if (outlet := self.untold.outlet_unattributed(q, decision.best.id)) is None:
            return None
        name, statement = self.brief.entities[outlet].name, self.item(decision.best.id).statement
        text = messages.OUTLET_UNATTRIBUTED_LEAD.format(name=name, statement=statement)
        return self._miss(shown, "no_match", text, ranked, kind=q.kind)

    def _mentioned_by_other(self, q: Question, ranked: list[Hit]) -> tuple[list[Hit], Decision] | None:
        """ "Did the Gazette mention the guild", a yes/no question of one article that none of the Gazette's facts
        names (the search keeps an article's own facts when it names one: no match): `ranked`, the question ranked
        as asked of every article, and the decision, when the fact
        they answer with names it only in another article's words (Composer.mentioned_elsewhere), whose lead says
        so ("No: … is mentioned by the Courier, not by the Gazette"); None otherwise (tester 78 R6: "did <outlet>
        mention <group>" had no sourced answer when the outlet's facts name nothing near it, though the same
        question of another outlet was told "No: … mentioned by <article>")."""
        # the best-ranked fact naming them: not as decided of every article, where the outlet's words asked ("the
        # Gazette") are words no fact of the name need hold; `mentioned_elsewhere` reads every fact naming them
        for hit in ranked[:MENTIONING_READ]:
            fact = self.brief.facts.get(hit.id)
            if fact is not None and self.composer.mentioned_elsewhere(q, fact) is not None:
                return ranked, Decision("answered", hit)
        return None

    @property
    def _latest_source(self) -> str:
        """The latest publication date of the brief's articles ("2019-09"), or "" when none is dated."""
        return max((src.published or "" for src in self.brief.sources.values()), default="")

    def _after_latest(self, q: Question) -> bool:
        """ "After" right before the date the question names, when that date is no earlier than the latest article's
        month: it asks of a time the articles end before ("since" takes the month in: its facts answer)."""
        first = next((i for i, t in enumerate(q.words) if t in q.date_words), None)
        if not first or q.words[first - 1] != "after" or not self._latest_source:
            return False
        # a day without a year ("after sept 20", "--09-20") is of the latest article's year, the one asked of
        when = self._latest_source[:4] + q.on_date[1:] if q.on_date.startswith("--") else q.on_date.lstrip("-")
        return when[:7] >= self._latest_source[:7]

    def _after_sources(self, q: Question) -> str | None:
        """A year the question names after the latest article's and that no fact mentions, else None."""
        latest = self._latest_source[:4]
        later = sorted(y for y in q.years if latest and y > latest and not self.index.knows(y))
        return later[0] if later else None

    def _about_article(self, q: Question, shown: str) -> Answer | None:
        """A question about an article itself ("who took the Gazette cover photo"): the facts stating that part of the
        article it names, or that the article does not say; None for a question about what the articles report."""
        for_source = False
        where: set[int] = set()
        if q.sources:
            _, where = self.understander.find_sources(q.words)
            for_source = bool(where) and min(where) > 0 and q.words[min(where) - 1] == "for"
        part = asked_part(q.words, names_source=bool(q.sources), for_source=for_source)
        if part == "photo" and (read := CAPTION_WORDS.intersection(q.words)) and {stem(w) for w in read} <= q.context:
            # "in the Gazette cover photo caption, what did the keepers compare …": the caption is words read, as an
            # article's are; what they tell is asked, not what the photo shows (blind set BN)
            part = None
        if part is None and len(q.sources) == 1 and asks_what_source_reported(q.words, where):
            part = "headline"  # "what did the Gazette report": what its article is about, its lede first
        # (the words after the article word saying which one it is aside: "what date was the piece about the flood")
        telling = {q.words[j] for j in article_description(q.words) if j > article_at(q.words)} if q.sources else set()
        asks_page = set(q.leftover) - telling <= PAGE_WORDS and not q.entities  # not "what year was the policy the …"
        # ("who published the july 2019 piece": the publisher of the article it names is asked, as "what outlet")
        publisher = q.kind == "who" and bool(q.leftover) and set(q.leftover) - telling <= PUBLISHING_WORDS
        dated_or_outlet = q.kind == "date" or q.outlet or publisher
        if part is None and q.sources and dated_or_outlet and (asks_page or publisher) and "cited" not in q.cues:
            # "when was the Gazette story", "what outlet published the 2018 article", "who published the july 2019
            # piece" (the article named, only its page words left): its line; not "the Gazette
            # piece got the petition story from which paper", whose reporting it passes on (blind set BJ)
            part = "published"
        vocabulary = ARTICLE_VOCABULARY | (
            SUMMARY_ASKING if part == "headline" else CORRECTION_ASKING if part == "correction" else frozenset()
        )
        if part == "photo":  # "who are the two women in the Gazette photo": whom it shows, in any words for people
            vocabulary |= PERSON_NOUNS
        # "who took the photo of the moon landing": about something the brief does not know ("what's the Gazette
        # piece mostly about": an adverb says how, not what)
        # (nor are the words after it telling which article is meant: "the piece about staff fighting on the forum")
        if part is None or any(
            not self.understander.knows(t)
            for t in q.leftover
            if t not in vocabulary and t not in telling and not adverb(t)
        ):
            return None
        if part == "reporter" and "cited" in q.cues:
            return None  # "who reported those figures originally": whom the story cites, not who wrote it
        if not q.sources and any(self.brief.entities[e].kind == "media" for e in q.entities):
            return None  # "the Courier article": an outlet the articles cite, not one of them
        found = self.articles.facts(part, q.sources)
        if part == "reporter" and not WRITER_WORDS.isdisjoint(q.words):
            found = self.articles.written_by(found)  # "who wrote the Gazette piece": not a reporter it relies on
        found_in = {self.brief.facts[i].citations[0].source for i in found}
        if not q.sources and len(found_in) > 1:
            return None  # "when was the article published": which article is not said, and they differ
        described = self.understander.article_described(q.words) if not q.sources else []
        if described and not found_in & self.understander.telling_sources(described):
            return None  # "who wrote the article about the harbour flood": not the one article naming its reporter
        if part == "headline" and HEADLINE_WORDS.isdisjoint(q.words) and len(q.sources) == 1:
            # "tl;dr of the Gazette piece": its lede says what it is about (a headline may be a quote), then the
            # headline
            lede = self._lede(next(iter(q.sources)))
            found = [lede, *(i for i in found if i != lede)] if lede is not None else found
        if not found:
            if not q.sources or (part == "headline" and HEADLINE_WORDS.isdisjoint(q.words)):
                # no article names that part: answered, if at all, as any question
                return None
            names = " or ".join(sorted(self.brief.sources[s].name for s in q.sources))
            text = messages.ARTICLE_SILENT.format(source=names, part=messages.ARTICLE_PARTS[part])
            hits = [Hit(i, 1.0, 1.0) for i in self.articles.stating(part)]
            return self._miss(shown, "no_match", text, hits, kind=q.kind)
        # several articles' photos: the one showing whom the question names first (not the outlet asked of: "what
        # did the Gazette report" is led by its lede, not by a fact naming the Gazette)
        named = {e for e in q.entities if self.brief.entities[e].kind != OUTLET_KIND}
        found.sort(key=lambda i: -len(named & set(self.brief.facts[i].entities)))
        items = [self.item(i) for i in found]
        lead = items[0].statement
        answer = Answer(question=shown, answered=True, outcome="answered", text="", kind=q.kind, lead=lead, items=items)
        return rendered(answer)

    def _lede(self, source_id: str) -> str | None:
        """The article's first fact that is no caption and cites it first: a brief lists an article's facts in the
        article's order, its lede first (briefs/FORMAT.md), so that fact says what the article is about. Kept per
        source: reading its first facts' rows cost ~0.3 ms a question about an article."""
        if source_id in self._ledes:
            return self._ledes[source_id]
        found = self._ledes[source_id] = self._first_fact(source_id)
        return found

    def _first_fact(self, source_id: str) -> str | None:
        """`_lede`, worked out."""
        for limit in (LEDE_READ, None):  # the lede is among the first facts; all of them only if not
            found = next(
                (
                    f.id
                    for f in self.brief.facts_citing(source_id, limit)
                    if f.kind != "caption" and f.citations and f.citations[0].source == source_id
                ),
                None,
            )
            if found is not None:
                return found
        return None

    def _passed_on(self, q: Question, shown: str) -> Answer | None:
        """ "Whose figures does the 2018 piece pass on": when the question asks whose reporting the articles it names
        cite, their facts that pass on another outlet's or a person's reporting (Retriever.cites_reporting); those
        stating most of what else it asks first ("where does the piece get its contract figures": the contracts),
        else in brief order. None for any other question, when none does, or when none states anything else it
        asks (then it is answered as any question)."""
        if "cited" not in q.cues or not q.sources:
            return None
        if q.terms:
            asked = self.retriever.asked_stems(q)
            stating = [found for s in sorted(q.sources) for found in self.retriever.reporting_stating(s, asked)]
            # stable, reversed or not: brief order among equals (no key function called for each of the ~2,000 a source
            # of a 100,000-fact brief passes on)
            stating.sort(key=itemgetter(1), reverse=True)
            passing = [fact_id for fact_id, _ in stating]
        else:
            passing = [fact_id for source in sorted(q.sources) for fact_id in self._passing_on(source)]
        if not passing:
            return None
        hits = [Hit(i, 1.0, 1.0) for i in passing]
        return _shown(self.composer.compose(replace(q, kind="topic"), hits, hits[0]), shown)

    def _passing_on(self, source_id: str) -> tuple[str, ...]:
        """The ids of the facts citing a source that pass on whose reporting it cites (Retriever.reporting_citing), in
        brief order; worked out once per source (it read and built the record of every fact citing the source for
        each such question: 43 on the shipped brief, ~1 ms)."""
        found = self._passing.get(source_id)
        if found is None:
            found = self._passing[source_id] = tuple(self.retriever.reporting_citing(source_id))
        return found

    def _article_part(self, q: Question, composed: Answer) -> Answer:
        """ "What did the Gazette report about the guild", "how does the Gazette describe the guild": a question
        asking one named article's account (Decider.report_asked, or a describing verb, KIND_CALLING) led by a fact
        or glossary entry about a name it asks of, written from that article and others, leads with that article's
        own quoted words in it (its citations, ARTICLE_WORDS_LEAD) and shows only them: the statement blends what
        several articles say and would be read as the named one's (review 22 M1/M2). Unchanged otherwise."""
        if len(q.sources) != 1 or not composed.answered or not composed.items or q.kind not in ("topic", "what-is"):
            return composed
        if not (self.decider.report_asked(q) or not KIND_CALLING.isdisjoint(q.words)):
            return composed
        item = composed.items[0]
        doc = self.brief.entities.get(item.id) or self.brief.facts.get(item.id)
        if doc is None:
            return composed
        about = {item.id} if item.kind == "entity" else set(getattr(doc, "entities", ()))
        cited = {ref.source for ref in doc.citations}
        if about.isdisjoint(q.entities) or cited <= q.sources or cited.isdisjoint(q.sources):
            return composed
        own = [c for c in self.brief.citations(doc) if c.source_id in q.sources][:2]
        quotes = " … ".join(f"“{c.quote}”" for c in own)
        if own[0].outlet:  # the article by name, its date on the source line
            lead = messages.ARTICLE_WORDS_LEAD.format(article=own[0].outlet, quotes=quotes)
        else:
            lead = messages.ARTICLE_WORDS_UNNAMED_LEAD.format(article=f"the {own[0].source_name}", quotes=quotes)
        # (a rewrite of the lead says it anew: no "Yes" of the lead it replaces carries over, replies.Answer.says_yes)
        return replace(composed, lead=lead, items=[replace(item, citations=own), *composed.items[1:]], says_yes=False)

    def _authored(self, q: Question, composed: Answer) -> Answer:
        """ "Who wrote the guild's flier": a who question asking the writer (articles.WRITER_WORDS) of a document
        (a document noun of classes.NOUN_KINDS) led by a fact calling it one person's or organization's ("Ada
        Lind's flier", right before that noun) leads with that name, as whose it is: a fact opening "according to
        reporter Bo Ashby, …" would read as naming its writer. Unchanged otherwise, or when the lead opens with
        that name."""
        if q.kind != "who" or WRITER_WORDS.isdisjoint(q.words) or not composed.answered:
            return composed
        for m in POSSESSED().finditer(composed.lead):
            if "document" not in NOUN_KINDS.get(m["noun"].lower(), ()):
                continue
            before = words(fold(composed.lead[: m.end("owner")]))
            owners = [e for a, b, e in self.understander.name_spans(before) if b == len(before) and a > 0]
            if len(owners) == 1 and self.brief.entities[owners[0]].kind in ACTOR_KINDS:
                name = self.brief.entities[owners[0]].name
                return replace(composed, lead=f"{name}: {composed.lead}", says_yes=False)
        return composed

    def _misattributed(self, wrong: Misattribution, shown: str, ranked: list[Hit], q: Question) -> Answer:
        """The miss for a Misattribution: the words are not the asked one's, and whose they are when a fact says."""
        name = self.brief.entities[wrong.actor].name
        if q.kind == "yes-no" and wrong.fact in self.brief.facts:
            # "did Lind call the keepers reckless" of her calling the lease so, or words another is given saying:
            # no, and what the articles do tell, with its fact (fresh tester 71, W4 and R2); Attribution.misattributed
            # gives a yes/no question one only with such a fact
            statement = self.brief.facts[wrong.fact].statement
            if wrong.target:
                told = messages.WORDS_OF_OTHER_TARGET_LEAD.format(name=name, target=wrong.target, statement=statement)
            else:
                other = self.brief.entities[wrong.other].name if wrong.other else wrong.other_kind
                told = messages.WORDS_OF_OTHER_LEAD.format(name=name, other=other, statement=statement)
            lead = messages.NO_LEAD.format(statement=told[:1].lower() + told[1:])
            items = [self.composer.item(wrong.fact)]
            answer = Answer(question=shown, answered=True, outcome="answered", text="", kind=q.kind, lead=lead)
            return _shown(replace(answer, items=items), shown)
        if wrong.target and wrong.fact in self.brief.facts:
            statement = self.brief.facts[wrong.fact].statement
            text = messages.WORDS_OF_OTHER_TARGET_LEAD.format(name=name, target=wrong.target, statement=statement)
        elif (wrong.other or wrong.other_kind) and wrong.fact in self.brief.facts:
            statement = self.brief.facts[wrong.fact].statement
            other = self.brief.entities[wrong.other].name if wrong.other else wrong.other_kind
            text = messages.WORDS_OF_OTHER_LEAD.format(name=name, other=other, statement=statement)
        else:
            text = messages.WORDS_NOT_OF.format(name=name)
        return self._miss(shown, "no_match", text, ranked, kind=q.kind)
