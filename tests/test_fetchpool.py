"""Fetch helper processes: requests spread over processes, the same answers, the same limits."""

from __future__ import annotations

import asyncio
import os
import pickle
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from conftest import count_rows, loopback_settings
from feedserver import FeedServer, feed_server, http_date
from pipeline import fetchpool
from pipeline.config import load_settings
from pipeline.errors import BlockedAddressError, HTTPStatusError
from pipeline.fetch import Fetcher
from pipeline.fetchpool import (
    FetchPool,
    Helper,
    fetch_helpers,
    helpers_for,
    process_count,
    share,
)
from pipeline.models import FeedConfig, FetchResult, Validators
from pipeline.service import poll_once, service_helpers
from pipeline.settings import FetchSettings
from pipeline.store import Database
from pipeline.store.schema import fetches, stories
from servicekit import make_items, make_rss, run_cli, write_feeds, write_settings

__all__ = ["feed_server"]


def fetch_settings(**overrides: Any) -> FetchSettings:
    values: dict[str, Any] = {
        "allow_private": ("127.0.0.1",),
        "per_host_delay_seconds": 0,
        "total_timeout": 5,
        "global_concurrency": 8,
        "per_host_concurrency": 8,
        "processes": 2,
    }
    return FetchSettings(**{**values, **overrides})


def run_pool(
    settings: FetchSettings, helpers: list[Helper], calls: list[tuple[str, dict[str, Any]]]
) -> tuple[list[FetchResult | BaseException], int]:
    """Each (url, fetch keywords) through a FetchPool; the results and how many helpers made."""

    async def go() -> tuple[list[FetchResult | BaseException], int]:
        local = share(settings, 0, len(helpers) + 1)
        async with FetchPool(Fetcher(local), helpers, local.global_concurrency) as pool:
            results = await asyncio.gather(
                *(pool.fetch(url, **kwargs) for url, kwargs in calls), return_exceptions=True
            )
            return results, pool.answered_by_helpers

    return asyncio.run(go())


# -- how many processes, and their shares ------------------------------------------------


def test_one_process_when_requests_to_a_host_must_be_spaced() -> None:
    assert process_count(FetchSettings(per_host_delay_seconds=1.0)) == 1
    assert process_count(FetchSettings()) == 1  # the shipped defaults space requests


def test_several_processes_with_spacing_are_refused() -> None:
    with pytest.raises(ValidationError, match="per_host_delay_seconds = 0"):
        FetchSettings(processes=2, per_host_delay_seconds=1.0)


def test_processes_settings_error_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "pipeline.toml"
    path.write_text("[fetch]\nper_host_delay_seconds = 1\nprocesses = 3\n")
    with pytest.raises(Exception, match=r"pipeline\.toml:\d+: fetch: .*processes > 1"):
        load_settings(path, {})


def test_processes_default_to_one_per_core_within_both_limits(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: 4)
    assert process_count(fetch_settings(processes=0)) == 4
    assert process_count(fetch_settings(processes=3)) == 3
    assert process_count(fetch_settings(processes=0, per_host_concurrency=3)) == 3
    assert process_count(fetch_settings(processes=0, global_concurrency=2)) == 2


def test_shares_of_the_limits_add_up_to_the_configured_ones() -> None:
    settings = fetch_settings(global_concurrency=100, per_host_concurrency=7)
    parts = [share(settings, index, 3) for index in range(3)]
    assert sum(part.global_concurrency for part in parts) == 100
    assert sum(part.per_host_concurrency for part in parts) == 7
    assert min(part.per_host_concurrency for part in parts) == 2
    assert {part.user_agent for part in parts} == {settings.user_agent}


def test_small_passes_start_no_helper() -> None:
    assert helpers_for(fetch_settings(), fetchpool.FEEDS_PER_PROCESS * 2 - 1) == 0
    assert helpers_for(fetch_settings(), fetchpool.FEEDS_PER_PROCESS * 2) == 1
    assert helpers_for(fetch_settings(processes=3), 100_000) == 2
    assert helpers_for(fetch_settings(processes=1), 100_000) == 0


def test_http_status_error_survives_pickling() -> None:
    error = pickle.loads(pickle.dumps(HTTPStatusError(429, "HTTP 429", retry_after=30.0)))
    assert (type(error), error.status, error.retry_after, str(error)) == (
        HTTPStatusError,
        429,
        30.0,
        "HTTP 429",
    )


# -- the pool ------------------------------------------------------------------------------


def test_pool_answers_as_a_fetcher_would_with_helpers_taking_part(
    feed_server: FeedServer,
) -> None:
    for i in range(40):
        feed_server.static(f"/f{i}.xml", f"<rss>{i}</rss>".encode(), etag=f'"e{i}"')
    urls = [feed_server.url(f"/f{i}.xml") for i in range(40)]
    settings = fetch_settings()
    with fetch_helpers(settings, 1) as helpers:
        first, by_helpers = run_pool(settings, helpers, [(url, {}) for url in urls])
        conditional = [
            (url, {"validators": Validators(etag=f'"e{i}"')}) for i, url in enumerate(urls)
        ]
        again, _ = run_pool(settings, helpers, conditional)
    assert [(r.status, r.body, r.etag) for r in first if isinstance(r, FetchResult)] == [
        (200, f"<rss>{i}</rss>".encode(), f'"e{i}"') for i in range(40)
    ]
    assert [r.status for r in again if isinstance(r, FetchResult)] == [304] * 40
    assert 0 < by_helpers < 40  # both processes made requests
    # Every request carried the conditional headers, whichever process sent it.
    assert [hit.headers.get("if-none-match") for hit in feed_server.hits()[40:]].count(None) == 0


def test_errors_made_in_a_helper_arrive_as_the_same_errors(
    feed_server: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fetchpool, "LOCAL_WEIGHT", 1e9)  # every request to the helper
    feed_server.status("/limited", 429, headers={"Retry-After": "120"})
    feed_server.status("/later", 503, headers={"Retry-After": http_date(90)})
    settings = fetch_settings(allow_private=())  # loopback refused again
    with fetch_helpers(fetch_settings(), 1) as helpers, fetch_helpers(settings, 1) as strict:
        (limited, later), made = run_pool(
            fetch_settings(),
            helpers,
            [(feed_server.url("/limited"), {}), (feed_server.url("/later"), {})],
        )
        (blocked,), made_strict = run_pool(settings, strict, [(feed_server.url("/x"), {})])
    assert (made, made_strict) == (2, 1)
    assert isinstance(limited, HTTPStatusError)
    assert (limited.status, limited.retry_after) == (429, 120.0)
    assert isinstance(later, HTTPStatusError)
    assert later.retry_after is not None
    assert isinstance(blocked, BlockedAddressError)
    assert feed_server.count("/x") == 0  # refused before connecting, in the helper


def test_a_request_whose_helper_died_is_made_here(feed_server: FeedServer) -> None:
    feed_server.static("/alive.xml", b"<rss/>")
    settings = fetch_settings()
    with fetch_helpers(settings, 1) as helpers:
        helpers[0].process.kill()
        helpers[0].process.join()
        results, made = run_pool(settings, helpers, [(feed_server.url("/alive.xml"), {})] * 3)
    assert [r.status for r in results if isinstance(r, FetchResult)] == [200] * 3
    assert made == 0


def test_helpers_exit_when_their_block_ends() -> None:
    with fetch_helpers(fetch_settings(processes=3), 2) as helpers:
        processes = [helper.process for helper in helpers]
        assert all(process.is_alive() for process in processes)
    assert [process.exitcode for process in processes] == [0, 0]


# -- the service -----------------------------------------------------------------------------


def _many_feeds(server: FeedServer, count: int) -> list[FeedConfig]:
    feeds = []
    for i in range(count):
        name = f"feed{i}"
        server.static(f"/{name}.xml", make_rss(name, make_items(name, 2)), etag=f'"{name}"')
        feeds.append(FeedConfig(name=name, url=server.url(f"/{name}.xml")))
    return feeds


def test_poll_once_with_a_helper_process_stores_every_feed_once(
    feed_server: FeedServer,
    database_url: str,
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made: list[int] = []
    original_exit = FetchPool.__aexit__

    async def record(self: FetchPool, *exc_info: object) -> None:
        made.append(self.answered_by_helpers)
        await original_exit(self, *exc_info)

    monkeypatch.setattr(FetchPool, "__aexit__", record)
    settings = loopback_settings(database_url, fetch=fetch_settings(global_concurrency=20))
    feeds = _many_feeds(feed_server, fetchpool.FEEDS_PER_PROCESS * 2)
    first = poll_once(settings, feeds, force=True)
    again = poll_once(settings, feeds, force=True)
    assert (first.feeds_ok, first.feeds_failed, first.entries_new) == (200, 0, 400)
    assert (again.feeds_ok, again.feeds_unchanged, again.entries_new) == (200, 200, 0)
    assert count_rows(database, stories) == 400
    assert count_rows(database, fetches) == 400
    assert len(made) == 2
    assert all(0 < count < 200 for count in made)


@pytest.mark.slow
def test_poll_command_forks_helpers_for_a_large_pass(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    feeds = _many_feeds(feed_server, fetchpool.FEEDS_PER_PROCESS * 2)
    write_feeds(tmp_path / "feeds.toml", [(feed.name, feed.url) for feed in feeds])
    config = write_settings(
        tmp_path, f"sqlite:///{tmp_path / 'p.db'}", fetch={"processes": 2}
    )
    done = run_cli(config, "poll", "--once", "-v")
    assert done.returncode == 0, done.stderr
    assert "fetch helpers started" in done.stderr
    assert "polled 200 feeds" in done.stdout
    assert "200 ok" in done.stdout


def test_service_starts_helpers_for_the_feeds_configured(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    feeds = _many_feeds(feed_server, fetchpool.FEEDS_PER_PROCESS * 2)
    write_feeds(tmp_path / "feeds.toml", [(feed.name, feed.url) for feed in feeds])
    many = load_settings(write_settings(tmp_path, "sqlite://", fetch={"processes": 2}), {})
    with service_helpers(many) as helpers:
        assert len(helpers) == 1
    write_feeds(tmp_path / "feeds.toml", [(feed.name, feed.url) for feed in feeds[:10]])
    with service_helpers(many) as helpers:
        assert helpers == []
