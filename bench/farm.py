"""Loopback feed farm: an aiohttp server process serving N generated feeds with ETag/304.

Run as ``python -m bench.farm --feeds N --entries M``; it prints ``READY <port>`` once it
listens on 127.0.0.1 and serves until terminated. ``Farm`` starts and stops that process.
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import socket
import subprocess
import sys
from collections.abc import Sequence
from types import TracebackType

from aiohttp import web

from bench.corpus import etag_of, feed_document, last_modified


def build_app(feeds: int, entries: int) -> web.Application:
    """An aiohttp app serving /feed/<i>.xml with validators and conditional 304s."""
    bodies = [feed_document(i, entries) for i in range(feeds)]
    etags = [etag_of(b) for b in bodies]
    modified = last_modified()

    async def feed(request: web.Request) -> web.StreamResponse:
        try:
            index = int(request.match_info["index"])
            body, etag = bodies[index], etags[index]
        except (ValueError, IndexError):
            raise web.HTTPNotFound() from None
        headers = {"ETag": etag, "Last-Modified": modified, "Cache-Control": "max-age=60"}
        if _not_modified(request, etag, modified):
            return web.Response(status=304, headers=headers)
        return web.Response(body=body, headers=headers, content_type="application/rss+xml",
                            charset="utf-8")

    app = web.Application()
    app.router.add_get("/feed/{index}.xml", feed)
    return app


def _not_modified(request: web.Request, etag: str, modified: str) -> bool:
    """RFC 9110 precedence: If-None-Match decides when present, else If-Modified-Since."""
    if_none_match = request.headers.get("If-None-Match")
    if if_none_match is not None:
        tags = {t.strip().removeprefix("W/") for t in if_none_match.split(",")}
        return etag in tags or "*" in tags
    return request.headers.get("If-Modified-Since") == modified


async def _serve(feeds: int, entries: int) -> None:
    """Listen on an ephemeral loopback port, announce it, and serve until SIGTERM."""
    runner = web.AppRunner(build_app(feeds, entries), access_log=None)
    await runner.setup()
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    await web.SockSite(runner, sock, backlog=1024).start()
    print(f"READY {sock.getsockname()[1]}", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    await runner.cleanup()


class Farm:
    """Context manager owning the farm server process."""

    def __init__(self, feeds: int, entries: int) -> None:
        self.feeds, self.entries = feeds, entries
        self.port = 0
        self._proc: subprocess.Popen[str] | None = None

    def url(self, index: int) -> str:
        """URL of feed number ``index``."""
        return f"http://127.0.0.1:{self.port}/feed/{index}.xml"

    def urls(self) -> list[str]:
        """Every feed URL the farm serves."""
        return [self.url(i) for i in range(self.feeds)]

    def __enter__(self) -> Farm:
        cmd = [sys.executable, "-m", "bench.farm", "--feeds", str(self.feeds),
               "--entries", str(self.entries)]
        self._proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
        self.port = _read_port(self._proc)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._proc is None:
            return
        self._proc.terminate()
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()


def _read_port(proc: subprocess.Popen[str]) -> int:
    """Wait for the farm's READY line and return its port; kill the process if it never comes."""
    assert proc.stdout is not None  # Popen was given stdout=PIPE
    line = proc.stdout.readline()  # blocks until generated and listening, or EOF if it died
    if not line.startswith("READY "):
        proc.kill()
        proc.wait()
        raise RuntimeError(f"feed farm failed to start (exit {proc.returncode}): {line!r}")
    return int(line.split()[1])


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the farm process."""
    parser = argparse.ArgumentParser(prog="python -m bench.farm")
    parser.add_argument("--feeds", type=int, required=True)
    parser.add_argument("--entries", type=int, required=True)
    args = parser.parse_args(argv)
    asyncio.run(_serve(args.feeds, args.entries))


if __name__ == "__main__":
    main()
