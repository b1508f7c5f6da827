"""The loop back on a finding: its volunteer answers (acknowledge, reply, dispute, fixed),
a reviewer is assigned, and unanswered findings are chased. Every step is also a
ReviewEvent, so the finding's history is the conversation both sides see.

Which findings are due a follow-up mail (the application words and queues them):
- a reminder to the volunteer: open or confirmed, no answer, older than
  remind_after_days; once per finding;
- an escalation to the coordinator: still no answer after escalate_after_days and past
  the grace window (the coordinator may see it); once per finding;
- an alert to the coordinator: high severity, still open, whose grace window ended in
  the last ALERT_WINDOW (older ones were in the queue already); once per finding.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from socialaudit.storage import schema as db
from socialaudit.storage import visibility
from socialaudit.storage.review import MAX_NOTE, ReviewError
from socialaudit.storage.schema_loop import FindingTicket, NotificationSettings, PersonPrefs

RESPONSES = {"acknowledge": "acknowledged", "reply": "replied", "dispute": "disputed", "fixed": "fixed"}
NEEDS_TEXT = ("reply", "dispute")
ALERT_WINDOW = timedelta(days=2)
MAX_DAYS = 365


def ticket_of(s: Session, finding_id: int) -> FindingTicket | None:
    return s.get(FindingTicket, finding_id)


def _ticket(s: Session, finding_id: int) -> FindingTicket:
    t = s.get(FindingTicket, finding_id)
    if t is None:
        t = FindingTicket(finding_id=finding_id)
        s.add(t)
        s.flush()
    return t


def respond(s: Session, finding: db.FindingRow, volunteer: db.Person, kind: str, text: str | None,
            now: datetime) -> str:
    """The volunteer's answer on their own finding; returns the status it sets."""
    if kind not in RESPONSES:
        raise ReviewError("choose how to answer")
    if finding.state not in ("open", "confirmed"):
        raise ReviewError("this finding is closed: there is nothing to answer")
    words = (text or "").strip()[:MAX_NOTE] or None
    if kind in NEEDS_TEXT and not words:
        raise ReviewError("write your reply first" if kind == "reply" else "say why you think this is wrong")
    status = RESPONSES[kind]
    s.add(db.ReviewEvent(finding_id=finding.id, actor_id=volunteer.id, action=status, note=words, at=now))
    t = _ticket(s, finding.id)
    t.volunteer_status, t.volunteer_status_at = status, now
    return status


def reviewers(s: Session, finding: db.FindingRow) -> list[db.Person]:
    """Staff who may see the finding now: the only people it can be assigned to."""
    staff = s.scalars(select(db.Person).where(db.Person.organisation_id == finding.organisation_id,
                                              db.Person.role.in_(("admin", "coordinator")),
                                              db.Person.active.is_(True)).order_by(db.Person.name))
    return [p for p in staff if visibility.finding_for(s, p, finding.id) is not None]


def assign(s: Session, finding: db.FindingRow, actor: db.Person, assignee: db.Person | None, now: datetime) -> None:
    """Give the finding to a reviewer who may see it (None: nobody)."""
    if assignee is not None and assignee.id not in {p.id for p in reviewers(s, finding)}:
        raise ReviewError("that person cannot review this finding")
    t = _ticket(s, finding.id)
    if (t.assignee_id or None) == (assignee.id if assignee else None):
        raise ReviewError("nothing changed")
    t.assignee_id, t.assigned_at = (assignee.id, now) if assignee else (None, None)
    s.add(db.ReviewEvent(finding_id=finding.id, actor_id=actor.id, action="assigned" if assignee else "unassigned",
                         note=f"to {assignee.name}" if assignee else None, at=now))


def mine_clause(person_id: int):
    """A WHERE clause on findings: assigned to this person."""
    return db.FindingRow.id.in_(select(FindingTicket.finding_id).where(FindingTicket.assignee_id == person_id))


def unassigned_clause():
    return ~db.FindingRow.id.in_(select(FindingTicket.finding_id).where(FindingTicket.assignee_id.is_not(None)))


# --- settings and preferences ---------------------------------------------------------

def settings_of(s: Session, org_id: int) -> NotificationSettings:
    """The organisation's settings (defaults until an admin saves them)."""
    row = s.get(NotificationSettings, org_id)
    return row if row is not None else NotificationSettings(organisation_id=org_id, remind_after_days=7,
                                                            escalate_after_days=14, alert_high=True)


def save_settings(s: Session, org_id: int, remind: int, escalate: int, alert_high: bool) -> NotificationSettings:
    if not (0 <= remind <= MAX_DAYS and 0 <= escalate <= MAX_DAYS):
        raise ReviewError(f"days are between 0 (off) and {MAX_DAYS}")
    if remind and escalate and escalate <= remind:
        raise ReviewError("escalate later than the reminder, or switch one off with 0")
    row = s.get(NotificationSettings, org_id) or NotificationSettings(organisation_id=org_id)
    row.remind_after_days, row.escalate_after_days, row.alert_high = remind, escalate, alert_high
    s.add(row)
    return row


def wants_digest(s: Session, person_id: int) -> bool:
    row = s.get(PersonPrefs, person_id)
    return bool(row and row.weekly_digest)


def set_digest(s: Session, person_id: int, on: bool) -> None:
    row = s.get(PersonPrefs, person_id) or PersonPrefs(person_id=person_id)
    row.weekly_digest = on
    s.add(row)


def digest_people(s: Session, org_id: int) -> list[db.Person]:
    return list(s.scalars(select(db.Person).join(PersonPrefs, PersonPrefs.person_id == db.Person.id).where(
        db.Person.organisation_id == org_id, db.Person.active.is_(True), PersonPrefs.weekly_digest.is_(True),
        db.Person.role.in_(("admin", "coordinator"))).order_by(db.Person.id)))


# --- what is due ----------------------------------------------------------------------

@dataclass
class Due:
    finding: db.FindingRow
    volunteer: db.Person
    ticket: FindingTicket


def _base(org_id: int):
    unanswered = or_(FindingTicket.volunteer_status.is_(None), FindingTicket.finding_id.is_(None))
    return (select(db.FindingRow, db.Person, FindingTicket)
            .join(db.AccountRow, db.FindingRow.account_id == db.AccountRow.id)
            .join(db.Person, db.AccountRow.person_id == db.Person.id)
            .outerjoin(FindingTicket, FindingTicket.finding_id == db.FindingRow.id)
            .where(db.FindingRow.organisation_id == org_id, db.FindingRow.state.in_(("open", "confirmed")),
                   db.Person.active.is_(True), db.Person.role == "volunteer"), unanswered)


def _due(s: Session, q) -> list[Due]:
    out = []
    for f, person, t in s.execute(q.order_by(db.FindingRow.id)).all():
        out.append(Due(f, person, t if t is not None else _ticket(s, f.id)))
    return out


def due_reminders(s: Session, org_id: int, now: datetime, days: int) -> list[Due]:
    if days <= 0:
        return []
    q, unanswered = _base(org_id)
    return _due(s, q.where(unanswered, db.FindingRow.created_at <= now - timedelta(days=days),
                           or_(FindingTicket.reminded_at.is_(None), FindingTicket.finding_id.is_(None))))


def due_escalations(s: Session, org_id: int, now: datetime, days: int) -> list[Due]:
    if days <= 0:
        return []
    q, unanswered = _base(org_id)
    found = _due(s, q.where(unanswered, db.FindingRow.created_at <= now - timedelta(days=days),
                            or_(FindingTicket.escalated_at.is_(None), FindingTicket.finding_id.is_(None))))
    return [d for d in found if visibility.coordinator_sees(d.finding, now)]


def due_alerts(s: Session, org_id: int, now: datetime) -> list[Due]:
    q, _ = _base(org_id)
    shown = db.FindingRow.visible_to_coordinator_at
    found = _due(s, q.where(db.FindingRow.severity == "high", db.FindingRow.state == "open",
                            or_(FindingTicket.alerted_at.is_(None), FindingTicket.finding_id.is_(None)),
                            or_(shown.is_(None), and_(shown <= now, shown > now - ALERT_WINDOW))))
    return [d for d in found if visibility.coordinator_sees(d.finding, now)
            and visibility.shown_at(d.finding) > now - ALERT_WINDOW]


def coordinator_of(s: Session, volunteer: db.Person) -> list[db.Person]:
    """Who hears about a volunteer's finding: their coordinator, else the organisation's admins."""
    coord = s.get(db.Person, volunteer.coordinator_id) if volunteer.coordinator_id else None
    if coord is not None and coord.active and coord.email:
        return [coord]
    return list(s.scalars(select(db.Person).where(db.Person.organisation_id == volunteer.organisation_id,
                                                  db.Person.role == "admin", db.Person.active.is_(True),
                                                  db.Person.email.is_not(None))))


def digest_counts(s: Session, viewer: db.Person, now: datetime) -> dict[str, int]:
    """What a weekly digest says, in the viewer's scope."""
    week_ago = now - timedelta(days=7)
    visible = visibility.findings_query(viewer, now).outerjoin(
        FindingTicket, FindingTicket.finding_id == db.FindingRow.id)
    rows = s.execute(visible.with_only_columns(db.FindingRow.state, db.FindingRow.created_at,
                                               FindingTicket.volunteer_status, FindingTicket.volunteer_status_at,
                                               FindingTicket.assignee_id)).all()
    wk = naive(week_ago)
    return {
        "open": sum(r[0] == "open" for r in rows),
        "new_this_week": sum(naive(r[1]) >= wk for r in rows),
        "answered_this_week": sum(r[3] is not None and naive(r[3]) >= wk for r in rows),
        "disputed": sum(r[2] == "disputed" and r[0] in ("open", "confirmed") for r in rows),
        "assigned_to_you": sum(r[4] == viewer.id and r[0] in ("open", "confirmed") for r in rows),
    }


def naive(dt: datetime) -> datetime:
    return dt.astimezone(timezone.utc).replace(tzinfo=None) if dt.tzinfo else dt
