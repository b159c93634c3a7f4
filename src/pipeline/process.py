"""The normalization stage's I/O edge: claim stories, fetch their pages, normalize, persist.

Relevance is decided first, from the feed's title and summary; only related stories have
their article page fetched (concurrently, through the shared polite Fetcher). Records are
then saved one story per transaction, in publication order, so the earliest story of an
event is the one that raises its "first report" flag.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pipeline.article import ArticleText, extract_article
from pipeline.errors import FetchError, ParseError
from pipeline.fetch import FetchClient, Fetcher
from pipeline.logs import get_logger
from pipeline.normalize import NormalizedRecord, StoryInput, assess_story, normalize
from pipeline.poller import instance_name
from pipeline.relevance import Relevance
from pipeline.settings import NormalizeSettings, Settings
from pipeline.store import Database
from pipeline.store.records import ClaimedStory, claim_pending, release_leases, save_record
from pipeline.topic import Topic, default_topic, load_topic

log = get_logger("pipeline.process")

PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"
_HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "")


@dataclass
class ProcessSummary:
    """What one processing run did."""

    processed: int = 0
    related: int = 0
    transfer_reports: int = 0
    duplicates: int = 0
    flags_raised: int = 0
    pages_fetched: int = 0
    page_failures: int = 0
    lost_leases: int = 0


def load_configured_topic(settings: NormalizeSettings) -> Topic:
    """The configured topic file, else the packaged default."""
    return load_topic(Path(settings.topic_file)) if settings.topic_file else default_topic()


async def process_pending(
    db: Database, settings: Settings, fetcher: FetchClient | None = None, *,
    limit: int | None = None,
) -> ProcessSummary:
    """Normalize pending stories in batches until none is left (or ``limit`` were done).

    Pages go through ``fetcher`` (the service shares the feeds' one, so per-host politeness
    covers both) with ``page_max_bytes`` as the cap while downloading; without one, a
    fetcher is opened for this run.
    """
    if fetcher is not None:
        return await _process_all(db, settings, fetcher, limit)
    async with Fetcher(settings.fetch, accept=PAGE_ACCEPT) as own:
        return await _process_all(db, settings, own, limit)


async def _process_all(
    db: Database, settings: Settings, fetcher: FetchClient, limit: int | None
) -> ProcessSummary:
    topic = await asyncio.to_thread(load_configured_topic, settings.normalize)
    owner = instance_name()
    summary = ProcessSummary()
    while limit is None or summary.processed + summary.lost_leases < limit:
        room = settings.normalize.batch_size
        if limit is not None:
            room = min(room, limit - summary.processed - summary.lost_leases)
        claimed = await asyncio.to_thread(
            claim_pending, db, owner=owner, now=datetime.now(UTC),
            lease_seconds=settings.normalize.lease_seconds, limit=room,
        )
        if not claimed:
            break
        await _process_batch(db, settings, fetcher, topic, claimed, summary)
    return summary


async def _process_batch(
    db: Database, settings: Settings, fetcher: FetchClient, topic: Topic,
    claimed: list[ClaimedStory], summary: ProcessSummary,
) -> None:
    """Fetch the related stories' pages at once, then normalize and save in claimed order."""
    pending = list(claimed)
    try:
        decisions = [assess_story(c.story, topic) for c in claimed]
        pages = await asyncio.gather(*(
            _page(fetcher, c.story, settings.normalize, summary) if d.related else _none()
            for c, d in zip(claimed, decisions, strict=True)
        ))
        for c, decision, page in zip(claimed, decisions, pages, strict=True):
            await _normalize_and_save(db, settings, c, decision, page, summary)
            pending.remove(c)
    except asyncio.CancelledError:
        # Shutdown: hand unsaved stories back now rather than when their leases expire.
        await asyncio.shield(asyncio.to_thread(release_leases, db, pending))
        raise


async def _none() -> None:
    return None


async def _normalize_and_save(
    db: Database, settings: Settings, claimed: ClaimedStory, decision: Relevance,
    page: ArticleText | None, summary: ProcessSummary,
) -> None:
    record = await asyncio.to_thread(normalize, claimed.story, decision, page)
    saved = await asyncio.to_thread(
        save_record, db, claimed, record, now=datetime.now(UTC), webhook=bool(settings.webhook.url)
    )
    if not saved.saved:
        summary.lost_leases += 1
        log.warning("story lease lost; another instance normalizes it", story=claimed.story.id)
        return
    _count(summary, record, saved.duplicate_of, saved.flags_raised)
    log.info(
        "story normalized", story=claimed.story.id, related=record.related,
        score=record.relevance.score, source=record.text_source,
        transfer_report=record.transfer_report, duplicate_of=saved.duplicate_of,
        event_id=saved.event_id, flags=saved.flags_raised,
    )


def _count(
    summary: ProcessSummary, record: NormalizedRecord, duplicate_of: int | None, flags: int
) -> None:
    summary.processed += 1
    summary.related += record.related
    summary.transfer_reports += record.transfer_report
    summary.duplicates += duplicate_of is not None
    summary.flags_raised += flags


async def _page(
    fetcher: FetchClient, story: StoryInput, settings: NormalizeSettings, summary: ProcessSummary
) -> ArticleText | None:
    """The story's article page, or None (logged) when it cannot be had: use the summary."""
    if not settings.fetch_pages:
        return None
    try:
        article = await fetch_article(fetcher, story.url, settings)
    except (FetchError, ParseError) as exc:
        summary.page_failures += 1
        log.info("page unusable; using the feed summary", story=story.id, url=story.url,
                 reason=str(exc))
        return None
    summary.pages_fetched += 1
    return article


async def fetch_article(fetcher: FetchClient, url: str, settings: NormalizeSettings) -> ArticleText:
    """Fetch and extract one article page; FetchError or ParseError when it is unusable."""
    result = await fetcher.fetch(
        url, headers={"accept": PAGE_ACCEPT}, max_bytes=settings.page_max_bytes
    )
    kind = result.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind not in _HTML_TYPES:
        raise ParseError(f"page is {kind}, not HTML: {url}")
    return await asyncio.to_thread(
        extract_article, result.body, url=result.final_url, headers=result.headers,
        min_chars=settings.min_page_chars,
    )
