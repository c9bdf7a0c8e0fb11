"""Secrets at rest: the SQLite file (and its -wal/-shm) readable by its owner only, installation tokens encrypted
with SECRET_KEY (Fernet), re-encrypted on key rotation, and a warning when installs run without it."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import aiohttp
import pytest
import sqlalchemy as sa
from cryptography.fernet import Fernet

from adapters.slack import service
from bot.core import Core
from bot.settings import Settings
from bot.store import open_store
from tests.fakes.slack_api import FakeSlackAPI
from tests.slack.conftest import SECRET, Slack, install, running


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_sqlite_file_and_its_wal_and_shm_are_created_owner_only(tmp_path: Path) -> None:
    old = os.umask(0o022)  # the usual umask, under which SQLite creates 0644 files
    try:
        db = tmp_path / "bot.db"
        store = open_store(f"sqlite:///{db}")
        with store.engine.connect() as conn:  # a reader keeps -wal and -shm in place
            conn.execute(sa.text("select count(*) from subscriptions")).all()
            assert _mode(db) == 0o600
            for suffix in ("-wal", "-shm"):
                assert _mode(tmp_path / f"bot.db{suffix}") == 0o600
        store.dispose()
    finally:
        os.umask(old)


def _settings(api: FakeSlackAPI, db: Path, **extra: object) -> Settings:
    return Settings(  # type: ignore[arg-type]
        slack_api_url=api.base_url,
        slack_signing_secret=SECRET,
        slack_client_id="111.222",
        slack_client_secret="shh",
        database_url=f"sqlite:///{db}",
        **extra,
    )


def _stored_tokens(db: Path) -> list[str]:
    engine = sa.create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        tokens = [r[0] for r in conn.execute(sa.text("select bot_token from slack_installations"))]
        tokens += [r[0] for r in conn.execute(sa.text("select bot_token from slack_bots"))]
    engine.dispose()
    return tokens


async def _answered_with(api: FakeSlackAPI, url: str, session: aiohttp.ClientSession, ts: str) -> str | None:
    before = len(api.calls_to("chat.postMessage"))
    event = {"type": "app_mention", "channel": "C1", "user": "U1", "text": "<@UBOT> sources", "ts": ts}
    await Slack(api, url, session).event(event, event_id=f"Ev-{ts}")
    calls = await api.wait_for("chat.postMessage", count=before + 1)
    return calls[-1].token


async def test_installation_tokens_are_encrypted_at_rest_and_survive_a_key_rotation(
    core: Core, slack_api: FakeSlackAPI, tmp_path: Path
) -> None:
    db = tmp_path / "bot.db"
    old_key, new_key = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    token = f"xoxb-installed-{slack_api.team_id}"
    async with aiohttp.ClientSession() as session:
        async with running(_settings(slack_api, db, secret_key=old_key), core) as url:
            await install(url, session)
            assert await _answered_with(slack_api, url, session, "1.1") == token
        stored = _stored_tokens(db)
        assert stored and all(t.startswith("gAAAAA") and token not in t for t in stored)
        assert all(Fernet(old_key).decrypt(t.encode()).decode() == token for t in stored)

        # Rotation: the new key first, the old one still listed; at start every token is rewritten with the new key.
        async with running(_settings(slack_api, db, secret_key=f"{new_key},{old_key}"), core) as url:
            assert await _answered_with(slack_api, url, session, "1.2") == token
        assert all(Fernet(new_key).decrypt(t.encode()).decode() == token for t in _stored_tokens(db))

        # The old key dropped: the bot still answers with the right token.
        async with running(_settings(slack_api, db, secret_key=new_key), core) as url:
            assert await _answered_with(slack_api, url, session, "1.3") == token


async def test_tokens_stored_in_clear_before_secret_key_are_encrypted_at_the_next_start(
    core: Core, slack_api: FakeSlackAPI, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = tmp_path / "bot.db"
    key = Fernet.generate_key().decode()
    async with aiohttp.ClientSession() as session:
        with caplog.at_level(logging.WARNING):
            async with running(_settings(slack_api, db), core) as url:
                await install(url, session)
        assert any("SECRET_KEY is not set" in r.getMessage() for r in caplog.records)
        assert all(t.startswith("xoxb-") for t in _stored_tokens(db))
        async with running(_settings(slack_api, db, secret_key=key), core) as url:
            assert await _answered_with(slack_api, url, session, "2.1") == f"xoxb-installed-{slack_api.team_id}"
    assert all(t.startswith("gAAAAA") for t in _stored_tokens(db))


async def test_a_malformed_secret_key_is_one_clear_line(core: Core, slack_api: FakeSlackAPI, tmp_path: Path) -> None:
    from bot.errors import ConfigError

    with pytest.raises(ConfigError) as err:
        await service.build_from_settings(_settings(slack_api, tmp_path / "bot.db", secret_key="not-a-key"), core)
    assert "SECRET_KEY" in err.value.message and "not-a-key" not in err.value.message
