"""Runs ``parse_document`` in worker processes so parsing uses every core.

feedparser is pure Python and holds the GIL; fetching and storing stay in the main process.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime
from types import TracebackType

from pipeline.errors import ParseError
from pipeline.logs import get_logger
from pipeline.models import ParsedFeed
from pipeline.parse import parse_document
from pipeline.settings import ParseSettings

log = get_logger("pipeline.parsepool")


def worker_count(settings: ParseSettings) -> int:
    """Configured workers, or one per core when 0."""
    return settings.workers or os.cpu_count() or 1


class ParserPool:
    """Async façade over a process pool; with one worker it parses inline (no pickling cost)."""

    def __init__(self, settings: ParseSettings) -> None:
        self._max_entries = settings.max_entries
        self._workers = worker_count(settings)
        self._pool: ProcessPoolExecutor | None = None

    async def __aenter__(self) -> ParserPool:
        if self._workers > 1:
            self._pool = ProcessPoolExecutor(max_workers=self._workers)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    async def parse(
        self, body: bytes, headers: Mapping[str, str], *, base_url: str, now: datetime
    ) -> ParsedFeed:
        """Parse one document; raises ParseError like ``parse_document``."""
        if self._pool is None:
            return parse_document(
                body, headers, base_url=base_url, now=now, max_entries=self._max_entries
            )
        args = (body, dict(headers), base_url, now, self._max_entries)
        try:
            return await self._submit(*args)
        except BrokenProcessPool:
            pass  # a worker died (OOM killer, crash in a C extension): try once on a new pool
        try:
            return await self._submit(*args)
        except BrokenProcessPool as exc:
            # Twice in a row: most likely this very document kills the parser.
            raise ParseError("parser process died while reading this document") from exc

    async def _submit(
        self, body: bytes, headers: dict[str, str], base_url: str, now: datetime, cap: int
    ) -> ParsedFeed:
        """Run one parse in the pool, replacing the pool if it turns out to be broken."""
        pool = self._pool
        assert pool is not None  # only called while the pool is open
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(pool, _parse, body, headers, base_url, now, cap)
        except BrokenProcessPool:
            self._replace(pool)
            raise

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        """Swap in a fresh pool once, however many parses saw the old one break."""
        if self._pool is not broken:
            return  # another parse already replaced it
        log.error("parser process died; starting a new pool", workers=self._workers)
        broken.shutdown(wait=False, cancel_futures=True)
        self._pool = ProcessPoolExecutor(max_workers=self._workers)


def _parse(
    body: bytes, headers: dict[str, str], base_url: str, now: datetime, max_entries: int
) -> ParsedFeed:
    # Module-level so the process pool can pickle it.
    return parse_document(body, headers, base_url=base_url, now=now, max_entries=max_entries)
