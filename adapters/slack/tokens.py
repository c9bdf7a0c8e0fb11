"""Slack installation tokens encrypted at rest with SECRET_KEY (cryptography's Fernet), and key rotation.

`EncryptedInstallationStore` wraps slack_sdk's SQLAlchemy installation store: tokens are encrypted on the way in and
decrypted on the way out, so the rows in `slack_installations` / `slack_bots` hold `gAAAAA...` instead of `xoxb-...`.

SECRET_KEY is one or more Fernet keys (`Fernet.generate_key()`), comma-separated, newest first: the first encrypts,
every one decrypts (`MultiFernet`). To rotate: put a new key in front (`SECRET_KEY=new,old`) and restart; at start
`reencrypt_tokens` rewrites every stored token with the new key (and encrypts any stored in clear before
SECRET_KEY was set); then drop the old key. A token no key can decrypt is refused (logged once per lookup, no token
text), so the workspace is asked to reinstall rather than the bot posting with garbage.
"""

from __future__ import annotations

import copy
import logging
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from slack_sdk.oauth.installation_store import Bot, Installation
from slack_sdk.oauth.installation_store.async_installation_store import AsyncInstallationStore
from slack_sdk.oauth.installation_store.sqlalchemy import AsyncSQLAlchemyInstallationStore
from sqlalchemy import select, update

from bot.errors import ConfigError

log = logging.getLogger(__name__)

TOKEN_FIELDS = ("bot_token", "bot_refresh_token", "user_token", "user_refresh_token")
FERNET_PREFIX = "gAAAAA"  # every Fernet token starts with the version byte 0x80, base64url "gA..."


def fernet_from(secret_key: str) -> MultiFernet:
    """SECRET_KEY ("key" or "new,old,...") as a MultiFernet; a malformed key is one ConfigError line."""
    keys = [k.strip() for k in secret_key.split(",") if k.strip()]
    try:
        return MultiFernet([Fernet(k) for k in keys])
    except (ValueError, TypeError) as exc:
        raise ConfigError(
            "SECRET_KEY must be one or more Fernet keys, comma-separated (make one with: "
            'python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())")'
        ) from exc


def is_encrypted(value: str | None) -> bool:
    return bool(value) and str(value).startswith(FERNET_PREFIX)


class EncryptedInstallationStore(AsyncInstallationStore):
    """An installation store whose tokens are Fernet-encrypted in the database."""

    def __init__(self, inner: AsyncSQLAlchemyInstallationStore, fernet: MultiFernet) -> None:
        self.inner = inner
        self.fernet = fernet

    @property
    def logger(self) -> logging.Logger:
        return log

    def _encrypt(self, value: str | None) -> str | None:
        if not value or is_encrypted(value):
            return value
        return self.fernet.encrypt(value.encode()).decode()

    def _decrypt(self, value: str | None) -> str | None:
        if not value or not is_encrypted(value):
            return value  # stored before SECRET_KEY was set: re-encrypted at the next start
        return self.fernet.decrypt(value.encode()).decode()

    def _sealed(self, item: Any) -> Any:
        sealed = copy.copy(item)
        for name in TOKEN_FIELDS:
            if hasattr(sealed, name):
                setattr(sealed, name, self._encrypt(getattr(sealed, name)))
        return sealed

    def _opened(self, item: Any) -> Any:
        if item is None:
            return None
        try:
            for name in TOKEN_FIELDS:
                if hasattr(item, name):
                    setattr(item, name, self._decrypt(getattr(item, name)))
        except InvalidToken:
            log.error(
                "slack: a stored token for team %s matches no SECRET_KEY: treated as not installed",
                getattr(item, "team_id", "?"),
            )
            return None
        return item

    async def async_save(self, installation: Installation) -> None:
        await self.inner.async_save(self._sealed(installation))

    async def async_save_bot(self, bot: Bot) -> None:
        await self.inner.async_save_bot(self._sealed(bot))

    async def async_find_bot(
        self, *, enterprise_id: str | None, team_id: str | None, is_enterprise_install: bool | None = False
    ) -> Bot | None:
        found = await self.inner.async_find_bot(
            enterprise_id=enterprise_id, team_id=team_id, is_enterprise_install=is_enterprise_install
        )
        return self._opened(found)  # type: ignore[no-any-return]

    async def async_find_installation(
        self,
        *,
        enterprise_id: str | None,
        team_id: str | None,
        user_id: str | None = None,
        is_enterprise_install: bool | None = False,
    ) -> Installation | None:
        found = await self.inner.async_find_installation(
            enterprise_id=enterprise_id, team_id=team_id, user_id=user_id, is_enterprise_install=is_enterprise_install
        )
        return self._opened(found)  # type: ignore[no-any-return]

    async def async_delete_bot(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        await self.inner.async_delete_bot(enterprise_id=enterprise_id, team_id=team_id)

    async def async_delete_installation(
        self, *, enterprise_id: str | None, team_id: str | None, user_id: str | None = None
    ) -> None:
        await self.inner.async_delete_installation(enterprise_id=enterprise_id, team_id=team_id, user_id=user_id)

    async def async_delete_all(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        await self.inner.async_delete_all(enterprise_id=enterprise_id, team_id=team_id)


async def reencrypt_tokens(store: AsyncSQLAlchemyInstallationStore, fernet: MultiFernet) -> int:
    """Every stored token encrypted with the newest key (clear ones encrypted, older keys' rotated); returns how
    many values changed. Rows no key can read are left alone and counted in one log line."""
    changed = unreadable = 0
    async with store.engine.begin() as conn:
        for table in (store.installations, store.bots):
            columns = [table.c[name] for name in TOKEN_FIELDS if name in table.c]
            rows = (await conn.execute(select(table.c.id, *columns))).all()
            for row in rows:
                values: dict[str, str] = {}
                for column in columns:
                    value = row._mapping[column.name]
                    if not value:
                        continue
                    try:
                        if is_encrypted(value):
                            new = fernet.rotate(value.encode()).decode()
                        else:
                            new = fernet.encrypt(value.encode()).decode()
                    except InvalidToken:
                        unreadable += 1
                        continue
                    if new != value:
                        values[column.name] = new
                if values:
                    await conn.execute(update(table).where(table.c.id == row.id).values(**values))
                    changed += len(values)
    if unreadable:
        log.error("slack: %d stored tokens match no SECRET_KEY (a key was dropped too early?)", unreadable)
    return changed
