"""Table definitions (SQLAlchemy Core, one MetaData) and the portable column types.

The Alembic migrations in ``pipeline/migrations/versions`` create exactly these tables;
``tests/test_store_migrations.py`` checks the two never drift apart.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine

# Explicit constraint names so later migrations can alter them on both dialects.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every dialect.

    PostgreSQL stores ``timestamptz``. SQLite has no datetime type, so values are stored as
    naive UTC text in SQLAlchemy's fixed-width format, which sorts and compares correctly as
    text (``next_poll_at <= now`` works because both sides pass through this type).
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Normalize to UTC; naive values are refused because their zone is unknowable."""
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r}: the store needs timezone-aware values")
        utc = value.astimezone(UTC)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Return aware UTC whatever the driver handed back."""
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def json_type() -> TypeEngine[Any]:
    """JSON on SQLite, JSONB on PostgreSQL (indexable, compact)."""
    return JSON().with_variant(JSONB(), "postgresql")


def big_id() -> TypeEngine[int]:
    """BIGINT primary keys on PostgreSQL; SQLite only auto-increments INTEGER PRIMARY KEY."""
    return BigInteger().with_variant(Integer(), "sqlite")


# One row per configured feed (also feeds that left feeds.toml: kept for their history).
feeds = Table(
    "feeds",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False, unique=True),  # the key in feeds.toml
    Column("url", Text, nullable=False),  # as configured
    Column("effective_url", Text),  # where a 301/308 moved it; polled instead of url
    Column("interval_seconds", Integer, nullable=False),
    Column("enabled", Boolean, nullable=False),
    Column("tags", json_type(), nullable=False),  # list of strings
    Column("headers", json_type(), nullable=False),  # extra request headers, name -> value
    Column("in_config", Boolean, nullable=False),  # false: removed from feeds.toml, never polled
    # Validators from the last successful fetch (conditional GET, unchanged-body check).
    Column("etag", Text),
    Column("last_modified", Text),
    Column("body_sha256", Text),
    Column("next_poll_at", UTCDateTime(), nullable=False),
    # Lease: which instance is polling it now, proven by a token, until when.
    Column("lease_owner", Text),
    Column("lease_token", Text),
    Column("lease_expires_at", UTCDateTime()),
    Column("consecutive_failures", Integer, nullable=False),
    Column("last_polled_at", UTCDateTime()),
    Column("last_success_at", UTCDateTime()),
    Column("last_status", Integer),  # HTTP status of the last poll, NULL when no response
    Column("last_error", Text),  # why the last poll failed; NULL after a success
    Column("created_at", UTCDateTime(), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
    Index("ix_feeds_next_poll_at", "next_poll_at"),
)

# One row per poll attempt, success or failure: the feed's history.
fetches = Table(
    "fetches",
    metadata,
    Column("id", big_id(), primary_key=True),
    Column("feed_id", Integer, ForeignKey("feeds.id"), nullable=False),
    Column("started_at", UTCDateTime(), nullable=False),
    Column("finished_at", UTCDateTime(), nullable=False),
    Column("duration_ms", Integer, nullable=False),
    Column("status", Integer),  # HTTP status; NULL when no response
    Column("bytes", BigInteger, nullable=False),  # decoded body size
    Column("entries_seen", Integer, nullable=False),
    Column("entries_new", Integer, nullable=False),  # entries this feed had not carried before
    Column("error", Text),
    Column("problem", Text),  # non-fatal: malformed document, dropped entries
    Column("unchanged", Boolean, nullable=False),  # 304 or identical body
    Index("ix_fetches_feed_id_started_at", "feed_id", "started_at"),
)

# One row per canonical URL, whichever feeds carried it.
stories = Table(
    "stories",
    metadata,
    Column("id", big_id(), primary_key=True),
    Column("canonical_url", Text, nullable=False, unique=True),  # tracking params dropped
    Column("url", Text),  # link as first published
    Column("title", Text, nullable=False),
    Column("summary_html", Text, nullable=False),  # sanitized
    Column("summary_text", Text, nullable=False),
    Column("published_at", UTCDateTime(), nullable=False),  # first_seen_at when the entry had none
    Column("published_estimated", Boolean, nullable=False),  # true when published_at is a guess
    Column("first_seen_at", UTCDateTime(), nullable=False),  # never changes
    Column("updated_at", UTCDateTime(), nullable=False),  # entry's updated date, else first seen
    Column("outlet", Text),  # publisher named by the feed, if any
    Column("authors", json_type(), nullable=False),  # list of strings
    Index("ix_stories_published_at", "published_at"),
)

# Which feed carried which story, under which entry identity.
story_sources = Table(
    "story_sources",
    metadata,
    Column("id", big_id(), primary_key=True),
    Column("story_id", BigInteger, ForeignKey("stories.id"), nullable=False),
    Column("feed_id", Integer, ForeignKey("feeds.id"), nullable=False),
    Column("identity", Text, nullable=False),  # GUID, else link, else hash of title and date
    Column("guid", Text),
    Column("first_seen_at", UTCDateTime(), nullable=False),
    UniqueConstraint("feed_id", "identity"),
    Index("ix_story_sources_story_id", "story_id"),
)

# --- normalization (migration 0002) --------------------------------------------------------

# One row per normalized story: relevance, clean text, facts, syndication and event.
records = Table(
    "records",
    metadata,
    Column(
        "story_id", BigInteger, ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("related", Boolean, nullable=False, comment="relevance decision"),
    Column("relevance_score", Float, nullable=False, comment="weighted-term score"),
    Column("matched_terms", json_type(), nullable=False, comment="topic terms found"),
    Column("text", Text, nullable=False, comment="clean text the facts point into"),
    Column("text_source", Text, nullable=False, comment="page | feed_summary"),
    Column("language", Text, comment="ISO 639-1 code the page declared"),
    Column("authors", json_type(), nullable=False, comment="list of names"),
    Column("page_title", Text, comment="title of the article page"),
    Column("page_url", Text, comment="canonical URL the page declared"),
    Column("transfer_report", Boolean, nullable=False, comment="reports handovers to ICE"),
    Column("facts", json_type(), comment="TransferFacts with evidence; NULL when unrelated"),
    Column("fingerprint", BigInteger, nullable=False, comment="SimHash of the text, signed"),
    Column(
        "duplicate_of", BigInteger, ForeignKey("stories.id"),
        comment="earlier story this one is a syndicated copy of",
    ),
    Column("event_id", BigInteger, ForeignKey("events.id"), comment="event it reports on"),
    Column("extractor_version", Text, nullable=False, comment="normalization code version"),
    Column("stale", Boolean, nullable=False, comment="true: normalize again"),
    Column("processed_at", UTCDateTime(), nullable=False),
    Index("ix_records_event_id", "event_id"),
)

# One row per extracted fact, for direct SQL; evidence offsets point into records.text.
facts = Table(
    "facts",
    metadata,
    Column("id", big_id(), primary_key=True),
    Column("story_id", BigInteger, ForeignKey("stories.id", ondelete="CASCADE"), nullable=False),
    Column("kind", Text, nullable=False, comment="jurisdiction, agency, count, total, ..."),
    Column("name", Text, comment="jurisdiction/agency/country/official name, legal basis"),
    Column("state", Text, comment="two-letter state code of a jurisdiction"),
    Column("role", Text, comment="an official's role"),
    Column("period", Text, comment="period of a count: 2025-05, 2025, XXXX-05, range"),
    Column("count", Integer, comment="number of people"),
    Column("qualifier", Text, comment="exact, more_than, at_least, about, up_to"),
    Column("low", Integer, comment="age range low end"),
    Column("high", Integer, comment="age range high end"),
    Column("evidence_start", Integer, comment="offset of the sentence in records.text"),
    Column("evidence_end", Integer, comment="end offset (exclusive)"),
    Column("sentence", Text, comment="the evidence sentence"),
    Index("ix_facts_story_id", "story_id"),
)

# One row per set of handovers several stories report on.
events = Table(
    "events",
    metadata,
    Column("id", big_id(), primary_key=True),
    Column("key", Text, nullable=False, unique=True, comment="readable slug"),
    Column("jurisdiction", Text),
    Column("state", Text),
    Column("agency", Text),
    Column("summary", json_type(), nullable=False, comment="EventSummary: counts, stories"),
    Column("first_story_id", BigInteger, ForeignKey("stories.id"), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
)

# Which stories report on which event (syndicated copies excluded).
event_stories = Table(
    "event_stories",
    metadata,
    Column("id", big_id(), primary_key=True),
    Column("event_id", BigInteger, ForeignKey("events.id"), nullable=False),
    Column("story_id", BigInteger, ForeignKey("stories.id"), nullable=False),
    Column("added_at", UTCDateTime(), nullable=False),
    UniqueConstraint("event_id", "story_id"),
)

# Something new to look at: a first report or a change in what is known.
flags = Table(
    "flags",
    metadata,
    Column("id", big_id(), primary_key=True),
    Column("event_id", BigInteger, ForeignKey("events.id"), nullable=False),
    Column("story_id", BigInteger, ForeignKey("stories.id"), nullable=False),
    Column("kind", Text, nullable=False, comment="new_event | changed"),
    Column("reason", Text, nullable=False, comment="readable one-liner"),
    Column("changes", json_type(), nullable=False, comment="list of change details"),
    Column("dedupe_key", Text, nullable=False, unique=True, comment="raises each flag once"),
    Column("status", Text, nullable=False, comment="new | acknowledged"),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("acknowledged_at", UTCDateTime()),
)

# One webhook delivery per flag, written with the flag when a webhook URL is configured.
webhook_deliveries = Table(
    "webhook_deliveries",
    metadata,
    Column("id", big_id(), primary_key=True),
    Column("flag_id", BigInteger, ForeignKey("flags.id"), nullable=False, unique=True),
    Column("status", Text, nullable=False, comment="pending | delivered | failed"),
    Column("attempts", Integer, nullable=False),
    Column("next_attempt_at", UTCDateTime(), nullable=False),
    Column("last_error", Text),
    Column("delivered_at", UTCDateTime()),
    Column("lease_owner", Text),
    Column("lease_token", Text),
    Column("lease_expires_at", UTCDateTime()),
    Index("ix_webhook_deliveries_status_next_attempt_at", "status", "next_attempt_at"),
)

# Which instance is normalizing which story, until when.
process_leases = Table(
    "process_leases",
    metadata,
    Column(
        "story_id", BigInteger, ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("owner", Text, nullable=False),
    Column("token", Text, nullable=False),
    Column("expires_at", UTCDateTime(), nullable=False),
)
