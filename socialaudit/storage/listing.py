"""Named queries for the command line's lists (`socialaudit people`, `accounts`, `findings`,
`runs`): an operator's view of one organisation, filtered and newest first.

Each returns plain records (no ORM rows) and the total before `limit`, so the caller can say
"showing 100 of 1,234". Findings carry only what is stored about them: redacted excerpts,
never the post's text. Who holds a waiting finding is decided by `holder()`, the one rule
the status command's backlog uses too (socialaudit.storage.status).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from socialaudit.storage import schema as db
from socialaudit.storage import visibility

WAITING = ("open", "confirmed")
FAILED = db.CRAWL_FAILED  # a run_accounts status that means the crawl did not happen


def organisation(s: Session, slug: str) -> db.Organisation | None:
    """The organisation of a policy pack, without creating it (lists only read)."""
    return s.scalar(select(db.Organisation).where(db.Organisation.slug == slug))


def person_by_email(s: Session, org_id: int, email: str) -> db.Person | None:
    return s.scalar(select(db.Person).where(db.Person.organisation_id == org_id,
                                            db.Person.email == email.strip().lower()))


@dataclass(frozen=True)
class Filters:
    """What the lists filter on; each list uses the fields that make sense for it."""
    states: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()
    severities: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    platforms: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    since: datetime | None = None
    person_id: int | None = None
    account: str | None = None
    limit: int = 100


@dataclass(frozen=True)
class Holder:
    """Who a waiting finding is with: a volunteer (grace window, or to fix a confirmed one),
    a coordinator (to decide), or the admins (a volunteer without a coordinator)."""
    kind: str  # volunteer|coordinator|admins
    why: str  # grace|to-fix|to-decide
    person_id: int | None = None
    name: str | None = None  # the coordinator's "Name <email>" (lists fill it in)


def holder(state: str, in_grace: bool, volunteer_id: int | None, coordinator_id: int | None) -> Holder | None:
    """The one rule for who holds a finding; None once it is decided (dismissed or resolved)."""
    if state == "confirmed":
        return Holder("volunteer", "to-fix", volunteer_id)
    if state != "open":
        return None
    if in_grace and volunteer_id is not None:
        return Holder("volunteer", "grace", volunteer_id)
    if coordinator_id is not None:
        return Holder("coordinator", "to-decide", coordinator_id)
    return Holder("admins", "to-decide")


def _naive(dt: datetime) -> datetime:
    """SQLite hands back naive UTC datetimes, PostgreSQL aware ones: compare them as naive UTC."""
    return dt.astimezone(timezone.utc).replace(tzinfo=None) if dt.tzinfo else dt


def in_grace(until: datetime | None, now: datetime) -> bool:
    return until is not None and _naive(until) > _naive(now)


def _page(s: Session, q: Select, limit: int) -> tuple[list[Any], int]:
    total = s.scalar(select(func.count()).select_from(q.order_by(None).subquery())) or 0
    return list(s.execute(q.limit(limit)).all()), total


# --- people -------------------------------------------------------------------------------

@dataclass
class PersonItem:
    id: int
    name: str
    email: str | None
    role: str
    active: bool
    coordinator: str | None
    accounts: int
    created_at: datetime


def people(s: Session, org_id: int, f: Filters) -> tuple[list[PersonItem], int]:
    coord = aliased(db.Person)
    n_accounts = (select(func.count()).where(db.AccountRow.person_id == db.Person.id,
                                             db.AccountRow.status != "withdrawn")
                  .correlate(db.Person).scalar_subquery())
    q = (select(db.Person, coord.email, n_accounts).outerjoin(coord, coord.id == db.Person.coordinator_id)
         .where(db.Person.organisation_id == org_id))
    if f.roles:
        q = q.where(db.Person.role.in_(f.roles))
    if f.states:
        q = q.where(db.Person.active.in_([st == "active" for st in f.states]))
    if f.since:
        q = q.where(db.Person.created_at >= f.since)
    if f.person_id is not None:
        q = q.where(db.Person.coordinator_id == f.person_id)
    rows, total = _page(s, q.order_by(db.Person.created_at.desc(), db.Person.id.desc()), f.limit)
    return [PersonItem(p.id, p.name, p.email, p.role, p.active, c, n or 0, p.created_at) for p, c, n in rows], total


# --- accounts -----------------------------------------------------------------------------

@dataclass
class AccountItem:
    id: int
    account: str
    platform: str
    role: str
    status: str
    volunteer: str | None
    consent_at: datetime | None
    source: str | None
    last_crawled_at: datetime | None
    last_error: str | None
    waiting: int
    created_at: datetime


def accounts(s: Session, org_id: int, f: Filters) -> tuple[list[AccountItem], int]:
    waiting = (select(func.count()).where(db.FindingRow.account_id == db.AccountRow.id,
                                          db.FindingRow.state.in_(WAITING))
               .correlate(db.AccountRow).scalar_subquery())
    q = (select(db.AccountRow, db.Person.email, waiting)
         .outerjoin(db.Person, db.Person.id == db.AccountRow.person_id)
         .where(db.AccountRow.organisation_id == org_id))
    for values, column in ((f.states, db.AccountRow.status), (f.platforms, db.AccountRow.platform),
                           (f.roles, db.AccountRow.role)):
        if values:
            q = q.where(column.in_(values))
    if f.since:
        q = q.where(db.AccountRow.created_at >= f.since)
    if f.person_id is not None:
        q = q.where(db.AccountRow.person_id == f.person_id)
    rows, total = _page(s, q.order_by(db.AccountRow.created_at.desc(), db.AccountRow.id.desc()), f.limit)
    return [AccountItem(a.id, a.external_id, a.platform, a.role, a.status, email, a.consent_at, a.source,
                        a.last_crawled_at, a.last_error, n or 0, a.created_at) for a, email, n in rows], total


# --- findings -----------------------------------------------------------------------------

@dataclass
class FindingItem:
    id: int
    fingerprint: str
    rule: str
    severity: str
    state: str
    subject: str
    subject_kind: str
    account: str | None
    volunteer: str | None
    clause: str
    message: str
    confidence: float
    evidence: list[dict[str, Any]]
    created_at: datetime
    visible_to_coordinator_at: datetime | None
    holder: Holder | None = field(default=None)


def findings_query(org_id: int, f: Filters) -> Select:
    q = (select(db.FindingRow, db.AccountRow.external_id, db.Person.id, db.Person.email, db.Person.coordinator_id)
         .outerjoin(db.AccountRow, db.AccountRow.id == db.FindingRow.account_id)
         .outerjoin(db.Person, db.Person.id == db.AccountRow.person_id)
         .where(db.FindingRow.organisation_id == org_id))
    for values, column in ((f.states, db.FindingRow.state), (f.rules, db.FindingRow.rule),
                           (f.severities, db.FindingRow.severity)):
        if values:
            q = q.where(column.in_(values))
    if f.since:
        q = q.where(db.FindingRow.created_at >= f.since)
    if f.account:
        q = q.where(db.AccountRow.external_id == f.account)
    if f.person_id is not None:
        q = q.where(db.AccountRow.person_id == f.person_id)
    return q


def findings(s: Session, org_id: int, f: Filters, now: datetime) -> tuple[list[FindingItem], int]:
    q = findings_query(org_id, f).order_by(db.FindingRow.created_at.desc(), db.FindingRow.id.desc())
    rows, total = _page(s, q, f.limit)
    out = []
    for row, account, volunteer_id, email, coordinator_id in rows:
        out.append(FindingItem(
            row.id, row.fingerprint, row.rule, row.severity, row.state, row.subject, row.subject_kind, account,
            email, row.clause, row.message, row.confidence,
            [{"field": e.get("field"), "excerpt": e.get("excerpt")} for e in row.evidence or []],
            row.created_at, row.visible_to_coordinator_at,
            holder(row.state, in_grace(row.visible_to_coordinator_at, now), volunteer_id, coordinator_id)))
    names = people_names(s, {i.holder.person_id for i in out if i.holder and i.holder.kind == "coordinator"})
    for item in out:
        if item.holder is not None and item.holder.kind == "coordinator":
            item.holder = replace(item.holder, name=names.get(item.holder.person_id or 0))
    return out, total


def people_names(s: Session, ids: set[int | None]) -> dict[int, str]:
    """'Name <email>' of staff, for saying who holds a finding."""
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {p.id: f"{p.name} <{p.email}>" if p.email else p.name
            for p in s.scalars(select(db.Person).where(db.Person.id.in_(wanted)))}


# --- runs ---------------------------------------------------------------------------------

@dataclass
class RunItem:
    id: int
    kind: str
    status: str
    source: str | None
    started_at: datetime
    finished_at: datetime | None
    counts: dict[str, Any]
    errors: list[Any]
    accounts_failed: int


def runs(s: Session, org_id: int, f: Filters) -> tuple[list[RunItem], int]:
    failed = (select(func.count()).where(db.RunAccount.run_id == db.Run.id, db.RunAccount.status.in_(FAILED))
              .correlate(db.Run).scalar_subquery())
    q = select(db.Run, failed).where(db.Run.organisation_id == org_id)
    for values, column in ((f.states, db.Run.status), (f.kinds, db.Run.kind)):
        if values:
            q = q.where(column.in_(values))
    if f.since:
        q = q.where(db.Run.started_at >= f.since)
    rows, total = _page(s, q.order_by(db.Run.started_at.desc(), db.Run.id.desc()), f.limit)
    return [RunItem(r.id, r.kind, r.status, r.source, r.started_at, r.finished_at, dict(r.counts or {}),
                    list(r.errors or []), n or 0) for r, n in rows], total


# --- the terminal review (socialaudit review) -------------------------------------------

def reviewer(s: Session, org_id: int, email: str) -> db.Person | None:
    """An active admin or coordinator of the organisation (who may decide on findings)."""
    person = person_by_email(s, org_id, email)
    return person if person is not None and person.active and person.role in ("admin", "coordinator") else None


def open_for_review(s: Session, viewer: db.Person, f: Filters) -> list[int]:
    """The ids of the open findings `viewer` may decide, in the web queue's order (oldest
    first); scope and grace window are socialaudit.storage.visibility's."""
    when = func.coalesce(db.PostRow.created_at, db.FindingRow.created_at)
    q = (visibility.findings_query(viewer).outerjoin(db.PostRow, db.FindingRow.post_id == db.PostRow.id)
         .where(db.FindingRow.state == "open"))
    for values, column in ((f.rules, db.FindingRow.rule), (f.severities, db.FindingRow.severity)):
        if values:
            q = q.where(column.in_(values))
    if f.person_id is not None:
        q = q.where(db.AccountRow.person_id == f.person_id)
    return list(s.scalars(q.with_only_columns(db.FindingRow.id).order_by(when.asc(), db.FindingRow.id.asc())))
