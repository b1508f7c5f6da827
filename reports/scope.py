"""Who a report is about, and when a coordinator may see a finding.

A coordinator's report covers the volunteers they coordinate (people.coordinator_id)
and those volunteers' accounts (accounts.person_id); without a coordinator it covers
every volunteer of the organisation. The grace window matches the review web app
(socialaudit/web/scope.py): a finding reaches the coordinator once
`visible_to_coordinator_at` has passed, and never if the volunteer fixed it inside
the window. A finding belongs to the month in which the coordinator could first
see it, so each finding is "new" in exactly one monthly report.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from reports.items import aware
from socialaudit.storage import schema as db


@dataclass
class Scope:
    """The people and accounts one report covers."""
    coordinator: db.Person | None
    volunteers: dict[int, db.Person]
    accounts: dict[int, db.Account]

    @property
    def recipient_name(self) -> str:
        return self.coordinator.name if self.coordinator else "All volunteers"

    def volunteer_name(self, account: db.Account | None) -> str:
        person = self.volunteers.get(account.person_id) if account is not None else None
        return person.name if person else (account.display_name or account.handle or "Unassigned account")


def scope_for(s: Session, org: db.Organisation, coordinator: db.Person | None) -> Scope:
    q = select(db.Person).where(db.Person.organisation_id == org.id, db.Person.role == "volunteer")
    if coordinator is not None:
        q = q.where(db.Person.coordinator_id == coordinator.id)
    volunteers = {p.id: p for p in s.scalars(q.order_by(db.Person.name))}
    accounts = {a.id: a for a in s.scalars(
        select(db.Account).where(db.Account.organisation_id == org.id,
                                 db.Account.person_id.in_(list(volunteers)),
                                 db.Account.status != "withdrawn").order_by(db.Account.external_id))}
    return Scope(coordinator, volunteers, accounts)


def shown_at(f: db.Finding) -> datetime:
    """When the coordinator could first see the finding (end of its grace window)."""
    return aware(f.visible_to_coordinator_at or f.created_at)


def fixed_in_grace(f: db.Finding) -> bool:
    return (f.state == "resolved" and f.visible_to_coordinator_at is not None
            and aware(f.updated_at) < aware(f.visible_to_coordinator_at))


def coordinator_sees(f: db.Finding, at: datetime) -> bool:
    return shown_at(f) <= at and not fixed_in_grace(f)


def scope_findings(s: Session, scope: Scope) -> list[db.Finding]:
    if not scope.accounts:
        return []
    return list(s.scalars(select(db.Finding).where(db.Finding.account_id.in_(list(scope.accounts)))
                          .order_by(db.Finding.id)))
