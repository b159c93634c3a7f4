"""Feed status and story listing, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import FrozenInstanceError
from datetime import UTC, datetime, timedelta

import pytest

from pipeline.models import FeedConfig, ParsedEntry, PollOutcome
from pipeline.store import (
    Database,
    claim_due,
    feed_status,
    list_stories,
    save_poll,
    sync_feeds,
)

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
Entry = Callable[..., ParsedEntry]
Outcome = Callable[..., PollOutcome]


@pytest.fixture
def filled(db: Database, make_entry: Entry, make_outcome: Outcome) -> Database:
    """Feeds "alpha" and "beta" sharing story 2; beta's last poll failed; "gamma" never polled."""
    configs = [FeedConfig(n, f"https://feeds.example/{n}") for n in ("alpha", "beta", "gamma")]
    sync_feeds(db, configs, NOW)
    alpha, beta = claim_due(db, owner="t", now=NOW, lease_seconds=60, limit=2)
    hour = timedelta(hours=1)
    save_poll(
        db,
        make_outcome(
            alpha,
            (
                make_entry(1, title="Sheriff signs 287(g) deal", published=NOW - 3 * hour),
                make_entry(2, summary_text="Jail HOLDS detainee for ICE", published=NOW - 2 * hour),
                make_entry(3, title="Weather: 100% sunny", published=NOW - 1 * hour),
            ),
        ),
    )
    save_poll(
        db, make_outcome(beta, (make_entry(2, identity="b-2"), make_entry(4, published=None)))
    )
    [beta_again] = claim_due(
        db, owner="t", now=NOW, lease_seconds=60, limit=1, names=["beta"], force=True
    )
    save_poll(db, make_outcome(beta_again, status=500, validators=None, error="HTTP 500"))
    return db


def test_feed_status_reports_counts_and_health(filled: Database) -> None:
    status = {s.name: s for s in feed_status(filled)}
    assert list(status) == ["alpha", "beta", "gamma"]
    assert [status[n].stories_found for n in ("alpha", "beta", "gamma")] == [3, 2, 0]
    beta = status["beta"]
    assert (beta.consecutive_failures, beta.last_status, beta.last_error) == (1, 500, "HTTP 500")
    assert beta.last_success_at == NOW + timedelta(seconds=2)
    assert status["gamma"].last_polled_at is None
    assert status["gamma"].next_poll_at == NOW
    with pytest.raises(FrozenInstanceError):
        beta.name = "x"  # type: ignore[misc]


def test_list_stories_newest_first_with_carrying_feeds(filled: Database) -> None:
    rows = list_stories(filled, since=None, feed=None, search=None, limit=10)
    # Story 4 had no date: published_at is its first sighting, the newest.
    assert [r.canonical_url.rsplit("/", 1)[1] for r in rows] == ["4", "3", "2", "1"]
    assert rows[0].published_estimated is True
    assert rows[2].feeds == ("alpha", "beta")
    assert rows[3].feeds == ("alpha",)


def test_list_stories_filters_by_feed_since_and_limit(filled: Database) -> None:
    by_feed = list_stories(filled, since=None, feed="beta", search=None, limit=10)
    assert sorted(r.canonical_url[-1] for r in by_feed) == ["2", "4"]
    recent = list_stories(
        filled, since=NOW - timedelta(minutes=90), feed=None, search=None, limit=10
    )
    assert sorted(r.canonical_url[-1] for r in recent) == ["3", "4"]
    assert len(list_stories(filled, since=None, feed=None, search=None, limit=2)) == 2
    assert list_stories(filled, since=None, feed="nope", search=None, limit=10) == []


def test_list_stories_search_is_case_insensitive_in_title_and_summary(filled: Database) -> None:
    def found(term: str) -> list[str]:
        rows = list_stories(filled, since=None, feed=None, search=term, limit=10)
        return sorted(r.canonical_url[-1] for r in rows)

    assert found("SHERIFF") == ["1"]
    assert found("jail holds") == ["2"]
    assert found("100%") == ["3"]
    assert found("0%") == ["3"]
    assert found("%") == ["3"]  # a literal percent sign, not a wildcard
