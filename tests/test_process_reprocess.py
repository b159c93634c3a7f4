"""The normalization stage run again: stale and outdated records, changed pages, late originals.

Fixture stories as in test_process.py (our own words, from storykit).
"""

from __future__ import annotations

from conftest import count_rows
from feedserver import FeedServer, feed_server
from pipeline.models import FeedConfig
from pipeline.service import poll_once
from pipeline.settings import Settings
from pipeline.store import Database
from pipeline.store.records import get_story, list_reports, mark_stale
from pipeline.store.schema import event_stories, events, flags, records
from processkit import event_of, process, rows, settings, story_id
from storykit import BODY_A, BODY_B, BODY_D, LEAD_A, LEAD_B, serve_page, serve_stories

__all__ = ["feed_server", "settings"]  # re-exported pytest fixtures; keeps ruff F401/F811 quiet


def test_second_run_and_reprocess_raise_no_duplicate_flags(
    feed_server: FeedServer, settings: Settings, database: Database
) -> None:
    feed = serve_stories(feed_server)
    poll_once(settings, [feed], force=True)
    process(database, settings)
    again = process(database, settings)
    assert again.processed == 0
    assert mark_stale(database, since=None) == 4
    redone = process(database, settings)
    assert (redone.processed, redone.flags_raised) == (4, 0)
    assert count_rows(database, flags) == 2
    assert count_rows(database, events) == 1
    assert count_rows(database, event_stories) == 2
    assert not any(r.stale for r in rows(database, records, records.c.story_id))


def test_older_extractor_version_is_normalized_again(
    feed_server: FeedServer, settings: Settings, database: Database
) -> None:
    poll_once(settings, [serve_stories(feed_server)], force=True)
    process(database, settings)
    with database.write("t") as conn:
        conn.execute(records.update().values(extractor_version="0", text="outdated"))
    redone = process(database, settings)
    assert redone.processed == 4
    assert all(
        r.text != "outdated" and r.extractor_version != "0"
        for r in rows(database, records, records.c.story_id)
    )
    assert count_rows(database, flags) == 2


def test_reprocessed_story_that_is_no_longer_a_report_leaves_its_event(
    feed_server: FeedServer, settings: Settings, database: Database
) -> None:
    poll_once(settings, [serve_stories(feed_server)], force=True)
    process(database, settings)
    a, b = story_id(database, "/news/a.html"), story_id(database, "/news/b.html")
    serve_page(feed_server, "b", "Library book sale returns", BODY_D)  # page now says no such thing
    mark_stale(database, since=None)
    redone = process(database, settings)
    assert redone.flags_raised == 0
    (event,) = rows(database, events, events.c.id)
    assert [m.story_id for m in rows(database, event_stories, event_stories.c.id)] == [a]
    assert event.summary["story_ids"] == [str(a)]
    assert [(c["period"], c["count"]) for c in event.summary["counts"]] == [("2025-05", 9)]
    by_story = {r.story_id: r for r in rows(database, records, records.c.story_id)}
    assert (by_story[b].transfer_report, by_story[b].event_id) == (False, None)
    assert count_rows(database, flags) == 2  # raised when true, they stay


def test_reprocessed_earlier_story_rebuilds_the_event_without_a_bogus_change_flag(
    feed_server: FeedServer, settings: Settings, database: Database
) -> None:
    poll_once(settings, [serve_stories(feed_server)], force=True)
    process(database, settings)
    ten = [LEAD_A.replace("turned over 9 people", "turned over 10 people"), *BODY_A[1:]]
    serve_page(feed_server, "a", "Alder County jail turned 10 people over to ICE", ten)
    mark_stale(database, since=None)
    redone = process(database, settings)
    a = story_id(database, "/news/a.html")
    a_facts = next(r.facts for r in rows(database, records) if r.story_id == a)
    assert a_facts["counts"][0]["count"] == 10  # the extractor saw the new page
    # Story b (published later) still says 11: that is what is known, nothing changed.
    (event,) = rows(database, events, events.c.id)
    assert [(c["period"], c["count"]) for c in event.summary["counts"]] == [("2025-05", 11)]
    assert redone.flags_raised == 0
    assert [f.kind for f in rows(database, flags, flags.c.id)] == ["new_event", "changed"]
    assert count_rows(database, event_stories) == 2


def test_reprocessed_later_story_with_a_new_count_flags_that_change_once(
    feed_server: FeedServer, settings: Settings, database: Database
) -> None:
    poll_once(settings, [serve_stories(feed_server)], force=True)
    process(database, settings)
    thirteen = [LEAD_B.replace("transferred 11 people", "transferred 13 people"), *BODY_B[1:]]
    serve_page(feed_server, "b", "Logs: Alder County sheriff transferred 13 people", thirteen)
    mark_stale(database, since=None)
    assert process(database, settings).flags_raised == 1
    mark_stale(database, since=None)
    assert process(database, settings).flags_raised == 0
    changed = [f for f in rows(database, flags, flags.c.id) if f.kind == "changed"]
    assert len(changed) == 2
    assert "count for 2025-05: 9 -> 11" in changed[0].changes
    assert "count for 2025-05: 11 -> 13" in changed[1].changes
    assert all("9" not in change for change in changed[1].changes)  # against 11, not 9
    (event,) = rows(database, events, events.c.id)
    assert event.summary["counts"][0]["count"] == 13


def test_copy_processed_before_its_original_becomes_the_copy(
    feed_server: FeedServer, settings: Settings, database: Database
) -> None:
    feed = serve_stories(feed_server)
    poll_once(settings, [FeedConfig("copy", feed_server.url("/feed-c.xml"))], force=True)
    assert process(database, settings).processed == 1  # the later copy, alone
    poll_once(settings, [feed], force=True)
    summary = process(database, settings)
    a, b, c = (story_id(database, f"/news/{k}.html") for k in "abc")
    by_story = {r.story_id: r for r in rows(database, records, records.c.story_id)}
    assert by_story[a].duplicate_of is None
    assert by_story[c].duplicate_of == a  # published a day after a
    assert summary.duplicates == 0  # a is the original; c was demoted, not a
    event = event_of(database, a)
    assert event is not None
    assert by_story[c].event_id == event.id
    assert {m.story_id for m in rows(database, event_stories, event_stories.c.id)} == {a, b}
    assert event.summary["story_ids"] == [str(a), str(b)]
    assert [(f.kind, f.story_id) for f in rows(database, flags, flags.c.id)] == [
        ("new_event", c),
        ("changed", b),
    ]
    assert [r.story_id for r in list_reports(database)] == [b, a]
    detail = get_story(database, str(c))
    assert detail is not None
    assert [x["id"] for x in detail.copies] == [a]
