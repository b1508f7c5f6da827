"""Saves an audit as it streams: accounts, posts, findings and the run itself.

Posts and findings are written in batches, each batch one transaction, so a
crash loses at most the batch in flight, and re-running is idempotent.
"""
from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any

from .. import model
from ..pipeline import AuditSummary, Pipeline
from ..policy import Policy
from ..settings import load_settings
from . import repo
from . import schema as db
from .db import Store, open_store

BATCH = 500


class AuditRecorder(AbstractContextManager):
    def __init__(self, store: Store, policy: Policy, source_name: str, kind: str = "audit",
                 *, run_id: int | None = None, dry_run: bool = False, atomic: bool = False):
        """Record into a new run, or into an existing one (`run_id`, e.g. a scheduled run).
        With `dry_run` nothing is committed: the caller sees what would be written. With
        `atomic` the whole audit is one transaction (an import is all or nothing)."""
        self.store, self.policy, self.kind, self.dry_run = store, policy, kind, dry_run
        self.atomic = atomic
        self.session = store.sessions()
        self.org = repo.ensure_organisation(self.session, policy)
        self.own_run = run_id is None
        if run_id is None:
            self.run = db.Run(organisation_id=self.org.id, kind=kind, source=source_name,
                              policy_fingerprint=policy.fingerprint, counts={}, errors=[])
            self.session.add(self.run)
        else:
            self.run = self.session.get(db.Run, run_id)
        self._commit()
        self.counts: dict[str, int] = {"posts_new": 0, "posts_changed": 0, "posts_same": 0,
                                       "findings_new": 0, "findings_seen": 0, "findings_reopened": 0,
                                       "findings_suppressed": 0, "findings_resolved": 0}
        self._pending = 0
        self._accounts: dict[str, db.Account] = {}
        self.grace_days = int(policy.section("review").get("grace_days", 0))
        self.pipeline: Pipeline | None = None

    @classmethod
    def open(cls, policy: Policy, source_name: str, kind: str = "audit") -> "AuditRecorder":
        return cls(open_store(load_settings()), policy, source_name, kind)

    @property
    def run_id(self) -> int:
        return self.run.id

    @property
    def url_for_humans(self) -> str:
        return self.store.url_for_humans

    def attach(self, pipeline: Pipeline, media_root=None, data_dir=None) -> None:
        """Record everything the pipeline audits. With `data_dir`, each post's media are
        copied into the content-addressed store there (so review pages keep thumbnails)."""
        self.pipeline = pipeline
        pipeline.on_post.append(self.record_post)
        pipeline.on_account.append(self.record_account)
        if data_dir is not None:
            from .media import attach_media
            attach_media(self, media_root, data_dir)  # runs after record_post: the post row exists

    def _account_row(self, account: model.Account) -> db.Account:
        row = self._accounts.get(account.id)
        if row is None:
            known = self.pipeline is not None and account.id in self.pipeline.accounts
            row = repo.upsert_account(self.session, self.org, account, "bundle", known=known)
            self._accounts[account.id] = row
        return row

    def record_post(self, post: model.Post, account: model.Account, findings: list[model.Finding]) -> None:
        acc = self._account_row(account)
        row, status = repo.upsert_post(self.session, self.org, acc, post)
        self.counts[f"posts_{status}"] += 1
        row.audited_key = f"{row.content_hash[:32]}:{self.policy.fingerprint}"
        self._record_findings(findings, acc, row)
        if status != "new":
            self.counts["findings_resolved"] += repo.resolve_gone_findings(
                self.session, row, {f.fingerprint for f in findings}, "no longer found when re-audited")
        self._tick()

    def record_account(self, account: model.Account, findings: list[model.Finding]) -> None:
        acc = self._account_row(account)
        self._record_findings(findings, acc, None)
        self._tick()

    def _record_findings(self, findings, acc: db.Account, post: db.Post | None) -> None:
        for f in findings:
            _, status = repo.upsert_finding(self.session, self.org, f, acc, post, self.run, self.grace_days)
            self.counts[f"findings_{status}"] += 1

    def _commit(self) -> None:
        if self.dry_run:
            self.session.flush()
        else:
            self.session.commit()

    def _tick(self) -> None:
        self._pending += 1
        if self._pending >= BATCH and not self.atomic:
            self._commit()
            self._pending = 0

    def finish(self, summary: AuditSummary) -> None:
        audit = {"accounts": summary.accounts, "posts": summary.posts, "media": summary.media,
                 "findings": summary.findings, **self.counts}
        errors = [e.to_dict() for e in summary.errors[:1000]]
        if self.own_run:
            self.run.status = "partial" if summary.errors else "ok"
            self.run.counts, self.run.errors = audit, errors
            self.run.finished_at = repo.now()
        else:
            self.run.counts = {**(self.run.counts or {}), "audit": audit}
            self.run.errors = [*(self.run.errors or []), *errors]
        if self.dry_run:
            self.session.rollback()
        else:
            self.session.commit()

    def __exit__(self, exc_type, exc, tb) -> Any:
        if exc_type is not None:
            self.session.rollback()
            self.run.status = "failed"
            self.run.finished_at = repo.now()
            self.run.errors = [{"file": None, "line": None, "reason": f"run aborted: {exc_type.__name__}"}]
            self.session.commit()
        self.session.close()
        return None
