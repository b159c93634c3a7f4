"""Feed rows: syncing them with feeds.toml and leasing due feeds to pollers."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Text,
    and_,
    any_,
    bindparam,
    cast,
    or_,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY

from pipeline.errors import ConfigError
from pipeline.models import ClaimedFeed, FeedConfig, Validators
from pipeline.store.db import FEED_SYNC_LOCK_KEY, Database
from pipeline.store.schema import feeds


@dataclass(frozen=True, slots=True)
class SyncReport:
    """Which feed names a sync added, changed, removed from the config or brought back."""

    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    restored: tuple[str, ...] = ()  # were absent from the config, now present again

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed or self.restored)


def config_values(config: FeedConfig) -> dict[str, Any]:
    """The feed columns that feeds.toml decides."""
    return {
        "url": config.url,
        "interval_seconds": max(1, round(config.interval.total_seconds())),
        "enabled": config.enabled,
        "tags": list(config.tags),
        "headers": dict(config.headers),
    }


def new_feed_row(config: FeedConfig, now: datetime) -> dict[str, Any]:
    """A complete row for a feed seen in the config for the first time: due at once."""
    return {
        "name": config.name,
        **config_values(config),
        "in_config": True,
        "next_poll_at": now,
        "consecutive_failures": 0,
        "created_at": now,
        "updated_at": now,
    }


def feed_changes(row: Mapping[Any, Any], config: FeedConfig, now: datetime) -> dict[str, Any]:
    """Column updates that bring ``row`` in line with ``config``; empty when nothing differs."""
    wanted = config_values(config)
    changes = {key: value for key, value in wanted.items() if row[key] != value}
    if not row["in_config"]:
        changes["in_config"] = True
    if "url" in changes:
        # Validators and redirects belonged to the old URL; poll the new one soon. The lease
        # goes too: a poll of the old URL still in flight must not write its validators,
        # redirect and next poll time over these (its save sees the token gone).
        changes.update(
            effective_url=None,
            etag=None,
            last_modified=None,
            body_sha256=None,
            consecutive_failures=0,
            next_poll_at=now,
            lease_owner=None,
            lease_token=None,
            lease_expires_at=None,
        )
    if changes:
        changes["updated_at"] = now
    return changes


# What sync_feeds compares: the columns feeds.toml decides, not the poll state. The JSON
# ones come as text and are decoded by ``stored_feeds``.
SYNC_COLUMNS: tuple[ColumnElement[Any], ...] = (
    feeds.c.id,
    feeds.c.name,
    feeds.c.in_config,
    *(feeds.c[name] for name in ("url", "interval_seconds", "enabled")),
    *(cast(feeds.c[name], Text).label(name) for name in ("tags", "headers")),
)
SYNC_NAMES = ("id", "name", "in_config", "url", "interval_seconds", "enabled", "tags", "headers")


def stored_feeds(conn: Connection) -> dict[str, dict[str, Any]]:
    """Every feed row's SYNC_COLUMNS by name, JSON decoded.

    Nearly every feed stores the same few JSON texts (no tags, no headers): each distinct
    text is decoded once, and rows share the (never modified) result.
    """
    decoded: dict[str, Any] = {}

    def load(text_: str) -> Any:
        if text_ not in decoded:
            decoded[text_] = json.loads(text_)
        return decoded[text_]

    found: dict[str, dict[str, Any]] = {}
    for row in conn.execute(select(*SYNC_COLUMNS)):
        values = dict(zip(SYNC_NAMES, tuple(row), strict=True))  # Row mappings cost more
        values["tags"], values["headers"] = load(values["tags"]), load(values["headers"])
        found[values["name"]] = values
    return found


def sync_feeds(db: Database, configs: Sequence[FeedConfig], now: datetime) -> SyncReport:
    """Make the feeds table match the configured feeds (absent ones are kept, never polled)."""
    by_name = {config.name: config for config in configs}
    if len(by_name) != len(configs):
        raise ConfigError("feed names must be unique")
    added: list[str] = []
    updated: list[str] = []
    restored: list[str] = []
    with db.write("sync feeds") as conn:
        # Instances starting together must not both insert the same new feed.
        db.serialize(conn, FEED_SYNC_LOCK_KEY)
        existing = stored_feeds(conn)
        for name, config in by_name.items():
            row = existing.get(name)
            if row is None:
                conn.execute(feeds.insert().values(new_feed_row(config, now)))
                added.append(name)
                continue
            changes = feed_changes(row, config, now)
            if changes:
                conn.execute(update(feeds).where(feeds.c.id == row["id"]).values(changes))
                (updated if row["in_config"] else restored).append(name)
        removed = sorted(
            name for name, row in existing.items() if row["in_config"] and name not in by_name
        )
        if removed:
            conn.execute(
                update(feeds)
                .where(feeds.c.name.in_(removed))
                .values(in_config=False, updated_at=now)
            )
    return SyncReport(tuple(added), tuple(updated), tuple(removed), tuple(restored))


# What a poll needs of a feed row (claimed_feed): not the timestamps or tags, whose
# decoding was most of a claim's cost.
CLAIM_COLUMNS: tuple[ColumnElement[Any], ...] = (
    feeds.c.id,
    feeds.c.name,
    feeds.c.url,
    feeds.c.effective_url,
    feeds.c.interval_seconds,
    feeds.c.headers,
    feeds.c.etag,
    feeds.c.last_modified,
    feeds.c.body_sha256,
    feeds.c.consecutive_failures,
)


def claim_due(
    db: Database,
    *,
    owner: str,
    now: datetime,
    lease_seconds: float,
    limit: int,
    names: Sequence[str] | None = None,
    force: bool = False,
) -> list[ClaimedFeed]:
    """Lease up to ``limit`` due feeds to ``owner``; no feed is ever leased twice at once.

    ``force`` ignores next_poll_at (poll now) but never steals a live lease.
    """
    where = claimable(now, names=names, force=force, dialect=db.dialect)
    chosen = select(feeds.c.id).where(*where).order_by(feeds.c.next_poll_at, feeds.c.id)
    chosen = chosen.limit(limit)
    if db.dialect == "postgresql":
        # Rows another claimer has locked are skipped, not waited for; the lock lasts until
        # the UPDATE that takes it commits.
        chosen = chosen.with_for_update(skip_locked=True)
    # Materialized: run once. As a plain IN (subquery) the planner may rescan it, and each
    # rescan can skip to other rows, leasing more than limit feeds.
    due = chosen.cte("due").prefix_with("MATERIALIZED", dialect="postgresql")
    token = uuid.uuid4().hex  # one per claim: it tells this claim's leases from any other
    expires = now + timedelta(seconds=lease_seconds)
    claim = (
        update(feeds)
        .where(feeds.c.id.in_(select(due.c.id)))
        .values(lease_owner=owner, lease_token=token, lease_expires_at=expires)
        .returning(feeds.c.next_poll_at, *CLAIM_COLUMNS)
    )
    with db.write("claim feeds") as conn:
        rows = sorted(conn.execute(claim), key=lambda row: (row[0], row[1]))
    # (sorted: RETURNING comes in no particular order; the longest-due are polled first)
    return [claimed_feed(row[1:], token) for row in rows]


def one_of(column: ColumnElement[Any], values: Sequence[Any], dialect: str) -> ColumnElement[bool]:
    """``column IN values``; on PostgreSQL ``= ANY(array)``, one parameter however many.

    A claim names up to a few hundred feeds: expanded into as many placeholders, the
    statement text changes with every claim and psycopg parses it afresh each time.
    """
    if dialect == "postgresql":
        return column == any_(bindparam(None, list(values), type_=ARRAY(column.type)))
    return column.in_(list(values))


def claimable(
    now: datetime, *, names: Sequence[str] | None, force: bool, dialect: str
) -> list[Any]:
    """WHERE clauses of a feed that may be claimed at ``now``."""
    clauses: list[Any] = [
        feeds.c.enabled.is_(True),
        feeds.c.in_config.is_(True),
        or_(feeds.c.lease_expires_at.is_(None), feeds.c.lease_expires_at <= now),
    ]
    if not force:
        clauses.append(feeds.c.next_poll_at <= now)
    if names is not None:
        clauses.append(one_of(feeds.c.name, names, dialect))
    return clauses


def claimed_feed(row: Sequence[Any], token: str) -> ClaimedFeed:
    """The ClaimedFeed a leased feeds row (CLAIM_COLUMNS, in order) describes."""
    # Unpacked, not read by attribute name: a claim builds hundreds of these at once.
    values: tuple[Any, ...] = tuple(row)
    id_, name, url, effective_url, interval, headers, etag, modified, digest, failures = values
    return ClaimedFeed(
        id=id_,
        name=name,
        url=url,
        effective_url=effective_url,
        interval=timedelta(seconds=interval),
        headers=dict(headers) if headers else {},
        validators=Validators(etag, modified, digest),
        consecutive_failures=failures,
        lease_token=token,
    )


def release(db: Database, feed_id: int, lease_token: str) -> bool:
    """Give back a lease without polling (shutdown); next_poll_at stays. False if not ours."""
    with db.write("release feed") as conn:
        result = conn.execute(
            update(feeds)
            .where(and_(feeds.c.id == feed_id, feeds.c.lease_token == lease_token))
            .values(lease_owner=None, lease_token=None, lease_expires_at=None)
        )
    return result.rowcount > 0
