"""The store's tables (SQLAlchemy 2 typed ORM). Alembic migrations in
`storage/migrations` create and evolve them; never `create_all` in production.

Rows are named `…Row` where the core has a record of the same idea (socialaudit.core.model
Account, Post, Finding), so the two never shadow each other.

Identity rules:
- a post is (organisation, external id such as "x:1850…"); re-importing updates it in place;
- a finding is (organisation, fingerprint) where the fingerprint is rule + subject + normalised
  evidence (model.Finding.fingerprint), so a re-audit finds the same row and keeps its review state.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, Float, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Organisation(Base):
    __tablename__ = "organisations"
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    policy_ref: Mapped[str] = mapped_column(String(500))
    policy_fingerprint: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Person(Base):
    """A volunteer, coordinator or admin. Volunteers may have a coordinator."""
    __tablename__ = "people"
    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))
    role: Mapped[str] = mapped_column(String(20), default="volunteer")  # admin|coordinator|volunteer
    coordinator_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    password_hash: Mapped[str | None] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    session_epoch: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # bumped on sign-out
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    __table_args__ = (UniqueConstraint("organisation_id", "email", name="uq_people_org_email"),)


class AccountRow(Base):
    """An enrolled social media account (personal or official)."""
    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    external_id: Mapped[str] = mapped_column(String(300))  # "x:@jane_v"
    platform: Mapped[str] = mapped_column(String(20))
    handle: Mapped[str | None] = mapped_column(String(200))
    display_name: Mapped[str | None] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(20), default="personal")
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    status: Mapped[str] = mapped_column(String(30), default="active")  # active|needs_reauth|paused|withdrawn
    consent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    bio: Mapped[str | None] = mapped_column(Text)
    about_text: Mapped[str | None] = mapped_column(Text)
    website: Mapped[str | None] = mapped_column(String(500))
    is_public: Mapped[bool | None] = mapped_column(Boolean)
    location_sharing: Mapped[bool | None] = mapped_column(Boolean)
    source: Mapped[str | None] = mapped_column(String(50))  # connector name or "bundle"/"archive"
    # connector settings that are not secret: instance URL, page id, archive drop folder...
    source_config: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    crawl_every_hours: Mapped[int] = mapped_column(Integer, default=24)
    last_crawled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str | None] = mapped_column(Text)
    # the policy fingerprint the account rules last ran under; cleared when a post of the
    # account is new or changed, so an interrupted run audits the account again
    audited_key: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)
    __table_args__ = (UniqueConstraint("organisation_id", "external_id", name="uq_accounts_org_ext"),)

    person: Mapped[Person | None] = relationship()


class Consent(Base):
    """Who consented to what, when, under which policy version, entered by whom."""
    __tablename__ = "consents"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    scope: Mapped[str] = mapped_column(String(200))  # e.g. "crawl:x" / "archive-import"
    policy_version: Mapped[str | None] = mapped_column(String(64))
    entered_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    given_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    withdrawn_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Credential(Base):
    """An access token for a live connector, encrypted at rest (crawler.credentials)."""
    __tablename__ = "credentials"
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), unique=True)
    ciphertext: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)


class PostRow(Base):
    __tablename__ = "posts"
    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    external_id: Mapped[str] = mapped_column(String(300))
    platform: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    text: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(String(2000))
    lang: Mapped[str | None] = mapped_column(String(20))
    visibility: Mapped[str | None] = mapped_column(String(20))
    record: Mapped[dict[str, Any]] = mapped_column(JSON)  # the canonical record as last seen
    content_hash: Mapped[str] = mapped_column(String(64))
    audited_key: Mapped[str | None] = mapped_column(String(100))  # content hash + policy fingerprint
    first_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    purged_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    __table_args__ = (UniqueConstraint("organisation_id", "external_id", name="uq_posts_org_ext"),)


class MediaFile(Base):
    """A media file in the content-addressed store (path derived from its sha256)."""
    __tablename__ = "media"
    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    path: Mapped[str] = mapped_column(String(1000))
    mime: Mapped[str | None] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class PostMedia(Base):
    __tablename__ = "post_media"
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    media_id: Mapped[int | None] = mapped_column(ForeignKey("media.id"))
    type: Mapped[str] = mapped_column(String(20))
    alt_text: Mapped[str | None] = mapped_column(Text)


class FindingRow(Base):
    __tablename__ = "findings"
    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    fingerprint: Mapped[str] = mapped_column(String(64))
    rule: Mapped[str] = mapped_column(String(50))
    severity: Mapped[str] = mapped_column(String(10))
    subject: Mapped[str] = mapped_column(String(300))
    subject_kind: Mapped[str] = mapped_column(String(10))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"), index=True)
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id"), index=True)
    clause: Mapped[str] = mapped_column(String(200))
    message: Mapped[str] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float)
    evidence: Mapped[list[Any]] = mapped_column(JSON)  # redacted excerpts only
    explanation: Mapped[list[Any]] = mapped_column(JSON)
    # [[start, end, kind, field], ...]: what to hide in the subject's text fields (names, places,
    # contacts), as computed when it was audited; pages mask with these, never re-running rules
    masks: Mapped[list[Any] | None] = mapped_column(JSON)
    model_version: Mapped[str | None] = mapped_column(String(80))  # the learned model that judged it, if one did
    state: Mapped[str] = mapped_column(String(20), default="open", index=True)  # open|confirmed|dismissed|resolved
    first_seen_run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"))
    last_seen_run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)
    visible_to_coordinator_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    __table_args__ = (UniqueConstraint("organisation_id", "fingerprint", name="uq_findings_org_fp"),)


class ModelHeads(Base):
    """An organisation's learned heads, refitted from its reviewers' decisions
    (`socialaudit learn`). Versions are kept; the newest accepted one is active."""
    __tablename__ = "model_heads"
    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    version: Mapped[str] = mapped_column(String(80))
    based_on: Mapped[str] = mapped_column(String(80))      # the version it was refitted from
    decisions: Mapped[int] = mapped_column(Integer)        # reviewer decisions it learned from
    heads: Mapped[bytes] = mapped_column(LargeBinary)      # the arrays (auditors.learned.heads.Heads)
    info: Mapped[dict[str, Any]] = mapped_column(JSON)     # scores before and after, thresholds, counts
    active: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    __table_args__ = (UniqueConstraint("organisation_id", "version", name="uq_model_heads_org_version"),)


class ReviewEvent(Base):
    """Append-only trail of what happened to a finding and who did it."""
    __tablename__ = "review_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    finding_id: Mapped[int] = mapped_column(ForeignKey("findings.id"), index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))  # None: the system
    action: Mapped[str] = mapped_column(String(30))  # created|confirmed|dismissed|resolved|reopened|note
    note: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Suppression(Base):
    """A dismissal keyed to a finding's identity, so it does not come back."""
    __tablename__ = "suppressions"
    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    fingerprint: Mapped[str] = mapped_column(String(64))
    rule: Mapped[str] = mapped_column(String(50))
    reason: Mapped[str] = mapped_column(Text)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_matched_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    __table_args__ = (UniqueConstraint("organisation_id", "fingerprint", name="uq_suppressions_org_fp"),)


class CrawlCursor(Base):
    """Where a connector got to, per (account, stream); committed with the posts it covers."""
    __tablename__ = "crawl_cursors"
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), primary_key=True)
    stream: Mapped[str] = mapped_column(String(50), primary_key=True)
    cursor: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)


class Run(Base):
    """One audit, import, crawl or scheduled run, with what it did and what failed."""
    __tablename__ = "runs"
    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    kind: Mapped[str] = mapped_column(String(20))  # audit|import|run|crawl
    source: Mapped[str | None] = mapped_column(String(1000))
    status: Mapped[str] = mapped_column(String(20), default="running")  # running|ok|partial|failed
    policy_fingerprint: Mapped[str | None] = mapped_column(String(64))
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    errors: Mapped[list[Any]] = mapped_column(JSON, default=list)
    holder: Mapped[str | None] = mapped_column(String(200))  # host:pid:token of the process running it
    heartbeat_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


# What one account's crawl came to: a run_accounts status, and a dispatched run's crawl work
# row's result "status". Only a failure makes the run "partial" (socialaudit.app.runner and
# socialaudit.storage.workqueue.finish_run agree on this): an account whose crawl was not
# due, so that the run only audits it again (a changed policy, posts imported from a bundle),
# was skipped, not failed, and so was one removed after the run was planned.
CRAWLED = "ok"
CRAWL_SKIPPED = "skipped"  # not due for a crawl: the account is only audited again
CRAWL_GONE = "gone"  # the account was removed after the run was planned
CRAWL_FAILED = ("failed", "needs_reauth")  # the crawl was due and did not happen


def crawl_failed(status: str | None) -> bool:
    """True when an account's crawl status is a real failure (not a skip)."""
    return status in CRAWL_FAILED


class RunAccount(Base):
    """What a scheduled run did for one account (crawled, new posts, or why it failed)."""
    __tablename__ = "run_accounts"
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"), primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), primary_key=True)
    status: Mapped[str] = mapped_column(String(30))  # ok|failed|needs_reauth (CRAWLED, CRAWL_FAILED)
    posts_new: Mapped[int] = mapped_column(Integer, default=0)
    posts_changed: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)


class OutboxMessage(Base):
    """An email queued in the same transaction as the run that produced it.
    `dedupe_key` makes queuing idempotent; `status` makes sending at-most-once."""
    __tablename__ = "outbox"
    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"))
    kind: Mapped[str] = mapped_column(String(40))  # coordinator-report|volunteer-notice|self-audit
    dedupe_key: Mapped[str] = mapped_column(String(300), unique=True)
    recipient: Mapped[str] = mapped_column(String(320))
    subject: Mapped[str] = mapped_column(String(500))
    body_text: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str | None] = mapped_column(Text)
    message_id: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(20), default="queued", index=True)  # queued|sending|sent|failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class ArchivedReport(Base):
    """The HTML copy of a report as sent, so a past month can be shown exactly."""
    __tablename__ = "reports"
    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    kind: Mapped[str] = mapped_column(String(40))  # monthly|self-audit
    month: Mapped[str] = mapped_column(String(7))  # YYYY-MM
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    html: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    __table_args__ = (UniqueConstraint("organisation_id", "kind", "month", "person_id", name="uq_reports_key"),)


class AccessLog(Base):
    """Who viewed or revealed which volunteer's data, and when (append-only)."""
    __tablename__ = "access_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    action: Mapped[str] = mapped_column(String(30))  # view|reveal|export|sign-in|sign-in-failed
    target_kind: Mapped[str | None] = mapped_column(String(30))
    target_id: Mapped[str | None] = mapped_column(String(300))
    volunteer_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    detail: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Lock(Base):
    """A named lock row (e.g. the scheduled run) with its holder and heartbeat, so a stale
    lock left by a killed process can be detected and taken over."""
    __tablename__ = "locks"
    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    holder: Mapped[str] = mapped_column(String(200))  # host:pid:token
    acquired_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    heartbeat_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class RunWork(Base):
    """One task of a dispatched run (socialaudit.storage.workqueue): `done` is committed with
    the task's effect, so a redelivered task sees it finished and only passes its work on."""
    __tablename__ = "run_work"
    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    kind: Mapped[str] = mapped_column(String(20))  # crawl|audit|photos|account|mail
    key: Mapped[str] = mapped_column(String(200))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)
    __table_args__ = (UniqueConstraint("run_id", "kind", "key", name="uq_run_work_key"),)


class RateBucket(Base):
    """A token bucket shared by every worker using one platform token (socialaudit.storage.ratelimit)."""
    __tablename__ = "rate_buckets"
    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    tokens: Mapped[float] = mapped_column(Float)
    updated: Mapped[float] = mapped_column(Float)  # epoch seconds of the last refill
