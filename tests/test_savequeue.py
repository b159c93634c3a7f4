"""The group-commit writer: every queued poll gets an answer, whatever the database does."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from conftest import T0
from pipeline.errors import StorageError
from pipeline.models import ClaimedFeed, FeedConfig, PollOutcome
from pipeline.savequeue import SaveQueue
from pipeline.store import Database, claim_due, sync_feeds


class BrokenDatabase:
    """Stands in for a database whose driver fails in a way nobody planned for."""

    dialect = "sqlite"

    @contextmanager
    def write(self, action: str) -> Iterator[Any]:
        raise RuntimeError("driver exploded")
        yield  # pragma: no cover


def _feeds(db: Database, count: int) -> list[ClaimedFeed]:
    sync_feeds(
        db, [FeedConfig(f"f{i}", f"https://feeds.example/{i}.xml") for i in range(count)], T0
    )
    return claim_due(db, owner="t", now=T0, lease_seconds=60, limit=count)


async def test_unexpected_driver_error_fails_each_waiting_save_and_the_writer_lives_on(
    db: Database, make_outcome: Callable[..., PollOutcome]
) -> None:
    outcomes = [make_outcome(feed) for feed in _feeds(db, 3)]
    async with SaveQueue(BrokenDatabase()) as queue:  # type: ignore[arg-type]
        results = await asyncio.gather(*(queue.save(o) for o in outcomes), return_exceptions=True)
        assert all(isinstance(r, StorageError) for r in results), results
        with pytest.raises(StorageError, match="driver exploded"):
            await queue.save(outcomes[0])  # still answering after the failures


async def test_concurrent_saves_are_grouped_and_each_gets_its_own_result(
    db: Database, make_outcome: Callable[..., PollOutcome], make_entry: Callable[..., Any]
) -> None:
    feeds = _feeds(db, 20)
    outcomes = [make_outcome(f, (make_entry(i),)) for i, f in enumerate(feeds)]
    async with SaveQueue(db) as queue:
        results = await asyncio.gather(*(queue.save(o) for o in outcomes))
    assert [r.entries_new for r in results] == [1] * 20
    assert all(r.state_saved for r in results)
