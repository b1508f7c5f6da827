"""What is due, queued in one transaction, then sent: the delivery phase of
`socialaudit run` (socialaudit.app.runner calls `deliver_due`): the store gathers the
facts (socialaudit.storage.reporting), the reports layer words them, the outbox queues
them (socialaudit.storage.outbox) and the mailer sends them (reports.mailer).

Due on every run:
- the monthly report of the previous month for each active coordinator, once the
  month has ended (any run on or after the 1st) and if anything was checked before it
  ended (the first run makes no report of an empty month); dedupe key
  "monthly:<YYYY-MM>:coordinator:<person id>"; its HTML is archived (ArchivedReport);
- a self-audit report for each volunteer with findings no self-audit has listed yet
  (reports.selfaudit explains when), dedupe key "self-audit:<person id>:run:<run id>";
- reminders, escalations, high-severity alerts and weekly digests (socialaudit.app.followups);
- whatever else waits in the outbox: the volunteer notices the web app queues when
  a coordinator confirms a finding, and messages an earlier run could not send.

Everything due is queued and archived in one transaction, so a run killed before
it commits queues nothing and the next run queues it all; the dedupe keys mean it
is never queued twice. Sending follows the outbox rules (reports.outbox).
A person without an email address is skipped (counted under "no_email").
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from reports.items import month_bounds, month_of, shift_month
from reports.mailer import EmlMailer, SendError, build_message, mailer_for
from reports.monthly import build_monthly
from reports.render import render_both
from reports.selfaudit import build_selfaudit
from socialaudit.app.followups import queue_followups
from socialaudit.core.policy import Policy
from socialaudit.core.settings import Settings
from socialaudit.storage import outbox, repo, reporting
from socialaudit.storage.db import Conflict, Store

log = logging.getLogger("socialaudit.mail")


def monthly_key(month: str, person_id: int) -> str:
    return f"monthly:{month}:coordinator:{person_id}"


def monthly_report(s, org, policy: Policy, settings: Settings, coordinator, month: str, now: datetime):
    """A coordinator's (or, without one, the organisation's) report of a month, from the store."""
    start, end = month_bounds(month)
    return build_monthly(reporting.monthly_facts(s, org, coordinator, start, end, month, now), policy,
                         settings.base_url)


def _queue_monthly(s, org, policy: Policy, settings: Settings, run_id: int | None, now: datetime,
                   counts: dict[str, int]) -> None:
    month = shift_month(month_of(now), -1)
    if _nothing_checked_before(s, org, month, now):
        return
    for coord in reporting.active_people(s, org, "coordinator"):
        if reporting.archived(s, org, "monthly", month, coord.id) is not None:
            continue
        report = monthly_report(s, org, policy, settings, coord, month, now)
        html, text = render_both(report, settings.template_dir)
        reporting.archive(s, org, "monthly", month, coord.id, html, text)
        if not coord.email:
            counts["no_email"] += 1
            continue
        counts["queued"] += outbox.queue(s, organisation_id=org.id, run_id=run_id, kind="coordinator-report",
                                         dedupe_key=monthly_key(month, coord.id), recipient=coord.email,
                                         subject=report.subject, text=text, html=html) is not None


def _nothing_checked_before(s, org, month: str, now: datetime) -> bool:
    """The first run of a new organisation has no month behind it: it makes no report of the
    month before, which would say "0 posts checked" about posts it has only just read. (When
    the store's times lie after `now`, as in a simulated run, nothing can be told: report.)"""
    first = reporting.first_checked_at(s, org)
    if first is None:
        return True
    return now >= first >= month_bounds(month)[1]


def _queue_selfaudits(s, org, policy: Policy, settings: Settings, now: datetime, counts: dict[str, int]) -> None:
    for person in reporting.active_people(s, org, "volunteer"):
        findings = reporting.unreported_findings(s, person)
        if not findings:
            continue
        if not person.email:
            counts["no_email"] += 1
            continue
        covers = max(f.first_seen_run_id for f in findings)
        report = build_selfaudit(reporting.selfaudit_facts(s, org, person, findings, now), policy, settings.base_url)
        html, text = render_both(report, settings.template_dir)
        reporting.archive(s, org, "self-audit", month_of(now), person.id, html, text)
        counts["queued"] += outbox.queue(s, organisation_id=org.id, run_id=covers, kind="self-audit",
                                         dedupe_key=f"self-audit:{person.id}:run:{covers}", recipient=person.email,
                                         subject=report.subject, text=text, html=html) is not None


def queue_due(s, policy: Policy, settings: Settings, run_id: int | None, now: datetime,
              org=None) -> dict[str, int]:
    """Queue (and archive) everything due, in the caller's transaction (for `org`, else the
    policy's organisation)."""
    org = org or repo.ensure_organisation(s, policy)
    counts = {"queued": 0, "no_email": 0}
    _queue_monthly(s, org, policy, settings, run_id, now, counts)
    _queue_selfaudits(s, org, policy, settings, now, counts)
    queue_followups(s, org, policy, settings, now, counts)
    return counts


def deliver_due(store: Store, policy: Policy, settings: Settings, *, run_id: int | None = None,
                now: datetime | None = None, dry_run: bool = False) -> dict[str, Any]:
    """Queue what is due and send what is queued, for the policy's organisation only (a store
    holds other organisations' mail, which their own runs send). Returns counts for the
    run's record: queued, sent, retry_later, failed, no_email, and the .eml files written."""
    now = now or datetime.now(timezone.utc)
    if dry_run:
        return _dry_run(store, policy, settings, run_id, now)
    try:
        with store.atomic() as s:
            counts = queue_due(s, policy, settings, run_id, now)
    except Conflict:  # another process queued the same keys first: theirs stand
        log.warning("reports were queued by another run at the same time; not queuing them again")
        counts = {"queued": 0, "no_email": 0}
    sent = send_pending(store, mailer_for(settings), settings.mail_from, _org_id(store, policy))
    return {**counts, **sent.as_dict()}


def _org_id(store: Store, policy: Policy) -> int:
    with store.session() as s:
        return repo.ensure_organisation(s, policy).id


def _dry_run(store: Store, policy: Policy, settings: Settings, run_id: int | None, now: datetime) -> dict:
    """Everything of the organisation's that would be sent, written as .eml files; nothing is committed."""
    mailer = mailer_for(settings, dry_run=True)
    with store.rolled_back() as s:
        counts = queue_due(s, policy, settings, run_id, now)
        with mailer:
            for row in outbox.queued(s, repo.ensure_organisation(s, policy).id):
                mailer.send(build_message(row, settings.mail_from), row.dedupe_key)
    return {**counts, "sent": 0, "eml_files": [str(p) for p in mailer.written]}


def eml_only(settings: Settings) -> Settings:
    """The same settings with SMTP switched off: every message becomes a .eml file."""
    return replace(settings, smtp_host=None)


@dataclass
class SendSummary:
    sent: int = 0
    retry_later: int = 0
    failed: int = 0
    resumed: int = 0
    files: list[Path] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"sent": self.sent, "retry_later": self.retry_later, "failed": self.failed,
                "resumed_after_crash": self.resumed, "eml_files": [str(p) for p in self.files]}




def send_pending(store: Store, mailer, mail_from: str, organisation_id: int | None = None) -> SendSummary:
    """Send every queued message (of one organisation, if given) once, under the run lock or the
    organisation's mail lock; see socialaudit.storage.outbox."""
    summary = SendSummary(resumed=outbox.resume_interrupted(store, organisation_id))
    with mailer:
        for msg_id in outbox.queued_ids(store, organisation_id):
            row = outbox.claim(store, msg_id)
            if row is None:
                continue
            error = None
            try:
                where = mailer.send(build_message(row, mail_from), row.dedupe_key)
            except SendError as e:
                error = e
            status = outbox.finish(store, row, str(error) if error else None, bool(error and error.temporary))
            if error is None:
                summary.sent += 1
                if isinstance(mailer, EmlMailer):
                    summary.files.append(where)
                continue
            log.warning("message %d to the %s could not be sent (%s): %s", row.id, row.kind, status, error)
            summary.retry_later += status == "queued"
            summary.failed += status == "failed"
            if error.temporary and "cannot reach" in str(error):
                break  # the server is down: leave the rest queued for the next run
    return summary
