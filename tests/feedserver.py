"""A real HTTP server on 127.0.0.1 for tests, with well- and badly-behaved routes.

Usage from any test module (tests/ is on sys.path under pytest's default import mode):

    from feedserver import FeedServer, feed_server

    __all__ = ["feed_server"]  # re-exported fixture; keeps ruff F401/F811 quiet

    def test_x(feed_server: FeedServer) -> None:
        feed_server.static("/feed.xml", b"<rss/>", etag='"v1"')
        url = feed_server.url("/feed.xml")

The server runs an aiohttp app on its own event loop in a background thread, so tests with
their own loop (pytest-asyncio) or no loop at all can use it. Every request is recorded.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time
import zlib
from collections.abc import Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime

import pytest
from aiohttp import web

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
FEED_TYPE = "application/rss+xml; charset=utf-8"
# Misbehaving routes stop by themselves after this long even if the client never leaves.
MAX_MISBEHAVE_SECONDS = 15.0


@dataclass(frozen=True)
class Hit:
    """One request the server received."""

    method: str
    path: str
    headers: Mapping[str, str]  # keys lower-cased
    at: float  # time.monotonic() when it arrived


def _not_modified(request: web.Request, etag: str | None, last_modified: str | None) -> bool:
    """RFC 9110 conditional GET: If-None-Match wins over If-Modified-Since."""
    if_none_match = request.headers.get("If-None-Match")
    if if_none_match is not None:
        tags = [t.strip() for t in if_none_match.split(",")]
        return etag is not None and ("*" in tags or etag in tags)
    since = request.headers.get("If-Modified-Since")
    if since is None or last_modified is None:
        return False
    try:
        return parsedate_to_datetime(last_modified) <= parsedate_to_datetime(since)
    except (TypeError, ValueError):
        return False


def http_date(seconds_from_now: float) -> str:
    """An HTTP-date (IMF-fixdate) this many seconds from now."""
    return format_datetime(datetime.now(UTC) + timedelta(seconds=seconds_from_now), usegmt=True)


class FeedServer:
    """Loopback HTTP server whose routes tests register while it runs."""

    def __init__(self) -> None:
        self._routes: dict[str, Handler] = {}
        self._hits: list[Hit] = []
        self._lock = threading.Lock()
        self._in_flight = 0
        self.max_in_flight = 0  # most requests being handled at once since start/reset
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self.port: int = self._sock.getsockname()[1]

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> None:
        """Start serving in a background thread; returns once the socket accepts."""
        ready = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(ready,), daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("feed server did not start")

    def stop(self) -> None:
        """Stop serving and join the thread."""
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread is not None:
            self._thread.join(10)

    def _run(self, ready: threading.Event) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._dispatch)
        # handler_cancellation: a client hanging up ends endless/trickle handlers at once.
        self._runner = web.AppRunner(app, handler_cancellation=True, shutdown_timeout=1.0)
        loop.run_until_complete(self._runner.setup())
        loop.run_until_complete(web.SockSite(self._runner, self._sock).start())
        ready.set()
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(self._runner.cleanup())
            loop.close()

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        hit = Hit(
            request.method,
            request.path,
            {k.lower(): v for k, v in request.headers.items()},
            time.monotonic(),
        )
        with self._lock:
            self._hits.append(hit)
            self._in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self._in_flight)
        try:
            handler = self._routes.get(request.path)
            if handler is None:
                return web.Response(status=404, text="no such route")
            return await handler(request)
        finally:
            with self._lock:
                self._in_flight -= 1

    # -- inspection ------------------------------------------------------------------------

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        """Absolute URL of `path` on this server, optionally via another host name."""
        return f"http://{host}:{self.port}{path}"

    def hits(self, path: str | None = None) -> list[Hit]:
        """Requests received so far, optionally only those for `path`."""
        with self._lock:
            return [h for h in self._hits if path is None or h.path == path]

    def count(self, path: str | None = None) -> int:
        """How many requests arrived (for `path`, or in total)."""
        return len(self.hits(path))

    # -- routes ----------------------------------------------------------------------------

    def route(self, path: str, handler: Handler) -> None:
        """Serve `path` with an aiohttp handler coroutine."""
        self._routes[path] = handler

    def static(
        self,
        path: str,
        body: bytes,
        *,
        content_type: str = FEED_TYPE,
        etag: str | None = None,
        last_modified: str | None = None,
        headers: Mapping[str, str] | None = None,
        status: int = 200,
        delay: float = 0.0,
    ) -> None:
        """Fixed bytes, answering 304 to matching If-None-Match / If-Modified-Since."""

        async def handler(request: web.Request) -> web.StreamResponse:
            if delay:
                await asyncio.sleep(delay)
            extra = dict(headers or {})
            if etag is not None:
                extra["ETag"] = etag
            if last_modified is not None:
                extra["Last-Modified"] = last_modified
            if _not_modified(request, etag, last_modified):
                return web.Response(status=304, headers=extra)
            extra["Content-Type"] = content_type
            return web.Response(status=status, body=body, headers=extra)

        self.route(path, handler)

    def status(self, path: str, status: int, headers: Mapping[str, str] | None = None) -> None:
        """An error (or any) status with a short text body."""
        self.static(
            path,
            f"status {status}".encode(),
            content_type="text/plain",
            headers=headers,
            status=status,
        )

    def redirect(self, path: str, to: str, status: int = 302) -> None:
        """Redirect `path` to `to` (a path on this server or an absolute URL)."""

        async def handler(request: web.Request) -> web.StreamResponse:
            return web.Response(status=status, headers={"Location": to})

        self.route(path, handler)

    def trickle(self, path: str, interval: float = 0.1, declared: int = 1_000_000) -> None:
        """Headers at once, then one byte per `interval`: a slow-loris body."""

        async def handler(request: web.Request) -> web.StreamResponse:
            response = web.StreamResponse(
                headers={"Content-Type": FEED_TYPE, "Content-Length": str(declared)}
            )
            await response.prepare(request)
            deadline = time.monotonic() + MAX_MISBEHAVE_SECONDS
            with contextlib.suppress(ConnectionResetError):  # the client gave up: expected
                while time.monotonic() < deadline:
                    await response.write(b" ")
                    await asyncio.sleep(interval)
            return response

        self.route(path, handler)

    def endless(self, path: str, chunk_size: int = 64 * 1024) -> None:
        """A chunked body that never ends (until the client leaves or the safety limit)."""

        async def handler(request: web.Request) -> web.StreamResponse:
            response = web.StreamResponse(headers={"Content-Type": FEED_TYPE})
            await response.prepare(request)
            chunk = b"<item>endless</item>".ljust(chunk_size, b" ")
            deadline = time.monotonic() + MAX_MISBEHAVE_SECONDS
            with contextlib.suppress(ConnectionResetError):  # the client gave up: expected
                while time.monotonic() < deadline:
                    await response.write(chunk)
            return response

        self.route(path, handler)

    def gzip_bomb(self, path: str, decoded_size: int = 32 * 1024 * 1024) -> int:
        """Small gzip body that inflates to `decoded_size` zero bytes; returns compressed size."""
        packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        block = bytes(1024 * 1024)
        parts = [packer.compress(block) for _ in range(decoded_size // len(block))]
        compressed = b"".join([*parts, packer.flush()])
        self.static(path, compressed, headers={"Content-Encoding": "gzip"})
        return len(compressed)

    def in_flight_route(self, path: str, body: bytes, hold: float) -> None:
        """A route that takes `hold` seconds, to observe concurrency and spacing."""
        self.static(path, body, delay=hold)

    def reset_counters(self) -> None:
        """Forget recorded hits and the in-flight maximum."""
        with self._lock:
            self._hits.clear()
            self.max_in_flight = self._in_flight


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    """A running FeedServer, stopped after the test."""
    server = FeedServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()
