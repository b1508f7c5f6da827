"""`socialaudit worker --depths`: the work left per task type of runs in progress."""
from __future__ import annotations

from collections import deque

import pytest
from click.testing import CliRunner

from socialaudit.app.cli import main
from socialaudit.app.workers.context import WorkerContext
from socialaudit.app.workers.dispatch import dispatch
from socialaudit.core.settings import load_settings
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
