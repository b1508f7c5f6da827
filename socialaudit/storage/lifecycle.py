"""Consent and the data lifecycle: enrolment, withdrawal, retention purge.

- enrol: a volunteer (created if new) and their accounts, with a consent record per
  account saying who consented, to what (scope "crawl:<platform>"), when, under which
  policy version (the pack's fingerprint) and who entered it.
- withdraw: crawling stops (account status "withdrawn", consent withdrawn_at) and the
  volunteer's posts, media and findings are erased, and so are their words everywhere
  else: every email to them (sent or not) is deleted, and every other stored email and
  archived report (a coordinator's monthly report) has their name, handles and excerpts
  replaced by "[withdrawn volunteer]". What past reports need survives only as
  anonymous counts, kept in a `runs` row of kind "erasure" (month, rule, severity and
  state; no ids, no text). The person row stays, without a name, email or password,
  as the record that consent was given and withdrawn. `Erasure.mail_keys_deleted` and
  `mail_rows_redacted` tell the caller which .eml copies to delete or rewrite.
- purge: post text, records and media older than the pack's review.retention_days
  are deleted, unless the post is tied to an open or confirmed finding.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from markupsafe import escape
from sqlalchemy import delete, exists, or_, select
from sqlalchemy.orm import Session

from socialaudit.core.model import PLATFORMS
from socialaudit.core.policy import Policy
from socialaudit.storage import learning, repo
from socialaudit.storage import schema as db
from socialaudit.storage.mediafiles import remove_unreferenced

ROLES = ("admin", "coordinator", "volunteer")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class LifecycleError(ValueError):
    """A request that cannot be carried out; the message names what is wrong."""


def find_person(s: Session, org: db.Organisation, email: str) -> db.Person | None:
    return s.scalar(select(db.Person).where(db.Person.organisation_id == org.id,
                                            db.Person.email == email.strip().lower()))


def create_person(s: Session, org: db.Organisation, name: str, email: str, role: str,
                  password_hash: str | None = None, coordinator: db.Person | None = None) -> db.Person:
    """A new person; refuses a duplicate email in the organisation."""
    if role not in ROLES:
        raise LifecycleError(f"role must be one of {', '.join(ROLES)}")
    if not EMAIL.match(email.strip()):
        raise LifecycleError(f"{email!r} is not an email address (it is the person's sign-in)")
    if find_person(s, org, email) is not None:
        raise LifecycleError(f"{email}: someone with this email already exists")
    person = db.Person(organisation_id=org.id, name=name.strip(), email=email.strip().lower(), role=role,
                       password_hash=password_hash, coordinator_id=coordinator.id if coordinator else None)
    s.add(person)
    s.flush()
    return person


@dataclass
class Enrolment:
    """What `enrol` did; `consents` holds only the consents it recorded now (none on a re-enrol
    of the same accounts under the same policy version)."""
    person: db.Person
    accounts: list[db.AccountRow]
    consents: list[db.Consent]


def enrol(s: Session, policy: Policy, *, name: str, email: str, accounts: list[str],
          entered_by: db.Person | None, coordinator: db.Person | None = None) -> Enrolment:
    """Enrol a volunteer's accounts ("x:@jane_v", ...) with a consent record for each, entered by an
    admin or a coordinator, or by the volunteer themselves (answering an invitation)."""
    org = repo.ensure_organisation(s, policy)
    self_consent = entered_by is not None and entered_by.role == "volunteer" and entered_by.email == email
    if entered_by is not None and entered_by.role not in ("admin", "coordinator") and not self_consent:
        raise LifecycleError(f"{entered_by.email}: is a {entered_by.role}; consent is recorded by an admin "
                             "or a coordinator")
    person = find_person(s, org, email) or create_person(s, org, name, email, "volunteer", coordinator=coordinator)
    if person.role != "volunteer":
        raise LifecycleError(f"{email}: is a {person.role}, not a volunteer")
    if coordinator is not None:
        person.coordinator_id = coordinator.id
    person.active = True
    rows, consents = [], []
    for ext in accounts:
        acc = _account(s, org, ext, person)
        rows.append(acc)
        if _consented(s, acc, person, policy.fingerprint):
            continue
        acc.person_id, acc.status, acc.consent_at = person.id, "active", repo.now()
        consent = db.Consent(person_id=person.id, account_id=acc.id, scope=f"crawl:{acc.platform}",
                             policy_version=policy.fingerprint, entered_by_id=entered_by.id if entered_by else None)
        s.add(consent)
        consents.append(consent)
    s.flush()
    return Enrolment(person, rows, consents)


def _consented(s: Session, acc: db.AccountRow, person: db.Person, version: str) -> bool:
    """The account is already active for this person with consent under this policy version."""
    if acc.person_id != person.id or acc.status != "active" or acc.consent_at is None:
        return False
    return s.scalar(select(db.Consent.id).where(db.Consent.account_id == acc.id, db.Consent.person_id == person.id,
                                                db.Consent.policy_version == version,
                                                db.Consent.withdrawn_at.is_(None)).limit(1)) is not None


def _account(s: Session, org: db.Organisation, ext: str, person: db.Person) -> db.AccountRow:
    platform, _, rest = ext.partition(":")
    if not platform or not rest:
        raise LifecycleError(f"{ext}: an account is written platform:handle, e.g. x:@jane_v")
    if platform not in PLATFORMS:
        raise LifecycleError(f"{ext}: unknown platform {platform!r}")
    acc = s.scalar(select(db.AccountRow).where(db.AccountRow.organisation_id == org.id,
                                               db.AccountRow.external_id == ext))
    if acc is None:
        acc = db.AccountRow(organisation_id=org.id, external_id=ext, platform=platform,
                         handle=rest.lstrip("@"), role="personal", source="enrolment")
        s.add(acc)
        s.flush()
    elif acc.person_id not in (None, person.id):
        raise LifecycleError(f"{ext}: this account is enrolled for someone else")
    return acc


WITHDRAWN = "[withdrawn volunteer]"


@dataclass
class Erasure:
    posts: int = 0
    media: int = 0
    findings: int = 0
    counts: Counter = field(default_factory=Counter)
    mail_keys_deleted: list[str] = field(default_factory=list)
    mail_rows_redacted: list[db.OutboxMessage] = field(default_factory=list)
    reports_redacted: int = 0
    model_versions: int = 0  # learned heads refitted from their decisions, deleted


def withdraw(s: Session, person: db.Person, *, entered_by: db.Person | None, data_dir: Path | None = None) -> Erasure:
    """Stop crawling the volunteer's accounts and erase their posts, media and findings."""
    now = repo.now()
    accounts = list(s.scalars(select(db.AccountRow).where(db.AccountRow.person_id == person.id)))
    acc_ids = [a.id for a in accounts]
    out = Erasure()
    findings = list(s.scalars(select(db.FindingRow).where(db.FindingRow.account_id.in_(acc_ids)))) if acc_ids else []
    for f in findings:
        out.counts[f"{f.created_at:%Y-%m}|{f.rule}|{f.severity}|{f.state}"] += 1
    out.findings = len(findings)
    words = _words_of(person, accounts, findings)
    _erase_mail_and_reports(s, person, words, out)
    _erase_findings(s, findings, person)
    org = s.get(db.Organisation, person.organisation_id)
    if org is not None:
        out.model_versions = learning.drop_heads_learned_from(s, org, person.id)
    post_ids = list(s.scalars(select(db.PostRow.id).where(db.PostRow.account_id.in_(acc_ids)))) if acc_ids else []
    out.media = _erase_media_of(s, post_ids)
    out.posts = len(post_ids)
    if post_ids:
        s.execute(delete(db.PostRow).where(db.PostRow.id.in_(post_ids)))
    for a in accounts:
        a.status, a.bio, a.about_text, a.website, a.last_error = "withdrawn", None, None, None, None
        s.execute(delete(db.Credential).where(db.Credential.account_id == a.id))
        s.execute(delete(db.CrawlCursor).where(db.CrawlCursor.account_id == a.id))
    for a in accounts:  # the row stays as the record of consent, without the handle
        a.external_id, a.handle, a.display_name = f"withdrawn:{a.id}", None, None
    for c in s.scalars(select(db.Consent).where(db.Consent.person_id == person.id, db.Consent.withdrawn_at.is_(None))):
        c.withdrawn_at = now
    person.active, person.password_hash = False, None
    person.name, person.email = WITHDRAWN, None
    s.flush()
    s.add(db.Run(organisation_id=person.organisation_id, kind="erasure", status="ok", started_at=now,
                 finished_at=now, source=None, counts={"findings": dict(out.counts), "posts": out.posts,
                                                        "media": out.media}, errors=[]))
    s.add(db.AccessLog(actor_id=entered_by.id if entered_by else None, action="erase", target_kind="person",
                       target_id=str(person.id), volunteer_id=person.id,
                       detail=f"withdrawal: {out.posts} posts, {out.findings} findings erased"))
    s.flush()
    return out


def _words_of(person: db.Person, accounts: list[db.AccountRow], findings: list[db.FindingRow]) -> list[str]:
    """What identifies the volunteer or quotes them in a stored email or report: their name
    and email, their accounts' ids, handles and names, and every excerpt of their findings."""
    words = {person.name, person.email or ""}
    for a in accounts:
        words |= {a.external_id, a.handle or "", f"@{a.handle}" if a.handle else "", a.display_name or ""}
    for f in findings:
        words |= {(e.get("excerpt") or "").strip() for e in f.evidence or []}
    return sorted((w for w in words if len(w.strip("…. ")) >= 3), key=len, reverse=True)


def redact(text: str, words: list[str]) -> str:
    """`text` with every word (as written, and HTML-escaped) replaced by WITHDRAWN."""
    if not text:
        return text
    for w in words:
        for form in {w, str(escape(w))}:
            if form in text:
                text = re.sub(rf"(?<!\w){re.escape(form)}(?!\w)" if form[:1].isalnum() and form[-1:].isalnum()
                              else re.escape(form), WITHDRAWN, text)
    return text


def _erase_mail_and_reports(s: Session, person: db.Person, words: list[str], out: Erasure) -> None:
    """Emails to the volunteer go; every other stored email and archived report keeps its
    counts but loses the volunteer's name, handles and words."""
    if person.email:
        to_them = list(s.scalars(select(db.OutboxMessage).where(db.OutboxMessage.recipient == person.email)))
        out.mail_keys_deleted = [m.dedupe_key for m in to_them]
        for m in to_them:
            s.delete(m)
    s.execute(delete(db.ArchivedReport).where(db.ArchivedReport.person_id == person.id))
    s.flush()
    for m in s.scalars(select(db.OutboxMessage).where(db.OutboxMessage.organisation_id == person.organisation_id)):
        text, subject = redact(m.body_text, words), redact(m.subject, words)
        html = redact(m.body_html, words) if m.body_html else m.body_html
        if (text, html, subject) != (m.body_text, m.body_html, m.subject):
            m.body_text, m.body_html, m.subject = text, html, subject
            out.mail_rows_redacted.append(m)
    for r in s.scalars(select(db.ArchivedReport).where(db.ArchivedReport.organisation_id == person.organisation_id)):
        html, text = redact(r.html, words), redact(r.text, words)
        if (html, text) != (r.html, r.text):
            r.html, r.text = html, text
            out.reports_redacted += 1


def _erase_findings(s: Session, findings: list[db.FindingRow], person: db.Person) -> None:
    ids = [f.id for f in findings]
    if not ids:
        return
    fps = [f.fingerprint for f in findings]
    s.execute(delete(db.ReviewEvent).where(db.ReviewEvent.finding_id.in_(ids)))
    s.execute(delete(db.Suppression).where(db.Suppression.organisation_id == person.organisation_id,
                                           db.Suppression.fingerprint.in_(fps)))
    s.execute(delete(db.FindingRow).where(db.FindingRow.id.in_(ids)))


def _erase_media_of(s: Session, post_ids: list[int]) -> int:
    if not post_ids:
        return 0
    media_ids = {m for m in s.scalars(select(db.PostMedia.media_id).where(db.PostMedia.post_id.in_(post_ids),
                                                                         db.PostMedia.media_id.is_not(None)))
                 if m is not None}
    s.execute(delete(db.PostMedia).where(db.PostMedia.post_id.in_(post_ids)))
    s.flush()
    return remove_unreferenced(s, media_ids)


def purge(s: Session, policy: Policy, *, at: datetime | None = None) -> tuple[int, int]:
    """Delete text and media of posts older than the retention period; returns (posts, media)."""
    days = int(policy.section("review").get("retention_days", 365))
    org = repo.ensure_organisation(s, policy)
    cutoff = (at or datetime.now(timezone.utc)) - timedelta(days=days)
    open_finding = exists().where(db.FindingRow.post_id == db.PostRow.id, db.FindingRow.state.in_(repo.OPEN_STATES))
    old = or_(db.PostRow.created_at < cutoff, (db.PostRow.created_at.is_(None)) & (db.PostRow.first_seen_at < cutoff))
    posts = list(s.scalars(select(db.PostRow).where(db.PostRow.organisation_id == org.id,
                                                    db.PostRow.purged_at.is_(None), old, ~open_finding)))
    for p in posts:
        p.text, p.url, p.purged_at = None, None, repo.now()
        p.record = {"kind": "post", "id": p.external_id, "platform": p.platform, "purged": True}
    media = _erase_media_of(s, [p.id for p in posts])
    s.flush()
    return len(posts), media
