"""The curation loop: unanswered questions, Helpful / Not helpful feedback, and the generated user-hash salt.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bot.store import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "unanswered_questions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("platform", sa.String(16), nullable=False),
        sa.Column("workspace", sa.String(64), nullable=False),
        sa.Column("channel_kind", sa.String(16), nullable=False),
        sa.Column("question", sa.String(300), nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("user_hash", sa.String(64), nullable=True),
        sa.Column("asked_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_unanswered_questions_asked_at", "unanswered_questions", ["asked_at"])
    op.create_table(
        "answer_feedback",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("platform", sa.String(16), nullable=False),
        sa.Column("workspace", sa.String(64), nullable=False),
        sa.Column("user_hash", sa.String(64), nullable=False),
        sa.Column("question_key", sa.String(64), nullable=False),
        sa.Column("question", sa.String(300), nullable=False),
        sa.Column("fact_id", sa.String(120), nullable=False),
        sa.Column("helpful", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("platform", "workspace", "user_hash", "question_key", "fact_id", name="uq_feedback_once"),
    )
    op.create_index("ix_answer_feedback_updated_at", "answer_feedback", ["updated_at"])
    op.create_table(
        "curation_meta",
        sa.Column("key", sa.String(32), primary_key=True),
        sa.Column("value", sa.String(128), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("curation_meta")
    op.drop_index("ix_answer_feedback_updated_at", table_name="answer_feedback")
    op.drop_table("answer_feedback")
    op.drop_index("ix_unanswered_questions_asked_at", table_name="unanswered_questions")
    op.drop_table("unanswered_questions")
