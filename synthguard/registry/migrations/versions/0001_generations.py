"""generations: one row per image the service generated

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "generations",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("model", sa.String(200), nullable=False),
        sa.Column("backend", sa.String(100), nullable=False),
        sa.Column("requester_key_id", sa.String(64), nullable=True),
        sa.Column("prompt_sha256", sa.String(64), nullable=False),
        sa.Column("prompt", sa.String(), nullable=True),
        sa.Column("watermark_payload", sa.String(32), nullable=False, unique=True),
        sa.Column("pdq", sa.String(64), nullable=True),
        sa.Column("features", sa.LargeBinary(), nullable=True),
        sa.Column("extra", sa.JSON(), nullable=False),
    )
    op.create_index("ix_generations_created_at", "generations", ["created_at"])
    op.create_index("ix_generations_requester_key_id", "generations", ["requester_key_id"])
    op.create_index("ix_generations_pdq", "generations", ["pdq"])


def downgrade() -> None:
    op.drop_table("generations")
