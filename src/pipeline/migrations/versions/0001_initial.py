"""Initial schema: feeds, fetches, stories, story_sources.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from pipeline.store.schema import UTCDateTime, big_id, json_type

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the four tables of the polling pipeline."""
    op.create_table(
        "feeds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("effective_url", sa.Text()),
        sa.Column("interval_seconds", sa.Integer(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("tags", json_type(), nullable=False),
        sa.Column("headers", json_type(), nullable=False),
        sa.Column("in_config", sa.Boolean(), nullable=False),
        sa.Column("etag", sa.Text()),
        sa.Column("last_modified", sa.Text()),
        sa.Column("body_sha256", sa.Text()),
        sa.Column("next_poll_at", UTCDateTime(), nullable=False),
        sa.Column("lease_owner", sa.Text()),
        sa.Column("lease_token", sa.Text()),
        sa.Column("lease_expires_at", UTCDateTime()),
        sa.Column("consecutive_failures", sa.Integer(), nullable=False),
        sa.Column("last_polled_at", UTCDateTime()),
        sa.Column("last_success_at", UTCDateTime()),
        sa.Column("last_status", sa.Integer()),
        sa.Column("last_error", sa.Text()),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_feeds"),
        sa.UniqueConstraint("name", name="uq_feeds_name"),
    )
    op.create_index("ix_feeds_next_poll_at", "feeds", ["next_poll_at"])
    op.create_table(
        "fetches",
        sa.Column("id", big_id(), nullable=False),
        sa.Column("feed_id", sa.Integer(), nullable=False),
        sa.Column("started_at", UTCDateTime(), nullable=False),
        sa.Column("finished_at", UTCDateTime(), nullable=False),
        sa.Column("duration_ms", sa.Integer(), nullable=False),
        sa.Column("status", sa.Integer()),
        sa.Column("bytes", sa.BigInteger(), nullable=False),
        sa.Column("entries_seen", sa.Integer(), nullable=False),
        sa.Column("entries_new", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text()),
        sa.Column("problem", sa.Text()),
        sa.Column("unchanged", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_fetches"),
        sa.ForeignKeyConstraint(["feed_id"], ["feeds.id"], name="fk_fetches_feed_id_feeds"),
    )
    op.create_index("ix_fetches_feed_id_started_at", "fetches", ["feed_id", "started_at"])
    op.create_table(
        "stories",
        sa.Column("id", big_id(), nullable=False),
        sa.Column("canonical_url", sa.Text(), nullable=False),
        sa.Column("url", sa.Text()),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("summary_html", sa.Text(), nullable=False),
        sa.Column("summary_text", sa.Text(), nullable=False),
        sa.Column("published_at", UTCDateTime(), nullable=False),
        sa.Column("published_estimated", sa.Boolean(), nullable=False),
        sa.Column("first_seen_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("outlet", sa.Text()),
        sa.Column("authors", json_type(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_stories"),
        sa.UniqueConstraint("canonical_url", name="uq_stories_canonical_url"),
    )
    op.create_index("ix_stories_published_at", "stories", ["published_at"])
    op.create_table(
        "story_sources",
        sa.Column("id", big_id(), nullable=False),
        sa.Column("story_id", sa.BigInteger(), nullable=False),
        sa.Column("feed_id", sa.Integer(), nullable=False),
        sa.Column("identity", sa.Text(), nullable=False),
        sa.Column("guid", sa.Text()),
        sa.Column("first_seen_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_story_sources"),
        sa.ForeignKeyConstraint(
            ["story_id"], ["stories.id"], name="fk_story_sources_story_id_stories"
        ),
        sa.ForeignKeyConstraint(["feed_id"], ["feeds.id"], name="fk_story_sources_feed_id_feeds"),
        sa.UniqueConstraint("feed_id", "identity", name="uq_story_sources_feed_id_identity"),
    )
    op.create_index("ix_story_sources_story_id", "story_sources", ["story_id"])


def downgrade() -> None:
    """Drop everything the upgrade created."""
    op.drop_table("story_sources")
    op.drop_table("stories")
    op.drop_table("fetches")
    op.drop_table("feeds")
