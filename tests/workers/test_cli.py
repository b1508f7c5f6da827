"""`socialaudit worker --depths`: the work left per task type of runs in progress."""
from __future__ import annotations

from collections import deque

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from auditors.registry import load_policy
from socialaudit.app.cli import main
from socialaudit.app.workers.context import WorkerContext
from socialaudit.app.workers.dispatch import dispatch
from socialaudit.core.settings import load_settings
from socialaudit.storage import repo, workqueue
from socialaudit.storage import schema as db
from tests.workers.conftest import seed
from tests.workers.fakeplatform import FakeMastodon

pytestmark = pytest.mark.workers


def test_depths_count_the_work_a_dispatched_run_has_left(pg_url, pg_store, monkeypatch):
    monkeypatch.setenv("SOCIALAUDIT_DATABASE_URL", pg_url)
    monkeypatch.setenv("SOCIALAUDIT_BROKER_URL", "amqp://guest:guest@127.0.0.1:1//")  # no broker: said so
    with FakeMastodon(accounts=4, posts=2) as fake:
        seed(pg_store, fake, 4)
        queue: deque = deque()
        dispatch(pg_store, WorkerContext(load_settings(), pg_store, lambda *task: queue.append(task)).publish)
    out = CliRunner().invoke(main, ["worker", "--depths"], catch_exceptions=False)
    assert out.exit_code == 0, out.output
    assert "work left: crawl 4" in out.output and "broker not reachable" in out.output


def test_a_dispatch_dry_run_prints_each_organisations_due_accounts_and_enqueues_nothing(pg_url, pg_store,
                                                                                         monkeypatch):
    monkeypatch.setenv("SOCIALAUDIT_DATABASE_URL", pg_url)
    monkeypatch.setenv("SOCIALAUDIT_BROKER_URL", "amqp://guest:guest@127.0.0.1:1//")  # publishing would fail
    with FakeMastodon(accounts=3, posts=2) as fake:
        seed(pg_store, fake, 3)
        with pg_store.session() as s:
            other = repo.ensure_organisation(s, load_policy("childrens-family-trust"))
            s.add(db.AccountRow(organisation_id=other.id, external_id="mastodon:@other_org", platform="mastodon",
                                handle="other_org", source="mastodon", source_config={"base_url": fake.url}))
        out = CliRunner().invoke(main, ["run", "--dispatch", "--dry-run"], catch_exceptions=False)
        only = CliRunner().invoke(main, ["run", "--dispatch", "--dry-run", "--policy", "childrens-family-trust"],
                                  catch_exceptions=False)
    assert out.exit_code == 0, out.output
    assert "nothing enqueued" in out.output
    assert "twins-trust-fcs: would dispatch 3 crawl task(s)" in out.output
    assert "childrens-family-trust: would dispatch 1 crawl task(s)" in out.output
    assert all(f"crawl mastodon:@{fake.handle(i)}" in out.output for i in range(3))
    assert "mastodon:@other_org" in only.output and "twins-trust-fcs" not in only.output
    with pg_store.session() as s:
        assert s.scalar(select(func.count()).select_from(db.Run)) == 0
        assert s.scalar(select(func.count()).select_from(db.RunWork)) == 0
    assert workqueue.queue_depths(pg_store) == {}
