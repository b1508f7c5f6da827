"""On Redis, a task whose worker was SIGKILLed mid-task comes back within the visibility
timeout the product sets (Kombu's defaults would hold it for an hour and scan every 100 s)."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest

pytestmark = pytest.mark.workers
REDIS = os.environ.get("SOCIALAUDIT_TEST_REDIS_URL", "redis://127.0.0.1:6379/14")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def redis_queue(monkeypatch):
    pytest.importorskip("celery", reason="needs the 'workers' extra (pip install 'celery[redis]')")
    pytest.importorskip("redis", reason="needs the 'workers' extra (pip install 'celery[redis]')")
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
    except OSError:
        pytest.skip("needs Redis at 127.0.0.1:6379 (or set SOCIALAUDIT_TEST_REDIS_URL)")
    queue = f"sa-redelivery-{uuid.uuid4().hex[:8]}"
    monkeypatch.setenv("SLOWAPP_BROKER", REDIS)
    monkeypatch.setenv("SLOWAPP_QUEUE", queue)
    monkeypatch.setenv("SOCIALAUDIT_REDIS_VISIBILITY_TIMEOUT", "2")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    return queue


@contextmanager
def _worker(queue: str, seconds: float, log: Path):
    """A Celery worker process whose task takes `seconds`; SIGKILLed on leaving the block."""
    env = dict(os.environ, SLOW_SECONDS=str(seconds))
    proc = subprocess.Popen([sys.executable, "-m", "celery", "-A", "tests.workers.redisapp.slowapp", "worker",
                             "-P", "solo", "-Q", queue, "--without-heartbeat", "--without-gossip",
                             "--without-mingle", "-l", "warning"],
                            env=env, cwd=ROOT, stdout=log.open("w"), stderr=subprocess.STDOUT)
    try:
        yield proc
    finally:
        proc.kill()
        proc.wait()


def _wait_for(marker: Path, word: str, count: int, limit: float) -> bool:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if marker.exists() and marker.read_text().count(word) >= count:
            return True
        time.sleep(0.2)
    return False


def test_a_task_killed_mid_run_on_redis_runs_again_within_the_visibility_timeout(redis_queue, tmp_path):
    from tests.workers.redisapp import slowapp

    marker = tmp_path / "task.log"
    slowapp.slow.delay(str(marker))
    with _worker(redis_queue, 60, tmp_path / "first.log"):
        assert _wait_for(marker, "start", 1, 60), (tmp_path / "first.log").read_text()
    killed_at = time.monotonic()
    with _worker(redis_queue, 0.1, tmp_path / "second.log"):
        assert _wait_for(marker, "done", 1, 45), (tmp_path / "second.log").read_text()
    lines = marker.read_text().split()
    assert lines.count("start") == 2 and lines.count("done") == 1
    assert time.monotonic() - killed_at < 45
