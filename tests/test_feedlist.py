"""The feed list: validation with file/line errors, comment-preserving edits, fingerprints."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from pipeline.errors import ConfigError
from pipeline.feedlist import (
    add_feed,
    add_feeds,
    feeds_fingerprint,
    format_interval,
    load_feeds,
    parse_interval,
    remove_feed,
)
from pipeline.models import DEFAULT_INTERVAL, FeedConfig

SHIPPED = Path(__file__).resolve().parents[1] / "config" / "feeds.toml"

TWO_FEEDS = """# My feeds
# (kept on every edit)

# the county paper
[[feed]]
name = "County Paper"
url = "https://paper.example/rss"  # their only feed
interval = "1h"

# searches
[[feed]]
name = "Search"
url = "https://search.example/rss?q=jail+ICE"
tags = ["news-search"]
"""


@pytest.fixture
def feeds_file(tmp_path: Path) -> Path:
    path = tmp_path / "feeds.toml"
    path.write_text(TWO_FEEDS, encoding="utf-8")
    return path


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "feeds.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_feed_list_is_valid_and_on_topic() -> None:
    feeds = load_feeds(SHIPPED)
    assert 10 <= len(feeds) <= 20
    tags = {tag for feed in feeds for tag in feed.tags}
    assert tags == {"news-search", "agency", "outlet"}
    assert all(feed.url.startswith("https://") for feed in feeds)


def test_shipped_search_feeds_have_encoded_queries_about_ice() -> None:
    searches = [f for f in load_feeds(SHIPPED) if "news-search" in f.tags]
    assert any("news.google.com" in f.url for f in searches)
    assert any("www.bing.com" in f.url for f in searches)
    for feed in searches:
        query = urlsplit(feed.url).query
        assert " " not in query, feed.url
        assert '"' not in query, feed.url
        assert "ICE" in parse_qs(query)["q"][0] or "287(g)" in parse_qs(query)["q"][0]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("90s", timedelta(seconds=90)),
        ("15m", timedelta(minutes=15)),
        ("2h", timedelta(hours=2)),
        ("1d", timedelta(days=1)),
        ("15", timedelta(minutes=15)),
        (30, timedelta(minutes=30)),
        (1.5, timedelta(seconds=90)),
    ],
)
def test_parse_interval_accepts_units_and_minutes(value: object, expected: timedelta) -> None:
    assert parse_interval(value) == expected


@pytest.mark.parametrize("value", ["0m", "fast", "15x", "", -5, 0, True, [15], "400d", 10**12])
def test_parse_interval_rejects_nonsense(value: object) -> None:
    with pytest.raises(ValueError, match=r"interval|duration"):
        parse_interval(value)


@pytest.mark.parametrize(
    ("interval", "text"),
    [
        (timedelta(seconds=90), "90s"),
        (timedelta(minutes=15), "15m"),
        (timedelta(hours=2), "2h"),
        (timedelta(days=3), "3d"),
        (timedelta(seconds=1.5), "1.5s"),
    ],
)
def test_format_interval_is_exact_and_parses_back(interval: timedelta, text: str) -> None:
    assert format_interval(interval) == text
    assert parse_interval(text) == interval


def test_load_feeds_reads_every_field(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[[feed]]\nname = " A "\nurl = "http://a.example/f"\ninterval = "2h"\nenabled = false\n'
        'tags = ["x", "x", "y"]\nheaders = { "Accept-Language" = "en-US" }\n'
        '[[feed]]\nname = "B"\nurl = "https://b.example/f"\n',
    )
    first, second = load_feeds(path)
    assert first == FeedConfig(
        name="A",
        url="http://a.example/f",
        interval=timedelta(hours=2),
        enabled=False,
        tags=("x", "y"),
        headers={"Accept-Language": "en-US"},
    )
    assert (second.interval, second.enabled, second.tags) == (DEFAULT_INTERVAL, True, ())


def test_empty_feed_list_is_valid(tmp_path: Path) -> None:
    assert load_feeds(write(tmp_path, "# nothing yet\n")) == ()


@pytest.mark.parametrize(
    ("body", "line", "fragment"),
    [
        ('[[feed]]\nname = "a"\nurl = "ftp://a.example/f"\n', 3, "feed #1 'a': bad URL"),
        ('[[feed]]\nname = "a"\nurl = "https:///nohost"\n', 3, "no host"),
        ('[[feed]]\nname = "a"\nurl = "https://a/f"\ninterval = "soon"\n', 4, "not a duration"),
        ('[[feed]]\nname = "a"\nurl = "https://a/f"\ncolour = 1\n', 4, "unknown key 'colour'"),
        ('[[feed]]\nname = "a"\n\n', 1, "feed #1 'a': missing 'url'"),
        ('[[feed]]\nname = "a"\nurl = "https://a/f"\nenabled = "yes"\n', 4, "true or false"),
        ('[[feed]]\nname = "a"\nurl = "https://a/f"\ntags = "t"\n', 4, "list of non-empty"),
        (
            '[[feed]]\nname = "a"\nurl = "https://a/f"\nheaders = { "X" = "a\\nb" }\n',
            4,
            "one-line",
        ),
        ("feeds = []\n", 1, "unknown top-level key 'feeds'"),
        (
            '[[feed]]\nname = "Dup"\nurl = "https://a/1"\n\n[[feed]]\nname = "dup"\n'
            'url = "https://a/2"\n',
            6,
            "feed #2 'dup': duplicate name (also feed #1)",
        ),
        (
            '[[feed]]\nname = "a"\nurl = "https://a/1"\n[[feed]]\nname = "b"\n'
            'url = "https://a/1"\n',
            6,
            "feed #2 'b': duplicate URL",
        ),
    ],
)
def test_feed_list_problem_names_file_line_and_feed(
    tmp_path: Path, body: str, line: int, fragment: str
) -> None:
    path = write(tmp_path, body)
    with pytest.raises(ConfigError) as info:
        load_feeds(path)
    assert (info.value.path, info.value.line) == (str(path), line)
    assert fragment in str(info.value)


def test_every_problem_in_the_feed_list_is_reported(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[[feed]]\nname = "a"\nurl = "gopher://a"\n\n[[feed]]\nname = "b"\n'
        'url = "https://b/"\ninterval = "never"\n',
    )
    with pytest.raises(ConfigError) as info:
        load_feeds(path)
    message = str(info.value)
    assert message.startswith(f"{path}:3: feed #1 'a': bad URL")
    assert f"{path}:8: feed #2 'b':" in message


def test_toml_syntax_error_in_feed_list_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, '[[feed]]\nname = "a"\nurl = https://x\n')
    with pytest.raises(ConfigError) as info:
        load_feeds(path)
    assert info.value.line == 3


def test_missing_feed_list_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_feeds(tmp_path / "absent.toml")


def test_add_feed_appends_and_keeps_comments(feeds_file: Path) -> None:
    new = FeedConfig(
        name="New",
        url="https://new.example/feed",
        interval=timedelta(minutes=90),
        enabled=False,
        tags=("outlet",),
        headers={"Accept-Language": "en-US"},
    )
    add_feed(feeds_file, new)
    text = feeds_file.read_text(encoding="utf-8")
    assert text.startswith(TWO_FEEDS.rstrip("\n"))
    assert "# their only feed" in text
    assert load_feeds(feeds_file)[-1] == new
    assert 'interval = "90m"' in text


@pytest.mark.parametrize(
    ("name", "url"),
    [("county paper", "https://other.example/rss"), ("Other", "https://paper.example/rss")],
)
def test_add_feed_refuses_duplicate_name_or_url_and_leaves_file_alone(
    feeds_file: Path, name: str, url: str
) -> None:
    with pytest.raises(ConfigError, match="already exists"):
        add_feed(feeds_file, FeedConfig(name=name, url=url))
    assert feeds_file.read_text(encoding="utf-8") == TWO_FEEDS


def test_add_feed_refuses_an_invalid_feed(feeds_file: Path) -> None:
    with pytest.raises(ConfigError, match="bad URL"):
        add_feed(feeds_file, FeedConfig(name="x", url="file:///etc/passwd"))
    assert feeds_file.read_text(encoding="utf-8") == TWO_FEEDS


def test_add_feed_creates_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "feeds.toml"
    add_feed(path, FeedConfig(name="A", url="https://a.example/f"))
    assert [f.name for f in load_feeds(path)] == ["A"]


def test_add_feeds_reports_what_it_skipped(feeds_file: Path) -> None:
    result = add_feeds(
        feeds_file,
        [
            FeedConfig(name="X", url="https://x.example/f"),
            FeedConfig(name="Search", url="https://y.example/f"),
            FeedConfig(name="Z", url="https://x.example/f"),
            FeedConfig(name="W", url="not a url"),
        ],
    )
    assert [f.name for f in result.added] == ["X"]
    assert [f.name for f, _ in result.skipped] == ["Search", "Z", "W"]
    assert [f.name for f in load_feeds(feeds_file)] == ["County Paper", "Search", "X"]


@pytest.mark.parametrize("key", ["County Paper", "county PAPER", "https://paper.example/rss"])
def test_remove_feed_by_name_or_url_keeps_other_comments(feeds_file: Path, key: str) -> None:
    removed = remove_feed(feeds_file, key)
    assert removed.name == "County Paper"
    text = feeds_file.read_text(encoding="utf-8")
    assert [f.name for f in load_feeds(feeds_file)] == ["Search"]
    assert "# My feeds" in text
    assert "# searches" in text
    assert "# the county paper" not in text
    assert "their only feed" not in text


def test_remove_last_feed_keeps_the_previous_one_intact(feeds_file: Path) -> None:
    remove_feed(feeds_file, "Search")
    assert [f.url for f in load_feeds(feeds_file)] == ["https://paper.example/rss"]
    assert "# searches" not in feeds_file.read_text(encoding="utf-8")


def test_remove_feed_written_as_inline_array(tmp_path: Path) -> None:
    path = write(
        tmp_path, 'feed = [{name = "a", url = "https://a/"}, {name = "b", url = "https://b/"}]\n'
    )
    remove_feed(path, "a")
    assert [f.name for f in load_feeds(path)] == ["b"]


def test_remove_unknown_feed_is_an_error(feeds_file: Path) -> None:
    with pytest.raises(ConfigError, match="no feed named"):
        remove_feed(feeds_file, "Nope")
    assert feeds_file.read_text(encoding="utf-8") == TWO_FEEDS


def test_edits_replace_the_file_atomically_and_keep_its_mode(feeds_file: Path) -> None:
    os.chmod(feeds_file, 0o640)
    inode = feeds_file.stat().st_ino
    add_feed(feeds_file, FeedConfig(name="X", url="https://x.example/f"))
    assert feeds_file.stat().st_ino != inode  # a new file was renamed over the old one
    assert feeds_file.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in feeds_file.parent.iterdir()) == ["feeds.toml"]


def test_fingerprint_changes_when_the_file_changes(feeds_file: Path) -> None:
    before = feeds_fingerprint(feeds_file)
    assert feeds_fingerprint(feeds_file) == before
    remove_feed(feeds_file, "Search")
    assert feeds_fingerprint(feeds_file) != before
    assert feeds_fingerprint(feeds_file.with_name("absent.toml")) == "missing"
