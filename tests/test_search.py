"""The index holds the fields shared across facts already stemmed, and the search builds its query from the words'
stems: it must search as tantivy's parser over en_stem fields did (en_stem with NUMBER_TOKENS for its tokenizer, over
texts whose digit groups are joined: `joined_groups`, as `bot.text.words` keeps a number whole). Without a weakened
(scene) word: the same documents with the same scores. With one: the same documents in the same order, scores equal
but for a float's last bits (the weakened word's clauses carry its boost one by one, so their scores are summed in
another order)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import pytest
import tantivy
from hypothesis import given
from hypothesis import strategies as st

from bot.answering.normalize import normalize
from bot.brief import DEFAULT_BRIEF, Brief, load_brief
from bot.core import Core
from bot.search import (
    _SAFE,
    COMMON_FLOOR,
    COMMON_SHARE,
    FIELD_BOOSTS,
    FIELDS,
    MAX_TOKEN,
    NUMBER_TOKENS,
    SEARCHED_AT,
    Index,
    RawHit,
    _schema,
    en_stem_terms,
    entity_doc,
    fact_doc,
    statement_terms,
    stem,
)
from bot.text import joined_groups, separated, tokens
from bot.text import words as split
from tests.generated import generate_brief, questions

LONG = "x" * 40  # en_stem drops a token of 40 bytes or more
# tantivy's en_stem (SimpleTokenizer, tokens of 40 bytes or more dropped, lower case, the English stemmer) with
# NUMBER_TOKENS for its tokenizer: over a text whose digit groups are joined, the terms the index must hold (for a
# text with no digit group nor decimal, `_EN_STEM_SIMPLE`'s, tantivy's en_stem itself, are the same but see below)
_EN_STEM = (
    tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.regex(NUMBER_TOKENS))
    .filter(tantivy.Filter.remove_long(MAX_TOKEN))
    .filter(tantivy.Filter.lowercase())
    .filter(tantivy.Filter.stemmer("english"))
    .build()
)
_EN_STEM_SIMPLE = (
    tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
    .filter(tantivy.Filter.remove_long(MAX_TOKEN))
    .filter(tantivy.Filter.lowercase())
    .filter(tantivy.Filter.stemmer("english"))
    .build()
)
WORD_LISTS = [
    ["palantir", "contract", "ice"],
    ["deport", "deported", "deportation", "deports"],  # one stem, four words: four clauses
    ["contract", "contract", "contracts"],  # a word repeated is one clause, its plural another
    [LONG, "falcon", LONG + "y"],
    [LONG],
    ["investigative", "case", "management", "Palantir's", "38m", "2019"],
    ["who", "signed", "the", "ice", "contract", "in", "2014"],
]


# The query as text for tantivy's parser over fields that split on spaces: the rules Index.search follows when it
# builds the query itself (a word repeated once, two words of one stem twice, a long word dropped), kept here
# as the reference the parser confirms.


@lru_cache(maxsize=1)
def _query_parser() -> tantivy.Index:
    """An empty index whose fields all split on spaces, to parse queries already stemmed: the statement field is
    stemmed by the index itself, the others hold stems (TOKENIZERS), so a query's terms are stems in every field.
    Its fields are the saved index's fields in the same order, so the queries it parses search that index."""
    return tantivy.Index(_schema(dict.fromkeys(FIELDS, "whitespace")))


def _query_text(safe: list[str], weak: frozenset[str], boost: float) -> str:
    """The words (single tokens of [0-9a-z]) as a query for `_query_parser`, parsed into the very query tantivy's
    parser gives for the words themselves over en_stem fields: each word's stem in its place, `^boost` on those
    whose stem is in `weak`, and `""` (no term) for a word of 40 bytes or more, which en_stem drops.

    The parser reads a word repeated with the same boost once, but two words of one stem ("deport deported") as
    two clauses: each further word of a stem is written in a form the parser does not merge with the earlier ones
    and reads as the same single term ("deport", then "deport" in quotes, then quoted with a slop); long words
    likewise. A boost of 1 is no boost to the parser."""
    boosted_by = f"^{boost}" if weak and boost != 1.0 else ""
    forms: dict[tuple[str, bool], str] = {}  # (word, boosted) -> how it is written
    written: dict[tuple[str, bool], int] = {}  # (stem, boosted) -> words of it written so far
    parts = []
    for word in safe:
        boosted = bool(boosted_by) and stem(word) in weak
        text = forms.get((word, boosted))
        if text is None:
            term = stem(word) if len(word) < MAX_TOKEN else ""  # en_stem drops a long word: `""` is no term
            times = written[term, boosted] = written.get((term, boosted), 0) + 1
            nth = times - 1 if term else times  # its forms: term, "term", "term"~1, "term"~2…
            text = term if nth == 0 else f'"{term}"' if nth == 1 else f'"{term}"~{nth - 1}'
            text = forms[word, boosted] = text + boosted_by if boosted else text
        parts.append(text)
    return " ".join(parts)


def _en_stem_index(brief: Brief) -> tantivy.Index:
    """The index as it was before: every field's text (its digit groups joined), stemmed by en_stem (`_EN_STEM`:
    tantivy's, numbers with decimals kept whole)."""
    index = tantivy.Index(_schema(dict.fromkeys(FIELDS, "en_stem_numbers")))
    index.register_tokenizer("en_stem_numbers", _EN_STEM)
    writer = index.writer(heap_size=50_000_000, num_threads=1)
    for pos, doc in enumerate(Index.documents(brief)):
        document = tantivy.Document(id=doc.id, **{name: joined_groups(text) for name, text in doc.fields.items()})
        document.add_unsigned("pos", pos)
        writer.add_document(document)
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    return index


def _en_stem_query(index: tantivy.Index, words: list[str], weak: frozenset[str], boost: float) -> tantivy.Query:
    text = " ".join(f"{w}^{boost}" if weak and stem(w) in weak else w for w in words)
    return index.parse_query(text, FIELDS, FIELD_BOOSTS)


def _parsed(parse: Callable[[], tantivy.Query]) -> str:
    """The query's structure, or the parser's error (a lone boosted long word is a query of no term)."""
    try:
        return repr(parse())
    except ValueError as exc:
        return f"error: {exc}"


def _words(terms: list[str]) -> list[str]:
    return [w for t in terms for w in tokens(_SAFE.sub(" ", t))]


@pytest.mark.parametrize("boost", [0.5, 1.0])
@pytest.mark.parametrize("terms", WORD_LISTS)
def test_a_query_of_stems_parses_into_the_query_the_words_gave_over_en_stem_fields(
    terms: list[str], boost: float
) -> None:
    words = _words(terms)
    weak = frozenset({stem("deport"), stem("contract"), stem(LONG)})
    old = _parsed(lambda: _en_stem_query(tantivy.Index(_schema(dict.fromkeys(FIELDS, "en_stem"))), words, weak, boost))
    assert _parsed(lambda: _query_parser().parse_query(_query_text(words, weak, boost), FIELDS, FIELD_BOOSTS)) == old


def test_the_index_of_stemmed_fields_scores_every_document_as_en_stem_over_the_raw_text() -> None:
    brief = load_brief(DEFAULT_BRIEF)
    ours = Index(brief)
    theirs = _en_stem_index(brief)
    searcher = theirs.searcher()
    weak = frozenset({stem("immigration"), stem("customs")})
    for terms in [
        *(t for t in WORD_LISTS if t != [LONG]),
        ["immigration", "customs", "enforcement", "falcon"],
        ["mijente", "protest"],
    ]:
        words = _words(terms)
        hits = searcher.search(_en_stem_query(theirs, words, weak, 0.4), 40, count=False).hits
        expected = [(searcher.doc(address)["id"][0], score) for score, address in hits]
        assert expected, terms  # the comparison covers real hits
        found = ours.search(terms, limit=40, weak=weak, boost=0.4)
        assert _same(found, expected, exact=not {stem(w) for w in words} & weak), terms


def _same(found: list[tuple[str, float]], expected: list[tuple[str, float]], *, exact: bool) -> bool:
    if exact:
        return found == expected
    return [i for i, _ in found] == [i for i, _ in expected] and [s for _, s in found] == pytest.approx(
        [s for _, s in expected], rel=1e-6
    )


@pytest.fixture(scope="module")
def en_stem_index(brief: Brief) -> tantivy.Index:
    return _en_stem_index(brief)


def _searched_as_before(
    index: tantivy.Index, terms: list[str], limit: int, weak: frozenset[str], boost: float
) -> list[tuple[str, float]]:
    words = _words(terms)
    if not words:
        return []
    searcher = index.searcher()
    hits = searcher.search(_en_stem_query(index, words, weak, boost), limit, count=False).hits
    return [(str(searcher.doc(address)["id"][0]), float(score)) for score, address in hits]


EDGE_CASES = [
    (["karp"], frozenset({"karp"})),  # one weakened word alone
    (["karp", "karp", "letter"], frozenset()),  # a word repeated as typed counts once ...
    (["running", "runs", "run"], frozenset()),  # ... but not words that only share a stem
    (["palantir", "ice", "palantir"], frozenset({"palantir"})),
    (["a" * 45, "karp", "x" * 39], frozenset()),  # 40 letters or more: dropped by the tokenizer
    (["zzqqxx", "nosuchword"], frozenset()),  # words the brief never uses
    (["o'neil", "$49m", "C.B.P.", "--"], frozenset()),
    ([], frozenset()),
]


@pytest.mark.parametrize(("terms", "weak"), EDGE_CASES)
def test_a_query_built_from_words_ranks_as_the_parsed_query_did(
    core: Core, en_stem_index: tantivy.Index, terms: list[str], weak: frozenset[str]
) -> None:
    found = core.answerer.index.search(terms, 12, weak=weak, boost=0.35)
    assert _same(found, _searched_as_before(en_stem_index, terms, 12, weak, 0.35), exact=not weak)


def test_the_questions_searches_find_the_same_documents_as_the_parsed_queries_did(
    core: Core, en_stem_index: tantivy.Index
) -> None:
    index, retriever, understander = core.answerer.index, core.answerer.retriever, core.answerer.understander
    checked = weakened = 0
    for question in questions(300):
        norm = normalize(question)
        if not norm.tokens:
            continue
        q = understander.understand(norm)
        terms, weak = retriever.search_terms(q), frozenset(q.context)
        found = index.search(terms, 20, weak=weak, boost=0.35)
        exact = not {stem(w) for w in _words(terms)} & weak
        assert _same(found, _searched_as_before(en_stem_index, terms, 20, weak, 0.35), exact=exact), question
        checked += bool(found)
        weakened += not exact
    assert checked > 250
    assert weakened > 5  # scene words were searched for too


def test_a_number_is_one_term_however_its_digit_groups_are_typed_and_no_group_of_it_is_one(
    brief: Brief, tmp_path: Path
) -> None:
    """A number such as "8,400" is indexed as "8400": found by "8400" and "8,400", never by "400" (tester 29: "who
    reported the 400 arrests" led with the 8,400 planned); "300" leads "300,000" without being a word of it."""
    mega = {f.id for f in brief.facts.values() if "8,400" in f.statement}
    built = Index(brief, cache_dir=tmp_path)
    for index in (Index(brief), built, Index(brief, cache_dir=tmp_path)):  # in memory; saved; opened from the saved
        for typed in ("8400", "8,400", "8,400 people"):
            assert index.search([typed], 3)[0][0] in mega, typed
        assert mega.isdisjoint(i for i, _ in index.search(["400"], 20))
        assert index.knows("8400") and index.knows("400") and not index.knows("300")
        assert index.leads_a_number("300") and index.leads_a_number("140") and not index.leads_a_number("400")
        assert not index.leads_a_number("3000") and not index.leads_a_number("30")


def _typos(word: str) -> list[str]:
    """Slips of one and two keys: a letter dropped, doubled, swapped with the next, replaced, two letters added."""
    out = [word[:i] + word[i + 1 :] for i in range(len(word))]
    out += [word[:i] + word[i] + word[i:] for i in range(len(word))]
    out += [word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)]
    out += [word[:i] + "q" + word[i + 1 :] for i in range(len(word))]
    out += [word[:i] + "zy" + word[i:] for i in range(0, len(word), 3)]
    return out


def test_a_typo_is_corrected_to_the_closest_word_of_the_whole_vocabulary(core: Core) -> None:
    """`correct` compares a word with the vocabulary's words of nearby lengths only: it finds the same first closest
    word as a search of every word does."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    index = core.answerer.index
    vocabulary = index._vocab_list
    checked = corrected = 0
    for word in vocabulary[::7]:
        for typo in _typos(word):
            if len(typo) < 4:
                continue
            limit = 1 if len(typo) <= 8 else 2
            found = process.extractOne(typo, vocabulary, scorer=OSA.distance, score_cutoff=limit)
            expected = None if found is None else str(found[0])
            if expected is not None and typo.startswith(expected) and len(typo) - len(expected) > 1:
                expected = None
            assert index.correct(typo) == expected, typo
            checked += 1
            corrected += expected is not None
    assert checked > 1000
    assert corrected > checked // 2


def test_a_narrower_search_is_served_from_a_wider_one_of_the_same_query_and_equals_a_fresh_search(
    brief: Brief,
) -> None:
    """The hits kept for a query serve a later search of it with a smaller limit (their first ones), or with a larger
    one when they were all the query found; a larger limit than was searched, with hits left to find, searches
    again; a search of a large index reads at least SEARCHED_AT hits (here set as for one). Either way the hits are
    those of a fresh index asked once."""
    kept, fresh = Index(brief), Index(brief)
    assert kept.searched_at == 0, "the shipped brief is no large index"
    kept.searched_at = SEARCHED_AT
    calls: list[int] = []
    search = kept._hits

    def counted(words: tuple[tuple[str, float], ...], limit: int) -> list[RawHit]:
        calls.append(limit)
        return search(words, limit)

    kept._hits = counted  # type: ignore[method-assign]
    terms = ["palantir", "contract", "ice", "contracts", "karp"]
    wide = kept.search(terms, 60)
    assert kept.search(["palantir", "contract", "contract", "ice", "contracts", "karp"], 12) == wide[:12]
    assert calls == [60], "the narrower search of the same clauses searched again"
    assert kept.search(terms, 100) == fresh.search(terms, 100) and calls == [60, 100]
    assert len(wide) == 60 and wide[:12] == fresh.search(terms, 12)
    rare = ["zzqqxx", "lindqvist"]
    assert kept.search(rare, 12) == fresh.search(rare, 12) and len(kept.search(rare, 12)) < 12
    assert calls[-1] == SEARCHED_AT, "a search reads at least SEARCHED_AT hits"
    assert kept.search(rare, 100) == fresh.search(rare, 100) and len(calls) == 3, "all it found was kept"
    weak = frozenset({stem("karp")})
    assert kept.search(terms, 12, weak=weak, boost=0.35) == fresh.search(terms, 12, weak=weak, boost=0.35)
    assert len(calls) == 4 and calls[-1] == SEARCHED_AT, "a weakened word is another query"
    assert kept.search(terms, 60, weak=weak, boost=0.35) == fresh.search(terms, 60, weak=weak, boost=0.35)
    assert len(calls) == 4, "a wider search of a query searched first narrower is served from the first"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Brief:
    return load_brief(generate_brief(tmp_path_factory.mktemp("common") / "brief", 2000, per_file=500))


def _only_clauses(index: Index, terms: list[str], most: int | None) -> list[tuple[str, float]]:
    """The best SEARCHED_AT hits of a query of the words' clauses whose field holds the word in at most `most`
    documents (every clause for None), built here from the words' stems with FIELD_BOOSTS."""
    searcher, schema = index._searcher, index._schema
    term = tantivy.Query.term_query
    clauses = [
        (tantivy.Occur.Should, tantivy.Query.boost_query(term(schema, field, s, index_option="freq"), boost))
        for s in dict.fromkeys(stem(w) for w in terms)
        for field, boost in FIELD_BOOSTS.items()
        if searcher.doc_freq(field, s) > 0 and (most is None or searcher.doc_freq(field, s) <= most)
    ]
    hits = searcher.search(tantivy.Query.boolean_query(clauses), SEARCHED_AT, count=False).hits
    return [(str(searcher.doc(address)["id"][0]), float(score)) for score, address in hits]


def test_a_large_index_leaves_a_word_out_of_the_fields_holding_it_in_most_documents(generated: Brief) -> None:
    """On an index past COMMON_FLOOR documents, a word's clause in a field holding it in more than COMMON_SHARE of the
    documents is left out of a search whose other clauses find SEARCHED_AT documents or more; a search whose other
    clauses find fewer is searched whole, and so is every search of an index under COMMON_FLOOR documents. (The
    generated brief is smaller than a large index: its index is given a large one's share with no floor.)"""
    whole, large = Index(generated), Index(generated)
    assert whole.common_above == COMMON_FLOOR > whole.size, "a clause is never left out under the floor"
    large.common_above = int(COMMON_SHARE * large.size)
    large.searched_at = SEARCHED_AT
    terms = ["which", "trump", "immigration", "policies", "protesters", "compare", "holocaust"]
    searcher = large._searcher
    held = {(field, stem(w)): searcher.doc_freq(field, stem(w)) for w in terms for field in FIELDS}
    assert any(n > large.common_above for n in held.values()), "some clause is common"
    narrowed = _only_clauses(large, terms, large.common_above)
    assert large.search(terms, SEARCHED_AT) == narrowed != _only_clauses(large, terms, None)
    assert large.search(terms, 12) == narrowed[:12], "a narrower search: the first hits of the wider one"
    assert whole.search(terms, SEARCHED_AT) == _only_clauses(whole, terms, None)
    few = ["holocaust", "protesters", "immigration"]  # "holocaust" alone is in too few documents
    assert len(_only_clauses(large, few, large.common_above)) < SEARCHED_AT
    assert any(searcher.doc_freq(f, stem(w)) > large.common_above for w in few for f in FIELDS)
    assert large.search(few, SEARCHED_AT) == _only_clauses(large, few, None) == whole.search(few, SEARCHED_AT)


def _statement_terms_differ(text: str) -> bool:
    tokens = split(text)
    found = statement_terms(text, tokens, [stem(w) for w in tokens])
    # (a text without a digit group or a decimal is split by SimpleTokenizer, as before: the regex tokenizer's Unicode
    # tables may be another version's, "\u088f" is a letter to one only)
    expected = _EN_STEM.analyze(joined_groups(text)) if separated(text) else _EN_STEM_SIMPLE.analyze(text)
    return found != " ".join(expected) or en_stem_terms(text) != found


def test_a_statement_is_indexed_as_en_stem_s_terms_for_every_shipped_and_generated_fact(
    brief: Brief, tmp_path: Path
) -> None:
    """(perf25 also compared all 100,000 statements of benchmarks/answer.py's generated brief: none differ.)"""
    generated = load_brief(generate_brief(tmp_path / "brief", 600, per_file=100))
    texts = [fact.statement for b in (brief, generated) for fact in b.facts.values()]
    texts += [entity.description for entity in brief.entities.values()]
    assert [text for text in texts if _statement_terms_differ(text)] == []


NUMBERS = ["8,400,", "$49.5m", "1.2.3", "2017,2018", "12,34", "v2."]  # digit groups and decimals, and what is none


@given(
    st.lists(
        st.sampled_from(
            ["Don't", "guild's", "a_b", "1,000", "$38m", "Café", "İ", LONG, LONG[1:], "ﬁne", "x", "'", *NUMBERS]
        ),
        max_size=12,
    ).map(" ".join)
    | st.text(max_size=60)
)
def test_any_statement_is_indexed_as_en_stem_s_terms(text: str) -> None:
    assert not _statement_terms_differ(text)


def test_the_documents_holding_a_stem_are_every_one_holding_it_in_any_field() -> None:
    # review 23 #11: `_noun_only_of` read `doc_freq * 3` documents, `doc_freq` being the most of any one field (a
    # lower bound), by a search that stemmed its stem again; a stem held in one field by some documents and another
    # by others could leave one unread (and "only as a noun" told of a word used as a verb there)
    brief = load_brief(DEFAULT_BRIEF)
    index = Index(brief)
    held: dict[str, set[str]] = {}
    docs = [fact_doc(brief, f) for f in brief.facts.values()] + [entity_doc(e) for e in brief.entities.values()]
    for doc in docs:
        for name in FIELDS:
            for term in en_stem_terms(doc.fields[name]).split():
                held.setdefault(term, set()).add(doc.id)
    spread = [s for s, ids in held.items() if len(ids) > index.doc_freq(s)]
    assert spread, "some stem is held by more documents than its most in one field"
    for stem_, ids in held.items():
        assert set(index.holding(stem_)) == ids, stem_
