"""Events and flags: syndicated copies, event assignment, flags raised once, webhook rows.

Every function here runs inside the caller's transaction (one per story), after the caller
took ``EVENT_LOCK_KEY`` with ``Database.serialize`` so assignments never interleave.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, or_, select, update

from pipeline.events import (
    Change,
    EventSummary,
    assign_event,
    describe,
    merge,
    near_duplicate,
    rebuild,
    start_event,
    summary_changes,
)
from pipeline.facts import TransferFacts
from pipeline.normalize import facts_from_json, summary_from_json, summary_to_json
from pipeline.store.db import MIGRATION_LOCK_KEY
from pipeline.store.polls import upsert
from pipeline.store.schema import event_stories, events, flags, records, stories, webhook_deliveries

EVENT_LOCK_KEY = MIGRATION_LOCK_KEY + 2
SYNDICATION_DAYS = 14  # copies run within days of the original
SYNDICATION_CANDIDATES = 300  # most recent related records compared per story
EVENT_CANDIDATES = 200  # most recently updated events of the same place compared
_FLAG_CHANGES = frozenset({"new_period", "count_changed", "new_total", "total_changed"})
_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True, slots=True)
class Flag:
    """A flag to raise: its kind, readable reason, change details and dedupe key."""

    kind: str  # new_event | changed
    reason: str
    changes: tuple[str, ...]
    dedupe_key: str


@dataclass(frozen=True, slots=True)
class Placement:
    """The event a story ended up in and the flags it raised (newly inserted only)."""

    event_id: int | None
    flags_raised: int = 0


# --- pure helpers ----------------------------------------------------------------------------


def slug(text: str) -> str:
    """Lower-case words joined by hyphens."""
    return _SLUG.sub("-", text.lower().replace("'", "").replace("’", "")).strip("-")


def event_key(summary: EventSummary, published: date | None) -> str:
    """Readable key: place, state and first period ("los-angeles-county-ca-2025-05")."""
    place = summary.jurisdiction or summary.agency or "unknown"
    dated = sorted(c.period for c in summary.counts if c.period and "X" not in c.period)
    when = dated[0][:7] if dated else (published.strftime("%Y-%m") if published else "undated")
    return "-".join(part for part in (slug(place), slug(summary.state or ""), when) if part)


def first_report(summary: EventSummary, changes: Sequence[Change], key: str) -> Flag:
    """The new_event flag of an event's first story."""
    who = summary.agency or summary.jurisdiction or "an unknown agency"
    counts = list(summary.counts)
    if len(counts) == 1:
        what = f"handed {describe(counts[0])} people to ICE ({counts[0].period or 'undated'})"
    elif counts:
        listed = ", ".join(f"{describe(c)} ({c.period or 'undated'})" for c in counts)
        what = f"handed people to ICE: {listed}"
    elif summary.total is not None:
        what = f"handed {describe(summary.total)} people to ICE"
    else:
        what = "handed people to ICE"
    details = tuple(c.detail for c in changes if c.kind != "new_story")
    return Flag("new_event", f"First report: {who} {what}", details, f"new_event:{key}")


def change_flag(event_id: int, story_id: int, changes: Sequence[Change]) -> Flag | None:
    """The changed flag for what a story adds to a known event; None when nothing changed."""
    details = tuple(c.detail for c in changes if c.kind in _FLAG_CHANGES)
    if not details:
        return None
    digest = hashlib.sha256("\n".join(details).encode()).hexdigest()[:16]
    return Flag("changed", "Changed: " + "; ".join(details), details,
                f"changed:{event_id}:{story_id}:{digest}")


# --- syndication ----------------------------------------------------------------------------


def syndication(
    conn: Connection, story_id: int, text: str, published_at: datetime
) -> tuple[tuple[int, int | None] | None, list[int]]:
    """The story's original (story id, event id), or None and the stored stories it precedes.

    The original is the earliest published of the copies (then first seen, then id), whatever
    order they were processed in: when the story itself is earliest, the stored originals it
    is a near copy of are returned to be demoted to its copies.
    """
    window = timedelta(days=SYNDICATION_DAYS)
    query = (
        select(records.c.story_id, records.c.text, records.c.event_id, stories.c.published_at,
               stories.c.first_seen_at)
        .join(stories, stories.c.id == records.c.story_id)
        .where(
            records.c.related.is_(True),
            records.c.duplicate_of.is_(None),
            records.c.story_id != story_id,
            stories.c.published_at.between(published_at - window, published_at + window),
        )
        .order_by(stories.c.published_at.desc())
        .limit(SYNDICATION_CANDIDATES)
    )
    copies = [row for row in conn.execute(query) if near_duplicate(text, row.text)]
    if not copies:
        return None, []
    seen = conn.execute(
        select(stories.c.first_seen_at).where(stories.c.id == story_id)
    ).scalar_one_or_none()
    earliest = min(copies, key=lambda row: (row.published_at, row.first_seen_at, row.story_id))
    if (earliest.published_at, earliest.first_seen_at, earliest.story_id) < (
        published_at, seen or earliest.first_seen_at, story_id
    ):
        return (earliest.story_id, earliest.event_id), []
    return None, [row.story_id for row in copies]


def demote_copies(
    conn: Connection, original: int, event_id: int | None, copies: Sequence[int], now: datetime
) -> None:
    """Make stored originals (and their copies) copies of ``original``, leaving their events."""
    for copy in copies:
        left = conn.execute(
            select(records.c.event_id).where(records.c.story_id == copy)
        ).scalar_one_or_none()
        conn.execute(
            update(records)
            .where(or_(records.c.story_id == copy, records.c.duplicate_of == copy))
            .values(duplicate_of=original, event_id=event_id)
        )
        if left is not None:
            leave_event(conn, left, copy, now)


# --- events ---------------------------------------------------------------------------------


def load_candidates(conn: Connection, facts: TransferFacts) -> list[EventSummary]:
    """Events sharing the story's state, jurisdiction or agency; most recently updated last."""
    clauses = []
    if facts.jurisdiction is not None:
        clauses.append(events.c.jurisdiction == facts.jurisdiction.name)
        if facts.jurisdiction.state:
            clauses.append(events.c.state == facts.jurisdiction.state)
    if facts.agency is not None:
        clauses.append(events.c.agency == facts.agency.name)
    if not clauses:
        return []
    query = (
        select(events.c.id, events.c.summary)
        .where(or_(*clauses))
        .order_by(events.c.updated_at.desc(), events.c.id.desc())
        .limit(EVENT_CANDIDATES)
    )
    rows = list(conn.execute(query))
    return [summary_from_json(str(row.id), row.summary) for row in reversed(rows)]


def place_story(
    conn: Connection,
    dialect: str,
    *,
    story_id: int,
    facts: TransferFacts,
    published: date | None,
    known_event: int | None,
    now: datetime,
    webhook: bool,
) -> Placement:
    """Put a transfer report into its event (new or known) and raise the flags it earns."""
    if known_event is not None:
        kept = _replace_in_event(conn, dialect, known_event, story_id, facts, published, now,
                                 webhook)
        if kept is not None:
            return kept
    match = assign_event(facts, published, load_candidates(conn, facts))
    summary = _summary(conn, int(match.event_id)) if match is not None else None
    if summary is None:
        return _start(conn, dialect, story_id, facts, published, now, webhook)
    event_id = int(summary.event_id)
    merged, changes = merge(summary, facts, story_id=str(story_id), published=published)
    _save_summary(conn, event_id, merged, now)
    _join(conn, dialect, event_id, story_id, now)
    flag = change_flag(event_id, story_id, changes)
    raised = raise_flag(conn, dialect, flag, event_id, story_id, now, webhook) if flag else False
    return Placement(event_id, int(raised))


def _replace_in_event(
    conn: Connection, dialect: str, event_id: int, story_id: int, facts: TransferFacts,
    published: date | None, now: datetime, webhook: bool,
) -> Placement | None:
    """A reprocessed member's new facts: rebuild its event; None when it left the event."""
    old = _summary(conn, event_id)
    if old is None:
        return None
    others = [m for m in _members(conn, event_id) if m[0] != str(story_id)]
    without = rebuild(str(event_id), others)
    if others and assign_event(facts, published, [without]) is None:
        leave_event(conn, event_id, story_id, now)  # now about other handovers
        return None
    mine = (str(story_id), facts, published)
    rebuilt = rebuild(str(event_id), sorted([*others, mine], key=_member_order))
    _save_summary(conn, event_id, rebuilt, now)
    _join(conn, dialect, event_id, story_id, now)
    # Only what the event now knows differently is flagged; flags raised before stay.
    flag = change_flag(event_id, story_id, summary_changes(old, rebuilt))
    raised = raise_flag(conn, dialect, flag, event_id, story_id, now, webhook) if flag else False
    return Placement(event_id, int(raised))


def leave_event(conn: Connection, event_id: int, story_id: int, now: datetime) -> None:
    """Take a story out of an event and rebuild the event from the stories left."""
    conn.execute(event_stories.delete().where(
        event_stories.c.event_id == event_id, event_stories.c.story_id == story_id))
    members = [m for m in _members(conn, event_id) if m[0] != str(story_id)]
    rebuilt = rebuild(str(event_id), members)
    if members:
        _save_summary(conn, event_id, rebuilt, now)
        return
    # No story left: the summary matches nothing any more; the columns keep naming the place
    # for the flags already raised about it.
    conn.execute(update(events).where(events.c.id == event_id).values(
        summary=summary_to_json(rebuilt), updated_at=now))


def _members(conn: Connection, event_id: int) -> list[tuple[str, TransferFacts, date | None]]:
    """(story id, stored facts, published date) of an event's members, in published order."""
    query = (
        select(event_stories.c.story_id, records.c.facts, stories.c.published_at)
        .join(records, records.c.story_id == event_stories.c.story_id)
        .join(stories, stories.c.id == event_stories.c.story_id)
        .where(event_stories.c.event_id == event_id)
    )
    found = [(str(row.story_id), facts_from_json(row.facts), row.published_at.date())
             for row in conn.execute(query) if row.facts]
    return sorted(found, key=_member_order)


def _member_order(member: tuple[str, TransferFacts, date | None]) -> tuple[date, int]:
    return member[2] or date.min, int(member[0])


def _summary(conn: Connection, event_id: int) -> EventSummary | None:
    row = conn.execute(select(events.c.summary).where(events.c.id == event_id)).first()
    return summary_from_json(str(event_id), row.summary) if row is not None else None


def _start(
    conn: Connection, dialect: str, story_id: int, facts: TransferFacts,
    published: date | None, now: datetime, webhook: bool,
) -> Placement:
    summary, changes = start_event("new", facts, story_id=str(story_id), published=published)
    key = _free_key(conn, event_key(summary, published))
    event_id = conn.execute(
        events.insert().returning(events.c.id),
        {"key": key, "jurisdiction": summary.jurisdiction, "state": summary.state,
         "agency": summary.agency, "summary": summary_to_json(summary),
         "first_story_id": story_id, "created_at": now, "updated_at": now},
    ).scalar_one()
    _join(conn, dialect, event_id, story_id, now)
    flag = first_report(summary, changes, key)
    raised = raise_flag(conn, dialect, flag, event_id, story_id, now, webhook)
    return Placement(event_id, int(raised))


def _free_key(conn: Connection, key: str) -> str:
    """``key``, or ``key-2``, ``key-3``... when taken (the event lock keeps this race-free)."""
    taken = set(conn.execute(select(events.c.key).where(events.c.key.like(f"{key}%"))).scalars())
    candidate, n = key, 1
    while candidate in taken:
        n += 1
        candidate = f"{key}-{n}"
    return candidate


def _save_summary(conn: Connection, event_id: int, summary: EventSummary, now: datetime) -> None:
    conn.execute(
        update(events).where(events.c.id == event_id).values(
            summary=summary_to_json(summary), jurisdiction=summary.jurisdiction,
            state=summary.state, agency=summary.agency, updated_at=now,
        )
    )


def _join(conn: Connection, dialect: str, event_id: int, story_id: int, now: datetime) -> None:
    statement = upsert(dialect, event_stories).on_conflict_do_nothing(
        index_elements=["event_id", "story_id"]
    )
    conn.execute(statement, {"event_id": event_id, "story_id": story_id, "added_at": now})


# --- flags ----------------------------------------------------------------------------------


def raise_flag(
    conn: Connection, dialect: str, flag: Flag, event_id: int, story_id: int, now: datetime,
    webhook: bool,
) -> bool:
    """Insert the flag unless its dedupe key exists; queue its webhook delivery. True if new."""
    row: dict[str, Any] = {
        "event_id": event_id, "story_id": story_id, "kind": flag.kind, "reason": flag.reason,
        "changes": list(flag.changes), "dedupe_key": flag.dedupe_key, "status": "new",
        "created_at": now,
    }
    statement = (
        upsert(dialect, flags)
        .on_conflict_do_nothing(index_elements=["dedupe_key"])
        .returning(flags.c.id)
    )
    flag_id = conn.execute(statement, row).scalar_one_or_none()
    if flag_id is None:
        return False
    if webhook:
        conn.execute(webhook_deliveries.insert(), {
            "flag_id": flag_id, "status": "pending", "attempts": 0, "next_attempt_at": now,
        })
    return True
