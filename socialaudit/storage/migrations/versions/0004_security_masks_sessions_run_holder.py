"""security: masks stored with findings, session epochs, run holders

Revision ID: 0004
Revises: 0003

- findings.masks: the spans to hide in the subject's text, computed when it was audited,
  so pages mask exactly as the excerpts do (register names included) without re-running rules;
- people.session_epoch: bumped on sign-out, so an old session cookie stops working;
- runs.holder / runs.heartbeat_at: which process runs it and when it was last alive, so a
  later run closes a killed one as "interrupted".
"""
from alembic import op
import sqlalchemy as sa

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("findings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("masks", sa.JSON(), nullable=True))
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.add_column(sa.Column("session_epoch", sa.Integer(), nullable=False, server_default="0"))
    with op.batch_alter_table("runs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("holder", sa.String(200), nullable=True))
        batch_op.add_column(sa.Column("heartbeat_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("runs", schema=None) as batch_op:
        batch_op.drop_column("heartbeat_at")
        batch_op.drop_column("holder")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_column("session_epoch")
    with op.batch_alter_table("findings", schema=None) as batch_op:
        batch_op.drop_column("masks")
