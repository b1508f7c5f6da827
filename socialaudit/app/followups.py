"""The loop back's mails, queued by the delivery phase of every run (socialaudit.app.delivery)
in the same transaction as the reports: reminders to volunteers, escalations and
immediate high-severity alerts to coordinators, and the weekly digest for those who
asked for it. Which findings are due is decided in socialaudit.storage.followup; each
finding is chased once per step (its ticket records when), and a digest goes once per
ISO week (its dedupe key names the week)."""
from __future__ import annotations

import hashlib
from collections import defaultdict
from datetime import datetime

from reports.followup import FollowUp, Item, render_followup
from reports.mailer import SendError, build_message, mailer_for
from socialaudit.core.policy import Policy
from socialaudit.core.settings import Settings
from socialaudit.storage import followup, outbox
from socialaudit.storage import schema as db
from socialaudit.storage.db import Store
from socialaudit.storage.followup import Due


def _link(settings: Settings, path: str) -> str:
    return f"{settings.base_url.rstrip('/')}{path}" if settings.base_url else ""


def _item(policy: Policy, settings: Settings, f: db.FindingRow) -> Item:
    excerpt = next((e.get("excerpt", "") for e in f.evidence or [] if e.get("excerpt")), "")
    return Item(f.severity, policy.rule(f.rule).label, excerpt, _link(settings, f"/findings/{f.id}"))


def _first(person: db.Person) -> str:
    return (person.name or "").split(" ")[0] or "there"


def _key(kind: str, person: db.Person, findings: list[db.FindingRow]) -> str:
    ids = ",".join(str(f.id) for f in sorted(findings, key=lambda f: f.id))
    return f"{kind}:{person.id}:{hashlib.sha256(ids.encode()).hexdigest()[:24]}"


def _queue(s, org: db.Organisation, settings: Settings, kind: str, key: str, to: db.Person, mail: FollowUp,
           counts: dict[str, int]) -> None:
    if not to.email:
        counts["no_email"] += 1
        return
    subject, text, html = render_followup(mail, settings.template_dir)
    counts["queued"] += outbox.queue(s, organisation_id=org.id, run_id=None, kind=kind, dedupe_key=key,
                                     recipient=to.email, subject=subject, text=text, html=html) is not None


def _reminders(s, org, policy, settings, now, days, counts) -> None:
    by_person: dict[int, list[Due]] = defaultdict(list)
    for d in followup.due_reminders(s, org.id, now, days):
        by_person[d.volunteer.id].append(d)
    for dues in by_person.values():
        vol, findings = dues[0].volunteer, [d.finding for d in dues]
        mail = FollowUp(subject=f"{org.name}: {len(findings)} post(s) still waiting for your answer",
                        first_name=_first(vol), intro=f"These posts were flagged {days} or more days ago and "
                        "we have not heard from you yet. Open each one to say you have seen it, reply, "
                        "tell us if you think it is wrong, or mark it fixed.",
                        items=[_item(policy, settings, f) for f in findings], link=_link(settings, "/me"),
                        link_text="See your posts")
        _queue(s, org, settings, "reminder", _key("reminder", vol, findings), vol, mail, counts)
        for d in dues:
            d.ticket.reminded_at = now


def _to_coordinators(s, org, policy, settings, dues: list[Due], kind: str, make, counts) -> None:
    by_coord: dict[int, tuple[db.Person, list[Due]]] = {}
    for d in dues:
        for coord in followup.coordinator_of(s, d.volunteer):
            by_coord.setdefault(coord.id, (coord, []))[1].append(d)
    for coord, group in by_coord.values():
        findings = [d.finding for d in group]
        _queue(s, org, settings, kind, _key(kind, coord, findings), coord, make(coord, group), counts)


def _escalations(s, org, policy, settings, now, days, counts) -> None:
    dues = followup.due_escalations(s, org.id, now, days)

    def make(coord: db.Person, group: list[Due]) -> FollowUp:
        return FollowUp(subject=f"{org.name}: {len(group)} finding(s) unanswered for {days} days",
                        first_name=_first(coord), intro=f"These findings of your volunteers have had no answer "
                        f"for {days} days or more. You may want to get in touch.",
                        items=[_item(policy, settings, d.finding) for d in group],
                        link=_link(settings, "/queue"), link_text="Open the review queue")
    _to_coordinators(s, org, policy, settings, dues, "escalation", make, counts)
    for d in dues:
        d.ticket.escalated_at = now


def _alerts(s, org, policy, settings, now, counts) -> None:
    dues = followup.due_alerts(s, org.id, now)

    def make(coord: db.Person, group: list[Due]) -> FollowUp:
        return FollowUp(subject=f"{org.name}: high-severity finding(s) to look at now",
                        first_name=_first(coord), intro="The volunteer's grace window has ended on these "
                        "high-severity findings and they are still there. Please look at them soon.",
                        items=[_item(policy, settings, d.finding) for d in group],
                        link=_link(settings, "/queue?severity=high&state=open"), link_text="Open them in the queue")
    _to_coordinators(s, org, policy, settings, dues, "alert", make, counts)
    for d in dues:
        d.ticket.alerted_at = now


def _digests(s, org, settings, now: datetime, counts) -> None:
    year, week, _ = now.isocalendar()
    for person in followup.digest_people(s, org.id):
        c = followup.digest_counts(s, person, now)
        mail = FollowUp(subject=f"{org.name}: your weekly summary", first_name=_first(person),
                        intro="Here is where your review queue stands this week.",
                        lines=[f"{c['open']} finding(s) waiting for a decision; {c['new_this_week']} new this week.",
                               f"{c['answered_this_week']} answer(s) from volunteers this week; "
                               f"{c['disputed']} finding(s) disputed.",
                               f"{c['assigned_to_you']} open finding(s) assigned to you."],
                        link=_link(settings, "/queue"), link_text="Open the review queue",
                        closing="You can switch this summary off on the Settings page.")
        _queue(s, org, settings, "digest", f"digest:{person.id}:{year}-W{week:02d}", person, mail, counts)


def queue_followups(s, org: db.Organisation, policy: Policy, settings: Settings, now: datetime,
                    counts: dict[str, int]) -> None:
    """Queue every follow-up mail due now, in the caller's transaction."""
    conf = followup.settings_of(s, org.id)
    _reminders(s, org, policy, settings, now, conf.remind_after_days, counts)
    _escalations(s, org, policy, settings, now, conf.escalate_after_days, counts)
    if conf.alert_high:
        _alerts(s, org, policy, settings, now, counts)
    _digests(s, org, settings, now, counts)


def send_now(store: Store, settings: Settings, msg_id: int) -> str:
    """Send one queued message straight away (an invitation should not wait for the night's
    run). The claim is a conditional UPDATE, so the run's sender can never send it too;
    a refusal leaves it queued or failed like any other message. Returns its status."""
    row = outbox.claim(store, msg_id)
    if row is None:
        return "claimed elsewhere"
    error = None
    try:
        with mailer_for(settings) as mailer:
            mailer.send(build_message(row, settings.mail_from), row.dedupe_key)
    except SendError as e:
        error = e
    return outbox.finish(store, row, str(error) if error else None, bool(error and error.temporary))
