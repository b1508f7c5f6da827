"""Named queries for the review app's pages: what each page shows, read in one place.
Every query that lists findings, posts or people goes through socialaudit.storage.visibility,
so who-may-see-what is decided there and nowhere else."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from socialaudit.storage import followup, visibility
from socialaudit.storage import schema as db

QUEUE_FILTERS = ("rule", "severity", "state", "volunteer", "platform", "month", "assigned")


@dataclass
class QueuePage:
    rows: list[db.FindingRow]
    total: int
    accounts: dict[int, db.AccountRow]


def queue(s: Session, person: db.Person, filters: dict, month_range: tuple[datetime, datetime] | None,
          page: int, per_page: int) -> QueuePage:
    """The review queue for these filters: open first, then oldest first."""
    q = visibility.findings_query(person).outerjoin(db.PostRow, db.FindingRow.post_id == db.PostRow.id)
    for key, column in (("rule", db.FindingRow.rule), ("severity", db.FindingRow.severity),
                        ("state", db.FindingRow.state), ("platform", db.AccountRow.platform),
                        ("volunteer", db.AccountRow.person_id)):
        if filters.get(key):
            q = q.where(column == filters[key])
    if filters.get("assigned") == "me":
        q = q.where(followup.mine_clause(person.id))
    elif filters.get("assigned") == "none":
        q = q.where(followup.unassigned_clause())
    when = func.coalesce(db.PostRow.created_at, db.FindingRow.created_at)
    if month_range:
        q = q.where(and_(when >= month_range[0], when < month_range[1]))
    q = q.order_by(case((db.FindingRow.state == "open", 0), else_=1), when.asc(), db.FindingRow.id.asc())
    total = s.scalar(select(func.count()).select_from(q.order_by(None).subquery())) or 0
    rows = list(s.scalars(q.offset((page - 1) * per_page).limit(per_page)))
    accounts = {a.id: a for a in s.scalars(select(db.AccountRow).where(
        db.AccountRow.id.in_({f.account_id for f in rows if f.account_id})))}
    return QueuePage(rows, total, accounts)


def platforms(s: Session, person: db.Person) -> list[str]:
    return sorted(set(s.scalars(select(db.AccountRow.platform).where(visibility.account_clause(person)))))


def organisation(s: Session, org_id: int) -> db.Organisation | None:
    return s.get(db.Organisation, org_id)


def person(s: Session, person_id: int) -> db.Person | None:
    return s.get(db.Person, person_id)


def log_access(s: Session, actor: db.Person | None, action: str, target_kind: str, target_id: object,
               volunteer_id: int | None, detail: str | None = None) -> None:
    """Append who looked at which volunteer's data (access_log)."""
    s.add(db.AccessLog(actor_id=actor.id if actor else None, action=action, target_kind=target_kind,
                       target_id=str(target_id), volunteer_id=volunteer_id, detail=detail))


# --- a finding's page and a post's page ---------------------------------------------

def account_of(s: Session, finding_or_post) -> db.AccountRow | None:
    return s.get(db.AccountRow, finding_or_post.account_id) if finding_or_post.account_id else None


def post_of(s: Session, finding: db.FindingRow) -> db.PostRow | None:
    return s.get(db.PostRow, finding.post_id) if finding.post_id else None


def owner_of(s: Session, account: db.AccountRow | None) -> db.Person | None:
    return s.get(db.Person, account.person_id) if account and account.person_id else None


def current_findings(s: Session, *, post_id: int | None = None, account_id: int | None = None) -> list[db.FindingRow]:
    """Every finding still describing the subject as stored, whoever may see it: their masks
    together hide everything any rule found there."""
    q = select(db.FindingRow).where(db.FindingRow.state != "resolved")
    q = q.where(db.FindingRow.post_id == post_id) if post_id is not None else \
        q.where(db.FindingRow.account_id == account_id, db.FindingRow.subject_kind == "account")
    return list(s.scalars(q))


def visible_findings_of_post(s: Session, viewer: db.Person, post_id: int) -> list[db.FindingRow]:
    return list(s.scalars(visibility.findings_query(viewer).where(db.FindingRow.post_id == post_id)))


def trail(s: Session, finding: db.FindingRow) -> list[dict]:
    """The finding's review trail, oldest first, with who did each step."""
    names: dict[int, str] = {}
    out = []
    events = select(db.ReviewEvent).where(db.ReviewEvent.finding_id == finding.id).order_by(db.ReviewEvent.id)
    for e in s.scalars(events):
        if e.actor_id is not None and e.actor_id not in names:
            actor = s.get(db.Person, e.actor_id)
            names[e.actor_id] = actor.name if actor else "someone"
        who = names.get(e.actor_id, "socialaudit") if e.actor_id is not None else "socialaudit"
        out.append({"at": e.at, "who": who, "action": e.action, "note": e.note})
    return out


def media_rows(s: Session, post: db.PostRow | None) -> list[dict]:
    if post is None:
        return []
    rows = s.scalars(select(db.PostMedia).where(db.PostMedia.post_id == post.id).order_by(db.PostMedia.position))
    return [{"position": m.position, "type": m.type, "stored": m.media_id is not None} for m in rows]


def stored_media_path(s: Session, post_id: int, position: int) -> str | None:
    pm = s.get(db.PostMedia, (post_id, position))
    stored = s.get(db.MediaFile, pm.media_id) if pm is not None and pm.media_id else None
    return stored.path if stored is not None else None


def next_open(s: Session, viewer: db.Person, finding: db.FindingRow) -> int | None:
    """The next open finding in the viewer's queue, for 'save and next'."""
    if viewer.role not in ("admin", "coordinator"):
        return None
    nxt = s.scalar(visibility.findings_query(viewer)
                   .where(db.FindingRow.state == "open", db.FindingRow.id != finding.id)
                   .order_by(db.FindingRow.created_at, db.FindingRow.id).limit(1))
    return nxt.id if nxt else None


# --- a volunteer's home -------------------------------------------------------------

def volunteer_home(s: Session, volunteer: db.Person
                   ) -> tuple[list[db.FindingRow], list[db.AccountRow], list[db.Consent]]:
    """Their findings (confirmed, then open, worst first, newest first), accounts and consents."""
    order = case((db.FindingRow.state == "confirmed", 0), (db.FindingRow.state == "open", 1), else_=2)
    worst = case((db.FindingRow.severity == "high", 0), (db.FindingRow.severity == "medium", 1), else_=2)
    findings = list(s.scalars(visibility.findings_query(volunteer)
                              .order_by(order, worst, db.FindingRow.created_at.desc(), db.FindingRow.id)))
    accounts = list(s.scalars(select(db.AccountRow).where(db.AccountRow.person_id == volunteer.id)
                              .order_by(db.AccountRow.platform)))
    consents = list(s.scalars(select(db.Consent).where(db.Consent.person_id == volunteer.id)
                              .order_by(db.Consent.given_at)))
    return findings, accounts, consents


def foreign_account(s: Session, volunteer: db.Person, external_ids: set[str]) -> str | None:
    """One of these accounts that exists in the organisation and is not the volunteer's (or nobody's)."""
    return s.scalar(select(db.AccountRow.external_id).where(
        db.AccountRow.organisation_id == volunteer.organisation_id, db.AccountRow.external_id.in_(external_ids),
        (db.AccountRow.person_id.is_(None)) | (db.AccountRow.person_id != volunteer.id)).limit(1))


# --- coordinators' and admins' pages ---------------------------------------------------

def people_page(s: Session, viewer: db.Person) -> dict:
    """Volunteers in scope with their accounts and consents, and who coordinates."""
    volunteers = visibility.people_for(s, viewer)
    ids = [p.id for p in volunteers]
    accounts: dict[int, list[db.AccountRow]] = {}
    for a in s.scalars(select(db.AccountRow).where(db.AccountRow.person_id.in_(ids)).order_by(db.AccountRow.platform)):
        if a.person_id is not None:
            accounts.setdefault(a.person_id, []).append(a)
    consents: dict[int, list[db.Consent]] = {}
    for c in s.scalars(select(db.Consent).where(db.Consent.person_id.in_(ids)).order_by(db.Consent.given_at)):
        consents.setdefault(c.person_id, []).append(c)
    coordinators = {p.id: p for p in s.scalars(select(db.Person).where(
        db.Person.organisation_id == viewer.organisation_id, db.Person.role.in_(("coordinator", "admin"))))}
    return {"volunteers": volunteers, "accounts": accounts, "consents": consents, "coordinators": coordinators}


def access_log(s: Session, admin: db.Person, limit: int = 500) -> tuple[list[db.AccessLog], dict[int, db.Person]]:
    people = {p.id: p for p in s.scalars(select(db.Person).where(db.Person.organisation_id == admin.organisation_id))}
    rows = list(s.scalars(select(db.AccessLog).where(
        (db.AccessLog.actor_id.in_(people)) | (db.AccessLog.volunteer_id.in_(people)))
        .order_by(db.AccessLog.id.desc()).limit(limit)))
    return rows, people


def visible_fingerprints(s: Session, viewer: db.Person) -> list[str]:
    return list(s.scalars(visibility.findings_query(viewer).with_only_columns(db.FindingRow.fingerprint)))


def visible_findings_by_fingerprint(s: Session, viewer: db.Person, fingerprints: list[str]) -> dict[str, db.FindingRow]:
    return {f.fingerprint: f for f in s.scalars(visibility.findings_query(viewer).where(
        db.FindingRow.fingerprint.in_(fingerprints)))}


def visible_finding_ids(viewer: db.Person):
    """A sub-query of the ids of the findings `viewer` may see (for the statistics)."""
    return visibility.findings_query(viewer).with_only_columns(db.FindingRow.id)
