"""Three real Celery workers and a dispatcher crawl 200 volunteers' Mastodon accounts on a
loopback server that answers some requests with 429 and 503, while a random worker is
killed with SIGKILL ten times and restarted. At the end: every post stored once, the
findings exactly those an in-process audit of the same posts gives, every email once,
every cursor at the newest status, and the shared rate limit never exceeded."""
from __future__ import annotations

import json
import os
import queue
import random
import signal
import subprocess
import sys
import threading
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


# The launcher: one process that imports the `socialaudit` command, the worker's tasks and
# the learned model once, then forks a child per command it is sent. Each child runs the
# real command (`socialaudit worker`, `socialaudit run --dispatch`) with its output in its
# own log file; it is a process of its own, killed with SIGKILL like any other. Forking a
# warm interpreter instead of starting a cold one saves each of the thirteen worker starts
# several seconds of imports on a busy machine (the test is about redelivery, not start-up).
LAUNCHER = r"""
import ctypes, json, os, signal, sys
from socialaudit.app.cli import main
import socialaudit.app.workers.tasks
from auditors.learned.builtin import encoder, shipped_heads
encoder(), shipped_heads()
reply = os.dup(1)
os.dup2(os.open(os.devnull, os.O_WRONLY), 1)

def reap(*_):
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        os.write(reply, f"exit {pid} {os.waitstatus_to_exitcode(status)}\n".encode())

signal.signal(signal.SIGCHLD, reap)
os.write(reply, b"ready\n")
for line in sys.stdin:
    job = json.loads(line)
    sys.stdout.flush(), sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: never outlive the launcher
        log = os.open(job["log"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(log, 1), os.dup2(log, 2), os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
        os.close(log), os.close(reply)
        code = 0
        try:
            sys.argv = ["socialaudit", *job["args"]]
            main(job["args"], prog_name="socialaudit")
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        except BaseException:
            import traceback
            traceback.print_exc()
            code = 1
        finally:
            sys.stdout.flush(), sys.stderr.flush()
            os._exit(code)
    os.write(reply, f"started {pid}\n".encode())
"""


class Launcher:
    """Starts `socialaudit` commands as children of a warm launcher process (above)."""

    def __init__(self, env: dict, logs: Path) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", LAUNCHER], cwd=REPO, env=env, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=open(logs / "launcher.log", "wb"), text=True)
        self.started: queue.Queue[int] = queue.Queue()
        self.exits: dict[int, int] = {}
        self.changed = threading.Condition()
        ready = self.proc.stdout.readline()
        assert ready == "ready\n", f"the launcher did not start: {(logs / 'launcher.log').read_text()[-2000:]}"
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            what, pid, *code = line.split()
            if what == "started":
                self.started.put(int(pid))
            else:
                with self.changed:
                    self.exits[int(pid)] = int(code[0])
                    self.changed.notify_all()

    def start(self, args: list[str], log: Path) -> int:
        self.proc.stdin.write(json.dumps({"args": args, "log": str(log)}) + "\n")
        self.proc.stdin.flush()
        return self.started.get(timeout=60)

    def wait(self, pid: int, timeout: float) -> int:
        with self.changed:
            assert self.changed.wait_for(lambda: pid in self.exits, timeout), f"process {pid} still running"
            return self.exits[pid]

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def last_task(log: Path) -> tuple[str | None, bool]:
    """The id of the last task a worker's log shows received, and whether it was still running."""
    lines = [ln for ln in log.read_text(errors="replace").splitlines() if "] received" in ln or "] succeeded" in ln]
    if not lines:
        return None, False
    task = lines[-1].partition("[")[2].partition("[")[2].partition("]")[0]
    return task, lines[-1].endswith("received")


class Workers:
    """`socialaudit worker` processes, each logging to its own file."""

    def __init__(self, launcher: Launcher, logs: Path) -> None:
        self.launcher, self.logs, self.started = launcher, logs, 0
        self.procs: list[tuple[int, Path]] = []
        self.killed: list[str] = []  # the id of the task each kill interrupted

    def start(self) -> tuple[int, Path]:
        self.started += 1
        path = self.logs / f"worker{self.started}.log"
        return self.launcher.start(["worker"], path), path

    def busy(self) -> list[int]:
        """Workers that have finished a task and taken another since they started: warmed up and
        mid-task (killing one still starting tests little and only slows the run)."""
        return [i for i, (_, log) in enumerate(self.procs)
                if (text := log.read_bytes()).rfind(b"received") > text.rfind(b"succeeded") > 0]

    def kill_one(self, rng: random.Random) -> bool:
        """SIGKILL a busy worker and start another in its place. True when its log, read after
        its death, shows it was killed in the middle of a task (whose message must then come
        back to another worker); a kill that landed between two tasks does not count."""
        busy = self.busy()
        if not busy:
            return False
        i = rng.choice(busy)
        pid, log = self.procs[i]
        os.kill(pid, signal.SIGKILL)
        self.launcher.wait(pid, 30)
        self.procs[i] = self.start()
        task, running = last_task(log)
        if task is None or not running:
            return False
        self.killed.append(task)
        return True

    def deliveries(self, task: str) -> int:
        """How many times any worker received the task."""
        return sum((self.logs / f"worker{n}.log").read_text(errors="replace").count(f"[{task}] received")
                   for n in range(1, self.started + 1))

    def stop(self) -> None:
        for pid, _ in self.procs:
            if pid not in self.launcher.exits:
                os.kill(pid, signal.SIGKILL)
                self.launcher.wait(pid, 30)


def delete_queues(broker: str, prefix: str) -> None:
    from kombu import Connection
    with Connection(broker) as conn:
        for q in ("crawl", "audit", "photos", "mail"):
            conn.default_channel.queue_delete(prefix + q)
            conn.default_channel.exchange_delete(prefix + q)


def run_state(store) -> tuple[str | None, int, int]:
    """The dispatched run's status, its work rows not done, and those done."""
    with store.session() as s:
        run = s.scalar(select(db.Run).where(db.Run.kind == "dispatch"))
        rows = dict(s.execute(select(db.RunWork.done, func.count()).group_by(db.RunWork.done)).all())
        return (run.status if run else None), rows.get(False, 0), rows.get(True, 0)


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
    launcher = Launcher(env, tmp_path)
    workers = Workers(launcher, tmp_path)
    rng = random.Random(20261207)
    try:
        with FakeMastodon(accounts=ACCOUNTS, posts=POSTS, page=PAGE) as fake:
            seed(store, fake, ACCOUNTS, rate=RATE, burst=BURST)
            workers.procs = [workers.start() for _ in range(WORKERS)]
            dispatcher = launcher.start(["run", "--dispatch"], tmp_path / "dispatch.log")
            assert launcher.wait(dispatcher, 120) == 0, (tmp_path / "dispatch.log").read_text()[-3000:]
            kills, started = 0, time.monotonic()
            next_kill = 0  # kills are spaced by work done, not by time: spread over the run on any machine
            while time.monotonic() - started < 900:
                status, left, done = run_state(store)
                if status != "running":
                    break
                if kills < KILLS and done >= next_kill and workers.kill_one(rng):
                    kills += 1
                    next_kill = done + rng.randint(10, 25)
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
        launcher.close()
        delete_queues(broker_url, prefix)
    # every kill landed mid-task, and that task's message came back to a worker once more
    assert len(workers.killed) == KILLS
    lost = [task for task, n in Counter(workers.killed).items() if workers.deliveries(task) <= n]
    assert not lost, f"killed mid-task but never delivered again: {lost}"
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
