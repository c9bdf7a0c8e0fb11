"""The shared "already answered" ledger: one claim per key across every copy of the bot, purged after an hour."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from bot.once import OnceLedger
from bot.store import HandledRequest, Store

NOW = dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.UTC)


def test_a_key_is_claimed_once_even_through_two_ledgers_on_one_database(store: Store) -> None:
    first, second = OnceLedger(store), OnceLedger(store)
    assert first.claim("slack:event:T1:Ev1", NOW) is True
    assert second.claim("slack:event:T1:Ev1", NOW) is False
    assert first.claim("slack:event:T1:Ev1", NOW + dt.timedelta(seconds=1)) is False
    assert second.claim("slack:event:T1:Ev2", NOW) is True


def test_keys_older_than_the_retention_are_purged_and_the_rest_kept(store: Store) -> None:
    ledger = OnceLedger(store, retention=dt.timedelta(hours=1), purge_every=3)
    ledger.claim("old", NOW - dt.timedelta(hours=2))
    ledger.claim("recent", NOW - dt.timedelta(minutes=5))
    ledger.claim("now", NOW)  # the third claim purges
    with store.session() as s:
        keys = set(s.scalars(select(HandledRequest.key)))
        assert keys == {"recent", "now"}
        assert s.scalar(select(func.count()).select_from(HandledRequest)) == 2
    assert ledger.claim("old", NOW) is True  # forgotten, so claimable again


def test_a_claim_within_a_window_is_taken_over_once_the_window_has_passed(store: Store) -> None:
    """Share in channel claims "this answer, this channel" for a few minutes: a second claim inside the window
    fails on every ledger, one after it succeeds (once), and a released claim can be made again at once."""
    first, second = OnceLedger(store), OnceLedger(store)
    window = dt.timedelta(minutes=5)
    assert first.claim("slack:share:T1:C1:abc", NOW, within=window) is True
    assert second.claim("slack:share:T1:C1:abc", NOW + dt.timedelta(seconds=1), within=window) is False
    later = NOW + dt.timedelta(minutes=6)
    assert second.claim("slack:share:T1:C1:abc", later, within=window) is True
    assert first.claim("slack:share:T1:C1:abc", later, within=window) is False
    first.release("slack:share:T1:C1:abc")
    assert second.claim("slack:share:T1:C1:abc", later, within=window) is True
