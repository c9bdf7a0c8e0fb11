"""Settings from the environment (pydantic-settings): the only place environment variables are read."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=None, extra="ignore", case_sensitive=False)

    log_level: str = "INFO"
    rate_limit_per_minute: int = Field(default=20, ge=0)
    database_url: str = "sqlite:///palantir-ice.db"
    # Digests (bot/digest.py): the default schedule for a bare `subscribe`, how late a missed digest may still go
    # out, how long a claim lasts before another process may take it over, and how many sends run at once.
    digests_enabled: bool = True
    digest_default_time: str = "09:00"
    digest_default_timezone: str = "UTC"
    digest_grace_minutes: int = Field(default=180, ge=0)
    digest_claim_timeout_seconds: int = Field(default=300, ge=1)
    digest_concurrency: int = Field(default=50, ge=1, le=1000)
    question_log_salt: str | None = None  # salts user hashes in the gaps log; generated and kept in the db if unset
    gaps_retention_days: int = Field(default=90, ge=1)
    cache_dir: Path | None = None  # compiled brief snapshots (bot/snapshot.py); None: the user cache directory

    slack_bot_token: str | None = None
    slack_app_token: str | None = None
    slack_signing_secret: str | None = None
    slack_api_url: str | None = None
    slack_client_id: str | None = None
    slack_client_secret: str | None = None
    host: str = "0.0.0.0"
    port: int = 3000

    discord_token: str | None = None
    discord_api_url: str | None = None
    discord_gateway_url: str | None = None
    discord_application_id: int | None = None
    discord_sharded: bool = False
    # Discord shards: how many in all, and which this process runs ("0,1"); unset ids run every shard here.
    discord_shard_count: int | None = Field(default=None, ge=1)
    discord_shard_ids: Annotated[list[int] | None, NoDecode] = None

    @field_validator("discord_shard_ids", mode="before")
    @classmethod
    def _comma_separated(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [int(part) for part in value.replace(" ", "").split(",") if part] or None
        return value

    def slack_mode(self) -> str | None:
        if self.slack_bot_token and self.slack_app_token:
            return "socket"
        if self.slack_signing_secret and (self.slack_bot_token or self.slack_client_id):
            return "http"
        return None

    def missing_explained(self) -> str:
        """One line naming the variables that would enable each platform."""
        return (
            "Slack needs SLACK_BOT_TOKEN with SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP); "
            "Discord needs DISCORD_TOKEN"
        )

    def configured_platforms(self) -> list[str]:
        out = []
        if self.slack_mode():
            out.append("slack")
        if self.discord_token:
            out.append("discord")
        return out
