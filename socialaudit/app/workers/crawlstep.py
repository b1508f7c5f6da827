"""The crawl task: read one account, store each batch with its cursor, plan its audit.

Batches are committed one by one with the cursor that covers them (as in the in-process
run), so a worker killed mid-crawl loses nothing: the redelivered task resumes from the
last committed cursor, and the posts already stored are found by identity, never doubled.
The account's outcome, its audit chunks and the task's `done` commit together; chunks
cover every live post of an account with anything new, because the account rules need
all of them (the same rule as `socialaudit run`).
"""
from __future__ import annotations

import logging
from datetime import datetime, timezone
from typing import Any

from crawler.credentials import CredentialCipher
from crawler.live.downloads import MediaStore
from socialaudit.app.connectors import ConfigurationError, build_connector
from socialaudit.app.workers.context import CHUNK, OrgPolicy, WorkerContext
from socialaudit.app.workers.handoff import pass_on
from socialaudit.app.workers.throttle import throttle
from socialaudit.storage import accounts, chunkaudit, crawls, workqueue
from socialaudit.storage import schema as db

log = logging.getLogger("socialaudit.workers")


def crawl(ctx: WorkerContext, run_id: int, key: str) -> None:
    row = workqueue.begin(ctx.store, run_id, "crawl", key)
    if row is None:
        return
    if not row.done:
        op = ctx.org(row.organisation_id)
        due = row.payload.get("crawl", True)  # False: not due a crawl, the account is only audited again
        result = _crawl(ctx, row.organisation_id, int(key)) if due else {"status": db.CRAWL_SKIPPED}
        _plan(ctx, op, row.id, run_id, int(key), result)
    pass_on(ctx, run_id, row.organisation_id, int(key), chunks=True)


def _crawl(ctx: WorkerContext, org_id: int, account_id: int) -> dict[str, Any]:
    out: dict[str, Any] = {"status": db.CRAWLED, "batches": 0, "posts_new": 0, "posts_changed": 0}
    with ctx.store.session() as s:
        acc = s.get(db.AccountRow, account_id)
        blob = accounts.credential_ciphertext(s, account_id)
    if acc is None:
        return {"status": db.CRAWL_GONE}
    out["account"] = acc.external_id
    try:
        creds = CredentialCipher.from_environment().decrypt_credentials(blob) if blob else None
        connector = build_connector(acc, creds, MediaStore(ctx.settings.data_dir))
        throttle(connector, ctx.store, acc, creds)
        for batch in connector.fetch(crawls.cursor(ctx.store, account_id)):
            done = crawls.store_batch(ctx.store, org_id, account_id, batch.records,
                                      list(getattr(batch, "deleted", []) or []), batch.cursor)
            out["batches"] += 1
            out["posts_new"] += done.new
            out["posts_changed"] += done.changed
    except ConfigurationError as e:
        out.update(status="failed", error=str(e))
    except Exception as e:  # one account's failure never stops the others
        status = "needs_reauth" if type(e).__name__ == "NeedsReauthorisation" else "failed"
        out.update(status=status, error=f"{type(e).__name__}: {e}"[:500])
        log.warning("account %s: %s", acc.external_id, out["error"])
    return out


def _plan(ctx: WorkerContext, op: OrgPolicy, row_id: int, run_id: int, account_id: int, result: dict) -> None:
    """The account's outcome, its audit chunks and this task's `done`, in one transaction."""
    fp = op.policy.fingerprint
    with ctx.store.session() as s:
        mine = workqueue.get_by_id(s, row_id, lock=True)
        if mine is None or mine.done:  # another delivery finished it while this one crawled
            return
        plan = chunkaudit.plan_account(s, account_id, fp)
        items: list[tuple[str, str, int | None, dict]] = []
        if plan.due:
            items += _chunks("audit", account_id, plan.posts, fp, op.model_version)
            items += _chunks("photos", account_id, plan.with_media, fp, op.model_version)
            items.append(("account", str(account_id), account_id, {}))
        workqueue.add(s, run_id, op.org_id, items)
        if result.get("status") != db.CRAWL_SKIPPED:
            _record_crawl(s, run_id, account_id, result)
        if not workqueue.complete(s, row_id, result):
            s.rollback()


def _chunks(kind: str, account_id: int, post_ids: list[int], fp: str, model: str) -> list:
    """Chunks keyed by (account, first post, policy version, model version)."""
    return [(kind, f"{account_id}:{post_ids[i]}:{fp[:12]}:{model}", account_id, {"posts": post_ids[i:i + CHUNK]})
            for i in range(0, len(post_ids), CHUNK)]


def _record_crawl(s, run_id: int, account_id: int, result: dict) -> None:
    acc = s.get(db.AccountRow, account_id)
    if acc is None:
        return
    status, error = result.get("status", db.CRAWLED), result.get("error")
    acc.last_error = error
    if status == db.CRAWLED:
        acc.last_crawled_at = datetime.now(timezone.utc)
    elif status == "needs_reauth":
        acc.status = "needs_reauth"
    s.add(db.RunAccount(run_id=run_id, account_id=account_id, status=status, error=error,
                        posts_new=result.get("posts_new", 0), posts_changed=result.get("posts_changed", 0)))
