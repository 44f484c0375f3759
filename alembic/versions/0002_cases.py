"""cases: volunteers, their group and link codes, cases and timeline, notes, referrals,
escalation policy, audit log, outbox

Revision ID: 0002_cases
Revises: 0001_foundation
Create Date: 2026-11-28
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from api.core.timeutil import UTCDateTime

revision: str = "0002_cases"
down_revision: str | Sequence[str] | None = "0001_foundation"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _id() -> sa.Column:
    return sa.Column("id", sa.Integer, primary_key=True)


def _fk(name: str, target: str, ondelete: str, nullable: bool = True) -> sa.Column:
    return sa.Column(name, sa.Integer, sa.ForeignKey(target, ondelete=ondelete),
                     nullable=nullable, index=True)


def upgrade() -> None:
    op.create_table(
        "volunteer",
        _id(),
        sa.Column("name", sa.String(80), nullable=False, unique=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("telegram_user_id", sa.Text, nullable=True),
        sa.Column("telegram_user_id_hash", sa.String(64), nullable=True, unique=True),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("active_case_id", sa.Integer, nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "volunteer_group",
        _id(),
        sa.Column("chat_id", sa.Text, nullable=False),
        sa.Column("chat_id_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("title", sa.String(128), nullable=True),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("linked_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "link_code",
        _id(),
        sa.Column("code_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("expires_at", UTCDateTime(), nullable=False),
        sa.Column("used_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "cases",
        _id(),
        sa.Column("reference", sa.String(40), nullable=False, unique=True),
        sa.Column("idempotency_key", sa.String(128), nullable=False, unique=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("severity", sa.String(16), nullable=False, index=True),
        sa.Column("priority", sa.Integer, nullable=False),
        sa.Column("status", sa.String(16), nullable=False, index=True),
        sa.Column("categories", sa.JSON, nullable=False),
        sa.Column("risk_areas", sa.JSON, nullable=False),
        sa.Column("country", sa.String(2), nullable=True),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("source", sa.String(32), nullable=False),
        sa.Column("legal_basis", sa.String(16), nullable=False),
        sa.Column("reporter_channel", sa.String(16), nullable=False),
        sa.Column("reporter_external_id", sa.Text, nullable=False),
        sa.Column("reporter_external_id_hash", sa.String(64), nullable=False, index=True),
        sa.Column("reporter_chat_id", sa.Text, nullable=True),
        sa.Column("summary", sa.Text, nullable=True),
        _fk("person_id", "person.id", "SET NULL"),
        _fk("assigned_volunteer_id", "volunteer.id", "SET NULL"),
        sa.Column("claimed_at", UTCDateTime(), nullable=True),
        sa.Column("resolved_at", UTCDateTime(), nullable=True),
        sa.Column("closed_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False, index=True),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "case_event",
        _id(),
        _fk("case_id", "cases.id", "CASCADE", nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("data", sa.Text, nullable=True),
        sa.Column("idempotency_key", sa.String(160), nullable=True, unique=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "case_note",
        _id(),
        _fk("case_id", "cases.id", "CASCADE", nullable=False),
        _fk("volunteer_id", "volunteer.id", "SET NULL"),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "referral",
        _id(),
        _fk("case_id", "cases.id", "CASCADE", nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("complaint_number", sa.String(64), nullable=True),
        sa.Column("follow_up_on", sa.Date, nullable=False),
        _fk("created_by", "volunteer.id", "SET NULL"),
        sa.Column("last_chased_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "escalation_policy",
        _id(),
        sa.Column("severity", sa.String(16), nullable=False, unique=True),
        sa.Column("first_after_minutes", sa.Integer, nullable=True),
        sa.Column("second_after_minutes", sa.Integer, nullable=True),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "audit_log",
        _id(),
        sa.Column("volunteer_id", sa.Integer, nullable=True, index=True),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("action", sa.String(48), nullable=False),
        sa.Column("case_id", sa.Integer, nullable=True, index=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "outbox",
        _id(),
        sa.Column("idempotency_key", sa.String(160), nullable=False, unique=True),
        sa.Column("kind", sa.String(32), nullable=False),
        _fk("case_id", "cases.id", "SET NULL"),
        sa.Column("chat_id", sa.Text, nullable=False),
        sa.Column("method", sa.String(32), nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("deliver_after", UTCDateTime(), nullable=False),
        sa.Column("next_attempt_at", UTCDateTime(), nullable=False, index=True),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("leased_until", UTCDateTime(), nullable=True),
        sa.Column("lease_token", sa.String(32), nullable=True),
        sa.Column("sent_at", UTCDateTime(), nullable=True, index=True),
        sa.Column("message_id", sa.Integer, nullable=True),
        sa.Column("dead", sa.Boolean, nullable=False),
        sa.Column("last_error", sa.String(64), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )


def downgrade() -> None:
    for table in ("outbox", "audit_log", "escalation_policy", "referral", "case_note",
                  "case_event", "cases", "link_code", "volunteer_group", "volunteer"):
        op.drop_table(table)
