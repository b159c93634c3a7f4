"""Rules of pipeline.parse.parse_document on small hand-written documents."""

from __future__ import annotations

import contextlib
import json
import os
import pickle
import signal
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipeline.errors import ParseError
from pipeline.models import ParsedFeed
from pipeline.parse import parse_document
from pipeline.parsepool import ParserPool
from pipeline.settings import ParseSettings

NOW = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)
BASE = "https://feeds.example.org/county/news.xml"


def parse(
    body: bytes | str,
    headers: Mapping[str, str] | None = None,
    *,
    base_url: str = BASE,
    max_entries: int = 100,
) -> ParsedFeed:
    data = body.encode("utf-8") if isinstance(body, str) else body
    return parse_document(data, headers or {}, base_url=base_url, now=NOW, max_entries=max_entries)


def rss(items: str, channel_extra: str = "") -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>County Desk</title><link>https://county.example.org/</link>{channel_extra}"
        f"{items}</channel></rss>"
    )


ITEM = (
    "<item><title>Sheriff &amp; jail update</title>"
    "<link>https://county.example.org/news/42?utm_source=rss</link>"
    '<guid isPermaLink="false">county-42</guid>'
    "<pubDate>Sun, 09 Mar 2025 08:30:00 +0200</pubDate>"
    "<author>desk@county.example.org (Pat Reporter)</author>"
    "<description>&lt;p&gt;First.&lt;/p&gt;&lt;script&gt;bad()&lt;/script&gt;"
    "&lt;p&gt;Second &lt;b&gt;bold&lt;/b&gt;.&lt;/p&gt;</description></item>"
)


def test_rss20_entry_fields_are_cleaned_and_identified() -> None:
    feed = parse(rss(ITEM))
    assert (feed.title, feed.link, feed.version) == (
        "County Desk",
        "https://county.example.org/",
        "rss20",
    )
    [entry] = feed.entries
    assert entry.identity == "county-42"
    assert entry.guid == "county-42"
    assert entry.title == "Sheriff & jail update"
    assert entry.link == "https://county.example.org/news/42?utm_source=rss"
    assert entry.canonical_url == "https://county.example.org/news/42"
    assert entry.published == datetime(2025, 3, 9, 6, 30, tzinfo=UTC)
    assert entry.summary_text == "First.\n\nSecond bold."
    assert "script" not in entry.summary_html
    assert "bad()" not in entry.summary_html
    assert "<b>bold</b>" in entry.summary_html
    assert entry.authors
    assert feed.problem is None
    assert feed.dropped_entries == 0


@pytest.mark.parametrize(
    ("document", "version"),
    [
        (
            '<rss version="0.91"><channel><title>T</title><link>https://a.example/</link>'
            "<item><title>Old style</title><link>https://a.example/1</link></item>"
            "</channel></rss>",
            "rss091u",
        ),
        (
            '<rss version="0.92"><channel><title>T</title>'
            "<item><title>Old style</title><link>https://a.example/1</link></item>"
            "</channel></rss>",
            "rss092",
        ),
        (
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
            'xmlns="http://purl.org/rss/1.0/"><channel rdf:about="https://a.example/">'
            "<title>T</title><link>https://a.example/</link></channel>"
            '<item rdf:about="https://a.example/1"><title>Old style</title>'
            "<link>https://a.example/1</link></item></rdf:RDF>",
            "rss10",
        ),
        (
            '<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>T</title>'
            '<entry><title>Old style</title><link rel="alternate" type="text/html" '
            'href="https://a.example/1"/><issued>2025-03-01T10:00:00Z</issued></entry></feed>',
            "atom03",
        ),
        (
            '<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>'
            "<entry><title>Old style</title><link href='https://a.example/1'/>"
            "<updated>2025-03-01T10:00:00Z</updated></entry></feed>",
            "atom10",
        ),
    ],
)
def test_each_feed_format_yields_its_entry(document: str, version: str) -> None:
    feed = parse(document)
    assert feed.version == version
    [entry] = feed.entries
    assert entry.title == "Old style"
    assert entry.canonical_url == "https://a.example/1"
    assert entry.identity  # always set, whichever fallback applied


@pytest.mark.parametrize(
    "version", ["https://jsonfeed.org/version/1", "https://jsonfeed.org/version/1.1"]
)
def test_json_feed_items_become_entries(version: str) -> None:
    document = {
        "version": version,
        "title": "Jail Watch",
        "home_page_url": "https://watch.example.org/",
        "items": [
            {
                "id": 17,
                "url": "https://watch.example.org/p/17?fbclid=zz",
                "title": "Transfer reported",
                "content_html": "<p>Body</p><script>x()</script>",
                "date_published": "2025-03-01T09:00:00-05:00",
                "authors": [{"name": "A. Writer"}],
            },
            {"id": "no-url", "content_text": "Just text & more"},
        ],
    }
    feed = parse(json.dumps(document), {"Content-Type": "application/feed+json"})
    assert feed.title == "Jail Watch"
    assert feed.version.startswith("json")
    first, second = feed.entries
    assert first.identity == "17"
    assert first.canonical_url == "https://watch.example.org/p/17"
    assert first.published == datetime(2025, 3, 1, 14, 0, tzinfo=UTC)
    assert first.summary_text == "Body"
    assert "script" not in first.summary_html
    assert first.authors == ("A. Writer",)
    assert second.canonical_url.startswith("urn:entry:")
    assert second.summary_text == "Just text & more"


@pytest.mark.parametrize(
    "body",
    [b"{not json", b'{"version": "something else", "items": []}', b"[1, 2]"],
)
def test_json_that_is_not_a_json_feed_raises_parse_error(body: bytes) -> None:
    with pytest.raises(ParseError):
        parse(body, {"content-type": "application/json"})


def test_xml_body_labelled_as_json_is_still_parsed_as_feed() -> None:
    feed = parse(rss(ITEM), {"Content-Type": "application/json"})
    assert [e.identity for e in feed.entries] == ["county-42"]


@pytest.mark.parametrize(
    ("charset", "word"), [("windows-1252", "Café"), ("koi8-r", "Тюрьма"), ("iso-8859-1", "Año")]
)
def test_charset_from_content_type_header_decodes_body(charset: str, word: str) -> None:
    # No encoding in the XML declaration: only the header says how to read the bytes.
    body = rss(f"<item><title>{word}</title><guid>g1</guid></item>").replace(
        ' encoding="utf-8"', ""
    )
    feed = parse(body.encode(charset), {"Content-Type": f"text/xml; charset={charset}"})
    assert feed.entries[0].title == word


def test_relative_entry_link_resolves_against_base_url() -> None:
    feed = parse(rss("<item><title>t</title><link>/news/7.html</link></item>"))
    assert feed.entries[0].link == "https://feeds.example.org/news/7.html"


def test_content_location_header_overrides_base_url_for_links() -> None:
    body = rss("<item><title>t</title><link>story/8</link></item>")
    feed = parse(body, {"Content-Location": "https://mirror.example.net/feeds/"})
    assert feed.entries[0].link == "https://mirror.example.net/feeds/story/8"


def test_identity_falls_back_to_link_without_guid() -> None:
    feed = parse(rss("<item><title>t</title><link>https://a.example/x</link></item>"))
    assert feed.entries[0].identity == "https://a.example/x"
    assert feed.entries[0].guid is None


def test_identity_falls_back_to_stable_hash_of_title_and_date() -> None:
    item = "<item><title>{t}</title><pubDate>Sat, 01 Mar 2025 10:00:00 GMT</pubDate></item>"
    first = parse(rss(item.format(t="Same title"))).entries[0]
    again = parse(rss(item.format(t="Same title"))).entries[0]
    other = parse(rss(item.format(t="Other title"))).entries[0]
    assert first.identity == again.identity
    assert first.identity != other.identity
    assert len(first.identity) == 64


def test_canonical_url_falls_back_to_web_guid_then_synthetic_urn() -> None:
    web_guid = parse(
        rss("<item><title>t</title><guid>https://a.example/g?utm_medium=x</guid></item>")
    )
    assert web_guid.entries[0].canonical_url == "https://a.example/g"
    opaque = parse(rss("<item><title>t</title><guid isPermaLink='false'>id-1</guid></item>"))
    key = opaque.entries[0].canonical_url
    assert key.startswith("urn:entry:")
    assert (
        parse(rss("<item><title>t</title><guid isPermaLink='false'>id-1</guid></item>"))
        .entries[0]
        .canonical_url
        == key
    )
    elsewhere = parse(
        rss("<item><title>t</title><guid isPermaLink='false'>id-1</guid></item>"),
        base_url="https://other.example/feed",
    )
    assert elsewhere.entries[0].canonical_url != key  # same GUID in another feed: other story


@pytest.mark.parametrize(
    ("date_element", "expected"),
    [
        ("<pubDate>Mon, 10 Mar 2025 11:00:00 GMT</pubDate>", datetime(2025, 3, 10, 11, tzinfo=UTC)),
        ("<pubDate>Wed, 12 Mar 2025 11:00:00 GMT</pubDate>", datetime(2025, 3, 12, 11, tzinfo=UTC)),
        ("<pubDate>Thu, 13 Mar 2025 13:00:00 GMT</pubDate>", None),  # > 2 days ahead
        ("<pubDate>Mon, 01 Jan 1979 00:00:00 GMT</pubDate>", None),  # before 1990
        ("<pubDate>not a date at all</pubDate>", None),
        ("", None),
        (
            "<atom:updated xmlns:atom='http://www.w3.org/2005/Atom'>2025-03-02T00:00:00Z"
            "</atom:updated>",
            datetime(2025, 3, 2, tzinfo=UTC),
        ),
    ],
)
def test_published_date_is_utc_or_none_when_missing_or_absurd(
    date_element: str, expected: datetime | None
) -> None:
    feed = parse(rss(f"<item><title>t</title><guid>g</guid>{date_element}</item>"))
    assert feed.entries[0].published == expected


def test_google_news_source_becomes_outlet_else_the_links_domain() -> None:
    item = (
        "<item><title>Deputies and ICE - Valley Tribune</title><guid>gn-1</guid>"
        "<link>https://news.google.com/rss/articles/AU_yqLopaque?oc=5</link>"
        '<source url="https://valleytribune.example">Valley Tribune</source></item>'
    )
    feed = parse(rss(item))
    assert feed.entries[0].outlet == "Valley Tribune"
    assert parse(rss(ITEM)).entries[0].outlet == "county.example.org"
    no_link = parse(rss("<item><title>t</title><guid>plain-guid</guid></item>"))
    assert no_link.entries[0].outlet is None


def test_entries_over_cap_are_dropped_and_counted() -> None:
    items = "".join(f"<item><title>n{i}</title><guid>g{i}</guid></item>" for i in range(7))
    feed = parse(rss(items), max_entries=5)
    assert [e.identity for e in feed.entries] == ["g0", "g1", "g2", "g3", "g4"]
    assert feed.dropped_entries == 2


def test_repeated_guid_in_one_document_yields_one_entry() -> None:
    items = "<item><title>a</title><guid>same</guid></item>" * 2
    assert len(parse(rss(items)).entries) == 1


def test_malformed_document_keeps_entries_and_reports_problem() -> None:
    body = rss(ITEM + "<item><title>Fish & chips</title><guid>g2</guid></item>")
    feed = parse(body)
    assert [e.identity for e in feed.entries] == ["county-42", "g2"]
    assert feed.problem
    assert len(feed.problem) <= 200


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"   \n",
        b"<html><body><p>Not a feed",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00binary",
        b'<?xml version="1.0"?><rss version="2.0"><chan',
    ],
)
def test_document_with_nothing_usable_raises_parse_error(body: bytes) -> None:
    with pytest.raises(ParseError):
        parse(body)


def test_body_that_looks_like_url_or_file_name_is_never_fetched_or_opened(tmp_path: Path) -> None:
    local = tmp_path / "feed.xml"
    local.write_text(rss(ITEM), encoding="utf-8")
    for body in (str(local).encode(), b"http://127.0.0.1:9/feed.xml", f"file://{local}".encode()):
        with pytest.raises(ParseError):
            parse(body)


def test_control_characters_are_stripped_from_every_string() -> None:
    item = (
        "<item><title>Bad\x01title\x0b</title><guid>g\x02uid</guid>"
        "<link>https://a.example/\x03x</link><description>sum\x00mary</description></item>"
    )
    feed = parse(rss(item).encode("utf-8"))
    [entry] = feed.entries
    for value in (entry.identity, entry.guid, entry.link, entry.title, entry.summary_text):
        assert value is not None
        assert not any(ord(ch) < 32 and ch not in "\n\t" for ch in value), value


def test_title_markup_becomes_plain_text() -> None:
    item = (
        "<item><title>&lt;b&gt;Breaking:&lt;/b&gt;   jail  &amp;amp; ICE</title>"
        "<guid>g</guid></item>"
    )
    assert parse(rss(item)).entries[0].title == "Breaking: jail & ICE"


def test_result_is_picklable_for_worker_processes() -> None:
    feed = parse(rss(ITEM))
    assert pickle.loads(pickle.dumps(feed)) == feed


# -- the parser pool -------------------------------------------------------------------------


def _kill_workers(pool: ParserPool) -> int:
    """SIGKILL every worker process of the pool (as the OOM killer would); how many died."""
    processes = list(pool._pool._processes.values()) if pool._pool is not None else []
    for process in processes:
        # Killing one worker breaks the pool, which may end the others before we reach them.
        with contextlib.suppress(ProcessLookupError):
            os.kill(process.pid, signal.SIGKILL)
        process.join(10)
    return len(processes)


async def test_parser_pool_survives_its_workers_being_killed() -> None:
    document = rss(ITEM).encode()
    async with ParserPool(ParseSettings(workers=2)) as pool:
        first = await pool.parse(document, {}, base_url=BASE, now=NOW)
        assert _kill_workers(pool) >= 1
        again = await pool.parse(document, {}, base_url=BASE, now=NOW)
        later = await pool.parse(document, {}, base_url=BASE, now=NOW)
    assert again == first == later
