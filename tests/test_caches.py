from __future__ import annotations

from bot.caches import Recent


def test_a_full_cache_drops_only_its_oldest_entry() -> None:
    cache: Recent[str, int] = Recent(3)
    for i, key in enumerate("abcd"):
        assert cache.put(key, i) == i
    assert list(cache) == ["b", "c", "d"]
    assert cache.get("a") is None and cache.get("d") == 3


def test_keeping_a_key_again_replaces_its_value_and_drops_nothing() -> None:
    cache: Recent[str, int] = Recent(2)
    cache.put("a", 1)
    cache.put("b", 2)
    cache.put("a", 3)
    assert dict(cache) == {"a": 3, "b": 2}
