"""The normalization stage end to end: loopback feed and article pages -> records, events, flags.

Fixture stories (our own words): two outlets report the same jail handovers with different
counts, a third site runs a syndicated copy of the first, and one story is unrelated.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

import pytest

from conftest import count_rows, counts
from feedserver import FeedServer, feed_server
from pipeline.fetch import Fetcher
from pipeline.models import FeedConfig
from pipeline.process import ProcessSummary, process_pending
from pipeline.service import poll_once
from pipeline.settings import FetchSettings, NormalizeSettings, ParseSettings, Settings
from pipeline.store import Database
from pipeline.store.records import get_story
from pipeline.store.schema import event_stories, events, facts, flags, records
from processkit import process, rows, settings, story_id
from servicekit import run_cli, write_feeds, write_settings
from storykit import LEAD_A, LEAD_B, SEED, page, rss, serve_stories

__all__ = ["feed_server", "settings"]  # re-exported pytest fixtures; keeps ruff F401/F811 quiet


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
        assert count_rows(first, events) == 1
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
        assert counts(db, events, event_stories, flags) == (
            0,
            0,
            0,
        )
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
