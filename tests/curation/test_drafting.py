"""`draft` and `draft --accept` on a private copy of the brief, with an article the tests write themselves."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.brief import load_brief
from bot.drafting import PLACEHOLDER, accept, draft
from bot.errors import BriefError, CommandError

PUBLISHED = dt.date(2020, 1, 6)  # a Monday: "on Friday" is 3 January, "last year" 2019
HEADLINE = "Palantir Faces New Pressure Over ICE Work"


def _draft(brief: Path, article: Path) -> Any:
    return draft(brief, article, outlet="The Example Post", published=PUBLISHED, headline=HEADLINE)


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _drafts(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def _by_quote(data: dict[str, Any], words: str) -> dict[str, Any]:
    return next(f for f in data["facts"] if words in f["citations"][0]["quote"])


def test_draft_copies_the_article_byte_for_byte_and_adds_a_valid_source(brief_copy: Path, article: Path) -> None:
    original = article.read_bytes()
    report = _draft(brief_copy, article)
    assert report.seed_path.read_bytes() == original
    assert article.read_bytes() == original
    assert report.seed_path.name.endswith(hashlib.sha256(original).hexdigest()[:16] + ".txt")
    brief = load_brief(brief_copy)
    source = brief.sources["the-example-post-2020"]
    assert (source.outlet, source.headline, source.published) == ("The Example Post", HEADLINE, "2020-01-06")
    assert len(brief.facts) == len(load_brief().facts)  # drafts are not served until accepted


def test_draft_records_stripped_boilerplate_in_the_source_and_reports_it(brief_copy: Path, article: Path) -> None:
    report = _draft(brief_copy, article)
    reasons = " ".join(s.reason for s in report.stripped)
    assert "navigation" in reasons and "donation appeal" in reasons and "comment notice" in reasons
    assert "Boilerplate stripped (5 paragraphs" in report.text()
    brief = load_brief(brief_copy)
    assert "Most Popular" in brief.sources["the-example-post-2020"].boilerplate
    citable = brief.seeds["the-example-post-2020"].citable
    assert "individual donations" not in citable and "comment section" not in citable
    quotes = [f["citations"][0]["quote"] for f in _drafts(report.drafts_path)["facts"]]
    assert not any("donation" in q or "Most Popular" in q or "comment section" in q for q in quotes)


def test_every_draft_needs_review_and_quotes_the_article_verbatim(brief_copy: Path, article: Path) -> None:
    report = _draft(brief_copy, article)
    data = _drafts(report.drafts_path)
    text = article.read_text(encoding="utf-8")
    assert data["source"] == "the-example-post-2020"
    assert data["facts"], "some checkable sentences were expected"
    for fact in data["facts"]:
        assert fact["review"] == "needed"
        assert fact["statement"] == PLACEHOLDER
        assert fact["citations"][0]["quote"] in text


def test_drafts_are_ranked_by_checkability_and_vague_sentences_left_out(brief_copy: Path, article: Path) -> None:
    data = _drafts(_draft(brief_copy, article).drafts_path)
    scores = [f["draft"]["score"] for f in data["facts"]]
    assert scores == sorted(scores, reverse=True)
    assert data["facts"][0]["citations"][0]["quote"].startswith("Activists from Mijente")
    assert not any("cold day" in f["citations"][0]["quote"] for f in data["facts"])
    assert [f["draft"]["rank"] for f in data["facts"]] == list(range(1, len(scores) + 1))


def test_relative_dates_are_resolved_against_publication_with_the_reasoning(brief_copy: Path, article: Path) -> None:
    data = _drafts(_draft(brief_copy, article).drafts_path)
    friday = _by_quote(data, "12,500 signatures")
    assert friday["date"] == "2020-01-03"
    assert "2020-01-06 (Monday)" in friday["date_note"]
    assert str(_by_quote(data, "last year")["date"]) == "2019"
    assert str(_by_quote(data, "next month")["date"]) == "2020-02"


def test_entities_are_linked_through_aliases_and_new_names_become_glossary_candidates(
    brief_copy: Path, article: Path
) -> None:
    data = _drafts(_draft(brief_copy, article).drafts_path)
    assert _by_quote(data, "12,500")["entities"] == ["mijente", "tech-workers-coalition", "palantir"]
    assert _by_quote(data, "Homeland Security")["entities"] == ["dhs"]
    names = {c["name"]: c for c in data["glossary_candidates"]}
    assert set(names) == {"Rosa Delgado", "Sunrise Immigrant Alliance"}
    assert len(names["Rosa Delgado"]["seen_in"]) == 2  # "Delgado told reporters" joins the full name
    assert names["Sunrise Immigrant Alliance"]["suggested_id"] == "sunrise-immigrant-alliance"


def test_a_figure_already_in_the_shipped_brief_is_flagged_to_link_not_duplicate(
    brief_copy: Path, article: Path
) -> None:
    data = _drafts(_draft(brief_copy, article).drafts_path)
    repeat = _by_quote(data, "$38 million")
    assert repeat["draft"]["looks_like"][0]["fact"] == "contract-38m-claim"
    assert "same figure 38 million" in repeat["draft"]["looks_like"][0]["why"]
    assert "looks_like" not in _by_quote(data, "$12 million")["draft"]


def test_the_same_article_twice_is_refused_and_nothing_changes(brief_copy: Path, article: Path) -> None:
    _draft(brief_copy, article)
    before = _tree(brief_copy.parent.parent)
    with pytest.raises(CommandError, match="already in the brief as source 'the-example-post-2020'"):
        _draft(brief_copy, article)
    assert _tree(brief_copy.parent.parent) == before


def test_a_second_article_from_the_same_outlet_and_year_gets_its_own_id(brief_copy: Path, article: Path) -> None:
    _draft(brief_copy, article)
    other = article.with_name("second.txt")
    other.write_text("Palantir won a $5 million contract from ICE on Monday.\n", encoding="utf-8")
    report = _draft(brief_copy, other)
    assert report.source.id == "the-example-post-2020-2"
    assert report.seed_path.name.startswith("006_")


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "no such article file"), (b"\xff\xfe\x00bad", "not UTF-8"), (b"  \n", "is empty")],
)
def test_unreadable_articles_are_refused_with_a_clear_message(
    brief_copy: Path, tmp_path: Path, content: bytes | None, message: str
) -> None:
    path = tmp_path / "bad.txt"
    if content is not None:
        path.write_bytes(content)
    before = _tree(brief_copy.parent.parent)
    with pytest.raises(CommandError, match=message):
        _draft(brief_copy, path)
    assert _tree(brief_copy.parent.parent) == before


# --- review and accept ---------------------------------------------------------------------------------------


def _review(path: Path, words: str, **changes: Any) -> None:
    data = _drafts(path)
    header = "".join(line + "\n" for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#"))
    _by_quote(data, words).update(changes)
    path.write_text(header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")


def test_validate_refuses_a_served_fact_that_still_needs_review_and_names_it(brief_copy: Path, article: Path) -> None:
    report = _draft(brief_copy, article)
    data = _drafts(report.drafts_path)
    fact = {k: v for k, v in data["facts"][0].items() if k != "draft"}
    (brief_copy / "facts" / "unreviewed.yaml").write_text(yaml.safe_dump({"facts": [fact]}), encoding="utf-8")
    with pytest.raises(BriefError) as exc:
        load_brief(brief_copy)
    assert [str(p) for p in exc.value.problems] == [
        f"facts/unreviewed.yaml: {fact['id']}: still needs review (review: needed): check it, then set done"
    ]


def test_accept_moves_only_reviewed_drafts_and_the_brief_validates(brief_copy: Path, article: Path) -> None:
    report = _draft(brief_copy, article)
    quote = "Activists from Mijente and the Tech Workers Coalition delivered a petition with 12,500 signatures"
    _review(
        report.drafts_path,
        "12,500 signatures",
        review="done",
        statement="Mijente and the Tech Workers Coalition handed Palantir a petition signed by 12,500 people.",
        topics=["protests"],
        citations=[{"source": "the-example-post-2020", "quote": quote}],
    )
    waiting = len(_drafts(report.drafts_path)["facts"]) - 1
    result = accept(report.drafts_path)
    assert len(result.accepted) == 1 and len(result.waiting) == waiting
    brief = load_brief(brief_copy)
    fact = brief.facts[result.accepted[0]]
    assert fact.review is None and fact.date == "2020-01-03" and fact.citations[0].quote == quote
    assert fact.statement.startswith("Mijente and the Tech Workers Coalition")
    left = _drafts(report.drafts_path)
    assert len(left["facts"]) == waiting and all(f["review"] == "needed" for f in left["facts"])
    assert report.drafts_path.read_text(encoding="utf-8").startswith("# Draft facts for the-example-post-2020")


def test_accept_appends_to_existing_files_keeping_their_comments(brief_copy: Path, article: Path) -> None:
    report = _draft(brief_copy, article)
    facts_file = brief_copy / "facts" / "the-example-post-2020.yaml"
    facts_file.write_text("# curated by hand\nfacts: []\n", encoding="utf-8")
    _review(report.drafts_path, "$12 million", review="done", statement="Palantir signed a $12 million DHS deal.")
    accept(report.drafts_path)
    text = facts_file.read_text(encoding="utf-8")
    assert text.startswith("# curated by hand\nfacts:\n")
    assert len(load_brief(brief_copy).facts_citing("the-example-post-2020")) == 1


def test_accept_refuses_a_done_draft_whose_statement_is_still_the_placeholder(brief_copy: Path, article: Path) -> None:
    report = _draft(brief_copy, article)
    _review(report.drafts_path, "12,500", review="done")
    before = _tree(brief_copy.parent.parent)
    with pytest.raises(BriefError, match="statement is still the placeholder"):
        accept(report.drafts_path)
    assert _tree(brief_copy.parent.parent) == before


def test_accept_rolls_back_everything_when_the_brief_would_break(brief_copy: Path, article: Path) -> None:
    report = _draft(brief_copy, article)
    _review(
        report.drafts_path,
        "12,500",
        review="done",
        statement="A petition was delivered.",
        citations=[{"source": "the-example-post-2020", "quote": "words the article never printed"}],
    )
    before = _tree(brief_copy.parent.parent)
    with pytest.raises(BriefError, match="quote not found in the-example-post-2020"):
        accept(report.drafts_path)
    assert _tree(brief_copy.parent.parent) == before


def test_accept_adds_glossary_entries_the_curator_wrote(brief_copy: Path, article: Path) -> None:
    report = _draft(brief_copy, article)
    data = _drafts(report.drafts_path)
    data["entities"] = [
        {
            "id": "rosa-delgado",
            "name": "Rosa Delgado",
            "kind": "person",
            "aliases": ["Delgado"],
            "description": "An organizer with the Sunrise Immigrant Alliance.",
            "citations": [{"source": "the-example-post-2020", "quote": "Rosa Delgado, an organizer"}],
        }
    ]
    _by_quote(data, "Rosa Delgado").update(
        review="done", statement="Rosa Delgado said her group would return.", entities=["rosa-delgado"]
    )
    report.drafts_path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    result = accept(report.drafts_path)
    assert result.entities == ["rosa-delgado"]
    brief = load_brief(brief_copy)
    assert brief.aliases["delgado"] == "rosa-delgado"
    assert brief.facts[result.accepted[0]].entities == ["rosa-delgado"]


def test_accepting_the_last_draft_removes_the_drafts_file(brief_copy: Path, article: Path) -> None:
    report = _draft(brief_copy, article)
    data = _drafts(report.drafts_path)
    data["facts"] = [_by_quote(data, "$12 million") | {"review": "done", "statement": "A $12 million DHS deal."}]
    report.drafts_path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    result = accept(report.drafts_path)
    assert not report.drafts_path.exists()
    assert "No drafts left" in result.text()


def test_a_broken_drafts_file_is_reported_not_raised(tmp_path: Path) -> None:
    path = tmp_path / "drafts.yaml"
    path.write_text("facts: [unclosed\n", encoding="utf-8")
    with pytest.raises(CommandError, match="not valid YAML at line"):
        accept(path, tmp_path)


def test_the_articles_own_outlet_is_not_a_glossary_candidate(brief_copy: Path, tmp_path: Path) -> None:
    path = tmp_path / "ledger.txt"
    path.write_text("“We will stay,” Mark Lewis told The Ledger on Tuesday about the $95 million ICE deal.\n")
    report = draft(brief_copy, path, outlet="The Ledger", published=dt.date(2020, 8, 20))
    assert list(report.glossary_candidates) == ["Mark Lewis"]
    [fact] = _drafts(report.drafts_path)["facts"]
    assert fact["draft"]["new_names"] == ["Mark Lewis"]
    assert fact["date"] == "2020-08-18"


def test_a_quote_across_a_hard_line_break_is_accepted(brief_copy: Path, tmp_path: Path) -> None:
    path = tmp_path / "wrapped.txt"
    path.write_text("Palantir won a $95 million renewal of its\ncontract with ICE on Tuesday.\n", encoding="utf-8")
    report = draft(brief_copy, path, outlet="The Ledger", published=dt.date(2020, 8, 20))
    assert report.seed_path.read_bytes() == path.read_bytes()
    data = _drafts(report.drafts_path)
    [fact] = data["facts"]
    assert fact["citations"][0]["quote"] == "Palantir won a $95 million renewal of its contract with ICE on Tuesday."
    fact.update(review="done", statement="Palantir's ICE contract was renewed for $95 million.")
    report.drafts_path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    [accepted] = accept(report.drafts_path).accepted
    assert load_brief(brief_copy).facts[accepted].date == "2020-08-18"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\xff\xfe\x00junk\x9c", "not UTF-8 text"),
        (None, "Is a directory"),
        (b"source: x\nfacts:\n  - date: 2019-02-30\n", "day is out of range for month"),
    ],
)
def test_accept_of_an_unreadable_drafts_file_is_one_command_error(
    brief_copy: Path, tmp_path: Path, content: bytes | None, reason: str
) -> None:
    path = tmp_path / "drafts.yaml"
    if content is None:
        path.mkdir()
    else:
        path.write_bytes(content)
    with pytest.raises(CommandError, match=reason):
        accept(path, brief_copy)
