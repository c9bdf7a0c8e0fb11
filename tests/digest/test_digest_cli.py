"""The operator commands as real processes: subscriptions add|list|remove, digest preview, digest run-due run twice
and in two processes at once, and a run-due killed with SIGKILL between claim and send."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import signal
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from sqlalchemy import select

from bot import messages
from bot.store import Delivery, open_store
from bot.subscriptions import Subscriptions
from tests.conftest import ROOT
from tests.fakes.slack_api import FakeSlackAPI

MARKER = "--- digest for console channel"
# Subscriptions are made before the instants run-due replays (it refuses an instant later than the clock)
CREATED = dt.datetime(2025, 9, 1, tzinfo=dt.UTC)


def env_for(db: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DISCORD_", "DIGEST_"))}
    env.update({"DATABASE_URL": f"sqlite:///{db}", "PYTHONPATH": str(ROOT), **extra})
    return env


def cli(db: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "adapters.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env_for(db, **extra),
        timeout=120,
    )


async def acli(db: Path, *args: str, **extra: str) -> tuple[int, str, str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "adapters.cli",
        *args,
        cwd=ROOT,
        env=env_for(db, **extra),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await proc.communicate()
    return proc.returncode or 0, out.decode(), err.decode()


def add(db: Path, channel: str, time: str = "09:00", tz: str = "UTC", platform: str = "console") -> None:
    """Subscribe in-process (a process per subscription would make these tests slow); the CLI path is tested below."""
    store = open_store(f"sqlite:///{db}")
    Subscriptions(store).add(platform=platform, workspace="W", channel=channel, time=time, timezone=tz, empty=None,
                             now=CREATED)  # fmt: skip
    store.dispose()


def test_subscriptions_add_list_and_remove_share_the_chat_commands_validation(tmp_path: Path):
    db = tmp_path / "d.db"
    added = cli(db, "subscriptions", "add", "--platform", "discord", "--workspace", "7", "--channel", "8",
                "--time", "07:45", "--tz", "europe/berlin")  # fmt: skip
    assert added.returncode == 0 and added.stdout.startswith("Added discord:7:8: "), added.stderr
    listing = cli(db, "subscriptions", "list").stdout
    assert "discord:7:8" in listing and "07:45" in listing and "Europe/Berlin" in listing
    bad = cli(db, "subscriptions", "add", "--platform", "discord", "--workspace", "7", "--channel", "9",
              "--time", "9am")  # fmt: skip
    assert bad.returncode == 2 and "HH:MM" in bad.stderr and "Traceback" not in bad.stderr
    zone = cli(db, "subscriptions", "add", "--platform", "discord", "--workspace", "7", "--channel", "9",
               "--tz", "America/Los Angeles")  # fmt: skip
    assert zone.returncode == 2 and "Did you mean America/Los_Angeles" in zone.stderr
    assert "discord:7:9" not in cli(db, "subscriptions", "list").stdout
    assert (
        cli(db, "subscriptions", "remove", "--platform", "discord", "--workspace", "7", "--channel", "8").returncode
        == 0
    )
    gone = cli(db, "subscriptions", "remove", "--platform", "discord", "--workspace", "7", "--channel", "8")
    assert gone.returncode == 2 and "no digest" in gone.stderr  # a usage error, as an unknown fact id (README)
    assert "subscriptions list" in gone.stderr and "subscribe 09:00" not in gone.stderr  # the CLI's own command


def test_subscriptions_add_names_every_bad_argument_in_one_run_and_stores_nothing(tmp_path: Path):
    """fresh tester 50 §5.5: `--time 25:99 --tz Mars/Olympus` named the time only; the zone came after it was fixed."""
    db = tmp_path / "d.db"
    bad = cli(db, "subscriptions", "add", "--platform", "discord", "--workspace", "7", "--channel", "8",
              "--time", "25:99", "--tz", "Mars/Olympus", "--empty", "maybe")  # fmt: skip
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    lines = bad.stderr.splitlines()
    assert len(lines) == 3 and all(line.startswith("palantir-ice: ") for line in lines), lines
    assert "'25:99'" in lines[0] and "'Mars/Olympus'" in lines[1] and "'maybe'" in lines[2]
    assert "discord:7:8" not in cli(db, "subscriptions", "list").stdout


def test_subscriptions_add_says_added_or_updated_in_one_sentence_naming_the_row_as_list_does(tmp_path: Path):
    """fresh tester 48 §5: it printed "added This channel gets the digest …", a lower-case verb run into the chat's
    sentence about "this channel"."""
    db = tmp_path / "d.db"
    args = ("subscriptions", "add", "--platform", "discord", "--workspace", "7", "--channel", "8", "--time", "07:45",
            "--tz", "Europe/Berlin", "--empty", "skip")  # fmt: skip
    added, again = cli(db, *args), cli(db, *args)
    assert added.stdout.startswith("Added discord:7:8: it gets the digest every day at 07:45 Europe/Berlin (next: ")
    assert again.stdout.startswith("Updated discord:7:8: it now gets the digest every day at 07:45 Europe/Berlin")
    for out in (added.stdout, again.stdout):
        assert out.rstrip("\n").endswith("). On days with nothing in the fact base: no message.")
        assert "This channel" not in out and out.count("\n") == 1


@pytest.mark.parametrize("platform", ["slack", "discord"])
def test_subscriptions_add_without_workspace_is_refused_for_slack_and_discord_and_nothing_is_stored(
    tmp_path: Path, platform: str
):
    """fresh tester 45: a Slack row stored without a workspace was a second subscription its channel never saw."""
    db = tmp_path / "d.db"
    refused = cli(db, "subscriptions", "add", "--platform", platform, "--channel", "C8", "--time", "09:00")
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert refused.stderr.startswith("palantir-ice: --workspace is required for " + platform)
    assert len(refused.stderr.strip().splitlines()) == 1
    assert cli(db, "subscriptions", "list").stdout.strip() == "no subscriptions"


def test_digest_preview_prints_the_header_and_each_item_with_years_ago_and_source(tmp_path: Path):
    out = cli(tmp_path / "d.db", "digest", "preview", "--date", "2026-09-13").stdout
    assert out.startswith("On this date: 13 September")
    assert "7 years ago" in out and "VICE News" in out
    # the fourth session's tester: "2019-9-13" was refused here while `today --date` takes it
    assert cli(tmp_path / "d.db", "digest", "preview", "--date", "2026-9-13").stdout == out
    impossible = cli(tmp_path / "d.db", "digest", "preview", "--date", "2019-2-30")
    assert impossible.returncode == 2 and "February 2019 has 28 days" in impossible.stderr, impossible.stderr
    # fresh tester 42: "digest preview 2019-09-20" was refused while `today 2019-09-13` takes the date bare
    assert cli(tmp_path / "d.db", "digest", "preview", "2026-09-13").stdout == out
    both = cli(tmp_path / "d.db", "digest", "preview", "2026-09-13", "--date", "2026-09-14")
    assert both.returncode != 0 and "disagree" in both.stderr, both.stderr


def test_digest_run_due_run_twice_sends_each_digest_once(tmp_path: Path):
    db = tmp_path / "d.db"
    add(db, "C1")
    add(db, "C2", "09:30")
    first = cli(db, "digest", "run-due", "--now", "2025-09-13T09:30:00Z")
    assert first.returncode == 0, first.stderr
    assert first.stdout.count(MARKER) == 2 and "sent 2" in first.stdout
    second = cli(db, "digest", "run-due", "--now", "2025-09-13T09:31:00Z")
    assert second.stdout.count(MARKER) == 0 and second.stdout.startswith("sent 0 ")


async def test_digest_run_due_in_two_processes_at_once_sends_each_digest_once(tmp_path: Path):
    db = tmp_path / "d.db"
    for n in range(30):
        add(db, f"C{n}")
    results = await asyncio.gather(*(acli(db, "digest", "run-due", "--now", "2025-09-13T09:00:00Z") for _ in range(2)))
    assert all(code == 0 for code, _, _ in results), [err for _, _, err in results]
    outputs = "".join(out for _, out, _ in results)
    assert outputs.count(MARKER) == 30
    assert sorted(line.split()[5] for line in outputs.splitlines() if line.startswith(MARKER)) == sorted(
        f"C{n}" for n in range(30)
    )


def test_run_due_refuses_an_instant_later_than_the_clock_in_one_line_and_sends_nothing(tmp_path: Path):
    """fresh tester 45: --now a year ahead sent that day's digest today and marked the real one handled."""
    db = tmp_path / "d.db"
    add(db, "C1")
    later = (dt.datetime.now(dt.UTC) + dt.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    result = cli(db, "digest", "run-due", "--now", later)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith(f"palantir-ice: --now {later} is later than this machine's clock (")
    assert len(result.stderr.strip().splitlines()) == 1
    store = open_store(f"sqlite:///{db}")
    with store.session() as s:
        assert s.scalars(select(Delivery)).all() == []  # nothing claimed, nothing marked
    store.dispose()


def test_run_due_refuses_a_malformed_now_with_a_usage_error(tmp_path: Path):
    result = cli(tmp_path / "d.db", "digest", "run-due", "--now", "yesterday")
    assert result.returncode == 2 and "ISO-8601" in result.stderr


# -- a process killed between claim and send ------------------------------------------------------------------------


class StallingSlack:
    """Slack's chat.postMessage and conversations.history on 127.0.0.1; `stall` makes posts hang (the process is then
    killed while waiting), `stall_after_post` records the post first, as when Slack posted but the answer was lost."""

    def __init__(self) -> None:
        self.mode = "ok"
        self.posts: list[dict[str, Any]] = []
        self.arrived = asyncio.Event()
        self.release = asyncio.Event()
        self.port = 0
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/api/{method}", self.api)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        self.release.set()
        if self._runner is not None:
            await self._runner.cleanup()

    async def api(self, request: web.Request) -> web.Response:
        body = await request.json() if request.content_type == "application/json" else dict(await request.post())
        form: dict[str, Any] = {**request.query, **body}
        method = request.match_info["method"]
        if method == "conversations.history":
            messages = [
                {"ts": p["ts"], "text": p["text"], "blocks": p.get("blocks") or []}
                for p in reversed(self.posts)
                if p["channel"] == form.get("channel")
            ]
            return web.json_response({"ok": True, "messages": messages, "has_more": False})
        post = {**form, "ts": f"1700000000.{len(self.posts) + 1:06d}"}
        if self.mode == "stall_after_post":
            self.posts.append(post)
        if self.mode != "ok":
            self.arrived.set()
            await self.release.wait()  # until the test ends: the process is killed while it waits
        self.posts.append(post)
        return web.json_response({"ok": True, "channel": form.get("channel"), "ts": post["ts"]})


@pytest.fixture
async def stalling_slack() -> AsyncIterator[StallingSlack]:
    server = StallingSlack()
    await server.start()
    yield server
    await server.stop()


@pytest.mark.parametrize("mode", ["stall", "stall_after_post"])
async def test_a_run_killed_between_claim_and_record_sends_the_digest_once_after_restart(
    tmp_path: Path, stalling_slack: StallingSlack, mode: str
):
    db = tmp_path / "d.db"
    add(db, "C1", platform="slack")
    slack_env = {
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_API_URL": f"http://127.0.0.1:{stalling_slack.port}/api/",
        "DIGEST_CLAIM_TIMEOUT_SECONDS": "60",
    }
    stalling_slack.mode = mode
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "adapters.cli",
        "digest",
        "run-due",
        "--now",
        "2025-09-13T09:00:00Z",
        cwd=ROOT,
        env=env_for(db, **slack_env),
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )
    await asyncio.wait_for(stalling_slack.arrived.wait(), 60)
    proc.send_signal(signal.SIGKILL)
    await proc.wait()
    store = open_store(f"sqlite:///{db}")
    with store.session() as s:
        today = select(Delivery).where(Delivery.status != "missed")  # the day before is missed: the test starts late
        assert [d.status for d in s.scalars(today)] == ["claimed"]  # claimed, never recorded
        # The claim must be older than DIGEST_CLAIM_TIMEOUT_SECONDS before another run takes it over. It is aged in
        # the database rather than waited out: a timeout short enough to wait for also expired the second run's own
        # claim before it could post when the machine was loaded.
        [claimed] = s.scalars(today).all()
        assert claimed.claimed_at is not None
        claimed.claimed_at -= dt.timedelta(minutes=2)
    stalling_slack.mode = "ok"
    code, out, err = await acli(db, "digest", "run-due", "--now", "2025-09-13T09:05:00Z", **slack_env)
    assert code == 0, err
    assert "sent 1" in out
    assert "recovered 1" in out if mode == "stall_after_post" else "recovered 0" in out
    assert [p["channel"] for p in stalling_slack.posts] == ["C1"]  # exactly once
    with store.session() as s:
        [row] = s.scalars(select(Delivery).where(Delivery.status != "missed")).all()
        assert (row.status, row.message_id) == ("sent", stalling_slack.posts[0]["ts"])
    store.dispose()


def test_run_due_says_per_platform_what_was_sent_and_what_was_skipped_for_want_of_a_token(tmp_path: Path):
    db = tmp_path / "d.db"
    add(db, "C1")
    add(db, "123", platform="discord")
    add(db, "C9", platform="slack")
    result = cli(db, "digest", "run-due", "--now", "2025-09-13T09:00:00Z")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert next(line for line in lines if line.startswith("console: ")).startswith("console: sent 1")
    assert "discord: sent 0, skipped 1 (not configured here: set DISCORD_TOKEN)" in lines
    # a token is all a digest needs to post (fresh tester 26: it asked for a signing secret or an app token too)
    slack = next(line for line in lines if line.startswith("slack: "))
    assert slack.endswith(
        "(not configured here: set SLACK_BOT_TOKEN (one workspace) or both SLACK_CLIENT_ID and "
        "SLACK_CLIENT_SECRET (installs))"
    ), slack
    store = open_store(f"sqlite:///{db}")
    with store.session() as s:  # the skipped one is left untouched, to go out once there is a token
        assert {d.subscription_id for d in s.scalars(select(Delivery))} == {1}
    store.dispose()


def test_run_due_summary_agrees_with_the_platform_lines_and_says_already_handled(tmp_path: Path):
    """fresh tester 49: 'skipped 0, …, already handled 0' over 'slack: sent 0, skipped 1 (not configured here …)'
    for a digest the running scheduler had already recorded; a digest still waiting is skipped in both lines."""
    db = tmp_path / "d.db"
    add(db, "C1", platform="slack")
    add(db, "C2", platform="slack")
    store = open_store(f"sqlite:///{db}")
    with store.session() as s:  # as the running scheduler (which has a token) recorded C1's digest that day
        due = dt.datetime(2025, 9, 13, 9, tzinfo=dt.UTC)
        s.add(
            Delivery(subscription_id=1, local_date=due.date(), due_at=due, status="skipped", attempts=0, updated_at=due)
        )
    store.dispose()
    result = cli(db, "digest", "run-due", "--now", "2025-09-13T09:00:30Z")
    assert result.returncode == 0, result.stderr
    summary, slack = result.stdout.splitlines()
    # the scheduler's skipped digest is no "already sent today" (fresh tester 61 U2: only what another run sent)
    assert summary == "sent 0 (recovered 0), skipped 1, missed 0, failed 0, already sent today: 0"
    assert slack.startswith("slack: sent 0, skipped 1 (not configured here: set SLACK_BOT_TOKEN"), slack
    assert "already" not in slack, slack


def test_subscriptions_add_names_a_missing_workspace_with_the_other_bad_arguments_in_one_run(tmp_path: Path):
    """Fresh tester: a missing --workspace was named alone; the bad --time came only once it was given."""
    db = tmp_path / "d.db"
    bad = cli(db, "subscriptions", "add", "--platform", "slack", "--channel", "C1", "--time", "25:00", "--tz", "EST")
    lines = bad.stderr.splitlines()
    assert bad.returncode == 2 and len(lines) == 3, lines
    assert "--workspace is required" in lines[0] and "'25:00'" in lines[1] and "'EST'" in lines[2]
    assert "C1" not in cli(db, "subscriptions", "list").stdout


async def test_subscriptions_add_refuses_a_slack_dm_and_a_workspace_the_token_cannot_post_to_as_the_chat_does(
    tmp_path: Path, slack_api: FakeSlackAPI
):
    """fresh tester 56 O4: `--channel D123` (a DM) was stored, and `--workspace TOTHER` too, whose digest then went
    out with T0TEST's token. The chat's subscribe refuses both: so does the operator's."""
    db = tmp_path / "d.db"
    token = {"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_API_URL": slack_api.base_url}
    base = ("subscriptions", "add", "--platform", "slack", "--time", "09:00")
    code, _, err = await acli(db, *base, "--workspace", "T0TEST", "--channel", "D123", **token)
    assert code == 2 and err == "palantir-ice: " + messages.SLACK_DIGEST_DM_ID.format(channel="D123") + "\n", err
    code, _, err = await acli(db, *base, "--workspace", "TOTHER", "--channel", "C1", **token)
    assert code == 2 and err.startswith("palantir-ice: --workspace is not the Slack workspace SLACK_BOT_TOKEN"), err
    assert len(err.strip().splitlines()) == 1
    code, out, err = await acli(db, *base, "--workspace", "T0TEST", "--channel", "C1", **token)
    assert code == 0 and out.startswith("Added slack:T0TEST:C1"), err
    code, out, _ = await acli(db, "subscriptions", "list")
    assert "slack:T0TEST:C1" in out and "D123" not in out and "TOTHER" not in out


def test_subscriptions_remove_without_workspace_names_the_workspace_it_is_in_and_speaks_as_the_cli(tmp_path: Path):
    """fresh tester 56 U6: `remove` without --workspace said "slack channel C2 has no digest to remove" though C2 had
    one in T0TEST; removing printed the chat's "this channel will get no more digests"; `--channel ''` got the
    chat's "I can't tell which channel this is"."""
    db = tmp_path / "d.db"
    store = open_store(f"sqlite:///{db}")
    Subscriptions(store).add(platform="slack", workspace="T0TEST", channel="C2", time="09:00", timezone="UTC",
                             empty=None, now=CREATED)  # fmt: skip
    store.dispose()
    vague = cli(db, "subscriptions", "remove", "--platform", "slack", "--channel", "C2")
    assert vague.returncode == 2 and vague.stderr.startswith(
        "palantir-ice: --workspace is required for slack: channel C2 has a digest in T0TEST"
    ), vague.stderr
    removed = cli(db, "subscriptions", "remove", "--platform", "slack", "--workspace", "T0TEST", "--channel", "C2")
    assert removed.returncode == 0 and removed.stdout == "Removed slack:T0TEST:C2: it gets no more digests.\n"
    empty = cli(db, "subscriptions", "add", "--platform", "slack", "--workspace", "T0TEST", "--channel", "")
    assert empty.returncode == 2 and empty.stderr == f"palantir-ice: {messages.CLI_EMPTY_CHANNEL}\n", empty.stderr


@pytest.mark.parametrize(
    ("platform", "workspace", "channel", "named"),
    [
        ("slack", "T0TEST", "#general", "'#general' is not a Slack channel id"),
        ("slack", "T0TEST", "C1;DROP", "'C1;DROP' is not a Slack channel id"),
        ("slack", "t1", "c1", "'t1' is not a Slack team id"),
        ("slack", "T0TEST", "D123", "D123 is a Slack direct message"),
        ("discord", "abc", "xyz", "--workspace 'abc' is not a Discord id"),
        ("discord", "-5", "0", "--workspace '-5' is not a Discord id"),
        ("discord", "99999999999999999999999999", "1", "--workspace '99999999999999999999999999' is not a Discord"),
        ("discord", "123", "18446744073709551616", "--channel '18446744073709551616' is not a Discord id"),
    ],
)
def test_subscriptions_add_refuses_an_id_of_the_wrong_shape_in_one_line_naming_the_shape(
    platform: str, workspace: str, channel: str, named: str
):
    """Fresh tester 61 O1: impossible ids were stored with exit 0 (and posted to at run-due, or with another
    workspace's token). Checked whatever is configured; the one line names the shape expected."""
    from adapters.publishers import IdShapeCheck
    from bot.ports import Context

    refusal = IdShapeCheck().refusal(Context(platform=platform, workspace=workspace, channel=channel))  # type: ignore[arg-type]
    assert refusal is not None and named in refusal, refusal
    assert "\n" not in refusal and ("like " in refusal or "ids starting with C or G" in refusal)
    if platform == "discord":  # the README's words (fresh tester 70 U8: "a number from 1 below 2^64")
        assert "a number from 1 to 2^64 − 1" in refusal


@pytest.mark.parametrize(
    ("platform", "workspace", "channel"),
    [("slack", "T0TEST", "C0123ABCD"), ("slack", "E0ORG", "G7"), ("discord", "123", "123"), ("discord", "1", "1" * 19)],
)
def test_ids_of_the_platforms_shape_pass_the_shape_check(platform: str, workspace: str, channel: str):
    from adapters.publishers import IdShapeCheck
    from bot.ports import Context

    assert IdShapeCheck().refusal(Context(platform=platform, workspace=workspace, channel=channel)) is None  # type: ignore[arg-type]


def test_subscriptions_add_with_a_channel_name_for_an_id_is_one_line_exit_2_and_stores_nothing(tmp_path: Path):
    db = tmp_path / "d.db"
    bad = cli(db, "subscriptions", "add", "--platform", "slack", "--workspace", "T0TEST", "--channel", "#general")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    assert bad.stderr == "palantir-ice: " + messages.CLI_BAD_SLACK_CHANNEL.format(value="#general") + "\n"
    assert cli(db, "subscriptions", "list").stdout.strip() == "no subscriptions"
