"""Who may see what. Every query the web app makes for findings, posts, media,
accounts or reports goes through here, so the rules live in one place:

- an admin sees everything in their organisation;
- a coordinator sees the volunteers assigned to them (people.coordinator_id), and a
  finding only once its grace window has ended (findings.visible_to_coordinator_at)
  and unless the volunteer fixed it inside the window;
- a volunteer sees only their own accounts, posts and findings, grace window or not.

Anything outside a person's scope is reported as missing (404), never forbidden,
so guessing ids does not reveal what exists.
"""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import Select, and_, false, func, or_, select
from sqlalchemy.orm import Session

from socialaudit.storage import schema as db


def now() -> datetime:
    return datetime.now(timezone.utc)


def volunteer_ids(person: db.Person) -> Select:
    """The people whose data `person` may see (as a sub-select of ids)."""
    if person.role == "admin":
        return select(db.Person.id).where(db.Person.organisation_id == person.organisation_id)
    if person.role == "coordinator":
        return select(db.Person.id).where(db.Person.coordinator_id == person.id,
                                          db.Person.organisation_id == person.organisation_id)
    return select(db.Person.id).where(db.Person.id == person.id)


def account_clause(person: db.Person):
    """A WHERE clause on db.AccountRow limiting it to `person`'s scope."""
    if person.role == "admin":
        return db.AccountRow.organisation_id == person.organisation_id
    return and_(db.AccountRow.organisation_id == person.organisation_id,
                db.AccountRow.person_id.in_(volunteer_ids(person)))


def grace_clause(person: db.Person, at: datetime | None = None):
    """Coordinators see a finding once its grace window is over, unless it was fixed inside it."""
    if person.role != "coordinator":
        return True
    at = at or now()
    window_over = or_(db.FindingRow.visible_to_coordinator_at.is_(None),
                      db.FindingRow.visible_to_coordinator_at <= at)
    fixed_in_window = and_(db.FindingRow.state == "resolved",
                           db.FindingRow.updated_at < db.FindingRow.visible_to_coordinator_at)
    return and_(window_over, ~fixed_in_window)


# The same rule, in Python, for rows already loaded (the reports' facts): written here,
# beside the SQL above, so the two cannot drift apart.
def shown_at(f: db.FindingRow) -> datetime:
    """When a coordinator could first see the finding (the end of its grace window)."""
    t = f.visible_to_coordinator_at or f.created_at
    return t if t.tzinfo else t.replace(tzinfo=timezone.utc)


def fixed_in_grace(f: db.FindingRow) -> bool:
    return (f.state == "resolved" and f.visible_to_coordinator_at is not None
            and _naive(f.updated_at) < _naive(f.visible_to_coordinator_at))


def coordinator_sees(f: db.FindingRow, at: datetime) -> bool:
    return shown_at(f) <= at and not fixed_in_grace(f)


def findings_query(person: db.Person, at: datetime | None = None) -> Select:
    """Findings (joined to their account) that `person` may see."""
    if person.role not in ("admin", "coordinator", "volunteer"):
        return select(db.FindingRow).where(false())
    return (select(db.FindingRow)
            .join(db.AccountRow, db.FindingRow.account_id == db.AccountRow.id)
            .where(db.FindingRow.organisation_id == person.organisation_id,
                   account_clause(person), grace_clause(person, at)))


def _naive(dt: datetime) -> datetime:
    """SQLite hands back naive UTC datetimes, PostgreSQL aware ones: compare them as naive UTC."""
    return dt.astimezone(timezone.utc).replace(tzinfo=None) if dt.tzinfo else dt


def in_grace(finding: db.FindingRow, at: datetime | None = None) -> bool:
    """The finding is still inside its volunteer's grace window."""
    until = finding.visible_to_coordinator_at
    return until is not None and _naive(until) > _naive(at or now())


def finding_for(s: Session, person: db.Person, finding_id: int) -> db.FindingRow | None:
    return s.scalar(findings_query(person).where(db.FindingRow.id == finding_id))


def account_for(s: Session, person: db.Person, account_id: int) -> db.AccountRow | None:
    return s.scalar(select(db.AccountRow).where(db.AccountRow.id == account_id, account_clause(person)))


def post_for(s: Session, person: db.Person, post_id: int) -> db.PostRow | None:
    """A post is visible to a coordinator only through a finding they may see; to its own
    volunteer and to admins always."""
    q = (select(db.PostRow).join(db.AccountRow, db.PostRow.account_id == db.AccountRow.id)
         .where(db.PostRow.id == post_id, account_clause(person)))
    post = s.scalar(q)
    if post is None or person.role != "coordinator":
        return post
    seen = s.scalar(findings_query(person).where(db.FindingRow.post_id == post_id).limit(1))
    return post if seen is not None else None


def _reports_query(person: db.Person) -> Select:
    """A volunteer's self-audit report is theirs alone (it lists findings still inside their
    grace window); a coordinator's monthly report is theirs, and every monthly report is
    the admin's."""
    q = select(db.ArchivedReport).where(db.ArchivedReport.organisation_id == person.organisation_id)
    own = db.ArchivedReport.person_id == person.id
    if person.role == "admin":
        return q.where(or_(own, db.ArchivedReport.kind != "self-audit"))
    return q.where(own)


def report_for(s: Session, person: db.Person, report_id: int) -> db.ArchivedReport | None:
    return s.scalar(_reports_query(person).where(db.ArchivedReport.id == report_id))


def reports_for(s: Session, person: db.Person) -> list[db.ArchivedReport]:
    return list(s.scalars(_reports_query(person).order_by(db.ArchivedReport.month.desc())))


def people_for(s: Session, person: db.Person) -> list[db.Person]:
    """Volunteers in scope, for the queue's volunteer filter."""
    q = select(db.Person).where(db.Person.id.in_(volunteer_ids(person)),
                                db.Person.role == "volunteer")
    return list(s.scalars(q.order_by(db.Person.name)))


def with_volunteers(s: Session, person: db.Person, at: datetime | None = None) -> tuple[int, datetime | None]:
    """For a coordinator: how many open findings of their volunteers are still inside the
    grace window, and when the first of them reaches the queue (0, None for anyone else)."""
    if person.role != "coordinator":
        return 0, None
    at = at or now()
    rows = s.execute(select(func.count(), func.min(db.FindingRow.visible_to_coordinator_at))
                     .join(db.AccountRow, db.FindingRow.account_id == db.AccountRow.id)
                     .where(db.FindingRow.organisation_id == person.organisation_id, account_clause(person),
                            db.FindingRow.state == "open", db.FindingRow.visible_to_coordinator_at > at)).one()
    return int(rows[0] or 0), rows[1]


def grace_until(s: Session, person: db.Person, finding_id: int) -> datetime | None:
    """For a coordinator: when a finding of one of their volunteers, still inside its grace
    window, reaches them (None when it is not theirs or not in a grace window)."""
    if person.role != "coordinator":
        return None
    f = s.scalar(select(db.FindingRow).join(db.AccountRow, db.FindingRow.account_id == db.AccountRow.id)
                 .where(db.FindingRow.id == finding_id, db.FindingRow.organisation_id == person.organisation_id,
                        account_clause(person), db.FindingRow.state == "open"))
    return f.visible_to_coordinator_at if f is not None and in_grace(f) else None


def end_grace_windows(s: Session, organisation_id: int, at: datetime) -> int:
    """Close every open grace window of an organisation at `at`: only for a simulation whose
    clock has moved past them (the demo's report day), so its review app shows the queue."""
    rows = s.scalars(select(db.FindingRow).where(db.FindingRow.organisation_id == organisation_id,
                                                 db.FindingRow.visible_to_coordinator_at > at)).all()
    for f in rows:
        f.visible_to_coordinator_at = at
    return len(rows)
