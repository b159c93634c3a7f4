"""Fixture stories for normalization tests, in our own words, served from loopback.

Two outlets report the same jail handovers with different counts, a third site runs a
syndicated copy of the first, and one story is unrelated.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import format_datetime
from html import escape
from pathlib import Path
from typing import Any

from feedserver import FeedServer
from pipeline.models import FeedConfig

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed-article.txt"
LEAD_A = (
    "The Alder County Sheriff's Office in Oregon turned over 9 people held in the county jail "
    "to ICE in May, according to jail records released on Monday."
)
BODY_A = [
    LEAD_A,
    "Sheriff Dana Whitlock said the transfers followed detainer requests from ICE and that each "
    "person had finished serving a local sentence. Deputies walked each of them to a sally port "
    "where federal agents were waiting.",
    "Advocates from the Alder Valley Immigrant Coalition said families were not told about the "
    "handovers until days later. The coalition asked the county board to hold a public hearing "
    "on jail cooperation with federal immigration authorities.",
    "The sheriff's office said it follows state law and only honors detainers for people "
    "convicted of serious crimes. The board is expected to discuss the records in July.",
]
LEAD_B = (
    "Jail logs obtained by the Riverbend Ledger show that the Alder County Sheriff's Office in "
    "Oregon transferred 11 people to ICE custody in May, more than the office first acknowledged."
)
BODY_B = [
    LEAD_B,
    "The logs list each release to Immigration and Customs Enforcement agents at the jail's rear "
    "entrance. A spokesperson for the sheriff said an earlier tally had missed two transfers that "
    "happened over a holiday weekend.",
    "County supervisors said they would ask the sheriff for a full accounting of cooperation "
    "with federal immigration enforcement, including how many detainer requests the jail got.",
    "Immigrant rights groups in the county said the corrected number showed the need for "
    "regular public reporting on the jail's handovers.",
]
BODY_D = [
    "The Alder County library will hold its annual used book sale on Saturday, with proceeds "
    "going to the children's reading program.",
    "Volunteers have sorted more than four thousand donated books into fiction, history, cooking "
    "and gardening sections. Paperbacks will cost one dollar and hardcovers two dollars.",
    "The library board thanked local businesses that lent tables and tents for the event, which "
    "has raised money for summer programs for more than twenty years.",
]


def page(title: str, paragraphs: list[str], *, published: str, canonical: str) -> bytes:
    """An article page in our own markup."""
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}'
        f'</title><link rel="canonical" href="{canonical}">'
        f'<meta property="article:published_time" content="{published}"></head>'
        f"<body><nav>Home | Local | Sports</nav><article><h1>{escape(title)}</h1>{body}"
        "</article><footer>Contact us</footer></body></html>"
    ).encode()


def rss(items: list[dict[str, Any]]) -> bytes:
    """An RSS 2.0 feed whose items carry their outlet in <source>."""
    parts = ['<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>',
             "<title>Alder news</title><link>http://127.0.0.1/</link><description>t</description>"]
    for item in items:
        parts.append(
            f"<item><guid>{item['guid']}</guid><title>{escape(item['title'])}</title>"
            f"<link>{item['link']}</link><pubDate>{format_datetime(item['published'])}</pubDate>"
            f"<description>{escape(item['summary'])}</description>"
            f'<source url="{item["link"]}">{escape(item["outlet"])}</source></item>'
        )
    parts.append("</channel></rss>")
    return "".join(parts).encode()


def serve_stories(server: FeedServer, *, fail_b: bool = False) -> FeedConfig:
    """Register the four pages, the feed and one feed per story (/feed-a.xml); return the feed's."""
    when = {
        "a": datetime(2025, 6, 10, 8, tzinfo=UTC), "c": datetime(2025, 6, 11, 8, tzinfo=UTC),
        "b": datetime(2025, 6, 12, 8, tzinfo=UTC), "d": datetime(2025, 6, 12, 9, tzinfo=UTC),
    }
    spec = {
        "a": ("Alder County jail turned 9 people over to ICE in May", BODY_A, "Alder Gazette",
              LEAD_A),
        "c": ("Jail in Alder County handed 9 people to ICE", [*BODY_A, "First published by the "
              "Alder Gazette."], "Coast Wire", LEAD_A),
        "b": ("Logs: Alder County sheriff transferred 11 people to ICE in May", BODY_B,
              "Riverbend Ledger", LEAD_B),
        "d": ("Library book sale returns Saturday", BODY_D, "Alder Gazette", BODY_D[0]),
    }
    items = []
    for key, (title, body, outlet, summary) in spec.items():
        path = f"/news/{key}.html"
        link = server.url(path)
        html = page(title, body, published=when[key].isoformat(), canonical=link)
        if fail_b and key == "b":
            server.status(path, 503)
        else:
            server.static(path, html, content_type="text/html; charset=utf-8")
        items.append({"guid": key, "title": title, "link": link, "published": when[key],
                      "summary": summary, "outlet": outlet})
        server.static(f"/feed-{key}.xml", rss(items[-1:]))  # one story alone, to poll first
    server.static("/feed.xml", rss(items))
    return FeedConfig("alder", server.url("/feed.xml"))


def serve_page(server: FeedServer, key: str, title: str, paragraphs: list[str]) -> None:
    """Replace story ``key``'s article page (as published on 2025-06-10)."""
    link = server.url(f"/news/{key}.html")
    html = page(title, paragraphs, published="2025-06-10T08:00:00+00:00", canonical=link)
    server.static(f"/news/{key}.html", html, content_type="text/html; charset=utf-8")
