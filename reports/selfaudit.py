"""The volunteer's self-audit report: their own new findings, the clause in plain
words, what to change and how to ask for help.

When it is due: whenever a volunteer's accounts have open findings that no earlier
self-audit told them about. The first one follows their first import (everything
found in their history); later ones follow a run that found something new. Each
report remembers the newest run it covers (`OutboxMessage.run_id`), so a finding is
reported to its volunteer once, and the message's dedupe key makes queuing it
idempotent. It arrives while the grace window is still open, so the volunteer can
fix a post before their coordinator sees it.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reports.context import SelfAuditReport
from reports.items import aware, day_label, finding_item
from socialaudit.core.policy import Policy
from socialaudit.storage import schema as db

OPEN = ("open", "confirmed")


def last_covered_run(s: Session, person: db.Person) -> int:
    """The newest run an earlier self-audit for this person covered (0: none yet)."""
    return s.scalar(select(func.max(db.OutboxMessage.run_id)).where(
        db.OutboxMessage.kind == "self-audit", db.OutboxMessage.dedupe_key.like(f"self-audit:{person.id}:%"))) or 0


def unreported_findings(s: Session, person: db.Person) -> list[db.Finding]:
    """Open findings on the person's accounts that no self-audit has listed yet."""
    after = last_covered_run(s, person)
    return list(s.scalars(select(db.Finding).join(db.Account, db.Finding.account_id == db.Account.id).where(
        db.Account.person_id == person.id, db.Account.status != "withdrawn", db.Finding.state.in_(OPEN),
        db.Finding.first_seen_run_id > after).order_by(db.Finding.id)))


def build_selfaudit(s: Session, org: db.Organisation, policy: Policy, base_url: str, person: db.Person,
                    findings: list[db.Finding], now: datetime) -> SelfAuditReport:
    rank = {"high": 0, "medium": 1, "low": 2}
    items = []
    for f in sorted(findings, key=lambda f: (rank.get(f.severity, 3), f.id)):
        post = s.get(db.Post, f.post_id) if f.post_id else None
        items.append(finding_item(f, post, s.get(db.Account, f.account_id), policy, base_url))
    listed = {f.id for f in findings}
    other_open = s.scalar(select(func.count()).select_from(db.Finding).join(
        db.Account, db.Finding.account_id == db.Account.id).where(
        db.Account.person_id == person.id, db.Finding.state.in_(OPEN), db.Finding.id.not_in(listed))) or 0
    ends = [aware(f.visible_to_coordinator_at) for f in findings if f.visible_to_coordinator_at]
    grace_end = min(ends) if ends else None
    return SelfAuditReport(
        org_name=org.name, first_name=(person.name or "").split(" ")[0], findings=items, other_open=other_open,
        grace_until=day_label(grace_end) if grace_end and grace_end > now else "",
        help_text=policy.section("review").get("help_text", ""), base_url=base_url.rstrip("/"))
