"""The index holds the fields shared across facts already stemmed, and the search builds its query from the words'
stems: it must search as tantivy's parser over en_stem fields did. Without a weakened (scene) word: the same
documents with the same scores. With one: the same documents in the same order, scores equal but for a float's last
bits (the weakened word's clauses carry its boost one by one, so their scores are summed in another order)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import tantivy

from bot.answering.normalize import normalize
from bot.brief import DEFAULT_BRIEF, Brief, load_brief
from bot.core import Core
from bot.search import _SAFE, FIELD_BOOSTS, FIELDS, Index, _query_parser, _query_text, _schema, stem
from tests.generated import questions

LONG = "x" * 40  # en_stem drops a token of 40 bytes or more
WORD_LISTS = [
    ["palantir", "contract", "ice"],
    ["deport", "deported", "deportation", "deports"],  # one stem, four words: four clauses
    ["contract", "contract", "contracts"],  # a word repeated is one clause, its plural another
    [LONG, "falcon", LONG + "y"],
    [LONG],
    ["investigative", "case", "management", "Palantir's", "38m", "2019"],
    ["who", "signed", "the", "ice", "contract", "in", "2014"],
]


def _en_stem_index(brief: Brief) -> tantivy.Index:
    """The index as it was before: every field's raw text, stemmed by tantivy's en_stem."""
    index = tantivy.Index(_schema(dict.fromkeys(FIELDS, "en_stem")))
    writer = index.writer(heap_size=50_000_000, num_threads=1)
    for pos, doc in enumerate(Index.documents(brief)):
        document = tantivy.Document(id=doc.id, **doc.fields)
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
    return [w for t in terms for w in _SAFE.sub(" ", t).split()]


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
