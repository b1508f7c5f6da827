"""Idempotent writes: accounts, posts and findings keyed by their identity.

Re-importing the same records changes nothing; a finding seen again keeps its
review state; a dismissed finding stays dismissed (its suppression is noted as
still matching); a resolved finding that comes back is reopened.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from socialaudit.core import model
from socialaudit.core.policy import Policy
from socialaudit.storage import schema as db

OPEN_STATES = ("open", "confirmed")


class OwnershipError(ValueError):
    """A write that would move a post or an account to someone else; the message says which."""


def now() -> datetime:
    return datetime.now(timezone.utc)


def ensure_organisation(s: Session, policy: Policy) -> db.Organisation:
    """The organisation row of the policy's pack; it remembers the policy last used (its file,
    so the web and reports load the same register and settings, and its fingerprint)."""
    org = s.scalar(select(db.Organisation).where(db.Organisation.slug == policy.id))
    if org is None:
        org = db.Organisation(slug=policy.id, name=policy.org_name or policy.id,
                              policy_ref=policy.ref, policy_fingerprint=policy.fingerprint)
        s.add(org)
        s.flush()
    elif org.policy_fingerprint != policy.fingerprint or org.policy_ref != policy.ref:
        org.policy_fingerprint, org.policy_ref = policy.fingerprint, policy.ref
    return org


ACCOUNT_FIELDS = ("platform", "handle", "display_name", "role", "bio", "about_text", "website",
                  "is_public", "location_sharing")


def upsert_account(s: Session, org: db.Organisation, acc: model.Account, source: str | None = None,
                   *, known: bool = True, owner: db.Person | None = None) -> db.AccountRow:
    """Insert or update an account. `known=False` (a post's placeholder account) never
    overwrites fields an account record already set. With `owner` (a volunteer's own
    upload) only that person's accounts may be touched: an existing account of anyone
    else, or of no one (an official or unenrolled account), raises OwnershipError, and a
    new one is created as theirs, with the time of their consent."""
    row = s.scalar(select(db.AccountRow).where(db.AccountRow.organisation_id == org.id,
                                            db.AccountRow.external_id == acc.id))
    if owner is not None and row is not None and row.person_id != owner.id:
        raise OwnershipError(f"account {acc.id[:80]} is not one of yours")
    if row is None:
        row = db.AccountRow(organisation_id=org.id, external_id=acc.id, source=source,
                         **{f: getattr(acc, f) for f in ACCOUNT_FIELDS})
        if owner is not None:
            row.person_id, row.consent_at, row.role = owner.id, now(), "personal"
        s.add(row)
        s.flush()
    elif known:
        for f in ACCOUNT_FIELDS:
            if getattr(row, f) != getattr(acc, f):
                setattr(row, f, getattr(acc, f))
    return row


def upsert_post(s: Session, org: db.Organisation, account: db.AccountRow, post: model.Post) -> tuple[db.PostRow, str]:
    """Returns the row and 'new', 'changed' or 'same'. A post id already stored under
    another account raises OwnershipError: a post never changes hands."""
    h = post.content_hash()
    row = s.scalar(select(db.PostRow).where(db.PostRow.organisation_id == org.id, db.PostRow.external_id == post.id))
    if row is not None and row.account_id != account.id:
        raise OwnershipError(f"post {post.id[:80]} belongs to another account")
    record = post.to_dict()
    if row is None:
        row = db.PostRow(organisation_id=org.id, account_id=account.id, external_id=post.id, platform=post.platform,
                      created_at=post.created_at, text=post.text, url=post.url, lang=post.lang,
                      visibility=post.visibility, record=record, content_hash=h)
        s.add(row)
        s.flush()
        _replace_media(s, row, post)
        return row, "new"
    row.last_seen_at = now()
    if row.deleted_at is not None:
        row.deleted_at = None
    if row.content_hash == h:
        return row, "same"
    row.text, row.url, row.lang, row.visibility = post.text, post.url, post.lang, post.visibility
    row.record, row.content_hash, row.created_at = record, h, post.created_at or row.created_at
    _replace_media(s, row, post)
    return row, "changed"


def _replace_media(s: Session, row: db.PostRow, post: model.Post) -> None:
    for pm in s.scalars(select(db.PostMedia).where(db.PostMedia.post_id == row.id)):
        s.delete(pm)
    s.flush()
    for i, m in enumerate(post.media):
        s.add(db.PostMedia(post_id=row.id, position=i, type=m.type, alt_text=m.alt_text))


def upsert_finding(s: Session, org: db.Organisation, f: model.Finding, account: db.AccountRow | None,
                   post: db.PostRow | None, run: db.Run | None, grace_days: int = 0) -> tuple[db.FindingRow, str]:
    """Returns the row and 'new', 'seen', 'reopened' or 'suppressed'."""
    fp = f.fingerprint
    row = s.scalar(select(db.FindingRow).where(db.FindingRow.organisation_id == org.id,
                                               db.FindingRow.fingerprint == fp))
    suppression = s.scalar(select(db.Suppression).where(db.Suppression.organisation_id == org.id,
                                                        db.Suppression.fingerprint == fp))
    if suppression is not None:
        suppression.last_matched_at = now()
    evidence = [e.to_dict() for e in f.evidence]
    masks = [list(m) for m in f.masks]
    if row is None:
        row = db.FindingRow(organisation_id=org.id, fingerprint=fp, rule=f.rule, severity=f.severity,
                         subject=f.subject, subject_kind=f.subject_kind,
                         account_id=account.id if account else None, post_id=post.id if post else None,
                         clause=f.clause, message=f.message, confidence=f.confidence, evidence=evidence,
                         explanation=list(f.explanation), masks=masks, model_version=f.model,
                         state="dismissed" if suppression else "open",
                         first_seen_run_id=run.id if run else None, last_seen_run_id=run.id if run else None,
                         visible_to_coordinator_at=now() + timedelta(days=grace_days))
        s.add(row)
        s.flush()
        s.add(db.ReviewEvent(finding_id=row.id, action="created",
                             note="suppressed by an earlier dismissal" if suppression else None))
        return row, "suppressed" if suppression else "new"
    row.last_seen_run_id = run.id if run else row.last_seen_run_id
    row.severity, row.confidence, row.message, row.clause = f.severity, f.confidence, f.message, f.clause
    row.evidence, row.explanation, row.masks = evidence, list(f.explanation), masks
    row.model_version = f.model
    if row.state == "resolved":
        row.state = "open"
        s.add(db.ReviewEvent(finding_id=row.id, action="reopened", note="seen again after being resolved"))
        return row, "reopened"
    return row, "suppressed" if suppression else "seen"


def resolve_gone_findings(s: Session, post: db.PostRow, current: set[str], reason: str) -> int:
    """Findings of a re-audited post that no longer fire are resolved automatically."""
    n = 0
    for row in s.scalars(select(db.FindingRow).where(db.FindingRow.post_id == post.id,
                                                  db.FindingRow.state.in_(OPEN_STATES))):
        if row.fingerprint not in current:
            row.state = "resolved"
            s.add(db.ReviewEvent(finding_id=row.id, action="resolved", note=reason))
            n += 1
    return n
