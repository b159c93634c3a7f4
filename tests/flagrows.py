"""Test helpers: minimal stories/events/flags/webhook_deliveries rows, and FlagRow values.

The normalization stage writes these rows in production; tests of listing, acknowledging and
delivering insert them directly so they do not depend on extraction results.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select

from pipeline.store import Database
from pipeline.store.flags import FlagRow
from pipeline.store.schema import events, flags, stories, webhook_deliveries

T0 = datetime(2025, 6, 2, 9, 0, tzinfo=UTC)


def add_flag(
    db: Database,
    n: int,
    *,
    created_at: datetime = T0,
    kind: str = "new_event",
    status: str = "new",
    changes: tuple[str, ...] = (),
    delivery: bool = False,
    next_attempt_at: datetime | None = None,
) -> int:
    """Insert story ``n``, its event and one flag (plus a pending delivery); return the flag id."""
    with db.write("test rows") as conn:
        story_id = conn.execute(
            stories.insert().values(
                canonical_url=f"https://paper.example/news/{n}",
                url=f"https://paper.example/news/{n}?ref=rss",
                title=f"Valley County jail story {n}",
                summary_html="",
                summary_text="",
                published_at=created_at,
                published_estimated=False,
                first_seen_at=created_at,
                updated_at=created_at,
                outlet="Valley Courier",
                authors=[],
            )
        ).inserted_primary_key[0]
        event_id = conn.execute(
            events.insert().values(
                key=f"valley-county-or-2025-{n:02d}",
                jurisdiction="Valley County",
                state="OR",
                agency="Valley County Sheriff's Office",
                summary={},
                first_story_id=story_id,
                created_at=created_at,
                updated_at=created_at,
            )
        ).inserted_primary_key[0]
        flag_id = conn.execute(
            flags.insert().values(
                event_id=event_id,
                story_id=story_id,
                kind=kind,
                reason=f"First report: Valley County Sheriff's Office handed {n} people to ICE",
                changes=list(changes),
                dedupe_key=f"test-{n}",
                status=status,
                created_at=created_at,
                acknowledged_at=created_at if status == "acknowledged" else None,
            )
        ).inserted_primary_key[0]
        if delivery:
            conn.execute(
                webhook_deliveries.insert().values(
                    flag_id=flag_id,
                    status="pending",
                    attempts=0,
                    next_attempt_at=next_attempt_at or created_at,
                )
            )
    return int(flag_id)


def delivery_row(db: Database, flag_id: int) -> Any:
    """The webhook_deliveries row of a flag."""
    with db.read("test read") as conn:
        return conn.execute(
            select(webhook_deliveries).where(webhook_deliveries.c.flag_id == flag_id)
        ).one()


def make_flag_row(n: int, **overrides: Any) -> FlagRow:
    """A FlagRow value numbered ``n``, without any database."""
    values: dict[str, Any] = {
        "id": n,
        "kind": "changed",
        "reason": f"Changed: count for 2025-06: more than {n} -> {n + 1}",
        "status": "new",
        "created_at": T0 + timedelta(hours=n),
        "acknowledged_at": None,
        "event_id": 100 + n,
        "event_key": f"valley-county-or-2025-{n:02d}",
        "jurisdiction": "Valley County",
        "state": "OR",
        "agency": "Valley County Sheriff's Office",
        "story_id": 200 + n,
        "story_title": f"Jail hands more people to ICE, story {n}",
        "story_url": f"https://paper.example/news/{n}",
        "outlet": "Valley Courier",
        "changes": (f"count for 2025-06: more than {n} -> {n + 1}",),
    }
    values.update(overrides)
    return FlagRow(**values)
