"""The last question of each conversation, so a follow-up ("when did it start") can be read with it.

A conversation is one person in one channel of one workspace (the console is one conversation). The question is
kept in memory only, for `window`, and never stored: the question log keeps misses salted, and this keeps nothing
past a restart. At most `size` conversations are kept, the least recently asked dropped first.
"""

from __future__ import annotations

import datetime as dt

from bot.caches import Recent

Key = tuple[str, str | None, str | None, str | None]  # platform, workspace, channel, user
MAX_CONVERSATIONS = 10_000  # ~200 bytes each: a bounded ~2 MB however many people ask


class Conversations:
    def __init__(self, window: dt.timedelta, size: int = MAX_CONVERSATIONS) -> None:
        self.window = window
        self._last: Recent[Key, tuple[str, dt.datetime]] = Recent(size)

    def previous(self, key: Key, now: dt.datetime) -> str | None:
        """The conversation's last question (as read) when it was asked within the window before `now`."""
        kept = self._last.get(key)
        if kept is None:
            return None
        question, at = kept
        if not dt.timedelta(0) <= now - at <= self.window:
            return None
        return question

    def remember(self, key: Key, question: str, now: dt.datetime) -> None:
        if self.window > dt.timedelta(0):
            self._last.pop(key, None)  # to the newest end: the least recently asked go first
            self._last.put(key, (question, now))

    def forget(self, key: Key) -> None:
        self._last.pop(key, None)
