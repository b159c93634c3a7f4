"""Article pages in the normalization stage: fetch failures and the page size cap.

Fixture stories as in test_process.py (our own words, from storykit).
"""

from __future__ import annotations

from feedserver import FeedServer, feed_server
from pipeline.service import poll_once
from pipeline.settings import Settings
from pipeline.store import Database
from pipeline.store.schema import flags, records
from processkit import process, rows, settings, story_id
from storykit import BODY_A, LEAD_B, serve_page, serve_stories

__all__ = ["feed_server", "settings"]  # re-exported pytest fixtures; keeps ruff F401/F811 quiet


def test_page_failure_falls_back_to_the_feed_summary(
    feed_server: FeedServer, settings: Settings, database: Database
) -> None:
    poll_once(settings, [serve_stories(feed_server, fail_b=True)], force=True)
    summary = process(database, settings)
    assert summary.page_failures == 1
    b = story_id(database, "/news/b.html")
    (record,) = [r for r in rows(database, records, records.c.story_id) if r.story_id == b]
    assert (record.text_source, record.text) == ("feed_summary", LEAD_B)
    assert record.transfer_report
    assert [f.kind for f in rows(database, flags, flags.c.id)] == ["new_event", "changed"]


def test_page_between_the_feed_cap_and_page_max_bytes_is_used(
    feed_server: FeedServer, settings: Settings, database: Database
) -> None:
    # The feeds' cap must not decide for pages: page_max_bytes is their cap.
    padded = [*BODY_A, "<!-- " + "x" * 30_000 + " -->"]
    feed = serve_stories(feed_server)
    serve_page(feed_server, "a", "Alder County jail turned 9 people over to ICE", padded)
    capped = settings.model_copy(
        update={
            "fetch": settings.fetch.model_copy(update={"max_body_bytes": 20_000}),
            "normalize": settings.normalize.model_copy(update={"page_max_bytes": 100_000}),
        }
    )
    poll_once(settings, [feed], force=True)
    process(database, capped)
    a = story_id(database, "/news/a.html")
    assert next(r.text_source for r in rows(database, records) if r.story_id == a) == "page"


def test_page_over_page_max_bytes_falls_back_to_the_summary(
    feed_server: FeedServer, settings: Settings, database: Database
) -> None:
    small = settings.model_copy(
        update={
            "normalize": settings.normalize.model_copy(update={"page_max_bytes": 1_000}),
        }
    )
    poll_once(settings, [serve_stories(feed_server)], force=True)
    summary = process(database, small)
    assert (summary.pages_fetched, summary.page_failures) == (0, 3)
    assert {r.text_source for r in rows(database, records)} == {"feed_summary"}
