"""Storing one poll: stories, their sources, the fetch row and the feed's new state, atomically."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import psycopg
from sqlalchemy import JSON, Connection, Table, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from pipeline.errors import StorageError
from pipeline.models import ParsedEntry, PollOutcome
from pipeline.store.bulk import (
    insert_many,
    pg_update_many,
    select_by_ids,
    time_value,
    update_many,
)
from pipeline.store.db import Database, describe
from pipeline.store.schema import feeds, fetches, stories, story_sources

LOOKUP_CHUNK = 500  # canonical URLs per IN (...) lookup; far below every parameter limit


@dataclass(frozen=True, slots=True)
class SaveResult:
    """What a saved poll added."""

    entries_new: int  # entries this feed had not carried before
    stories_new: int  # canonical URLs no feed had carried before
    state_saved: bool = True  # False when the lease was lost and the feed row was left alone


def upsert(dialect: str, table: Table) -> Any:
    """A dialect-specific INSERT that supports ON CONFLICT ... DO NOTHING and RETURNING."""
    return pg_insert(table) if dialect == "postgresql" else sqlite_insert(table)


def clean(value: str | None) -> str | None:
    """Drop NUL characters, which PostgreSQL text columns refuse outright."""
    return value.replace("\x00", "") if value else value


def clean_text(value: str) -> str:
    """``clean`` for values that are never None."""
    return value.replace("\x00", "")


def story_row(entry: ParsedEntry, seen_at: datetime) -> dict[str, Any]:
    """The stories row an entry creates when its canonical URL is new."""
    published = entry.published or seen_at
    return {
        "canonical_url": clean_text(entry.canonical_url),
        "url": clean(entry.link),
        "title": clean_text(entry.title),
        "summary_html": clean_text(entry.summary_html),
        "summary_text": clean_text(entry.summary_text),
        "published_at": published,
        "published_estimated": entry.published is None,
        "first_seen_at": seen_at,
        "updated_at": entry.updated or published,
        "outlet": clean(entry.outlet),
        "authors": [clean_text(author) for author in entry.authors],
    }


def unique_by(entries: Iterable[ParsedEntry], key: str) -> list[ParsedEntry]:
    """Entries with a distinct ``key`` attribute (NUL-stripped), first occurrence wins."""
    seen: dict[str, ParsedEntry] = {}
    for entry in entries:
        seen.setdefault(clean_text(getattr(entry, key)), entry)
    return list(seen.values())


class _Increment:
    """Marks a feed column the update adds one to, in SQL, instead of setting."""


INCREMENT = _Increment()


def feed_state(outcome: PollOutcome, dialect: str) -> dict[str, Any]:
    """Feed columns to write after a poll, in driver form; the lease is always cleared.

    Keys come in a fixed order for a given set of columns, so states that set the same
    columns can share one statement.
    """
    finished = time_value(outcome.finished_at, dialect)
    state: dict[str, Any] = {
        "last_polled_at": finished,
        "last_status": outcome.status,
        "next_poll_at": time_value(outcome.next_poll_at, dialect),
        "lease_owner": None,
        "lease_token": None,
        "lease_expires_at": None,
        "updated_at": finished,
    }
    if outcome.ok:
        state.update(consecutive_failures=0, last_success_at=finished, last_error=None)
    else:
        state.update(consecutive_failures=INCREMENT, last_error=clean(outcome.error))
    if outcome.validators is not None and outcome.validators != outcome.feed.validators:
        # Unchanged validators (most 304s) are not rewritten: the lease proves the row still
        # holds the ones this poll was claimed with (a URL change clears both).
        state.update(
            etag=clean(outcome.validators.etag),
            last_modified=clean(outcome.validators.last_modified),
            body_sha256=outcome.validators.body_sha256,
        )
    if outcome.effective_url is not None:
        state["effective_url"] = clean(outcome.effective_url)
    return state


FETCH_COLUMNS = (
    "feed_id",
    "started_at",
    "finished_at",
    "duration_ms",
    "status",
    "bytes",
    "entries_seen",
    "entries_new",
    "error",
    "problem",
    "unchanged",
)


def fetch_row(outcome: PollOutcome, entries_new: int, dialect: str) -> tuple[Any, ...]:
    """The fetches row recording this poll, in FETCH_COLUMNS order and driver form."""
    elapsed = outcome.finished_at - outcome.started_at
    return (
        outcome.feed.id,
        time_value(outcome.started_at, dialect),
        time_value(outcome.finished_at, dialect),
        max(0, round(elapsed.total_seconds() * 1000)),
        outcome.status,
        outcome.bytes_received,
        len(outcome.entries),
        entries_new,
        clean(outcome.error),
        clean(outcome.problem),
        outcome.unchanged,
    )


def save_poll(db: Database, outcome: PollOutcome) -> SaveResult:
    """Store one poll in one transaction (see ``save_polls``)."""
    return save_polls(db, [outcome])[0]


def save_polls(db: Database, outcomes: Sequence[PollOutcome]) -> list[SaveResult]:
    """Store polls in one transaction; each feed's state is written only if we hold its lease.

    Grouping many polls into one commit is what lets a steady-state pass (mostly 304s) keep
    up with the network; each poll stays atomic because the group commits or fails whole.
    Entries and the fetch row are kept even when the lease was lost: they are facts about
    what the feed published, and re-saving them is harmless (conflicts are ignored).
    """
    if not outcomes:
        return []
    dialect = db.dialect
    with db.write("save poll") as conn:
        added = [insert_entries(conn, dialect, outcome) for outcome in outcomes]
        rows = [fetch_row(o, new, dialect) for o, (new, _) in zip(outcomes, added, strict=True)]
        insert_many(conn, dialect, fetches, FETCH_COLUMNS, rows)
        held = write_feed_states(conn, dialect, outcomes)
    return [
        SaveResult(entries_new, stories_new, state_saved=outcome.feed.id in held)
        for outcome, (entries_new, stories_new) in zip(outcomes, added, strict=True)
    ]


def insert_entries(conn: Connection, dialect: str, outcome: PollOutcome) -> tuple[int, int]:
    """Insert a poll's stories and sources; (entries new to this feed, stories new at all)."""
    if not outcome.entries:
        return 0, 0
    story_ids, stories_new = insert_stories(conn, dialect, outcome.entries, outcome.finished_at)
    return insert_sources(conn, dialect, outcome, story_ids), stories_new


def write_feed_states(conn: Connection, dialect: str, outcomes: Sequence[PollOutcome]) -> set[int]:
    """Update the state of every feed whose lease we still hold; return their ids."""
    if dialect == "postgresql":
        # The lease check is part of each UPDATE: under READ COMMITTED a check made by an
        # earlier SELECT could be stale by the time the row is written.
        written: set[int] = set()
        for columns, params in state_updates(outcomes, dialect, with_token=True):
            written |= pg_update_many(conn, feeds, columns, params, only_if="lease_token")
        return written
    # SQLite: the write transaction holds the database's only write lock, so nobody can
    # take a lease between this check and the update.
    tokens = {outcome.feed.id: outcome.feed.lease_token for outcome in outcomes}
    rows = select_by_ids(conn, dialect, feeds, ("lease_token",), tokens)
    held = {feed_id for feed_id, token in rows if token is not None and tokens[feed_id] == token}
    mine = [outcome for outcome in outcomes if outcome.feed.id in held]
    for columns, params in state_updates(mine, dialect, with_token=False):
        update_many(conn, dialect, feeds, columns, params)
    return held


def state_updates(
    outcomes: Sequence[PollOutcome], dialect: str, *, with_token: bool
) -> list[tuple[list[tuple[str, bool]], list[tuple[Any, ...]]]]:
    """Feed states as (columns, rows) for ``update_many``: one pair per statement.

    Polls that set the same columns (the same way) share one UPDATE statement. Each row ends
    with the feed's id, then (``with_token``) the lease token the poll was claimed with.
    """
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for outcome in outcomes:
        state = feed_state(outcome, dialect)
        state["id"] = outcome.feed.id  # after the columns: the WHERE clause's parameters
        if with_token:
            state["claimed_token"] = outcome.feed.lease_token
        groups.setdefault(tuple(state), []).append(state)
    updates = []
    for states in groups.values():
        # The key sets of a success and a failure differ: a count goes up in all or none.
        keys = [key for key in states[0] if key not in ("id", "claimed_token")]
        columns = [(key, states[0][key] is INCREMENT) for key in keys]
        params = [tuple(v for v in state.values() if v is not INCREMENT) for state in states]
        updates.append((columns, params))
    return updates


def insert_stories(
    conn: Connection, dialect: str, entries: Sequence[ParsedEntry], seen_at: datetime
) -> tuple[dict[str, int], int]:
    """Insert unseen stories; return every entry's story id by canonical URL, and the new count.

    Existing stories are left as first stored: first_seen_at and the first title stay put.
    """
    rows = [story_row(entry, seen_at) for entry in unique_by(entries, "canonical_url")]
    if not rows:
        return {}, 0
    returning = ("id", "canonical_url")
    inserted = bulk_insert(conn, dialect, stories, rows, ("canonical_url",), returning)
    ids = {url: id_ for id_, url in inserted}
    new = len(ids)
    missing = [row["canonical_url"] for row in rows if row["canonical_url"] not in ids]
    ids.update(story_ids(conn, dialect, missing))
    return ids, new


def story_ids(conn: Connection, dialect: str, urls: list[str]) -> dict[str, int]:
    """Ids of already stored stories by canonical URL."""
    if dialect == "postgresql" and urls:
        any_of = text("SELECT id, canonical_url FROM stories WHERE canonical_url = ANY(:urls)")
        return {url: id_ for id_, url in conn.execute(any_of, {"urls": urls})}
    found: dict[str, int] = {}
    for start in range(0, len(urls), LOOKUP_CHUNK):
        chunk = urls[start : start + LOOKUP_CHUNK]
        query = select(stories.c.id, stories.c.canonical_url).where(
            stories.c.canonical_url.in_(chunk)
        )
        found.update({url: id_ for id_, url in conn.execute(query)})
    return found


def bulk_insert(
    conn: Connection,
    dialect: str,
    table: Table,
    rows: list[dict[str, Any]],
    conflict: tuple[str, ...],
    returning: tuple[str, ...],
) -> list[tuple[Any, ...]]:
    """INSERT ... ON CONFLICT DO NOTHING RETURNING for many rows; only inserted rows return."""
    if dialect == "postgresql":
        return pg_unnest_insert(conn, table, rows, conflict, returning)
    statement = (
        upsert(dialect, table)
        .on_conflict_do_nothing(index_elements=list(conflict))
        .returning(*(table.c[name] for name in returning))
    )
    # executemany with RETURNING: SQLAlchemy batches it into multi-row INSERTs.
    return [tuple(row) for row in conn.execute(statement, rows)]


def pg_unnest_insert(
    conn: Connection,
    table: Table,
    rows: list[dict[str, Any]],
    conflict: tuple[str, ...],
    returning: tuple[str, ...],
) -> list[tuple[Any, ...]]:
    """One INSERT ... SELECT FROM unnest(arrays) statement, one array parameter per column.

    Multi-row VALUES with 100,000 rows spends most of its time in the driver rewriting
    placeholders; arrays bind in binary at a fraction of the cost.
    """
    columns = list(rows[0])
    arrays = ", ".join(
        f"CAST(%b AS {table.c[name].type.compile(dialect=conn.dialect)}[])" for name in columns
    )
    statement = (
        f"INSERT INTO {table.name} ({', '.join(columns)}) SELECT * FROM unnest({arrays})"
        f" ON CONFLICT ({', '.join(conflict)}) DO NOTHING RETURNING {', '.join(returning)}"
    )
    params = [[pg_value(table, name, row[name]) for row in rows] for name in columns]
    # The psycopg connection under SQLAlchemy's (same transaction): binary parameters dump
    # large text arrays several times faster than the text format.
    driver = conn.connection.driver_connection
    try:
        # driver_connection is Optional only for a detached connection; this one is checked out.
        with driver.cursor() as cursor:  # type: ignore[union-attr]
            cursor.execute(statement, params)
            return list(cursor.fetchall())
    except psycopg.Error as exc:  # raw driver call: SQLAlchemy does not wrap it
        raise StorageError(f"save poll failed: insert into {table.name}: {describe(exc)}") from exc


def pg_value(table: Table, name: str, value: Any) -> Any:
    """A value as the driver must bind it inside an array (no SQLAlchemy type processing)."""
    if isinstance(table.c[name].type, JSON) or isinstance(value, (list, dict)):
        return json.dumps(value)
    if isinstance(value, datetime) and value.utcoffset() is None:
        raise StorageError(f"naive datetime {value!r}: the store needs timezone-aware values")
    return value


def insert_sources(
    conn: Connection, dialect: str, outcome: PollOutcome, story_ids: dict[str, int]
) -> int:
    """Link each entry to its story for this feed; return how many links are new."""
    rows = [
        {
            "story_id": story_ids[clean_text(entry.canonical_url)],
            "feed_id": outcome.feed.id,
            "identity": clean_text(entry.identity),
            "guid": clean(entry.guid),
            "first_seen_at": outcome.finished_at,
        }
        for entry in unique_by(outcome.entries, "identity")
    ]
    if not rows:
        return 0
    conflict = ("feed_id", "identity")
    return len(bulk_insert(conn, dialect, story_sources, rows, conflict, ("id",)))
