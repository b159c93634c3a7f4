"""Deterministic news-like RSS 2.0 documents for the benchmark farm (own words and templates)."""

from __future__ import annotations

import hashlib
import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from xml.sax.saxutils import escape

# A fixed clock so every run serves byte-identical documents (and identical ETags).
EPOCH = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

PLACES = (
    "Harlan County", "Maple Ridge", "Cedar Falls", "Port Alder", "Brookhaven", "Eastwick",
    "Granite City", "Willow Bend", "North Fork", "Riverton", "Stone Mill", "Lakeview",
    "Oak Hollow", "Pine Bluff", "Salt Creek", "Fairmont", "Red Rock", "Silver Lake",
)
AGENCIES = (
    "sheriff's office", "county jail", "police department", "state prison",
    "detention center", "city council", "school board", "water authority", "transit agency",
)
VERBS = (
    "announces", "reviews", "delays", "approves", "questions", "expands", "suspends",
    "defends", "revises", "extends", "rejects", "reconsiders",
)
OBJECTS = (
    "budget plan", "holding policy", "records request", "staffing contract", "new facility",
    "inmate transfer rules", "public hearing", "grant application", "oversight report",
    "agreement with federal officials", "road repair schedule", "emergency drill",
)
WORDS = (
    "officials", "residents", "said", "on", "Tuesday", "the", "county", "would", "review",
    "policy", "after", "meeting", "where", "several", "speakers", "asked", "about", "costs",
    "records", "show", "that", "jail", "held", "people", "for", "federal", "agents", "under",
    "agreement", "signed", "last", "year", "a", "spokesperson", "declined", "to", "comment",
    "further", "commissioners", "expect", "vote", "next", "month", "while", "advocates",
    "plan", "rally", "outside", "courthouse", "budget", "includes", "money", "new", "staff",
    "and", "training", "program", "according", "statement", "released", "late", "Monday",
)
AUTHORS = ("Dana Whitfield", "Marco Ruiz", "Priya Natarajan", "Sam Okafor", "Lena Brandt")


def _sentence(rng: random.Random) -> str:
    """One plain sentence of filler news prose."""
    words = [rng.choice(WORDS) for _ in range(rng.randint(12, 22))]
    return " ".join(words).capitalize() + "."


def _description(rng: random.Random, link: str) -> str:
    """Escaped HTML summary of roughly 1 KB, like a news site's RSS description."""
    paragraphs = [" ".join(_sentence(rng) for _ in range(3)) for _ in range(3)]
    html = "".join(f"<p>{p}</p>" for p in paragraphs)
    html += f'<p><a href="{link}?utm_source=rss&amp;utm_medium=feed">Read more</a></p>'
    return escape(html)


def _item(rng: random.Random, feed: int, n: int) -> str:
    """One <item> element (about 1.2-1.6 KB)."""
    place, agency = rng.choice(PLACES), rng.choice(AGENCIES)
    title = f"{place} {agency} {rng.choice(VERBS)} {rng.choice(OBJECTS)}"
    slug = title.lower().replace(" ", "-").replace("'", "")
    link = f"https://news{feed % 97}.example.org/{2026}/{n % 12 + 1:02d}/{slug}-{feed}-{n}"
    published = EPOCH - timedelta(minutes=37 * n + feed % 60)
    return (
        "<item>"
        f"<title>{escape(title)}</title>"
        f"<link>{escape(link)}</link>"
        f'<guid isPermaLink="false">bench-{feed}-{n}</guid>'
        f"<pubDate>{format_datetime(published)}</pubDate>"
        f"<dc:creator>{rng.choice(AUTHORS)}</dc:creator>"
        f"<category>{escape(place)}</category>"
        f"<description>{_description(rng, link)}</description>"
        "</item>\n"
    )


def feed_document(feed: int, entries: int) -> bytes:
    """The RSS 2.0 document of feed number ``feed`` with ``entries`` items, same bytes every run."""
    rng = random.Random(feed * 7919 + entries)
    items = "".join(_item(rng, feed, n) for n in range(entries))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
        "<channel>"
        f"<title>Bench Gazette {feed}</title>"
        f"<link>https://news{feed % 97}.example.org/</link>"
        f"<description>Local news desk number {feed}</description>"
        f"<lastBuildDate>{format_datetime(EPOCH)}</lastBuildDate>\n"
        f"{items}"
        "</channel></rss>\n"
    ).encode()


def etag_of(body: bytes) -> str:
    """Strong ETag for a document body."""
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def last_modified() -> str:
    """HTTP date every farm document claims as its Last-Modified."""
    return format_datetime(EPOCH, usegmt=True)
