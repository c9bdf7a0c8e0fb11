"""The CLI contract other tools rely on: JSON shapes and exit codes, run as real processes."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from adapters.console import chat
from bot.commands import Invalid, parse
from bot.core import Core
from tests.conftest import ROOT


def _run(*args: str, stdin: str | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "adapters.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        input=stdin,
        env=env,
        check=False,
    )


def test_ask_json_has_the_contract_shape() -> None:
    result = _run("ask", "how many signatures did the petition have", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {"question", "answered", "text", "citations", "related"} <= set(data)  # the original contract
    assert data["kind"] == "count" and data["lead"] and data["evidence"][0]["citations"]  # and the structure
    assert data["answered"] is True
    c = data["citations"][0]
    assert set(c) == {"fact_id", "source_file", "outlet", "published", "published_label", "quote"}
    assert (ROOT / "seeds" / c["source_file"]).is_file()
    # an article of no single day still says when (fresh tester 20: "published": null was all VICE gave)
    assert c["published"] is None and c["published_label"] == "13–19 September 2019", c


def test_unanswered_question_still_exits_0() -> None:
    result = _run("ask", "who won the world cup", "--json")
    assert result.returncode == 0
    assert json.loads(result.stdout)["answered"] is False


def test_today_json_has_the_contract_shape() -> None:
    result = _run("today", "--date", "2019-09-13", "--json")
    data = json.loads(result.stdout)
    assert data["date"] == "2019-09-13" and data["nearest"] is False
    item = data["items"][0]
    assert set(item) == {"fact_id", "event_date", "years_ago", "text", "citations"}
    assert item["years_ago"] == 0


def test_today_takes_its_date_positionally_as_timeline_takes_its_year() -> None:
    # fresh tester 36: `today 2019-09-13` was "unrecognized arguments" while `timeline 2019` worked
    positional = _run("today", "2019-09-13", "--json")
    assert positional.returncode == 0, positional.stderr
    assert json.loads(positional.stdout) == json.loads(_run("today", "--date", "2019-09-13", "--json").stdout)
    clash = _run("today", "2019-09-13", "--date", "2019-09-14")
    assert clash.returncode == 2 and clash.stderr.strip().splitlines() == [
        "palantir-ice: 2019-09-13 and --date 2019-09-14 disagree: give one"
    ]


def test_usage_errors_exit_2_with_one_line() -> None:
    bad = [["today", "--date", "2019-13-45"], ["today", "2019-13-45"], ["timeline", "--year", "nineteen"]]
    # fresh tester 40: `discord` with no action printed its whole help, not the line `digest` and `subscriptions` give
    for args in [*bad, ["frobnicate"], ["discord"], ["discord", "sync", "--bogus"]]:
        result = _run(*args)
        assert result.returncode == 2
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr


@pytest.mark.parametrize(
    ("args", "prog"),
    [
        (["ask", "--bogus", "hi"], "palantir-ice ask"),
        (["subscriptions", "list", "--tz", "UTC"], "palantir-ice subscriptions list"),
    ],
)
def test_an_option_a_command_does_not_take_is_its_usage_error_named_after_it(args: list[str], prog: str) -> None:
    # fresh tester 39: "palantir-ice: error: unrecognized arguments" named no command, as other usage errors do
    result = _run(*args)
    assert result.returncode == 2 and result.stderr.startswith(f"{prog}: error: unrecognized arguments:"), result.stderr


def test_the_global_options_are_taken_after_the_command_too(tmp_path: Path) -> None:
    # fresh tester 34: "validate --brief X" was a usage error; only "--brief X validate" worked
    missing = str(tmp_path / "no-brief")
    after, before = _run("validate", "--brief", missing), _run("--brief", missing, "validate")
    assert after.returncode == before.returncode == 1
    assert after.stderr == before.stderr and "is not a brief directory" in after.stderr
    shipped = _run("--brief", missing, "validate", "--brief", str(ROOT / "briefs" / "palantir-ice"))
    assert shipped.returncode == 0 and shipped.stdout.startswith("ok: brief"), shipped.stderr  # the later one stands


def test_timeline_fact_sources_commands_print_text() -> None:
    assert "Timeline 2019" in _run("timeline", "--year", "2019").stdout
    assert "contract-49m-2019" in _run("fact", "contract-49m-2019").stdout
    assert "VICE News" in _run("sources").stdout
    cut_short = _run("fact", "contract-49m")
    assert cut_short.returncode == 2 and "Did you mean: contract-49m-2019?" in cut_short.stderr


def test_ask_path_imports_no_platform_or_scheduler_package() -> None:
    code = (
        "import sys; from adapters.cli import main; main(['ask', 'what is falcon']);"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('slack_bolt', 'slack_sdk', 'discord', 'apscheduler')];"
        "print('BAD', bad)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False)
    assert "BAD []" in result.stdout, result.stdout + result.stderr


def test_ask_with_only_the_directories_set_does_not_import_pydantic_settings(tmp_path: Path) -> None:
    code = (
        "import sys; from adapters.cli import main; main(['ask', 'what is falcon']);"
        "print('LOADED', 'pydantic_settings' in sys.modules)"
    )
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "CACHE_DIR": str(tmp_path / "cache")}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, check=False
    )
    assert "FALCON" in result.stdout and "LOADED False" in result.stdout, result.stdout + result.stderr


def test_ask_from_a_current_snapshot_imports_neither_pydantic_nor_yaml_nor_asyncio(tmp_path: Path) -> None:
    """The snapshot holds plain records: validating, reading YAML and the event loop belong to compiling and to the
    chat services, not to answering one question; nor do the other commands' modules, which `ask` does not parse."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "CACHE_DIR": str(tmp_path / "cache")}
    command = [sys.executable, "-m", "adapters.cli", "compile"]
    compiled = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, check=False)
    assert compiled.returncode == 0, compiled.stderr
    code = (
        "import sys; from adapters.cli import main; main(['ask', 'what is falcon']);"
        "heavy = {'pydantic', 'pydantic_core', 'yaml', 'asyncio'};"
        "heavy |= {'bot.cli_curation', 'bot.cli_digest', 'adapters.discord'};"
        "print('LOADED', sorted(({m.split('.')[0] for m in sys.modules} | set(sys.modules)) & heavy))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, check=False
    )
    assert "FALCON" in result.stdout and "LOADED []" in result.stdout, result.stdout + result.stderr


@pytest.fixture(scope="module")
def compiled_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """An environment whose cache holds the shipped brief's current snapshot, as `palantir-ice ask` finds it."""
    home = tmp_path_factory.mktemp("ask")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "CACHE_DIR": str(home / "cache")}
    command = [sys.executable, "-m", "adapters.cli", "compile"]
    compiled = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, check=False)
    assert compiled.returncode == 0, compiled.stderr
    return env


# plain questions, of kinds asked most: an amount ("how much is …": no noun after "how much"), a thing, a date
PLAIN = ("how much is the ICE contract", "how much was it worth", "what is falcon", "when did the contract start")


def test_a_plain_question_asked_from_a_current_snapshot_imports_neither_lemminflect_nor_numpy(
    compiled_env: dict[str, str],
) -> None:
    """lemminflect's dictionary (and numpy, which importing it imports: ~0.1 s of a ~0.2 s `ask`) is for the few
    questions whose words need its parts of speech ("how much profit": is "profit" a noun?); an amount question whose
    word after "how much" is a stop word ("how much is …") or a question naming no such word needs neither."""
    code = (
        f"import sys; from adapters.cli import main; [main(['ask', q]) for q in {PLAIN!r}];"
        "print('LOADED', sorted({m.split('.')[0] for m in sys.modules} & {'lemminflect', 'numpy'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=compiled_env, check=False
    )
    assert "$53 million" in result.stdout and "FALCON" in result.stdout, result.stdout + result.stderr
    assert "LOADED []" in result.stdout, result.stdout + result.stderr


def test_a_plain_question_asked_from_a_current_snapshot_imports_neither_decimal_nor_difflib(
    compiled_env: dict[str, str],
) -> None:
    """decimal (the difference of two sums compared) and difflib (a follow-up's words typed and read lined up, when
    they differ in number) are for the few questions doing either: ~2.3 ms of every `palantir-ice ask` otherwise."""
    code = (
        f"import sys; from adapters.cli import main; [main(['ask', q]) for q in {PLAIN!r}];"
        "print('LOADED', sorted(set(sys.modules) & {'decimal', '_decimal', 'difflib'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=compiled_env, check=False
    )
    assert "$53 million" in result.stdout and "FALCON" in result.stdout, result.stdout + result.stderr
    assert "LOADED []" in result.stdout, result.stdout + result.stderr


def test_ask_from_a_current_snapshot_imports_none_of_the_modules_writing_one(compiled_env: dict[str, str]) -> None:
    """Opening a current snapshot reads it: compiling, and the modules only compiling uses (forking, writing,
    indexing, layout, vocabulary), are imported when a snapshot is missing or fails its check, not by every `ask`."""
    code = (
        "import sys; from adapters.cli import main; main(['ask', 'what is falcon']);"
        "print('LOADED', sorted(m for m in sys.modules if m.startswith('bot.snapshot.')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=compiled_env, check=False
    )
    assert "FALCON" in result.stdout, result.stdout + result.stderr
    expected = ["bot.snapshot.files", "bot.snapshot.keys", "bot.snapshot.rows", "bot.snapshot.serving"]
    assert f"LOADED {expected}" in result.stdout, result.stdout + result.stderr


# module patterns one question in ten or fewer reaches (measured over the development set), each compiled on its
# first use (bot.text.Deferred) instead of at import: together ~10-20 ms of every `palantir-ice ask` process's CPU
RARE_PATTERNS = {
    "bot.text": ("_INVISIBLE", "_ESCAPE"),
    "bot.class_nouns": ("CALLED_AS",),
    "bot.answering.acts": ("PLANNED_ACT",),
    "bot.answering.attribution": ("CALLED_OBJECT",),
    "bot.answering.durations": ("_SUBJECT_OFFERED", "_SUBJECT_LASTING", "_OFFERED_THING"),
    "bot.answering.followups": ("_NUMBER",),
    "bot.answering.normalize": ("_CHAT_MARKUP", "_PHRASAL", "_LINE_QUESTION", "_SLASHED", "_SLASH_DATE"),
    "bot.answering.answerer.called": ("QUALIFIED_HEAD", "IS_A"),
    "bot.answering.answerer.flow": ("HOLDS",),
    "bot.answering.answerer.premises": ("SAME_TIME", "OUTCOME"),
    "bot.answering.compose.composer": ("PURPOSE_CLAUSE",),
    "bot.answering.compose.questions": ("STATES_PURPOSE",),
    "bot.answering.compose.speech": ("MARKED",),
    "bot.answering.compose.wording": ("CLAUSE_END",),
    "bot.answering.compose.yes_no": ("_GENITIVE", "SENTENCE_END"),
    "bot.answering.compose.yes_no_checks": ("_NEGATION_THEN", "_THEN_NEGATION"),
    "bot.answering.decide.acts_told": ("EXAMINED_DATE",),
    "bot.answering.decide.figures": ("REPORTED_WHEN",),
    "bot.answering.understand.understander": ("_WORD_RUN",),
}
# and (perf40) those fewer than three questions in ten reach, each 0.1-0.6 ms to compile: ~4 ms together
for _module, _names in {
    "bot.answering.answerer.called": ("IS_QUALIFIED", "IS_A_DESCRIBED"),
    "bot.answering.answerer.follow_ups": ("QUOTE_SPAN", "RECIPIENT_ASKED"),
    "bot.answering.compose.composer": ("_YEAR_PART", "OWN_SENTENCE"),
    "bot.answering.compose.questions": ("_WENT_PATTERN", "_CAME_OF", "_DID_HAPPEN"),
    "bot.answering.compose.speech": ("CALLED_IN_WORDS",),
    "bot.answering.decide.decider": ("_SCALE_AFTER", "_THOUSANDS_FIGURE"),
    "bot.answering.decide.figures": ("OTHER_EVENT", "DATE"),
    "bot.answering.durations": ("OFFERED_ALONE",),
    "bot.answering.naming": ("NOW_CALLED",),
    "bot.answering.normalize": ("_LINK_LABEL", "_MARKDOWN_LINK", "PIECE_BREAK"),
    "bot.answering.understand.classes": ("DESCRIPTION_HEAD",),
    "bot.answering.understand.times": ("LATER",),
    "bot.answering.understand.understander": ("HELD_DOLLAR", "OPINION_OF"),
}.items():
    RARE_PATTERNS[_module] = RARE_PATTERNS.get(_module, ()) + _names


def test_a_plain_question_compiles_none_of_the_patterns_few_questions_use(compiled_env: dict[str, str]) -> None:
    """`re` compiles in Python (0.2-1 ms a pattern): a pattern few questions reach is compiled when one does, not by
    every `palantir-ice ask` process's imports; the plain questions above reach none of them."""
    code = (
        "import importlib, re, sys; from adapters.cli import main; from bot.text import Deferred;"
        f"[main(['ask', q]) for q in {PLAIN!r}];"
        f"found = [(m, n, getattr(importlib.import_module(m), n)) for m, ns in {RARE_PATTERNS!r}.items() for n in ns];"
        "print('EAGER', [f'{m}.{n}' for m, n, p in found if not isinstance(p, Deferred)]);"
        "print('COMPILED', [f'{m}.{n}' for m, n, p in found if isinstance(p, Deferred) and p.compiled])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=compiled_env, check=False
    )
    assert "FALCON" in result.stdout and "EAGER []" in result.stdout, result.stdout + result.stderr
    assert "COMPILED []" in result.stdout, result.stdout + result.stderr


def test_a_refused_ask_into_a_current_database_records_it_without_sqlalchemy_alembic_or_pydantic(
    tmp_path: Path,
) -> None:
    """The question log's row goes in through sqlite3 once the database is migrated (the first miss migrates it):
    recording a miss should not cost more than answering, which imports none of them either."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "CACHE_DIR": str(tmp_path / "cache")}
    env["XDG_DATA_HOME"] = str(tmp_path / "data")  # the default database, in the user's data directory
    code = (
        "import sys; from adapters.cli import main; main(['ask', sys.argv[1]]);"
        "heavy = {'sqlalchemy', 'alembic', 'pydantic', 'pydantic_settings'};"
        "print('LOADED', sorted({m.split('.')[0] for m in sys.modules} & heavy))"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", code, question], capture_output=True, text=True, cwd=ROOT, env=env, check=False
        )
        for question in ("who won the world cup?", "what is the capital of Mongolia?")
    ]
    assert all(run.returncode == 0 and run.stderr == "" for run in runs), [run.stderr for run in runs]
    assert "LOADED []" not in runs[0].stdout  # the new database was created and migrated by alembic
    assert "LOADED []" in runs[1].stdout, runs[1].stdout
    with sqlite3.connect(tmp_path / "data" / "palantir-ice" / "palantir-ice.db") as conn:
        questions = [q for (q,) in conn.execute("SELECT question FROM unanswered_questions ORDER BY id")]
    assert questions == ["who won the world cup?", "what is the capital of Mongolia?"]


@pytest.mark.parametrize(
    ("name", "value", "said"),
    [
        ("FOLLOW_UP_MINUTES", "abc", "FOLLOW_UP_MINUTES must be a whole number from 0 to 1440, not 'abc'"),
        ("RATE_LIMIT_PER_MINUTE", "-1", "RATE_LIMIT_PER_MINUTE must be a whole number, 0 or more, not '-1'"),
        ("DATABASE_TIMEOUT_SECONDS", "x", "DATABASE_TIMEOUT_SECONDS must be a number above 0 and at most 600"),
        ("DIGESTS_ENABLED", "maybe", "DIGESTS_ENABLED must be true or false"),
        ("DISCORD_SHARD_IDS", "0,x", "DISCORD_SHARD_IDS must be whole numbers separated by commas"),
        ("PORT", "http", "PORT must be a whole number from 0 to 65535, not 'http'"),
    ],
)
def test_a_bad_setting_is_one_line_naming_it_and_what_it_accepts_not_pydantics_words(
    tmp_path: Path, name: str, value: str, said: str
) -> None:
    """Fresh tester: FOLLOW_UP_MINUTES=abc said "Input should be a valid integer, unable to parse string as an
    integer"; every setting's type and bounds are said in words instead."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "CACHE_DIR": str(tmp_path / "cache")}
    result = _run_env("ask", "what is falcon", **env, **{name: value})
    assert result.returncode == 1 and said in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Input should" not in result.stderr


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("RATE_LIMIT_PER_MINUTE", "-1"),
        ("LOG_LEVEL", "bogus"),
        ("DIGEST_DEFAULT_TIMEZONE", "Mars/X"),
        ("DIGEST_DEFAULT_TIME", "99:99"),  # the fourth session's tester: said without naming the setting
    ],
)
def test_a_bad_setting_beside_the_directories_still_stops_ask_with_one_line(
    tmp_path: Path, name: str, value: str
) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "CACHE_DIR": str(tmp_path / "cache")}
    result = _run_env("ask", "what is falcon", **env, **{name: value})
    assert result.returncode == 1 and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and name in result.stderr, result.stderr


def test_the_directories_read_without_settings_are_the_ones_settings_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from bot import settings

    for name in [n for n in os.environ if n.lower() in settings.Settings.model_fields]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("cache_dir", str(tmp_path / "cache"))  # any case, as Settings reads it
    monkeypatch.setenv("BRIEF_DIR", "")  # set but empty: unset
    assert settings.only_directories_set()
    assert settings.directory("cache_dir") == settings.Settings().cache_dir == tmp_path / "cache"
    assert settings.directory("brief_dir") is settings.Settings().brief_dir is None
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'bot.db'}")
    assert not settings.only_directories_set()


def test_every_setting_read_without_settings_is_the_one_settings_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from bot import settings

    for name in [n for n in os.environ if n.lower() in settings.Settings.model_fields]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("CACHE_DIR", str(tmp_path / "cache"))
    assert settings.only_directories_set()
    for name in settings.Settings.model_fields:  # read from the declarations, without building Settings
        assert settings.setting(name) == getattr(settings.Settings(), name), name
    monkeypatch.setenv("QUESTION_LOG_TIMEOUT_SECONDS", "5.5")
    assert settings.setting("question_log_timeout_seconds") == 5.5
    assert settings.setting("database_url") == settings.default_database_url()
    with pytest.raises(ValueError, match="not a setting"):
        settings.setting("no_such_setting")


def test_console_chat_speaks_the_slash_command_grammar(core: Core) -> None:
    out = io.StringIO()
    chat(core, stdin=io.StringIO("help\ntoday 2019-09-13\nwhat is falcon\nfact nope\nquit\nnever read\n"), stdout=out)
    text = out.getvalue()
    assert "Commands:" in text
    assert "On this date: 13 September" in text
    assert "FALCON" in text
    assert "There is no fact with the id 'nope'" in text


def test_run_without_tokens_says_so_and_falls_back_to_the_console(tmp_path: Path) -> None:
    env_free = subprocess.run(
        [sys.executable, "-m", "adapters.cli", "run"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        input="sources\nsubscribe 25:00 Mars/Base\n",
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "DATABASE_URL": f"sqlite:///{tmp_path / 'bot.db'}"},
        check=False,
    )
    assert env_free.returncode == 0, env_free.stderr
    assert "No chat platform configured" in env_free.stderr
    assert "Sources" in env_free.stdout
    assert "no channel to deliver a daily digest to" in env_free.stdout  # the console refuses subscribe, with why


def _run_env(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run(
        [sys.executable, "-m", "adapters.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **env},
        check=False,
    )


def test_compile_fails_in_one_line_naming_cache_dir_when_the_snapshot_cannot_be_written(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("a file where the cache directory should be", encoding="utf-8")
    result = _run_env("compile", CACHE_DIR=str(blocker / "cache"))
    assert result.returncode == 1, result.stdout
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "CACHE_DIR" in lines[0] and str(blocker / "cache") in lines[0]
    assert lines[0].endswith("it, or a folder above it, is a file")  # mkdir's "Not a directory" named no culprit
    itself = _run_env("compile", CACHE_DIR=str(blocker))
    assert itself.returncode == 1 and itself.stderr.strip().endswith("it, or a folder above it, is a file")


def test_a_cache_dir_whose_parent_folder_is_missing_is_not_created_and_compile_says_so_in_one_line(
    tmp_path: Path,
) -> None:
    """fresh tester 48 §5: CACHE_DIR=/nonexistent/x compile silently created the whole chain of folders. A typo
    there is refused, as a SQLite path in a missing folder is; the folder itself is still created when its parent
    exists (next test), and the default cache directory with its parents."""
    cache = tmp_path / "nonexistent" / "x"
    result = _run_env("compile", CACHE_DIR=str(cache))
    assert result.returncode == 1 and result.stdout == "", result.stdout
    assert result.stderr.strip().splitlines() == [
        f"palantir-ice: cannot write the brief's snapshot under CACHE_DIR {cache}: the folder above it,"
        f" {tmp_path / 'nonexistent'}, does not exist"
    ]
    assert not (tmp_path / "nonexistent").exists()
    answered = _run_env("ask", "what is falcon", CACHE_DIR=str(cache))
    assert answered.returncode == 0 and "FALCON" in answered.stdout, answered.stderr
    assert "cannot be written (the folder above it" in answered.stderr
    assert not (tmp_path / "nonexistent").exists()


def test_a_cache_dir_whose_parent_exists_is_created_by_compile(tmp_path: Path) -> None:
    result = _run_env("compile", CACHE_DIR=str(tmp_path / "x"))
    assert result.returncode == 0 and (tmp_path / "x").is_dir(), result.stderr


def test_a_command_using_the_brief_says_once_that_the_cache_is_not_writable_and_still_answers(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("a file where the cache directory should be", encoding="utf-8")
    result = _run_env("timeline", "--year", "2019", CACHE_DIR=str(blocker / "cache"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "CACHE_DIR" in lines[0] and "cannot be written" in lines[0], result.stderr


def test_subscriptions_add_for_the_console_is_refused_with_the_consoles_reason_and_stores_nothing(
    tmp_path: Path,
) -> None:
    from bot import messages

    db = f"sqlite:///{tmp_path / 'bot.db'}"
    result = _run_env("subscriptions", "add", "--platform", "console", "--channel", "x", DATABASE_URL=db)
    assert result.returncode != 0
    assert result.stderr.strip() == f"palantir-ice: {messages.CONSOLE_NO_DIGESTS}"
    listed = _run_env("subscriptions", "list", DATABASE_URL=db)
    assert listed.returncode == 0 and listed.stdout.strip() == "no subscriptions", listed.stderr


def test_subscriptions_list_json_gives_each_subscription_as_fields_and_an_empty_array_for_none(tmp_path: Path) -> None:
    import json

    db = f"sqlite:///{tmp_path / 'bot.db'}"
    empty = _run_env("subscriptions", "list", "--json", DATABASE_URL=db)
    assert empty.returncode == 0 and json.loads(empty.stdout) == [], empty.stderr
    added = _run_env(
        "subscriptions", "add", "--platform", "discord", "--workspace", "7001", "--channel", "42", "--time", "08:30",
        "--tz", "Europe/Berlin",
        DATABASE_URL=db,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    listed = _run_env("subscriptions", "list", "--json", DATABASE_URL=db)
    assert listed.returncode == 0, listed.stderr
    [row] = json.loads(listed.stdout)
    assert {k: row[k] for k in ("platform", "workspace", "channel", "enabled", "local_time", "timezone")} == {
        "platform": "discord",
        "workspace": "7001",
        "channel": "42",
        "enabled": True,
        "local_time": "08:30",
        "timezone": "Europe/Berlin",
    }
    # the next delivery, in UTC: 08:30 in Berlin is 06:30 or 07:30 UTC, whatever the season
    assert row["next_due"].endswith(("T06:30:00Z", "T07:30:00Z")) and row["last_delivery_status"] is None


def test_validate_reports_how_many_problems_the_brief_has_and_run_refuses_to_start(brief_copy: Path) -> None:
    (brief_copy / "sources.yaml").write_text("", encoding="utf-8")
    checked = _run("--brief", str(brief_copy), "validate")
    assert checked.returncode == 1
    assert checked.stderr.splitlines()[:2] == [
        f"palantir-ice: brief {brief_copy} has 1 problem(s):",
        "  sources.yaml: lists no sources",
    ]
    assert "refusing to start" not in checked.stderr
    started = _run_env("--brief", str(brief_copy), "run", DISCORD_TOKEN="", SLACK_BOT_TOKEN="")
    assert started.returncode == 1
    # the header every other command prints, with the directory, in one line (fresh tester 75 U1)
    assert started.stderr.splitlines()[:2] == [
        f"palantir-ice: refusing to start: brief {brief_copy} has 1 problem(s):",
        "  sources.yaml: lists no sources",
    ]


def test_a_directory_without_brief_yaml_is_reported_at_once_without_reading_the_files_below_it(tmp_path: Path) -> None:
    unreadable = tmp_path / "below" / "secret"
    unreadable.mkdir(parents=True)
    (unreadable / "data.bin").write_bytes(b"x")
    (unreadable / "gone").symlink_to(tmp_path / "nowhere")  # hashing every file below would trip on this
    result = subprocess.run(
        [sys.executable, "-m", "adapters.cli", "--brief", "", "ask", "what is falcon"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1, result.stderr
    assert result.stderr.splitlines()[:2] == [
        "palantir-ice: brief . has 3 problem(s):",
        "  brief.yaml: missing (every brief needs id, title, topics)",
    ]
    assert "Traceback" not in result.stderr


def test_a_fact_id_pasted_with_spaces_or_typed_in_capitals_opens_that_fact() -> None:
    # tester 62 C1: both exited 2 "There is no fact with the id …", though the chat trims the same input
    for typed in (" contract-49m-2019 ", "CONTRACT-49M-2019"):
        shown = _run("fact", typed)
        assert shown.returncode == 0, shown.stderr
        assert shown.stdout.startswith("contract-49m-2019 ")


def test_an_unknown_fact_id_is_a_usage_error_exit_2_suggesting_only_ids_a_typo_away() -> None:
    nonsense = _run("fact", "nope")
    assert nonsense.returncode == 2 and nonsense.stdout == ""
    assert nonsense.stderr.strip() == "palantir-ice: There is no fact with the id 'nope'."
    typo = _run("fact", "contract-49n-2019")
    assert typo.returncode == 2
    assert typo.stderr.strip().endswith("Did you mean: contract-49m-2019?")


def test_timeline_takes_a_month_positional_as_the_chat_command_and_today_suggest() -> None:
    month = _run("timeline", "2019-09")
    assert month.returncode == 0, month.stderr
    assert month.stdout.startswith("Timeline September 2019\n")
    assert all("September 2019" in line for line in month.stdout.splitlines()[1:])
    assert _run("timeline", "2019").stdout.startswith("Timeline 2019\n")
    bad = _run("timeline", "2019-13")
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1


def test_sources_json_lists_every_source_with_its_file_and_date() -> None:
    result = _run("sources", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data) == 5 and len({s["file"] for s in data}) == 5
    assert all(s["published"] and s["fact_count"] > 0 for s in data)


def test_sources_with_an_outlet_or_a_year_lists_only_the_articles_they_name() -> None:
    # `palantir-ice sources vice` failed with "unrecognized arguments"
    vice = _run("sources", "vice")
    assert vice.returncode == 0, vice.stderr
    assert vice.stdout.startswith("The articles matching “vice”: 1 of 5.") and "VICE News" in vice.stdout
    assert [s["outlet"] for s in json.loads(_run("sources", "2018", "--json").stdout)] == [None]
    assert json.loads(_run("sources", "vice", "2018", "--json").stdout) == []  # none named: none listed as named
    missed = _run("sources", "vice", "2018")
    assert missed.returncode == 0 and missed.stdout.startswith("No article matches “vice 2018”")


def test_sources_followed_by_a_claim_or_a_sentence_is_answered_as_in_chat() -> None:
    """`palantir-ice sources for the 150 million` listed the articles none matched, where the chat answers it: the
    shell now reads it as the chat does (bot.commands.asks_of_sources) and answers as `ask` does, --json too."""
    for words in (["for", "the", "150", "million"], ["say", "palantir", "renewed"]):
        shown = _run("sources", *words)
        asked = _run("ask", " ".join(["sources", *words]))
        assert shown.returncode == 0, shown.stderr
        assert not shown.stdout.startswith("No article matches") and shown.stdout == asked.stdout
    answered = json.loads(_run("sources", "for", "the", "150", "million", "--json").stdout)
    assert answered["question"] == "sources for the 150 million" and answered["answered"]


def test_sources_given_one_quoted_argument_reads_its_words_as_typed_apart() -> None:
    # fresh tester 88: `palantir-ice sources "for falcon"` gave "No article matches" and the whole list, where
    # `sources for falcon` is answered as the question it is
    quoted, apart = _run("sources", "for falcon"), _run("sources", "for", "falcon")
    assert quoted.returncode == 0 and not quoted.stdout.startswith("No article matches"), quoted.stdout
    assert quoted.stdout == apart.stdout


def test_a_reader_closing_early_does_not_stop_ask_recording_the_unanswered_question(tmp_path: Path) -> None:
    """`ask … | head -1`: the answer is cut short, yet the miss is in the question log, exit 0, stderr empty."""
    import os

    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'bot.db'}"}
    question = "how many employees does Palantir have in Denver"
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the answer is written: every write fails with EPIPE
    try:
        asked = subprocess.run(
            [sys.executable, "-m", "adapters.cli", "ask", question],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=env,
            check=False,
        )
    finally:
        os.close(write_end)
    assert asked.returncode == 0 and asked.stderr == ""
    gaps = _run("gaps", "--json", env=env)
    assert gaps.returncode == 0, gaps.stderr
    assert [row["question"] for row in json.loads(gaps.stdout)["unanswered"]] == [question]


def test_help_from_the_shell_prints_what_dash_dash_help_prints_and_exits_0() -> None:
    asked = _run("help")
    assert asked.returncode == 0 and asked.stderr == ""
    assert asked.stdout == _run("--help").stdout
    assert "chat" in asked.stdout and "validate" in asked.stdout  # the adapters' commands and the core's
    one = _run("help", "timeline")
    assert one.returncode == 0 and one.stdout == _run("timeline", "--help").stdout
    unknown = _run("help", "frobnicate")
    assert unknown.returncode == 2 and len(unknown.stderr.strip().splitlines()) == 1


def test_help_names_a_subcommand_as_its_help_and_an_unknown_one_in_one_line() -> None:
    # fresh tester 50: `help digest preview` said "unrecognized arguments: preview"; the README says it is the same as
    # `digest preview --help`
    for words in (["digest", "preview"], ["subscriptions", "add"]):
        nested = _run("help", *words)
        assert nested.returncode == 0 and nested.stderr == "", nested.stderr
        assert nested.stdout == _run(*words, "--help").stdout
    unknown = _run("help", "digest", "nope")
    assert unknown.returncode == 2
    assert unknown.stderr == "palantir-ice: no command 'digest nope': `palantir-ice help digest` lists them\n"
    leaf = _run("help", "fact", "x")
    assert leaf.returncode == 2 and leaf.stderr == "palantir-ice: no command 'fact x': `fact` has no subcommands\n"


def test_timeline_year_option_takes_a_month_as_the_positional_and_the_console_do() -> None:
    month = _run("timeline", "--year", "2019-06")
    assert month.returncode == 0, month.stderr
    assert month.stdout == _run("timeline", "2019-06").stdout
    assert month.stdout.startswith("Timeline June 2019\n")
    finer = _run("timeline", "2019", "--year", "2019-09")  # the same year: the month narrows it
    assert finer.returncode == 0 and finer.stdout.startswith("Timeline September 2019\n")
    clash = _run("timeline", "2018", "--year", "2019-09")
    assert clash.returncode == 2 and clash.stderr.strip() == "palantir-ice: 2018 and --year 2019-09 disagree: give one"
    bad = _run("timeline", "--year", "2019-13")
    assert bad.returncode == 2 and "not a year or a month like 2019 or 2019-09" in bad.stderr
    for day in (["2019-02-30"], ["--year", "2019-9-13"]):  # fresh tester 78 C1: a day, told as the chat tells it
        told = _run("timeline", *day)
        assert told.returncode == 2 and "is a day, and timeline takes a year or a month" in told.stderr
        assert "use today YYYY-MM-DD" in told.stderr
    short = _run("timeline", "--year", "2019-9")  # as --date takes 2019-9-13
    assert short.returncode == 0 and short.stdout.startswith("Timeline September 2019\n"), short.stderr


def _run_to(stdout: int | None, stdin: int | None, *args: str) -> subprocess.CompletedProcess[str]:
    """The CLI with its standard output / input given as a file descriptor; -1 starts it with that stream closed."""

    def close() -> None:
        for fd, wanted in ((0, stdin), (1, stdout)):
            if wanted == -1:
                os.close(fd)

    return subprocess.run(
        [sys.executable, "-m", "adapters.cli", *args],
        stdout=None if stdout == -1 else stdout,
        stdin=None if stdin == -1 else stdin,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        preexec_fn=close,
        check=False,
    )


@pytest.mark.parametrize(
    "args", [("ask", "who is karp"), ("sources",), ("timeline",), ("ask", "who is karp", "--json")]
)
def test_output_that_cannot_be_written_is_one_line_and_exit_1_not_a_traceback(args: tuple[str, ...]) -> None:
    with open("/dev/full", "w") as full:
        result = _run_to(full.fileno(), subprocess.DEVNULL, *args)
    assert result.returncode == 1, result.stderr
    assert result.stderr.strip() == "palantir-ice: could not write: No space left on device"


def test_a_closed_standard_output_or_input_is_read_as_gone_not_a_traceback() -> None:
    asked = _run_to(-1, subprocess.DEVNULL, "ask", "who is karp")  # `>&-`: the answer goes nowhere
    assert asked.returncode == 0 and asked.stderr == "", asked.stderr
    chatted = _run_to(subprocess.DEVNULL, -1, "chat")  # `<&-`: no input is the end of input
    assert chatted.returncode == 0 and "Traceback" not in chatted.stderr, chatted.stderr


def test_a_fault_of_ours_is_one_line_and_exit_70_and_verbose_shows_the_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from adapters.cli import main

    def broken(self: Core, match: str | None = None) -> None:  # a bug somewhere under a command
        raise KeyError("sources")

    monkeypatch.setattr(Core, "sources", broken)
    assert main(["sources"]) == 70
    err = capsys.readouterr().err
    assert err.strip().splitlines() == [
        "palantir-ice: sources failed on an internal error (KeyError); run it again with --verbose for the details "
        "to report"
    ]
    with pytest.raises(KeyError):
        main(["--verbose", "sources"])


def test_a_warning_on_the_way_reads_as_one_of_the_commands_own_lines(tmp_path: Path) -> None:
    # a snapshot failing its check is compiled again; the warning said so without the command's name (tester 23)
    from bot.snapshot import MANIFEST

    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "CACHE_DIR": str(tmp_path / "cache")}
    compiled = _run("compile", env=env)
    assert compiled.returncode == 0, compiled.stderr
    manifests = list((tmp_path / "cache").rglob(MANIFEST))
    assert manifests
    for manifest in manifests:
        manifest.unlink()
    result = _run("ask", "what is falcon", env=env)
    assert result.returncode == 0 and "FALCON" in result.stdout, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines and all(line.startswith("palantir-ice: ") for line in lines), result.stderr


def test_a_ctrl_c_while_the_command_loads_ends_it_quietly_with_status_130() -> None:
    # fresh tester 28: a Ctrl-C in the first ~0.5 s of any command (`timeout -s INT 0.3 palantir-ice ask …`) printed
    # a KeyboardInterrupt traceback from the imports; the interrupt is raised here where it landed, mid-import
    code = (
        "import sys\n"
        "class Interrupting:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'bot.factbase':\n"
        "            raise KeyboardInterrupt\n"
        "sys.meta_path.insert(0, Interrupting())\n"
        "from adapters.launch import entry\n"
        "entry()\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False)
    assert result.returncode == 130 and "Traceback" not in result.stderr, result.stderr


def test_ask_given_a_command_word_points_to_the_command() -> None:
    # fresh tester 34: `ask "today"` was greeted ("Hello! …"), `ask "sources"` called outside what the bot covers
    today = _run("ask", "today 2019-09-13")
    assert today.returncode == 0 and "run `palantir-ice today --date 2019-09-13`" in today.stdout, today.stdout
    assert "run `palantir-ice sources`" in _run("ask", "Sources").stdout
    assert "run `palantir-ice sources the hill`" in _run("ask", "sources the hill").stdout
    assert "run `palantir-ice timeline 2019 protests`" in _run("ask", "timeline 2019 protests").stdout  # tester 60
    assert "Slack or Discord channel" in _run("ask", "subscribe 09:00").stdout
    assert "one of my commands" not in _run("ask", "what happened today in 2019").stdout  # a question stays one
    assert json.loads(_run("ask", "today", "--json").stdout)["question"] == "today"  # --json keeps its shape


def test_ask_given_a_command_word_after_the_chats_slash_name_points_to_the_command() -> None:
    # review 20 F5: "/palantir-ice today" and "/today" got the greeting (the slash name was dropped after the check)
    for typed in ("/palantir-ice today", "/today"):
        result = _run("ask", typed)
        assert "run `palantir-ice today`" in result.stdout, (typed, result.stdout)


def test_a_blank_fact_id_is_a_usage_error_not_an_unknown_id() -> None:
    # review 20 F6: `fact " "` said "There is no fact with the id ''."
    result = _run("fact", "  ")
    assert result.returncode == 2 and "argument id" in result.stderr and "no fact" not in result.stderr, result.stderr


def test_a_damaged_word_rows_cache_file_is_written_anew_and_ask_still_answers(tmp_path: Path) -> None:
    # fresh tester 35: garbage in the cache's shared word rows (then .english-v4.sqlite) made every `ask` exit 1,
    # blaming the data database; the snapshot check found it, but compiling again linked the same damaged file back in
    from bot.english_tables import TABLE_DB

    cache = str(tmp_path / "cache")
    assert _run_env("ask", "what is falcon", CACHE_DIR=cache).returncode == 0
    shared = tmp_path / "cache" / f".{TABLE_DB}"
    assert shared.is_file()
    shared.write_text("garbage, not SQLite", encoding="utf-8")
    result = _run_env("ask", "wat is falcn", CACHE_DIR=cache)  # a typo: the rows' `near` table is read too
    assert result.returncode == 0 and result.stdout.startswith("FALCON:"), result.stderr
    assert "palantir-ice.db" not in result.stderr


def test_word_rows_that_cannot_be_read_leave_the_word_table_in_memory_to_answer(tmp_path: Path) -> None:
    from bot.answering.english import English
    from bot.english_tables import TABLE_DB

    (tmp_path / TABLE_DB).write_text("garbage, not SQLite", encoding="utf-8")
    english = English(tmp_path)
    assert english.zipf("company") > 4 and english.verb("deleted") == "delete"
    assert "floodign" not in english.near("floodign") and "flooding" in english.near("floodign")


def test_ask_json_citations_are_the_answers_own_not_its_related_facts() -> None:
    # fresh tester 35: a $49 million answer's `citations` carried the quote of the $53 million contract (a related
    # fact, which `related` names)
    data = json.loads(_run("ask", "how much is the 49m contract", "--json").stdout)
    cited = {c["fact_id"] for c in data["citations"]}
    shown = {i["id"] for i in data["evidence"]} | {i["id"] for i in data["differs"]}
    assert cited == shown and "contract-49m-2019" in cited, data["citations"]
    assert not cited & {r["id"] for r in data["related_titles"]}


def test_timeline_takes_its_topic_positionally_in_any_order_as_the_chat_command_does() -> None:
    # fresh tester 59: `timeline 2019-09 protests` was "unrecognized arguments" on the shell, though chat takes it
    both = _run("timeline", "2019-09", "protests")
    assert both.returncode == 0, both.stderr
    assert both.stdout.startswith("Timeline September 2019 — protests\n")
    assert both.stdout == _run("timeline", "protests", "2019-09").stdout
    assert both.stdout == _run("timeline", "2019-09", "--topic", "protests").stdout
    assert _run("timeline", "protests").stdout.startswith("Timeline — protests\n")
    two_topics = _run("timeline", "protests", "contracts")
    assert two_topics.returncode == 2 and two_topics.stderr == "palantir-ice: protests and contracts: give one topic\n"
    clash = _run("timeline", "protests", "--topic", "contracts")
    assert clash.returncode == 2 and "give one topic" in clash.stderr
    two_years = _run("timeline", "2019", "2018")
    assert two_years.returncode == 2
    assert two_years.stderr.startswith("palantir-ice: timeline takes one year or one month, not 2019 and 2018:")
    ranged = _run("timeline", "2018-2019")  # said "'2018-2019' is not a year or a month"; the chat says the same now
    chat_says = parse("timeline 2018-2019")
    assert isinstance(chat_says, Invalid) and ranged.returncode == 2
    assert ranged.stderr == f"palantir-ice: {chat_says.message}\n"


def test_timeline_reads_its_words_as_the_chat_command_does_so_ask_points_to_a_command_that_runs() -> None:
    # the session-19 review: `ask "timeline of protests"` pointed to `palantir-ice timeline of protests`, which
    # exited 2 ("unrecognized"), as did `timeline sept 2019` and `timeline for 2019`: the shell now reads them as chat
    pointer = _run("ask", "timeline of protests")
    assert pointer.returncode == 0 and "palantir-ice timeline of protests" in pointer.stdout
    assert _run("timeline", "of", "protests").stdout == _run("timeline", "protests").stdout
    assert _run("timeline", "sept", "2019").stdout == _run("timeline", "2019-09").stdout
    assert _run("timeline", "for", "2019").stdout == _run("timeline", "2019").stdout
    month_topic = _run("timeline", "september", "2019", "protests")
    assert month_topic.returncode == 0 and month_topic.stdout.startswith("Timeline September 2019 — protests\n")
