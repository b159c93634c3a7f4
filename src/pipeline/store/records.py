"""Normalized records: the work queue with leases, one-transaction saves, and read views."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, and_, delete, or_, select, update

from pipeline.events import describe
from pipeline.normalize import (
    EXTRACTOR_VERSION,
    NormalizedRecord,
    StoryInput,
    fact_rows,
    facts_from_json,
    facts_to_json,
)
from pipeline.store.db import Database
from pipeline.store.events import (
    EVENT_LOCK_KEY,
    Placement,
    demote_copies,
    leave_event,
    place_story,
    syndication,
)
from pipeline.store.polls import clean, clean_text, upsert
from pipeline.store.schema import (
    event_stories,
    events,
    facts,
    feeds,
    flags,
    process_leases,
    records,
    stories,
    story_sources,
)
from pipeline.urls import canonical_url


@dataclass(frozen=True, slots=True)
class ClaimedStory:
    """A story leased to this instance for normalization."""

    story: StoryInput
    token: str


@dataclass(frozen=True, slots=True)
class SavedRecord:
    """What saving one record did."""

    saved: bool  # False when the lease was lost and nothing was written
    duplicate_of: int | None = None
    event_id: int | None = None
    flags_raised: int = 0


def pending_query(now: datetime, limit: int) -> Any:
    """Stories with no record, a stale one or an older extractor's, and no live lease."""
    return (
        select(stories)
        .outerjoin(records, records.c.story_id == stories.c.id)
        .outerjoin(process_leases, process_leases.c.story_id == stories.c.id)
        .where(
            or_(
                records.c.story_id.is_(None),
                records.c.stale.is_(True),
                records.c.extractor_version != EXTRACTOR_VERSION,
            ),
            or_(process_leases.c.story_id.is_(None), process_leases.c.expires_at <= now),
        )
        .order_by(stories.c.published_at, stories.c.id)
        .limit(limit)
    )


def claim_pending(
    db: Database, *, owner: str, now: datetime, lease_seconds: float, limit: int
) -> list[ClaimedStory]:
    """Lease up to ``limit`` pending stories to ``owner``, oldest published first."""
    query = pending_query(now, limit)
    if db.dialect == "postgresql":
        # Stories another claimer is leasing right now are skipped, not waited for.
        query = query.with_for_update(skip_locked=True, of=stories)
    expires = now + timedelta(seconds=lease_seconds)
    with db.write("claim stories") as conn:
        rows = conn.execute(query).all()
        if not rows:
            return []
        ids = [row.id for row in rows]
        conn.execute(delete(process_leases).where(process_leases.c.story_id.in_(ids)))
        claimed = [ClaimedStory(story_input(row), uuid.uuid4().hex) for row in rows]
        conn.execute(process_leases.insert(), [
            {"story_id": c.story.id, "owner": owner, "token": c.token, "expires_at": expires}
            for c in claimed
        ])
    return claimed


def story_input(row: Any) -> StoryInput:
    """The normalization input of a stories row."""
    return StoryInput(
        id=row.id,
        title=row.title,
        summary_text=row.summary_text,
        published_at=row.published_at,
        published_estimated=row.published_estimated,
        outlet=row.outlet,
        authors=tuple(row.authors or ()),
        url=row.url or row.canonical_url,
    )


def release_leases(db: Database, claimed: Sequence[ClaimedStory]) -> None:
    """Give back leases of stories not processed (shutdown)."""
    if not claimed:
        return
    with db.write("release stories") as conn:
        for c in claimed:
            conn.execute(delete(process_leases).where(and_(
                process_leases.c.story_id == c.story.id, process_leases.c.token == c.token)))


def save_record(
    db: Database,
    claimed: ClaimedStory,
    record: NormalizedRecord,
    *,
    now: datetime,
    webhook: bool,
) -> SavedRecord:
    """Store the record, its facts, event, flags and deliveries, and drop the lease: one tx."""
    with db.write("save record") as conn:
        # Locked: a claimer taking the story over waits until this save has committed.
        ours = conn.execute(select(process_leases.c.token).where(
            process_leases.c.story_id == record.story_id).with_for_update()).scalar_one_or_none()
        if ours != claimed.token:
            return SavedRecord(saved=False)
        previous = conn.execute(
            select(records.c.related, records.c.event_id, records.c.duplicate_of, records.c.facts)
            .where(records.c.story_id == record.story_id)
        ).first()
        if record.related or (previous is not None and previous.related):
            db.serialize(conn, EVENT_LOCK_KEY)  # syndication and events: one story at a time
        original, demoted = (
            syndication(conn, record.story_id, record.text, claimed.story.published_at)
            if record.related else (None, [])
        )
        placement = _place(conn, db.dialect, record, original, previous, now, webhook)
        _write_record(conn, db.dialect, record, original, placement.event_id, now)
        demote_copies(conn, record.story_id, placement.event_id, demoted, now)
        conn.execute(delete(process_leases).where(process_leases.c.story_id == record.story_id))
    return SavedRecord(True, original[0] if original else None, placement.event_id,
                       placement.flags_raised)


def _place(
    conn: Connection, dialect: str, record: NormalizedRecord,
    original: tuple[int, int | None] | None, previous: Any, now: datetime, webhook: bool,
) -> Placement:
    """The story's event: its original's for a copy (no membership, no flag), else assigned."""
    known = previous.event_id if previous is not None and previous.duplicate_of is None else None
    report = original is None and record.facts is not None and record.transfer_report
    if known is not None and not report:
        leave_event(conn, known, record.story_id, now)  # now a copy, or no transfer report
    if original is not None:
        return Placement(original[1])
    if record.facts is None or not record.transfer_report:
        return Placement(None)
    if known is not None and previous.facts == facts_to_json(record.facts):
        return Placement(known)  # reprocessed, same facts: the event already holds them
    return place_story(
        conn, dialect, story_id=record.story_id, facts=record.facts,
        published=record.published, known_event=known, now=now, webhook=webhook,
    )


def record_row(
    record: NormalizedRecord, duplicate_of: int | None, event_id: int | None, now: datetime
) -> dict[str, Any]:
    """The records row of a normalized story."""
    return {
        "story_id": record.story_id,
        "related": record.related,
        "relevance_score": record.relevance.score,
        "matched_terms": list(record.relevance.matched),
        "text": clean_text(record.text),
        "text_source": record.text_source,
        "language": record.language,
        "authors": [clean_text(a) for a in record.authors],
        "page_title": clean(record.page_title),
        "page_url": clean(record.page_url),
        "transfer_report": record.transfer_report,
        "facts": facts_to_json(record.facts) if record.facts is not None else None,
        "fingerprint": record.fingerprint,
        "duplicate_of": duplicate_of,
        "event_id": event_id,
        "extractor_version": EXTRACTOR_VERSION,
        "stale": False,
        "processed_at": now,
    }


def _write_record(
    conn: Connection, dialect: str, record: NormalizedRecord,
    original: tuple[int, int | None] | None, event_id: int | None, now: datetime,
) -> None:
    row = record_row(record, original[0] if original else None, event_id, now)
    statement = upsert(dialect, records)
    values = {k: v for k, v in row.items() if k != "story_id"}
    conn.execute(statement.on_conflict_do_update(index_elements=["story_id"], set_=values), row)
    conn.execute(delete(facts).where(facts.c.story_id == record.story_id))
    rows = fact_rows(record.story_id, record.facts) if record.facts is not None else []
    if rows:
        conn.execute(facts.insert(), rows)


def mark_stale(db: Database, *, since: datetime | None) -> int:
    """Ask for the records of stories published since ``since`` (all when None) again."""
    statement = update(records).values(stale=True)
    if since is not None:
        recent = select(stories.c.id).where(stories.c.published_at >= since)
        statement = statement.where(records.c.story_id.in_(recent))
    with db.write("mark records stale") as conn:
        return conn.execute(statement).rowcount


# --- read views -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StoryDetail:
    """One story with its record, facts, event, fellow stories, flags and copies."""

    story: dict[str, Any]
    record: dict[str, Any] | None
    facts: list[dict[str, Any]]
    event: dict[str, Any] | None
    event_stories: list[dict[str, Any]]
    flags: list[dict[str, Any]]
    feeds: list[str]
    copies: list[dict[str, Any]]  # syndicated copies of this story (or of its original)


def find_story_id(conn: Connection, ref: str) -> int | None:
    """A story id from an id or a URL (as published or canonical)."""
    if ref.isdigit():
        return conn.execute(select(stories.c.id).where(stories.c.id == int(ref))).scalar()
    canonical = canonical_url(ref)
    query = select(stories.c.id).where(
        or_(stories.c.canonical_url.in_([ref, canonical]), stories.c.url == ref)
    )
    return conn.execute(query.limit(1)).scalar()


def get_story(db: Database, ref: str) -> StoryDetail | None:
    """Everything known about one story (by id or URL); None when there is no such story."""
    with db.read("read story") as conn:
        story_id = find_story_id(conn, ref)
        if story_id is None:
            return None
        story = dict(conn.execute(select(stories).where(stories.c.id == story_id)).one()._mapping)
        row = conn.execute(select(records).where(records.c.story_id == story_id)).first()
        record = dict(row._mapping) if row is not None else None
        fact_list = [dict(r._mapping) for r in conn.execute(
            select(facts).where(facts.c.story_id == story_id).order_by(facts.c.id))]
        event_id = record["event_id"] if record else None
        original = (record or {}).get("duplicate_of") or story_id
        return StoryDetail(
            story, record, fact_list, *_event_parts(conn, event_id), _feeds(conn, story_id),
            _copies(conn, original, story_id),
        )


def _event_parts(
    conn: Connection, event_id: int | None
) -> tuple[dict[str, Any] | None, list[dict[str, Any]], list[dict[str, Any]]]:
    if event_id is None:
        return None, [], []
    event = dict(conn.execute(select(events).where(events.c.id == event_id)).one()._mapping)
    members = conn.execute(
        select(stories.c.id, stories.c.title, stories.c.outlet, stories.c.published_at,
               stories.c.canonical_url)
        .join(event_stories, event_stories.c.story_id == stories.c.id)
        .where(event_stories.c.event_id == event_id)
        .order_by(stories.c.published_at, stories.c.id)
    )
    raised = conn.execute(select(flags).where(flags.c.event_id == event_id).order_by(flags.c.id))
    return event, [dict(m._mapping) for m in members], [dict(f._mapping) for f in raised]


def _feeds(conn: Connection, story_id: int) -> list[str]:
    query = (
        select(feeds.c.name).join(story_sources, story_sources.c.feed_id == feeds.c.id)
        .where(story_sources.c.story_id == story_id).distinct()
    )
    return sorted(conn.execute(query).scalars())


def _copies(conn: Connection, original: int, story_id: int) -> list[dict[str, Any]]:
    """The original and its syndicated copies, except the story itself."""
    query = (
        select(stories.c.id, stories.c.outlet, stories.c.canonical_url, stories.c.published_at)
        .join(records, records.c.story_id == stories.c.id)
        .where(or_(records.c.duplicate_of == original, stories.c.id == original),
               stories.c.id != story_id)
        .order_by(stories.c.published_at, stories.c.id)
    )
    return [dict(r._mapping) for r in conn.execute(query)]


@dataclass(frozen=True, slots=True)
class ReportRow:
    """One transfer report, for ``pipeline reports``."""

    story_id: int
    published_at: datetime
    jurisdiction: str | None
    state: str | None
    agency: str | None
    counts: str  # "2025-05: 8; 2025-06: more than 12"
    total: str | None
    event: str | None
    outlet: str | None
    title: str
    url: str


def list_reports(
    db: Database, *, jurisdiction: str | None = None, since: datetime | None = None,
    limit: int = 50,
) -> list[ReportRow]:
    """Transfer reports (syndicated copies left out), newest first."""
    query = (
        select(stories, records.c.facts, events.c.key.label("event_key"))
        .join(records, records.c.story_id == stories.c.id)
        .outerjoin(events, events.c.id == records.c.event_id)
        .where(records.c.transfer_report.is_(True), records.c.duplicate_of.is_(None))
    )
    if since is not None:
        query = query.where(stories.c.published_at >= since)
    if jurisdiction:
        named = select(facts.c.story_id).where(
            facts.c.kind == "jurisdiction", facts.c.name.icontains(jurisdiction, autoescape=True))
        query = query.where(stories.c.id.in_(named))
    query = query.order_by(stories.c.published_at.desc(), stories.c.id.desc()).limit(limit)
    with db.read("list reports") as conn:
        return [_report_row(row) for row in conn.execute(query)]


def _report_row(row: Any) -> ReportRow:
    found = facts_from_json(row.facts or {})
    place = found.jurisdiction
    return ReportRow(
        story_id=row.id, published_at=row.published_at,
        jurisdiction=place.name if place else None, state=place.state if place else None,
        agency=found.agency.name if found.agency else None,
        counts="; ".join(f"{c.period or 'undated'}: {describe(c)}" for c in found.counts),
        total=describe(found.total) if found.total else None, event=row.event_key,
        outlet=row.outlet, title=row.title, url=row.canonical_url,
    )
