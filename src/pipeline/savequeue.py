"""Group commit: polls finishing close together are saved in one transaction by one writer.

One writer thread means no contention for SQLite's write lock, and one commit per group
instead of per poll; each poll is still atomic (its group commits or fails whole), and if a
group fails the polls are retried one by one so that one bad poll cannot sink the others.
"""

from __future__ import annotations

import asyncio

from pipeline.errors import StorageError
from pipeline.models import PollOutcome
from pipeline.store import Database
from pipeline.store.polls import SaveResult, save_polls

MAX_GROUP = 200  # polls per transaction; bounds how long one commit holds the write lock

_Pending = tuple[PollOutcome, "asyncio.Future[SaveResult]"]


class SaveQueue:
    """Async front of the single writer; use as ``async with SaveQueue(db) as queue``."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._queue: asyncio.Queue[_Pending | None] = asyncio.Queue()
        self._writer: asyncio.Task[None] | None = None

    async def __aenter__(self) -> SaveQueue:
        self._writer = asyncio.create_task(self._write_forever())
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        # Everything queued is written before the queue closes: an outcome that exists is saved.
        await self._queue.put(None)
        if self._writer is not None:
            await self._writer

    async def save(self, outcome: PollOutcome) -> SaveResult:
        """Queue ``outcome`` and wait until its transaction has committed."""
        return await self.submit(outcome)

    def submit(self, outcome: PollOutcome) -> asyncio.Future[SaveResult]:
        """Queue ``outcome``; the future resolves once its transaction has committed.

        The outcome is written even if the future is cancelled (see ``_write``).
        """
        done: asyncio.Future[SaveResult] = asyncio.get_running_loop().create_future()
        self._queue.put_nowait((outcome, done))
        return done

    async def _write_forever(self) -> None:
        closing = False
        while not closing:
            first = await self._queue.get()
            group: list[_Pending] = [] if first is None else [first]
            closing = first is None
            while not closing and len(group) < MAX_GROUP and not self._queue.empty():
                item = self._queue.get_nowait()
                closing = item is None
                if item is not None:
                    group.append(item)
            if group:
                await self._write(group)

    async def _write(self, group: list[_Pending]) -> None:
        outcomes = [outcome for outcome, _ in group]
        try:
            results = await asyncio.to_thread(save_polls, self._db, outcomes)
        except Exception as exc:  # the writer must outlive any one bad group
            if not isinstance(exc, StorageError):
                exc = StorageError(f"saving polls failed: {type(exc).__name__}: {exc}")
            if len(group) > 1:
                for item in group:  # find the poll that fails; save the others
                    await self._write([item])
            elif not group[0][1].done():
                group[0][1].set_exception(exc)
            return
        for (_, done), result in zip(group, results, strict=True):
            if not done.done():
                done.set_result(result)
