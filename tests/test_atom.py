"""Flags as Atom 1.0, read back by the project's own parser and by feedparser."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime

import feedparser

from flagrows import T0, make_flag_row
from pipeline.atom import ATOM_NS, flags_to_atom
from pipeline.parse import parse_document

UPDATED = datetime(2025, 6, 3, 8, 30, tzinfo=UTC)
NS = {"a": ATOM_NS}


def render(n: int = 3, self_url: str | None = None) -> bytes:
    rows = [make_flag_row(i) for i in range(1, n + 1)]
    return flags_to_atom(
        rows, feed_id="urn:pipeline:flags", title="Flags", updated=UPDATED, self_url=self_url
    )


def test_project_parser_reads_back_every_flag_entry() -> None:
    document = render(3)
    parsed = parse_document(
        document, {"content-type": "application/atom+xml"},
        base_url="https://monitor.example/flags.xml", now=UPDATED, max_entries=100,
    )
    assert parsed.version == "atom10"
    assert parsed.problem is None
    assert parsed.title == "Flags"
    by_guid = {e.guid: e for e in parsed.entries}
    assert set(by_guid) == {f"urn:pipeline:flag:{i}" for i in (1, 2, 3)}
    second = by_guid["urn:pipeline:flag:2"]
    assert second.title == "Changed: count for 2025-06: more than 2 -> 3"
    assert second.link == "https://paper.example/news/2"
    assert second.updated == make_flag_row(2).created_at
    assert "count for 2025-06: more than 2 -> 3" in second.summary_text


def test_feedparser_sees_categories_dates_and_self_link() -> None:
    document = render(2, self_url="https://monitor.example/flags.xml")
    feed = feedparser.parse(document)
    assert not feed.bozo
    assert feed.feed.id == "urn:pipeline:flags"
    assert feed.feed.updated == "2025-06-03T08:30:00Z"
    assert [link.href for link in feed.feed.links if link.rel == "self"] == [
        "https://monitor.example/flags.xml"
    ]
    assert [e.tags[0].term for e in feed.entries] == ["changed", "changed"]
    assert feed.entries[0].updated == "2025-06-02T10:00:00Z"


def test_markup_and_control_characters_in_reasons_are_escaped() -> None:
    nasty = make_flag_row(
        7,
        reason='Changed: <script>alert("x")</script> & "quotes"\x0b',
        changes=("count: <5 -> >6 & more",),
        story_url="https://paper.example/a?x=1&y=<2>",
    )
    document = flags_to_atom([nasty], feed_id="urn:x", title="T & <T>", updated=T0)
    root = ET.fromstring(document)  # raises on ill-formed XML
    entry = root.find("a:entry", NS)
    assert entry is not None
    assert entry.findtext("a:title", namespaces=NS) == (
        'Changed: <script>alert("x")</script> & "quotes"'
    )
    link = entry.find("a:link", NS)
    assert link is not None
    assert link.get("href") == "https://paper.example/a?x=1&y=<2>"
    assert "count: <5 -> >6 & more" in (entry.findtext("a:summary", namespaces=NS) or "")
    assert root.findtext("a:title", namespaces=NS) == "T & <T>"
    assert b"<script>" not in document


def test_feed_has_the_elements_atom_requires() -> None:
    root = ET.fromstring(render(1))
    assert root.tag == f"{{{ATOM_NS}}}feed"
    for name in ("id", "title", "updated", "author/a:name"):
        assert root.find(f"a:{name}", NS) is not None, name
    entry = root.find("a:entry", NS)
    assert entry is not None
    for name in ("id", "title", "updated", "summary"):
        assert entry.find(f"a:{name}", NS) is not None, name


def test_empty_flag_list_is_still_a_valid_feed() -> None:
    feed = feedparser.parse(flags_to_atom([], feed_id="urn:x", title="None", updated=T0))
    assert not feed.bozo
    assert feed.version == "atom10"
    assert feed.entries == []
