"""``pipeline feeds ...`` through click's test runner, with a real loopback feed server."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import click
import pytest
from click.testing import CliRunner, Result

import pipeline.cli.feeds  # noqa: F401  (registers the group on ``cli``)
from pipeline.cli import cli
from pipeline.feedlist import load_feeds
from pipeline.opml import parse_opml

FEEDS = """# team feeds
[[feed]]
name = "County Paper"
url = "https://paper.example/rss"
tags = ["outlet"]

[[feed]]
name = "Search"
url = "https://search.example/rss?q=ICE"
interval = "30m"
"""

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
<title>Loopback County Sheriff News</title>
<link>http://127.0.0.1/</link>
<description>Test feed written for these tests</description>
<item>
  <title>Sheriff transfers two inmates to ICE custody</title>
  <link>http://127.0.0.1/story-1?utm_source=rss</link>
  <guid>story-1</guid>
  <pubDate>Mon, 03 Mar 2025 10:00:00 GMT</pubDate>
  <description>The county jail honored two detainers this week.</description>
</item>
<item>
  <title>Jail ends 287(g) agreement</title>
  <link>http://127.0.0.1/story-2</link>
  <guid>story-2</guid>
  <pubDate>Tue, 04 Mar 2025 09:30:00 GMT</pubDate>
</item>
</channel></rss>
"""


class _FeedHandler(BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        type(self).hits.append(self.path)
        body, status = (RSS, 200) if self.path == "/feed.xml" else (b"no", 404)
        self.send_response(status)
        self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        return


@pytest.fixture
def feed_url() -> Iterator[str]:
    """URL of a feed served by a real HTTP server on 127.0.0.1."""
    _FeedHandler.hits = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _FeedHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/feed.xml"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture
def config_dir(tmp_path: Path) -> Path:
    (tmp_path / "pipeline.toml").write_text(
        f'database_url = "sqlite:///{tmp_path}/never.db"\nfeeds_file = "feeds.toml"\n',
        encoding="utf-8",
    )
    (tmp_path / "feeds.toml").write_text(FEEDS, encoding="utf-8")
    return tmp_path


def run(config_dir: Path, *args: str, env: dict[str, str] | None = None) -> Result:
    runner = CliRunner(env={"COLUMNS": "200", **(env or {})})
    return runner.invoke(cli, ["--config", str(config_dir / "pipeline.toml"), "feeds", *args])


def test_list_as_json_shows_every_feed(config_dir: Path) -> None:
    result = run(config_dir, "list", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [(r["name"], r["url"], r["interval"], r["tags"]) for r in rows] == [
        ("County Paper", "https://paper.example/rss", "15m", ["outlet"]),
        ("Search", "https://search.example/rss?q=ICE", "30m", []),
    ]


def test_list_as_table_names_the_feeds(config_dir: Path) -> None:
    result = run(config_dir, "list")
    assert result.exit_code == 0, result.output
    assert "County Paper" in result.output
    assert "Search" in result.output


def test_list_reports_a_broken_feed_file_with_its_line(config_dir: Path) -> None:
    (config_dir / "feeds.toml").write_text('[[feed]]\nname = "a"\nurl = "ftp://x"\n')
    result = run(config_dir, "list")
    assert result.exit_code == 1
    assert f"{config_dir / 'feeds.toml'}:3: feed #1 'a': bad URL" in result.output


def test_add_writes_the_feed_and_keeps_comments(config_dir: Path) -> None:
    result = run(
        config_dir,
        "add",
        "https://new.example/feed/",
        "--name",
        "New",
        "--interval",
        "2h",
        "--tag",
        "outlet",
        "--tag",
        "local",
    )
    assert result.exit_code == 0, result.output
    assert "Added feed 'New'" in result.output
    new = load_feeds(config_dir / "feeds.toml")[-1]
    assert (new.name, new.url, new.interval.total_seconds(), new.tags) == (
        "New",
        "https://new.example/feed/",
        7200,
        ("outlet", "local"),
    )
    assert (config_dir / "feeds.toml").read_text().startswith("# team feeds")


def test_add_names_a_feed_after_its_url_by_default(config_dir: Path) -> None:
    assert run(config_dir, "add", "https://www.example.org/news/rss/").exit_code == 0
    assert load_feeds(config_dir / "feeds.toml")[-1].name == "www.example.org/news/rss"


def test_add_refuses_a_duplicate_url(config_dir: Path) -> None:
    result = run(config_dir, "add", "https://paper.example/rss", "--name", "Other")
    assert result.exit_code == 1
    assert "already exists" in result.output
    assert (config_dir / "feeds.toml").read_text() == FEEDS


def test_add_rejects_a_bad_interval_as_a_usage_error(config_dir: Path) -> None:
    result = run(config_dir, "add", "https://x.example/", "--interval", "often")
    assert result.exit_code == 2
    assert "not a duration" in result.output


def test_remove_by_name(config_dir: Path) -> None:
    result = run(config_dir, "remove", "search")
    assert result.exit_code == 0, result.output
    assert "Removed feed 'Search'" in result.output
    assert [f.name for f in load_feeds(config_dir / "feeds.toml")] == ["County Paper"]


def test_remove_unknown_feed_fails(config_dir: Path) -> None:
    result = run(config_dir, "remove", "Nope")
    assert result.exit_code == 1
    assert "no feed named" in result.output


def test_import_merges_and_reports_skipped_duplicates(config_dir: Path) -> None:
    opml = config_dir / "subs.opml"
    opml.write_bytes(
        b'<opml version="2.0"><body><outline text="Local">'
        b'<outline text="Paper again" xmlUrl="https://paper.example/rss"/>'
        b'<outline text="Fresh" xmlUrl="https://fresh.example/rss"/>'
        b"</outline></body></opml>"
    )
    result = run(config_dir, "import", str(opml))
    assert result.exit_code == 0, result.output
    assert "Found 2 feeds" in result.output
    assert "added 1" in result.output
    assert "skipped 'Paper again' (https://paper.example/rss)" in result.output
    fresh = load_feeds(config_dir / "feeds.toml")[-1]
    assert (fresh.name, fresh.tags) == ("Fresh", ("Local",))


def test_import_refuses_hostile_opml(config_dir: Path) -> None:
    opml = config_dir / "evil.opml"
    opml.write_bytes(b'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "b">]><opml/>')
    result = run(config_dir, "import", str(opml))
    assert result.exit_code == 1
    assert "DOCTYPE" in result.output
    assert (config_dir / "feeds.toml").read_text() == FEEDS


def test_export_to_stdout_and_to_a_file(config_dir: Path) -> None:
    result = run(config_dir, "export")
    assert result.exit_code == 0, result.output
    names = [f.name for f in parse_opml(result.output.encode(), source="stdout")]
    assert names == ["County Paper", "Search"]
    target = config_dir / "out.opml"
    assert run(config_dir, "export", "-o", str(target)).exit_code == 0
    assert [f.url for f in parse_opml(target.read_bytes(), source=str(target))] == [
        "https://paper.example/rss",
        "https://search.example/rss?q=ICE",
    ]


LOOPBACK = {"PIPELINE_FETCH__ALLOW_PRIVATE": "127.0.0.1"}


def test_check_fetches_and_shows_what_would_be_stored(config_dir: Path, feed_url: str) -> None:
    result = run(config_dir, "check", feed_url, "--format", "json", env=LOOPBACK)
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)[0]
    assert (report["status"], report["format"], report["entry_count"]) == (200, "rss20", 2)
    assert report["title"] == "Loopback County Sheriff News"
    first = report["entries"][0]
    assert first["title"] == "Sheriff transfers two inmates to ICE custody"
    assert "utm_source" not in first["canonical_url"]
    assert first["published"].startswith("2025-03-03T10:00:00")
    assert _FeedHandler.hits == ["/feed.xml"]
    assert not (config_dir / "never.db").exists()  # nothing was written to the database


def test_check_by_name_uses_the_configured_url_and_prints_a_table(
    config_dir: Path, feed_url: str
) -> None:
    assert run(config_dir, "add", feed_url, "--name", "Loopback").exit_code == 0
    result = run(config_dir, "check", "loopback", "--entries", "1", env=LOOPBACK)
    assert result.exit_code == 0, result.output
    assert "Loopback County Sheriff News" in result.output
    assert "Sheriff transfers two inmates" in result.output
    assert "Jail ends 287(g)" not in result.output  # only the first entry was asked for


def test_check_refuses_loopback_unless_allowed(config_dir: Path, feed_url: str) -> None:
    result = run(config_dir, "check", feed_url)
    assert result.exit_code == 1
    assert "fetch failed" in result.output
    assert _FeedHandler.hits == []  # refused before connecting


def test_check_reports_an_http_error(config_dir: Path, feed_url: str) -> None:
    result = run(config_dir, "check", feed_url.replace("feed.xml", "gone"), env=LOOPBACK)
    assert result.exit_code == 1
    assert "fetch failed" in result.output
    assert "404" in result.output


def test_every_feeds_command_help_has_an_example() -> None:
    group = cli.commands["feeds"]
    assert isinstance(group, click.Group)
    assert set(group.commands) == {"list", "add", "remove", "import", "export", "check"}
    for name in [None, *group.commands]:
        args = ["feeds", "--help"] if name is None else ["feeds", name, "--help"]
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 0
        assert "Example:\n    pipeline feeds" in result.output, name
