"""Settings from the environment (pydantic-settings): the only place environment variables are read.

`Settings` is built by pydantic-settings the first time it is used (`from bot.settings import Settings` included),
not when this module is imported: importing pydantic and pydantic-settings costs ~100 ms, more than a
`palantir-ice ask` otherwise spends. Until then the fields' `Field(...)` and `field_validator(...)` are recorded
(`_Later`) and handed to pydantic's own when the class is built. A command that needs only the brief and cache
directories reads them with `directory`, and validates the whole environment with `Settings` only when it sets
anything else (`only_directories_set`); `setting` reads any one field so, its declared default when nothing else is
set.
"""

from __future__ import annotations

import os
import re
import threading
import types
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any
from urllib.parse import unquote, urlsplit


class _Later:
    """A call to pydantic's `name` (Field, or field_validator applied to `target`), made when `Settings` is built."""

    def __init__(self, name: str, args: tuple[Any, ...], kwargs: dict[str, Any], target: Any = None) -> None:
        self.name, self.args, self.kwargs, self.target = name, args, kwargs, target

    def __call__(self, target: Any) -> _Later:  # field_validator(...) applied to its method
        return _Later(self.name, self.args, self.kwargs, target)

    def made(self) -> Any:
        import pydantic

        made = getattr(pydantic, self.name)(*self.args, **self.kwargs)
        return made if self.target is None else made(self.target)


if TYPE_CHECKING:
    from pydantic import Field, ValidationInfo, field_validator
    from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict
else:
    BaseSettings = object  # the declared class below is a plain one: pydantic-settings builds `Settings` from it
    SettingsConfigDict = dict

    def Field(*args: Any, **kwargs: Any) -> Any:  # pydantic's name, for the declarations below
        return _Later("Field", args, kwargs)

    def field_validator(*args: Any, **kwargs: Any) -> Any:
        return _Later("field_validator", args, kwargs)


APP_NAME = "palantir-ice"


def data_dir() -> Path:
    """The user's data directory for the bot (~/.local/share/palantir-ice on Linux, or under $XDG_DATA_HOME)."""
    from platformdirs import user_data_path  # ~5 ms to import: `ask` needs it only for the default CACHE_DIR

    return user_data_path(APP_NAME, appauthor=False)


def default_database_url() -> str:
    """SQLite in the data directory, never in whatever directory the bot happens to be started from."""
    return f"sqlite:///{data_dir() / 'palantir-ice.db'}"


# The databases the bot runs on, by URL scheme (SQLAlchemy's names; `postgres://` is Heroku's spelling).
SQLITE_SCHEMES = ("sqlite", "sqlite+pysqlite")
POSTGRESQL_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
SUPPORTED_DATABASES = "sqlite:///PATH, or postgresql://USER:PASSWORD@HOST:PORT/NAME with the [postgres] extra"


def database_url_problem(url: str) -> str | None:
    """Why `url` is not a DATABASE_URL the bot can use (never echoing it: it may hold a password), or None.

    Checked without SQLAlchemy so that commands which never open the database (`ask`, `validate`) stay quick.
    """
    found = re.match(r"([A-Za-z][A-Za-z0-9+.-]*)://", url)
    if not found:
        return "is not a database URL"
    scheme = found[1].lower()
    if scheme not in SQLITE_SCHEMES + POSTGRESQL_SCHEMES:
        return f"uses {scheme}://, which is not supported"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - reading it is the check: a port that is not a number raises
    except ValueError:
        return "is not a well-formed URL (its port is not a number)"
    if scheme in SQLITE_SCHEMES and parts.netloc:
        return "names a host, but a SQLite URL is sqlite:///PATH (three slashes)"
    if "\x00" in unquote(url):
        return "holds a NUL character (%00), which no file or database name may"
    if scheme in SQLITE_SCHEMES and _in_memory(parts.path, parts.query):
        return "is an in-memory SQLite database, which loses every subscription when the process ends"
    if scheme in SQLITE_SCHEMES and _sqlite_options(parts.query) and not unquote(parts.path).startswith("/file:"):
        # "sqlite:///bot.db?cache=shared&uri=true" made a file named "bot.db?cache=shared" beside the real one: the
        # subscriptions seemed lost (SQLite options belong in a file: URI, "sqlite:///file:PATH?mode=ro&uri=true")
        return "gives SQLite options after a plain path, which opens another file than the one named"
    return None


def _sqlite_options(query: str) -> list[str]:
    """The options of a SQLite URL's query other than `timeout` (seconds, a number)."""
    return [part for part in query.split("&") if part and not re.fullmatch(r"timeout=\d+(?:\.\d+)?", part)]


def _in_memory(path: str, query: str) -> bool:
    """A SQLite URL's path and query name no file: `sqlite://`, `sqlite:///`, `:memory:`, or a `file:` URI held in
    memory (`mode=memory`, `file::memory:`), as SQLite reads them."""
    database = unquote(path.removeprefix("/"))
    return database in ("", ":memory:") or database.startswith("file::memory:") or "mode=memory" in query


LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")  # the standard library's level names


class _Declared(BaseSettings):
    """The settings as declared: fields, validators and methods. `Settings` is this class built by pydantic-settings
    (on first use); type-checkers see the two as one."""

    # A variable set but empty (`DATABASE_URL=`) counts as unset, as most twelve-factor tools read it.
    model_config = SettingsConfigDict(env_file=None, extra="ignore", case_sensitive=False, env_ignore_empty=True)

    # Unset: WARNING for the console (a person is reading stdout), INFO for the chat services; logs go to stderr.
    log_level: str | None = None
    rate_limit_per_minute: int = Field(default=20, ge=0)
    # How long a question stays the one a follow-up ("when did it start") is read with, per person and channel;
    # kept in memory only. 0 turns follow-ups off.
    follow_up_minutes: int = Field(default=10, ge=0, le=24 * 60)
    database_url: str = Field(default_factory=default_database_url)
    # How long one database statement waits for a lock (SQLite) or a connection (PostgreSQL) before failing.
    database_timeout_seconds: float = Field(default=30, gt=0, le=600)
    brief_dir: Path | None = None  # another brief directory than the shipped one (--brief wins over it)
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
    cache_dir: Path | None = None  # compiled brief snapshots (bot/snapshot/); None: the user cache directory
    # Recording an unanswered question happens off the answer path; one write gives up after this long.
    question_log_timeout_seconds: float = Field(default=2, gt=0, le=60)

    slack_bot_token: str | None = None
    slack_app_token: str | None = None
    slack_signing_secret: str | None = None
    slack_api_url: str | None = None
    slack_client_id: str | None = None
    slack_client_secret: str | None = None
    secret_key: str | None = None  # Fernet key(s), comma-separated, newest first: installation tokens at rest
    host: str = "0.0.0.0"
    port: int = Field(default=3000, ge=0, le=65535)  # 0: a free port; 99999 failed only at bind (fresh tester 56)

    discord_token: str | None = None
    discord_api_url: str | None = None
    discord_gateway_url: str | None = None
    discord_application_id: int | None = None
    discord_sharded: bool = False
    # Discord shards: how many in all, and which this process runs ("0,1"); unset ids run every shard here.
    discord_shard_count: int | None = Field(default=None, ge=1)
    discord_shard_ids: Annotated[list[int] | None, NoDecode] = None

    @field_validator("database_url")
    @classmethod
    def _supported_database(cls, value: str) -> str:
        problem = database_url_problem(value)
        if problem:
            raise ValueError(f"DATABASE_URL {problem}: use {SUPPORTED_DATABASES}")
        return value

    @field_validator("slack_api_url", "discord_api_url", "discord_gateway_url")
    @classmethod
    def _absolute_url(cls, value: str | None, info: ValidationInfo) -> str | None:
        """A base URL with a scheme and a host, said at start-up naming the setting (fresh tester 61 U7:
        SLACK_API_URL=not-a-url read "Could not reach Slack at not-a-url/ … InvalidUrlClientError", as if Slack
        were down). Empty means unset (the platform's own)."""
        if not value:
            return None
        schemes = ("ws", "wss") if info.field_name == "discord_gateway_url" else ("http", "https")
        parts = urlsplit(value)
        if parts.scheme not in schemes or not parts.netloc:
            name = (info.field_name or "").upper()
            raise ValueError(f"{name} must be a {schemes[0]}:// or {schemes[1]}:// URL, not {value[:80]!r}")
        return value

    @field_validator("host")
    @classmethod
    def _listenable_host(cls, value: str) -> str:
        problem = host_problem(value)
        if problem:
            raise ValueError(f"HOST {problem}")
        return value

    @field_validator("digest_default_timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        from bot.errors import CommandError
        from bot.subscriptions import resolve_timezone

        try:
            return resolve_timezone(value)  # the canonical name ("utc" -> "UTC")
        except CommandError as exc:  # said at start-up, naming the setting, not when the first digest is due
            raise ValueError(f"DIGEST_DEFAULT_TIMEZONE: {exc}") from None

    @field_validator("digest_default_time")
    @classmethod
    def _readable_time(cls, value: str) -> str:
        from bot.errors import CommandError
        from bot.subscriptions import parse_time

        try:
            return parse_time(value)  # as `subscribe … at` reads one ("9:00" -> "09:00")
        except CommandError as exc:  # said at start-up, naming the setting, not when the first digest is due
            raise ValueError(f"DIGEST_DEFAULT_TIME: {exc}") from None

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str | None) -> str | None:
        if value is not None and value.upper() not in LOG_LEVELS:
            raise ValueError(f"LOG_LEVEL must be one of {', '.join(LOG_LEVELS)} (any case), not {value!r}")
        return value

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

    def missing_for(self, services: frozenset[str] | set[str]) -> dict[str, str]:
        """For each of `services` that these settings cannot start for want of a variable, the variables it still
        needs. (`--only digests` with DIGESTS_ENABLED=false is no missing setting but one set false: the runner says
        so itself, fresh tester 67 U4.)"""
        out: dict[str, str] = {}
        if "slack" in services and not self.slack_mode():
            out["slack"] = (
                "SLACK_SIGNING_SECRET with SLACK_BOT_TOKEN or SLACK_CLIENT_ID+SLACK_CLIENT_SECRET (HTTP), "
                "or SLACK_BOT_TOKEN with SLACK_APP_TOKEN (Socket Mode)"
            )
        if "discord" in services and not self.discord_token:
            out["discord"] = "DISCORD_TOKEN"
        return out

    def partly_configured(self) -> dict[str, tuple[list[str], str]]:
        """For each platform some of whose variables are set but too few to start it: the variables set (names
        only) and what it still needs, as `missing_for` says it. Discord has one variable, so only Slack can be."""
        slack = {
            "SLACK_BOT_TOKEN": self.slack_bot_token,
            "SLACK_APP_TOKEN": self.slack_app_token,
            "SLACK_SIGNING_SECRET": self.slack_signing_secret,
            "SLACK_CLIENT_ID": self.slack_client_id,
            "SLACK_CLIENT_SECRET": self.slack_client_secret,
        }
        given = [name for name, value in slack.items() if value]
        if not given or self.slack_mode():
            return {}
        return {"Slack": (given, self.missing_for({"slack"})["slack"])}

    def posting_needs(self, platform: str) -> str | None:
        """What a scheduled digest still needs to post on `platform` from outside a running service (`digest
        run-due`): a bot token, or an app's client id and secret for the workspaces installed; None when set."""
        if platform == "slack" and not (self.slack_bot_token or (self.slack_client_id and self.slack_client_secret)):
            return "SLACK_BOT_TOKEN (one workspace) or both SLACK_CLIENT_ID and SLACK_CLIENT_SECRET (installs)"
        if platform == "discord" and not self.discord_token:
            return "DISCORD_TOKEN"
        return None

    def configured_platforms(self) -> list[str]:
        out = []
        if self.slack_mode():
            out.append("slack")
        if self.discord_token:
            out.append("discord")
        return out


if TYPE_CHECKING:
    Settings = _Declared
else:
    _building = threading.Lock()

    def __getattr__(name: str) -> Any:
        """`Settings`, built from `_Declared` by pydantic-settings the first time it is asked for (PEP 562)."""
        if name != "Settings":
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        with _building:
            built = globals().get("Settings")
            if built is None:
                from pydantic_settings import BaseSettings, NoDecode

                globals()["NoDecode"] = NoDecode  # named by an annotation, resolved when the class is built
                body = {
                    k: v.made() if isinstance(v, _Later) else v
                    for k, v in vars(_Declared).items()
                    if k not in ("__dict__", "__weakref__")
                }
                body["__qualname__"] = "Settings"
                built = types.new_class("Settings", (BaseSettings,), exec_body=lambda ns: ns.update(body))
                globals()["Settings"] = built
        return built


# A host name as RFC 1123 spells one: dot-separated labels of letters, digits and inner hyphens, 63 at most each.
_HOST_LABEL = re.compile(r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")


def host_problem(value: str) -> str | None:
    """What is wrong with `value` as HOST (the address the Slack HTTP server listens on), or None when it is an IP
    address or a well-formed host name. Said at start-up instead of as a traceback from the bind, and without a DNS
    lookup of a malformed address: '256.1.1.1' has a host name's spelling but is a dotted IPv4 address that does
    not exist (fresh tester 56)."""
    import ipaddress

    try:
        ipaddress.ip_address(value.strip("[]"))
        return None
    except ValueError:
        pass
    labels = value.rstrip(".").split(".")
    spelt = bool(value) and len(value) <= 253 and all(_HOST_LABEL.match(label) for label in labels)
    if spelt and not all(label.isdigit() for label in labels):  # all digits: an IPv4 address, and not a valid one
        return None
    return f"must be an IP address (e.g. 0.0.0.0 or 127.0.0.1) or a host name, not {value[:60]!r}"


def accepted(name: str) -> str:
    """What the setting `name` (a field of `Settings`) accepts, in words, from its declared type and bounds: "a whole
    number from 0 to 1440", "true or false", "whole numbers separated by commas"; for a message naming the setting
    instead of pydantic's wording (`bot.cli.settings_problems`)."""
    import annotated_types

    field = Settings.model_fields[name]
    kinds = {arg for arg in getattr(field.annotation, "__args__", (field.annotation,)) if arg is not type(None)}
    low: float | None = None
    high: float | None = None
    above = False
    for bound in field.metadata:
        if isinstance(bound, annotated_types.Ge):
            low = float(bound.ge)  # type: ignore[arg-type]  # our bounds are numbers
        elif isinstance(bound, annotated_types.Gt):
            low, above = float(bound.gt), True  # type: ignore[arg-type]
        elif isinstance(bound, annotated_types.Le):
            high = float(bound.le)  # type: ignore[arg-type]
    if bool in kinds:
        return "true or false (also 1/0, yes/no, on/off)"
    if any(getattr(kind, "__origin__", None) is list for kind in kinds):
        return "whole numbers separated by commas (e.g. 0,1)"
    what = "a whole number" if int in kinds else "a number" if float in kinds else "text"

    def shown(bound: float) -> str:
        return f"{bound:g}"

    if low is not None and high is not None:
        return f"{what} {'above' if above else 'from'} {shown(low)} {'and at most' if above else 'to'} {shown(high)}"
    if low is not None:
        return f"{what} above {shown(low)}" if above else f"{what}, {shown(low)} or more"
    if high is not None:
        return f"{what}, {shown(high)} at most"
    return what


# The settings that any text sets validly (a directory): a command that needs only these reads them with
# `directory`, without building `Settings`.
DIRECTORIES = frozenset({"brief_dir", "cache_dir"})


def _environment() -> dict[str, str]:
    """The environment as `Settings` reads it: names in any case, a variable set but empty counting as unset."""
    named = {name.lower(): value for name, value in os.environ.items()}
    return {name: value for name, value in named.items() if value}


def directory(name: str) -> Path | None:
    """BRIEF_DIR or CACHE_DIR (`name` is "brief_dir" or "cache_dir") as `Settings` reads it; None when unset."""
    if name not in DIRECTORIES:
        raise ValueError(f"{name!r} is not one of {sorted(DIRECTORIES)}")
    value = _environment().get(name)
    return Path(value) if value is not None else None


def only_directories_set() -> bool:
    """The environment sets no setting but the directories: `Settings()` would hold its defaults and those two, so
    it cannot fail (see `directory`)."""
    return not (set(_Declared.__annotations__) - DIRECTORIES) & set(_environment())


def setting(name: str) -> Any:
    """The setting `name` (a field of `Settings`, e.g. "database_url") as `Settings()` holds it.

    When the environment sets no setting but the directories (`only_directories_set`), that is the field's declared
    default, read without building `Settings`: a refused `palantir-ice ask` reads its question-log settings so,
    without importing pydantic-settings. Otherwise `Settings()` reads and validates the environment.
    """
    if name not in _Declared.__annotations__:
        raise ValueError(f"{name!r} is not a setting")
    if name in DIRECTORIES:
        return directory(name)
    if only_directories_set():
        declared = vars(_Declared).get(name)
        if not isinstance(declared, _Later):
            return declared
        if "default_factory" in declared.kwargs:
            return declared.kwargs["default_factory"]()
        if "default" in declared.kwargs:
            return declared.kwargs["default"]
    return getattr(Settings(), name)
