"""Normalization: records, facts, events, event_stories, flags, webhook_deliveries, leases.

Revision ID: 0002
Revises: 0001
Create Date: 2025-07-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from pipeline.store.schema import UTCDateTime, big_id, json_type

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the tables of the normalization stage."""
    op.create_table(
        "events",
        sa.Column("id", big_id(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False, comment="readable slug"),
        sa.Column("jurisdiction", sa.Text()),
        sa.Column("state", sa.Text()),
        sa.Column("agency", sa.Text()),
        sa.Column("summary", json_type(), nullable=False, comment="EventSummary: counts, stories"),
        sa.Column("first_story_id", sa.BigInteger(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_events"),
        sa.ForeignKeyConstraint(
            ["first_story_id"], ["stories.id"], name="fk_events_first_story_id_stories"
        ),
        sa.UniqueConstraint("key", name="uq_events_key"),
    )
    op.create_table(
        "records",
        sa.Column("story_id", sa.BigInteger(), nullable=False),
        sa.Column("related", sa.Boolean(), nullable=False, comment="relevance decision"),
        sa.Column("relevance_score", sa.Float(), nullable=False, comment="weighted-term score"),
        sa.Column("matched_terms", json_type(), nullable=False, comment="topic terms found"),
        sa.Column("text", sa.Text(), nullable=False, comment="clean text the facts point into"),
        sa.Column("text_source", sa.Text(), nullable=False, comment="page | feed_summary"),
        sa.Column("language", sa.Text(), comment="ISO 639-1 code the page declared"),
        sa.Column("authors", json_type(), nullable=False, comment="list of names"),
        sa.Column("page_title", sa.Text(), comment="title of the article page"),
        sa.Column("page_url", sa.Text(), comment="canonical URL the page declared"),
        sa.Column(
            "transfer_report", sa.Boolean(), nullable=False, comment="reports handovers to ICE"
        ),
        sa.Column("facts", json_type(), comment="TransferFacts with evidence; NULL when unrelated"),
        sa.Column(
            "fingerprint", sa.BigInteger(), nullable=False, comment="SimHash of the text, signed"
        ),
        sa.Column(
            "duplicate_of",
            sa.BigInteger(),
            comment="earlier story this one is a syndicated copy of",
        ),
        sa.Column("event_id", sa.BigInteger(), comment="event it reports on"),
        sa.Column(
            "extractor_version", sa.Text(), nullable=False, comment="normalization code version"
        ),
        sa.Column("stale", sa.Boolean(), nullable=False, comment="true: normalize again"),
        sa.Column("processed_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("story_id", name="pk_records"),
        sa.ForeignKeyConstraint(
            ["story_id"], ["stories.id"], name="fk_records_story_id_stories", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["duplicate_of"], ["stories.id"], name="fk_records_duplicate_of_stories"
        ),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], name="fk_records_event_id_events"),
    )
    op.create_index("ix_records_event_id", "records", ["event_id"])
    op.create_table(
        "facts",
        sa.Column("id", big_id(), nullable=False),
        sa.Column("story_id", sa.BigInteger(), nullable=False),
        sa.Column(
            "kind", sa.Text(), nullable=False, comment="jurisdiction, agency, count, total, ..."
        ),
        sa.Column(
            "name", sa.Text(), comment="jurisdiction/agency/country/official name, legal basis"
        ),
        sa.Column("state", sa.Text(), comment="two-letter state code of a jurisdiction"),
        sa.Column("role", sa.Text(), comment="an official's role"),
        sa.Column("period", sa.Text(), comment="period of a count: 2025-05, 2025, XXXX-05, range"),
        sa.Column("count", sa.Integer(), comment="number of people"),
        sa.Column("qualifier", sa.Text(), comment="exact, more_than, at_least, about, up_to"),
        sa.Column("low", sa.Integer(), comment="age range low end"),
        sa.Column("high", sa.Integer(), comment="age range high end"),
        sa.Column("evidence_start", sa.Integer(), comment="offset of the sentence in records.text"),
        sa.Column("evidence_end", sa.Integer(), comment="end offset (exclusive)"),
        sa.Column("sentence", sa.Text(), comment="the evidence sentence"),
        sa.PrimaryKeyConstraint("id", name="pk_facts"),
        sa.ForeignKeyConstraint(
            ["story_id"], ["stories.id"], name="fk_facts_story_id_stories", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_facts_story_id", "facts", ["story_id"])
    op.create_table(
        "event_stories",
        sa.Column("id", big_id(), nullable=False),
        sa.Column("event_id", sa.BigInteger(), nullable=False),
        sa.Column("story_id", sa.BigInteger(), nullable=False),
        sa.Column("added_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_event_stories"),
        sa.ForeignKeyConstraint(
            ["story_id"], ["stories.id"], name="fk_event_stories_story_id_stories"
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name="fk_event_stories_event_id_events"
        ),
        sa.UniqueConstraint("event_id", "story_id", name="uq_event_stories_event_id_story_id"),
    )
    op.create_table(
        "flags",
        sa.Column("id", big_id(), nullable=False),
        sa.Column("event_id", sa.BigInteger(), nullable=False),
        sa.Column("story_id", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False, comment="new_event | changed"),
        sa.Column("reason", sa.Text(), nullable=False, comment="readable one-liner"),
        sa.Column("changes", json_type(), nullable=False, comment="list of change details"),
        sa.Column("dedupe_key", sa.Text(), nullable=False, comment="raises each flag once"),
        sa.Column("status", sa.Text(), nullable=False, comment="new | acknowledged"),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("acknowledged_at", UTCDateTime()),
        sa.PrimaryKeyConstraint("id", name="pk_flags"),
        sa.ForeignKeyConstraint(["story_id"], ["stories.id"], name="fk_flags_story_id_stories"),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], name="fk_flags_event_id_events"),
        sa.UniqueConstraint("dedupe_key", name="uq_flags_dedupe_key"),
    )
    op.create_table(
        "webhook_deliveries",
        sa.Column("id", big_id(), nullable=False),
        sa.Column("flag_id", sa.BigInteger(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False, comment="pending | delivered | failed"),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", UTCDateTime(), nullable=False),
        sa.Column("last_error", sa.Text()),
        sa.Column("delivered_at", UTCDateTime()),
        sa.Column("lease_owner", sa.Text()),
        sa.Column("lease_token", sa.Text()),
        sa.Column("lease_expires_at", UTCDateTime()),
        sa.PrimaryKeyConstraint("id", name="pk_webhook_deliveries"),
        sa.ForeignKeyConstraint(
            ["flag_id"], ["flags.id"], name="fk_webhook_deliveries_flag_id_flags"
        ),
        sa.UniqueConstraint("flag_id", name="uq_webhook_deliveries_flag_id"),
    )
    op.create_index(
        "ix_webhook_deliveries_status_next_attempt_at",
        "webhook_deliveries",
        ["status", "next_attempt_at"],
    )
    op.create_table(
        "process_leases",
        sa.Column("story_id", sa.BigInteger(), nullable=False),
        sa.Column("owner", sa.Text(), nullable=False),
        sa.Column("token", sa.Text(), nullable=False),
        sa.Column("expires_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("story_id", name="pk_process_leases"),
        sa.ForeignKeyConstraint(
            ["story_id"],
            ["stories.id"],
            name="fk_process_leases_story_id_stories",
            ondelete="CASCADE",
        ),
    )


def downgrade() -> None:
    """Drop everything the upgrade created."""
    for table in (
        "process_leases",
        "webhook_deliveries",
        "flags",
        "event_stories",
        "facts",
        "records",
        "events",
    ):
        op.drop_table(table)
