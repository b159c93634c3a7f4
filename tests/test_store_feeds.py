"""Feed sync with feeds.toml, and leasing due feeds, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import create_engine, select, text, update
from sqlalchemy.engine import make_url

from pipeline.errors import ConfigError
from pipeline.models import FeedConfig, PollOutcome
from pipeline.store import Database, claim_due, release, save_polls, sync_feeds
from pipeline.store.schema import feeds

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def config(name: str, **overrides: object) -> FeedConfig:
    values: dict[str, object] = {"name": name, "url": f"https://feeds.example/{name}.xml"}
    values.update(overrides)
    return FeedConfig(**values)  # type: ignore[arg-type]


def feed(db: Database, name: str) -> dict[str, object]:
    with db.read("t") as conn:
        return dict(conn.execute(select(feeds).where(feeds.c.name == name)).one()._mapping)


def claim(db: Database, owner: str = "a", **kwargs: object) -> list[str]:
    options: dict[str, object] = {"now": NOW, "lease_seconds": 300, "limit": 100}
    options.update(kwargs)
    return [c.name for c in claim_due(db, owner=owner, **options)]  # type: ignore[arg-type]


def test_sync_inserts_new_feeds_due_now(db: Database) -> None:
    report = sync_feeds(db, [config("one", tags=("county",), headers={"X-Key": "v"})], NOW)
    assert report.added == ("one",)
    row = feed(db, "one")
    assert row["next_poll_at"] == NOW
    assert row["tags"] == ["county"]
    assert row["headers"] == {"X-Key": "v"}
    assert row["in_config"] is True
    assert row["interval_seconds"] == 900


def test_sync_updates_changed_fields_only(db: Database) -> None:
    sync_feeds(db, [config("one"), config("two")], NOW)
    later = NOW + timedelta(hours=1)
    report = sync_feeds(
        db, [config("one", interval=timedelta(minutes=5), enabled=False), config("two")], later
    )
    assert report.updated == ("one",)
    assert report.added == report.removed == ()
    row = feed(db, "one")
    assert (row["interval_seconds"], row["enabled"], row["updated_at"]) == (300, False, later)
    assert feed(db, "two")["updated_at"] == NOW


def test_sync_changed_url_resets_validators_and_redirect(db: Database) -> None:
    sync_feeds(db, [config("one")], NOW)
    with db.write("t") as conn:
        conn.execute(
            update(feeds).values(
                etag='"e"',
                last_modified="x",
                body_sha256="h",
                effective_url="https://moved.example/",
                next_poll_at=NOW + timedelta(hours=2),
            )
        )
    sync_feeds(db, [config("one", url="https://other.example/rss")], NOW + timedelta(minutes=1))
    row = feed(db, "one")
    assert row["url"] == "https://other.example/rss"
    assert [row[k] for k in ("etag", "last_modified", "body_sha256", "effective_url")] == [None] * 4
    assert row["next_poll_at"] == NOW + timedelta(minutes=1)


def test_sync_marks_absent_feeds_out_of_config_and_restores_them(db: Database) -> None:
    sync_feeds(db, [config("one"), config("two")], NOW)
    report = sync_feeds(db, [config("one")], NOW)
    assert report.removed == ("two",)
    assert feed(db, "two")["in_config"] is False
    assert claim(db) == ["one"]
    back = sync_feeds(db, [config("one"), config("two")], NOW)
    assert back.restored == ("two",)
    assert feed(db, "two")["in_config"] is True


def test_sync_unchanged_config_reports_nothing(db: Database) -> None:
    sync_feeds(db, [config("one")], NOW)
    assert not sync_feeds(db, [config("one")], NOW).changed


def test_sync_compares_tags_and_headers_of_each_feed(db: Database) -> None:
    same = {"tags": ("county",), "headers": {"X-Key": "v"}}
    sync_feeds(db, [config("one", **same), config("two", **same), config("three")], NOW)
    assert not sync_feeds(
        db, [config("one", **same), config("two", **same), config("three")], NOW
    ).changed
    report = sync_feeds(
        db,
        [config("one", **same), config("two", tags=("jail",), headers={}), config("three")],
        NOW,
    )
    assert report.updated == ("two",)
    assert (feed(db, "one")["tags"], feed(db, "one")["headers"]) == (["county"], {"X-Key": "v"})
    assert (feed(db, "two")["tags"], feed(db, "two")["headers"]) == (["jail"], {})


def test_sync_rejects_duplicate_names(db: Database) -> None:
    with pytest.raises(ConfigError):
        sync_feeds(db, [config("one"), config("one")], NOW)


def test_claim_takes_only_due_enabled_configured_feeds(db: Database) -> None:
    sync_feeds(db, [config("due"), config("off", enabled=False), config("later")], NOW)
    with db.write("t") as conn:
        conn.execute(
            update(feeds).where(feeds.c.name == "later").values(next_poll_at=NOW + timedelta(1))
        )
    claimed = claim_due(db, owner="a", now=NOW, lease_seconds=60, limit=10)
    assert [c.name for c in claimed] == ["due"]
    row = feed(db, "due")
    assert row["lease_owner"] == "a"
    assert row["lease_token"] == claimed[0].lease_token
    assert row["lease_expires_at"] == NOW + timedelta(seconds=60)
    assert claimed[0].interval == timedelta(minutes=15)


def test_claim_force_and_names_select_feeds_not_yet_due(db: Database) -> None:
    sync_feeds(db, [config("a"), config("b")], NOW)
    future = NOW - timedelta(minutes=1)
    assert claim(db, now=future) == []
    assert claim(db, now=future, names=["b"], force=True) == ["b"]


def test_claim_takes_the_longest_overdue_feeds_first_and_returns_them_in_that_order(
    db: Database,
) -> None:
    names = ["recent", "oldest", "middle", "older"]
    sync_feeds(db, [config(name) for name in names], NOW)
    overdue = {"recent": 1, "oldest": 40, "middle": 10, "older": 20}  # minutes past due
    with db.write("t") as conn:
        for name, minutes in overdue.items():
            due = NOW - timedelta(minutes=minutes)
            conn.execute(update(feeds).where(feeds.c.name == name).values(next_poll_at=due))
    assert claim(db, limit=3) == ["oldest", "older", "middle"]
    assert claim(db, limit=3) == ["recent"]


def test_claim_respects_limit_and_gives_each_claim_a_fresh_token(db: Database) -> None:
    sync_feeds(db, [config(f"f{i}") for i in range(5)], NOW)
    first = claim_due(db, owner="a", now=NOW, lease_seconds=60, limit=3)
    second = claim_due(db, owner="b", now=NOW, lease_seconds=60, limit=3)
    assert len(first) == 3
    assert len(second) == 2
    # One token per claim: a feed's lease is proved by (feed id, token of the claim that took it).
    assert len({c.lease_token for c in first}) == 1
    assert len({c.lease_token for c in second}) == 1
    assert first[0].lease_token != second[0].lease_token


def test_live_lease_blocks_and_expired_lease_is_reclaimable(db: Database) -> None:
    sync_feeds(db, [config("one")], NOW)
    [first] = claim_due(db, owner="a", now=NOW, lease_seconds=60, limit=10)
    assert claim(db, "b", now=NOW + timedelta(seconds=59), force=True) == []
    [again] = claim_due(db, owner="b", now=NOW + timedelta(seconds=61), lease_seconds=60, limit=10)
    assert again.lease_token != first.lease_token
    assert feed(db, "one")["lease_owner"] == "b"


def test_release_clears_our_lease_and_keeps_next_poll(db: Database) -> None:
    sync_feeds(db, [config("one")], NOW)
    [claimed] = claim_due(db, owner="a", now=NOW, lease_seconds=60, limit=10)
    assert release(db, claimed.id, "not-the-token") is False
    assert release(db, claimed.id, claimed.lease_token) is True
    row = feed(db, "one")
    assert (row["lease_token"], row["lease_expires_at"], row["next_poll_at"]) == (None, None, NOW)
    assert claim(db) == ["one"]


def test_concurrent_claimers_never_share_a_feed_nor_take_more_than_asked(db: Database) -> None:
    sync_feeds(db, [config(f"f{i:02}") for i in range(40)], NOW)
    workers = 4
    barrier = threading.Barrier(workers)
    results: list[list[str]] = [[] for _ in range(workers)]
    sizes: list[int] = []

    def work(index: int) -> None:
        barrier.wait()
        for _ in range(10):
            taken = claim(db, f"w{index}", limit=3)
            sizes.append(len(taken))
            results[index] += taken

    threads = [threading.Thread(target=work, args=(i,)) for i in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    counts = Counter(name for names in results for name in names)
    assert sum(counts.values()) == 40
    assert max(counts.values()) == 1
    assert max(sizes) <= 3


@pytest.mark.postgres
def test_postgres_claim_skips_rows_locked_by_another_connection(
    postgres_url: str,
) -> None:
    other = create_engine(postgres_url)
    name = make_url(postgres_url).database
    with other.connect() as conn, conn.begin():
        # A regression (waiting on the lock) then fails in 5 s instead of hanging the run.
        conn.execute(text(f"ALTER DATABASE \"{name}\" SET lock_timeout = '5s'"))
    db = Database.open(postgres_url)
    try:
        db.upgrade()
        sync_feeds(db, [config("locked"), config("free")], NOW)
        with other.connect() as conn, conn.begin():
            conn.execute(text("SELECT id FROM feeds WHERE name = 'locked' FOR UPDATE"))
            # Must return at once with the unlocked feed, not wait for the other transaction.
            assert claim(db) == ["free"]
        assert claim(db) == ["locked"]
    finally:
        other.dispose()
        db.dispose()


def test_url_change_during_a_poll_keeps_the_old_poll_from_writing_feed_state(
    db: Database, make_outcome: Callable[..., PollOutcome]
) -> None:
    sync_feeds(db, [config("one")], NOW)
    [in_flight] = claim_due(db, owner="a", now=NOW, lease_seconds=300, limit=1)
    later = NOW + timedelta(minutes=1)
    sync_feeds(db, [config("one", url="https://other.example/rss")], later)
    # The poll of the old URL finishes after the edit, having learned about the old URL.
    old = make_outcome(in_flight, effective_url="https://moved.example/old.xml")
    [saved] = save_polls(db, [old])
    row = feed(db, "one")
    assert saved.state_saved is False
    assert (row["effective_url"], row["etag"], row["body_sha256"]) == (None, None, None)
    assert row["next_poll_at"] == later  # the new URL is still due at once
    assert claim(db, now=later) == ["one"]
