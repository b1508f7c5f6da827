"""The scheduled job behind `socialaudit run`.

1. Take the run lock (a stale one, left by a killed run, is taken over).
2. Crawl every enrolled account that is due. Each batch of posts is stored
   together with the cursor that covers it, in one transaction, so a run killed
   at any point resumes without losing or duplicating a post. One failing
   account is recorded and skipped; a revoked token marks it "needs_reauth".
3. Audit what is new: every account with a new or changed post (or every
   account, when the policy pack changed) is re-audited from the store, so
   account rules see all of the account's posts. Findings are upserted by
   identity: review decisions are kept, dismissed ones stay dismissed.
4. Hand over to delivery (reports and mail) when that part is installed.
5. Record the run: what was crawled, audited and sent, what failed and why.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Callable, Iterator

from sqlalchemy import func, select

from auditors.engine import audit
from auditors.prepared import Prepared
from socialaudit.app.connectors import ConfigurationError, build_connector
from socialaudit.core import model
from socialaudit.core.policy import Policy
from socialaudit.core.settings import Settings
from socialaudit.storage import repo
from socialaudit.storage import schema as db
from socialaudit.storage.db import Store
from socialaudit.storage.locks import DbLock, LockBusy, close_interrupted_runs
from socialaudit.storage.recorder import AuditRecorder

log = logging.getLogger("socialaudit.run")
EXIT_OK, EXIT_ACCOUNTS_FAILED, EXIT_CONFIG = 0, 3, 2


@dataclass
class RunResult:
    run_id: int | None = None
    skipped_reason: str | None = None
    accounts_crawled: int = 0
    accounts_failed: list[str] = field(default_factory=list)
    posts_new: int = 0
    posts_changed: int = 0
    posts_audited: int = 0
    findings_new: int = 0
    findings_resolved: int = 0
    messages_queued: int = 0
    messages_sent: int = 0
    seconds: float = 0.0
    delivery: dict[str, Any] = field(default_factory=dict)

    @property
    def exit_code(self) -> int:
        return EXIT_ACCOUNTS_FAILED if self.accounts_failed else EXIT_OK

    def counts(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k not in ("run_id", "skipped_reason", "delivery")}


@dataclass
class RunOptions:
    dry_run: bool = False
    crawl_all: bool = False  # ignore each account's schedule
    now: datetime | None = None
    on_progress: Callable[[str, int, int], None] | None = None  # (phase, done, total)


def _aware(t: datetime | None) -> datetime | None:
    return t if t is None or t.tzinfo else t.replace(tzinfo=timezone.utc)


def due_accounts(s, org: db.Organisation, now: datetime, crawl_all: bool) -> list[db.Account]:
    rows = s.scalars(select(db.Account).where(db.Account.organisation_id == org.id,
                                              db.Account.status == "active",
                                              db.Account.source.is_not(None),
                                              db.Account.source != "bundle")
                     .order_by(db.Account.id)).all()
    return [a for a in rows if crawl_all or a.last_crawled_at is None
            or _aware(a.last_crawled_at) + timedelta(hours=a.crawl_every_hours) <= now]


class ScheduledRun:
    def __init__(self, store: Store, policy: Policy, settings: Settings, options: RunOptions | None = None):
        self.store, self.policy, self.settings = store, policy, settings
        self.options = options or RunOptions()
        self.result = RunResult()
        self.lock = DbLock(store, "run")
        self.changed_accounts: set[str] = set()

    # -- the whole job --------------------------------------------------------
    def execute(self) -> RunResult:
        started = time.monotonic()
        try:
            self.lock.acquire()
        except LockBusy as e:
            self.result.skipped_reason = str(e)
            return self.result
        try:
            if self.lock.took_over_from:
                log.warning("took over a stale run lock left by %s", self.lock.took_over_from)
            closed = close_interrupted_runs(self.store)
            if closed:
                log.warning("closed %d run(s) left unfinished by a stopped process as 'interrupted'", closed)
            run_id = self._start_run()
            self._crawl_phase()
            self._audit_phase(run_id)
            self._delivery_phase(run_id)
            self.result.seconds = round(time.monotonic() - started, 2)
            self._finish_run(run_id)
        finally:
            self.lock.release()
        return self.result

    def _now(self) -> datetime:
        return self.options.now or datetime.now(timezone.utc)

    def _start_run(self) -> int:
        with self.store.session() as s:
            org = repo.ensure_organisation(s, self.policy)
            run = db.Run(organisation_id=org.id, kind="run", source="scheduled", holder=self.lock.holder,
                         heartbeat_at=datetime.now(timezone.utc), policy_fingerprint=self.policy.fingerprint,
                         counts={}, errors=[])
            s.add(run)
            s.flush()
            self.result.run_id = run.id
            return run.id

    def _finish_run(self, run_id: int) -> None:
        with self.store.session() as s:
            run = s.get(db.Run, run_id)
            run.status = "partial" if self.result.accounts_failed else "ok"
            if self.options.dry_run:
                run.status = "dry-run"
            run.counts = {**self.result.counts(), "delivery": self.result.delivery}
            run.errors = [{"account": a} for a in self.result.accounts_failed]
            run.finished_at = datetime.now(timezone.utc)

    # -- crawl ----------------------------------------------------------------
    def _crawl_phase(self) -> None:
        with self.store.session() as s:
            org = repo.ensure_organisation(s, self.policy)
            accounts = due_accounts(s, org, self._now(), self.options.crawl_all)
            org_id = org.id
        for i, acc in enumerate(accounts):
            self._progress("crawl", i, len(accounts))
            self._crawl_account(org_id, acc)
            self.lock.heartbeat()
        self._progress("crawl", len(accounts), len(accounts))

    def _crawl_account(self, org_id: int, acc: db.Account) -> None:
        status, error = "ok", None
        try:
            connector = build_connector(acc, self._credentials(acc), self._media_store())
            for batch in connector.fetch(self._cursor(acc)):
                self._store_batch(org_id, acc, batch)
        except ConfigurationError as e:
            status, error = "failed", str(e)
        except Exception as e:  # one account's failure never stops the others
            status = "needs_reauth" if type(e).__name__ == "NeedsReauthorisation" else "failed"
            error = f"{type(e).__name__}: {e}"[:500]
        self._record_crawl(acc, status, error)

    def _credentials(self, acc: db.Account):
        with self.store.session() as s:
            row = s.scalar(select(db.Credential).where(db.Credential.account_id == acc.id))
        if row is None:
            return None
        from crawler.credentials import CredentialCipher
        return CredentialCipher.from_environment().decrypt_credentials(row.ciphertext)

    def _media_store(self):
        from crawler.media import MediaStore
        return MediaStore(self.settings.data_dir)

    def _cursor(self, acc: db.Account) -> dict | None:
        with self.store.session() as s:
            row = s.get(db.CrawlCursor, (acc.id, "posts"))
            return dict(row.cursor) if row else None

    def _store_batch(self, org_id: int, acc: db.Account, batch) -> None:
        """One transaction: the batch's posts and the cursor that covers them."""
        with self.store.session() as s:
            org = s.get(db.Organisation, org_id)
            row = s.get(db.Account, acc.id)
            for rec in batch.records:
                self._store_record(s, org, row, rec)
            for ext_id in getattr(batch, "deleted", []) or []:
                self._mark_deleted(s, org, ext_id)
            cur = s.get(db.CrawlCursor, (acc.id, "posts"))
            if cur is None:
                s.add(db.CrawlCursor(account_id=acc.id, stream="posts", cursor=batch.cursor))
            else:
                cur.cursor = batch.cursor
            if self.options.dry_run:
                s.rollback()

    def _store_record(self, s, org: db.Organisation, acc_row: db.Account, rec: dict) -> None:
        try:
            obj = model.parse_record(rec)
        except model.RecordError as e:
            log.warning("account %s: skipped a record (%s)", acc_row.external_id, e)
            return
        if isinstance(obj, model.Account):
            for f in repo.ACCOUNT_FIELDS:
                if f != "role" and getattr(obj, f) is not None and getattr(acc_row, f) != getattr(obj, f):
                    setattr(acc_row, f, getattr(obj, f))
                    self.changed_accounts.add(acc_row.external_id)
            return
        obj.account_id = acc_row.external_id
        _, status = repo.upsert_post(s, org, acc_row, obj)
        if status != "same":
            acc_row.audited_key = None  # committed with the batch: the account rules are due again
            self.changed_accounts.add(acc_row.external_id)
            if status == "new":
                self.result.posts_new += 1
            else:
                self.result.posts_changed += 1

    def _mark_deleted(self, s, org: db.Organisation, ext_id: str) -> None:
        post = s.scalar(select(db.Post).where(db.Post.organisation_id == org.id, db.Post.external_id == ext_id))
        if post is not None and post.deleted_at is None:
            post.deleted_at = datetime.now(timezone.utc)
            self.result.findings_resolved += repo.resolve_gone_findings(s, post, set(), "post deleted on the platform")

    def _record_crawl(self, acc: db.Account, status: str, error: str | None) -> None:
        with self.store.session() as s:
            row = s.get(db.Account, acc.id)
            row.last_error = error
            if status == "ok":
                row.last_crawled_at = datetime.now(timezone.utc)
                self.result.accounts_crawled += 1
            else:
                self.result.accounts_failed.append(row.external_id)
                log.warning("account %s: %s", row.external_id, error)
                if status == "needs_reauth":
                    row.status = "needs_reauth"
            s.add(db.RunAccount(run_id=self.result.run_id, account_id=acc.id, status=status, error=error))

    # -- audit ----------------------------------------------------------------
    def _audit_phase(self, run_id: int) -> None:
        with self.store.session() as s:
            org = repo.ensure_organisation(s, self.policy)
            policy_changed = s.scalar(select(func.count()).select_from(db.Post).where(
                db.Post.organisation_id == org.id, db.Post.deleted_at.is_(None),
                (db.Post.audited_key.is_(None)) | (~db.Post.audited_key.endswith(self.policy.fingerprint))))
            accounts = s.scalars(select(db.Account.external_id).where(
                db.Account.organisation_id == org.id, db.Account.status != "withdrawn")).all()
            # account rules not recorded under this policy since the account's last new post:
            # a run killed in the audit phase left them undone
            unaudited = set(s.scalars(select(db.Account.external_id).where(
                db.Account.organisation_id == org.id, db.Account.status != "withdrawn",
                db.Account.audited_key.is_distinct_from(self.policy.fingerprint))).all())
            stale = set(s.scalars(select(db.Account.external_id).join(db.Post, db.Post.account_id == db.Account.id)
                                  .where(db.Post.organisation_id == org.id, db.Post.deleted_at.is_(None),
                                         (db.Post.audited_key.is_(None))
                                         | (~db.Post.audited_key.endswith(self.policy.fingerprint)))).all())
        todo = [a for a in accounts if a in stale or a in unaudited or a in self.changed_accounts]
        if not todo:
            return
        source = StoredSource(self.store, self.policy, todo, media_root=self.settings.data_dir)
        recorder = AuditRecorder(self.store, self.policy, source_name="scheduled run", run_id=run_id,
                                 dry_run=self.options.dry_run, media_root=source.media_root,
                                 data_dir=self.settings.data_dir)
        run = audit(source, Prepared(self.policy), progress=lambda n: self._progress("audit", n, source.total))
        for item in run:
            recorder.record(item)
        summary = run.summary
        recorder.finish(summary)
        recorder.session.close()
        self.result.posts_audited = summary.posts
        self.result.findings_new += recorder.counts["findings_new"]
        self.result.findings_resolved += recorder.counts["findings_resolved"]
        log.info("audited %d posts of %d accounts (%s)", summary.posts, len(todo),
                 "policy changed" if policy_changed and not self.changed_accounts else "new or changed posts")

    # -- delivery ---------------------------------------------------------------
    def _delivery_phase(self, run_id: int) -> None:
        try:
            from reports.delivery import deliver_due
        except ImportError:
            self.result.delivery = {"skipped": "reports are not installed"}
            return
        out = deliver_due(self.store, self.policy, self.settings, run_id=run_id, now=self._now(),
                          dry_run=self.options.dry_run)
        self.result.delivery = out
        self.result.messages_queued = int(out.get("queued", 0))
        self.result.messages_sent = int(out.get("sent", 0))

    def _progress(self, phase: str, done: int, total: int) -> None:
        if self.options.on_progress:
            self.options.on_progress(phase, done, total)


class StoredSource:
    """A RecordSource over the store: the given accounts and all their live posts,
    read in id-ordered chunks so memory stays flat. Stored media live in the
    content-addressed store under the data folder, which is their `media_root`."""

    CHUNK = 500

    def __init__(self, store: Store, policy: Policy, account_ids: list[str], media_root: Path | None = None):
        self.store, self.policy, self.account_ids = store, policy, account_ids
        self.name = "store"
        self.media_root = media_root
        with store.session() as s:
            self.total = s.scalar(select(func.count()).select_from(db.Post).join(db.Account)
                                  .where(db.Account.external_id.in_(account_ids), db.Post.deleted_at.is_(None)))

    def records(self, accounts_only: bool = False) -> Iterator[tuple[int | None, dict]]:
        with self.store.session() as s:
            org = repo.ensure_organisation(s, self.policy)
            accs = s.scalars(select(db.Account).where(db.Account.organisation_id == org.id,
                                                      db.Account.external_id.in_(self.account_ids))).all()
            ids = {a.id: a.external_id for a in accs}
            for a in accs:
                yield None, {"kind": "account", "id": a.external_id,
                             **{f: getattr(a, f) for f in repo.ACCOUNT_FIELDS}}
        if accounts_only:
            return
        last = 0
        while True:
            with self.store.session() as s:
                rows = s.execute(select(db.Post.id, db.Post.record).where(
                    db.Post.account_id.in_(list(ids)), db.Post.deleted_at.is_(None), db.Post.purged_at.is_(None),
                    db.Post.id > last).order_by(db.Post.id).limit(self.CHUNK)).all()
            if not rows:
                return
            for _pid, record in rows:
                yield None, record
            last = rows[-1][0]
