"""A polling pass: claim due feeds from the database, poll them concurrently, save each outcome.

The pass only schedules: one feed's poll (fetch, parse, next time) is ``refresh.poll_feed``,
and outcomes are written in groups by ``savequeue.SaveQueue``.
"""

from __future__ import annotations

import asyncio
import logging
import os
import random
import socket
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from pipeline.errors import StorageError
from pipeline.logs import get_logger
from pipeline.models import ClaimedFeed, PollOutcome
from pipeline.refresh import PollTools, poll_feed
from pipeline.savequeue import SaveQueue
from pipeline.settings import Settings
from pipeline.store import Database
from pipeline.store.feeds import claim_due, release
from pipeline.store.polls import SaveResult

log = get_logger("pipeline.poller")

OutcomeHook = Callable[[PollOutcome, SaveResult], None]


def utc_now() -> datetime:
    return datetime.now(UTC)


def instance_name() -> str:
    """Lease owner id: readable host and pid, plus a random suffix so restarts differ."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


@dataclass
class PassSummary:
    """What one pass did, for the CLI summary and the exit code."""

    feeds_ok: int = 0
    feeds_failed: int = 0
    feeds_unchanged: int = 0
    feeds_skipped: int = 0  # named feeds another instance held, or not pollable
    entries_seen: int = 0
    entries_new: int = 0
    duration: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)

    @property
    def feeds_polled(self) -> int:
        return self.feeds_ok + self.feeds_failed

    def record(self, outcome: PollOutcome, saved: SaveResult) -> None:
        if not outcome.ok:
            self.feeds_failed += 1
            self.failures.append((outcome.feed.name, outcome.error or "failed"))
            return
        self.feeds_ok += 1
        self.feeds_unchanged += outcome.unchanged
        self.entries_seen += len(outcome.entries)
        self.entries_new += saved.entries_new


class Poller:
    """Runs passes over the feeds in the database; several instances may share one database."""

    def __init__(
        self, db: Database, settings: Settings, tools: PollTools, *, owner: str | None = None
    ) -> None:
        self._db = db
        self._settings = settings
        self._tools = tools
        self._owner = owner or instance_name()
        self._stopping = asyncio.Event()
        self._in_flight: dict[asyncio.Task[None], ClaimedFeed] = {}
        # Finished polls announce themselves here; asyncio.wait over hundreds of tasks would
        # re-register a callback on each of them for every single completion.
        self._finished: asyncio.Queue[asyncio.Task[None]] = asyncio.Queue()
        self._idle = asyncio.Event()  # set while no pass runs
        self._idle.set()
        self._debug = True

    def stop_claiming(self) -> None:
        self._stopping.set()

    async def run_pass(
        self,
        *,
        names: Sequence[str] | None = None,
        force: bool = False,
        on_outcome: OutcomeHook | None = None,
    ) -> PassSummary:
        """Poll every due feed (or the named ones; ``force`` ignores their schedule) once."""
        self._idle.clear()
        self._debug = _debug_enabled()  # once per pass, not per poll: most polls are 304s
        try:
            async with SaveQueue(self._db) as saver:
                return await self._run_pass(saver, names, force, on_outcome)
        finally:
            self._idle.set()

    async def _run_pass(
        self,
        saver: SaveQueue,
        names: Sequence[str] | None,
        force: bool,
        on_outcome: OutcomeHook | None,
    ) -> PassSummary:
        started = time.monotonic()
        summary = PassSummary()
        queue = list(names) if names is not None else None
        limit = self._settings.fetch.global_concurrency * 2  # keep the fetcher saturated
        exhausted = False
        while True:
            room = limit - len(self._in_flight)
            wants_more = not exhausted and not self._stopping.is_set()
            if wants_more and (room >= limit // 2 or not self._in_flight):
                claimed = await self._claim(room, queue, force, summary)
                exhausted = claimed is None or (not claimed if queue is None else not queue)
                for feed in claimed or ():
                    poll = self._poll_and_save(saver, feed, summary, on_outcome)
                    task = asyncio.create_task(poll)
                    task.add_done_callback(self._finished.put_nowait)
                    self._in_flight[task] = feed
            if not self._in_flight:
                break
            await self._settle(await self._finished.get(), summary)
            while not self._finished.empty():
                await self._settle(self._finished.get_nowait(), summary)
        summary.duration = time.monotonic() - started
        return summary

    async def _settle(self, task: asyncio.Task[None], summary: PassSummary) -> None:
        feed = self._in_flight.pop(task)
        if task.cancelled():
            # Abandoned at shutdown: hand the feed back now, not when the lease expires.
            await self._release(feed)
            log.warning("poll abandoned at shutdown", feed=feed.name)
            return
        exc = task.exception()
        if exc is not None:
            # A bug past poll_feed's own net (saving, the outcome hook): log it loudly, but
            # raising here would orphan every other poll in flight with its lease.
            log.error("poll task crashed", feed=feed.name, exc_info=exc)
            summary.feeds_failed += 1
            summary.failures.append((feed.name, f"internal error: {type(exc).__name__}"))
            await self._release(feed)

    async def _release(self, feed: ClaimedFeed) -> None:
        """Hand a lease back; if the database refuses, it simply expires later."""
        try:
            await asyncio.to_thread(release, self._db, feed.id, feed.lease_token)
        except StorageError as exc:
            log.error("could not release lease", feed=feed.name, error=str(exc))

    async def _claim(
        self, room: int, queue: list[str] | None, force: bool, summary: PassSummary
    ) -> list[ClaimedFeed] | None:
        """Lease feeds to poll next; None when the database refused (the pass winds down)."""
        try:
            return await self._claim_from(room, queue, force, summary)
        except StorageError as exc:
            log.error("could not claim feeds; finishing the polls in flight", error=str(exc))
            return None

    async def _claim_from(
        self, room: int, queue: list[str] | None, force: bool, summary: PassSummary
    ) -> list[ClaimedFeed]:
        now = self._tools.clock()
        lease = self._settings.poll.lease_seconds
        if queue is None:
            return await asyncio.to_thread(
                claim_due, self._db, owner=self._owner, now=now, lease_seconds=lease, limit=room
            )
        chunk, queue[:] = queue[:room], queue[room:]
        claimed = await asyncio.to_thread(
            claim_due,
            self._db,
            owner=self._owner,
            now=now,
            lease_seconds=lease,
            limit=len(chunk),
            names=chunk,
            force=force,
        )
        summary.feeds_skipped += len(chunk) - len(claimed)
        return claimed

    async def _poll_and_save(
        self,
        saver: SaveQueue,
        feed: ClaimedFeed,
        summary: PassSummary,
        on_outcome: OutcomeHook | None,
    ) -> None:
        outcome = await poll_feed(feed, self._tools)
        saving = saver.submit(outcome)
        try:
            saved = await asyncio.shield(saving)
        except asyncio.CancelledError:
            await saving  # the outcome exists: let its transaction commit, then stop
            raise
        except StorageError as exc:
            # Nothing of this poll was written; its lease expires and a later pass retries.
            log.error("could not save poll", feed=feed.name, error=str(exc))
            summary.feeds_failed += 1
            summary.failures.append((feed.name, f"not saved: {exc}"))
            return
        summary.record(outcome, saved)
        if not outcome.unchanged or self._debug:  # an unchanged feed is a DEBUG line only
            _log_outcome(outcome, saved)
        if on_outcome is not None:
            on_outcome(outcome, saved)

    async def drain(self, grace: float) -> None:
        """Stop claiming; let in-flight polls finish within ``grace`` seconds, cancel the rest.

        The pass that owns the cancelled polls releases their leases as it settles them.
        """
        self.stop_claiming()
        if self._in_flight:
            _, pending = await asyncio.wait(list(self._in_flight), timeout=grace)
            for task in pending:
                task.cancel()
        await self._idle.wait()


def _debug_enabled() -> bool:
    """Whether DEBUG lines are kept (loggers without a level filter keep everything)."""
    check = getattr(log, "is_enabled_for", None)
    return True if check is None else bool(check(logging.DEBUG))


def _log_outcome(outcome: PollOutcome, saved: SaveResult) -> None:
    fields = {
        "feed": outcome.feed.name,
        "status": outcome.status,
        "ms": round((outcome.finished_at - outcome.started_at).total_seconds() * 1000),
        "entries": len(outcome.entries),
        "new": saved.entries_new,
        "next_poll": outcome.next_poll_at.isoformat(timespec="seconds"),
    }
    if outcome.error:
        log.warning("poll failed", error=outcome.error, **fields)
    elif outcome.unchanged:
        log.debug("feed unchanged", **fields)
    else:
        log.info("feed polled", problem=outcome.problem, **fields)


def make_rng() -> random.Random:
    """Jitter source; seeded from the OS so instances don't synchronise their retries."""
    return random.Random()
