"""One polling pass end to end: loopback feeds, fetch, parse, store; SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import signal
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

import pytest
import structlog

from conftest import count_rows, loopback_settings
from feedserver import FeedServer, feed_server
from pipeline import logs
from pipeline.fetch import Fetcher
from pipeline.models import FeedConfig, ParsedFeed
from pipeline.parsepool import ParserPool
from pipeline.poller import Poller, utc_now
from pipeline.refresh import PollTools
from pipeline.service import FeedListReloader, poll_once
from pipeline.settings import ParseSettings, Settings
from pipeline.store import Database, sync_feeds
from pipeline.store.queries import feed_status, list_stories
from pipeline.store.schema import fetches, stories, story_sources
from servicekit import make_items, make_rss, run_cli, write_feeds, write_settings

__all__ = ["feed_server"]


@pytest.fixture
def settings(database_url: str) -> Settings:
    return loopback_settings(database_url)


def _feed(server: FeedServer, name: str, items: int, *, etag: str | None = None) -> FeedConfig:
    server.static(f"/{name}.xml", make_rss(name, make_items(name, items)), etag=etag)
    return FeedConfig(name=name, url=server.url(f"/{name}.xml"))


def test_first_pass_stores_every_entry_once(
    feed_server: FeedServer, settings: Settings, database: Database
) -> None:
    feeds = [_feed(feed_server, "alpha", 5), _feed(feed_server, "beta", 3)]
    summary = poll_once(settings, feeds, force=True)
    assert (summary.feeds_ok, summary.feeds_failed) == (2, 0)
    assert (summary.entries_seen, summary.entries_new) == (8, 8)
    assert count_rows(database, stories) == 8
    assert count_rows(database, story_sources) == 8
    assert count_rows(database, fetches) == 2


def test_second_pass_uses_conditional_get_and_adds_nothing(
    feed_server: FeedServer, settings: Settings, database: Database
) -> None:
    feeds = [_feed(feed_server, "alpha", 4, etag='"a1"')]
    poll_once(settings, feeds, force=True)
    again = poll_once(settings, feeds, force=True)
    assert (again.feeds_ok, again.feeds_unchanged, again.entries_new) == (1, 1, 0)
    assert feed_server.hits("/alpha.xml")[-1].headers.get("if-none-match") == '"a1"'
    assert count_rows(database, stories) == 4
    assert count_rows(database, fetches) == 2


@pytest.mark.parametrize("level", ["INFO", "DEBUG"])
def test_unchanged_feeds_are_logged_only_when_debug_lines_are_kept(
    feed_server: FeedServer, settings: Settings, level: str
) -> None:
    feeds = [_feed(feed_server, "alpha", 2, etag='"a1"')]
    poll_once(settings, feeds, force=True)
    logs.configure(settings.logging, level=level)
    try:
        with structlog.testing.capture_logs() as captured:
            summary = poll_once(settings, feeds, force=True)
    finally:
        structlog.reset_defaults()
    assert summary.feeds_unchanged == 1
    unchanged = [line for line in captured if line["event"] == "feed unchanged"]
    assert [line["feed"] for line in unchanged] == (["alpha"] if level == "DEBUG" else [])


def test_identical_body_without_validators_is_not_parsed_again(
    feed_server: FeedServer, settings: Settings, database: Database
) -> None:
    feeds = [_feed(feed_server, "plain", 3)]
    poll_once(settings, feeds, force=True)
    again = poll_once(settings, feeds, force=True)
    assert again.feeds_unchanged == 1
    assert again.entries_seen == 0


def test_story_carried_by_two_feeds_is_one_story_with_two_sources(
    feed_server: FeedServer, settings: Settings, database: Database
) -> None:
    shared = make_items("shared", 2)
    feed_server.static("/one.xml", make_rss("one", shared))
    feed_server.static("/two.xml", make_rss("two", shared))
    feeds = [
        FeedConfig("one", feed_server.url("/one.xml")),
        FeedConfig("two", feed_server.url("/two.xml")),
    ]
    poll_once(settings, feeds, force=True)
    assert count_rows(database, stories) == 2
    assert count_rows(database, story_sources) == 4
    carried = list_stories(database, since=None, feed="two", search=None, limit=10)
    assert len(carried) == 2


def test_broken_feeds_do_not_stop_the_others(
    feed_server: FeedServer, settings: Settings, database: Database
) -> None:
    feed_server.status("/error.xml", 500)
    feed_server.static("/junk.xml", b"this is not a feed at all", content_type="text/plain")
    feeds = [
        FeedConfig("error", feed_server.url("/error.xml")),
        FeedConfig("junk", feed_server.url("/junk.xml")),
        FeedConfig("refused", "http://127.0.0.1:9/closed.xml"),
        _feed(feed_server, "good", 2),
    ]
    summary = poll_once(settings, feeds, force=True)
    assert (summary.feeds_ok, summary.feeds_failed) == (1, 3)
    assert count_rows(database, stories) == 2
    status = {s.name: s for s in feed_status(database)}
    assert status["error"].consecutive_failures == 1
    assert "500" in (status["error"].last_error or "")
    assert status["junk"].last_error
    assert status["refused"].last_error
    assert status["good"].last_error is None
    assert all(s.next_poll_at is not None for s in status.values())


def test_failing_feed_backs_off_beyond_its_interval(
    feed_server: FeedServer, settings: Settings, database: Database
) -> None:
    feed_server.status("/down.xml", 503)
    feeds = [FeedConfig("down", feed_server.url("/down.xml"))]
    for _ in range(3):
        poll_once(settings, feeds, force=True)
    status = feed_status(database)[0]
    assert status.consecutive_failures == 3
    assert status.last_polled_at is not None
    assert status.next_poll_at is not None
    assert status.next_poll_at - status.last_polled_at >= feeds[0].interval


def test_permanent_redirect_is_recorded_as_effective_url(
    feed_server: FeedServer, settings: Settings, database: Database
) -> None:
    _feed(feed_server, "new-home", 1)
    feed_server.redirect("/old.xml", "/new-home.xml", status=301)
    feeds = [FeedConfig("moved", feed_server.url("/old.xml"))]
    poll_once(settings, feeds, force=True)
    assert feed_status(database)[0].effective_url == feed_server.url("/new-home.xml")
    feed_server.reset_counters()
    poll_once(settings, feeds, force=True)
    assert feed_server.count("/old.xml") == 0  # the next poll goes straight to the new address


def test_poll_once_exits_nonzero_when_every_feed_fails(
    feed_server: FeedServer, tmp_path: Path, sqlite_url: str
) -> None:
    folder = tmp_path
    feed_server.status("/gone.xml", 404)
    write_feeds(folder / "feeds.toml", [("gone", feed_server.url("/gone.xml"))])
    config = write_settings(folder, sqlite_url)
    result = run_cli(config, "poll", "--once")
    assert result.returncode == 1, result.stderr
    assert "gone" in result.stdout
    assert "404" in result.stdout


def test_poll_once_summary_counts_new_entries(
    feed_server: FeedServer, tmp_path: Path, sqlite_url: str
) -> None:
    folder = tmp_path
    _feed(feed_server, "live", 3)
    write_feeds(folder / "feeds.toml", [("live", feed_server.url("/live.xml"))])
    config = write_settings(folder, sqlite_url)
    result = run_cli(config, "poll", "--once")
    assert result.returncode == 0, result.stderr
    assert "3 entries seen, 3 new" in result.stdout
    listed = run_cli(config, "stories", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.count("canonical_url") == 3


# -- a misbehaving feed, parser or database never ends the pass or the service ----------------


def test_hostile_feeds_fail_alone_and_the_pass_completes(
    feed_server: FeedServer, settings: Settings, database: Database
) -> None:
    feed_server.redirect("/bad-location.xml", "http://xn--/feed.xml")
    feed_server.status("/forever.xml", 503, headers={"Retry-After": "9" * 400})
    feeds = [
        FeedConfig("bad-location", feed_server.url("/bad-location.xml")),
        FeedConfig("forever", feed_server.url("/forever.xml")),
        _feed(feed_server, "good", 2),
    ]
    summary = poll_once(settings, feeds, force=True)
    assert (summary.feeds_ok, summary.feeds_failed) == (1, 2)
    status = {s.name: s for s in feed_status(database)}
    assert status["bad-location"].last_error
    assert status["forever"].last_error
    assert "503" in status["forever"].last_error
    forever = status["forever"]
    assert forever.next_poll_at is not None
    assert forever.last_polled_at is not None
    waited = forever.next_poll_at - forever.last_polled_at
    assert waited.total_seconds() == pytest.approx(settings.poll.retry_after_max_seconds, abs=5)


def _kill_parser_workers(pool: ParserPool) -> int:
    processes = list(pool._pool._processes.values()) if pool._pool is not None else []
    for process in processes:
        with contextlib.suppress(ProcessLookupError):  # a worker may have exited on its own
            os.kill(process.pid, signal.SIGKILL)
        process.join(10)
    return len(processes)


async def test_parser_workers_killed_between_passes_do_not_fail_the_next_pass(
    feed_server: FeedServer, settings: Settings, database: Database
) -> None:
    settings = settings.model_copy(update={"parse": ParseSettings(workers=2)})
    feeds = [_feed(feed_server, "alpha", 2), _feed(feed_server, "beta", 2)]
    await asyncio.to_thread(database.upgrade)
    await asyncio.to_thread(sync_feeds, database, feeds, utc_now())
    async with Fetcher(settings.fetch) as fetcher, ParserPool(settings.parse) as parser:
        tools = PollTools(fetcher, parser, settings.poll, utc_now, random.Random(7))
        poller = Poller(database, settings, tools)
        first = await poller.run_pass(names=["alpha", "beta"], force=True)
        assert _kill_parser_workers(parser) >= 1
        for name in ("alpha", "beta"):  # new bodies, so the next pass has to parse again
            feed_server.static(f"/{name}.xml", make_rss(name, make_items(name + "-2", 3)))
        second = await poller.run_pass(names=["alpha", "beta"], force=True)
    assert (first.feeds_ok, second.feeds_ok, second.feeds_failed) == (2, 2, 0)
    assert second.entries_new == 6


class _ExplodingParser(ParserPool):
    """A parser with a bug that only one feed's documents trigger."""

    async def parse(
        self, body: bytes, headers: Mapping[str, str], *, base_url: str, now: datetime
    ) -> ParsedFeed:
        if "boom" in base_url:
            raise RuntimeError("parser bug")
        return await super().parse(body, headers, base_url=base_url, now=now)


async def test_unexpected_error_in_one_poll_fails_that_feed_only(
    feed_server: FeedServer, settings: Settings, database: Database
) -> None:
    feeds = [_feed(feed_server, "boom", 2), _feed(feed_server, "calm", 2)]
    await asyncio.to_thread(database.upgrade)
    await asyncio.to_thread(sync_feeds, database, feeds, utc_now())
    async with Fetcher(settings.fetch) as fetcher, _ExplodingParser(settings.parse) as parser:
        tools = PollTools(fetcher, parser, settings.poll, utc_now, random.Random(7))
        summary = await Poller(database, settings, tools).run_pass(
            names=["boom", "calm"], force=True
        )
    assert (summary.feeds_ok, summary.feeds_failed) == (1, 1)
    status = {s.name: s for s in feed_status(database)}
    assert "parser bug" in (status["boom"].last_error or "")
    assert status["boom"].consecutive_failures == 1
    assert status["calm"].stories_found == 2


async def test_feed_list_reload_with_the_database_down_keeps_the_service_up(
    tmp_path: Path, sqlite_url: str
) -> None:
    unmigrated = Database.open(sqlite_url)  # no tables: every sync fails with StorageError
    try:
        path = write_feeds(tmp_path / "feeds.toml", [("one", "https://feeds.example/one.xml")])
        assert await FeedListReloader(unmigrated, path).reload("test") is False
    finally:
        unmigrated.dispose()
