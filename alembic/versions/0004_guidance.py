"""guidance: departure plans, checklist ticks and reminders; licensed agencies; family links;
anonymous guidance statistics

Revision ID: 0004_guidance
Revises: 0001_foundation
Create Date: 2026-11-28
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from api.core.timeutil import UTCDateTime

revision: str = "0004_guidance"
down_revision: str | Sequence[str] | None = "0001_foundation"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _person_id(*, unique: bool = False) -> sa.Column:
    return sa.Column("person_id", sa.Integer, sa.ForeignKey("person.id", ondelete="CASCADE"),
                     nullable=False, index=True, unique=unique)


def upgrade() -> None:
    op.create_table(
        "departure_plan",
        sa.Column("id", sa.Integer, primary_key=True),
        _person_id(unique=True),
        sa.Column("departure_date", sa.Date, nullable=True),
        sa.Column("departure_set_at", UTCDateTime(), nullable=True),
        sa.Column("contract_end_date", sa.Date, nullable=True),
        sa.Column("contract_end_set_at", UTCDateTime(), nullable=True),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "departure_checklist_tick",
        sa.Column("id", sa.Integer, primary_key=True),
        _person_id(),
        sa.Column("item_id", sa.String(64), nullable=False),
        sa.Column("ticked_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("person_id", "item_id"),
    )
    op.create_table(
        "departure_reminder",
        sa.Column("id", sa.Integer, primary_key=True),
        _person_id(),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("ahead", sa.String(8), nullable=False),
        sa.Column("target_date", sa.Date, nullable=False),
        sa.Column("due_at", UTCDateTime(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("sent_at", UTCDateTime(), nullable=True),
        sa.UniqueConstraint("person_id", "kind", "ahead", "target_date"),
    )
    op.create_table(
        "agency_list",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("source", sa.String(300), nullable=False),
        sa.Column("list_date", sa.Date, nullable=False),
        sa.Column("imported_at", UTCDateTime(), nullable=False),
        sa.Column("count", sa.Integer, nullable=False),
    )
    op.create_table(
        "agency",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("list_id", sa.Integer, sa.ForeignKey("agency_list.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("licence_number", sa.String(100), nullable=False),
        sa.Column("city", sa.String(100), nullable=True),
    )
    op.create_table(
        "family_invite",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("worker_person_id", sa.Integer,
                  sa.ForeignKey("person.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("code_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("permissions", sa.JSON, nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("expires_at", UTCDateTime(), nullable=False),
        sa.Column("used_at", UTCDateTime(), nullable=True),
    )
    op.create_table(
        "family_link",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("worker_person_id", sa.Integer,
                  sa.ForeignKey("person.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("family_person_id", sa.Integer,
                  sa.ForeignKey("person.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("permissions", sa.JSON, nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("worker_person_id", "family_person_id"),
    )
    op.create_table(
        "guidance_quiz_answer",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("question_id", sa.String(64), nullable=False),
        sa.Column("option_id", sa.String(64), nullable=False),
        sa.Column("correct", sa.Boolean, nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("answered_on", sa.Date, nullable=False, index=True),
    )
    op.create_table(
        "guidance_use",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("entry_id", sa.String(64), nullable=False),
        sa.Column("used_on", sa.Date, nullable=False, index=True),
    )
    op.create_table(
        "guidance_unanswered",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("asked_on", sa.Date, nullable=False, index=True),
        sa.Column("text", sa.Text, nullable=True),  # encrypted (api.crypto.EncryptedText)
    )


def downgrade() -> None:
    for table in ("guidance_unanswered", "guidance_use", "guidance_quiz_answer", "family_link",
                  "family_invite", "agency", "agency_list", "departure_reminder",
                  "departure_checklist_tick", "departure_plan"):
        op.drop_table(table)
