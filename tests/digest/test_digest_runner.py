"""The composition root: `run` gives the core its subscription service and starts the scheduler in the same loop."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from adapters.runner import build_core, serve_digests
from bot.brief import DEFAULT_BRIEF
from bot.commands import parse
from bot.ports import Context
from bot.settings import Settings
from bot.store import Delivery
from bot.subscriptions import Subscriptions


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    for name in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "DISCORD_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'run.db'}")
    return Settings()


def test_the_core_built_by_run_answers_subscribe_from_the_database(settings: Settings):
    core = build_core(argparse.Namespace(brief=str(DEFAULT_BRIEF)), settings)
    ctx = Context(platform="console", workspace="local", channel="console")
    assert "09:00 Europe/Paris" in core.handle(parse("subscribe 09:00 Europe/Paris"), ctx).text
    assert "09:00 Europe/Paris" in core.handle(parse("status"), ctx).text


async def test_the_scheduler_runs_in_the_bots_loop_delivers_what_is_due_and_stops_with_the_bot(
    settings: Settings, capsys: pytest.CaptureFixture[str]
):
    core = build_core(argparse.Namespace(brief=str(DEFAULT_BRIEF)), settings)
    assert isinstance(core.subscriptions, Subscriptions)
    now = dt.datetime.now(dt.UTC)
    due = now - dt.timedelta(minutes=5)
    core.subscriptions.add(platform="console", workspace="local", channel="console", time=f"{due:%H:%M}",
                           timezone="UTC", empty="nearest", now=now - dt.timedelta(hours=1))  # fmt: skip
    stop = asyncio.Event()
    task = asyncio.create_task(serve_digests(settings, core, stop))

    def rows() -> list[Delivery]:
        with core.subscriptions.store.session() as s:  # type: ignore[union-attr]
            return list(s.scalars(select(Delivery)))

    for _ in range(250):
        if rows():
            break
        await asyncio.sleep(0.02)
    stop.set()
    await asyncio.wait_for(task, 5)
    assert [r.status for r in rows()] in (["sent"], ["skipped"])  # a digest, or a day with nothing near it
    if rows()[0].status == "sent":
        assert "--- digest for console channel console" in capsys.readouterr().out


def test_digests_enabled_false_turns_off_the_scheduler_only_subscriptions_are_still_taken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fresh tester 65 P3: with DIGESTS_ENABLED=false (the README's scheduler switch, off on web replicas beside one
    scheduler process) subscribe, status and unsubscribe answered "not enabled on this bot yet" in Slack."""
    for name in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "DISCORD_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'web.db'}")
    monkeypatch.setenv("DIGESTS_ENABLED", "false")
    core = build_core(argparse.Namespace(brief=str(DEFAULT_BRIEF)), Settings())
    ctx = Context(platform="console", workspace="local", channel="console")
    assert "09:00 Europe/Paris" in core.handle(parse("subscribe 09:00 Europe/Paris"), ctx).text
    assert "09:00 Europe/Paris" in core.handle(parse("status"), ctx).text
