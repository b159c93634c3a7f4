"""Flag storage on SQLite and PostgreSQL: listing, acknowledging, leasing deliveries."""

from __future__ import annotations

from datetime import timedelta

import pytest

from flagrows import T0, add_flag, delivery_row
from pipeline.store import Database
from pipeline.store.flags import (
    acknowledge,
    acknowledge_all_new,
    claim_deliveries,
    delivery_failed,
    delivery_succeeded,
    existing_flag_ids,
    list_flags,
)


def test_list_flags_joins_event_and_story_newest_first(db: Database) -> None:
    older = add_flag(db, 1, created_at=T0, changes=("count: 3 -> 4",))
    newer = add_flag(db, 2, created_at=T0 + timedelta(hours=1), kind="changed")
    rows = list_flags(db, status=None, since=None, limit=10)
    assert [r.id for r in rows] == [newer, older]
    first = rows[1]
    assert first.event_key == "valley-county-or-2025-01"
    assert (first.jurisdiction, first.state) == ("Valley County", "OR")
    assert first.agency == "Valley County Sheriff's Office"
    assert first.story_url == "https://paper.example/news/1"
    assert first.story_title == "Valley County jail story 1"
    assert first.outlet == "Valley Courier"
    assert first.changes == ("count: 3 -> 4",)
    assert first.created_at == T0
    assert rows[0].kind == "changed"


def test_list_flags_filters_by_status_since_and_limit(db: Database) -> None:
    new = add_flag(db, 1, created_at=T0)
    acked = add_flag(db, 2, created_at=T0 + timedelta(hours=2), status="acknowledged")
    late = add_flag(db, 3, created_at=T0 + timedelta(days=3))
    assert [r.id for r in list_flags(db, status="new", since=None, limit=10)] == [late, new]
    assert [r.id for r in list_flags(db, status="acknowledged", since=None, limit=10)] == [acked]
    assert len(list_flags(db, status="all", since=None, limit=10)) == 3
    since = T0 + timedelta(hours=1)
    assert [r.id for r in list_flags(db, status=None, since=since, limit=10)] == [late, acked]
    assert [r.id for r in list_flags(db, status=None, since=None, limit=1)] == [late]


def test_list_flags_refuses_an_unknown_status(db: Database) -> None:
    with pytest.raises(ValueError, match="unknown flag status"):
        list_flags(db, status="urgent", since=None, limit=10)


def test_acknowledge_is_idempotent_and_keeps_the_first_time(db: Database) -> None:
    a, b = add_flag(db, 1), add_flag(db, 2)
    other = add_flag(db, 3)
    first = T0 + timedelta(days=1)
    assert acknowledge(db, [a, b, 9999], first) == 2
    assert acknowledge(db, [a, b], first + timedelta(hours=5)) == 0
    rows = {r.id: r for r in list_flags(db, status="all", since=None, limit=10)}
    assert rows[a].status == rows[b].status == "acknowledged"
    assert rows[a].acknowledged_at == first
    assert rows[other].status == "new"
    assert rows[other].acknowledged_at is None


def test_acknowledge_all_new_counts_only_new_flags(db: Database) -> None:
    add_flag(db, 1)
    add_flag(db, 2, status="acknowledged")
    add_flag(db, 3)
    assert acknowledge_all_new(db, T0) == 2
    assert list_flags(db, status="new", since=None, limit=10) == []
    assert acknowledge_all_new(db, T0) == 0


def test_existing_flag_ids_names_only_stored_flags(db: Database) -> None:
    a = add_flag(db, 1)
    assert existing_flag_ids(db, [a, a + 100]) == {a}
    assert existing_flag_ids(db, []) == set()


def test_claim_takes_only_due_pending_unleased_deliveries(db: Database) -> None:
    due = add_flag(db, 1, delivery=True, next_attempt_at=T0)
    add_flag(db, 2, delivery=True, next_attempt_at=T0 + timedelta(minutes=5))  # not yet due
    add_flag(db, 3)  # no webhook row
    claimed = claim_deliveries(db, owner="a", now=T0, lease_seconds=60, limit=10)
    assert [d.flag_id for d in claimed] == [due]
    assert claimed[0].flag.id == due
    assert claimed[0].attempts == 0
    # Leased: nobody else gets it until the lease expires.
    assert claim_deliveries(db, owner="b", now=T0, lease_seconds=60, limit=10) == []
    later = claim_deliveries(db, owner="b", now=T0 + timedelta(seconds=61), lease_seconds=60,
                             limit=10)
    assert [d.flag_id for d in later] == [due]
    assert delivery_row(db, due).lease_owner == "b"


def test_claim_respects_limit_oldest_due_first(db: Database) -> None:
    late = add_flag(db, 1, delivery=True, next_attempt_at=T0)
    early = add_flag(db, 2, delivery=True, next_attempt_at=T0 - timedelta(minutes=1))
    claimed = claim_deliveries(db, owner="a", now=T0, lease_seconds=60, limit=1)
    assert [d.flag_id for d in claimed] == [early]
    rest = claim_deliveries(db, owner="a", now=T0, lease_seconds=60, limit=5)
    assert [d.flag_id for d in rest] == [late]


def test_succeeded_delivery_is_never_claimed_again(db: Database) -> None:
    flag = add_flag(db, 1, delivery=True)
    (delivery,) = claim_deliveries(db, owner="a", now=T0, lease_seconds=60, limit=5)
    assert delivery_succeeded(db, delivery, T0 + timedelta(seconds=1))
    row = delivery_row(db, flag)
    assert (row.status, row.attempts, row.lease_token) == ("delivered", 1, None)
    assert row.delivered_at == T0 + timedelta(seconds=1)
    assert claim_deliveries(db, owner="a", now=T0 + timedelta(days=1), lease_seconds=60,
                            limit=5) == []


def test_failed_delivery_waits_then_gives_up(db: Database) -> None:
    flag = add_flag(db, 1, delivery=True)
    (first,) = claim_deliveries(db, owner="a", now=T0, lease_seconds=60, limit=5)
    retry_at = T0 + timedelta(minutes=2)
    assert delivery_failed(db, first, "HTTP 500", retry_at, give_up=False)
    row = delivery_row(db, flag)
    assert (row.status, row.attempts, row.last_error) == ("pending", 1, "HTTP 500")
    assert claim_deliveries(db, owner="a", now=T0 + timedelta(minutes=1), lease_seconds=60,
                            limit=5) == []
    (second,) = claim_deliveries(db, owner="a", now=retry_at, lease_seconds=60, limit=5)
    assert second.attempts == 1
    assert delivery_failed(db, second, "HTTP 502", retry_at, give_up=True)
    row = delivery_row(db, flag)
    assert (row.status, row.attempts, row.last_error) == ("failed", 2, "HTTP 502")
    assert claim_deliveries(db, owner="a", now=T0 + timedelta(days=9), lease_seconds=60,
                            limit=5) == []


def test_outcome_from_a_lost_lease_is_ignored(db: Database) -> None:
    flag = add_flag(db, 1, delivery=True)
    (stale,) = claim_deliveries(db, owner="a", now=T0, lease_seconds=10, limit=5)
    (fresh,) = claim_deliveries(db, owner="b", now=T0 + timedelta(seconds=11), lease_seconds=60,
                                limit=5)
    assert not delivery_succeeded(db, stale, T0 + timedelta(seconds=12))
    assert delivery_row(db, flag).status == "pending"
    assert delivery_succeeded(db, fresh, T0 + timedelta(seconds=13))
    assert delivery_row(db, flag).attempts == 1
