"""The long-running service: scheduled passes, feed-list reloads, graceful shutdown.

Also ``poll_once``, the one-pass entry point used by ``pipeline poll --once`` and the benchmark,
and ``process_once``, which normalizes the stories still pending.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import AsyncIterator, Sequence
from pathlib import Path

import httpx
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from watchfiles import awatch

from pipeline import aio
from pipeline.aio import tune_gc
from pipeline.errors import ConfigError, StorageError
from pipeline.feedlist import load_feeds
from pipeline.fetch import FetchClient, Fetcher
from pipeline.fetchpool import FetchPool, Helper, fetch_helpers, helpers_for, share
from pipeline.jobs import TrackedJob
from pipeline.logs import get_logger
from pipeline.models import FeedConfig
from pipeline.parsepool import ParserPool
from pipeline.poller import OutcomeHook, PassSummary, Poller, instance_name, make_rng, utc_now
from pipeline.process import ProcessSummary, process_pending
from pipeline.refresh import PollTools
from pipeline.settings import Settings
from pipeline.store import Database
from pipeline.store.feeds import sync_feeds
from pipeline.webhook import DeliverySummary, deliver_pending, webhook_client

log = get_logger("pipeline.service")


def open_database(settings: Settings) -> Database:
    """Open the configured database and bring its schema to the current version."""
    db = Database.open(settings.database_url)
    db.upgrade()
    return db


@contextlib.asynccontextmanager
async def poller_for(
    db: Database, settings: Settings, helpers: Sequence[Helper] = ()
) -> AsyncIterator[Poller]:
    """A Poller with its fetcher and parser pool open for the duration of the block."""
    async with poller_and_fetcher(db, settings, helpers) as (poller, _):
        yield poller


def fetch_client(settings: Settings, helpers: Sequence[Helper] = ()) -> Fetcher | FetchPool:
    """The Fetcher, or with helpers a FetchPool of this process's share and theirs."""
    if not helpers:
        return Fetcher(settings.fetch)
    local = share(settings.fetch, 0, len(helpers) + 1)
    return FetchPool(Fetcher(local), helpers, local.global_concurrency)


@contextlib.asynccontextmanager
async def poller_and_fetcher(
    db: Database, settings: Settings, helpers: Sequence[Helper] = ()
) -> AsyncIterator[tuple[Poller, FetchClient]]:
    """A Poller and the fetcher it uses, which the processing stage shares for its pages.

    With ``helpers`` (see ``fetch_helpers``) requests are spread over them and this process.
    """
    tune_gc()
    async with fetch_client(settings, helpers) as fetcher, ParserPool(settings.parse) as parser:
        tools = PollTools(fetcher, parser, settings.poll, utc_now, make_rng())
        yield Poller(db, settings, tools), fetcher


async def process_stage(settings: Settings) -> ProcessSummary:
    """Normalize every pending story once (records, facts, events, flags)."""
    db = await asyncio.to_thread(open_database, settings)
    try:
        async with Fetcher(settings.fetch) as fetcher:
            return await process_pending(db, settings, fetcher)
    finally:
        db.dispose()


def process_once(settings: Settings) -> ProcessSummary:
    """Blocking wrapper around :func:`process_stage`."""
    return aio.run(process_stage(settings))


async def poll_pass(
    settings: Settings,
    feeds: Sequence[FeedConfig],
    *,
    names: Sequence[str] | None = None,
    force: bool = False,
    on_outcome: OutcomeHook | None = None,
    helpers: Sequence[Helper] = (),
) -> PassSummary:
    """Sync the feed list, then poll once: the named feeds, or all enabled ones when ``force``."""
    db = await asyncio.to_thread(open_database, settings)
    try:
        await asyncio.to_thread(sync_feeds, db, feeds, utc_now())
        if force and names is None:
            names = [feed.name for feed in feeds if feed.enabled]
        async with poller_for(db, settings, helpers) as poller:
            return await poller.run_pass(names=names, force=force, on_outcome=on_outcome)
    finally:
        db.dispose()


def poll_once(
    settings: Settings,
    feeds: Sequence[FeedConfig],
    *,
    names: Sequence[str] | None = None,
    force: bool = False,
    on_outcome: OutcomeHook | None = None,
) -> PassSummary:
    """Blocking wrapper around :func:`poll_pass`, with fetch helpers when the pass is large.

    Helpers are started here, before the event loop runs (see ``pipeline.fetchpool``).
    """
    size = len(names) if names is not None else sum(feed.enabled for feed in feeds)
    count = helpers_for(settings.fetch, size)
    with fetch_helpers(settings.fetch, count, settings.logging) as helpers:
        return aio.run(
            poll_pass(
                settings, feeds, names=names, force=force, on_outcome=on_outcome, helpers=helpers
            )
        )


class FeedListReloader:
    """Keeps the database's feed set in step with feeds.toml; a bad file keeps the last good set."""

    def __init__(self, db: Database, path: Path) -> None:
        self._db = db
        self._path = path

    async def reload(self, reason: str) -> bool:
        try:
            feeds = await asyncio.to_thread(load_feeds, self._path)
        except ConfigError as exc:
            log.error(
                "feed list rejected; keeping the last good set", reason=reason, problem=str(exc)
            )
            return False
        try:
            report = await asyncio.to_thread(sync_feeds, self._db, feeds, utc_now())
        except (ConfigError, StorageError) as exc:
            # The database may be down for a moment: an escaping error would end the file
            # watcher for good; the next change or SIGHUP tries again.
            log.error("feed list not applied", reason=reason, problem=str(exc))
            return False
        log.info("feed list loaded", reason=reason, feeds=len(feeds), changes=str(report))
        return True

    async def watch(self, *, retry_seconds: float = 30) -> None:
        """Reload whenever the file changes (editors often replace it, so watch its folder).

        If watching fails (the folder vanished, too many inotify watches), say so and try again
        later; SIGHUP still reloads meanwhile.
        """
        while True:
            try:
                async for changes in awatch(self._path.parent, recursive=False):
                    if any(Path(changed).name == self._path.name for _, changed in changes):
                        await self.reload("file changed")
            except (OSError, RuntimeError) as exc:
                log.error("cannot watch the feed list", path=str(self._path), problem=str(exc))
            await asyncio.sleep(retry_seconds)


def service_helpers(settings: Settings) -> contextlib.AbstractContextManager[list[Helper]]:
    """The fetch helpers ``serve`` should get; start them before the event loop runs.

    As many as ``poll_once`` would start for the feeds configured now (none if the file is
    unreadable: ``serve`` reports that).
    """
    try:
        enabled = sum(feed.enabled for feed in load_feeds(settings.feeds_file))
    except ConfigError:
        enabled = 0
    return fetch_helpers(settings.fetch, helpers_for(settings.fetch, enabled), settings.logging)


async def serve(settings: Settings, stop: asyncio.Event, helpers: Sequence[Helper] = ()) -> None:
    """Run until ``stop`` is set: a pass every tick, reloads on file change and SIGHUP."""
    feeds = load_feeds(settings.feeds_file)  # at start there is no last good set: fail loudly
    db = await asyncio.to_thread(open_database, settings)
    try:
        await asyncio.to_thread(sync_feeds, db, feeds, utc_now())
        reloader = FeedListReloader(db, settings.feeds_file)
        owner = instance_name()
        async with (
            poller_and_fetcher(db, settings, helpers) as (poller, fetcher),
            webhook_client(settings.webhook, settings.fetch.user_agent) as hooks,
        ):
            jobs = [
                TrackedJob("process-stories", lambda: process_pending(db, settings, fetcher)),
                TrackedJob("deliver-webhooks", lambda: _deliver(db, settings, hooks, owner)),
            ]
            await _serve_with(poller, jobs, reloader, settings, stop)
    finally:
        db.dispose()


async def _deliver(
    db: Database, settings: Settings, client: httpx.AsyncClient, owner: str
) -> DeliverySummary:
    return await deliver_pending(db, settings.webhook, client, owner=owner, now_fn=utc_now)


def _scheduler(poller: Poller, jobs: Sequence[TrackedJob], settings: Settings) -> AsyncIOScheduler:
    """The poll pass and each tracked job, every tick, starting now (not yet started)."""
    scheduler = AsyncIOScheduler(timezone="UTC")
    for job_id, run in [("poll-pass", poller.run_pass), *((job.name, job.run) for job in jobs)]:
        scheduler.add_job(
            run,
            "interval",
            seconds=settings.poll.tick_seconds,
            next_run_time=utc_now(),
            max_instances=1,  # a run still going when the next tick comes is not doubled
            coalesce=True,
            id=job_id,
            misfire_grace_time=None,
        )
    return scheduler


async def _serve_with(
    poller: Poller,
    jobs: Sequence[TrackedJob],
    reloader: FeedListReloader,
    settings: Settings,
    stop: asyncio.Event,
) -> None:
    scheduler = _scheduler(poller, jobs, settings)
    loop = asyncio.get_running_loop()
    reloads: set[asyncio.Task[bool]] = set()  # the loop keeps only weak references to tasks

    def on_sighup() -> None:
        task = loop.create_task(reloader.reload("SIGHUP"))
        reloads.add(task)
        task.add_done_callback(reloads.discard)

    with contextlib.suppress(NotImplementedError, RuntimeError):
        loop.add_signal_handler(signal.SIGHUP, on_sighup)
    watcher = asyncio.create_task(reloader.watch())
    scheduler.start()
    log.info("service started", tick_seconds=settings.poll.tick_seconds)
    try:
        await stop.wait()
    finally:
        log.info("service stopping")
        scheduler.pause()
        grace = settings.poll.shutdown_grace_seconds
        await asyncio.gather(poller.drain(grace), *(job.drain(grace) for job in jobs))
        scheduler.shutdown(wait=False)
        watcher.cancel()
        await asyncio.gather(watcher, return_exceptions=True)
        log.info("service stopped")
