"""The scheduled job behind `socialaudit run`.

1. Take the run lock (a stale one, left by a killed run, is taken over); close runs a
   killed process left "running" as "interrupted".
2. Crawl every enrolled account that is due. Each batch of posts is stored
   together with the cursor that covers it, in one transaction, so a run killed
   at any point resumes without losing or duplicating a post. One failing
   account is recorded and skipped; a revoked token marks it "needs_reauth".
3. Audit what is new: every account with a new or changed post (or every
   account, when the policy pack changed) is re-audited from the store, so
   account rules see all of the account's posts. Findings are upserted by
   identity: review decisions are kept, dismissed ones stay dismissed.
4. Deliver: reports and mail (socialaudit.app.delivery).
5. Record the run: what was crawled, audited and sent, what failed and why.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Callable

from auditors.engine import audit
from auditors.prepared import Prepared
from crawler.credentials import CredentialCipher
from crawler.live.downloads import MediaStore
from socialaudit.app.connectors import ConfigurationError, build_connector
from socialaudit.app.delivery import deliver_due
from socialaudit.app.learning import default_gate, gate_sets, org_layer, refit_due, refit_organisation
from socialaudit.core.policy import Policy
from socialaudit.core.settings import Settings
from socialaudit.storage import accounts, crawls, repo
from socialaudit.storage import schema as db
from socialaudit.storage.crawls import StoredSource
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
    model: str = ""  # what the monthly refit of the learned heads did

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
    learn: bool = True  # refit the learned heads from reviewers' decisions, at most monthly


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
            self._learning_phase()
            self.result.seconds = round(time.monotonic() - started, 2)
            self._finish_run(run_id)
        finally:
            self.lock.release()
        return self.result

    def _now(self) -> datetime:
        return self.options.now or datetime.now(timezone.utc)

    def _start_run(self) -> int:
        self.result.run_id = crawls.start_run(self.store, self.policy, self.lock.holder)
        return self.result.run_id

    def _finish_run(self, run_id: int) -> None:
        status = "dry-run" if self.options.dry_run else "partial" if self.result.accounts_failed else "ok"
        crawls.finish_run(self.store, run_id, status, {**self.result.counts(), "delivery": self.result.delivery},
                          [{"account": a} for a in self.result.accounts_failed])

    # -- learn (at most monthly) ------------------------------------------------------
    def _learning_phase(self) -> None:
        if self.options.dry_run or not self.options.learn or not refit_due(self.store, self.policy, self._now()):
            return
        try:
            result = refit_organisation(self.store, self.policy, gate_sets(default_gate()))
        except ImportError:
            self.result.model = "not refitted: needs the 'learn' extra (pip install 'socialaudit[learn]')"
            return
        self.result.model = f"{result.version}: {result.reason}" if result.version else result.reason

    # -- crawl ----------------------------------------------------------------
    def _crawl_phase(self) -> None:
        with self.store.session() as s:
            org = repo.ensure_organisation(s, self.policy)
            due = accounts.due_accounts(s, org, self._now(), self.options.crawl_all)
            org_id = org.id
        for i, acc in enumerate(due):
            self._progress("crawl", i, len(due))
            self._crawl_account(org_id, acc)
            self.lock.heartbeat()
        self._progress("crawl", len(due), len(due))

    def _crawl_account(self, org_id: int, acc: db.AccountRow) -> None:
        status, error = "ok", None
        try:
            connector = build_connector(acc, self._credentials(acc), self._media_store())
            for batch in connector.fetch(crawls.cursor(self.store, acc.id)):
                self._store_batch(org_id, acc, batch)
        except ConfigurationError as e:
            status, error = "failed", str(e)
        except Exception as e:  # one account's failure never stops the others
            status = "needs_reauth" if type(e).__name__ == "NeedsReauthorisation" else "failed"
            error = f"{type(e).__name__}: {e}"[:500]
        self._record_crawl(acc, status, error)

    def _credentials(self, acc: db.AccountRow):
        with self.store.session() as s:
            blob = accounts.credential_ciphertext(s, acc.id)
        return CredentialCipher.from_environment().decrypt_credentials(blob) if blob else None

    def _media_store(self) -> MediaStore:
        return MediaStore(self.settings.data_dir)

    def _store_batch(self, org_id: int, acc: db.AccountRow, batch) -> None:
        done = crawls.store_batch(self.store, org_id, acc.id, batch.records, list(getattr(batch, "deleted", []) or []),
                                  batch.cursor, dry_run=self.options.dry_run)
        self.result.posts_new += done.new
        self.result.posts_changed += done.changed
        self.result.findings_resolved += done.resolved
        if done.account_changed:
            self.changed_accounts.add(acc.external_id)

    def _record_crawl(self, acc: db.AccountRow, status: str, error: str | None) -> None:
        external_id = crawls.record_crawl(self.store, self.result.run_id, acc.id, status, error)
        if db.crawl_failed(status):  # the same rule as a dispatched run (storage.workqueue.finish_run)
            self.result.accounts_failed.append(external_id)
            log.warning("account %s: %s", external_id, error)
        else:
            self.result.accounts_crawled += 1

    # -- audit ----------------------------------------------------------------
    def _audit_phase(self, run_id: int) -> None:
        due = crawls.accounts_to_audit(self.store, self.policy, self.changed_accounts)
        todo = due.accounts
        if not todo:
            return
        source = StoredSource(self.store, self.policy, todo, media_root=self.settings.data_dir)
        with AuditRecorder(self.store, self.policy, source_name="scheduled run", run_id=run_id,
                           dry_run=self.options.dry_run, media_root=source.media_root,
                           data_dir=self.settings.data_dir) as recorder:
            run = audit(source, Prepared(self.policy), learned=org_layer(self.store, self.policy),
                        progress=lambda n: self._progress("audit", n, source.total))
            for item in run:
                recorder.record(item)
            summary = run.summary
            recorder.finish(summary)
        self.result.posts_audited = summary.posts
        self.result.findings_new += recorder.counts["findings_new"]
        self.result.findings_resolved += recorder.counts["findings_resolved"]
        log.info("audited %d posts of %d accounts (%s)", summary.posts, len(todo),
                 "policy changed" if due.policy_changed and not self.changed_accounts else "new or changed posts")

    # -- delivery ---------------------------------------------------------------
    def _delivery_phase(self, run_id: int) -> None:
        out = deliver_due(self.store, self.policy, self.settings, run_id=run_id, now=self._now(),
                          dry_run=self.options.dry_run)
        self.result.delivery = out
        self.result.messages_queued = int(out.get("queued", 0))
        self.result.messages_sent = int(out.get("sent", 0))

    def _progress(self, phase: str, done: int, total: int) -> None:
        if self.options.on_progress:
            self.options.on_progress(phase, done, total)
