"""the distributed run's work items, and shared rate-limit buckets

Revision ID: 0008
Revises: 0007

`run_work` holds one row per task of a dispatched run (a crawl per account, audit and
photo chunks, the account rules, the mail): its key makes a redelivered task find its own
row, and `done` commits in the same transaction as the task's effect. `rate_buckets` is a
token bucket per platform token shared by every worker (socialaudit.storage.ratelimit).
"""
from alembic import op
import sqlalchemy as sa

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "run_work",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("run_id", sa.Integer(), sa.ForeignKey("runs.id", ondelete="CASCADE"), nullable=False),
        sa.Column("organisation_id", sa.Integer(), sa.ForeignKey("organisations.id"), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("account_id", sa.Integer(), sa.ForeignKey("accounts.id", ondelete="CASCADE"), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("result", sa.JSON(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("run_id", "kind", "key", name="uq_run_work_key"),
    )
    op.create_index("ix_run_work_run_id", "run_work", ["run_id"])
    op.create_table(
        "rate_buckets",
        sa.Column("key", sa.String(120), primary_key=True),
        sa.Column("tokens", sa.Float(), nullable=False),
        sa.Column("updated", sa.Float(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("rate_buckets")
    op.drop_index("ix_run_work_run_id", table_name="run_work")
    op.drop_table("run_work")
