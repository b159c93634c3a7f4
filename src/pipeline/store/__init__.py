"""Storage layer: SQLAlchemy Core tables on SQLite or PostgreSQL, migrated by Alembic.

All functions are synchronous and thread-safe (shared engine, one connection per call); the
async service calls them through ``asyncio.to_thread``.
"""

from __future__ import annotations

from pipeline.store.db import Database
from pipeline.store.feeds import SyncReport, claim_due, release, sync_feeds
from pipeline.store.polls import SaveResult, save_poll, save_polls
from pipeline.store.queries import FeedStatus, StoryRow, feed_status, list_stories

__all__ = [
    "Database",
    "FeedStatus",
    "SaveResult",
    "StoryRow",
    "SyncReport",
    "claim_due",
    "feed_status",
    "list_stories",
    "release",
    "save_poll",
    "save_polls",
    "sync_feeds",
]
