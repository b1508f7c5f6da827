"""The distributed run's steps without a broker: each published task is delivered twice
(what a redelivery after a lost acknowledgement does), and the store ends as if once."""
from __future__ import annotations

from collections import Counter, deque

import pytest
from sqlalchemy import func, select

from auditors.registry import load_policy
from crawler.live.http import RetryPolicy
from socialaudit.app.workers import auditstep, crawlstep, learnstep, mailstep
from socialaudit.app.workers.context import WorkerContext
from socialaudit.app.workers.dispatch import dispatch
from socialaudit.core.settings import load_settings
from socialaudit.storage import repo
from socialaudit.storage import schema as db
from tests.factories import store_posts
from tests.workers.conftest import POLICY, seed
from tests.workers.fakeplatform import FakeMastodon

pytestmark = pytest.mark.workers

STEPS = {"crawl": crawlstep.crawl, "account": auditstep.account, "mail": mailstep.mail, "learn": learnstep.learn,
         "audit": lambda ctx, r, k: auditstep.chunk(ctx, "audit", r, k),
         "photos": lambda ctx, r, k: auditstep.chunk(ctx, "photos", r, k)}


def drain(ctx: WorkerContext, queue: deque, times: int) -> Counter:
    ran: Counter = Counter()
    while queue:
        kind, run_id, key = queue.popleft()
        for _ in range(times):
            STEPS[kind](ctx, run_id, key)
        ran[kind] += 1
    return ran


def counts(store):
    with store.session() as s:
        return {
            "posts": s.scalar(select(func.count()).select_from(db.PostRow)),
            "distinct_posts": s.scalar(select(func.count(func.distinct(db.PostRow.external_id)))),
            "findings": s.scalar(select(func.count()).select_from(db.FindingRow)),
            "unaudited": s.scalar(select(func.count()).select_from(db.PostRow).where(db.PostRow.audited_key.is_(None))),
            "outbox": s.scalar(select(func.count()).select_from(db.OutboxMessage)),
            "events": s.scalar(select(func.count()).select_from(db.ReviewEvent)),
            "run_accounts": s.scalar(select(func.count()).select_from(db.RunAccount)),
        }


def test_every_task_delivered_twice_leaves_the_store_as_once(pg_store, tmp_path):
    with FakeMastodon(accounts=6, posts=12, fail_every=3, limit_every=100) as fake:
        seed(pg_store, fake, 6)
        queue: deque = deque()
        ctx = WorkerContext(load_settings(), pg_store, lambda kind, run, key: queue.append((kind, run, key)))
        [first] = dispatch(pg_store, ctx.publish)
        ran = drain(ctx, queue, times=2)
    after = counts(pg_store)
    assert ran["crawl"] == 6 and ran["mail"] >= 1 and ran["photos"] >= 1
    assert after["posts"] == after["distinct_posts"] == 72 and after["unaudited"] == 0
    assert after["findings"] > 0 and after["outbox"] > 0 and after["run_accounts"] == 6
    with pg_store.session() as s:
        run = s.get(db.Run, first.run_id)
        assert run.status == "ok" and run.finished_at is not None
        assert s.scalar(select(func.count()).select_from(db.RunWork).where(db.RunWork.done.is_(False))) == 0
        cursors = dict(s.execute(select(db.CrawlCursor.account_id, db.CrawlCursor.cursor)).all())
        sent = s.scalar(select(func.count()).select_from(db.OutboxMessage).where(db.OutboxMessage.status == "sent"))
    assert len(cursors) == 6 and all(set(c) == {"since"} for c in cursors.values())
    assert sent == after["outbox"]


def test_a_second_dispatch_while_one_is_in_progress_publishes_its_unfinished_work(pg_store):
    with FakeMastodon(accounts=3, posts=4) as fake:
        seed(pg_store, fake, 3)
        queue: deque = deque()
        ctx = WorkerContext(load_settings(), pg_store, lambda kind, run, key: queue.append((kind, run, key)))
        [first] = dispatch(pg_store, ctx.publish)
        queue.clear()  # the broker lost every message
        [again] = dispatch(pg_store, ctx.publish)
        assert again.resumed and again.run_id == first.run_id and len(queue) == 3
        drain(ctx, queue, times=1)
    with pg_store.session() as s:
        assert s.get(db.Run, first.run_id).status == "ok"


def run_once(store) -> tuple[db.Run, Counter]:
    """Dispatch and deliver every task once; the finished run and its crawl rows' statuses."""
    queue: deque = deque()
    ctx = WorkerContext(load_settings(), store, lambda kind, run, key: queue.append((kind, run, key)))
    [dispatched] = dispatch(store, ctx.publish)
    drain(ctx, queue, times=1)
    with store.session() as s:
        run = s.get(db.Run, dispatched.run_id)
        s.expunge(run)
        crawled = Counter((r or {}).get("status") for r in s.scalars(select(db.RunWork.result).where(
            db.RunWork.run_id == dispatched.run_id, db.RunWork.kind == "crawl")))
    return run, crawled


def test_a_run_with_an_account_only_audited_again_ends_ok(pg_store):
    with FakeMastodon(accounts=2, posts=4) as fake:
        seed(pg_store, fake, 2)
        store_posts(pg_store, POLICY, "x:@imported", ["Lovely to see so many families at the picnic today."])
        run, crawled = run_once(pg_store)
    assert crawled == {"ok": 2, "skipped": 1}  # the imported account is never crawled, only audited
    assert (run.status, run.errors) == ("ok", []) and run.finished_at is not None
    with pg_store.session() as s:
        assert s.scalars(select(db.PostRow.id).where(db.PostRow.audited_key.is_(None))).all() == []


def test_a_run_after_a_policy_change_with_no_account_due_a_crawl_ends_ok(pg_store, tmp_path):
    changed = tmp_path / "p.toml"
    changed.write_text('extends = "twins-trust-fcs"\n[rules.geotag]\nseverity = "medium"\n')
    policy = load_policy(str(changed))
    with FakeMastodon(accounts=2, posts=4) as fake:
        seed(pg_store, fake, 2)
        first, _ = run_once(pg_store)
        with pg_store.session() as s:
            repo.ensure_organisation(s, policy)
        second, crawled = run_once(pg_store)
    assert first.status == "ok"
    assert crawled == {"skipped": 2}  # crawled an instant ago: not due, only audited again
    assert (second.status, second.errors) == ("ok", [])
    with pg_store.session() as s:
        keys = s.scalars(select(db.PostRow.audited_key)).all()
    assert len(keys) == 8 and all(k.endswith(policy.fingerprint) for k in keys)


@pytest.mark.parametrize("answer, status", [(401, "needs_reauth"), (503, "failed")])
def test_a_run_with_a_crawl_that_fails_ends_partial_naming_the_account(pg_store, monkeypatch, answer, status):
    monkeypatch.setattr(RetryPolicy, "backoff", lambda self, retry: 0.01)  # the 503 retries, without the waits
    with FakeMastodon(accounts=2, posts=4, down={1: answer}) as fake:
        seed(pg_store, fake, 2)
        store_posts(pg_store, POLICY, "x:@imported", ["Lovely to see so many families at the picnic today."])
        run, crawled = run_once(pg_store)
    assert crawled == {"ok": 1, status: 1, "skipped": 1}
    assert run.status == "partial" and run.finished_at is not None
    assert [e["reason"] for e in run.errors] == [f"account mastodon:@{fake.handle(1)}: {status}"]
    with pg_store.session() as s:
        recorded = dict(s.execute(select(db.AccountRow.handle, db.RunAccount.status)
                                  .join(db.RunAccount, db.RunAccount.account_id == db.AccountRow.id)).all())
    assert recorded == {fake.handle(0): "ok", fake.handle(1): status}
