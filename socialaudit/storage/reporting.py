"""The facts reports are made from, read from the store (socialaudit.core.reporting).

A coordinator's report covers the volunteers they coordinate (people.coordinator_id)
and those volunteers' accounts (accounts.person_id); without a coordinator it covers
every volunteer of the organisation. A finding reaches a coordinator's report once its
grace window has passed, never if the volunteer fixed it inside the window, and it
belongs to the month in which the coordinator could first see it, so each finding is
"new" in exactly one monthly report (the rule is socialaudit.storage.visibility's).
"""
from __future__ import annotations

from collections import Counter
from datetime import datetime, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from socialaudit.core.reporting import MonthlyFacts, ReportScope, SelfAuditFacts
from socialaudit.storage import schema as db
from socialaudit.storage.visibility import coordinator_sees, fixed_in_grace, shown_at

OPEN = ("open", "confirmed")


def scope_for(s: Session, org: db.Organisation, coordinator: db.Person | None) -> ReportScope:
    q = select(db.Person).where(db.Person.organisation_id == org.id, db.Person.role == "volunteer")
    if coordinator is not None:
        q = q.where(db.Person.coordinator_id == coordinator.id)
    volunteers = {p.id: p for p in s.scalars(q.order_by(db.Person.name))}
    accounts = {a.id: a for a in s.scalars(
        select(db.AccountRow).where(db.AccountRow.organisation_id == org.id,
                                 db.AccountRow.person_id.in_(list(volunteers)),
                                 db.AccountRow.status != "withdrawn").order_by(db.AccountRow.external_id))}
    return ReportScope(coordinator, volunteers, accounts)


def monthly_facts(s: Session, org: db.Organisation, coordinator: db.Person | None, month_start: datetime,
                  month_end: datetime, month: str, now: datetime) -> MonthlyFacts:
    """A coordinator's (or the organisation's) facts for the month [month_start, month_end)."""
    scope = scope_for(s, org, coordinator)
    ids = list(scope.accounts)
    theirs = select(db.FindingRow).where(db.FindingRow.account_id.in_(ids)).order_by(db.FindingRow.id)
    findings = [f for f in s.scalars(theirs) if not fixed_in_grace(f)] if ids else []
    facts = MonthlyFacts(org_name=org.name, scope=scope, month=month, now=now, findings=findings,
                         shown_at={f.id: shown_at(f) for f in findings},
                         visible_now={f.id for f in findings if coordinator_sees(f, now)})
    if not ids:
        return facts
    post_ids = [f.post_id for f in findings if f.post_id]
    in_month = (db.PostRow.account_id.in_(ids), db.PostRow.first_seen_at >= month_start,
                db.PostRow.first_seen_at < month_end)
    if post_ids:
        facts.posts = {p.id: p for p in s.scalars(select(db.PostRow).where(db.PostRow.id.in_(post_ids)))}
    facts.posts_checked = s.scalar(select(func.count()).select_from(db.PostRow).where(*in_month)) or 0
    facts.decided = len(set(s.scalars(select(db.ReviewEvent.finding_id).join(db.FindingRow).where(
        db.FindingRow.account_id.in_(ids), db.ReviewEvent.at >= month_start, db.ReviewEvent.at < month_end,
        db.ReviewEvent.action.in_(("confirmed", "dismissed", "resolved"))))))
    facts.crawl_failures = dict(Counter(s.scalars(select(db.RunAccount.account_id).join(db.Run).where(
        db.RunAccount.account_id.in_(ids), db.RunAccount.status != "ok",
        db.Run.started_at >= month_start, db.Run.started_at < month_end))))
    month_posts = select(db.PostRow.account_id, db.PostRow.text, db.PostRow.url).where(
        *in_month, db.PostRow.deleted_at.is_(None)).order_by(db.PostRow.id)
    facts.month_posts = [tuple(r) for r in s.execute(month_posts)]
    return facts


def last_covered_run(s: Session, person: db.Person) -> int:
    """The newest run an earlier self-audit for this person covered (0: none yet)."""
    return s.scalar(select(func.max(db.OutboxMessage.run_id)).where(
        db.OutboxMessage.kind == "self-audit", db.OutboxMessage.dedupe_key.like(f"self-audit:{person.id}:%"))) or 0


def unreported_findings(s: Session, person: db.Person) -> list[db.FindingRow]:
    """Open findings on the person's accounts that no self-audit has listed yet."""
    after = last_covered_run(s, person)
    return list(s.scalars(select(db.FindingRow).join(db.AccountRow, db.FindingRow.account_id == db.AccountRow.id).where(
        db.AccountRow.person_id == person.id, db.AccountRow.status != "withdrawn", db.FindingRow.state.in_(OPEN),
        db.FindingRow.first_seen_run_id > after).order_by(db.FindingRow.id)))


def selfaudit_facts(s: Session, org: db.Organisation, person: db.Person, findings: list[db.FindingRow],
                    now: datetime) -> SelfAuditFacts:
    post_ids = [f.post_id for f in findings if f.post_id]
    account_ids = [f.account_id for f in findings if f.account_id]
    listed = [f.id for f in findings]
    other_open = s.scalar(select(func.count()).select_from(db.FindingRow).join(
        db.AccountRow, db.FindingRow.account_id == db.AccountRow.id).where(
        db.AccountRow.person_id == person.id, db.FindingRow.state.in_(OPEN), db.FindingRow.id.not_in(listed))) or 0
    return SelfAuditFacts(
        org_name=org.name, person=person, findings=findings, other_open=other_open, now=now,
        posts={p.id: p for p in s.scalars(select(db.PostRow).where(db.PostRow.id.in_(post_ids)))} if post_ids else {},
        accounts={a.id: a for a in s.scalars(select(db.AccountRow).where(db.AccountRow.id.in_(account_ids)))})


def first_checked_at(s: Session, org: db.Organisation) -> datetime | None:
    """When socialaudit first saw a post of this organisation (None: not yet). A month that
    ended before it has nothing to report: no monthly report is made for it."""
    first = s.scalar(select(func.min(db.PostRow.first_seen_at)).join(
        db.AccountRow, db.PostRow.account_id == db.AccountRow.id).where(db.AccountRow.organisation_id == org.id))
    return first if first is None or first.tzinfo else first.replace(tzinfo=timezone.utc)


def active_people(s: Session, org: db.Organisation, role: str) -> list[db.Person]:
    return list(s.scalars(select(db.Person).where(db.Person.organisation_id == org.id, db.Person.role == role,
                                                  db.Person.active.is_(True)).order_by(db.Person.id)))


def archived(s: Session, org: db.Organisation, kind: str, month: str,
             person_id: int | None) -> db.ArchivedReport | None:
    return s.scalar(select(db.ArchivedReport).where(
        db.ArchivedReport.organisation_id == org.id, db.ArchivedReport.kind == kind,
        db.ArchivedReport.month == month, db.ArchivedReport.person_id == person_id))


def archive(s: Session, org: db.Organisation, kind: str, month: str, person_id: int | None,
            html: str, text: str) -> db.ArchivedReport:
    """Keep the report as sent; one copy per (kind, month, person): the latest."""
    row = archived(s, org, kind, month, person_id)
    if row is None:
        row = db.ArchivedReport(organisation_id=org.id, kind=kind, month=month, person_id=person_id,
                                html=html, text=text)
        s.add(row)
    else:
        row.html, row.text = html, text
    return row


def totals(s: Session) -> dict[str, int]:
    """How much the store holds (the demo's summary line)."""
    count = lambda table: s.scalar(select(func.count()).select_from(table)) or 0
    return {"accounts": count(db.AccountRow), "posts": count(db.PostRow), "findings": count(db.FindingRow),
            "messages sent": s.scalar(select(func.count()).select_from(db.OutboxMessage)
                                      .where(db.OutboxMessage.status == "sent")) or 0}


def message_keys(s: Session, kind: str) -> list[str]:
    return list(s.scalars(select(db.OutboxMessage.dedupe_key).where(db.OutboxMessage.kind == kind)))
