"""Scale: answers do not depend on how the index happened to be built."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.answering.understand.question import Question
from bot.brief import Brief, load_brief
from bot.core import Core
from bot.records import FactData
from bot.search import Doc, Index, IndexWriting, stem
from tests.generated import generate_brief, questions

N_FACTS = 3000  # large enough that two-thread indexing disagreed on more than half of 1,000 answers


@pytest.fixture(scope="module")
def big_brief(tmp_path_factory: pytest.TempPathFactory) -> Brief:
    return load_brief(generate_brief(tmp_path_factory.mktemp("scale") / "brief", N_FACTS))


def answers(brief: Brief, qs: list[str]) -> list[str]:
    core = Core(brief, rate_limit=0)
    return [core.ask(q).dump_json() for q in qs]


def test_two_builds_of_one_brief_give_the_same_1000_answers(big_brief: Brief) -> None:
    qs = questions(1000)
    first = answers(big_brief, qs)
    second = answers(big_brief, qs)
    assert sum(a == b for a, b in zip(first, second, strict=True)) == len(qs)
    assert sum('"answered":true' in a for a in first) > 300  # the comparison covers real answers, not only refusals


def test_answers_do_not_depend_on_how_many_segments_the_index_has(
    big_brief: Brief, monkeypatch: pytest.MonkeyPatch
) -> None:
    qs = questions(300, seed=3)
    one_segment = answers(big_brief, qs)
    add = IndexWriting.add

    def in_batches(writing: IndexWriting, doc: Doc) -> list[str]:
        found = add(writing, doc)
        if writing.added % 500 == 0:  # a commit per batch: one segment each
            writing._writer.commit()
        return found

    monkeypatch.setattr(IndexWriting, "add", in_batches)
    core = Core(big_brief, rate_limit=0)
    assert core.answerer.index._searcher.num_segments > 1
    assert [core.ask(q).dump_json() for q in qs] == one_segment


def test_a_generated_brief_split_across_files_loads_the_same_facts_in_the_same_order(
    tmp_path: Path, big_brief: Brief
) -> None:
    split = generate_brief(tmp_path / "split", N_FACTS, per_file=700)
    assert sorted(p.name for p in (split / "facts").iterdir()) == [f"generated-{n:03d}.json" for n in range(5)]
    loaded = load_brief(split)
    assert list(loaded.facts) == list(big_brief.facts)
    assert list(loaded.facts.values()) == list(big_brief.facts.values())
    qs = questions(200)
    assert answers(loaded, qs) == answers(big_brief, qs)


def _word_files(seed: int) -> Iterator[tuple[list[str], bytes]]:
    """Sorted random vocabularies of 0 to 500 short words (digits, separators, non-ASCII), each with its word file:
    the words joined by spaces, as compile writes them."""
    import random

    rng = random.Random(seed)
    alphabet = "0123456789m.,-é€x"
    for size in [0, 1, 2, 3, 10, 500]:
        vocab = sorted({"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 6))) for _ in range(size)})
        yield vocab, " ".join(vocab).encode()


def test_a_sorted_word_file_is_searched_as_exactly_as_a_set() -> None:
    from bot.search import in_sorted

    for vocab, blob in _word_files(5):
        probes = set(vocab) | {w[:-1] for w in vocab if len(w) > 1} | {w + "0" for w in vocab} | {"", "0", "zz", "é"}
        for probe in probes:
            assert in_sorted(blob, probe.encode()) == (probe in vocab), (len(vocab), probe)


def test_a_sorted_word_file_lists_the_words_starting_with_a_prefix_as_a_set_does() -> None:
    from bot.search import starting_with

    for vocab, blob in _word_files(6):
        probes = {w[:n] for w in vocab for n in range(len(w) + 1)} | {w + "0" for w in vocab} | {"zz", "é", "00"}
        for probe in probes:
            found = [w.decode() for w in starting_with(blob, probe.encode())]
            assert found == [w for w in vocab if w.encode().startswith(probe.encode())], (len(vocab), probe)


def test_a_saved_index_knows_the_same_numbers_without_building_a_set_of_them(tmp_path: Path, big_brief: Brief) -> None:
    from bot.text import words

    built = Index(big_brief)
    Index(big_brief, cache_dir=tmp_path)
    saved = Index(big_brief, cache_dir=tmp_path)
    assert built._other is not None
    probes = [*sorted(built._other), "0", "1", "999999999", "38m", "2019-09", "x1", "1x", "12.5", ""]
    probes += [w for f in list(big_brief.facts.values())[:200] for w in words(f.statement)]
    assert [saved.knows(w) for w in probes] == [built.knows(w) for w in probes]
    leading = [w for w in probes if w.isdigit()] + ["300", "140", "8", "30", "3000"]
    assert [saved.leads_a_number(w) for w in leading] == [built.leads_a_number(w) for w in leading]
    assert saved._other is None, "the saved numbers were read into a set"


def test_each_quoted_passage_is_kept_once_and_an_echo_is_told_as_testing_every_quotation_tells_it(
    big_brief: Brief,
) -> None:
    # Attribution._echoes tested the asked words against every quotation of every fact (~46,000 at 100,000 facts,
    # ~5 ms a question asking what someone said); facts share quoted passages, and the stems index them
    from bot.answering.attribution import ECHO_LEAST, QUOTATION
    from bot.text import STOPWORDS, fold, words

    attribution = Core(big_brief, rate_limit=0).answerer.attribution
    runs = [
        tuple(stem(t) for t in words(fold(m.group(1))))
        for fact in big_brief.facts.values()
        for text in (fact.statement, *(c.quote for c in fact.citations))
        for m in QUOTATION.finditer(text)
    ]
    assert len(attribution._quoted_runs) == len(set(runs)) < len(runs) / 10  # generated facts share quotations
    assert set(attribution._quoted_runs) == set(runs)
    quotations = [frozenset(run) for run in runs]
    asked = [list(run) for run in set(runs)] + [[*run[:2], "nosuchword"] for run in set(runs)]
    asked += [["blood", "hands"], ["blood", "hands", "hands"], ["what", "is", "it", "for"], ["a"], []]
    told = 0
    for said in asked:
        content = {stem(t) for t in said if t not in STOPWORDS}
        expected = len(content) >= ECHO_LEAST and any(content <= quoted for quoted in quotations)
        assert attribution._echoes(said) is expected, said
        told += expected
    assert 0 < told < len(asked)


def test_a_kind_asked_as_a_named_article_calls_an_entry_tokenizes_each_fact_statement_once(
    big_brief: Brief, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Answerer._kind_called's first two passes each tokenized the statement of every fact of the article naming the
    # entry (~5,400 for the first question at 100,000 facts), its third each quote of each (facts share them)
    import bot.answering.answerer.called as called

    core = Core(big_brief, rate_limit=0)
    qs = ["what kind of company is palantir according to the 2018 article", "hwo does the hill describe github"]
    before = [core.ask(q).dump_json() for q in qs]
    statements = {fact.statement for fact in big_brief.facts.values()}
    tokenized = Counter[str]()
    words = called.words

    def spy(text: str) -> list[str]:
        tokenized[text] += 1
        return words(text)

    monkeypatch.setattr(called, "words", spy)
    assert [core.ask(q).dump_json() for q in qs] == before
    counted = [n for text, n in tokenized.items() if text in statements]
    assert len(counted) > 20  # the passes read many facts (fewer since each reads only those it may take)
    assert max(counted) == 1


def test_a_kind_an_early_fact_of_the_named_article_tells_reads_none_of_its_facts_after_that_one(
    big_brief: Brief, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Answerer._kind_called read every fact of the article naming the entry before its first pass, which stops at the
    # first calling it so (~2,100 rows at 100,000 facts for "… per vice", answered by the second read); it reads them
    # as the pass goes, the rest only for the passes after
    core = Core(big_brief, rate_limit=0)
    q = "what type of company is palantir per vice"
    before = core.ask(q).dump_json()
    facts_naming = Brief.facts_naming
    pulled: list[str] = []
    every: list[str] = []

    def spy(brief: Brief, *args: Any, **kwargs: Any) -> Iterator[FactData]:
        every.extend(f.id for f in facts_naming(brief, *args, **kwargs))
        for fact in facts_naming(brief, *args, **kwargs):
            pulled.append(fact.id)
            yield fact

    monkeypatch.setattr(Brief, "facts_naming", spy)
    answer = core.ask(q)
    assert answer.dump_json() == before
    assert pulled and pulled[-1] == answer.items[0].id  # the last read is the one answering
    assert len(every) > len(pulled)  # the article has more facts naming the entry that may call it so


def test_a_kind_asked_of_a_named_article_checks_after_an_a_only_the_facts_that_may_call_the_entry_so(
    big_brief: Brief, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "… according to the 2018 article" at 100,000 facts: its first check (what a statement calls the entry after
    # "a") ran over ~1,430 facts, all of them told so only in a quote, before the third check took the first;
    # each check now reads only the facts that may call the entry its way (`kind_calling`)
    import bot.answering.answerer.called as called
    from bot.class_nouns import AFTER_ARTICLE, NOUN_KINDS

    core = Core(big_brief, rate_limit=0)
    q = "what kind of company is palantir according to the 2018 article"
    before = core.ask(q).dump_json()
    checked: list[str] = []
    qualifies = called._qualifies

    def spy(tokens: list[str], *args: Any) -> str | None:
        checked.append(" ".join(tokens))
        return qualifies(tokens, *args)

    monkeypatch.setattr(called, "_qualifies", spy)
    assert core.ask(q).dump_json() == before
    firms = frozenset(stem(n) for n, kinds in NOUN_KINDS.items() if kinds == NOUN_KINDS["company"])
    source = next(s for s in big_brief.sources if "2018" in s)
    quoting = list(big_brief.facts_naming(["palantir"], [source], firms, quoted=True))
    after_a = list(big_brief.facts_naming(["palantir"], [source], firms, quoted=True, calling=AFTER_ARTICLE))
    assert len(quoting) > 2 * len(checked)  # the article's facts with a class word quoted: many more than checked
    assert len(after_a) < len(quoting)


def test_words_asked_of_an_outlet_walk_the_facts_telling_words_to_one_once(
    big_brief: Brief, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "what did priscilla gonzalez tell vice" walked the facts telling words to any outlet and read each told one's
    # row again for its speakers, then walked VICE's (~0.9 s at 100,000 facts); "which paper did karp talk to" walked
    # an outlet's once for each fact of his words told to one (minutes). Now one walk, of the facts telling words to
    # the outlet asked (or to any)
    core = Core(big_brief, rate_limit=0)
    qs = ["what did karp tell vice", "which paper did karp talk to", "which outlet did gonzalez talk to"]
    before = {q: core.ask(q).dump_json() for q in qs}
    walks: list[list[str]] = []
    telling = big_brief.statements_telling

    def spy(marks: Collection[str]) -> Iterator[tuple[str, str]]:
        walks.append(sorted(marks))
        return telling(marks)

    monkeypatch.setattr(big_brief, "statements_telling", spy)
    for q, answer in before.items():
        walks.clear()
        assert core.ask(q).dump_json() == answer
        assert len(walks) == 1, (q, walks)


def test_a_second_look_reads_the_counts_and_words_of_a_fact_it_checked_before_once(
    big_brief: Brief, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a count question no candidate answered looks again among 40 facts, each one's text searched for counts and
    # tokenized several times a check (~90 µs a fact: ~6 ms a question at 100,000 facts); questions come back to the
    # same facts, whose counts, words and the words around each count are now kept
    import bot.answering.decide.figures as figures

    core = Core(big_brief, rate_limit=0)
    qs = ["how many contracts did palantir have w ice as of mid 2018", "how many contracts did palantir have in 2018"]
    before = [core.ask(q).dump_json() for q in qs]
    read: list[str] = []
    is_sum, words = figures.is_sum, figures.words

    def sums(text: str, number: re.Match[str]) -> bool:
        read.append(text)
        return is_sum(text, number)

    def tokens(text: str) -> list[str]:
        read.append(text)
        return words(text)

    monkeypatch.setattr(figures, "is_sum", sums)
    monkeypatch.setattr(figures, "words", tokens)
    checked = Counter[str]()
    fits_kind = figures.Figures.fits_kind

    def spy(self: figures.Figures, doc_id: str, q: Question) -> bool:
        checked[doc_id] += 1
        return fits_kind(self, doc_id, q)

    monkeypatch.setattr(figures.Figures, "fits_kind", spy)
    assert [core.ask(q).dump_json() for q in qs] == before
    assert len(checked) > 20  # the second looks checked many facts
    statements = {big_brief.facts[i].statement.lower() for i in checked}
    assert not statements & set(read)


def test_words_asked_as_said_read_each_fact_text_once_per_fact_not_per_check(
    brief: Brief, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "when did karp write that wapo op-ed" (the shipped brief's slowest questions): Attribution.holds tokenized the
    # statement and quotes of each of its first 12 candidates for every check (whose words, of what, the "did" it is
    # read again as), ~13% of the question; each fact's told stems are now kept (Attribution.told_stems)
    import bot.answering.attribution as attribution

    core = Core(brief, rate_limit=0)
    qs = [
        "when did karp wrtie that wapo op ed",
        "WHEN DID KARP PUBLISH HIS WAPO OP ED DEFENDING THE CONTRACTS",
        "when did karp call the contracts a moral obligation",
    ]
    before = [core.ask(q).dump_json() for q in qs]
    texts = {fact.statement for fact in brief.facts.values()}
    texts |= {c.quote for fact in brief.facts.values() for c in fact.citations}
    tokenized = Counter[str]()
    words = attribution.words

    def spy(text: str) -> list[str]:
        tokenized[text] += 1
        return words(text)

    monkeypatch.setattr(attribution, "words", spy)
    assert [core.ask(q).dump_json() for q in qs] == before
    assert not set(tokenized) & texts  # asked again: every fact's texts already read
    fresh = Core(brief, rate_limit=0)
    tokenized.clear()
    assert [fresh.ask(q).dump_json() for q in qs] == before
    assert tokenized and max(n for text, n in tokenized.items() if text in texts) == 1


def test_the_verbs_dating_a_statements_years_are_looked_up_once_per_statement(
    brief: Brief, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a date question asks of each candidate whether its year dates another act ("signed in 2013"): the verb before
    # each year was looked up in lemminflect's tables for every question, the same for every one
    import bot.answering.decide.acts_told as acts_told

    core = Core(brief, rate_limit=0)
    qs = [
        "what year di dice use palantir to target families of unaccompanied children crossing the border",
        "what yr was the ice prorgam that went after parents of unaccompanied kids",
        "when does the 49m contract go into effect",
    ]
    looked_up: list[tuple[str, ...]] = []
    dating_verb = acts_told._dating_verb

    def spy(tokens: list[str], at: int) -> frozenset[str]:
        looked_up.append(tuple(tokens))
        return dating_verb(tokens, at)

    monkeypatch.setattr(acts_told, "_dating_verb", spy)
    first = [core.ask(q).dump_json() for q in qs]
    assert looked_up  # the candidates' years were read
    looked_up.clear()
    assert [core.ask(q).dump_json() for q in qs] == first
    assert not looked_up


def test_a_question_is_normalized_once_for_its_two_part_checks_and_its_answer(
    core: Core, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `second_parts.named_pair` read the question as words, then `_turn` read it again for answering
    from bot.answering import normalize

    read: Counter[str] = Counter()
    unread = normalize._normalized

    def counted(question: str) -> normalize.Normalized:
        read[question] += 1
        return unread(question)

    monkeypatch.setattr(normalize, "_normalized", counted)
    question = "who are the people named in the once-normalized test question"
    first = core.ask(question)
    assert read[question] == 1, read
    assert core.ask(question).dump_json() == first.dump_json()


def test_whom_words_were_told_to_finds_the_names_of_each_span_of_words_once_however_many_statements_have_it(
    big_brief: Brief, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the first "who told the Hill …" read the spans after a verb of telling of every statement that may tell words
    # to it (2,329 spans of 1,431 statements at 100,000 facts, ~100 ms) and found the names in each again: many
    # statements tell in the same words, whose names are now found once (`Speakers.hearers`)
    core = Core(big_brief, rate_limit=0)
    speakers = core.answerer.speakers
    said: list[int] = []
    told_spans = big_brief.told_spans

    def spans_spy(marks: Collection[str]) -> dict[str, list[str]]:
        found = told_spans(marks)
        said.append(sum(len(ids) for ids in found.values()))
        return found

    looked_up: Counter[tuple[str, ...]] = Counter()
    put = speakers._hearers.put

    def names_spy(span: tuple[str, ...], found: frozenset[str]) -> frozenset[str]:
        looked_up[span] += 1
        return put(span, found)

    monkeypatch.setattr(big_brief, "told_spans", spans_spy)
    monkeypatch.setattr(speakers._hearers, "put", names_spy)
    assert core.ask("name of the unaffiliated tech worker the hill interviewed?").answered
    assert sum(said) > 2 * len(looked_up) > 20  # many statements said the spans looked at, most more than once
    assert max(looked_up.values()) == 1


def test_a_count_asked_of_another_thing_reads_the_counts_of_only_the_statements_writing_it_before_its_noun(
    big_brief: Brief, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "what happened at the july 12 palo alto protest": a yes/no question giving a count ("12") and a noun ("palo")
    # read the counts of every statement with a run of digits starting with "12" (~1,800 at 100,000 facts, ~35 ms),
    # to find none giving "12 palo"; a loaded brief passes over a statement not writing "12" right before the noun
    # unread (`bot.counted.gives_count`; a compiled one reads its `counting` table: tests/test_snapshot.py)
    import bot.counted as counted

    q = "what happened at the july 12 palo alto protest, did anyone get arrested"
    holding = sum(1 for _ in big_brief.statements_giving_digits("12"))
    read: list[str] = []
    counts_given = counted.counts_given

    def spy(statement: str) -> dict[str, str]:
        read.append(statement)
        return counts_given(statement)

    monkeypatch.setattr(counted, "counts_given", spy)
    answer = Core(big_brief, rate_limit=0).ask(q)
    assert answer.text.startswith("The articles I have tell only that it was planned, not how it went.")
    assert holding > 20
    assert len(read) <= 2  # none of the other statements' counts read


def test_a_count_is_looked_for_as_written_with_and_without_commas() -> None:
    from bot.counted import count_forms, counts_given

    assert count_forms("12") == ("12",)
    assert count_forms("140000") == ("140000", "140,000")
    assert count_forms("1234567") == ("1234567", "1,234,567")
    for statement in ("more than 140,000 signatures", "140000 signatures", "a 1,234,567-word file"):
        for digits, written in counts_given(statement).items():
            assert written in count_forms(digits)


def test_a_sum_a_question_names_is_looked_for_only_in_the_statements_with_its_digits(
    monkeypatch: pytest.MonkeyPatch, brief: Brief
) -> None:
    """ "when does the 49m contract end": whether some statement gives the sum named (`Endings.sum_untold`) is read
    from the statements with a run of digits starting with its number's (`Brief.statements_giving_digits`), up to the
    first giving it, not from every fact's statement (each asking walked the whole brief)."""
    import bot.answering.endings as endings

    read: list[list[str]] = []
    scaled = endings.scaled_figures

    def spy(tokens: list[str]) -> set[tuple[str, str]]:
        read.append(tokens)
        return scaled(tokens)

    monkeypatch.setattr(endings, "scaled_figures", spy)
    core = Core(brief, rate_limit=0)
    given = core.ask("when does the 49m contract end")
    assert not given.text.startswith("No article I have gives")
    assert len(read) <= 3  # the sum asked, then the first statement with a run of "49" (which gives it)
    read.clear()
    untold = core.ask("when does the 9m deal expire")
    assert "$9 million" in untold.text.splitlines()[0]
    assert len(read) < sum(1 for _ in brief.statements_giving_digits("9")) + 2 < len(brief.facts)


def test_every_sum_a_statement_gives_starts_a_run_of_its_digits(brief: Brief, big_brief: Brief) -> None:
    """The rule `Endings.sum_untold` reads statements by: a sum `scaled_figures` finds in a statement's words has its
    number's digits before any point start one of the statement's `digit_runs` (the `digits` table's)."""
    from bot.answering.decide.figures import scaled_figures
    from bot.factbase import digit_runs
    from bot.text import fold, words

    sums = 0
    for b in (brief, big_brief):
        for fact in b.facts.values():
            runs = digit_runs(fact.statement)
            for number, _ in scaled_figures(words(fold(fact.statement))):
                sums += 1
                assert any(run.startswith(number.split(".")[0]) for run in runs), (fact.id, number)
    assert sums > 10
