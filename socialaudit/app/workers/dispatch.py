"""`socialaudit run --dispatch`: one run per organisation, one crawl task per due account.

The run's crawl rows are committed before anything is published, so a dispatcher killed
half-way leaves a run whose rows say what is left; the next `--dispatch` finds that run
still in progress and publishes its unfinished work again instead of starting another.
Accounts not due for a crawl but due for an audit (a changed policy) get a crawl row that
only plans their audit.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from auditors.registry import load_policy
from socialaudit.app.workers.context import Publish
from socialaudit.storage import accounts, chunkaudit, organisations, workqueue
from socialaudit.storage import schema as db
from socialaudit.storage.db import Store
from socialaudit.storage.locks import new_holder


@dataclass
class Planned:
    """What `dispatch` would publish for one organisation (a dry run publishes nothing)."""
    organisation: str
    resumed_run: int | None  # a run in progress: its unfinished work would be published again
    due: list[str]  # the accounts due for a crawl task (external ids)
    audit_only: int  # accounts not due but with posts to audit again (a changed policy)
    unfinished: int  # the resumed run's work not yet done


def plan(store: Store, slugs: list[str] | None = None, *, crawl_all: bool = False,
         now: datetime | None = None) -> list[Planned]:
    """`run --dispatch --dry-run`: per organisation, what a dispatch now would publish; nothing
    is written (no run row, no work rows) and nothing is published."""
    now = now or datetime.now(timezone.utc)
    out: list[Planned] = []
    s = store.sessions()
    try:
        for org in organisations.all_organisations(s):
            if slugs and org.slug not in slugs:
                continue
            run = workqueue.active_run(s, org.id)
            if run is not None:
                left = workqueue.pending(store, run.id, ("crawl", "audit", "photos", "account", "mail"))
                out.append(Planned(org.slug, run.id, [], 0, len(left)))
                continue
            due = accounts.due_accounts(s, org, now, crawl_all)
            fingerprint = load_policy(org.policy_ref).fingerprint
            due_ids = {a.id for a in due}
            stale = [a for a in chunkaudit.accounts_to_audit(s, org.id, fingerprint) if a not in due_ids]
            out.append(Planned(org.slug, None, [a.external_id for a in due], len(stale), 0))
    finally:
        s.rollback()
        s.close()
    return out


@dataclass
class Dispatched:
    organisation: str
    run_id: int
    resumed: bool
    crawls: int
    published: int


def dispatch(store: Store, publish: Publish, slugs: list[str] | None = None, *, crawl_all: bool = False,
             now: datetime | None = None) -> list[Dispatched]:
    now = now or datetime.now(timezone.utc)
    with store.session() as s:
        orgs = [o.id for o in organisations.all_organisations(s) if not slugs or o.slug in slugs]
    return [_dispatch_org(store, publish, org_id, crawl_all, now) for org_id in orgs]


def _dispatch_org(store: Store, publish: Publish, org_id: int, crawl_all: bool, now: datetime) -> Dispatched:
    with store.session() as s:
        org = s.get(db.Organisation, org_id)
        assert org is not None
        run = workqueue.active_run(s, org_id)
        resumed = run is not None
        crawls = 0
        if run is None:
            policy = load_policy(org.policy_ref)
            org.policy_fingerprint = policy.fingerprint
            run = workqueue.start_run(s, org, f"dispatch:{new_holder()}")
            due = [a.id for a in accounts.due_accounts(s, org, now, crawl_all)]
            stale = [a for a in chunkaudit.accounts_to_audit(s, org_id, policy.fingerprint) if a not in due]
            workqueue.add(s, run.id, org_id, [("crawl", str(a), a, {"crawl": True}) for a in due]
                          + [("crawl", str(a), a, {"crawl": False}) for a in stale])
            crawls = len(due)
        run_id, name = run.id, org.slug
    work = workqueue.pending(store, run_id, ("crawl", "audit", "photos", "account", "mail") if resumed else ("crawl",))
    for kind, key in work:
        publish(kind, run_id, key)
    if not work:
        key = workqueue.mail_due(store, run_id, org_id)
        if key is not None:
            publish("mail", run_id, key)
    return Dispatched(name, run_id, resumed, crawls, len(work) + (0 if work else 1))
