"""The app manifest in the repo asks for exactly what the adapter uses."""

from __future__ import annotations

from pathlib import Path

import yaml

from adapters.slack import app, service

MANIFEST = yaml.safe_load((Path(app.__file__).parent / "manifest.yml").read_text())


def test_manifest_scopes_are_the_ones_the_install_flow_requests() -> None:
    assert sorted(MANIFEST["oauth_config"]["scopes"]["bot"]) == sorted(service.BOT_SCOPES)


def test_manifest_declares_the_slash_command_events_and_interactivity() -> None:
    assert [c["command"] for c in MANIFEST["features"]["slash_commands"]] == [app.COMMAND]
    assert sorted(MANIFEST["settings"]["event_subscriptions"]["bot_events"]) == ["app_mention", "message.im"]
    assert MANIFEST["settings"]["interactivity"]["is_enabled"] is True


def test_every_http_url_in_the_manifest_points_at_the_events_path() -> None:
    urls = [c["url"] for c in MANIFEST["features"]["slash_commands"]]
    urls += [
        MANIFEST["settings"]["event_subscriptions"]["request_url"],
        MANIFEST["settings"]["interactivity"]["request_url"],
    ]
    assert all(u.endswith(service.EVENTS_PATH) for u in urls)
