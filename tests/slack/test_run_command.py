"""`palantir-ice run` as people start it: missing Slack variables mean the console; a wrong token is one line."""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import os
import socket
import sys
from pathlib import Path

import pytest

from bot.core import Core
from tests.fakes.slack_api import FakeSlackAPI

SLACK_VARS = ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET")


async def _run(env_extra: dict[str, str], tmp_path: Path, stdin: bytes = b"") -> tuple[int, str, str]:
    env = {k: v for k, v in os.environ.items() if k not in SLACK_VARS and k != "DISCORD_TOKEN"}
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'bot.db'}"
    env.update(env_extra)
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "adapters.cli",
        "run",
        env=env,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(stdin), 60)
    return proc.returncode or 0, out.decode(), err.decode()


async def test_without_slack_variables_run_names_them_and_starts_the_console(tmp_path: Path) -> None:
    code, out, err = await _run({"SLACK_BOT_TOKEN": "xoxb-only"}, tmp_path, stdin=b"sources\n")
    assert code == 0
    assert "SLACK_APP_TOKEN" in err and "SLACK_SIGNING_SECRET" in err
    assert "VICE News" in out


async def test_a_wrong_bot_token_is_one_clear_line_without_a_traceback(slack_api: FakeSlackAPI, tmp_path: Path) -> None:
    slack_api.fail("invalid_auth", method="auth.test")
    code, _, err = await _run(
        {
            "SLACK_BOT_TOKEN": "xoxb-wrong",
            "SLACK_SIGNING_SECRET": "s",
            "SLACK_API_URL": slack_api.base_url,
            "HOST": "127.0.0.1",
            "PORT": "0",
        },
        tmp_path,
    )
    assert code == 1
    assert "xoxb-wrong" not in err
    # Only the Slack side is pinned here: the digest scheduler, cancelled at exit, may log its own traceback.
    assert "adapters/slack" not in err and "slack_sdk" not in err and "slack_bolt" not in err
    assert "palantir-ice: Slack refused SLACK_BOT_TOKEN (invalid_auth)" in err


async def test_a_port_in_use_is_one_line_naming_host_port_and_the_cause_without_a_traceback(
    slack_api: FakeSlackAPI, tmp_path: Path
) -> None:
    """fresh tester 56 T1: a second `run --only slack` on the same PORT printed OSError's whole traceback."""
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    port = taken.getsockname()[1]
    try:
        code, _, err = await _run(
            {
                "SLACK_BOT_TOKEN": "xoxb-test",
                "SLACK_SIGNING_SECRET": "s",
                "SLACK_API_URL": slack_api.base_url,
                "HOST": "127.0.0.1",
                "PORT": str(port),
                "DIGESTS_ENABLED": "false",
            },
            tmp_path,
        )
    finally:
        taken.close()
    assert code == 1 and "Traceback" not in err, err
    line = f"palantir-ice: Could not listen for Slack on 127.0.0.1:{port}: Address already in use. Another program"
    assert line in err, err


@pytest.mark.parametrize(
    ("name", "value", "said"),
    [
        ("PORT", "99999", "PORT must be a whole number from 0 to 65535, not '99999'"),
        ("HOST", "256.1.1.1", "HOST must be an IP address (e.g. 0.0.0.0 or 127.0.0.1) or a host name, not '256.1.1.1'"),
        ("HOST", "local host", "HOST must be an IP address"),
        # fresh tester 61 U7: "Could not reach Slack at not-a-url/ … InvalidUrlClientError", as if Slack were down
        ("SLACK_API_URL", "not-a-url", "SLACK_API_URL must be a http:// or https:// URL, not 'not-a-url'"),
    ],
)
async def test_a_port_or_host_that_cannot_be_listened_on_is_refused_before_starting_in_one_line(
    tmp_path: Path, name: str, value: str, said: str
) -> None:
    """fresh tester 56 T1: PORT=99999 was 'an internal error (OverflowError)', HOST=256.1.1.1 a traceback (after a
    DNS lookup of it)."""
    code, _, err = await _run({"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": "s", name: value}, tmp_path)
    assert code == 1 and said in err, err
    assert len(err.strip().splitlines()) == 1, err


def test_a_host_that_does_not_resolve_is_said_as_such_with_what_to_set() -> None:
    from adapters.slack.service import cannot_listen

    line = cannot_listen("no-such-host.invalid", 3000, socket.gaierror(-2, "Name or service not known"))
    assert line == (
        "Could not listen for Slack on no-such-host.invalid:3000: the host could not be resolved (Name or service not"
        " known). Set HOST to an address of this machine (0.0.0.0 listens on all of them)."
    )


def test_a_partly_set_slack_beside_discord_is_one_line_naming_what_it_needs(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, core: Core
) -> None:
    """Fresh tester 58: a signing secret left empty while Discord is configured started Discord and the digests
    with no line saying Slack was off; the README promises `run` names what an incomplete Slack needs."""
    from adapters import runner

    for name in SLACK_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "")
    monkeypatch.setenv("DISCORD_TOKEN", "discord-token")
    started: list[frozenset[str]] = []

    async def serve(_: object, __: object, only: frozenset[str]) -> int:
        started.append(only)
        return 0

    monkeypatch.setattr(runner, "build_core", lambda *_: core)
    monkeypatch.setattr(runner, "serve", serve)
    monkeypatch.setattr(runner, "close_question_log", lambda _: None)
    monkeypatch.setattr(gc, "freeze", lambda: None)  # not this test process's heap
    caplog.set_level(logging.INFO)
    assert runner.run(argparse.Namespace()) == 0
    assert started
    [line] = [r.getMessage() for r in caplog.records if "not started" in r.getMessage()]
    assert line.startswith("Slack not started: SLACK_BOT_TOKEN set") and "SLACK_SIGNING_SECRET" in line
    assert "xoxb-test" not in line


async def test_slack_unreachable_at_start_is_our_one_line_without_slack_sdks_retry_notes(tmp_path: Path) -> None:
    """fresh tester 70 U5: `run --only slack` with Slack unreachable printed slack_sdk's INFO "A retry handler found"
    once per retry before "Could not reach Slack …"; the README's failure table says those lines are dropped. The
    real command against a closed 127.0.0.1 port, its retry budget cut to 1 s (30 s in service) to keep it short."""
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()
    env = {k: v for k, v in os.environ.items() if k not in SLACK_VARS and k != "DISCORD_TOKEN"}
    env |= {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'bot.db'}",
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_SIGNING_SECRET": "s",
        "SLACK_API_URL": f"http://127.0.0.1:{port}/api/",
        "HOST": "127.0.0.1",
        "PORT": "0",
    }
    start = (
        "import adapters.slack.retry as retry; retry.RETRY_BUDGET_SECONDS = 1.0\n"
        "from adapters.launch import entry; entry()"
    )
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", start, "run", "--only", "slack", env=env, stderr=asyncio.subprocess.PIPE
    )
    _, err = await asyncio.wait_for(proc.communicate(), 60)
    text = err.decode()
    assert proc.returncode == 1, text
    assert "retry handler" not in text and "slack_sdk" not in text, text
    [line] = [line for line in text.splitlines() if "Slack" in line]
    assert line == (
        f"palantir-ice: Could not reach Slack at http://127.0.0.1:{port}/api/ to check SLACK_BOT_TOKEN: "
        "ClientConnectorError."
    )
