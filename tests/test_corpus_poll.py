"""Every document of the shared feed corpus, served from loopback, through ``pipeline poll --once``.

Real news feeds and feedparser's own test suite (broken encodings, ill-formed XML, a truncated
feed): the service must not crash, must record a fetch for every document, and must store every
entry the parser can read.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from feedserver import FeedServer, feed_server
from pipeline.errors import ParseError
from pipeline.parse import parse_document
from pipeline.store import Database
from pipeline.store.schema import feeds, fetches, stories
from servicekit import SHARED, run_cli, write_feeds, write_settings

__all__ = ["feed_server"]
CORPUS = SHARED / "corpus" / "feeds"
NOT_DOCUMENTS = {"LICENSE", "README.md", "SOURCES.md"}
_HEADER = re.compile(rb"^Header:[ \t]*([A-Za-z][\w-]*):[ \t]*(.*?)[ \t]*\r?$", re.MULTILINE)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present"),
]


def _documents() -> list[Path]:
    return sorted(
        p
        for p in CORPUS.rglob("*")
        if p.is_file() and p.name not in NOT_DOCUMENTS and "licenses" not in p.parts
    )


def _declared_headers(body: bytes) -> dict[str, str]:
    return {k.decode("latin-1"): v.decode("latin-1") for k, v in _HEADER.findall(body[:4096])}


def _serve(server: FeedServer, path: Path) -> tuple[str, str, dict[str, str]]:
    route = "/" + path.relative_to(CORPUS).as_posix()
    body = path.read_bytes()
    headers = _declared_headers(body)
    content_type = next(
        (v for k, v in headers.items() if k.lower() == "content-type"), "application/xml"
    )
    served = {k: v for k, v in headers.items() if k.lower() not in ("content-type", "etag")}
    server.static(route, body, content_type=content_type, headers=served)
    return route, server.url(route), {**served, "content-type": content_type}


def _readable_story_keys(documents: dict[str, tuple[Path, dict[str, str]]]) -> set[str]:
    """Canonical URLs of every entry the parser recovers, parsing in-process as a reference."""
    keys: set[str] = set()
    now = datetime.now(UTC)
    for url, (path, headers) in documents.items():
        try:
            parsed = parse_document(
                path.read_bytes(), headers, base_url=url, now=now, max_entries=500
            )
        except ParseError:
            continue
        keys.update(entry.canonical_url for entry in parsed.entries)
    return keys


def test_every_corpus_document_is_fetched_recorded_and_its_entries_stored(
    feed_server: FeedServer, tmp_path: Path, sqlite_url: str
) -> None:
    served = {}
    pairs = []
    for path in _documents():
        route, url, headers = _serve(feed_server, path)
        served[url] = (path, headers)
        pairs.append((route.lstrip("/"), url))
    write_feeds(tmp_path / "feeds.toml", pairs)
    config = write_settings(tmp_path, sqlite_url, fetch={"global_concurrency": 20})

    result = run_cli(config, "poll", "--once", timeout=600)

    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    db = Database.open(sqlite_url)
    try:
        with db.engine.connect() as conn:
            polled = conn.execute(select(func.count(func.distinct(fetches.c.feed_id)))).scalar_one()
            stored = {str(r[0]) for r in conn.execute(select(stories.c.canonical_url))}
            configured = conn.execute(select(func.count()).select_from(feeds)).scalar_one()
    finally:
        db.dispose()
    assert configured == len(pairs)
    assert polled == len(pairs)
    assert stored == _readable_story_keys(served)
