"""Three real Celery workers and a dispatcher crawl 200 volunteers' Mastodon accounts on a
loopback server that answers some requests with 429 and 503, while a random worker is
killed with SIGKILL ten times and restarted. At the end: every post stored once, the
findings exactly those an in-process audit of the same posts gives, every email once,
every cursor at the newest status, and the shared rate limit never exceeded."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from auditors.engine import audit
from auditors.prepared import Prepared
from socialaudit.app.learning import org_layer
from socialaudit.storage import schema as db
from socialaudit.storage.crawls import StoredSource
from socialaudit.storage.db import open_store
from tests.reports.conftest import Controller, Inbox, free_port
from tests.workers.conftest import POLICY, seed
from tests.workers.fakeplatform import FakeMastodon

# about two minutes on an idle two-core machine; the bounds leave room for a loaded one
pytestmark = [pytest.mark.workers, pytest.mark.slow, pytest.mark.timeout(1000)]

REPO = Path(__file__).resolve().parents[2]
ACCOUNTS, POSTS, PAGE, WORKERS, KILLS = 200, 4, 3, 3, 10  # two pages: two batches and cursors per account
RATE, BURST = 30.0, 10.0  # one shared bucket: every account is read without a token from one host


class Workers:
    """`socialaudit worker` processes, each logging to its own file."""

    def __init__(self, env: dict, logs: Path) -> None:
        self.env, self.logs, self.started = env, logs, 0
        self.procs: list[tuple[subprocess.Popen, Path]] = []

    def start(self) -> tuple[subprocess.Popen, Path]:
        self.started += 1
        path = self.logs / f"worker{self.started}.log"
        with open(path, "wb") as log:
            return subprocess.Popen([sys.executable, "-m", "socialaudit", "worker"], cwd=REPO, env=self.env,
                                    stdout=log, stderr=subprocess.STDOUT), path

    def busy(self) -> list[int]:
        """Workers that have finished a task and taken another since they started: warmed up and
        mid-task (killing one still starting tests little and only slows the run)."""
        return [i for i, (_, log) in enumerate(self.procs)
                if (text := log.read_bytes()).rfind(b"received") > text.rfind(b"succeeded") > 0]

    def kill_one(self, rng: random.Random) -> bool:
        busy = self.busy()
        if not busy:
            return False
        i = rng.choice(busy)
        self.procs[i][0].send_signal(signal.SIGKILL)
        self.procs[i][0].wait()
        self.procs[i] = self.start()
        return True

    def stop(self) -> None:
        for p, _ in self.procs:
            p.send_signal(signal.SIGKILL)
            p.wait()


def delete_queues(broker: str, prefix: str) -> None:
    from kombu import Connection
    with Connection(broker) as conn:
        for q in ("crawl", "audit", "photos", "mail"):
            conn.default_channel.queue_delete(prefix + q)
            conn.default_channel.exchange_delete(prefix + q)


def run_state(store) -> tuple[str | None, int]:
    with store.session() as s:
        run = s.scalar(select(db.Run).where(db.Run.kind == "dispatch"))
        left = s.scalar(select(func.count()).select_from(db.RunWork).where(db.RunWork.done.is_(False)))
        return (run.status if run else None), left


@pytest.fixture
def inbox():
    box, port = Inbox(), free_port()
    controller = Controller(box, hostname="127.0.0.1", port=port)
    controller.start()
    box.port = port
    yield box
    controller.stop()


def test_workers_killed_ten_times_store_every_post_finding_and_email_once(pg_url, broker_url, inbox, tmp_path,
                                                                         isolated_data_dir):
    prefix = f"test-{uuid.uuid4().hex[:8]}-"
    env = {**os.environ, "SOCIALAUDIT_DATABASE_URL": pg_url, "SOCIALAUDIT_BROKER_URL": broker_url,
           "SOCIALAUDIT_QUEUE_PREFIX": prefix, "SOCIALAUDIT_SMTP_HOST": "127.0.0.1",
           "SOCIALAUDIT_SMTP_PORT": str(inbox.port), "SOCIALAUDIT_SMTP_SECURITY": "none"}
    store = open_store(url=pg_url)
    workers = Workers(env, tmp_path)
    rng = random.Random(20261207)
    try:
        with FakeMastodon(accounts=ACCOUNTS, posts=POSTS, page=PAGE) as fake:
            seed(store, fake, ACCOUNTS, rate=RATE, burst=BURST)
            workers.procs = [workers.start() for _ in range(WORKERS)]
            done = subprocess.run([sys.executable, "-m", "socialaudit", "run", "--dispatch"], cwd=REPO, env=env,
                                  capture_output=True, text=True, timeout=120)
            assert done.returncode == 0, done.stderr
            kills, started = 0, time.monotonic()
            next_kill = started
            while time.monotonic() - started < 900:
                status, left = run_state(store)
                if status != "running":
                    break
                if kills < KILLS and time.monotonic() >= next_kill and workers.kill_one(rng):
                    kills += 1
                    next_kill = time.monotonic() + rng.uniform(3.0, 6.0)
                time.sleep(0.2)
            elapsed = time.monotonic() - started
            print(f"\nrun finished in {elapsed:.1f}s with {kills} kills; faults served: {fake.faults}; "
                  f"busiest second: {fake.max_in_window()} requests")
            assert status == "ok", f"run not finished after {elapsed:.0f}s ({left} work rows left)"
            assert kills == KILLS, f"the run ended after {kills} kills"
            assert fake.faults.get("429") and fake.faults.get("503")
            assert fake.max_in_window(1.0) <= RATE + BURST + 5  # slack: a loaded machine may bunch sends
            expect_cursor = {fake.handle(i): str(fake.status_ids(i)[0]) for i in range(ACCOUNTS)}
    finally:
        workers.stop()
        delete_queues(broker_url, prefix)
    check_store(store, expect_cursor, inbox, isolated_data_dir)
    store.engine.dispose()


def check_store(store, expect_cursor: dict, inbox, data_dir) -> None:
    with store.session() as s:
        posts = s.scalar(select(func.count()).select_from(db.PostRow))
        distinct = s.scalar(select(func.count(func.distinct(db.PostRow.external_id))))
        unaudited = s.scalar(select(func.count()).select_from(db.PostRow).where(db.PostRow.audited_key.is_(None)))
        fingerprints = list(s.scalars(select(db.FindingRow.fingerprint)))
        cursors = {h: c["since"] for h, c in s.execute(select(db.AccountRow.handle, db.CrawlCursor.cursor)
                                                       .join(db.CrawlCursor))}
        crawled = dict(Counter(s.scalars(select(db.RunAccount.status))))
        outbox = list(s.execute(select(db.OutboxMessage.dedupe_key, db.OutboxMessage.status,
                                       db.OutboxMessage.message_id)))
        redelivered = s.scalar(select(func.count()).select_from(db.RunWork).where(db.RunWork.attempts > 1))
        accounts = list(s.scalars(select(db.AccountRow.external_id)))
    assert posts == distinct == ACCOUNTS * POSTS and unaudited == 0
    assert crawled == {"ok": ACCOUNTS}
    assert cursors == expect_cursor
    reference = {f.fingerprint for item in audit(StoredSource(store, POLICY, accounts, media_root=data_dir),
                                                 Prepared(POLICY), learned=org_layer(store, POLICY))
                 for f in item.findings}
    assert len(fingerprints) == len(set(fingerprints)) and set(fingerprints) == reference and reference
    assert outbox and {status for _, status, _ in outbox} == {"sent"}
    received = inbox.message_ids()
    assert len(received) == len(set(received)) == len(outbox)
    assert set(received) == {mid for _, _, mid in outbox}
    assert redelivered >= 1, "no kill landed on a task in progress"
    print(f"{posts} posts, {len(fingerprints)} findings, {len(received)} emails, {redelivered} tasks redelivered")
