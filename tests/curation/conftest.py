"""Fixtures for the curation loop: a private copy of the shipped brief and articles the tests write themselves."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.brief import DEFAULT_BRIEF
from bot.gaps import GapLog
from bot.store import Store
from tests.pg import postgres  # noqa: F401  (the session fixture)

REPO = DEFAULT_BRIEF.parent.parent

# A made-up article: page furniture around it, figures, relative dates, known and new names, one repeated figure.
ARTICLE = """\
Skip to content Skip to footer

Palantir Faces New Pressure Over ICE Work

Activists from Mijente and the Tech Workers Coalition delivered a petition with 12,500 signatures to Palantir on Friday.

Palantir had previously claimed that its $38 million contract with ICE did not aid the agency’s deportation work.

Rosa Delgado, an organizer with the Sunrise Immigrant Alliance, said the group will return next month.

“We will keep coming back until Palantir cancels the contract,” Delgado told reporters.

The company signed a new $12 million deal with the Department of Homeland Security last year.

It was a cold day.

Most Popular

Load more

Over 80 percent of our funding comes from small individual donations. You can help by giving today.

The Example Post has removed its comment section. We invite you to join the discussion on Facebook and Twitter.
"""


@pytest.fixture
def brief_copy(tmp_path: Path) -> Path:
    """The shipped brief and seeds copied side by side, so drafting never touches the real ones."""
    shutil.copytree(DEFAULT_BRIEF, tmp_path / "briefs" / "palantir-ice", ignore=shutil.ignore_patterns("drafts"))
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    return tmp_path / "briefs" / "palantir-ice"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "incoming" / "example-post.txt"
    path.parent.mkdir()
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def gap_log(store: Store) -> GapLog:
    return GapLog(store, salt="test-salt")
