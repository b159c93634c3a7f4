"""Helpers shared by the normalization-stage tests: settings fixture, one run, row readers."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from sqlalchemy import select

from conftest import loopback_settings
from pipeline.fetch import Fetcher
from pipeline.process import ProcessSummary, process_pending
from pipeline.settings import NormalizeSettings, Settings
from pipeline.store import Database
from pipeline.store.schema import event_stories, events, stories


@pytest.fixture
def settings(database_url: str) -> Settings:
    return loopback_settings(database_url, normalize=NormalizeSettings(batch_size=3))


def process(db: Database, settings: Settings) -> ProcessSummary:
    async def run() -> ProcessSummary:
        async with Fetcher(settings.fetch) as fetcher:
            return await process_pending(db, settings, fetcher)

    return asyncio.run(run())


def story_id(db: Database, path: str) -> int:
    with db.read("t") as conn:
        query = select(stories.c.id).where(stories.c.canonical_url.endswith(path))
        return int(conn.execute(query).scalar_one())


def rows(db: Database, table: Any, *order: Any) -> list[Any]:
    with db.read("t") as conn:
        return list(conn.execute(select(table).order_by(*order)))


def event_of(db: Database, story: int) -> Any:
    with db.read("t") as conn:
        query = select(events).join(event_stories, event_stories.c.event_id == events.c.id)
        return conn.execute(query.where(event_stories.c.story_id == story)).first()
