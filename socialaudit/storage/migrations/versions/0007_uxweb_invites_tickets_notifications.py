"""invitations, finding follow-up (reviewer, volunteer's answer), reminder settings, mail preferences

Revision ID: 0007
Revises: 0006

See socialaudit.storage.schema_loop.
"""
from alembic import op
import sqlalchemy as sa

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "invites",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("organisation_id", sa.Integer(), sa.ForeignKey("organisations.id"), nullable=False),
        sa.Column("person_id", sa.Integer(), sa.ForeignKey("people.id"), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("accounts", sa.JSON(), nullable=False),
        sa.Column("nonce", sa.String(64), nullable=False, unique=True),
        sa.Column("created_by_id", sa.Integer(), sa.ForeignKey("people.id"), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_invites_person_id", "invites", ["person_id"])
    op.create_table(
        "finding_tickets",
        sa.Column("finding_id", sa.Integer(), sa.ForeignKey("findings.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("assignee_id", sa.Integer(), sa.ForeignKey("people.id"), nullable=True),
        sa.Column("assigned_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("volunteer_status", sa.String(20), nullable=True),
        sa.Column("volunteer_status_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reminded_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("escalated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("alerted_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_finding_tickets_assignee_id", "finding_tickets", ["assignee_id"])
    op.create_table(
        "notification_settings",
        sa.Column("organisation_id", sa.Integer(), sa.ForeignKey("organisations.id"), primary_key=True),
        sa.Column("remind_after_days", sa.Integer(), nullable=False),
        sa.Column("escalate_after_days", sa.Integer(), nullable=False),
        sa.Column("alert_high", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "person_prefs",
        sa.Column("person_id", sa.Integer(), sa.ForeignKey("people.id"), primary_key=True),
        sa.Column("weekly_digest", sa.Boolean(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("person_prefs")
    op.drop_table("notification_settings")
    op.drop_index("ix_finding_tickets_assignee_id", table_name="finding_tickets")
    op.drop_table("finding_tickets")
    op.drop_index("ix_invites_person_id", table_name="invites")
    op.drop_table("invites")
