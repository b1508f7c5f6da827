"""Tables of the web admin and the loop back to volunteers (migration 0007): invitations,
the follow-up of each finding (its reviewer and the volunteer's answer), the
organisation's reminder settings and each person's mail preferences.

They live beside socialaudit.storage.schema on the same metadata; the conversation on a
finding itself is kept in review_events (append-only), like every other decision."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from socialaudit.storage.schema import Base, utcnow

DEFAULT_REMIND_DAYS = 7
DEFAULT_ESCALATE_DAYS = 14
INVITE_DAYS = 7


class Invite(Base):
    """An invitation sent by email: a signed link that expires and works once. A volunteer's
    lists the accounts the admin proposed; consent is recorded only when the volunteer
    confirms it themselves on the invitation page."""
    __tablename__ = "invites"
    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    role: Mapped[str] = mapped_column(String(20))
    accounts: Mapped[list[Any]] = mapped_column(JSON, default=list)
    nonce: Mapped[str] = mapped_column(String(64), unique=True)  # the link names it; used or revoked, it dies
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class FindingTicket(Base):
    """Who reviews a finding and what its volunteer answered (the words are in review_events)."""
    __tablename__ = "finding_tickets"
    finding_id: Mapped[int] = mapped_column(ForeignKey("findings.id", ondelete="CASCADE"), primary_key=True)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    assigned_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    volunteer_status: Mapped[str | None] = mapped_column(String(20))  # acknowledged|replied|disputed|fixed
    volunteer_status_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # when the follow-up mails went out, so each is sent once per finding
    reminded_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    escalated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    alerted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class NotificationSettings(Base):
    """When unanswered findings are chased (0 switches a step off), and whether a
    high-severity finding alerts its coordinator as soon as the grace window ends."""
    __tablename__ = "notification_settings"
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), primary_key=True)
    remind_after_days: Mapped[int] = mapped_column(Integer, default=DEFAULT_REMIND_DAYS)
    escalate_after_days: Mapped[int] = mapped_column(Integer, default=DEFAULT_ESCALATE_DAYS)
    alert_high: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)


class PersonPrefs(Base):
    """A person's own mail choices (a coordinator's weekly digest)."""
    __tablename__ = "person_prefs"
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), primary_key=True)
    weekly_digest: Mapped[bool] = mapped_column(Boolean, default=False)
