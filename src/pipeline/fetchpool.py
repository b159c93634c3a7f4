"""Fetching from several processes: helpers that make requests for the one that polls.

One process is GIL-bound on one core; most of a steady-state poll (a 304) is request work
in httpx and aiohttp. With ``fetch.processes`` > 1, helper processes each run a Fetcher of
their own and take requests from the polling process over a socket pair; claims, parsing,
saving and everything else stay where they were. ``FetchPool`` has the Fetcher's ``fetch``
and sends each request to whichever process (itself included) has the least work in
flight for its share.

The limits stay those of one process: the global and per-host concurrency are divided
among the processes (their shares add up to the configured figure), and several processes
are used only when requests to one host need no spacing (``per_host_delay_seconds`` = 0),
since a minimum gap between requests cannot be kept across processes. Every hop is still
checked by the Fetcher that makes it, in whichever process.

Helpers are forked before the event loop starts (cheap: they share the parent's imported
modules), or spawned when the parent already runs other threads. A helper lives as long as
its socket: it ignores SIGINT and SIGTERM, and exits when the parent closes its end (or
dies), cancelling what it still had in flight. A request whose helper died is made again
in the polling process.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import multiprocessing
import os
import pickle
import signal
import socket
import struct
import threading
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from multiprocessing.process import BaseProcess
from typing import Any, Self

from pipeline import aio
from pipeline.errors import FetchError
from pipeline.fetch import Fetcher
from pipeline.logs import configure as configure_logging
from pipeline.logs import get_logger
from pipeline.models import FetchResult, Validators
from pipeline.settings import FetchSettings, LoggingSettings

log = get_logger("pipeline.fetchpool")

FEEDS_PER_PROCESS = 100  # a pass with fewer feeds than this per process starts no helper
# This process also claims, saves and reads the helpers' answers: it takes a request only
# while its load per slot is under half the helpers'.
LOCAL_WEIGHT = 2.0
STOP_SECONDS = 5.0  # how long a helper gets to exit once its socket is closed
_FRAME = struct.Struct("!I")
# On the wire: plain tuples (a pickled slotted dataclass costs a fields() lookup to load).
_Request = tuple[
    int, str, tuple[str | None, str | None, str | None] | None, dict[str, str] | None, int | None
]
_Reply = tuple[int, bool, Any]  # (id, ok, FetchResult's fields as a tuple, or a FetchError)

# Parent ends of every helper's socket: a forked helper closes those it inherited, or the
# helpers started before it would never see their own end close.
_PARENT_ENDS: set[socket.socket] = set()
# Request ids, unique in this process, so an answer can never be taken for another's.
_REQUEST_IDS = itertools.count()


def process_count(settings: FetchSettings) -> int:
    """Processes making requests: ``processes`` (0: one per core), within what the limits allow.

    One when requests to a host must be spaced, and never more than either concurrency
    limit, so that every process gets at least one slot of each.
    """
    if settings.per_host_delay_seconds > 0:
        return 1
    wanted = settings.processes or os.cpu_count() or 1
    return max(1, min(wanted, settings.global_concurrency, settings.per_host_concurrency))


def helpers_for(settings: FetchSettings, feeds: int) -> int:
    """Helper processes worth starting for a pass over ``feeds`` feeds."""
    return max(0, min(process_count(settings), feeds // FEEDS_PER_PROCESS) - 1)


def share(settings: FetchSettings, index: int, count: int) -> FetchSettings:
    """Process ``index`` of ``count``'s part of the concurrency limits; the parts add up."""

    def part(total: int) -> int:
        return total // count + (index < total % count)

    return settings.model_copy(
        update={
            "global_concurrency": part(settings.global_concurrency),
            "per_host_concurrency": part(settings.per_host_concurrency),
        }
    )


@dataclass(frozen=True)
class Helper:
    """A started helper process and the polling process's end of its socket."""

    process: BaseProcess
    sock: socket.socket
    settings: FetchSettings  # its share


@contextlib.contextmanager
def fetch_helpers(
    settings: FetchSettings, count: int, logging: LoggingSettings | None = None
) -> Iterator[list[Helper]]:
    """Start ``count`` helpers (shares 1..count of count + 1); stop them when the block ends.

    Call it before the event loop runs: forking is then safe and quick.
    """
    helpers: list[Helper] = []
    try:
        for index in range(1, count + 1):
            helpers.append(_start(share(settings, index, count + 1), logging))
        if helpers:
            log.info("fetch helpers started", pids=[h.process.pid for h in helpers])
        yield helpers
    finally:
        for helper in helpers:
            _stop(helper)


def _start(settings: FetchSettings, logging: LoggingSettings | None) -> Helper:
    ours, theirs = socket.socketpair()
    forking = (
        threading.active_count() == 1
        and _no_running_loop()
        and "fork" in multiprocessing.get_all_start_methods()
    )
    args = (theirs, settings, logging)
    process: BaseProcess
    if forking:  # no other thread can hold a lock the child would inherit taken
        process = multiprocessing.get_context("fork").Process(
            target=_helper_main, args=args, name="pipeline-fetch", daemon=True
        )
    else:
        process = multiprocessing.get_context("spawn").Process(
            target=_helper_main, args=args, name="pipeline-fetch", daemon=True
        )
    _PARENT_ENDS.add(ours)
    try:
        process.start()
    except BaseException:
        _PARENT_ENDS.discard(ours)
        ours.close()
        raise
    finally:
        theirs.close()
    return Helper(process, ours, settings)


def _no_running_loop() -> bool:
    """True outside a running event loop (a forked child must not inherit one)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return True
    return False


def _stop(helper: Helper) -> None:
    """Close the socket (the helper's signal to exit) and reap the process."""
    _PARENT_ENDS.discard(helper.sock)
    helper.sock.close()
    helper.process.join(STOP_SECONDS)
    if helper.process.is_alive():
        log.warning("fetch helper did not exit; killing it", pid=helper.process.pid)
        helper.process.kill()
        helper.process.join()


def _helper_main(
    sock: socket.socket, settings: FetchSettings, logging: LoggingSettings | None
) -> None:
    """Entry point of a helper process."""
    for inherited in list(_PARENT_ENDS):
        inherited.close()
    _PARENT_ENDS.clear()
    # Ctrl-C and a service manager's SIGTERM reach the whole group: the parent decides.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    if logging is not None:
        configure_logging(logging)
    aio.tune_gc()
    aio.run(_serve(sock, settings))


async def _serve(sock: socket.socket, settings: FetchSettings) -> None:
    """Answer fetch requests until the parent closes the socket."""
    reader, writer = await asyncio.open_connection(sock=sock)
    replies = _Outbox(writer)
    tasks: set[asyncio.Task[None]] = set()
    try:
        async with Fetcher(settings) as fetcher:
            while (batch := await _read_frame(reader)) is not None:
                for request in batch:
                    task = asyncio.create_task(_answer(fetcher, replies, request))
                    tasks.add(task)
                    task.add_done_callback(tasks.discard)
            for task in tasks:  # the parent is gone or done: nobody wants these answers
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
    finally:
        writer.close()


async def _answer(fetcher: Fetcher, replies: _Outbox, request: _Request) -> None:
    request_id, url, known, headers, max_bytes = request
    validators = Validators(*known) if known is not None else None
    try:
        result = await fetcher.fetch(
            url, validators=validators, headers=headers, max_bytes=max_bytes
        )
    except FetchError as exc:
        replies.send((request_id, False, exc))
    except Exception as exc:  # a bug must fail this fetch, not the helper
        log.exception("fetch helper crashed on a request", url=url)
        error = FetchError(f"internal error in fetch helper: {type(exc).__name__}: {exc}")
        replies.send((request_id, False, error))
    else:
        replies.send((request_id, True, _fields(result)))


def _fields(result: FetchResult) -> tuple[Any, ...]:
    return (
        result.url,
        result.final_url,
        result.permanent_url,
        result.status,
        dict(result.headers),
        result.body,
        result.elapsed,
        result.etag,
        result.last_modified,
    )


class _Outbox:
    """Messages sent within one turn of the event loop go out as one frame."""

    def __init__(self, writer: asyncio.StreamWriter) -> None:
        self._writer = writer
        self._items: list[Any] = []

    def send(self, item: Any) -> None:
        if not self._items:
            asyncio.get_running_loop().call_soon(self._flush)
        self._items.append(item)

    def _flush(self) -> None:
        items, self._items = self._items, []
        if self._writer.is_closing():
            return
        data = pickle.dumps(items, pickle.HIGHEST_PROTOCOL)
        self._writer.write(_FRAME.pack(len(data)) + data)


async def _read_frame(reader: asyncio.StreamReader) -> list[Any] | None:
    """The next frame's messages; None at end of stream."""
    try:
        (size,) = _FRAME.unpack(await reader.readexactly(_FRAME.size))
        data = await reader.readexactly(size)
    except (asyncio.IncompleteReadError, ConnectionError):
        return None
    items: list[Any] = pickle.loads(data)
    return items


class _HelperGone(Exception):
    """The helper died before answering."""


class _Remote:
    """The polling process's side of one helper while the pool is open."""

    def __init__(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, slots: int
    ) -> None:
        self.slots = slots
        self.alive = True
        self._writer = writer
        self._outbox = _Outbox(writer)
        self._pending: dict[int, asyncio.Future[FetchResult]] = {}
        self._reader_task = asyncio.create_task(self._read(reader))

    @property
    def load(self) -> int:
        return len(self._pending)

    async def fetch(
        self,
        url: str,
        validators: Validators | None,
        headers: Mapping[str, str] | None,
        max_bytes: int | None,
    ) -> FetchResult:
        request_id = next(_REQUEST_IDS)
        future: asyncio.Future[FetchResult] = asyncio.get_running_loop().create_future()
        self._pending[request_id] = future
        known = (
            None
            if validators is None
            else (validators.etag, validators.last_modified, validators.body_sha256)
        )
        self._outbox.send((request_id, url, known, dict(headers) if headers else None, max_bytes))
        try:
            return await future
        finally:
            self._pending.pop(request_id, None)

    async def _read(self, reader: asyncio.StreamReader) -> None:
        try:
            while (replies := await _read_frame(reader)) is not None:
                for request_id, ok, payload in replies:
                    future = self._pending.pop(request_id, None)
                    if future is None or future.done():
                        continue  # cancelled here meanwhile
                    if ok:
                        future.set_result(FetchResult(*payload))
                    else:
                        future.set_exception(payload)
        finally:
            self.alive = False
            pending, self._pending = self._pending, {}
            for future in pending.values():
                if not future.done():
                    future.set_exception(_HelperGone())
            if pending:
                log.error("fetch helper died; its requests are made here", requests=len(pending))

    async def close(self) -> None:
        self._writer.close()
        self._reader_task.cancel()
        await asyncio.gather(self._reader_task, return_exceptions=True)


class FetchPool:
    """``Fetcher.fetch`` spread over this process's Fetcher and the helpers' ones.

    Use as ``async with FetchPool(local, helpers)``; ``local`` is a Fetcher (not yet
    entered) with this process's share of the limits.
    """

    def __init__(self, local: Fetcher, helpers: Sequence[Helper], local_slots: int) -> None:
        self._local = local
        self._helpers = list(helpers)
        self._local_slots = local_slots
        self._local_load = 0
        self._remotes: list[_Remote] = []
        self.answered_by_helpers = 0  # requests a helper answered (for tests and curiosity)

    async def __aenter__(self) -> Self:
        await self._local.__aenter__()
        try:
            for helper in self._helpers:
                reader, writer = await asyncio.open_connection(sock=helper.sock.dup())
                self._remotes.append(_Remote(reader, writer, helper.settings.global_concurrency))
        except BaseException:
            await self.__aexit__(None, None, None)
            raise
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        remotes, self._remotes = self._remotes, []
        await asyncio.gather(*(remote.close() for remote in remotes))
        await self._local.__aexit__(*exc_info)

    async def fetch(
        self,
        url: str,
        *,
        validators: Validators | None = None,
        headers: Mapping[str, str] | None = None,
        max_bytes: int | None = None,
    ) -> FetchResult:
        """As ``Fetcher.fetch``, made by the process with the least work for its share."""
        remote = self._pick()
        if remote is not None:
            try:
                result = await remote.fetch(url, validators, headers, max_bytes)
            except _HelperGone:
                pass  # made here instead, below
            except FetchError:
                self.answered_by_helpers += 1
                raise
            else:
                self.answered_by_helpers += 1
                return result
        self._local_load += 1
        try:
            return await self._local.fetch(
                url, validators=validators, headers=headers, max_bytes=max_bytes
            )
        finally:
            self._local_load -= 1

    def _pick(self) -> _Remote | None:
        """The least loaded helper, or None when this process is no busier than any."""
        best: _Remote | None = None
        best_load = (self._local_load + 1) * LOCAL_WEIGHT / self._local_slots
        for remote in self._remotes:
            load = (remote.load + 1) / remote.slots
            if remote.alive and load < best_load:
                best, best_load = remote, load
        return best
