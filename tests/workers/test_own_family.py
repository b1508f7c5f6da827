"""The own-family pass in the distributed run: an account's posts are audited in chunks of
100 by different workers, and a chunk still knows the names the account's other stored posts
call the author's own ("my son Alfie"), while a register name is never learnt that way."""
from __future__ import annotations

from collections import deque

import pytest
from sqlalchemy import select

from socialaudit.app.workers import auditstep, crawlstep, learnstep, mailstep
from socialaudit.app.workers.context import CHUNK, WorkerContext
from socialaudit.app.workers.dispatch import dispatch
from socialaudit.core.settings import load_settings
from socialaudit.storage import schema as db
from tests.factories import store_posts, stored_name_leaks

pytestmark = pytest.mark.workers

VOLUNTEER = "FCS volunteer with @TwinsTrust. Views my own."
STEPS = {"crawl": crawlstep.crawl, "account": auditstep.account, "mail": mailstep.mail, "learn": learnstep.learn,
         "audit": lambda ctx, r, k: auditstep.chunk(ctx, "audit", r, k),
         "photos": lambda ctx, r, k: auditstep.chunk(ctx, "photos", r, k)}


def _run_on_two_workers(store, times: int) -> list[WorkerContext]:
    """Every task goes to the next of two workers in turn (each with its own context), each
    delivered `times` times."""
    queue: deque = deque()
    workers = [WorkerContext(load_settings(), store, lambda kind, run, key: queue.append((kind, run, key)))
               for _ in range(2)]
    dispatch(store, workers[0].publish)
    turn = 0
    while queue:
        kind, run_id, key = queue.popleft()
        for _ in range(times):
            STEPS[kind](workers[turn % 2], run_id, key)
            turn += 1
    return workers


@pytest.mark.parametrize("times", [1, 2])
def test_a_chunk_knows_the_own_family_named_in_another_chunk_of_the_account(pg_store, registered_policy, times):
    filler = [f"Coffee morning at the village hall, thank you all for coming ({i})" for i in range(CHUNK + 20)]
    texts = (["My son Alfie lost his first tooth last night!", "My son Riley passed his test!"] + filler
             + ["Alfie's first day at school today", "Riley found a stick and won't let go"])
    store_posts(pg_store, registered_policy, "x:@vol", texts, bio=VOLUNTEER)
    store_posts(pg_store, registered_policy, "x:@other", ["Alfie's first day at school today"], bio=VOLUNTEER)
    workers = _run_on_two_workers(pg_store, times)

    leaks = stored_name_leaks(pg_store)
    later = CHUNK + 22  # the later posts are in the account's second chunk, the "my son" posts in its first
    assert f"x:vol-{later}" not in leaks             # Alfie: the author's own son, said so in another chunk
    assert f"x:vol-{later + 1}" in leaks             # Riley: a register name, never learnt as own
    assert "x:other-0" in leaks                      # the same words from an account that never said so
    with pg_store.session() as s:
        unaudited = s.scalars(select(db.PostRow.id).where(db.PostRow.audited_key.is_(None))).all()
    assert unaudited == []
    # what the workers learnt, from all the account's stored posts: the son, never the register name
    learnt = [own for w in workers for own, _known in w._family.values() if own]
    assert learnt and all(names == {"x:@vol": frozenset({"alfie"})} for names in learnt)


def test_a_redelivered_run_finds_the_samestored_name_leaks(pg_store, registered_policy):
    store_posts(pg_store, registered_policy, "x:@vol", ["My son Alfie lost his first tooth last night!",
                                                 "Alfie's first day at school today",
                                                 "Riley found a stick and won't let go"], bio=VOLUNTEER)
    _run_on_two_workers(pg_store, 2)
    with pg_store.session() as s:
        findings = s.scalars(select(db.FindingRow.fingerprint).where(db.FindingRow.rule == "name-leak")).all()
    assert stored_name_leaks(pg_store) == {"x:vol-2"} and len(findings) == len(set(findings)) == 1


@pytest.fixture
def smtp_port():
    """A loopback SMTP server for the run's mail step (tests.reports.conftest's Inbox)."""
    from tests.reports.conftest import Controller, Inbox, free_port
    port = free_port()
    controller = Controller(Inbox(), hostname="127.0.0.1", port=port)
    controller.start()
    yield port
    controller.stop()


def test_two_real_workers_on_the_broker_keep_the_own_family_across_chunks(pg_url, pg_store, broker_url, smtp_port,
                                                                         registered_policy, tmp_path):
    """The same, end to end: `socialaudit run --dispatch` and two `socialaudit worker` processes
    on the local broker, each chunk of the account going to whichever worker takes it."""
    import os
    import subprocess
    import sys
    import time
    import uuid

    from tests.workers.test_distributed import delete_queues, run_state

    filler = [f"Coffee morning at the village hall, thank you all for coming ({i})" for i in range(CHUNK + 20)]
    store_posts(pg_store, registered_policy, "x:@vol", ["My son Alfie lost his first tooth last night!"] + filler
                + ["Alfie's first day at school today", "Riley found a stick and won't let go"], bio=VOLUNTEER)
    prefix = f"test-{uuid.uuid4().hex[:8]}-"
    env = {**os.environ, "SOCIALAUDIT_DATABASE_URL": pg_url, "SOCIALAUDIT_BROKER_URL": broker_url,
           "SOCIALAUDIT_QUEUE_PREFIX": prefix, "SOCIALAUDIT_SMTP_HOST": "127.0.0.1", "SOCIALAUDIT_SMTP_PORT": str(smtp_port),
           "SOCIALAUDIT_SMTP_SECURITY": "none"}
    command = [sys.executable, "-m", "socialaudit"]
    workers = [subprocess.Popen(command + ["worker"], env=env, stdout=(tmp_path / f"worker{i}.log").open("w"),
                                stderr=subprocess.STDOUT) for i in range(2)]
    try:
        dispatched = subprocess.run(command + ["run", "--dispatch"], env=env, capture_output=True, text=True,
                                    timeout=120)
        assert dispatched.returncode == 0, dispatched.stderr[-2000:]
        deadline = time.monotonic() + 300
        # the run closes with its mail; the monthly refit the mail hands on is a row of its own
        while (run_state(pg_store)[0] == "running" or run_state(pg_store)[1]) and time.monotonic() < deadline:
            time.sleep(0.5)
        logs = "".join((tmp_path / f"worker{i}.log").read_text(errors="replace") for i in range(2))
        status, left, _ = run_state(pg_store)
        # finished, and "ok": the account is only audited (imported posts), its skipped crawl is no failure
        assert status == "ok" and left == 0, logs[-3000:]
    finally:
        for proc in workers:
            proc.kill()
            proc.wait()
        delete_queues(broker_url, prefix)
    with pg_store.session() as s:
        assert s.scalars(select(db.PostRow.id).where(db.PostRow.audited_key.is_(None))).all() == []
    assert stored_name_leaks(pg_store) == {f"x:vol-{CHUNK + 22}"}  # Riley only: Alfie is the author's son
