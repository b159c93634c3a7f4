"""Every document of the shared feed corpus goes through parse_document.

The corpus (real news feeds and feedparser's own test documents, including broken encodings
and ill-formed XML) is third-party text: it is read from ../shared at test time, never copied.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipeline.errors import ParseError
from pipeline.models import ParsedFeed
from pipeline.parse import parse_document

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "feeds"
REAL = CORPUS / "real"
NOW = datetime(2026, 11, 28, tzinfo=UTC)
BASE = "http://corpus.example.org/feed.xml"
MAX_ENTRIES = 500
NOT_DOCUMENTS = {"LICENSE", "README.md", "SOURCES.md"}
TRUNCATED = {"reuters-3.xml"}  # stops in the middle of its first item (see SOURCES.md)
GOOGLE_NEWS_WITH_SOURCE = ["googlenews-1.xml", "googlenews-2.xml", "googlenews-3.xml"]

# feedparser's test files state HTTP headers in their leading comment as "Header: Name: value".
_HEADER_LINE = re.compile(rb"^Header:[ \t]*([A-Za-z][\w-]*):[ \t]*(.*?)[ \t]*\r?$", re.MULTILINE)
_EXPECT_LINE = re.compile(rb"^Expect:[ \t]*(.*?)\r?$", re.MULTILINE)
# Columns: file, publisher, title, format, encoding, items; titles may hold escaped "\|".
_ITEMS_ROW = re.compile(r"^\| `([\w.-]+\.xml)` \|(?:(?:\\\||[^|])*\|){4}\s*(\d+)\s*\|", re.M)

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")


def _documents(root: Path) -> list[Path]:
    if not root.is_dir():
        return []
    return sorted(
        path
        for path in root.rglob("*")
        if path.is_file() and path.name not in NOT_DOCUMENTS and "licenses" not in path.parts
    )


def _declared_headers(body: bytes) -> dict[str, str]:
    """HTTP headers a feedparser test file declares in its leading comment."""
    head = body[:4096]
    return {
        name.decode("latin-1"): value.decode("latin-1")
        for name, value in _HEADER_LINE.findall(head)
    }


def _parse(path: Path) -> ParsedFeed:
    body = path.read_bytes()
    return parse_document(
        body, _declared_headers(body), base_url=BASE, now=NOW, max_entries=MAX_ENTRIES
    )


def _item_counts() -> dict[str, int]:
    """Items per real feed as listed in real/SOURCES.md."""
    sources = REAL / "SOURCES.md"
    if not sources.is_file():
        return {}
    return {name: int(n) for name, n in _ITEMS_ROW.findall(sources.read_text("utf-8"))}


def _all_strings(feed: ParsedFeed) -> list[str]:
    strings = [feed.title or "", feed.link or "", feed.version, feed.problem or ""]
    for e in feed.entries:
        strings += [e.identity, e.guid or "", e.link or "", e.canonical_url, e.title]
        strings += [e.summary_html, e.summary_text, e.outlet or "", *e.authors]
    return strings


def test_declared_headers_are_read_from_leading_comment() -> None:
    body = b"<!--\nHeader:      Content-type: text/xml; charset=koi8-r\nExpect: x\n-->\n<rss/>"
    assert _declared_headers(body) == {"Content-type": "text/xml; charset=koi8-r"}


def test_corpus_is_complete_enough_to_mean_something() -> None:
    documents = _documents(CORPUS)
    assert len(documents) > 2000
    assert len(_documents(REAL)) >= 79
    assert len(_item_counts()) >= 79


@pytest.mark.parametrize("path", _documents(CORPUS), ids=lambda p: str(p.relative_to(CORPUS)))
def test_every_corpus_document_parses_or_raises_parse_error(path: Path) -> None:
    try:
        feed = _parse(path)
    except ParseError:
        return  # the one allowed failure: nothing usable in the document
    assert len(feed.entries) <= MAX_ENTRIES
    assert not any("\x00" in s for s in _all_strings(feed))
    assert len({e.identity for e in feed.entries}) == len(feed.entries)
    expect = _EXPECT_LINE.search(path.read_bytes()[:4096])
    if expect and expect.group(1).startswith(b"not bozo"):
        assert feed.problem is None, "feedparser's test says this document is well-formed"


REAL_FEEDS = [p for p in _documents(REAL) if p.name not in TRUNCATED]


@pytest.mark.parametrize("path", REAL_FEEDS, ids=lambda p: p.name)
def test_real_feed_yields_identified_entries_with_story_keys(path: Path) -> None:
    feed = _parse(path)
    listed = _item_counts()[path.name]
    # Never more than the file holds; fewer only where a feed repeats an item.
    assert 0 < len(feed.entries) <= listed
    assert len(feed.entries) >= listed / 2
    assert len({e.identity for e in feed.entries}) == len(feed.entries)
    for entry in feed.entries:
        assert entry.canonical_url.startswith(("http://", "https://", "urn:entry:"))
        assert entry.title or entry.summary_text
        assert entry.published is None or entry.published.tzinfo is UTC
        assert not any("\x00" in s for s in _all_strings(feed))


def test_truncated_real_feed_does_not_crash() -> None:
    try:
        feed = _parse(REAL / "reuters-3.xml")
    except ParseError:
        return
    assert feed.problem  # it is cut off mid-item, so it must be reported as malformed


@pytest.mark.parametrize("name", GOOGLE_NEWS_WITH_SOURCE)
def test_google_news_items_name_their_outlet(name: str) -> None:
    feed = _parse(REAL / name)
    assert all(e.outlet for e in feed.entries)


@pytest.mark.parametrize("name", ["googlenews-5.xml", "googlenews-6.xml"])
def test_google_news_links_with_recoverable_target_are_unwrapped(name: str) -> None:
    feed = _parse(REAL / name)
    hosts = {e.canonical_url.split("/")[2] for e in feed.entries}
    assert "news.google.com" not in hosts


def test_tracking_parameters_vanish_from_real_story_keys() -> None:
    feed = _parse(REAL / "bbc-2.xml")  # links carry at_medium/at_campaign
    assert any("at_medium" in (e.link or "") for e in feed.entries)
    assert not any("at_medium" in e.canonical_url for e in feed.entries)
