"""The distributed run's steps without a broker: each published task is delivered twice
(what a redelivery after a lost acknowledgement does), and the store ends as if once."""
from __future__ import annotations

from collections import Counter, deque

import pytest
from sqlalchemy import func, select

from socialaudit.app.workers import auditstep, crawlstep, learnstep, mailstep
from socialaudit.app.workers.context import WorkerContext
from socialaudit.app.workers.dispatch import dispatch
from socialaudit.core.settings import load_settings
from socialaudit.storage import schema as db
from tests.workers.conftest import seed
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
