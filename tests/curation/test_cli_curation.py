"""The curators' commands as a person runs them: exit codes, messages, files written."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import yaml

from adapters.cli import main
from bot.gaps import GapLog
from bot.models import Answer
from bot.ports import Context
from bot.store import open_store


def _draft_args(brief: Path, article: Path) -> list[str]:
    return ["--brief", str(brief), "draft", str(article), "--outlet", "The Example Post", "--published", "2020-01-06"]


def test_draft_then_validate_then_accept_from_the_command_line(
    brief_copy: Path, article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(_draft_args(brief_copy, article)) == 0
    out = capsys.readouterr().out
    assert "added source 'the-example-post-2020'" in out and "Boilerplate stripped" in out
    drafts = brief_copy / "drafts" / "the-example-post-2020.yaml"
    assert main(["--brief", str(brief_copy), "validate"]) == 0  # drafts are not served, so the brief is valid
    capsys.readouterr()

    data = yaml.safe_load(drafts.read_text(encoding="utf-8"))
    data["facts"][0].update(review="done", statement="Activists handed Palantir a petition with 12,500 names.")
    drafts.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    assert main(["draft", "--accept", str(drafts)]) == 0  # the brief is found from the drafts file's place
    assert "Accepted 1 facts" in capsys.readouterr().out
    assert main(["--brief", str(brief_copy), "validate"]) == 0


def test_validate_names_a_fact_that_still_needs_review(
    brief_copy: Path, article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(_draft_args(brief_copy, article))
    data = yaml.safe_load((brief_copy / "drafts" / "the-example-post-2020.yaml").read_text(encoding="utf-8"))
    fact = {k: v for k, v in data["facts"][0].items() if k != "draft"}
    (brief_copy / "facts" / "new.yaml").write_text(yaml.safe_dump({"facts": [fact]}), encoding="utf-8")
    capsys.readouterr()
    assert main(["--brief", str(brief_copy), "validate"]) == 1
    err = capsys.readouterr().err
    assert f"facts/new.yaml: {fact['id']}: still needs review" in err


def test_accepting_a_placeholder_statement_fails_with_the_reason(
    brief_copy: Path, article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(_draft_args(brief_copy, article))
    drafts = brief_copy / "drafts" / "the-example-post-2020.yaml"
    data = yaml.safe_load(drafts.read_text(encoding="utf-8"))
    data["facts"][0]["review"] = "done"
    drafts.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    capsys.readouterr()
    assert main(["draft", "--accept", str(drafts)]) == 1
    err = capsys.readouterr().err
    assert "nothing accepted" in err and "statement is still the placeholder" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["draft"], "draft needs an article file"),
        (["draft", "x.txt", "--published", "2020-01-06"], "draft needs --outlet NAME and --published"),
        (["draft", "x.txt", "--outlet", "X", "--published", "6 Jan"], "as a date: use YYYY-MM-DD"),
        (["draft", "missing.txt", "--outlet", "X", "--published", "2020-01-06"], "no such article file"),
        (["draft", "x.txt", "--accept", "d.yaml"], "takes the drafts file only"),
        (["draft", "--accept", "nowhere.yaml"], "no such drafts file"),
        (["gaps", "--since", "-3"], "not a whole number of days"),
        # fresh tester 20: a number of days no date can go back by was an internal error (OverflowError, exit 70)
        (["gaps", "--since", "99999999999"], "not a whole number of days from 1 to 36,500"),
        (["gaps", "--limit", "0"], "not a whole number of rows"),  # said "days"
        (["export", "--format", "xml"], "invalid choice"),
    ],
)
def test_usage_errors_exit_2_with_one_clear_line(
    brief_copy: Path, argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        raise SystemExit(main(["--brief", str(brief_copy), *argv]))
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_draft_of_a_missing_file_says_so_first_even_without_outlet_and_date(
    brief_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """fresh tester 50 §5.6: `draft /nonexistent.txt` said only "draft needs --outlet NAME and --published"."""
    missing = tmp_path / "nonexistent.txt"
    assert main(["--brief", str(brief_copy), "draft", str(missing)]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"palantir-ice: no such article file: {missing}",
        "palantir-ice: draft needs --outlet NAME and --published YYYY-MM-DD",
    ]
    article = tmp_path / "article.txt"
    article.write_text("An article.\n", encoding="utf-8")
    assert main(["--brief", str(brief_copy), "draft", str(article)]) == 2  # only the options, then
    assert capsys.readouterr().err == "palantir-ice: draft needs --outlet NAME and --published YYYY-MM-DD\n"


def test_export_writes_each_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "brief.csv"
    assert main(["export", "--format", "csv", "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("record,id,kind,")
    capsys.readouterr()
    assert main(["export", "--format", "jsonld"]) == 0
    assert json.loads(capsys.readouterr().out)["@context"] == "https://schema.org"
    assert main(["export"]) == 0
    assert json.loads(capsys.readouterr().out)["format"] == "palantir-ice-brief"


def test_export_never_replaces_an_existing_file_unless_forced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # fresh tester 18: "export --out" naming the bot's database replaced it, and every subscription with it
    out = tmp_path / "palantir-ice.db"
    out.write_bytes(b"SQLite format 3\x00 subscriptions")
    assert main(["export", "--format", "csv", "--out", str(out)]) == 2  # a usage mistake, as CommandError is
    assert "already exists" in capsys.readouterr().err
    assert out.read_bytes() == b"SQLite format 3\x00 subscriptions"
    assert main(["export", "--format", "csv", "--out", str(out), "--force"]) == 0
    assert out.read_text(encoding="utf-8").startswith("record,id,kind,")


def test_export_to_a_directory_says_it_is_one_forced_or_not(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # fresh tester 33: "already exists … add --force", then with --force "cannot write …: Is a directory"
    for force in ([], ["--force"]):
        assert main(["export", "--format", "csv", "--out", str(tmp_path), *force]) == 2
        assert "is a directory: name a file" in capsys.readouterr().err


def test_gaps_lists_and_purges_from_the_configured_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'bot.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("GAPS_RETENTION_DAYS", "30")
    store = open_store(url)
    log = GapLog(store)
    now = dt.datetime.now(dt.UTC)
    for question, age in (("who is rosa delgado?", 1), ("Who is Rosa Delgado", 2), ("what is Gotham?", 45)):
        ctx = Context(platform="slack", workspace="T1", user=f"U{age}")
        miss = Answer(question=question, answered=False, outcome="no_match", text="")
        log.record_unanswered(ctx, miss, now - dt.timedelta(days=age))
    store.dispose()

    assert main(["gaps", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["since_days"] == 30 and report["total_unanswered"] == 2
    assert report["unanswered"][0]["count"] == 2
    assert main(["gaps", "--since", "60"]) == 0
    assert "Unanswered questions in the last 60 days: 3" in capsys.readouterr().out
    assert main(["gaps", "--purge"]) == 0
    assert "Deleted 1 unanswered questions" in capsys.readouterr().out
