"""The scheduled run's side of the store: runs, crawl cursors, batches of crawled records,
what each account's crawl did, which accounts are due an audit, and the store itself as a
record source for that audit.

A batch of crawled records is stored together with the cursor that covers it, in one
transaction, so a run killed at any point resumes without losing or duplicating a post.
Its posts are written set-based (socialaudit.storage.batch: a few statements per batch),
falling back to the per-record path only for a batch that path refuses (a post twice in
it, or one stored under another account).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

from sqlalchemy import func, select

from socialaudit.core import model
from socialaudit.core.policy import Policy
from socialaudit.storage import batch, repo
from socialaudit.storage import schema as db
from socialaudit.storage.db import Store
from socialaudit.storage.db import row as must

log = logging.getLogger("socialaudit.run")
STREAM = "posts"


def start_run(store: Store, policy: Policy, holder: str) -> int:
    with store.session() as s:
        org = repo.ensure_organisation(s, policy)
        run = db.Run(organisation_id=org.id, kind="run", source="scheduled", holder=holder,
                     heartbeat_at=datetime.now(timezone.utc), policy_fingerprint=policy.fingerprint,
                     counts={}, errors=[])
        s.add(run)
        s.flush()
        return run.id


def finish_run(store: Store, run_id: int, status: str, counts: dict, errors: list) -> None:
    with store.session() as s:
        run = must(s, db.Run, run_id)
        run.status, run.counts, run.errors = status, counts, errors
        run.finished_at = datetime.now(timezone.utc)


def cursor(store: Store, account_id: int) -> dict | None:
    with store.session() as s:
        row = s.get(db.CrawlCursor, (account_id, STREAM))
        return dict(row.cursor) if row else None


@dataclass
class BatchResult:
    """What storing one batch changed."""
    new: int = 0
    changed: int = 0
    resolved: int = 0
    account_changed: bool = False
    skipped: list[str] = field(default_factory=list)


def store_batch(store: Store, org_id: int, account_id: int, records: list[dict], deleted: list[str],
                new_cursor: dict[str, Any], *, dry_run: bool = False) -> BatchResult:
    """One transaction: the batch's records, its deletions and the cursor that covers them."""
    out = BatchResult()
    with store.session() as s:
        org, acc = must(s, db.Organisation, org_id), must(s, db.AccountRow, account_id)
        posts = [p for p in (_parse(acc, rec, out) for rec in records) if p is not None]
        if posts:
            _store_posts(s, org, acc, posts, out)
        for ext_id in deleted:
            _mark_deleted(s, org, ext_id, out)
        row = s.get(db.CrawlCursor, (account_id, STREAM))
        if row is None:
            s.add(db.CrawlCursor(account_id=account_id, stream=STREAM, cursor=new_cursor))
        else:
            row.cursor = new_cursor
        if dry_run:
            s.rollback()
    return out


def _parse(acc: db.AccountRow, rec: dict, out: BatchResult) -> model.Post | None:
    """A crawled record: a post (returned), or the account's own record (applied to its row)."""
    try:
        obj = model.parse_record(rec)
    except model.RecordError as e:
        log.warning("account %s: skipped a record (%s)", acc.external_id, e)
        out.skipped.append(str(e))
        return None
    if isinstance(obj, model.Account):
        for f in repo.ACCOUNT_FIELDS:
            if f != "role" and getattr(obj, f) is not None and getattr(acc, f) != getattr(obj, f):
                setattr(acc, f, getattr(obj, f))
                out.account_changed = True
        return None
    obj.account_id = acc.external_id
    return obj


def _store_posts(s, org: db.Organisation, acc: db.AccountRow, posts: list[model.Post], out: BatchResult) -> None:
    s.flush()
    try:
        with s.begin_nested():
            written = batch.write_crawled(s, batch.Context(org.id, None, ""), acc.id, posts)
        statuses = list(written.status.values())
    except batch.Refused as e:
        log.info("account %s: a batch stored record by record (%s)", acc.external_id, e)
        statuses = [repo.upsert_post(s, org, acc, p)[1] for p in posts]
    new, changed = statuses.count("new"), statuses.count("changed")
    if new or changed:
        acc.audited_key = None  # committed with the batch: the account rules are due again
        out.account_changed = True
        out.new += new
        out.changed += changed


def _mark_deleted(s, org: db.Organisation, ext_id: str, out: BatchResult) -> None:
    post = s.scalar(select(db.PostRow).where(db.PostRow.organisation_id == org.id, db.PostRow.external_id == ext_id))
    if post is not None and post.deleted_at is None:
        post.deleted_at = datetime.now(timezone.utc)
        out.resolved += repo.resolve_gone_findings(s, post, set(), "post deleted on the platform")


def record_crawl(store: Store, run_id: int, account_id: int, status: str, error: str | None) -> str:
    """What one account's crawl did, kept on the account and in the run; returns its external id."""
    with store.session() as s:
        row = must(s, db.AccountRow, account_id)
        row.last_error = error
        if status == "ok":
            row.last_crawled_at = datetime.now(timezone.utc)
        elif status == "needs_reauth":
            row.status = "needs_reauth"
        s.add(db.RunAccount(run_id=run_id, account_id=account_id, status=status, error=error))
        return row.external_id


@dataclass
class AuditDue:
    accounts: list[str]        # external ids, in the store's order
    policy_changed: bool


def accounts_to_audit(store: Store, policy: Policy, changed: set[str]) -> AuditDue:
    """Accounts with a post not audited under this policy, account rules not recorded since
    their last new post (a run killed in the audit phase), or changed in this run's crawl."""
    not_current = (db.PostRow.audited_key.is_(None)) | (~db.PostRow.audited_key.endswith(policy.fingerprint))
    with store.session() as s:
        org = repo.ensure_organisation(s, policy)
        live = (db.AccountRow.organisation_id == org.id) & (db.AccountRow.status != "withdrawn")
        accounts = s.scalars(select(db.AccountRow.external_id).where(live).order_by(db.AccountRow.id)).all()
        unaudited = set(s.scalars(select(db.AccountRow.external_id).where(
            live, db.AccountRow.audited_key.is_distinct_from(policy.fingerprint))))
        joined = select(db.AccountRow.external_id).join(db.PostRow, db.PostRow.account_id == db.AccountRow.id)
        stale = set(s.scalars(joined.where(db.PostRow.organisation_id == org.id, db.PostRow.deleted_at.is_(None),
                                           not_current)))
    todo = [a for a in accounts if a in stale or a in unaudited or a in changed]
    return AuditDue(todo, bool(stale))


class StoredSource:
    """A record source over the store: the given accounts and all their live posts, read in
    id-ordered chunks so memory stays flat. Stored media live in the content-addressed store
    under the data folder, which is their `media_root`."""

    CHUNK = 500

    def __init__(self, store: Store, policy: Policy, account_ids: list[str], media_root: Path | None = None):
        self.store, self.policy, self.account_ids = store, policy, account_ids
        self.name = "store"
        self.media_root = media_root
        with store.session() as s:
            self.total = s.scalar(select(func.count()).select_from(db.PostRow).join(db.AccountRow)
                                  .where(db.AccountRow.external_id.in_(account_ids), db.PostRow.deleted_at.is_(None)))

    def records(self, accounts_only: bool = False) -> Iterator[tuple[int | None, dict]]:
        with self.store.session() as s:
            org = repo.ensure_organisation(s, self.policy)
            accs = s.scalars(select(db.AccountRow).where(db.AccountRow.organisation_id == org.id,
                                                      db.AccountRow.external_id.in_(self.account_ids))).all()
            ids = {a.id: a.external_id for a in accs}
            for a in accs:
                yield None, {"kind": "account", "id": a.external_id,
                             **{f: getattr(a, f) for f in repo.ACCOUNT_FIELDS}}
        if accounts_only:
            return
        last = 0
        while True:
            with self.store.session() as s:
                rows = s.execute(select(db.PostRow.id, db.PostRow.record).where(
                    db.PostRow.account_id.in_(list(ids)), db.PostRow.deleted_at.is_(None),
                    db.PostRow.purged_at.is_(None), db.PostRow.id > last
                ).order_by(db.PostRow.id).limit(self.CHUNK)).all()
            if not rows:
                return
            for _pid, record in rows:
                yield None, record
            last = rows[-1][0]
