"""Saves an audit as it streams: accounts, posts, findings and the run itself.

    with AuditRecorder(store, policy, "bundle.jsonl", media_root=..., data_dir=...) as rec:
        run = audit(source, prepared)
        for item in run:
            rec.record(item)
        rec.finish(run.summary)

Posts and findings are written in batches, each batch one transaction, by a
writer thread while the next batch is audited; a crash loses at most the
batches in flight (two), and re-running is idempotent. A batch
is written set-based (storage.batch: a few upserts for the whole batch) inside a
savepoint; if the database refuses it, or it holds something only the per-record
path decides (a post under another account, the same post twice), the batch is
written again subject by subject, each inside its own savepoint: one the
database refuses is reported (in the summary's errors) and skipped, and the rest
of the batch is kept.
"""
from __future__ import annotations

import logging
import queue
import threading
from collections import Counter
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Callable

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from socialaudit.core import model
from socialaudit.core.policy import Policy
from socialaudit.core.sources import Audited, AuditError, AuditSummary
from socialaudit.storage import batch, repo
from socialaudit.storage import schema as db
from socialaudit.storage.db import Store
from socialaudit.storage.db import row as must
from socialaudit.storage.locks import close_interrupted_runs, new_holder
from socialaudit.storage.mediafiles import link_media, link_post_media

BATCH = 500
log = logging.getLogger(__name__)


class BatchWriter:
    """Writes batches in a thread while the caller audits the next one, so the database's
    round trips and commits overlap the rules' work. At most one batch waits (memory stays
    bounded); an error in the thread is raised in the caller at its next hand-over or close.
    The session is only ever used by one thread at a time: the caller's again after close."""

    def __init__(self, write: Callable[[list[Audited]], None]):
        self._write = write
        self._queue: queue.Queue[list[Audited] | None] = queue.Queue(maxsize=1)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._loop, name="socialaudit-store", daemon=True)
        self._thread.start()

    def submit(self, items: list[Audited]) -> None:
        self._raise()
        self._queue.put(items)

    def close(self, *, raise_errors: bool = True) -> None:
        self._queue.put(None)
        self._thread.join()
        if raise_errors:
            self._raise()

    def _raise(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def _loop(self) -> None:
        while (items := self._queue.get()) is not None:
            if self._error is None:  # after an error, nothing more is written
                try:
                    self._write(items)
                except BaseException as e:  # handed to the caller's thread
                    self._error = e


class AuditRecorder(AbstractContextManager):
    def __init__(self, store: Store, policy: Policy, source_name: str, kind: str = "audit",
                 *, run_id: int | None = None, dry_run: bool = False, atomic: bool = False,
                 owner_id: int | None = None, media_root: Path | None = None, data_dir: Path | None = None):
        """Record into a new run, or into an existing one (`run_id`, e.g. a scheduled run).
        With `dry_run` nothing is committed: the caller sees what would be written. With
        `atomic` the whole audit is one transaction (an import is all or nothing). With
        `owner_id` (a volunteer's own upload) only that person's accounts are written:
        anything else is refused record by record (repo.OwnershipError). With `data_dir`,
        each post's media (found under `media_root`) are copied into the content-addressed
        store there, so review pages keep thumbnails after the bundle or archive is gone."""
        self.store, self.policy, self.kind, self.dry_run = store, policy, kind, dry_run
        self.atomic = atomic
        self.owner_id = owner_id
        self.media_root, self.data_dir = media_root, data_dir
        self.refused: list[AuditError] = []
        self.own_run = run_id is None
        if self.own_run and not dry_run:
            close_interrupted_runs(store)
        self.session = store.sessions()
        self.org = repo.ensure_organisation(self.session, policy)
        if run_id is None:
            self.run = db.Run(organisation_id=self.org.id, kind=kind, source=source_name[:1000],
                              holder=new_holder(), heartbeat_at=repo.now(),
                              policy_fingerprint=policy.fingerprint, counts={}, errors=[])
            self.session.add(self.run)
        else:
            self.run = must(self.session, db.Run, run_id)
        self._commit()
        self.counts: Counter[str] = Counter({"posts_new": 0, "posts_changed": 0, "posts_same": 0,
                                       "findings_new": 0, "findings_seen": 0, "findings_reopened": 0,
                                       "findings_suppressed": 0, "findings_resolved": 0})
        self._batch: list[Audited] = []
        self._batch_keys: set[str] = set()
        self._writer: BatchWriter | None = None
        self._accounts: dict[str, db.AccountRow] = {}
        self.grace_days = int(policy.section("review").get("grace_days", 0))

    @property
    def run_id(self) -> int:
        return self.run.id

    @property
    def url_for_humans(self) -> str:
        return self.store.url_for_humans

    def record(self, item: Audited) -> None:
        """Save one audited post (with its account and media) or account, and its findings:
        queued, and written with its batch (at the latest by `finish`)."""
        key = f"{type(item.subject).__name__}:{item.subject.id}"
        if key in self._batch_keys:  # the same subject again: its first copy is written first
            self._hand_over()
        self._batch.append(item)
        self._batch_keys.add(key)
        if len(self._batch) >= BATCH:
            self._hand_over()

    def _hand_over(self) -> None:
        """Give the batch to the writer thread (started with the first batch, once the audit's
        worker processes exist) and go on collecting the next one."""
        items, self._batch, self._batch_keys = self._batch, [], set()
        if items:
            if self._writer is None:
                self._writer = BatchWriter(self._write_batch)
            self._writer.submit(items)

    def _drain(self, *, raise_errors: bool = True) -> None:
        """Everything recorded so far written, and the writer thread gone: the session is
        this thread's again."""
        if raise_errors:
            self._hand_over()
        writer, self._writer = self._writer, None
        if writer is not None:
            writer.close(raise_errors=raise_errors)

    def abandon(self) -> None:
        """Drop what is not committed (an all-or-nothing import that failed half-way)."""
        self._batch, self._batch_keys = [], set()
        self._drain(raise_errors=False)
        self.session.rollback()

    def _write_batch(self, items: list[Audited]) -> None:
        try:
            with self.session.begin_nested():
                counts = self._write_set_based(items)
        except (SQLAlchemyError, repo.OwnershipError, batch.Refused) as e:
            log.info("a batch of %d is written record by record (%s)", len(items), type(e).__name__)
            self._accounts.clear()  # rows made in the savepoint are gone with it
            self.session.expire_all()  # rows the set-based writes changed are read afresh
            for item in items:
                self._record_one(item)
        else:
            self.counts.update(counts)
        self._end_batch()

    def _write_set_based(self, items: list[Audited]) -> Counter[str]:
        entries = []
        for item in items:
            if isinstance(item.subject, model.Post):
                acc = self._account_row(item.account, item.account_known)
                entries.append(batch.Entry(acc.id, item.findings, item.subject))
            else:
                entries.append(batch.Entry(self._account_row(item.subject).id, item.findings))
        self.session.flush()
        ctx = batch.Context(self.org.id, self.run.id, self.policy.fingerprint, self.grace_days)
        written = batch.write(self.session, ctx, entries)
        for item in items:  # in input order, as the per-record path leaves them
            acc = self._accounts[item.account.id if isinstance(item.subject, model.Post) else item.subject.id]
            if not isinstance(item.subject, model.Post):
                acc.audited_key = self.policy.fingerprint
            elif written.status[item.subject.id] != "same":
                acc.audited_key = None  # its account rules must see this post
        if self.data_dir is not None:
            for item in items:
                if isinstance(item.subject, model.Post) and item.subject.media:
                    link_media(self.session, written.post_ids[item.subject.id], item.subject,
                               self.media_root, self.data_dir)
        self.session.flush()
        return written.counts

    def _record_one(self, item: Audited) -> None:
        """The per-record path: one savepoint per subject."""
        if isinstance(item.subject, model.Post):
            self._record_post(item.subject, item.account, item.account_known, item.findings)
        else:
            self._record_account(item.subject, item.findings)

    def _account_row(self, account: model.Account, known: bool = True) -> db.AccountRow:
        row = self._accounts.get(account.id)
        if row is None:
            owner = self.session.get(db.Person, self.owner_id) if self.owner_id is not None else None
            row = repo.upsert_account(self.session, self.org, account, "self-audit" if owner else "bundle",
                                      known=known, owner=owner)
            if owner is not None and not self.session.scalar(select(db.Consent.id).where(
                    db.Consent.account_id == row.id, db.Consent.person_id == owner.id,
                    db.Consent.withdrawn_at.is_(None)).limit(1)):
                self.session.add(db.Consent(person_id=owner.id, account_id=row.id,
                                            scope=f"archive-import:{row.platform}",
                                            policy_version=self.policy.fingerprint, entered_by_id=owner.id))
            self._accounts[account.id] = row
        return row

    def _record_post(self, post: model.Post, account: model.Account, known: bool,
                     findings: list[model.Finding]) -> None:
        counts: Counter[str] = Counter()
        try:
            with self.session.begin_nested():
                acc = self._account_row(account, known)
                row, status = repo.upsert_post(self.session, self.org, acc, post)
                row.audited_key = f"{row.content_hash[:32]}:{self.policy.fingerprint}"
                if status != "same":
                    acc.audited_key = None  # its account rules must see this post
                counts[f"posts_{status}"] += 1
                self._record_findings(findings, acc, row, counts)
                if status != "new":
                    counts["findings_resolved"] += repo.resolve_gone_findings(
                        self.session, row, {f.fingerprint for f in findings}, "no longer found when re-audited")
                if self.data_dir is not None and post.media:
                    link_post_media(self.session, row, post, self.media_root, self.data_dir)
        except (SQLAlchemyError, repo.OwnershipError) as e:
            self._refused("post", post.id, account.id, e)
            return
        self.counts.update(counts)

    def _record_account(self, account: model.Account, findings: list[model.Finding]) -> None:
        counts: Counter[str] = Counter()
        try:
            with self.session.begin_nested():
                acc = self._account_row(account)
                self._record_findings(findings, acc, None, counts)
                acc.audited_key = self.policy.fingerprint
        except (SQLAlchemyError, repo.OwnershipError) as e:
            self._refused("account", account.id, account.id, e)
            return
        self.counts.update(counts)

    def _refused(self, kind: str, subject_id: str, account_id: str, e: Exception) -> None:
        self._accounts.pop(account_id, None)  # its row may have been rolled back with the savepoint
        reason = str(e) if isinstance(e, repo.OwnershipError) else f"the database refused it ({type(e).__name__})"
        log.warning("%s %s not stored: %s", kind, subject_id[:80], reason)
        self.refused.append(AuditError("store", None, f"{kind} {subject_id[:80]} not stored: {reason}"))

    def _record_findings(self, findings, acc: db.AccountRow, post: db.PostRow | None, counts: Counter) -> None:
        for f in findings:
            _, status = repo.upsert_finding(self.session, self.org, f, acc, post, self.run, self.grace_days)
            counts[f"findings_{status}"] += 1

    def _commit(self) -> None:
        if self.dry_run:
            self.session.flush()
        else:
            self.session.commit()

    def _end_batch(self) -> None:
        if not self.atomic:
            if self.own_run:
                self.run.heartbeat_at = repo.now()
            self._commit()

    def finish(self, summary: AuditSummary) -> None:
        """Close the run with the audit's counts; what the store refused joins the summary's errors."""
        self._drain()
        for e in self.refused:
            summary.add_error(e)
        self.refused = []
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
        self._drain(raise_errors=False)
        if exc_type is not None:
            self.session.rollback()
            self.run.status = "failed"
            self.run.finished_at = repo.now()
            self.run.errors = [{"file": None, "line": None, "reason": f"run aborted: {exc_type.__name__}"}]
            self.session.commit()
        self.session.close()
        return None
