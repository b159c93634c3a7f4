"""The normalization stage end to end: loopback feed and article pages -> records, events, flags.

Fixture stories (our own words): two outlets report the same jail handovers with different
counts, a third site runs a syndicated copy of the first, and one story is unrelated.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from conftest import loopback_settings
from feedserver import FeedServer, feed_server
from pipeline.fetch import Fetcher
from pipeline.models import FeedConfig
from pipeline.process import ProcessSummary, process_pending
from pipeline.service import poll_once
from pipeline.settings import FetchSettings, NormalizeSettings, ParseSettings, Settings
from pipeline.store import Database
from pipeline.store.records import get_story, list_reports, mark_stale
from pipeline.store.schema import event_stories, events, facts, flags, records, stories
from servicekit import run_cli, write_feeds, write_settings
from storykit import (
    BODY_A,
    BODY_B,
    BODY_D,
    LEAD_A,
    LEAD_B,
    SEED,
    page,
    rss,
    serve_page,
    serve_stories,
)

__all__ = ["feed_server"]


@pytest.fixture
def settings(database_url: str) -> Settings:
    return loopback_settings(database_url, normalize=NormalizeSettings(batch_size=3))


def process(db: Database, settings: Settings) -> ProcessSummary:
    async def run() -> ProcessSummary:
        async with Fetcher(settings.fetch) as fetcher:
            return await process_pending(db, settings, fetcher)

    return asyncio.run(run())


def story_id(db: Database, path: str) -> int:
    with db.read("t") as conn:
        query = select(stories.c.id).where(stories.c.canonical_url.endswith(path))
        return int(conn.execute(query).scalar_one())


def rows(db: Database, table: Any, *order: Any) -> list[Any]:
    with db.read("t") as conn:
        return list(conn.execute(select(table).order_by(*order)))


def count(db: Database, table: Any) -> int:
    with db.read("t") as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def test_related_stories_become_records_events_and_flags(
    feed_server: FeedServer, settings: Settings, database: Database
) -> None:
    poll_once(settings, [serve_stories(feed_server)], force=True)
    summary = process(database, settings)
    assert (summary.processed, summary.related, summary.transfer_reports) == (4, 3, 3)
    assert (summary.duplicates, summary.flags_raised) == (1, 2)
    a, b, c, d = (story_id(database, f"/news/{k}.html") for k in "abcd")
    by_story = {r.story_id: r for r in rows(database, records, records.c.story_id)}
    assert not by_story[d].related
    assert by_story[d].facts is None
    assert by_story[a].text_source == "page"
    assert by_story[a].text.startswith(LEAD_A)
    assert by_story[c].duplicate_of == a
    (event,) = rows(database, events, events.c.id)
    assert event.key == "alder-county-or-2025-05"
    assert {r.story_id for r in rows(database, event_stories, event_stories.c.id)} == {a, b}
    first, changed = rows(database, flags, flags.c.id)
    assert (first.kind, first.story_id) == ("new_event", a)
    assert (
        first.reason == "First report: Alder County Sheriff's Office handed 9 people to ICE "
        "(2025-05)"
    )
    assert (changed.kind, changed.story_id) == ("changed", b)
    assert "count for 2025-05: 9 -> 11" in changed.reason
    assert event.summary["counts"][0]["count"] == 11


def test_every_fact_row_points_at_its_sentence_in_the_record_text(
    feed_server: FeedServer, settings: Settings, database: Database
) -> None:
    poll_once(settings, [serve_stories(feed_server)], force=True)
    process(database, settings)
    texts = {r.story_id: r.text for r in rows(database, records, records.c.story_id)}
    found = rows(database, facts, facts.c.id)
    assert {f.kind for f in found} >= {"jurisdiction", "agency", "count"}
    with_evidence = [f for f in found if f.sentence]
    assert with_evidence
    for fact in with_evidence:
        assert texts[fact.story_id][fact.evidence_start : fact.evidence_end] == fact.sentence
    counts = {(f.story_id, f.count) for f in found if f.kind == "count"}
    assert (story_id(database, "/news/b.html"), 11) in counts


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
    assert count(database, flags) == 2
    assert count(database, events) == 1
    assert count(database, event_stories) == 2
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
    assert count(database, flags) == 2


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


def test_webhook_delivery_is_queued_with_each_flag_when_a_url_is_set(
    feed_server: FeedServer, settings: Settings, database: Database
) -> None:
    from pipeline.settings import WebhookSettings
    from pipeline.store.schema import webhook_deliveries

    hooked = settings.model_copy(update={"webhook": WebhookSettings(url="http://127.0.0.1:9/")})
    poll_once(hooked, [serve_stories(feed_server)], force=True)
    process(database, hooked)
    queued = rows(database, webhook_deliveries, webhook_deliveries.c.id)
    assert sorted(d.flag_id for d in queued) == sorted(f.id for f in rows(database, flags))
    assert {d.status for d in queued} == {"pending"}


@pytest.mark.postgres
def test_two_processors_on_postgres_raise_each_flag_once(
    feed_server: FeedServer, postgres_url: str
) -> None:
    settings = Settings(
        database_url=postgres_url,
        fetch=FetchSettings(allow_private=("127.0.0.1",), per_host_delay_seconds=0),
        parse=ParseSettings(workers=1),
        normalize=NormalizeSettings(batch_size=1),
    )
    poll_once(settings, [serve_stories(feed_server)], force=True)
    first, second = Database.open(postgres_url), Database.open(postgres_url)

    async def both() -> list[ProcessSummary]:
        async with Fetcher(settings.fetch) as fetcher:
            return list(
                await asyncio.gather(
                    process_pending(first, settings, fetcher),
                    process_pending(second, settings, fetcher),
                )
            )

    try:
        done = asyncio.run(both())
        assert sum(s.processed for s in done) == 4
        assert sum(s.flags_raised for s in done) == 2
        assert [f.kind for f in rows(first, flags, flags.c.id)] == ["new_event", "changed"]
        assert count(first, events) == 1
    finally:
        first.dispose()
        second.dispose()


def test_seed_article_page_yields_exactly_its_facts(
    feed_server: FeedServer, settings: Settings, database: Database
) -> None:
    if not SEED.exists():
        pytest.skip("shared seed article not present")
    paragraphs = [p for p in SEED.read_text(encoding="utf-8").splitlines() if p.strip()]
    link = feed_server.url("/seed.html")
    published = datetime(2025, 7, 3, 12, tzinfo=UTC)
    feed_server.static(
        "/seed.html",
        page(
            "LA County jails resume transfers to ICE",
            paragraphs,
            published=published.isoformat(),
            canonical=link,
        ),
        content_type="text/html; charset=utf-8",
    )
    item = {
        "guid": "seed",
        "title": "LA County sheriff resumes jail transfers to ICE",
        "link": link,
        "published": published,
        "summary": paragraphs[0],
        "outlet": "Seed",
    }
    feed_server.static("/seed.xml", rss([item]))
    poll_once(settings, [FeedConfig("seed", feed_server.url("/seed.xml"))], force=True)
    process(database, settings)
    detail = get_story(database, link)
    assert detail is not None
    assert detail.record is not None
    assert detail.record["text_source"] == "page"
    from pipeline.normalize import facts_from_json

    gold = facts_from_json(detail.record["facts"]).to_gold()
    assert gold["jurisdiction"] == {"name": "Los Angeles County", "state": "CA"}
    assert gold["agency"] == "Los Angeles County Sheriff's Department"
    assert gold["counts"] == [
        {"period": "2025-05", "count": 8, "qualifier": "exact"},
        {"period": "2025-06", "count": 12, "qualifier": "more_than"},
    ]
    assert gold["total"] is None
    assert gold["nationalities"] == {
        "Mexico": 11,
        "Guatemala": 6,
        "Colombia": 1,
        "El Salvador": 1,
        "Honduras": 1,
    }
    assert gold["age_range"] == [19, 63]
    assert gold["legal_basis"] == ["extradition", "judicial_warrant"]
    assert gold["historical"] == [{"period": "2019", "count": 457, "qualifier": "exact"}]
    assert [o["name"] for o in gold["officials"]] == ["Max Huntsman"]
    assert [f["kind"] for f in detail.flags] == ["new_event"]


def test_cli_poll_show_and_reports(feed_server: FeedServer, tmp_path: Path) -> None:
    feed = serve_stories(feed_server)
    write_feeds(tmp_path / "feeds.toml", [(feed.name, feed.url)])
    config = write_settings(
        tmp_path, f"sqlite:///{tmp_path / 'p.db'}", normalize={"fetch_pages": True}
    )
    polled = run_cli(config, "poll", "--once")
    assert polled.returncode == 0, polled.stderr
    assert "processed 4 stories: 3 related, 3 transfer reports" in polled.stdout
    assert "2 flags raised" in polled.stdout
    shown = run_cli(config, "show", feed_server.url("/news/b.html"))
    assert shown.returncode == 0, shown.stderr
    assert "text source: page" in shown.stdout
    assert "transfer report: yes" in shown.stdout
    assert LEAD_B in shown.stdout  # the evidence sentence of its count
    assert "event: alder-county-or-2025-05" in shown.stdout
    assert "First report: Alder County Sheriff's Office" in shown.stdout
    listed = run_cli(config, "reports", "--jurisdiction", "alder", "--format", "csv")
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.strip().splitlines()
    assert lines[0].startswith("published_at,jurisdiction,state,agency,counts")
    assert len(lines) == 3  # a and b; the syndicated copy is left out
    assert "2025-05: 11" in listed.stdout
    redone = run_cli(config, "reprocess")
    assert redone.returncode == 0, redone.stderr
    assert "processed 4 stories" in redone.stdout
    assert "0 flags raised" in redone.stdout


def test_claimed_stories_are_not_claimed_again_until_the_lease_expires(
    feed_server: FeedServer, settings: Settings, database: Database
) -> None:
    from datetime import timedelta

    from pipeline.store.records import claim_pending

    poll_once(settings, [serve_stories(feed_server)], force=True)
    now = datetime.now(UTC)
    first = claim_pending(database, owner="one", now=now, lease_seconds=60, limit=10)
    assert len(first) == 4
    assert claim_pending(database, owner="two", now=now, lease_seconds=60, limit=10) == []
    later = now + timedelta(seconds=61)  # instance "one" died: its leases ran out
    again = claim_pending(database, owner="two", now=later, lease_seconds=60, limit=10)
    assert sorted(c.story.id for c in again) == sorted(c.story.id for c in first)
    assert {c.token for c in again}.isdisjoint(c.token for c in first)


def event_of(db: Database, story: int) -> Any:
    with db.read("t") as conn:
        query = select(events).join(event_stories, event_stories.c.event_id == events.c.id)
        return conn.execute(query.where(event_stories.c.story_id == story)).first()


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
    assert count(database, flags) == 2  # raised when true, they stay


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
    assert count(database, event_stories) == 2


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


def test_relative_topic_file_resolves_against_the_settings_folder(tmp_path: Path) -> None:
    from pipeline.config import load_settings

    folder = tmp_path / "conf"
    folder.mkdir()
    (folder / "pipeline.toml").write_text('[normalize]\ntopic_file = "topics/jails.toml"\n')
    loaded = load_settings(folder / "pipeline.toml", {})
    assert loaded.normalize.topic_file == folder / "topics" / "jails.toml"
    given = load_settings(
        folder / "pipeline.toml", {"PIPELINE_NORMALIZE__TOPIC_FILE": "here/topic.toml"}
    )
    assert given.normalize.topic_file == Path("here/topic.toml")  # as typed, from the cwd
    (tmp_path / "plain.toml").write_text("[normalize]\nbatch_size = 5\n")
    assert load_settings(tmp_path / "plain.toml", {}).normalize.topic_file is None


def test_failed_flag_write_leaves_no_event_record_or_lost_story(
    feed_server: FeedServer, sqlite_url: str
) -> None:
    from sqlalchemy import text

    settings = Settings(
        database_url=sqlite_url,
        fetch=FetchSettings(allow_private=("127.0.0.1",), per_host_delay_seconds=0),
        parse=ParseSettings(workers=1),
        normalize=NormalizeSettings(batch_size=1),
    )
    poll_once(settings, [serve_stories(feed_server)], force=True)
    db = Database.open(sqlite_url)
    try:
        with db.write("t") as conn:  # the crash: the flag insert fails after the event insert
            conn.execute(
                text(
                    "CREATE TRIGGER no_flags BEFORE INSERT ON flags "
                    "BEGIN SELECT RAISE(ABORT, 'crash'); END"
                )
            )
        with pytest.raises(Exception, match="crash"):
            process(db, settings)
        assert (count(db, events), count(db, event_stories), count(db, flags)) == (0, 0, 0)
        a = story_id(db, "/news/a.html")
        assert a not in {r.story_id for r in rows(db, records)}
        with db.write("t") as conn:
            conn.execute(text("DROP TRIGGER no_flags"))
            conn.execute(text("DELETE FROM process_leases"))  # as if its lease ran out
        process(db, settings)
        raised = [(f.kind, f.story_id) for f in rows(db, flags, flags.c.id)]
        assert raised == [("new_event", a), ("changed", story_id(db, "/news/b.html"))]
    finally:
        db.dispose()
