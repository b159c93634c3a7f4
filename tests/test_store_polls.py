"""Saving polls: stories, sources, fetch rows and feed state, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select, update

from conftest import counts
from pipeline.errors import StorageError
from pipeline.models import ClaimedFeed, FeedConfig, ParsedEntry, PollOutcome, Validators
from pipeline.store import Database, claim_due, save_poll, save_polls, sync_feeds
from pipeline.store.schema import feeds, fetches, stories, story_sources

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
Entry = Callable[..., ParsedEntry]
Outcome = Callable[..., PollOutcome]


def claimed(db: Database, *names: str) -> list[ClaimedFeed]:
    sync_feeds(db, [FeedConfig(n, f"https://feeds.example/{n}.xml") for n in names], NOW)
    return claim_due(db, owner="test", now=NOW, lease_seconds=300, limit=10)


def feed_row(db: Database, feed_id: int) -> dict[str, object]:
    with db.read("t") as conn:
        return dict(conn.execute(select(feeds).where(feeds.c.id == feed_id)).one()._mapping)


def test_first_save_stores_stories_sources_fetch_and_state(
    db: Database, make_entry: Entry, make_outcome: Outcome
) -> None:
    [feed] = claimed(db, "one")
    outcome = make_outcome(feed, (make_entry(1), make_entry(2)))
    result = save_poll(db, outcome)
    assert (result.entries_new, result.stories_new, result.state_saved) == (2, 2, True)
    assert counts(db, stories, story_sources, fetches) == (
        2,
        2,
        1,
    )
    row = feed_row(db, feed.id)
    assert row["etag"] == '"v1"'
    assert row["next_poll_at"] == outcome.next_poll_at
    assert row["last_success_at"] == outcome.finished_at
    assert (row["lease_token"], row["last_status"], row["consecutive_failures"]) == (None, 200, 0)
    with db.read("t") as conn:
        fetch = conn.execute(select(fetches)).one()
    assert (fetch.entries_seen, fetch.entries_new, fetch.duration_ms, fetch.bytes) == (
        2,
        2,
        2000,
        1234,
    )


def test_saving_the_same_outcome_twice_adds_nothing(
    db: Database, make_entry: Entry, make_outcome: Outcome
) -> None:
    [feed] = claimed(db, "one")
    outcome = make_outcome(feed, tuple(make_entry(i) for i in range(5)))
    save_poll(db, outcome)
    again = save_poll(db, outcome)
    assert (again.entries_new, again.stories_new) == (0, 0)
    assert counts(db, stories, story_sources, fetches) == (
        5,
        5,
        2,
    )


def test_story_in_two_feeds_is_one_story_with_two_sources(
    db: Database, make_entry: Entry, make_outcome: Outcome
) -> None:
    first, second = claimed(db, "one", "two")
    a = save_poll(db, make_outcome(first, (make_entry(1),)))
    b = save_poll(db, make_outcome(second, (make_entry(1, identity="other-guid", guid=None),)))
    assert (a.entries_new, a.stories_new) == (1, 1)
    assert (b.entries_new, b.stories_new) == (1, 0)
    assert counts(db, stories, story_sources) == (1, 2)


def test_existing_story_keeps_first_seen_and_title(
    db: Database, make_entry: Entry, make_outcome: Outcome
) -> None:
    first, second = claimed(db, "one", "two")
    save_poll(db, make_outcome(first, (make_entry(1, published=None),)))
    later = NOW + timedelta(hours=3)
    save_poll(
        db,
        make_outcome(second, (make_entry(1, title="Rewritten"),), finished_at=later),
    )
    with db.read("t") as conn:
        story = conn.execute(select(stories)).one()
    assert story.title == "County jail story number 1"
    assert story.first_seen_at == NOW + timedelta(seconds=2)
    assert story.published_at == story.first_seen_at
    assert story.published_estimated is True


def test_duplicate_entries_within_one_poll_are_stored_once(
    db: Database, make_entry: Entry, make_outcome: Outcome
) -> None:
    [feed] = claimed(db, "one")
    same_url = make_entry(2, canonical_url="https://news.example/story/1")
    result = save_poll(db, make_outcome(feed, (make_entry(1), make_entry(1), same_url)))
    assert (result.entries_new, result.stories_new) == (2, 1)
    assert counts(db, stories, story_sources) == (1, 2)


def test_lost_lease_keeps_entries_but_not_feed_state(
    db: Database, make_entry: Entry, make_outcome: Outcome
) -> None:
    [feed] = claimed(db, "one")
    [thief] = claim_due(
        db, owner="other", now=NOW + timedelta(minutes=10), lease_seconds=300, limit=10
    )
    result = save_poll(db, make_outcome(feed, (make_entry(1),)))
    assert (result.entries_new, result.state_saved) == (1, False)
    assert counts(db, stories, fetches) == (1, 1)
    row = feed_row(db, feed.id)
    assert row["lease_token"] == thief.lease_token
    assert row["etag"] is None
    assert row["last_polled_at"] is None


def test_failure_counts_up_and_keeps_validators(db: Database, make_outcome: Outcome) -> None:
    [feed] = claimed(db, "one")
    save_poll(db, make_outcome(feed))
    for attempt in range(2):
        [again] = claim_due(
            db, owner="t", now=NOW + timedelta(days=1), lease_seconds=60, limit=1, force=True
        )
        failed = make_outcome(again, status=503, validators=None, error=f"HTTP 503 #{attempt}")
        assert save_poll(db, failed).state_saved
    row = feed_row(db, feed.id)
    assert (row["consecutive_failures"], row["last_error"], row["last_status"]) == (
        2,
        "HTTP 503 #1",
        503,
    )
    assert row["etag"] == '"v1"'
    assert row["body_sha256"] == "ab" * 32
    assert row["last_success_at"] == NOW + timedelta(seconds=2)


def test_success_after_failures_resets_count_and_records_redirect(
    db: Database, make_outcome: Outcome
) -> None:
    [feed] = claimed(db, "one")
    save_poll(db, make_outcome(feed, status=None, validators=None, error="timeout"))
    [again] = claim_due(db, owner="t", now=NOW, lease_seconds=60, limit=1, force=True)
    assert again.consecutive_failures == 1
    moved = make_outcome(
        again, effective_url="https://new.example/feed", validators=Validators(etag='"v2"')
    )
    save_poll(db, moved)
    row = feed_row(db, feed.id)
    assert (row["consecutive_failures"], row["last_error"]) == (0, None)
    assert (row["effective_url"], row["etag"], row["body_sha256"]) == (
        "https://new.example/feed",
        '"v2"',
        None,
    )


def test_nul_characters_are_stripped_before_storing(
    db: Database, make_entry: Entry, make_outcome: Outcome
) -> None:
    [feed] = claimed(db, "one")
    entry = make_entry(
        1,
        title="Sheriff\x00 report",
        summary_text="a\x00b",
        summary_html="<p>a\x00b</p>",
        identity="id\x00",
        canonical_url="https://news.example/\x00x",
        authors=("A\x00B",),
    )
    save_poll(db, make_outcome(feed, (entry,), error="bad\x00byte", problem="p\x00"))
    with db.read("t") as conn:
        story = conn.execute(select(stories)).one()
        source = conn.execute(select(story_sources)).one()
        fetch = conn.execute(select(fetches)).one()
    assert (story.title, story.summary_text, story.canonical_url, story.authors) == (
        "Sheriff report",
        "ab",
        "https://news.example/x",
        ["AB"],
    )
    assert source.identity == "id"
    assert (fetch.error, fetch.problem) == ("badbyte", "p")


def test_large_poll_is_stored_whole(db: Database, make_entry: Entry, make_outcome: Outcome) -> None:
    [feed] = claimed(db, "one")
    entries = tuple(make_entry(i, summary_html="<p>" + "x" * 300 + "</p>") for i in range(5000))
    result = save_poll(db, make_outcome(feed, entries))
    assert (result.entries_new, result.stories_new) == (5000, 5000)
    with db.read("t") as conn:
        assert conn.execute(select(func.count()).select_from(story_sources)).scalar_one() == 5000


def test_entries_without_optional_fields_are_stored(
    db: Database, make_entry: Entry, make_outcome: Outcome
) -> None:
    [feed] = claimed(db, "one")
    bare = tuple(
        make_entry(i, guid=None, link=None, outlet=None, authors=(), published=None)
        for i in range(3)
    )
    assert save_poll(db, make_outcome(feed, bare)).stories_new == 3
    with db.read("t") as conn:
        rows = conn.execute(select(stories.c.url, stories.c.outlet, stories.c.authors)).all()
    assert [tuple(row) for row in rows] == [(None, None, [])] * 3


def test_naive_datetime_in_an_entry_is_refused_and_nothing_is_saved(
    db: Database, make_entry: Entry, make_outcome: Outcome
) -> None:
    [feed] = claimed(db, "one")
    naive = make_entry(1, published=datetime(2025, 1, 1, 9, 0))
    with pytest.raises(StorageError, match="naive datetime"):
        save_poll(db, make_outcome(feed, (naive,)))
    assert counts(db, stories, fetches) == (0, 0)


def test_group_of_polls_saves_each_one_as_if_alone(
    db: Database, make_entry: Entry, make_outcome: Outcome
) -> None:
    ok, failing, stolen, unchanged = claimed(db, "ok", "failing", "stolen", "unchanged")
    release_and_steal = claim_due(  # another instance takes "stolen" after its lease expired
        db,
        owner="other",
        now=NOW + timedelta(minutes=10),
        lease_seconds=300,
        limit=1,
        names=["stolen"],
    )
    outcomes = [
        make_outcome(ok, (make_entry(1), make_entry(2))),
        make_outcome(failing, status=500, validators=None, error="HTTP 500"),
        make_outcome(stolen, (make_entry(3),)),
        make_outcome(unchanged, status=304, unchanged=True, validators=Validators(etag='"u"')),
    ]
    results = save_polls(db, outcomes)
    assert [(r.entries_new, r.state_saved) for r in results] == [
        (2, True),
        (0, True),
        (1, False),
        (0, True),
    ]
    assert counts(db, stories, fetches) == (3, 4)
    assert feed_row(db, failing.id)["consecutive_failures"] == 1
    assert feed_row(db, failing.id)["last_error"] == "HTTP 500"
    assert feed_row(db, ok.id)["last_success_at"] == NOW + timedelta(seconds=2)
    assert feed_row(db, unchanged.id)["etag"] == '"u"'
    assert feed_row(db, stolen.id)["lease_token"] == release_and_steal[0].lease_token
    assert all(feed_row(db, f.id)["lease_token"] is None for f in (ok, failing, unchanged))


def test_group_of_304s_keeps_validators_and_records_each_finish_time(
    db: Database, make_outcome: Outcome
) -> None:
    first, second = claimed(db, "first", "second")
    save_polls(db, [make_outcome(first), make_outcome(second)])  # both now have '"v1"'
    again = {f.name: f for f in claim_due(db, owner="t", now=NOW, lease_seconds=300, limit=10,
                                           names=["first", "second"], force=True)}
    finish = {"first": NOW + timedelta(seconds=5), "second": NOW + timedelta(seconds=9)}
    outcomes = [
        make_outcome(
            again[name],
            status=304,
            unchanged=True,
            finished_at=finish[name],
            next_poll_at=finish[name] + timedelta(hours=1),
            # "second" answered with a new ETag on its 304: that one must be written.
            validators=again[name].validators
            if name == "first"
            else Validators(etag='"v2"', body_sha256="ab" * 32),
        )
        for name in ("first", "second")
    ]
    assert [r.state_saved for r in save_polls(db, outcomes)] == [True, True]
    for feed, outcome in zip((first, second), outcomes, strict=True):
        row = feed_row(db, feed.id)
        assert row["last_polled_at"] == row["updated_at"] == row["last_success_at"]
        assert row["last_polled_at"] == outcome.finished_at
        assert row["next_poll_at"] == outcome.next_poll_at
        assert (row["lease_owner"], row["lease_token"], row["lease_expires_at"]) == (None,) * 3
        assert (row["last_status"], row["consecutive_failures"]) == (304, 0)
    assert (feed_row(db, first.id)["etag"], feed_row(db, second.id)["etag"]) == ('"v1"', '"v2"')
    assert feed_row(db, first.id)["body_sha256"] == "ab" * 32


def test_poll_times_are_stored_exactly_as_sqlalchemy_stores_them(
    db: Database, make_outcome: Outcome
) -> None:
    # Saves bind values at the driver level; claims compare them with SQLAlchemy-bound times
    # (as text on SQLite), so the stored form must be identical, whole seconds and zones too.
    [feed] = claimed(db, "one")
    whole = datetime(2025, 3, 1, 14, 0, tzinfo=timezone(timedelta(hours=2)))
    outcome = make_outcome(
        feed,
        started_at=whole,
        finished_at=whole,
        next_poll_at=whole + timedelta(microseconds=7),
        status=304,
        unchanged=True,
    )
    save_polls(db, [outcome])
    with db.write("t") as conn:
        conn.execute(
            update(feeds)
            .where(feeds.c.id == feed.id)
            .values(created_at=whole, lease_expires_at=whole + timedelta(microseconds=7))
        )
        stored = conn.exec_driver_sql(
            "SELECT CAST(last_polled_at AS TEXT), CAST(created_at AS TEXT),"
            " CAST(next_poll_at AS TEXT), CAST(lease_expires_at AS TEXT)"
            f" FROM feeds WHERE id = {feed.id}"
        ).one()
        fetched = conn.exec_driver_sql("SELECT CAST(finished_at AS TEXT) FROM fetches").scalar()
    assert stored[0] == stored[1] == fetched
    assert stored[2] == stored[3]
    assert feed_row(db, feed.id)["next_poll_at"] == whole + timedelta(microseconds=7)


def test_failures_in_one_group_count_up_each_feed_once(db: Database, make_outcome: Outcome) -> None:
    one, two, fine = claimed(db, "one", "two", "fine")
    failed = {"status": 500, "validators": None, "error": "HTTP 500"}
    save_polls(db, [make_outcome(one, **failed), make_outcome(two, **failed), make_outcome(fine)])
    again = claim_due(db, owner="t", now=NOW, lease_seconds=300, limit=10, force=True,
                      names=["one", "two", "fine"])
    save_polls(db, [make_outcome(feed, **failed) for feed in again if feed.name != "fine"])
    assert [feed_row(db, f.id)["consecutive_failures"] for f in (one, two, fine)] == [2, 2, 0]
    assert feed_row(db, fine.id)["last_error"] is None
