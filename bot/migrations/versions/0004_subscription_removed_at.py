"""A removed subscription keeps its row (and its deliveries) with `removed_at` set.

The row is the channel's identity for the delivery claim (one digest per subscription and local date): deleting it
on unsubscribe let a subscribe the same day create a new row that the day's claim did not see, and the channel got
a second digest that day (fresh tester 56). Subscribing again revives the row.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bot.store import UTCDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("subscriptions", sa.Column("removed_at", UTCDateTime(), nullable=True))


def downgrade() -> None:
    # the rows of removed subscriptions go with the column: before it, unsubscribe deleted them
    removed = "SELECT id FROM subscriptions WHERE removed_at IS NOT NULL"
    op.execute(sa.text(f"DELETE FROM deliveries WHERE subscription_id IN ({removed})"))
    op.execute(sa.text("DELETE FROM subscriptions WHERE removed_at IS NOT NULL"))
    with op.batch_alter_table("subscriptions") as batch:
        batch.drop_column("removed_at")
