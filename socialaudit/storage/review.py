"""Coordinators' decisions on findings, independent of Flask so the CLI and tests
can use them too. Every decision appends a ReviewEvent (the trail is append-only):

- confirm: the finding stands; a notice to the volunteer is queued in the outbox
  (idempotent through its dedupe key; the mail sender delivers it). The caller
  says how the notice reads (`Notice`: the application renders it from the
  reports' templates);
- dismiss: a false positive; needs a reason and creates a Suppression keyed to the
  finding's fingerprint, so a re-crawl does not bring it back;
- note: a comment on the trail, the state is unchanged;
- reopen: undo a decision (the suppression is lifted).

Resolving is automatic (re-audit or deleted post: storage.repo.resolve_gone_findings).
"""
from __future__ import annotations

from datetime import datetime, timezone
from email.utils import make_msgid
from typing import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from socialaudit.storage import schema as db

# (organisation, volunteer, finding) -> (subject, text body, html body)
Notice = Callable[[db.Organisation | None, db.Person, db.FindingRow], tuple[str, str, str]]

ACTIONS = ("confirm", "dismiss", "note", "reopen")
MAX_NOTE = 2000


class ReviewError(ValueError):
    """A decision that cannot be taken; the message is for the coordinator."""


def _event(s: Session, finding: db.FindingRow, actor: db.Person, action: str, note: str | None) -> None:
    s.add(db.ReviewEvent(finding_id=finding.id, actor_id=actor.id, action=action, note=note))


def confirm(s: Session, finding: db.FindingRow, actor: db.Person, note: str | None = None,
            notice: Notice | None = None) -> db.OutboxMessage | None:
    """Confirm a finding and queue a notice to its volunteer (once per finding)."""
    if finding.state == "confirmed":
        raise ReviewError("this finding is already confirmed")
    finding.state = "confirmed"
    _event(s, finding, actor, "confirmed", _clean(note))
    return queue_notice(s, finding, notice) if notice is not None else None


def dismiss(s: Session, finding: db.FindingRow, actor: db.Person, reason: str) -> db.Suppression:
    """Dismiss as a false positive; the suppression keeps it dismissed on re-audit."""
    why = _clean(reason)
    if not why:
        raise ReviewError("say why this is a false positive before dismissing it")
    finding.state = "dismissed"
    _event(s, finding, actor, "dismissed", why)
    sup = s.scalar(select(db.Suppression).where(db.Suppression.organisation_id == finding.organisation_id,
                                                db.Suppression.fingerprint == finding.fingerprint))
    if sup is None:
        sup = db.Suppression(organisation_id=finding.organisation_id, fingerprint=finding.fingerprint,
                             rule=finding.rule, reason=why, created_by_id=actor.id,
                             last_matched_at=_last_seen(s, finding))
        s.add(sup)
    else:
        sup.reason = why
    return sup


def _last_seen(s: Session, finding: db.FindingRow) -> datetime | None:
    """The suppression matches what the finding's last run saw; later runs keep it current."""
    run = s.get(db.Run, finding.last_seen_run_id) if finding.last_seen_run_id else None
    return run.started_at if run is not None else None


def add_note(s: Session, finding: db.FindingRow, actor: db.Person, note: str) -> None:
    text = _clean(note)
    if not text:
        raise ReviewError("a note cannot be empty")
    _event(s, finding, actor, "note", text)


def reopen(s: Session, finding: db.FindingRow, actor: db.Person, note: str | None = None) -> None:
    """Undo a confirm or dismiss; a dismissal's suppression is lifted."""
    if finding.state == "open":
        raise ReviewError("this finding is already open")
    if finding.state == "dismissed":
        sup = s.scalar(select(db.Suppression).where(db.Suppression.organisation_id == finding.organisation_id,
                                                    db.Suppression.fingerprint == finding.fingerprint))
        if sup is not None:
            s.delete(sup)
    finding.state = "open"
    _event(s, finding, actor, "reopened", _clean(note))


def apply(s: Session, finding: db.FindingRow, actor: db.Person, action: str, text: str | None,
          notice: Notice | None = None) -> None:
    """One decision by name (used by the finding page and by bulk actions)."""
    if action == "confirm":
        confirm(s, finding, actor, text, notice)
    elif action == "dismiss":
        dismiss(s, finding, actor, text or "")
    elif action == "note":
        add_note(s, finding, actor, text or "")
    elif action == "reopen":
        reopen(s, finding, actor, text)
    else:
        raise ReviewError(f"unknown action {action!r}")


def _clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text[:MAX_NOTE] or None


def queue_notice(s: Session, finding: db.FindingRow, notice: Notice) -> db.OutboxMessage | None:
    """Queue the volunteer's notice for a confirmed finding; None when there is nobody to tell."""
    account = s.get(db.AccountRow, finding.account_id) if finding.account_id else None
    person = s.get(db.Person, account.person_id) if account and account.person_id else None
    if person is None or not person.email:
        return None
    key = f"volunteer-notice:{finding.organisation_id}:{finding.fingerprint}"
    existing = s.scalar(select(db.OutboxMessage).where(db.OutboxMessage.dedupe_key == key))
    if existing is not None:
        return existing
    org = s.get(db.Organisation, finding.organisation_id)
    subject, text, html = notice(org, person, finding)
    msg = db.OutboxMessage(organisation_id=finding.organisation_id, kind="volunteer-notice", dedupe_key=key,
                           recipient=person.email, subject=subject, body_text=text, body_html=html,
                           message_id=make_msgid(domain="socialaudit.local"), status="queued", attempts=0)
    s.add(msg)
    return msg


def rule_precision(s: Session, finding_ids_query) -> list[dict]:
    """Per rule: findings coordinators confirmed vs dismissed, and the precision that gives.
    Only people's decisions count (a suppression re-applied by the system does not)."""
    latest = (select(db.ReviewEvent.finding_id, func.max(db.ReviewEvent.id).label("last"))
              .where(db.ReviewEvent.actor_id.is_not(None),
                     db.ReviewEvent.action.in_(("confirmed", "dismissed", "reopened")),
                     db.ReviewEvent.finding_id.in_(finding_ids_query))
              .group_by(db.ReviewEvent.finding_id).subquery())
    rows = s.execute(select(db.FindingRow.rule, db.ReviewEvent.action, func.count())
                     .join(latest, latest.c.last == db.ReviewEvent.id)
                     .join(db.FindingRow, db.FindingRow.id == db.ReviewEvent.finding_id)
                     .group_by(db.FindingRow.rule, db.ReviewEvent.action)).all()
    table: dict[str, dict] = {}
    for rule, action, n in rows:
        t = table.setdefault(rule, {"rule": rule, "confirmed": 0, "dismissed": 0})
        if action in ("confirmed", "dismissed"):
            t[action] += n
    for t in table.values():
        decided = t["confirmed"] + t["dismissed"]
        t["decided"] = decided
        t["precision"] = t["confirmed"] / decided if decided else None
    return sorted(table.values(), key=lambda t: t["rule"])


def stale_suppressions(s: Session, organisation_id: int, fingerprints=None) -> list[tuple[db.Suppression, bool]]:
    """Each suppression with whether it is stale: it matched nothing in the latest run."""
    latest = s.scalar(select(func.max(db.Run.started_at)).where(db.Run.organisation_id == organisation_id,
                                                                 db.Run.status != "running"))
    q = select(db.Suppression).where(db.Suppression.organisation_id == organisation_id)
    if fingerprints is not None:
        q = q.where(db.Suppression.fingerprint.in_(fingerprints))
    out = []
    for sup in s.scalars(q.order_by(db.Suppression.created_at.desc())):
        stale = sup.last_matched_at is None or (latest is not None and _naive(sup.last_matched_at) < _naive(latest))
        out.append((sup, stale))
    return out


def _naive(dt: datetime) -> datetime:
    """SQLite hands back naive UTC datetimes, PostgreSQL aware ones: compare them as naive UTC."""
    return dt.astimezone(timezone.utc).replace(tzinfo=None) if dt.tzinfo else dt
