"""learned heads per organisation, and the model version on each finding

Revision ID: 0006
Revises: 0005

`model_heads` keeps every version of an organisation's heads refitted from its reviewers'
decisions (`socialaudit learn`); `findings.model_version` says which model judged a
finding (empty for a rule's own finding).
"""
from alembic import op
import sqlalchemy as sa

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "model_heads",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("organisation_id", sa.Integer(), sa.ForeignKey("organisations.id"), nullable=False),
        sa.Column("version", sa.String(80), nullable=False),
        sa.Column("based_on", sa.String(80), nullable=False),
        sa.Column("decisions", sa.Integer(), nullable=False),
        sa.Column("heads", sa.LargeBinary(), nullable=False),
        sa.Column("info", sa.JSON(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("organisation_id", "version", name="uq_model_heads_org_version"),
    )
    op.create_index("ix_model_heads_organisation_id", "model_heads", ["organisation_id"])
    with op.batch_alter_table("findings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("model_version", sa.String(80), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("findings", schema=None) as batch_op:
        batch_op.drop_column("model_version")
    op.drop_index("ix_model_heads_organisation_id", table_name="model_heads")
    op.drop_table("model_heads")
