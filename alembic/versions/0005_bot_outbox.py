"""bot outbox (durable help reports) and messages to auto-delete

Revision ID: 0005_bot_outbox
Revises: 0001_foundation
Create Date: 2026-11-28
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from api.core.timeutil import UTCDateTime

revision: str = "0005_bot_outbox"
down_revision: str | Sequence[str] | None = "0001_foundation"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "bot_outbox",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("idempotency_key", sa.String(96), nullable=False, unique=True),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("case_key", sa.String(96), nullable=False, index=True),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("chat_id", sa.String(64), nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("next_attempt_at", UTCDateTime(), nullable=False, index=True),
        sa.Column("leased_until", UTCDateTime(), nullable=True),
        sa.Column("delivered_at", UTCDateTime(), nullable=True, index=True),
        sa.Column("dead", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("case_id", sa.Integer, nullable=True),
        sa.Column("case_reference", sa.String(32), nullable=True),
        sa.Column("last_error", sa.String(64), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "bot_sent_message",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("chat_id", sa.String(64), nullable=False, index=True),
        sa.Column("message_id", sa.Integer, nullable=False),
        sa.Column("delete_after", UTCDateTime(), nullable=False, index=True),
    )


def downgrade() -> None:
    op.drop_table("bot_sent_message")
    op.drop_table("bot_outbox")
