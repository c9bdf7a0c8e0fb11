"""`palantir-ice run` as people start it: missing Slack variables mean the console; a wrong token is one line."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

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
