"""Flags for people to review: listing, acknowledging, and leasing their webhook deliveries.

Flags and their delivery rows are created by the normalization stage (in the same transaction);
this module only reads them and moves them along.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Row, Select, and_, or_, select, update

from pipeline.store.db import Database
from pipeline.store.schema import events, flags, stories, webhook_deliveries

FLAG_STATUSES = ("new", "acknowledged")


@dataclass(frozen=True, slots=True)
class FlagRow:
    """One flag with the event and story it is about."""

    id: int
    kind: str  # "new_event" | "changed"
    reason: str
    status: str  # "new" | "acknowledged"
    created_at: datetime
    acknowledged_at: datetime | None
    event_id: int
    event_key: str
    jurisdiction: str | None
    state: str | None
    agency: str | None
    story_id: int
    story_title: str
    story_url: str
    outlet: str | None
    changes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Delivery:
    """A webhook delivery leased to one deliverer, with the flag it carries."""

    id: int
    flag_id: int
    attempts: int  # made before this one
    lease_token: str
    flag: FlagRow


def _flag_query() -> Select[Any]:
    """Flags joined with their event and story, newest first."""
    return (
        select(
            flags,
            events.c.key.label("event_key"),
            events.c.jurisdiction,
            events.c.state,
            events.c.agency,
            stories.c.title.label("story_title"),
            stories.c.canonical_url.label("story_url"),
            stories.c.outlet,
        )
        .join(events, events.c.id == flags.c.event_id)
        .join(stories, stories.c.id == flags.c.story_id)
        .order_by(flags.c.created_at.desc(), flags.c.id.desc())
    )


def _flag_row(row: Row[Any]) -> FlagRow:
    return FlagRow(
        id=row.id,
        kind=row.kind,
        reason=row.reason,
        status=row.status,
        created_at=row.created_at,
        acknowledged_at=row.acknowledged_at,
        event_id=row.event_id,
        event_key=row.event_key,
        jurisdiction=row.jurisdiction,
        state=row.state,
        agency=row.agency,
        story_id=row.story_id,
        story_title=row.story_title,
        story_url=row.story_url,
        outlet=row.outlet,
        changes=tuple(row.changes or ()),
    )


def list_flags(
    db: Database, *, status: str | None = None, since: datetime | None = None, limit: int = 50
) -> list[FlagRow]:
    """Flags, newest first; ``status`` None (or "all") means any status."""
    query = _flag_query().limit(limit)
    if status is not None and status != "all":
        if status not in FLAG_STATUSES:
            raise ValueError(f"unknown flag status {status!r}")
        query = query.where(flags.c.status == status)
    if since is not None:
        query = query.where(flags.c.created_at >= since)
    with db.read("list flags") as conn:
        return [_flag_row(row) for row in conn.execute(query)]


def acknowledge(db: Database, flag_ids: Sequence[int], now: datetime) -> int:
    """Mark these flags acknowledged; returns how many were new (already-acked ones stay)."""
    if not flag_ids:
        return 0
    with db.write("acknowledge flags") as conn:
        result = conn.execute(
            update(flags)
            .where(and_(flags.c.id.in_(list(flag_ids)), flags.c.status == "new"))
            .values(status="acknowledged", acknowledged_at=now)
        )
    return result.rowcount


def acknowledge_all_new(db: Database, now: datetime) -> int:
    """Acknowledge every flag still new; returns how many."""
    with db.write("acknowledge flags") as conn:
        result = conn.execute(
            update(flags)
            .where(flags.c.status == "new")
            .values(status="acknowledged", acknowledged_at=now)
        )
    return result.rowcount


def existing_flag_ids(db: Database, flag_ids: Sequence[int]) -> set[int]:
    """Which of these ids name a stored flag."""
    if not flag_ids:
        return set()
    with db.read("read flags") as conn:
        rows = conn.execute(select(flags.c.id).where(flags.c.id.in_(list(flag_ids))))
        return {row.id for row in rows}


def claim_deliveries(
    db: Database, *, owner: str, now: datetime, lease_seconds: float, limit: int
) -> list[Delivery]:
    """Lease up to ``limit`` pending, due, unleased deliveries to ``owner``, oldest due first."""
    query = (
        select(webhook_deliveries)
        .where(
            webhook_deliveries.c.status == "pending",
            webhook_deliveries.c.next_attempt_at <= now,
            or_(
                webhook_deliveries.c.lease_expires_at.is_(None),
                webhook_deliveries.c.lease_expires_at <= now,
            ),
        )
        .order_by(webhook_deliveries.c.next_attempt_at, webhook_deliveries.c.id)
        .limit(limit)
    )
    if db.dialect == "postgresql":
        # Rows another deliverer is claiming are skipped, not waited for (see feeds.claim_due).
        query = query.with_for_update(skip_locked=True)
    expires = now + timedelta(seconds=lease_seconds)
    with db.write("claim webhook deliveries") as conn:
        rows = conn.execute(query).all()
        tokens = {row.id: _lease(conn, row.id, owner, expires) for row in rows}
        found = _flags_by_id(conn, [row.flag_id for row in rows])
    return [
        Delivery(row.id, row.flag_id, row.attempts, tokens[row.id], found[row.flag_id])
        for row in rows
    ]


def _lease(conn: Connection, delivery_id: int, owner: str, expires: datetime) -> str:
    token = uuid.uuid4().hex
    conn.execute(
        update(webhook_deliveries)
        .where(webhook_deliveries.c.id == delivery_id)
        .values(lease_owner=owner, lease_token=token, lease_expires_at=expires)
    )
    return token


def _flags_by_id(conn: Connection, flag_ids: Sequence[int]) -> dict[int, FlagRow]:
    if not flag_ids:
        return {}
    rows = conn.execute(_flag_query().where(flags.c.id.in_(list(flag_ids))))
    return {row.id: _flag_row(row) for row in rows}


def _finish(db: Database, delivery: Delivery, values: dict[str, Any]) -> bool:
    """Record an attempt's outcome and drop the lease; False when the lease was lost."""
    mine = and_(
        webhook_deliveries.c.id == delivery.id,
        webhook_deliveries.c.lease_token == delivery.lease_token,
    )
    with db.write("record webhook delivery") as conn:
        result = conn.execute(
            update(webhook_deliveries)
            .where(mine)
            .values(
                attempts=webhook_deliveries.c.attempts + 1,
                lease_owner=None,
                lease_token=None,
                lease_expires_at=None,
                **values,
            )
        )
    return result.rowcount > 0


def delivery_succeeded(db: Database, delivery: Delivery, now: datetime) -> bool:
    """The webhook accepted the flag."""
    return _finish(db, delivery, {"status": "delivered", "delivered_at": now, "last_error": None})


def delivery_failed(
    db: Database, delivery: Delivery, error: str, next_attempt_at: datetime, give_up: bool
) -> bool:
    """The attempt failed: retry at ``next_attempt_at``, or stop for good when ``give_up``."""
    values = {
        "status": "failed" if give_up else "pending",
        "last_error": error,
        "next_attempt_at": next_attempt_at,
    }
    return _finish(db, delivery, values)
