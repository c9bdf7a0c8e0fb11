"""Shared fixtures: the shipped brief (loaded once) and small briefs written into a temp dir for edge cases."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import yaml

from bot.brief import DEFAULT_BRIEF, Brief, load_brief
from bot.core import Core
from bot.store import Store, open_store
from tests.pg import postgres  # noqa: F401  (the session fixture behind db_url)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(autouse=True)
def _snapshot_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Compiled briefs go to one throwaway directory per test run, never the user's cache."""
    monkeypatch.setenv("CACHE_DIR", str(tmp_path_factory.getbasetemp() / "snapshots"))


@pytest.fixture(scope="session", autouse=True)
def user_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The bot's data directory (default SQLite file, console history) is a temp dir in every test and every
    process a test starts, never the user's own (platformdirs follows XDG_DATA_HOME)."""
    path = tmp_path_factory.mktemp("xdg-data")
    before = os.environ.get("XDG_DATA_HOME")
    os.environ["XDG_DATA_HOME"] = str(path)
    yield path / "palantir-ice"
    if before is None:
        os.environ.pop("XDG_DATA_HOME", None)
    else:
        os.environ["XDG_DATA_HOME"] = before


@pytest.fixture(scope="session")
def brief() -> Brief:
    return load_brief(DEFAULT_BRIEF)


@pytest.fixture(scope="session")
def core(brief: Brief) -> Core:
    # shared by many tests: no follow-ups, so no test's question is read with another test's
    return Core(brief, rate_limit=0, follow_up_window=dt.timedelta(0))


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The same tests on a SQLite file and on PostgreSQL (skipped locally when PostgreSQL cannot start)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'bot.db'}"
    cluster = request.getfixturevalue("postgres")
    return str(cluster.new_database())


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    s = open_store(db_url)
    yield s
    s.dispose()


@pytest.fixture
def brief_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped brief whose seeds path points at the real seeds."""
    target = tmp_path / "brief"
    shutil.copytree(DEFAULT_BRIEF, target)
    meta = yaml.safe_load((target / "brief.yaml").read_text(encoding="utf-8"))
    meta["seeds"] = str(SEEDS)
    (target / "brief.yaml").write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")
    return target


TINY_SEED = textwrap.dedent(
    """\
    Alpha Corp signed a $12 million contract with the Beta Agency on a leap day.
    Protesters gathered outside Alpha Corp in Gamma City to oppose the contract.
    Most Popular
    """
)


@pytest.fixture
def make_brief(tmp_path: Path) -> Callable[..., Path]:
    """Write a tiny brief with the given facts (dicts); every fact may cite the one tiny seed."""

    def make(facts: list[dict[str, object]], *, name: str = "tiny") -> Path:
        root = tmp_path / name
        (root / "facts").mkdir(parents=True)
        (root / "glossary").mkdir()
        seeds = root / "seeds"
        seeds.mkdir()
        (seeds / "tiny.txt").write_text(TINY_SEED, encoding="utf-8")
        (root / "brief.yaml").write_text(
            yaml.safe_dump(
                {"id": name, "title": "Tiny", "seeds": "seeds", "topics": {"contracts": "c", "protests": "p"}}
            ),
            encoding="utf-8",
        )
        (root / "sources.yaml").write_text(
            yaml.safe_dump(
                {
                    "sources": [
                        {
                            "id": "tiny",
                            "file": "tiny.txt",
                            "outlet": "Tiny News",
                            "published": "2020-03-01",
                            "published_basis": "stated",
                            "boilerplate": ["Most Popular"],
                        }
                    ]
                }
            ),
            encoding="utf-8",
        )
        (root / "glossary" / "core.yaml").write_text(
            yaml.safe_dump(
                {
                    "entities": [
                        {
                            "id": "alpha-corp",
                            "name": "Alpha Corp",
                            "kind": "company",
                            "aliases": ["Alpha"],
                            "description": "A company in the tiny test brief.",
                            "citations": [{"source": "tiny", "quote": "Alpha Corp signed a $12 million contract"}],
                        }
                    ]
                }
            ),
            encoding="utf-8",
        )
        (root / "facts" / "tiny.yaml").write_text(yaml.safe_dump({"facts": facts}), encoding="utf-8")
        return root

    return make


def tiny_fact(fact_id: str, date: str | None = None, **extra: object) -> dict[str, object]:
    fact: dict[str, object] = {
        "id": fact_id,
        "kind": "event",
        "statement": f"Fact {fact_id} about Alpha Corp and its contract.",
        "topics": ["contracts"],
        "entities": ["alpha-corp"],
        "citations": [{"source": "tiny", "quote": "Alpha Corp signed a $12 million contract"}],
    }
    if date is not None:
        fact["date"] = date
    fact.update(extra)
    return fact
