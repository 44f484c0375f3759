"""volunteers: wrong passwords in a row and a temporary lock

Revision ID: 0007_login_lockout
Revises: 0006_merge
Create Date: 2026-11-28
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from api.core.timeutil import UTCDateTime

revision: str = "0007_login_lockout"
down_revision: str | Sequence[str] | None = "0006_merge"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("volunteer") as batch:
        batch.add_column(sa.Column("failed_logins", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(sa.Column("locked_until", UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("volunteer") as batch:
        batch.drop_column("locked_until")
        batch.drop_column("failed_logins")
