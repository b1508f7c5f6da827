"""What is due, queued in one transaction, then sent: the delivery phase of
`socialaudit run` (socialaudit.app.runner calls `deliver_due`).

Due on every run:
- the monthly report of the previous month for each active coordinator, once the
  month has ended (any run on or after the 1st); dedupe key
  "monthly:<YYYY-MM>:coordinator:<person id>"; its HTML is archived (ArchivedReport);
- a self-audit report for each volunteer with findings no self-audit has listed yet
  (reports.selfaudit explains when), dedupe key "self-audit:<person id>:run:<run id>";
- whatever else waits in the outbox: the volunteer notices the web app queues when
  a coordinator confirms a finding, and messages an earlier run could not send.

Everything due is queued and archived in one transaction, so a run killed before
it commits queues nothing and the next run queues it all; the dedupe keys mean it
is never queued twice. Sending follows the outbox rules (reports.outbox).
A person without an email address is skipped (counted under "no_email").
"""
from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from reports.items import month_of, shift_month
from reports.mailer import EmlMailer, build_message, mailer_for
from reports.monthly import build_monthly
from reports.outbox import queue, send_pending
from reports.render import render_both
from reports.selfaudit import build_selfaudit, unreported_findings
from socialaudit.core.policy import Policy
from socialaudit.core.settings import Settings
from socialaudit.storage import repo
from socialaudit.storage import schema as db
from socialaudit.storage.db import Store

log = logging.getLogger("socialaudit.mail")


def monthly_key(month: str, person_id: int) -> str:
    return f"monthly:{month}:coordinator:{person_id}"


def archive(s: Session, org: db.Organisation, kind: str, month: str, person_id: int | None,
            html: str, text: str) -> db.ArchivedReport:
    """Keep the report as sent; one copy per (kind, month, person): the latest."""
    row = s.scalar(select(db.ArchivedReport).where(
        db.ArchivedReport.organisation_id == org.id, db.ArchivedReport.kind == kind,
        db.ArchivedReport.month == month, db.ArchivedReport.person_id == person_id))
    if row is None:
        row = db.ArchivedReport(organisation_id=org.id, kind=kind, month=month, person_id=person_id,
                                html=html, text=text)
        s.add(row)
    else:
        row.html, row.text = html, text
    return row


def _people(s: Session, org: db.Organisation, role: str) -> list[db.Person]:
    return list(s.scalars(select(db.Person).where(db.Person.organisation_id == org.id, db.Person.role == role,
                                                  db.Person.active.is_(True)).order_by(db.Person.id)))


def _queue_monthly(s: Session, org: db.Organisation, policy: Policy, settings: Settings, run_id: int | None,
                   now: datetime, counts: dict[str, int]) -> None:
    month = shift_month(month_of(now), -1)
    for coord in _people(s, org, "coordinator"):
        done = s.scalar(select(db.ArchivedReport.id).where(
            db.ArchivedReport.organisation_id == org.id, db.ArchivedReport.kind == "monthly",
            db.ArchivedReport.month == month, db.ArchivedReport.person_id == coord.id))
        if done is not None:
            continue
        report = build_monthly(s, org, policy, settings.base_url, coord, month, now)
        html, text = render_both(report, settings.template_dir)
        archive(s, org, "monthly", month, coord.id, html, text)
        if not coord.email:
            counts["no_email"] += 1
            continue
        counts["queued"] += queue(s, organisation_id=org.id, run_id=run_id, kind="coordinator-report",
                                  dedupe_key=monthly_key(month, coord.id), recipient=coord.email,
                                  subject=report.subject, text=text, html=html) is not None


def _queue_selfaudits(s: Session, org: db.Organisation, policy: Policy, settings: Settings,
                      now: datetime, counts: dict[str, int]) -> None:
    for person in _people(s, org, "volunteer"):
        findings = unreported_findings(s, person)
        if not findings:
            continue
        if not person.email:
            counts["no_email"] += 1
            continue
        covers = max(f.first_seen_run_id for f in findings)
        report = build_selfaudit(s, org, policy, settings.base_url, person, findings, now)
        html, text = render_both(report, settings.template_dir)
        archive(s, org, "self-audit", month_of(now), person.id, html, text)
        counts["queued"] += queue(s, organisation_id=org.id, run_id=covers, kind="self-audit",
                                  dedupe_key=f"self-audit:{person.id}:run:{covers}", recipient=person.email,
                                  subject=report.subject, text=text, html=html) is not None


def queue_due(s: Session, policy: Policy, settings: Settings, run_id: int | None, now: datetime) -> dict[str, int]:
    """Queue (and archive) everything due, in the caller's transaction."""
    org = repo.ensure_organisation(s, policy)
    counts = {"queued": 0, "no_email": 0}
    _queue_monthly(s, org, policy, settings, run_id, now, counts)
    _queue_selfaudits(s, org, policy, settings, now, counts)
    return counts


def deliver_due(store: Store, policy: Policy, settings: Settings, *, run_id: int | None = None,
                now: datetime | None = None, dry_run: bool = False) -> dict[str, Any]:
    """Queue what is due and send everything queued. Returns counts for the run's record:
    queued, sent, retry_later, failed, no_email, and the .eml files written (if any)."""
    now = now or datetime.now(timezone.utc)
    if dry_run:
        return _dry_run(store, policy, settings, run_id, now)
    try:
        with store.session() as s:
            counts = queue_due(s, policy, settings, run_id, now)
    except IntegrityError:  # another process queued the same keys first: theirs stand
        log.warning("reports were queued by another run at the same time; not queuing them again")
        counts = {"queued": 0, "no_email": 0}
    sent = send_pending(store, mailer_for(settings), settings.mail_from)
    return {**counts, **sent.as_dict()}


def _dry_run(store: Store, policy: Policy, settings: Settings, run_id: int | None, now: datetime) -> dict:
    """Everything that would be sent, written as .eml files; nothing is committed."""
    mailer = mailer_for(settings, dry_run=True)
    s = store.sessions()
    try:
        counts = queue_due(s, policy, settings, run_id, now)
        rows = s.scalars(select(db.OutboxMessage).where(db.OutboxMessage.status == "queued")
                         .order_by(db.OutboxMessage.id)).all()
        with mailer:
            for row in rows:
                mailer.send(build_message(row, settings.mail_from), row.dedupe_key)
    finally:
        s.rollback()
        s.close()
    return {**counts, "sent": 0, "eml_files": [str(p) for p in mailer.written]}


def eml_only(settings: Settings) -> Settings:
    """The same settings with SMTP switched off: every message becomes a .eml file."""
    return replace(settings, smtp_host=None)


__all__ = ["deliver_due", "queue_due", "monthly_key", "archive", "eml_only", "EmlMailer"]
