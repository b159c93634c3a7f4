"""The service as users run it: processes, signals, reloads, crashes, a shared database."""

from __future__ import annotations

import itertools
import signal
import time
from pathlib import Path

import pytest
from aiohttp import web
from sqlalchemy import func, select

from feedserver import FeedServer, feed_server
from pipeline.store import Database
from pipeline.store.schema import feeds, fetches, flags, records, stories, story_sources
from servicekit import (
    ServiceProcess,
    make_items,
    make_rss,
    run_cli,
    wait_until,
    write_feeds,
    write_settings,
)
from storykit import serve_stories

__all__ = ["feed_server"]
pytestmark = pytest.mark.slow


def _serve_feeds(server: FeedServer, count: int, items: int = 3) -> list[tuple[str, str]]:
    pairs = []
    for i in range(count):
        name = f"feed-{i}"
        server.static(f"/{name}.xml", make_rss(name, make_items(name, items)), etag=f'"{name}"')
        pairs.append((name, server.url(f"/{name}.xml")))
    return pairs


def _rows(url: str, query: object) -> list[tuple[object, ...]]:
    db = Database.open(url)
    try:
        with db.engine.connect() as conn:
            return [tuple(row) for row in conn.execute(query)]  # type: ignore[call-overload]
    finally:
        db.dispose()


def _story_keys(url: str) -> list[str]:
    return sorted(str(r[0]) for r in _rows(url, select(stories.c.canonical_url)))


def test_two_instances_on_one_postgres_poll_each_feed_once(
    feed_server: FeedServer, tmp_path: Path, postgres_url: str
) -> None:
    pairs = _serve_feeds(feed_server, 30)
    write_feeds(tmp_path / "feeds.toml", pairs, interval="1h")
    config = write_settings(tmp_path, postgres_url, fetch={"global_concurrency": 4})
    run_cli(config, "db", "upgrade")
    first = ServiceProcess(config, tmp_path / "a.log")
    second = ServiceProcess(config, tmp_path / "b.log")
    try:
        wait_until(lambda: _count(postgres_url, fetches) >= 30, timeout=60, message="30 polls")
        time.sleep(2)  # ten more ticks: a feed polled twice within its hour would show now
    finally:
        codes = (first.stop(), second.stop())
    assert codes == (0, 0), first.log() + second.log()
    per_path = {path: feed_server.count(path) for path in (f"/feed-{i}.xml" for i in range(30))}
    assert set(per_path.values()) == {1}, per_path
    assert _count(postgres_url, fetches) == 30
    assert _count(postgres_url, stories) == 90


def test_two_instances_never_poll_a_feed_twice_within_its_interval(
    feed_server: FeedServer, tmp_path: Path, postgres_url: str
) -> None:
    pairs = _serve_feeds(feed_server, 10)
    write_feeds(tmp_path / "feeds.toml", pairs, interval="2s")
    config = write_settings(tmp_path, postgres_url)
    run_cli(config, "db", "upgrade")
    services = [ServiceProcess(config, tmp_path / f"{n}.log") for n in "ab"]
    try:
        # Three polls of every feed span two intervals, however slowly a loaded machine
        # starts the two processes.
        wait_until(lambda: all(len(feed_server.hits(f"/{name}.xml")) >= 3 for name, _ in pairs),
                   timeout=60, message="three polls of every feed")
    finally:
        codes = [service.stop() for service in services]
    assert codes == [0, 0]
    for name, _ in pairs:
        path = f"/{name}.xml"
        times = sorted(hit.at for hit in feed_server.hits(path))
        assert len(times) >= 2, path
        gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
        assert min(gaps) >= 1.9, (path, gaps)


def _count(url: str, table: object) -> int:
    return int(_rows(url, select(func.count()).select_from(table))[0][0])  # type: ignore[arg-type]


@pytest.mark.parametrize("kill_after_polls", [0, 3, 7])
def test_killed_mid_pass_then_restarted_converges_to_a_clean_run(
    feed_server: FeedServer, tmp_path: Path, sqlite_url: str, kill_after_polls: int
) -> None:
    pairs = _serve_feeds(feed_server, 12, items=4)
    feed_server.in_flight_route("/slow.xml", make_rss("slow", make_items("slow", 4)), hold=1.5)
    pairs.append(("slow", feed_server.url("/slow.xml")))
    write_feeds(tmp_path / "feeds.toml", pairs, interval="1h")
    config = write_settings(
        tmp_path, sqlite_url, fetch={"global_concurrency": 2}, poll={"lease_seconds": 1}
    )
    service = ServiceProcess(config, tmp_path / "crash.log")
    wait_until(lambda: feed_server.count() > kill_after_polls, timeout=30, message="polls started")
    service.kill()
    assert service.process.returncode == -signal.SIGKILL
    time.sleep(1.2)  # let the dead instance's leases expire
    result = run_cli(config, "poll", "--once")
    assert result.returncode == 0, result.stdout + result.stderr

    clean = tmp_path / "clean"
    clean.mkdir()
    clean_url = f"sqlite:///{clean / 'pipeline.db'}"
    write_feeds(clean / "feeds.toml", pairs, interval="1h")
    clean_run = run_cli(write_settings(clean, clean_url), "poll", "--once")
    assert clean_run.returncode == 0, clean_run.stdout + clean_run.stderr

    assert _story_keys(sqlite_url) == _story_keys(clean_url)
    assert _count(sqlite_url, story_sources) == _count(clean_url, story_sources) == 13 * 4
    leased = _rows(sqlite_url, select(feeds.c.name).where(feeds.c.lease_owner.is_not(None)))
    assert leased == []


def test_sigterm_abandons_slow_polls_within_grace_and_hands_them_back(
    feed_server: FeedServer, tmp_path: Path, sqlite_url: str
) -> None:
    feed_server.in_flight_route("/stuck.xml", make_rss("stuck", make_items("stuck", 1)), hold=10)
    write_feeds(tmp_path / "feeds.toml", [("stuck", feed_server.url("/stuck.xml"))])
    config = write_settings(
        tmp_path, sqlite_url, fetch={"total_timeout": 30}, poll={"shutdown_grace_seconds": 0.5}
    )
    service = ServiceProcess(config, tmp_path / "term.log")
    wait_until(lambda: feed_server.count("/stuck.xml") == 1, message="the slow poll to start")
    started = time.monotonic()
    assert service.stop(signal.SIGTERM) == 0, service.log()
    assert time.monotonic() - started < 5
    assert "poll abandoned at shutdown" in service.log()
    leased = _rows(sqlite_url, select(feeds.c.lease_owner).where(feeds.c.name == "stuck"))
    assert leased == [(None,)]


def test_feed_list_edits_apply_without_restart_and_bad_edits_keep_the_last_good_set(
    feed_server: FeedServer, tmp_path: Path, sqlite_url: str
) -> None:
    pairs = _serve_feeds(feed_server, 2)
    feeds_file = write_feeds(tmp_path / "feeds.toml", pairs[:1])
    config = write_settings(tmp_path, sqlite_url)
    service = ServiceProcess(config, tmp_path / "reload.log")
    try:
        wait_until(lambda: feed_server.count("/feed-0.xml") == 1, message="first feed polled")
        write_feeds(feeds_file, pairs)
        wait_until(lambda: feed_server.count("/feed-1.xml") == 1, message="added feed polled")
        feeds_file.write_text(feeds_file.read_text() + '\n[[feed]]\nname = "broken"\nurl = 42\n')
        wait_until(lambda: "keeping the last good set" in service.log(), message="rejection logged")
        assert "feeds.toml" in service.log()
        assert service.process.poll() is None  # still running
        service.process.send_signal(signal.SIGHUP)
        wait_until(lambda: service.log().count("keeping the last good set") >= 2, message="SIGHUP")
    finally:
        code = service.stop()
    assert code == 0, service.log()
    names = {str(r[0]) for r in _rows(sqlite_url, select(feeds.c.name).where(feeds.c.in_config))}
    assert names == {"feed-0", "feed-1"}


def test_running_service_normalizes_stories_and_delivers_flags_by_webhook(
    feed_server: FeedServer, tmp_path: Path, sqlite_url: str
) -> None:
    delivered: list[dict[str, object]] = []

    async def hook(request: web.Request) -> web.StreamResponse:
        delivered.append(await request.json())
        return web.Response(status=204)

    feed_server.route("/hook", hook)
    feed = serve_stories(feed_server)
    write_feeds(tmp_path / "feeds.toml", [(feed.name, feed.url)])
    config = write_settings(
        tmp_path,
        sqlite_url,
        normalize={"fetch_pages": True},
        webhook={"url": feed_server.url("/hook"), "allow_private": ["127.0.0.1"]},
    )
    service = ServiceProcess(config, tmp_path / "run.log")
    try:
        wait_until(lambda: len(delivered) >= 2, timeout=60, message="two webhook deliveries")
    finally:
        assert service.stop() == 0, service.log()
    assert sorted(str(d["kind"]) for d in delivered) == ["changed", "new_event"]
    assert len(_rows(sqlite_url, select(records.c.story_id))) == 4
    flagged = _rows(sqlite_url, select(flags.c.kind, flags.c.reason))
    assert len(flagged) == 2
