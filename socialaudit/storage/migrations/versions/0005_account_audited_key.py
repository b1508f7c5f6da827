"""account audited key: the policy an account's rules last ran under

Revision ID: 0005
Revises: 0004

Cleared when a new or changed post of the account is stored and set when the account
rules have been recorded, so a run killed between the two re-audits the account.
"""
from alembic import op
import sqlalchemy as sa

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("audited_key", sa.String(100), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.drop_column("audited_key")
