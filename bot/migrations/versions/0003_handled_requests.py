"""Requests already handled by some copy of the bot, so several replicas answer each chat request once.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bot.store import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "handled_requests",
        sa.Column("key", sa.String(96), primary_key=True),
        sa.Column("seen_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_handled_requests_seen_at", "handled_requests", ["seen_at"])


def downgrade() -> None:
    op.drop_index("ix_handled_requests_seen_at", table_name="handled_requests")
    op.drop_table("handled_requests")
