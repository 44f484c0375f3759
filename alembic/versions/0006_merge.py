"""one history again: cases, check-ins, guidance and the bot outbox were built side by side

Revision ID: 0006_merge
Revises: 0002_cases, 0003_checkins, 0004_guidance, 0005_bot_outbox
Create Date: 2026-11-28
"""
from collections.abc import Sequence

revision: str = "0006_merge"
down_revision: str | Sequence[str] | None = (
    "0002_cases", "0003_checkins", "0004_guidance", "0005_bot_outbox")
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
