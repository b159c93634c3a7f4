"""Read-only views for the CLI and reports: feed health and stored stories."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, func, or_, select

from pipeline.store.db import Database
from pipeline.store.schema import feeds, stories, story_sources


@dataclass(frozen=True, slots=True)
class FeedStatus:
    """One feed's configuration and health, as stored."""

    name: str
    url: str
    effective_url: str | None
    enabled: bool
    in_config: bool
    last_polled_at: datetime | None
    last_success_at: datetime | None
    consecutive_failures: int
    next_poll_at: datetime
    stories_found: int  # distinct stories this feed has carried
    last_status: int | None
    last_error: str | None


@dataclass(frozen=True, slots=True)
class StoryRow:
    """One stored story and the feeds that carried it."""

    id: int
    canonical_url: str
    url: str | None
    title: str
    summary_html: str
    summary_text: str
    published_at: datetime
    published_estimated: bool
    first_seen_at: datetime
    outlet: str | None
    authors: tuple[str, ...]
    feeds: tuple[str, ...]  # names, sorted


def feed_status(db: Database) -> list[FeedStatus]:
    """Every feed, by name, with the number of stories it has carried."""
    counts = (
        select(
            story_sources.c.feed_id,
            func.count(func.distinct(story_sources.c.story_id)).label("stories_found"),
        )
        .group_by(story_sources.c.feed_id)
        .subquery()
    )
    query = (
        select(feeds, func.coalesce(counts.c.stories_found, 0).label("stories_found"))
        .outerjoin(counts, counts.c.feed_id == feeds.c.id)
        .order_by(feeds.c.name)
    )
    with db.read("read feed status") as conn:
        rows = conn.execute(query).all()
    return [
        FeedStatus(
            name=row.name,
            url=row.url,
            effective_url=row.effective_url,
            enabled=row.enabled,
            in_config=row.in_config,
            last_polled_at=row.last_polled_at,
            last_success_at=row.last_success_at,
            consecutive_failures=row.consecutive_failures,
            next_poll_at=row.next_poll_at,
            stories_found=row.stories_found,
            last_status=row.last_status,
            last_error=row.last_error,
        )
        for row in rows
    ]


def stories_query(
    *, since: datetime | None, feed: str | None, search: str | None, limit: int
) -> Select[tuple[object, ...]]:
    """SELECT of the matching stories, newest published first."""
    query = select(stories)
    if since is not None:
        query = query.where(stories.c.published_at >= since)
    if feed is not None:
        carried = (
            select(story_sources.c.story_id)
            .join(feeds, feeds.c.id == story_sources.c.feed_id)
            .where(feeds.c.name == feed)
        )
        query = query.where(stories.c.id.in_(carried))
    if search:
        # autoescape: a user's % or _ is matched literally, not as a wildcard.
        query = query.where(
            or_(
                stories.c.title.icontains(search, autoescape=True),
                stories.c.summary_text.icontains(search, autoescape=True),
            )
        )
    return query.order_by(stories.c.published_at.desc(), stories.c.id.desc()).limit(limit)


def list_stories(
    db: Database,
    *,
    since: datetime | None = None,
    feed: str | None = None,
    search: str | None = None,
    limit: int = 50,
) -> list[StoryRow]:
    """Stories matching every given filter (search: case-insensitive, title and summary)."""
    query = stories_query(since=since, feed=feed, search=search, limit=limit)
    with db.read("list stories") as conn:
        rows = conn.execute(query).all()
        ids = [row.id for row in rows]
        names: defaultdict[int, list[str]] = defaultdict(list)
        if ids:
            carriers = (
                select(story_sources.c.story_id, feeds.c.name)
                .join(feeds, feeds.c.id == story_sources.c.feed_id)
                .where(story_sources.c.story_id.in_(ids))
            )
            for story_id, name in conn.execute(carriers):
                names[story_id].append(name)
    return [
        StoryRow(
            id=row.id,
            canonical_url=row.canonical_url,
            url=row.url,
            title=row.title,
            summary_html=row.summary_html,
            summary_text=row.summary_text,
            published_at=row.published_at,
            published_estimated=row.published_estimated,
            first_seen_at=row.first_seen_at,
            outlet=row.outlet,
            authors=tuple(row.authors or ()),
            feeds=tuple(sorted(set(names[row.id]))),
        )
        for row in rows
    ]
