"""The dispatched run refits the organisation's learned heads after its mail, as the
in-process run does: at most monthly, only with enough decisions, a refit that lowers the
gate's scores kept inactive, and exactly once however often the broker delivers the tasks
(every task here is delivered twice). On the real PostgreSQL store."""
from __future__ import annotations

from collections import deque
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from socialaudit.app.learning import refit_organisation
from socialaudit.app.workers import learnstep
from socialaudit.app.workers.context import Learning, WorkerContext
from socialaudit.app.workers.dispatch import dispatch
from socialaudit.core.settings import load_settings
from socialaudit.storage import learning as storage_learning
from socialaudit.storage import repo
from socialaudit.storage import schema as db
from tests.auditors.learned.conftest import CRITICAL, NEUTRAL, encoder, fitted  # noqa: F401 (fixtures)
from tests.auditors.learned.test_learn import POLICY, decide, gate, install_base  # noqa: F401 (a fixture)
from tests.workers.conftest import seed
from tests.workers.fakeplatform import FakeMastodon
from tests.workers.test_pipeline_inline import drain

pytestmark = pytest.mark.workers
pytest.importorskip("scipy", reason="refitting needs the 'learn' extra")


def install_old_base(store, heads) -> None:
    """The toy heads as the organisation's active version, installed 40 days ago (a refit is due)."""
    install_base(store, heads)
    with store.session() as s:
        for row in s.scalars(select(db.ModelHeads)):
            row.created_at = datetime.now(timezone.utc) - timedelta(days=40)


def decided(store, texts_and_states) -> None:
    """Reviewers' decisions on posts already audited under the pack (the run leaves them be)."""
    decide(store, texts_and_states)
    with store.session() as s:
        for acc in s.scalars(select(db.AccountRow).where(db.AccountRow.external_id == "x:@ann")):
            acc.audited_key = POLICY.fingerprint
        for post in s.scalars(select(db.PostRow)):
            post.audited_key = f"{post.content_hash[:32]}:{POLICY.fingerprint}"


def _versions(store) -> list[tuple[str, bool]]:
    with store.session() as s:
        return [(r.version, r.active) for r in storage_learning.versions(s, repo.ensure_organisation(s, POLICY))]


def _learn_rows(store) -> list[db.RunWork]:
    with store.session() as s:
        rows = list(s.scalars(select(db.RunWork).where(db.RunWork.kind == "learn").order_by(db.RunWork.id)))
        s.expunge_all()
    return rows


def _run(store, gate_sets, strength: float) -> WorkerContext:
    queue: deque = deque()
    ctx = WorkerContext(load_settings(), store, lambda kind, run, key: queue.append((kind, run, key)),
                        learning=Learning(gate=[g.bundle.parent for g in gate_sets], min_decisions=10,
                                          strength=strength))
    dispatch(store, ctx.publish)
    ran = drain(ctx, queue, times=2)
    assert ran["mail"] >= 1 and ran["learn"] >= 1  # published again by redeliveries: harmless
    return ctx


def test_the_dispatched_run_refits_the_heads_after_the_mail_once_a_month(pg_store, fitted, gate):  # noqa: F811
    install_old_base(pg_store, fitted[0])
    decided(pg_store, [(t, "confirmed") for t in CRITICAL] + [(t, "dismissed") for t in NEUTRAL])
    with FakeMastodon(accounts=2, posts=3) as fake:
        seed(pg_store, fake, 2)
        _run(pg_store, gate, strength=1e4)
        assert _versions(pg_store) == [("test-1", False), ("twins-trust-fcs-2", True)]
        _run(pg_store, gate, strength=1e4)  # the next run this month: nothing to refit
    assert _versions(pg_store) == [("test-1", False), ("twins-trust-fcs-2", True)]
    first, second = _learn_rows(pg_store)
    assert first.done and first.result["accepted"] == 1 and first.result["decisions"] == 16
    assert second.done and second.result["refitted"] == 0 and "not due" in second.result["model"]


def test_a_dispatched_refit_that_lowers_the_gate_scores_is_kept_inactive(pg_store, fitted, gate):  # noqa: F811
    install_old_base(pg_store, fitted[0])
    decided(pg_store, [(t, "dismissed") for t in CRITICAL] + [(t, "confirmed") for t in NEUTRAL])
    with FakeMastodon(accounts=1, posts=2) as fake:
        seed(pg_store, fake, 1)
        _run(pg_store, gate, strength=0.01)
    assert _versions(pg_store) == [("test-1", True), ("twins-trust-fcs-2", False)]
    [row] = _learn_rows(pg_store)
    assert row.result["refitted"] == 1 and row.result["accepted"] == 0 and "refused" in row.result["model"]


def test_too_few_decisions_refit_nothing_in_the_dispatched_run(pg_store, fitted, gate):  # noqa: F811
    install_old_base(pg_store, fitted[0])
    decided(pg_store, [(CRITICAL[0], "confirmed")])
    with FakeMastodon(accounts=1, posts=2) as fake:
        seed(pg_store, fake, 1)
        _run(pg_store, gate, strength=1e4)
    assert _versions(pg_store) == [("test-1", True)]
    [row] = _learn_rows(pg_store)
    assert row.done and "1 reviewer decisions; 10 are needed" in row.result["model"]


def test_a_learn_task_redelivered_after_its_refit_was_saved_does_not_refit_again(pg_store, fitted, gate):  # noqa: F811
    install_old_base(pg_store, fitted[0])
    decided(pg_store, [(t, "confirmed") for t in CRITICAL] + [(t, "dismissed") for t in NEUTRAL])
    with FakeMastodon(accounts=1, posts=2) as fake:
        seed(pg_store, fake, 1)
        queue: deque = deque()
        ctx = WorkerContext(load_settings(), pg_store, lambda kind, run, key: queue.append((kind, run, key)),
                            learning=Learning(gate=[g.bundle.parent for g in gate], min_decisions=10, strength=1e4))
        dispatch(pg_store, ctx.publish)
        while queue and queue[0][0] != "learn":
            drain(ctx, deque([queue.popleft()]), times=1)
        [(kind, run_id, key)] = queue
        # the first delivery saved its refit and was killed before marking its row done
        refit_organisation(pg_store, POLICY, gate, min_decisions=10, strength=1e4)
        learnstep.learn(ctx, run_id, key)
    assert _versions(pg_store) == [("test-1", False), ("twins-trust-fcs-2", True)]
    [row] = _learn_rows(pg_store)
    assert row.done and "not due" in row.result["model"]


def test_a_month_later_the_dispatched_run_refits_again(pg_store, fitted, gate):  # noqa: F811
    install_old_base(pg_store, fitted[0])
    decided(pg_store, [(t, "confirmed") for t in CRITICAL] + [(t, "dismissed") for t in NEUTRAL])
    with FakeMastodon(accounts=1, posts=2) as fake:
        seed(pg_store, fake, 1)
        ctx = _run(pg_store, gate, strength=1e4)
        [row] = _learn_rows(pg_store)
        later = datetime.now(timezone.utc) + timedelta(days=31)
        queue: deque = deque()
        ctx.publish = lambda kind, run, key: queue.append((kind, run, key))
        learnstep.after_mail(ctx, row.run_id, row.organisation_id, now=later)
        [(_, run_id, key)] = queue
        learnstep.learn(ctx, run_id, key, now=later)
    assert [v for v, _ in _versions(pg_store)] == ["test-1", "twins-trust-fcs-2", "twins-trust-fcs-3"]
