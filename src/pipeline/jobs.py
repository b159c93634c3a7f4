"""Scheduled background jobs beside polling: normalizing stories and delivering webhooks.

Each job is one coroutine run by the scheduler every tick; shutdown waits for (or cancels) the
run in progress. A job's failure is logged and the next tick tries again: nothing it owns is
lost, since its work queue lives in the database.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Awaitable, Callable
from typing import Any

from pipeline.errors import PipelineError
from pipeline.logs import get_logger

log = get_logger("pipeline.jobs")


class TrackedJob:
    """A named coroutine the scheduler runs; remembers its task so shutdown can wait for it."""

    def __init__(self, name: str, work: Callable[[], Awaitable[Any]]) -> None:
        self.name = name
        self._work = work
        self._task: asyncio.Task[Any] | None = None

    async def run(self) -> None:
        """One run; its summary is logged when it did anything."""
        self._task = asyncio.current_task()
        try:
            summary = await self._work()
        except PipelineError as exc:
            log.error("job failed", job=self.name, problem=str(exc))
            return
        finally:
            self._task = None
        is_record = dataclasses.is_dataclass(summary) and not isinstance(summary, type)
        figures = dataclasses.asdict(summary) if is_record else {}
        if any(figures.values()):
            log.info("job done", job=self.name, **figures)

    async def drain(self, grace: float) -> None:
        """Let a run in progress finish within ``grace`` seconds, then cancel it."""
        task = self._task
        if task is None:
            return
        _, pending = await asyncio.wait([task], timeout=grace)
        for late in pending:
            late.cancel()
        await asyncio.gather(task, return_exceptions=True)
