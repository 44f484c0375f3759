"""checkins: schedules, check-ins with structured answers, messages to send (leased)

Revision ID: 0003_checkins
Revises: 0001_foundation
Create Date: 2026-11-28
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from api.core.timeutil import UTCDateTime

revision: str = "0003_checkins"
down_revision: str | Sequence[str] | None = "0001_foundation"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "checkin_schedule",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("person_id", sa.Integer, sa.ForeignKey("person.id", ondelete="CASCADE"),
                  nullable=False, unique=True),
        sa.Column("day_of_week", sa.Integer, nullable=False),
        sa.Column("hour", sa.Integer, nullable=False),
        sa.Column("window_start", sa.Integer, nullable=False),
        sa.Column("window_end", sa.Integer, nullable=False),
        sa.Column("interval_weeks", sa.Integer, nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("paused", sa.Boolean, nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("chat_id", sa.Text, nullable=True),
        sa.Column("next_due_at", UTCDateTime(), nullable=True),
        sa.Column("anchor_day", sa.String(10), nullable=True),
        sa.Column("missed_in_row", sa.Integer, nullable=False),
        sa.Column("watch_reasons", sa.JSON, nullable=False),
        sa.Column("watch_since", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )
    # Partial: only rows that can become due are indexed, so the due query stays small.
    op.create_index("ix_checkin_schedule_due", "checkin_schedule", ["next_due_at"],
                    postgresql_where=sa.text("active AND NOT paused"),
                    sqlite_where=sa.text("active AND NOT paused"))
    op.create_table(
        "checkin",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("person_id", sa.Integer, sa.ForeignKey("person.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("due_at", UTCDateTime(), nullable=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("sent_at", UTCDateTime(), nullable=True),
        sa.Column("reminded", sa.Boolean, nullable=False),
        sa.Column("answered_at", UTCDateTime(), nullable=True),
        sa.Column("status", sa.String(16), nullable=True),
        sa.Column("answers", sa.Text, nullable=True),
        sa.Column("family_heard", sa.Boolean, nullable=True),
        sa.Column("idempotency_key", sa.String(80), nullable=True, unique=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("person_id", "due_at"),
    )
    op.create_index("ix_checkin_open", "checkin", ["state", "sent_at"],
                    postgresql_where=sa.text("state = 'sent'"),
                    sqlite_where=sa.text("state = 'sent'"))
    op.create_table(
        "checkin_send",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("checkin_id", sa.Integer, sa.ForeignKey("checkin.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("person_id", sa.Integer, sa.ForeignKey("person.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("chat_id", sa.Text, nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("params", sa.JSON, nullable=False),
        sa.Column("send_after", UTCDateTime(), nullable=False),
        sa.Column("send_before", UTCDateTime(), nullable=False),
        sa.Column("lease_until", UTCDateTime(), nullable=True),
        sa.Column("sent_at", UTCDateTime(), nullable=True),
        sa.Column("expired", sa.Boolean, nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("checkin_id", "kind", "person_id"),
    )
    op.create_index("ix_checkin_send_due", "checkin_send", ["send_after"],
                    postgresql_where=sa.text("sent_at IS NULL AND NOT expired"),
                    sqlite_where=sa.text("sent_at IS NULL AND NOT expired"))


def downgrade() -> None:
    op.drop_index("ix_checkin_send_due", table_name="checkin_send")
    op.drop_table("checkin_send")
    op.drop_index("ix_checkin_open", table_name="checkin")
    op.drop_table("checkin")
    op.drop_index("ix_checkin_schedule_due", table_name="checkin_schedule")
    op.drop_table("checkin_schedule")
