"""What the last question of each conversation was about, so a follow-up ("when did it start") can be read with it.

A conversation is one person in one channel of one workspace (the console is one conversation). What is kept (for
the answerer, the last question's `Subject`: bot/answering/followups.py) is kept in memory only, for `window`, and
never stored: the question log keeps misses salted, and this keeps nothing past a restart. At most `size`
conversations are kept, the least recently asked dropped first.
"""

from __future__ import annotations

import datetime as dt
from typing import Generic, TypeVar

from bot.caches import Recent

Key = tuple[str, str | None, str | None, str | None]  # platform, workspace, channel, user
MAX_CONVERSATIONS = 10_000  # ~600 bytes each with a question's Subject: a bounded ~6 MB however many people ask
Kept = TypeVar("Kept")


class Conversations(Generic[Kept]):
    def __init__(self, window: dt.timedelta, size: int = MAX_CONVERSATIONS) -> None:
        self.window = window
        self._last: Recent[Key, tuple[Kept, dt.datetime]] = Recent(size)

    def previous(self, key: Key, now: dt.datetime) -> Kept | None:
        """What was kept of the conversation's last question, when it was asked within the window before `now`."""
        kept = self._last.get(key)
        if kept is None:
            return None
        question, at = kept
        if not dt.timedelta(0) <= now - at <= self.window:
            return None
        return question

    def remember(self, key: Key, question: Kept, now: dt.datetime) -> None:
        if self.window > dt.timedelta(0):
            self._last.pop(key, None)  # to the newest end: the least recently asked go first
            self._last.put(key, (question, now))

    def forget(self, key: Key) -> None:
        self._last.pop(key, None)
