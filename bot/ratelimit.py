"""A per-user sliding-window limit, shared by every adapter so Slack and Discord refuse alike."""

from __future__ import annotations

import math
from collections import deque


class RateLimiter:
    def __init__(self, *, limit: int = 20, window: float = 60.0, max_users: int = 100_000) -> None:
        self.limit = limit
        self.window = window
        self.max_users = max_users
        self._hits: dict[str, deque[float]] = {}

    def check(self, key: str, now: float) -> float:
        """Count one request for `key` at `now` (seconds); return 0 when allowed, else seconds to wait."""
        if self.limit <= 0:
            return 0.0
        hits = self._hits.get(key)
        if hits is None:
            if len(self._hits) >= self.max_users:
                self._forget(now)
            hits = self._hits[key] = deque()
        while hits and now - hits[0] >= self.window:
            hits.popleft()
        if len(hits) >= self.limit:
            return max(1.0, math.ceil(self.window - (now - hits[0])))
        hits.append(now)
        return 0.0

    def _forget(self, now: float) -> None:
        for key in [k for k, h in self._hits.items() if not h or now - h[-1] >= self.window]:
            del self._hits[key]
        if len(self._hits) >= self.max_users:  # still full: drop the oldest half rather than grow without bound
            for key in list(self._hits)[: self.max_users // 2]:
                del self._hits[key]
