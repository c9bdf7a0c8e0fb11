from __future__ import annotations

from bot import text


def test_compile_deferred_compiles_every_pattern_deferred_so_far() -> None:
    getter = text.on_first_use(r"deferred (?:for|by) a test")
    assert getter.cache_info().currsize == 0  # type: ignore[attr-defined]  # functools.cache's getter
    assert text.compile_deferred() >= 1
    assert getter.cache_info().currsize == 1  # type: ignore[attr-defined]
    assert getter().search("deferred by a test")
