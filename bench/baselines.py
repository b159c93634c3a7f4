"""Baselines the pipeline is compared with, measured in the bench process itself."""

from __future__ import annotations

import asyncio
import functools
import sqlite3
import time
from collections.abc import Callable, Coroutine, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import feedparser
import httpx
from httpx_aiohttp import AiohttpTransport

from bench.corpus import feed_document


@dataclass(frozen=True)
class Rate:
    """A count done in a wall-clock time."""

    count: int
    seconds: float

    @property
    def per_second(self) -> float:
        return self.count / self.seconds if self.seconds > 0 else 0.0


def parse_baseline(feeds: int, entries: int) -> Rate:
    """Baseline a: feedparser.parse(bytes) with defaults over every farm document."""
    total, seconds = 0, 0.0
    for index in range(feeds):
        body = feed_document(index, entries)  # generated outside the timed span
        started = time.perf_counter()
        parsed = feedparser.parse(body)
        seconds += time.perf_counter() - started
        total += len(parsed.entries)
    return Rate(total, seconds)


async def _conditional_pass(
    urls: Sequence[str], concurrency: int, validators: dict[str, dict[str, str]]
) -> tuple[int, int]:
    """GET every URL once (conditionally when validators are known); return (ok, 304s)."""
    connector = aiohttp.TCPConnector(limit=concurrency, limit_per_host=concurrency)
    semaphore = asyncio.Semaphore(concurrency)
    counts = {"ok": 0, "304": 0}

    async def one(session: aiohttp.ClientSession, url: str) -> None:
        async with semaphore, session.get(url, headers=validators.get(url, {})) as resp:
            await resp.read()
            if resp.status == 304:
                counts["304"] += 1
            if resp.status in (200, 304):
                counts["ok"] += 1
                validators[url] = _validators(resp.headers)

    async with aiohttp.ClientSession(connector=connector) as session:
        await asyncio.gather(*(one(session, u) for u in urls))
    return counts["ok"], counts["304"]


def _validators(headers: Mapping[str, str]) -> dict[str, str]:
    """Conditional-request headers built from a response's ETag / Last-Modified."""
    found: dict[str, str] = {}
    if etag := headers.get("ETag"):
        found["If-None-Match"] = etag
    if modified := headers.get("Last-Modified"):
        found["If-Modified-Since"] = modified
    return found


def client_baseline(urls: Sequence[str], concurrency: int, repeats: int = 3) -> Rate:
    """Baseline b: bare aiohttp client, steady state (all 304); best of ``repeats`` passes."""
    validators = learn_validators(urls, concurrency)
    return max(
        (client_pass(urls, concurrency, validators) for _ in range(repeats)),
        key=lambda rate: rate.per_second,
    )


def learn_validators(urls: Sequence[str], concurrency: int) -> dict[str, dict[str, str]]:
    """One untimed aiohttp pass that records each feed's ETag / Last-Modified."""
    validators: dict[str, dict[str, str]] = {}
    asyncio.run(_conditional_pass(urls, concurrency, validators))
    return validators


def client_pass(urls: Sequence[str], concurrency: int,
                validators: dict[str, dict[str, str]]) -> Rate:
    """One timed baseline-b pass (all 304), for pairing with a pipeline pass run next to it."""
    return _timed_steady_pass(urls, concurrency, validators)


PassFn = Callable[
    [Sequence[str], int, dict[str, dict[str, str]]], Coroutine[Any, Any, tuple[int, int]]
]


def _timed_steady_pass(
    urls: Sequence[str],
    concurrency: int,
    validators: dict[str, dict[str, str]],
    run_pass: PassFn = _conditional_pass,
) -> Rate:
    """One timed conditional pass that must be all 304s."""
    started = time.perf_counter()
    ok, not_modified = asyncio.run(run_pass(urls, concurrency, validators))
    rate = Rate(ok, time.perf_counter() - started)
    if not_modified != len(urls):
        raise RuntimeError(f"baseline pass expected {len(urls)} 304s, got {not_modified}")
    return rate


async def _httpx_pass(
    urls: Sequence[str], concurrency: int, validators: dict[str, dict[str, str]]
) -> tuple[int, int]:
    """The same conditional pass with a plain httpx.AsyncClient (its own default transport)."""
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    semaphore = asyncio.Semaphore(concurrency)
    counts = {"ok": 0, "304": 0}

    async def one(client: httpx.AsyncClient, url: str) -> None:
        async with semaphore:
            resp = await client.get(url, headers=validators.get(url, {}))
        counts["304"] += resp.status_code == 304
        counts["ok"] += resp.status_code in (200, 304)

    async with httpx.AsyncClient(limits=limits) as client:
        await asyncio.gather(*(one(client, u) for u in urls))
    return counts["ok"], counts["304"]


def httpx_baseline(urls: Sequence[str], concurrency: int) -> Rate:
    """Baseline b2 (no target): plain httpx, steady state, one pass; what httpx costs alone."""
    validators: dict[str, dict[str, str]] = {}
    asyncio.run(_conditional_pass(urls, concurrency, validators))  # learn validators, untimed
    return _timed_steady_pass(urls, concurrency, validators, _httpx_pass)


async def _httpx_on_aiohttp_pass(
    urls: Sequence[str],
    concurrency: int,
    validators: dict[str, dict[str, str]],
    parsed: Mapping[str, httpx.URL],
) -> tuple[int, int]:
    """The same pass through httpx's transport API over an aiohttp pool (httpx_aiohttp).

    One httpx.Request and one httpx.Response per GET and nothing else (URLs parsed before the
    pass, no client, no redirects or checks): the most any client keeping httpx's API on
    aiohttp can do here.
    """
    semaphore = asyncio.Semaphore(concurrency)
    counts = {"ok": 0, "304": 0}
    session = aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(limit=concurrency), auto_decompress=False
    )
    transport = AiohttpTransport(client=session)

    async def one(url: str) -> None:
        async with semaphore:
            request = httpx.Request("GET", parsed[url], headers=validators.get(url, {}))
            resp = await transport.handle_async_request(request)
            await resp.aread()
            await resp.aclose()
        counts["304"] += resp.status_code == 304
        counts["ok"] += resp.status_code in (200, 304)

    try:
        await asyncio.gather(*(one(url) for url in urls))
    finally:
        await transport.aclose()
    return counts["ok"], counts["304"]


def httpx_on_aiohttp_baseline(urls: Sequence[str], concurrency: int, repeats: int = 3) -> Rate:
    """Baseline b3 (no target): httpx Request/Response over aiohttp, all 304, best of 3."""
    validators: dict[str, dict[str, str]] = {}
    asyncio.run(_conditional_pass(urls, concurrency, validators))  # learn validators, untimed
    run_pass = functools.partial(_httpx_on_aiohttp_pass, parsed={u: httpx.URL(u) for u in urls})
    return max(
        (
            _timed_steady_pass(urls, concurrency, validators, run_pass)
            for _ in range(repeats)
        ),
        key=lambda rate: rate.per_second,
    )


_SCHEMA = """CREATE TABLE IF NOT EXISTS stories (
    guid TEXT PRIMARY KEY, feed TEXT, title TEXT, link TEXT, summary TEXT, published TEXT)"""


def _naive_pass(urls: Sequence[str], db: sqlite3.Connection) -> int:
    """The loop a user would write: parse(url), one INSERT + commit per entry."""
    seen = 0
    for url in urls:
        parsed = feedparser.parse(url)
        for entry in parsed.entries:
            db.execute(
                "INSERT OR IGNORE INTO stories VALUES (?, ?, ?, ?, ?, ?)",
                (
                    entry.get("id"),
                    url,
                    entry.get("title"),
                    entry.get("link"),
                    entry.get("summary"),
                    entry.get("published"),
                ),
            )
            db.commit()
            seen += 1
    return seen


def naive_baseline(urls: Sequence[str], db_path: Path) -> tuple[Rate, Rate]:
    """Baseline c: (first poll entries, steady-state feeds) of the naive sequential loop."""
    db = sqlite3.connect(db_path)
    try:
        db.execute(_SCHEMA)
        db.commit()
        started = time.perf_counter()
        entries = _naive_pass(urls, db)
        first = Rate(entries, time.perf_counter() - started)
        started = time.perf_counter()
        _naive_pass(urls, db)  # nothing changed, but it refetches and reparses everything
        steady = Rate(len(urls), time.perf_counter() - started)
    finally:
        db.close()
    return first, steady
